"""Tables of their own for the classes of blind set 13's general-table failures: an allocation table whose
first column is a code beside a column of names (XZ01 | 桃源乡), a quarterly execution table in 元 with a
two-line header (一季度 … 1-3季度累计执行, 上年同期 › 累计执行 | 同比) and subtotal rows numbered 一 / 二 over
their items, a staffing table whose column groups print their own 合计 under a note row that spells the
columns out, and a fund table by 类/款/项 code with its 支出合计 row and a percent format showing fewer
decimals than the cell holds."""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import Engine

_TOWNS = [("XZ01", "桃源乡", 120.5, 80, 7, ""), ("XZ02", "石门镇", 96.0, 60, 5, "含山区学校"),
          ("XZ03", "枫溪乡", 143.5, 100, 9, ""), ("XZ04", "云台镇", 60.0, 40, 3, "")]

# (序号, 名称, 预算, 一季度, 二季度, 三季度, 上年同期累计执行)
_EXEC = [("一", "基本支出小计", 3000000, 700000, 720000, 730000, 2000000),
         ("1", "人员经费", 2400000, 600000, 600000, 610000, 1700000),
         ("2", "公用经费", 600000, 100000, 120000, 120000, 300000),
         ("二", "项目支出小计", 1000000, 100000, 250000, 300000, 500000),
         ("1", "XM01 河道保洁经费", 600000, 100000, 150000, 200000, 300000),
         ("2", "XM02 水质监测经费", 400000, None, 100000, 100000, 200000)]

_STAFF = [("一分局", 30, 0, 27, 0), ("二分局", 20, 0, 19, 0), ("检测站", 0, 12, 0, 10)]

_FUND = [("213", "农林水支出", 900, 1000), ("21366", "大中型水库库区基金安排的支出", 900, 1000),
         ("2136601", "基础设施建设和经济发展", 600, 700), ("2136602", "解决移民遗留问题", 300, 300),
         ("229", "其他支出", 200, 180), ("22960", "彩票公益金安排的支出", 200, 180),
         ("2296002", "用于社会福利的彩票公益金支出", 200, 180)]


def _towns(ws) -> None:
    ws.title = "补助分配"
    ws["A1"], ws["F2"] = "岚山县教育局2025年乡村学校补助资金分配表", "单位：万元"
    for c, h in enumerate(["编码", "乡镇", "补助金额", "资金来源", None, "学校数（所）", "占比", "备注"], 1):
        if h:
            ws.cell(3, c, h)
    ws["D4"], ws["E4"] = "县级资金", "省级补助"
    ws.merge_cells("D3:E3")
    for col in "ABCFGH":
        ws.merge_cells(f"{col}3:{col}4")
    total = sum(t[2] for t in _TOWNS)
    for r, (code, name, amount, county, schools, note) in enumerate(_TOWNS, 5):
        for c, v in enumerate([code, name, amount, county, amount - county, schools, f"{amount / total * 100:.2f}%",
                               note or None], 1):
            if v is not None:
                ws.cell(r, c, v)
    r = 5 + len(_TOWNS)
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, total)
    ws.cell(r, 6, sum(t[4] for t in _TOWNS))


