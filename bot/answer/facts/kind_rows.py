"""The rows of one general table said by its kind, asked as a whole.

A county office publishes a table of many departments' rows whose title names what its rows are: 专项资金 of a
县级财政专项资金绩效目标汇总表, 民生实事 of a 民生实事项目完成情况表. Staff say that word for the table ("专项资金一共
多少项", "民生实事涉及几个部门", "哪个部门专项资金最多", "县级专项资金总规模多少") — never a row's name (a row may end
in the same word). Read here: the rows counted, the departments of its owner column counted, the departments ranked
by their rows added up, the rows' total. Answered only when one table's kind is said, no row, class or other
department of it is, and the column asked is clear; otherwise None, and the rest of the engine reads it.
"""

from __future__ import annotations

from bot.answer import YEAR_ASKED, compose
from bot.answer.facts import groups
from bot.answer.facts.outline import code_of
from bot.answer.facts.owned_rows import _blanked
from bot.answer.facts.question import FactAnswer, FactQuestion, _filter
from bot.answer.facts.values import _cite, _name, _shown
from bot.answer.facts.words import _COUNT_OF_ROWS, fmt_number, label_key, title_word_said
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.normalize import compact, in_unit, normalize

_SUM = Words("kind_rows", "{operation_words.sum}|{asking_words.owned_rows.sum}|{total}")
_COUNT = Words("kind_rows", "{operation_words.count}")
_OWNERS = Words("kind_rows", "{asking_words.owned_rows.owners}")
# What is said after the count word when the rows themselves are counted: an item word, then the question's end
_COUNTED = Words("kind_rows", "(?:{items})?(?:{ends})*$")
_CLASSES = Words("kind_rows", "(?:{classes})$|^(?:{classes})")
_CLASS_HEAD = Words("kind_rows", "{class_heads}")
_WHICH_OWNER = Words("kind_rows", "哪(?:个|一个|家|些)?(?:{asking_words.owned_rows.owners})")
# "哪个专项资金最大" (the kind blanked after it) or "哪个最多": a row; never "哪个乡镇最多" (a class column's)
_WHICH_ROW = Words("kind_rows", "哪(?:个|一个|项|一项)(?= |最)")
# a rate asked (执行率最低的是哪个): never a money column's row ranked in its place
_RATE = Words("kind_rows", "{rates}")
_MOST = Words("kind_rows", "最(?:(?P<max>{more})|{less})")
# a level's matching funds said "配套" (县级配套, 地方配套资金): that level's column of funds
_MATCHING = Words("kind_rows", "(?P<level>{matching_levels})(?P<matching>{matching})(?:资金)?")
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]")
# "没完成", "未验收": the rows a yes-or-no column (是否完成) marks no
_NOT_DONE = Words("kind_rows", "(?:{negations})(?P<verb>[\u4e00-\u9fff]{2})")
# An organisation said by a name of its own (民政局, 残联, 医保中心): its rows, never the whole table's
_ORGANISATION = Words("kind_rows", "[\u4e00-\u9fff](?:{organisation_ends})(?![有以谓])")


