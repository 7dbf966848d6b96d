"""Rows of a table of rows × (year × kind) columns, said in staff's words, put as the table prints them.

A 政府债务限额和余额情况表 prints rows 一、上年末地方政府债务余额 / 二、本年地方政府债务限额 / … / 六、年末地方政府债务余额
under column groups of years (2025年执行数, 2026年预算数), each over the same kinds (一般债务 / 专项债务 / 合计); so
do a 社会保险基金收支表 or a 国有资本经营收支表. Staff say a row short ("债务限额", "年末债务余额"), its kind inside it
("一般债务余额"), a year's end by its year ("2024年末" = the start row of the 2025 column) and what is derived of
two rows ("限额还剩多少空间", "比上年末增加多少", "余额占限额多少"). Each is put as the printed row and kind, so the
labelled-fact reading finds one row of one column; a phrase two rows fit, or tables put differently, stays as
said (the reading then asks or says what the table has): never a guess. The words are the vocabulary's
[crossed_rows].
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from bot.answer import REL_YEARS
from bot.answer.facts.index import FactIndex
from bot.answer.facts.words import _is_total
from bot.language.sections import section_words, vocabulary_section

_YEAR_SAID = re.compile(r"((?:19|20)\d\d)年度?")
_RELATIVE = sorted(REL_YEARS, key=lambda w: -len(w[0]))  # (大前年 before 前年)
_LONGEST_SAID = 16  # characters of a row said, at most


@dataclass(frozen=True)
class _Words:
    unsaid: tuple[str, ...] = ()  # printed in a row, left out when it is said (地方政府, 本年)
    start: tuple[str, ...] = ()  # opening a stock's row at a period's start (上年末)
    end: tuple[str, ...] = ()  # opening it at the period's end (年末)
    limits: tuple[str, ...] = ()  # ending a limit's row (限额)
    room: tuple[str, ...] = ()  # what is left of a limit, asked (空间)
    since: tuple[str, ...] = ()  # a change asked after a comparison (增加, 多)
    ahead: tuple[str, ...] = ()  # asking a year's planned figure (预计), of a group printing its plan
    plan_groups: tuple[str, ...] = ()  # words of a group printing a plan (预算)
    start_said: tuple[str, ...] = ()  # the start said of a comparison by the year before (去年末)
    left: tuple[str, ...] = ()  # what is left of a limit, asked (剩余)
    still: tuple[str, ...] = ()  # said before it (还)
    holds: tuple[str, ...] = ()  # asked beside a room word only (有多少空间)
    year_end: tuple[str, ...] = ()  # a year's end said after it (末)
    year_start: tuple[str, ...] = ()  # its start (初)
    over: tuple[str, ...] = ()  # a row over another (占)
    than: tuple[str, ...] = ()  # a row against another (比)
    less: tuple[str, ...] = ()  # a row less another (减去)
    whole: tuple[str, ...] = ()  # a row's own total said after its kind (合计)


def _read(data: object) -> _Words:
    return section_words(_Words, data)


def _any(words: tuple[str, ...]) -> str:
    """An alternation of the words (one never said when there are none)."""
    return "|".join(map(re.escape, words)) or "\x00"


@lru_cache(maxsize=8)
def _grammar(words: _Words) -> dict[str, re.Pattern[str]]:
    """The patterns built of the words, once per vocabulary."""
    dated, still, room, left = _any(words.year_end + words.year_start), _any(words.still), _any(words.room), _any(words.left)
    return {
        "group": re.compile(rf"((?:19|20)\d\d)年(?!{dated})"),  # a column group of a year (2025年执行数), not a date
        "end": re.compile(rf"((?:19|20)\d\d)年度?(?:{_any(words.year_end)})"),
        "start": re.compile(rf"((?:19|20)\d\d)年度?(?:{_any(words.year_start)})"),
        "operator": re.compile(rf"的?(?:{_any(words.over + words.than + words.less)})"),  # two rows set against each other
        "room": re.compile(rf"(?:的)?(?:{still})?(?:{_any(words.left + words.holds)})(?:多少)?(?:的)?(?:{room})"
                           rf"|(?:的)?(?:{room})(?:{still})?(?:{_any(words.holds + words.left)})?多少"
                           rf"|(?:的)?(?:{still})(?:{left})多少"),
        "since": re.compile(rf"(?:{_any(words.than)})(?:{_any(words.start + words.start_said)}|(?P<y>(?:19|20)\d\d)年度?"
                            rf"(?:{_any(words.year_end)}))(?=(?:{_any(words.since)}))"),
        "against": re.compile(_any(words.over + words.than)),
    }


def _words(idx: FactIndex) -> _Words:
    return vocabulary_section(getattr(idx, "vocab_path", ""), "crossed_rows", _read)


@dataclass
class _Table:
    doc: int
    department: str
    year: int | None  # the table's own (今年, 去年 count from it)
    years: dict[int, list[str]]  # year -> its column groups
    kinds: tuple[str, ...]  # the kinds every group is split into, longest first (no 合计)
    rows: set[str]
    forms: dict[str, set[str]]  # a way of saying a row -> the rows it says
    start_of: dict[str, str]  # an end row -> the start row of the same stock
    room_of: dict[str, str]  # a limit row -> the end row of the same stock (never a 其中 line's limit)
    by_char: dict[str, set[str]]  # a character -> the forms holding it (the forms a run's words may say)
    firsts: frozenset[str]  # the characters a row or a kind said can open with
    pairs: frozenset[str]  # two characters running in a form, and each kind's first two: one is said of any row said
    total: str = ""  # the total column every group prints (合计): a row said without a kind is its total
    totalled: frozenset[tuple[str, int]] = frozenset()  # (row, year) whose total cell holds a number


def _period(row: str, words: _Words) -> tuple[str, str]:
    """("start" | "end" | "", the row without its period word)."""
    for w in words.start:  # (first: 上年末 holds 年末)
        if row.startswith(w):
            return "start", row[len(w):]
    for w in words.end:
        if row.startswith(w):
            return "end", row[len(w):]
    return "", row


def _forms_of(row: str, words: _Words) -> set[str]:
    """The row as printed and without any of the words people leave out (本年地方政府债务限额 → 债务限额)."""
    forms, todo = {row}, [row]
    while todo:
        form = todo.pop()
        for w in words.unsaid:
            if w in form and (shorter := form.replace(w, "", 1)) not in forms and len(shorter) >= 2:
                forms.add(shorter)
                todo.append(shorter)
    return forms


def _room_of(rows: set[str], periods: dict[str, tuple[str, str]], words: _Words) -> dict[str, str]:
    """Each limit row -> the one end row of the same stock: 本年地方政府债务限额 (its period-less words 地方政府债务)
    ↔ 年末地方政府债务余额; a 其中 line (新增债务限额: 新增债务) has no end row of its own, so no room."""
    ends = [(r, rest) for r, (p, rest) in periods.items() if p == "end"]
    out: dict[str, str] = {}
    for r in rows:
        limit = next((w for w in words.limits if r.endswith(w)), "")
        if not limit or periods[r][0]:
            continue
        stock = r[:-len(limit)]
        for w in words.unsaid:  # (本年 of 本年地方政府债务限额: the year's, said of no stock)
            if stock.startswith(w) and w not in "".join(rest for _, rest in ends):
                stock = stock[len(w):]
        fit = [e for e, rest in ends if len(stock) >= 2 and rest.startswith(stock)]
        if len(fit) == 1:
            out[r] = fit[0]
    return out


def _tables(idx: FactIndex) -> list[_Table]:
    """The tables whose column groups are years each split into the same kinds (cached on the index)."""
    cache = idx.__dict__.get("_crossed_row_tables")
    if cache is not None:
        return cache
    words, tables = _words(idx), []
    for doc in idx.docs.values():
        subs: dict[str, set[str]] = defaultdict(set)
        for group, sub in idx.column_pairs.get(doc.id, ()):
            subs[group].add(sub)
        dated = {g: int(m[1]) for g in subs if (m := _grammar(words)["group"].match(g))}
        if len({*dated.values()}) < 2:
            continue
        common = set.intersection(*(subs[g] for g in dated))
        kinds = [s for s in common if not _is_total(s)]
        if len(kinds) < 2:
            continue
        years: dict[int, list[str]] = defaultdict(list)
        for g, y in sorted(dated.items()):
            years[y].append(g)
        rows: set[str] = set()
        totals = [s for s in common if _is_total(s)]
        at_total: dict[int, tuple[str, int]] = {}
        for f in doc.facts:
            keys, n = idx.fact_keys[f], idx.fact_nrows[f]
            if n and any(k in dated for k in keys[n:]):
                rows.add(keys[n - 1])
                if len(totals) == 1 and totals[0] in keys[n:]:
                    at_total[f] = (keys[n - 1], next(dated[k] for k in keys[n:] if k in dated))
        totalled = frozenset(at_total[x["id"]] for x in idx.facts(list(at_total)) if x["number"] is not None)
        forms: dict[str, set[str]] = defaultdict(set)
        bare: dict[str, set[str]] = defaultdict(set)
        periods = {r: _period(r, words) for r in rows}
        for r in rows:
            for form in _forms_of(r, words):
                forms[form].add(r)
                if periods[r][0] == "end" and (said := _period(form, words))[0] == "end" and len(said[1]) >= 3:
                    bare[said[1]].add(r)  # a stock said of a year without its period: the year's end
        for form, rs in bare.items():
            forms.setdefault(form, rs)
        start_of = {r: s for r, (p, rest) in periods.items() if p == "end"
                    for s, (q, other) in periods.items() if q == "start" and other == rest}
        by_char: dict[str, set[str]] = defaultdict(set)
        for form in forms:
            for ch in form:
                by_char[ch].add(form)
        tables.append(_Table(doc.id, doc.department, doc.year, dict(years), tuple(sorted(kinds, key=len, reverse=True)),
                             rows, dict(forms), start_of, _room_of(rows, periods, words), dict(by_char),
                             frozenset(f[0] for f in forms) | frozenset(k[0] for k in kinds),
                             frozenset(f[i:i + 2] for f in forms for i in range(len(f) - 1)) | frozenset(k[:2] for k in kinds),
                             totals[0] if len(totals) == 1 else "", totalled))
    idx.__dict__["_crossed_row_tables"] = tables
    return tables


def rows_said(text: str, idx: FactIndex, departments: list[str] | None = None) -> str:
    """The rows (and kinds) of year × kind tables said short put as printed: one rewriting that every such table
    in the question's scope agrees on, else the text as said."""
    tables = _tables(idx)
    if departments:  # (a department named whose tables are none of these: their rows are not its words)
        tables = [t for t in tables if t.department in departments]
    said_pairs = {text[i:i + 2] for i in range(len(text) - 1)}
    tables = [t for t in tables if not t.pairs.isdisjoint(said_pairs)]  # (no row of the table said at all)
    if not tables:
        return text
    words = _words(idx)
    docs = {t.doc for t in tables}
    said = {_said_of(text, t, words, idx, docs) for t in tables} - {text}
    return said.pop() if len(said) == 1 else text


