"""Every loaded department's whole budget side by side, no department named: "哪个部门总预算最多",
"四个部门里谁总预算最大", "部门收支总表里哪个部门预算最少", "各部门总预算分别多少". A department's whole is what
one of its department-level tables prints as its whole spending (a 部门收支预算总表's 支出合计, a 决算's
本年支出合计, a 部门整体 table's 部门预算支出); a project table's 总计 is its projects' only and is never ranked
with wholes. Only figures alike are compared — wholes of budgets (not final accounts, unless 决算 is said) of
one year — and the answer says which figure it compared; the departments left out are named with why."""

from __future__ import annotations

from dataclasses import dataclass

from bot.answer import compose
from bot.dialogue import figures
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, Answer
from bot.engine.names import _said_departments
from bot.engine.wholes import WHOLE, _kind_said
from bot.language import lazyre as re
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, format_amount, normalize
from bot.language.rules import Rule
from bot.store import queries as query

# How many 万元 one of each money unit is: wholes printed in 元 and in 万元 are compared in 万元.
_IN_WAN = {"万元": 1.0, "元": 0.0001, "千元": 0.1, "亿元": 10000.0}
# A table said by its kind ("部门收支总表里"): the departments compared are those with a table of that kind.
_TABLE_SAID = re.compile(r"(?P<table>[\u4e00-\u9fff]{2,12}?表)(?:里面|里|中|上|内)")
# What is left of such a question once its whole and its table are taken out: whose is the most (least),
# the n-th, or each one's.
_RANKED = re.compile(
    r"(?:在)?(?:各|所有|全部|这些|这几个|[两三四五六七八九十几]个)?(?:部门|单位|局)?(?:里|中|之中|当中|里面)?"
    r"(?:哪个|哪一个|哪家|谁|什么)?(?:部门|单位|局)?(?:的)?"
    r"(?:(?P<most>最)|(?:排)?第(?P<nth>[一二三四五六七八九十\d]{1,2})(?:名|位)?)(?P<word>多|少|大|小|高|低)?"
    r"(?:的)?(?:是)?(?:部门|单位|局)?(?:是)?(?:哪个|哪一个|哪家|谁|什么)?(?:部门|单位)?(?:呢|啊)?")
_EACH = re.compile(r"(?:各|每个)(?:部门|局)(?:的)?(?:分别|各自|各)?(?:是)?(?:多少|几多)(?:钱)?(?:呢)?")
_FEWEST = ("少", "小", "低")
# Departments asked of by that word, whichever is the most ("哪个部门", "谁…部门预算", "各部门").
_DEPARTMENTS_ASKED = re.compile(r"部门|局")  # (单位: the units of a department, not it)
# A department's money said plainly ("哪个部门钱最多"): its whole budget, when nothing else is said of it.
_MONEY = ("钱", "经费", "预算", "资金")
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


@dataclass(frozen=True)
class Whole:
    """One department's whole as one of its tables prints it, in 万元."""
    department: str
    label: str
    value: float
    year: int | None
    final: bool  # a final account's (决算) rather than a budget's
    source: str


def _asked(kb: KnowledgeBase, question: str) -> tuple[str, int, str] | None:
    """("most" | "each", the place asked (1 the first), the table said) of a question over every department's
    whole budget naming no department; None for any other question."""
    norm = compact(normalize(question)).rstrip("？?。")
    said = _kind_said(kb, norm) or next(((WHOLE, w) for w in _MONEY if w in norm), None)
    if said is None or said[0] != WHOLE or not _DEPARTMENTS_ASKED.search(norm):
        return None  # ("钱最少的是哪个": a project, no department asked)
    rest = norm.replace(said[1], "", 1)
    table = ""
    if (t := _TABLE_SAID.search(rest)) is not None:
        table, rest = t.group("table"), rest[:t.start()] + rest[t.end():]
    each = _EACH.fullmatch(rest) is not None
    m = None if each else _RANKED.fullmatch(rest)
    if not each and (m is None or not (m.group("most") and m.group("word") or m.group("nth"))):
        return None
    # (a department named: its own figure is asked. Looked for last, the dearest step: only a question worded as
    # a ranking is read for the departments it names, not every question asked)
    if _said_departments(kb, norm):
        return None
    if each or m is None:
        return "each", 1, table
    nth = int(m.group("nth")) if (m.group("nth") or "").isdigit() else _DIGITS.get(m.group("nth") or "一", 0)
    fewest = m.group("word") in _FEWEST
    return ("fewest" if fewest else "most"), nth, table


def _of_table(form: str, table: str) -> bool:
    """Whether a table's kind is the one said, its characters in order ("部门收支总表" of 部门收支预算总表)."""
    left = iter(form)
    return all(c in left for c in table.removesuffix("表")) and form.endswith("表")


