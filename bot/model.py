"""Typed records shared by ingest and store: documents, projects, indicators, and labelled facts."""

from __future__ import annotations

from dataclasses import dataclass, field

# The layout of a workbook of one project per sheet (the national 自评表 template), read whole by the answers.
SHEET_SELF_EVALUATIONS = "sheet-self-evaluations"
# Amount columns in the order the table prints them.
AMOUNT_COLUMNS: tuple[str, ...] = ("total", "fiscal_appropriation", "special_account", "other")
AMOUNT_LABELS: dict[str, str] = {
    "total": "总计",
    "fiscal_appropriation": "财政拨款",
    "special_account": "财政专户拨款",
    "other": "其他资金",
    "unplaced": "财政专户拨款或其他资金",
}
# A third printed amount whose column the extracted text cannot tell: a blank column vanishes from the
# text, so "45.00 35.00 10.00" is 总计, 财政拨款 and one of these two. Kept apart, never guessed.
UNPLACED_BETWEEN: tuple[str, str] = ("special_account", "other")
# The amount columns the knowledge base stores: the printed ones, then the unplaced amount.
STORED_AMOUNTS: tuple[str, ...] = (*AMOUNT_COLUMNS, "unplaced")


@dataclass
class Amounts:
    """The four amount columns in the document's unit; None where the column is blank."""

    total: float | None = None
    fiscal_appropriation: float | None = None
    special_account: float | None = None
    other: float | None = None
    unplaced: float | None = None  # 财政专户拨款 or 其他资金, the text does not say which (UNPLACED_BETWEEN)

    def as_dict(self) -> dict[str, float]:
        """Columns that are present, keyed by English column name."""
        return {k: v for k in STORED_AMOUNTS if (v := getattr(self, k)) is not None}

    def sources_sum(self) -> float:
        """Sum of the funding-source columns (the unplaced amount is one of them)."""
        # (the columns of STORED_AMOUNTS[1:], added in that order: a load sums every project's)
        return ((self.fiscal_appropriation or 0.0) + (self.special_account or 0.0) + (self.other or 0.0)
                + (self.unplaced or 0.0))


@dataclass
class Indicator:
    """One performance indicator (绩效指标) of a project."""

    group: int
    seq: int
    level1: str  # as printed, e.g. "1-产出指标"
    level2: str  # as printed, e.g. "11-数量指标"
    name: str
    period_value: str  # 实施周期指标值
    annual_value: str  # 年度指标值
    line: int = 0
    actual_value: str | None = None  # 全年完成值 (self-evaluation layouts only)
    page: int = 0  # page of the published table its text starts on (a paginated text or a PDF); 0: none


@dataclass
class Project:
    """A budget project with its amounts, goal and indicators."""

    name: str
    amounts: Amounts
    goal: str = ""
    indicators: list[Indicator] = field(default_factory=list)
    unit: str = ""  # funding unit (资金使用单位) the project is listed under
    line: int = 0
    kind: str = "project"  # "project", or "task" for 年度重点工作任务 of department-level tables
    executed: float | None = None  # 全年执行数 (self-evaluation layouts only)
    owner: str = ""  # 主管部门 a block names for its own project (a 汇总 table of several departments' projects)
    page: int = 0  # page of the published table its line is on (a paginated text or a PDF); 0: none


@dataclass
class FundingUnit:
    """A 资金使用单位 line: a unit and its subtotal."""

    name: str
    amounts: Amounts
    line: int = 0
    page: int = 0  # page of the published table its line is on (a paginated text or a PDF); 0: none


@dataclass
class Issue:
    """A problem found while reading a document: where it is and what it is."""

    path: str
    line: int
    message: str
    level: str = "warning"  # "warning" loads anyway; "error" rejects the document

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {'错误' if self.level == 'error' else '警告'}: {self.message}"


# Marks, in a fact's row heads, the head of an item column read as a row label (指标名称 beside a project
# merged over its indicator rows): "#指标名称". Matching drops it with the other punctuation.
ITEM_HEAD = "#"

