"""Columns by their source of funds: an allocation table printing, under each project column, whose money it is
(中央 / 省级 / 县级: the column's 资金来源, bot/ingest/grid.py _source_row). Questions over that source — which
projects are central money (哪些项目是中央资金), its money added up (中央资金合计多少), whether a project is of a
source (农村公路养护是中央资金吗: its own source said)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answer import compose
from bot.answer.facts.index import FactIndex
from bot.answer.facts.question import FactAnswer, FactQuestion
from bot.answer.facts.values import _cite
from bot.answer.facts.words import _is_total, fmt_number, label_key
from bot.language.asking import Words
from bot.language.normalize import compact, in_order, normalize
from bot.store import queries as query

# A level of government said of money ("中央资金", "省级的钱", "市级财政资金"): its level's first character.
_SOURCE_SAID = Words("sources", r"({central}|(?:{levels})级?)(?:财政)?(?:的)?(?:{level_money})")
_SOURCE_NOUN = "来源"  # (the column of a source row: bot/ingest/grid.py _source_row)
_LISTED = Words("sources", "{listed}")
_ADDED = Words("sources", "{added}")


@dataclass
class SourceTable:
    doc: int
    sources: dict[str, dict] = field(default_factory=dict)  # project column -> its 资金来源 fact
    totals: dict[str, dict] = field(default_factory=dict)  # project column -> its figure on the 合计 row


def source_table(idx: FactIndex, doc: int) -> SourceTable | None:
    """The table's columns with a source of funds printed under them (two sources or more), or None."""
    return idx.read_once("_source_tables", doc, lambda: _read(idx, doc))


def _read(idx: FactIndex, doc: int) -> SourceTable | None:
    if doc not in idx.docs or not any(_SOURCE_NOUN in k for k in idx.doc_rows_and_cols(doc)[1]):
        return None
    if len(idx.docs[doc].facts) > 3000:
        return None
    table = SourceTable(doc)
    facts = idx.facts(list(idx.docs[doc].facts))
    for f in facts:
        cols = (f["col_labels"] or "").split(query.FACT_SEP)
        if len(cols) == 2 and cols[1] == _SOURCE_NOUN and not f["row_labels"] and f["number"] is None:
            table.sources[cols[0]] = f
    for f in facts:
        rows = [x for x in (f["row_labels"] or "").split(query.FACT_SEP) if x]
        if rows and _is_total(label_key(rows[0])) and f["col_labels"] in table.sources and f["number"] is not None:
            table.totals[f["col_labels"]] = f
    if len({_level(f["value"]) for f in table.sources.values()}) < 2:
        return None
    return table


def _level(value: str) -> str:
    """A source's level by its first character (中 of 中央, 省 of 省级 / 省财政)."""
    return re.sub(r"\s", "", value or "")[:1]


