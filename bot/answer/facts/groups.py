"""Rows of a general table selected by a value of a class column, and added up, counted, listed or shared.

A general table (read with no known layout) often carries a column that sorts its rows: a class printed as a
merged group cell (项目类别 › 项目名称), a unit repeated or merged in column A (单位名称, 实施单位), or a column
of kinds (指导性目录名称, 承接主体类型, 资金来源). A question names the class by its value, often short and
followed by 类 ("公路养护类" of 特定目标类项目（公路养护）, "综合执法支队" of 市交通运输综合执法支队,
"承接主体是社会组织"), and asks its rows' sum in a column (the one said, a year's, else the table's main money
column), their count, their list, or their share of the whole; or asks which value's rows add up most
("哪个单位买服务花得最多"). The rows summed are the table's own rows: never a 小计 or 合计 row beside its parts.
Answered only when one class of one table is said; otherwise None, and the rest of the engine answers.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from bot.answer import REL_YEARS, compose, question_clauses
from bot.answer.facts import records
from bot.answer.facts.headings import HEADING_CLASS, headings_with_subtotals, is_heading_path
from bot.answer.facts.question import FactAnswer
from bot.answer.facts.values import _cite, _shown
from bot.answer.facts.words import (
    _TITLE_GENERIC,
    _is_total,
    fmt_added,
    fmt_number,
    fmt_percent,
    label_key,
    title_word_said,
)
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.lexicon import bureau_first_word, company_short_forms, department_forms, level_forms
from bot.language.normalize import compact, in_order, normalize
from bot.language.ordinals import small_number
from bot.store import queries as query

_MAX_DOCS = 80  # tables read when no department is named (a large knowledge base needs one named)
_MONEY = ("元", "万元", "亿元")
_PER_ONE = ("%", "分")  # a rate or a score: each row's own, no part of a whole
# Units of things counted: their rows add up as money does (学生数 of 初中 schools); a price or a rate never.
_COUNTED = ("人", "人次", "户", "个", "家", "所", "台", "套", "辆", "件", "项", "次", "批次", "头", "只", "亩", "万亩", "吨")
# One character that sorts rows: a status colour (偏差情况 红/黄/绿), said with 灯 or 色 ("亮红灯", "黄色的")
_COLOUR = re.compile(r"^[红黄绿蓝橙]$")
# A period before a column's own word (1-9月执行数, 上半年完成数): the word said alone names the column too
_PERIOD = re.compile(r"^(?:\d{1,2}[-—~至]\d{1,2}月(?:份)?|\d{1,2}月(?:份)?|(?:19|20)\d\d年|前[一二三]季度|[上下]半年|全年|本年)")
# What may follow a class said bare (no 类): it ends there, it is no start of a longer row name.
_AFTER_BARE = re.compile(r"^(?:的|是|有|被|共|负责|主管|分管|管|一共|合计|小计|总|加|占|在|呢|项目|整体|综合|$|(?:19|20)\d\d|三年|上年|去年|本年|今年|当年|[，,？?])")
_ORG_END = re.compile(r"(?:馆|站|院|所|队|局|中心|办|委|社|园|校)$")
_UNIT_HEAD = re.compile(r"单位|主体|部门|科室|处室|负责|承办|实施|乡镇|街道")
_KIND_HEAD = re.compile(r"类别|类型|目录|分类|类$|性质|资金来源|来源")
_SHARE = re.compile(r"比例|比重|占比|百分之|占.{0,12}(?:多少|几|%)")
# a count asked: the records' words for one (几项, 多少个; the measure words too: 几只, 多少笔), or a column's (项数)
_COUNT = Words("groups", "{asking_words.records.count_asked}|{count_columns}|{operation_words.count}")
# (采购了什么, 买些啥: what a class's rows buy, each row one thing bought)
_LIST = re.compile(r"哪些|哪几|哪家|哪个是|是哪|有什么|有啥|都有|包括|列一下|列出|明细|(?:买|采购|购买|购置)了?些?(?:什么|啥)")
_MEAN = re.compile(r"平均(?!每|到每)|均值")
_SUM = re.compile(r"合计|一共|总共|共计|多少|加起来|总额|小计|总计|花|钱|预算|安排")
_MOST = re.compile(r"最(?:(?P<max>多|大|高)|少|小|低)")
_RANK_UNIT = re.compile(r"哪(?:个|一个|家|些)?(?:单位|主体)|(?:单位|主体)(?:是|为)?哪|最(?:多|少|大|小|高|低)的(?:单位|主体)")
_RANK_KIND = re.compile(r"哪(?:一)?(?:类|个类别|个类|种类|个目录)|最(?:多|少|大|小|高|低)的(?:是哪)?(?:类|一类|目录)")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
# A month a row is planned for (预计采购时间 2026年3月): its rows are a class said by the month ("3月份采购哪些").
_MONTH_VALUE = re.compile(r"^((?:19|20)\d\d)年(\d{1,2})月(?:份)?$")
_MONTH_FORM = re.compile(r"^\d{1,2}月(?:份)?$")
_AFTER_MONTH = re.compile(r"^(?:要|将|预计|计划|准备|打算|拟|采购|购买|买|的|有|共|一共|合计|总共|$|[，,？?])")
# A grade column (评价等级 优 / 良 / 中 / 差): one character sorts its rows, said where it stands alone — first in the
# question or after 评为 / 评了 / 等级为, and before 的 / 等 / 级 or the end.
_GRADE_HEAD = re.compile(r"等级|等次|评级|档次")
_GRADE_BEFORE = r"(?:^|评为|评了|评的|评成|评定为|定为|等级为|等级是|等次为|等次是|得了|拿了|获得|结果为|结果是)"
_GRADE_AFTER = r"(?=等|级|档|的|$)"
_NOTE_HEAD = re.compile(r"^(?:备注|说明|备注说明)$")
# "为什么这么少", "为啥只有100天": the reason of the row just shown asked, in a table with no reason column
_WHY = re.compile(r"^(?:那|那么)?(?:它|这个|这项|这所学校|该校|这个学校)?(?:为什么|为啥|咋|怎么)(?:会|只有|只|才|就)?(?:这么|那么|这样|如此)?"
                  r"(?:少|低|多|高|慢|快|小|大)?(?:呢|啊|呀)?[?？]?$")


@dataclass
class Row:
    name: str  # the row's own label as printed
    line: int
    classes: dict[str, str] = field(default_factory=dict)  # header of a class column -> the row's value
    cells: dict[str, dict] = field(default_factory=dict)  # numeric column -> fact
    notes: dict[str, dict] = field(default_factory=dict)  # a remark column (备注, 说明) -> its text fact
    unit: str = ""  # the unit the row stands under in its path (单位名称 › 资产名称), "" when none


@dataclass
class Table:
    doc: int
    sheet: str
    title: str
    year: int | None = None
    rows: list[Row] = field(default_factory=list)
    total: dict[str, dict] = field(default_factory=dict)  # the 合计 row's figure of each column
    columns: list[str] = field(default_factory=list)  # numeric columns, in the table's order
    # columns of figures per one row (执行率 in %, 评价得分 in 分): a class's are averaged or worked out, never added
    measures: list[str] = field(default_factory=list)
    main: str = ""  # the table's main money column (the first total-like one)
    heads: list[str] = field(default_factory=list)  # headers of the class columns
    leaf_head: str = ""  # the header of the rows' own labels (项目名称, 单位名称)
    # the header of the rows' merged group cells -> whether a 小计 row stands under a group (the engine's row
    # hierarchy answers such groups by their own 小计 rows)
    parents: dict[str, bool] = field(default_factory=dict)
    forms: list[tuple[str, str, str]] = field(default_factory=list)  # (head, value, a way it is said), worked out once
    grams: set[str] = field(default_factory=set)  # every two characters of the forms: a question saying none is passed
    # forms that are a unit's initials (消保委): said with no word of the table's title, the unit's other tables
    # (its 收入 table's line) are as likely meant
    initials: set[str] = field(default_factory=set)
    # forms that are the table's own department (局本级 rows printed under its full name): said with no word of the
    # title, the department itself is asked (长兴县市场监督管理局有几个项目: its project table's), not these rows
    own: set[str] = field(default_factory=set)
    # a rate column -> the two columns it is the ratio of in every row (执行率 = 1-9月执行数 ÷ 调整后预算)
    ratios: dict[str, tuple[str, str]] = field(default_factory=dict)
    # a class's own 小计 row as printed ("德清县民政局 小计" above 民政局's rows and its units'): class -> column -> fact
    subtotals: dict[str, dict[str, dict]] = field(default_factory=dict)
    headings: set[str] = field(default_factory=set)  # the 序号 outline's headings over rows and their 小计 (headings.py)

    def values(self, head: str) -> list[str]:
        return list(dict.fromkeys(r.classes[head] for r in self.rows if r.classes.get(head)))


@dataclass
class Said:
    table: Table
    head: str
    value: str
    start: int
    end: int
    rows: list[Row] = field(default_factory=list)
    within: str = ""  # the department the rows are kept to (the one whose rows were just listed), "" for all


def _col(f: dict) -> str:
    return _column_of(f["col_labels"] or "")


@lru_cache(maxsize=8192)  # a table's few column paths, asked of each of its cells several times as it is read
def _column_of(labels: str) -> str:
    return compact("".join(x for x in labels.split(query.FACT_SEP) if x))


def _row_line(table: Table, facts: list[dict]) -> Row | None:
    """One line of a table as a row: its path (a merged class cell, then its own name), its text cells, its
    figures; None for a total line (its figures kept as the table's whole when it is the 合计). The path its
    figures stand under names it: a unit's row naming its item (单位名称 › 资产名称) is the item's row (an indicator
    named right of a project's figures, 主要绩效指标, is no name of the row)."""
    figures = [f for f in facts if f["number"] is not None]
    deepest = figures[0] if figures and len({f["row_labels"] for f in figures}) == 1 and len(
        (figures[0]["row_labels"] or "").split(query.FACT_SEP)) > len((facts[0]["row_labels"] or "").split(query.FACT_SEP)) \
        else facts[0]
    path = [x for x in (deepest["row_labels"] or "").split(query.FACT_SEP) if x.strip()]
    if not path:
        return None
    key = label_key(path[-1])
    heads = [compact(h) for h in (deepest["row_heads"] or "").split(query.FACT_SEP)]
    headed = len(path) == 2 and path[0] in table.headings and is_heading_path(deepest)
    if headed and _is_total(key):  # (产业发展类项目 › 小计（3个）: the heading's own subtotal)
        table.subtotals[compact(path[0])] = {_col(f): f for f in facts if f["number"] is not None}
        return None
    if headed:  # (产业发展类项目 › its item: the heading is the item's class)
        heads[0] = HEADING_CLASS
    elif len(path) >= 2 and len(heads) >= 2:
        table.parents[heads[0]] = table.parents.get(heads[0], False) or _is_total(key)
    if _is_total(key) or not key:
        if key in ("合计", "总计", "共计") and not table.total:
            table.total = {_col(f): f for f in facts if f["number"] is not None}
        elif (m := _NAMED_SUBTOTAL.match(compact(path[-1]))) is not None:
            table.subtotals[m.group(1)] = {_col(f): f for f in facts if f["number"] is not None}
        elif key == "小计" and len(path) == 1:
            # a department's part of a table by departments: its 小计, kept under "" (of_class: the department's own)
            table.subtotals.setdefault("", {_col(f): f for f in facts if f["number"] is not None})
        return None
    row = Row(path[-1].strip(), facts[0]["line"] or 0)
    row.unit = next((x for x, h in zip(path[:-1], heads[:-1], strict=False) if _UNIT_HEAD.search(h)), "")
    table.leaf_head = table.leaf_head or heads[-1]
    if len(path) >= 2 and len(heads) >= 2 and heads[0]:
        row.classes[heads[0]] = path[0].strip()
    for f in facts:
        if f["number"] is None and _NOTE_HEAD.search(_col(f)) and compact(f["value"] or ""):
            row.notes[_col(f)] = f
        if f["number"] is not None:  # (a rate too: listed, ranked, averaged; never added, see measures)
            row.cells[_col(f)] = f
        elif (2 <= len(compact(f["value"] or "")) <= 30 or _COLOUR.match(compact(f["value"] or ""))) \
                and (not re.match(r"\s*\d", f["value"] or "") or _MONTH_VALUE.match(compact(f["value"] or ""))) \
                or _GRADE_HEAD.search(_col(f)) and re.fullmatch(r"[\u4e00-\u9fff]", compact(f["value"] or "")):
            # (a date or a code sorts nothing, a month does: 预计采购时间 2026年3月; a grade does: 良)
            row.classes[_col(f)] = (f["value"] or "").strip()
    return row


def _read(idx, doc: int, ids: list[int] | None = None) -> list[Table]:
    ids = list(idx.docs[doc].facts) if ids is None else ids
    if len(ids) > 6000:
        return []
    by_sheet: dict[tuple, dict[int, list[dict]]] = {}
    for f in idx.facts(ids, copied=False):  # (kept here for every question, and only read)
        if f["row_labels"] and f["col_labels"]:
            by_sheet.setdefault((f["sheet"] or "", f["page"] or 0), {}).setdefault(f["line"] or 0, []).append(f)
    title = compact(idx.docs[doc].form or "")
    tables = []
    for (sheet, _page), lines in by_sheet.items():
        t = Table(doc, sheet, title, idx.docs[doc].year)
        t.headings = headings_with_subtotals(fs[0] for fs in lines.values())
        t.rows = [r for line in sorted(lines) if (r := _row_line(t, lines[line])) is not None]
        items = records.items_of(idx, doc)
        for r in t.rows:
            # (rows labelled by their unit alone, each named by its 采购品目: the item under its unit)
            if (named := next((items[f["id"]] for f in r.cells.values() if f["id"] in items), None)) is not None:
                r.unit, r.name = named
        if len(t.rows) < 3 or any(not (_UNIT_HEAD.search(h) or _KIND_HEAD.search(h)) for h in t.parents):
            continue  # (rows that are items of a project, 项目名称 › 品目: a table of records, records.py)
        cols = [c for line in sorted(lines) for f in lines[line] if f["number"] is not None
                and (f["unit"] or "") in _MONEY + _COUNTED and (c := _col(f))]
        t.columns = list(dict.fromkeys(cols))
        t.measures = list(dict.fromkeys(c for line in sorted(lines) for f in lines[line] if f["number"] is not None
                                        and (f["unit"] or "") in _PER_ONE and (c := _col(f))))
        money = {_col(f) for line in lines for f in lines[line] if (f["unit"] or "") in _MONEY}
        own = [c for c in t.columns if "单价" not in c and c in money]  # (one unit's price is no row's amount)
        # this year's column before the year before's (上年预算数 printed first) and a change (增减额)
        own = [c for c in own if _year_of(c) in (None, 0) and not _CHANGE.search(c)] or own
        # (2025年预算数 beside 2026年预算数: the latest year's column is the table's own, the earlier one its 上年)
        own = [c for c in own if _dated(c) in (0, max(map(_dated, own), default=0))] or own
        # (a budget adjusted during the year, 调整后预算, stands for the year's budget over the 年初预算 it replaced)
        t.main = next((c for c in own if re.search(r"合计|总计|总额|小计$", c)),
                      next((c for c in own if re.search(r"调整后|调整数", c)),
                           next((c for c in own if re.search(r"金额|总价|预算|投资", c)), own[0] if own else "")))
        t.heads = _class_heads(t)
        t.ratios = _ratios(t)
        if t.main and t.heads:
            t.forms = [(h, v, form) for h in t.heads for v in t.values(h)
                       for form in forms_of(v, t.values(h), bool(_UNIT_HEAD.search(h)))]
            # (a unit said by its initials, 消保委 of 长兴县消费者权益保护委员会, as the index says row labels)
            short = [(h, v, form) for h in t.heads if _UNIT_HEAD.search(h) for v in t.values(h)
                     for form in sorted(_initials(idx, v)) if len(form) >= 3
                     and sum(form in _initials(idx, o) for o in t.values(h)) == 1]
            t.initials = {form for _, _, form in short} - {form for _, _, form in t.forms}
            owner = compact(idx.docs[doc].department or "")
            t.own = {form for _, v, form in t.forms if owner and compact(v) == owner}
            t.forms += short
            t.grams = {form[i:i + 2] for _, _, form in t.forms for i in range(len(form) - 1)}
            tables.append(t)
    return tables


_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,6}?[省市区县](?![场级属直委])")


def _initials(idx, value: str) -> set[str]:
    """A unit's short names by its words' initials (消保委 of 长兴县消费者权益保护委员会, 农技中心 of 桐庐县农业技术推广
    中心), its place left out first (the cut may join 桐庐县农业)."""
    name = compact(value)
    if (place := _PLACE.match(name)) is not None and len(name) - place.end() >= 4:
        name = name[place.end():]
    return idx._unit_initials(name)


def _rate(r: Row, column: str) -> bool:
    """Whether a row's cell in a column is a rate (执行率 in %)."""
    return column in r.cells and r.cells[column]["unit"] == "%"


def _ratios(t: Table) -> dict[str, tuple[str, str]]:
    """Each rate column that is, in every row with its figure, one money column over another (within the rounding
    of the rate printed: a whole per cent printed 0.5): so a group's rate is its sums' ratio, never its rates added
    or averaged. Several pairs fitting: the one over the table's main money column, else none."""
    out = {}
    for rate in dict.fromkeys(c for r in t.rows for c in r.cells if _rate(r, c)):
        rows = [r for r in t.rows if _rate(r, rate)]
        slack = 0.5 if all(float(r.cells[rate]["number"]).is_integer() for r in rows) else 0.06
        fits = [(a, b) for a in t.columns for b in t.columns if a != b and all(
            b in r.cells and a in r.cells and (r.cells[b]["number"] or 0) > 0
            and abs(r.cells[a]["number"] / r.cells[b]["number"] * 100 - r.cells[rate]["number"]) <= slack
            for r in rows)]
        fits = fits if len(fits) == 1 else [x for x in fits if x[1] == t.main]
        if len(fits) == 1 and len(rows) >= 2:
            out[rate] = fits[0]
    return out


def _class_heads(t: Table) -> list[str]:
    """The columns that sort the rows: a value held by two rows or more, fewer values than rows."""
    heads = [h for h in dict.fromkeys(h for r in t.rows for h in r.classes) if not t.parents.get(h)]
    out = []
    for h in heads:
        said = [r.classes[h] for r in t.rows if h in r.classes]
        if len(said) >= len(t.rows) // 2 and 2 <= len(set(said)) < len(said):
            out.append(h)
    return out


def tables_of(idx, doc: int) -> list[Table]:
    """The class tables of one document, read once per index."""
    return idx.read_once("_group_tables", doc, lambda: _read(idx, doc) if idx.docs[doc].layout == "general-table" else [])


def whole_tables_of(idx, parts: frozenset[int]) -> list[Table]:
    """The class tables of one table read as several departments' (idx.table_parts), read whole: asked of no
    department, its rows are one table's ("运转类项目有哪些" over every department's rows)."""
    def read() -> list[Table]:
        ids = sorted(x for d in parts for x in idx.docs[d].facts)
        return _read(idx, min(parts), ids) if all(idx.docs[d].layout == "general-table" for d in parts) else []
    return idx.read_once("_group_tables", parts, read)


def _tables_whole(idx, docs: list[int]) -> list[Table]:
    """The class tables of docs, each table read as several departments' read once and whole."""
    out: list[Table] = []
    seen: set[frozenset[int]] = set()
    for d in docs:
        parts = idx.table_parts.get(d)
        if parts is None:
            out += tables_of(idx, d)
        elif parts not in seen:
            seen.add(parts)
            out += whole_tables_of(idx, parts)
    return out


def _general_docs(idx) -> tuple[list[tuple[int, str]], dict[str, list[int]]]:
    """Once per index: the general tables in order, and their positions by department."""
    ordered = [(d, doc.department) for d, doc in idx.docs.items() if doc.layout == "general-table"]
    by_dept: dict[str, list[int]] = defaultdict(list)
    for k, (_, dept) in enumerate(ordered):
        by_dept[dept].append(k)
    return ordered, dict(by_dept)


def title_said(idx, text: str) -> bool:
    """Whether the question says a word of any general table's title (title_word_said): a reader answering only of
    the table whose kind is said reads no table when none is (the distinct titles worked out once per index)."""
    titles = idx.read_once("_group_titles", 0, lambda: tuple(dict.fromkeys(
        compact(doc.form or "") for doc in idx.docs.values() if doc.layout == "general-table")))
    return any(title_word_said(title, text) for title in titles)


def scope(idx, text: str) -> list[Table]:
    """The class tables of the departments the question names, else of every general table (a few only)."""
    depts: set[str] = set()
    for form in sorted(idx.dept_forms_said(text), key=lambda f: (-len(f), f)):
        if form in text:
            depts.update(idx.dept_forms.get(form, ()))
            text = text.replace(form, " ")
    ordered, by_dept = idx.read_once("_general_docs", 0, lambda: _general_docs(idx))
    if not depts:
        docs = [d for d, _ in ordered] if len(ordered) <= _MAX_DOCS else []
    else:  # the named departments' tables in index order, without a pass over every table
        docs = [ordered[k][0] for k in sorted(k for dept in depts for k in by_dept.get(dept, ()))]
    if len(docs) > _MAX_DOCS:
        return []
    tables = [t for d in docs for t in tables_of(idx, d)] if depts else _tables_whole(idx, docs)
    if depts and len(ordered) <= _MAX_DOCS:
        tables += [t for d, _ in ordered if d not in docs for t in tables_of(idx, d)
                   if _lists_department(t, depts, text, idx.docs[d].department or "")]
    return tables



def _lists_department(t: Table, depts: set[str], text: str, publisher: str) -> bool:
    """"自然资源局被评价项目执行率": another department's table (the 财政局's 评价结果表) whose class column lists the
    department named (主管部门 建宁县自然资源局), the question saying words of its title (评价) beside the name."""
    return title_word_said(t.title, text) and any(v in depts or _same_office(v, depts, publisher) for _, v, _ in t.forms)


def _department_as_value(idx, tables: list[Table], text: str) -> str:
    """"文广旅体局专项资金合计": a loaded department said by a short name of its own (文广旅体局) that a class value
    of another office's table names from its level on (主管部门 县文化和广电旅游体育局): the short name read as that
    value, when it is the one value it can be."""
    for form in sorted(idx.dept_forms_said(text), key=lambda f: (-len(f), f)):
        if form not in text:
            continue
        depts = set(idx.dept_forms.get(form, ()))
        if len(depts) != 1:
            continue  # (a place said, 开化 of every 开化县 department loaded: no one department's name)
        values = {v for t in tables for _, v, _ in t.forms
                  if (publisher := idx.docs[t.doc].department or "") not in depts and _same_office(v, depts, publisher)
                  and not _place_only(form, v, depts)}
        if len(values) == 1:
            return text.replace(form, values.pop(), 1)
    return _short_name_as_value(idx, tables, text)


def _short_name_as_value(idx, tables: list[Table], text: str) -> str:
    """"交通局专项资金总额": an organisation no document loaded is of (a loaded one's name is _department_as_value's
    to read), said by the short form of the name a unit column prints (交通局 of 县交通运输局, 残联 of 县残疾人联合会): read as that value, when it is the one value said."""
    loaded = [f for f in idx.dept_forms_said(text) if f in text]
    said: dict[str, set[str]] = {}
    for t in tables:
        names = "\x00".join(compact(r.name) for r in t.rows)
        for h in t.heads:
            if not _UNIT_HEAD.search(h):
                continue
            for v in t.values(h):
                names_of = level_forms(compact(v))
                wholes = {a for n in names_of for a in (idx.abbrev or {}).get(n, ())}  # (残联 of 残疾人联合会: short, still whole)
                forms = {f for n in names_of for f in department_forms(n, idx.abbrev or None)}
                for f in forms:  # (a form the rows' names print, 达岚镇 of 达岚镇…项目, is their place, not the unit)
                    if (len(f) >= 3 or f in wholes) and f != v and f in text and f not in names \
                            and not any(f in x or x in f for x in loaded):
                        said.setdefault(f, set()).add(v)
    if not said:
        return text
    form = max(said, key=len)
    if len(said[form]) != 1 or any(len(f) == len(form) and f != form for f in said):
        return text
    return text.replace(form, next(iter(said[form])), 1)


def kind_said(t: Table, text: str) -> str:
    """The longest run of the question the title holds that names the rows' kind (专项资金 of 县级财政专项资金绩效
    目标汇总表); "" when the title's words said are a column's too (完成 of 民生实事项目完成情况表 and its 完成投资,
    是否完成: "基本完成的有哪几个" asks of a column, never of the table's every row)."""
    columns = "\x00".join(t.columns + t.heads + t.measures)  # (执行 of 预算执行进度表 and its 执行率: no kind)
    best = ""
    for i in range(len(text)):
        j = i + 2
        while j <= len(text) and text[i:j] in t.title:
            run = text[i:j]
            if len(run) > len(best) and (core := _TITLE_GENERIC.sub("", run)) and len(core) >= 2 and core not in columns:
                best = run
            j += 1
    return best


def _of_the_kind_said(tables: list[Table], text: str) -> list[Table]:
    """"教育局的专项资金加起来": of tables that all list the department, the one whose kind the question says (专项资金
    of a 县级财政专项资金…汇总表, never the 民生实事 table beside it); all of them when no one kind is said."""
    for s in said_classes(tables, text):  # (农村 of 农村社会事业促进股, a class said, names no table's kind)
        text = text[:s.start] + " " * (s.end - s.start) + text[s.end:]
    kinds = [t for t in tables if title_word_said(t.title, text) and kind_said(t, text)]
    return kinds if kinds and len({t.doc for t in kinds}) == 1 else tables


def _place_only(form: str, value: str, depts: set[str]) -> bool:
    """Whether the form said is the place of the department's name only (泸溪县 of 泸溪县农业农村局, the value
    县农业农村局): a place said beside a kind is the whole table of that place, never one office's rows of it."""
    office = min(level_forms(value), key=len)
    return any(0 <= d.find(form) and d.find(form) + len(form) <= len(d) - len(office) for d in depts if d.endswith(office))


def _same_office(value: str, depts: set[str], publisher: str) -> bool:
    """Whether a class value names a department loaded by its name from its level on (县文化和广电旅游体育局 of
    开化县文化和广电旅游体育局), the table published by an office of the same place (开化县财政局): never another
    county's bureau of the same name."""
    for d in depts:
        if value != d and value in level_forms(d) and d.endswith(value) and publisher.startswith(d[:len(d) - len(value)]):
            return True
    return False


def forms_of(value: str, values: list[str], unit: bool) -> list[str]:
    """The ways a class value is said: whole; its bracketed core (特定目标类项目（公路养护）→ 公路养护); without a
    trailing 类/类项目/项目; an organisation by the end of its name no other value ends with (综合执法支队)."""
    if (month := _MONTH_VALUE.match(compact(value))) is not None:  # (said by its month: 3月份, 3月)
        said = str(int(month.group(2)))
        return list(dict.fromkeys([compact(value), f"{said}月份", f"{said}月"]))
    if _COLOUR.match(compact(value)):
        return [f"亮{value}灯", f"{value}灯", f"{value}色"]  # (one character alone is said inside other words)
    forms = [compact(value)]
    if (inner := re.search(r"[（(]([^（）()]{2,})[）)]$", value)) is not None:
        forms.append(compact(inner.group(1)))
    for f in list(forms):
        if (bare := re.sub(r"(?:类项目|类|项目)$", "", f)) != f and len(bare) >= 2:
            forms.append(bare)
        # (a project said without its 经费 / 专项资金, as staff say it: 智慧市场监管平台运维 of …运维经费)
        if not unit and (bare := re.sub(r"(?:专项经费|经费|专项资金)$", "", f)) != f and len(bare) >= 4:
            forms.append(bare)
    if unit and (plain := re.sub(r"管理(?=[股科处室站所队]$)", "", compact(value))) != compact(value):
        forms.append(plain)  # 种植业股 of 种植业管理股: a section said without its 管理
    if unit:
        forms += sorted(company_short_forms(value, {}, frozenset()))  # (交投集团 of 县交通投资集团有限公司)
        # (a bureau of two words said by its first: 水利局 of 县水利水电局, where no other value is said so)
        firsts = [bureau_first_word(v) for v in values]
        if (first := bureau_first_word(value)) and firsts.count(first) == 1 \
                and not any(compact(v).endswith(first) for v in values):
            forms.append(first)
        for n in range(len(compact(value)) - 1, 2, -1):
            if n == 3 and not _ORG_END.search(value):
                break  # (three characters only as an organisation's own name: 殡仪馆, 救助站)
            end = compact(value)[-n:]
            if sum(compact(v).endswith(end) for v in values) == 1:
                forms.append(end)
    return list(dict.fromkeys(forms))


def _spans(form: str, text: str, names: list[str], words: str) -> list[tuple[int, int]]:
    """Where a form is said as a class: before 类, or bare where it ends (nothing but the table's own words, 购买服务,
    goes on: no longer row name)."""
    out = []
    for m in re.finditer(re.escape(form), text):
        s, e = m.start(), m.end()
        after = text[e:]
        if _MONTH_FORM.match(form):  # a month said alone, never one of a span (1-3月) or a longer number (11月)
            if not re.match(r"[-—~至到\d]", text[s - 1:s]) and _AFTER_MONTH.match(after):
                out.append((s, e))
            continue
        if after.startswith("类") or re.match(r"部(?!门)", after):  # (初中部: a school's part of a 学段)
            out.append((s, e + 1))
        # ("水利局多少": an organisation said bare before 多少 is its rows; "其中财政拨款多少" may ask a part)
        elif (_AFTER_BARE.match(after) or len(after) >= 2 and after[:2] in words
              or after.startswith("多少") and _ORG_END.search(form)) \
                and not any(text[s:e + 2] in n for n in names if len(text[s:e + 2]) > len(form)):
            out.append((s, e))
    return out


def _suffix_said(form: str, text: str) -> tuple[int, int] | None:
    """"基础设施建设类" of 交通基础设施建设: the end of a class (four characters or more) said before 类."""
    for m in re.finditer("类", text):
        for n in range(len(form) - 1, 3, -1):
            if text[:m.start()].endswith(form[-n:]):
                return m.start() - n, m.end()
    return None


def said_classes(tables: list[Table], text: str) -> list[Said]:
    """The classes the question says, the longest said at each place; those said short (by an end) only when
    nothing is said whole."""
    found: list[Said] = []
    ends: list[Said] = []
    grams = {text[i:i + 2] for i in range(len(text) - 1)}
    for t in tables:
        if grams.isdisjoint(t.grams) and not any(len(form) == 1 and form in text for _, _, form in t.forms):
            continue
        names = [compact(r.name) for r in t.rows]
        titled = title_word_said(t.title, text)
        for h, v, form in t.forms:
            if (form in t.initials or form in t.own) and not titled:
                continue  # ("农技推广中心合计多少": the unit's whole, not its rows of this table)
            if len(form) == 1:
                found += [Said(t, h, v, m.start(1), m.end(1))
                          for m in re.finditer(_GRADE_BEFORE + "(" + re.escape(form) + ")" + _GRADE_AFTER, text)]
            elif form in text:
                found += [Said(t, h, v, s, e) for s, e in _spans(form, text, names, _words(t))]
            if "类" in text and form[-4:] in text and (suffix := _suffix_said(form, text)) is not None:
                ends.append(Said(t, h, v, *suffix))
    values = {(id(s.table), s.head): {o.value for o in ends if o.table is s.table and o.head == s.head} for s in ends}
    found = found or list({(id(s.table), s.value): s for s in ends if len(values[(id(s.table), s.head)]) == 1}.values())
    found = [s for s in found if not any(o.start <= s.start and s.end <= o.end and (o.end - o.start) > (s.end - s.start)
                                         for o in found) and not _inside_a_column_said(s, text)]
    for s in found:
        s.rows = rows_of(s.table, s.head, s.value)
    return found


def _inside_a_column_said(s: Said, text: str) -> bool:
    """"哪些购买服务有其他资金": 其他 (a 承接主体类型) said inside a money column's header said (预算金额其他资金): the
    span widened over the text while a column's header still holds it gains two characters or more."""
    for c in s.table.columns:
        a, b = s.start, s.end
        if text[a:b] not in c:
            continue
        while a > 0 and text[a - 1:b] in c:
            a -= 1
        while b < len(text) and text[a:b + 1] in c:
            b += 1
        if (b - a) - (s.end - s.start) >= 2:
            return True
    return False


def rows_of(t: Table, head: str, value: str) -> list[Row]:
    """The rows of a value: printed so, or as the first clause of a longer cell (新增项目，2027年启动), or as one of
    several joined (专项债券、一般公共预算)."""
    return [r for r in t.rows if r.classes.get(head) == value or value in _CLAUSES.split(r.classes.get(head, ""))]


_CLAUSES = re.compile(r"[，,；;、+＋/]")


# Words that ask (an operation, a pointer, a filler): explained by what they do.
_ASKING = re.compile(r"哪(?:一)?(?:个|些|几|项|家|类|种)?|多少|整体|总体|综合|享受|惠及|几(?:项|个)|一共|总共|合计|共计|加起来|总额|总计|小计|比例|比重|占比"
                     r"|百分之|平均|均值|参加|参与|负责|主管|分管|承担|管的|管着|纳入|列入|涉及|最(?:多|少|高|低|大|小)|分别|一下|列出|明细|全部|所有|属于|花(?:了|得)?|钱|安排|资金|金额|经费|表里|表中|在"
                     r"|什么|[的是有呢吗了和与及各共那么它其中里类占为都列总得啥些个项被]")


def _words(t: Table) -> str:
    """The table's own words: its title, sheet, headers and columns."""
    return t.title + t.sheet + "".join(t.heads) + "".join(t.columns) + "".join(t.measures) \
        + "".join(h for r in t.rows[:1] for h in r.classes) + t.leaf_head  # (项目 of 项目名称: its rows' noun)


def _unexplained(t: Table, text: str) -> str:
    """The words left after the classes, the table's own words (title, headers, columns, its own year: "2026年" of a
    2026 table whose sheet prints none, as said of one whose sheet does) and the asking words."""
    words = _words(t) + (f"{t.year}年度" if t.year else "")
    left, i = [], 0
    while i < len(text):
        j = next((j for j in range(len(text), i + 1, -1) if text[i:j] in words), 0)
        if j:
            i = j
        elif (m := _ASKING.match(text, i)) is not None and m.end() > i:
            i = m.end()
        else:
            left.append(text[i])
            i += 1
    return "".join(ch for ch in left if "\u4e00" <= ch <= "\u9fff")


def column_said(t: Table, text: str) -> tuple[str, str]:
    """The numeric column the question says ((column, the words said)): a year's (2026年 of 规划资金2026年), one
    named by its label or its last part (三年合计, 其他资金); ("", year) when a year is said that no column prints
    and that is not the table's own year."""
    if (y := _YEAR.search(text)) is not None:
        dated = [c for c in t.columns if y.group(0) in c]
        if len(dated) == 1 and not _said_on_apart(t, text, y.end(), dated[0]):
            return dated[0], y.group(0)
        if len(dated) == 1:
            return "", y.group(0)  # ("2025年计划投资" of a plan printing 截至2025年底累计完成投资: no column of it)
        if len(dated) > 1 and (run := _year_run(t, text, y.end(), int(y.group(1)))) is not None:
            return run[0], y.group(0) + run[1]
        if dated or any(_YEAR.search(c) for c in t.columns) or int(y.group(1)) != t.year:
            return "", y.group(0)
    if t.year and (word := _REL_SAID.search(text)) is not None \
            and (run := _year_run(t, text, word.end(), t.year + dict(REL_YEARS)[word.group()])) is not None:
        return run[0], word.group() + run[1]  # ("今年计划" of a 2026 table: its 2026年计划投资)
    named = sorted(((c, part) for c in t.columns + t.measures for part in _parts(t, c) if part in text
                    and part not in ("合计", "小计", "总计")), key=lambda x: -len(x[1]))
    if len({c for c, part in named if not any(part in p and part != p for _, p in named)}) >= 2:
        return "", ""  # two columns said ("市级补助和区级配套各多少"): each its own figure, not one class's sum
    if named:
        return named[0]
    if (rel := _relative_column(t, text))[0]:
        return rel
    if (y := _YEAR.search(text)) is not None:
        return t.main, y.group(0)
    return _by_its_own_word(t, text) or (t.main, "")


def _said_on_apart(t: Table, text: str, end: int, column: str) -> bool:
    """Whether the words said right after a year (two characters or more) are another column's and not the one
    column of that year's ("2025年计划投资": 计划 of 2026年计划投资, not of 截至2025年底累计完成投资)."""
    after = text[end:end + 2]
    if after in ("合计", "小计", "总计", "共计", "总额", "一共", "总共", "多少") or _SUM.match(after):
        return False  # (the sum asked: "公路养护类2026年合计", never a column of that word)
    return len(after) == 2 and after not in column and any(after in c for c in t.columns if c != column)


_REL_SAID = re.compile("|".join(sorted((w for w, _ in REL_YEARS), key=len, reverse=True)))


def _year_run(t: Table, text: str, end: int, year: int) -> tuple[str, str] | None:
    """The column of the year said whose label goes on as the question does ("2026年计划" / "今年计划" of
    2026年计划投资): the words said after the year that the most of its columns' labels open with (two at least),
    the shortest of those columns when each other one opens with it (2026年计划投资 of its 资金来源 columns)."""
    head = f"{year}年"
    dated = [c for c in t.columns if c.startswith(head)]
    after = text[end:]
    n = next((n for n in range(min(len(after), 12), 1, -1) if any(c[len(head):].startswith(after[:n]) for c in dated)), 0)
    if not n:
        return None
    matched = [c for c in dated if c[len(head):].startswith(after[:n])]
    shortest = min(matched, key=len)
    return (shortest, after[:n]) if all(c.startswith(shortest) for c in matched) else None


def _by_its_own_word(t: Table, text: str) -> tuple[str, str] | None:
    """A column said by two characters of its label that no other column's label holds ("多少学生" of
    受益学生数（人）, "中央配了多少" of 其中中央资金): that column, when only one is said so."""
    keys = {c: label_key(c) for c in t.columns}
    said = {c: g for c in t.columns for i in range(len(text) - 1) if (g := text[i:i + 2]) in keys[c]
            and sum(g in k for k in keys.values()) == 1 and not _in_title_run(t, text, i)
            and not _qualifies_title_word(t, text, i, keys[c])}
    if not said:  # ("小计付息多少" of 2025年支付利息: its two characters in order, in no other column's label)
        said = {c: g for c in t.columns for i in range(len(text) - 1)
                if re.fullmatch(r"[\u4e00-\u9fff]{2}", g := text[i:i + 2]) and g[0] != g[1]
                and in_order(g, keys[c]) and sum(in_order(g, k) for k in keys.values()) == 1
                and not _in_title_run(t, text, i)}
    return next(iter(said.items())) if len(said) == 1 else None


def _in_title_run(t: Table, text: str, i: int) -> bool:
    """Whether the two characters said at i stand in a run of four or more the table's title prints ("政府" of
    政府投资项目 said of a 政府投资项目年度计划表): the table named, never its 地方政府专项债券 column."""
    return any(text[a:a + n] in t.title for n in (4, 5, 6) for a in range(max(0, i + 2 - n), i + 1) if a + n <= len(text))


def _qualifies_title_word(t: Table, text: str, i: int, key: str) -> bool:
    """Whether the two characters said at i go on into a word of the title the column's label does not go on with
    ("政府投资项目" of a 重大项目投资计划表: 政府 of 投资, never of its 政府专项债券 column)."""
    after = text[i + 2:i + 4]
    at = key.find(text[i:i + 2])
    return len(after) == 2 and after in t.title and key[at + 2:at + 4] != after


def _rate_said(t: Table, text: str) -> tuple[str, str] | None:
    """A rate column said ("整体执行率") that is the ratio of two columns: (the rate column, the word said)."""
    for rate in t.ratios:
        f = next(r.cells[rate] for r in t.rows if _rate(r, rate))
        own = label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1])
        if len(own) >= 2 and own in text:
            return rate, own
    return None


