"""Round 62 (debt62): classes of questions left owed by round 61.

- A number said with 万 / 万元 / 元 after it is an amount, never a year ("资产总额超过2000万的单位": no "没有 2000 年").
- Two units of one department with tables of its own, said together ("农业农村局本级和农技推广中心加起来"), are its
  projects' table's: both sides from that table, never one side from a place's 部门收入预算表 (tests/data/dept60).
- A department's 系统 ("农业农村局系统收入") is the department with its units: its 小计 line.
- "它们都叫什么" after a count: the names of the things just counted, listed.

Fixtures: a fictional 青岚县 asset table (below) and tests/data/dept60 (fictional 溪山县)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.facts.words import _YEAR_Q
from bot.engine import Engine
from tests.conftest import converse, engine_over, write_workbook

_ROOT = Path(__file__).resolve().parent.parent
DATA = _ROOT / "tests" / "data"

_ASSETS = [
    ["青岚县2025年行政事业单位国有资产占用情况表", None, None, None],
    ["编制单位：青岚县财政局", None, None, "单位：万元"],
    ["序号", "单位名称", "资产总额", "负债总额"],
    [1, "青岚县水务局", 3120.5, 410.2],
    [2, "青岚县水文站", 860.3, 95.1],
    [3, "青岚县文化馆", 2480.75, 120.0],
    [4, "青岚县图书馆", 1530.2, 88.6],
    ["合计", None, 7991.75, 713.9],
]


@pytest.fixture(scope="module")
def assets(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("debt62_assets")
    table = write_workbook(d / "青岚县_2025年_国有资产占用情况表.xlsx", _ASSETS, ["A1:D1"])
    return engine_over(d / "kb.sqlite", [_ROOT / "knowledge", table])


@pytest.fixture(scope="module")
def dept60(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("debt62_dept60") / "kb.sqlite", [_ROOT / "knowledge", DATA / "dept60"])


def test_a_number_before_wan_is_no_year() -> None:
    said = [m.group(1) for q in ("超过2000万的单位", "2000万元以上", "1999元", "2000多万", "2025年资产")
            for m in _YEAR_Q.finditer(q)]
    assert said == ["2025"], said


def test_amount_threshold_is_answered_not_a_missing_year(assets: Engine) -> None:
    a = converse(assets, "资产总额超过2000万的是什么单位")
    assert a.status == "answered", a.text
    assert "年的数据" not in a.text and "水务局" in a.text and "文化馆" in a.text and "图书馆" not in a.text, a.text


def test_two_units_of_one_department_said_together(dept60: Engine) -> None:
    """本级 857.5 and 农技推广中心 112.1 of the 目标表 (969.6); never 857.5 + its 收入 line 420.4 (1277.9)."""
    a = converse(dept60, "农业农村局本级和农技推广中心加起来多少")
    assert a.status == "answered", a.text
    assert "969.6" in a.text and "1277.9" not in a.text and "420.4" not in a.text, a.text
    a = converse(dept60, "农业农村局本级和疫控中心差多少")
    assert a.status == "answered" and "721.1" in a.text and "收入预算表" not in a.text, a.text


def test_a_departments_system_is_its_whole(dept60: Engine) -> None:
    a = converse(dept60, "农业农村局系统收入多少")
    assert a.status == "answered" and "3831.1" in a.text, a.text
    a = converse(dept60, "民政局系统收入合计")
    assert a.status == "answered" and "2880.9" in a.text, a.text


def test_names_asked_after_a_count(dept60: Engine) -> None:
    a = converse(dept60, "农业农村局有几个项目", "它们都叫什么")
    assert a.status == "answered", a.text
    assert "良种繁育推广经费" in a.text and "病死动物无害化处理经费" in a.text and "部门名称" not in a.text, a.text
    a = converse(dept60, "民政局有几个单位", "都叫什么")
    assert a.status == "answered" and "溪山县社会福利中心" in a.text, a.text


def test_names_not_asked_of_a_printed_count(samples_engine: Engine) -> None:
    """A count a table prints ("绩效跟踪评价的项目：4个" of a 决算) names none of the things counted: "分别叫什么名字"
    after it is not answered with the row's own labels listed as if they were the four."""
    for names in ("分别叫什么名字", "它们都叫什么"):
        a = converse(samples_engine, "财政局绩效评价的项目几个", names)
        assert a.status != "answered" and "598.42" not in a.text, a.text
