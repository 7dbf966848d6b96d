"""Years and budget-vs-final tables (blind_66's 余姚市农业农村局 documents, tests/data/general66): a year said
before a department's name selects the year and is no part of the name; "X为啥没花完" asks the row's reason
column, not the rows that were finished."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.answer.facts.question import _OVERSPENT
from bot.engine import Engine

DATA = Path(__file__).resolve().parent / "data" / "general66"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("years41")
    return engine_over(folder / "kb.sqlite", sorted(p for p in DATA.iterdir() if p.suffix in (".xlsx", ".txt")
                                                    and "年" in p.name))


@pytest.mark.parametrize("question, reason", [
    ("25年确权成果应用经费为啥没花完", "二轮延包试点推迟"),
    ("25年美丽乡村以奖代补为啥没用完", "个别村考核未达标"),
    ("确权成果应用经费为什么没执行完", "二轮延包试点推迟"),
])
def test_why_not_spent_is_the_rows_reason(engine, question, reason):
    a = converse(engine, question)
    assert a.status == "answered" and reason in a.text and "共检查" not in a.text, a.text


@pytest.mark.parametrize("question", ["25年哪一项超支了", "25年哪些项目超支了"])
def test_overspent_rows_are_those_spent_above_budget(engine, question):
    a = converse(engine, question)
    assert a.status == "answered" and "对个人和家庭的补助" in a.text, a.text
    assert "高标准农田" not in a.text and "差异原因" not in a.text, a.text


@pytest.mark.parametrize("question, shown, never", [
    ("25年决算数最大的项目是哪个", "高标准农田建设项目", "工资福利支出"),   # ranked within 二、项目支出
    ("25年完成率最低的项目", "确权成果应用经费", "资本性支出"),
])
def test_projects_are_ranked_within_their_section(engine, question, shown, never):
    a = converse(engine, question)
    assert a.status == "answered" and shown in a.text and never not in a.text, a.text


def test_rows_of_every_section_stay_ranked_when_projects_are_not_asked(engine):
    a = converse(engine, "25年决算数最大的是哪个")
    assert a.status == "answered" and "工资福利支出" in a.text, a.text


@pytest.mark.parametrize("turns, shown, never", [
    (["25年高标准农田决算", "26年安排了多少"], "1280", "3031.15"),          # the project in the 2026 目标表
    (["26年新型经营主体培育多少", "那25年决算呢"], "143.1", "5474.21"),      # its 2025 决算 row, not the 合计
    (["25年基本支出决算", "项目支出呢"], "2760.08", "2681.15"),             # the year and column shown kept
])
def test_follow_ups_move_between_years_of_one_row(engine, turns, shown, never):
    a = converse(engine, *turns)
    assert a.status == "answered" and shown in a.text and never not in a.text, a.text


def test_a_row_no_table_of_the_year_holds_is_not_answered(engine):
    a = converse(engine, "25年农业面源污染治理决算", "它26年安排多少")
    assert a.status == "unknown" and "3031.15" not in a.text and "农业面源污染治理" in a.text, a.text


def test_labels_of_a_table_of_an_earlier_year_are_not_read_for_a_year_said(tmp_path):
    """A 2020 申报表 prints 项目支出明细预算: "25年项目支出预算…" is never read as that label (was: unknown)."""
    wuhan = Path(__file__).resolve().parent / "data" / "samples" / "wuhan_donghu_rsj_2020_project_application.xlsx"
    eng = engine_over(tmp_path / "kb.sqlite", [wuhan, *sorted(p for p in DATA.iterdir() if p.suffix == ".xlsx")])
    a = converse(eng, "25年项目支出预算比决算多多少")
    assert a.status == "answered" and "134.92" in a.text, a.text


@pytest.mark.parametrize("turns, reason", [
    (["25年高标准农田决算", "原因是啥"], "部分工程结算审计未完成"),    # its 差异原因 cell
    (["25年确权经费完成率", "为什么这么低"], "二轮延包试点推迟"),
])
def test_why_after_a_line_is_its_reason_cell(engine, turns, reason):
    a = converse(engine, *turns)
    assert a.status == "answered" and reason in a.text, a.text


def test_why_after_a_line_of_a_table_with_only_remarks_is_its_remark(tmp_path):
    """凯里's 部门收支决算对比表 prints no 原因 column: the line's 备注 is its reason (was: “原因”：表中没有找到)."""
    table = DATA.parent / "general29" / "凯里市_农业农村局_2024_部门收支决算对比表.xlsx"
    eng = engine_over(tmp_path / "kb.sqlite", [table])
    a = converse(eng, "凯里支出里哪项完成率最低", "原因是啥")
    assert a.status == "answered" and "动物疫病应急物资采购未全部完成" in a.text, a.text


def test_a_row_asked_in_a_year_no_table_holds_is_never_another_years_figure(engine):
    """"高标准农田 (2026)" → "它2027年预算多少": no table is of 2027; never the 2026 目标表's 1280 (blind_44 ac-023-unk)."""
    a = converse(engine, "26年高标准农田安排多少", "它2027年预算多少")
    assert a.status != "answered" and "1280" not in a.text, a.text


@pytest.mark.parametrize("question, asked", [("哪一项超支了", True), ("哪些项目没超支", False),
                                              ("哪些没有超支", False), ("未超支的有哪些", False)])
def test_not_overspent_is_no_overspending_asked(question, asked):
    assert bool(_OVERSPENT.search(question)) is asked


def test_last_years_spending_beside_this_years_budget_is_no_overspending(tmp_path):
    # 2024年决算数 above 2025年预算数 on a line is a smaller budget, not money spent beyond it
    from conftest import simple_table
    table = tmp_path / "柏川县农业农村局2025年部门支出预算表.xlsx"
    simple_table(table, "部门支出预算表", "柏川县农业农村局2025年部门支出预算表", "A2", "单位：万元",
                 ["项目", "2024年决算数", "2025年预算数"],
                 [["合计", 300, 260], ["农田建设", 200, 150], ["种业发展", 100, 110]])
    a = converse(engine_over(tmp_path / "kb.sqlite", [table]), "哪些项目超支了")
    assert a.status != "answered" or "农田建设" not in a.text, a.text  # (was: 农田建设 200 "超过" 150)


def test_a_years_own_column_of_the_table_shown_stays_the_answer(samples_engine):
    # the 申报表 prints a budget for each year: "2018年预算呢" is its 2018 column, not a row missing from 2018's tables
    a = converse(samples_engine, "东湖分局专项资金总预算", "2018年预算呢")
    assert a.status == "answered" and "3610" in a.text, a.text
