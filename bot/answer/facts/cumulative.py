"""Execution reports over cumulative periods: a 一般公共预算支出执行情况月报表 (or 季报) and every table shaped like it —
items of a hierarchy (类 over 款, "其中：" lines), columns of 年初预算数, 调整预算数, the running totals from January
("1-6月累计执行数", "1-12月累计执行数", "1-9月执行数", "一至九月累计执行数", or "本年累计执行数" reaching the month of
the table's title: one reading of a header's period, words.running_span), 占调整预算%, 上年同期执行数, 同比增长%, and a 备注.

Read once per table (the periods out of the headers; the hierarchy out of the rows' labels), and asked in staff's
words:
- what was done ("执行多少", "花了多少", "全年执行"): the column of the period reaching furthest (1-12月 over 1-6月),
  said as that period (a table reaching 1-9月 only is never called 全年);
- a period said ("1-6月累计", "上半年", "前三季度"): its column; "下半年" (or a quarter) worked out of two running
  totals, both shown; a period the table prints no column of: said so;
- the other columns by their words (上年同期, 同比, 占调整预算, 调整预算, 年初预算), of the row named or of the row
  just shown ("上年同期呢"); the 合计 when the table is named by its title's words and no row is;
- an item under the row named ("里面就业补助") and one the table does not print ("教育支出里学前教育": said so, with
  the items it does print);
- the top level ranked ("哪个类级支出最多", "执行率最低的是哪类"), the rows whose 同比 fell ("哪些支出同比下降");
- the 备注 read ("备注里同比增长怎么算").
Anything else is left to the rest of the engine (None)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bot.answer import compose
from bot.answer.facts.outline import strip_numbering
from bot.answer.facts.question import FactAnswer, FactQuestion
from bot.answer.facts.values import _cite, _shown
from bot.answer.facts.words import (
    MONTH_ALONE,
    MONTH_SPAN,
    PERIODS_LONGEST_FIRST,
    _is_total,
    fmt_number,
    label_key,
    month_span,
    period_in,
    running_span,
)
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.normalize import compact, normalize
from bot.store import queries as query

# The headers (read off the table, whatever an office calls its columns): a running total from January
# ("1-6月累计执行数", "一至九月累计执行数", "本年累计执行数": words.running_span), the same period of last year, the
# change on it, a share of the budget, the budgets.
_NOTE_COL = Words("cumulative", "{note_column}")
_SAME_COL = Words("cumulative", "{same_column}")
_YOY_COL = Words("cumulative", "{yoy_column}")
_SHARE_COL = Words("cumulative", "(?:{share_of}).{0,4}(?:{budget_column})|{share_column}")
_ADJUSTED_COL = Words("cumulative", "{adjusted_column}")
_INITIAL_COL = Words("cumulative", "{initial_column}")
_RATE_COL = Words("cumulative", "{rate_column}")

_EXECUTED = Words("cumulative", "{executed}")
_WHOLE_YEAR = Words("cumulative", "{whole_year}")
_SECOND_HALF = Words("cumulative", "{second_half}")
_SAME = Words("cumulative", "{same_period}")
_YOY = Words("cumulative", "{yoy}")
_SHARE = Words("cumulative", "{share}")
_ADJUSTED = Words("cumulative", "{adjusted}")
_INITIAL = Words("cumulative", "{initial}")
_LEVEL = Words("cumulative", "{level}")
_MOST = Words("cumulative", "{most}")
_LEAST = Words("cumulative", "{least}")
_FELL = Words("cumulative", "{fell}")
_GREW = Words("cumulative", "{grew}")
_LISTED = Words("cumulative", "{listed}")
_WHICH = Words("cumulative", "{which}")
_NOTE = Words("cumulative", "{note}")
_SIDES = Words("cumulative", "{sides}")
_HOW = Words("cumulative", "{how}")
_UNDER = Words("cumulative", "(?:{under})")
_ONE_MONTH = Words("cumulative", "{one_month}")
# Words of what these readings never read (a sum, a difference, a comparison, a mean, a share of something else …):
# said, the question is left to the rest of the engine.
_NOT_READ = Words("cumulative", "{not_read}")
_BARE = Words("cumulative", "(?:{bare_leads})?＃+(?:{bare_joins})?(?:{bare_ends})?[?？]?")
_LEAD = Words("cumulative", "^(?:{bare_leads})")
_ITEM_SAID = Words("cumulative", "(?P<said>[\u4e00-\u9fff]{2,12}?)(?:{sides})?(?:{item_ends}|$)")
_PERIOD_NOUN = Words("cumulative", "{period_nouns}")  # ("哪个季度最多": periods ranked, not the rows)


@dataclass
class Row:
    label: str
    key: str
    path: tuple[str, ...]
    cells: dict[str, dict] = field(default_factory=dict)  # column kind ("span6", "same", "yoy" …) -> fact
    parent: int | None = None
    kids: list[int] = field(default_factory=list)
    total: bool = False


@dataclass
class Table:
    doc: int
    year: int
    title: str
    spans: list[int]  # the months each running total reaches, in order
    labels: dict[str, str]  # column kind -> its header
    rows: list[Row]
    by_key: dict[str, list[int]] = field(default_factory=dict)
    notes: list[dict] = field(default_factory=list)
    others: set[str] = field(default_factory=set)  # the headers of the figures of no column read here (全年预计执行数)

    def latest(self) -> str:
        return f"span{self.spans[-1]}"

    def shown_label(self, i: int) -> str:
        """A row as answered: its own label, with its parent's when another row prints the same one."""
        r = self.rows[i]
        return f"{self.rows[r.parent].label}/{r.label}" if r.parent is not None and len(self.by_key[r.key]) > 1 \
            else r.label


