"""Tables whose rows are named in a column and grouped by another: a 专项资金分配表 of villages under their 乡镇
(序号 | 乡镇（街道） | 村（社区） | 建设内容 | 数量 | 分配金额 | 其中 省级 / 县级 | 备注), schools under their 学区,
communities under their 街道 — the group printed on each of its rows or merged over them, a "X镇小计" row after
each group (or none), a 合计 row.

A row is asked by its own name (余村, 大溪村健身步道), a group by its name (天荒坪镇 → its 小计, or its rows added
when none is printed), the table by its whole (总共 → 合计); kinds of rows by the words of their kind column
(百姓健身房, 器材更新); superlatives over groups compare the groups, over rows the rows. Every word of the question
must be explained by the table or by the words of [allotted_words]; otherwise None, and the labels answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answer import compose
from bot.answer.facts.index import vocabulary_section
from bot.answer.facts.question import FactAnswer
from bot.answer.facts.values import _cite, _shown
from bot.answer.facts.words import fmt_number, label_key
from bot.language.normalize import compact, in_order, normalize
from bot.store import queries as query

_MONEY = ("元", "万元", "亿元")
_TOTAL = re.compile(r"^(?:合计|总计|总合计|共计)")
_SUB = re.compile(r"(?:小计|合计)$")
_BASE = re.compile(r"基数|标准|单价")
_QUANTITY = re.compile(r"^(\d+(?:\.\d+)?)\s*([\u4e00-\u9fffA-Za-z]{1,3})$")
# The heads of a group column and a row-name column that name places or organisations (乡镇 › 村, 学区 › 学校).
_PLACE_HEAD = re.compile(r"乡|镇|街道|村|社区|学区|学校|片区|区域|地区|县|市|区")


@dataclass
class Row:
    name: str  # the row's own name (余村), or the group's for its 小计
    group: str  # the group it stands in (天荒坪镇)
    line: int
    cells: dict[str, dict] = field(default_factory=dict)  # column key -> fact


@dataclass
class Grouped:
    doc: int
    sheet: str
    group_head: str  # 乡镇（街道）
    name_head: str  # 村（社区）
    rows: list[Row] = field(default_factory=list)
    subtotals: dict[str, Row] = field(default_factory=dict)
    groups: list[str] = field(default_factory=list)  # in order
    total: Row | None = None
    amount: str = ""  # the row's own amount (分配金额)
    parts: list[str] = field(default_factory=list)  # its 其中 columns
    count: str = ""  # 数量
    base: str = ""  # 补助基数 / 标准 / 单价
    kind: str = ""  # the column of kinds (建设内容)
    leaves: dict[str, str] = field(default_factory=dict)  # column key -> its own header (省级补助)
    title: str = ""


def _words(idx) -> dict[str, list[str]]:
    """[allotted_words] of the vocabulary: each kind of ask and its words, longest first."""
    return vocabulary_section(getattr(idx, "vocab_path", ""), "allotted_words", _read_words)


def _read_words(data: object) -> dict[str, list[str]]:
    kinds = data if isinstance(data, dict) else {}
    return {k: sorted((compact(w) for w in v if isinstance(w, str) and compact(w)), key=len, reverse=True)
            for k, v in kinds.items() if isinstance(v, list)}


def tables_of(idx, doc: int) -> list[Grouped]:
    """The grouped tables of one document (read once per index)."""
    return idx.read_once("_allotted_tables", doc, lambda: _read(idx, doc))


def every_table(idx) -> list[tuple[str, Grouped]]:
    """Every grouped table of the index with its department, in the documents' order: read once per index
    (a question that names no such table walked the 2,000 documents of a large knowledge base to find none)."""
    kept = idx.__dict__.get("_allotted_every")
    if kept is None:
        kept = idx.__dict__["_allotted_every"] = [(idx.docs[d].department, t) for d in idx.docs
                                                  for t in tables_of(idx, d)]
    return kept


def _col_key(f: dict) -> str:
    return label_key("".join((f["col_labels"] or "").split(query.FACT_SEP)))


def _read(idx, doc: int) -> list[Grouped]:
    ids = list(idx.docs[doc].facts)
    if len(ids) > 4000:
        return []
    sheets: dict[str, dict[int, list[dict]]] = {}
    for f in idx.facts(ids):
        if f["row_labels"] and f["col_labels"]:
            sheets.setdefault(f["sheet"] or "", {}).setdefault(f["line"] or 0, []).append(f)
    out = []
    for sheet, lines in sheets.items():
        t = _table(doc, sheet, lines)
        if t is not None:
            t.title = compact(idx.docs[doc].form or "")
            out.append(t)
    return out


def _column_letter(f: dict) -> str:
    return re.sub(r"\d+$", "", f["cell"] or "")


def _name_column(lines: dict[int, list[dict]], heads: dict[int, list[str]]) -> str:
    """The leftmost column of words on the rows that are no 小计 or 合计: the rows' own names, when the group
    label alone labels them."""
    data = [fs for ln, fs in lines.items() if len(heads[ln]) == 1 and not _SUB.search(heads[ln][0])
            and not _TOTAL.match(heads[ln][0])]
    if len(data) < 3:
        return ""
    firsts = []
    for fs in data:
        words = sorted((f for f in fs if f["number"] is None and (f["value"] or "").strip() and f["cell"]),
                       key=lambda f: (len(_column_letter(f)), _column_letter(f)))
        firsts.append(_col_key(words[0]) if words else "")
    key = max(set(firsts), key=firsts.count)
    return key if key and firsts.count(key) * 5 >= len(firsts) * 4 else ""


def _table(doc: int, sheet: str, lines: dict[int, list[dict]]) -> Grouped | None:
    heads = {ln: [x.strip() for x in (fs[0]["row_labels"] or "").split(query.FACT_SEP)] for ln, fs in lines.items()}
    row_heads = next(((fs[0]["row_heads"] or "").split(query.FACT_SEP) for ln, fs in lines.items()
                      if len(heads[ln]) == 2 and not _SUB.search(heads[ln][-1])), None)
    name_col = "" if row_heads else _name_column(lines, heads)
    if not row_heads and not name_col:
        return None
    t = Grouped(doc, sheet, "", "")
    for ln in sorted(lines):
        _place(t, lines[ln], heads[ln], name_col)
    if not _fits(t, lines, name_col, row_heads):
        return None
    _columns(t)
    return t if t.amount else None


def _place(t: Grouped, fs: list[dict], labels: list[str], name_col: str) -> None:
    """One line of the table: the 合计, a group's 小计, or a row named in its group."""
    cells = {_col_key(f): f for f in fs}
    first = labels[0]
    own = cells.pop(name_col, None) if name_col else None
    name = labels[1] if len(labels) >= 2 else (own["value"].strip() if own else "")
    line = fs[0]["line"] or 0
    if _TOTAL.match(label_key(first)):
        t.total = t.total or Row(first, "", line, cells)
    elif _SUB.search(label_key(first)) or _SUB.search(label_key(name)):
        group = _SUB.sub("", first).strip() or (t.rows[-1].group if t.rows else "")
        t.subtotals[group] = Row(group, group, line, cells)
    elif name and len(labels) <= 2:
        t.rows.append(Row(name, first, line, cells))
        if first not in t.groups:
            t.groups.append(first)
        if own is not None:
            t.rows[-1].cells["__name__"] = own


