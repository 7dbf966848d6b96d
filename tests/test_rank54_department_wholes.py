"""Departments' whole budgets over every loaded department, no department named (rank54), on tables made here.

Class: "哪个部门总预算最多" ranked the rows of a 项目支出预算明细表 (its units' 小计) as if they were the departments'
budgets, and "部门收支总表里哪个部门预算最少" did the same. Now each department's whole is what its department-level
table prints as its whole spending (支出合计); only wholes alike are ranked — budgets of one year — the figure
compared is said, and the departments left out (another year, only project tables) are named. "第二个呢" then
asks the same ranking of the second place.

Class: "教育局项目支出合计多少" of a department with a 部门收支预算总表 and a 项目支出预算明细表 gave the 明细表's
小计 alone (a few of its projects). Now the 总表's 项目支出 (its 支出合计 row) is the answer, the projects the
明细表 lists beside it when they add up to another figure; "项目支出呢" after its 基本支出 the same; and
"A和B项目合计加起来" (项目合计 said for 项目支出) adds those figures, not the 明细表's."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, Engine

# (department, 基本支出, 项目支出) of each sheet; the whole is their sum.
_SUMMARY_2025 = [("梧溪县教育局", 5000.0, 2100.5), ("梧溪县水务局", 800.0, 900.0), ("梧溪县林业局", 1200.0, 1300.0)]
_SUMMARY_2024 = [("梧溪县商务局", 9000.0, 1000.0)]


def _summary(path: Path, year: int, departments: list[tuple[str, float, float]]) -> None:
    """A 部门收支预算总表 of each department, one sheet each: income and spending lines, then 收入合计 | 支出合计."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for dept, basic, project in departments:
        ws = wb.create_sheet(dept.removeprefix("梧溪县"))
        whole = round(basic + project, 2)
        ws["A1"] = f"{dept}{year}年部门收支预算总表"
        ws["A2"], ws["F2"] = f"部门名称：{dept}", "单位：万元"
        ws["A3"], ws["C3"] = "收    入", "支    出"
        ws.merge_cells("A1:F1")
        ws.merge_cells("A3:B3")
        ws.merge_cells("C3:F3")
        for c, v in zip("ABCDEF", ["项    目", "预算数", "项    目", "合计", "基本支出", "项目支出"], strict=True):
            ws[f"{c}4"] = v
        rows = [["一、一般公共预算拨款", whole, "一、一般公共服务支出", basic, basic, None],
                [None, None, "二、农林水支出", project, None, project],
                ["收入合计", whole, "支出合计", whole, basic, project]]
        for r, row in enumerate(rows, 5):
            for c, v in enumerate(row, 1):
                if v is not None:
                    ws.cell(r, c, v)
    wb.save(path)


def _projects(path: Path) -> None:
    """A 项目支出预算明细表 (元) of two departments, each closed by its 小计 row, then 合计."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出预算明细表"
    ws["A1"], ws["J2"] = "梧溪县2025年部门项目支出预算明细表", "单位：元"
    ws.merge_cells("A1:J1")
    for c, h in zip("ABCDEFGHIJ", ["序号", "部门（单位）", "项目名称", "项目类别", "金额合计", "资金来源", None, None,
                                   "经济分类", "备注"], strict=True):
        if h:
            ws[f"{c}3"] = h
    for c in "ABCDEIJ":
        ws.merge_cells(f"{c}3:{c}4")
    ws.merge_cells("F3:H3")
    ws["F4"], ws["G4"], ws["H4"] = "财政拨款", "财政专户", "其他"
    rows = [[1, "梧溪县教育局", "乡村学校校舍维修", "专项业务类", 3000000, 3000000, None, None, "维修（护）费", None],
            [2, "梧溪县教育局", "教师培训经费", "专项业务类", 1200000, 1200000, None, None, "培训费", None],
            [None, "梧溪县教育局 小计", None, None, 4200000, 4200000, None, None, None, None],
            [3, "梧溪县林业局", "森林防火巡护", "运转类", 2500000, 2500000, None, None, "委托业务费", None],
            [None, "梧溪县林业局 小计", None, None, 2500000, 2500000, None, None, None, None],
            [None, "合计", None, None, 6700000, 6700000, None, None, None, None]]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("rank54")
    _summary(folder / "梧溪县_2025年_部门收支预算总表.xlsx", 2025, _SUMMARY_2025)
    _summary(folder / "梧溪县_2024年_部门收支预算总表.xlsx", 2024, _SUMMARY_2024)
    _projects(folder / "梧溪县_2025年_项目支出预算明细表.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def test_departments_ranked_by_their_whole_budgets(engine: Engine) -> None:
    a = converse(engine, "哪个部门总预算最多")
    assert a.status == ANSWERED
    first = a.text.splitlines()[0]
    assert "梧溪县教育局" in first and "7100.50" in first and "支出合计" in first and "2025年" in first
    # another year's whole is named apart, never ranked first with this year's
    assert "梧溪县商务局" in a.text and "未比较" in a.text and "10000.00" in a.text
    assert "乡村学校校舍维修" not in a.text and "420" not in first


def test_money_said_plainly_is_the_whole_budget(engine: Engine) -> None:
    a = converse(engine, "哪个部门钱最多")
    assert a.status == ANSWERED
    assert "最多的是梧溪县教育局：7100.50万元" in a.text and "支出合计" in a.text


def test_money_of_no_department_asked_is_no_department_ranking(engine: Engine) -> None:
    a = converse(engine, "钱最少的是哪个")
    assert "支出合计比较" not in a.text


def test_least_and_the_table_said(engine: Engine) -> None:
    a = converse(engine, "部门收支总表里哪个部门预算最少")
    assert a.status == ANSWERED
    assert "最少的是梧溪县水务局：1700.00万元" in a.text


def test_second_place_asked_next(engine: Engine) -> None:
    a = converse(engine, "哪个部门总预算最多", "第二个呢")
    assert a.status == ANSWERED
    assert "第2多的是梧溪县林业局：2500.00万元" in a.text


def test_project_spending_of_the_department_table_first(engine: Engine) -> None:
    a = converse(engine, "梧溪县教育局项目支出合计多少")
    assert a.status == ANSWERED
    first, *rest = a.text.splitlines()
    assert "2100.50万元" in first and "部门收支预算总表" in first
    assert any("420.00万元" in line and "明细表" in line for line in rest)  # its projects listed elsewhere, beside


def test_project_spending_asked_after_its_basic_spending(engine: Engine) -> None:
    a = converse(engine, "梧溪县林业局基本支出多少", "项目支出呢")
    assert a.status == ANSWERED
    first = a.text.splitlines()[0]
    assert first.startswith("梧溪县林业局") and "项目支出" in first and "1300.00万元" in first


def test_two_departments_project_totals_added_from_their_department_tables(engine: Engine) -> None:
    a = converse(engine, "梧溪县教育局和梧溪县林业局项目合计加起来")
    assert a.status == ANSWERED
    assert "3400.50万元" in a.text.splitlines()[0]  # 2100.50 + 1300.00, never the 明细表's 420.00 + 250.00
