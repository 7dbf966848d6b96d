"""A 项目支出绩效监控表 printing several departments' projects (主管部门 | 项目名称 | 年初预算 | 1-6月执行数 | 执行率 |
指标名称 | 年度指标值 | 1-6月完成值 | 偏差原因; tests/data/mon51, made by make_monitor.py: 主管部门 printed on every row,
each project merged over its indicators' rows), loaded beside the published samples (a 2021 自评表 printing 全年完成值,
2024 tables). The classes: each 主管部门 is a department of its own (its rows added up, listed, never the table's 合计,
which is the place's); rows ranked and filtered over the whole table, whichever department each row is of; the
table's whole said as 总体; 完成了 of an indicator read in the column this table prints (1-6月完成值), not another
table's 全年完成值."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tests" / "data" / "samples"
MONITOR = ROOT / "tests" / "data" / "mon51" / "青山县教育局卫健局_2023年1-6月_项目支出绩效监控表.xlsx"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("mon51")
    return engine_over(d / "kb.sqlite", [ROOT / "knowledge", *sorted(SAMPLES.glob("*.xlsx")), MONITOR])


def _first(answer) -> str:
    return answer.text.split("（来源")[0]


def test_each_department_of_the_table_is_a_department(engine: Engine) -> None:
    names = engine.kb.department_names
    assert {"青山县教育局", "青山县卫生健康局"} <= set(names)


@pytest.mark.parametrize("question, figure, never", [
    ("卫健局1到6月一共执行了多少", "220", "565"),  # 100 + 120, never the table's 合计 (565)
    ("教育局几个项目年初预算加起来多少", "800", "1400"),  # 几个 says which rows, it asks no count
    ("卫生健康局年初预算合计", "600", "1400"),
])
def test_a_departments_rows_added_up(engine: Engine, question: str, figure: str, never: str) -> None:
    a = _ask(engine, question)
    assert a.status == "answered" and figure in _first(a) and never not in _first(a), a.text


def test_a_departments_projects_listed_by_name(engine: Engine) -> None:
    a = _ask(engine, "教育局有哪些项目")
    assert a.status == "answered", a.text
    assert "义务教育学校维修改造经费" in a.text and "学生营养改善计划经费" in a.text
    assert "维修改造校舍面积" not in a.text and "基层医疗机构设备购置经费" not in a.text


@pytest.mark.parametrize("question, said, never", [
    ("监控表里执行率最低的项目", ["基层医疗机构设备购置经费", "25"], ["义务教育学校维修改造经费"]),
    ("监控表有哪些项目执行率不到百分之五十", ["基层医疗机构设备购置经费", "义务教育学校维修改造经费"],
     ["学生营养改善计划经费", "家庭医生签约服务补助经费"]),
])
def test_rows_ranked_and_filtered_over_the_whole_table(engine: Engine, question: str, said: list[str],
                                                        never: list[str]) -> None:
    a = _ask(engine, question)
    assert a.status == "answered", a.text
    assert all(s in a.text for s in said) and not any(n in a.text for n in never), a.text


@pytest.mark.parametrize("question", ["监控项目总体执行率", "监控项目的总体执行率"])
def test_the_tables_whole_said_as_overall(engine: Engine, question: str) -> None:
    a = _ask(engine, question)
    assert a.status == "answered" and "40.36" in _first(a), a.text


def test_done_is_the_column_the_table_prints(engine: Engine) -> None:
    # (the 2021 自评表 loaded beside it prints 全年完成值: never this table's word for 完成了)
    a = _ask(engine, "校舍面积完成了多少")
    assert a.status == "answered" and "4500平方米" in _first(a), a.text


@pytest.fixture(scope="module")
def liuyang(tmp_path_factory) -> Engine:
    """tests/data/general50: the 2025 monitoring table of 农业农村局 and 水利局 beside a 2026 budget of 浏阳's units."""
    d = tmp_path_factory.mktemp("mon51g")
    return engine_over(d / "kb.sqlite", [ROOT / "knowledge", ROOT / "tests" / "data" / "general50"])


def test_a_short_place_name_with_a_unit_only_another_table_holds(liuyang: Engine) -> None:
    # (浏阳 fits the place and its bureaus; 一中 (第一中学) is a row of the budget table only: never the monitoring
    # table's 执行数 as if 一中 were not said, nor asked which of its departments)
    a = _ask(liuyang, "浏阳一中2025年执行了多少")
    assert a.status != "answered" or "一中" in a.text, a.text
    assert "2478.3" not in a.text and "112.4" not in a.text and a.status != "clarify", a.text


def test_a_value_of_an_indicators_line_with_its_project_said(liuyang: Engine) -> None:
    # (二级指标 成本指标 printed on the line of each project's cost indicator: the named project's indicator, with
    # its own figures — never the other project's 检测经费 — and "全年预计完成值呢" next is that indicator's)
    a = _ask(liuyang, "小型水库除险加固的成本指标")
    assert a.status == "answered" and "单座水库加固投资" in a.text and "检测经费" not in a.text, a.text
    b = _ask(liuyang, "小型水库除险加固的成本指标", "全年预计完成值呢")
    assert b.status == "answered" and "≤110万元" in _first(b) and "≤120万元" not in _first(b), b.text
