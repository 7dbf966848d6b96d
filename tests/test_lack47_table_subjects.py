"""A kind of table said of a department that has no table of that kind (专项债, 三公, 部门支出预算 …): the bot says the
department has no such table and lists the tables it has, never a figure read from another of its tables (its
项目支出绩效目标表's total, its 决算's 三公 line); a table of that kind, or one whose lines say the kind, still
answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

SEED_TOTAL = "234.98"  # the seed 信访局's 项目支出绩效目标表 total


@pytest.mark.parametrize("question", ["信访局专项债多少", "白云区信访局专项债用了多少", "信访局部门支出预算",
                                      "信访局支出预算多少"])
def test_a_kind_the_department_lacks_is_said_never_its_project_total(seed_engine: Engine, question: str):
    answer = converse(seed_engine, question)
    assert answer.status == "unknown"
    assert SEED_TOTAL not in answer.text
    assert "项目支出绩效目标表" in answer.text  # what it has instead


def test_a_line_of_its_table_said_with_budget_is_no_kind_of_table(seed_engine: Engine):
    # 项目支出预算 is the 项目支出 of its table: answered as before
    answer = converse(seed_engine, "信访局项目支出预算多少")
    assert answer.status == "answered" and SEED_TOTAL in answer.text


def test_a_final_accounts_three_public_line_is_no_spending_budget(samples_engine: Engine):
    answer = converse(samples_engine, "普陀财政局部门支出预算")
    assert answer.status == "unknown" and "0.95" not in answer.text
    assert "部门决算" in answer.text


def test_a_department_whole_budget_said_apart_still_answers(samples_engine: Engine):
    # 部门预算支出 = 基本支出 + 项目支出 of a 部门整体预算绩效目标表: the department's 支出预算
    answer = converse(samples_engine, "湛江人社局支出预算多少")
    assert answer.status == "answered" and "72807.38" in answer.text
    lacking = converse(samples_engine, "湛江人社局专项债多少")
    assert lacking.status == "unknown" and "72807.38" not in lacking.text


def test_a_table_of_that_kind_answers(tmp_path: Path, seed_path: Path):
    table = tmp_path / "baiyun_2026_dept_expenditure.xlsx"
    simple_table(table, "部门支出预算表", "广州市白云区2026年部门支出预算表", "A2", "单位：万元",
                 ["单位名称", "合计", "基本支出", "项目支出"],
                 [["广州市白云区信访局", 612.5, 377.52, 234.98], ["广州市白云区民政局", 1830.2, 900.2, 930.0],
                  ["合计", 2442.7, 1277.72, 1164.98]])
    engine = engine_over(tmp_path / "kb.sqlite", [seed_path, table])
    # (the 信访局's own 项目支出绩效目标表 is no 支出预算表: the line of the table of that kind answers instead)
    answer = converse(engine, "白云区信访局部门支出预算合计")
    assert answer.status == "answered" and "612.5" in answer.text and SEED_TOTAL not in answer.text
    assert converse(engine, "白云区民政局部门支出预算").status == "answered"
