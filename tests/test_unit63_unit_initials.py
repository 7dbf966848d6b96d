"""A 资金使用单位 said as its staff say it, by the first characters of its first and last words and its kind, its place
and its bureau's own field left off (质监站 of 云岭县水利工程质量安全监督站 under 水利局, 消保委 of 云岭县消费者权益保护
委员会, 云岭消保委 with the place), on fictional TEXT 项目支出绩效目标表 rendered here; and 它 (本级 of the department's
own line) right after a unit's projects or whole is that unit, asked of the place's 执行进度表 (its line there) for what
its project table lacks."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

_GOAL = "保障年度工作正常开展。"
_INDICATOR = [("11", "工作完成数量", "≥10次", "≥10次")]


def _item(name: str, amount: str) -> Item:
    return Item(name, f"{amount} {amount}", _GOAL, _INDICATOR)


_HIRED = [("12", "编外人员聘用合规率", "100%", "100%"), ("11", "聘用编外人员", "6人", "6人")]
_WATER = [
    Unit("云岭县水利局", "345.00 345.00", [_item("水资源调查评价经费", "180.00"), _item("防汛物资储备经费", "120.00"),
                                     Item("编外人员经费", "45.00 45.00", _GOAL, _HIRED)]),
    Unit("云岭县水利工程质量安全监督站", "64.20 64.20", [_item("工程质量抽检经费", "40.50"),
                                               _item("安全生产巡查经费", "23.70")]),
    Unit("云岭县河道管理站", "88.00 88.00", [_item("河道保洁经费", "88.00")]),
]
_MARKET = [
    Unit("云岭县市场监督管理局", "180.00 180.00", [_item("市场主体信用监管经费", "150.00"),
                                         Item("编外人员经费", "30.00 30.00", _GOAL, _HIRED[1:] + _HIRED[:1])]),
    Unit("云岭县消费者权益保护委员会", "57.80 57.80", [_item("消费维权宣传经费", "12.30"), _item("放心消费建设经费", "25.50"),
                                           Item("编外人员经费", "20.00 20.00", _GOAL, [("12", "编外人员聘用合规率", "98%", "98%")])]),
]


_PROGRESS = [
    ("云岭县2026年1-10月部门预算执行进度表",),
    ("数据截至：2026年10月31日", None, None, None, "单位：万元"),
    ("序号", "部门（单位）名称", "年初预算数", "调整后预算数", "1-10月累计支出", "执行率"),
    (1, "云岭县教育局", None, None, None, None),
    (None, "  云岭县教育局本级", 1820.5, 1906.2, 1544.3, 0.8101),
    (None, "  云岭县第一中学", 2960.4, 3012.8, 2498.6, 0.8293),
    (None, "  小计", 4780.9, 4919.0, 4042.9, 0.8219),
    (2, "云岭县水利局", None, None, None, None),
    (None, "  云岭县水利局本级", 2100.5, 2350.6, 1702.3, 0.7242),
    (None, "  云岭县河道管理站", 810.2, 845.7, 733.1, 0.8669),
    (None, "  云岭县水利工程质量安全监督站", 120.4, 126.9, 104.35, 0.8223),
    (None, "  小计", 3031.1, 3323.2, 2539.75, 0.7643),
    (3, "云岭县公安局", 5230.6, 5398.2, 4460.7, 0.8263),
    (4, "云岭县市场监督管理局", 1650.3, 1702.8, 1398.4, 0.8212),
    (None, "合计", 14692.9, 15343.2, 12441.75, 0.8109),
]


_BOUGHT = [
    ("云岭县市场监督管理局2026年政府采购意向公开表",),
    ("公开时间：2026年1月12日", None, None, None, None, None, None, "单位：万元"),
    ("序号", "采购单位", "采购项目名称", "采购需求概况", "采购品目", "预算金额（万元）", "预计采购时间", "备注"),
    (1, "云岭县市场监督管理局", "食品安全监督抽检服务", "委托承检机构完成食品安全监督抽检。", "服务", 60, "2026年3月", None),
    (2, "云岭县市场监督管理局", "快检试剂及耗材采购", "为农贸市场快检室采购快检试剂。", "货物", 14.5, "2026年4月", None),
    (3, "云岭县市场监督管理局", "执法记录仪采购", "采购执法记录仪。", "货物", 9.3, "2026年5月", None),
    (4, "云岭县消费者权益保护委员会", "投诉热线外包服务", "提供投诉热线话务坐席服务。", "服务", 11.2, "2026年1月", None),
    (5, "云岭县消费者权益保护委员会", "消费维权宣传活动服务", "组织消费维权主题宣传活动。", "服务", 4.6, "2026年2月", None),
    (6, "云岭县消费者权益保护委员会", "消费体察服务", "开展消费体察和比较试验。", "服务", 7.4, "2026年9月", None),
    ("合计", None, None, None, None, 107, None, None),
]


def _sheet(path, title: str, rows: list[tuple]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    book.save(path)


@pytest.fixture(scope="module")
def yunling(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("unit63")
    _sheet(folder / "云岭县_2026年1-10月_部门预算执行进度表.xlsx", "按部门", _PROGRESS)
    _sheet(folder / "云岭县市场监督管理局2026年政府采购意向公开表.xlsx", "采购意向", _BOUGHT)
    (folder / "yunling_water.txt").write_text(render("云岭县水利局", "497.20 497.20", _WATER), encoding="utf-8")
    (folder / "yunling_market.txt").write_text(render("云岭县市场监督管理局", "237.80 237.80", _MARKET), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder / "yunling_water.txt", folder / "yunling_market.txt",
                                              folder / "云岭县_2026年1-10月_部门预算执行进度表.xlsx",
                                              folder / "云岭县市场监督管理局2026年政府采购意向公开表.xlsx"])


@pytest.mark.parametrize("turns", [["质监站项目合计多少"], ["水利局本级项目合计", "那质监站呢"], ["质监站的项目"]])
def test_a_unit_said_by_its_initials_is_that_unit(yunling: Engine, turns: list[str]) -> None:
    """质监站: 水利工程 is the bureau's field, 质量 … 监督 + 站 the unit's own: its subtotal, never the bureau's."""
    answer = converse(yunling, *turns)
    assert answer.status == ANSWERED, answer.text
    assert "64.20" in answer.text and "497.20" not in answer.text and "345.00" not in answer.text, answer.text


