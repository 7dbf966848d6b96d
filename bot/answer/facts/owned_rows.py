"""The rows of one department in a table of many: a general table one office publishes (a 财政局's 绩效评价结果汇总表,
a county's 政府采购意向公开表) whose rows print, in their first label column (主管部门, 采购单位, 预算单位), the
department or unit each row is of.

Staff name the department short (教育局, 县教育局, 常山县教育局, 县市场监管局) and ask of its rows: added up ("一共多少钱",
"预算加起来"), each one's figure ("各得了多少分"), their mean ("平均得分"), the highest or lowest ("哪个得分最低", also
right after its rows were shown), how many ("几个采购意向"); or how many departments the table names ("涉及多少个部门").
Only that department's rows answer — never the table's whole or another department's. Answered only when one
table, one department and the column asked are clear; otherwise None, and the rest of the engine reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answer import compose
from bot.answer.facts import groups
from bot.answer.facts.outline import path_of
from bot.answer.facts.question import _SHORT_YEAR, FactAnswer
from bot.answer.facts.records import (
    _AVERAGE,
    _MOST,
    _ORGANISATION,
    _ORGANISATION_TAIL,
    _SHARE,
    Record,
    Table,
    _column_said,
    _said_as_headers,
    own_tables,
)
from bot.answer.facts.values import _cite
from bot.answer.facts.words import _is_total, fmt_number, fmt_percent, label_key
from bot.language.asking import Words, words
from bot.language.lexicon import department_forms, level_forms, owner_head, owns_row
from bot.language.normalize import compact, normalize
from bot.model import AMOUNT_LABELS
from bot.store import queries as query

_MONEY = ("元", "万元", "亿元")
_YEAR_SAID = re.compile(r"(?:19|20)\d\d")
_SUM = Words("owned_rows", "{operation_words.sum}|{sum}")
_EACH = Words("owned_rows", "{allotted_words.each}|{each}")
# a comparison asked besides ("…合计比其他部门多多少"): a difference word, or 比 … 多 / 少, which no reading here does
_COMPARED = Words("owned_rows", "{operation_words.diff}|(?:{crossed_rows.than})[^，,。？?]*?(?:{asking_words.economic.most_ends})")
_LIST = Words("owned_rows", "{operation_words.list}")
# (what a question naming only the organisation and the table may hold besides: its rows are listed)
_ASKED = Words("owned_rows", r"\s|{listed_fillers}|{asking_words.owned_rows.listed}")
# (what a sum asked right after the rows were listed may hold besides: "那加起来一共多少钱呢")
_ADDED_ONLY = Words("owned_rows", r"\s|{added_fillers}|{asking_words.owned_rows.pointed}")
# (what a count, list or sum of the rows may say besides: "一共有多少钱", "分别是哪些")
_FILLER = Words("owned_rows", r"{fillers}|{asking_words.owned_rows.pointed}|{each}")
_COUNT_ROWS = Words("owned_rows", "{operation_words.count}|{count}")
_COUNT_OWNERS = Words("owned_rows", "(?:{operation_words.count}|{count})(?:{row_text_asks.owner.heads}|{owners})")
# (the owner column said of the organisation, "作为实施机构的", "实施的", "负责的": the rows' filter itself, read; \x00
# stands for the owner column's header said)
_ROLE = Words("owned_rows", r"(?:{as_owner})?(?:\x00|{asking_words.row_owner.whose_verbs})+的?")
# (the conversation's organisation pointed at before an owner's verb: "它负责的PPP项目")
_POINTER = Words("owned_rows", "(?:{owner_pointers})(?=(?:{asking_words.row_owner.whose_verbs}))")


@dataclass
class Owned:
    """A table whose rows name their department in a column: the table (its rows records) and each row's owner."""
    table: Table
    head: str  # the owner column's header (主管部门)
    owners: dict[int, str]  # line -> the organisation printed on it
    sheet: str  # the sheet's name, compact
    form: str  # the table's kind as its title says it (政府采购意向公开表), compact
    forms: dict[str, set[str]] | None = None  # organisation -> the names it is said by, worked out once


