"""Years and budget-vs-final tables (blind_66's 余姚市农业农村局 documents, tests/data/general66): a year said
before a department's name selects the year and is no part of the name; "X为啥没花完" asks the row's reason
column, not the rows that were finished."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

DATA = Path(__file__).resolve().parent / "data" / "general66"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("years41")
    return engine_over(folder / "kb.sqlite", sorted(p for p in DATA.iterdir() if p.suffix in (".xlsx", ".txt")
                                                    and "年" in p.name))


@pytest.mark.parametrize("turns, shown", [
    (["26年农业农村局三百万以上的项目有哪些"], "美丽乡村建设以奖代补资金"),
    (["2026年农业农村局哪个项目最多"], "高标准农田建设项目"),
    (["26年农业农村局哪个项目最多", "第二呢"], "620"),
])
def test_a_year_before_a_department_is_no_part_of_its_name(engine, turns, shown):
    a = converse(engine, *turns)
    assert a.status == "answered" and shown in a.text, a.text


def test_a_department_not_loaded_stays_unknown_after_a_year(engine):
    a = converse(engine, "2026年教育局哪个项目最多")
    assert a.status == "unknown" and "“教育局”" in a.text, a.text


@pytest.mark.parametrize("question, reason", [
    ("25年确权成果应用经费为啥没花完", "二轮延包试点推迟"),
    ("25年美丽乡村以奖代补为啥没用完", "个别村考核未达标"),
    ("确权成果应用经费为什么没执行完", "二轮延包试点推迟"),
])
def test_why_not_spent_is_the_rows_reason(engine, question, reason):
    a = converse(engine, question)
    assert a.status == "answered" and reason in a.text and "共检查" not in a.text, a.text


@pytest.mark.parametrize("question", ["25年哪一项超支了", "25年哪些项目超支了"])
def test_overspent_rows_are_those_spent_above_budget(engine, question):
    a = converse(engine, question)
    assert a.status == "answered" and "对个人和家庭的补助" in a.text, a.text
    assert "高标准农田" not in a.text and "差异原因" not in a.text, a.text


@pytest.mark.parametrize("question, shown, never", [
    ("25年决算数最大的项目是哪个", "高标准农田建设项目", "工资福利支出"),   # ranked within 二、项目支出
    ("25年完成率最低的项目", "确权成果应用经费", "资本性支出"),
])
def test_projects_are_ranked_within_their_section(engine, question, shown, never):
    a = converse(engine, question)
    assert a.status == "answered" and shown in a.text and never not in a.text, a.text


def test_rows_of_every_section_stay_ranked_when_projects_are_not_asked(engine):
    a = converse(engine, "25年决算数最大的是哪个")
    assert a.status == "answered" and "工资福利支出" in a.text, a.text
