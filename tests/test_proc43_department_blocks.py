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
    ("合计", None, None, None, None, None, 1257, 637, 620),
]
MERGED = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "A5:A8", "A10:A14",
          "A16:A18"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("proc43")
    table = write_workbook(folder / "青禾县_2026年_部门政府采购预算表.xlsx", ROWS, MERGED, sheet="政府采购预算表")
    return engine_over(folder / "kb.sqlite", [ROOT / "knowledge", table])


@pytest.mark.parametrize(("turns", "figure", "never"), [
    (("青禾县教育局政府采购预算小计多少",), "240", "80"),  # (80: its own line's items)
    (("青禾卫健局采购预算小计",), "882", "60"),
    (("青禾文旅体局采购预算多少",), "135", "110"),
    (("青禾卫健局财政拨款采购多少",), "392", "1257"),
    (("青禾教育局采购预算小计", "那卫健局呢"), "882", "240"),
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
    a = converse(engine, "哪个部门政府采购预算最多")
    assert a.status == "answered" and "卫生健康局" in a.text and "882" in a.text, a.text
    assert "人民医院" not in a.text and "1257" not in a.text, a.text