def test_its_projects_listed_with_the_place_said(yunling: Engine) -> None:
    """云岭消保委: the place without its level before the initials; its projects, the second one next."""
    answer = converse(yunling, "云岭消保委有哪些项目", "第二个多少钱")
    assert answer.status == ANSWERED, answer.text
    assert "25.5" in answer.text, answer.text


@pytest.mark.parametrize(("turns", "value"), [
    (["河道管理站的项目有哪些", "它1-10月执行率多少"], "86.69%"),
    (["质监站项目合计多少", "它1-10月花了多少"], "104.35"),
    (["水利局本级项目合计", "本级调整后预算数呢"], "2350.6"),
])
def test_it_after_a_unit_is_that_unit_in_another_table(yunling: Engine, turns: list[str], value: str) -> None:
    """What the project table lacks (1-10月) asked of the unit just answered: its line of the 执行进度表, never the
    table's 合计 nor the department's 小计."""
    answer = converse(yunling, *turns)
    assert answer.status == ANSWERED, answer.text
    assert value in answer.text and "12441.75" not in answer.text and "2539.75" not in answer.text, answer.text


def test_a_units_figures_of_two_tables_set_against_each_other(yunling: Engine) -> None:
    """The second side said without the unit is the unit's too: its 1-10月 line less its projects' subtotal."""
    answer = converse(yunling, "河道管理站绩效目标表项目合计和1-10月支出差多少")
    assert answer.status == ANSWERED, answer.text
    assert "645.1" in answer.text and "88" in answer.text and "733.1" in answer.text, answer.text


def test_a_reply_naming_a_unit_after_its_place_picks_its_project(yunling: Engine) -> None:
    """Asked which 编外人员经费 (one under the bureau, one under 消保委), the reply names the unit after its department's
    place without its level: that unit's project."""
    answer = converse(yunling, "编外人员聘用合规率", "云岭消费者权益保护委员会的")
    assert answer.status == ANSWERED, answer.text
    assert "98%" in answer.text and "100%" not in answer.text, answer.text


def test_a_unit_across_its_project_and_procurement_tables(yunling: Engine) -> None:
    """消保委's project subtotal (57.80) less its 采购 rows (23.20): each side from its own table, the second said
    without the unit."""
    answer = converse(yunling, "云岭消保委项目支出和采购意向差多少")
    assert answer.status == ANSWERED, answer.text
    assert "34.6" in answer.text, answer.text
