"""A department with both a 部门整体支出绩效目标表 and a 项目支出绩效目标表 (tests/data/dev42a, fictional 青石县水利局):
its projects are the project table's rows, its 年度重点工作任务 are asked as 重点任务, and the department's
own figures (部门整体预算, 人员经费, 部门整体其他资金) are read by their labels. 湛江人社局's table, a
department table without a project table, keeps its tasks as its projects.

Expected figures are read from the documents themselves (the make_docs rows, the text table's lines)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.engine import Engine, Session
from bot.language.normalize import format_amount

DATA = Path(__file__).parent / "data"
DOCS = DATA / "dev42a"
ZHANJIANG = DATA / "samples" / "zhanjiang_rsj_2024_department_targets.xlsx"
PROJECT_TABLE = DOCS / "青石县水利局_2026年_项目支出绩效目标表.txt"


def _department_rows() -> dict[str, object]:
    """The department table's labelled amounts and its tasks, as make_docs writes them."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_docs", DOCS / "make_docs.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    labelled: dict[str, float] = {}
    tasks: dict[str, float] = {}
    in_tasks = False
    for row in module.ROWS:
        in_tasks = (in_tasks or row[0] == "年度重点工作任务") and row[0] in (None, "年度重点工作任务")
        cells = [c for c in row if c is not None]
        if in_tasks and row[0] is None:
            tasks[row[1]] = float(row[3])
            continue
        for label, value in zip(cells, cells[1:], strict=False):
            if isinstance(label, str) and isinstance(value, int | float):
                labelled.setdefault(label.strip().removeprefix("其中："), float(value))
    return {"labelled": labelled, "tasks": tasks}


def _projects() -> dict[str, float]:
    """The project table's project lines (indented name, then the total)."""
    lines = PROJECT_TABLE.read_text(encoding="utf-8").splitlines()
    return {m.group(1): float(m.group(2)) for line in lines
            if (m := re.match(r"^\s{4}(\S+) ([\d.]+)", line))}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    db = built_copy([DOCS, ZHANJIANG], tmp_path_factory.mktemp("dev42a") / "kb.sqlite")
    return Engine(db, Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml")


def _ask(engine: Engine, question: str, session: Session | None = None) -> str:
    answer = engine.ask(question, session or Session())
    assert answer.status == "answered", (question, answer.text)
    return answer.text


def test_the_projects_are_the_project_tables_rows(engine):
    projects, tasks = _projects(), _department_rows()["tasks"]
    assert len(projects) == 3 and max(tasks.values()) > max(projects.values())  # a task costs more
    assert f"{len(projects)} 个项目" in _ask(engine, "水利局一共几个项目")
    top = max(projects, key=projects.get)
    text = _ask(engine, "水利局最贵的项目")
    assert top in text and not any(name in text for name in tasks), text
    listed = _ask(engine, "水利局有哪些项目")
    assert all(name in listed for name in projects) and not any(name in listed for name in tasks), listed


def test_key_tasks_are_asked_as_tasks(engine):
    tasks = _department_rows()["tasks"]
    text = _ask(engine, "水利局重点任务里哪个钱最多")
    assert max(tasks, key=tasks.get) in text, text
    text = _ask(engine, "水利局重点任务资金合计多少")
    assert format_amount(sum(tasks.values())) in text, text


def test_a_department_without_a_project_table_keeps_its_tasks(engine):
    text = _ask(engine, "湛江人社局一共几个项目")
    assert "3 个项目" in text, text


def test_each_departments_count(engine):
    text = _ask(engine, "湛江人社局和水利局各有几个项目")
    assert "湛江市人力资源和社会保障局 3 个项目" in text and f"青石县水利局 {len(_projects())} 个项目" in text, text


def test_the_department_budget_is_its_total_line(engine):
    labelled = _department_rows()["labelled"]
    for question in ("水利局部门整体预算多少", "水利局总预算多少"):
        first = _ask(engine, question).splitlines()[0]
        assert f"部门预算支出 {format_amount(labelled['合计'])}" in first, first
        # the 合计 line is the total, never added to the lines it sums (nor 公用经费 counted twice)
        assert format_amount(labelled["合计"] * 2) not in first, first
        assert f"基本支出 {format_amount(labelled['基本支出'])}" in first, first


def test_a_department_line_said_by_its_label(engine):
    labelled = _department_rows()["labelled"]
    text = _ask(engine, "水利局人员经费")
    # the department's line (its 基本支出 › 人员经费 row), as a summary or as the row's fact (figure as printed)
    shown = {format_amount(labelled["人员经费"]), f"{labelled['人员经费']:g}万元"}
    assert any(f in text for f in shown) and "购买服务" not in text, text
    # the project named by more than that label is still the project
    project = next(name for name in _projects() if name.endswith("人员经费"))
    text = _ask(engine, "购买服务人员经费多少")
    assert project in text and format_amount(_projects()[project]) in text, text


def test_the_departments_other_funds(engine):
    labelled = _department_rows()["labelled"]
    text = _ask(engine, "水利局部门整体其他资金多少")
    assert f"其他资金 {format_amount(labelled['其他资金'])}" in text and "项目支出" not in text, text


def test_two_projects_apart(engine):
    projects = sorted(_projects().values(), reverse=True)
    text = _ask(engine, "水利局最贵的两个项目差多少")
    assert f"多 {format_amount(projects[0] - projects[1])}：" in text, text  # the difference, then its working


def test_its_kind_is_the_projects_not_the_department_tables(engine):
    # "水库巡查经费" (the project said short) → "它的满意度指标": that project has none; the department
    # table's own 满意度指标 row is not its
    session = Session()
    _ask(engine, "水库巡查经费", session)
    answer = engine.ask("它的满意度指标", session)
    assert answer.status == "unknown" and "部门整体" not in answer.text, answer.text


def test_a_generic_word_said_of_the_money_asks_which_projects(engine):
    # "维护经费": the word names no project alone; the projects whose names hold it are asked, never the
    # department's whole budget as if the word were not said
    held = [name for name in _projects() if "维护" in name]
    assert 2 <= len(held) < len(_projects())
    answer = engine.ask("水利局维护经费多少", Session())
    assert answer.status == "clarify" and all(name in answer.text for name in held), answer.text
    assert "部门预算支出" not in answer.text, answer.text


def test_an_indicator_of_both_tables_of_one_department(engine):
    # one department's two tables both hold it: both shown, never a choice of that one department
    project = next(name for name in _projects() if name.startswith("河道"))
    text = _ask(engine, "沿河群众满意度年度值")
    assert project in text and "部门整体" in text, text


def test_two_departments_compared_by_their_department_tables(engine):
    labelled = _department_rows()["labelled"]
    text = _ask(engine, "湛江人社局和水利局哪个预算多")
    assert f"青石县水利局：部门预算支出 {format_amount(labelled['合计'])}" in text, text
    text = _ask(engine, "湛江人社局和水利局项目支出哪个多")
    assert f"青石县水利局：项目支出 {format_amount(labelled['项目支出'])}" in text, text