def _owned_of(idx, doc: int) -> list[Owned]:
    """The tables of one general-table document whose rows stand under the organisation printed in their first
    label column (two organisations or more, one of them on two rows or more). The column is decided once per
    sheet — its header names a unit or department and most of its values name organisations — and then every row
    under it is kept, whatever its owner's name ends in (县妇女联合会, 县人民政府办公室)."""
    if idx.docs[doc].layout != "general-table" or len(idx.docs[doc].facts) > 6000:
        return []
    lines: dict[tuple[str, int], list[dict]] = {}
    facts = idx.facts(list(idx.docs[doc].facts))
    for f in facts:
        path, heads = path_of(f), (f["row_heads"] or "").split(query.FACT_SEP)
        if len(path) == 2 and f["col_labels"] and owner_head(heads[0]) and not _is_total(compact(path[0])):
            lines.setdefault((f["sheet"] or "", f["line"] or 0), []).append(f)
    if not lines:
        return _owned_by_column(idx, doc, facts)
    sheets: dict[str, Owned] = {}
    for (sheet, line), cells in sorted(lines.items()):
        o = sheets.get(sheet)
        if o is None:
            o = sheets[sheet] = Owned(Table(doc, sheet), compact(cells[0]["row_heads"].split(query.FACT_SEP)[0]), {},
                                      compact(sheet), compact(idx.docs[doc].form or ""))
        name = path_of(cells[0])[1].strip()
        o.table.records.append(Record(name, label_key(name), "", {
            label_key(c["col_labels"].split(query.FACT_SEP)[-1]): c for c in cells}))
        o.owners[line] = compact(path_of(cells[0])[0])
    return [o for o in sheets.values() if _rows_owned(idx, doc, o)]


def _owned_by_column(idx, doc: int, facts: list[dict]) -> list[Owned]:
    """The rows of a table whose organisation stands in a column of words beside the row's name, not as its first
    label (序号 | 购买服务目录 | 购买主体（预算单位） | 服务项目名称 | … : the buyer a cell of each row): each line's
    cells under its longest row path are its record, the cell under the owner column its owner."""
    owners: dict[tuple[str, int], tuple[str, str]] = {}
    cells: dict[tuple[str, int], list[dict]] = {}
    for f in facts:
        key, head = (f["sheet"] or "", f["line"] or 0), (f["col_labels"] or "").split(query.FACT_SEP)[-1]
        if f["number"] is None and owner_head(head) and _an_organisation(compact(f["value"] or "")):
            owners[key] = (compact(head), compact(f["value"]))
        elif len(path_of(f)) >= 2 and f["col_labels"] and not _is_total(compact(path_of(f)[-1])):
            cells.setdefault(key, []).append(f)
    if len({h for h, _ in owners.values()}) != 1 or not all(
            any(f["number"] is not None and (f["unit"] or "") in _MONEY for f in cells.get(k, ())) for k in owners):
        return []  # (each row its own money: never a table of indicators under their fund's department)
    sheets: dict[str, Owned] = {}
    for key in sorted(k for k in owners if k in cells):
        longest = max(len(path_of(f)) for f in cells[key])
        mine = [f for f in cells[key] if len(path_of(f)) == longest]
        o = sheets.get(key[0])
        if o is None:
            o = sheets[key[0]] = Owned(Table(doc, key[0]), owners[key][0], {}, compact(key[0]), compact(idx.docs[doc].form or ""))
        name = path_of(mine[0])[-1].strip()
        o.table.records.append(Record(name, label_key(name), "", {
            label_key(c["col_labels"].split(query.FACT_SEP)[-1]): c for c in mine}))
        o.owners[key[1]] = owners[key][1]
    return [o for o in sheets.values() if _rows_owned(idx, doc, o)]


def _rows_owned(idx, doc: int, o: Owned) -> bool:
    """Whether the sheet's first label column is one of row owners: most of its values name organisations, two or
    more of them, one on two rows or more; never a department's block of units nor a department's own table."""
    names = set(o.owners.values())
    counts = [list(o.owners.values()).count(x) for x in names]
    # (a table of departments and their units, 部门名称 › 单位名称 with 本级 and 小计 lines, is dept_units.py's)
    units = any(_is_total(r.key) or not owns_row(w, r.name) for r, w in zip(o.table.records, o.owners.values(), strict=True))
    # (a department's own table, or its part of a file split by departments, whose rows are all its: the rest
    # of the engine reads it as that department's)
    # (the publisher buying one row of many among other buyers, 财政局 of a place's 政府购买服务预算表 filed under the
    # place's name, is no such table; a department's file, its name saying the department, is one however few rows
    # its 本级 holds among its units' — asked of the department, all its rows)
    publisher = compact(idx.docs[doc].department or "")
    own = publisher in names and (list(o.owners.values()).count(publisher) * 2 > len(o.owners)
                                  or publisher in compact(idx.docs[doc].file_name or ""))
    organisations = sum(_an_organisation(w) for w in names)
    return len(counts) >= 2 and max(counts) >= 2 and organisations * 2 > len(names) and not units and not own


