"""Two budget tables every department publishes, in shapes of their own: a 部门收支预算总表 (收入 and 支出
side by side, each with this year's and last year's column, the blocks of different lengths, headers
spaced out to the cell's width) and a 基本支出预算表 by 经济分类 (a table number above it, a header three
rows deep, codes beside names, numbers stored as text with thousands separators). The workbooks are
generated here with other names and figures than the bundled ones; every figure is worked out by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import Engine
from bot.ingest.grid import worksheet_facts


def _summary(path: Path) -> None:
    """柏川县水利局, 万元: income 1200+300+50 = 1550 (2024: 1000+400+40 = 1440); spending 150+60+1290+50 =
    1550 (2024: 140+50+1200+50 = 1440)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收支总表"
    ws["A1"] = "柏川县水利局2025年部门收支预算总表"
    ws.merge_cells("A1:F1")
    ws["F2"] = "单位：万元"
    ws["A3"], ws["D3"] = "收    入", "支    出"
    ws.merge_cells("A3:C3")
    ws.merge_cells("D3:F3")
    for c, h in enumerate(["项目", "2025年预算数", "2024年预算数", "项目（按功能分类）", "2025年预算数", "2024年预算数"], 1):
        ws.cell(4, c, h)
    income = [("一、一般公共预算拨款收入", 1200, 1000), ("二、政府性基金预算拨款收入", 300, 400), ("三、事业收入", 50, 40)]
    spending = [("一、一般公共服务支出", None, None), ("二、社会保障和就业支出", 150, 140), ("三、卫生健康支出", 60, 50),
                ("四、农林水支出", 1290, 1200), ("五、住房保障支出", 50, 50)]
    for i in range(len(spending)):
        if i < len(income):
            for c, v in enumerate(income[i], 1):
                ws.cell(5 + i, c, v)
        for c, v in enumerate(spending[i], 4):
            ws.cell(5 + i, c, v)
    for c, v in enumerate(["本年收入合计", 1550, 1440, "本年支出合计", 1550, 1440], 1):
        ws.cell(10, c, v)
    wb.save(path)