def _fits(t: Grouped, lines: dict[int, list[dict]], name_col: str, row_heads: list[str] | None) -> bool:
    """Groups of rows, most of more than one row, each a run; the group or the row head a place's or an
    organisation's; no 小计 naming a group the rows lack."""
    if row_heads:
        t.group_head, t.name_head = row_heads[0], row_heads[1] if len(row_heads) > 1 else ""
    else:
        fs = next(iter(lines.values()))
        t.group_head = (fs[0]["row_heads"] or "").split(query.FACT_SEP)[0]
        own = next((r.cells["__name__"] for r in t.rows if "__name__" in r.cells), None)
        t.name_head = (own["col_labels"] or "").split(query.FACT_SEP)[-1] if own else ""
    if len(t.groups) < 2 or len(t.rows) < 4 or not _PLACE_HEAD.search(t.group_head + t.name_head):
        return False
    runs = [g for i, r in enumerate(t.rows) if (g := r.group) and (i == 0 or t.rows[i - 1].group != g)]
    if len(runs) != len(t.groups) or sum(1 for g in t.groups if sum(r.group == g for r in t.rows) > 1) * 2 < len(t.groups):
        return False
    return all(g in t.groups for g in t.subtotals)


def _columns(t: Grouped) -> None:
    """What each column is: the row's amount, its 其中 parts, its count, its base, its kind."""
    cols: dict[str, list[dict]] = {}
    for r in t.rows:
        for k, f in r.cells.items():
            if k != "__name__":
                cols.setdefault(k, []).append(f)
    order = sorted(cols, key=lambda k: min((len(_column_letter(f)), _column_letter(f)) for f in cols[k]))
    for k in order:
        fs = cols[k]
        t.leaves[k] = label_key((fs[0]["col_labels"] or "").split(query.FACT_SEP)[-1])
        money = sum(f["number"] is not None and (f["unit"] or "") in _MONEY for f in fs) * 2 >= len(fs)
        parted = (fs[0]["col_labels"] or "").startswith("其中")
        if _BASE.search(k) and money:
            t.base = t.base or k
        elif money and parted:
            t.parts.append(k)
        elif money:
            t.amount = t.amount or k
        elif (n := sum(bool(_QUANTITY.match(compact(f["value"] or ""))) for f in fs)) and (
                n * 2 >= len(fs) if "数量" in k else n * 4 >= len(fs) * 3):  # (a 数量, or "12公里" on most rows)
            t.count = t.count or k
        elif all(f["number"] is None for f in fs) and len({compact(f["value"] or "") for f in fs}) < len(fs) \
                and not re.search(r"备注|说明", k):
            t.kind = t.kind or k


# ---------------------------------------------------------------- what the question says


@dataclass
class Said:
    rows: list[str] = field(default_factory=list)  # row names said
    groups: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)  # values of the kind column said
    cols: list[str] = field(default_factory=list)  # columns said (keys)
    asks: set[str] = field(default_factory=set)  # kinds of ask said (amount, count, kind, base, which, list …)
    level: str = ""  # "group" or "row": the level a superlative or list is over
    rest: str = ""  # what nothing explains
    titled: bool = False  # words of the table's title said
    shared: list[str] = field(default_factory=list)  # words of rows' names said (高标准农田建设, 污水): rows holding them


def _claim(text: str, word: str, spans: list[tuple[int, int]]) -> bool:
    """Claim every free occurrence of word in text; whether one was."""
    got = False
    for m in re.finditer(re.escape(word), text):
        if not any(a < m.end() and m.start() < b for a, b in spans):
            spans.append((m.start(), m.end()))
            got = True
    return got


def _distinct_bigrams(values: list[str]) -> dict[str, set[str]]:
    grams = {v: {v[i:i + 2] for i in range(len(v) - 1)} for v in values}
    return {v: {g for g in gs if not any(g in grams[o] for o in values if o != v)} for v, gs in grams.items()}