def _kind(label: str, unit: str, title: str = "") -> str:
    leaf = compact(label.replace(query.FACT_SEP, ""))
    rate = unit == "%" or bool(_RATE_COL.search(leaf))
    if _NOTE_COL.search(leaf):
        return ""
    if (span := running_span(leaf, compact(title))) and not rate:
        return f"span{span[1]}"
    if _YOY_COL.search(leaf):
        return "yoy" if rate else ""
    if _SAME_COL.search(leaf):
        return "same" if not rate else ""
    if _SHARE_COL.search(leaf) and rate:
        return "share"
    if rate:
        return ""
    return "adjusted" if _ADJUSTED_COL.search(leaf) else "initial" if _INITIAL_COL.search(leaf) else ""


def _read(idx, doc: int, sheet: str) -> Table | None:
    facts = query.facts_of_sheet(idx.conn, doc, sheet)
    title = f"{idx.docs[doc].form or ''} {idx.docs[doc].file_name or ''}"  # (the month 本年累计 reaches)
    labels: dict[str, str] = {}
    rows: dict[tuple, Row] = {}
    notes = []
    others: set[str] = set()
    for f in facts:
        names = [x for x in (f["row_labels"] or "").split(query.FACT_SEP) if x.strip()]
        if not names or f["line"] is None:
            continue
        if label_key(names[0]) == "备注" or _NOTE_COL.fullmatch(label_key(names[0])):
            notes.append(f)
            continue
        kind = _kind(f["col_labels"] or "", f["unit"] or "", title)
        if not kind and f["number"] is not None and f["col_labels"]:
            others.add(compact(normalize(f["col_labels"].replace(query.FACT_SEP, ""))))
        if not kind or f["number"] is None:
            continue
        labels.setdefault(kind, "".join((f["col_labels"] or "").split(query.FACT_SEP)))
        path = tuple(label_key(strip_numbering(x)) for x in names)
        row = rows.setdefault((f["page"] or 0, f["line"]), Row(strip_numbering(names[-1].strip()), path[-1], path))
        row.cells.setdefault(kind, f)
    spans = sorted(int(k[4:]) for k in labels if k.startswith("span"))
    ordered = [r for _, r in sorted(rows.items()) if any(k.startswith("span") for k in r.cells)]
    if not spans or len(ordered) < 3 or len(labels) < 3 or len(spans) < 2 and not {"same", "yoy"} & labels.keys():
        return None  # (one running total and no year before: a monitoring table of projects, whose 1-6月执行数 is no report's)
    doc_ = idx.docs[doc]
    table = Table(doc, doc_.year or 0, doc_.form or "", spans, labels, ordered, notes=notes, others=others)
    at: dict[tuple[str, ...], int] = {}
    for i, r in enumerate(ordered):
        r.total = _is_total(r.key)
        if len(r.path) > 1 and (p := at.get(r.path[:-1])) is not None:
            r.parent = p
            ordered[p].kids.append(i)
        at[r.path] = i
        table.by_key.setdefault(r.key, []).append(i)
    return table


