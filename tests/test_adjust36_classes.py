"""Budget adjustment tables (预算调整表): rows by subject code (类 3 / 款 5 / 项 7 digits), the year's first budget,
the change itself printed in its own column (调整数, 增减额) and the budget after it, with a column saying why.
The change column is the adjustment (调减 300, never after − before of other columns); 追加 / 压减 name it too;
the rows ranked or filtered at the level asked; the reason asked with it; a subtitle in brackets under the
title is no header of the table."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

# 青川县: codes and names in two columns, 调整情况 merged over 调整数 | 调整后预算, the other heads merged down.
_QINGCHUAN = [(None, "合    计", 54000, 950, 54950, None),
              ("201", "一般公共服务支出", 6000, -300, 5700, None),
              ("20101", "人大事务", 900, -100, 800, "压减会议费"),
              ("20103", "政府办公厅（室）及相关机构事务", 2100, -250, 1850, "压减公用经费"),
              ("20106", "财政事务", 3000, 50, 3050, "财政信息系统运维"),
              ("204", "公共安全支出", 4000, 150, 4150, None),
              ("20402", "公安", 2500, 120, 2620, "增加辅助执法人员经费"),
              ("20406", "司法", 1500, 30, 1530, "法律援助补助增加"),
              ("205", "教育支出", 20000, 1500, 21500, None),
              ("20502", "普通教育", 18000, 1800, 19800, "上级下达学前教育补助"),
              ("20503", "职业教育", 2000, -300, 1700, "实训基地项目延后"),
              ("210", "卫生健康支出", 9000, 400, 9400, None),
              ("21004", "公共卫生", 5000, -50, 4950, None),
              ("2100401", "疾病预防控制机构", 1200, 150, 1350, "检测设备购置"),
              ("2100409", "重大公共卫生服务", 800, -200, 600, "据实结算"),
              ("21007", "计划生育事务", 4000, 450, 4450, "扶助对象增加"),
              ("213", "农林水支出", 15000, -800, 14200, None),
              ("21301", "农业农村", 9000, -1200, 7800, "部分项目调至下年"),
              ("21303", "水利", 6000, 400, 6400, "上级追加水毁修复资金")]

# 枫溪市: code and name in one column, one header row: 调整前预算数 | 增减额 | 调整后预算数 | 说明.
_FENGXI = [("合计", 30000, -600, 29400, None),
           ("208社会保障和就业支出", 12000, 900, 12900, None),
           ("20805行政事业单位养老支出", 8000, 700, 8700, "养老金标准提高"),
           ("20808抚恤", 4000, 200, 4200, "优抚标准提高"),
           ("212城乡社区支出", 18000, -1500, 16500, None),
           ("21201城乡社区管理事务", 3000, -100, 2900, "压减一般性支出"),
           ("21203城乡社区公共设施", 15000, -1400, 13600, "改由专项债券安排")]


def _qingchuan(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支出调整表"
    ws["A1"] = "青川县2025年一般公共预算支出调整表"
    ws["A2"] = "（2025年县人大常委会第九次会议审议）"
    ws["F2"] = "单位：万元"
    for c, h in enumerate(["科目编码", "科目名称", "年初预算", "调整情况", None, "调整原因"], 1):
        ws.cell(3, c, h)
    ws.cell(4, 4, "调整数")
    ws.cell(4, 5, "调整后预算")
    for rng in ("A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4"):
        ws.merge_cells(rng)
    for r, row in enumerate(_QINGCHUAN, 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(path)


def _fengxi(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "调整方案"
    ws["A1"] = "枫溪市2025年一般公共预算支出调整方案表"
    ws["E2"] = "单位：万元"
    for c, h in enumerate(["功能科目", "调整前预算数", "增减额", "调整后预算数", "说明"], 1):
        ws.cell(3, c, h)
    for r, row in enumerate(_FENGXI, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(path)


def _liutang(path: Path) -> None:
    """Another department's table of lines, no adjustment printed (卫生健康支出 and 国防支出 are its own)."""
    simple_table(path, "支出", "柳塘区财政局2025年部门支出预算表", "C2", "单位：万元",
                 ["项目", "2025年预算数", "2024年预算数"],
                 [("合计", 900, 850), ("国防支出", 300, 280), ("卫生健康支出", 600, 570)])


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("adjust36")
    _qingchuan(folder / "qingchuan_adjust.xlsx")
    _fengxi(folder / "fengxi_adjust.xlsx")
    _liutang(folder / "liutang_budget.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qingchuan_adjust.xlsx", folder / "fengxi_adjust.xlsx",
                                              folder / "liutang_budget.xlsx"])


