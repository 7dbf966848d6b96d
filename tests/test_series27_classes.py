"""Two kinds of general tables, asked as people ask them. An allocation matrix: rows = towns, columns = projects
with a second header row naming each project's source of funds (中央 / 省级 / 县级), a 合计 column and a 合计 row,
blank = none. A fiscal time series: rows = years, a two-level header (一般公共预算收入: 合计 / 其中：税收收入 /
非税收入 / 增长率（%）; 一般公共预算支出: 金额 / 增长率（%）), single columns beside it and a 备注. The tables are
made here with their own names and figures; every figure is worked out by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import Engine

# Matrix: 合计 column = the row's sum; 合计 row = each column's sum.
_PROJECTS = ["小型水库维修", "农田水利灌溉", "河道清淤疏浚", "防汛物资储备"]
_SOURCES = ["省级", "中央", "县级", "中央"]
_TOWNS = [["东岭镇", 12.5, 80, 20.4, None, 112.9],
          ["南坪镇", 9.6, 120.5, 31.2, 6, 167.3],
          ["西河乡", None, 95, 18.8, 4.5, 118.3],
          ["北山乡", 7.4, None, 25.6, None, 33],
          ["中和镇", 10.5, 60, 15, 5.5, 91]]
_TOTALS = ["合计", 40, 355.5, 111, 16, 522.5]


def _matrix(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分配表"
    ws.append(["柳河县2026年水利重点项目资金分配表"] + [None] * 6)
    ws.append(["编制单位：柳河县财政局"] + [None] * 5 + ["单位：万元"])
    ws.append(["序号", "乡镇", *_PROJECTS, "合计"])
    ws.append([None, None, *_SOURCES, None])
    for i, row in enumerate(_TOWNS, 1):
        ws.append([i, *row])
    ws.append([_TOTALS[0], None, *_TOTALS[1:]])
    ws.append(["注：1.第4行为各项目资金来源；2.空白表示该乡镇未安排该项目资金。"] + [None] * 6)
    for rng in ("A1:G1", "A2:E2", "A3:A4", "B3:B4", "G3:G4", "A10:B10", "A11:G11"):
        ws.merge_cells(rng)
    wb.save(path)
    return path


def _parts(path: Path) -> Path:
    """A merged name over source sub-columns (上级补助: 中央 / 省级): the sources are its parts, as before."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["石门县2026年补助资金表"] + [None] * 4)
    ws.append([None] * 4 + ["单位：万元"])
    ws.append(["单位", "上级补助", None, "本级安排", "合计"])
    ws.append([None, "中央", "省级", None, None])
    ws.append(["石门县教育局", 30, 20, 10, 60])
    ws.append(["石门县卫健局", 15, 5, 8, 28])
    for rng in ("A1:E1", "B3:C3", "A3:A4", "D3:D4", "E3:E4"):
        ws.merge_cells(rng)
    wb.save(path)
    return path


# Series: 收入 合计 = 税收 + 非税; 增长率 in percent; 备注 on some years.
_YEARS = [["2018年", 52000, 36400, 15600, 4.1, 98000, 6.2, 30500, 61000, 88000, None],
          ["2019年", 50440, 34100, 16340, -3, 101500, 3.6, 33800, 64200, 95500, "受减税降费政策影响"],
          ["2020年", 55000, 38500, 16500, 9, 99800, -1.7, 28700, 70300, 104000, None],
          ["2021年", 57750, 40425, 17325, 5, 106200, 6.4, 25100, 72800, 118600, "预计执行数"]]


def _series(path: Path) -> Path:
    return write_workbook(path, [
        ["青溪县2018—2021年财政收支情况表"] + [None] * 10,
        ["编制单位：青溪县财政局"] + [None] * 8 + ["单位：万元", None],
        ["年度", "一般公共预算收入", None, None, None, "一般公共预算支出", None, "政府性基金收入", "上级补助收入",
         "政府债务余额", "备注"],
        [None, "合计", "其中：税收收入", "非税收入", "增长率（%）", "金额", "增长率（%）", None, None, None, None],
        *_YEARS,
        ["注：政府债务余额为年末数，含一般债务和专项债务。"] + [None] * 10],
        ["A1:K1", "B3:E3", "F3:G3", "A3:A4", "H3:H4", "I3:I4", "J3:J4", "K3:K4", "A9:K9"], sheet="收支")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("series27")
    return engine_over(d / "kb.sqlite", [_matrix(d / "liuhe_2026_water.xlsx"), _parts(d / "shimen_2026_aid.xlsx"),
                                         _series(d / "qingxi_series.xlsx")])