def owner_of_row(idx, f: dict, text: str) -> tuple[str, tuple[str, tuple[int, int]] | None] | None:
    """The organisation printed on the row of a fact of a table of owned rows, and the one of that table the words
    say (with where), if any; None when the fact's table is no such table."""
    for o in _tables(idx):
        if o.table.doc == f["document_id"] and o.table.sheet == (f["sheet"] or "") and (f["line"] or 0) in o.owners:
            return o.owners[f["line"] or 0], _owner_said(idx, o, text)
    return None


def _tables(idx) -> list[Owned]:
    # (all tables' at once, kept: a question asks this several times, of every table of the index)
    return idx.read_once("_owned_tables", None, lambda: _all_owned(idx))


def _all_owned(idx) -> list[Owned]:
    return [o for d in idx.docs for o in idx.read_once("_owned_rows", d, lambda d=d: _owned_of(idx, d))]


def _forms(idx, owner: str, owners: list[str]) -> set[str]:
    """The names staff say an organisation by: whole, from its level on (县教育局 of 常山县教育局), after its level
    (教育局 of 县教育局), by the end of its name no other owner ends with (groups.forms_of), and the short forms of
    each (县市场监管局 of 县市场监督管理局)."""
    names = level_forms(owner) | set(groups.forms_of(owner, owners, True))
    out = {f for n in names for f in department_forms(n, idx.abbrev or None) if _an_organisation(f)}
    # (the printed name and its level-free forms are said as they are, whatever they end in: 妇女联合会)
    return {f for f in out | names if len(f) >= 3}


def _an_organisation(name: str) -> bool:
    """Whether a name ends as an organisation's does (局, 中心, 馆, 医院, 委员会)."""
    return bool(_ORGANISATION.search(name) or _ORGANISATION_TAIL.search(name)) or name.endswith("委员会")


def _owner_said(idx, o: Owned, text: str) -> tuple[str, tuple[int, int]] | None:
    """The one organisation of the table the question names (by its longest form said), and where."""
    if o.forms is None:
        owners = list(dict.fromkeys(o.owners.values()))
        o.forms = {w: _forms(idx, w, owners) for w in owners}
    best: dict[str, tuple[int, int]] = {}
    for owner, forms in o.forms.items():
        for f in forms:
            at = text.find(f)
            if at >= 0 and (owner not in best or len(f) > best[owner][1] - best[owner][0]):
                best[owner] = (at, at + len(f))
    # (an organisation said inside another's longer name said is not said: 教育局 of 县教育局; two said apart, "图书馆和
    # 环卫中心", ask of both, never of one)
    said = [(w, (a, b)) for w, (a, b) in best.items()
            if not any(o != w and x <= a and b <= y and y - x > b - a for o, (x, y) in best.items())]
    return said[0] if len(said) == 1 else None


def _title_fit(o: Owned, text: str) -> int:
    """How many two-character runs of the question the sheet's name (twice) and the table's kind hold (采购意向 of
    the sheet 采购意向 and of 政府采购意向公开表, whose other sheet 面向中小企业预留份额 holds none)."""
    runs = [text[i:i + 2] for i in range(len(text) - 1)]
    return sum(2 * (r in o.sheet) + (r in o.form) for r in runs)


def _untitled(o: Owned, text: str) -> str:
    """The question with the runs the table's title holds blanked (评价 of 绩效评价结果汇总表 names the table, never
    its 评价得分 column)."""
    return _blanked(text, o.sheet + "\x00" + o.form)


def _money_column() -> str:
    """The money column's head the rows are listed and added up by ([asking_words.owned_rows] money_column: 合计)."""
    return next(iter(words().get("owned_rows", {}).get("money_column", ())), "")