def _printed_elsewhere(form: str, idx: FactIndex, docs: set[int]) -> bool:
    """A form another table prints as a label of its own: read as that label, as said."""
    return any(idx.fact_doc[f] not in docs for f in list(idx.label_facts.get(form, ()))[:50])


def _row_at(text: str, i: int, t: _Table, idx: FactIndex, docs: set[int], lead: str = "") -> tuple[int, str, str] | None:
    """The longest run of text from i that says one row of t (lead: a period word said before it, by a date):
    (its end, the row, the kind said inside it or "")."""
    for n in range(min(_LONGEST_SAID, len(text) - i), 1, -1):
        run = text[i:i + n]
        found: list[tuple[str, str]] = []
        if (rows := t.forms.get(lead + run)) and not _printed_elsewhere(lead + run, idx, docs):
            found += [(r, "") for r in rows]
        for kind in t.kinds:
            at = run.find(kind)
            if at < 0 or found:
                continue
            for cut in range(len(kind), 0, -1):  # the kind's own words; its tail may be the row's (一般|债务余额)
                rest = lead + run[:at] + run[at + cut:]
                if (rows := t.forms.get(rest)) and kind[cut:] in rest and not _printed_elsewhere(rest, idx, docs):
                    found += [(r, kind) for r in rows]
                    break
        if not found:
            found = _kind_said_short(lead + run, t)
        if len({r for r, _ in found}) == 1:
            return i + n, found[0][0], found[0][1]
        if found:
            return None  # two rows fit the words said: left as said
    return None