def _kinds_said(t: Grouped, text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The kinds (建设内容) the question says by words only that kind's name holds (笼式运动场 of
    新建笼式多功能运动场, 器材更新 of 更新村级健身点器材): two such pairs of characters, or all it has."""
    values = sorted({compact(r.cells[t.kind]["value"] or "") for r in t.rows if t.kind in r.cells})
    said = []
    for v, grams in _distinct_bigrams(values).items():
        grams = {g for g in grams if g not in t.title}  # (村级 of the title names the table, not a kind)
        free = [m for g in grams for m in re.finditer(re.escape(g), text)
                if not any(a < m.end() and m.start() < b for a, b in spans)]
        a, b = (min(m.start() for m in free), max(m.end() for m in free)) if free else (0, 0)
        # (its words said together, within the length of its name: not two words far apart)
        if len({m.group() for m in free}) >= min(2, len(grams)) and grams and b - a <= len(v) + 1:
            said.append(v)
            spans.append((a, b))
            # (the words the kind shares with the others, 健身 of 百姓健身房, are its too when said beside it)
            for w in (v[i:i + 2] for i in range(len(v) - 1)):
                for m in re.finditer(re.escape(w), text):
                    if abs(m.start() - a) <= 3 or abs(m.end() - b) <= 3:
                        _claim_at(m.start(), m.end(), spans)
    return said


def _claim_at(a: int, b: int, spans: list[tuple[int, int]]) -> None:
    if not any(x <= a and b <= y for x, y in spans):
        spans.append((a, b))


# A group's name said without the word of its level: 乾潭 of 乾潭镇, 青石 of 青石学区.
_GROUP_END = re.compile(r"(?:街道|学区|片区|社区|镇|乡)$")


def _groups_said_short(t: Grouped, text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The groups said by their name less its level's word, when that names one group only and is not the
    start of a longer word of a row's name (李家 of 李家村和美乡村 is no 李家镇)."""
    names = [compact(r.name) for r in t.rows]
    shorts = {g: _GROUP_END.sub("", compact(g)) for g in t.groups}
    said = []
    for g, short in shorts.items():
        if len(short) < 2 or short == compact(g) or sum(x == short for x in shorts.values()) > 1:
            continue
        for m in re.finditer(re.escape(short), text):
            longer = text[m.start():m.end() + 1]
            if len(longer) > len(short) and any(longer in n for n in names):
                continue
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append((m.start(), m.end()))
                said.append(g) if g not in said else None
    return said


def _shared_words(t: Grouped, text: str, spans: list[tuple[int, int]], words: dict[str, list[str]]) -> list[str]:
    """Words of rows' names said (高标准农田建设 of five rows, 污水 of 子胥村农村生活污水处理设施提升改造): at each
    free place the longest run some row's name holds — two characters or more that are not only words of
    asking or of [allotted_words] generic (项目, 建设), nor the start of a longer run of the table's title."""
    names = [compact(r.name) for r in t.rows]
    known = sorted(dict.fromkeys(w for ws in words.values() for w in ws), key=len, reverse=True)  # (never set order)
    out, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and not any(a <= j < b for a, b in spans) and any(text[i:j + 1] in n for n in names):
            j += 1
        k = i
        while k < len(text) and text[i:k + 1] in t.title:
            k += 1
        if j - i >= 2 and k < j and len(_without(text[i:j], known)) >= 2:
            out.append(text[i:j])
            spans.append((i, j))
            i = j
        else:
            i += 1
    return out


def _without(word: str, known: list[str]) -> str:
    for w in known:
        word = word.replace(w, "")
    return word


def _level_words(t: Grouped, head: str) -> list[str]:
    """The words a level is said by: its head's words (乡镇, 街道 of 乡镇（街道）) and their endings (镇, 乡)."""
    words = {w for w in re.split(r"[（）()、/／\s]+", normalize(head)) if w}
    words |= {w[:-2] for w in words if len(w) >= 4 and w.endswith("名称")}  # (学校 of 学校名称)
    words |= {w[:-1] for w in words if len(w) >= 2 and w.endswith("名") and w[:-1]}  # (村 of 村名)
    for w in list(words):
        words |= {w[-1]} if len(w) >= 2 and w[-1] in "镇乡村区县市" else set()
        words |= {"乡", "镇"} if w == "乡镇" else set()
    return sorted(words, key=lambda w: (-len(w), normalize(head).find(w)))  # (as long: as the head says them)


def _read_said(t: Grouped, text: str, words: dict[str, list[str]]) -> Said:
    """The question read with the names of the table whole; when that leaves words unexplained, read again
    with a group said short (乾潭 of 乾潭镇) and words of the rows' names (高标准农田建设, 污水): kept when all
    is then explained."""
    s = _read_question(t, text, words)
    if not s.rest:
        return s
    loose = _read_question(t, text, words, True)
    return loose if not loose.rest and (loose.rows or loose.groups) else s


def _read_question(t: Grouped, text: str, words: dict[str, list[str]], loose: bool = False) -> Said:
    """What the question names of the table (rows, groups, kinds, columns), what it asks, and what is left."""
    s, spans = Said(), list[tuple[int, int]]()
    for name in sorted(dict.fromkeys(r.name for r in t.rows), key=len, reverse=True):  # (as long: the table's order)
        if _claim(text, compact(name), spans):
            s.rows.append(name)
    for g in sorted(t.groups, key=len, reverse=True):
        if _claim(text, compact(g) + "小计", spans) or _claim(text, compact(g), spans):
            s.groups.append(g)
    if loose:
        s.groups += [g for g in _groups_said_short(t, text, spans) if g not in s.groups]
    s.kinds = _kinds_said(t, text, spans) if t.kind else []
    if loose and not s.rows:
        s.shared = _shared_words(t, text, spans, words)
        s.rows = [r.name for r in t.rows if any(w in compact(r.name) for w in s.shared)]
    _read_headers(t, text, s, spans)
    rows_counted = "|".join(re.escape(w) for w in _level_words(t, t.name_head))
    for m in re.finditer(rf"(?:有)?(?<!哪)(?:几|多少)[个所家座]?(?:{rows_counted})", text) if rows_counted else ():
        _claim_at(m.start(), m.end(), spans)
        s.asks.add("count_rows")
    groups_counted = "|".join(re.escape(w) for w in _level_words(t, t.group_head))
    for m in re.finditer(rf"(?<!哪)(?:几|多少)[个所家座]?(?:{groups_counted})+", text) if groups_counted else ():
        _claim_at(m.start(), m.end(), spans)  # ("分给了几个乡镇街道": the groups counted)
        s.asks.add("count_groups")
    if _claim(text, "小计", spans):
        s.asks.add("subtotal")
    for kind in ("which", "most", "least", "compare", "diff", "list", "sum", "each"):
        for w in words.get(kind, []):
            if _claim(text, w, spans):
                s.asks.add(kind)
    _read_asks(t, text, words, s, spans)
    for lv, head in (("group", t.group_head), ("row", t.name_head)):
        for w in _level_words(t, head):
            if _claim(text, w, spans):
                s.level = s.level or lv
    _read_header_words(t, text, s, spans)
    for w in words.get("amount_weak", []):  # (a plain "多少": the amount, when no column is said)
        if _claim(text, w, spans) and not s.cols and t.amount:
            s.cols.append(t.amount)
    for w in words.get("filler", []):
        _claim(text, w, spans)
    s.rest = _title_rest(t, text, spans)
    s.titled = len(s.rest) < len(_title_rest(t, text, spans, False))
    return s


