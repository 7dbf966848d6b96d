"""Read spreadsheet layouts of performance-target tables (xlsx) into the one parsed model.

Three published layouts are recognised from their cell texts (never from the file name):

- ``department-targets``: 部门整体预算绩效目标表 (部门名称, budget summary, 总体绩效目标,
  年度重点工作任务, department-level indicators 一级/二级/三级/指标值);
- ``project-application``: 项目申报表 (one project, funding sources, line items, 项目绩效总目标,
  indicators 一级/二级/指标内容/指标值/备注);
- ``project-self-evaluation``: 项目支出绩效自评表 (one project, 全年预算数/全年执行数, 年度目标,
  indicators 指标类型/指标名称/指标性质/指标值/计量单位/全年完成值).

Indicator labels are mapped onto the canonical taxonomy (一级 产出指标/成本指标/效益指标/满意度指标; 二级 数量指标/
质量指标/时效指标/成本指标/经济效益/社会效益/生态效益/可持续影响/服务对象满意度) without codes; a label that
is re-classified (not merely shortened) is reported as a warning so the original wording stays visible.
Every issue and record carries the sheet row as its ``line``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.ingest.formulas import formula_issues, load_values
from bot.ingest.grid import DEPARTMENT_LABEL, money_unit, number_text, region_facts
from bot.ingest.prose import checked_options, date_relative_columns, stated_facts
from bot.model import (
    AMOUNT_COLUMNS,
    AMOUNT_LABELS,
    SHEET_SELF_EVALUATIONS,
    Amounts,
    Document,
    Fact,
    FundingUnit,
    Indicator,
    Issue,
    LoadError,
    Project,
    evaluation_form,
)

DEPARTMENT_TARGETS = "department-targets"
PROJECT_APPLICATION = "project-application"
SELF_EVALUATION = "project-self-evaluation"
PROJECT_TARGETS = "sheet-project-targets"
STACKED_TARGETS = "sheet-stacked-targets"
SELF_EVALUATION_FORMS = SHEET_SELF_EVALUATIONS
LAYOUTS: dict[str, str] = {
    DEPARTMENT_TARGETS: "部门整体预算绩效目标表（部门名称、年度重点工作任务、一级/二级/三级指标）",
    PROJECT_APPLICATION: "项目申报表（项目名称、项目资金来源、项目绩效总目标、一级/二级指标/指标内容）",
    SELF_EVALUATION: "项目支出绩效自评表（全年预算数/全年执行数、指标类型/指标名称/全年完成值）",
    PROJECT_TARGETS: "项目支出绩效目标表（每行一个指标：项目名称、总计/财政拨款、绩效目标、一级/二级/三级指标、指标值）",
    STACKED_TARGETS: "项目支出绩效目标申报表（项目一个接一个往下排：项目名称、项目资金、总体目标，各带一级/二级/三级指标表）",
    SELF_EVALUATION_FORMS: "项目支出绩效自评表（财政部格式，每个工作表一个项目：项目资金年初预算数/全年预算数/全年执行数、"
                           "一级/二级/三级指标、年度指标值/实际完成值/分值/得分）",
}
DEPARTMENT_PROJECT = "部门整体绩效"

_SPACE = re.compile(r"\s+")
# The section of a department's key tasks as its tables print it: 年度重点工作任务, 年度重点任务, 重点工作任务.
_KEY_TASKS = re.compile(r"(?:年度)?重点(?:工作)?任务")
_YEAR = re.compile(r"(20\d\d)\s*年")


def _compact(text: str) -> str:
    return _SPACE.sub("", text)


def _norm_signs(text: str) -> str:
    """≧ (U+2267) -> ≥ (U+2265), ≦ -> ≤."""
    return text.replace("\u2267", "\u2265").replace("\u2266", "\u2264")


# --- the sheet as a grid ----------------------------------------------------------------------------


@dataclass
class _Cell:
    row: int
    col: int
    value: object
    fmt: str

    @property
    def text(self) -> str:
        """The value as displayed: percent formats applied, ≧/≦ normalised, lines stripped."""
        v = self.value
        if v is None:
            return ""
        if isinstance(v, bool):
            return str(v)
        if isinstance(v, int | float):
            if "%" in (self.fmt or ""):
                return number_text(round(v * 100, 6)) + "%"
            return number_text(v)
        lines = [line.strip() for line in str(v).replace("\r", "").split("\n")]
        return _norm_signs("\n".join(line for line in lines if line))

    @property
    def flat(self) -> str:
        """The text with wrapped lines joined (names and values wrap inside a cell)."""
        return self.text.replace("\n", "")

    @property
    def key(self) -> str:
        return _compact(self.text)


class _Sheet:
    def __init__(self, ws):
        self.ws = ws
        self.cells: dict[tuple[int, int], _Cell] = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None and not (isinstance(c.value, str) and not c.value.strip()):
                    self.cells[(c.row, c.column)] = _Cell(c.row, c.column, c.value, c.number_format)
        self.max_row = max((r for r, _ in self.cells), default=0)
        self.merged = {(m.min_row, m.min_col): m for m in ws.merged_cells.ranges}
        self.rows = range(1, self.max_row + 1)

    def view(self, rows: range) -> _Sheet:
        """The same sheet seen through some of its rows (one block of a sheet that stacks several)."""
        part = copy.copy(self)
        part.cells = {k: c for k, c in self.cells.items() if k[0] in rows}
        part.max_row = max((r for r, _ in part.cells), default=rows.start)
        part.merged = {k: m for k, m in self.merged.items() if k[0] in rows}
        part.rows = rows
        part.__dict__.pop("_row_keys", None)
        return part

    def row_keys(self) -> dict[int, set[str]]:
        """Each row's cell texts (compacted), built once: a block's grid is found without a pass over every
        cell for every row."""
        if not hasattr(self, "_row_keys"):
            self._row_keys: dict[int, set[str]] = {}
            for (r, _), cell in self.cells.items():
                self._row_keys.setdefault(r, set()).add(cell.key)
        return self._row_keys

    def keys(self) -> str:
        return "|".join(c.key for c in self.cells.values() if isinstance(c.value, str))

    def get(self, row: int, col: int) -> _Cell | None:
        return self.cells.get((row, col))

    def find(self, pred: Callable[[str], bool]) -> _Cell | None:
        for _, cell in sorted(self.cells.items()):
            if isinstance(cell.value, str) and pred(cell.key):
                return cell
        return None

    def label(self, label: str, prefix: bool = False) -> _Cell | None:
        return self.find(lambda k: k.startswith(label) if prefix else k == label)

    def right_of(self, cell: _Cell | None) -> _Cell | None:
        """The next non-empty cell to the right in the same row."""
        if cell is None:
            return None
        for (r, c), other in sorted(self.cells.items()):
            if r == cell.row and c > cell.col:
                return other
        return None

    def below(self, cell: _Cell | None) -> _Cell | None:
        """The first non-empty cell in the same column under the cell (or under its merged range)."""
        if cell is None:
            return None
        m = self.merged.get((cell.row, cell.col))
        start = (m.max_row if m else cell.row) + 1
        for r in range(start, self.max_row + 1):
            if (other := self.get(r, cell.col)) is not None:
                return other
        return None

    def section_rows(self, cell: _Cell) -> range:
        """Rows a section label spans: its merged range, else up to the next label in its column."""
        m = self.merged.get((cell.row, cell.col))
        if m is not None and m.max_row > m.min_row:
            return range(cell.row, m.max_row + 1)
        end = cell.row + 1
        while end <= self.max_row and self.get(end, cell.col) is None:
            end += 1
        return range(cell.row, end)

    def header_columns(self, row: int, names: dict[str, tuple[str, ...]]) -> dict[str, int]:
        """Map field -> column for a header row; a field matches a cell starting with one of its labels."""
        self.header = (row, names)  # for the message when a column the reader needs is missing
        out: dict[str, int] = {}
        row_cells = [cell for (r, _), cell in sorted(self.cells.items()) if r == row]
        for exact in (True, False):  # exact matches first: "项目支出明细" is not "项目支出明细预算"
            for cell in row_cells:
                if cell.col in out.values():
                    continue
                for field_name, labels in names.items():
                    hit = any(cell.key == lb if exact else cell.key.startswith(lb) for lb in labels)
                    if field_name not in out and hit:
                        out[field_name] = cell.col
                        break
        return out


# --- detection --------------------------------------------------------------------------------------


def _detect_text(text: str) -> str | None:
    if "三级指标" in text and _spent_said(set(text.split("|"))) and any(w in text for w in _FORM_GRID["actual"]):
        return SELF_EVALUATION_FORMS  # checked sheet by sheet (_is_self_evaluation_form)
    if "全年完成值" in text and ("自评" in text or "全年预算数" in text):
        return SELF_EVALUATION
    if any(map(_KEY_TASKS.fullmatch, text.split("|"))) and ("部门整体" in text or "三级指标" in text):
        return DEPARTMENT_TARGETS
    if _goal_said(text) and ("项目申报表" in text or "指标内容" in text):
        return PROJECT_APPLICATION
    if _TARGET_HEADS.issubset(set(text.split("|"))) and "绩效目标" in text and ("三级指标" in text or "指标名称" in text):
        return PROJECT_TARGETS  # the text table's columns as a spreadsheet (checked on its header row)
    return None


def _goal_said(text: str) -> bool:
    """Whether an application prints its overall goal: 项目绩效总目标, or 总目标（2026—2028年） under 项目绩效目标."""
    return "项目绩效总目标" in text or "项目绩效目标" in text and any(k.startswith("总目标") for k in text.split("|"))


# The columns of a sheet that scores what was done (a 绩效评价 scoring sheet): a target table sets targets
# before anything is scored, so it prints none of them.
_SCORING_HEADS = frozenset({"得分", "评分标准", "扣分原因", "扣分说明", "评分依据"})


def _scored(sheet: _Sheet) -> bool:
    return not _SCORING_HEADS.isdisjoint(sheet.keys().split("|"))


def _find_sheet(wb) -> tuple[str, _Sheet] | None:
    for ws in wb.worksheets:
        sheet = _Sheet(ws)
        if _is_self_evaluation_form(sheet):
            return SELF_EVALUATION_FORMS, sheet  # the national template: every such sheet is one project
        layout = _detect_text(sheet.keys())
        if layout == SELF_EVALUATION_FORMS:
            continue  # its words without the template's form: the general reader's
        if layout == PROJECT_TARGETS and _scored(sheet):
            continue  # an evaluation's scoring sheet (得分, 评分标准): no targets set — the general reader's
        if layout == PROJECT_TARGETS and _target_header(sheet) is None:
            if _stacked_blocks(sheet):
                return STACKED_TARGETS, sheet  # projects stacked in blocks down the sheet
            continue  # its words, not its columns: the general reader's
        if layout:
            return layout, sheet
    return None


def detect(wb) -> str | None:
    """The layout name of an openpyxl workbook, recognised from its cell texts; None when unknown."""
    found = _find_sheet(wb)
    return found[0] if found else None


# --- the canonical indicator taxonomy ---------------------------------------------------------------

# 成本指标 is a 一级 of its own since the 2021 framework (财预〔2021〕101号), with 经济/社会/生态环境成本指标 under it.
_LEVEL1 = ("产出指标", "成本指标", "效益指标", "满意度指标")
_LEVEL2 = (  # (keyword in the printed label, canonical 二级, its 一级)
    ("数量", "数量指标", "产出指标"),
    ("质量", "质量指标", "产出指标"),
    ("时效", "时效指标", "产出指标"),
    ("成本", "成本指标", "产出指标"),
    ("经济效益", "经济效益", "效益指标"),
    ("社会效益", "社会效益", "效益指标"),
    ("生态效益", "生态效益", "效益指标"),
    ("环境效益", "生态效益", "效益指标"),
    ("可持续", "可持续影响", "效益指标"),
    ("满意度", "服务对象满意度", "满意度指标"),
    ("服务对象", "服务对象满意度", "满意度指标"),
)


def _stem(label: str) -> str:
    """ "11-数量指标" / "产出类指标" -> "数量" / "产出": no code, no 类/指标 suffix."""
    s = re.sub(r"^\d+\s*[-.、．]\s*", "", _compact(label))
    for suffix in ("指标", "类"):
        s = s.removesuffix(suffix)
    return s


def _level2(label: str) -> tuple[str, str] | None:
    stem = _stem(label)
    for keyword, canonical, parent in _LEVEL2:
        if keyword in stem:
            return canonical, parent
    return None


class _Taxonomy:
    """Maps printed 一级/二级 labels onto canonical names; warns once per re-classified label."""

    def __init__(self, path: str, issues: list[Issue]):
        self.path = path
        self.issues = issues
        self.seen: set[str] = set()

    def warn(self, line: int, message: str) -> None:
        """Report a label once, at the row of its first indicator."""
        if message not in self.seen:
            self.seen.add(message)
            self.issues.append(Issue(self.path, line, message))

    def map(self, l1: str, l2: str, line: int) -> tuple[str, str]:
        l1, l2 = _compact(l1), _compact(l2)
        # A 二级 name printed in the 一级 column (重庆 "数量指标"): its family gives the 一级.
        if l1 and not l2 and _stem(l1) not in {_stem(x) for x in _LEVEL1} and _level2(l1):
            l1, l2 = "", l1
        stem1 = _stem(l1)
        level1 = next((x for x in _LEVEL1 if _stem(x) == stem1), "")
        if l1 and not level1:
            level1 = f"{stem1}指标"
            self.warn(line, f"一级指标“{l1}”不在标准分类（产出指标/成本指标/效益指标/满意度指标）中，按“{level1}”保留")
        level2 = ""
        if l2:
            found = _level2(l2)
            if found is None:
                level2 = l2
                self.warn(line, f"二级指标“{l2}”不在标准分类中，按原样保留")
            else:
                level2, parent = found
                if level1 == parent == "成本指标" or level1 == "成本指标" and level2 == "成本指标":
                    return level1, l2  # 经济成本指标 under 成本指标: printed as the framework names it
                if _stem(level2) != _stem(l2):
                    self.warn(line, f"二级指标“{l2}”按“{level2}”归类")
                if not level1:
                    level1 = parent
                elif level1 != parent:
                    if level2 == "服务对象满意度":
                        self.warn(line, f"一级指标“{l1}”下的二级指标“{l2}”按一级“{parent}”归类")
                        level1 = parent
                    else:
                        self.warn(
                            line,
                            f"二级指标“{l2}”出现在一级指标“{l1}”下（标准分类属“{parent}”），按表中原样保留",
                        )
        elif level1 == "满意度指标":
            level2 = "服务对象满意度"  # the only 二级 of 满意度指标
        return level1, level2


# --- shared helpers ---------------------------------------------------------------------------------


def _amount(cell: _Cell | None, path: str, issues: list[Issue], what: str) -> float | None:
    if cell is None:
        return None
    v = cell.value
    if isinstance(v, int | float) and not isinstance(v, bool):
        return float(v)
    text = _compact(str(v)).replace(",", "").removesuffix("万元")
    try:
        return float(text)
    except ValueError:
        issues.append(Issue(path, cell.row, f"{what}“{cell.text[:20]}”不是金额"))
        return None


def _document(path: str, sheet: _Sheet, layout: str) -> Document:
    title = sheet.find(lambda k: "表" in k and len(k) <= 40)
    doc = Document(path=path, department="", unit="万元", layout=layout, title=title.flat if title else "")
    if m := _YEAR.search(doc.title):
        doc.year = int(m.group(1))
    return doc


_FILED_BY = re.compile(r"^填报单位(?:[（(]盖章[）)])?[：:]\s*(\S{2,40})")


def _project_header(doc: Document, sheet: _Sheet, unit_label: str):
    """The header block of a project-level sheet: 项目主管部门 (the department), 项目名称 and its cell,
    and the executing unit (labelled 项目执行单位 or 项目实施单位)."""
    # (主管部门 as often as 项目主管部门; else the 填报单位（盖章）：X line above the form)
    owner = next((c for c in map(sheet.label, _BLOCK_OWNER) if c is not None), None)
    if (dept := sheet.right_of(owner)) is not None:
        doc.department = dept.flat
    elif (filed := sheet.label("填报单位", prefix=True)) is not None and (m := _FILED_BY.search(filed.flat)):
        doc.department = m.group(1)
    name_cell = sheet.label("项目名称")
    return name_cell, sheet.right_of(name_cell), sheet.right_of(sheet.label(unit_label))


def _single_project(name, name_cell, unit, amounts: Amounts, goal_parts: list[str], path: str,
                    issues: list[Issue]) -> Project:
    """The one project of a project-level sheet (申报表, 自评表); a missing name is an error."""
    project = Project(
        name.flat if name else "",
        amounts,
        "\n".join(goal_parts),
        unit=unit.flat if unit else "",
        line=name_cell.row if name_cell else 0,
    )
    if not project.name:
        issues.append(Issue(path, 0, "没有找到项目名称", "error"))
    return project


def _check(doc: Document) -> list[Issue]:
    """parser.check where meaningful: sources vs total, duplicate names, projects without indicators.

    The sum of 年度重点工作任务 is not expected to equal a department budget, so no sum check across
    projects is made.
    """
    out: list[Issue] = []
    seen: dict[str, int] = {}
    for p in doc.projects:
        a = p.amounts
        if a.total is not None and any(
            v is not None for v in (a.fiscal_appropriation, a.special_account, a.other)
        ):
            if abs(a.total - a.sources_sum()) >= 0.005:
                out.append(
                    Issue(
                        doc.path,
                        p.line,
                        f"项目“{p.name}”各资金来源之和 {a.sources_sum():.2f} 不等于总计 {a.total:.2f}",
                    )
                )
        if p.name in seen:
            out.append(Issue(doc.path, p.line, f"项目名称“{p.name}”重复（第 {seen[p.name]} 行已有）"))
        seen.setdefault(p.name, p.line)
        if p.kind != "task" and not p.indicators:
            out.append(Issue(doc.path, p.line, f"项目“{p.name}”没有绩效指标"))
    return out


FORMS = {DEPARTMENT_TARGETS: "部门整体预算绩效目标表", PROJECT_APPLICATION: "项目申报表", SELF_EVALUATION: "项目支出绩效自评表",
         PROJECT_TARGETS: "项目支出绩效目标表", STACKED_TARGETS: "项目支出绩效目标表",
         SELF_EVALUATION_FORMS: "项目支出绩效自评表"}


def _facts(doc: Document, sheet: _Sheet, regions: list[tuple[int, int, str]]) -> None:
    """Every labelled value of the sheet as facts (grid reader), beside the typed reading."""
    reading = region_facts(sheet.ws, regions, year=doc.year)
    reading.facts = checked_options(reading.facts)
    money_unit(reading.facts, doc.unit)
    date_relative_columns(reading.facts, doc.year or reading.year)
    doc.facts = reading.facts + stated_facts(reading.facts, doc.year)
    doc.form = FORMS[doc.layout]
    doc.year = doc.year or reading.year


def _finish(doc: Document, issues: list[Issue]) -> Document:
    if not doc.department:
        issues.append(Issue(doc.path, 0, "没有找到部门名称（部门名称/项目主管部门）", "error"))
    if not doc.projects:
        issues.append(Issue(doc.path, 0, "没有找到任何项目或绩效指标", "error"))
    doc.issues = issues + _check(doc)
    errors = [i for i in doc.issues if i.level == "error"]
    if errors:
        raise LoadError(errors + [i for i in doc.issues if i.level != "error"])
    return doc


def _indicator_rows(
    sheet: _Sheet, header_row: int, cols: dict[str, int], stop: Callable[[int], bool] | None = None
):
    """Yield (row, 一级, 二级, cells) below a header, carrying the last non-empty 一级/二级 down."""
    l1 = l2 = ""
    for r in range(header_row + 1, sheet.max_row + 1):
        if stop is not None and stop(r):
            break
        if (c := sheet.get(r, cols["l1"])) is not None:
            l1, l2 = c.flat, ""
        if "l2" in cols and (c := sheet.get(r, cols["l2"])) is not None:
            l2 = c.flat
        yield r, l1, l2


# --- 湛江: 部门整体预算绩效目标表 -------------------------------------------------------------------


def _read_department_targets(path: str, sheet: _Sheet) -> Document:
    doc = _document(path, sheet, DEPARTMENT_TARGETS)
    issues: list[Issue] = []
    if (dept := sheet.right_of(sheet.find(lambda k: bool(DEPARTMENT_LABEL.match(k))))) is not None:
        doc.department = dept.flat  # 部门名称 / 单位名称 as the form labels it
    doc.total = _department_budget(sheet, path, issues)
    goal_cell = sheet.label("总体绩效目标") or sheet.label("年度总体目标")
    goal = sheet.right_of(goal_cell)
    # The department's own indicators hang on a project of kind "department"; its budget is the
    # document total and the department facts, never a project amount listed among projects.
    department = Project(
        DEPARTMENT_PROJECT,
        Amounts(),
        goal=goal.text if goal else "",
        line=goal_cell.row if goal_cell else 0,
        kind="department",
    )
    tasks = _key_tasks(sheet, path, issues)
    if (extra := sheet.label("其他需完成的任务", prefix=True)) is not None and sheet.right_of(
        extra
    ) is not None:
        issues.append(Issue(path, extra.row, "“其他需完成的任务”的内容未读入"))
    department.indicators = _department_indicators(sheet, path, issues)
    doc.projects = [department, *tasks]
    _facts(doc, sheet, [(1, sheet.max_row, "form")])
    return _finish(doc, issues)


def _department_budget(sheet: _Sheet, path: str, issues: list[Issue]) -> Amounts:
    """预算整体情况: 收入来源 财政拨款 / 其他资金 (万元); 基本支出 + 项目支出 must match their sum, and so
    must the sources when a 资金总额 is printed."""
    fiscal = _amount(_budget_value(sheet, "财政拨款"), path, issues, "财政拨款")
    other = _amount(_budget_value(sheet, "其他资金"), path, issues, "其他资金")
    basic_cell = sheet.label("基本支出")
    basic = _amount(_budget_value(sheet, "基本支出"), path, issues, "基本支出")
    project_spend = _amount(_budget_value(sheet, "项目支出"), path, issues, "项目支出")
    total = _amount(_budget_value(sheet, "资金总额"), path, issues, "资金总额")
    line = basic_cell.row if basic_cell else 0
    sources = None if fiscal is None and other is None else (fiscal or 0.0) + (other or 0.0)
    if total is not None and sources is not None and abs(total - sources) >= 0.005:
        issues.append(Issue(path, line, f"财政拨款 + 其他资金 {sources:.2f} 不等于资金总额 {total:.2f}"))
    if total is None:
        total = sources
    if total is None and (basic is not None or project_spend is not None):
        total = (basic or 0.0) + (project_spend or 0.0)
    if total is not None and basic is not None and project_spend is not None:
        if abs(total - basic - project_spend) >= 0.005:
            issues.append(
                Issue(path, line, f"基本支出 {basic:.2f} + 项目支出 {project_spend:.2f} 不等于收入来源合计 {total:.2f}")
            )
    return Amounts(total=total, fiscal_appropriation=fiscal, other=other)


def _budget_value(sheet: _Sheet, label: str) -> _Cell | None:
    """The amount a budget label names: the cell to its right (label and value side by side), or, when
    that is another label or nothing (a two-level header over one row of values), the number under it."""
    cell = sheet.label(label)
    right = sheet.right_of(cell)
    if right is not None and _is_amount(right):
        return right
    under = sheet.below(cell)
    return under if under is not None and _is_amount(under) else right


def _is_amount(cell: _Cell) -> bool:
    if isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
        return True
    return bool(re.fullmatch(r"-?[\d,]+(?:\.\d+)?(?:万元)?", cell.key))


def _key_tasks(sheet: _Sheet, path: str, issues: list[Issue]) -> list[Project]:
    """年度重点工作任务: one task per row of the section."""
    tasks: list[Project] = []
    if (sec := sheet.find(lambda k: bool(_KEY_TASKS.fullmatch(k)))) is None:
        return tasks
    cols = sheet.header_columns(
        sec.row,
        {"name": ("名称", "任务名称"), "content": ("主要实施内容", "主要内容"), "money": ("拟投入", "预算金额"),
         "target": ("期望达到",)},
    )
    head = sheet.get(sec.row, cols.get("content", 0))
    content_label = head.key if head is not None else ""  # as printed: 主要实施内容, 主要内容
    for r in sheet.section_rows(sec)[1:]:
        name = sheet.get(r, cols.get("name", 0))
        if sheet.row_keys().get(r, set()) & _TOTAL_LABELS:
            continue  # the section's 合计 line sums the tasks: it is no task
        if name is None:
            if any(sheet.get(r, c) is not None for c in cols.values()):
                issues.append(Issue(path, r, "年度重点工作任务缺少名称，已跳过"))
            continue
        parts = []
        if (content := sheet.get(r, cols.get("content", 0))) is not None:
            parts.append(f"{content_label}：{content.text}")
        if (target := sheet.get(r, cols.get("target", 0))) is not None:
            parts.append(f"期望达到的目标：{target.text}")
        money = _amount(sheet.get(r, cols.get("money", 0)), path, issues, "拟投入的资金")
        tasks.append(Project(name.flat, Amounts(total=money), "\n".join(parts), line=r, kind="task"))
    return tasks


_TOTAL_LABELS = frozenset({"合计", "小计", "总计"})


def _department_indicators(sheet: _Sheet, path: str, issues: list[Issue]) -> list[Indicator]:
    """The department-level indicators under the 三级指标 header."""
    return _leveled_indicators(sheet, path, issues, "三级指标", "三级指标名称")


# --- 武汉: 项目申报表 ---------------------------------------------------------------------------------


def _read_project_application(path: str, sheet: _Sheet) -> Document:
    """One project per application: the sheet's own, or, when the workbook holds several (a sheet per
    project, or projects stacked down one sheet), each of them with its facts under its own name."""
    doc = _document(path, sheet, PROJECT_APPLICATION)
    issues: list[Issue] = []
    views = _application_views(sheet)
    facts: list[Fact] = []
    for view in views:
        project, scale = _application_project(doc, view, path, issues)
        if project.name:
            doc.projects.append(project)
        if scale != 1.0:
            doc.unit = "元"  # facts keep the sheet's own figures
        _facts(doc, view, _application_regions(view))
        doc.unit = "万元"
        if len(views) > 1:  # "黄盖湖湿地2027年多少": each project's lines stand under its own name
            facts += [replace(f, section=f"{project.name} {f.section}".strip()) for f in doc.facts]
        else:
            facts += doc.facts
    doc.facts = facts
    sums = {k: round(sum(v), 6) for k in AMOUNT_COLUMNS
            if (v := [a for p in doc.projects if (a := getattr(p.amounts, k)) is not None])}
    doc.total = Amounts(**sums)
    return _finish(doc, issues)


def _application_views(first: _Sheet) -> list[_Sheet]:
    """Every application of the workbook: each sheet that is one, split where a sheet stacks several
    (a 项目名称 with a name beside it starts each)."""
    views: list[_Sheet] = []
    for ws in first.ws.parent.worksheets:
        sheet = first if ws is first.ws else _Sheet(ws)
        if ws is not first.ws and _detect_text(sheet.keys()) != PROJECT_APPLICATION:
            continue
        starts = [c.row for (_, _), c in sorted(sheet.cells.items()) if c.key == "项目名称"
                  and (beside := sheet.right_of(c)) is not None and isinstance(beside.value, str)]
        if len(starts) <= 1:
            views.append(sheet)
            continue
        bounds = [1, *starts[1:], sheet.max_row + 1]
        views += [sheet.view(range(a, b)) for a, b in zip(bounds, bounds[1:], strict=False)]
    return views


def _application_project(doc: Document, sheet: _Sheet, path: str, issues: list[Issue]) -> tuple[Project, float]:
    """One application's project: name, 执行单位, funding of the table's year, goal with its 明细, indicators;
    with the scale of its amounts (1/10000 when a 金额 header says （元）)."""
    dept = doc.department
    name_cell, name, unit = _project_header(doc, sheet, "项目执行单位")
    doc.department = dept or doc.department  # the first application's 主管部门 is the table's
    if unit is None:
        unit = sheet.right_of(sheet.label("执行单位") or sheet.label("项目实施单位") or sheet.label("实施单位"))
    # Amounts are in 万元 (the sheet's narrative says so) unless a 金额 header says （元）.
    scale = 1.0
    if sheet.find(lambda k: k.startswith("金额") and ("(元)" in k or "（元）" in k)) is not None:
        scale = 1 / 10000
        issues.append(Issue(path, 0, "表中金额以元为单位，已换算为万元"))

    def money(cell: _Cell | None, what: str) -> float | None:
        v = _amount(cell, path, issues, what)
        return None if v is None else round(v * scale, 6)

    amounts = _funding_sources(sheet, money, path, issues, doc.year)
    if amounts.total is None and doc.year:
        amounts = _year_funds(sheet, doc.year, money)
    goal_parts = []
    goal_label = sheet.label("项目绩效总目标") or sheet.find(lambda k: k.startswith("总目标"))
    if (goal := sheet.right_of(goal_label)) is not None:
        goal_parts.append(goal.text)
    if details := _budget_details(sheet, money):
        goal_parts.append(details)
    project = _single_project(name, name_cell, unit, amounts, goal_parts, path, issues)
    project.indicators = _application_indicators(sheet, path, issues)
    return project, scale


def _year_funds(sheet: _Sheet, year: int, money: _Money) -> Amounts:
    """资金来源 by 资金性质 under year columns (2026年 | 2027年 | 2028年 | 三年合计): the table's own year's
    合计 / 财政拨款 / 财政专户 / 其他资金 (the other years stay facts of their columns)."""
    # (the section is the form's 项目资金来源(及分年度预算) label when its 资金来源 is a header over the lines)
    src = sheet.label("项目资金来源", prefix=True) or sheet.label("资金来源")
    year_head = sheet.find(lambda k: k == f"{year}年")
    if src is None or year_head is None or year_head.row not in sheet.section_rows(src):
        return Amounts()
    found: dict[str, float] = {}
    for r in sheet.section_rows(src):
        label = next((c for (row, col), c in sorted(sheet.cells.items())
                      if row == r and src.col < col < year_head.col and isinstance(c.value, str)), None)
        # ("一、财政拨款": the source, its number dropped; a 其中 line is part of the line above)
        key = _NUMBERED.sub("", label.key) if label is not None and not label.key.startswith("其中") else ""
        field = _FUND_FIELDS.get(key)
        value = money(sheet.get(r, year_head.col), "资金来源金额") if field is not None else None
        if value is not None and field is not None and field not in found:
            found[field] = value
    if "total" not in found and found:
        found["total"] = round(sum(found.values()), 6)
    return Amounts(**found)


_FUND_FIELDS = {"合计": "total", "总计": "total", "小计": "total", "财政拨款": "fiscal_appropriation",
                "一般公共预算财政拨款": "fiscal_appropriation", "财政专户": "special_account",
                "财政专户拨款": "special_account", "其他资金": "other", "其他": "other"}


def _application_regions(sheet: _Sheet) -> list[tuple[int, int, str]]:
    """The form above its indicator grid and the signature lines below it; the whole view as a form when it
    prints no 三级指标 grid. The grid itself is the project's indicators (a merged 年度绩效指标 cell beside it
    reads as a header over its first line, pairing each indicator with another's value)."""
    first, last = sheet.rows.start, sheet.rows.stop - 1
    header = sheet.label("三级指标")
    if header is None:
        return [(first, last, "form")]
    cols = sheet.header_columns(header.row, _FORM_GRID)
    end = max((r for r in range(header.row, last + 1) if sheet.get(r, cols.get("name", 0)) is not None),
              default=header.row)
    return [(first, header.row - 1, "form"), (end + 1, last, "form")]


