"""A procurement plan listing rows by unit (政府采购预算表: 单位 | 项目 | 金额 | 方式) beside the place's table of
departments and units (部门支出预算表): a department said by its own name is all its units' rows (本级, its schools,
its centres), added up, listed or counted; its 本级 line alone only when 本级 is said."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import Engine

# 青岚县 departments and their units, as the 部门支出预算表 prints them (department merged down column A).
_DEPTS = [("青岚县水利局", "青岚县水利局本级", 900, 400), (None, "青岚县水利工程管理站", 600, 500),
          (None, "小计", 1500, 900),
          ("青岚县教育局", "青岚县教育局本级", 2000, 300), (None, "青岚县第二中学", 3000, 2800),
          (None, "青岚县城关小学", 1000, 950), (None, "小计", 6000, 4050),
          ("青岚县卫生健康局", "青岚县卫生健康局本级", 800, 300), (None, "青岚县疾病预防控制中心", 700, 600),
          (None, "小计", 1500, 900)]

# Its procurement plan: unit, project, 品目, 数量, 计量单位, 预算金额 merged over 合计 | 财政拨款 | 其他资金, 采购方式.
_BUY = [("青岚县水利局本级", "河道保洁服务", "环境卫生服务", 1, "项", 120, 120, None, "公开招标"),
        ("青岚县水利工程管理站", "水文监测设备", "监测设备", 3, "台", 35.5, 35.5, None, "询价"),
        ("青岚县水利工程管理站", "闸门维修服务", "维修服务", 1, "项", 44.5, 40, 4.5, "竞争性磋商"),
        ("青岚县教育局本级", "教学楼维修工程", "维修服务", 1, "项", 300, 300, None, "公开招标"),
        ("青岚县教育局本级", "校园监控运维服务", "运行维护服务", 1, "项", 22, 22, None, "竞争性磋商"),
        ("青岚县第二中学", "学生宿舍床具", "家具", 400, "套", 60, 60, None, "询价"),
        ("青岚县第二中学", "理化生实验器材", "教学仪器", 1, "批", 18, 18, None, "询价"),
        ("青岚县城关小学", "多媒体教学一体机", "触控一体机", 20, "台", 16, 16, None, "询价"),
        ("青岚县水利局本级", "水旱灾害防御物资", "防汛物资", 1, "批", 28, 28, None, "询价"),
        ("青岚县卫生健康局本级", "健康档案系统运维", "信息技术服务", 1, "项", 25, 25, None, "单一来源"),
        ("青岚县疾病预防控制中心", "检测试剂采购", "医用试剂", 1, "批", 41, 41, None, "公开招标")]


def _depts(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门支出预算表"
    ws["A1"] = "青岚县2026年部门支出预算表"
    ws["A2"] = "单位：万元"
    for c, h in enumerate(["部门名称", "单位名称", "合计", "基本支出"], 1):
        ws.cell(3, c, h)
    ws.cell(4, 1, "合计")
    ws.cell(4, 3, 9000)
    ws.cell(4, 4, 5850)
    for r, row in enumerate(_DEPTS, 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    ws.merge_cells("A5:A7")
    ws.merge_cells("A8:A11")
    ws.merge_cells("A12:A14")
    wb.save(path)


def _buy(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "政府采购预算表"
    ws["A1"] = "青岚县2026年政府采购预算表"
    ws["A2"] = "单位：万元"
    for c, h in enumerate(["序号", "单位名称", "采购项目", "采购品目", "数量", "计量单位", "预算金额", None, None,
                           "采购方式"], 1):
        ws.cell(3, c, h)
    for c, h in enumerate(["合计", "财政拨款", "其他资金"], 7):
        ws.cell(4, c, h)
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "J3:J4"):
        ws.merge_cells(rng)
    for c, v in ((1, "合计"), (7, 770), (8, 765.5), (9, 4.5)):
        ws.cell(5, c, v)
    for r, row in enumerate(_BUY, 6):
        ws.cell(r, 1, r - 5)
        for c, v in enumerate(row, 2):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("buy46")
    _depts(folder / "qinglan_depts.xlsx")
    _buy(folder / "qinglan_buy.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qinglan_depts.xlsx", folder / "qinglan_buy.xlsx"])


@pytest.mark.parametrize(("question", "total", "own_only"), [
    ("水利局采购预算合计", "228", "148万元"),
    ("教育局政府采购预算一共多少", "416", "322万元")])
def test_a_department_is_all_its_units_rows(engine: Engine, question: str, total: str, own_only: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and f"{total}万元" in a.text
    assert not a.text.startswith(own_only)


def test_a_departments_rows_listed(engine: Engine) -> None:
    a = converse(engine, "水利局有哪些采购项目")
    assert a.status == "answered"
    assert all(x in a.text for x in ("河道保洁服务", "水文监测设备", "闸门维修服务"))
    assert "学生宿舍床具" not in a.text


def test_its_own_line_when_benji_is_said(engine: Engine) -> None:
    a = converse(engine, "水利局本级采购预算合计")
    assert a.status == "answered" and "120" in a.text and "200万元" not in a.text


def test_a_department_by_its_short_name_is_not_its_spending_table(engine: Engine) -> None:
    """卫健局 is 卫生健康局 by the vocabulary's short words: its procurement rows, never its 部门支出 小计 (1500)."""
    a = converse(engine, "卫健局有哪些采购项目")
    assert a.status == "answered" and "健康档案系统运维" in a.text and "检测试剂采购" in a.text
    assert "1500" not in a.text


def test_a_department_said_without_the_table_is_not_its_own_procurement_line(engine: Engine) -> None:
    """"卫健局小计多少" names the table of departments' line (1500), never 卫健局本级's procurement rows (25)."""
    a = converse(engine, "卫健局小计多少")
    assert a.status == "answered" and "1500" in a.text and "健康档案系统运维" not in a.text