# A fact's year when its column totals several years' columns (a plan's 三年合计 beside 2025年 / 2026年 /
# 2027年): of no single year, so a year asked never reads it; stored without a year.
OVER_YEARS = 0


@dataclass
class Fact:
    """One labelled value of a table: what the cell says, the labels that name it, where it stands.

    Every value a published table prints is kept as a fact, whatever the layout, so that a question
    can find it by its labels; the typed records (projects, indicators) are a reading on top.
    """

    value: str  # the cell's text as printed ("87.71%", "2021-2023年", "6643")
    row: tuple[str, ...] = ()  # row labels, outermost first (merged group cells give the hierarchy)
    col: tuple[str, ...] = ()  # column headers, top first
    section: str = ""  # the block heading the cell sits under (预算整体情况, 年度重点工作任务 …)
    number: float | None = None  # the numeric value in `unit`; percent cells as 87.71 with unit "%"
    unit: str = ""  # 万元, 元, 人, 个, %; "" when not a quantity
    # the fact's own year (a column "2023年"); None = the document's year; OVER_YEARS = of no single year
    year: int | None = None
    sheet: str = ""  # sheet name; "" for text and PDF sources
    cell: str = ""  # "B12" for spreadsheets
    page: int = 0  # PDF page (1-based); 0 for other sources
    line: int = 0  # sheet row, or line of the text / page
    row_heads: tuple[str, ...] = ()  # the header of each row label's column ("二级指标"), "" when none
    column: int = field(default=0, compare=False)  # the sheet column of `cell` (12 of "L5"); 0 when none


@dataclass
class Document:
    """A parsed table: one department's projects."""

    path: str
    department: str  # as printed, e.g. "广州市白云区信访局(部门)"
    unit: str = "万元"
    year: int | None = None
    title: str = ""
    layout: str = "text-project-targets"
    total: Amounts = field(default_factory=Amounts)
    units: list[FundingUnit] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    form: str = "项目支出绩效目标表"  # the table's kind as published, for citations
    facts: list[Fact] = field(default_factory=list)  # every labelled value (see Fact)

    @property
    def department_name(self) -> str:
        """Department without the "(部门)" suffix the tables print."""
        return strip_department_suffix(self.department)

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.level == "warning"]

    @property
    def indicator_count(self) -> int:
        return sum(len(p.indicators) for p in self.projects)

    def as_dict(self) -> dict:
        """Plain data in the shape of the golden files (blank amount columns left out)."""
        keys = ("group", "seq", "level1", "level2", "name", "period_value", "annual_value")
        return {
            "department": self.department,
            "unit": self.unit,
            "total": self.total.as_dict(),
            "units": [{"name": u.name, **u.amounts.as_dict()} for u in self.units],
            "projects": [
                {
                    "name": p.name,
                    **p.amounts.as_dict(),
                    "goal": p.goal,
                    "indicators": [{k: getattr(i, k) for k in keys} for i in p.indicators],
                }
                for p in self.projects
            ],
        }


def strip_department_suffix(name: str) -> str:
    """"广州市白云区信访局(部门)" -> "广州市白云区信访局"."""
    for suffix in ("(部门)", "（部门）"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


class LoadError(Exception):
    """A document (or a whole load) was rejected; carries the issues that say why."""

    def __init__(self, issues: list[Issue]):
        self.issues = issues
        super().__init__("\n".join(str(i) for i in issues))


def evaluation_form(form: str) -> bool:
    """Is a table of scored projects an evaluation's scoring sheets (…项目支出绩效评价指标评分表, its 总分 said
    评价), not a self-evaluation's form (…自评表, said 自评)? Decided here once: ingest names the table by it,
    the answers say its 总分 by it."""
    return "评价" in form and "自评" not in form


def one_unit(unit: str) -> str:
    """A unit of measure as one word: a unit of two counters printed with a slash (台/套, 台／套) is the one unit 台套.
    Decided here once: ingest reads a label's unit by it, the answers compare a header's unit with a cell's by it."""
    return unit.replace("/", "").replace("／", "")
