"""A sheet listing items (projects) with typed columns, asked through the sheet's subject (col47): the sheet "某市
新增专项债券使用情况表" with columns 项目名称, 项目主管部门, 债券金额, 债券期限（年）; staff say "专项债" for its money
column (债券金额: the subject of its title, the column's header sharing its noun) and ask of its rows as projects —
ranked ("哪个项目专项债最多", "第二多"), picked by a department ("卫健局一共用了多少专项债", in the short names people
use) or by a figure ("30年期的专项债有哪些项目"), or one by a short form of its name ("中医院迁建用了多少专项债").

Only a table whose subject the question says is read, and only when nothing else is said (every other word an
asking word, a verb of the vocabulary's [item_rows], a place, or a header): another table's rows are never ranked
for a question about this one, and a question about another table never reaches this one's rows.
"""

from __future__ import annotations

import re

from bot.answer import YEAR_ASKED, compose
from bot.answer.facts import sources
from bot.answer.facts.index import vocabulary_section
from bot.answer.facts.question import FactAnswer
from bot.answer.facts.records import (
    _ORGANISATION,
    Record,
    Table,
    _asks,
    _column_said,
    _kind_asked,
    _named,
    _organisation_said,
    _runs,
    _tables_of,
    _text_of,
    text_asks,
)
from bot.answer.facts.values import _cite, _shown
from bot.answer.facts.verb_columns import shared_tail_said
from bot.answer.facts.words import fmt_number
from bot.language import ordinals
from bot.language.asking import words as asking_words
from bot.language.normalize import compact, normalize

_MOST = re.compile(r"最(?:(?P<max>多|大|高|长)|少|小|低|短)")
# "第二多", "第2大", "倒数第二": a place in the ranking asked in the question itself.
_PLACE = re.compile(ordinals.PLACE + r"(?![一二两三四五六七八九十\d])(?:个|名|位)?(?P<dir>多|大|高|长|少|小|低|短)?")
# "30年期的", "期限20年的": the rows whose figure in the one column of that unit equals the number said.
# (the unit unsaid — the % of "2.35%的" is dropped as the question is read — only before 的)
_FIGURE = re.compile(r"(?P<n>\d+(?:\.\d+)?)(?:(?P<unit>年|个月|%)期?的?|的)")
# A figure said as a bound on the money column ("超过2亿", "大于8000万", "1亿以上"): its number and unit.
# (a unit of another column, 年 of 债券期限: the bound is that column's, "期限超过20年的")
_AMOUNT = r"(?P<n>\d+(?:\.\d+)?)(?P<unit>亿元?|万元?|元|年|个月|%)?(?![\d.])"
# What one unit of the money said or printed is worth in 元: cells in other units are never compared by number.
_YUAN = {"元": 1.0, "万": 1e4, "万元": 1e4, "亿": 1e8, "亿元": 1e8}


def _words(idx) -> dict[str, list[str]]:
    """[item_rows] of the vocabulary: verbs said of an item's money (用了, 安排) and generic money words; and the
    bounds said on a figure, every reader's ([asking_words.bounds])."""
    own = vocabulary_section(getattr(idx, "vocab_path", ""), "item_rows", _read_words)
    return {**own, **{k: list(v) for k, v in asking_words().get("bounds", {}).items()}}


def _says(text: str, words: dict[str, list[str]], kind: str) -> bool:
    """Whether the text says a word of the vocabulary's [item_rows] kind (which, sum, count)."""
    return any(w in text for w in words.get(kind, []))


def _grammar_off(text: str, words: dict[str, list[str]]) -> str:
    """The text without the grammar of asking (哪个, 多少, 项目 …), before the rest is checked for words not understood."""
    for w in words.get("grammar", []):  # (longest first: 哪一个 before 个)
        text = text.replace(w, " ")
    return text


def _read_words(data: object) -> dict[str, list[str]]:
    kinds = data if isinstance(data, dict) else {}
    return {k: sorted((compact(w) for w in v if isinstance(w, str) and compact(w)), key=len, reverse=True)
            for k, v in kinds.items() if isinstance(v, list)}


