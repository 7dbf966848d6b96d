"""Tables whose COLUMNS are the things asked about (cols54): a fund budget table (社会保险基金 or 医疗保障基金预算收支表)
printing 合计 and, under a merged 2-row header (合计 | 其中 › 职工基本医疗保险统筹基金 · 城乡居民基本医疗保险基金 · … ·
医疗救助基金), one column per fund; its rows are items (一、基金收入 合计, 缴费收入, 财政补助收入 …, 二、基金支出 合计 …,
三、当年收支结余, 四、年末累计结余).

Such a table is told by its figures and its headers: a total column (whole_column) and three or more columns of its
unit beside it whose figures add up to it on the rows, their names ending alike (…基金: things of one kind; items,
sources of money or years as columns are read by allotted.py, sources.py and the labels). Staff ask of its columns, at one row:
- which is most or least ("支出最多的是哪个基金", "哪个险种累计结余最低", "排第三的"): the columns ranked (kept for
  "第二个呢"); a column printing nothing at the row has none of it (as for "没有" below), so the least of a row
  some leave blank is those, said so;
- which hold a figure there ("哪些基金有财政补助收入", "上级补助收入是哪个基金的", "哪些基金没有利息收入");
- several columns named by a word they share, with or without their count ("两个职工基金缴费收入合计"): added up,
  those printing none said 未列; two columns set against each other ("职工统筹和城乡居民医保支出差多少");
- one column's figure, the row said with time words ("今年结余" is 当年收支结余, "年底结余" 年末累计结余).
A column is said by any short form its own name allows: the characters said in the name's order, starting with its
first ("职工统筹" of 职工基本医疗保险统筹基金, "长护" of 长期护理保险基金), one column only. Every other word of the
question must be asking grammar ([column_things] of the vocabulary), the table's own title said short ("青川医保基金")
or its year; otherwise None, and the labels' own answer stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answer import compose
from bot.answer.facts.question import FactAnswer
from bot.answer.facts.values import _cite, _name, _shown
from bot.answer.facts.whole_column import own_amount, whole_column
from bot.answer.facts.words import fmt_number, label_key
from bot.language import ordinals
from bot.language.normalize import compact, normalize, run_in_order
from bot.language.sections import vocabulary_section
from bot.store import queries as query

_NUMBERING = re.compile(r"^(?:其中[：:]?|[一二三四五六七八九十]+、|\d+[.、])")
_TOTAL_END = re.compile(r"(?:合计|小计|总计)$")
_BRACKET = re.compile(r"[（(][^（）()]*[）)]")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
# "两个职工基金", "六个基金": the count of the columns named by a word they share.
_COUNTED = re.compile(r"(?P<n>[两二三四五六七八九十\d]+)(?:个|项|种)")
_PLACE = re.compile(ordinals.PLACE + r"(?:个|名|位)?(?P<dir>多|大|高|少|小|低)?")


@dataclass
class Things:
    """One sheet whose columns are things: its total column and the columns adding up to it, its rows."""

    doc: int
    sheet: str
    title: str
    year: int | None
    total: str
    cols: list[str] = field(default_factory=list)  # col_labels, printed order
    names: dict[str, str] = field(default_factory=dict)  # col_labels -> the column's own name as printed
    said: dict[str, str] = field(default_factory=dict)  # col_labels -> the name as matched (no bracket)
    rows: list[tuple[int, str, str]] = field(default_factory=list)  # (line, printed label, key)
    cells: dict[tuple[int, str], dict] = field(default_factory=dict)  # (line, col_labels) -> fact
    kinds: list[str] = field(default_factory=list)  # words naming any of its columns (基金, 保险基金, 险种)


def _read_words(data: object) -> dict:
    kinds = data if isinstance(data, dict) else {}
    out: dict = {}
    for k, v in kinds.items():
        if isinstance(v, list) and all(isinstance(x, list) for x in v):
            out[k] = [[compact(w) for w in x if isinstance(w, str) and compact(w)] for x in v]
        elif isinstance(v, list):
            out[k] = sorted((compact(w) for w in v if isinstance(w, str) and compact(w)), key=len, reverse=True)
        elif isinstance(v, dict):
            out[k] = {compact(a): compact(b) for a, b in v.items() if isinstance(b, str)}
    return out


def _words(idx) -> dict:
    return vocabulary_section(getattr(idx, "vocab_path", ""), "column_things", _read_words)


def _tables(idx) -> list[Things]:
    """Every sheet of the index whose columns are things (read once per index)."""
    return idx.read_once("_column_things", None, lambda: _read_all(idx))


def _read_all(idx) -> list[Things]:
    found = []
    generic = _words(idx).get("kinds", {})
    for d in sorted(idx.docs):
        doc = idx.docs[d]
        if doc.layout != "general-table" or not doc.facts or len(doc.facts) > 3000:
            continue
        sheets: dict[str, list[dict]] = {}
        for f in idx.facts(list(doc.facts), copied=False):
            sheets.setdefault(f["sheet"] or "", []).append(f)
        for sheet, facts in sheets.items():
            if (t := _read_sheet(idx, d, sheet, facts, generic)) is not None:
                found.append(t)
    return found


def _read_sheet(idx, d: int, sheet: str, facts: list[dict], generic: dict) -> Things | None:
    total = whole_column(idx, d, sheet)
    if not total:
        return None
    unit = {f["unit"] or "" for f in facts if f["col_labels"] == total}
    t = Things(d, sheet, idx.docs[d].form or "", idx.docs[d].year, total)
    for f in facts:
        col = f["col_labels"] or ""
        if f["number"] is None or f["line"] is None or not col or (f["unit"] or "") not in unit:
            continue
        if col != total and col not in t.names:
            if not own_amount(col):
                continue
            leaf = _NUMBERING.sub("", col.split(query.FACT_SEP)[-1].strip()).strip()
            if not leaf:
                continue
            t.cols.append(col)
            t.names[col] = leaf
            t.said[col] = compact(normalize(_BRACKET.sub("", leaf))) or compact(normalize(leaf))
        t.cells.setdefault((f["line"], col), f)
    if len(t.cols) < 3 or len(set(t.said.values())) != len(t.cols):
        return None
    lines = sorted({ln for ln, _ in t.cells})
    added = checked = 0
    for ln in lines:
        whole = t.cells.get((ln, total))
        parts = [t.cells[(ln, c)]["number"] for c in t.cols if (ln, c) in t.cells]
        if whole is None or not parts:
            continue
        checked += 1
        added += abs(sum(parts) - whole["number"]) <= 0.01 + 1e-6 * abs(whole["number"])
    if checked < 3 or added < 0.8 * checked:
        return None  # (columns that do not add up to the total are no things of one kind)
    for ln in lines:
        f = t.cells.get((ln, total)) or next(t.cells[(ln, c)] for c in t.cols if (ln, c) in t.cells)
        label = (f["row_labels"] or "").split(query.FACT_SEP)[-1].strip()
        key = label_key(label)
        key = _TOTAL_END.sub("", key) or key
        if key:
            t.rows.append((ln, label, key))
    names = list(t.said.values())
    tail = names[0]
    for n in names[1:]:
        while tail and not n.endswith(tail):
            tail = tail[1:]
    flows = _words(idx).get("flows", [])
    if len(tail) < 2 or any(tail.endswith(w) for w in flows):
        # (columns of no one kind — places' items, sources of money, years — and kinds of money flowing, 财政拨款收入 ·
        # 事业收入, 中央资金 · 县级资金: measures of a row, read by the labels and sources.py)
        return None
    t.kinds = [tail[i:] for i in range(len(tail) - 1)]
    t.kinds += [w for w, held in generic.items() if all(held in n for n in names)]
    t.kinds.sort(key=len, reverse=True)
    return t


def _columns_said(t: Things, text: str) -> list[tuple[int, int, list[str]]]:
    """Each column said by a short form of its name: (start, end, the columns that form fits — one, or several
    when it is no one's alone)."""
    out: list[tuple[int, int, list[str]]] = []
    i = 0
    while i < len(text):
        best, fits = 0, []
        for c in t.cols:
            name = t.said[c]
            if not (run := run_in_order(text, name, i, from_first=True)):
                continue
            j = i + run
            while j - i >= 2 and text[i:j] in t.kinds:
                j -= 1
            if j - i < 2:
                continue
            if j > best:
                best, fits = j, [c]
            elif j == best:
                fits.append(c)
        if fits:
            out.append((i, best, fits))
            i = best
        else:
            i += 1
    return out


def _group_said(t: Things, text: str, taken: list[tuple[int, int]]) -> tuple[int, int, list[str]] | None:
    """Several columns named by a word all their names hold, in order ("职工基金" of two, "医疗保险基金" of two),
    its count said before it when said ("三个"): (start, end, the columns)."""
    for m in _COUNTED.finditer(text):
        n = ordinals.place_number(m.group("n"))
        i = m.end()
        best = None
        for j in range(len(text), i + 1, -1):
            if any(s < j and i < e for s, e in taken):
                continue
            word = text[i:j]
            fits = [c for c in t.cols if run_in_order(word, t.said[c]) == len(word)]
            if len(fits) >= 2:
                best = (m.start(), j, fits)
                break
        if best is not None and n == len(best[2]):
            return best
    return None


def _timed(text: str, time: list[list[str]]) -> str:
    """The text with each time word read as the first of its kind (今年, 当年 as 本年): words as long as it."""
    for kind in time:
        for w in kind[1:]:
            if len(w) == len(kind[0]):
                text = text.replace(w, kind[0])
    return text


def _row_said(t: Things, text: str, taken: list[tuple[int, int]], time: list) -> tuple[tuple[int, str, str], set[int]] | None:
    """The one row the text says best (its key's characters said, in runs of two or more; the time words of the
    vocabulary read as the table's: 今年 as 本年), with the positions of the text its words take; None when two
    rows are said as well."""
    free = "".join("\x00" if any(s <= k < e for s, e in taken) else ch for k, ch in enumerate(text))
    free = _timed(free, time)
    scored = []
    for row in t.rows:
        key = _timed(row[2], time)
        for w in t.kinds:  # (一、基金收入 合计 of a table of 基金: its 收入, the kind said for the column)
            if w in key and key.replace(w, ""):
                key = key.replace(w, "")
                break
        covered = [False] * len(key)
        used: set[int] = set()
        for a in range(len(key)):
            for b in range(len(key), a + 1, -1):
                if (k := free.find(key[a:b])) >= 0:
                    for x in range(a, b):
                        covered[x] = True
                    used |= set(range(k, k + b - a))
                    break
        n = sum(covered)
        if n >= 2:
            scored.append(((n, n - len(key)), row, used))
    if not scored:
        return None
    scored.sort(key=lambda s: s[0], reverse=True)
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1], scored[0][2]


