"""Tables whose rows are a group merged down several rows and a band within it, said in staff's words.

A 行政事业单位公用经费定额标准表 prints 单位类别 merged down its rows (行政单位, 参照公务员法管理事业单位, 乡镇（街道）机关 …)
and within each a band (10人及以下, 11—20人, 81人及以上; 一类（人口10万以上）; 初中（按教职工）; 离休人员), then figures
per head in columns (办公费 … 合计), and its rules under it (说明：1. … 5. …). Staff say a row by its group and band
in their own words ("行政单位十一到二十人", "参公单位41人以上", "一类乡镇", "离休人员"), ask one column of it, rank a
column over the rows (within a group or the serving groups), take two rows apart, multiply a row's per-head rate by a
count of people ("一个20人的行政单位一年总共多少"), count the rows, or ask a rule. Each is read here against the
printed labels: a band said that the group does not print is said so with the bands it has — never a neighbour's
figure; a column said that the table does not print, a share, another year, or a row two groups fit are left to the
general reading (never a guess). The words are the vocabulary's [banded_rows].
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.answer import compose
from bot.answer.facts.index import FactIndex
from bot.language.normalize import normalize
from bot.language.sections import section_words, vocabulary_section
from bot.store import queries

_MIN_GROUPS = 3  # groups a table of banded rows prints at least
_MIN_FIGURES = 3  # figures each of its rows prints at least
_TITLE_SAID = 4  # characters of the table's kind said as they stand: the table named
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")
_NUMERAL = "零〇一二两三四五六七八九十百千"


@dataclass(frozen=True)
class _Words:
    below: tuple[str, ...] = ()
    above: tuple[str, ...] = ()
    through: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    highest: tuple[str, ...] = ()
    lowest: tuple[str, ...] = ()
    differ: tuple[str, ...] = ()
    rows_counted: tuple[str, ...] = ()
    whole_of_people: tuple[str, ...] = ()
    rule_asked: tuple[str, ...] = ()
    rule_heads: tuple[str, ...] = ()
    serving: tuple[str, ...] = ()
    retired: tuple[str, ...] = ()
    share: tuple[str, ...] = ()
    leads: tuple[str, ...] = ()
    ends: tuple[str, ...] = ()
    class_word: tuple[str, ...] = ()
    totals: tuple[str, ...] = ()
    other_years: tuple[str, ...] = ()
    cost_ends: tuple[str, ...] = ()
    band_asked: tuple[str, ...] = ()
    apart: tuple[str, ...] = ()
    less: tuple[str, ...] = ()
    other_rows: tuple[str, ...] = ()


def _read(data: object) -> _Words:
    return section_words(_Words, data)


def _words(idx: FactIndex) -> _Words:
    return vocabulary_section(getattr(idx, "vocab_path", ""), "banded_rows", _read)


def _any(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, words)) or "\x00"


@dataclass(frozen=True)
class Row:
    group: str
    band: str
    line: int
    cells: dict = field(hash=False, compare=False)  # column -> its fact (a dict)


@dataclass(frozen=True)
class Table:
    doc: int
    form: str
    year: int | None
    rows: tuple[Row, ...]
    groups: tuple[str, ...]
    columns: tuple[str, ...]
    total: str  # the column of each row's total ("" when none)
    unit: str
    heads: str  # the row heads as printed (单位类别档次（人数区间）)
    notes: tuple[dict, ...] = ()  # the facts of the rules printed under the table


# --- the tables ---------------------------------------------------------------------------------------------

# an index -> (the words its tables were read with, the tables): dropped with the index, read again when the
# vocabulary's [banded_rows] is another (the file edited)
_TABLES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_TABLES_LOCK = threading.Lock()


def tables(idx: FactIndex) -> tuple[Table, ...]:
    """The tables of banded rows of the knowledge base, read once per index and version of the words."""
    w = _words(idx)
    kept = _TABLES.get(idx)
    if kept is not None and kept[0] is w:
        return kept[1]
    by_doc: dict[int, list[dict]] = {}
    for f in queries.grouped_row_facts(idx.conn):
        by_doc.setdefault(f["document_id"], []).append(f)
    found = tuple(t for doc, facts in by_doc.items() if (t := _table(idx, doc, facts, w)) is not None and _banded(t, w))
    with _TABLES_LOCK:
        _TABLES[idx] = (w, found)
    return found


def _banded(t: Table, w: _Words) -> bool:
    """Whether most rows are said by a band: a range of people (11—20人), a class (一类), or words printed in two
    groups or more (10人及以下 of 行政单位 and of 全额拨款事业单位) — not a department's units under it, each its own."""
    groups_of: dict[str, set[str]] = {}
    for r in t.rows:
        groups_of.setdefault(_core(r.band), set()).add(r.group)
    said = sum(_range_of(r.band, w) is not None or _class_said(_core(r.band), w) or len(groups_of[_core(r.band)]) > 1
               for r in t.rows)
    return 2 * said > len(t.rows) and not any(_core(r.band) in w.totals for r in t.rows)


