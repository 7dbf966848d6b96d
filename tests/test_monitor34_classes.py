"""Round 34, monitor34: a run-monitoring table (运行监控表) and an allocation table of schools, both general tables.

A status colour printed as one character (偏差情况 红/黄/绿) sorts the rows as any class does: said as "亮红灯",
"红灯项目", "黄色的"; its rows counted, listed, added up in a column said ("执行数" of 1-9月执行数: a column is
also said by its word without the period before it), and followed up ("它们执行数加起来"). A section said without
its 管理 (种植业股 of 种植业管理股) is that section. A group's rate whose column is, row by row, one column over
another (执行率 = 执行数 ÷ 调整后预算) is its sums' ratio, never its rates added or averaged. A budget adjusted in
the year (调整后预算) is the rows' money over the 年初预算 it replaced.

Schools grouped by a town merged over their rows (with a 小计 under each) are classed by a 学段 column: "初中一共
多少学生" adds the 学段's rows in the column of people (a count, summed as money is), said by a word of its
label no other column holds (学生 of 受益学生数); never the name's 小学/中学 read instead of the 学段, never the
table's 合计 for a part.
"""

from __future__ import annotations

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, Engine

openpyxl = pytest.importorskip("openpyxl")

# 序号, 项目名称, 负责科室, 年初预算, 调整后预算, 1-9月执行数, 执行率, 偏差, 原因
_WATER_ROWS = [
    ("山塘除险加固工程", "工程建设管理股", 900, 1000, 420, 0.42, "红", "汛期停工"),
    ("农村供水保障项目", "工程建设管理股", 600, 600, 480, 0.80, "绿", None),
    ("水土保持治理项目", "水土保持股", 300, 360, 216, 0.60, "黄", "苗木待秋季栽植"),
    ("河湖长制工作经费", "河湖管理股", 50, 50, 45, 0.90, "绿", None),
    ("水文监测站运维经费", "河湖管理股", None, 80, 26, 0.325, "红", "年中下达"),
    ("小型水库管护经费", "工程建设管理股", 120, 120, 66, 0.55, "黄", "管护合同晚签"),
]


