"""Round 42: a department's table of its units (部门收入预算表: units under group 小计 lines, 合计 / 一般公共预算拨款 /
… columns) beside its 项目支出绩效目标表 whose projects belong to some of those units. Staff mix the two: a unit said
short with project words ("社保参保扩面宣传"), one unit's two tables side by side ("项目经费和收入预算分别多少"),
follow-ups on a unit's line, and what no table holds (a unit's 支出预算 from a table of 收入; the indicators of a
unit with no projects of its own) said so, never another figure or the department's whole list.

Over a fictional 岭北县人力资源和社会保障局 made here (not the dev set's tables): five units in two groups, three of them
with projects in the 目标表; beside it another department's 目标表 and the place's table of its departments'
政府性基金 spending (岭北 names several departments; 项目支出 is a column of another table)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over
from tests.target_tables import Item, Unit, render

DEPT = "岭北县人力资源和社会保障局"
_HEAD = ("单位编码", "单位名称", "合计", "本年收入", None, None, None, "上年结转")
_SUB = (None, None, None, "一般公共预算拨款", "政府性基金拨款", "财政专户管理资金", "单位资金", None)
_ROWS = [
    (None, "合计", 5368.1, 4320.3, 120, 540, 297.8, 90),
    (None, "一、行政单位小计", 1250.6, 1180.6, 50, None, 10, 10),
    ("601001", "岭北县人力资源和社会保障局（本级）", 1250.6, 1180.6, 50, None, 10, 10),
    (None, "二、事业单位小计", 4117.5, 3139.7, 70, 540, 287.8, 80),
    ("601002", "岭北县社会保险中心", 1820.4, 1300.1, 70, 380, 40.3, 30),
    ("601003", "岭北县就业管理服务中心", 1066.7, 910.2, None, 160, None, None),
    ("601004", "岭北县劳动人事争议仲裁院", 303.5, 210.0, None, None, 73.5, 20),
    ("601005", "岭北县人才交流服务中心", 926.9, 719.4, None, None, 174.0, 30),
]


def _indicators(paid: str) -> list[tuple[str, str, str, str]]:
    return [("11", "补助人数", "≥800人", "≥800人"), ("12", "资金使用合规率", "100%", "100%"),
            ("14", "补助标准", paid, paid), ("31", "服务对象满意度", "≥92%", "≥92%")]


_UNITS = [
    Unit(DEPT, "410.00 410.00", [
        Item("人力资源市场建设经费", "260.00 260.00", "建设县级人力资源市场，举办招聘活动。",
             [("11", "举办招聘会场次", "≥20场", "≥20场"), ("31", "求职者满意度", "≥90%", "≥90%")]),
        Item("技能人才培养补助经费", "150.00 150.00", "开展职业技能培训，落实培训补贴。",
             _indicators("≤1500元/人")),
    ]),
    Unit("岭北县社会保险中心", "186.40 186.40", [
        Item("社会保险经办信息系统运维经费", "120.00 120.00", "保障社会保险经办信息系统稳定运行。",
             [("11", "运维系统数量", "4个", "4个"), ("31", "参保群众满意度", "≥90%", "≥90%")]),
        Item("参保扩面宣传经费", "66.40 66.40", "社保中心开展全民参保宣传，扩大社会保险覆盖面。",
             [("11", "宣传活动场次", "12场", "12场"), ("31", "参保对象满意度", "≥95%", "≥95%")]),
    ]),
    Unit("岭北县就业管理服务中心", "98.60 98.60", [
        Item("高校毕业生就业见习补贴", "58.60 58.60", "组织高校毕业生参加就业见习，发放见习补贴。",
             [("11", "见习人数", "≥200人", "≥200人"), ("31", "见习人员满意度", "≥93%", "≥93%")]),
        Item("公益性岗位补贴", "40.00 40.00", "开发公益性岗位，托底安置就业困难人员。",
             [("11", "安置人数", "≥60人", "≥60人"), ("31", "安置人员满意度", "≥90%", "≥90%")]),
    ]),
]
# Another department of the place (岭北 then names two departments), with a unit of its own.
_OTHER = [
    Unit("岭北县教育局", "120.00 120.00", [
        Item("教师培训专项经费", "120.00 120.00", "组织全县中小学教师全员培训，提升教师专业能力。",
             [("11", "培训教师人次", "≥2000人次", "≥2000人次"), ("31", "参训教师满意度", "≥90%", "≥90%")]),
    ]),
    Unit("岭北县实验小学", "58.60 58.60", [
        Item("课后延时服务经费", "58.60 58.60", "开展课后延时服务，减轻家长接送负担。",
             [("11", "参加课后服务学生数", "≥1200人", "≥1200人"), ("31", "学生家长满意度", "≥93%", "≥93%")]),
    ]),
]


_PLACE_ROWS = [
    ("岭北县2026年部门政府性基金预算支出表", None, None, None, None, None),
    ("编制单位：岭北县财政局", None, None, None, "单位：万元", None),
    ("部门（单位）名称", "科目编码", "科目名称", "合计", "基本支出", "项目支出"),
    (None, None, "合计", 1436.5, None, 1436.5),
    (DEPT, None, "小计", 120, None, 120),
    (None, "229", "其他支出", 120, None, 120),
    (None, "2296099", "    用于其他社会公益事业的彩票公益金支出", 120, None, 120),
    ("岭北县民政局", None, "小计", 486.5, None, 486.5),
    (None, "229", "其他支出", 486.5, None, 486.5),
    (None, "2296002", "    用于社会福利的彩票公益金支出", 486.5, None, 486.5),
    ("岭北县教育局", None, "小计", 830, None, 830),
    (None, "229", "其他支出", 830, None, 830),
    (None, "2296004", "    用于教育事业的彩票公益金支出", 830, None, 830),
]


def _make(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门收入预算表"
    ws.append((f"{DEPT}2026年部门收入预算表",))
    ws.append((f"部门名称：{DEPT}", None, None, None, None, None, "单位：万元"))
    ws.append(_HEAD)
    ws.append(_SUB)
    for row in _ROWS:
        ws.append(row)
    ws.append(())
    ws.append(("注：本表反映2026年部门预算收入安排情况，单位资金含事业收入、经营收入和其他收入。",))
    for cells in ("A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4"):
        ws.merge_cells(cells)
    wb.save(folder / f"{DEPT}_2026年_部门收入预算表.xlsx")
    # (the place's table of its departments' 政府性基金 spending: 岭北 names several departments, and 项目支出 is a
    # column of another table than the unit's)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "政府性基金预算支出表"
    for row in _PLACE_ROWS:
        ws.append(row)
    wb.save(folder / "岭北县_2026年_政府性基金预算支出表.xlsx")
    (folder / f"{DEPT}_2026年_项目支出绩效目标表.txt").write_text(render(DEPT, "695.00 695.00", _UNITS), encoding="utf-8")
    (folder / "岭北县教育局_2026年_项目支出绩效目标表.txt").write_text(render("岭北县教育局", "178.60 178.60", _OTHER),
                                                                   encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    base = tmp_path_factory.mktemp("unit42")
    return engine_over(base / "kb.sqlite", [_make(base / "tables")])


def test_unit_said_short_with_project_words(engine: Engine) -> None:
    """"社保" (岭北县社会保险中心 said short, as 社会保险 is said 社保) before its project's words: that project's amount."""
    a = converse(engine, "社保参保扩面宣传多少钱")
    assert a.status == "answered" and "66.4" in a.text, a.text


def test_one_units_two_tables_listed(engine: Engine) -> None:
    """Its projects' subtotal in the 目标表 and its line (合计) in the table of units, each with its source."""
    a = converse(engine, "岭北社保项目经费和收入预算分别多少")
    assert a.status == "answered", a.text
    assert "186.4" in a.text and "1820.4" in a.text, a.text