def tables(idx, docs: list[int]) -> list[Table]:
    """The execution reports over cumulative periods among docs (read once per index)."""
    out = []
    having = idx.read_once("_cumulative_docs", 0, lambda: frozenset(query.documents_with_period_columns(idx.conn)))
    for d in docs:
        if d not in having or d not in idx.docs:
            continue  # (a table of no period column: no sheet of it to read; a question over every table looks at few)
        for sheet in idx.read_once("_cumulative_sheets", d, lambda d=d: query.sheets_with_period_columns(idx.conn, d)):
            t = idx.read_once("_cumulative", (d, sheet), lambda d=d, sheet=sheet: _read(idx, d, sheet))
            if t is not None:
                out.append(t)
    return out


# ---- the question ------------------------------------------------------------------------------------------------

def answer(idx, fq: FactQuestion, docs: list[int], question: str, context: dict | None = None,
           peek: Callable[[str], FactQuestion] | None = None, under_only: bool = False) -> FactAnswer | None:
    """A question of an execution report over cumulative periods (see the module), or None (peek: the reading of
    another question, the one asked before; under_only: only an item under the row the question before named)."""
    found = tables(idx, docs)
    if not found:
        return None
    text = compact(normalize(question))
    sides = {m[0] for m in _SIDES.finditer(_blanked(fq, found))}  # ("一般公共预算支出多少" of a 收入 table: not its total)
    found = [t for t in found if all(w in t.title for w in sides)]
    if not found:
        return None
    if len(found) == 1 and _NOTE.search(text):
        return _note(idx, found[0], text)
    if any(y != t.year for t in found for y in fq.years) or fq.relative_year or _ONE_MONTH.search(text):
        return None
    named = [(t, rs) for t in found if (rs := _rows_named(t, fq))]
    blank, titled = _without_title(found, _blanked(fq, found))
    if _unread(fq, blank):
        return _not_under(found, text, fq) if len(named) == 1 else None
    if not _mentions_read(idx, found, fq):
        return None
    if _NOT_READ.search(_SHARE.sub("＃", _YOY.sub("＃", blank))):
        return None
    if not named:
        return _unnamed(idx, found, blank, text, titled, context)
    if len(named) > 1 or len(set(named[0][1])) > 2:
        return None
    table, rows = named[0]
    i = rows[-1]
    if len(rows) == 2 and table.rows[i].parent != rows[0]:
        return None  # (two rows said, not an item under the other: a comparison or a sum, read elsewhere)
    if _WHICH.search(blank) or _other_column_said(table, blank):
        return None  # ("教育支出下面分了哪些": the items; "全年执行多少" of a table printing 全年预计执行数: read elsewhere)
    if under_only and not _under_row_before(table, i, blank, context, peek):
        return None
    if _answered_elsewhere(idx, table, table.rows[i].key, docs, blank) and not _shown_before(table, context):
        return None  # ("城乡社区支出执行多少" of a county's 月报 and its 政府性基金 table printing 支出执行数: which is asked)
    if _held_elsewhere(idx, table, table.rows[i].key, docs) and not _shown_before(table, context) \
            and not _column_said(blank) and not _under_row_before(table, i, blank, context, peek):
        return None
    return _cell(idx, table, i, blank, context)


