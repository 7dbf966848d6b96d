"""Arithmetic staff ask for, worked out from figures the tables print, the division or difference shown:
- averages: the projects in talk over their count said ("六个项目平均每个多少钱"); a row's amount over its own
  count in the measure asked (平均每户 over 农户数（户）, 平均每辆车 over the vehicles' 数量 — never a 其中 column,
  and the amount of the count's own column group); 人均 of a department's own figure over the one head count its
  table prints (财政供养人员数) — never a project's amount, never where no head count is printed;
- (more classes below, each with its own tables).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA, converse, engine_over, set_cells, simple_table

from bot.engine import Engine


def _allocation(path: Path) -> None:
    """柏岭县民政局's allocation to its towns (元): a count of households and one of villages per row."""
    simple_table(path, "分配表", "柏岭县2025年村级公益事业补助资金分配表", "F2", "单位：元",
                 ["序号", "乡镇", "行政村数（个）", "农户数（户）", "基础补助", "合计"],
                 [[1, "青石镇", 10, 4000, 300000, 500000],
                  [2, "白水乡", 8, 2500, 200000, 260000],
                  ["合计", None, 18, 6500, 500000, 760000]])
    set_cells(path, {"A2": "主管部门：柏岭县民政局"})


@pytest.fixture(scope="module")
def towns(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("calc19_towns")
    _allocation(folder / "bailing_allocation.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "bailing_allocation.xlsx"])


@pytest.fixture(scope="module")
def assets(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("calc19_assets")
    return engine_over(folder / "kb.sqlite", [DATA / "general21" / "qinghe_2024_state_assets.xlsx"])


def test_average_of_the_projects_counted(seed_engine: Engine) -> None:
    a = converse(seed_engine, "六个项目平均每个多少钱")
    assert a.status == "answered" and "39.16" in a.text and "÷ 6" in a.text
    assert converse(seed_engine, "6个项目平均每个多少钱").status == "answered"
    # a count that is not the projects' own is not answered as if it were
    assert "39.16" not in converse(seed_engine, "五个项目平均每个多少钱").text


def test_average_per_household_of_a_row(towns: Engine) -> None:
    a = converse(towns, "青石镇平均每户多少元")
    assert a.status == "answered" and "125" in a.text and "500000元 ÷ 4000户" in a.text
    a = converse(towns, "白水乡合计多少", "按农户数平均每户多少元")
    assert a.status == "answered" and "104" in a.text and "2500户" in a.text


def test_average_per_vehicle_of_the_vehicle_group(assets: Engine) -> None:
    a = converse(assets, "青禾区合计车辆账面价值", "平均每辆车多少")
    assert a.status == "answered" and "26.56" in a.text and "1593.8万元 ÷ 60辆" in a.text
    a = converse(assets, "区教育局平均每辆车多少")
    assert a.status == "answered" and "198.6万元 ÷ 9辆" in a.text  # (not the 6 公务用车 of its 其中 column)


def test_per_head_over_the_department_head_count(samples_engine: Engine) -> None:
    a = converse(samples_engine, "湛江人社局人均基本支出多少")
    assert a.status == "answered" and "14.78" in a.text and "737人" in a.text
    a = converse(samples_engine, "湛江人社局财政供养人员数", "人均基本支出多少")
    assert a.status == "answered" and "14.78" in a.text
    # a task's amount is not the department's to share out per head
    assert converse(samples_engine, "湛江人社局城乡居民养老保险政府补贴资金人均多少").status != "answered"
    # no head count printed: nothing to divide by
    a = converse(samples_engine, "社工部人员经费合计", "人均多少")
    assert a.status != "answered" and "95.36" not in a.text


# --- 几倍 across turns, 除以, 超额几个 -----------------------------------------------------------------------
# "X是Y的几倍" after two answers names each side as people name a unit (卫健局 for the row 区卫生健康局); "A除以B是
# 百分之多少" is the division in the order said (是百分之 compares nothing: no filter "= 100"); "超额几个" is the
# count done beyond the target.

def _units(path: Path) -> None:
    """松原区's units and their assets (万元)."""
    simple_table(path, "资产", "松原区2024年度行政事业单位资产情况表", "E2", "单位：万元",
                 ["单位名称", "资产总额", "车辆数量（辆）", "预算数", "执行数"],
                 [["区卫生健康局", 1000, 4, 400, 300],
                  ["区教育局", 2500, 9, 800, 760],
                  ["合计", 3500, 13, 1200, 1060]])


@pytest.fixture(scope="module")
def units(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("calc19_units")
    _units(folder / "songyuan_assets.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "songyuan_assets.xlsx"])


def test_times_of_two_units_named_as_departments(units: Engine) -> None:
    a = converse(units, "区卫生健康局资产总额", "区教育局呢", "教育局是卫健局的几倍")
    assert a.status == "answered" and "2.50倍" in a.text and "2500 ÷ 1000" in a.text
    a = converse(units, "区卫生健康局资产总额", "区教育局呢", "卫健局是教育局的几倍")
    assert a.status == "answered" and "1000 ÷ 2500" in a.text


def test_division_said_as_a_share(units: Engine, samples_engine: Engine) -> None:
    a = converse(units, "区教育局执行数除以预算数是百分之多少")
    assert a.status == "answered" and "95.00%" in a.text and "760 ÷ 800" in a.text
    a = converse(samples_engine, "渝中就业补助资金执行数除以预算数是百分之多少")
    assert a.status == "answered" and "87.71%" in a.text and "没有符合条件" not in a.text


def test_excess_of_a_count(samples_engine: Engine) -> None:
    a = converse(samples_engine, "渝中新增创业孵化基地目标", "实际完成", "超额几个")
    assert a.status == "answered" and "2个" in a.text and "3 - 1" in a.text
    assert "2个" in converse(samples_engine, "渝中新增区级创业孵化基地数量超额几个").text
