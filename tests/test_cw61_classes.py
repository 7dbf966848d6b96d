"""Confident wrong answers over the dev sets (cw61), removed by class, on tables made here (tests/data/cw61/).

Class 1: a year said of an indicator whose name two tables of the department hold, one of that year and one of
another ("新建高标准农田面积 2026年目标多少" with the 2026 目标表 and the 2025 自评表 of the same project): the
other year's target was listed beside the one asked. Now only the rows of the year's table answer.

Class 2: "林长制经费" asks back between a 部门整体表's task and a project of like name; "它的成本指标呢" then read the
whole table's own 成本指标 rows (一般性支出压减率…) as theirs. Neither has one: said so (unknown).

Class 3: the reply to a question back replaced by another table's row its word names: "防火经费多少" (森林防火专项经费 or
国有林场防火道路维护经费?) → "林场的" answered the 国有林场's whole row of a 预算与决算对比表 (426.6), not the project
picked (21.50). The option picked answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, CLARIFY, UNKNOWN, Engine

DATA = Path(__file__).resolve().parent / "data" / "cw61"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("cw61") / "kb.sqlite", [DATA])


def test_a_year_said_keeps_the_indicator_of_that_years_table(engine: Engine) -> None:
    a = converse(engine, "新建高标准农田面积 2026年目标多少")
    assert a.status == ANSWERED and "1.2万亩" in a.text, a.text
    assert "≥1万亩" not in a.text  # the 2025 自评表's target is another year's
    a = converse(engine, "新建高标准农田面积2025年目标多少")
    assert a.status == ANSWERED and "≥1万亩" in a.text and "1.2万亩" not in a.text, a.text
    # no year said: both tables' rows, each under its project, as before
    a = converse(engine, "新建高标准农田面积目标多少")
    assert a.status == ANSWERED and "≥1万亩" in a.text and "1.2万亩" in a.text, a.text


def test_a_class_asked_of_a_task_and_a_project_offered_is_not_the_wholes(engine: Engine) -> None:
    a = converse(engine, "林长制经费")  # (its funding word: the project, proj61; said bare it offers both)
    assert a.status == ANSWERED and "林长制工作经费" in a.text, a.text
    a = converse(engine, "林长制多少钱")
    assert a.status == CLARIFY, a.text
    a = converse(engine, "林长制多少钱", "它的成本指标呢")
    assert a.status in (UNKNOWN, CLARIFY) and "一般性支出压减率" not in a.text, a.text
    a = converse(engine, "林长制经费", "它的成本指标呢")
    assert a.status == UNKNOWN, a.text
    assert "一般性支出压减率" not in a.text and "三公" not in a.text
    # a project that has the class still lists its own
    a = converse(engine, "森林防火专项经费", "它的成本指标呢")
    assert a.status == ANSWERED and "防火物资购置费用" in a.text, a.text
    # the whole table's own class, asked of the department, is still its rows
    a = converse(engine, "松桥县林业局部门整体的成本指标")
    assert a.status == ANSWERED and "一般性支出压减率" in a.text, a.text


def test_the_reply_to_a_question_back_answers_the_option_picked(engine: Engine) -> None:
    a = converse(engine, "防火经费多少")
    assert a.status == CLARIFY and "国有林场防火道路维护经费" in a.text, a.text
    a = converse(engine, "防火经费多少", "林场的")
    assert a.status == ANSWERED and "21.50" in a.text and "426.6" not in a.text, a.text
    # the unit's own row, asked of it, is still the 对比表's
    a = converse(engine, "松桥县国有林场年初预算多少")
    assert a.status == ANSWERED and "426.6" in a.text, a.text
