"""A table of departments, each printed as a 小计 line with its units under it (部门收入预算表, 部门支出预算表).

A place's finance office prints one table for several departments: the department merged down column A over its
lines, one line of them its 小计 (printed first or last), the others its units (本级, schools, hospitals …), each
with a code and a name; a 合计 line of the whole; and money columns (合计, 上年结转, 一般公共预算 … or 基本支出 /
项目支出). Staff ask a department's figure ("卫健委收入预算多少": its 小计 line, never a unit's), a unit's, the 合计,
rankings of departments or of one department's units, counts of a department's units, the units with a column's
money, shares of the whole or of a line's own 合计, a difference of two lines, and follow-ups on them ("中医院呢",
"其中政府性基金多少", "下面哪个单位最多"). Answered only when the question names this table's lines or its subject
(收入 of a 收入预算表) and the reading is clear; otherwise None, and the rest of the engine answers.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field, replace
from os.path import commonprefix
from typing import Literal

from bot.answer import REL_YEARS, YEAR_ALONE, compose
from bot.answer.facts.question import FactAnswer
from bot.answer.facts.values import _cite, _shown, money_of_counts, year_in
from bot.answer.facts.words import fmt_number, fmt_percent, label_key
from bot.language import lazyre as re
from bot.language.asking import Words, words
from bot.language.lexicon import (
    department_forms,
    department_places,
    joined_bureau_forms,
    sounds_alike,
    unit_short_forms,
)
from bot.language.normalize import compact, in_order
from bot.language.ordinals import ITEM, small_number
from bot.model import one_unit
from bot.store import queries as query

_MONEY = ("元", "万元", "亿元")
# A column of counts beside the money ones, its unit printed in its header: 车辆数量（辆）, 人数（人）, 面积（平方米）
_COUNT_HEADER = re.compile(r"[（(](?P<unit>[^（）()]{1,4})[）)]$")
# The count a question asks by its unit: 几辆, 多少辆, 多少平方米
_COUNT_ASKED = r"(?:几|多少){unit}"
# The units of a count of people a table's unit line gives its columns (单位：人)
_HEADS = ("人", "名")
# The words a count column's header prints after its thing, its unit left off (车辆数量: the thing 车辆)
_COUNT_WORDS = re.compile(r"(?:总数|数量|数)$")
_SUBTOTAL = re.compile(r"^(?:部门)?(?:小计|合计)$")
_TOTAL = re.compile(r"^(?:合计|总计|共计)$")
_CODE = re.compile(r"^(\d{2,})(?=\D)")
# A department's name ends so (the groups of a table of kinds, 基本支出 › 人员经费, do not): the vocabulary's
# [asking_words.departments] organisations. (ingest/sections.py's and records.py's lists differ and are kept: a
# block's owner may end in 处 but not 办/署/社/团; a cell's body said short ends in fewer kinds, never 馆/部/厅.)
_ORGANISATION = Words("departments", "(?:{organisations})$")
_RATE_END = Words("departments", "(?:{rate_ends})$")
_SCHOOL = re.compile(r"(?:中学|小学|学校|学院|医院|幼儿园|图书馆|博物馆|文化馆|卫生院|保健院|研究所|研究院|测绘院|储备中心|保持站)$")
_OWN = re.compile(r"[（(]?本级[）)]?$")
_SUBJECTS = ("收入", "支出")
# The words of asking are the vocabulary's ([asking_words.departments]); the grammar around them is here.
# Words that say the whole of the table (the place's 合计) rather than a line's
_WHOLE = Words("departments", "{whole}")
_SHARE = Words("departments", r"{share}|占.{0,10}(?:多少|几|%|比)")
# Another year than the one asked, said as what the figure is set against ("比去年", "较2024年", "2025比2024")
_AGAINST_YEAR = Words("departments", r"(?:{against})(?P<y>(?:19|20)\d\d|" + "|".join(
    w for w, _ in sorted(REL_YEARS, key=lambda x: -len(x[0])) if w.endswith("年") or w.endswith("年度")) + r")(?:年度|年)?")
_CHANGE = Words("departments", "{change}")
_DIFF = Words("departments", "{diff}")
# (the level and the subject may stand between: "哪个部门支出多", "谁的收入更高")
_WHICH_MORE = Words("departments", r"{which_more}|(?:哪个|哪一个|谁)(?:{group_words}|{unit_words})?的?\s*(?:收入|支出)?(?:预算)?更?(?:{most_ends})")
_RANK = Words("departments", r"(?P<last>倒数)?第(?P<n>[一二两三四五六七八九十\d]{1,3})(?:多|大|高|名|位)?|最(?P<dir>{most_ends})"
                             r"|前(?P<top>[一二两三四五六七八九十\d]{1,2})(?:名|位|个)?|{rank}")
_ORDINAL = re.compile(r"第[一二两三四五六七八九十\d]{1,3}")
# A place in the list just shown ("第三个"), not in a ranking ("第三多", "第三名")
_PLACE_IN_LIST = re.compile(ITEM)
_COUNT = Words("departments", r"(?<![这那])(?:{count})")  # (这几个部门: those said, no count asked)
_RATE = Words("departments", "{rate}")
_LIST = Words("departments", "{list}")
_GROUP_WORD = Words("departments", "{group_words}")
_UNIT_WORD = Words("departments", "{unit_words}")
_SUBTOTAL_LEFT_OUT = Words("departments", "{subtotal_left_out}")
_HAS = re.compile(r"有(?!多少|几)")
# (leftmost wins: the 超过 of 不超过 is never read alone)
_BOUND = Words("bounds", "(?P<le>{under_held}|{under_after})|(?P<ge>{over_held}|{over_after})|(?P<gt>{over})|(?P<lt>{under})")
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)(万|亿|千)?")
_CN_NUMBER = re.compile(r"([一二两三四五六七八九十百千]+)(万|亿|千)")
# Words a question of these lines may say besides the lines and the column: what is asked and how. A word left
# beyond these (门票收入, 每月, 上级补助, another place) changes the question: it is not answered as if absent.
_ASKING = Words("departments", r"(?:{pointed}|{asking}|\d+(?:\.\d+)?|[\s,，。.?？!！、：:])")
# The lines just answered pointed at together ("它们", "这些部门", "这三个单位"); n: the count said
_POINTED = Words("departments", r"{pointed}|[这那](?P<n>[两二三四五六七八九十\d]|几)个")
_ADDED = Words("departments", "{added}")
_EACH = Words("departments", "{each}")
# Each department's figures added up ("各部门人员经费合计", "所有单位加起来"), not one by one (分别)
_OF_EACH_ADDED = Words("departments", r"^(?!.*{apart}).*{every_line}.*{every_added}")
# The label this table prints on each department's own line: said of a department, the question is of this table
_LINE_LABEL = re.compile(r"小计")
_FOLLOW = Words("departments", r"{follow_ends}$|^{follow_starts}")
FOLLOW = Words("departments", r"^{within_starts}")  # read before the other follow-ups
# The two lines just answered combined, nothing else said: "加起来多少", "两个差多少", "哪个多"
_COMBINED_ALONE = Words("departments", r"^(?:{follow_starts})?(?:这|那)?(?:两个|两项|两者|二者|俩|它们)?(?:的)?"
                                       r"(?:{added}|{diff}|{which_more})(?:是)?(?:多少|几)?(?:钱|万元)?(?:{follow_ends})?$")


@dataclass
class Line:
    name: str  # as printed, its code left off
    code: str
    group: str  # the department it stands under ("" for the 合计)
    line: int
    key: str  # the label key of the printed label (its code kept): how the fact index names the row
    cells: dict[str, dict] = field(default_factory=dict)  # column -> fact
    label: str = ""  # as printed, its marks kept ("一、局本级及县直医疗卫生单位小计")
    named_own: bool = False  # the department's own unit printed by the department's name (beside its 小计 line)

    @property
    def own(self) -> bool:
        return self.named_own or bool(_OWN.search(self.name))


@dataclass
class Book:
    doc: int
    sheet: str
    place: str
    subjects: tuple[str, ...]
    title: str = ""  # the table's kind as printed in its title (部门收入预算表)
    columns: list[str] = field(default_factory=list)
    leaves: dict[str, str] = field(default_factory=dict)  # column -> its own (lowest) header
    main: str = ""
    total: Line | None = None
    groups: dict[str, Line] = field(default_factory=dict)  # department -> its 小计 line
    units: dict[str, list[Line]] = field(default_factory=dict)  # department -> its units in order
    forms: list[tuple[str, Line]] = field(default_factory=list)  # (said form, line), longest first
    held: list[tuple[str, Line]] = field(default_factory=list)  # forms other tables' departments share (人社局)
    owner: str = ""  # one department's own table (its groups classes of its units): the department
    scope: tuple[str, ...] = ()  # the names people use for the owner, said of the whole table ("湄潭卫健局哪个单位")
    counts: dict[str, str] = field(default_factory=dict)  # a count column -> its unit (车辆数量（辆） -> 辆)
    tabled: set[str] = field(default_factory=set)  # the departments with tables of their own loaded besides
    year: int | None = None  # the table's own year (its title's): of two years' columns, the one a question means
    # Read once with the table: the columns of one header printed under each of several years (by year), keyed by
    # each of them; the runs of its title a question may name it by (of four characters or more, or a word naming
    # what only such a table holds, 三公); and the departments' own tables' labels (a department printing the word too)
    dated: dict[str, dict[int | None, str]] = field(default_factory=dict)
    title_runs: frozenset[str] = frozenset()
    subjects_said: tuple[str, ...] = ()  # of those, the words naming what only such a table holds (三公经费, 三公)
    own_labels: dict[str, str] = field(default_factory=dict)  # a department with tables of its own -> their labels
    row_kinds: frozenset[str] = frozenset()  # what its lines are, as its row header prints (乡镇（街道）, 乡镇, 街道)
    # A grid of groups by years (一般公共预算收入 › 2025年执行数 / 2026年预算数, 一般公共预算支出 › …): each group's
    # columns by the year its own header prints, keyed by each of them; and each group by the words that tell it
    # from the others (收入 of 一般公共预算收入 beside 一般公共预算支出)
    years_under: dict[str, dict[int, str]] = field(default_factory=dict)
    group_words: dict[str, str] = field(default_factory=dict)
    listed: frozenset[str] = frozenset()  # its units' names a projects' table lists too (资金使用单位 of a 目标表)


def _col(f: dict) -> str:
    return compact("".join(x for x in (f["col_labels"] or "").split(query.FACT_SEP) if x))


def _leaf(f: dict) -> str:
    parts = [x for x in (f["col_labels"] or "").split(query.FACT_SEP) if x.strip()]
    return compact(parts[-1]) if parts else ""


def _line_of(facts: list[dict]) -> Line | None:
    """One printed line: its department (the merged cell left of it), code and name, and its money cells."""
    path = [x.strip() for x in (facts[0]["row_labels"] or "").split(query.FACT_SEP) if x.strip()]
    if not path:
        return None
    last = compact(path[-1])
    code = m.group(1) if (m := _CODE.match(last)) else ""
    name = last[len(code):] if code else last
    if not name and len(path) >= 2 and path[-2].isdigit():
        code, name = path[-2], ""
    line = Line(name, code, compact(path[0]) if len(path) >= 2 else "", facts[0]["line"] or 0, label_key(path[-1]))
    line.cells = {_col(f): f for f in facts}
    line.label = path[-1]
    return line


def _read(idx, doc: int) -> list[Book]:
    ids = list(idx.docs[doc].facts)
    if len(ids) > 4000:
        return []
    by_sheet: dict[str, dict[int, list[dict]]] = {}
    sections: dict[str, str] = {}  # a sheet -> its own title
    heads: dict[str, set[str]] = {}  # a sheet -> its row header's last cell
    for f in idx.facts(ids, copied=False):
        sections.setdefault(f["sheet"] or "", compact(f["section"] or ""))
        if parts := [x for x in (f["row_heads"] or "").split(query.FACT_SEP) if x.strip()]:
            heads.setdefault(f["sheet"] or "", set()).add(parts[-1].strip())
        if f["row_labels"] and f["col_labels"] and f["number"] is not None and ((f["unit"] or "") in _MONEY or _counted(f)):
            by_sheet.setdefault(f["sheet"] or "", {}).setdefault(f["line"] or 0, []).append(f)
    title = compact(idx.docs[doc].form or "")
    subjects = tuple(s for s in _SUBJECTS if s in title) or ("收入", "支出")
    books = []
    for sheet, lines in by_sheet.items():
        # (each reader on lines of its own: one that gives up part way, having set some lines' groups, leaves the
        # next one clean lines — 一、东片区 heading its 卫生院 above their 东片区小计)
        book = None
        for reader in (_book_of, _coded_book, _subtotaled_book, _closed_book, _headed_book):
            read = [x for n in sorted(lines) if (x := _line_of(lines[n])) is not None]
            if (book := reader(doc, sheet, idx.docs[doc].department, subjects, read)) is not None:
                break
        if book is not None:
            book.title, book.year = title, idx.docs[doc].year
            _fill_columns(book, read)
            if book.owner:
                book.scope = tuple(sorted(_owner_forms(idx, book), key=len, reverse=True))
            book.forms, book.held = _forms(idx, book), _held_forms(idx, book)
            book.tabled = {g for g in book.groups if any(compact(d.department) == g for d in idx.docs.values())}
            # (and the sources of funds they state: 财政拨款 of a 目标表's 资金总额, a run no 三公 table's title names)
            book.own_labels = {g: "\x1f".join(k for n, d in idx.docs.items() if compact(d.department) == g
                                               for k in (*idx.doc_keys.get(n, ()), *d.funds)) for g in book.tabled}
            book.listed = _listed_units(idx, book)
            book.subjects_said = tuple(w for w in idx.table_subjects if w in title)
            book.title_runs = frozenset({title[i:j] for i in range(len(title)) for j in range(i + 4, len(title) + 1)}
                                        | set(book.subjects_said) | ({title[-3:]} if title.endswith("表") else set()))
            # (and its kind said short: 对比表 of 部门预算与决算对比表)
            book.title_runs |= _own_sheet_runs(sheet, sections) | _said_by_its_whole(book)
            book.row_kinds = frozenset(f for h in heads.get(sheet, ()) for f in map(compact, _group_forms(h)) if len(f) >= 2)
            books.append(book)
    return books


def _listed_units(idx, book: Book) -> frozenset[str]:
    """The names of the units, of departments with tables of their own, that a projects' table lists too."""
    names = idx.__dict__.get("_dept_unit_funding_units")
    if names is None:
        names = idx.__dict__["_dept_unit_funding_units"] = frozenset(map(compact, query.funding_unit_names(idx.conn)))
    return frozenset(x.name for g in book.tabled for x in book.units.get(g, ())
                     if (bare := _bare_name(book, x.name)) and any(n.endswith(bare) for n in names))


def _said_by_its_whole(book: Book) -> frozenset[str]:
    """A table said by what its whole column measures, its title holding the word (资产表 of a 国有资产占用情况表
    whose whole is 资产总额)."""
    stem = _WHOLE_END.sub("", book.leaves.get(book.main, ""))
    return frozenset({stem + "表"}) if len(stem) >= 2 and stem in book.title else frozenset()


def _own_sheet_runs(sheet: str, sections: dict[str, str]) -> frozenset[str]:
    """Of a workbook of several sheets each titled apart (…财政收支预算表, …上级补助收入预算表), the runs of four
    characters or more of this sheet's title no other sheet's title holds (上级补助): said, they name this sheet."""
    title = sections.get(sheet, "")
    others = [t for s, t in sections.items() if s != sheet and t]
    if not title or not others:
        return frozenset()
    return frozenset(title[i:j] for i in range(len(title)) for j in range(i + 4, len(title) + 1)
                     if not any(title[i:j] in t for t in others))


def _years_asked(book: Book, fq) -> list[int]:
    """The years a question asks of a table: those said, else those said relative to the table's own year (今年培训费
    of a table printing 2025年预算数 and 2026年预算数 under 培训费 is its own year's column, not both)."""
    return list(fq.years) or [book.year + off for off in fq.relative_year if book.year]


def _books_of_the_budget_said(idx, books: list[Book], text: str) -> list[Book]:
    """"玉环教育局支出预算合计", "哪个部门支出预算最多": a whole budget said ([whole_table_subjects]: 支出预算) that
    some tables' kinds print (部门支出预算表) names those tables, never another table of the same departments (a
    会议费培训费预算表, whose first column would be answered); all the books when none or every one is named."""
    said = [w for w in idx.whole_table_subjects if w in text]
    named = [b for b in books if any(w in compact(idx.docs[b.doc].form or "") for w in said)] if said else []
    return named if named and len(named) < len(books) else books


def _book_of(doc: int, sheet: str, place: str, subjects: tuple[str, ...], lines: list[Line]) -> Book | None:
    """The lines as departments and units: two departments or more, each with its 小计 line and a unit."""
    book = Book(doc, sheet, place, subjects)
    named = {x.group for x in lines if x.group}
    # (a department printing a 小计 line: its line named as itself, with its code, is its own unit's, 本级)
    summed = {x.group for x in lines if x.group and _SUBTOTAL.match(x.name)}
    alone: list[Line] = []  # (a department of one line, its name printed once: 主管部门 and 单位名称 merged)
    for x in lines:
        if not x.group and _TOTAL.match(x.name):
            book.total = book.total or x
        elif x.group and (_SUBTOTAL.match(x.name) or x.name == x.group and x.group not in summed) \
                or not x.group and _own_group(x.name) in named:
            x.group = x.group or _own_group(x.name)
            if _SUBTOTAL.match(x.name):
                x.key = label_key(x.group + x.name)  # (every department's line is printed 小计: named apart)
            _group_line(book, x)
        elif x.group:
            x.named_own = x.name == x.group  # (晋江市民政局 118001 above 小计: the department's 本级)
            book.units.setdefault(x.group, []).append(x)
        else:
            alone.append(x)
    if len(book.groups) < 2 or any(g not in book.units for g in book.groups) or len(book.units) != len(book.groups) \
            or not all(_ORGANISATION.search(g) for g in book.groups) or not _units_are_organisations(book):
        return None  # (groups of kinds, 基本支出 / 项目支出 over their lines, are no departments)
    if alone and all(_ORGANISATION.search(x.name) and x.name not in book.groups for x in alone):
        for x in alone:  # ("阳新县公安局" beside 教育局's 小计 and its units: a department printing one line)
            x.group = x.name
            book.groups[x.name], book.units[x.name] = x, []
        book.groups = dict(sorted(book.groups.items(), key=lambda kv: kv[1].line))
    book.place = _place_of_departments(place, list(book.groups))
    return book


def _coded_book(doc: int, sheet: str, place: str, subjects: tuple[str, ...], lines: list[Line]) -> Book | None:
    """Departments printed as coded lines "102 新昌县教育体育局 小计" above their units, each unit coded under its
    department's code (102001 …（本级）, 102002 新昌中学) and no merged cell beside them: the units by their codes.
    Read so only when every department's line adds up its units in every column."""
    book = Book(doc, sheet, place, subjects)
    for x in lines:
        own = _OWN_SUBTOTAL.match(x.name)
        if x.group:
            return None
        if not x.code and _TOTAL.match(x.name):
            book.total = book.total or x
        elif x.code and own and _ORGANISATION.search(own.group(1)) and own.group(1) not in book.groups:
            x.group = own.group(1)
            book.groups[x.group], book.units[x.group] = x, []
        elif x.code and (head := next((h for h in book.groups.values()
                                       if len(x.code) > len(h.code) and x.code.startswith(h.code)), None)):
            x.group = head.group
            x.named_own = x.name == x.group  # (102001 新昌县教育体育局 under 102's 小计: the department's 本级)
            book.units[x.group].append(x)
        else:
            return None
    if len(book.groups) < 2 or not all(book.units[g] and _adds_up(book.groups[g], book.units[g]) for g in book.groups) \
            or not _units_are_organisations(book):
        return None
    book.place = _place_of_departments(place, list(book.groups))
    return book


def _subtotaled_book(doc: int, sheet: str, place: str, subjects: tuple[str, ...], lines: list[Line]) -> Book | None:
    """Departments printed as lines "泰和县林业局小计" above their units (no code, no merged cell: 本级, a school …),
    each department of one line printed by its name alone between them: the units of a 小计 line are the lines
    under it that add up to it in every column. Read so only when every 小计 line is so added up."""
    book = Book(doc, sheet, place, subjects)
    head: Line | None = None
    for x in lines:
        own = _OWN_SUBTOTAL.match(x.name)
        if x.group or x.code:
            return None
        if _TOTAL.match(x.name):
            if head is not None or book.total is not None:
                return None
            book.total = x
        elif own and _ORGANISATION.search(own.group(1)) and own.group(1) not in book.groups:
            if head is not None:
                return None  # (the 小计 before it not added up by its lines)
            head = x
            x.group = own.group(1)
            book.groups[x.group], book.units[x.group] = x, []
        elif head is not None:
            x.group = head.group
            book.units[head.group].append(x)
            if _adds_up(_without_rates(head), book.units[head.group]):
                head = None
        elif _ORGANISATION.search(x.name) and x.name not in book.groups:
            x.group = x.name  # (a department printing one line)
            book.groups[x.name], book.units[x.name] = x, []
        else:
            return None
    if head is not None or sum(1 for us in book.units.values() if us) < 2 or not _units_are_organisations(book):
        return None
    book.place = _place_of_departments(place, list(book.groups))
    return book


def _closed_book(doc: int, sheet: str, place: str, subjects: tuple[str, ...], lines: list[Line]) -> Book | None:
    """Departments printed as lines "泰和县林业局小计" below their units (本级, a school …, no code, no merged cell),
    a 合计 line last: the units of a 小计 line are the lines just above it that add up to it in every column; a
    line left above them, an organisation, is a department printing one line. Read so only when every 小计 line
    is so added up."""
    book = Book(doc, sheet, place, subjects)
    pending: list[Line] = []
    for x in lines:
        own = _OWN_SUBTOTAL.match(x.name)
        if x.group or x.code or book.total is not None:
            return None
        if _TOTAL.match(x.name):
            book.total = x
        elif own and _ORGANISATION.search(own.group(1)) and own.group(1) not in book.groups:
            cut = next((k for k in range(len(pending) - 1, -1, -1) if _adds_up(_without_rates(x), pending[k:])), None)
            if cut is None or not _alone_departments(book, pending[:cut]):
                return None
            x.group = own.group(1)
            book.groups[x.group], book.units[x.group] = x, pending[cut:]
            for u in pending[cut:]:
                u.group = x.group
            pending = []
        else:
            pending.append(x)
    if not _alone_departments(book, pending) or sum(1 for us in book.units.values() if us) < 2 \
            or not _units_are_organisations(book):
        return None
    book.groups = dict(sorted(book.groups.items(), key=lambda kv: kv[1].line))
    book.place = _place_of_departments(place, list(book.groups))
    return book


def _alone_departments(book: Book, lines: list[Line]) -> bool:
    """Lines left between one department's 小计 and the next one's units: each a department printing one line,
    when each is named as an organisation (else the table is not read so)."""
    if not all(_ORGANISATION.search(x.name) and x.name not in book.groups for x in lines):
        return False
    for x in lines:
        x.group = x.name
        book.groups[x.name], book.units[x.name] = x, []
    return True


def _without_rates(x: Line) -> Line:
    """A line with its rate columns left out (增减率, 执行率: no sum of its units'), to be added up."""
    return replace(x, cells={c: f for c, f in x.cells.items() if not _RATE_COLUMN.search(c)})


_RATE_COLUMN = re.compile(r"率|%|％|百分")


def _group_line(book: Book, x: Line) -> None:
    """A department's own line: its 小计 where it prints one — a coded line named as the department before it
    ("118001 晋江市民政局" above "小计") is then its unit (本级), not the department — else the first so named."""
    first = book.groups.get(x.group)
    if first is None:
        book.groups[x.group] = x
    elif _SUBTOTAL.match(x.name) and not _SUBTOTAL.match(first.name) and first.code:
        book.groups[x.group] = x
        book.units.setdefault(x.group, []).insert(0, first)
    elif _SUBTOTAL.match(first.name) and x.code and x.name == x.group:
        book.units.setdefault(x.group, []).append(x)