def _table(idx: FactIndex, doc: int, facts: list[dict], w: _Words) -> Table | None:
    heads = w.rule_heads
    rows: dict[tuple[str, str, int], dict] = {}
    notes, unit, row_heads = [], "", ""
    for f in facts:
        parts = (f["row_labels"] or "").split(queries.FACT_SEP)
        if len(parts) == 1 and parts[0] in heads and f["value"]:
            notes.append(f)
            continue
        if len(parts) != 2 or not f["col_labels"]:
            continue
        cols = f["col_labels"].split(queries.FACT_SEP)
        rows.setdefault((parts[0], parts[1], f["line"]), {})[cols[-1]] = f
        row_heads = row_heads or (f["row_heads"] or "")
        unit = unit or next((m.group(1) for c in cols[:-1] if (m := re.search(r"[（(]([^）)]*元[^）)]*)[）)]", c))), "")
    made = tuple(Row(g, b, line, cells) for (g, b, line), cells in sorted(rows.items(), key=lambda kv: kv[0][2]))
    groups = tuple(dict.fromkeys(r.group for r in made))
    if len(groups) < _MIN_GROUPS or len(made) <= len(groups) \
            or any(sum(f["number"] is not None for f in r.cells.values()) < _MIN_FIGURES for r in made):
        return None
    columns = tuple(dict.fromkeys(c for r in made for c in r.cells))
    d = idx.docs.get(doc)
    total = next((c for c in columns if c in w.totals), "")
    return Table(doc, d.form if d else "", d.year if d else None, made, groups, columns, total,
                 unit or "元", row_heads, tuple(notes))


# --- what a question says ------------------------------------------------------------------------------------

def said(question: str) -> str:
    """The question as matched: normalised, without spaces, its counts of people in digits (十一到二十人 → 11到20人)."""
    text = normalize(question).replace(" ", "")
    return re.sub(rf"[{_NUMERAL}]+(?=人|到|至|—|-|~)|(?<=[到至—\-~])[{_NUMERAL}]+(?=人)", _digits, text)


def _digits(m: re.Match[str]) -> str:
    from bot.language.normalize import chinese_number

    n = chinese_number(m.group(0).replace("两", "二"))
    return str(int(n)) if n is not None else m.group(0)


@dataclass(frozen=True)
class Band:
    """A band said: a range of people (low, high; None open), a named band (its words), or a class (一类)."""

    start: int
    end: int
    low: int | None = None
    high: int | None = None
    name: str = ""
    count: int | None = None  # a count of people said alone (一个20人的单位): the band holding it


def _range_of(label: str, w: _Words) -> tuple[int | None, int | None] | None:
    text = normalize(label).replace(" ", "")
    people, through = _any(w.people), _any(w.through)
    if m := re.fullmatch(rf"(\d+)(?:{people})?(?:{through})(\d+)(?:{people})", text):
        return int(m.group(1)), int(m.group(2))
    if m := re.fullmatch(rf"(\d+)(?:{people})(?:{_any(w.below)})", text):
        return None, int(m.group(1))
    if m := re.fullmatch(rf"(\d+)(?:{people})(?:{_any(w.above)})", text):
        return int(m.group(1)), None
    return None


