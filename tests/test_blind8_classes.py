"""Classes of answers blind_8 showed wrong, each asserted on tables generated here in shapes of their own,
with other names and figures than the question sets' tables; every figure is worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine


def _summary(path: Path) -> None:
    """云岗县水利局, 万元: a 收支预算总表 with 收入 and 支出 side by side over two years' columns."""
    rows = [("一、一般公共预算拨款收入", 500, 400, "一、农林水支出", 520, 410),
            ("二、事业收入", 40, 50, "二、住房保障支出", 20, 40),
            ("本年收入合计", 540, 450, "本年支出合计", 540, 450)]
    simple_table(path, "收支总表", "云岗县水利局2025年部门收支预算总表", "F2", "单位：万元",
                 ["项目", "2025年预算数", "2024年预算数", "项目（按功能分类）", "2025年预算数", "2024年预算数"], rows)


def _basic(path: Path) -> None:
    """云岗县档案馆, 元: a 基本支出预算表 by 经济分类."""
    rows = [("301", "工资福利支出", 900000), ("30101", "基本工资", 500000), ("30102", "津贴补贴", 400000),
            ("302", "商品和服务支出", 143000), ("30201", "办公费", 60000), ("30211", "差旅费", 45000),
            ("30231", "公务用车运行维护费", 38000), ("30299", "其他商品和服务支出", 0), ("", "合计", 1043000)]
    simple_table(path, "基本支出", "云岗县档案馆2025年一般公共预算基本支出预算表", "D2", "单位：元",
                 ["科目编码", "科目名称", "2025年预算数"], rows)


def _staffing(path: Path) -> None:
    """石湾县林业局, 人: 核定编制数 beside 实有人数 (小计 / 在编人员 / 劳务派遣) under a two-row header."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "编制人数"
    ws["A1"] = "石湾县林业局2025年人员编制及实有人数统计表"
    ws["A2"] = "统计时点：2025年6月30日　　单位：人"
    ws.merge_cells("A3:A4")
    ws["A3"] = "单位名称"
    ws.merge_cells("B3:B4")
    ws["B3"] = "核定编制数"
    ws.merge_cells("C3:E3")
    ws["C3"] = "实有人数"
    ws["C4"], ws["D4"], ws["E4"] = "小计", "在编人员", "劳务派遣"
    rows = [("石湾县林业局机关", "30", 31, 27, 4), ("石湾县林业站", "12", 10, 9, 1), ("合计", "42", 41, 36, 5)]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(path)


def _details(path: Path) -> None:
    """青川县教育局, 万元: a 项目支出明细 whose 实施单位 and 主要绩效指标 are texts of each row."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出明细"
    ws["A1"] = "青川县教育局2025年项目支出预算明细表"
    ws["E2"] = "单位：万元"
    for c, h in enumerate(["项目名称", "实施单位", "合计", "年度绩效目标", "主要绩效指标"], 1):
        ws.cell(3, c, h)
    rows = [("校车购置", "县学生资助中心", 240, "购置校车，保障学生上学安全。", "购置校车8辆；车辆验收合格率100%"),
            ("名师引进专项", "县教师发展中心", 120, "引进骨干教师。", "引进学科带头人≥4名；培训教师≥300人次"),
            ("合计", "", 360, "", "")]
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            if v != "":
                ws.cell(r, c, v)
    wb.save(path)


