"""Confident wrong answers removed by class (cw52).

Class: a year asked that the tables of the thing found do not hold, answered with their own year's figure. A
project of a 2025 监控表 asked "去年执行数" naming no department: the year was checked against every loaded
department's years (another department's table of 2024 let it pass), then the 2025 table's 1-8月执行数 was given
as if it were last year's. The year is now checked against the departments of the facts found: "没有 2024 年的数据"."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, Engine

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def liuyang(tmp_path_factory) -> Engine:
    """The published samples and the tables of tests/data/general50 (a 2025 监控表 of 浏阳's departments; other
    departments' tables of 2024 among the samples), loaded together as the set is scored."""
    samples = sorted((DATA / "samples").glob("*.xlsx")) + sorted((DATA / "samples").glob("*.pdf"))
    return engine_over(tmp_path_factory.mktemp("cw52_50") / "kb.sqlite", [*samples, DATA / "general50"])


@pytest.mark.parametrize("question", ["小型水库除险加固去年执行数", "河湖长制工作经费上年1-8月执行了多少"])
def test_a_year_the_found_department_lacks_is_not_answered_with_its_own(liuyang: Engine, question: str) -> None:
    a = converse(liuyang, question)
    assert a.status != ANSWERED and "2024" in a.text and "执行数：" not in a.text, a.text


def test_the_year_held_is_still_answered(liuyang: Engine) -> None:
    a = converse(liuyang, "小型水库除险加固执行数")
    assert a.status == ANSWERED and "384" in a.text, a.text
    a = converse(liuyang, "小型水库除险加固2025年执行数")
    assert a.status == ANSWERED and "384" in a.text, a.text