def sheets_said(idx, question: str) -> set[tuple[int, str]]:
    """The one sheet whose subject the question says, as (document, sheet); none when two are said."""
    found = _said(idx, compact(normalize(question)), None)
    return {(found[0][0].doc, found[0][0].sheet)} if len(found) == 1 else set()


def _said(idx, whole: str, docs: list[int] | None) -> list[tuple[Table, tuple[int, int]]]:
    words = _words(idx)
    plain = _plain_tables(idx)
    found = []
    for d in sorted(docs) if docs else plain:
        for t in plain.get(d, ()):
            if (span := _subject_said(t, whole, words)) is not None:
                found.append((t, span))
    return found


def _plain_tables(idx) -> dict[int, list[Table]]:
    """Document -> its sheets of plain items, in document order (only documents having one): built once per
    index, not re-read over every document for every question."""
    return idx.read_once("_plain_item_tables", None, lambda: {
        d: kept for d in sorted(idx.docs) if (kept := [t for t in _tables_of(idx, d) if _plain_items(t)])})


def answer(idx, question: str, docs: list[int] | None, context: dict | None) -> FactAnswer | None:
    """A question over the items of one sheet whose subject it says, or None."""
    whole = shared_tail_said(compact(normalize(question)), idx)  # ("计划和完成投资": both columns said)
    words = _words(idx)
    if context and (of_last := _column_of_last_row(idx, whole, context) or _rows_of_last(idx, whole, context)) is not None:
        return of_last
    found = _said(idx, whole, docs)
    if len(found) != 1:
        return None  # (no such sheet said, or two: which is not guessed)
    t, (a, b) = found[0]
    text = whole[:a] + " " + whole[b:]
    # ("城区新建幼儿园计划投资和完成投资差多少": two columns said whole ask them set against each other, never one)
    two = sum(c in whole for c in {c for r in t.records for c, f in r.cells.items() if f["number"] is not None}) >= 2
    got = _not_printed(idx, t, text) or (None if two else _of_row(idx, t, text, words)) \
        or _of_organisation(idx, t, text, words) \
        or _of_bound(idx, t, text, words) or _of_figure(idx, t, text, words) or _counted(idx, t, text, words) \
        or _ranked(idx, t, text, words) or _listed(idx, t, text, words)
    return _year_not_printed(idx, t, whole) or got if got is not None and got.status == "answered" else got


def _year_not_printed(idx, t: Table, whole: str) -> FactAnswer | None:
    """"2026年中医院迁建专项债多少" of a sheet of 2025's items (its title's year, though the workbook is 2026's):
    that year is not held — never the 2025 figure given as 2026's."""
    said = sorted({int(y) for y in YEAR_ASKED.findall(whole)})
    held = sorted({y for r in t.records for c in r.cells.values() if (y := idx.fact_year[c["id"]]) is not None})
    if not said or not held or set(said) & set(held):
        return None
    return FactAnswer("unknown", compose.year_not_held(said, held), [], settled=True)


def _plain_items(t: Table) -> bool:
    """A sheet of items each its own row under no group: no project's items, no rows under a unit's name merged
    over them, no 小计 (those tables are read by their groups, records.py); a column naming each row's
    organisation (项目主管部门) is one of its columns."""
    return bool(t.amount) and len(t.records) >= 3 and not t.projects and not t.subtotals and not t.item_column \
        and not t.under_labels and not t.heads_of_units and not any(r.project for r in t.records)


def _subject_said(t: Table, text: str, words: dict[str, list[str]]) -> tuple[int, int] | None:
    """The run of the question (three characters or more) naming the sheet by the subject of its own title
    (专项债 of 新增地方政府专项债券资金使用情况表) that shares a character with its money column's header beyond
    the generic money words (债 of 债券金额): the column that subject's money is."""
    own = set(t.amount) - set("".join(words.get("generic", [])))
    # (the sheet's own title, which its rows stand under: never the workbook's, which another sheet's rows share)
    titles = list({f["section"] for r in t.records for f in r.cells.values() if len(f["section"] or "") > 6})
    runs = [(a, b) for w in titles for a, b in _runs(text, w) if b - a >= 3 and set(text[a:b]) & own]
    # (or a run of the money column's header that the title holds too, or that no other header holds: 调整 of
    # 调整前预算 beside 调整后预算 names neither)
    others = {c for r in t.records for c in r.cells if c != t.amount}
    runs += [(a, b) for a, b in _runs(text, t.amount) if set(text[a:b]) & own and b - a >= 2
             and (any(text[a:b] in w for w in titles) or not any(text[a:b] in c for c in others))]
    if not runs:
        return None
    return max(runs, key=lambda ab: (ab[1] - ab[0], -ab[0]))


