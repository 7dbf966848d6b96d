"""A table of items grouped under the unit collecting them (执收单位 merged down its block, a printed 小计 closing each
block, a 合计), two year columns (2025年执行数, 2026年预算数), 增减额 / 增减%, and words (征收依据, 征收标准, 备注):
tests/data/fee58/make_fixture.py, a fictional county's 国有资源（资产）有偿使用收入预算表 (sums by hand there).

A group's amount is its printed 小计 line (水利局: 24 printed, its rows add up to 22); a row's default figure is the
column of the document's year (2026年预算数), never the first money column; the groups ranked by their 小计.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, fixture_script

from bot.engine import Engine

_DATA = Path(__file__).resolve().parent / "data" / "fee58"
_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fee58")
    make_fixture = fixture_script(_DATA)
    path = make_fixture.write_resources(d / make_fixture.RESOURCES.name)
    assert make_fixture.RESOURCES.exists()
    samples = sorted((_ROOT / "tests" / "data" / "samples").glob("*.xlsx"))
    return engine_over(d / "kb.sqlite", [_ROOT / "knowledge", *samples, path])


def _ask(engine: Engine, *turns: str) -> tuple[str, str]:
    a = converse(engine, *turns)
    return a.status, a.text


@pytest.mark.parametrize(("question", "figure", "wrong"), [
    ("交通运输局小计", "197", ("210", "45.5+")),  # the printed 小计 in the document's year, not 2025年执行数
    ("林业局一共多少", "92", ("101",)),
    ("水利局小计", "24", ("22万元",)),  # printed, though its rows add up to 22
    ("交通运输局25年执行数小计", "210", ("197",)),  # a year said: that column
])
def test_a_group_is_its_printed_subtotal(engine: Engine, question: str, figure: str, wrong: tuple[str, ...]) -> None:
    status, text = _ask(engine, question)
    assert status == "answered", text
    assert f"{figure}万元" in text and "小计" in text, text
    assert not any(w in text for w in wrong), text


def test_the_subtotals_change_follows_it(engine: Engine) -> None:
    status, text = _ask(engine, "林业局小计", "增减额呢")
    assert status == "answered" and "-9万元" in text, text
    assert "国有林场" not in text, text  # (the 小计 line's own 增减额, never its rows')


def test_a_row_listed_is_said_in_the_documents_year(engine: Engine) -> None:
    status, text = _ask(engine, "交通运输局有哪些")
    assert status == "answered" and "98万元" in text and "120" not in text, text
    status, text = _ask(engine, "交通运输局有哪些", "第二个多少")
    assert status == "answered" and "98万元" in text and "120" not in text, text


@pytest.mark.parametrize(("question", "best", "figure"), [
    ("哪个执收单位收入最多", "县交通运输局", "197"),
    ("哪个部门最少", "县水利局", "24"),  # by its printed 小计 (its rows add up to 22: still the least)
    ("哪个执收单位25年执行数最多", "县交通运输局", "210"),
])
def test_groups_ranked_by_their_subtotals(engine: Engine, question: str, best: str, figure: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered", text
    assert best in text.splitlines()[0] and f"{figure}万元" in text.splitlines()[0], text


@pytest.mark.parametrize("question", ["县公安局小计", "县交通运输局罚没收入预算"])
def test_what_the_table_does_not_hold(engine: Engine, question: str) -> None:
    status, text = _ask(engine, question)
    assert status != "answered", text
