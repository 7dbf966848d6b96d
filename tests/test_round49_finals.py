"""Round 49 (finals): a department's final accounts printed as two sheets of one workbook — a 收入 sheet in 元 and a
支出 sheet in 万元, by the same 科目 — asked by flow (收入 / 支出), by the rows having a column, and across the two
sheets' units. Fictional tables: 青禾县文化广电旅游局 (no real department, no real figures)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.conftest import converse, engine_over, write_workbook

pytestmark = pytest.mark.xdist_group("round49_finals")

_INCOME = [
    ["青禾县文化广电旅游局2024年度部门收入决算表", None, None, None, None, None],
    ["部门：青禾县文化广电旅游局", None, None, None, None, "单位：元"],
    ["功能分类科目", None, "本年收入合计", "财政拨款收入", "上级补助收入", "其他收入"],
    ["科目编码", "科目名称", None, None, None, None],
    ["合计", None, 31250000.5, 29000000.5, 1700000, 550000],
    ["207", "文化旅游体育与传媒支出", 26250000.5, 24000000.5, 1700000, 550000],
    ["20701", "文化和旅游", 26250000.5, 24000000.5, 1700000, 550000],
    ["2070101", "行政运行", 12000000, 12000000, None, None],
    ["2070108", "文化活动", 8200000.5, 7000000.5, 1200000, None],
    ["2070109", "群众文化", 6050000, 5000000, 500000, 550000],
    ["208", "社会保障和就业支出", 5000000, 5000000, None, None],
    ["2080506", "机关事业单位职业年金缴费支出", 5000000, 5000000, None, None],
]
_SPENDING = [
    ["青禾县文化广电旅游局2024年度部门支出决算表", None, None, None, None],
    ["部门：青禾县文化广电旅游局", None, None, None, "单位：万元"],
    ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
    ["合计", None, 3105.5, 1700.5, 1405],
    ["207", "文化旅游体育与传媒支出", 2605.5, 1200.5, 1405],
    ["20701", "文化和旅游", 2605.5, 1200.5, 1405],
    ["2070101", "行政运行", 1200.5, 1200.5, None],
    ["2070108", "文化活动", 810, None, 810],
    ["2070109", "群众文化", 595, None, 595],
    ["208", "社会保障和就业支出", 500, 500, None],
    ["2080506", "机关事业单位职业年金缴费支出", 500, 500, None],
]


@pytest.fixture(scope="module")
def finals(tmp_path_factory):
    """One workbook, two sheets: 部门收入决算表 (元) and 部门支出决算表 (万元)."""
    folder = tmp_path_factory.mktemp("finals49")
    path = write_workbook(folder / "青禾县文化广电旅游局2024年部门收入决算表.xlsx", _INCOME,
                          ["A1:F1", "A3:B3", "A5:B5", "C3:C4", "D3:D4", "E3:E4", "F3:F4"], sheet="部门收入决算表")
    wb = openpyxl.load_workbook(path)
    ws = wb.create_sheet("部门支出决算表")
    for row in _SPENDING:
        ws.append(row)
    ws.merge_cells("A1:E1")
    ws.merge_cells("A4:B4")
    wb.save(path)
    return engine_over(folder / "kb.sqlite", [Path(path)])


def test_income_said_answers_from_the_income_sheet(finals):
    """"文化活动科目收入多少": the 收入 sheet's line (元), never the same 科目's 本年支出合计 on the 支出 sheet."""
    a = converse(finals, "青禾县文化广电旅游局文化活动科目收入多少")
    assert a.status == "answered"
    assert "8200000.5" in a.text and "810" not in a.text.split("（来源")[0]


def test_income_total_said_answers_the_income_total(finals):
    a = converse(finals, "青禾县文化广电旅游局收入决算合计多少")
    assert a.status == "answered"
    assert "31250000.5" in a.text and "3105.5" not in a.text


def test_a_row_named_with_spending_in_its_name_asked_its_income(finals):
    """"职业年金缴费支出收入多少": 支出 is the row's own word; 收入 said after it is the flow asked."""
    a = converse(finals, "青禾县文化广电旅游局职业年金缴费支出收入多少")
    assert a.status == "answered"
    assert "5000000" in a.text and "500万元" not in a.text


def test_a_follow_up_naming_another_row_keeps_the_flow(finals):
    a = converse(finals, "青禾县文化广电旅游局群众文化收入多少", "文化活动那个")
    assert a.status == "answered"
    assert "8200000.5" in a.text


def test_spending_said_still_answers_from_the_spending_sheet(finals):
    a = converse(finals, "青禾县文化广电旅游局文化活动科目支出多少")
    assert a.status == "answered"
    assert "810" in a.text and "8200000.5" not in a.text


