"""Follow-ups over general tables (a row swapped keeps the column, a column group swapped keeps the sub-column,
a part of a row label, a unit's short name, a row named by its code, the first places of a list just shown),
each asserted on tables generated here with names and figures of their own; every figure is worked out by hand.
"""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import Engine


def _allocation(ws) -> None:
    """柏溪县, 元: 序号 | 镇（街道） | 救助人数 (城市 | 农村 | 残疾) | 补助资金 (城市补助 | 农村补助 | 残疾补助 | 合计),
    a document number above the header, the 合计 row first."""
    ws.title = "分配"
    ws["A1"] = "柏溪县2024年困难群众生活补助资金分配表"
    ws.merge_cells("A1:I1")
    ws["A2"] = "柏民发〔2024〕7号附件2"
    ws.merge_cells("A2:D2")
    ws["I2"] = "单位：人、元"
    for rng, text in (("A3:A4", "序号"), ("B3:B4", "镇（街道）"), ("C3:E3", "救助人数"), ("F3:I3", "补助资金")):
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = text
    for col, text in zip("CDEFGHI", ["城市", "农村", "残疾", "城市补助", "农村补助", "残疾补助", "合计"], strict=True):
        ws[f"{col}4"] = text
    towns = [("青河镇", 30, 50, 10), ("白沙街道", 45, None, 6), ("松岭乡", None, 80, 12), ("芦花镇", 12, 40, 4)]
    rows = []
    for name, a, b, c in towns:
        fa, fb, fc = (a or 0) * 5000, (b or 0) * 3000, (c or 0) * 8000
        rows.append([name, a, b, c, fa or None, fb or None, fc, fa + fb + fc])
    total = ["合计"] + [sum(r[k] or 0 for r in rows) for k in range(1, 8)]
    for i, row in enumerate([total, *rows]):
        ws.cell(5 + i, 1, i or None)
        for k, v in enumerate(row):
            ws.cell(5 + i, 2 + k, v)
    ws["A10"] = "注：城市救助按每人每年5000元、农村救助按每人每年3000元、残疾救助按每人每年8000元测算。"
    ws.merge_cells("A10:I10")


def _against_last_year(ws) -> None:
    """The same county's allocation against the year before (a second sheet of the workbook)."""
    ws.title = "与上年比较"
    ws["A1"] = "柏溪县困难群众生活补助资金分配与上年比较表"
    ws["E2"] = "单位：元"
    for c, text in enumerate(["镇（街道）", "2023年分配数", "2024年分配数", "增减额", "增减率"], 1):
        ws.cell(3, c, text)
    rows = [("青河镇", 380000, 380000), ("白沙街道", 260000, 273000), ("松岭乡", 320000, 336000),
            ("芦花镇", 200000, 212000)]
    rows.append(("合计", sum(r[1] for r in rows), sum(r[2] for r in rows)))
    for r, (name, a, b) in enumerate(rows, 4):
        for c, v in enumerate([name, a, b, b - a, round((b - a) / a, 6)], 1):
            ws.cell(r, c, v)
        ws.cell(r, 5).number_format = "0.00%"


def _staffing(ws) -> None:
    """江屿区市场监督管理局, 人: units numbered "01 …", one a 12345 hotline centre, under 核定编制 / 实有人数."""
    ws.title = "编制"
    ws["A1"] = "江屿区市场监督管理局人员编制统计表"
    ws["F2"] = "单位：人"
    for c, text in enumerate(["类别", "单位名称", "核定编制", "实有人数", "空编数", "编外人员"], 1):
        ws.cell(3, c, text)
    rows = [("机关", "01 局机关", 30, 28, 2, 5), (None, "02 综合执法大队", 40, 37, 3, 11),
            ("事业单位", "03 计量检定测试中心", 24, 20, 4, 7), (None, "04 消费者权益保护服务中心", 10, 9, 1, 2),
            (None, "05 江屿区12345便民服务中心", 6, 6, None, 9), ("合计", None, 110, 100, 10, 34)]
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)


def _coded(ws) -> None:
    """港口区民政局, 万元: a 编码 column of lettered codes beside the streets."""
    ws.title = "分配"
    ws["A1"] = "港口区2025年养老服务补助资金分配表"
    ws["A2"] = "主管部门：港口区民政局"
    ws["D2"] = "单位：万元"
    for c, text in enumerate(["编码", "街道", "补助金额", "服务站数"], 1):
        ws.cell(3, c, text)
    # (江屿街道 shares its place word with 江屿区市场监督管理局, a department of its own)
    rows = [("GK01", "东湾街道", 64.5, 5), ("GK02", "西岭街道", 38.2, 3), ("GK03", "南门街道", 51.0, 4),
            ("GK04", "江屿街道", 20.3, 2), ("合计", None, 174.0, 14)]
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)


