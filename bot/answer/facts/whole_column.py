"""The total column of a general table: the one figure of a row when a question names no column of it, or only the
table's subject ("X镇转移支付多少" of a table printing 一般性转移支付 / 专项转移支付 / 合计), or says 合计 of a row.

A table's total column is the column labelled 合计 / 总计 / 小计 (or ending so) that stands under no group of
columns, else the column whose figure on every row is the sum of a run of its neighbours (a 分配金额 printed before
the 人员补助 and 公用补助 it adds up). The year before (上年预算数), a change (较上年增减) and a rate are never it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answer.facts.words import label_key
from bot.language.asking import Words
from bot.store import queries as query

# A header that totals the row (合计, 总计, 补助资金合计), not nested under a group of columns.
_TOTAL_HEAD = re.compile(r"^(?:合计|总计|小计)$|(?:合计|总计)$")
# A rate or a share (增减率, 占比): no part of the row's own figure, as the year before and the change are not.
_SHARE = Words("year_change", r"{rate}|%|{asking_words.departments.share}")
# Funds carried over from the year before (上年结转, 上年结余): part of this year's own money, never last year's.
_CARRIED = Words("year_change", r"^(?:{before})(?:{carried})")
# A part of the column before it (其中：均衡性转移支付): never added beside its whole.
_PART = re.compile(r"^其中")


@dataclass
class Sheet:
    """The numeric columns of one sheet of a table, in their printed order, each with its figure by line."""

    order: list[str] = field(default_factory=list)  # col_labels, left to right
    values: dict[str, dict[int, float]] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)


def _sheet(idx, doc: int, name: str | None) -> Sheet:
    """One sheet's numeric columns, read whole (every fact of that sheet, never a prefix of the document), kept."""
    return idx.read_once("_numeric_columns", (doc, name or ""), lambda: _read_sheet(idx, doc, name or ""))


def _read_sheet(idx, doc: int, name: str) -> Sheet:
    sheet = Sheet()
    for f in query.facts_of_sheet(idx.conn, doc, name) if doc in idx.docs else ():
        col = f["col_labels"] or ""
        if not col or f["number"] is None or f["line"] is None:
            continue
        if col not in sheet.values:
            sheet.order.append(col)
            sheet.values[col] = {}
            sheet.units[col] = f["unit"] or ""
        sheet.values[col].setdefault(f["line"], f["number"])
    return sheet


def own_amount(col: str) -> bool:
    """Whether a column holds the row's own amount: not the year before, a change or a rate (上年结转 is this
    year's own money, carried over)."""
    # (imported here: records imports question, which imports this module)
    from bot.answer.facts.records import _NOT_OWN_AMOUNT
    keys = [label_key(part) or part for part in col.split(query.FACT_SEP)]
    return not any(_SHARE.search(k) or _NOT_OWN_AMOUNT.search(k) and not _CARRIED.search(k) for k in keys)


def _part(col: str) -> bool:
    return bool(_PART.match(col.split(query.FACT_SEP)[-1].strip()))


def _labelled_total(sheet: Sheet) -> str:
    totals = [c for c in sheet.order if query.FACT_SEP not in c and own_amount(c) and sheet.units[c] != "%"
              and _TOTAL_HEAD.search(label_key(c)) and len(sheet.values[c]) >= 3]
    return totals[0] if len(totals) == 1 else ""


def _adds_up(sheet: Sheet, whole: str, run: list[str]) -> bool:
    """Whether on every line the whole's figure is the sum of the run's (blank cells as 0), three lines at least."""
    lines = sheet.values[whole]
    if len(run) < 2 or len(lines) < 3:
        return False
    for line, x in lines.items():
        total = sum(sheet.values[c].get(line, 0.0) for c in run)
        if abs(total - x) > 0.011 * len(run) + 1e-6 * abs(x):
            return False
    return True


def _summed_total(sheet: Sheet) -> str:
    """The top-level column whose figure is the sum of the run of own-amount columns right before or right after
    it (parts, 其中, left out); "" when none or several."""
    parts = [c for c in sheet.order if own_amount(c) and sheet.units[c] != "%" and not _part(c)]
    found = []
    for k, whole in enumerate(parts):
        if query.FACT_SEP in whole:
            continue
        before, after = parts[:k], parts[k + 1:]
        runs = [before[j:] for j in range(len(before) - 1)] + [after[:j] for j in range(len(after), 1, -1)]
        if any(_adds_up(sheet, whole, run) for run in runs):
            found.append(whole)
    return found[0] if len(found) == 1 else ""


def whole_column(idx, doc: int, sheet: str | None) -> str:
    """The col_labels of the total column of a document's sheet ("" when the table has none)."""
    def read() -> str:
        s = _sheet(idx, doc, sheet)
        return _labelled_total(s) or _summed_total(s)
    return idx.read_once("_whole_columns", (doc, sheet or ""), read)


def columns_of(idx, doc: int, sheet: str | None) -> list[str]:
    """The numeric columns of a document's sheet, in their printed order."""
    return list(_sheet(idx, doc, sheet).order)


def _col_keys(col: str) -> set[str]:
    return {label_key(part) for part in col.split(query.FACT_SEP)}


def subject_whole(idx, doc: int, keys: set[str]) -> str:
    """"X镇转移支付多少" of a table printing 一般性转移支付 (a group) beside 专项转移支付 and 合计: the word said fits
    several columns of one sheet, under different groups or none, each the row's own amount — the row's figure
    is its total column. Its key when that key says no other column of the sheet; "" otherwise."""
    fids = [f for k in sorted(keys) for f in idx.label_facts.get(k, ())[:200] if idx.fact_doc[f] == doc]
    facts = [f for f in idx.facts(fids, copied=False) if _col_keys(f["col_labels"] or "") & keys]
    sheets = {f["sheet"] or "" for f in facts}
    cols = {f["col_labels"] or "" for f in facts}
    parents = {tuple(c.split(query.FACT_SEP)[:-1]) for c in cols}
    # (all under one group: that group's own total is meant, read elsewhere)
    if len(sheets) != 1 or len(cols) < 2 or len(parents) == 1 and parents != {()} or not all(own_amount(c) for c in cols):
        return ""
    sheet = sheets.pop()
    whole = whole_column(idx, doc, sheet)
    key = label_key(whole.split(query.FACT_SEP)[-1]) if whole else ""
    if not key or sum(label_key(c.split(query.FACT_SEP)[-1]) == key for c in columns_of(idx, doc, sheet)) != 1:
        return ""
    return key
