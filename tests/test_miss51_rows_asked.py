"""Rows asked by the words staff use around a figure: a word of the header over the rows' names (哪些品目 of
采购品目), a verb of giving money before a superlative (资金投资最少, 专项债券安排最多), a bound in money and no
column said (超过一百万的有哪些: the table's total money column). The tables are made here; every figure is
worked out by hand.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import engine_over

from bot.engine import Engine

# 乡镇 | 项目名称 | 建设内容 | 资金规模 合计 / 中央 / 省级 / 市县 (万元)
_PLAN = [
    ["东坝镇", "东坝镇柑橘基地建设项目", "新建柑橘基地200亩", 150, 100, 30, 20],
    ["东坝镇", "东坝镇产业路硬化项目", "硬化产业路3公里", 80, 50, 20, 10],
    ["西岭镇", "西岭镇茶叶加工厂建设项目", "新建加工厂1座", 130, 90, 25, 15],
    ["西岭镇", "西岭镇致富带头人培训", "培训60人", 9.5, 9.5, 0, 0],
    ["柳塘乡", "柳塘乡安全饮水巩固提升项目", "新建蓄水池2座", 60, 40, 12, 8],
    ["合计", None, None, 429.5, 289.5, 87, 53],
]

# 序号 | 项目名称 | 采购品目 | 数量 | 计量单位 | 单价（元） | 预算金额（万元） | 采购方式 (项目名称 merged over its items)
_BOUGHT = [
    [1, "教室照明改造项目", "LED护眼教室灯", 1500, "盏", 300, 45, "公开招标"],
    [None, None, "LED黑板灯", 600, "盏", 200, 12, None],
    [2, "课桌椅更新项目", "单人课桌椅", 1100, "套", 600, 66, "公开招标"],
    [3, "图书馆建设项目", "中小学图书", 30000, "册", 20, 60, "询价"],
    [None, None, "图书架", 200, "个", 400, 8, None],
]


def _plan(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目计划表"
    ws["A1"] = "青河县2025年财政衔接推进乡村振兴补助资金项目计划表"
    ws["A2"] = "单位：万元"
    for c, h in enumerate(["乡镇", "项目名称", "建设内容", "资金规模", None, None, None], 1):
        if h:
            ws.cell(3, c, h)
    for c, h in enumerate(["合计", "中央", "省级", "市县"], 4):
        ws.cell(4, c, h)
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:G3"):
        ws.merge_cells(rng)
    for r, row in enumerate(_PLAN, 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(path)
    return path


def _bought(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "政府采购预算明细表"
    ws["A1"] = "青河县教育局2025年政府采购预算明细表"
    ws["A2"] = "编制单位：青河县教育局"
    for c, h in enumerate(["序号", "项目名称", "采购品目", "数量", "计量单位", "单价（元）", "预算金额（万元）", "采购方式"], 1):
        ws.cell(3, c, h)
    for r, row in enumerate(_BOUGHT, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    for rng in ("A4:A5", "B4:B5", "H4:H5", "A7:A8", "B7:B8", "H7:H8"):
        ws.merge_cells(rng)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("miss51plan")
    knowledge = Path(__file__).resolve().parent.parent / "knowledge"
    return engine_over(d / "kb.sqlite", [knowledge, _plan(d / "qinghe_2025_xianjie_plan.xlsx")])


@pytest.fixture(scope="module")
def bought(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("miss51bought")
    knowledge = Path(__file__).resolve().parent.parent / "knowledge"
    return engine_over(d / "kb.sqlite", [knowledge, _bought(d / "qinghe_2025_procurement.xlsx")])


def test_bound_in_money_is_over_the_tables_total_column(plan: Engine) -> None:
    a = plan.ask("青河衔接项目里超过一百万的有哪些", record=False)
    assert a.status == "answered"
    assert "柑橘基地" in a.text and "茶叶加工厂" in a.text
    assert "产业路" not in a.text and "饮水" not in a.text


def test_money_verb_before_a_superlative_asks_the_figure(plan: Engine) -> None:
    a = plan.ask("青河衔接资金投资最少的项目", record=False)
    assert a.status == "answered"
    assert "致富带头人培训" in a.text and "9.5" in a.text


def test_word_of_the_rows_header_names_the_rows(bought: Engine) -> None:
    a = bought.ask("哪些品目数量超过一千", record=False)
    assert a.status == "answered"
    assert "护眼教室灯" in a.text and "单人课桌椅" in a.text and "中小学图书" in a.text
    assert "黑板灯" not in a.text and "图书架" not in a.text
