"""A unit said by a contraction of its name (地籍中心 of 地籍与测量信息中心) with a count column under a merged header
said short, its 数量 closed by 数 after the thing counted ("车辆数" of 车辆 › 数量（辆）): the unit's count, as "车辆数量"
and the full name give it (tables of 青溪县, tests/cross61_tables.py's layout, the assets' header in two rows).

Pieces of two projects' names run together as one measure ("网络安全设备资产总额": 网络安全设备维护经费, 国有资产清查经费)
are not two projects to add: asked which, never their sum."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cross61_tables as tables
import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, CLARIFY, UNKNOWN, Engine

pytest.importorskip("openpyxl")

_PLACE = "青溪县"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    folder = tmp_path_factory.mktemp("kind62")
    unit = f"{_PLACE}地籍与测量信息中心"
    dept = f"{_PLACE}城管局"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(tables, "PLACE", _PLACE)
        mp.setattr(tables, "DEPT", dept)
        mp.setattr(tables, "TARGETS", {dept: [("市容巡查运行经费", 23.0), ("网络安全设备维护经费", 27.0),
                                              ("国有资产清查经费", 44.0)],
                                       unit: [("河道保洁经费", 71.0)]})
        mp.setattr(tables, "BUYS", [(unit, "保洁船", 3, "艘", 45.0, "公开招标"),
                                    (dept, "巡查电动车", 8, "辆", 6.4, "询价")])
        mp.setattr(tables, "ASSETS", [(dept, 2210.5, 9), (unit, 4730.2, 17)])
        paths = tables.write_all(folder)
    _purchases_with_notes(paths[1], [(unit, "测绘无人机", 2, "架", 18.0, ""), (dept, "巡查执法车", 8, "辆", 96.0, "新能源")])
    _assets_in_two_rows(paths[2], [(f"{dept}（本级）", 2210.5, 9, 88.6), (unit, 4730.2, 17, 301.4)])
    yield engine_over(folder / "kb.sqlite", paths)


def _purchases_with_notes(path: Path, rows: list[tuple[str, str, int, str, float, str]]) -> None:
    """The purchase plan with a 备注 column (新能源 of a vehicle bought)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "政府采购预算表"
    ws.append([f"{_PLACE}2026年政府采购预算表"])
    ws.append(["单位：万元"])
    ws.append(["序号", "预算单位", "采购项目", "数量", "计量单位", "预算金额", "备注"])
    ws.append(["合计", None, None, None, None, round(sum(r[4] for r in rows), 2), None])
    for k, row in enumerate(rows, 1):
        ws.append([k, *row])
    wb.save(path)


def _assets_in_two_rows(path: Path, rows: list[tuple[str, float, int, float]]) -> None:
    """The assets table with 车辆 over 数量（辆） and 账面价值 (a merged header of two rows), the department's
    小计 line under its units (two departments)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "国有资产占用情况表"
    ws.append([f"{_PLACE}2025年行政事业单位国有资产占用情况表"])
    ws.append(["单位：万元"])
    ws.append(["序号", "单位名称", "资产总额", "车辆", None])
    ws.append([None, None, None, "数量（辆）", "账面价值"])
    ws.append(["合计", None, round(sum(r[1] for r in rows), 2), sum(r[2] for r in rows), round(sum(r[3] for r in rows), 2)])
    for k, row in enumerate(rows, 1):
        ws.append([k, *row])
    ws.append([None, f"{_PLACE}城管局小计", *(round(sum(r[n] for r in rows), 2) for n in (1, 2, 3))])
    ws.append([3, f"{_PLACE}农业农村局（本级）", 1500.0, 4, 40.0])
    ws.append([4, f"{_PLACE}农机推广站", 820.0, 3, 25.5])
    ws.append([None, f"{_PLACE}农业农村局小计", 2320.0, 7, 65.5])
    for cells in ("A3:A4", "B3:B4", "C3:C4", "D3:E3"):
        ws.merge_cells(cells)
    wb.save(path)


@pytest.mark.parametrize("question", ["地籍中心车辆数", "地籍与测量信息中心车辆数", "地籍中心车辆数量", "地籍中心的车辆数是多少"])
def test_a_contracted_unit_with_a_count_said_short(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == ANSWERED and "17" in a.text and "地籍与测量信息中心" in a.text, a.text
    assert "4730" not in a.text and "301" not in a.text and "26" not in a.text, a.text  # (not its money, not 合计)


def test_pieces_of_two_names_run_together_are_never_summed(engine: Engine) -> None:
    a = converse(engine, "网络安全设备资产总额")
    assert "71" not in a.text and "+" not in a.text, a.text
    assert a.status == CLARIFY and "网络安全设备维护经费" in a.text and "国有资产清查经费" in a.text, a.text


def test_two_projects_said_apart_are_still_summed(engine: Engine) -> None:
    a = converse(engine, "网络安全设备维护经费和国有资产清查经费一共多少")
    assert a.status == ANSWERED and "71" in a.text, a.text


def test_a_part_of_the_count_shown_is_never_another_tables_row(engine: Engine) -> None:
    a = converse(engine, "地籍中心车辆数", "其中新能源车几辆")
    assert a.status == UNKNOWN and "巡查执法车" not in a.text and "8辆" not in a.text, a.text
    a = converse(engine, "城管局车辆数", "其中新能源车几辆")
    assert a.status == UNKNOWN and "巡查执法车" not in a.text, a.text