_CHANGE = re.compile(r"增减|增长|增加|减少|变动|变化")


_COLUMN_YEAR = re.compile(r"^((?:19|20)\d\d)年")


def _dated(column: str) -> int:
    """The year a column's header opens with (2026 of 2026年预算数); 0 for a column of no year."""
    return int(m.group(1)) if (m := _COLUMN_YEAR.match(column)) else 0


def _year_of(column: str) -> int | None:
    """The year a column is of, relative to the table's own (上年预算数 -1, 本年预算数 0); None when undated."""
    return next((off for word, off in sorted(REL_YEARS, key=lambda x: -len(x[0])) if column.startswith(word)), None)


def _relative_column(t: Table, text: str) -> tuple[str, str]:
    """"本年" / "今年" / "上年" said of a table printing 上年预算数 beside 本年预算数: the one column of that year, and
    the word said."""
    said = {word: off for word, off in sorted(REL_YEARS, key=lambda x: len(x[0])) if word in text}
    dated = [c for c in t.columns if _year_of(c) in said.values() and not _CHANGE.search(c)]
    if len(set(said.values())) != 1 or len(dated) != 1:
        return "", ""
    return dated[0], max(said, key=len)


def _parts(t: Table, c: str) -> list[str]:
    f = next((r.cells[c] for r in t.rows if c in r.cells), None)
    labels = [label_key(x) for x in (f["col_labels"] or "").split(query.FACT_SEP) if x] if f else []
    # (a score or a rate said by its own word: 得分 of 评价得分, 执行率 of 预算执行率)
    tail = [m.group(0) for x in labels[-1:] if c in t.measures and (m := re.search(r"(?:得分|评分|分数|[\u4e00-\u9fff]{2}率)$", x))]
    # (the year a column is of, said apart from the figure it shares with the other year's: 本年 of 本年预算数 beside
    # 上年预算数, said 今年 too)
    year = [w for x in labels[-1:] if (m := _RELATIVE.match(x)) and any(
        o != c and o.endswith(x[m.end():]) for o in t.columns + t.measures) for w in _RELATIVE_WORDS[m.group(1)[:2]]]
    bare = [b for x in labels[-1:] if (b := _PERIOD.sub("", x)) != x and len(b) >= 2]
    return list(dict.fromkeys([c, "".join(labels)] + [x for x in labels[-1:] if len(x) >= 2] + tail + year + bare))