def _kind_said_short(run: str, t: _Table) -> list[tuple[str, str]]:
    """"专项债余额", "专项新增限额", "年末一般余额": a kind said by its first words (专项债, 专项), the row's words it
    covers left out (债务 of 债务余额): (row, kind) of each row so said, the words left each a piece of the kind."""
    for kind in t.kinds:
        for n in range(len(kind) - 1, 1, -1):
            at = run.find(kind[:n])
            rest = run[:at] + run[at + n:] if at >= 0 else ""
            if len(rest) >= 2 and (rows := {r for form in _holding(rest, t) if _with_pieces_of(form, rest, kind)
                                            for r in t.forms[form]}):
                return [(r, kind) for r in rows]
    return []


def _said_of(text: str, t: _Table, words: _Words, idx: FactIndex, docs: set[int]) -> str:
    """The text with each row of t said short put as printed, the year of a year's end shifted to the column
    printing it, and the derived figures asked of a row (room left, change since the start, a share of a row
    said by its last word) said as the two rows they are."""
    out: list[str] = []
    i, year = 0, None  # year: the last said
    last_kind, last_end = "", -1  # the kind said with the row put last, and where that row ends
    put: list[int] = []  # where in out each row was put
    derived_said = False
    while i < len(text):
        said_year = ""
        date = _date_said(text, i, t, words)
        if date is not None and (ended := _dated_row_at(text, date, t, words, idx, docs)):
            end, row, kind, year = ended
            said_year = f"{year}年"
        elif m := _YEAR_SAID.match(text, i):
            year = int(m[1])
            out.append(m[0])
            i = m.end()
            continue
        elif text[i] in t.firsts and (hit := _row_at(text, i, t, idx, docs)) and not (
                text[i - 1:i] in words.year_end + words.year_start and not text.startswith(
                hit[1][:2], i)):  # (a stock after 初, 末 read apart: never taken for the year's end)
            end, row, kind = hit
            if year is not None and out and out[-1] in (f"{year}年", f"{year}年度") and not t.years.get(year) \
                    and len(t.years.get(year + 1, ())) == 1 and row in t.start_of:
                year += 1  # "2024年债务余额" of a 2025 column: its end, the 2025 column's 上年末
                out[-1], row = f"{year}年", t.start_of[row]
        else:
            out.append(text[i])
            i += 1
            continue
        if kind and kind == last_kind and _grammar(words)["operator"].fullmatch(text[last_end:i]):
            kind = ""  # "一般债务余额占一般债务限额": the kind said once, of both rows compared
        out.append(said_year + row + kind)
        put.append(len(out) - 1 if not kind else -1)
        i = last_end = end
        last_kind = kind or last_kind
        if kind and (whole := _whole_after(text, end, words)):
            if not t.total or year is None or (row, year) not in t.totalled:
                return text  # (no one total printed of the row, or no year picking one group: read as said)
            out.append(f"{whole[0]}它{t.total}")  # ("一般债务限额占全部": the row's own total column, 占它合计)
            i = whole[2]
            continue
        if derived := _derived_after(text, end, (row, kind, year), t, words):
            out.append(derived[1])
            i = derived[0]
            derived_said = True
    if len(put) == 1 and put[0] >= 0 and not derived_said and t.total and t.total not in text \
            and not any(k[:2] in text for k in t.kinds):
        out[put[0]] += t.total  # ("年末债务余额多少": the row's total, never a part; a total not printed is said so)
    said = "".join(out)
    return _plan_asked(said, t, words, year) if said != text else text  # (no row of t said: nothing of t asked)


