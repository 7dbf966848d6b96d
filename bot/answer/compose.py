"""Compose short Chinese answers from query rows: amounts with their unit, names, and where they come from."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextvars import ContextVar
from itertools import combinations
from typing import ParamSpec, TypeVar

from bot.language import lazyre as re
from bot.language.asking import words as asking_words
from bot.language.normalize import format_amount
from bot.model import AMOUNT_LABELS, UNPLACED_BETWEEN, evaluation_form

# Whether the turn being answered worked out a difference of two figures: set by the wording functions that word one
# (marked @_difference_worked below), so the two-sides guard (bot/engine/two_sides.py) decides from what was worked
# out, not from words its text happens to hold ("（实施周期与年度相同）" of any indicator line).
_DIFFERENCE_WORKED: ContextVar[bool] = ContextVar("difference_worked", default=False)
# Printed by a table's own column or by a formula worked out (a sum, a rate): the difference is shown there too.
_DIFFERENCE_PRINTED = ("增减", "差额", "差异")
# a subtraction worked ("47.25 - 22.5 = 24.75", "收入合计 9 − 支出合计 7", "A 9万元 - B 2万元 = 7万元"; a sum
# "12 + 31.6 = 43.6" of one side's months is none), or one thing said against another with the figure between them
# ("4月比3月多 24.75万元", "比上年减少 5"): two columns or periods of one row compared as much as two rows
_DIFFERENCE_FORMULA = re.compile(r"[\d.)）%] [-−－] |\S [-−－] \S[^=＝\n]*[=＝]|比[^，。；：\n]{0,40}?(?:多|少|高|低|增加|减少|增长|下降)\s*[\d.]")
_P = ParamSpec("_P")
_R = TypeVar("_R")


def _difference_worked(word: Callable[_P, _R]) -> Callable[_P, _R]:
    """Mark a wording function as one that words a worked-out difference (or the two sides set against each other)."""
    @functools.wraps(word)
    def marked(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        _DIFFERENCE_WORKED.set(True)
        return word(*args, **kwargs)
    return marked


def watch_difference() -> None:
    """Start a turn: no difference worked out yet (a thread's context outlives its turns: set before each)."""
    _DIFFERENCE_WORKED.set(False)


def works_out_difference(text: str) -> bool:
    """Whether the turn worked out a difference of two figures: a wording function of one was called, or its text
    prints one (a formula, or a column of the difference under each side's line)."""
    return _DIFFERENCE_WORKED.get() or any(w in text for w in _DIFFERENCE_PRINTED) \
        or bool(_DIFFERENCE_FORMULA.search(text))


# The sources of funds as stored; "unplaced" is a printed amount the text does not place in either of
# UNPLACED_BETWEEN (shown under its own label, and given for either column with UNPLACED_NOTE).
SOURCE_COLUMNS = ("fiscal_appropriation", "special_account", "other", "unplaced")
UNPLACED_NOTE = "表中印出的第三个数；文字版的表格空栏不留位置，看不出它属财政专户拨款还是其他资金"


DEFAULT_FORM = "项目支出绩效目标表"


def table_name(department: str, form: str | None = None, year: int | None = None) -> str:
    """"湛江市人力资源和社会保障局2024年部门整体预算绩效目标表": whose table, of which year, of what kind."""
    return f"{department}{f'{year}年' if year else ''}{form or DEFAULT_FORM}"


def source_text(row) -> str:
    """Where a row comes from, as a person finds it: the file as loaded, the page of the published table
    (a paginated text, a PDF) or else the line, and whose table it is."""
    keys = row.keys()
    file_name = row["file_name"] if "file_name" in keys else ""
    line = row["line"] if "line" in keys else None
    page = row["page"] if "page" in keys else None
    table = table_name(row["department_name"], row["form"] if "form" in keys else None,
                       row["year"] if "year" in keys else None)
    place = " ".join(p for p in (file_name or "", spot(page, None, line)) if p)
    return f"{place}，{table}" if place else table


def source_note(row) -> str:
    """The citation closing an answer line: （来源：file 第N页 / 第N行，department year form）."""
    return f"（来源：{source_text(row)}）"


SOURCE_OPENS = "（来源"  # how every citation this module writes begins


def names_holding(word: str, groups: list[tuple[str, list[str]]], sources: list[str]) -> str:
    """"名字里带X的项目有哪些": the items of every table whose names hold the word, numbered on under their tables."""
    lines = [f"名称中含“{word}”的共 {sum(len(names) for _, names in groups)} 项："]
    n = 0
    for table, names in groups:
        lines.append(f"【{table}】")
        for name in names:
            n += 1
            lines.append(f"{n}. {name}")
    return "\n".join(lines) + f"（来源：{'；'.join(sources)}）"


def others_of_row(owner: str, shown: str, lines: list[str], source: str) -> str:
    """"冷链物流项目专项债多少" → "农业农村局还有别的专项债吗": the owner's other rows of the table, the one shown left out."""
    besides = f"除{shown}外，" if shown else ""
    if not lines:
        return f"{besides}表中没有{owner}的其他项目。（来源：{source}）"
    listed = "\n".join(f"{n}. {line}" for n, line in enumerate(lines, 1))
    return f"{besides}{owner}{'还' if shown else ''}有 {len(lines)} 项：\n{listed}（来源：{source}）"


def names_holding_none(word: str) -> str:
    return f"知识库里没有名称中含“{word}”的项目。"


def said_and_source(text: str) -> tuple[str, str]:
    """An answer's text before its first citation, and what follows the citation's opening (the steps that check what
    an answer said, or which table and year it cites, read it so)."""
    said, _, source = text.partition(SOURCE_OPENS)
    return said, source


def money(row: sqlite3.Row | dict, column: str = "total") -> str:
    return format_amount(row[column], _unit(row))


def _unit(row) -> str:
    try:
        return row["money_unit"] or "万元"
    except (IndexError, KeyError):
        return "万元"


def amount_line(row: sqlite3.Row, with_sources: bool = True, applied_year: int | None = None) -> str:
    """"信访工作经费：总计 60.00万元（财政拨款 60.00万元）"; without its sources when they are not asked
    ("信访工作经费：总计 60.00万元"): a second figure beside the total reads as another answer. A project of a
    项目申报表 (applied_year: its table's year) has the budget of that year, never its 项目总预算: said so."""
    label = f"{applied_year}年（当年）预算" if applied_year else "总计"
    text = f"{row['name']}：{label} {money(row)}"
    if with_sources:
        parts = [f"{AMOUNT_LABELS[c]} {money(row, c)}" for c in SOURCE_COLUMNS if row[c] is not None]
        if parts:
            text += "（" + "，".join(parts) + "）"
    return text


def whole_budget_not_printed(row, together: tuple[str, float] | None, year: int | None) -> str:
    """"国家储备林建设项目：表中没有单列项目总预算；三年合计 1900.00万元；2026年（当年）预算 560.00万元": a 申报表 printing
    no 项目总预算, said so, with what it does print — never the year's budget as the whole."""
    unit = _unit(row)
    own = f"{year}年（当年）预算 {money(row)}" if year and row["total"] is not None else ""
    said = f"{row['name']}：表中没有单列项目总预算"
    if together is not None:
        said += f"；{together[0]} {format_amount(together[1], unit)}"
    return said + (f"；{own}" if own else "")


def whole_budget_printed(name: str, value: float, unit: str | None, years: list[tuple[str, float]]) -> str:
    """"海宁市…工程：项目总预算 3600.00万元（分年度：2026年 1260.00 + 2027年 1480.00 + 2028年 860.00）": a form's
    项目总预算 line as printed, with the years it is planned over (their sum said where it is not the whole)."""
    text = f"{name}：项目总预算 {format_amount(value, unit or '万元')}"
    if len(years) > 1:
        total = round(sum(v for _, v in years), 6)
        if abs(total - value) < 0.005:  # (the year's own budget beside the whole would read as a second answer)
            text += f"（{years[0][0]}—{years[-1][0]}分年度预算之和）"
        else:
            parts = " + ".join(f"{label} {format_amount(v, '')}".strip() for label, v in years)
            text += f"（分年度：{parts} = {format_amount(total, unit or '万元')}，与总预算不等）"
    return text


def whole_budgets(lines: list[tuple[str, float, str]], each: bool) -> str:
    """Several projects' whole budgets (a 申报表's 项目总预算 lines): each, or added with the arithmetic shown."""
    shown = [f"{label} {format_amount(v, unit)}" for label, v, unit in lines]
    if each:
        return "\n".join(shown)
    total = round(sum(v for _, v, _ in lines), 6)
    parts = " + ".join(format_amount(v, "") for _, v, _ in lines)
    return f"合计 {format_amount(total, lines[0][2])}（{parts}）\n" + "\n".join(shown)


def year_source_not_printed(name: str, year: str, source: str) -> str:
    """A 资金来源 asked of a later year of a form whose 分年度预算 prints that year's budget only."""
    return f"{name} 的{year}预算在表中只列了总数，没有按资金来源分列，表中没有{year}的“{source}”。"


def application_field(name: str, label: str, value: str) -> str:
    """"海宁市…工程 的项目负责人：沈建国": a field of one project's 申报表."""
    return f"{name} 的{label}：{value}"


def detail_line(name: str, amount: float | None, unit: str | None, basis: str, basis_asked: bool) -> str:
    """A 支出明细 line: "工程施工费：862.40万元（测算依据：…）", or its 测算依据 first where that is asked."""
    money_said = format_amount(amount, unit or "万元") if amount is not None else ""
    if basis_asked and basis:
        return f"{name}的测算依据：{basis}" + (f"（金额 {money_said}）" if money_said else "")
    if not money_said:
        return f"{name}：表中没有列金额（测算依据：{basis}）"
    return f"{name}：{money_said}" + (f"（测算依据：{basis}）" if basis else "")


def detail_lines(name: str, lines: list[tuple[str, float, str | None]], counted: bool) -> str:
    """A project's 支出明细 lines, each with its amount (and how many, where that is asked)."""
    head = f"{name} 的支出明细共 {len(lines)} 项" if counted else f"{name} 的支出明细"
    return head + "：\n" + "\n".join(f"{k}. {label} {format_amount(v, unit or '万元')}"
                                     for k, (label, v, unit) in enumerate(lines, 1))


def fact_note(fact, doc) -> str:
    """（来源：file sheet 第N行，department year form） of one fact of a document (a row of kb.documents)."""
    where = " ".join(w for w in (fact["sheet"] or "", f"第{fact['line']}行" if fact["line"] else "") if w)
    table = table_name(doc["department_name"], doc["form"], doc["year"])
    return f"（来源：{fact_source(doc['file_name'] or '', where, table)}）"


def year_applied(name: str, column: str, lines: list[tuple[str, float, str]]) -> str:
    """"国家储备林建设项目 2027年：合计 640.00万元（财政拨款 220.00万元，其他资金 420.00万元）": a 申报表's
    column of another year it applies for (or its 三年合计), each 资金来源 line of it."""
    head, *rest = [f"{label} {format_amount(value, unit or '万元')}" for label, value, unit in lines]
    return f"{name} {column}：{head}" + (f"（{'，'.join(rest)}）" if rest else "")


def unit_amounts(row: sqlite3.Row, column: str, projects: int, with_sources: bool = True) -> str:
    """"博物馆的经费一共多少": a 资金使用单位's own row (its subtotal in the table) and how many projects it has."""
    if column == "total":
        text = f"{amount_line(row, with_sources)}，共 {projects} 个项目"
    elif unplaced_for(row, column) is not None:
        text = f"{row['name']} 的{AMOUNT_LABELS[column]}：{money(row, 'unplaced')}（{UNPLACED_NOTE}）"
    else:
        value = row[column]
        text = f"{row['name']} 的{AMOUNT_LABELS[column]}：{money(row, column) if value is not None else '表中未列（0）'}"
    return text + source_note(row)


@_difference_worked
def units_amounts(rows: Sequence[sqlite3.Row], column: str) -> str:
    """Several 资金使用单位's own rows: each, their sum, and (of two) how far apart they are."""
    label = AMOUNT_LABELS[column]
    unit = _unit(rows[0])
    values = [r[column] or 0.0 for r in rows]
    lines = [f"{r['name']}：{label} {money(r, column) if r[column] is not None else '未列（0）'}" + source_note(r)
             for r in rows]
    lines.append(f"合计 {format_amount(round(sum(values), 2), unit)}")
    if len(rows) == 2:
        lines.append(f"相差 {format_amount(round(abs(values[0] - values[1]), 2), unit)}")
    return "\n".join(lines)


def unplaced_for(row, column: str | None) -> float | None:
    """The unplaced amount of a row when the column asked is one it may be and the row has none of its
    own in that column (None otherwise)."""
    if column not in UNPLACED_BETWEEN or row[column] is not None:
        return None
    return row["unplaced"] if "unplaced" in row.keys() else None


def _shown_sources(row) -> list[str]:
    """The source columns a row's breakdown lists: blank ones too (said as 未列), except the two an
    unplaced amount may be, which its own line stands for."""
    unplaced = row["unplaced"] if "unplaced" in row.keys() else None
    if unplaced is None:
        return list(SOURCE_COLUMNS[:-1])
    return [c for c in SOURCE_COLUMNS if c not in UNPLACED_BETWEEN or row[c] is not None]


def sources_text(row: sqlite3.Row, asked: str | None = None, breakdown: bool = True) -> str:
    """All four columns, saying plainly which are blank in the table; one column asked: that one first,
    alone unless the whole breakdown is asked too ("资金来源呢 有没有其他资金")."""
    first = []
    if asked in SOURCE_COLUMNS:
        value = row[asked]
        if (unplaced := unplaced_for(row, asked)) is not None:
            said = f"{format_amount(unplaced, _unit(row))}（{UNPLACED_NOTE}）"
        else:
            said = money(row, asked) if value is not None else "表中未列（0）"
        first = [f"{row['name']} 的{AMOUNT_LABELS[asked]}：{said}"]
        if not breakdown:
            return first[0]
    lines = first + [f"{row['name']} 的资金来源："]
    for c in _shown_sources(row):
        value = row[c]
        shown = money(row, c) if value is not None else "未列（0）"
        marker = "◆ " if asked == c else "· "
        lines.append(f"{marker}{AMOUNT_LABELS[c]}：{shown}")
    lines.append(f"· 总计：{money(row)}")
    return "\n".join(lines)


def source_column_blank(name: str, label: str) -> str:
    """One source of funds asked of a row (or a table) that leaves its column blank: no amount stated."""
    return f"{name} 的{label}：表中这一栏空白，没有列出金额"


def name_one_chosen(asked: str) -> str:
    """Several projects chosen by their money (each department's most, or tied): which one's "asked" to show."""
    return f"这里选出了不止一个项目，要看哪一个的{asked}？请在问题里说出项目名称或部门。"


def sources_not_printed(row: sqlite3.Row, asked: str) -> str:
    """"X其他资金多少" of a table that prints no source of funds at all (a 自评表's 预算数 only): no such column."""
    return f"{row['name']} 所在的表没有按资金来源分列（只列了总计），表中没有“{AMOUNT_LABELS[asked]}”这一栏。"


def besides_source(row: sqlite3.Row, left_out: str) -> str:
    """A project's money besides one source ("除了财政拨款还有多少"): its total less that column, with the
    columns that make it up."""
    total, part = row["total"], row[left_out] or 0.0
    if total is None:
        return f"{row['name']}：表中未列总计，算不出{AMOUNT_LABELS[left_out]}以外的金额"
    rest = round(total - part, 2)
    others = [f"{AMOUNT_LABELS[c]} {money(row, c)}" for c in SOURCE_COLUMNS if c != left_out and row[c]]
    kinds = f"（{'，'.join(others)}）" if others and rest else ""
    return (f"{row['name']} 除{AMOUNT_LABELS[left_out]}外还有 {format_amount(rest, _unit(row))}{kinds}："
            f"总计 {total:g} − {AMOUNT_LABELS[left_out]} {part:g} = {rest:g}")


def indicator_line(row: sqlite3.Row, value_kind: str | None = None, numbered: int | None = None,
                   actual: bool = True) -> str:
    """One indicator with its category and the value(s) asked for (its 全年完成值 unless only the
    target was asked)."""
    head = f"{numbered}. " if numbered is not None else ""
    category = f"［{row['level1']}/{row['level2']}］" if row["level2"] else f"［{row['level1']}］"
    if value_kind == "period":
        value = f"实施周期指标值：{row['period_value'] or '（空）'}"
    elif value_kind == "annual":
        value = f"年度指标值：{row['annual_value'] or '（空）'}"
    elif not row["period_value"]:
        value = f"指标值：{row['annual_value'] or '（空）'}"  # layouts with one value per indicator
    elif row["period_value"] == row["annual_value"]:
        value = f"指标值：{row['annual_value'] or '（空）'}（实施周期与年度相同）"
    else:
        value = f"实施周期指标值：{row['period_value'] or '（空）'}；年度指标值：{row['annual_value'] or '（空）'}"
    if not actual or not row["actual_value"]:
        return f"{head}{row['name']}{category}：{value}"
    done = f"；全年完成值：{row['actual_value']}"
    return f"{head}{row['name']}{category}：{value}{done}{gap_to_target(row['annual_value'], row['actual_value'])}"


def indicator_class(row: sqlite3.Row, level: str) -> str:
    """"它属于哪个一级指标": the class asked first, then the other level where the table files one."""
    if level == "二级" and not row["level2"]:
        return f"{row['name']}：表中没有填二级指标，一级指标是{row['level1']}（{row['project_name']}）"
    first, other = (row["level1"], f"，二级指标是{row['level2']}" if row["level2"] else "") if level == "一级" \
        else (row["level2"], f"，一级指标是{row['level1']}")
    return f"{row['name']}属于{level}指标“{first}”{other}（{row['project_name']}）"


def category_class(name: str, parent: str, rows: Sequence) -> str:
    """"成本指标属于哪个一级指标": the 一级 class, and the indicators filed under it there."""
    listed = "、".join(dict.fromkeys(f"{r['name']}（{r['project_name']}）" for r in rows[:5]))
    return f"{name}属于一级指标“{parent}”；表中这一类的指标：{listed}"


def gap_to_target(target: str | None, actual: str | None) -> str:
    """"（比目标多 9858人：49358 − 39500）": how far the actual value is from the target, when both are
    numbers of the same unit; "" otherwise (a person compares texts, the bot does not guess)."""
    t, a = _TARGET.match(target or ""), _TARGET.match(actual or "")
    if not t or not a or (a.group(1) or "") not in ("", "=") or t.group(3) != a.group(3):
        return ""
    goal, got = float(t.group(2)), float(a.group(2))
    if got == goal:
        return ""
    unit = "个百分点" if t.group(3) == "%" else t.group(3)
    word = "多" if got > goal else "少"
    return f"（比目标{word} {_plain(abs(got - goal))}{unit}：{_plain(got)} − {_plain(goal)}）"


def _plain(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".") if x != int(x) else f"{int(x)}"


def indicator_parts(parts: Sequence[tuple]) -> str:
    """One measure of indicators naming two ("返乡创业人数及带动就业人数：180人、650人" asked 带动就业): the
    part's value, with the indicator and its whole value it is read from."""
    out: list[str] = []
    current = None
    for k, (row, part, value) in enumerate(parts, 1):
        if row["project_id"] != current:
            current = row["project_id"]
            out.append(f"【{row['project_name']}】（{row['department_name']}）")
        whole = row["annual_value"] or row["period_value"]
        out.append(f"  {k}. {part}：{value}（指标“{row['name']}”的指标值“{whole}”，按顺序对应）")
    return "\n".join(out)


PERIOD_DIFFERS = "实施周期指标值与年度指标值不同的指标"


def one_value_beyond(first: str, second: str, higher: bool) -> str:
    """"年度指标值高于实施周期指标值的指标": the filter said back."""
    return f"{first}指标值{'高于' if higher else '低于'}{second}指标值的指标"


def grouped_indicators(
    rows: Sequence[sqlite3.Row], value_kind: str | None = None, numbering: Iterable[int] | None = None,
    actual: bool = True,
) -> str:
    """Indicators grouped by project (project and department named once per group)."""
    out: list[str] = []
    current = None
    numbers = iter(numbering) if numbering is not None else None
    for row in rows:
        key = (row["project_id"])
        if key != current:
            current = key
            out.append(f"【{row['project_name']}】（{row['department_name']}）")
        out.append("  " + indicator_line(row, value_kind, next(numbers) if numbers else None, actual))
    return "\n".join(out)


def namesakes_by_project(groups: Sequence[Sequence[sqlite3.Row]], value_kind: str | None, actual: bool) -> str:
    """One indicator's namesakes numbered by project, each project's rows under it — a project printed in two
    tables (its 目标表 and its 评分表) once, each table's row said by its year and form."""
    out: list[str] = []
    for number, rows in enumerate(groups, 1):
        out.append(f"{number}. 【{rows[0]['project_name']}】（{rows[0]['department_name']}）")
        for row in rows:
            where = f"{row['year']}年{row['form']}：" if len(rows) > 1 and row["form"] else ""
            out.append(f"  {where}{indicator_line(row, value_kind, None, actual)}")
    return "\n".join(out)


def _added_column(values: Sequence[str | None], bounds_ok: bool) -> tuple[str, str] | None:
    """"7420 + 7650", "15070人" of a column's values, when each is one number of one unit (not %, which adds up
    to nothing); a bound (≥8000人) only where bounds_ok and every value has the same one."""
    read = [_TARGET.match(v or "") for v in values]
    if not all(read) or len({m.group(3) for m in read if m}) != 1 or len({m.group(1) or "" for m in read if m}) != 1:
        return None
    first = read[0]
    assert first is not None
    unit, bound = first.group(3), first.group(1) or ""
    if not unit or unit == "%" or (bound not in ("", "=") and not bounds_ok):
        return None
    total = sum(float(m.group(2)) for m in read if m)
    terms = " + ".join(_plain(float(m.group(2))) for m in read if m)
    return terms, f"{bound if bound not in ('', '=') else ''}{_plain(total)}{unit}"


def indicators_added(rows: Sequence[sqlite3.Row], value_kind: str | None) -> str | None:
    """"宫颈癌和乳腺癌一共筛了多少人": the indicators' completed values added up, then their targets (a bound
    added up is the bound of the sum), each with its arithmetic; None when neither column adds up."""
    names = "、".join(dict.fromkeys(r["name"] for r in rows))
    target_key = "period_value" if value_kind == "period" else "annual_value"
    lines = []
    if all(r["actual_value"] for r in rows) and (done := _added_column([r["actual_value"] for r in rows], False)):
        lines.append(f"全年完成值合计 {done[1]}：{done[0]} = {done[1]}")
    if (goal := _added_column([r[target_key] or r["annual_value"] for r in rows], True)) is not None:
        word = "实施周期指标值" if value_kind == "period" else "年度指标值" \
            if any(r["period_value"] and r["period_value"] != r["annual_value"] for r in rows) else "指标值"
        lines.append(f"{word}合计 {goal[1]}：{goal[0]}")
    if not lines:
        return None
    return f"{names}加起来：" + "；".join(lines) + "。"


def indicators_apart(rows: Sequence[sqlite3.Row], value_kind: str | None) -> str | None:
    """"湛江和乐清城镇新增就业目标差多少": two projects' targets of one measure, the larger less the smaller, with
    its arithmetic (a bound, ≥18000人, is the number it bounds); None unless both are one number of one unit
    (a unit printed in one only, 人 beside a name's （人）, is that unit)."""
    key = "period_value" if value_kind == "period" else "annual_value"
    read = [_TARGET.match(r[key] or r["annual_value"] or r["period_value"] or "") for r in rows]
    if len(rows) != 2 or not all(read):
        return None
    units = {m.group(3) for m in read if m and m.group(3)}
    if len(units) > 1 or units == {"%"}:
        return None  # (percentages set apart say nothing a reader can check: left listed)
    unit = next(iter(units), "")
    (a, ra), (b, rb) = sorted(((float(m.group(2)), r) for m, r in zip(read, rows, strict=True) if m),
                              key=lambda x: -x[0])
    return (f"{ra['project_name']}（{ra['department_name']}）的{ra['name']}比{rb['project_name']}（{rb['department_name']}）"
            f"的指标值多 {_plain(a - b)}{unit}：{_plain(a)} - {_plain(b)} = {_plain(a - b)}{unit}")


def project_list(rows: Sequence[sqlite3.Row], numbered: bool = True, show_department: bool = False) -> str:
    lines = []
    for k, row in enumerate(rows, start=1):
        dept = f"（{row['department_name']}）" if show_department else ""
        lines.append(f"{k}. {row['name']}{dept}：{money(row)}" if numbered else f"{row['name']}{dept}：{money(row)}")
    return "\n".join(lines)


def percent_shown(two: str) -> str:
    """A percentage the bot worked out ("32.89", two decimals), with the one-decimal figure a person would
    quote beside it when that differs: "32.89%（约32.9%）". Tables and readers round either way."""
    try:
        exact = float(two)
    except ValueError:
        return f"{two}%"
    tenths = int(abs(exact) * 10 + 0.5 + 1e-9)  # half up, as people round ("6.35" → 6.4)
    said = f"{'-' if exact < 0 else ''}{tenths // 10}.{tenths % 10}"
    return f"{two}%" if abs(float(said) - exact) < 1e-9 or abs(exact) < 1 else f"{two}%（约{said}%）"


def percent(part: float, whole: float) -> str:
    return percent_shown(f"{part / whole * 100:.2f}") if whole else "—"


_TARGET = re.compile(r"^\s*(≥|≤|>=|<=|>|<|=)?\s*(\d+(?:\.\d+)?)\s*(%|[^\d\s]*)\s*$")


def reached(target: str, actual: str) -> bool | None:
    """Did the actual value (全年完成值) reach the target ("≥90%" vs "88%")? None when not numeric."""
    t, a = _TARGET.match(target or ""), _TARGET.match(actual or "")
    if not t or not a or (a.group(1) or "") not in ("", "="):
        return None if (target or "").strip() != (actual or "").strip() else True
    if t.group(3) != a.group(3):
        return None  # different units: a person should look
    goal, got = float(t.group(2)), float(a.group(2))
    op = {">=": "≥", "<=": "≤"}.get(t.group(1) or "=", t.group(1) or "=")
    return {"≥": got >= goal, "≤": got <= goal, ">": got > goal, "<": got < goal, "=": got == goal}[op]


def target_figure(text: str) -> tuple[str, float, str] | None:
    """"≥88%" → ("≥", 88.0, "%"): a value's bound, number and unit; None when it is no one number."""
    m = _TARGET.match(text or "")
    if m is None:
        return None
    return {">=": "≥", "<=": "≤"}.get(m.group(1) or "", m.group(1) or ""), float(m.group(2)), m.group(3)


def not_its_indicator(where: str, phrase: str, owners: str) -> str:
    """The named project has no such indicator; say whose it is instead of answering with it."""
    return f"{where}没有“{phrase}”这个指标（“{phrase}”是{owners}的指标）。"


def amount_verdict(right: bool, said: str, row) -> str:
    """The yes or no to "是不是20万", with the figure, on its own line before the amount's line."""
    return (f"是的，{row['name']}是 {money(row)}。\n" if right
            else f"不是{said}：{row['name']}是 {money(row)}。\n")


# A percentage asked of indicators whose values are words: the table sets none (the values follow).
NO_PERCENT_VALUE = "表中没有给这项指标定百分比，指标值是文字：\n"


def which_project_of_indicator(name: str, count: int) -> str:
    """An indicator's value asked where several projects hold one of that name, each with its own value."""
    return f"有 {count} 个项目都有“{name}”这项指标，值各不相同，您问的是哪个项目的？各项目的值如下："


def longer_names_note(names: list[tuple[str, str]]) -> str:
    """Indicators whose names hold the one asked: named beside the answer, not answered as if asked."""
    listed = "、".join(f"“{name}”（{project}）" for name, project in names)
    return f"\n（名称相近的还有{listed}，要看请直接说它的全称。）"


def unknown_text(reason: str, suggestions: list[str]) -> str:
    """What was not understood, then what could be asked instead: two lines."""
    if suggestions:
        return f"{reason}\n您是不是想问：" + "；".join(f"{k}. {q}" for k, q in enumerate(suggestions, start=1))
    return f"{reason}\n可以问项目的经费、绩效目标、绩效指标及指标值，发送“帮助”查看示例。"


def ask_amount(project: str) -> str:
    return f"{project}多少" if project.endswith(("经费", "资金", "费")) else f"{project}的经费多少"


def ask_indicator(indicator: str) -> str:
    return f"{indicator}的指标值"


_SMALLTALK = {
    "greet": "您好！可以直接问项目的经费、绩效目标、绩效指标，例如“哪个项目经费最多”；发送“帮助”查看示例。",
    "thanks": "不客气！还有问题随时问我。",
    "ack": "好的。还有问题可以继续问我。",
}


def smalltalk(kind: str) -> str:
    """A short friendly reply to a greeting, thanks or an acknowledgement."""
    return _SMALLTALK[kind]


def units_in_text(names: list[str], counted: bool) -> str:
    """The organisations a project's text lists ("区人社局、区农业农村局…"), how many when asked."""
    return (f"共 {len(names)} 个：" if counted else f"表中列了 {len(names)} 个：") + "、".join(names) + "。"


def content_matches(words: list[str], matches: list[tuple[sqlite3.Row, str]]) -> str:
    """Projects found by what their texts say, each with the sentence that matched."""
    head = f"与“{'、'.join(words)}”有关的项目" + (f"（{len(matches)} 个）：" if len(matches) > 1 else "：")
    lines = [head]
    for k, (row, sentence) in enumerate(matches, start=1):
        num = f"{k}. " if len(matches) > 1 else ""
        lines.append(f"{num}{row['name']}（{row['department_name']}）：{money(row)}；表中写的是：{sentence}"
                     + source_note(row))
    return "\n".join(lines)


def year_only_compared(years: list[int], held: list[int]) -> str:
    """A year no loaded table is of, whose figures the tables give only as 0 worked back from a change."""
    said = "、".join(f"{y}年" for y in years)
    return (f"知识库里没有{said}的表（已加载的是{'、'.join(f'{y}年' for y in held)}的）；"
            f"表中只说与{said}相比的增减，{said}当年没有这项数字。")


def printed_sources(lines: list[tuple[str, str, str]]) -> str:
    """The funding sources as the table itself words them (项目资金来源): (label, value, unit) each."""
    return "表中“项目资金来源”写的是：" + "；".join(f"{label} {value}{unit}" for label, value, unit in lines)


def value_verdict(held: bool) -> str:
    """"…指标值是不是百分之九十五": the answer to the yes/no first, then what the table says."""
    return "是，表中的指标值就是这样写的：" if held else "不是，表中的指标值是："


def related_projects(named: list[str], rows: Sequence, printed: Sequence[tuple[str, str, str, int]] = (),
                     note: str = "") -> str:
    """"和律师有关的项目": the projects the words named, listed (the note of their tables after them); then the
    projects a general table prints as its rows (name, whose, table, line), each with where it is."""
    lines = [project_list(rows) + note] if rows else []
    lines += [f"{k}. {name}（{whose + '，' if whose else ''}{table}第{line}行）"
              for k, (name, whose, table, line) in enumerate(printed, start=len(rows) + 1)]
    return f"与“{'、'.join(dict.fromkeys(named))}”有关的项目（{len(rows) + len(printed)} 个）：\n" + "\n".join(lines)


def cost_only_in_text(row: sqlite3.Row, part: str, sentence: str) -> str:
    """A cost asked that the table names only inside a project's text ("包括安保、保洁、设备维修护费等"): no
    amount of its own; what the text says, never the project's total as if it were the part's."""
    return (f"表中没有单独列出“{part}”的金额（表中不是这样细分的）。{row['name']}的表中写的是：{sentence}"
            + source_note(row))


def no_figure_in_text(row, words: Sequence[str], sentence: str, measure: str = "") -> str:
    """How many asked of a thing the project's text only names: no number of it in the table (in the
    measure word asked, "多少株", when one was)."""
    what = f"有多少{measure}" if measure else "的数量"
    return (f"表中没有写“{'、'.join(words)}”{what}。{row['name']}的表中只写了：{sentence}" + source_note(row))


def said_in_text(row: sqlite3.Row, sentence: str) -> str:
    """A standard the project's own text states ("每人每月750元"): the sentence first, not the budget."""
    return f"{row['name']}：表中写的是：{sentence}" + source_note(row)


def projects_with(category: str, lacking: bool, rows: Sequence[sqlite3.Row], of: int,
                  named: dict[int, list[str]] | None = None) -> str:
    """Projects that have (or have not) indicators of a category; each one's indicators of it beside it
    (named: project id -> their names), so that "成本指标有哪些项目有" also says which."""
    verb = "没有" if lacking else "设有"
    what = category if category.endswith("指标") else f"{category}类指标"
    if not rows:
        who = "这个项目" if of == 1 else f"{of} 个项目都"
        return f"{who}{'设有' if lacking else '没有'}{what}。"
    lines = [f"{line}（{'、'.join(named[r['id']])}）" if named and named.get(r["id"]) else line
             for line, r in zip(project_list(rows).split("\n"), rows, strict=True)]
    return f"{verb}{what}的项目（{len(rows)} 个，共 {of} 个项目）：\n" + "\n".join(lines)


def part_not_costed(project: str, words: list[str], indicator: str) -> str:
    """Money asked of a part of a project the table names only in an indicator, not as a cost line."""
    part = "、".join(words)
    return (f"表中没有列出{project}里“{part}”的金额（表中不是这样细分的），只有指标“{indicator}”。"
            f"如果要问{project}的总金额，请说“{project}多少钱”。")


def part_not_costed_in_goal(project: str, words: list[str], sentence: str) -> str:
    """Money asked of a part of a project its goal names without a figure: the table does not cost it."""
    part = "、".join(words)
    return (f"表中没有列出{project}里“{part}”的金额（表中不是这样细分的），绩效目标里只写了：{sentence.strip()}。"
            f"如果要问{project}的总金额，请说“{project}多少钱”。")


def category_not_held(category: str, of: int) -> str:
    """A yes/no about indicators of a category no project in view has: the table has none."""
    what = category if category.endswith("指标") else f"{category}类指标"
    return f"表中没有{what}（{'这个项目' if of == 1 else f'{of} 个项目都'}没有设{what}）。"


def side_not_found(unnamed: Sequence[str], named: Sequence[str]) -> str:
    """Two things set together, one of which names no project: which one is not found, and that nothing is worked
    out from the other alone."""
    said = "、".join(f"“{w}”" for w in dict.fromkeys(unnamed))
    found = "、".join(f"“{n}”" for n in dict.fromkeys(named))
    return (f"知识库里没有找到{said}这个项目（没有一个项目的名称包含这些字），所以没法和{found}一起计算。"
            "请说出它的完整名称或所在部门。")


def stage_not_printed(said: str, columns: list[str], table: str) -> str:
    """A stage of the money (实际到位, 已拨付) asked of a table printing only what was allotted: what the row's figure
    is, without it, and that the stage is not there."""
    shown = "、".join(f"“{c}”" for c in dict.fromkeys(columns))
    return f"表中没有“{said}”的数：{table}这一处只列了{shown}，没有{said}多少（列出的数不是{said}的数）。"


def score_not_printed(project: str, what: str) -> str:
    """"高标准农田第三方评价得分": a score the project's 自评表 prints no line of."""
    return f"{project}的自评表里没有“{what}”的得分（只有自评总分和各指标、资金执行的得分）。"


def namesake_of_another_year(table: str, name: str, year: int) -> str:
    """A project asked with no year, printed by its department's table of another year too: that table named."""
    return f"（{table}里也有“{name}”，要看那一年的请说“{year}年{name}”）"


def not_on_the_sheet(project: str, asked: str) -> str:
    """A follow-up about a 自评表 project whose sheet prints nothing of what is asked (another sheet may)."""
    return f"{project}的自评表里没有找到“{asked.removeprefix(project + '的')}”。"


def figures_left_blank(cells: list[str]) -> str:
    """The cells an answer would show all print a dash ("上年结转资金 全年执行数：—"): the table has no such figure."""
    shown = "、".join(f"“{c}”" for c in dict.fromkeys(cells))
    return f"表中{shown}填的是“—”，没有这笔数。"


def rate_not_held(project: str, per: str, counted: list[str]) -> str:
    """A rate per one of a thing asked ("每个渡口补多少") that no indicator of the project states: what it has instead
    (its whole amount, the indicators counting the thing), never a figure worked out from them."""
    has = "项目的总金额" + "".join(f"和指标“{name}”" for name in counted[:2])
    return (f"表中没有{project}{per}的金额（表中不是按{per}列的），只有{has}。"
            f"如果要问{project}的总金额，请说“{project}多少钱”。")


def months_not_printed(spans: list[str]) -> str:
    """Month by month asked of a table printing only a span of months from January (1-6月执行数)."""
    shown = "、".join(f"“{c}”" for c in spans)
    return f"表中只有{shown}这样从1月起累计的数，没有按月分列，无法给出各月的数。"


def modifier_not_held(words: list[str]) -> str:
    said = "、".join(f"“{w}”" for w in dict.fromkeys(words))
    return f"表中没有{said}这样的数据（只有本年度各项目的预算、指标和目标），无法按{said}回答。"


NO_BALANCE = "表中没有找到同一年度的收入合计和支出合计，无法计算收支差额。"


def balance(income: str, spending: str, difference: str, unit: str) -> str:
    """收支差额 = 收入合计 − 支出合计 (negative: spending above income)."""
    return f"收支差额：{difference}{unit}（收入合计 {income} − 支出合计 {spending}）"


def place_level_not_held(said: str, places: list[str]) -> str:
    """"全市…" asked where the tables found are a county's: not that place's figure, said so."""
    return f"没有{said}的数据：找到的表是{'、'.join(places)}的，不是{said}的数。"


def total_not_of_year(years: list[int], held: list[int], department: str) -> str:
    """A total asked of a year the tables totalled are not of (another table of the department may print it)."""
    asked, own = "、".join(f"{y}年" for y in years), "、".join(f"{y}年" for y in held)
    return f"{department or '这些表'}列出项目支出合计的表是{own}的，没有{asked}的项目支出合计。"


def year_not_held(years: list[int], held: list[int], department: str = "") -> str:
    """A year asked that no table in scope is of (the one department's tables when the question is of it)."""
    asked = "、".join(f"{y}年" for y in years)
    if held and department:
        return f"{department}的表里没有{asked}的数据（它的表是{'、'.join(f'{y}年' for y in held)}的）。"
    if held:
        return f"知识库里没有{asked}的数据（已加载的表是{'、'.join(f'{y}年' for y in held)}的）。"
    return f"知识库里没有{asked}的数据（已加载的表未注明年度，无法确认是{asked}的）。"


def no_count_of(thing: str) -> str:
    """"X派几个" where no text of the project counts X: said, never its indicators counted instead."""
    return f"表中没有写“{thing}”的数量。"


def goal_sentence(row, sentence: str) -> str:
    """One sentence of a project's goal that answers the question, with where it is."""
    return (f"{row['name']}的绩效目标中写的是：{sentence.strip()}"
            + source_note(row))


def department_part(department: str, text: str) -> str:
    """One department's part of an answer given for every department."""
    return f"【{department}】\n{text}"


_NUMBERED = re.compile(r"^(\s*)(\d+)\. ", re.M)


def renumbered(text: str, offset: int, listed: int) -> tuple[str, int]:
    """Shift an answer's numbered lines by offset, when they number exactly the `listed` items it
    keeps for follow-ups; returns the text and how many items it numbers (0 when not numbered so)."""
    if not listed or len(_NUMBERED.findall(text)) != listed:
        return text, 0
    return _NUMBERED.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + offset}. ", text), listed


