"""Round 56: confident wrong answers where the item asked was not the item answered.

Over tests/data/cw56 (fictional, built by make_fixture.py): a 青岚县档案局 基本支出经济分类预算表 (2024 beside 2025,
301 › 30101 lines, the two-character lines 奖金 and 水费), the county's 部门支出预算表 (档案局 and 人社局 as rows
with their units) and the 档案局's 项目支出绩效目标表 text (2025 only):
- a year asked of the table named by its kind (2024年项目支出) that table does not hold is unknown, never the total
  of another table (the 基本支出 table's 2024 column);
- 支出 alone names no line said "X支出" (30103奖金 as 奖金支出); 基本支出 of a 基本支出经济分类表 is its 合计;
- a loose 哪一项 of economic-classification lines (no 7-digit 项) compares the innermost lines;
- a follow-up naming only another department keeps the item asked before (差旅费): not found there, unknown;
- a fuzzy name with a word said in place of another word of it (建设 for 运营) is no match;
- a table of departments closed by their 小计 rows: each department's line is its 小计;
- 低保 is said for 最低生活保障 (knowledge/vocabulary.toml aliases)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session
from tests.conftest import engine_over

DATA = Path(__file__).resolve().parent / "data" / "cw56"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("cw56") / "kb.sqlite", [DATA])


def _ask(engine: Engine, *turns: str):
    session, answer = Session(), None
    for turn in turns:
        answer = engine.ask(turn, session)
    assert answer is not None
    return answer


def _head(text: str) -> str:
    return text.split("（来源")[0]


@pytest.mark.parametrize("question", ["青岚档案局2024年项目支出多少", "青岚县档案局2024年项目支出多少"])
def test_a_year_the_named_table_lacks_is_not_another_tables_total(engine: Engine, question: str) -> None:
    a = _ask(engine, question)
    assert a.status == "unknown", a.text
    assert "320" not in a.text, a.text  # the 基本支出 table's 2024 合计
    a = _ask(engine, "青岚县档案局项目支出多少")
    assert a.status == "answered" and "540" in a.text, a.text


def test_basic_spending_of_an_economic_classification_table(engine: Engine) -> None:
    a = _ask(engine, "青岚县档案局基本支出多少")
    assert a.status == "answered", a.text
    assert "320.7" in _head(a.text) and "奖金" not in a.text and "水费" not in a.text, a.text


def test_basic_spending_by_year_then_its_change(engine: Engine) -> None:
    a = _ask(engine, "档案局基本支出2025年多少")
    assert a.status == "answered" and "320.7" in _head(a.text), a.text
    a = _ask(engine, "档案局基本支出2025年多少", "2024年呢", "增长了多少")
    assert a.status == "answered" and "0.7万元" in _head(a.text) and "奖金" not in a.text, a.text


@pytest.mark.parametrize(("question", "shown"), [
    ("档案局基本支出哪一项增长率最高", "劳务费"),
    ("档案局基本支出哪项降幅最大", "办公设备购置"),
])
def test_which_line_of_economic_classification(engine: Engine, question: str, shown: str) -> None:
    a = _ask(engine, question)
    assert a.status == "answered", a.text
    assert shown in _head(a.text), a.text


def test_department_swapped_keeps_the_item(engine: Engine) -> None:
    a = _ask(engine, "青岚档案局差旅费", "青岚人社局呢")
    assert a.status == "unknown", a.text
    assert "2050" not in a.text, a.text  # 人社局's 合计 is no 差旅费


def test_item_of_a_department_row_asked_again(engine: Engine) -> None:
    a = _ask(engine, "青岚档案局基本支出", "青岚人社局呢")
    assert a.status == "answered", a.text
    assert "550" in _head(a.text) and "2050" not in a.text, a.text  # 人社局's 基本支出 小计


def test_a_word_in_place_of_another_is_no_fuzzy_match(engine: Engine) -> None:
    for turns in (("库房建设补助",), ("档案库房运营补助资金", "那库房建设补助呢")):
        a = _ask(engine, *turns)
        assert a.status != "answered" or "库房运营补助数量" not in a.text, a.text
    a = _ask(engine, "库房运营补助数量")
    assert a.status == "answered" and "6个" in a.text, a.text


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    ("青岚哪个部门支出最多", "2050", "860.7"),
    ("青岚哪个部门支出最少", "860.7", "2050"),
    ("青岚档案局部门支出合计", "860.7", "660.7"),  # its 小计, never its own unit named as it (本级)
])
def test_departments_of_a_table_closed_by_their_subtotals(engine: Engine, question: str, shown: str,
                                                          not_shown: str) -> None:
    a = _ask(engine, question)
    assert a.status == "answered", a.text
    assert shown in _head(a.text) and not_shown not in _head(a.text), a.text


def test_a_year_the_last_table_lacks_asked_of_another(engine: Engine) -> None:
    a = _ask(engine, "档案局基本支出2025年多少", "2024年呢")
    assert a.status == "answered" and "320万元" in _head(a.text), a.text


def test_dibao_is_said_for_zuidi_shenghuo_baozhang(engine: Engine) -> None:
    for question in ("青岚档案局低保经费多少", "档案局低保的钱", "低保经费"):  # 低保: the short name of 最低生活保障
        a = _ask(engine, question)
        assert a.status == "answered" and "40.00" in _head(a.text) and "540" not in a.text, a.text
    a = _ask(engine, "低保档案整理卷数")  # (a name printed with 低保 itself is still found)
    assert a.status == "answered" and "2000" in a.text, a.text
