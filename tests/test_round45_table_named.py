"""A place's table named by the budget its kind says ("支出预算" of a 部门支出预算表) beside another table of the same
departments (a 会议费培训费预算表): the departments' figures are read from the table named, never from the other
table's first column (玉环教育局支出预算合计 was answered with its 会议费 2025年预算数: a confident wrong answer)."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, write_workbook
from test_dept70_place_departments import MERGED, ROWS

from bot.engine import ANSWERED, Engine

_MEETINGS = [
    ["枫港市2026年会议费培训费预算表"],
    ["单位：万元"],
    ["单位名称", "会议费", None, None, "培训费", None, None],
    [None, "2025年预算数", "2026年预算数", "增减", "2025年预算数", "2026年预算数", "增减"],
    ["合计", 9.7, 8.3, -1.4, 21.9, 23.6, 1.7],
    ["枫港市教育局小计", 6.4, 5.1, -1.3, 14.2, 15.8, 1.6],
    ["  枫港市教育局（本级）", 4.1, 3.3, -0.8, 9.5, 10.4, 0.9],
    ["  枫港中学", 2.3, 1.8, -0.5, 4.7, 5.4, 0.7],
    ["枫港市民政局小计", 3.3, 3.2, -0.1, 7.7, 7.8, 0.1],
    ["  枫港市民政局（本级）", 1.9, 2.0, 0.1, 4.6, 4.4, -0.2],
    ["  枫港市社会福利中心", 1.4, 1.2, -0.2, 3.1, 3.4, 0.3],
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("named45")
    # (no 编制单位 line: both tables are the place's, as when a finance office publishes them side by side)
    rows = [ROWS[0], [None, None, None, None, None, None, "单位：万元"], *ROWS[2:]]
    spending = write_workbook(folder / "枫港市_2026年_部门支出预算表.xlsx", rows, MERGED)
    meetings = write_workbook(folder / "枫港市_2026年_会议费培训费预算表.xlsx", _MEETINGS,
                              ["A1:G1", "A3:A4", "B3:D3", "E3:G3"])
    # (the other table loaded first, as a folder lists 会议费… before 部门…: its columns were read first)
    return engine_over(tmp_path_factory.mktemp("named45kb") / "kb.sqlite", [meetings, spending])


@pytest.mark.parametrize(("question", "held", "never"), [
    ("枫港教育局支出预算合计", "200", ("6.4", "14.2")),
    ("枫港哪个部门支出预算最多", "200", ("6.4", "14.2")),
])
def test_a_departments_whole_of_the_table_its_budget_names(engine: Engine, question: str, held: str,
                                                           never: tuple[str, ...]) -> None:
    answer = converse(engine, question)
    assert answer.status == ANSWERED and held in answer.text and "部门支出预算表" in answer.text
    assert not any(v in answer.text for v in never)


def test_the_other_table_still_answers_its_own_columns(engine: Engine) -> None:
    answer = converse(engine, "枫港教育局2026年会议费多少")
    assert answer.status == ANSWERED and "5.1" in answer.text


@pytest.mark.parametrize(("question", "held", "never"), [
    ("枫港教育局今年培训费多少", "15.8", "14.2"),  # (the table's own year, 2026: its column alone)
    ("枫港教育局去年培训费多少", "14.2", "15.8"),
])
def test_a_year_said_relative_to_the_table_picks_its_column(engine: Engine, question: str, held: str,
                                                            never: str) -> None:
    answer = converse(engine, question)
    assert answer.status == ANSWERED and held in answer.text and never not in answer.text