def _rows_named(t: Table, fq: FactQuestion) -> list[int]:
    """The rows of the table the question names, outermost said first: a name fitting several rows names the one
    whose name starts with it ("农林水" of 农林水支出), else the one all the others stand under ("教育" of 教育支出
    over 普通教育); else none of them."""
    out = []
    for m in fq.mentions:
        if m.start < 0:
            continue
        said = fq.text[m.start:m.end]
        if sum(r.key.endswith(said) for r in t.rows) >= 3:
            continue  # ("哪类支出最多": 支出 the level's noun, no row)
        literal = [i for i, r in enumerate(t.rows)
                   if said == r.key or said.startswith(r.key) and _SIDES.fullmatch(said[len(r.key):])]
        hit = literal if len(literal) == 1 else [i for k in sorted(m.keys) for i in t.by_key.get(k, ())]
        if len(hit) > 1:
            hit = [i for i in hit if t.rows[i].key.startswith(said)] or \
                [i for i in hit if all(j == i or t.rows[j].parent == i for j in hit)]
        if len(hit) == 1:
            out.append(hit[0])
    return out


def _mentions_read(idx, found: list[Table], fq: FactQuestion) -> bool:
    """Whether each thing the question names is a row of one of the tables or a column's words (never a row of
    another table only)."""
    keys = {k for t in found for k in t.by_key}
    for m in fq.mentions:
        if m.start < 0 or m.keys & keys or m.keys <= idx.col_keys:
            continue
        said = fq.text[m.start:m.end]
        if not _known(said).strip("＃"):
            continue  # ("执行率" read as another table's 预算执行率: a column's words here)
        return False
    return True


_KNOWN = (_SHARE, _YOY, _SAME, _ADJUSTED, _SECOND_HALF, _EXECUTED, _WHOLE_YEAR, _INITIAL, _LEVEL, _MOST, _LEAST, _FELL, _GREW,
          _LISTED, _WHICH, _UNDER)


def _known(text: str) -> str:
    """The text with every word read here blanked out, character for character (what is left is no word of
    these readings)."""
    for words in _KNOWN:
        text = words.sub(lambda m: "＃" * len(m[0]), text)
    text = MONTH_SPAN.sub(lambda m: "＃" * len(m[0]), text)
    for said, _ in PERIODS_LONGEST_FIRST:
        text = re.sub(said, lambda m: "＃" * len(m[0]), text)
    return text


def _unread(fq: FactQuestion, blank: str) -> str:
    """A word the question's parse left unread that no reading here reads either ('' when none): "中医药" of
    "卫生健康支出里中医药" (中 there is no word of 其中)."""
    known = _known(blank)
    for w in fq.leftover.split():
        at = [k for k in range(len(blank)) if blank.startswith(w, k)]
        if not at or any(known[k:k + len(w)].strip("＃") for k in at):
            return w
    return ""


def _without_title(found: list[Table], blank: str) -> tuple[str, bool]:
    """The question with the words of a table's title it says (four characters or more: 一般公共预算支出) blanked out,
    and whether it said any (预算 of 一般公共预算 is no column asked)."""
    said = False
    asked = {k for words in (_SHARE, _YOY, _SAME, _SECOND_HALF, _EXECUTED) for m in words.finditer(blank)
             for k in range(m.start(), m.end())}  # ("一般公共预算支出执行多少": 执行 asked, though the title says it too)
    for t in found:
        title = compact(normalize(t.title))
        for n in range(len(blank), 3, -1):
            for k in range(len(blank) - n + 1):
                part = blank[k:k + n]
                if part in title and not re.search(r"\d|＃", part) and not asked & set(range(k, k + n)):
                    blank, said = blank[:k] + "＃" * n + blank[k + n:], True
    return blank, said


