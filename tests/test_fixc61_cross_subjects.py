"""Round 61 review fixes (findings 3 and 4) on tables of 松溪县 (tests/cross61_tables.py's layout, other data): a
项目支出绩效目标表 whose projects hold the kinds' words (信息化设备采购经费, 国有资产处置经费), a 政府采购预算表 with a buyer
column and a 国有资产占用情况表 of units.

- a project's words said before a kind of table are no unit of another table: "信息化设备采购经费" → "那资产呢", or
  "信息化设备采购预算和资产总额各多少", says that table has no such line — never a sum of projects a word matched;
- "资产最多的单位采购预算多少": the measure shown as the first-ranked unit's only when it is that unit's own line,
  never the purchase table's 合计."""

from __future__ import annotations

from collections.abc import Iterator

import cross61_tables as tables
import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, UNKNOWN, Engine

pytest.importorskip("openpyxl")

_PLACE = "松溪县"
_DEPT = f"{_PLACE}财政局"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    folder = tmp_path_factory.mktemp("fixc61")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(tables, "PLACE", _PLACE)
        mp.setattr(tables, "DEPT", _DEPT)
        mp.setattr(tables, "TARGETS", {
            _DEPT: [("国有资产处置经费", 44.0), ("信息化设备采购经费", 27.0), ("会计培训经费", 13.0)],
            f"{_PLACE}国库支付中心": [("国库集中支付运行经费", 31.0)],
            f"{_PLACE}应急信息保障中心": [("应急通信保障经费", 57.0)]})
        mp.setattr(tables, "BUYS", [
            (f"{_PLACE}国库支付中心", "服务器", 4, "台", 36.0, "公开招标"),
            (_DEPT, "办公电脑", 20, "台", 14.0, "询价"),
            (f"{_PLACE}应急信息保障中心", "卫星电话", 10, "部", 7.0, "询价"),
            (f"{_PLACE}政务信息中心", "交换机", 6, "台", 4.2, "询价"),
            (f"{_PLACE}会计核算中心", "会计培训服务", 1, "项", 12.5, "竞争性磋商")])
        mp.setattr(tables, "ASSETS", [(_DEPT, 5200.0, 4), (f"{_PLACE}国库支付中心", 810.0, 1),
                                      (f"{_PLACE}应急信息保障中心", 640.0, 2), (f"{_PLACE}政务信息中心", 310.0, 0)])
        paths = tables.write_all(folder)
    yield engine_over(folder / "kb.sqlite", paths)


def _no_error(engine: Engine, *turns: str) -> str:
    a = converse(engine, *turns)
    assert a.intent != "error" and "出错" not in a.text, a.text
    return a.text


def test_a_projects_words_are_no_unit_of_another_table(engine: Engine) -> None:
    a = converse(engine, "信息化设备采购经费多少", "那资产呢")
    assert a.status == UNKNOWN and "71" not in a.text and "国有资产处置经费" not in a.text, a.text
    assert "信息化设备" in a.text and "资产" in a.text, a.text
    _no_error(engine, "信息化设备采购经费多少", "那资产呢")


@pytest.mark.parametrize("question", ["信息化设备采购预算和资产总额各多少", "信息化设备资产总额比采购预算多多少"])
def test_a_projects_words_with_two_kinds_never_sum_projects(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert "71" not in a.text and "国有资产处置经费" not in a.text and "=" not in a.text, a.text
    assert "【信息化设备资产总额】" in a.text and "没有找到" in a.text.split("【信息化设备资产总额】")[1], a.text


def test_a_unit_still_asked_in_the_other_table(engine: Engine) -> None:
    a = converse(engine, f"{_PLACE}国库支付中心资产总额", "那采购呢")
    assert a.status == ANSWERED and "36" in a.text and "政府采购预算表" in a.text, a.text
    a = converse(engine, "国库支付中心采购预算和资产总额各多少")
    assert a.status == ANSWERED and "36" in a.text and "810" in a.text, a.text


def test_the_first_ranked_units_measure_is_never_the_tables_whole(engine: Engine) -> None:
    a = converse(engine, "资产最多的单位采购预算多少")
    assert "61.2" not in a.text and _DEPT in a.text and "5200" in a.text, a.text  # (61.2: the purchase table's 合计)
    assert a.status == UNKNOWN or "14" in a.text.split("（最多的是")[0], a.text


def test_the_first_ranked_units_own_line_is_answered(engine: Engine) -> None:
    a = converse(engine, "资产最少的单位采购预算多少")
    assert a.status == ANSWERED and "4.2" in a.text and f"{_PLACE}政务信息中心" in a.text, a.text


def test_a_name_two_tables_print_asked_two_things_is_no_subject_carried(engine: Engine) -> None:
    # ("会计培训" is no organisation and no name said whole: the question is read as a whole, as before the
    # cross-table split — never "the table has no such line" of each part, when the tables hold 会计培训's lines)
    answer = converse(engine, "会计培训的采购方式和项目经费")
    assert answer.status == ANSWERED and "没有找到" not in answer.text, answer.text
