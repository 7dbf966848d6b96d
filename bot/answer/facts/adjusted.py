"""A budget's adjustment in the year: 调整后预算 less 年初预算 of each row of a table printing both columns
(an execution table). 调增 / 调减 of a row named, the rows adjusted up or down, the largest adjustment."""

from __future__ import annotations

import re
from collections import defaultdict

from bot.answer import compose
from bot.answer.facts.index import FactIndex
from bot.answer.facts.outline import code_of
from bot.answer.facts.question import _LEVEL_DIGITS, FactAnswer, FactQuestion
from bot.answer.facts.values import _cite, _own_col, _own_row
from bot.answer.facts.words import _is_total, fmt_number, fmt_percent, label_key
from bot.store import queries as query

# The year's first budget and the budget after the year's adjustments, as the columns print them.
_START = re.compile(r"^(?:年初|调整前|调剂前|变更前)(?:预算)?(?:数|金额|安排)?$")
_END = re.compile(r"^(?:调整后|调剂后|变更后)(?:预算)?(?:数|金额)?$|^调整预算(?:数|金额)?$")
# A column printing the change itself (调整数 -355, 增减额, 调增(减)数): the adjustment as the table states it,
# never an after-value to take the start from.
_DELTA = re.compile(r"^(?:调整|调剂|增减|变动|调增[（(]?减[)）]?|增[（(]?[+＋]?[)）]?减[（(]?[-－]?[)）]?)(?:数|额|金额)?$")
# The row's own words on why (调整原因, 说明, 备注): a text column beside the figures.
_REASON = re.compile(r"原因|理由|说明|备注")
_WHY_SAID = re.compile(r"原因|为啥|为什么|为何|理由")
# 调整幅度: the change over the year's first budget, in %.
_WHICH = re.compile(r"哪(?:个|些|几|一)")
_RATE_SAID = re.compile(r"幅度|比例|百分|%|多少个点")


def adjusted_rows(idx: FactIndex, docs: list[int]) -> list[dict[str, dict]]:
    """Each row of the tables given that prints an adjusted budget or the change itself: its facts by kind
    ("end" 调整后, "start" 年初, "delta" 调整数, "reason" 调整原因; a blank cell is no key); [] unless some print
    the start or the change beside the end."""
    held = idx.__dict__.get("_adjusted_docs")
    if held is None:  # the tables printing an adjusted budget or a change column: once per index
        held = idx.__dict__["_adjusted_docs"] = frozenset(
            d for d, keys in idx.doc_keys.items() if any(_END.match(k) or _DELTA.match(k) for k in keys))
    docs = [d for d in docs if d in held]
    if not docs:
        return []
    every = idx.facts(sorted(f for d in docs for f in idx.docs[d].facts)[:5000])
    pairs: dict[tuple, dict[str, dict]] = defaultdict(dict)
    for f in every:
        col = _own_col(f)
        if f["number"] is None:
            kind = "reason" if _REASON.search(col) and f["value"] else ""
        else:
            kind = "start" if _START.match(col) else "end" if _END.match(col) else "delta" if _DELTA.match(col) else ""
        if kind:
            pairs[(f["document_id"], f["sheet"], f["page"], f["line"])].setdefault(kind, f)
    # (a change column beside neither budget, 增减额 of this year's fees on last year's, is no adjustment)
    rows = [p for p in pairs.values() if "end" in p or "delta" in p and "start" in p]
    if not any("start" in p or "delta" in p for p in rows):
        return []
    return sorted(rows, key=lambda p: (_main(p)["document_id"], _main(p)["page"] or 0, _main(p)["line"] or 0))


def _main(row: dict[str, dict]) -> dict:
    """The fact a row is named and cited by: its change as printed, else its adjusted budget."""
    return row.get("delta") or row["end"]


def _change(row: dict[str, dict]) -> float:
    if "delta" in row:
        return row["delta"]["number"]
    return row["end"]["number"] - (row["start"]["number"] if "start" in row else 0.0)


def _rate(row: dict[str, dict]) -> float:
    """The change in % of the year's first budget (调整幅度)."""
    return _change(row) / row["start"]["number"] * 100


def _under_any(row: dict[str, dict], heads: list[dict[str, dict]]) -> bool:
    """Whether a line's subject code stands under one of the heads' (21004 under 210)."""
    code = code_of(_last(_main(row), "row_labels"))
    return any(code != (c := code_of(_last(_main(h), "row_labels"))) and c and code.startswith(c) for h in heads)


