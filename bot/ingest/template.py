"""Our own spreadsheet template, read back after admins edited it (bot.store.export writes it).

The workbook has three sheets with Chinese headers: 部门 (one row per document: department, unit,
totals), 项目 (one row per project) and 绩效指标 (one row per indicator); every project and indicator
row names its department, so rows can be sorted and filtered freely in Excel.
"""

from __future__ import annotations

import io
from collections import defaultdict

from bot.model import AMOUNT_COLUMNS, Amounts, Document, FundingUnit, Indicator, Issue, LoadError, Project

LAYOUT = "budget-qa-template"
DOC_HEADERS = ["部门", "金额单位", "标题", "年度", "总计", "财政拨款", "财政专户拨款", "其他资金"]
PROJECT_HEADERS = ["部门", "资金使用单位", "项目名称", "类型", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标",
                   "全年执行数"]
INDICATOR_HEADERS = ["部门", "项目名称", "组", "序号", "一级指标", "二级指标", "指标名称", "实施周期指标值", "年度指标值",
                     "全年完成值"]
SHEETS = {"部门": DOC_HEADERS, "项目": PROJECT_HEADERS, "绩效指标": INDICATOR_HEADERS}


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


def read_template(path: str, data: bytes) -> list[Document]:
    """Read a workbook exported by export_xlsx (possibly edited) back into documents."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), data_only=True, read_only=True)
    issues: list[Issue] = []
    docs: dict[str, Document] = {}
    for row_no, row in enumerate(wb["部门"].iter_rows(min_row=2, values_only=True), start=2):
        if not any(v is not None for v in row):
            continue
        name = _text(row[0])
        if not name:
            issues.append(Issue(path, row_no, f"“部门”表第 {row_no} 行没有部门名称", "error"))
            continue
        amounts = Amounts(*(_amount(v, path, "部门", row_no, issues) for v in row[4:8]))
        year = _text(row[3])
        docs[name] = Document(path=path, department=name, unit=_text(row[1]) or "万元", title=_text(row[2]),
                              year=int(year) if year.isdigit() else None, layout=LAYOUT, total=amounts)
    projects: dict[tuple[str, str], Project] = {}
    for row_no, row in enumerate(wb["项目"].iter_rows(min_row=2, values_only=True), start=2):
        if not any(v is not None for v in row):
            continue
        dept, unit, name = _text(row[0]), _text(row[1]), _text(row[2])
        if dept not in docs:
            issues.append(Issue(path, row_no, f"“项目”表第 {row_no} 行的部门“{dept}”不在“部门”表中", "error"))
            continue
        if not name:
            issues.append(Issue(path, row_no, f"“项目”表第 {row_no} 行没有项目名称", "error"))
            continue
        amounts = Amounts(*(_amount(v, path, "项目", row_no, issues) for v in row[4:8]))
        project = Project(name, amounts, _text(row[8]), unit=unit, line=row_no, kind=_text(row[3]) or "project",
                          executed=_amount(row[9] if len(row) > 9 else None, path, "项目", row_no, issues))
        docs[dept].projects.append(project)
        projects[(dept, name)] = project
    for row_no, row in enumerate(wb["绩效指标"].iter_rows(min_row=2, values_only=True), start=2):
        if not any(v is not None for v in row):
            continue
        dept, pname = _text(row[0]), _text(row[1])
        project = projects.get((dept, pname))
        if project is None:
            issues.append(Issue(path, row_no, f"“绩效指标”表第 {row_no} 行的项目“{pname}”（{dept}）不在“项目”表中",
                                "error"))
            continue
        try:
            group, seq = int(row[2] or 1), int(row[3] or len(project.indicators) + 1)
        except (TypeError, ValueError):
            issues.append(Issue(path, row_no, f"“绩效指标”表第 {row_no} 行的组或序号不是整数", "error"))
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
        from bot.ingest.text import check

        doc.issues = check(doc)
    return list(docs.values())
