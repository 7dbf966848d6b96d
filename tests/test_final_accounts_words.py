"""Questions over the two Putuo 部门决算 PDFs in people's words: rates of 决算 over 预算 (printed or
computed), 决算数 of a code-prefixed line, two rows asked side by side, shortened subject names and the
change on last year the prose states."""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine


def ask(engine: Engine, question: str):
    return engine.ask(question)


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", text))


@pytest.mark.parametrize("question, expected", [
    # the prose prints 全年预算 and 决算 of the line: the rate is their quotient
    ("社工部事业运行执行率", {"63.97", "11.31", "17.68"}),
    ("财政局行政运行执行率", {"1511.89", "1560.05"}),
    # 完成率 of a 决算 line is 决算 ÷ 预算 too; the line prints it (完成全年预算数 98.69%)
    ("社工部行政运行 全年预算和决算 完成率", {"98.69", "51.32"}),
    # said in words, over the budget the question names
    ("财政局一般公共预算财政拨款支出年初预算 完成了百分之几", {"98.20", "2993.92", "2940.05"}),
])
def test_rate_of_final_over_budget(samples_engine, question, expected):
    a = ask(samples_engine, question)
    assert a.status == "answered", a.text
    assert expected <= _numbers(a.text), a.text


def test_printed_rate_follows_the_budget_named(samples_engine):
    # 社工部's line prints 年初预算 0 and 全年预算 321.02: the rate over 全年预算 is computed, not 完成年初预算
    a = ask(samples_engine, "社工部一般公共预算财政拨款支出全年预算完成了百分之几")
    assert a.status == "answered" and "95.89" in a.text and "321.02" in a.text, a.text


def test_final_figure_of_a_code_prefixed_line(samples_engine):
    a = ask(samples_engine, "财政局行政运行决算数")
    assert a.status == "answered" and "1511.89" in a.text, a.text
    # a table printing 决算数 itself keeps it
    b = ask(samples_engine, "社工部人员经费合计决算数")
    assert b.status == "answered" and "95.36" in b.text, b.text


@pytest.mark.parametrize("question, expected", [
    ("社工部基本支出 项目支出各多少", {"105.58", "202.24"}),
    ("社工部人员经费 公用经费各多少", {"95.36", "10.23"}),
])
def test_two_rows_side_by_side_each(samples_engine, question, expected):
    a = ask(samples_engine, question)
    assert a.status == "answered" and expected <= _numbers(a.text), a.text


def test_a_row_and_its_column_side_by_side_stay_one_cell(samples_engine):
    a = ask(samples_engine, "财政局行政运行基本支出各多少")
    assert a.status == "answered" and "1503.52" in a.text and "2336.91" not in a.text, a.text


def test_shortened_subject_name(samples_engine):
    a = ask(samples_engine, "社会工作部 社保和就业支出")
    assert a.status == "answered" and "10.82" in a.text, a.text


@pytest.mark.parametrize("question", ["财政局跟2023年比 一般公共预算拨款支出减少多少",
                                      "财政局一般公共预算拨款支出比上年减少多少"])
def test_change_on_last_year_as_the_prose_states_it(samples_engine, question):
    a = ask(samples_engine, question)
    assert a.status == "answered", a.text
    assert "63.14" in a.text and "2.10" in a.text, a.text
