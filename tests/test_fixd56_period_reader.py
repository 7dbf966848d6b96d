"""One reading of a header's period (words.month_span / running_span) for every reader of running totals: a monthly
report whose headers say 一至三月 / 一至九月累计执行数 (or 1－9月, full width) is read as one saying 1-3月 / 1-9月, a
report printing 本年累计执行数 reaches the month its title says, and the monitoring and running-total readers see the
same spans. Tables fictional (桐岭县, 石门县)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.facts import monitor, values
from bot.answer.facts.words import month_span, running_span
from bot.dialogue.values import ANSWERED
from bot.engine import Engine
from tests.conftest import converse, engine_over, write_workbook

# (label, 年初预算数, 调整预算数, 一至三月累计执行数, 一至九月累计执行数, 占调整预算%, 上年同期执行数, 同比增长%)
_TONGLING = (
    ("合计", 8000, 8400, 1900, 6100, 72.6, 5800, 5.2),
    ("一般公共服务支出", 1100, 1150, 280, 830, 72.2, 800, 3.8),
    ("教育支出", 2300, 2450, 560, 1790, 73.1, 1700, 5.3),
    ("  其中：普通教育", 1900, 2000, 460, 1460, 73, 1400, 4.3),
    ("        职业教育", 250, 270, 60, 200, 74.1, 190, 5.3),
    ("卫生健康支出", 1300, 1390, 300, 980, 70.5, 1010, -3),
    ("农林水支出", 1600, 1660, 390, 1230, 74.1, 1150, 7),
    ("交通运输支出", 500, 520, 110, 370, 71.2, 360, 2.8),
)

# (label, 年初预算数, 调整预算数, 本年累计执行数, 占调整预算%, 上年同期执行数, 同比增长%)
_SHIMEN = (
    ("合计", 5000, 5300, 3700, 69.8, 3500, 5.7),
    ("教育支出", 1500, 1600, 1130, 70.6, 1080, 4.6),
    ("卫生健康支出", 900, 950, 640, 67.4, 660, -3),
    ("农林水支出", 1100, 1160, 830, 71.6, 790, 5.1),
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("fixd56")
    rows = list(_TONGLING)
    write_workbook(folder / "桐岭县财政局_2024年一至九月_一般公共预算支出执行情况月报表.xlsx", [
        ["桐岭县2024年一至九月一般公共预算支出执行情况月报表"],
        ["编报单位：桐岭县财政局", None, None, None, None, None, None, "单位：万元"],
        ["支出项目", "年初预算数", "调整预算数", "执行情况", None, "占调整预算%", "上年同期执行数", "同比增长%"],
        [None, None, None, "一至三月累计执行数", "一至九月累计执行数", None, None, None],
        *rows], ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4", "G3:G4", "H3:H4"], sheet="一至九月")
    return engine_over(folder / "kb.sqlite", [folder])


@pytest.fixture(scope="module")
def to_date(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("fixd56b")
    write_workbook(folder / "石门县财政局_2024年9月_一般公共预算支出执行情况月报表.xlsx", [
        ["石门县2024年9月一般公共预算支出执行情况月报表"],
        ["编报单位：石门县财政局", None, None, None, None, None, "单位：万元"],
        ["支出项目", "年初预算数", "调整预算数", "本年累计执行数", "占调整预算%", "上年同期执行数", "同比增长%"],
        *_SHIMEN], ["A1:G1"], sheet="9月")
    return engine_over(folder / "kb.sqlite", [folder])


def test_the_one_reading_of_a_span_knows_every_form():
    for said in ("1-9月累计执行数", "1－9月累计执行数", "1至9月执行数", "一至九月累计执行数", "一到九月累计执行数"):
        assert month_span(said) == (1, 9), said
        assert running_span(said) == (1, 9), said
    assert month_span("一至十二月") == (1, 12)
    assert running_span("4-9月执行数") is None and month_span("2024年9月") is None
    assert running_span("本年累计执行数", "石门县2024年9月一般公共预算支出执行情况月报表") == (1, 9)
    assert running_span("本年累计执行数", "石门县一般公共预算支出执行情况") is None  # (no month the title reaches)
    assert running_span("上年同期执行数", "2024年9月") is None


def test_running_totals_and_monitoring_columns_read_the_same_spans():
    for said in ("1-9月累计执行数", "一至九月累计执行数", "1－9月累计", "本年累计执行数"):
        assert values.running_total({"col_labels": said, "row_labels": "教育支出"}), said
    assert monitor._span_column("一至六月执行数") and monitor._span_column("1-6月执行数")
    assert not monitor._span_column("4-6月执行数") and not monitor._span_column("上年同期执行数")


def test_chinese_month_headers_are_read_like_1_9(engine):
    a = converse(engine, "教育支出执行多少")
    assert a.status == ANSWERED and "1790" in a.text and "560" not in a.text
    a = converse(engine, "农林水支出1-3月累计")
    assert a.status == ANSWERED and "390" in a.text and "1230" not in a.text
    a = converse(engine, "农林水支出一至九月执行多少")
    assert a.status == ANSWERED and "1230" in a.text


def test_chinese_month_headers_give_a_part_of_the_year_and_never_the_whole_year(engine):
    a = converse(engine, "教育支出4-9月执行多少")
    assert a.status == ANSWERED and "1230" in a.text and "1790" in a.text and "560" in a.text
    a = converse(engine, "桐岭2024年教育支出全年执行多少")
    assert a.status == ANSWERED and "1790" in a.text and "只到1-9月" in a.text
    a = converse(engine, "农林水支出上半年执行多少")  # (no 1-6月 column: never 一至三月 nor 一至九月)
    assert "1230" not in a.text and "390" not in a.text


def test_a_running_total_to_date_reaches_the_month_of_its_title(to_date):
    a = converse(to_date, "石门2024年教育支出全年执行多少")
    assert a.status == ANSWERED and "1130" in a.text and "只到1-9月" in a.text
    a = converse(to_date, "石门卫生健康支出上半年执行多少")  # (only 1-9月 printed: no first half)
    assert "640" not in a.text
