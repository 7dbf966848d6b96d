"""Confident wrong answers removed by class (cw38), on tables generated here with names and figures of their own.

Classes: a count asked ("多少座", "参保人数呢") that a project's text only names, with no figure of it (a numeral
inside a phrase, "一园一档", is no count): not in the table, the sentence shown, never answered as if it said
how many. The thing a rate indicator is of, said without the rate ("临时救助金多少" of 临时救助金发放准确率): asks the
thing's money, which the table does not break down, never the rate as its amount. A ranking of projects over
every department with a year said ("2026年经费最多的项目"): only the tables of that year. "本年预算最多的专项": the
ranking of the special-funds table whose column is said (专项 its row noun), not every department's projects. A
follow-up naming a part of the row just shown that none of its values is ("东岭镇小计" → "其中低保户多少户"): not
listed apart, never the same row again as its answer."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over, simple_table
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, UNKNOWN, Engine

_UNITS = [
    Unit("槐岭县民政局本级", "248.50 228.50 20.00", [
        Item("困难群众基本生活救助资金", "148.00 128.00 20.00",
             "保障全县城乡低保对象、特困人员基本生活，及时发放临时救助金，兜牢民生底线。",
             [("11", "保障困难群众人数", "≥3200人", "≥3200人"),
              ("12", "临时救助金发放准确率", "≥98%", "≥98%"),
              ("13", "救助资金发放及时率", "100%", "100%"),
              ("31", "救助对象满意度", "≥90%", "≥90%")]),
        Item("烈士纪念设施保护经费", "45.00 45.00",
             "对全县烈士陵园和零散烈士墓开展日常维护，建立一园一档，落实专人管护。",
             [("12", "纪念设施完好率", "≥95%", "≥95%"),
              ("31", "烈属满意度", "≥90%", "≥90%")]),
        Item("城区绿化养护经费", "12.00 12.00",
             "对城区主次干道行道树开展修剪和病虫害防治，实行一路一长，确保补植苗木成活。",
             [("12", "补植苗木成活率", "≥90%", "≥90%")]),
        Item("城乡居民医疗救助资金", "43.50 43.50",
             "资助困难群众参加城乡居民基本医疗保险，参保人数达到应保尽保要求。",
             [("12", "资助参保对象覆盖率", "100%", "100%"),
              ("31", "受助群众满意度", "≥88%", "≥88%")]),
    ]),
]


@pytest.fixture(scope="module")
def civil(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw38_civil")
    path = folder / "huailing_mzj.txt"
    path.write_text(render("槐岭县民政局", "248.50 228.50 20.00", _UNITS), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path])


# --- 1. a count its text only names --------------------------------------------------------------------------


@pytest.mark.parametrize("turns", [("烈士陵园全县一共多少座",), ("城区绿化养护经费", "行道树有多少棵"),
                                   ("城乡居民医疗救助资金多少", "那它的参保人数呢")])
def test_a_count_its_text_only_names_is_not_in_the_table(civil: Engine, turns: tuple[str, ...]) -> None:
    a = converse(civil, *turns)
    assert a.status == UNKNOWN, a.text
    assert "没有" in a.text


def test_a_count_the_indicator_states_is_still_answered(civil: Engine) -> None:
    a = converse(civil, "保障困难群众人数多少")
    assert a.status == ANSWERED
    assert "3200" in a.text


# --- 2. the thing a rate is of, said without the rate ------------------------------------------------------


@pytest.mark.parametrize("turns", [("困难群众基本生活救助资金临时救助金多少",), ("临时救助金一共发了多少",),
                                   ("困难群众基本生活救助资金多少", "其中临时救助金多少")])
def test_the_thing_a_rate_is_of_is_not_that_rate(civil: Engine, turns: tuple[str, ...]) -> None:
    a = converse(civil, *turns)
    assert a.status != ANSWERED or "98" not in a.text, a.text
    assert "98%" not in a.text.split("只有指标")[0]


@pytest.mark.parametrize("question", ["临时救助金发放准确率多少", "临时救助金的指标值"])
def test_the_rate_said_is_still_answered(civil: Engine, question: str) -> None:
    a = converse(civil, question)
    assert a.status == ANSWERED
    assert "98%" in a.text


# --- 3. a ranking over every department with a year said ----------------------------------------------------

_ARCHIVE = [Unit("松川县档案局本级", "90.00 90.00", [
    Item("档案数字化加工经费", "60.00 60.00", "完成馆藏档案数字化加工。", [("11", "数字化页数", "10万页", "10万页")]),
    Item("档案库房维护经费", "30.00 30.00", "维护档案库房温湿度设备。", [("12", "库房达标率", "100%", "100%")])])]


@pytest.fixture(scope="module")
def two_years(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw38_years")
    civil, archive = folder / "huailing_mzj.txt", folder / "songchuan_daj.txt"
    civil.write_text(render("槐岭县民政局", "248.50 228.50 20.00", _UNITS, title="槐岭县民政局2027年项目支出绩效目标表"),
                     encoding="utf-8")
    archive.write_text(render("松川县档案局", "90.00 90.00", _ARCHIVE, title="松川县档案局2026年项目支出绩效目标表"),
                       encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [civil, archive])


@pytest.mark.parametrize(("question", "right", "wrong"), [("2026年经费最多的项目", "档案数字化加工经费", "困难群众基本生活救助资金"),
                                                          ("2027年经费最少的项目", "城区绿化养护经费", "档案库房维护经费")])
def test_a_ranking_with_a_year_said_is_of_that_years_tables(two_years: Engine, question: str, right: str,
                                                            wrong: str) -> None:
    a = converse(two_years, question)
    assert a.status == ANSWERED
    assert right in a.text and wrong not in a.text


def test_a_ranking_with_no_year_is_of_every_department(two_years: Engine) -> None:
    a = converse(two_years, "哪个项目经费最多")
    assert "困难群众基本生活救助资金" in a.text and "档案数字化加工经费" in a.text


# --- 4. a part of the row just shown that none of its values is -------------------------------------------


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw38_plan")
    table = folder / "songchuan_xj_2027_plan.xlsx"
    rows = [[None, "东岭镇", "小计", 180.0, 655, 1720], [1, None, "东岭镇茶园提质项目", 120.0, 410, 1080],
            [2, None, "东岭镇饮水巩固项目", 60.0, 245, 640], [None, "西坪镇", "小计", 95.0, 300, 820],
            [3, None, "西坪镇村道硬化项目", 60.0, 180, 500], [4, None, "西坪镇低保户产业奖补项目", 35.0, 120, 320],
            [None, "注：受益户数含低保户和监测户。", None, None, None, None]]
    simple_table(table, "项目计划表", "松川县农业农村局2027年衔接资金项目计划表", "F2", "单位：万元、户、人",
                 ["序号", "乡镇", "项目名称", "资金规模", "受益户数", "受益人口"], rows)
    wb = openpyxl.load_workbook(table)
    wb.active.merge_cells("B4:B6")
    wb.active.merge_cells("B7:B9")
    wb.active.merge_cells("B10:F10")
    wb.save(table)
    return engine_over(folder / "kb.sqlite", [table])


def test_a_part_none_of_the_rows_values_is_not_the_row_again(plan: Engine) -> None:
    shown = converse(plan, "东岭镇小计")
    assert shown.status == ANSWERED and "655" in shown.text
    a = converse(plan, "东岭镇小计", "其中低保户多少户")
    assert a.status != ANSWERED, a.text
    assert "120" not in a.text and "655" not in a.text


def test_a_line_of_the_row_just_shown_is_still_answered(plan: Engine) -> None:
    a = converse(plan, "东岭镇小计", "其中受益户数呢")
    assert a.status == ANSWERED and "655" in a.text


# --- 5. a count its table's text cell only names --------------------------------------------------------------


@pytest.fixture(scope="module")
def targets(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw38_targets")
    table = folder / "songchuan_ybj_2027_targets.xlsx"
    simple_table(table, "Sheet1", "松川县医疗保障局2027年部门整体预算绩效目标表", "D2", "单位：万元",
                 ["序号", "项目名称", "预算金额", "期望达到的目标"],
                 [[1, "城乡居民医保财政补助资金", 2360, "城乡居民基本医疗保险参保人数稳定在应保尽保水平，财政补助按时足额到位。"],
                  [2, "医疗救助资金", 410, "困难群众住院费用政策范围内救助比例不低于70%。"]])
    return engine_over(folder / "kb.sqlite", [table])


def test_a_count_a_text_cell_only_names_is_not_answered_by_it(targets: Engine) -> None:
    a = converse(targets, "城乡居民医保财政补助资金多少", "那它的参保人数呢")
    assert a.status != ANSWERED, a.text


def test_the_text_cell_asked_is_still_answered(targets: Engine) -> None:
    a = converse(targets, "城乡居民医保财政补助资金期望达到的目标是什么")
    assert a.status == ANSWERED and "应保尽保" in a.text