def answer(idx: FactIndex, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
    """The answer over the columns of the source said, or None when no one table of such columns is asked."""
    said = _SOURCE_SAID.search(fq.text)
    if said is None:  # (before the tables: most questions say no source)
        return None
    tables = [t for d in docs if (t := source_table(idx, d)) is not None]
    if len(tables) != 1:
        return None
    table, level = tables[0], said.group(1)[0]
    if table.doc not in fq.subject_docs and idx.docs[table.doc].department not in fq.departments:
        return None  # (a 省级资金 column of another table is that table's: the allocation table must be named)
    named = [c for c in table.sources if any(label_key(c) in m.keys or c in m.keys for m in fq.mentions)]
    if len(named) == 1:
        f = table.sources[named[0]]
        return FactAnswer("answered", compose.source_of_column(named[0], f["value"], said.group(1),
                                                               _level(f["value"]) == level) + _cite(idx, [f]), [f])
    if named:
        return None
    of_level = [c for c, f in table.sources.items() if _level(f["value"]) == level]
    if not of_level:
        return FactAnswer("unknown", compose.no_columns_of_source(said.group(1)) + _cite(idx, list(table.sources.values())),
                          list(table.sources.values()), settled=True)
    rows = idx.doc_rows_and_cols(table.doc)[0]
    if [k for m in fq.mentions for k in m.keys if k in rows and not _is_total(k)]:
        return None  # ("郑口镇中央资金": a row's own cells, never the 合计 row's)
    if _LISTED.search(fq.text):
        facts = [table.sources[c] for c in of_level]
        return FactAnswer("answered", compose.columns_of_source(said.group(1), of_level) + _cite(idx, facts), facts)
    if _ADDED.search(fq.text) and all(c in table.totals for c in of_level):
        facts = [table.totals[c] for c in of_level]
        total = sum(f["number"] for f in facts)
        unit = facts[0]["unit"] or ""
        text = compose.sum_of_source(said.group(1), [(c, fmt_number(f["number"])) for c, f in zip(of_level, facts, strict=True)],
                                     fmt_number(total), unit)
        return FactAnswer("answered", text + _cite(idx, facts), facts, total=(total, unit))
    return None


# How a row's money is made up asked ("资金来源怎么构成", "钱从哪来", "谁出的钱", "资金构成", "哪些资金", "由哪几块钱组成").
_SPLIT_ASKED = Words("sources", r"(?:的)?(?:{money})?(?:{split_nouns})(?:是|有)?(?:{how})?(?:{split_verbs})?"
                                 r"(?:的|是)?(?:{which})?(?:{ends}|的)?$"
                                 r"|(?:的)?(?:{money})?(?:从|是从)哪(?:里|儿)?来(?:的)?(?:{ends})?$"
                                 r"|(?:的)?(?:{part_money})(?:都)?(?:有|是)?哪(?:些|几)(?:{parts})?(?:{ends})?$"
                                 r"|(?:的)?(?:{who_pays})(?:{part_money})(?:{ends})?$")
# A header over columns of the sources of one figure ("2026年计划投资资金来源", "资金筹措", "其中：按来源分").
_SPLIT_HEAD = Words("sources", "{split_heads}")
# a character after a short form making it an organisation's name (县财政局), never a column
_ORGANISATION_AFTER = Words("sources", "^(?:{not_after})")


def split_asked(question: str) -> bool:
    return bool(_SPLIT_ASKED.search(compact(normalize(question))))


def split_of_row(idx: FactIndex, answerer, question: str, context: dict | None) -> FactAnswer | None:
    """"冷链物流中心资金来源怎么构成的", "（那）它的钱从哪来": the row named (else the one row just shown) and its cells
    under the columns of one header of sources (2026年计划投资资金来源 › 中央和省补助 / 地方政府专项债券 / …), the blank
    ones left out, added up — and the figure they make up, when the table prints it beside them (2026年计划投资)."""
    text = compact(normalize(question))
    m = _SPLIT_ASKED.search(text)
    if m is None or not _any_split_head(idx):
        return None  # (no table prints a header of sources: no row's money is split, nothing to read the row for)
    words = re.sub(r"^(?:那|那么)?(?:它|这个项目|该项目|这个|这项)?(?:的)?$", "", text[:m.start()])
    if len(words) >= 2:
        found = answerer.answer(words, None, context)
        facts = found.facts if found is not None and found.status == "answered" else []
    elif not words:
        facts = idx.facts(list((context or {}).get("last") or ())[:20])
    else:
        return None
    rows = {(f["document_id"], f["sheet"] or "", f["line"], f["page"] or 0) for f in facts if f["line"] and f["row_labels"]}
    if len(rows) != 1:
        return None
    doc, sheet, line, page = rows.pop()
    cells = [dict(c) for c in query.facts_of_row(idx.conn, doc, sheet, line, page)]
    heads: dict[str, list[dict]] = {}
    for c in cells:
        path = [x for x in (c["col_labels"] or "").split(query.FACT_SEP) if x]
        if len(path) == 2 and _SPLIT_HEAD.search(path[0]) and c["number"] is not None:
            heads.setdefault(path[0], []).append(c)
    if len(heads) != 1:
        return None
    head, parts = next(iter(heads.items()))
    parts = [c for c in parts if c["number"]]
    if not parts or _is_total(label_key(parts[0]["row_labels"].split(query.FACT_SEP)[-1])):
        return None
    unit = parts[0]["unit"] or ""
    total = round(sum(c["number"] for c in parts), 6)
    # the figure the sources make up: the row's column named as the header without its word of sources
    whole_name = re.sub(r"(?:资金|其中)?[：:]?$", "", compact(_SPLIT_HEAD.compiled().split(head)[0]))
    whole = next((c for c in cells if c["number"] is not None and query.FACT_SEP not in (c["col_labels"] or "")
                  and whole_name and compact(c["col_labels"]) == whole_name), None)
    row = parts[0]["row_labels"].split(query.FACT_SEP)[-1].strip()
    shown = [(c["col_labels"].split(query.FACT_SEP)[-1].strip(), fmt_number(c["number"])) for c in parts]
    matches = whole is not None and abs((whole["number"] or 0) - total) < 0.005
    text_out = compose.source_split_printed(row, head, shown, fmt_number(total), unit,
                                            whole["col_labels"] if matches and whole is not None else "")
    used = parts + ([whole] if matches and whole is not None else [])
    return FactAnswer("answered", text_out + _cite(idx, used), used, total=(total, unit))


def _any_split_head(idx: FactIndex) -> bool:
    """Whether some loaded table prints figures under a header of sources (two levels: the header and its column),
    as split_of_row reads a row's cells; read once per index."""
    def read() -> bool:
        for label in query.two_level_column_labels(idx.conn):
            path = [x for x in label.split(query.FACT_SEP) if x]
            if len(path) == 2 and _SPLIT_HEAD.search(path[0]):
                return True
        return False
    return bool(idx.read_once("_any_split_head", 0, read))


def _source_leaves(idx: FactIndex) -> dict[str, str]:
    """Every column printed under a header of sources (2025年计划投资资金来源 › 市级财政资金) in the loaded tables:
    its own label (compact) -> its label as printed; read once per index."""
    def read() -> dict[str, str]:
        out: dict[str, str] = {}
        for doc in idx.docs:
            if not any(_SPLIT_HEAD.search(k) for k in idx.doc_rows_and_cols(doc)[1]) or len(idx.docs[doc].facts) > 3000:
                continue
            for f in idx.facts(list(idx.docs[doc].facts)):
                path = [x for x in (f["col_labels"] or "").split(query.FACT_SEP) if x]
                if len(path) == 2 and _SPLIT_HEAD.search(path[0]) and f["number"] is not None:
                    out.setdefault(compact(path[1]), path[1].strip())
        return out
    return idx.read_once("_source_leaves", 0, read)


def _abbreviates(said: str, label: str) -> bool:
    """Whether a word abbreviates a label as staff do, its characters the label's in order from its first, not
    the label's run as printed (市财政 of 市级财政资金, 省补助 of 省级补助资金)."""
    return said not in label and in_order(said, label, from_first=True)


def short_source_said(idx: FactIndex, question: str) -> tuple[str, str] | None:
    """The question with a source column said short ("冷链中心用了多少市财政") written as its label (市级财政资金),
    and that label, when the short form is one column's of the loaded tables of sources and no label prints it;
    None otherwise."""
    leaves = _source_leaves(idx)
    if not leaves:
        return None
    text = compact(normalize(question))
    for n in (5, 4, 3):
        for i in range(len(text) - n + 1):
            said = text[i:i + n]
            fits = [label for key, label in leaves.items() if _abbreviates(said, key)]
            if len(fits) == 1 and not _ORGANISATION_AFTER.search(text[i + n:i + n + 1]) and said not in idx.label_text:
                return text[:i] + compact(fits[0]) + text[i + n:], compact(fits[0])
    return None


def level_not_held(idx: FactIndex, question: str) -> FactAnswer | None:
    """"X市级资金多少" of the one row X names whose table splits its money by source into columns of other levels only
    (资金来源 › 中央 / 省级 / 县级): that table holds no 市级 money of X — said so, never another table's figure of X
    nor a column of another level. None when the level is one of its columns, or no one such row is named."""
    text = compact(normalize(question))
    said = _SOURCE_SAID.search(text)
    if said is None or said.start() < 2:
        return None
    words = re.sub(r"(?:的)$", "", text[:said.start()])
    level = said.group(1)[0]
    rows: dict[tuple, list[dict]] = {}
    for key in _rows_saying(idx, words):
        for f in idx.facts(list(idx.label_facts.get(key, ()))[:40]):
            path = [x for x in (f["col_labels"] or "").split(query.FACT_SEP) if x]
            if len(path) == 2 and _SPLIT_HEAD.search(path[0]) and f["number"] is not None:
                rows.setdefault((f["document_id"], f["sheet"] or "", f["page"] or 0, f["line"]), []).append(f)
    if len(rows) != 1:
        return None
    cells = next(iter(rows.values()))
    heads = {compact((f["col_labels"] or "").split(query.FACT_SEP)[0]) for f in cells}
    leaves = _leaves_of_head(idx, cells[0]["document_id"], heads.pop()) if len(heads) == 1 else []
    if not leaves or any(_level(x) == level for x in leaves) \
            or not all(_SOURCE_SAID.search(compact(x) + "资金") for x in leaves):
        return None  # (the level is a column of the row's, or the split is by other things than levels)
    row = (cells[0]["row_labels"] or "").split(query.FACT_SEP)[-1].strip()
    head = (cells[0]["col_labels"] or "").split(query.FACT_SEP)[0].strip()
    return FactAnswer("unknown", compose.level_not_of_row(row, head, leaves, said.group(0)) + _cite(idx, cells), [],
                      settled=True)


def _rows_saying(idx: FactIndex, words: str) -> list[str]:
    """The row labels said by the words: printed in them, else their characters in the label's order (低保 of
    最低生活保障金), when one label so fits."""
    if len(words) < 2:
        return []
    keys = [k for k in idx.gram_keys.get(words[:2], ()) if words in k and k in idx.row_label_keys]
    if keys:
        return keys
    loose = [k for k in idx.gram_keys.get(words[-2:], ()) if k in idx.row_label_keys and in_order(words, k)]
    loose = loose or [k for k in idx.row_label_keys if len(k) <= 16 and in_order(words, k)]
    return loose if len(loose) == 1 else []


def level_column_said(text: str, start: int, end: int) -> bool:
    """Whether the words said (县级 of "县级资金一共出了多少") are a level of government said of money: a column of
    sources named by its level, however short."""
    said = _SOURCE_SAID.match(text, start)
    return said is not None and said.end(1) == end


def _leaves_of_head(idx: FactIndex, doc: int, head: str) -> list[str]:
    """The columns a table prints under a header of sources (资金来源 › 中央 / 省级 / 县级), every row's; read once."""
    def read() -> list[str]:
        if len(idx.docs[doc].facts) > 3000:
            return []
        paths = [[x for x in (f["col_labels"] or "").split(query.FACT_SEP) if x] for f in idx.facts(sorted(idx.docs[doc].facts))]
        return list(dict.fromkeys(p[1].strip() for p in paths if len(p) == 2 and compact(p[0]) == head))
    return idx.read_once("_source_leaves_of_head", (doc, head), read)
