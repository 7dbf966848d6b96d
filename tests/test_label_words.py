"""A label said only in part names it only where the question's own words agree with the label's: "雇员经费"
says 雇员, which is not the 人员 of a final account's 人员经费, so it never answers with that figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    sources = [ROOT / "knowledge" / "000_9289cd5134f499bc.txt", ROOT / "tests" / "data" / "samples"]
    return Engine(built_copy(sources, tmp_path_factory.mktemp("words") / "kb.sqlite"), ROOT / "knowledge" / "vocabulary.toml")


def _figure_of(engine: Engine, question: str) -> str:
    """The 人员经费 figure the 普陀财政局 final account prints, read through the bot by its full label."""
    a = engine.ask(question, Session())
    assert a.status == "answered", a.text
    return a.text.split("：")[1].split("万元")[0]


@pytest.mark.parametrize("question", ["雇员经费多少", "政府雇员经费多少钱"])
def test_a_different_word_before_a_labels_tail_does_not_name_it(engine: Engine, question: str):
    staff = _figure_of(engine, "普陀财政局人员经费多少")
    a = engine.ask(question, Session())
    assert staff not in a.text, a.text
    assert a.status == "clarify", a.text
    assert "政府雇员工资经费" in a.text and "政府雇员公用经费" in a.text


def test_a_labels_last_word_said_alone_still_names_it(engine: Engine):
    """"联系人" of 项目联系人 begins where the question's word does: it names the label."""
    a = engine.ask("渝中就业补助资金联系人是谁", Session())
    assert a.status == "answered", a.text
    assert "联系人" in a.text


@pytest.mark.parametrize("question", ["普陀财政局有多少在编人员", "普陀财政局有几个工作人员"])
def test_a_count_of_staff_is_not_answered_with_a_staff_cost(engine: Engine, question: str):
    """"多少在编人员" asks people: the final account prints 人员经费 in 万元 and no head count."""
    staff = _figure_of(engine, "普陀财政局人员经费多少")
    a = engine.ask(question, Session())
    assert a.status == "unknown" and staff not in a.text, a.text