def _place_of_departments(owner: str, groups: list[str]) -> str:
    """The place whose departments a table lists: the start of whose the table is (永康市 of 永康市财政局, the office
    that drew it up, 编制单位) that two departments' names or more start with too; else whose it is, as read."""
    for n in range(len(owner) - 1, 1, -1):
        if re.search(r"[市州盟区县旗]$", owner[:n]) and sum(g.startswith(owner[:n]) for g in groups) >= 2:
            return owner[:n]
    return owner


def _counted(f: dict) -> bool:
    """A cell of a count column: its unit, no money's, the one its header prints in brackets (车辆数量（辆）)."""
    parts = [x.strip() for x in (f["col_labels"] or "").split(query.FACT_SEP) if x.strip()]
    m = _COUNT_HEADER.search(parts[-1]) if parts else None
    if f["unit"] in _MONEY or f["unit"] == "千元":
        return False  # (公用经费预算（万元）: money, its unit in brackets as a count's is)
    if parts and f["unit"] in _HEADS and _COUNT_WORDS.search(parts[-1]):
        return True  # (编制数 of a staffing table whose unit line says 单位：人: a count of people too)
    return bool(f["unit"]) and m is not None and one_unit(m.group("unit")) == f["unit"]  # (台/套: 台套)


def _own_group(name: str) -> str:
    """The department a line of no merged cell is the own line of: its name, or its name before 小计 / 合计
    printed in the one cell ("永康市卫生健康局小计" over its units indented beneath it)."""
    own = _OWN_SUBTOTAL.match(name)
    return own.group(1) if own else name


_OWN_SUBTOTAL = re.compile(r"^(.{2,}?)(?:小计|合计)$")


def _fill_columns(book: Book, lines: list[Line]) -> None:
    """The money columns, each by its own header (基本支出 › 小计 said 基本支出), and the main one (合计)."""
    for x in lines:
        for f in x.cells.values():
            leaf = _leaf(f)  # (基本支出 › 小计 is named and said by its group's word: 基本支出)
            book.leaves.setdefault(_col(f), _col(f)[:-len(leaf)] if leaf == "小计" and _col(f) != leaf else leaf)
    book.columns = list(book.leaves)
    book.counts = {_col(f): f["unit"] for x in lines for f in x.cells.values() if _counted(f)}
    money = [c for c in book.columns if c not in book.counts] or book.columns
    main = [c for c in money if _WHOLE_HEADER.search(book.leaves[c])]
    # (2024年预算数 › 合计 and 2025年预算数 › 合计 of a 2025 table: its own year's whole, never the year before's)
    book.main = next((c for c in main if _year_above(book, c) == book.year), main[0] if main else money[0])
    book.dated = {c: _dated(book, c) for c in book.columns}
    _read_year_grid(book)


def _read_year_grid(book: Book) -> None:
    """Of groups each printing a column per year under it (一般公共预算收入 › 2025年执行数, 2026年预算数), each such
    column by year (Book.years_under), and each group's telling words, the common start and end of the groups'
    names left off (收入 / 支出 of 一般公共预算收入 / 一般公共预算支出)."""
    groups: dict[str, dict[int, str]] = {}
    for c in book.columns:
        leaf = book.leaves[c]
        if len(c) > len(leaf) and _KIND_ONLY.match(leaf) and (y := year_in(leaf)) is not None \
                and year_in(c[:-len(leaf)]) is None and c not in book.counts:
            groups.setdefault(c[:-len(leaf)], {}).setdefault(y, c)
    groups = {g: ys for g, ys in groups.items() if len(ys) >= 2}
    if len(groups) < 2:
        return
    book.years_under = {c: ys for ys in groups.values() for c in ys.values()}
    names = list(groups)
    head = len(commonprefix(names))
    tail = len(commonprefix([n[::-1] for n in names]))
    for g in names:
        word = g[head:len(g) - tail]
        if len(word) >= 2 and sum(1 for n in names if word in n) == 1:
            book.group_words[g] = word


def _column_year(book: Book, column: str) -> int | None:
    """The year a column is of: its upper header's (2025年预算数 › 公务接待费), or its own of a grid of groups by
    years (一般公共预算收入 › 2026年预算数)."""
    if column in book.years_under:
        return year_in(book.leaves[column])
    return _year_above(book, column)


def _year_above(book: Book, column: str) -> int | None:
    """The year a column's upper header prints (2025年预算数 › 公务接待费: 2025), None when it prints none."""
    return year_in(column[:-len(book.leaves[column])] or "")


def _of_the_year(book: Book, column: str, years: list[int]) -> str:
    """Of the columns printing one header under each of several years' (2024年预算数 › 公务接待费, 2025年预算数 ›
    公务接待费), the one of the year asked, else of the table's own year; the column as read when the header is
    printed once, or the year asked is none of them (that year is left over: the question is not this table's)."""
    dated = book.dated.get(column, {})
    if column in book.years_under and years:  # (of a grid of groups by years, only a year said picks)
        return book.years_under[column].get(years[0], column)
    return dated.get(years[0] if years else book.year, column) if len(dated) > 1 else column


def _dated(book: Book, column: str) -> dict[int | None, str]:
    """The columns of one header printed under each of several years, by year; empty when not so printed (read
    once with the table: Book.dated)."""
    leaf = book.leaves[column]
    same = [c for c in book.columns if book.leaves[c] == leaf and c not in book.counts]
    dated = {_year_above(book, c): c for c in same}
    return {} if len(same) < 2 or None in dated or len(dated) < len(same) else dated


# A group's own line in one department's table: "一、局本级及县直医疗卫生单位小计", "（二）乡镇卫生院合计"
_HEADED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])?(?P<g>.{2,}?)(?:小计|合计)$")
_PLACE = re.compile(r"^(?:.{2,6}?(?:省|自治区))?(.{2,6}?(?:市|州|盟|区|县|旗))")
_PLACE_END = re.compile(r"(?:省|自治区|市|州|盟|区|县|旗|镇|乡|街道)$")  # (the level a place's name ends with)


def _headed_book(doc: int, sheet: str, owner: str, subjects: tuple[str, ...], lines: list[Line]) -> Book | None:
    """One department's table of its units (a 局's 部门支出预算表: 本级, hospitals, 卫生院 …, each with its code),
    the units under groups each printed as a line of its own ("一、局本级及县直医疗卫生单位小计") above its units
    or below them, and a 合计 line. Read so only when every group's line adds up its units in every column."""
    m = _PLACE.match(compact(owner))
    book = Book(doc, sheet, m.group(1) if m else "", subjects, owner=compact(owner))
    body = []
    for x in lines:
        if not x.code and not x.group and _TOTAL.match(x.name) and book.total is None:
            book.total = x
        elif not x.group:
            body.append(x)
    heads = [i for i, x in enumerate(body) if not x.code and _HEADED.match(x.label)]
    if len(heads) < 2 or not owner:
        return None
    for above in (True, False):
        cuts = [*heads, len(body)] if above else [-1, *heads]
        spans = [(h, body[h + 1:cuts[k + 1]] if above else body[cuts[k] + 1:h]) for k, h in enumerate(heads)]
        if sum(len(us) for _, us in spans) + len(heads) == len(body) and all(us and _adds_up(body[h], us) for h, us in spans):
            break
    else:
        return None
    for h, us in spans:
        head = _HEADED.match(body[h].label)
        group = head.group("g").strip() if head else body[h].name
        for x in (body[h], *us):
            x.group = group
        book.groups[group], book.units[group] = body[h], list(us)
    return book if _units_are_organisations(book) else None


def _adds_up(head: Line, units: list[Line]) -> bool:
    """Whether a group's line is its units added up, in every column it prints (the units' blank cells 0)."""
    return bool(head.cells) and all(
        abs(sum(float(u.cells[c]["number"]) for u in units if c in u.cells) - float(f["number"])) < 0.01 * len(units) + 0.005
        for c, f in head.cells.items())


def _units_are_organisations(book: Book) -> bool:
    """Units each of one department (no name under two: 办公费 under every bureau is an item), most of them named
    as organisations (a school, a hospital, a centre, the department's 本级)."""
    units = [u for us in book.units.values() for u in us]
    names = [_OWN.sub("", u.name) + ("本级" if u.own else "") for u in units]
    return len(set(names)) == len(names) and 2 * sum(
        1 for u in units if u.own or _ORGANISATION.search(u.name) or _SCHOOL.search(u.name)) >= len(units)


def _forms(idx, book: Book) -> list[tuple[str, Line]]:
    """How each line may be said: a department by the names people use for it (卫健委), found for it alone; a unit
    by its name with or without the place, or as staff shorten it (疾控中心, 复兴镇 of 复兴镇卫生院); a department's
    own unit (本级) by the department's name and 本级; a group of one department's units by its name."""
    place = set(department_forms(book.place, idx.abbrev)) if book.place else set()
    # ("财政局机关运行经费": 机关 starts a column's name, 机关运行经费, never the department's 机关 said)
    own_words = ("本级",) if any(c.startswith("机关") for c in book.columns) else ("本级", "机关")
    out: list[tuple[str, Line]] = []
    seen: dict[str, set[str]] = {}
    elsewhere = set() if book.owner else _forms_elsewhere(idx, set(book.groups))
    for g in book.groups:
        forms = _group_forms(g) if book.owner else department_forms(g, idx.abbrev) | joined_bureau_forms(compact(g).removeprefix(book.place))
        for form in map(compact, forms):
            if len(form) >= 2 and form not in place and form not in elsewhere:
                seen.setdefault(form, set()).add(g)
    for g, x in book.groups.items():
        if len(g) == 1 and _SUBTOTAL.match(x.name):
            seen.setdefault(g + x.name, set()).add(g)  # (a group named by one character, 镇: said with its line's label, 镇小计)
    for form, gs in seen.items():
        if len(gs) == 1:
            g = next(iter(gs))
            out.append((form, book.groups[g]))
            out += [(form + w, u) for u in book.units[g] if u.own and not book.owner for w in own_words]
    units = [u for us in book.units.values() for u in us]
    own = [u for u in units if u.own or u.name == book.owner]
    out += [(form + w, u) for form in book.scope for u in own[:1] if len(own) == 1 for w in own_words]
    # (浙江省庆元中学 of 庆元县's table said 庆元中学: its province left off, as its place is.) A name so shortened
    # that another unit's name holds it too — 云州市第二中学 and 雾江市第二中学 both 第二中学, 溪州市实验小学 beside
    # 青岚区实验小学 — names neither: asked back or left unread, never the first row's figure
    names = [compact(u.name) for u in units]
    named: dict[str, list[Line]] = {}
    for u in units:
        bare = _OWN.sub("", u.name)
        for f in {u.name, bare.removeprefix(book.place), _places_left_off(bare)} if not u.own else ():
            if len(f) >= 3 and not any(x is u for x in named.setdefault(f, [])):
                named[f].append(u)
    out += [(f, us[0]) for f, us in named.items() if len(us) == 1 and _held_by_one(f, us[0], names)]
    taken = set(named) | {f for f, _ in out}
    short: dict[str, list[Line]] = {}
    for u in units:
        for f in _unit_short_forms(idx, u.name.removeprefix(book.place)) - taken if not u.own else ():
            short.setdefault(f, []).append(u)
    # (a short form two units share names neither)
    out += [(f, us[0]) for f, us in short.items() if len(us) == 1 and _held_by_one(f, us[0], names)]
    return sorted(out, key=lambda x: (-len(x[0]), x[0]))


def _held_by_one(form: str, unit: Line, names: list[str]) -> bool:
    """Whether a form of a unit's name is its full name, or a shortened one (疾控中心, 外国语学校) no other unit's
    name holds."""
    own = compact(unit.name)
    return form == unit.name or form == own or not any(_said_after_a_place(form, n) for n in names if n != own)


def _said_after_a_place(form: str, name: str) -> bool:
    """Whether a name holds a form as its own words after places only (青岚区实验小学 holds 实验小学) — not as the
    end of longer words (东阳市第二人民医院 does not hold 人民医院: 东阳市人民医院 is the one said so)."""
    at = name.find(form)
    return at == 0 or at > 0 and bool(_PLACE_END.search(name[:at]))


def _places_left_off(name: str) -> str:
    """A unit's name without the places it begins with and their levels (浙江省庆元中学: 庆元中学 — the place that
    is the start of the unit's own name stays)."""
    own = compact(name)
    places = department_places(own)
    if places and own.startswith(places[0]) and own[len(places[0]):len(places[0]) + 1] in ("省", "市"):
        own = own[len(places[0]) + 1:]
    return own


def _held_forms(idx, book: Book) -> list[tuple[str, Line]]:
    """A department's names that other tables' departments are said by too (人社局 of 湛江人社局 and 晋江人社局):
    read as this table's only joined to a line of it said with its place ("晋江民政局和人社局")."""
    if book.owner:
        return []
    elsewhere = _forms_elsewhere(idx, set(book.groups))
    place = set(department_forms(book.place, idx.abbrev)) if book.place else set()
    seen: dict[str, set[str]] = {}
    for g in book.groups:
        for form in map(compact, department_forms(g, idx.abbrev) | joined_bureau_forms(compact(g).removeprefix(book.place))):
            if len(form) >= 2 and form in elsewhere and form not in place:
                seen.setdefault(form, set()).add(g)
    return sorted(((f, book.groups[next(iter(gs))]) for f, gs in seen.items() if len(gs) == 1), key=lambda x: (-len(x[0]), x[0]))


# The words joining two names said one after the other ("晋江民政局和人社局")
_JOINED = re.compile(r"(?:和|与|跟|及|、|同|比|较)$")


def _held_said(book: Book, text: str, taken: list[tuple[int, int]], found: list[tuple[int, Line]]) -> None:
    """The lines said by a name other tables' departments share, right after a line of this table said with its
    place and a joining word (晋江民政局和人社局: 晋江's 人社局): added to found, their spans to taken."""
    places = _place_forms(book.place)
    for form, line in book.held:
        at = text.find(form)
        while at >= 0:
            free = not any(s < at + len(form) and at < e for s, e in taken)
            before = [e for s, e in taken if e <= at and any(x for k, x in found if k == s)]
            if free and before and _JOINED.search(text[max(before):at]) and len(text[max(before):at]) == 1 \
                    and any(p in text[:at] for p in places):
                taken.append((at, at + len(form)))
                found.append((at, line))
            at = text.find(form, at + len(form))


# What stands between a department and its unit said after it ("人社局的就业管理服务中心", "民政局下属社会福利中心")
_OF_IT = re.compile(r"(?:的|下面的?|下属的?|所属的?|里的?|里面的?)?")


def _department_before_its_unit(book: Book, text: str, taken: list[tuple[int, int]], found: list[tuple[int, Line]]) -> None:
    """"人社局的就业管理服务中心收入多少": a department said right before one of its own units says where the unit
    stands, never its own line (小计) asked too; by a name other tables' departments share as well (人社局), the
    unit after it makes it this table's. Its span is taken (no word left over), its line dropped from found."""
    units_at = {at: x for at, x in found if x is not book.groups.get(x.group)}
    if not units_at:
        return
    for form, line in [*book.forms, *book.held]:
        if line is not book.groups.get(line.group):
            continue
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            gap = _OF_IT.match(text, end)
            stop = gap.end() if gap is not None else end  # (the pattern is all optional: it always matches)
            after = units_at.get(stop)
            if after is not None and after.group == line.group:
                found[:] = [(k, x) for k, x in found if not (k == at and x is line)]
                if not any(s < end and at < e for s, e in taken if (s, e) != (at, end)):
                    taken[:] = [t for t in taken if t != (at, end)] + [(at, stop)]
            at = text.find(form, end)


# A department's units said after its name: "人社局三个单位", "人社局下面各单位", "民政局所属单位"
_ITS_UNITS = re.compile(r"(?:的)?(?:下面|下属|所属)?(?:的)?(?:(?P<n>[两二三四五六七八九十\d]{1,2})个|各|所有|全部)?(?:下属)?单位")


def _held_with_its_units(book: Book, text: str, taken: list[tuple[int, int]], found: list[tuple[int, Line]]) -> None:
    """"人社局三个单位合计": a department by a name other tables' departments share too (人社局), said with its units
    — which only this table lists, as many as said — is this table's department: its line found."""
    for form, line in book.held:
        units = book.units.get(line.group) or []
        at = text.find(form)
        while at >= 0 and len(units) >= 2:
            end = at + len(form)
            m = _ITS_UNITS.match(text, end)
            n = small_number(m.group("n")) if m is not None and m.group("n") else None
            if m is not None and (n is None or n == len(units)) and not any(s < end and at < e for s, e in taken):
                taken.append((at, end))
                found.append((at, line))
            at = text.find(form, end)


def _held_with_the_title(book: Book, text: str, taken: list[tuple[int, int]], found: list[tuple[int, Line]],
                         printed_elsewhere: Callable[[str, str], bool]) -> None:
    """"人社局工资福利小计" of a 部门工资福利支出预算明细表: a department by a name other tables' departments share too,
    said first and with a run of this table's title (four characters or more) that none of those departments'
    tables print, is this table's department: its line found."""
    for form, line in book.held:
        at = text.find(form)
        if at < 0 or text[:at].strip() or any(s < at + len(form) and at < e for s, e in taken):
            continue
        after = text[at + len(form):]
        runs = [after[i:j] for i in range(len(after)) for j in range(i + 4, len(after) + 1) if after[i:j] in book.title_runs]
        if runs and not any(printed_elsewhere(form, r) for r in runs):
            # (本级 said after it: the department's own unit, "人社局本级工资福利")
            said = OWN_SAID.match(text, at + len(form))
            own = [u for u in book.units.get(line.group, ()) if u.own]
            end = said.end() if said is not None and len(own) == 1 else at + len(form)
            taken.append((at, end))
            found.append((at, own[0] if end > at + len(form) else line))


def _held_own_beside_its_unit(book: Book, text: str, taken: list[tuple[int, int]], found: list[tuple[int, Line]]) -> None:
    """"人社局本级和就业中心加起来": a department by a name other tables' departments share too, said with 本级 (机关),
    beside one of its own units said in the question, is this table's department's own unit (本级): its line found."""
    for form, line in book.held:
        own = [u for u in book.units.get(line.group, ()) if u.own]
        at = text.find(form)
        said = OWN_SAID.match(text, at + len(form)) if at >= 0 else None
        if said is None or len(own) != 1 or any(s < said.end() and at < e for s, e in taken):
            continue
        if any(x.group == line.group and x is not line and not x.own for _, x in found):
            taken.append((at, said.end()))
            found.append((at, own[0]))


def _printed_elsewhere(idx, book: Book) -> Callable[[str, str], bool]:
    """Whether the departments a name says other than this table's print a run of the title (their tables' own
    titles or row labels)."""
    def printed(form: str, run: str) -> bool:
        others = {compact(d) for d in idx.dept_forms.get(form, ()) if d and compact(d) not in book.groups}
        return any(run in compact(d.form or "") or any(run in k for k in idx.doc_keys.get(n, ()))
                   for n, d in idx.docs.items() if compact(d.department) in others)
    return printed


def _forms_elsewhere(idx, groups: set[str]) -> set[str]:
    """The names of the departments other tables are of ("财政局" of 白沙县财政局), as the index reads them
    (idx.dept_forms): a line's department said by one of them alone ("财政局…" with 青禾县财政局 a line here) is
    either, left to the question asked back."""
    return {form for form, depts in idx.dept_forms.items() if any(d and compact(d) not in groups for d in depts)}


def _group_forms(group: str) -> set[str]:
    """A group of one department's units by its name, with or without what it puts in brackets, or by that alone
    (乡镇卫生院 and 社区卫生服务中心 of 乡镇卫生院（社区卫生服务中心））."""
    m = re.fullmatch(r"(.+?)[（(](.+?)[）)]", group)
    return {group, m.group(1), m.group(2)} if m else {group}


# A town's health centre: 永兴镇中心卫生院, 复兴镇卫生院, 湄江街道社区卫生服务中心
_TOWN_UNIT = re.compile(r"^(?P<town>[\u4e00-\u9fff]{1,4}?)(?P<level>镇|乡|街道)(?P<centre>中心)?(?P<kind>卫生院|社区卫生服务中心)$")


# A numbered people's hospital (第一人民医院), said by its number and 人医 (一人医)
_NUMBERED_HOSPITAL = re.compile(r"^第(?P<n>[一二三四五六七八九十]{1,2})人民医院$")


def _unit_short_forms(idx, bare: str) -> set[str]:
    """A unit's name (its place left off) as staff shorten it, by rule: the standard short words of names
    (疾病预防控制中心 → 疾控中心); a town's health centre by its town alone (复兴镇), or without 镇 or 中心 (永兴中心卫生院,
    永兴镇卫生院). Kept by the caller only when no other line is said so."""
    out = {bare.replace(long, short) for long, shorts in getattr(idx, "label_abbrev", {}).items() if long in bare
           for short in shorts}
    if m := _NUMBERED_HOSPITAL.match(bare):
        out.add(m.group("n") + "人医")  # (第一人民医院 said 一人医)
    if m := _TOWN_UNIT.match(bare):
        town, centre, kind = m.group("town") + m.group("level"), m.group("centre") or "", m.group("kind")
        out |= {town, m.group("town") + centre + kind, town + kind}
        out |= {m.group("town") + kind} if len(m.group("town")) >= 2 else set()
    return {f for f in out if len(f) >= 3 and f != bare}


def _owner_forms(idx, book: Book) -> set[str]:
    """The names people use for the department whose table this is (卫健局, 湄潭卫健局), its place alone left out."""
    place = _place_forms(book.place)
    return {f for f in department_forms(book.owner, idx.abbrev) if len(f) >= 2 and f not in place
            and not any(f == p + "县" or f == p + "市" for p in place)}


def names_a_line(idx, name: str) -> bool:
    """Whether a name the question says ("福鼎文旅局") is a line of such a table of that place, said as people
    say it (文旅局 of 福鼎市文化体育和旅游局): a department of that place, not one the knowledge base lacks."""
    for book in all_books(idx):
        bare = next((name[len(p):] for p in sorted(_place_forms(book.place), key=len, reverse=True)
                     if name.startswith(p)), name)
        if any(form in (name, bare) for form, _ in book.forms):
            return True
    return False


# The words of money a thing asked may end in (项目预算, 项目经费): shown with it
_MONEY_AFTER = r"(?:预算|经费|资金|支出|收入|金额)*"


def item_not_printed(idx, fq) -> FactAnswer | None:
    """"图书馆的在建工程", "嵊州交通局2025年的项目预算多少": one line of such a table of a place's departments asked a
    thing this table does not print (no column of it), where nothing else can hold it — a unit no other table lists
    (no funding unit of a projects' table) and a word no table's label prints; a department in the table's own year
    none of its own tables is of: said so, with what the table lists — never its line's other figures, nor another
    line loosely like the word. None otherwise (the rest of the engine reads it)."""
    for book in all_books(idx):
        a = read(idx, book, fq.text, fq.mentions, "", fq.years)
        if book.owner or a.columns or len(a.lines) != 1 or a.unclear or a.lines[0] is book.total:
            continue
        line, year = a.lines[0], idx.docs[book.doc].year
        left = _left_over(a, book.place, year)
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", left) or not _held_here_only(idx, book, line, left, fq.years, year) \
                or _read_otherwise(fq, left, line is not book.groups.get(line.group)):
            continue
        said = re.search(re.escape(left) + _MONEY_AFTER, a.rest)
        columns = [book.leaves[c] or c for c in book.columns]
        return FactAnswer("unknown", compose.item_not_in_lines(_name(book, line), said.group(0) if said else left,
                                                               columns), settled=True)
    return None


def _read_otherwise(fq, word: str, labels: bool) -> bool:
    """Whether the answerer reads the word left over as something of its own: an operation or a rate asked (执行率比
    序时进度低多少), or (labels) a label it names exactly (序时进度 a title states)."""
    return bool(fq.ops or fq.rate or fq.plan) or labels and any(
        m.exact and 0 <= m.start < m.end <= len(fq.text) and fq.text[m.start:m.end] in word for m in fq.mentions)


def _bare_name(book: Book, name: str) -> str:
    """A line's name as said without its own-line mark, its table's place and the place's level (嵊州市交通工程建设中心
    → 交通工程建设中心)."""
    return _OWN.sub("", name).removeprefix(book.place).lstrip("省市区县")