def _blanked(fq: FactQuestion, found: list[Table]) -> str:
    """The question with the rows it names blanked out (its columns' words and asking left)."""
    keys = {k for t in found for k in t.by_key}
    chars = list(fq.text)
    for form in sorted({form for form, _ in fq.dept_names}, key=len, reverse=True):  # ("云和": no word asked)
        for at in [k for k in range(len(fq.text)) if fq.text.startswith(form, k)]:
            chars[at:at + len(form)] = ["＃"] * len(form)
    for m in fq.mentions:
        if m.start >= 0 and m.keys & keys:
            chars[m.start:m.end] = ["＃"] * (m.end - m.start)
    return "".join(chars)


def _other_column_said(t: Table, blank: str) -> bool:
    """Whether two characters the question says (no name, no asking) are of a header of a column not read here."""
    said = {blank[k:k + 2] for k in range(len(blank) - 1)} - {"多少", "是多", "的是", "是哪", "哪个", "哪些"}
    return any(w in label for label in t.others for w in said if "＃" not in w)


def _column_said(blank: str) -> bool:
    return bool(MONTH_SPAN.search(blank) or _SAME.search(blank) or _YOY.search(blank) or _SHARE.search(blank)
                or _SECOND_HALF.search(blank) or _EXECUTED.search(blank) or period_in(blank))


def under_said(question: str) -> bool:
    """Whether a question starts by saying an item under the row talked about ("里面就业补助多少", "那下面X呢")."""
    return bool(_UNDER.match(_LEAD.sub("", compact(normalize(question)))))


def _under_row_before(t: Table, i: int, blank: str, context: dict | None, peek) -> bool:
    """"社保就业支出" → "里面就业补助多少": an item said under the row the question before named (answered, or asked
    back by department), this table's item of that row."""
    p = t.rows[i].parent
    if p is None or not context or not _UNDER.match(_LEAD.sub("", blank)):
        return False
    if t.rows[p].key in (context.get("rows") or ()):
        return True
    before = (context.get("asked_departments") or {}).get("question") or ""
    return bool(before and peek is not None and any(t.rows[p].key in m.keys for m in peek(before).mentions))


def _shown_before(t: Table, context: dict | None) -> bool:
    shown = set(context.get("last") or ()) if context else set()
    return any(f["id"] in shown for r in t.rows for f in r.cells.values())


def _answered_elsewhere(idx, t: Table, key: str, docs: list[int], blank: str) -> bool:
    """Whether another table in scope prints a row of that name under a column holding the words asked (执行 of
    its 支出执行数)."""
    said = {m[0] for words in (_EXECUTED, _SAME, _YOY, _SHARE, _ADJUSTED, _INITIAL) for m in words.finditer(blank)}
    for d in docs:
        if d == t.doc or key not in idx.doc_rows_and_cols(d)[0]:
            continue
        if any(w in (f["col_labels"] or "") for f in idx.facts(idx.label_facts_in(key, d)) for w in said):
            return True
    return False


def _held_elsewhere(idx, t: Table, key: str, docs: list[int]) -> bool:
    """Whether another table in scope prints a row of that name."""
    return any(d != t.doc and key in idx.doc_rows_and_cols(d)[0] for d in docs)


def _asked_column(t: Table, blank: str) -> tuple[str, str]:
    """The column asked (a kind of _kind's, "half" for 下半年 worked out, "" when none is said) and the period said
    that the table prints no column of ('' when none)."""
    if _SECOND_HALF.search(blank):
        return "half", ""
    if _SHARE.search(blank) or _YOY.search(blank):  # ("上半年执行率": the rate of the period the table rates, else none)
        months = month_span(blank) or period_in(blank)
        if months and (months[0] != 1 or months[-1] != t.spans[-1]):
            return "", "rate"
        return ("share" if _SHARE.search(blank) else "yoy"), ""
    if months := month_span(blank) or period_in(blank):
        first, last = months[0], months[-1]
        if first == 1 and last in t.spans:
            return f"span{last}", ""
        if first > 1 and last in t.spans and first - 1 in t.spans:
            return f"part{first}-{last}", ""
        return "", f"{first}-{last}月"
    if alone := MONTH_ALONE.search(blank):
        return "", alone[0]
    for kind, words in (("yoy", _YOY), ("same", _SAME), ("share", _SHARE), ("adjusted", _ADJUSTED)):
        if words.search(blank):
            return kind, ""
    if _INITIAL.search(blank) and not _EXECUTED.search(blank):
        return "initial", ""
    if _EXECUTED.search(blank) or _WHOLE_YEAR.search(blank):
        return t.latest(), ""
    return "", ""


