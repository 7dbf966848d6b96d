"""Confident wrong answers removed by class (cw42), on tables generated here with names and figures of their own.

Classes: a word of the question that no part of a name holds, said beside or inside it, changes what is asked
("纪念园门票价格" is no 纪念展陈提升经费, "公卫满意度" no 参观者满意度):
the engine says it did not find it, never answers the name as if the word were absent.
One source of funds asked of "which projects" (哪些项目有其他资金): the projects of that source, not every source's.
A year asked of what a project's table spent (执行率) when the table is of another year: not told by it, whatever year
another department's table is of.
A kind of budget said whole (一般公共预算) where a project's name holds one of its words (公共), or a unit's income
(图书馆收入预算合计) where only project tables are loaded: never a project's (or the unit's projects') money."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import converse, engine_over, set_cells
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

DATA = Path(__file__).resolve().parent / "data"

_UNITS = [
    Unit("枫岭县文化体育局本级", "114.00 96.00 0.00 18.00", [
        Item("农民赤卫军纪念展陈提升经费", "30.00 30.00 0.00 0.00",
             "更新纪念馆基本陈列，提升展陈质量，增强红色教育效果。",
             [("11", "展陈提升面积", "≥800平方米", "≥800平方米"),
              ("31", "参观者满意度", "≥92%", "≥92%")]),
        Item("送戏下乡专项经费", "20.00 12.00 0.00 8.00",
             "组织剧团送戏下乡，丰富农村群众文化生活。",
             [("11", "送戏下乡场次", "≥60场", "≥60场"),
              ("31", "农村群众满意度", "≥90%", "≥90%")]),
        Item("乡镇公共文化服务运行经费", "24.00 24.00 0.00 0.00",
             "保障乡镇综合文化站日常运行。",
             [("11", "文化站开放天数", "≥300天", "≥300天")]),
        Item("全民健身赛事承办经费", "40.00 30.00 0.00 10.00",
             "承办县级全民健身赛事，带动群众参与体育锻炼。",
             [("11", "承办赛事数量", "≥5场", "≥5场"),
              ("31", "参赛群众满意度", "≥88%", "≥88%")]),
    ]),
    Unit("枫岭县图书馆", "27.00 12.00 15.00 0.00", [
        Item("图书馆数字资源采购经费", "15.00 0.00 15.00 0.00",
             "采购电子图书和数据库，保障数字阅读服务。",
             [("11", "采购电子图书册数", "≥3000册", "≥3000册"),
              ("31", "读者满意度", "≥90%", "≥90%")]),
        Item("图书馆免费开放经费", "12.00 12.00 0.00 0.00",
             "保障图书馆全年免费开放。",
             [("11", "全年开放天数", "≥300天", "≥300天")]),
    ]),
]


def _self_evaluation(path: Path) -> None:
    """A project self-evaluation of 2025 (the published layout made over): 全年预算数 and 全年执行数."""
    shutil.copyfile(DATA / "samples" / "chongqing_yuzhong_2021_project_self_evaluation.xlsx", path)
    set_cells(path, {"A1": "2025年度项目支出绩效自评表", "B2": "农民工返乡创业补助资金", "I2": "沈禾",
                     "B3": "枫岭县就业服务中心", "I3": "枫岭县人力资源和社会保障局", "B5": 2860, "F5": 2415})


@pytest.fixture(scope="module")
def fengling(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw42_fengling")
    (folder / "fengling_wtj_2024_project_targets.txt").write_text(
        render("枫岭县文化体育局", "141.00 108.00 15.00 18.00", _UNITS), encoding="utf-8")
    _self_evaluation(folder / "fengling_rsj_2025_self_evaluation.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


# --- 1. a word no part of the name holds, said beside or inside it ---------------------------------------------


@pytest.mark.parametrize(("question", "wrong"), [("农民赤卫军纪念园门票价格", "30.00"), ("公卫满意度多少", "92%")])
def test_a_word_the_name_does_not_hold_is_not_ignored(fengling: Engine, question: str, wrong: str) -> None:
    a = converse(fengling, question)
    assert a.status != ANSWERED, a.text
    assert wrong not in a.text or "是不是想问" in a.text


@pytest.mark.parametrize(("question", "right"), [("农民赤卫军纪念展陈提升经费多少", "30.00"), ("参观者满意度多少", "92%"),
                                                 ("城镇新增就业人数多少", "49358"), ("送戏下乡场次控制多少", "60场")])
def test_the_name_said_with_asking_words_still_answers(fengling: Engine, question: str, right: str) -> None:
    a = converse(fengling, question)
    assert a.status == ANSWERED, a.text
    assert right in a.text


# --- 2. which projects have one source of funds ---------------------------------------------------------------


def test_which_projects_have_one_source_lists_that_source_only(fengling: Engine) -> None:
    a = converse(fengling, "枫岭县文化体育局哪些项目有其他资金")
    assert a.status == ANSWERED, a.text
    assert "送戏下乡" in a.text and "全民健身" in a.text and "18.00" in a.text
    assert "数字资源" not in a.text and "赤卫军" not in a.text


def test_which_project_has_special_account_funds(fengling: Engine) -> None:
    a = converse(fengling, "哪个项目用了财政专户拨款")
    assert a.status == ANSWERED, a.text
    assert "数字资源采购经费" in a.text and "送戏下乡" not in a.text


# --- 3. a year asked of what was spent, the table being of another year ---------------------------------------


def test_a_year_of_execution_its_table_is_not_of(fengling: Engine) -> None:
    a = converse(fengling, "农民工返乡创业补助资金2024年执行率")
    assert a.status != ANSWERED, a.text
    assert "2024" in a.text


def test_the_execution_of_its_own_year_still_answers(fengling: Engine) -> None:
    a = converse(fengling, "农民工返乡创业补助资金执行率")
    assert a.status == ANSWERED, a.text
    assert "%" in a.text


# --- 4. a kind of budget said whole, a project's name holding one of its words ---------------------------------


@pytest.mark.parametrize(("question", "wrong"), [("一般公共预算收入合计", "公共文化服务"),
                                                 ("枫岭县文化体育局本级一般公共预算", "公共文化服务"),
                                                 ("图书馆收入预算合计多少", "27.00")])
def test_a_kind_of_budget_or_income_is_not_a_projects_money(fengling: Engine, question: str, wrong: str) -> None:
    a = converse(fengling, question)
    assert a.status != ANSWERED or wrong not in a.text, a.text


def test_the_project_holding_the_word_still_answers(fengling: Engine) -> None:
    a = converse(fengling, "乡镇公共文化服务运行经费多少")
    assert a.status == ANSWERED, a.text
    assert "24.00" in a.text
    a = converse(fengling, "图书馆经费合计多少")
    assert a.status == ANSWERED, a.text
    assert "27.00" in a.text


# --- 5. a verb of asking said before an indicator's name (计划, 预计) is no word the name lacks --------------------


def test_a_verb_of_asking_before_an_indicator_is_read_as_before(seed_engine: Engine) -> None:
    a = converse(seed_engine, "法律顾问经费计划参与区领导重点约访多少次")
    assert a.status == ANSWERED, a.text
    assert "参与区领导重点约访" in a.text
