"""Allocation tables (rows = 乡镇/街道, amounts in 元, a 合计 column and a 合计 row), asked as people ask them:
by the verb of the money allotted (分得, 分到, 分配金额) with no column named, by a place in the ranking, by a
bound said in 万. The tables are made here with their own names and figures; every figure is worked out by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, set_cells, simple_table

from bot.engine import Engine

_HEADER = ["序号", "乡镇（街道）", "行政村数（个）", "基础分配", "因素分配", "考核奖补", "合计", "备注"]
# 合计 ranked: 南坪镇 840000 > 中和乡 640000 > 西河乡 620000 > 东岭镇 550000 > 北山街道 250000
_ROWS = [[1, "东岭镇", 10, 200000, 300000, 50000, 550000, "2024年考核优秀"],
         [2, "西河乡", 8, 200000, 420000, 0, 620000, None],
         [3, "南坪镇", 12, 200000, 610000, 30000, 840000, "2024年考核良好"],
         [4, "北山街道", 5, 150000, 100000, 0, 250000, "街道基础分配15万元"],
         [5, "中和乡", 9, 200000, 380000, 60000, 640000, "2024年考核优秀"],
         ["合计", None, 44, 950000, 1810000, 140000, 2900000, None]]


def _allocation(path: Path) -> Path:
    simple_table(path, "分配表", "柏溪县2025年农村饮水安全专项资金分配表", "H2", "单位：元", _HEADER, _ROWS)
    set_cells(path, {"A2": "主管部门：柏溪县水利局"})
    return path


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("alloc19")
    return engine_over(d / "kb.sqlite", [_allocation(d / "baixi_2025_water_allocation.xlsx")])


def _answered(engine: Engine, *turns: str) -> str:
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    return a.text


@pytest.mark.parametrize(("question", "row", "figure"), [
    ("分得最少的是哪个", "北山街道", "250000"),  # no column, no kind: the verb says the row's total
    ("分到最多的是哪个", "南坪镇", "840000"),
    ("倒数第二是哪个乡镇", "东岭镇", "550000"),  # a place from the bottom, by the 合计 column
    ("分配金额排第二的乡镇", "中和乡", "640000"),  # 分配 of 分配金额 is not 基础分配 / 因素分配
])
def test_allotted_rows_are_ranked_by_their_total(engine: Engine, question: str, row: str, figure: str) -> None:
    text = _answered(engine, question)
    first = text.splitlines()[0]
    assert row in first and figure in first, text
    assert "基础分配" not in first and "因素分配" not in first


def test_a_column_named_still_ranks_that_column(engine: Engine) -> None:
    text = _answered(engine, "行政村最多的乡镇")
    assert "南坪镇" in text and "12" in text and "840000" not in text


def test_the_next_place_follows_the_same_column(engine: Engine) -> None:
    assert "840000" in _answered(engine, "分配最多的乡镇")
    text = _answered(engine, "分配最多的乡镇", "第二多的呢")
    assert "中和乡" in text and "640000" in text and "200000" not in text


def test_a_bound_in_wan_over_a_table_in_yuan(engine: Engine) -> None:
    text = _answered(engine, "分到六十万以上的乡镇")
    for row in ("南坪镇", "中和乡", "西河乡"):
        assert row in text
    assert "东岭镇" not in text and "北山街道" not in text and "合计：2900000" not in text


def test_a_bound_of_a_count_column(engine: Engine) -> None:
    text = _answered(engine, "行政村数10个以上的乡镇")  # 以上 holds the bound itself
    assert "南坪镇" in text and "东岭镇" in text and "中和乡" not in text


@pytest.fixture(scope="module")
def beside(tmp_path_factory) -> Engine:
    """The allocation table beside another department's project table whose project is a 专项资金 too."""
    d = tmp_path_factory.mktemp("alloc19b")
    other = d / "qiaodong_2025_projects.xlsx"
    simple_table(other, "项目", "桥东区人社局2025年项目支出预算表", "D2", "单位：万元",
                 ["项目名称", "预算金额", "其他资金", "备注"],
                 [["就业专项资金", 120.5, 0, None], ["技能培训专项资金", 80, 10, None], ["合计", 200.5, 10, None]])
    return engine_over(d / "kb.sqlite", [_allocation(d / "baixi_2025_water_allocation.xlsx"), other])


@pytest.mark.parametrize("question", ["农村饮水安全专项资金总共多少", "饮水安全资金一共多少"])
def test_the_table_named_by_its_title_words_is_its_total(beside: Engine, question: str) -> None:
    text = _answered(beside, question)
    assert "2900000" in text.splitlines()[0] and "桥东" not in text


def test_the_tables_total_in_the_unit_asked(beside: Engine) -> None:
    text = _answered(beside, "饮水安全资金折合多少万元")
    assert "2900000元" in text and "290万元" in text


@pytest.mark.parametrize(("turns", "shown"), [
    (("南坪镇合计", "换算成万元"), "84万元"),
    (("东岭镇因素分配", "用万元表示"), "30万元"),
])
def test_the_figure_just_shown_in_another_unit(engine: Engine, turns: tuple[str, ...], shown: str) -> None:
    text = _answered(engine, *turns)
    assert shown in text and "元（来源" in text  # the figure as printed, and converted


def test_a_unit_asked_with_nothing_shown_is_no_figure(engine: Engine) -> None:
    assert converse(engine, "换算成万元").status != "answered"


@pytest.mark.parametrize("question", ["奖补资金占总额多少", "奖补占总额多少"])
def test_a_columns_share_of_the_tables_total(beside: Engine, question: str) -> None:
    text = _answered(beside, question)  # 140000 ÷ 2900000 = 4.83%
    assert "4.83%" in text and "140000" in text and "桥东" not in text


def test_a_column_only_one_department_prints_is_not_asked_which(beside: Engine) -> None:
    text = _answered(beside, "全县多少个行政村")
    assert "44" in text.splitlines()[0]


@pytest.mark.parametrize("question", ["考核优秀的乡镇有哪些", "考核优秀的乡镇", "哪些乡镇考核优秀"])
def test_rows_whose_remark_says_the_words(engine: Engine, question: str) -> None:
    text = _answered(engine, question)
    assert "东岭镇" in text and "中和乡" in text and "南坪镇" not in text and "西河乡" not in text


@pytest.mark.parametrize("column", ["考核奖补", "奖补"])
def test_a_column_of_the_rows_just_listed_added_up(engine: Engine, column: str) -> None:
    text = _answered(engine, "考核优秀的乡镇", f"它们的{column}加起来")  # 50000 + 60000
    assert "110000" in text and "140000" not in text


def test_words_no_remark_says_are_no_condition(engine: Engine) -> None:
    assert "共 5 项" not in converse(engine, "考核不合格的乡镇有哪些").text
