"""Our own spreadsheet template: export the knowledge base for admins to edit, and read it back.

The workbook has three sheets with Chinese headers: 部门 (one row per document: department, unit,
totals), 项目 (one row per project) and 绩效指标 (one row per indicator); every project and indicator
row names its department, so rows can be sorted and filtered freely in Excel.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections import defaultdict
from pathlib import Path

from .model import AMOUNT_COLUMNS, Amounts, Document, FundingUnit, Indicator, Issue, LoadError, Project

LAYOUT = "budget-qa-template"
DOC_HEADERS = ["部门", "金额单位", "标题", "年度", "总计", "财政拨款", "财政专户拨款", "其他资金"]
PROJECT_HEADERS = ["部门", "资金使用单位", "项目名称", "类型", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标",
                   "全年执行数"]
INDICATOR_HEADERS = ["部门", "项目名称", "组", "序号", "一级指标", "二级指标", "指标名称", "实施周期指标值", "年度指标值",
                     "全年完成值"]
SHEETS = {"部门": DOC_HEADERS, "项目": PROJECT_HEADERS, "绩效指标": INDICATOR_HEADERS}


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


def is_template(wb) -> bool:
    """Recognised by content: the three sheets with our headers."""
    for title, headers in SHEETS.items():
        if title not in wb.sheetnames:
            return False
        first = [c.value for c in next(wb[title].iter_rows(min_row=1, max_row=1))]
        if [str(v or "").strip() for v in first[: len(headers)]] != headers:
            return False
    return True


def _amount(value, path: str, sheet: str, row: int, issues: list[Issue]) -> float | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        issues.append(Issue(path, row, f"“{sheet}”表第 {row} 行的金额“{value}”不是数字", "error"))
        return None


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _sheet_rows(wb, title: str):
    """(row number, cells) of a sheet below its header, padded to the header's width: Excel and
    LibreOffice save rows without their trailing empty cells."""
    width = len(SHEETS[title])
    for row_no, row in enumerate(wb[title].iter_rows(min_row=2, values_only=True), start=2):
        row = tuple(row)
        if any(v is not None for v in row):
            yield row_no, row + (None,) * (width - len(row))


def _year(value, path: str, row_no: int, issues: list[Issue]) -> int | None:
    text = _text(value)
    if not text:
        return None
    if text.isascii() and text.isdigit() and 1900 <= int(text) <= 2200:
        return int(text)
    issues.append(Issue(path, row_no, f"“部门”表第 {row_no} 行的年度“{text}”不是有效的年份（如 2024）", "error"))
    return None


def read_template(path: str, data: bytes) -> list[Document]:
    """Read a workbook exported by export_xlsx (possibly edited) back into documents."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), data_only=True, read_only=True)
    issues: list[Issue] = []
    docs: dict[str, Document] = {}
    first_row: dict[tuple[str, int | None], int] = {}
    for row_no, row in _sheet_rows(wb, "部门"):
        name = _text(row[0])
        if not name:
            issues.append(Issue(path, row_no, f"“部门”表第 {row_no} 行没有部门名称", "error"))
            continue
        amounts = Amounts(*(_amount(v, path, "部门", row_no, issues) for v in row[4:8]))
        year = _year(row[3], path, row_no, issues)
        if name in docs:  # two versions of one department would look identical to the people asking
            issues.append(Issue(path, row_no, f"“部门”表第 {row_no} 行的部门“{name}”与第 {first_row[(name, None)]} 行重复："
                                              "一个工作簿中每个部门只能有一行", "error"))
            continue
        first_row[(name, None)] = row_no
        docs[name] = Document(path=path, department=name, unit=_text(row[1]) or "万元", title=_text(row[2]),
                              year=year, layout=LAYOUT, total=amounts)
    projects: dict[tuple[str, str], Project] = {}
    for row_no, row in _sheet_rows(wb, "项目"):
        dept, unit, name = _text(row[0]), _text(row[1]), _text(row[2])
        if dept not in docs:
            issues.append(Issue(path, row_no, f"“项目”表第 {row_no} 行的部门“{dept}”不在“部门”表中", "error"))
            continue
        if not name:
            issues.append(Issue(path, row_no, f"“项目”表第 {row_no} 行没有项目名称", "error"))
            continue
        amounts = Amounts(*(_amount(v, path, "项目", row_no, issues) for v in row[4:8]))
        project = Project(name, amounts, _text(row[8]), unit=unit, line=row_no, kind=_text(row[3]) or "project",
                          executed=_amount(row[9], path, "项目", row_no, issues))
        docs[dept].projects.append(project)
        projects[(dept, name)] = project
    for row_no, row in _sheet_rows(wb, "绩效指标"):
        dept, pname = _text(row[0]), _text(row[1])
        project = projects.get((dept, pname))
        if project is None:
            issues.append(Issue(path, row_no, f"“绩效指标”表第 {row_no} 行的项目“{pname}”（{dept}）不在“项目”表中",
                                "error"))
            continue
        try:
            group, seq = int(row[2] or 1), int(row[3] or len(project.indicators) + 1)
            if not (0 <= group < 1_000_000 and 0 <= seq < 1_000_000):
                raise ValueError("out of range")
        except (TypeError, ValueError, OverflowError):
            issues.append(Issue(path, row_no, f"“绩效指标”表第 {row_no} 行的组或序号不是合理的整数（0 到 999999）", "error"))
            continue
        project.indicators.append(Indicator(
            group=group, seq=seq, level1=_text(row[4]), level2=_text(row[5]), name=_text(row[6]),
            period_value=_text(row[7]), annual_value=_text(row[8]), line=row_no,
            actual_value=_text(row[9]) or None,
        ))
    if issues:
        raise LoadError(issues)
    if not any(d.projects for d in docs.values()):
        raise LoadError([Issue(path, 0, "模板中没有任何项目", "error")])
    for doc in docs.values():
        by_unit: dict[str, list[Project]] = defaultdict(list)
        for p in doc.projects:
            if p.unit:
                by_unit[p.unit].append(p)
        for unit, members in by_unit.items():
            sums = {c: round(sum(getattr(p.amounts, c) or 0 for p in members), 2) for c in AMOUNT_COLUMNS}
            present = {c for c in AMOUNT_COLUMNS if any(getattr(p.amounts, c) is not None for p in members)}
            doc.units.append(FundingUnit(unit, Amounts(**{c: sums[c] if c in present else None for c in AMOUNT_COLUMNS}),
                                         members[0].line))
        from .parser import check

        doc.issues = check(doc)
    return list(docs.values())