_RELATIVE = re.compile(r"(上年|去年|上一|本年|今年|当年)(?:年)?(?:度)?")
_RELATIVE_WORDS = {"上年": ("上年", "去年"), "去年": ("上年", "去年"), "上一": ("上年", "去年", "上一年"),
                   "本年": ("本年", "今年"), "今年": ("本年", "今年"), "当年": ("本年", "今年", "当年")}


def _figures(rows: list[Row], col: str) -> list[dict]:
    return [r.cells[col] for r in rows if col in r.cells and r.cells[col]["number"] is not None]


def _class_shown(s: Said, text: str) -> str:
    return compose.class_within(s.within, _class_name(s, text)) if s.within else _class_name(s, text)


def _class_name(s: Said, text: str) -> str:
    said = text[s.start:s.end]
    if len(compact(s.value)) == 1:
        return compose.class_of_grade(s.head, s.value)  # (a grade: 评价等级为“良”的)
    return said if compact(said).rstrip("类") == compact(s.value) or compact(s.value) in said \
        else compose.class_said_as(said, s.head, s.value)


def _op(rest: str) -> str:
    if _SHARE.search(rest):
        return "share"
    if _MEAN.search(rest):
        return "mean"
    if _COUNT.search(rest) and not re.search(r"多少钱|金额|一共多少|合计多少", rest):
        return "count"
    listed = [m.group() for m in _LIST.finditer(rest)]
    if listed and set(listed) == {"明细"} and _TOTAL_ASKED.search(rest):
        return "sum"  # "教育局项目明细小计": 明细 names the table (项目支出预算明细表) whose subtotal is asked
    return "list" if listed else "sum"


