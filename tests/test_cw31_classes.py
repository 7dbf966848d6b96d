"""Confident wrong answers removed by class (cw31), on tables generated here with names and figures of their own.

Classes: a source of funds asked of one department, then
"另一个部门呢": that source, of the department named (never its total), and "合起来" adds the two. "X建几个"
read as a date indicator of X: the count X's indicator states (never how many indicators the table has), and with
"什么时候建成" after a space both are answered. Asked which department, "统计局那个年度值呢" picks that department's
option (the value of the indicator offered), not a new question of the department's whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, set_cells, simple_table
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, CLARIFY, Engine

_ARCHIVE_UNITS = [
    Unit("岚溪县档案馆", "141.60 123.60 6.00 12.00", [
        Item("馆藏档案数字化加工经费", "88.40 70.40 6.00 12.00",
             "对馆藏纸质档案开展数字化扫描和著录，建成档案目录数据库，提高档案利用效率。",
             [("11", "数字化加工页数", "≥60万页", "≥60万页"),
              ("12", "著录差错率", "≤0.5%", "≤0.5%"),
              ("13", "加工成果移交时限", "完工后30日内", "完工后30日内"),
              ("13", "资料归档及时率", "≥95%", "100%"),
              ("11", "新建查档服务点", "5个", "5个"),
              ("13", "查档服务点建成时间", "2026年9月底前", "2026年9月底前"),
              ("22", "档案查阅便利度", "明显提升", "线上查档占比≥40%"),
              ("31", "查档群众满意度", "≥92%", "≥92%")]),
        Item("档案库房安全运维经费", "31.20 31.20",
             "保障档案库房温湿度控制、消防和安防设备正常运行，确保馆藏档案实体安全。",
             [("11", "设备巡检次数", "≥24次", "≥24次"),
              ("12", "库房温湿度达标率", "≥98%", "≥98%"),
              ("13", "加工成果移交时限", "按季度移交", "按季度移交"),
              ("13", "资料归档及时率", "100%", "100%"),
              ("22", "档案实体安全", "不发生档案损毁事故", "零事故"),
              ("31", "馆内职工满意度", "≥88%", "≥88%")]),
        Item("档案编研与展览经费", "22.00 22.00",
             "编印地方史料汇编，举办馆藏档案专题展览，发挥档案资政育人作用。",
             [("11", "编印史料汇编册数", "2册", "2册"),
              ("12", "库房温湿度达标率", "≥98%", "≥98%"),
              ("22", "档案文化传播", "社会影响扩大", "观展人次≥5000"),
              ("31", "参观群众满意度", "≥90%", "≥90%")]),
    ]),
]


_SURVEY_UNITS = [
    Unit("岚溪县统计局", "57.30 49.30 3.00 5.00", [
        Item("住户收支抽样调查经费", "41.50 33.50 3.00 5.00",
             "按国家统计调查制度完成住户收支调查样本户记账、数据审核和上报。",
             [("11", "调查样本户数", "≥320户", "≥320户"),
              ("13", "资料归档及时率", "≥90%", "≥96%"),
              ("31", "调查户满意度", "≥86%", "≥86%")]),
        Item("统计执法检查经费", "15.80 15.80",
             "开展统计执法“双随机”检查，查处统计造假、弄虚作假行为。",
             [("11", "检查单位数量", "≥45家", "≥45家"),
              ("31", "被检查单位满意度", "≥80%", "≥80%")]),
    ]),
]


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def two_bureaus(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw31_two")
    return engine_over(folder / "kb.sqlite", [
        _write(folder, "lanxi_archive.txt", render("岚溪县档案局", "141.60 123.60 6.00 12.00", _ARCHIVE_UNITS)),
        _write(folder, "lanxi_stats.txt", render("岚溪县统计局", "57.30 49.30 3.00 5.00", _SURVEY_UNITS))])


@pytest.fixture(scope="module")
def archive_with_a_table(tmp_path_factory) -> Engine:
    """The archive bureau's targets beside a general table of another bureau (labelled facts loaded)."""
    folder: Path = tmp_path_factory.mktemp("cw31_mixed")
    table = folder / "lanxi_rent.xlsx"
    simple_table(table, "租金", "岚溪县机关事务局2025年办公用房租金表", "D2", "单位：万元",
                 ["序号", "用房单位", "面积（平方米）", "年租金"], [[1, "县档案局", 820, 24.6], [2, "县统计局", 460, 13.8]])
    set_cells(table, {"A2": "编制单位：岚溪县机关事务局"})
    return engine_over(folder / "kb.sqlite", [
        _write(folder, "lanxi_archive.txt", render("岚溪县档案局", "141.60 123.60 6.00 12.00", _ARCHIVE_UNITS)), table])


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw31_archive")
    return engine_over(folder / "kb.sqlite", [
        _write(folder, "lanxi_archive.txt", render("岚溪县档案局", "141.60 123.60 6.00 12.00", _ARCHIVE_UNITS))])


