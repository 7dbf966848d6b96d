"""A county's table of departments and their units set beside a department's own tables (石岭县, fictional):
its 部门预算与决算对比表 (a sheet of the whole, a sheet by 基本支出 / 项目支出), and two departments' 部门整体支出绩效
目标表 (水务局, also a line of the county's table; 林草局, not). Departments' wholes compared across documents, a
follow-up keeping the table (and group of columns) answered, the table's departments counted and ranked, a column
set against another."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from conftest import DATA, converse, engine_over, set_cells

from bot.engine import Engine

PLACE = "石岭县"
FORM = DATA / "general59" / "泰和县林业局_2026年_部门整体支出绩效目标表.xlsx"

# (name, 年初预算数, 调整预算数, 决算数, 基本 年初, 基本 决算, 项目 年初, 项目 决算); a department's units after its 小计
_LINES = [
    ("1", "石岭县水务局小计", 2000.0, 2300.0, 2200.0, 900.0, 1000.0, 1100.0, 1200.0),
    (None, "石岭县水务局（本级）", 1200.0, 1400.0, 1350.0, 500.0, 560.0, 700.0, 790.0),
    (None, "石岭县水利工程管理站", 800.0, 900.0, 850.0, 400.0, 440.0, 400.0, 410.0),
    ("2", "石岭县交通局", 3000.0, 3100.0, 3050.0, 1000.0, 1010.0, 2000.0, 2040.0),
    ("3", "石岭县教育局小计", 9000.0, 9900.0, 9500.0, 5000.0, 5200.0, 4000.0, 4300.0),
    (None, "石岭县教育局（本级）", 6000.0, 6600.0, 6500.0, 3000.0, 3200.0, 3000.0, 3300.0),
    (None, "石岭中学", 3000.0, 3300.0, 3000.0, 2000.0, 2000.0, 1000.0, 1000.0),
    ("4", "石岭县人社局", 1500.0, 1550.0, 1450.0, 700.0, 690.0, 800.0, 760.0),
]


def _comparison(path: Path) -> None:
    """The county's 部门预算与决算对比表: the whole (with its change 金额 | 增减率) and the sheet by kind of spending."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "预算与决算对比总表"
    ws.append([f"{PLACE}2025年部门预算与决算对比表"])
    ws.append([f"编制单位：{PLACE}财政局", None, None, None, None, None, "单位：万元"])
    ws.append(["序号", "部门（单位）名称", "年初预算数", "调整预算数", "决算数", "决算数比年初预算增减", None])
    ws.append([None, None, None, None, None, "金额", "增减率（%）"])
    lines = [(None, "合计", *(sum(x[k] for x in _LINES if x[0]) for k in range(2, 9))), *_LINES]
    for n, name, plan, adjusted, done, *_ in lines:
        ws.append([n, name, plan, adjusted, done, round(done - plan, 2), round((done - plan) / plan * 100, 2)])
    for cells in ("A1:G1", "A2:C2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3"):
        ws.merge_cells(cells)
    ws = wb.create_sheet("基本支出和项目支出")
    ws.append([f"{PLACE}2025年部门预算与决算对比表（按支出类型）"])
    ws.append([None, None, None, None, None, None, None, "单位：万元"])
    ws.append(["序号", "部门（单位）名称", "基本支出", None, None, "项目支出", None, None])
    ws.append([None, None, "年初预算数", "决算数", "增减率（%）", "年初预算数", "决算数", "增减率（%）"])
    for n, name, _, _, _, b_plan, b_done, p_plan, p_done in lines:
        ws.append([n, name, b_plan, b_done, round((b_done - b_plan) / b_plan * 100, 2),
                   p_plan, p_done, round((p_done - p_plan) / p_plan * 100, 2)])
    for cells in ("A1:H1", "A3:A4", "B3:B4", "C3:E3", "F3:H3"):
        ws.merge_cells(cells)
    wb.save(path)


def _department_form(folder: Path, department: str, basic: float, projects: float) -> None:
    """A department's 部门整体支出绩效目标表 (a published sample's layout) of its own spending block."""
    path = folder / f"{department}_2026年_部门整体支出绩效目标表.xlsx"
    shutil.copy(FORM, path)
    total = round(basic + projects, 2)
    set_cells(path, {"A1": f"{department}2026年部门整体支出绩效目标表", "A2": f"填报单位（盖章）：{department}",
                     "B3": department, "C7": basic, "C8": projects, "C9": total, "E7": total, "E8": 0, "E9": total})


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("dept61_tables")
    _comparison(folder / f"{PLACE}_2025年_部门预算与决算对比表.xlsx")
    _department_form(folder, f"{PLACE}水务局", 1300.0, 950.0)
    _department_form(folder, f"{PLACE}林草局", 400.0, 300.0)
    return engine_over(tmp_path_factory.mktemp("dept61_db") / "kb.sqlite", [folder])


