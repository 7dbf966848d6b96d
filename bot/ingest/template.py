"""Our own spreadsheet template, read back after admins edited it (bot.store.export writes it).

The workbook has three sheets with Chinese headers: 部门 (one row per document: department, unit,
totals), 项目 (one row per project) and 绩效指标 (one row per indicator); every project and indicator
row names its department, so rows can be sorted and filtered freely in Excel. Columns are found by
their header, so added or moved columns do not matter; the source columns and the 说明 sheet are for
people and are not read back.
"""

from __future__ import annotations

import io
from collections import defaultdict

from bot.model import AMOUNT_COLUMNS, Amounts, Document, FundingUnit, Indicator, Issue, LoadError, Project

LAYOUT = "budget-qa-template"
DOC_HEADERS = ["部门", "金额单位", "标题", "年度", "总计", "财政拨款", "财政专户拨款", "其他资金", "来源文件"]
PROJECT_HEADERS = ["部门", "资金使用单位", "项目名称", "类型", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标",
                   "全年执行数", "来源文件", "来源位置"]
INDICATOR_HEADERS = ["部门", "项目名称", "组", "序号", "一级代码", "一级指标", "二级代码", "二级指标", "指标名称",
                     "实施周期指标值", "年度指标值", "全年完成值", "来源文件", "来源位置"]
UNIT_HEADERS = ["部门", "资金使用单位", "总计", "财政拨款", "财政专户拨款", "其他资金", "来源文件", "来源位置"]
SHEETS = {"部门": DOC_HEADERS, "项目": PROJECT_HEADERS, "绩效指标": INDICATOR_HEADERS}
# Optional: the tables' own 资金使用单位 subtotal lines. Without this sheet (older exports, or deleted)
# each unit named on a project gets the sum of its projects.
UNIT_SHEET = "资金使用单位"
# Columns a workbook must have to be ours (older exports lack the code and source columns).
REQUIRED = {"部门": ["部门", "金额单位"], "项目": ["部门", "项目名称", "总计"], "绩效指标": ["部门", "项目名称", "指标名称"]}
# 类型 is written in Chinese; the model's own words are read too.
KINDS = {"项目": "project", "重点工作任务": "task", "部门整体": "department"}
KIND_NAMES = {v: k for k, v in KINDS.items()}


def _header(ws) -> dict[str, int]:
    first = next(ws.iter_rows(min_row=1, max_row=1, values_only=True), ())
    return {str(v).strip(): k for k, v in enumerate(first) if v is not None and str(v).strip()}


def is_template(wb) -> bool:
    """Recognised by content: the three sheets with our headers."""
    for title, required in REQUIRED.items():
        if title not in wb.sheetnames:
            return False
        if not set(required) <= set(_header(wb[title])):
            return False
    return True


def _cells(row: tuple, columns: dict[str, int]):
    """A row's value by header name (openpyxl rows may lack trailing cells)."""
    def get(name: str):
        k = columns.get(name)
        return row[k] if k is not None and k < len(row) else None
    return get


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


def _label(code, name) -> str:
    """The category as the tables print it ("1-产出指标"), from its code and name columns."""
    code, name = _text(code), _text(name)
    return f"{code}-{name}" if code and name else name or code


def _year(value, path: str, row_no: int, issues: list[Issue]) -> int | None:
    text = _text(value)
    if not text:
        return None
    if text.isascii() and text.isdigit() and 1900 <= int(text) <= 2200:
        return int(text)
    issues.append(Issue(path, row_no, f"“部门”表第 {row_no} 行的年度“{text}”不是有效的年份（如 2024）", "error"))
    return None


MONEY = ["总计", "财政拨款", "财政专户拨款", "其他资金"]


def _rows(ws):
    """(row number, value-by-header getter) for every non-empty data row of a sheet."""
    columns = _header(ws)
    for row_no, row in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        if any(v is not None for v in row):
            yield row_no, _cells(row, columns)