def _read_headers(t: Grouped, text: str, s: Said, spans: list[tuple[int, int]]) -> None:
    """The columns said by their own header (省级补助, 县级配套) or its first two characters when no other
    column's header starts alike (省级, 县级)."""
    keys = [k for k in (t.amount, *t.parts, t.count, t.base, t.kind) if k]
    keys += [k for k in t.leaves if k not in keys]
    for k in keys:
        leaf = _leaf(t, k)  # (合计 alone of 资金规模合计 asks a sum, not that column)
        # (a 其中 part by its first two characters: 省级 of 省级补助; never another column's, 补助 of 补助基数)
        short = leaf[:2] if k in t.parts and len(leaf) >= 4 and sum(x[:2] == leaf[:2] for x in t.leaves.values()) == 1 \
            else ""
        if _claim(text, k, spans) or _claim(text, leaf, spans) or short and _claim(text, short, spans):
            s.cols.append(k)


def _read_header_words(t: Grouped, text: str, s: Said, spans: list[tuple[int, int]]) -> None:
    """A column said by a word only its header holds (学生 of 受益学生数), read after the other words."""
    keys = [k for k in (t.amount, *t.parts, t.count, t.base, t.kind) if k]
    keys += [k for k in t.leaves if k not in keys]
    for k in keys:
        leaf = t.leaves.get(k, k)
        parts = {leaf[i:i + 2] for i in range(len(leaf) - 1)} if len(leaf) >= 3 and k not in s.cols else set()
        for w in sorted(parts):
            if not any(w in x for o, x in t.leaves.items() if o != k) and not _title_word_at(t, text, w) \
                    and _claim(text, w, spans):
                s.cols.append(k)
                break


def _read_asks(t: Grouped, text: str, words: dict[str, list[str]], s: Said, spans: list[tuple[int, int]]) -> None:
    """The columns asked in everyday words: a unit of the counts (多少公里), 几个, 建的啥, 标准, 多少钱."""
    for w in words.get("unit", []):
        if t.count and (_claim(text, "多少" + w, spans) or _claim(text, "几" + w, spans)):
            s.asks.add("unit:" + w)
            s.cols.append(t.count) if t.count not in s.cols else None
    rows_said = any(w in text for w in _level_words(t, t.name_head))
    for kind, col in (("count", t.count), ("kind", t.kind), ("base", t.base), ("amount", t.amount)):
        for w in words.get(kind, []):
            # (an ask of a column the table lacks is left unexplained; "项目一共几个" of a table without a count
            # column counts its rows)
            if col and _claim(text, w, spans) and col not in s.cols:
                s.cols.append(col)
            elif not col and kind == "count" and rows_said and _claim(text, w, spans):
                s.asks.add("count_rows")


def _title_word_at(t: Grouped, text: str, w: str) -> bool:
    """Whether w is said as part of the title's words (学生 of 学生营养改善计划), not alone."""
    i = text.find(w)
    return i >= 0 and (text[max(i - 1, 0):i + 2] in t.title and i > 0 or text[i:i + 3] in t.title and i + 2 < len(text))


def _title_rest(t: Grouped, text: str, spans: list[tuple[int, int]], title: bool = True) -> str:
    """The characters nothing claimed, less runs of two or more that the title says in order (健身设施资金 of
    村级全民健身场地设施建设专项资金分配表)."""
    free = "".join(ch if not any(a <= i < b for a, b in spans) else " " for i, ch in enumerate(text))
    rest = []
    for run in free.split():
        if title and len(run) >= 2 and in_order(run, t.title):
            continue
        rest.append(run)
    return "".join(rest)


# ---------------------------------------------------------------- answers


def answer(idx, question: str, docs: list[int] | None, context: dict | None) -> FactAnswer | None:
    """A row, a group, a kind of rows or the whole of a grouped table asked; None when the question is not
    wholly about one such table, or asks what it does not print (the labels then answer or say so)."""
    text = compact(normalize(question))
    if re.search(r"(?:19|20)\d\d|去年|上年|明年|今年|前年", text):
        return None  # (a year asked: the years' own steps say what is held)
    depts: set[str] = set()
    for form in sorted(idx.dept_forms_said(text), key=len, reverse=True):
        if form in text:
            depts.update(idx.dept_forms.get(form, ()))
            text = text.replace(form, "")
    # (a department said: its tables only)
    every = [t for dept, t in every_table(idx) if not depts or dept in depts]
    tables = [t for t in every if not docs or t.doc in docs]
    if not every or not text:
        return None
    chosen = _chosen(idx, tables, text, context)
    if chosen is None and len(tables) < len(every):
        # (a table outside the conversation's department said by its title and a name of it: "那健身设施专项里
        # 天荒坪镇呢" after another department's project)
        chosen = _chosen(idx, every, text, None)
        chosen = chosen if chosen is not None and chosen[1].titled and (chosen[1].rows or chosen[1].groups) else None
    if chosen is None:
        return None
    t, s, shown = chosen
    if s.rest and shown is not None and shown[0] is t and text.startswith("其中") and not (s.rows or s.groups):
        # ("其中脱贫户多少户" after a group: a part the table does not print)
        return FactAnswer("unknown", compose.allotted_missing("表中所列", s.rest), [], settled=True)
    if s.rest or not (s.cols or s.asks or s.rows or s.groups or s.kinds):
        return None
    return _answer(idx, t, s, shown[1] if shown is not None and shown[0] is t else [], text)


