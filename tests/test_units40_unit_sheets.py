"""One department published in several tables: its 基本支出经济分类预算表 printing the classes and subjects of the
department alone (a sheet: 301 工资福利支出 › 30101 基本工资 …, this year's and last year's 预算数) with a second
sheet of its units a line each by class (人员经费 › 小计 / 工资福利支出 / 对个人和家庭的补助, 公用经费 › 商品和服务支出,
基本支出合计), beside its 项目支出绩效目标表 listing the projects by unit — and other departments' tables.

A unit said scopes the next question ("水文站项目经费" → "基本支出呢" → "两个加起来"); the department's (or a unit's)
project spending comes from its project table; the subjects under a class are its children by code; a subject
the unit sheet does not print for a unit is unknown (never the department's figure as the unit's); "各部门 /
各单位 … 分别" answers every department that prints the line, in one message."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table
from target_tables import Item, Unit, render

from bot.engine import Engine

_DEPT = "青溪县水利局"
_CLASSES = [
    (None, "合计", 1000.0, 950.0),
    ("301", "工资福利支出", 700.0, 660.0),
    ("30101", "基本工资", 300.0, 290.0),
    ("30102", "津贴补贴", 250.0, 240.0),
    ("30113", "住房公积金", 150.0, 130.0),
    ("302", "商品和服务支出", 240.0, 230.0),
    ("30201", "办公费", 90.0, 85.0),
    ("30211", "差旅费", 70.0, 75.0),
    ("30216", "培训费", 80.0, 70.0),
    ("303", "对个人和家庭的补助", 60.0, 60.0),
    ("30302", "退休费", 15.0, 20.0),
    ("30305", "生活补助", 10.0, 10.0),
    ("30399", "其他对个人和家庭的补助", 35.0, 30.0),
]
_UNITS = [
    (None, "合计", 1000.0, 760.0, 700.0, 60.0, 240.0),
    ("201001", "青溪县水利局（本级）", 430.0, 330.0, 300.0, 30.0, 100.0),
    ("201002", "青溪县水文站", 250.0, 190.0, 180.0, 10.0, 60.0),
    ("201003", "青溪县水库管理中心", 320.0, 240.0, 220.0, 20.0, 80.0),
]


def _basic_workbook(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基本支出经济分类"
    ws.append([f"{_DEPT}2026年一般公共预算基本支出经济分类预算表"])
    ws.append([f"部门：{_DEPT}", None, None, "单位：万元"])
    ws.append(["经济分类科目", None, "2026年预算数", "2025年预算数"])
    ws.append(["科目编码", "科目名称", None, None])
    for code, name, this, last in _CLASSES:
        ws.append([code, name if code is None or len(code) == 3 else "    " + name, this, last])
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:C4")
    ws.merge_cells("D3:D4")
    us = wb.create_sheet("人员经费和公用经费")
    us.append([f"{_DEPT}2026年一般公共预算基本支出预算表（分单位）"])
    us.append([None, None, None, None, None, None, "单位：万元"])
    us.append(["单位编码", "单位名称", "基本支出合计", "人员经费", None, None, "公用经费"])
    us.append([None, None, None, "小计", "工资福利支出", "对个人和家庭的补助", "商品和服务支出"])
    for row in _UNITS:
        us.append(list(row))
    for cells in ("A3:A4", "B3:B4", "C3:C4", "D3:F3"):
        us.merge_cells(cells)
    wb.save(path)


def _projects_text() -> str:
    goal = "保障水利工程运行管理和水文监测工作正常开展，提升防汛抗旱能力。"
    ind = [("11", "巡查次数", "≥12次", "≥12次"), ("31", "群众满意度", "≥90%", "≥90%")]
    units = [
        Unit(_DEPT, "120.00 120.00", [Item("河道保洁经费", "70.00 70.00", goal, ind),
                                      Item("防汛物资储备经费", "50.00 50.00", goal, ind)]),
        Unit("青溪县水文站", "80.00 80.00", [Item("水文测报经费", "80.00 80.00", goal, ind)]),
        Unit("青溪县水库管理中心", "200.00 200.00", [Item("水库安全鉴定经费", "200.00 200.00", goal, ind)]),
    ]
    return render(_DEPT, "400.00 400.00", units)


def _others_text() -> str:
    goal = "保障编外人员公用支出和日常办公运转。"
    ind = [("11", "保障人数", "10人", "10人"), ("31", "满意度", "≥90%", "≥90%")]
    return render("青溪县档案馆", "9.50 9.50", [Unit("青溪县档案馆", "9.50 9.50", [
        Item("政府雇员公用经费", "3.50 3.50", goal, ind), Item("档案数字化经费", "6.00 6.00", goal, ind)])])


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("units40_tables")
    _basic_workbook(d / f"{_DEPT}_2026年_一般公共预算基本支出经济分类预算表.xlsx")
    (d / f"{_DEPT}_2026年_项目支出绩效目标表.txt").write_text(_projects_text(), encoding="utf-8")
    (d / "青溪县档案馆_2026年_项目支出绩效目标表.txt").write_text(_others_text(), encoding="utf-8")
    simple_table(d / "青溪县林业局_2026年_基本支出预算表.xlsx", "基本支出", "青溪县林业局2026年基本支出预算表", "C2",
                 "单位：万元", ("项目", "2026年预算数"),
                 [("基本支出合计", 512.5), ("人员经费", 400.25), ("住房公积金", 41.75), ("公用经费", 112.25)])
    return engine_over(tmp_path_factory.mktemp("units40_db") / "kb.sqlite", [d])


def _said(engine: Engine, *turns: str) -> str:
    answer = converse(engine, *turns)
    assert answer.status == "answered", answer.text
    return answer.text.split("（来源")[0]


@pytest.mark.parametrize(("turns", "shown", "not_shown"), [
    (("水文站公用经费",), "60", "240"),  # a group of the unit sheet (公用经费 › 商品和服务支出) of the unit said
    (("水库管理中心人员经费多少",), "240", "760"),
    (("青溪水利局人员经费多少",), "760", "240万元"),  # the department's: the unit sheet's 合计 line
    (("水库管理中心基本支出",), "320", "1000"),
])
def test_a_unit_of_the_unit_sheet_by_class(engine: Engine, turns: tuple[str, ...], shown: str, not_shown: str) -> None:
    text = _said(engine, *turns)
    assert shown in text and not_shown not in text


def test_a_units_basic_spending_after_its_projects_and_the_two_added(engine: Engine) -> None:
    assert "250" in _said(engine, "水文站项目经费", "基本支出呢")  # the unit's, never the department's 1000
    assert "1000" not in _said(engine, "水文站项目经费", "基本支出呢")
    assert "330" in _said(engine, "水文站项目经费", "基本支出呢", "两个加起来")  # 80 + 250


def test_the_departments_basic_and_project_spending_added(engine: Engine) -> None:
    assert "1400" in _said(engine, "青溪水利局基本支出和项目支出加起来多少")  # 1000 + 400 of its project table


def test_the_subjects_under_a_class_ranked_by_their_codes(engine: Engine) -> None:
    text = _said(engine, "青溪水利局对个人和家庭的补助", "里面哪项最多")
    assert "其他对个人和家庭的补助" in text and "35" in text
    assert "水库管理中心" not in text  # (the unit sheet's lines are no subjects of the class)


@pytest.mark.parametrize("turns", [("水文站公用经费", "其中差旅费多少"), ("水文站差旅费多少",), ("水文站办公费呢",)])
def test_a_subject_the_unit_sheet_does_not_print_for_a_unit_is_unknown(engine: Engine, turns: tuple[str, ...]) -> None:
    answer = converse(engine, *turns)
    assert answer.status != "answered" or "水文站" not in answer.text, answer.text
    assert "70" not in answer.text and "90万元" not in answer.text  # never the department's 差旅费 / 办公费 as the unit's


def test_each_department_answered_apart_in_one_message(engine: Engine) -> None:
    assert converse(engine, "各部门公用经费分别多少").status == "answered"
    text = converse(engine, "各部门公用经费分别多少").text
    assert "240" in text and "112.25" in text and "青溪县林业局" in text and _DEPT in text
    assert "3.5" not in text  # (a project whose name holds the words is no 公用经费 of its department)
    text = converse(engine, "住房公积金各单位分别多少").text
    assert "150" in text and "41.75" in text


@pytest.fixture(scope="module")
def with_a_project_named_by_a_measure(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("units40_named")
    ind = [("11", "保障人数", "4人", "4人")]
    (d / "松岭县档案馆_2026年_项目支出绩效目标表.txt").write_text(render("松岭县档案馆", "7.20 7.20", [
        Unit("松岭县档案馆", "7.20 7.20", [Item("临聘人员人员经费", "4.20 4.20", "保障临聘人员工资。", ind),
                                           Item("档案修复经费", "3.00 3.00", "修复馆藏档案。", ind)])]), encoding="utf-8")
    simple_table(d / "松岭县林业局_2026年_基本支出预算表.xlsx", "基本支出", "松岭县林业局2026年基本支出预算表", "C2",
                 "单位：万元", ("项目", "2026年预算数"),
                 [("基本支出合计", 380.5), ("人员经费", 305.5), ("公用经费", 75.0)])
    simple_table(d / "松岭县水务局_2026年_基本支出预算表.xlsx", "基本支出", "松岭县水务局2026年基本支出预算表", "C2",
                 "单位：万元", ("项目", "2026年预算数"),
                 [("基本支出合计", 260.0), ("人员经费", 210.0), ("公用经费", 50.0)])
    return engine_over(tmp_path_factory.mktemp("units40_named_db") / "kb.sqlite", [d])


def test_a_project_named_by_the_measure_is_no_departments_figure(with_a_project_named_by_a_measure: Engine) -> None:
    # (临聘人员人员经费 is a project of 档案馆's: its total is no 人员经费 of the department beside 林业局's line)
    text = converse(with_a_project_named_by_a_measure, "各部门人员经费分别多少").text
    assert "305.5" in text and "210" in text and "4.2" not in text and "7.2" not in text, text
    whole = converse(with_a_project_named_by_a_measure, "各部门项目支出分别多少")  # (a department's whole: its total)
    assert whole.status == "answered" and "7.20" in whole.text, whole.text