def _title_spans(t: Things, text: str, taken: list[tuple[int, int]]) -> set[int]:
    """The positions of the text saying the table's title short ("遂昌社保基金": its characters in the title's
    order), runs of two or more."""
    title = compact(normalize(t.title))
    out: set[int] = set()
    i = 0
    while i < len(text):
        if any(s <= i < e for s, e in taken) or text[i] not in title:
            i += 1
            continue
        stop = min((s for s, _ in taken if s > i), default=len(text))  # (the run never reaches a word read)
        j = i + run_in_order(text[:stop], title, i)
        if j - i >= 2:
            out |= set(range(i, j))
            i = j
        else:
            i += 1
    return out


def _rest(text: str, used: set[int], grammar: list[str]) -> str:
    """The text with what was read (used) and the grammar blanked, position by position."""
    rest = "".join(" " if k in used else ch for k, ch in enumerate(text))
    for w in grammar:
        rest = rest.replace(w, " " * len(w))
    return re.sub(r"[\s\x01，,。？?！!、：:；;]", " ", rest)


def _part_before_row(rest: str, row_used: set[int]) -> str:
    """The one run of words left, when it stands right before the row's words ("门诊统筹" of "门诊统筹支出": a
    line under the row the table does not print); "" otherwise."""
    runs = [(m.start(), m.end()) for m in re.finditer(r"\S+", rest)]
    if len(runs) != 1 or not row_used or runs[0][1] != min(row_used) or runs[0][1] - runs[0][0] < 2:
        return ""
    return rest[runs[0][0]:runs[0][1]]