def _held_here_only(idx, book: Book, line: Line, word: str, years: list[int], year: int | None) -> bool:
    """Whether what a line is asked (word) can be held nowhere but this table: a department asked in the table's own
    year, none of its own tables of that year; a unit no projects' table lists, asked a word no label prints."""
    if line is book.groups.get(line.group):
        return bool(years) and years == [year] and not any(
            compact(d.department) == line.group and d.year == year for n, d in idx.docs.items() if n != book.doc)
    names = idx.__dict__.get("_dept_unit_funding_units")
    if names is None:
        names = idx.__dict__["_dept_unit_funding_units"] = frozenset(map(compact, query.funding_unit_names(idx.conn)))
    bare = _bare_name(book, line.name)
    elsewhere = {idx.fact_doc[f] for k in idx.gram_keys.get(bare[:2], ()) if bare in k for f in idx.label_facts.get(k, ())[:50]}
    return word not in idx.label_text and not line.own and not any(n.endswith(bare) for n in names) \
        and elsewhere <= {book.doc} and not idx.value_named(line.name)  # (another table's row of it: 采购 rows)


def unit_line_begun(idx, fq) -> str | None:
    """The unit (not a department's 小计, not the 合计) of such a table of a place's departments that a question
    begins with ("执法队的资产总额": 嵊州市交通运输综合行政执法队), said as its lines are read, its place before it
    or not; its name as printed, or None when none, a word fitting several, or several tables' units begin it."""
    found = set()
    for book in all_books(idx):
        if book.owner:
            continue
        lines, _, unclear = _said_lines(book, fq.text, fq.mentions)
        if not lines or unclear:
            continue
        at, line = lines[0]
        before = fq.text[:at]
        if before in ("", *_place_forms(book.place)) and line is not book.total and line is not book.groups.get(line.group):
            found.add(line.name)
    return found.pop() if len(found) == 1 else None


def books_of(idx, doc: int) -> list[Book]:
    return idx.read_once("_dept_unit_books", doc, lambda: _read(idx, doc) if idx.docs[doc].layout == "general-table" else [])


def general_tables(idx) -> list[int]:
    """The general tables (labelled spreadsheets) the table readers read over the whole knowledge base: the first
    200 loaded (this reader's books, econ's tables)."""
    return [d for d, x in idx.docs.items() if x.layout == "general-table"][:200]


def all_books(idx) -> list[Book]:
    books = idx.__dict__.get("_dept_unit_all")
    if books is None:
        books = idx.__dict__["_dept_unit_all"] = [b for d in general_tables(idx) for b in books_of(idx, d)]
    return books


def years_listing(idx, dept: str) -> set[int]:
    """The years of such tables of a place's departments that list `dept` as a line of its own (泰和县林业局小计 of
    泰和县's 2025 comparison table): years its figures are held for, beside those of its own tables."""
    name = compact(dept)
    return {y for b in all_books(idx) if not b.owner and name in b.groups
            and (y := b.year or idx.docs[b.doc].year) is not None}


def lists_its_preparer(idx, dept: str) -> bool:
    """Whether a table of a place's departments that `dept` drew up (编制单位) lists it among them (永康市财政局小计 of
    永康市's 三公 table): its figures there are that line's, never the table's 合计 (the place's)."""
    name = compact(dept)
    return any(not b.owner and name in b.groups and compact(idx.docs[b.doc].department) == name for b in all_books(idx))


def department_of_own_unit(idx, unit: str) -> tuple[str, list[str]] | None:
    """The department whose own line (本级) a unit is, and all its units' names, as a table of departments and units
    of the place prints them: another table listing rows by unit (a procurement plan: 教育局本级, 第一中学 …) asks
    a department's figure as the sum of its units' rows. None when no such table, or several that disagree."""
    key = compact(unit)
    if not _OWN.search(key):
        return None
    found = {(g, tuple(u.name for u in us)) for b in all_books(idx) for g, us in b.units.items()
             if any(u.own and compact(u.name) == key for u in us)}
    if len(found) != 1:
        return None
    group, names = next(iter(found))
    return group, list(names)


def line_under_department(idx, group: str, facts: list[int]) -> bool:
    """Whether every fact an answer cites stands on a line a table of a place's departments prints in the block of the
    department group the last answer read (社会福利院 under 民政局's 小计 line, 民政局（本级）): a follow-up of that
    department's block is of the department the conversation is about. (Read from the rows cited, never the reply.)"""
    keys = [idx.row_keys(f) for f in facts]
    blocks = [{b.groups[group].key, *(u.key for u in b.units.get(group, ()))}
              for b in all_books(idx) if not b.owner and group in b.groups]
    return bool(group and keys and blocks) and all(any(k & block for block in blocks) for k in keys)


@dataclass
class Asked:
    book: Book
    text: str
    lines: list[Line] = field(default_factory=list)  # the lines said, in the order said
    column: str = ""  # the column said ("" when none: the table's 合计 column)
    rest: str = ""  # the question without the lines and the column said
    unclear: bool = False  # a word that fits several units equally
    columns: list[str] = field(default_factory=list)  # every column said, in order ("人员经费和公用经费")
    inherits: bool = False  # a follow-up on another table's answer, what it asks left to that answer
    plan: str = ""  # a rate asked (执行率): the column planned (预算数) its column done (a.column, 决算数) is over
    alone: bool = False  # an item said with no kind of figure: its columns of every kind
    preparer: bool = False  # the line said is the department's whose name the table carries (编制单位): its only line
    against: str = ""  # the column of another year the line's figure is set against ("比去年少了多少": 2024年 › 合计)
    sign: str = ""  # the lines listed by the way their change went ("培训费减少的单位"): up, down or none
    went_said: str = ""  # the word the sign was said by (减少 of "培训费减少了的单位"), printed back
    rates_said: tuple[str, ...] = ()  # words the fact answerer reads as a rate column (执行进度: 执行率), no title's run
    parent: list[str] = field(default_factory=list)  # a merged header said, no whole of its own printed: its columns


def _said_lines(book: Book, text: str, mentions: list, labels: Container[str] = (),
                projects_named: Callable[[str], bool] = lambda _: False,
                printed_elsewhere: Callable[[str, str], bool] = lambda _f, _r: True,
                ) -> tuple[list[tuple[int, Line]], str, bool]:
    """The lines a question names, by their forms (longest first) and by the fact index's reading of unit names
    said short (嘉积二中, 体校); the question with them blanked; whether a word fitted several units equally.
    labels: the row labels of the tables loaded, which a department's bare word and a subject may say instead;
    printed_elsewhere: whether the other departments a shared name says (人社局) print a run of the title too."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, Line]] = []
    for form, line in book.forms:
        at = text.find(form)
        while at >= 0:
            if not any(s < at + len(form) and at < e for s, e in taken) and not _NUMBERED_BEFORE.search(text[:at]) \
                    and not _a_subjects_name(form, text[at + len(form):], labels):
                taken.append((at, at + len(form)))
                found.append((at, line))
            at = text.find(form, at + len(form))
    if found and book.held:
        _held_said(book, text, taken, found)
    if book.held:
        _held_with_its_units(book, text, taken, found)
        _held_with_the_title(book, text, taken, found, printed_elsewhere)
    if found:
        _department_before_its_unit(book, text, taken, found)
    for form in book.scope:  # (the department whose table it is, said of the whole: no unit of it said short)
        taken += [(k, k + len(form)) for k in _spans(text, form) if not any(s < k + len(form) and k < e for s, e in taken)]
    if (typo := _mistyped(book, text, taken)) is not None:
        taken.append(typo[0])
        found.append((typo[0][0], typo[1]))
    _loosely_said(book, text, taken, found)
    units = {u.key: u for us in book.units.values() for u in us}
    unclear = False
    for m in mentions:
        hit = [units[k] for k in m.keys if k in units]
        if (not m.exact and _ORDINAL.fullmatch(text[m.start:m.end])) or _UNIT_WORD.fullmatch(text[m.start:m.end]):
            continue  # ("倒数第一呢": a place in a ranking, not 第一中学 said short; "几所学校": a kind of unit)
        if not hit or any(s < m.end and m.start < e for s, e in taken) or _NUMBERED_BEFORE.search(text[:m.start]):
            continue
        if len(hit) == 1:
            end = m.end
            while not m.exact and end < len(text) and text[end] in hit[0].name and text[end] not in "收入支出预算合计":
                end += 1  # (职业中专 read as 职业中 of 职业中等专业学校: its 专 is the name's too)
            if not m.exact and m.end - m.start < 3 and end - m.start < 4 and not _OWN.sub("", hit[0].name).endswith(text[end - 1]):
                continue  # (two characters found loosely, 建工(程) of 在建工程, no end of the name: no unit said short)
            if not m.exact and end - m.start >= 3 and not hit[0].name.endswith(text[m.start:end]) \
                    and projects_named(text[m.start:end]):
                continue  # ("卫生监督的经费": the start of 卫生监督所 said, and the start of projects' names — theirs)
            taken.append((m.start, end))
            found.append((m.start, _department_unless_own_said(book, hit[0], text[m.start:end + 2])))
        elif not any(u in [x for _, x in found] for u in hit):
            unclear = True
    if found:  # (again: a unit said short, read only now, after its department — "财政局国库支付中心")
        _department_before_its_unit(book, text, taken, found)
        _held_own_beside_its_unit(book, text, taken, found)
    rest = "".join(" " if any(s <= i < e for s, e in taken) else ch for i, ch in enumerate(text))
    return sorted(found, key=lambda x: x[0]), rest, unclear


def _department_unless_own_said(book: Book, unit: Line, said: str) -> Line:
    """A department's own unit (本级) read off a name said short with no 本级 nor 机关 (综合执法局 of 综合行政执法局):
    the department said, its 小计 line — never its 本级's alone."""
    head = book.groups.get(unit.group)
    return head if unit.own and head is not None and head is not unit and not OWN_SAID.search(said) else unit


OWN_SAID = Words("departments", "{own_said}")


def _loosely_said(book: Book, text: str, taken: list[tuple[int, int]], found: list[tuple[int, Line]]) -> None:
    """"社保中心" of 社会保险事业管理中心: a unit said short by leaving words out of its name — a run of four characters
    or more ending as the name ends, its characters all in the name's order — kept only when it fits one unit of
    this table alone (as the knowledge base reads the units of the projects' tables)."""
    units = [u for us in book.units.values() for u in us if not u.own]
    free = [not any(s <= i < e for s, e in taken) for i in range(len(text))]
    for end in range(len(text), 3, -1):
        if not free[end - 1] or not free[end - 2]:
            continue
        fits = [u for u in units if u.name.endswith(text[end - 2:end])]
        start = end - 2
        while start > 0 and free[start - 1] and (more := [u for u in fits if in_order(text[start - 1:end], u.name)]):
            start, fits = start - 1, more
        # (a plain end of the name, 人民医院 of 第二人民医院 said, is no name said short: the other forms read ends)
        if end - start >= 4 and len(fits) == 1 and fits[0] not in [x for _, x in found] \
                and not fits[0].name.endswith(text[start:end]):
            taken.append((start, end))
            found.append((start, fits[0]))
            free[start:end] = [False] * (end - start)


def _place_projects_named(idx, book: Book, word: str) -> bool:
    """Whether projects of the place's departments (their own tables) have names holding the word (卫生监督 of
    卫生监督执法专项经费): a unit's name said short so may be theirs."""
    docs = [n for n, d in idx.docs.items() if book.place and compact(d.department or "").startswith(book.place)]
    return bool(query.projects_named(idx.conn, docs, word))


def _row_names(idx) -> frozenset[str]:
    """The row labels of the tables loaded, each also without its code (205教育支出: 教育支出); read once."""
    names = idx.__dict__.get("_dept_unit_row_names")
    if names is None:
        names = idx.__dict__["_dept_unit_row_names"] = frozenset(
            n for k in idx.label_facts for n in (k, k.lstrip("0123456789")) if n)
    return names


def _a_subjects_name(form: str, after: str, labels: Container[str]) -> bool:
    """Whether a department's bare word (阳新县教育, no 局) said right before 支出 or 收入 is a line another table
    prints ("阳新县教育支出": 205教育支出 of a 功能分类 table), not the department."""
    if not labels or _ORGANISATION.search(form):
        return False
    word = next((s for s in _SUBJECTS if after.startswith(s)), "")
    return bool(word) and any(form[k:] + word in labels for k in range(len(form) - 1))


# A name said after a number is another organisation's (第二人民医院 is not 人民医院, 二中 not 中学)
_NUMBERED_BEFORE = re.compile(r"(?:第|[一二三四五六七八九十百\d])$")


def _spans(text: str, form: str) -> list[int]:
    out, at = [], text.find(form)
    while at >= 0:
        out.append(at)
        at = text.find(form, at + len(form))
    return out


def _mistyped(book: Book, text: str, taken: list[tuple[int, int]]) -> tuple[tuple[int, int], Line] | None:
    """A unit's name of four characters or more said with one character mistyped by sound ("疾空中心" for 疾控中心,
    its first and last characters right), where no line is said: the unit, when it is the only line so near."""
    if taken:
        return None
    near: dict[int, tuple[tuple[int, int], Line]] = {}
    for form, line in book.forms:
        if len(form) < 4 or line is book.groups.get(line.group):
            continue
        n = len(form)
        k = text.find(form[0])  # (its first and last characters right: only where the first is said)
        while 0 <= k <= len(text) - n:
            if text[k + n - 1] == form[-1]:
                run = text[k:k + n]
                off = [i for i in range(n) if run[i] != form[i]]
                if len(off) == 1 and 0 < off[0] < n - 1 and sounds_alike(run[off[0]], form[off[0]]):
                    near.setdefault(id(line), ((k, k + n), line))
            k = text.find(form[0], k + 1)
    return next(iter(near.values())) if len(near) == 1 else None


# (its unit printed after it in brackets, 合计（万元）, read with the brackets left off: 合计万元)
_WHOLE_HEADER = re.compile(r"^(?:合计|总计)(?:千元|万元|亿元|元)?$|合计(?:千元|万元|亿元|元)?$")


def _columns_said(book: Book, rest: str) -> tuple[list[str], str]:
    """Every money column a question names ("人员经费和公用经费"), in the order said; the question with them blanked.
    A column's word said right before another column whose header holds it ("决算增减率" of 决算数比年初预算增减 ›
    增减率) is that other column's, not a column of its own."""
    said: list[tuple[int, int, str]] = []
    text = rest
    while True:
        column, after = _column_said(book, rest)
        if not column or column in [c for _, _, c in said]:
            break
        changed = [i for i, (x, y) in enumerate(zip(rest, after, strict=True)) if x != y]
        said.append((changed[0], changed[-1] + 1, column))
        rest = after
    said.sort()
    kept = [(a, b, c) for k, (a, b, c) in enumerate(said)
            if not (k + 1 < len(said) and said[k + 1][0] - b <= 1 and text[a:b] in said[k + 1][2][:-len(book.leaves[said[k + 1][2]]) or None])]
    return [c for _, _, c in kept], rest


# "比年初降了多少个百分点": a column set against another of its group, in percent
_RATE_OF_CHANGE = re.compile(r"比(?P<other>[\u4e00-\u9fff]{2,6}?)(?:增|减|降|涨|升|多|少|高|低|下降|上升|增长|减少)(?:了)?"
                             r"(?:多少|几)?(?:个)?(?:百分点|百分比|%)")


def _rate_of_change_said(book: Book, column: str, rest: str) -> tuple[str, str] | None:
    """"项目支出决算比年初降了多少个百分点": the rate its table prints for the group of the column said (项目支出 ›
    增减率), when the question sets that column against another of the same group (年初 of 年初预算数) in percent;
    the question with the words blanked. None otherwise."""
    m = _RATE_OF_CHANGE.search(rest)
    leaf = book.leaves.get(column, "")
    group = column[:-len(leaf)] if leaf and column.endswith(leaf) else ""
    if m is None or not leaf:
        return None
    under = [c for c in book.columns if c.startswith(group) and book.leaves.get(c) == c[len(group):]]
    other = [c for c in under if c != column and book.leaves[c].startswith(m.group("other"))]
    rates = [c for c in under if _RATE_COLUMN.search(book.leaves[c])]
    if len(other) != 1 or len(rates) != 1:
        return None
    return rates[0], rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]


def _change_said(book: Book, rest: str) -> tuple[list[str], str]:
    """A change column's header said short, its characters in order ("决算比年初增减" of 决算数比年初预算增减 › 金额,
    "…增减率" of its 增减率（%）): the one column under it, the rate when a rate is said; the question with it
    blanked. Of headers setting one figure against another (…比…) only."""
    best: tuple[int, int, int, str] | None = None
    for group in dict.fromkeys(c[:-len(book.leaves[c])] for c in book.columns if book.leaves.get(c) and len(c) > len(book.leaves[c])):
        if "比" not in group or len(group) < 6:
            continue
        for i in (k for k, ch in enumerate(rest) if ch == group[0]):
            for j in range(len(rest), i + 4, -1):
                run = rest[i:j]
                if rest[j - 1] == group[-1] and "比" in run and in_order(run, group) and " " not in run \
                        and (best is None or j - i > best[1] - best[0]):
                    best = (i, j, 0, group)
    if best is None:
        return [], rest
    i, j, _, group = best
    under = [c for c in book.columns if c.startswith(group) and c != group and book.leaves.get(c) == c[len(group):]]
    rate = bool(re.match(r"(?:率|百分比|幅度)", rest[j:]))
    picked = [c for c in under if bool(_RATE_COLUMN.search(book.leaves[c])) == rate]
    if len(picked) != 1:
        return [], rest
    end = j + (re.match(r"(?:率|百分比|幅度)", rest[j:]).end() if rate else 0)  # type: ignore[union-attr]
    return picked, rest[:i] + " " * (end - i) + rest[end:]


# The mark a column's header prints before the first of the parts of the whole before it (其中：房屋)
_PART_MARK = re.compile(r"^其中(?=..)")


