"""A table of departments and their units printing each item under two years' headers (a 2025 三公 table with
2024年预算数 and 2025年预算数): a department said with what only such a table holds (三公) is its line, in the
table's own year when none is said; a line set against another year ("比去年少了多少", "2025比2024") is its two
figures of those years, 去年 counted from the year asked; the units of the department just answered, each with
its figure of the year answered ("下面各单位分别多少"); a unit's share of the department just answered, in that
year ("疾控中心占多少").

Over tests/data/dept59 (fictional 岚溪县 三公 table, written by make_fixture.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

DATA = Path(__file__).resolve().parent / "data" / "dept59" / "units"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("dept59") / "kb.sqlite", [DATA])


@pytest.mark.parametrize(("question", "right", "wrong"), [
    ("县委办三公经费", "21.8万元", "24.6"),  # no year said: the table's own
    ("县委办2024年三公经费", "24.6万元", "21.8"),
    ("卫健局三公", "48.1万元", "52.7"),  # a department closed by 小计: its 小计 line
])
def test_a_department_said_with_the_tables_subject_is_its_line(engine: Engine, question: str, right: str,
                                                               wrong: str) -> None:
    a = engine.ask(question)
    assert a.status == "answered", a.text
    first = a.text.splitlines()[0]
    assert right in first and wrong not in first, a.text


@pytest.mark.parametrize(("question", "shown"), [
    ("县委办2025年三公比去年少了多少", "21.8 - 24.6 = -2.8万元"),
    ("县委办三公比去年少了多少", "21.8 - 24.6 = -2.8万元"),  # 去年 of the table's own year
    ("卫健局三公2025比2024少多少", "48.1 - 52.7 = -4.6万元"),
    ("疾控中心2025年三公经费比2024年减少了多少", "24.3 - 27.9 = -3.6万元"),
])
def test_a_line_against_another_years_column(engine: Engine, question: str, shown: str) -> None:
    a = engine.ask(question)
    assert a.status == "answered", a.text
    assert shown in a.text and "少" in a.text.splitlines()[0], a.text


def test_a_year_the_table_does_not_print_is_no_figure(engine: Engine) -> None:
    a = engine.ask("县委办2024年三公比2023年少了多少")
    assert a.status == "unknown", a.text
    assert "24.6" not in a.text and "21.8" not in a.text, a.text


@pytest.mark.parametrize(("first", "figures", "wrong"), [
    ("卫健局三公经费2025", ("12.6", "24.3", "11.2"), "13.5"),
    ("卫健局2024年三公经费", ("13.5", "27.9", "11.3"), "12.6"),  # the year just answered
])
def test_the_units_of_the_department_just_answered(engine: Engine, first: str, figures: tuple[str, ...],
                                                   wrong: str) -> None:
    a = converse(engine, first, "下面各单位分别多少")
    assert a.status == "answered", a.text
    assert all(f in a.text for f in figures) and wrong not in a.text, a.text
    assert "农业技术推广中心" not in a.text and "因公出国" not in a.text, a.text  # its units' wholes only


@pytest.mark.parametrize("turns", [
    ("卫健局2024年三公", "疾控中心占多少"),
    ("疾控中心2024年三公", "占卫健局多少"),
])
def test_a_units_share_of_its_department_in_the_year_answered(engine: Engine, turns: tuple[str, str]) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    assert "27.9万元 ÷ 52.7万元 = 52.94%" in a.text, a.text


# A table of departments only, one line each (tests/data/dept59/flat: 云岫县): read by the labels of its rows.
FLAT = Path(__file__).resolve().parent / "data" / "dept59" / "flat"


@pytest.fixture(scope="module")
def flat(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("dept59flat") / "kb.sqlite", [FLAT])


@pytest.mark.parametrize("question", ["各部门2025年三公经费分别多少", "各部门三公经费分别多少"])
def test_each_department_is_listed_by_its_whole_of_the_year(flat: Engine, question: str) -> None:
    a = flat.ask(question)
    assert a.status == "answered", a.text
    assert all(f in a.text for f in ("16.9", "109.6", "15.8", "11.3")), a.text
    assert "共 4 项" in a.text and "公务接待费" not in a.text and "121.7" not in a.text, a.text


def test_each_department_in_a_column_said(flat: Engine) -> None:
    a = flat.ask("各部门公务接待费分别多少")
    assert a.status == "answered", a.text
    assert "共 4 项" in a.text and "6.1" in a.text and "16.9" not in a.text, a.text


@pytest.mark.parametrize(("question", "right"), [
    ("县委办三公经费", "16.9万元"),  # the office of the Party committee said 县委办; the table's own year
    ("县委办2025年三公比去年少了多少", "16.9 - 18.4 = -1.5万元"),
    ("哪个部门三公经费最多", "109.6万元"),
])
def test_a_committee_office_and_a_ranking_of_the_tables_own_year(flat: Engine, question: str, right: str) -> None:
    a = flat.ask(question)
    assert a.status == "answered", a.text
    assert right in a.text, a.text


@pytest.mark.parametrize("again", ["那2024年呢", "24年呢"])
def test_a_year_said_alone_after_a_lines_figure_is_that_years_column(engine: Engine, again: str) -> None:
    # (the year names the group of columns: never the year just answered kept for it)
    a = converse(engine, "县委办2025年三公经费", again)
    assert a.status == "answered" and "24.6" in a.text and "21.8" not in a.text, a.text
