"""General tables (spreadsheets of no known layout) read into labelled facts, by feature: each test makes
its own small workbooks with openpyxl (other names, numbers and shapes than the bundled ones) and asks
the bot about them, so what is shown to work is the reading, not one file."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse as _ask

from bot.engine import Engine
from bot.ingest.grid import department_from_title, grid_facts, read_general
from bot.store.build import load_paths

VOCAB = Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml"


def _quarterly(path: Path) -> None:
    """A quarterly execution analysis: 编制单位 names a 股 of the department, 序号 nests items under 一/二,
    a blank quarter means none (the note says so)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "执行"
    ws["A1"] = "云杉县文化和旅游局2023年度预算执行分析表"
    ws.merge_cells("A1:H1")
    ws["A2"] = "编制单位：局财务审计股"
    ws["H2"] = "单位：万元"
    for c, v in enumerate(["序号", "项目", "年度预算", "实际支出", None, None, None, "全年实际"], 1):
        ws.cell(3, c, v)
    for c, v in zip(range(4, 8), ["一季度", "二季度", "三季度", "四季度"], strict=True):
        ws.cell(4, c, v)
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4"):
        ws.merge_cells(rng)
    rows = [("一", "基本支出", 300, [70, 75, 72, 80]), ("1", "人员经费", 240, [60, 60, 58, 62]),
            ("2", "公用经费", 60, [10, 15, 14, 18]), ("二", "项目支出", 410, [30, 120, 95, 140]),
            ("3", "非遗保护传承", 150, [None, 50, 40, 55]), ("4", "公共文化场馆免费开放", 260, [30, 70, 55, 85])]
    r = 5
    for no, name, budget, qs in rows:
        ws.cell(r, 1, no)
        ws.cell(r, 2, name)
        ws.cell(r, 3, budget)
        for k, q in enumerate(qs):
            if q is not None:
                ws.cell(r, 4 + k, q)
        ws.cell(r, 8, sum(q or 0 for q in qs))
        r += 1
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for c, v in zip(range(3, 9), [710, 100, 195, 167, 220, 682], strict=True):
        ws.cell(r, c, v)
    ws.cell(r + 1, 1, "注：1.空白表示当季无支出；2.数据截至2023年12月31日，未经审计。")
    wb.save(path)


def _staffing(path: Path) -> None:
    """Staffing with merged row groups, 小计 rows, a 统计时点 line, numbers stored as text, 备注."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "人员"
    ws["A1"] = "松岭区教育局2024年人员编制统计表"
    ws.merge_cells("A1:H1")
    ws["A2"] = "统计时点：2024年9月1日"
    ws["H2"] = "单位：人"
    ws["A3"], ws["B3"], ws["C3"], ws["E3"], ws["G3"] = "类别", "单位名称", "编制数", "离退休人员", "备注"
    ws["C4"], ws["D4"], ws["E4"], ws["F4"] = "核定", "实有", "离休", "退休"
    for rng in ("A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:G4"):
        ws.merge_cells(rng)
    groups = [("机关", [("松岭区教育局（机关本级）", 30, 28, 1, 20, ""), ("松岭区教育督导室", 6, 6, 0, 4, "")]),
              ("直属单位", [("松岭区教师发展中心", 20, 17, 0, 9, "公益一类"),
                          ("松岭区招生考试中心", 8, 8, 0, 3, "公益二类")])]
    r = 5
    for group, units in groups:
        start = r
        for name, quota, actual, lixiu, tuixiu, note in units:
            ws.cell(r, 2, name)
            ws.cell(r, 3, str(quota))  # as exported by an HR system: numbers as text
            ws.cell(r, 4, actual)
            if lixiu:
                ws.cell(r, 5, lixiu)
            ws.cell(r, 6, f"{tuixiu:,}")
            if note:
                ws.cell(r, 7, note)
            r += 1
        ws.cell(r, 2, "小计")
        ws.cell(r, 3, sum(u[1] for u in units))
        ws.cell(r, 4, sum(u[2] for u in units))
        ws.cell(r, 5, sum(u[3] for u in units) or None)
        ws.cell(r, 6, sum(u[4] for u in units))
        ws.cell(start, 1, group)
        ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)
        r += 1
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for c, v in zip(range(3, 7), [64, 59, 1, 36], strict=True):
        ws.cell(r, c, v)
    ws.cell(r + 1, 1, "注：空白表示无。")
    wb.save(path)


def _workbook(path: Path) -> None:
    """Two sheets: the department's budget summary (with 上年结转) and an allocation sheet whose title names
    no department, with rows named like places and amounts in 元."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "总表"
    ws["A1"] = "柏溪区卫生健康委员会2025年部门收支预算总表"
    ws["B2"] = "单位：元"
    ws["A3"], ws["B3"] = "项目", "预算数"
    for r, (name, v) in enumerate([("一、一般公共预算拨款收入", 9120000), ("二、事业收入", 260000),
                                   ("本年收入合计", 9380000), ("上年结转", 150000), ("收入总计", 9530000)], 4):
        ws.cell(r, 1, name)
        ws.cell(r, 2, v)
    ws2 = wb.create_sheet("疫苗补助")
    ws2["A1"] = "2025年基层预防接种补助资金分配表"
    ws2["A2"] = "主管部门：柏溪区卫生健康委员会"
    ws2["E2"] = "单位：元"
    for c, v in enumerate(["序号", "街道", "65岁以上接种人次", "接种补助", "合计"], 1):
        ws2.cell(3, c, v)
    for r, (name, n, amount) in enumerate([("青桥街道", "12,400", 186000), ("白沙街道", "9,800", 147000),
                                           ("临江街道", "15,100", 226500)], 4):
        ws2.cell(r, 1, r - 3)
        ws2.cell(r, 2, name)
        ws2.cell(r, 3, n)
        ws2.cell(r, 4, amount)
        ws2.cell(r, 5, amount + 10000)
    ws2.cell(7, 1, "合计")
    ws2.merge_cells("A7:B7")
    ws2.cell(7, 3, "37,300")
    ws2.cell(7, 4, 559500)
    ws2.cell(7, 5, 589500)
    wb.save(path)


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("general-tables")
    _quarterly(folder / "quarterly.xlsx")
    _staffing(folder / "staffing.xlsx")
    _workbook(folder / "workbook.xlsx")
    return folder


