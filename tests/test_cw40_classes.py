"""Confident wrong answers removed by class (cw40), on tables generated here with names and figures of their own.

Classes: one indicator name that several projects of a department have with different values, asked for its
value with no project named ("消费者满意度要求多少"): asks which project (each value stays one reply away),
never all of them as if one had been asked; equal values, worded values (each says what it is), a project named or
every project asked still answer.
A source of funds asked (其他资金, 财政拨款) of a project whose table prints no source at all (a 项目支出绩效自评表: its
budget and what was spent only): the table has no such column, never "未列（0）" as if it said none; a table
printing sources still answers each, a blank one as 未列."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import converse, engine_over, set_cells
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, CLARIFY, UNKNOWN, Engine

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


# --- 1. one indicator name in several projects, values apart ------------------------------------------------


@pytest.mark.parametrize("question", ["投诉人满意度要求多少", "柘川市监局投诉人满意度是多少", "投诉人满意度指标值"])
def test_a_namesake_of_different_values_asks_which_project(market: Engine, question: str) -> None:
    a = converse(market, question)
    assert a.status == CLARIFY, a.text
    assert "消费维权热线运行经费" in a.text and "诚信经营示范街区创建经费" in a.text
    assert "88%" not in a.text and "82%" not in a.text


def test_the_project_picked_answers_its_own_value(market: Engine) -> None:
    a = converse(market, "投诉人满意度要求多少", "2")
    assert a.status == ANSWERED
    assert "82%" in a.text and "88%" not in a.text


@pytest.mark.parametrize("turns", [("诚信经营示范街区创建经费投诉人满意度要求多少",),
                                   ("各项目的投诉人满意度分别是多少",), ("哪些项目有投诉人满意度",),
                                   ("投诉按期办结率是多少",), ("商户诚信宣传效果年度指标值",)])
def test_one_project_every_project_or_equal_values_still_answer(market: Engine, turns: tuple[str, ...]) -> None:
    a = converse(market, *turns)
    assert a.status == ANSWERED, a.text
    assert any(v in a.text for v in ("96%", "82%", "示范街区商户全覆盖"))


# --- 2. a source of funds of a table that prints none ---------------------------------------------------------


def _self_evaluation(path: Path) -> None:
    """A project self-evaluation (the published layout made over): 全年预算数 and 全年执行数, no sources."""
    shutil.copyfile(DATA / "samples" / "chongqing_yuzhong_2021_project_self_evaluation.xlsx", path)
    set_cells(path, {"A1": "2025年度项目支出绩效自评表", "B2": "农民工返乡创业补助资金", "I2": "沈禾",
                     "B3": "柘川县就业服务中心", "I3": "柘川县人力资源和社会保障局", "B5": 2860, "F5": 2415})


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw40_mixed")
    (folder / "zhechuan_scjgj.txt").write_text(render("柘川县市场监督管理局", "96.00 96.00", _UNITS), encoding="utf-8")
    _self_evaluation(folder / "zhechuan_rsj_2025_self_evaluation.xlsx")
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
