"""The fact index: one per knowledge base, every fact label cleaned and widened to the facts it names."""

from __future__ import annotations

import re
import threading
import tomllib
import weakref
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.answer import REL_YEARS as _REL_YEARS
from bot.answer.facts.words import _TICKED, INDICATOR_NAME_HEAD, bracket_words, label_key
from bot.language import asking
from bot.language.lexicon import (
    DEFAULT_ABBREVIATIONS,
    abbreviation_words,
    bureau_first_word,
    bureau_words,
    company_short_forms,
    department_bare_forms,
    department_forms,
    department_places,
    file_year,
    generic_unit_word,
    lead_abbreviated_forms,
    organisation_short_forms,
    title_kind_words,
    unit_contracted_forms,
    unit_kind_end,
    unit_short_forms,
)
from bot.language.named_years import year_led_names
from bot.language.normalize import compact
from bot.language.sections import parsed_vocabulary
from bot.language.sections import vocabulary_section as vocabulary_section  # (the readers' one loader)
from bot.model import AMOUNT_COLUMNS, AMOUNT_LABELS
from bot.store import queries as query

# A cell naming an organisation (a plan's 建设单位): said by its standard short words as well.
_ORGANISATION = re.compile(r"(?:局|公司|集团|中心|委员会|医院)$")


class _ByFid(list):
    """One attribute of every fact, in a list indexed by fact id (a list itself: a question reads
    thousands of these, and list's own indexing is C, not a Python method call each)."""

    __slots__ = ("default",)

    def __init__(self, size: int, default=None):
        super().__init__([default] * size)
        self.default = default

    def get(self, fid: int, default=None):
        if 0 <= fid < len(self) and self[fid] is not None:
            return self[fid]
        return default

    def items(self):
        return ((i, v) for i, v in enumerate(self) if v is not None and v != self.default)

    def __bool__(self) -> bool:
        return any(v is not None and v != self.default for v in self)


def _names_listed(value: str, labels) -> list[str]:
    """"石门村、溪口村": the places a cell lists, each of one kind (the same ending: 村, 社区, 镇, 乡, 街道) and short —
    a question names one of them ("溪口村有哪些项目"); never the parts of a sentence ("评审、监理和验收")."""
    parts = [compact(p) for p in value.split("、")]
    if len(parts) < 2 or any(not 3 <= len(p) <= 10 or re.search(r"\d", p) for p in parts) \
            or len({p[-1] for p in parts}) != 1 or not re.search(r"(?:村|社区|镇|乡|街道)$", parts[0]):
        return []
    return [p for p in parts if p not in labels]


@dataclass
class _Doc:
    id: int
    department: str
    year: int | None
    form: str
    file_name: str
    facts: list[int] | array[int] = field(default_factory=list)  # an array once the index is built
    layout: str = ""  # how the table was read ("general-table": a one-title spreadsheet of any layout)
    funds: tuple[str, ...] = ()  # the sources of funds it states figures of (财政拨款 of a 目标表's 资金总额)


# The date a cumulative figure runs to, printed before its label ("截至2024年底累计完成投资").
_AS_OF = re.compile(r"(?:截至|截止到?|到)(?:(?:19|20)\d\d年度?)(?:底|末|年底|年末)?")
_ORG_END = re.compile(r"(?:局|委|办|中心)$")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d年度?")  # a column group that is a year and nothing else
_DATE_FIRST = re.compile(r"^(?:19|20)\d\d年(?:末|底|初)?度?")  # the date a column group starts with
_LOOKS_BACK = re.compile(r"自评")  # the form of a table reporting on a finished year (FactIndex.looks_back)
_KEPT_LOCK = threading.Lock()  # FactIndex.facts' kept rows: threads answering at once


def _doc_of(info: dict) -> _Doc:
    """A loaded table as the index keeps it, with the sources of funds it states figures of (AMOUNT_LABELS)."""
    return _Doc(info["id"], info["department_name"], info.get("year"), info.get("form") or "",
                info.get("file_name") or "", layout=info.get("layout") or "",
                funds=tuple(AMOUNT_LABELS[k] for k in AMOUNT_COLUMNS[1:] if info.get(k) is not None))


_BRACKET_END = re.compile(r"[（(][^（）()]*[）)]$")
# What a table's title says after what the table is about: "…营养改善计划" + "补助资金" + "分配表".
_TITLE_TAIL = re.compile(r"(?P<money>(?:补助|专项|补贴|奖补)?资金)?(?:分配|安排|使用|明细|测算|下达)?(?:情况)?(?:汇总)?表$")


# The four budgets a place draws up (预算法): a title whose subject is one of them ("国有资本经营预算收支表",
# "中期财政规划表（一般公共预算支出）") is that budget's table, named by the budget's name.
_BUDGET_KIND = re.compile(r"(一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算)(收入|支出)?")
_BUDGET_TITLE = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?(?:本级|全)?)?(?P<kind>" + _BUDGET_KIND.pattern + r")"
                           r"(?:收支|收入|支出)?(?:预算|决算|执行)?(?:情况|明细|总|调整)?(?:月报|季报|快报)?表$")
# The months a report covers, before its title's subject ("1-12月一般公共预算支出执行情况月报表")
_REPORT_MONTHS = re.compile(r"^\d{1,2}(?:[-—–~～至到]\d{1,2})?月份?")


def budget_kinds(form: str) -> set[str]:
    """The budget a table is of, by its title: "国有资本经营预算收支表" -> 国有资本经营预算; a plan's subject in
    brackets after its kind, "…规划表（一般公共预算支出）" -> 一般公共预算支出 and 一般公共预算."""
    form = _REPORT_MONTHS.sub("", re.sub(r"^(?:(?:19|20)\d\d年?[-—–~～至到]?)+年度?", "", form))
    said: set[str] = set()
    if (m := _BUDGET_TITLE.match(_BRACKET_END.sub("", form))) is not None:
        said |= {m.group("kind"), m.group(2)}
    if (b := _BRACKET_END.search(form)) and (m := _BUDGET_KIND.fullmatch(b.group()[1:-1])) is not None:
        said |= {m.group(), m.group(1)}
    return said


def title_subjects(form: str) -> set[str]:
    """The words people name a table by, from its title's subject ("农村义务教育学生营养改善计划补助资金分配表" is
    the "营养改善计划" table, its "营养改善计划补助资金"): the subject's endings of five characters or more, alone and
    with the title's money word. A shorter subject ("社区治理") is a word of the table's rows and columns as much
    as of its title: none, as for a title ending in no such tail."""
    m = _TITLE_TAIL.search(form)
    if m is None or not m.group("money"):
        return set()
    head = form[: m.start()]
    ends = {head[i:] for i in range(len(head) - 4)}
    return ends | {e + m.group("money") for e in ends}


def bare_short_words(value: str, abbreviations: dict[str, tuple[str, ...]]) -> set[str]:
    """"残联" of a 主管部门 cell 县残联 (or 县残疾人联合会): an organisation's standard short word of two characters
    ([abbreviations]) said without its level, when that word (or its long form) is the whole of the name after the
    level."""
    rest = value[1:]
    shorts = {w for words in abbreviations.values() for w in words if len(w) == 2}
    return ({rest} if rest in shorts else set()) | {w for w in abbreviations.get(rest, ()) if len(w) == 2}


