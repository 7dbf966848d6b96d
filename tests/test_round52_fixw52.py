"""Round 52, lane fixw52: a breakdown asked ("X按来源分…") of one row is said not held only when the answer is
that row's one figure; a row split into several columns (上级补助 and 县级安排) is the breakdown itself, never
"只有它的总数".

Fictional table of 青川县 (tests/test_round52_words.py's 专项资金 summary under a two-row header)."""

from __future__ import annotations

import pytest

from tests.conftest import converse, engine_over
from tests.test_round52_words import _special_funds


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    root = tmp_path_factory.mktemp("fixw52")
    docs = root / "docs"
    docs.mkdir()
    _special_funds(docs)
    return engine_over(root / "kb.sqlite", [docs])


@pytest.mark.parametrize("question", ["乡村产业振兴衔接资金按来源分上级补助和县级安排各多少",
                                      "乡村产业振兴衔接资金上级补助和县级安排按来源分别多少"])
def test_a_row_split_into_columns_is_the_breakdown(engine, question):
    a = converse(engine, question)
    assert "只有它的总数" not in a.text
    assert a.status == "answered"
    assert "1000" in a.text and "500" in a.text


def test_one_figure_of_a_row_is_no_breakdown(engine):
    a = converse(engine, "乡村产业振兴衔接资金按乡镇分是多少")
    assert a.status == "unknown"
    assert "只有它的总数" in a.text and "1500" not in a.text
