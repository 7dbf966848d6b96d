"""A department's own table (编制单位 松溪县教育局) whose first label column names the unit each row is of, its 本级
(松溪县教育局) holding fewer rows than its units (1 against 2 + 2): the table is the department's — asked of the
department, all its rows (5 projects, 12 + 30 + 8 + 20 + 5 = 75); asked of a unit, that unit's rows (第一中学: 30 + 8 = 38).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import Engine

_ROOT = Path(__file__).resolve().parent.parent

_ROWS = [
    ["松溪县教育局2025年项目支出预算表", None, None, None],
    ["编制单位：松溪县教育局", None, "单位：万元", None],
    ["序号", "单位名称", "项目名称", "预算金额"],
    [1, "松溪县教育局", "教师继续教育培训经费", 12],
    [2, "松溪县第一中学", "实验室设备更新", 30],
    [3, "松溪县第一中学", "校园绿化维护", 8],
    [4, "松溪县实验小学", "课桌椅更换", 20],
    [5, "松溪县实验小学", "图书室图书购置", 5],
    ["合计", None, None, 75],
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fixd60own")
    table = write_workbook(d / "松溪县教育局_2025年_项目支出预算表.xlsx", _ROWS, ["A1:D1"])
    return engine_over(d / "kb.sqlite", [_ROOT / "knowledge", table])


def _ask(engine: Engine, *turns: str) -> tuple[str, str]:
    a = converse(engine, *turns)
    return a.status, a.text.replace(" ", "")


@pytest.mark.parametrize(("question", "said"), [
    ("第一中学有几个项目", "共2项"),
    ("第一中学项目一共多少钱", "=38万元"),
    ("实验小学一共多少钱", "=25万元"),
])
def test_a_units_rows_counted_and_added(engine: Engine, question: str, said: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered" and said in text and "75" not in text, text
    assert "教师继续教育培训经费" not in text, text


@pytest.mark.parametrize(("question", "said"), [
    ("教育局有几个项目", "共5个"),
    ("教育局一共多少钱", "75万元"),
    ("教育局项目支出合计多少", "75万元"),
])
def test_the_department_asked_all_its_rows_never_its_own_few(engine: Engine, question: str, said: str) -> None:
    # (its 本级 holding one row: "共1项" / 12万元 would be a confident wrong answer of the department's table)
    status, text = _ask(engine, question)
    assert status == "answered" and said in text, text
    assert "共1项" not in text and "12万元" not in text, text
