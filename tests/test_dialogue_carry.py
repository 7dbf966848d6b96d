"""A follow-up takes what the answers before it showed: the items of a list ("加起来是多少"), a sum ("占全部的
比例呢"), the indicators just listed ("年度指标值是多少"), two departments' figures named by their sides
("社工部是财政局的百分之几"), a figure set against the last one ("X比它多多少"); a clarification shows each
option's amount; a full name said exactly is not asked about again by a shorter word of it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.engine import ANSWERED, CLARIFY, UNKNOWN, Engine, Session

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
VOCAB = ROOT / "knowledge" / "vocabulary.toml"


def ask(engine: Engine, *turns: str):
    session = Session()
    answer = None
    for turn in turns:
        answer = engine.ask(turn, session)
    assert answer is not None
    return answer


def _first_line(answer) -> str:
    return answer.text.splitlines()[0]


# --- the items of a list, added up ----------------------------------------------------------------------


@pytest.mark.parametrize("bound", [10, 30, 50, 65])
@pytest.mark.parametrize("word", ["加起来是多少", "一共多少", "合计多少"])
def test_a_sum_after_a_list_adds_the_items_listed(seed_engine, bound, word):
    projects = [p for p in seed_engine.kb.projects.values() if p.kind != "department"]
    listed = [p for p in projects if p.total > bound]
    assert 2 <= len(listed) < len(projects)  # some, not all: the table's total is not their sum
    answer = ask(seed_engine, f"哪些项目超过{bound}万", word)
    assert answer.status == ANSWERED, answer.text
    want = f"{sum(p.total for p in listed):.2f}"
    assert want in _first_line(answer)
    assert all(p.name in answer.text for p in listed)  # each addend is shown
    whole = f"{sum(p.total for p in projects):.2f}"
    assert whole not in answer.text


def test_two_said_after_a_longer_list_is_not_the_list(seed_engine):
    """"这两个加起来" after a list of five: not those five."""
    projects = [p for p in seed_engine.kb.projects.values() if p.kind != "department" and p.total > 10]
    assert len(projects) > 2
    answer = ask(seed_engine, "哪些项目超过10万", "这两个加起来")
    assert f"{sum(p.total for p in projects):.2f}" not in answer.text


# --- a share after a sum is the sum's share ---------------------------------------------------------------


@pytest.mark.parametrize("share", ["占全部的比例呢", "占总额多少", "占比多少"])
def test_a_share_after_a_sum_is_the_sums_share(seed_engine, share):
    kb = seed_engine.kb
    projects = [p for p in kb.projects.values() if p.kind != "department"]
    whole = sum(p.total for p in projects)
    for a, b in [(projects[0], projects[1]), (projects[2], projects[4])]:
        answer = ask(seed_engine, f"{a.name}和{b.name}加起来多少", share)
        assert answer.status == ANSWERED, answer.text
        assert f"{(a.total + b.total) / whole * 100:.2f}%" in answer.text
        assert f"{a.total / whole * 100:.2f}%" not in answer.text  # never each project's own share
        assert "÷" in answer.text  # shown as a ÷ b


# --- a kind of value asked after an indicator list --------------------------------------------------------


@pytest.mark.parametrize("kind", ["年度指标值是多少", "实施周期指标值呢", "指标值是多少"])
def test_a_value_kind_after_an_indicator_list_is_of_those_indicators(seed_engine, kind):
    answer = ask(seed_engine, "公车项目", "它的数量指标呢", kind)
    assert answer.status == ANSWERED, answer.text
    assert "车辆购置数量" in answer.text
    assert "总计" not in answer.text  # not the project's amount
    if kind.startswith("年度"):
        assert "1辆" in answer.text


# --- clarifications -------------------------------------------------------------------------------------


def test_an_amount_clarification_shows_each_options_amount(seed_engine):
    answer = ask(seed_engine, "政府雇员经费多少钱")
    assert answer.status == CLARIFY
    kb = seed_engine.kb
    for name in ("政府雇员工资经费", "政府雇员公用经费"):
        total = next(p.total for p in kb.projects.values() if p.name == name)
        assert re.search(rf"\d\. {name}（{total:.2f}万元）", answer.text), answer.text
    picked = ask(seed_engine, "政府雇员经费多少钱", "政府雇员公用经费")  # the option's name still picks it
    assert picked.status == ANSWERED and "2.70" in picked.text


def test_a_full_name_said_is_not_asked_about_again_by_its_shorter_word(seed_engine):
    answer = ask(seed_engine, "政府雇员工资经费养了多少个雇员")
    assert answer.status == UNKNOWN  # a count the table does not hold, never a question back
    assert "77.28" not in answer.text
    both = ask(seed_engine, "政府雇员工资经费和雇员公用加起来")  # another name beside it still counts
    assert both.status == ANSWERED and "79.98" in both.text


# --- figures of two departments, named by their sides -----------------------------------------------------


def test_two_departments_figures_added_when_both_are_said(samples_engine):
    answer = ask(samples_engine, "财政局行政运行", "社工部的呢", "两个部门加起来")
    assert answer.status == ANSWERED, answer.text
    assert "1563.21" in _first_line(answer)  # 1511.89 spent + 51.32


def test_one_departments_figure_as_a_share_of_the_others(samples_engine):
    answer = ask(samples_engine, "社工部本年收入合计", "财政局的本年收入合计", "社工部是财政局的百分之几")
    assert answer.status == ANSWERED, answer.text
    assert "10.45%" in answer.text and "307.82 ÷ 2946.25" in answer.text
    times = ask(samples_engine, "社工部本年收入合计", "财政局的本年收入合计", "财政局是社工部的几倍")
    assert times.status == ANSWERED and "9.57倍" in times.text


def test_a_figure_named_now_set_against_the_last(samples_engine):
    answer = ask(samples_engine, "社工部本年收入合计", "财政局的本年收入合计比它多多少")
    assert answer.status == ANSWERED, answer.text
    assert "2638.43" in answer.text and "2946.25 − 307.82" in answer.text


# --- indicators and their columns ------------------------------------------------------------------------


def test_a_follow_up_word_of_the_indicator_just_shown_stays_on_it(samples_engine):
    answer = ask(samples_engine, "东湖返乡创业人数", "带动就业呢")
    assert answer.status == ANSWERED and "650" in answer.text
    assert "3000" not in answer.text  # another indicator's 带动就业


def test_a_column_after_a_category_list_is_of_its_indicators(samples_engine):
    answer = ask(samples_engine, "渝中满意度类指标是哪个", "权重多少")
    assert answer.status == ANSWERED, answer.text
    assert "公共就业服务满意度" in answer.text and "15" in answer.text


def test_what_was_completed_against_the_target(samples_engine):
    answer = ask(samples_engine, "渝中城镇新增就业人数目标", "实际完成多少", "超了多少")
    assert answer.status == ANSWERED, answer.text
    assert "9858" in _first_line(answer) and "49358 − 39500" in answer.text


# --- a department said by its bureau's short word ---------------------------------------------------------


@pytest.fixture(scope="module")
def health_engine(tmp_path_factory, built_copy) -> Engine:
    """The seed (信访局, which has 公务用车购置经费) and a 卫生健康局 that has none."""
    folder = tmp_path_factory.mktemp("health")
    text = (DATA / "civil_affairs.txt").read_text(encoding="utf-8").replace("民政局", "卫生健康局")
    (folder / "health_bureau.txt").write_text(text, encoding="utf-8")
    return Engine(built_copy([ROOT / "knowledge", folder], folder / "kb.sqlite"), VOCAB)


def test_a_follow_up_after_a_bureau_not_found_stays_in_that_bureau(health_engine):
    first = ask(health_engine, "卫健因公出国费多少")
    assert first.status == UNKNOWN
    answer = ask(health_engine, "卫健因公出国费多少", "那公务用车购置费呢")
    assert answer.status != ANSWERED and "15.00" not in answer.text  # 信访局's is not 卫健's
    alone = ask(health_engine, "公务用车购置费多少")  # asked on its own, it is answered
    assert alone.status == ANSWERED and "15.00" in alone.text


# --- a part of the figure just shown, a year of its line, what is left vacant ----------------------------


def test_a_part_of_the_figure_just_shown_is_its_share(samples_engine):
    answer = ask(samples_engine, "社工部基本支出", "其中人员经费占多少")
    assert answer.status == ANSWERED, answer.text
    assert "90.32%" in _first_line(answer) and "95.36 ÷ 105.58" in answer.text


def test_another_year_of_the_line_set_against_it(samples_engine):
    answer = ask(samples_engine, "东湖2019年预算", "2020年比它多多少")
    assert answer.status == ANSWERED, answer.text
    assert "1290万元" in _first_line(answer) and "6730 − 5440" in answer.text


@pytest.fixture(scope="module")
def staffing_engine(tmp_path_factory, built_copy) -> Engine:
    return Engine(built_copy([ROOT / "knowledge", DATA / "samples", DATA / "general4"],
                             tmp_path_factory.mktemp("staffing") / "kb.sqlite"), VOCAB)


@pytest.mark.parametrize("asked", ["空几个", "还空多少", "缺几个"])
def test_what_is_left_vacant_is_the_establishment_less_the_staff(staffing_engine, asked):
    s = Session(build_id=staffing_engine.build_id)
    first = staffing_engine.ask("桐溪市场监管局编制合计", s)
    second = staffing_engine.ask("实有呢", s)
    assert first.status == second.status == ANSWERED
    planned = float(re.findall(r"合计：(\d+)人", first.text)[-1])
    actual = float(re.search(r"[：:]\s*(\d+)", second.text.splitlines()[0]).group(1))
    answer = staffing_engine.ask(asked, s)
    assert answer.status == ANSWERED, answer.text
    assert f"{planned - actual:g}人" in _first_line(answer)


def test_vacant_is_not_worked_out_of_two_amounts(seed_engine):
    """"空几个" after two projects' amounts: no 编制 among them, nothing to work out."""
    answer = ask(seed_engine, "信访工作经费多少", "法律顾问呢", "空几个")
    assert answer.intent != "combine"


