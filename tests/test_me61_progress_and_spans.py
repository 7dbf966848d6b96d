"""A county's 部门预算执行进度表 (云岭县, fictional) whose departments are numbered rows printing no figures, their
units indented under them and closed by an indented 小计 (a department of one line numbered with its figures), beside
the seed: a department's figure is its 小计's, never its first unit's; and a span of months said (1-10月, 1到9月) is a
part of the year, which a project table's whole-year budget never answers."""

from __future__ import annotations

import openpyxl
import pytest
from conftest import SEED, converse, engine_over

from bot.engine import Engine

# (序号, name, 年初预算数, 调整后预算数, 1-10月累计支出); None figures: a department's heading row
_ROWS = [
    (1, "云岭县教育局", None, None, None),
    (None, "  云岭县教育局本级", 3000.0, 3200.0, 2500.0),
    (None, "  云岭县第一中学", 5000.0, 5100.0, 4400.0),
    (None, "  小计", 8000.0, 8300.0, 6900.0),
    (2, "云岭县公安局", 9000.0, 9500.0, 8100.0),
    (3, "云岭县水利局", None, None, None),
    (None, "  云岭县水利局本级", 4000.0, 4300.0, 3100.0),
    (None, "  云岭县河道管理站", 1500.0, 1600.0, 1400.0),
    (None, "  小计", 5500.0, 5900.0, 4500.0),
    (4, "云岭县民政局", 4200.0, 4500.0, 3600.0),
]


def _progress(path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按部门"
    ws.append(["云岭县2026年1-10月部门预算执行进度表"])
    ws.append(["数据截至：2026年10月31日", None, None, None, "单位：万元", None])
    ws.append(["序号", "部门（单位）名称", "年初预算数", "调整后预算数", "1-10月累计支出", "执行率", "与序时进度差"])
    for n, name, plan, adjusted, spent in _ROWS:
        rate = round(spent / adjusted, 4) if spent else None
        ws.append([n, name, plan, adjusted, spent, rate, round(rate - 0.8333, 4) if rate else None])
    rows = [r for r in _ROWS if r[2] is not None]
    total = [sum(r[k] for r in rows if r[0] or r[1].strip() == "小计") for k in (2, 3, 4)]
    ws.append([None, "合计", *total, round(total[2] / total[1], 4), round(total[2] / total[1] - 0.8333, 4)])
    for row in ws.iter_rows(min_row=4, min_col=6, max_col=7):
        for cell in row:
            cell.number_format = "0.00%"
    ws.merge_cells("A1:G1")
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("me61_progress")
    _progress(folder / "云岭县_2026年1-10月_部门预算执行进度表.xlsx")
    return engine_over(tmp_path_factory.mktemp("me61_db") / "kb.sqlite", [SEED, folder])


@pytest.mark.parametrize(("question", "figure", "not_figure"), [
    ("云岭县教育局1-10月累计支出多少", "6900", "2500"),  # the 小计 under the numbered heading, not 本级
    ("云岭县水利局调整后预算数", "5900", "4300"),
    ("云岭县公安局年初预算多少", "9000", "8000"),  # a department of one numbered line
])
def test_a_department_numbered_over_its_indented_units_is_its_subtotal(engine, question, figure, not_figure):
    a = engine.ask(question, record=False)
    assert a.status == "answered" and figure in a.text and not_figure not in a.text, a.text


def test_a_unit_under_its_department_is_still_its_own_line(engine):
    a = engine.ask("云岭县河道管理站1-10月累计支出", record=False)
    assert a.status == "answered" and "1400" in a.text, a.text


@pytest.mark.parametrize("turns", [
    ["信访超市运行经费", "1到9月花了多少"],
    ["信访超市运行经费1-10月支出多少"],
    ["法律顾问经费一至三月用了多少"],
])
def test_a_span_of_months_is_never_a_projects_whole_year_budget(engine, turns):
    a = converse(engine, *turns)
    assert a.status != "answered" and "68.00" not in a.text and "25.00" not in a.text, a.text


def test_a_project_asked_without_a_span_still_answers(engine):
    a = converse(engine, "信访超市运行经费")
    assert a.status == "answered" and "68.00" in a.text, a.text


def test_departments_ranked_are_the_blocks_and_the_one_line_departments(engine):
    a = engine.ask("哪个部门执行率最高", record=False)  # 公安局 8100/9500 = 85.26 %, above every 小计 and 民政局 80 %
    assert a.status == "answered" and "云岭县公安局" in a.text and "85.26%" in a.text and "4 项" in a.text, a.text
    a = engine.ask("哪个部门执行率最低", record=False)  # 水利局's 小计 4500/5900 = 76.27 %, not a unit of it
    assert a.status == "answered" and "云岭县水利局" in a.text and "76.27%" in a.text, a.text


def test_a_gap_the_table_prints_is_the_difference_asked(engine):
    a = engine.ask("云岭县公安局跟序时进度差多少", record=False)  # its printed 与序时进度差, not set against the 合计
    assert a.status == "answered" and "1.93%" in a.text and "合计" not in a.text, a.text


def test_departments_listed_by_a_condition_are_the_blocks_and_the_one_line_departments(engine):
    a = engine.ask("执行率低于84%的部门有哪些", record=False)  # 教育局 83.13 %, 水利局 76.27 %, 民政局 80 %; not 公安局
    assert a.status == "answered" and "共 3 项" in a.text, a.text
    assert "云岭县民政局" in a.text and "云岭县公安局" not in a.text and "本级" not in a.text, a.text
