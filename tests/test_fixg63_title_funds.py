"""A department's line of a 三公 table whose title says the money's source (“三公”经费财政拨款预算表), the
department having tables of its own that state that source's figure (its 项目支出绩效目标表's 财政拨款): the source
said of the department, alone or as a follow-up on its 三公 line ("财政拨款呢"), is read as before — its own
tables' 财政拨款, never a dead end on the 三公 line, nor that line's 合计 again; a column the 三公 table does have
(公务接待费呢) keeps its line.

Over the 三公 table, the 功能分类表 and one department's 目标表 of tests/data/general57 (a fictional 阳新县 county)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.session import Session
from bot.engine import Engine
from tests.conftest import engine_over

DATA = Path(__file__).resolve().parent / "data" / "general57"
FILES = [DATA / "阳新县_县直各部门_2025年_三公经费预算表.xlsx", DATA / "阳新县_全县_2025年_一般公共预算支出功能分类表.xlsx",
         DATA / "阳新县_阳新县人力资源和社会保障局_2025年_项目支出绩效目标表.txt"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("fixg63") / "kb.sqlite", FILES)


def _talk(engine: Engine, *turns: str) -> list:
    session = Session()
    return [engine.ask(t, session=session, record=False) for t in turns]


def test_the_source_said_of_the_department_is_its_own_tables(engine: Engine) -> None:
    a = engine.ask("阳新县人力资源和社会保障局财政拨款", record=False)
    assert a.status == "answered", a.text
    assert "2683.94" in a.text and "15.5" not in a.text, a.text


def test_a_source_follow_up_on_the_line_falls_back_to_its_own_tables(engine: Engine) -> None:
    first, then = _talk(engine, "阳新人社局合计多少", "财政拨款呢")
    assert first.status == "answered" and "15.5万元" in first.text, first.text
    assert then.status == "answered", then.text
    assert "2683.94" in then.text and "15.5" not in then.text, then.text


def test_a_column_the_table_has_keeps_the_line(engine: Engine) -> None:
    _, then = _talk(engine, "阳新人社局合计多少", "公务接待费呢")
    assert then.status == "answered", then.text
    assert "人力资源和社会保障局" in then.text and "5.3万元" in then.text, then.text


def test_the_table_named_by_its_subject_is_still_its_line(engine: Engine) -> None:
    a = engine.ask("阳新县人力资源和社会保障局三公经费", record=False)
    assert a.status == "answered" and "15.5万元" in a.text, a.text
