"""A fund table of its own (科目编码, indented 类/款/项 names, 2024年决算数 / 2025年预算数 / 增减额 / 增减率 as
text "-5.00%"), its title naming the district and a 编制单位 line naming the bureau: the year columns
answer 去年 / 跟上年比, a change asked reads the printed columns (both when both are asked), the table's kind
said whole (专项基金支出 of 专项基金预算支出表) is the table, not a row holding part of it.
"""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import Engine

_ROWS = [(None, "合计", 2000, 1900, -100, "-5.00%"),
         ("213", "农林水支出", 1500, 1350, -150, "-10.00%"),
         ("21366", "\u3000大中型水库库区基金安排的支出", 1500, 1350, -150, "-10.00%"),
         ("2136601", "\u3000\u3000基础设施建设和经济发展", 1000, 1100, 100, "10.00%"),
         ("2136602", "\u3000\u3000解决移民遗留问题", 500, 250, -250, "-50.00%"),
         ("229", "其他支出", 500, 550, 50, "10.00%"),
         ("2296099", "\u3000\u3000用于其他社会公益事业的彩票公益金支出", 500, 550, 50, "10.00%")]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    import openpyxl


    d = tmp_path_factory.mktemp("fund")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专项基金支出"
    ws["A1"] = "澜石市青峡区2025年专项基金预算支出表"
    ws.merge_cells("A1:F1")
    ws["A2"], ws["F2"] = "编制单位：澜石市青峡区财政局", "单位：万元"
    ws.merge_cells("A2:C2")
    for c, h in enumerate(["科目编码", "科目名称", "2024年决算数", "2025年预算数", "增减额", "增减率"], 1):
        ws.cell(3, c, h)
    for r, row in enumerate(_ROWS, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(d / "jijin.xlsx")
    return engine_over(tmp_path_factory.mktemp("fund_db") / "kb.sqlite", [d])


def test_the_tables_kind_said_whole_is_the_table(engine):
    answer = _ask(engine, "青峡区专项基金支出合计增减率")
    assert answer.status == "answered" and "-5.00%" in answer.text and "-10.00%" not in answer.text
    answer = _ask(engine, "青峡区2025年专项基金支出预算合计")
    assert answer.status == "answered" and "1900" in answer.text and "1350" not in answer.text


def test_a_change_asked_reads_the_year_columns(engine):
    answer = _ask(engine, "青峡区农林水支出减了多少")  # 1350 - 1500
    assert answer.status == "answered" and "150" in answer.text and "1350万元；" not in answer.text
    answer = _ask(engine, "青峡区解决移民遗留问题跟上年比有变化吗")  # 250 - 500
    assert answer.status == "answered" and "250" in answer.text and "-50" in answer.text


def test_the_change_and_its_rate_asked_together(engine):
    answer = _ask(engine, "青峡区基础设施建设和经济发展增加了多少 增长率")
    assert answer.status == "answered" and "100" in answer.text and "10.00%" in answer.text