def _chosen(idx, tables: list[Grouped], text: str, context: dict | None
            ) -> tuple[Grouped, Said, tuple[Grouped, list[tuple[str, str, str]]] | None] | None:
    """The one table the question is about (it names a row, group or kind of it; or the last answer was
    from it; or its title or levels are said with no other table's answer just shown), its reading and what
    the last answer showed of it."""
    if not tables:
        return None
    words = _words(idx)
    read = [(t, _read_said(t, text, words)) for t in tables]
    shown = _shown_rows(idx, tables, context)
    named = [(t, s) for t, s in read if s.rows or s.groups or s.kinds]
    if len(named) > 1:
        return None
    if named:
        return named[0][0], named[0][1], shown
    if shown is not None:
        return next((t, s, shown) for t, s in read if t is shown[0])
    if len(read) == 1 and (read[0][1].level or read[0][1].titled) and not (context or {}).get("last") \
            and not (context or {}).get("shown"):
        return read[0][0], read[0][1], None
    return None


def _shown_rows(idx, tables: list[Grouped], context: dict | None) -> tuple[Grouped, list[tuple[str, str, str]]] | None:
    """The rows the last answer showed, when they are one grouped table's: the table and, for each fact,
    (level, name, column): ("group", 天荒坪镇, 其中县级配套), ("row", 余村 line, 分配金额)."""
    ids = list((context or {}).get("last") or (context or {}).get("shown") or ())[:12]
    if not ids:
        return None
    facts = idx.facts(ids)
    for t in tables:
        at = []
        for f in facts:
            if f["document_id"] != t.doc or (f["sheet"] or "") != t.sheet:
                break
            line, col = f["line"] or 0, _col_key(f)
            sub = next((g for g, r in t.subtotals.items() if r.line == line), None)
            row = next((r for r in t.rows if r.line == line), None)
            at.append(("group", sub, col) if sub else ("row", str(line), col) if row else ("total", "", col))
        if at and len(at) == len(facts):
            return t, at
    return None


def _answer(idx, t: Grouped, s: Said, shown: list[tuple[str, str, str]], text: str) -> FactAnswer | None:
    cols = s.cols or list(dict.fromkeys(c for _, _, c in shown)) or [t.amount]
    if "list" in s.asks and s.rows and not (s.groups or s.shared):
        # ("饮水设备更新有哪些": the row of that name and every row whose name holds it, 溪口小学饮水设备更新)
        held = list(dict.fromkeys(r.name for r in t.rows if any(compact(n) in compact(r.name) for n in s.rows)))
        s.shared, s.rows = (list(s.rows), held) if len(held) > len(set(s.rows)) else ([], s.rows)
    _inside_the_group_shown(t, s, shown)
    if "which" in s.asks and s.rows and not s.groups:
        return _group_of(idx, t, s.rows)
    if "count_rows" in s.asks:
        return _rows_counted(idx, t, s, shown)
    if "count_groups" in s.asks and not (s.rows or s.groups or s.kinds):
        facts = [f for g in t.groups for f in _group_cells(t, g, t.amount)[0]]
        return FactAnswer("answered", compose.allotted_count("表中", _level(t.group_head), len(t.groups), t.groups)
                          + _cite(idx, facts), facts)
    if s.asks & {"compare", "diff"} and len(s.groups) == 2 and not s.rows and len(cols) == 1 and _additive(t, cols[0]):
        return _groups_set_side_by_side(idx, t, sorted(s.groups, key=lambda g: _said_at(text, g)), cols[0])
    if s.shared and s.asks & {"list", "each"} and not s.groups:
        return _listed_rows(idx, t, _rows(t, s), "、".join(s.shared))  # ("未来乡村建设有哪些": each with its group)
    if "each" in s.asks and not (s.rows or s.groups or s.kinds) and len(shown) > 1:
        rows = [r for lv, line, _ in shown if lv == "row" for r in t.rows if str(r.line) == line]
        if len(rows) == len(shown):  # ("每个多少钱" after rows listed: each one's)
            return _of_rows(idx, t, Said(rows=list(dict.fromkeys(r.name for r in rows))), cols)
    among = [r for lv, line, _ in shown if lv == "row" for r in t.rows if str(r.line) == line]
    if s.asks & {"most", "least"}:
        # (over the level said: 哪个乡镇 the groups, 哪个村 the rows; "其中最贵的" the rows just listed; "最多的是哪个"
        # says neither)
        if s.level or s.rows or s.kinds or s.groups:
            return _extreme(idx, t, s, cols[0])
        return _extreme(idx, t, s, cols[0], among) if len(among) > 1 else None
    if s.asks & {"subtotal", "sum"} and not (s.rows or s.groups or s.kinds) and among \
            and {r.line for r in among} == {r.line for r in t.rows if r.group == among[0].group}:
        return _of_groups(idx, t, [among[0].group], cols)  # ("学生小计多少" after a group's rows, all of them)
    if s.groups and not s.rows and not s.kinds and not s.cols and not s.asks \
            and (not shown and "小计" in text or any(lv == "row" for lv, _, _ in shown)):
        # ("潭溪镇那个呢" after a row: that group's row alike, not its 小计; "白沙镇小计" said bare: the labels
        # show its whole line, which "其中脱贫户多少户" is then read against)
        return None
    if "list" in s.asks or "each" in s.asks and s.level == "group" and not (s.rows or s.groups or s.kinds):
        return _listed(idx, t, s)  # (哪些村…; 各乡镇多少: the groups)
    if s.rows or s.groups and t.kind in cols:
        return _of_rows(idx, t, s, cols)  # (a row by its name; "梅溪镇建了什么": the group's rows, each its kind)
    if s.groups:
        return _of_groups(idx, t, s.groups, cols)
    if s.kinds:
        return _of_kinds(idx, t, s, cols)
    if shown and s.cols:
        return _shown_again(idx, t, shown, s.cols)
    if cols == [t.count] and "sum" in s.asks:
        return _quantities(idx, t, t.rows, _leaf(t, t.count), s)  # ("养护里程一共多少公里": every row's)
    if t.total is not None and ("sum" in s.asks or s.cols):
        pairs, fs = _cells(t, t.total, cols)
        return FactAnswer("answered", compose.allotted_cells("合计", pairs) + _cite(idx, fs), fs) if fs else None
    return None


