"""Allocation tables of towns asked as staff ask them (tests/data/alloc58, written by make_fixture.py): a place the
table does not have said like one it has, a stage of the money the table never prints, the change on the year before
printed in its own column, and which town ranks first, second, third.

合计 by hand (隐患点 25 = 1 + 2 + 9 + 6 + 7): 217.1 = 30 + 22.4 + 61.5 + 48.2 + 55; 2024年 208.2; 增减额 8.9 (= 217.1 − 208.2).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, fixture_script

from bot.engine import Engine

_DATA = Path(__file__).resolve().parent / "data" / "alloc58"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("alloc58")
    make_fixture = fixture_script(_DATA)  # the committed script writes the very files kept beside it
    make_fixture.write_table(d / make_fixture.TABLE.name)
    make_fixture.write_text(d / make_fixture.TEXT.name)
    for kept in (make_fixture.TABLE, make_fixture.TEXT):  # (the kept copies are what the script writes)
        assert kept.exists()
    return engine_over(d / "kb.sqlite", [d / make_fixture.TABLE.name, d / make_fixture.TEXT.name])


def _first(engine: Engine, *turns: str) -> tuple[str, str]:
    a = converse(engine, *turns)
    return a.status, a.text.splitlines()[0]


@pytest.mark.parametrize("question", ["西岙乡分到多少", "西岙乡分了多少钱"])
def test_a_place_not_in_the_table_is_not_its_neighbour(engine: Engine, question: str) -> None:
    status, first = _first(engine, question)  # 西岙乡: the table has 东岙乡 only
    assert status == "unknown", first
    assert "22.4" not in first and "东岙乡" not in first


def test_the_place_in_the_table_still_answers(engine: Engine) -> None:
    status, first = _first(engine, "东岙乡分到多少")
    assert status == "answered" and "22.4" in first


def test_a_stage_the_table_never_prints_is_unknown(engine: Engine) -> None:
    status, first = _first(engine, "南坪镇省级补助到位多少")
    assert status == "unknown", first
    assert "28.92" not in first and "到位" in first and "省级补助" in first  # what the row has, without its figure
    status, first = _first(engine, "南坪镇省级补助多少")
    assert status == "answered" and "28.92" in first


@pytest.mark.parametrize(("turns", "figure", "wrong"), [
    (("北溪镇比上年增加多少",), "3.5", "61.5"),
    (("东岙乡分多少", "比上年增减多少"), "-1.6", "22.4"),
    (("总的比上年增加多少",), "8.9", "217.1"),
])
def test_the_change_on_last_year_is_its_printed_column(engine: Engine, turns: tuple[str, ...], figure: str,
                                                       wrong: str) -> None:
    status, first = _first(engine, *turns)
    assert status == "answered", first
    assert figure in first and not first.startswith(wrong)


def test_which_town_ranks_first_second_third(engine: Engine) -> None:
    status, first = _first(engine, "哪个乡镇最多")
    assert status == "answered" and "北溪镇" in first and "61.5" in first, first  # not 运维乡镇监测站数 18个
    status, first = _first(engine, "哪个乡镇最多", "第二呢")
    assert status == "answered" and "西岭镇" in first and "55" in first, first
    status, first = _first(engine, "哪个乡镇最多", "第二呢", "第三呢")
    assert status == "answered" and "南坪镇" in first and "48.2" in first, first


def test_a_count_asked_in_the_columns_unit_follows_the_row(engine: Engine) -> None:
    # 几处 is the unit 地质灾害隐患点（处） prints its counts in: the question says nothing else, so it is the row's
    status, first = _first(engine, "北溪镇分到多少", "地质灾害隐患点几处")
    assert status == "answered" and "9处" in first and "25处" not in first, first


@pytest.mark.parametrize(("question", "figure", "wrong"), [
    ("上年山洪灾害防治专项资金一共多少", "208.2", "217.1"),  # the table's whole of the year before: its 2024 column
    ("去年山洪灾害防治专项资金一共多少", "208.2", "217.1"),
    ("山洪灾害防治专项资金一共多少", "217.1", "208.2"),
])
def test_the_tables_whole_of_the_year_before(engine: Engine, question: str, figure: str, wrong: str) -> None:
    status, first = _first(engine, question)
    assert status == "answered" and figure in first and wrong not in first, first