@pytest.fixture(scope="module")
def engine(tables: Path, tmp_path_factory) -> Engine:
    db = tmp_path_factory.mktemp("general-kb") / "kb.sqlite"
    load_paths(db, [tables])
    return Engine(db, VOCAB)




def _read(path: Path):
    return read_general(str(path), openpyxl.load_workbook(path))


# --- the department and the title block -----------------------------------------------------------------


def test_the_titles_organisation_is_the_department_not_the_preparer(tables):
    doc = _read(tables / "quarterly.xlsx")
    assert doc.department == "云杉县文化和旅游局" and doc.year == 2023


def test_a_title_may_name_the_year_before_the_department():
    rows = [["2024年青岚县农业农村局项目资金拨付表"], ["项目", "拨付数"], ["甲", "5"], ["乙", "7"]]
    reading = grid_facts(rows, [(0, 0, 0, 1)], sheet="S")
    assert department_from_title(reading.title) == "青岚县农业农村局"
    assert department_from_title("2024年部门收支预算总表") == ""  # 部门 is no organisation


def test_a_sheet_naming_no_department_takes_the_workbooks(tables):
    doc = _read(tables / "workbook.xlsx")
    assert doc.department == "柏溪区卫生健康委员会"
    titled = {f.section for f in doc.facts if f.sheet == "疫苗补助"}
    assert titled == {"基层预防接种补助资金分配表"}


def test_title_block_lines_and_notes_are_text_facts(engine, tables):
    doc = _read(tables / "staffing.xlsx")
    assert any(f.row == ("统计时点",) and f.value == "2024年9月1日" for f in doc.facts)
    answer = _ask(engine, "松岭区教育局统计时点是哪天")
    assert answer.status == "answered" and "2024年9月1日" in answer.text
    notes = [f for f in _read(tables / "quarterly.xlsx").facts if f.row and f.row[0] == "注"]
    assert any("数据截至2023年12月31日，未经审计" == f.value for f in notes)


def test_why_and_since_when_are_answered_by_the_note_or_remark(engine):
    until = _ask(engine, "云杉县文化和旅游局这个表数据截至什么时候 审计过没")
    assert until.status == "answered" and "2023年12月31日" in until.text and "未经审计" in until.text
    remark = _ask(engine, "松岭区教育局招生考试中心备注写的什么")
    assert remark.status == "answered" and "公益二类" in remark.text and "公益一类" not in remark.text


def test_a_number_said_that_no_label_has_is_not_that_label(engine):
    answer = _ask(engine, "柏溪区卫生健康委员会青桥街道80岁以上接种人次")
    assert answer.status != "answered" and "12400" not in answer.text
    said = _ask(engine, "柏溪区卫生健康委员会青桥街道65岁以上接种人次")
    assert said.status == "answered" and "12400" in said.text


# --- periods -------------------------------------------------------------------------------------------


def test_a_quarter_column_is_a_label(engine):
    answer = _ask(engine, "云杉县文化和旅游局公共文化场馆免费开放三季度支出多少")
    assert answer.status == "answered" and "55" in answer.text.splitlines()[0]