def bands_said(text: str, w: _Words) -> list[Band]:
    """The ranges of people and counts of people the text says, in its order."""
    people, through = _any(w.people), _any(w.through)
    out: list[Band] = []
    grammar = (rf"(?P<a>\d+)(?:{people})?(?:{through})(?P<b>\d+)(?:{people})"
               rf"|(?P<lo>\d+)(?:{people})(?:{_any(w.below)})|(?P<hi>\d+)(?:{people})(?:{_any(w.above)})"
               rf"|(?P<n>\d+)(?:个)?(?:{people})(?![\d])")
    for m in re.finditer(grammar, text):
        if m.group("a"):
            out.append(Band(m.start(), m.end(), int(m.group("a")), int(m.group("b"))))
        elif m.group("lo"):
            out.append(Band(m.start(), m.end(), None, int(m.group("lo"))))
        elif m.group("hi"):
            out.append(Band(m.start(), m.end(), int(m.group("hi")), None))
        else:
            out.append(Band(m.start(), m.end(), count=int(m.group("n"))))
    return out


def _core(label: str) -> str:
    return _BRACKETS.sub("", normalize(label)).replace(" ", "")


def _asides(label: str) -> list[str]:
    return [a.strip("（()）") for a in _BRACKETS.findall(normalize(label))]


def _group_forms(group: str) -> list[str]:
    """How a group is said: its words without the aside, and their head before an aside (乡镇 of 乡镇（街道）机关)."""
    core = _core(group)
    head = normalize(group).split("（")[0].split("(")[0]
    return [f for f in dict.fromkeys((core, head)) if len(f) >= 2]


def _abridged(run: str, core: str) -> bool:
    """"全额事业单位", "参公单位", "差额单位": the group's words in order, some left out, its first and its last two kept."""
    if len(run) < 4 or run[0] != core[0] or run[-2:] != core[-2:] or len(run) >= len(core):
        return False
    it = iter(core)
    return all(ch in it for ch in run)


def groups_said(text: str, t: Table) -> list[tuple[int, int, str]]:
    """(start, end, group) of each group the text says, longest first, never overlapping."""
    found: list[tuple[int, int, str]] = []
    for g in t.groups:
        core = _core(g)
        for form in _group_forms(g):
            found += [(m.start(), m.end(), g) for m in re.finditer(re.escape(form), text)]
        for n in range(min(len(core) - 1, 12), 3, -1):
            found += [(i, i + n, g) for i in range(len(text) - n + 1) if _abridged(text[i:i + n], core)]
            head = core[:n]  # ("全额拨款" of 全额拨款事业单位: its opening words, no other group's)
            if not any(_core(o).startswith(head) for o in t.groups if o != g):
                found += [(m.start(), m.end(), g) for m in re.finditer(re.escape(head), text)]
    found.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    kept: list[tuple[int, int, str]] = []
    for s in found:
        if all(s[1] <= k[0] or s[0] >= k[1] for k in kept):
            kept.append(s)
    return sorted(kept)


def named_bands_said(text: str, t: Table, w: _Words) -> list[tuple[int, int, str]]:
    """(start, end, band core) of each named band the text says (初中, 离休人员, 一类), longest first, never
    overlapping; a class said by its ordinal that no group prints (四类) is kept too, to be said not held."""
    cores = {_core(r.band) for r in t.rows if _range_of(r.band, w) is None}
    found = [(m.start(), m.end(), c) for c in cores if len(c) >= 2 for m in re.finditer(re.escape(c), text)]
    classes = _any(w.class_word)
    found += [(m.start(), m.end(), m.group(0)) for m in re.finditer(rf"[{_NUMERAL}\d]+(?:{classes})", text)]
    found.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    kept: list[tuple[int, int, str]] = []
    for s in found:
        if all(s[1] <= k[0] or s[0] >= k[1] for k in kept):
            kept.append(s)
    return sorted(kept)


def _masked(text: str, spans) -> str:
    for s, e, *_ in spans:
        text = text[:s] + "\x00" * (e - s) + text[e:]
    return text


@dataclass
class Reading:
    """What a question says of one table: its rows said (in order), the bands said that no row of their group
    prints, the groups said, the columns said, a count of people said alone."""

    table: Table
    rows: list[Row] = field(default_factory=list)
    missing: list[tuple[str, str]] = field(default_factory=list)  # (group or "", the band as said)
    groups: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    count: int | None = None
    unclear: bool = False  # a band said that rows of two groups print, no group said
    rest: str = ""  # the text with all of the above taken out


