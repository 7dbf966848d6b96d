"""Formulas saved without their results (workbooks written by programs): worked out at load, so a 合计
row built by =SUM(...) answers like a typed figure; a formula that cannot be worked out is reported with
its sheet and cell and reads empty (never a guessed figure)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bot.ingest.formulas import load_values
from tests.conftest import engine_over


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支出"
    ws.append(["鹤岭县文化旅游局2026年项目支出预算表"])
    ws.append(["单位：万元"])
    ws.append(["项目名称", "年初预算", "调整数", "调整后预算", "备注"])
    ws.append(["文物保护经费", 130.4, 12, "=B4+C4", None])
    ws.append(["图书馆运行经费", 88, -8.5, "=B5+C5", None])
    ws.append(["旅游推介经费", 41.25, None, "=ROUND(B6+C6,2)", "含节庆"])
    ws.append(["合计", "=SUM(B4:B6)", "=SUM(C4:C6)", "=SUM(D4:D6)", None])
    ws.append(["说明", None, None, "=VLOOKUP(A4,A4:D6,4,FALSE)", None])
    other = wb.create_sheet("汇总")
    other.append(["项目", "金额"])
    other.append(["支出合计", "=支出!D7"])
    wb.save(path)
    return path


def test_formulas_without_results_are_worked_out(tmp_path: Path) -> None:
    wb, unworked = load_values(_workbook(tmp_path / "t.xlsx").read_bytes())
    assert wb["支出"]["D4"].value == pytest.approx(142.4)
    assert wb["支出"]["D6"].value == pytest.approx(41.25)  # the blank 调整数 counts as nothing
    assert wb["支出"]["B7"].value == pytest.approx(259.65)
    assert wb["支出"]["D7"].value == pytest.approx(142.4 + 79.5 + 41.25)
    assert wb["汇总"]["B2"].value == pytest.approx(263.15)  # another sheet's formula, worked out first
    assert unworked == [("支出", "D8", "=VLOOKUP(A4,A4:D6,4,FALSE)")]


def test_a_total_built_by_formula_answers(tmp_path: Path) -> None:
    engine = engine_over(tmp_path / "kb.sqlite", [_workbook(tmp_path / "t.xlsx")])
    total = engine.ask("文旅局调整后预算合计多少").text
    assert "263.15" in total
    assert "142.4" in engine.ask("文物保护经费调整后预算").text
    share = engine.ask("旅游推介经费占调整后合计的比例").text
    assert "15.68" in share  # 41.25 / 263.15


def test_a_formula_not_worked_out_is_reported_with_its_cell(tmp_path: Path) -> None:
    from bot.ingest.formats import read_document

    path = _workbook(tmp_path / "t.xlsx")
    warnings = [str(i) for i in read_document(path).issues]
    assert any("支出" in w and "D8" in w and "VLOOKUP" in w for w in warnings), warnings

