"""Confident wrong answers the round's review found, each on a table of its own: the rate of a printed
change (比上年增减) is over the year before the latest, not the row's oldest; "X减去Y" is no exclusion of
both from the list; "不包含X的" sums the projects without X; "还有什么指标" asks no class."""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table
from test_less_than_shown import _FARM

from bot.engine import Engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("rev14")
    (folder / "meiling_nyj.txt").write_text(_FARM, encoding="utf-8")
    simple_table(folder / "songling.xlsx", "支出", "松岭县文化旅游局2025年支出预算对比表", "E2", "单位：万元",
                 ["科目名称", "2023年决算数", "2024年预算数", "2025年预算数", "比上年增减"],
                 [("一般公共服务支出", 100, 200, 250, 50), ("文化旅游体育与传媒支出", 400, 500, 450, -50),
                  ("合计", 500, 700, 700, 0)])
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_printed_change_is_over_the_year_before(engine) -> None:
    a = _ask(engine, "松岭县文化旅游局一般公共服务支出增长率是多少")
    assert "25.00%" in a.text and "50.00%" not in a.text, a.text
    b = _ask(engine, "松岭县文化旅游局文化旅游体育与传媒支出比上年下降了百分之几")
    assert "10.00%" in b.text and "12.50%" not in b.text, b.text


def test_one_project_less_another_is_not_the_rest_of_the_list(engine) -> None:
    a = _ask(engine, "梅岭县农技推广服务经费减去动物防疫补助经费是多少")
    assert "60.5" not in a.text, a.text  # the other two projects (45.5 + 15) are not what was asked
    assert "90" in a.text and "45.5" in a.text, a.text


@pytest.mark.parametrize("said", ["不包含", "没有含"])
def test_projects_without_a_word_are_summed(engine, said) -> None:
    a = _ask(engine, "梅岭县农业农村局有哪些项目", f"其中{said}动物防疫的合计多少")
    assert a.status == "answered" and "105" in a.text and "= 45.5" not in a.text, a.text


def test_other_indicators_asked_is_no_class(engine) -> None:
    a = _ask(engine, "梅岭县农技推广服务经费培训农户人次指标值", "还有什么指标")
    assert "属于一级指标" not in a.text, a.text
