"""A 部门整体支出绩效目标表 whose 部门预算支出 block heads its lines by a word of its own (支出类别, beside 收入来源):
its 基本支出 and 项目支出 lines are the department's, never its 合计 called 项目支出."""

from __future__ import annotations

import shutil

import pytest
from conftest import DATA, converse, engine_over, set_cells

from bot.engine import Engine

DEPARTMENT = "石岭县水务局"
FORM = DATA / "general59" / "泰和县林业局_2026年_部门整体支出绩效目标表.xlsx"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("me60_spending")
    path = folder / f"{DEPARTMENT}_2026年_部门整体支出绩效目标表.xlsx"
    shutil.copy(FORM, path)
    set_cells(path, {"A1": f"{DEPARTMENT}2026年部门整体支出绩效目标表", "A2": f"填报单位（盖章）：{DEPARTMENT}",
                     "B3": DEPARTMENT})
    return engine_over(tmp_path_factory.mktemp("me60_spending_db") / "kb.sqlite", [folder])


@pytest.mark.parametrize(("question", "figure"), [("水务局项目支出多少", "949.16"), ("水务局基本支出多少", "1286.45")])
def test_a_spending_line_of_the_block_is_the_departments(engine, question, figure):
    answer = converse(engine, question)
    assert answer.status == "answered" and figure in answer.text and "2235.61" not in answer.text, answer.text