def _execution(ws) -> None:
    """云岭县水利局, 元: basic spending by kind (人员经费, 日常公用经费) and projects, budget and spent."""
    ws.title = "执行"
    ws["A1"] = "云岭县水利局2025年上半年预算执行情况表"
    ws["D2"] = "单位：元"
    for c, text in enumerate(["序号", "项目", "全年预算数", "上半年执行数"], 1):
        ws.cell(3, c, text)
    rows = [("一", "基本支出小计", 5300000, 2480000), ("1", "人员经费", 4400000, 2150000),
            ("2", "日常公用经费", 900000, 330000), ("二", "项目支出小计", 2000000, 700000),
            ("1", "河道清淤经费", 2000000, 700000), ("合计", None, 7300000, 3180000)]
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)


def _other_basic(ws) -> None:
    """云岭县林业局, 元: another department whose table prints 公用经费 as a row label in full."""
    ws.title = "基本支出"
    ws["A1"] = "云岭县林业局2025年基本支出预算表"
    ws["C2"] = "单位：元"
    for c, text in enumerate(["项目", "全年预算数", "上年预算数"], 1):
        ws.cell(3, c, text)
    for r, row in enumerate([("人员经费", 3100000, 3000000), ("公用经费", 650000, 640000),
                             ("合计", 3750000, 3640000)], 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)


