"""Round 13 (lead): a word the typed reading ignores that names a table's row (合计 of a monitoring table) while a
project of another department has an indicator of the column's name."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def monitored(tmp_path_factory):
    from conftest import engine_over

    return engine_over(tmp_path_factory.mktemp("lead23") / "kb.sqlite",
                       [ROOT / "knowledge", DATA / "samples", DATA / "general18" / "general18_3_hechuan_monitor.xlsx"])


@pytest.mark.parametrize(("question", "figure", "wrong"), [
    ("合计预算执行率是多少", "59.41", "就业补助"), ("合计1-8月执行数是多少", "1062.31", "6643"),
    ("合计年度预算数是多少", "1788", "7574")])
def test_a_total_row_named_is_never_another_projects_indicator(monitored, question, figure, wrong):
    """The 合计 row of 鹤川's monitoring table (a row the question names) beside 渝中's project whose indicator
    is called 预算执行率: the row said, never that project's indicator, its 全年执行数 or its budget; which
    department may be asked, the figure is never guessed."""
    a = converse(monitored, question)
    assert wrong not in a.text, question
    assert a.status == "answered" and figure in a.text or a.status == "clarify" and "鹤川" in a.text, question
