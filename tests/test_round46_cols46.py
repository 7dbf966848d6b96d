"""Round 46, tables a city publishes of its departments and their units with several column groups, each class on a
small fictional pair of tables: a 部门支出预算表 (合计 / 基本支出 小计 人员经费 公用经费 / 项目支出) and a 会议费培训费预算表
(会议费 and 培训费, each 2025年预算数 / 2026年预算数 / 增减), departments merged down column A over their units.

Classes:
- two columns of one line added ("X会议费和培训费加起来", "X基本支出加项目支出一共多少"): the sum with its addends, of
  the table's own year when each item is printed under several years and none is said;
- an item's two years set against each other with no line said ("培训费2026比2025总共增加多少"): of the 合计 line;
- the lines whose change in an item went one way ("培训费减少的单位", "会议费没变化的单位"): by the item's change
  column (增减), the units (or the departments when said), never the 合计 nor a 小计 line."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, UNKNOWN, Engine

_SPENDING = [
    ["松岭市2026年部门支出预算表"],
    [None, None, None, None, None, None, "单位：万元"],
    ["部门名称", "单位名称", "合计", "基本支出", None, None, "项目支出"],
    [None, None, None, "小计", "人员经费", "公用经费", None],
    ["合计", None, 3150.0, 1900.0, 1580.0, 320.0, 1250.0],
    ["松岭市文化局", "松岭市文化局（本级）", 900.0, 500.0, 420.0, 80.0, 400.0],
    [None, "松岭市图书馆", 300.0, 200.0, 170.0, 30.0, 100.0],
    [None, "松岭市文物保护所", 150.0, 100.0, 80.0, 20.0, 50.0],
    [None, "小计", 1350.0, 800.0, 670.0, 130.0, 550.0],
    ["松岭市林业局", "松岭市林业局（本级）", 1000.0, 600.0, 500.0, 100.0, 400.0],
    [None, "松岭市林场管理站", 800.0, 500.0, 410.0, 90.0, 300.0],
    [None, "小计", 1800.0, 1100.0, 910.0, 190.0, 700.0],
]
_SPENDING_MERGED = ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "A6:A9", "A10:A12"]

_MEETINGS = [
    ["松岭市2026年会议费培训费预算表"],
    [None, None, None, None, None, None, None, "单位：万元"],
    ["部门名称", "单位名称", "会议费", None, None, "培训费", None, None],
    [None, None, "2025年预算数", "2026年预算数", "增减", "2025年预算数", "2026年预算数", "增减"],
    ["合计", None, 21.0, 19.5, -1.5, 42.0, 44.5, 2.5],
    ["松岭市文化局", "松岭市文化局（本级）", 6.0, 5.0, -1.0, 10.0, 12.0, 2.0],
    [None, "松岭市图书馆", 2.0, 2.0, 0.0, 5.0, 4.5, -0.5],
    [None, "松岭市文物保护所", 1.0, 1.0, 0.0, 2.0, 1.5, -0.5],
    [None, "小计", 9.0, 8.0, -1.0, 17.0, 18.0, 1.0],
    ["松岭市林业局", "松岭市林业局（本级）", 9.0, 8.5, -0.5, 20.0, 21.0, 1.0],
    [None, "松岭市林场管理站", 3.0, 3.0, 0.0, 5.0, 5.5, 0.5],
    [None, "小计", 12.0, 11.5, -0.5, 25.0, 26.5, 1.5],
]
_MEETINGS_MERGED = ["A1:H1", "A3:A4", "B3:B4", "C3:E3", "F3:H3", "A6:A9", "A10:A12"]

_GOAL = "保障年度工作任务顺利完成，提升公共文化服务水平。"
_MARKS = [("11", "完成场次", "≥10场", "≥10场"), ("31", "群众满意度", "≥90%", "≥90%")]
# 文化局's projects (its 项目支出 by project); 林业局 has no such table loaded
_PROJECTS = render("松岭市文化局", "550.00 550.00", [
    Unit("松岭市文化局", "400.00 400.00", [Item("文化惠民演出经费", "250.00 250.00", _GOAL, _MARKS),
                                      Item("非遗保护传承经费", "150.00 150.00", _GOAL, _MARKS)]),
    Unit("松岭市图书馆", "100.00 100.00", [Item("图书馆免费开放经费", "100.00 100.00", _GOAL, _MARKS)]),
    Unit("松岭市文物保护所", "50.00 50.00", [Item("文物保护修缮专项经费", "30.00 30.00", _GOAL, _MARKS),
                                        Item("文物保护宣传经费", "20.00 20.00", _GOAL, _MARKS)]),
])


@pytest.fixture(scope="module")
def songling(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cols46")
    spending = write_workbook(folder / "松岭市2026年部门支出预算表.xlsx", _SPENDING, _SPENDING_MERGED)
    meetings = write_workbook(folder / "松岭市2026年会议费培训费预算表.xlsx", _MEETINGS, _MEETINGS_MERGED)
    projects = folder / "松岭市文化局2026年项目支出绩效目标表.txt"
    projects.write_text(_PROJECTS, encoding="utf-8")
    knowledge = Path(__file__).resolve().parent.parent / "knowledge"  # (the seed's tables print 培训费 too)
    return engine_over(folder / "kb.sqlite", [knowledge, spending, meetings, projects])


@pytest.mark.parametrize(("question", "total"), [
    ("松岭文化局2026年会议费和培训费加起来", "26"),  # 8 + 18 of its 小计 line
    ("林场管理站2025年会议费和培训费一共多少", "8"),  # 3 + 5
    ("林业局本级会议费和培训费加起来", "29.5"),  # no year said: the table's own, 2026 (8.5 + 21)
    ("图书馆人员经费加公用经费多少", "200"),  # 170 + 30
])
def test_two_columns_of_one_line_added(songling: Engine, question: str, total: str) -> None:
    answer = converse(songling, question)
    assert answer.status == ANSWERED and f"合计 {total}万元" in answer.text and "+" in answer.text, answer.text


def test_two_columns_making_up_the_whole_are_its_printed_whole(songling: Engine) -> None:
    answer = converse(songling, "文化局本级基本支出加项目支出一共多少")  # 500 + 400: its 合计 printed, 900
    assert answer.status == ANSWERED and "900万元" in answer.text and "合计" in answer.text, answer.text


def test_a_column_and_its_part_are_not_added(songling: Engine) -> None:
    answer = converse(songling, "文化局本级基本支出加人员经费多少")  # 人员经费 is part of 基本支出: never 920
    assert "920" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "change"), [
    ("培训费2026比2025总共增加多少", "2.5万元"),
    ("会议费2026年比2025年少了多少", "1.5万元"),
])
def test_two_years_of_an_item_with_no_line_said_are_the_whole(songling: Engine, question: str, change: str) -> None:
    answer = converse(songling, question)
    assert answer.status == ANSWERED and change in answer.text and "合计" in answer.text, answer.text


@pytest.mark.parametrize(("question", "named", "not_named"), [
    ("培训费减少的单位", ["松岭市图书馆", "松岭市文物保护所"], ["林业局", "文化局", "小计"]),
    ("会议费没变化的单位", ["松岭市图书馆", "松岭市林场管理站", "松岭市文物保护所"], ["本级", "小计"]),
    ("哪些单位培训费增加了", ["松岭市文化局（本级）", "松岭市林业局（本级）", "松岭市林场管理站"], ["图书馆", "小计"]),
    ("会议费减少的部门有哪些", ["松岭市文化局", "松岭市林业局"], ["图书馆", "管理站"]),
])
def test_lines_by_the_way_their_change_went(songling: Engine, question: str, named: list[str], not_named: list[str]) -> None:
    answer = converse(songling, question)
    assert answer.status == ANSWERED, answer.text
    assert all(n in answer.text for n in named) and not any(n in answer.text for n in not_named), answer.text


@pytest.mark.parametrize(("question", "figure", "not_shown"), [
    ("林场管理站的经费多少", "800", ["会议费"]),  # its 合计, never its first column 会议费 › 2025年预算数 (3)
    ("林业局本级比林场管理站多多少", "200", ["会议费"]),  # 1000 - 800
    ("松岭各部门支出合计分别多少", "1350", ["会议费"]),
])
def test_a_generic_money_word_is_never_one_items_column(songling: Engine, question: str, figure: str,
                                                        not_shown: list[str]) -> None:
    answer = converse(songling, question)
    assert answer.status == ANSWERED and figure in answer.text, answer.text
    assert not any(w in answer.text for w in not_shown), answer.text


def test_a_unit_said_by_the_start_of_projects_names_is_theirs(songling: Engine) -> None:
    answer = converse(songling, "文物保护的经费多少")  # the two 文物保护… projects, never the unit's 会议费 (1)
    assert "文物保护修缮专项经费" in answer.text and "文物保护宣传经费" in answer.text, answer.text
    assert "会议费" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["林业局有哪些项目", "林业局项目支出里哪个项目最大", "林业局有几个项目"])
def test_projects_of_a_department_listed_by_unit_only_are_not_its_units(songling: Engine, question: str) -> None:
    answer = converse(songling, question)  # its units are no projects; no project table of it is loaded
    assert answer.status == UNKNOWN and "林场管理站" not in answer.text and "400" not in answer.text, answer.text


def test_projects_of_a_department_with_its_project_table_are_those(songling: Engine) -> None:
    answer = converse(songling, "文化局有哪些项目")
    assert answer.status == ANSWERED and "文化惠民演出经费" in answer.text and "图书馆免费开放经费" in answer.text, answer.text


@pytest.mark.parametrize("question", ["哪些部门既有支出预算又有会议费预算", "支出预算和会议费预算都有的部门有哪些"])
def test_departments_both_tables_list(tmp_path_factory, question: str) -> None:
    folder = tmp_path_factory.mktemp("cols46b")
    spending = write_workbook(folder / "松岭市2026年部门支出预算表.xlsx", _SPENDING, _SPENDING_MERGED)
    other = [*_MEETINGS[:4], ["合计", None, 14.0, 13.5, -0.5, 30.0, 31.5, 1.5], *_MEETINGS[9:],  # (文化局 not in it,
             ["松岭市水务局", "松岭市水务局（本级）", 2.0, 2.0, 0.0, 5.0, 5.0, 0.0],  # 水务局 not in the other)
             [None, "小计", 2.0, 2.0, 0.0, 5.0, 5.0, 0.0]]
    meetings = write_workbook(folder / "松岭市2026年会议费培训费预算表.xlsx", other,
                              ["A1:H1", "A3:A4", "B3:B4", "C3:E3", "F3:H3", "A6:A8", "A9:A10"])
    engine = engine_over(folder / "kb.sqlite", [spending, meetings])
    answer = converse(engine, question)
    assert answer.status == ANSWERED and "松岭市林业局" in answer.text, answer.text
    assert "文化局" not in answer.text and "水务局" not in answer.text, answer.text
