"""Tables whose columns are kinds of one thing (a social-insurance fund budget: its lines as rows, each 险种's
fund a column, a 合计 column beside them): questions over one line's columns — which kind is most (结余最少的险种),
which pass a bound (超过十个亿的是哪个基金), which print nothing there (哪些基金没有财政补贴收入), which fall short
(哪个险种收不抵支: the line of the year's balance below zero), a group of them added up (三项养老保险基金收入加起来)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answer import compose
from bot.answer.facts.entities import rank_asked
from bot.answer.facts.index import FactIndex
from bot.answer.facts.question import FactAnswer, FactQuestion, Mention
from bot.answer.facts.values import _cite, _name, _own_row, _shown
from bot.answer.facts.words import _is_total, fmt_number, label_key
from bot.language import ordinals
from bot.store import queries as query

# Spending beyond income in the year ("收不抵支", "入不敷出", "赤字"): the line of the year's balance below zero.
_SHORTFALL = re.compile(r"收不抵支|入不敷出|收支缺口|出现缺口|赤字|结余为负|结余是负")
_BALANCE_LINE = re.compile(r"(?:本年|当年|当期)?收支结余$|^(?:本年|当年|当期)结余$")
_LACKING = re.compile(r"(?:没有|没|无|不含|未安排)(?=[\u4e00-\u9fff]{2})")


@dataclass
class KindTable:
    doc: int
    kinds: list[str]  # the kinds' column labels as printed, in the table's order
    ending: str  # the words every kind's name ends with (保险基金)
    cells: dict[tuple[str, str], dict] = field(default_factory=dict)  # (row key, column label) -> its fact
    rows: list[str] = field(default_factory=list)  # row keys in the table's order


def kind_table(idx: FactIndex, doc: int) -> KindTable | None:
    """The table's kind columns, or None when its columns are not three or more names of one kind beside (at
    most) a 合计 (worked out once per index; a table whose column keys, held in memory, share no ending three
    times is never read from the store)."""
    return idx.read_once("_kind_tables", doc, lambda: _read_table(idx, doc) if _may_have_kinds(idx, doc) else None)


def _kind_candidates(idx: FactIndex, docs: list[int]) -> list[int]:
    """The docs (in their order) whose tables may have kind columns: the set of those worked out once per
    index, so that a question over every department never walks each one's columns again."""
    may = idx.__dict__.get("_kind_docs")
    if may is None:
        may = idx.__dict__["_kind_docs"] = frozenset(d for d in idx.docs if _may_have_kinds(idx, d))
    return [d for d in docs if d in may]


def _may_have_kinds(idx: FactIndex, doc: int) -> bool:
    """Whether three or more of a table's column keys (not its totals) end with the same two characters."""
    endings: dict[str, int] = {}
    for k in idx.doc_rows_and_cols(doc)[1] if doc in idx.docs else ():
        if len(k) >= 2 and not _is_total(k):
            endings[k[-2:]] = endings.get(k[-2:], 0) + 1
    return any(n >= 3 for n in endings.values())


def _read_table(idx: FactIndex, doc: int) -> KindTable | None:
    if doc not in idx.docs or not idx.docs[doc].facts or len(idx.docs[doc].facts) > 3000:
        return None
    facts = [f for f in idx.facts(list(idx.docs[doc].facts)) if f["row_labels"] and f["col_labels"]]
    if not facts or len({f["sheet"] for f in facts}) > 1 or any(query.FACT_SEP in f["col_labels"] for f in facts):
        return None  # (a header of two levels, or several sheets: the lookups' to read)
    columns = list(dict.fromkeys(f["col_labels"] for f in facts))
    kinds = [c for c in columns if not _is_total(label_key(c))]
    if len(kinds) < 3 or len(columns) - len(kinds) > 1:
        return None
    heads = [label_key(re.split(r"[（(]", c)[0]) for c in kinds]
    ending = heads[0]
    for h in heads[1:]:
        while ending and not h.endswith(ending):
            ending = ending[1:]
    if len(ending) < 2 or any(h == ending or re.fullmatch(r"[\d年度上本下一二三四季月份]+", h[:-len(ending)]) for h in heads):
        return None  # (years or periods of one figure, 2024年预算数 beside 2025年预算数, are no kinds)
    table = KindTable(doc, kinds, ending)
    for f in facts:
        key = _own_row(f)
        table.cells[(key, f["col_labels"])] = f
        if key not in table.rows:
            table.rows.append(key)
    return table


