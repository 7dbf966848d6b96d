"""A follow-up that adds up after answers that showed a row's several columns (each a line of labelled
figures of different units) must never fail with an error."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import converse, engine_over, simple_table


def test_adding_up_after_two_lines_of_columns_is_never_an_error(tmp_path: Path):
    simple_table(tmp_path / "assets.xlsx", "国有资产", "青松区2024年度行政事业单位国有资产占有情况表", "E2", "单位：万元",
                 ["单位", "资产总额", "房屋面积（平方米）", "车辆数量（辆）"],
                 [["行政单位小计", 21754.35, 29760, 36], ["事业单位小计", 12692.2, 24740, 24],
                  ["合计", 34446.55, 54500, 60]])
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path / "assets.xlsx"])
    answer = converse(engine, "青松区行政单位小计", "事业单位小计呢", "加起来")
    assert answer.intent != "error" and "出错" not in answer.text, answer.text
