"""Confident wrong answers over the seed, the samples and a set's own tables (allcw50), removed by class, on tables
made here with names and figures of their own.

Class: a kind of indicators asked as one value ("满意度指标是多少") with several departments loaded: every
department's every indicator of that kind was listed. The engine now asks which department ("有哪些" lists).

Class: a sum asked of rows found in one column whose own name holds 合计 ("其中养老保险和职业年金合计多少" of
a 基本支出表 whose column is "2025年预算数 合计"): each row's figure was shown and no sum. They are now added.

Class: two things asked added up ("基本加项目支出决算一共多少", "这两个加起来", "两次一共") answered with one
figure: the second thing's words were read into the first one's label. The figure is said as the only one
found, never as the sum."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table, write_workbook

from bot.engine import ANSWERED, CLARIFY, Engine


def test_a_kind_asked_as_one_value_over_departments_asks_which(multi_engine: Engine) -> None:
    a = converse(multi_engine, "满意度指标是多少")
    assert a.status == CLARIFY and "哪个部门" in a.text, a.text
    listed = converse(multi_engine, "满意度指标有哪些")
    assert listed.status != CLARIFY or "哪个部门" in listed.text  # the list (or, when long, which department)


def _basic_table(path: Path) -> None:
    """A 基本支出表 as published: 2025年预算数 over its columns 合计, 人员经费, 公用经费; the items indented."""
    write_workbook(path, [["澄川县交通运输局2025年一般公共预算基本支出表"],
                          ["部门名称：澄川县交通运输局", None, None, None, "单位：万元"],
                          ["部门经济分类科目", None, "2025年预算数", None, None],
                          ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
                          ["合计", None, 980.5, 900.5, 80.0],
                ["301", "工资福利支出", 900.5, 900.5, None],
                ["30101", "  基本工资", 400.2, 400.2, None],
                ["30108", "  机关事业单位基本养老保险缴费", 120.3, 120.3, None],
                ["30109", "  职业年金缴费", 45.6, 45.6, None],
                ["30112", "  其他社会保障缴费", 334.4, 334.4, None],
                ["302", "商品和服务支出", 80.0, None, 80.0],
                ["30201", "  办公费", 30.0, None, 30.0],
                ["30211", "  差旅费", 50.0, None, 50.0]],
                   ["A1:E1", "A2:C2", "A3:B3", "C3:E3", "A5:B5"], sheet="基本支出")


@pytest.fixture(scope="module")
def basic(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("allcw50_basic")
    _basic_table(folder / "澄川县交通运输局2025年一般公共预算基本支出表.xlsx")
    simple_table(folder / "澄川县2025年部门预算与决算对比表.xlsx", "预决算对比",
                 "澄川县2025年部门预算与决算对比表", "E2", "单位：万元",
                 ["单位名称", "基本支出预算数", "基本支出决算数", "项目支出预算数", "项目支出决算数"],
                 [["澄川县林业局", 1300.0, 1263.18, 2000.0, 1948.56],
                  ["澄川县水利局", 900.0, 880.4, 1500.0, 1433.2]])
    return engine_over(folder / "kb.sqlite", [folder])


def test_rows_found_in_a_total_named_column_are_added_when_a_sum_is_asked(basic: Engine) -> None:
    a = converse(basic, "交通局工资福利支出", "其中养老保险和职业年金合计多少")
    assert a.status == ANSWERED and "165.9" in a.text, a.text


def test_each_asked_is_not_added(basic: Engine) -> None:
    a = converse(basic, "交通局工资福利支出", "其中养老保险和职业年金分别多少")
    assert "165.9" not in a.text, a.text


def test_one_figure_is_never_the_sum_of_two(basic: Engine) -> None:
    a = converse(basic, "林业局基本加项目支出决算一共多少")
    # the sum of both (3211.74) or no figure given as it: never 基本支出 alone as the answer
    assert a.status != ANSWERED or "3211.74" in a.text, a.text


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("allcw50_plan")
    simple_table(folder / "澄川县_政府投资项目年度计划表_2026.xlsx", "2026年计划",
                 "澄川县2026年政府投资项目年度计划表", "D2", "单位：万元",
                 ["行业/领域", "项目名称", "总投资", "2026年计划投资"],
                 [[None, "合计", 9000, 3300],
                  ["交通", "澄川县东环路改建工程", 4000, 1200],
                  [None, "澄川县北门大桥危桥改造工程", 1500, 800],
                  [None, "澄川县客运站建设项目", 1000, 600],
                  ["水利", "澄川县城区段防洪工程", 2500, 700]])
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_group_said_is_added_not_one_line_of_it(plan: Engine) -> None:
    a = converse(plan, "交通项目今年计划投资加起来多少")
    # the group's three lines added (2600), or no figure given as their sum: never one line's own
    assert a.status != ANSWERED or "2600" in a.text, a.text
