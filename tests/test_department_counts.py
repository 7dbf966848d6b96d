"""Counts the project tables do not hold, counts at one level of the indicator hierarchy, and a line's use
asked after its figure.

"信访局有几个单位" / "局里多少人" ask about the department itself: a table of projects says nothing of its
units or staff, so neither the number of projects nor an indicator that happens to count in 名 answers.
"X二级指标有几个" counts the classes at that level (数量指标, 质量指标 …), read from the golden content."""

from __future__ import annotations

import re

import pytest
from conftest import converse


@pytest.mark.parametrize("question", ["信访局有几个单位", "我们局下面有几个科室", "信访局有几个人", "局里一共多少人"])
def test_a_count_of_the_departments_own_units_or_staff_is_not_in_a_project_table(seed_engine, question):
    answer = converse(seed_engine, question)
    assert answer.status == "unknown"
    assert "项目" not in answer.text.splitlines()[0].split("：")[0]  # not "一共有 6 个项目"
    assert not re.search(r"[0-9]+\s*[名人个]", answer.text)  # no figure of an indicator or a count


def test_the_number_of_projects_is_still_counted(seed_engine, golden):
    answer = converse(seed_engine, "一共几个项目")
    assert answer.status == "answered" and str(len(golden["projects"])) in answer.text


def test_people_of_a_named_indicator_are_still_its_value(seed_engine, golden):
    counted = next(i for p in golden["projects"] for i in p["indicators"] if "名" in (i["annual_value"] or ""))
    answer = converse(seed_engine, f"{counted['name']}多少人")
    assert answer.status == "answered"
    assert re.search(r"[0-9]+", counted["annual_value"]).group(0) in answer.text  # type: ignore[union-attr]


@pytest.mark.parametrize("level", ["level1", "level2"])
def test_a_count_at_one_level_counts_its_classes(seed_engine, golden, level):
    project = max(golden["projects"], key=lambda p: len({i[level] for i in p["indicators"]}))
    classes = {re.sub(r"^[0-9]+-", "", i[level]) for i in project["indicators"]}
    word = "一级指标" if level == "level1" else "二级指标"
    answer = converse(seed_engine, f"{project['name']}{word}有几个")
    assert answer.status == "answered"
    first = answer.text.splitlines()[0]
    assert f"共 {len(classes)} 个" in first
    assert all(c in first for c in classes)
    assert f"共 {len(project['indicators'])} 个绩效指标" in first  # the indicators under them, said apart


def test_a_use_asked_of_a_line_comes_after_the_lines_figure(samples_engine):
    # The line named alone gives its figure, then the use its note states; asked what it is for, the same
    # figure comes first (staff read the first line), then the use.
    alone = converse(samples_engine, "东湖分局其他城市生活救助")
    figure, use = alone.text.splitlines()[:2]
    assert "主要用于" in use and re.search(r"[0-9]", figure.split("（")[0]), alone.text
    asked = converse(samples_engine, "东湖分局其他城市生活救助干嘛用")
    assert asked.status == "answered"
    assert asked.text.splitlines()[0].split("（")[0] == figure.split("（")[0], asked.text
    assert use.split("（")[0] in asked.text


def test_a_department_with_a_staffing_table_is_not_told_its_tables_list_projects_only(tmp_path):
    from pathlib import Path

    from conftest import simple_table

    from bot.engine import Engine
    from bot.store.build import load_paths

    rows = [("局机关", 20, 18), ("林业站", 9, 8), ("合计", 29, 26)]
    simple_table(tmp_path / "renyuan.xlsx", "人员", "栖霞县林业局2025年人员编制及实有人数统计表", "C2", "单位：人",
                 ["单位名称", "核定编制数", "实有人数"], rows)
    load_paths(tmp_path / "kb.sqlite", [tmp_path / "renyuan.xlsx"])
    engine = Engine(tmp_path / "kb.sqlite", Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml")
    for question in ("栖霞县林业局一共多少人", "栖霞县林业局有几个单位"):
        assert "只列出项目" not in converse(engine, question).text
