"""A county's 部门预算执行进度表 (临江县, fictional: tests/data/dept62) asked in staff's words over the whole table:
departments set against the 序时进度 column (departments, never their units), and units named by their own full names."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED, converse, engine_over

from bot.engine import Engine

DATA = Path(__file__).resolve().parent / "data" / "dept62"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("dept62_db") / "kb.sqlite", [SEED, DATA])


@pytest.mark.parametrize(("question", "count", "named", "not_named"), [
    ("哪些部门超过序时进度了", "共 3 项", ["临江县教育局", "临江县公安局", "临江县交通运输局"], ["民政局", "河道管理站"]),
    ("低于序时进度的部门有几个", "共 2 项", ["临江县水利局", "临江县民政局"], ["本级", "小计", "公安局"]),
    ("执行率低于序时进度的部门有哪些", "共 2 项", ["临江县水利局", "临江县民政局"], ["本级", "小计"]),
])
def test_departments_against_the_reference_column_are_the_departments(engine, question, count, named, not_named):
    a = engine.ask(question, record=False)
    assert a.status == "answered" and count in a.text and "共检查 5 项" in a.text, a.text
    assert all(n in a.text for n in named) and not any(n in a.text for n in not_named), a.text


def test_a_unit_is_named_by_its_own_name_not_glued_to_its_department(engine):
    a = engine.ask("执行率高于序时进度的有哪些", record=False)  # the units are listed here: each by its own name
    assert "临江县河道管理站" in a.text and "临江县水利局临江县" not in a.text and "教育局临江县" not in a.text, a.text


@pytest.mark.parametrize("turns", [
    ["教育局执行率", "那临江县第二中学呢"],  # (第二 of a school's name is no place in the list shown)
    ["教育局执行率", "那第二中学呢"],
])
def test_a_unit_the_table_does_not_have_stays_unknown(engine, turns):
    a = converse(engine, *turns)
    assert a.status != "answered" and "80.00%" not in a.text and "3200" not in a.text, a.text


def test_a_unit_the_table_has_is_answered_after_its_department(engine):
    a = converse(engine, "教育局执行率", "那临江县实验中学呢")
    assert a.status == "answered" and "80.00%" in a.text, a.text


@pytest.mark.parametrize("turns", [
    ["公安局花了多少"],
    ["公安局支出了多少"],
    ["公安局调整后预算", "花了多少"],
    ["公安局调整后预算", "用了多少"],
])
def test_what_was_spent_is_the_running_total_the_table_prints(engine, turns):
    a = converse(engine, *turns)  # 1-9月累计支出, never its 执行率 nor a budget
    assert a.status == "answered" and "5050" in a.text and "78.91" not in a.text and "6000" not in a.text, a.text


@pytest.mark.parametrize(("question", "gap", "not_figure"), [
    ("水利局执行率低于序时进度多少", "5.7个百分点", "均为"),  # 69.30% − 75.00%: the gap, not the two rates alone
    ("公安局执行率超过序时进度多少", "3.91个百分点", "均为"),
])
def test_a_column_above_or_below_another_by_how_much_is_their_gap(engine, question, gap, not_figure):
    a = engine.ask(question, record=False)
    assert a.status == "answered" and gap in a.text and not_figure not in a.text, a.text


def test_two_columns_then_their_gap_is_never_the_printed_gap_column_against_the_first(engine):
    a = engine.ask("水利局执行率和序时进度差多少", record=False)  # 69.30% − 75.00%, not 69.30 − (−5.70)
    assert a.status == "answered" and "5.7个百分点" in a.text and "75个百分点" not in a.text, a.text
    a = engine.ask("水利局与序时进度差多少", record=False)  # the printed column itself
    assert a.status == "answered" and "-5.70%" in a.text, a.text


def test_each_department_is_listed_by_its_own_line(engine):
    a = engine.ask("各部门执行率", record=False)  # 教育局 79.43% (its 小计), never 教育局本级 78.57% nor 基本支出's rates
    assert a.status == "answered" and "共 5 项" in a.text and "临江县教育局 执行率：79.43%" in a.text, a.text
    assert "本级" not in a.text and "小计" not in a.text and "基本支出" not in a.text, a.text


def test_a_department_of_the_list_is_its_own_line(engine):
    a = converse(engine, "各部门执行率", "里面水利局多少")
    assert a.status == "answered" and "69.30%" in a.text, a.text


def test_another_department_after_one_with_tables_of_its_own_is_read_in_the_places_table(engine):
    # (临江县水利局 has a project table of its own; 教育局 is a line of 临江县's table of departments, as 水利局 is)
    a = converse(engine, "临江水利局执行率", "教育局呢")
    assert a.status == "answered" and "79.43%" in a.text, a.text
    a = converse(engine, "临江水利局执行率", "教育局呢", "两个差多少")
    assert a.status == "answered" and "10.13个百分点" in a.text, a.text


@pytest.mark.parametrize("question", ["有哪些部门的预算执行进度数据", "预算执行进度表里有哪几个部门"])
def test_the_departments_a_table_of_departments_lists(engine, question):
    a = engine.ask(question, record=False)
    assert a.status == "answered" and "共 5 项" in a.text and "临江县交通运输局" in a.text, a.text
    assert "本级" not in a.text and "实验中学" not in a.text and "项目" not in a.text.split("（来源")[0], a.text
