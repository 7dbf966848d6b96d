"""How staff name departments, units and projects, and what happens when a name is not held.

- A merged bureau whose name joins its words with 和 ("文化和广电旅游体育局") is said by the initials of its words
  in order, the leading word kept and any of the merged words after 和 left out: 文旅局, 文旅体局, 文广旅体局.
- A project's name is said with the standard short words of names ([label_abbreviations]: 运行维护 -> 运维),
  also in traditional characters ("城市書房運維經費").
- An abbreviation two project names share names both (asked which), never whichever was read first.
- A unit said with its place ("安吉县图书馆", where 安吉县 is also the place's own table) is that unit.
- A word said as a project's name ("维稳专项经费") that no project has is not known: never the figure of an
  indicator whose name only holds the word.
- A rate just shown ("白茶资金执行率") asked of another department's project ("X局Y呢") whose table prints no such
  rate is not known: never that project's total.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine
from bot.language.lexicon import department_forms, label_short_forms

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("names48")
    return engine_over(folder / "kb.sqlite", [ROOT / "knowledge", DATA / "general47"])


def test_a_merged_bureau_joined_by_he_is_said_by_any_of_its_words_after_he() -> None:
    forms = department_forms("临川县文化和广电旅游体育局")
    assert {"文旅局", "文旅体局", "文广旅体局", "文广局", "临川文旅局", "临川县文旅体局"} <= forms
    # the leading word is never left out; a bureau of two words joined by 和 keeps its rule
    assert "广旅局" not in forms and "旅体局" not in forms
    assert "农水局" not in department_forms("临川县农业和水利局")
    # without 和 the rule stays as it was
    assert "文体局" not in department_forms("临川县文化旅游体育局")


@pytest.mark.parametrize(("question", "said"), [
    ("安吉文旅局最多的项目是哪个", "乡村文化礼堂星级管理提升补助经费"),
    ("文旅体局全民健身赛事活动经费多少", "全民健身赛事活动经费"),
])
def test_the_bureau_said_short_is_answered(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question, record=False)
    assert answer.status == "answered", answer.text
    assert said in answer.text


def test_a_name_with_a_standard_short_word_put_in() -> None:
    assert label_short_forms(["城市书房运行维护经费", "书房运行维护"], {"运行维护": ("运维",)}) == \
        ["书房运维", "城市书房运维经费"]


@pytest.mark.parametrize("question", ["文广旅体局城市书房运维经费", "城市書房運維經費多少", "城市书房运维经费是多少"])
def test_a_project_said_with_a_short_word_is_that_project_alone(engine: Engine, question: str) -> None:
    answer = engine.ask(question, record=False)
    assert answer.status == "answered", answer.text
    assert "42.60" in answer.text and "380.00" not in answer.text  # (not 农村生活污水治理设施运维经费 too)


def test_a_unit_said_with_its_place_is_the_unit(engine: Engine) -> None:
    for question, total in (("安吉县图书馆项目支出总共多少", "146.10"), ("安吉县博物馆项目合计多少", "213.90")):
        answer = engine.ask(question, record=False)
        assert answer.status == "answered", answer.text
        assert total in answer.text and "1265.22" not in answer.text
    top = engine.ask("安吉县图书馆最贵的项目", record=False)
    assert top.status == "answered" and "图书馆文献资源购置经费" in top.text, top.text


@pytest.mark.parametrize("turns", [("维稳专项经费多少",), ("维稳经费是多少",), ("信访工作经费", "那维稳专项经费呢")])
def test_a_project_name_no_project_has_is_not_known(seed_engine: Engine, turns: tuple[str, ...]) -> None:
    answer = converse(seed_engine, *turns)
    assert answer.status == "unknown", answer.text
    assert "有序运转" not in answer.text and "60.00" not in answer.text.split("您是不是想问")[0]


def test_a_rate_shown_asked_of_another_departments_project_is_not_its_total(engine: Engine) -> None:
    answer = converse(engine, "白茶资金执行率", "安吉文广旅体局全民健身赛事呢")
    assert answer.status == "unknown", answer.text
    assert "万元" not in answer.text