def test_rows_having_a_column(finals):
    """"上级补助收入来自哪些科目": the 科目 whose 上级补助收入 is printed, each with its figure, of the 收入 sheet —
    never every 科目 of the 支出 sheet."""
    for q in ("青禾县文化广电旅游局上级补助收入来自哪些科目", "青禾县文化广电旅游局哪些科目有上级补助收入"):
        a = converse(finals, q)
        assert a.status == "answered", q
        said = a.text.split("（来源")[0]
        assert "文化活动" in said and "群众文化" in said, q
        assert "行政运行" not in said and "职业年金" not in said and "本年支出合计" not in said, q


def test_income_against_spending_across_units(finals):
    """"收入比支出多多少": 本年收入合计 (元) less 本年支出合计 (万元), converted to one unit with the conversion said."""
    for q in ("青禾县文化广电旅游局收入比支出多多少", "青禾县文化广电旅游局收支差额多少"):
        a = converse(finals, q)
        assert a.status == "answered", q
        assert "19.5万元" in a.text and "31250000.5元 = 3125万元" in a.text, q


def test_a_difference_of_two_lines_in_different_units_is_converted(finals):
    a = converse(finals, "青禾县文化广电旅游局本年收入合计比本年支出合计多多少")
    assert a.status == "answered"
    assert "19.5万元" in a.text and "31246895" not in a.text


# --- several departments: 青禾县's two bureaus' 支出决算表 (万元), one printing 经营支出 and a 人员经费 line, the other a
# project whose name holds 人员经费 and a project list naming 公务用车购置 loosely -------------------------------------
def _spending_sheet(department: str, rows: list[list], columns: list[str]) -> list[list]:
    return [[f"{department}2024年度部门支出决算表", *[None] * (len(columns) + 1)],
            [f"部门：{department}", *[None] * len(columns), "单位：万元"],
            ["科目编码", "科目名称", *columns], *rows]


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    folder = tmp_path_factory.mktemp("county49")
    farm = "青禾县农业农村局"
    write_workbook(folder / f"{farm}2024年部门支出决算表.xlsx", _spending_sheet(farm, [
        ["合计", None, 1520.4, 980.4, 500, 40],
        ["2130101", "行政运行", 640.2, 640.2, None, None],
        ["2130104", "事业运行", 340.2, 340.2, None, None],
        ["2130126", "农村社会事业", 540, None, 500, 40],
    ], ["本年支出合计", "基本支出", "项目支出", "经营支出"]), sheet="部门支出决算表")
    write_workbook(folder / f"{farm}2024年基本支出决算表.xlsx", [
        [f"{farm}2024年度基本支出决算表", None], ["项目", "决算数"], ["人员经费", 812.6], ["公用经费", 167.8],
    ], sheet="基本支出决算表")
    write_workbook(folder / "青禾县文化广电旅游局2024年部门支出决算表.xlsx", _spending_sheet("青禾县文化广电旅游局", [
        ["合计", None, 3105.5, 1700.5, 1405],
        ["2070101", "行政运行", 1200.5, 1200.5, None],
        ["2070108", "文化活动", 810, None, 810],
    ], ["本年支出合计", "基本支出", "项目支出"]), sheet="部门支出决算表")
    write_workbook(folder / "青禾县文化广电旅游局2025年项目支出表.xlsx", [
        ["青禾县文化广电旅游局2025年项目支出表", None], ["项目名称", "预算数"],
        ["编外人员经费", 96.5], ["文物保护执法装备及执法车辆购置经费", 38],
    ], sheet="项目支出表")
    return engine_over(folder / "kb.sqlite", [folder])


def test_each_department_of_a_line_only_one_prints(county):
    """"各部门经营支出分别多少": the one department printing it, with its figure, and the other named as printing none
    — never "only one of the items asked was found"."""
    a = converse(county, "各部门经营支出分别多少")
    assert a.status == "answered"
    assert "青禾县农业农村局" in a.text and "40" in a.text
    assert "青禾县文化广电旅游局的表中没有" in a.text


def test_which_department_spent_more_compares_the_totals(county):
    """"A和B哪个支出多": each one's 本年支出合计, never one's 基本支出 / 项目支出 / 经营支出 parts."""
    a = converse(county, "青禾县农业农村局和青禾县文化广电旅游局哪个决算支出多")
    assert a.status == "answered"
    assert "3105.5" in a.text and "1520.4" in a.text and "980.4" not in a.text


def test_two_departments_counted_then_total_adds_them(county):
    """"两个部门行政运行支出合计": each one's 行政运行 line added up (640.2 + 1200.5)."""
    a = converse(county, "青禾县两个部门行政运行支出合计")
    assert a.status == "answered"
    assert "1840.7" in a.text