def answer(idx, question: str, docs: list[int] | None, context: dict | None) -> FactAnswer | None:
    """A question over the columns of one table whose columns are things, or None."""
    tables = [t for t in _tables(idx) if not docs or t.doc in docs]
    if not tables:
        return None
    words = _words(idx)
    text = compact(normalize(question))
    # (a department said: only its own tables; its name is no word of the question left unread)
    said = {d for form in idx.dept_forms_said(text) if len(form) >= 2 and form in text for d in idx.dept_forms.get(form, ())}
    tables = [t for t in tables if not said or idx.docs[t.doc].department in said]
    for form in sorted((f for f in idx.dept_forms_said(text) if len(f) >= 2 and f in text), key=len, reverse=True):
        text = text.replace(form, "\x01" * len(form))
    got = [a for t in tables if (a := _of_table(idx, t, text, words)) is not None]
    return got[0] if len(got) == 1 else None


def _of_table(idx, t: Things, text: str, words: dict) -> FactAnswer | None:
    if (y := _YEAR.search(text)) is not None and t.year is not None and int(y.group(1)) != t.year:
        return None  # (another year asked: not this table's)
    said = _columns_said(t, text)
    group = _group_said(t, text, [(s, e) for s, e, fits in said if len(fits) == 1]) if len(said) <= 1 else None
    if group is not None:  # ("两个职工基金": the word two columns share, never one of them unsaid)
        said = [x for x in said if not (x[0] < group[1] and group[0] < x[1])]
    taken = [(s, e) for s, e, _ in said] + ([(group[0], group[1])] if group is not None else [])
    kind = next(((m.start(), m.end()) for w in t.kinds if (m := re.search(re.escape(w), text))
                 and not any(s < m.end() and m.start() < e for s, e in taken)), None)
    if kind is not None:
        taken.append(kind)
    row = _row_said(t, text, taken, words.get("time", []))
    if row is None:
        return None
    (line, printed, _key), row_used = row
    used = {k for s, e in taken for k in range(s, e)} | row_used
    titled = _title_spans(t, text, taken + [(k, k + 1) for k in row_used])
    used |= titled
    most = next((m for w in words.get("most", []) if (m := re.search(re.escape(w), text))), None)
    least = next((m for w in words.get("least", []) if (m := re.search(re.escape(w), text))), None)
    place = _PLACE.search(text)
    if place is not None:
        used |= set(range(place.start(), place.end()))
    which = any(w in text for w in words.get("which", []))
    spaced = _rest(text, used, words.get("grammar", []))
    if spaced.strip():
        # ("长护基金里居家护理支出多少": a fund said as one (its kind said with it), then a line the table does not
        # print right before the row's words: none of its rows — said so, never the row's figure)
        part = _part_before_row(spaced, row_used)
        if part and len(said) == 1 and len(said[0][2]) == 1 and group is None and not which \
                and any(text[said[0][0]:said[0][1]].endswith(w) for w in t.kinds):
            return FactAnswer("unknown", compose.column_thing_not_printed(t.names[said[0][2][0]], part, t.title),
                              settled=True)
        return None
    cells = [(c, t.cells[(line, c)]) for c in t.cols if (line, c) in t.cells]
    if (most or least or place) and which and not said and group is None:
        return _ranked(idx, t, printed, line, cells, most is not None or least is None, place)
    if which and not said and group is None and kind is not None:
        return _holding(idx, t, printed, cells, any(w in text for w in words.get("none", [])), text[kind[0]:kind[1]])
    if group is not None and not said:
        return _added(idx, t, printed, line, [(c, f) for c, f in cells if c in group[2]], group[2])
    if not said and group is None and not which and not (most or least or place) and titled \
            and (line, t.total) in t.cells:
        f = t.cells[(line, t.total)]  # ("医保基金收入合计": the table's subject said, its total column)
        return FactAnswer("answered", compose.fact_value(_name(f), _shown(f)) + _cite(idx, [f]), [f])
    if said:
        return _of_columns_said(idx, t, printed, line, said, text, words, which or bool(most or least or place))
    return None