def _bare(idx, t: Table, text: str, words: dict[str, list[str]]) -> bool:
    """Whether anything but asking words, verbs and the sheet's place is said (a header too: 用途, 领域 — a column
    asked of the items, never the items' list alone)."""
    for w in words.get("verbs", []):
        if len(w) >= 2:  # (before the grammar, whose 了 is 用了's; 用 alone is 用途's)
            text = text.replace(w, " ")
    text = _grammar_off(text, words)
    for form in sorted(idx.dept_forms_said(text), key=len, reverse=True):
        if idx.docs[t.doc].department in idx.dept_forms.get(form, ()):
            text = text.replace(form, " ")
    return bool(re.search(r"[\u4e00-\u9fff]", text))


def _left(idx, t: Table, text: str, words: dict[str, list[str]]) -> bool:
    """Whether two characters or more of the rest say nothing known (no asking word, verb, place or header)."""
    text = _grammar_off(text, words)
    for w in words.get("verbs", []):
        text = text.replace(w, " ")
    for form in sorted(idx.dept_forms_said(text), key=len, reverse=True):
        if idx.docs[t.doc].department in idx.dept_forms.get(form, ()):
            text = text.replace(form, " ")  # (the sheet's own place, 兰溪 of 兰溪市)
    for col in {c for r in t.records for c in r.cells} | t.heads:
        for a, b in _runs(text, col):
            text = text[:a] + " " * (b - a) + text[b:]
    return any(len(run) >= 2 for run in re.findall(r"[\u4e00-\u9fff]+", text))


def _money(r: Record, col: str) -> dict | None:
    f = r.cells.get(col)
    return f if f is not None and f["number"] is not None else None


def _column_ranked(t: Table, text: str, words: dict[str, list[str]]) -> str:
    """The numeric column a ranking is of: another column when more of its header is said than of the money
    column's ("发行利率最高", "期限最短"), else the money column. (项目 of 用作项目资本金 is the asking's word.)"""
    text = _grammar_off(text, words)
    own = max((b - a for a, b in _runs(text, t.amount)), default=0)
    others = {c for r in t.records for c, f in r.cells.items() if c != t.amount and f["number"] is not None}
    said = {c: n for c in others if (n := max((b - a for a, b in _runs(text, c)), default=0)) > own}
    if not said:
        return t.amount
    best = max(said.values())
    top = [c for c, n in said.items() if n == best]
    return top[0] if len(top) == 1 else ""


def _one_unit(cells: list[dict]) -> bool:
    """Whether the cells are all printed in one unit (1500 万元 and 2000 元 are never compared by number)."""
    return len({f["unit"] or "" for f in cells}) == 1


def _measure(cells: list[dict]):
    """How the cells compare: by their number when all share one unit, by their worth in 元 when each is printed in
    a unit of money (1500 万元 above 2000 元); None when units differ otherwise."""
    if _one_unit(cells):
        return lambda f: f["number"]
    if all((f["unit"] or "") in _YUAN for f in cells):
        return lambda f: f["number"] * _YUAN[f["unit"]]
    return None