def _column_said(book: Book, rest: str) -> tuple[str, str]:
    """The money column a question names (its own header, or the start of it: 政府性基金 of 政府性基金预算), never
    the 合计 column (said or not, the line's whole); the question with it blanked."""
    best, at, size = "", -1, 0
    for c in book.columns:
        leaf = book.leaves[c]
        if c == book.main and _WHOLE_HEADER.search(leaf) or not leaf:
            continue  # (the 合计 column, said or not: the line's whole; a first column of no whole is one said)
        whole = c if c in rest else c[:-1] if c.endswith("数") and c[:-1] in rest else ""  # (项目支出年初预算)
        if len(c) > len(leaf) and whole and (k := rest.find(whole)) >= 0 and len(whole) > size:
            best, at, size = c, k, len(whole)  # (the whole header said: 基本支出人员经费)
            continue
        if _KIND_ONLY.match(leaf) and len(c) > len(leaf):
            continue  # (2024年决算数 under each item says no item: read with its item, _group_and_kind_said)
        leaf = _PART_MARK.sub("", leaf)  # (其中：土地, the first part under its whole, said 土地)
        # (of a header ending in 数, its word said alone: 决算 of 决算数)
        least = min(max(3, (len(leaf) + 1) // 2), len(leaf) - 1 if leaf.endswith("数") else len(leaf))
        for n in range(len(leaf), least - 1, -1):
            k = rest.find(leaf[:n])
            if k >= 0 and n > size:
                best, at, size = c, k, n
                break
    if (short := _column_said_short(book, rest)) is not None and short[2] > size:
        best, at, size = short
    if not best:
        return "", rest
    return best, rest[:at] + " " * size + rest[at + size:]




def _column_said_short(book: Book, rest: str) -> tuple[str, int, int] | None:
    """A column under a merged header said short, its characters in order, opening with its header's first two
    and closing with its own last two ("通用设备净值" of 通用设备 › 账面净值, "房屋面积" of 房屋 › 面积（平方米）,
    "单价50万以上设备" of 单价50万元以上设备（台/套）), the unit in brackets left off: (column, where, length); None
    when none is said so, or two columns equally long."""
    found: dict[str, tuple[int, int]] = {}
    for c in book.columns:
        core = _MONEY_END.sub("", c.removesuffix(book.counts.get(c, "")))
        core = core[:-len(book.leaves[c])] + _PART_MARK.sub("", core[-len(book.leaves[c]):]) if len(c) > len(book.leaves[c]) else core
        if len(core) < 4 or c == book.main and _WHOLE_HEADER.search(book.leaves[c]):
            continue
        ends = _closings(book, c, core)
        least = 3 if len(ends) > 1 else 4  # (车辆数: a count said by its thing and 数)
        for i in (k for k in range(len(rest) - least + 1) if rest.startswith(core[:2], k)):
            j = next((j for j in range(len(rest), i + least - 1, -1) if rest[j - 2:j] in ends
                      and " " not in rest[i:j] and in_order(rest[i:j], core)), 0)
            if j and 5 * (j - i) >= 3 * len(core) and j - i > found.get(c, (0, 0))[1]:
                found[c] = (i, j - i)
    top = max((n for _, n in found.values()), default=0)
    best = [(c, at, n) for c, (at, n) in found.items() if n == top]
    return best[0] if len(best) == 1 else None


def _closings(book: Book, column: str, core: str) -> tuple[str, ...]:
    """How a column said short may close: its own last two characters; a count column's closing 数量 also by 数
    after the thing counted (车辆数 of 车辆 › 数量（辆）, as 人数 is said of 人员数量)."""
    if column in book.counts and core.endswith("数量") and len(core) >= 4:
        return core[-2:], core[-3] + "数"
    return (core[-2:],)


# The kinds of figure a two-row header's lower cell prints under each item (2024年预算数 / 2024年决算数): the one
# list the readings below are built from
_KINDS = "预算|决算|执行|调整"
_FIGURE_KIND = re.compile(_KINDS)


def _group_and_kind_said(book: Book, rest: str) -> tuple[list[str], str]:
    """A column of a two-row header said by its item and its kind of figure apart ("三公决算", "因公出国决算",
    "公车运维费预算" of “三公”经费合计 › 2024年决算数 …): the item by the start of its name or its characters in
    order (公车运维费 of 公务用车运行维护费), the kind by its word; one column only, else none. The question is
    returned with the item and the kind blanked."""
    found: dict[str, tuple[int, int, str]] = {}
    for c in book.columns:
        leaf = book.leaves[c]
        kind = _FIGURE_KIND.search(leaf)
        item = re.sub(r"(?:合计|小计)$", "", c[:-len(leaf)]) if kind and len(c) > len(leaf) else ""
        span = _item_span(book, item, rest) if len(item) >= 2 and kind and kind.group() in rest else None
        if span and kind and kind.group() in rest[:span[0]] + " " + rest[span[1]:]:  # (the kind said apart from the item)
            found[c] = (*span, kind.group())
    top = max((b - a for a, b, _ in found.values()), default=0)
    best = [c for c, (a, b, _) in found.items() if b - a == top]
    if len(best) != 1 and not _groups_apart(book, best, [found[c][:2] for c in best]):
        return [], rest
    left = rest
    for c in best:  # (of a grid of groups by years, each group said by its own word: "收入和支出预算")
        a, b, kind_word = found[c]
        left = left[:a] + " " * (b - a) + left[b:]
    k = left.find(kind_word)
    if k < 0:
        return [], rest  # (预算 of 预算内投资 is the item's own word: no kind of figure said apart)
    return best, left[:k] + " " * len(kind_word) + left[k + len(kind_word):]


def _groups_apart(book: Book, columns: list[str], spans: list[tuple[int, int]]) -> bool:
    """Whether several columns tied are of a grid of groups by years, each of another group said at its own place
    ("枫桥镇收入和支出预算": 一般公共预算收入 and 一般公共预算支出)."""
    groups = {c[:-len(book.leaves[c])] for c in columns}
    return len(columns) >= 2 and all(c in book.years_under for c in columns) and len(groups) == len(columns) \
        and len(set(spans)) == len(spans)


def _thing_counted(book: Book, column: str) -> str:
    """What a count column counts: its own header's word (车辆 of 固定资产 › 车辆数量（辆）), else its group's above
    a bare 数量 (车辆 › 数量（辆）)."""
    leaf = book.leaves[column]
    return _COUNT_WORDS.sub("", leaf.removesuffix(book.counts[column])) \
        or _COUNT_WORDS.sub("", column.removesuffix(book.counts[column]))


def _read_from(synonyms: Sequence[Sequence[str]], said: str, text: str, head: int, tail: int) -> int | None:
    """Where the vocabulary's word that took the place of the words said begins (公务用车保有量 of 公车: their
    first character shared, 公, is before the first that differs): the start of the one pair of a word said and
    its reading of one group of synonyms; None when none is."""
    for start in range(head, max(head - 4, -1), -1):
        word, reading = said[start:len(said) - tail], text[start:len(text) - tail]
        if word and any(word in group and reading in group for group in synonyms):
            return start
    return None


def _count_said(book: Book, text: str, rest: str, said: str,
                synonyms: Sequence[Sequence[str]] = ()) -> tuple[list[str], str]:
    """A count column asked by its unit ("几辆车", "车有几辆": 车辆数量（辆）), the one column counted so; the question
    with the count and the thing counted (车 of 车辆) blanked, and what the vocabulary read in place of the words
    said around the count (公务用车保有量 of 几辆车)."""
    found = [(c, m) for c, unit in book.counts.items() if (m := re.search(_COUNT_ASKED.format(unit=_counter(unit)), said))]
    if len(found) > 1:  # ("资助了多少人" of 在校学生数（人） and 资助学生人数（人）: the one whose first word is said)
        found = [(c, m) for c, m in found if len(leaf := book.leaves[c]) >= 4 and leaf[:2] in rest[:m.start()]] or found
    if len(found) != 1:
        return _count_ranked(book, rest) if not found else ([], rest)
    column, m = found[0]
    head = len(commonprefix([said, text]))
    tail = min(len(commonprefix([said[::-1], text[::-1]])), len(said) - head, len(text) - head)
    thing = _thing_counted(book, column)
    if said == text or head <= m.start() and m.end() <= len(said) - tail:
        # (the vocabulary's reading of the words said around the count, 公务用车保有量 of 几辆车, is blanked whole)
        start, end = (m.start(), m.end()) if said == text else (head, len(text) - tail)
        rest = rest[:start] + " " * (end - start) + rest[end:]
    elif head < len(text) - tail and thing[:1] in text[head:len(text) - tail] \
            and (start := _read_from(synonyms, said, text, head, tail)) is not None:
        # (the vocabulary's reading of the thing counted said apart from the count: 公务用车保有量 of 公车…多少辆)
        rest = rest[:start] + " " * (len(text) - tail - start) + rest[len(text) - tail:]
        if (k := re.search(_COUNT_ASKED.format(unit=_counter(book.counts[column])), rest)) is not None:
            rest = rest[:k.start()] + " " * (k.end() - k.start()) + rest[k.end():]
    for n in range(len(thing), 0, -1):
        if (k := rest.find(thing[:n])) >= 0:
            return [column], rest[:k] + " " * n + rest[k + n:]
    return [column], rest


_MONEY_ASKED = Words("departments", "{money_asked}")


def _counter(unit: str) -> str:
    """The pattern of a count column's unit as a count is asked by it: a unit of two counters by either of them too
    ("几台" of 单价50万元以上设备（台/套）, the vocabulary's `either_counters`)."""
    either = tuple(unit) if unit in words().get("departments", {}).get("either_counters", ()) else ()
    return "(?:" + "|".join(map(re.escape, (unit, *either))) + ")"


def _money_beside_count(book: Book, columns: list[str], rest: str) -> tuple[list[str], str]:
    """"职教中心资助了多少学生 多少钱": a count column read, and money asked after it — the one money column printed
    under the same group header (学生资助 › 资助学生人数 beside 学生资助 › 资助资金) is asked too; the columns as they
    are otherwise (no such column, or several)."""
    if len(columns) != 1 or columns[0] not in book.counts or not (m := _MONEY_ASKED.search(rest)):
        return columns, rest
    head = columns[0][:-len(book.leaves[columns[0]])]
    beside = [c for c in book.columns if c not in book.counts and head and c != columns[0]
              and c[:-len(book.leaves[c])] == head]
    if len(beside) != 1:
        return columns, rest
    return [*columns, beside[0]], rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]


def _item_alone_said(book: Book, rest: str) -> tuple[list[str], str]:
    """An item of a two-row header said with no kind of figure ("一人医因公出国费"): its columns of every kind
    (2024年预算数, 2024年决算数), each shown; the question with the item blanked. None unless one item is said."""
    items: dict[str, list[str]] = {}
    for c in book.columns:
        leaf = book.leaves[c]
        if _KIND_ONLY.match(leaf) and len(c) > len(leaf):
            items.setdefault(c[:-len(leaf)], []).append(c)
    said = [(item, span) for item in items
            if (span := _item_span(book, item, rest)) is not None
            and (span[1] - span[0] >= 3 or item in book.group_words)]
    top = max((b - a for _, (a, b) in said), default=0)
    best = [(item, span) for item, span in said if span[1] - span[0] == top]
    if len(best) > 1 and _groups_apart(book, [items[i][0] for i, _ in best], [sp for _, sp in best]):
        for _, (a, b) in best:  # ("枫桥镇2026年收入和支出": each group said by its own word)
            rest = rest[:a] + " " * (b - a) + rest[b:]
        return [c for i, _ in best for c in items[i]], rest
    if len(best) != 1 or len(items[best[0][0]]) < 2:
        return [], rest
    item, (a, b) = best[0]
    return items[item], rest[:a] + " " * (b - a) + rest[b:]


def _count_ranked(book: Book, rest: str) -> tuple[list[str], str]:
    """"哪个部门车最多": the thing a count column counts (车 of 车辆数量（辆）) said with a ranking, no money column
    said: the count ranked."""
    if _RANK.search(rest) is None:
        return [], rest
    # (the thing is its header's, the group's above a 数量 under it: 车辆 › 数量（辆）; sought where no word of the
    # level stands, the 单 of 单位 no 单价…设备's)
    bare = _UNIT_WORD.sub(lambda m: " " * len(m.group()), _GROUP_WORD.sub(lambda m: " " * len(m.group()), rest))
    said: list[tuple[int, str, int]] = []
    for c in book.counts:
        thing = _thing_counted(book, c)
        n = next((n for n in range(len(thing), 0, -1) if thing[:n] in bare), 0)
        if n:
            said.append((n, c, bare.find(thing[:n])))
    top = max((n for n, _, _ in said), default=0)
    said = [x for x in said if x[0] == top]
    if len(said) != 1:
        return [], rest
    n, column, k = said[0]
    return [column], rest[:k] + " " * n + rest[k + n:]


def _rate_said(book: Book, rest: str) -> tuple[str, str, str] | None:
    """"三公经费执行率": an item printed as both its 预算数 and its 决算数, said with a word of rate; its column planned
    and its column done, and the question with the item and the rate word blanked. None when no one item is said."""
    rate = _RATE.search(rest)
    if rate is None:
        return None
    rest = rest[:rate.start()] + " " * len(rate.group()) + rest[rate.end():]
    kinds: dict[str, dict[str, str]] = {}
    for c in book.columns:
        leaf = book.leaves[c]
        if (kind := _FIGURE_KIND.search(leaf)) and len(c) > len(leaf):
            kinds.setdefault(c[:-len(leaf)], {})[kind.group()] = c
    said = [(item, span) for item, ks in kinds.items() if "预算" in ks and ("决算" in ks or "执行" in ks)
            and (span := _item_said(re.sub(r"(?:合计|小计)$", "", item) or item, rest)) is not None]
    top = max((b - a for _, (a, b) in said), default=0)
    best = [(item, (a, b)) for item, (a, b) in said if b - a == top]
    if len(best) != 1 or top < 2:
        return None
    item, (a, b) = best[0]
    return kinds[item]["预算"], kinds[item].get("决算") or kinds[item]["执行"], rest[:a] + " " * (b - a) + rest[b:]


def rated(idx, a: Asked) -> FactAnswer | None:
    """A line's rate: its column done over its column planned (89.39 ÷ 97.5), the working shown."""
    x = a.lines[0]
    done, plan = _fact(a.book, x, a.column), _fact(a.book, x, a.plan)
    if done is None or plan is None or not plan["number"]:
        return None
    result = fmt_percent(float(done["number"]) / float(plan["number"]) * 100)
    item = a.column[:-len(a.book.leaves[a.column])]
    text = compose.line_rate(_name(a.book, x), item, _shown(done), _shown(plan), result)
    return FactAnswer("answered", text + _cite(idx, [done, plan]), [done, plan])


def _item_span(book: Book, item: str, rest: str) -> tuple[int, int] | None:
    """The run of the question saying an item (_item_said), or the words that tell it from the other groups of a
    grid of groups by years (支出 of 一般公共预算支出), whichever is longer."""
    span = _item_said(re.sub(r"(?:合计|小计)$", "", item) or item, rest)
    word = book.group_words.get(item, "")
    if word and (k := rest.find(word)) >= 0 and (span is None or span[1] - span[0] < len(word)):
        return k, k + len(word)
    return span


def _grid_rate(book: Book, columns: list[str], rest: str) -> tuple[list[str], str] | None:
    """"牌头镇收入预算增长百分之几": of a grid of groups by years, the rate printed beside the years under each group
    said (一般公共预算收入 › 增长%), when a word of growth is said and not set against another year ("比去年");
    the question with the word blanked. None otherwise."""
    if not columns or any(c not in book.years_under for c in columns) or _AGAINST_YEAR.search(rest):
        return None
    m = _GRID_RATE.search(rest)
    if m is None:
        return None
    groups = list(dict.fromkeys(c[:-len(book.leaves[c])] for c in columns))
    rates = [c for g in groups for c in book.columns
             if c.startswith(g) and c[len(g):] == book.leaves[c] and _RATE_COLUMN.search(book.leaves[c])]
    if len(rates) != len(groups):
        return None
    return rates, rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]


_GRID_RATE = re.compile(r"(?:增长|增幅|增速|增减|涨幅)(?:率|幅度|百分比|百分之几|了?多少)?|百分之几|百分比")


def _item_said(item: str, rest: str) -> tuple[int, int] | None:
    """The longest run of the question that says the item: a start of its name (三公 of 三公经费) or, from three
    characters, its characters in order from its first (公车运维费 of 公务用车运行维护费); None if none."""
    best: tuple[int, int] | None = None
    for i in range(len(rest)):
        if rest[i] != item[0]:
            continue
        for j in range(len(rest), i + 1, -1):
            run = rest[i:j]
            if best is not None and j - i <= best[1] - best[0]:
                break
            if item.startswith(run) or len(run) >= 3 and in_order(run, item):
                best = (i, j)
                break
    return best


def _shown_name(book: Book, column: str) -> str:
    """A column as an answer names it: its own header (a count column's without its unit: 车辆数量), or with the item
    above it when the header says only the kind of figure (“三公”经费合计 › 2024年决算数 shown 三公经费合计 2024年决算数)."""
    leaf = book.leaves[column]
    if len(column) > len(leaf) and ("比" in column[:-len(leaf)] or sum(1 for c in book.columns if book.leaves.get(c) == leaf) > 1):
        # (a change's 金额, 增减率 said with what it sets against what; a header printed under several groups)
        return f"{column[:-len(leaf)]} {leaf.removesuffix(book.counts.get(column, '')) or leaf}"
    if column in book.counts:  # (数量（辆） under 车辆: shown 车辆数量)
        return column.removesuffix(book.counts[column]) or leaf
    if (money := _MONEY_END.search(leaf)) is not None:
        return leaf[:money.start()]  # (合计（万元）, read 合计万元: shown 合计, its unit with its figure)
    if _KIND_ONLY.match(leaf) and len(column) > len(leaf):
        return f"{column[:-len(leaf)]} {leaf}"
    if len(book.dated.get(column, {})) > 1 and (m := _YEAR_HEAD.match(column)):
        return f"{m.group(0)} {leaf}"  # (printed under each of two years: the year said with it)
    return leaf


_YEAR_HEAD = re.compile(rf"\d{{4}}年度?(?:{_KINDS})?(?:数|额)?")
_MONEY_END = re.compile(r"(?<=..)(?:千元|万元|亿元|元)$")
_KIND_ONLY = re.compile(rf"^(?:\d{{4}}年度?)?(?:{_KINDS})(?:数|额)?$")


# A main column named by no word of its own (合计, 2024年预算数): said of every table, never this table's alone
_GENERIC_MAIN = re.compile(rf"合计|总计|小计|^\d{{4}}年|(?:{_KINDS})数$|^金额$")


# The word a whole column's name ends in (资产总额): said without it, the column is still said
_WHOLE_END = re.compile(r"(?:总额|合计|总计)$")


def read(idx, book: Book, text: str, mentions: list, said: str = "", years: list[int] | None = None) -> Asked:
    """The lines, the columns and what is left of a question (text: as the vocabulary read it; said: as it was
    said, before the vocabulary's words took the place of its own — "几辆车" is read 公务用车保有量; years: the
    years it asks, which pick among columns printed under each year)."""
    found, rest, unclear = _lines_read(idx, book, text, mentions)
    columns, rest = _change_said(book, rest)
    if not columns:
        columns, rest = _columns_said(book, rest)
    if not columns:
        columns, rest = _group_and_kind_said(book, rest)
    columns, rest = _count_said(book, text, rest, said or text, idx.synonyms) if not columns \
        else (columns, _count_unit_blanked(book, columns, rest))
    parent, rest = ([], rest) if columns else _parent_said(book, rest)  # (社会保障缴费: the columns under it)
    alone = not columns and not parent and not _RATE.search(rest)
    if alone:
        columns, rest = _item_alone_said(book, rest)
    plan = ""
    if not columns and (rate := _rate_said(book, rest)) is not None:
        plan, done, rest = rate
        columns = [done]
    main = book.leaves.get(book.main, "")
    stem = _WHOLE_END.sub("", main)
    if not columns and len(main) >= 3 and not _GENERIC_MAIN.search(main) and main in rest:
        # (the whole column said by its own name, 资产总额 of a 国有资产占用情况表: the question is this table's)
        columns, rest = [book.main], rest.replace(main, " " * len(main), 1)
    elif not columns and len(stem) >= 2 and stem != main and not _GENERIC_MAIN.search(main) and stem in rest:
        columns, rest = [book.main], rest.replace(stem, " " * len(stem), 1)  # (资产 of 资产总额: its whole said)
    elif columns and len(stem) >= 2 and stem != main and not _GENERIC_MAIN.search(main):
        rest = _stem_after_column(rest, stem)
    if len(columns) == 1 and (rated_col := _rate_of_change_said(book, columns[0], rest)) is not None:
        columns, rest = [rated_col[0]], rated_col[1]
    columns = list(dict.fromkeys(_of_the_year(book, c, years or []) for c in columns))
    if (grid_rate := _grid_rate(book, columns, rest)) is not None:
        columns, rest = grid_rate
    columns, rest = _money_beside_count(book, columns, rest)
    if not columns and years and years[0] != book.year and book.main \
            and (whole := _of_the_year(book, book.main, years)) != book.main:
        columns = [whole]  # ("2024年三公经费最多的部门": the whole of the year said, printed beside the table's own)
    if years and years[0] != book.year and any(_column_year(book, c) == years[0] for c in columns):
        rest = re.sub(rf"(?:{years[0]}|(?<!\d){years[0] % 100:02d})年(?:度)?", " ", rest)  # (said: not left over)
    against, rest = _year_against(book, rest, columns[0] if columns else book.main, years or [])
    column = columns[0] if columns else ""
    lines: list[Line] = []
    for _, x in found:
        if x not in lines:
            lines.append(x)
    lines, rest = _own_after_its_department(book, lines, rest)
    if (len(lines) >= 2 or len(columns) >= 2) and _JOINED_BY_PLUS.search(rest):
        # ("民政局加住建局多少": two lines added; "本级基本支出加项目支出": two columns of its line added — a sum asked)
        rest = _JOINED_BY_PLUS.sub(lambda m: " " * len(m.group()), rest) + " " + _SUM_SAID
    sign = went_said = ""
    if columns and not against and (m := _WENT.search(rest)) is not None and not _RANK.search(rest) \
            and not _WHICH_MORE.search(rest) and not _AMOUNT_ASKED.search(rest[m.end():]) \
            and (_LIST.search(rest) or _COUNT.search(rest) or _WHOSE_SIGN.search(rest[m.end():])):
        # (a superlative, "减少最多的单位", is a ranking, and "减少了多少" an amount: neither a filter by sign)
        sign = next(k for k, v in m.groupdict().items() if v)  # ("培训费减少的单位": a list by the change's sign)
        went_said = m.group().removesuffix("了")
        rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    return Asked(book, text, lines, column, _several_apart_blanked(rest), unclear, columns, plan=plan, alone=alone and bool(columns),
                 against=against, sign=sign, went_said=went_said, rates_said=_rates_said(idx, text, mentions), parent=parent)


_NO_PART = re.compile(rf"{_KINDS}|\d{{4}}|率|%|％|增减|比上年|上年|本年")


def _lines_read(idx, book: Book, text: str, mentions: list) -> tuple[list[tuple[int, Line]], str, bool]:
    """The lines a question names (_said_lines), read with what the knowledge base's other tables name and print."""
    return _said_lines(book, text, mentions, _row_names(idx), lambda w: _place_projects_named(idx, book, w),
                       _printed_elsewhere(idx, book))


def _parent_said(book: Book, rest: str) -> tuple[list[str], str]:
    """"科技局小计的社会保障缴费一共多少": a header merged over two columns or more (社会保障缴费 › 养老保险缴费, 职业
    年金缴费 …) said, the table printing no column of its own for it: its columns (their sum asked), the question
    with it blanked; ([], rest) when none."""
    under: dict[str, list[str]] = {}
    for c in book.columns:
        head = c[:-len(book.leaves[c])] if len(c) > len(book.leaves[c]) else ""
        if len(head) >= 4:
            under.setdefault(head, []).append(c)
    # (kinds of figure or years under an item, 预算数 / 决算数, 2024年 / 2025年, are no parts of a whole)
    said = [h for h, cs in under.items() if len(cs) >= 2 and h in rest and h not in book.columns
            and not any(_WHOLE_HEADER.search(book.leaves[c]) or book.leaves[c] == "小计" or _NO_PART.search(book.leaves[c])
                        for c in cs) and _parts_of_a_whole(book, cs)]
    if len(said) != 1:
        return [], rest
    k = rest.find(said[0])
    return under[said[0]], rest[:k] + " " * len(said[0]) + rest[k + len(said[0]):]


def _parts_of_a_whole(book: Book, columns: list[str]) -> bool:
    """Whether the columns under one header are parts of a whole, to be added: no column is the sum or the
    difference of two others on every line of the table (账面净值 = 账面原值 − 累计折旧: three views of one thing,
    never added). A column blank or nought on every line proves nothing."""
    lines = list({id(x): x for x in [*(x for _, x in book.forms), *book.groups.values(),
                                     *(u for us in book.units.values() for u in us),
                                     *([book.total] if book.total is not None else [])]}.values())
    rows = [[float(x.cells[c]["number"]) for c in columns] for x in lines
            if all(c in x.cells and x.cells[c].get("number") is not None for c in columns)]
    if not rows:
        return False
    live = [k for k in range(len(columns)) if any(r[k] for r in rows)]
    return not any(all(abs(r[k] - r[i] - r[j]) < 0.011 for r in rows)
                   for k in live for i in live for j in live if i < j and k not in (i, j))


def _several_apart_blanked(rest: str) -> str:
    """"下面几个单位分别多少": the units, each asked apart — the count's words blanked, no count of them asked."""
    if m := _SEVERAL_APART.search(rest):
        return rest[:m.start("n")] + " " * (m.end("n") - m.start("n")) + rest[m.end("n"):]
    return rest


def _count_unit_blanked(book: Book, columns: list[str], rest: str) -> str:
    """A count column said by its name, its unit asked after it ("房屋面积多少平方米"): the unit's words blanked."""
    if len(columns) == 1 and columns[0] in book.counts \
            and (m := re.search(_COUNT_ASKED.format(unit=_counter(book.counts[columns[0]])), rest)) is not None:
        return rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    return rest


def _rates_said(idx, text: str, mentions: list) -> tuple[str, ...]:
    """The words the fact answerer reads as rate columns only ("执行进度" of a 执行进度表: its 执行率)."""
    return tuple(text[m.start:m.end] for m in mentions if 0 <= m.start < m.end <= len(text) and m.keys
                 and all(k in idx.col_keys and (k in idx.percent_cols or _RATE_END.search(k)) for k in m.keys))


_WENT = Words("departments", r"(?P<none>{went_nowhere})|(?P<up>{went_up})|(?P<down>{went_down})")
# the lines the sign filters, said after it ("减少的学校", "增加的单位有多少", "哪些部门会议费增加了": 哪些 said)
_WHOSE_SIGN = Words("departments", r"的\s*(?:{group_words}|{unit_words})")
# an amount asked of the change ("减少了多少"), not a count of the lines ("减少的单位有多少")
_AMOUNT_ASKED = Words("departments", r"^\s*了?\s*(?:多少|几)")
_CHANGE_HEADER = Words("departments", r"^(?:{change_headers})$")


_JOINED_BY_PLUS = Words("departments", r"(?<=\s)(?:{joined})(?=\s)")
_SUM_SAID = "合计"  # (the word a sum is read by, said for the lines joined)


def _own_after_its_department(book: Book, lines: list[Line], rest: str) -> tuple[list[Line], str]:
    """"乐清市民政局小计本级的项目支出" (a follow-up said of the department's line just answered): 本级 after the one
    department said is its own unit's line, never its 小计 — unless the 小计 is said apart from it ("财政局小计和本级
    分别多少", "小计比本级多多少": both lines asked, the 小计 first)."""
    at = rest.find("本级")
    if len(lines) != 1 or at < 0 or lines[0] is not book.groups.get(lines[0].group):
        return lines, rest
    own = [u for u in book.units.get(lines[0].group, ()) if u.own]
    apart = bool(_LINE_LABEL.search(re.sub(r"小计[\s的]*本级", "", rest)))
    return (lines * apart + own, rest[:at] + "  " + rest[at + 2:]) if len(own) == 1 else (lines, rest)


def _stem_after_column(rest: str, stem: str) -> str:
    """"车辆资产", "房屋资产": the word of what the whole column counts (资产 of 资产总额) said right after a column's
    own word (车辆 under 固定资产 › 其中) is that column's, no word left over."""
    return re.sub(rf"(?<= ){re.escape(stem)}", " " * len(stem), rest)


def _year_against(book: Book, rest: str, column: str, years: list[int]) -> tuple[str, str]:
    """"县委办2025年三公比去年少了多少", "2025比2024增加多少": of a column printed under each of several years, the
    one of the other year said (去年 counted from the year asked, else from the table's own), and the question with
    the other year and the word of change blanked; ("", rest) when no change against another year is said."""
    dated = book.dated.get(column) or book.years_under.get(column, {})
    m = _AGAINST_YEAR.search(rest)
    change = _CHANGE.search(rest)
    if len(dated) < 2 or m is None or change is None:
        return "", rest
    base = years[0] if years else book.year
    word = m.group("y")
    if word.isdigit():
        other: int | None = int(word)
    else:
        other = base + dict(REL_YEARS)[word] if base is not None else None
    if other is None or other == base or other not in dated or _column_year(book, column) != base:
        return "", rest
    for span in sorted([m.span(), change.span()], reverse=True):
        rest = rest[:span[0]] + " " * (span[1] - span[0]) + rest[span[1]:]
    if base is not None:  # (the year asked said bare: "2025比2024")
        rest = re.sub(rf"(?<!\d){base}(?:年度|年)?(?!\d)", lambda x: " " * len(x.group()), rest)
    return dated[other], rest


def _left_over(a: Asked, place: str, year: int | None) -> str:
    """What the question says beyond the lines, the column and the words of asking: its own table's year and
    place are no more; any other word changes the question."""
    rest = a.rest.replace(a.book.title, " ") if a.book.title else a.rest
    if run := _title_run(a):
        rest = rest.replace(run, " ")  # ("三公经费最多的部门": 三公经费 of its title names this table)
    for form in (*a.book.scope, *sorted(_place_forms(place), key=len, reverse=True)):
        rest = rest.replace(form, " ")
    if _WHOLE.search(a.rest):  # ("全市乡镇上级补助合计": what its lines are, said of their whole)
        for form in sorted(a.book.row_kinds, key=len, reverse=True):
            rest = rest.replace(form, " ")
    if year:
        rest = rest.replace(f"{year}年", " ")
    rest = _SUBTOTAL_LEFT_OUT.sub(" ", rest)  # (the units' lines only: what a ranking or list of units is over)
    return _ASKING.sub("", rest)