def _of_columns_said(idx, t: Things, printed: str, line: int, said: list, text: str, words: dict,
                     ordered: bool) -> FactAnswer | None:
    """The columns said by name at the row: two set against each other (相差); with no 哪个 and no ranking asked
    (ordered), several added up (加起来) or each one's, one's own — a column printing nothing there said blank."""
    if len(said) == 2 and all(len(s[2]) == 1 for s in said) and any(w in text for w in words.get("diff", [])):
        return _difference(idx, t, printed, said[0][2][0], said[1][2][0], line)
    if ordered:
        return None
    if len(said) >= 2 and all(len(x[2]) == 1 for x in said) and len({x[2][0] for x in said}) == len(said):
        named = [(x[2][0], t.cells[(line, x[2][0])]) for x in said if (line, x[2][0]) in t.cells]
        if not named:
            whole = [_row_cell(t, line)]
            return FactAnswer("answered", "".join(compose.column_thing_blank(t.names[x[2][0]], printed) for x in said)
                              + _cite(idx, whole), whole, negated=True)
        if not any(w in text for w in words.get("each", [])) and any(w in text for w in words.get("sum", [])):
            return _added(idx, t, printed, line, named, [x[2][0] for x in said])  # ("生育保险和长护基金…加起来")
        facts = [f for _, f in named]  # ("生育和长护收入分别多少": each one's)
        blank = [t.names[x[2][0]] for x in said if (line, x[2][0]) not in t.cells]
        return FactAnswer("answered", compose.fact_values([(_name(f), _shown(f)) for f in facts])
                          + "".join(compose.column_thing_blank(n, printed) for n in blank) + _cite(idx, facts), facts)
    if len(said) == 1 and len(said[0][2]) == 1:
        c = said[0][2][0]
        if (one := t.cells.get((line, c))) is not None:
            return FactAnswer("answered", compose.fact_value(_name(one), _shown(one)) + _cite(idx, [one]), [one])
        whole = [_row_cell(t, line)]
        return FactAnswer("answered", compose.column_thing_blank(t.names[c], printed) + _cite(idx, whole), whole)
    return None