# --- a follow-up answered only from a row it does not say -------------------------------------------------


@pytest.mark.parametrize("column", ["年初预算呢", "预算数呢", "小计呢"])
def test_after_nothing_found_a_bare_column_is_not_answered_from_some_row(samples_engine, column):
    first = ask(samples_engine, "社工部疾控经费")
    assert first.status == UNKNOWN
    answer = ask(samples_engine, "社工部疾控经费", column)
    assert answer.status != ANSWERED, answer.text


def test_after_nothing_found_a_row_said_is_still_answered(samples_engine):
    answer = ask(samples_engine, "社工部疾控经费", "年末结转和结余多少")
    assert answer.status == ANSWERED and "年末结转和结余" in answer.text


@pytest.mark.parametrize("row, asked, want", [("财政局信息化建设", "决算比年初预算少了多少", "0.65万元"),
                                             ("财政局行政运行", "决算比年初预算少了多少", "48.16万元")])
def test_columns_of_the_row_just_shown_are_compared_in_that_row(samples_engine, row, asked, want):
    answer = ask(samples_engine, row, asked)
    alone = ask(samples_engine, f"{row}{asked}")  # the same as asked with the row said
    assert answer.status == alone.status == ANSWERED, answer.text
    assert want in _first_line(answer) and _first_line(answer) == _first_line(alone)