def _date_said(text: str, i: int, t: _Table, words: _Words) -> tuple[int, int, bool] | None:
    """A year's end or start said at i ("2025年末", "2026年初", "去年底" of the table's own year): (the year, where
    the date ends, whether it is the start). A relative year a row prints (上年末) is that row's, not a date."""
    grammar = _grammar(words)
    if m := grammar["end"].match(text, i):
        return int(m[1]), m.end(), False
    if m := grammar["start"].match(text, i):
        return int(m[1]), m.end(), True
    if t.year is None:
        return None
    for word, offset in _RELATIVE:
        end = i + len(word)
        if text.startswith(word, i) and end < len(text) and text[end] in words.year_end + words.year_start \
                and not any(r.startswith(word) for r in t.rows):
            return t.year + offset, end + 1, text[end] in words.year_start
    return None


def _dated_row_at(text: str, date: tuple[int, int, bool], t: _Table, words: _Words, idx: FactIndex,
                  docs: set[int]) -> tuple[int, str, str, int] | None:
    """"2025年末一般债务余额", "2024年底债务余额": the end row said after a year's end; of the column of that year
    when the table has one, else the start row of the next year's column ("2024年末" of a 2025 column's
    上年末). "2026年初债务余额": the start row of that year's column, else the end row of the year before's.
    None when neither is printed."""
    y, at, started = date
    for lead in words.end:
        hit = _row_at(text, at, t, idx, docs, lead)
        if hit is None or _period(hit[1], words)[0] != "end" or hit[1] not in t.start_of:
            continue
        end, row, kind = hit
        own, other = (t.start_of[row], row) if started else (row, t.start_of[row])
        if len(t.years.get(y, ())) == 1:
            return end, own, kind, y
        if len(t.years.get(y - 1 if started else y + 1, ())) == 1:
            return end, other, kind, y - 1 if started else y + 1
        return None
    return None


