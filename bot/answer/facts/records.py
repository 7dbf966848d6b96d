"""Tables whose rows are records: each row one thing bought or done (采购项目, 培训项目), with figures (数量, 单价,
预算金额) and words (采购方式, 预计采购时间, 备注), often grouped under headings (一、货物类) closed by 小计 rows.

A question names a row by part of its name (图书 of 中小学图书馆图书补充) and asks a column in everyday words
(几月份, 谁来承接, 几台 单价多少), or names a group by its heading (服务类) and asks its 小计 or its share of the
合计. Answered only when the row (or group) and what is asked of it are both clear and the table prints it;
otherwise None, and the labels' own answer stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.answer import compose
from bot.answer.facts import dept_units
from bot.answer.facts.common import _ROWS_POINTED
from bot.answer.facts.headings import headings_with_subtotals, is_heading_path, other_year_said
from bot.answer.facts.index import bare_short_words, vocabulary_section
from bot.answer.facts.outline import heading_of, numbered_as_heading, own_label, path_of
from bot.answer.facts.question import FactAnswer, _bureaus_of_the_place, _departments_of_form
from bot.answer.facts.values import _cite, _shown, year_in
from bot.answer.facts.words import (
    PERIODS_LONGEST_FIRST,
    _is_total,
    counted_total,
    fmt_number,
    fmt_percent,
    label_key,
    rows_headed_as_units,
    title_word_said,
)
from bot.language.asking import Words
from bot.language.lexicon import (
    company_short_forms,
    department_forms,
    lead_abbreviated_forms,
)
from bot.language.normalize import compact, in_order, normalize
from bot.language.ordinals import PLACE, small_number
from bot.store import queries as query

_MONEY = ("元", "万元", "亿元")
# A measure word asked ("几台", "多少册", "几辆车", "几所学校"): the row's count in that unit.
_COUNT_ASKED = re.compile(r"(?:几|多少)([\u4e00-\u9fff])")
_COUNT_ASKED_NOUN = re.compile(r"(?:几|多少)[\u4e00-\u9fff][\u4e00-\u9fff]{0,2}?(?=$|[每单多少几的]|$)")
# "每所多少钱", "每台多少": the price of one.
_EACH_PRICE = Words("records", r"(?:{per_one_each:longest})[\u4e00-\u9fff]{1,2}?(?:多少钱|多少元|多少万|多少$|什么价|啥价)"
                   r"|单价|(?:{per_one_single})(?!{per_one_not_measures})[\u4e00-\u9fff]多少钱"
                   r"|(?:多少钱|多少元|几块钱)(?:一|每)[\u4e00-\u9fff]$")
# The standard of one unit asked ("一件收多少", "每亩补多少", "标准多少一个月", "一个月多少"): a row's cell printed per
# that unit (550元/件, 105元/亩, 610元/人·月).
_PER_UNIT = re.compile(r"(?:每|一个?)(?P<m>[件本亩人户月年次吨辆台])[\u4e00-\u9fff]{0,2}?(?:多少|几)"
                       r"|(?:多少|几)(?:钱|元)?(?:每|一个?)(?P<m2>[件本亩人户月年次吨辆台])")
# An amount asked ("多少钱", "预算多少", "花多少"): the row's own total, never its 单价.
# ("多少万" of a table in 元, or the other way: the labels convert it)
_AMOUNT_ASKED = re.compile(r"多少钱|多少元|多少万|预算|金额|花多少|要多少|总价|总额|一共多少|合计多少")
_IN_WAN = re.compile(r"万")
_SHARE = re.compile(r"占")
_OF_ALL = re.compile(r"总额|总预算|总金额|合计|总计|全部|总共|总的|全年|采购总|总采购|全表|^占(?:全部|整个)?采购预算")
_LESS_MORE = re.compile(r"比(?P<other>.+?)(?:少|多|低|高)(?:了)?多少")
_LIST = re.compile(r"哪些|哪几|有什么|有啥|都有|包括|列一下|列出")
_COUNT = Words("records", "{count_asked}|{operation_words.count}")  # (几只, 多少笔: the measure words too)
_MOST = re.compile(r"最(?:(?P<max>贵|多|大|高)|便宜|少|小|低)")
_QUESTION_SPLIT = re.compile(r"[\s，,；;。？?]+")
_PLACE = re.compile(PLACE)  # ("排第二的", "倒数第三": a place in the table's ranking)


@dataclass
class Record:
    name: str  # the row's label as printed
    key: str  # label_key of the name
    group: str  # key of the heading the row stands under (货物类), "" when none
    cells: dict[str, dict] = field(default_factory=dict)  # column key -> fact
    project: str = ""  # the project holding the row, an item of it (项目名称 › 采购品目), as printed


@dataclass
class Table:
    doc: int
    sheet: str
    records: list[Record] = field(default_factory=list)
    subtotals: dict[str, Record] = field(default_factory=dict)  # group -> its 小计 row
    total: Record | None = None  # the 合计 row
    words: set[str] = field(default_factory=set)  # headers and title: words naming the table, not a row
    amount: str = ""  # the column of a row's own amount (预算金额)
    price: str = ""  # the column of one unit's price (单价)
    count: str = ""  # the column counted in units (数量)
    kinds: set[str] = field(default_factory=set)  # text columns of kinds, values repeated (采购方式): no row's name
    heads: set[str] = field(default_factory=set)  # the headers of the row labels (补贴项目, 项目名称): what a row is
    projects: dict[str, list[Record]] = field(default_factory=dict)  # project -> its items, when rows are items
    # unit -> its rows, when each row stands under the unit printed on it (采购单位); None until worked out
    units: dict[str, list[Record]] | None = None
    # "<部门>小计" printed ABOVE the department's unit rows, after the table's 合计 ("龙游县民政局小计" over 本级 and
    # 社会福利中心): the department -> that line; its rows are those up to the next such line
    heads_of_units: dict[str, Record] = field(default_factory=dict)
    unit_forms: dict[str, set[str]] | None = None  # unit -> the names it is said by, worked out once
    unit_names: dict[str, str] | None = None  # unit -> its own name without the place all units share
    unit_column: str = ""  # the column of words naming each row's organisation (项目主管部门), when units are read from it
    under_labels: bool = False  # each row under a group label merged over its run of rows (债券名称 › 项目名称)
    item_column: str = ""  # the column naming each row (采购品目) when the rows' only label is their unit's name


def verbs(idx) -> list[str]:
    """The verbs a question about records says without asking by them (买, 走, 采用)."""
    return _verbs(getattr(idx, "vocab_path", ""))


def _verbs(vocab_path: str) -> list[str]:
    """record_verbs of the vocabulary, longest first."""
    return vocabulary_section(vocab_path, "record_verbs", _read_verbs)


def _read_verbs(data: object) -> list[str]:
    listed = data if isinstance(data, list) else []
    return sorted((compact(w) for w in listed if isinstance(w, str) and compact(w)), key=len, reverse=True)


def _asks(vocab_path: str) -> dict[str, dict[str, list[str]]]:
    """[record_asks] of the vocabulary: each kind of column asked, its words, its headers, its 备注 words."""
    return vocabulary_section(vocab_path, "record_asks", _read_record_asks)


def _read_record_asks(data: object) -> dict[str, dict[str, list[str]]]:
    return _kinds_of_words(data, ("asked", "columns", "noted", "instant"))


def text_asks(vocab_path: str) -> dict[str, dict[str, list[str]]]:
    """[row_text_asks] of the vocabulary: each kind of a row's text column asked, its words, its header words."""
    return vocabulary_section(vocab_path, "row_text_asks", _read_text_asks)


def _read_text_asks(data: object) -> dict[str, dict[str, list[str]]]:
    return _kinds_of_words(data, ("asked", "heads"))


def _kinds_of_words(data: object, parts: tuple[str, ...]) -> dict[str, dict[str, list[str]]]:
    """A section of kinds, each a table of lists of words: kind -> part -> its words (compact, empty ones left out)."""
    kinds = data if isinstance(data, dict) else {}
    return {k: {part: [compact(w) for w in v.get(part) or [] if isinstance(w, str) and compact(w)] for part in parts}
            for k, v in kinds.items() if isinstance(v, dict)}


def _tables_of(idx, doc: int) -> list[Table]:
    """The record tables of one document (built once per index)."""
    # kept on the index itself: a reloaded knowledge base drops its tables with its index
    return idx.read_once("_record_tables", doc, lambda: _read_tables(idx, doc))


def _tables_over(idx, docs: list[int]) -> list[Table]:
    """The record tables of the documents asked of; the parts of one table split by its departments (one file's
    general tables, each department's rows a document of its own) read together when several are asked of, as
    the one table they are: "金额最小的购买服务项目" is over every department's rows."""
    files: dict[str, list[int]] = {}
    for d in docs:
        if d in idx.docs:
            files.setdefault(idx.docs[d].file_name or f"\x00{d}", []).append(d)
    out: list[Table] = []
    for parts in files.values():
        if len(parts) < 2 or any(idx.docs[d].layout != "general-table" for d in parts):
            out += [t for d in parts for t in _tables_of(idx, d)]
            continue
        cache = idx.__dict__.setdefault("_record_tables_joined", {})
        key = tuple(sorted(parts))
        if key not in cache:
            cache[key] = _read_tables(idx, key[0], key)
        out += cache[key]
    return out


def _beside(doc: int, sheet: str, page: int, facts: list[dict], rows: dict[tuple, list[dict]]) -> list[Table]:
    """The sheet's other row groups on the same page (rows on row heads of their own: a 合计, "<部门>小计" lines), read."""
    return [_rows_of(doc, sheet, fs) for (s, p, _h), fs in rows.items() if (s, p) == (sheet, page) and fs is not facts]


def _department_lines(records: Iterable[Record]) -> dict[str, Record]:
    """The "<部门>小计" lines among these rows, by the department they name (a later one of a name wins)."""
    return {r.key[:-2]: r for r in records if r.key.endswith("小计") and len(r.key) >= 4}


def _read_tables(idx, doc: int, docs: tuple[int, ...] = ()) -> list[Table]:
    ids = sorted(f for d in docs for f in idx.docs[d].facts) if docs else list(idx.docs[doc].facts)
    if len(ids) > 6000:
        return []
    rows: dict[tuple, list[dict]] = {}
    for f in idx.facts(ids):
        if not f["row_labels"] or not f["col_labels"]:
            continue
        rows.setdefault((f["sheet"] or "", f["page"] or 0, f["row_heads"] or ""), []).append(f)
    out = []
    for (sheet, page, _head), facts in rows.items():
        table = _read_table(idx, doc, sheet, facts)
        beside: list[Table] | None = None
        if table is not None and (table.projects or table.under_labels or _under_units(table)) and table.total is None:
            # the 合计 of a table of items stands in the column of projects, a row of its own
            beside = _beside(doc, sheet, page, facts, rows)
            table.total = next((o.total for o in beside if o.total), None)
        if table is not None and _under_units(table):
            # ("<部门>小计" lines over a department's units printed with no item of their own: _headed_units)
            beside = _beside(doc, sheet, page, facts, rows) if beside is None else beside
            table.heads_of_units.update(_department_lines(
                r for o in beside for r in (*o.heads_of_units.values(), *o.subtotals.values())))
            _closing_department_lines(table, [fs for (s, p, _h), fs in rows.items() if (s, p) == (sheet, page)])
        if table is not None:
            out.append(table)
    return out


def _closing_department_lines(table: Table, rows: list[list[dict]]) -> None:
    """A table of departments' units' items (部门名称 › 单位名称 › 采购项目名称, each row's department its group) closing
    each department's block by a line of the department and 小计 alone (仙居县教育局 | 小计, on a row head of its own):
    that line is the department's 小计, its group's, named "<部门>小计" — read so only when the block's rows add
    up to it in the table's amount column (a unit's own 小计 is never a department's)."""
    groups = {r.group for r in table.records if r.group}
    # (执收单位 merged down its block of rows, 县公安局 › 居民身份证工本费 … 县公安局 › 小计: the unit each row is under)
    blocks = {label_key(r.project) for r in table.records if r.project and not r.group}
    lines: dict[int, list[dict]] = {}
    for facts in rows:
        for f in facts:
            path = path_of(f)
            if len(path) == 2 and compact(path[1]) == "小计" and label_key(path[0]) in groups | blocks:
                lines.setdefault(f["line"] or 0, []).append(f)
    for line, cells in lines.items():
        name = compact(path_of(cells[0])[0]) + "小计"
        group = label_key(path_of(cells[0])[0])
        rec = Record(name, label_key(name), group, {label_key(c["col_labels"].split(query.FACT_SEP)[-1]): c for c in cells})
        if group not in groups:
            if _closes_its_block(table, group, line):
                table.subtotals.setdefault(group, rec)  # (the line printed, whatever the rows add up to)
            continue
        amounts = [r.cells[table.amount]["number"] for r in table.records if r.group == group and table.amount in r.cells]
        own = rec.cells.get(table.amount)
        if own is None or own["number"] is None or abs(sum(a or 0 for a in amounts) - own["number"]) > 0.005 * len(amounts) + 0.005:
            continue
        table.subtotals.setdefault(group, rec)


def _closes_its_block(table: Table, group: str, line: int) -> bool:
    """Whether the unit's "<单位> › 小计" line comes right after the unit's last row, no other unit's row between."""
    before = [r for r in table.records if _line_of(r) < line]
    return bool(before) and label_key(before[-1].project) == group


def _rows_of(doc: int, sheet: str, facts: list[dict]) -> Table:
    """The table's rows in order: its records, the groups' 小计 (or numbered headings printing figures), its 合计."""
    by_line: dict[int, list[dict]] = {}
    for f in facts:
        by_line.setdefault(f["line"] or 0, []).append(f)
    table = Table(doc, sheet)
    headings = headings_with_subtotals(cells[0] for cells in by_line.values())
    pending: list[Record] = []  # rows since the last 小计
    heading = ""  # the numbered heading (（一）…) the rows stand under, when it prints their subtotal
    for line in sorted(by_line):
        cells = by_line[line]
        name = own_label(cells[0])
        key = label_key(name)
        group = heading_of(cells[0])
        rec = Record(name, key, group, {label_key(c["col_labels"].split(query.FACT_SEP)[-1]): c for c in cells})
        path = path_of(cells[0])
        headed = len(path) == 2 and path[0] in headings
        if headed:
            # (一 交通类项目 › its items, its 小计: the heading groups them, as a section heading does)
            group = rec.group = label_key(path[0])
        rec.project = path[-2].strip() if (_classed_unit_path(cells[0], path) or len(path) == 2) and not headed else ""
        if len(path) == 3 and rec.project and not group:
            # (资产类别 › 单位名称 › 资产名称: the class merged or repeated over its rows groups them, as a heading does)
            rec.group = group = label_key(path[0])
        if counted_total(path):
            table.total = table.total or rec  # (合计 over its 主管部门 beside "22个项目": the table's whole, no row)
            continue
        own = re.sub(r"(?:小计|合计|总计|共计)$", "", key)
        if numbered_as_heading(name) and key and not _is_total(key):
            # "（一）市政和产业园区基础设施" printing figures: the sector's subtotal, heading the rows after it
            heading, pending = key, []
            rec.group = key
            table.subtotals[key] = rec
            continue
        if heading and not group:
            rec.group = group = heading
        if _is_total(key) and (group and key == "小计" or len(own) >= 2 and table.total is None):
            # a group's 小计: under its heading, or named by it ("货物类小计"), closing the rows since the last
            group = group or own
            for earlier in pending:
                earlier.group = earlier.group or group
            rec.group, pending = group, []
            table.subtotals[group] = rec
        elif _is_total(key) and key != "小计":
            if table.total is not None and len(own) >= 2 and not group:
                table.heads_of_units[own] = rec  # (the 合计 printed first: a department's line over its units)
            table.total = table.total or rec
        elif _is_total(key):
            continue  # a unit's own 小计 (the unit in its path, no heading over it): never the table's whole
        elif key and len(key) >= 2:
            table.records.append(rec)
            pending.append(rec)
    for g, sub in list(table.subtotals.items()):
        if sub.key == g and not any(r.group == g for r in table.records):
            # a numbered row with no rows under it ("一、基本支出" of a flat list) is a row, not a heading
            del table.subtotals[g]
            sub.group = ""
            table.records.append(sub)
    table.records.sort(key=_line_of)
    return table


def _read_table(idx, doc: int, sheet: str, facts: list[dict]) -> Table | None:
    table = _rows_of(doc, sheet, facts)
    if len(table.records) < 3:
        return None
    if _named_by_items(table):
        names = idx.__dict__.setdefault("_record_item_names", {})
        for r in table.records:
            names.update({f["id"]: (r.project, r.name) for f in r.cells.values()})
    table.projects = _projects_of(table.records)
    cols: dict[str, list[dict]] = {}
    for r in table.records:
        for c, f in r.cells.items():
            cols.setdefault(c, []).append(f)
    # Records, not a ledger of figures: two columns or more of words filled in on most rows (品目, 方式, 时间).
    text_cols = [c for c, fs in cols.items()
                 if sum(f["number"] is None and bool((f["value"] or "").strip()) for f in fs) * 2 >= len(table.records)]
    money = [c for c, fs in cols.items() if sum(f["number"] is not None and (f["unit"] or "") in _MONEY for f in fs) >= 2]
    # (rows under a group label each with its own amounts, 债券名称 › 项目名称, are one thing per row too: the
    # project; a monitoring table's indicator rows print no amount of their own, the project's on its first row)
    table.under_labels = bool(money) and not table.projects and not _under_units(table) and all(
        any(r.cells.get(c, {}).get("number") is not None for c in money) for r in table.records) \
        and _grouped_by_outer_label(table)
    # (a table of items under projects holds words in its two columns of names: one column of words more will do;
    # so do rows under group labels)
    if len(text_cols) < (1 if table.projects or table.under_labels else 2) or not money:
        return None
    # One thing per row: no row label nested in another, no word column under a heading of columns (a
    # monitoring table's 绩效指标完成情况 / 指标名称 puts a second thing, an indicator, on the project's row).
    # (items under their project, 项目名称 › 采购品目, are one thing per row: the item)
    # (rows under the unit printed on each, 采购单位 › 采购项目名称, are one thing per row too: the item)
    if not table.projects and not _under_units(table) and not table.under_labels \
            and any(query.FACT_SEP in (f["row_labels"] or "") and not (r.group and is_heading_path(f)) for r in table.records
                    for f in r.cells.values()) \
            or not table.under_labels and not _under_units(table) \
            and any(query.FACT_SEP in (f["col_labels"] or "") for c in text_cols for f in cols[c]):
        # (rows under the unit printed on each with two header rows, 采购项目 › 采购需求概况 / 预算及时间 › 预计采购
        # 时间: the headings group columns of one thing, the row's item)
        return None
    for c in text_cols:
        said = [compact(f["value"] or "") for f in cols[c] if (f["value"] or "").strip()]
        if len(set(said)) < len(said) and c != table.item_column:  # (台式计算机 of two units: still each row's name)
            table.kinds.add(c)
    prices = [c for c in money if "单价" in c]
    amounts = [c for c in money if c not in prices]
    table.price = prices[0] if len(prices) == 1 else ""
    table.amount = _own_amount(amounts, cols, idx.docs[doc].year)
    counted = [c for c, fs in cols.items() if c not in money and any(f["number"] is not None and (f["unit"] or "")
                                                                     and (f["unit"] or "") not in _MONEY + ("%",) for f in fs)]
    table.count = counted[0] if len(counted) == 1 else ""
    table.words = set(cols) | set(idx.sheet_titles.get(doc, ())) | {compact(idx.docs[doc].form)}
    table.heads = {label_key(h) for r in table.records for f in r.cells.values()
                   for h in (f["row_heads"] or "").split(query.FACT_SEP) if len(label_key(h)) >= 2}
    return table


def _own_amount(amounts: list[str], cols: dict[str, list[dict]], year: int | None) -> str:
    """The row's own amount: the first money column that is no part of another (其中：财政拨款 is a part)."""
    whole = [c for c in amounts if not any(f["col_labels"].startswith("其中") for f in cols[c][:1])]
    # (上年预算数 before 本年预算数, an 增减额 after them: the year before and the change are no row's own amount)
    whole = [c for c in whole if not _NOT_OWN_AMOUNT.search(c)] or whole
    # (2025年执行数 before 2026年预算数 in a 2026 table: the column of the document's own year is the row's amount)
    whole = _of_own_year(whole, year) or whole
    # (a column totalling the row, 发放金额合计, before the sources it adds up: 中央资金 under 资金来源 is a part)
    totals = [c for c in whole if _COLUMN_WHOLE.search(c) and query.FACT_SEP not in cols[c][0]["col_labels"]]
    return (totals or whole or amounts or [""])[0]


def _of_own_year(columns: list[str], year: int | None) -> list[str]:
    """The columns whose header prints the document's year (2026年预算数 of a 2026 table), when the first money column
    prints another year (2025年执行数); [] when it prints none (总投资) or the document's, or no column is of that year."""
    years = {c: year_in(c) for c in columns}
    if year is None or year not in years.values() or not columns or years[columns[0]] in (None, year):
        return []  # (总投资 first, beside 2025年计划投资: the whole, a column of no year, stays the row's amount)
    return [c for c in columns if years[c] == year]


# A money column of the year before (上年预算数, 去年执行数) or of the change since (增减额, 比上年增加).
_NOT_OWN_AMOUNT = re.compile(r"^(?:上年|去年|上一年|上年度|以前年度)|增减|增长|增加额|减少额|变动|比上年")


_ISSUE = re.compile(r"债券|批次|发行|期次|[一二三四五六七八九十\d]+期|第[一二三四五六七八九十\d]+批")


# The header of a column naming the things a row buys or does (采购品目, 品目名称, 货物名称).
_ITEM_HEAD = re.compile(r"品目|品名|货物名称|服务名称|标的")


def _named_by_items(t: Table) -> bool:
    """Rows labelled by their unit alone (单位名称 the only row label, 项目名称 repeated over a project's items, so
    read as words) with a column naming each row apart within its unit (采购品目): each row is that item under its
    unit, as a table printing 单位名称 › 采购项目 is read — "气质联用仪多少钱" names a row, "检测中心采购多少" a unit."""
    firsts = [next(iter(r.cells.values())) for r in t.records]
    if any(query.FACT_SEP in (f["row_labels"] or "") for f in firsts) \
            or not all(_UNIT_HEAD.search(f["row_heads"] or "") for f in firsts):
        return False
    units = [r.name for r in t.records]
    if not 2 <= len(set(units)) < len(units):
        return False
    for c in dict.fromkeys(c for r in t.records for c in r.cells):
        if not _ITEM_HEAD.search(c):
            continue
        said = [(r.name, (r.cells[c]["value"] or "").strip() if c in r.cells and r.cells[c]["number"] is None else "")
                for r in t.records]
        if all(v for _, v in said) and len(set(said)) == len(said):
            for r, (_, v) in zip(t.records, said, strict=True):
                r.project, r.name, r.key = r.name, v, label_key(v)
            t.item_column = c
            return True
    return False


def items_of(idx, doc: int) -> dict[int, tuple[str, str]]:
    """Fact id -> (unit, item) of the rows of a document's tables named by their items (_named_by_items)."""
    _tables_of(idx, doc)  # (the names are kept as its tables are read: read them first)
    return idx.__dict__.get("_record_item_names", {})


def _item_of(idx, f: dict) -> tuple[str, str] | None:
    """(unit, item) of a fact's row where its table's rows are named by their items; None otherwise. Its document's
    tables are read first, so the answer never depends on which tables an earlier step of the turn happened to read."""
    return items_of(idx, f["document_id"]).get(f["id"]) if f["document_id"] in idx.docs else None


def item_named(idx, f: dict, name: str) -> str:
    """A fact's name as shown (its row label and column) with the row said by its unit and item where the rows
    are named by their items (检测中心 气相色谱质谱联用仪 合计, never the unit alone); the name itself otherwise."""
    if _item_of(idx, f) is None:
        return name
    return name.replace(own_label(f), _row_label(idx, f, unit=True), 1)


def _row_label(idx, f: dict, unit: bool = False) -> str:
    """A row's name as shown: the item a fact's row buys (with its unit when asked) where the rows are named by
    their items (_named_by_items), else the row label printed."""
    named = _item_of(idx, f)
    if named is None:
        return own_label(f)
    return f"{named[0]} {named[1]}" if unit else named[1]


def _grouped_by_outer_label(t: Table) -> bool:
    """Whether each row stands under a group label merged over a run of rows and closed by no 小计 (a bond issue's
    债券名称 over the projects it funds): the rows are one thing each (the project), grouped by that label, which
    becomes their group."""
    paths = [path_of(next(iter(r.cells.values()))) for r in t.records]
    if not paths or any(len(p) != 2 for p in paths) or t.subtotals or t.total is not None:
        return False  # (a 小计 under each group label: groups read by their subtotals, as 街道 › 小计)
    runs = [k for k, p in enumerate(paths) if k == 0 or p[0] != paths[k - 1][0]]
    if not len({p[0] for p in paths}) == len(runs) >= 2 or len(runs) == len(paths):
        return False
    # (issues or batches only: a 类别 merged over a progress table's rows is a class its other readings know)
    head = (next(iter(t.records[0].cells.values()))["row_heads"] or "").split(query.FACT_SEP)[0]
    if not _ISSUE.search(head) and not all(_ISSUE.search(p[0]) for p in paths):
        return False
    for r, p in zip(t.records, paths, strict=True):
        r.group, r.project = compact(p[0]), ""  # (its bracket kept: （三期） tells the issues apart)
    return True


def _label_groups_said(t: Table, text: str) -> list[str]:
    """The groups of a table whose rows stand under merged group labels said by what tells them apart (七期 of
    2025年…专项债券（七期）, the words every group's label shares left off), none inside another said (十二期, not 二期)."""
    groups = list(dict.fromkeys(r.group for r in t.records))
    common = _groups_common_start(groups)
    spans = {g: (a, a + len(g[len(common):])) for g in groups
             if len(g) - len(common) >= 2 and (a := text.find(g[len(common):])) >= 0}
    return [g for g, (a, b) in spans.items() if not any(o != g and x <= a and b <= y for o, (x, y) in spans.items())]