def test_own_line_with_two_things(engine: Engine) -> None:
    """"人社局本级收入和项目经费": the department's own unit in both tables, never every unit's projects."""
    a = converse(engine, "岭北人社局本级收入和项目经费各多少")
    assert a.status == "answered", a.text
    assert "1250.6" in a.text and "410" in a.text and "参保扩面宣传经费" not in a.text, a.text


def test_column_after_a_units_line_said_short(engine: Engine) -> None:
    a = converse(engine, "岭北社保收入预算合计", "一般公共预算拨款多少")
    assert a.status == "answered", a.text
    assert "1300.1" in a.text and "1820.4" not in a.text, a.text


def test_spending_asked_of_a_table_of_income(engine: Engine) -> None:
    """A 部门收入预算表's line found for 支出: no figure of spending (the table's kind said); 收入 is its line."""
    from bot.answer.facts import index_for
    from bot.answer.facts.answerer import Answerer

    answerer = Answerer(index_for(engine.kb))
    found = answerer.answer("劳动人事争议仲裁院合计多少")
    assert found is not None and found.status == "answered" and "303.5" in found.text, found
    flow = answerer._flow_not_held("岭北县劳动人事争议仲裁院2026年支出预算多少", found.facts)
    assert flow == ("支出", "部门收入预算表", "收入"), flow
    assert answerer._flow_not_held("岭北县劳动人事争议仲裁院收入预算多少", found.facts) is None
    assert answerer._flow_not_held("岭北县劳动人事争议仲裁院合计多少", found.facts) is None
    a = converse(engine, "岭北县劳动人事争议仲裁院2026年支出预算多少")
    assert a.status == "unknown" and "303.5" not in a.text, a.text


def test_indicators_of_a_unit_without_projects(engine: Engine) -> None:
    """A unit of the table of units that has no projects in the 目标表: its indicators are none, never the
    department's every project's; a unit with projects: its own projects' indicators only."""
    a = converse(engine, "岭北县劳动人事争议仲裁院收入预算", "它的绩效指标有哪些")
    assert a.status == "unknown", a.text
    assert "满意度" not in a.text, a.text
    a = converse(engine, "岭北县就业管理服务中心收入预算", "它的满意度指标")
    assert a.status == "answered", a.text
    assert "见习人员满意度" in a.text and "求职者满意度" not in a.text, a.text
