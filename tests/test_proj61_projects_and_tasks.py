"""A department's projects named in staff's words beside its whole table's 年度重点工作任务 of like names
(tests/data/proj61, fictional 青峰县林业局: a 项目支出绩效目标表 of two funding units and a 部门整体支出绩效目标表
whose tasks are named like its projects), with the seed loaded too. Every figure is read off the fixture by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED, VOCAB
from conftest import converse as _ask

from bot.engine import Engine

DOCS = Path(__file__).resolve().parent / "data" / "proj61"


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    return Engine(built_copy([SEED, DOCS], tmp_path_factory.mktemp("proj61") / "kb.sqlite"), VOCAB)


@pytest.mark.parametrize(("question", "project", "figure"), [
    ("林长制经费", "林长制工作经费", "30.00"),  # not the task 林长制和护林队伍建设 (95)
    ("林业执法经费多少", "林业行政执法专项经费", "90.00"),  # the task 林业执法监管 (85) holds 林业执法 word for word
    ("林长制项目多少钱", "林长制工作经费", "30.00"),  # said as a project's
])
def test_a_name_fitting_a_task_is_the_departments_project(engine, question, project, figure):
    answer = _ask(engine, question)
    assert answer.status == "answered" and project in answer.text and figure in answer.text, answer.text


def test_a_name_said_alone_offers_both(engine):
    answer = _ask(engine, "林长制多少钱")  # an amount is the task's and the project's alike
    assert answer.status == "clarify" and "林长制工作经费" in answer.text and "林长制和护林队伍建设" in answer.text, answer.text


def test_a_task_is_asked_as_a_task(engine):
    answer = _ask(engine, "重点任务里林长制那个多少钱")
    assert answer.status == "answered" and "95.00" in answer.text, answer.text
    answer = _ask(engine, "林业执法监管多少钱")  # its whole name
    assert answer.status == "answered" and "85.00" in answer.text, answer.text


def test_a_name_with_its_funding_word_offers_the_projects_saying_it(engine):
    answer = _ask(engine, "护林的经费多少")
    assert answer.status == "clarify", answer.text
    assert "护林防火专项经费" in answer.text and "乡镇护林员队伍管理经费" in answer.text, answer.text
    assert "护林队伍建设" not in answer.text, answer.text


def test_two_projects_added_are_the_project_tables(engine):
    answer = _ask(engine, "林业执法和林长制两个项目加一起")
    assert answer.status == "answered" and "120.00" in answer.text, answer.text  # 90 + 30, never 85 + 30


def test_what_is_asked_of_it_after(engine):
    answer = _ask(engine, "林长制经费", "它的绩效目标是啥")
    assert answer.status == "answered" and "三级林长" in answer.text, answer.text
    answer = _ask(engine, "林业执法经费多少", "它有哪些指标")
    assert answer.status == "answered" and "专项执法行动次数" in answer.text and "案件查处率" in answer.text, answer.text
    assert "一般性支出压减率" not in answer.text, answer.text
    answer = _ask(engine, "林长制经费", "它的成本指标呢")  # it has none: said so, never the whole table's
    assert answer.status == "unknown" and "一般性支出压减率" not in answer.text, answer.text


def test_a_unit_said_picks_the_option_offered(engine):
    answer = _ask(engine, "防火经费多少", "林场的")
    assert answer.status == "answered" and "国有林场防火道路维护经费" in answer.text and "40.00" in answer.text, answer.text


def test_a_units_source_of_funds_alone(engine):
    answer = _ask(engine, "国有林场的财政拨款多少")
    assert answer.status == "answered" and "90.00" in answer.text and "100.00" not in answer.text, answer.text


def test_a_kind_of_table_said_before_the_department(engine):
    answer = _ask(engine, "项目绩效目标表里林业局本级的项目经费合计")
    assert answer.status == "answered" and "200.00" in answer.text, answer.text


def test_no_source_says_what_the_money_is_of(seed_engine):
    answer = _ask(seed_engine, "我们局有没有其他资金")
    assert answer.status == "answered" and answer.text.startswith("没有"), answer.text
    assert "资金来源是财政拨款" in answer.text and "234.98" not in answer.text, answer.text


@pytest.fixture(scope="module")
def wide(tmp_path_factory, built_copy) -> Engine:
    """The fixture beside the samples: 湛江's 部门整体 table (no 成本指标) and 渝中's 自评表 (管理指标)."""
    samples = Path(__file__).resolve().parent / "data" / "samples"
    paths = [SEED, DOCS, *sorted(samples.glob("*.xlsx"))]
    return Engine(built_copy(paths, tmp_path_factory.mktemp("proj61w") / "kb.sqlite"), VOCAB)


def test_a_kind_of_indicator_word_inside_a_projects_name(wide):
    answer = _ask(wide, "乡镇的护林员管理经费多少")  # 管理 of …队伍管理经费, not 管理指标 asked of it
    assert answer.status == "answered" and "60.00" in answer.text, answer.text


def test_the_whole_table_holding_the_kind_asked(wide):
    answer = _ask(wide, "部门整体绩效表的成本指标有哪些")  # 湛江's has none: 青峰's, not which of them
    assert answer.status == "answered" and "一般性支出压减率" in answer.text, answer.text


def test_it_before_a_choice_asks_the_choice_again(engine):
    answer = _ask(engine, "防火经费多少", "它的绩效目标是啥")  # 它 is one of the two offered, not yet chosen
    assert answer.status == "clarify" and "国有林场防火道路维护经费" in answer.text, answer.text
    answer = _ask(engine, "防火经费多少", "它的绩效目标是啥", "2")
    assert answer.status == "answered" and "防火通道" in answer.text, answer.text
