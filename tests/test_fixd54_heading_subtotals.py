"""A 序号 heading's 小计 row read by the table's own shape (fixd54): a heading of no figures ("一 | 城乡建设类")
whose 小计 is printed right under it, above its numbered items, heads that 小计 whatever the columns; printed below
its items, the 小计 stands under the heading when the table has a figure column under a header of its own (总投资),
while a table whose every figure is a part of a column group (在编人员 › 核定数 / 在岗数 / 缺编数 of a staffing table)
closes the outline at it, as at any unnumbered row — the staffing readers take the rows since the heading as its group
and that 小计 as theirs, so "在编人员总共多少" is never 核定数 and 缺编数 added."""

from __future__ import annotations

from bot.ingest.grid import grid_facts

# 2 header rows: 在编人员 / 聘用人员 each over 核定数 / 在岗数 / 缺编数 (merged over their three columns)
_STAFF = [["某区2025年机构人员情况表", "", "", "", "", "", "", ""],
          ["序号", "机构名称", "在编人员", "", "", "聘用人员", "", ""],
          ["", "", "核定数", "在岗数", "缺编数", "核定数", "在岗数", "缺编数"],
          ["", "合计", "40", "35", "5", "12", "10", "2"],
          ["一", "综合管理机构", "", "", "", "", "", ""],
          ["1", "区档案馆", "10", "9", "1", "3", "3", "0"],
          ["2", "区机关事务中心", "14", "12", "2", "4", "3", "1"],
          ["", "小计", "24", "21", "3", "7", "6", "1"],
          ["二", "执法机构", "", "", "", "", "", ""],
          ["3", "区城管执法队", "16", "14", "2", "5", "4", "1"],
          ["", "小计", "16", "14", "2", "5", "4", "1"]]
_STAFF_MERGED = [(0, 0, 0, 7), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 1, 4), (1, 5, 1, 7)]


def _paths(rows: list, merged: list, col: tuple) -> set[tuple]:
    return {f.row for f in grid_facts(rows, merged).facts if f.col == col}


def test_a_column_grouped_tables_subtotal_below_its_units_closes_the_outline() -> None:
    paths = _paths(_STAFF, _STAFF_MERGED, ("在编人员", "核定数"))
    assert ("综合管理机构", "区档案馆") in paths and ("执法机构", "区城管执法队") in paths, paths
    assert ("小计",) in paths and ("综合管理机构", "小计") not in paths and ("合计",) in paths, paths


def test_a_subtotal_right_under_its_heading_stands_under_it_in_a_column_grouped_table() -> None:
    rows = [*_STAFF[:4], _STAFF[4], _STAFF[7], _STAFF[5], _STAFF[6], _STAFF[8], _STAFF[10], _STAFF[9]]
    paths = _paths(rows, _STAFF_MERGED, ("在编人员", "核定数"))
    assert ("综合管理机构", "小计") in paths and ("执法机构", "小计") in paths, paths
    assert ("综合管理机构", "区机关事务中心") in paths and ("执法机构", "区城管执法队") in paths, paths


def test_a_subtotal_below_its_items_stands_under_the_heading_beside_a_measure_of_its_own() -> None:
    rows = [["某区2025年建设项目计划表", "", "", "", ""], ["序号", "项目名称", "总投资", "其中", ""],
            ["", "", "", "区级资金", "上级资金"],
            ["一", "城乡建设类", "", "", ""], ["1", "北环路拓宽工程", "800", "500", "300"],
            ["2", "菜市场改造工程", "200", "200", ""], ["", "小计", "1000", "700", "300"],
            ["二", "教育类", "", "", ""], ["3", "二中扩建工程", "600", "100", "500"], ["", "小计", "600", "100", "500"],
            ["", "合计", "1600", "800", "800"]]
    merged = [(0, 0, 0, 4), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 1, 4)]
    paths = _paths(rows, merged, ("总投资",))
    assert ("城乡建设类", "小计") in paths and ("教育类", "小计") in paths and ("合计",) in paths, paths
    assert ("城乡建设类", "菜市场改造工程") in paths, paths
