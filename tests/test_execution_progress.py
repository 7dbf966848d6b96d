"""Execution-progress tables (预算执行进度表), by class of question: period words read as the columns or the
title a table prints them with (一季度, 前三季度 = 1-9月, 上半年 of quarters) and sums of periods; a printed rate
read, never recomputed over other columns; what remains is the adjusted budget less what was done (never an
amount less a rate); two columns of one row compared (in 个百分点 for two rates), a filter comparing two
columns per row; the reason a row's 备注 gives; a row named alone and the follow-up keeping its columns.

The tables are small ones written here, of their own names and figures (numbers stored as text, blanks for
zero, a second sheet by quarter); every expected figure is read off them by hand.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.engine import Engine, Session

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def _progress_table(path: Path) -> None:
    """云岭县文化旅游局 1-9月预算执行进度表 (figures as text, 执行率 printed) and a sheet of 项目支出 by quarter."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1-9月执行进度"
    ws.append(["云岭县文化旅游局2025年1-9月预算执行进度表"])
    ws.merge_cells("A1:H1")
    ws.append(["", "", "", "", "", "", "", "单位：万元"])
    ws.append(["项目", "年初预算", "调整后预算", "1-9月执行数", "执行率", "序时进度", "差异（百分点）", "备注"])
    rows = [("一、基本支出",), ("人员经费", "500.00", "520.00", "390.00", "75.00%", "75.00%", "0.00"),
            ("公用经费", "100.00", "100.00", "60.00", "60.00%", "75.00%", "-15.00"),
            ("基本支出小计", "600.00", "620.00", "450.00", "72.58%", "75.00%", "-2.42"),
            ("二、项目支出",),
            ("文物保护专项", "200.00", "150.00", "30.00", "20.00%", "75.00%", "-55.00", "修缮方案未批复"),
            ("旅游推广经费", "80.00", "80.00", "72.00", "90.00%", "75.00%", "15.00"),
            ("项目支出小计", "280.00", "230.00", "102.00", "44.35%", "75.00%", "-30.65"),
            ("总计", "880.00", "850.00", "552.00", "64.94%", "75.00%", "-10.06")]
    for row in rows:
        ws.append(list(row))
    ws.append([])
    ws.append(["注：1.执行率=1-9月执行数/调整后预算；2.序时进度按75%计算；3.空白表示0。"])
    quarters = wb.create_sheet("项目支出分季度")
    quarters.append(["项目支出分季度执行情况"])
    quarters.append(["", "", "", "", "单位：万元"])
    quarters.append(["项目", "第一季度", "第二季度", "第三季度", "1-9月累计"])
    for row in [("文物保护专项", None, "10.00", "20.00", "30.00"), ("旅游推广经费", "20.00", "25.00", "27.00", "72.00"),
                ("合计", "20.00", "35.00", "47.00", "102.00")]:
        quarters.append(list(row))
    wb.save(path)


