"""Round 47: a department's whole is no project when projects are ranked by their indicators; one grammar for a
year said alone as a follow-up."""

from __future__ import annotations

import pytest
from conftest import engine_over, write_workbook
from target_tables import render
from test_round47_whole47 import _PROJECTS, _WHOLE, _WHOLE_MERGED

from bot.answer import YEAR_ALONE
from bot.engine import Engine
from bot.language.normalize import compact, normalize


@pytest.mark.parametrize("order", ["最多", "最少"])
def test_indicators_of_a_department_whole_rank_no_project(samples_engine: Engine, order: str) -> None:
    # 湛江's 部门整体预算绩效目标表 prints its indicators for the department as a whole; its tasks have none.
    a = samples_engine.ask(f"湛江人社局哪个项目指标{order}", record=False)
    assert "部门整体绩效" not in a.text and "（0 个）" not in a.text
    assert "部门整体的" in a.text and "19 个" in a.text


def test_projects_with_indicators_still_ranked(seed_engine: Engine) -> None:
    a = seed_engine.ask("哪个项目指标最多", record=False)
    assert a.status == "answered" and "绩效指标最多的项目" in a.text and "部门整体" not in a.text


def test_tasks_of_a_whole_table_rank_not_beside_projects(tmp_path) -> None:
    # 青溪's 部门整体表 prints three 重点工作任务 (no indicators of their own) beside a project table whose projects
    # print theirs: the fewest are among the projects, never a task at "0 个".
    whole = write_workbook(tmp_path / "青溪县林业局_2026年_部门整体支出绩效目标表.xlsx", _WHOLE, _WHOLE_MERGED)
    projects = tmp_path / "青溪县林业局_2026年_项目支出绩效目标表.txt"
    projects.write_text(render("青溪县林业局", "165.00 165.00", _PROJECTS), encoding="utf-8")
    e = engine_over(tmp_path / "kb.sqlite", [whole, projects])
    a = e.ask("青溪林业局哪个项目指标最少", record=False)
    assert a.status == "answered" and "（0 个）" not in a.text and "森林防火" not in a.text
    assert "绩效指标最少的项目" in a.text


@pytest.mark.parametrize(("said", "group", "value"), [
    ("2024年呢", "year", "2024"), ("那2025年的是多少", "year", "2025"), ("它的26年呢", "short", "26"),
    ("那去年呢", "rel", "去年"), ("2019年度呢", "year", "2019"), ("2024年多少钱", "year", "2024")])
def test_a_year_said_alone(said: str, group: str, value: str) -> None:
    m = YEAR_ALONE.fullmatch(compact(normalize(said)))
    assert m is not None and m.group(group) == value


@pytest.mark.parametrize("said", ["2025年项目支出呢", "那2025年的项目", "项目支出呢", "2025年比2024年多多少"])
def test_more_than_a_year_is_not_a_year_alone(said: str) -> None:
    assert YEAR_ALONE.fullmatch(compact(normalize(said))) is None
