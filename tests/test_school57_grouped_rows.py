"""Tables whose rows are entities grouped under headings with a 小计 line per group and a 总计 line, whose columns are
counts, standards and money ending in a 合计 column (tests/data/school57: fictional 青岚县's schools under 小学 / 初中 /
高中, 松涧县's health centres under 东片区 / 西片区), asked in staff's words: a row's or a group's 合计 is the 合计
column (never the first column, a count); a column said with 总计 is the 总计 line's (never a project of another
table whose name holds the word); "哪个学校学生最多" ranks by the column counting 学生, per group when one is said.
Figures worked out by hand from tests/data/school57/make_docs.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent
MAKER = ROOT / "data" / "school57" / "make_docs.py"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("school57")
    spec = importlib.util.spec_from_file_location("school57_docs", MAKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # (the bundled seed beside them: its 政府雇员公用经费 holds the word 公用经费)
    return engine_over(folder / "kb.sqlite", [ROOT.parent / "knowledge", *module.build(folder)])


def _answered(engine, *turns: str):
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    return a


@pytest.mark.parametrize("turns, shown, never", [
    # a row's 合计: 90 + 8.75, never its 在校学生数 900; 实验学校 is not 实验小学 (153)
    (["实验学校合计多少"], ["青岚县实验学校", "98.75"], ["900人", "153"]),
    (["实验学校一共多少"], ["98.75"], ["900人"]),
    (["实验小学合计多少"], ["153"], ["98.75", "1800"]),
    # a group's 合计: its 小计 line's 合计 column, 250 + 22.38 (never its 2460 students)
    (["初中合计多少"], ["272.38"], ["2460"]),
    (["小学小计多少", "初中呢"], ["272.38"], ["275.2"]),
    (["第三中学合计", "实验学校呢", "这两个加起来"], ["261.25"], ["2400"]),
    (["西片区合计多少"], ["173.5"], ["29000"]),
    (["白沙镇卫生院合计多少"], ["107"], ["18000"]),
])
def test_total_column_of_a_row_or_group(engine, turns, shown, never):
    a = _answered(engine, *turns)
    assert all(x in a.text for x in shown) and not any(x in a.text for x in never), a.text


@pytest.mark.parametrize("question, shown, never", [
    ("公用经费总计多少", ["838.4"], ["2.70", "政府雇员"]),
    ("基本运行补助总计多少", ["370"], []),
])
def test_column_said_with_its_total_line(engine, question, shown, never):
    a = _answered(engine, question)
    assert all(x in a.text for x in shown) and not any(x in a.text for x in never), a.text


@pytest.mark.parametrize("question, shown, never", [
    # 学生 counted by 在校学生数 (1800), never the 合计 column (第一高级中学 247.5)
    ("哪个学校学生最多", ["青岚县实验小学", "1800"], ["第一高级中学"]),
    ("哪个学校学生最少", ["青岚县溪口中学", "60"], []),
    ("哪个学校合计最多", ["青岚县第一高级中学", "247.5"], []),
    # the 职业教育中心 is a school of a schools' table, whatever its name ends in: 260 beats 150
    ("哪个学校资助学生最多", ["青岚县职业教育中心", "260"], ["青岚县第一高级中学"]),
    # per group: 初中's least is 溪口中学 60; 东片区's least served 梅岭乡 (never 西片区's 青石乡 4000)
    ("初中里哪个学校学生最少", ["青岚县溪口中学", "60"], []),
    ("高中哪个学校合计最少", ["青岚县职业教育中心", "185"], ["溪口"]),
    ("东片区哪个卫生院服务人口最少", ["松涧县梅岭乡卫生院", "6000"], ["青石乡"]),
    # 床位 counted by 编制床位 (龙潭 45), never the 合计 column (大桥 168)
    ("哪个卫生院床位最多", ["松涧县龙潭镇卫生院", "45"], ["大桥镇"]),
])
def test_ranked_by_the_noun_said_and_per_group(engine, question, shown, never):
    a = _answered(engine, question)
    assert all(x in a.text for x in shown) and not any(x in a.text for x in never), a.text