_Money = Callable[[_Cell | None, str], float | None]  # a cell's amount in 万元 (what it is, for messages)


_NUMBERED = re.compile(r"^[0-9一二三四五六七八九十]+[.、．]")


def _funding_sources(sheet: _Sheet, money: _Money, path: str, issues: list[Issue],
                     doc_year: int | None = None) -> Amounts:
    """项目资金来源 (合计, 财政拨款收入 …, 财政专户拨款, other sources) checked against 项目当年预算."""
    amounts = Amounts()
    if (src := sheet.label("项目资金来源")) is not None:
        hdr = sheet.header_columns(src.row, {"label": ("资金来源项目", "资金来源"), "amount": ("金额",)})
        if "amount" not in hdr:  # (资金来源 | 2026年金额 | 说明: the amount column of the table's year)
            hdr.update(sheet.header_columns(src.row, {"amount": (f"{doc_year}年金额",)}) if doc_year else {})
        fiscal: list[float] = []
        special: list[float] = []
        other: list[float] = []
        rows = sheet.section_rows(src)[1:] if "amount" in hdr else []  # (by year columns: _year_funds reads them)
        for r in rows:  # the label's own row is the column header
            label = sheet.get(r, hdr.get("label", 0))
            amount = money(sheet.get(r, hdr.get("amount", 0)), "资金来源金额")
            if label is None or amount is None or label.key.startswith("其中"):
                continue
            key = _NUMBERED.sub("", label.key)  # "1.财政拨款": the source, its number dropped
            if key == "合计":
                amounts.total = amount
            elif "财政拨款收入" in key or key in ("财政拨款", "一般公共预算财政拨款"):
                fiscal.append(amount)
            elif _FUND_FIELDS.get(key) == "special_account":
                special.append(amount)
            elif key not in ("资金来源项目", "资金来源"):
                other.append(amount)
        amounts.fiscal_appropriation = sum(fiscal) if fiscal else None
        amounts.special_account = sum(special) if special else None
        amounts.other = sum(other) if other else None
    # (项目当年预算, or with its year inside: 项目当年（2026年）预算)
    budget = money(sheet.right_of(sheet.find(lambda k: k.startswith("项目当年") and k.endswith("预算"))), "项目当年预算")
    if amounts.total is None:
        amounts.total = budget if budget is not None else amounts.sources_sum() or None
    elif budget is not None and abs(budget - amounts.total) >= 0.005:
        issues.append(
            Issue(
                path,
                src.row if src else 0,
                f"资金来源合计 {amounts.total:.2f} 与项目当年预算 {budget:.2f} 不相等",
            )
        )
    return amounts