# --- 1. a source of funds asked of one department, then "另一个部门呢" ---------------------------------------------


@pytest.mark.parametrize(("first", "then", "held", "whole"), [
    ("岚溪县档案局其他资金多少", "统计局呢", "5", "57.3"),
    ("岚溪县统计局财政专户拨款", "档案局呢", "6", "141.6")])
def test_a_source_of_funds_carries_to_the_department_named_next(two_bureaus: Engine, first: str, then: str,
                                                                 held: str, whole: str) -> None:
    a = converse(two_bureaus, first, then)
    assert a.status == ANSWERED and f"{held}.00万元" in a.text and whole not in a.text, a.text


def test_the_two_departments_source_added(two_bureaus: Engine) -> None:
    a = converse(two_bureaus, "岚溪县档案局其他资金多少", "统计局呢", "合起来")
    assert a.status == ANSWERED and "17万元" in a.text, a.text


def test_a_department_named_with_its_own_question_is_its_total(two_bureaus: Engine) -> None:
    a = converse(two_bureaus, "岚溪县档案局其他资金多少", "统计局项目支出总计多少")
    assert a.status == ANSWERED and "57.30" in a.text, a.text


# --- 2. a count asked with a verb, of a thing whose date the words fit best -------------------------------------


def test_a_count_asked_is_the_things_count_not_the_tables_indicators(archive: Engine) -> None:
    a = archive.ask("查档服务点建几个", record=False)
    assert a.status == ANSWERED and "5个" in a.text and "一共有" not in a.text, a.text


def test_a_count_and_a_date_asked_together_are_both_answered(archive_with_a_table: Engine) -> None:
    a = archive_with_a_table.ask("查档服务点建几个 什么时候建成", record=False)
    assert a.status == ANSWERED and "5个" in a.text and "2026年9月底前" in a.text, a.text


def test_a_count_nothing_states_is_not_the_number_of_indicators(archive: Engine) -> None:
    a = archive.ask("档案库房建几个", record=False)
    assert a.status != ANSWERED or "一共有" not in a.text, a.text


def test_the_indicators_of_a_project_are_still_counted(archive: Engine) -> None:
    a = archive.ask("馆藏档案数字化加工经费有几个指标", record=False)
    assert a.status == ANSWERED and "8 个" in a.text, a.text


# --- 3. which department, answered by the department with the value asked ---------------------------------------


@pytest.mark.parametrize("reply", ["统计局那个年度值呢", "统计局那个年度值是多少", "统计局的呢 年度值多少"])
def test_a_reply_naming_the_department_and_the_value_picks_the_option(two_bureaus: Engine, reply: str) -> None:
    first = two_bureaus.ask("资料归档及时率是多少", record=False)
    assert first.status == CLARIFY, first.text
    a = converse(two_bureaus, "资料归档及时率是多少", reply)
    assert a.status == ANSWERED and "96%" in a.text and "资料归档及时率" in a.text, a.text


@pytest.mark.parametrize(("reply", "shown"), [("统计局有几个项目", "2"), ("统计局预算多少", "57.30")])
def test_a_reply_with_a_question_of_its_own_is_that_question(two_bureaus: Engine, reply: str, shown: str) -> None:
    a = converse(two_bureaus, "资料归档及时率是多少", reply)
    assert a.status == ANSWERED and shown in a.text and "96%" not in a.text, a.text
