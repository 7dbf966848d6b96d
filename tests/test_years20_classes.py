"""Questions over a table printing two years side by side with their change (2024年预算数 | 2025年预算数 | 增减额 |
增减率), its items grouped under merged class cells each closed by a 小计 line:
- "哪些科目2025年比2024年减少了": the item rows whose printed change fell (never the grand total's change, never
  a 小计);
- "哪类支出下降了": the groups, by the change their 小计 line prints;
- "某类支出里哪些是增加的": the items of that group whose change rose.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine


def _comparison(path: Path) -> None:
    """三河县文化局's budget by economic class, 2024 beside 2025 (万元)."""
    simple_table(path, "对比表", "三河县文化局2025年部门预算支出与2024年对比表（按经济分类）", "A2", "单位：万元",
                 ["支出类别", "经济分类科目", "2024年预算数", "2025年预算数", "增减额", "增减率（%）"],
                 [["人员经费", "基本工资", 500.0, 520.0, 20.0, 4.0],
                  [None, "奖金", 200.0, 190.0, -10.0, -5.0],
                  [None, "小计", 700.0, 710.0, 10.0, 1.43],
                  ["公用经费", "印刷费", 40.0, 30.0, -10.0, -25.0],
                  [None, "邮电费", 20.0, 26.0, 6.0, 30.0],
                  [None, "会议费", 50.0, 45.0, -5.0, -10.0],
                  [None, "小计", 110.0, 101.0, -9.0, -8.18],
                  ["设备购置", "电脑购置", 60.0, 90.0, 30.0, 50.0],
                  [None, "小计", 60.0, 90.0, 30.0, 50.0],
                  ["合计", "合计", 870.0, 901.0, 31.0, 3.56]])


@pytest.fixture(scope="module")
def culture(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("years20_culture")
    _comparison(folder / "sanhe_culture_2024_vs_2025.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "sanhe_culture_2024_vs_2025.xlsx"])


def test_items_that_fell_between_the_years_said(culture: Engine) -> None:
    a = converse(culture, "文化局哪些科目2025年比2024年减少了")
    assert a.status == "answered"
    for item in ("奖金", "印刷费", "会议费"):
        assert item in a.text
    for other in ("基本工资", "邮电费", "电脑购置", "小计", "31万元"):
        assert other not in a.text


def test_items_that_rose_over_last_year(culture: Engine) -> None:
    a = converse(culture, "文化局哪些科目比上年增加了")
    assert a.status == "answered"
    assert all(item in a.text for item in ("基本工资", "邮电费", "电脑购置"))
    assert "奖金" not in a.text and "印刷费" not in a.text


def test_classes_that_fell_by_their_subtotals(culture: Engine) -> None:
    a = converse(culture, "文化局哪类支出下降了")
    assert a.status == "answered"
    assert "公用经费" in a.text and "-9" in a.text
    assert "人员经费" not in a.text and "印刷费" not in a.text
    assert "9" in converse(culture, "文化局哪类支出下降了", "降了多少").text


def test_items_of_a_group_that_rose(culture: Engine) -> None:
    a = converse(culture, "文化局公用经费里哪些是增加的")
    assert a.status == "answered"
    assert "邮电费" in a.text
    for other in ("印刷费", "会议费", "电脑购置", "基本工资"):
        assert other not in a.text


def test_rate_followup_said_another_way(culture: Engine) -> None:
    # the table's column is 增减率（%）: "增长率呢" / "降幅呢" ask it of the row just shown
    a = converse(culture, "文化局基本工资2025年", "增长率呢")
    assert a.status == "answered" and "4%" in a.text and "520" not in a.text.split("（来源")[0]
    assert "3.56" not in a.text  # never the total's rate
    b = converse(culture, "文化局印刷费", "降幅呢")
    assert b.status == "answered" and "-25%" in b.text


def test_item_ranked_by_its_change(culture: Engine) -> None:
    # "增加最多" ranks the rows by their printed 增减额, not their 2025 figure (基本工资 520 is the largest)
    a = converse(culture, "文化局哪个具体科目增加最多")
    assert a.status == "answered" and "电脑购置" in a.text and "30" in a.text
    assert "基本工资" not in a.text
    b = converse(culture, "文化局哪个科目减少最多")
    assert b.status == "answered" and "-10" in b.text and "印刷费" in b.text