def _ranked(idx, t: Table, text: str, words: dict[str, list[str]]) -> FactAnswer | None:
    """"哪个项目专项债最多", "专项债最少的项目是哪个", "专项债第二多的项目", "发行利率最高的": the rows ranked by the
    column said (the subject's money when no other column is said)."""
    most, place = _MOST.search(text), _PLACE.search(text)
    if place and not (place.group("from_end") or place.group("dir")):
        place = None  # ("第二个项目": a place of a list shown before, not this ranking)
    if not (most or place) or not (_says(text, words, "which") or "项目" in text):
        return None
    rest = text
    for m in (most, place):
        if m is not None:
            rest = rest[:m.start()] + " " + rest[m.end():]
    if _named([t], rest) is not None or _left(idx, t, rest, words):
        return None
    col = _column_ranked(t, rest, words)
    if not col:
        return None  # (two other columns said as much: which is not guessed)
    cells = [f for r in t.records if (f := _money(r, col)) is not None]
    if len(cells) < 2 or (key := _measure(cells)) is None:
        return None
    low = bool(most and not most.group("max")) if most else place.group("dir") in ("少", "小", "低", "短") if place else False
    n = 1
    if place is not None:
        n = ordinals.place_number(place.group("place")) or 0
        low = low != bool(place.group("from_end"))
    order = sorted(cells, key=key, reverse=not low)
    if not 1 <= n <= len(order):
        return None
    f = order[n - 1]
    if place is None:
        top = [x for x in order if key(x) == key(f)]
        said = compose.fact_extreme("min" if low else "max", [_name_of(t, x) for x in top], _column_shown(col, f), len(order))
    else:
        top = [f]
        said = compose.ranked_place(n, _name_of(t, f), _column_shown(col, f))
    return FactAnswer("answered", said + _cite(idx, top), top, ranked=[x["id"] for x in order])


def _listed(idx, t: Table, text: str, words: dict[str, list[str]]) -> FactAnswer | None:
    """"专项债有哪些项目": the sheet's items, each with its money — never another table's rows said of its subject."""
    if not _says(text, words, "which") or _MOST.search(text) or _PLACE.search(text) or re.search(r"\d", text) \
            or _named([t], text) is not None or _left(idx, t, text, words) or _bare(idx, t, text, words):
        return None
    rows = [r for r in t.records if _money(r, t.amount) is not None]
    cells = [f for r in rows if (f := _money(r, t.amount)) is not None]
    if len(rows) < 2:
        return None
    items = [compose.item_with_figure(r.name, _shown(f)) for r, f in zip(rows, cells, strict=True)]
    return FactAnswer("answered", compose.numbered_items(items) + _cite(idx, cells), cells, ranked=[f["id"] for f in cells])


def _name_of(t: Table, f: dict) -> str:
    return next((r.name for r in t.records if any(c["id"] == f["id"] for c in r.cells.values())), "")


def _column_shown(col: str, f: dict) -> str:
    return f"{col} {_shown(f)}"


def _organisation_span(idx, t: Table, text: str) -> tuple[str, str, tuple[int, int]] | None:
    """The one organisation of a column of organisations (项目主管部门) the question says — by a short name people
    use (卫健局, 兰溪卫健局) or by a loaded department's name: (column, value, its span)."""
    found = []
    for c in t.kinds:
        values = {compact(r.cells[c]["value"] or "") for r in t.records if c in r.cells}
        ends = tuple(_words(idx).get("organisations", []))
        if not values or not all(_ORGANISATION.search(v) or ends and v.endswith(ends) for v in values):
            continue
        for v in values:
            span = _organisation_said(idx, v, text, values)
            if span is None:
                # (a loaded department said by any of its forms, 兰溪自然资源局 of 兰溪市自然资源和规划局)
                forms = [f for f in idx.dept_forms_said(text) if v in idx.dept_forms.get(f, ()) and len(f) >= 3]
                if forms:
                    best = max(forms, key=len)
                    span = (text.index(best), text.index(best) + len(best))
            if span is not None:
                a, b = span
                while a > 0 and any(text[a - k:b] in {compact(x) for x in idx.dept_forms_said(text[max(0, a - 4):b])}
                                    for k in range(1, min(a, 4) + 1)):
                    a -= 1  # (the place said before a short name, 兰溪卫健局: no other word)
                found.append((c, v, (a, b)))
    return found[0] if len(found) == 1 else _of_the_owner_column(idx, found)


def _of_the_owner_column(idx, found: list[tuple[str, str, tuple[int, int]]]) -> tuple[str, str, tuple[int, int]] | None:
    """One organisation said that two columns print (项目主管部门 and 项目单位 both 县农业农村局): the rows it is the
    department of, its owner column's ([row_text_asks.owner].heads: 主管部门); None when not that."""
    if len({(v, span) for _, v, span in found}) != 1:
        return None
    heads = text_asks(getattr(idx, "vocab_path", "")).get("owner", {}).get("heads", [])
    owned = [x for x in found if any(h in x[0] for h in heads)]
    return owned[0] if len(owned) == 1 else None


