"""Round 61 (cross61): two measures of one unit from two tables loaded together — a 项目支出绩效目标表 (text), a
政府采购预算表 with a buyer column and a 国有资产占用情况表 of units (tests/cross61_tables.py, 桐川县):

- a follow-up naming only another kind of table after a unit's figure ("那采购呢", "采购预算呢", "资产呢") asks
  the unit in that table, never the figure shown read again nor that table's text columns;
- "两个差多少" after two such figures subtracts them, the values used shown;
- "X的A和B各多少" / "X的A比B多多少" of two tables: each part with its own source, the arithmetic shown;
- a part one table cannot answer is said missing, never the other part answered alone as if whole."""

from __future__ import annotations

import re

import pytest
from conftest import converse, engine_over
from cross61_tables import write_all

from bot.engine import ANSWERED, UNKNOWN, Engine

pytest.importorskip("openpyxl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("cross61")
    return engine_over(folder / "kb.sqlite", write_all(folder))


@pytest.mark.parametrize(("first", "then", "figure", "table"), [
    ("河道管理中心资产总额", "那采购呢", "96万元", "政府采购预算表"),
    ("河道管理中心项目经费", "采购预算呢", "96万元", "政府采购预算表"),
    ("水文站采购预算", "项目支出呢", "58", "项目支出绩效目标表"),
    ("水文站采购预算", "资产呢", "1260.3万元", "国有资产占用情况表")])
def test_a_follow_up_naming_another_table_asks_the_unit_there(engine: Engine, first: str, then: str, figure: str,
                                                              table: str) -> None:
    a = converse(engine, first, then)
    assert a.status == ANSWERED and figure in a.text and table in a.text, a.text
    assert "采购方式" not in a.text and "257.25" not in a.text.split("（来源")[0].replace("58", ""), a.text


def test_the_two_figures_then_subtracted_show_the_values_used(engine: Engine) -> None:
    a = converse(engine, "河道管理中心项目经费", "采购预算呢", "两个差多少")
    assert a.status == ANSWERED and "257.25" in a.text and "96" in a.text and "161.25" in a.text, a.text


def test_a_table_not_loaded_is_no_follow_up_of_its_own(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Without a 政府采购预算表 loaded, "那采购呢" is left to the engine (never a question of a table absent)."""
    folder = tmp_path_factory.mktemp("cross61_no_buy")
    paths = write_all(folder)
    paths[1].unlink()
    e = engine_over(folder / "kb.sqlite", [paths[0], paths[2]])
    a = converse(e, "河道管理中心资产总额", "那采购呢")
    assert "采购预算" not in a.question and "96" not in a.text, a.text


@pytest.mark.parametrize(("question", "figures"), [
    ("林业站采购预算和资产总额分别是多少", ("9.5万元", "905.5万元")),
    ("河道管理中心资产总额和项目经费各多少", ("8450.75", "257.25")),
    ("水文站采购预算和资产总额一共多少", ("18.6", "1260.3", "1278.9"))])
def test_two_measures_of_a_unit_from_two_tables_each_with_its_source(engine: Engine, question: str,
                                                                   figures: tuple[str, ...]) -> None:
    a = converse(engine, question)
    assert a.status == ANSWERED and all(f in a.text for f in figures), a.text
    tables = ("项目支出绩效目标表", "政府采购预算表", "国有资产占用情况表")
    assert sum(t in a.text for t in tables) == 2, a.text  # (each part's own table cited)


@pytest.mark.parametrize(("question", "shown", "missing"), [
    ("林业站采购预算和项目支出各多少", "9.5万元", "【林业站项目支出】"),
    ("林业站项目支出和资产总额分别多少", "905.5万元", "【林业站项目支出】"),
    ("林业站资产总额比项目支出多多少", "905.5万元", "【林业站项目支出】")])
def test_a_part_one_table_lacks_is_said_missing_never_dropped(engine: Engine, question: str, shown: str,
                                                               missing: str) -> None:
    """林业站 buys and holds assets but lists no project: that part is said not found, the other shown, nothing
    subtracted — never the purchase row's 采购项目 read as its 项目支出."""
    a = converse(engine, question)
    assert a.status == UNKNOWN and shown in a.text and missing in a.text, a.text
    assert "没有找到" in a.text.split(missing)[1] and "巡护摩托车" not in a.text and "=" not in a.text, a.text


@pytest.mark.parametrize(("question", "values", "difference"), [
    ("水文站资产总额比采购预算多多少", ("1260.3", "18.6"), "1241.7万元"),
    ("河道管理中心采购预算比资产总额少多少", ("96", "8450.75"), "8354.75万元")])
def test_a_units_two_measures_compared_show_the_values_used(engine: Engine, question: str, values: tuple[str, str],
                                                            difference: str) -> None:
    a = converse(engine, question)
    assert a.status == ANSWERED and difference in a.text.splitlines()[0], a.text
    assert all(re.search(rf"(?<![\d.]){re.escape(v)} [−-] |[−-] {re.escape(v)}(?![\d.])", a.text) for v in values), a.text


@pytest.mark.parametrize(("question", "figure", "first"), [
    ("资产最多的单位采购预算多少", "96万元", "河道管理中心"),
    ("资产最少的单位的采购预算是多少", "9.5万元", "林业站"),
    ("资产总额最多的单位项目支出多少", "257.25", "河道管理中心")])
def test_a_measure_of_the_unit_another_table_ranks_first(engine: Engine, question: str, figure: str, first: str) -> None:
    a = converse(engine, question)
    assert a.status == ANSWERED and a.text.splitlines()[0].count(figure) == 1 and first in a.text, a.text
    assert "资产总额" in a.text.splitlines()[1], a.text  # (the ranking it was read from, shown)


def test_a_follow_up_to_a_table_without_the_units_line_is_said_not_found(engine: Engine) -> None:
    """林业站 lists no project: "项目支出呢" after its 资产总额 is not found, never the department's or its assets again."""
    a = converse(engine, "林业站资产总额", "项目支出呢")
    assert a.status == UNKNOWN and "905.5" not in a.text and "415.75" not in a.text and "257.25" not in a.text, a.text
    assert "林业站" in a.text and "项目支出" in a.text, a.text  # (which part is missing, said)
