"""Last round's leftovers of department-level figures. A department's completion rate asked with its words the other way round from its column ("年初预算完成率" of a
决算 printing 完成年初预算): its own top row's rate, never the first row whose column shares a word (三公 0%);
a row named keeps its own. A bureau a loaded table prints only as its lines' 主管部门 (醴陵市水利局) is asked of
those lines, never refused as a department not loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA, SEED, converse

from bot.engine import Engine


def test_a_departments_rate_said_the_other_way_round_is_its_own_rows(samples_engine: Engine):
    for asked in ("普陀财政局年初预算完成率", "普陀财政局年初预算完成率是多少"):
        answer = converse(samples_engine, asked)
        assert answer.status == "answered" and "98.20%" in answer.text, asked
        assert "完成率 0%" not in answer.text and "0.95" not in answer.text  # never 三公's 0 ÷ 0.95


def test_a_row_named_keeps_its_own_rate(samples_engine: Engine):
    named = converse(samples_engine, "普陀财政局信息化建设年初预算完成率")
    assert named.status == "answered" and "99.52" in named.text
    three = converse(samples_engine, "普陀财政局三公经费年初预算完成率")
    assert "0.95" in three.text and "98.20" not in three.text  # 三公's own row, asked by name


LILING = DATA / "general46" / "醴陵市_2026年_政府性基金预算支出表.xlsx"  # lines with their 主管部门 (醴陵市水利局 …)


@pytest.fixture(scope="module")
def liling(tmp_path_factory, built_copy) -> Engine:
    folder = tmp_path_factory.mktemp("cross50-liling")
    return Engine(built_copy([SEED, LILING], folder / "kb.sqlite"),
                  Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml")


def test_a_bureau_printed_only_as_an_owner_is_asked_of_its_lines(liling: Engine):
    answer = converse(liling, "醴陵政府性基金水利局多少")
    assert answer.status == "answered" and "2858.7" in answer.text  # its five lines added, each shown
    again = converse(liling, "醴陵政府性基金水利局多少", "那农业农村局呢", "哪个多")
    assert again.status == "answered" and again.text.startswith("农业农村局") and "7605" in again.text
    other = converse(liling, "醴陵市教育局有哪些项目")  # an owner no line prints: still not loaded
    assert other.status == "unknown"


def test_a_rate_follow_up_is_of_the_row_just_shown(samples_engine: Engine):
    answer = converse(samples_engine, "财政局信息化建设年初预算", "执行率")
    assert answer.status == "answered" and "99.52" in answer.text and "98.2" not in answer.text