def _column(idx, o: Owned, text: str) -> tuple[str, bool]:
    """The column of figures asked and whether it was said (by its header or staff's words for it); else, for a
    sum, the rows' money column."""
    t = o.table
    said = _column_said(t, _said_as_headers(idx, [t], _SUM.sub(" ", text)))  # (合计 asks a sum, never its column)
    numeric = [c for c in dict.fromkeys(c for r in t.records for c in r.cells)
               if sum(r.cells.get(c, {}).get("number") is not None for r in t.records) * 2 >= len(t.records)]
    if said in numeric:
        return said, True
    money = [c for c in numeric if all((r.cells[c]["unit"] or "") in _MONEY for r in t.records if c in r.cells)]
    # (the money column groups.py reads the table by, 调整后 or 合计 before 年初: the two never disagree)
    main = next((g.main for g in groups.tables_of(idx, t.doc) if g.sheet == t.sheet and g.main), "")
    money = [c for c in money if any(groups._col(r.cells[c]) == main for r in t.records if c in r.cells)] or money
    return (money[0] if money and not said and _SUM.search(text) else ""), False


def _chosen(idx, text: str) -> tuple[Owned, str, str] | None:
    """The one table, organisation and rest of the question (the organisation's name taken out) asked of."""
    found = []
    for o in _tables(idx):
        said = _owner_said(idx, o, text)
        if said is None:
            continue
        a, b = said[1]
        rest = text[:a] + " " + text[b:]
        year = idx.docs[o.table.doc].year
        if year and any(2000 + int(m.group(1)) != year for m in _SHORT_YEAR.finditer(rest)) \
                and not _column_by_heading(o, rest):
            continue  # (another year's rows asked: "陈仓卫健局2024年采购意向总额" of a 2025 table; not a column's year)
        if (own := _own_words(idx, o, said[0])) and not _said_of_this_table(idx, o, _blanked(rest, own)):
            continue  # (a department with a table of its own asked in its words: "整个部门一共几个项目", 项目支出合计)
        found.append((o, said[0], rest))
    # (the table is said by its title's words or the column asked: never a department's rows of a table not said,
    # "农技推广中心项目支出合计" being its own 目标表's)
    fits = [(_title_fit(o, rest) + 4 * _column(idx, o, _untitled(o, rest))[1], o, w, rest) for o, w, rest in found]
    best = max((n for n, *_ in fits), default=0)
    found = [(o, w, rest) for n, o, w, rest in fits if n == best]
    return found[0] if best > 0 and len(found) == 1 else None


def _own_words(idx, o: Owned, owner: str) -> str:
    """The words of the tables of its own an organisation has loaded (a 项目支出绩效目标表 of that department, or one
    listing it as a 资金使用单位): their kinds, amount columns and column headers run together; "" when none."""
    forms = (o.forms or {}).get(owner, set())
    docs = {d for d in idx.docs if d != o.table.doc and any(f in compact(idx.docs[d].department or "") for f in forms)}
    docs |= {d for d, name in own_tables(idx) if d in idx.docs and d != o.table.doc and any(f in name for f in forms)}
    return "".join(compact(idx.docs[d].form or "") + "".join(idx.doc_rows_and_cols(d)[1]) for d in sorted(docs)) \
        + ("".join(AMOUNT_LABELS.values()) if docs else "")


def _blanked(text: str, words: str) -> str:
    """The text with each two-character run the words hold blanked."""
    keep = [True] * len(text)
    for i in range(len(text) - 1):
        if text[i:i + 2] in words:
            keep[i] = keep[i + 1] = False
    return "".join(c if k else " " for c, k in zip(text, keep, strict=True))


def _said_of_this_table(idx, o: Owned, rest: str) -> bool:
    """Whether the rest of the question says this table (its sheet's or kind's words) or one of its columns."""
    return _title_fit(o, rest) > 0 or _column(idx, o, _untitled(o, rest))[1]


