"""A monitoring table (绩效运行监控表) that prints a project's name AND its amounts (全年预算, 执行数, 执行率) again
on every one of its indicator rows, instead of merging them or printing them on the first row only. The
amounts are the project's, said once: a sum, a count, a ranking and a row's arithmetic see one row per
project, never one per indicator. The other two shapes (merged, first row only): tests/test_mon12_classes.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine
from bot.ingest.grid import worksheet_facts

ROOT = Path(__file__).resolve().parent.parent

# (project, 全年预算, 1-9月执行数, 预算执行率, [(指标名称, 全年目标值, 实际完成值)], 偏差原因)
_ROADS = [
    ("乡道安保提升工程", 460, 115, 0.25, [("安保设施里程", "80公里", "18公里"), ("隐患路段整治率", "100%", "30%")],
     "雨季停工"),
    ("危桥检测加固", 280, 196, 0.7, [("检测桥梁数量", "36座", "30座"), ("加固危桥数量", "6座", "4座"),
                                   ("通行群众满意度", "≥90%", "93%")], "进展顺利"),
    ("客运站候车厅改造", 150, 60, 0.4, [("改造面积", "1200平方米", "500平方米")], "设计变更"),
]
_HEADER = ["项目名称", "全年预算", "1-9月执行数", "预算执行率", "指标名称", "全年目标值", "1-9月实际完成值", "偏差原因"]
_DEPT = "柘溪县交通运输局"


def _rows() -> list[tuple]:
    """Every indicator row printing its project's name and amounts again (and its reason)."""
    return [(name, budget, spent, rate, ind, target, done, reason)
            for name, budget, spent, rate, indicators, reason in _ROADS for ind, target, done in indicators]


@pytest.fixture(scope="module")
def table(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("rep12")
    simple_table(d / "柘溪交通运行监控.xlsx", "运行监控", f"{_DEPT}2025年项目支出绩效运行监控表（1—9月）", "A2",
                 "单位：万元", _HEADER, _rows())
    return d


@pytest.fixture(scope="module")
def engine(table) -> Engine:

    return engine_over(table / "kb.sqlite", [ROOT / "knowledge", table])


def _first(answer) -> str:
    return answer.text.split("（来源")[0]


def test_the_repeated_amounts_are_read_once_per_project(table):
    import openpyxl

    ws = openpyxl.load_workbook(table / "柘溪交通运行监控.xlsx").active
    facts = worksheet_facts(ws).facts
    budgets = [f for f in facts if f.col == ("全年预算",)]
    assert sorted((f.row[0], f.number) for f in budgets) == sorted((p[0], p[1]) for p in _ROADS)
    # every indicator row keeps its own figures
    targets = [f for f in facts if f.col == ("全年目标值",)]
    assert len(targets) == sum(len(p[4]) for p in _ROADS)


def test_the_budgets_add_up_once_per_project(engine):
    total = sum(p[1] for p in _ROADS)
    repeated = sum(r[1] for r in _rows())
    answer = _ask(engine, "柘溪交通运输局全年预算一共多少")
    assert answer.status == "answered" and f"{total}万元" in _first(answer), answer.text
    assert str(repeated) not in answer.text, answer.text


def test_the_projects_are_counted_once_each(engine):
    answer = _ask(engine, "柘溪交通运输局有几个项目")
    assert answer.status == "answered", answer.text
    assert f"{len(_ROADS)} 个" in _first(answer) and "0 个" not in answer.text, answer.text
    assert all(p[0] in answer.text for p in _ROADS), answer.text


@pytest.mark.parametrize("word, pick", [("最低", min), ("最高", max)])
def test_a_ranking_compares_the_projects_not_their_indicator_rows(engine, word, pick):
    name = pick(_ROADS, key=lambda p: p[3])[0]
    answer = _ask(engine, f"柘溪交通运输局哪个项目执行率{word}")
    assert answer.status == "answered" and name in _first(answer), answer.text
    assert f"共比较 {len(_ROADS)} 项" in answer.text, answer.text


def test_what_is_left_is_said_once(engine):
    name, budget, spent = _ROADS[1][:3]
    answer = _ask(engine, f"{name}还剩多少没花")
    assert answer.status == "answered" and str(budget - spent) in _first(answer), answer.text
    # one sentence, never the same one again for each indicator row
    assert "；" not in _first(answer) and _first(answer).count("尚未") <= 1, answer.text


def test_the_budget_and_the_rate_of_a_project_in_one_message(engine):
    name, budget, _, rate = _ROADS[0][:4]
    answer = _ask(engine, f"柘溪交通运输局{name}全年预算多少 执行率呢")
    assert answer.status == "answered", answer.text
    assert f"{budget}万元" in answer.text and f"{rate * 100:.2f}%" in answer.text, answer.text
    assert not any(t in answer.text for _, t, _ in _ROADS[0][4]), answer.text  # no indicator's 全年目标值
