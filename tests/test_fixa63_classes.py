"""A unit's or department's measures of two tables, and a category's 小计 said with its 项目 noun (fixa63), by class,
on tables made here (tests/data/fixa63, fictional 青溪县).

Class 1: "<unit> 的 A 和 B 哪个多": each side the unit's own figure of its own table (its wage line, its projects'
小计 in the 目标表), the larger said with both; a side no table gives the unit is said so, never another table's totals.

Class 2: a follow-up naming another table's measure of the department just asked ("工资福利小计呢"): that department's
小计 row of that table, never every 小计 row; "加起来" then adds the two figures.

Class 3: "教育类PPP项目2026年支出责任" — a category said with the rows' own noun (项目), alone or after another
figure: the category's 小计 row, never a question back between its projects.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, UNKNOWN, Engine

DATA = Path(__file__).resolve().parent / "data" / "fixa63"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("fixa63") / "kb.sqlite", [DATA])


def test_a_units_two_measures_which_is_more(engine: Engine) -> None:
    a = converse(engine, "农业科技服务站工资福利和项目经费哪个多")
    assert a.status == ANSWERED and "项目经费的更多" in a.text and "48.3" in a.text, a.text
    assert "216.7" in a.text and "265.00" in a.text and "1730" not in a.text and "3710" not in a.text, a.text
    a = converse(engine, "农业科技服务站项目经费和工资福利哪个少")
    assert a.status == ANSWERED and "工资福利的更少" in a.text, a.text


def test_a_units_measure_no_table_gives_is_said_so(engine: Engine) -> None:
    a = converse(engine, "农业科技服务站工资福利和采购预算哪个多")
    assert a.status == UNKNOWN and "采购预算" in a.text and "1730" not in a.text and "合计" not in a.text, a.text


def test_another_tables_measure_of_the_department_followed(engine: Engine) -> None:
    a = converse(engine, "青溪科技局项目合计", "工资福利小计呢")
    assert a.status == ANSWERED and "533.4" in a.text and "1942.6" not in a.text and "1409.2" not in a.text, a.text
    a = converse(engine, "青溪科技局项目合计", "工资福利小计呢", "加起来")
    assert a.status == ANSWERED and "1438.4" in a.text, a.text
    # the other way round: the department's projects after its wage 小计 (the line's note no part of its name)
    a = converse(engine, "青溪科技局工资福利", "项目合计呢")
    assert a.status == ANSWERED and "905.00" in a.text and "533.4" not in a.text, a.text


def test_a_category_said_with_its_rows_noun_is_its_subtotal(engine: Engine) -> None:
    a = converse(engine, "教育类PPP项目2026年支出责任")
    assert a.status == ANSWERED and "1730" in a.text and "1120" not in a.text and "3710" not in a.text, a.text
    a = converse(engine, "青溪教育局工资福利小计", "教育类PPP项目2026年支出责任呢")
    assert a.status == ANSWERED and "1730" in a.text and "1409.2" not in a.text, a.text
    a = converse(engine, "医疗卫生类项目2027年支出责任")
    assert a.status == ANSWERED and "2080" in a.text, a.text
    # a row of the group named by its own words is still that row
    a = converse(engine, "实验中学迁建工程PPP项目2026年支出责任")
    assert a.status == ANSWERED and "1120" in a.text and "1730" not in a.text, a.text
