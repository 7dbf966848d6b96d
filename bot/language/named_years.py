"""A year that opens a row's name ("2019年某省政府专项债券（七期）", "2022年某省政府一般债券（三期）"): said before
the name's words ("2019年专项债券七期票面利率多少"), it is part of the name, never a year asked of the tables.

The rows are those whose name opens with a year their figures are not of (the reader of the table keeps such a
year as the name's: grid._years_of_names), so a table of years ("2023年收入") is never one of them. A year said
and words that fit exactly one such name of that year — its words in order, said short (the province dropped,
七期 / 第七期 / 7期, 债券 left out) — are put as the name is printed; the year-readers then skip a year that opens a
printed name. The words said must hold what tells the name apart and end where it ends: its issue number (七期), or
for a name without one every word past those the names share ([asking_words.named_years] shared: 一般, 专项, 债券 …);
"2023年一般公共预算财政拨款支出" says 一般 of one bond of 2023 and nothing of its own, so its year stays a year asked.
"""

from __future__ import annotations

import re

from bot.language.asking import Words
from bot.language.normalize import compact, in_order
from bot.store import queries as query

_YEAR_SAID = re.compile(r"(?<![0-9.])((?:19|20)\d\d)年")
_ORDINAL_OF = re.compile(r"第(?=[一二三四五六七八九十\d]{1,3}期)")
_DIGITS_OF = re.compile(r"(\d{1,2})(?=期)")
_NUMERALS = "零一二三四五六七八九"
_ISSUE = re.compile(r"[一二三四五六七八九十]{1,3}期")  # (after _plain: digits said as numerals, 第 dropped)
_SHARED = Words("named_years", "{shared:longest}")
_CLOSE = re.compile(r"[）)】\]]+$")


def _numeral(n: int) -> str:
    """12 -> 十二, 20 -> 二十, 7 -> 七 (an issue's number said in digits, printed in words)."""
    if n < 10:
        return _NUMERALS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _NUMERALS[tens]) + "十" + (_NUMERALS[ones] if ones else "")


def _plain(text: str) -> str:
    """A name's words as matched: no 第 before an issue's number, its digits as numerals."""
    return _DIGITS_OF.sub(lambda m: _numeral(int(m.group(1))), _ORDINAL_OF.sub("", text))


def year_led_names(owner, conn) -> dict[str, tuple[str, ...]]:
    """Year ("2019") -> the compact names of rows opening with it whose figures are of another year; read once per
    knowledge base (kept on `owner`, the knowledge base or its fact index)."""
    held = owner.__dict__.get("_year_led_names")
    if held is not None:
        return held
    years: dict[str, set[int | None]] = {}
    for rows, year in query.year_led_row_labels(conn):
        name = compact(rows.split(query.FACT_SEP)[-1])
        if (m := _YEAR_SAID.match(name)) is not None and len(name) >= m.end() + 3:
            years.setdefault(name, set()).add(year)
    out: dict[str, set[str]] = {}
    for name, of in years.items():
        if int(name[:4]) not in of:
            out.setdefault(name[:4], set()).add(name)
    held = {y: tuple(sorted(ns)) for y, ns in out.items()}
    owner.__dict__["_year_led_names"] = held
    return held


def _fits(said: str, rest: str) -> bool:
    """Whether the words said after the year are the name's after its year, said short: in order, the first
    two together."""
    if len(said) < 2 or said[:2] not in rest:
        return False
    at = rest.find(said[:2]) + 2
    for ch in said[2:]:
        at = rest.find(ch, at) + 1
        if not at:
            return False
    return True


def _own_said(said: str, rest: str) -> bool:
    """Whether the words said (as _fits read them) hold what tells the name apart and end where the name does: the
    name's issue number (七期, never 十七期 for 七期) as the last words said, after a word of the name (专项七期, never
七期 alone), or, for a name without one, every word
    of the name past the words names share, in order, ending with the name's last."""
    said, rest = _CLOSE.sub("", said), _CLOSE.sub("", rest)
    if not said or not rest:
        return False
    issue = _ISSUE.findall(rest)
    if issue:
        before = said[:-len(issue[-1])]  # (a word of the name before its number: 一期 alone is 一期工程's too)
        return said.endswith(issue[-1]) and bool(before) and not before.endswith(tuple("一二三四五六七八九十"))
    own = _SHARED.sub("", rest)
    return bool(own) and said[-1] == rest[-1] and in_order(own, said)


def names_with_years(text: str, names: dict[str, tuple[str, ...]]) -> str:
    """The question with each year and the name's words after it put as the one name they fit is printed
    (compact): "2019年专项债券七期票面利率" -> "2019年某省政府专项债券七期票面利率"; as said when none or several fit."""
    if not names or "年" not in text:
        return text
    out, last = [], 0
    for m in _YEAR_SAID.finditer(text):
        of_year = names.get(m.group(1))
        if not of_year or m.start() < last:
            continue
        name = _one_fitting(text, m.end(), m.group(1), of_year)
        if name is not None:
            out.append(text[last:m.start()] + name[0])
            last = name[1]
    return "".join(out) + text[last:] if out else text


def opens_a_name(text: str, start: int, year: str, names: dict[str, tuple[str, ...]]) -> bool:
    """Whether the year said at start (its 年 ending at the year's end + 1) opens a row's name, as printed or said
    short."""
    of_year = names.get(year)
    if not of_year:
        return False
    return any(text.startswith(n, start) for n in of_year) \
        or _one_fitting(text, start + len(year) + 1, year, of_year) is not None


def _one_fitting(text: str, start: int, year: str, of_year: tuple[str, ...]) -> tuple[str, int] | None:
    """(the one name of the year the longest run of words after start fits, where the run ends), or None."""
    for end in range(min(len(text), start + 30), start + 1, -1):
        said = _plain(text[start:end])
        fit = [n for n in of_year if _fits(said, rest := _plain(n[len(year) + 1:])) and _own_said(said, rest)]
        if len(fit) == 1:
            return fit[0], end
        if len(fit) > 1:
            return None
    return None


def name_year_spans(text: str, names: dict[str, tuple[str, ...]]) -> list[tuple[int, int]]:
    """Where the question says a year-led name as printed (compact): that year is the name's."""
    spans = []
    for m in _YEAR_SAID.finditer(text):
        for name in names.get(m.group(1), ()):
            if text.startswith(name, m.start()):
                spans.append((m.start(), m.start() + len(name)))
                break
    return spans