def _basic(path: Path) -> None:
    """石桥区统计局, 元: 301 = 1,200,000 + 800,000 = 2,000,000 (2024: 1,150,000 + 780,000 = 1,930,000); 302 =
    100,000 + 20,000 + 50,000 = 170,000 (2024: 90,000 + 18,000 + 52,000 = 160,000); 合计 2,170,000 (2,090,000)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "石桥区统计局2025年一般公共预算基本支出预算表"
    ws.merge_cells("A1:F1")
    ws["A2"], ws["F2"] = "表三", "金额单位：元"
    ws["A3"], ws["C3"], ws["F3"], ws["C4"], ws["D4"] = "经济分类科目", "2025年预算数", "2024年预算数", "合计", "其中"
    ws["A5"], ws["B5"], ws["D5"], ws["E5"] = "科目编码", "科目名称", "人员经费", "公用经费"
    for rng in ("A3:B4", "C3:E3", "F3:F5", "C4:C5", "D4:E4"):
        ws.merge_cells(rng)
    rows = [("合计", "", 2170000, 2000000, 170000, 2090000),
            ("301", "工资福利支出", 2000000, 2000000, None, 1930000),
            ("30101", "基本工资", "1,200,000", "1,200,000", None, "1,150,000"),
            ("30102", "津贴补贴", 800000, 800000, None, 780000),
            ("302", "商品和服务支出", 170000, None, 170000, 160000),
            ("30201", "办公费", 100000, None, 100000, 90000),
            ("30205", "水费", "20,000", None, "20,000", "18,000"),
            ("30206", "电费", 50000, None, 50000, 52000)]
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            if v not in (None, ""):
                ws.cell(r, c, v)
    ws.merge_cells("A6:B6")
    ws["A14"] = "说明：1.人员经费为工资福利支出。2.30102津贴补贴含地区附加津贴。3.本表不含项目支出。"
    ws.merge_cells("A14:F14")
    wb.save(path)


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("summary_tables")
    _summary(d / "shouzhi.xlsx")
    _basic(d / "jiben.xlsx")
    return d


@pytest.fixture(scope="module")
def engine(tables: Path, tmp_path_factory) -> Engine:

    return engine_over(tmp_path_factory.mktemp("summary_db") / "kb.sqlite", [tables])




def test_a_table_number_above_the_grid_leaves_the_three_row_header_a_header(tables):
    import openpyxl

    reading = worksheet_facts(openpyxl.load_workbook(tables / "jiben.xlsx").active)
    assert reading.unit == "元"
    wage = [f for f in reading.facts if f.row and f.row[-1] == "30101基本工资"]
    assert {(f.col[-1], f.number) for f in wage} == {("合计", 1200000), ("人员经费", 1200000), ("2024年预算数", 1150000)}
    assert not any(f.value in ("科目名称", "公用经费") for f in reading.facts)  # the header's third row is no data


def test_spaced_headers_are_words_and_a_qualified_heading_names_no_row(tables):
    import openpyxl

    facts = worksheet_facts(openpyxl.load_workbook(tables / "shouzhi.xlsx").active).facts
    farming = [f for f in facts if "四、农林水支出" in f.row]
    assert farming and all("支出" in f.col and "项目（按功能分类）" not in f.row for f in farming)
    assert any("收入" in f.col for f in facts if "三、事业收入" in f.row)


def test_the_header_row_is_not_answered_as_a_figure(engine):
    answer = _ask(engine, "石桥区统计局基本工资多少")
    assert answer.status == "answered" and "1200000" in answer.text and "公用经费" not in answer.text.split("（来源")[0]


def test_rows_said_back_to_back_then_heji_are_added(engine):
    answer = _ask(engine, "石桥区统计局水费电费合计多少")
    assert answer.status == "answered" and "70000" in answer.text


def test_two_rows_sharing_their_last_word_are_added(engine):
    answer = _ask(engine, "柏川县水利局社保就业和卫健支出加起来")
    assert answer.status == "answered" and "210" in answer.text and "1290" not in answer.text


def test_the_tables_own_subject_is_its_total_row(engine):
    answer = _ask(engine, "石桥区统计局基本支出合计多少")
    assert answer.status == "answered" and "2170000" in answer.text and "1200000" not in answer.text


def test_the_tables_own_subject_against_last_year(engine):
    answer = _ask(engine, "石桥区统计局基本支出比上年增长多少")
    assert answer.status == "answered" and "80000" in answer.text and "3.83%" in answer.text


def test_a_growth_rate_of_one_line_runs_from_last_year(engine):
    answer = _ask(engine, "柏川县水利局一般公共预算拨款收入多少", "上年呢", "增长率多少")
    assert answer.status == "answered" and "20.00%" in answer.text and "-16.67%" not in answer.text


def test_last_years_column_of_a_coded_row(engine):
    answer = _ask(engine, "石桥区统计局津贴补贴", "上年呢")
    assert answer.status == "answered" and "780000" in answer.text


@pytest.mark.parametrize(("first", "share", "expected"), [
    ("柏川县水利局农林水支出", "占支出合计比例", "83.23%"),  # 1290 ÷ 1550
    ("石桥区统计局人员经费", "占基本支出比重", "92.17%"),  # 2000000 ÷ 2170000
])
def test_a_share_of_the_whole_named_in_a_followup(engine, first, share, expected):
    answer = _ask(engine, first, share)
    assert answer.status == "answered" and expected in answer.text and "100.00%" not in answer.text


def test_both_years_of_a_line(engine):
    answer = _ask(engine, "柏川县水利局卫健支出两年分别多少")
    assert answer.status == "answered" and "60" in answer.text and "50" in answer.text


def test_whether_a_line_changed_over_the_two_years(engine):
    answer = _ask(engine, "石桥区统计局电费两年有变化吗")
    assert answer.status == "answered" and "2000" in answer.text and "-3.85%" in answer.text  # 50000 − 52000


def test_a_labels_long_head_names_it_against_last_year(engine):
    answer = _ask(engine, "柏川县水利局政府性基金比上年减了多少")
    assert answer.status == "answered" and "100" in answer.text and "-25.00%" in answer.text  # 300 − 400


def test_what_a_row_is_comes_from_the_note_item_naming_it(engine):
    answer = _ask(engine, "石桥区统计局津贴补贴是什么钱")
    assert answer.status == "answered" and "800000" in answer.text and "地区附加津贴" in answer.text
    assert "本表不含项目支出" not in answer.text  # the item naming the row, not the whole note


def test_a_figure_the_note_says_the_table_leaves_out_is_not_answered(engine):
    answer = _ask(engine, "石桥区统计局项目支出多少")
    assert answer.status == "unknown" and "2170000" not in answer.text
