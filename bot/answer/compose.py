"""Compose short Chinese answers from query rows: amounts with their unit, names, and where they come from."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence

from bot.language.normalize import format_amount
from bot.model import AMOUNT_LABELS

SOURCE_COLUMNS = ("fiscal_appropriation", "special_account", "other")


def source_note(department: str, line: int | None = None, file_name: str | None = None) -> str:
    """Where an answer comes from: the department's table, and the line when there is one."""
    where = f"{department}项目支出绩效目标表"
    if line:
        where += f"第{line}行"
    return f"（来源：{where}）"


def money(row: sqlite3.Row | dict, column: str = "total") -> str:
    return format_amount(row[column], _unit(row))


def _unit(row) -> str:
    try:
        return row["money_unit"] or "万元"
    except (IndexError, KeyError):
        return "万元"


def amount_line(row: sqlite3.Row, with_sources: bool = True) -> str:
    """"信访工作经费：总计 60.00万元（财政拨款 60.00万元）"."""
    text = f"{row['name']}：总计 {money(row)}"
    if with_sources:
        parts = [f"{AMOUNT_LABELS[c]} {money(row, c)}" for c in SOURCE_COLUMNS if row[c] is not None]
        if parts:
            text += "（" + "，".join(parts) + "）"
    return text


def sources_text(row: sqlite3.Row, asked: str | None = None) -> str:
    """All four columns, saying plainly which are blank in the table."""
    lines = [f"{row['name']} 的资金来源："]
    for c in SOURCE_COLUMNS:
        value = row[c]
        shown = money(row, c) if value is not None else "未列（0）"
        marker = "◆ " if asked == c else "· "
        lines.append(f"{marker}{AMOUNT_LABELS[c]}：{shown}")
    lines.append(f"· 总计：{money(row)}")
    return "\n".join(lines)


def indicator_line(row: sqlite3.Row, value_kind: str | None = None, numbered: int | None = None) -> str:
    """One indicator with its category and the value(s) asked for."""
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
    actual = f"；全年完成值：{row['actual_value']}" if row["actual_value"] else ""
    return f"{head}{row['name']}{category}：{value}{actual}"


def grouped_indicators(
    rows: Sequence[sqlite3.Row], value_kind: str | None = None, numbering: Iterable[int] | None = None
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
        out.append("  " + indicator_line(row, value_kind, next(numbers) if numbers else None))
    return "\n".join(out)


def project_list(rows: Sequence[sqlite3.Row], numbered: bool = True, show_department: bool = False) -> str:
    lines = []
    for k, row in enumerate(rows, start=1):
        dept = f"（{row['department_name']}）" if show_department else ""
        lines.append(f"{k}. {row['name']}{dept}：{money(row)}" if numbered else f"{row['name']}{dept}：{money(row)}")
    return "\n".join(lines)


def percent(part: float, whole: float) -> str:
    return f"{part / whole * 100:.2f}%" if whole else "—"


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
