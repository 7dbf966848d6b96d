"""A table of departments and units printing each item under two years' headers (2024年预算数 › 公务接待费 and
2025年预算数 › 公务接待费, a 2025 table): the year asked picks the column, a question saying no year is of the
table's own year, the whole of a line is its own year's 合计, and the answer says which year it shows.

Over tests/data/year58 (fictional 枫林县 三公 table, written by make_fixture.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import engine_over

DATA = Path(__file__).resolve().parent / "data" / "year58"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("year58") / "kb.sqlite", [DATA])


@pytest.mark.parametrize(("question", "right", "wrong"), [
    ("救助管理站2025年公务接待费", "：6万元", "5.6"),
    ("救助管理站公务接待费", "：6万元", "5.6"),  # no year said: the table's own
    ("24年救助管理站公务接待费", "：5.6万元", "：6万元"),
    ("救助管理站2024年公务接待费", "：5.6万元", "：6万元"),
    ("2025年公务接待费合计多少", "27.9万元", "31"),
    ("民政局三公经费", "46.8万元", "49.9"),  # its whole: the own year's 合计
])
def test_the_year_asked_picks_the_column(engine: Engine, question: str, right: str, wrong: str) -> None:
    a = engine.ask(question)
    assert a.status == "answered", a.text
    first = a.text.splitlines()[0]
    assert right in first and wrong not in first, a.text


def test_the_answer_says_the_year_of_the_column(engine: Engine) -> None:
    assert "2025年预算数" in engine.ask("救助管理站公务接待费").text
    assert "2024年预算数" in engine.ask("救助管理站2024年公务接待费").text


def test_a_year_the_table_does_not_print_is_not_another_years_figure(engine: Engine) -> None:
    a = engine.ask("救助管理站2023年公务接待费")
    assert a.status == "unknown", a.text
    assert "5.6" not in a.text and "：6万元" not in a.text, a.text