def answer(idx, question: str, context: dict | None) -> FactAnswer | None:
    """A department's rows of a table of many departments asked (added up, each, mean, extreme, counted), or how
    many departments the table names; None when not so asked or not clear."""
    text = _pointed_owner(idx, compact(normalize(question)), context)
    chosen = _chosen(idx, text)
    if chosen is None:
        return _owners_counted(idx, text) or _ranked_after(idx, text, context) or _added_after(idx, text, context)
    o, owner, rest = chosen
    rest = _role_read(o, rest, (_owner_said(idx, o, text) or ("", (0, 0)))[1][0] + 1)
    heading = _column_by_heading(o, rest)
    if _YEAR_SAID.search(rest) and any(_YEAR_SAID.search(c) for r in o.table.records[:1] for c in r.cells) \
            and not heading:
        return None  # ("X中心2026年一共多少" of a plan printing a column per year: that year's column, read elsewhere)
    rows = [(line, r) for r, line in zip(o.table.records, o.owners, strict=True) if o.owners[line] == owner]
    return _of_rows(idx, o, owner, [r for _, r in rows], _untitled(o, rest), heading)


def _pointed_owner(idx, text: str, context: dict | None) -> str:
    """"它负责的PPP项目" right after a line of one organisation was answered (its 小计 of a table of departments, or
    the question naming it): the pointer said as that organisation's printed name; the text as it is otherwise."""
    m = _POINTER.search(text)
    if m is None or not context:
        return text
    units = context.get("dept_units") or {}
    said = [*(context.get("rows") or ()), str(units.get("group") or ""), str(context.get("asked") or "")]
    for name in said:
        owners = {w[0] for o in _tables(idx) if (w := _owner_said(idx, o, compact(name))) is not None}
        if len(owners) == 1:
            return text[:m.start()] + owners.pop() + text[m.end():]
        if owners:
            return text  # (two organisations of the conversation: none is guessed)
    return text


def _role_read(o: Owned, rest: str, after: int) -> str:
    """The rest with the owner column's words said of the organisation blanked: its header anywhere ("实施机构为住建局的"),
    an owner's verb right after the organisation ("住建局作为实施机构的", "卫健局实施的")."""
    marked = rest.replace(o.head, "\x00") if len(o.head) >= 2 else rest
    at = max(0, min(after, len(marked)))
    m = _ROLE.match(marked, at)
    if m is not None:
        marked = marked[:m.start()] + " " + marked[m.end():]
    return marked.replace("\x00", " ")


def _headings(o: Owned) -> dict[str, str]:
    """Each figure column (by its own header) with its whole header, the headings above it run together
    (2026年财政支出责任合计), as the table's first row printing it says."""
    out: dict[str, str] = {}
    for r in o.table.records:
        for c, f in r.cells.items():
            if c not in out and f["number"] is not None:
                out[c] = compact((f["col_labels"] or "").replace(query.FACT_SEP, ""))
    return out


def _column_by_heading(o: Owned, rest: str) -> str:
    """The figure column the question says by the words of its whole header ("2026年支出责任合计", "PPP支出责任"),
    headings above it included: the one holding every year said and the most of the question's two-character runs;
    of several as good, the one total among them (合计). "" when none is said so or it stays open."""
    whole = _headings(o)
    years = _YEAR_SAID.findall(rest)
    runs = {rest[i:i + 2] for i in range(len(rest) - 1) if not rest[i:i + 2].isspace()}
    fit = {c: sum(r in h for r in runs) for c, h in whole.items() if all(y in h for y in years)}
    best = max(fit.values(), default=0)
    top = [c for c, n in fit.items() if n == best]
    if best < 2:
        return ""
    totals = [c for c in top if _is_total(c)]
    return top[0] if len(top) == 1 else totals[0] if len(totals) == 1 else ""


