"""Questions over facts: any labelled value of any table, found by its labels in people's words.

The index (one per knowledge base, built on first use) maps every fact label, cleaned of numbering and
units and widened by the label synonyms of knowledge/vocabulary.toml, to the facts it names. A question
is read as: departments (by the names people use), a year (2023年, 去年 … relative to the document's
year), an operation (sum, difference, ratio, count, list, max/min, filter) and label mentions; what
remains unexplained makes the answer "not in the table", never a guess. Every answer shows the values it
used, the arithmetic, and where each value stands.
"""

from __future__ import annotations

import copy
import re
import threading
import tomllib
import weakref
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from bot.answer import REL_YEARS as _REL_YEARS
from bot.answer import YEAR_ASKED, compose, question_clauses
from bot.language.lexicon import (
    DEFAULT_ABBREVIATIONS,
    department_bare_forms,
    department_forms,
    narrow_by_place,
)
from bot.language.normalize import compact, normalize
from bot.store import queries as query

# --- words --------------------------------------------------------------------------------------------

_OPS: dict[str, tuple[str, ...]] = {  # longest first within each; matched on the compact question
    "sum": ("加起来一共", "加在一起", "加起来", "一共是", "一共", "总共", "总和", "合起来", "共计", "合计", "之和", "总计", "共有"),
    "diff": ("相差多少", "差多少", "差了多少", "差额", "相差", "多多少", "少多少", "多出多少", "超出多少", "超过多少",
             "增加多少", "减少多少", "增长多少", "下降多少", "增加了多少", "减少了多少", "变化多少", "增减", "高多少", "低多少",
             "差距"),
    "ratio": ("除以", "占比多少", "占比", "所占比例", "比例", "比重", "百分之几", "百分比", "占多少", "占了多少"),
    "count": ("有几个", "有多少个", "几个", "多少个", "多少项", "几项", "几条", "多少条"),
    "list": ("有哪些", "都有哪些", "哪些", "列出", "列一下", "都有什么", "有什么", "是哪几个", "哪几个", "哪几项"),
    "max": ("最多", "最大", "最高", "最贵", "最长", "第一多"),
    "min": ("最少", "最小", "最低", "最便宜", "最短"),
}
# "最大的减最小的", "最多的比最少的多多少", "最高和最低相差": the range of a list, one figure.
_RANGE = re.compile(r"(?:最[多大高]|最贵).{0,4}(?:减|减去|比|和|与|跟).{0,4}(?:最[少小低]|最便宜)"
                    r"|(?:最[少小低]).{0,4}(?:和|与|跟).{0,4}(?:最[多大高])|极差")
_COMPARE_WORDS = ("比", "较", "相比", "对比", "跟", "和", "与")
# A 决算 table's rate is 决算 over 预算 (全年预算 unless the question names 年初预算): 完成率 there is the same.
_RATE_WORDS = {"执行率": (("执行数", "执行", "实际", "决算数", "决算"), ("预算数", "全年预算", "预算")),
               "完成率": (("完成值", "实际完成", "完成", "实际", "决算数", "决算"),
                          ("目标值", "指标值", "目标", "计划", "全年预算", "预算数", "预算"))}
# "年初预算完成了百分之几": a completion rate asked in words, over the budget the question names.
_RATE_SAID = re.compile(r"预算.{0,6}(?:全年完成值|完成(?:了|得)?)(?:百分之几|多少比例|几成|比例|的比例|率)")
_FILLER = re.compile(
    r"这两个|两个|两项|两者|二者|哪一项|哪一个|哪一|它们|他们|请问|请|帮我|帮忙|查一下|查查|查询|看看|看一下|告诉我|我想知道|想知道|一下|多少钱|多少|是多少|是什么|什么|怎么样|"
    r"情况|数据|具体|分别|各自|各|都|是|的|了|呢|吗|啊|呀|吧|有|为|在|和|与|及|以及|跟|同|、|,|，|。|？|\?|！|!|：|:|"
    r"里|中|表|表里|这张表|那个|这个|其|它|值|数值|数字|金额|有没有|给我|一共|总共|共|个|项|年|度|年度|本年|今年|当年|"
    r"相比|比|较|对比|多|少|高|低|大|小|人|元|万元|万|几|哪|谁|哪里|啥|那|这|还|就|也|又|按|对|上|下|去|前|后|最|"
    r"比例|占|从|到|单位|科室|股室|部门|局|委|哪个|哪项|哪一个|哪一项|科目"
)
_PERIODS = (("第一季度|一季度|1季度|前三个月|1-3月|1至3月", (1, 2, 3)), ("第二季度|二季度|2季度|4-6月", (4, 5, 6)),
            ("第三季度|三季度|3季度|7-9月", (7, 8, 9)), ("第四季度|四季度|4季度|10-12月", (10, 11, 12)),
            ("上半年|前半年|1-6月|1至6月", (1, 2, 3, 4, 5, 6)), ("下半年|7-12月", (7, 8, 9, 10, 11, 12)))
_QUESTION_WORDS = re.compile(r"(?:哪个|哪些|哪项|哪几个|多少|什么|是否|几个|怎么|为何|有没有|是不是|一共|分别|加起来|总共)+")
# "普陀两个部门", "这几个单位", "分别", "各自": a name fitting several departments means all of them.
_EVERY_ONE = re.compile(r"[两俩二三四五六七八九十几各]个?(?:部门|单位|局)|分别|各自")
_FOLLOWUP = re.compile(r"^(?:那|那么|还有|再|另外)|呢$|^.{1,8}$")
_ORG_WORD = re.compile(r"[\u4e00-\u9fff]{1,8}(?:局|委|办|厅|署|部|中心|委员会|办公室|政府|街道)")
_MONTHS = re.compile(r"\d{1,2}月|[一二三四]季度|[上下]半年")
_YEAR_Q = re.compile(r"(?<![0-9.])(20\d\d|19\d\d)(?![0-9.])\s*(?:年度|年)?")
_PART_OF_YEAR = re.compile(r"季度|[0-9一二三四五六七八九十]+月|上半年|下半年|半年")
_NUMBERING = re.compile(r"^(?:[0-9]+[.、．)]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|其中[:：]?)+")
_PAREN = re.compile(r"[（(][^（）()]{0,12}[）)]")


@lru_cache(maxsize=200_000)  # labels repeat across tables ("2024年预算数"): clean each once
def label_key(label: str) -> str:
    """A label as matched: no numbering ("1.", "一、", "其中："), no unit in brackets, no punctuation."""
    t = normalize(label)
    t = _NUMBERING.sub("", t.strip())
    t = _PAREN.sub("", t) or t
    return compact(t)


def fmt_number(x: float) -> str:
    """As tables print numbers: no thousands separators, no trailing zeros, at most 2 decimals."""
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.2f}".rstrip("0").rstrip(".")


def fmt_percent(x: float) -> str:
    """A percentage the bot computes: two decimals always (87.10), as amounts are printed."""
    return f"{x:.2f}"


def _value_text(value: str, number: float | None, unit: str) -> str:
    """A fact's value as printed (without thousands separators), with its unit when the cell has none; a
    blank cell is said blank, never shown as if it were a figure."""
    if not value.strip():
        return compose.BLANK_CELL
    if number is not None and re.fullmatch(r"[-+(（]?\d{1,3}(?:,\d{3})+(?:\.\d+)?[)）%]?", value.strip()):
        value = value.replace(",", "")
    if number is None or not unit or value.endswith(unit) or unit == "%" and value.endswith("%"):
        return value
    return f"{value}{unit}"


# --- the index ------------------------------------------------------------------------------------------


class _ByFid:
    """One attribute of every fact, in a list indexed by fact id."""

    __slots__ = ("values", "default")

    def __init__(self, size: int, default=None):
        self.values = [default] * size
        self.default = default

    def __setitem__(self, fid: int, value) -> None:
        self.values[fid] = value

    def __getitem__(self, fid: int):
        return self.values[fid]

    def get(self, fid: int, default=None):
        if 0 <= fid < len(self.values) and self.values[fid] is not None:
            return self.values[fid]
        return default

    def items(self):
        return ((i, v) for i, v in enumerate(self.values) if v is not None and v != self.default)

    def __bool__(self) -> bool:
        return any(v is not None and v != self.default for v in self.values)


@dataclass
class _Doc:
    id: int
    department: str
    year: int | None
    form: str
    file_name: str
    facts: list[int] | array[int] = field(default_factory=list)  # an array once the index is built


class FactIndex:
    """Labels -> facts, built once per knowledge base (facts stay in SQLite; only labels are held)."""

    def __init__(self, conn, documents: dict[int, dict], vocab_path: str):
        self.conn = conn
        syn, abbrev = _read_words(vocab_path)
        self.synonyms = syn
        self.abbrev = abbrev or DEFAULT_ABBREVIATIONS
        self.docs: dict[int, _Doc] = {}
        for info in documents.values():
            self.docs[info["id"]] = _Doc(info["id"], info["department_name"], info.get("year"), info.get("form") or "",
                                         info.get("file_name") or "")
        self._read_labels()
        self._read_subjects()
        self._read_departments(abbrev)
        self._read_values()
        self._read_years()
        # Character pairs -> label keys with a form containing them: the candidates of a question.
        self.gram_keys: dict[str, set[str]] = defaultdict(set)
        for k, forms in self.key_forms.items():
            for form in forms:
                for i in range(len(form) - 1):
                    self.gram_keys[form[i:i + 2]].add(k)

    def _read_labels(self) -> None:
        """Every fact's label keys, held in lists by fact id; the facts of each label and document."""
        # Per-fact attributes in lists indexed by fact id (ids are dense): a dict per attribute would
        # cost ~100 bytes a fact more at 100,000 facts.
        size = query.fact_max_id(self.conn) + 1
        self.fact_doc = _ByFid(size)
        self.fact_year = _ByFid(size)
        self.fact_keys = _ByFid(size, ())  # row keys, then column keys, section, row heads
        self.fact_line = _ByFid(size, 0)
        self.fact_nrows = _ByFid(size, 0)  # how many of fact_keys are row label keys
        self.col_keys: set[str] = set()
        self.row_label_keys: set[str] = set()  # keys some fact carries as a row label
        self.head_keys: set[str] = set()  # headers of row-label columns ("二级指标", "科目")
        self.heads: dict[str, str] = {}  # label key -> its words before a bracket
        self.spelled: dict[str, str] = {}  # label key -> the label with its bracketed words kept
        self.head_labels: dict[str, set[str]] = defaultdict(set)  # row head key ("二级指标") -> label keys
        self.sheet_titles: dict[int, set[str]] = defaultdict(set)  # doc -> its sheets' title keys
        label_facts: dict[str, list[int]] = defaultdict(list)
        interned: dict[tuple, tuple] = {}
        for row in query.fact_labels(self.conn):
            for k in self._add_fact(row, interned):
                label_facts[k].append(row[0])
        del interned
        self.label_facts = {k: array("i", v) for k, v in label_facts.items()}
        del label_facts
        for d in self.docs.values():
            d.facts = array("i", d.facts)
        self.doc_keys: dict[int, set[str]] = defaultdict(set)
        for fid, keys in self.fact_keys.items():
            self.doc_keys[self.fact_doc[fid]].update(keys)
        self.key_forms: dict[str, tuple[str, ...]] = {k: tuple(self._forms(k)) for k in self.label_facts}
        self.label_text = "\x1f".join(self.label_facts)
        # Row labels holding a relative year word (上年结转): said in a question, they are the label.
        self.year_word_labels = [k for k in self.row_label_keys if len(k) > 2 and any(
            w in k and k != w for w, _ in _REL_YEARS)]
        self.col_text = "\x1f".join(self.col_keys | self.head_keys)

    def _add_fact(self, row: tuple, interned: dict[tuple, tuple]) -> tuple[str, ...]:
        """One fact's labels into the per-fact lists; its label keys."""
        fid, doc_id, year, rows, heads, cols, section, line, page = row
        raw_rows = rows.split(query.FACT_SEP) if rows else []
        raw_cols = cols.split(query.FACT_SEP) if cols else []
        keys = [label_key(x) for x in raw_rows]
        ckeys = [label_key(x) for x in raw_cols]
        skey = label_key(section) if section else ""
        hkeys = [label_key(h) for h in (heads.split(query.FACT_SEP) if heads else [])]
        rowk = tuple(dict.fromkeys(k for k in keys if k))
        allk = tuple(dict.fromkeys(k for k in (*rowk, *ckeys, skey, *hkeys) if k))
        allk = interned.setdefault(allk, allk)
        if skey.endswith("表"):  # a sheet's own title given as the section of its facts (grid.read_general)
            self.sheet_titles[doc_id].add(skey)
        self.fact_doc[fid] = doc_id
        self.fact_year[fid] = year
        self.fact_keys[fid] = allk
        self.fact_nrows[fid] = len(rowk)
        self.fact_line[fid] = (page or 0) * 100_000 + (line or 0)  # a row: its page and line
        for raw in raw_rows + raw_cols:
            if "（" in raw or "(" in raw:
                head = re.split(r"[（(]", raw, maxsplit=1)[0]
                if len(label_key(head)) >= 2:
                    self.heads[label_key(raw)] = label_key(head)
                if re.search(r"[（(][\u4e00-\u9fff]{1,12}[）)]", raw):
                    self.spelled[label_key(raw)] = compact(raw)  # "维修（护）费" said 维修护费
        self.col_keys.update(k for k in ckeys if k)
        self.row_label_keys.update(rowk)
        self.head_keys.update(k for k in hkeys if k)
        if doc_id in self.docs:
            self.docs[doc_id].facts.append(fid)
        if heads:
            for h, k in zip(heads.split(query.FACT_SEP), keys, strict=False):
                if h and k:
                    self.head_labels[label_key(h)].add(k)
        return allk

    def _read_subjects(self) -> None:
        """Words naming a table rather than a label: its projects (a value in a form sheet) and its kind."""
        self.subjects: dict[str, set[int]] = defaultdict(set)
        fact_docs = [d for d in self.docs if self.docs[d].facts]
        for r in (query.projects_in(self.conn, fact_docs) if fact_docs else []):
            name = compact(r["name"])
            labels = self.doc_keys.get(r["document_id"], ())
            if r["kind"] != "department" and len(name) >= 3 and name not in labels \
                    and label_key(r["name"]) not in labels:
                self.subjects[name].add(r["document_id"])
        for did in fact_docs:
            form = compact(self.docs[did].form)
            for i in range(len(form) - 2):
                if form.endswith("表") and form[i:] not in self.label_facts:
                    self.subjects[form[i:]].add(did)
        self.subject_order = sorted(self.subjects, key=len, reverse=True)
        self.fact_docs = fact_docs

    def _read_departments(self, abbrev) -> None:
        """Each department's names as people say them, longest first and by their first two characters."""
        # Lists in the documents' order (never a set's): which department a shared form names first, and
        # the order departments are answered in, must not follow the string hash seed.
        self.dept_forms: dict[str, list[str]] = defaultdict(list)
        for dept in dict.fromkeys(d.department for d in self.docs.values()):
            for form in sorted(department_aliases(dept, abbrev)):
                if dept not in self.dept_forms[form]:
                    self.dept_forms[form].append(dept)
        # Place + bureau word without 局 ("鹭川民政"): it gives way to a label beginning inside it.
        self.dept_yielding = {
            f for dept in dict.fromkeys(d.department for d in self.docs.values())
            for f in department_bare_forms(dept, abbrev or None)}
        self.dept_order = sorted(self.dept_forms, key=len, reverse=True)
        self.dept_by_gram: dict[str, list[str]] = defaultdict(list)  # first two characters -> forms
        for form in self.dept_order:
            self.dept_by_gram[form[:2]].append(form)

    def _read_values(self) -> None:
        """Short text values (a 资金来源, a 责任科室): a question may name rows by them."""
        self.value_by_gram: dict = defaultdict(set)
        self.value_facts: dict[str, list[int]] = defaultdict(list)
        self.category_values: set[str] = set()  # two-character values of a column of kinds (货物, 询价)
        columns: dict[tuple, list[str]] = defaultdict(list)
        self.option_facts: dict[str, set[int]] = defaultdict(set)  # a tick-box option -> the cells offering it
        for fid, doc, value in query.fact_text_values(self.conn):
            v = compact(value)
            if ticked := _TICKED.search(value):
                for option in re.split(r"[、,，]", ticked.group(1)):
                    self.option_facts[compact(option)].add(fid)
            if 2 <= len(v) <= 20 and v not in self.label_facts:
                keys = self.fact_keys[fid]
                columns[(doc, keys[self.fact_nrows[fid]:self.fact_nrows[fid] + 1])].append(v)
                if len(v) >= 3:
                    self.value_by_gram[v[:2]].add(v)
                self.value_facts[v].append(fid)
        for vs in columns.values():
            # A column of kinds: short values, some repeated (采购类别 货物/服务/工程, 采购方式 公开招标/询价).
            if len(vs) >= 3 and len(set(vs)) < len(vs) and all(len(v) <= 6 for v in vs):
                for v in set(vs):
                    if len(v) == 2:
                        self.category_values.add(v)
                        self.value_by_gram[v].add(v)
        for v in [v for v in self.value_facts if len(v) == 2 and v not in self.category_values]:
            del self.value_facts[v]
        self.value_by_gram = {g: sorted(vs, key=lambda v: (-len(v), v)) for g, vs in self.value_by_gram.items()}

    def _read_years(self) -> None:
        """The years each department's and document's facts are of."""
        self.dept_docs: dict[str, list[int]] = defaultdict(list)
        self.dept_years: dict[str, set[int]] = defaultdict(set)
        for d in self.docs.values():
            self.dept_docs[d.department].append(d.id)
            if d.year:
                self.dept_years[d.department].add(d.year)
        self.doc_years: dict[int, set[int]] = defaultdict(set)
        for fid, y in self.fact_year.items():
            if y:
                self.doc_years[self.fact_doc[fid]].add(y)
        for doc_id, ys in self.doc_years.items():
            self.dept_years[self.docs[doc_id].department] |= ys

    def _forms(self, key: str) -> set[str]:
        """Ways a label is said: itself, synonyms swapped in, and its core without a counting suffix."""
        out = {key}
        for group in self.synonyms:
            for w in group:
                # A synonym stands for the label's last word only ("项目联系人" -> "项目负责人"), never for a
                # word inside it ("预算执行率" is not "预算金额执行率").
                if key.endswith(w):
                    out.update(key[: -len(w)] + other for other in group if other != w)
        if key.startswith("指标") and len(key) >= 4:
            out.add(key[2:])  # "指标权重" of an indicator table is said "权重"
        if m := re.match(r"^(\d{3,})(\D{2,})$", key):
            out.update(m.groups())  # "2100101行政运行" is said "行政运行", or by its code alone
        unyeared = re.sub(r"(?:19|20)\d\d年度?", "", key)
        if unyeared != key and len(unyeared) >= 2:
            out.add(unyeared)  # "2024年预算数" is "预算数" with the year asked apart
        if key in self.heads:
            out.add(self.heads[key])
        if key in self.spelled:
            out.add(self.spelled[key])  # "全年预算数（A）（上年结转+…）" is said "全年预算数"
        for suffix in ("人数", "数量", "金额", "情况", "说明", "数", "值", "费用"):
            if key.endswith(suffix) and len(key) - len(suffix) >= 2:
                out.add(key[: -len(suffix)])
        out |= self._abbreviated(key)
        return {f for f in out if len(f) >= 2 or f == key}

    def _abbreviated(self, key: str) -> set[str]:
        """A unit's label with a bureau's short word ("城关市场监督管理所" -> "城关市场监管所"): staff name
        the units of a table as they name departments."""
        if not re.search(r"(?:所|局|队|中心|站|院|办)$", key):
            return set()  # a unit's name only: "卫生健康支出" is a subject, never said "卫健支出"
        out = {key.replace(long, short) for long, shorts in self.abbrev.items()
               if len(long) >= 4 and long in key for short in shorts}
        for long in [x for x in self.abbrev if len(x) >= 4]:
            # "青石市场监督管理所" is "青石所": a station by its own place and its kind (所 / 站)
            if m := re.fullmatch(r"([\u4e00-\u9fff]{2,3}?)" + re.escape(long) + r"(所|站)", key):
                out.add(m.group(1) + m.group(2))
        return out

    def row_keys(self, fid: int) -> set[str]:
        return set(self.fact_keys[fid][: self.fact_nrows[fid]])

    def doc_rows_and_cols(self, doc: int) -> tuple[set[str], set[str]]:
        """One table's row label keys and column label keys (a word may be a row in one table and a
        column in another: 项目支出)."""
        cache = self.__dict__.setdefault("_doc_rc", {})
        if doc not in cache:
            rows: set[str] = set()
            cols: set[str] = set()
            for fid in self.docs[doc].facts if doc in self.docs else ():
                n = self.fact_nrows[fid]
                rows.update(self.fact_keys[fid][:n])
                cols.update(k for k in self.fact_keys[fid][n:] if k in self.col_keys)
            cache[doc] = (rows, cols)
        return cache[doc]

    def facts(self, ids: list[int]) -> list[dict]:
        rows = {r["id"]: dict(r) for r in query.facts_by_id(self.conn, ids)}
        return [rows[i] for i in ids if i in rows]


def department_aliases(name: str, abbrev: dict[str, tuple[str, ...]] | None = None) -> set[str]:
    """Names people use for a department: the one rule of the lexicon (bot/language/lexicon.py)."""
    return department_forms(name, abbrev or None)


