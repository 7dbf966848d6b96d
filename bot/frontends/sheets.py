"""An answer's list as an .xlsx a person can take to a meeting ("导出", /export, `bot ask --xlsx`).

One sheet 结果 (a row per item: name, amount with two decimals, unit, department, source) and a sheet
说明 with the question, the answer as shown and when it was exported. openpyxl is imported only here.
"""

from __future__ import annotations

import io
from datetime import datetime

NO_ROWS = "这个回答没有可以导出的列表（可以导出项目列表、排名、筛选结果、资金来源、执行情况等）。"


def answer_workbook(rows: list[dict], question: str, text: str) -> bytes:
    """The workbook's bytes. Rows as Answer.rows gives them (label, value, unit, series, department, source)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.create_sheet("结果", 0)
    wb.remove(wb.worksheets[1])  # the default empty sheet
    has_series = any(r.get("series") for r in rows)
    headers = ["序号", "名称", *(["口径"] if has_series else []), "数值", "单位", "部门", "来源"]
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for k, r in enumerate(rows, start=1):
        ws.append([k, r.get("label", ""), *([r.get("series", "")] if has_series else []), r.get("value"),
                   r.get("unit", ""), r.get("department", ""), r.get("source", "")])
    value_col = headers.index("数值") + 1
    for k, r in enumerate(rows, start=2):  # amounts with two decimals, counts as whole numbers
        ws.cell(k, value_col).number_format = "0" if r.get("unit") == "个" else "#,##0.00"
    widths = {"序号": 6, "名称": 40, "口径": 12, "数值": 14, "单位": 8, "部门": 24, "来源": 40}
    for index, header in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(index)].width = widths[header]
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"

    notes = wb.create_sheet("说明")
    notes.append(["问题", question])
    notes.append(["回答", text])
    notes.append(["导出时间", datetime.now().strftime("%Y-%m-%d %H:%M")])
    notes.append(["说明", "“数值”按表中金额单位保留两位小数；“来源”是表名和行号。"])
    notes.column_dimensions["A"].width = 10
    notes.column_dimensions["B"].width = 90
    for row in notes.iter_rows():
        row[0].font = Font(bold=True)
        row[1].alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