def _of_rows(idx, o: Owned, owner: str, rows: list[Record], rest: str, heading: str = "") -> FactAnswer | None:
    """What the question asks of these rows of the organisation: their count, mean, extreme, each one's or sum (in
    the column said by its whole heading, when one is)."""
    if _SHARE.search(rest):
        return None  # ("社会福利中心占购买服务总额的比重": a share, read by records.py)
    if _COMPARED.search(rest):
        return None  # ("水利局实施的项目支出责任合计比其他部门多多少": never the sum alone, the comparison dropped)
    runs = {rest[i:i + 4] for i in range(len(rest) - 3) if all("\u4e00" <= c <= "\u9fff" for c in rest[i:i + 4])}
    if any(run in r.key for r in o.table.records for run in runs):
        return None  # ("教育局营养改善计划和幼儿园补助加起来": rows named, not the department's every row)
    col, said = _column(idx, o, rest)
    # (a column said by its whole heading alone, "教育局PPP支出责任": that column of its rows added up)
    by_heading = not said and bool(heading)
    if by_heading:
        col, said = heading, True
    if not said and _unread(rest):
        return None  # ("交通局政府雇员有几个人": 雇员 is no word of this table, never its rows counted)
    bare = not _ASKED.sub("", rest)
    if _LIST.search(rest) and (not said or by_heading) or bare and not by_heading:
        return _listed(idx, o, owner, rows, heading)
    if _COUNT_ROWS.search(rest) and not said:
        cells = [next(iter(r.cells.values())) for r in rows]
        return FactAnswer("answered", compose.counted_items([r.name for r in rows], f"{owner} ") + _cite(idx, cells), cells)
    cells = [r.cells[col] for r in rows if col in r.cells and r.cells[col]["number"] is not None]
    if not col or len(cells) != len(rows):
        return None
    unit = cells[0]["unit"] or ""
    # (a rate or a score, groups._PER_ONE, is each row's own: asked added up, its rows' mean is given, as groups does)
    added = bool(_SUM.search(rest)) and unit in groups._PER_ONE and not _EACH.search(rest) and not _MOST.search(rest)
    if (_AVERAGE.search(rest) or added) and len(cells) >= 2:
        total = sum(f["number"] for f in cells)
        mean = total / len(cells)
        shown = fmt_percent(mean) if unit == "%" else fmt_number(round(mean, 2))
        terms, whole = [fmt_number(f["number"]) for f in cells], fmt_number(round(total, 4))
        mean_said = compose.class_mean(owner, col, terms, whole, shown, unit, unit == "%") if added \
            else compose.column_mean(f"{owner} {col}", terms, whole, shown, unit)
        return FactAnswer("answered", mean_said + _cite(idx, cells), cells)
    if (most := _MOST.search(rest)) is not None:
        return _extreme(idx, rows, cells, col, bool(most.group("max")), owner)
    if _EACH.search(rest):
        each = [compose.fact_value(f"{owner} {r.name} {col}", _shown_value(f)) for r, f in zip(rows, cells, strict=True)]
        return FactAnswer("answered", "；".join(each) + _cite(idx, cells), cells)
    if (_SUM.search(rest) or by_heading and bare) and unit not in groups._PER_ONE:
        parts = [(r.name, fmt_number(f["number"])) for r, f in zip(rows, cells, strict=True)]
        total = sum(f["number"] for f in cells)
        # (the column as printed, 预算金额 of 预算金额 › 合计: the sum says 合计 itself)
        head = compact("".join((cells[0]["col_labels"] or "").split(query.FACT_SEP)[:-1])) if _is_total(col) else col
        return FactAnswer("answered", compose.project_items_added(f"{owner} {head}", parts, fmt_number(round(total, 4)), unit)
                          + _cite(idx, cells), cells, total=(total, unit))
    return None


def _unread(rest: str) -> bool:
    """Whether the rest of the question (the organisation and the table's title words taken out) holds a word of two
    characters or more that no asking here reads (a count, a list, a sum, money, the fillers)."""
    left = _FILLER.sub(" ", _ASKED.sub(" ", _LIST.sub(" ", _COUNT_ROWS.sub(" ", _SUM.sub(" ", rest)))))
    return re.search(r"[\u4e00-\u9fff]{2,}", left) is not None


def _listed(idx, o: Owned, owner: str, rows: list[Record], col: str = "") -> FactAnswer | None:
    """The organisation's rows listed, each with its money (the column said by its heading, else the table's main
    money column), in the table's order; their cells kept in order for a place in the list asked next ("第二个的服务内容")."""
    col = col or _column(idx, o, _money_column())[0]
    cells = [r.cells[col] for r in rows if col in r.cells]
    if not col or len(cells) != len(rows):
        return None
    items = [f"{r.name}（{_shown_value(f)}）" for r, f in zip(rows, cells, strict=True)]
    units = {f["unit"] or "" for f in cells}
    # (two rows or more of one money unit: their sum under the list, as a department's projects are listed)
    total = fmt_number(round(sum(f["number"] for f in cells), 4)) if len(cells) > 1 and len(units) == 1 \
        and units <= set(_MONEY) and all(f["number"] is not None for f in cells) else ""
    return FactAnswer("answered", compose.items_with_total(items, f"{owner} ", total, units.pop()) + _cite(idx, cells),
                      cells, ranked=[f["id"] for f in cells])


