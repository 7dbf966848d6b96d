"""Confident wrong answers (cw57). Figures said otherwise than the table prints them (cw57): a spreadsheet's money in a
thousands-separator format ("#,##0.00": 27,315,600 as staff see it) is said plain and as the sheet shows it, as a
PDF's are; a department-level table's spending line kept with more decimals than two is said rounded and with the
cell's own digits, as every other figure answer says it. Fixtures: a county water bureau's 收支预算总表 and a
city civil-affairs bureau's 部门整体预算绩效目标表, names and figures of their own.
A part of a name that several rows' names hold (青禾中心 of 青禾中心小学 and 青禾中心幼儿园), asked with the column
named 合计 / 总计: which row is asked, never the rows' sum said as the answer (a sum said apart is still added).
A department said short with a unit's kind after it (梧桐水务站 of 梧桐县水务局): another organisation, not loaded —
never answered with the bureau's figures. Rows a question leaves out ("除了实验中学，其他单位合计加起来") that no reader took
apart, the figures found holding those very rows: not answered (a ranking still leaves them out)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from conftest import DATA, converse, engine_over, set_cells, simple_table

from bot.engine import Engine
from bot.ingest.grid import cell_text


def _water_budget(path: Path) -> None:
    """梧桐县水务局's 收支预算总表 in 元, its figures in "#,##0.00" (the sheet shows 27,315,600.00)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收支总表"
    ws["A1"] = "梧桐县水务局2026年部门收支预算总表"
    ws["D2"] = "单位：元"
    for c, h in enumerate(["项目", "预算数", "项目（按功能分类）", "预算数"], 1):
        ws.cell(3, c, h)
    rows = [("一、一般公共预算拨款收入", 27315600, "一、农林水支出", 30457800),
            ("二、政府性基金预算拨款收入", 3900000, "二、城乡社区支出", 2104300),
            ("三、事业收入", 846500, "三、住房保障支出", 950.5),
            ("本年收入合计", 32062100, "本年支出合计", 33512600.5)]
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, int | float):
                cell.number_format = "#,##0.00"
    wb.save(path)


def _civil_targets(path: Path) -> None:
    """桐庐市民政局's 部门整体预算绩效目标表 (a published sample's layout made over): its spending lines kept with
    four decimals."""
    shutil.copy(DATA / "samples" / "zhanjiang_rsj_2024_department_targets.xlsx", path)
    set_cells(path, {"A1": "2026年市级部门整体预算绩效目标表", "B2": "桐庐市民政局", "C5": 1208.3342,
                     "C6": 3104.2475})


def _school_units(path: Path) -> None:
    """溪口区教育局's units by economic class: two units whose names share 青禾中心."""
    simple_table(path, "经济分类", "溪口区教育局2026年部门预算支出经济分类汇总表", "D2", "单位：万元",
                 ["单位名称", "工资福利支出", "商品和服务支出", "合计"],
                 [("溪口区教育局本级", 210.4, 95.6, 306.0), ("青禾中心小学", 812.3, 140.2, 952.5),
                  ("青禾中心幼儿园", 233.1, 41.8, 274.9), ("溪口区实验中学", 1320.0, 260.5, 1580.5)])


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("cw57")
    _water_budget(folder / "wutong_water.xlsx")
    _civil_targets(folder / "tonglu_civil.xlsx")
    _school_units(folder / "xikou_units.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "wutong_water.xlsx", folder / "tonglu_civil.xlsx",
                                              folder / "xikou_units.xlsx"])


def test_a_separator_format_prints_its_separators() -> None:
    assert cell_text(27315600, "#,##0.00") == "27,315,600"
    assert cell_text(-4321.5, "#,##0.00") == "-4,321.5"
    assert cell_text(950.5, "#,##0.00") == "950.5"
    assert cell_text(27315600, "General") == "27315600"


@pytest.mark.parametrize(("question", "plain", "printed"), [
    ("梧桐县水务局一般公共预算拨款收入", "27315600", "27,315,600"),
    ("梧桐水务局本年收入合计多少", "32062100", "32,062,100"),
    ("梧桐县水务局城乡社区支出", "2104300", "2,104,300"),
])
def test_money_in_a_separator_format_is_said_as_the_sheet_shows_it(engine: Engine, question: str, plain: str,
                                                                    printed: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "answered", answer.text
    assert plain in answer.text and printed in answer.text, answer.text


def test_a_small_figure_keeps_its_plain_form(engine: Engine) -> None:
    answer = converse(engine, "梧桐县水务局住房保障支出")
    assert answer.status == "answered", answer.text
    assert "950.5" in answer.text and "（表中为" not in answer.text, answer.text


def test_a_spending_line_kept_with_four_decimals_says_the_cells_digits(engine: Engine) -> None:
    answer = converse(engine, "桐庐民政局项目支出多少")
    assert answer.status == "answered", answer.text
    assert "3104.25万元" in answer.text and "3104.2475" in answer.text, answer.text


def test_a_part_of_two_rows_names_asked_with_the_total_column_asks_which(engine: Engine) -> None:
    answer = converse(engine, "青禾中心合计多少")
    assert answer.status == "clarify", answer.text
    assert "青禾中心小学" in answer.text and "青禾中心幼儿园" in answer.text, answer.text
    assert "1227.4" not in answer.text, answer.text
    answer = converse(engine, "青禾中心合计多少", "2")
    assert answer.status == "answered" and "274.9" in answer.text and "952.5" not in answer.text, answer.text


def test_rows_named_each_are_still_added(engine: Engine) -> None:
    answer = converse(engine, "青禾中心小学和青禾中心幼儿园合计多少")
    assert answer.status == "answered", answer.text
    assert "1227.4" in answer.text, answer.text


@pytest.mark.parametrize("question", ["梧桐县水务站一般公共预算拨款收入", "梧桐县水务所的本年收入合计"])
def test_a_unit_kind_after_a_department_said_short_is_another_organisation(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "unknown", answer.text
    assert "27315600" not in answer.text and "32062100" not in answer.text, answer.text


def test_the_department_said_short_with_its_own_kind_is_answered(engine: Engine) -> None:
    answer = converse(engine, "梧桐水务局一般公共预算拨款收入")
    assert answer.status == "answered" and "27315600" in answer.text, answer.text


def test_a_kind_beginning_another_word_is_no_organisation(engine: Engine) -> None:
    answer = converse(engine, "梧桐县水务所有收入合计多少")
    assert answer.status == "answered" and "32062100" in answer.text, answer.text


def test_rows_left_out_that_no_reader_took_apart_are_not_answered_with(engine: Engine) -> None:
    answer = converse(engine, "除了溪口区实验中学，其他单位合计加起来多少")
    assert answer.status == "unknown", answer.text
    assert "1580.5" not in answer.text and "除了溪口区实验中学" in answer.text, answer.text


def test_rows_left_out_of_a_ranking_are_still_read(engine: Engine) -> None:
    answer = converse(engine, "除了溪口区实验中学，哪个单位合计最多")
    assert answer.status == "answered" and "青禾中心小学" in answer.text, answer.text