def _execution(ws) -> None:
    ws.title = "执行情况"
    ws["A1"], ws["H2"] = "岚山县水务局2025年1-3季度预算执行情况表", "单位：元"
    heads = {"A3": "序号", "B3": "项目", "C3": "2025年预算数", "D3": "分季度执行数", "G3": "1-3季度累计执行",
             "H3": "执行率", "I3": "上年同期", "D4": "一季度", "E4": "二季度", "F4": "三季度", "I4": "累计执行",
             "J4": "同比增减率", "K3": "未执行数"}
    for cell, text in heads.items():
        ws[cell] = text
    for cells in ("A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "H3:H4", "I3:J3", "K3:K4"):
        ws.merge_cells(cells)
    for r, (no, name, budget, q1, q2, q3, last) in enumerate(_EXEC, 5):
        done = (q1 or 0) + q2 + q3
        for c, v in enumerate([no, name, budget, q1, q2, q3, done, round(done / budget, 4), last,
                               round(done / last - 1, 4), budget - done], 1):
            if v is not None:
                ws.cell(r, c, v)
        ws.cell(r, 8).number_format = ws.cell(r, 10).number_format = "0.00%"


def _staffing(ws) -> None:
    ws.title = "编制情况"
    ws["A1"], ws["G2"] = "岚山县生态环境局人员编制情况统计表", "单位：人"
    ws["A3"], ws["B3"], ws["E3"] = "单位名称", "核定编制数", "实有人数"
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:D3")
    ws.merge_cells("E3:G3")
    for c, h in enumerate(["合计", "行政编制", "事业编制"] * 2, 2):
        ws.cell(4, c, h)
    total = [0] * 6
    for r, (unit, admin, inst, admin_now, inst_now) in enumerate(_STAFF, 5):
        values = [admin + inst, admin, inst, admin_now + inst_now, admin_now, inst_now]
        total = [x + y for x, y in zip(total, values, strict=True)]
        ws.cell(r, 1, unit)
        for c, v in enumerate(values, 2):
            if v:
                ws.cell(r, c, v)
    r = 5 + len(_STAFF)
    ws.cell(r, 1, "合计")
    for c, v in enumerate(total, 2):
        ws.cell(r, c, v)
    ws.cell(r + 1, 1, "说明：1.空编数=核定编制数合计-实有人数合计；2.空白表示无此类人员。")


def _fund(ws) -> None:
    ws.title = "基金支出"
    ws["A1"], ws["F2"] = "岚山县2025年政府性基金预算支出表", "单位：万元"
    for c, h in enumerate(["科目编码", "科目名称", "2024年执行数", "2025年预算数", "增减额", "增长率"], 1):
        ws.cell(3, c, h)
    rows = [*_FUND, (None, "支出合计", 1100, 1180)]
    for r, (code, name, done, plan) in enumerate(rows, 4):
        if code:
            ws.cell(r, 1, code)
        for c, v in enumerate([name, done, plan, plan - done, round(plan / done - 1, 4)], 2):
            ws.cell(r, c, v)
        ws.cell(r, 6).number_format = "0.0%"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    import openpyxl


    d = tmp_path_factory.mktemp("gen13")
    for name, build in (("towns", _towns), ("execution", _execution), ("staffing", _staffing)):
        wb = openpyxl.Workbook()
        build(wb.active)
        if build is _towns:  # a second sheet of the same workbook, its title naming no department
            _fund(wb.create_sheet())
        wb.save(d / f"{name}.xlsx")
    return engine_over(tmp_path_factory.mktemp("gen13_db") / "kb.sqlite", [d])


def test_a_code_column_beside_names_names_each_row(engine):
    # the names are the rows (枫溪乡), not an attribute of rows called XZ03
    answer = _ask(engine, "枫溪乡补助金额多少")
    assert answer.status == "answered" and "143.5" in answer.text and "XZ03 枫溪乡" in answer.text, answer.text
    share = _ask(engine, "石门镇补助占比")
    assert share.status == "answered" and "22.86%" in share.text and "5所" not in share.text, share.text


def test_a_lettered_code_said_names_its_row(engine):
    answer = _ask(engine, "XZ04补助金额")
    assert answer.status == "answered" and "60" in answer.text and "云台镇" in answer.text, answer.text
    rate = _ask(engine, "XM02同比增减率")  # 200000 over 200000 last year: 0.00 %
    assert rate.status == "answered" and "水质监测" in rate.text and "0.00%" in rate.text, rate.text


def test_how_many_of_what_a_column_counts_is_its_total(engine):
    answer = _ask(engine, "岚山县教育局一共多少所学校")
    assert answer.status == "answered" and "24" in answer.text and "4 项" not in answer.text, answer.text
    towns = _ask(engine, "岚山县教育局有几个乡镇")  # the rows, as the table prints them
    assert towns.status == "answered" and "XZ01 桃源乡" in towns.text and "xz01" not in towns.text, towns.text


def test_the_first_three_quarters_is_the_cumulative_column(engine):
    answer = _ask(engine, "河道保洁经费前三季度执行了多少")
    assert answer.status == "answered" and "450000" in answer.text and "300000" not in answer.text, answer.text
    said = _ask(engine, "公用经费1-3季度累计执行")  # that column, not 上年同期 › 累计执行
    assert said.status == "answered" and "340000" in said.text and "300000" not in said.text, said.text


def test_a_named_subtotal_with_a_period_column_is_that_row(engine):
    answer = _ask(engine, "基本支出小计1-3季度累计执行")
    assert answer.status == "answered" and "2150000" in answer.text and "+" not in answer.text, answer.text


def test_a_group_total_said_after_its_column_is_the_tables_total(engine):
    # 实有人数 › 合计 of the 合计 row; a note spelling "实有人数合计" out is no answer
    answer = _ask(engine, "岚山生态环境局实有人数合计")
    assert answer.status == "answered" and "56" in answer.text and "空编数" not in answer.text, answer.text
    row = _ask(engine, "一分局实有人数合计")  # one row and its column group's 合计: that row's, not a sum
    assert row.status == "answered" and "27" in row.text and "+" not in row.text, row.text


def test_a_columns_total_over_nesting_code_rows_is_the_printed_total(engine):
    # 类/款/项 rows nest: adding them counts 900 three times; the table prints 支出合计
    answer = _ask(engine, "岚山县教育局2024年政府性基金执行数合计")
    assert answer.status == "answered" and "1100" in answer.text and "+" not in answer.text, answer.text


def test_income_is_not_the_spending_table(engine):
    answer = _ask(engine, "岚山县教育局政府性基金收入预算多少")
    assert answer.status != "answered" or "1180" not in answer.text, answer.text


def test_a_percent_keeps_the_decimals_the_cell_holds(engine):
    # 700 over 600 is 16.67 %, shown "16.7%" by the cell's format: the office's figure is kept
    answer = _ask(engine, "基础设施建设和经济发展增长率")
    assert answer.status == "answered" and "16.67%" in answer.text, answer.text


def test_what_was_done_is_not_what_was_not_done(engine):
    # 执行了多少 says 执行数; 未执行数 negates it
    answer = _ask(engine, "岚山县水务局河道保洁经费预算", "执行了多少")
    assert answer.status != "answered" or "未执行数" not in answer.text, answer.text
    rate = _ask(engine, "岚山县水务局河道保洁经费预算", "执行了多少", "执行率多少")  # 450000 ÷ 600000, printed
    assert rate.status == "answered" and "75.00%" in rate.text and "25.00%" not in rate.text, rate.text


def test_a_column_said_as_part_of_the_titles_words_is_the_title(engine):
    # 学校补助资金 is the title's subject, not the column 学校数（所）
    answer = _ask(engine, "岚山县教育局乡村学校补助资金哪个乡镇最多")
    assert answer.status == "answered" and "枫溪乡" in answer.text and "143.5" in answer.text, answer.text
    assert "9所" not in answer.text, answer.text


def test_another_row_by_its_code_keeps_the_column_just_shown(engine):
    answer = _ask(engine, "岚山县水务局河道保洁经费同比增减率", "XM02的呢")
    assert answer.status == "answered" and "水质监测" in answer.text and "0.00%" in answer.text, answer.text
    assert "400000" not in answer.text, answer.text


def test_a_judgement_asked_of_the_figure_is_answered_by_it(engine):
    for asked in ("水质监测经费执行率多少 是不是很低", "水质监测经费执行率高不高"):
        answer = _ask(engine, asked)  # 200000 ÷ 400000
        assert answer.status == "answered" and "50.00%" in answer.text, answer.text