class FactIndex:
    """Labels -> facts, built once per knowledge base (facts stay in SQLite; only labels are held)."""

    def __init__(self, conn, documents: dict[int, dict], vocab_path: str, cut=None, tags: dict | None = None,
                 operations: dict[str, tuple[str, ...]] | None = None):
        self.conn = conn
        self.operations = operations or {}  # the vocabulary's [operation_words]: sum, diff, ratio … -> their words
        self.vocab_path = vocab_path  # (records.py reads its [record_asks])
        asking.use(vocab_path)  # (the table readers' words of asking: this file's)
        self.cut = cut  # the knowledge base's word cutter: where a question's words begin and end
        self.tags = tags or {}  # its part-of-speech tags of words (n, t, v …)
        syn, abbrev = _read_words(vocab_path)
        self.synonyms = syn
        self.label_abbrev = _read_label_abbreviations(vocab_path)
        # a project said by a word's initials (公卫) -> said by its name: the knowledge base's (index_for)
        self.names_said_long: Callable[[str], str] = str
        self.unit_abbrev = _read_label_abbreviations(vocab_path, "unit_abbreviations")  # 第一中学 -> 一中
        self.same_line_words = _read_label_abbreviations(vocab_path, "same_line_words")  # 预算财政拨款 -> 预算拨款
        self.everyday = _read_everyday_words(vocab_path)
        self.unheld = _read_everyday_words(vocab_path, ("unheld",))  # fields a question may ask (得分, 权重)
        self.duration_words = _read_everyday_words(vocab_path, ("duration_words",))  # 平均办结时长: 最快 is least
        self.pace_words = _read_everyday_words(vocab_path, ("pace_words",))  # 执行进度: 最快 is most
        self.head_count_words = _read_everyday_words(vocab_path, ("head_count_words",))  # 财政供养人员: 人均's 人
        self.head_count_same = _read_label_abbreviations(vocab_path, "head_count_same")  # 编制: 在编 (one count's words)
        self.count_endings = _read_everyday_words(vocab_path, ("count_endings",))  # 人数: a count, not a rate's label
        # 生均标准, 单价, 拨付进度: a column of figures per one, never added over rows (per_one_column)
        self.per_one_endings = tuple(_read_everyday_words(vocab_path, ("per_one_endings", "rate_endings", "pace_words")))
        self.per_one_starts = tuple(_read_everyday_words(vocab_path, ("per_one_starts",)))
        self._per_one: dict[str, bool] = {}
        self.entity_kinds = _read_everyday_words(vocab_path, ("entity_kinds",))  # 哪个部门 / 几个县区: rows of a table
        self.row_kind_nouns = _read_everyday_words(vocab_path, ("row_kind_nouns",))  # 哪个学校: the rows, no label
        self.entity_kind_endings = _read_label_abbreviations(vocab_path, "entity_kind_endings")  # 学校: 中学 …
        self.place_kind_endings = _read_label_abbreviations(vocab_path, "place_kind_endings")  # 乡镇: 乡, 镇, 街道
        self.town_kind_endings = _read_label_abbreviations(vocab_path, "town_kind_endings")  # 乡: 乡 (几个乡, 乡不算)
        self.money_stages = _read_label_abbreviations(vocab_path, "money_stages")  # 到位: 实际到位 (turn.py)
        self.column_kinds = _read_label_abbreviations(vocab_path, "column_kinds")  # 险种: 保险基金 (kinds.py)
        # 分得 / 分到 / 分配金额: said of an allocation table's row with no column named, its total column
        self.allocation_words = tuple(sorted(_read_everyday_words(vocab_path, ("allocation_words",)), key=len, reverse=True))
        self.budget_kinds = tuple(_read_everyday_words(vocab_path, ("budget_kinds",)))  # 政府性基金 (answerer.py)
        self.abbrev = abbrev or DEFAULT_ABBREVIATIONS
        self.net_words = _read_everyday_words(vocab_path, ("net_words",))  # 净, 毛: another figure than the label's
        self.company_trade_words = _read_everyday_words(vocab_path, ("company_trade_words",))  # 产业投资, 开发
        # 评价: a kind of table said without 表 (its title's word), never a part of a column (评价得分) unless one goes on
        self.table_words = tuple(sorted(_read_everyday_words(vocab_path, ("table_words",)), key=len, reverse=True))
        self.table_word_not_before = tuple(_read_everyday_words(vocab_path, ("table_word_not_before",)))
        self.table_kinds_short = tuple(_read_everyday_words(vocab_path, ("table_kinds_short",)))  # 自评
        # 实际完成值 beside 年度指标值: what a self-evaluation's indicators listed are ranked by, unless a target is said
        self.done_value_columns = _read_everyday_words(vocab_path, ("done_value_columns",))
        self.target_value_said = tuple(_read_everyday_words(vocab_path, ("target_value_said",)))
        self.docs: dict[int, _Doc] = {}
        self._kept_facts: dict[int, dict] = {}  # fact id -> its row as a dict, never handed out (see facts)
        self._doc_spans: dict[int, tuple[int, int]] = {}  # document -> its lowest and highest fact id
        self._department_words: set[str] | None = None  # every loaded department's forms (_subject_initials)
        self._bare_rows: set[str] | None = None  # row label keys without their subject codes (_subject_initials)
        for info in documents.values():
            self.docs[info["id"]] = _doc_of(info)
        self._read_labels()
        self._read_subjects()
        self._read_departments(abbrev)
        self._read_values()
        self._read_years()
        self._read_gram_keys()

    def _read_gram_keys(self) -> None:
        """Character pairs -> label keys with a form containing them: the candidates of a question."""
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
        self.percent_cols: set[str] = set()  # column keys printed with a percent sign (增长% -> "增长")
        self.heads: dict[str, str] = {}  # label key -> its words before a bracket
        self.spelled: dict[str, str] = {}  # label key -> the label with its bracketed words kept
        self.brackets: dict[str, set[str]] = defaultdict(set)  # label key -> the words its labels' brackets say
        self.head_labels: dict[str, set[str]] = defaultdict(set)  # row head key ("二级指标") -> label keys
        self.sheet_titles: dict[int, set[str]] = defaultdict(set)  # doc -> its sheets' title keys
        self.own_row_labels: dict[int, set[str]] = defaultdict(set)  # doc -> its lines' own row labels, as printed
        label_facts: dict[str, list[int]] = defaultdict(list)
        interned: dict[tuple, tuple] = {}
        # doc -> the (group, sub-column) pairs of its two-level column headers (2024年末债务余额, 一般债务)
        self.column_pairs: dict[int, set[tuple[str, str]]] = defaultdict(set)
        for row in query.fact_labels(self.conn):
            for k in self._add_fact(row, interned):
                label_facts[k].append(row[0])
        del interned
        self._join_crossed_columns(label_facts)
        self.label_facts = {k: array("i", v) for k, v in label_facts.items()}
        del label_facts
        for d in self.docs.values():
            d.facts = array("i", d.facts)
        self.doc_keys: dict[int, set[str]] = defaultdict(set)
        for fid, keys in self.fact_keys.items():
            self.doc_keys[self.fact_doc[fid]].update(keys)
        self.fund_forms: set[str] = set()  # a social-insurance fund's short names (_fund_short_names)
        self.key_forms: dict[str, tuple[str, ...]] = {k: tuple(self._forms(k)) for k in self.label_facts}
        self.label_text = "\x1f".join(self.label_facts)
        self.label_text_fenced = f"\x1f{self.label_text}\x1f"  # a label said whole: "\x1f" + it + "\x1f" in this
        # The labels without their joining words (年初结转和结余 -> 年初结转结余): what a question says of a
        # label when it has used its 和 to join two of them ("年初和年末结转结余").
        self.label_text_unjoined = re.sub(r"[和与及、]", "", self.label_text)
        # Row and column labels holding a relative year word (上年结转, 本年安排): said in a question, they
        # are the label. A column of a comparison (比上年增加) is not: 比上年 said is the year compared with.
        self.year_word_labels = [k for k in sorted(self.row_label_keys | self.col_keys) if len(k) > 2 and any(
            w in k and k != w for w, _ in _REL_YEARS) and (k in self.row_label_keys or not re.match(r"[比较]", k))]
        self.col_text = "\x1f".join(self.col_keys | self.head_keys)

    def _join_crossed_columns(self, label_facts: dict[str, list[int]]) -> None:
        """Column groups that share their sub-columns (2024年债务限额 / 2024年末债务余额, each over 一般债务 /
        专项债务): each sub-column under its group is also a label of its own, the two said together
        (2024年末债务余额一般债务) — one figure, named as one thing in a share or a difference of two."""
        for doc in self.docs.values():
            printed = self.column_pairs.get(doc.id)
            if not printed:
                continue
            pairs: dict[tuple[str, str], list[int]] = defaultdict(list)
            for f in doc.facts:
                n = self.fact_nrows[f]
                cols = self.fact_keys[f][n:n + 2]
                if cols in printed:
                    pairs[cols].append(f)
            groups: dict[str, set[str]] = defaultdict(set)
            subs: dict[str, set[str]] = defaultdict(set)
            for g, sub in pairs:
                groups[sub].add(g)
                subs[g].add(sub)
            for (g, sub), fids in pairs.items():
                # a grid of groups by sub-columns (each group over two or more), not one column's repeated name
                # (a group that is only a date, 2024年末 › 债务余额, is read by its date as before)
                # A year alone over its columns (2024年 › 预算数 / 执行数 beside 2025年预算数) is said with them
                # as one column too: "2024年预算数呢" names 2024年 › 预算数.
                of_year = bool(_YEAR_ALONE.fullmatch(g)) and len(subs[g]) >= 2 and len(sub) >= 2 \
                    and sub not in ("合计", "小计", "总计")
                if not of_year and (len(groups[sub]) < 2 or any(len(subs[x]) < 2 for x in groups[sub]) or len(sub) < 2
                                    or sub in ("合计", "小计", "总计") or len(_DATE_FIRST.sub("", g)) < 2):
                    continue
                joined = g + sub
                self.col_keys.add(joined)
                for f in fids:
                    self.fact_keys[f] = (*self.fact_keys[f], joined)
                    label_facts[joined].append(f)

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
        if len(ckeys) == 2 and ckeys[0] and ckeys[1]:
            self.column_pairs[doc_id].add((ckeys[0], ckeys[1]))
        if raw_rows and raw_rows[-1]:
            self.own_row_labels[doc_id].add(raw_rows[-1])
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
                self.brackets[label_key(raw)].update(w for w in bracket_words(raw) if re.search(r"[\u4e00-\u9fff]{2}", w))
                if re.search(r"[（(][\u4e00-\u9fff]{1,12}[）)]", raw):
                    self.spelled[label_key(raw)] = compact(raw)  # "维修（护）费" said 维修护费
        self.col_keys.update(k for k in ckeys if k)
        if raw_cols and re.search(r"[%％][)）]?$", raw_cols[-1].strip()) and ckeys[-1]:
            self.percent_cols.add(ckeys[-1])  # "增长%": a column of percents its key ("增长") no longer says
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
        self.title_subjects: dict[str, set[int]] = defaultdict(set)  # of the subjects, those of titles' words
        self.budget_kind_docs: dict[str, set[int]] = defaultdict(set)  # 国有资本经营预算 -> its tables (budget_kinds)
        self.title_kind_said: set[str] = set()  # of those, the words read off titles only (lexicon.title_kind_words)
        fact_docs = [d for d in self.docs if self.docs[d].facts]
        kinds, wholes = (_read_everyday_words(self.vocab_path, (w,)) for w in ("table_kinds", "whole_table_subjects"))
        self.whole_table_subjects = tuple(wholes)  # 支出预算: a whole budget a table's kind may print (dept_units)
        # 三公经费, 专项债: what only a kind of table holds ([table_subjects]), longest first (dept_units, verb_columns)
        self.table_subjects = tuple(sorted(_read_everyday_words(self.vocab_path, ("table_subjects",)), key=len, reverse=True))
        rows = query.projects_in(self.conn, fact_docs) if fact_docs else []
        of_doc = Counter(r["document_id"] for r in rows)
        # A table of one project (申报表, 自评表): its project's name, said whole or in part, names the table
        self.one_projects: dict[int, str] = {
            r["document_id"]: compact(r["name"]) for r in rows if of_doc[r["document_id"]] == 1
            and r["kind"] != "department" and any(k in (self.docs[r["document_id"]].form or "") for k in ("申报", "自评"))}
        for r in rows:
            name = compact(r["name"])
            labels = self.doc_keys.get(r["document_id"], ())
            if r["kind"] != "department" and len(name) >= 3 and name not in labels \
                    and label_key(r["name"]) not in labels:
                self.subjects[name].add(r["document_id"])
        for did in fact_docs:
            form = compact(_BRACKET_END.sub("", (self.docs[did].form or "").strip()))  # "运行监控表（1-9月）": a 监控表
            for i in range(len(form) - 2):
                if form.endswith("表") and form[i:] not in self.label_facts:
                    self.subjects[form[i:]].add(did)
            # (a kind said without 表, "25年自评…", names the tables whose kind holds it: see table_words)
            self.subjects.update({w: self.subjects[w] | {did} for w in self.table_kinds_short
                                  if form.endswith("表") and w in form and w not in self.label_facts})
            for said in title_subjects(form):
                if said not in self.label_facts:
                    self.subjects[said].add(did)
                    self.title_subjects[said].add(did)
            for said in budget_kinds(re.sub(r"\s+", "", self.docs[did].form or "")):  # (its brackets kept)
                self.budget_kind_docs[said].add(did)
            for said in title_kind_words(self.docs[did].form or "", kinds, wholes):  # (政府性基金 of 部门政府性基金预算支出表)
                self.budget_kind_docs[said].add(did)
                self.title_kind_said.add(said)
            # "行政事业单位国有资产占有情况表": the units it covers, said first, name the table (its whole), not
            # a row of one kind of them (行政单位)
            if (m := re.match(r"[\u4e00-\u9fff]{2,6}单位", form)) and m.group() not in self.label_facts:
                self.subjects[m.group()].add(did)
        # (a word some title names a budget by in so many words, 国有资本经营预算, is no title-only word)
        self.title_kind_said -= {w for w, ds in self.budget_kind_docs.items()
                                 if any(w in budget_kinds(re.sub(r"\s+", "", self.docs[d].form or "")) for d in ds)}
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
        # "财政局" of 上海市普陀区财政局 and of the row 区财政局 of 青禾区's table of its units: the name two of them
        # share names either, so the place whose table has that row is one of the departments it may mean.
        # So does "广汉市财政局", a row of 广汉市's table, said "财政局" (unless the row is a loaded department itself).
        loaded = {label_key(d.department) for d in self.docs.values()}
        for key in sorted(k for k in self.row_label_keys
                          if _LEVEL_LED_BUREAU.match(k) or _PLACED_ORG.match(k) and k not in loaded):
            for form in sorted(self.key_forms.get(key, ())):
                if form != key and form in self.dept_forms:
                    for fid in self.label_facts.get(key, array("i"))[:50]:
                        if (owner := self.docs[self.fact_doc[fid]].department) not in self.dept_forms[form]:
                            self.dept_forms[form].append(owner)
        # Place + bureau word without 局 ("鹭川民政"): it gives way to a label beginning inside it.
        self.dept_yielding = {
            f for dept in dict.fromkeys(d.department for d in self.docs.values())
            for f in department_bare_forms(dept, abbrev or None)}
        self.bureau_long: dict[str, str] = {}  # a bureau's short word said alone -> the words it stands for
        for word, (dept, long) in self._bureau_words(abbrev).items():
            self.dept_forms[word].append(dept)  # "城管那张表": the one loaded 城市管理局 (see _bureau_words)
            self.dept_yielding.add(word)
            self.bureau_long[word] = long
        self.dept_order = sorted(self.dept_forms, key=len, reverse=True)
        self.dept_by_gram: dict[str, list[str]] = defaultdict(list)  # first two characters -> forms
        for form in self.dept_order:
            self.dept_by_gram[form[:2]].append(form)

    def _bureau_words(self, abbrev) -> dict[str, tuple[str, str]]:
        """The standard short word of a bureau said alone ("城管" of 宜宾市叙州区城市管理局), when one loaded
        department alone has it, it is no form of another, and no label of any table holds it (霞浦's 城管执法
        line): that department; a word naming a kind of office in several places names none of them."""
        seen = abbreviation_words(dict.fromkeys(d.department for d in self.docs.values()), abbrev or self.abbrev)
        words = {w: (next(iter(ds)), long) for w, (ds, long) in seen.items()
                 if len(ds) == 1 and len(w) >= 2 and w not in self.dept_forms and w != "公司"}
        keys = [k for forms in self.key_forms.values() for k in forms]
        return {w: d for w, d in words.items() if not any(w in k for k in keys)}

    def _read_values(self) -> None:
        """Short text values (a 资金来源, a 责任科室): a question may name rows by them."""
        self.value_by_gram: dict = defaultdict(set)
        self.value_facts: dict[str, list[int]] = defaultdict(list)
        self.category_values: set[str] = set()  # two-character values of a column of kinds (货物, 询价)
        self.bare_organisations: set[str] = set()  # an organisation's two-character short word (残联 of 县残联)
        columns: dict[tuple, list[str]] = defaultdict(list)
        self.option_facts: dict[str, set[int]] = defaultdict(set)  # a tick-box option -> the cells offering it
        self.text_columns: dict[tuple[int, str], list[int]] = defaultdict(list)  # (document, header) -> its text cells
        self.indicator_values: set[str] = set()  # the names a column of indicators (三级指标, 指标名称) prints
        for fid, doc, value in query.fact_text_values(self.conn):
            v = compact(value)
            if ticked := _TICKED.search(value):
                for option in re.split(r"[、,，]", ticked.group(1)):
                    self.option_facts[compact(option)].add(fid)
            if 2 <= len(v) <= 20 and v not in self.label_facts:
                keys = self.fact_keys[fid]
                columns[(doc, keys[self.fact_nrows[fid]:self.fact_nrows[fid] + 1])].append(v)
                if len(keys) > self.fact_nrows[fid]:
                    self.text_columns[(doc, keys[self.fact_nrows[fid]])].append(fid)
                    if INDICATOR_NAME_HEAD.search(keys[self.fact_nrows[fid]]) and len(v) >= 5 and not v.endswith("指标"):
                        self.indicator_values.add(v)  # (an indicator's line of a 运行监控表: said short)
                if len(v) >= 3:
                    self.value_by_gram[v[:2]].add(v)
                self.value_facts[v].append(fid)
                # "预算不单列，并入本级": each clause of a short text names the rows too ("哪些单位并入本级"; a
                # tick-box cell's options are its own, above)
                for clause in {c for c in map(compact, re.split(r"[，,；;]", value)) if not ticked
                               and 4 <= len(c) < len(v) and c not in self.label_facts}:
                    self.value_by_gram[clause[:2]].add(clause)
                    self.value_facts[clause].append(fid)
                for name in _names_listed(value, self.label_facts):
                    self.value_by_gram[name[:2]].add(name)
                    self.value_facts[name].append(fid)
        organisations = [v for v in self.value_facts if _ORGANISATION.search(v)]
        # (水利局 of 县水利水电局: kept only where one value is said so)
        firsts = Counter(f for v in organisations if (f := bureau_first_word(v)))
        for v in organisations:
            # "县城投公司" for the 建设单位 printed 县城市建设投资有限公司: an organisation by its standard short words
            first = {f} if (f := bureau_first_word(v)) and firsts[f] == 1 else set()
            for form in organisation_short_forms(v, self.abbrev) | self._bureau_of_the_value(v) | first:
                if form not in self.value_facts and form not in self.label_facts:
                    self.value_by_gram[form[:2]].add(form)
                    self.value_facts[form] = self.value_facts[v]
        self._bare_organisations()
        self._offices_by_their_end(columns)
        for vs in columns.values():
            # A column of kinds: short values, some repeated (采购类别 货物/服务/工程, 采购方式 公开招标/询价).
            if len(vs) >= 3 and len(set(vs)) < len(vs) and all(len(v) <= 6 for v in vs):
                for v in set(vs):
                    if len(v) == 2:
                        self.category_values.add(v)
                        self.value_by_gram[v].add(v)
        for v in [v for v in self.value_facts if len(v) == 2 and v not in self.category_values
                  and v not in self.bare_organisations]:
            del self.value_facts[v]
        self.value_by_gram = {g: sorted(vs, key=lambda v: (-len(v), v)) for g, vs in self.value_by_gram.items()}

    def _bare_organisations(self) -> None:
        """"残联" of a 主管部门 cell 县残联: an organisation's two-character short word said alone names its rows too."""
        for v in [v for v in self.value_facts if 3 <= len(v) <= 12 and v[0] in "县市区"]:
            for form in bare_short_words(v, self.abbrev):
                if form not in self.value_facts and form not in self.label_facts:
                    self.value_by_gram[form[:2]].add(form)
                    self.value_facts[form] = self.value_facts[v]
                    self.bare_organisations.add(form)  # (kept though two characters long)

    def _bureau_of_the_value(self, value: str) -> set[str]:
        """A 主管部门 cell "区教育局" of a place's table (an evaluation summary): the bureau said without the
        table's own level ("教育局", "卫健局" of 区卫生健康局), as its row would be (_bureau_of_the_place); a form
        of a loaded department stays that department's."""
        m = _LEVEL_LED_BUREAU.match(value)
        if m is None:
            return set()
        return {f for f in department_forms(m.group(1), self.abbrev or None)
                if f.endswith(value[-1]) and len(f) >= 3 and f not in self.dept_forms}

    def _offices_by_their_end(self, columns: dict[tuple, list[str]]) -> None:
        """"执法大队负责的项目": an office of a 责任科室 (负责单位) column said by the end of its name (农业综合行政
        执法大队), where no other office of that column ends so."""
        for (_, col), vs in columns.items():
            if not col or not re.search(r"责任|负责", col[0]):
                continue
            ends: dict[str, set[str]] = defaultdict(set)
            for v in set(vs):
                for n in range(4, len(v) - 1):
                    ends[v[-n:]].add(v)
            for form, owners in ends.items():
                if len(owners) == 1 and form not in self.value_facts and form not in self.label_facts:
                    self.value_by_gram[form[:2]].add(form)
                    self.value_facts[form] = self.value_facts[next(iter(owners))]

    def _read_years(self) -> None:
        """The years each department's and document's facts are of."""
        self.dept_docs: dict[str, list[int]] = defaultdict(list)
        self.dept_years: dict[str, set[int]] = defaultdict(set)
        file_docs: dict[str, set[int]] = defaultdict(set)
        for d in self.docs.values():
            self.dept_docs[d.department].append(d.id)
            file_docs[d.file_name].add(d.id)
            if year := d.year or file_year(d.file_name):  # (a text table's title may print none: its file's)
                self.dept_years[d.department].add(year)
        # One file read as several departments' tables (a 部门项目支出预算表 of a city's departments, each closed by its
        # 小计): each document -> the documents of that file, its parts and the place's whole.
        self.table_parts: dict[int, frozenset[int]] = {
            d: frozenset(ds) for name, ds in file_docs.items() if name and len(ds) > 1 for d in ds}
        self.doc_years: dict[int, set[int]] = defaultdict(set)
        for fid, y in self.fact_year.items():
            if y:
                self.doc_years[self.fact_doc[fid]].add(y)
        for doc_id, ys in self.doc_years.items():
            self.dept_years[self.docs[doc_id].department] |= ys

    def _forms(self, key: str) -> set[str]:
        """Ways a label is said: itself, synonyms swapped in, and its core without a counting suffix."""
        out = {key}
        # "年度目标值" of a table of targets is its 目标值 (and so its 指标值): the year is the table's own
        annual = re.match(r"^(?:年度|本年度|本年|全年)(.{1,4}值)$", key)
        for said in (key, annual.group(1)) if annual else (key,):
            out.add(said)
            for group in self.synonyms:
                for w in group:
                    # A synonym stands for the label's last word only ("项目联系人" -> "项目负责人"), never for a
                    # word inside it ("预算执行率" is not "预算金额执行率").
                    if said.endswith(w):
                        out.update(said[: -len(w)] + other for other in group if other != w and not _asks_a_verb(other))
        if key in self.percent_cols and len(key) >= 2 and not key.endswith(("率", "比", "重")):
            # "增长%" is said "增长率" (a change's rate: 增减率, as the vocabulary's synonyms read 增幅, 降幅)
            out.add(key + "率")
            if re.fullmatch(r"(?:比上年|较上年|同比)?(?:增长|增减|增幅|增加|减少|下降|变动)", key):
                out.add("增减率")
        for long, shorts in self.label_abbrev.items():
            if long in key:  # "基本公共卫生服务补助资金" is said "基本公卫服务补助资金"
                out.update(key.replace(long, short) for short in shorts)
        if key.startswith("指标") and len(key) >= 4:
            out.add(key[2:])  # "指标权重" of an indicator table is said "权重"
        if m := re.match(r"^(\d{3,})(\D{2,})$", key):
            out |= _coded_forms(m.group(1), m.group(2))
        elif m := re.match(r"^([a-z]{1,4}\d{2,})([\u4e00-\u9fff]{2,})$", key):
            out.update(m.groups())  # "DP04新港街道" (a lettered code) is said "新港街道", or "DP04"
        out |= _time_apart(key)
        if key in self.heads:
            out.add(self.heads[key])
        if key in self.spelled:
            out |= {self.spelled[key], *self._scored_factor_forms(key)}  # "全年预算数（A）（…）" is said "全年预算数"
        if (m := re.fullmatch(r"([\u4e00-\u9fff]{2})(?:合计|总计)", key)) and key in self.col_keys:
            out.add("总" + m.group(1))  # a column "收入合计" is said "总收入"
        if len(key) >= 4 and key.endswith("小计") and key in self.row_label_keys:
            out.add(key[:-2] + "合计")  # a group's row "小学小计" is said "小学合计"
        for suffix in ("人数", "数量", "金额", "情况", "说明", "数", "值", "费用"):
            if key.endswith(suffix) and len(key) - len(suffix) >= 2:
                out.add(key[: -len(suffix)])
        if key in self.col_keys and (m := _DONE_MONEY.fullmatch(key)):
            out.add(m.group(1))  # a column "已支出资金" (as 已支出金额) is said "已支出"
        out |= self._abbreviated(key)
        out |= self._organisation_forms(key)
        if key in self.row_label_keys:  # "城投集团" of the row 腾冲市城市建设投资集团有限公司
            out |= company_short_forms(key, self.abbrev, self.company_trade_words)
        out |= self._unit_initials(key)
        out |= self._subject_initials(key)
        out |= _tax_initials(key)
        out |= self._unit_short_names(key) | self._numbered_unit_inside(key)
        out |= self._unit_contracted(key)
        out |= self._office_word_left_off(key)
        out |= self._fund_short_names(key)
        if (m := _PLACED_UNIT.match(key)) and (self.cut is None or self.cut(key)[0] == key[0]):
            # "县妇幼保健院" is said "妇幼保健院": the county is the table's own; the 市 of 市场监督管理所 or
            # the 区 of 区域医疗中心 begins a word and stays; a bare kind ("东坡镇幼儿园" -> 幼儿园) names no one row
            if not (m.group(1) in self.entity_kinds
                    or any(m.group(1) in ends for ends in self.entity_kind_endings.values())):
                out.add(m.group(1))
        out |= self._bureau_of_the_place(key)
        return {f for f in out if len(f) >= 2 or f == key}

    def _scored_factor_forms(self, key: str) -> set[str]:
        """A factor column in points (绩效因素（分）权重20%) is said "绩效得分", "绩效分数"."""
        if (m := re.match(r"([\u4e00-\u9fff]{2,6}?)因素分", self.spelled[key])) and key in self.col_keys:
            return {m.group(1) + w for w in ("得分", "分数")}
        return set()

    def _bureau_of_the_place(self, key: str) -> set[str]:
        """A row "区教育局" of a place's table of its units: the 区 is the table's own place, so the bureau is
        said without it ("教育局", "卫健局" of 区卫生健康局), as loaded departments are said (a name two of
        them share is asked back, never answered of one)."""
        m = _LEVEL_LED_BUREAU.match(key)
        if m is None or key not in self.row_label_keys:
            return set()
        kind = key[-1]
        return {f for f in department_forms(m.group(1), self.abbrev or None) if f.endswith(kind) and len(f) >= 3}

    def _unit_initials(self, key: str) -> set[str]:
        """A unit's short names by rule, as staff shorten them: the first characters of its first word and of
        a later one before its kind ("消费者权益保护服务中心" -> 消保中心, "质量技术检测中心" -> 质检中心), or the
        number it is known by ("12315投诉举报中心" -> 12315中心); a code printed before it is left out."""
        name = re.sub(r"^[a-z]{0,4}\d{2,}(?=[\u4e00-\u9fff])", "", key)
        kind = _UNIT_KIND.search(name)
        if kind is None or self.cut is None:
            return set()
        out = {name} if name != key and len(name) >= 4 else set()
        if number := re.search(r"\d{3,}", name[:kind.start()]):
            out.add(number.group() + kind.group())
        words = [w for w in self.cut(name) if re.fullmatch(r"[\u4e00-\u9fff]+", w)]
        if words and words[-1].endswith(kind.group()):
            words[-1] = words[-1][:-len(kind.group())]
        words = [w for w in words if w]
        if len(words) >= 3 and _PLACE_LEVEL_END.search(words[0]):
            words = words[1:]  # the place the unit is in (白鹭湾区) is no part of its short name
        short = "委" if kind.group() == "委员会" else kind.group()  # (消费者权益保护委员会 -> 消保委, as 发改委)
        if len(words) >= 2 and len(words[0]) >= 2:
            out |= {words[0][0] + w[0] + short for w in words[1:]}
        if len(words) >= 3 and all(len(w) >= 2 for w in words[:3]):
            # "农业技术推广服务中心" -> 农技推广中心 (its first two words by their initials, the third whole) and
            # 推广中心 (that word alone before its kind), a generic word (服务, 管理) never so
            out.add(words[0][0] + words[1][0] + words[2] + kind.group())
            if not generic_unit_word(words[2]):
                out.add(words[2] + kind.group())
        return out

    def _subject_initials(self, key: str) -> set[str]:
        """A spending subject said by the first characters of the halves of its four-character name, 支出 kept
        ("卫生健康支出" -> 卫健支出); of "X和Y支出" the X so shortened stands for the whole ("社会保障和就业支出" ->
        社保支出), as staff say them."""
        m = re.fullmatch(r"(?:[一二三四五六七八九十]+[、.．]?|\d+)?([\u4e00-\u9fff]{4})(?:[和与][\u4e00-\u9fff]{2,4})?支出", key)
        if m is None or m.group(1).startswith("其他"):
            return set()
        short = m.group(1)[0] + m.group(1)[2]
        if self._department_words is None:
            self._department_words = {f for d in {d.department for d in self.docs.values()}
                                      for f in department_forms(d, self.abbrev or None)}
        if self._bare_rows is None:
            self._bare_rows = {re.sub(r"^\d{3,7}", "", k) for k in self.row_label_keys}
        # ("卫健支出" where a 卫生健康局 is loaded is that department's 支出: the department's word, not this one;
        # "公安支出" where a line is printed 公安 (20402公安) is that line's spending, not 公共安全支出)
        if short in self._bare_rows or any(f.startswith(short) for f in self._department_words):
            return set()
        return {short + "支出"}

    def leading_word_forms(self) -> dict[str, str]:
        """Units (rows) as said by their leading word and kind, as the lexicon reads units ("公路中心" of
        平湖市公路与运输管理中心, "港航中心"): form -> the row's label, of four characters or more, only a form no
        other row is said by and no label prints; read once. (Kept apart from the forms the words of a question
        are matched to loosely: "公路" alone still names the projects of 公路.)"""
        found = self.__dict__.get("_leading_forms")
        if found is None:
            by_form: dict[str, list[str]] = defaultdict(list)
            for k in self.row_label_keys:
                if unit_kind_end(k):  # (a kind of one character gives forms of three, left out below)
                    for f in unit_short_forms(k):
                        by_form[f].append(k)
            # (a form another row's name prints as it is, 建设中心 of 交通工程建设中心 beside 建设工程质量安全管理中心's
            # leading words, is as close to that row: neither is taken for it)
            found = self.__dict__["_leading_forms"] = {
                f: ks[0] for f, ks in by_form.items() if len(ks) == 1 and len(f) >= 4 and f not in self.label_facts
                and not any(f in k for k in self.gram_keys.get(f[:2], ()) if k != ks[0] and k in self.row_label_keys)}
        return found

    def _unit_short_names(self, key: str) -> set[str]:
        """A department's unit (a row) as staff say it, by the standard short words of unit kinds
        ([unit_abbreviations]): its place left off or said without its level, "第N<kind>" said "N<short>"
        ("青石县第二中学" -> 二中, 青石二中), a name that is its kind alone said short ("青石县职业技术学校" ->
        职校, 青石职校)."""
        if not self.unit_abbrev or key not in self.row_label_keys:
            return set()
        # (a unit code printed before it is left out: "101004九江市濂溪区第二中学")
        m = _PLACE_LED.match(re.sub(r"^[a-z]{0,4}\d{2,}(?=[\u4e00-\u9fff])", "", key))
        if m is None:
            return set()
        place, rest = m.group(1), m.group(2)
        if inner := _PLACE_LED.match(rest):
            place, rest = inner.group(1), inner.group(2)  # "九江市濂溪区第二中学": the district is its place (濂溪二中)
        out: set[str] = set()
        for long, shorts in self.unit_abbrev.items():
            if not rest.endswith(long):
                continue
            lead = rest[: -len(long)]
            if numbered := re.fullmatch(r"第?([一二三四五六七八九十]{1,3}|\d{1,3})", lead):
                said = {numbered.group(1) + short for short in shorts}
            elif not lead:
                # A name that is its kind alone ("城关镇小学"): the kind is no name of one row when another row
                # is of that kind too, and a one-character short ("小") names nothing on its own.
                if sum(1 for k in self.row_label_keys if k.endswith(long)) > 1:
                    said = {place + short for short in shorts if len(short) >= 2}
                    out |= said
                    continue
                said = {short for short in shorts if len(short) >= 2}
                out |= said | {place + short for short in shorts}
                continue
            elif re.fullmatch(r"[\u4e00-\u9fff]{2,4}中心", lead) and len(long) <= 3:
                # "莲花中心" of 莲花中心小学 (and of 莲花中心幼儿园): a township's central school said by its place and
                # 中心; two units said so are asked which, never one picked
                out.add(lead)
                continue
            else:
                continue
            out |= said | {place + x for x in said}
            out.add(rest)  # "第二中学"
        return {f for f in out if f != key}

    def _numbered_unit_inside(self, key: str) -> set[str]:
        """A row whose name holds a numbered unit ("柳岸县第二中学扩建工程PPP项目") as staff say it: that unit by its
        number and the short word of its kind ([unit_abbreviations]: 第二中学 -> 二中), in the name ("二中扩建工程PPP
        项目") or before a project's kind alone, whichever its name ends in ("二中项目", "二中工程"). A row that is the unit itself is
        _unit_short_names'."""
        if not self.unit_abbrev or key not in self.row_label_keys:
            return set()
        out: set[str] = set()
        for long, shorts in self.unit_abbrev.items():
            for m in re.finditer(r"第([一二三四五六七八九十]{1,3}|\d{1,3})" + re.escape(long) + r"(?=.)", key):
                if key.endswith(long, 0, m.end()) and key[m.end():].startswith(tuple(self.unit_abbrev)):
                    continue  # (第一中学 of 第一中学附属小学 …: the longer kind reads it)
                said = {m.group(1) + short for short in shorts}
                out |= {key[:m.start()] + x + key[m.end():] for x in said}
                if _PROJECT_KIND_END.search(key, m.end()):
                    # said before either kind of a project ("二中项目" of …扩建工程 too): every row holding the
                    # unit takes both, so that two such rows are asked which, never one of them answered
                    out |= {x + kind for x in said for kind in _PROJECT_KINDS}
        return out

    def _unit_contracted(self, key: str) -> set[str]:
        """A unit (a row, or a heading over its projects) said by the standard contraction of its name's end, as the
        lexicon says units ([unit_contractions]: "质监站" of 永嘉县建设工程质量安全监督站); the words read once."""
        if key not in self.row_label_keys:
            return set()
        return unit_contracted_forms(key, self.unit_contractions) | lead_abbreviated_forms(key, self.abbrev,
                                                                                          self.lead_contractions)

    @property
    def unit_contractions(self) -> dict[str, tuple[str, ...]]:
        """[unit_contractions]: the end of a unit's name as staff contract it (质量安全监督站 -> 质监站), read once."""
        words = self.__dict__.get("_contractions")
        if words is None:
            words = self.__dict__["_contractions"] = _read_label_abbreviations(self.vocab_path, "unit_contractions")
        return words

    @property
    def lead_contractions(self) -> dict[str, tuple[str, ...]]:
        """[lead_abbreviated_contractions]: an end contracted only after a lead said short (粮储 + 保障中心 -> 粮储中心)."""
        words = self.__dict__.get("_lead_contractions")
        if words is None:
            words = self.__dict__["_lead_contractions"] = _read_label_abbreviations(self.vocab_path,
                                                                                    "lead_abbreviated_contractions")
        return words

    def _office_word_left_off(self, key: str) -> set[str]:
        """A unit (a row) whose kind is a 管理 office ("嵊州市水文管理中心", "某水库管理所", "农村水利管理服务站") as staff
        say it: without 管理 (服务) before its kind — 水文中心, 嵊州水文中心 — its place said or left off."""
        if key not in self.row_label_keys:
            return set()
        m = _PLACE_LED.match(key)
        place, rest = (m.group(1), m.group(2)) if m else ("", key)
        office = _MANAGING_OFFICE.fullmatch(rest)
        if office is None:
            return set()
        said = office.group(1) + office.group(2)
        return {said} | ({place + said} if place else set())

    def _fund_short_names(self, key: str) -> set[str]:
        """A social-insurance fund (a line or a 险种 column: "<holder>基本<kind>保险基金") as staff say it: 基本 and
        基金 left off, the holder by its first or last two characters or without 单位 ("企业职工基本养老保险基金" ->
        企业养老, 企业职工养老保险; "机关事业单位基本养老保险基金" -> 机关事业养老; "城乡居民基本医疗保险基金" -> 居民医保),
        the kind's 保险 by the vocabulary's short word (医疗保险 -> 医保)."""
        m = _INSURANCE_FUND.fullmatch(key)
        if m is None or (key not in self.col_keys and key not in self.row_label_keys):
            return set()
        holder, based, kind = m.group(1), m.group(2) or "", m.group(3)  # (基本 unsaid: "渔民互助保险基金")
        said = {kind + "保险", kind + "保险基金"}
        said |= {other for group in self.synonyms if kind + "保险" in group for other in group}
        holders = {holder, holder.removesuffix("单位"), holder[:2], holder[2:], holder[2:].removesuffix("单位")}
        out = {h + w for h in holders if len(h) >= 2 for w in {*said, kind}}
        if holder:
            out.add(holder + based + kind + "保险")  # "企业职工基本养老保险"
        else:
            out |= said  # "工伤保险基金" is 工伤保险; a kind alone ("工伤") names no fund
        out = {f for f in out if f != key and len(f) >= 4}
        self.fund_forms |= out
        return out

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

    def _organisation_forms(self, key: str) -> set[str]:
        """A department that is a row of a table ("柏山区卫生健康局" of a district's 三公 table): said as a
        loaded department is said, by the lexicon's one rule ("柏山卫健局", "人社局", "柏山区市场监管局"), but
        never by its place alone (that is the table's own place, not this row)."""
        if _PARTY_ORG.match(key) and key in self.row_label_keys:
            # ("中共柏山县委办公室" said 县委办, 柏山县委办; "中共柏山县委组织部" said 组织部: never its place alone)
            places = set(department_places(key))
            return {f for f in department_forms(key, self.abbrev or None)
                    if len(f) >= 3 and f != key and re.sub(r"[省市区县]$", "", f) not in places}
        if not _PLACED_ORG.match(key) or key not in self.row_label_keys:
            return set()
        places = set(department_places(key))
        kind = key[-1]
        return {f for f in department_forms(key, self.abbrev or None)
                if f.endswith(kind) and len(f) >= 3 and f != key and re.sub(r"[省市区县]$", "", f) not in places}

    @property
    def label_qualifiers(self) -> frozenset[str]:
        """[label_qualifiers]: heads qualifying a classification line's name (行政 of 行政事业单位医疗), read once."""
        words = self.__dict__.get("_label_qualifiers")
        if words is None:
            words = self.__dict__["_label_qualifiers"] = _read_everyday_words(self.vocab_path, ("label_qualifiers",))
        return words

    def row_named(self, said: str) -> bool:
        """Whether these words are a row label of a table, in full or as people say it ("柏山卫健局" of
        柏山区卫生健康局): an organisation a table has a row of is no organisation that is not loaded."""
        return compact(said) in self._rows_by_form()

    def value_named(self, said: str) -> bool:
        """Whether these words are an organisation printed in a table's cells (a 主管部门 "区教育局", said
        "教育局"): a value rows are selected by, no organisation that is not loaded."""
        return bool(_ORGANISATION.search(said)) and compact(said) in self.value_facts

    def own_docs(self, form: str) -> frozenset[int]:
        """The documents of the departments a form names, gathered once per form (a common form such as 统计局
        owns a thousand tables; a question asking it again should not gather them again)."""
        kept = self.__dict__.setdefault("_own_docs", {})
        if (docs := kept.get(form)) is None:
            docs = kept[form] = frozenset(d for g in self.dept_forms.get(form, ()) for d in self.dept_docs.get(g, ()))
        return docs

    def row_docs(self, said: str) -> set[int]:
        """The documents with a row these words name (in full or as people say it). Kept per words for the index
        (it never changes): a question asks it of every department form it says, a dozen times a turn."""
        kept = self.__dict__.setdefault("_row_docs", {})
        docs = kept.get(said)
        if docs is None:
            keys = self._rows_by_form().get(compact(said), ())
            docs = frozenset(self.fact_doc[f] for k in keys for f in self.label_facts.get(k, array("i"))[:50])
            if len(kept) >= 4096:  # (words of questions, not only the index's forms, are asked)
                kept.clear()
            kept[said] = docs
        return set(docs)  # a copy: a caller may change it

    def _rows_by_form(self) -> dict[str, set[str]]:
        rows = self.__dict__.get("_row_forms")
        if rows is None:
            found: dict[str, set[str]] = defaultdict(set)
            for k in self.row_label_keys:
                for f in self.key_forms.get(k, (k,)):
                    found[f].add(k)
            rows = self.__dict__["_row_forms"] = dict(found)
        return rows

    def said_text(self) -> str:
        """Every label as it may be said in short ("县疾控中心" of 县疾病预防控制中心), one string to search a
        word in: a unit's short name is a label, not an organisation that is not loaded."""
        text = self.__dict__.get("_said_text")
        if text is None:
            text = self.__dict__["_said_text"] = "\x1f".join(
                f for k, forms in self.key_forms.items() for f in forms if f != k and f not in k)
        return text

    def row_keys(self, fid: int) -> set[str]:
        return set(self.fact_keys[fid][: self.fact_nrows[fid]])

    def key_departments(self) -> dict[str, frozenset[str]]:
        """Per label key, the departments whose tables hold it (tables of a named department only): a word
        sought inside every table's keys is sought once in each distinct key, not in each table's. Built on
        first use, once (the tables' keys never change under the index)."""
        kept = self.__dict__.get("_key_departments")
        if kept is None:
            found: dict[str, set[str]] = defaultdict(set)
            for d in self.docs.values():
                if d.department:
                    for key in self.doc_keys.get(d.id, ()):
                        found[key].add(d.department)
            kept = self.__dict__["_key_departments"] = {k: frozenset(ds) for k, ds in found.items()}
        return kept

    def key_docs(self) -> dict[str, set[int]]:
        """Label key -> the documents whose labels hold it (doc_keys inverted); built once, with the index."""
        found = self.__dict__.get("_key_docs")
        if found is None:
            inverted: dict[str, set[int]] = {}
            for d, keys in list(self.doc_keys.items()):
                for k in keys:
                    inverted.setdefault(k, set()).add(d)
            found = self.__dict__["_key_docs"] = inverted
        return found

    def read_once(self, reader: str, key: object, read: Callable[[], Any]) -> Any:
        """What a table reader makes of one table (key: its document) of this index, read at its first ask and
        kept under the reader's name for the index's life (records' tables, sources', groups' …)."""
        kept = self.__dict__.setdefault(reader, {})
        if key not in kept:
            kept[key] = read()
        return kept[key]

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

    def repeated_rows(self, doc: int) -> set[tuple]:
        """The rows (sheet, page, row path) one table prints on more than one line (a 下达批次 repeated for each
        地区 it went to): such a path alone does not say which row was meant. (The same path on two sheets is
        a row of each table, said apart by its sheet.)"""
        cache = self.__dict__.setdefault("_repeated_rows", {})
        if doc not in cache:
            lines: dict[tuple, set[int]] = {}
            for f in self.facts(list(self.docs[doc].facts) if doc in self.docs else []):
                path = tuple(self.fact_keys[f["id"]][: self.fact_nrows[f["id"]]])
                lines.setdefault((f["sheet"], f["page"], path), set()).add(f["line"] or 0)
            cache[doc] = {row for row, at in lines.items() if len(at) > 1}
        return cache[doc]

    def first_docs(self, key: str, n: int) -> frozenset[int]:
        """The documents of a label's first `n` facts (a bound on the work a question does for a label
        every table carries), worked out once per label."""
        cache = self.__dict__.setdefault("_first_docs", {})
        docs = cache.get((key, n))
        if docs is None:
            docs = cache[(key, n)] = frozenset(self.fact_doc[f] for f in self.label_facts.get(key, array("i"))[:n])
        return docs

    def form_runs(self, n: int) -> tuple[frozenset[str], frozenset[str]]:
        """Every table's kind (its form) compacted, and every run of n characters of them: whether a question
        says n characters running of some table's kind is a look-up, not a search of every form (thousands of
        tables), worked out once per index."""
        kept = self.__dict__.setdefault("_form_runs", {})
        runs = kept.get(n)
        if runs is None:
            forms = frozenset(compact(d.form) for d in self.docs.values())
            runs = kept[n] = (forms, frozenset(f[i:i + n] for f in forms for i in range(len(f) - n + 1)))
        return runs

    def fact_count(self) -> int:
        """How many facts the tables holding facts hold together."""
        count = self.__dict__.get("_fact_count")
        if count is None:
            count = self.__dict__["_fact_count"] = sum(len(self.docs[d].facts) for d in self.fact_docs)
        return count

    def all_docs(self) -> list[_Doc]:
        """Every document, in the index's order: the scope of a question naming no department (one list,
        so what depends on that scope alone is worked out once; never changed by a reader)."""
        docs = self.__dict__.get("_all_docs")
        if docs is None:
            docs = self.__dict__["_all_docs"] = list(self.docs.values())
        return docs

    def row_keys_ending(self, said: str) -> tuple[str, ...]:
        """Row label keys that have `said` (two characters or more) as one of their forms and end with it
        ("江屿街道" of "GK04 江屿街道"): worked out once per index, not per window of every question."""
        ending = self.__dict__.get("_row_keys_ending")
        if ending is None:
            found: dict[str, list[str]] = defaultdict(list)
            for k in self.row_label_keys:
                for form in self.key_forms.get(k, ()):
                    # (or a placed organisation said short: "柏山人社局" of 柏山区人力资源和社会保障局)
                    if len(form) >= 2 and (k.endswith(form) or form[-1] == k[-1] and _ORG_END.search(form)):
                        found[form].append(k)
            ending = self.__dict__["_row_keys_ending"] = {f: tuple(ks) for f, ks in found.items()}
        return ending.get(said, ())

    def row_said_edges(self) -> tuple[frozenset[str], frozenset[str]]:
        """The first two and the last two characters of every row label key and of every form it ends
        with: a window of a question starting or ending otherwise says no row label."""
        edges = self.__dict__.get("_row_said_edges")
        if edges is None:
            self.row_keys_ending("")
            said = [*self.row_label_keys, *self.__dict__["_row_keys_ending"]]
            edges = self.__dict__["_row_said_edges"] = (frozenset(w[:2] for w in said), frozenset(w[-2:] for w in said))
        return edges

    def row_keys_holding(self, said: str) -> list[str]:
        """Row label keys holding `said` (two characters or more), found through the rarer of its first and
        last character pairs among the row labels (not every label sharing its last pair)."""
        grams = self.__dict__.get("_row_grams")
        if grams is None:
            found: dict[str, list[str]] = defaultdict(list)
            for k in sorted(self.row_label_keys):
                for g in dict.fromkeys(k[i:i + 2] for i in range(len(k) - 1)):
                    found[g].append(k)
            grams = self.__dict__["_row_grams"] = dict(found)
        first, last = grams.get(said[:2], ()), grams.get(said[-2:], ())
        return [k for k in (first if len(first) <= len(last) else last) if said in k]

    def row_names_joined(self, joins: str) -> dict[str, tuple[tuple[str, int], ...]]:
        """The row labels, and the forms they are said by, holding one of the join characters inside ("商品和服务
        支出", "对个人和家庭的补助"), by that character and its two neighbours, each with where its join character
        is: a 和 said there joins no two things. Worked out once per index (and join characters)."""
        kept = self.__dict__.setdefault("_row_names_joined", {})
        joined = kept.get(joins)
        if joined is None:
            found: dict[str, list[tuple[str, int]]] = defaultdict(list)
            for form in sorted(self._rows_by_form()):
                for j in range(1, len(form) - 1):
                    if form[j] in joins:
                        found[form[j - 1:j + 2]].append((form, j))
            joined = kept[joins] = {t: tuple(fs) for t, fs in found.items()}
        return joined

    def money_endings(self) -> tuple[str, ...]:
        """The words a name ends with when it names money (租金, 费): the vocabulary's money_endings, read once."""
        found = self.__dict__.get("_money_endings")
        if found is None:
            found = self.__dict__["_money_endings"] = tuple(_read_everyday_words(self.vocab_path, ("money_endings",)))
        return found

    def bureau_words_alone(self) -> dict[str, str]:
        """A bureau's two-character word (应急 of 温岭市应急管理局, said 应急局) that no form reads alone because
        names hold it: word -> the one loaded department it is of (a word of several departments names none).
        Read once; see question._bureau_before_its_project."""
        found = self.__dict__.get("_bureau_alone")
        if found is None:
            seen = bureau_words(dict.fromkeys(d.department for d in self.docs.values()), self.abbrev or None)
            found = self.__dict__["_bureau_alone"] = {w: next(iter(ds)) for w, ds in seen.items()
                                                      if len(ds) == 1 and w not in self.dept_forms}
        return found

    def dept_forms_said(self, text: str) -> set[str]:
        """The department forms (two characters or more) said whole in text: tried by the lengths of the
        forms beginning with each two characters of it, not by every form sharing those two."""
        kept = self.__dict__.get("_dept_lengths")
        if kept is None:
            lengths: dict[str, set[int]] = defaultdict(set)
            for form in self.dept_order:
                lengths[form[:2]].add(len(form))
            kept = self.__dict__["_dept_lengths"] = (frozenset(self.dept_order),
                                                     {h: tuple(ls) for h, ls in lengths.items()})
        memo = self.__dict__.setdefault("_dept_said_memo", {})  # a question asks this of the same texts ~5 times
        found = memo.get(text)
        if found is None:
            forms, by_head = kept
            found = frozenset(f for i in range(len(text) - 1) for n in by_head.get(text[i:i + 2], ())
                              if (f := text[i:i + n]) in forms)
            if len(memo) >= 512:
                memo.clear()
            memo[text] = found
        return set(found)

    def label_facts_in(self, key: str, doc: int) -> list[int]:
        """The facts of a label key in one document, in id order: label_facts[key] filtered by document,
        searched only over the document's id range (a common label holds thousands of facts of every
        department; a label's facts are in id order and a document's ids run from its first to its last)."""
        ids = self.label_facts.get(key)
        if not ids:
            return []
        fact_doc = self.fact_doc
        span = self._doc_spans.get(doc)
        if span is None:
            if doc not in self.docs:  # (every fact's document is one of docs: not reached)
                return [x for x in ids if fact_doc[x] == doc]
            facts = self.docs[doc].facts
            span = self._doc_spans[doc] = (min(facts), max(facts)) if facts else (1, 0)
        return [x for x in ids[bisect_left(ids, span[0]):bisect_right(ids, span[1])] if fact_doc[x] == doc]

    def one_table(self, docs) -> bool:
        """Whether documents of several departments are parts of one table read as several (see table_parts: a
        部门项目支出预算表 by its 小计 rows, a monitoring table by its 主管部门 column): a question naming no department
        asks that table whole (its rows ranked, filtered, listed or added), never which of its departments."""
        docs = set(docs)
        first = self.table_parts.get(next(iter(docs), -1))
        return len(docs) > 1 and first is not None and docs <= first

    def looks_back(self, docs: list[int]) -> bool:
        """Whether every table of docs is a self-evaluation (绩效自评表): a report on a year that is over,
        read in the year after, so a year said back from now (去年, 上年) counts from that next year —
        "去年执行了多少" of a 2025年度 自评表 is 2025 itself, never 2024."""
        return bool(docs) and all(d in self.docs and self.docs[d].year and _LOOKS_BACK.search(self.docs[d].form)
                                  for d in docs)

    def years_held(self, docs: list[int]) -> tuple[list[int], int]:
        """The years some tables hold figures of (ascending) and the newest table's own year (else the
        last of those years). Kept for a long list of tables: a question naming no department asks it
        of every table, ~1,000 look-ups each time."""
        key = tuple(docs) if len(docs) >= 20 else None
        kept = self.__dict__.setdefault("_years_held", {})
        found = kept.get(key) if key is not None else None
        if found is None:
            have = sorted({y for d in docs for y in self.doc_years.get(d, ())})
            base = max((self.docs[d].year or 0 for d in docs), default=0) or (have[-1] if have else 0)
            found = (have, base)
            if key is not None:
                if len(kept) >= 1_000:
                    kept.clear()
                kept[key] = found
        return list(found[0]), found[1]

    def row_owners(self, keys: tuple[str, ...]) -> frozenset[str]:
        """The departments whose tables print these row label keys (the first 50 facts of each), kept."""
        kept = self.__dict__.setdefault("_row_owners", {})
        owners = kept.get(keys)
        if owners is None:
            if len(kept) >= 100_000:  # (label parts said in questions: bounded, but a long-running bot's)
                kept.clear()
            owners = kept[keys] = frozenset(self.docs[self.fact_doc[f]].department for k in keys
                                            for f in self.label_facts.get(k, ())[:50] if self.fact_doc[f] in self.docs)
        return owners

    def columns_of_row(self, key: str) -> frozenset[str]:
        """The column label keys a row label's facts print (its first 200 facts' own column keys), kept:
        a question asks it of the rows it names several times over."""
        kept = self.__dict__.setdefault("_row_columns", {})
        cols = kept.get(key)
        if cols is None:
            if len(kept) >= 100_000:  # (row labels said in questions: bounded, but a long-running bot's)
                kept.clear()
            keys, nrows = self.fact_keys, self.fact_nrows
            cols = kept[key] = frozenset(c for f in self.label_facts.get(key, ())[:200]
                                         for c in keys.get(f, ())[nrows.get(f, 0):])
        return cols

    KEPT_FACTS = 10_000  # recent facts kept (~10 MB): a question reads a sheet's facts 3-6 times

    def per_one_column(self, col_labels: str) -> bool:
        """Whether a column's figures are each row's figure per one (生均标准（元/生·年）, 单价, 拨付进度, 人均补助):
        never added over rows. A fund named 生均公用经费 is money (its name says 经费), added like any."""
        if (known := self._per_one.get(col_labels)) is None:
            last = (col_labels or "").split(query.FACT_SEP)[-1]
            head = compact(_PAREN_TAIL.sub("", last))
            known = bool(head) and (head.endswith(self.per_one_endings) or bool(_PER_ONE_UNIT.search(last))
                                    or head.startswith(self.per_one_starts) and not _MONEY_WHOLE.search(head))
            self._per_one[col_labels] = known
        return known

    def facts(self, ids: list[int], copied: bool = True) -> list[dict]:
        """The facts of these ids, in this order, as dicts made for this call (a caller may change them).
        Recent facts are kept: one question reads the same sheet several times over (its lookup, its
        column, its printed 合计, its row), and the knowledge base never changes under its index (a copy
        of a kept dict costs a tenth of a dict made from a database row). copied=False: the kept dicts
        themselves, for a caller that only reads them (groups' class tables, kept for every question)."""
        kept = self._kept_facts
        rows: dict[int, dict] = {}
        missing = []
        for i in ids:
            row = kept.get(i)
            if row is None:
                missing.append(i)
            else:
                rows[i] = row
        if missing:
            fetched = {r["id"]: r for r in query.fact_dicts_by_id(self.conn, missing)}
            for r in fetched.values():
                if r["row_labels"] == "小计" and r["document_id"] in self.table_parts:
                    r["block_of"] = r["department"]  # (a department's block closed by its 小计: its whole, named so)
            rows.update(fetched)
            with _KEPT_LOCK:
                if len(kept) + len(fetched) > self.KEPT_FACTS:
                    kept.clear()  # bounded: the next questions read their own sheets again
                if len(fetched) <= self.KEPT_FACTS:
                    kept.update(fetched)
        made = {i: r.copy() for i, r in rows.items()} if copied else rows
        return [made[i] for i in ids if i in made]