def _of_organisation(idx, t: Table, text: str, words: dict[str, list[str]]) -> FactAnswer | None:
    """"卫健局一共用了多少专项债", "文旅局两个项目专项债合计", "教育局的专项债项目有哪些": the rows of the organisation
    said, their money added up with the arithmetic shown, or listed."""
    said = _organisation_span(idx, t, text)
    if said is None:
        return None
    c, v, (a, b) = said
    rest = text[:a] + " " + text[b:]
    if _named([t], rest) is not None or _MOST.search(rest) or _left(idx, t, rest, words):
        return None
    rows = [r for r in t.records if compact((r.cells.get(c) or {}).get("value") or "") == v]
    cells = [f for r in rows if (f := _money(r, t.amount)) is not None]
    if not rows or len(cells) != len(rows) or len({f["unit"] for f in cells}) != 1:
        return None
    head = compose.having_value_head(c, v)
    if len(rows) == 1:
        return FactAnswer("answered", compose.only_row(head, rows[0].name, t.amount, _shown(cells[0])) + _cite(idx, cells),
                          cells, ranked=[cells[0]["id"]])
    if _says(rest, words, "which") or not _says(rest, words, "sum"):
        items = [compose.item_with_figure(r.name, _shown(f)) for r, f in zip(rows, cells, strict=True)]
        return FactAnswer("answered", compose.numbered_items(items, head) + _cite(idx, cells), cells,
                          ranked=[f["id"] for f in cells])
    total, unit = sum(f["number"] for f in cells), cells[0]["unit"] or ""
    parts = [(r.name, fmt_number(f["number"])) for r, f in zip(rows, cells, strict=True)]
    return FactAnswer("answered", compose.project_items_added(f"{head}{t.amount}", parts, fmt_number(total), unit)
                      + _cite(idx, cells), cells, ranked=[f["id"] for f in cells], total=(total, unit))


def _bound_said(text: str, words: dict[str, list[str]]) -> tuple[bool, float, str, tuple[int, int], bool] | None:
    """A bound on the money said ("超过2亿", "1亿以上", "不少于20年"): (over or under, number, unit said, its span,
    whether the figure itself is held: 以上/以下/不少于/不超过 hold it, 超过/小于 do not)."""
    def alt(*kinds: str) -> str:  # (longest first: the 超过 of 不超过 is never read alone)
        return "|".join(re.escape(w) for w in sorted((w for k in kinds for w in words.get(k, [])), key=len,
                                                      reverse=True)) or "(?!)"
    before = re.search(rf"(?P<op>{alt('over', 'over_held', 'under', 'under_held')}){_AMOUNT}", text)
    if before is not None:
        op = before.group("op")
        return op in words.get("over", []) + words.get("over_held", []), float(before.group("n")), \
            before.group("unit") or "", before.span(), op in words.get("over_held", []) + words.get("under_held", [])
    after = re.search(rf"{_AMOUNT}(?P<op>{alt('over_after', 'under_after')})", text)
    if after is not None:
        return after.group("op") in words.get("over_after", []), float(after.group("n")), after.group("unit") or "", \
            after.span(), True
    return None