def _cell(idx, t: Table, i: int, blank: str, context: dict | None) -> FactAnswer | None:
    kind, missing = _asked_column(t, blank)
    name = t.shown_label(i)
    if missing:
        return None  # (a period of no running total here: another sheet may print it, 第一季度; else said so elsewhere)
    if not kind and _BARE.fullmatch(blank):  # ("卫生健康呢": the column of the one figure just shown, else none)
        kind = _kind_shown(t, context)
        if not kind:
            return None  # ("基本支出小计" said alone: its line, read elsewhere)
    kind = kind or t.latest()  # ("污染防治多少": what was done)
    if kind == "half" or kind.startswith("part"):
        first, last = (7, 12) if kind == "half" else map(int, kind[4:].split("-"))
        return _part(idx, t, i, first, last)
    f = t.rows[i].cells.get(kind)
    if f is None:
        return None
    reach = ""
    if kind.startswith("span") and _WHOLE_YEAR.search(blank) and int(kind[4:]) < 12:
        reach = f"1-{kind[4:]}月"
    return FactAnswer("answered", compose.cumulative_value(name, t.labels[kind], _shown(f), reach) + _cite(idx, [f]),
                      [f])


def _kind_shown(t: Table, context: dict | None) -> str:
    """The column of the figure just shown of this table ("卫生健康呢" after "教育支出调整预算数")."""
    shown = list(context.get("last") or ()) if context else []
    if len(shown) != 1:
        return ""
    return next((k for r in t.rows for k, f in r.cells.items() if f["id"] == shown[0]), "")


def _part(idx, t: Table, i: int, first: int, last: int) -> FactAnswer | None:
    """A part of the year (下半年, a quarter) worked out of two running totals: the later less the earlier."""
    if last not in t.spans or first - 1 not in t.spans:
        return None
    later, earlier = t.rows[i].cells.get(f"span{last}"), t.rows[i].cells.get(f"span{first - 1}")
    if later is None or earlier is None:
        return None
    diff = fmt_number(round(later["number"] - earlier["number"], 6)) + (later["unit"] or "")
    text = compose.cumulative_part(t.shown_label(i), f"{first}-{last}月", diff, t.labels[f"span{last}"], _shown(later),
                                   t.labels[f"span{first - 1}"], _shown(earlier))
    return FactAnswer("answered", text + _cite(idx, [later, earlier]), [later, earlier])


def _not_under(found: list[Table], text: str, fq: FactQuestion) -> FactAnswer | None:
    """"教育支出里学前教育多少": an item said under a row named that the table does not print under it — said so,
    with the items it does print (never one of them instead)."""
    for t in found:
        heads = [i for i in _rows_named(t, fq) if t.rows[i].kids]
        if len(heads) != 1:
            continue
        head = t.rows[heads[0]]
        at = text.find(head.key)
        under = _UNDER.match(text[at + len(head.key):]) if at >= 0 else None
        m = under and _ITEM_SAID.match(text[at + len(head.key) + under.end():])
        if m is None or _WHICH.search(m["said"]) or any(m["said"] in t.rows[k].key for k in head.kids):
            continue
        kids = "、".join(t.rows[k].label for k in head.kids)
        return FactAnswer("unknown", compose.cumulative_item_not_printed(head.label, m["said"], kids), settled=True)
    return None


