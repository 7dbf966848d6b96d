""""哪几个表有养殖户满意度": every table holding the indicator asked, a 自评表's indicator row (年度指标值, 实际完成值)
beside the projects' indicators the typed answer lists — never the projects' tables only."""

from __future__ import annotations

from collections import defaultdict

from bot.answer import compose
from bot.dialogue.values import ANSWERED, Answer
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact
from bot.store import queries as query

_WHICH_TABLES = Words("tables_holding", "{which_tables}")
_SCORE = re.compile(r"分值|得分|权重")


def _rows_named(kb: KnowledgeBase, name: str, besides: set[int]) -> dict[tuple[int, str, int], list[dict]]:
    """The fact rows whose own label is the name, of tables other than those listed: (table, sheet, line) → facts."""
    from bot.answer.facts import index_for  # (the fact index: only for this kind of question)

    ids = list(index_for(kb).label_facts.get(compact(name), ()))[:200]
    rows: dict[tuple[int, str, int], list[dict]] = defaultdict(list)
    for fact in query.fact_dicts_by_id(kb.conn, ids):
        labels = str(fact["row_labels"] or "").split(query.FACT_SEP)
        if fact["document_id"] not in besides and labels and compact(labels[-1]) == compact(name):
            rows[(fact["document_id"], str(fact["sheet"] or ""), int(fact["line"] or 0))].append(fact)
    return rows


def _line_of(kb: KnowledgeBase, name: str, where: tuple[int, str, int], facts: list[dict]) -> str:
    doc = kb.documents[where[0]]
    values = [(str(f["col_labels"] or "").split(query.FACT_SEP)[-1], str(f["value"])) for f in facts]
    shown = [(c, v) for c, v in values if c and not _SCORE.search(c)]
    source = {"file_name": doc.get("file_name") or "", "line": where[2] or None, "page": None,
              "department_name": doc["department_name"], "form": doc.get("form"), "year": doc.get("year")}
    table = compose.table_name(doc["department_name"], doc.get("form"), doc.get("year"))
    return compose.row_of_table_holding(table, name, shown, compose.source_note(source))


def tables_holding(kb: KnowledgeBase, question: str, answer: Answer) -> Answer:
    """An indicator listed by the tables holding it: the 自评表 rows of the same name added, each with its own values
    and source. The answer as it was otherwise (no such question, several names listed, no other row)."""
    if answer.status != ANSWERED or not _WHICH_TABLES.search(compact(question)):
        return answer
    names = {str(e.get("name")) for e in answer.entities if e.get("kind") == "indicator"}
    if len(names) != 1:
        return answer
    (name,) = names
    besides = {kb.projects[e["id"]].document_id for e in answer.entities
               if e.get("kind") == "project" and e.get("id") in kb.projects}
    rows = _rows_named(kb, name, besides)
    lines = [_line_of(kb, name, where, facts) for where, facts in sorted(rows.items())]
    lines = [ln for ln in lines if ln]
    if not lines:
        return answer
    answer.text = "\n".join([answer.text, *lines])
    return answer
