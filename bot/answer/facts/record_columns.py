"""Columns of a table of records asked by what they mean (col33): the rows that fell, rose or stayed level against
the year before (上年预算数 beside 本年预算数), a column's whole named with the table's kind ("专项资金本年预算合计":
its 合计 line), the longest or shortest span of years a text column prints (执行期限 "2023-2030年")."""

from __future__ import annotations

import re

from bot.answer import compose
from bot.answer.facts.question import FactAnswer
from bot.answer.facts.records import (
    _MOST,
    Record,
    Table,
    _column_said,
    _named,
    _runs,
    _scope,
    _tables_of,
    _title_runs,
    _without_departments,
)
from bot.answer.facts.values import _cite, _name, _shown
from bot.answer.facts.words import fmt_number, label_key
from bot.language.asking import Words
from bot.language.normalize import compact, normalize, small_number
from bot.store import queries as query

# A money column of the year before (上年预算数, 去年执行数), never funds carried over from it (上年结转, 上年结余:
# this year's own money). Shared with year_change.py, which reads the rows of a table of places the same way.
EARLIER = Words("year_change", r"^(?:{before})(?!{carried})")
# Rows compared with the year before: "比上年减少了", "跟去年持平", "较上年增加", "同上年比增减": which way they moved
# (any: 增减, 变化). Shared with year_change.py.
SINCE_LAST = Words("year_change", r"(?:{asking_words.departments.against})(?:{before})(?:{against_after})?(?:预算)?[，,]?"
                                  r"(?:是|有|都)?(?:(?P<level>{asking_words.departments.went_nowhere}|{level})"
                                  r"|(?P<any>{either})|(?P<fell>{asking_words.departments.went_down}|{fell})"
                                  r"|(?P<rose>{asking_words.departments.went_up}|{rose}))了?")
_SELECTING = re.compile(r"哪些|哪几|哪个|哪项|有没有|有哪|有几|几个|几项|多少个|多少项|是哪|列出|列一下|都有")


def answer(idx, question: str, docs: list[int] | None, context: dict | None) -> FactAnswer | None:
    """A column of a table of records asked by its meaning, or None."""
    whole = compact(normalize(question))
    said = {d for form in idx.dept_forms_said(whole) if form in whole for d in idx.dept_forms.get(form, ())}
    # (a department named whose tables hold no records: never another department's table instead)
    tables = [t for d in _scope(idx, whole, docs) if d in idx.docs and (not said or idx.docs[d].department in said)
              for t in _tables_of(idx, d)]
    text = _without_departments(idx, whole)
    if not tables:
        return None
    if (counted := _rows_of_a_value_counted(idx, tables, text)) is not None:
        return counted
    return _changed_since_last(idx, tables, text) or _column_whole(idx, tables, text) or _longest_span(idx, tables, text) \
        or (None if context else _sheet_column_total(idx, tables, text))


def _year_pair(t: Table) -> tuple[str, str] | None:
    """The table's column of the year before and its own amount beside it (上年预算数, 本年预算数), or None."""
    cols = {c: f for r in t.records for c, f in r.cells.items() if f["number"] is not None}
    earlier = [c for c in cols if EARLIER.match(c) and (cols[c]["unit"] or "") == (cols.get(t.amount, {}).get("unit") or "")]
    if len(earlier) != 1 or not t.amount or EARLIER.match(t.amount) or earlier[0] == t.amount:
        return None
    return earlier[0], t.amount