def _place_forms(place: str) -> set[str]:
    return {place, re.sub(r"(?:市|县|区)$", "", place)} - {""} if place else set()


def _about(idx, a: Asked) -> bool:
    """Whether the question is this table's: its lines said with its subject (收入) or a column of its own, or its
    subject and a column said of the whole; never when it says the other subject alone (支出 of a 收入 table)."""
    says = [s for s in _SUBJECTS if s in a.text]
    if says and not any(s in a.book.subjects for s in says):
        return False
    if "项目" in a.rest and not any(s in a.rest for s in a.book.subjects):
        return False  # (a unit's 项目支出 is another table's)
    if _own_table_line_said(a):
        return False  # ("乐清财政局支出总计多少": a line of the department's own 部门收支总表, never its 小计 here)
    if a.lines and not a.inherits and not a.book.owner and all(x is a.book.groups.get(x.group) for x in a.lines) \
            and len(run := _title_run(a)) >= 6 and not any(run in a.book.own_labels.get(x.group, "") for x in a.lines):
        return True  # ("乐清人社局一般公共预算财政拨款合计": departments' lines of the table named by its title)
    if _own_departments_asked(a):
        return True
    if a.parent and a.lines and not a.inherits and not any(
            a.parent[0][:-len(a.book.leaves[a.parent[0]])] in a.book.own_labels.get(x.group, "") for x in a.lines):
        return True  # ("科技局社会保障缴费": a merged header of this table's, no table of the department's own printing it)
    if _lines_of_the_title_said(a):
        return True  # ("科技局本级工资福利多少" of a 部门工资福利支出预算明细表: its lines' whole, the table named)
    if not a.lines and _asks_count(a.rest) and _GROUP_WORD.search(a.rest) and _title_run(a):
        return True  # ("对比表里有多少个部门": the table named, its departments counted)
    if a.lines and not a.inherits and _subject_run(a) and all(
            x is not a.book.total and not _prints_subject_too(a.book, x.group) for x in a.lines):
        return True  # ("县委办三公经费": a line said with what only this table holds, printed by no table of its own)
    if a.lines and not a.inherits and (a.preparer or all(x is not a.book.total and (a.book.owner or x is not a.book.groups.get(x.group))
                                                         and not ((x.own or x.name in a.book.listed) and x.group in a.book.tabled) for x in a.lines)):
        # (a unit said with nothing beyond the words of asking: its line; a department may be another table's, and
        # so may its 本级 and the units its own projects' table lists when it has tables of its own: "发改局本级多少"
        # is its 本级 projects' there, as "林场多少" is its 国有林场's)
        return True
    if a.lines and not a.inherits and _WHOLE.search(a.rest) and all(
            x is a.book.groups.get(x.group) and x.group not in a.book.tabled for x in a.lines):
        return True  # ("残联合计多少": a department with no table of its own, whose whole only this table prints)
    if a.lines and not a.inherits and not a.book.owner and not _ASKING.sub("", a.rest) and not _FOLLOW.search(a.text) and all(
            x is a.book.groups.get(x.group) and x.group not in a.book.tabled for x in a.lines):
        return True  # ("教育局的经费是多少", "教育局多少钱": such a department's whole is its 小计 line, never its 本级's)
    if not a.lines and (_WHOLE.search(a.rest) or a.column) and _scope_said(a):
        return True  # ("湄潭卫健局合计多少", "湄潭卫健局人员经费": the whole of the department's own table)
    if not a.lines and a.column and _total_said_by_its_label(a):
        return True  # ("公用经费总计多少": the column's figure on the line printed 总计, the table's own word for it)
    if not a.lines and _WHOLE.search(a.rest) and _title_run(a) and any(f in a.rest for f in a.book.row_kinds):
        return True
    if not a.lines and (a.column or _WHOLE.search(a.rest)) and len(_title_run(a)) >= 4 and _place_level_said(idx, a):
        return True  # ("全县工资福利合计多少": the place's whole of the table named by a run of its title)  # ("全市乡镇上级补助合计": the whole of the table named by what it is of and what its lines are)
    if a.column and not a.lines and not a.book.owner and _OF_EACH_ADDED.search(a.rest):
        return True  # ("这几个部门资产总额加起来多少": every line of the table added up, its 合计)
    if a.column and (_over_lines(a) or _WHOLE.search(a.rest) and (not a.book.owner or _scope_said(a))):
        return True  # (a column said over its lines or of its whole; one department's table only when it is named)
    if _LINE_LABEL.search(a.rest) and (a.lines or _over_lines(a)):
        return True  # (小计, the label it prints on each department's line, said of a department or of each)
    return bool(a.lines) and (bool(says) or bool(a.column)) or bool(says) and bool(a.column or _WHOLE.search(a.rest))


def _lines_of_the_title_said(a: Asked) -> bool:
    """Whether lines are said with a run of the table's title (four characters or more: 工资福利 of a 部门工资福利支出
    预算明细表) and nothing else but the words of asking: the table named by what it is of, never a run a
    department's own tables print (its project of that name)."""
    run = _title_run(a)
    if not a.lines or a.inherits or len(run) < 4 or any(x is a.book.total for x in a.lines):
        return False
    if any(run in a.book.own_labels.get(x.group, "") for x in a.lines):
        return False
    left = _ASKING.sub("", a.rest.replace(run, " ", 1))
    if len(a.lines) >= 2:  # ("人社局本级和就业中心工资福利加起来": the lines joined, added or set against each other)
        left = re.sub(r"[和与及跟、]", "", _WHICH_MORE.sub("", _DIFF.sub("", _ADDED.sub("", left))))
    return not left.strip()


def _place_level_said(idx, a: Asked) -> bool:
    """Whether the question says the whole of a place of this table's level (全县 of a county's table), this the
    one place of that level whose table of this kind (the run of its title said) is loaded."""
    return _places_of_the_level(idx, a) == [a.book.place]


def _places_of_the_level(idx, a: Asked) -> list[str]:
    """The places of this table's level said as a whole (全县: every county) whose tables of this kind — naming no
    department of their own, printing the run of this table's title said — are loaded; [] when no such whole is
    said of this table."""
    m = _PLACE_WHOLE.search(a.text)
    if m is None or a.book.owner or not a.book.place.endswith(m.group()[-1]):
        return []
    run = _title_run(a)
    return sorted({b.place for b in all_books(idx) if not b.owner and b.place.endswith(m.group()[-1])
                   and (b is a.book or bool(run) and run in b.title_runs)})


def _total_said_by_its_label(a: Asked) -> bool:
    """Whether the question says the table's whole line by its own printed label, one no 小计 nor 合计 (总计, 共计):
    a word a department's or a line's own whole (公用经费合计 of a 决算表) does not print."""
    label = compact(a.book.total.label or a.book.total.name) if a.book.total is not None else ""
    return label in ("总计", "共计") and label in compact(a.rest)


def _own_table_line_said(a: Asked) -> bool:
    """Whether a department said, with tables of its own loaded, is said with the name of a line those tables print
    (支出总计, 其他支出 of its 部门收支总表) which this table prints neither as a column nor in its title."""
    rest, book = compact(a.rest), a.book
    keys = {k for x in a.lines if x is book.groups.get(x.group) and x.group in book.tabled
            for k in book.own_labels.get(x.group, "").split("\x1f") if len(k) >= 4}
    return any(k in rest and k not in book.title and k not in book.columns and k not in book.leaves.values()
               for k in keys)


def _own_departments_asked(a: Asked) -> bool:
    """Departments (their 小计 lines) said of their whole ("残联合计多少") or set against each other ("人社局比民政局
    少多少"), one of them printed only here: this table's lines, all in the same column — never one department's
    figure from another table of its own."""
    book = a.book
    if book.owner or a.inherits or not a.lines or not all(x is book.groups.get(x.group) for x in a.lines):
        return False
    if all(x.group in book.tabled for x in a.lines):
        return False
    return bool(_WHOLE.search(a.rest)) or len(a.lines) >= 2 and bool(
        _DIFF.search(a.rest) or _WHICH_MORE.search(a.rest) or _ADDED.search(a.rest))


def departments_set_against(idx, fq, said: str = "") -> bool:
    """Whether a question sets departments of one such table against each other ("晋江人社局比民政局少多少"), one of
    them printed only here — or two of its columns of one line ("文化局会议费和培训费加起来": never the second side
    asked alone, the 合计 line's) —: the table answers it whole, never each side from a table of its own."""
    for book in all_books(idx):
        a = read(idx, book, fq.text, fq.mentions, said, fq.years)
        if (len(a.lines) >= 2 and _own_departments_asked(a) or len(a.lines) == 1 and len(a.columns) >= 2) \
                and not _left_over(a, book.place, idx.docs[book.doc].year):
            return True
    return False


def own_units_apart(idx, sides: list) -> bool:
    """Whether two sides of a question (each read as a question) each name one unit of one department with tables of
    its own, two units its own projects' table lists (its 本级 among them): "林业局本级和林场加起来" is that table's
    to answer whole, never a side from this table."""
    for book in all_books(idx):
        lines = [read(idx, book, fq.text, fq.mentions, fq.text, fq.years).lines for fq in sides]
        if any(len(x) != 1 for x in lines) or lines[0][0] is lines[1][0]:
            continue
        if all(x[0].group == lines[0][0].group and x[0].group in book.tabled and x[0] is not book.groups.get(x[0].group)
               and (x[0].own or x[0].name in book.listed) for x in lines):
            return True
    return False


def _name(book: Book, x: Line) -> str:
    if x is book.total:
        return book.owner or compose.whole_of_table(book.place)  # (one department's table: the department's own whole)
    if x is book.groups.get(x.group) and (book.owner or book.units.get(x.group)):
        return x.label if book.owner else compose.department_subtotal(x.group)  # (a group of units: as printed)
    if x is book.groups.get(x.group):
        return x.name  # (a department printing one line: its own name)
    if x.named_own:
        return compose.department_own_unit(x.name)
    # (a department's own unit printed "X（本级）": shown as printed)
    # (its code left off, as on every other unit's name: 101001慈溪市教育局（本级） is 慈溪市教育局（本级）)
    return re.sub(r"^\d[\d.\-]*\s*", "", x.label) if _OWN.search(x.name) and re.search(r"[（(]本级[）)]$", x.label) else x.name


def _value(x: Line, column: str) -> float:
    f = x.cells.get(column)
    return float(f["number"]) if f is not None else 0.0


def _unit(book: Book, column: str = "") -> str:
    """The unit of a column's figures (a count column's own: 辆), else of the table's money (万元)."""
    if column in book.counts:
        return book.counts[column]
    x = book.total or next(iter(book.groups.values()))
    f = x.cells.get(book.main) or next(iter(x.cells.values()))
    return f["unit"] or ""


def _fact(book: Book, x: Line, column: str) -> dict | None:
    return x.cells.get(column)


def _blank(book: Book, x: Line, column: str) -> str:
    """A cell left empty: 0 in the table's unit (the table prints no figure there)."""
    return compose.blank_money(_unit(book, column))


def values(idx, a: Asked, lines: list[Line], column: str) -> FactAnswer:
    """Each line's figure in the column (its 合计 when none is said), or in each column said ("人员经费和公用经费")."""
    book = a.book
    cols = a.columns if column and column == a.column and len(a.columns) > 1 else [column or book.main]
    facts = [f for x in lines for col in cols if (f := _fact(book, x, col)) is not None]
    if (counted := money_of_counts(idx, a.text, facts)) is not None:
        return counted  # "青溪镇山塘水库的资金有多少": its 山塘水库（座） is a count, no amount
    pairs = [(f"{_name(book, x)} {_shown_name(book, col)}", _shown(f) if (f := _fact(book, x, col)) else _blank(book, x, col))
             for x in lines for col in cols]
    # (many lines, "各部门三公经费分别多少": one to a line, numbered, never one run of them)
    shown = compose.numbered_items([compose.fact_values([p]) for p in pairs]) if len(pairs) > _ONE_RUN \
        else compose.fact_values(pairs)
    text = shown + (_cite(idx, facts) if facts else "")
    return FactAnswer("answered", text, facts or [f for x in lines for f in list(x.cells.values())[:1]])


_ONE_RUN = 6  # the most figures said in one run of text


def _scope_units(book: Book, group: str) -> list[Line]:
    return list(book.units.get(group, ())) if group else [u for us in book.units.values() for u in us]


def _level(a: Asked, group: str) -> tuple[str, list[Line]]:
    """Whose lines a ranking or a list is over: the departments (部门 said, no department named), else the units —
    of the department named (or in focus), else all."""
    rest = a.rest.replace(a.book.title, " ") if a.book.title else a.rest  # (部门 of 部门支出预算表 is its title's)
    if _GROUP_WORD.search(rest) and not group and not _SUBTOTAL_LEFT_OUT.search(rest):
        return "部门", list(a.book.groups.values())
    return "单位", _scope_units(a.book, group)


def ranked(idx, a: Asked, group: str, ordered_from: list[Line] | None = None) -> FactAnswer | None:
    m = _RANK.search(a.rest)
    if m is None:
        return None
    book, col = a.book, a.column or a.book.main
    kind, pool = _level(a, group)
    if ordered_from and all(x is book.groups.get(x.group) for x in ordered_from):
        kind = "部门"  # ("第二呢" on a ranking of departments: its departments)
    order = ordered_from or sorted(pool, key=lambda x: -_value(x, col))
    low = bool(m.group("last")) or m.group("dir") in ("少", "小", "低")
    seq = list(reversed(order)) if low else order
    if m.group("top"):
        n = small_number(m.group("top")) or 0
        items = [(_name(book, x), _shown(x.cells[col]) if col in x.cells else _blank(book, x, col)) for x in seq[:n]]
        text = compose.top_of_listed(len(items), low, items)
        pick = seq[:n]
    else:
        n = (small_number(m.group("n")) if m.group("n") else 1) or 1
        if m.group(0) in ("排名", "排序", "排行") and not ordered_from:
            items = [(_name(book, x), _shown(x.cells[col]) if col in x.cells else _blank(book, x, col)) for x in seq]
            text = compose.top_of_listed(len(items), low, items)
            pick = seq
        elif n > len(seq):
            if not group or m.group("dir") or m.group("last"):
                return None
            # "第四个单位是什么" of a department of three units: no such unit, never another table's line
            return FactAnswer("unknown", compose.fewer_listed(kind, len(seq), group), settled=True)
        else:
            x = seq[n - 1]
            # (lines of the same figure share the place: 市场监管局 and 卫健局 both 17辆)
            pick = [x] + [y for y in seq if y is not x and col in x.cells and _value(y, col) == _value(x, col)]
            name = compose.tied([_name(book, y) for y in pick]) if len(pick) > 1 else _name(book, x)
            text = compose.entity_ranked(kind, _shown_name(book, col), n, low, name,
                                         _shown(x.cells[col]) if col in x.cells else _blank(book, x, col), len(seq))
    facts = [x.cells[col] for x in pick if col in x.cells]
    fa = FactAnswer("answered", text + _cite(idx, facts), facts)
    fa.kept = {"ranked": [x.key for x in order], "column": col, "group": group, "lines": [x.key for x in pick]}
    return fa


def _threshold(rest: str, unit: str) -> tuple[str, float] | None:
    """"超过一万", "5000万以上", "低于500", "不超过一万": the comparison (gt, ge, lt, le) and its number (in the
    table's unit, 万元)."""
    bound = _BOUND.search(rest)
    if bound is None:
        return None
    m = _NUMBER.search(rest) or _CN_NUMBER.search(rest)
    k = (float(m.group(1)) if m.group(1)[0].isdigit() else small_number(m.group(1))) if m else None
    if m is None or k is None:
        return None
    times = m.group(2) or ""
    # (5000万 of a table in 万元 is 5000 of its figures; 一万 is ten thousand of them)
    n = float(k) if times == "万" and unit == "万元" and k >= 10 else float(k) * {"万": 1e4, "亿": 1e8, "千": 1e3}.get(times, 1)
    return str(bound.lastgroup), n


_BEYOND = {"gt": float.__gt__, "ge": float.__ge__, "lt": float.__lt__, "le": float.__le__}


def having(idx, a: Asked, group: str) -> FactAnswer | None:
    """"哪些单位有上年结转", "事业收入超过一万的单位": the lines (units, or departments when 部门 is said) whose figure
    in the column said is printed (not blank, not 0), or beyond the number said."""
    if not a.column and not _threshold(a.rest, _unit(a.book)):
        return None
    book, col = a.book, a.column or a.book.main
    kind, pool = _level(a, group)
    limit = _threshold(a.rest, _unit(book, col))
    if limit is None:  # (an item said alone: printed in any of its kinds)
        found = [x for x in pool if any(_value(x, c) for c in (a.columns or [col]))]
    else:
        found = [x for x in pool if _BEYOND[limit[0]](_value(x, col), limit[1])]
    found.sort(key=lambda x: -_value(x, col))
    rows = [(_name(book, x), _shown(x.cells[col]) if col in x.cells else _blank(book, x, col)) for x in found]
    item = col[:-len(book.leaves[col])] if len(a.columns) > 1 and limit is None else ""  # (an item said alone)
    text = compose.entities_having(kind, item or _shown_name(book, col), rows, len(pool)) if limit is None \
        else compose.lines_beyond(kind, _shown_name(book, col), limit[0], fmt_number(limit[1]) + _unit(book, col), rows, len(pool))
    facts = [x.cells[col] for x in found if col in x.cells]
    fa = FactAnswer("answered", text + (_cite(idx, facts) if facts else ""), facts or list(pool[0].cells.values())[:1])
    fa.kept = {"column": col, "group": group, "lines": [x.key for x in found], "ranked": [x.key for x in found]}
    return fa


_SUBORDINATE = re.compile(r"下属|所属|二级单位")
# The units of a kind said ("教育局有几所学校", "下面有哪些医院"): those whose names end so
_UNIT_KINDS = {"学校": Words("departments", "(?:{school_ends})$"), "医院": Words("departments", "(?:{hospital_ends})$")}


def counted(idx, a: Asked, group: str) -> FactAnswer | None:
    """"卫健委下面几个单位": the units printed under the department, named."""
    if not group:
        if not _GROUP_WORD.search(a.rest):
            return None
        names, kind = list(a.book.groups), "部门"
    units = a.book.units[group] if group else []
    # ("卫健局下属二级单位几个": its own line, 本级, is none of the units under it)
    below = [u for u in units if not u.own] if _SUBORDINATE.search(a.rest) else units
    of_kind = next((k for k in _UNIT_KINDS if group and k in a.rest), "")  # ("几所学校": the schools, never 本级)
    if of_kind and of_kind in a.book.title:
        below = [u for u in units if not u.own]  # (学校 of a 中小学校…预算表: every unit is one, 职业教育中心 too)
    elif of_kind:
        below = [u for u in units if not u.own and _UNIT_KINDS[of_kind].search(u.name)]
        if not below:
            return FactAnswer("unknown", compose.no_units_of_kind(group, of_kind))
    if group:
        names, kind = [_name(a.book, u) for u in below], "单位"  # (as printed: 教育局（本级）)
    facts = [next(iter(x.cells.values())) for x in (below if group else a.book.groups.values())]
    text = compose.entities_counted(kind, names) if not group else compose.units_of_kind_under(group, of_kind, names) \
        if of_kind else compose.units_under(group, names, below != units)
    fa = FactAnswer("answered", text + _cite(idx, facts), facts)
    listed = below if group else list(a.book.groups.values())
    fa.kept = {"column": a.book.main, "group": group, "lines": [], "ranked": [], "listed": [x.key for x in listed]}
    return fa


def _units_of_the_table_counted(idx, a: Asked) -> FactAnswer:
    """Every unit the table prints under its departments, named as printed (教育局（本级）), after its 合计."""
    units = [u for us in a.book.units.values() for u in us]
    facts = [next(iter(x.cells.values())) for x in units if x.cells]
    fa = FactAnswer("answered", compose.entities_counted("单位", [_name(a.book, u) for u in units]) + _cite(idx, facts),
                    facts)
    fa.kept = {"column": a.book.main, "group": "", "lines": [], "ranked": [], "listed": [x.key for x in units]}
    return fa


def _group_counted(idx, a: Asked) -> str | None:
    """"诸暨多少个镇", "有几个街道": of a table whose lines stand in row groups named by what they are (街道, 镇, 乡),
    the group whose members are counted, nothing else said but the place and the words of asking; None otherwise."""
    if a.book.owner or not _asks_count(a.rest):
        return None
    for g in sorted(a.book.units, key=len, reverse=True):
        m = re.search(rf"(?:几|多少)个{re.escape(g)}(?![\u4e00-\u9fff])", a.rest)
        if m is None or a.lines not in ([], [a.book.groups.get(g)]) or not a.book.units[g]:
            continue
        rest = a.rest[:m.start()] + " " * (m.end() - m.start()) + a.rest[m.end():]
        if not _left_over(replace(a, rest=rest), a.book.place, idx.docs[a.book.doc].year):
            return g
    return None


def members_counted(idx, a: Asked, group: str) -> FactAnswer:
    """The lines a row group holds (街道 › 暨阳街道 …), counted and named."""
    lines = a.book.units[group]
    facts = [next(iter(x.cells.values())) for x in lines]
    fa = FactAnswer("answered", compose.group_members(group, [x.name for x in lines]) + _cite(idx, facts), facts)
    fa.kept = {"column": a.book.main, "group": group, "lines": [], "ranked": [], "listed": [x.key for x in lines]}
    return fa


def shared(idx, a: Asked, part: Line, whole_line: Line | None) -> FactAnswer | None:
    """A line's figure over a whole: the second line said, else its own 合计 when a column of it is said and no whole
    of the table, else the table's 合计 line in the same column."""
    book = a.book
    col = a.column or book.main
    if whole_line is not None and whole_line is not part:
        whole, wcol = whole_line, col
    elif a.column and (part is book.total or not re.search(r"全市|全县|全区|全部|总收入|总支出|总额|总计", a.rest)):
        whole, wcol = part, book.main  # (a column of the 合计 line: over the 合计 line's whole)
    elif book.total is not None:
        whole, wcol = book.total, col
    else:
        return None
    p, w = _fact(book, part, col), _fact(book, whole, wcol)
    if p is None or w is None or not w["number"]:
        return None
    result = fmt_percent(float(p["number"]) / float(w["number"]) * 100)
    text = compose.fact_share(f"{_name(book, part)} {_shown_name(book, col)}", f"{_name(book, whole)} {_shown_name(book, wcol)}",
                              _shown(p), _shown(w), result)
    return FactAnswer("answered", text + _cite(idx, [p, w]), [p, w])


def differed(idx, a: Asked, one: Line, other: Line, which: bool) -> FactAnswer | None:
    """"嘉积中学比嘉积二中多多少" (the arithmetic shown), "哪个多" (the larger named, both figures)."""
    book = a.book
    col = a.column or book.main
    p, q = _fact(book, one, col), _fact(book, other, col)
    if p is None or q is None:
        return None
    na, nb = f"{_name(book, one)} {_shown_name(book, col)}", f"{_name(book, other)} {_shown_name(book, col)}"
    x, y = float(p["number"]), float(q["number"])
    if which:
        asked = _WHICH_MORE.search(a.rest)
        fewer = bool(asked) and asked.group()[-1] in "少小低"  # ("哪个部门支出少": the smaller named)
        text = compose.larger_of_two((na if x >= y else nb) if not fewer else (na if x <= y else nb),
                                     [(na, _shown(p)), (nb, _shown(q))], x == y, fewer)
    else:
        d = x - y
        text = compose.fact_difference(na, None, nb, None, fmt_number(x), fmt_number(y), d, fmt_number(abs(d)),
                                       fmt_number(d), _unit(book, col))
    return FactAnswer("answered", text + _cite(idx, [p, q]), [p, q])


def years_differed(idx, a: Asked, x: Line) -> FactAnswer | None:
    """A line's figure of the year asked against its figure of the other year printed beside it, the arithmetic
    and the change in percent shown."""
    return _two_columns(idx, a, x, a.column or a.book.main, a.against)