# A total asked of a class ("小计", "合计多少"), beside 明细 naming the table of details rather than asking them listed.
_TOTAL_ASKED = re.compile(r"小计|合计|总计|共计|总额|一共|总共|加起来")


def answer(idx, question: str, context: dict | None = None) -> FactAnswer | None:
    """A class of one table's rows said, and what is asked of its rows; or which class adds up most; or a
    follow-up on the class just answered (kept in the context), or on the row just shown (它是哪类项目)."""
    text = compact(normalize(question))
    kept = (context or {}).get("class")
    if kept and (after := followup(idx, text, kept) or _kind_switched(idx, text, kept)) is not None:
        return after
    if context and (own := class_of_row(idx, text, context)) is not None:
        return own
    if context and (pointed := _class_pointed(idx, text, context) or _office_of_the_place_shown(idx, text, context)) \
            is not None:
        return _asked_of_class(idx, pointed, text)
    if context and (part := _share_of_its_class(idx, text, context)) is not None:
        return part
    if _EACH_CLASS.search(text) and (listed := classes_listed(idx, scope(idx, text), text)) is not None:
        return listed
    text = names_after_count(text)  # ("有几项专项资金 分别叫什么": the count's answer names them)
    if len(text) < 3 or re.search(r"^(?:那|那么|其中)|呢$|各|分别|吗$|是不是|是否", text):
        # a follow-up on something else than a class answered (其中…: a part of the figure just shown); a yes or
        # no asked of a row
        return None
    if not _MOST.search(text) and not (_NONE_SAID.search(text) and _WHICH.search(text)) \
            and not _may_say_a_class(idx, text) and not _department_and_kind_said(idx, text):
        return None  # (no class of any table said, nor a rank or a blank asked: no table is read)
    tables = _of_the_kind_said(scope(idx, text), text)
    if not tables:
        return None
    if (ranked := rank_classes(idx, tables, text)) is not None:
        return ranked
    if (blank := _rows_left_blank(idx, tables, text)) is not None:
        return blank
    said = said_classes(tables, text)
    if not said and (named := _department_as_value(idx, tables, text)) != text:
        text, said = named, said_classes(tables, named)
    if not said and (bare := _verb_said_bare(idx, text)) != text:
        text, said = bare, said_classes(tables, bare)
    if not (said := _of_the_owner_column(idx, said)) and (said := _place_in_names(idx, tables, text)):
        text = _fillers_before(idx, text, said[0].start)  # ("请问X镇的…": the words before the town ask nothing)
    if len({(id(s.table), s.head, s.value) for s in said}) != 1:
        return None
    # (two asks, "有几个项目，今年一共计划多少": each clause its own question, never the whole read as one)
    return _asked_of_class(idx, _within_rows_listed(idx, said[0], text, context), text, not question_clauses(question))


