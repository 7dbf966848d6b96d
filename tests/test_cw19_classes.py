"""Confident wrong answers removed by class (cw19). Each table is generated here with names and figures of its
own; every figure is worked out by hand."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

# --- 1. A workbook with one sheet per year, the OLDER sheet first ------------------------------------------------
# 本年预算, 上年预算, 增减额, 变动原因 (万元)
_YEARS = {
    "2023年": [("人员经费", 500.0, 480.0, 20.0, "新增编制3名"), ("公用经费", 120.0, 150.0, -30.0, "压减会议费"),
              ("合计", 620.0, 630.0, -10.0, "")],
    "2024年": [("人员经费", 530.0, 500.0, 30.0, "绩效工资调整"), ("公用经费", 110.0, 120.0, -10.0, "压减差旅费"),
              ("合计", 640.0, 620.0, 20.0, "")],
}


@pytest.fixture(scope="module")
def year_sheets(tmp_path_factory) -> Engine:
    import openpyxl

    d = tmp_path_factory.mktemp("cw19_years")
    wb = openpyxl.Workbook()
    del wb["Sheet"]
    for sheet, rows in _YEARS.items():
        ws = wb.create_sheet(sheet)
        ws.append([f"桐溪乡人民政府{sheet}部门预算收支变动情况说明表"])
        ws.merge_cells("A1:E1")
        ws.append(["项目", "本年预算（万元）", "上年预算（万元）", "增减额（万元）", "变动原因"])
        for row in rows:
            ws.append(list(row))
    wb.save(d / "tongxi_changes.xlsx")
    return engine_over(tmp_path_factory.mktemp("cw19_years_db") / "kb.sqlite", [d])


def test_no_year_said_is_the_newest_sheet_and_says_its_year(year_sheets: Engine) -> None:
    a = year_sheets.ask("桐溪乡人员经费变动原因", record=False)
    assert a.status == "answered"
    assert "绩效工资调整" in a.text and "新增编制" not in a.text
    assert "2024年" in a.text  # the citation names the sheet's year


def test_a_change_word_before_the_reason_is_no_text_to_match(year_sheets: Engine) -> None:
    # "增加原因": 增加 says what the reason is of, not a word of the reason's text ("新增编制3名" holds 增)
    a = year_sheets.ask("桐溪乡人员经费增加原因", record=False)
    assert a.status == "answered" and "绩效工资调整" in a.text


def test_the_older_sheet_asked_by_its_year_cites_that_year(year_sheets: Engine) -> None:
    a = year_sheets.ask("桐溪乡2023年人员经费变动原因", record=False)
    assert a.status == "answered" and "新增编制3名" in a.text
    assert "2023年部门预算收支变动情况说明表" in a.text


def test_an_older_sheets_year_is_held(year_sheets: Engine) -> None:
    a = year_sheets.ask("桐溪乡2023年公用经费", record=False)
    assert a.status == "answered" and "120" in a.text and "110" not in a.text
    a = year_sheets.ask("桐溪乡2021年公用经费", record=False)
    assert a.status != "answered"


def test_the_conversations_year_is_kept_by_a_follow_up(year_sheets: Engine) -> None:
    a = converse(year_sheets, "桐溪乡2023年公用经费", "人员经费呢")
    assert a.status == "answered" and "500" in a.text and "530" not in a.text
    a = converse(year_sheets, "桐溪乡2024年公用经费", "人员经费呢")
    assert a.status == "answered" and "530" in a.text


# --- 2. A percent bound said after the number ("90%以上", "九成以下") -----------------------------------------------
# --- 3. A heading / 小计 line over items is no item in a superlative or a filtered list --------------------------
# 项目, 全年预算, 已执行, 执行率 (万元, %)
_EXECUTION = [("一、基本支出小计", 300, 285, 95), ("人员经费", 200, 196, 98), ("公用经费", 100, 89, 89),
              ("二、项目支出小计", 400, 220, 55), ("河道巡查经费", 150, 141, 94), ("水质监测经费", 130, 52, 40),
              ("渠道维修经费", 120, 27, 22.5), ("合计", 700, 505, 72.14)]
# sector headings (（一）…) over projects: 项目名称, 专项债券 (万元)
_BONDS = [("（一）城镇基础设施", 90000), ("东城供水管网改造", 50000), ("西城排涝泵站", 40000),
          ("（二）社会事业", 70000), ("县人民医院住院楼", 65000), ("城南幼儿园", 5000), ("合计", 160000)]


@pytest.fixture(scope="module")
def execution(tmp_path_factory) -> Engine:
    import openpyxl

    d = tmp_path_factory.mktemp("cw19_exec")
    simple_table(d / "exec.xlsx", "执行分析", "柳湾县水利局2025年部门预算执行情况表", "D2", "单位：万元",
                 ["项目", "全年预算", "已执行", "执行率"], _EXECUTION)
    wb = openpyxl.load_workbook(d / "exec.xlsx")
    for r in range(4, 4 + len(_EXECUTION)):  # a percent cell stores 0.98 for 98%
        cell = wb.active.cell(r, 4)
        cell.value, cell.number_format = cell.value / 100, "0.00%"
    wb.save(d / "exec.xlsx")
    simple_table(d / "bonds.xlsx", "专项债券", "柳湾县财政局2025年新增专项债券项目安排表", "B2", "单位：万元",
                 ["项目名称", "专项债券"], _BONDS)
    return engine_over(tmp_path_factory.mktemp("cw19_exec_db") / "kb.sqlite", [d])


def test_a_bound_said_after_the_percent_filters_the_list(execution: Engine) -> None:
    a = execution.ask("柳湾水利局执行率90%以上的项目有哪些", record=False)
    assert a.status == "answered"
    assert "人员经费" in a.text and "河道巡查经费" in a.text
    assert "公用经费" not in a.text and "水质监测经费" not in a.text and "渠道维修经费" not in a.text
    a = execution.ask("柳湾水利局执行率九成以下的项目", record=False)
    assert a.status == "answered"
    assert "公用经费" in a.text and "水质监测经费" in a.text and "渠道维修经费" in a.text
    assert "人员经费" not in a.text and "河道巡查经费" not in a.text


def test_a_subtotal_line_is_no_item_of_a_filtered_list(execution: Engine) -> None:
    a = execution.ask("柳湾水利局执行率60%以下的项目有哪些", record=False)
    assert a.status == "answered" and "水质监测经费" in a.text and "渠道维修经费" in a.text
    assert "项目支出小计" not in a.text


def test_a_sector_heading_is_not_ranked_beside_its_projects(execution: Engine) -> None:
    a = execution.ask("柳湾财政局专项债券项目里哪个最多", record=False)
    assert a.status == "answered" and "县人民医院住院楼" in a.text and "65000" in a.text
    assert "城镇基础设施" not in a.text
    a = execution.ask("柳湾财政局专项债券项目里哪个最少", record=False)
    assert a.status == "answered" and "城南幼儿园" in a.text


# --- 4. "下属几个单位" does not count the department's own line (本级) ---------------------------------------------
# 单位名称, 收入合计, 财政拨款收入, 事业收入 (万元)
_UNITS = [("枣林县文旅局本级", 800, 760, 40), ("枣林县图书馆", 300, 280, 20), ("枣林县文化馆", 250, 250, 0),
          ("枣林县博物馆", 150, 120, 30), ("合计", 1500, 1410, 90)]


@pytest.fixture(scope="module")
def units(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("cw19_units")
    simple_table(d / "units.xlsx", "收入预算", "枣林县文旅局2025年部门收入预算表", "D2", "单位：万元",
                 ["单位名称", "收入合计", "财政拨款收入", "事业收入"], _UNITS)
    return engine_over(tmp_path_factory.mktemp("cw19_units_db") / "kb.sqlite", [d])


def test_units_under_a_department_leave_out_its_own_line(units: Engine) -> None:
    a = units.ask("枣林文旅局下属几个单位", record=False)
    assert a.status == "answered" and "3 个" in a.text and "5 个" not in a.text and "4 个" not in a.text
    assert "枣林县图书馆" in a.text and "不含枣林县文旅局本级" in a.text


def test_units_counted_with_the_own_line_say_it_apart(units: Engine) -> None:
    a = units.ask("枣林文旅局有几个单位", record=False)
    assert a.status == "answered" and "4 个" in a.text and "含枣林县文旅局本级" in a.text and "下属单位 3 个" in a.text


# --- 7. "X总额" names the column X金额合计, not X's other columns ---------------------------------------------------
_SUBSIDIES = [("高龄津贴", 3200, "社保卡", 1920000), ("困难残疾人生活补贴", 1500, "银行卡", 1350000), ("合计", 4700, "", 3270000)]


@pytest.fixture(scope="module")
def subsidies(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("cw19_subsidies")
    simple_table(d / "subsidies.xlsx", "发放汇总", "杏园县财政局2025年惠民补贴发放汇总表", "D2", "单位：元",
                 ["补贴项目", "发放对象数量", "发放方式", "发放金额合计"], _SUBSIDIES)
    return engine_over(tmp_path_factory.mktemp("cw19_subsidies_db") / "kb.sqlite", [d])


def test_a_total_amount_word_names_the_amount_total_column(subsidies: Engine) -> None:
    a = subsidies.ask("杏园高龄津贴发放总额", record=False)
    assert a.status == "answered" and "1920000" in a.text
    assert "3200" not in a.text and "社保卡" not in a.text
