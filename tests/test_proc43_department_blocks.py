"""A place's subject table of department blocks whose rows are items (部门名称 merged over its block › 单位名称 on
each row › 采购项目名称, text columns 采购品目 / 采购方式 / 数量 beside the money), each block closed by a line of the
department and 小计 alone, the place's 合计 last (a county's 部门政府采购预算表): a department's figure is its
block's printed 小计 (never its own line's items, 本级, nor the place's 合计), departments are ranked by their
小计 lines, never a unit. A county's table built here, so nothing fits one published file."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent

ROWS = [
    ("青禾县2026年部门政府采购预算表", None, None, None, None, None, None, None, None),
    ("单位：万元", None, None, None, None, None, None, None, None),
    ("部门名称", "单位名称", "采购项目名称", "采购品目", "采购方式", "数量", "预算金额", None, None),
    (None, None, None, None, None, None, "合计", "财政拨款", "其他资金"),
    ("青禾县教育局", "青禾县教育局（本级）", "教育网络运维服务", "运行维护服务", "公开招标", "1项", 50, 50, None),
    (None, "青禾县教育局（本级）", "教师培训服务", "培训服务", "竞争性磋商", "1项", 30, 30, None),
    (None, "青禾第一中学", "学生课桌椅", "家具", "公开招标", "300套", 40, 30, 10),
    (None, "青禾第一中学", "物业管理服务", "物业管理服务", "公开招标", "1项", 120, None, 120),
    (None, "小计", None, None, None, None, 240, 110, 130),
    ("青禾县卫生健康局", "青禾县卫生健康局（本级）", "健康体检服务", "医疗卫生服务", "公开招标", "1项", 60, 60, None),
    (None, "青禾县人民医院", "核磁共振仪", "医用磁共振设备", "公开招标", "1台", 700, 300, 400),
    (None, "青禾县人民医院", "物业管理服务", "物业管理服务", "公开招标", "1项", 90, None, 90),
    (None, "青禾县疾病预防控制中心", "冷藏柜", "制冷设备", "询价", "4台", 12, 12, None),
    (None, "青禾县疾病预防控制中心", "检测试剂", "化学试剂", "框架协议采购", "1批", 20, 20, None),
    (None, "小计", None, None, None, None, 882, 392, 490),
    ("青禾县文化和广电旅游体育局", "青禾县文化和广电旅游体育局（本级）", "旅游推介服务", "广告服务", "公开招标", "1项", 80, 80, None),
    (None, "青禾县文化和广电旅游体育局（本级）", "健身器材", "体育设备设施", "公开招标", "20套", 30, 30, None),
    (None, "青禾县图书馆", "图书", "图书", "公开招标", "8000册", 25, 25, None),
    (None, "小计", None, None, None, None, 135, 135, None),
    ("青禾县市场监督管理局", "青禾县市场监督管理局（本级）", "投诉热线服务", "呼叫中心服务", "竞争性磋商", "1项", 10, 10, None),
    (None, "青禾县市场监督管理局综合行政执法队", "执法执勤用车", "乘用车", "框架协议采购", "2辆", 24, 24, None),
    (None, "小计", None, None, None, None, 34, 34, None),
    ("合计", None, None, None, None, None, 1291, 671, 620),
]


def _project(name: str, amount: str) -> str:
    return (f"    {name} {amount} {amount}\n\n保障{name[:6]}工作顺利开展。\n\n\n"
            f"1、1-产出指标,11-数量指标,{name[:4]}完成数量；实施周期指标值:≥2个,年度指标值:≥2个;,2、3-满意度指标,"
            "31-服务对象满意度,群众满意度；实施周期指标值:≥90%,年度指标值:≥90%;\n\n")


# The 市场监督管理局's own 项目支出绩效目标表 loaded beside it (青禾 then names that department too, as the place's),
# in the published text layout: its own project, then its 综合行政执法队's
TARGETS = ("项目支出绩效目标表（含转移支付项目）\n\n部门名称：青禾县市场监督管理局(部门) 单位：万元\n\n"
           "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n合计 54.00 54.00\n\n"
           "青禾县市场监督管理局 30.00 30.00\n\n" + _project("投诉举报热线运行经费", "30.00")
           + "青禾县市场监督管理局综合行政执法队 24.00 24.00\n\n" + _project("执法执勤车辆购置经费", "24.00"))
MERGED = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "A5:A8", "A10:A14",
          "A16:A18", "A20:A21"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("proc43")
    table = write_workbook(folder / "青禾县_2026年_部门政府采购预算表.xlsx", ROWS, MERGED, sheet="政府采购预算表")
    own = folder / "青禾县市场监督管理局_2026年_项目支出绩效目标表.txt"
    own.write_text(TARGETS, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [ROOT / "knowledge", table, own])


@pytest.mark.parametrize(("turns", "figure", "never"), [
    (("青禾县教育局政府采购预算小计多少",), "240", "80"),  # (80: its own line's items)
    (("青禾卫健局采购预算小计",), "882", "60"),
    (("青禾文旅体局采购预算多少",), "135", "110"),
    (("青禾卫健局财政拨款采购多少",), "392", "1257"),
    (("青禾教育局采购预算小计", "那卫健局呢"), "882", "240"),
    # (a department with tables of its own elsewhere: its block of the place's table, said with the table)
    (("青禾市监局采购小计",), "34", "1291"),
    (("青禾市场监管局政府采购小计是多少",), "34", "10万元"),
])
def test_a_departments_figure_is_its_blocks_subtotal(engine: Engine, turns: tuple[str, ...], figure: str,
                                                     never: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text
    assert "小计" in a.text, a.text  # (the printed line, not its rows worked out again)


def test_a_units_own_rows_stay_the_units(engine: Engine) -> None:
    a = converse(engine, "青禾人民医院采购预算一共多少")
    assert a.status == "answered" and "790" in a.text and "882" not in a.text, a.text


def test_departments_ranked_by_their_blocks(engine: Engine) -> None:
    a = converse(engine, "青禾哪个部门政府采购预算最多")
    assert a.status == "answered" and "卫生健康局" in a.text and "882" in a.text, a.text
    assert "人民医院" not in a.text and "1291" not in a.text, a.text


@pytest.mark.parametrize(("question", "figure"), [
    ("青禾卫健局比教育局采购多多少", "642"),
    ("青禾教育局比卫健局采购少多少", "642"),
])
def test_two_departments_set_against_by_their_blocks(engine: Engine, question: str, figure: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and figure in a.text and "882" in a.text and "240" in a.text, a.text
    assert a.text.startswith("青禾县卫生健康局比青禾县教育局多"), a.text


@pytest.mark.parametrize(("question", "item", "figure"), [
    ("青禾政府采购哪一项金额最大", "核磁共振仪", "700"),
    ("青禾政府采购哪一项金额最小", "投诉热线服务", "10"),
])
def test_the_largest_single_line_over_every_block(engine: Engine, question: str, item: str, figure: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and item in a.text and figure in a.text and "共比较 14 项" in a.text, a.text


def test_the_largest_line_of_a_department_said_with_its_place_is_of_its_block(engine: Engine) -> None:
    # 青禾 names the place's table, 市场监管局 a department besides: its block's largest, never the whole table's
    a = converse(engine, "青禾市场监管局采购最多的一项是什么")
    assert "核磁共振仪" not in a.text and "共比较 14 项" not in a.text, a.text


@pytest.mark.parametrize("turns", [("青禾疾控中心采购加起来多少",), ("青禾疾控中心采购哪些东西", "加起来多少")])
def test_a_unit_said_short_after_its_places_level(engine: Engine, turns: tuple[str, ...]) -> None:
    # (the units share only 青禾, 青禾第一中学 beside 青禾县…: 疾控中心 of 县疾病预防控制中心 is the unit's)
    a = converse(engine, *turns)
    assert a.status == "answered" and "32" in a.text and "882" not in a.text, a.text


@pytest.mark.parametrize(("turns", "said"), [
    (("青禾政府采购里市监局的执法队买了什么",), ["执法执勤用车"]),  # (the table's kind before the department)
    (("青禾市监局综合执法队采购了什么",), ["执法执勤用车"]),  # (综合 of 综合行政执法队 said before 执法队)
    (("青禾执法执勤车辆购置经费", "采购表里这个车用什么方式买"), ["框架协议采购"]),  # (the project's thing pointed at)
])
def test_what_a_unit_bought(engine: Engine, turns: tuple[str, ...], said: list[str]) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and all(w in a.text for w in said), a.text
    assert "投诉热线服务" not in a.text, a.text


@pytest.mark.parametrize(("question", "figure", "never"), [
    ("青禾教育局本级采购预算合计", "80", "240"),  # (its own line: never its block, nor every department's 本级)
    ("青禾县教育局本级采购多少", "80", "240"),
])
def test_a_departments_own_line_said_with_benji(engine: Engine, question: str, figure: str, never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text
    assert "卫生健康局" not in a.text, a.text


@pytest.mark.parametrize(("question", "unit", "figure"), [
    ("青禾卫健局下面哪个单位采购最多", "人民医院", "790"),
    ("青禾卫健局下属单位哪个采购最少", "疾病预防控制中心", "32"),
])
def test_the_units_of_one_block_ranked(engine: Engine, question: str, unit: str, figure: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and unit in a.text and figure in a.text and "共比较 3 项" in a.text, a.text