def read(text: str, t: Table, w: _Words, group_before: str = "") -> Reading:
    """The rows, groups and columns the text says of the table (group_before: the group of the row shown before,
    a band said alone is of it when it prints one so)."""
    out = Reading(t)
    named = named_bands_said(text, t, w)
    ranges = bands_said(_masked(text, named), w)
    rest = _masked(_masked(text, named), [(b.start, b.end) for b in ranges])
    said_groups = groups_said(rest, t)
    rest = _masked(rest, said_groups)
    out.groups = list(dict.fromkeys(g for _, _, g in said_groups))
    cols = sorted(t.columns, key=len, reverse=True)
    for c in cols:
        if c in rest:
            out.columns.append(c)
            rest = rest.replace(c, "\x00" * len(c))
    mentions = sorted([(s, e, ("name", core)) for s, e, core in named]
                      + [(b.start, b.end, ("band", b)) for b in ranges], key=lambda m: m[0])
    for s, e, (kind, what) in mentions:
        if kind == "band" and isinstance(what, Band) and what.count is not None:
            out.count = what.count
            continue
        group = next((g for gs, _, g in reversed(said_groups) if gs < s), "") or \
            (said_groups[0][2] if said_groups else "")
        _place(out, t, w, what, (group, group_before), text, text[s:e])
    out.rest = rest
    return out


def _fits(r: Row, what: object, w: _Words) -> bool:
    if isinstance(what, Band):
        return _range_of(r.band, w) == (what.low, what.high)
    return _core(r.band) == what


def _of_asides(rows: list[Row], text: str) -> list[Row]:
    """Rows printing one band by name told apart by the aside said (退休人员（行政） of "退休人员行政的")."""
    told = [r for r in rows if any(a and a in text for a in _asides(r.band))]
    return told if told and len(rows) > 1 else rows


def _place(out: Reading, t: Table, w: _Words, what: object, groups: tuple[str, str], text: str,
           as_said: str) -> None:
    """One band said: the row of its group that prints it, or said missing (of that group), or unclear."""
    group, group_before = groups
    if group:
        rows = _of_asides([r for r in t.rows if r.group == group and _fits(r, what, w)], text)
        if len(rows) == 1:
            out.rows.append(rows[0])
        elif not rows:
            out.missing.append((group, as_said))
        else:
            out.unclear = True
        return
    rows = _of_asides([r for r in t.rows if _fits(r, what, w)], text)
    before = [r for r in rows if r.group == group_before]
    if len(before) == 1:
        out.rows.append(before[0])
    elif len(rows) == 1:
        out.rows.append(rows[0])
    elif not rows and group_before and any(r.group == group_before for r in t.rows) \
            and (isinstance(what, Band) or _class_said(str(what), w)):
        out.missing.append((group_before, as_said))
    elif rows:
        out.unclear = True
    elif isinstance(what, Band) or _class_said(str(what), w):
        out.missing.append(("", as_said))


def _class_said(word: str, w: _Words) -> bool:
    """A class said by its ordinal (一类, 3类)."""
    return re.fullmatch(rf"[{_NUMERAL}\d]+(?:{_any(w.class_word)})", word) is not None


# --- the answers ---------------------------------------------------------------------------------------------

@dataclass
class Result:
    """An answer of a banded table: its status, text, the facts it cites and what a follow-up carries on from."""

    status: str
    text: str
    facts: list[dict]
    context: dict


_YEAR = re.compile(r"(?:19|20)\d\d(?=年)")


def _named(text: str, t: Table) -> int:
    """How long a run of the table's kind or its row heads the text says (公用经费定额 of 行政事业单位公用经费定额标准表,
    人数区间 of 档次（人数区间）)."""
    best = 0
    for i in range(len(text)):
        n = best + 1
        while i + n <= len(text) and (text[i:i + n] in t.form or text[i:i + n] in t.heads):
            best, n = n, n + 1
    return best


def _strange_cost(rest: str, t: Table, w: _Words) -> bool:
    """A word ending in 费 that is no column of the table nor words of its kind (培训费, 车辆运行费)."""
    for m in re.finditer(_any(w.cost_ends), rest):
        ends = [rest[s:m.end()] for s in range(max(0, m.end() - 8), m.end() - 2)]
        if not any("\x00" not in e and e in t.form for e in ends):
            return True
    return False