def _changed_since_last(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"哪些专项比上年减少了", "有没有跟去年持平的": the rows of the one table printing the year before beside its own
    amount whose figure fell (rose, stayed level) — the rows with no figure the year before (新设) told apart."""
    m = SINCE_LAST.search(text)
    if m is None or m.group("any") or not _SELECTING.search(text) or _MOST.search(text):
        return None  # (增减 / 变化 either way: year_change.py lists the rows that moved at all)
    paired = [(t, p) for t in tables if (p := _year_pair(t))]
    if len(paired) != 1:
        return None  # (none, or several tables: which is not guessed)
    t, (before, now) = paired[0]
    if _named([t], text[:m.start()] + " " + text[m.end():]) is not None:
        return None  # a row named: its own change is asked
    both = [r for r in t.records if _figure(r, before) is not None and _figure(r, now) is not None]
    if len(both) < 2:
        return None
    word = "减少" if m.group("fell") else "增加" if m.group("rose") else "持平"
    hits = [r for r in both if moved(_delta(r, before, now)) == word]
    new = [r.name for r in t.records if _figure(r, before) is None and _figure(r, now) is not None]
    cells = [f for r in (hits or both) for f in (r.cells[before], r.cells[now])]
    if not hits:
        text_out = compose.none_changed(word, len(both))
    else:
        lines = [compose.fact_value(r.name, compose.change_between(
            before, _shown(r.cells[before]), now, _shown(r.cells[now]),
            ("+" if _delta(r, before, now) > 0 else "") + fmt_number(_delta(r, before, now)) + (r.cells[now]["unit"] or "")))
            for r in hits]
        text_out = compose.numbered_items(lines, compose.changed_head(word, len(both)))
    if new:
        text_out += "\n" + compose.not_compared_new(before, new)
    return FactAnswer("answered", text_out + _cite(idx, cells), cells, ranked=[r.cells[now]["id"] for r in hits])


def _figure(r: Record, col: str) -> float | None:
    f = r.cells.get(col)
    return f["number"] if f is not None else None


def _delta(r: Record, before: str, now: str) -> float:
    return (_figure(r, now) or 0) - (_figure(r, before) or 0)


def moved(change: float) -> str:
    """Which way a row's change since the year before went (the same test wherever rows are compared so)."""
    return "增加" if change > 1e-9 else "减少" if change < -1e-9 else "持平"


_WHOLE_WORD = re.compile(r"合计|总额|总计|一共|总共|共计|加起来|总数")
_ASKING = re.compile(r"是多少|多少钱|多少万元|多少万|多少|是|有|为|的|呢|数|金额|资金|钱|万元|预算|安排")


def _column_whole(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"专项资金本年预算合计", "评价项目预算总额": the table named by words of its title, a total asked of a
    column (said in part: 本年预算 of 本年预算数; else the rows' own amount) and nothing else said: that column of its
    合计 line, never a row of another table named by the same words."""
    total = _WHOLE_WORD.search(text)
    if total is None or "占" in text or "比" in text or _SELECTING.search(text) or re.search(r"\d", text):
        return None  # (a year said: the labels' step reads which column or table prints it)
    found = []
    for t in tables:
        if t.total is None:
            continue
        rest = text[:total.start()] + " " + text[total.end():]
        titled = _title_runs(t, rest)
        if not any(rest[a:b] not in _GENERIC for a, b in titled) or _named([t], rest) is not None:
            continue  # (项目, 预算 alone name no one table)
        if _column_of_another_sheet(idx, t, rest):
            continue  # ("预留金额合计" of a file whose other sheet prints 预留金额: never this sheet's 预算金额)
        rest = _blank(rest, titled)
        col = _year_column(t, rest) or _column_said(t, rest) or _only_amount(t)
        left = _blank(rest, [(a, b) for a, b in _runs(rest, col)]) if col else rest
        left = _YEAR_WORD.sub(" ", left) if _year_pair(t) else left
        if not col or re.search(r"[\u4e00-\u9fff]", _ASKING.sub(" ", left)):
            continue  # something more is said (a row, a year, another table, 调剂后): not this table's whole
        found.append((sum(b - a for a, b in titled), t, col))
    found.sort(key=lambda x: -x[0])
    if not found or len(found) > 1 and found[0][0] == found[1][0]:
        return None
    _, t, col = found[0]
    line = t.total
    f = line.cells.get(col) if line is not None else None
    if line is None or f is None or f["number"] is None or "万" in text and f["unit"] == "元":
        return None  # (in 万 of a table in 元: the labels' step converts it)
    return FactAnswer("answered", compose.fact_value(f"{line.name} {col}", _shown(f)) + _cite(idx, [f]), [f])


def _column_of_another_sheet(idx, t: Table, text: str) -> bool:
    """Whether the question says whole (four characters or more, its unit aside) a header that another sheet of the
    table's file prints and the table does not."""
    doc = idx.docs.get(t.doc)
    own = {compact(_UNIT.sub("", c)) for r in t.records for c in r.cells}
    if not any(len(k) >= 4 and k in text and k not in own for k in idx.col_keys):
        return False  # (no header said that the table lacks: its file's other sheets are not read)
    others = {compact(_UNIT.sub("", (x["col_labels"] or "").split(query.FACT_SEP)[-1])) for x in idx.facts(list(doc.facts)[:3000], copied=False)
              if x["sheet"] != t.sheet} if doc is not None else set()
    return any(len(h) >= 4 and h in text and h not in own for h in others)


_UNIT = re.compile(r"[（(][^）)]*[）)]")


def _sheet_column_total(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"面向中小企业预留金额合计多少": a header said whole (four characters or more) with a total word, printed with a
    合计 line by one sheet of the documents asked of (a sheet of few text columns, no table of records): that
    line's cell; None when more is said than the sheet's names and titles."""
    total = _WHOLE_WORD.search(text)
    if total is None or "占" in text or "比" in text or _SELECTING.search(text) or re.search(r"\d", text):
        return None
    keys = sorted((k for k in idx.col_keys if len(k) >= 4 and k in text), key=len, reverse=True)
    if not keys or len(keys) > 1 and len(keys[1]) == len(keys[0]) and keys[1] not in keys[0] \
            or total.group() in keys[0]:
        return None  # (三年合计: the total word is the column's own name, no whole asked of it)
    if any(keys[0] == label_key(c) for t in tables for r in t.records[:1] for c in r.cells):
        return None  # (a column of a table of records: its own whole is read there)
    docs = {t.doc for t in tables}
    found = [f for f in idx.facts(list(idx.label_facts.get(keys[0], ()))[:2000], copied=False)
             if f["document_id"] in docs and f["number"] is not None and label_key(f["col_labels"] or "") == keys[0]
             and label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1]) in ("合计", "总计")]
    if len(found) != 1:
        return None
    f = found[0]
    rest = text.replace(keys[0], " " * len(keys[0]))
    rest = rest[:total.start()] + " " * (total.end() - total.start()) + rest[total.end():]
    names = [compact(f["sheet"] or ""), *idx.sheet_titles.get(f["document_id"], ()), compact(idx.docs[f["document_id"]].form)]
    for name in names:
        rest = _blank(rest, _runs(rest, name))
    if re.search(r"[\u4e00-\u9fff]", _ASKING.sub(" ", rest)) or "万" in text and f["unit"] == "元":
        return None  # (in 万 of a sheet in 元: the labels' step converts it)
    return FactAnswer("answered", compose.fact_value(_name(f), _shown(f)) + _cite(idx, [f]), [dict(f)])


# Words of many tables' titles: none names one table.
_GENERIC = frozenset({"项目", "预算", "资金", "部门", "单位", "年度", "支出", "收入", "经费", "汇总", "情况", "明细"})


def _only_amount(t: Table) -> str:
    """The column a whole names when no column is said: this year's beside the year before's, else the one money
    column the 合计 line prints; "" when several could be meant (调整前 and 调整后, 累计完成 and 计划)."""
    if _year_pair(t):
        return t.amount
    money = [c for c, f in (t.total.cells.items() if t.total else ()) if f["number"] is not None
             and (f["unit"] or "") in ("元", "万元", "亿元")]
    return money[0] if len(money) == 1 else ""


_YEAR_WORD = re.compile(r"上一年|上年|去年|本年|今年|当年")


def _year_column(t: Table, text: str) -> str:
    """"上年合计" / "今年合计" of a table printing the year before beside its own amount: that year's column."""
    pair = _year_pair(t)
    said = {w.group() for w in _YEAR_WORD.finditer(text)}
    if pair is None or not said:
        return ""
    before = said <= {"上一年", "上年", "去年"}
    return pair[0] if before else pair[1] if not said & {"上一年", "上年", "去年"} else ""


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


_SPAN = re.compile(r"((?:19|20)\d\d)(?:年)?\s*[-—–~～至到]\s*((?:19|20)\d\d)")
_LONGEST = re.compile(r"最(?:(?P<long>长|久)|短)")


def _longest_span(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"哪个专项执行期限最长": of the one column said whose cells print spans of years (2023-2030年), the rows of
    the longest (shortest) span, its years counted; None unless one such column of one table is said."""
    m = _LONGEST.search(text)
    if m is None:
        return None
    found = []
    for t in tables:
        col = _column_said(t, text[:m.start()])
        cells = [(r, r.cells[col]) for r in t.records if col and col in r.cells]
        spans = [(r, f, int(s.group(2)) - int(s.group(1)) + 1) for r, f in cells
                 if (s := _SPAN.search(f["value"] or "")) and int(s.group(2)) >= int(s.group(1))]
        if spans and len(spans) * 2 >= len(cells):
            found.append((t, col, spans))
    if len(found) != 1:
        return None
    _, col, spans = found[0]
    best = (max if m.group("long") else min)(n for _, _, n in spans)
    top = [(r, f) for r, f, n in spans if n == best]
    shown = f"{col} {_shown(top[0][1])}"
    return FactAnswer("answered", compose.span_extreme(bool(m.group("long")), [r.name for r, _ in top], shown, best,
                                                       len(spans))
                      + _cite(idx, [f for _, f in top]),
                      [f for _, f in top], ranked=[f["id"] for _, f in top])



def own_header(f: dict) -> str:
    """A fact's own column, its unit left out (预留金额(元) is 预留金额)."""
    return compact(_UNIT.sub("", (f["col_labels"] or "").split(query.FACT_SEP)[-1]))


def with_columns_of_its_stem(idx, question: str, fa: FactAnswer | None) -> FactAnswer | None:
    """"X预留方式是什么", "X怎么预留" answered from one row, its columns' first word said (预留 of 预留方式 beside 预留比例
    and 预留金额, one of them text): the way said with its share and amount, each under its own header; None when
    another column is said whole (预留金额: that figure alone is asked) or no such first word is said."""
    if fa is None or fa.status != "answered" or not fa.facts or len(fa.facts) > 3 \
            or len({(f["document_id"], f["sheet"], f["page"], f["line"]) for f in fa.facts}) != 1:
        return None
    f = fa.facts[0]
    doc = idx.docs.get(f["document_id"])
    text = compact(normalize(question))
    rest = _blank(text, _runs(text, compact((f["row_labels"] or "").split(query.FACT_SEP)[-1])))
    if doc is None or not f["sheet"] or not (any(x["number"] is None and own_header(x) in rest for x in fa.facts)
                                             or _HOW.search(rest) or _HOW_BEFORE.search(rest)):
        return None  # (neither a text header said whole nor the way asked: the row is not read again)
    row = [x for x in idx.facts(list(doc.facts)[:3000], copied=False)
           if (x["sheet"], x["page"], x["line"]) == (f["sheet"], f["page"], f["line"])]
    group = _stem_said(row, rest)
    if not group or re.search(r"[和及与、]", rest) and any(x["id"] not in {g["id"] for g in group} for x in fa.facts):
        return None  # ("采购方式和项目经费": another thing asked beside them, answered, is kept as answered)
    cells = [dict(x) for x in group]
    shown = [(x["col_labels"] or "").split(query.FACT_SEP)[-1].strip() for x in cells]
    pairs = [(f"{_name(x).rsplit(' ', 1)[0]} {shown[i]}" if i == 0 else shown[i], _shown(x)) for i, x in enumerate(cells)]
    return FactAnswer("answered", compose.fact_values(pairs) + _cite(idx, cells), cells)


def _stem_said(row: list[dict], rest: str) -> list[dict]:
    """The row's cells whose headers share the first word said (two characters, two headers or more), one of them
    text; [] when a header is said whole that is a figure's or of no such group."""
    heads = {x["id"]: own_header(x) for x in row}
    whole = [x for x in row if heads[x["id"]] in rest]
    for stem in dict.fromkeys(h[:2] for h in heads.values() if len(h) >= 4):
        group = [x for x in row if heads[x["id"]].startswith(stem)]
        if len(group) < 2 or all(x["number"] is not None for x in group):
            continue
        # said by a text header of the group whole (预留方式), or as the way it is done (怎么预留); never the word
        # alone, which may be a verb of the question ("什么时候采购" of 采购品目 / 采购需求概况)
        how = any(_HOW.search(rest[:m.start()]) for m in re.finditer(re.escape(stem), rest))
        if not how and not any(x in group and x["number"] is None for x in whole):
            continue
        if any(x not in group or x["number"] is not None for x in whole):
            return []
        return group
    return []


# "怎么预留": the way a thing is done asked right before its word
_HOW = Words("measures", r"(?:{how})$")
_HOW_BEFORE = Words("measures", r"(?:{how})")


# "是一年的吗", "几年的": the length of time a row's money or service covers, asked (its number, or how many)
_PERIOD_ASKED = Words("measures", r"(?:{period_checks})?(?P<n>[0-9一二两三四五六七八九十]{1,2}|几|多少)个?年(?:的|期)?"
                                   r"(?:{period_ends})?$")
# a length of years said in a row's words ("服务期三年", "采购预算为三年总额"), never a year of the calendar (2026年)
_PERIOD_SAID = re.compile(r"(?<![0-9])(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,2})个?年(?![0-9度])")


def period_in_its_text(idx, question: str, fa: FactAnswer | None) -> FactAnswer | None:
    """"X预算" → "是一年的吗": the row's words saying the length of time it covers (备注 "预算为三年总额"), with whether
    that is the length asked — never a figure of the row checked against the number said."""
    text = compact(normalize(question))
    asked = _PERIOD_ASKED.search(text)
    if asked is None or fa is None or not fa.facts or len({(f["document_id"], f["sheet"], f["line"]) for f in fa.facts}) != 1:
        return None
    f = fa.facts[0]
    doc = idx.docs.get(f["document_id"])
    if doc is None or not f["sheet"] or len(_blank(text, _runs(text, compact(f["row_labels"] or ""))).replace(" ", "")) \
            > asked.end() - asked.start():
        return None  # (more is said than the length asked and the row's name)
    said = [(x, m) for x in idx.facts(list(doc.facts)[:3000], copied=False)
            if (x["sheet"], x["page"], x["line"]) == (f["sheet"], f["page"], f["line"]) and x["number"] is None
            and (m := _PERIOD_SAID.search(x["value"] or ""))]
    if len(said) != 1:
        return None
    cell, m = said[0]
    n = small_number(asked.group("n")) if asked.group("n") not in ("几", "多少") else None
    line = compose.fact_value(_name(cell), _shown(cell))
    yes = None if n is None else n == small_number(m.group("n"))
    return FactAnswer("answered", compose.checked_against(yes, line) + _cite(idx, [cell]), [dict(cell)])


# a figure counted in a row's words ("采购警用无人机6架", "举办12场"): a number and the word it counts by
# (never a date, 2026年7月, nor money, 50万元)
_COUNTED_IN_WORDS = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?![年月日号时万元亿])[\u4e00-\u9fff]")


def count_in_its_text(idx, question: str, fa: FactAnswer | None) -> FactAnswer | None:
    """"X预算和数量": a count asked beside the row's figure (数量, 台数: a word of the vocabulary's count_endings) where
    no column of the row counts it and one text cell of the row states a counted figure ("6架"): the figure answered
    with that cell quoted, never the count left out."""
    text = compact(normalize(question))
    word = next((w for w in idx.count_endings if w in text), "")
    if not word or re.search(rf"[每单]{re.escape(word)}", text):
        return None  # ("每人次多少钱": a price of one asked, no count)
    if fa is None or fa.status != "answered":
        # (two things asked at once, "预算和数量", read as two clauses; a count asked alone is the labels' to say)
        return _count_of_a_row_named(idx, text, word) if re.search(r"[和及与、]", text) else None
    if not fa.facts or len({(f["document_id"], f["sheet"], f["line"]) for f in fa.facts}) != 1:
        return None
    f = fa.facts[0]
    doc = idx.docs.get(f["document_id"])
    if doc is None or not f["sheet"]:
        return None
    row = [x for x in idx.facts(list(doc.facts)[:3000], copied=False)
           if (x["sheet"], x["page"], x["line"]) == (f["sheet"], f["page"], f["line"])]
    if any(word in own_header(x) for x in row) or any(x["number"] is None for x in fa.facts):
        return None  # (a column of it: the labels answer it)
    said = [x for x in row if x["number"] is None and _COUNTED_IN_WORDS.search(x["value"] or "")]
    if len(said) != 1:
        return None
    cells = [*fa.facts, dict(said[0])]
    return FactAnswer("answered", compose.fact_values([(_name(x), _shown(x)) for x in cells]) + _cite(idx, cells), cells)


def _count_asked(idx, text: str) -> tuple[int, int] | None:
    """Where the question asks how many ([operation_words].count, the longest said): None when it does not."""
    for word in sorted(idx.operations.get("count", ()), key=len, reverse=True):
        if word and (at := text.find(word)) >= 0:
            return at, at + len(word)
    return None


_LEFT_OVER = Words("measures", r"(?:{count_leftovers})")


def _rows_of_a_value_counted(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"预留份额表里整体预留的项目有几个": a value said whole that a text column of one sheet prints on two rows or
    more (a sheet no table of records is read from: 预留方式 its one column of words), its sheet named or none said
    besides: the rows printing it, counted. None when anything else is said (a row, another column)."""
    if (many := _count_asked(idx, text)) is None or _MOST.search(text) or "占" in text or "比" in text:
        return None
    docs = {t.doc for t in tables}
    values = sorted((v for g in {text[i:i + 2] for i in range(len(text) - 1)} for v in idx.value_by_gram.get(g, ())
                     if len(v) >= 3 and v in text), key=len, reverse=True)
    if not values:
        return None
    v = values[0]
    cells = [f for f in idx.facts(idx.value_facts.get(v, [])[:500], copied=False) if f["document_id"] in docs]
    sheets = {(f["document_id"], f["sheet"], own_header(f)) for f in cells}
    records = {(t.doc, t.sheet) for t in tables}
    if len(sheets) != 1 or len(cells) < 2 or next(iter(sheets))[:2] in records:
        return None  # (a table of records: its own reader counts its rows)
    doc, sheet, col = next(iter(sheets))
    rest = _blank(text, [(text.index(v), text.index(v) + len(v)), many])
    for name in (compact(sheet or ""), *idx.sheet_titles.get(doc, ()), compact(idx.docs[doc].form)):
        rest = _blank(rest, [(a, b) for a, b in _runs(rest, name) if b - a >= 2])
    if re.search(r"[\u4e00-\u9fff]", _LEFT_OVER.sub(" ", rest)):
        return None
    items = [(f["row_labels"] or "").split(query.FACT_SEP)[-1] for f in cells]
    return FactAnswer("answered", compose.counted_items(items, compose.having_value_head(col, v))
                      + _cite(idx, cells), [dict(f) for f in cells], ranked=[f["id"] for f in cells])


def _count_of_a_row_named(idx, text: str, word: str) -> FactAnswer | None:
    """"X预算和数量" read as two clauses, the count found in none of the row's columns: the one row of a table of
    records the question names, its one text cell stating a counted figure, with its amount when a word of the
    amount's header is said (预算 of 预算金额)."""
    tables = [t for d in idx.docs for t in _tables_of(idx, d)]
    found = _named(tables, text)
    if found is None:
        return None
    t, r = found
    if any(word in compact(c) for c in r.cells):
        return None
    said = [f for f in r.cells.values() if f["number"] is None and _COUNTED_IN_WORDS.search(f["value"] or "")]
    if len(said) != 1:
        return None
    rest = _blank(text, _runs(text, r.key))
    amount = [r.cells[t.amount]] if t.amount in r.cells and any(b - a >= 2 for a, b in _runs(rest, t.amount)) else []
    cells = [*amount, said[0]]
    return FactAnswer("answered", compose.fact_values([(_name(x), _shown(x)) for x in cells]) + _cite(idx, cells),
                      [dict(x) for x in cells])