def _place_in_names(idx, tables: list[Table], text: str) -> list[Said]:
    """"汾口镇的专项债项目是哪个": a town ([town_kind_endings]) said that no column prints as a class but some rows'
    names or organisations print (淳安县汾口镇中心小学扩建工程): those rows, of the one table of the kind said. The
    town is found wherever it stands in the question ("请问汾口镇的…"): the longest place ending there that the
    table's rows print."""
    found: list[Said] = []
    for t in tables:
        places = _places_in_rows(idx, t)
        for start, end in _town_spans(idx, text):
            a = next((a for a in range(max(0, start - 4), start - 1) if text[a:end] in places), -1)
            place, rows = (text[a:end], places[text[a:end]]) if a >= 0 else ("", [])
            # (a row or a class printed as the town itself is what is asked, read as such elsewhere)
            if rows and len(rows) < len(t.rows) and not any(compact(v) == place for r in rows for v in r.classes.values()) \
                    and not any(compact(r.name) == place for r in t.rows):
                found.append(Said(t, "", place, a, end, rows=rows))
    return found if len(found) == 1 else []


def _fillers_before(idx, text: str, start: int) -> str:
    """The text with what stands before `start` blanked when it is the vocabulary's everyday words only (请问, 麻烦问下);
    as said otherwise."""
    i = 0
    while i < start:
        i = next((j for j in range(start, i, -1) if text[i:j] in idx.everyday), -1)
        if i < 0:
            return text
    return " " * start + text[start:]


_NOT_TOWN = Words("groups", "{not_towns}")


def _town_spans(idx, text: str) -> list[tuple[int, int]]:
    """Where a town's ending ([town_kind_endings]: 镇, 乡, 街道) stands in a text, as (its start, its end), never
    inside a word that names no town (城乡, 乡村)."""
    blank = _NOT_TOWN.sub(lambda m: " " * len(m.group()), text)
    return [(i, i + len(e)) for e in idx.town_kind_endings for i in range(len(blank)) if blank.startswith(e, i)]


def _places_in_rows(idx, t: Table) -> dict[str, list[Row]]:
    """Every place (two to four characters and a town's ending) the rows' names or classes print -> those rows,
    read once per table."""
    def read() -> dict[str, list[Row]]:
        out: dict[str, list[Row]] = {}
        for r in t.rows:
            for said in {compact(r.name), *(compact(v) for v in r.classes.values())}:
                for start, end in _town_spans(idx, said):
                    for a in range(max(0, start - 4), start - 1):
                        rows = out.setdefault(said[a:end], [])
                        if not rows or rows[-1] is not r:
                            rows.append(r)
        return out
    return idx.read_once("_places_in_rows", (t.doc, t.sheet, id(t)), read)


def _of_the_owner_column(idx, said: list[Said]) -> list[Said]:
    """One organisation said that two columns of a table print (项目主管部门 and 项目单位 both 县农业农村局): the rows
    it is the department of, its owner column's ([row_text_asks.owner].heads: 主管部门); as said otherwise."""
    if len(said) < 2 or len({(id(s.table), s.value, s.start, s.end) for s in said}) != 1:
        return said
    heads = records.text_asks(getattr(idx, "vocab_path", "")).get("owner", {}).get("heads", [])
    owned = [s for s in said if any(h in s.head for h in heads)]
    return owned if len(owned) == 1 else said


# "有几项专项资金，分别叫什么": the names asked after a count, which the count's answer lists anyway
_NAMES_ASKED = Words("groups", "(?:{names_asked})[？?]?$")
_COUNT_THEN_NAMES = Words("groups", "(?:{operation_words.count})[^，,]*?[，, ]?(?:{names_asked})[？?]?$")


def names_after_count(text: str) -> str:
    """The question without the names asked after its count ("民生实事有几项，分别叫什么"): the count's answer lists
    them (here and in kind_rows.py), never a clause of its own."""
    if _COUNT_THEN_NAMES.search(text) and (names := _NAMES_ASKED.search(text)) is not None:
        return text[:names.start()].rstrip("，, ")
    return text


def _verb_said_bare(idx, text: str) -> str:
    """"政府性基金预算买的是啥": a verb of the records' (买, 采购, 用于) said between a class and what is asked of its
    rows says nothing more than 的 would; the question with it so (the class then said bare before 的)."""
    verbs = records.verbs(idx)
    return re.sub("(?:" + "|".join(map(re.escape, verbs)) + ")(?:了的|的|了)", "的", text) if verbs else text


def _within_rows_listed(idx, s: Said, text: str, context: dict | None) -> Said:
    """"象山县公安局有哪些新增资产" → "租用的是哪个": the class's rows among the one department's (or unit's) rows
    the last answer listed, when the question names no department of its own; the class whole otherwise."""
    listed = set((context or {}).get("listed") or (context or {}).get("ranked") or ())
    if len(listed) < 2 or idx.dept_forms_said(text):
        return s
    shown = [r for r in s.table.rows if any(f["id"] in listed for f in (*r.cells.values(), *r.notes.values()))]
    # (the rows listed are one department's block: each stands under the same outer label of its path)
    outer = {_outer_label(idx, r) for r in shown}
    mine = [r for r in s.rows if r in shown]
    if len(shown) < 2 or len(outer) != 1 or "" in outer or not mine or len(mine) == len(s.rows):
        return s
    return replace(s, rows=mine, within=outer.pop())


def _outer_label(idx, r: Row) -> str:
    """The outermost row label of a row's path (the department its block stands under), "" when it has none."""
    f = next(iter(r.cells.values()), None)
    labels = (f["row_labels"] or "").split(query.FACT_SEP) if f is not None else []
    return labels[0] if len(labels) >= 3 else ""


def class_forms(idx) -> tuple[dict[str, tuple[str, ...]], frozenset[str], frozenset[str]]:
    """Every form a class of any general table may be said by (said_classes looks for these whole), by its first two
    characters; the last four characters of the longer ones (a class's end said before 类, _suffix_said); and the
    classes said by one character. Built once per index from the tables' distinct row labels and words (forms_of
    each, as if it were its column's only value, unit or not: all its forms), never by reading each department's
    tables (1-2 ms each, on first use)."""
    return idx.read_once("_class_forms", 0, lambda: _read_class_forms(idx))


def _read_class_forms(idx) -> tuple[dict[str, tuple[str, ...]], frozenset[str], frozenset[str]]:
    labels, words = query.general_class_words(idx.conn)
    values = {path[0].strip() for x in labels if len(path := [p for p in x.split(query.FACT_SEP) if p.strip()]) >= 2}
    values.update(w.strip() for w in words if len(compact(w)) <= 30)  # (a longer text sorts no rows)
    forms = {form for v in values for unit in (True, False) for form in forms_of(v, [v], unit)}
    forms |= {form for v in values if _ORG_END.search(v) or v.endswith("委员会") for form in _initials(idx, v)}
    by_head: dict[str, list[str]] = defaultdict(list)
    for f in sorted(forms):
        if len(f) >= 2:
            by_head[f[:2]].append(f)
    return ({h: tuple(fs) for h, fs in by_head.items()}, frozenset(f[-4:] for f in forms if len(f) >= 5),
            frozenset(f for f in forms if len(f) == 1))


def _may_say_a_class(idx, text: str) -> bool:
    """Whether the question may say a class of some general table (see class_forms): False only when
    said_classes would find none in any table — no form said whole, no end of one said before 类, no class of one
    character. Most questions say none, and no department's tables are read for them."""
    by_head, ends, ones = class_forms(idx)
    return any(text.startswith(f, i) for i in range(len(text) - 1) for f in by_head.get(text[i:i + 2], ())) \
        or "类" in text and any(text[i:i + 4] in ends for i in range(len(text) - 3)) or any(c in ones for c in text)


def _department_and_kind_said(idx, text: str) -> bool:
    """"文广旅体局的民生实事有哪些", "交通局专项资金总额": the kind of a general table's title said, an organisation
    beside it perhaps said by a short name of its own (see _department_as_value), never a class form."""
    return any(title_word_said(form, text) for form in _general_forms(idx))


def _general_forms(idx) -> list[str]:
    """The general tables' title forms, each once: many departments' tables share one (部门预算支出对比表), and the
    question was tested against every table's copy of it."""
    return idx.read_once("_general_forms", None, lambda: sorted(
        {doc.form or "" for doc in idx.docs.values() if doc.layout == "general-table"}))


def _share_of_its_class(idx, text: str, context: dict) -> FactAnswer | None:
    """"县道大中修2025年" → "占公路养护类多少": the one figure just shown over its class's rows added up in the same
    column (2025年预算), never the class's share of the whole table."""
    ids = list(context.get("last") or ())
    if not text.startswith("占") or not _SHARE.search(text) or len(ids) != 1:
        return None
    f = idx.facts(ids)[0]
    t = next((x for x in tables_of(idx, f["document_id"]) if x.sheet == (f["sheet"] or "")), None)
    said = said_classes([t], text) if t is not None and f["number"] is not None else []
    if len({(s.head, s.value) for s in said}) != 1:
        return None
    row = next((r for r in said[0].rows if r.line == f["line"]), None)
    col = next((c for c, x in row.cells.items() if x["id"] == f["id"]), "") if row is not None else ""
    figures = _figures(said[0].rows, col) if col else []
    whole = round(sum(x["number"] for x in figures), 6)
    if t is None or row is None or not whole or col in t.measures:
        return None
    text = compose.fact_share(f"{row.name} {col}", compose.class_column_added(_class_shown(said[0], text), col),
                              fmt_number(f["number"]), fmt_number(whole), fmt_percent(f["number"] / whole * 100))
    return FactAnswer("answered", text + _cite(idx, figures), [f])


def _asked_of_class(idx, s: Said, text: str, one_ask: bool = True) -> FactAnswer | None:
    """What the question asks of the class said: one of its rows named, its rate, its sum, count, list or share."""
    rest = _without_departments(idx, text[:s.start] + " " + text[s.end:])
    if _MONTH_VALUE.match(compact(s.value)):  # ("1月份要采购哪些": the plan's own verbs say nothing more)
        rest = re.sub(r"^(?:份)?(?:要|将|预计|计划|准备|打算|拟)", "", rest.lstrip())
    # ("三家单位办公电脑总金额": the units said by how many hold the rows, as many as the rows' units, are those rows')
    if (m := re.search(r"([两二三四五六七八九十\d])(?:家|个)(?:单位|部门|机构)", rest)) \
            and small_number(m.group(1)) == len({r.unit for r in s.rows}) and all(r.unit for r in s.rows):
        rest = rest.replace(m.group(0), " ")
    if (named := _rows_said(s.table, rest)):
        return _row_of_class(idx, s, named, rest)
    if (rate := _rate_said(s.table, rest)) is not None:
        return of_class(idx, s, rate[0], _op(rest), _class_shown(s, text)) if not _unexplained(
            s.table, rest.replace(rate[1], " ")) else None
    col, words = column_said(s.table, rest)
    if col and s.table.year and _dated(col) in (0, s.table.year) and one_ask:
        rest = _THIS_YEAR.sub(" ", rest)  # ("今年计划投资" of a 2026 table: its 2026年计划投资, the table's own year)
    if not col or _unexplained(s.table, rest.replace(words, " ") if words else rest) \
            or any(len(h) >= 2 and h != s.head and h in rest for r in s.table.rows[:1] for h in r.classes):
        return None  # (a year the table prints no column of, a column of words asked: the rest of the engine)
    if _item_of_several_rows(s, text, rest):
        return None  # (which of its rows is asked back by the records' reading)
    return of_class(idx, s, col, _op(rest), _class_shown(s, text))