def answer(idx, question: str) -> FactAnswer | None:
    """The table whose kind the question says, and what is asked of its rows as a whole; None when not clear."""
    text = groups.names_after_count(compact(normalize(question)))
    text = _matching_read(idx, text)
    if not groups.title_said(idx, text):
        return None  # (no table's kind said: neither reading below finds one, no table read)
    chosen = _chosen(idx, text)
    if chosen is None:
        return _owner_not_listed(idx, text)
    t, kind, rest = chosen
    if t.year and (years := sorted(y for m in YEAR_ASKED.finditer(text) if (y := int(m.group(1))) != t.year
                                   and not _year_printed(idx, t, y))):
        # ("2025年县级专项资金总规模" of a 2026 table whose document prints no 2025 column: no figure of that year)
        return FactAnswer("unknown", compose.kind_of_other_year(kind, years, t.title, t.year), [], settled=True)
    if (bound := _bound(question)) is not None:  # ("上级补助超过一千万的专项资金": the rows within the bound)
        return _within(idx, t, kind, _money_column(t, text[:bound[3]] + " " + text[bound[4]:], kind), bound)
    owner = next((h for h in t.heads if _OWNERS.search(h)), "")
    if (done := _NOT_DONE.search(rest)) is not None or (done := _NOT_DONE.search(text)) is not None:
        return _not_done(idx, t, done.group("verb"))
    if _COUNT.search(rest) and _OWNERS.search(rest):
        return _owners_counted(idx, t, owner) if owner else None
    if (most := _MOST.search(rest)) is not None:
        col = _money_column(t, text, kind)
        if col and not _WHICH_OWNER.search(rest) and _WHICH_ROW.search(rest) and not _RATE.search(text):
            return _row_ranked(idx, t, col, bool(most.group("max")))  # ("哪个专项资金规模最大": one row)
        if not owner or not _WHICH_OWNER.search(rest):
            return None
        return groups._classes_ranked(idx, t, owner, col, bool(most.group("max"))) if col else None
    if (count := _COUNT.search(rest)) is not None:
        if _CLASSES.search(count.group()) or _CLASSES.match(after := rest[count.end():].replace(" ", "")):
            # ("乡村振兴资金一共几个类": the classes of its one class column counted, never the rows)
            heads = [h for h in t.heads if _CLASS_HEAD.search(h)]
            return _owners_counted(idx, t, heads[0]) if len(heads) == 1 else None
        if not _COUNTED.match(after):
            return None  # (another thing counted than the rows)
        cells = [next(iter(r.cells.values())) for r in t.rows if r.cells]
        if len(cells) != len(t.rows):
            return None
        return FactAnswer("answered", compose.counted_items([r.name for r in t.rows], f"{kind} ")
                          + _cite(idx, cells[:3]), cells)
    if _SUM.search(rest):
        return _total(idx, t, kind, _money_column(t, text, kind))
    return None


def _year_printed(idx, t: groups.Table, year: int) -> bool:
    """Whether a column of the table's document prints the year (2025年执行数 beside 2026年预算数)."""
    return any(str(year) in (f["col_labels"] or "") for f in idx.facts(sorted(idx.docs[t.doc].facts)))


def _matching_read(idx, text: str) -> str:
    """"县级配套": the level's own funds, said as its column of funds is (县级资金) — unless a column of the tables
    in scope prints the words as said (本级配套)."""
    columns: list[str] | None = None

    def read(m: re.Match) -> str:
        nonlocal columns
        if columns is None:
            columns = [compact(c) for t in groups.scope(idx, text) for c in t.columns]
        said = m.group("level") + m.group("matching")
        return m.group(0) if any(said in c for c in columns) else m.group("level") + "资金"
    return _MATCHING.sub(read, text)


def _chosen(idx, text: str) -> tuple[groups.Table, str, str] | None:
    """The one general table whose title's kind the question says, the kind as said, and the question with the
    title's words blanked; None when two tables fit, or a row, a class value or another department is said."""
    fits = [(t, kind) for t in groups.scope(idx, text) if title_word_said(t.title, text) and (kind := groups.kind_said(t, text))]
    if len(fits) != 1 or not fits[0][0].rows:
        return None
    t, kind = fits[0]
    publisher = compact(idx.docs[t.doc].department or "")
    if any(not publisher.startswith(f) for f in idx.dept_forms_said(text) if f in text):
        return None  # (a department named: its rows are groups.py's and owned_rows.py's, never the whole table's)
    rest = _blanked(text, t.title)
    if groups.said_classes([t], text) or _ORGANISATION.search(rest) or not _flat(t):
        return None
    plain = text if (bound := _bound(text)) is None else text[:bound[3]] + " " + text[bound[4]:]  # (超过一千万)
    plain = YEAR_ASKED.sub(" ", _NOT_DONE.sub(" ", _SUM.sub(" ", _OWNERS.sub(" ", plain))))  # (a year: checked later)
    for f in sorted(idx.dept_forms_said(text), key=len):
        plain = plain.replace(f, " ")  # (the publisher's place or name: "开化县级专项资金"; 开化 before 开化县 keeps 县级)
    if groups._unexplained(t, plain):
        return None  # ("评价结果里差的有几个": a word the table's words and asking words do not explain, a filter)
    runs = {rest[i:i + 4] for i in range(len(rest) - 3) if all("\u4e00" <= c <= "\u9fff" for c in rest[i:i + 4])}
    if any(run in compact(r.name) for r in t.rows for run in runs):
        return None  # ("高标准农田建设专项资金多少": one row named, ending in the kind)
    return t, kind, rest