# A social-insurance fund's name: its holder, 基本, its kind (机关事业单位 | 基本 | 养老 保险基金).
_INSURANCE_FUND = re.compile(r"([\u4e00-\u9fff]{0,8}?)(基本)?([\u4e00-\u9fff]{2})保险基金")
# The kind a unit's name ends in (…服务中心, …监管所, …执法大队, …委员会, …办): what its short name keeps
# (knowledge/vocabulary.toml [asking_words.units]: the lexicon's initials' kinds and an office's 办).
_UNIT_KIND = asking.Words("units", "(?:{kinds}|{long_kinds}|{initials_kinds}|{office_kinds})$")
# the level a place's name ends with (白鹭湾区), before a unit's own words: no part of its short name
_PLACE_LEVEL_END = asking.Words("units", "(?:{place_levels})$")
# An organisation named with its place ("柏山区卫生健康局", "青石县农业农村局"), the place not the first
# word of another ("城关市场监督管理所": 市场, not 城关市).
_PLACED_ORG = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?:省|市|区|县)(?![场域级属直委])[\u4e00-\u9fff]{2,}(?:局|委员会|委|办公室|办|中心)$")
# An office of a place's Party committee printed as a row ("中共柏山县委办公室", "中共柏山县委组织部")
_PARTY_ORG = re.compile(r"^中共[\u4e00-\u9fff]{2,6}?(?:省|市|区|县)委[\u4e00-\u9fff]{0,6}(?:办公室|部)$")
# A unit's name led by its place and the place's level ("青石县第二中学"): the place without its level, the rest.
# A 管理 office's name: its field, then 管理 (服务), then its kind (水文管理中心, 长诏水库管理所)
_MANAGING_OFFICE = re.compile(r"([\u4e00-\u9fff]{2,8}?)管理(?:服务)?(中心|所|站)")
# The kind a project's name ends in ("…扩建工程PPP项目", "…工程"): said after a unit's short name ("二中项目").
_PROJECT_KINDS = ("项目", "工程")
_PROJECT_KIND_END = re.compile(f"(?:{'|'.join(_PROJECT_KINDS)})$")
_PLACE_LED = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:省|市|区|县|镇|乡)(?![场域级属直委])([\u4e00-\u9fff0-9]{2,})$")
# A bureau's row led by its place's level alone ("区财政局", "县卫生健康局"): the place is the table's.
_LEVEL_LED_BUREAU = re.compile(r"^[县市区](?![委场域级属直])([\u4e00-\u9fff]{2,}(?:局|委员会|办公室))$")
# A unit's row label led by its place's level ("县农业技术推广中心"): staff leave the level off.
_PLACED_UNIT = re.compile(r"^[县市区镇乡](?!委|政府)([\u4e00-\u9fff0-9]{3,}(?:中心|院|站|所|队|馆|办|室|校|场))$")