@pytest.fixture(scope="module")
def qingchuan(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("adjust36_one")
    _qingchuan(folder / "qingchuan_adjust.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qingchuan_adjust.xlsx"])


@pytest.mark.parametrize(("question", "word", "change", "after"), [
    ("青川县普通教育调了多少", "调增", "1800", "19800"),
    ("青川县职业教育压减了多少", "调减", "300", "1700"),
    ("青川县水利追加了多少", "调增", "400", "6400"),
    ("枫溪市抚恤调增多少", "调增", "200", "4200"),
    ("枫溪市城乡社区公共设施调减多少", "调减", "1400", "13600")])
def test_the_change_column_is_the_adjustment(engine: Engine, question: str, word: str, change: str,
                                              after: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and f"{word} {change}万元" in a.text and after in a.text


def test_the_change_column_read_with_the_table_alone(qingchuan: Engine) -> None:
    a = converse(qingchuan, "财政事务调增多少")
    assert a.status == "answered" and "调增 50万元" in a.text and "2950" not in a.text


def test_a_bracketed_subtitle_is_no_header(qingchuan: Engine) -> None:
    a = converse(qingchuan, "人大事务调整后预算多少")
    assert a.status == "answered" and "800" in a.text and "审议" not in a.text.split("（来源")[0]


@pytest.mark.parametrize(("question", "top", "change"), [
    ("哪个类调增最多", "教育支出", "1500"),
    ("哪个款调增最多", "普通教育", "1800"),
    ("哪个款调减最多", "农业农村", "1200")])
def test_ranked_at_the_level_asked(qingchuan: Engine, question: str, top: str, change: str) -> None:
    a = converse(qingchuan, question)
    assert a.status == "answered" and top in a.text.splitlines()[0] and change in a.text.splitlines()[0]


def test_the_next_place_of_a_ranking(qingchuan: Engine) -> None:
    a = converse(qingchuan, "哪个款调减最多", "第二呢")
    assert a.status == "answered" and "职业教育" in a.text and "300" in a.text


def test_the_classes_adjusted_down(qingchuan: Engine) -> None:
    a = converse(qingchuan, "哪些类是调减的")
    assert a.status == "answered" and "一般公共服务支出" in a.text and "农林水支出" in a.text
    assert "职业教育" not in a.text and "教育支出" not in a.text


def test_past_a_bound_at_a_level(engine: Engine) -> None:
    a = converse(engine, "枫溪市调减超过1000万元的款有哪些")
    assert a.status == "answered" and "城乡社区公共设施" in a.text
    assert "212城乡社区支出" not in a.text and "城乡社区管理事务" not in a.text


def test_the_reason_said_with_the_change(engine: Engine) -> None:
    a = converse(engine, "枫溪市城乡社区公共设施调减多少 原因")
    assert a.status == "answered" and "1400" in a.text and "专项债券" in a.text


def test_the_reason_asked_after_the_row(qingchuan: Engine) -> None:
    a = converse(qingchuan, "人大事务调了多少", "原因呢")
    assert a.status == "answered" and "压减会议费" in a.text


def test_a_ranking_of_two_places_asks_which(engine: Engine) -> None:
    a = converse(engine, "哪个款调减最多")
    assert a.status == "clarify" and "枫溪市" in a.text and "青川县" in a.text


def test_a_line_said_with_spending_after_it(qingchuan: Engine) -> None:
    # "公安支出" is the line 20402公安, not the class 公共安全支出 whose initials it also is
    a = converse(qingchuan, "公安支出调了多少")
    assert a.status == "answered" and "20402公安" in a.text and "调增 120万元" in a.text


def test_the_table_said_by_its_kind_then_a_column(engine: Engine) -> None:
    a = converse(engine, "青川县一般公共预算支出调整后合计多少")
    assert a.status == "answered" and "54950" in a.text


def test_the_rate_of_the_change(qingchuan: Engine) -> None:
    a = converse(qingchuan, "卫生健康支出调整幅度是多少")
    assert a.status == "answered" and "4.44%" in a.text and "400 ÷ 9000" in a.text


def test_which_of_the_lines_just_listed_went_down(qingchuan: Engine) -> None:
    a = converse(qingchuan, "公共卫生下面有哪些项", "哪个调减了")
    assert a.status == "answered" and "重大公共卫生服务" in a.text and "疾病预防控制机构" not in a.text


def test_the_classes_counted(qingchuan: Engine) -> None:
    a = converse(qingchuan, "调整表里一共几个类")
    assert a.status == "answered" and "共 5 项" in a.text


def test_a_year_the_table_is_not_of(qingchuan: Engine) -> None:
    a = converse(qingchuan, "教育支出调了多少", "2024年调了多少")
    assert a.status != "answered" or "1500" not in a.text


def test_the_adjustment_of_a_line_another_table_prints_too(engine: Engine) -> None:
    # 柳塘区's table prints 卫生健康支出 without any adjustment: only 青川县's table answers the change
    a = converse(engine, "卫生健康支出调了多少")
    assert a.status == "answered" and "调增 400万元" in a.text


def test_a_change_of_a_line_no_adjusted_table_holds(engine: Engine) -> None:
    # 国防支出 is only in 柳塘区's table, which prints no adjustment: never its budget as the answer
    a = converse(engine, "国防支出调整多少")
    assert a.status != "answered" and "300" not in a.text


@pytest.mark.parametrize(("question", "top", "percent"), [
    ("哪个款调减幅度最大", "职业教育", "-15.00%"),
    ("调增幅度最大的款", "计划生育事务", "11.25%")])
def test_ranked_by_the_rate_of_the_change(qingchuan: Engine, question: str, top: str, percent: str) -> None:
    # by the change over 年初 (职业教育 300 of 2000), never by its size (农业农村 1200 of 9000)
    a = converse(qingchuan, question)
    assert a.status == "answered" and top in a.text and percent in a.text


def test_the_rate_of_a_change_down(qingchuan: Engine) -> None:
    a = converse(qingchuan, "职业教育调减幅度")
    assert a.status == "answered" and "调减 300万元" in a.text and "-15.00%" in a.text


def test_before_the_adjustment_is_the_first_budget(qingchuan: Engine) -> None:
    # 调整前 of a table printing 年初预算: that column, never the change (1500)
    a = converse(qingchuan, "教育支出调整前多少")
    assert a.status == "answered" and "20000" in a.text and "1500" not in a.text


def test_the_reason_of_a_line_left_blank(qingchuan: Engine) -> None:
    # a 类 line gives no reason: said so, with its 款's reasons — never one of its figures as the answer
    a = converse(qingchuan, "农林水支出为啥调减")
    assert "没有填写调整原因" in a.text and "部分项目调至下年" in a.text and "水毁修复" in a.text


def test_the_lines_under_a_subject_ranked(qingchuan: Engine) -> None:
    # the 款 under 卫生健康支出, never the 类 line itself
    a = converse(qingchuan, "卫生健康支出下面哪个款调增最多")
    assert a.status == "answered" and "计划生育事务" in a.text.splitlines()[0] and "450" in a.text


def test_a_level_said_before_the_adjustment(qingchuan: Engine) -> None:
    a = converse(qingchuan, "哪些款调增超过150万元")
    assert a.status == "answered" and "普通教育" in a.text and "水利" in a.text and "计划生育事务" in a.text
    assert "205教育支出" not in a.text and "公安" not in a.text


def test_a_word_no_line_is_named_by_is_not_the_total(qingchuan: Engine) -> None:
    a = converse(qingchuan, "预备费调了多少")
    assert a.status != "answered" and "950" not in a.text
