"""The grid reader: any table-shaped grid -> labelled facts, checked against hand-read cells.

Expectations are read off the workbooks by hand (tests/data/samples, tests/data/general); each names the
cell, its row labels (outermost first), column labels, unit and number.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest.formats import read_documents
from bot.ingest.grid import grid_facts, parse_number
from bot.model import Fact

DATA = Path(__file__).parent / "data"
SAMPLES = DATA / "samples"
GENERAL = DATA / "general"


def _doc(path: Path):
    return read_documents(path)[0][0]


def _cell(facts: list[Fact], cell: str) -> Fact:
    found = [f for f in facts if f.cell == cell]
    assert len(found) == 1, f"{cell}: {found}"
    return found[0]


# --- numbers ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("1,200", (1200.0, "")), ("87.71%", (87.71, "%")), ("300万元", (300.0, "万元")), ("≥95%", (95.0, "%")),
    ("(12.5)", (-12.5, "")), ("-0.45%", (-0.45, "%")), ("25000人", (25000.0, "人")),
])
def test_numbers_are_read_with_their_unit(text, want):
    assert parse_number(text) == want


@pytest.mark.parametrize("text", ["合规", "1600人、200人", "2024-2025年", "不低于60户/人.月", ""])
def test_text_is_not_a_number(text):
    assert parse_number(text) is None


# --- plain rows (the PDF helper's entry point) -------------------------------------------------------------


def test_plain_rows_with_merged_group_cells():
    rows = [
        ["某区财政局2024年人员情况表", "", "", ""],
        ["", "", "", "单位：人"],
        ["类别", "人员类型", "编制数", "实有人数"],
        ["在职", "行政", "20", "18"],
        ["", "事业", "30", "27"],
        ["离退休", "退休", "", "40"],
        ["合计", "", "50", "85"],
    ]
    merged = [(0, 0, 0, 3), (3, 0, 4, 0), (6, 0, 6, 1)]
    reading = grid_facts(rows, merged, page=3, first_row=1)
    assert reading.title == "某区财政局2024年人员情况表" and reading.year == 2024 and reading.unit == "人"
    by = {(f.row, f.col): f for f in reading.facts}
    f = by[(("在职", "事业"), ("实有人数",))]
    assert (f.value, f.number, f.unit, f.page, f.line, f.cell) == ("27", 27.0, "人", 3, 5, "")
    assert f.row_heads == ("类别", "人员类型")
    assert by[(("在职", "行政"), ("编制数",))].number == 20  # the merged group labels its first sub-row too
    assert by[(("合计",), ("实有人数",))].number == 85
    assert (("离退休", "退休"), ("编制数",)) not in by  # an empty cell is no fact


def test_rows_may_differ_in_length_and_a_heading_row_is_a_section():
    rows = [["项目", "预算", "实际"], ["一、基本支出"], ["工资", "10", "9"], ["二、项目支出"], ["培训", "5", "6"]]
    facts = grid_facts(rows, []).facts
    assert {(f.section, f.row, f.col, f.value) for f in facts} == {
        ("一、基本支出", ("工资",), ("预算",), "10"), ("一、基本支出", ("工资",), ("实际",), "9"),
        ("二、项目支出", ("培训",), ("预算",), "5"), ("二、项目支出", ("培训",), ("实际",), "6")}


# --- the general tables ------------------------------------------------------------------------------------


def test_staffing_table_two_row_header_under_merged_groups():
    doc = _doc(GENERAL / "shaoguan_education_2024_staffing.xlsx")
    assert (doc.department, doc.year, doc.form, doc.layout) == ("韶关市教育局", 2024, "人员编制情况表", "general-table")
    assert any("一般表格" in i.message for i in doc.warnings)
    f = _cell(doc.facts, "E7")
    assert (f.row, f.col, f.number, f.unit) == (("韶关市第一中学",), ("实有人数", "在编人员"), 271.0, "人")
    assert _cell(doc.facts, "D10").row == ("合计",) and _cell(doc.facts, "D10").number == 580
    assert not [f for f in doc.facts if f.cell.startswith("A")]  # 序号 is neither a label nor a value


def test_monthly_analysis_sections_and_percent_cells():
    doc = _doc(GENERAL / "zhuhai_xiangzhou_health_2024_03_analysis.xlsx")
    assert doc.department == "珠海市香洲区卫生健康局" and doc.unit == "万元"
    f = _cell(doc.facts, "E7")
    assert (f.section, f.row, f.col, f.value, f.number, f.unit) == (
        "一、基本支出", ("商品和服务支出",), ("本月", "差异率"), "-19.67%", -19.67, "%")
    g = _cell(doc.facts, "F11")
    assert (g.section, g.col, g.number, g.unit) == ("二、项目支出", ("1-3月累计", "实际"), 380.0, "万元")
    assert _cell(doc.facts, "B13").section == ""  # the grand total closes the last section


def test_two_year_comparison_years_from_column_labels():
    doc = _doc(GENERAL / "zhaoqing_duanzhou_finance_2023_2024_comparison.xlsx")
    assert doc.year == 2024  # the title has none: the latest column year
    f = _cell([x for x in doc.facts if x.sheet == "收支对比"], "C5")
    assert (f.row, f.col, f.year, f.number) == (("收入", "政府性基金预算拨款"), ("2023年",), 2023, 820.0)
    second = [x for x in doc.facts if x.sheet == "三公经费"]
    assert _cell(second, "C5").row == ("公务接待费",) and _cell(second, "C5").year == 2024


def test_merged_row_groups_label_every_sub_row():
    doc = _doc(GENERAL / "jiangmen_social_security_2024.xlsx")
    rows = {f.row for f in doc.facts if f.col == ("参保人数（人）",)}
    assert rows == {("城区", "蓬江区"), ("城区", "江海区"), ("城区", "新会区"), ("郊县", "台山市"), ("郊县", "开平市"),
                    ("郊县", "鹤山市"), ("郊县", "恩平市"), ("合计",)}
    assert _cell(doc.facts, "F4").value == "96.31%"


def test_attribute_columns_after_names_are_values_not_labels():
    doc = _doc(GENERAL / "general_d_wuhou_zjj_2024_projects.xlsx")
    f = _cell(doc.facts, "C4")
    assert (f.row, f.col, f.value) == (("老旧小区改造补助",), ("资金来源",), "中央补助资金")
    assert doc.unit == "元" and _cell(doc.facts, "D4").unit == "元"


# --- the known layouts also yield every labelled value -----------------------------------------------------


def test_zhanjiang_department_facts():
    doc = _doc(SAMPLES / "zhanjiang_rsj_2024_department_targets.xlsx")
    assert (doc.form, doc.year) == ("部门整体预算绩效目标表", 2024)
    staff = _cell(doc.facts, "C3")
    assert (staff.section, staff.row, staff.number, staff.unit) == ("基本信息", ("财政供养人员数",), 737.0, "人")
    assert _cell(doc.facts, "E3").row == ("下属二级单位数",)
    fiscal = _cell(doc.facts, "E5")
    assert (fiscal.row, fiscal.col, fiscal.unit) == (("收入来源", "财政拨款"), ("预算金额（万元）",), "万元")
    assert _cell(doc.facts, "C6").row == ("项目支出",) and _cell(doc.facts, "C6").number == pytest.approx(61915.7693)
    task = _cell(doc.facts, "D13")
    assert task.section == "年度重点工作任务" and task.row == ("“三支一扶”高校毕业生社会保险缺口资金及生活补贴",)
    ind = _cell(doc.facts, "E18")
    assert (ind.row, ind.row_heads, ind.number) == (("产出指标", "数量指标", "城镇新增就业人数（人）"),
                                                     ("一级指标", "二级指标", "三级指标"), 50000.0)
    # The department total is the document's, not a project amount listed among projects.
    dept = [p for p in doc.projects if p.kind == "department"][0]
    assert dept.amounts.as_dict() == {} and doc.total.total == pytest.approx(72807.384975)


def test_chongqing_self_evaluation_facts():
    doc = _doc(SAMPLES / "chongqing_yuzhong_2021_project_self_evaluation.xlsx")
    assert (doc.form, doc.year) == ("项目支出绩效自评表", 2021)
    assert _cell(doc.facts, "I2").value == "向俐" and _cell(doc.facts, "I2").row == ("项目联系人",)
    weight = _cell(doc.facts, "F21")
    assert (weight.row, weight.col, weight.number, weight.unit) == (("管理类指标", "预算执行率"), ("指标权重",), 8.0, "")
    done = _cell(doc.facts, "G21")
    assert (done.value, done.number, done.unit) == ("88%", 88.0, "%")
    spent = _cell(doc.facts, "F5")
    assert (spent.number, spent.unit) == (6643.0, "万元")


def test_wuhan_application_facts():
    doc = _doc(SAMPLES / "wuhan_donghu_rsj_2020_project_application.xlsx")
    assert (doc.form, doc.year) == ("项目申报表", 2020)
    line = _cell(doc.facts, "F27")
    assert (line.section, line.row, line.number, line.unit) == (
        "项目支出预算及测算依据", ("项目支出明细预算", "1.就业和社会保险的管理支出"), 874.18, "万元")
    assert _cell(doc.facts, "C4").value == "吴卫东"
    assert _cell(doc.facts, "F45").value == "95%"


def test_any_grid_reads_without_error():
    """Random grids (texts, numbers, blanks, merged ranges anywhere) never raise, and every fact names a
    cell of the grid that holds its value."""
    import random

    rng = random.Random(12)
    words = ["合计", "项目", "2023年", "预算数", "单位：万元", "其中：办公费", "1,200", "87.5%", "", "", "≥90%", "说明"]
    for _ in range(300):
        h, w = rng.randint(0, 9), rng.randint(0, 7)
        rows = [[rng.choice(words + [str(rng.randint(0, 999))]) for _ in range(rng.randint(0, w))] for _ in range(h)]
        merged = []
        for _ in range(rng.randint(0, 4)):
            r1, c1 = rng.randint(0, max(h - 1, 0)), rng.randint(0, max(w - 1, 0))
            merged.append((r1, c1, r1 + rng.randint(0, 3), c1 + rng.randint(0, 3)))
        reading = grid_facts(rows, merged, sheet="S", shape=rng.choice(["auto", "table", "form"]))
        for f in reading.facts:
            r = f.line - 1
            c = sum((ord(ch) - 64) * 26 ** i for i, ch in enumerate(reversed(f.cell.rstrip("0123456789")))) - 1
            cell = rows[r][c].replace("\n", "") if c < len(rows[r]) else ""  # rows may lack trailing cells
            # A cell's value as printed; a note's part ("说明：…" -> its text, digits without separators) is
            # text inside it; a blank cell is 0 only where a note says blanks mean none.
            assert f.value == cell or (f.number is None and f.value and f.value in cell.replace(",", "")) or (cell == "" and f.value == "0")


def test_classification_codes_join_the_row_name():
    rows = [["科目编码", "科目名称", "合计", "基本支出"], ["2100101", "行政运行", "600", "600"], ["", "合计", "600", "600"]]
    facts = grid_facts(rows, []).facts
    assert {(f.row, f.col, f.value) for f in facts} == {
        (("2100101行政运行",), ("合计",), "600"), (("2100101行政运行",), ("基本支出",), "600"),
        (("合计",), ("合计",), "600"), (("合计",), ("基本支出",), "600")}


@pytest.mark.parametrize("stored, fmt, shown", [
    (0.993, "0.00%", "99.30%"), (1, "0%", "100%"), (0.8771, "0%", "87.71%"), (0.87714, "0.00%", "87.71%"), (0.339286, "0.00%", "33.93%"), (0.877149, "0%", "87.71%"),
    (0.5, "0.0%", "50.0%"),
])
def test_a_percent_cell_reads_as_its_format_prints_it(tmp_path, stored, fmt, shown):
    # the decimals the format prints (99.30 %, 33.93 %), two when it prints none; the number is the one shown
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "执行"
    ws.append(["某局2024年预算执行表"])
    ws.append(["项目", "预算数", "执行率"])
    ws.append(["基本支出", 100, stored])
    ws.cell(3, 3).number_format = fmt
    path = tmp_path / "执行.xlsx"
    wb.save(path)
    f = _cell(_doc(path).facts, "C3")
    assert f.value == shown and f.unit == "%" and f.number == pytest.approx(float(shown[:-1]))