_PAREN_TAIL = re.compile(r"[（(][^（）()]*[）)]\s*$")
# A unit of a figure per one (元/生·年, 元/人, 元/亩): per a year or a month is no such unit.
_PER_ONE_UNIT = re.compile(r"元\s*/\s*(?![年月日天季])[\u4e00-\u9fff]")
# 生均公用经费, 人均补助资金: a fund's name, money added like any
_DONE_MONEY = asking.Words("column_forms", r"((?:{done})[\u4e00-\u9fff]{2})(?:{money})")
_MONEY_WHOLE = re.compile(r"经费|资金|金额|总额|合计|总计|小计")


def department_aliases(name: str, abbrev: dict[str, tuple[str, ...]] | None = None) -> set[str]:
    """Names people use for a department: the one rule of the lexicon (bot/language/lexicon.py)."""
    return department_forms(name, abbrev or None)


def _vocabulary_data(vocab_path: str) -> dict:
    """The vocabulary file parsed once for all the lists an index reads of it (read again when it changes);
    callers only read it."""
    stat = Path(vocab_path).stat()
    return parsed_vocabulary(str(vocab_path), stat.st_mtime_ns, stat.st_size)


# A word that asks (谁, 哪个, 什么): a synonym of it and one verb (谁执行 of 执行单位) is a way of asking a label,
# no form of it: matched loosely it read "实际执行数" as 项目执行单位 (said whole, the question's words are swapped
# for the label's before matching).
_ASKING = re.compile(r"由?谁来?|是谁|哪|什么")


