"""A 基本支出经济分类表: one department's basic spending by economic classification, a column per unit.

The table prints the classes (类: 301 工资福利支出, 302 商品和服务支出, 303 对个人和家庭的补助 …) each over its
subjects (款: 30101 基本工资 … 30211 差旅费), a 合计 line of the whole (the department's 基本支出), a 合计 column
and a column per budget unit (the department's own 本级, its 馆, 中心 …). Staff ask a subject or a class by its name
or its code, of the department (the 合计 column), of a unit or of 本级 ("文化馆绩效工资", "局本级差旅费"), the
basic spending of a unit ("博物馆基本支出": its 合计 line), the unit or the subject with the most ("下面哪个单位基本支出
最多", "商品和服务支出里哪项最多"), shares, sums and differences, the 三公 subjects together, a unit's basic
spending beside its project spending of the department's project table ("文化馆项目支出和基本支出合计"), and
follow-ups to another unit or subject ("本级多少", "培训费呢"). Answered only when the question is of this
table (its department or one of its units said, or the conversation on it) and every word of it is read;
otherwise None, and the rest of the engine answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.answer import compose
from bot.answer.facts.dept_units import _ORGANISATION, _OWN, _SCHOOL, _col, _leaf, general_tables
from bot.answer.facts.question import FactAnswer
from bot.answer.facts.values import _cite, _shown
from bot.answer.facts.words import fmt_number, fmt_percent
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.lexicon import department_forms, unit_short_forms
from bot.language.normalize import compact
from bot.store import queries as query

_MONEY = ("元", "万元", "亿元")
# An economic classification code before its subject's name: 301 (类), 30101 (款)
_CODE = re.compile(r"^(3\d{2}(?:\d{2})?)(?=\D)")
_TOTAL = re.compile(r"^(?:合计|总计|基本支出合计)$")
_PLACE = re.compile(r"^.{1,6}?[省市县区旗州]")
# The department's own unit said: 本级, 局本级, 机关
_OWN_WORDS = ("机关本级", "局机关", "局本级", "本级", "机关")
# The three public expenses (三公) by their subjects, each with the words staff say for it
SANGONG = (("30212", "因公出国（境）费用", ("因公出国", "出国", "出境")),
           ("30217", "公务接待费", ("公务接待", "接待")),
           ("30231", "公务用车运行维护费", ("公车运维", "用车运维", "运行维护", "运维", "公务用车", "公车", "车")),
           ("31013", "公务用车购置费", ("公车购置", "车辆购置", "购车")))
_SANGONG_SAID = re.compile(r"三公经费|三公")
_BASIC = re.compile(r"基本支出(?:合计|总额|总计|总数)?")
_PROJECT = re.compile(r"项目支出|项目经费|项目资金|项目预算")
# The words of asking are the vocabulary's ([asking_words.economic]); the grammar around them is here.
_WHOLE = Words("economic", "{whole}")
_UNITS_SAID = Words("economic", r"{units_said}(?:的)?(?:预算)?单位|单位(?:里|中|之中|当中)?{units_which}")
_MOST = Words("economic", r"最(?P<dir>{most_ends})|哪(?:个|一个|项|一项|些)?{rank_things}?(?:更)?(?P<more>多|少)")
_ITEM_RANK = Words("economic", "{item_rank}")
_SHARE = Words("economic", r"{share}|占.{0,10}(?:多少|几|%|比)")
_DIFF = Words("economic", "{diff}")
_WHICH = Words("economic", "{which_more}")
_ADDED = Words("economic", "{added}")
_UNITS_ASKED = Words("economic", r"{units_counted}(?:预算)?单位|单位{units_listed}")
_EACH = Words("economic", "{each}")
_LIST = Words("economic", "{list}")
_FOLLOW = Words("economic", r"{follow_ends}$|^{follow_starts}|{follow_asks}")
# What a question of this table may say besides its department, units, subjects and ops: the words of asking
_ASKING = Words("economic", r"(?:{asking}|[\s,，。.?？!！、：:（）()])")


@dataclass(eq=False)
class Item:
    code: str  # "" for the 合计 line
    name: str  # as printed, its code left off
    line: int
    cells: dict[str, dict] = field(default_factory=dict)  # column -> fact
    parent: str = ""  # a 款's class code

    @property
    def label(self) -> str:
        if not self.code:
            return "基本支出合计"
        return f"{self.code}{self.name}" if self.code.isdigit() else self.name  # (a group: 人员经费, 公用经费)


@dataclass(eq=False)
class Column:
    key: str  # how the facts name it (all its headers joined)
    name: str  # its own header (the unit's name)
    own: bool = False  # the department's own unit (本级)
    forms: tuple[str, ...] = ()


@dataclass
class Table:
    doc: int
    sheet: str
    owner: str  # the department whose table it is
    year: int | None
    main: str  # the 合计 column
    total: Item
    items: list[Item] = field(default_factory=list)
    units: list[Column] = field(default_factory=list)
    scope: tuple[str, ...] = ()  # the department's names as said, longest first
    places: tuple[str, ...] = ()  # its place as said (婺源县, 婺源), longest first
    forms: list[tuple[str, Item]] = field(default_factory=list)  # each subject as said (_item_forms)
    by_class: bool = False  # its units printed by class alone (a sheet of units: _with_unit_sheet)

    @property
    def unit(self) -> str:
        return next(iter(self.total.cells.values()))["unit"] or ""

    def column(self, key: str) -> Column | None:
        return next((c for c in self.units if c.key == key), None)

    def item(self, code: str) -> Item | None:
        return self.total if code == "" else next((x for x in self.items if x.code == code), None)


def _read(idx, doc: int) -> list[Table]:
    ids = list(idx.docs[doc].facts)
    if len(ids) > 3000:
        return []
    by_sheet: dict[str, dict[int, list[dict]]] = {}
    for f in idx.facts(ids, copied=False):
        if f["row_labels"] and f["col_labels"] and f["number"] is not None and (f["unit"] or "") in _MONEY:
            by_sheet.setdefault(f["sheet"] or "", {}).setdefault(f["line"] or 0, []).append(f)
    out = []
    for sheet, lines in by_sheet.items():
        table = _table_of(idx, doc, sheet, lines) or _with_unit_sheet(idx, doc, sheet, by_sheet)
        if table is not None:
            out.append(table)
    return out


def _items_of(lines: dict[int, list[dict]]) -> tuple[list[Item], Item | None]:
    """The lines as classes and subjects (by their codes), and the 合计 line over them."""
    items: list[Item] = []
    total = None
    for n in sorted(lines):
        label = compact([x for x in lines[n][0]["row_labels"].split(query.FACT_SEP) if x.strip()][-1])
        cells = {_col(f): f for f in lines[n]}
        if m := _CODE.match(label):
            code = m.group(1)
            parent = code[:3] if len(code) == 5 else ""
            items.append(Item(code, label[m.end():].strip(), n, cells, parent))
        elif _TOTAL.match(label) and total is None:
            total = Item("", label, n, cells)
    return items, total


# A unit's code before its name on a sheet of units (127003建德市港航管理站); a column of a change, not a year's figure
_UNIT_CODE = re.compile(r"^\d{3,}")
_CHANGE = re.compile(r"增减|增长|变动|差额|比上年")
_GROUP_WHOLE = re.compile(r"(?:小计|合计)$")


def _with_unit_sheet(idx, doc: int, sheet: str, by_sheet: dict[str, dict[int, list[dict]]]) -> Table | None:
    """The classes and subjects of the department alone (its 合计 line, a column of this year's 预算数), with another
    sheet of the document printing its units a line each by class (人员经费 › 工资福利支出 …, 公用经费 › 商品和服务支出,
    基本支出合计): one table whose unit columns hold what that sheet prints — the classes and the groups over them
    (人员经费, 公用经费), never a subject (a unit's 差旅费 is not printed). None when the sheets are not so."""
    items, total = _items_of(by_sheet[sheet])
    classes = [x for x in items if len(x.code) == 3]
    if total is None or len(classes) < 2 or len(items) - len(classes) < 4:
        return None
    year = idx.docs[doc].year
    money = [c for c in total.cells if not _CHANGE.search(c)]
    this = [c for c in money if year and str(year) in c]
    main = this[0] if len(this) == 1 else money[0] if len(money) == 1 else ""
    if not main:
        return None
    table = Table(doc, sheet, idx.docs[doc].department, year, main, total, items, by_class=True)
    for other, lines in by_sheet.items():
        if other != sheet and _units_joined(table, lines):
            return _scoped(idx, table)
    return None


def _units_joined(table: Table, lines: dict[int, list[dict]]) -> bool:
    """A sheet of units by class joined to the table: its 合计 line and each unit's line put in as unit columns of
    the classes, the 基本支出合计 and the groups; False (the table unchanged) when the sheet is not one."""
    rows: dict[str, list[dict]] = {}
    for n in sorted(lines):
        label = _UNIT_CODE.sub("", compact([x for x in lines[n][0]["row_labels"].split(query.FACT_SEP) if x.strip()][-1]))
        if not (_TOTAL.match(label) or _OWN.search(label) or _ORGANISATION.search(label) or _SCHOOL.search(label)):
            return False
        rows.setdefault("" if _TOTAL.match(label) else label, lines[n])
    sums = rows.pop("", None)
    if sums is None or len(rows) < 2:
        return False
    heads = {_col(f): [compact(x) for x in (f["col_labels"] or "").split(query.FACT_SEP) if x.strip()] for f in sums}
    of = _columns_as_items(table, heads)
    said = list(dict.fromkeys(x for xs in of.values() for x in xs))
    if sum(1 for x in said if len(x.code) == 3) < 2 or table.total not in said:
        return False
    for f in sums:
        for x in of.get(_col(f), ()):
            x.cells.setdefault(table.main, f)
    for name, facts in rows.items():
        table.units.append(Column(name, name, bool(_OWN.search(name))))
        for f in facts:
            for x in of.get(_col(f), ()):
                x.cells[name] = f
    table.items += [x for x in said if x.code and not x.code.isdigit()]
    return True


def _columns_as_items(table: Table, heads: dict[str, list[str]]) -> dict[str, list[Item]]:
    """Each column of a sheet of units as the lines of the table it is: the 基本支出合计, a class by its name (人员经费 ›
    工资福利支出), a group's 小计 (人员经费 › 小计) or its one column (公用经费 › 商品和服务支出) as the group too."""
    of: dict[str, list[Item]] = {}
    groups: dict[str, list[str]] = {}
    for key, parts in heads.items():
        if len(parts) >= 2:
            groups.setdefault(parts[0], []).append(key)
        if _TOTAL.match(parts[-1]) or _BASIC.fullmatch(key):
            of.setdefault(key, []).append(table.total)
        elif x := next((x for x in table.items if len(x.code) == 3 and compact(x.name) == parts[-1]), None):
            of.setdefault(key, []).append(x)
    named = {compact(x.name) for x in table.items}
    for group, keys in groups.items():
        whole = [k for k in keys if _GROUP_WHOLE.search(heads[k][-1])] or (keys if len(keys) == 1 else [])
        if len(whole) == 1 and group not in named and not _TOTAL.match(group):
            of.setdefault(whole[0], []).append(Item(group, group, 0))
    return of


def _scoped(idx, table: Table) -> Table:
    """The table's department said (its names, its place) and how each unit and subject is said."""
    owner = table.owner
    # (the place alone, 婺源县, names every department of it: no scope of this one)
    table.scope = tuple(sorted({f for f in department_forms(owner, idx.abbrev) if len(f) >= 3
                                and not (compact(owner).startswith(f) and f != compact(owner))}, key=len, reverse=True))
    for c in table.units:
        c.forms = _unit_forms(c, table.scope)
    table.forms = _item_forms(table)
    table.places = tuple(sorted((f for f in department_forms(compact(owner)) if compact(owner).startswith(f)
                                 and f != compact(owner)), key=len, reverse=True))
    return table


def _table_of(idx, doc: int, sheet: str, lines: dict[int, list[dict]]) -> Table | None:
    """The lines as classes and subjects under one 合计, the columns as a 合计 and units; None otherwise."""
    items, total = _items_of(lines)
    classes = [x for x in items if len(x.code) == 3]
    if total is None or len(classes) < 2 or len(items) - len(classes) < 4:
        return None
    leaves = {_col(f): _leaf(f) for f in total.cells.values()}
    main = next((c for c, leaf in leaves.items() if leaf in ("合计", "总计")), "")
    units = [Column(c, leaf, bool(_OWN.search(leaf))) for c, leaf in leaves.items()
             if c != main and (_OWN.search(leaf) or _ORGANISATION.search(leaf) or _SCHOOL.search(leaf))]
    if not main or len(units) < 2 or len(units) != len(leaves) - 1:
        return None
    return _scoped(idx, Table(doc, sheet, idx.docs[doc].department, idx.docs[doc].year, main, total, items, units))


def _unit_forms(c: Column, scope: tuple[str, ...]) -> tuple[str, ...]:
    """How a unit column is said: the department's own by 本级 (with the department's names before it), another
    by its name with or without its place, or by its name's short forms."""
    if c.own:
        return tuple(sorted({s + w for s in ("", *scope) for w in _OWN_WORDS}, key=len, reverse=True))
    name = compact(c.name)
    bare = name
    while (m := _PLACE.match(bare)) and len(bare) - m.end() >= 3:
        bare = bare[m.end():]
    place = name[:len(name) - len(bare)]
    forms = {name, bare, re.sub(r"[省市县区旗州]$", "", place) + bare} | unit_short_forms(name)
    return tuple(sorted((f for f in forms if len(f) >= 3), key=len, reverse=True))


def tables(idx) -> list[Table]:
    found = idx.__dict__.get("_econ_tables")
    if found is None:
        found = idx.__dict__["_econ_tables"] = [t for d in general_tables(idx) for t in _read(idx, d)]
    return found


@dataclass
class Asked:
    table: Table
    text: str
    items: list[Item] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    sangong: bool = False
    basic: bool = False  # 基本支出 said
    project: bool = False  # 项目支出 said
    owner: bool = False  # the department said
    rest: str = ""
    units_asked: bool = False  # its units counted or listed ("一共有几个预算单位")
    at: dict[int, int] = field(default_factory=dict)  # id of a subject said -> where it is said first


def _blank(text: str, at: int, size: int) -> str:
    return text[:at] + " " * size + text[at + size:]


def _take(rest: str, forms: tuple[str, ...]) -> tuple[list[int], str]:
    """Where the forms are said (longest first, never inside one taken), and the text with them blanked."""
    spots = []
    for form in forms:
        at = rest.find(form)
        while at >= 0:
            spots.append(at)
            rest = _blank(rest, at, len(form))
            at = rest.find(form)
    return spots, rest


def read(table: Table, text: str) -> Asked:
    a = Asked(table, text)
    rest, said, found = text, [], []
    for x in sorted(table.items, key=lambda x: -len(x.name)):  # (a subject's whole name first: 机关 of 机关事业单位…)
        at, rest = _take(rest, (compact(x.name),)) if len(compact(x.name)) >= 4 else ([], rest)
        found += [(k, x) for k in at]
    own = [c for c in table.units if c.own]
    for c in own:  # ("文广旅局机关差旅费": the department's own unit said with its name)
        at, rest = _take(rest, tuple(f for f in c.forms if f not in _OWN_WORDS))
        said += [(k, c) for k in at]
    spots, rest = _take(rest, table.scope)
    a.owner = bool(spots) or bool(said)
    for c in table.units:
        at, rest = _take(rest, tuple(f for f in c.forms if f != "机关") if c.own else c.forms)
        said += [(k, c) for k in at]
    a.columns = list(dict.fromkeys(c for _, c in sorted(said, key=lambda x: x[0])))  # type: ignore[misc]
    if _SANGONG_SAID.search(rest):
        a.sangong = True
        rest = _SANGONG_SAID.sub(lambda m: " " * len(m.group(0)), rest)
    a.project = bool(_PROJECT.search(rest))
    rest = _PROJECT.sub(lambda m: " " * len(m.group(0)), rest)
    for m in re.finditer(r"(?<!\d)(3\d{2}(?:\d{2})?)(?!\d)", rest):
        if (coded := table.item(m.group(1))) is not None:
            found.append((m.start(), coded))
            rest = _blank(rest, m.start(), len(m.group(1)))
    for form, x in table.forms:
        at, rest = _take(rest, (form,))
        found += [(k, x) for k in at]
    if m := _BASIC.search(rest):
        a.basic = True
        if not a.project:
            found.append((m.start(), table.total))
        rest = _blank(rest, m.start(), len(m.group(0)))
    a.items = list(dict.fromkeys(x for _, x in sorted(found, key=lambda x: x[0])))
    for k, x in sorted(found, key=lambda p: p[0], reverse=True):
        a.at[id(x)] = k
    if m := _UNITS_ASKED.search(rest):
        a.units_asked, rest = True, _blank(rest, m.start(), len(m.group(0)))
    if a.sangong:  # ("三公经费合计（接待加车）": its parts said short, after it)
        _, rest = _take(rest, tuple(sorted((w for _, _, words in SANGONG for w in words), key=len, reverse=True)))
    if table.year:
        rest = rest.replace(f"{table.year}年", " ")
    a.rest = rest
    return a


def _item_forms(table: Table) -> list[tuple[str, Item]]:
    """Each subject by its name, and without the 费 / 支出 / 缴费 its name ends in (差旅 of 差旅费), when no other
    subject is said so; longest first."""
    forms: dict[str, list[Item]] = {}
    for x in table.items:
        name = compact(x.name)
        for f in {name, re.sub(r"(?:缴费|费用|费|支出)$", "", name)}:
            if len(f) >= 2:
                forms.setdefault(f, []).append(x)
    return sorted(((f, xs[0]) for f, xs in forms.items() if len(xs) == 1), key=lambda p: -len(p[0]))


def left_over(a: Asked) -> str:
    """What the question says beyond what was read and the words of asking (the department's place is no more)."""
    rest = a.rest
    for place in a.table.places:
        rest = rest.replace(place, " ")
    return _ASKING.sub("", rest)


def _name(a: Asked, x: Item, col: str) -> str:
    """A figure's name: the subject (its code kept) and whose column it is (the department's for 合计)."""
    c = a.table.column(col)
    who = c.name if c is not None else compact(a.table.owner)
    return f"{who} {x.label}"


def _figure(x: Item, col: str) -> float:
    f = x.cells.get(col)
    return float(f["number"]) if f is not None else 0.0


def _shown_of(a: Asked, x: Item, col: str) -> str:
    f = x.cells.get(col)
    return _shown(f) if f is not None else compose.blank_money(a.table.unit)


def _answered(idx, text: str, facts: list[dict], items: list[Item], cols: list[str]) -> FactAnswer:
    fa = FactAnswer("answered", text + (_cite(idx, facts) if facts else ""), facts)
    fa.kept = {"items": [x.code for x in items], "columns": cols}
    return fa


def values(idx, a: Asked, items: list[Item], cols: list[str]) -> FactAnswer:
    """Each subject said in each column said (the 合计 column when none is)."""
    pairs = [(_name(a, x, c), _shown_of(a, x, c)) for x in items for c in cols]
    facts = [f for x in items for c in cols if (f := x.cells.get(c)) is not None]
    return _answered(idx, compose.fact_values(pairs), facts, items, cols)


def sangong(idx, a: Asked, cols: list[str]) -> FactAnswer:
    """The 三公 subjects the table prints added up in each column said; those it does not print named."""
    printed = [x for code, _, _ in SANGONG if (x := a.table.item(code)) is not None]
    absent = [name for code, name, _ in SANGONG if a.table.item(code) is None]
    lines = []
    for c in cols:
        parts = [(x.name, fmt_number(_figure(x, c))) for x in printed]
        total = fmt_number(sum(_figure(x, c) for x in printed))
        who = (a.table.column(c) or Column(c, compact(a.table.owner))).name
        lines.append(compose.sangong_sum(who, parts, total, a.table.unit, absent))
    facts = [f for x in printed for c in cols if (f := x.cells.get(c)) is not None]
    fa = _answered(idx, "\n".join(lines), facts, printed, cols)
    fa.kept = {**(fa.kept or {}), "sangong": True}
    if len(cols) == 1:
        fa.total = (sum(_figure(x, cols[0]) for x in printed), a.table.unit)
    return fa


def _unprinted(a: Asked, items: list[Item], cols: list[str]) -> FactAnswer | None:
    """A unit's subject asked of a table printing its units by class alone ("港航站差旅费", "港航站公用经费" →
    "其中差旅费多少"): unknown, what the table prints of the unit named — never the department's figure as the
    unit's; None when every figure asked is printed."""
    for c in cols:
        unit = a.table.column(c)
        gap = next((x for x in items if c not in x.cells), None) if unit is not None and a.table.by_class else None
        if unit is not None and gap is not None:
            printed = [y.label for y in [a.table.total, *a.table.items] if c in y.cells]
            said = compact(gap.name) if sum(c not in x.cells for x in items) == 1 else "各款科目"  # (a ranking of them)
            return FactAnswer("unknown", compose.unit_subject_not_printed(unit.name, said, printed), [], settled=True)
    return None


def units_ranked(idx, a: Asked, x: Item, low: bool) -> FactAnswer:
    """"下面三个单位哪个基本支出最多": the unit columns ranked by the subject (the 合计 line when none is said)."""
    order = sorted(a.table.units, key=lambda c: _figure(x, c.key), reverse=not low)
    top = order[0]
    rows = [(c.name, _shown_of(a, x, c.key)) for c in order]
    text = compose.unit_column_ranked(x.label, low, top.name, rows)
    facts = [f for c in order if (f := x.cells.get(c.key)) is not None]
    return _answered(idx, text, facts, [x], [top.key])


def subjects_ranked(idx, a: Asked, within: Item | None, col: str, low: bool) -> FactAnswer | None:
    """"商品和服务支出里哪项最多": the subjects of the class said (every subject when none is), in the column said."""
    pool = [x for x in a.table.items if len(x.code) == 5 and (within is None or x.parent == within.code)]
    if not pool:
        return None
    order = sorted(pool, key=lambda x: _figure(x, col), reverse=not low)
    top = order[0]
    c = a.table.column(col)
    text = compose.subject_ranked(c.name if c else "", within.label if within else "", low, top.label,
                                  _shown_of(a, top, col), len(pool))
    fa = _answered(idx, text, [f for f in [top.cells.get(col)] if f is not None], [top], [col])
    fa.ranked = [f["id"] for x in order if (f := x.cells.get(col)) is not None]
    return fa


def shared(idx, a: Asked, part: tuple[Item, str], whole: tuple[Item, str]) -> FactAnswer | None:
    p, w = part[0].cells.get(part[1]), whole[0].cells.get(whole[1])
    if p is None or w is None or not w["number"]:
        return None
    result = fmt_percent(float(p["number"]) / float(w["number"]) * 100)
    text = compose.fact_share(_name(a, *part), _name(a, *whole), _shown(p), _shown(w), result)
    return _answered(idx, text, [p, w], [part[0]], [part[1]])


def differed(idx, a: Asked, one: tuple[Item, str], other: tuple[Item, str], which: bool) -> FactAnswer:
    na, nb = _name(a, *one), _name(a, *other)
    x, y = _figure(*one), _figure(*other)
    facts = [f for f in (one[0].cells.get(one[1]), other[0].cells.get(other[1])) if f is not None]
    if which:
        text = compose.larger_of_two(na if x >= y else nb, [(na, _shown_of(a, *one)), (nb, _shown_of(a, *other))], x == y)
    else:
        d = x - y
        text = compose.fact_difference(na, None, nb, None, fmt_number(x), fmt_number(y), d, fmt_number(abs(d)),
                                       fmt_number(d), a.table.unit)
    fa = _answered(idx, text, facts, list(dict.fromkeys([one[0], other[0]])), list(dict.fromkeys([one[1], other[1]])))
    if not which:
        fa.total = (x - y, a.table.unit)
    return fa


def added(idx, a: Asked, pairs: list[tuple[Item, str]]) -> FactAnswer:
    """"基本工资和津贴补贴加起来", "文化馆和博物馆差旅费一共": the figures added, each shown."""
    total = sum(_figure(*p) for p in pairs)
    parts = [(_name(a, *p), fmt_number(_figure(*p))) for p in pairs]
    text = compose.entities_sum("", "", "", fmt_number(total), a.table.unit, parts)
    facts = [f for x, c in pairs if (f := x.cells.get(c)) is not None]
    fa = _answered(idx, text, facts, list(dict.fromkeys(x for x, _ in pairs)), list(dict.fromkeys(c for _, c in pairs)))
    fa.total = (total, a.table.unit)
    return fa


def _project_figure(idx, a: Asked, col: str) -> tuple[str, float, str] | None:
    """The project spending of the unit of a column (its 资金使用单位 line of the department's project table), or of
    the department (the table's total) for the 合计 column: (name, figure in the table's unit, source); None when
    the department has no project table or the unit no line in it."""
    owner = compact(a.table.owner)
    docs = [d for d in query.all_documents(idx.conn) if compact(d["department_name"]) == owner
            and "项目支出" in (d["form"] or "") and d["total"] is not None and d["layout"] != "general-table"]
    if len(docs) != 1:
        return None
    doc = docs[0]
    scale = {"元": 1.0, "万元": 1e4, "亿元": 1e8}
    rate = scale.get(doc["unit"] or "万元", 1e4) / scale.get(a.table.unit, 1e4)
    source = f"{doc['department_name']}{compose.year_text(doc['year'])}{doc['form']}"
    c = a.table.column(col)
    if c is None:
        return f"{doc['department_name']} 项目支出", float(doc["total"]) * rate, compose.table_source(doc["file_name"] or "", "", source)
    for u in query.funding_units(idx.conn, [doc["id"]]):
        name = compact(u["name"])
        if u["total"] is not None and (name == compact(c.name) or c.own and name == owner):
            where = compose.on_lines([("", str(u["line"]))]) if u["line"] else ""
            return f"{c.name} 项目支出", float(u["total"]) * rate, compose.table_source(doc["file_name"] or "", where, source)
    return None


def projects_alone(idx, a: Asked, col: str) -> FactAnswer | None:
    """"文化馆基本支出" → "项目经费呢": the unit's project spending, of the department's project table."""
    project = _project_figure(idx, a, col)
    if project is None:
        return None
    name, figure, source = project
    text = compose.fact_values([(name, fmt_number(figure) + a.table.unit)]) + compose.fact_sources([source], 1)
    fa = FactAnswer("answered", text, [])
    fa.kept = {"items": [""], "columns": [col], "project": "alone"}
    return fa


def with_projects(idx, a: Asked, col: str) -> FactAnswer | None:
    """"文化馆项目支出和基本支出合计", "博物馆项目经费和基本支出哪个多": the unit's (or the department's) project
    spending of its project table beside its basic spending of this table, added, compared or both shown."""
    project = _project_figure(idx, a, col)
    basic = a.table.total.cells.get(col)
    if project is None or basic is None:
        return None
    name, figure, source = project
    unit = a.table.unit
    pairs = [(name, fmt_number(figure) + unit), (_name(a, a.table.total, col).replace("基本支出合计", "基本支出"), _shown(basic))]
    b = float(basic["number"])
    if _DIFF.search(a.rest) or _WHICH.search(a.rest) or _MOST.search(a.rest):
        bigger = pairs[0][0] if figure >= b else pairs[1][0]
        text = compose.larger_of_two(bigger, pairs, abs(figure - b) < 0.005)
        if _DIFF.search(a.rest):
            text += compose.by_how_much(fmt_number(abs(figure - b)), unit)
    elif (_ADDED.search(a.rest) or _WHOLE.search(a.rest)) and not _EACH.search(a.rest):
        text = compose.entities_sum("", "", "", fmt_number(figure + b), unit, [(n, v.removesuffix(unit)) for n, v in pairs])
    else:
        text = compose.fact_values(pairs)
    cite = _cite(idx, [basic])
    fa = FactAnswer("answered", text + compose.source_first(cite, source), [basic])
    fa.kept = {"items": [""], "columns": [col], "project": "both"}
    if _ADDED.search(a.rest) and not _DIFF.search(a.rest):
        fa.total = (figure + b, unit)
    return fa


def _columns_of(a: Asked) -> list[str]:
    """The columns asked: the units said, every unit when the units are said together (三个单位, 各单位), else 合计."""
    if a.columns:
        return [c.key for c in a.columns]
    if _UNITS_SAID.search(a.rest):
        return [c.key for c in a.table.units]
    return [a.table.main]


def _on_what_was_answered(a: Asked, follow: dict) -> bool:
    """"本级多少", "文化馆的呢", "培训费呢": right after this table answered, what is not said is what it answered
    (its subjects, its columns); False when the question says neither a subject nor a unit."""
    if not (a.columns or a.items or a.sangong or a.project) or a.owner and not _FOLLOW.search(a.text):
        return False
    if follow.get("project") and not (a.items or a.basic or a.sangong):  # ("博物馆呢" after a unit's project spending)
        a.project, a.basic = True, follow["project"] == "both"
    if a.project and not a.items:  # ("项目经费呢": the project spending of the column answered)
        a.columns = a.columns or [c for k in follow.get("columns") or () if (c := a.table.column(k)) is not None]
        return True
    kept_items = [x for code in follow.get("items") or () if (x := a.table.item(code)) is not None]
    if not a.items and not a.sangong:
        a.items, a.sangong = kept_items, bool(follow.get("sangong"))
    if not a.columns:
        a.columns = [c for k in follow.get("columns") or () if (c := a.table.column(k)) is not None]
    return bool(a.items or a.sangong)


def _asked(idx, a: Asked, follow: dict | None) -> FactAnswer | None:
    if follow and not _on_what_was_answered(a, follow) and not (a.items or a.sangong or a.project):
        return None
    if a.project:
        cols = _columns_of(a)
        if len(cols) != 1:
            return None
        return with_projects(idx, a, cols[0]) if a.basic else projects_alone(idx, a, cols[0])
    cols = _columns_of(a)
    most = _MOST.search(a.rest)
    low = bool(most and (most.group("dir") in ("少", "小", "低") or most.group("more") == "少"))
    if a.units_asked and not a.items and not a.sangong and (a.owner or follow):
        return units_listed(idx, a)
    if a.sangong and len(a.items) == 1 and a.items[0].code in {code for code, _, _ in SANGONG}:
        a.sangong = False  # ("三公经费里公务接待费多少": that one of them)
    if (gap := _unprinted(a, *_figures_asked(a, cols, bool(most)))) is not None:
        return gap
    if a.sangong:
        return sangong(idx, a, cols) if not most and not _SHARE.search(a.rest) and not a.items else None
    if most and len(cols) == 1 and len(a.items) <= 1 and (_ITEM_RANK.search(a.rest) or a.items and len(a.items[0].code) == 3):
        within = a.items[0] if a.items and len(a.items[0].code) == 3 else None
        return subjects_ranked(idx, a, within, cols[0], low) if a.items or a.owner or a.columns else None
    if not a.items:
        return None
    if most and (_UNITS_SAID.search(a.rest) or len(a.columns) >= 2) and len(a.items) == 1:
        return units_ranked(idx, a, a.items[0], low)
    if _LIST.search(a.rest) and len(a.items) == 1 and len(a.items[0].code) == 3 and len(cols) == 1:
        return subjects_listed(idx, a, a.items[0], cols[0])
    return _two_or_more(idx, a, cols)


def _figures_asked(a: Asked, cols: list[str], most: bool) -> tuple[list[Item], list[str]]:
    """The lines and columns whose figures the answer needs: every unit's when units are ranked, the subjects of
    the class (or all) when subjects are, the 三公 subjects, else the lines said."""
    if most and (_UNITS_SAID.search(a.rest) or len(a.columns) >= 2):
        return a.items, [c.key for c in a.table.units]
    if most and (_ITEM_RANK.search(a.rest) or a.items and len(a.items[0].code) == 3):
        return [y for y in a.table.items if len(y.code) == 5 and (not a.items or y.parent == a.items[0].code)], cols
    if a.sangong:
        return [x for code, _, _ in SANGONG if (x := a.table.item(code)) is not None], cols
    return a.items, cols


def units_listed(idx, a: Asked) -> FactAnswer:
    """"一共有几个预算单位": the unit columns the table prints, named (本级 the department's own)."""
    names = [c.name for c in a.table.units]
    facts = [f for c in a.table.units if (f := a.table.total.cells.get(c.key)) is not None]
    fa = FactAnswer("answered", compose.units_under(compact(a.table.owner), names) + _cite(idx, facts), facts)
    fa.kept = {"items": [""], "columns": [c.key for c in a.table.units]}
    return fa


def subjects_listed(idx, a: Asked, within: Item, col: str) -> FactAnswer:
    """"工资福利支出有哪些": the subjects of the class, each with its figure in the column said."""
    pool = [x for x in a.table.items if x.parent == within.code]
    return values(idx, a, pool, [col])


def _two_or_more(idx, a: Asked, cols: list[str]) -> FactAnswer | None:
    """Shares, differences, the larger, sums of two subjects or two units; else each figure asked."""
    pairs = [(x, c) for x in a.items for c in cols]
    if _SHARE.search(a.rest):
        if len(pairs) == 2 and len(a.items) == 2 and (k := a.text.find("占")) >= 0:
            # ("基本支出中工资福利支出占多少": the part is the one said last before 占)
            before = [x for x in a.items if a.at.get(id(x), k) < k]
            part = max(before, key=lambda x: a.at[id(x)]) if before else a.items[0]
            pairs = sorted(pairs, key=lambda p: p[0] is not part)
        if len(pairs) == 2:
            return shared(idx, a, pairs[0], pairs[1])
        if len(pairs) == 1:
            x, c = pairs[0]
            of_all = x is a.table.total or c != a.table.main and _WHOLE.search(a.rest)
            whole = (x, a.table.main) if of_all else (a.table.total, c)  # (文化馆差旅费占全局: of the 合计 column)
            return shared(idx, a, pairs[0], whole) if whole != pairs[0] else None
        return None
    if len(pairs) == 2 and (_DIFF.search(a.rest) or _WHICH.search(a.rest)):
        return differed(idx, a, pairs[0], pairs[1], not _DIFF.search(a.rest))
    if len(pairs) >= 2 and _ADDED.search(a.rest) and not _EACH.search(a.rest):
        return added(idx, a, pairs)
    return values(idx, a, a.items, cols)


def answer(idx, fq, kept: dict | None) -> FactAnswer | None:
    """The question read against each such table (the one the conversation is on first); its answer, or None."""
    found = tables(idx)
    if kept:
        found = sorted(found, key=lambda t: (t.doc, t.sheet) != (kept.get("doc"), kept.get("sheet")))
    read_as: list[tuple[Asked, dict | None]] = []
    for table in found:
        if fq.departments and table.owner not in fq.departments:
            continue  # (another department's question)
        a = read(table, fq.text)
        follow = kept if kept and (kept.get("doc"), kept.get("sheet")) == (table.doc, table.sheet) else None
        if (a.owner or a.columns or follow) and not left_over(a):
            read_as.append((a, follow))
    if len(read_as) > 1 and not read_as[0][0].owner and not read_as[0][1]:
        return None  # ("本级差旅费" of two departments' tables: which one is not said)
    for a, follow in read_as[:1]:
        fa = _asked(idx, a, follow)
        if fa is not None:
            fa.kept = {**(fa.kept or {}), "doc": a.table.doc, "sheet": a.table.sheet}
            return fa
    return None


_BASIC_ALONE = re.compile(r"^(?:那|那么)?(?:它的|它|其|这个单位的?)?基本支出(?:呢|是多少|多少|有多少)?$")


def basic_of_prior(idx, text: str, prior: dict) -> FactAnswer | None:
    """"博物馆项目经费" (its line of the project table) → "基本支出呢": that unit's column of this table, its 合计 line."""
    label = compact(str(prior.get("label") or ""))
    if not _BASIC_ALONE.match(text) or not label or "value" not in prior:
        return None
    for table in tables(idx):
        cols = [c for c in table.units if not c.own and compact(c.name) == label]
        if not cols and compact(str(prior.get("department") or "")) == compact(table.owner) and "项目支出" in label:
            cols = [Column(table.main, compact(table.owner))]  # ("文广旅局项目支出合计" → "基本支出呢": the 合计 column)
        if len(cols) == 1 and compact(str(prior.get("department") or "")) in ("", compact(table.owner)):
            a = Asked(table, text, [table.total], cols, basic=True)
            fa = values(idx, a, [table.total], [cols[0].key])
            fa.kept = {**(fa.kept or {}), "doc": table.doc, "sheet": table.sheet}
            return fa
    return None