def read_template(path: str, data: bytes) -> list[Document]:
    """Read a workbook exported by export_xlsx (possibly edited) back into documents."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), data_only=True, read_only=True)
    issues: list[Issue] = []
    docs = _read_departments(wb["部门"], path, issues)
    projects = _read_projects(wb["项目"], path, docs, issues)
    _read_indicators(wb["绩效指标"], path, projects, issues)
    listed = _read_units(wb[UNIT_SHEET], path, docs, issues) if UNIT_SHEET in wb.sheetnames else None
    if issues:
        raise LoadError(issues)
    if not any(d.projects for d in docs.values()):
        raise LoadError([Issue(path, 0, "模板中没有任何项目", "error")])
    for doc in docs.values():
        doc.units = listed.get(doc.department, []) if listed is not None else _units_of_projects(doc.projects)
        doc.issues = _checks(doc)
    return list(docs.values())


def _read_departments(ws, path: str, issues: list[Issue]) -> dict[str, Document]:
    """The 部门 sheet: one document per department row."""
    docs: dict[str, Document] = {}
    first_row: dict[str, int] = {}
    for row_no, cell in _rows(ws):
        name = _text(cell("部门"))
        if not name:
            issues.append(Issue(path, row_no, f"“部门”表第 {row_no} 行没有部门名称", "error"))
            continue
        amounts = Amounts(*(_amount(cell(m), path, "部门", row_no, issues) for m in MONEY))
        year = _year(cell("年度"), path, row_no, issues)
        if name in docs:  # two versions of one department would look identical to the people asking
            issues.append(Issue(path, row_no, f"“部门”表第 {row_no} 行的部门“{name}”与第 {first_row[name]} 行重复："
                                              "一个工作簿中每个部门只能有一行", "error"))
            continue
        first_row[name] = row_no
        docs[name] = Document(path=path, department=name, unit=_text(cell("金额单位")) or "万元",
                              title=_text(cell("标题")), year=year, layout=LAYOUT, total=amounts)
    return docs


def _read_projects(ws, path: str, docs: dict[str, Document],
                   issues: list[Issue]) -> dict[tuple[str, str], Project]:
    """The 项目 sheet: each project added to its department's document; (department, name) -> project."""
    projects: dict[tuple[str, str], Project] = {}
    for row_no, cell in _rows(ws):
        dept, unit, name = _text(cell("部门")), _text(cell("资金使用单位")), _text(cell("项目名称"))
        if dept not in docs:
            issues.append(Issue(path, row_no, f"“项目”表第 {row_no} 行的部门“{dept}”不在“部门”表中", "error"))
            continue
        if not name:
            issues.append(Issue(path, row_no, f"“项目”表第 {row_no} 行没有项目名称", "error"))
            continue
        amounts = Amounts(*(_amount(cell(m), path, "项目", row_no, issues) for m in MONEY))
        kind = _text(cell("类型"))
        project = Project(name, amounts, _text(cell("绩效目标")), unit=unit, line=row_no,
                          kind=KINDS.get(kind, kind) or "project",
                          executed=_amount(cell("全年执行数"), path, "项目", row_no, issues))
        docs[dept].projects.append(project)
        projects[(dept, name)] = project
    return projects


def _read_indicators(ws, path: str, projects: dict[tuple[str, str], Project], issues: list[Issue]) -> None:
    """The 绩效指标 sheet: each indicator added to its project."""
    for row_no, cell in _rows(ws):
        dept, pname = _text(cell("部门")), _text(cell("项目名称"))
        owner = projects.get((dept, pname))
        if owner is None:
            issues.append(Issue(path, row_no, f"“绩效指标”表第 {row_no} 行的项目“{pname}”（{dept}）不在“项目”表中",
                                "error"))
            continue
        try:
            group, seq = int(cell("组") or 1), int(cell("序号") or len(owner.indicators) + 1)
            if not (0 <= group < 1_000_000 and 0 <= seq < 1_000_000):
                raise ValueError("out of range")
        except (TypeError, ValueError, OverflowError):
            issues.append(Issue(path, row_no, f"“绩效指标”表第 {row_no} 行的组或序号不是合理的整数（0 到 999999）",
                                "error"))
            continue
        owner.indicators.append(Indicator(
            group=group, seq=seq, level1=_label(cell("一级代码"), cell("一级指标")),
            level2=_label(cell("二级代码"), cell("二级指标")), name=_text(cell("指标名称")),
            period_value=_text(cell("实施周期指标值")), annual_value=_text(cell("年度指标值")), line=row_no,
            actual_value=_text(cell("全年完成值")) or None,
        ))


def _read_units(ws, path: str, docs: dict[str, Document], issues: list[Issue]) -> dict[str, list[FundingUnit]]:
    """The optional 资金使用单位 sheet: the tables' own unit subtotal lines, by department."""
    listed: dict[str, list[FundingUnit]] = defaultdict(list)
    for row_no, cell in _rows(ws):
        dept, unit = _text(cell("部门")), _text(cell("资金使用单位"))
        if dept not in docs or not unit:
            issues.append(Issue(path, row_no, f"“{UNIT_SHEET}”表第 {row_no} 行的部门“{dept}”不在“部门”表中"
                                if unit else f"“{UNIT_SHEET}”表第 {row_no} 行没有单位名称", "error"))
            continue
        amounts = Amounts(*(_amount(cell(m), path, UNIT_SHEET, row_no, issues) for m in MONEY))
        listed[dept].append(FundingUnit(unit, amounts, row_no))
    return listed


def _units_of_projects(projects: list[Project]) -> list[FundingUnit]:
    """Without the unit sheet: each unit named on a project gets the sum of its projects (a column blank
    in all of them stays blank)."""
    by_unit: dict[str, list[Project]] = defaultdict(list)
    for p in projects:
        if p.unit:
            by_unit[p.unit].append(p)
    units = []
    for unit, members in by_unit.items():
        sums = {c: round(sum(getattr(p.amounts, c) or 0 for p in members), 2) for c in AMOUNT_COLUMNS}
        present = {c for c in AMOUNT_COLUMNS if any(getattr(p.amounts, c) is not None for p in members)}
        units.append(FundingUnit(unit, Amounts(**{c: sums[c] if c in present else None for c in AMOUNT_COLUMNS}),
                                 members[0].line))
    return units


def _checks(doc: Document) -> list[Issue]:
    """The checks the table's own layout makes: a department-level table (with 年度重点工作任务) is not
    expected to add up across its rows, nor its tasks to have indicators."""
    if any(p.kind in ("task", "department") for p in doc.projects):
        from bot.ingest.layouts import _check

        return _check(doc)
    from bot.ingest.text import check

    return check(doc)