def no_department_totals() -> str:
    return "已加载的表里没有部门的项目预算总额，无法按部门比较。"


def departments_most(item: str, fewest: bool, order: list[tuple[str, str]], unit: str) -> str:
    """The department whose figure of one item is the most (least), then each department's figure compared; the
    departments sharing the most (least) figure are named together ("卫健委、公安局的…最多")."""
    value = order[0][1]
    head = "、".join(name for name, v in order if v == value)
    shown = "、".join(f"{name} {v}{unit}" for name, v in order)
    return f"{head}的{item}{'最少' if fewest else '最多'}：{value}{unit}（{shown}，共比较 {len(order)} 个部门）"


def department_ranking(order: list[tuple[str, float]], fewest: bool) -> str:
    """Departments by their tables' totals, the first named."""
    head, value = order[0]
    word = "最少" if fewest else "最多"
    lines = [f"已载入的表中合计{word}的部门是{head}：{format_amount(value)}。"]
    lines += [f"· {name}：{format_amount(v)}" for name, v in order]
    if len(order) > 1:  # a 部门整体 table's total is the whole budget; a project table's, its projects'
        lines.append("（各部门载入的表口径不同：有的是部门整体预算，有的是项目支出合计或单个项目。）")
    return "\n".join(lines)


def not_a_count(indicator: str, value: str | None, unit: str) -> str:
    return f"表中没有以“{unit}”计的这个数：“{indicator}”的指标值是{value or '（空）'}，不是以“{unit}”计的数量。"


def not_an_amount(indicator: str, value: str | None) -> str:
    return f"表中没有这笔钱的金额：“{indicator}”是绩效指标，指标值是{value or '（空）'}，不是金额。"


def project_owner(row) -> str:
    """Which department a project belongs to, and the unit that carries it out when the table names one."""
    unit = row["unit_name"]
    if row["owner"]:  # a 汇总 table of several departments' projects: the block names both
        text = f"{row['name']}的主管部门是{row['owner']}"
        text += f"，实施单位是{unit}" if unit else ""
        return text + f"（{row['department_name']}汇总的表）。"
    text = f"{row['name']}属于{row['department_name']}"
    if unit and unit != row["department_name"]:
        text += f"，实施（资金使用）单位是{unit}"
    return text + "。"


def time_not_stated(said: str, project: str, shown: list[str]) -> str:
    """"校舍维修什么时候开工" where the table only says when it is done: the indicators it has are named,
    their dates not given as if they answered."""
    return f"表中没有{project}的“{said}”时间，只有{'、'.join(shown)}。"


def code_not_held(codes: list[str]) -> str:
    """A subject code asked (2080704) that no loaded table prints."""
    return f"已加载的表里没有科目编码{'、'.join(codes)}（表中只列示有预算安排的科目），无法回答。"


def field_not_held(words: list[str]) -> str:
    said = "、".join(f"“{w}”" for w in dict.fromkeys(words))
    return f"{_FIELD_NOT_HELD}{said}（只有项目的预算、绩效目标、指标及指标值）。"


_FIELD_NOT_HELD = "知识库没有记录"


def field_not_held_word(text: str) -> str | None:
    """The first word a field_not_held reply says is not kept ("负责人" of 知识库没有记录“负责人”…), None for any
    other reply (the fact answerer reads the typed reading's reply so)."""
    start = _FIELD_NOT_HELD + "“"
    return text[len(start):].split("”")[0] if text.startswith(start) else None


def nothing_found_or_not_understood(text: str) -> bool:
    """Whether a reply is nothing_found_about's or one of not understanding (NOT_UNDERSTOOD, "没有看懂…" of a
    word or a place in a list): no specific reply of the question's own."""
    return text.startswith(("知识库里没有找到与", "没有看懂"))


def nothing_held_named(text: str) -> bool:
    """Whether a reply says the knowledge base has nothing of a name it quotes ("知识库里没有“…”的数据")."""
    return text.startswith("知识库里没有“")


def reached_line(row) -> str:
    """Whether one indicator's 全年完成值 reached its target."""
    verdict = reached(row["annual_value"], row["actual_value"])
    said = {True: "已完成", False: "未完成", None: "需人工判断"}[verdict]
    return f"{row['name']}：目标 {row['annual_value'] or '（空）'}，完成 {row['actual_value']}，{said}。"


def completion_alone(row) -> str:
    """"X完成值": the 全年完成值 asked, first, and whether it reached the year's target: restated only when it
    did not (or cannot be told), the gap being what matters then."""
    verdict = reached(row["annual_value"], row["actual_value"])
    target = row["annual_value"] or "（空）"
    said = {True: "已达到年度指标值", False: f"未达到年度指标值 {target}",
            None: f"年度指标值 {target}，是否达到需人工判断"}[verdict]
    return f"{row['name']}：全年完成值 {row['actual_value']}（{said}）"


def names_not_listed(thing: str, projects: Sequence[str]) -> str:
    """"涉及哪几所学校名字" of a project whose texts only count them."""
    return f"表中没有列出这些{thing}的名字：{'、'.join(projects)}只写了数量等指标。"


def not_in_texts(project: str) -> str:
    return f"表中{project}只有预算、绩效目标和指标，没有写到这一点。"


def goal_item(project: str, n: int, text: str, note: str) -> str:
    """One numbered target of a goal ("目标6：…")."""
    return f"{project}的绩效目标{n}：{text}{note}"


def goal_item_missing(project: str, n: int, count: int) -> str:
    return f"{project}的绩效目标只列了 {count} 个，没有目标{n}。"


def goal_count(project: str, count: int, note: str) -> str:
    """How many numbered targets a goal lists."""
    return f"{project}的绩效目标共列了 {count} 个（目标1至目标{count}）。{note}"


def part_not_printed(project: str, part: str) -> str:
    """A part named only in a row's （含…） bracket: the table prints the row's total, not the part's."""
    return f"表中只列出“{project}”的合计，没有单独列出其中“{part}”的金额。"


def cost_not_broken_out(project: str, part: str) -> str:
    """"X经费里Y费多少": a cost of a project its table does not break down (it prints the project's whole only)."""
    return f"表中没有细分：{project}只列了项目总额，没有单独列出其中“{part}”的金额。"


def part_in_basis(line: str, amount: str, clause: str) -> str:
    """A part of a 明细 line asked by a word its name does not hold, which its 测算依据 states with an amount."""
    return f"{clause}（{line}共 {amount}，以上为其测算依据中的说明）"


def part_of_indicator_not_printed(indicator: str, part: str) -> str:
    """A part of an indicator asked ("五险净增人数" → "其中养老保险多少") that the table does not break down."""
    return f"表中只列出指标“{indicator}”的指标值，没有单独列出其中“{part}”的数。"


def of_the_unanswered() -> str:
    """A bare follow-up ("多少钱") right after a question that found nothing: it is about that thing."""
    return "上一个问题没有找到对应的一项，这一句说的是哪一项还不清楚，请说出项目或表中的行名。"


def total_row_not_asked(row: str) -> str:
    """A follow-up the table answers only with its 合计 row, after a question about another row (or one
    that found nothing): the total is not that row's figure."""
    if not row:
        return of_the_unanswered()
    return (f"前面问的是“{row}”，表中“{row}”这一行没有找到这一项；合计行的数不是它的，不拿来当作回答。\n"
            "如果要问合计，请说“合计的…”。")


def share_of_another_fund(project: str, place: str, table: str) -> str:
    """A place's share asked right after a project, found only in the allocation table of another fund: not that
    project's share (the figure is not given as if it were)."""
    return (f"表中没有“{project}”分到{place}的数：找到的{place}分配数是《{table}》的，那是另一项资金，不是这个项目的。\n"
            f"如果要问那项资金，请说出它的名称。")


def cannot_rank_by(category: str) -> str:
    return f"{category}的指标值多为文字或百分比，无法据此给项目排名；可以问“{category}有哪些”。"


def grand_total(value: float, unit: str = "万元") -> str:
    return f"各部门合计：{format_amount(value, unit)}"


_VALUE_KIND_SAID = {"annual": "年度", "period": "实施周期"}


def value_holding(what: str, number: str, kind: str | None = None) -> str:
    """The heading of a list filtered on values: "指标值含“100”的绩效指标" ("年度指标值含…" when one kind read)."""
    return f"{_VALUE_KIND_SAID.get(kind or '', '')}指标值含“{number}”的{what}"


def percent_bound(op: str, value: float) -> str:
    """"低于90%": a bound on indicator values in words."""
    return {"gt": "高于", "lt": "低于", "ge": "不低于", "le": "不高于"}[op] + f"{value:g}%"


def no_value_within(scope: str, bound: str, what: str) -> str:
    return f"{scope}没有指标值{bound}的{what}（按指标值中的百分数比较）。"


def no_value_holding(scope: str, number: str, kind: str | None = None) -> str:
    return f"{scope}没有{_VALUE_KIND_SAID.get(kind or '', '')}指标值含“{number}”的指标。"


def same_name_elsewhere(ours: str, typed: str, theirs: list[str], lines: str) -> str:
    """A project's amount asked with no department said, when other departments print a line of its name:
    each department's figure under its name, the project's first."""
    return f"{ours}：{typed}\n{'、'.join(theirs)}（表中同名的一行）：{lines}"


def alike_in_another_table(typed: str, rows: Sequence[tuple[str, str, str]]) -> str:
    """A project's amount asked by a name another table of its department prints on rows too (a 采购意向's rows
    beside the 目标表's project; rows: (table, row, figure)): each under its table; which one is meant is not guessed."""
    lines = [f"{k}. {form}：{row} {shown}" for k, (form, row, shown) in enumerate(rows, start=2)]
    return f"有 {len(rows) + 1} 处名称相近，请看是哪一个：\n1. {typed}\n" + "\n".join(lines)


def which_budget_table(budgets: list[str], lines: Sequence[str]) -> str:
    """The question back when one department's tables of several budgets (政府性基金预算, 一般公共预算) print the row
    asked: each budget's table with its line."""
    return "这一项在几张表里都有，您问的是哪张表？\n" + "\n".join(
        f"{k}. {b}：{line}" for k, (b, line) in enumerate(zip(budgets, lines, strict=True), start=1)) \
        + "\n请回复序号（如“1”）或表名。"


def which_department(names: list[str], figures: Sequence[str] = (), tables: Sequence[str] = ()) -> str:
    """The question back when several departments' tables hold what was asked; each one's own answer beside
    its name when each has one figure (figures: one line per name, in the same order); the budget a department's
    table is of after its name, where some are (tables: one per name, "" for none: 云和县（政府性基金预算）)."""
    more = (f"\n……共 {len(names)} 个部门，请在问题里带上部门名称。" if len(names) > 10
            else "\n请回复序号（如“1”）或部门名称。")
    if tables and len(tables) == len(names) and any(tables):
        names = [f"{n}（{t}）" if t else n for n, t in zip(names, tables, strict=True)]
    if figures and len(figures) == len(names):
        return "多个部门的表里都有这一项，各部门的数如下，您问的是哪个部门？\n" + "\n".join(
            f"{k}. {n}：{line}" if line else f"{k}. {n}"
            for k, (n, line) in enumerate(zip(names, figures, strict=True), start=1)) + more
    return "多个部门的表里都有这一项，您问的是哪个部门？\n" + "\n".join(
        f"{k}. {n}" for k, n in enumerate(names[:10], start=1)) + more


def departments_holding(label: str, names: list[str], figures: Sequence[str] = ()) -> str:
    """The departments whose tables print a line ("哪些单位有住房保障支出"), each with its own answer beside it
    when it has one figure (figures: one line per name, in the same order)."""
    head = f"表里有“{label}”的部门共 {len(names)} 个：\n" if label else f"表里有这一项的部门共 {len(names)} 个：\n"
    if figures and len(figures) == len(names):
        return head + "\n".join(f"{k}. {n}：{line}" for k, (n, line) in enumerate(zip(names, figures, strict=True), start=1))
    return head + "\n".join(f"{k}. {n}" for k, n in enumerate(names, start=1))


def no_department_holds(label: str) -> str:
    """Every department's line asked of is printed blank: no department has it."""
    return f"各部门表里的“{label or '这一项'}”都是空的，没有哪个部门列了这一项的数。"


def total_not_listed(departments: list[str], label: str) -> str:
    """A department whose tables list no projects' total: said so, never a total of 0."""
    return f"{'、'.join(departments)}的表里没有列出项目支出{label}。"


@_difference_worked
def totals_compared(totals: Sequence[tuple[str, str, float, str, str]], different: bool,
                    smaller: bool = False) -> str:
    """Departments' totals set against each other, the larger first ("谁的总额少": the smaller first, the
    first line answering what was asked): each with the figure taken and the table it is printed in
    ((department, label, value, unit, table) each); tables of different kinds are said to be so (a project
    table's 合计 is not a final account's spending)."""
    ranked = sorted(totals, key=lambda x: x[2] if smaller else -x[2])
    (top, *_), (second, *_) = ranked[0], ranked[1]
    size, than = ("更小", "少") if smaller else ("更大", "多")
    if ranked[0][2] == ranked[1][2]:
        head = f"{top}与{second}的总额相同。"
    elif len(ranked) == 2 and ranked[0][3] == ranked[1][3]:
        # "哪个钱多 多多少": the difference too, worked out (the larger less the smaller).
        (_, _, a, unit, _), (_, _, b, _, _) = ranked
        high, low = max(a, b), min(a, b)
        head = (f"{top}的总额{size}，{than} {format_amount(round(high - low, 2), unit)}"
                f"（{format_amount(high, unit)} − {format_amount(low, unit)}）。")
    else:
        head = f"{top}的总额{size}。"
    lines = [head] + [f"{d}：{label} {format_amount(v, u)}（来源：{table}）" for d, label, v, u, table in ranked]
    if different:
        both = "两者" if len(totals) == 2 else "各部门"
        lines.append(f"注意：{both}的表种类不同，比较的是各自表中列出的合计，口径不完全一致。")
    return "\n".join(lines)


def kinds_differ(a: str, b: str) -> str:
    """Two departments' wholes read from tables of different kinds: said, with the kinds."""
    return f"注意：两者的表种类不同（{a}、{b}），口径不完全一致。"


def tables_differ(sides: Sequence[tuple[str, int | None, str]]) -> str:
    """Two lines set against each other read from tables of different years or kinds: each side's table said."""
    each = "；".join(f"{name}的数出自{f'{year}年' if year else ''}{form}" for name, year, form in sides)
    return f"注意：{each}，年度或表的种类不同，口径不完全一致。"


def compare_what() -> str:
    """A difference asked with only one figure in view."""
    return "只有一项，没法比较：请说明要和哪个项目（或哪一项）比，例如“比公务用车多多少”。"


def listed_project_extreme(word: str, rows: Sequence[sqlite3.Row], compared: int) -> str:
    """"其中经费最少的是信访工作经费：总计 60.00万元（共比较 3 项）" over the projects just listed."""
    lines = "；".join(amount_line(r) for r in rows)
    return f"其中经费{word}的是{lines}（共比较 {compared} 项）{source_note(rows[0])}"


def listed_added(parts: Sequence[tuple[str, float, str]]) -> str:
    """"两项合计 80万元：聘请法律顾问费用 12 + 日常运行经费 68" over the items just listed."""
    unit = parts[0][2]
    total = sum(v for _, v, _ in parts)
    return f"{len(parts)} 项合计 {total:.10g}{unit}：" + " + ".join(f"{n} {v:.10g}" for n, v, _ in parts) + "（按上面列出的各项）"


def each_of_listed(pairs: Sequence[tuple[str, str]], source: str) -> str:
    """"分别多少钱" of the items just listed: each item's amount as the list gave it."""
    return "；".join(f"{name}：{figure}" for name, figure in pairs) + (source or "（按上面列出的各项）")


def listed_not_added(n: int) -> str:
    """The items just listed have no figures of one unit to add."""
    return f"上面列出的 {n} 项没有同一单位的金额，没法相加；请说明要加的是哪几项的哪一个数。"


def extreme_value(rows: Sequence[sqlite3.Row], highest: bool) -> str:
    """"指标值最高的是X（Y项目）：≥95%（共比较 4 项）" over indicators whose values are numbers of one unit;
    "" when the values are texts or of several units (no honest order)."""
    numbered = [(r, m) for r in rows if (m := _TARGET.match(r["annual_value"] or ""))]
    if not numbered or len({m.group(3) or _unit_of_name(r["name"]) for r, m in numbered}) != 1 \
            or len(numbered) < len(rows):
        return ""
    best = (max if highest else min)(float(m.group(2)) for _, m in numbered)
    top = [r for r, m in numbered if float(m.group(2)) == best]
    word = "最高" if highest else "最低"
    # (rows of several departments: whose each is, the department said beside its project)
    whose = len({r["department_name"] for r in rows}) > 1

    def of(r: sqlite3.Row) -> str:
        return f"{r['project_name']}，{r['department_name']}" if whose else r["project_name"]
    # (the others' values beside it: every department compared is named in the answer)
    rest = [f"{of(r)} {r['annual_value']}" for r in rows if r not in top] if whose else []
    others = "；其余：" + "；".join(rest) if rest else ""
    return "；".join(f"指标值{word}的是{r['name']}（{of(r)}）：{r['annual_value']}" for r in top) \
        + f"（共比较 {len(rows)} 项{others}）"


_UNIT_IN_NAME = re.compile(r"[（(]([^（）()\d]{1,4})[）)]$")


def _unit_of_name(name: str) -> str:
    """"城镇新增就业人数（人）": the unit a name prints in brackets at its end, which its bare values ("50000") are in."""
    m = _UNIT_IN_NAME.search(name or "")
    return m.group(1) if m else ""


NO_ORDER_AMONG_VALUES = "这些指标的指标值不都是同一单位的数字，无法比较高低，以下是全部：\n"


# -- answers over labelled facts (bot/answer/facts/ computes, these say it) --------------------------


def clause_not_found(answered: list[str], clause: str) -> str:
    """The clauses answered, then the one the tables cannot answer: never dropped silently."""
    return "\n".join(answered) + f"\n“{clause}”：表中没有找到。"


def only_kind_printed(row: str, column: str, kind: str) -> str:
    """"承接的是哪家社会组织" of a row printing only 承接主体类型: the kind is all the table says."""
    return f"表中“{row}”只列了{column}（{kind}），没有写具体是哪一家。"


def column_not_in_row(row: str, asked: str, columns: Sequence[str]) -> str:
    """"执法记录仪单价多少" of a row printing no 单价: said so, with the columns the row does print."""
    return f"表中“{row}”这一行没有“{asked}”这一项（这张表列的是：{'、'.join(columns)}）。"


def time_not_held(asked: str) -> str:
    """"X哪天发行的" of a table printing no date of its rows: what it does print is no time."""
    return f"表中没有这一项的时间（日期），无法回答“{asked}”。"


def measure_answered_by_money(asked: str, name: str) -> str:
    """"它有多少编制", "具体扶持哪几个村": things counted or listed, where the table gives only the money (never
    shown in its place)."""
    return f"表中没有列出“{name}”{asked}：表里只有它的金额，无法回答“{asked}”。"


def actual_not_held(asked: str, tables: Sequence[str]) -> str:
    """"X实际发了多少" of a table of targets only: the target is not what was done, and the table says no more
    (the asking word said: "实际" alone asks what was 实际完成)."""
    said = "实际完成" if asked == "实际" else asked
    return f"{'、'.join(tables)}只列了目标值，没有{said}的数，表中查不到实际是多少（目标值不是实际完成情况）。"


def breakdown_not_held(by: str, name: str) -> str:
    """"X分到各乡镇多少" of a table with no 乡镇 of the row: it gives the row's whole only, never that as the answer."""
    return f"表中没有把“{name}”按{by}分开列出（只有它的总数），查不到各{by}分别是多少。"


# A row of a phrase's namesakes: its name, its money cells (a header, a number as printed, a unit; no header: the
# project's 总计) and its table (table_name)
PhraseRow = tuple[str, Sequence[tuple[str | None, str, str]], str]
_TOTAL = "总计"


def rows_of_one_phrase(phrase: str, rows: Sequence[PhraseRow]) -> str:
    """"X的钱有多少" where X is part of the names of a few rows (of one table or several): each, never one as if
    it were the only one."""
    lines = [f"{name}：{'；'.join(_phrase_cell(*cell) for cell in cells)}（{table}）" for name, cells, table in rows]
    listed = "\n".join(f"{k}. {line}" for k, line in enumerate(lines, start=1))
    return f"表中名称含“{phrase}”的有{len(lines)}项：\n{listed}"


def _phrase_cell(label: str | None, number: str, unit: str) -> str:
    return f"{_TOTAL if label is None else label} {number}{unit}"


def row_of_table(name: str, table: str) -> str:
    """A row offered to choose by with its table ("城区污水管网改造（…2025年民生实事项目完成情况表）")."""
    return f"{name}（{table}）"


def checked_against(yes: bool | None, line: str) -> str:
    """"是一年的吗" of a row whose words say 三年: 不是 (是) and those words; the words alone when how long is asked."""
    return line if yes is None else ("是。" if yes else "不是。") + line


def line_not_in_table(lines: Sequence[str], table: str, column: str) -> str:
    """"X本级会议费" → "那交通运输局本级呢" of a line the table of 会议费 does not list (another table does)."""
    return f"{table}里没有列出{'、'.join(lines)}，查不到它的{column}。"


def column_not_in_rows(column: str, rows: str) -> str:
    return f"表中“{rows}”这一行没有“{column}”这一项。"


def kind_not_of_line(said: str, line: str, kind: str) -> str:
    """"彩票公益金收入" of a table whose only such line is 彩票公益金安排的支出: not that line's figure."""
    return f"表中没有“{said}”这一项（“{line}”是{kind}）。"


def rank_of(name: str, shown: str, place: int, of: int, low: bool = False) -> str:
    """"柳湾镇合计排第几": the place of a row's figure among its group's rows."""
    order = "从少到多" if low else "从多到少"
    return f"{name}：{shown}，在同组 {of} 项中{order}排第{place}。"


def batch_not_loaded(asked: str, forms: list[str]) -> str:
    """"第二批…分多少" where the table loaded is the 第一批's."""
    return f"没有{asked}的数据：已加载的是{'、'.join(forms)}。"


def place_kind_not_held(departments: list[str], kind: str) -> str:
    """"湛江人社局的乡镇财政收入": the department's tables list no rows of that kind of place."""
    return f"{'、'.join(departments)}的表里没有按{kind}列出的数据，无法回答“{kind}”的数。"


def unit_projects_not_held(unit: str) -> str:
    """A unit of a list asked of its projects ("第二个单位的项目经费合计") when no loaded project table holds it:
    said so, never its line of the table the list came from."""
    return f"表中没有{unit}的项目：已加载的项目表都没有列出这个单位，无法给出它的项目经费。"


def unit_not_in_last_table(said: str) -> str:
    """"政府购买服务2026年合计" → "质监站呢": the table just answered from has no line of that unit (settled: never its
    figure of another table)."""
    return f"“{said}”：刚才那张表中没有找到这个单位的这一项。"


def fact_word_not_found(word: str) -> str:
    return f"“{word}”：表中没有找到。"


def detail_not_written(row: str) -> str:
    """"具体编什么规划" of a row whose table prints only its figures, its kind and its office."""
    return f"表中没有写“{row}”的具体内容（只列了它的金额、类型等），无法回答。"


def only_its_review(said: str, row: str) -> str:
    """"家庭医生签约服务费" where the table lists only 家庭医生签约服务绩效评估: a review of it, not the thing."""
    return f"表中没有“{said}”本身的数，只有“{row}”（对它的评估/考核，不是同一项）。"


def rows_having(rows: list[tuple[str, str]]) -> str:
    """"离休的在哪个单位": the rows holding a value in that column, with it."""
    return "；".join(f"{name}：{value}" for name, value in rows)


def share_not_worked_out() -> str:
    """A share asked whose part or whole the table does not print (no line of that name)."""
    return "表中没有找到能算这个占比的两项（部分和整体），算不出占比；请说出表中的行名。"


def change_not_found() -> str:
    """A change asked of a line whose table prints no earlier year's figure nor a change column."""
    return "表中没有可比的上年数（也没有增减列），算不出增减。"


def negation_not_read(word: str) -> str:
    """A question that picks the rows WITHOUT something, in a shape the tables' reading cannot filter by."""
    return f"表中没法按“{word}…”这个条件筛选，为免答错不作答；可以问“哪些…有…”再对照。"


def no_row_named(name: str, has: str) -> str:
    """A name said that no row of the table is (its words fit different rows): never one of those rows."""
    return f"表中没有“{name}”这一行（它的字分别只出现在不同的行里）。表中相近的有：{has}"


def none_does_of_those(what: str) -> str:
    """"住建局哪个服务是做X的": a row does X, but not one of the department, year or table said."""
    return f"所问的部门、年度或表中没有写到做“{what}”的项目（别的部门、年度或表里有）。"


def meaning_not_noted() -> str:
    """"X指什么": no note of the tables in scope says what it means, and a figure of it does not."""
    return "表中的注释没有说明它指什么（表里只有它的数额，不能当作它的含义）。"


def no_row_has(column: str) -> str:
    return f"表中各单位的“{column}”都是 0。"


def fact_parts(whole: str, parts: list[tuple[str, str]]) -> str:
    """"卫生健康支出 → 具体是哪一项": the rows under the one just shown, with their values."""
    return f"{whole}下面的明细：" + "；".join(f"{name} {value}" for name, value in parts)


def whole_not_in_project_table(form: str) -> str:
    """"部门整体支出" asked of a table of projects only: its 合计 is the projects', not the department's."""
    return f"表中只有各项目的数（{form}），它的合计是这些项目的合计，不是部门整体支出。"


def whole_not_in_table_of_kind(form: str) -> str:
    """"民政局部门预算总额" where only a table of one kind of spending prints the department's line: that line is
    the department's part of that kind, not its whole budget, which no table loaded holds."""
    return f"知识库里没有这个部门的部门预算总额：{form}里它的小计（合计）只是这一类的数，不是部门预算总额。"


def line_not_under(group: str, line: str, others: list[str]) -> str:
    """"全民健身赛事活动下没有委托业务费": a line asked of a group that only other groups of the table have."""
    return f"表中“{group}”下没有“{line}”这一项（{'、'.join(others)}下才有）。"


def fact_no_parts(whole: str) -> str:
    return f"表中没有把“{whole}”再分成更细的项目。"


def fact_share(part: str, whole: str, a: str, b: str, result: str) -> str:
    return f"{part}占{whole}的 {percent_shown(result)}：{a} ÷ {b} = {result}%"


def value_defined(column: str, value: str, clause: str) -> str:
    """"评价等级为“良”：80（含）-90分为“良”（按表注）": how the table's note says a mark is given."""
    return f"{column}为“{value}”：{clause}（按表注）"


def note_defined(term: str, note: str, shown: str) -> str:
    """A figure the table's note defines ("基本支出中302类为公用经费"), read as the note says."""
    return f"{term}（按表注“{note}”）：{shown}"


def share_of_both(part: dict, other: dict, result: str) -> str:
    """One of the two figures just shown as a share of the two added up, with the arithmetic."""
    n = f"{part['value']:.10g}"
    return (f"{part['label']}占两者合计的 {result}：{n} ÷ ({n} + {other['value']:.10g}) = {result}"
            f"（两者合计 {part['value'] + other['value']:.10g}{part['unit']}，另一项是{other['label']}）")


def fact_proportion(first: str, second: str, a: str, b: str, simple: str, pa: str, pb: str) -> str:
    """Two figures one to the other ("中央和市级比例"): both shown, their ratio, and each one's part of the two."""
    return f"{first} 与 {second} 之比：{a} : {b} = {simple}（两者合计中各占 {percent_shown(pa)} 和 {percent_shown(pb)}）"


def with_sources(line: str, sources: Sequence[str]) -> str:
    """A line worked out from figures of several tables, then where they came from."""
    return line + (f"（来源：{'；'.join(dict.fromkeys(sources))}）" if sources else "")


@_difference_worked
def agreement_of_tables(department: str, first: tuple[str, str], second: tuple[str, str], differ: str) -> str:
    """One department's figure in two tables (label, figure each), and whether they agree (differ: by how much, or
    "" when equal)."""
    said = f"{department}两张表的数：{first[0]} {first[1]}；{second[0]} {second[1]}。"
    return said + (f"两者不一致，相差 {differ}" if differ else "两者一致")


def fact_times(first: str, second: str, a: str, b: str, result: str, unit: str) -> str:
    """One figure as a multiple of another ("是…的几倍"), both figures and the division shown."""
    return f"{first} {a}{unit} 是 {second} {b}{unit} 的 {result} 倍：{a} ÷ {b} = {result}"


_KIND_WORDS = {"people": "人数", "quantity": "数量", "money": "金额", "names": "名称（只印了数字）", "area": "面积"}


def fact_kind_missing(kind: str, has: str) -> str:
    """The kind of value asked (people, quantity, money) is not what the table gives for the item."""
    return f"表中没有这一项的{_KIND_WORDS[kind]}。表中有：{has}"


def item_in_unit(name: str, unit: str) -> str:
    """An item named with the unit its figure is in, the figure left out (a unit not asked)."""
    return f"{name}（以{unit}计）" if unit else f"{name}（文字内容）"


def needs_two_figures(ratio: bool, found: str) -> str:
    """A share or a difference needs two figures: one alone is not the answer."""
    return f"算{'比例' if ratio else '差额'}需要两个数，表中只找到：{found or '没有可计算的数'}"


def only_a_number(name: str, shown: str) -> str:
    return f"表中只有{name}（{shown}），没有逐一列出名称"


def only_one_found(name: str, shown: str) -> str:
    return f"只找到一项：{name} {shown}；问的其他项表中没有找到"


def one_of_added_found(name: str, shown: str) -> str:
    """Two things asked added up, only one of them read: that one's figure, never given as the sum."""
    return f"要相加的几项里只认出一项：{name} {shown}；另一项没有认出来，无法相加（可以分开问，或写出每一项的完整名称）"


def quoted_passage(name: str, passage: str) -> str:
    """The words a question quotes, found in one text of a table: that passage of it."""
    return f"{name}中写的是：{passage.rstrip('；;，,')}"


def none_funded(lines: list[str]) -> str:
    """The lines asked as those holding an amount ("买了啥"), none of which holds one."""
    return f"表中这几项都没有金额（为0或空）：{'、'.join(lines)}"


def budget_not_printed(note: str, column: str = "预算数") -> str:
    """A column's figure (预算数, 决算数) asked of a table left blank, whose note says it holds no figures (the
    note, cited)."""
    return f"表中没有列出这一项的{column}，表的说明写明：{note}"


def table_holds_none(note: str) -> str:
    """A figure asked whose only match is the note under a table left blank, saying the table holds none (the
    note, cited): no such figure."""
    return f"表中没有这一项的数据，表的说明写明：{note}"


def left_out_not_read(said: str) -> str:
    """A question leaving some rows out ("除了教育局，其他…加起来") that no reader took apart: the figures found are
    of those very rows — said not worked out, never answered with them."""
    return f"问题里的“{said}”（把某些行除开后再算）还不会算，找到的数里正含有被除开的那一项，所以不作答；可以分别问合计和要除开的那一项。"


