"""Rows of a table of banded rows (a group merged down its rows, a band within it: 行政单位 / 11—20人), asked in
staff's words or followed up ("那21到40人呢", "邮电费呢", "那四类乡镇呢"): read by answer/facts/banded_rows.py before
the general reading, which would otherwise take a row by one of its labels only (and answer another column's cell, or
a neighbour's row). What a follow-up carries on from is kept in the session's fact context under "banded"."""

from __future__ import annotations

import weakref

from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, UNKNOWN, Answer
from bot.language.lexicon import KnowledgeBase
from bot.store import queries

# a knowledge base -> whether it holds rows labelled by two parts at all (dropped with the knowledge base)
_HAS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def banded_rows_answered(kb: KnowledgeBase, session: Session, question: str) -> Answer | None:
    """The answer of a table of banded rows the question asks (the session kept for a follow-up), or None."""
    if kb not in _HAS:
        _HAS[kb] = queries.has_grouped_rows(kb.conn)
    if not _HAS[kb]:
        return None
    from bot.answer.facts import banded_rows  # (the facts package stays off a plain question's cold path)
    from bot.answer.facts.index import index_for

    context = session.facts.get("banded") if isinstance(session.facts, dict) else None
    found = banded_rows.answer(index_for(kb), question, context if isinstance(context, dict) else None,
                               lambda text: _projects_said(kb, text))
    if found is None:
        return None
    session.facts = {"banded": found.context} if found.context else {}
    if found.facts:
        session.doc_ids = list(dict.fromkeys(f["document_id"] for f in found.facts))
    session.focus_projects, session.focus_indicators, session.pending = [], [], []
    session.figures.append({})
    status = ANSWERED if found.status == "answered" else UNKNOWN
    return Answer(question, status, found.text, "facts",
                  entities=[{"kind": "fact", "id": f["id"]} for f in found.facts],
                  debug={"settled": True, "banded": True})


def _projects_said(kb: KnowledgeBase, text: str) -> list[str]:
    """The names of projects the knowledge base knows that a text says (法律顾问 of 法律顾问经费)."""
    return [said for _, _, said, refs in kb.lexicon.spans(text) if any(r.kind == "project" for r in refs)]
