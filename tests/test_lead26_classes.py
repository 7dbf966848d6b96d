"""Classes the lead fixed in round 14, each on a fictional table asked through Engine.ask."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.conftest import engine_over


def test_a_month_is_not_read_inside_another_number(tmp_path: Path) -> None:
    """"11月" is no 1月 said: a month whose column is not yet filled is unknown, never January's figure."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["鹤岭县2025年税收收入分月完成表"])
    ws.append(["单位：万元"])
    ws.append(["项目", "1月", "2月", "11月", "12月"])
    ws.append(["契税", 310, 285.5, None, None])
    ws.append(["印花税", 96, 104, None, None])
    path = tmp_path / "m.xlsx"
    wb.save(path)
    engine = engine_over(tmp_path / "kb.sqlite", [path])
    assert "310" in engine.ask("契税1月多少").text
    eleventh = engine.ask("契税11月多少")
    assert "310" not in eleventh.text and eleventh.status != "answered", eleventh.text
