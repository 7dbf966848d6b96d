"""Choosing the table a question is about among one place's tables of different budgets (临溪县, fictional: its
政府性基金预算执行情况表 and its 财政局's 1-12月 一般公共预算支出执行情况月报表 share 城乡社区支出 and 债务付息支出; a
人社局 目标表 beside them). A budget's short name said as scope (基金里, 基金的, 基金预算里, 基金 before a row) names its
table; a row both tables hold is asked back by the tables' budgets; a follow-up saying the other budget, or the other
flow of a 收支 row, keeps the row shown. Figures from tests/data/tables56/make_docs.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

MAKER = Path(__file__).resolve().parent / "data" / "tables56" / "make_docs.py"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("tables56")
    spec = importlib.util.spec_from_file_location("tables56_docs", MAKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return engine_over(folder / "kb.sqlite", module.build(folder))


def test_a_monthly_reports_title_names_its_budget():
    from bot.answer.facts.index import budget_kinds

    assert "一般公共预算" in budget_kinds("1-12月一般公共预算支出执行情况月报表")
    assert "政府性基金预算" in budget_kinds("政府性基金预算执行情况表")
    assert not budget_kinds("1-12月项目支出执行情况月报表")


@pytest.mark.parametrize("question, shown, never", [
    ("基金里土地出让收入预算数", "52300", ["47810"]),
    ("基金本年收入合计执行数", "50246", ["54400"]),
    ("基金预算里城乡社区支出执行数", "43920", ["6688"]),        # the row both tables hold: the fund's
    ("基金的城乡社区支出执行数", "43920", ["6688"]),
    ("临溪基金调出资金执行数", "1500", []),                      # a place said before it
    ("2025年基金上级补助收入执行", "830", []),
    ("政府性基金城乡社区支出执行数", "43920", ["6688"]),          # the budget's name without 预算
    ("一般公共预算的城乡社区支出执行数", "6688", ["43920"]),
    ("一般公共预算里债务付息支出执行数", "2236", ["3655"]),
])
def test_a_budgets_short_name_names_its_table(engine, question, shown, never):
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text, a.text
    assert not any(x in a.text for x in never), a.text
    assert "这一项" not in a.text


def test_the_rows_under_a_row_of_the_table_said(engine):
    a = converse(engine, "基金的城乡社区支出下面有哪些")
    assert a.status == "answered", a.text
    assert "国有土地使用权出让收入安排的支出" in a.text and "城市基础设施配套费安排的支出" in a.text
    assert "教育支出" not in a.text


def test_a_word_ending_another_is_no_budgets_name(engine):
    from bot.engine.names import budget_said_in_full

    kb = engine.kb
    assert budget_said_in_full(kb, "对养老保险基金的补助多少") == "对养老保险基金的补助多少"
    assert budget_said_in_full(kb, "城市基础设施配套费基金收入") == "城市基础设施配套费基金收入"
    assert budget_said_in_full(kb, "基金里调出资金").startswith("政府性基金预算里")


def test_a_row_of_both_tables_is_asked_back_by_their_budgets(engine):
    a = converse(engine, "债务付息支出")
    assert a.status == "clarify", a.text
    assert "政府性基金预算" in a.text and "一般公共预算" in a.text
    assert "人力资源" not in a.text  # (a department holding no such row is no option)


@pytest.mark.parametrize("reply, shown, never", [
    ("基金", "3720", "2240"),
    ("一般公共预算的", "2240", "3720"),
    ("2", "2240", "3720"),
])
def test_the_reply_naming_a_budget_picks_its_table(engine, reply, shown, never):
    a = converse(engine, "债务付息支出", reply)
    assert a.status == "answered", a.text
    assert shown in a.text and never not in a.text, a.text


@pytest.mark.parametrize("turns, shown, never", [
    (("基金的城乡社区支出", "一般公共预算的呢"), "6440", ["48600"]),
    (("一般公共预算的城乡社区支出", "基金的呢"), "48600", ["6440"]),
    (("基金的债务付息支出", "一般公共预算呢", "执行数呢"), "2236", ["3655"]),
    (("基金本年收入合计", "支出呢"), "47575", ["50246"]),
    (("基金本年支出合计", "收入呢"), "50246", ["47575"]),
    (("基金本年收入合计", "支出呢", "预算数呢"), "52320", ["54400"]),
])
def test_a_follow_up_keeps_the_row_and_moves_the_table(engine, turns, shown, never):
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    assert shown in a.text, a.text
    assert not any(x in a.text for x in never), a.text


def test_a_row_the_other_budget_does_not_hold_is_not_answered(engine):
    a = converse(engine, "一般公共预算的教育支出", "基金的呢")
    assert a.status != "answered" or "21350" not in a.text and "教育" not in a.text, a.text


@pytest.fixture(scope="module")
def departments(tmp_path_factory) -> Engine:
    """The 临溪 人社局's 目标表 (its projects' sum is its 项目支出), the bundled 目标表 of another department, and a
    部门决算 printing 项目支出 as a column of its 合计 row."""
    root = Path(__file__).resolve().parent.parent
    folder = tmp_path_factory.mktemp("tables56_depts")
    return engine_over(folder / "kb.sqlite", [MAKER.parent / "临溪县人力资源和社会保障局_2026年_项目支出绩效目标表.txt",
                                              *sorted((root / "knowledge").glob("*.txt")),
                                              root / "tests" / "data" / "samples" / "putuo_czj_2024_final_accounts.pdf"])


@pytest.mark.parametrize("question", ["各部门项目支出合计分别是多少", "各部门项目支出分别是多少"])
def test_each_departments_whole_joins_both_kinds_of_tables(departments, question):
    a = converse(departments, question)
    assert a.status == "answered", a.text
    for figure in ("316.45", "234.98", "603.14"):  # (two 目标表s' sums, the 决算's 合计 row's 项目支出)
        assert figure in a.text, a.text
    assert "本年收入合计" not in a.text  # (the 决算's 合计 row is not shown whole)


@pytest.mark.parametrize("question", ["就业补助多少", "就业补助经费多少"])
def test_every_row_of_the_name_is_offered(engine, question):
    # (two departments' projects named alike and a 月报表's functional item of the name: each one shown, none chosen)
    a = converse(engine, question)
    assert a.status == "clarify", a.text
    for figure in ("208.75", "41.60", "1180"):
        assert figure in a.text, a.text


@pytest.fixture(scope="module")
def one_bureau(tmp_path_factory) -> Engine:
    """The same two tables, both the 财政局's (the fund table's title names it too): one department's two tables."""
    import openpyxl

    folder = tmp_path_factory.mktemp("tables56_one")
    spec = importlib.util.spec_from_file_location("tables56_docs_one", MAKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    paths = module.build(folder)
    wb = openpyxl.load_workbook(paths[0])
    wb.active["A1"] = "临溪县财政局2025年政府性基金预算执行情况表"
    wb.save(paths[0])
    return engine_over(folder / "kb.sqlite", paths)


def test_one_departments_row_of_two_budgets_is_asked_back_by_table(one_bureau):
    a = converse(one_bureau, "债务付息支出")
    assert a.status == "clarify", a.text
    assert "政府性基金预算" in a.text and "一般公共预算" in a.text
    assert "3720" in a.text and "2240" in a.text


@pytest.mark.parametrize("turns, shown, never", [
    (("债务付息支出", "基金"), "3720", "2240"),
    (("债务付息支出执行数", "2"), "2236", "3655"),
    (("基金本年收入合计", "支出呢"), "47575", "2240"),
    (("基金的城乡社区支出", "一般公共预算的呢"), "6440", "48600"),
])
def test_one_departments_tables_in_a_conversation(one_bureau, turns, shown, never):
    a = converse(one_bureau, *turns)
    assert a.status == "answered", a.text
    assert shown in a.text and never not in a.text, a.text
