"""A table of departments printed as "X局小计" lines above their units (no code, no merged cell), a department of
one line printed by its name alone between them, over two sheets: the columns of every department on one
(年初预算数 / 调整预算数 / 决算数, no 合计 column) and the same headers under 基本支出 and 项目支出 on the other.
A department named is its 小计 line, never its 本级 unit; a header said without its 数 is that column; two
columns of one line set against each other are their difference; a header printed under two groups is read
from the sheet printing it alone unless the group is said."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

PLACE = "岭南县"
# name, 年初预算数, 调整预算数, 决算数 (units under their department's 小计 line)
LINES = [
    ("岭南县水务局小计", 300.0, 330.0, 320.0),
    ("岭南县水务局（本级）", 200.0, 210.0, 205.0),
    ("岭南县水文站", 100.0, 120.0, 115.0),
    ("岭南县城建局小计", 500.0, 560.0, 540.0),
    ("岭南县城建局（本级）", 350.0, 400.0, 390.0),
    ("岭南县园林所", 150.0, 160.0, 150.0),
    ("岭南县档案馆", 80.0, 90.0, 95.0),
    ("岭南县司法局", 100.0, 104.0, 90.0),
]
# name, 基本支出 年初预算数 / 决算数, 项目支出 年初预算数 / 决算数
SPLIT = [
    ("岭南县水务局小计", 120.0, 125.0, 180.0, 195.0),
    ("岭南县水务局（本级）", 70.0, 72.0, 130.0, 133.0),
    ("岭南县水文站", 50.0, 53.0, 50.0, 62.0),
    ("岭南县城建局小计", 200.0, 210.0, 300.0, 330.0),
    ("岭南县城建局（本级）", 140.0, 150.0, 210.0, 240.0),
    ("岭南县园林所", 60.0, 60.0, 90.0, 90.0),
    ("岭南县档案馆", 30.0, 31.0, 50.0, 64.0),
    ("岭南县司法局", 40.0, 38.0, 60.0, 52.0),
]


_UNITS = {"岭南县水文站", "岭南县园林所"}


def _workbook(path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "预算与决算对比总表"
    ws.append([f"{PLACE}2025年部门预算与决算对比表"])
    ws.append(["编制单位：岭南县财政局", None, None, None, None, None, "单位：万元"])
    ws.append(["序号", "部门（单位）名称", "年初预算数", "调整预算数", "决算数", "决算数比年初预算增减", None])
    ws.append([None, None, None, None, None, "金额", "增减率（%）"])
    ws.merge_cells("F3:G3")
    heads = [x for x in LINES if x[0].endswith("小计") or "（" not in x[0] and x[0] not in _UNITS]
    ws.append([None, "合计", *(round(sum(x[k] for x in heads), 2) for k in (1, 2, 3)),
               round(sum(x[3] - x[1] for x in heads), 2), None])
    for n, (name, plan, adjusted, done) in enumerate(LINES, 1):
        ws.append([str(n) if name.endswith("小计") or "（" not in name and name not in _UNITS else None, name, plan, adjusted, done,
                   round(done - plan, 2), round((done - plan) / plan * 100, 2)])
    sheet = wb.create_sheet("基本支出和项目支出")
    sheet.append([f"{PLACE}2025年部门预算与决算对比表（按支出类型）"])
    sheet.append([None, None, None, None, None, "单位：万元"])
    sheet.append(["序号", "部门（单位）名称", "基本支出", None, "项目支出", None])
    sheet.append([None, None, "年初预算数", "决算数", "年初预算数", "决算数"])
    sheet.merge_cells("C3:D3")
    sheet.merge_cells("E3:F3")
    split_heads = [x for x in SPLIT if x[0].endswith("小计") or "（" not in x[0] and x[0] not in _UNITS]
    sheet.append([None, "合计", *(round(sum(x[k] for x in split_heads), 2) for k in (1, 2, 3, 4))])
    for name, *figures in SPLIT:
        sheet.append([None, name, *figures])
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("me60_subtotals")
    _workbook(folder / f"{PLACE}_2025年_部门预算与决算对比表.xlsx")
    return engine_over(tmp_path_factory.mktemp("me60_subtotals_db") / "kb.sqlite", [folder])


@pytest.mark.parametrize(("question", "figure", "not_this"), [
    ("水务局决算数多少", "320", "205"),  # (its 小计, not its 本级)
    ("城建局决算多少", "540", "390"),
    ("水务局项目支出年初预算", "180", "120"),  # (项目支出 said: not the 基本支出 column beside it)
    ("城建局基本支出决算", "210", "330"),
])
def test_a_department_named_is_its_subtotal_line(engine, question, figure, not_this):
    answer = converse(engine, question)
    assert answer.status == "answered" and figure in answer.text and not_this not in answer.text, answer.text


def test_two_columns_of_a_line_set_against_each_other(engine):
    answer = converse(engine, "城建局决算比年初预算多了多少")
    assert answer.status == "answered" and "40" in answer.text and "540" in answer.text and "500" in answer.text, answer.text
    fewer = converse(engine, "水务局决算比调整预算少了多少")
    assert fewer.status == "answered" and "10" in fewer.text and "330" in fewer.text, fewer.text


def test_units_of_a_department_each(engine):
    answer = converse(engine, "水务局两个单位决算分别是多少")
    assert answer.status == "answered" and "205" in answer.text and "115" in answer.text and "300" not in answer.text, \
        answer.text


def test_lines_below_their_own_other_column(engine):
    answer = converse(engine, "哪些部门决算数比年初预算少")
    assert answer.status == "answered" and "司法局" in answer.text and "90" in answer.text, answer.text
    assert "城建局" not in answer.text and "档案馆" not in answer.text, answer.text


def test_a_rate_column_said_with_its_head_word_ranks_by_the_rate(engine):
    # (档案馆's rate is the highest, 城建局's 决算数 the largest: "决算增减率" is the rate, not 决算数)
    answer = converse(engine, "决算增减率最高的部门")
    assert answer.status == "answered" and "档案馆" in answer.text and "18.75" in answer.text, answer.text