def figure_left_out(note: str) -> str:
    """A figure asked that the table's own note says it leaves out (its note, cited)."""
    return f"表中没有这一项的金额，表的说明写明：{note}"


def note_not_of_the_thing(word: str) -> str:
    """A question whose words only a table's note matches, while the thing it names is in no note: not found."""
    return f"表中没有找到“{word}”这一项（只有表的注里有问题中的词，注说的不是它）。"


def figure_not_in_notes(note: str) -> str:
    """A count or figure asked that only a note without any figure matches: that note counts nothing."""
    return f"表中没有这个数，只有表的注写着：{note}"


def figure_not_printed_apart(note: str) -> str:
    """A figure asked that the table only names in a note, printing no figure of it."""
    return f"表中没有单列这个数，表的说明只写明：{note}"


def projects_not_of_department() -> str:
    """The projects a sum points at are in another department's table than the one asked."""
    return "这些项目不在问的部门的表里。"


def listed_not_as_counted(said: int, found: int) -> str:
    """A sum said to add N things after a list of another length: which ones is not clear."""
    return f"问的是 {said} 个相加，刚才列出的有 {found} 项，不清楚是哪 {said} 个；请说出要加的各项。"


def items_not_as_counted(said: int, found: int) -> str:
    """A sum said to add N items over a group of another size: which ones is not clear."""
    return f"问的是 {said} 项相加，表中这一组有 {found} 项，请说明是哪几项。"


def none_noted(name: str, note: str) -> str:
    """A figure whose cell is empty because, as the table's note says, there was none."""
    return f"{name}：{BLANK_CELL}，表的说明写明：{note.rstrip('。')}。"


def of_year(name: str, year: int) -> str:
    """A figure's name with the year it is of, when that is not its table's: "2023年收入支出总计"."""
    return f"{year}年{name}"


def fact_value(name: str, shown: str) -> str:
    return f"{name}：{shown}"


def line_cell(name: str, owner: str | None, column: str, shown: str) -> str:
    """One cell of a line named by its indicator, with the line's owner (its project) when known:
    "发明专利授权量（知识产权专项资金） 纠偏措施：加强培育"."""
    return fact_value(f"{name}（{owner}） {column}" if owner is not None else f"{name} {column}", shown)


def stated_in_text(column: str, clause: str, figure: str) -> str:
    """A figure a text cell states ("实际完成情况" → "农村居民人均可支配收入29860元"): the clause as printed."""
    return f"{column}中写的是：“{clause}”，即 {figure}"


def spent_from_fund(column: str, rows: list[tuple[str, str]]) -> str:
    """"政府性基金拨款多少" → "用在哪些支出上": the lines printing a figure in that fund's column."""
    return f"“{column}”一栏有数的支出（{len(rows)} 项）：" + "；".join(f"{name} {value}" for name, value in rows)


def use_noted(clause: str) -> str:
    """The use of a line stated by the table's note ("政府性基金预算拨款收入全部用于城乡社区支出")."""
    return f"表注：{clause}"


def no_spending_of_fund(row: str) -> str:
    """The use of a fund's line asked where no one column of the other side is of that fund."""
    return f"表中没有与“{row}”同名的支出一栏，看不出这笔钱用在哪些支出上。"


def no_counterpart(row: str, side: str) -> str:
    """"对应的支出呢" after a fund's 收入 line when no one 支出 line is named for that fund."""
    return f"表中没有与“{row}”对应的一行{side}（没有以同一项基金命名的{side}行）。"


def remark_empty(row: str, what: str = "原因") -> str:
    """A reason (or where the money goes) asked of a row whose 备注 cell is empty: the table does not say."""
    return f"表中{row}的备注为空，没有写明{what}。"


def premise_not_the_rows(row: str, column: str, value: str, said: str) -> str:
    """A reason asked of a state a row does not print ("X为啥取消" of a row whose 整合方式 is 保留): what it prints."""
    return f"表中{row}的{column}是“{value}”，不是“{said}”，没有这一情况的原因可说。"


def premise_year_not_printed(row: str, years: list[int], shown: list[tuple[str, str]]) -> str:
    """"为什么26年是0" of a row of a table printing no column of that year: no such figure (what it prints)."""
    said = "、".join(f"{y}年" for y in years)
    printed = "；".join(f"{k}：{v}" for k, v in shown)
    return f"表中没有{row}{said}的数，不能说它是0" + (f"（表中{printed}）" if printed else "") + "。"


def premise_figure_not_zero(row: str, column: str, value: str) -> str:
    """"为什么24年是0" of a row whose figure of that year is not 0: what it is."""
    return f"表中{row}{column}是{value}，不是0。"


def remark_not_saying(row: str, what: str, remark: str) -> str:
    """What a row's 备注 might say (its fund) asked of a row whose 备注 says something else: not said."""
    return f"表中{row}的备注（{remark}）没有写明{what}。"


def item_figures(name: str, pairs: list[tuple[str, str]]) -> str:
    """An indicator listed with its figures: "补贴农机具数量：年度目标值 400台，1-6月完成值 110台，…"."""
    return f"{name}：" + "，".join(f"{col} {shown}" for col, shown in pairs) if pairs else name


def line_in_head(head: str, name: str) -> str:
    """A short line named with the head it is indented under ("工资福利支出/基本工资"), the two kept apart (glued,
    "工资福利支出基本工资" reads as one name the table does not print). No space: a fact's name is its row
    before its column's, split at the first space."""
    return f"{head}/{name}"


def line_under(name: str, head: str) -> str:
    """A line named with the head it stands under, where another head has a line of the same name."""
    return f"{name}（{head}下）"


def row_head_value(row: str, head: str, value: str) -> str:
    """A row listed under a head of the table ("部门（单位）"): what it is listed under, asked of the row."""
    return f"{row}属于{value}（表中“{head}”一栏）"


def price_of_one(each: str, amount: str, count: str) -> str:
    """The price of one worked out of a row's amount and count, the sum shown (0.16万元/台（预算金额 6.4万元 ÷ 数量 40台）)."""
    return f"{each}（按{amount} ÷ {count}计算，表中未列单价）"


def fact_values(pairs: list[tuple[str, str]]) -> str:
    return "；".join(f"{name}：{shown}" for name, shown in pairs)


def one_value_in_columns(row: str, shown: str, columns: str) -> str:
    """One row printing one figure in several columns (收入合计 = 支出合计): said once."""
    return f"{row}：{shown}（{columns}）"


def not_in_tables_of_kind(name: str, kinds: Sequence[str], found: Sequence[str]) -> str:
    """"那象山县教育局呢" after a department's 项目支出 total: the name has no table of that kind; where it is printed
    instead (another table's row, another measure) said, never that row's figure as the answer."""
    return (f"表中没有{name}的{'、'.join(kinds)}，没有这项数据；{name}只出现在{'、'.join(found)}里（那是另一项数据）。")


def class_within(department: str, name: str) -> str:
    """A class of rows kept to one department's rows (租用 of 公安局's assets just listed)."""
    return f"{department}{name}"


def publisher_has_no_rows(publisher: str, form: str, blocks: Sequence[str]) -> str:
    """The office publishing a table of other departments' blocks, asked as if it had rows of its own."""
    shown = "、".join(b.removesuffix("小计") for b in blocks[:8]) + ("等" if len(blocks) > 8 else "")
    return (f"{form}是{publisher}编制的，表中列的是{shown}共 {len(blocks)} 个部门的数据，{publisher}本身没有列出。"
            f"可以问某个部门的（如“{blocks[0].removesuffix('小计')}{form.removesuffix('表')}多少”），或问全表合计。")


def item_rows_each(item: str, pairs: list[tuple[str, str]]) -> str:
    """An item printed on several rows (each unit's 台式计算机), one figure asked: each row's shown apart."""
    lines = [f"{k}. {name}：{shown}" for k, (name, shown) in enumerate(pairs, start=1)]
    return f"表中有 {len(pairs)} 行是“{item}”，分别是：\n" + "\n".join(lines)


def which_fact(names: list[str]) -> str:
    return "表中有多项符合，您问的是哪一项？\n" + "\n".join(f"{k}. {n}" for k, n in enumerate(names, start=1))


def also_a_row(row_text: str) -> str:
    """A table's row named like the projects a question back offers, shown after the options."""
    return f"另外，表中还有：{row_text}"


def which_row_after_unanswered(rows: list[str]) -> str:
    return "上一个问题没有找到对应的一项，这个问题是问哪一项的？\n" + "\n".join(f"{k}. {n}" for k, n in enumerate(rows, start=1))


def subject_code(name: str, code: str) -> str:
    """The budget subject code printed before the row's name."""
    return f"{name}的科目编码是 {code}"


def row_of_code(code: str, row: str) -> str:
    """"DP04是哪个街道": the row printed with that code."""
    return f"{code} 是：{row}"


def top_of_listed(n: int, lowest: bool, items: list[tuple[str, str]]) -> str:
    """"前三名是谁" of a list just shown: its places in order, each with its figure."""
    head = f"{'倒数' if lowest else '前'} {n} 名："
    return head + "\n" + "\n".join(f"{k}. {name}：{value}" for k, (name, value) in enumerate(items, start=1))


def only_row(head: str, name: str, column: str, shown: str) -> str:
    """"项目主管部门为“X局”的只有 1 项：A工程，债券金额 14000万元": one row picked, named with its figure."""
    return f"{head}只有 1 项：{name}，{column} {shown}"


def row_column_not_printed(row: str, asked: str, columns: list[str]) -> str:
    """"城南片区…什么时候发行": the sheet prints nothing of that kind for its rows; what it does print."""
    return f"表中没有{row}“{asked}”这样的信息（这张表只列出：{'、'.join(columns)}），无法回答。"


def item_with_figure(name: str, shown: str, column: str = "") -> str:
    """One item of a list of a sheet's rows: "A工程（28000万元）", "A工程（用作项目资本金 5000）"."""
    return f"{name}（{column} {shown}）" if column else f"{name}（{shown}）"


def bound_of_no_unit(bound: str, column: str, units: list[str]) -> str:
    """"超过1000的" over cells printed in several units (万元 and 元): which unit the bound is in is not guessed."""
    return f"表中{column}的单位不一（{'、'.join(units)}），“{bound}”是按哪个单位无法确定，请带上单位再问（如“{bound}万元”）。"


def ranked_place(n: int, name: str, value: str) -> str:
    return f"第{n}是{name}：{value}"


def ranked_place_from_end(n: int, name: str, value: str) -> str:
    """"倒数第2是X：76.5分": a place counted from the bottom of the ranking just shown."""
    return f"倒数第{n}是{name}：{value}"


def no_per_head_indicator(project: str, indicator: str, per: str) -> str:
    """"执法检查企业数量" → "人均的呢" where the project counts only the whole: no per-head figure in the table."""
    return f"表中没有{per}的数：{project}只列了“{indicator}”的总数，没有按{per}细分的指标。"


def part_not_in_shown(row: str, table: str, part: str) -> str:
    """A part asked of the figure just shown (其中…) that its table does not break down: never another table's row."""
    return f"表中没有细分：{table}里{row}只列了总数，没有单独列出其中“{part}”的数（表中不是这样细分的）。"


def no_per_unit(per: str, row: str) -> str:
    of = f"“{row}”" if row else "这一项"
    return f"表中没有{of}{per}的数额（表中不是这样细分的）。"


def difference_not_worked() -> str:
    """"A比B多多少" whose answer found one thing only: no figure of one side given as the difference."""
    return ("没有同时找到要比较的两项，算不出相差多少（只找到其中一项，或两项说的不是表中的同一种数）。"
            "请把两项的全称分别说出来再问，例如“A项目比B项目多多少”。")


def no_line_under(part: str, whole: str, whole_only: bool = False) -> str:
    """A part asked of a figure the table does not break down; whole_only: the table prints the whole's own line
    alone (its total and the columns of its row), which is what it has — never given again as the part."""
    has = f"表中只有“{whole}”这一行的数，没有再往下拆分。" if whole_only else ""
    return f"表中“{whole}”下面没有列出“{part}”这一项（没有这样的明细），无法回答它的数额。{has}"


def column_not_under(parent: str, child: str) -> str:
    """A column asked under a parent column the table does not split it from."""
    return f"表中“{parent}”下没有“{child}”这一栏（没有这项数额）。"


def part_not_broken_down(part: str, whole: str) -> str:
    return f"表中没有单列“{part}”：它含在“{whole}”里，表中没有拆分出它的数额。"


def not_listed_apart(thing: str) -> str:
    """A follow-up naming a thing none of the values just shown is: the table does not list it apart."""
    return f"表中没有单独列出“{thing}”的数（刚才那一行里没有这一项）。"


def item_has_no_money(item: str, figures: str) -> str:
    """The money of an indicator asked: the table prints only its target and what is done."""
    return f"表中没有“{item}”的金额：它是一项绩效指标，表中只有{figures}。"


def budget_kind_not_held(kind: str) -> str:
    return f"表中没有{kind}的数据（找到的只是名称相近的其他项目），无法回答。"


def flow_not_in_table(asked: str, form: str, held: str) -> str:
    return f"找到的是{form}，表中列的是{held}，没有{asked}的数据，无法回答{asked}。"


def beyond_plan_head(plan: str, checked: int) -> str:
    return f"超过{plan}的（共比较 {checked} 项）"


def none_beyond_plan(plan: str, checked: int) -> str:
    return f"共比较 {checked} 项，没有超过{plan}的。"


def months_with_figures(row: str, items: list[str]) -> str:
    """The months a row of a monthly table prints a figure in (a blank month: nothing that month)."""
    if not items:
        return f"{row}各月都没有数（表中空白）。"
    return f"{row}有数的月份（{len(items)} 个）：{'、'.join(items)}"


def same_period_only(name: str, shown: str) -> str:
    """A whole year asked of a table printing only the same months of that year (上年同期)."""
    return f"表中没有全年的数，只有同期（同样月份）的数：{name} {shown}。"


def too_many_facts(named: str) -> str:
    return f"表中有多项符合：{named}……请说得更具体一些（如行、列的名称）。"


def top_facts(word: str, lines: list[str], compared: int) -> str:
    """"最多的 3 项（共比较 12 项）：1. 增值税 …": the first places of a ranking, in order."""
    most = "最少" if word == "min" else "降幅最大" if word == "fall" else "最多"
    body = "\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1))
    return f"{most}的 {len(lines)} 项（共比较 {compared} 项）：\n{body}"


def no_projects_listed(departments: list[str]) -> str:
    """A project list asked of tables that list no projects of their own."""
    return f"{'、'.join(departments) or '这些表'}的表里没有列出项目。"


def year_table_lists_no_projects(year: int, tables: list[str]) -> str:
    """A project list asked of a year whose tables list no projects (a 决算 of that year, the projects in another
    year's 目标表): said so, never the other year's list."""
    return f"{year}年的表（{'、'.join(tables)}）没有列出项目及其预算；列出项目的是其他年度的表，不是{year}年的数。"


def groups_by_count(word: str, groups: list[str], n: int, compared: int) -> str:
    """"哪一类项目最多": the group(s) holding the most (fewest) rows, with how many."""
    most = "最多" if word == "max" else "最少"
    return f"项目{most}的是{'、'.join(groups)}：{n} 个（共比较 {compared} 类）"


def units_by_count(word: str, units: list[str], n: int, compared: int, rows: list[str]) -> str:
    """"哪个单位采购项目最多": the unit(s) holding the most (fewest) rows, how many, and the first one's rows."""
    most = "最多" if word == "max" else "最少"
    return f"项目{most}的是{'、'.join(units)}：{n} 项（共比较 {compared} 个单位）：{'、'.join(rows[:30])}"


def subtotal_of_rows(n: int) -> str:
    """"（表中印出的小计，与其 4 项相加相符）": a department's printed 小计 said to be its rows' sum."""
    return f"（表中印出的小计，与其 {n} 项相加相符）"


def fact_sum(parts: list[tuple[str, str]], total: str, unit: str) -> str:
    """"合计 1,390万元：A 860 + B 530 = 1,390万元": the values used and the arithmetic."""
    expr = " + ".join(f"{name} {value}" for name, value in parts)
    return f"合计 {total}{unit}：{expr} = {total}{unit}"


def mean_shown(values: list[str], mean: str, unit: str) -> str:
    """"（720 + 940）÷ 2 = 830元": a mean with its arithmetic."""
    return f"（{' + '.join(values)}）÷ {len(values)} = {mean}{unit}"


def per_one_not_added(column: str, parts: list[tuple[str, str]], asked_sum: bool, mean: str = "") -> str:
    """A column of figures per one (生均标准, 单价, 拨付进度) over several rows: each row's own figure, or "均为 X
    （3 项）" when they are one; asked 一共/合计, said to be a figure per one that rows do not add up to."""
    shown = {v for _, v in parts}
    if len(shown) == 1:
        body = f"{column}均为 {shown.pop()}（{len(parts)} 项：{'、'.join(n for n, _ in parts)}）"
    else:
        body = f"{column}：" + "；".join(f"{n} {v}" for n, v in parts)
    if not asked_sum:
        return body
    return (f"“{column}”是按每个单位计的标准或比率，各行加起来没有意义，不做合计。{body}"
            + (f"。如要平均值：{mean}" if mean else ""))


def project_items_added(project: str, parts: list[tuple[str, str]], total: str, unit: str) -> str:
    """"X项目 合计 109.74万元：A 78.12 + B 31.62 = 109.74万元": a project's items (or several projects) added up,
    the table printing no total of it."""
    return f"{project} {fact_sum(parts, total, unit)}"


def not_counted_in(said: str, unit: str, row: str, shown: str) -> str:
    """"篮球买多少个" where only 移动式篮球架 (16副) holds 篮球: no such thing counted in that unit."""
    return f"表中没有按“{unit}”计数的“{said}”：表中相近的只有{row}（数量 {shown}），不是所问的这一项。"


def project_total(project: str, total: str, unit: str, items: list[str]) -> str:
    """"X项目 合计 109.74万元（含 3 个品目：A、B、C）": a project's items added up, the table printing no
    total of it."""
    return f"{project} 合计 {total}{unit}（含 {len(items)} 个品目：{'、'.join(items)}）"


def entities_counted(kind: str, names: list[str], own: Sequence[str] = (), under: bool = False) -> str:
    """"这张表有几个部门": the entity rows of the table, counted and named; own: the department's own lines
    among them (本级), said apart — left out when the units under it are asked ("下属几个单位")."""
    if under and own:
        rest = [n for n in names if n not in own]
        return f"下属{kind}共 {len(rest)} 个：{'、'.join(rest)}（不含{'、'.join(own)}）"
    if own:
        return (f"表中共有 {len(names)} 个{kind}（含{'、'.join(own)}，下属{kind} {len(names) - len(own)} 个）："
                f"{'、'.join(names)}")
    return f"表中共有 {len(names)} 个{kind}：{'、'.join(names)}"


def entities_having(kind: str, item: str, found: list[tuple[str, str]], checked: int) -> str:
    """"哪个部门有因公出国费": the rows whose line holds a figure, with it (or that none does)."""
    if not found:
        return f"表中 {checked} 个{kind}的“{item}”都没有数（空白或 0）"
    lines = "；".join(f"{name}：{shown}" for name, shown in found)
    return f"有“{item}”的是{'、'.join(n for n, _ in found)}（共 {checked} 个中的 {len(found)} 个）：{lines}"


def entities_lacking(kind: str, item: str, names: list[str], checked: int) -> str:
    """"哪个单位没有事业收入": the rows whose line holds no figure (blank or 0) in the column asked."""
    if not names:
        return f"表中 {checked} 个{kind}都有“{item}”"
    return f"没有“{item}”（空白或 0）的是{'、'.join(names)}（共 {checked} 个中的 {len(names)} 个）"


def entity_difference_extreme(kind: str, rows: list[tuple[str, str, str, str]], first: str, second: str, unit: str,
                              compared: int) -> str:
    """"哪个所实有人数超过编制最多": the row(s) whose one column less the other is largest (smallest), worked."""
    shown = "；".join(f"{first} {a} - {second} {b} = {d}{unit}" if len(rows) == 1 else
                     f"{name}：{first} {a} - {second} {b} = {d}{unit}" for name, a, b, d in rows)
    return f"{first}比{second}{'多得最多' if kind == 'max' else '多得最少'}的是{'、'.join(r[0] for r in rows)}：{shown}（共比较 {compared} 个）"


def entity_ranked(kind: str, column: str, n: int, from_least: bool, name: str, shown: str, compared: int) -> str:
    """"按合计排第二的单位": the row at that place of a column's ranking, with its figure."""
    place = f"倒数第{n}" if from_least else f"第{n}"
    return f"排{place}的{kind}是{name} {column}：{shown}（按{column}从{'少到多' if from_least else '多到少'}排，共比较 {compared} 个）"


def entities_sum(kind: str, column: str, item: str, total: str, unit: str, parts: list[tuple[str, str]],
                 left_out: Sequence[str] = ()) -> str:
    """"这几个部门2025年三公合计": the entity rows' figures of one column added up, each addend shown; the rows
    said to be left out ("乡不算") named after."""
    expr = " + ".join(f"{name} {value}" for name, value in parts)
    what = f"{len(parts)}{'个' + kind if kind else '项'}{'' if not item or item.endswith(('合计', '小计', '总计')) else item}{column}"
    apart = f"（不含{'、'.join(left_out)}）" if left_out else ""
    return f"{what}{'' if what.endswith(('合计', '总计')) else '合计'} {total}{unit}：{expr} = {total}{unit}{apart}"


PERCENT_POINTS = "个百分点"  # the unit of a difference of two rates (执行率 25% 比 序时进度 75% 少 50个百分点)


def formula_noted(clause: str) -> str:
    """How a figure is worked out, as the table's note defines it."""
    return f"表的注释写明：{clause}"


ADJUSTED_WORDS = {"up": "调增", "down": "调减", "any": "调整"}


def _adjusted_span(before: str, after: str) -> str:
    """"年初预算 1600 → 调整后预算 1820"; either side alone when the table prints only it beside the change."""
    return f"{before} → {after}" if before and after else before or after


def adjusted_row(name: str, before: str, after: str, a: str, b: str, d: float, abs_d: str, unit: str,
                 printed: str = "", reason: str = "") -> str:
    """"X：年初预算 1600 → 调整后预算 1820，调增 220万元（1820 - 1600 = 220万元）"; the change the table prints
    said as printed ("（调整数 -355）"); the row's reason after it when asked."""
    why = f"；调整原因：{reason}" if reason else ""
    span = _adjusted_span(before, after)
    if d == 0:
        return f"{name}：{span}，预算未调整{why}"
    word = "调增" if d > 0 else "调减"
    sign = "" if d > 0 else "-"
    how = f"（{printed}{unit}）" if printed else f"（{a} - {b} = {sign}{abs_d}{unit}）"
    return f"{name}：{span}，{word} {abs_d}{unit}{how}{why}"


def reason_blank(name: str, lines: list[tuple[str, str, str, str, str]]) -> str:
    """A line whose reason cell is blank, with the reasons of the lines under it (name, 调增/调减, change,
    unit, reason)."""
    head = f"表中“{name}”一行没有填写调整原因"
    if not lines:
        return head + "。"
    return head + "；其下各科目的调整原因：" + "".join(
        f"\n{k}. {n}（{w} {d}{u}）：{why}" if w else f"\n{k}. {n}：{why}"
        for k, (n, w, d, u, why) in enumerate(lines, start=1))


def adjusted_rate(change: str, start: str, percent: str) -> str:
    """"，调整幅度 2.91%（675.6 ÷ 23197）": the change over the year's first budget."""
    return f"，调整幅度 {percent}%（{change} ÷ {start}）"


def adjusted_most(word: str, least: bool, name: str, before: str, after: str, unit: str, abs_d: str, n: int,
                  percent: str = "") -> str:
    """The row adjusted most (or least) that way, of n rows compared; by the change's rate when percent is given."""
    if percent:
        most = "最小" if least else "最大"
        return (f"{word}幅度{most}的是{name}：{_adjusted_span(before, after)}，{word} {abs_d}{unit}，"
                f"幅度 {percent}%（共比较 {n} 项）")
    most = "最少" if least else "最多"
    return f"{word}{most}的是{name}：{_adjusted_span(before, after)}，{word} {abs_d}{unit}（共比较 {n} 项）"


def adjusted_listed(word: str, lines: list[tuple[str, str, str, str, str]], n: int, counted: bool,
                    level: str = "") -> str:
    """The rows whose budget was adjusted that way (each: name, before, after, unit, change), of n rows (of
    the subject level asked: 类, 款, 项)."""
    kind = f"{level}级科目" if level else "项目"
    if not lines:
        return f"没有预算{word}的{kind}（共检查 {n} 项）"
    head = f"预算{word}的{kind}有 {len(lines)} 个（共 {n} 项）：" if counted \
        else f"预算{word}的{kind}（{len(lines)} 个，共 {n} 项）："
    return head + "".join(f"\n{k}. {name}：{_adjusted_span(before, after)}，{word} {d}{unit}"
                          for k, (name, before, after, unit, d) in enumerate(lines, start=1))


def fact_difference(name_a: str, year_a: int | None, name_b: str, year_b: int | None, a: str, b: str,
                    d: float, abs_d: str, signed_d: str, unit: str) -> str:
    """"A比B多 N万元：a - b = N万元" (with each side's year when they differ)."""
    name_a += f"（{year_a}年）" if year_a is not None else ""
    name_b += f"（{year_b}年）" if year_b is not None else ""
    word = "多" if d >= 0 else "少"
    return f"{name_a}比{name_b}{word} {abs_d}{unit}：{a} - {b} = {signed_d}{unit}"


def unit_conversion(printed: str, converted: str) -> str:
    """"89724814.05元 = 8972.48万元"."""
    return f"{printed} = {converted}"


def units_converted(conversions: list[str]) -> str:
    """The amounts of another unit, converted before the arithmetic: "（单位换算：89724814.05元 = 8972.48万元）"."""
    return f"（单位换算：{'；'.join(conversions)}）" if conversions else ""


def printed_rate(label: str, shown: str) -> str:
    return f"（表中{label} {shown}）"


def computed_rate(rate: str) -> str:
    return f"（{percent_shown(rate)}）"


def level_above(what: str, level: str, label: str) -> str:
    """"2070701资助国产影片放映 属于类“207文化旅游体育与传媒支出”"."""
    return f"{what} 属于{level}“{label}”"


def placed_under(what: str, head: str, label: str) -> str:
    """"东湖项目的满意度指标 放在一级指标“效益指标”下"."""
    return f"{what} 在表中放在{head}“{label}”下"


def ratio_not_stated(row: str) -> str:
    """"利润收入按啥比例收" of tables whose notes state no such ratio: its share of a total is not it."""
    return f"表中没有写明{row}按什么比例（它占合计的比例不是这个比例）。"


def proportion_not_a_share() -> str:
    return "表中没有写明这一项的分担比例（它占总预算的比例不是分担比例）。"


def growth_rate(rate: str, up: bool, change: str = "", earlier: str = "") -> str:
    """The change over the earlier figure, said as asked: "，增长 23.71%（1290 ÷ 5440）"."""
    shown = f"（{change} ÷ {earlier}）" if change and earlier else ""
    return f"，{'增长' if up else '下降'} {percent_shown(rate.lstrip('-'))}{shown}"


NO_TOTAL_FOR_SHARE = "算占比需要这一项和它所在列的合计，表中没有找到合计。"
SUM_OF_ITEMS = "各项之和"


def fact_rate(row: str, rate: str, done: str, plan: str, result: str) -> str:
    return f"{row} {rate} {percent_shown(result)}：{done} ÷ {plan} = {result}%"


def fact_rate_printed(row: str, rate: str, printed: str, done: str, plan: str) -> str:
    return f"{row} {rate} {printed.rstrip('%')}%（表中所列）：{done} ÷ {plan}"


def printed_change(row: str, changes: list[str], years: list[tuple[str, str]]) -> str:
    """"一般公共预算财政拨款支出 比上年减少 63.14万元、比上年下降 2.1%（2023年 3003.19万元 → 2024年 2940.05万元）"."""
    shown = "（" + " → ".join(f"{y}年 {v}" for y, v in years) + "）" if years else ""
    return f"{row} {'、'.join(changes)}{shown}"


def printed_share(row: str, share: str) -> str:
    return f"{row} 占 {share}（文中所列）"


def no_rate(rate: str) -> str:
    return f"表中没有{rate}，也没有可以计算它的数。"


def no_project_named(name: str) -> str:
    """A name said whole that no project has ("健步设施专项资金": its words are each of other projects)."""
    return f"知识库里没有名为“{name}”的项目。"


def head_count_not_printed(asked: str, labels: list[str]) -> str:
    """A head count asked by a label the table does not print: the labels it does print, without their figures."""
    return f"表中没有“{asked}”这一项（表中的人数只有：{'、'.join(dict.fromkeys(labels))}，不是一回事）。"


def head_counts_of(lines: list[str], asked: str) -> str:
    """A department's head counts as its table labels them; the label asked, when the table prints another."""
    told = f"表中没有“{asked}”这一项，表中的人数：" if asked else ""
    return f"{told}{'；'.join(lines)}"


def row_of_table_holding(table: str, name: str, values: list[tuple[str, str]], source: str) -> str:
    """"哪几个表有X": a 自评表's row of the indicator, beside the projects listing it."""
    if not values:
        return ""
    return f"【{table}】\n  {name}：{'；'.join(f'{c}：{v}' for c, v in values)}{source}"


def whole_rate_instead(department: str, year: str, rate: str) -> str:
    """A project's rate asked again of another department and year, the project not its: the department's own."""
    return f"（{department}没有这个项目，以上是它{year}年整体的{rate}。）"


def year_not_printed(department: str) -> str:
    """A follow-up to another department carrying the year of the one before: its tables print no year."""
    return f"（{department}的表没有注明年度，以上是表中本身那一年的数。）"


def not_in_department(department: str) -> str:
    return f"{department}的表中没有找到这一项。"


@_difference_worked
def departments_difference(name_a: str, name_b: str, a: str, b: str, abs_d: str, signed_d: str, unit: str,
                           higher: str = "", lower: str = "") -> str:
    """Two departments' figures of one item and their difference; which is the larger first when they differ."""
    head = f"{higher}比{lower}多 {abs_d}{unit}。" if higher else ""
    big, small = (b, a) if signed_d.startswith("-") else (a, b)  # the larger less the smaller
    return f"{head}{name_a} {a}{unit}，{name_b} {b}{unit}，相差 {abs_d}{unit}：{big} - {small} = {abs_d}{unit}"


def fewer_departments(count: int, found: list[str]) -> str:
    """A question about several departments answered from fewer departments' tables."""
    return f"问的是 {count} 个单位，但只在{'、'.join(found)}的表里找到这一项，无法按 {count} 个单位回答。请说明是哪几个单位。"


def documents_cited(name: str, numbers: list[str]) -> str:
    """The documents a text just shown cites, by their numbers."""
    return f"{name}所依据的文件（{len(numbers)} 个）：{'、'.join(numbers)}"


def items_summed_label(n: int) -> str:
    """How the sum of the items just shown is named when it is set against another figure."""
    return f"以上{n}项合计"


@_difference_worked
def which_is_higher(department: str, word: str, equal: bool, big: str, small: str, diff: str, unit: str) -> str:
    """The first line of "A和B谁的X高/哪个X多": whose figure is the larger (smaller), in the word asked, by how
    much, or that they are equal; each department's own answer follows."""
    if equal:
        return f"两者相同，都是 {big}{unit}。"
    return f"{department}的更{word}，相差 {diff}{unit}：{big} − {small} = {diff}{unit}"


def by_department(parts: list[tuple[str, str]]) -> str:
    return "\n".join(f"{department}：{text}" for department, text in parts)


def departments_without_line(departments: list[str], line: str) -> str:
    """The departments asked of whose tables print no such line ("各部门经营支出" of one department printing it)."""
    shown = "、".join(departments[:8]) + ("等" if len(departments) > 8 else "")
    return f"{shown}的表中没有“{line}”这一项。"


def holding_value_head(column: str, value: str) -> str:
    """"资金来源含“专项债”的": the rows whose cell names that value, alone or with others (上级补助+专项债)."""
    return f"{column}含“{value}”的" if column else f"含“{value}”的"


def having_value_head(column: str, value: str, whole: bool = True) -> str:
    """"责任处室为“排水管理处”的": the rows a printed value selects; "备注含“并入本级”的" when the value said is a
    clause of the cells'."""
    return f"{column}{'为' if whole else '含'}“{value}”的" if column else f"“{value}”的"


def project_named_item(row) -> str:
    """A project listed beside a table's rows: "桐庐县水利局农村饮用水…运维经费（158.6万元；来源：file 第N行，table）"."""
    amount = f"{money(row)}；" if row["total"] is not None else ""
    return f"{row['department_name']}{row['name']}（{amount}来源：{source_text(row)}）"


def named_by_word_head(word: str) -> str:
    """"名称含“公路”的": the rows whose own names hold a word said."""
    return f"名称含“{word}”的"


def having_figure_head(column: str) -> str:
    """"有调减的": the rows printing a figure (not 0) in a column."""
    return f"有{column}的"


def without_head(column: str) -> str:
    """"没有中央资金的": the rows a column leaves blank (or 0)."""
    return f"没有{column}的"


def in_period_head(column: str, period: str) -> str:
    """"预计采购时间在一季度的": the rows whose month falls in a period said."""
    return f"{column}在{period}的"


def marked_head(column: str, mark: str) -> str:
    """"是否面向中小企业预留为“是”的": the rows a tick-box column selects."""
    return f"{column}为“{mark}”的"


def joined_columns(columns: list[str]) -> str:
    """The headers of the columns marking the rows listed, when tables word them differently."""
    return "、".join(columns)


def none_marked(head: str, checked: int) -> str:
    if head.startswith("没有"):  # (a without_head: "没有2026年预算的" found in none: each has one)
        return f"共 {checked} 项，每项都有{head[2:].removesuffix('的')}。"
    return f"共 {checked} 项，没有{head}。"


def place_of_value(value: str, place: str, rows: str) -> str:
    """"石门村在白岭镇（白岭镇高山茶园提质项目的建设地点）": the town of the rows whose cell prints the value."""
    return f"{value}在{place}（{rows}的建设地点）"


def place_not_broken_down(place: str, thing: str) -> str:
    """"X镇的一般公共预算收入": the place is printed only as a project's 建设地点; the line said is not by place."""
    return f"表中的“{thing}”没有按“{place}”分列（“{place}”只是项目的建设地点），没有{place}的这个数。"


def value_rows_lack(head: str, thing: str, rows: list[str]) -> str:
    """"建设地点乡镇（街道）为“X乡”的共 1 项：…，其中没有“光伏电站项目”": the rows a value said selects, none of them
    the thing said with it — listed, never one of them given as the answer."""
    return f"表中{head}没有“{thing}”这一项。{numbered_items(rows, head)}"


def weight_in_header(factor: str, weight: str, header: str) -> str:
    """The weight of an allocation factor as the table's header prints it."""
    return f"{factor}的权重是{weight}（表头：{header}）"


def by_column(column: str, text: str) -> str:
    """One column's answer among several no word chose between: "按人员补助：最多的是…"."""
    return f"按{column.split(chr(31))[-1]}：{text}"