def _inside_the_group_shown(t: Grouped, s: Said, shown: list[tuple[str, str, str]]) -> None:
    """Words of rows' names said after a group's rows or 小计 were shown ("钦堂乡有几个项目" → "污水那个市级资金
    多少"): the rows of that group that hold them, when it has some."""
    if not s.shared or s.groups or not shown:
        return
    groups = {name if lv == "group" else next((r.group for r in t.rows if str(r.line) == name), "")
              for lv, name, _ in shown}
    if len(groups) != 1 or "" in groups:
        return
    group = groups.pop()
    inside = [n for n in s.rows if any(r.name == n and r.group == group for r in t.rows)]
    if inside:
        s.rows, s.groups = inside, [group]


def _said_at(text: str, group: str) -> int:
    """Where a group is said: by its whole name, or by its name less its level's word."""
    for word in (compact(group), _GROUP_END.sub("", compact(group))):
        if (at := text.find(word)) >= 0:
            return at
    return len(text)


def _groups_set_side_by_side(idx, t: Grouped, groups: list[str], col: str) -> FactAnswer | None:
    """"寿昌镇比乾潭镇多多少", "李家镇和更楼街道谁分得多": each group's whole (its 小计, or its rows added) and the
    difference, the first said against the second."""
    lines, facts, values = [], [], []
    for g in groups:
        fs, printed = _group_cells(t, g, col)
        if not fs:
            return None
        values.append(sum(f["number"] or 0 for f in fs))
        lines.append(compose.allotted_cells(f"{g}小计" if printed else g, [(_leaf(t, col), _shown(fs[0]))])
                     if len(fs) == 1 else _added(t, g, fs))
        facts += fs
    unit = facts[0]["unit"] or ""
    lines.append(compose.allotted_difference(groups[0], groups[1], fmt_number(values[0]), fmt_number(values[1]),
                                             fmt_number(values[0] - values[1]), unit))
    return FactAnswer("answered", compose.allotted_lines(lines) + _cite(idx, facts), facts)


def _listed_rows(idx, t: Grouped, rows: list[Row], what: str) -> FactAnswer | None:
    """The rows whose names hold the words said, each with its group and amount."""
    if not rows:
        return None
    items = [f"{r.name}（{'，'.join(x for x in (r.group, _shown(r.cells[t.amount]) if t.amount in r.cells else '') if x)}）"
             for r in rows]
    facts = [r.cells[t.amount] for r in rows if t.amount in r.cells]
    return FactAnswer("answered", compose.allotted_listed(what, _level(t.name_head), items) + _cite(idx, facts), facts)


def _leaf(t: Grouped, col: str) -> str:
    """A column as shown: its own header (省级补助), or its whole name when that is only a total (资金规模合计)."""
    leaf = t.leaves.get(col, col)
    return col if leaf in ("合计", "小计", "总计", "金额") else leaf


def _level(head: str) -> str:
    return re.sub(r"(?<=.)(?:名称|名)$", "", head)


def _kind_of(t: Grouped, r: Row) -> str:
    return compact(r.cells[t.kind]["value"] or "") if t.kind in r.cells else ""


def _rows(t: Grouped, s: Said) -> list[Row]:
    return [r for r in t.rows if (not s.rows or r.name in s.rows) and (not s.groups or r.group in s.groups)
            and (not s.kinds or _kind_of(t, r) in s.kinds)]


def _cells(t: Grouped, r: Row, cols: list[str]) -> tuple[list[tuple[str, str]], list[dict]]:
    """The columns asked of one row as (header, value) pairs, and the facts shown; "建的啥" shows the row's
    kind with its count and amount."""
    if t.kind in cols:
        cols = list(dict.fromkeys([*cols, *(c for c in (t.count, t.amount) if c)]))
    pairs, facts = [], []
    for c in cols:
        f = r.cells.get(c)
        if f is None:
            pairs.append((_leaf(t, c), ""))
            continue
        pairs.append((_leaf(t, c), _shown(f)))
        facts.append(f)
    return pairs, facts


def _row_name(t: Grouped, r: Row, several: bool) -> str:
    kind = r.cells[t.kind]["value"].strip() if several and t.kind in r.cells else ""
    return f"{r.name}（{r.group}）{kind}"


def _added(t: Grouped, what: str, facts: list[dict], label: str = "") -> str:
    """The figures of one column (or of the columns named in label) added, the arithmetic shown, when they
    are two or more in one unit."""
    nums = [f for f in facts if f["number"] is not None]
    if len(nums) < 2 or len({f["unit"] or "" for f in nums}) != 1:
        return ""
    total = sum(f["number"] for f in nums)
    return compose.allotted_added(what, label or _leaf(t, _col_key(nums[0])), fmt_number(total), nums[0]["unit"] or "",
                                  [fmt_number(f["number"]) for f in nums], len(nums))


def _rows_counted(idx, t: Grouped, s: Said, shown: list[tuple[str, str, str]]) -> FactAnswer | None:
    """How many rows (by their names) a group, a kind or the table holds: "菖蒲镇有几所学校"."""
    groups = s.groups or [name for lv, name, _ in shown if lv == "group"][:1]
    rows = _rows(t, Said(groups=groups, kinds=s.kinds))
    if not rows or s.rows:
        return None
    names = list(dict.fromkeys(r.name for r in rows))
    facts = [r.cells[t.amount] for r in rows if t.amount in r.cells]
    what = "、".join(groups + s.kinds) or "表中"
    return FactAnswer("answered", compose.allotted_count(what, _level(t.name_head), len(names), names) + _cite(idx, facts), facts)