# The table's own year said relatively ("今年", "本年度"): no word left unexplained beside a column of that year.
_THIS_YEAR = re.compile("|".join(sorted((w for w, off in REL_YEARS if off == 0), key=len, reverse=True)))
# What asks a class's rows added up (or counted, listed, ranked, shared) rather than one row's figure
_OF_ALL_ROWS = re.compile(r"合计|一共|总共|共计|总计|小计|加起来|总额|总金额|几|哪些|哪几|分别|各|都|所有|全部|最|占|比例|平均")


def _item_of_several_rows(s: Said, text: str, rest: str) -> bool:
    """"广告宣传服务采购预算多少": a value of a column of items, nearly each row its own (采购品目), said bare (no 类) of
    a few rows, and one figure asked with no word of their sum: one of its rows is meant, never their sum."""
    values = [r.classes.get(s.head) for r in s.table.rows if r.classes.get(s.head)]
    if len(s.rows) < 2 or len(s.rows) > 8 or len(values) < 6 or len(set(values)) * 2 < len(values) \
            or _UNIT_HEAD.search(s.head) or text[s.end:s.end + 1] == "类" or _OF_ALL_ROWS.search(rest) \
            or _LIST.search(rest) or "项目" in s.head and not re.sub(r"[\s的呢吧啊]", "", rest):
        # (its rows listed; a project said alone, 项目名称 over its items: the project, its items added up)
        return False
    return True


# "这个科室一共多少调整后预算": the class (科室, 单位, 镇) of the row just shown, pointed at
_POINTED = re.compile(r"^(?:那|那么)?(?:这个|这|该|此)(?P<word>科室|股室|处室|股|科|单位|部门|乡镇|镇|街道)"
                      # (the pointer 这个 may come dropped as a hesitation: the class word, then its sum asked)
                      r"|^(?P<bare>科室|股室|处室|单位|部门|乡镇|街道)(?=(?:的)?(?:一共|总共|合计|共计|加起来|总计))")


def _row_last_shown(idx, context: dict) -> tuple[Table, Row, dict] | None:
    """The table, row and first fact of the last answer, when it showed one row and nothing else."""
    ids = list(context.get("last") or ()) or list(context.get("shown") or ())[:12]
    shown = idx.facts(ids) if ids else []
    if len({(f["document_id"], f["sheet"], f["line"]) for f in shown}) != 1:
        return None
    f = shown[0]
    t = next((x for x in tables_of(idx, f["document_id"]) if x.sheet == (f["sheet"] or "")), None)
    row = next((r for r in t.rows if r.line == f["line"]), None) if t is not None else None
    return (t, row, f) if t is not None and row is not None else None


def _class_pointed(idx, text: str, context: dict) -> Said | None:
    """The class pointed at ("这个科室") of the one row the last answer showed, as a class said there."""
    m = _POINTED.match(text)
    if m is None or (shown := _row_last_shown(idx, context)) is None:
        return None
    t, row, _ = shown
    word = m.group("word") or m.group("bare")
    heads = [h for h in row.classes if word in h and (h in t.heads or h in t.parents)] \
        or [h for h in row.classes if _UNIT_HEAD.search(h) and (h in t.heads or h in t.parents) and len(word) >= 2]
    if len(heads) != 1:
        return None
    value = row.classes[heads[0]]
    return Said(t, heads[0], value, m.start(), m.end(), rows_of(t, heads[0], value))


def _office_of_the_place_shown(idx, text: str, context: dict) -> Said | None:
    """"就业创业补助资金多少" (a row of a county finance office's table, 主管部门 县人力资源和社会保障局) → "人社局总共呢":
    an office said by a short name that only other places' loaded departments bear (湛江市, 渝中区 人社局) is the
    conversation's place's — the value of the unit column of the shown row's (or the class kept's) table it is a form
    of, when exactly one is."""
    kept = context.get("class") or {}
    t = shown[0] if (shown := _row_last_shown(idx, context)) is not None else next(
        (x for x in tables_of(idx, kept["doc"]) if x.sheet == kept.get("sheet")), None) if kept.get("doc") else None
    if t is None:
        return None
    publisher = compact(idx.docs[t.doc].department or "")
    units = [(h, v) for h in t.heads if _UNIT_HEAD.search(h) for v in t.values(h)]
    said = sorted((f for f in idx.dept_forms_said(text) if f in text), key=lambda f: (-len(f), f))
    for form in said:
        depts = set(idx.dept_forms.get(form, ()))
        if not depts or any(f not in form for f in said):
            return None  # (another place or office said beside it: "湛江的人社局呢" is never this place's)
        fits = [(h, v) for h, v in units if not _same_office(v, depts, publisher) and form in {
            f for n in level_forms(compact(v)) for f in department_forms(n, idx.abbrev or None)}]
        if len(fits) != 1:
            return None
        (h, v) = fits[0]
        span = v if v in text else form  # (县人力资源和社会保障局 said whole: the value's span, never its end's)
        return Said(t, h, v, text.index(span), text.index(span) + len(span), rows_of(t, h, v))
    return None


_CLASS_ASKED = re.compile(r"^(?:那|那么)?(?:它|这个|这项|该项目|这个项目|此项)?(?:是|属于|归|算)?(?:哪|什么|啥)(?:一)?"
                          r"(?P<kind>类|个类|个类别|种|个目录)(?:的)?(?:项目|服务)?(?:的)?[?？]?$"
                          r"|^(?:那|那么)?(?:它|这个|这项|该项目|这个项目)?(?:是)?(?:哪个|哪家|什么)(?P<unit>单位|主体)"
                          r"|^(?:那|那么)?(?:它|这个|这所|这所学校|该校|这个学校)?(?:在|位于|属于|是)(?:哪个|哪一个|哪)"
                          r"(?P<place>乡镇|镇|乡|街道)(?:的)?(?:呢)?[?？]?$")


def class_of_row(idx, text: str, context: dict) -> FactAnswer | None:
    """"它是哪类项目", "它是哪个单位的" right after one row was shown: the row's value of its class (or unit)
    column, the merged group cell it stands in included."""
    asked = _CLASS_ASKED.search(text)
    why = _WHY.search(text) if asked is None else None
    if (asked is None and why is None) or (shown := _row_last_shown(idx, context)) is None:
        return None
    t, row, f = shown
    if asked is None:
        return _reason_noted(idx, t, row)
    place = asked.group("place")
    word = re.compile(r"类|目录" if asked.group("kind") else place[-1] if place else asked.group("unit"))
    pattern = _KIND_HEAD if asked.group("kind") else _UNIT_HEAD
    heads = [h for h in row.classes if word.search(h)] or [h for h in row.classes if pattern.search(h)]
    if len(heads) != 1:
        return None
    return FactAnswer("answered", compose.class_of_row(row.name, heads[0], row.classes[heads[0]]) + _cite(idx, [f]), [f])


# "年初没有预算的项目", "哪些项目没有年初预算", "年初预算为空的": a column's blank (or zero) cells as the condition
_NONE_SAID = re.compile(r"没有|没|未列|未安排|为空|是空的|空着|空白")
_WHICH = re.compile(r"哪些|哪几|哪个|有几个|几个|几项|多少个|多少项")


def _rows_left_blank(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """The rows of the one table whose column said (the negation said inside it or beside it) prints nothing or 0."""
    if (no := _NONE_SAID.search(text)) is None or not _WHICH.search(text):
        return None
    plain = text[:no.start()] + text[no.end():]
    fits = []
    for t in tables:
        named = [(c, p) for c in t.columns for p in _parts(t, c) if len(p) >= 3 and p in plain
                 and p not in ("合计", "小计", "总计")]
        if len({c for c, _ in named}) == 1 and not _unexplained(t, plain.replace(named[0][1], " ")):
            fits.append((t, named[0][0]))
    if len(fits) != 1:
        return None
    t, col = fits[0]
    rows = [r for r in t.rows if col not in r.cells or not r.cells[col]["number"]]
    facts = [f for r in rows[:30] for f in r.cells.values()][:60]
    label = label_key(_first_label(t, col))
    if not rows:
        return FactAnswer("answered", compose.none_fits(len(t.rows)) + _cite(idx, facts), facts)
    text_out = compose.empty_or_zero(label, [r.name for r in rows], len(t.rows))
    return FactAnswer("answered", text_out + _cite(idx, facts), facts)


def _first_label(t: Table, col: str) -> str:
    f = next(r.cells[col] for r in t.rows if col in r.cells)
    return (f["col_labels"] or "").split(query.FACT_SEP)[-1]


def _rows_said(t: Table, text: str) -> list[tuple[Row, str]]:
    """The rows whose own name is said (whole, or without the group value it begins with: 溪沸小学 of 菖蒲镇溪沸小学),
    each with the words said; the longest said at a place."""
    out = []
    for r in t.rows:
        name = compact(r.name)
        forms = [name] + [name[len(g):] for g in map(compact, r.classes.values()) if name.startswith(g) and len(name) - len(g) >= 3]
        said = next((f for f in forms if f in text), "")
        if said:
            out.append((r, said))
    return [(r, w) for r, w in out if not any(w in o and w != o for _, o in out)]


def _row_of_class(idx, s: Said, named: list[tuple[Row, str]], rest: str, kept_col: str = "") -> FactAnswer | None:
    """"来榜中心学校初中部多少学生": a row named whose name several rows share, told apart by the class said; the
    column said of that one row. None when the row named is not of the class (the rest of the engine answers)."""
    rows = [r for r, _ in named if r in s.rows]
    if len(rows) != 1 or len({w for _, w in named}) != 1:
        return None
    row, said = rows[0], named[0][1]
    left = rest.replace(said, " ")
    col, words = column_said(s.table, left)
    col = col if words or not kept_col else kept_col
    if not col or col not in row.cells or _unexplained(s.table, left.replace(words, " ") if words else left):
        return None
    f = row.cells[col]
    kept = {"doc": s.table.doc, "sheet": s.table.sheet, "head": s.head, "value": s.value, "col": col, "op": "sum",
            "name": f"{row.name}（{s.value}）", "sum": f["number"], "unit": f["unit"] or "", "ids": [f["id"]],
            "before": None, "row": row.name}
    text = compose.class_row_cell(row.name, s.value, label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1]), _shown(f))
    return FactAnswer("answered", text + _cite(idx, [f]), [f], kept=kept)


def _reason_noted(idx, t: Table, row: Row) -> FactAnswer | None:
    """"为什么这么少" of a row in a table that prints no reason column: the row's remark (备注), as printed."""
    if any("原因" in h for r in t.rows for h in r.classes) or len(row.notes) != 1:
        return None
    head, f = next(iter(row.notes.items()))
    return FactAnswer("answered", compose.reason_noted(row.name, head, (f["value"] or "").strip()) + _cite(idx, [f]), [f])


def _without_departments(idx, text: str) -> str:
    for form in sorted(idx.dept_forms_said(text), key=lambda f: -len(f)):
        text = text.replace(form, " ")
    return text


# "德清县民政局小计": the label of a class's own subtotal row, the class named before it
_NAMED_SUBTOTAL = re.compile(r"^(.{2,})小计$")


