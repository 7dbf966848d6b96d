"""Classes blind_66 showed unread: the everyday way of asking what a cost is charged to ("走的哪个项目"); the
items under a line of a classification table (类 › 款), answered from the one department whose line heads items;
the units of a table of units (分单位汇总) ranked and followed, not the subject lines of the department's other table."""

from __future__ import annotations

import pytest
from conftest import DATA, SEED, VOCAB
from conftest import converse as _ask

from bot.engine import Engine

_ALL = [SEED, DATA / "samples" / "putuo_czj_2024_final_accounts.pdf",
        DATA / "samples" / "putuo_shegongbu_2024_final_accounts.pdf", DATA / "general66"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    return Engine(built_copy(_ALL, tmp_path_factory.mktemp("func41") / "kb.sqlite"), VOCAB)


@pytest.mark.parametrize("q", ["请律师的钱走的哪个项目", "请律师的钱在哪个项目列支"])
def test_what_a_cost_is_charged_to(seed_engine, q) -> None:
    a = _ask(seed_engine, q)
    assert a.status == "answered" and "聘请法律顾问专项经费" in a.text, a.text


@pytest.mark.parametrize("q", ["农林水支出下面有哪几款", "农林水支出有哪几款"])
def test_the_items_under_a_line_of_the_one_table_heading_items(engine, q) -> None:
    a = _ask(engine, q)
    assert a.status == "answered", a.text
    assert "乡村振兴" in a.text and "农村综合改革" in a.text and "住房改革" not in a.text, a.text


def test_items_under_a_line_several_tables_head_are_asked_which(engine) -> None:
    # (卫生健康支出 heads its 款 in the 普陀 final accounts too: which department is asked)
    assert _ask(engine, "卫生健康支出下面有哪几款").status == "clarify"


@pytest.mark.parametrize("q", ["农业农村局三个单位谁的基本支出最多", "农业农村局哪个单位基本支出最多"])
def test_units_ranked_over_the_table_of_units(engine, q) -> None:
    a = _ask(engine, q)
    assert a.status == "answered" and "本级" in a.text and "1248.6" in a.text, a.text
    assert "事业运行" not in a.text, a.text


def test_a_kind_said_alone_after_a_unit_row_is_the_units(engine) -> None:
    a = _ask(engine, "经管中心26年一般公共预算多少", "项目支出多少")
    assert a.status == "answered" and "199.5" in a.text and "2681.15" not in a.text, a.text
    whole = _ask(engine, "农业农村局一般公共预算多少", "项目支出呢")
    assert "2681.15" in whole.text, whole.text


def test_each_department_in_its_own_year(engine) -> None:
    # (社工部's tables are all of 2024: its own year's line, each year said)
    a = _ask(engine, "社工部和农业农村局26年卫生健康支出差多少")
    assert a.status == "answered" and "102.44" in a.text, a.text
    assert "2024年" in a.text and "2026年" in a.text, a.text


def test_the_line_asked_before_in_another_departments_year(engine) -> None:
    a = _ask(engine, "社工部事业运行决算", "余姚农业农村局26年呢")
    assert a.status == "answered" and "1405.18" in a.text and "11.31" not in a.text, a.text
    # (no year said: 余姚's tables print no 决算 of 事业运行, never its budget instead)
    assert _ask(engine, "社工部事业运行决算", "余姚农业农村局呢").status == "unknown"


def test_every_department_holding_the_line_under_a_longer_name(engine) -> None:
    a = _ask(engine, "各单位职业年金缴费分别多少")
    assert a.status == "answered", a.text
    assert "98.22" in a.text and "4.64" in a.text and "80.38" in a.text, a.text


def test_the_last_departments_year_of_the_item_said_before(engine) -> None:
    a = _ask(engine, "余姚农业农村局25年公务接待费和普陀财政局24年比")
    assert a.status == "answered" and "6.32" in a.text and "上海市普陀区财政局" in a.text, a.text


@pytest.mark.parametrize(("q", "shown"), [("信访局和农业农村局26年最大的项目加起来", "1357.28"),
                                          ("信访局和农业农村局最大的项目分别是", "77.28")])
def test_each_departments_own_top_project(engine, q, shown) -> None:
    a = _ask(engine, q)
    assert a.status == "answered" and shown in a.text, a.text
    assert "政府雇员工资经费" in a.text and "高标准农田建设项目" in a.text, a.text


def test_indicators_named_as_their_class(engine) -> None:
    a = _ask(engine, "余姚农业农村局服务对象满意度指标值多少")
    assert a.status == "answered", a.text
    assert "农业综合行政执法专项经费" in a.text and "农作物病虫害统防统治及绿色防控补助资金" in a.text, a.text
    assert "受益农户满意度" not in a.text, a.text
    listed = _ask(engine, "余姚农业农村局服务对象满意度指标有哪些")
    assert "受益农户满意度" in listed.text, listed.text  # (the class listed: every indicator of it)
