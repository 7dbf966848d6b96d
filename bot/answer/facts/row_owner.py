"""Whose a row just answered is ("是哪个部门的", "归哪个科室管", "谁负责的"): the row's own cell under its organisation
column (主管部门, 主管科室, 责任单位) in a general table, never the department whose table it is.

An evaluation summary or a list of special funds of one department prints, per row, the bureau or office that
runs it. Asked right after a row of such a table, "是哪个部门的" asks that cell; a row without such a column is
left to the rest of the engine (the table's department).
"""

from __future__ import annotations

from bot.answer import compose
from bot.answer.facts.question import FactAnswer
from bot.answer.facts.values import _cite, _own_col
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.asking import words as asking_words
from bot.language.normalize import compact, normalize
from bot.store import queries as query

_WHOSE = re.compile(
    r"(?:那|那么)?(?:它|这个|这项|这个项目|该项目|这笔钱|这笔资金|这个专项)?(?:是|归|属于|由)?"
    r"(?:(?:哪个|哪一个|哪家|什么)(?P<kind>部门|单位|科室|处室)(?:的|管的?|负责的?|主管的?)?"
    r"|谁(?:负责|管|主管)的?)(?:呢|啊)?")
# The headers each kind said may be printed under; 谁负责 any of them.
_HEADS = {"部门": ("部门",), "单位": ("单位",), "科室": ("科室", "处室"), "处室": ("处室", "科室")}
_FIRST = Words("row_owner", "^(?:{first_heads})")


def _heads(name: str) -> tuple[str, ...]:
    """One list of the reader's words ([asking_words.row_owner])."""
    return asking_words().get("row_owner", {}).get(name, ())




def _owner_cell(idx, f: dict, words: tuple[str, ...]) -> dict | None:
    """The row's text cell under a column whose header has one of the words (主管 first), or None."""
    cells = [dict(c) for c in query.facts_of_row(idx.conn, f["document_id"], f["sheet"], f["line"], f["page"] or 0)]
    held = [c for c in cells if c["number"] is None and (c["value"] or "").strip() and c["col_labels"]
            and any(w in _own_col(c) for w in words) and len(compact(c["value"])) <= 20]
    held.sort(key=lambda c: not _FIRST.search(_own_col(c)))
    return held[0] if held else None


# "冷链物流中心谁负责", "清溪河生态修复归谁管": a row named, then whose it is asked (谁 alone: the words of its own
# ask never name a column, so the row's organisation cell is the one asked).
_NAMED_WHOSE = Words("row_owner", r"^(?P<row>[\u4e00-\u9fffA-Za-z0-9（）()“”\"]{2,40}?)(?:的)?(?:是|归|由)?"
                                   r"谁(?:来)?(?:{whose_verbs})的?(?:呢|啊)?$")


def of_row_named(idx, answerer, question: str, context: dict | None) -> FactAnswer | None:
    """"冷链物流中心谁负责": the one row the words before the ask name (as the labels read them), and its cell
    under its organisation column (责任单位, 主管部门, 实施单位); None unless one row of such a table is named."""
    m = _NAMED_WHOSE.search(compact(normalize(question)))
    if m is None:
        return None
    found = answerer.answer(m.group("row"), None, context)
    if found is None or found.status != "answered" or not found.facts:
        return None
    rows = {(f["document_id"], f["sheet"] or "", f["line"], f["page"] or 0): f for f in found.facts
            if f["line"] and f["row_labels"]}
    if len(rows) != 1:
        return None
    f = next(iter(rows.values()))
    cell = _owner_cell(idx, f, _heads("owner_heads"))
    if cell is None:
        return None
    pairs = [(f["row_labels"].split(query.FACT_SEP)[-1].strip(), (cell["col_labels"] or "").split(query.FACT_SEP)[-1].strip(),
              cell["value"].strip())]
    return FactAnswer("answered", compose.row_owners(pairs) + _cite(idx, [cell]), [cell])


def answer(idx, question: str, context: dict | None) -> FactAnswer | None:
    """The organisation cell of each row the last answer showed (one row or a few), when the question asks only
    whose the row is."""
    m = _WHOSE.fullmatch(compact(normalize(question)))
    ids = list((context or {}).get("last") or (context or {}).get("shown") or ())[:8]
    if m is None or not ids:
        return None
    words = _HEADS.get(m.group("kind") or "") or _heads("whose_heads")
    rows: dict[tuple, dict] = {}
    for f in idx.facts(ids):
        if f["line"] and f["row_labels"]:
            rows.setdefault((f["document_id"], f["sheet"] or "", f["line"], f["page"] or 0), f)
    if not rows or len(rows) > 4:
        return None
    owners = [(f, _owner_cell(idx, f, words)) for f in rows.values()]
    if any(cell is None for _, cell in owners):
        return None  # a row with no such column: whose table it is, the rest of the engine says
    pairs = [(f["row_labels"].split(query.FACT_SEP)[-1].strip(), (c["col_labels"] or "").split(query.FACT_SEP)[-1].strip(),
              c["value"].strip()) for f, c in owners if c is not None]
    cells = [c for _, c in owners if c is not None]
    return FactAnswer("answered", compose.row_owners(pairs) + _cite(idx, cells), cells)


# "那这家单位的支出预算一共多少呢" right after a row's organisation cell: that organisation, said by the pointer.
_UNIT_POINTED = Words("row_owner", r"^(?:那|那么)?(?:{pointers})(?:{pointed})(?:的)?(?P<rest>.{2,})$")
_OWNER_HEAD = Words("row_owner", "{owner_heads}|{unit_heads}")


def unit_pointed(idx, question: str, context: dict | None) -> tuple[str, str] | None:
    """"那这家单位的支出预算一共多少呢" after "实施单位是谁" answered 县卫生健康局: the question again of the loaded
    department that cell names (青岚县卫生健康局, of the place whose table it is) and the rest of the question, or ("",
    the organisation) when no loaded department is it; None unless the last answer was one organisation cell."""
    m = _UNIT_POINTED.search(compact(normalize(question)))
    ids = list((context or {}).get("last") or ())
    if m is None or len(ids) != 1 or (own := _ITS_OWN_BUDGET.search(m.group("rest"))) is None:
        return None  # (what its rows of this table add up to, "这个部门一共多少", is the class's: groups.py)
    f = idx.facts(ids)[0]
    value = compact(f["value"] or "")
    if f["number"] is not None or not _OWNER_HEAD.search(_own_col(f)) or not 3 <= len(value) <= 20 \
            or any(own.group() in k for k in idx.doc_rows_and_cols(f["document_id"])[1]):
        return None  # (a column of the table itself asked: its rows', read by the rest of the engine)
    place = idx.docs[f["document_id"]].department if f["document_id"] in idx.docs else ""
    depts = {d for form in idx.dept_forms_said(value) if len(form) >= 3 and value.endswith(form)
             for d in idx.dept_forms.get(form, ()) if compact(d).endswith(form) and place and compact(d).startswith(
                 compact(place)[:2])}
    if len(depts) > 1:
        return None
    # (an organisation no table of which is loaded: ("", its name) — never the plan's own words read for it)
    if depts:
        return next(iter(depts)), m.group("rest")
    return "", (f["value"] or "").strip()  # (its own budget asked of an organisation no table of which is loaded)


_ITS_OWN_BUDGET = Words("row_owner", "{own_budget}")