def _sources(path: Path) -> None:
    """丹江县体育局, 万元: projects by source of funds, a note saying what 其他资金 is."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出明细"
    ws["A1"] = "丹江县体育局2025年项目支出预算明细表"
    ws["D2"] = "单位：万元"
    ws.merge_cells("A3:A4")
    ws["A3"] = "项目名称"
    ws.merge_cells("B3:B4")
    ws["B3"] = "合计"
    ws.merge_cells("C3:D3")
    ws["C3"] = "资金来源"
    ws["C4"], ws["D4"] = "一般公共预算", "其他资金"
    rows = [("合计", 130, 100, 30), ("全民健身赛事", 80, 50, 30), ("体育场馆维护", 50, 50, None)]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    ws.cell(8, 1, "注：其他资金为县体育中心场馆出租收入。")
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:

    d = tmp_path_factory.mktemp("blind8_tables")
    _summary(d / "zongbiao.xlsx")
    _basic(d / "jiben.xlsx")
    _staffing(d / "bianzhi.xlsx")
    _details(d / "mingxi.xlsx")
    _sources(d / "laiyuan.xlsx")
    return engine_over(tmp_path_factory.mktemp("blind8_db") / "kb.sqlite", [d])


def test_the_unit_a_named_table_prints_its_amounts_in(engine):
    summary = _ask(engine, "云岗水利局的收支预算总表单位是万元还是元")
    assert summary.status == "answered" and "万元" in summary.text and "档案馆" not in summary.text
    basic = _ask(engine, "麻烦看下云岗县档案馆基本支出表金额单位")
    assert basic.status == "answered" and "单位是元" in basic.text and "万元" not in basic.text


def test_a_place_in_the_ranking_of_the_items_under_a_row(engine):
    second = _ask(engine, "云岗县档案馆商品服务支出第二高的科目")
    assert second.status == "answered" and "差旅费" in second.text and "45000" in second.text
    assert "办公费" not in second.text and "143000" not in second.text
    top = _ask(engine, "云岗县档案馆商品和服务支出哪个科目最高")
    assert top.status == "answered" and "办公费" in top.text.split("（")[0] and "143000" not in top.text
    third = _ask(engine, "云岗县档案馆302类", "第三多的是哪项")
    assert third.status == "answered" and "公务用车运行维护费" in third.text and "38000" in third.text
    assert "差旅费" not in third.text


def test_people_counted_under_a_heading_of_people_without_a_unit_of_their_own(engine):
    sent = _ask(engine, "石湾林业局 劳务派遣总共多少人")
    assert sent.status == "answered" and "5" in sent.text.split("（")[0] and "41" not in sent.text
    posts = _ask(engine, "林业局编制一共几个来着 石湾那个")
    assert posts.status == "answered" and "42" in posts.text.split("（")[0] and "41" not in posts.text


def test_a_change_said_last_over_the_year_columns_asks_how_much(engine):
    grew = _ask(engine, "云岗水利局本年收入合计比上年增长")
    assert grew.status == "answered" and "90万元" in grew.text and "20.00%" in grew.text
    fell = _ask(engine, "云岗水利局住房保障支出比上年减少")
    assert fell.status == "answered" and "20万元" in fell.text and "50.00%" in fell.text


def test_a_label_said_with_one_character_slipped_near_its_end(engine):
    slipped = _ask(engine, "云岗县档案馆公车运行维户费")
    assert slipped.status == "answered" and "38000" in slipped.text and "公务用车运行维护费" in slipped.text
    assert "60000" not in slipped.text


def test_a_count_read_from_a_sentence_of_the_rows_texts(engine):
    cars = _ask(engine, "青川县教育局学生资助中心要买几辆车")
    assert cars.status == "answered" and "8辆" in cars.text and "4名" not in cars.text
    leaders = _ask(engine, "青川县教育局名师引进专项", "计划引进几个学科带头人")
    assert leaders.status == "answered" and "4名" in leaders.text and "300" not in leaders.text


def test_a_source_column_of_a_general_table_and_what_it_is(engine):
    other = _ask(engine, "丹江县体育局其他资金多少")
    assert other.status == "answered" and "30万元" in other.text and "未列" not in other.text
    what = _ask(engine, "丹江县体育局其他资金多少", "是什么钱")
    assert what.status == "answered" and "场馆出租收入" in what.text


def test_an_item_of_a_cell_listing_several_indicators(engine):
    second = _ask(engine, "青川县教育局名师引进专项多少钱", "它的绩效指标", "第二个指标值")
    assert second.status == "answered" and "≥300人次" in second.text and "4名" not in second.text
    past = _ask(engine, "青川县教育局名师引进专项多少钱", "它的绩效指标", "第三个指标值")
    assert past.status != "answered" and "300" not in past.text