def _issue_asked(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"七期一共用了多少", "十二期债券有几个项目", "三期有哪些项目": the rows under one group label (a bond issue)
    counted, listed or added up in the column said (the arithmetic shown); None unless one group of one such
    table is said and no row of it named."""
    found = [(t, g) for t in tables if t.under_labels for g in _label_groups_said(t, text)]
    if len(found) != 1:
        return None
    t, g = found[0]
    rows = [r for r in t.records if r.group == g]
    said = g[len(g) - len(_label_groups_said_form(t, g)):]
    rest = text.replace(said, " ", 1)
    if _named([t], rest) is not None:
        return None  # ("标准化厂房三期": a row's own name holds it)
    col = _amount_said(idx, t, rest)
    if col == t.amount and _column_said(t, rest) not in ("", col):
        return None  # a column said in part beside a word not understood (省级补助 of a table printing 市级补助)
    cells = [r.cells[col] for r in rows if col in r.cells and r.cells[col]["number"] is not None]
    items = [r.name for r in rows]
    if _COUNT.search(rest):
        return FactAnswer("answered", compose.counted_items(items, f"{said}的") + _cite(idx, cells), cells,
                          ranked=[f["id"] for f in cells])
    if _LIST.search(rest):
        return FactAnswer("answered", compose.numbered_items(items, f"{said}的") + _cite(idx, cells), cells,
                          ranked=[f["id"] for f in cells])
    if re.search(r"一共|合计|总共|共计|加起来|多少", rest) and cells and len({f["unit"] for f in cells}) == 1:
        parts = [(own_label(f), fmt_number(f["number"])) for f in cells]
        return FactAnswer("answered", compose.project_items_added(f"{said} {col}", parts, fmt_number(_added(cells)),
                                                                  cells[0]["unit"] or "") + _cite(idx, cells), cells,
                          ranked=[f["id"] for f in cells], total=(_added(cells), cells[0]["unit"] or ""))
    return None


def _label_groups_said_form(t: Table, g: str) -> str:
    """What tells a group label apart from the table's others (七期 of 2025年…专项债券七期)."""
    return g[len(_groups_common_start(list(dict.fromkeys(r.group for r in t.records)))):]


def _groups_common_start(groups: list[str]) -> str:
    """The words every group label starts with (2025年…专项债券 of its issues' labels)."""
    common = groups[0]
    for g in groups[1:]:
        while common and not g.startswith(common):
            common = common[:-1]
    return common


def _classed_unit_path(f: dict, path: tuple[str, ...]) -> bool:
    """Whether a row's path is class › unit › item (资产类别 | 单位名称 | 资产名称): three labels, the second headed
    as the unit's (单位名称, 使用部门)."""
    heads = (f["row_heads"] or "").split(query.FACT_SEP)
    return len(path) == 3 and len(heads) == 3 and _UNIT_HEAD.search(heads[1]) is not None


def _under_units(t: Table) -> bool:
    """Whether each row stands under an organisation printed on it (采购单位 | 采购项目名称): two labels a row,
    the first headed 单位 / 部门 (or every one an organisation's name), some unit holding several rows; or three,
    a class of the rows before the unit (资产类别 | 单位名称 | 资产名称); or named by their items, their unit the label."""
    if t.item_column:
        return True
    firsts = [next(iter(r.cells.values())) for r in t.records]
    paths = [path_of(f) for f in firsts]
    classed = all(_classed_unit_path(f, p) for f, p in zip(firsts, paths, strict=True))
    if not classed and any(len(p) != 2 for p in paths):
        return False
    units = [p[-2] for p in paths]
    heads = {hs[-2] for r in t.records[:3] for f in r.cells.values()
             if len(hs := (f["row_heads"] or "").split(query.FACT_SEP)) >= 2}
    return 2 <= len(set(units)) < len(units) and (any(_UNIT_HEAD.search(h) for h in heads)
                                                  or all(_ORGANISATION.search(u) for u in units))


def _projects_of(records: list[Record]) -> dict[str, list[Record]]:
    """The projects of a table whose rows are their items (项目名称 merged over its 采购品目 rows): each project's
    items in order, its words printed once on its first row (采购方式, 备注 merged over its rows) read as every
    item's; {} unless every row is an item of a project, each project's rows together and one holding two."""
    projects: dict[str, list[Record]] = {}
    for k, r in enumerate(records):
        if not r.project or _is_total(r.key) or r.project in projects and projects[r.project][-1] is not records[k - 1]:
            return {}  # (a group closed by its 小计 is a group of rows, read as such)
        if _UNIT_HEAD.search(_head_of_project(r)):
            return {}  # (部门（单位） › 项目名称: the rows are each a project of its unit, never a unit's items)
        projects.setdefault(r.project, []).append(r)
    several = [items for items in projects.values() if len(items) >= 2]
    # the project's own words merged over its items: a word column printed on each project's first row only
    merged = {c for c, f in several[0][0].cells.items() if f["number"] is None} if len(several) >= 2 else set()
    merged = {c for c in merged if all(c in items[0].cells and not any(c in r.cells for r in items[1:]) for items in several)}
    if not merged:
        return {}
    for items in projects.values():
        for c, f in items[0].cells.items():
            if f["number"] is None:
                for r in items[1:]:
                    r.cells.setdefault(c, f)
    return projects


def _head_of_project(r: Record) -> str:
    """The header of the column naming the row's project (项目名称, or 部门（单位） read as one), "" when unknown."""
    first = next(iter(r.cells.values()), None)
    heads = (first["row_heads"] or "").split(query.FACT_SEP) if first else []
    return heads[-2] if len(heads) >= 2 else ""


def _project_cells(t: Table, items: list[Record]) -> list[dict]:
    """The cells a project's total adds up: its items' own amounts (no project prints a total of its own)."""
    return [r.cells[t.amount] for r in items if t.amount in r.cells and r.cells[t.amount]["number"] is not None]


def _project_order(t: Table) -> list[tuple[str, list[dict]]]:
    """Each project with the cells its total adds up, in the table's order."""
    return [(p, cells) for p, items in t.projects.items() if (cells := _project_cells(t, items))]


def _added(cells: list[dict]) -> float:
    return round(sum(f["number"] for f in cells), 6)


def _project_shown(p: str, cells: list[dict]) -> str:
    return f"{p}（{fmt_number(_added(cells))}{cells[0]['unit'] or ''}）"


# A project's whole asked ("一共多少钱", "总预算", "项目预算多少"): its items added up.
_PROJECT_TOTAL = re.compile(r"一共|总共|合计|总计|共计|总预算|总金额|总额|加起来|项目(?:的)?(?:预算|金额|多少钱|经费|花)")
_WHICH = re.compile(r"哪些|哪几|哪个|哪一个|哪项|是哪|有什么|有啥|列一下|列出")
# The words a share or a ranking is asked in, explained by what they ask.
_ASKING = re.compile(r"比例|比重|占比|百分之几|百分之多少|百分比|多少|几成|排名|排第|排在|最(?:多|大|高|贵|少|小|低|便宜)")
# (a place said bare, "第二个项目", is of the list just shown: a ranking says 倒数, 前, or 大 / 多 after it)
_PLACE_SAID = re.compile(r"(?P<end>倒数)第(?P<n>[一二两三四五六七八九十\d]+)(?:个|名|位|项)?"
                         r"|第(?P<n2>[一二两三四五六七八九十\d]+)(?:个|名|位|项)?(?:大|多|高|贵|少|小|低)"
                         r"|前(?P<top>[一二两三四五六七八九十\d]+)(?:名|个|位|项)?(?:大|多|高)?")


def _items_said(t: Table, text: str) -> bool:
    """Whether the question asks of items, not projects, by the head of the items' column (采购品目 → 品目)."""
    heads = {label_key(h) for r in t.records[:1] for f in r.cells.values() for h in (f["row_heads"] or "").split(query.FACT_SEP)[1:]}
    return any(len(text[a:b]) >= 2 for h in heads for a, b in _runs(text, h) if text[a:b] not in {"采购", "项目"})


def _project_named(t: Table, text: str) -> str:
    """The one project the question names by its name (three characters of it, or half), more of it said than
    of any other project's item, and no item of it named besides ("体育器材项目里篮球架多少钱" asks the item)."""
    scores = {p: _cover(text, label_key(p), t.words) for p in t.projects}
    best = max(scores.values(), default=0)
    top = [p for p, n in scores.items() if n == best]
    if len(top) != 1 or best < 3 and 2 * best < len(label_key(top[0])):
        return ""
    p = top[0]
    if any(_cover(text, r.key, t.words) >= best for r in t.records if r.project != p):
        return ""
    return "" if _named([t], _blanked(text, label_key(p))) is not None else p


def _blanked(text: str, name: str) -> str:
    """The question with the runs of a name said in it blanked."""
    for a, b in [*_runs(text, name), *_abbreviated(text, name)]:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _projects_asked(idx, tables: list[Table], text: str, context: dict | None) -> FactAnswer | None:
    """A table of items under projects asked of its projects: a project's total (its items added up), the
    projects of a way (询价的项目有哪些, 公开招标的加起来多少, 单一来源占多少), the projects ranked by their totals."""
    held = [t for t in tables if t.projects and t.amount]
    if len(held) != 1 or _items_said(held[0], text):
        return None
    t = held[0]
    return _projects_listed_added(idx, t, text, context) or _project_total(idx, t, text) \
        or _projects_of_kind(idx, t, text) or _projects_ranked(idx, t, text)


def _projects_listed_added(idx, t: Table, text: str, context: dict | None) -> FactAnswer | None:
    """"询价的项目有哪些" → "这些加起来多少": the projects just listed, their totals added up."""
    listed = [(name, ids) for name, ids in (context or {}).get("ranked_groups") or () if name in t.projects]
    if not listed or len(listed) != len((context or {}).get("ranked_groups") or ()) or not _ROWS_POINTED.match(text) \
            or not (_TOTAL_ASKED.search(text) or re.search(r"多少钱|金额|预算", text)):
        return None
    order = dict(_project_order(t))
    chosen = [(p, order[p]) for p, _ in listed if p in order]
    cells = [f for _, fs in chosen for f in fs]
    if not cells:
        return None
    total, unit = _added(cells), cells[0]["unit"] or ""
    parts = [(p, fmt_number(_added(fs))) for p, fs in chosen]
    return FactAnswer("answered", compose.fact_sum(parts, fmt_number(total), unit) + _cite(idx, cells), cells,
                      total=(total, unit))


def _project_total(idx, t: Table, text: str) -> FactAnswer | None:
    """"理化生实验室那个项目一共多少钱": the project named, its items' own amounts added up."""
    p = _project_named(t, text)
    # its total asked, or the project named and nothing else ("学校体育器材配备"): its items added up
    p = p if p and (_PROJECT_TOTAL.search(text) or not re.sub(r"项目|那个|这个|[\s的呢吧啊]", "", _blanked(text, label_key(p)))) else ""
    cells = _project_cells(t, t.projects[p]) if p else []
    if not cells:
        return None
    unit = cells[0]["unit"] or ""
    return FactAnswer("answered", compose.project_total(p, fmt_number(_added(cells)), unit, [own_label(f) for f in cells])
                      + _cite(idx, cells), cells, total=(_added(cells), unit))


def _projects_of_kind(idx, t: Table, text: str) -> FactAnswer | None:
    """"询价采购的项目有哪些", "公开招标的项目有几个", "公开招标的金额加起来多少", "竞争性磋商占采购总预算的比例":
    the projects whose way (a column of kinds, printed once over the project's items) is the one said —
    listed, counted, added up, or set against the table's 合计."""
    found = {(c, v) for c in t.kinds for items in t.projects.values() if c in items[0].cells
             for v in [compact(items[0].cells[c]["value"] or "")] if len(v) >= 2 and v in text}
    if len(found) != 1:
        return None
    c, v = found.pop()
    rest = _ASKING.sub(" ", _OF_ALL.sub(" ", _SHARE.sub(" ", _WHICH.sub(" ", text.replace(v, " ")))))
    if _named([t], rest) is not None or _project_named(t, rest) or _unexplained_rest(idx, t, rest):
        return None
    chosen = [(p, cells) for p, cells in _project_order(t) if compact(t.projects[p][0].cells.get(c, {}).get("value") or "") == v]
    cells = [f for _, fs in chosen for f in fs]
    if not cells:
        return None
    head, unit = compose.having_value_head(c, v), cells[0]["unit"] or ""
    total = _added(cells)
    if _SHARE.search(text):
        whole = t.total.cells.get(t.amount) if t.total else None
        return _share(idx, dict(cells[0], number=total), whole, "", "合计", f"{head}项目") if whole else None
    order = [(p, [f["id"] for f in fs]) for p, fs in chosen]
    if _COUNT.search(text) and not _LIST.search(text):
        return FactAnswer("answered", compose.counted_items([_project_shown(p, fs) for p, fs in chosen], head + "项目")
                          + _cite(idx, cells), cells, ranked_groups=order)
    if _WHICH.search(text):
        return FactAnswer("answered", compose.numbered_items([_project_shown(p, fs) for p, fs in chosen], head + "项目")
                          + _cite(idx, cells), cells, ranked_groups=order)
    if _TOTAL_ASKED.search(text) or re.search(r"多少钱|金额|预算", text):
        parts = [(p, fmt_number(_added(fs))) for p, fs in chosen]
        return FactAnswer("answered", compose.project_items_added(head + "项目", parts, fmt_number(total), unit)
                          + _cite(idx, cells), cells, total=(total, unit))
    return None


def _projects_ranked(idx, t: Table, text: str) -> FactAnswer | None:
    """"采购预算前三大的项目", "预算倒数第二的项目是哪个", "哪个项目最贵": the projects ranked by their totals."""
    most, place = _MOST.search(text), _PLACE_SAID.search(text)
    if "项目" not in text or not (most or place) or _project_named(t, text):
        return None
    rest = _ASKING.sub(" ", _WHICH.sub(" ", _PLACE_SAID.sub(" ", text)))
    if _named([t], rest) is not None or _unexplained_rest(idx, t, rest):
        return None
    low = bool(most and not most.group("max") or re.search(r"最(?:少|小|低|便宜)|[少小低]的", text))
    order = sorted(_project_order(t), key=lambda pc: _added(pc[1]), reverse=not low)
    groups = [(p, [f["id"] for f in fs]) for p, fs in order]
    if place and place.group("top"):
        n = min(small_number(place.group("top")) or 0, len(order))
        shown = order[:n]
        cells = [f for _, fs in shown for f in fs]
        items = [(p, f"{fmt_number(_added(fs))}{fs[0]['unit'] or ''}") for p, fs in shown]
        return FactAnswer("answered", compose.top_of_listed(n, low, items) + _cite(idx, cells), cells,
                          ranked_groups=groups) if n >= 1 else None
    n = small_number(place.group("n") or place.group("n2")) or 0 if place else 1
    if place and place.group("end"):
        order, low = order[::-1], not low
        groups = groups[::-1]
    if not 1 <= n <= len(order):
        return None
    p, cells = order[n - 1]
    figure = f"{fmt_number(_added(cells))}{cells[0]['unit'] or ''}"
    if place and place.group("end"):
        said = compose.ranked_place_from_end(n, p, figure)
    elif place:
        said = compose.ranked_place(n, p, figure)
    else:
        said = compose.fact_extreme("min" if low else "max", [p], figure, len(order))
    return FactAnswer("answered", said + _cite(idx, cells), cells, ranked_groups=groups)


def _cover(text: str, target: str, generic: set[str]) -> int:
    """How many characters of the question are said by runs (of two or more) of the target's name, a run
    that is only a word of the table's headers or title (采购) counting for nothing."""
    i, total = 0, 0
    while i < len(text) - 1:
        j = next((j for j in range(len(text), i + 1, -1) if text[i:j] in target), i)
        if j - i >= 2:
            run = text[i:j]
            if not any(run in w for w in generic):
                total += j - i
            i = j
        else:
            i += 1
    return total


def _without_departments(idx, text: str) -> str:
    for form in _dept_forms_maybe_in(idx, text):
        if len(form) >= 2 and form in text:
            text = text.replace(form, " ")
    return text


def _dept_forms_maybe_in(idx, text: str) -> list[str]:
    """The department forms of two characters or more that can be said in text, in idx.dept_order's order:
    those said in it (idx.dept_forms_said) and any holding a space (a replacement by a space can make one);
    a question asks this of thousands of forms, nearly none of them in it. A form said in text after others
    were replaced by a space is one of these: without a space it lies in an unchanged stretch of the text."""
    rank, spaced = idx.read_once("_dept_rank", None, lambda: (
        {f: k for k, f in enumerate(idx.dept_order)},
        [f for f in idx.dept_order if len(f) >= 2 and any(c.isspace() for c in f)]))
    return sorted(idx.dept_forms_said(text).union(spaced), key=rank.__getitem__)


def _long_words(idx, text: str) -> str:
    """The question with the standard short words of names said long (低保 → 最低生活保障, [label_abbreviations]),
    as the rows print them."""
    for long, shorts in getattr(idx, "label_abbrev", {}).items():
        for short in shorts:
            # (a long word no table prints is never said for its short one: CT机 stays CT机)
            if short in text and long not in text and long in getattr(idx, "label_text", long):
                text = text.replace(short, long)
    return text


def _named(tables: list[Table], text: str) -> tuple[Table, Record] | None:
    """The one row the question names by (part of) its name, or by a short text cell of it (品目 图书)."""
    found = _named_how(tables, text)
    return (found[0], found[1]) if found else None


def _named_how(tables: list[Table], text: str) -> tuple[Table, Record, bool] | None:
    """The row named, and whether by a text cell of it rather than its name (the labels read such a word as
    a value, not a row, and find none of the row's figures)."""
    scored = []
    for t in tables:
        keys = [r.key for r in t.records]
        for r in t.records:
            short = [compact(f["value"]) for c, f in r.cells.items() if f["number"] is None and c not in t.kinds
                     and 2 <= len(f["value"] or "") <= 10]
            # Named by three characters of its name or half of it ("校车运营服务", "图书馆"), or by a short cell
            # said whole (品目 图书): two characters of a long name ("基本" of 基本公共卫生服务补助资金) name nothing.
            # (no two characters of its name said: no run of it, not walked)
            cover = _cover(text, r.key, t.words) if any(r.key[i:i + 2] in text for i in range(len(r.key) - 1)) else 0
            if cover and keys.count(r.key) >= 2:
                # (rows told apart by their bracket only, …抽检服务（第一批）/（第二批）: "抽检第二批" names one)
                cover = max(cover, _cover(text, _spelled(r), t.words))
            by_name = cover if cover >= 3 or 2 * cover >= len(r.key) or _by_head(text, r.key, t) else 0
            by_cell = max((len(v) for v in short if v in text and not any(v in w for w in t.words)), default=0)
            if max(by_name, by_cell) >= 2:
                # (a row named by its item, its unit the only label: the labels read the item as a cell too)
                scored.append((max(by_name, by_cell), t, r, by_cell > by_name or bool(t.item_column)))
    if not scored:
        return _named_by_unit(tables, text)
    best = max(s[0] for s in scored)
    top = [s for s in scored if s[0] == best]
    if len(top) > 1:  # "登记费住宅类": of 不动产登记费（住宅类）, its bracket said; one run of it, two of …（非住宅类）
        whole = {id(s[2]): _spelled(s[2]) for s in top}
        said = {i: (_cover(text, w, s_words), max((b - a for a, b in _runs(text, w)), default=0))
                for i, w, s_words in ((id(s[2]), whole[id(s[2])], s[1].words) for s in top)}
        best_said = max(said.values())
        top = [s for s in top if said[id(s[2])] == best_said]
    if len(top) != 1:
        return None
    t, r = top[0][1], top[0][2]
    m = _COUNT_ASKED.search(text)
    if m and t.count and m.group(1) not in "钱元万个" and not (r.cells.get(t.count, {}).get("unit") or "").startswith(m.group(1)):
        # "宣传资料印多少册": 宣传海报 (张) named by half its name, 健康宣传手册 the one counted in 册
        return _named_by_unit(tables, text) or top[0][1:]
    return top[0][1], top[0][2], top[0][3]


def _counted_otherwise(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"篮球买多少个" of a table holding only 移动式篮球架, counted in 副: no row is named, the one row two
    characters of whose name are said is counted in another unit — not the thing asked, said so with it."""
    m = _COUNT_ASKED.search(text)
    if m is None or m.group(1) in "钱元万" or _named_how(tables, text) is not None \
            or m.group(1) == "个" and re.sub(r"[呢啊吧的\s]", "", text[m.end():]):
        return None  # (几个 before a noun counts rows: "供水服务中心负责几个项目"; "篮球买多少个" asks a count in 个)
    near = [(t, r, runs) for t in tables if t.count for r in t.records
            if (runs := [(a, b) for a, b in _runs(text[:m.start()], r.key) if b - a >= 2])]
    if len(near) != 1:
        return None
    t, r, runs = near[0]
    f = r.cells.get(t.count)
    unit = (f or {}).get("unit") or ""
    if f is None or f["number"] is None or not unit or unit.startswith(m.group(1)) \
            or _unexplained_rest(idx, t, _blanked(text, r.key).replace(m.group(0), " ")):
        return None
    said = max((text[a:b] for a, b in runs), key=len)
    return FactAnswer("unknown", compose.not_counted_in(said, m.group(1), r.name, _shown(f)) + _cite(idx, [f]), [], settled=True)


def _named_by_unit(tables: list[Table], text: str) -> tuple[Table, Record, bool] | None:
    """"图书采购多少册" of 中小学图书 (册) beside 图书馆书架 (个): of the rows two characters of whose name are
    said, the one row counted in the unit asked."""
    m = _COUNT_ASKED.search(text)
    if m is None or m.group(1) in "钱元万":
        return None
    hits = [(t, r) for t in tables if t.count for r in t.records if _cover(text, r.key, t.words) >= 2
            and (unit := r.cells.get(t.count, {}).get("unit") or "").startswith(m.group(1)) and (m.group(1) != "个" or unit == "个")]
    return (hits[0][0], hits[0][1], False) if len(hits) == 1 else None


def _spelled(r: Record) -> str:
    """The row's name as printed, its brackets' words kept (不动产登记费住宅类 of 不动产登记费（住宅类）)."""
    return re.sub(r"[（）()]", "", compact(r.name))


def _by_head(text: str, key: str, t: Table) -> bool:
    """"大气项目" of 大气污染防治专项经费: the first two characters of a row's name said as a project (项目, 经费,
    资金 after them), no other row's name holding them and no header or title word being them."""
    head = key[:2]
    return any(head + w in text for w in ("项目", "经费", "资金", "那个", "这个")) \
        and not any(head in r.key for r in t.records if r.key != key) and not any(head in w for w in t.words)


def _of_context(tables: list[Table], context: dict | None) -> tuple[Table, Record] | None:
    rows = set((context or {}).get("rows") or ())
    hits = [(t, r) for t in tables for r in t.records if r.key in rows or t.item_column and label_key(r.project) in rows]
    if len(hits) > 1 and (last := set((context or {}).get("last") or ())):
        # (rows of one name, or a unit's rows named by their items: the one whose figure was just shown)
        hits = [(t, r) for t, r in hits if any(f["id"] in last for f in r.cells.values())]
    return hits[0] if len(hits) == 1 else None


def _column_said(t: Table, clause: str, r: Record | None = None, partial: bool = True) -> str:
    """A column of the table said by its header (采购方式, 单价), the longest; else by a part of its header
    that no other header has (财政 of 财政拨款, 预算 of 预算金额) and that is no part of the row's name."""
    cols = {c for rec in t.records for c in rec.cells}
    said = sorted((c for c in cols if len(c) >= 2 and c in clause), key=clause.index)
    if said or not partial:  # (the longest; of two as long, the first said — never the set's order, which varies by run)
        return max(said, key=len) if said else ""
    if total := _group_total_said(t, clause, cols):
        return total
    name = r.key if r is not None else ""
    parts: dict[str, int] = {}
    for c in cols:
        for a, b in _runs(clause, c):
            if clause[a:b] not in name:
                parts[c] = max(parts.get(c, 0), b - a)
    # (the part must be no other header's: "上级资金" shares 级资金 with 本级资金, and 上级 only with 上级补助)
    unique = {c: n for c, n in parts.items()
              if not any(o != c and any(clause[a:b] in o for a, b in _runs(clause, c) if b - a == n) for o in cols)}
    # and one header only: "上级资金" shares 上级 with 上级补助 and 级资金 with 本级资金 — neither is said
    best = max(parts.values(), default=0)
    top = [c for c, n in parts.items() if n == best]
    if best >= 3 and len(top) == 1 and top[0] in unique:
        # "调剂后预算" of 调整后预算: three characters of one header, however another's two are said apart from
        # them ("调剂" of 调剂原因); not when another's run straddles them ("上级资金": 上级 of 上级补助, 级资金 of 本级资金)
        a, b = next(((a, b) for a, b in _runs(clause, top[0]) if b - a == best), (0, 0))
        if b and not any(x < a < y < b or a < x < b < y for o in cols if o != top[0] for x, y in _runs(clause, o)):
            return top[0]
    return top[0] if best >= 2 and len(top) == 1 and [c for c, n in unique.items() if n >= 2] == top else ""


def _a_span(f: dict) -> bool:
    """Whether a cell is a length of time (债券期限 20年, 工期 18个月): a figure in years, months or days that is no
    year of the calendar."""
    return f["number"] is not None and (f["unit"] or "") in ("年", "个月", "月", "天", "日") and f["number"] < 1000


def _kind_asked(clause: str, asks: dict, name: str = "") -> str:
    """The kind of column the clause asks in everyday words ([record_asks]), the longest word said; a word standing
    inside a longer run of the row's name said is the name's ("少儿阅读推广活动承办的目录代码": 承办 of the name asks no
    承接主体; "X是谁承办的" still asks it)."""
    inside = [(a, b) for a, b in _runs(clause, name)] if name else []
    best = ("", 0)
    for kind, words in asks.items():
        for w in words["asked"]:
            if w and len(w) > best[1] and any(
                    not any(a <= m.start() and m.end() <= b and b - a > len(w) for a, b in inside)
                    for m in re.finditer(re.escape(w), clause)):
                best = (kind, len(w))
    return best[0]


def _text_of(t: Table, r: Record, kind: str, asks: dict, clause: str) -> list[dict] | None:
    """The cell answering a kind of column asked of a row: the column whose header says it; else the 备注
    cell saying it; None when the table prints neither (the question stays unanswered)."""
    words = asks[kind]
    cols = [c for c in r.cells if any(w in c for w in words["columns"])]
    if cols:
        cells = [r.cells[c] for c in cols if (r.cells[c]["value"] or "").strip()]
        if any(w in clause for w in words["instant"]):
            cells = [f for f in cells if not _a_span(f)]  # ("什么时候发行": 债券期限 20年 is how long, not when)
        return cells or None
    notes = [f for c, f in r.cells.items() if re.search(r"备注|说明", c) and (f["value"] or "").strip()]
    if kind == "source":
        # Where a row's money comes from: its funding columns holding an amount, and the note naming them.
        parts = [f for c, f in r.cells.items() if c.startswith(("财政", "其他", "自有", "上级", "事业"))
                 or "其中" in (f["col_labels"] or "") and (f["number"] or 0) > 0]
        parts = [f for f in parts if (f["number"] or 0) > 0]
        said = [n for n in notes if any(label_key(f["col_labels"].split(query.FACT_SEP)[-1]) in compact(n["value"])
                                        or any(w in n["value"] for w in words["noted"]) for f in parts)]
        if not any(c.startswith(("财政", "其他", "自有", "上级", "事业")) for rec in t.records for c in rec.cells):
            # a table with no funding columns (采购意向): the 备注 naming the row's fund ("乡村振兴衔接资金") says it
            return [n for n in notes if any(w in n["value"] for w in words["noted"])] or None
        return [*parts, *said] if parts and said else None
    said = [n for n in notes if any(w in n["value"] for w in words["noted"])]
    return said or None


def _figure_of(t: Table, r: Record, clause: str) -> tuple[list[dict], bool] | None:
    """The cell a clause asks a figure of: a column said, a count in a unit (几台), a price (每所多少钱),
    an amount (多少钱). (cells, True) when asked; None when the clause asks no figure; ([], True) when asked
    but not printed."""
    col = _column_said(t, clause, r)
    if col:
        f = r.cells.get(col)
        return ([f] if f is not None and (f["value"] or "").strip() else []), True
    per = _PER_UNIT.search(clause)
    if per and not t.price:
        # "一件收多少", "标准多少一个月": the row's standard printed per that unit (550元/件, 610元/人·月)
        said = [f for f in r.cells.values() if f["number"] is None
                and re.search(r"/[^，,；;。]{0,3}?" + (per.group("m") or per.group("m2")), f["value"] or "")]
        if not said and _EACH_PRICE.search(clause) and (each := _price_worked_out(t, r, clause)) is not None:
            return [each], True  # ("执法记录仪一台多少钱": no standard printed per 台, its amount ÷ its count)
        return said, True
    if _EACH_PRICE.search(clause):
        f = r.cells.get(t.price) if t.price else None
        if f is None and not t.price and (each := _price_worked_out(t, r, clause)) is not None:
            return [each], True
        return ([f] if f is not None and f["number"] is not None else []), True
    m = _COUNT_ASKED.search(clause)
    counted_in = (r.cells.get(t.count, {}).get("unit") or "") if t.count else ""
    # ("多少个" counts rows, unless the row's own count is printed in 个: 书架买多少个)
    if m and (m.group(1) not in "钱元万个" or m.group(1) == "个" == counted_in):
        f = r.cells.get(t.count) if t.count else None
        unit = m.group(1)
        if f is None or f["number"] is None or unit not in (f["unit"] or ""):
            return _counted_in_words(r, unit, clause), True
        return [f], True
    if _AMOUNT_ASKED.search(clause):
        f = r.cells.get(t.amount) if t.amount else None
        return ([f] if f is not None and f["number"] is not None else []), True
    return None


# The measure one is said in ("一台多少钱", "每辆多少", "单台多少钱", "平均一台多少"): the row's count must be printed in it.
_ONE_OF = Words("records", r"(?:{per_one_each:longest}|(?:{per_one_single})(?!{per_one_not_measures}))([\u4e00-\u9fff])")


def _price_worked_out(t: Table, r: Record, clause: str) -> dict | None:
    """The price of one of a row printing no 单价 but its amount and its count, asked in the count's measure ("执法记录仪
    一台多少钱": 预算金额 ÷ 数量), as a cell of its own showing the sum; None when either is not printed, or no measure
    is said (单价 asked is the column the row lacks), or another one."""
    amount, count = r.cells.get(t.amount) if t.amount else None, r.cells.get(t.count) if t.count else None
    if amount is None or count is None or amount["number"] is None or not count["number"] \
            or (amount["unit"] or "") not in _MONEY or not (measure := count["unit"] or ""):
        return None
    if not any(said.group(1) == measure[:1] for said in _ONE_OF.finditer(clause)):
        # ("一套多少钱" of a row counted in 台: another measure; "单价多少": the column asked, which the row lacks)
        return None
    each = amount["number"] / count["number"]
    shown = f"{each:.4f}".rstrip("0").rstrip(".")
    amount_said = "".join(map(label_key, amount["col_labels"].split(query.FACT_SEP)))
    value = compose.price_of_one(f"{shown}{amount['unit']}/{measure}", f"{amount_said} {_shown(amount)}",
                                 f"{label_key(count['col_labels'])} {_shown(count)}")
    return dict(amount, value=value, number=None, unit="", col_labels="单价", worked_out=True)


_BARE_HOW_MUCH = re.compile(r"(?:表里|表中|表上|里|中|的|是|有|为|\s)*多少(?:呢|啊)?")


def _amount_asked_bare(t: Table, r: Record, clause: str) -> dict | None:
    """"路灯维修材料多少": the row of a budget or procurement table (its title says 预算 / 采购) named (by its name,
    the table's words) and a bare 多少, nothing counted (no 多少批) nor priced: the row's own amount in money,
    the figure such a row is about — never its 数量 instead."""
    rest, unsaid = clause, r.key
    for a, b in sorted(_runs(clause, r.key), reverse=True):
        unsaid = unsaid.replace(clause[a:b], " ", 1)
        rest = rest[:a] + " " + rest[b:]
    for w in sorted(t.words, key=len, reverse=True):
        rest = rest.replace(w, " ") if len(w) >= 2 else rest
        unsaid = unsaid.replace(w, " ") if len(w) >= 2 else unsaid
    if any(len(w) < 2 or not any(w in x for x in t.words) for w in unsaid.split()):
        return None  # (the row named in part, "福利彩票公益金项目" of …项目评估: a word of its name left out, not
        # the table's own word, 采购 of 路灯维修材料采购 in a 政府采购预算表)
    rest = _title_blanked(t, rest)  # ("采购表里…": the table said by its title's words)
    f = r.cells.get(t.amount) if t.amount else None
    if not _BARE_HOW_MUCH.fullmatch(rest.strip()) or f is None or f["number"] is None or (f["unit"] or "") not in _MONEY \
            or not any(re.search(r"预算|采购", w) for w in t.words if len(w) > 4):
        return None  # (a budget's or a procurement plan's row only: an evaluation's row answers as the labels read it)
    return f


# A cell printing a count in its measure (7场, ≥20场, 约300人). (Twins with other bounds kept apart: answerer.
# _QUANTITY_STATED takes no 约 and a unit of 1-3 of any non-figure sign; listing._FIGURE_IN_WORDS 0-4, 不低于 too.)
_COUNTED = re.compile(r"^[≥≤><＞＜约]?\s*\d+(?:\.\d+)?\s*([\u4e00-\u9fff]{1,2})$")


def _count_in_its_unit(t: Table, r: Record, clause: str) -> dict | None:
    """The row's count when asked in the unit it is printed in (多少册 of 52000册, 多少个 of 160个), no header
    said whole; None otherwise."""
    m = _COUNT_ASKED.search(clause)
    f = r.cells.get(t.count) if t.count and m else None
    unit = (f or {}).get("unit") or ""
    if m is None or f is None or f["number"] is None or not unit.startswith(m.group(1)) or m.group(1) in "钱元万" \
            or m.group(1) == "个" != unit or _column_said(t, clause, r, partial=False):
        return None
    return f


def _count_stated_in_text(t: Table, r: Record, clause: str) -> dict | None:
    """A count asked in a unit (多少台) of a row printing no count column: the part of its text cell (采购需求概况
    "采购执法记录仪40台、移动执法终端20台") stating a number in that unit, the one naming what the question says
    when several do; None when its text states none (the table does not print it)."""
    m = _COUNT_ASKED.search(clause)
    if m is None or m.group(1) in "钱元万个" or t.count and r.cells.get(t.count) is not None:
        return None
    said = re.compile(r"\d+(?:\.\d+)?" + re.escape(m.group(1)))
    found = [(f, p) for f in r.cells.values() if f["number"] is None
             for p in re.split(r"[，,、；;。]", f["value"] or "") if said.search(p)]
    if len(found) > 1:
        found = [(f, p) for f, p in found if any(b - a >= 3 for a, b in _runs(clause, compact(p)))] or found
    if not found or len({f["id"] for f, _ in found}) != 1:
        return None
    return dict(found[0][0], value="、".join(p.strip() for _, p in found))


def _counted_in_words(r: Record, unit: str, clause: str) -> list[dict]:
    """"完成了几场", "几块地": the row's cell printing a count in that measure ("7场", "≥20场"), of the column
    the clause says a word of its header (完成 of 1-8月完成值, 目标 of 年度指标值) when the row prints several;
    none when it prints no such count or the clause does not tell which."""
    cells = {c: f for c, f in r.cells.items() if (m := _COUNTED.match((f["value"] or "").strip()))
             and m.group(1).startswith(unit)}
    if len(cells) > 1:
        cells = {c: f for c, f in cells.items() if any(b - a >= 2 for a, b in _runs(clause, c))}
    return list(cells.values()) if len(cells) == 1 else []


def _group_total_said(t: Table, clause: str, cols: set[str]) -> str:
    """"续建项目今年计划多少" of a plan whose 2025年计划投资 header stands over 合计 / 区级财政资金 / …: a part of a
    group's header (计划 of 计划投资) that no column outside it holds names the group, so its 合计 column."""
    groups: dict[str, set[str]] = {}
    for rec in t.records:
        for c, f in rec.cells.items():
            parts = [label_key(x) for x in (f["col_labels"] or "").split(query.FACT_SEP) if x]
            if len(parts) >= 2:
                groups.setdefault(re.sub(r"(?:19|20)\d\d年度?", "", parts[-2]), set()).add(c)
    found = []
    for head, members in groups.items():
        runs = [clause[a:b] for a, b in _runs(clause, head)]
        totals = [c for c in members if _is_total(c)]
        if runs and len(totals) == 1 and not any(w in c for w in runs for c in cols - members):
            found.append(totals[0])
    return found[0] if len(found) == 1 else ""


def _runs(text: str, target: str) -> list[tuple[int, int]]:
    """The runs (two or more characters) of the question the target holds, longest first from each place."""
    out, i = [], 0
    while i < len(text) - 1:
        j = next((j for j in range(len(text), i + 1, -1) if text[i:j] in target), i)
        if j - i >= 2:
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _abbreviated(clause: str, key: str) -> list[tuple[int, int]]:
    """The characters just before (or after) a run of the row's name that stand in order in its name before
    (after) that run: the name shortened as people shorten it (固废信息化平台 for 固体废物监管信息化平台建设)."""
    out = []
    for a, b in _runs(clause, key):
        at = key.find(clause[a:b])
        i, k = a, at
        while i > 0 and (k := key.rfind(clause[i - 1], 0, k)) >= 0:
            i -= 1
        j, k = b, at + (b - a)
        while j < len(clause) and (k := key.find(clause[j], k)) >= 0:
            j, k = j + 1, k + 1
        if a - i >= 2:
            out.append((i, a))
        if j - b >= 2:
            out.append((b, j))
    return out


def _unexplained(idx, t: Table, r: Record, clause: str, asks: dict) -> str:
    """What of a clause neither names the row (its name, a short cell of it), nor a column (its header, a
    word of the table's headers), nor asks (几台, 多少钱, 谁来承接), nor is an everyday word: the Chinese left."""
    blank = list(clause)

    def cut(a: int, b: int) -> None:
        for k in range(a, b):
            blank[k] = " "
    cells = "|".join(f["value"] or "" for c, f in r.cells.items()
                     if f["number"] is None and c not in t.kinds and len(f["value"] or "") <= 10)
    for target in (r.key, _spelled(r), compact(cells), label_key(r.project)):  # (its project's name names it too)
        for a, b in _runs(clause, target):
            cut(a, b)
    for a, b in _abbreviated(clause, r.key):
        cut(a, b)
    for pattern in (_COUNT_ASKED_NOUN, _EACH_PRICE, _AMOUNT_ASKED, _PER_UNIT):
        for m in pattern.finditer(clause):
            cut(m.start(), m.end())
    words = sorted({*(w for w in t.words if len(w) <= 8), *(w for a in asks.values() for w in a["asked"]), *_verbs(getattr(idx, "vocab_path", "")),
                    *(w for w in idx.everyday if len(w) >= 1), "项目"}, key=len, reverse=True)
    text = "".join(blank)
    for w in words:
        if w and w in text:
            text = text.replace(w, " " * len(w))
    for c in {c for rec in t.records for c in rec.cells}:  # a part of a header said (预算 of 预算金额)
        for a, b in _runs(text, c):
            text = text[:a] + " " * (b - a) + text[b:]
    return re.sub(r"[^\u4e00-\u9fff]", "", text)


def _say(t_idx, facts: list[dict]) -> FactAnswer:
    pairs = [(f"{_row_label(t_idx, f, unit=True)} {label_key(f['col_labels'].split(query.FACT_SEP)[-1])}".strip(), _shown(f)) for f in facts]
    return FactAnswer("answered", compose.fact_values(pairs) + _cite(t_idx, facts), facts)


def _inside_a_cell_said(t: Table, text: str, word: str) -> bool:
    """Whether every place the question says a word is inside a word cell of the rows it also says whole
    ("县水利局" of a 建设单位 column holds 水利, the heading 二、水利's word: the rows that unit builds)."""
    cells = {compact(f["value"] or "") for r in t.records for f in r.cells.values() if f["number"] is None}
    cells = {c for c in cells if len(c) > len(word) and word in c and c in text}
    spans = [(m.start(), m.start() + len(c)) for c in cells for m in re.finditer(re.escape(c), text)]
    return bool(spans) and all(any(a <= m.start() and m.end() <= b for a, b in spans)
                               for m in re.finditer(re.escape(word), text))


def _groups_said(t: Table, text: str) -> list[str]:
    """Groups said by their heading (服务类), or by it without 类 (货物) when no row's name or cell holds that."""
    said = [g for g in t.subtotals if len(g) >= 2 and g in text and not _inside_a_cell_said(t, text, g)]
    if said:
        return said
    kinds = [g for g in t.subtotals if g.endswith("类") and len(g) >= 3 and g[:-1] in text]
    if not kinds:
        return []
    cells = "|".join(r.key + "|" + "|".join(f["value"] or "" for f in r.cells.values()) for r in t.records)
    return [g for g in kinds if g[:-1] not in cells]


_CN_MONTH = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)} | {"十一": 11, "十二": 12}
_MONTH_SAID = re.compile(r"(?<![\d\-—~至到])(?:(\d{4})年)?(1[0-2]|[1-9]|十一|十二|[一二三四五六七八九十])月(?!份?(?:多少|几))")
_MONTH_CELL = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(?:份)?|(\d{4})[.\-/](\d{1,2})")


