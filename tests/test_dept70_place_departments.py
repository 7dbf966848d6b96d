"""A place's table of its departments printing each department as a line of its name alone (no figures, no code)
over its units indented beneath it, each with a unit code of one length (101001 …), and an indented "小计" closing
the block (慈溪市2026年部门支出预算表): the codes give no hierarchy, the indentation does. Each unit and each 小计
stands under its department, so the department said short (教育局) is its block's 小计 and departments are ranked
over the blocks (the 小计 lines), never read as sections of a table owned by the office that drew it up."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import Engine
from bot.ingest.formats import read_documents

ROWS = [
    ["枫港市2026年部门支出预算表"],
    ["编制单位：枫港市财政局", None, None, None, None, None, "单位：万元"],
    ["单位编码", "单位名称", "合计", "基本支出", None, None, "项目支出"],
    [None, None, None, "小计", "人员经费", "公用经费", None],
    [None, "合计", 300.0, 120.0, 100.0, 20.0, 180.0],
    [None, "枫港市教育局"],
    ["201001", "  枫港市教育局（本级）", 150.0, 30.0, 25.0, 5.0, 120.0],
    ["201002", "  枫港中学", 50.0, 40.0, 33.0, 7.0, 10.0],
    [None, "  小计", 200.0, 70.0, 58.0, 12.0, 130.0],
    [None, "枫港市民政局"],
    ["202001", "  枫港市民政局（本级）", 60.0, 30.0, 26.0, 4.0, 30.0],
    ["202002", "  枫港市社会福利中心", 40.0, 20.0, 16.0, 4.0, 20.0],
    [None, "  小计", 100.0, 50.0, 42.0, 8.0, 50.0],
]
MERGED = ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"]


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dept70")
    return write_workbook(folder / "枫港市_2026年_部门支出预算表.xlsx", ROWS, MERGED)


@pytest.fixture(scope="module")
def engine(tmp_path_factory, book: Path) -> Engine:
    return engine_over(tmp_path_factory.mktemp("dept70kb") / "kb.sqlite", [book])


def test_units_and_subtotals_stand_under_their_department(book: Path) -> None:
    (doc, _), = read_documents(book)
    rows = {f.row for f in doc.facts if f.col and f.col[-1] == "合计"}
    assert ("枫港市教育局", "201002枫港中学") in rows, rows
    assert ("枫港市民政局", "小计") in rows and ("合计",) in rows, rows


def test_a_department_said_short_is_its_blocks_subtotal(engine: Engine) -> None:
    a = converse(engine, "教育局支出预算合计是多少")
    assert a.status == "answered" and "200" in a.text and "150" not in a.text, a.text
    b = converse(engine, "民政局基本支出是多少")
    assert b.status == "answered" and "50" in b.text, b.text


def test_departments_ranked_over_their_blocks(engine: Engine) -> None:
    a = converse(engine, "支出预算哪个部门最少")
    assert a.status == "answered" and "民政局" in a.text and "100" in a.text, a.text
    assert "福利中心" not in a.text, a.text


@pytest.fixture(scope="module")
def cixi(tmp_path_factory) -> Engine:
    data = Path(__file__).resolve().parent / "data"
    return engine_over(tmp_path_factory.mktemp("dept70cixi") / "kb.sqlite", [data / "general70"])


def test_two_departments_wholes_read_off_their_lines_of_the_place_table(cixi: Engine) -> None:
    # (民政局 has a 目标表 of its own and a line of the city's table the 财政局 drew up: the line under 慈溪市民政局 is
    # its figure, though the table is read as the preparer's)
    a = converse(cixi, "民政局和卫健局哪个基本支出多")
    assert a.status == "answered" and "3977.62" in a.text and "2830.42" in a.text, a.text
    b = converse(cixi, "慈溪卫健局项目支出和民政局项目支出加起来")
    assert b.status == "answered" and "26447.89" in b.text, b.text


def test_subordinate_units_counted_leave_the_departments_own_line_out(engine: Engine) -> None:
    a = converse(engine, "教育局下属单位几个")
    assert a.status == "answered" and "1 个下属单位" in a.text and "本级" in a.text and "枫港中学" in a.text, a.text
    b = converse(engine, "教育局下面几个单位")
    assert b.status == "answered" and "2 个单位" in b.text, b.text