def _row_cell(t: Things, line: int) -> dict:
    """The row's cell cited when the columns asked print nothing there: its total column's, else any it prints."""
    return t.cells.get((line, t.total)) or next(f for (ln, _c), f in t.cells.items() if ln == line)


def _ranked(idx, t: Things, row: str, line: int, cells: list[tuple[str, dict]], most: bool,
            place: re.Match | None) -> FactAnswer | None:
    """The columns of a row ranked by their figures; the first (or the place asked) shown. A column printing
    nothing there has none of it, as _holding reads it: ranked as 0, so the least of a row some columns leave blank
    is those (said so, the least printed after them), and the most says how many print none."""
    printed = {c for c, _ in cells}
    blank = [t.names[c] for c in t.cols if c not in printed]
    if len(cells) < (1 if blank else 2):
        return None
    value = {c: f["number"] for c, f in cells}
    cell = dict(cells)
    if place is not None and place.group("dir"):
        most = place.group("dir") in "多大高"  # ("排第二少的": the ranking from the least)
    everyone = sorted(t.cols, key=lambda c: value.get(c, 0.0), reverse=most)
    if place is not None:
        n = ordinals.place_number(place.group("place")) or 0
        from_end = bool(place.group("from_end"))
        order = everyone[::-1] if from_end else everyone
        if not 1 <= n <= len(order):
            return FactAnswer("unknown", compose.only_so_many(len(order), n))
        c = order[n - 1]
        if c not in printed:
            one = _row_cell(t, line)
            return FactAnswer("answered", compose.column_things_blank_place(row, n, from_end, blank) + _cite(idx, [one]),
                              [one])
        f = cell[c]
        return FactAnswer("answered", compose.column_thing_place(n, from_end, t.names[c], row, _shown(f))
                          + _cite(idx, [f]), [f], ranked=_ranking(order, printed, cell))
    first = value.get(everyone[0], 0.0)
    top = [c for c in everyone if value.get(c, 0.0) == first]
    ranked = [c for c in everyone if c in printed]
    if any(c not in printed for c in top):
        if most:
            return None  # (every printed figure below none: no most to say)
        least = [c for c in ranked if cell[c]["number"] == cell[ranked[0]]["number"]]
        one = _row_cell(t, line)
        facts = [one] + [cell[c] for c in least if cell[c] is not one]
        text = compose.column_things_least_none(row, blank, len(t.cols), [t.names[c] for c in least],
                                                _shown(cell[least[0]]), len(ranked))
        return FactAnswer("answered", text + _cite(idx, facts), facts)
    text = compose.column_thing_extreme(row, most, [t.names[c] for c in top], _shown(cell[top[0]]), len(ranked),
                                        [(t.names[c], _shown(cell[c])) for c in ranked[len(top):]], blank)
    return FactAnswer("answered", text + _cite(idx, [cell[c] for c in top]), [cell[c] for c in top],
                      ranked=_ranking(everyone, printed, cell))


