"""Export the knowledge base as our spreadsheet template (xlsx) or CSV files, for admins to edit.

The workbook has three sheets with Chinese headers (bot.ingest.template defines them and reads them
back): 部门, 项目 and 绩效指标; every project and indicator row names its department, so rows can be
sorted and filtered freely in Excel. It is meant to be read by a person too: set column widths, long
text wrapped, amounts with two decimals, category codes apart from their names, Chinese values only,
the source (file and line) of every row, and a 说明 sheet saying what each column holds.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from bot.ingest.template import KIND_NAMES, SHEETS, UNIT_HEADERS, UNIT_SHEET
from bot.model import AMOUNT_COLUMNS

AMOUNT_HEADERS = {"总计", "财政拨款", "财政专户拨款", "其他资金", "全年执行数"}
WIDTHS = {"部门": 24, "金额单位": 9, "标题": 36, "年度": 7, "资金使用单位": 24, "项目名称": 32, "类型": 10,
          "绩效目标": 60, "组": 5, "序号": 5, "一级代码": 8, "一级指标": 12, "二级代码": 8, "二级指标": 16,
          "指标名称": 32, "实施周期指标值": 30, "年度指标值": 30, "全年完成值": 16, "来源文件": 28, "来源位置": 10}
WRAPPED = {"标题", "项目名称", "绩效目标", "指标名称", "实施周期指标值", "年度指标值", "全年完成值", "资金使用单位", "来源文件"}
EXPLANATION = [
    ("部门", "部门", "表所属的部门（预算单位）"),
    ("部门", "金额单位", "表中金额的单位，通常是万元"),
    ("部门", "标题 / 年度", "表的标题和预算年度"),
    ("部门、项目", "总计 / 财政拨款 / 财政专户拨款 / 其他资金", "金额（两位小数）；空白表示表中未列"),
    ("部门", "来源文件", "这张表是从哪个文件读入的"),
    ("项目", "资金使用单位", "使用这笔资金的单位（表中有时才有）"),
    ("资金使用单位", "资金使用单位 / 金额", "表中“资金使用单位”小计行；删去此表时按项目的单位自动汇总"),
    ("项目", "类型", "项目；重点工作任务（部门整体绩效目标表中的年度重点工作任务）；部门整体"),
    ("项目", "绩效目标", "表中填写的项目绩效目标"),
    ("项目", "全年执行数", "项目支出绩效自评表中的全年执行数"),
    ("绩效指标", "组 / 序号", "指标在项目中的位置（第几组、第几个），用于保持原表顺序"),
    ("绩效指标", "一级代码 / 一级指标", "一级指标的编号和名称，如 1 / 产出指标（表中没有编号时代码为空）"),
    ("绩效指标", "二级代码 / 二级指标", "二级指标的编号和名称，如 11 / 数量指标"),
    ("绩效指标", "实施周期指标值 / 年度指标值", "表中的指标值（原文）"),
    ("绩效指标", "全年完成值", "项目支出绩效自评表中的完成值"),
    ("项目、绩效指标", "来源文件 / 来源位置", "这一行出自哪个文件的哪一页（分页的文本、PDF）或第几行，便于核对原表"),
    ("使用", "修改后重新加载", "改好后放进 knowledge/ 文件夹（或在 Telegram 上传），运行 python -m bot load 或 /reload；"
                         "“说明”表和来源列只供阅读，加载时不读取"),
]


def _where(line: int | None, page: int | None = None) -> str:
    """"第3页" where the published table's page is recorded (a paginated text, a PDF), else "第12行"."""
    return f"第{page}页" if page else f"第{line}行" if line else ""


def _rows(db_path: str | Path) -> dict[str, list[list]]:
    """The knowledge base as rows of the three sheets (parameterised reads only)."""
    con = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    cols = ", ".join(AMOUNT_COLUMNS)
    try:
        docs = con.execute(
            f"SELECT id, department, unit, title, year, {cols}, file_name FROM documents ORDER BY id").fetchall()
        dept = {d[0]: d[1] for d in docs}
        source = {d[0]: d[-1] or "" for d in docs}
        projects = con.execute(
            f"SELECT document_id, unit_name, name, kind, {cols}, goal, executed, line, page, id FROM projects ORDER BY id"
        ).fetchall()
        pname = {p[-1]: p[2] for p in projects}
        units = con.execute(
            f"SELECT document_id, name, {cols}, line, page FROM funding_units ORDER BY id").fetchall()
        indicators = con.execute(
            "SELECT document_id, project_id, grp, seq, level1_code, level1, level2_code, level2, name, period_value, "
            "annual_value, actual_value, line, page FROM indicators ORDER BY project_id, grp, seq, id").fetchall()
    finally:
        con.close()
    return {
        "部门": [[d[1], d[2], d[3] or "", d[4], *d[5:9], source[d[0]]] for d in docs],
        "项目": [[dept[p[0]], p[1] or "", p[2], KIND_NAMES.get(p[3] or "project", p[3]), *p[4:8], p[8] or "", p[9],
                 source[p[0]], _where(p[10], p[11])] for p in projects],
        "绩效指标": [[dept[i[0]], pname[i[1]], *i[2:4], i[4] or "", i[5] or "", i[6] or "", i[7] or "", *i[8:12],
                  source[i[0]], _where(i[12], i[13])] for i in indicators],
        UNIT_SHEET: [[dept[u[0]], u[1] or "", *u[2:6], source[u[0]], _where(u[6], u[7])] for u in units],
    }


def export_xlsx(db_path: str | Path, out: str | Path) -> Path:
    """Write the knowledge base as an editable workbook a person can read."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.worksheets[0])  # the default empty sheet
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for title, rows in _rows(db_path).items():
        ws = wb.create_sheet(title)
        headers = SHEETS.get(title, UNIT_HEADERS)
        ws.append(headers)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(row)
        for index, header in enumerate(headers, start=1):
            letter = get_column_letter(index)
            ws.column_dimensions[letter].width = WIDTHS.get(header, 12)
            style = "0.00" if header in AMOUNT_HEADERS else None
            alignment = wrap if header in WRAPPED else top
            for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                if style:
                    cell.number_format = style
                cell.alignment = alignment
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
    notes = wb.create_sheet("说明")
    notes.append(["表", "列", "说明"])
    for cell in notes[1]:
        cell.font = Font(bold=True)
    for note in EXPLANATION:
        notes.append(list(note))
    for letter, width in zip("ABC", (14, 34, 80), strict=True):
        notes.column_dimensions[letter].width = width
    for row in notes.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
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
            writer.writerow(SHEETS.get(title, UNIT_HEADERS))
            writer.writerows(rows)
        written.append(path)
    return written
