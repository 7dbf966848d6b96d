"""Confident wrong answers removed by class (cw40), on tables generated here with names and figures of their own.

Classes: a source of funds asked (其他资金, 财政拨款) of a project whose table prints no source at all (a 项目支出绩效自评表: its
budget and what was spent only): the table has no such column, never "未列（0）" as if it said none; a table
printing sources still answers each, a blank one as 未列.
A year asked of a project named by its money word (…免费开放补助2025年是多少) whose table is of another year (its file
says so): that table has no figures of the year asked, though other departments' tables do.
A kind of table said of a department named (…的项目支出绩效目标表…) that none of its tables is: it has none (the kinds
it has named), never an answer read from its other tables."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import converse, engine_over, set_cells
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, UNKNOWN, Engine

DATA = Path(__file__).resolve().parent / "data"

_UNITS = [
    Unit("柘川县市场监督管理局本级", "96.00 96.00", [
        Item("消费维权热线运行经费", "38.00 38.00",
             "保障消费维权热线全天受理，投诉按期办结，维护消费者合法权益。",
             [("11", "受理投诉举报件数", "≥1500件", "≥1500件"),
              ("13", "投诉按期办结率", "≥96%", "≥96%"),
              ("31", "投诉人满意度", "≥88%", "≥88%")]),
        Item("诚信经营示范街区创建经费", "26.00 26.00",
             "创建诚信经营示范街区，引导商户亮照经营、明码标价。",
             [("11", "创建示范街区数量", "3条", "3条"),
              ("13", "投诉按期办结率", "≥96%", "≥96%"),
              ("22", "商户诚信宣传效果", "亮照经营全覆盖", "示范街区商户全覆盖"),
              ("31", "投诉人满意度", "≥82%", "≥82%")]),
        Item("电梯安全抽检经费", "32.00 32.00",
             "对在用电梯开展监督抽检，及时消除安全隐患。",
             [("11", "抽检电梯台数", "≥420台", "≥420台"),
              ("12", "隐患整改完成率", "100%", "100%"),
              ("22", "商户诚信宣传效果", "使用单位安全责任落实", "电梯使用单位全覆盖")]),
    ]),
]


@pytest.fixture(scope="module")
def market(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw40_market")
    path = folder / "zhechuan_scjgj.txt"
    path.write_text(render("柘川县市场监督管理局", "96.00 96.00", _UNITS), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path])


# --- 2. a source of funds of a table that prints none ---------------------------------------------------------


def _self_evaluation(path: Path) -> None:
    """A project self-evaluation (the published layout made over): 全年预算数 and 全年执行数, no sources."""
    shutil.copyfile(DATA / "samples" / "chongqing_yuzhong_2021_project_self_evaluation.xlsx", path)
    set_cells(path, {"A1": "2025年度项目支出绩效自评表", "B2": "农民工返乡创业补助资金", "I2": "沈禾",
                     "B3": "柘川县就业服务中心", "I3": "柘川县人力资源和社会保障局", "B5": 2860, "F5": 2415})


_CULTURE = [
    Unit("柘川县文化旅游局本级", "24.00 24.00", [
        Item("乡村文化站免费开放补助", "18.00 18.00", "保障乡村文化站免费开放，全年开放不少于300天。",
             [("11", "文化站开放天数", "≥300天", "≥300天")]),
        Item("非遗传承人生活补贴经费", "6.00 6.00", "对县级以上非遗代表性传承人发放生活补贴。",
             [("11", "补贴传承人数", "12人", "12人")]),
    ]),
]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw40_mixed")
    (folder / "zhechuan_scjgj.txt").write_text(render("柘川县市场监督管理局", "96.00 96.00", _UNITS), encoding="utf-8")
    _self_evaluation(folder / "zhechuan_rsj_2025_self_evaluation.xlsx")
    (folder / "zhechuan_wlj_2026_project_targets.txt").write_text(render("柘川县文化旅游局", "24.00 24.00", _CULTURE),
                                                                  encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder])


@pytest.mark.parametrize("question", ["农民工返乡创业补助资金里其他资金多少", "农民工返乡创业补助资金财政专户拨款多少"])
def test_a_source_of_a_table_printing_none_is_not_in_it(mixed: Engine, question: str) -> None:
    a = converse(mixed, question)
    assert a.status == UNKNOWN, a.text
    assert "没有" in a.text and "（0）" not in a.text


def test_a_source_of_a_table_printing_sources_still_answers(mixed: Engine) -> None:
    a = converse(mixed, "电梯安全抽检经费财政拨款多少")
    assert a.status == ANSWERED, a.text
    assert "32.00" in a.text


# --- 3. a year asked of a project whose table is of another year ---------------------------------------------


@pytest.mark.parametrize("question", ["乡村文化站免费开放补助2025年是多少", "非遗传承人生活补贴2025年是多少"])
def test_a_year_its_table_is_not_of_is_not_answered(mixed: Engine, question: str) -> None:
    a = converse(mixed, question)
    assert a.status == UNKNOWN, a.text
    assert "2025" in a.text and "18.00" not in a.text and "6.00" not in a.text


def test_the_year_of_its_table_still_answers(mixed: Engine) -> None:
    a = converse(mixed, "乡村文化站免费开放补助2026年是多少")
    assert a.status == ANSWERED, a.text
    assert "18.00" in a.text


# --- 4. a kind of table the department named has none of ------------------------------------------------------


@pytest.mark.parametrize("question", ["柘川县人力资源和社会保障局的项目支出绩效目标表有吗 满意度指标多少",
                                      "柘川县人力资源和社会保障局绩效目标表里有几个项目"])
def test_a_kind_of_table_the_department_lacks_is_said_so(mixed: Engine, question: str) -> None:
    a = converse(mixed, question)
    assert a.status == UNKNOWN, a.text
    assert "没有" in a.text and "自评表" in a.text


def test_a_kind_of_table_the_department_has_still_answers(mixed: Engine) -> None:
    a = converse(mixed, "柘川县文化旅游局的项目支出绩效目标表里有几个项目")
    assert a.status == ANSWERED, a.text
    assert "2" in a.text