def _asks_a_verb(word: str) -> bool:
    """Whether a synonym is an asking word around one verb of two characters (谁执行, 谁来负责, 联系谁): matched
    loosely it is that verb alone ("实际执行数"); longer ones (包括哪些单位) say enough to be matched so."""
    return _ASKING.search(word) is not None and len(_ASKING.sub("", word)) <= 2


def _time_apart(key: str) -> set[str]:
    """A label said with its time apart: "2024年预算数" is "预算数" with the year asked apart; "截至2024年底累计完成
    投资" is "累计完成投资", its date apart; "1-9月执行数" of a monitoring table is "执行数", its months apart."""
    out = set()
    unyeared = re.sub(r"(?:19|20)\d\d年度?", "", key)
    if unyeared != key and len(unyeared) >= 2:
        out.add(unyeared)
    if (dated := _AS_OF.match(key)) and len(key) - dated.end() >= 2:
        out.add(key[dated.end():])
    if (ranged := _MONTHS_RANGE.match(key)) and len(key) - ranged.end() >= 3:
        out.add(key[ranged.end():])
    return out


# A column's head naming a run of months (1-9月, 1—6月): the period its figures cover, the rest its name.
_MONTHS_RANGE = re.compile(r"^\d{1,2}\s*[-—~至到]\s*\d{1,2}月(?:份)?(?:累计)?")


