"""A year said narrows the departments (blind_66 with the seed's 信访局, whose table states no year): a 2025 question
that only the 2025 预算与决算对比表 of 余姚市农业农村局 answers is answered from it, never asked between that bureau
and one whose tables are of no such year; with no year said, which department is still asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "general66"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("years41b")
    tables = sorted(p for p in DATA.iterdir() if p.suffix in (".xlsx", ".txt") and "年" in p.name)
    return engine_over(folder / "kb.sqlite", [ROOT / "knowledge", *tables])


@pytest.mark.parametrize("question, shown", [
    ("25年项目支出完成率多少", "95.34"),
    ("25年哪些项目完成率100%", "农业产业化龙头企业扶持资金"),
])
def test_a_year_said_narrows_the_departments(engine, question, shown):
    a = converse(engine, question)
    assert a.status == "answered" and shown in a.text and "信访局" not in a.text, a.text


def test_without_a_year_the_department_is_asked(engine):
    a = converse(engine, "项目支出完成率多少")
    assert a.status == "clarify" and "信访局" in a.text, a.text


def test_a_year_said_is_not_answered_from_projects_of_another_year(engine):
    """"25年哪个项目预算最多": the 2025 对比表's projects (高标准农田 1150), never the 2026 目标表's 1280."""
    a = converse(engine, "25年哪个项目预算最多")
    assert a.status == "answered" and "1150" in a.text and "1280" not in a.text, a.text
    assert "1280" in converse(engine, "26年哪个项目预算最多").text
