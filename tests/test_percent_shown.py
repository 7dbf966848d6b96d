"""A percentage the bot works out is shown exactly (two decimals) with the one-decimal figure people quote."""
from __future__ import annotations

import re

import pytest

from bot.answer.compose import percent_shown


@pytest.mark.parametrize(("two", "shown"), [
    ("32.89", "32.89%（约32.9%）"),
    ("6.35", "6.35%（约6.4%）"),      # half up, as people round
    ("-12.35", "-12.35%（约-12.4%）"),
    ("32.90", "32.90%"),              # nothing to add when one decimal says the same
    ("0.45", "0.45%"),                # a small share is never shown as 0.5 or 0.0
    ("—", "—%"),
])
def test_percent_shown(two: str, shown: str) -> None:
    assert percent_shown(two) == shown


def test_share_of_a_project_in_the_department_total(seed_engine) -> None:
    """The seed's 政府雇员工资经费 is 77.28 of 234.98 万元: 32.89 %, said 约32.9 %."""
    text = seed_engine.ask("政府雇员工资经费占总预算百分之几").text
    assert "32.89%" in text and "约32.9%" in text
    exact = float(re.search(r"(\d+\.\d\d)%", text).group(1))
    assert abs(exact - 77.28 / 234.98 * 100) < 0.005