def _of_rows(idx, t: Grouped, s: Said, cols: list[str]) -> FactAnswer | None:
    rows = _rows(t, s)
    if not rows:
        # (余村 said under 递铺街道: not that group's; 余村健身步道: no such row of it)
        said, what = ("、".join(s.groups), "、".join(s.rows)) if s.groups and not s.kinds else \
            ("、".join(s.groups + s.rows), "、".join(s.kinds))
        return FactAnswer("unknown", compose.allotted_missing(said, what), [], settled=True)
    several = len(rows) > 1 or len({r.line for r in t.rows if r.name == rows[0].name}) > 1
    lines, facts = [], []
    for r in rows:
        pairs, fs = _cells(t, r, cols)
        lines.append(compose.allotted_cells(_row_name(t, r, several and t.kind not in cols), pairs))
        facts += fs
    if not all(_additive(t, c) for c in cols):
        pass  # (a rate or a standard of several rows: each shown, never added)
    elif len(rows) == 1 and len(facts) > 1 and "sum" in s.asks and t.kind not in cols:
        lines.append(_added(t, rows[0].name, facts, "、".join(_leaf(t, c) for c in cols)))  # (县级跟省级一共)
    elif len(rows) > 1 and len(cols) == 1 and cols[0] != t.kind:
        total = _added(t, "、".join(dict.fromkeys(r.name for r in rows)), [f for f in facts if _col_key(f) == cols[0]])
        lines.append(total) if total else None
    return FactAnswer("answered", compose.allotted_lines(lines) + _cite(idx, facts), facts) if facts \
        else _blank(idx, lines, [f for r in rows for f in list(r.cells.values())[:1]])


def _blank(idx, lines: list[str], rows: list[dict]) -> FactAnswer | None:
    """Only blank cells asked (大溪村's 省级补助): said blank, citing the row, never a figure."""
    if not rows:
        return None
    return FactAnswer("unknown", compose.allotted_lines([x for x in lines if x]) + _cite(idx, rows), [], settled=True)


# Columns whose figures are no amounts to add (补助标准, 单价, 执行率): a group's is never its rows' sum.
_NOT_ADDED = re.compile(r"标准|单价|基数|率|比例|%|均|平均")


def _additive(t: Grouped, col: str) -> bool:
    return col != t.base and not _NOT_ADDED.search(col)


def _group_cells(t: Grouped, g: str, col: str) -> tuple[list[dict], bool]:
    """A group's figure of a column: its 小计's cell, or its rows' cells to add when none is printed."""
    sub = t.subtotals.get(g)
    if sub is not None:
        return ([sub.cells[col]] if col in sub.cells else []), True
    return [r.cells[col] for r in t.rows if r.group == g and col in r.cells], False


def _parts_added(t: Grouped, g: str) -> str:
    """The 其中 parts of a group's rows added, each part's sum ("其中：中央 80万元，省级 92万元，市级 82万元")."""
    sums = []
    for p in t.parts:
        fs = [r.cells[p] for r in t.rows if r.group == g and p in r.cells and r.cells[p]["number"] is not None]
        if fs and len({f["unit"] or "" for f in fs}) == 1:
            sums.append((_leaf(t, p), fmt_number(sum(f["number"] for f in fs)) + (fs[0]["unit"] or "")))
    return compose.allotted_parts(sums) if sums else ""


def _group_value(t: Grouped, g: str, col: str) -> float:
    fs, _ = _group_cells(t, g, col)
    return sum(f["number"] or 0 for f in fs)


def _of_groups(idx, t: Grouped, groups: list[str], cols: list[str]) -> FactAnswer | None:
    lines, facts = [], []
    for g in groups:
        for c in cols:
            fs, printed = _group_cells(t, g, c)
            if not printed and not _additive(t, c):
                return None  # (枫溪片补助标准: each row's, said by the labels, never their sum)
            if printed and fs:
                lines.append(compose.allotted_cells(f"{g}小计", [(_leaf(t, c), _shown(fs[0]))]))
            elif printed:
                lines.append(compose.allotted_cells(f"{g}小计", [(_leaf(t, c), "")]))
            else:
                lines.append(_added(t, g, fs) or compose.allotted_cells(g, [(_leaf(t, c), _shown(f)) for f in fs]))
                lines.append(_parts_added(t, g) if c == t.amount and len(fs) > 1 else "")
            facts += fs
    if len(groups) > 1 and len(cols) == 1:
        wholes = [f for g in groups for f in _group_cells(t, g, cols[0])[0] if _group_cells(t, g, cols[0])[1]]
        lines.append(_added(t, "、".join(groups), wholes) if len(wholes) == len(groups) else "")
    if not facts:
        return _blank(idx, lines, [f for g in groups if (sub := t.subtotals.get(g)) for f in list(sub.cells.values())[:1]])
    return FactAnswer("answered", compose.allotted_lines([x for x in lines if x]) + _cite(idx, facts), facts)


def _of_kinds(idx, t: Grouped, s: Said, cols: list[str]) -> FactAnswer | None:
    """Rows of a kind: their base (补助标准, the one figure they share), their quantities added in the unit
    asked (健身步道一共多少公里), or their amounts added (器材更新一共补助多少钱)."""
    rows = _rows(t, s)
    what = "、".join(s.kinds)
    if not rows:
        return None
    col = cols[0]
    if col == t.base:
        values = {_shown(r.cells[col]) for r in rows if col in r.cells}
        if len(values) != 1:
            return None
        facts = [next(r.cells[col] for r in rows if col in r.cells)]
        return FactAnswer("answered", compose.allotted_cells(what, [(_leaf(t, col), values.pop())]) + _cite(idx, facts),
                          facts)
    if col == t.count:
        return _quantities(idx, t, rows, what, s)
    facts = [r.cells[col] for r in rows if col in r.cells]
    if len(facts) > 1 and not _additive(t, col):
        return None
    text = _added(t, what, facts) if len(facts) > 1 else compose.allotted_cells(what, [(_leaf(t, col), _shown(f)) for f in facts])
    return FactAnswer("answered", text + _cite(idx, facts), facts) if facts and text else None


