"""Round 63: register tables — rows of projects in groups with 小计 rows and a 合计 row, text columns (建设性质,
所处阶段, 建设单位), amount columns, year columns under a parent header (以后年度计划投资 2027年…) and a 说明 line.

Over tests/data/reg63 (fictional: 临澜县's 政府投资项目年度计划表 of ten projects in four groups, its title naming
the mode in brackets, （EOD）; a 教育局 table and a 科学技术局 目标表 of the same county beside it):
- a name said before the rows' noun that no row has ("西中项目") is never answered with the 合计 row;
- a text column asked in other words ("处于什么阶段" → 所处阶段);
- a row's year column under the parent header, never the total row's;
- the title's short name in brackets (EOD) names the table, so a group said with it (社会事业类) is its 小计 row,
  and a year of the table's columns said next ("2029年呢") reads that column;
- the rows counted without the 小计 / 合计 rows; a party the table has no column for ("承包商是谁") is unknown;
- a row and the 合计 row holding it are never added up; a row listed then asked by its place is one answer;
- a share and a limit the 说明 line states; never its share for a share of another subject (教育支出占…, not the
  note's 财政资金占…), a limit of another subject, or a plain amount asked (the note's percentage is no amount)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

DATA = Path(__file__).resolve().parent / "data" / "reg63"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("reg63") / "kb.sqlite", [DATA])


@pytest.mark.parametrize("question", ["西中项目2027年计划投资", "西中项目2027年计划投资是多少", "西中项目总投资"])
def test_row_not_held_is_never_the_total(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status != "answered", a.text
    assert "36800" not in a.text and "169250" not in a.text, a.text


def test_text_column_in_other_words(engine: Engine) -> None:
    a = converse(engine, "第二中学扩建工程处于什么阶段")
    assert a.status == "answered", a.text
    assert "前期" in a.text and "处于" not in a.text, a.text


def test_row_year_column_under_parent_header(engine: Engine) -> None:
    a = converse(engine, "第二中学扩建工程2028年计划投资")
    assert a.status == "answered", a.text
    assert "5400" in a.text and "24400" not in a.text, a.text


def test_group_said_with_the_title_short_name(engine: Engine) -> None:
    a = converse(engine, "社会事业类EOD 2026年计划投资")
    assert a.status == "answered", a.text
    assert "11800" in a.text and "社会事业小计" in a.text, a.text


def test_year_column_said_next(engine: Engine) -> None:
    first = converse(engine, "EOD 2026年计划投资合计")
    assert first.status == "answered" and "36170" in first.text, first.text
    a = converse(engine, "EOD 2026年计划投资合计", "2029年呢")
    assert a.status == "answered", a.text
    assert "8900" in a.text and "没有2029年" not in a.text, a.text


def test_rows_counted_without_totals(engine: Engine) -> None:
    a = converse(engine, "政府投资项目一共多少个")
    assert a.status == "answered", a.text
    assert "10 个" in a.text and "小计" not in a.text.split("（来源")[0], a.text


@pytest.mark.parametrize("question", ["滨江大道延伸工程承包商是谁", "滨江大道延伸工程的中标企业是哪家"])
def test_party_not_held_is_unknown(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "unknown", a.text
    assert "7400" not in a.text and "32400" not in a.text, a.text


def test_row_and_its_total_never_added(engine: Engine) -> None:
    a = converse(engine, "EOD 2026年计划投资合计", "滨江大道延伸工程呢", "加起来多少")
    assert a.status != "answered", a.text
    assert "43570" not in a.text and "重复" in a.text, a.text


def test_two_rows_still_added(engine: Engine) -> None:
    a = converse(engine, "第二中学扩建工程2026年计划投资", "滨江大道延伸工程呢", "加起来多少")
    assert a.status == "answered", a.text
    assert "10400" in a.text, a.text


def test_row_listed_then_asked_by_place(engine: Engine) -> None:
    first = converse(engine, "前期项目有哪些")
    assert "共 3 项" in first.text, first.text
    a = converse(engine, "前期项目有哪些", "第一个的总投资")
    assert a.status == "answered", a.text
    assert "18600" in a.text and a.text.count("18600") == 1, a.text


def test_share_stated_in_the_note(engine: Engine) -> None:
    a = converse(engine, "财政资金占一般公共预算支出比例")
    assert a.status == "answered", a.text
    assert a.text.startswith("5.90%"), a.text


def test_limit_stated_in_the_note(engine: Engine) -> None:
    a = converse(engine, "EOD的警戒线是多少")
    assert a.status == "answered", a.text
    assert a.text.startswith("8%"), a.text


def test_note_without_the_term_is_not_read(engine: Engine) -> None:
    a = converse(engine, "EOD的利润率是多少")  # (no clause of the note says 利润率: never its 5.90% or 8%)
    assert not a.text.startswith(("5.90%", "8%")), a.text


@pytest.mark.parametrize("question", ["教育支出占一般公共预算支出的比例是多少", "一般公共预算支出是多少", "教育支出的警戒线是多少"])
def test_note_share_of_another_subject_is_not_read(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert "5.90%" not in a.text.split("（")[0] and not a.text.startswith("8%"), a.text
