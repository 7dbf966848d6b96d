"""One department's 项目支出 when it has both a department-level table printing it ("教育局项目支出合计多少":
the 部门收支预算总表's 支出合计 row, 项目支出 column) and tables listing its projects (a 项目支出预算明细表's 小计,
a 绩效目标表's 总计): the department table's line is its 项目支出; the projects listed elsewhere are added
beside it when their sum differs — never one of the two silently."""

from __future__ import annotations

from bot.answer import compose
from bot.dialogue import figures
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, Answer
from bot.engine.names import _said_departments
from bot.engine.wholes import _KIND_ALONE, _kind_said, _nothing_else, part_in_whole_row
from bot.language import lazyre as re
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, format_amount, normalize
from bot.language.rules import Rule
from bot.store import queries as query

KIND = "项目支出"
_IN_WAN = {"万元": 1.0, "元": 0.0001, "千元": 0.1, "亿元": 10000.0}
_TOTAL_WORDS = ["合计", "总计", "一共", "总共", "总额", "总数"]


def _asked_department(kb: KnowledgeBase, session: Session, question: str) -> str | None:
    """The department whose 项目支出 alone is asked: named ("教育局项目支出合计多少"), or the conversation's one
    department with the kind said alone ("项目支出呢"); None for any other question."""
    norm = compact(normalize(question)).rstrip("？?。")
    said = _kind_said(kb, norm)
    if said is None or said[0] != KIND:
        return None
    named = list(dict.fromkeys(_said_departments(kb, norm)))
    if len(named) == 1 and _nothing_else(kb, norm, [said[1], *_TOTAL_WORDS]):
        return named[0]
    talk = list(session.talk_departments)
    if not named and len(talk) == 1 and (k := _KIND_ALONE.fullmatch(norm)) is not None and k.group("kind") == said[1] \
            and not _of_a_unit_row(kb, session):
        return talk[0]
    return None


def _of_a_unit_row(kb: KnowledgeBase, session: Session) -> bool:
    """The last answer was a unit's row of a table of units ("经管中心一般公共预算多少", its 单位名称 row of a
    分单位汇总 sheet): a kind said alone next is that unit's column, not the department's whole."""
    # (the fact answerer's modules: never imported on a plain question's path)
    from bot.answer.facts.common import is_unit_row

    last = (session.facts or {}).get("last") or []
    rows = query.facts_by_id(kb.conn, last[:20]) if last else []
    return bool(rows) and all(is_unit_row(r) and not re.search(r"合计|总计", r["row_labels"] or "") for r in rows)


def _listed_elsewhere(kb: KnowledgeBase, dept: str, printed_in: int) -> list[tuple[str, float]]:
    """The department's projects as its other tables add them up (a 明细表's 小计, a project table's 总计), in 万元."""
    found = []
    for doc_id in kb.documents_of_departments([dept]):
        doc = kb.documents[doc_id]
        if doc_id == printed_in:
            continue
        name = compose.table_name(dept, doc.get("form"), doc.get("year"))
        if doc.get("total") is not None and doc.get("layout") != "department-targets" \
                and query.project_count(kb.conn, [doc_id]):
            found.append((name, float(doc["total"]) * _IN_WAN.get(doc.get("unit") or "万元", 1.0)))
        elif (row := query.department_subtotal(kb.conn, doc_id)) is not None and row["unit"] in _IN_WAN:
            found.append((name, float(row["number"]) * _IN_WAN[row["unit"]]))
    return found


def project_spending(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                     depts: list[str]) -> Answer | None:
    """The department's 项目支出 as its department-level table prints it in its whole's row, cited, with the
    projects its other tables list beside it when they add up to another figure; None when no table of the
    department prints it so, or when nothing else of its lists the projects (its own reading answers)."""
    dept = _asked_department(kb, session, question)
    if dept is None:
        return None
    printed = part_in_whole_row(kb, dept, KIND)
    if printed is None:
        return None
    figure, line = printed
    value = figure["value"] * _IN_WAN.get(figure["unit"], 1.0)
    elsewhere = [(name, v) for name, v in _listed_elsewhere(kb, dept, int(figure.pop("document")))
                 if abs(v - value) >= 0.005]
    if not elsewhere:
        return None
    text = compose.project_spending_beside(line, [(name, format_amount(v, "万元")) for name, v in elsewhere])
    answer = Answer(question, ANSWERED, text, "combine", rows=[figure])
    figures.remember(session, answer, depts)
    session.talk_departments = [dept]
    return answer
