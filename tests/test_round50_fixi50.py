"""One department's 2026 项目支出绩效目标表 beside its 2025 项目支出绩效评价指标评分表 (one sheet per project, each
project of both years), and another office's 2026 table titled …预算表, all fictional (松岭县水利局):
- a follow-up naming a year with 它 after a sheet's project answered whole (评价等级): the namesake of the year said,
  never "which of the two" (the typed reading's suggestions, never shown, are no choice offered);
- "2026年预算" after a 2026 project: its row there, never "the 财政局's table has no such item" because 预算 is a
  word of that office's table's title;
- "那X呢" after a sheet's block line (执行数): X's 执行数 in its own sheet of that year, never the sheet's 合计 line
  nor X's 2026 total.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook
from target_tables import Item, Unit, render

from bot.engine import Engine

DEPT = "松岭县水利局"
UNITS = [Unit(DEPT, "150.00 150.00", [
    Item("小型水库维修养护经费", "96.00 96.00", "完成小型水库日常维修养护，保障水库安全运行。",
         [("11", "维修养护水库座数", "≥12座", "≥12座"), ("31", "群众满意度", "≥90%", "≥90%")]),
    Item("河道保洁经费", "54.00 54.00", "落实河道日常保洁，改善河道面貌。",
         [("11", "保洁河道长度", "≥40公里", "≥40公里"), ("31", "沿河群众满意度", "≥88%", "≥88%")]),
])]

# (sheet, project, 预算数, 执行数, 执行率, 评价总分, 评价等级, grid rows: 三级指标, 分值, 目标, 实际, 得分)
_SCORED = [
    ("水库养护", "小型水库维修养护经费", 90, 81, "90%", 91, "优",
     [("维修养护水库座数", 60, "≥10座", "11座", 60), ("群众满意度", 40, "≥85%", "92%", 31)]),
    ("河道保洁", "河道保洁经费", 50, 43.5, "87%", 82, "良",
     [("保洁河道长度", 60, "≥35公里", "38公里", 55), ("沿河群众满意度", 40, "≥85%", "86%", 27)]),
]


def _scorecard(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, project, budget, spent, rate, total, grade, grid in _SCORED:
        ws = wb.create_sheet(sheet)
        ws.append([f"{DEPT}2025年项目支出绩效评价指标评分表"])
        ws.append(["项目名称", project, None, None, "主管部门", DEPT])
        ws.append(["实施单位", DEPT, None, None, "评价机构", "松岭致远会计师事务所"])
        ws.append(["预算数（万元）", budget, "执行数（万元）", spent, "执行率", rate])
        ws.append(["评价总分", total, "评价等级", grade, "评价时间", "2026年3月"])
        ws.append(["一级指标", "二级指标", "三级指标", "分值", "指标值(目标)", "实际完成值", "得分", "扣分原因"])
        for name, points, target, done, got in grid:
            ws.append(["产出", "数量指标", name, points, target, done, got, None])
        ws.append(["合计", None, None, sum(g[1] for g in grid), None, None, sum(g[4] for g in grid), None])
        for cells in ("A1:H1", "B2:D2", "F2:H2", "B3:D3", "F3:H3"):
            ws.merge_cells(cells)
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fixi50_tables")
    (d / f"{DEPT}_2026年_项目支出绩效目标表.txt").write_text(render(DEPT, "150.00 150.00", UNITS), encoding="utf-8")
    _scorecard(d / f"{DEPT}_2025年_项目支出绩效评价指标评分表.xlsx")
    rows = [["松岭县2026年政府采购预算表"], ["编制单位：松岭县财政局", None, None, "单位：万元"],
            ["部门名称", "采购品目", "数量", "金额（万元）"],
            ["松岭县教育局", "教学一体机", 20, 60.0], ["合计", None, None, 60.0]]
    write_workbook(d / "松岭县_2026年_政府采购预算表.xlsx", rows, ["A1:D1"], sheet="政府采购预算表")
    return engine_over(tmp_path_factory.mktemp("fixi50_db") / "kb.sqlite", [d])


def test_a_year_said_with_it_after_a_sheets_project_answered_whole(engine):
    a = converse(engine, "小型水库维修养护经费2025年评价等级", "2026年它的预算")
    assert a.status == "answered" and "96.00" in a.text and "2026年" in a.text
    b = converse(engine, "河道保洁经费2025年评价等级", "2026年预算多少")
    assert b.status == "answered" and "54.00" in b.text


def test_the_year_shown_said_again_is_the_projects_row(engine):
    a = converse(engine, "河道保洁经费", "2026年它的预算")
    assert a.status == "answered" and "54.00" in a.text and "财政局" not in a.text
    b = converse(engine, "小型水库维修养护经费", "2026年预算")
    assert b.status == "answered" and "96.00" in b.text


def test_another_project_after_a_sheets_block_line(engine):
    a = converse(engine, "河道保洁执行数", "那小型水库维修养护呢")
    assert a.status == "answered" and "81" in a.text and "96.00" not in a.text and "合计" not in a.text
