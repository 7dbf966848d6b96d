"""Follow-ups over a place's tables of departments and their units, fixed after the round's review: a ranking after
a unit list that says 部门, the whole place or another department ranks over those, not the units listed; a year
alone the kept table does not print is said missing (去年/今年 counted from the table's year)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook
from test_round46_talk46 import MEETINGS, MEETINGS_MERGED, SPENDING, SPENDING_MERGED, TARGETS

from bot.engine import Engine

# Another department's project table: a project whose name ends with a kind of unit (场馆)
SERVICE_CENTRE = Path(__file__).resolve().parent / "data" / "round46_fixb46" / "白沙县体育局2026年项目支出绩效目标表.txt"

# Another place's 林业局 with tables of its own: 林业局 then a short name two loaded departments share
FORESTRY = SERVICE_CENTRE.with_name("白沙县林业局2026年项目支出绩效目标表.txt")

# The spending table with a unit of 水务局 the 会议费 table does not list (青岚市水文站)
SPENDING_MORE = [["合计", None, 1020.0, 610.0, 508.0, 102.0, 410.0] if r and r[0] == "合计" else r for r in SPENDING[:13]] + [
    [None, "青岚市水文站", 20.0, 10.0, 8.0, 2.0, 10.0],
    [None, "小计", 110.0, 60.0, 48.0, 12.0, 50.0],
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("fixb46")
    spending = write_workbook(folder / "青岚市2026年部门支出预算表.xlsx", SPENDING_MORE, SPENDING_MERGED)
    meetings = write_workbook(folder / "青岚市2026年会议费培训费预算表.xlsx", MEETINGS, MEETINGS_MERGED)
    return engine_over(tmp_path_factory.mktemp("fixb46kb") / "kb.sqlite", [spending, meetings])


@pytest.mark.parametrize(("ranking", "among"), [("哪个部门项目支出最多", "共比较 3 个"), ("全市哪个单位项目支出最多", "共比较 7 个")])
def test_a_ranking_saying_a_wider_scope_after_a_unit_list(engine: Engine, ranking: str, among: str) -> None:
    # (林业局 has two units: ranked over them alone, 共比较 2 个)
    a = converse(engine, "林业局有几个单位", ranking)
    assert a.status == "answered" and among in a.text, a.text


def test_a_ranking_naming_another_department_after_a_unit_list(engine: Engine) -> None:
    a = converse(engine, "林业局有几个单位", "文化局哪个单位项目支出最多")
    assert a.status == "answered" and "文化局（本级）" in a.text and "共比较 3 个" in a.text, a.text


@pytest.mark.parametrize("year", ["2024呢", "2027呢", "2024"])
def test_a_year_alone_the_table_does_not_print(engine: Engine, year: str) -> None:
    a = converse(engine, "文化局本级培训费2025", year)
    assert a.status != "answered" and "没有" in a.text and "2025年、2026年" in a.text, a.text


@pytest.mark.parametrize(("said", "figure"), [("去年呢", "20"), ("今年呢", "23")])
def test_a_year_said_relative_to_the_tables_own(engine: Engine, said: str, figure: str) -> None:
    a = converse(engine, "文化局本级培训费2026" if said == "去年呢" else "文化局本级培训费2025", said)
    head = a.text.split("（来源")[0]
    assert a.status == "answered" and f"：{figure}万元" in head and "会议费" not in head, a.text


def test_the_tables_own_year_alone_keeps_the_column(engine: Engine) -> None:
    a = converse(engine, "文化局本级项目支出", "2026呢")
    assert a.status == "answered" and "项目支出" in a.text and "100" in a.text and "300" not in a.text, a.text


def test_a_place_in_the_ranking_just_shown(engine: Engine) -> None:
    # (文化局 ranks first, 林业局 second: the second is asked, never the first kept beside it)
    a = converse(engine, "哪个部门基本支出最多", "第二个部门有哪些项目")
    assert "林业局" in a.text and "文化局" not in a.text, a.text


def test_a_department_said_after_a_ranking_is_asked_alone(engine: Engine) -> None:
    a = converse(engine, "哪个部门基本支出最多", "水务局有哪些项目")
    assert "水务局" in a.text and "文化局" not in a.text, a.text


@pytest.mark.parametrize("unit", ["那水文站呢", "那水务局本级呢"])
def test_a_line_the_kept_table_lacks_after_a_units_figure(engine: Engine, unit: str) -> None:
    # (never the 合计 of both the line just answered and the one said, from the table that lists both)
    a = converse(engine, "林场管理站2026年培训费", unit)
    assert a.status != "answered" and "没有列出" in a.text and "培训费 2026年预算数" in a.text, a.text
    assert "林场管理站" not in a.text, a.text


def test_the_column_said_with_a_line_the_kept_table_lacks(engine: Engine) -> None:
    a = converse(engine, "文化局本级2026年会议费", "那水务局本级的培训费呢")
    assert a.status != "answered" and "培训费 2026年预算数" in a.text and "会议费 2026" not in a.text, a.text


# The units printed with their codes before their names (101002青岚市图书馆)
SPENDING_CODED = [[r[0], f"1010{i:02d}{r[1]}" if r[1] and r[1].startswith("青岚市") else r[1], *r[2:]] if len(r) > 2 else r
                  for i, r in enumerate(SPENDING)]


@pytest.fixture(scope="module")
def projects_engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("fixb46p")
    spending = write_workbook(folder / "青岚市2026年部门支出预算表.xlsx", SPENDING_CODED, SPENDING_MERGED)
    return engine_over(tmp_path_factory.mktemp("fixb46pkb") / "kb.sqlite", [spending, TARGETS, SERVICE_CENTRE])


@pytest.mark.parametrize(("pointed", "figure"), [("该馆项目支出多少", "30"), ("这个馆的公用经费", "20")])
def test_a_unit_pointed_at_by_its_kind_after_its_projects(projects_engine: Engine, pointed: str, figure: str) -> None:
    # (another department's project named with 馆 is never the one pointed at)
    a = converse(projects_engine, "图书馆有哪些项目", pointed)
    head = a.text.split("（来源")[0]
    assert a.status == "answered" and "图书馆" in head and figure in head and "场馆" not in head, a.text


def test_a_count_of_units_after_the_places_total(engine: Engine) -> None:
    # (the 会议费 table's five units, never the spending table's six)
    a = converse(engine, "会议费2026年全市合计", "有几个单位")
    assert a.status == "answered" and "5 个单位" in a.text and "水务局" not in a.text, a.text


def test_two_departments_lines_of_tables_of_different_years(samples_engine: Engine) -> None:
    # (the samples: 渝中's 2021 自评表 and 东湖's 2020 申报表 — each side's year and table said)
    a = samples_engine.ask("渝中和东湖就业补助谁多")
    note = a.text.split("注意")[-1]
    assert a.status == "answered" and "2020年项目申报表" in note and "2021年项目支出绩效自评表" in note, a.text


@pytest.fixture(scope="module")
def shared_name_engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("fixb46s")
    spending = write_workbook(folder / "青岚市2026年部门支出预算表.xlsx", SPENDING, SPENDING_MERGED)
    meetings = write_workbook(folder / "青岚市2026年会议费培训费预算表.xlsx", MEETINGS, MEETINGS_MERGED)
    return engine_over(tmp_path_factory.mktemp("fixb46skb") / "kb.sqlite", [spending, meetings, FORESTRY])


def test_a_follow_up_after_a_line_of_a_shared_short_name(shared_name_engine: Engine) -> None:
    # (林业局 fits 青岚市林业局 and 白沙县林业局: the line answered keeps its table's follow-ups all the same)
    a = converse(shared_name_engine, "林业局本级2026年培训费", "那水务局本级呢")
    assert a.status != "answered" and "没有列出" in a.text and "培训费 2026年预算数" in a.text, a.text
    b = converse(shared_name_engine, "林业局本级2026年培训费", "它的支出预算合计呢")
    assert b.status == "answered" and "230" in b.text and "1000" not in b.text, b.text
