"""Questions of a 项目支出绩效目标表 (blind_70): an indicator several projects hold, asked with no project, asks which
one when their values differ; what was done asked of a table of targets says it holds none; a project found by
what its texts say in their own words; a column of the amounts said after a project is that project's column."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

CIVIL = Path(__file__).resolve().parent / "data" / "general70" / "慈溪市民政局_2026年_项目支出绩效目标表.txt"


@pytest.fixture(scope="module")
def civil_engine(tmp_path_factory) -> Engine:
    """The 慈溪市民政局 目标表 alone (its 殡葬 goal, its 福利中心 project holding an indicator 日常运行经费)."""
    return engine_over(tmp_path_factory.mktemp("seed70") / "kb.sqlite", [CIVIL])


@pytest.mark.parametrize("question,values", [
    ("信访案件按时办理年度指标值是什么", ("没有超期办理信访案件", "严格按照")),
    ("维护社会和谐稳定的年度指标值", ("我区社会大局和谐稳定", "实现矛盾不上交")),
    ("编外人员业绩量化考核完成率实施周期指标值", ("年度考核称职以上", "100%"))])
def test_a_shared_indicator_of_different_values_is_asked_back_with_each_project(seed_engine: Engine, question: str,
                                                                             values: tuple[str, str]) -> None:
    # no project said: each project's value beside its name (never one of them as if it were the only one), and
    # (round 50) which project was meant asked back, since no one value answers the question
    answer = converse(seed_engine, question)
    assert answer.status == "clarify", answer.text
    assert all(v in answer.text for v in values), answer.text


@pytest.mark.parametrize("question,value", [("编外人员业绩量化考核完成率年度值", "100%"),
                                            ("哪些项目有维护社会和谐稳定这个指标", "实现矛盾不上交")])
def test_equal_values_or_a_list_asked_answer_for_every_project(seed_engine: Engine, question: str, value: str) -> None:
    answer = converse(seed_engine, question)
    assert answer.status == "answered", answer.text
    assert value in answer.text


@pytest.mark.parametrize("turns,project", [
    (("法律顾问的时效指标完成了没有",), "聘请法律顾问专项经费"),
    (("信访工作经费多少", "那它的时效指标完成了吗"), "信访工作经费"),
])
def test_what_was_done_of_a_target_table_is_not_held(seed_engine: Engine, turns: tuple[str, ...], project: str) -> None:
    answer = converse(seed_engine, *turns)
    assert answer.status == "unknown", answer.text
    assert project in answer.text and "没有实际完成情况" in answer.text
    assert "75%" not in answer.text  # (no target value read as what was done)


@pytest.mark.parametrize("question,project,sentence", [
    ("保安保洁设备维修那些费用在哪个项目里", "信访超市", "设备维修"),
    ("哪个项目是搞网上信访和矛盾纠纷排查的", "信访工作经费", "矛盾纠纷"),
])
def test_a_project_found_by_its_texts_in_their_own_words(seed_engine: Engine, question: str, project: str,
                                                        sentence: str) -> None:
    answer = converse(seed_engine, question)
    assert answer.status == "answered", answer.text
    assert project in answer.text and sentence in answer.text
    assert "聘请法律顾问" not in answer.text  # (its 化解矛盾纠纷 says one of the two only)


def test_words_no_project_says_are_still_not_held(seed_engine: Engine) -> None:
    answer = converse(seed_engine, "哪个项目是搞无人机巡检的")
    assert answer.status == "unknown", answer.text


def test_a_word_said_short_is_found_in_its_long_form(civil_engine: Engine) -> None:
    answer = converse(civil_engine, "免火化费那个是哪个项目")  # (the goal: 免除遗体接运、暂存、火化…服务费用)
    assert answer.status == "answered", answer.text
    assert "惠民殡葬基本服务免费补助资金" in answer.text and "火化" in answer.text


@pytest.mark.parametrize("turns", [("福利中心日常运行经费", "财政拨款多少"), ("福利中心日常运行经费财政拨款多少",)])
def test_a_column_of_the_amounts_after_a_project_is_its_column(civil_engine: Engine, turns: tuple[str, ...]) -> None:
    answer = converse(civil_engine, *turns)
    assert answer.status == "answered", answer.text
    assert "262.40" in answer.text and "312.4" not in answer.text
