"""Tables of their own for a stacked government-fund budget (dev set 25): one sheet printing a 收　　入 block
over a 支　　出 block, each under a heading across the table with its own header row (项目 | 上年执行数 |
本年预算数 | 增减（%） | 备注), its own 本级小计 and 合计, and 其中 lines under their heads. The header under the
heading is read as the block's header; 去年 is the 上年执行数 column; a change asked in money is the two
columns' difference; where the money goes is the line's 备注; a block named (支出里…) limits a ranking or
a filter to its lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine

_HEADER = ["项目", "上年执行数", "本年预算数", "增减（%）", "备注"]
_INCOME = [("一、国有土地使用权出让收入", 52000, 46800, -10.0, None),
           ("\u3000\u3000其中：土地出让价款收入", 48000, 43000, -10.4, None),
           ("\u3000\u3000\u3000\u3000划拨土地收入", 4000, 3800, -5.0, None),
           ("二、城市基础设施配套费收入", 2100, 2400, 14.3, None),
           ("三、专项债务对应项目专项收入", None, 600, "—", "2026年新增科目"),
           ("本级收入小计", 54100, 49800, -7.9, None),
           ("上级补助收入", 900, 760, -15.6, "含提前下达额度"),
           ("收入合计", 55000, 50560, -8.1, None)]
_SPENDING = [("一、城乡社区支出", 50200, 45500, -9.4, None),
             ("\u3000\u3000其中：国有土地使用权出让收入安排的支出", 46000, 41000, -10.9, None),
             ("\u3000\u3000\u3000\u3000棚户区改造专项债券收入安排的支出", 4200, 4500, 7.1, "用于南坪、西岭片区棚改"),
             ("二、其他支出", 800, 900, 12.5, None),
             ("\u3000\u3000其中：彩票公益金安排的支出", 800, 900, 12.5, None),
             ("三、债务付息支出", 1500, 1460, -2.7, None),
             ("本级支出小计", 52500, 47860, -8.8, None),
             ("调出资金", 2500, 2700, 8.0, "调入一般公共预算"),
             ("支出合计", 55000, 50560, -8.1, None)]


def _stacked(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基金收支"
    ws["A1"] = "青崖市柳湾区2026年政府性基金预算收支表"
    ws["A2"] = "单位：万元"
    r = 3
    for band, rows in (("收\u3000\u3000入", _INCOME), ("支\u3000\u3000出", _SPENDING)):
        ws.cell(r, 1, band)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        for c, h in enumerate(_HEADER, 1):
            ws.cell(r + 1, c, h)
        for i, row in enumerate(rows, r + 2):
            for c, v in enumerate(row, 1):
                if v is not None:
                    ws.cell(i, c, v)
        r += len(rows) + 3  # a blank row between the blocks
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("fund25")
    _stacked(folder / "柳湾区政府性基金预算收支表.xlsx")
    # another department's table of 支出 lines, in no 收入 / 支出 block
    simple_table(folder / "桃源区财政局支出预算.xlsx", "支出预算", "青崖市桃源区财政局2026年部门支出预算表", "D2", "单位：万元",
                 _HEADER[:4], [("一般公共服务支出", 620, 700, 12.9), ("其他支出", 80, 60, -25.0), ("支出合计", 700, 760, 8.6)])
    return engine_over(folder / "kb.sqlite", [folder])


def _figures(text: str) -> str:
    return text.split("（来源")[0]


def test_the_header_under_a_block_heading_names_the_columns(engine):
    last = _ask(engine, "柳湾区划拨土地收入上年执行数")
    assert last.status == "answered" and "4000" in _figures(last.text) and "3800" not in _figures(last.text)
    own = _ask(engine, "柳湾区本级支出小计今年多少")
    assert own.status == "answered" and "47860" in _figures(own.text) and "52500" not in _figures(own.text)
    rate = _ask(engine, "柳湾区城市基础设施配套费收入增减百分之多少")
    assert rate.status == "answered" and "14.3" in _figures(rate.text)


def test_land_transfer_income_is_the_whole_line_not_its_part(engine):
    a = _ask(engine, "柳湾区今年土地出让收入预算多少")
    assert a.status == "answered" and "46800" in _figures(a.text) and "43000" not in _figures(a.text)
    part = _ask(engine, "柳湾区土地出让价款收入本年预算")
    assert part.status == "answered" and "43000" in _figures(part.text)


def test_a_change_asked_in_money_is_the_two_columns_difference(engine):
    a = _ask(engine, "柳湾区土地出让收入比上年少了多少万")
    assert a.status == "answered" and "5200" in _figures(a.text)  # 52000 - 46800, not the printed -10%
    rate = _ask(engine, "柳湾区城市基础设施配套费收入增长多少")
    assert rate.status == "answered" and "14.3" in _figures(rate.text)


def test_last_year_of_a_line_new_this_year_is_no_figure_of_this_year(engine):
    a = _ask(engine, "柳湾区专项债务对应项目专项收入今年多少", "去年呢")
    assert "600" not in _figures(a.text)
    other = _ask(engine, "柳湾区划拨土地收入今年预算", "去年呢")
    assert other.status == "answered" and "4000" in _figures(other.text)


def test_where_the_money_goes_is_the_line_s_remark(engine):
    a = _ask(engine, "柳湾区调出资金调到哪里")
    assert a.status == "answered" and "一般公共预算" in a.text
    used = _ask(engine, "柳湾区棚改专项债安排的支出用在哪")
    assert used.status == "answered" and "南坪" in used.text
    after = _ask(engine, "柳湾区调出资金今年多少", "调到哪去了")
    assert after.status == "answered" and "一般公共预算" in after.text
    none = _ask(engine, "柳湾区债务付息支出调到哪里")
    assert "一般公共预算" not in none.text and "南坪" not in none.text


def test_a_part_said_with_a_standard_short_word_is_that_line(engine):
    a = _ask(engine, "柳湾区城乡社区支出今年预算", "其中棚改专项债呢")
    assert a.status == "answered" and "4500" in _figures(a.text) and "45500" not in _figures(a.text)


def test_a_block_named_limits_a_filter_and_a_ranking_to_its_lines(engine):
    rose = _ask(engine, "柳湾区支出里面哪些比上年增加了")
    assert rose.status == "answered" and "彩票公益金" in rose.text and "调出资金" in rose.text
    assert "城市基础设施配套费收入" not in rose.text
    fell = _ask(engine, "柳湾区支出里降幅最大的是哪项")
    assert fell.status == "answered" and "国有土地使用权出让收入安排的支出" in fell.text
    assert "上级补助收入" not in fell.text  # -15.6, a line of the 收入 block


def test_a_change_asked_after_a_figure_is_its_printed_change(engine):
    a = _ask(engine, "柳湾区城市基础设施配套费收入本年预算", "增长了多少")
    assert a.status == "answered" and "14.3" in _figures(a.text)


def test_the_counterpart_of_a_fund_line_is_the_other_block_s_line_of_that_fund(engine):
    a = _ask(engine, "柳湾区国有土地使用权出让收入今年", "对应的支出呢")
    assert a.status == "answered" and "41000" in _figures(a.text) and "47860" not in _figures(a.text)
    back = _ask(engine, "柳湾区棚户区改造专项债券收入安排的支出", "对应的收入呢")
    assert "49800" not in _figures(back.text) and "50560" not in _figures(back.text)  # no such 收入 line: never a total
    none = _ask(engine, "柳湾区城市基础设施配套费收入今年多少", "对应的支出呢")
    assert none.status != "answered" and "47860" not in _figures(none.text)


def test_a_block_said_with_no_department_is_the_table_printing_that_block(engine):
    rose = _ask(engine, "支出里面哪些比上年增加了")
    assert rose.status == "answered" and "彩票公益金" in rose.text and "一般公共服务支出" not in rose.text
    fell = _ask(engine, "支出里降幅最大的是哪项")
    assert "桃源" not in fell.text and "其他支出 增减（%）：-25" not in fell.text
    total = _ask(engine, "支出合计多少")  # a line's own name, no block: which department is asked
    assert total.status == "clarify" and "桃源" in total.text


def test_two_lines_differ_by_their_figures_not_by_their_printed_changes(engine):
    a = _ask(engine, "柳湾区本级收入小计和本级支出小计差多少")
    assert a.status == "answered" and "1940" in _figures(a.text) and "百分点" not in a.text  # 49800 - 47860
    own = _ask(engine, "柳湾区本级收入小计比上年少多少")
    assert own.status == "answered" and "54100" in a.text + own.text
