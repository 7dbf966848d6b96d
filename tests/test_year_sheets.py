"""A workbook of two sheets that are each one year's: "2025年预算" and "2024年实际支出" of a 三公经费 table by
unit (元, the second sheet's numbers stored as text with separators), the workbook's title saying 2025. The
second sheet's values are 2024's: asked by the year, by 去年, compared with 2025, or as "2024的呢" after a
2025 figure; a figure asked without a year is the workbook's own year. Units are said without their county.
The workbook is generated here with names and figures of its own; every figure is worked out by hand.
"""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import Engine

# unit, 合计, 因公出国（境）费, 公务用车小计, 购置费, 运行维护费, 公务接待费
_BUDGET = [("局机关", 60000, 10000, 40000, None, 40000, 10000),
           ("县水政监察大队", 150000, None, 140000, 100000, 40000, 10000),
           ("县水土保持工作站", 20000, None, 15000, None, 15000, 5000),
           ("合计", 230000, 10000, 195000, 100000, 95000, 25000)]
_ACTUAL = [("局机关", "50,000.00", None, "36,000.00", None, "36,000.00", "14,000.00"),
           ("县水政监察大队", "42,000.00", None, "34,000.00", None, "34,000.00", "8,000.00"),
           ("县水土保持工作站", "18,000.00", None, "14,000.00", None, "14,000.00", "4,000.00"),
           ("合计", "110,000.00", None, "84,000.00", None, "84,000.00", "26,000.00")]


def _sheet(ws, title: str, rows: list[tuple]) -> None:
    ws["A1"] = title
    ws.merge_cells("A1:H1")
    ws["G2"] = "单位：元"
    for c, h in enumerate(["序号", "单位名称", "合计", "因公出国（境）费", "公务用车购置及运行维护费", None, None, "公务接待费"], 1):
        if h:
            ws.cell(3, c, h)
    for c, h in enumerate(["小计", "公务用车购置费", "公务用车运行维护费"], 5):
        ws.cell(4, c, h)
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4"):
        ws.merge_cells(rng)
    for r, row in enumerate(rows, 5):
        if row[0] != "合计":
            ws.cell(r, 1, r - 4)
        for c, v in enumerate(row, 2):
            if v is not None:
                ws.cell(r, c, v)
    ws.merge_cells(f"A{4 + len(rows)}:B{4 + len(rows)}")
    ws.cell(4 + len(rows), 1, "合计")
    ws.cell(4 + len(rows), 2, None)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    import openpyxl


    d = tmp_path_factory.mktemp("year_sheets")
    wb = openpyxl.Workbook()
    _sheet(wb.active, "柏溪县水利局及所属单位2025年“三公”经费财政拨款预算表", _BUDGET)
    wb.active.title = "2025年预算"
    _sheet(wb.create_sheet("2024年实际支出"), "柏溪县水利局及所属单位2024年“三公”经费财政拨款实际支出表", _ACTUAL)
    wb.save(d / "sangong.xlsx")
    return engine_over(tmp_path_factory.mktemp("year_sheets_db") / "kb.sqlite", [d])


def test_a_sheet_of_another_year_is_asked_by_its_year(engine):
    answer = _ask(engine, "柏溪水利局2024年三公实际支出合计")
    assert answer.status == "answered" and "110000" in answer.text and "230000" not in answer.text
    answer = _ask(engine, "柏溪水利局公务接待费2024年实际花了多少")
    assert answer.status == "answered" and "26000" in answer.text and "25000" not in answer.text


def test_without_a_year_the_workbooks_own_year_is_meant(engine):
    answer = _ask(engine, "柏溪水利局公务用车购置及运行维护费小计")
    assert answer.status == "answered" and "195000" in answer.text and "84000" not in answer.text
    answer = _ask(engine, "柏溪水利局三公")
    assert answer.status == "answered" and "230000" in answer.text and "110000" not in answer.text


def test_two_years_sheets_compared(engine):
    # (230000 - 110000) / 110000 = 109.09%
    answer = _ask(engine, "柏溪三公2025年预算比2024年实际增长百分之多少")
    assert answer.status == "answered" and "109.09" in answer.text
    # 局机关: 60000 - 50000 = 10000
    answer = _ask(engine, "柏溪水利局局机关三公比去年实际增加多少钱")
    assert answer.status == "answered" and "10000" in answer.text and "50000 - 60000" not in answer.text


def test_another_year_of_the_cell_just_shown(engine):
    answer = _ask(engine, "柏溪水利局水政监察大队公车运行维护费2025年", "2024的呢")
    assert answer.status == "answered" and "34000" in answer.text and "42000" not in answer.text
    answer = _ask(engine, "柏溪水利局因公出国多少", "2024年呢")  # blank on the 2024 sheet: said blank
    assert answer.status == "answered" and "10000" not in answer.text and "空" in answer.text


def test_a_unit_said_without_its_county(engine):
    answer = _ask(engine, "柏溪水利局水保工作站公务接待费")
    assert answer.status == "answered" and "5000" in answer.text and "10000" not in answer.text


def test_a_year_no_sheet_holds_is_not_answered(engine):
    answer = _ask(engine, "柏溪水利局三公", "2023年的呢")
    assert answer.status == "unknown" and "230000" not in answer.text and "110000" not in answer.text