# --- the lines under a coded line -------------------------------------------------------------------------


@pytest.mark.parametrize("asked, highest", [("下面哪个最多", True), ("其中哪一项最少", False), ("它下面哪个款最大", True)])
def test_the_lines_under_a_coded_line_are_ranked_not_the_line_itself(samples_engine, asked, highest):
    answer = ask(samples_engine, "财政局20106财政事务", asked)
    assert answer.status == ANSWERED, answer.text
    under = {"2010601行政运行": 1511.89, "2010602一般行政管理事务": 10.0, "2010607信息化建设": 135.25,
             "2010608财政委托业务支出": 449.52}  # the 本年支出合计 column of the line's table
    best = (max if highest else min)(under, key=under.__getitem__)
    assert _first_line(answer).startswith(f"20106财政事务下面{'最多' if highest else '最少'}的是{best}")
    assert all(name in answer.text for name in under)


def test_a_line_as_a_share_of_its_tables_total(samples_engine):
    answer = ask(samples_engine, "东湖就业补助多少", "占总预算比例多少")
    assert answer.status == ANSWERED, answer.text
    whole = next(d["total"] for d in samples_engine.kb.documents.values() if "东湖" in d["department_name"])
    assert f"{1195.82 / whole * 100:.2f}%" in _first_line(answer) and f"1195.82 ÷ {whole:g}" in answer.text


@pytest.mark.parametrize("first, asked, want", [
    ("社工部住房保障支出多少", "下面两项分别多少", ["2210201住房公积金 17.70万元", "2210203购房补贴 11.72万元"]),
    ("财政局20106财政事务", "下面有哪些", ["2010601行政运行 1511.89万元", "2010608财政委托业务支出 449.52万元"])])
def test_the_lines_under_a_coded_line_are_listed(samples_engine, first, asked, want):
    answer = ask(samples_engine, first, asked)
    assert answer.status == ANSWERED, answer.text
    assert all(w in answer.text for w in want)


# --- a follow-up naming another department, or continuing the facts just shown ---------------------------


@pytest.fixture(scope="module")
def seed_and_samples(tmp_path_factory, built_copy) -> Engine:
    return Engine(built_copy([ROOT / "knowledge", DATA / "samples"], tmp_path_factory.mktemp("seedsamples") / "kb.sqlite"),
                  VOCAB)


def test_a_follow_up_naming_another_department_asks_its_table(seed_and_samples):
    answer = ask(seed_and_samples, "信访局公务用车购置经费", "那普陀财政局的公务用车购置呢")
    alone = ask(seed_and_samples, "普陀财政局的公务用车购置多少")
    assert alone.status == ANSWERED
    assert answer.status == ANSWERED and "上海市普陀区财政局" in answer.text and "15.00" not in answer.text


def test_a_follow_up_after_several_facts_continues_the_facts(seed_and_samples):
    answer = ask(seed_and_samples, "社工部2024年三公经费", "那公务接待费呢")
    assert answer.status == ANSWERED and "公务接待费" in answer.text
    assert "中共上海市普陀区委社会工作部" in answer.text
