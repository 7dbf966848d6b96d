"""Tables whose rows are departments or places ("柏山区部分部门三公经费表": a bureau's rows over year columns;
"分县区分配表": a county a row): questions over those rows as entities — which one is largest, how many
there are, which have a line, what they add up to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answer import compose
from bot.answer.facts.index import FactIndex
from bot.answer.facts.outline import path_of
from bot.answer.facts.question import FactAnswer, FactQuestion
from bot.answer.facts.values import _cite, _shown, year_in
from bot.answer.facts.words import _is_total, fmt_number, is_entity_label, label_key
from bot.store import queries as query

# A column compared with another (2025年比2024年增减额, 增减率) or a note: no figure of one year.
_NOT_A_YEAR = re.compile(r"比|较|增减|增长|减少|变动|备注|说明|率")


@dataclass
class EntityTable:
    doc: int
    entities: list[str]  # row labels of the entities, in the table's order
    items: list[str]  # the lines under each entity (合计, 公务接待费 …); empty when an entity is one row
    facts: dict[tuple[str, str], list[dict]] = field(default_factory=dict)  # (entity, item) -> its cells
    columns: list[str] = field(default_factory=list)  # column labels, in the table's order


def entity_table(idx: FactIndex, doc: int) -> EntityTable | None:
    """The table's entity rows, or None when its rows are not departments or places (worked out once)."""
    cache = idx.__dict__.setdefault("_entity_tables", {})
    if doc not in cache:
        cache[doc] = _read_table(idx, doc)
    return cache[doc]


def _read_table(idx: FactIndex, doc: int) -> EntityTable | None:
    if doc not in idx.docs or not idx.docs[doc].facts or len(idx.docs[doc].facts) > 5000:
        return None
    facts = [f for f in idx.facts(list(idx.docs[doc].facts)) if f["row_labels"] and f["col_labels"]]
    if len({f["sheet"] for f in facts}) > 1:
        return None  # sheets of several years or kinds: which one a question is over is the lookups' to find
    firsts = list(dict.fromkeys(_path(f)[0] for f in facts))
    entities = [x for x in firsts if is_entity_label(x)]
    if len(entities) < 2 or any(x not in entities and not _is_total(label_key(x)) for x in firsts):
        return None  # every row an organisation or a place (or the table's total), never a guess over some
    table = EntityTable(doc, entities, [])
    depth = {len(_path(f)) for f in facts if _path(f)[0] in entities}
    if depth not in ({1}, {2}):
        return None
    for f in facts:
        path = _path(f)
        if path[0] not in entities:
            continue
        item = path[1] if len(path) == 2 else ""
        if item and item not in table.items:
            table.items.append(item)
        table.facts.setdefault((path[0], item), []).append(f)
        if f["col_labels"] not in table.columns:
            table.columns.append(f["col_labels"])
    return table


_path = path_of  # (the table's one hierarchy reader: a line's row path, outermost first)


def entities_asked(text: str, kinds: frozenset[str]) -> str:
    """The kind of entity a question asks over ("哪个部门", "几个县区", "各部门", "这四个部门", "最少的部门"),
    or ""."""
    if not kinds:
        return ""
    words = "|".join(sorted(map(re.escape, kinds), key=len, reverse=True))
    m = re.search(rf"(?:哪(?:一)?个|哪些|哪几个|几个|多少个|各个?|每个|这几个|这些|所有|全部|[两三四五六七八九十\d]+个)({words})"
                  rf"|(?:最多|最少|最高|最低|最大|最小)的({words})$", text)
    return (m.group(1) or m.group(2)) if m else ""


