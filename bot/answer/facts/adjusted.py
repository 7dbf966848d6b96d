"""A budget's adjustment in the year: 调整后预算 less 年初预算 of each row of a table printing both columns
(an execution table). 调增 / 调减 of a row named, the rows adjusted up or down, the largest adjustment."""

from __future__ import annotations

import re
from collections import defaultdict

from bot.answer import compose
from bot.answer.facts.index import FactIndex
from bot.answer.facts.question import FactAnswer, FactQuestion
from bot.answer.facts.values import _cite, _own_col, _own_row
from bot.answer.facts.words import _is_total, fmt_number, label_key
from bot.store import queries as query

# The year's first budget and the budget after the year's adjustments, as the columns print them.
_START = re.compile(r"^年初(?:预算)?(?:数|金额|安排)?$")
_END = re.compile(r"^调整(?:后)?(?:预算)?(?:数|金额)?$")


def adjusted_rows(idx: FactIndex, docs: list[int]) -> list[tuple[dict, dict | None]]:
    """Each row of the tables given that prints an adjusted budget: (its 调整后 fact, its 年初 fact or None
    when that cell is blank); [] unless the rows are of one department and some print both columns."""
    every = idx.facts(sorted(f for d in docs for f in idx.docs[d].facts)[:5000])
    pairs: dict[tuple, dict[str, dict]] = defaultdict(dict)
    for f in every:
        if f["number"] is None:
            continue
        col = _own_col(f)
        kind = "start" if _START.match(col) else "end" if _END.match(col) else ""
        if kind:
            pairs[(f["document_id"], f["sheet"], f["page"], f["line"])].setdefault(kind, f)
    rows = [(p["end"], p.get("start")) for p in pairs.values() if "end" in p]
    if not any(start for _, start in rows) or len({end["department"] for end, _ in rows}) != 1:
        return []
    return sorted(rows, key=lambda r: (r[0]["document_id"], r[0]["page"] or 0, r[0]["line"] or 0))


def _change(row: tuple[dict, dict | None]) -> float:
    end, start = row
    return end["number"] - (start["number"] if start else 0.0)


def _is_total_row(f: dict) -> bool:
    """A 合计 row (merged over 序号 and 项目名称, it may be labelled by its first cell only)."""
    return any(_is_total(label_key(part)) for part in (f["row_labels"] or "").split(query.FACT_SEP))


def _worded(row: tuple[dict, dict | None]) -> tuple[str, str, str, str]:
    end, start = row
    col = (end["col_labels"] or "").split(query.FACT_SEP)[-1]
    start_col = (start["col_labels"] or "").split(query.FACT_SEP)[-1] if start else "年初预算"
    before = f"{start_col} {fmt_number(start['number'])}" if start else f"{start_col} 空白（按0计）"
    name = (end["row_labels"] or "").split(query.FACT_SEP)[-1]
    return name, before, f"{col} {fmt_number(end['number'])}", end["unit"] or ""


def answer(idx: FactIndex, fq: FactQuestion, docs: list[int], context: dict | None) -> FactAnswer | None:
    """The adjustment asked (fq.adjusted: "up" 调增, "down" 调减, "any"): of the rows named (or just talked
    about), else the rows adjusted that way listed, counted or ranked, else the table's total row; None
    when no table in scope prints both budgets."""
    rows = adjusted_rows(idx, docs)
    if not rows:
        return None
    said = {k for m in fq.mentions for k in m.keys}
    ranking = bool({"max", "min", "list", "count"} & set(fq.ops))
    named = [r for r in rows if _own_row(r[0]) in said]
    if not named and not ranking and context and context.get("rows"):
        named = [r for r in rows if _own_row(r[0]) in set(context["rows"])]
    items = [r for r in rows if not _is_total_row(r[0])]
    if named:
        return _of_rows(idx, named)
    if not ranking:
        total = [r for r in rows if _is_total_row(r[0])][:1]
        return _of_rows(idx, total) if total else None
    down = fq.adjusted == "down"
    chosen = [r for r in items if (_change(r) < 0 if down else _change(r) > 0 if fq.adjusted == "up" else _change(r))]
    chosen.sort(key=lambda r: _change(r), reverse=not down)
    word = compose.ADJUSTED_WORDS[fq.adjusted]
    if {"max", "min"} & set(fq.ops) and chosen:
        top = chosen[-1] if "min" in fq.ops else chosen[0]
        text = compose.adjusted_most(word, "min" in fq.ops, *_worded(top), fmt_number(abs(_change(top))), len(items))
        return FactAnswer("answered", text + _cite(idx, [top[0]]), [top[0]], ranked=[r[0]["id"] for r in chosen])
    lines = [(*_worded(r), fmt_number(abs(_change(r)))) for r in chosen]
    text = compose.adjusted_listed(word, lines, len(items), "count" in fq.ops)
    facts = [r[0] for r in chosen] or [r[0] for r in items[:1]]
    return FactAnswer("answered", text + _cite(idx, facts), facts, ranked=[r[0]["id"] for r in chosen])


def _of_rows(idx: FactIndex, rows: list[tuple[dict, dict | None]]) -> FactAnswer:
    """Each row's adjustment, the arithmetic shown."""
    lines = []
    for r in rows:
        name, before, after, unit = _worded(r)
        d = _change(r)
        start = r[1]["number"] if r[1] else 0.0
        lines.append(compose.adjusted_row(name, before, after, fmt_number(r[0]["number"]), fmt_number(start),
                                          d, fmt_number(abs(d)), unit))
    facts = [f for r in rows for f in r if f]
    return FactAnswer("answered", "\n".join(lines) + _cite(idx, facts), facts)
