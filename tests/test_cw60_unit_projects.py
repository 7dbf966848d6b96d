"""A funding unit said short ("农技推广中心" of 石岭县农业技术推广中心) asked for its projects is answered from the
project table (not from another table's line of a like name, a 收入预算表's unit row), and a ranking asked next
("经费最多的是哪个") is among that unit's projects, never the department's largest project of another unit."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

DATA = Path(__file__).resolve().parent / "data" / "cw60"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cw60")
    return engine_over(folder / "kb.sqlite", [DATA / "石岭县农业农村局2026年项目支出绩效目标表.txt",
                                              DATA / "石岭县_2026年_部门收入预算表.xlsx"])


def test_unit_said_short_lists_its_projects(engine: Engine) -> None:
    answer = converse(engine, "农技推广中心有哪些项目")
    assert answer.status == "answered", answer.text
    assert "水稻病虫害统防统治补助经费" in answer.text and "茶叶良种推广经费" in answer.text, answer.text
    assert "410" not in answer.text  # (the income table's line of the unit)


def test_unit_said_short_second_listed(engine: Engine) -> None:
    answer = converse(engine, "农技推广中心有哪些项目", "第二个多少钱")
    assert "120" in answer.text, answer.text


@pytest.mark.parametrize("first", ["动物疫控中心有几个项目", "动物疫控中心有哪些项目",
                                   "石岭县动物疫病预防控制中心有几个项目"])
def test_ranking_after_a_units_projects_is_among_them(engine: Engine, first: str) -> None:
    answer = converse(engine, first, "经费最多的是哪个")
    assert answer.status == "answered", answer.text
    assert "动物强制免疫补助经费" in answer.text and "乡村振兴示范村" not in answer.text, answer.text


def test_ranking_over_the_whole_department_said_so(engine: Engine) -> None:
    answer = converse(engine, "动物疫控中心有几个项目", "全部项目里经费最多的是哪个")
    assert "乡村振兴示范村建设补助资金" in answer.text, answer.text


@pytest.fixture(scope="module")
def with_self_evaluation(tmp_path_factory) -> Engine:
    """The project table beside a 自评表 of the same department whose sheets are other projects'."""
    folder = tmp_path_factory.mktemp("cw60s")
    return engine_over(folder / "kb.sqlite", [DATA / "石岭县农业农村局2026年项目支出绩效目标表.txt", DATA / "selfeval"])


@pytest.mark.parametrize("again", ["满意度指标呢", "那满意度指标"])
def test_kind_asked_again_of_a_project_lacking_it(with_self_evaluation: Engine, again: str) -> None:
    """"茶叶良种推广经费的指标" → "满意度指标呢": that project has none; the 自评表's 满意度 rows are other
    projects' and never its answer."""
    answer = converse(with_self_evaluation, "茶叶良种推广经费的指标", again)
    assert answer.status == "unknown", answer.text
    assert "没有满意度" in answer.text and "农户满意度" not in answer.text, answer.text


def test_kind_of_the_self_evaluation_asked_outright(with_self_evaluation: Engine) -> None:
    answer = converse(with_self_evaluation, "水稻病虫害统防统治补助经费自评的满意度指标")
    assert "农户满意度" in answer.text, answer.text


@pytest.fixture(scope="module")
def emergency(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cw60e")
    return engine_over(folder / "kb.sqlite", [DATA / "source"])


@pytest.mark.parametrize(("question", "figure"), [("危化品那个项目其他资金多少", "10.50"), ("危化品项目财政拨款多少", "42.00")])
def test_source_asked_of_a_project_said_by_an_indicators_word(emergency: Engine, question: str, figure: str) -> None:
    """"危化品" is said only in an indicator's name (危化品较大事故发生数): a source of funds asked is its
    project's column, never that indicator's value."""
    answer = converse(emergency, question)
    assert answer.status == "answered", answer.text
    assert "危险化学品安全监管经费" in answer.text and figure in answer.text, answer.text
    assert "0起" not in answer.text, answer.text


def test_the_indicator_itself_asked_stays_the_indicator(emergency: Engine) -> None:
    answer = converse(emergency, "危化品较大事故发生数多少")
    assert "0起" in answer.text, answer.text


def test_names_asked_where_a_goal_lists_other_things(emergency: Engine) -> None:
    """"…给了哪些企业": the goal lists kinds of support (展会、出口信用保险), not the 企业; the table does not
    name them, and the project's total is no answer."""
    answer = converse(emergency, "外贸企业扶持资金具体给了哪些企业")
    assert answer.status == "unknown", answer.text
    assert "没有列出" in answer.text and "90.00" not in answer.text, answer.text


@pytest.fixture(scope="module")
def income(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cw60i")
    return engine_over(folder / "kb.sqlite", [DATA / "income"])


@pytest.mark.parametrize("question", ["一般公共预算拨款占全县收入的比例", "一般公共预算拨款占合计的比例"])
def test_a_columns_share_of_the_whole(income: Engine, question: str) -> None:
    """A column's share asked with no line named: the 合计 line's column over its 合计 (1400 ÷ 2000), never
    the column's figure alone."""
    answer = converse(income, question)
    assert answer.status == "answered", answer.text
    assert "70.00%" in answer.text, answer.text
