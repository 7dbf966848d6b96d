"""Confident wrong answers over the dev sets (round 40, lane cw40), removed by class, on the tables of sets 56 and 59.

Class 1: 它 right after a funding unit (资金使用单位) answered with a line that is not the unit's: "林业发展服务中心项目" →
"它的人员编制数" gave the department's whole 编制 (泰和县林业局 68人). The unit is asked by its name again: its own line,
or the tables have none (unknown) — never the department's figure as the unit's.

Class 2: a place's share of the project just answered, found only in the allocation table of another fund:
"基层救援队伍补助" → "塘下镇分到多少" gave 塘下镇's line of the 基层防汛防台体系建设专项资金分配表. That is not the project's
share: said so (unknown), the other fund named so it can be asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, UNKNOWN, Engine

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("cw40units") / "kb.sqlite", [DATA / "general56", DATA / "general59"])


def test_it_after_a_unit_is_never_the_departments_line(engine: Engine) -> None:
    a = converse(engine, "林业发展服务中心项目", "它的人员编制数")
    assert a.status == UNKNOWN and "林业发展服务中心" in a.text, a.text
    assert "68" not in a.text
    # the department's own 编制 is still its own, asked of it
    a = converse(engine, "林业局人员编制数")
    assert a.status == ANSWERED and "68" in a.text, a.text
    # what the unit's own line holds is still its figure
    a = converse(engine, "林业发展服务中心项目", "它的项目有哪些")
    assert a.status == ANSWERED and "油茶产业发展扶持资金" in a.text, a.text


def test_a_place_share_of_another_fund_is_not_the_projects(engine: Engine) -> None:
    a = converse(engine, "基层救援队伍补助", "塘下镇分到多少")
    assert a.status == UNKNOWN and "防汛防台" in a.text, a.text
    assert "96.8" not in a.text and "210" not in a.text
    # the place asked alone, or after the fund itself, is still read from its allocation table
    a = converse(engine, "塘下镇分到多少")
    assert a.status == ANSWERED and "96.8" in a.text, a.text
    a = converse(engine, "防汛防台体系建设专项资金分配表", "塘下镇分到多少")
    assert a.status == ANSWERED and "96.8" in a.text, a.text


def test_words_searched_for_are_not_a_project_named(engine: Engine) -> None:
    # 乡镇 of 乡镇林业工作站…经费 is what is asked of 油茶产业发展扶持资金, not a second project found by its name
    a = converse(engine, "油茶扶持资金分到哪几个乡镇了")
    assert a.status == UNKNOWN and "油茶产业发展扶持资金" in a.text, a.text
    assert "67.20" not in a.text
    # a word its own texts say is still found in them
    a = converse(engine, "油茶扶持资金支持哪些企业")
    assert a.status == ANSWERED and "油茶加工企业" in a.text, a.text
