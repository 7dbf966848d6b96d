"""A table of bond-funded projects under numbered headings ("（一）市政基础设施" printing its projects' sums), its
title naming the bonds in full (…新增地方政府专项债券项目安排表) while staff say 专项债项目: the words said short
are the title's, no organisation that is not loaded (地方政府); the projects are counted and ranked without
their headings. The table is made here; every figure is worked out by hand.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import engine_over

from bot.engine import Engine

# 项目名称 | 项目单位 | 总投资 | 专项债券 (万元); the headings print their projects' sums
_ROWS = [
    ["（一）市政基础设施", None, 90000, 50000],
    ["青河新区供水管网工程", "青河市水务集团", 50000, 30000],
    ["城东污水处理厂扩建工程", "青河市水务集团", 40000, 20000],
    ["（二）社会事业", None, 70000, 35000],
    ["市第三人民医院住院楼", "青河市卫生健康委员会", 45000, 25000],
    ["青河职业学校实训楼", "青河市教育局", 25000, 10000],
    ["（三）交通基础设施", None, 30000, 15000],
    ["青河港二期码头工程", "青河港务公司", 30000, 15000],
    ["合计", None, 190000, 100000],
]


def _bonds(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025年新增专项债券"
    ws["A1"] = "青河市2025年新增地方政府专项债券项目安排表"
    ws["A2"] = "单位：万元"
    for c, h in enumerate(["项目名称", "项目单位", "总投资", "专项债券"], 1):
        ws.cell(3, c, h)
    for r, row in enumerate(_ROWS, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def bonds(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("miss51bonds")
    knowledge = Path(__file__).resolve().parent.parent / "knowledge"
    return engine_over(d / "kb.sqlite", [knowledge, _bonds(d / "qinghe_2025_special_bonds.xlsx")])


def test_bond_projects_said_short_are_the_titles_rows(bonds: Engine) -> None:
    a = bonds.ask("总投资最大的专项债项目", record=False)
    assert a.status == "answered"
    assert "青河新区供水管网工程" in a.text and "50000" in a.text
    assert "（一）" not in a.text  # (its heading, 90000, is the sum of two projects)


def test_projects_counted_without_their_headings(bonds: Engine) -> None:
    a = bonds.ask("专项债项目一共几个", record=False)
    assert a.status == "answered"
    assert a.text.startswith("共 5 项") and "青河港二期码头工程" in a.text
    assert "市政基础设施" not in a.text and "社会事业" not in a.text


# 序号 | 项目名称 | 总投资 | 2026年计划投资 合计 / 地方政府专项债券 (blank: none) — the seed's projects loaded beside
_PLAN = [
    ["合计", None, 52000, 9000, 3000],
    [1, "青河县城东大桥改建工程", 20000, 4000, 2000],
    [2, "青河县乡村公路提级工程", 8000, 2000, None],
    [3, "青河县第三小学建设项目", 16000, 2000, 1000],
    [4, "青河县湿地公园提升工程", 8000, 1000, None],
]


def _plan(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2026年计划"
    ws["A1"] = "青河县2026年政府投资项目年度计划表"
    ws["A2"] = "单位：万元"
    for c, h in enumerate(["序号", "项目名称", "总投资", "2026年计划投资"], 1):
        ws.cell(3, c, h)
    ws.cell(4, 4, "合计")
    ws.cell(4, 5, "地方政府专项债券")
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:E3"):
        ws.merge_cells(rng)
    for r, row in enumerate(_PLAN, 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("miss51plan26")
    knowledge = Path(__file__).resolve().parent.parent / "knowledge"
    return engine_over(d / "kb.sqlite", [knowledge, _plan(d / "qinghe_2026_investment_plan.xlsx")])


def test_projects_without_bonds_are_the_rows_left_blank(plan: Engine) -> None:
    # 项目 names the rows listed, 安排 after 没有 asks nothing more: one table's column chooses, no seed project
    for q in ("哪些项目没有安排专项债", "哪些项目没有专项债"):
        a = plan.ask(q, record=False)
        assert a.status == "answered", q
        assert "乡村公路提级工程" in a.text and "湿地公园提升工程" in a.text
        assert "城东大桥" not in a.text and "第三小学" not in a.text and "法律顾问" not in a.text