def of_class(idx, s: Said, col: str, op: str, name: str, before: dict | None = None) -> FactAnswer | None:
    """The rows of one class: their share of the whole, count, list or sum in the column (the sum the table
    prints on the class's own 小计 row when its rows do not add up to it: it covers rows the class's name does
    not head, the units 民政局's 小计 stands over)."""
    figures = _figures(s.rows, col)
    if not s.rows or not figures:
        return None
    unit = figures[0]["unit"] or ""
    added = round(sum(f["number"] for f in figures), 6)
    printed = s.table.subtotals.get(compact(s.value), {}).get(col)
    if printed is None and compact(s.value) == compact(idx.docs[s.table.doc].department):
        printed = s.table.subtotals.get("", {}).get(col)  # (the class is the department whose part the table is)
    if op == "sum" and printed is not None and printed["number"] is not None \
            and abs(printed["number"] - added) > 1e-6:  # (else the rows added are shown)
        text = compose.class_subtotal(name, _column_of(printed["col_labels"] or ""), _shown(printed))
        kept = {"doc": s.table.doc, "sheet": s.table.sheet, "head": s.head, "value": s.value, "col": col, "op": op,
                "name": name, "sum": printed["number"], "unit": printed["unit"] or "", "ids": [printed["id"]],
                "before": before}
        return FactAnswer("answered", text + _cite(idx, [printed]), [printed], kept=kept)
    kept = {"doc": s.table.doc, "sheet": s.table.sheet, "head": s.head, "value": s.value, "col": col, "op": op,
            "name": name, "sum": added, "unit": unit, "ids": [f["id"] for f in figures], "before": before}
    items = [f"{_row_shown(r, s.rows)}（{_shown(r.cells[col])}）" if col in r.cells else _row_shown(r, s.rows) for r in s.rows]
    if col in s.table.measures and op != "count" or op == "mean":
        return _per_one(idx, s, col, op, name, figures, kept)
    if op == "share":
        whole_fact = s.table.total.get(col)
        whole = whole_fact["number"] if whole_fact else round(sum(f["number"] for f in _figures(s.table.rows, col)), 6)
        if not whole:
            return None
        used = figures + ([whole_fact] if whole_fact else [])
        text = compose.class_share(name, col, fmt_number(added), fmt_number(whole), unit, fmt_percent(added / whole * 100),
                                   len(figures))
        return FactAnswer("answered", text + _cite(idx, used), used, kept=kept)
    if op == "count":
        return FactAnswer("answered", compose.counted_items(items, name) + _cite(idx, figures), figures, kept=kept)
    if op == "list":
        return FactAnswer("answered", compose.class_rows(name, items, col, fmt_added(added, figures), unit) + _cite(idx, figures),
                          figures, ranked=[f["id"] for f in figures], kept=kept)
    parts = [(_row_shown(r, s.rows), fmt_added(r.cells[col]["number"], figures)) for r in s.rows
             if col in r.cells and r.cells[col]["number"] is not None]
    if len(figures) == 1 and len(s.rows) == 1 and compact(s.value) == compact(s.rows[0].name):
        # ("流速仪单价多少": one row of the class, its own cell — never a "合计" of one price)
        return FactAnswer("answered", compose.fact_values([(f"{parts[0][0]} {col}", _shown(figures[0]))])
                          + _cite(idx, figures), figures, kept=kept)
    return FactAnswer("answered", compose.class_sum(name, col, parts, fmt_added(added, figures), unit) + _cite(idx, figures),
                      figures, kept=kept)


def _row_shown(r: Row, rows: list[Row]) -> str:
    """A row as a class's rows show it: with its unit when another of them has the same name (台式计算机 of two units)."""
    return f"{r.unit} {r.name}" if r.unit and sum(x.name == r.name for x in rows) > 1 else r.name


def _per_one(idx, s: Said, col: str, op: str, name: str, figures: list[dict], kept: dict) -> FactAnswer | None:
    """A class's rows in a column of figures per one (执行率, 评价得分), or their mean asked: listed with their
    figures, or averaged; a rate asked 合计 is never added: the class's own rate worked out from the two money
    columns every row's rate is the quotient of (执行数 ÷ 预算数), else said not added, with the rows' mean."""
    leaf = _leaf(figures[0])
    unit = figures[0]["unit"] or ""
    if op == "share":
        return None  # (a share of a rate or a score: no part of a whole)
    kept = {**kept, "per_one": True}
    if op == "list":
        items = [f"{r.name}（{_shown(r.cells[col])}）" for r in s.rows if col in r.cells]
        return FactAnswer("answered", compose.numbered_items(items, name) + _cite(idx, figures), figures,
                          ranked=[f["id"] for f in figures], kept=kept)
    terms = [f"{r.name} {fmt_number(r.cells[col]['number'])}" for r in s.rows if col in r.cells]
    total = round(sum(f["number"] for f in figures), 6)
    mean = round(total / len(figures), 2)
    parts = s.table.ratios.get(col) if unit == "%" else None
    if op == "mean" or parts is None:
        kept["sum"] = mean
        text = compose.class_mean(name, leaf, terms, fmt_number(total), fmt_number(mean), unit, op != "mean" and unit == "%")
        return FactAnswer("answered", text + _cite(idx, figures), figures, kept=kept)
    num, den = (_figures(s.rows, c) for c in parts)
    a, b = round(sum(f["number"] for f in num), 6), round(sum(f["number"] for f in den), 6)
    kept["sum"] = rate = round(a / b * 100, 2)
    text = compose.class_rate(name, leaf, len(figures), (_leaf(num[0]), fmt_number(a)), (_leaf(den[0]), fmt_number(b)),
                              num[0]["unit"] or "", fmt_number(rate), [f"{r.name} {_shown(r.cells[col])}" for r in s.rows
                                                                       if col in r.cells])
    return FactAnswer("answered", text + _cite(idx, figures + num + den), figures + num + den, kept=kept)


def _leaf(f: dict) -> str:
    """A column's own header, its unit in brackets left out: 执行数 of 预算执行 › 执行数(万元)."""
    leaf = [x for x in (f["col_labels"] or "").split(query.FACT_SEP) if x][-1:] or [""]
    return re.sub(r"[（(][^（）()]*[）)]$", "", leaf[0]).strip()


# A follow-up on the class just answered: its count, a column of it, which of two is more, its share.
_POINTER = re.compile(r"^(?:那|那么|那个|还有)?(?:它们|它|这类|该类|这个类|这一类|这些|其中|这个单位|该单位)?(?:的)?")
_TWO_ADDED = re.compile(r"^(?:这)?(?:两个|两类|两家|二者|两者)(?:项目)?(?:一共|总共|合计)?(?:加起来|加一起|相加|合计|一共)"
                        r"(?:一共|总共)?(?:多少|是多少)?(?:钱|万元|万|资金)?$"
                        r"|^(?:加起来|加一起|加在一起|合起来)(?:一共|总共)?(?:多少|是多少)?(?:钱|万元|万|资金)?(?:呢)?$")
_TWO_APART = re.compile(r"^(?:这)?(?:两个|两类|两家|二者|两者)?(?:相)?差(?:了|距)?(?:多少|几|是多少)$")
_WHICH_MORE = re.compile(r"^(?:那)?(?:哪个|哪一个|哪类|哪一类|谁)(?:更)?(?P<max>多|大|高)?(?:少|小|低)?(?:一些|些)?$")


# "最少的呢" right after the classes were ranked: the other end of the same ranking
_OTHER_END = re.compile(r"最(?:(?P<max>多|大|高)|少|小|低)(?:的)?(?:呢|是哪个|是哪家|是谁|是哪个单位|单位呢)?")


def _kind_switched(idx, text: str, kept: dict) -> FactAnswer | None:
    """"教育局民生实事有哪些" → "专项资金呢 有哪些": another general table said by its kind, no class of its own
    said: the class just answered (县教育局) asked of that table, when a class column of it prints that value."""
    if "呢" not in text:
        return None
    tables = [t for t in scope(idx, text) if t.doc != kept["doc"] and title_word_said(t.title, text) and kind_said(t, text)]
    if len({t.doc for t in tables}) != 1 or said_classes(tables, text) \
            or not any(kept["value"] in t.values(h) for t in tables for h in t.heads):
        return None
    return answer(idx, kept["value"] + re.sub(r"的?呢", "", text))


def _said_without_their_noun(t: Table, head: str, rest: str) -> list[Said]:
    """"一般债券…" → "专项的呢": a class said without the noun every class of the column ends with (一般债券 / 专项债券:
    债券), right after one was answered: that class, when its words alone are said and no other's are."""
    values = [v for v in t.values(head) if v]
    noun = os.path.commonprefix([compact(v)[::-1] for v in values])[::-1] if len(values) >= 2 else ""
    if len(noun) < 2:
        return []
    hits = [(v, at) for v in values if len(bare := compact(v)[:-len(noun)]) >= 2 and (at := rest.find(bare)) >= 0]
    if len(hits) != 1:
        return []
    v, at = hits[0]
    return [Said(t, head, v, at, at + len(compact(v)) - len(noun), rows_of(t, head, v))]


def followup(idx, text: str, kept: dict) -> FactAnswer | None:
    """"那运输服务类呢", "它有几项", "三年合计", "哪个多" right after a class was answered (kept)."""
    t = next((x for x in tables_of(idx, kept["doc"]) if x.sheet == kept["sheet"]), None)
    if t is None or kept["head"] not in t.heads:
        return None
    rest = _POINTER.sub("", text)
    if (_TWO_ADDED.match(rest) or _TWO_APART.match(rest)) and not kept.get("per_one"):
        own = rows_of(t, kept["head"], kept["value"])
        # ("X乡有哪些项目" → "这两个加起来多少钱": no class before it, the two rows just listed are the two)
        two_rows = not kept.get("before") and len(own) == 2 and _TWO_ADDED.match(rest)
        if not two_rows and (kept.get("before") or not _TWO_ADDED.match(rest)
                             or re.match(r"^(?:这)?(?:两个|两类|两家|二者|两者)", rest)):
            return _two_worked(idx, kept, bool(_TWO_ADDED.match(rest)))
        # ("工程类采购有哪些" → "加起来多少": one class just listed, its own rows added up)
        s = Said(t, kept["head"], kept["value"], 0, 0, own)
        return of_class(idx, s, kept["col"], "sum", kept["name"])
    if (m := _WHICH_MORE.match(rest)) is not None:
        return _two_compared(idx, kept, bool(m.group("max")) or not re.search(r"少|小|低", rest))
    if kept.get("ranked") and (other := _OTHER_END.fullmatch(rest)) is not None:
        return _classes_ranked(idx, t, kept["head"], kept["col"], bool(other.group("max")))  # "最少的呢": the classes again
    if _MOST.search(rest) or "哪" in rest:
        return None  # (which class or row is most: a ranking, not a figure of the class kept)
    said = [x for x in said_classes([t], rest) if x.head == kept["head"]] or _said_without_their_noun(t, kept["head"], rest)
    if len({x.value for x in said}) == 1 and rest.endswith("呢"):
        s = said[0]
        left = rest[:s.start] + " " + rest[s.end:]
        if kept.get("row"):
            return _same_row_of_another_class(idx, t, s, kept, left)
        col, words = column_said(t, left)
        col = col if words else kept["col"]
        if not col or _unexplained(t, left.replace(words, " ") if words else left):
            return None
        before = {k: kept[k] for k in ("name", "sum", "unit", "col", "ids")}
        return of_class(idx, s, col, kept["op"] if kept["op"] != "list" else "sum", _class_shown(s, rest), before)
    if said:
        return None
    s = Said(t, kept["head"], kept["value"], 0, 0, rows_of(t, kept["head"], kept["value"]))
    col, words = column_said(t, rest)
    op = _op(rest)
    if not col or _unexplained(t, rest.replace(words, " ") if words else rest):
        return None
    if not words and op == "sum" and not re.search(r"合计|一共|总共|多少|加起来", rest):
        return None  # nothing of the class asked
    if op == "share" and len(s.rows) == 1:
        return None  # ("负责哪个项目" → "上级资金占比": the one row's own share, never its class's of the table)
    return of_class(idx, s, col if words else kept["col"], op, kept["name"], kept.get("before"))