def _budget_details(sheet: _Sheet, money: _Money) -> str:
    """项目支出明细预算 (or "2026年支出明细") as one line of the project's text ("项目支出明细：A 1万元；B 2万元",
    each with its 测算依据 when the table prints one), "" when none."""
    items = sheet.label("项目支出明细预算") or sheet.find(lambda k: k.endswith("支出明细") and len(k) <= 12)
    if items is None:
        return ""
    hdr = sheet.header_columns(items.row, {"label": ("项目支出明细", "支出内容", "支出项目"), "amount": ("金额",),
                                           "basis": ("测算依据",)})
    lines = []
    for r in sheet.section_rows(items)[1:]:
        label = sheet.get(r, hdr.get("label", 0))
        amount = money(sheet.get(r, hdr.get("amount", 0)), "支出明细金额")
        basis = sheet.get(r, hdr.get("basis", 0))
        if label is not None and amount is not None and label.key != "合计":
            lines.append(f"{label.flat}{number_text(amount)}万元" + (f"（测算依据：{basis.flat}）" if basis else ""))
    return "项目支出明细：" + "；".join(lines) if lines else ""


def _application_indicators(sheet: _Sheet, path: str, issues: list[Issue]) -> list[Indicator]:
    """The indicators under the 指标内容 (or 三级指标) header, a 备注 kept with the value."""
    if sheet.find(lambda k: k == "指标内容") is None and sheet.label("三级指标") is not None:
        return _leveled_indicators(sheet, path, issues, "三级指标", "三级指标")
    return _leveled_indicators(sheet, path, issues, "指标内容", "指标内容")


