"""The departments of one table read as several (a city's 部门项目支出预算表: a 部门名称 column, each department closed
by its 小计 row; see FactIndex.table_parts), compared by their 小计: "哪个部门项目预算最多", "浏阳哪个部门预算最少".

Asked of the table's place, or of no department in the words of the table's own kind (项目 and 预算 of a
部门项目支出预算表), the departments ranked are the table's, each by its own 小计 in the column of the year said
(else the table's own year); never a project's row, nor the wholes of other kinds of tables loaded beside it.
"""

from __future__ import annotations

from bot.answer import compose
from bot.answer.facts import records
from bot.answer.facts.question import FactAnswer
from bot.answer.facts.values import _cite
from bot.answer.facts.words import fmt_number
from bot.language import lazyre as re
from bot.language.normalize import compact, normalize
from bot.store import queries as query

_WHICH_MOST = re.compile(r"哪(?:个|一个|家|一家)(?:部门|单位)(?:的)?(?P<x>[\u4e00-\u9fff\d]{0,12}?)(?:最(?P<d>多|高|大|少|低|小))"
                         # ("政府性基金最多的部门(是哪个)": the same asked with the departments after)
                         r"|(?P<x2>[\u4e00-\u9fff\d]{0,12}?)最(?P<d2>多|高|大|少|低|小)的(?:部门|单位)(?:是(?:哪个|哪一个|谁|哪家))?$")
_YEAR = re.compile(r"((?:19|20)\d\d)年?")
# "政府性基金表里有几个部门", "…表里有哪些部门": the departments the table lists, counted or named
_WHICH_DEPARTMENTS = re.compile(r"(?:表|表格)?(?:里|中|里面|上)?(?:一共|总共|共)?(?:有|列了|列出了?)?"
                                r"(?:几|多少|哪些|哪几)(?:个|家)?(?:部门|单位)(?:呢|啊)?$")
_SUBTOTAL = "小计"
# "各部门项目支出分别多少": each department's figure of the table's kind
_EACH = re.compile(r"(?:各|每个|所有)(?:个)?(?:部门|单位)(?:的)?(?P<x>[\u4e00-\u9fff]{0,12}?)(?:分别|各自|各)(?:是)?(?:多少|几多)(?:钱)?(?:呢)?$")
# A table said as where the departments are ("预算表里", "表中"): its word 表, the place word dropped
_IN_TABLE = re.compile(r"表(?:格)?(?:里面|里|中|上|内)")


def departments_ranked(idx, question: str) -> FactAnswer | None:
    """The table's departments by their 小计, the most (least) first; None when not asked so or not of one such
    table (several fit, or a department lacks its one 小计 of the year)."""
    text = compact(normalize(question))
    m = _WHICH_MOST.search(text)
    if m is None or not idx.table_parts:
        return None
    said = {d for form in idx.dept_forms_said(text) if form in text for d in idx.dept_forms.get(form, ())}
    rest = _YEAR.sub("", (m.group("x") or m.group("x2") or "") + text[:m.start()] + text[m.end():])
    for form in sorted(idx.dept_forms_said(text), key=len, reverse=True):
        rest = rest.replace(form, "")
    # (only tables closing their departments by 小计: a monitoring table read as its 主管部门's has none)
    fits = [parts for parts in set(idx.table_parts.values())
            if _asks_table(idx, parts, said, rest) and any(_subtotals(idx, d, None) for d in parts)]
    if len(fits) != 1:
        return None
    years = [int(y) for y in _YEAR.findall(text)]
    own = sorted(d for d in fits[0] if _subtotals(idx, d, None))  # (the place's own 合计 is no department's)
    return _ranked(idx, own, years[0] if len(years) == 1 else None, (m.group("d") or m.group("d2")) in "少低小")


def departments_listed(idx, question: str) -> FactAnswer | None:
    """"政府性基金表里有几个部门": the departments of the one such table its kind's words name (the other words all
    its kind's), each by its own 小计, in the table's order; None unless one table fits."""
    text = compact(normalize(question))
    m = _WHICH_DEPARTMENTS.search(text)
    if m is None or not m.start() or not idx.table_parts:
        return None
    rest = _YEAR.sub("", text[:m.start()])
    fits = [parts for parts in set(idx.table_parts.values())
            if _asks_table(idx, parts, set(), rest) and any(_subtotals(idx, d, None) for d in parts)]
    if len(fits) != 1:
        return None
    own = sorted((d for d in fits[0] if _subtotals(idx, d, None)), key=lambda d: min(idx.docs[d].facts))
    lines = [_subtotals(idx, d, None)[0] for d in own]
    doc = idx.docs[own[0]]
    table = compose.table_name("", doc.form, doc.year)
    return FactAnswer("answered", compose.departments_of_table(table, [f["department"] for f in lines])
                      + _cite(idx, lines), lines)