def not_broken_down_by(kind: str, most: bool) -> str:
    """"X哪个乡镇最多" of a table printing no row of that kind: it is not broken down so."""
    return f"表中没有按{kind}分列的数，看不出哪个{kind}{'最多' if most else '最少'}（表中不是这样细分的）"


def no_rows_of_kind(kind: str, rows: int) -> str:
    """"各街道…" of a table none of whose rows is named …街道: said, never the table's whole."""
    return f"表中 {rows} 行里没有名称以“{kind}”结尾的，无法按“{kind}”回答"


def count_said_differs(said: int, kind: str, found: int) -> str:
    """"12个乡…" where the table lists another number of …乡 rows: the rows found are what is answered."""
    return f"（注意：表中名称以“{kind}”结尾的有 {found} 个，不是 {said} 个；以下按 {found} 个计算）"


def among_the_kind(kind: str) -> str:
    """Before the first of the rows whose names end with a kind said (乡) when the first of all is not one."""
    return f"只看名称带“{kind}”的："


def count_not_in_table(rows: str, noun: str) -> str:
    """"X镇一共有多少个村" of a table with no such count: said, never the named rows counted."""
    return f"表中没有{rows}有多少个{noun}的数（表中不是按{noun}列的）"


def count_only_included(row: str, noun: str, where: str, sentence: str) -> str:
    """A count asked that the table states only as a part the row includes ("含…12个村")."""
    return f"表中没有{row}共有多少{noun}的数；{where}写的是“{sentence}”（只是其中包含的部分）"


def noun_not_counted(rows: list[str], noun: str) -> str:
    """"美丽乡村精品村建几个村" answered only by the rows its words name (美丽乡村精品村建设资金, one row): the table
    counts no such thing; the rows named are no count of it."""
    named = "、".join(rows[:3]) + ("等" if len(rows) > 3 else "")
    return f"表中没有{named}涉及多少{noun}的数（表里只有这{'一' if len(rows) == 1 else '几'}行的金额等，没有按{noun}计的数量）。"


def counted_items(items: list[str], head: str = "") -> str:
    return f"{head}共 {len(items)} 项：{'、'.join(items[:30])}"


def units_counted(items: list[str], own: list[str], under: bool) -> str:
    """A department's units counted with its own line (本级) among them: said apart; left out when the units
    under it are asked ("下属几个单位")."""
    if under:
        rest = [x for x in items if x not in own]
        return f"下属单位共 {len(rest)} 个：{'、'.join(rest[:30])}（不含{'、'.join(own)}）"
    return f"共 {len(items)} 个单位（含{'、'.join(own)}，下属单位 {len(items) - len(own)} 个）：{'、'.join(items[:30])}"


def numbered_items(items: list[str], head: str = "", count: int | None = None) -> str:
    """"共 N 项：\n1. …": at most 30 shown (count: how many there are, when only some are given)."""
    lines = [f"{k}. {item}" for k, item in enumerate(items[:30], start=1)]
    more = f"\n……共 {len(items)} 项" if len(items) > 30 else ""
    return f"{head}共 {len(items) if count is None else count} 项：\n" + "\n".join(lines) + more


def items_with_total(items: list[str], head: str, total: str, unit: str) -> str:
    """"X 共 N 项：\n1. …\n合计 T万元": rows listed with their money and, when they add up (total given), their sum."""
    return numbered_items(items, head) + (f"\n合计 {total}{unit}" if total else "")


def completion_line(row: str, rate: str, done: str, plan: str) -> str:
    """"四、城市基础设施配套费收入：完成预算% 111.3%（执行数 5120万元，预算数 4600万元）": a row of a side checked."""
    return f"{row}：{rate + '（' if rate else ''}{done}，{plan}{'）' if rate else ''}"


def rows_by_completion(flow: str, over: bool, lines: list[str], checked: int, classes: bool = False) -> str:
    """"哪些收入超额完成了" of a table printing 收入 and 支出 side by side: the rows of that side above (below) budget
    (its items, or its classes — 一、二、 — when those were asked)."""
    word = "超额完成预算" if over else "没有完成预算"
    level = "类" if classes else "项"
    if not lines:
        return f"{flow}各{level}中没有{word}的（共检查 {checked} {level}）。"
    return numbered_items(lines, f"{flow}各{level}中{word}的（执行数{'高于' if over else '低于'}预算数，共检查 {checked} {level}）")


def row_by_completion_ranked(flow: str, low: bool, lines: list[str], classes: bool = False) -> str:
    """"哪项支出完成率最低" of a table printing 收入 and 支出 side by side: the row (rows, when tied) at the extreme
    among its items, or its classes when those were asked ("哪类支出…")."""
    head = f"{flow}各{'类' if classes else '项'}中完成预算比例最{'低' if low else '高'}的是"
    return head + lines[0] if len(lines) == 1 else numbered_items(lines, head + "（并列）")


def table_total_line(table: str, column: str, amount: str) -> str:
    """"2026年部门项目支出预算表合计（财政拨款小计）：6327.41万元": a table's own 合计 row in one column."""
    return f"{table}合计{'' if column in ('', '合计', '总计') else f'（{column}）'}：{amount}"


def projects_of_blocks(table: str, counts: list[tuple[str, int]]) -> str:
    """"部门项目支出预算表一共多少个项目": the rows of each department's block added up, each department's beside."""
    each = "、".join(f"{d} {n} 个" for d, n in counts)
    return f"{table}共列 {sum(n for _, n in counts)} 个项目（{each}）"


def departments_with_column(column: str, lines: list[tuple[str, str]], of: int) -> str:
    """"哪些部门有政府性基金": the departments whose 小计 prints the column, each with its figure, of how many."""
    return numbered_items([f"{d}：{amount}" for d, amount in lines], f"{of} 个部门中小计列有{column}的")


def rows_besides(department: str, left_out: str, rows: list[str]) -> str:
    """"X局除了Y还有哪些项目": the department's other rows of its block, the one left out said."""
    return numbered_items(rows, f"{department}除了{left_out}，其他项目")


def departments_subtotals(table: str, label: str, lines: list[tuple[str, str]]) -> str:
    """"各部门项目支出分别多少": each department of a table of department blocks by its own 小计."""
    return numbered_items([f"{d}：{amount}" for d, amount in lines], f"{table}各部门的{label}")


def departments_of_table(table: str, departments: list[str]) -> str:
    """"有哪些部门的预算执行进度数据": the departments a table of departments lists."""
    return numbered_items(departments, f"{table}列出的部门")


def departments_of_first_only(first: str, second: str, departments: list[str], kind: str = "部门") -> str:
    """"哪些部门只有支出预算没有会议费预算": the departments (or units) the first table lists and the second does not."""
    if not departments:
        return f"{first}列出的{kind}在{second}里都有"
    return numbered_items(departments, f"{first}列出而{second}没有列出的{kind}")


def departments_of_both(first: str, second: str, departments: list[str], kind: str = "部门") -> str:
    """"哪些部门既有支出预算又有会议费预算": the departments (or units) both tables list."""
    if not departments:
        return f"没有{kind}同时列在{first}和{second}里"
    return numbered_items(departments, f"{first}和{second}都列出的{kind}")


def lines_with_only(head: str, has: str, lacks: str, lines: list[str], checked: int) -> str:
    """"商品和服务支出里哪些明细只有项目支出没有基本支出": the lines under the head that print one and not the other."""
    if not lines:
        return f"{head}下的 {checked} 项中，没有只有{has}、没有{lacks}的。"
    return numbered_items(lines, f"{head}下只有{has}、没有{lacks}的（共检查 {checked} 项）")


NOTHING_TO_SET_AGAINST_PLAN = "表中没有可以对照的预算数和完成数。"
THIS_PERIOD = "这一时段"


def none_of_checked(checked: int, tail: str = "") -> str:
    return f"没有。共检查 {checked} 项{tail}"


def item_with(k: int, name: str, shown: str, other_label: str, other_shown: str) -> str:
    """"1. 3月：120万元（预算数 100万元）": an item beside the figure it was checked against."""
    return f"{k}. {name}{'：' + shown if shown else ''}（{other_label} {other_shown}）"


def checked_list(lines: list[str], checked: int, word: str = "") -> str:
    return f"{word}{'的' if word else ''}共 {len(lines)} 项（共检查 {checked} 项）：\n" + "\n".join(lines)


def blank_cell(row: str, column: str, yes_no: bool) -> str:
    """A row's cell left blank under a column its table prints: empty, never another column's figure."""
    if yes_no:
        return f"没有：表中“{row}”的“{column}”一栏为空（未列数）。"
    return f"表中“{row}”的“{column}”一栏为空（未列数），没有这一项的数。"


def contrast_not_held(said: str, theirs: str, owner: str, kind: str, names: list[str]) -> str:
    """A name asked with a word (城镇) where the table's like name says another of its kind (乡村): not held, never
    that name's figure; what the owner (a project, else the tables) has of that kind instead."""
    has = "、".join(names[:8]) + (" 等" if len(names) > 8 else "")
    where = f"{owner}的{kind}" if owner else kind
    return f"表中{where}里没有“{said}”的这一项（相近的写的是“{theirs}”，不是一回事）。{where}有：{has}"


def no_such_part(what: str, asked: str, has: str, not_broken_down: bool) -> str:
    """A sub-item the table does not break down: never the parent's figure, and what it does have."""
    why = "（表中不是这样细分的）" if not_broken_down else ""
    asked = asked.strip("、，, ")
    if not what:  # (the row is the conversation's, not said in the question: the rows it has are listed)
        return f"表中没有“{asked}”这一项{why}。表中有：{has}"
    return f"表中没有“{what}”的“{asked}”这一项{why}。表中关于“{what}”的有：{has}"


def department_overview(table: str, total: str, projects: int, largest: list[str], facts: int) -> str:
    parts = [table]
    if total:
        parts.append(f"总额 {total}")
    if projects:
        parts.append(f"项目 {projects} 个，最大的：{'、'.join(largest)}")
    parts.append(f"数据项 {facts} 个")
    return "，".join(parts)


def kind_of_year_not_held(years: list[int], kind: str, have: list[int]) -> str:
    """"购买服务2026年合计" → "那上年呢" with no 2025 purchase table loaded: that year's table of the kind is not."""
    asked = "、".join(f"{y}年" for y in years)
    return f"没有{asked}的{kind}数据（已加载的{kind}是：{'、'.join(f'{y}年' for y in have) or '无'}）。"


def years_not_held(missing: list[int], have: list[int]) -> str:
    have_text = "、".join(f"{y}年" for y in have) or "无"
    return f"没有 {'、'.join(str(y) for y in missing)} 年的数据，现有：{have_text}。"


def kind_not_held(department: str, kind: str, held: list[str]) -> str:
    return (f"{department}没有{kind}的表，无法回答{kind}的数（已加载的是：{'、'.join(held) or '无'}）。"
            f"\n可以问这些表里的数，例如预算、指标和目标。")


def table_kind_not_loaded(department: str, kind: str, held: list[str]) -> str:
    """"农业农村局部门收支总表里的项目支出" where that department has no table of the kind named: what it has."""
    return (f"{department}没有加载{kind}（已加载的是：{'、'.join(held) or '无'}），查不到其中的数。"
            f"\n可以问这些表里的数。")


def table_subject_not_held(department: str, kind: str, held: list[str]) -> str:
    """"白云区信访局专项债用了多少" where that department has no table of the kind: what it has instead."""
    return (f"{department}没有加载{kind}的表，查不到{kind}的数（已加载的是：{'、'.join(held) or '无'}）。"
            f"\n可以问这些表里的数，例如预算、指标和目标。")


def year_text(year: int | None) -> str:
    return f"{year}年" if year else ""


NOTHING_TO_SUBTRACT = "表中这一项没有可以相减的计划数和完成数。"
NOTHING_TO_COMPARE = "表中这些项没有可比较的数字。"
NOTHING_FOUND_OF_ROWS = "表中没有找到符合的项。"  # the rows asked narrowed to none: never an empty answer
NOTHING_TO_SET_AGAINST_TARGET = "表中没有可以对照的目标值和完成值。"


def left_or_over(row: str, verb: str | None, d: str, unit: str, plan_label: str, done_label: str,
                 first: str, second: str) -> str:
    """"X尚未执行 12.6万元：年度预算数 与 全年执行数 之差 320 - 307.4 = 12.6万元" (verb None: 超出)."""
    what = f"尚未{verb}" if verb is not None else "超出"
    return f"{row}{what} {d}{unit}：{plan_label} 与 {done_label} 之差 {first} - {second} = {d}{unit}"


def left_of_the_stage(row: str, verb: str, d: str, unit: str, parts: list[tuple[str, str]],
                      done: tuple[str, str]) -> str:
    """"X尚未分配 90万元：中央下达金额 1960 + 省级下达金额 880 − 已分配金额 2750 = 90万元"."""
    whole = " + ".join(f"{label} {n}" for label, n in parts)
    return f"{row}尚未{verb} {d}{unit}：{whole} − {done[0]} {done[1]} = {d}{unit}"


def done_by_year_end(row: str, plan_label: str, rate: str, done_label: str, done: str, plan: str, whole_label: str,
                     whole: str) -> str:
    """"合计 完成2025年计划投资后累计完成总投资的 70.1%：(截至2024年底累计完成投资 67370 + 2025年计划投资 69170) ÷ 总投资 196420"."""
    return f"{row} 完成{plan_label}后累计完成{whole_label}的 {percent_shown(rate)}：({done_label} {done} + {plan_label} {plan}) ÷ {whole_label} {whole}"


def works_in_year_head(column: str, year: int, verb: str) -> str:
    """"2025年完工的（按建设起止年限）" (the head of the rows listed)."""
    return f"{year}年{verb}的（按{column}）"


def rows_on_date_head(column: str, date: str, verb: str) -> str:
    """"2022年3月24日发行的（按发行日期）" (the head of the rows listed)."""
    return f"{date}{verb}的（按{column}）"


def investment_left(row: str, left: str, unit: str, parts: list[tuple[str, str]], _facts: list) -> str:
    """"X 完成2025年计划投资后尚需投资 12300万元：总投资 48600 − 截至2024年底累计完成投资 21300 − 2025年计划投资 15000"."""
    (whole, a), (done, b), (plan, c) = parts
    return f"{row} 完成{plan}后尚需投资 {left}{unit}：{whole} {a} − {done} {b} − {plan} {c} = {left}{unit}"


def deducted(row: str, d: str, unit: str, full_label: str, full: str, got_label: str, got: str) -> str:
    """"惠民资金发放及时率 扣 1分：分值 7 − 得分 6 = 1分"."""
    return f"{row} 扣 {d}{unit}：{full_label} {full} − {got_label} {got} = {d}{unit}"


def deducted_total(total: str, unit: str) -> str:
    return f"共扣 {total}{unit}："


def printed_left(row: str, verb: str, value: str, unit: str, label: str) -> str:
    """"X尚未执行 422.78万元（表中“未执行数”一栏）": the table's own figure of what is left; a balance at the end,
    "X还剩 1.84亿元（表中“期末余额”一栏）"."""
    if label.endswith("余额"):
        return f"{row}还剩 {value}{unit}（表中“{label}”一栏）"
    return f"{row}尚未{verb} {value}{unit}（表中“{label}”一栏）"


def per_head(row: str, money: str, people: str, result: str, unit: str, measure: str = "人", count: str = "",
             result_unit: str = "") -> str:
    """"基本支出人均 14.78万元：10891.62 ÷ 737人（财政供养人员数） = 14.78万元"; per 户 / 辆 likewise; a result
    in a smaller unit than the amount's ("169.09万元 ÷ 58420人 = 28.94元")."""
    per = "人均" if measure in ("人", "人次") else f" 平均每{measure}"
    result_unit = result_unit or unit
    return (f"{row}{per} {result}{result_unit}：{money}{unit} ÷ {people}{measure}{f'（{count}）' if count else ''}"
            f" = {result}{result_unit}")


def no_per_head(rows: str, has: str) -> str:
    return f"表中没有按人平均的数，也没有同一行的人数可以计算（{rows}）。表中有：{has}"


def per_head_not_stated(row: str, has: str) -> str:
    """"吉强镇人均分多少" of a table allotting by a population factor: the table states no figure per head; the
    money and the factor it does print are shown, never divided as if the table said so."""
    return f"表中没有{row}的人均数（人口是分配资金的一个因素，表中没有按人头分配的数）。表中有：{has}"


_EXTREME_WORDS = {"fall": "降幅最大", "max": "最多", "min": "最少"}


def rows_left_out(names: list[str]) -> str:
    return f"不算{'、'.join(names)}，"


def fact_extreme(kind: str, names: list[str], shown: str, compared: int) -> str:
    return f"{_EXTREME_WORDS[kind]}的是{'、'.join(names)}：{shown}（共比较 {compared} 项）"


def none_changed_so(direction: str, compared: int, names: list[str], shown: str) -> str:
    """"减少最多" when no row fell (增长最多 when none grew): none did, and the nearest one labelled as what it is."""
    fell = direction == "fall"
    nearest = f"增加最少的是{'、'.join(names)}：{shown}" if fell else f"减少最少的是{'、'.join(names)}：{shown}"
    return f"没有{'减少' if fell else '增长'}的：比较的 {compared} 项都{'没有减少（都增加或持平）' if fell else '没有增长（都减少或持平）'}；{nearest}"


def period_extreme(word: str, line: str, measure: str, periods: list[str], shown: str, compared: int) -> str:
    """"合计 实际最多的是9月：560.92万元（共比较 10 个月）": a line's largest (smallest) period."""
    unit = "个季度" if any("季度" in p for p in periods) else "个月"
    return f"{line} {measure}{word}的是{'、'.join(periods)}：{shown}（共比较 {compared} {unit}）"


def period_compared(period: str, first: str, shown: str, other: str, other_shown: str) -> str:
    """One period meeting a comparison: "4月（实际 445.17万元，预算 198.23万元）"."""
    return f"{period}（{first} {shown}，{other} {other_shown}）" if other else f"{period}（{first} {shown}）"


def periods_meeting(line: str, condition: str, items: list[str], compared: int) -> str:
    """"合计 实际超过预算的有 4 个（共 10 期）：4月（…）、5月（…）"."""
    return f"{line} {condition}的有 {len(items)} 个（共 {compared} 期）：{'、'.join(items)}"


def no_period_meets(line: str, condition: str, compared: int) -> str:
    return f"{line} {condition}的一个也没有（共 {compared} 期）"


def months_added(line: str, word: str, span: str, measure: str, items: list[tuple[str, str]], total: str, unit: str) -> str:
    """"农村公路养护工程 上半年（1-6月）实际：163.98 + … = 1521.91万元": a period's months added up."""
    return f"{line + ' ' if line else ''}{word}（{span}）{measure}：{total}{unit}（{' + '.join(v for _, v in items)} = {total}）"


def periods_difference(line: str, measure: str, a: tuple[str, str], b: tuple[str, str], diff: str, unit: str) -> str:
    """"农村公路养护工程 实际：10月 131.85万元，9月 560.92万元，10月比9月 -429.07万元"."""
    return f"{line} {measure}：{a[0]} {a[1]}，{b[0]} {b[1]}，{a[0]}比{b[0]}{'多' if not diff.startswith('-') else '少'} " \
        f"{diff.lstrip('-')}{unit}"


def span_extreme(long: bool, names: list[str], shown: str, years: int, compared: int) -> str:
    """"最长的是X：执行期限 2023-2030年（8年）" of a column of spans of years (shown: the column and its value)."""
    return f"{'最长' if long else '最短'}的是{'、'.join(names)}：{shown}（{years}年）（共比较 {compared} 项）"


def fact_earliest(early: bool, names: list[str], shown: str, compared: int) -> str:
    """"最早的是县第三中学 开工时间：2022年9月" of a column of dates."""
    return f"{'最早' if early else '最晚'}的是{'、'.join(names)}：{shown}（共比较 {compared} 项）"


def class_column_added(name: str, column: str) -> str:
    """"公路养护类2025年预算合计": a class's rows added up in a column, as the whole a row's figure is a share of."""
    return f"{name}{_column_added(column)}"


def _column_added(column: str) -> str:
    """A column's rows added up, said once: 规划资金2026年合计, 预算金额合计 (never 合计合计)."""
    return column if column.endswith(("合计", "总计", "小计")) else f"{column}合计"


def class_sum(name: str, column: str, parts: list[tuple[str, str]], total: str, unit: str) -> str:
    """"公路养护类共 4 项，规划资金2026年合计 6110万元：A 2150 + B 2800 + … = 6110万元": a class's rows added up."""
    expr = " + ".join(f"{n} {v}" for n, v in parts)
    return f"{name}共 {len(parts)} 项，{_column_added(column)} {total}{unit}：{expr} = {total}{unit}"


def class_subtotal(name: str, column: str, shown: str) -> str:
    """"民政局 小计（预算金额合计）：5540000元": a class's sum as the table prints it on the class's 小计 row."""
    return f"{name} 小计（{_column_added(column)}）：{shown}"


def class_rows(name: str, items: list[str], column: str, total: str, unit: str) -> str:
    """A class's rows listed with their figures, and their sum."""
    return numbered_items(items, name) + f"\n{_column_added(column)} {total}{unit}"


def class_mean(name: str, column: str, terms: list[str], total: str, mean: str, unit: str, not_added: bool) -> str:
    """"单位自评共 9 项，评价得分平均 89.61分：（A 96 + …）÷ 9 = 89.61分": a class's rows averaged in a column (asked
    合计 of a rate no two columns work out: said not added, the mean given)."""
    head = f"{name}共 {len(terms)} 项，" + (f"{column}是比率，不能相加；各项的" if not_added else "")
    return head + column_mean(column, terms, total, mean, unit)


def class_rate(name: str, column: str, n: int, num: tuple[str, str], den: tuple[str, str], unit: str, rate: str,
               each: list[str]) -> str:
    """"区水利局共 2 项，执行率不能相加；按合计算：执行数合计 1104.4万元 ÷ 预算数合计 1365万元 = 80.91%": a class's own
    rate from the two columns each row's rate is the quotient of, each row's rate shown."""
    return (f"{name}共 {n} 项，{column}不能相加；按合计算：{num[0]}合计 {num[1]}{unit} ÷ {den[0]}合计 {den[1]}{unit} = "
            f"{rate}%（各项{column}：{'、'.join(each)}）")


def class_share(name: str, column: str, part: str, whole: str, unit: str, result: str, n: int) -> str:
    """A class's rows added up over the whole table's figure in the same column."""
    return (f"{name}（共 {n} 项）{_column_added(column)} {part}{unit}，占全表{_column_added(column)} {whole}{unit} 的 "
            f"{percent_shown(result)}：{part} ÷ {whole} = {result}%")


def class_ranked(kind: str, head: str, value: str, column: str, total: str, unit: str, parts: list[str],
                 compared: int) -> str:
    """"哪个单位花得最多": each value's rows added up; the first with its arithmetic (the rest kept for 第二呢)."""
    return (f"{_EXTREME_WORDS[kind]}的是{value}：{' + '.join(parts)} = {total}{unit}"
            f"（按{head}汇总{column}，共比较 {compared} 个{head}）")


def class_counted_most(kind: str, head: str, values: list[str], count: int, compared: int) -> str:
    """"哪个乡镇项目最多": the value whose rows are most (or fewest) — each of those tied."""
    return f"{_EXTREME_WORDS[kind]}的是{'、'.join(values)}{'（并列），各' if len(values) > 1 else '，共'} {count} 项（按{head}计数，共比较 {compared} 个{head}）"


def classes_tied(kind: str, head: str, values: list[str], column: str, total: str, unit: str, compared: int) -> str:
    """"哪个乡镇中央资金最少" where two add up to the same: both named."""
    return f"{_EXTREME_WORDS[kind]}的是{'、'.join(values)}（并列），各 {total}{unit}（按{head}汇总{column}，共比较 {compared} 个{head}）"


def classes_listed(head: str, column: str, items: list[tuple[str, str, int]], unit: str) -> str:
    """"各部门分别多少" of a table grouped by a class column: each value's rows added up, in the table's order."""
    lines = [f"{k}. {value}：{total}{unit}（{n} 项）" for k, (value, total, n) in enumerate(items, start=1)]
    return f"按{head}汇总{column}（共 {len(items)} 个{head}）：\n" + "\n".join(lines)


@_difference_worked
def classes_compared(kind: str, first: str, second: str, column: str, a: str, b: str, diff: str, unit: str) -> str:
    """"哪个多" of two classes just answered: the one asked for, the other, and the difference."""
    return (f"{first}{'更多' if kind == 'max' else '更少'}：{_column_added(column)} {a}{unit}，{second} {b}{unit}，"
            f"相差 {diff}{unit}")


def class_of_row(row: str, head: str, value: str) -> str:
    """"它是哪类项目" of a row: its value of the class column (or of the merged group cell it stands in)."""
    return f"{row}的{head}是“{value}”"


def class_row_cell(row: str, value: str, column: str, shown: str) -> str:
    """One row of several of one name, told apart by its class: "来榜中心学校（初中）受益学生数：296人"."""
    return f"{row}（{value}）{column}：{shown}"


def reason_noted(row: str, head: str, note: str) -> str:
    """A reason asked of a row, where the table prints none but a remark: the remark, said as such."""
    return f"表中没有单列原因，{row}的{head}写的是：“{note}”"


@_difference_worked
def classes_worked(added: bool, first: str, second: str, column: str, a: str, b: str, result: str, unit: str) -> str:
    """"两个加起来" / "两个差多少" of two classes just answered, with the arithmetic."""
    if added:
        return f"{first} + {second}，{_column_added(column)}：{a} + {b} = {result}{unit}"
    return f"{first}与{second}相差 {result}{unit}（{_column_added(column)}：{a} 与 {b}）"


def heading_classes(classes: list[tuple[str, int]]) -> str:
    """"共分 3 类：\n1. 民生保障类（3 项）…": a table's classes, each with how many rows it heads."""
    return f"共分 {len(classes)} 类：\n" + "\n".join(f"{k}. {name}（{n} 项）" for k, (name, n) in enumerate(classes, start=1))


def distinct_values(column: str, values: list[str], measure: str = "个") -> str:
    """"主管部门共 12 个：区教育局、区水利局…": how many different values a column holds, each named."""
    return f"{column}共 {len(values)} {measure}：{'、'.join(values)}"


def row_owners(pairs: list[tuple[str, str, str]]) -> str:
    """"森林防火项目的主管部门是区应急管理局": whose each row is, by its own cell (row, column, value)."""
    return "；".join(f"{row}的{column}是{value}" for row, column, value in pairs)


def group_added(total: str, unit: str, parts: list[str]) -> str:
    """A group's figure as its rows added up ("1670万元（860 + 420 + 390）"), the table printing no 小计 of it."""
    return f"合计 {total}{unit}（{' + '.join(parts)}）"


def fact_range(hi: str, hi_value: str, lo: str, lo_value: str, diff: str, unit: str, compared: int) -> str:
    return (f"最大的减最小的是 {diff}{unit}：{hi} {hi_value}{unit} - {lo} {lo_value}{unit} = {diff}{unit}"
            f"（共比较 {compared} 项）")


def no_text_of_kind(time: bool, way: bool = False) -> str:
    asked = "时间（哪年哪月）" if time else "方式" if way else "类别"
    return f"表中这一行没有写{asked}，只有数字，不能拿数字当作回答。"


def row_group(name: str, group: str, head: str) -> str:
    """The group a row is listed under, in the table's column of kinds ("单位类别")."""
    return f"{name}属于{group}（表中“{head}”一栏）"


def figure_checked(name: str, shown: str, verdict: bool | None) -> str:
    """A yes/no question about one figure: the verdict first (when the number was said exactly), then the figure."""
    head = "" if verdict is None else "是。" if verdict else "不是。"
    return f"{head}{name}：{shown}"


def note_says(clause: str) -> str:
    """What a table's note says of a line ("失业保险基金其他支出主要为稳岗返还和技能提升补贴")."""
    return f"表注写明：{clause}。"


def label_includes(label: str, part: str) -> str:
    """"职工医保包括哪个险种": what a label prints in its brackets as included."""
    return f"表中“{label}”注明含{part}。"


def kinds_short(lines: list[str], checked: int) -> str:
    """"哪个险种收不抵支": the kinds whose balance of the year is below zero, or that none is."""
    if not lines:
        return f"共 {checked} 项的本年收支结余都不为负，没有收不抵支的。"
    return numbered_items(lines, f"本年收支结余为负（收不抵支）的（共检查 {checked} 项）", len(lines))


def kinds_lacking(kind: str, line: str, names: list[str], checked: int) -> str:
    """"哪些基金没有财政补贴收入": the kinds whose cell of the line is blank (or 0)."""
    if not names:
        return f"表中 {checked} 个{kind}都有“{line}”。"
    return f"没有“{line}”的{kind}（表中此格为空或为 0）共 {len(names)} 个（共 {checked} 个）：{'、'.join(names)}"


def filter_of_one_row(row: str) -> str:
    """A "哪些…" filter read over one row only (a name picked it): which rows pass is not settled by it."""
    return f"只对上了“{row}”这一行，不能据此判断哪些项符合条件；请说明要比较的表和列。"


def none_fits(checked: int) -> str:
    return f"没有符合条件的项（共检查 {checked} 项）"


def labels_of_level(level: str, labels: list[str]) -> str:
    return f"{level}共 {len(labels)} 个：{'、'.join(labels)}"


def period_not_printed(period: str, departments: list[str], columns: list[str]) -> str:
    """A part of the year asked ("10月") of tables that print only the whole year's figures: what they have."""
    names = "、".join(departments[:3]) if len(departments) <= 3 else f"{len(departments)} 个部门"
    has = f"，只有全年的数（{'、'.join(columns[:6])}）" if columns else "，只有全年的数"
    return f"{names}的表中没有按月或按季度的数（没有“{period}”的数）{has}，不能拿全年的数当作{period}的数。"


def years_not_marked(asked: list[int], departments: list[str], said: Sequence[str] = ()) -> str:
    """No table says its year: a figure for 2019 or 去年 cannot be told from this year's."""
    names = "、".join(departments[:3]) if len(departments) <= 3 else f"{len(departments)} 个部门"
    asked_text = "、".join([f"{y}年" for y in asked] + list(said))
    asked_text = asked_text or "所问年度"
    return f"没有{asked_text}的数据：{names}的表没有注明年度，表中的数只是它本身那一年的。"


def on_pages(pages: str) -> str:
    return f"第{pages}页"


def on_lines(sheets: list[tuple[str, str]]) -> str:
    return "；".join(f"{sheet + ' ' if sheet else ''}第{lines}行" for sheet, lines in sheets)


def counted_in_note(figure: str, sentence: str) -> str:
    """A count (or a percentage) a table's note states: the figure first, then the note's sentence."""
    return f"{figure}（表注：{sentence}）"


def table_made_by(table: str, department: str) -> str:
    """"X表是哪个单位编的": the table's department (its 编制单位)."""
    return f"{table}的编制单位是{department}。"


def banded_cell(row: str, column: str, value: str, source: str) -> str:
    """One column of a row of a table of banded rows (行政单位 21—40人 合计)."""
    return f"{row} {column}：{value}{source}"


def banded_rule(sentence: str, source: str) -> str:
    """A rule printed under a table, asked: the sentence as printed."""
    return f"表下说明：{sentence}{source}"


def banded_rows_counted(rows: int, groups: int, source: str) -> str:
    return f"表中共 {rows} 行数据（分 {groups} 个类别）{source}"


def banded_ranked(column: str, end: str, rows: str, value: str, source: str) -> str:
    return f"{column}{end}的是：{rows}，{value}{source}"


def banded_times_people(row: str, column: str, rate: str, people: int, whole: str, source: str) -> str:
    """A row's per-head rate for a count of people: the arithmetic shown."""
    return f"{whole}（{row} {column} {rate} × {people} 人 = {whole}）{source}"


def banded_apart(column: str, first: tuple[str, str], second: tuple[str, str], diff: str, source: str,
                 turned: str = "") -> str:
    """Two rows apart, the larger first; turned: the row asked the smaller is the larger, first ("less": A不是少，
    而是多 …), or the row asked the larger is the smaller, second ("more": A不是多，而是少 …)."""
    said = {"less": f"{first[0]}不是少，而是多 {diff}", "more": f"{second[0]}不是多，而是少 {diff}"}.get(turned)
    head = said or f"相差 {diff}"
    return f"{head}（{column}：{first[0]} {first[1]} − {second[0]} {second[1]} = {diff}）{source}"


def banded_cell_blank(row: str, column: str, printed: str, source: str) -> str:
    """A cell printed as a dash: the row has no such figure."""
    return f"表中{row}的{column}为“{printed}”，没有这一项定额{source}"


def banded_column_not_held(columns: Sequence[str], source: str) -> str:
    """A column said that the table of banded rows does not print: the columns it has."""
    return f"表中没有这一列。表中的列有：{'、'.join(columns)}{source}"


def banded_not_of(departments: Sequence[str], table: str) -> str:
    """A follow-up naming a department the table shown is not of."""
    return f"{'、'.join(departments)}没有这张表的数据（上面的数据出自{table}）。"


def banded_band_not_held(group: str, said: str, bands: list[str], source: str) -> str:
    """A band said that its group does not print: never a neighbour's figure, the bands it has instead."""
    of = group or "表中"
    return f"{of}没有“{said}”这一档。{of}的档次有：{'、'.join(bands)}{source}"


def fact_source(file_name: str, where: str, table: str) -> str:
    return f"{file_name} {where}，{table}"


def fact_sources(parts: list[str], documents: int) -> str:
    """"（来源：file sheet 第N行，department+year+form）", at most four tables named."""
    more = f"；等 {documents} 份表" if documents > 4 else ""
    return f"（来源：{'；'.join(parts)}{more}）"


def clause_unanswered(clause: str, reply: str) -> str:
    """One clause of a question asking two things, not answered: said with the clause it is about."""
    return f"“{clause}”：{reply.splitlines()[0]}"


def several_asked() -> str:
    return "问的是几项各自的数，但没有说是哪几项（例如“信访工作经费和法律顾问经费分别多少”）。"


BLANK_CELL = "（表中此格为空）"


def carried_column_blank(column: str) -> str:
    """A follow-up's line answered in the column it prints a figure in, the column asked before being blank there."""
    return f"\n（这一行的“{column}”一栏表中为空）"


def with_kept_digits(shown: str, kept: str) -> str:
    """Money a spreadsheet keeps with more decimals than two (61915.7693): shown rounded, then the cell's own value,
    which is what a search of the workbook (or a reader of the cell) finds."""
    return f"{shown}（表中数值为{kept}）"


def as_printed(plain: str, printed: str) -> str:
    """A figure the table prints with thousands separators (PDFs do: "2,946.25"): the plain figure, then the
    printed form, which is what a search in the document finds."""
    return f"{plain}（表中为{printed}）"


def no_money_of_shown() -> str:
    """"两个一共多少钱" after figures that are no money (台数, 人数), of rows printing no one amount each."""
    return "刚才的数不是金额，表中这几行也没有各自一个金额可加，算不出一共多少钱。"


def blank_of_year(name: str, year: int) -> str:
    """The same cell on another year's sheet, left blank there."""
    return f"{name}（{year}年）：{BLANK_CELL}"


def ranked_sum(word: str, n: int, total: float, unit: str = "万元") -> str:
    return f"经费最{word}的 {n} 个项目合计 {format_amount(total, unit)}：\n"


ABOVE, BELOW = "超过", "低于"


