"""Several departments' tables loaded together: two departments' project tables (目标表) sharing a project's name
(编外人员工资经费), a county's revenue table (its taxes, 转移支付收入) and a third department's 决算-like tables
printing the same lines blank (收入决算 blank, a 三公 table whose 合计 决算数 is blank beside its 预算数). A name shared
by a few departments shows each one's figure; a department printing a line blank is no option; a department not
loaded is said so; a follow-up naming a department and a measure is a question of its own; "各部门…分别" lists every
department of either kind; "两个<kind>表…加起来" adds the two tables of that kind. Tables fictional."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.dialogue.values import ANSWERED, CLARIFY, UNKNOWN
from bot.engine import Engine
from tests.conftest import converse, engine_over, write_workbook

_DATA = Path(__file__).parent / "data" / "depts55"


def _revenue(folder: Path) -> None:
    """The county's revenue table: taxes by their printed names, 转移支付收入 with its figures."""
    write_workbook(folder / "青溪县_2025年_一般公共预算收入预算表.xlsx", [
        ["青溪县2025年一般公共预算收入预算表"],
        [None, None, None, "单位：万元"],
        ["项目", "2024年执行数", "2025年预算数", "备注"],
        ["税收收入", 52000, 54300, None],
        ["增值税", 21000, 22000, None],
        ["城市维护建设税", 3100, 3250, None],
        ["环境保护税", 140, 155, None],
        ["一般公共预算收入合计", 61000, 63800, None],
        ["转移支付收入", 240000, 251500, None],
    ], sheet="一般公共预算收入")