def _read_words(vocab_path: str) -> tuple[list[tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """[label_synonyms] groups and [department_abbreviations] of the vocabulary file."""
    try:
        data = tomllib.loads(Path(vocab_path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return [], dict(DEFAULT_ABBREVIATIONS)
    groups = []
    for key, words in (data.get("label_synonyms") or {}).items():
        if isinstance(words, list):
            group = tuple(dict.fromkeys(compact(w) for w in [key, *words] if isinstance(w, str) and compact(w)))
            if len(group) >= 2:
                groups.append(group)
    abbrev = {compact(k): tuple(compact(x) for x in ([v] if isinstance(v, str) else v) if isinstance(x, str))
              for k, v in (data.get("department_abbreviations") or {}).items()
              if isinstance(v, (str, list))} or dict(DEFAULT_ABBREVIATIONS)
    return groups, abbrev


_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def index_for(kb) -> FactIndex:
    """The fact index of a knowledge base, built on first use and kept as long as the knowledge base."""
    with _LOCK:
        idx = _INDEXES.get(kb)
        if idx is None:
            idx = FactIndex(kb.conn, kb.documents, kb.vocab.path)
            _INDEXES[kb] = idx
        return idx


# --- reading a question ---------------------------------------------------------------------------------


@dataclass
class Mention:
    start: int
    end: int
    keys: set[str]
    exact: bool
    n: int = 0  # label characters the question says
    quality: float = 1.0  # the share of the label said
    part: bool = False  # a row named by a distinctive part of its label (_row_by_part)


@dataclass
class FactQuestion:
    text: str  # compact question
    departments: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    relative_year: list[int] = field(default_factory=list)  # offsets of 去年/明年 …
    ops: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    leftover: str = ""
    number: float | None = None  # a filter's number ("权重是10", "不到九成")
    cmp: str = ""  # "eq" | "lt" | "gt"
    percent: bool = False  # the filter's number is a percentage ("不到九成"): only percentages are compared
    rate: str = ""  # 执行率 / 完成率 asked but not a label
    months: bool = False  # a month or quarter no label explains ("7月")
    rest: str = ""  # the question with what was understood blanked out
    subject_docs: set[int] = field(default_factory=set)  # tables named by their project or kind
    foreign_org: bool = False  # a department named with another place: not one that is loaded
    remaining: bool = False  # 还有多少没执行 / 没付 / 剩余: the plan less what was done
    excess: bool = False  # 超额完成多少 / 超支多少: what was done beyond the plan
    per_head: bool = False  # 人均: an amount over the people of the same row
    per_unit: str = ""  # "每人每月": a rate the table states in words, or does not have
    verb: str = ""  # what was done (执行, 支付, 完成) in 还有多少没执行
    finished: bool = False  # 付完了 / 执行完: done reached the plan
    fall: bool = False  # 降幅最大: the smallest change
    level: str = ""  # 类 / 款 / 项 of a budget subject code asked ("普通教育那一款", "项级科目")
    period: tuple[int, ...] = ()  # months of 一季度 / 上半年 …
    periods: list[tuple[int, ...]] = field(default_factory=list)  # each period when several are said (二季度和三季度)
    values: list[str] = field(default_factory=list)  # text values the question names
    kind_missing: bool = False  # the question asks people or money; no matching fact holds that
    dept_names: list[tuple[str, list[str]]] = field(default_factory=list)  # each name said, the departments it fits
    total: bool = False  # "总支出", "总预算", "一般公共预算总支出": the table's 合计/总计 row, in people's words
    text_asked: str = ""  # "time" (什么时候设的) / "kind" (几类事业单位): a text of the row is asked, never a number


@dataclass
class FactAnswer:
    status: str  # "answered" | "unknown" | "clarify"
    text: str
    facts: list[dict] = field(default_factory=list)
    options: list[str] = field(default_factory=list)
    ranked: list[int] = field(default_factory=list)  # a superlative's facts in order (for "第二个呢")


def _take(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    if any(s < end and start < e for s, e in spans):
        return False
    spans.append((start, end))
    return True


_COMPARED_YEAR = re.compile(r"(比|较|相比|对比|同比|与|(?:跟|和)(?=(?:20|19)\d\d(?:年度|年)相?比))((?:20|19)\d\d)(?:年度|年)")


def _compared_year(text: str, idx: FactIndex) -> str:
    """"比2023年少了多少" in a 2024 table is "比上年": the table's own comparison with the year before,
    not a question about a 2023 table."""
    m = _COMPARED_YEAR.search(text)
    if not m:
        return text
    depts = _departments_in(text, idx) or list(idx.dept_docs)
    years = [idx.docs[x].year or 0 for d in depts for x in idx.dept_docs.get(d, ())]
    if years and int(m.group(2)) == max(years) - 1:
        return text[:m.start(2)] + "上年" + text[m.end():]
    return text


# Words that say how two columns of a row stand to each other, in the columns' own words.
_RELATIONS = (("满编", "编制数和实有人数一样"),)


# (brackets are gone from the compact question: the definition follows the rate asked)
_RATE_DEFINED = re.compile(r"([\u4e00-\u9fff]{1,2}率)(?:是|为)?(?:多少)?[（(]?(?:即|就是)?([\u4e00-\u9fff]{1,12}?)除以([\u4e00-\u9fff]{1,12})[）)]?$")
_SPLIT_BY_QUANTITY = re.compile(r"([\u4e00-\u9fff])(?:了)?(几个|多少个|几)([\u4e00-\u9fff])")


def _canonical(text: str, idx: FactIndex) -> str:
    """People's words for labels replaced by the labels' words (为啥 -> 原因, 付了 -> 已支付)."""
    text = _compared_year(text, idx)
    for word, relation in _RELATIONS:
        if word in text and word not in idx.label_text:
            text = text.replace(word, relation)
    text = _OF_BUDGET.sub("执行率", text)  # "完成预算的百分之多少": the execution rate, said in words
    # "在编率多少（实有除以编制）": a rate no label prints, defined by the question as one figure over another.
    if (m := _RATE_DEFINED.search(text)) and m[1] not in idx.label_text:
        text = text[:m.start()] + f"{m[2]}除以{m[3]}" + text[m.end():]
    # "空几个编": a label (空编数) split by the quantity asked; said whole, then the quantity.
    text = _SPLIT_BY_QUANTITY.sub(lambda m: f"{m[1]}{m[3]}多少" if f"\x1f{m[1]}{m[3]}" in f"\x1f{idx.label_text}"
                                  and m[1] + m[3] not in text else m[0], text)
    for group in idx.synonyms:
        canon = group[0]
        for w in sorted(group[1:], key=len, reverse=True):
            # Only a word no label uses: "预算" stays itself where tables print it.
            if w in text and canon not in text and w not in idx.label_text:
                # "全年实际花了多少": the verb after a label that already names what was spent adds nothing.
                at = text.index(w)
                said = next((text[at - n:at] for n in range(min(at, 12), 1, -1) if text[at - n:at] in idx.label_facts), "")
                if "实际" in said or canon in said:
                    text = text[:at] + text[at + len(w):]
                    continue
                # "公车保有量" -> 公务用车保有量: the word and the rest of the label said after it are one label.
                tails = "|".join(re.escape(canon[-n:]) for n in range(len(canon) - 1, 1, -1))
                text = re.sub(re.escape(w) + (f"(?:{tails})?" if tails else ""), canon, text)
    return text


def _align(key: str, text: str) -> tuple[int, int, int] | None:
    """How much of a label the question says, in order: (matched chars, span start, span end)."""
    if key in text:
        i = text.index(key)
        return len(key), i, i + len(key)
    # Only a label not said verbatim needs rapidfuzz: a plain question's cold start does not import it.
    from rapidfuzz.distance import LCSseq

    blocks = [b for b in LCSseq.editops(key, text).as_matching_blocks() if b.size]
    blocks = [b for b in blocks if b.size >= 2] or []
    if not blocks:
        return None
    # The densest run of blocks: blocks no more than 3 characters apart in the question.
    runs: list[list] = [[blocks[0]]]
    for blk in blocks[1:]:
        prev = runs[-1][-1]
        if blk.b - (prev.b + prev.size) <= 3:
            runs[-1].append(blk)
        else:
            runs.append([blk])
    best = max(runs, key=lambda r: sum(x.size for x in r))
    n = sum(x.size for x in best)
    extra = _shortened_start(key[:best[0].a], text[:best[0].b])
    return n + extra, best[0].b - extra, best[-1].b + best[-1].size


def _shortened_start(head: str, before: str) -> int:
    """How many characters just before a matched run say the label's unmatched head shortened: 社保 of
    社会保障 (words left out inside a label, the rest in order, from the label's first character)."""
    for size in (3, 2):
        said = before[-size:]
        if len(said) < size or len(head) <= size or said[0] != head[0] or not all("\u4e00" <= c <= "\u9fff" for c in said):
            continue
        pos = 0
        for c in said:
            pos = head.find(c, pos)
            if pos < 0:
                break
            pos += 1
        else:
            return size
    return 0


def _mentions(fq: FactQuestion, idx: FactIndex, scope: list, taken: list[tuple[int, int]]) -> None:
    _read_options(fq, fq.text, taken, idx)  # a tick-box cell named by two of its options, before the labels
    # Labels are matched on what departments, years and operations left (their characters blanked).
    text = "".join("\x00" if any(s <= i < e for s, e in taken) else ch for i, ch in enumerate(fq.text))
    grams = {text[i:i + 2] for i in range(len(text) - 1)}
    keys: set[str] = set()
    for g in grams:
        keys |= idx.gram_keys.get(g, set())
    if len(scope) < len(idx.docs):
        in_scope: set[str] = set()
        for d in scope:
            in_scope |= idx.doc_keys.get(d.id, set())
        keys &= in_scope
    found = []
    codes = list(re.finditer(r"\d{3,}", text))
    for k in keys:
        for form in idx.key_forms.get(k, (k,)):
            if len(form) < 2 or not any(form[i:i + 2] in grams for i in range(len(form) - 1)):
                continue
            al = _align(form, text)
            if al is None:
                continue
            n, s, e = al
            if any(ts <= s and e <= te for ts, te in taken) or _QUESTION_WORDS.fullmatch(text[s:e]):
                continue
            if any(rs < e and s < re_ and run.group() not in form for run in codes for rs, re_ in [run.span()]):
                continue  # a code said ("2130306") names only the label with that very code
            exact = n == len(form) and e - s == n
            ok = exact or (n >= 3 and n / len(form) >= 0.5 and n / (e - s) >= 0.6) or \
                (n >= 2 and n / len(form) >= 0.5 and e - s == n) or \
                (n >= 4 and e - s == n and form.endswith(text[s:e]))  # "老年人数" of 60周岁以上老年人数
            if ok:
                # The label's last word said alone ("联系人" of "项目联系人") names it as well as the whole.
                strong = exact or (e - s == n and form.endswith(text[s:e]))
                found.append((n, n / len(form), strong, s, e, k))
    # Ties (a set of keys was walked) by the tighter span, a strong match, then the label: never by the
    # string hash seed's order, which decided which of two overlapping labels claimed the words.
    found.sort(key=lambda x: (-x[0], -x[1], x[3], x[4], not x[2], x[5]))
    chosen: list[Mention] = []
    for n, q, exact, s, e, k in found:
        same = next((m for m in chosen if m.start == s and m.end == e), None)
        if same is not None:
            # A label said in full names only labels said in full; a partial one, every label it is the
            # last word of ("资金": 其他资金, 拟投入的资金) — the other constraints choose among them.
            full = same.quality >= 1 - 1e-9
            if n == same.n and (q >= same.quality - 1e-9 or not full and (exact or not same.exact)):
                same.keys.add(k)
            continue
        if _take(text, taken, s, e):
            chosen.append(Mention(s, e, {k}, exact, n, q))
    fq.mentions = fq.mentions + chosen  # after those read before (a tick-box cell named by its options)


def read_question(question: str, idx: FactIndex, departments: list[str] | None = None,
                  force: bool = False) -> FactQuestion:
    """The question's parts, each step claiming the characters it explains: departments, years, the
    arithmetic asked in words (还剩多少没执行, 人均), the table's subject and printed values, the labels,
    rates and operations; what no step explains is the leftover."""
    text = _canonical(compact(question.replace("％", "%")), idx)
    fq = FactQuestion(text, departments=list(departments or []))
    taken: list[tuple[int, int]] = []
    _read_departments(fq, text, taken, idx)
    _read_years(fq, text, taken, idx)
    for ptr in _POINTER.finditer(text):  # "这个项目上一年预算": the table's own thing, no label of its own
        _take(text, taken, ptr.start(), ptr.end())
    _read_asked_arithmetic(fq, text, taken, idx)
    _read_text_asked(fq, text, taken)
    if force:
        fq.departments = list(departments or [])
        fq.foreign_org = False
    _read_subjects_and_values(fq, text, taken, idx)
    # Label mentions, among the labels of the departments asked about (all when none is named).
    scope = [idx.docs[d] for dept in fq.departments for d in idx.dept_docs.get(dept, ())] \
        if fq.departments else list(idx.docs.values())
    scope = [d for d in scope if d.id in fq.subject_docs] if fq.subject_docs else scope
    _read_total_words(fq, text, taken, scope, idx)
    if (lv := _LEVEL.search(text)) and _take(text, taken, lv.start(), lv.end()):
        fq.level = next(g for g in lv.groups() if g)  # before the labels: "项级科目" is no 科目名称
    _mentions(fq, idx, scope, taken)
    _drop_other_numbers(fq, text, taken)
    _read_sheet_titles(fq, text, taken, scope, idx)
    _read_sub_columns(fq, text, idx)
    fq.mentions.sort(key=lambda m: m.start)
    _parts_of_a_column(fq, text, idx)
    if len(fq.mentions) >= 2:
        # "权重最高的指标": 指标 names the rows listed, not a column (指标值) beside the one asked.
        fq.mentions = [m for m in fq.mentions if not (text[m.start:m.end] in _ROW_NOUNS and m.keys <= idx.col_keys)]
    _total_of_rows_said_together(fq, text)
    _read_operations(fq, text, taken, scope, idx)
    _filter(fq, text, taken)
    _read_fall_and_finished(fq, question, text, taken)
    _drop_shared_word(fq, idx)
    rest = "".join(ch if not any(s <= i < e for s, e in taken) else " " for i, ch in enumerate(text))
    if re.search(r"[\u4e00-\u9fff]{2}", _FILLER.sub(" ", rest)) and _row_by_part(fq, rest, scope, idx, taken):
        fq.mentions.sort(key=lambda m: m.start)
        rest = "".join(ch if not any(s <= i < e for s, e in taken) else " " for i, ch in enumerate(text))
    fq.months = bool(_MONTHS.search(rest))
    fq.rest = rest
    fq.leftover = _FILLER.sub(" ", rest)
    # A code no label has ("2130307这个科目") is not understood; other bare numbers are the filters'.
    codes = " ".join(re.findall(r"(?<![\d.])\d{3,}(?![\d.万元人个%])", rest))
    fq.leftover = (re.sub(r"[\s\d.%]+", " ", fq.leftover).strip() + " " + codes).strip()
    if _QUANTITY_ASKED.search(text):
        # "买几辆": the verb of a quantity asked is no label of its own.
        fq.leftover = " ".join(w for w in fq.leftover.split() if w not in ("买", "购买", "要买", "买了", "购置了"))
    if fq.leftover and fq.departments:
        _read_table_kind_words(fq, scope, idx)
    if fq.leftover:
        _words_of_named_rows(fq)
    return fq


_DIFF_WORD = re.compile(r"差额|差值|差异|差距")


def _total_of_rows_said_together(fq: FactQuestion, text: str) -> None:
    """"事业收入和其他收入合计多少": 合计 after rows said together adds them; it is not the total row."""
    if fq.period and any(all(_is_total(k) for k in m.keys) for m in fq.mentions):
        # "一季度实际支出合计": 合计 adds the months up; it is not the table's total row.
        fq.mentions = [m for m in fq.mentions if not all(_is_total(k) for k in m.keys)]
        fq.ops.append("sum")
    if len(fq.mentions) >= 3 and (last := fq.mentions[-1]) and text[last.start:last.end] in ("合计", "总计") \
            and re.match(r"(?:是|一共|共)?(?:多少|几|呢)?$", text[last.end:]) \
            and any(last.start == m.end for m in fq.mentions) \
            and re.search(r"[和与及、跟]", text[fq.mentions[0].end:last.start]):
        fq.mentions = fq.mentions[:-1]
        fq.ops.append("sum")


def _difference_column(fq: FactQuestion, text: str, scope: list, idx: FactIndex) -> None:
    """"差额最大的是哪个项目": the table's own difference column (差异（实际-预算）) ranked, not a
    difference of two figures the question never names."""
    if "diff" not in fq.ops or not {"max", "min"} & set(fq.ops) or not (m := _DIFF_WORD.search(text)):
        return
    if any(m.start() < mm.end and mm.start < m.end() for mm in fq.mentions):
        return
    keys = {k for d in scope for k in idx.doc_keys.get(d.id, ()) if k in idx.col_keys and _DIFF_WORD.search(k)}
    if len(keys) == 1:
        fq.ops.remove("diff")
        fq.mentions.append(Mention(m.start(), m.end(), keys, False, len(m.group()), 0.5))
        fq.mentions.sort(key=lambda x: x.start)


# A text asked by its kind: a time (什么时候设的 -> "2025年3月新设") or a class (几类事业单位 -> "公益一类").
_TEXT_ASKED = (("time", re.compile(r"什么时候|啥时候|何时|什么时间")),
               ("kind", re.compile(r"(?:几|哪一|什么|啥)(?:类|性质)")))
_TEXT_OF_KIND = {"time": re.compile(r"(?:19|20)\d\d年|\d{1,2}月|(?:19|20)\d\d[-./]\d"),
                 "kind": re.compile(r"[一二三四五六七八九十]类|类$|性质")}


def _read_text_asked(fq: FactQuestion, text: str, taken: list[tuple[int, int]]) -> None:
    if re.search(r"最[多少高低大小]|哪些|排", text):
        return  # "哪类人员经费最多": a ranking over rows of a kind, not a text asked
    for kind, pattern in _TEXT_ASKED:
        if m := pattern.search(text):
            fq.text_asked = kind
            _take(text, taken, m.start(), m.end())
            end = m.end()
            if kind == "time" and (verb := re.match(r"[\u4e00-\u9fff]{1,2}?的", text[end:])):
                _take(text, taken, end, end + verb.end())  # 设的 / 成立的 / 开始的: the event the time is of
            return


def _drop_shared_word(fq: FactQuestion, idx: FactIndex) -> None:
    """"全年实际支出多少": 支出 ends every row of the table (基本支出, 项目支出); it says what is counted, it
    does not pick those rows, so the column's figure is the table's whole (its 合计 row). Only for a plain
    value asked beside a column: a ranking or a list over "支出" rows keeps them."""
    if fq.ops or fq.cmp or len(fq.mentions) < 2:
        return
    def shared(m: Mention) -> bool:
        said = fq.text[m.start:m.end]
        return len(m.keys) >= 2 and m.quality < 1 and m.keys <= idx.row_label_keys \
            and all(k.endswith(said) and k != said for k in m.keys)
    kept = [m for m in fq.mentions if not shared(m)]
    if kept and len(kept) < len(fq.mentions) and all(m.keys & idx.col_keys for m in kept):
        fq.mentions = kept


def _drop_other_numbers(fq: FactQuestion, text: str, taken: list[tuple[int, int]]) -> None:
    """"80岁以上老人" is not the label 60周岁以上老年人数: a number said with the words that differs from the
    number in every label they matched leaves those words unexplained, never answered as that label."""
    for m in list(fq.mentions):
        said = re.search(r"(\d+(?:\.\d+)?)(?![年月日号\d])\D{0,2}$", text[max(0, m.start - 6):m.start])
        inside = re.findall(r"\d+(?:\.\d+)?(?![年月日号\d])", text[m.start:m.end])
        numbers = set(inside) | ({said.group(1)} if said else set())
        # A label's own numbers, not a classification code it starts with (2050202小学教育).
        labelled = [set(re.findall(r"\d+(?:\.\d+)?", re.sub(r"^\d{3,}", "", k))) for k in m.keys]
        if numbers and all(nums and not nums & numbers for nums in labelled):
            fq.mentions.remove(m)
            if (m.start, m.end) in taken:
                taken.remove((m.start, m.end))


def _sub_column(idx: FactIndex, parent: str, sub: str) -> bool:
    """Some fact has both as column labels (离退休人员 over 退休)."""
    both = set(idx.label_facts.get(sub, ())).intersection(idx.label_facts.get(parent, ()))
    return any({parent, sub} <= set(idx.fact_keys[f][idx.fact_nrows[f]:]) for f in both)


def _read_sub_columns(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"退休人员" read as the column 离退休人员 says its sub-column 退休 by name: the sub-column is asked, not
    both 离休 and 退休 (a column label inside the words said, and inside the parent's label)."""
    for m in list(fq.mentions):
        said = text[m.start:m.end]
        if m.start < 0 or said in m.keys or not m.keys <= idx.col_keys:
            continue
        subs = {said[i:j] for i in range(len(said)) for j in range(i + 2, len(said) + 1)}
        found = [k for k in subs if k in idx.col_keys and k not in m.keys and any(
            k in p and k != p and _sub_column(idx, p, k) for p in m.keys)]
        if found:
            best = max(found, key=len)
            fq.mentions.append(Mention(m.start, m.end, {best}, True, len(best)))


def _parts_of_a_column(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"机关本级编制 行政多少 工勤多少": a column said once (编制 -> 核定编制数), then its parts each on their
    own (行政, 工勤): each part is that column's sub-column (行政编制, 工勤编制), not a like-named part of
    another column (实有人数 › 行政)."""
    cols = [m for m in fq.mentions if m.keys and m.keys <= idx.col_keys]
    for i, parent in enumerate(cols):
        parts = [m for m in cols[i + 1:] if m.start >= parent.end]
        # each part asked on its own ("行政多少 工勤多少"), not a word running on ("公务用车购置费预算")
        if len(parts) < 2 or not all(re.match(r"(?:是|有)?(?:多少|几个|几人|几)", text[m.end:]) for m in parts):
            continue
        found: list[set[str]] = []
        for m in parts:
            said = text[m.start:m.end]
            found.append({c for c in idx.col_keys if c.startswith(said) and c not in parent.keys
                          and any(_sub_column(idx, p, c) for p in parent.keys)})
        if all(found):
            for m, keys in zip(parts, found, strict=True):
                m.keys = keys
            fq.mentions = [m for m in fq.mentions if m is not parent]
            return


# A question a note answers: why, since when, from where, what a remark says.
_NOTE_ASKED = re.compile(r"为啥|为什么|为何|原因|截至|截止|审计|备注|注明|说明|怎么没|什么时候|何时|哪天|从哪来|哪来的|来源|依据|口径|"
                         r"标准|测算|怎么算|如何算|按什么")
_NOTE_SAID = {"从哪来": "来源", "哪来的": "来源", "截止": "截至", "审计过": "审计"}
_NOTE_WORDS = re.compile("|".join(_NOTE_SAID))
_COMMON_GRAMS = {"什么", "时候", "多少", "哪个", "为啥", "为什", "么时", "是不", "不是", "有没", "没有", "这个", "那个", "写的"}


_TITLE_TAIL = re.compile(r"(?:明细|情况|统计|汇总|一览)?表$")


def _read_sheet_titles(fq: FactQuestion, text: str, taken: list[tuple[int, int]], scope: list,
                       idx: FactIndex) -> None:
    """Words no label took that say one sheet's own title ("养老补助资金" of 居家社区养老服务补助资金分配表, a
    sheet of a multi-sheet workbook) name that sheet's rows: a mention of the sheet, so only its facts fit."""
    # A label matched only in part ("补助" of 就业补助 in "养老补助") yields to the sheet title said whole.
    weak = [m for m in fq.mentions if m.quality <= 0.5]
    firm = [(s, e) for s, e in taken if not any(m.start == s and m.end == e for m in weak)]
    rest = "".join("\x00" if any(s <= i < e for s, e in firm) else ch for i, ch in enumerate(text))
    best, rank = None, None
    for d in scope:
        for key in sorted(idx.sheet_titles.get(d.id, ())):  # never the string hash seed's order
            core = _TITLE_TAIL.sub("", key)
            al = _align(core, rest) if len(core) >= 3 else None
            if al is None:
                continue
            n, s, e = al
            # Ties by the tighter span, then the title said most completely.
            if n >= 3 and n / (e - s) >= 0.75 and (rank is None or (n, s - e, n / len(core)) > rank):
                best, rank = (n, s, e, key), (n, s - e, n / len(core))
    if best is None:
        return
    over = [m for m in weak if m.start < best[2] and best[1] < m.end]
    if over and len(set(text[best[1]:best[2]]) & set("".join(text[m.start:m.end] for m in over))) >= 2:
        fq.mentions = [m for m in fq.mentions if m not in over]
        taken[:] = [(s, e) for s, e in taken if not any(m.start == s and m.end == e for m in over)]
    if _take(text, taken, best[1], best[2]):
        fq.mentions.append(Mention(best[1], best[2], {best[3]}, True, best[0]))


def _read_fall_and_finished(fq: FactQuestion, question: str, text: str, taken: list[tuple[int, int]]) -> None:
    """"降得最多" (the largest fall is the smallest change) and "付完了" (done reached the plan)."""
    if re.search(r"(?:降幅|减幅|下降|减少|降低|下滑|降得|减得|少得|省得)(?:幅度)?(?:最大|最多)", compact(question)) \
            and "max" in fq.ops:
        fq.ops[fq.ops.index("max")] = "min"
        fq.fall = True
        if fell := re.search(r"(?:降得|减得|少得|省得)(?=最多|最大)", text):
            _take(text, taken, fell.start(), fell.end())  # the verb (最多 is the operation's)
    if m := re.search(r"(?:已经|已)?(?:付|支付|执行|花|拨付|用)完(?:了)?", text):
        fq.finished = True
        _take(text, taken, m.start(), m.end())


def _words_of_named_rows(fq: FactQuestion) -> None:
    """"三支一扶生活补贴": a word left over that the row named by a part of its label also says (its
    label "“三支一扶”…及生活补贴") is that row's word: it narrows the mention, it is not unexplained."""
    kept = []
    for w in fq.leftover.split():
        # A word after 及/和/与 is one of the row's parts ("缺口资金及生活补贴"): its amount is not the row's
        # (only a rate the row states in words, 每人每月750元, is of that part).
        holders = [m for m in fq.mentions if m.part and len(w) >= 2 and any(w in k for k in m.keys)
                   and (fq.per_unit or not any(re.search(f"[及和与、]{re.escape(w)}", k) for k in m.keys))]
        for m in holders:
            m.keys = {k for k in m.keys if w in k}
        if not holders:
            kept.append(w)
    fq.leftover = " ".join(kept)


_TOTAL_SAID = re.compile(r"(?:一般公共预算|部门|全部|所有)?(?:总支出|总预算|总金额|总额|支出总额|预算总额|支出总计|总计|总数)")


def _read_total_words(fq: FactQuestion, text: str, taken: list[tuple[int, int]], scope: list, idx: FactIndex) -> None:
    """"总支出", "一般公共预算总支出": the table's total row said in people's words — unless a label of the
    tables asked about says the word itself (项目总预算 is a row of its own)."""
    m = _TOTAL_SAID.search(text)
    if m is None or len(scope) > 64:
        return
    word = re.sub(r"^(?:一般公共预算|部门|全部|所有)", "", m.group())
    if any(word in k for d in scope for k in idx.doc_keys.get(d.id, ())):
        return
    # What the total is of ("一般公共预算", "支出") must be what the table is of: 一般公共预算支出总额 is
    # no total of a 政府采购预算表.
    said = [w for w in re.split(r"总额|总计|总数|总", re.sub(r"^(?:部门|全部|所有)", "", m.group())) if w]
    held = [d for d in scope if all(w in compact(d.form) or any(w in k for k in idx.doc_keys.get(d.id, ()))
                                    for w in said)]
    if held and _take(text, taken, m.start(), m.end()):
        fq.total = True
        fq.subject_docs = fq.subject_docs or {d.id for d in held}


def _read_table_kind_words(fq: FactQuestion, scope: list, idx: FactIndex) -> None:
    """A word of the named department's table's own kind ("政府采购预算" of 政府采购预算表) is understood."""
    kinds = {d.id: compact(d.form) for d in scope}
    words = fq.leftover.split()
    told = [w for w in words if len(w) >= 2 and any(_kind_word(fq, idx, w, k) for k in kinds.values())]
    if told:
        fq.leftover = " ".join(w for w in words if w not in told)
        if not fq.subject_docs:
            fq.subject_docs = {d for d, k in kinds.items() if all(w in k for w in told)}


# The level of a budget subject (类 205, 款 20502, 项 2050202) said in words; "这一项" alone is no level.
_LEVEL = re.compile(r"(?:那|这)?一?(类|款|项)级(?:的)?(?:科目)?|(?:那|这)一(类|款)|(类|款|项)科目")
_LEVEL_DIGITS = {"类": 3, "款": 5, "项": 7}


# What was done to an amount ("执行了多少") asks a figure of it, never a row whose label holds the verb
# (项目执行单位).
_ACTION_WORDS = re.compile(r"执行|完成|支付|拨付|使用|下达|实现|达到|到位|结余|结转|增加|减少|下降|上升|增长|变化|变动|调整|花")
# A measure word asked after 几/多少 (辆, 亩, 公里): a value not printed in it is not the answer (380万元 for 多少亩).
_QUANTITY_ASKED = re.compile(r"(?:几|多少)(平方米|平方公里|公里|千米|公顷|[辆台套件张批亩吨床座])")


def _kind_word(fq: FactQuestion, idx: FactIndex, word: str, kind: str) -> bool:
    """A word no step explained is of the table's kind: four characters of it said alone, or it and the
    column label said next to it ("政府" + "采购预算" of 政府采购预算表). A row's word beside it (the 支出 of
    一般公共预算支出表) is a row asked for, and the word stays unexplained."""
    if word not in kind:
        return False
    if len(word) >= 4:
        return True
    for at in (i for i in range(len(fq.text)) if fq.text.startswith(word, i)):
        for m in fq.mentions:
            span = fq.text[min(at, m.start):max(at + len(word), m.end)]
            if (m.start == at + len(word) or m.end == at) and span in kind and m.keys <= idx.col_keys:
                return True
    return False


def _row_by_part(fq: FactQuestion, rest: str, scope: list, idx: FactIndex, taken: list[tuple[int, int]]) -> bool:
    """A row named by a distinctive part of its label ("中医馆改造" for 社区卫生服务中心中医馆改造): the
    longest part of what no step explained that the row labels of the tables in scope contain. Several
    rows holding it are asked about (Answerer.answer), never answered as one."""
    if len(scope) == len(idx.docs):
        keys = idx.row_label_keys  # every table: no union of 1,000 tables' labels per question
    else:
        keys = set()
        for d in scope:
            keys |= idx.doc_keys.get(d.id, set()) & idx.row_label_keys
    if not keys:
        return False
    added = False
    for run in re.finditer(r"\S{2,}", rest):
        word = run.group()
        said = len(_FILLER.sub("", word))
        best: tuple[int, int, set[str]] | None = None
        # Half of what is unexplained at least, and no column's word ("实际完成" is not 每年完成课时).
        for size in range(len(word), max(1, (said + 1) // 2 - 1), -1):
            for i in range(len(word) - size + 1):
                part = word[i:i + size]
                core = _FILLER.sub("", part)
                if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", core)) < max(2, (said + 1) // 2) \
                        or _QUESTION_WORDS.search(part) or _ACTION_WORDS.search(part) \
                        or part not in idx.label_text or part in idx.col_text:
                    continue
                holding = {k for k in keys if part in k and k != part}
                if holding:
                    best = (run.start() + i, run.start() + i + size, holding)
                    break
            if best is not None:
                break
        if best is None:
            continue
        s, e, holding = best
        # Of the rows holding the part, those holding most of the rest of what was said ("小微企业中标":
        # 由小微企业供应商中标或成交, not 面向小微企业预留…).
        rest_chars = set(_FILLER.sub("", word[:s - run.start()] + word[e - run.start():]))
        most = max(len(rest_chars & set(k)) for k in holding)
        holding = {k for k in holding if len(rest_chars & set(k)) == most}
        if len(holding) <= 8:  # more is no distinctive part, but a common word
            # The row's last word said after the part ("青石" + "所" of 青石市场监督管理所) is the row's too.
            for n in (3, 2, 1):
                tail = fq.text[e:e + n]
                if len(tail) == n and re.fullmatch(r"[\u4e00-\u9fff]+", tail) and all(k.endswith(tail) for k in holding) \
                        and not any(ts < e + n and e < te for ts, te in taken):
                    e += n
                    break
            _take(fq.text, taken, s, e)
            # A neighbouring mention the row's label goes on with ("试剂" + "采购" of 检测试剂采购) is the row's.
            for m in sorted(fq.mentions, key=lambda m: m.start):
                joined = fq.text[min(s, m.start):max(e, m.end)]
                if (m.start == e or m.end == s) and any(joined in k for k in holding):
                    fq.mentions.remove(m)
                    s, e = min(s, m.start), max(e, m.end)
            fq.mentions.append(Mention(s, e, holding, False, e - s, (e - s) / max(map(len, holding)), part=True))
            added = True
    return added


def _in_others_row(text: str, s: int, e: int, form: str, idx: FactIndex) -> bool:
    """"东湖街道" in a question: the words round a department's short name (东湖) make a row label of
    another department's table (鹭川's 东湖街道), so they name that row, not the department."""
    for a in range(max(0, s - 6), s + 1):
        for b in range(e, min(len(text), e + 6) + 1):
            window = text[a:b]
            if window == form or window not in idx.row_label_keys:
                continue
            owners = {idx.docs[idx.fact_doc[f]].department for f in idx.label_facts.get(window, ())[:50]
                      if idx.fact_doc[f] in idx.docs}
            if owners and not owners & set(idx.dept_forms.get(form, ())):
                return True
    return False


def _overrun(text: str, s: int, e: int, form: str, idx: FactIndex) -> bool:
    """A department said without its 局 ("鹭川民政") whose last characters begin a label or a project
    that runs on past it: the name is that label's, and the shorter place form names the department."""
    if form not in idx.dept_yielding:
        return False
    return any(text[k:b] in idx.label_facts or text[k:b] in idx.subjects
               for k in range(s + 1, e) for b in range(e + 1, min(len(text), k + 24) + 1))


def _read_departments(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """Departments, longest name first, in the order the question names them; an organisation word that
    is no loaded department ("普陀财政局" when it is not loaded) marks the question as foreign."""
    first_at: dict[str, int] = {}
    present = {f for i in range(len(text) - 1) for f in idx.dept_by_gram.get(text[i:i + 2], ())}
    for form in sorted(present, key=lambda f: (-len(f), text.find(f), f)):  # longest, then as said
        if form not in text:
            continue
        for m in re.finditer(re.escape(form), text):
            if _in_others_row(text, m.start(), m.end(), form, idx) or _overrun(text, m.start(), m.end(), form, idx):
                continue
            if _take(text, taken, m.start(), m.end()):
                found = [d for d in idx.dept_forms[form] if d not in fq.departments]
                # "广州市教育局" is not 韶关市教育局: a place said before the bureau must be its own.
                before = re.search(r"([\u4e00-\u9fff]{2,6}?(?:省|市|区|县))$", text[:m.start()])
                if before and not any(before.group(1) in d or before.group(1)[:-1] in d for d in found):
                    fq.foreign_org = True
                fq.departments += found
                fq.dept_names.append((form, sorted(idx.dept_forms[form])))
                for d in found:
                    first_at.setdefault(d, m.start())
    _narrow_names(fq)
    fq.departments.sort(key=lambda d: first_at.get(d, -1))
    if not fq.departments:
        free = "".join(" " if any(s <= i < e for s, e in taken) else ch for i, ch in enumerate(text))
        for m in _ORG_WORD.finditer(free):
            word = m.group(0)
            # "研究中心" of a row 教育发展研究中心 is a label; "普陀财政局" is no loaded department.
            if not any(word[i:] in idx.label_text for i in range(len(word) - 2)):
                fq.foreign_org = True


def _narrow_names(fq: FactQuestion) -> None:
    """A short name said with a department of one place ("普陀社工部和财政局") is that place's bureau: the
    other departments it fits are not named (never summed in, never listed)."""
    anchors = [ds[0] for _, ds in fq.dept_names if len(ds) == 1]
    if not anchors or all(len(ds) == 1 for _, ds in fq.dept_names):
        return
    fq.dept_names = [(form, narrow_by_place(ds, anchors)) for form, ds in fq.dept_names]
    kept = {d for _, ds in fq.dept_names for d in ds}
    fq.departments = [d for d in fq.departments if d in kept]


def _label_year_spans(text: str, idx: FactIndex) -> list[tuple[int, int]]:
    """Where the question says a label that holds a year word ("上年结转", "上年结余"): that year word is
    the label's, not a year asked."""
    spans = []
    for k in idx.year_word_labels:
        i = text.find(k)
        if i >= 0:
            spans.append((i, i + len(k)))
    return spans


def _read_years(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    for m in _YEAR_Q.finditer(text):
        if _take(text, taken, m.start(), m.end()):
            fq.years.append(int(m.group(1)))
    in_labels = _label_year_spans(text, idx)
    for word, off in sorted(_REL_YEARS, key=lambda x: -len(x[0])):
        for m in re.finditer(word, text):
            if any(s <= m.start() and m.end() <= e for s, e in in_labels):
                continue
            if _take(text, taken, m.start(), m.end()):
                fq.relative_year.append(off)


_OF_BUDGET = re.compile(r"(?:完成|执行)(?:了)?(?:年初)?预算(?:数)?(?:的)?(?:百分之多少|百分之几|几成|多少比例|比例|百分比)")
_USE = "主要用于"  # an item's use, read from a table's note (ingest/prose.py use_facts)
_POINTER = re.compile(r"(?:这个|该|本|此|这)(?:项目|部门|单位|表)")
_ROW_NOUN_LEFT = re.compile(r"(?:采购)?项目|目|科目|单位|科室")  # left of "几个项目" once 项 is filler
_ROW_NOUNS = ("指标", "项目", "科目", "单位", "科室")
_ASKED_ARITHMETIC = (
    ("remaining", r"(?:还有|还剩|剩下|剩余)(?:多少)?(?:没|未)(?:执行|支付|付|花|完成|拨付|用)|"
                  r"(?:没|未)(?:执行|支付|付|花|用)(?:的)?(?:还有)?多少|结余多少|还剩多少"),
    ("excess", r"超额(?:完成)?(?:了)?多少|超出(?:目标|预算)?多少|超支(?:了)?多少|多完成(?:了)?多少"),
    ("per_head", r"人均|每人平均|平均每人|平均(?:到)?每(?:个|位|名|户)?(?:老年人数?|人员|职工|学生|对象|家庭|人|户)"),
)


_PER_UNIT = re.compile(r"(?:每人|每户|每名)?(?:每月|每年|每天|每季度)|每人|每户|每名|每次")


def _label_ends_at(text: str, end: int, idx: FactIndex) -> bool:
    """Whether the question's words up to `end` finish a label ("年末结转和结余多少": 结余 ends a label, it
    asks no remainder)."""
    return end >= 4 and text[end - 4:end] in idx.label_text


def _read_asked_arithmetic(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"还剩多少没执行", "超额完成多少", "人均": arithmetic asked in words, with its verb (执行, 支付); a rate
    per person or month ("每人每月") asked."""
    if (per := _PER_UNIT.search(text)) and re.search(r"多少|几", text[per.end():]) \
            and _take(text, taken, per.start(), per.end()):
        fq.per_unit = per.group()
    for flag, pattern in _ASKED_ARITHMETIC:
        if (m := re.search(pattern, text)) and not _label_ends_at(text, m.start() + 2, idx):
            setattr(fq, flag, True)
            if verb := re.search(r"执行|支付|付|花|完成|拨付|用", m.group(0)):
                fq.verb = {"付": "支付", "花": "执行|支出|实际", "用": "执行|支出|实际"}.get(verb.group(0), verb.group(0))
            _take(text, taken, m.start(), m.end())


_PERIOD_RANGE = re.compile(r"(?:第)?([一二三四])(?:季度)?(?:到|至|~|-|—)(?:第)?([一二三四])季度")


def _read_subjects_and_values(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """What a table is about (its project, its kind: "就业补助资金", "自评表") narrows to that table; a
    period (一季度, 上半年) selects months; a value the table prints as text ("区级财政资金") selects rows."""
    for name in idx.subject_order:
        if name not in text:
            continue
        for m in re.finditer(re.escape(name), text):
            docs = idx.subjects[name]
            if _take(text, taken, m.start(), m.end()):
                fq.subject_docs |= docs
    for m in _PERIOD_RANGE.finditer(text):  # "一到四季度": each quarter of the range
        a, b = "一二三四".index(m.group(1)), "一二三四".index(m.group(2))
        if a < b and _take(text, taken, m.start(), m.end()):
            fq.periods = [_PERIODS[q][1] for q in range(a, b + 1)]
    for word, months in _PERIODS:
        for said in re.finditer(word, text):
            if _take(text, taken, said.start(), said.end()):
                fq.periods.append(months)
    if fq.periods:
        fq.period = tuple(sorted({m for p in fq.periods for m in p}))
    if len(fq.periods) == 1:
        fq.periods = []  # one period: fq.period says it
    free = "".join(" " if any(s <= i < e for s, e in taken) else ch for i, ch in enumerate(text))
    for i in range(len(free) - 1):
        for value in idx.value_by_gram.get(free[i:i + 2], ()):
            if len(value) == 2 and not (_said_as_kind(free, i, idx) and _held_by(value, fq.departments, idx)):
                continue
            if free.startswith(value, i) and _take(text, taken, i, i + len(value) + (free[i + 2:i + 3] == "类")):
                fq.values.append(value)
                break


_TICKED = re.compile(r"[（(]已勾选[；;]选项[：:](.+)[）)]$")  # the value ingest gives a cell of tick boxes
_EITHER = re.compile(r"([\u4e00-\u9fff]{2,8})还是([\u4e00-\u9fff]{2,8})")


def _read_options(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"是部门项目还是公共项目": two options of one tick-box cell name that cell (项目类型), whose value
    says the one ticked."""
    for m in _EITHER.finditer(text):
        a, b = m.group(1), m.group(2)
        for start in range(len(a) - 1):  # "项目是部门项目": the option is the end of what comes before 还是
            cells = idx.option_facts.get(a[start:], set()) & idx.option_facts.get(b, set())
            if cells:
                s = m.start(1) + start
                s -= next((len(w) for w in ("属于", "算是", "是") if text[:s].endswith(w)), 0)  # the verb asks nothing
                if _take(text, taken, s, m.end()):
                    keys = {k for fid in cells for k in idx.fact_keys[fid][:idx.fact_nrows[fid]]}
                    fq.mentions.append(Mention(s, m.end(), keys, True, m.end() - s))
                break


def _held_by(value: str, departments: list[str], idx: FactIndex) -> bool:
    """Whether a value is printed in a table of the departments named (any, when none is)."""
    docs = {d for dept in departments for d in idx.dept_docs.get(dept, ())}
    return not docs or any(idx.fact_doc[f] in docs for f in idx.value_facts.get(value, ()))


def _said_as_kind(free: str, i: int, idx: FactIndex) -> bool:
    """A two-character value of a column of kinds is said as one: "服务类的", "询价的", "货物类采购" — never
    inside a longer word a label uses ("服务对象")."""
    return free[i + 2:i + 3] in ("类", "的") and free[i:i + 3] not in idx.label_text


def _read_operations(fq: FactQuestion, text: str, taken: list[tuple[int, int]], scope: list, idx: FactIndex) -> None:
    """Rates no label carries (执行率 = 执行数 / 预算数) and the operations said outside the labels."""
    for rate in _RATE_WORDS:
        if rate in text and not any(rate in k for m in fq.mentions for k in m.keys):
            fq.rate = rate
            for m in re.finditer(rate, text):
                _take(text, taken, m.start(), m.end())
    said = _RATE_SAID.search(text)
    if said and not fq.rate:
        fq.rate = "完成率"
        _take(text, taken, said.start() + said.group().rindex("预算") + 2, said.end())
    for op, words in _OPS.items():
        for w in words:
            for m in re.finditer(re.escape(w), text):
                if not any(mm.start <= m.start() and m.end() <= mm.end for mm in fq.mentions):
                    if op not in fq.ops:
                        fq.ops.append(op)
                    _take(text, taken, m.start(), m.end())
    if fq.rate and said and "占" not in text:
        fq.ops = [op for op in fq.ops if op != "ratio"]  # "完成了百分之几" is the rate, not a share
    if re.search(r"占.{1,20}(?:多少|几成|比例|比重|百分之几)", text) and "ratio" not in fq.ops:
        fq.ops.append("ratio")
    if "ratio" in fq.ops and "占" not in text and any(k.endswith("率") for m in fq.mentions for k in m.keys):
        # "下降了百分之几" of a rate the table prints (增减率): that column's value, not a ratio of two figures.
        fq.ops.remove("ratio")
    # "比例多少" is a share asked, not a comparison: 比 of 比例 / 比率 / 比重 compares nothing.
    if re.search(r"比.{1,20}(?:多|少|高|低|增加|减少)", re.sub(r"比[例率重]", "  ", text)) and "diff" not in fq.ops:
        fq.ops.append("diff")
    if re.search(r"(?:较|比)(?:上年|去年|上一年)", text) and "diff" not in fq.ops:
        fq.ops.append("diff")
    if {"max", "min"} <= set(fq.ops) and _RANGE.search(text):
        fq.ops = [op for op in fq.ops if op not in ("max", "min", "diff")] + ["range"]
    if fq.remaining or fq.excess or fq.per_head:
        fq.ops = [op for op in fq.ops if op not in ("diff", "count")]
    if re.search(r"几个人|多少个人|几人|多几个|少几个|几辆", text) and "count" in fq.ops:
        fq.ops.remove("count")  # a quantity in people (or a difference), not a count of rows
    _difference_column(fq, text, scope, idx)


# "在哪个单位", "哪些单位有": which rows of a column hold a value (the rest of the question names the column).
_WHICH_ROW_HAS = re.compile(r"(?:在|是|属于)?(?:哪|哪个|哪些|哪几个)(?:单位|科室|下属单位)(?:有|的|里)?(?:呢)?")
# "科目编码是多少", "编码呢": the code of the row just answered.
_CODE_ASKED = re.compile(r"^(?:那|那么)?(?:它|这个|这项|其)?(?:的)?(?:科目)?(?:编码|代码|科目代码|编号)(?:是)?(?:多少|什么|啥|呢)?$")
# "具体是哪一项", "包括哪些", "分哪几项": the rows under the one just shown.
_PARTS_ASKED = re.compile(r"^(?:那|那么)?(?:它|这|其)?(?:具体)?(?:都)?(?:是|有|包括|包含|分为|分成|分)?(?:哪|哪些|哪几)(?:一)?"
                          r"(?:项|个|些|几项|部分|几个)?(?:呢|啊|呀)?$|^(?:那|那么)?(?:具体)?(?:明细|细项)(?:呢|有哪些|是什么)?$")
_ORDINAL = re.compile(r"^(?:那|那么)?(?:排)?第([2-9]|[二三四五六七八九十两])(?:个|名|项|位|多|高|大)?(?:呢|是哪个|是什么|是多少|多少)?$")
_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _filter(fq: FactQuestion, text: str, taken: list[tuple[int, int]] | None = None) -> None:
    """A comparison the question applies to a column: 是10 / 等于 / 大于 / 超过 / 不到 / 低于 / 不到九成. The
    words of the comparison are understood, so they are no leftover."""
    m = re.search(r"(不到|不足|低于|少于|小于|未达到|没达到|没到|高于|超过|大于|多于|达到|等于|是|为)(-?[0-9.]+|[一二两三四五六七八九十]+)"
                  r"(成|%|分|万元|万|人|个)?", text)
    if not m:
        if said := re.search(r"没拿满|没有拿满|不满分|没满分|未满分|扣分|丢分", text):
            fq.cmp = "below_full"
        elif said := re.search(r"没完全达到|未完全达到|没有完全达到|没完成|未完成|没有完成|没达标|未达标", text):
            fq.cmp = "below_target"
        elif said := re.search(r"一样|相同|相等|持平|一致|没有变化|没变化|没变", text):
            fq.cmp = "same"  # "哪个科目决算和预算一样": the rows whose two columns named are equal
        if said and taken is not None:
            _take(text, taken, said.start(), said.end())
        return
    if taken is not None:
        _take(text, taken, m.start(), m.end())
    word, num, unit = m.groups()
    fq.percent = unit in ("成", "%")
    try:
        value = float(num)
    except ValueError:
        value = float(_CN_NUM.get(num, 0) or 0)
        if not value:
            return
    if unit == "成":
        value *= 10
    fq.number = value
    fq.cmp = "lt" if word in ("不到", "不足", "低于", "少于", "小于", "未达到", "没达到", "没到") else \
        "gt" if word in ("高于", "超过", "大于", "多于") else "ge" if word == "达到" else "eq"


# --- answering ---------------------------------------------------------------------------------------------


def _own_part(fq: FactQuestion, dept: str) -> str:
    """What the question asks of one of several departments it names, each with an item of its own ("A的X和
    B的Y各多少"): the words after its name up to the next name, with the question's last words ("各多少").
    "" when its name is followed by nothing of its own ("A和B的X")."""
    spans, at = [], 0
    for form, depts in fq.dept_names:
        start = fq.text.find(form, at)
        if start < 0:
            return ""
        spans.append((start, start + len(form), depts))
        at = start + len(form)
    for k, (start, end, depts) in enumerate(spans):
        if dept not in depts:
            continue
        last = k == len(spans) - 1
        own = fq.text[end:spans[k + 1][0] if not last else len(fq.text)]
        own = re.sub(r"^的|(?:的)?(?:和|与|跟|及|以及|、)$", "", own)
        if len(own) < 2:
            return ""
        if last:
            return fq.text[start:]
        tail = _QUESTION_WORDS.findall(fq.text[spans[-1][1]:])
        return fq.text[start:end] + own + (tail[-1] if tail else "多少")
    return ""


def _without_code(key: str) -> str:
    """A label without its leading subject code ("2210201住房公积金" -> "住房公积金")."""
    return re.sub(r"^\d{3,}", "", key)


def _named_as(question: str, form: str, department: str) -> str:
    """The question with a short name ("卫健局") replaced by one department's full name."""
    text = normalize(question)
    return text.replace(form, department, 1) if form in text else compact(question).replace(form, department, 1)


def _scope_docs(idx: FactIndex, fq: FactQuestion, doc_ids: list[int] | None) -> list[int]:
    """The tables a question is about: those of the departments and subjects it names (else all)."""
    if fq.departments:
        docs = [d for dept in fq.departments for d in idx.dept_docs.get(dept, ()) if idx.docs[d].facts]
    elif doc_ids:
        docs = [d for d in doc_ids if d in idx.docs and idx.docs[d].facts]
    else:
        docs = list(idx.fact_docs)
    if fq.subject_docs and any(d in fq.subject_docs for d in docs):
        docs = [d for d in docs if d in fq.subject_docs]
    return docs


def _years(idx: FactIndex, fq: FactQuestion, docs: list[int]) -> tuple[list[int], str]:
    """The years asked (absolute, or relative to the documents' year); the message when one is missing."""
    have = sorted({y for d in docs for y in idx.doc_years.get(d, ())})
    base = max((idx.docs[d].year or 0 for d in docs), default=0) or (have[-1] if have else 0)
    asked = list(fq.years) + [base + off for off in fq.relative_year if base]
    missing = [y for y in asked if y not in have]
    if missing:
        return asked, compose.years_not_held(missing, have)
    return asked, ""


def _numbers(values) -> str:
    """"4、5、6" — at most eight, then 等 (a citation stays short enough for one message)."""
    ordered = sorted(set(values))
    head = "、".join(str(x) for x in ordered[:8])
    return head + ("等" if len(ordered) > 8 else "")


def _cite(idx: FactIndex, facts: list[dict]) -> str:
    """"（来源：file sheet 第N行，department+year+form）" — page for PDF tables."""
    by_doc: dict[int, list[dict]] = defaultdict(list)
    for f in facts:
        by_doc[f["document_id"]].append(f)
    parts = []
    for doc_id, fs in list(by_doc.items())[:4]:
        d = idx.docs[doc_id]
        if fs[0]["page"] and not fs[0]["sheet"]:
            where = compose.on_pages(_numbers(f["page"] for f in fs))
        else:
            sheets: dict[str, list[int]] = defaultdict(list)
            for f in fs:
                sheets[f["sheet"] or ""].append(f["line"])
            where = compose.on_lines([(sheet, _numbers(lines)) for sheet, lines in list(sheets.items())[:3]])
        parts.append(compose.fact_source(d.file_name, where, f"{d.department}{compose.year_text(d.year)}{d.form}"))
    return compose.fact_sources(parts, len(by_doc))


_LONG_NOTE = re.compile(r"[（(][^（）()]{6,}[）)]|（[^）]*（[^）]*）[^）]*）")


def _name(f: dict) -> str:
    """How a fact is named in an answer: its row labels and column labels, innermost row first (long
    notes in brackets left out)."""
    rows = [_LONG_NOTE.sub("", x) for x in (f["row_labels"] or "").split(query.FACT_SEP) if x]
    cols = [_LONG_NOTE.sub("", x) for x in (f["col_labels"] or "").split(query.FACT_SEP) if x]
    name = rows[-1] if rows else (f["section"] or "")
    if len(rows) >= 2 and len(rows[-1]) <= 4:
        name = rows[-2] + rows[-1]
    col = "".join(c for c in cols if not re.fullmatch(r"(?:指标值|金额|数值|值|内容)", c))
    return f"{name}{col and ' ' + col}".strip()


def _month(f: dict) -> int | None:
    """The month a fact's row stands for ("5月"), None when its row is no month."""
    last = (f["row_labels"] or "").split(query.FACT_SEP)[-1]
    m = re.fullmatch(r"(\d{1,2})月(?:份)?", compact(last))
    return int(m.group(1)) if m else None


def _period_of(f: dict) -> tuple[int, ...] | None:
    """The months a fact's column stands for ("分季度执行数第三季度" -> 7, 8, 9), None when it is no period."""
    col = compact(f["col_labels"] or "")
    return next((months for words, months in _PERIODS if re.search(words, col)), None)


def _is_total(key: str) -> bool:
    return bool(re.match(r"^(?:小计|合计|总计|共计)$|.*(?:小计|合计|总计)$", key))


def _col_letters(cell: str) -> str:
    """The column letters of a cell reference ("AB12" -> "AB")."""
    m = re.match(r"[A-Z]*", cell)
    return m.group(0) if m else ""  # [A-Z]* matches every string


def year_of_fact(f: dict) -> int | None:
    """The year a fact's own labels print ("2023年预算数"), None when it is the document's."""
    for lab in (f["col_labels"] or "").split(query.FACT_SEP) + (f["row_labels"] or "").split(query.FACT_SEP):
        if y := year_in(lab):
            return y
    return None


def year_in(key: str) -> int | None:
    m = re.search(r"(?<![0-9.])(19|20)\d\d(?![0-9.])", key)  # a subject code "2050204…" holds no year
    return int(m.group(0)) if m else None


_MONEY_UNITS = {"元", "万元", "亿元", "千元"}
_COUNT_UNITS = {"人", "个", "家", "户", "次", "人次", "批次", "件", "项", "台", "辆", "套", "名", "所"}


# A column that is the budget itself (2024年预算数, 全年预算), not a source of funds (一般公共预算).
_BUDGET_COLUMN = re.compile(r"(?:\d{4}年)?(?:全年|年初|年度)?预算(?:数|金额)?")


def _kind_fits(f: dict, fq: FactQuestion) -> bool:
    """Whether a fact is the kind of value the question asks for."""
    t, unit = fq.text, f["unit"] or ""
    if re.search(r"多少人|几个人|几人|人数", t):
        return unit in ("人", "人次")
    if re.search(r"多少钱|经费|金额|资金|钱", t) and not re.search(r"率|比例|占比", t):
        return unit in _MONEY_UNITS or f["number"] is None and False
    if re.search(r"几辆|多少辆", t):
        return unit == "辆"
    if re.search(r"率|百分", t):
        return unit == "%"
    return True


def _numbered_items(facts: list[dict]) -> list[dict]:
    """"总体绩效目标有几个": the numbered items right under what was named (目标1 … 目标6), not the rates a
    target states (目标6's 仲裁结案率 and 调解率 are that one target's)."""
    parts = [tuple((f["row_labels"] or "").split(query.FACT_SEP)) for f in facts]
    items = [f for f, p in zip(facts, parts, strict=True) if len(p) >= 2 and re.fullmatch(r"目标\d{1,2}", p[-1])]
    if len({f["row_labels"] for f in items}) < 2:
        return facts
    numbered = {tuple((f["row_labels"] or "").split(query.FACT_SEP)) for f in items}
    # neither a target's rates nor the cell that holds all targets (said again item by item)
    return [f for f, p in zip(facts, parts, strict=True) if not any(len(p) != len(n) and p[:len(n)] == n[:len(p)] for n in numbered)]


def _without_parents(facts: list[dict]) -> list[dict]:
    """"商品和服务支出里最多的一项": the items under a heading row, not the heading (their sum) itself. A row
    whose own label is inside another candidate's longer row label is that row's parent."""
    def own(f: dict) -> str:
        return label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1])
    rows = {f["row_labels"] or "" for f in facts}
    kept = [f for f in facts if not (own(f) and any(own(f) in r and r != (f["row_labels"] or "") for r in rows))]
    return kept or facts


def _code_leaves(facts: list[dict]) -> list[dict]:
    """Rows of a subject-code hierarchy (类 205, 款 20502, 项 2050202) compared at its most detailed level:
    a row whose code starts another row's code is that row's sum, not one of the items."""
    def code(f: dict) -> str:
        m = re.match(r"\d{3,}", label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1]))
        return m.group() if m else ""
    codes = {code(f) for f in facts} - {""}
    parents = {a for a in codes for b in codes if a != b and b.startswith(a)}
    return [f for f in facts if code(f) not in parents] if parents else facts


def _said_in(label: str, text: str) -> int:
    """How many of a label's character pairs the question says (支出 of 本年支出合计 in "…支出占比")."""
    return sum(label[i:i + 2] in text for i in range(len(label) - 1))


def _size_of(facts: list[dict], fq: FactQuestion):
    """What "最大" compares: the number itself, or, over a column of signed differences (差异 -7.4, -144.2)
    asked by its size (差额最大, 偏差最大), the difference's absolute size."""
    signed = all(re.search(r"差异|差额|偏差|增减(?:额|数)?$", (f["col_labels"] or "")) for f in facts) \
        and any(f["number"] < 0 for f in facts) and not fq.fall \
        and re.search(r"(?:差异|差额|偏差|差距|出入)最[大小]", fq.text) is not None  # 超支最多 keeps the sign
    return (lambda f: abs(f["number"])) if signed else (lambda f: f["number"])


def _own_row(f: dict) -> str:
    return label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1])


def _printed_total(facts: list[dict]) -> dict | None:
    """The one 合计/总计 row among facts of one column of one sheet, beside the rows it totals: the
    table prints the sum, so it is the answer."""
    if len({(f["document_id"], f["sheet"], f["col_labels"]) for f in facts}) != 1 or len(facts) < 2:
        return None
    totals = [f for f in facts if re.fullmatch(r"(?:合计|总计|总合计)", _own_row(f))]
    return totals[0] if len(totals) == 1 else None


def _one_level(facts: list[dict]) -> list[dict]:
    """Facts to add up without counting a figure twice: no 小计/合计 row beside other rows, and no heading
    row (基本支出) beside its own items (基本支出 › 工资福利支出); the items stay, they are the detail."""
    rows = [(f, f["row_labels"] or "") for f in facts]
    kept = [f for f, r in rows if not (re.fullmatch(r"(?:合计|总计|小计|总合计)", _own_row(f)) and len(facts) > 1)]
    kept = [f for f in kept if not any(
        (r := f["row_labels"] or "") and o != r and o.startswith(r + query.FACT_SEP)
        and x["document_id"] == f["document_id"] and x["sheet"] == f["sheet"] for x, o in rows)]
    return kept or facts


def _total_columns(row: list[dict]) -> list[dict]:
    """A row's facts to set side by side: each named column's own total (核定编制数合计 against 实有人数合计)
    when it is split into parts, so that an empty part (事业编制 0 beside 行政编制 10) is not compared."""
    totals = [f for f in row if re.search(r"(?:合计|小计|总计)$", (f["col_labels"] or "").split(query.FACT_SEP)[-1])]
    return totals if len(totals) >= 2 else row


def _prefer(items: list, test) -> list:
    """The items passing a test, or all of them when none does."""
    good = [x for x in items if test(x)]
    return good or items


def _row_path(row_labels: str | None) -> tuple[str, ...]:
    """A row's label parts without subject codes ("2013950|事业运行" and "2013950事业运行" are "事业运行")."""
    parts = (re.sub(r"^\d{3,}|[（(][类款项][)）]$", "", p).strip() for p in (row_labels or "").split(query.FACT_SEP))
    return tuple(p for p in parts if p)


def _own_kind_first(facts: list[dict]) -> list[dict]:
    """An item named as 支出 (住房保障支出) is first a figure of an expenditure column, one named as 收入 of an
    income column: the share asked is over that column's total."""
    def fits(f: dict) -> bool:
        kind = "收入" if (f["row_labels"] or "").endswith("收入") else "支出"  # a 决算's items are spent
        return kind in (f["col_labels"] or "")
    return sorted(facts, key=lambda f: not fits(f))


def _printed_rate(fs: list[dict], budget: str) -> dict | None:
    """The rate a 决算 row prints beside its figures ("完成全年预算数 98.69%"), over the budget asked."""
    rates = [f for f in fs if f["unit"] == "%" and re.search(r"完成|执行", f["col_labels"] or "")]
    word = budget[:2] if budget else ""
    return next((f for f in rates if not word or word in (f["col_labels"] or "")), None)


def _shown(f: dict) -> str:
    return _value_text(f["value"], f["number"], f["unit"] or "")


class Answerer:
    def __init__(self, idx: FactIndex):
        self.idx = idx
        self._read: dict[str, FactQuestion] = {}
        self.last: FactQuestion | None = None  # the reading of the last question answered

    # Candidate facts: every constraint (a mention, or a group of coordinated mentions) satisfied.
    def _groups(self, fq: FactQuestion) -> list[list[Mention]]:
        groups: list[list[Mention]] = []
        for m in fq.mentions:
            if groups:
                prev = groups[-1][-1]
                between = fq.text[prev.end:m.start]
                if between in ("和", "与", "、", "及", "以及", "跟", "同", "或", "还有", ",", "，", "和的", "加") or \
                        self._listed_side_by_side(fq, prev, m):
                    groups[-1].append(m)
                    continue
            groups.append([m])
        return groups

    def _listed_side_by_side(self, fq: FactQuestion, prev: Mention, m: Mention) -> bool:
        """"基本支出 项目支出各多少": two labels of the same kind (both rows or both columns) said one after
        the other (a space between them), then 各/分别 — both asked, not the one inside the other."""
        if prev.end != m.start or not re.search(r"各|分别", fq.text[m.end:]):
            return False
        def roles(x: Mention) -> tuple[bool, bool]:
            return bool(x.keys & self.idx.row_label_keys), bool(x.keys & self.idx.col_keys)
        return roles(prev) == roles(m) and any(roles(m))

    def _match(self, fq: FactQuestion, docs: list[int], years: list[int]) -> tuple[list[int], list[list[Mention]]]:
        groups = self._groups(fq)
        if not groups:
            return [], groups
        idx = self.idx
        few = len(docs) <= 64
        doc_set = set(docs)

        def facts_of(g: list[Mention]) -> set[int]:
            return self._facts_of(g, fq, docs, years, few, doc_set)

        if not few and len(groups) > 1:
            # Many tables: the rarest constraint's facts, filtered by the others' labels (a label such as
            # "2024年预算数" carried by 1,000 tables is never turned into a set).
            keysets = [{k for m in g for k in m.keys} for g in groups]
            sizes = [sum(len(idx.label_facts.get(k, ())) for k in ks) for ks in keysets]
            first = min(range(len(groups)), key=sizes.__getitem__)
            fk = idx.fact_keys
            both = {f for f in facts_of(groups[first])
                    if all(not ks.isdisjoint(fk[f]) for i, ks in enumerate(keysets) if i != first)}
            if both:
                return sorted(both), groups
        sets = [facts_of(g) for g in groups]
        both = set.intersection(*sets)
        if not both and len(groups) > 1:
            groups, sets = self._alternatives(groups, sets)
            both = set.intersection(*sets)
        if not both and len(groups) > 1:
            # A generic word after a name ("行政运行支出"): a two-character mention that no fact carries
            # together with the others is the name's suffix, not a constraint.
            keep = [i for i, g in enumerate(groups) if any(m.part for g2 in groups for m in g2) or not (
                len(g) == 1 and g[0].end - g[0].start <= 2
                                                             and g[0].start >= 0 and len(sets[i]) > 3)]
            if keep and len(keep) < len(groups) and set.intersection(*[sets[i] for i in keep]):
                groups = [groups[i] for i in keep]
                sets = [sets[i] for i in keep]
                both = set.intersection(*sets)
        if not both and len(groups) > 1 and not {"ratio", "diff", "sum"} & set(fq.ops):
            # "就业补助预算": the labels best fitting a word alone (2019年预算金额) may not be the ones fitting
            # with the other constraints; every label of these tables holding the word as said is tried
            # (not when each word names its own value of a share or a difference).
            for g in groups:
                for m in g:
                    said = fq.text[m.start:m.end] if m.start >= 0 else ""
                    if len(said) >= 2:
                        m.keys |= {k for d in docs for k in idx.doc_keys.get(d, ()) if said in k}
            sets = [facts_of(g) for g in groups]
            both = set.intersection(*sets)
        return sorted(both), groups

    def _facts_of(self, g: list[Mention], fq: FactQuestion, docs: list[int], years: list[int], few: bool,
                  doc_set: set[int]) -> set[int]:
        """The facts of the tables carrying a label of a group of mentions (of the years asked)."""
        idx = self.idx
        out: set[int] = set()
        keys = {k for m in g for k in m.keys}
        if few:  # a few tables: scan their facts (a label shared by 1,000 tables stays cheap)
            fk = idx.fact_keys
            out.update(f for d in docs for f in idx.docs[d].facts if not keys.isdisjoint(fk[f]))
        else:
            for k in keys:
                out.update(f for f in idx.label_facts.get(k, ()) if idx.fact_doc[f] in doc_set)
        if not years:
            return out
        out = {f for f in out if idx.fact_year[f] in years}
        lacking = set(years) - {idx.fact_year[f] for f in out}
        said = {fq.text[m.start:m.end] for m in g if m.start >= 0}
        if out and lacking and len(said) == 1 and len(next(iter(said))) >= 2:
            # "2020年预算比2019年": the labels the word fits best are of 2019 (2019年预算金额); in 2020 the
            # word is said by that year's own labels (项目当年预算).
            word = next(iter(said))
            own = {idx.fact_doc[f] for f in out}  # the same tables: never another department's year
            out |= {f for d in docs if d in own for f in idx.docs[d].facts if idx.fact_year[f] in lacking
                    and any(word in k for k in idx.fact_keys[f])}
        return out

    def _alternatives(self, groups: list[list[Mention]], sets: list[set[int]]
                      ) -> tuple[list[list[Mention]], list[set[int]]]:
        """"预算多少，付了多少": two neighbouring mentions no fact has both of are alternatives, merged
        into one group: two items of one column ("基本支出比项目支出") or two columns of one row."""
        groups, sets = list(groups), list(sets)
        while len(groups) > 1 and not set.intersection(*sets):
            for i in range(len(groups) - 1):
                a, b = sets[i], sets[i + 1]
                if a and b and not (a & b) and self._one_line_or_column(groups[i], groups[i + 1], a, b):
                    groups[i:i + 2] = [groups[i] + groups[i + 1]]
                    sets[i:i + 2] = [a | b]
                    break
            else:
                break
        return groups, sets

    def _one_line_or_column(self, ga: list[Mention], gb: list[Mention], a: set[int], b: set[int]) -> bool:
        rows_a = {self._row_key(f) for f in a}
        cols_a = {k for f in a for k in self.idx.fact_keys.get(f, ()) if k in self.idx.col_keys}
        cols_b = {k for f in b for k in self.idx.fact_keys.get(f, ()) if k in self.idx.col_keys}
        keys_a = {k for m in ga for k in m.keys}
        keys_b = {k for m in gb for k in m.keys}
        # Items name rows (their keys are the facts' row labels); columns do not.
        items = all(keys_a & self.idx.row_keys(f) for f in a) and all(keys_b & self.idx.row_keys(f) for f in b)
        columns = not any(keys_a & self.idx.row_keys(f) for f in a) and \
            not any(keys_b & self.idx.row_keys(f) for f in b)
        return bool(columns and rows_a & {self._row_key(f) for f in b} or items and cols_a & cols_b)

    def _row_key(self, fid: int) -> tuple:
        return (self.idx.fact_doc[fid], self.idx.fact_line.get(fid, 0))

    def answer(self, question: str, doc_ids: list[int] | None = None, context: dict | None = None,
               clauses: bool = True, only: list[str] | None = None) -> FactAnswer | None:
        """The answer from the labels; else, for a question asking why, since when or from where, the
        note or 备注 of the table that says it."""
        fa = self._answer(question, doc_ids, context, clauses, only)
        # The asking word outside the labels the question named (高标准农田 holds no 标准 asked).
        unexplained = self.last.rest if self.last is not None and self.last.rest else compact(question)
        asks = _NOTE_ASKED.search(unexplained) or re.search(r"备注|说明", compact(question)) \
            or (self.last is not None and self.last.text_asked)  # "截至什么时候": read, so no longer in rest
        if (fa is None or fa.status != "answered") and asks and only is None:
            noted = self.from_notes(question, doc_ids, context)
            if noted is None:
                return fa
            # "X合计多少 钱从哪来": the clause the labels answer, then the note.
            parts = [p for p in re.split(r"[\s，,；;。？?]+", question) if p]
            rest = " ".join(p for p in parts if not _NOTE_ASKED.search(compact(p)))
            if 0 < len(rest) and len(parts) > 1:
                first = self._answer(rest, doc_ids, context, clauses, only)
                if first is not None and first.status == "answered":
                    return FactAnswer("answered", first.text + "\n" + noted.text, first.facts + noted.facts)
            return noted
        return fa

    def from_notes(self, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """The one note line or 备注 cell sharing the most words with the question (two pairs of characters
        at least, ahead of every other): "鹭川镇为啥没分食堂补助" -> 鹭川镇 备注：暂无长者食堂."""
        idx = self.idx
        text = _NOTE_WORDS.sub(lambda m: _NOTE_SAID[m.group()], compact(normalize(question)))
        named = _departments_in(text, idx) or list((context or {}).get("departments") or ())
        # A follow-up ("按什么标准算的") asks about what the last answer named.
        text += "".join(k for keys in (context or {}).get("named") or () for k in keys
                        if (k in idx.col_keys or k in idx.row_label_keys) and not _is_total(k))  # no sheet title, no 合计
        docs = [d for n in named for d in idx.dept_docs.get(n, ())] or list(doc_ids or idx.fact_docs)
        grams = {text[i:i + 2] for i in range(len(text) - 1)} - _COMMON_GRAMS
        scored = []
        texts = [f for f in idx.facts([x for d in docs for x in idx.docs[d].facts][:20000]) if f["number"] is None]
        # A note of numbered items is answered by its items, one each, not as a whole.
        itemized = {(f["document_id"], f["sheet"], f["line"]) for f in texts
                    if (f["row_labels"] or "").count(query.FACT_SEP) and (f["row_labels"] or "").split(query.FACT_SEP)[0] in ("注", "说明")}
        for f in texts:
            rows = (f["row_labels"] or "").split(query.FACT_SEP)
            cols = (f["col_labels"] or "").split(query.FACT_SEP)
            if not (rows[0] in ("注", "说明", "备注") or cols[-1] in ("备注", "说明")):
                continue
            if len(rows) == 1 and rows[0] in ("注", "说明") and (f["document_id"], f["sheet"], f["line"]) in itemized:
                continue
            said = compact("".join(rows) + f["value"])
            scored.append((sum(g in said for g in grams), f))
        scored.sort(key=lambda x: -x[0])
        if not scored or scored[0][0] < 2 or len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        f = scored[0][1]
        rows = (f["row_labels"] or "").split(query.FACT_SEP)
        name = rows[0] if rows[-1] == f["value"] else _name(f)  # a note's item: "注：…"
        return FactAnswer("answered", compose.fact_value(name, f["value"]) + _cite(idx, [f]), [f])

    def _answer(self, question: str, doc_ids: list[int] | None = None, context: dict | None = None,
                clauses: bool = True, only: list[str] | None = None) -> FactAnswer | None:
        """The steps, in order: several departments named (each answered), several clauses (each in the
        context of the earlier), the reading in the conversation's context, what the context alone
        answers, the facts the labels match, and what is computed or shown from them."""
        idx = self.idx
        if context and context.get("ranked") and (m := _ORDINAL.match(compact(normalize(question)))):
            # "哪个最贵" → "第二个呢": the next place of the same ranking.
            n = int(m.group(1)) if m.group(1).isdigit() else _CN_NUM.get(m.group(1), 0)
            if 1 <= n <= len(context["ranked"]):
                f = idx.facts([context["ranked"][n - 1]])
                return FactAnswer("answered", compose.ranked_place(n, _name(f[0]), _shown(f[0])) + _cite(idx, f), f,
                                  ranked=list(context["ranked"]))
        if only is None and (has := self.rows_having(question, doc_ids, context)) is not None:
            return has
        if only is None and (by_dept := self._by_department(question, doc_ids, context)) is not None:
            return by_dept[0]
        parts = [p for p in re.split(r"[，,；;。]", self._use_apart(question)) if len(compact(p)) >= 2]
        if clauses and len(parts) >= 2:
            by_clause = self._clauses(question, parts, doc_ids, context)
            if by_clause is not None:
                return by_clause
        fq = self._read_in_context(question, context, only)
        if fq is None:
            return None  # names an organisation that is not loaded: never another department's value
        docs = _scope_docs(idx, fq, doc_ids)
        if not docs:
            return None
        years, missing = _years(idx, fq, docs)
        if missing and (fq.mentions or fq.departments):
            return FactAnswer("unknown", missing)
        if not fq.mentions and context and context.get("rows") and (q := _QUANTITY_ASKED.search(fq.text)) \
                and fq.leftover == q.group(1) and self._counted_in(context["rows"], docs, q.group(1)):
            # "买几辆" after a row: the row's quantity in that unit.
            fq.mentions, fq.leftover = [Mention(-1, -1, set(context["rows"]), True, 4)], ""
        settled, fa = self._from_context(fq, context, docs, years)
        if settled:
            return fa
        if not fq.mentions:
            return self._without_labels(fq, docs)
        if "diff" in fq.ops and fq.relative_year and not fq.years and re.search(r"(?:较|比)(?:上年|去年|上一年)", fq.text):
            base = max(idx.docs[d].year or 0 for d in docs)
            years = [base, base - 1]
        ids, groups = self._match(fq, docs, years)
        if not ids and context and context.get("rows"):
            # A follow-up naming only a column ("进度呢"): the rows of the previous answer.
            fq.mentions = [Mention(-1, -1, set(context["rows"]), True, 4), *fq.mentions]
            ids, groups = self._match(fq, docs, years)
        if fq.values and not _ROW_NOUN_LEFT.sub("", fq.leftover).strip():
            return self.having_values(fq, docs)  # "公开招标的有几个项目": the rows are what is counted
        if not ids:
            return self.partial(fq, docs, years, groups)
        part = {k for m in fq.mentions if m.part for k in m.keys}
        rows = {k for f in ids for k in idx.row_keys(f) & part}
        if len(rows) > 1:
            # "体检服务" fits several rows' labels equally: which row is meant is asked, not guessed.
            names = list(dict.fromkeys(_name(f).split(" ")[0] for f in idx.facts(ids[:400])))[:8]
            return FactAnswer("clarify", compose.which_fact(names), [], options=names)
        return self._over_facts(fq, ids, groups, years, only)

    def _by_department(self, question: str, doc_ids: list[int] | None,
                       context: dict | None) -> tuple[FactAnswer | None] | None:
        """A short name several departments share (asked which, or the one answering), or several
        departments named (each answered); None when the question names one department or none."""
        one = self._one_department_of(question, doc_ids, context)
        if one is not None:
            return one
        idx, named = self.idx, self.read(question).departments
        if len(named) >= 2 and all(any(idx.docs[d].facts for d in idx.dept_docs.get(n, ())) for n in named):
            return (self._per_department(question, named, doc_ids),)
        return None

    def _one_department_of(self, question: str, doc_ids: list[int] | None,
                           context: dict | None) -> tuple[FactAnswer | None] | None:
        """A short name several departments share ("卫健局", "财政局"): of those sharing the place of the
        conversation's department, the one whose tables answer the question; several -> ask which (never
        pick one); none -> nothing from the facts. None when every name said fits one department."""
        fq = self.read(question)
        shared = [(form, ds) for form, ds in fq.dept_names if len(ds) > 1]
        if not shared or fq.foreign_org or _EVERY_ONE.search(fq.text):
            return None  # "普陀两个部门…", "…分别多少": every department the name fits
        form, ds = shared[0]
        if context and context.get("departments"):
            ds = narrow_by_place(ds, context["departments"])
        found = []
        for dept in ds:
            fa = self.answer(_named_as(question, form, dept), doc_ids, context)
            if fa is not None and (fa.status == "answered" or len(ds) == 1):
                found.append((dept, fa))
        if len(found) == 1:
            return (found[0][1],)
        self.last = fq
        if not found:
            return (None,)
        names = [d for d, _ in found]
        return (FactAnswer("clarify", compose.which_department(names), [], options=names),)

    def _use_apart(self, question: str) -> str:
        """"就业补助多少 主要干嘛用": two questions (its amount, then its use), as if a comma were between."""
        words = next((g for g in self.idx.synonyms if g[0] == _USE), (_USE,))
        text = normalize(question)
        at = min((i for w in words if (i := text.find(w)) > 0), default=-1)
        if at > 0 and re.search(r"多少|几", text[:at]) and not re.search(r"[，,；;。]", text[:at][-2:]):
            return text[:at] + "，" + text[at:]
        return question

    def _clauses(self, question: str, parts: list[str], doc_ids: list[int] | None,
                 context: dict | None) -> FactAnswer | None:
        """"X多少人，下属几个单位": each clause on its own, the later ones in the context of the earlier.
        None when the first clause is not the facts' (the whole question is then read as one)."""
        whole = read_question(question, self.idx)
        ctx = {"departments": whole.departments, **(context or {})}
        out: list[FactAnswer] = []
        for part in parts:
            fa = self.answer(part, doc_ids, ctx, clauses=False)
            if fa is None or fa.status != "answered":
                if out:  # a later clause the tables cannot answer: say so, never drop it silently
                    self.last = whole
                    return FactAnswer("unknown", compose.clause_not_found([a.text for a in out], part.strip()), [])
                return None
            out.append(fa)
            ctx = {"departments": sorted({f["department"] for f in fa.facts}) or whole.departments,
                   "rows": _row_context(fa.facts)}
        self.last = whole
        return FactAnswer("answered", "\n".join(a.text for a in out), [f for a in out for f in a.facts])

    def _read_in_context(self, question: str, context: dict | None, only: list[str] | None) -> FactQuestion | None:
        """The reading of the question; a follow-up naming no department keeps the conversation's."""
        idx = self.idx
        fq = self.read(question) if only is None else read_question(question, idx, only, force=True)
        if only is not None:  # one department's part of a comparison: its value, compared by the caller
            fq.ops = [op for op in fq.ops if op not in ("diff", "ratio", "sum")]
        self.last = fq
        if fq.foreign_org:
            return None
        if context and not fq.departments and context.get("departments"):
            departments = list(context["departments"])
            fq = read_question(question, idx, departments)
            fq.departments = departments
            self.last = fq
        return fq

    def _from_context(self, fq: FactQuestion, context: dict | None, docs: list[int],
                      years: list[int]) -> tuple[bool, FactAnswer | None]:
        """What the conversation settles: (True, answer) when it answers the question by itself; otherwise
        (False, None), having put the labels it carries into fq."""
        idx = self.idx
        if not context:
            return False, None
        if not fq.mentions and context.get("recent") and {"sum", "diff", "ratio"} & set(fq.ops) and not fq.leftover:
            # "两个加起来": the values of the last two answers.
            recent = [f for f in idx.facts(context["recent"]) if f["number"] is not None]
            if len(recent) == 2:
                return True, self.sum(recent) if "sum" in fq.ops else self.diff(recent, [], []) \
                    if "diff" in fq.ops else self.ratio(recent, [])
        if context.get("last") and "ratio" in fq.ops and re.match(r"^(?:那|那么)?(?:它)?占", fq.text) and fq.mentions:
            # "占公用经费多少" after an answer: the last value over the one named now.
            share = self._share_of_named(fq, context["last"], docs, years)
            if share is not None:
                return True, share
        if context.get("named") and not fq.mentions and fq.departments \
                and set(fq.departments) != set(context.get("departments") or ()):
            # "社工部基本支出多少" → "那财政局呢": what the last question named, in the department named now
            # (by its words: another table may print the subject code "2210201" in a cell of its own).
            fq.mentions = [Mention(-1, -1, set(keys) | {k for k in map(_without_code, keys) if k in idx.label_facts},
                                   True, 4) for keys in context["named"]]
        self._column_asked_before(fq, context)
        if context.get("last") and _CODE_ASKED.match(fq.text) and (code := self.code_of(context["last"])) is not None:
            return True, code
        if context.get("last") and _PARTS_ASKED.match(fq.text):
            return True, self.parts_of(context["last"][-1])
        if context.get("named") and not fq.mentions and {"max", "min"} & set(fq.ops) and not fq.leftover:
            # "项目支出明细" → "最大的是哪项": the superlative over what the last question named (its lines).
            fq.mentions = [Mention(-1, -1, set(keys), True, 4) for keys in context["named"]]
        for m in fq.mentions if context.get("rows") else ():
            # "其他城市生活救助多少" → "用在哪": of the labels "<item>主要用于", the one of the row just answered.
            near = {k for k in m.keys if any(len(r) >= 2 and r in k for r in context["rows"])}
            if near and len(near) < len(m.keys):
                m.keys = near
        if context.get("rows") and all(m.keys <= idx.col_keys | {_USE} for m in fq.mentions) \
                and not self._rows_of_the_conversation(fq, context):
            if not fq.mentions and re.search(r"[\u4e00-\u9fff]", fq.leftover):
                return True, FactAnswer("unknown", compose.fact_word_not_found(fq.leftover))
            fq.mentions = [Mention(-1, -1, set(context["rows"]), True, 4), *fq.mentions]
        return False, None

    def code_of(self, last: list[int]) -> FactAnswer | None:
        """"科目编码是多少" after a row: the code its label is printed with (2296006用于…); None unless the
        last answer was one row with a code."""
        facts = self.idx.facts(last[:50])
        rows = {(f["row_labels"] or "").split(query.FACT_SEP)[-1] for f in facts}
        codes = {m.group(1): r for r in rows if (m := re.match(r"^(\d{3,})\s*\D", r))}
        if len(rows) != 1 or len(codes) != 1:
            return None
        code, row = next(iter(codes.items()))
        return FactAnswer("answered", compose.subject_code(row[len(code):].strip(), code) + _cite(self.idx, facts[:1]),
                          facts[:1])

    def rows_having(self, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """"其中离休的在哪个单位", "哪个单位有离休人员": the rows (units, not their 小计/合计 or headings) whose
        value in the column named is not zero; None unless the question names only columns besides."""
        text = compact(normalize(question))
        m = _WHICH_ROW_HAS.search(text)
        if m is None:
            return None
        fq = self._read_in_context(text[:m.start()] + text[m.end():], context, None)
        if fq is None or not fq.mentions or fq.ops or not all(x.keys <= self.idx.col_keys for x in fq.mentions):
            return None
        docs = _scope_docs(self.idx, fq, doc_ids)
        if not docs or len(docs) > 4:
            return None
        ids, _ = self._match(fq, docs, [])
        facts = [f for f in self.idx.facts(ids[:2000]) if f["number"] is not None and not _is_total(_own_row(f))]
        facts = _code_leaves(_one_level(facts)) if facts else facts
        if not facts or len({f["col_labels"] for f in facts}) != 1:
            return None
        having = [f for f in facts if f["number"]]
        if not having:
            return FactAnswer("unknown", compose.no_row_has(_name(facts[0]).split(" ")[-1]) + _cite(self.idx, facts[:1]))
        return FactAnswer("answered", compose.rows_having([(_own_row(f), _shown(f)) for f in having[:20]])
                          + _cite(self.idx, having[:20]), having[:20])

    def parts_of(self, fid: int) -> FactAnswer:
        """The rows under the row of the fact just shown, in the same column of the same table (a heading
        row's items, a subject's sub-subjects); said so when the table has none."""
        idx = self.idx
        shown = idx.facts([fid])
        if not shown:
            return FactAnswer("unknown", compose.fact_no_parts(""))
        f = shown[0]
        rows = (f["row_labels"] or "").split(query.FACT_SEP)
        own = re.sub(r"^\d+", "", label_key(rows[-1]))
        same = [g for g in idx.facts(list(idx.docs[f["document_id"]].facts)) if g["id"] != f["id"]
                and g["section"] == f["section"] and g["col_labels"] == f["col_labels"] and g["sheet"] == f["sheet"]]
        under = [g for g in same if len(own) >= 2 and len(parts := (g["row_labels"] or "").split(query.FACT_SEP)) > len(rows)
                 and any(re.sub(r"^\d+", "", label_key(x)) == own for x in parts[:-1])]
        if not under:
            return FactAnswer("unknown", compose.fact_no_parts(_name(f)) + _cite(idx, [f]))
        items = [(label_key((g["row_labels"] or "").split(query.FACT_SEP)[-1]), _shown(g)) for g in under[:20]]
        return FactAnswer("answered", compose.fact_parts(_name(f), items) + _cite(idx, under[:20]), under[:20])

    def _rows_of_the_conversation(self, fq: FactQuestion, context: dict) -> bool:
        """"基本支出小计" → "项目支出小计呢": the word names a row of the conversation's table (though a
        column of another table): the row is asked, not that column of the rows before."""
        idx = self.idx
        docs = [d for dep in context.get("departments") or () for d in idx.dept_docs.get(dep, ())]
        if not docs or not fq.mentions or not _FOLLOWUP.search(fq.text):
            return False
        rows: set[str] = set()
        cols: set[str] = set()
        for d in docs:
            r, c = idx.doc_rows_and_cols(d)
            rows |= r
            cols |= c
        said = [m for m in fq.mentions if m.start >= 0]
        return bool(said) and all(m.exact and m.keys & rows and not m.keys & cols
                                  and not any(_USE in k for k in m.keys) for m in said)

    def _column_asked_before(self, fq: FactQuestion, context: dict) -> None:
        """"机关本级退休几个" → "执法大队呢": a follow-up naming only another row asks the column asked
        before (退休) of that row, never the row's every column (its 备注)."""
        idx = self.idx
        if not fq.mentions or fq.ops or not _FOLLOWUP.search(fq.text) or not context.get("rows"):
            return
        if not all(m.keys & idx.row_label_keys and not m.keys & idx.col_keys and not m.keys & set(context["rows"])
                   for m in fq.mentions):
            return
        columns = [set(keys) for keys in context.get("named") or ()
                   if keys and set(keys) <= idx.col_keys and not set(keys) & idx.row_label_keys]
        fq.mentions += [Mention(-1, -1, keys, True, 4) for keys in columns]

    def _share_of_named(self, fq: FactQuestion, last: list[int], docs: list[int], years: list[int]) -> FactAnswer | None:
        idx = self.idx
        part = [f for f in idx.facts(last) if f["number"] is not None]
        ids, _ = self._match(fq, docs, years)
        whole_facts = [f for f in idx.facts(ids[:200]) if f["number"] is not None and f["id"] not in last]
        whole_facts = _prefer(whole_facts, lambda f: any(_is_total(k) for k in idx.fact_keys.get(f["id"], ())))
        if not part or len(whole_facts) != 1 or not whole_facts[0]["number"]:
            return None
        a, b = part[0], whole_facts[0]
        r = a["number"] / b["number"] * 100
        return FactAnswer("answered", compose.fact_share(_name(a), _name(b), fmt_number(a["number"]),
                                                         fmt_number(b["number"]), fmt_percent(r)) + _cite(idx, [a, b]),
                          [a, b])

    def _without_labels(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """A question naming no label: rows holding a value it says, a department's overview, or what is
        left to do of the table's own plan; otherwise not the facts' question."""
        if fq.values and not _ROW_NOUN_LEFT.sub("", fq.leftover).strip():
            return self.having_values(fq, docs)  # "公开招标的有几个项目": the rows are what is counted
        if fq.total and not fq.leftover and (fq.departments or fq.subject_docs):
            return self.table_total(docs)
        if re.fullmatch(r"预算|预算数|预算金额", fq.leftover) and (fq.ops or fq.level) and fq.departments:
            # "哪个项级科目预算最多" of a budget table whose columns are 合计 / 基本支出 / 项目支出: its total column.
            ids = self._budget_column(docs)
            if ids:
                fq.leftover = ""
                return self._over_facts(fq, ids, [], [], None)
        if fq.departments and re.search(r"概况|概要|基本情况|总体情况|简介|介绍", fq.text):
            return self.overview(docs)
        if (fq.remaining or fq.excess) and (fq.departments or fq.subject_docs) and not fq.leftover:
            # "就业补助资金还有多少没执行": the table's own plan and done figures.
            return self.remaining(fq, self.idx.facts(sorted(f for d in docs for f in self.idx.docs[d].facts)[:2000]))
        return None

    def _over_facts(self, fq: FactQuestion, ids: list[int], groups: list[list[Mention]], years: list[int],
                    only: list[str] | None) -> FactAnswer | None:
        """The matched facts narrowed to what the question means (its period, its department, its year)."""
        idx = self.idx
        if fq.cmp == "same" and not fq.leftover:
            return self.same_columns(idx.facts(ids[:400]))
        compared = self.column_compare(fq, groups, ids[:400])  # the facts fetched only if it applies
        if compared is not None:
            return compared
        ids = self._of_level(fq, ids) if fq.level else self._quoted_in_text(fq, ids)
        total = self._row_total(fq, ids)
        if total is not None:
            ids, fq.leftover = [total], ""
        if fq.leftover and (len(re.sub(r"[^\u4e00-\u9fff]", "", fq.leftover)) >= 2 or re.search(r"\d{3}", fq.leftover)) \
                or fq.months:
            if not fq.departments and not fq.subject_docs and len({idx.fact_doc[f] for f in ids[:400]}) > 1:
                return None  # a word nothing explains, and no table named: nothing to say about a table
            return self.not_broken_down(fq, ids)
        if fq.period:
            months = self._of_period(fq, idx.facts(ids[:400]))
            if not months:
                return self.not_broken_down(fq, ids)
            ids = [f["id"] for f in months]
        if fq.finished:
            return self.finished(fq, idx.facts(ids[:400]))
        facts = idx.facts(ids[:400])
        depts = {f["department"] for f in facts}
        if len(depts) > 1 and not fq.departments and not [g for g in groups if len(g) > 1]:
            names = sorted(depts)
            return FactAnswer("clarify", compose.which_department(names), [], options=names[:10])
        # a change the document states ("比上年减少 X万元") before a difference of two printed years
        two_years = self._printed_change(fq, facts) or self._two_years(fq, facts, groups, years)
        if two_years is not None:
            return two_years
        if fq.total and "ratio" in fq.ops and (in_total := [f for f in facts if self._is_total_fact(f, "row")]):
            return self.share_of_total(in_total)  # "基本支出占总支出": the total row's 基本支出 over its total
        facts = self._specific(facts, fq, groups)
        dated = sorted((f for f in facts if f["number"] is not None and year_of_fact(f)
                        and (not years or year_of_fact(f) in years)), key=lambda f: -(year_of_fact(f) or 0))
        if "diff" in fq.ops and len({f["row_labels"] for f in facts}) == 1 \
                and len({year_of_fact(f) for f in dated}) >= 2:
            # "减少多少" of one item printed for two years: the later year against the earlier.
            # every dated fact has a year (filtered above): `or 0` only tells the type checker so
            return self.diff(dated[:2], groups, [year_of_fact(dated[0]) or 0, year_of_fact(dated[1]) or 0])
        if fq.remaining or fq.excess:
            return self.remaining(fq, facts)
        if fq.per_head:
            return self.per_head(fq, facts)
        if fq.per_unit:
            return self.per_unit(fq, facts)
        if not years:
            facts = self._default_year(facts)
        wrong_kind = self._wrong_kind(fq, facts)
        if wrong_kind is not None:
            return wrong_kind
        if fq.rate:
            return self.rate(fq, facts)
        return self._computed(fq, facts, groups, years, only)

    def _of_period(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """The facts of the period asked: its month rows or its column; several periods each (二季度和三季度);
        a period the table prints in parts (上半年 of the quarters) as its parts."""
        months = [f for f in facts if _month(f) in fq.period or _period_of(f) == fq.period]
        if not months and fq.periods:  # "二季度和三季度分别多少": each period's own column
            months = [f for f in facts if _period_of(f) in fq.periods]
            fq.period = () if months else fq.period
        return months or self._parts_of_period(fq, facts)

    def _parts_of_period(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"上半年" of a table printing 一季度 … 四季度: the quarters inside it, of one row (the one named, or
        the table's total row), added up with the arithmetic shown; [] when they are not all printed."""
        inside = [f for f in facts if f["number"] is not None and (p := _period_of(f)) and set(p) < set(fq.period)]
        rows: dict[tuple, list[dict]] = defaultdict(list)
        for f in inside:
            rows[(f["document_id"], f["sheet"], f["line"])].append(f)
        if len(rows) > 1:
            rows = {k: v for k, v in rows.items()
                    if _is_total(label_key((v[0]["row_labels"] or "").split(query.FACT_SEP)[-1]))}
        if len(rows) != 1:
            return []
        [parts] = rows.values()
        covered = sorted(m for f in parts for m in (_period_of(f) or ()))
        if covered != sorted(fq.period):
            return []
        if "sum" not in fq.ops:
            fq.ops.append("sum")
        fq.period = ()  # the parts found: what is left is their sum across the row
        return parts

    def _two_years(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]],
                   years: list[int]) -> FactAnswer | None:
        """"2020年预算比2019年增加多少": one value of each year (each year's own label), later minus earlier."""
        asked = sorted(set(years), reverse=True)
        if "diff" not in fq.ops or len(asked) != 2 or {f["year"] for f in facts} != set(asked) \
                or len({f["document_id"] for f in facts}) != 1:
            return None  # one table's two years, never two departments' figures
        per = [self._specific([f for f in facts if f["year"] == y and f["number"] is not None], fq, groups)
               for y in asked]
        if not all(len({f["number"] for f in p}) == 1 for p in per):
            return None
        return self.diff([per[0][0], per[1][0]], groups, asked)

    def _of_level(self, fq: FactQuestion, ids: list[int]) -> list[int]:
        """"普通教育那一款": the rows whose subject code is of that level; none, and the word is unexplained."""
        code = re.compile(rf"^\d{{{_LEVEL_DIGITS[fq.level]}}}(?!\d)")
        kept = [f for f in ids if any(code.match(k) for k in self.idx.row_keys(f))]
        if kept:
            return kept
        fq.leftover = f"{fq.leftover} {fq.level}级".strip()
        return ids

    def _wrong_kind(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """A count asked in a unit the rows are not counted in ("几台" of a row in 项), or a kind of value
        (多少人, 多少钱) the rows do not hold: said, with what they do hold."""
        if {"count", "list", "max", "min", "range"} & set(fq.ops):
            return None
        asked = _QUANTITY_ASKED.search(fq.text)
        if asked and any(f["unit"] for f in facts) \
                and not any(asked.group(1) in (f["unit"] or "") + (f["value"] or "") for f in facts):
            kind = "quantity"
        elif fq.kind_missing:
            kind = "people" if re.search(r"人", fq.text) else "quantity" if re.search(r"辆", fq.text) else "money"
        else:
            return None
        has = "、".join(dict.fromkeys(f"{_name(f)} {_shown(f)}" for f in facts[:4]))
        return FactAnswer("unknown", compose.fact_kind_missing(kind, has) + _cite(self.idx, facts[:4]), [])

    def _counted_in(self, rows, docs: list[int], unit: str) -> bool:
        """Whether a row of the conversation prints a quantity in the unit asked ("4辆" for 几辆)."""
        ids = [f for k in rows for f in self.idx.label_facts.get(k, ()) if self.idx.fact_doc[f] in docs][:200]
        return any(unit in (f["unit"] or "") or re.fullmatch(rf"[\d.]+\s*{unit}", f["value"] or "")
                   for f in self.idx.facts(ids))

    def _budget_column(self, docs: list[int]) -> list[int]:
        """The facts of the total column of the budget tables among docs (not of a 决算)."""
        idx = self.idx
        budget = [d for d in docs if "预算" in idx.docs[d].form and "决算" not in idx.docs[d].form]
        return [f for d in budget for f in idx.docs[d].facts
                if any(_is_total(k) for k in idx.fact_keys[f][idx.fact_nrows[f]:] if k in idx.col_keys)]

    def table_total(self, docs: list[int]) -> FactAnswer | None:
        """"青岚教育局总支出": the value where a table's total row meets its total column (the first such
        table's), else the total row's one value."""
        idx = self.idx
        ids = [f for d in docs for f in idx.docs[d].facts][:5000]
        facts = [f for f in idx.facts(ids) if f["number"] is not None and self._is_total_fact(f, "row")]
        first = min(facts, key=lambda f: (f["document_id"], f["page"], f["line"]), default=None)
        if first is None:
            return None
        row = [f for f in facts if (f["document_id"], f["page"], f["sheet"], f["line"]) ==
               (first["document_id"], first["page"], first["sheet"], first["line"])]
        both = [f for f in row if self._is_total_fact(f, "col") or not f["col_labels"]]
        pick = both[:1] if len(both) == 1 else row if len(row) == 1 else []
        return self.values(pick, []) if pick else None

    def _row_total(self, fq: FactQuestion, ids: list[int]) -> int | None:
        """"小学教育预算" of a budget table whose columns are 合计 / 基本支出 / 项目支出: the budget of one row is
        its one total column. Only a budget table's (a 决算 row's total is no budget), only one row's."""
        if not re.fullmatch(r"(?:预算|预算数|经费|资金)(?:\s+(?:预算|预算数|经费|资金))*", fq.leftover) \
                or fq.ops or fq.months or fq.period or not ids or len(ids) > 40:
            return None
        idx = self.idx
        if len({self._row_key(f) for f in ids}) != 1:
            return None
        if len(ids) == 1 and all(w in "\x1f".join(idx.fact_keys[ids[0]]) for w in fq.leftover.split()):
            return ids[0]  # "普惠金融发展支出预算" of a row under 项目支出明细预算: its one value
        form = idx.docs[idx.fact_doc[ids[0]]].form
        if "预算" in fq.leftover and ("预算" not in form or "决算" in form):
            return None
        if "预算" in fq.leftover:
            # "疾病预防控制专项预算" of a row printing 2024年预算数 beside 实际 columns: its budget column, never
            # the total of the actual spending.
            said = [f for f in ids if any(_BUDGET_COLUMN.fullmatch(k) for k in idx.fact_keys[f][idx.fact_nrows[f]:])]
            if len(said) == 1:
                return said[0]
        totals = [f for f in ids if any(_is_total(k) for k in idx.fact_keys[f][idx.fact_nrows[f]:] if k in idx.col_keys)]
        return totals[0] if len(totals) == 1 else None

    def _computed(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]], years: list[int],
                  only: list[str] | None) -> FactAnswer:
        """What the question's operation makes of the facts: a filter, a ratio or difference, a count, an
        extreme, a list, a sum; else the values themselves."""
        numeric = [f for f in facts if f["number"] is not None]
        if fq.text_asked:
            return self._text_of_rows(fq, facts)
        if fq.cmp or ("list" in fq.ops and fq.number is not None):
            return self.filtered(fq, facts)
        if "ratio" in fq.ops and len(numeric) >= 2:
            return self.ratio(numeric, groups, fq.text)
        if "diff" in fq.ops and len(numeric) >= 2:
            return self.diff(numeric, groups, years)
        if "ratio" in fq.ops and len(numeric) == 1:
            return self.share_of_total(numeric)
        if {"ratio", "diff"} & set(fq.ops) and len(numeric) < 2:
            # A share or a difference needs two figures: one alone is not the answer.
            found = "、".join(f"{_name(f)} {_shown(f)}" for f in numeric[:3])
            return FactAnswer("unknown", compose.needs_two_figures("ratio" in fq.ops, found)
                              + _cite(self.idx, numeric[:3]), [])
        if "count" in fq.ops and (of_row := self._columns_of_one_row(fq, numeric)):
            return self.values(of_row, groups)  # "执法大队编制几个": the row's figure, not a count of rows
        if "count" in fq.ops and (of_total := self._people_of_total_row(fq, numeric)):
            return self.values(of_total, groups)  # "实有行政几个": the people the table counts, in all
        if "count" in fq.ops and not (len(numeric) == 1 and "sum" not in fq.ops):
            return self.count(fq, facts, groups)
        if "max" in fq.ops or "min" in fq.ops or "range" in fq.ops:
            return self.extreme(fq, facts)
        if "list" in fq.ops and len(facts) > 1:
            return self.row_listing(fq, facts) or self.listing(facts)
        if "list" in fq.ops and len(numeric) == 1 and re.search(r"数$", label_key(
                (numeric[0]["row_labels"] or "").split(query.FACT_SEP)[-1])):
            f = numeric[0]
            return FactAnswer("unknown", compose.only_a_number(_name(f), _shown(f)) + _cite(self.idx, [f]), [f])
        return self._summed_or_values(fq, facts, numeric, groups, only)

    def _summed_or_values(self, fq: FactQuestion, facts: list[dict], numeric: list[dict],
                          groups: list[list[Mention]], only: list[str] | None) -> FactAnswer:
        if fq.period and numeric and all(f["unit"] == "%" for f in numeric):
            total = self._period_total(fq, numeric)
            if total is not None:
                return self.values([total], groups)
        if fq.period and len({f["col_labels"] for f in numeric}) > 1:
            by_col = [self.sum([f for f in numeric if f["col_labels"] == c]) for c in dict.fromkeys(
                f["col_labels"] for f in numeric)]
            return FactAnswer("answered", "\n".join(p.text for p in by_col), [f for p in by_col for f in p.facts])
        if ("sum" in fq.ops or fq.period) and len(numeric) >= 2 and not any(f["unit"] == "%" for f in numeric):
            return self.sum(numeric)
        if re.search(r"分别|各自|各是", fq.text) and len(facts) == 1 and not [g for g in groups if len(g) > 1] \
                and len(fq.departments) < 2 and only is None:
            # "年初和年末…分别多少" answered with one figure: the other one was not found.
            f = facts[0]
            return FactAnswer("unknown", compose.only_one_found(_name(f), _shown(f)) + _cite(self.idx, [f]), [])
        return self.values(facts, groups)

    # -- narrowing --

    def _specific(self, facts: list[dict], fq: FactQuestion, groups: list[list[Mention]]) -> list[dict]:
        """Among facts matching every constraint, those the question means: the labels it explains best
        (a fact with fewer unexplained labels), the kind of value it asks for (多少人 -> a count in 人,
        多少钱 -> money, a number for 多少), and a group's subtotal when it names the group alone."""
        if not facts:
            return facts
        keys_q = {k for m in fq.mentions for k in m.keys}
        asked_years = set(fq.years) | {f["year"] for f in facts if fq.relative_year} or \
            {self.idx.docs[f["document_id"]].year for f in facts}

        extra_of: dict[int, int] = {}

        def extra(f: dict) -> int:
            if f["id"] not in extra_of:
                own = self.idx.fact_keys.get(f["id"], ())
                extra_of[f["id"]] = sum(len(k) for k in own if k not in keys_q and not _is_total(k)
                                        and not (asked_years and year_in(k) in asked_years))
            return extra_of[f["id"]]

        def matched(f: dict) -> int:
            """Label characters of the question the fact explains (one alternative per coordination)."""
            own = set(self.idx.fact_keys.get(f["id"], ()))
            return sum(max((m.n if len(g) == 1 else 1 for m in g if m.keys & own), default=0) for g in groups)

        top = max(matched(f) for f in facts)
        facts = [f for f in facts if matched(f) == top]
        if _USE not in keys_q:  # "就业补助多少": the row's figure, not what the note says it is used for
            facts = _prefer(facts, lambda f: _USE not in self.idx.fact_keys.get(f["id"], ()))
        if re.search(r"多少人|几个人|几人|多少钱|几辆|多少辆", fq.text) and not any(_kind_fits(f, fq) for f in facts):
            fq.kind_missing = True  # "多少人" of rows that count no people: not this table's figure
        facts = _prefer(facts, lambda f: _kind_fits(f, fq))
        multi = [g for g in groups if len(g) > 1]
        if multi:  # per coordinated item, the facts with the fewest unexplained labels
            return self._per_item(facts, multi[0], fq, extra)
        if "list" in fq.ops or "count" in fq.ops or "max" in fq.ops or "min" in fq.ops or "range" in fq.ops or fq.cmp:
            return facts
        if fq.period and all(_month(f) for f in facts):
            return facts  # the months of a period, added up
        if "sum" in fq.ops and not [g for g in groups if len(g) > 1] and len({f["col_labels"] for f in facts}) == 1 \
                and len({self._row_key(f["id"]) for f in facts}) > 2:
            # "指标权重加起来多少": the column over its rows, totals left out.
            rows = [f for f in facts if f["number"] is not None and not any(
                _is_total(k) for k in self.idx.fact_keys.get(f["id"], ()))]
            return rows or facts
        if ("diff" in fq.ops or fq.remaining or fq.excess or fq.per_head) and \
                len({self._row_key(f["id"]) for f in facts}) == 1:
            return facts  # one item compared with itself: across the years it is printed for
        if "多少" in fq.text or fq.ops:
            facts = _prefer(facts, lambda f: f["number"] is not None)
        # A group named alone ("在职人员多少人") is its subtotal row.
        facts = _prefer(facts, lambda f: any(_is_total(k) for k in self.idx.fact_keys.get(f["id"], ())
                                             if k not in keys_q)) if len({self._row_key(f["id"]) for f in facts}) > 1 \
            and not any(_is_total(k) for k in keys_q) else facts
        if self._one_column(facts, fq, keys_q):
            return self._rows_of_one_column(facts, keys_q)
        facts = self._row_named_alone(facts, fq) or facts
        least = min(extra(f) for f in facts)
        facts = [f for f in facts if extra(f) == least]
        # Still several columns of one row and no column named: the first column that fits.
        return facts

    def _row_named_alone(self, facts: list[dict], fq: FactQuestion) -> list[dict] | None:
        """"基本支出小计" of a row of amounts and a rate: no column named, the row's figure is its first
        amount (年度预算), never the column with the shortest name (执行率); None when a column is named,
        the facts are of several rows, or a rate is asked."""
        idx = self.idx
        keys_q = {k for m in fq.mentions for k in m.keys}
        # The row itself, not the rows under it that carry its label as their parent's.
        facts = [f for f in facts if idx.fact_nrows.get(f["id"], 0)
                 and idx.fact_keys[f["id"]][idx.fact_nrows[f["id"]] - 1] in keys_q]
        if len({self._row_key(f["id"]) for f in facts}) != 1 or len({f["col_labels"] for f in facts}) < 2 \
                or re.search(r"率|比例|百分", fq.text):
            return None
        if any(m.keys & idx.col_keys and not m.keys & idx.row_keys(facts[0]["id"]) for m in fq.mentions):
            return None
        if any(year_of_fact(f) for f in facts):
            return None  # columns of years: the document's own year is chosen later
        if any(_is_total(k) for f in facts for k in idx.fact_keys[f["id"]][idx.fact_nrows[f["id"]]:]):
            return None  # a 合计 column is the row's figure
        money = [f for f in facts if f["number"] is not None and f["unit"] in _MONEY_UNITS and f.get("cell")]
        if len(money) < 2 or len(money) == len(facts) and len({f["unit"] for f in facts}) == 1:
            return None  # columns of one kind: the shortest label's stays the choice
        first = min(money, key=lambda f: (len(_col_letters(f["cell"])), _col_letters(f["cell"])))
        return [first]

    def _one_column(self, facts: list[dict], fq: FactQuestion, keys_q: set[str]) -> bool:
        """Whether the facts are one column of several rows, no row named (the uses read from one note
        cell stand on one line, but each is its item's row)."""
        row_set = {self._row_key(f["id"]) for f in facts} if _USE not in keys_q else {f["row_labels"] for f in facts}
        return len({f["col_labels"] for f in facts}) == 1 and len(row_set) > 1 \
            and all(m.start < 0 or m.keys <= self.idx.col_keys | {_USE} for m in fq.mentions)

    def _rows_of_one_column(self, facts: list[dict], keys_q: set[str]) -> list[dict]:
        """One column of several rows none of which the question names ("权重多少" after a list): a shorter
        row label is no better match; only a row whose labels hold another's unexplained ones yields."""
        def unexplained(f: dict) -> set[str]:
            return {k for k in self.idx.fact_keys.get(f["id"], ()) if k not in keys_q and not _is_total(k)}

        def names_the_table(f: dict) -> bool:  # "一般公共预算财政拨款支出" of "…支出决算具体情况": its total
            keys = self.idx.fact_keys.get(f["id"], ())
            rows = keys[:self.idx.fact_nrows.get(f["id"], 0)]
            return any(k != r and k.startswith(r) for r in rows[:1] for k in keys[len(rows):])

        named = [f for f in facts if names_the_table(f)]
        if len(named) == 1:
            return named
        return [f for f in facts if not any(unexplained(g) < unexplained(f) for g in facts)]

    def _per_item(self, facts: list[dict], items: list[Mention], fq: FactQuestion, extra) -> list[dict]:
        out: list[dict] = []
        for m in items:
            mine = [f for f in facts if m.keys & set(self.idx.fact_keys.get(f["id"], ()))]
            if mine:
                mine = _prefer(mine, lambda f: f["number"] is not None) if "多少" in fq.text else mine
                least = min(extra(f) for f in mine)
                out += [f for f in mine if extra(f) == least and f not in out]
        return out

    def _default_year(self, facts: list[dict]) -> list[dict]:
        """Without a year asked, a value printed for several years is the document's own year's."""
        years = {f["year"] for f in facts}
        if len(years) <= 1:
            return facts
        by_doc_year = [f for f in facts if f["year"] == self.idx.docs[f["document_id"]].year]
        return by_doc_year or facts

    # -- answers --

    def values(self, facts: list[dict], groups: list[list[Mention]]) -> FactAnswer:
        rows = {(f["document_id"], f["sheet"], f["page"], f["line"]) for f in facts}
        inner = {(f["document_id"], (f["row_labels"] or "").split(query.FACT_SEP)[-1]) for f in facts}
        if len(facts) > 1 and (len(rows) == 1 or len(inner) == 1) and len({f["number"] for f in facts}) == 1 \
                and facts[0]["number"] is not None:
            # One row printing one figure in several columns (收入合计 = 支出合计): one value.
            f = facts[0]
            cols = "、".join(dict.fromkeys(_name(x).split(" ")[-1] for x in facts))
            return FactAnswer("answered", compose.one_value_in_columns(_name(f).split(" ")[0], _shown(f), cols)
                              + _cite(self.idx, [f]), [f])
        if len(facts) == 1:
            f = facts[0]
            return FactAnswer("answered", compose.fact_value(_name(f), _shown(f)) + _cite(self.idx, facts), facts)
        if len(facts) > 2 and len(rows) > 1 and len({f["col_labels"] for f in facts}) > 1 \
                and not [g for g in groups if len(g) > 1]:
            # Several rows and several columns match: which one is meant is not clear.
            names = list(dict.fromkeys(_name(f) for f in facts))[:8]
            return FactAnswer("clarify", compose.which_fact(names), facts, options=names)
        if len(facts) > 8:
            named = "、".join(dict.fromkeys(_name(f) for f in facts[:8]))
            return FactAnswer("clarify", compose.too_many_facts(named), facts, options=[_name(f) for f in facts[:8]])
        return FactAnswer("answered", compose.fact_values([(_name(f), _shown(f)) for f in facts])
                          + _cite(self.idx, facts), facts)

    def sum(self, facts: list[dict]) -> FactAnswer:
        printed = _printed_total(facts)
        if printed is not None:
            return self.values([printed], [])  # the table's own 合计 row of the column: never re-added
        facts = _one_level(facts)
        if len(facts) == 1:
            return self.values(facts, [])
        if (whole := self._total_of_all(facts)) is not None:
            return self.values([whole], [])  # every item of the column added: the table prints that sum
        units = {f["unit"] for f in facts}
        if len(units) > 1:
            return self.values(facts, [])
        unit = units.pop() or ""
        total = sum(f["number"] for f in facts)
        text = compose.fact_sum([(_name(f), fmt_number(f["number"])) for f in facts], fmt_number(total), unit)
        return FactAnswer("answered", text + _cite(self.idx, facts), facts)

    def _pair(self, facts: list[dict], groups: list[list[Mention]]) -> tuple[dict, dict] | None:
        """The two values a comparison names, in the order the question names them."""
        if len(facts) == 2:
            a, b = facts
        else:
            return None
        multi = [g for g in groups if len(g) > 1]
        order = [m for g in groups for m in g]
        if multi:
            order = multi[0]

        def pos(f: dict) -> int:
            own = set(self.idx.fact_keys.get(f["id"], ()))
            return min((m.start for m in order if m.keys & own), default=0)
        if pos(b) < pos(a):
            a, b = b, a
        return a, b

    def diff(self, facts: list[dict], groups: list[list[Mention]], years: list[int]) -> FactAnswer:
        if len(years) == 2 and len(facts) == 2 and facts[0]["year"] != facts[1]["year"]:
            a, b = sorted(facts, key=lambda f: -(f["year"] or 0))
            a, b = dict(a), dict(b)
        else:
            pair = self._pair(facts, groups)
            if pair is None:
                return self.values(facts, groups)
            a, b = pair
        unit = a["unit"] or b["unit"] or ""
        d = a["number"] - b["number"]
        years_apart = a["year"] != b["year"]
        rate = ""
        if a["line"] == b["line"] and a["document_id"] == b["document_id"] and b["number"]:
            printed = next((x for x in self.idx.facts(self._row_siblings(a)) if x["unit"] == "%"
                            and re.search(r"增减率|增长率|变化率|增幅", x["col_labels"] or "")), None)
            rate = compose.printed_rate(_name(printed).split(" ")[-1], _shown(printed)) if printed else \
                compose.computed_rate(fmt_percent(d / abs(b["number"]) * 100))
        text = compose.fact_difference(_name(a), a["year"] if years_apart else None, _name(b),
                                       b["year"] if years_apart else None, fmt_number(a["number"]),
                                       fmt_number(b["number"]), d, fmt_number(abs(d)), fmt_number(d), unit)
        return FactAnswer("answered", text + rate + _cite(self.idx, [a, b]), [a, b])

    def ratio(self, facts: list[dict], groups: list[list[Mention]], asked: str = "") -> FactAnswer:
        one_row = len({(f["document_id"], f["page"], f["line"]) for f in facts}) == 1
        totals = [f for f in facts if self._is_total_fact(f, "col")]
        if one_row and len(totals) == 1 and len(facts) > 2:
            # "行政运行占比多少" of a row printed as 合计 / 基本支出 / 项目支出: its total's share.
            return self.share_of_total(totals)
        if len(facts) > 2:
            facts = self._totals_of_two(facts, groups) or facts
        pair = self._pair(facts, groups) if len(facts) == 2 else None
        if pair is None:
            return self.values(facts, groups)
        a, b = pair
        own_a = set(self.idx.fact_keys.get(a["id"], ()))
        own_b = set(self.idx.fact_keys.get(b["id"], ()))
        named_apart = any(bool(m.keys & own_a) != bool(m.keys & own_b) for g in groups for m in g)
        if not named_apart and (a["line"] == b["line"] and a["document_id"] == b["document_id"]
                                or _own_row(a) == _own_row(b)):
            # Two columns of one row (or one item in two tables, 收入 and 支出) that the question did not
            # tell apart: the item's share of its own column's total, never one column over the other.
            return self.share_of_total(sorted(_own_kind_first(facts), key=lambda f: -_said_in(f["col_labels"] or "", asked)))
        if a["number"] > b["number"] and "除以" not in asked:
            a, b = b, a  # a share is the part over the whole (a division said is in the order said)
        if not b["number"]:
            return self.values(facts, groups)
        r = a["number"] / b["number"] * 100
        return FactAnswer("answered", compose.fact_share(_name(a), _name(b), fmt_number(a["number"]),
                                                         fmt_number(b["number"]), fmt_percent(r))
                          + _cite(self.idx, [a, b]), [a, b])

    def _totals_of_two(self, facts: list[dict], groups: list[list[Mention]]) -> list[dict] | None:
        """"实有占编制的比例": two column groups named, each printed in parts with a 合计 column, on the
        total row: each group's total, never one of its parts."""
        said = [m for g in groups for m in g]
        rows = [f for f in facts if self._is_total_fact(f, "row")] or facts
        if len(said) != 2 or len({(f["document_id"], f["line"]) for f in rows}) != 1:
            return None
        picked = []
        for m in said:
            own = [f for f in rows if m.keys & set(self.idx.fact_keys.get(f["id"], ()))]
            whole = [f for f in own if self._is_total_fact(f, "col")] if len(own) > 1 else own
            if len(whole) != 1:
                return None
            picked.append(whole[0])
        return picked if picked[0]["id"] != picked[1]["id"] else None

    def share_of_total(self, facts: list[dict]) -> FactAnswer:
        """"一般公共服务支出占比": an item over its column's total row (of its own group when the table
        has several); a value of the total row ("基本支出占比" = 合计 row's 基本支出) over the same row's
        total column. Never over a sum of the rows: they hold subtotals, and a table that prints no total
        gives no share."""
        printed = self._printed_share(facts)
        if printed is not None:
            return printed
        sheet = self._same_table([f for f in facts if f["number"] is not None][:1])
        for f in facts:
            if f["number"] is None:
                continue
            t = self._column_total(f, sheet) or self._row_total_column(f, sheet) \
                or self._column_total(f, self._continued_pages(f))
            if t is not None:
                whole, shown, name, used = t["number"], fmt_number(t["number"]), _name(t), [f, t]
            elif siblings := self._siblings(f, sheet):
                whole = sum(x["number"] for x in siblings)
                shown = "(" + " + ".join(fmt_number(x["number"]) for x in siblings) + ")"
                name, used = compose.SUM_OF_ITEMS, [f]
            else:
                continue
            r = f["number"] / whole * 100
            return FactAnswer("answered", compose.fact_share(_name(f), name, fmt_number(f["number"]),
                                                             shown if len(shown) < 80 else fmt_number(whole),
                                                             fmt_percent(r)) + _cite(self.idx, used), used)
        return FactAnswer("unknown", compose.NO_TOTAL_FOR_SHARE)

    def _total_of_all(self, facts: list[dict]) -> dict | None:
        """The column's printed 合计 when the facts are every item of that column of one sheet and add up
        to it: the table's own figure is cited, not a sum the bot made."""
        if len({(f["document_id"], f["sheet"], f["page"] if not f["sheet"] else 0, f["col_labels"]) for f in facts}) != 1:
            return None
        column = [x for x in self._same_sheets(facts[:1])
                  if x["col_labels"] == facts[0]["col_labels"] and x["number"] is not None]
        totals = [x for x in column if re.fullmatch(r"(?:合计|总计)", _own_row(x))]
        rest = [x for x in column if x not in totals]
        if len(totals) == 1 and {x["id"] for x in rest} == {f["id"] for f in facts}:
            # Every row of the column, headings (一、基本支出) and their items alike: the printed 合计 is
            # the column's total; adding them all would count the items twice.
            return totals[0]
        items = _one_level(rest)
        if len(totals) != 1 or {x["id"] for x in items} != {f["id"] for f in facts}:
            return None
        return totals[0] if abs(sum(f["number"] for f in facts) - totals[0]["number"]) < 0.01 else None

    def _continued_pages(self, f: dict) -> list[dict]:
        """A PDF table run over pages (its 合计 row on the page before): the facts of the same column on the
        pages next to the fact's own."""
        if f["sheet"] or not f["page"]:
            return []
        near = [x for x in self.idx.docs[f["document_id"]].facts
                if self.idx.fact_line[x] // 100_000 in (f["page"] - 1, f["page"] + 1)]
        return [x for x in self.idx.facts(sorted(near)[:3000]) if x["col_labels"] == f["col_labels"]]

    def _is_total_fact(self, x: dict, part: str) -> bool:
        """Whether a fact's row (part "row") or column (part "col") is a total (合计, 总计, 本年支出合计)."""
        labels = (x["row_labels"] if part == "row" else x["col_labels"]) or ""
        return _is_total(label_key(labels.split(query.FACT_SEP)[-1]))

    def _column_total(self, f: dict, sheet: list[dict]) -> dict | None:
        """The total row of a fact's own column (the nearest after it, of its own group when there are several)."""
        if self._is_total_fact(f, "row"):
            return None
        letters = _col_letters(f["cell"] or "")
        totals = [x for x in sheet if x["col_labels"] == f["col_labels"] and x["number"] and x["id"] != f["id"]
                  and _col_letters(x["cell"] or "") == letters and self._is_total_fact(x, "row")]
        group = (f["row_labels"] or "").split(query.FACT_SEP)[0]
        own = [x for x in totals if (x["row_labels"] or "").split(query.FACT_SEP)[0] == group] or \
            [x for x in totals if (x["page"], x["line"]) >= (f["page"], f["line"])] or totals
        return min(own, key=lambda x: abs(x["line"] - f["line"]) + 1000 * abs(x["page"] - f["page"])) if own else None

    def _siblings(self, f: dict, sheet: list[dict]) -> list[dict]:
        """The items of one group that prints no total (部门预算支出: 基本支出, 项目支出): same column, same
        parent rows, same depth; none when they are levels of a subject code (a sum would count twice)."""
        rows = (f["row_labels"] or "").split(query.FACT_SEP)
        out = [x for x in sheet if x["col_labels"] == f["col_labels"] and x["number"] is not None
               and (x["row_labels"] or "").split(query.FACT_SEP)[:-1] == rows[:-1]
               and x["row_heads"] == f["row_heads"] and not self._is_total_fact(x, "row")]
        codes = [m.group() for x in out if (m := re.match(r"\d{3,}", label_key(
            (x["row_labels"] or "").split(query.FACT_SEP)[-1])))]
        if len(out) < 2 or not f["row_heads"] or any(a != b and b.startswith(a) for a in codes for b in codes):
            return []
        return out

    def _row_total_column(self, f: dict, sheet: list[dict]) -> dict | None:
        """A total row's value over the same row's total column: 合计 row's 基本支出 over its 本年支出合计."""
        if self._is_total_fact(f, "col"):
            return None
        same = [x for x in sheet if x["line"] == f["line"] and x["page"] == f["page"] and x["id"] != f["id"]
                and x["row_labels"] == f["row_labels"] and x["number"] and self._is_total_fact(x, "col")]
        return same[0] if len(same) == 1 and same[0]["number"] >= f["number"] else None

    def rate(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        done_words, plan_words = _RATE_WORDS[fq.rate]
        rows = defaultdict(list)
        sibling_ids = sorted({x for f in facts + self._rows_named_alike(facts) for x in self._row_siblings(f)})
        for sib in self.idx.facts(sibling_ids):
            rows[(sib["document_id"], sib["row_labels"])].append(sib)
        lines, used = [], []

        budget = next((b for b in ("年初预算", "全年预算") if b in fq.text), "")

        def pick(fs: list[dict], words: tuple[str, ...]) -> dict | None:
            for w in ((budget,) if budget and words is plan_words else ()) + words:
                for f in fs:
                    last = (f["row_labels"] or "").split(query.FACT_SEP)[-1]
                    if f["number"] is not None and f["unit"] != "%" and w in (f["col_labels"] or "") + last:
                        return f
            return None

        for fs in rows.values():
            done, plan = pick(fs, done_words), pick(fs, plan_words)
            printed = _printed_rate(fs, budget or (plan["col_labels"] or "" if plan else ""))
            if printed and done and plan:
                lines.append(compose.fact_rate_printed(_name(done).split(" ")[0], fq.rate, printed["value"],
                                                       fmt_number(done["number"]), fmt_number(plan["number"])))
                used += [printed, done, plan]
            elif done and plan and done is not plan and plan["number"]:
                r = done["number"] / plan["number"] * 100
                lines.append(compose.fact_rate(_name(done).split(" ")[0], fq.rate, fmt_number(done["number"]),
                                               fmt_number(plan["number"]), fmt_percent(r)))
                used += [done, plan]
        if not lines:
            return FactAnswer("unknown", compose.no_rate(fq.rate))
        return FactAnswer("answered", "；".join(lines[:8]) + _cite(self.idx, used), used)

    def read(self, question: str) -> FactQuestion:
        """read_question, once per question (the answer reads it again after trying clauses)."""
        if question not in self._read:
            self._read[question] = read_question(question, self.idx)
        return copy.deepcopy(self._read[question])

    def _per_department(self, question: str, named: list[str], doc_ids: list[int] | None) -> FactAnswer | None:
        """"湛江和渝中的城镇新增就业目标分别多少 / 差多少": the question asked of each department, then
        compared or added when it asks so."""
        if re.search(r"(?:比|较|同比|相比)(?:上年|去年|上一年|(?:19|20)\d\d)", compact(normalize(question))):
            # "财政局收入支出总计比上年减少多少" naming two departments: each one's change over its own year,
            # never one department's figure against the other's — which one is meant is asked.
            return FactAnswer("clarify", compose.which_department(named), [], options=named[:10])
        parts = []
        for dept in named:
            fa = self.answer(question, doc_ids, None, clauses=False, only=[dept])
            own = _own_part(self.read(question), dept)
            if own and (fa is None or fa.status != "answered" or not fa.facts):
                # "东湖分局的就业补助和渝中区就业补助资金各多少": each department's own item.
                fa = self.answer(own, doc_ids, None, clauses=False, only=[dept])
            if fa is None or fa.status != "answered" or not fa.facts:
                return FactAnswer("unknown", compose.not_in_department(dept)) \
                    if fa is None or fa.status == "unknown" else fa
            parts.append((dept, fa))
        whole = read_question(question, self.idx)
        self.last = whole
        one = [fa.facts[0] for _, fa in parts if len(fa.facts) == 1 and fa.facts[0]["number"] is not None]
        if len(one) == len(parts) == 2 and "diff" in whole.ops:
            a, b = one
            d = a["number"] - b["number"]
            unit = a["unit"] or b["unit"] or ""
            text = compose.departments_difference(a["department"] + _name(a), b["department"] + _name(b),
                                                  fmt_number(a["number"]), fmt_number(b["number"]),
                                                  fmt_number(abs(d)), fmt_number(d), unit)
            return FactAnswer("answered", text + _cite(self.idx, one), one)
        if len(one) == len(parts) and "sum" in whole.ops and len({f["unit"] for f in one}) == 1:
            total = sum(f["number"] for f in one)
            unit = one[0]["unit"] or ""
            text = compose.fact_sum([(f["department"], fmt_number(f["number"])) for f in one], fmt_number(total), unit)
            return FactAnswer("answered", text + _cite(self.idx, one), one)
        return FactAnswer("answered", compose.by_department([(dept, fa.text) for dept, fa in parts]),
                          [f for _, fa in parts for f in fa.facts])

    def _period_total(self, fq: FactQuestion, facts: list[dict]) -> dict | None:
        """A rate over a period that is the whole table (上半年 of a 1-6月 table) is the total row's."""
        f = facts[0]
        same = self.idx.facts([x for x in self.idx.docs[f["document_id"]].facts])
        col = [x for x in same if x["col_labels"] == f["col_labels"]]
        months = {_month(x) for x in col if _month(x)}
        totals = [x for x in col if any(_is_total(k) for k in self.idx.fact_keys.get(x["id"], ()))]
        if months and months <= set(fq.period) and len(totals) == 1:
            return totals[0]
        return None

    def having_values(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"区级财政资金的项目有哪些": the rows whose cell prints the value."""
        doc_set = set(docs)
        ids = [f for v in fq.values for f in self.idx.value_facts.get(v, ()) if self.idx.fact_doc[f] in doc_set]
        if not ids:
            return None
        facts = self.idx.facts(ids[:200])
        rows = list(dict.fromkeys(_name(f).split(" ")[0] for f in facts))
        col = _name(facts[0]).split(" ")[-1] if " " in _name(facts[0]) else ""
        head = compose.having_value_head(col, "、".join(fq.values))
        asked = self._asked_column(fq, facts) or (self._money_of_rows(facts) if "sum" in fq.ops else [])
        if asked:
            # "排水管理处两个项目预算加起来": that column of the rows holding the value, summed or listed.
            return self.sum(asked) if "sum" in fq.ops else self.values(asked, [])
        if "count" in fq.ops:
            return FactAnswer("answered", compose.counted_items(rows, head) + _cite(self.idx, facts), facts)
        return FactAnswer("answered", compose.numbered_items(rows, head) + _cite(self.idx, facts), facts)

    def _asked_column(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """The numbers, in each row of facts, of the column the question names exactly ("年度预算数");
        [] unless every row has one."""
        keys = {k for m in fq.mentions if m.exact for k in m.keys if k in self.idx.col_keys}
        if not keys:
            return []
        out = []
        for f in facts:
            sib = self.idx.facts(self._row_siblings(f))
            hit = next((x for x in sib if x["number"] is not None and keys.intersection(self.idx.fact_keys.get(x["id"], ()))), None)
            if hit is None:
                return []
            out.append(hit)
        return list({x["id"]: x for x in out}.values())

    def _money_of_rows(self, facts: list[dict]) -> list[dict]:
        """"货物类一共多少钱": each row's amount — its one money column, or its money total column
        (采购预算金额合计 beside 财政拨款 and 其他资金); [] unless every row has exactly one."""
        out = []
        for f in facts:
            money = [x for x in self.idx.facts(self._row_siblings(f))
                     if x["number"] is not None and (x["unit"] or "") in _MONEY_UNITS]
            totals = [x for x in money if self._is_total_fact(x, "col")]
            pick = totals if len(money) > 1 else money
            if len(pick) != 1:
                return []
            out.append(pick[0])
        return list({x["id"]: x for x in out}.values())

    def _printed_share(self, facts: list[dict]) -> FactAnswer | None:
        """The share the document states for the item ("住房保障支出（类）29.42万元，占9.55%"): the printed
        figure, not one computed again from rounded amounts."""
        alike = [f for f in self._rows_named_alike(facts[:1]) if not f["sheet"]]
        for f in alike:
            row = self.idx.facts(self._row_siblings(f))
            share = next((x for x in row if x["row_labels"] == f["row_labels"] and x["unit"] == "%"
                          and (x["col_labels"] or "") == "占"), None)
            if share is not None:
                return FactAnswer("answered", compose.printed_share(_name(share).split(" ")[0], _shown(share))
                                  + _cite(self.idx, [share]), [share])
        return None

    def _same_table(self, facts: list[dict]) -> list[dict]:
        """The facts of a table: its sheet, or for a PDF every page the table runs over (a 支出决算表 whose
        合计 row is on the page before its 住房保障支出 row: the pages under the same table title)."""
        sheet = self._same_sheets(facts)
        titled = {(f["document_id"], f["section"]) for f in facts if not f["sheet"] and f["section"]}
        if not titled:
            return sheet
        seen = {x["id"] for x in sheet}
        every = self.idx.facts(sorted(x for d, _ in titled for x in self.idx.docs[d].facts)[:5000])
        return sheet + [x for x in every if (x["document_id"], x["section"]) in titled and x["id"] not in seen]

    def _same_sheets(self, facts: list[dict]) -> list[dict]:
        """Every fact of the sheets (or pages) the matched facts stand on: the table a list is over."""
        where = {(f["document_id"], f["sheet"] or "", f["page"] if not f["sheet"] else 0) for f in facts}
        docs = {d for d, _, _ in where}
        every = self.idx.facts(sorted(x for d in docs for x in self.idx.docs[d].facts)[:5000])
        return [x for x in every if (x["document_id"], x["sheet"] or "", x["page"] if not x["sheet"] else 0) in where]

    def finished(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        """"哪些项目已经付完了": rows whose done figure reached the plan (or a progress of 100%)."""
        out, checked, seen = [], 0, set()
        every = self._same_sheets(facts)
        for f in every:
            key = (f["document_id"], f["sheet"], f["page"], f["line"])
            if key in seen or any(_is_total(k) for k in self.idx.fact_keys.get(f["id"], ())):
                continue
            seen.add(key)
            sib = [x for x in self.idx.facts(self._row_siblings(f)) if x["number"] is not None]
            progress = next((x for x in sib if x["unit"] == "%" and re.search(r"进度|执行率|完成率", x["col_labels"] or "")),
                            None)
            pair = self._pair_in_row(f, fq.verb or r"执行|已支付|实际|完成", r"预算|计划")
            if progress is None and pair is None:
                continue
            checked += 1
            if progress is not None:
                if progress["number"] >= 100 - 1e-9:
                    out.append(progress)
            elif pair and pair[0]["number"] >= pair[1]["number"] - 1e-9:
                out.append(pair[0])
        if not checked:
            return FactAnswer("unknown", compose.NOTHING_TO_SET_AGAINST_PLAN)
        if not out:
            return FactAnswer("answered", compose.none_finished(checked) + _cite(self.idx, every[:5]), [])
        lines = [compose.item_with(k, _name(f).split(" ")[0], "", _name(f).split(" ")[-1], _shown(f))
                 for k, f in enumerate(out, 1)]
        return FactAnswer("answered", compose.checked_list(lines, checked) + _cite(self.idx, out), out)

    def column_compare(self, fq: FactQuestion, groups: list[list[Mention]], ids: list[int]) -> FactAnswer | None:
        """"哪几个月实际超过预算了": rows where one column's value is above (below) another's."""
        cols = [m for g in groups for m in g if m.keys <= self.idx.col_keys]
        if len(cols) < 2 or not ("list" in fq.ops or "count" in fq.ops):
            return None
        a, b = cols[0], cols[1]
        between = fq.text[a.end:b.start]
        if re.search(r"超过|高于|大于|多于|超出|超", between):
            test = "gt"
        elif re.search(r"低于|少于|小于|不到|不足|没达到", between):
            test = "lt"
        else:
            return None
        rows: dict[tuple, dict[str, dict]] = defaultdict(dict)
        every = self._same_sheets(self.idx.facts(ids))
        for f in every:
            own = set(self.idx.fact_keys.get(f["id"], ()))
            if f["number"] is None or any(_is_total(k) for k in own):
                continue
            key = (f["document_id"], f["sheet"], f["page"], f["line"])
            if a.keys & own and not b.keys & own:
                rows[key]["a"] = f
            elif b.keys & own and not a.keys & own:
                rows[key]["b"] = f
        hits = [r for r in rows.values() if "a" in r and "b" in r and (
            r["a"]["number"] > r["b"]["number"] if test == "gt" else r["a"]["number"] < r["b"]["number"])]
        checked = sum(1 for r in rows.values() if "a" in r and "b" in r)
        if not checked:
            return None
        lines = [compose.item_with(k, _name(r["a"]).split(" ")[0], _shown(r["a"]), _name(r["b"]).split(" ")[-1],
                                   _shown(r["b"])) for k, r in enumerate(hits, start=1)]
        used = [r["a"] for r in hits] + [r["b"] for r in hits]
        if not hits:
            return FactAnswer("answered", compose.none_of_checked(checked) + _cite(self.idx, every[:5]), [])
        return FactAnswer("answered", compose.checked_list(lines, checked, compose.ABOVE if test == "gt" else compose.BELOW)
                          + _cite(self.idx, used), used)

    def _pair_in_row(self, f: dict, done_re: str, plan_re: str) -> tuple[dict, dict] | None:
        """In the row of a fact (or the block it belongs to), what was done and what was planned."""
        sib = [x for x in self.idx.facts(self._row_siblings(f)) if x["number"] is not None]
        # A part of the year (第一季度, 3月) is not what was done: the whole year's column, where there is one.
        sib = sorted(sib, key=lambda x: bool(_PART_OF_YEAR.search(x["col_labels"] or "")))
        done = next((x for x in sib if re.search(done_re, x["col_labels"] or x["row_labels"] or "")), None)
        plan = next((x for x in sib if re.search(plan_re, x["col_labels"] or x["row_labels"] or "") and x is not done),
                    None)
        return (done, plan) if done and plan else None

    def remaining(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        done_re = fq.verb or r"执行|已支付|实际|完成|支出数"
        plan_re = r"预算|指标值|目标|计划"
        lines, used = [], []
        seen = set()
        for f in facts:
            key = (f["document_id"], f["sheet"], f["page"], f["line"])
            if key in seen:
                continue
            seen.add(key)
            pair = self._pair_in_row(f, done_re, plan_re)
            if pair is None:
                continue
            done, plan = pair
            unit = plan["unit"] or done["unit"] or ""
            d = plan["number"] - done["number"] if fq.remaining else done["number"] - plan["number"]
            first, second = (plan, done) if fq.remaining else (done, plan)
            lines.append(compose.left_or_over(_name(done).split(" ")[0], (fq.verb or "执行").split("|")[0]
                                              if fq.remaining else None, fmt_number(d), unit,
                                              _name(plan).split(" ")[-1], _name(done).split(" ")[-1],
                                              fmt_number(first["number"]), fmt_number(second["number"])))
            used += [done, plan]
        if not lines:
            return FactAnswer("unknown", compose.NOTHING_TO_SUBTRACT)
        return FactAnswer("answered", "；".join(lines[:6]) + _cite(self.idx, used), used)

    def per_unit(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        """"生活补贴每人每月多少": a value of the row that states the rate ("每人每月750元", "≥190元每人每月");
        else the table has no such breakdown (never the row's total)."""
        words = [fq.per_unit] + re.findall(r"每.", fq.per_unit)
        said = re.compile(r"[^，。；;,\n]*(?:" + "|".join(map(re.escape, words[:1])) + r")[^，。；;,\n]*")
        rows = self.idx.facts(sorted({x for f in facts[:20] for x in self._row_siblings(f)}))
        for f in [*facts, *rows]:
            for clause in said.findall(f["value"] or ""):
                if re.search(r"\d", clause):
                    text = compose.fact_value(_name(f).split(" ")[0], clause.strip())
                    return FactAnswer("answered", text + _cite(self.idx, [f]), [f])
        return FactAnswer("unknown", compose.no_per_unit(fq.per_unit, _name(facts[0]).split(" ")[0]) if facts
                          else compose.no_per_unit(fq.per_unit, ""))

    def per_head(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        for f in facts:
            sib = [x for x in self.idx.facts(self._row_siblings(f)) if x["number"] is not None]
            people = next((x for x in sib if x["unit"] in ("人", "人次")), None)
            amounts = [x for x in sib if x["unit"] in _MONEY_UNITS]
            asked = [x for x in amounts if x in facts]
            # the amount asked; of several (or none named), the row's total (合计), not the first of its parts
            pool = asked if len(asked) == 1 else asked or amounts
            money = next((x for x in pool if len(pool) > 1 and self._is_total_fact(x, "col")), None) or next(iter(pool), None)
            if people and money and people["number"]:
                v = money["number"] / people["number"]
                return FactAnswer("answered", compose.per_head(_name(money).split(" ")[0], fmt_number(money["number"]),
                                                               fmt_number(people["number"]), fmt_number(v), money["unit"])
                                  + _cite(self.idx, [money, people]), [money, people])
        what = "、".join(dict.fromkeys(_name(f).split(" ")[0] for f in facts[:3]))
        has = "、".join(dict.fromkeys(_name(f) for f in facts[:6]))
        return FactAnswer("unknown", compose.no_per_head(what, has) + _cite(self.idx, facts[:6]))

    def _quoted_in_text(self, fq: FactQuestion, ids: list[int]) -> list[int]:
        """"评价标准每低于5%扣几分": words no label explains that the text of a matched cell says (每低于5%扣1分)
        name that cell; the question asks what its text says there."""
        words = fq.leftover.split()
        if len("".join(words)) < 2 or len(ids) > 400:
            return ids
        filtered = fq.cmp in ("lt", "gt", "ge", "eq") and fq.number is not None
        if filtered:  # "低于5%" read as a filter is the cell's own words here
            words.append(fmt_number(fq.number or 0) + ("%" if fq.percent else ""))
        # never a use note ("主要用于：…开办费…"): a part it names is one the table does not break down
        quoting = [f["id"] for f in self.idx.facts(ids) if f["number"] is None and len(f["value"]) >= 8
                   and _USE not in self.idx.fact_keys.get(f["id"], ()) and all(w in f["value"] for w in words)]
        if quoting:
            fq.leftover = ""
            if filtered:
                fq.cmp, fq.number = "", None
        return quoting or ids

    def _printed_change(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"比上年减少多少" / "跟2023年比减少多少" of a row whose document states the change (比上年减少 X万元,
        下降 Y%): the stated change, with the two years' figures when both are printed; never a difference
        of two unrelated columns."""
        if "diff" not in fq.ops or not re.search(r"上年|去年|上一年", fq.text):
            return None
        lines, used, seen = [], [], set()
        for f in facts:
            key = (f["document_id"], f["page"], f["line"], f["row_labels"])
            if key in seen or f["number"] is None:
                continue
            seen.add(key)
            row = [x for x in self.idx.facts(self._row_siblings(f)) if x["row_labels"] == f["row_labels"]]
            changes = [x for x in row if (x["col_labels"] or "").startswith("比上年") and x["number"] is not None]
            if not changes:
                continue
            figures = sorted((x for x in row if not x["col_labels"] and x["number"] is not None),
                             key=lambda x: year_of_fact(x) or 0)
            years = {year_of_fact(x) for x in figures}
            base = figures if len(figures) == 2 and len(years) == 2 else []
            lines.append(compose.printed_change(
                _name(changes[0]).split(" ")[0], [f"{x['col_labels']} {_shown(x)}" for x in changes],
                [(str(year_of_fact(x)), _shown(x)) for x in base]))
            used += changes + base
        if not lines:
            return None
        return FactAnswer("answered", "；".join(lines[:4]) + _cite(self.idx, used), used)

    def _rows_named_alike(self, facts: list[dict]) -> list[dict]:
        """The same subject's rows elsewhere in its document: a 决算 table's "2013950事业运行" is the prose's
        "事业运行" (whose line prints 全年预算 and 决算); one fact of each such row."""
        names = {(f["document_id"], _row_path(f["row_labels"])) for f in facts}
        out, seen = [], set()
        for doc in {d for d, _ in names}:
            for x in self.idx.facts(list(self.idx.docs[doc].facts)):
                key = (doc, x["page"], x["line"], x["sheet"])
                if (doc, _row_path(x["row_labels"])) in names and key not in seen:
                    seen.add(key)
                    out.append(x)
        return out

    def _row_siblings(self, f: dict) -> list[int]:
        """Facts of the same row of the same document (the other columns of a line)."""
        return [x["id"] for x in query.facts_of_row(self.idx.conn, f["document_id"], f["sheet"], f["line"], f["page"])]

    def _column_facts(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """For lists and extremes: the facts of the column the question names (numbers where it can)."""
        numeric = [f for f in facts if f["number"] is not None]
        return numeric or facts

    def _which_period(self, facts: list[dict]) -> list[dict]:
        """"哪个季度支出最多": the periods are the table's period columns, compared on its total row (or on the
        one row the question named); [] when no one row is meant."""
        periods = [f for f in facts if f["number"] is not None and _period_of(f)]
        if not periods and facts:
            same = self.idx.facts(list(self.idx.docs[facts[0]["document_id"]].facts))
            periods = [f for f in same if f["number"] is not None and _period_of(f)]
        rows = {(f["document_id"], f["sheet"], f["line"]) for f in periods}
        if len(rows) > 1:
            periods = [f for f in periods if _is_total(label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1]))]
            rows = {(f["document_id"], f["sheet"], f["line"]) for f in periods}
        return periods if len(rows) == 1 else []

    def extreme(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        if fq.fall:
            facts = self._change_column(fq, facts) or facts
        if facts and all(f["number"] is None for f in facts) and re.search(r"贵|便宜|钱|金额|预算", fq.text):
            # "采购哪个最贵" naming text columns (采购方式, 采购类别): the rows' amounts.
            rows = list({(f["document_id"], f["line"]): f for f in facts
                         if not self._is_total_fact(f, "row")}.values())
            facts = self._money_of_rows(rows[:60]) or facts
        candidates = [f for f in facts if f["number"] is not None]
        if re.search(r"哪(?:个|一个|一)?(?:季度|月份?)", fq.text) and (periods := self._which_period(facts)):
            key = max if "max" in fq.ops else min
            best = key(f["number"] for f in periods)
            top = [f for f in periods if f["number"] == best]
            return FactAnswer("answered", compose.fact_extreme("max" if "max" in fq.ops else "min", [_name(f) for f in top],
                                                               _shown(top[0]), len(periods)) + _cite(self.idx, top), top)
        facts = [f for f in self._column_facts(fq, facts) if f["number"] is not None
                 and not _is_total(label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1]))]
        if not facts and candidates:
            # "哪项三公经费降幅最大": the question named the table's total; the items are its rows.
            f = candidates[0]
            same = self.idx.facts(list(self.idx.docs[f["document_id"]].facts))
            facts = [x for x in same if x["col_labels"] == f["col_labels"] and x["number"] is not None
                     and not any(_is_total(k) for k in self.idx.fact_keys.get(x["id"], ()))]
        if not facts:
            return FactAnswer("unknown", compose.NOTHING_TO_COMPARE)
        facts = _code_leaves(_without_parents(facts))
        one_row = len({(f["document_id"], f["sheet"], f["page"], f["line"]) for f in facts}) == 1
        cols = {f["col_labels"] for f in facts}
        if len(cols) > 1 and not one_row:  # one row named: its columns are what is compared (哪个季度最多)
            # Several columns: the one most facts share (the column the question named).
            counts: dict[str, int] = defaultdict(int)
            for f in facts:
                counts[f["col_labels"]] += 1
            # Columns no word chose between: the row's total (合计) column is what a row "gets".
            col = max(counts, key=lambda c: (counts[c], _is_total(label_key((c or "").split(query.FACT_SEP)[-1]))))
            facts = [f for f in facts if f["col_labels"] == col]
        if "range" in fq.ops:
            return self._range(facts)
        size = _size_of(facts, fq)
        key = max if "max" in fq.ops else min
        best = key(size(f) for f in facts)
        top = [f for f in facts if size(f) == best]
        word = "fall" if fq.fall else "max" if "max" in fq.ops else "min"
        ranked = [f["id"] for f in sorted(facts, key=size, reverse=key is max)][:20]
        return FactAnswer("answered", compose.fact_extreme(word, [_name(f) for f in top], _shown(top[0]), len(facts))
                          + _cite(self.idx, top), top, ranked=ranked)

    def _columns_of_one_row(self, fq: FactQuestion, numeric: list[dict]) -> list[dict]:
        """One row named and columns named ("执法大队编制几个 实有几个"): each column's figure of that row, the
        column's own total when the column is split (核定编制数合计, not 行政编制 beside it). Empty when the
        question names no row or the facts span several rows (then 几个 counts rows)."""
        if not numeric or len({(f["document_id"], f["sheet"], f["page"], f["line"]) for f in numeric}) != 1:
            return []
        idx = self.idx
        cols = [m for m in fq.mentions if m.keys <= idx.col_keys | idx.head_keys and not m.keys & idx.row_label_keys]
        if not cols or len(cols) == len(fq.mentions):
            return []
        out: list[dict] = []
        for m in cols:
            mine = [f for f in numeric if m.keys & set(idx.fact_keys.get(f["id"], ()))]
            totals = [f for f in mine if re.search(r"(?:合计|小计|总计)$", (f["col_labels"] or ""))]
            out += [f for f in (totals[:1] if totals else mine) if f not in out]
        return out

    def _people_of_total_row(self, fq: FactQuestion, numeric: list[dict]) -> list[dict]:
        """"实有行政几个" naming only columns that count people, no row, no kind of row counted: the
        figure of the table's total row, never a count of the rows holding that column."""
        idx = self.idx
        if not fq.mentions or any(m.keys & idx.row_label_keys or not m.keys <= idx.col_keys | idx.head_keys
                                  for m in fq.mentions) or any(w in fq.text for w in _ROW_NOUNS):
            return []
        if not numeric or any(f["unit"] != "人" for f in numeric):
            return []
        totals = [f for f in numeric if self._is_total_fact(f, "row")]
        # the grand total (合计 at the top level), not a group's 小计 under its heading
        top = min((len(_row_path(f["row_labels"])) for f in totals), default=0)
        totals = [f for f in totals if len(_row_path(f["row_labels"])) == top]
        if len({(f["document_id"], f["sheet"], f["page"], f["line"]) for f in totals}) != 1:
            return []
        return totals

    def _text_of_rows(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        """"青石所什么时候设的", "它是几类事业单位": the named row's text of that kind (in any of its columns,
        a 备注 or 单位类别); a number of the row is never the answer to it."""
        rows = {(f["document_id"], f["sheet"], f["page"], f["line"]): f for f in facts}
        if not rows or len(rows) > 5:
            return FactAnswer("unknown", compose.no_text_of_kind(fq.text_asked == "time"))
        pattern = _TEXT_OF_KIND[fq.text_asked]
        found = [x for f in rows.values() for x in self.idx.facts(self._row_siblings(f))
                 if x["number"] is None and pattern.search(x["value"] or "")]
        if not found:
            return FactAnswer("unknown", compose.no_text_of_kind(fq.text_asked == "time"))
        return self.values(list({x["id"]: x for x in found}.values()), [])

    def _range(self, facts: list[dict]) -> FactAnswer:
        """The largest of a list less its smallest (rows of one column, one level)."""
        if len(facts) < 2 or len({f["unit"] for f in facts}) > 1:
            return FactAnswer("unknown", compose.NOTHING_TO_COMPARE)
        hi = max(facts, key=lambda f: f["number"])
        lo = min(facts, key=lambda f: f["number"])
        return FactAnswer("answered", compose.fact_range(_name(hi), fmt_number(hi["number"]), _name(lo),
                                                         fmt_number(lo["number"]), fmt_number(hi["number"] - lo["number"]),
                                                         hi["unit"] or "", len(facts)) + _cite(self.idx, [hi, lo]), [hi, lo])

    def _change_column(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"哪项降得最多": the rows' change column (增减额; 增减率 when a rate is asked: 降幅, 百分之几)."""
        rate = bool(re.search(r"幅|率|百分|%", fq.text))
        same = self._same_sheets(facts[:1]) if facts else []
        cols = [x for x in same if x["number"] is not None and re.search(r"增减|变动|变化|差额|差异", x["col_labels"] or "")
                and bool(re.search(r"率|%", x["col_labels"] or "") or x["unit"] == "%") == rate]
        cols = [x for x in cols if not self._is_total_fact(x, "row") and "合计" not in (x["row_labels"] or "")]
        # A row over "其中：" rows is their subtotal; rows of another unit (辆, 人) are other measures.
        lines = {x["line"]: x for x in cols}
        cols = [x for x in cols if not (lines.get(x["line"] + 1) or {}).get("row_labels", "").startswith("其中")]
        units = [x["unit"] or "" for x in cols]
        common = max(dict.fromkeys(units), key=units.count, default="")  # a tie: the first row's unit
        return [x for x in cols if (x["unit"] or "") == common]

    def row_listing(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"机关那组有哪些单位": the rows asked for are the units (their names), not each of their values;
        subtotal and total rows are no units. None when the facts are one row or one column."""
        if not re.search(r"(?:哪些|哪几个|哪几项|有什么)(?:单位|项目|科目|街道|镇|部门|机构|所|中心|支出|收入)?$|"
                         r"(?:单位|项目|科目|街道|机构|部门)(?:有|都有|包括)?(?:哪些|哪几个|什么)", fq.text):
            return None
        if len({f["col_labels"] for f in facts}) < 2:
            return None
        rows: dict[tuple, dict] = {}
        for f in facts:
            leaf = (f["row_labels"] or "").split(query.FACT_SEP)[-1]
            if leaf and not _is_total(label_key(leaf)) and f["number"] is not None:
                rows.setdefault((f["document_id"], f["sheet"], f["line"]), f)
        if len(rows) < 2:
            return None
        kept = _without_parents(list(rows.values()))
        if len(kept) < 2:
            return None
        names = [(f["row_labels"] or "").split(query.FACT_SEP)[-1] for f in kept]
        return FactAnswer("answered", compose.numbered_items(names) + _cite(self.idx, kept[:30]), kept)

    def listing(self, facts: list[dict]) -> FactAnswer:
        facts = _numbered_items(facts)
        return FactAnswer("answered", compose.numbered_items([compose.fact_value(_name(f), _shown(f)) for f in facts])
                          + _cite(self.idx, facts[:30]), facts)

    def filtered(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        facts = [f for f in facts if not re.match(r"^(?:合计|总计|小计)", (f["row_labels"] or "").split(
            query.FACT_SEP)[-1])]
        out = []
        if fq.cmp == "same":
            return self.same_columns(facts)
        if fq.cmp in ("below_full", "below_target"):
            done_re = r"完成|实际|得分|执行数"
            ref_re = r"分值|权重|满分" if fq.cmp == "below_full" else \
                r"指标值|目标|计划|预算数" if re.search(r"预算|资金|钱|经费", fq.text) else r"指标值|目标|计划"
            seen: set[tuple] = set()
            checked = 0
            everything = self._same_sheets(facts)
            for f in everything:
                key = (f["document_id"], f["sheet"], f["page"], f["line"])
                if key in seen:
                    continue
                seen.add(key)
                sib = self.idx.facts(self._row_siblings(f))
                done = next((x for x in sib if re.search(done_re, x["col_labels"] or "")), None)
                ref = next((x for x in sib if re.search(ref_re, x["col_labels"] or "") and x is not done), None)
                if done is None or ref is None:
                    continue
                checked += 1
                if done["number"] is not None and ref["number"] is not None:
                    short = done["number"] > ref["number"] if ref["value"].startswith("≤") else \
                        done["number"] < ref["number"]
                else:
                    short = compact(done["value"]) != compact(ref["value"])
                if short:
                    out.append((done, ref))
            if not checked:
                return FactAnswer("unknown", compose.NOTHING_TO_SET_AGAINST_TARGET)
            if not out:
                return FactAnswer("answered", compose.all_reached(checked) + _cite(self.idx, facts[:10]),
                                  facts)
            lines = [compose.item_with(k, _name(f), _shown(f), _name(r).split(" ")[-1], _shown(r))
                     for k, (f, r) in enumerate(out, start=1)]
            return FactAnswer("answered", compose.checked_list(lines, checked) + _cite(self.idx, [f for f, _ in out]),
                              [f for f, _ in out])
        n = fq.number
        ops = {"eq": lambda x: abs(x - n) < 1e-9, "lt": lambda x: x < n, "gt": lambda x: x > n, "ge": lambda x: x >= n}
        test = ops.get(fq.cmp or "eq")
        if test is None:  # below_full / below_target are answered above
            raise ValueError(f"unknown comparison {fq.cmp!r}")
        if fq.percent and any(f["unit"] == "%" for f in facts):
            facts = [f for f in facts if f["unit"] == "%"]  # "执行不到九成": the rate, not the amount executed
        hits = [f for f in facts if f["number"] is not None and test(f["number"])]
        if not hits:
            return FactAnswer("answered", compose.none_fits(len(facts)) + _cite(self.idx, facts[:10]), facts)
        lines = [compose.fact_value(_name(f), _shown(f)) for f in hits[:30]]
        return FactAnswer("answered", compose.numbered_items(lines, count=len(hits)) + _cite(self.idx, hits[:30]), hits)

    def same_columns(self, facts: list[dict]) -> FactAnswer:
        """The rows whose columns named hold one and the same number (决算数 = 预算数, 编制数 = 实有人数)."""
        rows: dict[tuple, list[dict]] = defaultdict(list)
        for f in facts:
            if f["number"] is not None:
                rows[(f["document_id"], f["sheet"], f["page"], f["line"])].append(f)
        compared = [_total_columns(fs) for fs in rows.values() if len({f["col_labels"] for f in fs}) >= 2]
        if not compared:
            return FactAnswer("unknown", compose.NOTHING_TO_COMPARE)
        hits = [fs for fs in compared if len({f["number"] for f in fs}) == 1]
        if not hits:
            return FactAnswer("answered", compose.none_fits(len(compared)) + _cite(self.idx, facts[:10]), facts)
        lines = [compose.fact_value(_name(fs[0]).split(" ")[0], "、".join(
            f"{_name(f).split(' ')[-1]} {_shown(f)}" for f in fs)) for fs in hits[:30]]
        used = [f for fs in hits for f in fs]
        return FactAnswer("answered", compose.numbered_items(lines, count=len(hits)) + _cite(self.idx, used[:30]), used)

    def count(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]]) -> FactAnswer:
        # A level named by a row head ("二级指标"): count its distinct labels.
        heads = [h for h in self.idx.head_labels if any(h in m.keys or h == k for m in fq.mentions for k in m.keys)]
        scoped = {k for f in facts for k in self.idx.fact_keys.get(f["id"], ())}
        # the level's labels in the matched tables only: another table's 单位名称 rows are not these
        labels = [x for x in sorted(self.idx.head_labels[heads[0]]) if x in scoped or not facts] if heads else []
        if labels:
            h = heads[0]
            return FactAnswer("answered", compose.labels_of_level(h, labels) + _cite(self.idx, facts[:20]), facts)
        # A row named only by its serial number ("1", "2") is named by its value ("上海市…服务中心"); a
        # heading row over items (项目支出 over its projects) is not one of them.
        rows = list(dict.fromkeys(f["value"] if re.fullmatch(r"[0-9一二三四五六七八九十]+[.、]?", row) else row
                                  for f in _without_parents(_numbered_items(facts)) for row in [_name(f).split(" ")[0]]))
        return FactAnswer("answered", compose.counted_items(rows) + _cite(self.idx, facts[:20]), facts)

    def partial(self, fq: FactQuestion, docs: list[int], years: list[int],
                groups: list[list[Mention]]) -> FactAnswer | None:
        """Mentions that no single fact carries together: a sub-item the table does not break down."""
        if len(groups) < 2:
            return None
        first = groups[0]
        ids = {f for m in first for k in m.keys for f in self.idx.label_facts.get(k, ())
               if self.idx.fact_doc.get(f) in docs}
        if not ids:
            return None
        names = sorted({fq.text[m.start:m.end] for g in groups[1:] for m in g})
        facts = self.idx.facts(sorted(ids)[:50])
        has = "、".join(dict.fromkeys(_name(f) for f in facts[:8]))
        what = fq.text[first[0].start:first[0].end]
        return FactAnswer("unknown", compose.no_such_part(what, "、".join(names), has, False) + _cite(self.idx, facts[:8]))

    def not_broken_down(self, fq: FactQuestion, ids: list[int]) -> FactAnswer:
        facts = self.idx.facts(ids[:8])
        what = "、".join(fq.text[m.start:m.end] for m in fq.mentions)
        has = "、".join(dict.fromkeys(_name(f) for f in facts))
        asked = fq.leftover.split()[0] if fq.leftover.split() else compose.THIS_PERIOD
        return FactAnswer("unknown", compose.no_such_part(what, asked, has, True) + _cite(self.idx, facts))

    def overview(self, docs: list[int]) -> FactAnswer | None:
        lines = []
        for d in docs:
            info = self.idx.docs[d]
            rows = query.projects_in(self.idx.conn, [d], "desc")
            projects = [r for r in rows if r["kind"] != "department"]
            doc = query.documents(self.idx.conn, [d])[0]
            lines.append(compose.department_overview(
                f"{info.department}{compose.year_text(info.year)}{info.form}",
                f"{fmt_number(doc['total'])}{doc['unit'] or ''}" if doc["total"] else "",
                len(projects), [f"{p['name']} {fmt_number(p['total'] or 0)}{p['money_unit']}" for p in projects[:3]],
                len(info.facts)))
        return FactAnswer("answered", "\n".join(lines)) if lines else None


def answer(kb, question: str, doc_ids: list[int] | None = None) -> FactAnswer | None:
    """The fact answer to a question, or None when no fact label explains it."""
    idx = index_for(kb)
    if not idx.fact_docs:
        return None
    return Answerer(idx).answer(question, doc_ids)


def after_typed(turn, typed):
    """The engine's answer after the fact answerer has had its say (see engine._Turn.run).

    A year the knowledge base lacks is said so whatever the typed reading found (it does not read
    years); otherwise a confident typed answer stands, and the facts answer what it could not.
    """
    if typed.intent == "absent_category":  # the typed reading read that table's indicators: none of that kind
        return typed
    asked = turn.question
    turn.question = _as_understood(turn)
    try:
        result = _each_spaced_ask(turn, typed, _after_typed(turn, typed))
        result.question = asked
    except Exception as exc:  # noqa: BLE001 - the facts must never take a typed answer down
        typed.debug["facts_error"] = repr(exc)
        result = typed
    finally:
        turn.question = asked
    if result.status == "answered" and typed.status == "unknown" and _unloaded_place(turn):
        result = typed  # "南山区财政局基本支出": not 普陀's or 端州's 财政局
    if result is not typed and result.status == "answered" and _one_side_of_a_comparison(turn, result):
        result = typed  # "信访局和财政局哪个预算多": one department's 三公 row is no comparison
    _mark_unanswered(turn.session, result.status == "unknown")
    return result


_COMPARES = re.compile(r"哪个|哪一个|谁|比|更[多少大小高低]")


def _one_side_of_a_comparison(turn, result) -> bool:
    """Whether a question comparing two named departments got an answer drawn from only one of them."""
    if not _COMPARES.search(turn.question):
        return False
    named = departments_named(turn.kb, turn.question)
    return len(named) >= 2 and sum(name in result.text for name in named) < 2


def _unloaded_place(turn) -> bool:
    """Whether the question names a department by a place no loaded department is in ("天河区教育局",
    "南山区财政局"): then another place's department of that kind is never the answer."""
    names = getattr(getattr(turn, "p", None), "unknown_departments", None) or ()
    for name in names:
        m = re.match(r"^(?:中共)?([\u4e00-\u9fff]{1,4}?[省市区县])", name)
        if m and not any(m.group(1) in d.name for d in turn.kb.departments):
            return True
    return False


def _as_understood(turn) -> str:
    """The question with a department name the typed reading corrected ("柏川卫建局", one character off)
    written out in full, so the facts read the same department."""
    question = turn.question
    parse = getattr(turn, "p", None)
    for m in getattr(parse, "mentions", None) or ():
        depts = {str(r.key) for r in m.of("department")}
        if m.score < 100 and len(depts) == 1 and m.text in normalize(question):
            question = normalize(question).replace(m.text, depts.pop(), 1)
    return question


_QUESTION_ASKED = re.compile(r"多少|几|哪|什么|啥|吗|是否|有没有|怎么样|如何|干嘛|为何")


def _each_spaced_ask(turn, typed, whole):
    """"东湖就业补助多少 主要干嘛用", "目标几个 完成几个": two asks parted by a space, each answered, when
    that answers both; otherwise the answer to the whole stands (and the conversation it left)."""
    clauses = question_clauses(turn.question, spaces=True)
    if len(clauses) < 2 and whole.status != "answered":
        clauses = _after_subject(turn.question)
    if len(clauses) < 2 or getattr(turn, "clause", False) or clauses == question_clauses(turn.question):
        return whole
    kept = copy.deepcopy(vars(turn.session))
    each = _each_clause(turn, typed, clauses)
    if each.status == "answered":
        return each
    vars(turn.session).update(kept)
    return whole


def _after_subject(question: str) -> list[str]:
    """"桐溪市场监管 行政编制合计 实有行政几个": a subject said first, then each thing asked of it parted by
    a space (a label alone asks its value): each ask with the subject, when the whole was not answered."""
    parts = [p for p in re.split(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", question.strip()) if p]
    if len(parts) < 3 or _QUESTION_ASKED.search(parts[0]) or not _QUESTION_ASKED.search(parts[-1]):
        return []
    return [f"{parts[0]}{p}" for p in parts[1:]]


def _mark_unanswered(session, unanswered: bool) -> None:
    """Whether the last turn went unanswered: a follow-up after it has no row to go on with."""
    data = getattr(session, "facts", None)
    if not isinstance(data, dict):
        return
    if unanswered:
        data["unanswered"] = True
    else:
        data.pop("unanswered", None)


def _which_row_after_unanswered(answerer: Answerer, fa: FactAnswer | None, context: dict | None) -> FactAnswer | None:
    """"体检服务采购多少" not found, then "中小企业预留比例呢": the column of every row would hold the wrong
    rows' values as well; which row is meant is asked."""
    if not context or not context.get("unanswered") or fa is None or fa.status != "answered" or not fa.facts:
        return None
    idx, fq = answerer.idx, answerer.last
    if fq is None or not fq.mentions or any(m.start < 0 for m in fq.mentions):
        return None
    if any(k in idx.row_label_keys for m in fq.mentions for k in m.keys):
        return None  # a row is named now
    rows = list(dict.fromkeys(_name(f).split(" ")[0] for f in fa.facts))
    if len(rows) < 2:
        return None
    return FactAnswer("clarify", compose.which_row_after_unanswered(rows[:8]), [], options=rows[:8])


def _context(session) -> dict:
    """The fact answerer's context of a conversation (rows, departments, last values), or {}."""
    data = getattr(session, "facts", None)
    if not isinstance(data, dict) or not data:
        return {}
    return {**data, "rows": set(data.get("rows") or ())}


def _keep(session, context: dict | None) -> None:
    """Store the context as plain JSON in the session (sessions travel between processes as JSON)."""
    value = {} if not context else {**context, "rows": sorted(context.get("rows") or ())}
    if hasattr(session, "facts"):
        session.facts = value


def _after_typed(turn, typed):
    answer_type, unknown = type(typed), "unknown"  # the engine's Answer; answer/ does not import the engine
    idx = index_for(turn.kb)
    other_year = _another_year_of_the_label(turn, idx)
    if other_year is not None:
        return _facts_answer(turn, other_year, Answerer(idx), idx, answer_type)
    missing = _missing_year(idx, turn.question, turn.kb, _conversation_departments(turn, idx))
    if missing:
        return answer_type(turn.question, unknown, missing, "facts_year")
    part = _part_in_brackets(turn.question, typed)
    if part is not None:
        return answer_type(turn.question, unknown, part, "facts_part")
    clauses = _asked_clauses(turn.question)
    if typed.status == "answered" and len(clauses) >= 2 and not getattr(turn, "clause", False):
        return _each_clause(turn, typed, clauses)
    if not idx.fact_docs:
        return typed
    rows = _context(turn.session).get("asked_rows")
    if rows:
        _keep(turn.session, None)
        reply = compact(normalize(turn.question))
        if reply.isdigit() and 1 <= int(reply) <= len(rows["options"]):
            # The reply to "这个问题是问哪一项的？": the question again, of the row chosen.
            return type(turn)(turn.kb, turn.rules, turn.session, rows["options"][int(reply) - 1] + rows["question"]).run()
    asked = _context(turn.session).get("asked_departments")
    if asked:
        again = _department_chosen(turn, asked, idx, answer_type)
        if again is not None:
            return again
    context = _conversation(turn) if _continues(turn) else None
    answerer = Answerer(idx)
    early = _before_the_facts(turn, typed, answerer, idx, context)
    if early is not None:
        return early
    fa = answerer.answer(turn.question, None, context)
    if context is None and (ours := _department_of_the_conversation(turn, fa, idx)) is not None:
        context = ours
        fa = answerer.answer(turn.question, None, context)
    which = _which_row_after_unanswered(answerer, fa, context)
    if which is not None:
        _keep(turn.session, {"asked_rows": {"options": which.options, "question": turn.question}})
        return _facts_answer(turn, which, answerer, idx, answer_type)
    kept = _typed_kept(turn, typed, fa, answerer, idx, context)
    if kept is not None:
        return kept
    return _facts_answer(turn, fa, answerer, idx, answer_type)


_YEAR_ALONE = re.compile(r"(?:那|那么)?((?:19|20)\d\d)(?:年度|年)?(?:的)?(?:呢|是多少|多少|有多少)?")


def _another_year_of_the_label(turn, idx: FactIndex) -> FactAnswer | None:
    """"2018年预算" → "2019年呢": the label just answered printed with a year ("2018年预算金额") asked with
    the year said now ("2019年预算金额"), in the same table; None when the table has no such label."""
    m = _YEAR_ALONE.fullmatch(compact(normalize(turn.question)))
    last = _context(turn.session).get("last") or []
    if m is None or len(last) != 1:
        return None
    shown = idx.facts(last)
    if not shown:
        return None
    f, year = shown[0], m.group(1)
    keys = idx.fact_keys.get(f["id"], ())
    dated = [k for k in keys if year_in(k) and str(year_in(k)) != year]
    if len(dated) != 1:
        return None
    wanted = dated[0].replace(str(year_in(dated[0])), year)
    others = set(keys) - {dated[0]}
    found = [g for g in idx.facts([x for x in idx.label_facts.get(wanted, ()) if idx.fact_doc[x] == f["document_id"]])
             if g["number"] is not None and others <= set(idx.fact_keys.get(g["id"], ()))]
    if len(found) != 1:
        return None
    return Answerer(idx).values(found, [])


def _department_of_the_conversation(turn, fa: FactAnswer | None, idx: FactIndex) -> dict | None:
    """"普陀财政局支出合计 → 基本支出呢 → 项目支出占多少比例": a question naming no department that every
    department's tables could answer is asked of the one department the conversation is about (its
    context), not asked back; None when the conversation has no such department among the choices."""
    if fa is None or fa.status != "clarify" or not fa.options or not all(o in idx.dept_docs for o in fa.options):
        return None
    if _departments_in(compact(normalize(turn.question)), idx):
        return None
    context = _conversation(turn)
    depts = list(context.get("departments") or ())
    return context if len(depts) == 1 and depts[0] in fa.options else None


def _continues(turn) -> bool:
    """An incomplete question continues the conversation: it starts or ends as a follow-up does (the
    vocabulary's followup_starts, "其中…"), or is short. A complete one starts afresh."""
    text = compact(normalize(turn.question))
    vocab = turn.kb.vocab
    if bool(_FOLLOWUP.search(text)) or text.startswith(tuple(vocab.followup_starts)):
        return True
    # "平均每个老人多少元", "二季度和三季度分别多少": arithmetic or a period asked of nothing named, and
    # nothing else said: of the row just answered.
    fq = read_question(turn.question, index_for(turn.kb))
    return not (fq.mentions or fq.departments or fq.leftover) and (
        fq.per_head or fq.remaining or fq.excess or bool(fq.rate or fq.period) or bool({"ratio", "diff"} & set(fq.ops)))


def _conversation(turn) -> dict:
    """The facts' context of a follow-up; its departments, when the facts keep none, are the ones the
    conversation is about (the departments the last question named or was answered from)."""
    context = _context(turn.session)
    if context.get("departments"):
        return context
    kb = turn.kb
    scope = kb.departments_of_documents(d for d in getattr(turn.session, "doc_ids", None) or () if d in kb.documents)
    if scope and len(scope) < len(kb.departments):
        context = {**context, "departments": [d.name for d in scope]}
        context.setdefault("rows", set())
    return context


_INCLUDED = re.compile(r"^(.{2,}?)[（(](?:含|包含|包括|其中)([^（）()]{2,})[）)]")


def _part_in_brackets(question: str, typed) -> str | None:
    """"创业担保贷款贴息具体多少" answered with 促进就业专项资金（含创业担保贷款贴息资金）'s amount: the question
    names only the part in brackets, which the table does not break down — the whole is not its amount."""
    projects = [e for e in getattr(typed, "entities", None) or [] if e.get("kind") == "project"]
    if typed.status != "answered" or typed.intent != "amount" or len(projects) != 1:
        return None
    m = _INCLUDED.match(normalize(projects[0]["name"]))
    if m is None:
        return None
    from difflib import SequenceMatcher

    q = compact(normalize(question))
    main, part = compact(m.group(1)), compact(m.group(2))

    def shared(a: str) -> str:
        hit = SequenceMatcher(None, q, a, autojunk=False).find_longest_match(0, len(q), 0, len(a))
        return q[hit.a:hit.a + hit.size]
    said = shared(part)
    if len(said) < 4 or len(shared(main)) >= 3:
        return None
    return compose.part_not_broken_down(said, projects[0]["name"])


def _clear_pending(session) -> None:
    if hasattr(session, "pending"):
        session.pending = []


def _department_chosen(turn, asked: dict, idx: FactIndex, answer_type):
    """The reply to "您问的是哪个部门？": a number or a department; the question is asked again of it."""
    session = turn.session
    _keep(session, None)
    reply = compact(normalize(turn.question))
    chosen = [asked["options"][int(reply) - 1]] if reply.isdigit() and 1 <= int(reply) <= len(
        asked["options"]) else [d for d in asked["options"] if d in _departments_in(reply, idx)]
    if len(chosen) == 1 and asked.get("again"):
        # The typed reading and the facts disagreed on the department: the whole question again, of it.
        _clear_pending(session)
        return type(turn)(turn.kb, turn.rules, session, chosen[0] + asked["question"]).run()
    if len(chosen) == 1:
        fa = Answerer(idx).answer(asked["question"], None, None, only=chosen)
        if fa is not None and fa.status == "answered":
            _clear_pending(session)
            return answer_type(turn.question, "answered", fa.text, "facts")
    return None


def _before_the_facts(turn, typed, answerer: Answerer, idx: FactIndex, context):
    """Settled before the facts are asked: departments that disagree, a superlative over the facts just
    listed, or a confident typed answer that shows every label the question names."""
    answer_type, session = type(typed), turn.session
    split = _departments_disagree(turn, typed, answerer, idx)
    if split:
        _keep(session, {"asked_departments": {"options": split, "question": turn.question, "again": True}})
        _clear_pending(session)
        return answer_type(turn.question, "clarify", compose.which_department(split), "facts", options=split)
    over_list = bool(context and (len(context.get("rows") or ()) >= 2 or context.get("named")) and typed.intent == "rank"
                     and not answerer.read(turn.question).mentions)
    if over_list:
        # "…明细有哪些" → "哪项最少": the superlative is over the facts just listed, not the projects.
        fa = answerer.answer(turn.question, None, context)
        if fa is not None and fa.status == "answered":
            return answer_type(turn.question, fa.status, fa.text, "facts", entities=[
                {"kind": "fact", "id": f["id"], "name": _name(f)} for f in fa.facts[:20]])
    column = _column_of_the_row(turn, typed, answerer, idx, context)
    if column is not None:
        return column
    if typed.status == "answered" or typed.status != "unknown" and not context:
        return _typed_shows_all(turn, typed, answerer, idx, context)
    return None


def _column_of_the_row(turn, typed, answerer: Answerer, idx: FactIndex, context):
    """"老年人体检服务采购" → "财政拨款多少" / "其他资金呢": a follow-up naming only a column of the rows the
    facts just showed asks that column of those rows, never every department's totals by that name."""
    if not context or "named" not in context or not context.get("rows"):
        return None
    fq = answerer.read(turn.question)
    # The labels of the conversation's tables: a word none of them has is no row of theirs either.
    here = {k for dep in context.get("departments") or () for d in idx.dept_docs.get(dep, ()) for k in idx.doc_keys[d]}
    if not fq.mentions or fq.departments or fq.subject_docs or fq.leftover \
            or not all(m.keys & idx.col_keys or not m.keys & here for m in fq.mentions):
        return None
    fa = answerer.answer(turn.question, None, context)
    if fa is None or fa.status != "answered" or not fa.facts or not _row_context(fa.facts) <= set(context["rows"]):
        theirs = set(_departments_in(compact(typed.text), idx))
        if typed.status == "answered" and context.get("departments") and not theirs <= set(context["departments"]):
            # The row has no such column: said so, never the column of every department instead.
            _keep(turn.session, None)
            return type(typed)(turn.question, "unknown", compose.column_not_in_rows(
                "、".join(fq.text[m.start:m.end] for m in fq.mentions), "、".join(sorted(context["rows"]))), "facts")
        return None
    return _facts_answer(turn, fa, answerer, idx, type(typed))


def _typed_shows_all(turn, typed, answerer: Answerer, idx: FactIndex, context):
    """A confident typed answer is only reconsidered for a label it does not show: read first, cheaply."""
    fq = answerer.read(turn.question)
    shown = compact(typed.text)
    several = len(fq.departments) >= 2 and not all(compact(d) in shown for d in fq.departments) or \
        typed.intent not in _TYPED_ARITHMETIC and (bool({"diff", "sum", "ratio"} & set(fq.ops))
                                                   or fq.remaining or fq.excess or fq.per_head)
    # The typed reading asking which department, of a question naming one it does not know by that
    # name ("社工部"), is no answer to keep; nor is its answer to "东湖分局呢" after a fact of another
    # department ("财政供养人员多少"): the follow-up asks that fact, there.
    named_unknown = typed.status == "clarify" and bool(fq.departments) or bool(
        context and context.get("named") and fq.departments and not fq.mentions
        and set(fq.departments) != set(context.get("departments") or ()))
    if _typed_elsewhere(typed, fq, idx):
        return None  # "社工部公用经费多少" answered from another department's table: never kept
    if fq.foreign_org or not several and not named_unknown and not any(
            m.exact and fq.text[m.start:m.end] not in shown and not any(k in shown for k in m.keys)
            for m in fq.mentions):
        # What the question named stays the context of a follow-up ("东湖分局呢").
        rows = {k for m in fq.mentions if m.exact for k in m.keys if k not in idx.col_keys}
        # The indicators a typed list showed are the rows a follow-up's column is about ("→ 权重多少").
        shown_rows = {label_key(e.get("name") or "") for e in getattr(typed, "entities", None) or ()
                      if e.get("kind") == "indicator"}
        rows |= {k for k in shown_rows if k in idx.label_facts and k not in idx.col_keys}
        _keep(turn.session, {"departments": fq.departments, "rows": rows, "last": [], "recent": []}
              if rows and typed.status == "answered" else None)
        return typed
    return None


def _typed_kept(turn, typed, fa, answerer: Answerer, idx: FactIndex, context):
    """The typed answer (or its "not in the table") where the facts' answer does not say more."""
    answer_type, unknown, session = type(typed), "unknown", turn.session
    fq = answerer.last
    if fq is not None and _typed_elsewhere(typed, fq, idx):
        # The question names a department; an answer from another one never stands: the named
        # department's facts, or that it has none.
        if fa is not None and fa.status == "answered" and {f["department"] for f in fa.facts} <= set(fq.departments):
            return None
        _keep(session, None)
        return answer_type(turn.question, unknown, compose.not_in_department("、".join(fq.departments)), "facts")
    if context and context.get("named") and typed.status == "answered" and (fa is None or fa.status != "answered"):
        fq = answerer.last
        if fq is not None and fq.departments and set(fq.departments) != set(context.get("departments") or ()) \
                and not _own_label(fq):
            # The fact asked before is not in the department named now: said so, never its total instead.
            return answer_type(turn.question, unknown, fa.text if fa is not None else
                               compose.not_in_department("、".join(fq.departments)), "facts")
    if typed.status == "clarify" and typed.options and fa is not None and fa.status == "answered" and not context \
            and getattr(turn, "fresh", False) and not _departments_in(compact(normalize(turn.question)), idx) \
            and sum(compact(d) in compact(typed.text) for d in idx.dept_docs) >= 2:
        return typed  # "项目总预算是多少": every department has one; one table's label does not choose for the user
    specific = typed.status == unknown and not typed.text.startswith(("知识库里没有找到与", "没有看懂"))
    ours = bool(_context(session).get("last"))  # the last answer was the facts'
    if specific and not ours and re.match(r"^(?:那|那么|还有)", compact(turn.question)) \
            and not typed.text.startswith("知识库里没有“"):
        return typed  # "那X呢" continues the typed question; its own "X has none" stands
    if fa is None or typed.status == "answered" and not _explains_more(answerer, fa, typed.text, typed.intent) \
            or typed.status != unknown and fa.status != "answered" \
            or specific and fa.status != "answered":  # the typed reading's own "not in the table" stands
        if typed.status == "answered":
            _keep(session, None)
        return typed
    if _leaves_the_conversation(turn, fa, idx):
        return typed  # a follow-up naming no department is never answered from another department's table
    if typed.status not in (unknown, "answered"):
        _clear_pending(session)  # the typed reading's question back is answered by the facts instead
    return None


def _facts_answer(turn, fa, answerer: Answerer, idx: FactIndex, answer_type):
    """The facts' answer, remembered for the follow-ups it may have."""
    session = turn.session
    if fa.status == "answered" and fa.facts:
        previous = _context(session).get("last", [])
        last = [f["id"] for f in fa.facts[:1]] if len(fa.facts) == 1 else []
        named = [sorted(m.keys) for m in (answerer.last.mentions if answerer.last else []) if m.exact and m.start >= 0]
        depts = sorted({f["department"] for f in fa.facts})
        _keep(session, {"departments": depts, "named": named,
                        "rows": _row_context(fa.facts), "last": last, "recent": (previous + last)[-2:] if last else [],
                        "ranked": fa.ranked})
        if hasattr(session, "doc_ids"):  # the conversation is now about the departments answered from
            session.doc_ids = turn.kb.documents_of_departments(depts)
    if fa.status == "clarify" and fa.options and all(o in idx.dept_docs for o in fa.options):
        _keep(session, {"asked_departments": {"options": fa.options, "question": turn.question}})
    entities = [{"kind": "fact", "id": f["id"], "name": _name(f)} for f in fa.facts[:20]]
    return answer_type(turn.question, fa.status, fa.text, "facts", options=fa.options, entities=entities,
                       source=[{"document_id": f["document_id"], "sheet": f["sheet"], "line": f["line"], "cell": f["cell"]}
                               for f in fa.facts[:20]])


def _typed_elsewhere(typed, fq: FactQuestion, idx: FactIndex) -> bool:
    """Does a confident typed answer come only from departments other than those the question names?"""
    if typed.status != "answered" or not fq.departments or fq.foreign_org:
        return False
    theirs = set(_departments_in(compact(typed.text), idx))
    return bool(theirs) and theirs.isdisjoint(fq.departments)


def _own_label(fq: FactQuestion) -> bool:
    """Does the question name a label of its own (not one carried from the conversation)?"""
    return any(m.start >= 0 for m in fq.mentions)


def _asked_clauses(question: str) -> list[str]:
    """"信访局一共几个项目，总共多少钱": clauses that each ask their own question ([] when there is one)."""
    return question_clauses(question)


def _each_clause(turn, typed, clauses: list[str]):
    """Two things asked, two answered: each clause in turn, in the conversation the earlier ones make
    ("…几个项目，总共多少钱" is about the same department). One not answered makes the whole a miss, never
    an answer to half the question."""
    answer_type = type(typed)
    texts, status = [], "answered"
    for clause in clauses:
        step = type(turn)(turn.kb, turn.rules, turn.session, clause)
        step.clause = True
        got = step.run()
        texts.append(got.text if got.status == "answered" else compose.clause_unanswered(clause, got.text))
        if got.status != "answered":
            status = "unknown"
    return answer_type(turn.question, status, "\n".join(texts), typed.intent)


def _departments_disagree(turn, typed, answerer: Answerer, idx: FactIndex) -> list[str]:
    """A first question naming no department, answered by the typed reading from one department while
    another department's table holds what it asks ("执行率多少": one bureau's project, another's 执行率
    row): two things match, so ask which department (the options), never pick one."""
    if typed.status != "answered" or not getattr(turn, "fresh", False) or len(idx.dept_docs) < 2:
        return []
    text = compact(normalize(turn.question))
    if _departments_in(text, idx):
        return []
    typed_depts = {d for d in _departments_in(compact(typed.text), idx)}
    if len(typed_depts) != 1:
        return []
    fa = answerer.answer(turn.question, None, None)
    # The facts asking which department themselves ("执行率" rows in two other bureaus' tables) disagree too.
    asks = fa is not None and fa.status == "clarify" and bool(fa.options) and all(o in idx.dept_docs for o in fa.options)
    if fa is None or not asks and (fa.status != "answered" or not fa.facts):
        return []
    theirs = set(fa.options) if asks else {f["department"] for f in fa.facts}
    read = answerer.last
    if theirs <= typed_depts or read is None or not all(m.exact for m in read.mentions):
        return []
    return sorted(typed_depts | theirs)[:10]


def _leaves_the_conversation(turn, fa: FactAnswer, idx: FactIndex) -> bool:
    """Would this answer come from a department the conversation is not about, although the question
    names none? ("湛江人社局的重点工作任务有哪些" → "第二个投了多少" is about 湛江, whatever else matches.)"""
    if fa.status != "answered" or not fa.facts or _departments_in(compact(normalize(turn.question)), idx):
        return False
    session = turn.session
    context = _context(session)
    scope = set(context.get("departments") or ())
    scope |= {turn.kb.documents[d]["department_name"] for d in getattr(session, "doc_ids", None) or ()
              if d in turn.kb.documents}
    # The values just answered ("→ 社工部呢 → 两者加起来") are of the conversation, whatever their department.
    scope |= {f["department"] for f in idx.facts(list(context.get("recent") or ()))}
    return bool(scope) and not {f["department"] for f in fa.facts} <= scope


def _row_context(facts: list[dict]) -> set[str]:
    """The rows an answer was about (their innermost labels), for a follow-up naming only a column."""
    return {label_key(f["row_labels"].split(query.FACT_SEP)[-1]) for f in facts if f["row_labels"]}


def _numbers_in(text: str) -> list[float]:
    return [float(x.replace(",", "")) for x in re.findall(r"-?\d[\d,]*(?:\.\d+)?", text)]


_TYPED_ARITHMETIC = {"share", "sum", "compare", "total", "execution", "completion", "rank"}


def _explains_more(answerer: Answerer, fa: FactAnswer, typed_text: str, typed_intent: str = "") -> bool:
    """A confident typed answer yields to the facts only when the facts answer a word it ignored: a label
    the question names ("联系人", "权重", "评分标准") that the typed answer does not show, while every
    label the facts used is one the question names exactly."""
    fq = answerer.last
    shown = compact(typed_text)
    printed = _numbers_in(typed_text)
    if fa.status == "answered" and typed_intent not in _TYPED_ARITHMETIC and \
            (m := re.search(r"=\s*(-?[\d.]+)", fa.text)):
        result = float(m.group(1))
        if not any(abs(result - y) < 0.006 for y in printed):
            return True  # the facts computed what the question asks (a difference, a sum, a share)
    figures = [f["number"] for f in fa.facts if f["number"] is not None]
    if figures and all(any(abs(x - y) < 0.006 for y in printed) for x in figures):
        return False  # the typed answer already shows these figures
    depts = {f["department"] for f in fa.facts}
    if fa.status == "answered" and len(depts) >= 2 and not all(compact(d) in shown for d in depts):
        return True  # the typed answer covered one of the departments asked about
    if fa.status != "answered" or fq is None or not fq.mentions or fq.leftover:
        return False
    named = [fq.text[m.start:m.end] for m in fq.mentions if m.start >= 0]
    if not all(m.exact or m.quality >= 0.8 for m in fq.mentions):
        return False
    return any(w not in shown and not any(k in shown for k in m.keys)
               for w, m in zip(named, [m for m in fq.mentions if m.start >= 0], strict=True))


def _departments_in(text: str, idx: FactIndex) -> list[str]:
    """Departments a text names, by their longest forms (a city alone does not name all its bureaus
    when a bureau of it is named)."""
    taken: list[tuple[int, int]] = []
    out: list[str] = []
    present = {f for i in range(len(text) - 1) for f in idx.dept_by_gram.get(text[i:i + 2], ()) if f in text}
    for form in sorted(present, key=lambda f: (-len(f), text.find(f), f)):
        for m in re.finditer(re.escape(form), text):
            if _take(text, taken, m.start(), m.end()):
                out += [d for d in idx.dept_forms[form] if d not in out]
    return out


def _conversation_departments(turn, idx: FactIndex) -> list[str]:
    """The departments a follow-up ("2021年的预算呢") is about: those of the conversation's frame."""
    frame = getattr(turn.session, "frame", None)
    if not _FOLLOWUP.search(compact(turn.question)) or frame is None:
        return []
    return sorted({idx.docs[d].department for d in getattr(frame, "doc_ids", None) or () if d in idx.docs})


def _missing_year(idx: FactIndex, question: str, kb, conversation: list[str] | None = None) -> str:
    """"没有 N 年的数据，现有：…" when the question asks a year none of its departments' tables has (those
    of the conversation when a follow-up names none)."""
    text = _compared_year(compact(normalize(question)), idx)
    asked_abs = [int(m.group(1)) for m in YEAR_ASKED.finditer(text)]
    for s, e in _label_year_spans(text, idx):
        text = text[:s] + "\x00" * (e - s) + text[e:]  # 上年结转 is a label, not last year
    rel = [off for word, off in _REL_YEARS if word in text]
    if not asked_abs and not rel:
        return ""
    depts = _departments_in(text, idx) or conversation or list(idx.dept_docs)
    have = sorted({y for d in depts for y in idx.dept_years.get(d, ())})
    if not have:
        if asked_abs or any(rel):
            # No table says its year: a figure for 2019 or 去年 cannot be told from this year's.
            said = [word for word, off in _REL_YEARS if off and word in text]
            said = [w for w in said if not any(w != o and w in o for o in said)]  # 大前年, not 前年 too
            return compose.years_not_marked(asked_abs, depts, said)
        return ""
    docs = [idx.docs[x] for d in depts for x in idx.dept_docs.get(d, ())]
    base = max(d.year or 0 for d in docs) or have[-1]
    if rel and re.search(r"(?:较|比|相比|对比|同比)(?:上年|去年|上一年)|(?:跟|和|与)(?:上年|去年|上一年)度?相?比", text):
        rel = []  # "较上年增加" compares with last year inside the table
    asked = asked_abs + [base + off for off in rel]
    missing = [y for y in dict.fromkeys(asked) if y not in have]
    if not missing:
        return ""
    return compose.years_not_held(missing, have)


def printed_result(kb, op: str, a: dict, b: dict, value: float) -> dict | None:
    """The value the table itself prints for the sum or share of two facts shown (a, b carry their fact
    ids), when it differs from the one computed only by rounding: a total in the same section as either
    of them (the sum), or a percentage on the part's own row (the share). None when none or several."""
    idx = index_for(kb)
    shown = idx.facts([a["fact"], b["fact"]])
    if len(shown) != 2 or shown[0]["document_id"] != shown[1]["document_id"]:
        return None
    doc = shown[0]["document_id"]
    if op == "sum":
        sections = {f["section"] for f in shown if f["section"]}
        fits = [f for f in idx.facts(list(idx.docs[doc].facts)) if f["number"] is not None
                and f["unit"] == shown[0]["unit"] and 0 < abs(f["number"] - value) <= 0.011
                and (f["section"] in sections or any(_is_total(k) for k in idx.row_keys(f["id"])))]
    else:
        part = re.sub(r"^\d+|[（(][^）)]*[）)]", "", (shown[1]["row_labels"] or "").split(query.FACT_SEP)[-1]).strip()
        fits = [f for f in idx.facts(list(idx.docs[doc].facts)) if f["number"] is not None and f["unit"] == "%"
                and 0 < abs(f["number"] - value) < 0.05 and len(part) >= 2
                and part in re.sub(r"[（(][^）)]*[）)]", "", f["row_labels"] or "")]
    if len({f["number"] for f in fits}) != 1:
        return None
    f = fits[0]
    return {"value": _shown(f), "label": _name(f), "source": _cite(idx, [f])}


def departments_named(kb, question: str) -> list[str]:
    """The departments a question names, by the names people use (社工部, 桐溪, 东湖分局)."""
    return _departments_in(compact(normalize(question)), index_for(kb))