# "比年初预算少的", "比调整预算低": the lines' figure set against their own in the other column said
_THAN_COLUMN = re.compile(r"比\s*(?:的)?\s*(少|低|小|多|高|大)(?:了)?(?:的)?(?:有|是)?(?:哪些|哪几个|哪个)?\s*(?:部门|单位)?$"
                          r"|(?:哪些|哪几个|哪个)(?:部门|单位)?\s*(低|少|小|高|多|大|超)(?:于|过|出)\s*(?:的)?(?:有|是)?(?:哪些|哪几个|哪个)?\s*(?:部门|单位)?$")


def against_column(idx, a: Asked, group: str, fewer: bool) -> FactAnswer | None:
    """The lines (departments, or units when said) whose figure in the first column said is below (or above) their
    own in the second, each with both figures."""
    book, first, second = a.book, a.columns[0], a.columns[1]
    kind, pool = _level(a, group)
    pool = [x for x in pool if first in x.cells and second in x.cells]
    if not pool:
        return None
    found = [x for x in pool if (_value(x, first) < _value(x, second)) == fewer and _value(x, first) != _value(x, second)]
    rows = [(_name(book, x), _shown(x.cells[first]), _shown(x.cells[second])) for x in found]
    text = compose.lines_against_column(kind, _shown_name(book, first), _shown_name(book, second), fewer, rows, len(pool))
    facts = [x.cells[c] for x in found for c in (first, second)]
    fa = FactAnswer("answered", text + (_cite(idx, facts) if facts else ""), facts or list(pool[0].cells.values())[:1])
    fa.kept = {"column": first, "group": group, "lines": [x.key for x in found], "ranked": [x.key for x in found],
               "against": second}
    return fa


def _change_of(book: Book, columns: list[str]) -> tuple[str, list[str]] | None:
    """The item the columns said are of (会议费 of 会议费 › 2025年预算数) and how its change is read: its own change
    column (会议费 › 增减), else its two years' columns (the later, the earlier); None when the columns are of
    several items or the item prints neither."""
    items = {c[:-len(book.leaves[c])] for c in columns if book.leaves.get(c) and len(c) > len(book.leaves[c])}
    if len(items) != 1:
        return None
    item = items.pop()
    under = [c for c in book.columns if c.startswith(item) and c[len(item):] == book.leaves.get(c)]
    own = [c for c in under if _CHANGE_HEADER.search(book.leaves[c])]
    if len(own) == 1:
        return item, own
    dated = sorted((y, c) for c in under if (y := _column_year(book, c)) is not None)
    if len(dated) != 2 or dated[0][0] == dated[1][0]:
        return None
    return item, [dated[1][1], dated[0][1]]


def went(idx, a: Asked, group: str) -> FactAnswer | None:
    """"培训费减少的单位", "会议费没变化的单位", "哪些部门会议费增加了": the lines (units, or departments when said)
    whose change in the item said — its change column, else its later year less its earlier — goes the way asked,
    each with its change; the 合计 and the 小计 lines are no units."""
    book = a.book
    read_as = _change_of(book, a.columns)
    if read_as is None:  # ("哪些单位基本支出增加了" of a table of one year: no change to read, never every line's figure)
        return FactAnswer("unknown", compose.no_change_printed(book.leaves.get(a.columns[0]) or a.columns[0]), [],
                          settled=True)
    item, cols = read_as
    kind, pool = _level(a, group)
    if kind == "单位" and (of_kind := next((k for k in _UNIT_KINDS if k in a.rest), "")):
        kind, pool = of_kind, [x for x in pool if not x.own and _UNIT_KINDS[of_kind].search(x.name)]  # ("减少的学校")
        if not pool:
            return FactAnswer("unknown", compose.no_units_of_kind(group or book.place, of_kind))
    pool = [x for x in pool if all(c in x.cells for c in cols)]
    if not pool:
        return None
    change = {x.key: round(_value(x, cols[0]) - (_value(x, cols[1]) if len(cols) == 2 else 0.0), 6) for x in pool}
    went_ = ("up", "down", "none").index(a.sign)
    found = [x for x in pool if (change[x.key] > 0, change[x.key] < 0, change[x.key] == 0)[went_]]
    found.sort(key=lambda x: -abs(change[x.key]))
    unit = _unit(book, cols[0])
    how = book.leaves[cols[0]] if len(cols) == 1 else f"{book.leaves[cols[0]]} - {book.leaves[cols[1]]}"
    rows = [(_name(book, x), fmt_number(change[x.key]) + unit) for x in found]
    text = compose.lines_went(kind, item, how, a.went_said, a.sign == "none", rows, len(pool))
    facts = [x.cells[c] for x in found for c in cols]
    fa = FactAnswer("answered", text + (_cite(idx, facts) if facts else ""), facts or list(pool[0].cells.values())[:1])
    fa.kept = {"column": cols[0], "group": group, "lines": [x.key for x in found], "ranked": [x.key for x in found],
               "listed": [x.key for x in found]}
    return fa


def _each_against(idx, a: Asked, lines: list[Line], first: str, second: str) -> FactAnswer | None:
    """"哪几个部门决算低于年初预算" → "各少了多少": each line's figure in one column against its own in the other."""
    each = [fa for x in lines if (fa := _two_columns(idx, a, x, first, second)) is not None]
    if len(each) != len(lines) or not each:
        return None
    fa = FactAnswer("answered", "\n".join(fa.text for fa in each), [f for fa in each for f in fa.facts])
    fa.kept = {"lines": [x.key for x in lines], "column": first, "group": each[0].kept.get("group", "") if each[0].kept else "",
               "ranked": []}
    return fa


def columns_differed(idx, a: Asked, x: Line) -> FactAnswer | None:
    """A line's figure in the first column said against the second ("决算比年初预算多了多少")."""
    return _two_columns(idx, a, x, a.columns[0], a.columns[1])


def _two_columns(idx, a: Asked, x: Line, first: str, second: str) -> FactAnswer | None:
    """A line's figure in one column against its own in another (the line named once), the arithmetic and the change
    in percent shown."""
    book = a.book
    p, q = _fact(book, x, first), _fact(book, x, second)
    if p is None or q is None:
        return None
    now, then = float(p["number"]), float(q["number"])
    d = now - then
    text = compose.fact_difference(f"{_name(book, x)} {_shown_name(book, first)}", None, _shown_name(book, second),
                                   None, fmt_number(now), fmt_number(then), d, fmt_number(abs(d)), fmt_number(d),
                                   _unit(book, first))
    if then:
        text += compose.computed_rate(fmt_percent(d / then * 100))
    fa = FactAnswer("answered", text + _cite(idx, [p, q]), [p, q])
    fa.kept = {"lines": [x.key], "column": first, "group": x.group if x is book.groups.get(x.group) else "", "ranked": []}
    return fa


def _lines_by_key(book: Book) -> dict[str, Line]:
    out = {x.key: x for x in book.groups.values()}
    out.update({u.key: u for us in book.units.values() for u in us})
    if book.total is not None:
        out[book.total.key] = book.total
    return out


_SUBJECT_ONLY = re.compile(r"^(?:那|那么)?(?:它的|它|其)?(?:收入|支出)(?:预算)?(?:呢|是多少|多少)$")


def _prior_column(book: Book, prior: dict) -> str:
    """The column of this table the answer before named as its label (another table's 项目支出), else ""."""
    label = compact(str(prior.get("label") or ""))
    if not label:
        return ""
    same = next((c for c in book.columns if c != book.main and label in (c, book.leaves[c])), "")
    parts = str(prior.get("label") or "").split()
    # (its row's name a column's own header, its table's column after it: 基本支出 › 预算金额 of a 部门整体绩效目标表)
    same = same or next((c for c in book.columns if c != book.main and len(parts) > 1 and compact(parts[0]) == book.leaves[c]), "")
    # (else its item and kind read in its own name, its table's left off: 财政拨款“三公”经费合计预算数 of another
    # department's 决算, 三公 › 预算数 here)
    ends = (compact("".join(parts[k:])) for k in range(len(parts) - 1, -1, -1))  # (its name's last words first)
    return same or next((found[0] for end in ends if (found := _group_and_kind_said(book, end)[0])), "")


_CODED_ITEM = re.compile(r"^\d{3,}(?P<item>\D{2,})$")


def _prior_item_missing(idx, book: Book, a: Asked, prior: dict) -> FactAnswer | None:
    """"晋江民政局差旅费" (a coded item, 30211差旅费, of another table) → "晋江人社局呢", the department printed only
    here: this table has no such item, never the line's 合计 for it."""
    m = _CODED_ITEM.match(compact(str(prior.get("label") or "").split(" ")[0]))
    line = a.lines[0]
    if m is None or line.group in book.tabled or _left_over(a, book.place, idx.docs[book.doc].year):
        return None
    return FactAnswer("unknown", compose.item_not_in_lines(_name(book, line), m.group("item"),
                                                          [book.leaves[c] or c for c in book.columns]), settled=True)


def units_of_the_line_shown(idx, text: str, prior: dict | None) -> FactAnswer | None:
    """"农业农村局执行率" (its 小计 line's rate, read off the table of departments) → "下面两个单位分别多少": each unit
    under that department, in the column of the figure just shown (a rate too, which the lines' books leave out);
    None unless the question says only its units (as many as it has) and the figure shown is a department's 小计."""
    fid = (prior or {}).get("fact")
    rest = _UNITS_UNDER_IT.search(text)
    if fid is None or rest is None or re.sub(r"[\s的呢吧啊]|分别|各自|是|多少|几", "", text[:rest.start()] + text[rest.end():]):
        return None
    shown = (idx.facts([int(fid)]) or [None])[0]
    if shown is None:
        return None
    for book in all_books(idx):
        group = next((g for g, x in book.groups.items() if g in book.units and x.line == shown["line"]
                      and book.doc == shown["document_id"] and book.sheet == (shown["sheet"] or "")), None)
        if group is None:
            continue
        units = book.units[group]
        said = rest.group("n") or rest.group("n2")
        if said and small_number(said) != len(units):
            return None
        cells = [next((f for f in idx.facts(idx.label_facts_in(u.key, book.doc))
                       if f["sheet"] == shown["sheet"] and f["line"] == u.line and f["col_labels"] == shown["col_labels"]), None)
                 for u in units]
        if any(f is None for f in cells):
            return None
        found = [f for f in cells if f is not None]
        leaf = (shown["col_labels"] or "").split(query.FACT_SEP)[-1]
        return FactAnswer("answered", compose.fact_values([(f"{_name(book, u)} {leaf}", _shown(f)) for u, f in zip(units, found, strict=True)])
                          + _cite(idx, found), found)
    return None


def _prior_line(book: Book, prior: dict) -> Line | None:
    """The line the answer before was about (another table's unit or department: 体校's 项目支出), said again by a
    question of this table's subject alone ("收入预算呢")."""
    label, dept = compact(str(prior.get("label") or "")), compact(str(prior.get("department") or ""))
    units = [u for us in book.units.values() for u in us if label and (u.name == label or _OWN.sub("", u.name) == label)]
    if len(units) == 1:
        return units[0]
    return book.groups.get(dept) if not units else None


def _prior_unit(book: Book, prior: dict) -> Line | None:
    """The unit of this table the figure just shown was the whole of (a unit's projects summed in a project table),
    by its full name; None for any other figure (a project's, a department's)."""
    label = compact(str(prior.get("label") or ""))
    if not prior.get("of_unit") or not label:
        return None
    units = [u for us in book.units.values() for u in us if u.name == label]
    if not units and label == compact(str(prior.get("department") or "")):
        units = [u for u in book.units.get(label, ()) if u.own]  # (a unit named as its department: its 本级)
    return units[0] if len(units) == 1 else None


def _books_asked(idx, fq, kept: dict | None, said: str) -> list[Book]:
    """The tables of departments a question is read against, in order: those its budget's kind names (政府性基金,
    支出预算) when it names some, the one the conversation is on first."""
    books = all_books(idx)
    if fq.budget_docs:  # ("交通局政府性基金": the table its kind names, never the 政府性基金拨款 of its 收入预算表)
        books = [b for b in books if b.doc in fq.budget_docs]
    if not kept:
        return _books_of_the_budget_said(idx, books, said or fq.text)
    on = next((b for b in books if (b.doc, b.sheet) == (kept.get("doc"), kept.get("sheet"))), None)
    text = said or fq.text

    def titled(b: Book) -> bool:  # ("会议费" answered → "它的支出预算合计呢": the table its title's run names first)
        return b is not on and on is not None and b.place == on.place and any(
            len(r) >= 4 and r in text and r not in on.title_runs for r in b.title_runs)
    return sorted(books, key=lambda b: (not titled(b), (b.doc, b.sheet) != (kept.get("doc"), kept.get("sheet"))))


def answer(idx, fq, kept: dict | None, prior: dict | None = None, said: str = "", kind: str = "") -> FactAnswer | None:
    """The question read against each such table (the one the conversation is on first); the first answer. said:
    the question as said (compact), before the vocabulary's words took the place of its own; kind: the kind of
    figure (决算) the question asked back before said, which a follow-up's item said alone keeps."""
    if not kept and (units := units_of_the_line_shown(idx, said or fq.text, prior)) is not None:
        return units
    books = _books_asked(idx, fq, kept, said)
    not_listed: FactAnswer | None = None
    listed = False  # (the office said is a department of another such table: not said missing)
    queue, deferred = list(books), []
    for book in queue:  # (a book deferred is read again at the end of the queue)
        a = read(idx, book, fq.text, fq.mentions, said, _years_asked(book, fq))
        if not kept and prior and not a.lines:
            a.lines = _departments_pointed(book, a, list(prior.get("departments") or ()))
        if not kept and (both := _said_of_two_units(idx, book, fq.text, a)):
            return FactAnswer("clarify", compose.which_fact(both), [], options=both, asks_row=both)
        follow = kept if kept and (kept.get("doc"), kept.get("sheet")) == (book.doc, book.sheet) else None
        if follow and (same := _kept_group_column(book, a, str(follow.get("column") or ""))):
            a.column, a.columns = same, [same]  # "林业局项目支出年初预算" → "决算呢": 项目支出's 决算数, as before
        elif book not in deferred and _groups_unsaid(book, a) and any(b.doc == book.doc and b is not book for b in books):
            deferred.append(book)  # ("交通局决算多少": 决算数 under 基本支出 and 项目支出 here, printed alone on another sheet)
            queue.append(book)
            continue
        if not kept and prior and not a.lines:
            a.lines = _line_of_prior_said(book, a, prior, fq.text)
        if not kept and prior and not a.lines and a.column and not _line_of_prior(book, a, prior, books, fq.text):
            continue  # (the table prints that group's columns apart, on another sheet or not of this kind)
        if not kept and prior is not None and len(a.lines) == 1 and not a.column and _FOLLOW.search(fq.text):
            a.column = _prior_column(book, prior)  # "湛江人社局项目支出" → "福鼎民政局呢": its 项目支出
            # (what another table's answer asked of its line, a figure or not — 车辆购置数量 of a project —, this
            # table may not print)
            a.inherits = not a.column
            if a.inherits and (missing := _prior_item_missing(idx, book, a, prior)) is not None:
                return missing
        follow = kept if kept and (kept.get("doc"), kept.get("sheet")) == (book.doc, book.sheet) else None
        if kept and follow is None and (other := _of_another_kept_table(idx, books, book, a, fq, kept, said)) is not None:
            if isinstance(other, FactAnswer):
                return other
            if not isinstance(other, dict):
                continue  # (True: a line this table cannot answer the column asked of)
            follow = other
        if (no_year := _as_the_kept_said(book, a, follow, fq.text, kind)) is not None:
            return no_year
        asked = a.lines or [x for k in (follow or {}).get("lines") or () if (x := _lines_by_key(book).get(k))]
        if (blank := _left_blank(idx, book, a, asked)) is not None:
            return blank
        a.preparer = _preparers_line(idx, a)
        if kept and follow is None and not a.lines and (a.column or _title_run(a)) and _FOLLOW.search(fq.text):
            a.lines = _kept_lines_in(idx, book, kept)  # "永康卫健局资产总额" → "它的三公决算呢": its line of this table
        fa = _asked_unless_unclear(idx, a, follow, kept)
        listed = listed or any(x.group == compact(idx.docs[book.doc].department) for x in a.lines) \
            and not _left_over(a, book.place, idx.docs[book.doc].year)
        if fa is None and not_listed is None:
            not_listed = _preparer_asked(idx, a) or (_whole_not_itemised(idx, a) if follow is None else None)
        if fa is not None:
            fa.kept = _kept_after(book, a, fa, follow)
            return fa
    return None if listed else not_listed


def _whole_not_itemised(idx, a: Asked) -> FactAnswer | None:
    """"司法局一共多少" of a table printing items only (会议费, 培训费) and no whole of a line, the department having no
    table of its own: the items are no whole — never their sum made up, nor the first item's figure (said only when
    no table lists the line). A count asked ("诸暨有几个街道") is no whole: left to the readers of counts."""
    book = a.book
    if not a.lines or a.column or not _itemised(book) or _asks_count(a.rest) \
            or any(book.own_labels.get(x.group) for x in a.lines) or _left_over(a, book.place, idx.docs[book.doc].year):
        return None
    items = list(dict.fromkeys(c[:-len(book.leaves[c])] for c in book.columns if len(c) > len(book.leaves.get(c) or c)))
    return FactAnswer("unknown", compose.items_only_printed("、".join(
        x.group if x is book.groups.get(x.group) else _name(book, x) for x in a.lines), items), [],
                      settled=True)


def _left_blank(idx, book: Book, a: Asked, asked: list[Line]) -> FactAnswer | None:
    """An item said alone that the lines asked leave blank in every kind: not printed for them (the table's note
    says why), settled; None otherwise."""
    if not a.alone or not asked or _left_over(a, book.place, idx.docs[book.doc].year) \
            or any(c in x.cells for x in asked for c in a.columns):
        return None
    item = a.columns[0][:-len(book.leaves[a.columns[0]])]
    return FactAnswer("unknown", compose.not_filled_in([_name(book, x) for x in asked], item,
                                                       [book.leaves[c] for c in a.columns]), settled=True)


def _line_of_prior_said(book: Book, a: Asked, prior: dict, text: str) -> list[Line]:
    """The line of the figure just shown that a follow-up saying only this table's subject ("收入预算呢") or one of
    its columns ("玉环疾控中心项目支出多少", its projects → "人员经费呢": that unit's line) asks; [] otherwise."""
    if _SUBJECT_ONLY.match(text) and any(s in text for s in book.subjects):
        return [x] if (x := _prior_line(book, prior)) is not None else []
    if a.column and _FOLLOW.search(text) and (unit := _prior_unit(book, prior)) is not None:
        return [unit]
    return []


def _of_another_kept_table(idx, books: list[Book], book: Book, a: Asked, fq, kept: dict,
                           said: str) -> dict | FactAnswer | Literal[True] | None:
    """A follow-up right after another such table answered: what that table kept said by this table's lines (a
    dict: "教育局下面有哪些单位" in the 会议费 table → "第三个的项目支出" here); a line this table cannot answer the
    column asked of (see _kept_column_not_here: said missing, or True to read no more tables — the pipeline's to
    answer); None when neither."""
    if (other := _kept_column_not_here(idx, books, book, a, fq, kept, said)):
        return other if isinstance(other, FactAnswer) else True
    return _kept_as_here(idx, book, kept) if not a.lines and a.column else None


def _kept_column_not_here(idx, books: list[Book], book: Book, a: Asked, fq, kept: dict, said: str) -> FactAnswer | bool:
    """"X本级会议费" → "那交通运输局本级呢" read against a table not printing the 会议费 asked: True (this table is no
    answer: never its 合计 of that line standing for it), or said missing when the table of the 会议费 does not list
    that line; False when the follow-up is not such a one."""
    if not a.lines or a.column or a.alone or not _FOLLOW.search(fq.text) or not kept.get("column_said") \
            or str(kept.get("column") or "") in book.columns or _title_run(a):
        return False
    on = next((b for b in books if (b.doc, b.sheet) == (kept.get("doc"), kept.get("sheet"))), None)
    if on is None:
        return True
    there, keyed = read(idx, on, fq.text, fq.mentions, said), _lines_by_key(on)
    # (the line just answered, put in front by the conversation, is no line asked: 那港航服务中心呢 after 疾控中心's)
    answered = {keyed[k].name for k in kept.get("lines") or () if k in keyed}
    asked = [x for x in a.lines if x.name not in answered] or a.lines
    if {x.name for x in there.lines} & {x.name for x in asked}:
        return True
    col = there.column if there.column in on.columns and there.column != on.main else str(kept.get("column") or "")
    kept_year = _column_year(on, str(kept.get("column") or ""))
    if kept_year is not None and (same := on.years_under.get(col, {}).get(kept_year)):
        col = same  # (培训费 asked after 会议费 of 2026: 培训费's 2026)
    return FactAnswer("unknown", compose.line_not_in_table([_name(book, x) for x in asked], f"{on.place}{on.title}",
                                                          _shown_name(on, col)), [], settled=True)


def _said_of_two_units(idx, book: Book, text: str, a: Asked) -> list[str]:
    """"建设中心固定资产": a unit found by a run its name prints as it is (交通工程建设中心), the run being the
    leading word and kind another unit is said by (建设中心 of 建设工程质量安全管理中心), no more of the first's name said
    around it: the two names, equally close (asked which); [] otherwise. The other said in full beside the run (the
    question asked again of the option chosen) is the one said: the first is dropped from the lines."""
    leading = idx.__dict__.setdefault("_dept_unit_leading", {}).get((book.doc, book.sheet))
    if leading is None:
        leading = {f: u for us in book.units.values() for u in us if not u.own
                   for f in unit_short_forms(u.name.removeprefix(book.place).lstrip("省市区县"))}
        idx.__dict__["_dept_unit_leading"][(book.doc, book.sheet)] = leading
    for x in list(a.lines):
        for form, other in leading.items():
            at = text.find(form)
            if other is x or at < 0 or form not in x.name or at > 0 and text[at - 1:at + len(form)] in x.name \
                    or _bare_name(book, x.name) in text:
                continue  # (more of the name said around it, or said in full: no question)
            if _bare_name(book, other.name) not in text:
                return [x.name, other.name]
            a.lines.remove(x)
            break
    return []


def _as_the_kept_said(book: Book, a: Asked, follow: dict | None, text: str, kind: str) -> FactAnswer | None:
    """A follow-up on this table's line or column just answered (follow), or on the kind of figure asked back
    (kind): the column, year or units it leaves unsaid are the kept ones; a year alone the table does not print
    said so (settled)."""
    if follow and len(a.columns) > 1 and not ("比" in a.rest and _DIFF.search(a.rest)) \
            and (same := _of_kind(book, a.columns, str(follow.get("column") or ""))):
        a.column, a.columns = same, [same]  # "市监局三公经费决算" → "其中公务接待费呢": its 决算数 too
    elif not follow and a.alone and len(a.columns) > 1 and _FOLLOW.search(text) \
            and (same := _of_kind_said(book, a.columns, kind)):
        a.column, a.columns = same, [same]  # "财政局三公决算多少" asked back → "国库支付中心的公务接待费呢"
    if follow and not a.column and (kept_col := str(follow.get("column") or "")) in book.columns:
        _against_kept_year(book, a, follow, kept_col)  # "马剑镇2026支出预算" → "比去年减了多少"
        if not a.column and (no_year := _kept_in_year_said(book, a, follow, kept_col)) is not None:
            return no_year  # ("X本级培训费2025" → "2026呢": 培训费 › 2026年预算数; "2024呢" not printed: said so)
    if follow and not a.lines and follow.get("group") in book.units:
        _units_in_focus_said(book, a, str(follow["group"]))  # "医保局小计" → "本级和服务中心分别多少"
    return None


