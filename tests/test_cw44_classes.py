"""Confident wrong answers removed by class (cw44), on tables generated here with names and figures of their own.

Class: a fragment holding a name's words with a question word after them ("厕所改建为啥", "厕所改建完成") scored
higher against the name that BEGINS with those words (partial_ratio counts a shorter window at a name's edge) than
against one holding them inside ("农村厕所改建数量"), though both hold them alike: the edge picked one of two equal
names, and the answer gave the other indicator's figures. Both are now read; the answer shows or asks, never picks
by the edge.

Class: a two-character word of the question one character of which a name lacks, the other standing in the name in
a word of its own ("林场保护" of 草场保护与监测经费, "政府采购" of …政府购买服务岗位经费): another thing named, not a typo
(a pinyin typo sounds like what it replaces); the engine says it did not find it, never answers that name."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

_UNITS = [
    Unit("柳川县农业农村局本级", "90.00 90.00 0.00 0.00", [
        Item("农村人居环境提升专项资金", "60.00 60.00 0.00 0.00",
             "完成农村厕所改建，改善农村人居环境。",
             [("11", "农村厕所改建数量", "≥1800户", "≥1800户"),
              ("14", "厕所改建补助标准", "≤900元/户", "≤900元/户"),
              ("31", "农户满意度", "≥90%", "≥90%")]),
        Item("农产品质量检测经费", "30.00 30.00 0.00 0.00",
             "开展农产品质量安全抽检。",
             [("11", "抽检样品数量", "≥500批次", "≥500批次")]),
    ]),
    Unit("柳川县农业农村局草原站", "50.00 50.00 0.00 0.00", [
        Item("草场保护与监测经费", "35.00 35.00 0.00 0.00",
             "开展草场保护巡查与监测。",
             [("11", "草场巡查次数", "≥24次", "≥24次")]),
        Item("草原站政府购买服务岗位经费", "15.00 15.00 0.00 0.00",
             "购买草原管护服务岗位。",
             [("11", "购买服务岗位数", "≥6个", "≥6个")]),
    ]),
]


@pytest.fixture(scope="module")
def liuchuan(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw44_liuchuan")
    (folder / "liuchuan_nyj_2025_project_targets.txt").write_text(
        render("柳川县农业农村局", "140.00 140.00 0.00 0.00", _UNITS), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder])


@pytest.mark.parametrize("question", ["厕所改建完成多少", "厕所改建为啥", "厕所改建咋样"])
def test_words_two_names_hold_alike_read_both_not_the_edge_one(liuchuan: Engine, question: str) -> None:
    a = converse(liuchuan, question)
    # the name holding the words inside is never dropped for the one beginning with them
    assert "≥1800户" in a.text or "农村厕所改建数量" in a.text, a.text


def test_a_name_said_whole_is_still_read_alone(liuchuan: Engine) -> None:
    a = converse(liuchuan, "厕所改建补助标准是多少")
    assert "≤900元/户" in a.text and "≥1800户" not in a.text, a.text


@pytest.mark.parametrize(("question", "wrong"), [("林场保护经费多少", "35.00"), ("柳川农业农村局政府采购金额多少", "15.00")])
def test_a_word_of_another_thing_one_character_off_is_not_read_as_the_name(
        liuchuan: Engine, question: str, wrong: str) -> None:
    a = converse(liuchuan, question)
    assert a.status != ANSWERED, a.text
    assert wrong not in a.text or "是不是想问" in a.text, a.text


@pytest.mark.parametrize(("question", "right"), [("草场保护经费多少", "35.00"), ("草原站政府购买服务经费多少", "15.00")])
def test_the_names_said_are_still_answered(liuchuan: Engine, question: str, right: str) -> None:
    a = converse(liuchuan, question)
    assert a.status == ANSWERED and right in a.text, a.text


# --- "各部门…分别多少": every department's figure from one kind of table ---------------------------------------
# (Class: 各部门 says whose figure is asked, never which table: its 部门 read as the word of a department's
# 部门整体绩效目标表 drew one department's 项目支出 from that table — all funds — beside the others' 一般公共预算
# 功能分类表 figures, one budget's: two measures listed as one.)

_GENERAL42 = Path(__file__).resolve().parent / "data" / "general42"


@pytest.fixture(scope="module")
def yidu(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw44_yidu")
    return engine_over(folder / "kb.sqlite", [_GENERAL42 / "宜都市_2026年_一般公共预算支出功能分类表.xlsx",
                                              _GENERAL42 / "宜都市住房和城乡建设局_2026年_部门整体支出绩效目标表.xlsx"])


def test_every_department_is_answered_from_one_kind_of_table(yidu: Engine) -> None:
    a = converse(yidu, "宜都各部门项目支出分别多少")
    assert a.status == ANSWERED, a.text
    lines = [line for line in a.text.splitlines() if line.strip()]
    assert len(lines) >= 3, a.text
    assert all("功能分类表" in line and "部门整体" not in line for line in lines), a.text
