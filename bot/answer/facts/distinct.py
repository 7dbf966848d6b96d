"""How many different values a text column of a general table holds ("一共涉及几个主管部门", "有几个科室").

A general table (an evaluation summary, a list of special funds) prints a text column that sorts its rows: 主管部门,
主管科室, 评价方式. "几个主管部门" asks how many different values that column holds, not how many departments are
loaded: the column is the one whose header is the word said (or ends with it, 科室 of 主管科室), in the tables of the
department named, else in the one table that has such a column (in several tables: not answered here).
"""

from __future__ import annotations

from bot.answer import compose
from bot.answer.facts.question import FactAnswer, _departments_in
from bot.answer.facts.values import _cite
from bot.language import lazyre as re
from bot.language.normalize import compact, normalize

# "几个主管部门" at the end of a question, or "主管部门有几个" / "主管部门一共多少个".
_AFTER = re.compile(r"(?:几|多少)(?P<cl>个|种|家)(?:不同的?)?(?P<head>[\u4e00-\u9fff]{2,8})$")
_BEFORE = re.compile(r"^(?:[\u4e00-\u9fff]*?的)?(?P<head>[\u4e00-\u9fff]{2,8}?)(?:一共|总共|共)?(?:有|涉及)?(?:几|多少)(?P<cl>个|种|家)$")
_TAIL = re.compile(r"(?:呢|啊|呀|吗|[？?。！!，,])+$")
# Words naming the kind of row a question counts (项目, 部门 …): a column is named by them only when its header is
# the word itself ("有几个部门" counts the departments loaded, never the values of a 主管部门 column).
_ROW_KINDS = frozenset({"项目", "专项", "资金", "指标"})


def head_asked(question: str) -> tuple[str, str]:
    """The column header a question counts the values of ("主管部门") and the measure word said (个, 种), or ("", "")."""
    text = _TAIL.sub("", compact(normalize(question)))
    m = _AFTER.search(text) or _BEFORE.match(text)
    return (m.group("head"), m.group("cl")) if m else ("", "")


def _columns(idx, head: str, docs: set[int] | None) -> dict[tuple[int, str], list[int]]:
    """The text columns (document, header) whose header is the word said or ends with it, and their cells."""
    whole_only = head in idx.entity_kinds or head in _ROW_KINDS
    if whole_only and docs is None:
        return {}  # "有几个部门": the departments loaded, unless a department's own column is asked
    out: dict[tuple[int, str], list[int]] = {}
    for (doc, col), fids in idx.text_columns.items():
        if docs is not None and doc not in docs:
            continue
        if col == head or not whole_only and col.endswith(head) and len(col) - len(head) <= 4:
            out[(doc, col)] = fids
    return out


def answer(idx, question: str) -> FactAnswer | None:
    """The count and list of a column's different values, when the question asks it of one table's column."""
    head, measure = head_asked(question)
    if not head:
        return None
    named = _departments_in(compact(normalize(question)), idx)
    docs = {d for dept in named for d in idx.dept_docs.get(dept, ())} if named else None
    columns = _columns(idx, head, docs)
    if len({doc for doc, _ in columns}) != 1 or len(columns) != 1:
        return None  # no such column, or several tables (or columns) have one: not this question's reading
    (_, col), fids = next(iter(columns.items()))
    facts = idx.facts(fids)
    values = list(dict.fromkeys(compact(f["value"]) for f in facts if f["value"]))
    if len(values) < 2:
        return None
    firsts: dict[str, dict] = {}
    for f in facts:
        firsts.setdefault(compact(f["value"]), f)
    return FactAnswer("answered", compose.distinct_values(col, values, measure) + _cite(idx, list(firsts.values())),
                      facts=list(firsts.values()))