def _said_bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if "\x00" not in text[i:i + 2]}


def _value(f: dict, unit: str) -> str:
    if f["number"] is None:
        return str(f["value"])
    n = f["number"]
    return f"{int(n) if float(n).is_integer() else n}{unit}"


def _row_name(r: Row) -> str:
    return f"{r.group} {r.band}"


def _cite(idx: FactIndex, facts: list[dict]) -> str:
    from bot.answer.facts.values import _cite as cite

    return cite(idx, facts)


def _context(t: Table, row: Row | None, column: str) -> dict:
    return {"doc": t.doc, "group": row.group if row else "", "band": row.band if row else "", "column": column}


def _rule(idx: FactIndex, t: Table, text: str, w: _Words) -> Result | None:
    """A rule printed under the table, asked: the one whose words the question shares most, clearly."""
    if not t.notes or not any(x in text for x in w.rule_asked):
        return None
    said = _said_bigrams(text)  # (the words asking it too: 含不含 of a rule that 不含 …)
    scored = sorted(((len(said & _said_bigrams(normalize(f["value"]).replace(" ", ""))), i)
                     for i, f in enumerate(t.notes)), reverse=True)
    if not scored or scored[0][0] < 3 or len(scored) > 1 and scored[1][0] >= scored[0][0]:
        return None
    f = t.notes[scored[0][1]]
    text_of = compose.banded_rule(str(f["value"]).strip(), _cite(idx, [f]))
    return Result("answered", text_of, [f], _context(t, None, ""))


def _counted(idx: FactIndex, t: Table, text: str, w: _Words) -> Result | None:
    if not any(x in text for x in w.rows_counted) or _named(text, t) < _TITLE_SAID:
        return None
    facts = [next(iter(r.cells.values())) for r in t.rows]
    return Result("answered", compose.banded_rows_counted(len(t.rows), len(t.groups), _cite(idx, facts)), facts,
                  _context(t, None, ""))


def _ranked(idx: FactIndex, t: Table, reading: Reading, text: str, w: _Words) -> Result | None:
    high, low = any(x in text for x in w.highest), any(x in text for x in w.lowest)
    if high == low or reading.rows or reading.missing or len(reading.columns) > 1:
        return None
    column = reading.columns[0] if reading.columns else t.total
    if not column or not (reading.groups or _named(text, t) >= _TITLE_SAID or any(x in text for x in w.band_asked)):
        return None
    rows = [r for r in t.rows if not reading.groups or r.group in reading.groups]
    if any(x in text for x in w.serving):
        rows = [r for r in rows if not any(x in r.group for x in w.retired)]
    valued = [(r.cells[column]["number"], r) for r in rows if column in r.cells and r.cells[column]["number"] is not None]
    if not valued:
        return None
    best = max(v for v, _ in valued) if high else min(v for v, _ in valued)
    top = [r for v, r in valued if v == best]
    facts = [r.cells[column] for r in top]
    shown = "、".join(_row_name(r) for r in top)
    return Result("answered", compose.banded_ranked(column, "最高" if high else "最低", shown,
                                                    _value(facts[0], t.unit), _cite(idx, facts)), facts,
                  _context(t, top[0] if len(top) == 1 else None, column))


def _missing(idx: FactIndex, t: Table, reading: Reading) -> Result | None:
    """A band said that its group does not print: said so, with the bands the group has."""
    if not reading.missing or reading.rows:
        return None
    group, as_said = reading.missing[0]
    rows = [r for r in t.rows if r.group == group] if group else list(t.rows)
    facts = [next(iter(r.cells.values())) for r in rows]
    return Result("unknown", compose.banded_band_not_held(group, as_said, [r.band for r in rows], _cite(idx, facts)),
                  facts, {})


