"""Confident wrong answers over the dev sets (cw58), removed by class, on a table made here (tests/data/cw58/).

Class: a money word said after an indicator's words, read as that indicator. "茶农技术培训费" matched the
indicator 茶农技术培训人次 (培训 said, 费 not) and answered "≥3000人次": the cost of the training was asked,
and a count of people is no answer to it. Now the bot says the indicator is no amount (unknown), keeping
the indicator for a next "培训多少人次"."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, UNKNOWN, Engine

DATA = Path(__file__).resolve().parent / "data" / "cw58"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("cw58") / "kb.sqlite", [DATA])


def test_a_cost_said_after_an_indicators_words_is_not_its_measure(engine: Engine) -> None:
    for q in ("果农技术培训费", "果农技术培训费多少"):
        a = converse(engine, q)
        assert a.status == UNKNOWN, a.text
        assert "1200" in a.text and "不是金额" in a.text  # the indicator found is named, never given as the cost
    # the indicator itself is still answered, and stays the subject of a next question
    a = converse(engine, "果农技术培训人次指标值")
    assert a.status == ANSWERED and "≥1200人次" in a.text
    a = converse(engine, "果农技术培训费多少", "培训多少人次")
    assert a.status == ANSWERED and "≥1200人次" in a.text, a.text

