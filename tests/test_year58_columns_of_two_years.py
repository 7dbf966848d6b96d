"""A table of departments and units printing each item under two years' headers (2024年预算数 › 公务接待费 and
2025年预算数 › 公务接待费, a 2025 table): the year asked picks the column, a question saying no year is of the
table's own year, the whole of a line is its own year's 合计, and the answer says which year it shows. A department
printing one line beside departments closed by 小计 is one of the table's departments; the office of the 县委 is said
县委办. A bureau's word said before 支出 (枫林县教育支出) is the 功能分类 table's line.

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
    ("2025年公务接待费合计多少", "36万元", "39"),
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


def test_a_department_printing_one_line_is_a_department_of_the_table(engine: Engine) -> None:
    """水利局 prints one line (主管部门 and 单位名称 merged) beside departments closed by 小计: its line is its figure,
    named as printed (no 小计 of units it does not have)."""
    a = engine.ask("水利局三公经费")
    assert a.status == "answered", a.text
    assert "枫林县水利局" in a.text and "：27.3万元" in a.text and "小计" not in a.text, a.text


@pytest.mark.parametrize("question", ["县委办2025年公务接待费", "枫林县委办公务接待费"])
def test_the_committees_own_office_said_short(engine: Engine, question: str) -> None:
    """县委办 is 中共枫林县委办公室 (a line's 主管部门), not a 县委 department that is not loaded."""
    a = engine.ask(question)
    assert a.status == "answered", a.text
    assert "中共枫林县委办公室" in a.text and "：8.1万元" in a.text, a.text


def test_a_committee_department_not_printed_is_still_not_loaded(engine: Engine) -> None:
    a = engine.ask("县委宣传部公务接待费")
    assert a.status == "unknown", a.text
    assert "8.1" not in a.text and "10.5" not in a.text, a.text


@pytest.mark.parametrize("question", ["枫林县教育支出2025年预算", "枫林教育支出多少"])
def test_a_bureaus_word_before_a_subject_is_the_subjects_line(engine: Engine, question: str) -> None:
    """"枫林县教育支出" is 205教育支出 of the 功能分类 table, not 教育局's 三公 line said with 支出."""
    a = engine.ask(question)
    assert a.status == "answered", a.text
    assert "教育支出" in a.text and "13542.8" in a.text and "10.9" not in a.text, a.text


def test_departments_ranked_by_the_tables_name_count_those_of_one_line(engine: Engine) -> None:
    """"三公经费第二多的部门": 三公经费 of the table's title names it; every department is ranked, those printing
    one line (水利局, 县委办) beside those closed by 小计, in the table's own year."""
    a = engine.ask("2025年三公经费第二多的部门")
    assert a.status == "answered", a.text
    assert "枫林县水利局" in a.text and "27.3" in a.text and "4 个" in a.text, a.text
    b = engine.ask("2024年三公经费最多的部门")
    assert "枫林县民政局" in b.text and "49.9" in b.text and "46.8" not in b.text, b.text