def _same_row_of_another_class(idx, t: Table, s: Said, kept: dict, left: str) -> FactAnswer | None:
    """"初中部呢" after one row's 小学部 figure: the row of the same name in the class said, the same column."""
    fa = _row_of_class(idx, s, [(r, kept["row"]) for r in t.rows if r.name == kept["row"]], kept["row"] + left, kept["col"])
    if fa is None or fa.kept is None or fa.kept["col"] != kept["col"]:
        return None
    fa.kept["before"] = {k: kept[k] for k in ("name", "sum", "unit", "col", "ids")}
    return fa


def _two_compared(idx, kept: dict, more: bool) -> FactAnswer | None:
    """"哪个多" after two classes answered in the same column: the two sums set side by side."""
    before = kept.get("before")
    if not before or before["col"] != kept["col"] or before["unit"] != kept["unit"]:
        return None
    a, b = (kept, before) if (kept["sum"] >= before["sum"]) == more else (before, kept)
    facts = idx.facts(list(a["ids"]) + list(b["ids"]))
    text = compose.classes_compared("max" if more else "min", a["name"], b["name"], kept["col"], fmt_number(a["sum"]),
                                    fmt_number(b["sum"]), fmt_number(abs(a["sum"] - b["sum"])), kept["unit"])
    return FactAnswer("answered", text + _cite(idx, facts), facts, kept={**a, "before": b})


def _two_worked(idx, kept: dict, added: bool) -> FactAnswer | None:
    """"两个加起来", "两个差多少" after two classes answered in the same column: their sums added or set apart."""
    before = kept.get("before")
    if not before or before["col"] != kept["col"] or before["unit"] != kept["unit"]:
        return None
    facts = idx.facts(list(before["ids"]) + list(kept["ids"]))
    a, b = before["sum"], kept["sum"]
    result = fmt_number(round(a + b if added else abs(a - b), 6))
    text = compose.classes_worked(added, before["name"], kept["name"], kept["col"], fmt_number(a), fmt_number(b), result,
                                  kept["unit"])
    return FactAnswer("answered", text + _cite(idx, facts), facts)


def rank_classes(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"哪个单位买服务花得最多": the values of a unit (or kind) column, each one's rows added up, ranked."""
    most = _MOST.search(text)
    unit, kind = _RANK_UNIT.search(text), _RANK_KIND.search(text)
    said = unit or kind
    if most is not None and re.search(r"(?:项目|个数|项数|条数)(?:数)?最", text) and said is None:
        # ("哪个乡镇项目最多": a column of towns said by its header, its rows counted)
        head, fits = _head_said(idx, tables, text)
        return _classes_counted(idx, fits[0][0], fits[0][1], bool(most.group("max"))) \
            if head is not None and len(fits) == 1 and _PLACE_HEAD_WORD.search(fits[0][1]) else None
    if most is None or re.search(r"(?:项目|个数|项数|条数)(?:数)?最", text):
        return None  # ("哪个单位采购项目最多": its rows counted, not added up)
    if said is None:
        said, fits = _head_said(idx, tables, text)
    else:
        word = re.search(r"单位|主体|类|目录", said.group(0))
        pattern = re.compile(word.group(0)) if unit and word else _KIND_HEAD
        # (a table whose rows are units themselves, 单位名称 as their label, ranks its rows: not by 单位类别)
        fits = [(t, h) for t in tables for h in t.heads if pattern.search(h) and not (unit and _KIND_HEAD.search(h))
                and not (unit and word and word.group(0) in t.leaf_head)]
    if said is None:
        return None
    if len({id(t) for t, _ in fits}) > 1:
        fits = _by_own_words(fits, text)
    if len(fits) != 1:
        return None
    t, h = fits[0]
    rest = _without_departments(idx, text[:said.start()] + " " + text[said.end():])
    col, words = column_said(t, rest)
    if not col or col in t.measures or _unexplained(t, rest.replace(words, " ") if words else rest):
        return None  # (rates or scores of a value's rows are not added up to rank it)
    return _classes_ranked(idx, t, h, col, bool(most.group("max")))


# "各部门分别多少", "每个单位各多少": each value of a class column asked, by the last word of its header.
_EACH_CLASS = re.compile(r"(?:各|每(?:一)?个)(?:个)?(?P<word>主管部门|部门|单位|科室|处室)")


def classes_listed(idx, tables: list[Table], text: str) -> FactAnswer | None:
    """"政府性基金各部门分别多少": one table said by its own words (never "各部门" alone, which asks of the
    departments loaded), each value of its class column the word names (部门 of 主管部门), its rows added up in
    the column asked (the table's own amount unless one is said)."""
    m = _EACH_CLASS.search(text)
    if m is None:
        return None
    fits = [(t, h) for t in tables for h in t.heads if h.endswith(m.group("word"))]
    if len({id(t) for t, _ in fits}) > 1:
        fits = _by_own_words(fits, text)
    if len(fits) != 1:
        return None
    t, h = fits[0]
    rest = _without_departments(idx, text[:m.start()] + " " + text[m.end():])
    col, words = column_said(t, rest)
    left = rest.replace(words, " ") if words else rest
    title = [w for w in re.split(r"[\d年]+", t.title) if len(w) >= 3]
    if not col or col in t.measures or _unexplained(t, left) or not any(
            left[i:i + 3] in w for w in title for i in range(len(left) - 2)):
        return None  # (the table itself not said by three characters of its title: not this table's classes)
    sums = [(v, fs) for v in t.values(h) if (fs := _figures(rows_of(t, h, v), col))]
    if len(sums) < 2:
        return None
    unit = sums[0][1][0]["unit"] or ""
    items = [(v, fmt_number(round(sum(f["number"] for f in fs), 6)), len(fs)) for v, fs in sums]
    figures = [f for _, fs in sums for f in fs]
    return FactAnswer("answered", compose.classes_listed(h, col, items, unit) + _cite(idx, figures), figures,
                      ranked_groups=[(v, [f["id"] for f in fs]) for v, fs in sums])


# a column of towns by its header's words (建设地点乡镇街道: [asking_words.groups] place_heads)
_PLACE_HEAD_WORD = Words("groups", "{place_heads}")
# the whole place a plan's row may be of (全县, 各乡镇（街道）): no town of its column of towns
_WHOLE_PLACE = Words("groups", "^(?:(?:{whole_places})|(?:{each_place}).*)$")


def _classes_counted(idx, t: Table, h: str, most: bool) -> FactAnswer | None:
    """"哪个乡镇项目最多": the towns of a column of towns, each one's rows counted, the most (or least) first;
    None when two tie for first."""
    counts = sorted(((v, rows_of(t, h, v)) for v in t.values(h) if not _WHOLE_PLACE.match(v)),
                    key=lambda x: len(x[1]), reverse=most)
    if len(counts) < 2:
        return None
    top = [(v, rows) for v, rows in counts if len(rows) == len(counts[0][1])]  # (two tied for first: both named)
    cells = [next(iter(r.cells.values())) for _, rows in top for r in rows if r.cells]
    return FactAnswer("answered", compose.class_counted_most("max" if most else "min", h, [v for v, _ in top],
                                                             len(counts[0][1]), len(counts)) + _cite(idx, cells), cells)


def _classes_ranked(idx, t: Table, h: str, col: str, most: bool) -> FactAnswer | None:
    """The values of a class column, each one's rows added up in the column, the most (or least) first."""
    sums = []
    for v in t.values(h):
        if _PLACE_HEAD_WORD.search(h) and _WHOLE_PLACE.match(v):
            continue  # (全县's rows: no town's)
        figures = _figures(rows_of(t, h, v), col)
        if figures:
            sums.append((v, round(sum(f["number"] for f in figures), 6), figures))
    if len(sums) < 2:
        return None
    sums.sort(key=lambda x: x[1], reverse=most)
    if abs(sums[0][1] - sums[1][1]) < 1e-9:
        if _PLACE_HEAD_WORD.search(h):  # (towns tied: each named, never a row of the plan in their place)
            tied = [x for x in sums if abs(x[1] - sums[0][1]) < 1e-9]
            facts = [f for _, _, fs in tied for f in fs]
            return FactAnswer("answered", compose.classes_tied("max" if most else "min", h, [x[0] for x in tied], col,
                                                               fmt_number(sums[0][1]), facts[0]["unit"] or "", len(sums))
                              + _cite(idx, facts), facts)
        return None  # (two tied for first: never one of them named alone; grouped tables list the ties)
    v, best, figures = sums[0]
    unit_of = figures[0]["unit"] or ""
    return FactAnswer("answered", compose.class_ranked("max" if most else "min", h, v, col, fmt_number(best),
                                                       unit_of, [fmt_number(f["number"]) for f in figures], len(sums))
                      + _cite(idx, figures), figures,
                      ranked_groups=[(x, [f["id"] for f in fs]) for x, _, fs in sums],
                      kept={"doc": t.doc, "sheet": t.sheet, "head": h, "value": v, "col": col, "op": "sum", "name": v,
                            "sum": best, "unit": unit_of, "ids": [f["id"] for f in figures], "before": None,
                            "ranked": True})


# A class column's header said after 哪个 by its last word (科室 of 主管科室, 方式 of 评价方式); never 部门 (of 主管
# 部门: "哪个部门" asks of the departments loaded) and never a word shorter than two characters.
_HEAD_WORD = re.compile(r"(?:科室|处室|股室|站所|方式|等级|性质|类别|类型|来源|渠道)$")


# what may follow a town's kind said alone in one character ("哪个乡项目最多", "哪个镇的资金"): never a character
# of a name going on (乡村振兴, 镇海)
_AFTER_BARE_TOWN = Words("groups", "(?:{after_bare_town}|[？?。，,]|$)")


def _place_forms(idx, h: str) -> list[str]:
    """The words a column of towns is said by after 哪 (建设地点乡镇街道: 乡镇, 街道 and the kinds of town a 乡镇
    stands for, [place_kind_endings] 乡, 镇); none for another column."""
    heads = [m.group(0) for m in _PLACE_HEAD_WORD.finditer(h)]
    return list(dict.fromkeys([*heads, *(e for w in heads for e in idx.place_kind_endings.get(w, ()))]))


def _head_said(idx, tables: list[Table], text: str) -> tuple[re.Match | None, list[tuple[Table, str]]]:
    """"哪个科室的专项钱最多", "哪种评价方式…最多": the class column said by its header (or its last word) after 哪.
    A town's kind of one character (乡, 镇) says a column of towns only where no name goes on after it
    ("哪个乡村振兴项目…" asks of projects, never of the towns)."""
    found: list[tuple[re.Match, Table, str]] = []
    for t in tables:
        for h in t.heads:
            word = _HEAD_WORD.search(h)
            for form in dict.fromkeys([h, *([word.group(0)] if word else []), *_place_forms(idx, h)]):
                m = next((x for x in re.finditer(r"哪(?:一)?(?:个|种|类|家)?" + re.escape(form), text)
                          if len(form) > 1 or _AFTER_BARE_TOWN.match(text, x.end())), None)
                if m is not None:
                    found.append((m, t, h))
                    break
    if not found:
        return None, []
    return found[0][0], [(t, h) for _, t, h in found]


def _by_own_words(fits: list[tuple[Table, str]], text: str) -> list[tuple[Table, str]]:
    """Of several tables, the one whose own words (title, headers) the question says most of (买服务 of 购买服务)."""
    def said(t: Table) -> int:
        words = t.title + "".join(t.heads) + "".join(t.columns)
        return sum(text[i:i + 2] in words for i in range(len(text) - 1))
    best = max(said(t) for t, _ in fits)
    return [x for x in fits if said(x[0]) == best]