_BESIDE_MONTH = re.compile(r"以前|之前|以后|之后|以外|之外|除了|除去|除开|不是|不在|早于|晚于|前的|后的|之前的")


def _in_month(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"2025年1月要采购哪些", "3月份有几个": the rows whose time column (预计采购时间, 交付月份) says that month."""
    if not (_LIST.search(text) or _COUNT.search(text)):
        return None
    period = next((p for words, months in PERIODS_LONGEST_FIRST if (p := re.search(words, text))), None)
    m = period or _MONTH_SAID.search(text)
    if m is None or _BESIDE_MONTH.search(text[:m.start()] + " " + text[m.end():]):
        return None  # "3月以前", "除了3月", "上半年以外": other months than the one said, not read here
    if period is not None:  # "一季度要采购哪些": the months of the period
        months = set(next(ms for words, ms in PERIODS_LONGEST_FIRST if re.fullmatch(words, period.group(0))))
        year = None
    else:
        year = int(m.group(1)) if m.group(1) else None
        months = {int(m.group(2)) if m.group(2).isdigit() else _CN_MONTH[m.group(2)]}
    found = []  # (table, its month column, the rows of the month, whether the question says the column's words)
    for t in tables:
        cols = {c for r in t.records for c, f in r.cells.items()
                if f["number"] is None and _MONTH_CELL.fullmatch(compact(f["value"] or ""))}
        if len(cols) != 1:
            continue
        col = cols.pop()
        hits = []
        for r in t.records:
            f = r.cells.get(col)
            cell = _MONTH_CELL.fullmatch(compact(f["value"] or "")) if f else None
            if cell is None:
                continue
            y, mo = (cell.group(1), cell.group(2)) if cell.group(2) else (cell.group(3), cell.group(4))
            if int(mo) in months and (year is None or y is None or int(y) == year):
                hits.append(r)
        said = any(text[a:b] not in m.group(0) for a, b in _runs(text, col))
        found.append((t, col, hits, said))
    if any(f[3] for f in found):  # "要交付哪些": the table whose month column is 交付月份
        found = [f for f in found if f[3]]
    if len(found) > 1:
        found = [f for f in found if f[2]]
    if len(found) != 1:
        return None  # several tables hold rows of that month: which is meant is not guessed
    t, col, hits, _ = found[0]
    head = compose.in_period_head(col, m.group(0)) if period is not None else compose.having_value_head(col, m.group(0))
    shown = [r.cells[col] for r in hits] or [r.cells[col] for r in t.records if col in r.cells][:1]
    items = [f"{r.name}（{_shown(r.cells[t.amount])}）" if t.amount in r.cells else r.name for r in hits]
    if not hits:
        return FactAnswer("answered", compose.none_marked(head, len(t.records)) + _cite(idx, shown), [])
    if re.search(r"几个|几项|多少个|多少项", text):
        return FactAnswer("answered", compose.counted_items(items, head) + _cite(idx, shown), shown)
    return FactAnswer("answered", compose.numbered_items(items, head) + _cite(idx, shown), shown,
                      ranked=[f["id"] for f in shown])


# "哪些项目2025年完工", "2026年开工的有几个": a year said with the start or the end of the works.
_YEAR_OF_WORKS = re.compile(r"((?:19|20)\d\d)年?(?:(?:就|能|要|可以|将)?(完工|竣工|建成|完成建设|结束)|(?:要|将|就)?(开工|动工|开建|开始建设|新开工))")
_SPAN_CELL = re.compile(r"((?:19|20)\d\d)(?:年)?\s*[-—~至到]\s*((?:19|20)\d\d)(?:年)?")


def _in_year_of_works(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"哪些项目2025年完工": the rows whose span of years (建设起止年限 "2022-2025") ends (完工) or starts (开工)
    in the year said; None unless one table prints such a column."""
    m = _YEAR_OF_WORKS.search(text)
    if m is None or not (_LIST.search(text) or _COUNT.search(text)):
        return None
    year, ends = int(m.group(1)), bool(m.group(2))
    found = []
    for t in tables:
        cols = {c for r in t.records for c, f in r.cells.items()
                if f["number"] is None and _SPAN_CELL.fullmatch(compact(f["value"] or ""))}
        if len(cols) == 1:
            col = cols.pop()
            hits = [r for r in t.records if col in r.cells and (span := _SPAN_CELL.fullmatch(compact(r.cells[col]["value"] or "")))
                    and int(span.group(2 if ends else 1)) == year]
            found.append((t, col, hits))
    if len(found) != 1:
        return None
    t, col, hits = found[0]
    head = compose.works_in_year_head(col, year, m.group(2) or m.group(3))
    shown = [r.cells[col] for r in hits] or [r.cells[col] for r in t.records if col in r.cells][:1]
    if not hits:
        return FactAnswer("answered", compose.none_marked(head, len(t.records)) + _cite(idx, shown), [])
    items = [f"{r.name}（{col} {_shown(r.cells[col])}）" for r in hits]
    if _COUNT.search(text) and not _LIST.search(text):
        return FactAnswer("answered", compose.counted_items(items, head) + _cite(idx, shown), shown)
    return FactAnswer("answered", compose.numbered_items(items, head) + _cite(idx, shown), shown,
                      ranked=[f["id"] for f in shown])


# "计划2026年完工的项目", "2025年底前竣工的有几个": a year said with the end (or start) of the works, of a column of dates
_YEAR_OF_DATES = re.compile(r"((?:19|20)\d\d)年(?:底|内|年底)?(?:前|以前|之前)?(?:就|能|要|可以|将|计划)?"
                            r"(?:(完工|竣工|建成|完成(?!投资|额|数|率|比例|金额|情况|进度|资金|值|量|任务|了多少))|(开工|动工|开建|开始建设))")
_DATE_CELL = re.compile(r"((?:19|20)\d\d)(?:年|[-./])(?:\d{1,2})(?:月|[-./])?(?:\d{1,2}日?)?(?:前|底|末)?")
_ENDS_HEAD = re.compile(r"完工|竣工|建成|完成时间|完成日期|交付")
_STARTS_HEAD = re.compile(r"开工|动工|开始时间|开始日期")


def _date_columns(idx, doc: int) -> dict[tuple, list[dict]]:
    """The columns of a document whose every cell is a date (2025-12-31, 2026年6月), by (sheet, column); read once."""
    cache = idx.__dict__.setdefault("_date_columns", {})
    if doc not in cache:
        ids = list(idx.docs[doc].facts)
        cols: dict[tuple, list[dict]] = {}
        for f in idx.facts(ids) if len(ids) <= 6000 else ():
            if f["number"] is None and f["row_labels"] and f["col_labels"] and not _is_total(label_key(own_label(f))):
                cols.setdefault((f["sheet"] or "", f["col_labels"]), []).append(f)
        cache[doc] = {k: fs for k, fs in cols.items() if len(fs) >= 3
                      and all(_DATE_CELL.fullmatch(compact(f["value"] or "")) for f in fs)}
    return cache[doc]


def _dated_docs(idx) -> frozenset[int]:
    """The documents holding a column of dates, worked out once per index."""
    held = idx.__dict__.get("_dated_docs")
    if held is None:
        held = idx.__dict__["_dated_docs"] = frozenset(d for d in idx.docs if _date_columns(idx, d))
    return held


def year_of_dates_said(idx, text: str) -> tuple[int, int] | None:
    """Where the question says a year of the works' end or start ("2026年完工") while a table prints a column of
    such dates, or a date before the verb a column of dates is headed by ("2022年3月24日发行了哪些" of 发行日期): that
    year is a condition on its rows, never a year of data asked."""
    m = _YEAR_OF_DATES.search(text)
    if m and _rows_asked(text) and _dated_docs(idx):
        return m.span(1)
    said = _date_of_a_column(idx, list(_dated_docs(idx)), text) if _rows_asked(text) else None
    return (said[0].start("date"), said[0].end("date")) if said else None


# A date said before a verb ("2022年3月24日发行", "2021年发行的"): a condition on a column of dates headed by the verb.
_ON_DATE = Words("records", r"(?P<date>(?P<y>(?:19|20)\d\d)年(?:(?P<m>\d{1,2})月份?(?:(?P<d>\d{1,2})[日号])?)?)"
                            r"(?:{date_adverbs})?(?P<verb>[\u4e00-\u9fff]{2})")
# ... or after the column's words ("发行日为2023年11月2日的", "发行日期是2022年3月24日的")
_DATE_AFTER = Words("records", r"(?P<verb>[\u4e00-\u9fff]{2})(?:{date_heads})?(?:{date_copulas})"
                               r"(?P<date>(?P<y>(?:19|20)\d\d)年(?:(?P<m>\d{1,2})月份?(?:(?P<d>\d{1,2})[日号])?)?)")
_CELL_DATE = re.compile(r"((?:19|20)\d\d)\D{1,2}(\d{1,2})(?:\D{1,2}(\d{1,2}))?")


def _date_of_a_column(idx, docs: list[int], text: str) -> tuple[re.Match, str, list[dict]] | None:
    """(the date said, the column's header, its cells) of the one column of dates of the documents whose header holds
    the verb said after the date; None unless exactly one."""
    for m in [*_ON_DATE.finditer(text), *_DATE_AFTER.finditer(text)]:
        found = [(k, fs) for d in docs if d in idx.docs for k, fs in _date_columns(idx, d).items()
                 if m["verb"] in label_key(k[1].split(query.FACT_SEP)[-1])]
        if len(found) == 1:
            return m, label_key(found[0][0][1].split(query.FACT_SEP)[-1]), found[0][1]
    return None


def on_dates_said(idx, docs: list[int], text: str) -> FactAnswer | None:
    """"2022年3月24日发行了哪些债券", "2021年发行的有几只": the rows whose column of dates headed by the verb said
    (发行日期) holds the date (its year, month and day as said); None unless one such column is in scope."""
    said = _date_of_a_column(idx, docs, text) if _rows_asked(text) else None
    if said is None:
        return None
    m, col, facts = said
    asked = [int(x) for x in (m["y"], m["m"], m["d"]) if x]
    hits = [f for f in facts if (c := _CELL_DATE.search(f["value"] or "")) is not None
            and [int(x) for x in c.groups()[:len(asked)] if x] == asked]
    head = compose.rows_on_date_head(col, m["date"], m["verb"])
    if not hits:
        return FactAnswer("answered", compose.none_marked(head, len(facts)) + _cite(idx, facts[:1]), [])
    items = [f"{_row_label(idx, f, unit=True)}（{col} {f['value']}）" for f in hits]
    if _COUNT.search(text) and not _LIST.search(text):
        return FactAnswer("answered", compose.counted_items(items, head) + _cite(idx, hits), hits)
    return FactAnswer("answered", compose.numbered_items(items, head) + _cite(idx, hits), hits,
                      ranked=[f["id"] for f in hits])


def _rows_asked(text: str) -> bool:
    """Whether the question lists or counts rows ("哪些…", "…有几个", "…的项目")."""
    return bool(_LIST.search(text) or _COUNT.search(text) or re.search(r"的(?:项目|工程|有)?$", text))


def in_year_of_dates(idx, docs: list[int], text: str) -> FactAnswer | None:
    """"计划2026年完工的项目": the rows whose date column of the works' end (计划完工时间) or start (开工日期) falls
    in the year said — a year inside a date column is a condition on the rows, not the year of the table; None
    unless one such column of the documents in scope fits."""
    m = _YEAR_OF_DATES.search(text)
    if m is None or not _rows_asked(text):
        return None
    year, ends = int(m.group(1)), bool(m.group(2))
    head_of = _ENDS_HEAD if ends else _STARTS_HEAD
    found = [(d, k, fs) for d in docs if d in idx.docs for k, fs in _date_columns(idx, d).items()
             if head_of.search(compact(k[1].split(query.FACT_SEP)[-1]))]
    if len(found) != 1:
        return None  # no such column, or several tables' (which is meant is not guessed)
    _d, (_sheet, col_labels), facts = found[0]
    col = label_key(col_labels.split(query.FACT_SEP)[-1])
    said = m.group(0)[len(m.group(1)) + 1:]
    before = bool(re.search(r"前", said))  # (年底前: that year and those before; 2026年前: the years before it)
    within = not before or "底" in said or "内" in said
    hits = [f for f in facts if (y := int(_DATE_CELL.fullmatch(compact(f["value"])).group(1))) == year and within  # type: ignore[union-attr]
            or before and y < year]
    head = compose.works_in_year_head(col, year, re.sub(r"就|能|要|可以|将|计划", "", said))
    if not hits:
        return FactAnswer("answered", compose.none_marked(head, len(facts)) + _cite(idx, facts[:1]), [])
    items = [f"{_row_label(idx, f, unit=True)}（{col} {f['value']}）" for f in hits]
    if _COUNT.search(text) and not _LIST.search(text):
        return FactAnswer("answered", compose.counted_items(items, head) + _cite(idx, hits), hits)
    return FactAnswer("answered", compose.numbered_items(items, head) + _cite(idx, hits), hits,
                      ranked=[f["id"] for f in hits])


def _shown_facts(context: dict | None, idx) -> list[dict]:
    ids = list((context or {}).get("last") or ()) or list((context or {}).get("listed") or ())[:12]
    return idx.facts(ids[:12]) if ids else []


# A group's heading said with its kind after it ("村道硬化领域", marked 〈 where the heading was): the kind read too.
_GROUP_KIND_AFTER = Words("records", r"(?<=\u3008)(?:{group_kinds:longest})")


def _by_group(idx, tables: list[Table], text: str, context: dict | None) -> FactAnswer | None:
    """A group named by its heading (服务类): its 小计, its share of the 合计, its rows; a figure just shown
    over a group's 小计 (占货物类的比例), or a group's 小计 against another's (比服务类少多少)."""
    said = [(t, g) for t in tables for g in _groups_said(t, text)]
    said = [(t, g) for t, g in said if not any(g in g2 and g != g2 for _, g2 in said)]  # 医疗设备类, not 设备类
    shown = _shown_facts(context, idx)
    if not said and "小计" in text and shown:
        # "交通运输类有几个项目" → "小计总投资多少": the group whose rows were just shown
        said = list({(id(t), g): (t, g) for t in tables for g in {r.group for r in t.records
                                                                 if any(f["id"] in {x["id"] for x in shown} for f in r.cells.values())}
                     if g and g in t.subtotals}.values())
        said = said if len(said) == 1 else []
    if _SHARE.search(text):
        return _group_share(idx, tables, text, said, shown) if len(said) <= 1 else None
    if len(said) != 1:
        return None
    t, g = said[0]
    sub = t.subtotals[g]
    if (m := _LESS_MORE.search(text)) and g in m.group("other") and shown:
        return _against_group(idx, t, g, shown)
    if _named([t], text.replace(g, " ")) is not None:
        return None  # "服务类里校车运营服务多少钱": a row of the group is asked, not the group
    rows = [r for r in t.records if r.group == g]
    facts = [r.cells[t.amount] for r in rows if t.amount in r.cells]
    if (most := _MOST.search(text)) and (col := _column_said(t, text.replace(g, " ")) or t.amount) != t.amount:
        # "教育卫生类哪个项目今年计划投资最多": over the column said, not the rows' own amounts
        facts = [r.cells[col] for r in rows if col in r.cells and r.cells[col]["number"] is not None]
    if most and facts:
        # "服务类里最贵的是哪个": over the group's rows' own amounts
        pick = max if most.group("max") else min
        best = pick(f["number"] for f in facts if f["number"] is not None)
        top = [f for f in facts if f["number"] == best]
        return FactAnswer("answered", compose.fact_extreme("max" if most.group("max") else "min", [_row_label(idx, f) for f in top],
                                                           _shown(top[0]), len(facts)) + _cite(idx, top), top)
    items = [f"{r.name}（{_shown(r.cells[t.amount])}）" if t.amount in r.cells else r.name for r in rows]
    if _IN_WAN.search(text) and any(f["unit"] == "元" for f in facts):
        return None  # (in 万 of a table in 元: the labels convert it)
    if _COUNT.search(text) and not re.search(r"多少钱|多少元|金额|预算|一共多少|合计多少", text):
        return FactAnswer("answered", compose.counted_items(items, g) + _cite(idx, facts), facts)
    if _LIST.search(text):
        return FactAnswer("answered", compose.numbered_items(items, g) + _cite(idx, facts), facts,
                          ranked=[f["id"] for f in facts])
    if re.search(r"小计|一共|合计|总共|多少|总额|共计", text):
        # the column said ("社会事业领域专项债小计": 专项债券（累计）), else the rows' own amount
        col = _column_said(t, text.replace(g, " ")) or t.amount
        named = _GROUP_KIND_AFTER.sub(" ", text.replace(g, "\u3008")).replace("\u3008", " ")  # (村道硬化领域: the group)
        if _unexplained_rest(idx, t, _without_departments(idx, named.replace("小计", " ").replace(col, " "))):
            return None  # ("区卫生健康局会议费多少": a word the group's 小计 does not read — never the 小计 for it)
        f = sub.cells.get(col)
        if f is None or f["number"] is None or other_year_said(text, idx.docs[t.doc].year, f["col_labels"] or ""):
            return None  # (a year the column is not of: "交通类去年计划多少" of a 2026 plan, no 2026 figure for it)
        header = "".join(x for x in (f["col_labels"] or "").split(query.FACT_SEP) if x) or col  # (2025年计划投资合计)
        return FactAnswer("answered", compose.fact_value(f"{g}小计 {header}", _shown(f)) + _cite(idx, [f]), [f])
    return None


# "哪一类项目计划投资最多", "哪类最少", "投资最多的是哪一类": the groups compared, never a row of them.
_WHICH_GROUP = re.compile(r"哪(?:一)?(?:类|个类别|个类|种类|个领域|个行业|个板块)")


def _groups_ranked(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"白沙哪一类项目今年计划投资最多": the groups of the one record table with groups (一、交通运输 … its 小计
    line, or the heading printing it), ranked by their 小计 in the column said (else the rows' own amount);
    None unless a group is asked for with 最 and one table has two groups or more."""
    most = _MOST.search(text)
    if most is None or not _WHICH_GROUP.search(text):
        return None
    grouped = [t for t in tables if len(t.subtotals) >= 2]
    if len(grouped) > 1:
        # (the table printing the column said, 压减金额; else the one whose groups are classes, not its units' blocks)
        grouped = [t for t in grouped if _column_said(t, _WHICH_GROUP.sub(" ", text))] or grouped
        grouped = [t for t in grouped if not _units_of(t)] if len(grouped) > 1 else grouped
    if len(grouped) != 1:
        return None
    t = grouped[0]
    col = _column_said(t, _WHICH_GROUP.sub(" ", text))
    if not col and re.search(r"(?:项目|个数|数量)(?:数)?最", text):
        # "哪一类项目最多": the groups by how many rows they hold, not by money
        counts = {g: sum(r.group == g for r in t.records) for g in t.subtotals}
        pick = max if most.group("max") else min
        best = pick(counts.values())
        most_rows = [g for g, n in counts.items() if n == best]
        facts = [next(iter(t.subtotals[g].cells.values())) for g in most_rows]
        return FactAnswer("answered", compose.groups_by_count("max" if pick is max else "min", most_rows, best, len(counts))
                          + _cite(idx, facts), facts)
    if not col and not re.search(r"钱|投资|预算|金额|资金|经费", text):
        return None  # what the groups are compared in is not said
    col = col or t.amount
    subs = [(g, sub.cells.get(col)) for g, sub in t.subtotals.items()]
    if not col or any(f is None or f["number"] is None for _, f in subs):
        return None
    facts = [f for _, f in subs if f is not None]
    pick = max if most.group("max") else min
    best = pick(f["number"] for f in facts)
    top = [f for f in facts if f["number"] == best]
    names = [f"{g}小计" for g, f in subs if f is not None and f["number"] == best]
    return FactAnswer("answered", compose.fact_extreme("max" if most.group("max") else "min", names, _shown(top[0]),
                                                       len(facts)) + _cite(idx, top), top,
                      ranked=[f["id"] for f in sorted(facts, key=lambda f: f["number"], reverse=pick is max)])


def _col_of(f: dict) -> str:
    return label_key(f["col_labels"].split(query.FACT_SEP)[-1])


def _group_share(idx, tables: list[Table], text: str, said: list[tuple[Table, str]], shown: list[dict]) -> FactAnswer | None:
    """A share said with 占: of the figure just shown over a group's 小计 (占货物类的比例); of a row named over its
    group's 小计 or the 合计; of a group's 小计 over the 合计 (货物类占采购总额多少, or 占总预算多少 after it)."""
    at = text.index("占")
    if len(said) == 1 and shown and text.index(said[0][1]) > at:
        t, g = said[0]
        part = next((f for f in shown if f["document_id"] == t.doc and f["col_labels"] in
                     {c["col_labels"] for c in t.subtotals[g].cells.values()} and f["number"] is not None), None)
        return _share(idx, part, t.subtotals[g].cells.get(_col_of(part)), g) if part else None
    named = _named(tables, text[:at]) if at >= 2 else None
    if named is None and not said and shown and not re.sub(r"[那么它其中这个的]", "", text[:at]) and _OF_ALL.search(text[at:]):
        # "校园保安服务" → "占总采购预算多少": the row's own amount just shown, over the table's 合计
        held = next(((t, f) for t in tables for f in shown if t.total and f["document_id"] == t.doc and _col_of(f) == t.amount
                     and any(f["id"] == r.cells.get(t.amount, {}).get("id") for r in t.records)), None)
        if held is not None and held[0].total is not None:
            t, f = held
            return _share(idx, f, held[0].total.cells.get(t.amount), "", "合计")
    if named is not None and (len(said) == 1 and text.index(said[0][1]) > at and said[0][0] is named[0]
                              or not said and _OF_ALL.search(text[at:])):
        t, r = named
        col = _column_said(t, text[:at], r, partial=False) or t.amount
        if said:
            return _share(idx, r.cells.get(col), t.subtotals[said[0][1]].cells.get(col), said[0][1])
        return _share(idx, r.cells.get(col), t.total.cells.get(col) if t.total else None, "", "合计")
    bare = len(said) == 1 and re.fullmatch(r"占(?:比|比例|比重)?(?:是|为)?(?:多少|几|百分之几|多大)?", text[at:])
    if not (_OF_ALL.search(text[at:]) or bare):  # ("工程类占比多少": of the 合计, no other whole named)
        return None
    if len(said) == 1:
        t, g = said[0]
        whole = t.total.cells.get(t.amount) if t.total else None
        return _share(idx, t.subtotals[g].cells.get(t.amount), whole, g, "合计")
    for t in tables:  # "占总预算多少" of a 小计 just shown
        for g, sub in t.subtotals.items():
            if t.total and shown and any(shown[0]["id"] == c["id"] for c in sub.cells.values()):
                return _share(idx, sub.cells.get(_col_of(shown[0])), t.total.cells.get(_col_of(shown[0])), g, "合计")
    return None


def _against_group(idx, t: Table, g: str, shown: list[dict]) -> FactAnswer | None:
    """"比服务类少多少" after a figure: that figure less the group's 小计 in the same column."""
    part = next((f for f in shown if f["number"] is not None and f["document_id"] == t.doc), None)
    other = t.subtotals[g].cells.get(_col_of(part)) if part else None
    if part is None or other is None or other["number"] is None:
        return None
    a, b = part["number"], other["number"]
    d = a - b
    text_out = compose.fact_difference(_group_name(part, t), None, g + "小计", None, fmt_number(a), fmt_number(b), d,
                                       fmt_number(abs(d)), fmt_number(d), part["unit"] or "")
    return FactAnswer("answered", text_out + _cite(idx, [part, other]), [part, other])


def _group_name(f: dict, t: Table) -> str:
    for g, sub in t.subtotals.items():
        if any(c["id"] == f["id"] for c in sub.cells.values()):
            return g + "小计"
    return own_label(f)


def _share(idx, part: dict | None, whole: dict | None, group: str, whole_name: str = "",
           part_name: str = "") -> FactAnswer | None:
    if not part or not whole or not whole["number"] or part["number"] is None:
        return None
    result = fmt_percent(part["number"] / whole["number"] * 100)
    part_name = part_name or (own_label(part) if own_label(part) != "小计" else group)
    text = compose.fact_share(part_name, whole_name or f"{group}小计", fmt_number(part["number"]),
                              fmt_number(whole["number"]), result)
    return FactAnswer("answered", text + _cite(idx, [part, whole]), [part, whole])


def _scope(idx, text: str, docs: list[int] | None, holders: frozenset[int] | None = None) -> list[int]:
    """The documents asked of: those given, narrowed to the departments the question names."""
    whole = text
    holders = _record_docs(idx) if holders is None else holders
    docs = [d for d in docs if d in holders] if docs else sorted(holders)
    depts: set[str] = set()
    for form in sorted(idx.dept_forms_said(text), key=lambda f: (-len(f), f)):
        # longest first: 青岚人社局 is one department, not every 青岚 one
        if form in text:
            # (a place said before which of its departments is asked, one bureau of it loaded: the place's table)
            depts.update(_bureaus_of_the_place(_departments_of_form(form, idx), text[text.index(form) + len(form):], idx))
            text = text.replace(form, " ")
    named = [d for d in docs if idx.docs[d].department in depts] if depts else docs
    # (the department's own tables, given, holding none: the tables of its place listing its block, 政府采购预算表)
    if depts and not named and (held := [d for d in docs or sorted(holders) if _its_unit_said(idx, d, whole)]):
        return held  # "交通局用债占比": the bureau's rows of the 财政局's bond table, its own tables holding none
    if depts and not named and any(idx.dept_docs.get(x) for x in depts):
        return []  # (a department named whose tables are of another kind: never another department's table)
    return named or docs


_ORDINAL_AT = re.compile(r"第[一二两三四五六七八九十\d]+[个项名条位]")


def tables_of_unit_said(idx, question: str) -> set[int]:
    """The documents whose record table the question asks by one of its units and the table itself ("交通局的专项债
    项目有哪些": the bond table's 县交通运输局 rows, not the loaded 交通运输局's own projects)."""
    whole = compact(normalize(question))
    return {d for d in _record_docs(idx) if _its_unit_said(idx, d, whole)}


def _its_unit_said(idx, doc: int, text: str) -> bool:
    """Whether a record table of the document groups its rows by a column of organisations (项目主管部门) one of which
    the question names, and the question says the table itself too: a column by its header or staff's words for it
    (用债), or three characters of its title (专项债): a loaded department's name then asks of that table's rows."""
    whole = [d for d in idx.dept_docs if compact(d) in text]
    if whole and not all(label_key(d) in t.subtotals for d in whole for t in _tables_of(idx, doc)):
        # (a department said by its whole name is that department: 固始县交通运输局, never a bureau's rows — unless
        # the table prints that very department's block, closed by its 小计: a county's table of departments)
        return False
    for t in _tables_of(idx, doc):
        if not (units := _units_of(t)):
            return False
        # (two units said, "教育局采购和城管局采购哪个多": the table's rows of each, the first one's place looked at)
        said = _unit_said(idx, t, units, text) or (two[0] if len(two := _units_said(idx, t, units, text)) == 2 else None)
        if said is None:
            return False
        if _ORDINAL_AT.match(text, said[1][0]):
            return False  # ("第二个是哪个单位实施的": a place in the list shown, not the unit 第二文化站)
        rest = text[:said[1][0]] + " " + text[said[1][1]:]
        title = max(t.words, key=len, default="")
        if not t.unit_column:
            # (units by the rows' own first label, 主管部门 of a 评价结果表: a word of its title names the table)
            return title_word_said(title, rest)
        if _column_said(t, _said_as_headers(idx, [t], rest), partial=False) \
                or any(b - a >= 3 for a, b in _runs(rest, title)):
            return True
    return False


def _record_docs(idx) -> frozenset[int]:
    """The documents holding a record table, worked out once per index (a question then never walks every
    document of a large knowledge base)."""
    held = idx.__dict__.get("_record_docs")
    if held is None:
        own = {d for d in idx.docs if _tables_of(idx, d)}
        # (the parts of one table split by its departments hold it together, whatever each part alone holds)
        files: dict[str, list[int]] = {}
        for d, doc in idx.docs.items():
            if doc.layout == "general-table" and doc.file_name:
                files.setdefault(doc.file_name, []).append(d)
        parts = [d for ds in files.values() if len(ds) >= 2 and (own & set(ds) or _tables_over(idx, ds)) for d in ds]
        held = idx.__dict__["_record_docs"] = frozenset(own | set(parts))
    return held


def _listed_of_unit_said(idx, whole: str, context: dict | None) -> list[Table]:
    """The record table whose rows were just listed, when the question names one of its units ("文旅局那个" after
    each unit's 台式计算机): a loaded department's name then picks its rows of that table, not its own tables."""
    listed = _listed_rows(idx, _tables_over(idx, sorted(_record_docs(idx))), context)
    if listed is None or not (units := _units_of(listed[0])) or _unit_said(idx, listed[0], units, whole) is None:
        return []
    return [listed[0]]


def _publisher_asked(idx, tables: list[Table], whole: str) -> FactAnswer | None:
    """"象山县财政局新增资产多少": the office that publishes a table of other departments' blocks (each closed by its
    小计) named as if it had rows of its own: it has none there — said so, never the rows' cells nor another
    department's block; None when a unit or department of the table is said too, or the table is no such table."""
    forms = [f for f in idx.dept_forms_said(whole) if f in whole]
    # (the longest forms said: 云岭县 of 云岭县财政局 names the place, every department of it)
    said = {d for form in forms if not any(form != o and form in o for o in forms) for d in idx.dept_forms.get(form, ())}
    # (a table of departments' blocks: two or more, each named by an organisation — never 货物类's 小计)
    mine = [t for t in tables if idx.docs[t.doc].department in said and len(blocks := [*t.subtotals, *t.heads_of_units]) >= 2
            and all(_ORGANISATION.search(b) or b.endswith("委员会") for b in blocks)]
    if len(mine) != 1 or len(said) != 1:
        return None
    t = mine[0]
    publisher = idx.docs[t.doc].department
    blocks = [*t.subtotals, *t.heads_of_units]
    if label_key(publisher) in {label_key(b) for b in blocks} or (units := _units_of(t)) and _unit_said(idx, t, units, whole):
        return None
    if not _own_row_asked(t, forms, whole):
        return None  # (the whole table asked by its publisher's name: its 合计, its rows ranked, listed or filtered)
    names = [(t.subtotals.get(b) or t.heads_of_units[b]).name for b in blocks]
    cited = [f for b in blocks for f in list((t.subtotals.get(b) or t.heads_of_units[b]).cells.values())[:1]]
    return FactAnswer("unknown", compose.publisher_has_no_rows(publisher, idx.docs[t.doc].form, names)
                      + _cite(idx, cited[:1]), [], settled=True)


def _own_row_asked(t: Table, forms: list[str], whole: str) -> bool:
    """Whether the question asks only what the department said would have as its own row of the table (its amount,
    its 小计): nothing of the whole (合计, 最, 各, 哪个, a place 第二) nor a word beyond the table's and the asking."""
    rest = _SUBTOTAL_SAID.sub(" ", whole)
    for form in sorted(forms, key=len, reverse=True):
        rest = rest.replace(form, " ")
    if _OF_ALL_ROWS.search(rest) or _WHICH.search(rest) or _PLACE.search(rest):
        return False
    for w in t.words:
        for a, b in reversed(_runs(rest, w)):
            rest = rest[:a] + " " + rest[b:]
    # ("财政局新增资产里的超声诊断仪多少钱": a row or a filter said, asked of the table)
    return len(re.sub(r"[^\u4e00-\u9fff]", "", _ASKING_WORDS.sub("", rest))) < 2


def answer(idx, question: str, docs: list[int] | None, context: dict | None) -> FactAnswer | None:
    """A group of a table of records asked (its 小计, its share, its rows), or None."""
    whole = compact(normalize(question))
    if _YEAR_OF_DATES.search(whole) and (dated := in_year_of_dates(idx, _scope(idx, whole, docs, _dated_docs(idx)), whole)):
        return dated
    if (_ON_DATE.search(whole) or _DATE_AFTER.search(whole)) and (dated := on_dates_said(idx, _scope(idx, whole, docs, _dated_docs(idx)), whole)):
        return dated
    tables = _tables_over(idx, _scope(idx, whole, docs)) or _listed_of_unit_said(idx, whole, context)
    if not tables:
        return _part_of_the_rows_added(idx, whole, context)
    if (own := _publisher_asked(idx, tables, whole)) is not None:
        return own
    text = _said_as_headers(idx, tables, _without_departments(idx, whole))
    return _items_of_the_subtotal_shown(idx, tables, text, context) \
        or _issue_asked(idx, tables, text) or _changed_asked(idx, tables, text) or _total_change(idx, tables, text) \
        or _sibling_asked(idx, tables, text, context) or _why_blank(idx, tables, text, context) \
        or _item_rows_added(idx, tables, text) or _item_rows_each(idx, tables, text) \
        or _item_of_several(idx, tables, text) \
        or _over_rows(idx, tables, text, whole, context) \
        or _projects_asked(idx, tables, text, context) \
        or _counted_otherwise(idx, tables, text) or _in_month(idx, tables, text) or _in_year_of_works(idx, tables, text) or _legend(idx, tables, text) or _having(idx, tables, text) \
        or _of_number(idx, tables, text) or _without(idx, tables, text) or _with_figure(idx, tables, text) \
        or _average(idx, tables, text) or _column_share(idx, tables, text, context) \
        or _groups_ranked(idx, tables, text) or _by_group(idx, tables, text, context) or _of_the_total(idx, tables, text)


def _items_of_the_subtotal_shown(idx, tables: list[Table], text: str, context: dict | None) -> FactAnswer | None:
    """"交通局采购小计" → "都有哪些项目": the rows listed are the unit's whose 小计 was just shown (the unit heading its
    rows, its 小计 closing them), asked again of that unit by its name; None unless the one figure shown is such a
    小计 and the rows are listed with no unit or row said."""
    last = (context or {}).get("last") or []
    if len(last) != 1 or not _LIST.search(text):
        return None
    for t in tables:
        units = _units_of(t)
        group = next((g for g, sub in t.subtotals.items() if any(f["id"] == last[0] for f in sub.cells.values())), None)
        unit = next((u for u in units if group and label_key(u) == group), None)
        if unit is None or _unit_said(idx, t, units, text) is not None or _named([t], text) is not None:
            continue
        said = compact(unit) + text
        return _unit_asked(idx, [t], said, said, [t], context)
    return None


# What asks the rows of an item added up, counted, listed, ranked or shared, rather than one row's figure
_OF_ALL_ROWS = re.compile(r"合计|一共|总共|共计|总计|小计|加起来|总额|总金额|几|哪些|哪几|分别|各|都|所有|全部|最|占|比例|平均|类")


def _item_cells(t: Table) -> dict[tuple[str, str], list[Record]]:
    """(column, item) -> its rows, of the table's columns of items, nearly each row its own (采购品目, the rows'
    names under their units; never 采购方式 nor 计量单位, whose few values sort the rows): an item printed on two
    rows or more."""
    by_col: dict[str, list[tuple[str, Record]]] = {}
    for r in t.records:
        by_col.setdefault("", []).append((r.key, r))  # (the rows' own names: DR设备采购 of three hospitals)
        for c, f in r.cells.items():
            v = compact(f["value"] or "") if f["number"] is None else ""
            if 2 <= len(v) <= 10 and not _UNIT_HEAD.search(c):
                by_col.setdefault(c, []).append((v, r))
    out: dict[tuple[str, str], list[Record]] = {}
    for c, pairs in by_col.items():
        if len(pairs) >= 6 and 2 * len({v for v, _ in pairs}) >= len(pairs):
            for v, r in pairs:
                out.setdefault((c, v), []).append(r)
    return {k: rs for k, rs in out.items() if len(rs) >= 2}


def _item_rows_added(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"台式计算机一共买多少台", "台式计算机加起来多少钱": an item printed on several rows (two units' 台式计算机), its
    whole asked: those rows' counts (in the unit asked) or amounts added up, each row shown with its unit; None
    unless one item of one table is said and nothing else but the table's words and a unit of count."""
    if not _TOTAL_ASKED.search(text):
        return None
    found = {(id(t), tuple(id(r) for r in rows)): (t, v, rows) for t in tables for (_c, v), rows in _item_cells(t).items()
             if v in text}
    if len(found) != 1:
        return None
    t, v, rows = next(iter(found.values()))
    rest = _TOTAL_ASKED.sub(" ", text.replace(v, " "))
    if (units := _units_of(t)) and _units_said(idx, t, units, rest):
        return None  # (a unit's own row of the item: that row)
    m = _COUNT_ASKED.search(rest)
    if m and m.group(1) not in "钱元万":
        col = t.count
        if not col or not all((r.cells.get(col, {}).get("unit") or "").startswith(m.group(1)) for r in rows):
            return None  # (counted in another unit than the one asked: not added as if it were)
        rest = rest.replace(m.group(0), " ")
    else:
        col = _amount_said(idx, t, rest)
    for w in sorted(t.words, key=len, reverse=True):
        rest = rest.replace(w, " ") if len(w) >= 2 else rest
    if len(re.sub(r"[^\u4e00-\u9fff]", "", _ASKING_WORDS.sub("", rest))) >= 2:
        return None
    cells = [r.cells[col] for r in rows if col in r.cells and r.cells[col]["number"] is not None]
    if len(cells) != len(rows) or len({f["unit"] for f in cells}) != 1:
        return None
    parts = [(f"{r.project} {r.name}" if r.project else r.name, fmt_number(f["number"])) for r, f in zip(rows, cells, strict=True)]
    total, unit = _added(cells), cells[0]["unit"] or ""
    return FactAnswer("answered", compose.project_items_added(v, parts, fmt_number(total), unit) + _cite(idx, cells), cells,
                      ranked=[f["id"] for f in cells], total=(total, unit))


def _item_rows_each(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"台式计算机单价", "台式计算机买几台": an item printed on several rows (two units' 台式计算机) asked one figure of
    a row (a column said, a count in its unit, the price of one) and nothing else: each row's cell shown with the
    row's unit, never one of them nor their sum (the rows listed, so "文旅局那个" picks one)."""
    if _TOTAL_ASKED.search(text) or _MOST.search(text) or _LIST.search(text):
        return None
    found = [(t, v, rows) for t in tables for (_c, v), rows in _item_cells(t).items() if v in text]
    if len(found) != 1 or not 2 <= len(found[0][2]) <= 8:
        return None
    t, v, rows = found[0]
    rest = text.replace(v, " ")
    if (units := _units_of(t)) and _units_said(idx, t, units, rest) or any(_cover(rest, r.key, t.words) >= 2 for r in t.records):
        return None  # (a unit's own row of the item, or a row said by its own name beyond the item)
    asked = [_figure_of(t, r, rest) for r in rows]
    cells = [got[0][0] for got in asked if got is not None and len(got[0]) == 1]
    if len(cells) != len(rows) or any(f["number"] is None for f in cells) \
            or any(f is r.cells.get(t.amount) for r, f in zip(rows, cells, strict=True)):
        return None  # (the rows' own amount asked: which row is asked back, _item_of_several)
    left = rest
    for w in sorted({*t.words, *(label_key(c) for c in rows[0].cells)}, key=len, reverse=True):
        left = left.replace(w, " ") if len(w) >= 2 else left
    if len(re.sub(r"[^\u4e00-\u9fff]", "", _ASKING_WORDS.sub("", _COUNT_ASKED.sub("", left)))) >= 2:
        return None  # (a word none of the table's words is: not read as the column)
    column = label_key(cells[0]["col_labels"].split(query.FACT_SEP)[-1])
    pairs = [(f"{r.project}{r.name} {column}" if r.project and not r.name.startswith(r.project) else f"{r.name} {column}",
              _shown(f)) for r, f in zip(rows, cells, strict=True)]
    return FactAnswer("answered", compose.item_rows_each(v, pairs) + _cite(idx, cells), cells,
                      ranked=[f["id"] for f in cells])


# The words of asking itself and of a row's amount, left when an item and the table's words are taken out.
_ASKING_WORDS = re.compile(r"请问|一下|采购|购买|购置|预算|金额|经费|资金|费用|价格|价钱|是什么|是多少|多少钱|多少|什么|是啥|几|啥|呢|吗|啊|的|是|有|为|了|要|花|买|钱")


def _item_of_several(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"检测设备采购预算", "广告宣传服务采购预算多少": an item (采购品目) two rows or more print, said whole, with no
    more of any one of their names than the item and the table's own words, one figure asked with no word of
    their sum: which row is asked back, never one of them (治超检测设备采购 by the run 检测设备采购) nor their sum."""
    if _OF_ALL_ROWS.search(text):
        return None
    found = [(t, v, rows) for t in tables for (c, v), rows in _item_cells(t).items() if v in text]
    if len(found) != 1 or len(found[0][2]) > 8:
        return None
    t, v, rows = found[0]
    if len({f["document_id"] for r in rows for f in list(r.cells.values())[:1]}) > 1:
        return None  # (rows of different departments' parts of one table: which department is asked back)
    rest = text.replace(v, " ")
    for w in sorted(t.words, key=len, reverse=True):
        rest = rest.replace(w, " ") if len(w) >= 2 else rest
    if any(_cover(rest, r.key, t.words) >= 2 for r in t.records):
        return None  # ("治超检测设备采购预算": the row said by its own name beyond the item)
    if len(re.sub(r"[^\u4e00-\u9fff]", "", _ASKING_WORDS.sub("", rest))) >= 2:
        return None  # ("办公电脑是什么品牌": a word none of the table's words is, asked of the item, is no row's)
    if (units := _units_of(t)) and _units_said(idx, t, units, rest) or any(r.project and r.project in rest for r in rows):
        return None  # ("第二中学多媒体教室设备采购备注": the row of the unit said)
    names = [f"{r.project}{r.name}" if r.project and not r.name.startswith(r.project) else r.name for r in rows]
    own = [r.name for r in rows]  # (each row asked again by its own name; by its unit's too when they share it)
    amounts = [r.cells.get(t.amount) for r in rows] if t.amount else []
    if amounts and all(f is not None and f["number"] is not None for f in amounts):
        # (each row's own amount shown beside it: the figures asked are read at a glance, the row chosen after)
        shown = [f"{n}：{''.join(map(label_key, f['col_labels'].split(query.FACT_SEP)))} {_shown(f)}"
                 for n, f in zip(names, amounts, strict=True) if f is not None]
        return FactAnswer("clarify", compose.which_fact(shown), [], options=names,
                          asks_row=own if len(set(own)) == len(own) else names)
    return FactAnswer("clarify", compose.which_fact(names), [], options=names,
                      asks_row=own if len(set(own)) == len(own) else names)


# How a mark is given: "良是怎么划分的", "优的标准", "怎么才算中".
_DEFINED_ASKED = re.compile(r"(?:怎么|如何|怎样|按什么|依据什么|根据什么)(?:才)?(?:划分|评定|评的|定的|认定|算|评|划的|分的)"
                            r"|划分标准|评定标准|(?:什么|啥)标准|标准是|什么意思|啥意思|指什么")


def _legend(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"自评等级良是怎么划分的": the clause of the table's note (说明, 注) that says how a value of a column of
    kinds is given ("80（含）-90分为“良”"); None unless one value of one column is said and one clause says it."""
    if not _DEFINED_ASKED.search(text):
        return None
    found = []
    for t in tables:
        for c in t.kinds:
            values = {compact(r.cells[c]["value"] or "") for r in t.records if c in r.cells}
            for v in values:
                short = len(v) <= 2 and re.search(r"(?:等级|评|为|是|[“\"])" + re.escape(v) + r"|" + re.escape(v)
                                                  + r"(?:等|级|[”\"])", text)
                if short or len(v) >= 3 and v in text:
                    found.append((t, c, v))
    if len(found) != 1:
        return None
    t, c, v = found[0]
    notes = [f for f in idx.facts(list(idx.docs[t.doc].facts)[:6000]) if f["number"] is None
             and re.match(r"注|说明|备注", (f["row_labels"] or "").split(query.FACT_SEP)[0])]
    said = {(f["id"], clause.strip()): f for f in notes
            for clause in re.split(r"[，,；;。]", re.sub(r"^(?:注|说明)\d?[:：]", "", f["value"] or ""))
            if re.search(r"[“\"]" + re.escape(v) + r"[”\"]|为" + re.escape(v) + r"(?:$|[^\u4e00-\u9fff])", clause.strip())}
    if len(said) != 1:
        return None
    (_, clause), f = next(iter(said.items()))
    return FactAnswer("answered", compose.value_defined(c, v, clause) + _cite(idx, [f]), [f])


_ROW_COLUMN_SHARE = re.compile(r"^(?P<col>[\u4e00-\u9fff（）]{4,30}?)(?:的)?(?P<row>比例|幅度|百分比|占比)(?:是|为)?"
                               r"(?:多少|几|百分之几|百分比)?(?:呢)?$")
_COLUMN_SHARE = re.compile(r"^(?:那|那么)?(?:其中)?(?P<col>[\u4e00-\u9fff]{2,10}?)(?:的)?(?:占比|占多少|占的比例|占比例|比例|占比多少)"
                           r"(?:是|为)?(?:多少|几|百分之几)?(?:呢)?$")


def _column_share(idx, tables: list[Table], text: str, context: dict | None) -> FactAnswer | None:
    """A row just shown (免费婚前医学检查…), then "上级资金占比": that column of the row (上级转移支付, said by a
    part no other header has, 资金 said of every kind) over the row's own amount; a row named with it
    ("信息化建设调减比例", "设备购置调减幅度"): its column over its own amount (调整前预算). None unless one row
    and one column are said."""
    text = re.sub(r"\s+", "", text)
    m = _COLUMN_SHARE.match(text)
    named = _of_context(tables, context) if m and not _named(tables, m.group("col")) else None
    if named is None:
        m = _ROW_COLUMN_SHARE.match(text)
        named = _named(tables, m.group("col")) if m else None
        if m is None or named is None:
            return None
        t, r = named
        blank = list(m.group("col"))
        for a, b in [*_runs(m.group("col"), r.key), *_abbreviated(m.group("col"), r.key)]:
            blank[a:b] = " " * (b - a)
        said = "".join(blank).strip()
    elif m is not None:
        t, r = named
        said = m.group("col")
    else:
        return None
    said = re.sub(r"资金|经费|的|部分", "", said)
    col = _column_said(t, said, r) if len(said) >= 2 else ""
    part = r.cells.get(col) if col else None
    if part is None or col == t.amount or re.search(r"比例|比重|占比|率", col) or (part["unit"] or "") not in _MONEY:
        return None  # (a column printing a rate, 预留比例, is said by its own name: the labels answer it)
    return _share(idx, r.cells.get(col), r.cells.get(t.amount), "", t.amount, f"{r.name}{col}")


_AVERAGE = re.compile(r"平均(?!每|到每)(?:分|得分|值|数|水平)?|均值")


def _average(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"项目自评平均分", "平均执行率": a column's mean over the table's rows (its 合计 and 小计 left out) — the
    column said, or for 平均分 the one column in 分; None when the table prints an average itself, or when
    the column or table meant is not clear, or a word is not understood."""
    m = _AVERAGE.search(text)
    if m is None:
        return None
    rest = text[:m.start()] + " " + text[m.end():]
    found = []
    for t in tables:
        cols = {c for r in t.records for c in r.cells}
        if any("平均" in c for c in cols) or any("平均" in r.key for r in t.records):
            return None  # the table prints its own average: the labels answer it
        col = _column_said(t, rest)
        if not col and m.group(0).endswith("分"):
            scored = [c for c in cols if any((r.cells[c]["unit"] if c in r.cells else "") == "分" for r in t.records)]
            col = scored[0] if len(scored) == 1 else ""
        if col:
            found.append((t, col))
    if len(found) != 1:
        return None
    t, col = found[0]
    if _named(tables, rest) is not None or _unexplained_rest(idx, t, rest.replace(col, " ")):
        return None
    facts = [r.cells[col] for r in t.records if col in r.cells and r.cells[col]["number"] is not None]
    if len(facts) < 2 or len({f["unit"] or "" for f in facts}) != 1:
        return None
    total = sum(f["number"] for f in facts)
    unit = facts[0]["unit"] or ""
    mean = total / len(facts)
    shown = fmt_percent(mean) if unit == "%" else fmt_number(round(mean, 2))
    return FactAnswer("answered", compose.column_average(col, len(facts), fmt_number(round(total, 4)), shown, unit)
                      + _cite(idx, facts), facts)


# A one-character mark (等级 优/良/中/差) said as the rows' mark: "评了优的", "评为良的", "等级为中的".
_MARK_SAID = r"(?:结果(?:里|中|为|是)?|评为|评了|评的|获评|评定为|评|等级为|等级是|等级|为|是|得了?)[“\"]?{v}[”\"]?(?=的|等|级|$|项目|有|共)"
_SELECTED_ASKED = re.compile(r"哪些|哪几|哪个|有几|几个|几项|多少个|多少项|分别|的项目|的有|列一下|列出")


def _title_runs(t: Table, text: str) -> list[tuple[int, int]]:
    """The runs of the question (two characters or more) in the table's title."""
    cols = {c for r in t.records for c in r.cells}
    titles = [w for w in t.words if w not in cols and len(w) > 6]
    return sorted({(a, b) for w in titles for a, b in _runs(text, w)})


def _inside_title_said(t: Table, text: str, a: int, b: int) -> bool:
    """Whether the run text[a:b] lies inside a longer run of the table's title ("绩效评" of 绩效评价 said of a
    评价结果表): the table named, no cell's words said in part."""
    return any(x <= a and b <= y and y - x > b - a for x, y in _title_runs(t, text))


def _having(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"评了优的项目有几个 分别是哪些", "监测站负责几个项目": the rows whose column of kinds (评价等级, 实施单位) prints
    the value said — whole, or by three characters or more of it that no other value of that column holds
    (监测站 of 澄湖市生态环境监测站); None unless exactly one column of one table is meant and nothing else is said."""
    graded = not _SELECTED_ASKED.search(text)  # ("评为差的…实际支出加起来多少": a grade's rows added; never a year's)
    if graded and not (_SUM_ASKED.search(text) or text.endswith("的")):
        return None
    found = []
    for t in tables:
        for c in t.kinds:
            values = {compact(r.cells[c]["value"] or "") for r in t.records if c in r.cells}
            for v in (x for x in values if not graded or len(x) == 1):
                if len(v) == 1:
                    m = re.search(_MARK_SAID.format(v=re.escape(v)), text)
                    span = (m.end() - 1 - (text[m.end() - 1] in "”\""), m.end()) if m else None
                    if m:
                        span = (text.index(v, m.start()), text.index(v, m.start()) + 1)
                else:
                    # (a group's heading said, 交通运输类, is that group: no 县交通运输局 said in part)
                    runs = [(a, b) for a, b in _runs(text, v) if b - a >= min(3, len(v))
                            and (text[a:b] == v or not any(text[a:b] in u for u in values if u != v))
                            and (not any(text[a:b] in r.key for r in t.records)
                                 or text[a:b] == v and re.match(r"(?:的)?(?:项目|工程)", text[b:])  # 新建项目: the kind
                                 or text[a:b] == v and c in text[:a])  # (备注是续建的: its column said before it)
                            and not (b - a < len(v) and any(text[a:b] in g and g in text for g in t.subtotals))
                            and not (b - a < len(v) and _names_a_column(t, text[a:b]))
                            and not (b - a < len(v) and _inside_title_said(t, text, a, b))
                            and not _in_header_said(t, text, a, b, c)]  # (其他 of 其他资金: the column, not the kind)
                    span = max(runs, key=lambda ab: ab[1] - ab[0]) if runs else None
                    if span is None and (short := _organisation_said(idx, v, text, values)):
                        span = short  # "住建局" of 县住房和城乡建设局: an organisation by the name staff use
                if span is not None:
                    found.append((t, c, v, span))
    if len(found) != 1:
        return None  # no value said, or several (优 and 良, two columns): not guessed
    t, c, v, (a, b) = found[0]
    rest = text[:a] + " " + text[b:]
    if _named(tables, rest) is not None or _unexplained_rest(idx, t, rest):
        return None
    hits = [r for r in t.records if c in r.cells and compact(r.cells[c]["value"] or "") == v]
    # "有专项债的项目": a cell joining several (上级补助+专项债) has it too
    joined = [r for r in t.records if c in r.cells and r not in hits
              and v in {compact(x) for x in _JOINED.split(r.cells[c]["value"] or "")}]
    hits = [r for r in t.records if r in hits or r in joined]
    # (their amounts shown: "上级资金占比" after them is of the amount, "它们预算加起来" adds them)
    shown = [r.cells[t.amount] if t.amount in r.cells else r.cells[c] for r in hits]
    head = compose.holding_value_head(c, v) if joined else compose.having_value_head(c, v)
    items = [f"{r.name}（{_shown(r.cells[t.amount])}）" if t.amount in r.cells else r.name for r in hits]
    if hits and _SUM_ASKED.search(rest) and (summed := _sum_of(t, hits, rest)) is not None \
            and not idx.per_one_column(summed[1][0]["col_labels"] or ""):  # (执行率 of each row: never added)
        # "县水利局有几个项目，今年一共计划多少": those rows, then their figures of the column said added up
        line, cells = summed
        return FactAnswer("answered", compose.counted_items(items, head) + "\n" + line + _cite(idx, cells), cells)
    if _COUNT.search(text) and not _LIST.search(text) and "分别" not in text:
        return FactAnswer("answered", compose.counted_items(items, head) + _cite(idx, shown), shown,
                          ranked=[f["id"] for f in shown])
    return FactAnswer("answered", compose.numbered_items(items, head) + _cite(idx, shown), shown,
                      ranked=[f["id"] for f in shown])


def _names_a_column(t: Table, run: str) -> bool:
    """"执行率最低的": a run of the question inside a header of the table (执行率) names that column, never the
    text cells holding the word ("预算执行率偏低…" of 主要问题)."""
    return any(run in c for c in {c for r in t.records for c in r.cells})


def _in_header_said(t: Table, text: str, a: int, b: int, kind: str) -> bool:
    """Whether text[a:b] lies inside another column's header said whole ("其他资金" holds the kind 其他)."""
    cols = {c for r in t.records for c in r.cells if c != kind and len(c) > b - a}
    return any(x <= a and b <= y for c in cols for x, y in _spans_of(text, c))


def _spans_of(text: str, word: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(word), text)]


# The parts of a cell naming several ("上级补助+专项债", "县级财政、社会资本")
_JOINED = re.compile(r"[+＋、/／]|和|及|与")
_SUM_ASKED = re.compile(r"(?:一共|合计|加起来|总共|共计|总计|加在一起)[\u4e00-\u9fff]{0,6}?多少(?![个项家条])"
                        r"|(?:合计|总共|一共|共计|总计)(?:的)?(?:金额|资金|预算|经费)?(?:是)?(?:多少)?$")


def _sum_of(t: Table, rows: list[Record], clause: str) -> tuple[str, list[dict]] | None:
    """The rows' figures in the column the clause says (计划 of 2025年计划投资; else the rows' own amount), added
    up with the arithmetic shown; None when a row has no figure there or the units differ."""
    col = _column_said(t, clause) or t.amount
    cells = [r.cells.get(col) for r in rows]
    if not col or any(f is None or f["number"] is None for f in cells) or len({f["unit"] for f in cells if f}) != 1:
        return None
    facts = [f for f in cells if f is not None]
    total = fmt_number(sum(f["number"] for f in facts))
    parts = [(f"{r.name} {col}", fmt_number(f["number"])) for r, f in zip(rows, facts, strict=True)]
    return compose.fact_sum(parts, total, facts[0]["unit"] or ""), facts


# An organisation a cell names that staff say short. (Fewer kinds than dept_units._ORGANISATION, the vocabulary's
# organisations: never 馆/部/厅/会 …, whose short names the department abbreviations do not make.) item_rows.py reads
# the same, with its vocabulary's [item_rows] organisations.
_ORGANISATION = re.compile(r"(?:局|委|办|公司|集团|院|中心|站|所|队)$")


def _organisation_said(idx, v: str, text: str, values: set[str]) -> tuple[int, int] | None:
    """Where an organisation a cell names (县住房和城乡建设局, 县城市建设投资有限公司) is said by a short name (住建局,
    城投公司: the vocabulary's department abbreviations, its county or city left off) that no other value of the
    column has; None otherwise."""
    # ("残联" of 县残联: a standard short word of two characters said alone, kept by the index)
    bare = {b for b in bare_short_words(v, idx.abbrev) if b in idx.bare_organisations} if v[:1] in "县市区" else set()
    if not _ORGANISATION.search(v) and not bare:
        return None

    kept = idx.__dict__.setdefault("_organisation_forms", {})  # (worked out once per name and index)

    def forms(x: str) -> set[str]:
        if x not in kept:
            out = set(department_forms(x, idx.abbrev or None)) | {x}
            kept[x] = out | {f[1:] for f in out if f[0] in "省市区县镇乡" and len(f) >= 4} | company_short_forms(x, {}, frozenset())
        return kept[x]
    mine = {f for f in forms(v) if len(f) >= 3 and f in text} | {b for b in bare if b in text}
    if not mine:
        return None
    others = {f for u in values if u != v for f in forms(u)}
    said = [f for f in mine if f not in others]
    if not said:
        return None
    best = max(sorted(said, key=text.index), key=len)  # (of two as long, the first said: never the set's order)
    return text.index(best), text.index(best) + len(best)


# "债券期限30年的", "期限是10年的项目": rows whose figure in a column equals the number said (in its unit).
_NUMBER_SAID = re.compile(r"(?P<col>[\u4e00-\u9fff]{2,8}?)(?:是|为|等于)?(?P<n>\d+(?:\.\d+)?)"
                          r"(?P<unit>年|个月|月|倍|万元|亿元|元|%|分|天|人|户|个|项|台|辆)?(?=的)")


def _of_number(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"债券期限30年的是哪个项目": the rows whose cell in the column said holds that number, in the unit said
    (年 of 债券期限（年）); None unless one numeric column of one table is said and nothing else is."""
    m = _NUMBER_SAID.search(text)
    if m is None or not _SELECTED_ASKED.search(text[m.end():]) \
            or re.search(r"低于|高于|超过|不足|小于|大于|少于|多于|不到|以上|以下|以内|之间|至少|最多", text):
        return None  # (a threshold, 低于90%, is the labels' comparison, not a number equalled)
    n, unit = float(m.group("n")), m.group("unit") or ""
    found = []
    for t in tables:
        col = _column_said(t, m.group("col"))
        cells = [r.cells[col] for r in t.records if col in r.cells and r.cells[col]["number"] is not None]
        if col and cells and (not unit or all((f["unit"] or "") == unit for f in cells)):
            found.append((t, col))
    if len(found) != 1:
        return None
    t, col = found[0]
    rest = text[:m.start()] + " " + text[m.end():]
    if _named(tables, rest) is not None or _unexplained_rest(idx, t, rest.replace(m.group("col"), " ")):
        return None
    hits = [r for r in t.records if col in r.cells and r.cells[col]["number"] == n]
    printed = {r.cells[col]["unit"] or "" for r in t.records if col in r.cells}
    # ("执行率100的": the percent the normalised question lost is the column's own unit)
    head = compose.having_value_head(col, f"{m.group('n')}{unit or ('%' if printed == {'%'} else '')}")
    shown = [r.cells[col] for r in hits]
    if not hits:
        return FactAnswer("answered", compose.none_marked(head, len(t.records)) + _cite(idx, [r.cells[col] for r in t.records
                                                                                              if col in r.cells][:1]), [])
    items = [f"{r.name}（{_shown(r.cells[t.amount])}）" if t.amount in r.cells else r.name for r in hits]
    if _COUNT.search(text) and not _LIST.search(text):
        return FactAnswer("answered", compose.counted_items(items, head) + _cite(idx, shown), shown,
                          ranked=[f["id"] for f in shown])
    return FactAnswer("answered", compose.numbered_items(items, head) + _cite(idx, shown), shown,
                      ranked=[f["id"] for f in shown])


_WITHOUT = re.compile(r"(?:没有|没|无|不含)(?P<col>[\u4e00-\u9fff（）]{2,10}?)(?:安排)?的")


def _without(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"没有中央资金的补贴有哪些": the rows whose cell in the money column said is blank or 0 (a table's blank
    is no money of that kind), with their own amounts; None unless one column of one table is said, some rows
    print it and nothing else is said."""
    m = _WITHOUT.search(text)
    if m is None or not _SELECTED_ASKED.search(text[m.end():]):
        return None
    found = []
    for partial in (False, True):  # a header said whole (中央资金) before a part of one (资金 of many)
        for t in tables:
            col = _column_said(t, m.group("col"), partial=partial)
            if col and any(col in r.cells and (r.cells[col]["unit"] or "") in _MONEY for r in t.records):
                found.append((t, col))
        if found:
            break
    if len(found) != 1:
        return None
    t, col = found[0]
    rest = text[:m.start()] + " " + text[m.end():]
    if _named(tables, rest) is not None or _unexplained_rest(idx, t, rest):
        return None
    hits = [r for r in t.records if col not in r.cells or not r.cells[col]["number"]]
    if len(hits) == len(t.records):
        return None  # the column is never printed: nothing tells a blank from none
    shown = [r.cells[t.amount] for r in hits if t.amount in r.cells]
    items = [f"{r.name}（{_shown(r.cells[t.amount])}）" if t.amount in r.cells else r.name for r in hits]
    head = compose.without_head(col)
    if not hits:
        return FactAnswer("answered", compose.none_marked(head, len(t.records)), [], negated=True)
    if _COUNT.search(text) and not _LIST.search(text):
        return FactAnswer("answered", compose.counted_items(items, head) + _cite(idx, shown), shown,
                          ranked=[f["id"] for f in shown], negated=True)
    return FactAnswer("answered", compose.numbered_items(items, head) + _cite(idx, shown), shown,
                      ranked=[f["id"] for f in shown], negated=True)


# "哪些购买服务有其他资金", "有上级补助的项目有几个": the rows printing a figure in that money column.
_HAS_COLUMN = re.compile(r"(?<![没无不])(?:有|含有?|安排了?)(?P<col>[\u4e00-\u9fff]{2,8}?)(?=的|$|安排|吗)")
_DONE_TO = re.compile(r"(?P<col>[\u4e00-\u9fff]{2,6}?)了(?:的)?(?:项目|补贴)?(?=哪些|哪几|几个|几项|多少个|多少项|有哪些|有几)")


def _with_figure(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"调减了哪些项目": the rows printing a figure other than 0 in the column said whole (调减), with it; None
    unless one money column of one table is said and nothing else is."""
    m = _DONE_TO.search(text) or (_SELECTED_ASKED.search(text) and _HAS_COLUMN.search(text))
    if not m:
        return None
    found = [(t, col) for t in tables if (col := _column_said(t, m.group("col"), partial=False))
             and any(col in r.cells and (r.cells[col]["unit"] or "") in _MONEY for r in t.records)]
    if len(found) != 1 or found[0][1] != m.group("col"):
        return None
    t, col = found[0]
    rest = text[:m.start()] + " " + text[m.end():]
    if _named(tables, rest) is not None or _unexplained_rest(idx, t, rest):
        return None
    hits = [r for r in t.records if col in r.cells and r.cells[col]["number"]]
    shown = [r.cells[col] for r in hits]
    head = compose.having_figure_head(col)
    if not hits:
        return FactAnswer("answered", compose.none_marked(head, len(t.records)), [])
    items = [f"{r.name}（{_shown(r.cells[col])}）" for r in hits]
    if _COUNT.search(text) and not _LIST.search(text):
        return FactAnswer("answered", compose.counted_items(items, head) + _cite(idx, shown), shown,
                          ranked=[f["id"] for f in shown])
    return FactAnswer("answered", compose.numbered_items(items, head) + _cite(idx, shown), shown,
                      ranked=[f["id"] for f in shown])


def _unexplained_rest(idx, t: Table, text: str) -> bool:
    """Whether two characters or more of a question selecting rows say nothing known: no header, no word
    of the table's title, no asking word, no verb or everyday word."""
    return any(len(run) >= 2 for run in _rest_runs(idx, t, text))


def _row_words(idx, t: Table, text: str) -> list[str]:
    """The pieces of the rows' names (two characters or more) a question filtering rows says beside its asking
    words ("减少的工本费有哪些": 工本费) — words an everyday character inside them (本 of 工本费) must never read
    away: the reader filters the rows by them, or answers nothing."""
    names = [compact(f"{r.project}{r.name}") for r in t.records]
    said: list[str] = []
    for run in _rest_runs(idx, t, text, everyday=False):  # (出让 of 出让收入: never 出 read as a verb)
        i = 0
        while i < len(run) - 1:
            j = next((j for j in range(len(run), i + 1, -1) if any(run[i:j] in n for n in names)), i)
            if j - i >= 2:
                said.append(run[i:j])
                i = j
            else:
                i += 1
    return said


def _of_rows_said(idx, t: Table, rows: list[Record], text: str) -> list[Record] | None:
    """The rows whose names hold every row word the question says (_row_words); all of them when it says none;
    None when it says one no row of them holds."""
    words = _row_words(idx, t, text)
    if not words:
        return rows
    held = [r for r in rows if all(w in compact(f"{r.project}{r.name}") for w in words)]
    return held or None


_SHORT_YEAR = re.compile(r"(?<![\d.])(\d\d)年")


def _year_not_of_the_change(idx, t: Table, text: str, col: str) -> bool:
    """Whether the question says a year (2025年, 25年, 去年) other than the table's own, of which its change column
    (增减额: the document's year set against the year before) is: that year's change is not printed. The year
    before said as what the change is against (比上年, 比2025年) is the column's own."""
    year = idx.docs[t.doc].year
    if year:
        text = re.sub(rf"(?:比|较|同)(?:{year - 1}|{(year - 1) % 100:02d})年(?:相比|比)?", " ", text)
    text = _AGAINST_SAID.sub(" ", text)  # (去年 alone is a year said: "去年减少的")
    if other_year_said(text, year, col):
        return True
    return any(year is None or 2000 + int(y) != year for y in _SHORT_YEAR.findall(text))


def _rest_runs(idx, t: Table, text: str, everyday: bool = True) -> list[str]:
    """The runs of the question no header, word of the table's title, asking word, verb or everyday word
    explains (everyday: verbs and everyday words read away too)."""
    text = re.sub(r"[^\u4e00-\u9fff]", " ", text)
    for pattern in (_SELECTED_ASKED, _LIST, _COUNT, _TOTAL_ASKED):  # (合计: the rows' figures added up, _sum_of)
        text = pattern.sub(" ", text)
    for a, b in _title_runs(t, text):  # ("评价结果里优的": the table by words of its title)
        text = text[:a] + " " * (b - a) + text[b:]
    said = (*_verbs(getattr(idx, "vocab_path", "")), *idx.everyday) if everyday else ()
    words = sorted({*(w for w in t.words if len(w) <= 8), *said, "项目", "评", "分别", "等级"}, key=len, reverse=True)
    for w in words:
        if w and w in text:
            text = text.replace(w, " ")
    for col in {c for r in t.records for c in r.cells} | t.heads:
        for a, b in _runs(text, col):
            text = text[:a] + " " * (b - a) + text[b:]
    return re.findall(r"[\u4e00-\u9fff]+", text)


_TOTAL_ASKED = re.compile(r"一共|合计|总共|总计|共计|总额|加起来")


def _value_said(idx, t: Table, text: str) -> bool:
    """Whether the question says a word cell of the table's rows (县城投公司 of 县城市建设投资有限公司, 新建):
    it asks of the rows holding it, not of the table's 合计."""
    for i in range(len(text) - 1):
        for v in idx.value_by_gram.get(text[i:i + 2], ()):
            if text.startswith(v, i) and any(idx.fact_doc[f] == t.doc for f in idx.value_facts.get(v, ())[:50]):
                return True
    return False


def _of_the_total(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"采购表里其他资金一共多少", "其他资金占采购总预算的比例": a money column of the table's 合计 row, or its
    share of the row's own amount — of the one record table the question names by a word of its title (采购),
    no row or group of it named."""
    def titled(t: Table) -> bool:
        return any(len(text[a:b]) >= 2 for w in t.words if "表" in w or len(w) > 6 for a, b in _runs(text, w)
                   if text[a:b] not in {c for r in t.records for c in r.cells})
    found = []
    for t in tables:
        if t.total is None or not titled(t):
            continue
        cols = [c for c in t.total.cells if len(c) >= 2 and c in text and not _is_total(c)]
        if len(cols) == 1:
            found.append((t, cols[0]))
    if len(found) != 1:
        return None
    t, col = found[0]
    if t.total is None or _named(tables, text.replace(col, " ")) is not None or _groups_said(t, text) \
            or _value_said(idx, t, text) or _ROWS_POINTED.match(text.strip()):  # ("这几个…加起来": the rows just listed)
        return None
    part = t.total.cells[col]
    if "占" in text:
        after = text[text.index("占"):]
        whole = t.total.cells.get(t.amount)
        if col == t.amount or whole is None or not _OF_ALL.search(after):
            return None
        return _share(idx, part, whole, "", "合计" + t.amount, "合计" + col)
    if not _TOTAL_ASKED.search(text) or part["number"] is None or _IN_WAN.search(text) and part["unit"] == "元":
        return None
    return FactAnswer("answered", compose.fact_value(f"合计 {col}", _shown(part)) + _cite(idx, [part]), [part])


def _named_row(idx, tables: list[Table], whole: str, context: dict | None, asks: dict) -> tuple[Table, Record, bool] | None:
    """The row named (by its name or a cell of it, and whether by a cell), else the one the conversation is on."""
    text = _long_words(idx, _without_departments(idx, whole))
    for w in sorted(dict.fromkeys(w for a in asks.values() for w in a["asked"]), key=len, reverse=True):
        text = text.replace(w, " ")  # (来源 of 资金来源 names no row 单一来源 picks)
    how = _named_how(tables, text)
    if how:
        return how
    named = _of_context(tables, context)
    return (named[0], named[1], False) if named else None


def _clause_cells(idx, t: Table, r: Record, clause: str, asks: dict, facts: list[dict]) -> tuple[list[dict], str] | None:
    """What one clause asks of the row: its cells and how it asked ("worded": a column in everyday words or by
    its header whole; "counted": a count in a unit or the price of one; "figure"; "" when nothing is asked);
    None when it asks what the row does not print or says a word not understood."""
    left = _unexplained(idx, t, r, clause, asks)
    if len(left) >= 2 and _PER_UNIT.search(clause) and not t.price \
            and (per := _figure_of(t, r, clause)) and len(per[0]) == 1 and left in compact(per[0][0]["value"] or ""):
        # "农村低保标准多少一个月": the one standard printed per month says 农村: that part of it (农村610元/人·月)
        f = per[0][0]
        parts = [p for p in re.split(r"[，,；;]", f["value"] or "") if left in compact(p)]
        return [dict(f, value=parts[0].strip()) if len(parts) == 1 else f], "counted"
    if len(left) >= 2:  # (二手, 负压: two characters are a word; one left is a particle)
        return None  # a word that may change the question is not understood: not answered as if absent
    kind = "" if _column_said(t, clause, r, partial=False) else _kind_asked(clause, asks, r.key)
    if not kind and (count := _count_in_its_unit(t, r, clause)) is not None:
        return [count], "counted"  # ("图书采购多少册": 采购 is the verb, not a part of 采购方式)
    if not kind and (stated := _count_stated_in_text(t, r, clause)) is not None:
        return [stated], "counted"  # ("执法记录仪要买多少台": the 需求概况 says 执法记录仪40台)
    col = "" if kind else _column_said(t, clause, r)
    if kind:
        # ("预算批复时间" is no 预计采购时间: a word beside a column's everyday name changes it)
        cells = _text_of(t, r, kind, asks, clause) if not left else None
        return (cells, "worded") if cells else None
    if col and col not in clause and _AMOUNT_ASKED.search(clause) and t.amount in r.cells \
            and r.cells.get(col, {}).get("number", 0) is None:
        # ("公安局配置的软件多少钱": 配置 is the verb of the table's title, a part of 配置方式 too; money asked is
        # the row's amount, never a column of words)
        return [r.cells[t.amount]], "figure"
    if col and r.cells.get(col) is not None and r.cells[col]["number"] is None:
        f = r.cells[col]
        if not (f["value"] or "").strip() or f in facts:
            return None
        return [f], "worded" if col in clause else "figure"  # its header said whole ("用的什么采购方式")
    fig = _figure_of(t, r, clause)
    if fig is None and (amount := _amount_asked_bare(t, r, clause)) is not None:
        return [amount], "amount"  # ("路灯维修材料多少" of a budget's rows: its amount, not its 数量 1批)
    if fig is None:
        return [], ""
    if not fig[0] or any(f in facts for f in fig[0]):
        return None  # (a clause answered by another's figure asked something not understood: "付了多少")
    # (a count in a unit, 几台, or the price of one, 每所多少钱: asked in words the labels do not hold)
    counted = bool(_COUNT_ASKED.search(clause)) and fig[0][0]["unit"] not in _MONEY \
        or bool(_EACH_PRICE.search(clause)) and (fig[0][0] is r.cells.get(t.price) or bool(fig[0][0].get("worked_out"))) \
        or bool(_PER_UNIT.search(clause)) and not t.price
    return fig[0], "counted" if counted else "figure"


_AND = re.compile(r"以及|还有|和|及|与|跟")


def _column_clauses(t: Table, r: Record, clause: str) -> list[str]:
    """"执行率和得分": one clause per column said on either side of 和 (each side a different column of the
    table); the clause whole when 和 joins no two columns (固体废物与化学品科 is a name)."""
    for m in _AND.finditer(clause):
        left, right = clause[:m.start()], clause[m.end():]
        a, b = _column_said(t, left, r), _column_said(t, right, r)
        if a and b and a != b:
            return [left, *_column_clauses(t, r, right)]
    return [clause]


def _own_amount_said(idx, t: Table, r: Record, whole: str) -> bool:
    """"CT机预算": the row named by its name and nothing said besides a part of its own amount's header (预算 of
    预算金额): its amount, whatever the labels made of the name."""
    left = re.sub(r"多少钱|多少|是|的|呢|有|万元|元|[\s]", "", _blanked(_without_departments(idx, whole), r.key))
    return len(left) >= 2 and left in t.amount and _cover(whole, r.key, t.words) >= 3


def _only_named(r: Record, text: str) -> bool:
    """Whether the question says the row's name (or its shortening) and nothing else ("固废平台建设项目")."""
    blank = list(text)
    for a, b in [*_runs(text, r.key), *_abbreviated(text, r.key)]:
        blank[a:b] = " " * (b - a)
    return not re.sub(r"项目|那个|这个|[\s的呢吧啊]", "", "".join(blank))


# A difference asked of two cells of one row ("预算跟实际差多少", "相差多少").
_APART_ASKED = re.compile(r"差多少|差了多少|相差|差额|差距|差几|多多少|少多少|还剩多少|没花(?:掉|完)?多少|结余多少")


def of_row(idx, question: str, docs: list[int] | None, context: dict | None) -> tuple[FactAnswer, bool, bool, bool] | None:
    """A row of a table of records asked its columns (several clauses, everyday words): the answer, and
    whether it is to be preferred to the labels' own (a column asked by everyday words: 谁来承接, 几月份; or
    several clauses each answered), whether it is one figure asked plainly (多少钱: the labels' answer, or
    their "not in the table", stands unless they named the row without its figure), and whether it is one
    count asked in its unit (几台); or None."""
    whole = compact(normalize(question))
    if _ROWS_POINTED.search(whole) or re.match(r"(?:那)?(?:两|俩|二)个", whole) or _ORDINAL_AT.match(whole):
        # "这两个一共多少钱": the rows pointed at, never the one the conversation is on; "第二个是哪个单位实施的":
        # a place of the list shown, never a row whose name starts so (第二文化站改造)
        return None
    tables = _tables_over(idx, _scope(idx, whole, docs))
    asks = _asks(getattr(idx, "vocab_path", ""))
    named = _named_row(idx, tables, whole, context, asks) if tables else None
    if named is None:
        return None
    t, r, by_cell = named
    units = _units_of(t)
    if units and (unit := _unit_said(idx, t, units, _without_departments(idx, whole))) and r not in units[unit[0]]:
        return None  # "本级的空调预算": another unit's 空调 is not the one said
    facts: list[dict] = []
    ways: list[str] = []
    for part in _QUESTION_SPLIT.split(question):
        for clause in _column_clauses(t, r, _long_words(idx, _without_departments(idx, compact(normalize(part)))).strip()):
            got = _clause_cells(idx, t, r, clause, asks, facts) if clause else ([], "")
            if got is None:
                unheld = _column_not_held(idx, t, r, clause, asks, whole)
                return (unheld, True, False, False) if unheld is not None else None
            facts += got[0]
            ways += [got[1]] if got[1] else []
    if not facts and not ways and not by_cell and _only_named(r, _without_departments(idx, whole)) \
            and not (context or {}).get("last"):
        # the row named and nothing asked of it ("固废平台建设项目"): its own amounts, as the labels show a row
        # (a follow-up naming a row, "那水环境的呢", asks the column just shown: the labels' answer)
        facts = [f for f in r.cells.values() if f["number"] is not None and (f["unit"] or "") in _MONEY]
        return (_say(idx, facts), False, False, False) if facts else None
    if not facts or _IN_WAN.search(whole) and any((f["unit"] or "") == "元" for f in facts):
        return None
    if _APART_ASKED.search(whole) and len([f for f in facts if f["number"] is not None]) == 2:
        return None  # ("预算跟实际差多少": the two cells' difference, worked out by the labels' reading)
    # One figure asked plainly: the labels' answer (or their "not in the table") stands, unless the row was
    # named by a text cell of it (澄溪图书采购多少钱: 图书 is its 品目), which the labels read as a value.
    plain = ways == ["figure"] and not by_cell and not _own_amount_said(idx, t, r, whole) and not _budget_of_its_table(t, r, whole)
    # (several clauses each answered: the record's answer is the whole of it, the labels' one part at most)
    # (a count in the unit asked, 买几台: its one cell, never the row's 单价 beside it)
    # (a row named by its item, its unit the only label: the record's answer names it, the labels' the unit only)
    preferred = "worded" in ways or len(ways) >= 2 or bool(t.item_column)
    return _say(idx, list({f["id"]: f for f in facts}.values())), preferred, plain, ways == ["counted"]


# A figure or a span of time asked ("服务期几年", "保修多久"): what a column would print.
_FIGURE_ASKED = Words("figures_asked", "{asks}")


def _column_not_held(idx, t: Table, r: Record, clause: str, asks: dict, whole: str) -> FactAnswer | None:
    """"环卫保洁服务采购" → "服务期几年": a figure asked of the row the conversation is on, by a word no column, row or
    asking word of its table is (服务期), the whole question that clause: the table has no such column, said so with
    the columns it does print — never another row whose name holds its characters (桥梁定期检测服务 of 服务+期).
    None when the row is named in the question, or a row's name holds the word's characters in order (桥梁检测 of
    桥梁定期检测服务: another row asked)."""
    word = clause
    for pattern in (_COUNT_ASKED_NOUN, _EACH_PRICE, _AMOUNT_ASKED, _PER_UNIT):
        word = pattern.sub(" ", word)
    for c in sorted({c for rec in t.records for c in rec.cells} | {w for w in t.words if len(w) <= 8}, key=len, reverse=True):
        for a, b in _runs(word, c):  # (a header said, or part of it)
            word = word[:a] + " " * (b - a) + word[b:]
    word = re.sub(r"[^\u4e00-\u9fff]", "", _ASKING_WORDS.sub("", word))
    if len(word) < 2 or clause != whole or _cover(whole, r.key, t.words) >= 3 or not _FIGURE_ASKED.search(clause) \
            or any(in_order(word, compact(f"{rec.project}{rec.name}")) for rec in t.records) \
            or any(in_order(word, compact(f["value"] or "")) for f in r.cells.values() if f["number"] is None):
        return None  # (a row's name holds it, its brackets too; or the row's own text says it: 占地 of 占地180亩)
    columns = list(dict.fromkeys("".join(map(label_key, f["col_labels"].split(query.FACT_SEP))) for f in r.cells.values()))
    return FactAnswer("unknown", compose.column_not_in_row(r.name, word, columns) + _cite(idx, list(r.cells.values())[:1]),
                      settled=True, of_row=(t.doc, t.sheet, _line_of(r)))


def _budget_of_its_table(t: Table, r: Record, text: str) -> bool:
    """"彩超预算多少" of a 新增资产配置预算表: the table is a budget, so a row's own amount is its budget, though no
    column says 预算 (金额（万元）): the record's amount, never the labels' "no 预算数 here"."""
    return "预算" in text and t.amount in r.cells and not any("预算" in c for c in r.cells) \
        and any("预算" in w for w in t.words if len(w) > 4)


# --- rows under the unit that buys (采购单位 printed on each of its rows) ------------------------------------

# The head of a column naming organisations: the rows stand under the unit that buys or does them.
_UNIT_HEAD = Words("unit_rows", "{unit_heads}")
# "哪个单位采购项目最多", "采购预算最多的单位", "哪家医院最多": the units compared, not a row.
_WHICH_UNIT = re.compile(r"哪(?:个|一个|家|些)?(?:单位|部门|机构|医院)|的(?:单位|部门|机构)(?:是|$)|单位是哪"
                         r"|单位(?:里|中|当中)?(?:的)?哪(?:个|一个|家)")
_UNIT_SUM = re.compile(r"合计|小计|一共|总共|共计|总计|加起来|总额|多少钱|(?:预算|金额|采购额|资金)(?:是|有|为)?多少|多少万"
                       r"|(?:采购|买)了?多少(?:呢)?$")
_UNIT_LIST = re.compile(r"哪些|哪几|有什么|有啥|什么东西|(?:买|采购|购置)了?(?:什么|啥)|都有|列一下|列出|分别")


def unit_named(idx, question: str) -> bool:
    """Whether the question names one unit of a table whose rows stand under units (疾控中心 of 集宁区疾病预防控制中心):
    the unit places the question in that table as a department's name would."""
    text = _without_departments(idx, compact(normalize(question)))
    found = [t for d in idx.docs for t in _tables_of(idx, d) if (units := _units_of(t)) and _unit_said(idx, t, units, text)]
    return len(found) == 1


def _units_of(t: Table) -> dict[str, list[Record]]:
    """The units of a table whose rows stand each under the unit printed on it (采购单位 | 采购项目名称, the unit on
    every row, not merged words of a project): each unit's rows in order; {} when the table is not so."""
    if t.units is not None:
        return t.units
    units: dict[str, list[Record]] = {}
    if not t.projects and t.amount and _under_units(t):
        for r in t.records:
            units.setdefault(r.project, []).append(r)
    elif not t.projects and t.amount and not t.subtotals and (col := _unit_column(t)):
        # (a table of groups closed by their 小计 is read by its groups; its 建设单位 is a filter of its rows)
        t.unit_column = col
        for r in t.records:
            units.setdefault(r.cells[col]["value"].strip(), []).append(r)
    t.units = units
    return units


def _said_as_headers(idx, tables: list[Table], text: str) -> str:
    """The question with staff's words for a column of these tables put as its header ([label_synonyms]: 用债 →
    本次使用债券资金, 累计用了多少专项债 → 累计使用), so the column is said by its header; other words untouched."""
    heads = {c for t in tables for r in t.records[:1] for c in r.cells}
    for group in getattr(idx, "synonyms", ()):
        # (a header of no money holding the group's word at its end stands for it: 评价得分 of 得分 said as 评分)
        ends = {x for x in heads if x.endswith(group[0]) and not any(
            (r.cells[x]["unit"] or "") in _MONEY for t in tables for r in t.records[:3] if x in r.cells)}
        head = group[0] if group[0] in heads else next(iter(ends)) if len(ends) == 1 else ""
        if not head:
            continue
        for w in sorted(group[1:], key=len, reverse=True):
            if w in text and group[0] not in text and not any(
                    w in (f["value"] or "") for t in tables for r in t.records for f in r.cells.values() if f["number"] is None):
                text = text.replace(w, head)  # (预算 of a cell's 压减预算10% stays)
    return text


def _amount_said(idx, t: Table, text: str) -> str:
    """The money column the rows of a unit are added up, ranked or shared in: the one said (by its header, or by
    staff's words for it), else the rows' own amount."""
    text = _said_as_headers(idx, [t], text)

    def money(c: str) -> bool:
        return bool(c) and all(r.cells[c]["number"] is not None and (r.cells[c]["unit"] or "") in _MONEY
                               for r in t.records if c in r.cells)
    col = _column_said(t, text)
    if not money(col) and re.search(r"用了|使用|用的|用掉", text):
        # "七期一共用了多少": the one money column of what was used (本次使用债券资金; 累计使用 only when 累计 is said)
        used = [c for c in {c for r in t.records for c in r.cells} if "使用" in c and money(c)
                and ("累计" in c) == ("累计" in text)]
        col = used[0] if len(used) == 1 else col
    return col if money(col) else t.amount


def _unit_column(t: Table) -> str:
    """The column of words naming the organisation each row is under (项目主管部门: 县水利局 on three rows), its
    head a unit's (部门, 单位), every row's cell an organisation's name, some held by several rows; "" when none."""
    for c in sorted(t.kinds):
        said = [compact(r.cells[c]["value"] or "") for r in t.records if c in r.cells]
        if _UNIT_HEAD.search(c) and len(said) == len(t.records) and all(_ORGANISATION.search(v) or v.endswith("委员会") for v in said) \
                and 2 <= len(set(said)) < len(said):
            return c
    return ""


_NUMBERED_SCHOOL = re.compile(r"第([一二三四五六七八九十]{1,2})([中小])学$")


_OWN_LINE = Words("departments", r"[（(]?(?:{own_said})[）)]?$")


def _unit_forms(idx, t: Table, units: list[str]) -> dict[str, set[str]]:
    """Each unit by the names it is said by: whole, without the place every unit's name starts with (宝鸡市某区),
    the department's own line by 本级, a numbered school as staff say it, an organisation by the short names of
    the vocabulary (住建局) no other unit has. Worked out once per table."""
    if t.unit_forms is None:
        own = _own_unit_forms(idx, t, units)
        # each unit's own name without the place, the fit by most of it is scored on (before short names join)
        t.unit_names = {u: min((f for f in fs if f != "本级"), key=len) for u, fs in own.items()}
        # (a department's own line, X局本级, is said by the department's short names too: 城管局 of 城市管理局本级)
        short = {u: {f for f in _short_forms(idx, _OWN_LINE.sub("", compact(u))) if len(f) >= 3}
                 | _part_forms(idx, t, t.unit_names[u]) for u in units}
        held: dict[str, int] = {}
        for fs in short.values():
            for f in fs:
                held[f] = held.get(f, 0) + 1
        t.unit_forms = {u: own[u] | {f for f in short[u] if held[f] == 1} for u in units}
    return t.unit_forms


# An organisation's own head word, which a name said by its tail ends with (执法大队 of …综合行政执法大队).
_ORGANISATION_TAIL = re.compile(r"(?:队|中心|医院|卫生院|学校|中学|小学|幼儿园|站|所|馆)$")


def _part_forms(idx, t: Table, name: str) -> set[str]:
    """A unit's own name (its place left off) as staff shorten it: with the standard short words of names
    (疾病预防控制中心 → 疾控中心), by its head (妇幼 of 妇幼保健计划生育服务中心, 马莲渠 of 马莲渠乡卫生院), or by its tail
    from its own head word back (执法大队 of 卫生健康综合行政执法大队); none a row's name holds. Kept only when no
    other unit is said so (the caller counts)."""
    # (the name after its place's level too: 县疾病预防控制中心 of units sharing only 仙居, 仙居中学 beside them)
    bare = name[1:] if name[:1] in "省市区县" and len(name) > 4 else name
    out = {n.replace(long, short) for long, shorts in getattr(idx, "label_abbrev", {}).items() if long in name
           for short in shorts for n in {name, bare}}
    out |= {name[:k] for k in range(2, len(name) - 1)}
    # (a qualifier of two characters or more before the head word: 执法队 of …综合行政执法队, 检测中心 of …检验检测中心)
    if (head := _ORGANISATION_TAIL.search(name)) is not None:
        out |= {name[k:] for k in range(2, len(name) - len(head.group()) - 1) if name[k] not in "省市区县乡镇"}
    return {f for f in out if f != name and not any(f in r.key for r in t.records) and not any(f in w for w in t.words)}


_PLACE_ONLY = re.compile(r"[\u4e00-\u9fff]{1,4}?[省市区县镇乡]")


def _short_forms(idx, x: str) -> set[str]:
    """The names staff use of an organisation (its department forms, its county or city left off)."""
    if not _ORGANISATION.search(x):
        return set()
    out = set(department_forms(x, idx.abbrev or None)) | {x}
    out |= {f[1:] for f in out if f[0] in "省市区县镇乡" and len(f) >= 4}
    out |= lead_abbreviated_forms(x, idx.abbrev, idx.lead_contractions)
    return {f for f in out if not _PLACE_ONLY.fullmatch(f)}  # (岳西县 of 岳西县文物管理所 is every unit's place)


def _own_unit_forms(idx, t: Table, units: list[str]) -> dict[str, set[str]]:
    prefix = units[0]
    for u in units[1:]:
        while prefix and not u.startswith(prefix):
            prefix = prefix[:-1]
    dept = compact(idx.docs[t.doc].department or "")
    out = {}
    for u in units:
        key = compact(u)
        forms = {key, key[len(prefix):]} if len(prefix) >= 2 and len(key) - len(prefix) >= 2 else {key}
        if key == dept or key.endswith("本级"):
            forms.add("本级")
        # (a numbered school as staff say it: 第一中学 → 一中, 第二小学 → 二小)
        forms |= {m.group(1) + m.group(2) for f in list(forms) if (m := _NUMBERED_SCHOOL.search(f))}
        out[u] = {f for f in forms if len(f) >= 2}
    return out


def _unit_said(idx, t: Table, units: dict[str, list[Record]], text: str) -> tuple[str, tuple[int, int]] | None:
    """The one unit the question names (whole, without its place, by 本级, by a short name staff use, or by most of
    its own name: 阳平镇卫生院 of 阳平镇中心卫生院) and where; None when none or several are said."""
    forms = _unit_forms(idx, t, list(units))
    said = [(u, (text.index(f), text.index(f) + len(f))) for u, fs in forms.items() for f in sorted(fs, key=len, reverse=True)
            if f in text and not _across_a_name(idx, text, text.index(f), text.index(f) + len(f))
            and not _inside_a_label(idx, t, text, text.index(f), text.index(f) + len(f))]
    if not said:
        grams = {text[i:i + 2] for i in range(len(text) - 1)}
        # (scored only where two characters of the name are said: a question never walks every unit's name)
        own = {u: f for u, f in (t.unit_names or {}).items() if any(f[i:i + 2] in grams for i in range(len(f) - 1))}
        cover = {u: _cover(text, f, t.words) for u, f in own.items()}
        best = max(cover.values(), default=0)
        top = [u for u, n in cover.items() if n == best]
        if len(top) == 1 and best >= 3 and 2 * best >= len(own[top[0]]):
            runs = _runs(text, own[top[0]])
            said = [(top[0], (runs[0][0], runs[-1][1]))]
            if _inside_a_label(idx, t, text, *said[0][1]):
                said = []
    # (a span several units are said by, 本级 of "教育局本级" beside 教育局's own line: none of them by it)
    said = [(u, span) for u, span in said if len({o for o, sp in said if sp == span}) == 1] if len(said) > 1 else said
    # (文化 of 文旅局本级 inside 象山县文化馆 said whole: the unit said by the longer name only)
    said = [(u, (a, b)) for u, (a, b) in said
            if not any(o != u and x <= a and b <= y and y - x > b - a for o, (x, y) in said)]
    longest: dict[str, tuple[int, int]] = {}
    for u, span in said:  # (第二中学 said holds 二中: the unit's longest form said)
        if u not in longest or span[1] - span[0] > longest[u][1] - longest[u][0]:
            longest[u] = span
    if len(longest) != 1:
        return None
    u, (a, b) = next(iter(longest.items()))
    for x, y in _runs(text, (t.unit_names or {}).get(u, "")):  # (县功镇 said on with 卫生院: the name said in parts)
        b = y if x == b else b
    return u, (_said_on_before(text, (t.unit_names or {}).get(u, ""), a, b), b)


def _said_on_before(text: str, name: str, a: int, b: int) -> int:
    """Where a unit's name said short begins, taking in the characters of its name said right before the form
    found, in the name's order (综合 of 综合执法队 for …综合行政执法队, whose form found is 执法队)."""
    at = name.find(text[a:b])
    start = a
    while at > 0 and start > 0 and (p := name.rfind(text[start - 1], 0, at)) >= 0:
        start, at = start - 1, p
    return start if a - start >= 2 else a


def _across_a_name(idx, text: str, a: int, b: int) -> bool:
    """A unit's short form said only across the end of a place or department name said before it: 市政 of
    "福鼎市政府采购" is 福鼎市 and 政府, never 市政园林中心."""
    for form in _dept_forms_maybe_in(idx, text):
        s = text.find(form) if len(form) >= 2 else -1
        if s >= 0 and s < a < s + len(form) < b:
            return True
    return False


def _inside_a_label(idx, t: Table, text: str, a: int, b: int) -> bool:
    """A unit's form said inside a longer row label another table prints: 卫生健康 of "各部门卫生健康支出" is the
    收支总表's line 卫生健康支出, never the rows of 卫生健康局 in a 项目明细表."""
    own = idx.doc_keys.get(t.doc, ())
    return any(k in idx.row_label_keys and k not in own
               for i in range(max(0, a - 4), a + 1) for j in range(b + 1, min(len(text), b + 12) + 1)
               if (k := text[i:j]))


# The words a unit's rows are asked in, explained by what they ask (counted, listed, added up, set against all).
_UNIT_ASKING = re.compile(r"采购额|采购预算|预算|金额|多少钱|多少|全部|所有|整个|总额|比例|比重|占比|百分之几|占|东西|要|计划|打算|一共|合计|小计"
                          r"|(?:哪些|哪几|什么时候|什么|啥时候|啥|时候|时间)|最(?:贵|多|大|高|便宜|少|小|低)|采购|购买|买"
                          r"|哪一?[项个笔样件]|(?:一|的)[项笔件](?:是)?")


def _title_blanked(t: Table, text: str) -> str:
    """The question with the runs of the table's title said in it blanked (采购意向 of …政府采购意向公开表)."""
    for w in t.words:
        if len(w) > 8:
            text = _blanked(text, w)
    return text


def _unit_row_named(t: Table, rows: list[Record], rest: str) -> Record | None:
    """The one row of the unit named by a run of its name (two characters or more, no word of the table's
    headers or title): "人民医院DR多少钱" → its DR设备采购, though DR设备采购 is every hospital's."""
    scores = [(_cover(rest, r.key, t.words), r) for r in rows]
    best = max((n for n, _ in scores), default=0)
    top = [r for n, r in scores if n == best]
    if best >= 2:
        return top[0] if len(top) == 1 else None
    # a name in letters its bracket prints (DR of 数字化X射线摄影系统（DR）)
    latin = [r for r in rows if any(w in _spelled(r) for w in re.findall(r"[a-z]{2,}", rest))]
    if len(latin) == 1:
        return latin[0]
    # a name shortened by its characters in order (彩超 of 彩色多普勒超声诊断仪采购), its first kept
    word = _shortened(rest)
    fits = [r for r in rows if _short_for(word, r.key)]
    return fits[0] if len(fits) == 1 else None


def _department_itself(unit: str, department: str, text: str) -> bool:
    """The table's own department said, whose line is the department's own organ (松溪县卫生健康局机关, …本级):
    the whole table is asked, that line only when 机关 / 本级 is said too."""
    unit, department = compact(unit), compact(department)
    if not department or not unit.startswith(department):
        return False
    rest = re.sub(r"[（）()]", "", unit[len(department):])
    return rest == "" or rest in ("机关", "本级", "局机关") and rest not in compact(text)


def _shortened(text: str) -> str:
    """The word left of a question once its asking words are out: a name said short (彩超), or ""."""
    return max(re.findall(r"[\u4e00-\u9fffa-z\d]+", _UNIT_ASKING.sub(" ", text)), key=len, default="")


def _short_for(word: str, key: str) -> bool:
    """Whether a word is a name shortened by some of its characters in order, its first kept (彩超 of 彩色…超声…)."""
    return len(word) >= 2 and key.startswith(word[0]) and re.search(".*?".join(map(re.escape, word)), key) is not None


def _unit_row_asked(idx, t: Table, r: Record, rest: str) -> FactAnswer | None:
    """A row of the unit said, asked a column in everyday words (什么时候买, 备注) or its amount (bare, 多少钱);
    a column said that the row leaves blank is said to be blank, never another row's cell."""
    asks = _asks(getattr(idx, "vocab_path", ""))
    clause = _blanked(rest, r.key).strip()
    short = _shortened(clause)
    clause = clause.replace(short, " ").strip() if _short_for(short, r.key) else clause
    name = f"{r.project} {r.name}"
    if (col := _column_said(t, clause, r)) and col not in r.cells:
        cited = [f for f in r.cells.values()][:1]
        return FactAnswer("answered", compose.fact_value(f"{name} {col}", compose.BLANK_CELL) + _cite(idx, cited), [])
    got = _clause_cells(idx, t, r, clause, asks, []) if re.sub(r"[\s的呢吧啊]|那个|这个", "", clause) else None
    facts = got[0] if got is not None and got[0] else []
    # (its amount asked bare: "多少钱", "采购预算多少", "买的…多少" — a 购买服务 row is what was bought)
    if not facts and not re.sub(r"[\s的呢吧啊]|那个|这个|多少钱|多少|预算|金额|采购|购买|买", "", clause) and t.amount in r.cells:
        facts = [r.cells[t.amount]]
    if not facts and (kind := _kind_asked(clause, asks, r.key)) and not _unexplained(idx, t, r, clause, asks):
        # asked in everyday words (钱从哪来) what this row does not say: said so, never another unit's row's remark
        what = (asks[kind]["columns"] or [kind])[0]
        cited = [f for f in r.cells.values()][:1]
        remark = next((f["value"] for c, f in r.cells.items() if re.search(r"备注|说明", c) and (f["value"] or "").strip()), "")
        said = compose.remark_not_saying(name, what, remark) if remark else compose.remark_empty(name, what)
        return FactAnswer("unknown", said + _cite(idx, cited), [], settled=True)
    if not facts:
        return None
    pairs = [(f"{name} {label_key(f['col_labels'].split(query.FACT_SEP)[-1])}", _shown(f)) for f in facts]
    return FactAnswer("answered", compose.fact_values(pairs) + _cite(idx, facts), facts)


def _own_line_elsewhere(idx, t: Table) -> bool:
    """Whether another table of the table's department prints the department's own line (…本级) as a row."""
    held = idx.__dict__.get("_own_line_docs")
    if held is None:  # (worked out once per index)
        held = idx.__dict__["_own_line_docs"] = {idx.fact_doc[f] for k, fs in idx.label_facts.items()
                                                 if k.endswith("本级") for f in fs[:50]}
    dept = idx.docs[t.doc].department
    return any(d != t.doc and d in idx.docs and idx.docs[d].department == dept for d in held)


def _unit_rows_shown(r: Record, t: Table) -> str:
    return f"{r.name}（{_shown(r.cells[t.amount])}）" if t.amount in r.cells else r.name


def _over_rows(idx, tables: list[Table], text: str, whole: str, context: dict | None) -> FactAnswer | None:
    """The rows of a table of records asked as a whole (counted, by unit, by mark, by time, a date above them, the
    rows just listed) — of the departments the question names only: a table of another department never
    stands in for one whose table holds no records (a unit named as a loaded department is read whole)."""
    said = {d for form in idx.dept_forms_said(whole) if form in whole for d in idx.dept_forms.get(form, ())}
    mine = [t for t in tables if idx.docs[t.doc].department in said] if said else tables
    if (dated := _dated(idx, sorted({t.doc for t in mine}), text)) is not None:
        return dated
    return _rows_counted(idx, mine, text) or _listed_asked(idx, tables, text, context) or _units_ranked(idx, mine, text) \
        or _items_ranked(idx, mine, text, whole) \
        or _units_set_against(idx, tables, text, whole) \
        or _units_added(idx, mine, text) or _part_of_a_units_sum(idx, mine, text, context) \
        or _column_of_a_units_sum(idx, mine, text, context) or _unit_asked(idx, mine, text, whole, tables, context) or _marked(idx, mine, text, context) or _by_time(idx, mine, text)


def _ranked_by(idx, t: Table, rows: list[Record], rest: str) -> list[dict]:
    """"教育局哪个项目得分最高": the cells of the column said before 最 (评价得分, a figure per one) that rank the unit's
    rows, never their money; [] when no column is said so."""
    most = _MOST.search(rest)
    col = _column_said(t, _said_as_headers(idx, [t], rest[:most.start()])) if most else ""
    return [r.cells[col] for r in rows if col in r.cells and r.cells[col]["number"] is not None] if col else []


def _unit_asked(idx, tables: list[Table], text: str, whole: str = "", every: list[Table] | None = None,
                context: dict | None = None) -> FactAnswer | None:
    """"人民医院有几个采购项目", "要采购哪些", "采购预算合计", "本级有几项 多少钱", "X占全部的比例", "最贵的是哪个": the rows of
    the unit said (or department: _rows_meant), counted, listed, added up, set against the whole or ranked; None unless one unit is."""
    found = [(t, units, s) for t in tables if (units := _units_of(t)) and (s := _unit_said(idx, t, units, text))]
    said_in = text
    if not found and whole != text:
        # a unit whose name is a loaded department's too (泰和县教育体育局 beside 泰和县's 采购意向): said whole
        # (the table's own department named is the whole table's, its own line only when 本级 is said)
        found = [(t, units, s) for t in (every or tables) if (units := _units_of(t)) and (s := _unit_said(idx, t, units, whole))
                 and not _department_itself(s[0], idx.docs[t.doc].department or "", whole)]
        said_in = whole
    if len(found) != 1:
        return None
    t, units, (unit, (a, b)) = found[0]
    if "本级" in said_in[a:b + 2] and _own_line_elsewhere(idx, t):
        return None  # ("农业农村局本级多少": its 功能分类表's line 德清县农业农村局本级, not its rows of this table)
    if said_in.startswith("类", b):
        return None  # ("交通类项目": a class of rows said, never the unit 县交通运输局 by a part of its name)
    rest = _without_departments(idx, said_in[:a] + " " + said_in[b:]) if said_in is whole else said_in[:a] + " " + said_in[b:]
    if (picked := _listed_row_of_block(idx, t, unit, rest, context)) is not None:
        return picked
    if _own_table_kind_said(idx, t, unit, rest):
        return None  # ("农技推广中心项目支出合计": its own 项目支出绩效目标表's line, never its 采购意向 rows)
    if not (meant := _rows_meant(idx, t, unit, said_in, (a, b)))[1]:
        return None  # ("卫健局小计多少": a department said, not its 本级 row of a table the question does not name)
    return _rows_of_unit_asked(idx, t, *meant, rest, context)


def own_tables(idx) -> list[tuple[int, str]]:
    """Each loaded table's 资金使用单位 lines (a 项目支出绩效目标表 listing its units): (document, unit's name, compact),
    read once per index — the units with a table of their own, which records.py and owned_rows.py both ask of."""
    kept = idx.__dict__.get("_own_tables")
    if kept is None:
        kept = idx.__dict__["_own_tables"] = [(r["document_id"], compact(r["name"]))
                                              for r in query.funding_units(idx.conn, list(idx.docs))]
    return kept


def _own_table_kind_said(idx, t: Table, unit: str, rest: str) -> bool:
    """Whether the unit is one another loaded table lists as its own (its 资金使用单位 line of a 项目支出绩效目标表)
    and the question says a word of four characters or more of that table's kind (项目支出) that this table's title
    and headers do not hold: that table is asked, not these rows."""
    key = compact(unit)
    form = "".join(compact(idx.docs[d].form or "") for d, name in own_tables(idx) if name == key and d != t.doc and d in idx.docs)
    mine = compact(idx.docs[t.doc].form or "") + "".join(t.words)
    return any(rest[i:i + 4] in form and rest[i:i + 4] not in mine for i in range(len(rest) - 3))


def _rows_of_unit_asked(idx, t: Table, unit: str, rows: list[Record], rest: str, context: dict | None) -> FactAnswer | None:
    """The rows meant by the unit said (_unit_asked), asked what the rest of the question says: the units they stand
    under, one row named, their extreme, share, count, sum or list; None when the rest says a word not read here."""
    if _WHICH_UNIT.search(rest) and (under := _units_under(t, rows)) and (len(under) >= 2 or unit not in under):
        # ("交通局有哪些单位配资产": the units its rows stand under, each with its rows)
        shown = [(u, [_unit_rows_shown(r, t) for r in rs]) for u, rs in under.items()]
        cells = [r.cells[t.amount] for r in rows if t.amount in r.cells]
        return FactAnswer("answered", compose.units_with_rows(unit, shown) + _cite(idx, cells), cells,
                          ranked=[f["id"] for f in cells])
    if (row := _unit_row_named(t, rows, rest)) is not None:
        return _unit_row_asked(idx, t, row, rest)
    if (mine := _listed_row_of_unit(idx, t, rows, rest, context)) is not None:
        return _unit_row_asked(idx, t, mine, "")
    if _named([t], rest) is not None or _MONTH_SAID.search(rest) or re.search(r"[a-z]{2,}", rest) \
            or _unexplained_rest(idx, t, _UNIT_ASKING.sub(" ", _title_blanked(t, rest))):
        return None  # a row named that is not the unit's (DR of another unit's row), or a word no rule here reads
    col = _amount_said(idx, t, rest)
    cells = [r.cells[col] for r in rows if col in r.cells and r.cells[col]["number"] is not None]
    if "占" in rest:
        return _unit_share(idx, t, unit, cells, rest, col)
    by = _ranked_by(idx, t, rows, rest)
    cells = by or cells
    if (most := _MOST.search(rest)) and cells and _change_most_unread(rest, (by[0]["col_labels"] or "").split(query.FACT_SEP)[-1] if by else col):
        return None  # ("哪项减少最多" of a unit: its rows' change, which this ranking is not)
    if most and cells:
        return _unit_extreme(idx, cells, bool(most.group("max")))
    items = [_unit_rows_shown(r, t) for r in rows]
    lines = []
    if _COUNT.search(rest):
        lines.append(compose.counted_items(items, f"{unit}的"))
    # ("疾控中心新增资产多少": the table's own words and 多少 alone ask the unit's rows added up; so does "妇幼呢"
    # right after another unit's rows were added up)
    # (and so does the column said alone: "水利局用了多少专项债", 用了多少专项债 read as 本次使用债券资金)
    plain = _title_blanked(t, rest.replace(col, " ")).strip() if col != t.amount else ""
    bare = re.fullmatch(r"(?:的|是|有|为|\s)*多少(?:呢)?", _title_blanked(t, rest).strip()) is not None \
        or _after_a_units_sum(t, unit, rest, context) or col != t.amount and not re.sub(r"[\s的是有为呢多少]", "", plain)
    money = (_UNIT_SUM.search(rest) or bare) and (not lines or re.search(r"钱|预算|金额|万|采购额|合计|资金", rest))
    if money and not lines and (printed := _department_subtotal(idx, t, unit, col)) is not None:
        return printed  # (a department's block closed by its printed 小计: that line, never its rows worked out again)
    if money and cells and len({f["unit"] for f in cells}) == 1:  # ("一共几项" counts; "几项 多少钱" adds up too)
        parts = [(_row_label(idx, f), fmt_number(f["number"])) for f in cells]
        lines.append(compose.project_items_added(unit, parts, fmt_number(_added(cells)), cells[0]["unit"] or ""))
    if lines:
        return FactAnswer("answered", "\n".join(lines) + _cite(idx, cells), cells, ranked=[f["id"] for f in cells],
                          ranked_groups=[(unit, [f["id"] for f in cells])] if money else [])
    if _LIST.search(rest) or _UNIT_LIST.search(rest) or not re.sub(r"[\s的呢吧啊了]|采购|项目|购买|要买", "", rest):
        return FactAnswer("answered", compose.numbered_items(items, f"{unit}的") + _cite(idx, cells), cells,
                          ranked=[f["id"] for f in cells])
    return None


def _department_subtotal(idx, t: Table, dept: str, col: str) -> FactAnswer | None:
    """The printed 小计 of a department whose block its own line closes (_closing_department_lines), in the column
    asked; None when the name is no such department's or the line prints no figure there."""
    line = t.subtotals.get(label_key(dept)) if not _OWN_LINE.search(dept) else None  # (its 本级 is no block)
    f = line.cells.get(col) if line is not None and line.key == label_key(dept + "小计") else None
    if f is None or line is None or f["number"] is None:
        return None
    head = compact("".join((f["col_labels"] or "").split(query.FACT_SEP)))  # (预算金额合计, as its line is shown)
    return FactAnswer("answered", compose.fact_values([(f"{line.name} {head}", _shown(f))]) + _cite(idx, [f]), [f])


def _listed_row_of_unit(idx, t: Table, rows: list[Record], rest: str, context: dict | None) -> Record | None:
    """"台式计算机" (two units' rows listed) → "检测中心那个": the one row just listed that the unit said holds."""
    listed = _listed_rows(idx, [t], context)
    if listed is None or not re.fullmatch(r"(?:[的呢吧啊]|那个|这个|那项|那一项|\s)*", rest):
        return None
    mine = [r for r in listed[1] if r in rows]
    return mine[0] if len(mine) == 1 else None


def _units_under(t: Table, rows: list[Record]) -> dict[str, list[Record]]:
    """The units of the table the rows stand under, in the table's order (each with its rows among them)."""
    return {u: mine for u, rs in (_units_of(t) or {}).items() if (mine := [r for r in rs if r in rows])}


def _listed_row_of_block(idx, t: Table, unit: str, rest: str, context: dict | None) -> FactAnswer | None:
    """"文旅局那个" right after each unit's 台式计算机 was shown in one column (数量): the one row listed under the
    department (or unit) said, in the column shown — never the department's 小计 nor the row's other cells."""
    units = _units_of(t) or {}
    group = units[unit][0].group if units.get(unit) and _OWN_LINE.search(unit) else ""
    # (the department said by its own line, 文旅局 of 文旅局（本级）: any row of its block; a unit: its own rows)
    block = [r for r in t.records if group and r.group == group] or units.get(unit, [])
    if (row := _listed_row_of_unit(idx, t, block, rest, context)) is None:
        return None
    listed = _listed_rows(idx, [t], context)
    col = _column_listed(t, listed[1], context) if listed is not None else t.amount
    f = row.cells.get(col)
    if f is None:
        return None
    name = f"{row.project}{row.name}" if row.project and not row.name.startswith(row.project) else row.name
    return FactAnswer("answered", compose.fact_values([(f"{name} {col}", _shown(f))]) + _cite(idx, [f]), [f])


_CHANGE_MOST = Words("departments", r"(?P<way>{went_up}|{went_down})(?:得|的)?(?:金额|额|数)?最")


def _change_most_unread(text: str, col: str) -> bool:
    """Whether "增加最多" / "减少最多" is asked of a column that is not that way's change (the amount, or a signed
    增减额 ranked as the amount is): the ranking said is then not this one — never the largest amount as the largest
    fall."""
    said = _CHANGE_MOST.search(text)
    return said is not None and re.sub(r"了$", "", said.group("way")) not in col


def _unit_extreme(idx, cells: list[dict], biggest: bool) -> FactAnswer:
    """The unit's largest (or smallest) row of the column asked, with how many were compared."""
    pick = max if biggest else min
    best = pick(f["number"] for f in cells)
    top = [f for f in cells if f["number"] == best]
    return FactAnswer("answered", compose.fact_extreme("max" if biggest else "min", [_row_label(idx, f) for f in top],
                                                       _shown(top[0]), len(cells)) + _cite(idx, top), top,
                      ranked=[f["id"] for f in sorted(cells, key=lambda f: f["number"], reverse=biggest)])


def _table_said(t: Table, text: str) -> bool:
    return title_word_said(max(t.words, key=len, default=""), text)


def _rows_meant(idx, t: Table, unit: str, text: str, span: tuple[int, int]) -> tuple[str, list[Record]]:
    """The rows a unit said stands for: "教育局采购预算合计" over rows by unit (教育局本级, 第一中学, 实验小学) is all
    the department's units, as the place's table of departments and units groups them, when the question says this
    table (采购 of 政府采购预算表); its 本级 line only when 本级 / 机关 is said. A department's own line said by the
    department's name of a table the question does not name is none of these rows ("卫健局小计": ("", []))."""
    units = _units_of(t)
    own = _OWN_LINE.search(unit) and not dept_units.OWN_SAID.search(text[span[0]:span[1] + 3])  # (教育局本级: its own line)
    if own and not _table_said(t, text):
        return "", []
    if own and (headed := _headed_units(t, unit)) is not None:
        return headed
    found = dept_units.department_of_own_unit(idx, unit) if own else None
    members = [u for u in found[1] if u in units] if found else []
    if found is None or len(members) < 2 or unit not in members:
        return unit, units[unit]
    return found[0], [r for u in members for r in units[u]]


def _line_of(r: Record) -> int:
    return next(iter(r.cells.values()))["line"] or 0


def _headed_units(t: Table, unit: str) -> tuple[str, list[Record]] | None:
    """A department's own unit (龙游县民政局本级) said by the department's name, in a table printing "<部门>小计"
    ABOVE each department's units: the department and every row under its line, up to the next such line; None
    unless the rows right under the line begin with the department's own unit (a 小计 closing its rows is not this)."""
    dept = _OWN_LINE.sub("", unit)
    if (closing := t.subtotals.get(label_key(dept))) is not None and closing.key == label_key(dept + "小计"):
        # (its block closed by its 小计: the rows of its group, the department's own unit among them)
        rows = [r for r in t.records if r.group == closing.group]
        return (dept, rows) if any(r.project == unit for r in rows) else None
    lines = _department_lines([*t.subtotals.values(), *t.heads_of_units.values()])
    if dept not in lines:
        return None
    start = _line_of(lines[dept])
    end = min((n for r in lines.values() if (n := _line_of(r)) > start), default=10**9)
    rows = sorted((r for r in t.records if start < _line_of(r) < end), key=_line_of)
    return (dept, rows) if rows and rows[0].project == unit else None


def _units_said(idx, t: Table, units: dict[str, list[Record]], text: str) -> list[tuple[str, tuple[int, int]]]:
    """Every unit the question names by one of its forms (the longest said of each, none inside another's), in order."""
    forms = _unit_forms(idx, t, list(units))
    spans: dict[str, tuple[int, int]] = {}
    for u, fs in forms.items():
        for f in fs:
            if f in text and (u not in spans or len(f) > spans[u][1] - spans[u][0]):
                spans[u] = (text.index(f), text.index(f) + len(f))
    kept = [(u, sp) for u, sp in spans.items()
            if not any(o != u and o2[0] <= sp[0] and sp[1] <= o2[1] and o2 != sp for o, o2 in spans.items())]
    # (one span every department's own line is said by, 本级 of "教育局本级": none of them by it)
    shared = [sp for _, sp in kept]
    return sorted(((u, sp) for u, sp in kept if shared.count(sp) == 1), key=lambda x: x[1][0])


# The subtotals a table prints asked ("两个局的小计"): read off their 小计 rows, never worked out of rows named alike.
_SUBTOTAL_SAID = re.compile(r"小计")
_THAN_SAID = re.compile(r"比|(?:多|少|低|高)(?:了)?多少")
_TWO_UNITS_ASKED = re.compile(r"合计|一共|总共|共计|加起来|加在一起|总额|总计")
_WHICH_OF_TWO = re.compile(r"哪个(?:更)?(?P<max>多|大|高)|哪个(?:更)?(?:少|小|低)|谁(?:更)?(?P<max2>多|大|高)|谁(?:更)?(?:少|小|低)")


def _units_set_against(idx, tables: list[Table], text: str, whole: str) -> FactAnswer | None:
    """"教育局采购和城管局采购哪个多", "…一共多少": two units (or departments: all their units' rows, the table
    said) named, a loaded department among them, each one's rows added up in the amount column, then compared
    or added; None unless one table's two units are said and nothing else but that is asked."""
    which = _WHICH_OF_TWO.search(whole)
    than = _LESS_MORE.search(whole)  # ("卫健局比教育局采购多多少": the first said less the second)
    if not (which or than or _TWO_UNITS_ASKED.search(whole)) or _SUBTOTAL_SAID.search(whole):
        return None  # ("教育局和农业农村局哪个小计多": the 小计 rows the table prints, not a unit's own rows added)
    found = [(t, said) for t in tables if (units := _units_of(t)) and len(said := _units_said(idx, t, units, whole)) == 2]
    if len(found) != 1:
        return None
    t, said = found[0]
    meant = [_rows_meant(idx, t, u, whole, sp) for u, sp in said]
    rest = whole
    for a, b in sorted((sp for _, sp in said), reverse=True):
        rest = rest[:a] + " " + rest[b:]
    rest = _WHICH_OF_TWO.sub(" ", re.sub(r"[和与跟及、]", " ", _THAN_SAID.sub(" ", rest) if than else rest))
    if any(not rows for _, rows in meant) or meant[0][0] == meant[1][0] or _named([t], rest) is not None \
            or _unexplained_rest(idx, t, _UNIT_ASKING.sub(" ", _title_blanked(t, _without_departments(idx, rest)))):
        return None
    col = _amount_said(idx, t, rest)
    cells = [[r.cells[col] for r in rows if col in r.cells and r.cells[col]["number"] is not None] for _, rows in meant]
    if not all(cells) or len({f["unit"] for c in cells for f in c}) != 1:
        return None
    unit, sums = cells[0][0]["unit"] or "", [_added(c) for c in cells]
    used = cells[0] + cells[1]
    if than is not None and which is None:
        names = [name for name, _ in meant]
        diff = fmt_number(abs(sums[0] - sums[1]))
        higher = sums[0] >= sums[1]
        return FactAnswer("answered", compose.departments_difference(
            names[0], names[1], fmt_number(sums[0]), fmt_number(sums[1]), diff, ("" if higher else "-") + diff, unit,
            names[0 if higher else 1], names[1 if higher else 0]) + _cite(idx, used), used)
    if which is None:
        parts = [(name, fmt_number(n)) for (name, _), n in zip(meant, sums, strict=True)]
        return FactAnswer("answered", compose.fact_sum(parts, fmt_number(sum(sums)), unit) + _cite(idx, used), used,
                          total=(_added(used), unit))
    most = bool(which.group("max") or which.group("max2"))
    first = 0 if (sums[0] >= sums[1]) == most else 1
    header = "".join(x for x in (cells[0][0]["col_labels"] or "").split(query.FACT_SEP) if x) or col  # (预算金额合计)
    text_ = compose.classes_compared("max" if most else "min", meant[first][0], meant[1 - first][0], header,
                                     fmt_number(sums[first]), fmt_number(sums[1 - first]),
                                     fmt_number(abs(sums[0] - sums[1])), unit)
    return FactAnswer("answered", text_ + _cite(idx, used), used)


def _units_added(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"马莲渠和白海子两个卫生院合计": the rows of the units said (two or more, joined by 和 / 与 / 跟 / 、) added up,
    each unit's part shown; None unless one table's units are said and nothing else but the sum is asked."""
    if not _TWO_UNITS_ASKED.search(text) or _SUBTOTAL_SAID.search(text):
        return None
    found = [(t, units, said) for t in tables if (units := _units_of(t)) and len(said := _units_said(idx, t, units, text)) >= 2]
    if len(found) != 1:
        return None
    t, units, said = found[0]
    rest = text
    for a, b in sorted((sp for _, sp in said), reverse=True):  # (from the end: the earlier spans stay put)
        rest = rest[:a] + " " + rest[b:]
    rest = re.sub(r"[和与跟及、]|[两二三四五六七八九十\d](?:个|家)(?:单位|医院|卫生院|学校|中心)?", " ", rest)
    if _named([t], rest) is not None or _unexplained_rest(idx, t, _UNIT_ASKING.sub(" ", _title_blanked(t, rest))):
        return None
    parts, cells, col = [], [], _amount_said(idx, t, rest)
    for u, _ in said:
        mine = [r.cells[col] for r in units[u] if col in r.cells and r.cells[col]["number"] is not None]
        if not mine:
            return None
        parts.append((u, fmt_number(_added(mine))))
        cells += mine
    if len({f["unit"] for f in cells}) != 1:
        return None
    return FactAnswer("answered", compose.fact_sum(parts, fmt_number(_added(cells)), cells[0]["unit"] or "") + _cite(idx, cells),
                      cells, total=(_added(cells), cells[0]["unit"] or ""))


_PART_ASKED = re.compile(r"^(?:那|那么)?(?:其中|里面|这里面|当中)(?:的)?(?P<v>[\u4e00-\u9fff]{2,8}?)(?:的|部分|资金|类)*"
                         r"(?:有|是|占|为)?(?:多少|多少钱|多少万|几项|合计多少)?(?:呢)?$")


def _units_sum_rows(tables: list[Table], groups: list) -> tuple[Table, list] | None:
    """The one table of units and its rows just added up (the conversation's one ranked group), by their figures: a
    department's are all its units' rows ("城管局采购预算合计"); None unless one group and one table hold them."""
    if len(groups) != 1:
        return None
    ids = set(groups[0][1])
    held = [(t, rows) for t in tables if _units_of(t)
            and (rows := [r for r in t.records if any(f["id"] in ids for f in r.cells.values())])]
    return held[0] if len(held) == 1 else None


def _part_of_a_units_sum(idx, tables: list[Table], text: str, context: dict | None) -> FactAnswer | None:
    """"妇幼保健院合计" → "其中财政拨款多少": of the unit whose rows were just added up, the rows a value of a column
    of kinds (资金来源 财政拨款, 配置方式 租用) or a class (专用设备) marks, added up."""
    groups: list = list((context or {}).get("ranked_groups") or [])
    m = _PART_ASKED.match(text.strip())  # (the conversation's department said before it is left out of text)
    if m is None or (held := _units_sum_rows(tables, groups)) is None:
        return None
    t, rows = held
    v = m.group("v")
    said = re.sub(r"(?:有|是|占|为)?(?:多少|多少钱|多少万|几项|合计多少)?(?:呢)?$", "", text.strip()[m.start("v"):])
    if (column := _part_column_said(idx, t, v) or _part_column_said(idx, t, said)) is not None:
        # ("购买服务小计" → "其中财政拨款": the column 其中：财政拨款 of the same rows, added up)
        cells = [r.cells[column] for r in rows if column in r.cells and r.cells[column]["number"] is not None]
        if not cells:
            return None
        parts = [(r.name, fmt_number(r.cells[column]["number"])) for r in rows if r.cells.get(column) in cells]
        own = re.sub(r"^其中[:：]?", "", compact(column))
        return FactAnswer("answered", compose.project_items_added(f"{groups[0][0]} 其中{own}", parts, fmt_number(_added(cells)),
                                                                  cells[0]["unit"] or "") + _cite(idx, cells), cells,
                          total=(_added(cells), cells[0]["unit"] or ""))
    hits = [r for r in rows if r.group == v or any(compact(r.cells[c]["value"] or "") == v for c in t.kinds if c in r.cells)]
    marked = [r for r in t.records if r.group == v or any(compact(r.cells[c]["value"] or "") == v for c in t.kinds if c in r.cells)]
    cells = [r.cells[t.amount] for r in hits if t.amount in r.cells and r.cells[t.amount]["number"] is not None]
    if not marked or len(cells) != len(hits):
        return None  # (a word no row of the table is marked by: not this reading's)
    if not cells:
        return FactAnswer("answered", compose.fact_value(f"{groups[0][0]} {v}", "0（没有这一类）")
                          + _cite(idx, [r.cells[t.amount] for r in rows if t.amount in r.cells][:1]), [])
    parts = [(r.name, fmt_number(f["number"])) for r, f in zip(hits, cells, strict=True)]
    return FactAnswer("answered", compose.project_items_added(f"{groups[0][0]} 其中{v}", parts, fmt_number(_added(cells)),
                                                              cells[0]["unit"] or "") + _cite(idx, cells), cells,
                      total=(_added(cells), cells[0]["unit"] or ""))


# "增减额呢", "那2025年执行数呢": a column alone said after a unit's rows were added up
_COLUMN_ALONE = re.compile(r"^(?:那|那么)?(?:它的|它|其)?(?:的)?(?P<c>[\u4e00-\u9fff\d%％]{2,12}?)(?:是|有|为)?(?:多少)?(?:呢)?$")


def _column_of_a_units_sum(idx, tables: list[Table], text: str, context: dict | None) -> FactAnswer | None:
    """"县教育局收费小计" → "增减额呢": of the unit whose rows were just added up, another money column of the same
    rows (one header ending with the words said), added up — never each row's figure listed as if asked one by one.
    None when no column is so said, or a row prints no figure there (no sum of part of the rows)."""
    groups: list = list((context or {}).get("ranked_groups") or [])
    m = _COLUMN_ALONE.match(compact(text))
    if m is None or (held := _units_sum_rows(tables, groups)) is None:
        return None
    t, rows = held
    named = [c for c in {c for r in rows for c in r.cells} if compact(c).endswith(m.group("c")) and c != t.amount]
    cells = [r.cells[named[0]] for r in rows if named[0] in r.cells] if len(named) == 1 else []
    if not cells or len(cells) != len(rows) or any(f["number"] is None or (f["unit"] or "") not in _MONEY for f in cells):
        return None
    parts = [(r.name, fmt_number(r.cells[named[0]]["number"])) for r in rows]
    return FactAnswer("answered", compose.project_items_added(f"{groups[0][0]} {named[0]}", parts, fmt_number(_added(cells)),
                                                              cells[0]["unit"] or "") + _cite(idx, cells), cells,
                      total=(_added(cells), cells[0]["unit"] or ""), ranked_groups=[(groups[0][0], [f["id"] for f in cells])])


def _part_column_said(idx, t: Table, v: str) -> str | None:
    """The money column other than the rows' own amount whose header, without its "其中", is the part said
    (财政拨款 of 其中：财政拨款); None when no header is exactly that."""
    cols = {c for r in t.records for c in r.cells if c != t.amount}
    named = [c for c in cols if re.sub(r"^其中[:：]?", "", compact(c)) == v
             and all(r.cells[c]["number"] is not None or not (r.cells[c]["value"] or "").strip() for r in t.records if c in r.cells)]
    return named[0] if len(named) == 1 else None


def _part_of_the_rows_added(idx, whole: str, context: dict | None) -> FactAnswer | None:
    """"其中公开招标的多少" right after a department's rows of a record table were added up, the conversation's
    department said before it (its own tables hold no such rows): of the table just answered."""
    ids = {i for _, fids in (context or {}).get("ranked_groups") or () for i in fids}
    docs = sorted({idx.fact_doc[i] for i in ids} & _record_docs(idx)) if ids else []
    tables = _tables_over(idx, docs)
    return _part_of_a_units_sum(idx, tables, _without_departments(idx, whole), context) if tables else None


def _after_a_units_sum(t: Table, unit: str, rest: str, context: dict | None) -> bool:
    """"妇幼呢" right after "疾控中心新增资产多少": the rows of another unit of the table were just added up."""
    groups: list = list((context or {}).get("ranked_groups") or [])
    units = _units_of(t) or {}
    if re.sub(r"[\s的呢那么吧啊]", "", rest) or not rest.strip().endswith("呢"):
        return False
    if len(groups) == 1 and groups[0][0] != unit and groups[0][0] in units:
        return True
    # ("救助管理站小计" → "殡葬管理所呢": another unit's printed "<单位> 小计" line was just shown — its figure, not rows)
    last = set((context or {}).get("last") or ())
    return bool(last) and any(u != unit and (line := t.subtotals.get(label_key(u))) is not None
                              and line.key == label_key(u + "小计") and any(f["id"] in last for f in line.cells.values())
                              for u in units)


def _table_whole(t: Table, col: str = "") -> tuple[dict | None, list[dict]]:
    """The table's whole in its rows' own amount (or the column given): its 合计 row's, or (none printed) the rows'
    amounts to add up."""
    col = col or t.amount
    if t.total is not None and t.total.cells.get(col, {}).get("number") is not None:
        return t.total.cells[col], []
    return None, [r.cells[col] for r in t.records if col in r.cells and r.cells[col]["number"] is not None]


def _unit_share(idx, t: Table, unit: str, cells: list[dict], rest: str, col: str = "") -> FactAnswer | None:
    """"人民医院采购额占全部采购意向的比例": the unit's rows added up over the table's 合计 (or its rows added up)."""
    if not cells or not (_OF_ALL.search(rest[rest.index("占"):]) or re.search(r"占(?:比|比例|多少|百分之)", rest)):
        return None
    whole, added = _table_whole(t, col or t.amount)
    total = whole["number"] if whole is not None else _added(added)
    if not total:
        return None
    part = _added(cells)
    result = fmt_percent(part / total * 100)
    sum_line = compose.project_items_added(unit, [(_row_label(idx, f), fmt_number(f["number"])) for f in cells],
                                           fmt_number(part), cells[0]["unit"] or "")
    text = compose.fact_share(unit, "合计" if whole is not None else "全部各项之和", fmt_number(part), fmt_number(total), result)
    shown = [*cells, whole] if whole is not None else cells
    return FactAnswer("answered", text + "\n" + sum_line + _cite(idx, shown), shown)


_UNDER_IT = re.compile(r"(?:的)?(?:下面|下属|所属|里面|里|下)?(?:的)?")


def _block_said(idx, t: Table, units: dict[str, list[Record]], text: str) -> tuple[str, dict[str, list[Record]]] | None:
    """A department said by its own line's name over a table of department blocks: the question without it (and
    下面 / 下属 after it), and the units of its block; None when no such department is said."""
    said = _unit_said(idx, t, units, text)
    if said is None:
        return None
    dept, rows = _rows_meant(idx, t, said[0], text, said[1])
    if dept == said[0] or not rows:
        return None
    (a, b), members = said[1], {r.project for r in rows}
    under = _UNDER_IT.match(text, b)
    return text[:a] + " " + text[under.end() if under else b:], {u: rs for u, rs in units.items() if u in members}


def _units_ranked(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"哪个单位采购项目最多" (by how many rows each unit holds), "采购预算最多的单位" (by their rows added up): the
    units of the one table whose rows stand under units compared."""
    most = _MOST.search(text)
    held = [(t, units) for t in tables if (units := _units_of(t))]
    if most is None or len(held) != 1:
        return None
    t, units = held[0]
    text = _unit_head_as_unit(t, text)
    if not _WHICH_UNIT.search(text):
        return None
    if (block := _block_said(idx, t, units, text)) is not None:
        text, units = block  # ("教育局下面哪个单位采购最多": the units of its block only)
    col = _amount_said(idx, t, text)
    by_money = bool(re.search(r"钱|预算|金额|采购额|资金|经费|贵", text)) or col != t.amount
    if not by_money and not re.search(r"项目|个数|数量|几个|条|项", text):
        # "哪个单位新增资产最多": a most naming no column, of the table's own words only, is of the rows' amount
        left = _WHICH_UNIT.sub(" ", _MOST.sub(" ", _title_blanked(t, text)))
        if _unexplained_rest(idx, t, left) or re.search(r"[^\s的是呢了啊吧里中在为]", left):
            return None
        by_money = True
    if (by_department := _departments_ranked(idx, t, text, col if by_money else "", most.group("max") is None)):
        return by_department
    sums = {u: [r.cells[col] for r in rows if col in r.cells and r.cells[col]["number"] is not None]
            for u, rows in units.items()}
    if by_money and (printed := _printed_subtotals(t, units, col)) is not None:
        sums = {u: [f] for u, f in printed.items()}  # (each unit's block closed by its printed 小计: that line)
    size = {u: (_added(fs) if by_money else len(units[u])) for u, fs in sums.items()}
    pick = max if most.group("max") else min
    best = pick(size.values())
    top = [u for u, n in size.items() if n == best]
    facts = [f for u in top for f in sums[u]]
    if by_money:
        unit = facts[0]["unit"] if facts else ""
        said = compose.fact_extreme("max" if pick is max else "min", top, f"{fmt_number(best)}{unit}", len(size))
    else:
        said = compose.units_by_count("max" if pick is max else "min", top, int(best), len(size),
                                      [r.name for r in units[top[0]]])
    order = sorted(sums, key=lambda u: size[u], reverse=pick is max) if by_money else []
    return FactAnswer("answered", said + _cite(idx, facts), facts, ranked=[f["id"] for f in facts],
                      ranked_groups=[(u, [f["id"] for f in sums[u]]) for u in order if sums[u]])


_WENT_UP = Words("departments", r"{went_up}")
_WENT_DOWN = Words("departments", r"{went_down}")
_CHANGE_HEADERS = Words("departments", r"^(?:{change_headers})$")
# what else a question filtering rows by their change says: the year before it is set against (比上年, 较去年)
_AGAINST_BEFORE = Words("year_change", r"(?:{against_after}|较|同)?(?:{before})(?:相比|比)?|同比")
_GROUPS_SAID = Words("unit_rows", "{groups_said}")
_COLUMN_WHOLE = Words("records", "{column_wholes}")
_FIGURE_OR_SHARE = Words("records", r"{how_much}|几[成个点]?[%％]|{percent_words}")
_RATE_SAID = Words("records", r"{rate_words}|[%％]")
_CHANGE_FILLERS = Words("records", "{change_fillers}")
_CHANGE_SAID = Words("change_columns", "{change_said}")
_AGAINST_SAID = Words("year_change", r"(?:{against_after}|较|同)(?:{before})(?:相比|比)?|同比")


def _changed_asked(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"收费比上年增加的部门有哪些", "下降的项目有哪些": the rows (or the units, by their printed 小计 lines) of the one
    table printing a change column (增减额) whose change went the way said, listed with it; None unless one way is
    said, a list or count asked, and nothing else (a unit named, a ranking, a word the table does not explain)."""
    up, down = _WENT_UP.search(text), _WENT_DOWN.search(text)
    if bool(up) == bool(down) or not (_LIST.search(text) or _WHICH.search(text) or _COUNT.search(text)) \
            or _FIGURE_OR_SHARE.search(text) or _MOST.search(text) and _RATE_SAID.search(text):
        return None  # (降幅最大: the rate's ranking, never the amount of the change)
    found = [(t, col) for t in tables if t.amount and (col := _change_column(t))]
    # (a unit said names its table: "交通运输局哪些项目减少了")
    found = [x for x in found if (u := _units_of(x[0])) and _unit_said(idx, x[0], u, text)] or found
    found = _titled(found, text) if len(found) > 1 else found
    if len(found) != 1:
        return None
    t, col = found[0]
    if _year_not_of_the_change(idx, t, text, col):
        return None  # ("2025年比上年增加的": the change of a year the column is not of)
    units = _units_of(t)
    mine = _unit_said(idx, t, units, text) if units else None
    if not mine and not _titled(found, text, required=True) and _changes_elsewhere(idx, t):
        return None  # (another table prints a change too, 部门支出预算表's 增减: this one only when its title is said)
    rows = units[mine[0]] if mine else t.records  # ("公安局哪些收费减少了": that unit's rows)
    if mine:
        a, b = mine[1]
        text = text[:a] + " " + text[b:]
    rest = _AGAINST_BEFORE.sub(" ", text.replace((up or down).group(), " "))  # type: ignore[union-attr]
    groups = bool(_GROUPS_SAID.search(_unit_head_as_unit(t, rest))) and not _rows_are_units(t) and not mine
    most = _MOST.search(rest)
    rest = _GROUPS_SAID.sub(" ", _unit_head_as_unit(t, _MOST.sub(" ", rest) if most else rest))
    named = _of_rows_said(idx, t, rows, rest)  # ("减少的工本费有哪些": the rows named so, never every row)
    if named is None or groups and named is not rows:
        return None  # (a word of rows no row holds; or said of units, whose 小计 no row word filters)
    rows = named
    for w in _row_words(idx, t, rest):
        rest = rest.replace(w, " ")  # (read: the rows are filtered by it)
    if _unexplained_rest(idx, t, rest):
        return None
    if groups:
        printed = _printed_subtotals(t, units, col) if units else _departments_subtotals(idx, t, col)
        if printed is None:
            return None  # (groups with no printed 小计 lines: never their rows' changes added up here)
        cells = [(f"{u}小计", f) for u, f in printed.items()]
    else:
        cells = [(f"{r.project}{r.name}" if r.project else r.name, r.cells[col]) for r in rows
                 if col in r.cells and r.cells[col]["number"] is not None]
    word = (up or down).group()  # type: ignore[union-attr]
    word = re.sub(r"了$", "", word)
    hits = [(n, f) for n, f in cells if (f["number"] > 0 if up else f["number"] < 0)]
    if most and hits:
        # ("哪个部门收费增加最多": the group whose 小计 rose most; "减少最多": fell most; "哪项减少最多": the row)
        best = (max if up else min)(f["number"] for _, f in hits)
        top = [(n, f) for n, f in hits if f["number"] == best]
        said = compose.changed_most(word, [n for n, _ in top], _shown(top[0][1]), len(cells))
        return FactAnswer("answered", said + _cite(idx, [f for _, f in top]), [f for _, f in top])
    facts = [f for _, f in hits] or [f for _, f in cells[:10]]
    if not hits:
        return FactAnswer("answered", compose.none_changed(word, len(cells)) + _cite(idx, facts), facts, settled=True)
    lines = [compose.fact_value(f"{n} {col}", _shown(f)) for n, f in hits]
    said = compose.numbered_items(lines, compose.changed_head(word, len(cells)))
    return FactAnswer("answered", said + _cite(idx, facts), facts, ranked=[f["id"] for f in facts])


# A follow-up saying a part of a row's name alone ("非住宅呢", "那住宿费呢"): the part, its asking words around it.
_PART_ALONE = re.compile(r"(?:那么?|那个|还有)?(?P<w>[\u4e00-\u9fff]{2,12}?)(?:的)?(?:呢|吧|啊)(?:多少|是多少)?$")
_BRACKET = re.compile(r"^(?P<base>.+?)[（(](?P<q>[^）)]+)[）)]$")


def _sibling_asked(idx, tables: list[Table], text: str, context: dict | None) -> FactAnswer | None:
    """"不动产登记费（住宅）" → "非住宅呢": the row of the same name with that bracket; "普通高中学费" → "住宿费呢": of the
    rows whose name holds the word (普通高中住宿费, 中等职业学校住宿费), the one sharing the earlier row's qualifier
    (普通高中) — in the columns just shown. None unless the earlier row is the conversation's and one row is so."""
    m = _PART_ALONE.fullmatch(text.strip())
    shown = set((context or {}).get("last") or (context or {}).get("shown") or ())
    last = _of_context(tables, dict(context or {}, last=shown)) if m else None
    if m is None or last is None:
        return None
    t, r0 = last
    w = m.group("w")
    if r0.key == label_key(w) or w in r0.key:
        return None  # (the row itself said again)
    base0 = _BRACKET.match(re.sub(r"\s", "", r0.name))
    picked = [r for r in t.records if r is not r0 and base0 and (b := _BRACKET.match(re.sub(r"\s", "", r.name)))
              and b.group("base") == base0.group("base") and compact(b.group("q")) == w]
    if not picked:
        holding = [r for r in t.records if r is not r0 and w in r.key]
        if len(holding) < 2:
            return None  # (one row or none holds it: the labels' own reading names it)
        shared = {id(r): _shared_head(r.key, r0.key) for r in holding}
        best = max(shared.values())
        picked = [r for r in holding if shared[id(r)] == best] if best >= 2 else []
    if len(picked) != 1:
        return None
    r = picked[0]
    cols = [c for c, f in r0.cells.items() if f["id"] in shown] or [t.amount]
    facts = [r.cells[c] for c in cols if c in r.cells]
    return _say(idx, facts) if facts else None


# Why a row's figure is what it is ("为什么26年是0", "为啥停了", "怎么没有了"): its 备注 (or 说明) read.
_WHY_ASKED = Words("reasons", "{why}|{why_loosely}")  # (common._WHY's words, and those said loosely)
_REMARK_HEAD = Words("quantities", "{remark_heads}")  # (a remark's column, as measures reads it)


def why_asked(idx, question: str, docs: list[int] | None, context: dict | None) -> FactAnswer | None:
    """"为啥取消", "为什么26年是0" of a row of a table of records whose figure is 0 or blank: _why_blank, asked before
    any reader of the rows' words (整合方式 取消) lists the rows holding the word."""
    whole = compact(normalize(question))
    if not _WHY_ASKED.search(whole):
        return None
    tables = _tables_over(idx, _scope(idx, whole, docs))
    return _why_blank(idx, tables, _said_as_headers(idx, tables, _without_departments(idx, whole)), context) if tables else None


def _why_blank(idx, tables: list[Table], text: str, context: dict | None) -> FactAnswer | None:
    """"为什么26年是0" of the row just shown (or named) whose figure of the document's year is 0 or blank: its 备注
    when it says something (2026年起停征), else that the table does not say why; None unless a reason is asked of one
    such row."""
    if not _WHY_ASKED.search(text):
        return None
    named = _named_how(tables, text)
    shown = set((context or {}).get("last") or (context or {}).get("shown") or ())
    row = (named[0], named[1]) if named else _of_context(tables, dict(context or {}, last=shown))
    if row is None:
        return None
    t, r = row
    years = {int(y) for y in re.findall(r"((?:19|20)\d\d)年", text)}
    col = next((c for c in r.cells if years and year_in(c) in years and not _CHANGE_HEADERS.search(c)), t.amount)
    f = r.cells.get(col)
    if (not_held := _premise_not_held(idx, t, r, text, (years, col))) is not None:
        return not_held  # ("X为啥取消" of a row kept, "为什么24年是0" of a row printing 55: no reason of a state not its)
    if f is not None and f["number"] not in (None, 0) or years and col == t.amount and year_in(col) not in years:
        return None  # (a figure printed: the reason of a change is the labels' or no one's)
    name = f"{r.project}{r.name}" if r.project else r.name
    notes = [c for c, g in r.cells.items() if _REMARK_HEAD.search(c) and (g["value"] or "").strip()]
    cited = [g for g in (f, *(r.cells[c] for c in notes)) if g is not None]
    if not notes:
        return FactAnswer("unknown", compose.remark_empty(name) + _cite(idx, cited or list(r.cells.values())[:1]), [],
                          settled=True)
    pairs = [(f"{name} {col}", _shown(f) if f is not None else compose.BLANK_CELL)] \
        + [(f"{name} {c}", r.cells[c]["value"].strip()) for c in notes]
    return FactAnswer("answered", compose.fact_values(pairs) + _cite(idx, cited), cited)


_WHY_TAIL = Words("title_noun", r"(?:{tail}|{why_fillers})+$")
_ZERO_SAID = Words("records", r"(?:{zero_said})$")


def _premise_not_held(idx, t: Table, r: Record, text: str, asked: tuple[set[int], str]) -> FactAnswer | None:
    """The state a reason is asked of, checked against the one row found: a value of a text column said after the
    why ("为啥取消": 取消, a value of 整合方式 in other rows) that the row does not print (its 整合方式 保留), or a
    figure said 0 ("为什么26年是0") that the row's figure of that year is not, or of a year the table prints no
    column of — unknown, settled, with what the row prints; None when the premise is the row's or none is said."""
    why = _WHY_ASKED.search(text)
    if why is None:
        return None
    said = _WHY_TAIL.sub("", text[why.end():])
    name = f"{r.project}{r.name}" if r.project else r.name
    years, col = asked
    if said and not _ZERO_SAID.search(said):
        for c, g in r.cells.items():
            own = compact(g["value"] or "")
            if g["number"] is None and own and own != said \
                    and any(compact((o.cells.get(c) or {}).get("value") or "") == said for o in t.records if o is not r):
                return FactAnswer("unknown", compose.premise_not_the_rows(name, c, own, said) + _cite(idx, [g]), [],
                                  settled=True)
        return None
    if not said:
        return None
    f = r.cells.get(col)
    if years and year_in(col) not in years:  # (no column of the year said: the table prints no such figure)
        shown = [(f"{name} {col}", _shown(f))] if f is not None else []
        return FactAnswer("unknown", compose.premise_year_not_printed(name, sorted(years), shown)
                          + _cite(idx, [f] if f is not None else list(r.cells.values())[:1]), [], settled=True)
    if f is not None and f["number"] not in (None, 0):
        return FactAnswer("unknown", compose.premise_figure_not_zero(name, col, _shown(f)) + _cite(idx, [f]), [],
                          settled=True)
    return None


def _shared_head(a: str, b: str) -> int:
    """How many characters two names start with alike (普通高中 of 普通高中住宿费 and 普通高中学费)."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


_WHOLE_SAID = Words("records", "{whole_said}")  # (a lone 总 too: 总收费)
_CHANGE_ASKED = Words("departments", r"{change}")


def _total_change(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"收费收入总的减少了多少", "合计增加了多少": the change column (增减额) of the 合计 row of the one table printing
    both (the one whose title the question says most of, when several do), with the way it went; None unless the
    whole and a change are said and nothing else the table does not explain (a unit, a row)."""
    whole, change = _WHOLE_SAID.search(text), _CHANGE_ASKED.search(text)
    if whole is None or change is None or not re.search(r"多少|几", text) or _MOST.search(text) \
            or _RATE_SAID.search(text):
        return None  # (增长率多少: the rate column, read by the labels; never the amount of the change)
    found = [(t, col) for t in tables if t.total is not None and (col := _change_column(t)) and col in t.total.cells]
    found = _titled(found, text, required=True)  # (the table said by its title: "总的" of no table is asked back)
    if len(found) != 1:
        return None
    t, col = found[0]
    total = t.total
    assert total is not None
    if (units := _units_of(t)) and _unit_said(idx, t, units, text) is not None or _named([t], text) is not None:
        return None
    if _year_not_of_the_change(idx, t, text, col):
        return None  # ("收费表2025年合计增加了多少": the change of a year the column is not of)
    rest = _AGAINST_BEFORE.sub(" ", _WHOLE_SAID.sub(" ", _CHANGE_ASKED.sub(" ", text)))
    rest = _CHANGE_FILLERS.sub(" ", rest)
    if _unexplained_rest(idx, t, rest) or _row_words(idx, t, rest):
        return None  # (a row's word said: the 合计's change is not that row's)
    f = total.cells[col]
    if f["number"] is None:
        return None
    said = compose.fact_value(f"{total.name} {col}", _shown(f)) \
        + compose.change_way(fmt_number(abs(f["number"])) + (f["unit"] or ""), f["number"] < 0, f["number"] == 0)
    return FactAnswer("answered", said + _cite(idx, [f]), [f])


def _changes_elsewhere(idx, t: Table) -> bool:
    """Whether a document outside the table prints a column of change (增减, 比上年增长 …), worked out once per index."""
    def read() -> frozenset[int]:
        key_docs = idx.key_docs()  # (made with the index: every document of a key, none left out)
        return frozenset(d for k in idx.col_keys if _CHANGE_HEADERS.search(k) or _CHANGE_SAID.search(k)
                         for d in key_docs.get(k, ()))
    held = idx.read_once("_change_docs", None, read)
    mine = {_doc_of(r) for r in t.records} | {t.doc}
    return bool(held - mine)


def _departments_subtotals(idx, t: Table, col: str) -> dict[str, dict] | None:
    """A table split by the department of each block (主管部门 merged down it: a document per department, read as
    one table): each department's printed 小计 line's cell in the column; None unless every department of the
    table's rows has one."""
    docs = list(dict.fromkeys(_doc_of(r) for r in t.records))
    if len(docs) < 2:
        return None
    got: dict[str, dict] = {}
    for d in docs:
        lines = [f for f in _subtotal_lines(idx, d) if label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1]) == col]
        if len(lines) != 1:
            return None
        got[idx.docs[d].department] = lines[0]
    return got


def _subtotal_lines(idx, doc: int) -> list[dict]:
    """A document's printed 小计 lines' figures, read once per index (never each question's read of its facts)."""
    return idx.read_once("_subtotal_lines", doc, lambda: [
        f for f in idx.facts(list(idx.docs[doc].facts)) if compact(own_label(f)) == "小计" and f["number"] is not None])


def _doc_of(r: Record) -> int:
    return next(iter(r.cells.values()))["document_id"]


def _change_column(t: Table) -> str:
    """The table's column of a row's change in money (增减额, 增减), when it prints one for its rows."""
    cols = [c for c in dict.fromkeys(c for r in t.records for c in r.cells) if _CHANGE_HEADERS.search(c)]
    money = [c for c in cols if any((r.cells[c]["unit"] or "") in _MONEY for r in t.records if c in r.cells)]
    return money[0] if money else ""


def _titled(found: list[tuple[Table, str]], text: str, required: bool = False) -> list[tuple[Table, str]]:
    """Of several tables, the one whose title the question says the most characters of (two running or more);
    none when it says none of them and a title is required."""
    def covered(t: Table) -> int:
        title = "".join(w for w in t.words if len(w) > 8)
        hit = [False] * len(text)
        for i in range(len(text) - 1):
            for j in range(i + 2, len(text) + 1):
                if text[i:j] in title:
                    hit[i:j] = [True] * (j - i)
        return sum(hit)
    scores = [covered(t) for t, _ in found]
    best = max(scores, default=0)
    return [x for x, n in zip(found, scores, strict=True) if n == best] if best >= 2 else [] if required else found


def _rows_are_units(t: Table) -> bool:
    """Whether the rows' own label is headed as units (单位名称): their units are the rows, not a group over them."""
    return rows_headed_as_units([f for r in t.records[:3] for f in list(r.cells.values())[:1]])


def _unit_head_as_unit(t: Table, text: str) -> str:
    """The question with the header of the table's column of units (执收单位, 主管部门) said as 单位: "哪个执收单位收费
    最多" asks the units as "哪个单位" does."""
    for h in sorted(t.heads, key=len, reverse=True):
        if len(h) >= 3 and _UNIT_HEAD.search(h[-2:]) and h in text:
            text = text.replace(h, "单位")
    return text


def _printed_subtotals(t: Table, units: dict[str, list[Record]], col: str) -> dict[str, dict] | None:
    """Each unit's printed "<单位> 小计" line's cell in the column (the unit's block closed by it); None unless
    every unit has one printing a figure there."""
    got: dict[str, dict] = {}
    for u in units:
        line = t.subtotals.get(label_key(u))
        f = line.cells.get(col) if line is not None and line.key == label_key(u + "小计") else None
        if f is None or f["number"] is None:
            return None
        got[u] = f
    return got


def rows_of_a_line_said(idx, docs: list[int], text: str) -> tuple[str, set[tuple[int, str, int]]] | None:
    """"卫健局的政府履职辅助性服务有哪些" of a table printing a "<部门>小计" line over (or under) each department's
    units: the one department the question names by a name people use for it (no other department of the table
    said so), and where its rows stand ((document, sheet, line) of each); None when it names none or several."""
    found: list[tuple[str, set[tuple[int, str, int]]]] = []
    for t in _tables_over(idx, docs):
        lines = _department_lines([*t.subtotals.values(), *t.heads_of_units.values()])
        if len(lines) < 2:
            continue
        forms = {d: {f for f in _short_forms(idx, d) | {d} if len(f) >= 3} for d in lines}
        held: dict[str, int] = {}
        for fs in forms.values():
            for f in fs:
                held[f] = held.get(f, 0) + 1
        # (a form two departments share, their place "龙游县", names neither)
        said = [d for d, fs in forms.items() if any(held[f] == 1 and f in text for f in fs)]
        rows = [r for r in t.records if said and r.group == said[0]]
        if len(said) == 1 and rows:
            found.append((said[0], {(f["document_id"], f["sheet"], f["line"]) for r in rows for f in r.cells.values()}))
    return found[0] if len(found) == 1 else None


# A department asked to be picked ("哪个部门购买服务最少"), not a unit ("哪个单位…": the units under it).
_WHICH_DEPARTMENT = re.compile(r"哪(?:个|一个|家|些)?部门|的部门(?:是|$)")


def _departments_ranked(idx, t: Table, text: str, col: str, fewest: bool) -> FactAnswer | None:
    """"哪个部门购买服务最少" of a table printing a "<部门>小计" line over (or under) each department's units: the
    departments ranked by their printed 小计 in the column asked (col; "" ranks by how many rows stand under each),
    never their units, which only "哪个单位" asks of; None when the table prints no such lines or one lacks it."""
    lines = _department_lines([*t.subtotals.values(), *t.heads_of_units.values()])
    if len(lines) < 2 or not _WHICH_DEPARTMENT.search(text) or "单位" in text:
        return None
    if col:
        cells = {d: r.cells[col] for d, r in lines.items() if col in r.cells and r.cells[col]["number"] is not None}
        size: dict[str, float] = {d: f["number"] for d, f in cells.items()}
        shown = [f for f in cells.values()]
    else:
        counted = {d: [r for r in t.records if r.group == d] for d in lines}
        size = {d: len(rows) for d, rows in counted.items() if rows}
        shown = [next(iter(r.cells.values())) for rows in counted.values() for r in rows[:1]]
    if len(size) != len(lines):
        return None  # (a department whose line prints no such figure: not ranked as if it were 0)
    order = sorted(size, key=lambda d: size[d], reverse=not fewest)
    unit = shown[0]["unit"] or "" if col else "项"
    item = ("小计" if col == t.amount else f"小计 {col}") if col else "项目数"
    said = compose.departments_most(item, fewest, [(d, fmt_number(size[d])) for d in order], unit)
    top = [d for d in order if size[d] == size[order[0]]]
    facts = [lines[d].cells[col] for d in top] if col else shown
    return FactAnswer("answered", said + _cite(idx, facts), facts, ranked=[f["id"] for f in facts])


_ONE_ITEM = re.compile(r"哪一?[项笔件样]|[一单][项笔件]")
# "哪个采购项目…最大": the thing each row is, said after the asking word, before 最.
_WHICH_THING = Words("ranked_things", "{which}")


# The money a thing is ranked by, said after it ("采购项目预算最大"): the rows' own amount.
_BY_MONEY = Words("ranked_things", "(?:的)?{money}?(?:的)?")


def _thing_by_money(t: Table, said: str) -> bool:
    """Whether the words said are the thing each row is (采购项目 of 采购项目名称), then at most its money (预算)."""
    stems = sorted({h[:-2] for h in t.heads if h.endswith("名称") and not _UNIT_HEAD.search(h[-4:])}, key=len, reverse=True)
    return _row_thing_said(t, said) and any(said.startswith(h) and _BY_MONEY.fullmatch(said[len(h):]) is not None
                                            for h in stems if len(h) >= 2)


def _row_thing_said(t: Table, text: str) -> bool:
    """Whether the thing each row is gets said (资产 of 资产名称, 设备 of 设备名称): "单价最高的资产" ranks the rows —
    of a table of departments' blocks (two or more closed by their 小计), whose rows are all of one kind."""
    if len(t.subtotals) + len(t.heads_of_units) < 2:
        return False
    stems = {h[:-2] for h in t.heads if h.endswith("名称") and not _UNIT_HEAD.search(h[-4:])}
    return any(len(h) >= 2 and h[-2:] in text for h in stems)


def _items_ranked(idx, tables: list[Table], text: str, whole: str) -> FactAnswer | None:
    """"采购预算最大的一笔是什么", "市场监管局采购最多的一项", "采购预算倒数第二": the rows of the one table whose rows
    stand under units ranked over the whole table — each row an item, never a unit's 小计 or the 合计; the most of
    a table named by its items (its unit the rows' only label, which the labels cannot name), a place of any such
    table. None when a unit, a row or a word not understood is said."""
    most, place = _MOST.search(text), _PLACE_SAID.search(text)
    if place and (re.match(r"^(?:那|那么)?(?:倒数)?第", text) or not re.search(r"采购|预算|金额|钱", text)):
        place = None  # ("倒数第二是哪个": a place of the ranking just shown, never this table's amounts)
    # (or one item asked by its count word, "哪一项金额最大": never the rows whose 数量 prints 1项)
    # (the thing each row is said after 最, "单价最高的资产", ranks the rows by a column of this table said before it)
    which = _WHICH_THING.search(text[:most.start()]) if most else None
    held = [t for t in tables if _units_of(t) and (t.item_column or place or most and (
        _ONE_ITEM.search(text) or _row_thing_said(t, text[most.end():])
        and _column_said(t, _said_as_headers(idx, [t], text[:most.start()]), partial=False)
        or which is not None and _thing_by_money(t, text[which.end():most.start()])))]  # ("哪个采购项目预算最大")
    if not (most or place and not place.group("top")) or len(held) != 1 or _WHICH_UNIT.search(text):
        return None
    t = held[0]
    if _unit_said(idx, t, _units_of(t), text) is not None or _named([t], text) is not None:
        return None
    owner = idx.docs[t.doc].department
    if any(form in whole and owner not in idx.dept_forms.get(form, ()) for form in idx.dept_forms_said(whole)):
        return None  # (its place said, 仙居, names its departments loaded too: the place's table is asked; a
        # department said besides, 仙居市监局, is that department's block, never the whole table's largest item)
    if _unexplained_rest(idx, t, _UNIT_ASKING.sub(" ", _title_blanked(t, _PLACE_SAID.sub(" ", text)))):
        return None
    col = _amount_said(idx, t, text)
    if (said := _column_said(t, _said_as_headers(idx, [t], text))) and said != col:
        col = said  # (a figure column said that is no money, 数量最多: ranked by it, never by the amount)
    cells = [r.cells[col] for r in t.records if col in r.cells and r.cells[col]["number"] is not None]
    if not cells or len(cells) * 2 < len(t.records) or _change_most_unread(text, col):
        return None
    if not place:
        return _unit_extreme(idx, cells, bool(most.group("max"))) if most else None
    n = small_number(place.group("n") or place.group("n2") or "") or 0
    low = bool(place.group("end")) or bool(re.search(r"第[一二两三四五六七八九十\d]+(?:个|名|位|项)?[少小低]", text))
    order = sorted(cells, key=lambda f: f["number"], reverse=not low)
    if not 1 <= n <= len(order):
        return None
    f = order[n - 1]
    name = _row_label(idx, f, unit=True)
    said_place = compose.ranked_place_from_end(n, name, _shown(f)) if place.group("end") else compose.ranked_place(n, name, _shown(f))
    return FactAnswer("answered", said_place + _cite(idx, [f]), [f], ranked=[x["id"] for x in order])


# --- the rows just listed, asked on ------------------------------------------------------------------------

# "合计多少", "两项合计", "这些加起来多少", "预算加起来": the rows just listed added up (no row, group or table named).
_LISTED_SUM = re.compile(r"^(?:那|那么)?(?:这|那)?(?:些|几个|几项|两个|两项|三个|三项|俩|它们|他们|[两二三四五六七八九十\d]项|[两二三四五六七八九十\d]个)?"
                         r"(?:的)?(?:预算|金额|采购额|资金|钱|(?P<col>[\u4e00-\u9fff]{2,8}?))?(?:的)?(?:合计|加起来|一共|总共|总计|共计|加在一起|总额)(?:是|有)?"
                         r"(?:多少)?(?:钱|万元?|元)?(?:呢|啊|吧)?$")
# "最大的那个多少", "它最贵的项目", "哪个最多": the rows just listed ranked.
_LISTED_MOST = re.compile(r"^(?:那|那么)?(?:它|它们|这些|其中|里面|这里面|这几个)?(?:的)?(?:哪一?[项个样笔])?(?:预算|金额)?最(?:(?P<max>贵|多|大|高)|便宜|少|小|低)"
                          r"(?:的)?(?:那个|那一个|一个|是|项目|是哪个|是哪一个|哪个)*(?:项目)?(?:多少钱|多少|是多少|预算多少)?(?:呢)?$")


# "占总额多少", "它们占全部的比例": the rows just listed added up, over the table's whole.
_LISTED_SHARE = re.compile(r"^(?:那|那么)?(?:这些|它们|这几个|这几项|这两个|这两项|合计|加起来|一共)?(?:的)?(?:合计|总额|预算)?占"
                           r"(?:了)?(?:总额|总预算|全部|合计|总计|采购总额|总采购额|采购总预算|全部采购意向|全部采购|所有|整个|总数)?(?:的)?"
                           r"(?:比例|比重|占比|多少|百分之几|百分之多少|几成|百分比)+(?:呢)?$")


def _listed_rows(idx, tables: list[Table], context: dict | None) -> tuple[Table, list[Record]] | None:
    """The rows of one record table the last answer listed (two or more, no total), in the order shown."""
    ids = list((context or {}).get("listed") or (context or {}).get("ranked") or ())
    if len(ids) < 2:
        return None
    wanted = set(ids)
    for t in tables:
        hits = [r for r in t.records if any(f["id"] in wanted for f in r.cells.values())]
        if len(hits) >= 2 and t.amount:
            order = {fid: k for k, fid in enumerate(ids)}
            hits.sort(key=lambda r: min(order.get(f["id"], 10**6) for f in r.cells.values()))
            return t, hits
    return None


def _column_listed(t: Table, rows: list[Record], context: dict | None) -> str:
    """The one column the rows were just shown by ("特困供养和残疾人补贴执行数": 执行数): their cells in it are what a
    follow-up adds or ranks, never the table's amount column; that column when the answer showed no one column."""
    wanted = set((context or {}).get("listed") or ())
    cols = [c for c in rows[0].cells if all(c in r.cells and r.cells[c]["id"] in wanted and r.cells[c]["number"] is not None
                                            for r in rows)]
    return cols[0] if len(cols) == 1 else t.amount


def _row_shown_name(t: Table, r: Record) -> str:
    """A row as listed: its unit with it when another unit's row has the same name."""
    shared = sum(x.key == r.key for x in t.records) > 1
    return f"{r.project} {r.name}" if shared and r.project else r.name


def _listed_asked(idx, tables: list[Table], text: str, context: dict | None) -> FactAnswer | None:
    """"5月份有哪些" → "合计多少" / "两项合计": the rows just listed, their amounts added up (the arithmetic
    shown); → "最大的那个多少": the largest of them. None unless the question asks only that."""
    sum_asked, most, share = _LISTED_SUM.match(text), _LISTED_MOST.match(text), _LISTED_SHARE.match(text)
    if not (sum_asked or most or share) or most and len((context or {}).get("ranked_groups") or ()) >= 2:
        return None  # ("最少的呢" after units ranked: of the units, never of the top one's rows)
    listed = _listed_rows(idx, tables, context)
    if listed is None:
        return None
    t, rows = listed
    pointed = re.match(r"^(?:那|那么)?(?:这|那)?([两二俩三四五六七八九十\d])", text)
    if pointed and small_number(pointed.group(1).replace("俩", "两")) not in (None, len(rows)):
        return None  # "这两个加起来" over three rows listed: which two is not guessed
    amount = _column_listed(t, rows, context)  # (执行数 when the rows were shown by it)
    if sum_asked and sum_asked.group("col"):
        # "实际支出加起来多少": the column said, of the rows just listed; words naming no column: not this
        amount = _column_said(t, sum_asked.group("col"), partial=False)
        if not amount:
            return None
    cells = [(r, r.cells[amount]) for r in rows if amount in r.cells and r.cells[amount]["number"] is not None]
    if len(cells) != len(rows) or len({f["unit"] for _, f in cells}) != 1:
        return None
    facts = [f for _, f in cells]
    if most:
        pick = max if most.group("max") else min
        best = pick(f["number"] for f in facts)
        top = [(r, f) for r, f in cells if f["number"] == best]
        return FactAnswer("answered", compose.fact_extreme("max" if pick is max else "min", [_row_shown_name(t, r) for r, _ in top],
                                                           _shown(top[0][1]), len(facts)) + _cite(idx, [f for _, f in top]),
                          [f for _, f in top])
    parts = [(_row_shown_name(t, r), fmt_number(f["number"])) for r, f in cells]
    total = _added(facts)
    if share:
        whole, added = _table_whole(t)
        base = whole["number"] if whole is not None else _added(added)
        if not base:
            return None
        said = compose.fact_share(f"这 {len(facts)} 项", "合计" if whole is not None else "全部各项之和", fmt_number(total),
                                  fmt_number(base), fmt_percent(total / base * 100))
        shown = [*facts, whole] if whole is not None else facts
        return FactAnswer("answered", said + "\n" + compose.fact_sum(parts, fmt_number(total), facts[0]["unit"] or "")
                          + _cite(idx, shown), shown)
    return FactAnswer("answered", compose.fact_sum(parts, fmt_number(total), facts[0]["unit"] or "") + _cite(idx, facts),
                      facts, total=(total, facts[0]["unit"] or ""))


# --- rows a yes/no column marks -------------------------------------------------------------------------------

_MARK_YES = frozenset({"是", "√", "✓", "✔", "有"})
_MARK_NO = frozenset({"否", "×", "✗", "✘", "无"})
_MARK_NOT = re.compile(r"(?:不|没有|没|未|非)(?:是)?$")
_MARK_ASKING = re.compile(r"采购额|预算|金额|多少钱|多少万|多少|合计|一共|总共|共计|总计|加起来|加在一起|总额|占|比例|比重|占比|全部|所有"
                          r"|几个|几项|多少个|多少项|有几|哪些|哪几|项目|的|呢|是|有|今年|本年|了")


def _mark_said(t: Table, text: str) -> tuple[str, int, int] | None:
    """The one yes/no column of a table said by the words of its header (面向中小企业 of 是否专门面向中小企业, four
    characters or more), and where."""
    found = []
    for c in t.kinds:
        core = re.sub(r"^(?:是否|有无|有没有)", "", c)
        least = 4 if len(core) >= 4 else len(core)  # (是否新设: its two words said whole)
        if least < 2 or not any(core[i:i + least] in text for i in range(len(core) - least + 1)):
            continue  # (four characters of its words said, before its cells are read)
        values = {compact(r.cells[c]["value"] or "") for r in t.records if c in r.cells}
        if not values or not values <= _MARK_YES | _MARK_NO:
            continue
        runs = [(a, b) for a, b in _runs(text, core) if b - a >= least]
        if runs:
            found.append((c, runs[0][0], runs[-1][1]))
    return found[0] if len(found) == 1 else None


_YES_NO = re.compile(r"吗|么$|是不是|是否|有没有")


def _marked(idx, tables: list[Table], text: str, context: dict | None = None) -> FactAnswer | None:
    """"专门面向中小企业的预算加起来多少", "不面向中小企业的预算合计", "面向中小企业的项目几个", "不专门面向中小企业的
    占总额多少": the rows a yes/no column marks yes (no, said with 不 / 没 / 非 before its words), added up with the
    arithmetic, counted with their names, or their sum over the table's whole; None unless one such column of
    one table is said and nothing else is."""
    found = [(t, s) for t in tables if t.amount and (s := _mark_said(t, text))]
    if len(found) != 1:
        return None
    t, (c, a, b) = found[0]
    if _YES_NO.search(text.replace(c, " ")):
        # "面向中小企业吗" of the row the conversation is on: its mark, never the rows marked yes
        on = _of_context([t], context)
        if on is None or c not in on[1].cells:
            return None
        return FactAnswer("answered", compose.fact_value(f"{_row_shown_name(t, on[1])} {c}", _shown(on[1].cells[c]))
                          + _cite(idx, [on[1].cells[c]]), [on[1].cells[c]])
    head = text[:a]
    core = re.sub(r"^(?:是否|有无|有没有)", "", c)
    # (不 / 没 before the column's words, or before two characters of them said again: "…的呢 不面向的呢")
    negative = any(_MARK_NOT.search(re.sub(r"专门|是否|有无", "", text[:x])) for x, _ in _runs(text, core))
    rest = _MARK_NOT.sub(" ", head) + " " + text[b:]
    rest = re.sub(r"(?:不|没有|没|未|非)(?=" + "|".join(re.escape(text[x:y]) for x, y in _runs(rest, core)) + ")", " ", rest) \
        if _runs(rest, core) else rest
    if _named([t], rest) is not None or _MONTH_SAID.search(rest) \
            or _unexplained_rest(idx, t, _MARK_ASKING.sub(" ", _title_blanked(t, rest))):
        return None
    hits = [r for r in t.records if c in r.cells and (compact(r.cells[c]["value"] or "") in _MARK_NO) == negative]
    cells = [r.cells[t.amount] for r in hits if t.amount in r.cells and r.cells[t.amount]["number"] is not None]
    label = compose.marked_head(c, "否" if negative else "是")
    if not hits or len(cells) != len(hits) or len({f["unit"] for f in cells}) != 1:
        return None
    parts = [(_row_shown_name(t, r), fmt_number(f["number"])) for r, f in zip(hits, cells, strict=True)]
    total, unit = _added(cells), cells[0]["unit"] or ""
    if "占" in rest:
        whole, added = _table_whole(t)
        base = whole["number"] if whole is not None else _added(added)
        if not base:
            return None
        share = compose.fact_share(label, "合计" if whole is not None else "全部各项之和", fmt_number(total),
                                   fmt_number(base), fmt_percent(total / base * 100))
        shown = [*cells, whole] if whole is not None else cells
        return FactAnswer("answered", share + "\n" + compose.fact_sum(parts, fmt_number(total), unit) + _cite(idx, shown), shown)
    if _SUM_ASKED.search(rest) or re.search(r"预算|金额|多少钱|采购额", rest) and not _COUNT.search(rest):
        return FactAnswer("answered", label + compose.fact_sum(parts, fmt_number(total), unit) + _cite(idx, cells),
                          cells, total=(total, unit))
    items = [f"{n}（{v}{unit}）" for n, v in parts]
    return FactAnswer("answered", compose.counted_items(items, label) + _cite(idx, cells), cells, ranked=[f["id"] for f in cells])


# --- a date the title block states ------------------------------------------------------------------------

_WHEN_ASKED = re.compile(r"什么时候|什么时间|啥时候|何时|哪天|哪一天|几号|哪个日子|日期是")
_DATE_KEY = re.compile(r"^(?P<verb>[\u4e00-\u9fff]{2,4}?)(?:日期|时间)$")


def _dated(idx, docs: list[int], text: str) -> FactAnswer | None:
    """"这批采购意向什么时候公开的": the date the table states above itself ("公开日期：2025年2月28日"), the field
    named by its verb (公开) and a time asked; None unless one such field of the documents in scope fits."""
    if not _WHEN_ASKED.search(text):
        return None
    found = []
    for d in docs:
        for f in idx.facts(list(idx.docs[d].facts)[:40]):
            path = path_of(f)
            if f["number"] is None and len(path) == 1 and not f["col_labels"] and (m := _DATE_KEY.match(compact(path[0]))) \
                    and m.group("verb") in text:
                found.append(f)
    if len(found) != 1:
        return None
    f = found[0]
    return FactAnswer("answered", compose.fact_value(path_of(f)[0], _shown(f)) + _cite(idx, [f]), [f])


# "采购意向一共几条", "一共有多少个采购项目": the rows of the table counted.
_ROWS_COUNTED = re.compile(r"(?:一共|总共|共|总计|合计)?(?:有)?(?:几|多少)(?:条|项|笔|个(?:采购)?项目|个采购意向)(?:采购意向|采购项目|项目|记录)?(?:呢)?$")


def _rows_counted(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"采购意向一共几条": the rows of the one record table the question names by its title's words (or the only
    one in scope), counted with their names; None when anything else is said."""
    m = _ROWS_COUNTED.search(text)
    if m is not None and len(tables) > 1:
        # (several record tables loaded: the one whose title the question says, 采购意向表 of …政府采购意向公开表)
        tables = [t for t in tables if len(re.sub(r"\s", "", _title_blanked(t, text[:m.start()]))) < m.start() - 2]
    if m is None or len(tables) != 1:
        return None
    t = tables[0]
    rest = text[:m.start()]
    if _named([t], rest) is not None or re.sub(r"[\s的里中]|表|这批|这次|本次|里面", "", _title_blanked(t, rest)):
        return None  # (a row, a unit, a month said: counted by the rules of those)
    items = [_row_shown_name(t, r) for r in t.records]
    cells = [r.cells[t.amount] for r in t.records if t.amount in r.cells][:30]
    return FactAnswer("answered", compose.counted_items(items) + _cite(idx, cells), cells)


# --- the rows by their time column -------------------------------------------------------------------------

_EARLY_LATE = re.compile(r"最(?:(?P<early>早|先)|晚|迟|后)")
_TIME_ASKING = re.compile(r"哪个|哪一个|哪些|哪几个|哪几项|哪几|几个|是|的|项目|时间|时候|呢|采购|购买|买")


def _month_of(f: dict | None) -> tuple[int, int] | None:
    cell = _MONTH_CELL.fullmatch(compact(f["value"] or "")) if f else None
    if cell is None:
        return None
    y, mo = (cell.group(1), cell.group(2)) if cell.group(2) else (cell.group(3), cell.group(4))
    return int(y or 0), int(mo)


def _by_time(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"最晚采购的是哪个项目", "最早的几个是哪几个": the rows whose time column (预计采购时间 "2025年6月") says the
    earliest (latest) month, all of them when several share it; None unless one table holds such a column."""
    m = _EARLY_LATE.search(text)
    if m is None:
        return None
    found = []
    for t in tables:
        cols = {c for r in t.records for c, f in r.cells.items() if f["number"] is None and _month_of(f) is not None}
        if len(cols) == 1:
            found.append((t, cols.pop()))
    if len(found) != 1:
        return None
    t, col = found[0]
    rest = _TIME_ASKING.sub(" ", _title_blanked(t, text[:m.start()] + " " + text[m.end():]))
    if _named([t], rest) is not None or _unexplained_rest(idx, t, rest):
        return None
    dated = [(r, _month_of(r.cells.get(col))) for r in t.records]
    months = [(r, mo) for r, mo in dated if mo is not None]
    pick = min if m.group("early") else max
    best = pick(mo for _, mo in months)
    top = [r for r, mo in months if mo == best]
    facts = [r.cells[col] for r in top]
    names = [f"{_row_shown_name(t, r)}（{_shown(r.cells[t.amount])}）" if t.amount in r.cells else _row_shown_name(t, r)
             for r in top]
    return FactAnswer("answered", compose.fact_earliest(bool(m.group("early")), names, f"{col} {_shown(facts[0])}", len(months))
                      + _cite(idx, facts), facts, ranked=[f["id"] for f in facts])


# --- a subject of the conversation followed into a record table ("它的采购方式") ----------------------------

def said_tables(idx, question: str) -> list[Table]:
    """The record tables the question names by their own words (采购 of 政府采购预算表)."""
    text = compact(normalize(question))
    return [t for d in _record_docs(idx) for t in _tables_of(idx, d) if _table_said(t, text)]


def row_like(idx, tables: list[Table], name: str, department: str) -> str | None:
    """The one row of the tables of the project's department or its place (福鼎市's table for 福鼎市城市管理局's
    project) whose name shares the longest run with the project's name, four characters at least (餐厨垃圾收运处置
    经费 → 餐厨垃圾收运处置服务), none other sharing as long a run; else None."""
    from difflib import SequenceMatcher  # (here: a cold one-question `ask` need not import it)

    key, dept = label_key(name), compact(department)
    mine = [t for t in tables if (own := compact(idx.docs[t.doc].department or "")) and dept.startswith(own)]
    scored = sorted(((SequenceMatcher(None, r.key, key, autojunk=False).find_longest_match().size, r.name)
                     for t in mine for r in t.records), reverse=True)
    if not scored or scored[0][0] < 4 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


def unit_of(idx, tables: list[Table], name: str) -> bool:
    """Whether a name (a unit's, a department's) is said by a unit of one of the tables (疾病预防控制中心, 民政局)."""
    text = compact(name)
    return any((units := _units_of(t)) and _units_said(idx, t, units, text) for t in tables)