def _leveled_indicators(sheet: _Sheet, path: str, issues: list[Issue], name_header: str,
                        name_said: str) -> list[Indicator]:
    """Indicators under a header row of 一级指标 | 二级指标 | <name_header> | 指标值 (| 备注), the levels
    carried down merged cells; a value without a name is skipped with a warning (name_said says what
    is missing)."""
    indicators: list[Indicator] = []
    header = sheet.find(lambda k: k == name_header)
    if header is None:
        return indicators
    cols = sheet.header_columns(
        header.row,
        {"l1": ("一级指标",), "l2": ("二级指标",), "name": (name_header,), "value": ("指标值",), "note": ("备注",)},
    )
    taxonomy = _Taxonomy(path, issues)
    for r, l1, l2 in _indicator_rows(sheet, header.row, cols):
        ind = sheet.get(r, cols["name"])
        value = sheet.get(r, cols["value"]) if "value" in cols else None
        note = sheet.get(r, cols["note"]) if "note" in cols else None
        if ind is None:
            if value is not None:
                issues.append(Issue(path, r, f"指标值“{value.flat}”没有{name_said}，已跳过"))
            continue  # an empty 二级 row (e.g. 成本指标 with no indicator)
        level1, level2 = taxonomy.map(l1, l2, r)
        annual = value.flat if value else ""
        if note is not None:
            annual = f"{annual}（备注：{note.flat}）"
        indicators.append(Indicator(1, len(indicators) + 1, level1, level2, ind.flat, "", annual, line=r))
    return indicators


