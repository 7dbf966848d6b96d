"""Projects and funding units as staff say them, and what is asked of them next (names64):
- two words of a project's name said by their first characters (计划生育 奖励扶助金 -> 计生奖扶金);
- a unit said by the standard short word of its field (疾病预防控制中心 -> 疾控, 疾控中心);
- a word that is both a piece of a project's name and of one of its indicators', money asked: the project's amount;
- "X的项目" of a unit lists its projects (so "第二个" is the second of them);
- a modifier (人均) no indicator of the project asked holds: unknown, never the project's indicator list;
- a kind of place (乡镇) said of a department none of whose tables has such rows: unknown, never another line."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

DATA = Path(__file__).resolve().parent / "data" / "names64"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("names64")
    return engine_over(folder / "kb.sqlite", [DATA / "青岚县卫生健康局2026年项目支出绩效目标表.txt",
                                              DATA / "青岚县人力资源和社会保障局_2026年_部门收入预算表.xlsx"])


def test_two_words_said_by_their_initials(engine: Engine) -> None:
    answer = converse(engine, "计生奖扶金多少")
    assert answer.status == "answered", answer.text
    assert "计划生育家庭奖励扶助金" in answer.text and "500" in answer.text, answer.text


def test_two_words_said_by_their_initials_followed(engine: Engine) -> None:
    answer = converse(engine, "计生奖扶金", "它有哪些指标")
    assert answer.status == "answered", answer.text
    assert "奖励扶助对象人数" in answer.text and "资金发放及时率" in answer.text, answer.text


@pytest.mark.parametrize("question", ["疾控有哪些项目", "疾控中心有哪几个项目", "青岚疾控中心有哪些项目"])
def test_unit_said_by_its_fields_short_word(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "answered", answer.text
    assert "疫苗储存及冷链运维经费" in answer.text and "结核病防治经费" in answer.text, answer.text
    assert "儿童健康管理经费" not in answer.text, answer.text


def test_units_said_short_then_their_difference(engine: Engine) -> None:
    answer = converse(engine, "妇幼保健院项目合计", "疾控呢", "两个差多少")
    assert answer.status == "answered", answer.text
    assert "90" in answer.text, answer.text


@pytest.mark.parametrize(("question", "figure"), [("冷链那个项目财政拨款多少", "160"), ("冷链那个项目多少钱", "210")])
def test_word_of_a_project_and_its_indicator_money_asked(engine: Engine, question: str, figure: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "answered", answer.text
    assert figure in answer.text and "合格率" not in answer.text, answer.text


def test_word_of_a_project_and_its_indicator_value_asked(engine: Engine) -> None:
    answer = converse(engine, "冷链合格率多少")
    assert "冷链设备温度监测合格率" in answer.text and "100%" in answer.text, answer.text


def test_units_projects_said_as_a_heading_are_listed(engine: Engine) -> None:
    answer = converse(engine, "妇幼保健院的项目")
    assert "儿童健康管理经费" in answer.text and "出生缺陷防治经费" in answer.text, answer.text
    answer = converse(engine, "妇幼保健院的项目", "第二个多少钱")
    assert answer.status == "answered", answer.text
    assert "出生缺陷防治经费" in answer.text and "90" in answer.text, answer.text


def test_modifier_no_indicator_of_the_project_holds(engine: Engine) -> None:
    answer = converse(engine, "结核病防治经费", "它的人均标准呢")
    assert answer.status == "unknown", answer.text
    assert "筛查人数" not in answer.text, answer.text


def test_modifier_an_indicator_of_the_project_holds(engine: Engine) -> None:
    answer = converse(engine, "基本公共卫生服务补助资金", "它的人均标准呢")
    assert answer.status == "answered", answer.text
    assert "90元" in answer.text, answer.text


def test_place_kind_the_departments_tables_lack(engine: Engine) -> None:
    answer = converse(engine, "青岚人社局的乡镇财政拨款收入")
    assert answer.status == "unknown", answer.text
    assert "3200" not in answer.text, answer.text


def test_line_of_the_department_without_the_place_kind(engine: Engine) -> None:
    answer = converse(engine, "青岚人社局的财政拨款收入")
    assert answer.status == "answered" and "3200" in answer.text, answer.text


def test_indicator_of_several_projects_asked_back_with_each_value(engine: Engine) -> None:
    """One department's projects share an indicator another department's table has a row of: the question back
    shows each project's value beside its department (not the departments' names alone)."""
    answer = converse(engine, "资金发放及时率是多少")
    assert answer.status in ("clarify", "answered"), answer.text
    # (round 50: the namesakes' question back lists each project's value under its name and department)
    assert all(w in answer.text for w in ("计划生育家庭奖励扶助金", "100%", "基本公共卫生服务补助资金", "≥95%")), answer.text