def _economic(ws) -> None:
    """海川县文化旅游局, 万元: spending by economic class, its 2025 budget split into 基本支出 and 项目支出."""
    ws.title = "经济分类"
    ws["A1"] = "海川县文化旅游局2025年一般公共预算支出表（按经济分类）"
    ws["E2"] = "单位：万元"
    ws["A3"], ws["B3"], ws["C3"] = "科目编码", "科目名称", "2025年预算数"
    ws["C4"], ws["D4"], ws["E4"] = "合计", "基本支出", "项目支出"
    ws.merge_cells("C3:E3")
    for rng in ("A3:A4", "B3:B4"):
        ws.merge_cells(rng)
    for r, row in enumerate([("30201", "办公费", 10, 8, 2), ("30211", "差旅费", 6, 4, 2),
                             ("30216", "培训费", 5, 1, 4), ("合计", None, 21, 13, 8)], 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    import openpyxl

    d = tmp_path_factory.mktemp("follow14")
    for name, build in (("allocation", _allocation), ("staffing", _staffing), ("coded", _coded),
                        ("execution", _execution), ("forestry", _other_basic), ("economic", _economic)):
        wb = openpyxl.Workbook()
        build(wb.active)
        if build is _allocation:
            _against_last_year(wb.create_sheet())
        wb.save(d / f"{name}.xlsx")
    return engine_over(tmp_path_factory.mktemp("follow14_db") / "kb.sqlite", [d])


def test_a_document_number_above_the_header_leaves_the_columns_read(engine):
    # 青河镇: 30×5000 + 50×3000 + 10×8000 = 380000, in 补助资金 合计 (not its 30 people in the first column)
    a = _ask(engine, "柏溪县青河镇补助资金合计多少")
    assert a.status == "answered" and "380000" in a.text and "：30" not in a.text


def test_another_row_said_keeps_the_column_of_the_last_answer(engine):
    # 松岭乡: 80×3000 + 12×8000 = 336000 in the same column; never its 80 people
    a = _ask(engine, "柏溪县青河镇补助资金合计多少", "那松岭乡呢")
    assert a.status == "answered" and "松岭乡" in a.text and "336000" in a.text and "80" not in a.text.split("（")[0]


def test_another_column_group_keeps_the_sub_column_shown(engine):
    # 残疾 people in all: 10+6+12+4 = 32; their 补助: 32×8000 = 256000 (not the 合计 of every kind)
    first = _ask(engine, "柏溪县残疾救助人数")
    assert "32" in first.text
    a = _ask(engine, "柏溪县残疾救助人数", "资金呢")
    total = 380000 + 45 * 5000 + 6 * 8000 + 80 * 3000 + 12 * 8000 + 12 * 5000 + 40 * 3000 + 4 * 8000
    assert a.status == "answered" and "256000" in a.text and str(total) not in a.text


def test_another_column_group_said_in_part_keeps_the_sub_column(engine):
    # 人数 is 救助人数 of this table (实有人数 is the staffing table's): 青河镇 农村 50 people
    a = _ask(engine, "柏溪县青河镇农村补助多少", "人数呢")
    assert a.status == "answered" and "50" in a.text and "150000" not in a.text


def test_a_row_whose_cell_of_that_column_is_blank_says_so(engine):
    # 白沙街道 has no 农村 people: its blank is said, never its 45 城市 people or its 273000 in all
    a = _ask(engine, "柏溪县青河镇农村救助人数", "白沙街道呢")
    assert "为空" in a.text and "273000" not in a.text and "45" not in a.text.split("（来源")[0]
    b = _ask(engine, "柏溪县青河镇农村救助人数", "白沙街道呢", "松岭乡呢")
    assert b.status == "answered" and "80" in b.text


def test_each_row_listed_leaves_the_total_out(engine):
    a = _ask(engine, "柏溪县各镇补助资金")
    assert a.status == "answered"
    for town in ("青河镇", "白沙街道", "松岭乡", "芦花镇"):
        assert town in a.text
    assert "合计" not in a.text.split("（来源")[0].replace("补助资金合计", "")


def test_the_first_places_of_the_list_just_shown(engine):
    # 青河镇 380000, 松岭乡 336000, 白沙街道 273000, 芦花镇 12×5000+40×3000+4×8000 = 212000
    a = _ask(engine, "柏溪县各镇补助资金", "前两名是谁")
    assert a.status == "answered"
    body = a.text.split("（来源")[0]
    assert body.index("青河镇") < body.index("松岭乡") and "白沙街道" not in body and "芦花镇" not in body
    last = _ask(engine, "柏溪县各镇补助资金", "倒数两个呢")
    body = last.text.split("（来源")[0]
    assert "芦花镇" in body and "白沙街道" in body and "青河镇" not in body


def test_a_total_against_a_year_is_read_where_that_year_is_printed(engine):
    # 合计 2023: 1160000, 2024: 1201000 → +41000, 3.53 %
    a = _ask(engine, "柏溪县分配总额比2023年增长百分之几")
    assert a.status == "answered" and "3.53" in a.text


def test_a_standard_asked_is_the_notes_clause_not_the_rows_count(engine):
    # 标准 (per person) is stated by the note only: never the 90 people of 农村 (50 + 0 + 80 + 40 = 170 in all)
    a = _ask(engine, "柏溪县农村救助标准")
    assert a.status == "answered" and "3000" in a.text and "170" not in a.text
    b = _ask(engine, "柏溪县农村救助标准", "城市呢")
    assert b.status == "answered" and "5000" in b.text and "3000" not in b.text
    c = _ask(engine, "柏溪县农村救助标准", "城市呢", "残疾呢")
    assert c.status == "answered" and "8000" in c.text and "5000" not in c.text


def test_a_unit_said_by_its_initials(engine):
    # 消费者权益保护服务中心 said 消保中心; 计量检定测试中心 said 计检中心
    a = _ask(engine, "江屿区计量检定测试中心空编数", "消保中心呢")
    assert a.status == "answered" and "消费者权益保护服务中心" in a.text and "1" in a.text
    b = _ask(engine, "江屿区计检中心编外人员")
    assert b.status == "answered" and "7" in b.text


def test_a_unit_said_by_its_number(engine):
    a = _ask(engine, "江屿区12345中心核定编制", "它的编外人员")
    assert a.status == "answered" and "9" in a.text and "12345" in a.text


def test_a_row_asked_by_its_code(engine):
    a = _ask(engine, "GK02是哪个街道 补助多少")
    assert a.status == "answered" and "西岭街道" in a.text and "38.2" in a.text
    b = _ask(engine, "GK03这个编码对应哪个街道")
    assert b.status == "answered" and "南门街道" in b.text and "东湾" not in b.text


def test_an_unknown_code_is_not_guessed(engine):
    a = _ask(engine, "GK09是哪个街道")
    assert "东湾街道" not in a.text and "西岭街道" not in a.text and "南门街道" not in a.text


def test_a_follow_up_naming_part_of_a_row_label(engine):
    # 公用经费 is said of 日常公用经费: its 全年预算数 900000, never 人员经费's 4400000
    a = _ask(engine, "云岭县水利局人员经费全年预算数", "那公用经费呢")
    assert a.status == "answered" and "900000" in a.text and "4400000" not in a.text and "650000" not in a.text


def test_a_column_asked_as_a_part_of_the_row(engine):
    a = _ask(engine, "海川县文化旅游局培训费", "项目支出部分")
    assert a.status == "answered" and "4" in a.text.split("（来源")[0] and "：5" not in a.text
    b = _ask(engine, "海川县文化旅游局办公费", "基本支出部分呢")
    assert b.status == "answered" and "8" in b.text.split("（来源")[0]


def test_a_row_sharing_a_departments_place_word_stays_in_the_table(engine):
    # 江屿街道 is a row of 港口区's table, not 江屿区市场监督管理局: the two figures shown add to 84.8
    a = _ask(engine, "港口区东湾街道补助金额", "江屿街道呢")
    assert a.status == "answered" and "20.3" in a.text
    b = _ask(engine, "港口区东湾街道补助金额", "江屿街道呢", "两个加起来多少")
    assert b.status == "answered" and "84.8" in b.text


def test_a_part_the_rows_table_does_not_split_is_said_so(engine):
    # 林业局's 基本支出 table has no 项目支出 anywhere (海川's table does): never its 650000 or its total
    a = _ask(engine, "云岭县林业局公用经费", "其中项目支出多少")
    assert a.status == "unknown" and "650000" not in a.text and "3750000" not in a.text