def _ranking(order: list[str], printed: set[str], cell: dict[str, dict]) -> list[int]:
    """The facts in the order ranked, kept for "第二个呢" — none when a blank column stands before a printed one
    (a place counted among the printed would be another place)."""
    shown = [c in printed for c in order]
    if any(not a and b for a, b in zip(shown, shown[1:], strict=False)):
        return []
    return [cell[c]["id"] for c in order if c in printed]


def _holding(idx, t: Things, row: str, cells: list[tuple[str, dict]], none: bool, kind: str) -> FactAnswer:
    """The columns printing a figure (not 0) at the row; with none asked, those printing none — worded as
    kinds.py words them over such a table (the count first, the row without its printed ordinal, 4.转移收入 said
    转移收入; the columns called by the kind the question says, 险种 or 基金)."""
    held = [(c, f) for c, f in cells if f["number"]]
    line = label_key(row) or row
    if none:
        names = [t.names[c] for c in t.cols if c not in {c for c, _ in held}]
        facts = [t.cells[(cells[0][1]["line"], t.total)]] if cells and (cells[0][1]["line"], t.total) in t.cells else []
        return FactAnswer("answered", compose.column_things_without(line, kind, names, len(t.cols)) + _cite(idx, facts or
                          [f for _, f in cells[:1]]), facts, negated=True)
    return FactAnswer("answered", compose.column_things_holding(line, kind, [(t.names[c], _shown(f)) for c, f in held],
                                                                len(t.cols)) + _cite(idx, [f for _, f in held]),
                      [f for _, f in held])


def _added(idx, t: Things, row: str, line: int, cells: list[tuple[str, dict]], cols: list[str]) -> FactAnswer:
    """The figures of the columns named together at the row, added up; those printing none said 未列 (when none
    prints the row: each said blank, the table cited)."""
    printed = {c for c, _ in cells}
    blank = [t.names[c] for c in cols if c not in printed]
    if not cells:
        one = _row_cell(t, line)
        return FactAnswer("answered", "".join(compose.column_thing_blank(t.names[c], row) for c in cols)
                          + _cite(idx, [one]), [one], negated=True)  # (none of them: the row's cell only cited)
    total = sum(f["number"] for _, f in cells)
    unit = cells[0][1]["unit"] or ""
    parts = [(t.names[c], fmt_number(f["number"])) for c, f in cells]
    return FactAnswer("answered", compose.column_things_added(row, parts, fmt_number(total), unit, blank)
                      + _cite(idx, [f for _, f in cells]), [f for _, f in cells], total=(total, unit))


def _difference(idx, t: Things, row: str, a: str, b: str, line: int) -> FactAnswer | None:
    fa, fb = t.cells.get((line, a)), t.cells.get((line, b))
    if fa is None or fb is None:
        return None
    d = fa["number"] - fb["number"]
    text = compose.column_things_difference(t.names[a], t.names[b], row, fmt_number(fa["number"]),
                                            fmt_number(fb["number"]), fmt_number(d), fa["unit"] or "")
    return FactAnswer("answered", text + _cite(idx, [fa, fb]), [fa, fb], total=(abs(d), fa["unit"] or ""))