# --- 重庆: 项目支出绩效自评表 -------------------------------------------------------------------------


def _with_unit(text: str, unit: str) -> str:
    if not text or unit in ("", "无") or (unit == "%" and text.endswith("%")):
        return text
    return text + unit


def _read_self_evaluation(path: str, sheet: _Sheet) -> Document:
    doc = _document(path, sheet, SELF_EVALUATION)
    issues: list[Issue] = []
    name_cell, name, unit = _project_header(doc, sheet, "项目实施单位")
    budget_cell = sheet.label("全年预算数", prefix=True)
    budget = _amount(sheet.below(budget_cell), path, issues, "全年预算数")
    spent = _amount(sheet.below(sheet.label("全年执行数", prefix=True)), path, issues, "全年执行数")
    amounts = Amounts(total=budget)
    doc.total = Amounts(total=budget)

    goal_parts = []
    if (goal := sheet.below(sheet.label("全年绩效目标"))) is not None:
        goal_parts.append(goal.text)
    if spent is not None:
        goal_parts.append(f"全年执行数：{number_text(spent)}万元")
    if (done := sheet.below(sheet.label("全年目标实际完成情况"))) is not None:
        goal_parts.append(f"全年目标实际完成情况：{done.text}")
    project = _single_project(name, name_cell, unit, amounts, goal_parts, path, issues)
    project.executed = spent

    regions = _self_evaluation_indicators(sheet, path, issues, project)
    doc.projects = [project] if project.name else []
    _facts(doc, sheet, regions)
    _family_above_level2(doc, sheet, project)
    return _finish(doc, issues)


def _family_above_level2(doc: Document, sheet: _Sheet, project: Project) -> None:
    """A 二级 name printed in the 指标类型 column (重庆 row 11 "数量指标", the rows below it "产出类指标"):
    its facts stand under its family's 一级 label too — in the sheet's own wording for that family where
    it prints one — so "产出类指标的权重" finds that row as the typed reading does."""
    printed: dict[str, str] = {}  # 一级 stem -> the sheet's label for it ("产出" -> "产出类指标")
    for f in doc.facts:
        if f.row and f.sheet == sheet.ws.title and _stem(f.row[0]) in {_stem(x) for x in _LEVEL1}:
            printed.setdefault(_stem(f.row[0]), f.row[0])
    family = {i.line: printed.get(_stem(i.level1), i.level1) for i in project.indicators
              if i.level1 and i.level2}
    doc.facts = [replace(f, row=(family[f.line], *f.row), row_heads=(f.row_heads[:1] * 2 + f.row_heads[1:])
                         if f.row_heads else ())
                 if f.line in family and f.row and f.sheet == sheet.ws.title and _stem(f.row[0]) != _stem(family[f.line])
                 and _level2(f.row[0]) else f for f in doc.facts]


def _self_evaluation_indicators(sheet: _Sheet, path: str, issues: list[Issue],
                                project: Project) -> list[tuple[int, int, str]]:
    """The indicators under the 指标类型 header (target and actual with their unit), added to the project;
    the sheet's regions for the facts (the form above, the indicator table, the form below)."""
    header = sheet.find(lambda k: k == "指标类型")
    if header is None:
        return [(1, sheet.max_row, "form")]
    cols = sheet.header_columns(
        header.row,
        {"l1": ("指标类型",), "name": ("指标名称",), "sign": ("指标性质",), "value": ("指标值",),
         "unit": ("计量单位",), "actual": ("全年完成值",)},
    )
    taxonomy = _Taxonomy(path, issues)

    def stop(r: int) -> bool:
        first = sheet.get(r, cols["l1"])
        return first is not None and first.key in ("合计", "说明")

    def text(r: int, field_name: str) -> str:
        c = sheet.get(r, cols.get(field_name, 0))
        return c.flat if c is not None else ""

    end = next((r for r in range(header.row + 1, sheet.max_row + 1) if stop(r)), sheet.max_row + 1)
    for r, l1, _ in _indicator_rows(sheet, header.row, cols, stop):
        ind = sheet.get(r, cols["name"])
        if ind is None:
            continue
        level1, level2 = taxonomy.map(l1, "", r)
        sign = text(r, "sign")
        sign = "" if sign in ("无", "=", "＝") else sign
        unit_text = text(r, "unit")
        annual = _with_unit(text(r, "value"), unit_text)
        actual = _with_unit(text(r, "actual"), unit_text)
        project.indicators.append(Indicator(1, len(project.indicators) + 1, level1, level2, ind.flat, "",
                                            f"{sign}{annual}" if annual else "", line=r, actual_value=actual))
    return [(1, header.row - 1, "form"), (header.row, end - 1, "table"), (end, sheet.max_row, "form")]


# --- 项目支出绩效目标表 as a spreadsheet: one indicator per row ------------------------------------------

_TARGET_HEADS = frozenset({"一级指标", "二级指标"})
_TARGET_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("项目名称（资金使用单位）", "项目名称(资金使用单位)", "项目名称"),
    "total": ("总计", "合计", "项目金额", "预算金额", "金额", "资金总额"),
    "fiscal_appropriation": ("财政拨款",),
    "special_account": ("财政专户拨款", "财政专户"),
    "other": ("其他资金",),
    "goal": ("绩效目标", "年度绩效目标", "项目绩效目标", "年度目标"),
    "l1": ("一级指标",),
    "l2": ("二级指标",),
    "l3": ("三级指标", "指标名称", "绩效指标"),
    "period": ("实施周期指标值", "实施期指标值", "中期指标值"),
    "annual": ("年度指标值", "指标值"),
}


def _target_header(sheet: _Sheet) -> tuple[int, dict[str, int]] | None:
    """The header row (the lower one of a two-row header) and the column of each field; None when the
    sheet has no 项目名称 and 一级指标 columns (a stacked or other layout: the general reader's)."""
    top = sheet.find(lambda k: k.startswith("项目名称"))
    if top is None:
        return None
    cols = sheet.header_columns(top.row, _TARGET_COLUMNS)
    header_row = top.row
    lower = sheet.header_columns(top.row + 1, _TARGET_COLUMNS)
    if lower.keys() - {"name"} and not any(sheet.get(top.row + 1, c) is not None for c in [cols["name"]]):
        cols = {**cols, **{k: v for k, v in lower.items() if k != "name"}}  # 绩效指标 over 一级/二级/三级
        header_row = top.row + 1
    sheet.header = (header_row, {k: v[:1] for k, v in _TARGET_COLUMNS.items()})
    return (header_row, cols) if {"name", "l1", "l3"} <= cols.keys() else None