def none_finished(checked: int) -> str:
    return none_of_checked(checked, "，都还没有完成")


SUM_NAME = "合计"  # a sum worked out, named in the unit it is converted to


def in_unit(lines: list[str]) -> str:
    """Figures converted to the unit the question asked ("合计 补贴金额：1890.81万元")."""
    return "折合：" + "；".join(lines)


def changed_head(word: str, checked: int, than: str = "上年") -> str:
    """"比上年减少的（共比较 11 项）": the head of the rows whose printed change fell or rose."""
    return f"比{than}{word}的（共比较 {checked} 项）"


def change_in_words_head(label: str, word: str) -> str:
    """"表中写明预算增加的": the rows whose words state the change (no change figure printed)."""
    return f"表中写明{label}{word}的"


def change_not_printed(label: str, word: str) -> str:
    """Which rows rose asked of a table printing no change, no earlier year and no words stating one."""
    return f"表中没有各项目{label}的增减（没有上年数、增减额，也没有写明{label}{word}），看不出哪些{word}了。"


def change_word(sign: int, rate: bool) -> str:
    """The change named by its direction (-1 a fall, 1 a rise, 0 either way) and whether its rate is meant."""
    return {-1: "降幅" if rate else "减少", 1: "增幅" if rate else "增加", 0: "增减率" if rate else "增减"}[sign]


def changed_extreme(word: str, most: bool, rate: bool, names: list[str], shown: str, compared: int) -> str:
    """"比上年减少最多的是文昌镇：较上年增减 -153.64万元（共 11 项比上年减少）"; a rate's: "降幅最大"."""
    extreme = ("最大" if most else "最小") if rate else ("最多" if most else "最少")
    which = {"降幅": "下降", "增幅": "增长"}.get(word, word)
    return f"比上年{word}{extreme}的是{'、'.join(names)}：{shown}（共 {compared} 项比上年{which}）"


def changed_rows(word: str, kind: str, lines: list[str], checked: int) -> str:
    """"比上年减少的乡镇有 11 个（共比较 23 个）：\n1. …": the rows whose change went the way said, each with it."""
    shown = "\n".join(f"{k}. {line}" for k, line in enumerate(lines[:30], start=1))
    return f"比上年{word}的{kind}有 {len(lines)} 个（共比较 {checked} 个）：\n{shown}"


def units_change_not_printed() -> str:
    """Units asked by the way their change went, of a table printing each item's change and no unit's 小计 line."""
    return "表中只列出各项目的增减，没有各部门（单位）的小计，无法按部门回答；可以问各项目比上年的增减。"


def changed_most(word: str, names: list[str], shown: str, compared: int, than: str = "上年") -> str:
    """"比上年增加最多的是县教育局小计：18.2万元（共比较 8 项）": the groups whose change went furthest the way said."""
    return f"比{than}{word}最多的是{'、'.join(names)}：{shown}（共比较 {compared} 项）"


def change_way(amount: str, fell: bool, level: bool, than: str = "上年") -> str:
    """"（比上年减少 52.1万元）": the way a printed change went, said after its figure."""
    return f"（与{than}持平）" if level else f"（比{than}{'减少' if fell else '增加'} {amount}）"


def none_changed(word: str, checked: int, than: str = "上年") -> str:
    return f"共比较 {checked} 项，没有比{than}{word}的。"


def not_compared_new(before_label: str, names: list[str]) -> str:
    """"另有 3 项上年预算数未列（新设），不比较：…": rows with no figure the year before."""
    return f"另有 {len(names)} 项{before_label}未列（新设），不比较：{'、'.join(names[:20])}"


def change_between(before_label: str, before: str, after_label: str, after: str, change: str) -> str:
    """"2024年预算数 80万元 → 2025年预算数 65万元（-15万元）": one row's two years and the change."""
    return f"{before_label} {before} → {after_label} {after}（{change}）"


def all_reached(checked: int) -> str:
    return none_of_checked(checked, "，都已达到")


def department_spending(doc, lines: Sequence, asked: Sequence) -> str:
    """A department-level table's own spending lines (部门预算支出: 基本支出, 项目支出 …), never the sum of
    its 年度重点工作任务: the lines asked for ("项目支出"), or all of them with their sum and the income
    side. doc is the document row; lines and asked are fact rows (asked ⊆ lines)."""
    unit = doc["unit"] or "万元"
    name = doc["department_name"]
    if asked:
        text = "；".join(f"{name}{r['row_labels']} {_amount_kept(r, unit)}" for r in asked)
        shown = list(asked)
    else:
        total, added, within = spending_parts(lines)
        parts = " + ".join(_spending_part(r, added, within, unit) for r in added)
        text = f"{name}部门预算支出 {format_amount(total, unit)}" + (f"：{parts}" if len(added) > 1 else "")
        income = [f"{AMOUNT_LABELS[c]} {format_amount(doc[c], unit)}" for c in SOURCE_COLUMNS if doc[c] is not None]
        if income:
            text += "（收入来源：" + "，".join(income) + "）"
        shown = list(lines)
    rows = sorted({r["line"] for r in shown})
    place = f"{doc['file_name']} {shown[0]['sheet'] + ' ' if shown[0]['sheet'] else ''}" \
            f"第{'、'.join(str(x) for x in rows)}行"
    return f"{text}。（来源：{place}，{table_name(name, doc['form'], doc['year'])}）"


def _amount_kept(r, unit: str) -> str:
    """A spending line's amount as tables print money, then the cell's own digits when the sheet keeps more decimals
    than two (61915.77万元（表中数值为61915.7693）), as every other answer of a figure says it."""
    shown = format_amount(r["number"], r["unit"] or unit)
    kept = str(r["value"] or "").strip().replace(",", "")
    kept = kept.rstrip("0") if re.fullmatch(r"-?\d+\.\d{3,}", kept) else ""
    return with_kept_digits(shown, kept) if len(kept.partition(".")[2]) > 2 else shown


def _spending_part(r, added: Sequence, within: Sequence, unit: str) -> str:
    """One part of a department's spending with the lines printed under it before the next part
    ("基本支出 1856.42万元（其中公用经费 314.24万元）")."""
    after = [x["line"] for x in added if x["line"] > r["line"]]
    under = [x for x in within if r["line"] < x["line"] < min(after, default=x["line"] + 1)]
    text = f"{r['row_labels']} {format_amount(r['number'], r['unit'] or unit)}"
    return text + ("（其中" + "、".join(f"{x['row_labels']} {format_amount(x['number'], x['unit'] or unit)}"
                                      for x in under) + "）" if under else "")


def spending_parts(lines: Sequence) -> tuple[float, list, list]:
    """A department's spending lines as (total, the lines adding up to it, the lines within those): a 合计
    line printed is the total, and the fewest other lines summing to it are its parts (基本支出 + 项目支出),
    the rest their breakdown (其中：人员经费、公用经费); with no 合计 line, every line is a part."""
    whole = [r for r in lines if str(r["row_labels"]).strip() in ("合计", "总计")]
    rest = [r for r in lines if r not in whole]
    if not whole or not rest or len(rest) > 10:  # (a longer block is no breakdown to search)
        return (whole[0]["number"] if whole else sum(r["number"] for r in lines)), rest or list(lines), []
    total = whole[0]["number"]
    for size in range(1, len(rest) + 1):
        for picked in combinations(rest, size):
            if abs(sum(r["number"] for r in picked) - total) < 0.005:
                return total, list(picked), [r for r in rest if r not in picked]
    return total, rest, []


def help_candidates(projects: Sequence[str], indicator: str | None, categories: Sequence[str]) -> list[list[str]]:
    """Example questions for 帮助, one list a line, made from the loaded tables' own names: projects by
    amount (largest first), an indicator and indicator categories. The caller keeps only those the
    knowledge base answers."""
    p = projects[0] if projects else None
    q = projects[1] if len(projects) > 1 else None
    cat = categories[0] if categories else None
    ask = p and (f"{p}多少" if p.endswith(("经费", "资金", "费")) else f"{p}经费多少")
    lines: list[list[str | None]] = [
        [ask, q and f"{q}的资金来源"],
        [p and f"{p}的绩效目标是什么"],
        [cat and f"{cat}有哪些", p and cat and f"{p}的{cat}"],
        [indicator and f"{indicator}的目标值"],
        [q and "哪个项目经费最多", p and "有哪些项目"],
        [q and f"{p}和{q}哪个经费多", q and f"{p}占比多少"],
        [p and "一共有几个项目", cat and f"{cat}有几个"],
    ]
    return [[x for x in line if x] for line in lines if any(line)]


def inventory(groups: Sequence[tuple[str, Sequence[str]]], asked: str = "") -> str:
    """"你这里都有哪些部门的表": the loaded tables, one line a place when there are several places (the place
    asked only, "有哪些兴化的表")."""
    n = sum(len(tables) for _, tables in groups)
    if not n:
        return f"知识库里没有{asked}的表。" if asked else "知识库里还没有加载任何表格。"
    if len(groups) == 1:
        place, tables = groups[0]
        return f"知识库里有{place}的 {n} 张表：\n" + "\n".join(f"{k}. {x}" for k, x in enumerate(tables, 1))
    lines = [f"知识库里有 {n} 张表（{len(groups)} 个地方）："]
    lines += [f"{place}：{'；'.join(tables)}" for place, tables in groups]
    return "\n".join(lines)


def help_text(tables: Sequence[str], examples: Sequence[Sequence[str]], follow_up: str | None) -> str:
    """帮助: whose tables are loaded, example questions that the loaded tables answer, how to follow up."""
    if not tables:
        return "知识库里还没有加载任何表格。请管理员上传或加载表格后再提问。"
    named = "、".join(tables[:3]) + (f"等 {len(tables)} 份表" if len(tables) > 3 else "")
    lines = [f"我可以回答{named}里的问题，例如："]
    lines += ["· " + " / ".join(line) for line in examples]
    lines.append(f"追问可以直接说“它的指标呢”“那{follow_up}呢”。" if follow_up else "追问可以直接说“它的指标呢”。")
    return "\n".join(lines)


def no_antecedent(word: str) -> str:
    """A pointer ("这两个", "它的") in the first question of a conversation."""
    return f"“{word}”指的是哪个？前面还没有问过别的，请直接说出项目、指标或部门的名称。"


def share_extreme(name: str, fewest: bool) -> str:
    """The first line of "占比最大的是哪个项目": the project, then its share."""
    return f"占比{'最小' if fewest else '最大'}的项目是{name}："


def execution(name: str, executed: str, rate: str, budget: str = "", left: str = "") -> str:
    """What was executed (the figure asked) and its rate; the budget only when what is left of it is asked
    (差多少, 还剩多少): otherwise a reader skimming for the answer could take it for the executed amount.
    What is left is answered with its arithmetic alone: a rate beside it is a second figure to misread."""
    if left:
        return f"{name}：未执行 {left}（全年预算数 {budget} − 全年执行数 {executed}）。"
    return f"{name}：全年执行数 {executed}，执行率 {rate}。"


def not_summed(lines: str) -> str:
    """Two things asked together with a sum, each found but not two figures of one unit to add."""
    return f"两项没法直接相加（不是同一单位的两个数），分别是：\n{lines}"


@_difference_worked
def figures_combined(op: str, a: dict, b: dict, result: str, sources: Sequence[str] = (),
                     one_answer: bool = False, both_shown: bool = False) -> str:
    """"两者差多少" over the two figures the conversation just showed: the result first, then the
    arithmetic with both labels, then where the figures came from (the sources of the two, when each was
    looked up for this question: "X和Y加起来")."""
    def v(f: dict) -> str:
        return f"{f['label']} {f['value']:.10g}{f['unit']}"

    def n(f: dict) -> str:
        return f"{f['value']:.10g}"

    if op in ("diff", "versus", "more", "fewer") and a.get("unit") == "%" == b.get("unit") and result.endswith("%"):
        result = result[:-1] + "个百分点"  # two rates set apart differ by points, not by a rate of either
    # Added over the two answers just given ("这两个加起来"), the sum alone: each figure is on the screen
    # already, and repeated beside the sum it can be taken for the answer.
    added = f"{a['label']} + {b['label']}" if both_shown and not sources else f"{v(a)} + {v(b)} = {result}"
    line = {
        "sum": f"两项合计 {result}：{added}",
        "diff": f"两者相差 {result}：{v(a)} − {v(b)} = {result}",
        "less": f"除去{b['label']}，剩 {result}：{v(a)} − {v(b)} = {result}",
        "versus": f"{a['label']}比{b['label']}多 {result}：{n(a)} − {n(b)} = {result}",
        "change": f"{b['label']}比{a['label']}{'增加' if not result.startswith('-') else '减少'} "
                  f"{result.lstrip('-')}：{n(b)} − {n(a)} = {result}",
        "growth_rate": f"增长率 {result}：({n(b)} − {n(a)}) ÷ {n(a)} = {result}（{a['label']} → {b['label']}）",
        "rate": f"{result}：{v(b)} ÷ {v(a)} = {result}",
        "share": f"{b['label']}占{a['label']}的 {result}：{n(b)} ÷ {n(a)} = {result}",
        "times": f"{a['label']}是{b['label']}的 {result}：{n(a)} ÷ {n(b)} = {result}",
        "average": f"平均 {result}：{v(a)} ÷ {v(b)} = {result}",
        "vacancy": f"空编率 {result}：({n(a)} − {n(b)}) ÷ {n(a)} = {result}（{a['label']}、{b['label']}）",
        "vacant": f"空编 {result}：{v(a)} − {v(b)} = {result}",
        "more": f"{a['label']}更多：{n(a)}{a['unit']}，{b['label']} {n(b)}{b['unit']}，多 {result}",
        "fewer": f"{a['label']}更少：{n(a)}{a['unit']}，{b['label']} {n(b)}{b['unit']}，少 {result}",
    }[op]
    amount = re.fullmatch(r"(-?[\d.]+)元", result) if a.get("unit") == "元" == b.get("unit") else None
    if amount and abs(float(amount.group(1))) >= 10000:
        line += f"（合 {float(amount.group(1)) / 10000:.10g}万元）"  # figures printed in 元, read in 万
    depts = "、".join(dict.fromkeys(d for d in (a.get("department"), b.get("department")) if d))
    if sources:
        return line + f"（来源：{'；'.join(dict.fromkeys(sources))}）"
    basis = "按上一个回答中的两个数计算" if one_answer else "按前两个回答的数计算"
    return line + f"（{basis}{'，' + depts if depts else ''}）"


@_difference_worked
def two_rows_same(a: tuple[str, str], b: tuple[str, str], same: bool) -> str:
    """"收入总计和支出总计一样吗": the two rows' figures, and whether they are equal."""
    verdict = "两者相等" if same else "两者不相等"
    return f"{verdict}：{a[0]} {a[1]}，{b[0]} {b[1]}"


@_difference_worked
def figures_equal(a: dict, b: dict) -> str:
    """"哪个多" over two figures that are the same."""
    return f"两者一样多：{a['label']} {a['value']:.10g}{a['unit']}，{b['label']} {b['value']:.10g}{b['unit']}（按前两个回答的数计算）"


def ranked_under(parent: str, items: list[tuple[str, str]], highest: bool) -> str:
    """The lines under a coded line, ranked: the first, then all of them in order."""
    word = "最多" if highest else "最少"
    listed = "；".join(f"{label} {value}" for label, value in items)
    return f"{parent}下面{word}的是{items[0][0]}：{items[0][1]}（下面共 {len(items)} 项：{listed}）"


def at_the_top_level(text: str) -> str:
    """The same ranking over a coded table's top-level subjects (大类), said after the detailed one."""
    return f"按大类（上一级科目）：{text}"


def of_the_flow(flow: str, text: str) -> str:
    """One flow's answer of a 收支 table ranked per flow (收入科目 apart from 支出科目)."""
    return f"{flow}科目：{text}"


def flow_not_said(flows: list[str]) -> str:
    """Subjects of both flows asked as one, and not each flow could be ranked: which flow is meant."""
    return f"表中{'和'.join(flows)}科目分属不同的分类，不能放在一起比较。请说明问的是{'还是'.join(flows)}。"


def major_subjects(title: str, column: str, items: list[tuple[str, str, str]], way: str) -> str:
    """A coded table's top-level subjects (大类), each with its figure; with a change asked, those that went that way."""
    if way and not items:
        return f"{title}中没有比上年{'下降' if way == 'fall' else '增长'}的大类。"
    shown = "；".join(f"{label} {value}" + (f"（比上年 {change}）" if change else "") for label, value, change in items)
    head = f"比上年{'下降' if way == 'fall' else '增长'}的" if way else ""
    return f"{title}{head}大类共 {len(items)} 项（{column}）：{shown}"


def lines_under(parent: str, items: list[tuple[str, str]]) -> str:
    """The lines under a coded line, in the table's order."""
    return f"{parent}下面共 {len(items)} 项：" + "；".join(f"{label} {value}" for label, value in items)


def which_project_of_departments(names: Sequence[str] = (), one_department: bool = False) -> str:
    """An indicator name found in projects of several departments (or several projects of one): which project
    is asked (the name said, when the projects share one, so the question back shows what it is about)."""
    shortest = min(names, key=len, default="")
    # (one name, or one with its unit after it in one table: "城镇新增就业人数（人）")
    said = f"“{shortest}”" if shortest and all(n.startswith(shortest) for n in names) else "这一项"
    where = "几个项目里都有" if one_department else "几个部门的项目里都有"
    return f"{where}{said}，指标值各不相同，您问的是哪一个项目的？" if one_department \
        else f"{where}{said}，您问的是哪一个项目的？"


def indicator_figure(rows: Sequence[sqlite3.Row], done_asked: bool = False, value_kind: str | None = None) -> str:
    """Beside a project offered in a question back: its indicators' values as asked — the target ("≥39500人"; the
    实施周期 value when that is asked), its 全年完成值 beside it only when the completion is asked ("≥39500人，全年完成值
    49358人"): a figure the question did not ask would be read as the answer."""
    said = []
    for r in rows:
        first = ("period_value", "annual_value") if value_kind == "period" else ("annual_value", "period_value")
        value = r[first[0]] or r[first[1]] or "（空）"
        done = f"，全年完成值 {r['actual_value']}" if r["actual_value"] and done_asked else ""
        said.append(f"{r['name']} {value}{done}")
    return "；".join(said)


# The names of a department's indicators shown beside it in a question back, at most this many
PREVIEW_NAMES = 4


def indicator_names_preview(names: list[str]) -> str:
    """"2 个：信访群众服务对象满意度、法律顾问服务对象满意度": what a department offered has, in short."""
    distinct = list(dict.fromkeys(names))
    more = "等" if len(distinct) > PREVIEW_NAMES else ""
    return f"{len(names)} 个：{'、'.join(distinct[:PREVIEW_NAMES])}{more}"


def indicator_in_option(name: str, kind: str, value: str) -> str:
    """An option's own indicator shown beside it: "信访群众服务对象满意度 年度指标值 满意度评价"."""
    return f"{name} {kind} {value}"


def option_line(number: int, label: str, figure: str = "") -> str:
    """One option of a question back; with the figure asked, when each option has one."""
    if figure and label.endswith("）"):  # "政府雇员工资经费（广州市白云区信访局）：77.28万元", not two brackets
        return f"{number}. {label}：{figure}"
    return f"{number}. {label}" + (f"（{figure}）" if figure else "")


def amount_or_count(value: float, unit: str) -> str:
    """An amount as the tables print it (two decimals); a count as it is."""
    return format_amount(value, unit) if unit in ("元", "万元", "亿元") else f"{value:.10g}{unit}"


def list_summed(items: list[tuple[str, float]], unit: str, total: str, department: str) -> str:
    """"加起来是多少" after a list: the total of the items listed, each addend shown."""
    added = " + ".join(f"{label} {amount_or_count(value, unit)}" for label, value in items)
    where = f"，{department}" if department else ""
    return f"以上 {len(items)} 项合计 {total}：{added} = {total}（按上一个回答列出的各项计算{where}）"


def recent_summed(items: list[tuple[str, float]], unit: str, total: str) -> str:
    """"三个加起来" after figures answered over several turns: their sum, each addend shown."""
    added = " + ".join(f"{label} {amount_or_count(value, unit)}" for label, value in items)
    return f"{len(items)} 项合计 {total}：{added} = {total}（按前面几个回答的数计算）"


def count_not_shown(asked: int | None, shown: int) -> str | None:
    """"两个加起来" when not just that many figures were shown (three departments' figures, one project's): that
    it does not fit (never the figures shown, nor a table's total, added in their place); None when the count
    fits or none is said."""
    return not_that_many_figures(asked, shown) if asked and asked != shown else None


def not_that_many_figures(asked: int, shown: int) -> str:
    """"三个加起来" when the answers before did not show just that many figures of one unit."""
    return (f"前面的回答里没有正好 {asked} 个可以相加的数（找到 {shown} 个，或单位不同），没法算这 {asked} 个的合计。\n"
            "请直接说出要加的各项，例如“信访工作经费、信访超市和法律顾问经费加起来多少”。")


def sum_checked(a: dict, b: dict, result: str, whole: dict | None) -> str:
    """"加起来是不是等于合计": the sum shown, then the table's own total equal to it, or that none was found."""
    added = f"两项合计 {result}：{a['label']} {a['value']:.10g} + {b['label']} {b['value']:.10g} = {result}"
    if whole is None:
        return added + "。表中没有找到等于这个数的合计，没法确认两项加起来就是总额。"
    return added + f"，与表中所列的{whole['label']} {whole['value']}相等{whole['source']}"


def printed_result(op: str, a: dict, b: dict, computed: str, printed: dict) -> str:
    """The table's own total or share of the two figures, first; the arithmetic over the rounded figures
    beside it, so a difference in the last digit is explained."""
    word = "两项合计" if op == "sum" else f"{b['label']}占{a['label']}的"
    arithmetic = f"{a['value']:.10g} + {b['value']:.10g}" if op == "sum" else f"{b['value']:.10g} ÷ {a['value']:.10g}"
    return (f"{word} {printed['value']}（表中所列：{printed['label']}）；按前两个回答的数计算为 {arithmetic} = {computed}，"
            f"差异来自四舍五入{printed['source']}")


def outside_conversation(departments: list[str]) -> str:
    """A follow-up whose only answer is in another department's table than the conversation's."""
    names = "、".join(departments)
    return (f"前面问的是{names}，在{names}的表里没有找到这个问题问的一项（只在其他部门的表里有，不拿来当作{names}的回答）。\n"
            "如果要问别的部门，请在问题里说出部门名称。")


def against_stated_year(label: str, value: float, unit: str, year: int | None, then: dict, then_year: int) -> str:
    """A figure against the one its table states for an earlier year: the change and its rate, worked out."""
    change = round(value - then["value"], 6)
    word = "增加" if change >= 0 else "减少"
    rate = f"，{'增长' if change >= 0 else '下降'} {percent(abs(change), then['value'])}" if then["value"] else ""
    now = f"{year}年" if year and f"{year}年" not in label else ""  # (not "2019年预算金额2019年")
    return (f"{label}{now} {value:.10g}{unit}，比{then_year}年{word} {abs(change):.10g}{unit}{rate}："
            f"{value:.10g} - {then['value']:.10g} = {change:.10g}{unit}（{then_year}年的数是表中的“{then['label']}”）"
            f"{then['source']}")


def share_of_table_total(label: str, part: float, unit: str, whole: float, department: str) -> str:
    """A line of a table as a share of the table's own total (its 项目支出总计)."""
    return (f"{label}占{department}总预算 {whole:.10g}{unit} 的 {percent(part, whole)}：{part:.10g} ÷ {whole:.10g} = "
            f"{part / whole * 100:.2f}%（按上一个回答的数和表中的总计计算）")


def share_of_total(part: float, whole: float) -> str:
    """The share of a sum in its table's total, appended to the sum."""
    return f"，占总额 {format_amount(whole)} 的 {percent(part, whole)}（{part:g} ÷ {whole:g}）"


def nothing_left() -> str:
    return "除去这些以外，表中没有别的项目了。"


def total_holds_the_part(total: str, part: str, kind: str = "合计") -> str:
    """"X → Y呢 → 加起来" where one of the two figures is the table's 合计 (小计) row: it already holds the other."""
    return (f"“{total}”是表中的{kind}行，已含“{part}”，两者相加会重复计算。\n"
            "请直接说出要加的两个项目。")


def nothing_to_combine() -> str:
    """"这两个加起来" when the questions before it found nothing: there are no two figures to add."""
    return ("前面的问题没有查到数，没法算“这两个”的合计或差。\n"
            "请直接说出要算的两项，例如“信访工作经费和信访超市加起来多少”。")


def nothing_to_add_to() -> str:
    """"和公车运维加起来" when the question before found no figure: there is nothing to add it to."""
    return ("前面的问题没有查到数，没法把这一项加上去。\n"
            "请直接说出要加的各项，例如“公务接待费和公务用车运行维护费加起来多少”。")


def whole_is_the_part(whole: str, part: str) -> str:
    """"占支出合计多少" whose whole is found only as the line just shown: no share of it is given."""
    return (f"没有找到“{whole}”这个整体的数：找到的是“{part}”这一行自己，算它占它自己没有意义。\n"
            "请说出整体是哪一行，例如“占合计多少”。")


def followup_not_understood(word: str, shown: str) -> str:
    """"项目支出预算呢" whose 项目支出 is found nowhere: the figure just shown is not given again as its."""
    return (f"没有看懂“{word}”指的是哪一项（上一个回答是“{shown}”），表中没有找到对应的数。\n"
            "请说出完整的行名或栏目名再问一次。")


def indicator_extreme(word: str, top: list[tuple[str, str]], n: int, where: str) -> str:
    """"满意度指标 → 最高的要求是多少": the listed indicator(s) whose target is the extreme, with its value."""
    named = "；".join(f"{name}：{value}" for name, value in top)
    return f"指标值{word}的是{named}（共比较 {n} 个指标，{where}）"


def indicator_values_not_ranked(n: int) -> str:
    """"最高的是哪个" over indicators whose values are not numbers of one unit: no ranking is given."""
    return f"刚才列出的 {n} 个指标的指标值不都是同一单位的数，没法比高低；请说出要看哪一个指标。"


def not_compared(departments: list[str], missing: list[str] | None = None) -> str:
    """"A和B谁的X高", "A和B X比较" whose X was found for one of them only (or not as a figure): no winner is named;
    the side not found said when it is known."""
    lack = f"（{'、'.join(missing)}的表里没有找到这一项）" if missing else ""
    return (f"没能把{'和'.join(departments)}的这一项放在一起比：没有在每个部门的表里都找到同一个可比的数{lack}。\n"
            "请分别问各部门的这一项（说出表中的指标或行名）。")


def one_side_missing(department: str) -> str:
    """"A和B X比较" of which B's tables hold no X: the one side shown, the other said missing (no comparison made)."""
    return f"{department}的表里没有找到这一项，无法比较。"


def which_two_unclear() -> str:
    """"两个差多少" after a line of several figures and then one figure: which two is not clear."""
    return ("前面两个回答里不止两个数（有一个回答列了同一行的几栏），没法确定“两个”指哪两个数。\n"
            "请直接说出要算的是哪两项（哪个部门、哪一行、哪一栏）。")


def which_lines_pointed() -> str:
    """"这两个部门项目支出合计" when the answers before were not of that many departments' lines of the table."""
    return ("没法确定“这几个部门”指的是表中哪几个部门（前面的回答不是这几个部门各自的数）。\n"
            "请直接说出是哪几个部门，例如“X局和Y局的项目支出合计”。")


def indicator_values_not_summed() -> str:
    """"合计呢" after indicators' values listed under their projects: those values are not added up, nor the money."""
    return ("前面列的是指标值，不是金额，没法把它们加起来。\n"
            "如果要算这些项目的经费合计，请说“这些项目的金额加起来”。")


def values_not_combined() -> str:
    """"两个一共" after indicators' values that are not two numbers of one unit: nothing to add."""
    return ("前面回答的是指标值，不是同一单位的两个数，没法相加或相减。\n"
            "如果要算这两个项目的经费，请说“这两个项目的经费一共多少”。")


def column_average(column: str, count: int, total: str, result: str, unit: str) -> str:
    """"自评得分平均 84.67分：7 项合计 592.7 ÷ 7 = 84.67分": a column's mean over the rows of a table."""
    return f"{column}平均 {result}{unit}：{count} 项合计 {total}{unit} ÷ {count} = {result}{unit}"


def column_mean(column: str, terms: list[str], total: str, mean: str, unit: str, whole: str = "") -> str:
    """"拨付进度平均 67.17%：（68.68 + … + 61.81）÷ 5 = 67.17%（合计行为 64.13%）": a column's mean over its rows,
    the terms shown when few; the table's own total rate said beside it."""
    added = f"（{' + '.join(terms)}）" if len(terms) <= 12 else f"{len(terms)} 项合计 {total}{unit} "
    tail = f"（各行的简单平均；表中合计行的{column}为 {whole}）" if whole else ""
    return f"{column}平均 {mean}{unit}：{added}÷ {len(terms)} = {mean}{unit}{tail}"


def no_mean(has: str) -> str:
    """"平均X" where the facts found are not one column over several rows."""
    return f"没法求平均：找到的不是同一列的多行数据。表中有：{has}"


def figure_text(x: float) -> str:
    """A figure as said in a sum or a comparison: at most two decimals, none trailing (16, 2.5, 0.33)."""
    return f"{round(x, 2):.10g}"


def counts_added(parts: list[tuple[str, float]], measure: str) -> str:
    """Counts of several projects added: "合计 16人：江安县市场监督管理局 12人 + … 4人 = 16人"."""
    num = figure_text
    total = num(sum(v for _, v in parts))
    return f"合计 {total}{measure}：" + " + ".join(f"{who} {num(v)}{measure}" for who, v in parts) + f" = {total}{measure}"


def average_of_projects(count: int, total: str, result: str) -> str:
    """"平均每个多少钱": the total over the count, shown."""
    return f"平均每个项目 {result}：{count} 个项目合计 {total} ÷ {count} = {result}"


# -- the typed handlers' own sentences (answer/handlers.py decides, these say it) ----------------------------

ASK_CONTENT = "请说明要找管什么的项目，例如“哪个项目是管培训的”。"


def ask_project(what: str, example: str | None) -> str:
    """"请说明是哪个项目的绩效目标，例如“X的绩效目标”": the example is a project of the loaded tables."""
    return f"请说明是哪个项目的{what}" + (f"，例如“{example}的{what}”。" if example else "。")


NOTHING_TO_RANK = "没有可以排序的项目。"
NO_SUCH_INDICATOR = "没有找到这个指标。"


def named_elsewhere(word: str, project: str, department: str) -> str:
    """A question running together a project of one department and an indicator of another."""
    return (f"问题里的“{word}”是{department}的“{project}”，找到的指标却在别的部门的表里，没法当作一个问题回答。"
            "请说明是哪个部门、哪个项目。")
NO_EXECUTION = "表中没有全年执行数（只有项目支出绩效自评表才有）。"
NO_COMPLETION = "表中没有全年完成值（只有项目支出绩效自评表才有）。"


def targets_only(projects: Sequence[str], indicators: Sequence[str] = ()) -> str:
    """What was done asked of indicators a table lists as targets only: not there, what it holds instead (the
    indicators asked by name, never their target values: they would read as what was done)."""
    which = f"“{'、'.join(indicators)}”" if indicators else "它"
    return (no_actual(projects) + "看不出完成了没有（只有项目支出绩效自评表才有完成值）；"
            f"可以问{which}的指标值，那是年初定的目标。")
ALL_TARGETS_MET = "有数值目标的指标都已完成。"


def tables_note(tables: Iterable[str]) -> str:
    """The citation of whole tables: （来源：湛江市…2024年部门整体预算绩效目标表、…）."""
    return f"（来源：{'、'.join(dict.fromkeys(tables))}）"


def indicator_sentence(row) -> str:
    """An indicator as one sentence to search and show: "法律顾问服务对象满意度：≥90%"."""
    return f"{row['name']}：{row['annual_value'] or row['period_value'] or ''}"


def nothing_about(words: list[str], projects: Sequence[str] = ()) -> str:
    """Nothing found by the words: among every project's texts, or (projects given) in the named ones'."""
    if projects:
        return f"表中{'、'.join(projects)}的绩效目标和指标里没有写到“{'、'.join(words)}”。"
    return f"没有找到与“{'、'.join(words)}”有关的项目。"


def no_frequency(words: list[str]) -> str:
    return f"表中没有写“{'、'.join(words)}”多久一次。"


def unit_staff_not_held(unit: str) -> str:
    """A unit's own head count asked where no loaded table counts its people (its projects' indicators count
    others: 带动就业人数 is no staff of the unit)."""
    return f"表中没有{unit}的人数：已加载的表只列出它的项目经费、绩效目标和指标（没有人员编制表）。"


def not_counted_here(thing: str) -> str:
    """A count of the department's own staff or units asked of tables that list projects only."""
    return f"表中没有部门的{'人数' if thing in ('人', '名', '位') else '“' + thing + '”数'}：这些表只列出项目的经费、绩效目标和指标。"


def thing_bought_not_counted(thing: str, indicator: str) -> str:
    """A count bought of a thing the table does not count ("救护车辆买几辆" beside 车辆购置数量 only)."""
    return f"表中没有“{thing}”的购置数量：表里只有“{indicator}”，说的不是“{thing}”。"


def no_count_in(unit: str) -> str:
    return f"表中没有以“{unit}”计的数量。"


def only_to_get(unit: str, indicators: list[tuple[str, str]]) -> str:
    """How many are held was asked; the tables say only how many projects are to get (购置, 新增): named, not given
    as the answer."""
    named = "、".join(f"{project}的“{name}”" for project, name in indicators[:3])
    return f"表中没有现有多少{unit}的数，只有项目要购置（新增）的数量指标：{named}。"


def money_units(units: list[str]) -> str:
    return f"表中金额的单位是{'、'.join(dict.fromkeys(units))}。"


def table_summary(department: str, projects: int, total: float | None, unit: str, users: list[str],
                  form: str | None = None, year: int | None = None, year_asked: bool = False) -> str:
    """"这是哪个部门的表", "这个表是哪一年的": whose table, of which year (said plainly when the table prints
    none), how many projects, the total, who spends it."""
    no_year = "（表中没有写明年度）" if year_asked and not year else ""
    line = f"这是{table_name(department, form, year)}{no_year}：共 {projects} 个项目，合计 {format_amount(total, unit)}。"
    return line + (f"资金使用单位：{'、'.join(users)}。" if users else "")


def goal_done(row, line: str) -> str:
    """What a goal's table says was done (its 全年目标实际完成情况 line)."""
    return f"{row['name']}的{line}"


def no_actual(projects: Sequence[str]) -> str:
    """What was done asked of a table that lists only targets."""
    return f"表中只有“{'、'.join(projects)}”的绩效目标，没有实际完成情况。"


def goal_of(row) -> str:
    return f"{row['name']}的绩效目标：{row['goal'] or '（表中未填写）'}"


def no_department_budget(departments: list[str]) -> str:
    """A department's 部门预算 asked where its tables are 项目申报表 only: not in them (a project applied for is
    no department budget)."""
    return (f"{'、'.join(departments)}的表是项目申报表（申报的项目及其预算），不是部门预算表；"
            "知识库里没有它的部门预算。")


