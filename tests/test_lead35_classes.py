"""Round 35, the lead's own class: a choice kept for the next turn is only one the user was shown.

The typed reading of a question may end "unknown" with up to three suggestions, kept as the session's pending
choice (a reply "1" or a button asks it); when the fact answerer then answers the question, those suggestions are
never shown, and a bare "1" on the next turn asked one of them (an indicator the user never saw)."""

from __future__ import annotations

from bot.dialogue.session import Session
from bot.engine import Engine


def test_suggestions_never_shown_are_not_kept(samples_engine: Engine) -> None:
    session = Session()
    answer = samples_engine.ask("湛江人社局的基本支出预算数", session, record=False)
    assert answer.status == "answered" and "10891.62" in answer.text, answer.text
    assert answer.options == [] and session.pending == [], [f.label for f in session.pending]
    reply = samples_engine.ask("1", session, record=False)
    assert "预算执行率" not in reply.text, reply.text