class EntityRows:
    """Answers over the entity rows of one table (used by the answerer, above the lookups)."""

    def __init__(self, idx: FactIndex, kinds: frozenset[str]):
        self.idx = idx
        self.kinds = kinds

    def answer(self, fq: FactQuestion, docs: list[int], years: list[int]) -> FactAnswer | None:
        kind = entities_asked(fq.text, self.kinds)
        if not kind:
            return None
        table = self._table_of(fq, docs)
        if table is None:
            return None
        item = self._item(fq, table)
        if item is None:
            return None
        if re.search(r"(?:有)?(?:几个|多少个)", fq.text) and not {"max", "min"} & set(fq.ops) \
                and not re.search(r"合计|加起来|一共|总共|总额|共计", fq.text):
            return self._count(table, kind)
        if (not item or _is_total(label_key(item))) and self._not_understood(fq, table):
            return None  # "培训费合计" where no line is 培训费: a word not understood is no total's name
        column = self._column(fq, table, years)
        if {"max", "min"} & set(fq.ops):
            return self._extreme(fq, table, item, column) if column else None
        if re.search(rf"哪(?:一)?个{kind}有|哪些{kind}有|有{re.escape(item)}的{kind}", fq.text) and item:
            return self._having(table, kind, item, column)
        if re.search(r"合计|加起来|一共|总共|总额|共计|总计|总数", fq.text) and column and "diff" not in fq.ops:
            return self._sum(table, kind, item, column)
        return None

    def _table_of(self, fq: FactQuestion, docs: list[int]) -> EntityTable | None:
        """The one entity table the question is about: of the department named, of the kind named, or the
        only one holding the lines named."""
        scoped = [d for d in docs if d in fq.subject_docs] or \
            [d for d in docs if self.idx.docs[d].department in fq.departments]
        tables = [t for d in (scoped or docs) if (t := entity_table(self.idx, d)) is not None]
        if not scoped:
            said = {k for m in fq.mentions for k in m.keys}
            tables = [t for t in tables if said & {label_key(x) for x in t.items}]
        return tables[0] if len(tables) == 1 else None

    def _not_understood(self, fq: FactQuestion, table: EntityTable) -> bool:
        """Words the question says that no step explained and the table's title does not hold."""
        titles = "".join(self.idx.sheet_titles.get(table.doc, ()))
        return any(w not in titles for w in (fq.leftover or "").split())

    def _item(self, fq: FactQuestion, table: EntityTable) -> str | None:
        """The line of each entity asked ("公务接待费"), else the entity's own total (合计) or its one row;
        None when the question names an entity's row (that is a lookup) or a line the table lacks."""
        keys = {label_key(x): x for x in table.items}
        said = [m for m in fq.mentions if m.start >= 0]
        if any(m.keys & {label_key(e) for e in table.entities} and m.exact for m in said):
            return None  # one entity named: its row is looked up, not compared
        named = [keys[k] for m in said for k in m.keys if k in keys and not _is_total(k)]
        named = list(dict.fromkeys(named))
        if len(named) > 1:
            return None
        if named:
            return named[0]
        if not table.items:
            return ""
        totals = [x for x in table.items if _is_total(label_key(x))]
        return totals[0] if totals else None

    def _column(self, fq: FactQuestion, table: EntityTable, years: list[int]) -> str:
        """The column asked: one named ("中央资金"), else the one of the year asked (2025年预算数), else the
        table's own year's."""
        cols = {label_key(c.split(query.FACT_SEP)[-1]): c for c in table.columns}
        said = [cols[k] for m in fq.mentions for k in m.keys if k in cols]
        plain = [c for c in table.columns if not _NOT_A_YEAR.search(c)]
        own = self.idx.docs[table.doc].year
        if fq.years:
            dated = [c for c in plain if year_in(c) in fq.years[:1]]
            if said:
                dated = [c for c in dated if c in said] or dated
                undated = [c for c in said if c in plain and year_in(c) is None]
                if undated and fq.years[:1] == [own] and len(set(undated)) == 1:
                    return undated[0]  # "2026年中央资金" of a 2026 table: its 中央资金 column
            return dated[0] if len(dated) == 1 else ""
        if said:
            named = [c for c in said if c in plain]
            return named[0] if len(set(named)) == 1 else ""
        dated = [c for c in plain if year_in(c) == own]
        return dated[0] if len(dated) == 1 else (plain[0] if len(plain) == 1 else "")

    def _cell(self, table: EntityTable, entity: str, item: str, column: str) -> dict | None:
        return next((f for f in table.facts.get((entity, item), ()) if f["col_labels"] == column), None)

    def _named(self, entity: str, item: str) -> str:
        return entity if not item or _is_total(label_key(item)) else f"{entity}{item}"

    def _count(self, table: EntityTable, kind: str) -> FactAnswer:
        cells = [fs[0] for e in table.entities if (fs := next((v for (x, _), v in table.facts.items() if x == e), None))]
        return FactAnswer("answered", compose.entities_counted(kind, table.entities) + _cite(self.idx, cells), cells)

    def _extreme(self, fq: FactQuestion, table: EntityTable, item: str, column: str) -> FactAnswer | None:
        cells = [(e, f) for e in table.entities if (f := self._cell(table, e, item, column)) is not None
                 and f["number"] is not None]
        if len(cells) < 2:
            return None
        most = "max" in fq.ops
        best = (max if most else min)(f["number"] for _, f in cells)
        top = [(e, f) for e, f in cells if f["number"] == best]
        ranked = [f["id"] for _, f in sorted(cells, key=lambda c: c[1]["number"], reverse=most)]
        facts = [f for _, f in top]
        return FactAnswer("answered", compose.fact_extreme("max" if most else "min",
                                                           [self._named(e, item) for e, _ in top],
                                                           f"{column} {_shown(facts[0])}", len(cells))
                          + _cite(self.idx, facts), facts, ranked=ranked)

    def _having(self, table: EntityTable, kind: str, item: str, column: str) -> FactAnswer | None:
        """"哪个部门有因公出国费": the entities whose line holds a figure above zero (in the column asked, else
        in any year's column)."""
        cols = [column] if column else [c for c in table.columns if not _NOT_A_YEAR.search(c)]
        found: list[tuple[str, list[dict]]] = []
        for e in table.entities:
            held = [f for f in table.facts.get((e, item), ()) if f["col_labels"] in cols and f["number"]]
            if held:
                found.append((e, held))
        if not found:
            checked = [f for e in table.entities for f in table.facts.get((e, item), ())[:1]]
            return FactAnswer("answered", compose.entities_having(kind, item, [], len(table.entities))
                              + _cite(self.idx, checked), checked)
        facts = [f for _, fs in found for f in fs]
        shown = [(e, "、".join(f"{f['col_labels']} {_shown(f)}" for f in fs)) for e, fs in found]
        return FactAnswer("answered", compose.entities_having(kind, item, shown, len(table.entities))
                          + _cite(self.idx, facts), facts)

    def _sum(self, table: EntityTable, kind: str, item: str, column: str) -> FactAnswer | None:
        cells = [(e, f) for e in table.entities if (f := self._cell(table, e, item, column)) is not None]
        numbers = [f for _, f in cells if f["number"] is not None]
        if len(numbers) < 2:
            return None
        units = {f["unit"] or "" for f in numbers}
        if len(units) != 1:
            return None
        unit = units.pop()
        total = round(sum(f["number"] for f in numbers), 6)
        parts = [(self._named(e, item), fmt_number(f["number"])) for e, f in cells if f["number"] is not None]
        facts = [f for _, f in cells]
        text = compose.entities_sum(kind, column, item, fmt_number(total), unit, parts)
        return FactAnswer("answered", text + _cite(self.idx, facts), facts, total=(total, unit))
