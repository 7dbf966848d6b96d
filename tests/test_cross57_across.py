"""Round 57, questions that cross tables or departments when several are loaded, and follow-ups in conversation:
an indicator's "那预算多少" (its project's amount); a follow-up naming by a short form a project only another
department holds (answered, with its department); "哪个部门有X" when a 目标表 project and another table's row share
the name (the departments, each with what it holds — no question back); a department's units listed, then "第三个
单位合计多少" (that unit, never every department's total); two asks in one question ("X一共多少 财政拨款多少").
Tables fictional (tests/data/cross57: 松川县 水务局 and 司法局 目标表, 财政局 补贴发放表)."""

from __future__ import annotations

import pytest

from bot.dialogue.values import ANSWERED, CLARIFY, UNKNOWN
from bot.engine import Engine
from tests.conftest import DATA, converse, engine_over


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("cross57") / "kb.sqlite", [DATA / "cross57"])


def test_the_budget_after_an_indicator_is_its_projects(engine: Engine) -> None:
    for then in ("那预算多少", "那它多少钱"):
        a = converse(engine, "维修供水站数量多少", then)
        assert a.status == ANSWERED and "农村饮水安全维修养护资金" in a.text and "60" in a.text, a.text
    # a money word said with the indicator's own words is still no amount of the indicator
    a = converse(engine, "维修供水站数量多少钱")
    assert "≥12" not in a.text or a.status != ANSWERED, a.text


def test_a_short_name_of_another_departments_project_follows_on(engine: Engine) -> None:
    a = converse(engine, "法律援助办案补贴经费多少", "水保执法经费呢")
    assert a.status == ANSWERED and "水土保持监督执法工作经费" in a.text and "48" in a.text, a.text
    assert "松川县水务局" in a.text
    # a word of many names is no name of one: it stays in the conversation's department
    a = converse(engine, "法律援助办案补贴经费多少", "经费呢")
    assert "48" not in a.text and "60" not in a.text, a.text


def test_which_department_has_a_thing_two_tables_hold(engine: Engine) -> None:
    a = converse(engine, "哪个部门有农村饮水安全维修养护")
    assert a.status == ANSWERED, a.text
    assert "松川县水务局" in a.text and "松川县财政局" in a.text and "42.6" in a.text, a.text
    # asked how much, with no department: which one is still asked back (or both shown), never one alone
    a = converse(engine, "农村饮水安全维修养护多少")
    assert a.status in (CLARIFY, ANSWERED) and "42.6" in a.text and "60" in a.text, a.text


def test_an_ordinal_unit_after_a_departments_units(engine: Engine) -> None:
    first = converse(engine, "水务局预算分哪几个单位")
    assert first.status == ANSWERED and "松川县供水管理所" in first.text, first.text
    a = converse(engine, "水务局预算分哪几个单位", "第三个单位合计多少")
    assert a.status == ANSWERED and "松川县供水管理所" in a.text and "70" in a.text, a.text
    assert "司法局" not in a.text
    a = converse(engine, "水务局有哪几个单位", "第二个单位合计多少")
    assert a.status == ANSWERED and "松川县水土保持站" in a.text and "48" in a.text, a.text
    a = converse(engine, "水务局有哪几个单位", "第五个单位合计多少")
    assert a.status == UNKNOWN, a.text


def test_two_asks_in_one_question(engine: Engine) -> None:
    for q in ("供水管理所一共多少 财政拨款多少", "供水管理所一共多少，财政拨款多少"):
        a = converse(engine, q)
        assert a.status == ANSWERED and "70" in a.text and "46" in a.text, a.text


def test_a_project_and_another_tables_row_added(engine: Engine) -> None:
    a = converse(engine, "水保执法经费和临时救助金加起来")
    assert a.status == ANSWERED and "90.4" in a.text, a.text  # 48 + 42.4
    # a side the tables do not hold: nothing added
    a = converse(engine, "水保执法经费和不存在的奖补加起来")
    assert a.status != ANSWERED or "48" not in a.text, a.text


def test_two_rows_shown_with_their_columns_added(engine: Engine) -> None:
    a = converse(engine, "退役军人优待金发了多少", "临时救助金呢", "这两个加起来")
    assert a.status == ANSWERED and "187.6" in a.text, a.text  # 145.2 + 42.4, the 发放金额 of each
    a = converse(engine, "退役军人优待金发了多少", "临时救助金呢", "差多少")
    assert a.status == ANSWERED and "102.8" in a.text, a.text


def test_a_part_of_another_departments_project_is_not_that_project(engine: Engine) -> None:
    # more said beside the short form than asking words: a part of the project, not the project itself
    a = converse(engine, "法律援助办案补贴经费多少", "那水保执法项目的巡查车辆租赁呢")
    assert "48" not in a.text, a.text
