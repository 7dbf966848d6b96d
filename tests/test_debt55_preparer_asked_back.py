"""Round 55, a place's table of its departments drawn up by its finance office (编制单位：…财政局), the office listed
in it as a department too, with two such places loaded: "财政局…" fits both offices and is asked back. Each office's
figure offered (and answered once chosen, by number or by name) is its own 小计 line there, as the question naming
it is answered — never the table's 合计, which is the place's, read as the office's own. Tables fictional, written by
the test."""

from __future__ import annotations

import pytest

from bot.dialogue.values import ANSWERED, CLARIFY
from bot.engine import Engine
from tests.conftest import converse, engine_over, write_workbook

_HEAD = [["部门（单位）名称", "“三公”经费合计", None, "公务接待费", None],
         [None, "2024年预算数", "2024年决算数", "2024年预算数", "2024年决算数"]]
_MERGED = ["A1:E1", "A3:A4", "B3:C3", "D3:E3"]

_SONGLING = [
    ["松岭县2024年度部门“三公”经费决算表", None, None, None, None],
    ["编制单位：松岭县财政局", None, None, None, "单位：万元"],
    *_HEAD,
    ["合计", 60.0, 52.4, 20.0, 16.8],
    ["松岭县交通运输局小计", 40.0, 35.1, 12.0, 10.3],
    ["  松岭县交通运输局（本级）", 25.0, 22.0, 8.0, 6.9],
    ["  松岭县公路管理站", 15.0, 13.1, 4.0, 3.4],
    ["松岭县财政局小计", 20.0, 17.3, 8.0, 6.5],
    ["  松岭县财政局（本级）", 14.0, 12.2, 5.0, 4.1],
    ["  松岭县国库支付中心", 6.0, 5.1, 3.0, 2.4],
]

_MEICHUAN = [
    ["梅川市2024年度部门“三公”经费决算表", None, None, None, None],
    ["编制单位：梅川市财政局", None, None, None, "单位：万元"],
    *_HEAD,
    ["合计", 90.0, 83.7, 30.0, 27.0],
    ["梅川市民政局小计", 70.0, 65.5, 22.0, 19.9],
    ["  梅川市民政局（本级）", 45.0, 42.1, 14.0, 12.6],
    ["  梅川市救助管理站", 25.0, 23.4, 8.0, 7.3],
    ["梅川市财政局小计", 20.0, 18.2, 8.0, 7.1],
    ["  梅川市财政局（本级）", 13.0, 11.9, 5.0, 4.6],
    ["  梅川市财政票据中心", 7.0, 6.3, 3.0, 2.5],
]

# each office's own 公务接待费 决算 (its 小计 line), and the place's 合计 of it
_OWN = {"松岭县财政局": "6.5", "梅川市财政局": "7.1"}
_WHOLE = ("16.8", "27万")


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    docs = tmp_path_factory.mktemp("debt55") / "docs"
    docs.mkdir()
    write_workbook(docs / "松岭县_2024年度_部门三公经费决算表.xlsx", _SONGLING, _MERGED)
    write_workbook(docs / "梅川市_2024年度_部门三公经费决算表.xlsx", _MEICHUAN, _MERGED)
    return engine_over(docs.parent / "kb.sqlite", [docs])


def test_each_office_offered_with_its_own_line(engine: Engine) -> None:
    asked = converse(engine, "财政局公务接待费决算多少")
    assert asked.status == CLARIFY, asked.text
    assert all(own in asked.text for own in _OWN.values()), asked.text
    assert not any(whole in asked.text for whole in _WHOLE), asked.text


def test_the_office_chosen_by_its_number_is_its_own_line(engine: Engine) -> None:
    first = converse(engine, "财政局公务接待费决算多少").options[0]
    answer = converse(engine, "财政局公务接待费决算多少", "1")
    assert answer.status == ANSWERED, answer.text
    assert _OWN[first] in answer.text and first in answer.text, answer.text
    assert not any(whole in answer.text for whole in _WHOLE), answer.text


@pytest.mark.parametrize("office", sorted(_OWN))
def test_the_office_chosen_by_its_name_is_its_line_of_the_column_asked(engine: Engine, office: str) -> None:
    # (its name said alone is the reply to the question back: never its line's first column, 三公 预算数)
    answer = converse(engine, "财政局公务接待费决算多少", office)
    assert answer.status == ANSWERED, answer.text
    assert _OWN[office] in answer.text and "预算数" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["两个财政局公务接待费决算加起来", "两个财政局公务接待费决算一共多少"])
def test_both_offices_added_are_their_own_lines(engine: Engine, question: str) -> None:
    # (6.5 + 7.1, never the two places' 合计 16.8 + 27)
    answer = converse(engine, question)
    assert answer.status == ANSWERED, answer.text
    assert "13.6" in answer.text and "43.8" not in answer.text, answer.text


def test_each_office_asked_in_turn_is_its_own_line(engine: Engine) -> None:
    answer = converse(engine, "各财政局公务接待费决算分别多少")
    assert answer.status == ANSWERED, answer.text
    assert all(own in answer.text for own in _OWN.values()), answer.text
    assert not any(whole in answer.text for whole in _WHOLE), answer.text
    assert "4.1" not in answer.text and "2.5" not in answer.text, answer.text  # (never its units one by one)


def test_a_unit_said_after_the_question_back_keeps_the_kind_asked(engine: Engine) -> None:
    # ("…决算多少" asked back, then a unit's item said alone as a follow-up: its 决算数 only, never its 预算数 6 too;
    # asked afresh, both kinds)
    answer = converse(engine, "财政局公务接待费决算多少", "国库支付中心的三公经费呢")
    assert answer.status == ANSWERED, answer.text
    assert "5.1" in answer.text and "预算数" not in answer.text, answer.text
    fresh = converse(engine, "国库支付中心三公经费多少")
    assert "5.1" in fresh.text and "6万元" in fresh.text, fresh.text