def _target_department(doc: Document, sheet: _Sheet) -> None:
    """The department a target sheet names (部门名称 / 填报单位 / 编制单位, in its own cell or the one beside
    it, without a note like （汇总）), else the organisation its title names; 元 when its unit line says so."""
    from bot.ingest.grid import department_from_title

    label = sheet.find(lambda k: k.startswith(("部门名称", "填报单位", "编制单位")))
    if label is not None:
        beside = sheet.right_of(label)
        named = re.sub(r"^(?:部门名称|填报单位|编制单位)[:：]?", "", label.flat) or (beside.flat if beside else "")
        doc.department = re.split(r"[（(\s]|单位[:：]", named)[0]
    doc.department = doc.department or department_from_title(doc.title)
    if sheet.find(lambda k: k in ("单位：元", "单位:元", "金额单位：元")) is not None:
        doc.unit = "元"


def _read_project_targets(path: str, sheet: _Sheet) -> Document:
    doc = _document(path, sheet, PROJECT_TARGETS)
    issues: list[Issue] = []
    _target_department(doc, sheet)
    found = _target_header(sheet)
    if found is None:
        raise KeyError("l3")
    header_row, cols = found
    _target_projects(doc, sheet, header_row, cols, issues)
    return _finish(doc, issues)


def _target_amounts(sheet: _Sheet, row: int, cols: dict[str, int], path: str, issues: list[Issue]) -> Amounts:
    return Amounts(**{k: v for k in AMOUNT_COLUMNS if k in cols
                      and (v := _amount(sheet.get(row, cols[k]), path, issues, AMOUNT_LABELS[k])) is not None})


def _target_projects(doc: Document, sheet: _Sheet, header_row: int, cols: dict[str, int],
                     issues: list[Issue]) -> None:
    """Each name cell starts a project (merged over its indicator rows, or blank below it); 合计 is the
    document's total; a named line without indicators followed by projects is their 资金使用单位."""
    taxonomy = _Taxonomy(path := doc.path, issues)
    current: Project | None = None
    for r, l1, l2 in _indicator_rows(sheet, header_row, cols):
        if (cell := sheet.get(r, cols["name"])) is not None:
            name = cell.flat
            if re.fullmatch(r"(?:合计|总计)[:：]?", _compact(name)):
                doc.total, current = _target_amounts(sheet, r, cols, path, issues), None
                continue
            goal = sheet.get(r, cols["goal"]) if "goal" in cols else None
            if current is None or name != current.name:  # not the name printed again on each indicator row
                current = Project(name, _target_amounts(sheet, r, cols, path, issues), goal.text if goal else "",
                                  line=r)
                doc.projects.append(current)
        if current is not None and (ind := _row_indicator(sheet, r, cols, (l1, l2), taxonomy,
                                                          len(current.indicators) + 1)) is not None:
            current.indicators.append(ind)
    _target_units(doc)


def _row_indicator(sheet: _Sheet, r: int, cols: dict[str, int], levels: tuple[str, str],
                   taxonomy: _Taxonomy, seq: int) -> Indicator | None:
    """The indicator of one grid row (its 三级 name, the 一级/二级 carried down, its values), or None."""
    if (ind := sheet.get(r, cols["l3"])) is None:
        return None
    level1, level2 = taxonomy.map(*levels, r)
    period = sheet.get(r, cols["period"]) if "period" in cols else None
    annual = sheet.get(r, cols["annual"]) if "annual" in cols else None
    return Indicator(1, seq, level1, level2, ind.flat, period.flat if period else "", annual.flat if annual else "",
                     line=r)


def _target_units(doc: Document) -> None:
    """A line without indicators whose amount is the sum of the projects after it is their funding unit."""
    projects: list[Project] = []
    i = 0
    while i < len(doc.projects):
        p = doc.projects[i]
        if not p.indicators and p.amounts.total is not None:
            j, acc = i + 1, 0.0
            while j < len(doc.projects) and doc.projects[j].indicators and acc < p.amounts.total - 0.005:
                acc += doc.projects[j].amounts.total or 0.0
                j += 1
            if j > i + 1 and abs(acc - p.amounts.total) < 0.005:
                doc.units.append(FundingUnit(p.name, p.amounts, line=p.line))
                for q in doc.projects[i + 1:j]:
                    q.unit = p.name
                i += 1
                continue
        projects.append(p)
        i += 1
    doc.projects = projects


# --- 项目支出绩效目标申报表 stacked: one block per project down the sheet ----------------------------------

_BLOCK_AMOUNTS = {"total": ("年度资金总额", "资金总额", "项目资金总额", "总计", "合计"),
                  "fiscal_appropriation": ("财政拨款", "财政资金"), "special_account": ("财政专户拨款",),
                  "other": ("其他资金",)}
_BLOCK_GOAL = ("年度总体目标", "年度绩效目标", "总体目标", "绩效目标", "项目绩效目标")
# The organisations a block names for its own project: who is in charge of it, and who carries it out.
_BLOCK_OWNER = ("主管部门", "项目主管部门", "主管单位")
_BLOCK_UNIT = ("实施单位", "项目实施单位", "执行单位", "项目执行单位")


def _stacked_blocks(sheet: _Sheet) -> list[tuple[_Cell, range]]:
    """Each 项目名称 label with a name beside it, and the rows of its block (to the next such label); only
    when a block holds an indicator grid (一级指标 … 三级指标/指标名称) of its own."""
    labels = [c for (_, _), c in sorted(sheet.cells.items()) if c.key == "项目名称"
              and (beside := sheet.right_of(c)) is not None and isinstance(beside.value, str)]
    blocks = [(c, range(c.row, (labels[k + 1].row if k + 1 < len(labels) else sheet.max_row + 1)))
              for k, c in enumerate(labels)]
    grids = [b for b in blocks if _block_grid(sheet, b[1]) is not None]
    return blocks if blocks and len(grids) == len(blocks) else []


def _block_grid(sheet: _Sheet, rows: range) -> tuple[int, dict[str, int]] | None:
    """The indicator grid's header row inside a block and its columns, or None."""
    by_row = sheet.row_keys()
    for r in rows:
        keys = by_row.get(r, set())
        if "一级指标" in keys and ("三级指标" in keys or "指标名称" in keys):
            return r, sheet.header_columns(r, {"l1": ("一级指标",), "l2": ("二级指标",), "l3": ("三级指标", "指标名称"),
                                               "period": ("实施周期指标值",), "annual": ("年度指标值", "指标值")})
    return None


def _read_stacked_targets(path: str, sheet: _Sheet) -> Document:
    doc = _document(path, sheet, STACKED_TARGETS)
    issues: list[Issue] = []
    _target_department(doc, sheet)
    # a place's own table ("鹿溪县2026年…", no organisation named): the place
    doc.department = doc.department or re.split(r"(?:19|20)\d\d", doc.title)[0]
    taxonomy = _Taxonomy(path, issues)
    blocks = _stacked_blocks(sheet)
    for label, rows in blocks:
        doc.projects.append(_block_project(sheet, label, rows, taxonomy, issues))
    sums = {k: round(sum(v), 6) for k in AMOUNT_COLUMNS
            if (v := [a for p in doc.projects if (a := getattr(p.amounts, k)) is not None])}
    doc.total = Amounts(**sums)  # the table prints no 合计: its projects' sum, as the text table's is
    # Only the lines above the blocks as facts: each block is read as its project (a grid read as a form
    # pairs one project's indicators with another's values, and a block's 主管部门 names no project).
    first = blocks[0][0].row if blocks else sheet.max_row + 1
    _facts(doc, sheet, [(1, first - 1, "form")] if first > 1 else [])
    return _finish(doc, issues)


