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
    ("公用经费总计多少", ["1078.4"], ["2.70", "政府雇员"]),
    ("基本运行补助总计多少", ["370"], []),
])
def test_column_said_with_its_total_line(engine, question, shown, never):
    a = _answered(engine, question)
    assert all(x in a.text for x in shown) and not any(x in a.text for x in never), a.text


@pytest.mark.parametrize("question, shown, never", [
    # 学生 counted by 在校学生数 (1800), never the 合计 column (第一高级中学 247.5)
    ("哪个学校学生最多", ["青岚县实验小学", "1800"], ["青岚中学"]),
    ("哪个学校学生最少", ["青岚县溪口中学", "60"], []),
    ("哪个学校合计最多", ["浙江省青岚中学", "267.5"], []),
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


@pytest.mark.parametrize("question, shown, never", [
    # the count said with its unit filters the column counting in it (在校学生数), the schools named with it
    ("不足一百人的学校有哪些", ["青岚县溪口镇中心小学", "75", "青岚县溪口中学", "60"], ["资助学生人数", "石门乡"]),
    ("学生超过1500人的学校", ["青岚县实验小学", "浙江省青岚中学"], ["第三中学", "资助学生人数"]),
    # 一万 of a count is 10000 people: 梅岭乡 6000 and 青石乡 4000
    ("服务人口不足一万的卫生院", ["松涧县梅岭乡卫生院", "松涧县青石乡卫生院"], ["大桥镇", "没有符合"]),
])
def test_filtered_by_a_count_said_in_words(engine, question, shown, never):
    a = _answered(engine, question)
    assert all(x in a.text for x in shown) and not any(x in a.text for x in never), a.text


@pytest.mark.parametrize("turns, shown, never", [
    # one figure on each 小学 row: said once
    (["小学生均公用经费标准多少"], ["800"], ["1000"]),
    # two columns asked of one row: the count counted by the verb (资助学生人数), then its money beside it
    (["职教中心资助了多少学生 多少钱"], ["260", "65"], ["800人"]),
    (["实验学校资助了多少人"], ["70"], ["900"]),
    # A比B of a column, B said short (一高 of 第一高级中学), A by its name without its province
    (["青岚中学比一高公用经费多多少"], ["240", "210", "30"], ["27.5", "37.5", "资助资金"]),
    (["青岚中学合计多少"], ["267.5"], ["247.5", "270"]),
    # a group's schools listed by its measure word (所), then a place in that list
    (["高中有哪几所", "第三个资助了多少人"], ["青岚县职业教育中心", "260"], ["100人"]),
    (["高中有哪几所学校"], ["浙江省青岚中学", "青岚县第一高级中学", "青岚县职业教育中心"], []),
    # a 片区's health centres counted (its 小计 line is none of them)
    (["西片区有几家卫生院"], ["2", "松涧县龙潭镇卫生院", "松涧县青石乡卫生院"], ["大桥镇", "173.5"]),
])
def test_columns_rows_and_places_said(engine, turns, shown, never):
    a = _answered(engine, *turns)
    assert all(x in a.text for x in shown) and not any(x in a.text for x in never), a.text


def test_a_place_in_no_list_is_no_name(engine):
    # "第三个" with no list before it is never 第三中学 said short
    a = converse(engine, "第三个资助了多少人")
    assert "第三中学" not in a.text and a.status != "answered", a.text
