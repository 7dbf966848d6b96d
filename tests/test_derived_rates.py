"""Rates a table does not print but its columns give: 到位率 is what is in place over what was set (实有 over
核定 of a staffing table, 到位 over 预算 of funds), like 执行率 and 完成率; 环比 after two periods is the later over
the earlier. Asked of a table with no line named,
the rate is the table's whole (its 合计 row), never the first few lines with the whole cut off."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

_STAFF = [("局机关", 38, 35), ("执法大队", 50, 44), ("检测站", 21, 21), ("服务中心", 12, 9), ("合计", 121, 109)]
_FUNDS = [("河道整治", 800, 640), ("水库除险", 300, 300), ("合计", 1100, 940)]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:

    d = tmp_path_factory.mktemp("rate_tables")
    simple_table(d / "bianzhi.xlsx", "编制", "柘溪县自然资源局2025年编制及实有人员统计表", "C2", "单位：人",
                 ["单位名称", "核定编制数", "实有人数"], _STAFF)
    simple_table(d / "zijin.xlsx", "资金", "柘溪县水利局2025年专项资金到位情况表", "C2", "单位：万元",
                 ["项目名称", "预算数", "到位资金"], _FUNDS)
    return engine_over(tmp_path_factory.mktemp("rate_db") / "kb.sqlite", [d])


def _pct(done: float, plan: float) -> str:
    return f"{done / plan * 100:.2f}%"


def test_staffing_in_place_over_set_is_the_whole_tables_rate(engine):
    _, plan, done = _STAFF[-1]
    a = converse(engine, "柘溪县自然资源局编制到位率多少")
    assert a.status == "answered", a.text
    first = a.text.splitlines()[0]
    assert _pct(done, plan) in first
    assert all(_pct(d, p) not in first for _, p, d in _STAFF[:-1] if _pct(d, p) != _pct(done, plan))


def test_one_units_rate_is_its_own_row(engine):
    name, plan, done = _STAFF[3]
    a = converse(engine, f"柘溪县自然资源局{name}编制到位率")
    assert a.status == "answered" and _pct(done, plan) in a.text and name in a.text, a.text


def test_funds_in_place_over_the_budget(engine):
    name, plan, done = _FUNDS[0]
    a = converse(engine, f"柘溪县水利局{name}资金到位率")
    assert a.status == "answered" and _pct(done, plan) in a.text, a.text


# The last column is the change on the same quarters of last year (同比): not the change between quarters.
_QUARTERS = [("人员经费", 310000, 298000, 305000, "4.10%"), ("公用经费", 82000, 96500, 88000, "-2.30%"),
             ("合计", 392000, 394500, 393000, "2.70%")]


@pytest.fixture(scope="module")
def quarters(tmp_path_factory) -> Engine:

    d = tmp_path_factory.mktemp("quarter_tables")
    simple_table(d / "jidu.xlsx", "执行", "柘溪县林业局2025年分季度支出情况表", "D2", "单位：元",
                 ["项目", "一季度支出", "二季度支出", "三季度支出", "同比增减率"], _QUARTERS)
    return engine_over(tmp_path_factory.mktemp("quarter_db") / "kb.sqlite", [d])


@pytest.mark.parametrize("asked", ["环比增长多少", "环比呢", "环比增长了百分之几", "增长了百分之几", "增长率"])
def test_quarter_on_quarter_after_two_periods_is_the_later_over_the_earlier(quarters, asked):
    name, q1, q2, _, _ = _QUARTERS[1]
    a = converse(quarters, f"柘溪县林业局{name}一季度支出", "二季度呢", asked)
    assert a.status == "answered", a.text
    assert f"{(q2 - q1) / q1 * 100:.2f}%" in a.text.splitlines()[0], a.text
