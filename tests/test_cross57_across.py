"""Round 57, questions that cross tables or departments when several are loaded, and follow-ups in conversation:
an indicator's "那预算多少" (its project's amount); a follow-up naming by a short form a project only another
department holds (answered, with its department); "哪个部门有X" when a 目标表 project and another table's row share
the name (the departments, each with what it holds — no question back); a department's units listed, then "第三个
单位合计多少" (that unit, never every department's total); two asks in one question ("X一共多少 财政拨款多少").
Tables fictional (tests/data/cross57: 松川县 水务局 and 司法局 目标表, 财政局 补贴发放表)."""

from __future__ import annotations

import re

import pytest
from openpyxl import Workbook

from bot.dialogue.values import ANSWERED, UNKNOWN
from bot.engine import Engine
from tests.conftest import DATA, converse, engine_over


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("cross57") / "kb.sqlite", [DATA / "cross57"])


def test_the_budget_after_an_indicator_is_its_projects(engine: Engine) -> None:
    for then in ("那预算多少", "那它多少钱"):
        a = converse(engine, "维修供水站数量多少", then)
        assert a.status == ANSWERED and "农村饮水安全维修养护资金" in a.text and "60" in a.text, a.text
    # a money word said with the indicator's own words is still no amount of the indicator (nor its project's)
    a = converse(engine, "维修供水站数量多少钱")
    assert a.status == UNKNOWN and "不是金额" in a.text and not re.search(r"\d万元|60", a.text), a.text


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
    # asked how much, with no department: both shown, each with its department, never one alone
    a = converse(engine, "农村饮水安全维修养护多少")
    assert a.status == ANSWERED and "松川县水务局：" in a.text and "松川县财政局" in a.text, a.text
    assert "总计 60.00万元" in a.text and "发放金额（万元）：42.6万元" in a.text, a.text


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
    assert a.status == UNKNOWN and "48" not in a.text and "合计" not in a.text, a.text


def test_two_rows_shown_with_their_columns_added(engine: Engine) -> None:
    a = converse(engine, "退役军人优待金发了多少", "临时救助金呢", "这两个加起来")
    assert a.status == ANSWERED and "187.6" in a.text, a.text  # 145.2 + 42.4, the 发放金额 of each
    a = converse(engine, "退役军人优待金发了多少", "临时救助金呢", "差多少")
    assert a.status == ANSWERED and "102.8" in a.text, a.text


def test_a_part_of_another_departments_project_is_not_that_project(engine: Engine) -> None:
    # more said beside the short form than asking words: a part of the project, not the project itself
    a = converse(engine, "法律援助办案补贴经费多少", "那水保执法项目的巡查车辆租赁呢")
    assert "48" not in a.text, a.text


def _grant_table(path, title: str, department: str, heads: list[str], rows: list[list]) -> None:
    """A fictional grants table: a title, its department, a header, its rows (万元)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "补助资金"
    for row in ([title], [f"填报单位：{department}", None, None, None, "单位：万元"], ["序号", "补助项目名称", *heads],
                *rows):
        ws.append(row)
    wb.save(path)


@pytest.fixture(scope="module")
def years_engine(tmp_path_factory) -> Engine:
    """cross57's tables, and three of grants whose rows print several amounts: 松川县林业局's last year's carried
    over before this year's; 松川县农业农村局's this year's budget before last year's done; 松川县文化和旅游局's
    合计 before its sources."""
    folder = tmp_path_factory.mktemp("cross57_years")
    _grant_table(folder / "松川县林业局_2025年_林业补助发放表.xlsx", "松川县2025年林业补助发放表", "松川县林业局",
                 ["上年结转（万元）", "本年下达（万元）", "补助对象"], [[1, "森林防火专项补助", 26.3, 19.8, "各乡镇"]])
    _grant_table(folder / "松川县农业农村局_2025年_农机补助表.xlsx", "松川县2025年农机补助表", "松川县农业农村局",
                 ["2025年预算数（万元）", "2024年执行数（万元）", "补助对象"], [[1, "丘陵山区农机作业补助", 17.4, 13.9, "农户"]])
    _grant_table(folder / "松川县文化和旅游局_2025年_文旅补助表.xlsx", "松川县2025年文旅补助表", "松川县文化和旅游局",
                 ["合计（万元）", "财政拨款（万元）", "其他资金（万元）"], [[1, "乡村文艺汇演补助", 23.6, 15.2, 8.4]])
    return engine_over(folder / "kb.sqlite", [DATA / "cross57", folder])


def test_a_row_of_amounts_of_two_kinds_is_never_added_by_its_first(years_engine: Engine) -> None:
    # 上年结转 26.3 then 本年下达 19.8: which one is the row's figure is not known — never 48 + 26.3 = 74.3
    for q, op in (("水保执法经费和森林防火专项补助加起来", "相加"), ("水保执法经费和森林防火专项补助哪个多", "比较")):
        a = converse(years_engine, q)
        assert a.status == UNKNOWN and "上年结转" in a.text and "本年下达" in a.text and op in a.text, a.text
        assert not any(x in a.text for x in ("74.3", "67.8", "21.7", "28.2", "合计 ")), a.text
    # this year's budget printed first, last year's done after it: the budget is the row's figure (48 + 17.4)
    a = converse(years_engine, "水保执法经费和丘陵山区农机作业补助加起来")
    assert a.status == ANSWERED and "65.4" in a.text and "61.9" not in a.text, a.text
    # a row's whole printed first, its sources after it: the whole is its figure (48 + 23.6)
    a = converse(years_engine, "水保执法经费和乡村文艺汇演补助加起来")
    assert a.status == ANSWERED and "71.6" in a.text and "63.2" not in a.text, a.text
    # a row whose first amount is of the kind of the other's and whose other amounts are its sources: still added
    a = converse(years_engine, "水保执法经费和临时救助金加起来")
    assert a.status == ANSWERED and "90.4" in a.text, a.text