def _kept_in_year_said(book: Book, a: Asked, follow: dict, kept_col: str) -> FactAnswer | None:
    """"教育局本级培训费2025" → "2026呢" (or "去年呢"): of a column printed under each of several years (培训费 ›
    2025年预算数, 培训费 › 2026年预算数), the one of the year said in the same group, of the line just answered —
    never every group's column of that year (会议费 too), nor another table's line; a year not printed is said
    missing, never another year's figure."""
    m = YEAR_ALONE.fullmatch(compact(a.rest))  # ("2026呢", "那2025年的呢", "26年呢"; 去年 from the table's own year)
    dated = book.dated.get(kept_col) or book.years_under.get(kept_col, {})
    if m is None:
        return None
    if m.group("rel"):
        base = book.year or _column_year(book, kept_col)
        if base is None:
            return None
        year = base + dict(REL_YEARS)[m.group("rel")]
    else:
        year = int(m.group("year")) if m.group("year") else 2000 + int(m.group("short"))
    if len([y for y in dated if y is not None]) < 2:
        if not dated and year == book.year:  # ("项目支出" → "2026呢" of a table of 2026 alone: the same column)
            dated = {year: kept_col}
        else:
            return None
    if year not in dated:
        held = sorted(y for y in dated if y is not None)
        return FactAnswer("unknown", compose.years_not_held([year], held), [], settled=True)
    a.column, a.columns, a.rest = dated[year], [dated[year]], " " * len(a.rest)
    if not a.lines:
        a.lines = [x for k in follow.get("lines") or () if (x := _lines_by_key(book).get(k))][:1]
    return None


def _against_kept_year(book: Book, a: Asked, follow: dict, kept_col: str) -> None:
    """"比去年减了多少" right after a line's figure of a column printed under each of several years: that column set
    against the one of the other year said (去年 counted from the column's own), of the line just answered."""
    year = _column_year(book, kept_col)
    against, rest = _year_against(book, a.rest, kept_col, [year] if year else [])
    if not against:
        return
    a.column, a.columns, a.against, a.rest = kept_col, [kept_col], against, rest
    if not a.lines:
        a.lines = [x for k in follow.get("lines") or () if (x := _lines_by_key(book).get(k))][:1]


def _line_of_prior(book: Book, a: Asked, prior: dict, books: list[Book], text: str) -> bool:
    """"林业局2026年项目支出" (its own table) → "2025年决算的项目支出呢": the line of this table of the figure just
    shown (its department's, or a unit's), in the group of columns it was of ("林业局基本支出" → "决算呢": 基本支出 ›
    决算数), set on the question read; False when another sheet of the table (or none) prints that group's column."""
    if not _FOLLOW.search(text) or not _FIGURE_KIND.search(compact(text)) or not _whole_or_line(book, prior) \
            or (x := _prior_line(book, prior)) is None:
        return True  # (no follow-up saying a kind of figure, or no such line here: the question as read)
    group, leaf = compact(str(prior.get("label") or "").split(" ")[0]), book.leaves.get(a.column) or a.column
    same = _column_of_group(book, group, leaf)
    if group and not same and any(group + b.leaves[c] == c for b in books if b.doc == book.doc for c in b.columns
                                  if len(c) > len(group)):
        return False
    a.lines = [x]
    if same:
        a.column, a.columns = same, [same]
    return True


def _kept_group_column(book: Book, a: Asked, kept: str) -> str:
    """The column of the group answered before that a follow-up asks: the header said of several groups (决算数 of
    基本支出 and 项目支出), or a kind of figure said alone; "" when neither."""
    if _groups_unsaid(book, a):
        return _in_kept_group(book, a.column, kept)
    return "" if a.columns else _kind_in_kept_group(book, a, kept)


def _in_kept_group(book: Book, column: str, kept: str) -> str:
    """The column of the header said (决算数) under the group of the column answered before (项目支出), or ""."""
    leaf, kept_leaf = book.leaves.get(column, ""), book.leaves.get(kept, "")
    group = kept[:-len(kept_leaf)] if kept_leaf and kept.endswith(kept_leaf) else ""
    return next((c for c in book.columns if group and c == group + leaf), "")


# The department's wholes an answer of its own table may have shown (its spending block's lines, its total).
_WHOLE_SHOWN = re.compile(r"^(?:项目支出|基本支出|合计|总计|支出合计|本年支出合计|部门预算支出|预算合计)")


def _whole_or_line(book: Book, prior: dict) -> bool:
    """Whether the figure shown before is a department's whole (项目支出, 合计 …), or a unit this table lists — never
    a project's, whose department's line here is no figure of it."""
    label = compact(str(prior.get("label") or ""))
    return not label or bool(_WHOLE_SHOWN.match(label)) \
        or any(u.name == label or _OWN.sub("", u.name) == label for us in book.units.values() for u in us)


def _column_of_group(book: Book, group: str, leaf: str) -> str:
    """The column of a header (决算数, 年初预算数) under a group of columns (基本支出 › 决算数), or ""."""
    return group + leaf if group and leaf and group + leaf in book.columns and book.leaves.get(group + leaf) == leaf else ""


def _kind_in_kept_group(book: Book, a: Asked, kept: str) -> str:
    """The one column of the kind of figure a question says alone (决算 of "决算呢") under the group of the column
    answered before (项目支出 › 年初预算数 → 项目支出 › 决算数), the kind blanked from what is left; or ""."""
    kind, kept_leaf = kind_said(a.rest), book.leaves.get(kept, "")
    group = kept[:-len(kept_leaf)] if kept_leaf and kept.endswith(kept_leaf) else ""
    same = [c for c in book.columns if group and kind and c.startswith(group) and c != kept
            and _KIND_ONLY.match(book.leaves.get(c, "")) and kind in book.leaves[c]
            and c[:-len(book.leaves[c])] == group]
    if len(same) != 1:
        return ""
    a.rest = a.rest.replace(kind, " " * len(kind), 1)
    return same[0]


def _groups_unsaid(book: Book, a: Asked) -> bool:
    """Whether every column said is one of several of the same header under groups (基本支出 › 决算数, 项目支出 ›
    决算数) and the question names the group of none: which of them is not said."""
    if not a.columns:
        return False
    for c in a.columns:
        leaf = book.leaves.get(c, "")
        group = c[:-len(leaf)] if leaf and c.endswith(leaf) else ""
        if not group or _group_said(group, a.text) or (word := book.group_words.get(group, "")) and word in a.text or sum(1 for d in book.columns if book.leaves.get(d) == leaf) < 2:
            return False
    return True


def _group_said(group: str, text: str) -> bool:
    """Whether the question says a group of columns: by its name, or by the year it prints (2024年预算数 of "24年呢")."""
    year = re.search(r"(?:19|20)(\d\d)", group)
    return group in text or year is not None and (year.group(0) in text or f"{year.group(1)}年" in text)


def _units_in_focus_said(book: Book, a: Asked, group: str) -> None:
    """Units of the department just answered said short, as only among its own units they can be: 本级 (its own
    unit), the end of a unit's name no other of its units ends with (服务中心 of 医疗保障服务中心); a.lines and
    a.rest set when any is said."""
    units = book.units[group]
    forms: dict[str, Line] = {}
    own = [u for u in units if u.own]
    if len(own) == 1:
        forms["本级"] = own[0]
    for u in units:
        bare = u.name.removeprefix(book.place)
        for k in range(1, len(bare) - 1):  # (its ends of two characters or more, longest first)
            end = bare[k:]
            if not u.own and len(end) >= 2 and sum(x.name.endswith(end) for x in units) == 1:
                forms.setdefault(end, u)
    found: list[tuple[int, Line]] = []
    rest = a.rest
    for form in sorted(forms, key=len, reverse=True):
        at = rest.find(form)
        if at >= 0 and forms[form] not in [x for _, x in found]:
            found.append((at, forms[form]))
            rest = rest[:at] + " " * len(form) + rest[at + len(form):]
    if found:
        a.lines, a.rest = [x for _, x in sorted(found, key=lambda f: f[0])], rest


# Every unit of the department in focus said without its name ("下面两个单位", "下属各单位", "它的所有单位").
_UNITS_UNDER_IT = re.compile(r"(?:它|其)?的?(?:下面|下属|所属)的?(?:(?P<n>[两二三四五六七八九十\d]{1,2})个|各|所有|全部)?(?:下属)?单位"
                             r"|(?:它|其)?的?(?:(?P<n2>[两二三四五六七八九十\d]{1,2})个|各|所有|全部)(?:下属)?单位")


def _kept_after(book: Book, a: Asked, fa: FactAnswer, follow: dict | None) -> dict:
    """What an answer keeps for the follow-ups: its lines, its column, the department in focus, and the last two
    lines answered one by one with their columns ("两个加起来" next)."""
    done = fa.kept or {"lines": _keys_of(book, fa), "column": a.column or book.main,
                       "group": _group_of(a) or (follow or {}).get("group", "")}
    # (a department's own unit answered, "农业农村局本级": the conversation stays in its department's block)
    done["group"] = done.get("group") or _group_of(a) or next((x.group for x in a.lines if x.own), "")
    one = len(done.get("lines", [])) == 1
    recent = [*((follow or {}).get("recent") or []), *done.get("lines", [])][-2:] if one else done.get("lines", [])[-2:]
    columns = [*((follow or {}).get("recent_columns") or []), done.get("column", "")][-2:] if one else []
    named = list(dict.fromkeys([*((follow or {}).get("named") or []), *done.get("lines", [])]))[-_NAMED_KEPT:]
    return {**done, "doc": book.doc, "sheet": book.sheet, "recent": recent, "recent_columns": columns,
            "column_said": bool(a.column), "named": named}


_NAMED_KEPT = 12  # (the lines answered in a run of follow-ups on a table that "这几个部门" may point at together)


def _pointed_count(a: Asked) -> int | None:
    """The count a pointer at the lines just answered says (3 of 这三个), None when it says none (这些, 这几个); 0 when
    no pointer is said."""
    said = _POINTED.search(a.rest)
    if said is None:
        return 0
    return small_number(said.group("n")) if said.group("n") and said.group("n") != "几" else None


def _departments_pointed(book: Book, a: Asked, named: list[str]) -> list[Line]:
    """"农业农村和水利局项目经费" → "住建局呢" → "这两个部门资产总额合计": the lines of the departments the answers
    before were of (the last ones the count says), when this table prints each; none otherwise. A department
    answered by its line of this table is named by that line (its label's group), never by the table's owner."""
    n = _pointed_count(a)
    if n == 0 or len(named) < 2 or n is not None and n > len(named) \
            or not (a.column or _GROUP_WORD.search(a.rest) or _UNIT_WORD.search(a.rest)):
        return []  # (它们 alone after two projects is theirs, not their departments')
    lines = [book.groups.get(compact(d)) for d in (named[-n:] if n else named)]
    return [x for x in lines if x is not None] if all(x is not None for x in lines) else []


def group_of_label(idx, label: str) -> str:
    """The department whose 小计 line of such a table a figure's label names ("慈溪市教育局（部门小计） 项目支出": 慈溪市教育局),
    or "" (the label of no department's line)."""
    head = compact(label.split(" ")[0])
    for book in all_books(idx):
        for group, x in book.groups.items():
            if head.startswith(compact(group)) and x.name and head.startswith(compact(x.name).removesuffix("小计")):
                return group
    return ""


def within_kept_units(idx, text: str, kept: dict) -> bool:
    """"教育局下面有哪些单位" → "第三个的项目支出", "哪个项目支出最多": a place in, or a ranking over, the units just
    listed (or the department in focus), asking a column a table of that place prints — that table's follow-up,
    never the projects of a project table."""
    if not (kept.get("listed") or kept.get("group")) or not (_PLACE_IN_LIST.search(text) or _RANK.search(text)
                                                             or "哪个" in text or "哪家" in text):
        return False
    place = next((b.place for b in all_books(idx) if (b.doc, b.sheet) == (kept.get("doc"), kept.get("sheet"))), None)
    books = [b for b in all_books(idx) if b.place == place and not b.owner]
    if place is None or _wider_than_kept(books, text, str(kept.get("group") or "")):
        return False
    # (a column said whole, or by its first word with a count asked in its unit: "第三个资助了多少人")
    return any(any(len(leaf) >= 2 and leaf in text or len(leaf) >= 4 and leaf[:2] in text and c in b.counts
                   and _COUNT_ASKED.format(unit=b.counts[c]) and re.search(_COUNT_ASKED.format(unit=b.counts[c]), text)
                   for c, leaf in b.leaves.items()) for b in books)


# A ranking over more than one department's units: 部门 said, or the whole place (全市哪个单位)
_WIDER_SCOPE = Words("departments", "{group_words}|{place_whole}")
_PLACE_WIDE = Words("departments", "{place_whole}")


def _wider_than_kept(books: list[Book], text: str, group: str) -> bool:
    """"教育局下面有哪些单位" → "哪个部门项目支出最多", "全市哪个单位…", "民政局哪个单位…": the ranking asked is over
    the departments, the whole place or another department's units — never the units just listed alone."""
    if (_WIDER_SCOPE if group else _PLACE_WIDE).search(text):  # (部门 after a list of departments: the same ones)
        return True
    return any(form in text and x.group and x.group != group for b in books for form, x in b.forms)


def points_at_lines(text: str) -> bool:
    """"这两个部门项目支出合计", "这些单位一共多少": a pointer at departments or units (the lines just answered)."""
    return bool(_POINTED.search(text)) and bool(_GROUP_WORD.search(text) or _UNIT_WORD.search(text))


def _asked_unless_unclear(idx, a: Asked, follow: dict | None, kept: dict | None) -> FactAnswer | None:
    """The answer to what was asked; said unclear when it points at departments that no line answered before is."""
    fa = _asked(idx, a, follow)
    if fa is not None and fa.status == "answered" and not kept and not a.lines and _pointed_unresolved(a):
        return FactAnswer("unknown", compose.which_lines_pointed(), [], settled=True)
    return fa


def _pointed_unresolved(a: Asked) -> bool:
    """"这两个部门项目支出合计" whose departments the conversation does not say (the answers before were not of two of
    this table's lines): no line of it is the one asked — never its 合计, nor one department's line alone."""
    n = _pointed_count(a)  # (这几个部门 with none named before is every line of the table: its 合计)
    return n is not None and n >= 2 and bool(_GROUP_WORD.search(a.rest) or _UNIT_WORD.search(a.rest))


def _pointed_lines(idx, a: Asked, follow: dict) -> FactAnswer | None:
    """"文广旅局资产总额" → "住建局呢" → "这两个部门加起来", "它们合计", "这些部门流动资产一共多少": the lines answered in
    this run of follow-ups (the last ones the count says), in the column said or the one just answered; None when no
    pointer is said or fewer than two lines were answered (这几个部门 is then every line of the table: its 合计)."""
    n = _pointed_count(a)
    keyed = _lines_by_key(a.book)
    named = [keyed[k] for k in follow.get("named") or () if k in keyed]
    if n == 0 or len(named) < 2 or n is not None and n > len(named):
        return None
    lines = named[-n:] if n else named
    a.column = a.column or str(follow.get("column") or "")
    if len(lines) == 2 and (_DIFF.search(a.rest) or _WHICH_MORE.search(a.rest)):
        return differed(idx, a, lines[0], lines[1], not _DIFF.search(a.rest))
    return added(idx, a, lines) if _ADDED.search(a.rest) else values(idx, a, lines, a.column)


def _preparers_line(idx, a: Asked) -> bool:
    """"永康财政局合计多少" where the table its finance office drew up lists the office too (永康市财政局小计): the
    office's line is all of it the tables hold, when it has no tables of its own (never the table's 合计 as its)."""
    preparer = compact(idx.docs[a.book.doc].department)
    return len(a.lines) == 1 and a.lines[0] is a.book.groups.get(preparer) \
        and not any(compact(d.department) == preparer and not books_of(idx, n) for n, d in idx.docs.items())


def _preparer_asked(idx, a: Asked) -> FactAnswer | None:
    """"永康市财政局资产总额" of a table of the place's departments its finance office drew up (编制单位), the office
    none of its departments: not in this table, never its 合计 read as the office's own — unless the office has
    tables of its own loaded."""
    book, preparer = a.book, compact(idx.docs[a.book.doc].department)
    if book.owner or a.lines or a.unclear or preparer in (book.place, "") or preparer in book.groups:
        return None
    forms = sorted((f for f in map(compact, department_forms(preparer, idx.abbrev)) if len(f) >= 3), key=len, reverse=True)
    said = next((f for f in forms if f in a.rest), "")
    if not said or not (a.column or _WHOLE.search(a.rest)):
        return None
    if _left_over(Asked(book, a.text, rest=a.rest.replace(said, " ", 1)), book.place, idx.docs[book.doc].year):
        return None
    if any(compact(d.department) == preparer and not books_of(idx, n) for n, d in idx.docs.items()):
        return None  # (the office's own tables answer of it)
    shown = _shown_name(book, a.column) if a.column else ""
    return FactAnswer("unknown", compose.preparer_not_listed(preparer, book.place, shown), settled=True)


def _of_kind(book: Book, columns: list[str], kept: str) -> str:
    """The one of an item's columns of the kind of figure (决算数) the column answered before is of, or ""."""
    kind = _FIGURE_KIND.search(book.leaves.get(kept, ""))
    return _of_kind_said(book, columns, kind.group() if kind else "")


def _of_kind_said(book: Book, columns: list[str], kind: str) -> str:
    """The one of an item's columns of a kind of figure (决算), or ""."""
    same = [c for c in columns if kind and _FIGURE_KIND.search(book.leaves[c]) and kind in book.leaves[c]]
    return same[0] if len(same) == 1 else ""


def kind_said(text: str) -> str:
    """The one kind of figure a question says (决算 of "财政局三公决算多少"), or "" (none, or several)."""
    kinds = set(_FIGURE_KIND.findall(compact(text)))
    return kinds.pop() if len(kinds) == 1 else ""


def _kept_lines_in(idx, book: Book, kept: dict) -> list[Line]:
    """The lines another such table just answered of, as this table prints them: its 合计, a department's 小计, a unit
    by its name; none when this table lacks one."""
    other = next((b for b in all_books(idx) if (b.doc, b.sheet) == (kept.get("doc"), kept.get("sheet"))), None)
    if other is None or other.place != book.place:
        return []
    by_name = {x.name: x for us in book.units.values() for x in us}
    out = []
    for x in (_lines_by_key(other).get(k) for k in kept.get("lines") or ()):
        here = None if x is None else book.total if x is other.total else book.groups.get(x.group) \
            if x is other.groups.get(x.group) else by_name.get(x.name)
        if here is None:
            return []
        out.append(here)
    return out


def _kept_as_here(idx, book: Book, kept: dict) -> dict | None:
    """What another such table of the same place just answered (its units listed, its department in focus, its lines),
    said by this table's lines — for a follow-up asking a column only this table prints ("教育局下面有哪些单位" read
    in the 会议费 table → "第三个的项目支出", "哪个项目支出最多": within those units, in the 支出 table). None when
    the other table is not of this place, or a line it kept is not printed here (never a list cut short)."""
    other = next((b for b in all_books(idx) if (b.doc, b.sheet) == (kept.get("doc"), kept.get("sheet"))), None)
    if other is None or other is book or other.place != book.place or book.owner or other.owner:
        return None
    theirs = _lines_by_key(other)
    by_name = {x.name: x for us in book.units.values() for x in us}

    def here(key: str) -> Line | None:
        x = theirs.get(key)
        if x is None:
            return None
        if x is other.total:
            return book.total
        return book.groups.get(x.group) if x is other.groups.get(x.group) else by_name.get(x.name)

    out: dict = {"doc": book.doc, "sheet": book.sheet, "column": "", "column_said": False}
    for part in ("lines", "listed", "ranked", "recent", "named"):
        found = [here(str(k)) for k in kept.get(part) or ()]
        if any(x is None for x in found):
            return None
        out[part] = [x.key for x in found if x is not None]
    group = str(kept.get("group") or "")
    if group and group not in book.groups:
        return None
    out["group"] = group
    return out


def combines_recent(question: str, kept: dict) -> bool:
    """"民政局本级收入合计 → 社会福利中心呢 → 加起来多少": the two lines this table just answered one by one, combined
    with nothing else said — this table's follow-up, never figures looked up again elsewhere."""
    return len(kept.get("recent") or ()) == 2 and bool(_COMBINED_ALONE.search(question))


def names_kept_line(idx, fq, kept: dict) -> bool:
    """"环卫中心呢" right after this table answered of another of its lines: a line of it said, with nothing
    beyond the words of asking (the follow-up is this table's, not a project's of the same unit); or one of its
    items said alone ("公车运维费呢" after 公务接待费决算: that item of the line just answered)."""
    book = next((b for b in all_books(idx) if (b.doc, b.sheet) == (kept.get("doc"), kept.get("sheet"))), None)
    if book is None:
        return False
    a = read(idx, book, fq.text, fq.mentions)
    if not _FOLLOW.search(fq.text) and not (len(a.lines) == 1 and _SHARE.search(a.rest)):
        return False  # (or a line's share of the line just answered: "疾控中心占多少", "占卫健局多少")
    return (bool(a.lines) or a.alone) and not a.unclear and not _left_over(a, book.place, idx.docs[book.doc].year)


def _keys_of(book: Book, fa: FactAnswer) -> list[str]:
    by_line = {x.line: x.key for x in _lines_by_key(book).values()}
    return list(dict.fromkeys(by_line[f["line"]] for f in fa.facts if f["line"] in by_line))


def _one_line_twice(follow: dict) -> bool:
    """Whether the last two answers of this table were one line in two columns (培训费 2025, then 2026)."""
    recent, cols = list(follow.get("recent") or ()), list(follow.get("recent_columns") or ())
    return len(recent) == 2 and recent[0] == recent[1] and len(cols) == 2 and cols[0] != cols[1]


def _group_of(a: Asked) -> str:
    """The department said (its 小计 line, or the department of its 本级 said), else ""."""
    return next((x.group for x in a.lines if x is a.book.groups.get(x.group)), "")


_MEASURE_ASKED = Words("departments", "{measure_asked}")
_FIGURE_SAID = re.compile(r"\d")  # (a figure said: "资产总额3000万的…单位" filters by it, never asks the measure)


def _measure_of_column(idx, a: Asked) -> FactAnswer | None:
    """"房屋面积的单位是啥": the unit of measure of the one column said, as its cells carry it (the header's
    平方米, else the table's unit line's 万元); None unless that and the table are all the question says."""
    m = _MEASURE_ASKED.search(a.rest)
    if m is None or len(a.columns) != 1 or a.unclear or _RANK.search(a.rest) or _WHICH_MORE.search(a.rest) \
            or _BOUND.search(a.text) or _FIGURE_SAID.search(a.text):
        return None  # ("资产最多的是什么单位", "资产总额超过2000万的…": a ranking or a filter, its 单位 an organisation)
    rest = a.rest[:m.start()] + " " * (m.end() - m.start()) + a.rest[m.end():]
    if _left_over(replace(a, rest=rest), a.book.place, idx.docs[a.book.doc].year):
        return None
    column = a.columns[0]
    cells = [x.cells[column] for x in (a.lines or [a.book.total or next(iter(a.book.groups.values()))]) if column in x.cells]
    units = {f["unit"] for f in cells}
    if not cells or len(units) != 1 or not (unit := units.pop()):
        return None
    return FactAnswer("answered", compose.column_measure(_shown_name(a.book, column), unit) + _cite(idx, cells[:1]),
                      cells[:1])


def _asked(idx, a: Asked, follow: dict | None) -> FactAnswer | None:
    if (measure := _measure_of_column(idx, a)) is not None:
        return measure
    if (group := _group_counted(idx, a)) is not None:
        return members_counted(idx, a, group)  # "诸暨多少个镇": the lines the row group 镇 holds
    said = replace(a, rest=_UNIT_WORD.sub(" ", a.rest)) if _units_asked(a) or a.sign else a  # ("下面有哪些学校": its units)
    if a.lines and not a.book.owner and _PROJECTS_ASKED.search(a.rest) and not a.unclear \
            and not _left_over(replace(a, rest=_PROJECTS_ASKED.sub(" ", a.rest)), a.book.place, idx.docs[a.book.doc].year):
        # ("交通局有哪些项目": this table's lines are units, never projects; of a department said after the line
        # just answered — put in front by the conversation —, the department said alone)
        return _projects_not_listed(idx, _kept_lines_left_out(a, follow))
    if follow and not a.lines and _one_line_twice(follow):  # ("2026呢" → "增加了多少": its two figures' change)
        said = replace(said, rest=_CHANGE.sub(" ", _DIFF.sub(" ", said.rest)))
    if a.unclear and not a.lines or _left_over(said, a.book.place, idx.docs[a.book.doc].year):
        return None
    if follow:
        fa = _on_what_was_answered(idx, a, follow)
        if fa is not None or not a.lines:
            return fa
    group = _group_of(a)
    if a.sign and (not a.lines or group and len(a.lines) == 1) and _over_lines(replace(a, rest=a.rest + "哪个")):
        return went(idx, a, group)  # "培训费减少的单位", "会议费没变化的单位": by the sign of each line's change
    if a.book.owner and not a.lines and _level(a, group)[0] == "部门":
        return None  # ("政府性基金哪个部门最多" of one department's unit table: its 一、行政单位小计 is no department)
    if _units_asked(a):  # (asked again: a follow-up read above may have left one line of several)
        return counted(idx, a, group)  # "卫健委有几个单位", "教育局下面有哪些单位": the units printed under it
    if not a.column and _itemised(a.book) and not (_asks_count(a.rest) and (_UNIT_WORD.search(a.rest) or _GROUP_WORD.search(a.rest))):
        return None  # ("卫生监督所的经费": no whole here — 会议费 › 2025年预算数 is one item's, never a line's money)
    if not a.lines and a.book.total is not None and not a.column and not a.parent and _place_whole_said(idx, a):
        return values(idx, a, [a.book.total], a.column)  # ("全市合计多少": the 合计 line of the place's one such table)
    if not a.lines and (a.column or _WHOLE.search(a.rest)) and len(_title_run(a)) >= 4 \
            and len(places := _places_of_the_level(idx, a)) >= 2:  # ("全县工资福利合计": two counties' such tables)
        options = [f"{p}{_title_run(a)}合计" for p in places]  # (a reply naming one asks its whole again)
        return FactAnswer("clarify", compose.which_fact(options), [], options=options, asks_row=options)
    if not _about(idx, a) and not (_says_subject(a) and _over_lines(a)):
        return None
    return _asked_of_this_table(idx, a, group)