def _block_project(sheet: _Sheet, label: _Cell, rows: range, taxonomy: _Taxonomy, issues: list[Issue]) -> Project:
    """One block: the name beside 项目名称, its amounts, goal, 主管部门 and 实施单位 by their labels, its
    indicator grid."""
    name = sheet.right_of(label)
    cells = [c for (r, _), c in sorted(sheet.cells.items()) if r in rows]
    amounts: dict[str, float] = {}
    named: dict[str, str] = {}
    goal = ""
    for c in cells:
        key = re.sub(r"^其中[:：]?", "", c.key)
        field = next((f for f, words in _BLOCK_AMOUNTS.items() if key in words), None)
        if field is not None and field not in amounts and (v := _amount(sheet.right_of(c), sheet.ws.title, [], key)) is not None:
            amounts[field] = v
        elif not goal and key.startswith(_BLOCK_GOAL) and (g := sheet.right_of(c)) is not None:
            goal = g.text
        elif key in _BLOCK_OWNER + _BLOCK_UNIT and (held := sheet.right_of(c)) is not None:
            named.setdefault("owner" if key in _BLOCK_OWNER else "unit", held.flat)
    project = Project(name.flat if name else "", Amounts(**amounts), goal, line=label.row,
                      unit=named.get("unit", ""), owner=named.get("owner", ""))
    grid = _block_grid(sheet, rows)
    if grid is not None:
        header_row, cols = grid
        for r, l1, l2 in _indicator_rows(sheet, header_row, cols, stop=lambda r: r >= rows.stop):
            if (ind := _row_indicator(sheet, r, cols, (l1, l2), taxonomy, len(project.indicators) + 1)) is not None:
                project.indicators.append(ind)
    return project


# --- 项目支出绩效自评表 in the national template (财预〔2020〕10号附件): one project per sheet --------------------

_FORM_FUNDS = {"total": ("年度资金总额", "资金总额", "合计"), "fiscal_appropriation": ("当年财政拨款", "财政拨款"),
               "carried": ("上年结转资金", "上年结转"), "other": ("其他资金",)}
# (the target column as printed: 年度指标值 in the template, 全年目标值 / 年度目标值 in many places' forms)
_FORM_GRID = {"l1": ("一级指标",), "l2": ("二级指标",), "name": ("三级指标",),
              "annual": ("年度指标值", "指标值", "全年目标值", "年度目标值", "全年指标值", "目标值"),
              "actual": ("实际完成值", "全年实际完成值", "全年完成值", "实际值")}
# The funding block's columns: the national template's 全年预算数 / 全年执行数, or 预算数 / 执行数 as many places print
# them (beside 执行率 / 分值 / 得分, the same block).
_FORM_COLS: dict[str, tuple[str, ...]] = {"budget": ("全年预算数", "预算数"), "spent": ("全年执行数", "执行数")}


def _spent_said(keys: set[str]) -> bool:
    """Whether a sheet's cells print the funding block's 执行数 column: 全年执行数, or 执行数 beside a 得分 (a
    monitoring table's 1-8月执行数 scores nothing)."""
    return any(k.startswith("全年执行数") for k in keys) or "得分" in keys and any(k.startswith("执行数") for k in keys)


def _is_self_evaluation_form(sheet: _Sheet) -> bool:
    """The template's marks: a 项目名称, a funding block with 全年执行数 (or 执行数), and an indicator grid with 三级指标
    and an actual value beside the target."""
    keys = set(sheet.keys().split("|"))
    return ("项目名称" in keys and "三级指标" in keys and _spent_said(keys)
            and any(k.startswith(_FORM_GRID["actual"]) for k in keys))


def _form_funds(sheet: _Sheet, path: str, issues: list[Issue]) -> tuple[Amounts, float | None]:
    """The 全年预算数 of each funding line (年度资金总额, 其中：当年财政拨款, 其他资金) and the total's 全年执行数.
    A sheet carrying 上年结转资金 keeps its sources in the facts only: the typed columns would not add up."""
    head = sheet.label("全年预算数", prefix=True) or sheet.label("预算数", prefix=True)
    if head is None:
        return Amounts(), None
    if (beside := sheet.right_of(head)) is not None and _is_amount(beside):
        # "预算数（万元） | 360 | 执行数（万元） | 342.5": a block of labels each with its value on its right (an
        # evaluation's scoring sheet) — the project's whole budget and what was spent of it
        done = sheet.right_of(sheet.find(lambda k: k.startswith(_FORM_COLS["spent"])))
        return (Amounts(total=_amount(beside, path, issues, head.flat)),
                _amount(done, path, issues, "执行数") if done is not None and _is_amount(done) else None)
    cols = sheet.header_columns(head.row, _FORM_COLS)
    found: dict[str, float] = {}
    spent = None
    for r in range(head.row + 1, min(head.row + 8, sheet.max_row + 1)):
        labels = [re.sub(r"^其中[:：]?", "", c.key) for (row, col), c in sheet.cells.items()
                  if row == r and col < cols["budget"] and isinstance(c.value, str)]
        field = next((f for f, words in _FORM_FUNDS.items() for k in labels if k in words), None)
        if field is None or field in found:
            continue
        if (v := _amount(sheet.get(r, cols["budget"]), path, issues, "全年预算数")) is not None:
            found[field] = v
        if field == "total" and "spent" in cols:
            spent = _amount(sheet.get(r, cols["spent"]), path, issues, "全年执行数")
    if found.pop("carried", 0):
        found = {k: v for k, v in found.items() if k == "total"}
    return Amounts(**found), spent


def _form_project(sheet: _Sheet, path: str, taxonomy: _Taxonomy, issues: list[Issue]) -> Project:
    """One sheet's project: name, 实施单位, funding, the goal expected and achieved, the indicator grid."""
    name_cell = sheet.label("项目名称")
    unit = sheet.right_of(sheet.label("实施单位") or sheet.label("项目实施单位"))
    amounts, spent = _form_funds(sheet, path, issues)
    goal = [f"{label}：{c.text}" for label in ("预期目标", "实际完成情况")
            if (c := sheet.below(sheet.label(label))) is not None and isinstance(c.value, str)]
    project = _single_project(sheet.right_of(name_cell), name_cell, unit, amounts, goal, path, issues)
    project.executed = spent
    header = sheet.label("三级指标")
    if header is not None:
        cols = sheet.header_columns(header.row, _FORM_GRID)

        keys = sheet.row_keys()  # (built once: a pass over every cell per row would be quadratic)

        def stop(r: int) -> bool:
            return bool(keys.get(r, set()) & {"总分", "合计", "说明"})

        for r, l1, l2 in _indicator_rows(sheet, header.row, cols, stop):
            if (c := sheet.get(r, cols["name"])) is None:
                continue
            level1, level2 = taxonomy.map(l1, l2, r)
            annual, actual = (sheet.get(r, cols[k]) if k in cols else None for k in ("annual", "actual"))
            project.indicators.append(Indicator(1, len(project.indicators) + 1, level1, level2, c.flat, "",
                                                annual.flat if annual else "", line=r,
                                                actual_value=actual.flat if actual else None))
    return project


def _grid_labelled(facts: list[Fact], sheet: _Sheet) -> list[Fact]:
    """An indicator row's values stand under its 一级 / 二级 / 三级 labels, however the sheet merged its level
    cells (a template filled in without merging prints 一级 on every row, which a general reading would take
    for a value); the level cells themselves are labels, not values."""
    header = sheet.label("三级指标")
    if header is None:
        return facts
    cols = sheet.header_columns(header.row, _FORM_GRID)
    if not {"l1", "l2", "name"} <= cols.keys():
        return facts
    levels = {r: (l1, l2, c.flat) for r, l1, l2 in _indicator_rows(sheet, header.row, cols)
              if (c := sheet.get(r, cols["name"])) is not None and l1 and l2}
    heads = ("一级指标", "二级指标", "三级指标")
    return [f if f.sheet != sheet.ws.title or f.line not in levels
            else replace(f, row=levels[f.line], row_heads=heads)
            for f in facts if not (f.sheet == sheet.ws.title and f.line in levels and f.col and f.col[-1] in heads)]


def _form_regions(sheet: _Sheet) -> list[tuple[int, int, str]]:
    """The form above the indicator grid, the grid as a table (一级/二级/三级 as its row labels), and the
    总分 line and notes below it."""
    header = sheet.label("三级指标")
    if header is None:
        return [(1, sheet.max_row, "form")]
    keys = sheet.row_keys()
    end = next((r for r in range(header.row + 1, sheet.max_row + 1)
                if any(k in keys.get(r, set()) for k in ("总分", "合计", "说明"))), sheet.max_row + 1)
    if end <= sheet.max_row and keys.get(end, set()) & {"总分", "合计"}:
        end += 1  # the 总分 line is the grid's own (分值 100, 得分 under their headers)
    return [(1, header.row - 1, "form"), (header.row, end - 1, "table"), (end, sheet.max_row, "form")]


# "自评等级：优", "填报人：陈明慧    联系电话：0898-62830117    填报日期：2026年3月20日": a cell of labels each with its
# value after a colon (the form's grade beside its 总分, the signature line under it)
_PAIR = re.compile(r"\s*(?P<label>[\u4e00-\u9fff]{2,8})[:：]\s*(?P<value>[^\s:：][^:：]{0,39}?)(?=\s+[\u4e00-\u9fff]{2,8}[:：]|\s*$)")


_NOT_PAIRS = ("其中", "单位")  # "其中：财政拨款" names a line, "单位：万元" the unit: no label with its value


