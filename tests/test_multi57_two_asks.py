"""Round 57: one question asking two things, or arithmetic over values it names.

Over tests/data/multi57 (fictional 云溪县, built by make_fixture.py): the county's 部门收支预算总表 (农业农村局 and 林业局,
each with its 农林水支出 line), its 项目支出预算明细表 in 元 (农业农村局's and 教育局's projects closed by 小计 rows; no
林业局), its 三公经费决算表 (each group's 2024年预算数 beside its 2024年决算数) and the 项目支出绩效目标表 texts of the
教育局 (公务用车购置经费) and the 农业农村局:
- "A局和B局的X合计": X of each department added — never A's whole total (its projects' 总计) standing for A's X;
- "A局X是多少 Y又是多少": the later clause naming no department asks of A — and a part A's tables cannot answer is
  not answered (never from another department's table); a later clause answered by the very figure of the one before (a blank
  决算 cell read as the 预算 again) is not found;
- what is left (少花了多少) is a plan less what was done on the same side of a 收支 table, never an income less the
  spending printed beside it;
- "X预算比决算多多少": the word after 比 stands for the part of X's column said before it (预算 → 决算): the two
  columns of the table's total row, set against each other, the arithmetic shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session
from tests.conftest import engine_over

DATA = Path(__file__).resolve().parent / "data" / "multi57"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("multi57") / "kb.sqlite", [DATA])


def test_same_line_of_two_departments_added(engine: Engine) -> None:
    a = engine.ask("农业农村局和林业局的农林水支出合计", Session())
    assert a.status == "answered", a.text
    assert "8850.2" in a.text and "6035.2" in a.text and "2815" in a.text, a.text
    assert "920" not in a.text and "3735" not in a.text, a.text  # the 农业农村局's projects' 总计 is no 农林水支出


def test_later_clause_asks_of_the_first_clauses_department(engine: Engine) -> None:
    a = engine.ask("云溪农业农村局农林水支出是多少 项目明细小计又是多少", Session())
    assert a.status == "answered", a.text
    assert "6035.2" in a.text and "15100000" in a.text, a.text


@pytest.mark.parametrize(("question", "other"), [
    ("云溪林业局农林水支出是多少 项目明细小计又是多少", "9900000"),  # the 教育局's 小计
    ("云溪林业局农林水支出是多少 今年又安排买车多少钱", "26"),  # the 教育局's 公务用车购置经费
])
def test_later_clause_the_department_cannot_answer_is_said_unknown(engine: Engine, question: str, other: str) -> None:
    a = engine.ask(question, Session())
    assert a.status == "unknown", a.text
    assert other not in a.text.replace("2815", ""), a.text  # never another department's figure for the other part


@pytest.mark.parametrize(("question", "figures"), [
    ("三公经费预算比决算多多少", ("186.4", "161.25", "25.15")),
    ("公务接待费预算比决算多多少", ("22", "17.5", "4.5")),
])
def test_two_columns_of_one_row_set_against_each_other(engine: Engine, question: str, figures: tuple) -> None:
    a = engine.ask(question, Session())
    assert a.status == "answered", a.text
    assert all(f in a.text for f in figures), a.text
    assert "96.4" not in a.text, a.text  # the total row's pair, not every row's 预算数 listed


def test_later_clause_answered_by_the_same_figure_is_not_found(engine: Engine) -> None:
    # 云溪县档案馆's 决算 cells are blank: "实际花了多少" read as its 预算 again is no answer to it
    a = engine.ask("云溪县档案馆三公经费预算多少，实际花了多少", Session())
    assert a.status == "unknown", a.text
    assert a.text.count("5万元") == 1 and "实际花了多少" in a.text, a.text


@pytest.mark.parametrize("question", ["云溪林业局农林水支出是多少 少花了多少", "云溪县林业局少花了多少"])
def test_what_is_left_never_sets_an_income_against_a_spending(engine: Engine, question: str) -> None:
    # a 收支总表 prints an income line beside a spending line: 收入 预算数 less 支出 基本支出 is no budget left
    a = engine.ask(question, Session())
    assert "-520" not in a.text and "尚未执行" not in a.text, a.text


def test_a_whole_said_after_the_second_department_is_each_ones_whole(engine: Engine) -> None:
    # "A局和B局总额差多少": 总额 said once is each department's whole (blind_56 a-121), not a half answer
    a = engine.ask("教育局和农业农村局总额差多少", Session())
    assert a.status == "answered" and "894" in a.text and "920" in a.text and "26" in a.text, a.text