def applied_year_total(doc, column: str, value: float, projects: int) -> str:
    """"湄潭县农业农村局 2027年：合计 1260.00万元": the 合计 of a 项目申报表's column of another year it applies for
    (its projects' added up), with whose table it is."""
    several = f"（{projects} 个申报项目相加）" if projects > 1 else ""
    return (f"{doc['department_name']} {column}：合计 {format_amount(value, doc['unit'])}{several}"
            f"（来源：{table_name(doc['department_name'], doc['form'], doc['year'])} {column}一栏）")


def total_line(doc, column: str, value: float | None, unplaced: float | None = None) -> str:
    """One table's line of a total: the figure, and for the whole total its sources of funds; a column
    the table's unplaced amounts may be: their sum, said to be that."""
    label = AMOUNT_LABELS[column]
    if value is None and unplaced is not None:
        return (f"{doc['department_name']}项目支出{label}：{format_amount(unplaced, doc['unit'])}"
                f"（{UNPLACED_NOTE}）。")
    if value is None:
        return f"{doc['department_name']}：{label}未列（0）。"
    if doc["layout"] == "department-targets" and column in SOURCE_COLUMNS and doc["total"] is not None \
            and value == doc[column]:
        return department_source(doc, column, cited=False)  # a department's own income line (收入来源), not its projects'
    text = f"{doc['department_name']}项目支出{label}合计 {format_amount(value, doc['unit'])}"
    if doc["layout"] == "project-application" and doc["year"]:
        # (a 申报表's projects' amounts are of its year: never read as their 项目总预算)
        said = "" if column == "total" else label
        text = f"{doc['department_name']}申报项目{doc['year']}年（当年）预算{said}合计 {format_amount(value, doc['unit'])}"
    if column == "total":
        parts = [f"{AMOUNT_LABELS[c]} {format_amount(doc[c], doc['unit'])}" for c in SOURCE_COLUMNS if doc[c] is not None]
        if parts:
            text += "（" + "，".join(parts) + "）"
    return text + "。"


def department_source(doc, column: str, cited: bool = True) -> str:
    """"部门整体其他资金多少": a department-level table's income line of that source (收入来源), with the
    table it is read from (unless the caller cites it)."""
    label = AMOUNT_LABELS[column]
    cite = f"（来源：{table_name(doc['department_name'], doc['form'], doc['year'])}）" if cited else ""
    # (the 合计 only beside a cited line of its own: within a department's totals, a second figure beside the
    # asked one reads as the answer)
    whole = f"（收入来源合计 {format_amount(doc['total'], doc['unit'] or '万元')}）" if cited else ""
    return f"{doc['department_name']}部门整体收入来源{label} {format_amount(doc[column], doc['unit'] or '万元')}{whole}。{cite}"


def source_held(doc, column: str, amounts: dict[str, float], projects: int, which: bool = False,
                others: Sequence[str] = ()) -> str:
    """"有没有财政专户拨款的项目": no or yes first, then which projects have it and how much ("哪些项目有…":
    the projects without the yes); a printed 0.00 is no money of that source. A no says which sources the
    projects' money is of instead ("我们局有没有其他资金": all of it 财政拨款)."""
    label, unit = AMOUNT_LABELS[column], doc["unit"]
    if not amounts:
        # (the sources named, not their sums: a figure beside a no reads as the amount of the source asked)
        instead = "、".join(AMOUNT_LABELS[c] for c in others)
        return (f"没有：{doc['department_name']}的 {projects} 个项目都没有{label}（表中该栏未列或为0）"
                + (f"，资金来源是{instead}。" if instead else "。"))
    listed = "、".join(f"{name}（{format_amount(v, unit)}）" for name, v in amounts.items())
    total = format_amount(round(sum(amounts.values()), 2), unit)
    return (f"{'' if which else '有，'}{doc['department_name']}的 {len(amounts)} 个项目有{label}（共 {total}）："
            f"{listed}。")


def sources_of_table(doc, projects: int, holders: dict[str, list[str]],
                     loose: dict[str, float] | None = None) -> str:
    """"都是财政拨款吗": a table's total by each source of funds, and the projects using each; amounts printed
    where the table leaves their column unsaid (loose: name -> amount) are shown with each project, so
    "哪些项目有其他资金" still reads each one's figure."""
    if loose:
        holders = {**holders, "unplaced": [f"{name} {format_amount(v, doc['unit'])}" for name, v in loose.items()]}
    parts = []
    unplaced = bool(holders.get("unplaced"))
    for c in SOURCE_COLUMNS:
        names = holders.get(c) or []
        if not names and (c == "unplaced" or (unplaced and c in UNPLACED_BETWEEN)):
            continue  # no unplaced amount; or blank, where the unplaced amounts may be in it
        if not names:
            parts.append(f"{AMOUNT_LABELS[c]}未列（0），没有项目用")
        elif len(names) == projects:
            parts.append(f"{AMOUNT_LABELS[c]} {format_amount(doc[c] or 0, doc['unit'])}（{projects} 个项目都有）")
        else:
            parts.append(f"{AMOUNT_LABELS[c]} {format_amount(doc[c] or 0, doc['unit'])}（{'、'.join(names)}）")
    return (f"{doc['department_name']}项目支出合计 {format_amount(doc['total'], doc['unit'])}，按资金来源："
            + "；".join(parts) + "。")


def spot(page: int | None, sheet: str | None, line: int | None) -> str:
    """Where in a file: "第3页" of a PDF, "Sheet1 第12行" of a spreadsheet, "" when unknown."""
    if page:
        return f"第{page}页"
    return f"{sheet or ''} 第{line}行".strip() if line else ""


def summed(rows: Sequence, total: float, tail: str = "") -> str:
    """"A + B 合计 20.00万元": the projects added, then the sum; not each project's own amount, which
    a reader skimming for the answer could take for the sum asked (the list of amounts goes with the
    answer's rows, for a chart or a spreadsheet)."""
    if len(rows) == 1:  # "两项合计" → "去掉公用经费呢": the one left
        return f"{rows[0]['name']}：{format_amount(total)}{tail}"
    return " + ".join(r["name"] for r in rows) + f" 合计 {format_amount(total)}{tail}"


@_difference_worked
def indicator_counts_compared(a: str, na: int, b: str, nb: int) -> str:
    if na == nb:
        return f"{a}和{b}的绩效指标一样多，各 {na} 个。"
    (hi, n_hi), (lo, n_lo) = ((a, na), (b, nb)) if na > nb else ((b, nb), (a, na))
    return f"{hi}的绩效指标更多：{n_hi} 个；{lo} {n_lo} 个，多 {n_hi - n_lo} 个。"


@_difference_worked
def amounts_compared(a, b, times: bool, smaller_asked: bool = False) -> str:
    """Two projects' totals: which is more, by how much, and (asked with 倍) how many times; "小的是大的几倍"
    (the smaller named first) is answered that way round too."""
    ta, tb = a["total"] or 0, b["total"] or 0
    if abs(ta - tb) < 0.005:
        return f"{a['name']}和{b['name']}经费相同，都是 {money(a)}。"
    hi, lo = (a, b) if ta > tb else (b, a)
    # The difference first, then its working in the plain figures of the other computed answers
    # ("77.28 − 68 = 9.28万元"): the larger amount leading the line reads as the answer to "多多少".
    big, small = max(ta, tb), min(ta, tb)
    diff = format_amount(round(big - small, 2), _unit(hi))
    if times and small > 0:  # the multiple asked first, the way round it was asked
        first, second, ratio = (lo, hi, small / big) if smaller_asked else (hi, lo, big / small)
        a, b = (small, big) if smaller_asked else (big, small)
        # (the smaller named first may be said loosely for the usual way round: that one is shown too)
        other = f"{hi['name']}是{lo['name']}的 {big / small:.2f} 倍，" if smaller_asked else ""
        return (f"{first['name']}是{second['name']}的 {ratio:.2f} 倍：{a:.10g} ÷ {b:.10g} ≈ {ratio:.2f}"
                f"（{other}{hi['name']}多 {diff}）。")
    return f"{hi['name']}更多，比{lo['name']}多 {diff}：{big:.10g} − {small:.10g} = {diff}。"


def ask_share_part(whole: str) -> str:
    return f"请说明是哪一项占{whole}的比例。"


def share_of_project(row, whole) -> str:
    return f"{row['name']} {money(row)}，占{whole['name']} {money(whole)} 的 {percent(row['total'] or 0, whole['total'] or 0)}。"


def share_of_sum(row, wholes: Sequence, total: float) -> str:
    """"雇员工资占雇员两个项目合计的多少": one project over the sum of several (itself among them), shown."""
    names = " + ".join(w["name"] for w in wholes)
    return (f"{row['name']} {money(row)}，占{names} 合计 {format_amount(total, _unit(row))} 的 "
            f"{percent(row['total'] or 0, total)}。")


def fewer_listed(kind: str, count: int, department: str) -> str:
    return f"{department}的表中只有 {count} 个{kind}，没有您说的那一个。"


def no_list_to_point_into(n: int) -> str:
    # "没有看懂…": a reading the facts may still better (the lines under a row they showed)
    return f"没有看懂“第{n}项”指的是哪一项：上一个回答没有列出清单，请说出项目或表中的行名。"


def completion_not_a_share() -> str:
    return "问的是完成比例（实际完成除以计划或预算），不是占部门总预算的比例；请说出是哪一项的完成情况。"


def several_whole(n: int) -> str:
    return f"这{n}项合计"


def several_listed(names: list[str]) -> str:
    return f"（{len(names)}项：{'、'.join(names)}）"


def no_several_whole(said: str, names: list[str]) -> str:
    """"占三项总额" where the table holds another number of such rows: no whole is guessed."""
    have = f"表中同类的有{len(names)}项：{'、'.join(names[:8])}" if names else "表中没有可以相加的同类项"
    return f"“{said}项”说的是哪几项不清楚（{have}），请说出要比的是哪几项。"


def department_not_held(names: str, place: str = "", loaded: Sequence[str] = ()) -> str:
    """"宜都市民政局有哪些项目": no table of that department is loaded; which of its place's departments are."""
    have = f"（{place}已加载的部门：{'、'.join(loaded)}）" if place and loaded else ""
    return f"知识库里没有“{names}”的数据{have}。"


def no_own_table(name: str, thing: str, tables: list[str], place: str, loaded: list[str]) -> str:
    """"广汉市民政局有哪些项目" where that bureau is only a line of a table of every department (三公, 收入预算):
    its line is no list of its projects; which of that place's departments have tables of their own."""
    where = f"（它只在{'、'.join(tables)}里有一行，那一行不是它的{thing}）" if tables else ""
    have = f"{place}已加载的部门：{'、'.join(loaded)}。" if loaded else ""
    return f"知识库里没有加载{name}自己的表，查不到它的{thing}{where}。{have}"


def indicator_not_in_department(department: str, indicator: str) -> str:
    return f"{department}的表中没有“{indicator}”这个指标。"


def item_not_of_subject(subject: str, item: str) -> str:
    """A follow-up asks the item asked before of another subject, whose tables hold no such item: said so, never
    the subject's other figures."""
    return f"表中没有“{subject}”的“{item}”这一项，不拿它别的数来回答。"


def asked_back_not_held(said: str, asked: str) -> str:
    """A department said after a question asked back ("白云信访局呢"), whose tables do not answer that question."""
    return f"“{said}”：表中没有找到上一个问题（“{asked}”）问的那一项，不拿它别的数来回答。"


def line_of_subject_not_read(subject: str) -> str:
    """"卫健局专项债多少" where the department's table prints 专项债 lines under its block: not its whole."""
    return f"表里有写着“{subject}”的行，但没能确定问的是哪一行，请说出表中的行名（科目名称）。"


def subject_not_held(subject: str) -> str:
    return f"知识库里没有“{subject}”的数据（没有加载它的表）。"


def no_amount_for_share(names: list[str]) -> str:
    return f"表中没有列出{'、'.join(names)}的金额，算不出占比。"


def source_share(row, column: str, whole: str = "本项目总计") -> str:
    """"它的财政拨款占本项目多少": one source of funds as a share of its project's total (or of a 资金使用单位's
    subtotal: whole="该单位小计")."""
    label = AMOUNT_LABELS[column]
    if (unplaced := unplaced_for(row, column)) is not None:  # the printed third amount may be this column
        return (f"{row['name']}的{label} {format_amount(unplaced, _unit(row))}（{UNPLACED_NOTE}），占{whole} "
                f"{money(row)} 的 {percent(unplaced, row['total'] or 0)}。" + source_note(row))
    return (f"{row['name']}的{label} {money(row, column)}，占{whole} {money(row)} 的 "
            f"{percent(row[column] or 0, row['total'] or 0)}。" + source_note(row))


def table_source_share(doc, column: str, part: float | None, whole: float, unplaced: bool) -> str:
    """A source of funds of a table as a share of its total; a blank one is 0, an unplaced one said so."""
    label, unit = AMOUNT_LABELS[column], doc["unit"]
    if part is None:
        return f"{doc['department_name']}项目支出{label}未列（0），占总计 {format_amount(whole, unit)} 的 0%。"
    note = f"（{UNPLACED_NOTE}）" if unplaced else ""
    return (f"{doc['department_name']}项目支出{label} {format_amount(part, unit)}{note}，占总计 "
            f"{format_amount(whole, unit)} 的 {percent(part, whole)}（{part:g} ÷ {whole:g}）。")


def indicator_share(name: str, said: str, project, value: float, unit: str) -> str:
    """An indicator valued in money as a share of its own project's total."""
    return (f"{name}（{said}）占{project['name']}总预算 {money(project)} 的 {percent(value, project['total'] or 0)}"
            f"（{value:g} ÷ {project['total']:g}，单位：{unit}）。")


def share_of_unit(row, unit) -> str:
    """A project over its 资金使用单位's subtotal (a row of funding_unit)."""
    return (f"{row['name']} {money(row)}，占{unit['name']}小计 {format_amount(unit['total'], unit['money_unit'])} 的 "
            f"{percent(row['total'] or 0, unit['total'])}（{row['total']:g} ÷ {unit['total']:g}）。")


def share_of_department(row, department: str, total: float | None, unit: str, whole: str = "总预算") -> str:
    return (f"{row['name']} {money(row)}，占{department}{whole} {format_amount(total, unit)} 的 "
            f"{percent(row['total'] or 0, total or 0)}。")


def shares_together(n: int, part: float, whole: float, department: str, unit: str) -> str:
    """Under each project's share: the projects' sum as one share of the same total."""
    return (f"以上 {n} 个项目合计 {format_amount(part, unit)}，占{department}总预算 {format_amount(whole, unit)} 的 "
            f"{percent(part, whole)}（{part:g} ÷ {whole:g}）。")


def projects_totalling(value: float, rows: Sequence) -> str:
    if not rows:
        return f"没有总计为 {format_amount(value)} 的项目。"
    return f"总计为 {format_amount(value)} 的项目：\n{project_list(rows)}"


def projects_near(value: float, rows: Sequence) -> str:
    """An amount said roughly ("七十七万多"): the projects near it, each with its exact total."""
    if not rows:
        return f"没有总计在 {format_amount(value)} 上下的项目。"
    return f"总计在 {format_amount(value)} 上下的项目：\n{project_list(rows)}"


def amount_bound(op: str, a: float, b: float | None) -> str:
    """"超过 50.00万元", "在 10.00万元 到 20.00万元 之间": an amount filter in words."""
    return {"gt": f"超过 {format_amount(a)}", "lt": f"低于 {format_amount(a)}", "eq": f"等于 {format_amount(a)}",
            "ge": f"不低于 {format_amount(a)}", "le": f"不超过 {format_amount(a)}",
            "between": f"在 {format_amount(a)} 到 {format_amount(b)} 之间"}[op]


# What an amount is when it is not within a bound: "没有超过 70.00万元".
_NOT_WITHIN = {"gt": "没有超过", "lt": "不低于", "ge": "低于", "le": "超过", "eq": "不等于"}


def bound_verdict(within: bool, op: str, a: float, b: float | None, row) -> str:
    """"信访超市的经费有没有超过70万": yes or no, with the project's amount and the bound."""
    if within:
        return f"是的，{row['name']}是 {money(row)}，{amount_bound(op, a, b)}。"
    if op == "between":
        return f"不是，{row['name']}是 {money(row)}，不{amount_bound(op, a, b)}。"
    return f"不是，{row['name']}是 {money(row)}，{_NOT_WITHIN[op]} {format_amount(a)}。"


def projects_filtered(bound: str, rows: Sequence, count_only: bool, summed_too: bool = False) -> str:
    """Projects within an amount bound; "大于十万的项目合计多少": their sum on the first line, then them."""
    units = {_unit(r) for r in rows}
    if summed_too and len(rows) >= 2 and len(units) == 1:
        total = round(sum(r["total"] or 0 for r in rows), 2)
        return (f"经费{bound}的项目（{len(rows)} 个）合计 {format_amount(total, units.pop())}：\n"
                + summed(rows, total))
    if count_only:
        return f"经费{bound}的项目有 {len(rows)} 个" + ("：" + "、".join(r["name"] for r in rows) if rows else "") + "。"
    if rows:
        return f"经费{bound}的项目（{len(rows)} 个）：\n{project_list(rows)}"
    return f"没有经费{bound}的项目。"


def categories_ranked(rows: Sequence, most: bool) -> str:
    top = rows[0]
    return (f"指标最{'多' if most else '少'}的类别是{top['name']}，共 {top['n']} 个。\n"
            + "\n".join(f"· {r['name']}：{r['n']} 个" for r in rows))


SHARED = "共同的"  # "…的共同的绩效指标": the names every project asked about has


def no_shared_indicators(scope: str) -> str:
    return f"{scope}没有名称相同的绩效指标。"


def most_indicators(names: list[str], n: int, most: bool, what: str = "") -> str:
    kind = (what if what.endswith("指标") else f"{what}类指标") if what else "绩效指标"
    return f"{kind}最{'多' if most else '少'}的项目（{n} 个）：" + "、".join(names) + "。"


def indicators_of_the_whole(n: int, what: str = "") -> str:
    """Projects ranked by their indicators where the table prints them for the department as a whole only."""
    kind = (what if what.endswith("指标") else f"{what}类指标") if what else "绩效指标"
    return f"表中的{kind}（{n} 个）是部门整体的，没有分到各个项目，无法按项目比较指标多少。"


def only_projects(n: int) -> str:
    return f"一共只有 {n} 个项目。"


def ranked_project(k: int, word: str, row) -> str:
    """"经费第2多的项目是X：12.00万元。"."""
    return f"经费第{k}{word}的项目是{row['name']}：{money(row)}。"


def top_projects(word: str, rows: Sequence) -> str:
    return f"经费最{word}的 {len(rows)} 个项目：\n{project_list(rows)}"


def projects_in_order(descending: bool, rows: Sequence) -> str:
    return f"项目经费{'从高到低' if descending else '从低到高'}：\n{project_list(rows)}"


def money_unit_of(row) -> str:
    return _unit(row)


def departments_top_projects(word: str, parts: list[tuple[str, sqlite3.Row]], summed: bool) -> str:
    """Each department's own top project ("信访局和农业农村局最大的项目"), one a line; their sum first when asked,
    with the figures added."""
    lines = "\n".join(f"{d}：经费最{word}的项目是{r['name']}：{money(r)}" for d, r in parts)
    if not summed:
        return lines
    unit = _unit(parts[0][1])
    total = round(sum(r["total"] or 0 for _, r in parts), 2)
    added = " + ".join(format_amount(r["total"], unit).removesuffix(unit) for _, r in parts)
    return f"各部门经费最{word}的项目合计 {format_amount(total, unit)}（{added} = {format_amount(total, unit)}）：\n{lines}"


def top_project(word: str, names: list[str], row) -> str:
    return f"经费最{word}的项目是{'、'.join(names)}：{money(row)}。"


def ranked_by_column(column: str, word: str, rows: Sequence, shown: int, having: int) -> str:
    """"其他资金最多的项目": ranked by one source column, among the projects that list it (a blank cell is
    none of it, not a smallest amount)."""
    label = AMOUNT_LABELS[column]
    lines = "\n".join(f"{k}. {r['name']}：{money(r, column)}" for k, r in enumerate(rows[:shown], 1))
    head = f"{label}最{word}的项目是{rows[0]['name']}：{money(rows[0], column)}" if shown == 1 else \
        f"{label}最{word}的 {shown} 个项目："
    note = f"（列有{label}的项目共 {having} 个）"
    return head + note + ("" if shown == 1 else "\n" + lines)


def unplaced_among(rows: Sequence) -> str:
    """The note under a list or ranking by 财政专户拨款 / 其他资金 that counted unplaced third amounts."""
    names = [r["name"] for r in rows if isinstance(r, dict) and r.get("unplaced_in")]
    return f"\n（{'、'.join(names)}的金额是{UNPLACED_NOTE}，一并列入）" if names else ""


def projects_with_column(column: str, rows: Sequence) -> str:
    label = AMOUNT_LABELS[column]
    if not rows:
        return f"没有项目列有{label}（各项目该栏都是空的）。"
    lines = "\n".join(f"{k}. {r['name']}：{money(r, column)}" for k, r in enumerate(rows, 1))
    return f"列有{label}的项目共 {len(rows)} 个：\n{lines}"


def projects_of_one_source(column: str, only: bool, rows: Sequence) -> str:
    """"不全是财政拨款的项目共 3 个：" and each one's total by source."""
    what = f"{'全是' if only else '不全是'}{AMOUNT_LABELS[column]}的项目"
    if not rows:
        return f"没有{what}。"
    return f"{what}共 {len(rows)} 个：\n" + "\n".join(f"{k}. {amount_line(r)}" for k, r in enumerate(rows, 1))


def no_column_listed(column: str) -> str:
    return f"表中没有列出{AMOUNT_LABELS[column]}的项目（各项目该栏都是空的）。"


PROJECTS_NOT_LISTED = "这些表里没有按项目登记的项目清单。"


def projects_not_listed_of(departments: Sequence[str]) -> str:
    return f"{'、'.join(departments)}的表里没有按项目登记的项目清单，没法把几个部门的项目数合在一起数。"


def project_count(n: int) -> str:
    return f"一共有 {n} 个项目。"


def project_counts_each(departments: list[str], counts: list[int]) -> str:
    """"A局和B局各有几个项目": each one's count."""
    return "；".join(f"{d} {n} 个项目" for d, n in zip(departments, counts, strict=True)) + "。"


def project_counts_compared(departments: list[str], counts: list[int]) -> str:
    """"A比B项目多几个": the difference first, then each one's count."""
    (a, b), (n, m) = departments, counts
    diff = f"{a}比{b}多 {n - m} 个项目" if n >= m else f"{a}比{b}少 {m - n} 个项目"
    worked = f"{n} − {m} = {n - m}" if n >= m else f"{m} − {n} = {m - n}"
    return f"{diff}：{a} {n} 个，{b} {m} 个（{worked}）。"


def class_count(projects: list[str], level: str, classes: list[str], n: int) -> str:
    """"X的二级指标共 4 类：数量指标、质量指标…", with the number of indicators filed under them."""
    whose = f"{'、'.join(projects)}的" if projects else ""
    return f"{whose}{level}共 {len(classes)} 个：{'、'.join(classes)}（其下共 {n} 个绩效指标）。"


def classes_under(parent: str, level: str, per: dict[str, int]) -> str:
    """"效益指标下有指标的二级指标共 3 个：经济效益（2 个指标）…": the classes holding indicators (a class printed
    empty is not read, so it is neither listed nor said to be absent)."""
    listed = "、".join(f"{name}（{n} 个指标）" for name, n in per.items())
    return f"{parent}下有指标的{level}共 {len(per)} 个：{listed}。"


COUNT_NAMES_AT_MOST = 10  # one project's indicators counted: named too, when no more than this


def indicator_count(projects: list[str], what: str, n: int, per: dict[str, int] | None = None,
                    names: list[str] | None = None) -> str:
    """"X的满意度指标共 2 个。", with the count of each project when several are counted, or the names of
    one project's few ("其中质量指标几个": which they are is the next thing asked)."""
    text = f"{'、'.join(projects)}的{what}共 {n} 个。" if projects else f"{what}一共有 {n} 个。"
    if names and len(names) <= COUNT_NAMES_AT_MOST:
        # on a line of their own (a name may hold "、": "增强人民群众的获得感、幸福感")
        text = text[:-1] + "：\n" + ("；" if any("、" in x for x in names) else "、").join(names) + "。"
    if per:
        text += "\n" + "\n".join(f"· {name}：{k} 个" for name, k in per.items())
    return text


def filed_by_name(what: str, words: list[str]) -> str:
    """A category no indicator is filed under, so indicators named by its words are shown instead."""
    return f"（表中没有归入“{what}”类的指标，以下是名称含“{'、'.join(words)}”的指标）\n"


def task_indicators_of_whole(tasks: list[str]) -> str:
    """A department-overall table's task has no indicators of its own: the whole's that name it are shown."""
    return f"（{'、'.join(tasks)}是部门整体绩效目标表中的一项任务，表中没有单列它的指标；以下是部门整体指标中名称提到它的）\n"


def no_indicators(scope: str, what: str, of_category: bool, said_no: bool = False) -> str:
    return f"{'没有。' if said_no else ''}表中{scope}没有{f'{what}类的指标' if of_category else '绩效指标'}。"


def indicators_head(scope: str, what: str, n: int) -> str:
    return f"{scope}的{what}（{n} 个）：\n"


def completion_report(missed: Sequence, unclear: Sequence, met: int, checked: int) -> str:
    """Which indicators missed their target, which only a person can judge, and the tally."""
    parts = []
    if missed:
        parts.append(f"未完成的指标（{len(missed)} 个）：\n" + "\n".join(
            f"· {r['name']}（{r['project_name']}）：目标 {r['annual_value']}，完成 {r['actual_value']}" for r in missed))
    else:
        parts.append(ALL_TARGETS_MET)
    if unclear:
        parts.append("以下指标是文字目标，需人工判断：\n" + "\n".join(
            f"· {r['name']}：目标 {r['annual_value']}，完成 {r['actual_value']}" for r in unclear))
    parts.append(f"（共 {checked} 个指标有全年完成值，{met} 个已完成。）")
    return "\n".join(parts)


def units_listed(department: str, units: Sequence[tuple[str, float | None, int]], money_unit: str,
                 order: str | None, own: Sequence[str] = ()) -> str:
    """"有几个资金使用单位", "哪个单位经费最多": a department's 资金使用单位 (name, subtotal, projects),
    largest first when a ranking is asked; the units under it ("下属单位") without its own line, said so."""
    if order:
        units = sorted(units, key=lambda u: u[1] or 0, reverse=order == "desc")
    lines = [f"{k}. {name}：{format_amount(total, money_unit)}（{n} 个项目）" for k, (name, total, n) in enumerate(units, 1)]
    head = f"{department}的资金使用单位共 {len(units)} 个"
    if own:
        head = f"{department}的下属单位共 {len(units)} 个（不含{'、'.join(o if o.endswith('本级') else f'{o}本级' for o in own)}）"
    if order and units:
        most = "最多" if order == "desc" else "最少"
        head += f"，经费{most}的是{units[0][0]}：{format_amount(units[0][1], money_unit)}"
    return head + "：\n" + "\n".join(lines)


def units_with_rows(department: str, units: Sequence[tuple[str, Sequence[str]]]) -> str:
    """"交通局有哪些单位配资产": the units a department's rows stand under in a table of several departments,
    each with its rows (as shown: name and amount)."""
    lines = [f"{k}. {name}：{'、'.join(rows)}" for k, (name, rows) in enumerate(units, 1)]
    return f"{department}共 {len(units)} 个单位：\n" + "\n".join(lines)


def not_the_units_project(unit: str, projects: Sequence[tuple[str, str]]) -> str:
    """"公证处热线经费多少" where the 热线 project is another unit's of the table (projects: each one's name and the
    unit or 主管部门 it is listed under)."""
    names = "、".join(f"{name}（属{owner}）" for name, owner in projects)
    return f"表中{unit}没有这个项目：{names}不是{unit}的项目。"


def no_time_stated(projects: Sequence[str]) -> str:
    """"X什么时候完工" of a project with no 时效指标: the table says no time for it."""
    return f"表中{'、'.join(projects)}没有时效指标，没有写到时间。"


def not_a_time(named: Sequence[tuple[str, str]]) -> str:
    """"传承人补助几月份发放" of an indicator that is no time (传承人补助标准 3000元/人·年): the table says no when (its
    value left unsaid: a figure beside a question it does not answer reads as the answer)."""
    said = "、".join(f"“{name}”" for name, _ in named)
    return f"表中没有写到什么时候：{said}不是时间指标。"


def no_date_stated(projects: Sequence[str], limits: Sequence[tuple[str, str]]) -> str:
    """"X几月份完成" of a project whose time indicators say a time limit, no date (险情处置时限 ≤2小时): no month nor
    day in the table, the limits it has said beside."""
    said = "；".join(f"{name}：{value}" for name, value in limits)
    return f"表中{'、'.join(projects)}的时效指标没有写到日期（只有 {said}），答不出几月几号。"


def projects_listed(rows: Sequence) -> str:
    return f"共 {len(rows)} 个项目：\n{project_list(rows)}"


def nth_listed(k: int, row) -> str:
    """The k-th item of a list asked in the same question ("第三个是什么")."""
    return f"第{k}个是{row['name']}：{money(row)}"


def nth_indicator(scope: str, what: str, k: int, row, value_kind: str | None = None) -> str:
    """"它的第三个指标": that one indicator, counted as the list of them is numbered."""
    return f"{scope}的第{k}个{what}（按指标列表的顺序）：\n  " + indicator_line(row, value_kind, k)


def only_so_many(n: int, asked: int) -> str:
    """An ordinal past the end of a list ("第四个" of three): said, never another item given."""
    return f"一共只有 {n} 项，没有第{asked}项。"


def _unit_source(row, doc) -> str:
    """（来源：file 第N页 / 第N行，table）of a funding unit's subtotal line."""
    return source_note({"file_name": doc["file_name"], "line": row["line"],
                        "page": row["page"] if "page" in row.keys() else None, "department_name": doc["department_name"],
                        "form": doc["form"], "year": doc["year"]})


def unit_total(row, doc, projects: int, with_sources: bool = True) -> str:
    """A funding unit's subtotal line: its total (and sources of funds, when asked), and how many projects
    it holds."""
    unit = doc["unit"] or "万元"
    parts = [f"{AMOUNT_LABELS[c]} {format_amount(row[c], unit)}" for c in SOURCE_COLUMNS
             if row[c] is not None and with_sources]
    sources = f"（{'，'.join(parts)}）" if parts else ""
    own = row["name"] == doc["department_name"]
    name = f"{row['name']}本级" if own else f"{row['name']}（{doc['department_name']}的资金使用单位）"
    return (f"{name}小计 {format_amount(row['total'], unit)}{sources}，含 {projects} 个项目"
            + _unit_source(row, doc))


def unit_column(row, doc, column: str) -> str:
    """One source of funds of a funding unit's subtotal line ("一中的财政专户拨款"): that figure alone (its 小计 beside
    it is another figure than the one asked, easily read for it)."""
    unit = doc["unit"] or "万元"
    value = format_amount(row[column], unit) if row[column] is not None else "表中未列"
    if (unplaced := unplaced_for(row, column)) is not None:  # the printed third amount may be this column
        value = f"{format_amount(unplaced, unit)}（{UNPLACED_NOTE}）"
    return f"{row['name']}{AMOUNT_LABELS[column]} {value}" + _unit_source(row, doc)


def unit_share(row, doc) -> str:
    """A funding unit's subtotal as a share of its department's total."""
    unit, whole = doc["unit"] or "万元", doc["total"]
    if row["total"] is None or not whole:
        return f"{row['name']}或{doc['department_name']}的合计表中未列，算不出占比" + _unit_source(row, doc)
    return (f"{row['name']}小计 {format_amount(row['total'], unit)}，占{doc['department_name']}合计 "
            f"{format_amount(whole, unit)} 的 {percent(row['total'], whole)}（{row['total']:g} ÷ {whole:g}）"
            + _unit_source(row, doc))


def unit_not_in_table(department: str, said: str, units: Sequence[str]) -> str:
    """A unit said of a department whose table lists no unit of that name ("民政局救助管理站经费多少")."""
    return f"{department}的表里没有“{said}”这个单位；表中的资金使用单位有：{'、'.join(units)}。"


def unit_projects(row, doc, projects: Sequence, counted: bool) -> str:
    """The projects a funding unit holds: how many (when counted), each with its amount."""
    unit = doc["unit"] or "万元"
    head = f"{row['name']}下有 {len(projects)} 个项目" if counted else f"{row['name']}的项目（{len(projects)} 个）"
    lines = [f"{k}. {p['name']}：{format_amount(p['total'], unit)}" for k, p in enumerate(projects, 1)]
    return (f"{head}：\n" + "\n".join(lines) + f"\n小计 {format_amount(row['total'], unit)}" + _unit_source(row, doc))


def column_sum(rows: Sequence, column: str) -> str:
    """Several projects' one source of funds added up."""
    total = round(sum(r[column] for r in rows), 2)
    return (f"以上 {len(rows)} 个项目{AMOUNT_LABELS[column]}合计 {format_amount(total, _unit(rows[0]))}："
            + " + ".join(f"{r[column]:g}" for r in rows) + f" = {total:g}")


def source_value(row, column: str) -> tuple[float, bool]:
    """A row's amount in one source column, or its unplaced third amount where the column may hold it
    (0 when blank); the flag says the amount is the unplaced one."""
    if (unplaced := unplaced_for(row, column)) is not None:
        return unplaced, True
    return row[column] or 0.0, False


def column_summed(rows: Sequence, column: str) -> str:
    """"它们其他资金加起来多少": the projects' one source of funds added up (an unplaced third amount counted
    where the column may hold it, said so), never their totals."""
    values = [source_value(r, column) for r in rows]
    total = round(sum(v for v, _ in values), 2)
    text = (f"{' + '.join(r['name'] for r in rows)} 的{AMOUNT_LABELS[column]}合计 "
            f"{format_amount(total, _unit(rows[0]))}：" + " + ".join(f"{v:g}" for v, _ in values) + f" = {total:g}")
    if any(u for _, u in values):
        text += f"（其中{'、'.join(r['name'] for r, (_, u) in zip(rows, values, strict=True) if u)}的金额是{UNPLACED_NOTE}）"
    return text


def other_kind_not_listed(department: str, subject: str, kind: str, shown: str) -> str:
    """Another kind of cost of the subject just shown, which the table does not list."""
    return f"{department}的表中没有“{subject}”的{kind}费用，只有“{shown}”。"


def source_of_column(column: str, source: str, asked: str, same: bool) -> str:
    """"农村公路养护是中央资金吗": the column's own source of funds, said against the one asked."""
    return f"{column}的资金来源是{source}" + (f"（是{asked}资金）" if same else f"，不是{asked}资金")


def columns_of_source(asked: str, columns: Sequence[str]) -> str:
    return f"资金来源为{asked}的项目共 {len(columns)} 个：{'、'.join(columns)}"


def level_not_of_row(row: str, head: str, leaves: Sequence[str], asked: str) -> str:
    """"X市级资金多少" of a row whose sources are split into other levels only: not held, never another figure."""
    return f"表中“{row}”的{head}只分{'、'.join(leaves)}，没有“{asked}”这一项。"


def no_columns_of_source(asked: str) -> str:
    return f"表中没有资金来源为{asked}的项目。"