def _quantities(idx, t: Grouped, rows: list[Row], what: str, s: Said) -> FactAnswer | None:
    """Quantities printed with their unit in the cell ("2.5公里") added, when all are in the unit asked (or
    in one unit when none is asked)."""
    units = {a.split(":", 1)[1] for a in s.asks if a.startswith("unit:")}
    got = [(float(m.group(1)), m.group(2), r.cells[t.count]) for r in rows if t.count in r.cells
           and (m := _QUANTITY.match(compact(r.cells[t.count]["value"] or "")))]
    if not got or len(got) < len(rows) or len({u for _, u, _ in got}) != 1 or units and got[0][1] not in units:
        return None
    total, unit = fmt_number(sum(x for x, _, _ in got)), got[0][1]
    facts = [f for _, _, f in got]
    text = compose.allotted_added(what, _leaf(t, t.count), total, unit, [fmt_number(x) for x, _, _ in got], len(got))
    return FactAnswer("answered", text + _cite(idx, facts), facts)


def _extreme(idx, t: Grouped, s: Said, col: str, among: list[Row] | None = None) -> FactAnswer | None:
    """The group (or the row, when rows are said or asked, or among the rows just listed) with the most or
    least of a column; ties all named. Rows are compared line by line (a school's 小学 and 初中 lines apart)."""
    most = "most" in s.asks
    if among or s.level == "row" or s.rows or s.kinds or s.groups:
        rows = [r for r in (among or _rows(t, s)) if col in r.cells]
        several = {r.name for r in rows if sum(x.name == r.name for x in rows) > 1}
        names = [_row_name(t, r, r.name in several) for r in rows]
        values = {n: r.cells[col]["number"] or 0 for n, r in zip(names, rows, strict=True)}
        facts_of = {n: [r.cells[col]] for n, r in zip(names, rows, strict=True)}
        level = _level(t.name_head)
    else:
        if not t.subtotals and not _additive(t, col):
            return None  # (groups compared by a standard their rows print: not by its sum)
        names = list(t.groups)
        values = {g: _group_value(t, g, col) for g in names}
        facts_of = {g: _group_cells(t, g, col)[0] for g in names}
        level = _level(t.group_head)
    if len(names) < 2:
        return None
    best = max(values.values()) if most else min(values.values())
    top = [n for n in names if abs(values[n] - best) < 1e-9]
    facts = [f for n in top for f in facts_of[n]]
    if not facts:
        return None
    unit = facts[0]["unit"] or ""
    text = compose.allotted_extreme(most, level, _leaf(t, col), top, fmt_number(best) + unit, len(names))
    fa = FactAnswer("answered", text + _cite(idx, facts), facts)
    order = sorted(names, key=lambda n: values[n], reverse=most)
    if all(len(facts_of[n]) == 1 for n in names):  # (the order "第二呢" goes on in)
        fa.ranked = [facts_of[n][0]["id"] for n in order]
    elif all(facts_of[n] for n in names):  # (groups of rows added: "第二呢" the group at that place)
        fa.ranked_groups = [(n, [f["id"] for f in facts_of[n]]) for n in order]
    return fa


def _listed(idx, t: Grouped, s: Said) -> FactAnswer | None:
    """The rows of a group or a kind by their names (with their amount), or the groups when they are asked."""
    if s.level == "group" and not (s.rows or s.kinds or s.groups):
        items = [f"{g}：{_shown(fs[0])}" if len(fs := _group_cells(t, g, t.amount)[0]) == 1 else g for g in t.groups]
        facts = [f for g in t.groups for f in _group_cells(t, g, t.amount)[0][:1]]
        return FactAnswer("answered", compose.allotted_listed("表中", t.group_head, items) + _cite(idx, facts), facts)
    if not (s.kinds or s.groups) or s.rows:
        return None
    rows = _rows(t, s)
    if not rows:
        return None
    names = list(dict.fromkeys(r.name for r in rows))
    items = []
    for n in names:
        fs = [r.cells[t.amount] for r in rows if r.name == n and t.amount in r.cells]
        amount = fmt_number(sum(f["number"] or 0 for f in fs)) + (fs[0]["unit"] or "") if fs else ""
        group = "" if s.groups else next(r.group for r in rows if r.name == n)
        items.append(f"{n}（{'，'.join(x for x in (group, amount) if x)}）")
    what = "、".join(s.groups + s.kinds)
    facts = [r.cells[t.amount] for r in rows if t.amount in r.cells]
    return FactAnswer("answered", compose.allotted_listed(what, _level(t.name_head), items) + _cite(idx, facts), facts)


def _group_of(idx, t: Grouped, names: list[str]) -> FactAnswer | None:
    lines, facts = [], []
    for n in names:
        rows = [r for r in t.rows if r.name == n]
        lines.append(compose.allotted_group_of(n, list(dict.fromkeys(r.group for r in rows)), t.group_head))
        facts += [r.cells[t.amount] for r in rows if t.amount in r.cells]
    return FactAnswer("answered", compose.allotted_lines(lines) + _cite(idx, facts), facts) if facts else None


def _shown_again(idx, t: Grouped, shown: list[tuple[str, str, str]], cols: list[str]) -> FactAnswer | None:
    """A column asked of the rows, groups or total the last answer showed ("其中省级呢", "它县级配套多少")."""
    places = list(dict.fromkeys((lv, name) for lv, name, _ in shown))
    if len(places) != 1:
        return None
    lv, name = places[0]
    if lv == "group":
        return _of_groups(idx, t, [name], cols)
    row = next((r for r in t.rows if str(r.line) == name), None) if lv == "row" else t.total
    if row is None:
        return None
    pairs, facts = _cells(t, row, cols)
    label = "合计" if lv == "total" else _row_name(t, row, True)
    return FactAnswer("answered", compose.allotted_cells(label, pairs) + _cite(idx, facts), facts) if facts else None
