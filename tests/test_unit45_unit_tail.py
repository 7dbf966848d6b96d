"""A 资金使用单位 said by the tail of its name (推广站 of 松溪县林业技术推广站, 林场 of 松溪县国有林场), on a fictional
TEXT 项目支出绩效目标表 rendered here. The tail is the unit when it is that unit's alone and either no project's
name holds it as a word, or the question asks of the unit as a whole (its projects, their count, its total); else
the word stays a project's (林场多少钱 asks which of the 国有林场 projects). A unit said in reply to the question
which of a project and its namesake in a unit (the unit's word before its name) picks that unit's project."""

from __future__ import annotations

import pytest
from conftest import SEED, converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, CLARIFY, Engine

_DEPT = "青岚市松溪县林业局"
_UNITS = [
    Unit("松溪县林业局", "80.00 80.00", [
        Item("森林资源监测经费", "50.00 50.00", "开展森林资源年度监测。", [("11", "监测样地数", "≥200个", "≥200个")]),
        Item("林区防火经费", "30.00 30.00", "开展全县林区防火宣传。", [("11", "宣传场次", "≥20场", "≥20场")]),
    ]),
    Unit("松溪县林业技术推广站", "70.00 70.00", [
        Item("竹林培育技术推广经费", "40.00 40.00", "推广竹林培育技术。", [("11", "培训人次", "≥300人次", "≥300人次")]),
        Item("林下经济示范推广经费", "20.00 20.00", "建设林下经济示范点。", [("11", "示范点数量", "≥5个", "≥5个")]),
        Item("种苗质量抽检经费", "10.00 10.00", "抽检林木种苗质量。", [("11", "抽检批次", "≥60批次", "≥60批次")]),
    ]),
    Unit("松溪县国有林场", "33.00 33.00", [
        Item("国有林场林区防火经费", "13.00 13.00", "落实林场防火值守。", [("11", "巡护天数", "≥180天", "≥180天")]),
        Item("国有林场抚育经费", "20.00 20.00", "开展中幼林抚育。", [("11", "抚育面积", "≥2000亩", "≥2000亩")]),
    ]),
]


@pytest.fixture(scope="module")
def songxi(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("unit45")
    path = folder / "songxi_forestry.txt"
    path.write_text(render(_DEPT, "183.00 183.00", _UNITS), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [SEED, path])


@pytest.mark.parametrize("question", ["推广站有哪些项目", "推广站几个项目"])
def test_a_unit_said_by_its_tail_lists_its_projects(songxi, question):
    a = converse(songxi, question)
    assert a.status == ANSWERED, a.text
    assert all(n in a.text for n in ("竹林培育技术推广经费", "林下经济示范推广经费", "种苗质量抽检经费")), a.text
    assert "国有林场林区防火经费" not in a.text, a.text


def test_the_tail_after_another_units_total_is_that_units_total(songxi):
    a = converse(songxi, "国有林场合计多少", "推广站呢")
    assert a.status == ANSWERED and "70.00" in a.text and "33.00" not in a.text, a.text


def test_the_second_of_a_unit_listed_by_its_tail(songxi):
    a = converse(songxi, "推广站有哪些项目", "第二个多少钱")
    assert a.status == ANSWERED and "20.00" in a.text, a.text


def test_a_tail_projects_hold_is_a_unit_only_when_the_unit_is_asked(songxi):
    a = converse(songxi, "林场有哪些项目")
    assert a.status == ANSWERED and "国有林场林区防火经费" in a.text and "国有林场抚育经费" in a.text, a.text
    assert "竹林培育技术推广经费" not in a.text, a.text
    # said without asking the unit as a whole, the word is the projects' and two match: ask which
    assert converse(songxi, "林场多少钱").status == CLARIFY


@pytest.mark.parametrize(("reply", "amount", "other"), [("本级的", "30.00", "13.00"), ("林场的", "13.00", "30.00"),
                                                      ("国有林场的", "13.00", "30.00")])
def test_a_unit_said_in_reply_picks_its_namesake(songxi, reply, amount, other):
    assert converse(songxi, "林区防火经费").status == CLARIFY
    a = converse(songxi, "林区防火经费", reply)
    assert a.status == ANSWERED and amount in a.text and other not in a.text and "80.00" not in a.text, a.text


@pytest.mark.parametrize(("count", "reply"), [("推广站几个项目", "列一下"), ("松溪县国有林场有几个项目", "列出来")])
def test_a_units_projects_counted_are_listed_next(songxi, count, reply):
    a = converse(songxi, count, reply)
    assert a.status == ANSWERED, a.text
    theirs = ("竹林培育技术推广经费", "种苗质量抽检经费") if "推广站" in count else ("国有林场林区防火经费", "国有林场抚育经费")
    assert all(n in a.text for n in theirs) and "森林资源监测经费" not in a.text, a.text


@pytest.mark.parametrize(("question", "share", "whole"), [("国有林场抚育经费占林场合计百分之几", "60.61", "33.00"),
                                                          ("竹林培育技术推广经费占推广站的比例", "57.14", "70.00")])
def test_a_projects_share_of_its_unit_said_by_its_tail(songxi, question, share, whole):
    a = converse(songxi, question)
    assert a.status == ANSWERED and share in a.text and whole in a.text and "183.00" not in a.text, a.text


@pytest.mark.parametrize("question", ["林区防火和林场防火加起来多少", "林场防火和林区防火一共多少钱"])
def test_a_short_name_beside_its_namesakes_own_name_is_the_other_project(songxi, question):
    a = converse(songxi, question)
    assert a.status == ANSWERED and "43.00" in a.text, a.text  # 30 (本级) + 13 (林场)
