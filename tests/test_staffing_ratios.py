"""A staffing table (编制数 合计/行政/事业/工勤, 实有人数 合计/在编/编外, merged row groups, 小计 rows) of its
own: a share of one column over another is of the same row (the row named, else the table's total row), a
column group named as the whole is its 合计 column; a unit is said without its county; a bracketed group
label (局机关（行政）) said before a column label (行政编制) leaves that column said.
"""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import Engine

# group, unit, 编制 合计/行政/事业/工勤, 实有 合计/在编/编外
_ROWS = [("局机关（行政）", "综合股", 6, 5, None, 1, 7, 5, 2),
         (None, "财务股", 4, 4, None, None, 4, 4, None),
         (None, "小计", 10, 9, None, 1, 11, 9, 2),
         ("所属事业单位", "县文物保护中心", 20, None, 18, 2, 25, 16, 9),
         (None, "县图书馆", 30, None, 30, None, 40, 28, 12),
         (None, "小计", 50, None, 48, 2, 65, 44, 21),
         ("合计", None, 60, 9, 48, 3, 76, 53, 23)]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    import openpyxl


    d = tmp_path_factory.mktemp("staffing")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "编制"
    ws["A1"] = "兰亭县文化旅游局2025年人员编制及实有人数统计表"
    ws.merge_cells("A1:I1")
    ws["H2"] = "单位：人"
    for c, h in enumerate(["类别", "单位（科室）", "编制数", None, None, None, "实有人数"], 1):
        if h:
            ws.cell(3, c, h)
    for c, h in enumerate(["合计", "行政编制", "事业编制", "工勤编制", "合计", "在编人数", "编外聘用"], 3):
        ws.cell(4, c, h)
    for rng in ("A3:A4", "B3:B4", "C3:F3", "G3:I3", "A5:A7", "A8:A10", "A11:B11"):
        ws.merge_cells(rng)
    for r, row in enumerate(_ROWS, 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(d / "bianzhi.xlsx")
    return engine_over(tmp_path_factory.mktemp("staffing_db") / "kb.sqlite", [d])


def test_a_column_over_another_of_the_total_row(engine):
    answer = _ask(engine, "兰亭文化旅游局编外聘用占实有人数的比例")  # 23 / 76
    assert answer.status == "answered" and "30.26" in answer.text
    answer = _ask(engine, "兰亭文化旅游局在编人数占编制数多少 算下在编率")  # 53 / 60
    assert answer.status == "answered" and "88.33" in answer.text


def test_a_column_over_its_group_of_the_row_named(engine):
    answer = _ask(engine, "兰亭文化旅游局图书馆编外占它实有人数多少")  # 12 / 40, not 12 / 21 of the 小计
    assert answer.status == "answered" and "30.00" in answer.text and "57.14" not in answer.text


def test_a_group_label_with_its_bracket_before_a_column(engine):
    answer = _ask(engine, "兰亭文化旅游局局机关行政编制多少")
    assert answer.status == "answered" and "9人" in answer.text and "10人" not in answer.text


def test_a_unit_without_its_county(engine):
    answer = _ask(engine, "兰亭文化旅游局文保中心实有人数合计")
    assert answer.status == "answered" and "25" in answer.text and "20人" not in answer.text