def _whole_of_document(kb: KnowledgeBase, doc_id: int) -> Whole | None:
    """A document's whole spending, when it is a department-level table printing one."""
    doc = kb.documents[doc_id]
    form = str(doc.get("form") or "")
    final = "决算" in form or "决算" in str(doc.get("title") or "")
    if doc.get("layout") == "department-targets" and doc.get("total") is not None:
        where = compose.table_name(doc["department_name"], form, doc.get("year"))
        return Whole(doc["department_name"], "部门预算支出", float(doc["total"]) * _IN_WAN.get(doc["unit"] or "万元", 1.0),
                     doc.get("year"), final, where)
    row = query.printed_spending_total(kb.conn, doc_id)
    unit = (row["unit"] if row is not None else "") or doc.get("unit") or ""
    if row is None or unit not in _IN_WAN:
        return None
    label = row["row_labels"] if row["row_labels"] not in ("合计", "总计") else row["col_labels"]
    where = "，".join(x for x in (f"{doc['file_name'] or ''} {compose.spot(row['page'], row['sheet'], row['line'])}".strip(),
                                  compose.table_name(doc["department_name"], form, doc.get("year"))) if x)
    return Whole(doc["department_name"], str(label), float(row["number"]) * _IN_WAN[unit], doc.get("year"), final, where)


def _wholes(kb: KnowledgeBase, table: str) -> tuple[list[Whole], list[str]]:
    """Each department's wholes (of the tables of the kind said, when one is), and the departments with none."""
    found: list[Whole] = []
    lacking: list[str] = []
    for doc_id, doc in kb.documents.items():
        if table and not _of_table(str(doc.get("form") or ""), table):
            continue
        whole = _whole_of_document(kb, doc_id)
        if whole is not None and not any(w.department == whole.department and w.year == whole.year
                                         and w.final == whole.final for w in found):
            found.append(whole)
        elif whole is None and not table:
            lacking.append(doc["department_name"])
    held = {w.department for w in found}
    names = {d["department_name"] for d in kb.documents.values()}
    # (a place's table of its departments, "桐庐县", is none of the departments)
    return found, list(dict.fromkeys(d for d in lacking if d not in held
                                     and not any(o != d and o.startswith(d) for o in names)))


def _alike(found: list[Whole], final: bool, year: int | None) -> tuple[list[Whole], list[Whole]]:
    """The wholes compared (of budgets, or final accounts when said; of the year said, else the year most
    departments have, the latest of equals) and the others."""
    kind = [w for w in found if w.final == final]
    years = [w.year for w in kind]
    if year is None and years:
        year = max(set(years), key=lambda y: (years.count(y), y or 0))
    kept = [w for w in kind if w.year == year]
    return kept, [w for w in found if w not in kept]


def departments_ranked(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                       depts: list[str]) -> Answer | None:
    """Every department's whole budget ranked (the n-th named first) or listed, like with like; None unless the
    question asks only that, or fewer than two departments' wholes are alike."""
    asked = _asked(kb, question) or _place_of_last(kb, session, question)
    if asked is None:
        return None
    op, nth, table = asked
    question_asked = question
    if _asked(kb, question) is None:  # "第二个呢": the ranking just shown, its place now said
        question = str(session.figures[-1].get("asked") or "")
    norm = compact(normalize(question))
    years = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", norm)]
    found, lacking = _wholes(kb, table)
    kept, others = _alike(found, "决算" in norm, years[0] if years else None)
    if len(kept) < 2 or nth > len(kept):
        return None
    order = sorted(kept, key=lambda w: w.value, reverse=op != "fewest") if op != "each" else kept
    labels = "、".join(dict.fromkeys(w.label for w in order))
    basis = compose.whole_basis(labels, order[0].year, order[0].final)
    lines = [(w.department, format_amount(w.value, "万元"), w.source) for w in order]
    left = [(w.department, f"{f'{w.year}年' if w.year else ''}{'决算' if w.final else '预算'} {w.label} "
                            f"{format_amount(w.value, '万元')}")
            for w in others]
    if op == "each":
        text = compose.wholes_listed(basis, lines, left, lacking)
    else:
        text = compose.wholes_ranked(basis, op == "fewest", nth, lines, left, lacking)
    rows = [{"label": w.department, "value": round(w.value, 2), "unit": "万元", "department": w.department}
            for w in order]
    session.talk_departments = [w.department for w in order]
    # (the ranking asked is kept with its place's figure: "第二个呢" next asks it again of that place)
    figures.remember(session, Answer(question, ANSWERED, "", "", rows=[rows[min(nth, len(rows)) - 1]]), depts)
    answer = Answer(question_asked, ANSWERED, text, "combine", rows=rows)
    figures.keep_list(session, answer)
    return answer


# "第二个呢", "最少的呢", "第三名是哪个": another place of the ranking just shown.
_PLACE = re.compile(r"(?:那|那么)?(?:(?:排)?第(?P<nth>[一二两三四五六七八九十\d]{1,2})(?:个|名|位|家|多|大)?|最(?P<end>多|少|大|小|高|低))"
                    r"(?:的)?(?:部门)?(?:是哪个|是哪一个|是谁|是哪家|呢|是多少)*")


def _place_of_last(kb: KnowledgeBase, session: Session, question: str) -> tuple[str, int, str] | None:
    """A place of the whole ranking just shown, asked alone: its order and table kept, the place said now."""
    m = _PLACE.fullmatch(compact(normalize(question)).rstrip("？?。"))
    last = _asked(kb, str(session.figures[-1].get("asked") or "")) if m and session.figures else None
    if m is None or last is None or last[0] == "each":
        return None
    op, _, table = last
    if m.group("end"):
        return ("fewest" if m.group("end") in _FEWEST else "most"), 1, table
    nth = m.group("nth")
    return op, int(nth) if nth.isdigit() else _DIGITS.get(nth, 0), table