@pytest.mark.parametrize(("turns", "figure"), [
    (["水务局和林草局项目支出哪个多"], "650"),  # 950 − 300: each department's own table's 项目支出 line
    (["林草局和水务局基本支出分别是多少"], "1300"),
    (["水务局2026年项目支出", "林草局呢", "两个差多少"], "650"),
])
def test_departments_wholes_from_their_own_tables(engine, turns, figure):
    answer = converse(engine, *turns)
    assert answer.status == "answered" and figure in answer.text, answer.text


@pytest.mark.parametrize(("turns", "figure"), [
    (["水务局的项目支出年初预算", "决算呢"], "1200"),  # 项目支出 › 决算数, never the whole's 决算数 2200
    (["水务局基本支出", "决算呢"], "1000"),
    (["水务局2026年项目支出", "2025年决算的项目支出呢"], "1200"),
    (["水务局2026年预算合计", "2025年调整预算呢"], "2300"),
])
def test_a_follow_up_keeps_the_table_and_its_group(engine, turns, figure):
    answer = converse(engine, *turns)
    assert answer.status == "answered" and figure in answer.text, answer.text


def test_a_group_without_the_column_asked_is_not_the_whole(engine):
    # 项目支出 has no 调整预算数: never the department's whole 调整预算数 for it
    answer = converse(engine, "水务局项目支出", "调整预算呢")
    assert "2300" not in answer.text, answer.text


@pytest.mark.parametrize(("turns", "expected", "unexpected"), [
    (["对比表里有多少个部门"], ["4"], []),
    (["石岭县哪个部门决算数最大"], ["教育局", "9500"], []),
    (["石岭县哪几个部门决算低于年初预算"], ["人社局"], ["交通局"]),
    (["石岭县哪几个部门决算低于年初预算", "各少了多少"], ["50"], []),
    (["全县合计决算数", "比年初预算多多少"], ["700"], []),  # 16200 − 15500
    (["教育局决算比年初增减多少"], ["500"], ["6500"]),  # the department's 小计 line, never its 本级
    (["教育局决算比年初增减多少", "增减率呢"], ["5.56"], []),
    (["人社局项目支出决算比年初降了多少个百分点"], ["-5"], []),
    (["水务局项目支出26年比25年年初预算少了多少"], ["150"], ["15500"]),  # 950 − 1100, never the county's 合计
    (["水务局2025年决算和2026年预算差多少"], ["50"], []),  # 2200 − 2250
])
def test_the_county_table(engine, turns, expected, unexpected):
    answer = converse(engine, *turns)
    assert answer.status == "answered", answer.text
    assert all(x in answer.text for x in expected) and not any(x in answer.text for x in unexpected), answer.text


# 它的X after a ranking of departments' lines of a table by function (功能分类表): that line's X there, never the
# department's whole of that kind from another of its tables.
_FUNCTIONS = DATA / "general42" / "宜都市住房和城乡建设局_2026年_部门整体支出绩效目标表.xlsx"


@pytest.fixture(scope="module")
def functions_engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("dept61_functions")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一般公共预算支出功能分类"
    for row in [("青石县2026年部门一般公共预算支出功能分类表",), ("编制单位：青石县财政局", None, None, None, "单位：万元"),
                ("功能分类科目", None, "2026年预算数"), ("科目编码", "科目名称", "合计", "基本支出", "项目支出"),
                ("合计", None, 19000.0, 11000.0, 8000.0),
                ("部门：青石县住房和城乡建设局", None, 3000.0, 1800.0, 1200.0),
                ("212", "城乡社区支出", 3000.0, 1800.0, 1200.0),
                ("部门：青石县卫生健康局", None, 6000.0, 3200.0, 2800.0),
                ("210", "卫生健康支出", 6000.0, 3200.0, 2800.0),
                ("部门：青石县教育局", None, 10000.0, 6000.0, 4000.0),
                ("205", "教育支出", 10000.0, 6000.0, 4000.0)]:
        ws.append(list(row))
    for cells in ("A1:E1", "A3:B3", "C3:E3", "A5:B5", "A6:B6", "A8:B8", "A10:B10"):
        ws.merge_cells(cells)
    wb.save(folder / "青石县_2026年_一般公共预算支出功能分类表.xlsx")
    own = folder / "青石县住房和城乡建设局_2026年_部门整体支出绩效目标表.xlsx"
    shutil.copy(_FUNCTIONS, own)
    set_cells(own, {"A1": "青石县2026年部门整体支出绩效目标表", "A2": "填报单位：青石县住房和城乡建设局",
                    "B3": "青石县住房和城乡建设局", "C10": 1700.0, "C11": 3556.42})
    return engine_over(tmp_path_factory.mktemp("dept61_functions_db") / "kb.sqlite", [folder])


def test_its_column_stays_on_the_line_answered(functions_engine):
    answer = converse(functions_engine, "青石三个部门里哪个一般公共预算最少", "它的项目支出")
    assert answer.status == "answered" and "1200" in answer.text and "1700" not in answer.text, answer.text