def _stated_pairs(sheet: _Sheet) -> list[Fact]:
    """Each "label：value" of a cell made of such pairs alone, as a fact of that label."""
    out = []
    for (r, c), cell in sorted(sheet.cells.items()):
        text = cell.text.replace("\n", " ") if isinstance(cell.value, str) else ""
        pairs = list(_PAIR.finditer(text)) if 3 <= len(text) <= 160 else []
        if not pairs or "".join(m.group(0) for m in pairs).strip() != text.strip() or pairs[0].group("label") in _NOT_PAIRS:
            continue
        where = sheet.ws.cell(row=r, column=c).coordinate
        out += [Fact(value=m.group("value").strip(), row=(m.group("label"),), sheet=sheet.ws.title, cell=where, column=c, line=r)
                for m in pairs]
    return out


_SUMMARY_COLS = {"name": ("项目名称",), "unit": ("实施单位", "项目实施单位"), "budget": ("全年预算数",),
                 "spent": ("全年执行数",)}


_SUMMARY_LINE = ("年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分", "自评等级")


def _is_evaluation_summary(sheet: _Sheet) -> bool:
    """A 自评结果汇总表 beside the forms: one line per project (项目名称, 全年预算数/全年执行数, 执行率, 得分,
    自评等级), with no indicator grid of its own."""
    keys = set(sheet.keys().split("|"))
    return ("项目名称" in keys and "全年预算数" in keys and "三级指标" not in keys
            and bool(keys & {"执行率", "得分", "自评等级"}))


def _summary_projects(sheet: _Sheet, path: str, issues: list[Issue]) -> list[Project]:
    """Each numbered line of a 自评结果汇总表 as a project with its 全年预算数 and 全年执行数 (its 年初预算数,
    执行率, 得分 and 自评等级 stay in the facts); the 合计 and 注 lines are not projects."""
    name_head, budget_head = sheet.label("项目名称"), sheet.label("全年预算数")
    if name_head is None or budget_head is None:
        return []
    cols = sheet.header_columns(name_head.row, _SUMMARY_COLS) | sheet.header_columns(budget_head.row, _SUMMARY_COLS)
    out = []
    for r in range(budget_head.row + 1, sheet.max_row + 1):
        name = sheet.get(r, cols["name"])
        if name is None or not isinstance(name.value, str) or name.key in ("合计", "总计") or name.key.startswith("注"):
            continue
        unit = sheet.get(r, cols["unit"]) if "unit" in cols else None
        budget = _amount(sheet.get(r, cols["budget"]), path, issues, "全年预算数")
        project = Project(name.flat, Amounts(total=budget), unit=unit.flat if unit else "", line=r)
        project.executed = _amount(sheet.get(r, cols["spent"]), path, issues, "全年执行数") if "spent" in cols else None
        out.append(project)
    return out


def _with_summary(doc: Document, worksheets: list, path: str, issues: list[Issue]) -> list[Fact]:
    """The projects of the workbook's 汇总 sheet in its order, each replaced by its own form where it has one
    (the form carries the indicators), then the forms the summary does not list; returns the summary's facts."""
    facts: list[Fact] = []
    listed: list[Project] = []
    forms = doc.projects
    for ws in worksheets:
        sheet = _Sheet(ws)
        if not _is_evaluation_summary(sheet):
            continue
        listed += _summary_projects(sheet, path, issues)
        _facts(doc, sheet, [(1, sheet.max_row, "table")])
        # "预算执行情况 / 执行率", "绩效自评 / 得分": a line's columns by their own names, as a form prints them
        # (its 实施单位 column is the project's unit, read above: as facts it would read as a table of departments)
        facts += [replace(f, col=f.col[-1:]) if f.col and f.col[-1] in _SUMMARY_LINE else f for f in doc.facts
                  if f.col[-1:] != ("实施单位",)]
    by_name = {p.name: p for p in forms}
    doc.projects = [by_name.pop(p.name, p) for p in listed] + [p for p in forms if p.name in by_name]
    if listed:
        from bot.ingest.template import _units_of_projects  # (template reads this module's helpers)

        # "农技推广中心有几个项目": each 实施单位 other than the department holds its projects (their sum its line)
        doc.units = _units_of_projects([p for p in listed if p.unit and p.unit != doc.department])
    return facts


def _pair_section(f: Fact) -> str:
    """The section a form's fact stands under: a label with its value beside another pair in its row ("预算数（万元）
    | 360 | 执行数（万元） | 342.5") is under its project alone, never under the row's first label (执行数 is no 预算)."""
    return "" if not f.col and f.row and f.section and f.row[-1] != f.section else f.section


def _read_self_evaluation_forms(path: str, first: _Sheet) -> Document:
    """Every sheet of the template in the workbook is a project; the department is the 主管部门 they share.
    Each sheet's facts stand under its project's name (the section), so "X项目的分值" finds its own."""
    doc = _document(path, first, SELF_EVALUATION_FORMS)
    issues: list[Issue] = []
    taxonomy = _Taxonomy(path, issues)
    sheets = [s for ws in first.ws.parent.worksheets if _is_self_evaluation_form(s := _Sheet(ws))]
    facts = []
    for sheet in sheets:
        doc.department = doc.department or (d.flat if (d := sheet.right_of(
            sheet.label("主管部门") or sheet.label("项目主管部门"))) is not None else "")
        if not doc.year and (y := sheet.find(lambda k: bool(_YEAR.search(k)) and len(k) <= 12)) is not None:
            doc.year = int(_YEAR.findall(y.key)[0])  # "（2025年度）" under the title
        project = _form_project(sheet, path, taxonomy, issues)
        doc.projects.append(project)
        _facts(doc, sheet, _form_regions(sheet))
        facts += [replace(f, section=f"{project.name} {_pair_section(f)}".strip())
                  for f in _grid_labelled(doc.facts, sheet) + _stated_pairs(sheet)]
    facts += _with_summary(doc, first.ws.parent.worksheets, path, issues)
    doc.facts = facts
    if (kind := _YEAR.split(doc.title)[-1].lstrip("度")).endswith("表") and evaluation_form(kind):
        doc.form = kind  # an evaluation's scoring sheets (…项目支出绩效评价指标评分表): cited as the table they are
    sums = {k: round(sum(v), 6) for k in AMOUNT_COLUMNS
            if (v := [a for p in doc.projects if (a := getattr(p.amounts, k)) is not None])}
    doc.total = Amounts(**sums)
    return _finish(doc, issues)


# --- public API -------------------------------------------------------------------------------------

_READERS: dict[str, Callable[[str, _Sheet], Document]] = {
    DEPARTMENT_TARGETS: _read_department_targets,
    PROJECT_APPLICATION: _read_project_application,
    SELF_EVALUATION: _read_self_evaluation,
    PROJECT_TARGETS: _read_project_targets,
    STACKED_TARGETS: _read_stacked_targets,
    SELF_EVALUATION_FORMS: _read_self_evaluation_forms,
}


def unsupported_message() -> str:
    listing = "；".join(f"{name}：{desc}" for name, desc in LAYOUTS.items())
    return f"无法识别的表格格式。支持的表格格式：{listing}"


def read_workbook(path: str, data: bytes) -> Document | None:
    """Read an xlsx workbook of one of the known layouts; raise LoadError when it is none of them. None
    when it only has a spreadsheet target table's words (the caller reads it as a general table)."""
    try:
        wb, unworked = load_values(data)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException …
        raise LoadError([Issue(path, 0, f"无法打开 Excel 工作簿（{type(exc).__name__}）", "error")]) from exc
    found = _find_sheet(wb)
    if found is None:
        if _detect_text("|".join(_Sheet(ws).keys() for ws in wb.worksheets)) in (PROJECT_TARGETS, SELF_EVALUATION_FORMS):
            return None  # a target table's words without its row layout: read as a general table
        raise LoadError([Issue(path, 0, unsupported_message(), "error")])
    layout, sheet = found
    try:
        doc = _READERS[layout](path, sheet)
    except KeyError as exc:  # a header cell moved (merged cells rearranged): the column is missing
        row, names = getattr(sheet, "header", (0, {}))
        label = names.get(exc.args[0], (str(exc.args[0]),))[0] if exc.args else "?"
        raise LoadError([Issue(path, row, f"工作表“{sheet.ws.title}”第 {row} 行的表头中找不到“{label}”列"
                                          "（合并单元格可能被移动过）", "error")]) from exc
    except (IndexError, ValueError, TypeError, AttributeError) as exc:
        raise LoadError([Issue(path, 0, f"工作表“{sheet.ws.title}”的结构与{LAYOUTS[layout].split('（')[0]}不符，"
                                        f"无法读取（{type(exc).__name__}）", "error")]) from exc
    doc.issues.extend(formula_issues(path, wb, unworked))
    return doc
