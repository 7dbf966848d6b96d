"""Questions over tables of departments and units (tests/data/dept64, fictional 白溪县; and 临江县's 执行进度表 of
tests/data/dept62): two asks in one message ("…多少，河道管理站呢", "…一共多少，…当年多少") each answered with its
figure; "减少最多" / "降幅最大" of rows that all grew says none fell (never the least growth as the greatest fall);
明年 / 今年 counted from the year of the table whose row is named (a 2025 plan printing its 2026 column); a
staffing table's 小计 written in the 序号 column is its group's subtotal, not a unit's row.
Figures worked out by hand from tests/data/dept64/make_docs.py and tests/data/dept62/make_progress.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent
MAKER = ROOT / "data" / "dept64" / "make_docs.py"
DEPT62 = ROOT / "data" / "dept62"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("dept64")
    spec = importlib.util.spec_from_file_location("dept64_docs", MAKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return engine_over(folder / "kb.sqlite", [*module.build(folder), DEPT62])


@pytest.mark.parametrize("question, shown", [
    # 水利局 小计 2460/3550 = 69.30% less 75% = -5.7; 河道管理站 760/950 = 80% less 75% = 5
    ("水利局执行率低于序时进度多少，河道管理站呢", ["5.7", "水利局", "河道管理站", "80 - 75 = 5"]),
    # 公安局 调整后预算数 6400; 民政局 1900
    ("公安局调整后预算数多少，民政局呢", ["6400", "1900"]),
])
def test_two_asks_in_one_message(engine, question, shown):
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert all(x in a.text for x in shown), a.text


@pytest.mark.parametrize("question", ["白溪哪个部门三公经费减少最多", "白溪三公经费减少最多的部门",
                                      "白溪哪个部门三公经费降幅最大"])
def test_none_fell(engine, question):
    # every department's 2026 figure is above its 2025 one: none fell; the least growth (县教育局 +0.4, or
    # 县公安局 +1.00%) may be named, as the least growth
    a = converse(engine, question)
    assert a.text.startswith("没有减少"), a.text
    assert "降幅最大的是" not in a.text and "增加最少的是县" in a.text, a.text


def test_growth_still_ranked(engine):
    a = converse(engine, "白溪哪个部门三公经费增长最多")
    assert a.status == "answered" and "县公安局" in a.text and "3" in a.text, a.text  # 303 - 300


@pytest.mark.parametrize("question, shown, never", [
    ("白溪县城区供水管网改造明年计划投资", "450", "800"),      # the 2025 plan's 2026 column
    ("城区供水管网改造下一年计划投资多少", "450", "800"),
    ("城区供水管网改造今年计划投资多少", "800", "450"),         # its own year, not the newest table's
])
def test_next_year_of_the_table_named(engine, question, shown, never):
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text and never not in a.text, a.text


@pytest.mark.parametrize("question", ["城区供水管网改造后年计划投资多少", "白溪县公安局明年三公经费"])
def test_a_year_not_printed_is_said_so(engine, question):
    # 2027: neither the 2025 plan nor the 2026 三公 table prints it
    a = converse(engine, question)
    assert a.status == "unknown" and "2027" in a.text, a.text


@pytest.mark.parametrize("question, shown, never", [
    ("白溪县教育局编制数多少", "140", "20人"),              # its 小计 (20 + 120), never 本级's 20
    ("白溪县卫生健康局实有人数", "338", "15人"),            # 15 + 287 + 36
    ("白溪县第一中学编制数", "120", "140"),
    ("白溪哪个单位编制数最多", "白溪县人民医院", "小计"),      # units ranked, no subtotal among them
])
def test_subtotal_in_the_number_column(engine, question, shown, never):
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text.splitlines()[0] and never not in a.text, a.text


def test_units_of_a_department(engine):
    a = converse(engine, "白溪县教育局下面有几个单位")
    assert "2" in a.text and "白溪县第一中学" in a.text and "卫生" not in a.text, a.text


@pytest.mark.parametrize("question", ["全市三公经费合计多少", "白溪全市三公经费合计", "临江全市执行率多少"])
def test_a_whole_place_of_another_level(engine, question):
    # the tables are two counties' (白溪县, 临江县): 全市 is no place they print; never the county's total as the city's
    a = converse(engine, question)
    assert a.status == "unknown" and "全市" in a.text, a.text


@pytest.mark.parametrize("question, shown", [("全县三公经费合计多少", "346.9"), ("临江全县执行率多少", "76.14%")])
def test_a_whole_place_of_the_tables_level(engine, question, shown):
    a = converse(engine, question)
    assert a.status == "answered" and shown in a.text, a.text