class KindColumns:
    """Answers over the kind columns of one table's line (used by the answerer, beside EntityRows)."""

    def __init__(self, idx: FactIndex, words: dict[str, tuple[str, ...]]):
        self.idx = idx
        self.words = words  # the vocabulary's [column_kinds]: 险种 -> the endings of such columns' names

    def answer(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        found = [(t, w) for d in _kind_candidates(self.idx, docs) if (t := kind_table(self.idx, d)) is not None
                 and (w := self._kind_said(fq, t) or ("项" if self._group_said(fq, t) else ""))]
        if len(found) != 1:
            return None
        table, word = found[0]
        left = re.sub(rf"{word}|没有|没|无|收不抵支|入不敷出|赤字|[项个]", "", fq.leftover or "")
        if re.search(r"[\u4e00-\u9fff]", left):
            return None  # a word nothing explains: not a question over the kinds
        group = self._group_said(fq, table)
        row = self._row_said(fq, table, group)
        if row is None or group and _count_said(fq.text) not in (0, len(group)):
            return None
        cells = [(c, table.cells.get((row, c))) for c in (group or table.kinds)]
        if "sum" in fq.ops and group:
            return self._sum(cells)
        if _SHORTFALL.search(fq.text):
            return self._short(cells, row)
        if (lacking := _LACKING.search(fq.text)) and lacking.start() < fq.text.find(word) + len(word) + 4:
            return self._lacking(word, cells, row)
        if re.search(rf"(?:哪些|哪几个|哪个|几个){word}有|有[\u4e00-\u9fff]{{2,}}的{word}", fq.text):
            return self._having(word, cells)
        return self._compared(fq, word, [(c, f) for c, f in cells if f is not None and f["number"] is not None])

    def _compared(self, fq: FactQuestion, word: str, cells: list[tuple[str, dict]]) -> FactAnswer | None:
        """The kinds ranked (最多, 排第二) or bounded (超过十个亿) by their figures of the line."""
        if len(cells) < 2:
            return None
        facts = [f for _, f in cells]
        ranked = sorted(facts, key=lambda f: f["number"], reverse=True)
        if (rank := rank_asked(fq.text)) is not None:
            n, least = rank
            order = ranked[::-1] if least else ranked
            if n > len(order):
                return FactAnswer("unknown", compose.only_so_many(len(order), n))
            said = compose.ranked_place_from_end if least else compose.ranked_place
            f = order[n - 1]
            return FactAnswer("answered", said(n, _name(f), _shown(f)) + _cite(self.idx, [f]), [f],
                              ranked=[x["id"] for x in order])
        if {"max", "min"} & set(fq.ops):
            most = "max" in fq.ops
            order = ranked if most else ranked[::-1]
            top = [f for f in order if f["number"] == order[0]["number"]]
            return FactAnswer("answered", compose.fact_extreme("max" if most else "min", [_name(f) for f in top],
                                                               _shown(top[0]), len(facts)) + _cite(self.idx, top),
                              top, ranked=[x["id"] for x in order])
        if fq.cmp in ("gt", "lt", "ge", "le") and fq.number is not None:
            return self._within(fq, facts)
        return None

    def _within(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"年末滚存结余超过十个亿的": the kinds whose figure passes the bound (said in 万 of figures in 元: times
        10000); None when the figures are of another unit than the bound's."""
        n, said, units = fq.number or 0.0, fq.number_unit, {f["unit"] or "" for f in facts}
        if said.startswith("万") and units == {"元"}:
            n *= 10000
        elif said == "元" and units == {"万元"}:
            n /= 10000
        elif said and not said.startswith("万") and said not in units:
            return None
        test = {"gt": lambda x: x > n, "lt": lambda x: x < n, "ge": lambda x: x >= n, "le": lambda x: x <= n}[fq.cmp]
        hits = sorted((f for f in facts if test(f["number"])), key=lambda f: f["number"], reverse=fq.cmp in ("gt", "ge"))
        if not hits:
            return FactAnswer("answered", compose.none_fits(len(facts)) + _cite(self.idx, facts), facts)
        lines = [compose.fact_value(_name(f), _shown(f)) for f in hits]
        return FactAnswer("answered", compose.numbered_items(lines, count=len(hits)) + _cite(self.idx, hits), hits)

    def _short(self, cells: list[tuple[str, dict | None]], row: str) -> FactAnswer | None:
        """"哪个险种收不抵支": the kinds whose balance of the year is below zero."""
        facts = [f for _, f in cells if f is not None and f["number"] is not None]
        if not _BALANCE_LINE.search(row) or len(facts) < 2:
            return None
        short = [f for f in facts if f["number"] < 0]
        lines = [compose.fact_value(_name(f), _shown(f)) for f in short]
        return FactAnswer("answered", compose.kinds_short(lines, len(facts)) + _cite(self.idx, short or facts),
                          short or facts, ranked=[f["id"] for f in short])

    def _lacking(self, word: str, cells: list[tuple[str, dict | None]], row: str) -> FactAnswer:
        """"哪些基金没有财政补贴收入": the kinds whose cell of the line is blank (or 0)."""
        lacking = [c for c, f in cells if f is None or not f["number"]]
        shown = [f for _, f in cells if f is not None]
        line = next((label_key(f["row_labels"].split(query.FACT_SEP)[-1]) for f in shown), row)
        return FactAnswer("answered", compose.kinds_lacking(word, line, lacking, len(cells)) + _cite(self.idx, shown),
                          shown, negated=True)

    def _having(self, word: str, cells: list[tuple[str, dict | None]]) -> FactAnswer | None:
        """"哪些险种有转移收入": the kinds whose cell of the line holds a figure (not 0), each with it."""
        having = [f for _, f in cells if f is not None and f["number"]]
        if not having:
            return None
        lines = [compose.fact_value(_name(f), _shown(f)) for f in having]
        return FactAnswer("answered", compose.having_of(word, len(cells), lines, len(having)) + _cite(self.idx, having), having,
                          ranked=[f["id"] for f in having])

    def _sum(self, cells: list[tuple[str, dict | None]]) -> FactAnswer | None:
        """"三项养老保险基金收入加起来": the kinds named by their shared words, their figures of the line added up."""
        facts = [f for _, f in cells if f is not None and f["number"] is not None]
        if len(facts) < 2 or len({f["unit"] for f in facts}) != 1:
            return None
        total = sum(f["number"] for f in facts)
        text = compose.fact_sum([(_name(f), fmt_number(f["number"])) for f in facts], fmt_number(total),
                                facts[0]["unit"] or "")
        return FactAnswer("answered", text + _cite(self.idx, facts), facts, total=(total, facts[0]["unit"] or ""))

    def _kind_said(self, fq: FactQuestion, table: KindTable) -> str:
        """The word the question names the kinds by (险种, 基金), asked of several ("哪个险种", "哪些基金",
        "最少的险种"), or ""."""
        words = [w for w in self.words if any(table.ending.endswith(e) for e in self.words[w])]
        words += [table.ending[i:] for i in range(len(table.ending) - 1)]
        for w in sorted(set(words), key=len, reverse=True):
            if re.search(rf"(?:哪(?:一)?个|哪些|哪几个|几个|多少个|各个?|每个){w}|的{w}(?:是|有|呢|$)|^{w}", fq.text):
                return w
        return ""

    def _group_said(self, fq: FactQuestion, table: KindTable) -> list[str]:
        """The kinds a mention names together ("养老保险基金" of three 养老 funds), in the table's order; []."""
        for m in fq.mentions:
            named = [c for c in table.kinds if label_key(c) in m.keys or label_key(re.split(r"[（(]", c)[0]) in m.keys]
            if len(named) >= 2:
                return named
        return []

    def _row_said(self, fq: FactQuestion, table: KindTable, group: list[str]) -> str | None:
        """The one line asked: a row named (收入 said bare is its 收入合计), or the year's balance of "收不抵支"."""
        rows: set[str] = set()
        for m in fq.mentions:
            if group and _names_group(m, table, group):
                continue
            for k in m.keys:
                rows |= {r for r in (k, k + "合计", k + "总计") if r in table.rows}
        if not rows and _SHORTFALL.search(fq.text):
            rows = {r for r in table.rows if _BALANCE_LINE.search(r)}
        return next(iter(rows)) if len(rows) == 1 else None


def _names_group(m: Mention, table: KindTable, group: list[str]) -> bool:
    return any(label_key(c) in m.keys or label_key(re.split(r"[（(]", c)[0]) in m.keys for c in group)


def _count_said(text: str) -> int:
    """How many kinds the question says it adds ("三项养老保险基金"): 0 when it says none."""
    m = re.search(r"([两二三四五六七八九十\d]+)(?:项|个|类|种)", text)
    return ordinals.place_number(m.group(1)) or 0 if m else 0