def _is_total_row(f: dict) -> bool:
    """A 合计 row (merged over 序号 and 项目名称, it may be labelled by its first cell only)."""
    return any(_is_total(label_key(part)) for part in (f["row_labels"] or "").split(query.FACT_SEP))


def _last(f: dict, labels: str) -> str:
    return (f[labels] or "").split(query.FACT_SEP)[-1]


def _worded(row: dict[str, dict]) -> tuple[str, str, str, str]:
    """(row name, "年初预算 X", "调整后预算 Y" or "" when the row prints no end, unit)."""
    start, end = row.get("start"), row.get("end")
    start_col = _last(start, "col_labels") if start else "年初预算"
    before = f"{start_col} {fmt_number(start['number'])}" if start else \
        "" if "delta" in row else compose.blank_as_zero(start_col)
    after = f"{_last(end, 'col_labels')} {fmt_number(end['number'])}" if end else ""
    return _last(_main(row), "row_labels"), before, after, _main(row)["unit"] or ""


def _printed(row: dict[str, dict]) -> str:
    """The change as the table prints it ("调整数 -355"), "" when it is worked out of two columns."""
    return f"{_last(row['delta'], 'col_labels')} {fmt_number(row['delta']['number'])}" if "delta" in row else ""


def _of_level(fq: FactQuestion, rows: list[dict[str, dict]]) -> list[dict[str, dict]]:
    """The rows at the subject level asked ("哪个款调增最多": 5-digit codes), every row when none is."""
    if fq.level not in _LEVEL_DIGITS:
        return rows
    return [r for r in rows if len(code_of(_last(_main(r), "row_labels"))) == _LEVEL_DIGITS[fq.level]]


def _over_bound(fq: FactQuestion, rows: list[dict[str, dict]]) -> list[dict[str, dict]]:
    """"调减超过一千万的": the rows whose change (its size) passes the bound said, in the table's money unit."""
    if fq.number is None or fq.cmp not in ("gt", "ge", "lt", "le") or fq.percent:
        return rows
    bound = fq.number
    unit = _main(rows[0])["unit"] if rows else ""
    if fq.number_unit.startswith("万") and unit == "元":
        bound *= 10000
    elif fq.number_unit == "元" and unit == "万元":
        bound /= 10000
    test = {"gt": lambda x: x > bound, "ge": lambda x: x >= bound, "lt": lambda x: x < bound,
            "le": lambda x: x <= bound}[fq.cmp]
    return [r for r in rows if test(abs(_change(r)))]


def answer(idx: FactIndex, fq: FactQuestion, docs: list[int], context: dict | None) -> FactAnswer | None:
    """The adjustment asked (fq.adjusted: "up" 调增, "down" 调减, "any"): of the rows named (or just talked
    about), else the rows adjusted that way listed, counted or ranked (at the level asked, past the bound
    said; "哪个调减了" of the rows just listed), else the table's total row; None when no table in scope
    prints both budgets or the change, or the year asked is not the tables'."""
    rows = adjusted_rows(idx, docs)
    if not rows or fq.years and not {_main(r)["year"] for r in rows} & set(fq.years):
        return None
    said = {k for m in fq.mentions for k in m.keys}
    ranking = bool({"max", "min", "list", "count"} & set(fq.ops)) or bool(fq.level) or fq.cmp in ("gt", "ge")
    named = [r for r in rows if _own_row(_main(r)) in said]
    shown = [r for r in rows if _own_row(_main(r)) in set(context["rows"])] \
        if not named and context and context.get("rows") else []
    among = len(shown) >= 2 and bool(_WHICH.search(fq.text))  # "公共卫生下面有哪些项" → "哪个调减了"
    if not ranking and not among:
        named = named or shown
    if len({_main(r)["department"] for r in named or rows}) != 1:
        return None  # several departments' tables: which one's row, total or ranking is asked is not said
    if named and fq.under and fq.level and ranking:  # "卫生健康支出下面哪个款调增最多": the lines under it
        return _ranked(idx, fq, _of_level(fq, [r for r in rows if _under_any(r, named)]))
    if named:
        return _of_rows(idx, named, fq)
    if not ranking and not among:
        if fq.leftover.strip():
            return None  # "预备费调了多少": a word no line is named by — never the table's total instead
        total = [r for r in rows if _is_total_row(_main(r))][:1]
        return _of_rows(idx, total, fq) if total else None
    return _ranked(idx, fq, _of_level(fq, shown if among else [r for r in rows if not _is_total_row(_main(r))]))