def _asked_of_this_table(idx, a: Asked, group: str) -> FactAnswer | None:
    """A question read as this table's (its lines, its columns): counted, rated, set against, shared, added,
    ranked, listed or each line's figure."""
    if a.parent:  # ("科技局小计的社会保障缴费": the columns under it of the one line said, added; nothing else read)
        whole = a.book.total is not None and not a.lines and _place_level_said(idx, a) and not _ASKING.sub("", _PLACE_WHOLE.sub("", a.rest))
        return parent_added(idx, a, a.lines[0]) if len(a.lines) == 1 else \
            parent_added(idx, a, a.book.total) if whole and a.book.total is not None else None
    if _asks_count(a.rest) and (_UNIT_WORD.search(a.rest) or _GROUP_WORD.search(a.rest)):
        return counted(idx, a, group)
    if a.plan and len(a.lines) == 1:
        return rated(idx, a)  # "市监局三公经费执行率": its 决算数 over its 预算数
    if a.against and len(a.lines) == 1:
        return years_differed(idx, a, a.lines[0])  # "县委办2025年三公比去年少了多少": its two years' figures
    if a.against and not a.lines and a.book.total is not None and not a.book.owner \
            and not any(w.search(a.rest) for w in (_LIST, _RANK, _EACH, _COUNT, _WHICH_MORE)):
        return years_differed(idx, a, a.book.total)  # "培训费2026比2025总共增加多少": of the table's 合计 line
    if len(a.columns) >= 2 and len(a.lines) == 1 and _DIFF.search(a.rest):
        return columns_differed(idx, a, a.lines[0])  # "交通局决算比年初预算多了多少": two columns of its line
    if len(a.columns) >= 2 and len(a.lines) == 1 and _ADDED.search(a.rest) \
            and (fa := _columns_added(idx, a, a.lines[0], _of_own_year(a.book, a.columns))) is not None:
        return fa  # "卫健局会议费和培训费加起来", "本级基本支出加项目支出一共多少": two columns of its line added
    if len(a.columns) >= 2 and not a.lines and a.book.total is not None and _WHOLE.search(a.rest) \
            and _DIFF.search(a.rest):
        return columns_differed(idx, a, a.book.total)  # "全县合计决算数比年初预算多多少": of the 合计 line
    if len(a.columns) >= 2 and not a.lines and (than := _THAN_COLUMN.search(a.rest)):
        return against_column(idx, a, group, (than.group(1) or than.group(2)) in "少低小")  # "哪些部门决算数比年初预算少", "…决算低于年初预算"
    if _SHARE.search(a.rest) and a.lines:
        return shared(idx, a, a.lines[0], a.lines[1] if len(a.lines) > 1 else None)
    if _SHARE.search(a.rest) and not a.lines and a.column and a.column != a.book.main and a.book.total is not None:
        return shared(idx, a, a.book.total, None)  # "一般公共预算拨款占全县收入的比例": of the 合计 line's whole
    if len(a.lines) >= 2 and (_DIFF.search(a.rest) or _WHICH_MORE.search(a.rest)):
        return differed(idx, a, a.lines[0], a.lines[1], not _DIFF.search(a.rest))
    if len(a.lines) >= 2 and _ADDED.search(a.rest):
        return added(idx, a, a.lines)
    if _RANK.search(a.rest) and (not a.lines or group and len(a.lines) == 1):
        return ranked(idx, a, group)
    if not a.lines and a.book.total is not None and _OF_EACH_ADDED.search(a.rest):
        return values(idx, a, [a.book.total], a.column)  # "各部门人员经费合计多少": the table's 合计 line
    if _EACH.search(a.rest) and (not a.lines or group and len(a.lines) == 1):
        return values(idx, a, _level(a, group)[1], a.column)  # "各部门收入预算", "卫健委各单位的事业收入"
    if _LIST.search(a.rest) or re.search(r"的(?:单位|部门)", a.rest) and not a.lines:
        return having(idx, a, group)
    if group and len(a.lines) == 1 and _threshold(a.rest, _unit(a.book, a.column)):
        return having(idx, a, group)  # "乡镇卫生院里项目支出超过一百万的": its units beyond the number
    if a.lines:
        return values(idx, a, a.lines, a.column)
    if _SHARE.search(a.rest) and a.book.total is not None and a.column and a.column != a.book.main:
        # "一般公共预算拨款占全县收入的比例": the 合计 line's column over its own 合计, never that column's figure alone
        return shared(idx, a, a.book.total, None)
    if a.book.total is not None and (_WHOLE.search(a.rest) or a.column and _scope_said(a)):
        return values(idx, a, [a.book.total], a.column)
    return None


_PLACE_WHOLE = Words("departments", "{place_whole}")
_PLACE_WHOLE_ASKED = Words("departments", "{place_whole_asked}")
# (what a question of the place's whole never says: a count, a list, a ranking, each apart, a share, a difference)
_NOT_ONE_WHOLE = (_COUNT, _LIST, _RANK, _WHICH_MORE, _EACH, _SHARE, _DIFF, _CHANGE, _AGAINST_YEAR)


def _place_whole_said(idx, a: Asked) -> bool:
    """Whether the question asks the one whole of a place of this table's level ("全市合计多少" of 乐清市) — a whole
    word said, no count, list, ranking or each of its lines, nothing the table does not print (全市收入合计 of an
    expenditure table) — and this is the one place of that level whose departments a table of the knowledge base lists."""
    m = _PLACE_WHOLE.search(a.text)
    if m is None or a.book.owner or not a.book.place.endswith(m.group()[-1]) or not _PLACE_WHOLE_ASKED.search(a.rest) \
            or any(w.search(a.rest) for w in _NOT_ONE_WHOLE):
        return False
    rest = _PLACE_WHOLE_ASKED.sub(" ", _PLACE_WHOLE.sub(" ", a.rest))
    if len(run := _title_run(a)) >= 4:
        rest = rest.replace(run, " ", 1)  # (a run of its own title names the table, no word beside the whole)
    if any(s in rest and s not in a.book.title for s in _SUBJECTS) or _ASKING.sub("", rest):
        return False
    return {b.place for b in all_books(idx) if not b.owner and b.place.endswith(m.group()[-1])} == {a.book.place}


# Projects asked as things ("有哪些项目", "哪个项目最大", "几个项目"), not the 项目支出 column (blanked when said)
_PROJECTS_ASKED = re.compile(r"(?:哪些|哪几个|哪个|哪一个|几个|多少个|什么|啥)项目|项目(?:有哪(?:些|几个)?|都有(?:哪些)?|是哪(?:些|几个)?|都是|有几个?|有多少个|名称|清单|明细)")


def _projects_not_listed(idx, a: Asked) -> FactAnswer | None:
    """"交通运输局项目支出里哪个项目最大", "民政局有哪些项目" of a table of departments and their units, when the
    department has no table of its projects loaded: the table gives its 项目支出 by unit, never by project — said so
    (its lines are never listed or ranked as projects). None when its projects are loaded (theirs to answer) or the
    table prints no 项目 column: its items (会议费, 培训费) are no projects either."""
    book = a.book
    column = next((c for c in book.columns if "项目" in c), "")
    groups = list(dict.fromkeys(x.group for x in a.lines if x.group))
    if not groups:
        return None
    docs = [n for n, d in idx.docs.items() if any(compact(d.department or "").startswith(g) for g in groups)]
    if docs and query.project_count(idx.conn, docs):
        return None
    name = _name(book, a.lines[0]) if len(a.lines) == 1 and a.lines[0] is not book.groups.get(a.lines[0].group) \
        else "、".join(groups)
    year = idx.docs[book.doc].year
    title = f"{book.place}{f'{year}年' if year else ''}{book.title or '表'}"
    if not column and any(b.place == book.place and any("项目" in c for c in b.columns)
                          and any(g in b.groups for g in groups) for b in all_books(idx)):
        return None  # (a table of the place printing its 项目支出 says it better)
    if not column:  # ("公证处有哪些项目" of a 会议费培训费 table: neither its units nor its items are projects)
        items = list(dict.fromkeys(c[:-len(book.leaves[c])] for c in book.columns if len(c) > len(book.leaves.get(c) or c)))
        return FactAnswer("unknown", compose.projects_not_in_table(name, title, items or [_shown_name(book, book.main)]),
                          settled=True)
    return FactAnswer("unknown", compose.projects_by_unit_only(name, title,
                                                               _shown_name(book, column)), settled=True)


def _itemised(book: Book) -> bool:
    """Whether the table prints no whole of a line: its columns are items (会议费, 培训费), each under its own header
    of kinds or years, its first column one item's (会议费 › 2025年预算数), no 合计 column — a question naming none of
    its items asks no figure of it."""
    leaf = book.leaves.get(book.main, "")
    if not leaf or _WHOLE_HEADER.search(leaf) or len(book.main) <= len(leaf) \
            or re.search(r"(?:合计|总计|小计)$", book.main[:-len(leaf)]):
        return False  # (“三公”经费合计 › 2024年预算数: the first item is the line's whole)
    return len({c[:-len(book.leaves[c])] for c in book.columns if len(c) > len(book.leaves.get(c) or c)}) >= 2


def _units_asked(a: Asked) -> bool:
    """Whether the question counts or lists the units under the one department said ("教育局下面有哪些学校")."""
    return bool(_group_of(a)) and len(a.lines) == 1 and bool(_COUNT.search(a.rest) or _LIST.search(a.rest) and not a.column) \
        and bool(_UNIT_WORD.search(a.rest) or _UNIT_MEASURE.search(a.rest))


_UNIT_MEASURE = Words("departments", "{unit_measures}")
# Several lines said by a count's words, each of them asked apart ("下面几个单位分别多少"): no count asked
_SEVERAL_APART = Words("departments", r"(?P<n>几个|多少个)(?:{unit_words}|{group_words}).*(?:{apart})")


def _asks_count(rest: str) -> bool:
    """Whether a question asks how many ("有几个部门"), not which ones ("哪几个部门决算比年初预算少": a list)."""
    return any(m.start() == 0 or rest[m.start() - 1] != "哪" for m in _COUNT.finditer(rest))


def _scope_said(a: Asked) -> bool:
    """Whether the question names the department whose own table this is (湄潭卫健局), of the whole of it."""
    return any(f in a.text for f in a.book.scope)


def _on_what_was_answered(idx, a: Asked, follow: dict) -> FactAnswer | None:
    """Lines said right after this table answered: "中医院呢" (the same column of it; the line just answered, put
    in front by the conversation, left out), "占卫健委多少" (the line just answered over it), "其中体校多少"."""
    if not a.lines:
        return _followup(idx, a, follow)
    keyed = _lines_by_key(a.book)
    last = [keyed[k] for k in follow.get("lines") or () if k in keyed]
    if len(a.lines) >= 2 and _FOLLOW.search(a.text) and [x for x in a.lines if x not in last]:
        a.lines = [x for x in a.lines if x not in last]
    if _SHARE.search(a.rest) and len(a.lines) == 1 and len(last) == 1 and a.lines[0] is not last[0]:
        kept_col = str(follow.get("column") or "")
        a.column = a.column or (kept_col if kept_col in a.book.columns else "")  # (the year just answered)
        if _within(a.book, a.lines[0], last[0]):
            return shared(idx, a, a.lines[0], last[0])  # "卫健局三公" → "疾控中心占多少": the unit over its department
        return shared(idx, a, last[0], a.lines[0])
    if not (_FOLLOW.search(a.text) and not a.column and len(a.lines) == 1):
        return None
    kept_col = str(follow.get("column") or "")
    a.column = kept_col if kept_col in a.book.columns and kept_col != a.book.main else ""
    if a.lines[0].group == follow.get("group") and a.lines[0] is not a.book.groups.get(a.lines[0].group) \
            and re.search(r"其中|下面|下属", a.text):
        a.column = ""  # "其中体校多少" after the department: the unit's whole
    return values(idx, a, a.lines, a.column)


def _kept_lines_left_out(a: Asked, follow: dict | None) -> Asked:
    """The lines said other than those just answered (put in front of a follow-up by the conversation), when any."""
    keyed = _lines_by_key(a.book)
    last = [keyed[k] for k in (follow or {}).get("lines") or () if k in keyed]
    new = [x for x in a.lines if x not in last]
    return replace(a, lines=new) if last and new and len(new) < len(a.lines) else a


def _within(book: Book, part: Line, whole: Line) -> bool:
    """Whether a line is part of another: a unit of the department whose 小计 the other is, or any line of the
    table's 合计."""
    if whole is book.total:
        return part is not whole
    return whole is book.groups.get(whole.group) and part in book.units.get(whole.group, ())


def added(idx, a: Asked, lines: list[Line]) -> FactAnswer:
    """"教育局和卫健委收入加起来": the lines' figures added, each shown."""
    book = a.book
    col = a.column or book.main
    facts = [f for x in lines if (f := x.cells.get(col)) is not None]
    total = sum(_value(x, col) for x in lines)
    parts = [(_name(book, x), fmt_number(_value(x, col))) for x in lines]
    text = compose.entities_sum("", _shown_name(book, col), "", fmt_number(total), _unit(book, col), parts)
    return FactAnswer("answered", text + _cite(idx, facts), facts)


def parent_added(idx, a: Asked, x: Line) -> FactAnswer | None:
    """A merged header's columns of one line added (社会保障缴费 of a department's 小计: its four kinds), each shown."""
    book = a.book
    cells = [f for c in a.parent if (f := x.cells.get(c)) is not None]
    if len(cells) != len(a.parent) or len({_unit(book, c) for c in a.parent}) != 1:
        return None
    head = a.parent[0][:-len(book.leaves[a.parent[0]])]
    total = sum(float(f["number"]) for f in cells)
    parts = [(_shown_name(book, c), fmt_number(float(f["number"]))) for c, f in zip(a.parent, cells, strict=True)]
    text = compose.entities_sum("", head, _name(book, x) + " ", fmt_number(total), _unit(book, a.parent[0]), parts)
    fa = FactAnswer("answered", text + _cite(idx, cells), cells)
    fa.kept = {"lines": [x.key], "column": a.parent[0], "group": x.group if x is book.groups.get(x.group) else ""}
    return fa


def _columns_added(idx, a: Asked, x: Line, columns: list[str]) -> FactAnswer | None:
    """"农业农村局公务接待费决算" → "公车运维费呢" → "两个加起来": the line's two figures just answered, added."""
    book = a.book
    cells = [f for c in dict.fromkeys(columns) if (f := x.cells.get(c)) is not None]
    if len(cells) != 2 or len(set(columns)) != 2 or len({_unit(book, c) for c in columns}) != 1 \
            or any(_within_column(book, c, d) for c in columns for d in columns if c != d):
        return None
    total = sum(float(f["number"]) for f in cells)
    whole = x.cells.get(book.main)
    if whole is not None and book.main not in columns and _WHOLE_HEADER.search(book.leaves.get(book.main, "")) \
            and abs(float(whole["number"]) - total) < 0.006:
        # ("福利中心基本支出加项目支出一共多少": the parts of the line's whole — its printed 合计 is the answer)
        text = compose.parts_are_the_whole(_name(book, x), [_shown_name(book, c) for c in columns],
                                           _shown_name(book, book.main), _shown(whole))
        return FactAnswer("answered", text + _cite(idx, [whole]), [whole])
    parts = [(f"{_name(book, x)} {_shown_name(book, c)}", fmt_number(float(f["number"]))) for c, f in zip(columns, cells, strict=True)]
    text = compose.entities_sum("", "", "", fmt_number(total), _unit(book, columns[0]), parts)
    return FactAnswer("answered", text + _cite(idx, cells), cells)


def _of_own_year(book: Book, columns: list[str]) -> list[str]:
    """Items said with no year, each printed under several years ("会议费和培训费加起来" of 会议费 › 2025年预算数 /
    2026年预算数 …): their columns of the table's own year; the columns as said otherwise."""
    own = [c for c in columns if book.year and _column_year(book, c) == book.year]
    return own if len(own) >= 2 and len({_column_year(book, c) for c in columns}) > 1 else columns


def _within_column(book: Book, part: str, whole: str) -> bool:
    """Whether a column is printed under another (基本支出 › 人员经费 under 基本支出 › 小计, or a line's 合计): added
    to it, it would be counted twice."""
    leaf = book.leaves.get(whole, "")
    group = whole[:-len(leaf)] if leaf and whole.endswith(leaf) else ""
    if whole == book.main and part != whole and _WHOLE_HEADER.search(leaf or whole):
        return True  # (the table's 合计 column; a first column of no whole, 会议费 › 2025年预算数, is one said)
    return bool(group) and part.startswith(group) and part != whole \
        and bool(_SUBTOTAL.match(leaf))


def _says_subject(a: Asked) -> bool:
    return any(s in a.text for s in a.book.subjects) or bool(_title_run(a))


def _title_run(a: Asked) -> str:
    """The longest run the question says of its table's title, of four characters or more or a word of what only
    such a table holds (三公经费, 三公 of 县直部门三公经费财政拨款预算表): the table named by what it is of; "" when
    none. (The title's runs are read once with the table: Book.title_runs.)"""
    runs, rest = a.book.title_runs, a.rest
    for n in range(min(len(a.book.title), len(rest)), 1, -1):
        for i in range(len(rest) - n + 1):
            # (a title's words read as a rate column, 执行进度 of 部门预算执行进度表, ask that rate: no table named)
            if rest[i:i + n] in runs and not any(rest[i:i + n] in w or w in rest[i:i + n] for w in a.rates_said):
                return rest[i:i + n]
    return ""


def _subject_run(a: Asked) -> str:
    """The run of its title the question names the table by, when it says what only such a table holds (三公 of
    "县委办三公经费"); "" when none."""
    run = _title_run(a)
    return run if any(w in run for w in a.book.subjects_said) else ""


def _prints_subject_too(book: Book, group: str) -> bool:
    """Whether a department's own tables print what this table is of too (a 部门决算 listing its 三公经费): the
    question may be of those."""
    return any(w in book.own_labels.get(group, "") for w in book.subjects_said)


def _over_lines(a: Asked) -> bool:
    """A ranking, a list or a count of the departments or units (哪个部门收入最多, 收入最少的单位)."""
    return bool((_RANK.search(a.rest) or _LIST.search(a.rest) or _COUNT.search(a.rest) or _EACH.search(a.rest)
                 or "哪个" in a.rest)
                and (_GROUP_WORD.search(a.rest) or _UNIT_WORD.search(a.rest)))


def _followup(idx, a: Asked, follow: dict) -> FactAnswer | None:
    """A question naming no line, right after this table answered: the lines just answered in the column said
    (其中政府性基金多少, 它的上年结转呢), the units of the department in focus ranked, listed or counted (下面哪个
    单位最多, 哪些有事业收入), the ranking just shown read on (倒数第一是谁), the two lines just answered set
    against each other (两个差多少, 哪个多)."""
    keyed = _lines_by_key(a.book)
    last = [keyed[k] for k in follow.get("lines") or () if k in keyed]
    group = follow.get("group") or ""
    if _COUNT.search(a.rest) and (group or _GROUP_WORD.search(a.rest) and not _UNIT_WORD.search(a.rest)):
        return counted(idx, a, group)  # ("全市合计多少" → "有几个部门": the departments, never their units' lines)
    if _COUNT.search(a.rest) and last and last[0] is a.book.total and _UNIT_WORD.search(a.rest) \
            and not any(k in a.rest for k in _UNIT_KINDS) and not a.book.owner:
        return _units_of_the_table_counted(idx, a)  # ("会议费全市合计" → "有几个单位": this table's units)
    if (pointed := _pointed_lines(idx, a, follow)) is not None:
        return pointed
    listed = [keyed[k] for k in follow.get("listed") or () if k in keyed]
    at = _PLACE_IN_LIST.search(a.rest) if listed else None
    if at is not None and 1 <= (n := small_number(at.group("n")) or 0) <= len(listed):
        # "文旅局有哪些单位" → "第三个合计多少": the third line listed, in print order — no ranking by amount (a place
        # beyond the list is the ranking's to refuse: "只有 3 个单位")
        return values(idx, a, [listed[n - 1]], a.column or a.book.main)
    if _RANK.search(a.rest):
        order = [keyed[k] for k in follow.get("ranked") or () if k in keyed]
        if order and not _UNIT_WORD.search(a.rest) and not _GROUP_WORD.search(a.rest):
            a.column = a.column or follow.get("column") or ""
            return ranked(idx, a, group, order)
        return ranked(idx, a, group)
    if (_LIST.search(a.rest) or "哪个" in a.rest) and a.column:
        return having(idx, a, group)
    if _EACH.search(a.rest) and group in a.book.units and a.book.units[group] and not _GROUP_WORD.search(a.rest):
        # "下面各单位分别多少" after the department: each of its units, in the column just answered (its year's)
        return values(idx, a, a.book.units[group], a.column or str(follow.get("column") or ""))
    against = str(follow.get("against") or "")
    if last and against in a.book.columns and _DIFF.search(a.rest) and re.search(r"各|分别|每个", a.rest):
        return _each_against(idx, a, last, str(follow.get("column") or ""), against)  # "各少了多少"
    recent = [keyed[k] for k in follow.get("recent") or () if k in keyed]
    if len(recent) == 2 and recent[0] is recent[1]:
        # (one line answered in two columns: "两个加起来" is its two figures; no two lines to set against each other)
        cols = list(follow.get("recent_columns") or ())
        if _ADDED.search(a.rest):
            return _columns_added(idx, a, recent[0], cols)
        if (_DIFF.search(a.rest) or _CHANGE.search(a.rest)) and not a.column and len(cols) == 2 and cols[0] != cols[1] \
                and all(c in a.book.columns for c in cols):
            return _two_columns(idx, a, recent[0], cols[1], cols[0])  # "培训费2025" → "2026呢" → "增加了多少": later − earlier
        return None
    if len(recent) == 2 and (_DIFF.search(a.rest) or _WHICH_MORE.search(a.rest)):
        a.column = a.column or follow.get("column") or ""
        return differed(idx, a, recent[0], recent[1], not _DIFF.search(a.rest))
    if len(recent) == 2 and _ADDED.search(a.rest):
        a.column = a.column or follow.get("column") or ""
        return added(idx, a, recent)  # "两个加起来": the two lines just answered, in their column
    kept_col = str(follow.get("column") or "")
    if a.column and len(last) == 1 and "比" in a.rest and _DIFF.search(a.rest):
        if len(a.columns) >= 2:  # (the question before said again in front of this one: its two columns)
            return _two_columns(idx, a, last[0], a.columns[0], a.columns[1])
        if kept_col in a.book.columns and kept_col != a.column:
            return _two_columns(idx, a, last[0], kept_col, a.column)  # "全县合计决算数" → "比年初预算多多少"
    if a.column and len(last) == 1 and not _SHARE.search(a.rest):
        return values(idx, a, last, a.column)
    return None
