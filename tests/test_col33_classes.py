"""COLUMNS of general tables (col33), on tables generated here with names and figures of their own.

Classes: a superlative or a condition over a numeric column said by its name ("执行率最低的", "执行率低于85%的",
"执行率100%的") ranks or filters that column, never the text cells holding the word (主要问题 "执行率偏低…")."""

from __future__ import annotations

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, Engine


def _evaluation_table(path, two_rows: bool) -> None:
    """A 绩效评价结果汇总表: the execution columns under one heading (two header rows) or flat, a 合计 last,
    a 主要问题 column whose cells name 执行率 in words."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评价汇总"
    ws.append(["青禾县2025年度财政支出项目绩效评价结果汇总表"])
    ws.append(["填报单位：青禾县财政局", None, None, None, None, None, None, None, None, None, "单位：万元"])
    cols = ["预算数(万元)", "执行数(万元)", "执行率"]
    if two_rows:
        ws.append(["序号", "项目名称", "主管部门", "评价方式", "资金执行情况", None, None, "评价得分", "评价等级",
                   "主要问题", "结果应用"])
        ws.append([None, None, None, None, *cols, None, None, None, None])
        for col in "ABCDHIJK":
            ws.merge_cells(f"{col}3:{col}4")
        ws.merge_cells("E3:G3")
    else:
        ws.append(["序号", "项目名称", "主管部门", "评价方式", *cols, "评价得分", "评价等级", "主要问题", "结果应用"])
    rows = [
        (1, "乡村学校图书配送项目", "县教体局", "财政评价", 300, 297, 0.99, 92, "优", "图书目录更新慢", "维持规模"),
        (2, "城区排涝泵站维修", "县水务局", "部门评价", 840, 588, 0.7, 71, "中", "预算执行率偏低，两座泵站未完工", "压减预算15%"),
        (3, "茶叶品牌推广补助", "县农业农村局", "部门评价", 150, 150, 1, 88, "良", "无明显问题", "维持规模"),
        (4, "养老机构运营补贴", "县民政局", "财政评价", 420, 357, 0.85, 83, "良", "部分机构资金结余较多", "压减预算5%"),
        (5, "森林消防物资储备", "县应急局", "部门评价", 96, 96, 1, 90.5, "优", "无明显问题", "维持规模"),
        (6, "河道保洁服务购买", "县水务局", "部门评价", 210, 168, 0.8, 79, "中", "合同签订迟，保洁频次不足", "压减预算10%"),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append(["合计", None, None, None, 2016, 1656, 0.8214, None, None, None, None])
    ws.append(["注：执行率=执行数÷预算数。"])
    for row in ws.iter_rows(min_col=7, max_col=7):
        for cell in row:
            if isinstance(cell.value, float | int) and cell.value <= 1:
                cell.number_format = "0.00%"
    wb.save(path)


@pytest.fixture(scope="module", params=[True, False], ids=["two_header_rows", "flat"])
def evaluation(request, tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("col33_eval")
    _evaluation_table(d / "qinghe_evaluation_2025.xlsx", request.param)
    return engine_over(tmp_path_factory.mktemp("col33_eval_db") / "kb.sqlite", [d])


def test_the_lowest_rate_ranks_the_numeric_column(evaluation: Engine) -> None:
    a = converse(evaluation, "执行率最低的项目")
    assert a.status == ANSWERED and "城区排涝泵站维修" in a.text and "70" in a.text, a.text
    assert "主要问题" not in a.text


def test_a_rate_below_a_threshold_filters_the_numeric_column(evaluation: Engine) -> None:
    a = converse(evaluation, "执行率低于85%的项目")
    assert a.status == ANSWERED, a.text
    assert "城区排涝泵站维修" in a.text and "河道保洁服务购买" in a.text, a.text
    assert "茶叶品牌" not in a.text and "主要问题" not in a.text


def test_a_rate_equal_to_a_figure_filters_the_numeric_column(evaluation: Engine) -> None:
    a = converse(evaluation, "执行率100%的有哪些")
    assert a.status == ANSWERED, a.text
    assert "茶叶品牌推广补助" in a.text and "森林消防物资储备" in a.text, a.text
    assert "排涝" not in a.text and "主要问题" not in a.text