def _flat(t: groups.Table) -> bool:
    """Whether the table's rows are its items only: no heading lines (一、交通), no line counting rows (9个项目),
    no rows standing under others (by the loader's path or by subject code) or 小计 lines among them."""
    codes = {c for r in t.rows if (c := code_of(r.name))}
    return not t.subtotals and not any(t.parents.values()) and not any(
        _HEADING.match(r.name) or _COUNT_OF_ROWS.match(label_key(r.name)) for r in t.rows) and not any(
        c != d and c.startswith(d) for c in codes for d in codes)  # (20101 under 201: subject codes nest)


def _money_column(t: groups.Table, text: str, kind: str) -> str:
    """The column said (上级补助, 县级安排), else the table's main money column; never a rate's. Words the title
    holds name the table, not a column ("县级专项资金总规模" of a 县级财政专项资金…表 asks its 合计, not 县级安排)."""
    col, words = groups.column_said(t, text.replace(kind, " "))
    if words and all(words[i:i + 2] in t.title for i in range(len(words) - 1)):
        col = ""
    col = col or t.main
    return "" if col in t.measures else col


def _bound(text: str) -> tuple[str, float, str, int, int] | None:
    """A bound on an amount said ("超过一千万", "500万以上"): its comparison, number, unit and span; None when
    none is, or it is a share's (90%) or a count's."""
    said = normalize(text)  # (the question as said, its % kept: "低于80%" bounds a rate, never an amount)
    fq, taken = FactQuestion(text=said), list[tuple[int, int]]()
    _filter(fq, said, taken)
    if fq.cmp not in ("gt", "ge", "lt", "le") or fq.number is None or fq.percent or not taken \
            or fq.number_unit not in ("", "万", "万元", "元"):
        return None
    start, end = (len(compact(said[:at])) for at in taken[-1])  # (the span in the compact question)
    return fq.cmp, fq.number, fq.number_unit, start, end


def _within(idx, t: groups.Table, kind: str, col: str, bound: tuple[str, float, str, int, int]) -> FactAnswer | None:
    """"上级补助超过一千万的专项资金": the rows whose figure in the column said (else the main one) is within the
    bound, said in the table's unit (一千万 of a table in 万元 is 1000); None unless every row's figure is in the one
    money unit (a bound on figures of mixed or other units compares nothing)."""
    figures = groups._figures(t.rows, col) if col else []
    units = {f["unit"] or "" for f in figures}
    if not figures or len(figures) != len(t.rows) or len(units) != 1:
        return None
    op, said_number, said, _, _ = bound
    unit = units.pop()
    if (number := in_unit(said_number, said or unit, unit)) is None:
        return None
    test = {"gt": number.__lt__, "ge": number.__le__, "lt": number.__gt__, "le": number.__ge__}[op]
    hits = [(r, f) for r, f in zip(t.rows, figures, strict=True) if test(f["number"])]
    items = [(r.name, _shown(f)) for r, f in hits]
    cells = [f for _, f in hits] or figures[:1]
    return FactAnswer("answered", compose.kind_rows_within(col, op, fmt_number(number) + unit, kind, items)
                      + _cite(idx, cells), cells)


def _row_ranked(idx, t: groups.Table, col: str, most: bool) -> FactAnswer | None:
    """"哪个专项资金规模最大": the row of the largest (smallest) figure in the column, every row compared."""
    figures = groups._figures(t.rows, col)
    if len(figures) != len(t.rows) or not figures:
        return None
    pairs = sorted(zip(t.rows, figures, strict=True), key=lambda p: p[1]["number"], reverse=most)
    top = [(r, f) for r, f in pairs if f["number"] == pairs[0][1]["number"]]
    shown = f"{col} {_shown(top[0][1])}"
    return FactAnswer("answered", compose.fact_extreme("max" if most else "min", [r.name for r, _ in top], shown,
                                                       len(pairs)) + _cite(idx, [f for _, f in top]),
                      [f for _, f in top], ranked=[f["id"] for _, f in pairs])


