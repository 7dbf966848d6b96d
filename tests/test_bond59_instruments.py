"""Round 59: a table of bonds (or any instruments) named by their year of issue ("2019年江北省政府专项债券（五期）"),
with a code column printed after the names, 一般/专项 with 小计 rows, a date cell, a text column and amounts in 亿元.

- the code is the row's attribute (asked "代码X是哪只债券"), never glued to its name;
- a year opening a row's name is the name's: said before the name's words said short (the province dropped, 五期 /
  第5期 without brackets, 债券 left out) it names that row, never a year the table lacks; a year before words no
  name of that year fits is still a year asked;
- the amount columns of a table whose unit line names 亿元 and % (本金, 利息, 余额) are in 亿元;
- "还完本金后还剩多少" is the balance the row prints at the end (年末余额);
- counts said with the measure words of instruments (只, 笔).

Over tests/data/bond59 (fictional 河岸县, nine bonds of 江北省)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over, simple_table

DATA = Path(__file__).resolve().parent / "data" / "bond59"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    """The bond table, beside a table of funds printing a 主要用途 column (a field the bonds do not print)."""
    tmp = tmp_path_factory.mktemp("bond59")
    simple_table(tmp / "河岸县_2026年_财政直达资金分配表.xlsx", "直达资金", "河岸县2026年财政直达资金分配表", "F2",
                 "单位：万元", ["序号", "资金名称", "下达金额", "已支出", "主要用途"],
                 [[1, "义务教育补助经费", 820, 600, "学校公用经费"], [2, "农田建设补助资金", 450, 210, "高标准农田建设"],
                  [3, "就业补助资金", 300, 120, "职业技能培训"], [4, "困难群众救助补助资金", 510, 400, "低保和特困供养"],
                  [5, "水利发展资金", 260, 90, "小型水库除险加固"]])
    return engine_over(tmp / "kb.sqlite", [DATA, tmp / "河岸县_2026年_财政直达资金分配表.xlsx"])


def test_code_is_an_attribute_of_the_row(engine: Engine) -> None:
    a = converse(engine, "债券代码2320219是哪只债券")
    assert a.status == "answered", a.text
    assert "2023年江北省政府专项债券（二期）" in a.text and "23202192023年" not in a.text, a.text


@pytest.mark.parametrize("question,shown,not_shown", [
    ("2019年专项债券五期利率多少", "3.6", "3.41"),
    ("2019年一般债券五期利率多少", "3.41", "3.6%"),
    ("2019年江北省政府一般债券（五期）利率多少", "3.41", "3.6%"),
    ("2023年专项十一期期限几年", "30", "20年"),
    ("2017年专项债券第8期偿还资金来源", "项目收益", "再融资"),
])
def test_year_inside_a_name_is_the_name(engine: Engine, question: str, shown: str, not_shown: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text and not_shown not in a.text, a.text


def test_year_before_no_name_is_a_year_asked(engine: Engine) -> None:
    """No bond of 2018 is printed: 2018年一般债券二期 is no other year's 二期 (2016's), and the table is of 2026."""
    a = converse(engine, "2018年一般债券二期利率多少")
    assert a.status != "answered" and "3.12" not in a.text, a.text


@pytest.mark.parametrize("turns,shown", [
    (("2021年专项债券十四期发行额", "利率呢"), "3.05"),
    (("2021年专项债券十四期发行额", "发行日呢"), "2021-12-01"),
])
def test_other_column_of_the_same_row(engine: Engine, turns: tuple[str, ...], shown: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    assert shown in a.text, a.text


def test_amounts_in_the_money_unit_of_the_unit_line(engine: Engine) -> None:
    a = converse(engine, "年末余额合计")
    assert a.status == "answered", a.text
    assert "8.7亿元" in a.text, a.text


def test_left_after_repaying_is_the_balance(engine: Engine) -> None:
    a = converse(engine, "2017年专项债券八期还完本金后还剩多少")
    assert a.status == "answered", a.text
    assert "1.6亿元" in a.text and "年末余额" in a.text, a.text


@pytest.mark.parametrize("question", ["一共多少只债券", "有多少笔债券"])
def test_count_by_measure_word(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert "9" in a.text, a.text


def test_field_the_table_lacks_stops(engine: Engine) -> None:
    a = converse(engine, "2023年专项债券二期投向了什么项目")
    assert a.status == "unknown", a.text
    assert "2.98" not in a.text, a.text


@pytest.mark.parametrize("turns,shown,not_shown", [
    (("专项债券多少只",), "共 5 项", "1.3亿元"),
    (("一般债券有几笔",), "共 4 项", "1.7亿元"),
    (("一共多少只债券", "一般债券几只"), "共 4 项", "1.7亿元"),
])
def test_count_of_a_category(engine: Engine, turns: tuple[str, ...], shown: str, not_shown: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    assert shown in a.text and not_shown not in a.text, a.text


def test_class_sum_keeps_the_printed_decimals(engine: Engine) -> None:
    a = converse(engine, "专项债券小计应付利息多少")
    assert a.status == "answered", a.text
    assert "0.2678" in a.text and "0.079" in a.text, a.text


def test_total_of_the_rows_listed(engine: Engine) -> None:
    """合计 said of the rows just listed (它们) adds up their column, never the table's 合计 row (3)."""
    a = converse(engine, "用再融资债券还本的有哪些", "它们本金合计多少")
    assert a.status == "answered", a.text
    assert "2.1" in a.text and "3亿元" not in a.text, a.text


@pytest.mark.parametrize("question,shown", [
    ("年末余额合计换成万元是多少", "87000万元"),
    ("2026年应还本金合计是多少万元", "30000万元"),
])
def test_figure_in_the_unit_asked(engine: Engine, question: str, shown: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text, a.text


@pytest.mark.parametrize("question,shown,not_shown", [
    ("2023年11月2日发行了哪些债券", ["一般债券（五期）", "专项债券（十一期）"], "专项债券（二期）"),
    ("发行日为2023年11月2日的债券有哪些", ["一般债券（五期）", "专项债券（十一期）"], "专项债券（二期）"),
    ("2021年发行的债券有哪些", ["再融资一般债券（三期）", "专项债券（十四期）"], "2023年"),
])
def test_rows_by_a_date_cell(engine: Engine, question: str, shown: list[str], not_shown: str) -> None:
    """A date said with the verb heading a column of dates (发行日) filters the rows; never a year the table lacks."""
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert all(s in a.text for s in shown) and not_shown not in a.text, a.text


def test_group_follow_up_said_short(engine: Engine) -> None:
    """A column said by its verb's two characters in order (付息 of 应付利息), then another class said without the
    noun every class ends with (专项 of 专项债券)."""
    a = converse(engine, "一般债券小计付息多少")
    assert a.status == "answered", a.text
    assert "0.1084" in a.text and "3.6亿元" not in a.text, a.text
    a = converse(engine, "一般债券小计付息多少", "专项的呢")
    assert a.status == "answered", a.text
    assert "0.2678" in a.text and "0.1084" not in a.text, a.text