def test_departments_ranked_by_one_line_leave_out_a_longer_line(county):
    """"哪个部门人员经费最多": 农业农村局's 人员经费 line, never set against 文化广电旅游局's project 编外人员经费."""
    a = converse(county, "哪个部门人员经费最多")
    assert a.status == "answered"
    assert "812.6" in a.text and "96.5" not in a.text


def test_a_year_whose_table_lists_no_projects(tmp_path):
    """"X局2024年项目预算多少" where X's 2024 table is a 决算 by 科目 and its projects are in a 2025 目标表: that year's
    table lists none — never the 2025 list answered as if it were 2024's."""
    from target_tables import Item, Unit, render

    dept = "青禾县文化广电旅游局"
    write_workbook(tmp_path / f"{dept}2024年部门支出决算表.xlsx", _spending_sheet(dept, [
        ["合计", None, 3105.5, 1700.5, 1405], ["2070101", "行政运行", 1200.5, 1200.5, None],
    ], ["本年支出合计", "基本支出", "项目支出"]), sheet="部门支出决算表")
    text = render(dept, "150.00 150.00", [Unit(dept, "150.00 150.00", [
        Item("乡村文化振兴活动经费", "90.00 90.00", "开展送戏下乡和乡村文化活动。", [("11", "送戏下乡场次", "≥40场", "≥40场")]),
        Item("文物安全巡查经费", "60.00 60.00", "开展不可移动文物安全巡查。", [("11", "巡查文物点数", "≥120处", "≥120处")]),
    ])], title="青禾县文化广电旅游局2025年项目支出绩效目标表")
    (tmp_path / f"{dept}2025年项目支出绩效目标表.txt").write_text(text, encoding="utf-8")
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path])
    a = converse(engine, f"{dept}2024年项目预算多少")
    assert a.status == "unknown"
    assert "乡村文化振兴活动经费" not in a.text and "150" not in a.text
    assert "2024年" in a.text
    assert converse(engine, f"{dept}2025年项目预算多少").status == "answered"


@pytest.fixture(scope="module")
def named(tmp_path_factory):
    """青禾县农业农村局's 目标表 with a project 公务用车购置经费; 青禾县文化广电旅游局's 决算 (科目 20705文物保护) and its
    project list (文物保护利用专项资金, 执法装备及执法车辆购置经费)."""
    from target_tables import Item, Unit, render

    folder = tmp_path_factory.mktemp("named49")
    farm, culture = "青禾县农业农村局", "青禾县文化广电旅游局"
    text = render(farm, "57.00 57.00", [Unit(farm, "57.00 57.00", [
        Item("公务用车购置经费", "25.00 25.00", "购置执法执勤用车一辆。", [("11", "购置车辆数", "1辆", "1辆")]),
        Item("农产品质量安全检测经费", "32.00 32.00", "开展农产品质量安全抽检。", [("11", "抽检批次", "≥500批次", "≥500批次")]),
    ])], title="青禾县农业农村局2025年项目支出绩效目标表")
    (folder / f"{farm}2025年项目支出绩效目标表.txt").write_text(text, encoding="utf-8")
    write_workbook(folder / f"{culture}2024年部门支出决算表.xlsx", _spending_sheet(culture, [
        ["合计", None, 905.5, 300.5, 605], ["2070101", "行政运行", 300.5, 300.5, None],
        ["20705", "文物保护", 605, None, 605],
    ], ["本年支出合计", "基本支出", "项目支出"]), sheet="部门支出决算表")
    write_workbook(folder / f"{culture}2025年项目支出表.xlsx", [
        [f"{culture}2025年项目支出表", None, None], [None, None, "单位：万元"], ["序号", "项目名称", "预算数"],
        [1, "文物保护利用专项资金", 480], [2, "执法装备及执法车辆购置经费", 38],
    ], sheet="项目支出表")
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_project_named_whole_wins_over_a_label_only_like_it(named):
    """"公务用车购置经费多少": the project of that very name, never asked between it and another department's
    执法装备及执法车辆购置经费."""
    a = converse(named, "公务用车购置经费多少")
    assert a.status == "answered"
    assert "25" in a.text and "38" not in a.text


def test_a_project_named_by_part_and_its_kind_of_fund(named):
    """"文物那个专项资金多少钱": the project 文物保护利用专项资金, not the 科目 20705文物保护 sharing one word."""
    a = converse(named, "青禾县文化广电旅游局文物那个专项资金多少钱")
    assert a.status == "answered"
    assert "480" in a.text and "605" not in a.text