def _derived_after(text: str, at: int, last: tuple[str, str, int | None], t: _Table,
                   words: _Words) -> tuple[int, str] | None:
    """What the question asks of the row just put, said as the two rows of the same column it is: the room left
    of a limit (限额还剩多少空间 = 限额 比 年末余额 多多少), the change of a stock since its start (比上年末增加多少,
    比2024年末 of a 2025 column), the other row of a share or a comparison said by its last words (占限额)."""
    row, kind, year = last
    rest = text[at:]
    if words.room and row.endswith(words.limits or ("\x00",)) and (asked := _grammar(words)["room"].match(rest)):
        if row not in t.room_of:  # (a 其中 line's limit, 新增债务限额: no end stock of its own to set it against)
            return None
        whole = t.total if not kind and not any(k[:2] in text for k in t.kinds) else ""  # (no kind said: the totals)
        return at + asked.end(), f"{whole}比{t.room_of[row]}{whole}多多少"
    start = t.start_of.get(row)
    if start and (m := _grammar(words)["since"].match(rest)):
        if m["y"] is None or year is not None and int(m["y"]) == year - 1:
            return at + m.end(), f"比{start}"
    if m := _grammar(words)["against"].match(rest):
        other = _row_by_last_words(rest[m.end():], row, t)
        if other:
            return at + m.end() + other[0], f"{m[0]}{other[1]}"
    return None


def _whole_after(text: str, at: int, words: _Words) -> tuple[str, str, int] | None:
    """"占合计", "占它总额" said right after a row and its kind: (the word setting it over, the whole's, where it ends)."""
    for a in words.over:
        for own in ("", "它", "其"):
            for w in words.whole:
                if text.startswith(a + own + w, at):
                    return a, w, at + len(a + own + w)
    return None


def _row_by_last_words(rest: str, row: str, t: _Table) -> tuple[int, str] | None:
    """"占限额": the one row said by the words at the start of rest, words of the row already said left out (债务 of
    债务限额 after 年末地方政府债务余额: said once for both), (their length, that row)."""
    for n in range(min(8, len(rest)), 1, -1):
        said = rest[:n]
        if said in t.forms:
            return None  # a row said in full: read as said
        rows = _rows_said_against(said, row, t)
        if len(rows) == 1:
            return n, rows.pop()
        if rows:
            return None
    return None


def _rows_said_against(said: str, row: str, t: _Table) -> set[str]:
    """The rows (other than row) one of whose ways of saying is the words said with pieces of row left out
    ("限额" = 债务|限额, "年末余额" = 年末|债务|余额, against 年末地方政府债务余额 / 本年地方政府债务限额)."""
    return {r for form in _holding(said, t) if len(form) > len(said) and _with_pieces_of(form, said, row)
            for r in t.forms[form] if r != row}


def _holding(said: str, t: _Table) -> set[str]:
    """The forms of t holding every character of said (the only ones said may be read in, in order)."""
    chars = sorted(set(said), key=lambda ch: len(t.by_char.get(ch, ())))
    out = set(t.by_char.get(chars[0], ())) if chars else set(t.forms)
    for ch in chars[1:]:
        if not out:
            break
        out &= t.by_char.get(ch, set())
    return out


@lru_cache(maxsize=65536)
def _with_pieces_of(form: str, said: str, row: str) -> bool:
    """Whether form is said in order with the gaps between its characters each a piece of row."""
    if not said:
        return form in row  # ("" is in any row: a gap of nothing)
    return any(form[at] == said[0] and form[:at] in row and _with_pieces_of(form[at + 1:], said[1:], row)
               for at in range(len(form)))


def year_kind_table(idx: FactIndex, doc: int) -> bool:
    """Whether a table is one of rows × (year × kind) columns."""
    return any(t.doc == doc for t in _tables(idx))


def row_said_after(idx: FactIndex, doc: int, said: str, row: str) -> str:
    """"限额呢", "余额呢" right after a figure of row in the year × kind table doc: the one other row said by the
    words, words of the shown row left out; "" when none or several (or the table is no such table)."""
    for t in _tables(idx):
        if t.doc == doc and row in t.rows and said not in t.forms:
            rows = _rows_said_against(said, row, t)
            return rows.pop() if len(rows) == 1 else ""
    return ""


def _plan_asked(text: str, t: _Table, words: _Words, year: int | None) -> str:
    """"2026年末债务余额预计多少" of a table whose 2026 column is its plan (2026年预算数): the word asking a planned
    figure is that column's, which the year said already picks; dropped."""
    if year is None or len(t.years.get(year, ())) != 1 or not any(w in t.years[year][0] for w in words.plan_groups):
        return text
    for w in words.ahead:
        text = re.sub(rf"{re.escape(w)}(?=(?:是|有|为)?多少|$)", "", text)
    return text
