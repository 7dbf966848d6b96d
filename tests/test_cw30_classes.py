"""Confident wrong answers removed by class (cw30), on tables generated here with names and figures of their own.

Classes: 专项 said right before a label the table prints only as a whole ("专项债务余额" of a table printing
政府债务余额) is a kind the table does not split, never the whole's figure; 合计 after two columns of one row
said together ("甲镇水库维修和河道清淤合计") adds them."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, set_cells, simple_table

from bot.engine import ANSWERED, UNKNOWN, Engine

# (年度, 一般公共预算收入, 上级补助收入, 政府债务余额 in 万元, 备注)
_YEARS = [("2020年", 80412, 150220, 201300, None), ("2021年", 84630, 158410, 236900, "受疫情影响收入增幅回落"),
          ("2022年", 79120, 163380, 262450, None), ("2023年", 86905, 171200, 298100, "预计执行数")]
# (序号, 乡镇, 小型水库维修, 河道清淤, 合计 in 万元)
_TOWNS = [(1, "甲溪镇", 36.4, 52.8, 89.2), (2, "乙坪乡", 18.5, 27.1, 45.6), (3, "丙山镇", 22.0, None, 22.0),
          ("合计", None, 76.9, 79.9, 156.8)]


@pytest.fixture(scope="module")
def county(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("cw30_tables")
    simple_table(d / "yunling_fiscal.xlsx", "收支", "云岭县2020—2023年财政收支情况表", "E2", "单位：万元",
                 ["年度", "一般公共预算收入", "上级补助收入", "政府债务余额", "备注"], [list(r) for r in _YEARS])
    set_cells(d / "yunling_fiscal.xlsx", {"A2": "编制单位：云岭县财政局"})
    simple_table(d / "songtai_water.xlsx", "分配表", "松台县2025年水利重点项目资金分配表", "E2", "单位：万元",
                 ["序号", "乡镇", "小型水库维修", "河道清淤", "合计"], [list(r) for r in _TOWNS])
    set_cells(d / "songtai_water.xlsx", {"A2": "编制单位：松台县财政局"})
    return engine_over(tmp_path_factory.mktemp("cw30_db") / "kb.sqlite", [d])


# --- 1. a kind said before a label the table prints only as a whole ---------------------------------------------


@pytest.mark.parametrize("question", ["云岭县2022年专项债务余额多少", "云岭县2022年专项债务余额是多少钱"])
def test_a_kind_of_debt_the_table_does_not_split_is_not_the_whole(county: Engine, question: str) -> None:
    a = county.ask(question, record=False)
    assert a.status == UNKNOWN and "262450" not in a.text and "专项" in a.text, a.text


def test_the_whole_is_still_answered(county: Engine) -> None:
    a = county.ask("云岭县2022年政府债务余额多少", record=False)
    assert a.status == ANSWERED and "262450" in a.text, a.text


# --- 2. 合计 after two columns of one row --------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["甲溪镇水库维修和河道清淤合计", "甲溪镇小型水库维修和河道清淤合计多少"])
def test_two_columns_of_a_row_said_with_total_are_added(county: Engine, question: str) -> None:
    a = county.ask(question, record=False)
    assert a.status == ANSWERED and "89.2" in a.text and "36.4" in a.text and "52.8" in a.text, a.text


def test_a_rows_own_total_column_is_still_answered(county: Engine) -> None:
    a = county.ask("乙坪乡合计多少", record=False)
    assert a.status == ANSWERED and "45.6" in a.text, a.text


# --- 3. a follow-up comparing the figure of a year's row with another year --------------------------------------


@pytest.mark.parametrize("follow", ["比2022年多多少", "比上年多多少", "比2022年增加了多少"])
def test_another_year_after_a_years_row_compares_that_column(county: Engine, follow: str) -> None:
    a = converse(county, "云岭县2023年政府债务余额", follow)
    assert a.status == ANSWERED and "35650" in a.text and "86905" not in a.text, a.text


def test_an_earlier_year_said_after_an_earlier_row_is_that_year(county: Engine) -> None:
    a = converse(county, "云岭县2022年政府债务余额", "比2020年多多少")
    assert a.status == ANSWERED and "61150" in a.text, a.text


# --- 4. the remark of the year just shown, pointed at ------------------------------------------------------------


@pytest.mark.parametrize("follow", ["那一年的备注写了啥", "这一年的备注是什么"])
def test_the_remark_of_the_year_pointed_at_is_that_rows(county: Engine, follow: str) -> None:
    a = converse(county, "云岭县2021年上级补助收入", follow)
    assert a.status == ANSWERED and "疫情" in a.text, a.text


# --- 5. a row printing the year before beside this year's group of columns ------------------------------------

# (企业名称, 上年执行数, 本年预算数: 利润收入, 股利股息收入, 合计 in 万元)
_FIRMS = [("收入合计", 842.6, 905.0, 120.0, 1025.0), ("青川市城乡建设发展集团有限公司", 410.0, 460.0, None, 460.0),
          ("青川市文旅投资有限公司", 236.2, 215.0, 80.0, 295.0), ("青川市水务集团有限公司", 196.4, 230.0, 40.0, 270.0)]


@pytest.fixture(scope="module")
def firms(tmp_path_factory) -> Engine:
    import openpyxl

    d = tmp_path_factory.mktemp("cw30_firms")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "国资收入"
    ws["A1"], ws["F2"] = "青川市2026年市本级国有资本经营预算收入表", "单位：万元"
    for c, h in enumerate(["序号", "企业名称", "上年执行数", "本年预算数", None, None, "备注"], 1):
        ws.cell(3, c, h)
    for c, h in enumerate([None, None, None, "利润收入", "股利股息收入", "合计", None], 1):
        ws.cell(4, c, h)
    ws.merge_cells("D3:F3")
    for r, (name, last, profit, dividend, total) in enumerate(_FIRMS, 5):
        for c, v in enumerate([r - 5 or None, name, last, profit, dividend, total], 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(d / "qingchuan_soe.xlsx")
    return engine_over(tmp_path_factory.mktemp("cw30_firms_db") / "kb.sqlite", [d])


def test_this_year_against_last_of_a_row_is_its_total_less_the_year_before(firms: Engine) -> None:
    a = firms.ask("文旅投资公司今年比去年多多少", record=False)
    assert a.status == ANSWERED and "58.8" in a.text and "295" in a.text and "236.2" in a.text, a.text


def test_more_or_less_than_last_year_after_a_figure(firms: Engine) -> None:
    a = converse(firms, "城乡建设发展集团上缴多少", "比上年多还是少")
    assert a.status == ANSWERED and "多 50" in a.text, a.text


def test_a_column_then_total_is_the_total_row_not_the_total_column(firms: Engine) -> None:
    a = firms.ask("青川上年执行数合计", record=False)
    assert a.status == ANSWERED and "842.6" in a.text and "1025" not in a.text, a.text
    b = firms.ask("青川本年预算数合计", record=False)
    assert b.status == ANSWERED and "1025" in b.text, b.text


def test_a_share_after_a_columns_total_is_over_that_column(firms: Engine) -> None:
    a = converse(firms, "青川利润收入合计", "水务集团占多少")
    assert a.status == ANSWERED and "25.41" in a.text and "1025" not in a.text, a.text


def test_growth_after_this_year_then_last_runs_from_last(firms: Engine) -> None:
    a = converse(firms, "青川水务集团本年预算数合计", "去年呢", "增长百分之几")
    assert a.status == ANSWERED and "37.47" in a.text, a.text


# --- 6. the projects of a table said by a word of its kind ("监控项目") --------------------------------------------


@pytest.fixture(scope="module")
def monitored(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("cw30_monitor")
    simple_table(d / "shimen_monitor.xlsx", "监控", "石门县林业局2024年1-6月项目支出绩效运行监控情况表", "E2", "金额单位：万元",
                 ["序号", "项目名称", "年度预算数", "1-6月执行数", "预算执行率"],
                 [[1, "森林防火专项", 320, 150.4, 0.47], [2, "林木良种培育", 180, 126, 0.7], [None, "合计", 500, 276.4, 0.5528]])
    simple_table(d / "hekou_exec.xlsx", "执行", "河口县水利局2024年项目支出执行情况表", "E2", "单位：万元",
                 ["序号", "项目名称", "全年预算数", "全年执行数", "执行率"],
                 [[1, "河道整治工程", 900, 846, 0.94], [2, "水库除险加固", 640, 512, 0.8], [None, "合计", 1540, 1358, 0.8818]])
    return engine_over(tmp_path_factory.mktemp("cw30_monitor_db") / "kb.sqlite", [d])


def test_the_projects_of_a_table_said_by_its_kind_are_that_tables(monitored: Engine) -> None:
    a = monitored.ask("监控项目总的执行率", record=False)
    assert a.status == ANSWERED and "55.28" in a.text and "88.18" not in a.text, a.text
    b = monitored.ask("监控项目还剩多少预算没执行", record=False)
    assert b.status == ANSWERED and "223.6" in b.text and "182" not in b.text, b.text


# --- 7. a unit said by a word another table prints as a text value, with a column only the units' table has -----


@pytest.fixture(scope="module")
def staffing(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("cw30_staff")
    simple_table(d / "lanshui_staff.xlsx", "编制", "岚水县2025年部门人员编制及实有人数情况表", "F2", "单位：人",
                 ["单位名称", "单位性质", "编制数", "实有人数", "备注"],
                 [["县林业综合行政执法中队", "参公事业", 12, 11, None], ["县水利综合行政执法中队", "参公事业", 9, 9, None],
                  ["县林业局机关", "行政", 20, 18, None], ["总计", None, 41, 38, None]])
    simple_table(d / "lanshui_exec.xlsx", "执行", "岚水县林业局2025年项目支出预算执行进度表", "E2", "单位：万元",
                 ["序号", "项目名称", "预算数", "已执行", "责任科室"],
                 [[1, "林区巡护执法", 60, 41, "林业综合行政执法中队"], [2, "林木采伐监管", 35, 20, "林业综合行政执法中队"],
                  [3, "苗圃建设", 80, 66, "造林科"]])
    return engine_over(tmp_path_factory.mktemp("cw30_staff_db") / "kb.sqlite", [d])


def test_units_named_in_part_with_a_column_only_their_table_has_are_asked_which(staffing: Engine) -> None:
    a = staffing.ask("执法中队编制多少个", record=False)
    assert a.status == "clarify" and "林业" in a.text and "水利" in a.text and "林区巡护" not in a.text, a.text
    b = converse(staffing, "执法中队编制多少个", "林业的那个")
    assert b.status == ANSWERED and "12" in b.text and "林区巡护" not in b.text, b.text


def test_a_unit_named_as_another_tables_value_gets_the_column_asked(staffing: Engine) -> None:
    a = staffing.ask("林业综合行政执法中队编制多少", record=False)
    assert a.status == ANSWERED and "12" in a.text and "林区巡护" not in a.text, a.text
    b = staffing.ask("县林业综合行政执法中队编制多少", record=False)
    assert b.status == ANSWERED and "12" in b.text and "41" not in b.text, b.text


def test_the_rows_of_a_value_are_still_listed(staffing: Engine) -> None:
    a = staffing.ask("责任科室是林业综合行政执法中队的项目有哪些", record=False)
    assert a.status == ANSWERED and "林区巡护执法" in a.text and "林木采伐监管" in a.text, a.text