def sum_of_source(asked: str, parts: Sequence[tuple[str, str]], total: str, unit: str) -> str:
    """"中央资金合计多少": the total row's figures of the columns of that source, added up."""
    listed = " + ".join(f"{c} {n}" for c, n in parts)
    return f"{asked}资金合计：{total}{unit}（{listed}）" if len(parts) > 1 else f"{asked}资金合计：{total}{unit}（{parts[0][0]}）"


# --- one project per sheet (the 自评表 template): scores, 实施单位 and 偏差原因 of its projects -------------------

def _points(value: float) -> str:
    """A score as printed: 98.94, 100 (no trailing zeros)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


WHICH_PROJECT = "您问的是哪一个项目？"
WHICH_UNIT = "有几个资金使用单位都这样简称，您问的是哪一个单位？"


def kind_said_for(said: str, own: str) -> str:
    """One kind of staff said of projects that name another ("合同工" of 政府雇员工资经费): asked, never assumed."""
    return f"您说的{said}是指{own}吗？表中没有{said}的项目，{own}的项目如下："


def form_score_figure(row: dict) -> str:
    """One option's 总分 when asking which project: "自评总分 90.9分"."""
    return f"自评总分 {_points(row['got'])}分"


def form_total_score(project: str, got: float, full: float | None, place: str, table: str, lost: bool = False) -> str:
    """"重大动物疫病强制免疫补助项目 自评总分 98.94分（满分 100分）"; lost: the points short of full beside it."""
    short = f"，扣 {_points(full - got)}分：{_points(full)} − {_points(got)}" if lost and full is not None and got < full else ""
    # (the template's full marks, 100, go without saying: shown only beside the points lost or when they differ)
    out_of = f"（满分 {_points(full)}分{short}）" if full is not None and (short or full != 100) else ""
    return f"{project} {_scored_as(table)}总分：{_points(got)}分{out_of}（来源：{place}，{table}）"


def form_full_marks(project: str, full: float, got: float, place: str, table: str) -> str:
    """"X 评价满分：100分（总分一行的分值；实得 92.5分）": a project's full marks as its form prints them."""
    return (f"{project} {_scored_as(table)}满分：{_points(full)}分（总分一行的分值；实得 {_points(got)}分）"
            f"（来源：{place}，{table}）")


def form_full_marks_not_printed(project: str, table: str) -> str:
    """A project's full marks its form does not print (its 总分 line has no 分值)."""
    return f"{table}没有列出 {project} 的满分（总分一行没有分值）。"


def _scored_as(table: str) -> str:
    """How a table's 总分 is said: an evaluation's scoring sheet's (评价), else a self-evaluation's (自评)."""
    return "评价" if evaluation_form(table) else "自评"


@_difference_worked
def rates_compared(ordered: Sequence[tuple], lowest: bool) -> str:
    """"执行率更高的是X：96.37%；Y：86.00%（相差 10.37个百分点）": (name, rate, as printed, where), first the one asked."""
    if len(ordered) == 2 and round(ordered[0][1], 4) == round(ordered[1][1], 4):
        return f"两者执行率相同：{ordered[0][0]} {ordered[0][2]}，{ordered[1][0]} {ordered[1][2]}。（来源：{ordered[0][3]}；{ordered[1][3]}）"
    word = ("最低" if len(ordered) > 2 else "更低") if lowest else ("最高" if len(ordered) > 2 else "更高")
    items = "；".join(f"{name}：{printed}" for name, _, printed, _ in ordered)
    gap = f"（相差 {abs(ordered[0][1] - ordered[1][1]):.2f}个百分点）" if len(ordered) == 2 else ""
    places = "；".join(dict.fromkeys(where for *_, where in ordered))
    return f"执行率{word}的是{ordered[0][0]}。{items}{gap}（来源：{places}）"


WHOLE_WORKBOOK = "各项目"  # a field every sheet of a workbook prints alike, said of them all


def form_field(project: str, label: str, value: str, place: str, table: str, score: float | None = None) -> str:
    """"国家基本公共卫生服务项目补助资金 自评等级：优"; score: the 总分 a grade was given for, beside it."""
    scored = f"（总分 {_points(score)}分）" if score is not None else ""
    return f"{project} {label}：{value}{scored}（来源：{place}，{table}）"


def form_unit(project: str, unit: str, department: str, place: str, table: str) -> str:
    return f"{project}的实施单位是{unit}（主管部门：{department}）。（来源：{place}，{table}）"


def _reason_label(row: dict) -> str:
    """The reason's column said as the sheet prints it (扣分原因), the template's said short."""
    printed = row.get("printed") or ""
    template = asking_words().get("scorecard", {}).get("reason_columns", ("",))[:1]
    return "偏差原因及改进措施" if not printed or (printed,) == template else printed


def form_reasons(rows: Sequence[dict], table: str) -> str:
    """Each indicator's target, what was done and its 偏差原因分析及改进措施, as the sheet prints them."""
    lines = [f"{r['project']}·{r['indicator']}：目标 {r['annual_value'] or '未列'}，完成 {r['actual_value'] or '未列'}；"
             f"{_reason_label(r)}：{r['reason']}" for r in rows]
    places = "、".join(dict.fromkeys(f"{r['sheet']} 第{r['line']}行" for r in rows))
    return "\n".join(lines) + f"（来源：{rows[0]['file_name']} {places}，{table}）"


@_difference_worked
def form_scores_compared(a: dict, b: dict, table: str) -> str:
    """"农机购置与应用补贴 93.83分，比花牛苹果产业提质增效项目（91.85分）高 1.98分：93.83 − 91.85 = 1.98"."""
    diff = a["got"] - b["got"]
    word = "高" if diff > 0 else "低" if diff < 0 else "一样"
    said = (f"比{b['project']}（{_points(b['got'])}分）{word} {_points(abs(diff))}分：{_points(a['got'])} − "
            f"{_points(b['got'])} = {_points(diff)}分") if diff else f"与{b['project']}一样，都是 {_points(b['got'])}分"
    places = "、".join(f"{r['sheet']} 第{r['line']}行" for r in (a, b))
    return f"{a['project']} 自评总分 {_points(a['got'])}分，{said}（来源：{a['file_name']} {places}，{table}）"


def form_scores_ranked(kind: str, picked: Sequence[dict], every: Sequence[dict], table: str, bound: str = "",
                       place: int = 1) -> str:
    """A question over the projects' 总分 of one 自评表: the lowest / highest, the mean, those under or over a
    bound, those with full marks — with every project's score beside it, so the reading can be checked."""
    said = _scored_as(table)
    listing = "；".join(f"{r['project']} {_points(r['got'])}分" for r in every)
    if kind == "mean":
        total = sum(r["got"] for r in every)
        head = (f"{len(every)} 个项目{said}总分平均 {_points(total / len(every))}分："
                f"{' + '.join(_points(r['got']) for r in every)} = {_points(total)}，÷ {len(every)} = "
                f"{_points(total / len(every))}分")
    elif kind == "each":
        head = f"共 {len(every)} 个项目{said}"
    elif not picked:
        head = f"没有{bound}的项目"
    else:
        names = "、".join(f"{r['project']}（{_points(r['got'])}分）" for r in picked)
        nth = f"第{place}" if place > 1 else "最"
        head = {"min": f"{said}总分{nth}低的是{names}", "max": f"{said}总分{nth}高的是{names}",
                "full": f"{said}满分的项目（{len(picked)} 个）：{names}"}.get(kind, f"{bound}的项目（{len(picked)} 个）：{names}")
    by_sheet: dict[str, list[str]] = {}  # (a 汇总 sheet's lines said once: 自评汇总 第7、8、9行)
    for r in every:
        by_sheet.setdefault(r["sheet"], []).append(str(r["line"]))
    places = "、".join(f"{sheet} 第{'、'.join(lines)}行" for sheet, lines in by_sheet.items())
    return f"{head}。\n各项目{said}总分：{listing}（来源：{every[0]['file_name']} {places}，{table}）"


def _form_place(doc: dict, sheet: str, line: int) -> str:
    return f"（来源：{doc['file_name']} {sheet} 第{line}行，{table_name(doc['department_name'], doc['form'], doc['year'])}）"


def form_indicator_cell(project: str, row: dict, col: str, points: dict[str, float], doc: dict, sheet: str) -> str | None:
    """One column of one indicator of a project's sheet, the column beside it that it is read against: "项目完工时间
    得分：3分（分值 5分）", "每个村卫生室补助标准 实际完成值：13.67万元（年度指标值 ≤15万元）"; None when the
    sheet leaves it blank."""
    if col in ("得分", "分值"):
        if col not in points:
            return None
        other = "分值" if col == "得分" else "得分"
        lost = points["分值"] - points["得分"] if {"分值", "得分"} <= points.keys() else 0.0
        lost_said = f"，扣 {_points(lost)}分" if lost > 0 else ""
        beside = f"（{other} {_points(points[other])}分{lost_said}）" if other in points else ""
        value = f"{_points(points[col])}分{beside}"
    else:
        key, other, other_key = ("actual_value", "年度指标值", "annual_value") if col == "实际完成值" \
            else ("annual_value", "实际完成值", "actual_value")
        if not row[key]:
            return None
        value = f"{row[key]}（{other} {row[other_key]}）" if row[other_key] else row[key]
    return f"{project} · {row['name']} {col}：{value}{_form_place(doc, sheet, row['line'])}"


def form_indicator_absent(project: str, name: str, count: int, doc: dict, sheet: str) -> str:
    """The indicator asked of a project its sheet does not list, and how many it lists."""
    return f"{project} 的 {count} 个绩效指标里没有“{name}”这一项。{_form_place(doc, sheet, 0).replace(' 第0行', '')}"


def form_not_an_indicator(project: str, said: str, part: str, sentences: Sequence[str], doc: dict, sheet: str) -> str:
    """A rate (or count) said that no indicator of the project's sheet is, and what its 年度总体目标 writes of it."""
    head = f"{project} 的绩效指标里没有“{said}”这一项"
    if not sentences:
        return f"{head}，年度总体目标里也没有写到它。{_form_place(doc, sheet, 0).replace(' 第0行', '')}"
    return f"{head}；年度总体目标的{part}写的是：{'，'.join(sentences)}{_form_place(doc, sheet, 0).replace(' 第0行', '')}"


def form_fund_cell(project: str, line: str, col: str, cell: dict, doc: dict, sheet: str, rate: str = "") -> str:
    """"重大动物疫病强制免疫补助项目 财政拨款 执行率：99.33%"; an amount spent with its line's 执行率 beside it."""
    value = cell["value"] if col == "执行率" else f"{_points(cell['number'])}分" if col == "得分" \
        else format_amount(cell["number"], doc["unit"] or "万元")
    # (no line: a 汇总 sheet's line of the project; the column as the form prints it, 执行数 of a one-year form)
    said = " ".join(w for w in (project, line, cell.get("printed") or col) if w)
    return f"{said}：{value}{f'（执行率 {rate}）' if rate else ''}{_form_place(doc, sheet, cell['line'])}"


def form_project_overview(project: str, sheet: str, cells: Sequence[tuple[str, dict]], got: float, full: float | None,
                          doc: dict) -> str:
    """"村级卫生室标准化建设补助资金（村卫生室建设）：全年预算数 300.00万元，全年执行数 246.00万元，执行率 82.00%；
    自评总分 93.7分（满分 100分）"."""
    unit = doc["unit"] or "万元"
    shown = "，".join(f"{c} {cell['value'] if c == '执行率' else format_amount(cell['number'], unit)}" for c, cell in cells)
    out_of = f"（满分 {_points(full)}分）" if full is not None else ""
    lines = f"{shown}；" if shown else ""
    return f"{project}（{sheet}）：{lines}自评总分 {_points(got)}分{out_of}{_form_place(doc, sheet, 0).replace(' 第0行', '')}"


def form_fund_line_absent(project: str, line: str, lines: Sequence[str], doc: dict, sheet: str) -> str:
    """A funding line the project's sheet does not have ("上年结转"), and the lines it has."""
    return (f"{project} 的资金一栏没有“{line}”这一行（只有：{'、'.join(lines)}）。"
            f"{_form_place(doc, sheet, 0).replace(' 第0行', '')}")


def form_fund_unsplit(project: str, line: str, total: float | None, doc: dict, sheet: str) -> str:
    """A funding line asked of a form that prints only the project's 预算数, not split by source (an evaluation's
    scoring sheet): said so, with that figure when it is printed."""
    shown = f" {format_amount(total, doc['unit'] or '万元')}" if total is not None else ""
    return (f"{project} 的表中只列了预算数{shown}（未分资金来源），没有“{line}”这一项。"
            f"{_form_place(doc, sheet, 0).replace(' 第0行', '')}")


def form_fund_cell_blank(project: str, line: str, col: str, cell: dict, amounts: Sequence[tuple[str, dict]], doc: dict,
                         sheet: str) -> str:
    """A column the sheet leaves blank ("—") on a funding line, with the amounts the line does print."""
    unit = doc["unit"] or "万元"
    shown = "，".join(f"{c} {format_amount(a['number'], unit)}" for c, a in amounts)
    beside = f"（这一行：{shown}）" if shown else ""
    return f"{project} {line} {col}：表中没有填数（为“{cell['value'] or '空'}”）{beside}{_form_place(doc, sheet, cell['line'])}"


def form_fund_cells(project: str, line: str, cells: Sequence[tuple[str, dict]], doc: dict, sheet: str) -> str:
    """"美丽乡村精品村创建补助资金 上年结转资金：年初预算数 200.00万元，全年预算数 200.00万元，全年执行数 180.00万元"."""
    unit = doc["unit"] or "万元"
    shown = "，".join(f"{c} {cell['value'] if c == '执行率' else format_amount(cell['number'], unit)}" for c, cell in cells)
    return f"{' '.join(w for w in (project, line) if w)}：{shown}{_form_place(doc, sheet, cells[0][1]['line'])}"


@_difference_worked
def form_fund_gap(project: str, line: str, a: tuple[str, dict], b: tuple[str, dict], doc: dict, sheet: str) -> str:
    """Two columns of one funding line set against each other: both shown, and the difference worked out."""
    unit = doc["unit"] or "万元"
    (ca, x), (cb, y) = a, b
    hi, lo = (x, y) if x["number"] >= y["number"] else (y, x)
    gap = hi["number"] - lo["number"]
    return (f"{' '.join(w for w in (project, line) if w)}：{ca} {format_amount(x['number'], unit)}，{cb} "
            f"{format_amount(y['number'], unit)}，相差 {format_amount(gap, unit)}（{hi['number']:g} − {lo['number']:g}）"
            f"{_form_place(doc, sheet, x['line'])}")


@_difference_worked
def form_funds_of_two(col: str, parts: Sequence[tuple[str, str, dict, dict, str]], op: str) -> str:
    """Two projects' same column of a funding line added ("sum") or set against each other ("diff"), each figure
    with its project, line and source: (project, line, cell, doc, sheet) each."""
    rate = col == "执行率"
    unit = "" if rate else parts[0][3]["unit"] or "万元"

    def shown(x: float) -> str:
        return f"{x:.2f}%" if rate else format_amount(x, unit)

    terms = [f"{name} {line} {col} {cell['value'] if rate else shown(cell['number'])}" for name, line, cell, _, _ in parts]
    a, b = (float(p[2]["number"]) for p in parts)
    places = "来源：" + "；".join(_form_place(doc, sheet, cell["line"])[len("（来源："):-1] for _, _, cell, doc, sheet in parts)
    if op == "sum":
        return f"两项合计 {shown(a + b)}：{terms[0]} + {terms[1]} = {shown(a + b)}（{places}）"
    gap = abs(a - b)
    more = parts[0][0] if a >= b else parts[1][0]
    said = f"{gap:.2f}个百分点" if rate else shown(gap)
    head = "两者相同" if a == b else f"{more}{'更高' if rate else '更多'}，相差 {said}"
    return f"{head}：{terms[0]}，{terms[1]}（{max(a, b):g} − {min(a, b):g}）（{places}）"


def form_budget_added(project: str, line: str, start: dict, whole: dict, doc: dict, sheet: str) -> str:
    """The budget added during the year: 全年预算数 − 年初预算数, both shown."""
    added = whole["number"] - start["number"]
    unit = doc["unit"] or "万元"
    word = "追加" if added > 0 else "调减" if added < 0 else "没有调整"
    said = f"{word} {format_amount(abs(added), unit)}" if added else word
    return (f"{' '.join(w for w in (project, line) if w)}：年初预算数 {format_amount(start['number'], unit)}，全年预算数 "
            f"{format_amount(whole['number'], unit)}，年中{said}：{whole['number']:g} − {start['number']:g} = "
            f"{added:g}{unit}{_form_place(doc, sheet, whole['line'])}")


def form_class_points(project: str, kind: str, rows: Sequence[dict], doc: dict, sheet: str, column: str = "得分") -> str:
    """"国家基本公共卫生服务项目补助资金 产出指标 得分：49.42分（分值 50分；9 个指标：名 6 + 名 6 + … = 49.42）";
    column 分值: their 分值 added up; 扣分: 分值 − 得分 of each, added up."""
    got = sum(r["得分"] for r in rows)
    full = sum(r["分值"] for r in rows) if all("分值" in r for r in rows) else None
    lines = f"{rows[0]['line']}–{rows[-1]['line']}" if len(rows) > 1 else str(rows[0]["line"])
    place = f"（来源：{doc['file_name']} {sheet} 第{lines}行，{table_name(doc['department_name'], doc['form'], doc['year'])}）"
    if column == "分值" and full is not None:
        added = " + ".join(f"{r['name']} {_points(r['分值'])}" for r in rows)
        return f"{project} {kind} 分值：{_points(full)}分（{len(rows)} 个指标：{added} = {_points(full)}）" + place
    if column == "扣分" and full is not None:
        lost = [r for r in rows if r["分值"] - r["得分"] > 1e-9]
        added = " + ".join(f"{r['name']} {_points(r['分值'] - r['得分'])}" for r in lost) or "没有扣分的指标"
        return (f"{project} {kind} 扣分：{_points(full - got)}分（分值 {_points(full)}分 − 得分 {_points(got)}分；"
                f"{added}{f' = {_points(full - got)}' if lost else ''}）" + place)
    out_of = f"分值 {_points(full)}分；" if full is not None else ""
    added = " + ".join(f"{r['name']} {_points(r['得分'])}" for r in rows)
    return f"{project} {kind} 得分：{_points(got)}分（{out_of}{len(rows)} 个指标：{added} = {_points(got)}）" + place


def form_not_scored(project: str) -> str:
    """A score asked again of a project no loaded evaluation scores (its money is another table's)."""
    return f"{project}没有评价得分：已加载的评分表里没有这个项目。"


def form_class_not_printed(project: str, kind: str) -> str:
    """"开渔节评价的生态效益指标得分" of a sheet printing no such class: said so, never a wider class's sum."""
    return f"{project}的评分表里没有“{kind}”这一类指标。"


def form_class_listed(project: str, kind: str, rows: Sequence[dict], doc: dict, sheet: str) -> str:
    """"农业社会化服务补助资金的数量指标（2 个）": each with its 年度指标值 and 实际完成值 as the sheet prints them."""
    lines = [f"{k}. {r['name']}：年度指标值 {r['annual_value'] or '未列'}，实际完成值 {r['actual_value'] or '未列'}"
             for k, r in enumerate(rows, 1)]
    at = "、".join(str(r["line"]) for r in rows)
    return (f"{project}的{kind}（{len(rows)} 个）：\n" + "\n".join(lines)
            + f"（来源：{doc['file_name']} {sheet} 第{at}行，{table_name(doc['department_name'], doc['form'], doc['year'])}）")


def form_column_of_each(project: str, col: str, rows: Sequence[dict], doc: dict, sheet: str) -> str:
    """"得分分别多少" of the indicators just listed: each one's column, its 分值 beside a 得分."""
    def cell(r: dict) -> str:
        if col in ("得分", "分值"):
            beside = f"（分值 {_points(r['分值'])}分）" if col == "得分" and r.get("分值") is not None else ""
            return f"{_points(r[col])}分{beside}" if r.get(col) is not None else "未列"
        return str(r.get({"年度指标值": "annual_value", "实际完成值": "actual_value"}[col]) or "未列")
    shown = "；".join(f"{r['name']} {cell(r)}" for r in rows)
    at = "、".join(str(r["line"]) for r in rows)
    return (f"{project} 各指标{col}：{shown}"
            f"（来源：{doc['file_name']} {sheet} 第{at}行，{table_name(doc['department_name'], doc['form'], doc['year'])}）")


def form_points_lost(project: str, lost: Sequence[dict], checked: int, doc: dict, sheet: str) -> str:
    """"农机购置与应用补贴 扣分的指标（2 个，共 10 个指标）：1. 补贴机具数量 得分 8分（分值 10分，扣 2分）"."""
    table = table_name(doc["department_name"], doc["form"], doc["year"])
    if not lost:
        return f"{project} 的 {checked} 个指标都拿了满分（得分等于分值）。（来源：{doc['file_name']} {sheet}，{table}）"
    items = [f"{k}. {r['name']} 得分 {_points(r['得分'])}分（分值 {_points(r['分值'])}分，扣 {_points(r['分值'] - r['得分'])}分）"
             for k, r in enumerate(lost, 1)]
    rows = "、".join(str(r["line"]) for r in lost)
    return (f"{project} 扣分的指标（{len(lost)} 个，共 {checked} 个指标）：\n" + "\n".join(items)
            + f"（来源：{doc['file_name']} {sheet} 第{rows}行，{table}）")


def form_indicator_points(project: str, scored: Sequence[dict], doc: dict, sheet: str) -> str:
    """Each indicator of a project's sheet with its 得分 and 分值 (and the points lost, where any)."""
    table = table_name(doc["department_name"], doc["form"], doc["year"])
    items = []
    for k, r in enumerate(scored, 1):
        lost = f"，扣 {_points(r['分值'] - r['得分'])}分" if r["得分"] < r["分值"] else ""
        items.append(f"{k}. {r['name']} 得分 {_points(r['得分'])}分（分值 {_points(r['分值'])}分{lost}）")
    got, full = sum(r["得分"] for r in scored), sum(r["分值"] for r in scored)
    rows = "、".join(str(r["line"]) for r in scored)
    return (f"{project} 各指标得分（{len(scored)} 个指标，合计 {_points(got)}分，分值合计 {_points(full)}分）：\n"
            + "\n".join(items) + f"（来源：{doc['file_name']} {sheet} 第{rows}行，{table}）")


def form_summary_total(col: str, cell: dict, count: int, doc: dict, sheet: str) -> str:
    """"全年预算合计" of a 自评表 whose 汇总 sheet prints a 合计 line: that line's cell, as printed."""
    value = cell["value"] if col == "执行率" else format_amount(cell["number"], doc["unit"] or "万元")
    what = "总执行率" if col == "执行率" else f"{col}合计"
    return f"{count} 个项目{what}：{value}（汇总表合计行）{_form_place(doc, sheet, cell['line'])}"


def form_grade_said(grade: str) -> str:
    """The projects picked by their grade, as said in a summary: "自评等级为“良”"."""
    return f"自评等级为“{grade}”"


FULL_EXECUTION = "执行率 100%"  # the projects picked as fully executed, as said in a summary


def form_summary_picked(said: str, picked: Sequence[tuple[str, int]], count: int, doc: dict, sheet: str) -> str:
    """"自评等级为“良”的项目（4 个，共 20 个）：农业综合行政执法经费、…"."""
    if not picked:
        return f"{count} 个项目中没有{said}的项目。{_form_place(doc, sheet, 0).replace(' 第0行', '')}"
    names = "、".join(name for name, _ in picked)
    rows = "、".join(str(line) for _, line in picked)
    return (f"{said}的项目（{len(picked)} 个，共 {count} 个）：{names}"
            f"（来源：{doc['file_name']} {sheet} 第{rows}行，{table_name(doc['department_name'], doc['form'], doc['year'])}）")


def form_most_added(project: str, start: dict, whole: dict, least: bool, ties: int, doc: dict, sheet: str) -> str:
    """"全年预算比年初追加最多的": the project, its 年初预算数 and 全年预算数 and the difference."""
    added = whole["number"] - start["number"]
    unit = doc["unit"] or "万元"
    also = f"（另有 {ties - 1} 个项目与它相同）" if ties > 1 else ""
    return (f"全年预算比年初预算{'追加最少' if least else '追加最多'}的是{project}{also}：全年预算数 {whole['number']:g}{unit} − "
            f"年初预算数 {start['number']:g}{unit} = {added:g}{unit}{_form_place(doc, sheet, whole['line'])}")


def form_indicator_no_reason(project: str, row: dict, doc: dict, sheet: str) -> str:
    """A why asked of one indicator whose 偏差原因 cell is empty: said so, with its target and what was done (never
    another indicator's reason in its place)."""
    return (f"表中没有写{project}·{row['name']}的偏差原因（这一指标的偏差原因分析一栏为空）。它的年度指标值 "
            f"{row['annual_value'] or '未列'}，实际完成值 {row['actual_value'] or '未列'}。"
            f"{_form_place(doc, sheet, row['line'])}")


def form_reasons_listed(rows: Sequence[dict], table: str) -> str:
    """"哪些指标有偏差说明": the indicators whose 偏差原因 cell is filled, each with its project."""
    lines = [f"{k}. {r['project']}·{r['indicator']}（目标 {r['annual_value'] or '未列'}，完成 {r['actual_value'] or '未列'}）"
             for k, r in enumerate(rows, 1)]
    places = "、".join(dict.fromkeys(f"{r['sheet']} 第{r['line']}行" for r in rows))
    return f"写了偏差原因的指标共 {len(rows)} 个：\n" + "\n".join(lines) + f"（来源：{rows[0]['file_name']} {places}，{table}）"


def form_no_reason(project: str, table: str) -> str:
    """A why asked of a project the 自评表 gives no 偏差原因 for."""
    return f"表中没有写明{project}的偏差原因（自评表没有为该项目填写偏差原因分析）。（来源：{table}）"


def form_whole(col: str, sums: dict[str, list[dict]], doc: dict) -> str:
    """The projects of a one-project-per-sheet 自评表 added up: a column's sum with its terms, or the whole
    execution rate from the two sums."""
    unit = doc["unit"] or "万元"
    table = table_name(doc["department_name"], doc["form"], doc["year"])

    def added(c: str) -> tuple[float, str]:
        values = [r["number"] for r in sums[c]]
        return sum(values), " + ".join(f"{v:g}" for v in values)

    first = sums["全年预算数" if col == "执行率" else col]
    lines = {r["line"] for r in first}
    printed = {c: rows[0].get("printed") or c for c, rows in sums.items() if rows}  # (预算数 of a one-year form)
    where = (f"{'、'.join(r['sheet'] for r in first)} 第{first[0]['line']}行" if len(lines) == 1
             else "、".join(f"{r['sheet']} 第{r['line']}行" for r in first))
    place = f"（来源：{doc['file_name']} {where} 年度资金总额，{table}）"
    if col != "执行率":
        total, terms = added(col)
        return f"{len(first)} 个项目{printed[col]}合计 {format_amount(total, unit)}：{terms} = {total:g}{unit}{place}"
    spent, spent_terms = added("全年执行数")
    plan, plan_terms = added("全年预算数")
    return (f"{len(first)} 个项目整体执行率 {100 * spent / plan:.2f}%：{printed['全年执行数']}合计 {spent:g}{unit}（{spent_terms}）÷ "
            f"{printed['全年预算数']}合计 {plan:g}{unit}（{plan_terms}）= {100 * spent / plan:.2f}%{place}")


def tables_of_year(year: int, names: list[tuple[str, str]]) -> str:
    """"哪份材料是2020年的": the tables of that year, each with its file."""
    return f"{year}年的表：" + "；".join(f"{title}（{file_name}）" for title, file_name in names)


def no_table_of_year(year: int, held: list[int]) -> str:
    return f"没有 {year} 年的表，现有：{'、'.join(f'{y}年' for y in held) or '（没有标明年度的表）'}。"


def table_of_years(title: str, years: str, file_name: str) -> str:
    """"这张购买服务表是哪一年的": the table's years and its title."""
    return f"这张表是{years}的：{title}（来源：{file_name}）"


def yes_by_cell(said: str) -> str:
    """"是新增的吗" of a row whose cell says it: yes, with the cell."""
    return f"是。{said}"


def no_by_cell(said: str) -> str:
    """"是新增的吗" of a row whose cell in that column says otherwise: no, with the cell."""
    return f"不是。{said}"


# ---- a table of departments, each a 小计 line over its units (answer/facts/dept_units.py) ----

def whole_of_table(place: str) -> str:
    """The 合计 line of a place's table of departments."""
    return f"{place}合计"


def not_filled_in(names: list[str], item: str, kinds: list[str]) -> str:
    """An item a table of departments leaves blank in every kind of figure for the lines asked (not filled in)."""
    return f"表中{'、'.join(names)}的“{item}”没有填列（{'、'.join(kinds)}都是空白），查不到这个数。"


def item_not_in_lines(name: str, item: str, columns: list[str]) -> str:
    """An item of another table asked of a line of a table of departments, which prints no such item."""
    return f"表中没有{name}的“{item}”：这张表只列{'、'.join(columns)}，查不到这个数。"


def tied(names: list[str]) -> str:
    """Lines of the same figure at one place of a ranking."""
    return f"{'、'.join(names)}（并列）"


def line_rate(name: str, item: str, done: str, plan: str, result: str) -> str:
    """A line's 执行率 of an item printed as both its 决算数 and its 预算数, the working shown."""
    return f"{name} {item}执行率 {percent_shown(result)}：决算数 {done} ÷ 预算数 {plan} = {result}%"


def preparer_not_listed(preparer: str, place: str, column: str) -> str:
    """A figure of the office that drew up a table of the place's departments (编制单位), none of them itself."""
    return (f"表中没有{preparer}自己的{column or '数'}：这张表由{preparer}编制，列的是{place}各部门（单位）的数，"
            f"{preparer}不在其中。可以问表中某个部门、单位或全表合计。")


def department_subtotal(department: str) -> str:
    """A department's 小计 line (its units added up), named as the department."""
    return f"{department}（部门小计）"


def department_own_unit(name: str) -> str:
    """A department's own unit printed by the department's name beside its 小计 line: named 本级."""
    return f"{name}（本级）"


def blank_money(unit: str) -> str:
    """A cell a table of departments leaves empty: no money of that kind."""
    return f"0{unit}（表中空白）"


# ---- a 基本支出经济分类表 (facts/econ.py): subjects by class, a column per unit

def sangong_sum(who: str, parts: list[tuple[str, str]], total: str, unit: str, absent: list[str]) -> str:
    """"三公经费合计": the 三公 subjects the table prints added up, each shown; those it does not print named."""
    expr = " + ".join(f"{name} {value}" for name, value in parts)
    missing = f"（表中未列{'、'.join(absent)}）" if absent else ""
    return f"{who} 三公经费合计 {total}{unit}：{expr} = {total}{unit}{missing}"


def unit_column_ranked(subject: str, lowest: bool, top: str, rows: list[tuple[str, str]]) -> str:
    """"哪个单位基本支出最多": the unit first, then every unit's figure in order."""
    listed = "；".join(f"{name} {value}" for name, value in rows)
    return f"{subject}{'最少' if lowest else '最多'}的单位是{top}（{listed}）"


def subject_ranked(who: str, within: str, lowest: bool, top: str, shown: str, compared: int) -> str:
    """"商品和服务支出里哪项最多": the subject with the most (least) of the class said, in the column said."""
    scope = f"{who} " if who else ""
    return f"{scope}{within + '中' if within else ''}{'最少' if lowest else '最多'}的是{top}：{shown}（共比较 {compared} 项）"


def unit_subject_not_printed(unit: str, subject: str, printed: list[str]) -> str:
    """A unit's subject asked of a table printing its units by class alone ("港航站差旅费"): not there — the
    department's figure is never given as the unit's."""
    return (f"表中{unit}只列了{'、'.join(printed)}，没有按单位列出“{subject}”，"
            f"无法回答{unit}的{subject}（全部门的数不是这个单位的）。")


@_difference_worked
def by_how_much(amount: str, unit: str) -> str:
    return f"，相差 {amount}{unit}"


def table_source(file_name: str, where: str, table: str) -> str:
    """A table cited as a whole (its total, no line of it) or by its line."""
    return f"{file_name} {where}，{table}" if where else f"{file_name}，{table}"


def lines_beyond(kind: str, column: str, bound: str, limit: str, rows: list[tuple[str, str]], checked: int) -> str:
    """"事业收入超过一万的单位": the lines whose figure is beyond the number said (gt, ge, lt, le), with it."""
    word = {"gt": "超过", "ge": "不少于", "lt": "低于", "le": "不超过"}[bound]
    if not rows:
        return f"表中 {checked} 个{kind}的“{column}”都没有{word}{limit}"
    lines = "；".join(f"{name}：{shown}" for name, shown in rows)
    return f"“{column}”{word}{limit}的{kind}有 {len(rows)} 个（共 {checked} 个）：{lines}"


def lines_against_column(kind: str, column: str, other: str, fewer: bool, rows: list[tuple[str, str, str]],
                         checked: int) -> str:
    """"哪些部门决算数比年初预算少": the lines whose figure in one column is below (or above) their own in another."""
    word = "少于" if fewer else "多于"
    if not rows:
        return f"表中 {checked} 个{kind}的“{column}”都没有{word}“{other}”"
    lines = "；".join(f"{name}：{a}（{other} {b}）" for name, a, b in rows)
    return f"“{column}”{word}“{other}”的{kind}有 {len(rows)} 个（共 {checked} 个）：{lines}"


def projects_by_unit_only(name: str, table: str, column: str) -> str:
    """"交通局有哪些项目" of a table of departments and their units only: it gives the 项目支出 by unit, no project."""
    return (f"{table}只按单位列出{name}的{column}，没有列出具体项目；知识库里也没有{name}的项目表，"
            f"无法回答它有哪些项目。\n可以问{name}或它下面各单位的{column}。")


def projects_not_in_table(name: str, table: str, items: list[str]) -> str:
    """"公证处有哪些项目" of a table printing only some items of each unit (会议费, 培训费): no project is in it."""
    return (f"{table}只列出{name}的{'、'.join(items)}，没有列出项目；知识库里也没有{name}的项目表，"
            f"无法回答它有哪些项目。")


def parts_are_the_whole(name: str, parts: list[str], whole: str, shown: str) -> str:
    """"本级基本支出加项目支出一共多少" where the two make up the line's whole: the whole the table prints."""
    return f"{name} {'加'.join(parts)}就是它的{whole}：{shown}（表中直接列出的{whole}，与两项相加相符）"


def lines_went(kind: str, item: str, how: str, word: str, none: bool, rows: list[tuple[str, str]], checked: int) -> str:
    """"培训费减少的单位": the lines whose change in an item (how: the change column, or the years set against each
    other) went the way asked (word: as the question said it; none: 没变化 asked), each with its change."""
    basis = f"（按{item} {how}）"
    if not rows:
        return f"表中 {checked} 个{kind}的{item}都有变化{basis}" if none else f"表中 {checked} 个{kind}的{item}都没有{word}{basis}"
    shown = "、".join(n for n, _ in rows) if none else "；".join(f"{n}：{v}" for n, v in rows)
    return f"{item}{word}的{kind}有 {len(rows)} 个（共 {checked} 个）{basis}：{shown}"


