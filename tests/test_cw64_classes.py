"""Confident wrong answers over the dev sets (cw64), removed by class, on tables made here (tests/data/cw64/).

Class 1: a year asked of a department's project total that its project table is not of, another table of it (an
allocation table printing a 2024年分配数 column) holding that year: "岭溪应急局2024年项目支出合计" answered the 2025
total. The total is of its table's year: that year's total is not held (unknown), never another line of the year.

Class 2: money asked of a row where the words fit only a count ("青溪镇山塘水库的资金有多少" of its 山塘水库（座）, an
allocation factor): the count was given as the answer. No amount is held: said so.

Class 3: a rate carried over to a subject whose tables hold no such rate ("应急局项目支出执行率" → "那防汛抢险中心的项目支出
呢": the 按支出类型 sheet stops at departments) answered the unit's money. Said so (unknown)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, UNKNOWN, Engine

DATA = Path(__file__).resolve().parent / "data" / "cw64"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("cw64") / "kb.sqlite", [DATA])


def test_a_total_of_a_year_its_project_table_is_not_of_is_not_held(engine: Engine) -> None:
    a = converse(engine, "岭溪应急局2024年项目支出合计")
    assert a.status == UNKNOWN and "2024年" in a.text, a.text
    assert "420" not in a.text and "280" not in a.text  # neither the 2025 total nor the 分配表's 2024 合计
    a = converse(engine, "岭溪应急局2025年项目支出合计")
    assert a.status == ANSWERED and "420.00" in a.text, a.text
    a = converse(engine, "岭溪应急局项目支出合计")
    assert a.status == ANSWERED and "420.00" in a.text, a.text
    # the allocation table's own 2024 column is still read when its words are said
    a = converse(engine, "青溪镇2024年分配数")
    assert a.status == ANSWERED and "120" in a.text, a.text


def test_money_asked_of_a_count_is_not_the_count(engine: Engine) -> None:
    for q in ("青溪镇山塘水库的资金有多少", "石门镇山塘水库分了多少钱", "青溪镇的钱里面用于山塘水库的有多少"):
        a = converse(engine, q)
        assert a.status == UNKNOWN, (q, a.text)
        assert "12座" not in a.text and "15座" not in a.text, a.text
    a = converse(engine, "青溪镇山塘水库有几座")  # the count asked is still the count
    assert a.status == ANSWERED and "12" in a.text, a.text
    a = converse(engine, "青溪镇分了多少钱")  # the row's money is still its money
    assert a.status == ANSWERED and "130" in a.text, a.text


def test_a_rate_carried_to_a_unit_without_it_is_not_its_money(engine: Engine) -> None:
    a = converse(engine, "应急局项目支出执行率")
    assert a.status == ANSWERED and "70.95%" in a.text, a.text
    a = converse(engine, "应急局项目支出执行率", "那防汛抢险中心的项目支出呢")
    assert a.status == UNKNOWN and "执行率" in a.text, a.text
    assert "160" not in a.text
    # a rate the unit has (按部门) is still given, and another department's same rate
    a = converse(engine, "防汛抢险中心的执行率")
    assert a.status == ANSWERED and "87.00%" in a.text, a.text
    a = converse(engine, "应急局项目支出执行率", "那水利局的呢")
    assert a.status == ANSWERED and "75.00%" in a.text, a.text
