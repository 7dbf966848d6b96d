"""A 资金使用单位 said as its staff say it, by the first characters of its first and last words and its kind, its place
and its bureau's own field left off (质监站 of 云岭县水利工程质量安全监督站 under 水利局, 消保委 of 云岭县消费者权益保护
委员会, 云岭消保委 with the place), on fictional TEXT 项目支出绩效目标表 rendered here."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

_GOAL = "保障年度工作正常开展。"
_INDICATOR = [("11", "工作完成数量", "≥10次", "≥10次")]


def _item(name: str, amount: str) -> Item:
    return Item(name, f"{amount} {amount}", _GOAL, _INDICATOR)


_WATER = [
    Unit("云岭县水利局", "300.00 300.00", [_item("水资源调查评价经费", "180.00"), _item("防汛物资储备经费", "120.00")]),
    Unit("云岭县水利工程质量安全监督站", "64.20 64.20", [_item("工程质量抽检经费", "40.50"),
                                               _item("安全生产巡查经费", "23.70")]),
    Unit("云岭县河道管理站", "88.00 88.00", [_item("河道保洁经费", "88.00")]),
]
_MARKET = [
    Unit("云岭县市场监督管理局", "150.00 150.00", [_item("市场主体信用监管经费", "150.00")]),
    Unit("云岭县消费者权益保护委员会", "37.80 37.80", [_item("消费维权宣传经费", "12.30"), _item("放心消费建设经费", "25.50")]),
]


@pytest.fixture(scope="module")
def yunling(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("unit63")
    (folder / "yunling_water.txt").write_text(render("云岭县水利局", "452.20 452.20", _WATER), encoding="utf-8")
    (folder / "yunling_market.txt").write_text(render("云岭县市场监督管理局", "187.80 187.80", _MARKET), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder / "yunling_water.txt", folder / "yunling_market.txt"])


@pytest.mark.parametrize("turns", [["质监站项目合计多少"], ["水利局本级项目合计", "那质监站呢"], ["质监站的项目"]])
def test_a_unit_said_by_its_initials_is_that_unit(yunling: Engine, turns: list[str]) -> None:
    """质监站: 水利工程 is the bureau's field, 质量 … 监督 + 站 the unit's own: its subtotal, never the bureau's."""
    answer = converse(yunling, *turns)
    assert answer.status == ANSWERED, answer.text
    assert "64.20" in answer.text and "452.20" not in answer.text and "300.00" not in answer.text, answer.text


def test_its_projects_listed_with_the_place_said(yunling: Engine) -> None:
    """云岭消保委: the place without its level before the initials; its projects, the second one next."""
    answer = converse(yunling, "云岭消保委有哪些项目", "第二个多少钱")
    assert answer.status == ANSWERED, answer.text
    assert "25.5" in answer.text, answer.text
