"""Follow-ups over a place's tables of departments and their units (a 部门支出预算表 beside a 会议费培训费预算表 of the
same place): a place in, or a ranking over, the units just listed, asking a column only the other table prints; a
follow-up changing only the year (the same group of columns, the same line); the change between the two figures of
one line just answered; the total row asked again; a department said right before one of its units."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import Engine

SPENDING = [
    ["青岚市2026年部门支出预算表"],
    [None, None, None, None, None, None, "单位：万元"],
    ["部门名称", "单位名称", "合计", "基本支出", None, None, "项目支出"],
    [None, None, None, "小计", "人员经费", "公用经费", None],
    ["合计", None, 1000.0, 600.0, 500.0, 100.0, 400.0],
    ["青岚市文化局", "青岚市文化局（本级）", 300.0, 200.0, 160.0, 40.0, 100.0],
    [None, "青岚市图书馆", 150.0, 120.0, 100.0, 20.0, 30.0],
    [None, "青岚市博物馆", 170.0, 100.0, 90.0, 10.0, 70.0],
    [None, "小计", 620.0, 420.0, 350.0, 70.0, 200.0],
    ["青岚市林业局", "青岚市林业局（本级）", 230.0, 110.0, 100.0, 10.0, 120.0],
    [None, "青岚市林场管理站", 150.0, 70.0, 50.0, 20.0, 80.0],
    [None, "小计", 380.0, 180.0, 150.0, 30.0, 200.0],
    ["青岚市水务局", "青岚市水务局（本级）", 90.0, 50.0, 40.0, 10.0, 40.0],
    [None, "小计", 90.0, 50.0, 40.0, 10.0, 40.0],
]
SPENDING_MERGED = ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"]

MEETINGS = [
    ["青岚市2026年会议费培训费预算表"],
    [None, None, None, None, None, None, None, "单位：万元"],
    ["部门名称", "单位名称", "会议费", None, None, "培训费", None, None],
    [None, None, "2025年预算数", "2026年预算数", "增减", "2025年预算数", "2026年预算数", "增减"],
    ["合计", None, 40.0, 36.0, -4.0, 80.0, 86.0, 6.0],
    ["青岚市文化局", "青岚市文化局（本级）", 10.0, 9.0, -1.0, 20.0, 23.0, 3.0],
    [None, "青岚市图书馆", 5.0, 4.5, -0.5, 8.0, 8.4, 0.4],
    [None, "青岚市博物馆", 6.0, 5.5, -0.5, 12.0, 12.6, 0.6],
    [None, "小计", 21.0, 19.0, -2.0, 40.0, 44.0, 4.0],
    ["青岚市林业局", "青岚市林业局（本级）", 12.0, 11.0, -1.0, 25.0, 26.0, 1.0],
    [None, "青岚市林场管理站", 7.0, 6.0, -1.0, 15.0, 16.0, 1.0],
    [None, "小计", 19.0, 17.0, -2.0, 40.0, 42.0, 2.0],
]
MEETINGS_MERGED = ["A1:H1", "A3:A4", "B3:B4", "C3:E3", "F3:H3"]

# Another place's table: its 林业局 makes "林业局" a word two places' departments share.
OTHER = [
    ["白沙县2026年部门支出预算表"],
    [None, None, None, None, None, None, "单位：万元"],
    ["部门名称", "单位名称", "合计", "基本支出", None, None, "项目支出"],
    [None, None, None, "小计", "人员经费", "公用经费", None],
    ["合计", None, 90.0, 50.0, 40.0, 10.0, 40.0],
    ["白沙县林业局", "白沙县林业局（本级）", 60.0, 30.0, 25.0, 5.0, 30.0],
    [None, "白沙县森林防火站", 30.0, 20.0, 15.0, 5.0, 10.0],
    [None, "小计", 90.0, 50.0, 40.0, 10.0, 40.0],
]


# The 文化局's own project table (seed layout): the projects of its 本级 and of the 图书馆 (a 馆), with their totals.
TARGETS = Path(__file__).resolve().parent / "data" / "round46_talk46" / "青岚市文化局2026年项目支出绩效目标表.txt"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("talk46")
    spending = write_workbook(folder / "青岚市2026年部门支出预算表.xlsx", SPENDING, SPENDING_MERGED)
    meetings = write_workbook(folder / "青岚市2026年会议费培训费预算表.xlsx", MEETINGS, MEETINGS_MERGED)
    other = write_workbook(folder / "白沙县2026年部门支出预算表.xlsx", OTHER, SPENDING_MERGED)
    return engine_over(tmp_path_factory.mktemp("talk46kb") / "kb.sqlite", [spending, meetings, other, TARGETS])


def test_a_place_in_the_units_listed_asks_the_other_tables_column(engine: Engine) -> None:
    # (the units listed by whichever table; 第二个 is the second of them, in the table that prints 项目支出)
    a = converse(engine, "文化局下面有哪些单位", "第二个的项目支出")
    assert a.status == "answered" and "图书馆" in a.text and "30" in a.text, a.text


def test_a_ranking_after_the_units_listed_stays_within_them(engine: Engine) -> None:
    a = converse(engine, "林业局有几个单位", "哪个项目支出最多")
    assert a.status == "answered" and "林业局（本级）" in a.text and "120" in a.text, a.text
    assert "文化局" not in a.text, a.text


def test_a_year_alone_keeps_the_group_and_the_line(engine: Engine) -> None:
    a = converse(engine, "文化局本级培训费2025", "2026呢")
    assert a.status == "answered" and "23" in a.text and "会议费" not in a.text.split("（来源")[0], a.text


def test_the_change_between_the_two_figures_just_answered(engine: Engine) -> None:
    a = converse(engine, "文化局本级培训费2025", "2026呢", "增加了多少")
    assert a.status == "answered" and "多 3万元" in a.text and "23 - 20" in a.text, a.text


def test_the_total_row_asked_again_against_another_year(engine: Engine) -> None:
    a = converse(engine, "会议费2026年全市合计", "比2025年少了多少")
    assert a.status == "answered" and "4万元" in a.text and "36 - 40" in a.text, a.text


def test_a_department_said_before_its_unit_is_no_line_of_its_own(engine: Engine) -> None:
    a = converse(engine, "林业局林场站2025年会议费")
    assert a.status == "answered" and "7万元" in a.text and "19" not in a.text, a.text
    b = converse(engine, "林业局林场站2025年会议费", "2026年呢")
    assert b.status == "answered" and "6万元" in b.text, b.text


def test_a_column_after_a_units_projects_is_that_units_line(engine: Engine) -> None:
    # (the 图书馆's projects summed in its department's project table, then 人员经费: its line of the spending table)
    a = converse(engine, "青岚图书馆项目支出多少", "人员经费呢")
    assert a.status == "answered" and "100万元" in a.text and "图书馆" in a.text, a.text


def test_the_own_units_projects_then_another_tables_column(engine: Engine) -> None:
    a = converse(engine, "青岚文化局本级项目支出", "2026年会议费呢")
    assert a.status == "answered" and "9万元" in a.text and "19" not in a.text.split("（来源")[0], a.text


def test_another_tables_title_said_in_a_follow_up(engine: Engine) -> None:
    a = converse(engine, "林业局本级2026年会议费", "它的支出预算合计呢")
    assert a.status == "answered" and "230" in a.text, a.text


def test_a_line_the_kept_table_lacks_is_said_missing(engine: Engine) -> None:
    # (the 会议费 table lists no 水务局; the spending table's 合计 of its line is no 会议费)
    a = converse(engine, "林业局本级2026年会议费", "那水务局本级呢")
    assert a.status == "unknown" and "90" not in a.text, a.text


def test_the_departments_subtotal_kept_is_no_units_name(engine: Engine) -> None:
    a = converse(engine, "林业局2026年会议费", "林业局的项目支出")
    assert a.status == "answered" and "200" in a.text, a.text
    assert "小计林业局" not in a.text, a.text


def test_a_unit_pointed_at_by_its_kind(engine: Engine) -> None:
    # (这个馆: the unit talked about, by the end of its name — no list of such words)
    a = converse(engine, "图书馆有哪些项目", "这个馆2026年培训费多少")
    assert a.status == "answered" and "8.4" in a.text, a.text


def test_a_bare_count_after_a_list_of_projects_counts_them(engine: Engine) -> None:
    # (图书馆's two projects hold four indicators: the count asked is of the projects just listed)
    a = converse(engine, "图书馆有哪些项目", "有几个")
    assert a.status == "answered" and "2 个项目" in a.text, a.text
    b = converse(engine, "图书馆有哪些项目", "有几个指标")
    assert b.status == "answered" and "4" in b.text, b.text


def test_a_count_of_departments_after_the_places_total(engine: Engine) -> None:
    a = converse(engine, "会议费2026年全市合计", "有几个部门")
    assert a.status == "answered" and "2 个部门" in a.text and "本级" not in a.text, a.text


def test_a_place_in_the_units_listed_asked_its_projects(engine: Engine) -> None:
    a = converse(engine, "文化局下面有哪些单位", "第二个单位有几个项目")
    assert a.status == "answered" and "图书馆" in a.text and "2 个项目" in a.text, a.text



def test_two_departments_compared_on_a_line_said_once(samples_engine: Engine) -> None:
    # (the item said once after the second department is the first's too: each side's own figure, compared)
    a = converse(samples_engine, "东湖和渝中就业补助哪个多")
    assert a.status == "answered" and "7574" in a.text and "1195.82" in a.text, a.text


def test_another_departments_list_of_the_kind_just_listed(samples_engine: Engine) -> None:
    # (one project's 效益指标 listed, then another department said alone: its 效益指标, all of them — never the one
    # indicator of it most like one shown)
    a = converse(samples_engine, "渝中就业补助资金的效益指标", "湛江人社局的呢")
    assert a.status == "answered" and "效益指标" in a.text and "失业人员再就业人数" in a.text, a.text
    assert "解决就业困难人员就业人数" in a.text, a.text


def test_a_part_of_the_departments_subtotal_just_answered(engine: Engine) -> None:
    # (the 小计 line kept, the department not said again: the question is of that line)
    a = converse(engine, "林业局支出预算合计", "其中项目支出多少")
    assert a.status == "answered" and "200" in a.text and "380" not in a.text.split("（来源")[0], a.text