def _times_people(idx: FactIndex, t: Table, reading: Reading, text: str, w: _Words, group: str) -> Result | None:
    """"一个20人的行政单位一年总共多少": the band of the group holding that count, its rate × the count."""
    if reading.count is None or reading.rows or not group or len(reading.columns) > 1 \
            or not any(x in text for x in w.whole_of_people):
        return None
    column = reading.columns[0] if reading.columns else t.total
    rows = [r for r in t.rows if r.group == group and _holds(r.band, reading.count, w)]
    if len(rows) != 1 or column not in rows[0].cells or rows[0].cells[column]["number"] is None:
        return None
    f = rows[0].cells[column]
    whole = f["number"] * reading.count
    figure = int(whole) if float(whole).is_integer() else round(whole, 2)
    unit = t.unit.split("/")[0]
    text_of = compose.banded_times_people(_row_name(rows[0]), column, _value(f, t.unit), reading.count, f"{figure}{unit}",
                                          _cite(idx, [f]))
    return Result("answered", text_of, [f], _context(t, rows[0], column))


def _holds(band: str, count: int, w: _Words) -> bool:
    span = _range_of(band, w)
    return span is not None and (span[0] is None or span[0] <= count) and (span[1] is None or count <= span[1])


def _apart(idx: FactIndex, t: Table, rows: list[Row], column: str, differ: str, w: _Words) -> Result | None:
    """Two rows taken apart in one column: the first less the second, worked out (the larger less the smaller
    when only how far apart they are is asked: 相差); the first asked the smaller (比…少多少) when it is the larger,
    or the larger (多多少) when it is the smaller: the premise said turned, never a gap below zero."""
    less = differ in w.less
    if less:
        rows = rows[::-1]
    a, b = (r.cells.get(column) for r in rows[:2])
    if a is None or b is None or a["number"] is None or b["number"] is None:
        return None
    turned = ""
    if a["number"] < b["number"]:
        rows, a, b = rows[::-1], b, a
        turned = "" if any(x in differ for x in w.apart) else "less" if less else "more"
    diff = a["number"] - b["number"]
    figure = int(diff) if float(diff).is_integer() else round(diff, 2)
    text_of = compose.banded_apart(column, (_row_name(rows[0]), _value(a, t.unit)), (_row_name(rows[1]),
                                   _value(b, t.unit)), f"{figure}{t.unit}", _cite(idx, [a, b]), turned)
    return Result("answered", text_of, [a, b], _context(t, rows[1], column))


def _looked_up(idx: FactIndex, t: Table, row: Row, column: str) -> Result | None:
    f = row.cells.get(column)
    if f is None:
        return None
    if f["number"] is None and not re.search(r"[\u4e00-\u9fff\d]", str(f["value"] or "")):
        # (a dash printed: the row has no such figure, never answered as if it were one)
        return Result("unknown", compose.banded_cell_blank(_row_name(row), column, str(f["value"] or ""),
                                                            _cite(idx, [f])), [f], _context(t, row, column))
    return Result("answered", compose.banded_cell(_row_name(row), column, _value(f, t.unit), _cite(idx, [f])), [f],
                  _context(t, row, column))


def _followup(text: str, w: _Words) -> str:
    """The words of a follow-up without its opening and closing (那21到40人呢 → 21到40人), "" when it is none."""
    m = re.fullmatch(rf"(?:{_any(w.leads)})?(?P<said>.+?)(?:{_any(w.ends)})*[?？]?", text)
    opened = any(text.startswith(x) for x in w.leads) or text.rstrip("?？").endswith("呢")
    return m.group("said") if m and opened else ""


def answer(idx: FactIndex, question: str, context: dict | None = None,
           known: Callable[[str], list[str]] | None = None) -> Result | None:
    """The answer of a table of banded rows the question (or the follow-up of one, context: what was shown)
    asks, or None when it asks none of them (or leaves something such a reading cannot settle). A table is asked
    when a group, a band or a run of its kind is said (or a column with a band asked: 哪一档); a follow-up is of the
    table shown when it reads something of it or names nothing else the knowledge base knows (known: the names of
    projects a text says; a department named alone is told the table is not its); never when it asks rows of
    another kind (哪个部门) or says a label, project the table does not print."""
    found = tables(idx)
    if not found:
        return None
    w, text, before = _words(idx), said(question), context or {}
    follow = (_followup(text, w) or (text if any(x in text for x in w.differ) else "")) if before.get("doc") else ""
    scored = []
    for t in found:
        own = before.get("doc") == t.doc and bool(follow)
        reading = read(text, t, w, before.get("group", "") if own else "")
        of_it = bool(reading.rows or reading.missing or reading.groups)
        own = own and (of_it or bool(reading.columns) or not _foreign(idx, reading, text, known, w))
        score = 10 * (len(reading.rows) + len(reading.missing)) + 5 * len(reading.groups) + _named(text, t)
        if of_it or own or _named(text, t) >= _TITLE_SAID or reading.columns and any(x in text for x in w.band_asked):
            scored.append((score + (100 if own else 0), own, reading))
    scored.sort(key=lambda s: -s[0])
    if not scored or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    _, own, reading = scored[0]
    if any(x in reading.rest for x in w.other_rows) or _foreign(idx, reading, text, known, w if own else None):
        return None
    if (elsewhere := _of_another_department(idx, question, reading.table)) is not None:
        return elsewhere if own else None
    return _answer_of(idx, reading, text, w, before if own else {})


