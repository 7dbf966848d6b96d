"""Round 64: a table of towns whose columns are groups by years under two header rows (一般公共预算收入 /
一般公共预算支出, each over 2025年执行数 / 2026年预算数 / 增长%), its towns in row groups merged down column A (街道 /
镇 / 乡, each with its 小计 line), and a second sheet of 上级补助 (税收返还 … 合计) in the same workbook.

The group's telling word (支出 of 一般公共预算支出) and the year said (2026年, 26年, 2025) both pick the column; two
groups said at once are both shown; 比去年 after a year's figure sets it against the other year of its group; a row
group's 小计 said with it (镇小计), its members counted (几个镇); the second sheet named by its own title's words
(上级补助), its whole by what its lines are (全县乡镇…合计); a word naming no column (税收收入) is never 税收返还.

Over tests/data/town64 (fictional 青枫县; see make_fixture.py), with the sample tables beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    samples = sorted((DATA / "samples").glob("*.xlsx"))
    return engine_over(tmp_path_factory.mktemp("town64") / "kb.sqlite", [DATA / "town64", *samples])


@pytest.mark.parametrize(("question", "value", "not_value"), [
    ("柳溪镇2026年支出预算", "2610", "1800"),  # 支出 and 2026 both pick (never 收入 2025, the first column)
    ("柳溪镇2026年支出", "2610", "2700"),
    ("清河街道2026年一般公共预算收入", "5410", "5200"),  # the group named whole: the year said picks one
    ("白塔街道25年收入", "3100", "3050"),  # two-digit year
    ("云门镇支出预算2026", "2250", "2100"),  # the year said bare after
])
def test_group_word_and_year_pick_the_column(engine: Engine, question: str, value: str, not_value: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and value in a.text and not_value not in a.text, a.text


def test_two_groups_said_at_once(engine: Engine) -> None:
    a = converse(engine, "石桥镇2026年收入和支出预算")
    assert a.status == "answered" and "2520" in a.text and "3480" in a.text and "2400" not in a.text, a.text


def test_difference_of_two_lines_on_the_year_said(engine: Engine) -> None:
    a = converse(engine, "清河街道26年收入比白塔街道多多少")
    assert a.status == "answered" and "2360" in a.text, a.text


def test_against_last_year_after_a_years_figure(engine: Engine) -> None:
    a = converse(engine, "柳溪镇2026支出预算", "比去年减了多少")
    assert a.status == "answered" and "90" in a.text and "2610" in a.text and "2700" in a.text, a.text


def test_one_character_group_subtotal(engine: Engine) -> None:
    a = converse(engine, "镇小计支出2026年预算")
    assert a.status == "answered" and "8340" in a.text, a.text  # 3480 + 2610 + 2250


def test_members_of_a_row_group_counted(engine: Engine) -> None:
    a = converse(engine, "青枫县有几个镇")
    assert a.status == "answered" and "3" in a.text and "云门镇" in a.text and "桃源乡" not in a.text, a.text


def test_second_sheet_named_by_its_title(engine: Engine) -> None:
    a = converse(engine, "云门镇上级补助合计")
    assert a.status == "answered" and "560" in a.text, a.text
    a = converse(engine, "街道上级补助小计")
    assert a.status == "answered" and "1800" in a.text, a.text  # 清河 1100 + 白塔 700


def test_whole_of_the_second_sheet_and_a_column_of_it_after(engine: Engine) -> None:
    a = converse(engine, "全县乡镇上级补助合计")
    assert a.status == "answered" and "4320" in a.text, a.text
    a = converse(engine, "全县乡镇上级补助合计", "其中一般性转移支付多少")
    assert a.status == "answered" and "1530" in a.text, a.text


def test_a_word_naming_no_column_is_not_a_column_it_starts(engine: Engine) -> None:
    a = converse(engine, "柳溪镇税收收入")
    assert a.status != "answered" and "300" not in a.text, a.text
    a = converse(engine, "柳溪镇税收返还")
    assert a.status == "answered" and "300" in a.text, a.text


def test_a_word_before_a_total_qualifies_it() -> None:
    """"税收收入" names an income of its own (not the label 税收返还), but "国资支出合计" asks the 支出合计 that 国资
    qualifies: a label beginning 国资 (国资公司) is not ruled out by it."""
    from bot.answer.facts.question import _own_kind_after

    assert _own_kind_after("税收返还", "税收收入分别多少", 0, 2)
    assert not _own_kind_after("国资公司", "国资支出合计多少", 0, 2)
