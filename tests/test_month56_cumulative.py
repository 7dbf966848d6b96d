"""Execution reports over cumulative periods (a county's 1-9月 一般公共预算支出执行情况月报表: 年初 / 调整预算数, 1-3月 and
1-9月 累计执行数 under a merged 执行情况, 占调整预算%, 上年同期执行数, 同比增长%, 备注; items with "其中：" sub-items):
what was done is the period reaching furthest (never called 全年 when it is 1-9月), a period said picks its column or
is worked out of two running totals, sub-items are named with 支出 appended or after their parent, the top level is
ranked, the rows whose 同比 fell are listed, and the 备注 is read. Table fictional (柳溪县)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.values import ANSWERED
from bot.engine import Engine
from tests.conftest import converse, engine_over, write_workbook

# (label, 年初预算数, 调整预算数, 1-3月累计执行数, 1-9月累计执行数, 占调整预算%, 上年同期执行数, 同比增长%)
_LIUXI = (
    ("合计", 9000, 9600, 2100, 6900, 71.9, 6600, 4.5),
    ("一般公共服务支出", 1200, 1300, 310, 940, 72.3, 900, 4.4),
    ("公共安全支出", 700, 760, 160, 530, 69.7, 500, 6),
    ("  其中：公安", 520, 560, 120, 391, 69.8, 370, 5.7),
    ("        司法", 90, 100, 21, 71, 71, 66, 7.6),
    ("教育支出", 2600, 2800, 640, 2037, 72.8, 1950, 4.5),
    ("  其中：普通教育", 2100, 2230, 515, 1622, 72.7, 1560, 4),
    ("        职业教育", 300, 330, 70, 238, 72.1, 225, 5.8),
    ("卫生健康支出", 1500, 1610, 330, 1107, 68.8, 1133, -2.3),
    ("节能环保支出", 600, 640, 120, 420, 65.6, 380, 10.5),
    ("  其中：污染防治", 350, 380, 70, 251, 66.1, 230, 9.1),
    ("农林水支出", 1800, 1890, 420, 1416, 74.9, 1290, 9.8),
    ("  其中：水利", 760, 800, 170, 608, 76, 590, 3.1),
    ("交通运输支出", 600, 600, 120, 450, 75, 447, 0.7),
)
_NOTE = ("备注：1.本表为快报数；2.同比增长%=(1-9月累计执行数-上年同期执行数)÷上年同期执行数×100%；"
         "3.调整预算数含年中追加的支出。")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("month56")
    rows = list(_LIUXI)
    write_workbook(folder / "柳溪县财政局_2024年1-9月_一般公共预算支出执行情况月报表.xlsx", [
        ["柳溪县2024年1-9月一般公共预算支出执行情况月报表"],
        ["编报单位：柳溪县财政局", None, None, None, None, None, None, "单位：万元"],
        ["支出项目", "年初预算数", "调整预算数", "执行情况", None, "占调整预算%", "上年同期执行数", "同比增长%"],
        [None, None, None, "1-3月累计执行数", "1-9月累计执行数", None, None, None],
        *rows,
        [_NOTE]], ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4", "G3:G4", "H3:H4", f"A{5 + len(rows)}:H{5 + len(rows)}"],
        sheet="1-9月")
    return engine_over(folder / "kb.sqlite", [folder])


def _ask(engine: Engine, *turns: str):
    return converse(engine, *turns)


def test_what_was_done_is_the_furthest_period(engine):
    a = _ask(engine, "教育支出执行多少")
    assert a.status == ANSWERED and "2037" in a.text and "1-9月" in a.text and "640" not in a.text


def test_a_whole_year_asked_of_a_report_reaching_september_says_so(engine):
    a = _ask(engine, "柳溪2024年教育支出全年执行多少")
    assert a.status == ANSWERED and "2037" in a.text and "只到1-9月" in a.text


def test_a_period_said_picks_its_column(engine):
    a = _ask(engine, "农林水支出1-3月累计")
    assert a.status == ANSWERED and "420" in a.text and "1416" not in a.text


def test_a_period_not_printed_is_no_other_period(engine):
    for asked in ("农林水支出上半年执行多少", "农林水支出三季度执行多少"):
        a = _ask(engine, asked)
        assert a.status != ANSWERED and "1416" not in a.text and "420" not in a.text


def test_a_part_of_the_year_is_worked_out_of_two_running_totals(engine):
    a = _ask(engine, "教育支出4-9月执行多少")
    assert a.status == ANSWERED and "1397" in a.text and "2037" in a.text and "640" in a.text


def test_follow_ups_of_other_columns_take_the_row_just_shown(engine):
    assert "1290" in _ask(engine, "农林水全年执行", "上年同期呢").text
    a = _ask(engine, "卫生健康支出执行多少", "同比呢")
    assert a.status == ANSWERED and "-2.3" in a.text


def test_a_sub_item_named_with_spending_appended(engine):
    a = _ask(engine, "公安支出执行数")
    assert a.status == ANSWERED and "391" in a.text and "530" not in a.text
    a = _ask(engine, "水利支出2024年执行多少")
    assert a.status == ANSWERED and "608" in a.text


def test_an_item_under_the_row_just_named(engine):
    a = _ask(engine, "节能环保支出执行多少", "下面污染防治多少")
    assert a.status == ANSWERED and "251" in a.text


def test_an_item_the_report_does_not_print_is_unknown(engine):
    a = _ask(engine, "教育支出里学前教育多少")
    assert a.status != ANSWERED and "普通教育" in a.text and "2037" not in a.text and "1622" not in a.text


def test_the_top_level_ranked(engine):
    a = _ask(engine, "哪个类级支出最多")
    assert a.status == ANSWERED and "教育支出" in a.text and "2037" in a.text and "普通教育" not in a.text
    a = _ask(engine, "执行率最低的是哪类")
    assert a.status == ANSWERED and "节能环保支出" in a.text and "65.6" in a.text


def test_the_rows_whose_yoy_fell(engine):
    a = _ask(engine, "哪些支出同比下降了")
    assert a.status == ANSWERED and "卫生健康支出" in a.text and "交通运输支出" not in a.text and "教育支出" not in a.text


def test_the_total_of_the_table_named_by_its_title(engine):
    a = _ask(engine, "全县一般公共预算支出占调整预算百分之几")
    assert a.status == ANSWERED and "71.9" in a.text


def test_the_note_read(engine):
    a = _ask(engine, "备注里同比增长怎么算的")
    assert a.status == ANSWERED and "上年同期执行数" in a.text and "快报" not in a.text


def test_a_month_of_its_own_is_no_running_total(engine):
    a = _ask(engine, "一般公共预算9月当月支出")
    assert a.status != ANSWERED or "6900" not in a.text


def test_a_change_ranked_is_by_the_yoy_printed(engine):
    a = _ask(engine, "增长最快的是哪类")
    assert a.status == ANSWERED and "节能环保支出" in a.text and "10.5" in a.text
    a = _ask(engine, "同比降幅最大的是哪类")
    assert a.status == ANSWERED and "卫生健康支出" in a.text and "-2.3" in a.text


def test_the_total_asked_by_the_title_and_a_verb_it_also_prints(engine):
    a = _ask(engine, "一般公共预算支出执行多少")
    assert a.status == ANSWERED and "6900" in a.text and "2100" not in a.text


# (label, 年初预算数, 调整预算数, 1-6月累计执行数, 1-12月累计执行数, 占调整预算%, 上年同期执行数, 同比增长%)
_SHIQUAN = (
    ("合计", 5000, 5200, 2300, 5050, 97.1, 4900, 3.1),
    ("科学技术支出", 400, 420, 150, 410, 97.6, 380, 7.9),
    ("住房保障支出", 1600, 1680, 820, 1650, 98.2, 1600, 3.1),
    ("社会保障和就业支出", 3000, 3100, 1330, 2990, 96.5, 2920, 2.4),
    ("  其中：就业补助", 500, 540, 230, 522, 96.7, 480, 8.8),
    ("        抚恤", 260, 280, 120, 271, 96.8, 250, 8.4),
)


@pytest.fixture(scope="module")
def whole_year(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("month56y")
    write_workbook(folder / "石泉县财政局_2023年1-12月_一般公共预算支出执行情况表.xlsx", [
        ["石泉县2023年1-12月一般公共预算支出执行情况表"],
        [None, None, None, None, None, None, None, "单位：万元"],
        ["科目", "年初预算数", "调整预算数", "1-6月累计执行数", "1-12月累计执行数", "占调整预算%", "上年同期执行数",
         "同比增长%"],
        *_SHIQUAN], ["A1:H1"], sheet="执行")
    write_workbook(folder / "石泉县农业农村局_2023年_项目支出执行情况表.xlsx", [
        ["石泉县农业农村局2023年项目支出执行情况表"],
        [None, None, None, None, "单位：万元"],
        ["项目名称", "全年预算数", "1-6月执行数", "全年预计执行数", "执行率%"],
        ["农田灌溉补助", 300, 120, 290, 40],
        ["种苗繁育补助", 200, 90, 195, 45],
        ["病虫害防治经费", 100, 30, 100, 30]], ["A1:E1"], sheet="项目")
    return engine_over(folder / "kb.sqlite", [folder])


def test_the_whole_year_and_the_second_half(whole_year):
    a = converse(whole_year, "住房保障支出全年执行多少")
    assert a.status == ANSWERED and "1650" in a.text and "只到" not in a.text
    a = converse(whole_year, "住房保障下半年花了多少")
    assert a.status == ANSWERED and "830" in a.text and "1650" in a.text and "820" in a.text


def test_a_sub_item_after_its_parent_and_a_year_word(whole_year):
    a = converse(whole_year, "社会保障和就业支出执行多少", "里面就业补助多少")
    assert a.status == ANSWERED and "522" in a.text
    a = converse(whole_year, "抚恤支出2023年执行多少")
    assert a.status == ANSWERED and "271" in a.text


def test_a_whole_year_asked_of_a_table_printing_its_own_forecast_is_not_its_first_half(whole_year):
    a = converse(whole_year, "农田灌溉补助全年执行多少")
    assert "120万元" not in a.text or "290" in a.text


def test_a_side_the_title_does_not_say_is_not_its_total(engine):
    a = _ask(engine, "柳溪一般公共预算收入执行多少")
    assert "6900" not in a.text and "2100" not in a.text