def _of_bound(idx, t: Table, text: str, words: dict[str, list[str]]) -> FactAnswer | None:
    """"专项债超过2亿的有哪些", "小于8000万的项目": the rows whose money is beyond the bound said, the bound read in
    the unit of the cells (亿 of a column in 万元); cells of several units, or of a unit not of money, are not read."""
    said = _bound_said(text, words)
    if said is None:
        return None
    over, n, unit, (a, b), held = said
    rest = text[:a] + " " + text[b:]
    col = _bound_column(t, rest, n, unit, words)
    if not col:
        return None
    cells = {r.name: f for r in t.records if (f := _money(r, col)) is not None}
    printed = {f["unit"] or "" for f in cells.values()}
    if not cells:
        return None
    if printed <= set(_YUAN) and (not unit or unit in _YUAN):
        factor = _YUAN
    elif len(printed) == 1 and (not unit or unit in printed):  # (another column's own unit, one for all its cells)
        factor = {next(iter(printed)): 1.0, unit: 1.0}
    else:
        return None
    if _named([t], rest) is not None or _MOST.search(rest) or _left(idx, t, rest, words):
        return None
    if not unit and len(printed) != 1:  # (which unit a bound said bare is in is not guessed, nor another table read)
        shown = list(cells.values())[:1]
        return FactAnswer("unknown", compose.bound_of_no_unit(text[a:b], t.amount, sorted(printed)) + _cite(idx, shown),
                          shown, settled=True)
    bound = n * factor[unit or next(iter(printed))]

    def beyond(f: dict) -> bool:
        x = f["number"] * factor[f["unit"]]
        return x == bound and held or (x > bound if over else x < bound)
    rows = [r for r in t.records if r.name in cells and beyond(cells[r.name])]
    head = compose.having_value_head("", text[a:b])
    picked = [cells[r.name] for r in rows]
    if factor is not _YUAN:  # (the items' money shown, or added up: never their 年 added)
        picked = [_money(r, t.amount) or cells[r.name] for r in rows]
    if not rows:
        return FactAnswer("answered", compose.none_marked(head, len(cells)), [])
    if _says(rest, words, "sum") and not _says(rest, words, "which") and not _count_said(rest, words):
        if any(_money(r, t.amount) is None for r in rows):
            return None
        return _added(idx, t, head, rows, picked)
    items = [compose.item_with_figure(r.name, _shown(f)) for r, f in zip(rows, picked, strict=True)]
    return FactAnswer("answered", compose.numbered_items(items, head) + _cite(idx, picked), picked,
                      ranked=[f["id"] for f in picked])


def _bound_column(t: Table, rest: str, n: float, unit: str, words: dict[str, list[str]]) -> str:
    """The column a bound is on: another numeric column whose header is said ("发行利率不低于2.35", "期限超过20年"),
    else the one printed in the unit said (年 of 债券期限), else the money column — never a bare decimal (2.3 of 2.3%
    with no column said) read as money; "" when which column is not known."""
    said = _column_ranked(t, rest, words)
    if said and said != t.amount:
        return said
    if unit and unit not in _YUAN:
        return _figure_column(t, n, unit)
    return t.amount if said and (unit or n == int(n)) else ""


def _count_said(text: str, words: dict[str, list[str]]) -> bool:
    return any(w in text for w in words.get("count", []))


def _added(idx, t: Table, head: str, rows: list[Record], cells: list[dict]) -> FactAnswer | None:
    """The money of the rows picked, added up with the arithmetic shown (one unit only)."""
    if not _one_unit(cells):
        return None
    total, unit = sum(f["number"] for f in cells), cells[0]["unit"] or ""
    parts = [(r.name, fmt_number(f["number"])) for r, f in zip(rows, cells, strict=True)]
    return FactAnswer("answered", compose.project_items_added(f"{head}{t.amount}", parts, fmt_number(total), unit)
                      + _cite(idx, cells), cells, ranked=[f["id"] for f in cells], total=(total, unit))


def _figure_column(t: Table, n: float, unit: str) -> str:
    """The one column (never the money's) a figure said is of: the one printed in its unit, or — the unit not said
    (the % of 2.35% is dropped when the question is read) — the one other column holding that very number."""
    numeric = {(c, f["unit"] or "") for r in t.records for c, f in r.cells.items() if f["number"] is not None}
    if unit:
        cols = {c for c, u in numeric if u == unit}
    else:
        cols = {c for r in t.records for c, f in r.cells.items()
                if c != t.amount and f["number"] is not None and f["number"] == n}
    return cols.pop() if len(cols) == 1 else ""


