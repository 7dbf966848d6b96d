"""Export the knowledge base as our spreadsheet template (xlsx) or CSV files, for admins to edit.

The workbook has three sheets with Chinese headers (bot.ingest.template defines them and reads them
back): 部门, 项目 and 绩效指标; every project and indicator row names its department, so rows can be
sorted and filtered freely in Excel.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from bot.ingest.template import SHEETS
from bot.model import AMOUNT_COLUMNS


def _rows(db_path: str | Path) -> dict[str, list[list]]:
    """The knowledge base as rows of the three sheets (parameterised reads only)."""
    con = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    cols = ", ".join(AMOUNT_COLUMNS)
    try:
        docs = con.execute(f"SELECT id, department, unit, title, year, {cols} FROM documents ORDER BY id").fetchall()
        dept = {d[0]: d[1] for d in docs}
        projects = con.execute(
            f"SELECT document_id, unit_name, name, kind, {cols}, goal, executed, id FROM projects ORDER BY id").fetchall()
        pname = {p[-1]: p[2] for p in projects}
        indicators = con.execute(
            "SELECT document_id, project_id, grp, seq, level1_label, level2_label, name, period_value, "
            "annual_value, actual_value FROM indicators ORDER BY project_id, grp, seq, id").fetchall()
    finally:
        con.close()
    return {
        "部门": [[d[1], d[2], d[3] or "", d[4], *d[5:9]] for d in docs],
        "项目": [[dept[p[0]], p[1] or "", p[2], p[3] or "project", *p[4:8], p[8] or "", p[9]] for p in projects],
        "绩效指标": [[dept[i[0]], pname[i[1]], *i[2:]] for i in indicators],
    }


def export_xlsx(db_path: str | Path, out: str | Path) -> Path:
    """Write the knowledge base as an editable workbook."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in _rows(db_path).items():
        ws = wb.create_sheet(title)
        ws.append(SHEETS[title])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(row)
        ws.freeze_panes = "A2"
    path = Path(out)
    wb.save(path)
    return path


def export_csv(db_path: str | Path, out: str | Path) -> list[Path]:
    """Write one CSV per sheet into folder `out` (UTF-8 with BOM, so Excel shows the Chinese)."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for title, rows in _rows(db_path).items():
        path = folder / f"{title}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(SHEETS[title])
            writer.writerows(rows)
        written.append(path)
    return written
