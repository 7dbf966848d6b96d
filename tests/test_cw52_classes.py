"""Confident wrong answers removed by class (cw52).

Class: a year asked that the tables of the thing found do not hold, answered with their own year's figure. A
project of a 2025 监控表 asked "去年执行数" naming no department: the year was checked against every loaded
department's years (another department's table of 2024 let it pass), then the 2025 table's 1-8月执行数 was given
as if it were last year's. The year is now checked against the departments of the facts found: "没有 2024 年的数据".

Class: a ranking within the coded line just shown answered over the whole table. "X局对个人和家庭的补助" (303) →
"里面最多的是哪项" ranked every line of the 基本支出表 (30101基本工资, of 301); the lines under the coded line
(30302, 30305 …) are ranked now, as they were for an uncoded heading ("二、非税收入" → "其中最多的一项是")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import ANSWERED, Engine

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def liuyang(tmp_path_factory) -> Engine:
    """The published samples and the tables of tests/data/general50 (a 2025 监控表 of 浏阳's departments; other
    departments' tables of 2024 among the samples), loaded together as the set is scored."""
    samples = sorted((DATA / "samples").glob("*.xlsx")) + sorted((DATA / "samples").glob("*.pdf"))
    return engine_over(tmp_path_factory.mktemp("cw52_50") / "kb.sqlite", [*samples, DATA / "general50"])


@pytest.mark.parametrize("question", ["小型水库除险加固去年执行数", "河湖长制工作经费上年1-8月执行了多少"])
def test_a_year_the_found_department_lacks_is_not_answered_with_its_own(liuyang: Engine, question: str) -> None:
    a = converse(liuyang, question)
    assert a.status != ANSWERED and "2024" in a.text and "执行数：" not in a.text, a.text


def test_the_year_held_is_still_answered(liuyang: Engine) -> None:
    a = converse(liuyang, "小型水库除险加固执行数")
    assert a.status == ANSWERED and "384" in a.text, a.text
    a = converse(liuyang, "小型水库除险加固2025年执行数")
    assert a.status == ANSWERED and "384" in a.text, a.text


@pytest.fixture(scope="module")
def basic(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("cw52_basic")
    simple_table(d / "榆岭县交通运输局_2025_基本支出表.xlsx", "基本支出", "榆岭县交通运输局2025年一般公共预算基本支出表",
                 "D2", "单位：万元", ["科目编码", "科目名称", "2025年预算数合计", "人员经费", "公用经费"],
                 [[None, "合计", 571.7, 540.3, 31.4],
                  ["301", "工资福利支出", 498.1, 498.1, None],
                  ["30101", "基本工资", 210.4, 210.4, None],
                  ["30102", "津贴补贴", 187.6, 187.6, None],
                  ["30113", "住房公积金", 100.1, 100.1, None],
                  ["302", "商品和服务支出", 31.4, None, 31.4],
                  ["30201", "办公费", 30.5, None, 30.5],
                  ["30211", "差旅费", 0.9, None, 0.9],
                  ["303", "对个人和家庭的补助", 42.2, 42.2, None],
                  ["30302", "退休费", 33.9, 33.9, None],
                  ["30305", "生活补助", 6.8, 6.8, None],
                  ["30309", "奖励金", 1.5, 1.5, None]])
    simple_table(d / "榆岭县教育局_2025_基本支出表.xlsx", "基本支出", "榆岭县教育局2025年一般公共预算基本支出表",
                 "D2", "单位：万元", ["科目编码", "科目名称", "2025年预算数合计", "人员经费", "公用经费"],
                 [[None, "合计", 150, 100, 50],
                  ["301", "工资福利支出", 100, 100, None],
                  ["30101", "基本工资", 60, 60, None],
                  ["30102", "津贴补贴", 40, 40, None],
                  ["302", "商品和服务支出", 50, None, 50],
                  ["30201", "办公费", 10, None, 10],
                  ["30211", "差旅费", 5, None, 5]])
    return engine_over(d / "kb.sqlite", [d / "榆岭县交通运输局_2025_基本支出表.xlsx", d / "榆岭县教育局_2025_基本支出表.xlsx"])


@pytest.mark.parametrize("ask", ["里面最多的是哪项", "其中最少的是哪项"])
def test_a_ranking_within_the_coded_line_shown(basic: Engine, ask: str) -> None:
    a = converse(basic, "榆岭交通局对个人和家庭的补助", ask)
    top = "退休费" if "最多" in ask else "奖励金"
    assert a.status == ANSWERED and top in a.text.split("（")[0] and "基本工资" not in a.text \
        and "差旅费" not in a.text, a.text


def test_lines_not_adding_up_to_the_coded_line_are_not_said_to_be_all_under_it(basic: Engine) -> None:
    # (302 is 50; the lines printed under it add up to 15: the rest is printed elsewhere, as a PDF's second block)
    a = converse(basic, "榆岭教育局商品和服务支出", "其中最大的一项")
    assert "下面共 2 项" not in a.text, a.text