def _unnamed(idx, found: list[Table], blank: str, said: str, titled: bool, context: dict | None) -> FactAnswer | None:
    """No row named: the top level ranked, the rows whose 同比 fell, the row just shown ("上年同期呢"), or the 合计
    of the table named by its title's words."""
    if len(found) != 1:
        return None
    t = found[0]
    if _other_column_said(t, blank):
        return None
    if (ranked := _ranked(idx, t, blank, said)) is not None:
        return ranked
    if _WHICH.search(blank):
        return None
    shown = set(context.get("last") or ()) if context else set()
    rows = [i for i, r in enumerate(t.rows) if any(f["id"] in shown for f in r.cells.values())]
    if len(rows) == 1 and _column_said(blank) | bool(_ADJUSTED.search(blank) or _INITIAL.search(blank)):
        return _cell(idx, t, rows[0], blank, None)
    totals = [i for i, r in enumerate(t.rows) if r.total and r.parent is None]
    if len(totals) == 1 and titled and _column_said(blank):
        return _cell(idx, t, totals[0], blank, None)
    return None


def _ranked(idx, t: Table, blank: str, said: str) -> FactAnswer | None:
    """"哪个类级支出最多", "执行率最低的是哪类": the top level's rows ranked; "哪些支出同比下降": the rows that fell."""
    if _LISTED.search(blank) and _FELL.search(blank) and _YOY.search(blank) and "yoy" in t.labels:
        rows = [i for i, r in enumerate(t.rows) if not r.total and "yoy" in r.cells]
        fell = [i for i in rows if t.rows[i].cells["yoy"]["number"] < 0]
        facts = [t.rows[i].cells["yoy"] for i in fell]
        lines = [compose.fact_value(t.shown_label(i), _shown(t.rows[i].cells["yoy"])) for i in fell]
        return FactAnswer("answered", compose.cumulative_fell(t.labels["yoy"], lines, len(rows)) + _cite(idx, facts),
                          facts, ranked=[f["id"] for f in facts])
    most, least = bool(_MOST.search(blank)), bool(_LEAST.search(blank))
    if most == least or not _LEVEL.search(blank) or _LISTED.search(blank):
        return None
    # ("增长最快的是哪类", "降幅最大的": by 同比; the words as said, before the reading made 降幅 a 增减率)
    changed = bool(_GREW.search(said) or _FELL.search(said))
    most = most != bool(_FELL.search(said))
    kind = "share" if _SHARE.search(blank) else "yoy" if _YOY.search(blank) or changed else "same" \
        if _SAME.search(blank) else "adjusted" if _ADJUSTED.search(blank) else "initial" \
        if _INITIAL.search(blank) and not _EXECUTED.search(blank) else t.latest()
    top = [(i, f) for i, r in enumerate(t.rows) if r.parent is None and not r.total and (f := r.cells.get(kind))]
    if len(top) < 2 or kind not in t.labels or _PERIOD_NOUN.search(blank):
        return None
    ordered = sorted(top, key=lambda x: x[1]["number"], reverse=most)
    best = [(i, f) for i, f in ordered if f["number"] == ordered[0][1]["number"]]
    text = compose.cumulative_extreme(most, kind in ("share", "yoy"), "、".join(t.rows[i].label for i, _ in best), t.labels[kind],
                                      _shown(best[0][1]), len(top))
    return FactAnswer("answered", text + _cite(idx, [f for _, f in best]), [f for _, f in best],
                      ranked=[f["id"] for _, f in ordered])


def _note(idx, t: Table, text: str) -> FactAnswer | None:
    """"备注里同比增长怎么算": the parts of the 备注 naming what is asked (its formula when how it is worked out is
    asked); the whole 备注 when nothing else is said."""
    parts = [f for f in t.notes if len(f["row_labels"].split(query.FACT_SEP)) > 1] or t.notes
    if not parts:
        return None
    said = [k for k, words in (("同比", _YOY), ("同期", _SAME), ("调整", _ADJUSTED), ("年初", _INITIAL),
                               ("占", _SHARE)) if words.search(text)]
    hits = [f for f in parts if any(k in f["value"] for k in said)] if said else parts
    if said and _HOW.search(text):
        hits = [f for f in hits if re.search(r"[=＝÷×]", f["value"])] or hits
    if not hits:
        return None
    return FactAnswer("answered", compose.cumulative_note([f["value"] for f in hits]) + _cite(idx, hits), hits)
