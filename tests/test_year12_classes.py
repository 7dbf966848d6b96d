"""Tables of their own for years and year-comparison tables: a 决算 table of the year Y whose columns are
named relatively (上年决算数 / 本年决算数 / 增减额 / 增减率: 上年 is Y-1, 本年 is Y), a 三公 table whose
columns carry years (Y-1年决算数 / Y年预算数 / Y年决算数), and a 项目申报表-like table printing the budgets
of the years before its own as lines ("2021年预算金额"). The figures and names are this file's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine

_INCOME = [("一、一般公共预算财政拨款收入", 5000, 5600), ("二、事业收入", 800, 720), ("三、其他收入", 50, 40)]
_SPENDING = [("205", "教育支出", 4600, 5160), ("20502", "\u3000普通教育", 3900, 4400),
             ("2050201", "\u3000\u3000学前教育", 1200, 1500), ("2050202", "\u3000\u3000小学教育", 2700, 2900),
             ("20508", "\u3000教师进修", 700, 760), ("2050801", "\u3000\u3000教师进修及干部继续教育", 500, 570),
             ("2050899", "\u3000\u3000其他教师进修", 200, 190),
             ("221", "住房保障支出", 1100, 1160), ("22102", "\u3000住房改革支出", 1100, 1160)]
_SANGONG = [("因公出国（境）费", None, None, None), ("公务用车购置及运行维护费", 30, 60, 52), ("公务接待费", 8, 10, 6),
            ("合计", 38, 70, 58), ("注：因公出国（境）费两年均无支出，空白表示0。", None, None, None)]


def _pct(a: float, b: float) -> float:
    return round((b - a) / a, 6)


def _final_accounts(path: Path) -> None:
    """松岭县教育局's 2025 决算 workbook: income and spending against last year, and its 三公 sheet."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收入决算"
    ws["A1"], ws["A2"] = "松岭县教育局2025年度收入决算对比表", "单位：万元"
    for c, h in enumerate(["项目", "上年决算数", "本年决算数", "增减额", "增减率"], 1):
        ws.cell(3, c, h)
    rows = [*_INCOME, ("收入合计", sum(x[1] for x in _INCOME), sum(x[2] for x in _INCOME))]
    for r, (name, a, b) in enumerate(rows, 4):
        ws.cell(r, 1, name)
        ws.cell(r, 2, a)
        ws.cell(r, 3, b)
        ws.cell(r, 4, b - a)
        ws.cell(r, 5, _pct(a, b)).number_format = "0.00%"
    ws = wb.create_sheet("支出决算")
    ws["A1"], ws["A2"] = "松岭县教育局2025年度支出决算对比表（按功能分类）", "单位：万元"
    for c, h in enumerate(["科目编码", "科目名称", "上年决算数", "本年决算数", "增减额", "增减率"], 1):
        ws.cell(3, c, h)
    total = ("", "支出合计", 4600 + 1100, 5160 + 1160)
    for r, (code, name, a, b) in enumerate([*_SPENDING, total], 4):
        if code:
            ws.cell(r, 1, code)
        ws.cell(r, 2, name)
        ws.cell(r, 3, a)
        ws.cell(r, 4, b)
        ws.cell(r, 5, b - a)
        ws.cell(r, 6, _pct(a, b)).number_format = "0.00%"
    ws = wb.create_sheet("三公经费")
    ws["A1"], ws["A2"] = "松岭县教育局“三公”经费预决算对比表", "单位：万元"
    for c, h in enumerate(["项目", "2024年决算数", "2025年预算数", "2025年决算数"], 1):
        ws.cell(3, c, h)
    for r, row in enumerate(_SANGONG, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:

    d = tmp_path_factory.mktemp("year12")
    _final_accounts(d / "songling_jys_2025.xlsx")
    # Another department's table of the same kind one character off 松岭 only through 岭/峰: a name one
    # character off both is asked back, never guessed.
    simple_table(d / "songfeng_jys_2025.xlsx", "Sheet1", "松峰县教育局2025年度收入决算表", "A2", "单位：万元",
                 ["项目", "本年决算数"], [("收入合计", 3210), ("其他收入", 12)])
    simple_table(d / "qinghe_tyj_2023.xlsx", "Sheet1", "青禾区体育局2023年项目申报表", "A2", "单位：万元",
                 ["项目", "金额"], [("项目总预算", 900), ("2021年预算金额", 600), ("2022年预算金额", 750)])
    simple_table(d / "baixi_whz_2024.xlsx", "Sheet1", "柏溪镇文化站2024年收入支出决算总表", "A2", "单位：万元",
                 ["项目", "决算数"], [("本年收入合计", 210), ("本年支出合计", 198), ("年初结转和结余", 30),
                                      ("年末结转和结余", 42)])
    simple_table(d / "tongchuan_nyj_2025.xlsx", "执行分析", "桐川县农业农村局2025年1-3季度预算执行分析表", "A2",
                 "单位：万元", ["项目", "2025年预算数", "累计执行", "上年同期累计执行"],
                 [("耕地保护经费", 100, 60, 50), ("良种推广补助", 80, 20, None),
                  ("注：空白单元格表示无支出。良种推广补助为2025年新增项目，上年同期无数据。",)])
    return engine_over(tmp_path_factory.mktemp("year12_db") / "kb.sqlite", [d])


# 1. A year said selects the column of that year when the columns are named relatively.

def test_the_year_of_the_table_is_its_this_year_column(engine):
    answer = _ask(engine, "松岭县教育局 2025年收入合计")
    assert answer.status == "answered" and "6360" in answer.text
    assert "增减" not in answer.text and "5850" not in answer.text


def test_the_year_before_is_its_last_year_column(engine):
    answer = _ask(engine, "松岭县教育局 2024年收入合计")
    assert answer.status == "answered" and "5850" in answer.text and "6360" not in answer.text


def test_a_year_neither_column_is_of_is_not_held(engine):
    answer = _ask(engine, "松岭县教育局 2023年收入合计")
    assert answer.status == "unknown" and "5850" not in answer.text and "6360" not in answer.text


def test_another_year_asked_after_a_line_of_one_year(engine):
    first = _ask(engine, "松岭教育局 普通教育支出 2024年")
    assert first.status == "answered" and "3900" in first.text and "4400" not in first.text
    answer = _ask(engine, "松岭教育局 普通教育支出 2024年", "2025年呢")
    assert answer.status == "answered" and "4400" in answer.text and "3900" not in answer.text
    back = _ask(engine, "松岭教育局 住房保障支出 2025年", "2024年的呢")
    assert back.status == "answered" and "1100" in back.text and "1160" not in back.text


def test_compared_with_a_year_is_the_difference(engine):
    answer = _ask(engine, "松岭教育局 一般公共预算财政拨款收入", "跟2024年比呢")
    assert answer.status == "answered" and "600" in answer.text and "12.00%" in answer.text


def test_a_relative_column_asked_by_its_own_word(engine):
    answer = _ask(engine, "松岭县教育局 其他收入 本年")
    assert answer.status == "answered" and "40" in answer.text and "-20.00%" not in answer.text


def test_a_same_period_last_year_column_is_last_years(engine):
    answer = _ask(engine, "桐川县耕地保护经费 去年同期执行多少")
    assert answer.status == "answered" and "50" in answer.text and "60" not in answer.text
    dated = _ask(engine, "桐川县耕地保护经费 2024年累计执行")
    assert dated.status == "answered" and "50" in dated.text and "60" not in dated.text


def test_a_blank_the_note_says_has_no_data_is_no_zero(engine):
    answer = _ask(engine, "桐川县良种推广补助 去年同期执行多少")
    assert answer.status != "answered" or "0万元" not in answer.text


# 2. A year a table prints as a line of its own is known data.

def test_a_year_printed_as_a_line_is_answered(engine):
    answer = _ask(engine, "青禾区体育局2021年预算金额多少")
    assert answer.status == "answered" and "600" in answer.text and "没有2021年" not in answer.text


def test_one_year_of_several_shown(engine):
    answer = _ask(engine, "青禾区体育局 2021年和2022年预算金额", "2022年的是多少")
    assert answer.status == "answered" and "750" in answer.text and "600" not in answer.text
    none = _ask(engine, "青禾区体育局 2021年和2022年预算金额", "2019年的是多少")
    assert none.status == "unknown" and "600" not in none.text and "750" not in none.text


def test_a_figure_against_the_line_of_a_year_before(engine):
    answer = _ask(engine, "青禾区体育局项目总预算比2021年增加多少")
    assert answer.status == "answered" and "300" in answer.text  # 900 − 600
    last_year = _ask(engine, "青禾区体育局项目总预算比2022年增加多少")  # the year before the table's: 上年
    assert last_year.status == "answered" and "900 - 750" in last_year.text
    none = _ask(engine, "青禾区体育局项目总预算比2019年增加多少")
    assert none.status == "unknown" and "900" not in none.text


# 3. Subject codes: a share of a line in its parent line after a total was shown.

def test_a_share_after_the_total_is_of_that_column(engine):
    answer = _ask(engine, "松岭教育局 支出合计 2025", "教育支出占多少")
    assert answer.status == "answered" and "81.65%" in answer.text  # 5160 / 6320


def test_a_line_over_its_parent_whose_name_it_holds(engine):
    answer = _ask(engine, "松岭教育局 教师进修及干部继续教育占教师进修多少")
    assert answer.status == "answered" and "75.00%" in answer.text  # 570 / 760, never over 支出合计
    last_year = _ask(engine, "松岭教育局 2024年教师进修及干部继续教育占教师进修多少")
    assert last_year.status == "answered" and "71.43%" in last_year.text  # 500 / 700


def test_a_share_after_a_part_is_over_the_whole_in_its_column(engine):
    answer = _ask(engine, "松岭县教育局 其他收入 本年", "占收入合计多少")
    assert answer.status == "answered" and "0.63%" in answer.text  # 40 / 6360, not 增减额 or 上年


def test_a_line_named_alone_is_its_figure_not_its_change(engine):
    answer = _ask(engine, "松岭县教育局 事业收入")
    assert answer.status == "answered" and "720" in answer.text
    assert "-80" not in answer.text and "-10.00%" not in answer.text


def test_a_name_said_with_a_generic_suffix_is_that_line(engine):
    answer = _ask(engine, "松岭教育局 普通教育支出 2025年")
    assert answer.status == "answered" and "4400" in answer.text
    assert "支出合计" not in answer.text and "住房" not in answer.text


def test_the_lines_of_one_level(engine):
    top = _ask(engine, "松岭县教育局 哪个款级科目支出最多")
    assert top.status == "answered" and "普通教育" in top.text and "4400" in top.text
    assert "5160" not in top.text  # the 类 教育支出 is no 款
    listed = _ask(engine, "松岭县教育局 项级科目有哪些")
    assert listed.status == "answered" and all(w in listed.text for w in ("学前教育", "小学教育", "其他教师进修"))
    assert "普通教育" not in listed.text and "住房保障" not in listed.text
    counted = _ask(engine, "松岭县教育局 类级科目有几个")
    assert counted.status == "answered" and "2" in counted.text and "普通教育" not in counted.text


# 4. Derived values of a table whose columns carry years.

def test_a_rate_is_of_one_years_columns(engine):
    answer = _ask(engine, "松岭 三公经费 执行率")
    assert answer.status == "answered" and "82.86%" in answer.text  # 58 / 70, never 38 / 70
    assert "54.29%" not in answer.text


def test_a_rate_and_the_shortfall_asked_together(engine):
    answer = _ask(engine, "松岭 三公经费 决算比预算少多少 执行率")
    assert answer.status == "answered" and "82.86%" in answer.text and "58 - 70" in answer.text


def test_actual_against_budget_is_of_one_year(engine):
    answer = _ask(engine, "松岭 公务接待费 决算比预算少多少")
    assert answer.status == "answered" and "4" in answer.text and "6 - 10" in answer.text
    assert "6 - 8" not in answer.text  # never last year's 决算


def test_the_balance_of_income_and_spending_of_a_year(engine):
    answer = _ask(engine, "松岭县教育局本年收支差额多少")
    assert answer.status == "answered" and "40" in answer.text and "6360" in answer.text  # 6360 − 6320
    before = _ask(engine, "松岭县教育局2024年收支差额")
    assert before.status == "answered" and "150" in before.text  # 5850 − 5700
    other = _ask(engine, "柏溪镇文化站收支差额多少")
    assert other.status == "answered" and "12" in other.text


def test_a_balance_line_said_without_its_conjunction(engine):
    answer = _ask(engine, "柏溪镇文化站年末结转结余多少")
    assert answer.status == "answered" and "42" in answer.text and "30" not in answer.text


def test_a_line_left_blank_that_the_note_says_is_none(engine):
    answer = _ask(engine, "松岭县教育局 因公出国费")
    assert answer.status == "answered" and "因公出国" in answer.text and "0" in answer.text
    assert "公务接待" not in answer.text and "10" not in answer.text


# 5. A department named with one character mistyped; a part the table does not break down.

def test_a_place_one_character_off_one_department(engine):
    answer = _ask(engine, "淞岭县教育局 三公经费 2025年决算")  # 松岭 one off by a homophone (sōng); 松峰 two off
    assert answer.status == "answered" and "58" in answer.text
    other = _ask(engine, "柏岭县教育局 三公经费 2025年决算")  # one off by another sound: another county
    assert other.status != "answered" and "58" not in other.text


def test_a_name_one_character_off_two_departments_is_not_guessed(engine):
    answer = _ask(engine, "松山县教育局 收入合计")  # 松岭 and 松峰 both one off
    assert "6360" not in answer.text and "3210" not in answer.text


def test_a_sub_item_the_table_lacks_is_unknown(engine):
    answer = _ask(engine, "松岭县教育局 人员经费多少")
    assert answer.status == "unknown" and "58" not in answer.text and "70" not in answer.text
