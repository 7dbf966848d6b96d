"""Confident wrong answers removed by class (cw19). Each table is generated here with names and figures of its
own; every figure is worked out by hand."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

# --- 1. A workbook with one sheet per year, the OLDER sheet first ------------------------------------------------
# 本年预算, 上年预算, 增减额, 变动原因 (万元)
_YEARS = {
    "2023年": [("人员经费", 500.0, 480.0, 20.0, "新增编制3名"), ("公用经费", 120.0, 150.0, -30.0, "压减会议费"),
              ("合计", 620.0, 630.0, -10.0, "")],
    "2024年": [("人员经费", 530.0, 500.0, 30.0, "绩效工资调整"), ("公用经费", 110.0, 120.0, -10.0, "压减差旅费"),
              ("合计", 640.0, 620.0, 20.0, "")],
}


@pytest.fixture(scope="module")
def year_sheets(tmp_path_factory) -> Engine:
    import openpyxl

    d = tmp_path_factory.mktemp("cw19_years")
    wb = openpyxl.Workbook()
    del wb["Sheet"]
    for sheet, rows in _YEARS.items():
        ws = wb.create_sheet(sheet)
        ws.append([f"桐溪乡人民政府{sheet}部门预算收支变动情况说明表"])
        ws.merge_cells("A1:E1")
        ws.append(["项目", "本年预算（万元）", "上年预算（万元）", "增减额（万元）", "变动原因"])
        for row in rows:
            ws.append(list(row))
    wb.save(d / "tongxi_changes.xlsx")
    return engine_over(tmp_path_factory.mktemp("cw19_years_db") / "kb.sqlite", [d])


def test_no_year_said_is_the_newest_sheet_and_says_its_year(year_sheets: Engine) -> None:
    a = year_sheets.ask("桐溪乡人员经费变动原因", record=False)
    assert a.status == "answered"
    assert "绩效工资调整" in a.text and "新增编制" not in a.text
    assert "2024年" in a.text  # the citation names the sheet's year


def test_a_change_word_before_the_reason_is_no_text_to_match(year_sheets: Engine) -> None:
    # "增加原因": 增加 says what the reason is of, not a word of the reason's text ("新增编制3名" holds 增)
    a = year_sheets.ask("桐溪乡人员经费增加原因", record=False)
    assert a.status == "answered" and "绩效工资调整" in a.text


def test_the_older_sheet_asked_by_its_year_cites_that_year(year_sheets: Engine) -> None:
    a = year_sheets.ask("桐溪乡2023年人员经费变动原因", record=False)
    assert a.status == "answered" and "新增编制3名" in a.text
    assert "2023年部门预算收支变动情况说明表" in a.text


def test_an_older_sheets_year_is_held(year_sheets: Engine) -> None:
    a = year_sheets.ask("桐溪乡2023年公用经费", record=False)
    assert a.status == "answered" and "120" in a.text and "110" not in a.text
    a = year_sheets.ask("桐溪乡2021年公用经费", record=False)
    assert a.status != "answered"


def test_the_conversations_year_is_kept_by_a_follow_up(year_sheets: Engine) -> None:
    a = converse(year_sheets, "桐溪乡2023年公用经费", "人员经费呢")
    assert a.status == "answered" and "500" in a.text and "530" not in a.text
    a = converse(year_sheets, "桐溪乡2024年公用经费", "人员经费呢")
    assert a.status == "answered" and "530" in a.text
