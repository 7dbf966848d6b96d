"""A department publishes several kinds of table a year (a budget summary, an allocation table …): they load
together and each answers; a corrected table still replaces the one of its own kind."""

from __future__ import annotations

from pathlib import Path

from bot.engine import Session
from bot.store.build import load_paths
from tests.conftest import engine_over, simple_table

DEPT = "松岭县农业农村局"


def _summary(path: Path, income: float) -> None:
    simple_table(path, "收支总表", f"{DEPT}2025年部门收支预算总表", "D2", "单位：万元",
                 ["项目", "预算数"], [["一般公共预算拨款收入", income], ["事业收入", 120.5], ["收入合计", income + 120.5]])


def _allocation(path: Path) -> None:
    simple_table(path, "分配表", f"{DEPT}2025年高标准农田建设补助资金分配表", "D2", "单位：万元",
                 ["乡镇", "分配金额"], [["东坑镇", 310.0], ["西岭镇", 245.0], ["合计", 555.0]])


def test_two_kinds_of_table_of_one_department_and_year_load_together(tmp_path: Path):
    _summary(tmp_path / "a.xlsx", 3860.0)
    _allocation(tmp_path / "b.xlsx")
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path / "a.xlsx", tmp_path / "b.xlsx"])
    income = engine.ask("松岭县农业农村局事业收入多少", Session())
    town = engine.ask("西岭镇分配金额多少", Session())
    assert income.status == "answered" and "120.5" in income.text
    assert town.status == "answered" and "245" in town.text


def test_a_corrected_table_replaces_the_one_of_its_kind_only(tmp_path: Path):
    _summary(tmp_path / "a.xlsx", 3860.0)
    _allocation(tmp_path / "b.xlsx")
    db = tmp_path / "kb.sqlite"
    load_paths(db, [tmp_path / "a.xlsx", tmp_path / "b.xlsx"])
    fixed = tmp_path / "fixed"
    fixed.mkdir()
    _summary(fixed / "a2.xlsx", 3900.0)
    summary = load_paths(db, [fixed / "a2.xlsx"], keep_existing=True)
    assert any("部门收支预算总表" in r for r in summary.replaced), summary.replaced
    engine = engine_over(db, [fixed / "a2.xlsx", tmp_path / "b.xlsx"])
    assert "3900" in engine.ask("松岭县农业农村局一般公共预算拨款收入多少", Session()).text
    assert "245" in engine.ask("西岭镇分配金额多少", Session()).text