def departments_each(idx, question: str) -> FactAnswer | None:
    """"预算表里各部门项目支出分别多少": each department of the one such table the other words name (all its kind's),
    by its own 小计 (the column of 合计), in the table's order; None unless one table fits."""
    text = compact(normalize(question))
    m = _EACH.search(text)
    if m is None or not idx.table_parts:
        return None
    rest = _YEAR.sub("", text[:m.start()] + (m.group("x") or "") + text[m.end():])
    fits = [parts for parts in set(idx.table_parts.values())
            if _asks_table(idx, parts, set(), rest) and any(_subtotals(idx, d, None) for d in parts)]
    if len(fits) != 1:
        return None
    own = sorted((d for d in fits[0] if _subtotals(idx, d, None)), key=lambda d: min(idx.docs[d].facts))
    lines = [f for d in own if (f := _whole_column(_subtotals(idx, d, None))) is not None]
    if len(lines) != len(own) or len(lines) < 2:
        return None
    doc = idx.docs[own[0]]
    shown = [(f["department"], fmt_number(f["number"]) + (f["unit"] or "")) for f in lines]
    text = compose.departments_subtotals(compose.table_name("", doc.form, doc.year), _SUBTOTAL, shown)
    return FactAnswer("answered", text + _cite(idx, lines), lines)


def _whole_column(figures: list[dict]) -> dict | None:
    """A 小计 row's one figure of its whole (合计 | 财政拨款 | 其他资金: the column of 合计); None when not one."""
    if len(figures) > 1:
        figures = [f for f in figures if re.search(r"(?:合计|总计)$", f["col_labels"] or "")] or figures
    return figures[0] if len(figures) == 1 else None


def place_of_blocks(idx, doc: int) -> bool:
    """Whether a document is the place's own part of a table of department blocks (its 合计, no 小计 of its own)."""
    return doc in idx.table_parts and not _subtotals(idx, doc, None)


def _asks_table(idx, parts: frozenset[int], said: set[str], rest: str) -> bool:
    """Whether the question asks this table's departments: its place said (the department of the document holding
    no 小计), or none said and the other words all the table's kind's (项目, 预算 of 部门项目支出预算表)."""
    if said:  # ("浏阳" fits the place and each 浏阳 department: the place is said)
        return any(idx.docs[d].department in said and not _subtotals(idx, d, None) for d in parts)
    form = compact(idx.docs[min(parts)].form)
    rest = _IN_TABLE.sub("表", rest)  # ("预算表里哪个部门项目支出最少": the table said is where, its kind's words)
    # ("哪个部门买得最多" of a 政府购买服务预算表: a verb of its kind, 买, said of what the departments buy)
    verbs = [v for v in records.verbs(idx) if v in form]
    bare = re.sub("(?:" + "|".join(map(re.escape, verbs)) + ")[得了的]?", " ", rest) if verbs else rest
    words = [w for w in (idx.cut(bare) if idx.cut else [bare]) if len(w.strip()) >= 2]
    return (bool(words) or bare != rest and not bare.strip()) and all(w in form for w in words)


def _subtotals(idx, doc: int, year: int | None) -> list[dict]:
    """A department's 小计 figures; of one year, when given: the column headed with that year, else those of the
    year (a change column, 增减, beside the year's column is no figure of that year)."""
    own = idx.docs[doc].year  # (an undated column is stored with its table's year)
    found = [f for f in idx.facts(list(idx.docs[doc].facts)[:2000]) if (f["row_labels"] or "") == _SUBTOTAL
             and f["number"] is not None]
    if year is None:
        return found
    dated = [f for f in found if f"{year}年" in (f["col_labels"] or "")]
    return dated or [f for f in found if (f["year"] or own) == year]


def _ranked(idx, docs: list[int], year: int | None, fewest: bool) -> FactAnswer | None:
    one: list[dict] = []
    for d in docs:
        # (合计 | 财政拨款 | 其他资金 of a 小计 row: its whole, the column of 合计)
        if (figure := _whole_column(_subtotals(idx, d, year or idx.docs[d].year))) is None:
            return None
        one.append(figure)
    if len(one) < 2 or len({f["unit"] for f in one}) != 1:
        return None
    order = sorted(one, key=lambda f: f["number"], reverse=not fewest)
    col = (order[0]["col_labels"] or "").split(query.FACT_SEP)[-1] or _SUBTOTAL
    text = compose.departments_most(f"{_SUBTOTAL}（{col}）", fewest,
                                    [(f["department"], fmt_number(f["number"])) for f in order], order[0]["unit"] or "")
    return FactAnswer("answered", text + _cite(idx, order), order)
