"""Round 59: a table of departments printed as coded lines "201 岩前县卫生健康局 小计" above their units, each unit
coded under its department's code, with no merged cell beside them (a 部门收入预算表 of a county). A department said
(by its full name or the short one people use: 卫健局, 教体局) is its 小计 line, never its 本级 unit's; its units are
those coded under it; rankings compare the departments' lines.

Over tests/data/coded59 (fictional 岩前县: three departments, seven units)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

DATA = Path(__file__).resolve().parent / "data" / "coded59"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("coded59") / "kb.sqlite", [DATA])


@pytest.mark.parametrize("question,shown,not_shown", [
    ("卫健局收入合计多少", "6830.7", "820.5"),
    ("自然资源和规划局一般公共预算拨款多少", "1100.6", "900万元"),
    ("岩前县教育体育局合计多少", "5200.8", "1300万元"),
])
def test_department_is_its_subtotal_line(engine: Engine, question: str, shown: str, not_shown: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text and not_shown not in a.text, a.text


def test_units_are_those_coded_under_it(engine: Engine) -> None:
    a = converse(engine, "教体局下面有哪些单位")
    assert a.status == "answered", a.text
    assert "第一中学" in a.text and "人民医院" not in a.text and "测绘院" not in a.text, a.text


def test_ranking_compares_departments(engine: Engine) -> None:
    a = converse(engine, "哪个部门收入最多")
    assert a.status == "answered", a.text
    assert "卫生健康局" in a.text and "6830.7" in a.text and "5400" not in a.text, a.text


def test_department_follow_up(engine: Engine) -> None:
    a = converse(engine, "教体局收入合计多少", "那卫健局呢")
    assert a.status == "answered", a.text
    assert "6830.7" in a.text, a.text


def test_place_in_the_list_just_shown(engine: Engine) -> None:
    """"第二个" after a department's units were listed is the second listed (print order: 人民医院), never the second
    by amount (本级)."""
    a = converse(engine, "卫健局下面有哪些单位", "第二个合计多少")
    assert a.status == "answered", a.text
    assert "人民医院" in a.text and "5400" in a.text and "820.5" not in a.text, a.text
    a = converse(engine, "卫健局下面哪个单位收入最多", "第二呢")  # (a ranking read on stays a ranking)
    assert a.status == "answered" and "820.5" in a.text, a.text