def _final_accounts(folder: Path) -> None:
    """Another department's 决算-like tables: 转移支付收入 printed blank; a 三公 table whose 合计 决算数 is blank."""
    write_workbook(folder / "青溪县民政局_2024年_收入决算表.xlsx", [
        ["青溪县民政局2024年收入决算表"],
        [None, None, "单位：万元"],
        ["项目", "决算数", "备注"],
        ["财政拨款收入", 820.5, None],
        ["转移支付收入", "-", None],
        ["差旅费", 3.4, None],
    ], sheet="收入决算表")
    write_workbook(folder / "青溪县民政局_2024年_部门决算三公经费表.xlsx", [
        ["青溪县民政局2024年财政拨款“三公”经费支出决算表"],
        [None, None, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["合计", 1.35, "-"],
        ["公务接待费", 1.35, "-"],
    ], sheet="三公经费")
    write_workbook(folder / "青溪县民政局_2024年_支出决算表.xlsx", [
        ["青溪县民政局2024年支出决算表"],
        [None, None, None, "单位：万元"],
        ["科目名称", "合计", "基本支出", "项目支出"],
        ["合计", 1260.4, 402.9, 857.5],
        ["社会福利", 930.0, 150.0, 780.0],
        ["行政运行", 330.4, 252.9, 77.5],
    ], sheet="支出决算表")
    write_workbook(folder / "青溪县民政局_2024年_基本支出决算表.xlsx", [
        ["青溪县民政局2024年基本支出决算表"],
        [None, None, "单位：万元"],
        ["项目", "决算数", "备注"],
        ["人员经费", 352.6, None],
        ["公用经费", 50.3, None],
    ], sheet="基本支出决算表")
    write_workbook(folder / "青溪县财政局_2024年_支出决算表.xlsx", [
        ["青溪县财政局2024年支出决算表"],
        [None, None, "单位：万元"],
        ["项目", "决算数", "备注"],
        ["差旅费", 2.1, None],
        ["办公费", 6.8, None],
    ], sheet="支出决算表")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("depts55")
    for f in _DATA.glob("*.txt"):
        shutil.copy(f, folder)
    _revenue(folder)
    _final_accounts(folder)
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_name_of_a_few_departments_shows_each_ones_figure(engine: Engine) -> None:
    answer = converse(engine, "编外人员工资经费多少")
    assert answer.status == CLARIFY and "21.60" in answer.text and "32.50" in answer.text, answer.text
    assert "青溪县司法局" in answer.text and "青溪县档案局" in answer.text, answer.text
    picked = converse(engine, "编外人员工资经费多少", "档案局的")
    assert picked.status == ANSWERED and "32.50" in picked.text and "21.60" not in picked.text, picked.text


@pytest.mark.parametrize(("question", "figure"), [
    ("转移支付收入是多少", "251500"),  # (民政局's 收入决算表 prints the line blank: no option)
    ("环保税预算数是多少", "155"),  # the revenue table's 环境保护税, said short
    ("城建税多少", "3250"),
])
def test_a_line_only_one_department_prints_is_answered(engine: Engine, question: str, figure: str) -> None:
    answer = converse(engine, question)
    assert answer.status == ANSWERED and figure in answer.text and "民政局" not in answer.text, answer.text


def test_a_department_not_loaded_is_said_so_whatever_its_name_holds(engine: Engine) -> None:
    for said in ("那城管局的呢", "那教育局的呢"):  # (管 of 城管局 is no "是管…" asked)
        answer = converse(engine, "档案数字化经费多少", said)
        assert answer.status == UNKNOWN and said[1:-2] in answer.text and "40.00" not in answer.text, answer.text


def test_a_follow_up_with_a_department_and_a_measure_is_its_own_question(engine: Engine) -> None:
    answer = converse(engine, "青溪县一般公共预算收入合计", "青溪司法局项目支出呢")
    assert answer.status == ANSWERED and "83.60" in answer.text and "63800" not in answer.text, answer.text


@pytest.mark.parametrize("said", ["青溪司法局这块呢", "司法局那边呢", "司法局方面的情况呢", "司法局项目支出完成率呢"])
def test_a_follow_up_with_a_department_and_words_not_read_is_not_its_whole(engine: Engine, said: str) -> None:
    # (a filler, or a word the reading does not take, beside the department: no whole of it is asked — the line
    # asked before is not in its tables, never its 项目支出 given as the answer)
    answer = converse(engine, "青溪县一般公共预算收入合计", said)
    assert answer.status != ANSWERED and "83.60" not in answer.text and "63800" not in answer.text, answer.text


def test_a_carried_column_blank_answers_the_lines_printed_figure(engine: Engine) -> None:
    # (its 决算数 printed "-": the line asked as said, never the line asked before read again in 民政局's tables)
    answer = converse(engine, "财政局差旅费决算数", "民政局公务接待费呢")
    assert answer.status == ANSWERED and "1.35" in answer.text and "差旅费" not in answer.text, answer.text


def test_every_departments_project_spending_is_listed(engine: Engine) -> None:
    answer = converse(engine, "每个部门的项目支出各是多少")
    assert answer.status == ANSWERED and "83.60" in answer.text and "90.50" in answer.text, answer.text
    assert "857.5" in answer.text, answer.text  # (民政局's 决算 prints its 项目支出 合计)
    # (another department's rows that are no 项目支出 — a 决算's 差旅费, a 三公 合计 — are never its figure)
    assert "差旅费" not in answer.text and "1.35" not in answer.text, answer.text


@pytest.mark.parametrize("asked", ["每个部门的经费各是多少", "各部门经费分别多少", "各部门的经费是多少"])
def test_every_departments_line_asked_is_never_another_line_holding_its_word(engine: Engine, asked: str) -> None:
    # 经费 is a word of 人员经费 / 公用经费 and a 目标表's projects alike: the lines of one measure or none, never
    # one department's 项目支出 beside another's 人员经费
    answer = converse(engine, asked)
    assert not ("352.6" in answer.text and ("83.60" in answer.text or "90.50" in answer.text)), answer.text


def test_two_tables_of_a_kind_said_short_are_added(engine: Engine) -> None:
    answer = converse(engine, "两个项目支出表的合计一共是多少")
    assert answer.status == ANSWERED and "174.10" in answer.text, answer.text
    three = converse(engine, "三个项目支出表的合计一共是多少")  # (two such tables loaded: which three is not said)
    assert three.status != ANSWERED and "174.10" not in three.text, three.text


def test_the_like_of_a_project_in_another_department_is_offered(engine: Engine) -> None:
    answer = converse(engine, "档案密集架购置经费多少", "司法局有没有类似的")
    assert answer.status == CLARIFY and "社区矫正执法装备购置经费" in answer.text, answer.text
    assert "人民调解工作经费" not in answer.text, answer.text
    none = converse(engine, "档案数字化经费多少", "司法局有没有类似的")  # (no word of its name shared)
    assert none.status == UNKNOWN and "人民调解" not in none.text, none.text


def test_your_bureau_is_the_department_asked_about_not_one_not_loaded(engine: Engine) -> None:
    # ("你们局" said to the bot as 贵局, 我们局 are: the department talked about, asked which of several)
    answer = converse(engine, "你们局项目支出合计多少")
    assert "你们局" not in answer.text and answer.status == CLARIFY, answer.text
    talked = converse(engine, "档案数字化经费多少", "你们局项目支出合计多少")
    assert talked.status == ANSWERED and "90.50" in talked.text, talked.text


@pytest.fixture(scope="module")
def with_a_table_of_departments(tmp_path_factory) -> Engine:
    """The same departments beside the county's 部门支出预算表: one row a department, its 项目支出 in a column."""
    folder: Path = tmp_path_factory.mktemp("depts55_table_of_departments")
    for f in _DATA.glob("*.txt"):
        shutil.copy(f, folder)
    write_workbook(folder / "青溪县_2025年_部门支出预算表.xlsx", [
        ["青溪县2025年部门支出预算表"],
        [None, None, None, "单位：万元"],
        ["部门", "合计", "基本支出", "项目支出"],
        ["合计", 5210.0, 3100.0, 2110.0],
        ["青溪县教育局", 3600.0, 2300.0, 1300.0],
        ["青溪县卫生健康局", 1610.0, 800.0, 810.0],
    ], sheet="部门支出预算表")
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_table_of_departments_answering_each_is_never_joined_by_its_total(with_a_table_of_departments: Engine) -> None:
    # (its 合计 row is the county's, never the 项目支出 of the office that drew the table up)
    answer = converse(with_a_table_of_departments, "每个部门的项目支出各是多少")
    assert answer.status == ANSWERED and "2110" not in answer.text, answer.text
