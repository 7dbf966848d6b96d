"""Staff's own words around names, and never a confident wrong answer (words54, issue 13), over a county's tables
of other names and figures (tests/data/words54: 云溪县's 文化广电旅游局 目标表, its 社会保险基金预算收支表 with the
funds as columns under a merged header, its 政府投资项目年度计划表):
- a part asked under its whole that the table does not split is unknown, never the whole's or a neighbour's figure
  ("其中X" after a project's or a line's total; "X基金里Y支出" with Y a part of the fund's spending);
- a word of a name typed with one character of the same sound finds the name (购置 said 够置, 分流 said 分留);
- a word left over beside a name said in part stops the answer (云溪动车站… is no 公交综合枢纽站…, 黑改灰 no 黑改白);
- a fund's line read from every word said is answered, not a project named only like it; a row whose label holds
  every word is answered, not a question back about projects sharing one common word (综合);
- 局里 / 咱们局 / 本单位: the one department of that kind loaded;
- a class of indicators no table has (生态效益) is said absent, never another class listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

DATA = Path(__file__).resolve().parent / "data" / "words54"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("words54") / "kb.sqlite", [DATA])


@pytest.mark.parametrize(("turns", "whole"), [
    (("非遗保护经费多少", "其中传承人带徒花了多少"), "非物质文化遗产保护传承经费"),
    (("失业保险基金待遇支出", "其中失业培训费呢"), "社会保险待遇支出"),
])
def test_a_part_asked_after_its_total_is_not_split(engine: Engine, turns: tuple[str, ...], whole: str) -> None:
    answer = converse(engine, *turns)
    assert answer.status == "unknown", answer.text
    assert whole in answer.text and "88.00" not in answer.text and "600.3" not in answer.text, answer.text


def test_a_column_said_after_its_total_is_still_answered(engine: Engine) -> None:
    answer = converse(engine, "失业保险基金待遇支出", "其中失业呢")
    assert answer.status == "answered" and "600.3" in answer.text, answer.text


def test_a_part_of_a_fund_named_inside_it_is_unknown(engine: Engine) -> None:
    answer = converse(engine, "失业基金里失业金支出多少")
    assert answer.status == "unknown", answer.text
    assert "2240.4" not in answer.text and "2788.8" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "name", "figure"), [
    ("标识牌够置费多少", "景区导览标识牌购置经费", "46.00"),
    ("雨污分留改造工程投资多少", "云溪县城南片区雨污分流改造工程", "7000"),
    ("城区道路黑该白工程多少钱", "黑改白", "8000"),
])
def test_a_word_typed_by_its_sound_finds_the_name(engine: Engine, question: str, name: str, figure: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "answered", answer.text
    assert name in answer.text and figure in answer.text, answer.text


@pytest.mark.parametrize("question", ["云溪动车站建设工程投资多少", "黑改灰工程多少钱", "云溪高铁站建设工程投资多少",
                                      "城区道路黑改灰工程多少钱"])
def test_a_word_left_over_beside_a_name_said_in_part_stops_the_answer(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status in ("unknown", "clarify"), answer.text
    assert "9600" not in answer.text and "8000" not in answer.text, answer.text


def test_a_fund_line_read_from_every_word_said(engine: Engine) -> None:
    answer = converse(engine, "医疗保险财政补贴多少")
    assert answer.status == "answered", answer.text
    assert "财政补贴收入" in answer.text and "9210.5" in answer.text, answer.text


@pytest.mark.parametrize("question", ["把局里的项目都列出来", "咱们局一共几个项目", "本单位有哪些项目", "本局有几个项目"])
def test_a_self_reference_names_the_one_department_of_its_kind(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "answered", answer.text
    assert "6" in answer.text and "保险费收入" not in answer.text, answer.text


def test_a_row_holding_every_word_beats_projects_sharing_one(engine: Engine) -> None:
    answer = converse(engine, "公交综合枢纽站谁负责")
    assert answer.status == "answered", answer.text
    assert "县交通投资集团" in answer.text and "文化站" not in answer.text, answer.text


def test_a_class_of_indicators_no_table_has_is_said_absent(engine: Engine) -> None:
    answer = converse(engine, "非遗保护经费的生态效益指标")
    assert answer.status == "unknown", answer.text
    assert "生态效益" in answer.text and "非遗项目社会知晓度" not in answer.text, answer.text
    assert "传承人满意度" not in answer.text, answer.text


@pytest.fixture(scope="module")
def engine_and_a_project_like_a_line(tmp_path_factory) -> Engine:
    """The county's tables and another bureau's 目标表 (tests/data/fixc54) whose project is named like a fund line."""
    return engine_over(tmp_path_factory.mktemp("fixc54") / "kb.sqlite", [DATA, DATA.parent / "fixc54"])


def test_a_fund_line_and_a_project_fitting_alike_are_asked_which(engine_and_a_project_like_a_line: Engine) -> None:
    # (finding 8: the lines read every word, the project only fuzzily — both shown, and which one asked)
    answer = converse(engine_and_a_project_like_a_line, "医疗保险财政补贴多少")
    assert answer.status == "clarify", answer.text
    assert answer.options == ["财政补贴收入", "城乡居民医疗保险政府补贴资金"], answer.options
    assert "9210.5" in answer.text and "470.00" in answer.text, answer.text
    chosen = converse(engine_and_a_project_like_a_line, "医疗保险财政补贴多少", "2")
    assert chosen.status == "answered" and "470.00" in chosen.text and "9210.5" not in chosen.text, chosen.text
