"""The review's confident-wrong findings of the tenth round, as classes on fictional tables: a unit kind
said of several rows, one-character kinds inside longer words, a negation set on the rows asked, a change
asked of a table of one year, a count of things said before "加起来"."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import ANSWERED, UNKNOWN, Engine

_UNITS_HEAD = ["单位名称", "收入合计", "财政拨款收入", "事业收入", "支出合计"]
_UNITS = [["合计", 900, 700, 200, 900],
          ["松阳县文广局本级", 100, 100, None, 100],
          ["东坡镇中学", 260, 210, 50, 260],
          ["东坡镇小学", 180, 130, 50, 180],
          ["西岭镇中心小学", 140, 140, None, 140],
          ["东坡镇幼儿园", 110, 60, 50, 110],
          ["县直机关幼儿园", 110, 60, 50, 110]]
_STATIONS = [["合计", 820, 620, 200, 820],
             ["石门县水利局本级", 260, 260, None, 260],
             ["石门县水文站", 180, 130, 50, 180],
             ["石门县水土保持监测站", 200, 120, 80, 200],
             ["石门县河道管理所", 180, 110, 70, 180]]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    tmp: Path = tmp_path_factory.mktemp("integrate18")
    a, b = tmp / "units.xlsx", tmp / "stations.xlsx"
    simple_table(a, "收支总表", "松阳县文化广电局2025年部门收支总表", "E2", "单位：万元", _UNITS_HEAD, _UNITS)
    simple_table(b, "收支总表", "石门县水利局2025年部门收支总表", "E2", "单位：万元", _UNITS_HEAD, _STATIONS)
    return engine_over(tmp / "kb.db", [a, b])


def test_a_kind_said_of_two_rows_is_neither_one_nor_the_total(engine):
    a = converse(engine, "松阳县文化广电局幼儿园收入多少")
    assert "900" not in a.text  # never the bureau's total for "the kindergartens"
    if a.status == ANSWERED:
        assert "110" in a.text and "东坡镇幼儿园" in a.text and "县直机关幼儿园" in a.text


def test_a_kind_word_is_no_short_name_of_one_row_of_that_kind(engine):
    a = converse(engine, "松阳县文化广电局小学收入多少")
    assert not (a.status == ANSWERED and "180" in a.text and "140" not in a.text)  # not 东坡镇小学 alone


def test_a_one_character_kind_inside_a_longer_word_is_no_kind(engine):
    a = converse(engine, "石门县水利局下面有几个所属单位")
    assert not (a.status == ANSWERED and "共有 1 个所" in a.text)


def test_units_without_a_column_are_those_whose_cell_is_blank(engine):
    for q in ("石门县水利局哪个单位没有事业收入", "石门县水利局没有事业收入的单位有哪些"):
        a = converse(engine, q)
        assert a.status == ANSWERED, q
        assert "石门县水利局本级" in a.text and "水文站" not in a.text.split("（来源")[0], q


def test_units_with_a_column_are_counted_with_their_condition(engine):
    a = converse(engine, "石门县水利局有事业收入的单位有几个")
    assert a.status == ANSWERED and "3" in a.text and "本级" not in a.text.split("（来源")[0]


def test_a_negation_no_step_reads_is_never_answered_as_absent(engine):
    a = converse(engine, "石门县水利局财政拨款收入不是最多的单位有哪些")
    assert not (a.status == ANSWERED and "石门县水利局本级 财政拨款收入" in a.text and "水文站" not in a.text)


def test_a_change_asked_of_a_table_of_one_year_is_not_its_figures(engine):
    a = converse(engine, "石门县水文站事业收入多少", "那增了多少")
    assert a.status == UNKNOWN and "180" not in a.text


def test_three_things_added_are_never_the_last_two_figures(engine):
    a = converse(engine, "石门县水文站事业收入多少", "石门县河道管理所事业收入多少", "三个加起来")
    assert not (a.status == ANSWERED and "120" in a.text)  # 50 + 70 is two, not three


_SUBSIDY_HEAD = ["补贴项目", "主管部门", "发放方式", "发放金额合计", "上级补助", "本级资金"]
_SUBSIDIES = [["耕地保护补贴", "农业农村局", "一卡通", 700, 700, None],
              ["农机补贴", "农业农村局", "转账", 260, 160, 100],
              ["养老津贴", "民政局", "一卡通", 190, None, 190],
              ["救助金", "民政局", "社会化发放", 350, 200, 150],
              ["合计", None, None, 1500, 1060, 440]]
_OWN_LINE = [["合计", 900, 700, 200, 900],
             ["竹溪县林业局", 900, 700, 200, 900],
             ["竹溪县林业局本级", 380, 380, None, 380],
             ["竹溪县林木种苗站", 300, 200, 100, 300],
             ["竹溪县森林防火中心", 220, 120, 100, 220]]


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> Engine:
    tmp: Path = tmp_path_factory.mktemp("integrate18b")
    a, b = tmp / "subsidy.xlsx", tmp / "forest.xlsx"
    simple_table(a, "补贴发放", "竹溪县2024年惠民补贴发放汇总表", "F2", "单位：万元", _SUBSIDY_HEAD, _SUBSIDIES)
    simple_table(b, "收支", "竹溪县林业局2025年部门收入总表", "E2", "单位：万元", _UNITS_HEAD, _OWN_LINE)
    return engine_over(tmp / "kb.db", [a, b])


def test_a_column_said_by_parts_of_two_headers_is_neither(records):
    # 上级资金: 上级 of 上级补助, 级资金 of 本级资金 — never the rows without 本级资金
    a = converse(records, "没有上级资金的补贴有哪些")
    assert not (a.status == ANSWERED and "耕地保护补贴" in a.text.split("（来源")[0])


def test_rows_left_out_by_chuliao_are_never_the_rows_listed(records):
    a = converse(records, "除了民政局以外的补贴有哪些")
    assert not (a.status == ANSWERED and "养老津贴" in a.text.split("（来源")[0])


def test_the_departments_own_line_is_no_unit_of_it(records):
    a = converse(records, "竹溪县林业局哪个单位收入最多")
    assert a.status == ANSWERED and "竹溪县林业局本级" in a.text and "900" not in a.text.split("（来源")[0]


def test_the_last_item_of_a_list_is_found_with_patterns_compiled_on_first_use():
    # (perf18 compiles the question path's patterns lazily: a match's pattern is never the stand-in itself)
    from bot.dialogue import figures
    from bot.dialogue.session import Session
    assert figures.into_list(Session(shown_list=["甲项目", "乙项目", "丙项目"]), "最后一项多少") == "丙项目多少"
    assert figures.into_list(Session(shown_list=["1.甲", "3.乙", "2.丙"]), "第二个是什么") is not None