def test_half_a_year_adds_up_the_quarters_with_the_arithmetic(engine):
    answer = _ask(engine, "云杉县文化和旅游局上半年实际支出合计")
    first = answer.text.splitlines()[0]
    assert answer.status == "answered" and "一季度 100 + " in first and "二季度 195 = 295" in first


def test_several_quarters_each(engine):
    answer = _ask(engine, "云杉县文化和旅游局公用经费二季度和四季度分别多少")
    assert answer.status == "answered" and "15" in answer.text and "18" in answer.text and "14" not in answer.text


def test_which_quarter_compares_the_total_row(engine):
    answer = _ask(engine, "云杉县文化和旅游局哪个季度支出最多")
    assert answer.status == "answered" and "四季度" in answer.text and "220" in answer.text


def test_a_blank_cell_is_none_where_the_note_says_so(engine):
    answer = _ask(engine, "云杉县文化和旅游局非遗保护传承一季度花了多少")
    assert answer.status == "answered" and "：0万元" in answer.text


def test_numbered_items_sit_under_their_heading(tables):
    doc = _read(tables / "quarterly.xlsx")
    rows = {f.row for f in doc.facts if f.col == ("年度预算",)}
    assert ("项目支出", "非遗保护传承") in rows and ("基本支出", "人员经费") in rows and ("合计",) in rows


# --- row groups ----------------------------------------------------------------------------------------


def test_a_group_lists_its_units_not_its_subtotal(engine):
    answer = _ask(engine, "松岭区教育局直属单位有哪些单位")
    assert answer.status == "answered"
    assert "松岭区教师发展中心" in answer.text and "松岭区招生考试中心" in answer.text and "小计" not in answer.text


def test_a_sub_column_said_by_name(engine):
    answer = _ask(engine, "松岭区教育局哪个单位退休人员最多")
    assert answer.status == "answered" and "机关本级" in answer.text and "20" in answer.text
    total = _ask(engine, "松岭区教育局退休人员一共多少")
    assert total.status == "answered" and "36" in total.text and "37" not in total.text


def test_a_unit_named_after_the_department_keeps_its_bracket(tables):
    doc = _read(tables / "staffing.xlsx")
    assert any(f.row[-1] == "松岭区教育局机关本级" for f in doc.facts if f.row)


def test_numbers_stored_as_text_are_numbers(tables):
    doc = _read(tables / "staffing.xlsx")
    quota = next(f for f in doc.facts if f.row[-1:] == ("松岭区教师发展中心",) and f.col == ("编制数", "核定"))
    retired = next(f for f in doc.facts if f.row[-1:] == ("合计",) and f.col == ("离退休人员", "退休"))
    assert (quota.number, quota.unit, retired.number) == (20, "人", 36)


# --- workbooks of several sheets -------------------------------------------------------------------------


def test_a_sheets_title_said_in_words_names_its_rows(engine):
    answer = _ask(engine, "柏溪区卫生健康委员会预防接种补助资金合计多少")
    assert answer.status == "answered" and "589500" in answer.text.splitlines()[0]


def test_which_row_gets_most_compares_the_total_column(engine):
    answer = _ask(engine, "柏溪区卫生健康委员会预防接种补助资金哪个街道分到的最多")
    assert answer.status == "answered" and "临江街道" in answer.text and "236500" in answer.text


def test_a_year_word_inside_a_label_is_the_label(engine):
    answer = _ask(engine, "柏溪区卫生健康委员会上年结转多少")
    assert answer.status == "answered" and "150000" in answer.text


def test_amounts_in_yuan_stay_in_yuan(engine):
    answer = _ask(engine, "柏溪区卫生健康委员会本年收入合计")
    assert answer.status == "answered" and "9380000元" in answer.text


# --- the grid itself --------------------------------------------------------------------------------------


def test_words_in_a_code_column_name_the_row():
    rows = [["科目编码", "科目名称", "合计"], ["2100101", "行政运行", "600"], ["合计", "", "600"]]
    facts = grid_facts(rows, [], sheet="S").facts
    assert [(f.row, f.number) for f in facts] == [(("2100101行政运行",), 600), (("合计",), 600)]


def test_a_footer_line_gives_each_filled_field():
    rows = [["项目", "金额"], ["甲", "5"], ["填报人：张三　　审核人：　　填报日期：2024年3月1日", ""]]
    facts = grid_facts(rows, [], sheet="S").facts
    assert {(f.row, f.value) for f in facts if f.number is None} == {
        (("填报人",), "张三"), (("填报日期",), "2024年3月1日")}
