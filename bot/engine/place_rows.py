"""A follow-up naming a row of another table of the place talked about ("强制免疫和监测经费" of a bureau's 目标表 →
"疫苗采购预计几月": a row of the county's 采购意向表 whose name holds 疫苗采购, its 预计采购时间)."""

from __future__ import annotations

from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, UNKNOWN, Answer
from bot.engine.turn import _restore, _Turn
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact
from bot.language.rules import Rule


def row_of_the_place(kb: KnowledgeBase, rules: list[Rule], session: Session, turn: _Turn, answer: Answer,
                     before: dict) -> Answer | None:
    """The follow-up found nothing in the conversation's tables: asked on its own, it is one row's cell of another
    table of the same place (the county's table, the bureau talked about being of that county, or the bureau's
    own other table) — that cell, its row's full name said. None otherwise (the answer stands)."""
    earlier = Session.from_dict(before)
    talk = list(earlier.talk_departments)
    if answer.status != UNKNOWN or len(talk) != 1 or not earlier.doc_ids or turn.p.has("refer"):
        return None  # ("它的发行时间": the thing talked about, never a row of another table asked alone)
    question, alone = turn.question, Session()
    found = _Turn(kb, rules, alone, question).run()
    docs = {int(s["document_id"]) for s in found.source if s.get("document_id") in kb.documents}
    cells = [e for e in found.entities if e.get("kind") == "fact"]
    if found.status != ANSWERED or found.intent != "facts" or len(cells) != 1 or not docs \
            or docs & set(earlier.doc_ids) or not all(_same_place(kb.documents[d]["department_name"], talk[0]) for d in docs) \
            or not _row_named(compact(question), str(cells[0].get("name") or "")):
        return None
    build = session.build_id  # (the knowledge base the session was made over: a fresh session has none yet)
    _restore(session, alone.to_dict())
    session.build_id = build
    return found


def _row_named(said: str, cell: str) -> bool:
    """Does the question say three characters or more of the cell's row name (疫苗采购 of …强制免疫疫苗采购), not
    only of its column (预计采购时间)?"""
    row, _, column = cell.rpartition(" ")
    return any(said[i:i + 3] in row and said[i:i + 3] not in column for i in range(len(said) - 2))


def _same_place(department: str, talked: str) -> bool:
    """The same department, or one the other's name starts with (常山县 publishing for 常山县农业农村局)."""
    return department == talked or talked.startswith(department) or department.startswith(talked)