def _monitor(path) -> None:
    """青峰县水利局 2026 年 1-9 月运行监控表 (万元): 预算执行情况 over four columns, a colour column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "监控表"
    ws["A1"] = "青峰县水利局2026年项目支出绩效运行监控表（1-9月）"
    ws.merge_cells("A1:I1")
    ws["I2"] = "单位：万元"
    for c, head in enumerate(("序号", "项目名称", "负责科室", "预算执行情况", None, None, None, "偏差情况（红/黄/绿）",
                              "原因分析"), 1):
        ws.cell(3, c, head)
    for c, head in enumerate(("年初预算", "调整后预算", "1-9月执行数", "执行率"), 4):
        ws.cell(4, c, head)
    ws.merge_cells("D3:G3")
    for c in (1, 2, 3, 8, 9):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.cell(5, 1, "合计")
    ws.merge_cells("A5:C5")
    for c, col in enumerate((2, 3, 4), 4):
        ws.cell(5, c, sum(r[col] or 0 for r in _WATER_ROWS))
    ws.cell(5, 7, round(sum(r[4] for r in _WATER_ROWS) / sum(r[3] for r in _WATER_ROWS), 4))
    for i, row in enumerate(_WATER_ROWS, 1):
        for c, v in enumerate((i, *row), 1):
            if v is not None:
                ws.cell(5 + i, c, v)
        ws.cell(5 + i, 7).number_format = "0.0%"
    ws.cell(5, 7).number_format = "0.0%"
    wb.save(path)


@pytest.fixture(scope="module")
def water(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("monitor34w")
    _monitor(folder / "qingfeng_slj_2026_q3_monitoring.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qingfeng_slj_2026_q3_monitoring.xlsx"])


@pytest.mark.parametrize(("question", "said", "never"), [
    ("哪些项目亮红灯", ["山塘除险加固", "水文监测站"], ["农村供水", "水土保持"]),
    ("黄灯的项目有哪些", ["水土保持", "小型水库"], ["山塘除险加固", "河湖长制"]),
    ("红灯项目有几个", ["2"], ["农村供水"]),
])
def test_a_status_colour_sorts_the_rows(water: Engine, question: str, said: list[str], never: list[str]) -> None:
    answer = converse(water, question)
    assert answer.status == ANSWERED, answer.text
    assert all(x in answer.text for x in said) and not any(x in answer.text for x in never), answer.text


def test_a_colours_rows_added_in_a_column_said_without_its_period(water: Engine) -> None:
    answer = converse(water, "红灯项目有几个", "它们执行数加起来多少")
    assert answer.status == ANSWERED and "446" in answer.text, answer.text  # 420 + 26


def test_the_rows_money_is_the_adjusted_budget(water: Engine) -> None:
    answer = converse(water, "哪些项目亮红灯")
    assert "1000" in answer.text and "1080" in answer.text, answer.text  # 调整后预算 1000 + 80, not 年初 900


@pytest.mark.parametrize(("question", "figure"), [("工程建设股调整后预算合计多少", "1720"), ("工程建设管理股执行数合计", "966")])
def test_a_section_said_without_its_management_word(water: Engine, question: str, figure: str) -> None:
    answer = converse(water, question)
    assert answer.status == ANSWERED and figure in answer.text, answer.text


@pytest.mark.parametrize(("question", "rate", "never"), [
    ("工程建设管理股整体执行率多少", "56.16", ["58.0", "174"]),  # 966 ÷ 1720; the rates' mean 59, their sum 177
    ("河湖管理股执行率", "54.62", ["122.5", "61.25"]),  # 71 ÷ 130
    ("红灯项目的执行率", "41.3%", ["74.5", "37.25"]),  # 446 ÷ 1080
])
def test_a_groups_rate_is_its_sums_ratio(water: Engine, question: str, rate: str, never: list[str]) -> None:
    answer = converse(water, question)
    assert answer.status == ANSWERED and rate in answer.text, answer.text
    assert not any(x in answer.text for x in never), answer.text


# 乡镇 (merged over its schools, 小计 under them), 学校名称, 学段, 受益学生数（人）, 在校天数, 备注
_MEALS = [("石门镇", [("石门中心学校", "小学", 300, 200, "九年一贯制"), ("石门中心学校", "初中", 200, 200, "九年一贯制"),
                    ("石门镇红岩小学", "小学", 40, 200, None)]),
          ("龙潭镇", [("龙潭中学", "初中", 250, 200, None), ("龙潭中心小学", "小学", 310, 200, None),
                    ("龙潭镇竹坪教学点", "小学", 12, 100, "2026年春季学期停办")]),
          ("清溪镇", [("清溪中学", "初中", 180, 200, None), ("清溪中心小学", "小学", 220, 200, None)])]
_HEAD = ("乡镇", "学校名称", "学段", "受益学生数（人）", "在校天数", "补助金额（元）", "其中", None, "备注")


def _meals(path) -> None:
    """青峰县 2026 年学生营养改善计划补助资金分配表 (元): towns merged over schools, a 学段 column, 5 元 a day."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分配表"
    ws["A1"] = "青峰县2026年农村义务教育学生营养改善计划补助资金分配表"
    ws.merge_cells("A1:I1")
    ws["I2"] = "单位：元"
    for c, head in enumerate(_HEAD, 1):
        ws.cell(3, c, head)
        if c not in (7, 8):
            ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells("G3:H3")
    ws["G4"], ws["H4"] = "中央资金", "县级资金"
    r = 5
    for town, schools in _MEALS:
        ws.cell(r, 1, town)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + len(schools), end_column=1)
        for name, stage, n, days, note in schools:
            money = n * days * 5
            for c, v in enumerate((name, stage, n, days, money, money * 0.8, money * 0.08, note), 2):
                if v is not None:
                    ws.cell(r, c, v)
            r += 1
        ws.cell(r, 2, "小计")
        ws.cell(r, 4, sum(s[2] for s in schools))
        ws.cell(r, 6, sum(s[2] * s[3] * 5 for s in schools))
        r += 1
    ws.cell(r, 1, "合计")
    ws.cell(r, 4, sum(s[2] for _, ss in _MEALS for s in ss))
    money = sum(s[2] * s[3] * 5 for _, ss in _MEALS for s in ss)
    for c, v in ((6, money), (7, money * 0.8), (8, money * 0.08)):
        ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def meals(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("monitor34m")
    _meals(folder / "qingfeng_2026_meal_allocation.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qingfeng_2026_meal_allocation.xlsx"])