def _read_words(vocab_path: str) -> tuple[list[tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """[label_synonyms] groups and [department_abbreviations] of the vocabulary file."""
    try:
        data = _vocabulary_data(vocab_path)
    except (OSError, tomllib.TOMLDecodeError):
        return [], dict(DEFAULT_ABBREVIATIONS)
    groups = []
    for key, words in (data.get("label_synonyms") or {}).items():
        if isinstance(words, list):
            group = tuple(dict.fromkeys(compact(w) for w in [key, *words] if isinstance(w, str) and compact(w)))
            if len(group) >= 2:
                groups.append(group)
    groups += _alias_groups(data.get("aliases") or {})
    abbrev = {compact(k): tuple(compact(x) for x in ([v] if isinstance(v, str) else v) if isinstance(x, str))
              for k, v in (data.get("department_abbreviations") or {}).items()
              if isinstance(v, (str, list))} or dict(DEFAULT_ABBREVIATIONS)
    return groups, abbrev


def _alias_groups(aliases: dict[str, object]) -> list[tuple[str, ...]]:
    """[aliases] read as label synonyms, one group per target ("买车", "购车" -> 公务用车购置): a row of a table
    (a 三公经费 决算表's 公务用车购置费) is said by staff's short name as a project is. Targets naming a
    department are left to the department's own forms."""
    by_target: dict[str, list[str]] = {}
    for alias, target in aliases.items():
        if isinstance(target, str) and compact(target) and compact(alias) and not compact(target).endswith(("局", "委", "办")):
            by_target.setdefault(compact(target), []).append(compact(alias))
    return [(target, *words) for target, words in by_target.items() if any(w != target for w in words)]


def _read_everyday_words(vocab_path: str, lists: tuple[str, ...] = ("fillers", "stopwords", "hesitations",
                                                                     "self_references")) -> frozenset[str]:
    """Words of the vocabulary's lists: by default its fillers, stopwords, hesitations and self-references,
    words a question may carry without asking anything by them (大概, 属于, 咱们)."""
    try:
        data = _vocabulary_data(vocab_path)
    except (OSError, tomllib.TOMLDecodeError):
        return frozenset()
    return frozenset(compact(w) for key in lists for w in (data.get(key) or []) if isinstance(w, str) and compact(w))


def _tax_initials(key: str) -> set[str]:
    """An income tax said as staff say it, by the first character of whose income it is and 税, 所得 left
    out ("个人所得税" -> 个税, "企业所得税" -> 企税)."""
    m = re.fullmatch(r"(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]?)?([\u4e00-\u9fff])[\u4e00-\u9fff]所得税", key)
    return {m.group(1) + "税"} if m else set()


def _read_label_abbreviations(vocab_path: str, section: str = "label_abbreviations") -> dict[str, tuple[str, ...]]:
    """[label_abbreviations] of the vocabulary file: standard short words inside subjects' names (公共卫生 ->
    公卫), or another table of short words ([unit_abbreviations]); none when the file cannot be read."""
    try:
        data = _vocabulary_data(vocab_path)
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    return {compact(k): tuple(compact(x) for x in ([v] if isinstance(v, str) else v) if isinstance(x, str))
            for k, v in (data.get(section) or {}).items() if isinstance(v, (str, list))}


_GROUP_ORDINAL = re.compile(r"^[一二三四五六七八九十]{1,2}(?!般|次|手|级|类|线|体|期|产业)(?=[\u4e00-\u9fff]{3})")


def _coded_forms(code: str, name: str) -> set[str]:
    """"2100101行政运行" is said "行政运行", or by its code alone; a spending subject's line of a two-character
    name ("20402公安") is said "公安支出" too (not a longer one's: "住房公积金支出" may be several tables' line)."""
    out = {code, name}
    # "1030601一、利润收入": a group's ordinal printed before its name (一、 of 一、利润收入, its 、 dropped from the key)
    # is no word of the name — said "利润收入" (not 一般…, a word of its own)
    if (m := _GROUP_ORDINAL.match(name)) is not None:
        out.add(name[m.end():])
    if len(code) in (3, 5, 7) and len(name) == 2:
        out.add(name + "支出")
    return out


# (a value here must not hold its knowledge base: a dict's weak key lives as long as its value does)
_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _said_long(kb, otherwise: Callable[[str], str]) -> Callable[[str], str]:
    """The knowledge base's initials_said_whole, held weakly: the index is kept under the knowledge base as a weak
    key, so a bound method in it would keep every knowledge base ever opened (an engine replaced, each test's)."""
    if not hasattr(kb, "initials_said_whole"):
        return otherwise
    held = weakref.WeakMethod(kb.initials_said_whole)

    def said(text: str) -> str:
        method = held()
        return method(text) if method is not None else text
    return said


_LOCK = threading.Lock()


def index_for(kb) -> FactIndex:
    """The fact index of a knowledge base, built on first use and kept as long as the knowledge base."""
    with _LOCK:
        idx = _INDEXES.get(kb)
        if idx is None:
            idx = FactIndex(kb.conn, kb.documents, kb.vocab.path, kb.segmenter.cut,
                            getattr(kb.segmenter, "tags", None), kb.vocab.operation_words)
            idx.names_said_long = _said_long(kb, idx.names_said_long)
            idx.key_departments()  # (walks of every table's keys: made with the index, not by a question needing them)
            idx.key_docs()
            year_led_names(idx, idx.conn)  # (the rows whose names open with a year: read with the index)
            _INDEXES[kb] = idx
        return idx