def _owners_counted(idx, t: groups.Table, owner: str) -> FactAnswer:
    """"专项资金涉及几个部门": the values of the owner column (主管部门, 责任单位), counted once each (of a class
    column too: 项目类别's classes)."""
    values = t.values(owner)
    cells = [next(iter(r.cells.values())) for r in t.rows if r.cells][:3]
    return FactAnswer("answered", compose.labels_of_level(owner, values) + _cite(idx, cells), cells)


def _total(idx, t: groups.Table, kind: str, col: str) -> FactAnswer | None:
    """"县级专项资金总规模多少": every row added up in the column asked; the table's 合计 line itself when it prints
    one and the rows agree with it."""
    figures = groups._figures(t.rows, col) if col else []
    printed = t.total.get(col)
    if not figures or len(figures) != len(t.rows) and printed is None:
        return None  # (rows some leave blank (中央资金 of a 项目管理费 paid by the county alone): the printed 合计 only)
    total = round(sum(f["number"] for f in figures), 4)
    if printed is not None and abs(printed["number"] - total) > 0.01:
        return None  # (rows that do not add up to the printed whole: some rows are parts of others)
    if printed is not None:  # (the table's own 合计 line, as printed: a follow-up reads its other columns, 中央的呢)
        return FactAnswer("answered", compose.fact_value(_name(printed), _shown(printed)) + _cite(idx, [printed]),
                          [printed])
    unit = figures[0]["unit"] or ""
    parts = [(r.name, fmt_number(f["number"])) for r, f in zip(t.rows, figures, strict=True)]
    return FactAnswer("answered", compose.class_sum(kind, col, parts, fmt_number(total), unit) + _cite(idx, figures),
                      figures, total=(total, unit))


def _not_done(idx, t: groups.Table, verb: str) -> FactAnswer | None:
    """"哪些民生实事没完成": the rows its yes-or-no column of the verb (是否完成) marks 否 — never those marked
    otherwise (基本完成), which are no 否."""
    head = "是否" + verb
    lines = {r.line: r for r in t.rows}
    marks = [f for f in idx.facts(list(idx.docs[t.doc].facts))
             if (f["sheet"] or "") == t.sheet and f["line"] in lines and compact(f["col_labels"] or "") == head]
    if len(marks) != len(t.rows):
        return None
    cells = [f for f in marks if compact(f["value"] or "") == "否"]
    if not cells:
        return None
    names = [lines[f["line"]].name for f in cells]
    return FactAnswer("answered", compose.counted_items(names, compose.having_value_head(head, "否")) + _cite(idx, cells),
                      cells)


def _owner_not_listed(idx, text: str) -> FactAnswer | None:
    """"县水利局的专项资金": the one table whose kind is said lists no rows of the organisation said, which another
    table's owner column prints (the 民生实事 table's 责任单位): that table has none of its rows, said so — never
    the other table's rows."""
    tables = groups.scope(idx, text)
    kinds = [t for t in tables if title_word_said(t.title, text) and groups.kind_said(t, text)]
    if len({t.doc for t in kinds}) != 1 or any(groups.said_classes([t], text) for t in kinds):
        return None
    t = kinds[0]
    head = next((h for h in t.heads if _OWNERS.search(h)), "")
    rest = [o for o in tables if o.doc != t.doc]
    bare = text.replace(groups.kind_said(t, text), "")  # (the other table's class said without this kind's words)
    said = groups.said_classes(rest, text) or groups.said_classes(rest, groups._short_name_as_value(idx, rest, bare))
    others = [s for s in said if _OWNERS.search(s.head)]  # (市场监管局: said short, 县市场监督管理局 printed)
    if not head or len({s.value for s in others}) != 1 or others[0].value in t.values(head):
        return None
    return FactAnswer("unknown", compose.owner_not_listed(others[0].value, head, t.title), [], settled=True)
