"""Rows ranked, counted or listed by their change since the year before: "比上年减少金额最多的乡镇", "比上年减少的乡镇
有几个", "较上年增长的镇有哪些", "同上年比降幅最大的是哪个" — of the one table in scope whose rows are places or
organisations and that prints the change (较上年增减, 增减额; its rate, 增减率), or the year before beside the row's
own total (上年预算数 | 合计: the change worked out, shown). A table printing neither is not read here (the bot says
it holds no such figure)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.answer import compose
from bot.answer.facts.entities import EntityTable, entities_asked, entity_table
from bot.answer.facts.question import FactAnswer, FactQuestion
from bot.answer.facts.record_columns import EARLIER, SINCE_LAST, moved
from bot.answer.facts.values import _cite, _shown
from bot.answer.facts.whole_column import own_amount, whole_column
from bot.answer.facts.words import fmt_number, label_key
from bot.language.asking import Words
from bot.language.normalize import compact, normalize
from bot.store import queries as query

_MOST = Words("year_change", r"{most}")
_LEAST = Words("year_change", r"{least}")
_COUNTED = Words("year_change", r"{asking_words.departments.count}")
_LISTED = Words("year_change", r"{asking_words.departments.list}")
_RATE = Words("year_change", r"{rate}")
_CHANGE_HEAD = Words("year_change", r"{asking_words.departments.change_headers}")


@dataclass
class _Change:
    """One row's change: its name, the figure shown, the signed number, the facts it is read from."""

    name: str
    number: float
    shown: str
    facts: list[dict]


def answer(idx, fq: FactQuestion, docs: list[int], question: str) -> FactAnswer | None:
    """The rows of the one table in scope printing a change since the year before, ranked, counted or listed as
    the question asks (read in its own words: the reading may have said a fall as a column's least); None when
    the question asks no such thing or no one table holds it."""
    text = compact(normalize(question))
    said = SINCE_LAST.search(text)
    if said is None or said.group("level") or any(m.start >= 0 and m.keys & idx.row_label_keys for m in fq.mentions):
        return None  # ("千岛湖镇比上年增加多少": one row named, its own change looked up)
    rest = text[said.end():]
    op = "max" if _MOST.search(rest) else "min" if _LEAST.search(rest) else "count" if _COUNTED.search(rest) \
        else "list" if _LISTED.search(text) else ""
    if not op:
        return None
    rate = bool(_RATE.search(text))
    found = [(t, c) for d in docs if (t := entity_table(idx, d)) is not None and (c := _changes(idx, t, rate))]
    if len(found) != 1:
        return None
    table, changes = found[0]
    kind = entities_asked(text, idx.entity_kinds, idx.cut)
    if kind in idx.town_kind_endings:  # ("比上年减少的镇": the …镇 rows only)
        of_kind = [c for c in changes if label_key(c.name).endswith(tuple(idx.town_kind_endings[kind]))]
        if not of_kind:
            return FactAnswer("unknown", compose.no_rows_of_kind(kind, len(changes)), settled=True)
        changes = of_kind
    sign = -1 if said.group("fell") else 1 if said.group("rose") else 0
    return _asked(idx, changes, op, sign, compose.change_word(sign, rate), kind or "项", rate)


def _changes(idx, table: EntityTable, rate: bool) -> list[_Change]:
    """Each row's change: the column printing it (its rate when asked), else the row's total less the year
    before's; [] when the table prints neither."""
    cols = [c for c in table.columns if own_amount(c) is False]
    rates = [c for c in cols if _CHANGE_HEAD.search(_leaf(c)) and _is_rate(table, c)]
    amounts = [c for c in cols if _CHANGE_HEAD.search(_leaf(c)) and not _is_rate(table, c)]
    printed = rates if rate else amounts
    if len(printed) == 1:
        return [_Change(e, f["number"], f"{_leaf(printed[0])} {_shown(f)}", [f]) for e in table.entities
                if (f := _cell(table, e, printed[0])) is not None and f["number"] is not None]
    before = [c for c in cols if EARLIER.match(label_key(_leaf(c))) and not _is_rate(table, c)]
    first = next((f for fs in table.facts.values() for f in fs), None)
    whole = whole_column(idx, table.doc, first["sheet"]) if first is not None else ""
    if rate or len(before) != 1 or not whole or whole not in table.columns:
        return []
    out = []
    for e in table.entities:
        now, then = _cell(table, e, whole), _cell(table, e, before[0])
        if now is None or then is None or now["number"] is None or then["number"] is None:
            continue
        d = round(now["number"] - then["number"], 6)
        worked = f"{_leaf(whole)} {_shown(now)} − {_leaf(before[0])} {_shown(then)} = {fmt_number(d)}{now['unit'] or ''}"
        out.append(_Change(e, d, worked, [now, then]))
    return out


def _asked(idx, changes: list[_Change], op: str, sign: int, word: str, kind: str, rate: bool = False) -> FactAnswer:
    """The rows that changed the way said (any way for 增减), ranked, counted or listed."""
    word_of = {-1: "减少", 1: "增加"}
    hits = [c for c in changes if moved(c.number) == word_of[sign]] if sign else list(changes)
    if not hits:
        return FactAnswer("answered", compose.none_changed(word, len(changes)) + _cite(idx, [f for c in changes[:10]
                                                                                          for f in c.facts]),
                          [f for c in changes for f in c.facts])
    if op in ("max", "min"):
        # (减少最多: the greatest fall, the most negative change; 减少最少: the least of the falls)
        ordered = sorted(hits, key=lambda c: c.number * (sign or 1), reverse=op == "max")
        best = [c for c in ordered if c.number == ordered[0].number]
        facts = [f for c in best for f in c.facts]
        return FactAnswer("answered", compose.changed_extreme(word, op == "max", rate, [c.name for c in best],
                                                              best[0].shown, len(hits)) + _cite(idx, facts), facts,
                          ranked=[c.facts[0]["id"] for c in ordered])
    facts = [f for c in hits for f in c.facts]
    lines = [compose.fact_value(c.name, c.shown) for c in hits]
    return FactAnswer("answered", compose.changed_rows(word, kind, lines, len(changes)) + _cite(idx, facts), facts,
                      ranked=[c.facts[0]["id"] for c in hits])


def _leaf(col: str) -> str:
    return col.split(query.FACT_SEP)[-1].strip()


def _cell(table: EntityTable, entity: str, col: str) -> dict | None:
    return next((f for f in table.facts.get((entity, ""), ()) if f["col_labels"] == col), None)


def _is_rate(table: EntityTable, col: str) -> bool:
    """A column of a rate: printed in % or named so (增减率（%）)."""
    units = {f["unit"] for fs in table.facts.values() for f in fs if f["col_labels"] == col}
    return "%" in units or "%" in col or bool(_RATE.search(_leaf(col)))