def _foreign(idx: FactIndex, reading: Reading, text: str, known: Callable[[str], list[str]] | None,
             costs: _Words | None = None) -> bool:
    """Whether the text says a label of the knowledge base's tables (行政单位医疗, 行政运行) or a project's name
    (法律顾问) of three characters or more that this table does not print: a question of another table. In a
    follow-up of the table (costs: its words) a label ending as a cost does (培训费) is a column asked of the row
    shown, said not printed — not another table's."""
    t = reading.table
    printed = "\x1f".join((t.form, t.heads, *t.groups, *t.columns, *(r.band for r in t.rows),
                           *(str(f["value"] or "") for f in t.notes)))
    for n in range(min(len(text), 24), 2, -1):
        for i in range(len(text) - n + 1):
            said_here = text[i:i + n]
            if said_here in idx.label_facts and said_here not in printed \
                    and not (costs and said_here.endswith(costs.cost_ends)):
                return True
    said_of = [p for p in reading.rest.split("\x00") if len(p) >= 3]
    return known is not None and any(len(x) >= 3 and x not in printed for p in said_of for x in known(p))


def _answer_of(idx: FactIndex, reading: Reading, text: str, w: _Words, before: dict) -> Result | None:
    t = reading.table
    if any(str(t.year) != y for y in _YEAR.findall(text)) or any(x in text for x in w.share + w.other_years) \
            or reading.unclear or len(reading.columns) > 1:
        return None
    if not reading.rows and (found := _rule(idx, t, text, w) or _counted(idx, t, text, w)):
        return found
    if _strange_cost(reading.rest, t, w):  # (培训费: a column the table does not print)
        if not (reading.rows or before):
            return None
        cited = reading.rows[0] if reading.rows else next(iter(t.rows))
        return Result("unknown", compose.banded_column_not_held(t.columns, _cite(idx, list(cited.cells.values())[:1])),
                      [], {})
    group = reading.groups[0] if len(reading.groups) == 1 else before.get("group", "") if not reading.groups else ""
    found = _missing(idx, t, reading) or _ranked(idx, t, reading, text, w) \
        or _times_people(idx, t, reading, text, w, group)
    if found is not None:
        return found
    rows = list(reading.rows)
    shown = next((r for r in t.rows if r.group == before.get("group") and r.band == before.get("band")), None)
    if before and not rows and not reading.groups and reading.columns and shown:
        rows = [shown]
    column = reading.columns[0] if reading.columns else before.get("column") or t.total
    differ = next((x for x in w.differ if x in text), "")
    if differ and len(rows) == 1 and shown and before:
        rows = [shown, rows[0]]
    if len(rows) == 2 and differ:
        return _apart(idx, t, rows, column, differ, w)
    if len(rows) == 1 and column and not differ and reading.count is None:
        return _looked_up(idx, t, rows[0], column)
    return None


def _of_another_department(idx: FactIndex, question: str, t: Table) -> Result | None:
    """A department named whose tables this one is not: not answered of this table (a follow-up is told so)."""
    from bot.answer.facts.question import _departments_in
    from bot.language.normalize import compact

    d = idx.docs.get(t.doc)
    named = _departments_in(compact(normalize(question)), idx)
    if not named or d is None or d.department in named:
        return None
    return Result("unknown", compose.banded_not_of(named, f"{d.department}{compose.year_text(t.year)}{t.form}"), [], {})