@pytest.mark.parametrize(("question", "figure", "never"), [
    ("初中一共多少学生", "630", ["1512", "630000"]),  # 200 + 250 + 180; never the 合计 1512
    ("小学一共多少学生", "882", ["570", "1512"]),  # 石门中心学校's 小学 row counted by its 学段, not by its name
    ("初中的补助金额合计多少", "630000", ["1512000"]),
])
def test_rows_of_a_stage_added_in_the_column_said(meals: Engine, question: str, figure: str, never: list[str]) -> None:
    answer = converse(meals, question)
    assert answer.status == ANSWERED and figure in answer.text, answer.text
    assert not any(x in answer.text for x in never), answer.text


@pytest.mark.parametrize(("turns", "figure", "never"), [
    (["石门中心学校初中部多少学生"], "200", ["300", "630"]),  # the row of the 学段 said, never all 初中 rows
    (["石门中心学校小学部多少学生", "初中部呢"], "200", ["630"]),
    (["石门中心学校小学部多少学生", "初中部呢", "加起来"], "500", []),
    (["石门中心学校初中补助多少", "小学部呢"], "300000", ["882000"]),
])
def test_a_row_of_one_name_told_apart_by_its_class(meals: Engine, turns: list[str], figure: str, never: list[str]) -> None:
    answer = converse(meals, *turns)
    assert answer.status == ANSWERED and figure in answer.text, answer.text
    assert not any(x in answer.text for x in never), answer.text


def test_rows_printed_with_one_name_are_shown_apart(meals: Engine) -> None:
    answer = converse(meals, "石门中心学校补助金额")
    assert answer.status == ANSWERED and "300000" in answer.text and "200000" in answer.text, answer.text
    assert "小学" in answer.text and "初中" in answer.text, answer.text


def test_a_teaching_site_is_a_school_and_its_remark_says_why(meals: Engine) -> None:
    least = converse(meals, "补助金额最少的学校")
    assert least.status == ANSWERED and "竹坪教学点" in least.text, least.text
    why = converse(meals, "补助金额最少的学校", "为什么这么少")
    assert why.status == ANSWERED and "停办" in why.text, why.text


def test_the_town_a_school_stands_in(meals: Engine) -> None:
    answer = converse(meals, "受益学生最多的学校", "它在哪个镇")
    assert answer.status == ANSWERED and "龙潭镇" in answer.text and "石门镇" not in answer.text, answer.text


def test_not_equal_as_a_condition(meals: Engine) -> None:
    answer = converse(meals, "在校天数不是200天的学校有哪些")
    assert answer.status == ANSWERED and "竹坪" in answer.text, answer.text
    assert "红岩" not in answer.text and "清溪" not in answer.text, answer.text


def test_days_are_no_money(meals: Engine) -> None:
    answer = converse(meals, "竹坪教学点在校天数")
    assert "100天" in answer.text and "100元" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "figure"), [("清溪中学县里出多少钱", "14400"), ("龙潭中心小学中央配了多少", "248000")])
def test_a_level_of_government_said_as_paying(meals: Engine, question: str, figure: str) -> None:
    answer = converse(meals, question)
    assert answer.status == ANSWERED and figure in answer.text, answer.text


@pytest.mark.parametrize("question", ["年初没有预算的项目是哪些", "哪些项目没有年初预算"])
def test_a_blank_column_as_the_condition(water: Engine, question: str) -> None:
    answer = converse(water, question)
    assert answer.status == ANSWERED and "水文监测站" in answer.text, answer.text
    assert "山塘除险加固" not in answer.text and "农村供水" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["青峰水利局执行进度咋样", "青峰水利局总体执行进度怎么样"])
def test_the_execution_pace_is_the_tables_rate(water: Engine, question: str) -> None:
    answer = converse(water, question)
    assert answer.status == ANSWERED and "56.7" in answer.text, answer.text  # 1253 ÷ 2210, the 合计 row's rate


@pytest.mark.parametrize(("question", "share"), [("中央资金占比多少", "80"), ("县级资金占比多少", "8")])
def test_a_part_under_a_group_header_of_which_is_a_share_of_the_column_before(meals: Engine, question: str,
                                                                             share: str) -> None:
    answer = converse(meals, question)
    assert answer.status == ANSWERED and f"{share}.00%" in answer.text, answer.text  # (money × 0.8 ÷ money)


def test_the_section_of_the_row_just_shown_pointed_at(water: Engine) -> None:
    answer = converse(water, "山塘除险加固工程是哪个科室的", "这个科室一共多少调整后预算")
    assert answer.status == ANSWERED and "1720" in answer.text, answer.text  # 1000 + 600 + 120
