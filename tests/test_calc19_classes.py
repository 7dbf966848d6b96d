"""Arithmetic staff ask for, worked out from figures the tables print, the division or difference shown:
- averages: the projects in talk over their count said ("六个项目平均每个多少钱"); a row's amount over its own
  count in the measure asked (平均每户 over 农户数（户）, 平均每辆车 over the vehicles' 数量 — never a 其中 column,
  and the amount of the count's own column group); 人均 of a department's own figure over the one head count its
  table prints (财政供养人员数) — never a project's amount, never where no head count is printed;
- (more classes below, each with its own tables).
"""

from __future__ import annotations

import re
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


# --- a table printing two years' columns; subjects said by their initials ------------------------------------
# "哪些支出项目比2024年减少了" of a 收支总表 with 2025年预算数 | 2024年预算数 columns (no change column): each row's
# later year less the year said, the rows that fell listed with both figures, only the side named (支出), never
# its totals; "比上年" is the year before the table's. "社保和卫健支出加起来": 卫生健康支出 said 卫健支出 and
# 社会保障和就业支出 said 社保支出 (the first characters of the halves of its four-character name), the shared 支出
# said once.

def _budget_summary(path: Path) -> None:
    """柏岭县林业局's 收支预算总表 (万元), both years side by side."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收支预算总表"
    rows = [
        ["柏岭县林业局2025年部门收支预算总表"],
        ["部门名称：柏岭县林业局", None, None, None, None, "单位：万元"],
        ["收入", None, None, "支出", None, None],
        ["项目", "2025年预算数", "2024年预算数", "项目", "2025年预算数", "2024年预算数"],
        ["一、一般公共预算拨款收入", 900, 1000, "一、社会保障和就业支出", 120, 110],
        ["二、事业收入", 50, 40, "二、卫生健康支出", 30, 35],
        [None, None, None, "三、农林水支出", 760, 870],
        ["本年收入合计", 950, 1040, "本年支出合计", 910, 1015],
    ]
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    ws.merge_cells("A3:C3")
    ws.merge_cells("D3:F3")
    wb.save(path)


@pytest.fixture(scope="module")
def summary(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("calc19_summary")
    _budget_summary(folder / "bailing_forestry_2025.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "bailing_forestry_2025.xlsx"])


def test_rows_that_fell_between_two_year_columns(summary: Engine) -> None:
    a = converse(summary, "柏岭林业局哪些支出项目比2024年减少了")
    assert a.status == "answered" and "卫生健康支出" in a.text and "农林水支出" in a.text
    assert "社会保障和就业支出" not in a.text and "一般公共预算" not in a.text and "本年支出合计" not in a.text
    assert "-110" in a.text  # 760 − 870
    a = converse(summary, "柏岭林业局哪些支出比上年增加了")
    assert a.status == "answered" and "社会保障和就业支出" in a.text and "卫生健康支出" not in a.text


def test_subjects_said_by_their_initials(summary: Engine) -> None:
    a = converse(summary, "柏岭林业局社保和卫健支出加起来多少")
    assert a.status == "answered" and "150" in a.text and re.search(r"120(?:万元)? \+ ", a.text), a.text
    a = converse(summary, "柏岭林业局卫健支出多少")
    assert a.status == "answered" and "30" in a.text and "卫生健康支出" in a.text


# --- shares across two tables of one department; a share said like a printed percentage column -------------
# "X占Y的百分之几" with X and Y in two tables of one department (an allocation in 元, the 收支总表 in 万元): each
# side looked up alone, X put in Y's unit (shown), then divided. "项目支出占本年支出多少" where a table prints a
# column 占本年支出合计 for other rows only: the share of the row named over 本年支出合计, not that column.

@pytest.fixture(scope="module")
def two_tables(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("calc19_two_tables")
    _budget_summary(folder / "bailing_forestry_2025.xlsx")
    simple_table(folder / "bailing_forestry_allocation.xlsx", "分配表", "柏岭县2025年林下经济发展专项资金分配表", "D2",
                 "单位：元", ["序号", "乡镇", "补助金额", "备注"],
                 [[1, "青石镇", 300000, None], [2, "白水乡", 155000, None], ["合计", None, 455000, None]])
    set_cells(folder / "bailing_forestry_allocation.xlsx", {"A2": "主管部门：柏岭县林业局"})
    paths = [folder / "bailing_forestry_2025.xlsx", folder / "bailing_forestry_allocation.xlsx"]
    return engine_over(folder / "kb.sqlite", paths)


def test_share_across_two_tables_of_one_department(two_tables: Engine) -> None:
    a = converse(two_tables, "柏岭林下经济发展专项资金分配表合计占柏岭林业局本年支出合计的百分之几")
    assert a.status == "answered" and "5.00%" in a.text  # 45.5万元 ÷ 910万元
    assert "455000元，合45.5万元" in a.text and "45.5 ÷ 910" in a.text


def test_share_of_a_department_total_said_like_a_column(samples_engine: Engine) -> None:
    a = converse(samples_engine, "普陀财政局项目支出占本年支出多少")
    assert a.status == "answered" and "20.51%" in a.text


def test_average_per_household_said_first(towns: Engine) -> None:
    a = converse(towns, "青石镇合计多少", "一户平均多少")
    assert a.status == "answered" and "125" in a.text and "4000户" in a.text
    assert "125" in converse(towns, "青石镇户均多少").text