def column_measure(column: str, unit: str) -> str:
    """"房屋面积的单位是啥": the unit of measure a column's header prints (面积（平方米）) or the table's unit line."""
    return f"{column}的单位：{unit}"


def items_only_printed(names: str, items: list[str]) -> str:
    """"司法局一共多少" of a table printing only some items of each line (会议费, 培训费): no whole of it is loaded."""
    return f"表中只有{names}的{'、'.join(items)}，没有它的预算总额；请说明要查哪一项（如{items[0]}）。"


def no_change_printed(column: str) -> str:
    """"哪些单位基本支出增加了" of a table printing one year and no change column: nothing to read the change by."""
    return f"表中的{column}只有一年的数，没有上年数或增减数，看不出哪些增加、哪些减少。"


def units_under(department: str, names: list[str], own_left_out: bool = False) -> str:
    """"卫健委下面几个单位": the units the table prints under the department (下属 asked: its own line, 本级, left out)."""
    which = "下属单位（不含本级）" if own_left_out else "单位"
    return f"{department}下面共有 {len(names)} 个{which}：{'、'.join(names)}"


def units_of_kind_under(department: str, kind: str, names: list[str]) -> str:
    """"教育局有几所学校": the units of the kind (学校, 医院) the table prints under the department, its own line left out."""
    return f"{department}下面共有 {len(names)} {'家' if kind == '医院' else '所'}{kind}：{'、'.join(names)}"


def no_units_of_kind(department: str, kind: str) -> str:
    """"卫健局有几家医院" when no unit under it is named as one: not a count of its other units."""
    return f"表中{department}下面没有名称是{kind}的单位。"


def group_members(group: str, names: list[str]) -> str:
    """"多少个镇": the lines a table prints under the row group 镇, counted."""
    return f"共有 {len(names)} 个{group}：{'、'.join(names)}"


@_difference_worked
def larger_of_two(larger: str, pairs: list[tuple[str, str]], equal: bool, fewer: bool = False) -> str:
    """"哪个多" of two lines: the larger named, both figures shown ("哪个少": the smaller, fewer)."""
    shown = "；".join(f"{name}：{value}" for name, value in pairs)
    return f"两者相同：{shown}" if equal else f"{larger}{'更少' if fewer else '更多'}：{shown}"


# ---- grouped tables: rows named in a column under their group (村 under 乡镇, 小计 per group; facts/allotted.py)

def allotted_cells(name: str, cells: list[tuple[str, str]]) -> str:
    """One row, group or total with the columns asked: "余村（天荒坪镇）新建百姓健身房 分配金额：15万元"; several
    columns after the name once ("荆湾村（梅溪镇）：建设内容 新建笼式多功能运动场，数量 1个，分配金额 30万元")."""
    if len(cells) == 1:
        return f"{name} {cells[0][0]}：{cells[0][1] or '表中为空'}"
    return f"{name}：" + "，".join(f"{label} {value or '表中为空'}" for label, value in cells)


def allotted_count(what: str, level: str, count: int, names: list[str]) -> str:
    """"菖蒲镇的学校共 4 个：…"."""
    return f"{what}的{level}共 {count} 个：{'、'.join(names)}"


def allotted_added(what: str, label: str, total: str, unit: str, parts: list[str], count: int) -> str:
    """Several rows' figures added: "余村 共 2 项，分配金额合计 45万元：15 + 30 = 45万元"."""
    return f"{what}共 {count} 项，{label}合计：{total}{unit}（{' + '.join(parts)} = {total}{unit}）"


def allotted_lines(lines: list[str]) -> str:
    return "\n".join(lines)


def allotted_extreme(most: bool, level: str, label: str, names: list[str], value: str, compared: int) -> str:
    """"乡镇（街道）中分配金额最多的是天荒坪镇：86万元"; ties listed with their one figure."""
    which = "最多" if most else "最少"
    each = "各 " if len(names) > 1 else ""
    return f"{level}中{label}{which}的是{'、'.join(names)}：{each}{value}（共比较 {compared} 个）"


@_difference_worked
def allotted_difference(first: str, second: str, a: str, b: str, signed: str, unit: str) -> str:
    """"寿昌镇比乾潭镇多 61万元（315 - 254 = 61万元）"; the same figure said as one."""
    if a == b:
        return f"{first}和{second}一样多：都是 {a}{unit}"
    more, diff = ("少", signed[1:]) if signed.startswith("-") else ("多", signed)
    return f"{first}比{second}{more} {diff}{unit}（{a} - {b} = {signed}{unit}）"


def allotted_parts(sums: list[tuple[str, str]]) -> str:
    """"其中：中央 80万元，省级 92万元，市级 82万元": a group's parts, each added over its rows."""
    return "其中：" + "，".join(f"{label} {value}" for label, value in sums)


def allotted_listed(what: str, level: str, items: list[str]) -> str:
    """"新建百姓健身房的村（社区）共 8 个：" and one per line."""
    head = f"{what}的{level}共 {len(items)} 个："
    return head + "\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1))


def allotted_group_of(name: str, groups: list[str], level: str) -> str:
    """"双一村在昌硕街道（乡镇（街道））"."""
    return f"{name}在{'、'.join(groups)}（{level}）"


def allotted_missing(name: str, what: str) -> str:
    """A row said with a kind it does not have: said, never another row's figure."""
    return f"表中{name}没有“{what}”这一项。"


# --- departments' wholes across departments (engine/wholes.py) ---------------------------------------

def projects_whole_beside(label: str, amount: str) -> str:
    """After a department's whole budget, answering one department's project-table whole asked of it: its own whole
    of projects, the figure alike to the one shown before."""
    return f"（其中{label} {amount}，与上一问的项目支出合计口径相同）"


def department_whole_line(department: str, label: str, amount: str, source: str) -> str:
    """"婺源县自然资源局：基本支出 1652.40万元（来源：…）": one department's whole figure, cited."""
    return f"{department}：{label} {amount}" + (f"（来源：{source}）" if source else "")


def whole_basis(labels: str, year: int | None, final: bool) -> str:
    """What departments' wholes were compared by: "各部门2025年预算的支出合计"."""
    return f"各部门{f'{year}年' if year else ''}{'决算' if final else '预算'}的{labels}"


def _wholes_left(left: list[tuple[str, str]], lacking: list[str]) -> str:
    """The departments not compared, each with why: another kind or year of whole, or none printed."""
    notes = []
    if left:
        notes.append("未比较（口径或年度不同）：" + "；".join(f"{d} {what}" for d, what in left))
    if lacking:
        notes.append("没有部门总预算（只有项目支出等表）：" + "、".join(lacking))
    return ("\n（" + "。".join(notes) + "）") if notes else ""


def wholes_ranked(basis: str, fewest: bool, nth: int, lines: list[tuple[str, str, str]],
                  left: list[tuple[str, str]], lacking: list[str]) -> str:
    """"按各部门2025年预算的支出合计比较，最多的是X：…" then every department compared, in order, cited."""
    word = "少" if fewest else "多"
    place = f"最{word}" if nth == 1 else f"第{nth}{word}"
    dept, amount, _ = lines[nth - 1]
    body = "\n".join(f"{i}. {d}：{a}（来源：{s}）" for i, (d, a, s) in enumerate(lines, 1))
    return (f"按{basis}比较，{place}的是{dept}：{amount}（共比较 {len(lines)} 个部门）\n{body}"
            + _wholes_left(left, lacking))


def wholes_listed(basis: str, lines: list[tuple[str, str, str]], left: list[tuple[str, str]],
                  lacking: list[str]) -> str:
    """"各部门总预算分别多少": each department's whole of one kind and year, cited."""
    body = "\n".join(f"{i}. {d}：{a}（来源：{s}）" for i, (d, a, s) in enumerate(lines, 1))
    return f"{basis}：\n{body}" + _wholes_left(left, lacking)


def project_spending_beside(line: str, elsewhere: list[tuple[str, str]]) -> str:
    """A department's 项目支出 as its department table prints it (its cited line), then its projects as its other
    tables add them up, which differ from it: both shown, the first the answer."""
    beside = "；".join(f"{table}所列项目合计 {value}" for table, value in elsewhere)
    return f"{line}\n另：{beside}（口径与部门收支表的项目支出不同）"


def whole_not_listed(department: str, kind: str) -> str:
    """A department none of whose tables prints the whole asked: said so (never another's figure, never 0)."""
    return f"{department}：表里没有列出{kind}。"


def project_mean(department: str, count: int, total: str, mean: str, unit: str, source: str) -> str:
    """"平均每个项目 832.12 ÷ 13 = 64.01万元": a department's projects' total over their count, cited."""
    return (f"{department}：{count} 个项目合计 {total}{unit}，平均每个项目 {total} ÷ {count} = {mean}{unit}"
            + (f"（来源：{source}）" if source else ""))


def wholes_not_combined(departments: list[str], kind: str, op: str) -> str:
    """A comparison or sum of departments' wholes one of which is not printed: not worked out."""
    verb = {"sum": "相加", "diff": "相减"}.get(op, "比较")
    return f"{'、'.join(departments)}的表里没有列出{kind}，没法{verb}。"


def printed_whole(doc, row) -> str:
    """"中共上海市普陀区委社会工作部本年支出合计 307.82万元": the whole spending a table prints, cited by its line."""
    unit = row["unit"] or doc["unit"] or "万元"
    place = f"{doc['file_name'] or ''} {spot(row['page'], row['sheet'], row['line'])}".strip()
    where = "，".join(x for x in (place, table_name(doc["department_name"], doc["form"], doc["year"])) if x)
    return f"{doc['department_name']}{row['row_labels']} {format_amount(row['number'], unit)}。（来源：{where}）"


def executed_line(doc, rows: Sequence, label: str, whole: str) -> str:
    """"诸暨市农业农村局的表不列项目，表中的项目支出 年初预算数 18645.00万元、全年预算数 …（全部资金：年度资金总额 …）":
    a self-evaluation's line of its 预算执行情况 block (项目支出) as asked, the block's whole beside it, cited."""
    unit = doc["unit"] or "万元"

    def line(name: str) -> str:
        figures = "、".join(f"{r['col_labels']} {format_amount(r['number'], r['unit'] or unit)}"
                            for r in rows if r["row_labels"] == name)
        return f"{name} {figures}"
    lines = "、".join(str(x) for x in sorted({r["line"] for r in rows}))
    place = f"{doc['file_name'] or ''} {rows[0]['sheet'] or ''} 第{lines}行".replace("  ", " ").strip()
    where = "，".join(x for x in (place, table_name(doc["department_name"], doc["form"], doc["year"])) if x)
    return (f"{doc['department_name']}的表不列项目，表中的{line(label)}（全部资金：{line(whole)}）。"
            f"（来源：{where}）")


def departments_listing_project(name: str, count: int, lines: list[str]) -> str:
    """"列有“政府雇员工资经费”的部门（2 个）：" and each department's project with its amount, cited."""
    return f"列有“{name}”的部门（{count} 个）：\n" + "\n".join(f"{k}. {line}" for k, line in enumerate(lines, 1))


def year_alone_unclear() -> str:
    """"2025年的呢" after an answer of several items (no one figure): which figure of that year is not clear."""
    return "没法确定要查那一年的哪一项。请把要问的项目和指标连同年份一起说，例如“2025年XX项目的满意度指标值”。"


def project_not_in_year(name: str, years: list[int], own: int | None) -> str:
    """"乡村振兴示范带建设补助资金 → 那2025年呢": the project is in another year's table only."""
    asked = "、".join(f"{y}年" for y in years)
    where = f"只在{own}年的表里有" if own else "只在另一年的表里有"
    return f"{asked}的表里没有“{name}”（这个项目{where}）。"


def each_year(parts: list[tuple[int, str]]) -> str:
    """"X 26年安排多少 25年执行了多少": each year's answer on its own line, with its own source."""
    return "\n".join(f"{year}年：{text}" for year, text in parts)


@_difference_worked
def change_of_years(item: str, years: tuple[int, int], values: tuple[float, float], unit: str,
                    parts: list[tuple[int, str]], asked: tuple[str, str] = ("", "")) -> str:
    """"X2026年比2025年增加多少": the difference of the item's two years' figures, worked out, each year's answer
    with its own source below; the two columns said when they differ (2026年预算比2025年执行数)."""
    change = values[0] - values[1]
    way = "增加" if change > 0 else "减少" if change < 0 else "持平，相差"
    worked = f"{figure_text(values[0])} − {figure_text(values[1])} = {figure_text(change)}"
    said = asked if asked[0] != asked[1] else ("", "")
    return (f"{item}：{years[0]}年{said[0]}比{years[1]}年{said[1]}{way} {figure_text(abs(change))}{unit}"
            f"（{worked}）。\n" + each_year(parts))


def one_year_of_two(year: int, text: str, missing: int) -> str:
    """Two years asked, one found: that one, and the other said not found (the question is not fully answered)."""
    return f"{year}年：{text}\n{missing}年：表中没有找到这一项（只回答了{year}年的部分）。"


def years_not_subtracted(parts: list[tuple[int, str]]) -> str:
    """Two years' change asked, each year's answer no one figure of one unit (≥90% beside a 完成值): both shown."""
    return f"{each_year(parts)}\n两年的数字不是同一口径的单个数值，没有直接相减，请对照上面两年的原文。"


def different_rows_of_years(item: str, parts: list[tuple[int, str]], rows: list[str]) -> str:
    """Two years asked of one item, each year's table answering with another project: each year's row said, never
    set side by side as one item's two figures."""
    found = "\n".join(f"{year}年找到的是“{row}”：{text}" for (year, text), row in zip(parts, rows, strict=True))
    return (f"“{item}”在两年的表里对应的不是同一个项目，不能当作同一项的两年数字：\n{found}\n"
            "请说明问的是哪个项目。")


def listing_source(file_name: str, table: str) -> str:
    """The table a listing of one indicator under several projects is of (a part of a question of two years)."""
    return f"（来源：{file_name}，{table}）"


def indicator_of_project(project: str, line: str, table: str) -> str:
    """One indicator kept out of its project's listing (a part of a question of two years)."""
    return f"{project}：{line}（来源：{table}）"


def row_by_likeness(year: int, name: str, shown: str) -> str:
    """A project followed into a table of another kind or year whose row is named only alike: the row used."""
    return f"（{year}年的表里没有名为“{shown}”的一行，以上是名称相近的“{name}”这一行）"


def row_of_owner(owner: str, name: str, shown: str) -> str:
    """A project followed into a table of many departments' rows whose row taken is another department's."""
    return f"（以上是{owner}的“{name}”这一行，不是{shown}的）"


def named_in_year(year: int, name: str, shown: str) -> str:
    """A project matched across years by its name without the generic tail (经费, 项目 …): the name used there."""
    return f"（{year}年的表里这个项目名为“{name}”，与“{shown}”按去掉“经费/项目/资金”等后缀的名称对应）"


# --- the dialogue's own replies: not understood, asked back, the list shown too short (dialogue/, engine/) ---------

NOT_UNDERSTOOD = "没有看懂这个问题。"
# a question that failed inside the bot (logged for the admin)
ERROR_APOLOGY = "抱歉，处理这个问题时出错了，请换个说法再试。"
WHICH_DEPARTMENT = "知识库里有多个部门的数据，您问的是哪个部门？"
REPLY_BY_NUMBER = "请回复序号（如“1”）或名称。"
NONE_IN_ANY_DEPARTMENT = "各部门的表里都没有找到。"


def too_many_departments(count: int) -> str:
    """The question back when more departments than the options shown hold what was asked."""
    return f"有 {count} 个部门有相关数据，请在问题里说明部门，例如："


def too_many_same_named(count: int) -> str:
    """The question back when more projects of one name than the options shown are in the tables."""
    return f"有 {count} 个同名的项目，请在问题里说明部门，例如："


def option_tables(years: Sequence[str], files: Sequence[str]) -> str:
    """After an option's name: the years and files of the tables it is in ("（2024、2025 年，a.xlsx）")."""
    return f"（{'、'.join(years)} 年，{'、'.join(files)}）" if years else f"（{'、'.join(files)}）"


def nothing_found_about(words: Sequence[str]) -> str:
    """Words of the question that name no project or indicator of the tables."""
    return f"知识库里没有找到与“{'、'.join(words)}”有关的项目或指标。"


def alike_in_department(departments: str, name: str, words: Sequence[str]) -> str:
    """"X局有没有类似的": no project of that name there; its projects whose names share a word with it, to choose."""
    return f"{departments}没有“{name}”这个项目；名称里也有“{'、'.join(words)}”的项目有："


def no_such_project_in(departments: Sequence[str], names: Sequence[str]) -> str:
    """The departments named have no project of the names said."""
    return f"{'、'.join(departments)}没有“{'、'.join(names)}”这个项目。"


def kind_of_other_year(kind: str, missing: list[int], table: str, year: int) -> str:
    """The table of the kind said is of another year than the one asked."""
    return f"没有 {'、'.join(str(y) for y in missing)} 年的{kind}数据：{table}是 {year} 年的。"


def kind_rows_within(column: str, op: str, bound: str, kind: str, items: list[tuple[str, str]]) -> str:
    """"资金规模上级补助超过1000万元的专项资金共 3 项：A（1800万元）…": a kind's rows within a bound on a column."""
    said = f"{column}{_BOUND_WORDS[op]}{bound}的{kind}"
    if not items:
        return f"没有{said}。"
    return f"{said}共 {len(items)} 项：" + "、".join(f"{name}（{shown}）" for name, shown in items)


_BOUND_WORDS = {"gt": "超过", "ge": "不低于", "lt": "低于", "le": "不超过"}


def owner_not_listed(owner: str, head: str, table: str) -> str:
    """The table whose kind was said lists no row of the organisation said (its owner column never prints it)."""
    return f"{table}的{head}中没有{owner}，表中没有{owner}的项目。"


def no_project_said(where: str, said: str) -> str:
    """The departments in scope (where) have no project the words said name."""
    return f"{where}没有与“{said}”对应的项目。"


def list_shorter(count: int, of_projects: bool) -> str:
    """A place in the last list asked beyond its end."""
    return f"上一个列表只有 {count} 个项目。" if of_projects else f"上一个列表只有 {count} 项。"


def figure_in_unit(label: str, printed: str, converted: str) -> str:
    """A figure shown in another unit to be set against one in that unit: "拨付金额（350000元，合35万元）"."""
    return f"{label}（{printed}，合{converted}）"


# --- 空编 / 超编 / 满编 of a staffing table's units (answer/facts/staffing.py); a figure given as "核定编制数 12" -----

def staffing_gap(name: str, word: str, gap: str, minuend: str, subtrahend: str) -> str:
    """"交通站 空编 2人：核定编制数 12 − 实有人数 10"."""
    return f"{name} {word} {gap}：{minuend} − {subtrahend}"


def staffing_full(name: str, full: bool, establishment: str, staff: str) -> str:
    """"交通站满编：核定编制数 12，实有人数 12" (不满编 when the two differ)."""
    return f"{name}{'满编' if full else '不满编'}：{establishment}，{staff}"


def staffing_rows(lines: Sequence[str]) -> str:
    """The rows asked, each its gap or whether it is 满编, in one line."""
    return "；".join(lines)


def staffing_ranked(word: str, least: bool, names: Sequence[str], gap: str, lines: list[str], count: int) -> str:
    """"空编最多的是交通站（2人）。" then the first rows in order, each worked out."""
    head = f"{word}{'最少' if least else '最多'}的是{'、'.join(names)}（{gap}）。"
    return head + "\n" + numbered_items(lines, count=count, head="依次：")


def staffing_none(word: str, checked: int) -> str:
    return f"没有{word}的单位（共检查 {checked} 个单位）"


def staffing_unit(name: str, establishment: str, staff: str) -> str:
    return f"{name}：{establishment}，{staff}"


def staffing_listed(word: str, lines: list[str], checked: int) -> str:
    """The units that are 空编 / 超编 / 满编, and how many were looked at."""
    return numbered_items(lines, head=f"{word}的单位") + f"（共检查 {checked} 个单位）"


def yes_with(shown: str) -> str:
    """"有没有…" answered yes, with what shows it."""
    return "有。" + shown


def empty_or_zero(label: str, names: list[str], checked: int) -> str:
    """The rows of a table whose column is blank or 0, of how many looked at."""
    return numbered_items(names, f"{label}为空或为0的（共检查 {checked} 项）")


def having_of(word: str, count: int, lines: list[str], having: int) -> str:
    """"共 5 个单位中，有此项的共 2 项：…": the rows of a kind that print a figure of the line asked."""
    return numbered_items(lines, f"共 {count} 个{word}中，有此项的", having)


def blank_as_zero(column: str) -> str:
    """A start figure the row leaves blank, counted as 0: "年初预算 空白（按0计）"."""
    return f"{column} 空白（按0计）"


def source_first(cite: str, source: str) -> str:
    """A citation with another source said before its own: "（来源：{source}；…）"."""
    return cite.replace("（来源：", f"（来源：{source}；", 1)


def class_of_grade(head: str, value: str) -> str:
    """Rows picked by a one-character class printed in their column (a grade): "评价等级为“良”的"."""
    return f"{head}为“{value}”的"


def class_said_as(said: str, head: str, value: str) -> str:
    """Rows picked by a class said in other words than printed: "运转类（项目类别：运转类项目）"."""
    return f"{said}（{head}：{value}）"


def unit_not_in_tables(unit: str, measure: str, forms: list[str]) -> str:
    """A unit asked a measure of a kind of table none of whose lines is the unit's."""
    return f"表中没有找到“{unit}”的{measure}（已查{'、'.join(forms)}）。"


def measure_of_the_first(measure_reply: str, ranked_reply: str) -> str:
    """A measure of the line a ranking of another table puts first: the measure's reply, then the ranking's."""
    return f"{measure_reply}\n（{ranked_reply.splitlines()[0]}）"


def joined_part(label: str, reply: str) -> str:
    """One part of a question of two or three subjects, answered: its answer under the part it is of."""
    return f"【{label}】{reply}"


def joined_part_not_found(label: str, reply: str) -> str:
    """One part of a question of two or three subjects, not answered: its own reply's first line (what was not
    found where), else that it was not found; never dropped."""
    return f"【{label}】{reply.splitlines()[0] if reply.strip() else '没有找到这一项。'}"


def joined_sum(labels: list[str], values: list[str], total: str, unit: str) -> str:
    """The parts' figures added, as the question of several subjects asked."""
    return f"合计 {total}{unit}：" + " + ".join(f"{label} {value}" for label, value in zip(labels, values, strict=True)) \
        + f" = {total}{unit}"


def joined_not_combined(compared: bool) -> str:
    """The parts of a question could not all be given one figure in one unit: each is shown, none combined."""
    return ("各部分没有都找到可比的同一单位金额，无法比较，各自情况如下：" if compared
            else "各部分没有都找到同一单位的金额，无法相加，各自情况如下：")


def joined_which_figure(compared: bool, rows: list[tuple[str, list[str]]]) -> str:
    """Parts of a question to add or compare, a row among them shown with several amounts of other kinds (2024年执行数
    and 2025年预算数): which of them is that row's figure is not known — its columns are named, none is combined."""
    said = "；".join(f"“{label}”列有{'、'.join(columns)}" for label, columns in rows)
    return (f"{said}，不知道用哪一列{'比较' if compared else '相加'}，请说明要哪一列（如“{rows[0][0]}{rows[0][1][-1]}”）。"
            "各自情况如下：")


def source_split(row: str, head: str, parts: list[tuple[str, str]], total: str, unit: str, whole: str) -> str:
    """"遂昌县某工程的2026年计划投资资金来源：中央和省补助 3200万元、县级财政资金 6600万元，合计 9800万元（即2026年
    计划投资）": a row's money by its sources, the blank ones left out."""
    listed = "、".join(f"{name} {value}{unit}" for name, value in parts)
    return f"{row}的{head}：{listed}，合计 {total}{unit}" + (f"（即{whole}）" if whole else "")


def source_split_printed(row: str, head: str, parts: list[tuple[str, str]], total: str, unit: str,
                         whole_label: str) -> str:
    """source_split of a row's cells as printed: the column the sources make up given by its own label as the
    sheet prints it (padded or not; "" when the sources do not add up to it), said here."""
    return source_split(row, head, parts, total, unit, whole_label.strip())


# Tables whose columns are things (column_things.py): a fund budget table's funds, one column each.
def column_thing_extreme(row: str, most: bool, names: list[str], shown: str, compared: int,
                         rest: list[tuple[str, str]], blank: Sequence[str] = ()) -> str:
    """"一、基金收入 合计最多的是职工基本医疗保险统筹基金：52310.4万元（共比较 6 项；其后：…）"; the columns printing
    nothing at the row said after it, by name."""
    after = "；其后：" + "、".join(f"{n} {v}" for n, v in rest) if rest else ""
    unlisted = f"；另有 {len(blank)} 项表中空白（没有数）：" + "、".join(blank) if blank else ""
    return f"{row}{'最多' if most else '最少'}的是{'、'.join(names)}：{shown}（共比较 {compared} 项{after}{unlisted}）"


def column_things_least_none(row: str, blank: list[str], checked: int, least: list[str], shown: str,
                             printed: int) -> str:
    """The least of the columns at a row where some print nothing: those, never a least among the printed alone
    ("利息收入最少的是表中空白（没有数）的 1 项（共 6 项）：长期护理保险基金；有数的 5 项中最少的是医疗救助基金：20.6万元")."""
    text = f"{row}最少的是表中空白（没有数）的 {len(blank)} 项（共 {checked} 项）：" + "、".join(blank)
    if least and printed == 1:
        text += f"；有数的只有{least[0]}：{shown}"
    elif least:
        text += f"；有数的 {printed} 项中最少的是{'、'.join(least)}：{shown}"
    return text


def column_things_blank_place(row: str, n: int, from_end: bool, blank: list[str]) -> str:
    """A place in a ranking of the columns that falls on those printing nothing at the row."""
    place = f"{'倒数' if from_end else ''}第{n}"
    return f"{row}排{place}的落在表中空白（没有数）的 {len(blank)} 项：" + "、".join(blank)


def column_thing_place(n: int, from_end: bool, name: str, row: str, value: str) -> str:
    """"第2是城乡居民基本医疗保险基金（利息收入）：235.2万元": one column at a place of a row's ranking."""
    said = f"{name}（{row}）"
    return ranked_place_from_end(n, said, value) if from_end else ranked_place(n, said, value)


def column_things_difference(first: str, second: str, row: str, a: str, b: str, signed: str, unit: str) -> str:
    """Two columns set against each other at a row ("职工基本医疗保险统筹基金待遇支出比城乡居民基本医疗保险基金多…")."""
    return allotted_difference(f"{first}{row}", second, a, b, signed, unit)


def column_things_holding(row: str, kind: str, pairs: list[tuple[str, str]], checked: int) -> str:
    """"共 6 个基金中，有“财政补助收入”的共 2 项：城乡居民基本医疗保险基金 22100万元、医疗救助基金 960万元" — the
    count first, as having_of says it over a table of kinds."""
    if not pairs:
        return f"共 {checked} 个{kind}，都没有“{row}”。"
    return f"共 {checked} 个{kind}中，有“{row}”的共 {len(pairs)} 项：" + "、".join(f"{n} {v}" for n, v in pairs)


def column_things_without(row: str, kind: str, names: list[str], checked: int) -> str:
    """"共 6 个基金中，没有“利息收入”的（表中空白或为 0）共 1 项：长期护理保险基金" — as kinds_lacking says it."""
    if not names:
        return f"表中 {checked} 个{kind}都有“{row}”。"
    return f"共 {checked} 个{kind}中，没有“{row}”的（表中空白或为 0）共 {len(names)} 项：" + "、".join(names)


def column_things_added(row: str, parts: list[tuple[str, str]], total: str, unit: str,
                        blank: Sequence[str] = ()) -> str:
    """"一、基金收入 合计，合计 55430.9万元：A 52310.4 + B 3120.5 = 55430.9万元"; the columns named that print
    nothing at the row said 未列 after it, never dropped unsaid."""
    unlisted = "（未列：" + "、".join(blank) + "，表中空白）" if blank else ""
    return f"{row}，{fact_sum(parts, total, unit)}{unlisted}"


def column_thing_blank(name: str, row: str) -> str:
    """A column printing nothing at the row asked."""
    return f"{name}的{row}没有数（表中空白）。"


def column_thing_not_printed(name: str, asked: str, form: str) -> str:
    """The table's column said, a line it does not print asked (a fund's 门诊统筹支出 where only 待遇支出 is printed)."""
    return f"{form}中{name}没有“{asked}”这一项（表中不是这样细分的）。"


# ---- execution reports over cumulative periods (facts/cumulative.py) ----

def cumulative_value(row: str, column: str, shown: str, reach: str = "") -> str:
    """"教育支出 1-12月累计执行数：60850万元"; a whole year asked of a table reaching an earlier month only said so
    ("（表中执行数只到1-9月，不是全年）")."""
    return f"{row} {column}：{shown}" + (f"（表中执行数只到{reach}，不是全年的）" if reach else "")


def cumulative_part(row: str, part: str, diff: str, later_col: str, later: str, earlier_col: str, earlier: str) -> str:
    """"教育支出 7-12月执行 30980万元（1-12月累计执行数 60850万元 - 1-6月累计执行数 29870万元）"."""
    return f"{row} {part}执行 {diff}（{later_col} {later} - {earlier_col} {earlier}）"


def cumulative_item_not_printed(head: str, said: str, kids: str) -> str:
    """"教育支出里学前教育": an item the report does not print under the row named."""
    return f"表中{head}下面没有“{said}”这一项（只列了{kids}），无法回答。"


def cumulative_extreme(most: bool, rate: bool, names: str, column: str, shown: str, compared: int) -> str:
    """"按1-12月累计执行数，最多的类级支出是教育支出：60850万元（共比较 23 类）"; a rate's 最高 / 最低."""
    word = ("最高" if most else "最低") if rate else ("最多" if most else "最少")
    return f"按{column}，{word}的类级支出是{names}：{shown}（共比较 {compared} 类）"


def cumulative_fell(column: str, lines: list[str], compared: int) -> str:
    """"同比增长%为负（下降）的有 3 项（共 44 项）：\n1. 城乡社区支出：-4.8% …"."""
    if not lines:
        return f"{column}没有为负的（共 {compared} 项），没有下降的。"
    shown = "\n".join(f"{k}. {line}" for k, line in enumerate(lines, start=1))
    return f"{column}为负（同比下降）的有 {len(lines)} 项（共 {compared} 项）：\n{shown}"


def cumulative_note(parts: list[str]) -> str:
    """The 备注 of a report, its parts asked."""
    return "备注：" + "；".join(parts)


# ---- tables of items over year columns (facts/year_items.py) ----

def year_column_not_printed(row: str, year: int, years: list[int]) -> str:
    """A year asked of a table of items over year columns that prints no column of it."""
    held = "、".join(f"{y}年" for y in years)
    return f"表中没有{row}{year}年的数（表里只有{held}的数），无法回答。"


def item_change(row: str, now_col: str, now: str, base_col: str, base: str, diff: float, amount: str, rate: str,
                asked: int, worked: str, printed: tuple[str, str] = ("", "")) -> str:
    """"土地增值税 2026年预算数 8000万元，比2025年执行数 8350万元减少 350万元（增减额 -350万元，-4.19%）"; the
    change the table prints quoted as printed (its column, its sign: printed = (column, figure)); the other way
    than asked said so ("不是减少，是增加…"), none said as 持平; worked out when the table prints no change
    (worked: "50 - 40 = 10万元，增长 25.00%（10 ÷ 40）")."""
    word = "增加" if diff > 0 else "减少" if diff < 0 else ""
    head = f"{row} {now_col} {now}，{base_col} {base}"
    if not word:
        return f"{head}：没有变化（持平）。"
    said = {1: "增加", -1: "减少"}.get(asked, "")
    turned = f"不是{said}，而是" if said and said != word else ""
    # (a fall's rate as the table prints it, its sign kept: "-5.88%")
    fell = rate if rate.startswith("-") else f"-{rate}"
    rated = (f"增长{rate_about(rate)}" if diff > 0 else rate_about(fell)) if rate else ""
    quoted = f"{printed[0]} {printed[1]}" if printed[1] else ""
    inner = "，".join(p for p in (quoted, rated) if p)
    how = f"：{worked}" if worked else ""
    return f"{head}；{turned}比{base_col}{word} {amount}{f'（{inner}）' if inner else ''}{how}"


def item_worked(now: str, then: str, diff: str, unit: str) -> str:
    """A row's change worked out from its two figures: "650 - 500 = 150万元"."""
    return f"{now} - {then} = {diff}{unit}"


def item_columns_against(now_col: str, base_col: str) -> str:
    """The two columns a change worked out is read from, as a column's name: "2025年预算数比2024年预算数"."""
    return f"{now_col}比{base_col}"


def rate_about(rate: str) -> str:
    """A rate of two decimals with its figure to one decimal, as a growth rate is quoted ("2.19%，约2.2%")."""
    m = re.fullmatch(r"(-?)(\d+\.\d\d)%", rate)
    if not m:
        return rate
    from decimal import ROUND_HALF_UP, Decimal  # (half up, as a figure is rounded by hand: 6.35 → 6.4)

    about = str(Decimal(m.group(2)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)).removesuffix(".0")
    return f"{rate}，约{m.group(1)}{about}%"  # ("25.00%，约25%": a whole figure said whole)


def table_year_not_held(department: str, year: int, form: str, held: list[int]) -> str:
    """"知识库里没有上海市普陀区财政局2023年的部门决算（只有2024年的）"."""
    return f"知识库里没有{department}{year}年的{form}（只有{'、'.join(f'{y}年' for y in held)}的）。"


def items_under(row: str, column: str, lines: list[str], whole: str) -> str:
    """"上级补助收入（2026年预算数 318460万元）下面共 3 项：\n1. 返还性收入：5460万元 …" (counted as the lines under
    a head are everywhere: numbered_items)."""
    return numbered_items(lines, f"{row}（{column}{' ' + whole if whole else ''}）下面")


def items_moved(noun: str, sign: int, column: str, lines: list[str], checked: int) -> str:
    """"比2025年执行数减少的税有 2 项（共比较 13 项，按“比2025年执行数增减额”）：\n1. 土地增值税：-350万元 …"."""
    word = "增加" if sign > 0 else "减少"
    if not lines:
        return f"共比较 {checked} 项{noun}（按“{column}”），没有{word}的。"
    shown = "\n".join(f"{k}. {line}" for k, line in enumerate(lines, start=1))
    return f"{word}的{noun}有 {len(lines)} 项（共比较 {checked} 项，按“{column}”）：\n{shown}"


def item_extreme_change(noun: str, sign: int, rate: bool, names: list[str], column: str, shown: str, other: str,
                        compared: int) -> str:
    """"增长最快的税种是印花税：比2025年执行数增长% 6.77%（增减额 130万元；共比较 13 项）"."""
    word = ("增长最快" if rate else "增加最多") if sign > 0 else ("降幅最大" if rate else "减少最多")
    also = f"{other}；" if other else ""
    return f"{word}的{noun}是{'、'.join(names)}：{column} {shown}（{also}共比较 {compared} 项）"


def item_largest(noun: str, place: int, name: str, column: str, shown: str, compared: int) -> str:
    """"最大的税种是增值税：2026年预算数 53400万元（共比较 13 项）"; 第二大 …"""
    which = "最大" if place == 1 else f"第{place}大"
    return f"{which}的{noun}是{name}：{column} {shown}（共比较 {compared} 项）"
