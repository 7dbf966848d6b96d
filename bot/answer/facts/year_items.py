"""Tables of items over year columns: a 一般公共预算收入预算表 and every table shaped like it — rows of items in a
hierarchy (税收收入 over 增值税, 企业所得税 …; 上级补助收入 over 返还性收入 …), columns of years and stages (2025年预算数,
2025年执行数, 2026年预算数) and of the change against one of them (比2025年执行数增减额, 增长%).

Read once per table (the hierarchy by its sums: a line whose figures, in every year column, are the sum of the
run of lines right after it heads them, a line heading lines of its own counted once; else by numbering), and
asked in staff's words:
- a year said relatively ("去年", "上年执行", "去年实际"), counted from the table's own year (its newest
  column): the 执行数 column of that year (预算数 when asked, or when only that is printed);
- a row's change against a year ("X比去年执行增加多少", "X比2025年执行数少了多少", "跟去年比有变化吗"): the
  printed 增减额 (and its rate) when the table prints the change against that column, else worked out and shown;
- rows of one level whose change went one way ("哪些税比去年减少了"), the level being the rows the noun names (税:
  the items whose names end so; a row named: its items);
- the largest, or the fastest growing, of one level ("第一大税种", "哪个税种增长最快");
- a row's items ("上级补助收入下面分哪几块", after a row: "它下面有哪些").
Anything else is left to the rest of the engine (None)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from bot.answer import REL_YEARS, compose
from bot.answer.facts.outline import numbered_level, own_label, strip_numbering
from bot.answer.facts.question import FactAnswer, FactQuestion
from bot.answer.facts.values import _cite, _shown
from bot.answer.facts.words import _is_total, fmt_number, fmt_percent, label_key, one_way_column
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.normalize import compact, normalize
from bot.store import queries as query

_YEAR = re.compile(r"((?:19|20)\d\d)年?度?")
_ACTUAL = re.compile(r"执行|完成|实际|决算|实绩|实现")
_BUDGET = re.compile(r"预算|计划|预计|安排")
_AGAINST_COL = re.compile(r"^(?:比|较|同比|与|对比)")
_RATE_COL = re.compile(r"%|％|率|增幅|增速|幅度")
_CHANGE_COL = re.compile(r"增减|增加|减少|变动|差额|增量|增长")
_NOTE_COL = re.compile(r"备注|说明|原因|依据")
_RELATIVE = dict(REL_YEARS)  # (a year said relatively: its offset from the table's own)
# (上上年 is no year REL_YEARS reads: never its 上年)
_REL_ALT = "|".join(sorted(_RELATIVE, key=len, reverse=True))
_RELATIVE_WORD = re.compile(rf"(?<!上)(?:{_REL_ALT})")


@dataclass
class Col:
    """A column: its label, the year and stage (budget / actual) of a figure column; a change or a rate column's
    base, the year and stage it is set against."""

    label: str
    kind: str  # "value" | "change" | "rate"
    year: int = 0
    stage: str = ""  # "budget" | "actual"
    base: tuple[int, str] = (0, "")


@dataclass
class Row:
    label: str
    key: str
    cells: dict[str, dict] = field(default_factory=dict)  # column label -> fact
    parent: int | None = None
    kids: list[int] = field(default_factory=list)
    total: bool = False

    def number(self, col: str) -> float | None:
        f = self.cells.get(col)
        return f["number"] if f is not None else None


@dataclass
class Table:
    doc: int
    sheet: str
    year: int
    cols: list[Col]
    rows: list[Row]
    by_key: dict[str, list[int]] = field(default_factory=dict)  # a row key -> its rows
    keys: list[str] = field(default_factory=list)  # the row keys of two characters or more, longest first
    endings: dict[str, list[int]] = field(default_factory=dict)  # a name ending of three rows or more -> those rows

    def value_col(self, year: int, stage: str = "") -> Col | None:
        """The column of a year's figures: of the stage said, else the 执行数 (what was done) when printed, else the
        预算数; None when the table prints no column of that year."""
        of_year = [c for c in self.cols if c.kind == "value" and c.year == year]
        for want in ([stage] if stage else ["actual", "budget"]):
            hit = next((c for c in of_year if c.stage == want), None)
            if hit is not None:
                return hit
        return of_year[0] if of_year and not stage else None

    def current(self) -> Col | None:
        """The table's own year's column (its 预算数 when several)."""
        return self.value_col(self.year, "budget") or self.value_col(self.year)

    def years(self) -> list[int]:
        return sorted({c.year for c in self.cols if c.kind == "value" and c.year})


def _column(label: str, unit: str, doc_year: int) -> Col | None:
    leaf = compact(label.replace(query.FACT_SEP, ""))
    if _NOTE_COL.search(leaf):
        return None
    years = [int(y) for y in _YEAR.findall(leaf)]
    rel = _RELATIVE_WORD.search(leaf)
    year = years[-1] if years else (doc_year + _RELATIVE[rel.group()] if rel and doc_year else 0)
    stage = "actual" if _ACTUAL.search(leaf) else "budget" if _BUDGET.search(leaf) else ""
    if one_way_column(leaf):
        # (减少金额, 压减金额: one way's change printed positive, 0 where a row rose — no signed change of the row;
        # its years' figures are set against each other instead)
        return None
    if _AGAINST_COL.match(leaf) or _CHANGE_COL.search(leaf) and not stage:
        kind = "rate" if unit == "%" or _RATE_COL.search(leaf) else "change"
        return Col(label, kind, base=(year, stage))
    if not year or unit == "%":
        return None
    if not _PURE_STAGE.fullmatch(_YEAR.sub("", _RELATIVE_WORD.sub("", leaf))):
        return Col(label, "other", year, stage)  # (2024年实际支出一季度, 2025年公务接待费: not a year's own figure)
    return Col(label, "value", year, stage)


# A year's own column: its year and the stage alone (2025年预算数, 上年执行数, 2024年决算).
_PURE_STAGE = re.compile(r"(?:年度?)?(?:全年|年初|调整后?|预计|实际)?(?:预算|执行|决算|实际|完成|计划|预计执行|实际执行|安排)?(?:数|额|金额)?"
                         r"(?:[（(](?:万元|元|亿元)[)）])?")


def _read(idx, doc: int, sheet: str) -> Table | None:
    facts = query.facts_of_sheet(idx.conn, doc, sheet)
    doc_year = idx.docs[doc].year or 0
    cols: dict[str, Col] = {}
    rows: dict[tuple, Row] = {}
    for f in facts:
        label = f["col_labels"] or ""
        if not label or f["line"] is None or not f["row_labels"]:
            continue
        if label not in cols:
            col = _column(label, f["unit"] or "", doc_year)
            if col is None:
                continue
            cols[label] = col
        at = (f["page"] or 0, f["line"])
        row = rows.get(at)
        if row is None:  # (a line's row made of its first fact, not again of each of its cells)
            name = own_label(f)
            row = rows[at] = Row(name, label_key(strip_numbering(name)))
        if f["number"] is not None:
            row.cells.setdefault(label, f)
    values = [c for c in cols.values() if c.kind == "value"]
    if len({c.year for c in values}) < 2 or len(rows) < 3 or len(values) < 2 or any(c.kind == "other" for c in cols.values()) \
            or len({(c.year, c.stage) for c in values}) < len(values):
        return None  # (a year's columns of several measures or periods: not a table of items over year columns)
    ordered = [r for _, r in sorted(rows.items()) if any(c.label in r.cells for c in values)]
    for r in ordered:
        r.total = _is_total(r.key)
    year = max(c.year for c in values)
    for c in cols.values():  # (a change column saying no year of its base: against the year before)
        if c.kind != "value" and not c.base[0]:
            c.base = (year - 1, c.base[1])
    _tree(ordered, [c.label for c in values])
    table = Table(doc, sheet, year, list(cols.values()), ordered)
    for i, r in enumerate(ordered):
        table.by_key.setdefault(r.key, []).append(i)
        if r.total or r.kids:
            continue
        for n in (1, 2):  # (税 of 增值税, 收入 of 专项收入: the level a noun names)
            if len(r.key) > n:
                table.endings.setdefault(r.key[-n:], []).append(i)
    table.endings = {e: rs for e, rs in table.endings.items() if len(rs) >= 3}
    table.keys = sorted((k for k in table.by_key if len(k) >= 2), key=len, reverse=True)
    return table


def _close(a: float, b: float, n: int) -> bool:
    """A sum of n printed figures equal to a printed figure, up to their rounding (a cent each)."""
    return abs(a - b) <= 0.011 + 0.006 * n + 1e-5 * abs(b)


def _all_close(sums: list[float], own: list[tuple[int, float]], n: int) -> bool:
    """Whether every sum is its row's own figure (_close), in one loop: a table's rows are tried against each other
    hundreds of times when it is first read."""
    for s, (_, x) in zip(sums, own, strict=True):
        if not _close(s, x, n):
            return False
    return True


def _tree(rows: list[Row], cols: list[str]) -> None:
    """Each row's items: the run of rows right after it whose figures add up to its own in every year column
    (a row heading its own items counted once, its items skipped), two items at least; else, the rows of no
    numbering under the numbered row above them, until a total row."""
    ends: dict[int, int | None] = {}
    nums = [[r.number(c) for c in cols] for r in rows]  # (each row's figures, read once: end() adds them often)

    totals = [r.total for r in rows]

    def end(i: int) -> int | None:
        if i in ends:
            return ends[i]
        ends[i] = None
        own = [(j, x) for j, x in enumerate(nums[i]) if x is not None]
        if totals[i] or not own:
            return None
        sums, k = [0.0] * len(own), i + 1
        kids: list[int] = []
        while k < len(rows) and not totals[k] and len(kids) < 60:
            kids.append(k)
            figures = nums[k]
            for a, (j, _) in enumerate(own):
                sums[a] += figures[j] or 0.0
            k = (ends[k] if k in ends else end(k)) or k + 1  # (a row's own end looked up before it is worked out)
            if len(kids) >= 2 and _all_close(sums, own, len(kids)):
                for j in kids:
                    rows[j].parent = i
                rows[i].kids = kids
                ends[i] = k
                return k
        return None

    for i in range(len(rows)):
        end(i)
    head: int | None = None
    for i, r in enumerate(rows):  # (numbering: 一、税收收入 over the unnumbered rows after it)
        level = numbered_level(r.label)
        if r.total:
            head = None
        elif level == 1:
            head = i
        elif not level and head is not None and r.parent is None and not rows[head].kids:
            r.parent = head
    for i, r in enumerate(rows):
        if r.parent is not None and i not in rows[r.parent].kids:
            rows[r.parent].kids.append(i)
    for i, r in enumerate(rows):
        if r.total:
            r.kids = _parts_of_total(rows, cols, i)


def _parts_of_total(rows: list[Row], cols: list[str], i: int) -> list[int]:
    """The rows a total line adds up: the rows above it standing under no row (an earlier total among them),
    nearest first, until their figures make its own in every year column; [] when they never do."""
    own = [(c, x) for c in cols if (x := rows[i].number(c)) is not None]
    sums, parts = {c: 0.0 for c, _ in own}, []
    for j in range(i - 1, -1, -1):
        if rows[j].parent is not None:
            continue
        parts.append(j)
        for c, _ in own:
            sums[c] += rows[j].number(c) or 0.0
        if own and len(parts) >= 2 and all(_close(sums[c], x, len(parts)) for c, x in own):
            return sorted(parts)
    return []


def tables(idx, docs: list[int], skip: Callable[[int], bool] | None = None) -> list[Table]:
    """The tables of items over year columns among docs (read once per index); a document `skip` says none of
    whose tables could serve is not read."""
    return list(_each_table(idx, docs, skip))


def _each_table(idx, docs: list[int], skip: Callable[[int], bool] | None = None) -> Iterator[Table]:
    """tables(), one at a time: a caller that has seen enough reads no further."""
    for d in docs:
        if d not in idx.docs or len(idx.doc_years.get(d, ())) < 2:
            continue  # (a table of one year's figures: read no further)
        if skip is not None and skip(d):
            continue
        for sheet in idx.read_once("_year_item_sheets", d, lambda d=d: query.sheets_with_year_columns(idx.conn, d)):
            t = idx.read_once("_year_items", (d, sheet), lambda d=d, sheet=sheet: _read(idx, d, sheet))
            if t is not None:
                yield t


# ---- the question ------------------------------------------------------------------------------------------------

_AGAINST = Words("year_items", "(?:{asking_words.departments.against}|{against})于?")
_RISE = Words("year_items", "{asking_words.departments.went_up}|{rose}")
_FALL = Words("year_items", "{asking_words.departments.went_down}|{fell}")
_ANY = Words("year_items", "{either}")
_RATE_ASKED = Words("year_items", "{rate}")
_AMOUNT = Words("year_items", "{amount}")  # ("比上年增加多少": the amount alone)
# A word of the question no reader here reads (a rate or share, a period, a reason, a kind of row not listed here)
_NOT_READ = Words("year_items", "{not_read}")
# Words said around the ones read here, asking nothing ("变了没有", "增长得最快")
_READ_TOO = Words("year_items", "{read_too}")
_KIDS = re.compile(r"(?:(?:下面|下边|底下|下属|之下|里面|里边|当中|其中)(?:分为?|包括|包含|含|有|由|细分为?|分成)?"
                   r"|(?:分为?|包括|包含|细分为?|分成|由))"
                   r"(?:哪几块|哪些|哪几项|哪几个|几块|几项|几个部分|什么|哪几部分|哪些部分|哪些项目|哪些内容)"
                   r"|(?:由哪些|是哪些)(?:构成|组成)|(?:构成|组成|明细)(?:是什么|有哪些|情况|呢|$)")
# A row's change asked with no year ("X增长率", "它的增幅呢", "X是增加还是减少"): against the base the table prints.
_CHANGE_ONLY = re.compile(r"(?:那|那么)?(?:＃|它|其)?的?(?:是|有)?(?:增加还是减少|增还是减|是增是减|涨还是降|上升还是下降|增长率|增幅|增速"
                          r"|降幅|增长百分之几|增长了?多少|增加了?多少|减少了?多少|下降了?多少|增减|变化|增减变化|增减情况|变化情况)"
                          r"(?:了)?(?:呢|是多少|多少|情况|吗|了吗|大吗|怎么样)?")
_COMPARED_END = re.compile(r"(?:比|相比|比较|对比)(?:呢|怎么样|如何|情况|一下)?$")
_WHICH = re.compile(r"哪些|哪几|哪个|哪一|哪项|哪种|哪类|有没有|什么|第[一二三四五\d]大|最大的|最多的|最高的")
_MOST_GROWN = Words("year_items", "(?:{grew})得?(?:{asking_words.year_change.most}|{most})")
_MOST_FALLEN = Words("year_items", "(?:{shrank})得?(?:{asking_words.year_change.most}|{most})")
# (never the end of a change's superlative: 减幅最大, 增长最多)
_LARGEST = re.compile(r"第(?P<n>[一二三四五\d])大|(?<![幅速长加少降减涨快低])(?:最大的?|最多的?|最高的?)|规模最大|收入最多")
# A measure other than a year's figure, or a level of subject codes: not the size of the rows ranked here.
_OTHER_MEASURE = re.compile(r"率|%|比例|比重|进度|占比|科目|类级|款级|项级|几个|几项|人数")
_WHICH_ROWS = Words("year_items", "{which_rows}")
# Several rows or a place from the bottom asked ("最多的3个税种", "前三大", "倒数第二"): no one row ranked here.
_SEVERAL = re.compile(r"倒数|前[一二三四五六七八九十两\d]|(?<!第)[二三四五六七八九十两\d]+(?:个|项|种|名|大)")
_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}


# Words of what is read here (a year said relatively, a change, a level's ranking, a row's items): else none is read
# (和 / 什么 / 哪些 alone are no such word).
_ASKED = re.compile("|".join(p.pattern for p in (_RELATIVE_WORD, _KIDS, _LARGEST, _COMPARED_END)))


def asked(question: str) -> bool:
    """Whether the question says anything read here (cheap: before the question is read)."""
    text = compact(normalize(question))
    return bool(_ASKED.search(text) or _RISE.search(text) or _FALL.search(text) or _ANY.search(text)
                or _RATE_ASKED.search(text) or _MOST_GROWN.search(text) or _MOST_FALLEN.search(text)
                or _YEAR.search(text) and _AGAINST.search(text))


def _rows_named(table: Table, fq: FactQuestion) -> list[int]:
    """The rows of the table the question names (by the mentions read), outermost said first."""
    keys = [m.keys for m in fq.mentions if m.start >= 0 and m.keys]
    return [i for ks in keys for k in sorted(ks) for i in table.by_key.get(k, ())]


def _words_blanked(text: str) -> str:
    """The text with every word a reader here reads blanked out (the rows' names aside)."""
    for pattern in (_KIDS, _LARGEST, _MOST_GROWN, _MOST_FALLEN, _RISE, _FALL, _ANY, _RATE_ASKED, _WHICH, _RELATIVE_WORD,
                    _COMPARED_END, _AGAINST, _ACTUAL, _BUDGET, _YEAR, _READ_TOO):
        text = pattern.sub("＃", text)
    return text


def _unread(table: Table, leftover: str, text: str) -> str:
    """A word the question's parse left unread ("白沙镇", "原因") that no reader here reads either ('' when none)."""
    if not leftover.strip():
        return ""
    blank = _words_blanked(_without_rows(table, text))
    for ending in sorted(table.endings, key=len, reverse=True):
        blank = blank.replace(ending, "＃")
    return next((w for w in leftover.split() if w in blank), "")


def _all_read(table: Table, fq: FactQuestion, text: str) -> bool:
    """Whether every word of the question is one read here: a word the question's parse left unread, a value, a
    measure, a period or a reason said, a row named that this table does not print, or a word of
    [asking_words.year_items].not_read: not (never dropped)."""
    if _unread(table, fq.leftover, text) or any(not any(v in k for k in table.by_key) for v in fq.values):
        return False  # ("古市镇去年税收多少": a town these tables do not break the figures down by)
    if _measure_said(fq):
        return False
    if _NOT_READ.search(_RATE_ASKED.sub("", _without_rows(table, text))):
        return False
    labels = [compact(_leaf(c.label)) for c in table.cols]
    for m in fq.mentions:
        if m.start < 0 or m.keys & table.by_key.keys():
            continue
        if any(k in table.endings or any(k in label for label in labels) for k in m.keys):
            continue  # (收入 of "收入最多的税种", 执行数 of "比2025年执行数": a level's noun, a column's words)
        return False  # ("茶叶增值税": a name of another table's row said besides this one's)
    return True


def _measure_said(fq: FactQuestion) -> bool:
    """A rate, a share per head, a period, a mean … said: none is a figure of a table read here."""
    return bool(fq.rate or fq.per_head or fq.period or fq.periods or fq.months or fq.mean or fq.per_unit or fq.times
                or fq.remaining or fq.excess or fq.balance)


def _row_words(idx, d: int) -> tuple[frozenset[str], frozenset[str]]:
    """The keys of every row label a document prints (of two characters or more) and their last one and two
    characters: what its tables' row names and name endings (Table.keys, Table.endings) can at most be. Worked
    out once per document, from the labels the index holds (each label's key once per index)."""
    kept = idx.__dict__.setdefault("_year_item_row_words", {})
    if d not in kept:
        of_label = idx.__dict__.setdefault("_year_item_label_keys", {})
        keys = set()
        for label in idx.own_row_labels.get(d, ()):
            if (key := of_label.get(label)) is None:
                key = of_label[label] = label_key(strip_numbering(label.strip()))
            keys.add(key)
        kept[d] = (frozenset(k for k in keys if len(k) >= 2), frozenset(k[-n:] for k in keys for n in (1, 2) if len(k) > n))
    return kept[d]


def _unread_anyway(idx, leftover: str, text: str) -> Callable[[int], bool] | None:
    """Which documents' tables would all leave a word of the question unread (_unread), told without reading
    them: none of the document's row names is said, and a leftover word stands in the question, its words read
    here blanked, where no row name's ending touches it. None when a leftover word cannot be told so."""
    if not leftover.strip() or "＃" in text:
        return None
    blank = _words_blanked(text)
    spans = [(m, m + len(w)) for w in leftover.split() for m in _places(blank, w)]
    if not spans:
        return None
    touching = [{blank[i:i + n] for n in (1, 2) for i in range(max(0, a - n + 1), b)} for a, b in spans]

    def skip(d: int) -> bool:
        keys, ends = _row_words(idx, d)
        return not any(k in text for k in keys) and not any("＃" in e for e in ends) \
            and any(not (near & ends) for near in touching)
    return skip


def _places(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _base_said(table: Table, text: str) -> tuple[Col | None, int]:
    """The column a change is asked against ("比去年执行", "比2025年执行数", "跟上年比"), and the year said (0 when
    none is); (None, year) when the year said is not printed."""
    m = re.search(r"(?:比|较|跟|和|与|同|对比|相比|相较于?)(?P<y>(?:19|20)\d\d|前年|上上年|去年|上一?年|前一年)年?度?"
                  r"(?P<s>执行|实际|完成|决算|预算)?", text)
    if m is None:
        return None, 0
    y = m.group("y")
    year = int(y) if y.isdigit() else table.year + _RELATIVE.get(y, -2)
    stage = "" if not m.group("s") else "budget" if m.group("s") == "预算" else "actual"
    if not stage:  # (none said: the base the table prints its change against, else the stage of the figure set against it)
        printed = next((c.base[1] for c in table.cols if c.kind != "value" and c.base[0] == year and c.base[1]), "")
        now = table.current()
        stage = printed or (now.stage if now is not None and table.value_col(year, now.stage) is not None else "")
    return table.value_col(year, stage), year


def _now_said(table: Table, text: str, base: Col | None) -> Col | None:
    """The figure set against the base: of the year said besides the base's ("2026比2025增长"), else the table's
    own year's — of the base's stage when that year prints it (实际 against 实际), else its 预算数."""
    at = re.search(r"(?:比|较|跟|和|与|同|对比|相比|相较于?)(?:(?:19|20)\d\d|前年|上上年|去年|上一?年|前一年)", text)
    before = text[:at.start()] if at else text
    years = [int(y) for y in re.findall(r"((?:19|20)\d\d)", before)]
    year = years[-1] if years else table.year
    stage = "budget" if re.search(r"预算", before) else "actual" if _ACTUAL.search(before) else ""
    if not stage and base is not None and base.stage and table.value_col(year, base.stage) is not None:
        stage = base.stage
    if stage:
        return table.value_col(year, stage)
    return table.current() if year == table.year else table.value_col(year, "budget") or table.value_col(year)


def answer(idx, fq: FactQuestion, docs: list[int], question: str, context: dict | None = None) -> FactAnswer | None:
    """A question of a table of items over year columns (see the module), or None."""
    text = compact(normalize(question))
    if not asked(text) or _measure_said(fq):
        return None  # (a measure, a period or a reason said: no table here reads it — see _all_read)
    found = _tables_read(idx, fq, docs, text)
    if not found:
        return None
    named = [(t, rs) for t in found if (rs := _rows_named(t, fq))]
    shown = set(context.get("last") or ()) if context else set()
    if any(len(set(rs)) > 1 for _, rs in named):
        # (one name printed on several rows — under several departments or codes: the row just shown, else none)
        named = [(t, kept) for t, rs in named if (kept := [i for i in rs if any(
            f["id"] in shown for f in t.rows[i].cells.values())] if len(set(rs)) > 1 else rs)]
        if not named:
            return None
    if named and not fq.departments and not _KIDS.search(text) \
            and any(_held_elsewhere(idx, t, t.rows[rs[-1]].key, docs) for t, rs in named):
        return None  # ("上级补助收入比去年增加多少" of every department: which one's is asked first)
    if not named and context and context.get("last") and not fq.mentions:
        named = [(t, rs) for t in found if (rs := _rows_shown(idx, t, context["last"]))]
    if len(named) > 1:
        return None
    if named:
        table, rows = named[0]
        if _KIDS.search(text):
            return _kids(idx, table, rows[-1])
        return _of_level(idx, table, text, rows) or _of_row(idx, table, rows[-1], text)
    if len(found) == 1:
        return _of_level(idx, found[0], text, [])
    return None


def _tables_read(idx, fq: FactQuestion, docs: list[int], text: str) -> list[Table]:
    """The tables among docs whose every word the question says is read here (_all_read); [] as soon as two of
    them each print the one row named: the same name in two tables, no one answer (see answer), the rest unread."""
    found, one_row_named = [], 0
    for t in _each_table(idx, docs, _unread_anyway(idx, fq.leftover, text)):
        if not _all_read(t, fq, text):
            continue
        found.append(t)
        rows = set(_rows_named(t, fq))
        one_row_named += len(rows) == 1
        if one_row_named >= 2:
            return []
    return found


_OTHER_YEAR = re.compile(r"上年|去年|增减|增长|增加|减少|(?:19|20)\d\d")


def _held_elsewhere(idx, table: Table, key: str, docs: list[int]) -> bool:
    """Whether another department's table in scope prints a row of that name with a figure of another year or a
    change beside it (a table of that year's figures alone cannot answer a year before)."""
    held = idx.read_once("_year_items_elsewhere", (table.doc, key), lambda: _printed_elsewhere(idx, table, key))
    return any(d in held for d in docs)


def _printed_elsewhere(idx, table: Table, key: str) -> frozenset[int]:
    """The other departments' documents of the index printing a row of that name beside another year's figure."""
    own, out = idx.docs[table.doc].department, set()
    for d, doc in idx.docs.items():
        if d == table.doc or doc.department == own or key not in idx.doc_keys.get(d, ()):
            continue
        if any(_OTHER_YEAR.search(f["col_labels"] or "") or f["year"] and doc.year and f["year"] != doc.year
               for f in idx.facts(idx.label_facts_in(key, d))):
            out.add(d)
    return frozenset(out)


def _rows_shown(idx, table: Table, last: list[int]) -> list[int]:
    ids = set(last)
    return [i for i, r in enumerate(table.rows) if any(f["id"] in ids for f in r.cells.values())][:1]


def _without_rows(table: Table, text: str) -> str:
    """The question with the rows' names blanked out (上年结转 is a row, not the year before)."""
    for key in table.keys:
        text = text.replace(key, "＃")
    return text


def _of_row(idx, table: Table, i: int, said_text: str) -> FactAnswer | None:
    row = table.rows[i]
    text = _without_rows(table, said_text)
    if _WHICH_ROWS.search(text):
        return None  # ("项目支出里哪个比上年减少了": which rows, not the row's own change)
    base, said = _base_said(table, text)
    moved = _RATE_ASKED.sub("＃", text)  # (增长 of 增长率 is the rate's name, no direction said)
    sign = 0 if _FALL.search(moved) and _RISE.search(moved) else -1 if _FALL.search(moved) else 1 if _RISE.search(moved) else 0
    if said and (sign or _ANY.search(text) or _RATE_ASKED.search(text) or _COMPARED_END.search(text)):
        if base is None:
            return FactAnswer("unknown", compose.year_column_not_printed(row.label, said, table.years()), settled=True)
        return _change(idx, table, row, base, sign, bool(_RATE_ASKED.search(text)), _now_said(table, text, base),
                       bool(_AMOUNT.search(text)))
    if not said and _CHANGE_ONLY.fullmatch(re.sub(r"^.{0,8}?(?=＃)", "", text)):
        return _change(idx, table, row, None, sign, bool(_RATE_ASKED.search(text)), None, bool(_AMOUNT.search(text)))
    rel = [w for w in _RELATIVE_WORD.findall(text) if _RELATIVE[w]]
    if len(_RELATIVE_WORD.findall(text)) > 1 or re.search(r"各|分别|和|与|及", text):
        return None  # ("上年和今年各多少", "今年预算 去年决算": two figures asked)
    if rel and not said and not (sign or _ANY.search(text)) and not _YEAR.search(text):
        year = table.year + _RELATIVE[rel[0]]
        after = text[text.find(rel[0]) + len(rel[0]):]
        stage = "budget" if after.startswith(("预算", "的预算")) else "actual" if _ACTUAL.match(after) else ""
        col = table.value_col(year, stage)
        if col is None:
            return FactAnswer("unknown", compose.year_column_not_printed(row.label, year, table.years()),
                              settled=True)
        f = row.cells.get(col.label)
        if f is None:
            return None
        return FactAnswer("answered", compose.fact_value(f"{row.label} {_leaf(col.label)}", _shown(f)) + _cite(idx, [f]), [f])
    return None


def _leaf(label: str) -> str:
    return "".join(label.split(query.FACT_SEP))


def _printed_change(table: Table, row: Row, base: Col | None, kind: str) -> dict | None:
    """The row's printed change (kind "change" or "rate") against the base column (any base when None)."""
    for c in table.cols:
        if c.kind == kind and (base is None or c.base == (base.year, base.stage)
                               or c.base == (base.year, "") and base is table.value_col(base.year)):
            if (f := row.cells.get(c.label)) is not None:
                return f
    return None


def _change(idx, table: Table, row: Row, base: Col | None, asked: int, rate: bool,
            now_col: Col | None = None, amount_only: bool = False) -> FactAnswer | None:
    """A row's change against a column: the printed 增减额 (and rate) when the table prints it against that column,
    else the figure set against it (the table's own year's) less the base's, worked out."""
    now_col = now_col or table.current()
    if base is None:
        against = next((c for c in table.cols if c.kind in ("change", "rate") and row.cells.get(c.label)), None)
        base = table.value_col(*against.base) if against is not None else None
    if now_col is None or base is None or base is now_col:
        return None
    now, then = row.cells.get(now_col.label), row.cells.get(base.label)
    if now is None or then is None:
        return None
    own = now_col is table.current()
    amount = _printed_change(table, row, base, "change") if own else None
    pct = _printed_change(table, row, base, "rate") if own else None
    unit = now["unit"] or ""
    diff = amount["number"] if amount is not None else round(now["number"] - then["number"], 6)
    worked = "" if amount is not None else compose.item_worked(
        fmt_number(now["number"]), fmt_number(then["number"]), fmt_number(diff), unit)
    rate_text = _shown(pct) if pct is not None else ""
    if pct is None and then["number"] and (rate or not amount_only):
        # (none printed: worked out as every rate of change is, its arithmetic shown; never besides an amount asked
        # alone, "比上年增加多少" — 增长多少 may ask either)
        worked = (worked + compose.growth_rate(fmt_percent(diff / abs(then["number"]) * 100), diff >= 0,
                                               fmt_number(abs(diff)), fmt_number(abs(then["number"])))).lstrip("，")
    facts = [f for f in (now, then, amount, pct) if f is not None]
    printed = (_leaf(amount["col_labels"]), _shown(amount)) if amount is not None else ("", "")
    text = compose.item_change(row.label, _leaf(now_col.label), _shown(now), _leaf(base.label), _shown(then),
                               diff, f"{_as_printed(abs(diff), now['value'])}{unit}", rate_text, asked, worked, printed)
    return FactAnswer("answered", text + _cite(idx, facts), facts)


def _percent(diff: float, then: float) -> str:
    """A rate of change worked out, to two decimals as rates are printed ("25.00%"); '' over a base of 0."""
    return f"{diff / then * 100:.2f}%" if then else ""


def _as_printed(x: float, like: str) -> str:
    """A number worked out, written as the table writes its figures (thousands separated when it does)."""
    if "," not in (like or ""):
        return fmt_number(x)
    places = len(like.rpartition(".")[2]) if "." in like else 0
    return f"{x:,.{places}f}"


def _kids(idx, table: Table, i: int) -> FactAnswer | None:
    row, col = table.rows[i], table.current()
    if col is None or not row.kids:
        return None
    kids = [table.rows[k] for k in row.kids]
    facts = [f for r in kids if (f := r.cells.get(col.label)) is not None]
    lines = [compose.fact_value(r.label, _shown(f)) for r in kids if (f := r.cells.get(col.label)) is not None]
    own = row.cells.get(col.label)
    return FactAnswer("answered", compose.items_under(row.label, _leaf(col.label), lines, _shown(own) if own else "")
                      + _cite(idx, facts), facts, ranked=[f["id"] for f in facts])


# ---- rows of one level -------------------------------------------------------------------------------------------

def _level(table: Table, text: str, named: list[int]) -> tuple[list[int], str]:
    """The rows of the level the question's noun names, and the noun: a row named → its items; a word the rows'
    names end with (税 of 税种, 收入) → the rows so named that head no items; 项目 / 项 / 科目 → every item."""
    which = _WHICH.search(text)
    if which is None:
        return [], ""
    heads = [i for i in named if table.rows[i].kids and table.rows[i].key in text]
    if heads:  # ("非税收入里哪些减少了": its items)
        return table.rows[heads[-1]].kids, table.rows[heads[-1]].key
    endings = table.endings
    # (the noun said last is the one asked: 税 of "收入最多的税种", 收入 of "哪些收入下降了")
    said = sorted((e for e in endings if e in text), key=lambda e: (text.rfind(e) + len(e), len(e)), reverse=True)
    if said and not re.search(re.escape(said[0]) + r"(?:里|中|当中)", text):
        # ("支出里降幅最大的": a side of the table said, whose rows need not end with its word — 调出资金 — not a kind)
        noun = "税种" if said[0] == "税" and "税种" in text else said[0]
        return endings[said[0]], noun
    return [], ""


def _of_level(idx, table: Table, text: str, named: list[int]) -> FactAnswer | None:
    rows, noun = _level(table, text, named)
    if not rows or _SEVERAL.search(text):
        return None
    grown, fallen = _MOST_GROWN.search(text), _MOST_FALLEN.search(text)
    if grown or fallen:
        rate = bool(re.search(r"快|幅|率|速", (grown or fallen).group()))  # type: ignore[union-attr]
        return _extreme_change(idx, table, rows, noun, 1 if grown else -1, rate)
    if (largest := _LARGEST.search(text)) and not (_RISE.search(text) or _FALL.search(text) or _ANY.search(text)
                                                   or _OTHER_MEASURE.search(text)):
        n = largest.group("n")
        place = int(n) if n and n.isdigit() else _CN.get(n or "一", 1)
        return _largest(idx, table, rows, noun, place, _column_said(table, text))
    sign = 0 if _FALL.search(text) and _RISE.search(text) else -1 if _FALL.search(text) else 1 if _RISE.search(text) else 0
    if sign and re.search(r"哪些|哪几|有没有|有哪|哪个|哪项", text):
        base, said = _base_said(table, text)
        if said and base is None:
            return FactAnswer("unknown", compose.year_column_not_printed(noun, said, table.years()), settled=True)
        return _moved(idx, table, rows, noun, sign, base)
    return None


@dataclass
class _Ch:
    """One row's change: its number, as shown, the other measure (its rate beside an amount, or the amount
    beside a rate), what it is set against, the facts it is read from."""

    row: Row
    number: float
    shown: str
    other: str
    column: str
    facts: list[dict]


def _changes(table: Table, rows: list[int], base: Col | None, rate: bool) -> list[_Ch]:
    """Each row's change against the base (the printed one's when none said): the printed 增减额 or rate, else the
    table's own year's figure less the base's, worked out."""
    out = []
    for i in rows:
        r = table.rows[i]
        f = _printed_change(table, r, base, "rate" if rate else "change")
        if f is not None and f["number"] is not None:
            g = _printed_change(table, r, base, "change" if rate else "rate")
            other = (compose.rate_about(_shown(g)) if not rate else _shown(g)) if g is not None else ""
            shown = compose.rate_about(_shown(f)) if rate else _shown(f)
            out.append(_Ch(r, f["number"], shown, other, _leaf(f["col_labels"]), [f] + ([g] if g is not None else [])))
        elif (worked := _worked(table, r, base, rate)) is not None:
            out.append(worked)
    return out


def _worked(table: Table, r: Row, base: Col | None, rate: bool) -> _Ch | None:
    """A row's change worked out: the own year's figure less the base's (the year before's when none said)."""
    now_col = table.current()
    base = base or table.value_col(table.year - 1)
    if now_col is None or base is None or base is now_col or any(c.kind != "value" for c in table.cols):
        return None  # (a table printing the change: its own figures only)
    now, then = r.cells.get(now_col.label), r.cells.get(base.label)
    if now is None or then is None or now["number"] is None or then["number"] is None:
        return None
    diff = round(now["number"] - then["number"], 6)
    unit = now["unit"] or ""
    amount = compose.item_worked(fmt_number(now["number"]), fmt_number(then["number"]), fmt_number(diff), unit)
    pct = _percent(diff, then["number"])
    column = compose.item_columns_against(_leaf(now_col.label), _leaf(base.label))
    if rate:
        return _Ch(r, diff / then["number"] * 100, compose.rate_about(pct), amount, column, [now, then]) if pct else None
    return _Ch(r, diff, amount, compose.rate_about(pct) if pct else "", column, [now, then])


def _moved(idx, table: Table, rows: list[int], noun: str, sign: int, base: Col | None) -> FactAnswer | None:
    changes = _changes(table, rows, base, False)
    if not changes:
        return None
    hits = [c for c in changes if c.number * sign > 0]
    lines = [compose.fact_value(c.row.label, c.shown + (f"（{c.other}）" if c.other else "")) for c in hits]
    facts = [f for c in (hits or changes) for f in c.facts]
    return FactAnswer("answered", compose.items_moved(noun, sign, changes[0].column, lines, len(changes))
                      + _cite(idx, facts), facts, ranked=[c.facts[0]["id"] for c in hits])


def _extreme_change(idx, table: Table, rows: list[int], noun: str, sign: int, rate: bool) -> FactAnswer | None:
    changes = _changes(table, rows, None, rate)
    if len(changes) < 2:
        return None
    ordered = sorted(changes, key=lambda c: c.number * sign, reverse=True)
    best = [c for c in ordered if c.number == ordered[0].number]
    facts = [f for c in best for f in c.facts]
    text = compose.item_extreme_change(noun, sign, rate, [c.row.label for c in best], best[0].column, best[0].shown,
                                       best[0].other, len(changes))
    return FactAnswer("answered", text + _cite(idx, facts), facts, ranked=[c.facts[0]["id"] for c in ordered])


def _column_said(table: Table, text: str) -> Col | None:
    """The year column a ranking is asked in ("去年执行数最大的", "2025年预算最多的"); the own year's when none."""
    m = re.search(r"(?P<y>(?:19|20)\d\d|前年|上上年|去年|上一?年|前一年|今年|本年)年?度?的?(?P<s>执行|实际|完成|决算|预算)?", text)
    if m is None:
        return table.current()
    y = m.group("y")
    year = int(y) if y.isdigit() else table.year + _RELATIVE.get(y, -2)
    stage = "" if not m.group("s") else "budget" if m.group("s") == "预算" else "actual"
    return table.value_col(year, stage) if year != table.year or stage else table.current()


def _largest(idx, table: Table, rows: list[int], noun: str, place: int, col: Col | None) -> FactAnswer | None:
    if col is None:
        return None
    held = [(table.rows[i], f) for i in rows if (f := table.rows[i].cells.get(col.label)) is not None]
    if len(held) < max(2, place):
        return None
    ordered = sorted(held, key=lambda rf: rf[1]["number"], reverse=True)
    r, f = ordered[place - 1]
    text = compose.item_largest(noun, place, r.label, _leaf(col.label), _shown(f), len(held))
    return FactAnswer("answered", text + _cite(idx, [f]), [f], ranked=[g["id"] for _, g in ordered])