def _shown_value(f: dict) -> str:
    unit = f["unit"] or ""
    return fmt_percent(f["number"]) if unit == "%" else f"{fmt_number(f['number'])}{unit}"


def _extreme(idx, rows: list[Record], cells: list[dict], col: str, top: bool, owner: str) -> FactAnswer:
    pick = max if top else min
    best = pick(f["number"] for f in cells)
    hit = [(r, f) for r, f in zip(rows, cells, strict=True) if f["number"] == best]
    names = [f"{owner}{r.name}" for r, _ in hit]
    said = compose.fact_extreme("max" if top else "min", names, f"{col} {_shown_value(hit[0][1])}", len(cells))
    return FactAnswer("answered", said + _cite(idx, [f for _, f in hit]), [f for _, f in hit], ranked=[f["id"] for _, f in hit])


def _owners_counted(idx, text: str) -> FactAnswer | None:
    """"绩效评价涉及多少个部门": the organisations the one table the question's words fit prints, counted."""
    if not _COUNT_OWNERS.search(text):
        return None
    rest = _COUNT_OWNERS.sub(" ", text)
    fits = [(_title_fit(o, rest), o) for o in _tables(idx)]
    best = max((n for n, _ in fits), default=0)
    top = [o for n, o in fits if n == best]
    if best < 2 or len(top) != 1:
        return None
    o = top[0]
    owners = list(dict.fromkeys(o.owners.values()))
    cells = [next(iter(r.cells.values())) for r in o.table.records][:3]
    return FactAnswer("answered", compose.labels_of_level(o.head, owners) + _cite(idx, cells), cells)


def _shown_rows(idx, context: dict | None) -> tuple[Owned, str, list[Record]] | None:
    """The one organisation's rows (two or more) of one such table the last answer showed, in the table's order."""
    ids = list((context or {}).get("listed") or ())[:40]
    if not ids or (context or {}).get("last"):
        return None
    shown = {(f["document_id"], f["sheet"] or "", f["line"] or 0) for f in idx.facts(ids)}
    for o in _tables(idx):
        lines = {line for line in o.owners if (o.table.doc, o.table.sheet, line) in shown}
        owners = {o.owners[line] for line in lines}
        if len(lines) >= 2 and len(owners) == 1 and len(lines) == len(shown) == len(ids):
            owner = owners.pop()
            return o, owner, [r for r, line in zip(o.table.records, o.owners, strict=True) if o.owners[line] == owner]
    return None


def _added_after(idx, text: str, context: dict | None) -> FactAnswer | None:
    """"加起来多少", "一共多少钱" right after one organisation's rows of such a table were listed: those rows added up
    in the table's money column, each addend shown; None when anything else is said."""
    if not _SUM.search(text) or _ADDED_ONLY.sub("", _SUM.sub("", text)) or (shown := _shown_rows(idx, context)) is None:
        return None
    o, owner, rows = shown
    return _of_rows(idx, o, owner, rows, _money_column())


def _ranked_after(idx, text: str, context: dict | None) -> FactAnswer | None:
    """"哪个得分最低" right after one organisation's rows of such a table were shown: ranked among those rows."""
    if (most := _MOST.search(text)) is None or not context:
        return None
    ids = list(dict.fromkeys([*(context.get("last") or ()), *(context.get("shown") or ())]))[:40]
    if not ids:
        return None
    shown = {(f["document_id"], f["sheet"] or "", f["line"] or 0) for f in idx.facts(ids)}
    for o in _tables(idx):
        lines = {line for line in o.owners if (o.table.doc, o.table.sheet, line) in shown}
        owners = {o.owners[line] for line in lines}
        if len(lines) >= 2 and len(owners) == 1 and _owner_said(idx, o, text) is None:
            owner = owners.pop()
            rows = [r for r, line in zip(o.table.records, o.owners, strict=True) if o.owners[line] == owner]
            col = _column(idx, o, text)[0]
            cells = [r.cells[col] for r in rows if col in r.cells and r.cells[col]["number"] is not None]
            if col and len(cells) == len(rows):
                return _extreme(idx, rows, cells, col, bool(most.group("max")), owner)
    return None