def _answered(engine: Engine, *turns: str) -> str:
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    return a.text


def test_the_source_row_is_no_part_of_the_column_name(engine: Engine) -> None:
    text = _answered(engine, "柳河县南坪镇农田水利灌溉多少")
    assert "120.5" in text and "中央" not in text.split("（来源")[0]


def test_a_column_said_with_a_money_word_is_its_total(engine: Engine) -> None:
    assert "355.5" in _answered(engine, "柳河县农田水利灌溉资金合计")
    assert "111" in _answered(engine, "柳河县河道清淤资金合计多少")


def test_a_ranking_within_a_named_column(engine: Engine) -> None:
    text = _answered(engine, "柳河县河道清淤哪个乡镇最多")
    assert "南坪镇" in text and "31.2" in text and "167.3" not in text
    text = _answered(engine, "柳河县小型水库维修最少的乡镇")
    assert "北山乡" in text and "7.4" in text


def test_a_bound_within_a_named_column(engine: Engine) -> None:
    text = _answered(engine, "柳河县河道清淤超过20万的乡镇")
    for town in ("东岭镇", "南坪镇", "北山乡"):
        assert town in text
    assert "西河乡" not in text and "中和镇" not in text


def test_a_town_after_a_column(engine: Engine) -> None:
    text = _answered(engine, "柳河县河道清淤疏浚资金", "中和镇多少")
    assert "15" in text and "91" not in text


def test_sources_under_a_merged_name_stay_its_parts(engine: Engine) -> None:
    text = _answered(engine, "石门县教育局上级补助中央多少")
    assert "30" in text


@pytest.mark.parametrize(("question", "figure"), [
    ("青溪县2019年收入增长率", "-3"),  # 收入 of the group 一般公共预算收入, whose sub-column 增长率 is said
    ("青溪县2020年支出增长率", "-1.7"),
    ("青溪县2020年支出", "99800"),  # the group said alone: its amount
    ("青溪县2021年收入", "57750"),  # its 合计, not 政府性基金收入 nor 非税收入
])
def test_a_group_said_by_its_last_word(engine: Engine, question: str, figure: str) -> None:
    assert figure in _answered(engine, question).split("（来源")[0]


def test_a_group_said_by_its_word_in_a_difference(engine: Engine) -> None:
    text = _answered(engine, "青溪县2020年支出比收入多多少")
    assert "99800 - 55000 = 44800" in text and "非税" not in text


def test_a_follow_up_to_the_other_group(engine: Engine) -> None:
    assert "6.4" in _answered(engine, "青溪县2021年收入增长率", "支出呢")


def test_a_span_of_years_is_every_year(engine: Engine) -> None:
    text = _answered(engine, "青溪县2018—2021年一般公共预算收入加起来")
    assert "215190" in text and "50440" in text and "55000" in text  # 52000 + 50440 + 55000 + 57750
    assert "215190" in _answered(engine, "青溪县2018到2021年一般公共预算收入一共多少")


def test_the_years_a_group_fell(engine: Engine) -> None:
    text = _answered(engine, "青溪县哪几年一般公共预算收入下降了")
    assert "2019年" in text and "-3" in text and "2018年" not in text and "-1.7" not in text
    text = _answered(engine, "青溪县哪些年份支出下降了")
    assert "2020年" in text and "2019年" not in text


def test_a_bound_over_every_year(engine: Engine) -> None:
    text = _answered(engine, "青溪县收入增长率超过4%的年份")
    assert "2018年" in text and "2020年" in text and "2021年" in text and "2019年" not in text


def test_a_change_asked_of_a_row_printing_only_its_rate(engine: Engine) -> None:
    assert "6.4%" in _answered(engine, "青溪县2021年支出增长多少")


def test_a_ranking_after_a_column_total_is_within_that_column(engine: Engine) -> None:
    text = _answered(engine, "柳河县河道清淤疏浚合计", "哪个乡镇最多")
    assert "南坪镇" in text and "31.2" in text and "167.3" not in text
    text = _answered(engine, "柳河县河道清淤疏浚资金总共多少", "最少的乡镇是哪个")
    assert "中和镇" in text and "15" in text and "33" not in text


def test_a_word_going_on_another_label_is_no_group(engine: Engine) -> None:
    a = converse(engine, "青溪县2020年政府性基金支出")
    assert a.status == "unknown" and "28700" not in a.text, a.text