def _quarterly_table(path: Path) -> None:
    """松桥县水务局 spending by quarter beside the year's budget and actual spending, a 合计 row (and a row
    called 推广经费, which the other table's 旅游推广经费 ends with)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分季度支出"
    ws.append(["松桥县水务局2025年项目支出预算分季度执行表"])
    ws.append(["单位：万元"])
    ws.append(["项目", "年度预算数", "第一季度", "第二季度", "第三季度", "第四季度", "全年实际支出"])
    for row in [("供水保障", 100, 10, 20, 30, 30, 90), ("防汛抢险", 50, 5, 5, 10, 20, 40), ("推广经费", 0, 0, 0, 0, 0, 0),
                ("合计", 150, 15, 25, 40, 50, 130)]:
        ws.append(list(row))
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    tables = tmp_path_factory.mktemp("progress_tables")
    _progress_table(tables / "yunling_wenlv_2025_progress.xlsx")
    _quarterly_table(tables / "songqiao_shuiwu_2025_quarters.xlsx")
    db = built_copy([DATA / "samples", tables], tmp_path_factory.mktemp("progress") / "kb.sqlite")
    return Engine(db, ROOT / "knowledge" / "vocabulary.toml")


def answered(engine: Engine, question: str, *want: str, never: tuple[str, ...] = (),
             session: Session | None = None) -> str:
    a = engine.ask(question, session)
    assert a.status == "answered", (question, a.text)
    said = re.sub(r"（来源[^）]*）", "", a.text)  # not the citations (whose "2025年" holds "20" and "25")
    for w in want:
        assert w in said, (question, w, a.text)
    for w in never:
        assert w not in said, (question, w, a.text)
    return a.text


# --- period words: the columns (or the title) a table prints them with ------------------------------------


def test_the_first_three_quarters_are_the_1_to_9_column_of_the_total_row(engine):
    answered(engine, "云岭县文化旅游局前三季度一共支出了多少", "552", never=("102",))


def test_a_quarter_of_a_row_is_its_quarter_column(engine):
    answered(engine, "旅游推广经费一季度执行多少", "20.00", never=("25.00", "72"))


def test_a_blank_quarter_of_a_workbook_noting_blanks_as_zero_is_zero(engine):
    text = answered(engine, "文物保护专项一季度执行多少", "第一季度", never=("10.00", "20.00"))
    assert "：0" in text


def test_a_quarter_of_a_subtotal_is_the_total_of_the_sheet_titled_with_it(engine):
    answered(engine, "项目支出第三季度执行多少", "47", "项目支出分季度", never=("27.00",))


def test_another_quarter_in_a_follow_up_keeps_the_row(engine):
    s = Session()
    answered(engine, "旅游推广经费一季度执行", "20.00", session=s)
    answered(engine, "二季度呢", "25.00", never=("27.00",), session=s)


def test_two_quarters_compared_are_a_difference_in_the_order_said(engine):
    answered(engine, "项目支出第三季度比第二季度变化多少", "47 - 35 = 12")


def test_half_a_year_of_quarters_is_their_sum(engine):
    answered(engine, "松桥水务局上半年支出多少", "15 + ", "25 = 40")


def test_a_period_over_a_whole_year_column_is_a_share_of_one_row(engine):
    answered(engine, "松桥水务局三季度支出占全年实际支出的比重", "40 ÷ 130", "30.77%")


def test_a_period_figure_then_its_share_of_the_budget(engine):
    s = Session()
    answered(engine, "松桥水务局一季度总支出", "15", session=s)
    answered(engine, "占全年预算多少", "15 ÷ 150", "10.00%", never=("130",), session=s)


# --- a printed rate is read; arithmetic never crosses units -----------------------------------------------


def test_a_total_rate_is_the_printed_one_of_the_total_row(engine):
    text = answered(engine, "云岭县文化旅游局1到9月总执行率多少", "64.94%")
    assert "62.73" not in text and "÷" not in text


def test_what_remains_is_the_adjusted_budget_less_what_was_done(engine):
    text = answered(engine, "云岭县文化旅游局还剩多少预算没执行", "850 - 552 = 298")
    assert "64.94" not in text and "880" not in text
    answered(engine, "文物保护专项还剩多少没执行", "150 - 30 = 120", never=("20.00",))


def test_a_percentage_point_column_is_not_money(engine):
    answered(engine, "旅游推广经费的差异是多少", "15.00百分点", never=("万元",))


# --- two columns of one row ---------------------------------------------------------------------------


def test_two_columns_and_no_row_named_are_the_total_rows(engine):
    answered(engine, "云岭县文化旅游局调整后预算比年初少多少", "850 - 880 = -30", never=("620", "230"))


def test_two_rates_differ_in_percentage_points(engine):
    text = answered(engine, "文物保护专项执行率比序时进度差多少个百分点", "20 - 75 = -55个百分点")
    assert "%）" not in text  # no rate of change of a rate


def test_only_what_it_is_compared_with_said_after_a_row(engine):
    s = Session()
    answered(engine, "旅游推广经费", session=s)
    answered(engine, "比序时进度快多少", "90 - 75 = 15个百分点", session=s)


def test_rows_where_one_rate_exceeds_another(engine):
    text = answered(engine, "哪些项目执行率超过序时进度", "旅游推广经费")
    assert "文物保护专项" not in text and "人员经费" not in text


# --- the reason a row's 备注 gives; a row named alone ------------------------------------------------------


def test_a_reason_asked_is_the_rows_remark(engine):
    answered(engine, "文物保护专项执行率为啥低", "20.00%", "修缮方案未批复")
    answered(engine, "公用经费为什么执行率低", "60.00%", "备注为空", never=("修缮方案",))


def test_a_row_named_alone_says_its_amounts_and_the_follow_up_keeps_them(engine):
    s = Session()
    answered(engine, "云岭县文化旅游局基本支出小计", "600", "620", "450", session=s)
    answered(engine, "项目支出小计呢", "280", "230", "102", never=("620",), session=s)


def test_a_row_said_by_the_end_of_its_name_where_the_exact_one_lacks_the_column(engine):
    answered(engine, "推广经费执行率比序时进度差多少个百分点", "旅游推广经费", "90 - 75 = 15个百分点")


def test_a_budget_asked_of_a_row_is_its_budget_column_not_the_title_saying_budget(engine):
    s = Session()
    answered(engine, "供水保障预算多少", "年度预算数", "100", never=("90", "差异"), session=s)
    answered(engine, "比防汛抢险多多少", "100 − 50 = 50", session=s)


def test_a_completion_over_the_budget_named_is_computed_not_the_printed_rate_of_another_base(engine):
    # the table's 执行率 is over 调整后预算 (its note says so); 完成年初预算 is 1-9月执行数 ÷ 年初预算
    text = answered(engine, "云岭县文化旅游局完成年初预算百分比", "552 ÷ 880", never=("64.94%",))
    assert "62.73%" in text
