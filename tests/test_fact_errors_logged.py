"""A failure inside the fact answerer never takes a question down: the typed answer stands, and the error is
logged for the admin (and, through conftest, fails any test that meets one by accident)."""

from __future__ import annotations

import logging

import pytest
from conftest import converse

import bot.answer.facts.turn as facts_turn
from bot.engine import Engine


def _broken(*_args, **_kwargs):
    raise RuntimeError("a bug in a fact step")


@pytest.mark.fact_error_expected
def test_a_failing_fact_step_is_logged_and_the_typed_answer_stands(samples_engine: Engine, monkeypatch, caplog):
    question = "普陀财政局基本支出多少"  # a line of a 决算's table: the fact answerer's to answer
    assert converse(samples_engine, question).status == "answered"
    monkeypatch.setattr(facts_turn, "_after_typed", _broken)
    with caplog.at_level(logging.ERROR, logger="bot.answer.facts.turn"):
        answer = converse(samples_engine, question)
    assert answer.status != "answered"  # the typed reading's own reply, not an error
    assert answer.debug.get("facts_error") == repr(RuntimeError("a bug in a fact step"))
    logged = [r for r in caplog.records if r.name == "bot.answer.facts.turn"]
    assert logged and all(r.exc_info is not None for r in logged)
    assert any(question in r.getMessage() for r in logged)