def _of_figure(idx, t: Table, text: str, words: dict[str, list[str]]) -> FactAnswer | None:
    """"30年期的专项债有哪些项目", "2.35%的", "20年期的一共多少": the rows whose figure in the one column printed in
    the unit said (债券期限 in 年), or holding the decimal said, equals it — listed, or their money added up; a year
    of the calendar (2025年) is no such figure."""
    m = _FIGURE.search(text)
    if m is None or not (_says(text, words, "which") or _says(text, words, "sum")):
        return None
    n, unit = float(m.group("n")), m.group("unit") or ""
    if unit == "年" and n >= 1000 or not unit and "." not in m.group("n"):
        return None  # (a bare whole number is a bound or an amount, never a figure guessed)
    col = _figure_column(t, n, unit)
    if not col:
        return None
    rest = text[:m.start()] + " " + text[m.end():]
    if _named([t], rest) is not None or _MOST.search(rest) or _left(idx, t, rest, words):
        return None
    rows = [r for r in t.records if (f := _money(r, col)) is not None and f["number"] == n]
    head = compose.having_value_head(col, f"{m.group('n')}{unit or (rows and _money(rows[0], col) or {}).get('unit') or ''}")
    if not rows:
        return FactAnswer("answered", compose.none_marked(head, len(t.records)), [])
    if _says(rest, words, "sum") and not _says(rest, words, "which") and not _count_said(rest, words):
        money = [_money(r, t.amount) for r in rows]
        if any(f is None for f in money):
            return None
        return _added(idx, t, head, rows, [f for f in money if f is not None])
    cells = [_money(r, t.amount) or r.cells[col] for r in rows]
    items = [compose.item_with_figure(r.name, _shown(f)) for r, f in zip(rows, cells, strict=True)]
    return FactAnswer("answered", compose.numbered_items(items, head) + _cite(idx, cells), cells,
                      ranked=[f["id"] for f in cells])


def _counted(idx, t: Table, text: str, words: dict[str, list[str]]) -> FactAnswer | None:
    """"专项债有多少个项目用作资本金": the rows that print a figure in the other column said (其中：用作项目资本金),
    counted and listed with that figure."""
    if not _count_said(text, words) or _MOST.search(text):
        return None
    asked = _grammar_off(text, words)
    own = max((b - a for a, b in _runs(asked, t.amount)), default=0)
    others = {c for r in t.records for c, f in r.cells.items() if c != t.amount and f["number"] is not None}
    said = {c: n for c in others if (n := max((b - a for a, b in _runs(asked, c)), default=0)) > max(own, 1)}
    if len(said) != 1 or _named([t], text) is not None or _left(idx, t, text, words):
        return None
    col = next(iter(said))
    rows = [r for r in t.records if (f := _money(r, col)) is not None and f["number"] != 0]
    head = compose.having_value_head("", col)
    if not rows:
        return FactAnswer("answered", compose.none_marked(head, len(t.records)), [])
    cells = [r.cells[col] for r in rows]
    items = [compose.item_with_figure(r.name, _shown(f), col) for r, f in zip(rows, cells, strict=True)]
    return FactAnswer("answered", compose.numbered_items(items, head) + _cite(idx, cells), cells,
                      ranked=[f["id"] for f in cells])


def _of_row(idx, t: Table, text: str, words: dict[str, list[str]]) -> FactAnswer | None:
    """"中医院迁建用了多少专项债", "路网提升工程用作资本金多少": one row named by a short form of its name, its figure
    in the column said (资本金 of 其中：用作项目资本金), else the subject's own column."""
    if _MOST.search(text) or _says(text, words, "which") or not re.search(r"多少|几", text):
        return None
    named = _named([t], text)
    if named is None:
        return None
    _, r = named
    cols = {c for x in t.records for c in x.cells}
    col = _column_said(t, text, r) or t.amount
    f = _money(r, col)
    if f is None or col not in cols:
        return None
    longest = max((b - a for a, b in _runs(text, col)), default=0)
    if any(b - a > longest and text[a:b] not in r.key for c in cols - {col} for a, b in _runs(text, c)):
        return None  # ("调整后多少": more of another column said than of the one read; never the 调整前 instead)
    rest = text
    for a, b in sorted(_runs(text, r.key), reverse=True):
        rest = rest[:a] + " " * (b - a) + rest[b:]
    if _left(idx, t, rest, words):
        return None
    return FactAnswer("answered", compose.fact_value(f"{r.name} {col}", _shown(f)) + _cite(idx, [f]), [f])


