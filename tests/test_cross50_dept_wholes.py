"""Departments' wholes across departments and table kinds: a department's 项目支出 / 基本支出 / 总预算 (or the mean
of its projects) is taken from whichever of its own tables prints it — its project table's total, a 部门整体
table's line, a 决算's 合计 row, a table titled 基本支出 — listed, compared, added or asked again of another
department, each cited, with the arithmetic shown; a department without it is said to lack it (never another
line of another of its tables, never another department's figure)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA, SEED, converse, simple_table

from bot.engine import Engine

BAIYUN_PROJECTS, BAIYUN_BASIC = "234.98", "321.45"  # the seed's project total; the fictional 基本支出 table's 合计
PUTUO_BASIC, PUTUO_PROJECTS, PUTUO_WHOLE = "2336.91", "603.14", "2940.05"  # 普陀财政局's 决算
SGB_PROJECTS, SGB_BASIC, SGB_WHOLE = "202.24", "105.58", "307.82"  # 社工部's 决算
ZJ_PROJECTS = "61915.77"  # 湛江人社局's 部门整体 table's 项目支出 line
WUYUAN = DATA / "general49" / "江西省婺源县文化广电新闻出版旅游局2025年项目支出绩效目标表.txt"  # 13 projects, 832.12


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    folder = tmp_path_factory.mktemp("cross50")
    basic = folder / "广州市白云区信访局2025年一般公共预算基本支出经济分类表.xlsx"
    simple_table(basic, "基本支出经济分类", "广州市白云区信访局2025年一般公共预算基本支出经济分类表", "A2", "单位：万元",
                 ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
                 [[None, "合计", 321.45, 300, 21.45], ["301", "工资福利支出", 300, 300, None],
                  ["302", "商品和服务支出", 21.45, None, 21.45]])
    finance = folder / "广州市白云区财政局2025年部门支出预算表.xlsx"  # a second 白云 department: 基本 700, 项目 200
    simple_table(finance, "部门支出预算表", "广州市白云区财政局2025年部门支出预算表", "A2", "单位：万元",
                 ["单位名称", "合计", "基本支出", "项目支出"],
                 [["合计", 900, 700, 200], ["广州市白云区财政局", 900, 700, 200]])
    return Engine(built_copy([SEED, DATA / "samples", basic, finance, WUYUAN], folder / "kb.sqlite"),
                  Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml")


def test_each_departments_project_spending_is_its_own_tables_never_its_basic_table(engine: Engine):
    answer = converse(engine, "白云两个部门项目支出分别多少")
    assert answer.status == "answered"
    assert BAIYUN_PROJECTS in answer.text and "200.00" in answer.text
    assert BAIYUN_BASIC not in answer.text  # the 基本支出 table's 合计 is no 项目支出
    summed = converse(engine, "白云两个部门基本支出加起来")
    assert summed.status == "answered" and "1021.45" in summed.text  # 321.45 + 700, each cited
    named = converse(engine, "白云信访局和湛江人社局项目支出分别多少")
    assert BAIYUN_PROJECTS in named.text and ZJ_PROJECTS in named.text and BAIYUN_BASIC not in named.text


def test_a_places_departments_counted_are_each_asked(engine: Engine):
    answer = converse(engine, "普陀两个部门项目支出分别多少")
    assert answer.status == "answered" and PUTUO_PROJECTS in answer.text and SGB_PROJECTS in answer.text
    assert PUTUO_BASIC not in answer.text


def test_basic_spending_from_a_table_titled_so_and_from_a_final_account(engine: Engine):
    answer = converse(engine, "白云信访局和普陀财政局基本支出分别多少")
    assert answer.status == "answered" and BAIYUN_BASIC in answer.text and PUTUO_BASIC in answer.text
    assert "基本支出经济分类表" in answer.text  # cited


def test_which_is_larger_and_the_sum_are_worked_out_and_shown(engine: Engine):
    which = converse(engine, "普陀财政局和白云信访局基本支出哪个多")
    assert which.status == "answered" and which.text.startswith("上海市普陀区财政局的更多")
    assert "2015.46" in which.text  # 2336.91 − 321.45, shown
    summed = converse(engine, "白云信访局和社工部基本支出加起来")
    assert summed.status == "answered" and "427.03" in summed.text and "321.45 + " in summed.text


def test_a_department_lacking_the_whole_is_said_to_and_nothing_is_added(engine: Engine):
    answer = converse(engine, "渝中人社局和普陀财政局基本支出加起来")
    assert answer.status == "unknown"
    assert "渝中区人力资源和社会保障局的表里没有列出基本支出" in answer.text
    assert "合计 " not in answer.text.split("\n")[0]


def test_the_mean_of_each_departments_projects_compared(engine: Engine):
    answer = converse(engine, "白云信访局和婺源文广旅局项目平均额哪个高")
    assert answer.status == "answered"
    assert answer.text.startswith("婺源县文化广电新闻出版旅游局的更高")
    assert "832.12 ÷ 13 = 64.01" in answer.text and "234.98 ÷ 6 = 39.16" in answer.text


def test_the_departments_listing_a_project_so_named(engine: Engine):
    answer = converse(engine, "哪几个部门有政府雇员工资经费")
    assert answer.status == "answered"
    assert "广州市白云区信访局" in answer.text and "婺源县文化广电新闻出版旅游局" in answer.text
    assert "77.28" in answer.text and "64.32" in answer.text


def test_the_whole_budget_of_a_final_account_is_its_spending_total(engine: Engine):
    answer = converse(engine, "社工部总预算")
    assert answer.status == "answered" and SGB_WHOLE in answer.text
    other = converse(engine, "社工部三公经费", "财政局的呢")  # a follow-up saying no whole: never the whole instead
    assert PUTUO_WHOLE not in other.text


def test_the_whole_asked_again_of_another_department(engine: Engine):
    answer = converse(engine, "信访局总预算", "社工部呢")
    assert answer.status == "answered" and SGB_WHOLE in answer.text
    assert SGB_PROJECTS not in answer.text and BAIYUN_PROJECTS not in answer.text
    lacking = converse(engine, "湛江人社局基本支出", "渝中人社局呢")
    assert lacking.status == "unknown" and "没有列出基本支出" in lacking.text


def test_a_whole_alone_after_a_department_is_of_it(engine: Engine):
    answer = converse(engine, "白云信访局项目支出合计", "基本支出呢")
    assert answer.status == "answered" and BAIYUN_BASIC in answer.text
    summed = converse(engine, "白云信访局项目支出合计", "基本支出呢", "两个加起来")
    assert "556.43" in summed.text  # 234.98 + 321.45


YIDU = DATA / "general42"  # 宜都住建局's 部门整体 table and its project table print its 项目支出 2399.31 alike


@pytest.fixture(scope="module")
def yidu(tmp_path_factory, built_copy) -> Engine:
    folder = tmp_path_factory.mktemp("cross50-yidu")
    files = [YIDU / "宜都市住房和城乡建设局_2026年_部门整体支出绩效目标表.xlsx", YIDU / "宜都市_2026年_一般公共预算支出功能分类表.xlsx",
             YIDU / "宜都市住房和城乡建设局_2026年_项目支出绩效目标表.txt"]
    return Engine(built_copy([SEED, *files], folder / "kb.sqlite"),
                  Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml")


def test_a_whole_two_tables_print_alike_is_one_figure(yidu: Engine):
    answer = converse(yidu, "白云信访局和宜都住建局项目支出哪个多")
    assert answer.status == "answered" and answer.text.startswith("宜都市住房和城乡建设局的更多")
    assert "2399.31 − 234.98 = 2164.33" in answer.text