def _ranked(idx: FactIndex, fq: FactQuestion, items: list[dict[str, dict]]) -> FactAnswer:
    """The rows of items adjusted the way asked: the most (least) of them, else all listed or counted."""
    down = fq.adjusted == "down"
    chosen = _over_bound(fq, [r for r in items if (_change(r) < 0 if down else _change(r) > 0
                                                  if fq.adjusted == "up" else _change(r))])
    rate = bool(_RATE_SAID.search(fq.text)) and {"max", "min"} & set(fq.ops)
    if rate:  # "调减幅度最大的款": ranked by the change over the year's first budget, not by its size
        chosen = [r for r in chosen if r.get("start") and r["start"]["number"]]
    chosen.sort(key=lambda r: _rate(r) if rate else _change(r) if fq.adjusted != "any" else -abs(_change(r)),
                reverse=fq.adjusted == "up")
    word = compose.ADJUSTED_WORDS[fq.adjusted]
    ranked = [_main(r)["id"] for r in chosen]
    if {"max", "min"} & set(fq.ops) and chosen:
        top = chosen[-1] if "min" in fq.ops else chosen[0]
        text = compose.adjusted_most(word, "min" in fq.ops, *_worded(top), fmt_number(abs(_change(top))), len(items),
                                     fmt_percent(_rate(top)) if rate else "")
        return FactAnswer("answered", text + _cite(idx, [_main(top)]), [_main(top)], ranked=ranked)
    lines = [(*_worded(r), fmt_number(abs(_change(r)))) for r in chosen]
    text = compose.adjusted_listed(word, lines, len(items), "count" in fq.ops, fq.level)
    facts = [_main(r) for r in chosen] or [_main(r) for r in items[:1]]
    return FactAnswer("answered", text + _cite(idx, facts), facts, ranked=ranked)


def _of_rows(idx: FactIndex, rows: list[dict[str, dict]], fq: FactQuestion) -> FactAnswer:
    """Each row's adjustment: the change the table prints, else the arithmetic shown; its reason when asked."""
    lines = []
    for r in rows:
        name, before, after, unit = _worded(r)
        d = _change(r)
        start = r["start"]["number"] if "start" in r else 0.0
        end = r["end"]["number"] if "end" in r else start + d
        reason = r["reason"]["value"] if "reason" in r and _WHY_SAID.search(fq.text) else ""
        line = compose.adjusted_row(name, before, after, fmt_number(end), fmt_number(start), d,
                                    fmt_number(abs(d)), unit, _printed(r), reason)
        if _RATE_SAID.search(fq.text) and start:
            line += compose.adjusted_rate(fmt_number(d), fmt_number(start), fmt_percent(_rate(r)))
        lines.append(line)
    facts = [f for r in rows for k, f in r.items() if k != "reason" or _WHY_SAID.search(fq.text)]
    return FactAnswer("answered", "\n".join(lines) + _cite(idx, facts), facts)


def why(idx: FactIndex, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
    """"农林水支出为啥调减" of a line whose reason cell is blank (a 类 summing its 款) in a table that gives
    reasons: said so, with the reasons of the lines under it; None when the line has its reason (the labels
    answer it) or no such line is named."""
    if not fq.adjusted and "调整" not in fq.text:
        return None  # "公用经费为什么执行率低": another figure's reason, not the adjustment's
    rows = adjusted_rows(idx, docs)
    said = {k for m in fq.mentions for k in m.keys}
    named = [r for r in rows if _own_row(_main(r)) in said]
    if len(named) != 1 or "reason" in named[0] or not any("reason" in r for r in rows):
        return None
    row = named[0]
    name = _last(_main(row), "row_labels")
    code = code_of(name)
    under = [r for r in rows if code and "reason" in r and (c := code_of(_last(_main(r), "row_labels")))
             and c.startswith(code) and len(c) > len(code)]
    lines = [(_last(_main(r), "row_labels"), compose.ADJUSTED_WORDS["up" if _change(r) > 0 else "down"]
              if _change(r) else "", fmt_number(abs(_change(r))), _main(r)["unit"] or "", r["reason"]["value"])
             for r in under]
    text = compose.reason_blank(name, lines)
    facts = [_main(row)] + [r["reason"] for r in under]
    return FactAnswer("answered" if under else "unknown", text + _cite(idx, facts), facts)