def _not_printed(idx, t: Table, text: str) -> FactAnswer | None:
    """"城南片区城市更新债券什么时候发行的": a row named, asked a kind of column (a time, who does it) that the sheet
    does not print — unknown, settled, never another column (its 债券期限) or another table's line instead."""
    named = _named([t], text)
    asks = _asks(getattr(idx, "vocab_path", ""))
    kind = _kind_asked(text, asks)
    if named is None or not kind or _column_said(t, text, named[1], partial=False):
        return None
    r = named[1]
    if _text_of(t, r, kind, asks, text):
        return None
    cols = list(dict.fromkeys(c for x in t.records for c in x.cells))
    said = next((w for w in sorted(asks[kind]["asked"], key=len, reverse=True) if w in text), kind)
    shown = list(r.cells.values())[:1]  # (the row the sheet says nothing of: where the answer looked)
    return FactAnswer("unknown", compose.row_column_not_printed(r.name, said, cols) + _cite(idx, shown), shown, settled=True)


# "资本金多少", "期限呢", "利率是多少": a column asked alone, after one row of a sheet was shown.
_COLUMN_ALONE = re.compile(r"^(?:那|那么)?(?:它的|它|其)?(?P<col>[\u4e00-\u9fff]{2,8}?)(?:是|有|为)?(?:多少|几年|多少年|几|呢)+$")


def _column_of_last_row(idx, whole: str, context: dict) -> FactAnswer | None:
    """The row of a sheet just shown (all the last answer's facts on it), asked a column of it by part of its header
    (资本金 of 其中：用作项目资本金) that no other header shares."""
    m = _COLUMN_ALONE.match(whole)
    if m is None or sources.split_asked(whole):  # ("资金来源呢": the row's sources together, sources.py)
        return None
    last = idx.facts(list(context.get("last") or context.get("shown") or ())[:20])
    if not last or len({(f["document_id"], f["sheet"], f["line"]) for f in last}) != 1:
        return None
    f0 = last[0]
    for t in _tables_of(idx, f0["document_id"]):
        if t.sheet != f0["sheet"]:
            continue
        r = next((x for x in t.records if any(c["id"] == f0["id"] for c in x.cells.values())), None)
        if r is None:
            return None
        col = _column_said(t, m.group("col"), r)
        if not col or col in {f["col_labels"] for f in last} or (f := _money(r, col)) is None:
            return None  # (the column just shown, 债券金额, asked again: the labels' follow-up)
        return FactAnswer("answered", compose.fact_value(f"{r.name} {col}", _shown(f)) + _cite(idx, [f]), [f])
    return None


# "哪个项目", "是哪些项目": the items the last answer picked, asked by name.
_WHICH_ALONE = re.compile(r"^(?:那|那么)?(?:是|都是|分别是)?(?:哪个|哪一个|哪些|哪几个|哪几)(?:项目|工程)?(?:呢|啊|啊呢)?$")


def _rows_of_last(idx, whole: str, context: dict) -> FactAnswer | None:
    """"兰溪自然资源局用了多少专项债" → "哪个项目": the rows of one item sheet the last answer added up or listed,
    by name."""
    if not _WHICH_ALONE.match(whole):
        return None
    ids = list(context.get("ranked") or context.get("listed") or context.get("last") or ())[:40]
    last = idx.facts(ids)
    sheets = {(f["document_id"], f["sheet"]) for f in last}
    if not last or len(sheets) != 1:
        return None
    doc, sheet = sheets.pop()
    for t in _tables_of(idx, doc):
        if t.sheet != sheet:
            continue
        wanted = {f["id"] for f in last}
        rows = [r for r in t.records if any(c["id"] in wanted for c in r.cells.values())]
        if not rows or any(f["id"] not in {c["id"] for r in rows for c in r.cells.values()} for f in last):
            return None  # (a 合计 or another line among them: not the items alone)
        cells = [f for r in rows if (f := _money(r, t.amount)) is not None]
        items = [compose.item_with_figure(r.name, _shown(f), t.amount) for r, f in zip(rows, cells, strict=False)]
        if len(cells) != len(rows):
            return None
        return FactAnswer("answered", compose.numbered_items(items) + _cite(idx, cells), cells,
                          ranked=[f["id"] for f in cells])
    return None
