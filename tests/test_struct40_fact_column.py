"""A sheet fact keeps its column number beside its cell's name (bot/model.py Fact.column), never parsed back out of
the name: the field filled in beside a block's figures is read at the column of the cell that says it."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl

from bot.ingest.grid import worksheet_facts

SELFEVAL = Path(__file__).parent / "data" / "selfeval64" / "青禾县农业农村局_2025年度_部门整体支出绩效自评表.xlsx"


def _column_number(cell: str) -> int:
    n = 0
    for ch in re.match(r"[A-Z]*", cell).group():  # type: ignore[union-attr]
        n = n * 26 + ord(ch) - 64
    return n


def test_a_sheet_fact_keeps_its_column_number():
    facts = worksheet_facts(openpyxl.load_workbook(SELFEVAL).active).facts
    placed = [f for f in facts if f.cell]
    assert placed and all(f.column == _column_number(f.cell) for f in placed)
    # the field filled in beside a block's figures is read at its own cell ("自评等级：优" of the 总分 row)
    field = next(f for f in facts if f.row == ("自评等级",) and f.value == "优")
    said = next(f for f in facts if f.value.startswith("自评等级"))
    assert field.column == said.column > 0 and field.line == said.line


def test_a_figure_is_written_as_a_cell_shows_it_by_one_function():
    from bot.ingest import grid, layouts

    assert layouts.number_text is grid.number_text
    assert [grid.number_text(x) for x in (12.0, 12.5, 0.1234567, 3.10)] == ["12", "12.5", "0.123457", "3.1"]
