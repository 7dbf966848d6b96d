"""The knowledge base in memory: the rows the matcher needs, and a lexicon of every name people may type.

Loaded once per database file; a reload builds a new KnowledgeBase and swaps the reference, so a
question in flight always sees one consistent knowledge base.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import sqlite3
import threading
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple, cast

from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.normalize import compact, in_order, said_at
from bot.language.segment import USER_FREQ, Segmenter, cut_name, read_stored, read_tags
from bot.language.vocabulary import Vocabulary
from bot.model import AMOUNT_COLUMNS, SHEET_SELF_EVALUATIONS, Issue, LoadError
from bot.store import queries as query

_PARENS = re.compile(r"[（(]([^（）()]*)[）)]")




@dataclass(frozen=True)
class Department:
    name: str  # without "(部门)"
    doc_ids: tuple[int, ...]


@dataclass
class ProjectInfo:
    id: int
    document_id: int
    name: str
    unit_name: str
    amounts: dict[str, float | None]
    line: int
    kind: str

    @property
    def total(self) -> float:
        return self.amounts.get("total") or 0.0


class Ref(NamedTuple):
    """What a surface form stands for: a project, an indicator, a category or a department.

    A tuple: hashed in C (a common indicator name has thousands of refs, hashed on every question),
    with the same hash a frozen dataclass of these fields has.
    """

    kind: str  # "project" | "indicator" | "category" | "department"
    key: int | str  # project/indicator id, category name, department name
    level: str = ""  # for categories: "level1" or "level2"

    @property
    def id(self) -> int:
        """The key of a project or indicator ref: always an int there."""
        return cast(int, self.key)

    @property
    def name(self) -> str:
        """The key of a category or department ref: always a str there."""
        return cast(str, self.key)


# `id` and `name` read the key in C at run time (a question reads ~300 ids, a typo's ~2,000: a Python property
# calling typing.cast each time); the properties above are what the type checker sees.
for _key_as in ("id", "name"):
    setattr(Ref, _key_as, property(itemgetter(1), doc=getattr(Ref, _key_as).__doc__))


def name_variants(name: str, bare_inner: bool = True) -> set[str]:
    """A name as people type it: whole, without the bracketed part, and with only the bracketed part.

    "区级群众信访诉求综合服务中心（信访超市）日常运行经费" -> also "区级群众…中心日常运行经费", "信访超市日常运行经费".
    """
    out = {compact(name)}
    m = _PARENS.search(name)
    if m:
        inner = m.group(1)
        out.add(compact(name[: m.start()] + name[m.end() :]))
        out.add(compact(inner + name[m.end() :]))
        if bare_inner and len(compact(inner)) >= 2:
            out.add(compact(inner))
    return {v for v in out if v}


# "2025年高标准农田建设项目补助资金": the year a name opens with says when, not what (a year said in a question is
# the table's year, never a piece of this name)
_YEAR_LED = re.compile(r"^(?:19|20)\d\d年度?")


def after_its_year(name: str, words: list[str]) -> list[str]:
    """A name's words without the year it opens with (the words cut across it: 202 | 5年 as the segmenter may)."""
    m = _YEAR_LED.match(compact(name))
    if m is None or not "".join(words).startswith(m.group(0)):
        return words
    left, out = len(m.group(0)), list(words)
    while out and left > 0:
        left -= len(out.pop(0))
    if left < 0:  # (the last word cut ran on past the year: its rest is the name's)
        out.insert(0, "".join(words)[len(m.group(0)):len(m.group(0)) - left])
    return out


def without_its_year(name: str) -> set[str]:
    """The whole name without the year it opens with, as a form of its own ("高标准农田建设项目补助资金")."""
    bare = _YEAR_LED.sub("", compact(name), count=1)
    return {bare} if bare != compact(name) and len(bare) >= 4 else set()


_JOINERS = frozenset(("和", "及", "与", "、", "或"))
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_NAME_SEP = "\x00"  # between the indicator names joined for one search (no name or word holds it)


def word_ngrams(words: list[str], generic: set[str]) -> set[str]:
    """Contiguous word n-grams of a name that contain at least one non-generic word, and the halves
    of four-character words ("公务用车" -> "用车"): staff shorten names that way."""
    out = {w[k : k + 2] for w in words if len(w) == 4 for k in (0, 2) if w[k : k + 2] not in generic}
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            gram = words[i:j]
            if gram[0] in _JOINERS or gram[-1] in _JOINERS:
                continue  # "和水利" of 农业防灾减灾和水利救灾资金: a joining word begins or ends no name (it joins two)
            if any(len(w) >= 2 and w not in generic for w in gram):
                out.add("".join(gram))
    return out


_QUOTED = re.compile(r"[“\"]([^”“\"]{2,8})[”\"]")


def quoted_forms(name: str, words: list[str], generic: set[str]) -> list[str]:
    """A term a name prints in quotes is a word of its own, said alone or before a later part of the name with
    the words between left out: "农村妇女“两癌”免费筛查项目经费" -> "两癌", "两癌筛查", "两癌筛查项目经费"."""
    m = _QUOTED.search(name)
    if m is None:
        return []
    term, seen, after = compact(m.group(1)), 0, []
    for w in words:  # the words printed after the closing quote
        seen += len(w)
        if seen > m.end() - 1 and w.strip() and not _QUOTED_MARK.fullmatch(w):
            after.append(w)
    grams = {g for g in word_ngrams(after, generic) if g not in generic}
    # The words before the quotes said on with a later part, the quoted term left out: "潭门“南海渔家”文化节活动
    # 经费" -> "潭门文化节", "潭门文化节活动经费"
    before = compact(name[: m.start()])
    bare = {before + g for g in grams} if len(before) >= 2 and _HAN.fullmatch(before) else set()
    return sorted({term} | {term + g for g in grams} | bare)


_QUOTED_MARK = re.compile(r"[“”\"\s]+")


def abbreviations_of(words: list[str], generic: set[str],
                     closing: dict[str, tuple[str, ...]] | None = None) -> set[str]:
    """Abbreviations by rule: the first character of each of 2-4 consecutive words, a four-character
    word counting as two ("政府雇员工资" -> "政雇工"), led by a word that is not generic; a word of `closing`
    ending the run said by its own contraction instead ("长期护理保险" -> "长护险")."""
    parts: list[tuple[str, bool]] = []  # (word, generic)
    for w in words:
        if not w.strip() or w in "和及与的、（）()":
            continue
        halves = [w[:2], w[2:]] if len(w) == 4 else [w]
        parts += [(h, w in generic) for h in halves]
    out = set()
    for i in range(len(parts)):
        # Three characters at least, led by a word of its own: two-character ones ("公经" of 公用经费)
        # turn up inside other words ("三公经费").
        for j in range(i + 3, min(len(parts), i + 4) + 1):
            run = parts[i:j]
            if not run[0][1]:
                out.add("".join(h[0] for h, _ in run))
        for j in range(i + 3, min(len(parts), i + 4) + 1):
            *lead, (last, _) = parts[i:j]
            if not lead[0][1] and last in (closing or {}):
                out.update("".join(h[0] for h, _ in lead) + c for c in (closing or {})[last])
    return out | event_contractions(words, generic)


_EVENT_WORD = re.compile(r"[\u4e00-\u9fff]{2}会")  # 博览会, 运动会, 交易会, 洽谈会: an event of its kind


def event_contractions(words: list[str], generic: set[str]) -> set[str]:
    """An event is said by the initials of the one or two words before its kind and the kind's own first and
    last character (陶瓷博览会 -> 陶博会, 进口博览会 -> 进博会, 全国运动会 -> 全运会): the short form every
    国际陶瓷博览会 or 农民运动会 goes by, whatever the rest of the name says."""
    words = [w for w in words if w.strip() and w not in "和及与的、（）()"]
    out = set()
    for k, w in enumerate(words):
        if not _EVENT_WORD.fullmatch(w) or w in generic:
            continue
        for i in (k - 1, k - 2):
            lead = words[max(i, 0):k]
            if i >= 0 and lead[0] not in generic and all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", x) for x in lead):
                out.add("".join(x[0] for x in lead) + w[0] + w[-1])
    return out


def initial_words(words: list[str], generic: set[str]) -> dict[str, str]:
    """A four-character word of a name said by the first characters of its two halves, as 公共卫生 is said 公卫
    (计划生育 -> 计生, 城市管理 -> 城管): word -> its two initials, where neither half is a generic word (工作经费
    gives no 工经)."""
    return {w: w[0] + w[2] for w in words
            if len(w) == 4 and re.fullmatch(r"[\u4e00-\u9fff]{4}", w) and w[:2] not in generic and w[2:] not in generic}


def initial_pairs(words: list[str], generic: set[str]) -> dict[str, str]:
    """Two two-character words of a name said by their first characters, as 计划 生育 is said 计生 (特别 扶助金 ->
    特扶金, 爱国 卫生运动 -> 爱卫运动): the two words' heads -> their initials, where neither is a generic word and
    both are Chinese. Only inside a longer form of the name (特扶金, never 特扶 alone: two initials alone are too
    easily another word's)."""
    out: dict[str, str] = {}
    for w1, w2 in zip(words, words[1:], strict=False):
        head = w2[:2]
        if 2 <= len(w2) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]{4}", w1 + head) and w1 not in generic \
                and head not in generic:
            out[w1 + head] = w1[0] + head[0]
    return out


def leading_initials(words: list[str], generic: set[str], nouns: Iterable[str] = ()) -> dict[str, str]:
    """A name led by a four-character word and the two-character noun it qualifies, said by their first characters
    as staff say the subject of the name (高新技术 企业 -> 高企 of 高新技术企业培育补助资金, 外商投资 企业 -> 外企): the two
    words -> their initials; none where either is a generic word or not Chinese, nor where the second word is none of
    the nouns staff say so (knowledge/vocabulary.toml leading_initial_nouns: 国有土地 上房… makes no 国上)."""
    if len(words) < 3 or len(words[0]) != 4 or len(words[1]) != 2 or words[1] not in set(nouns):
        return {}
    w1, w2 = words[0], words[1]
    if not re.fullmatch(r"[\u4e00-\u9fff]{6}", w1 + w2) or w1 in generic or w2 in generic or w1[:2] in generic:
        return {}
    return {w1 + w2: w1[0] + w2[0]}


def label_short_forms(forms: Iterable[str], abbreviations: dict[str, tuple[str, ...]]) -> list[str]:
    """The forms of a name holding a long word of the vocabulary's [label_abbreviations] with its short word put in
    ("城市书房运行维护经费" -> "城市书房运维经费"): staff shorten the word wherever a name has it. Sorted."""
    return sorted({f.replace(long, short) for f in forms for long, shorts in abbreviations.items() if long in f
                   for short in shorts if short != long})


_SUBJECT_AT_MOST = 2  # the characters before a long word that is a name's subject (城乡 of 城乡最低生活保障资金)

_NAME_TAILS = ("项目", "资金", "经费")  # the words a project's name ends in, left out when it is said short


_NOT_IN_A_WORD = frozenset("和及与或、的等类（）()")


def unknown_pairs_joined(words: list[str], generic: set[str]) -> list[str]:
    """Two single characters the name's cutting left apart at its start, before a longer word, are one word its
    dictionary lacks and the name's subject ("白 茶 产业…" -> 白茶): staff say the name by it ("白茶资金"), as by any
    word of it. Only at the start (inside a name, "运 维" of …设施运维经费 may stand for another name's 运行维护),
    only a pair (a longer run of single characters is no one word), of Chinese characters that join no words."""
    pair = words[:2]
    lone = [len(w) == 1 and "\u4e00" <= w <= "\u9fff" and w not in _NOT_IN_A_WORD for w in pair]
    if len(pair) == 2 and all(lone) and len(words) > 2 and len(words[2]) > 1 and "".join(pair) not in generic:
        return ["".join(pair), *words[2:]]
    return words


def generic_compounds_split(words: list[str], generic: set[str]) -> list[str]:
    """The words of a name with a generic word joined to a name's tail cut in two ("服务项目" -> 服务, 项目), so the
    name said without its trailing 项目 / 补助资金 ("基本公共卫生服务" of 国家基本公共卫生服务项目补助资金) is a form of it."""
    out: list[str] = []
    for w in words:
        cut = len(w) - 2 if w.endswith(_NAME_TAILS) and w[:-2] in generic and w not in generic else 0
        out += [w[:cut], w[cut:]] if cut >= 2 else [w]
    return out


def coordinated_forms(words: list[str], generic: set[str]) -> set[str]:
    """A name joining two things before its tail ("耕地质量监测与保护经费": 监测 与 保护, then 经费) is a name of each
    of them with that tail: the first's words up to the joining word said with the tail ("监测经费", "质量监测经费")
    name it as much as the second's ("保护经费", a word n-gram already). Only where the second is one word and
    the tail a name's own tail (…经费, …资金, …项目): "社会保险缺口资金及生活补贴" joins no two things of one tail."""
    out: set[str] = set()
    for k in range(1, len(words) - 2):
        before, tail = words[k - 1], words[k + 2]
        if words[k] not in _JOINERS or k + 3 != len(words) or not tail.endswith(_NAME_TAILS) or before in generic:
            continue
        out.update("".join(words[i:k]) + tail for i in range(k))
    return out


_LEVELS = frozenset("省市区县镇乡")  # a place's level, said after its name
# words beginning with a level's character ("柏山市场监管局"): no level said
_NOT_A_LEVEL = frozenset(("市场", "市政", "市民", "市容", "乡村", "乡镇", "区域", "区划", "县域", "县城", "镇街", "省级", "市级", "区级", "县级"))


def levels_after(form: str, names) -> frozenset[str]:
    """The levels the names say right after a form ("桐岭" → 县 of 桐岭县…): what other_level looks at, which a
    caller asking often of one form's names may keep (other_level's `after`)."""
    return frozenset(c for c in _LEVELS if any(form + c in n for n in names))


def other_level(form: str, level: str, names, after: frozenset[str] | None = None) -> bool:
    """A department's bare place ("桐岭" of 桐岭县…) said with another level after it ("桐岭镇"); `level` is
    the text after the form, whose first character is looked at ("柏山市场监管局", "青岚乡村振兴": words);
    `after`, when given, is levels_after(form, names)."""
    if level[:2] in _NOT_A_LEVEL:
        return False
    level = level[:1]
    if level not in _LEVELS:
        return False
    after = levels_after(form, names) if after is None else after
    return bool(after) and level not in after


_ORGANISATION_ENDS = frozenset("站所局院队办处科委")


# A run of a name's characters no mark (quote, bracket, comma) cuts
_UNMARKED_RUN = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]+")

class Lexicon:
    """Surface form -> refs, matched longest-first (a match inside a longer match is dropped)."""

    def __init__(self) -> None:
        self.forms: dict[str, set[Ref]] = defaultdict(set)
        self.max_len = 1
        # Forms that give way to a name beginning inside them (see `spans`): a department said as place +
        # bureau word without 局 ("白云信访") is not taken from "白云信访工作经费" (白云 + 信访工作经费).
        self.yielding: set[str] = set()
        # Two initials of a name's word (公卫 of 公共卫生, see initial_words): taken only where neither character
        # forms an ordinary word with its neighbour in the question (水工 is not read in "供水工程", 有生 not in
        # "有生态效益指标"); `word` tells ordinary words.
        self.initials: set[str] = set()
        self.word: Callable[[str], bool] = lambda _w: False

    def add(self, form: str, ref: Ref) -> None:
        if len(form) < 2:
            return
        self.forms[form].add(ref)
        self.max_len = max(self.max_len, len(form))

    SPANS_KEPT = 64  # recent texts read with nothing blocked: one question's text is read so 3-4 times

    def spans(self, text: str, blocked: set[int] | None = None) -> list[tuple[int, int, str, set[Ref]]]:
        """Greedy longest match left to right over text, skipping blocked positions. Kept for recent texts read
        with nothing blocked, while no form is added (a copy is returned: a caller may change its list)."""
        if blocked:
            return self._spans(text, blocked)
        version = (len(self.forms), self.max_len, len(self.yielding), len(self.initials), id(self.word))
        kept: tuple[tuple, dict[str, tuple]] | None = self.__dict__.get("_spans_kept")
        if kept is None or kept[0] != version:
            kept = self.__dict__["_spans_kept"] = (version, {})
        found = kept[1].get(text)
        if found is None:
            found = tuple(self._spans(text, None))
            if len(kept[1]) >= self.SPANS_KEPT:
                kept[1].clear()
            kept[1][text] = found
        return list(found)

    def _spans(self, text: str, blocked: set[int] | None) -> list[tuple[int, int, str, set[Ref]]]:
        out = []
        i, n = 0, len(text)
        blocked = blocked or set()
        heads = self._lengths_by_head()
        while i < n:
            if i in blocked:
                i += 1
                continue
            found = None
            # Only the lengths of the forms beginning with these two characters, longest first.
            for j in (i + size for size in heads.get(text[i:i + 2], ()) if i + size <= n):
                if blocked and any(k in blocked for k in range(i, j)):
                    continue
                refs = self.forms.get(text[i:j])
                if refs and j < n and text[j] in _LEVELS and all(r.kind == "department" for r in refs) \
                        and other_level(text[i:j], text[j:j + 2], [str(r.key) for r in refs]):
                    continue  # "桐岭镇" is no 桐岭县 said short ("桐岭"): another place of the same name
                if refs and j - i == 2 and text[i:j] in self.initials and self.joins(text, i, j):
                    continue
                if refs and not (text[i:j] in self.yielding and self.overrun(text, i, j)):
                    found = (i, j, text[i:j], refs)
                    break
            if found:
                out.append(found)
                i = found[1]
            else:
                i += 1
        return out


    def _lengths_by_head(self) -> dict[str, tuple[int, ...]]:
        """The lengths of the forms by their first two characters, longest first: worked out once, again
        only when forms were added since."""
        kept = self.__dict__.get("_heads")
        if kept is None or kept[0] != (len(self.forms), self.max_len):
            lengths: dict[str, set[int]] = defaultdict(set)
            for form in self.forms:
                if len(form) >= 2:  # (a form is never matched by one character)
                    lengths[form[:2]].add(len(form))
            kept = self.__dict__["_heads"] = ((len(self.forms), self.max_len),
                                              {h: tuple(sorted(ls, reverse=True)) for h, ls in lengths.items()})
        return kept[1]

    def joins(self, text: str, i: int, j: int) -> bool:
        """Does the first character of text[i:j] end an ordinary word begun before it (供水|工程: no 水工), or its
        last begin one (有|生态: no 有生) — unless the characters past that word form one too (计生|产出, not
        计|生产|出) — or does an organisation's ending follow (水保站, 计生办: a unit said short, not the project)?"""
        before = i > 0 and self.word(text[i - 1:i + 1]) and not (i >= 2 and self.word(text[i - 2:i]))
        after = j < len(text) and self.word(text[j - 1:j + 1]) and not self.word(text[j:j + 2])
        return before or after or text[j:j + 1] in _ORGANISATION_ENDS or text[j:j + 2] == "中心"

    def overrun(self, text: str, i: int, j: int) -> bool:
        """Does a name of another kind begin inside text[i:j] and run on past j ("信访工作经费" in
        "白云信访工作经费")? Then a yielding form there would take the first characters of that name."""
        for k in range(i + 1, j):
            for e in range(min(len(text), k + self.max_len), j, -1):
                refs = self.forms.get(text[k:e])
                if refs and any(r.kind != "department" for r in refs):
                    return True
        return False


class _Rows(list):
    """Rows already fetched, with the cursor methods callers use."""

    def fetchall(self) -> list:
        return list(self)

    def fetchone(self):
        return self[0] if self else None


class LockedConnection:
    """A sqlite3 connection shared by threads: each statement runs and is fetched under a lock."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self._lock = threading.Lock()

    def execute(self, sql: str, params: Sequence = ()) -> _Rows:
        with self._lock:
            return _Rows(self._conn.execute(sql, params).fetchall())

    def tuples(self, sql: str, params: Sequence = ()) -> list[tuple]:
        """Rows as plain tuples, for a caller that makes its own dicts of many rows (a sqlite3.Row made
        into a dict costs about as much again as fetching it)."""
        with self._lock:
            cursor = self._conn.cursor()
            cursor.row_factory = None
            return cursor.execute(sql, params).fetchall()

    def bulk(self, table: str, columns: Sequence[str], id_range: tuple[int, int] | None = None,
             by_id: bool = True) -> list[list[str]]:
        with self._lock:
            return query.bulk_rows(self._conn, table, columns, id_range, by_id)

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def of_table_kind(kind: str, doc: dict, vocab: Vocabulary) -> bool:
    """A document is of a kind of table said when its kind as published or its title holds the word; a kind said
    short ("评价表", "绩效表") also of a title holding the word before 表 and a 表 after it (…评价结果表, …绩效目标表)."""
    bare = kind[:-1] if kind.endswith("表") and len(kind) >= 3 else ""
    for text in (compact(doc.get("form") or ""), compact(doc.get("title") or "")):
        if kind in text or bare and bare in text and "表" in text[text.index(bare):]:
            return True
    return False


_KIND_WORD_MIN = 3  # a kind's word shorter than this (收入 of 收入预算) is said of too much else
_FLOWS = ("支出", "收入", "收支")


def title_kind_words(form: str, table_kinds: Iterable[str], wholes: Iterable[str] = ()) -> frozenset[str]:
    """The words that name a loaded table's kind by the budget it is of, read off its kind as published: what its kind
    says before 预算, with and without 预算 (部门政府性基金预算支出表 → 政府性基金预算, 政府性基金; 一般公共预算基本支出预算表 →
    一般公共预算, 一般公共). None when that is a flow of money (收入预算表, 项目支出预算明细表, 收支预算总表: 收入, 项目支出
    and 收支 are its figures' words), a period (1-6月预算执行分析表) or shorter than three characters; none for a kind
    the vocabulary's table kinds already say (绩效目标表, 自评表), nor a word it reads as a department's whole (wholes).
    (The parse claims them, KnowledgeBase.title_kinds; the facts read them as the budget a table is of, budget_kind_docs.)"""
    kind = compact(form or "").removeprefix("部门").removesuffix("表")
    at = kind.find("预算")
    subject = kind[:at] if at >= 0 else ""
    if len(subject) < _KIND_WORD_MIN or not _BUDGET_SUBJECT.fullmatch(subject) or subject.endswith(_FLOWS) \
            or any(k in compact(form or "") for k in table_kinds):
        return frozenset()
    return frozenset(w for w in (subject, subject + "预算") if w not in wholes)


_BUDGET_SUBJECT = re.compile(r"[\u4e00-\u9fff]+")
# A table said as where something is: "…部门预算表里", "在预算表中"
# What follows a bureau's word said for its department ("应急项目…", "应急的申报表"): read so by the parse and by the
# facts' reading of a question alike
PROJECT_AFTER_BUREAU = re.compile(r"的?(?:项目|申报表)")
_TABLE_WHERE = re.compile(r"(?P<table>[\u4e00-\u9fff]{3,10}表)(?:里面|里|中|上)")
# Departments asked across ("哪个部门", "各单位", "几个部门")
DEPARTMENTS_ACROSS = re.compile(r"(?:哪|各|几|每)(?:个|些|一个|家|几个)?(?:部门|单位)")


def title_kind_names_its_tables(owners: set[str], named: set[str], text: str) -> bool:
    """Whether a word read off titles (title_kind_words: 政府性基金, 三公经费) names the tables of that kind, of the
    departments owning them: with departments named, when one of them owns one; with none named, when the tables are
    several departments' and the question asks across departments ("哪个部门有政府性基金基本支出") — never "三公经费
    多少" of none (others' tables print it as a line), nor "政府购买服务预算合计" (the place's own 合计). The one rule of
    the parse (parse._title_kinds_said) and the facts (question._budget_kind_said)."""
    if named:
        return bool(owners & named)
    return len(owners) >= 2 and DEPARTMENTS_ACROSS.search(text) is not None


def _title_kinds(documents: dict[int, dict], vocab: Vocabulary) -> dict[str, frozenset[int]]:
    """Each word naming a loaded table's kind (see title_kind_words) and the documents of that kind, longest first."""
    of: dict[str, set[int]] = defaultdict(set)
    for d, doc in documents.items():
        for word in title_kind_words(doc.get("form") or "", vocab.table_kinds, vocab.whole_table_subjects):
            of[word].add(d)
    return {w: frozenset(of[w]) for w in sorted(of, key=len, reverse=True)}


def _pairs_of_names(names: dict[int, str]) -> dict[str, tuple[int, ...]]:
    """Each pair of adjacent characters of the names, and the keys of the names holding it, in their order."""
    held: dict[str, list[int]] = defaultdict(list)
    for key, name in names.items():
        for pair in dict.fromkeys(name[k:k + 2] for k in range(len(name) - 1)):
            held[pair].append(key)
    return {pair: tuple(keys) for pair, keys in held.items()}


class KnowledgeBase:
    """Read-only view of one database file, with the matcher's lexicon."""

    def __init__(self, db_path: str | Path, vocab: Vocabulary):
        self.path = Path(db_path)
        if not self.path.exists():
            raise LoadError([Issue(str(self.path), 0, "知识库不存在：请先运行 python -m bot load", "error")])
        # One read-only connection, kept for the life of this object: after a reload swaps a new file in
        # under the same name, it still reads the file this object's lexicon was built from.
        raw = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        raw.row_factory = sqlite3.Row
        self.conn = LockedConnection(raw)
        self.vocab = vocab
        try:
            self._load()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise LoadError([Issue(str(self.path), 0, f"知识库文件损坏或不是本程序的数据库：{exc}", "error")]) from exc

    def close(self) -> None:
        self.conn.close()

    def table_kind_said(self, text: str, claimed: Sequence[str]) -> tuple[str, list[int]]:
        """The kind of table a question names ("评价表里…", "自评表…"; a kind said without 表 only where the reading
        claimed it, see parse) and the loaded documents of that kind; ("", []) when none is said."""
        for kind in self.vocab.table_kinds:  # (longest first)
            if (kind in text or kind in claimed) and (kind not in self.vocab.table_words or kind in claimed):
                return kind, [d for d, doc in self.documents.items() if of_table_kind(kind, doc, self.vocab)]
        for kind, docs in self.title_kinds.items():  # (a kind read off the loaded tables: where the reading claimed it)
            if kind in claimed:
                return kind, sorted(docs)
        return "", []

    def table_said_short(self, text: str) -> tuple[str, list[int]]:
        """A loaded table said by its kind short, as where something is ("在部门预算表里" of a 部门项目支出预算表): the
        words before 表 and 里/中/上, their characters in order in one published kind that ends as they do (预算表),
        and the documents of that kind; ("", []) when none, or several kinds, fit."""
        for m in _TABLE_WHERE.finditer(text):
            said = m.group("table")
            forms = {compact(str(doc.get("form") or "")) for doc in self.documents.values()}
            for start in range(len(said) - 3):  # (the longest said first: "在部门预算表" is no kind, "部门预算表" is)
                word = said[start:]
                fit = {f for f in forms if f.endswith(word[-3:]) and in_order(word, f)}
                if len(fit) == 1:
                    form = fit.pop()
                    return word, sorted(d for d, doc in self.documents.items() if compact(str(doc.get("form") or "")) == form)
                if fit:
                    break  # (several kinds fit: none said)
        return "", []

    def label_goes_on(self, word: str, after: str) -> bool:
        """Whether a loaded figure's label holds the word with the next words said after it ("政府性基金拨款": the
        column 本年收入政府性基金拨款, so 政府性基金 there is that label's, never a kind of table). Read once a word."""
        said = self.__dict__.setdefault("_label_goes_on", {})
        if word not in said:
            goes: set[str] = set()
            for label in query.labels_going_on_from(self.conn, word):
                text = compact(label)
                goes.update(text[at + len(word):at + len(word) + 2] for at in said_at(word, text))
            said[word] = frozenset(goes)
        return bool(after) and any(after.startswith(g) or g.startswith(after) for g in said[word] if g)

    def row_name_before(self, word: str) -> frozenset[str]:
        """What stands before a word in the row names of the loaded tables that end with it ("农村公路养护" of the row
        农村公路养护专项资金, for 专项资金): a name said whole that a shorter project's name ends is that row's, never
        that project's. Read once a word."""
        said = self.__dict__.setdefault("_row_name_before", {})
        if word not in said:
            before: set[str] = set()
            held = word.replace("%", "").replace("_", "")
            # (the labels holding the word with more before it, "农村公路养护专项资金" of 专项资金)
            for labels in (x for x in self.row_labels() if x.find(held, 1) >= 1):
                for label in labels.split(query.FACT_SEP):
                    text = compact(label)
                    # (two characters before it are a qualifier as often as a name, 财政专项资金: not read as a row)
                    if text.endswith(word) and len(text) >= len(word) + 3:
                        before.add(text[:-len(word)])
            said[word] = frozenset(before)
        return said[word]

    def row_labels(self) -> tuple[str, ...]:
        """The distinct row labels of the figures (joined by FACT_SEP): one read of the facts, made when the knowledge
        base opens (names.read_ahead), never a scan of the facts by a question's word (row_name_before)."""
        found = self.__dict__.get("_row_labels")
        if found is None:
            found = self.__dict__["_row_labels"] = tuple(query.distinct_row_labels(self.conn))
        return found

    def indicator_ids_by_name(self) -> dict[str, tuple[int, ...]]:
        """Each distinct indicator name's ids, made when the knowledge base opens (names.read_ahead)."""
        found = self.__dict__.get("_indicator_ids_by_name")
        if found is None:
            grouped: dict[str, list[int]] = defaultdict(list)
            for i, name in self.indicator_name.items():
                grouped[name].append(i)
            found = self.__dict__["_indicator_ids_by_name"] = {n: tuple(ids) for n, ids in grouped.items()}
        return found

    BULK_ROWS = 20_000

    def _load(self) -> None:
        from bot.store.schema import SCHEMA_VERSION

        if query.schema_version(self.conn) != SCHEMA_VERSION:
            raise LoadError([Issue(str(self.path), 0, "知识库由旧版本程序建立，请运行 python -m bot load 重新加载", "error")])
        self.documents = {r["id"]: dict(r) for r in query.all_documents(self.conn)}
        by_dept: dict[str, list[int]] = defaultdict(list)
        for doc in self.documents.values():
            by_dept[doc["department_name"]].append(doc["id"])
        self.departments = [Department(name, tuple(ids)) for name, ids in by_dept.items()]
        # Workbooks of one project per sheet (the 自评表 template): answer/scorecard.py reads their projects whole
        self.form_documents = frozenset(d for d, doc in self.documents.items() if doc["layout"] == SHEET_SELF_EVALUATIONS)
        # Tables printing what was done beside what was planned (执行数, 完成值, 得分): every self-evaluation
        self.evaluated_documents = self.form_documents | frozenset(
            d for d, doc in self.documents.items() if doc["layout"] == "project-self-evaluation")
        # A 项目申报表 of a department that also has a 项目支出绩效目标表: the same projects applied for, asked by
        # the application's own words only (see applications_asked)
        # (a 自评表 of one project per sheet beside its department's 目标表 likewise: the same projects evaluated,
        # asked by its own words or a year only it holds)
        self.applications_beside = frozenset(
            d for d, doc in self.documents.items()
            if (doc["layout"] == "project-application" or d in self.evaluated_documents)
            and any(o["department_name"] == doc["department_name"] and o["form"] == "项目支出绩效目标表"
                    for o in self.documents.values()))
        # The kinds said without 表 (评价) some loaded table is of: only those are claimed as a table's word
        self.table_words_held = frozenset(w for w in self.vocab.table_words
                                          if any(of_table_kind(w, doc, self.vocab) for doc in self.documents.values()))
        self.title_kinds = _title_kinds(self.documents, self.vocab)
        # Department name -> its place among the departments and its documents: found by name, not by a
        # walk over every department for each question.
        self._department_at = {d.name: (k, d.doc_ids) for k, d in enumerate(self.departments)}
        self._department_index = {d.name: k for k, d in enumerate(self.departments)}
        self._document_department = {d: k for k, dept in enumerate(self.departments) for d in dept.doc_ids}
        self.department_names = frozenset(self._department_index)
        self._own_years: dict[int, int | None] = {}
        words_of = self._load_projects()
        self._load_sheet_names()
        self._load_indicators()
        self._index_spans()
        self._load_having()
        self._build_lexicon(words_of)
        self._load_units()

    def _load_projects(self) -> dict[int, str]:
        """Projects by id; returns each project's name as segmented at load (space-separated words)."""
        self.projects: dict[int, ProjectInfo] = {}
        words_of: dict[int, str] = {}
        columns = ["id", "document_id", "name", "unit_name", "line", "kind", "words", *AMOUNT_COLUMNS]
        for r in self.conn.bulk("projects", columns):
            pid = int(r[0])
            amounts = {k: float(v) if v else None for k, v in zip(AMOUNT_COLUMNS, r[7:], strict=True)}
            self.projects[pid] = ProjectInfo(pid, int(r[1]), r[2], r[3], amounts, int(r[4] or 0), r[5] or "project")
            words_of[pid] = r[6]
        by_doc: dict[int, list[int]] = defaultdict(list)
        for pid, p in self.projects.items():
            by_doc[p.document_id].append(pid)
        self._document_projects = {d: tuple(pids) for d, pids in by_doc.items()}
        self._project_name = {pid: p.name for pid, p in self.projects.items()}
        self._project_pairs = _pairs_of_names(self.compact_project_names())
        self._last_names: tuple[tuple[list[set[Ref]], list[str]], ...] = ()  # see project_names
        return words_of

    def _load_indicators(self) -> None:
        """Each indicator's project and name, and the category names of both levels."""
        self.indicator_project: dict[int, int] = {}
        self.indicator_name: dict[int, str] = {}
        top = query.indicator_max_id(self.conn)
        for lo in range(0, top, self.BULK_ROWS):  # in slices: one huge string would double the peak memory
            for iid_s, pid_s, name in self.conn.bulk("indicators", ["id", "project_id", "name"],
                                                     (lo, lo + self.BULK_ROWS), by_id=False):
                self.indicator_project[int(iid_s)] = int(pid_s)
                self.indicator_name[int(iid_s)] = name
        self.categories: dict[str, str] = {}  # category name -> "level1" | "level2"
        for name in query.category_names(self.conn, "level1"):
            self.categories[name] = "level1"
        for name in query.category_names(self.conn, "level2"):
            self.categories.setdefault(name, "level2")

    def _index_spans(self) -> None:
        """Each indicator's document, in an array indexed by id (4 MB for a million): a question about a
        common indicator name looks up thousands of them. And the id span of each document and project."""
        self.indicator_doc = array("l", [0]) * (max(self.indicator_project, default=0) + 1)
        doc_spans: dict[int, list[int]] = {}  # document -> its lowest and highest indicator id
        project_spans: dict[int, list[int]] = {}  # the same per project
        for iid, pid in self.indicator_project.items():
            doc_id = self.indicator_doc[iid] = self.projects[pid].document_id
            for spans, key in ((doc_spans, doc_id), (project_spans, pid)):
                span = spans.get(key)
                if span is None:
                    spans[key] = [iid, iid]
                elif iid < span[0]:
                    span[0] = iid
                elif iid > span[1]:
                    span[1] = iid
        self._spans = {k: (lo, hi) for k, (lo, hi) in doc_spans.items()}
        self._project_spans = {k: (lo, hi) for k, (lo, hi) in project_spans.items()}

    def _load_having(self) -> None:
        """Which documents have a category, actual values or execution figures: found once here, not by
        a scan of every indicator for each question that names no department."""
        having: dict[tuple[str, str], set[int]] = defaultdict(set)
        for level1, level2, doc, actual in query.categories_by_document(self.conn):
            having["level1", level1].add(doc)
            having["level2", level2].add(doc)
            if actual:
                having["completion", ""].add(doc)
        having["execution", ""].update(query.documents_with_execution(self.conn))
        self._having = {k: frozenset(v) for k, v in having.items() if v}

    def _build_lexicon(self, words_of: dict[int, str]) -> None:
        lex = Lexicon()
        self._add_projects(lex, words_of)
        self._add_application_sheet_names(lex)
        self._add_names_holding_a_form(lex)
        self._add_words_heading_a_word(lex, words_of)
        self._add_indicators_and_categories(lex)
        named: dict[str, set[str]] = defaultdict(set)  # a department's form -> the departments it names
        for dept in self.departments:
            abbreviations = self.vocab.department_abbreviations or None
            for form in sorted(department_forms(dept.name, abbreviations)):
                lex.add(form, Ref("department", dept.name))
                named[form].add(dept.name)
            lex.yielding |= department_bare_forms(dept.name, abbreviations)
        for form, depts in named.items():
            if form in depts and len(depts) > 1:
                # "临溪区2025年…" while the place 临溪区 is loaded beside its bureaus (临溪区教育局 …): the
                # department of that very name, not every one it is also a short name of
                lex.forms[form] = {r for r in lex.forms[form] if r.kind != "department" or r.key == form}
                named[form] = {form}
        for region, name in self._regions_of_file_names():
            lex.add(region, Ref("department", name))  # "重庆那个自评表": chongqing_yuzhong_….xlsx
            named[region].add(name)
        # Aliases from the vocabulary: a short name stands for every entity whose form contains the target.
        for alias, target in self.vocab.aliases.items():
            refs = set(lex.forms.get(target, set()))
            if not refs:
                refs = {r for form, rs in lex.forms.items() if target in form for r in rs if r.kind == "project"}
            for r in refs:
                lex.add(alias, r)
                if r.kind == "department":
                    named[alias].add(str(r.key))
        self._add_synonym_groups(lex)
        self._one_off = _by_length_and_end(named)
        self._add_bureau_words(lex)
        self._add_indicator_suffixed(lex)
        self.lexicon = lex
        self._form_ids: dict[str, list[int]] = {}  # see indicator_ids
        self._ids_documents: dict[tuple[int, int, int], tuple[list[int], list[int]]] = {}
        # for core_refs; equal lengths by the word, not the string hash seed's order
        self._generic_by_length = sorted(self.vocab.generic_words, key=lambda w: (-len(w), w))
        self._build_fuzzy_index()
        self._build_segmenter()

    def _add_synonym_groups(self, lex: Lexicon) -> None:
        """[synonym_groups]: a kind of staff or spending a table calls by one word of a group (临聘人员工资经费) is said by
        every other word of it ("临时工的经费", "临时聘用人员工资经费"), where no project of its department holds that
        other word itself (then it is that department's own word): the word alone names the projects holding the
        table's word, and so does the name with the word swapped in. A word of another kind of the same
        [related_kinds] list (合同工 said of 政府雇员工资经费) names them too, but only to be asked back
        (`asked_back`: "您说的合同工是指政府雇员吗？"), unless the department's own indicators of those projects say it
        (编外人员工资支付及时性 of a 政府雇员 project: the table calls those staff so itself)."""
        groups = {k: g for k, g in self.vocab.synonym_groups.items() if g}
        self.synonym_forms: set[str] = set()  # the forms so added (resolve: no part of a whole said by one)
        self.asked_back: dict[int, dict[str, str]] = defaultdict(dict)  # project -> word of another kind -> its own
        kin = {k: [o for o in kinds if o != k and o in groups] for kinds in self.vocab.related_kinds.values()
               for k in kinds if k in groups}
        # (said_as_named: a name said by a word of its group, or of a kind its table's words stand for, once asked)
        self.name_word_groups: list[tuple[str, ...]] = [*groups.values(), *(
            tuple(w for k in kinds if k in groups for w in groups[k]) for kinds in self.vocab.related_kinds.values())]
        if not groups:
            return
        own: dict[int, tuple[str, str]] = {}  # project -> its group and its word of it (the longest the name holds)
        held: dict[str, set[str]] = defaultdict(set)  # department -> the group words its projects' names hold
        for pid, p in self.projects.items():
            name, dept = compact(p.name), self.documents[p.document_id]["department_name"]
            held[dept] |= {w for g in groups.values() for w in g if w in name}
            for key, group in groups.items():
                if word := next((w for w in sorted(group, key=len, reverse=True) if w in name), ""):
                    own[pid] = (key, word)
                    break
        told: dict[tuple[str, str], list[str]] = defaultdict(list)  # (department, group) -> its projects' indicators
        for iid, pid in self.indicator_project.items():
            if pid in own and kin.get(own[pid][0]):
                told[(self.documents[self.projects[pid].document_id]["department_name"], own[pid][0])].append(
                    self.indicator_name.get(iid, ""))
        for pid, (key, word) in own.items():
            name, dept = compact(self.projects[pid].name), self.documents[self.projects[pid].document_id]["department_name"]
            said = "\x00".join(told.get((dept, key), ()))
            others = [(o, False) for o in groups[key]]
            others += [(o, not any(w in said for w in groups[k])) for k in kin.get(key, ()) for o in groups[k]]
            for other, ask in others:
                if other in name or any(other in words for words in held.values()):
                    # (a table's own word, 编外用工 of 编外用工人员工资经费: that table's projects only — said alike of
                    # another department's 政府雇员 projects it would win over the table's own name by its full form)
                    continue
                form = name.replace(word, other)
                lex.add(other, Ref("project", pid))
                lex.add(form, Ref("project", pid))
                self.synonym_forms |= {other, form}
                if ask:
                    self.asked_back[pid][other] = word

    def _regions_of_file_names(self) -> list[tuple[str, str]]:
        """(region, department) for each province-level region (the vocabulary's regions) a department's document
        names in pinyin in its file name ("chongqing_yuzhong_2021_….xlsx" is of 重庆) while the department's own
        name does not say it (渝中区人力资源和社会保障局): the region said loosely is that department. Nothing when
        no file name has a word of Latin letters (pypinyin is imported only then)."""
        # (a run of hex digits, ceabf of a hashed name 001_c918ceabf11b….txt, is no pinyin of any region)
        words = {d: {w for w in re.findall(r"[a-z]{4,}", str(doc["file_name"] or "").lower()) if w.strip("abcdef")}
                 for d, doc in self.documents.items()}
        if not any(words.values()):
            return []
        from pypinyin import Style, lazy_pinyin

        found: list[tuple[str, str]] = []
        for region in self.vocab.regions:
            sound = "".join(lazy_pinyin(region, style=Style.NORMAL))
            bare = re.sub(r"(?:省|市|自治区|壮族|回族|维吾尔)+$", "", region)
            sound = "".join(lazy_pinyin(bare, style=Style.NORMAL)) if bare else sound
            for d, said in words.items():
                name = self.documents[d]["department_name"]
                if sound in said and bare not in name and (region, name) not in found:
                    found.append((region, name))
        return found

    def _add_projects(self, lex: Lexicon, words_of: dict[int, str]) -> None:
        """Each project's full names, its word n-grams and its abbreviations."""
        # Question words ("绩效", "目标", "资金") never make a short name on their own either.
        generic = self.vocab.generic_words | {w for ws in self.vocab.concepts.values() for w in ws}
        closing, self.full_forms = self.vocab.closing_contractions, set()  # (full forms: an exact one is decisive)
        # Every piece of every department name, as a set: a substring search over all the names for
        # each word group made start-up grow with departments × projects.
        dept_pieces = {name[i:j] for name in {d.name for d in self.departments}
                       for i in range(len(name)) for j in range(i + 2, len(name) + 1)}
        # Hundreds of departments have a project of the same name: its forms are derived once and
        # added with all their refs.
        groups: dict[tuple[str, str], list[Ref]] = defaultdict(list)
        for pid, p in self.projects.items():
            groups[p.name, words_of[pid]].append(Ref("project", pid))
        abbreviations: list[tuple[str, Ref]] = []
        initials = self._leading_initials(groups, generic, self.vocab.leading_initial_nouns)  # (高企 of 高新技术企业…: the names' leading words')
        # Forms with a word said by its initials: matched as said only, never fuzzily ("城乡居民养保政府补贴" is
        # no near miss of "城乡居民医保财政补贴") nor made words of the segmenter
        self.initial_forms: set[str] = set()
        for (name, segmented), refs in groups.items():
            words = after_its_year(name, [w for w in segmented.split(" ") if w])
            # (the joined word is a form of its own; the name's other forms and abbreviations keep its cutting)
            joined = [w for w in unknown_pairs_joined(words, generic)[:1] if w not in words and w not in dept_pieces]
            # (a place in brackets, 中国（醴陵）国际陶瓷博览会, is no short name of the project: a piece of the
            # departments' names, 醴陵 of 醴陵市商务局, names them)
            variants = {v for v in name_variants(name) if v == compact(name) or v not in dept_pieces} | without_its_year(name)
            self.full_forms.update(variants)
            grams = self._name_grams(name, words, variants, generic, dept_pieces)
            self._add_pieces_said_short(lex, name, grams, refs)
            for long, short in initial_words(words, generic).items():
                # 基本公卫, 公卫服务: the name's forms with the word said by its initials; the initials alone below
                said_short = [g.replace(long, short) for g in grams if long in g and g != long]
                grams += said_short
                self.initial_forms.update(said_short)
                initials[short].update(refs)
            for long, short in initial_pairs(words, generic).items():
                # 特扶金 of 计划生育家庭特别扶助金: the name's forms with two words said by their initials
                said_short = [g.replace(long, short) for g in grams if long in g and len(g) > len(long)]
                grams += said_short
                self.initial_forms.update(said_short)
            # Sorted: the order forms enter the lexicon numbers the fuzzy index, whose ties keep it; a set's
            # order would follow the string hash seed.
            for form in [*sorted(variants), *sorted(grams), *joined]:
                if len(form) >= 2:
                    lex.forms[form].update(refs)
                    lex.max_len = max(lex.max_len, len(form))
            abbreviations.extend((a, ref) for a in sorted(abbreviations_of(words, generic, closing)) for ref in refs)
        # Abbreviations only where they cannot be taken for an ordinary word or another name.
        common = self._base_words()  # the segmenter's too
        # (an abbreviation two names share stands for both, asked which: not for whichever name came first)
        named = frozenset(lex.forms)
        for form, ref in abbreviations:
            if form not in named and not common(form) and form not in dept_pieces:
                lex.add(form, ref)
        for form, owners in sorted(initials.items()):  # (every project a pair of initials stands for: asked back)
            if form not in lex.forms and not common(form) and form not in dept_pieces and form not in generic:
                lex.forms[form].update(owners)
                lex.initials.add(form)
                self.initial_forms.add(form)
        lex.word = common

    @staticmethod
    def _leading_initials(groups: dict[tuple[str, str], list[Ref]], generic: set[str],
                          nouns: Iterable[str]) -> defaultdict[str, set[Ref]]:
        """The initials of each name's leading words (高企 of 高新技术企业培育补助资金) -> every project they lead, as
        the initials of a word of a name are (公卫): filled first, those of the names' words join them."""
        out: defaultdict[str, set[Ref]] = defaultdict(set)
        for (name, segmented), refs in groups.items():
            words = after_its_year(name, [w for w in segmented.split(" ") if w])
            for short in leading_initials(words, generic, nouns).values():
                out[short].update(refs)
        return out

    def _add_names_holding_a_form(self, lex: Lexicon) -> None:
        """A project's short form (its words, 规划编制 of 村庄规划编制及实施评估经费) printed inside another project's
        name across that name's own cutting (国土空间总体规划编制经费: 总体规划 | 编制) names that project too: the
        words said are in both names, and answering one of them would be a guess. Forms of four characters or more
        (up to eight), never a project's whole name (an exact name is decisive), nor across a mark the name prints
        (“中国最美乡村”旅游品牌… holds no 乡村旅游: the quoted term ends before 旅游)."""
        by_name: dict[str, set[Ref]] = defaultdict(set)
        for pid, p in self.projects.items():
            by_name[p.name].add(Ref("project", pid))
        found: list[tuple[str, set[Ref]]] = []
        for name, refs in sorted(by_name.items()):
            for run in _UNMARKED_RUN.findall(name):
                for i in range(len(run) - 3):
                    for j in range(i + 4, min(len(run), i + 8) + 1):
                        owners = lex.forms.get(run[i:j])
                        if owners and not refs <= owners and run[i:j] not in self.full_forms \
                                and all(r.kind == "project" for r in owners):
                            found.append((run[i:j], refs))
        for form, refs in found:
            lex.forms[form].update(refs)

    def _add_words_heading_a_word(self, lex: Lexicon, words_of: dict[int, str]) -> None:
        """A two-character short name of a table's projects (储备 of 应急物资储备及仓储管理经费) heading a word one
        character longer in another project's name of that table (储备粮 of 县级储备粮轮换及保管费用补贴, which its
        cutting keeps whole) names that project too: said short, the word fits both about equally (asked which)."""
        by_doc: dict[int, list[int]] = defaultdict(list)
        for pid, p in self.projects.items():
            by_doc[p.document_id].append(pid)
        for pids in by_doc.values():
            found: list[tuple[str, Ref]] = []
            for pid in pids:
                for word in (words_of.get(pid) or "").split(" "):
                    owners = lex.forms.get(word[:-1]) if len(word) == 3 else None
                    if owners and all(r.kind == "project" for r in owners) and Ref("project", pid) not in owners \
                            and any(r.id in self.projects and self.projects[r.id].document_id
                                    == self.projects[pid].document_id for r in owners):
                        found.append((word[:-1], Ref("project", pid)))
            for form, ref in found:
                lex.forms[form].add(ref)

    def _add_bureau_words(self, lex: Lexicon) -> None:
        """A bureau said by its two-character word without 局 and without its place ("民政哪些项目…" of 晋江市民政局,
        "人社" of 人社局), as staff say it: a form of each department of that bureau (several are asked which), where no
        project's or indicator's name nor a word of the vocabulary holds the word (财政 of 财政拨款, 信访 of 信访工作经费
        name those). It yields to a name beginning inside it."""
        abbreviations = self.vocab.department_abbreviations or None
        bureaus = bureau_words((dept.name for dept in self.departments), abbreviations)
        # (the words joined once: a word held in any of them is found by one substring search, not thousands)
        words = "\x00".join(self.vocab.words() | set(self.vocab.generic_words))
        held = {w for w in bureaus if w in lex.forms or w in words}
        # (a short word of a name's long word, 卫健 of 卫生健康人才引育专项资金's forms, is held only where a name prints it)
        short = {w for shorts in (abbreviations or {}).values() for w in shorts if w in bureaus}
        names = "\x00".join([compact(p.name) for p in self.projects.values()] + list(self.indicator_name.values())) \
            if short else ""
        unprinted = {w for w in short if w not in names}
        for form, refs in lex.forms.items():
            if len(form) > 2 and any(r.kind in ("project", "indicator") for r in refs):
                held.update(w for i in range(len(form) - 1) if (w := form[i:i + 2]) in bureaus and w not in unprinted)
        free = sorted(set(bureaus) - held)
        if free:  # (a table's line holding the word in a name of its own, 农牧业 of 农牧业保险保费: that line's word)
            said = re.compile("(?:" + "|".join(map(re.escape, free)) + ")(?![局厅委])")
            for row in query.fact_labels(self.conn):
                held.update(said.findall(f"{row[3] or ''} {row[5] or ''}"))
        for word in sorted(set(bureaus) - held):
            lex.forms[word].update(Ref("department", d) for d in sorted(bureaus[word]))
            lex.yielding.add(word)
        self.bureau_words = {w: frozenset(d) for w, d in bureaus.items()}  # (held ones too: see parse)

    def _add_pieces_said_short(self, lex: Lexicon, name: str, grams: list[str], refs: list[Ref]) -> None:
        """A project's pieces holding a whole long word of [label_abbreviations] said with its short word ("低保资金",
        低保 itself, of 城乡最低生活保障资金), as staff name the project by what it is for: for the projects of a
        table where no other name prints that short word (a “低保专干” indicator of another line of the same table
        is that line's). Matched as said only (initial_forms)."""
        # (only a long word that is the name's subject, 城乡 + 最低生活保障: not the 社会保险 of “三支一扶”高校毕业生
        # 社会保险缺口资金, whose 社保 said alone is another thing's word)
        whole = compact(name)
        said = [(short, f.replace(long, short)) for long, shorts in self.vocab.label_abbreviations.items()
                if 0 <= whole.find(long) <= _SUBJECT_AT_MOST for short in shorts if short != long for f in grams if long in f]
        if not said:
            return
        printed = self._short_words_printed()
        for short, form in said:
            keep = {r for r in refs if self.projects[r.id].document_id not in printed.get(short, ())}
            if keep and len(form) >= 2 and form not in self.full_forms:
                lex.forms[form].update(keep)
                lex.max_len = max(lex.max_len, len(form))
                self.initial_forms.add(form)

    def _short_words_printed(self) -> dict[str, frozenset[int]]:
        """The documents printing a short word of [label_abbreviations] in a name of their own (a project's or an
        indicator's) that is not of a project whose name holds the long word: short word -> documents. Read once."""
        found = self.__dict__.get("_printed_short")
        if found is None:
            longs: dict[str, list[str]] = defaultdict(list)  # short word -> the long words it shortens
            for long, shorts in self.vocab.label_abbreviations.items():
                for short in shorts:
                    longs[short] += [long] if short != long else []
            any_short = re.compile("|".join(sorted(map(re.escape, longs), key=len, reverse=True)) or "(?!)")
            out: dict[str, set[int]] = defaultdict(set)
            named = [(p, p.name) for p in self.projects.values()]
            named += [(self.projects[self.indicator_project[i]], text) for i, text in self.indicator_name.items()]
            for project, text in named:
                for short in set(any_short.findall(text)):
                    if not any(long in project.name or long in text for long in longs[short]):
                        out[short].add(project.document_id)
            found = self.__dict__["_printed_short"] = {k: frozenset(v) for k, v in out.items()}
        return found

    def _name_grams(self, name: str, words: list[str], variants: set[str], generic: set[str],
                    dept_pieces: set[str]) -> list[str]:
        """A project name's word n-grams, quoted parts and forms with a standard short word put in."""
        # A fragment of the department's own name ("信访") does not identify a project.
        grams = [g for g in word_ngrams(generic_compounds_split(words, generic), generic)
                 if g not in dept_pieces and g not in generic]
        grams += quoted_forms(name, words, generic)
        grams += [g for g in sorted(coordinated_forms(words, generic)) if g not in dept_pieces]
        # 城市书房运维经费: the whole name with a standard short word of names put in (运行维护 -> 运维), said as such
        # only (its pieces are not: 低保 of 城乡最低生活保障资金 would take the 低保 of other names' words)
        said_short = label_short_forms(variants, self.vocab.label_abbreviations)
        # (and a piece of the name holding the long word with more beside it, said short the same way: 平台运维经费
        # of 不动产登记信息平台运行维护经费, staff leaving a word out too; never the short word alone)
        shorts = {s for forms in self.vocab.label_abbreviations.values() for s in forms}
        said_short += [g for g in label_short_forms([g for g in grams if g not in variants], self.vocab.label_abbreviations)
                       if g not in shorts]
        self.initial_forms.update(said_short)
        return grams + said_short

    def _add_application_sheet_names(self, lex: Lexicon) -> None:
        """A 项目申报表 workbook of one application per sheet names each sheet by its project's short name (海塘提升工程
        for 海宁市百里钱塘综合整治提升工程（盐官段）), as its staff call the project: the sheet's name, and it said with the
        other tail (工程 ↔ 项目) or none, is a form of that project — where it names nothing else already."""
        docs = [d for d, doc in self.documents.items() if doc["layout"] == "project-application"
                and len(self._document_projects.get(d, ())) > 1]
        for doc_id, sheet, name in query.sheet_projects(self.conn, docs):
            form = compact(sheet)
            pids = [p for p in self._document_projects.get(doc_id, ()) if self.projects[p].name == name]
            if len(pids) != 1 or len(form) < 4 or re.fullmatch(r"(?i)sheet\d*|\d+", form) or form == compact(name):
                continue
            stem = re.sub(r"(?:工程|项目)$", "", form)
            dept = self.documents[doc_id]["department_name"]
            if form in lex.forms or stem in lex.forms or any(
                    q != pids[0] and self.documents[o.document_id]["department_name"] == dept
                    and in_order(stem, compact(o.name)) for q, o in self.projects.items()):
                continue  # (named so already, or saying another project of its department too: 油茶低改 — as read)
            ref = Ref("project", pids[0])
            for said in sorted({form, stem + "项目", stem + "工程"} if stem != form else {form, form + "项目"}):
                if said not in lex.forms:
                    lex.forms[said].add(ref)
                    lex.max_len = max(lex.max_len, len(said))

    def _load_sheet_names(self) -> None:
        """A workbook of one project per sheet names each sheet by the project's short name ("动物防疫" for
        重大动物疫病强制免疫补助项目): the sheet's name -> its project, for answer/scorecard.py. Kept out of the
        lexicon: there the short name would change how every other question about the project is read."""
        self.sheet_names: dict[str, int] = {}
        for doc_id, sheet, name in query.sheet_projects(self.conn, sorted(self.form_documents)):
            form = compact(sheet)
            pids = [p for p in self._document_projects.get(doc_id, ()) if self.projects[p].name == name]
            if len(pids) == 1 and len(form) >= 2 and not re.fullmatch(r"(?i)sheet\d*|\d+", form):
                self.sheet_names[form] = pids[0] if form not in self.sheet_names else 0  # 0: two projects'

    def _add_indicator_suffixed(self, lex: Lexicon) -> None:
        """"<name>指标" for an indicator name that does not end in 指标 ("社会公众满意度指标有哪些"): the
        same refs as the name, where the form names nothing else. Without it the phrase was matched
        fuzzily against every indicator sharing the name (35,000 refs at 10,000 departments) for each
        question. The set is the name's own (no copy); neither the segmenter nor the fuzzy index sees these."""
        self._suffixed: set[str] = set()
        names = {form for name in set(self.indicator_name.values()) for form in name_variants(name, bare_inner=False)}
        for form in sorted(names):  # the lexicon's order must not follow the string hash seed
            longer = form + "指标"
            refs = lex.forms.get(form)
            if form.endswith("指标") or longer in lex.forms or not refs or any(r.kind != "indicator" for r in refs):
                continue
            lex.forms[longer] = refs
            lex.max_len = max(lex.max_len, len(longer))
            self._suffixed.add(longer)

    def _add_indicators_and_categories(self, lex: Lexicon) -> None:
        by_name: dict[str, list[Ref]] = defaultdict(list)  # a common name is shared by thousands
        for iid, name in self.indicator_name.items():
            by_name[name].append(Ref("indicator", iid))
        for name, refs in by_name.items():
            # An indicator is never named by its bracketed part alone (that is the project's short name), nor by
            # a generic bracketed word and what follows it ("项目个数" of 扶持创业企业（项目）个数: a count of projects).
            inner = m.group(1) if (m := _PARENS.search(name)) else ""
            generic_led = compact(inner + name[m.end():]) if m and compact(inner) in self.vocab.generic_words else ""
            for form in sorted(name_variants(name, bare_inner=False)):
                if len(form) >= 2 and form != generic_led:
                    lex.forms[form].update(refs)
                    lex.max_len = max(lex.max_len, len(form))
        goal_words = set(self.vocab.concepts.get("goal", ()))
        for cat, level in self.categories.items():
            ref = Ref("category", cat, level)
            if compact(cat) not in goal_words:  # (an evaluation's 二级 绩效目标: said bare, the project's goal is asked)
                lex.add(compact(cat), ref)
            if cat.endswith("指标") and len(cat) > 3:
                lex.add(cat[:-2], ref)
            else:
                lex.add(cat + "指标", ref)
        for word, cat in self.vocab.categories.items():
            target = cat if cat in self.categories else None
            if target is None and cat.endswith("指标") and cat[:-2] in self.categories:
                target = cat[:-2]
            if target is None and cat + "指标" in self.categories:
                target = cat + "指标"
            if target is not None:
                for form in (word, word + "指标"):
                    if form not in lex.forms:
                        lex.add(form, Ref("category", target, self.categories[target]))

    # Longer forms are matched by the lexicon before jieba sees the text; only short ones help jieba.
    SEGMENTER_FORM_CHARS = 6

    def _base_words(self):
        """Whether a word is one of the tokenizer's base words: from the prefix dictionary built at
        load time and stored (older files: from the dictionary table)."""
        data = query.segmenter_base(self.conn)
        self._stored = read_stored(data) if data else None
        if self._stored is not None:
            pfdict = self._stored[0]
            return lambda word: pfdict.get(word, 0) > 0
        self._base = self.conn.bulk("dictionary", ["word", "freq", "tag"], by_id=False)
        words = {r[0] for r in self._base}
        return words.__contains__

    def _build_segmenter(self) -> None:
        """jieba over the stored base words, the vocabulary and the knowledge base's short names."""
        stored, self._stored = self._stored, None
        base, self._base = getattr(self, "_base", []), []
        extra = [(w, USER_FREQ) for w in self.vocab.words()]
        extra += [(f, USER_FREQ) for f in self.lexicon.forms
                  if len(f) <= self.SEGMENTER_FORM_CHARS and f not in self._suffixed and f not in self.initial_forms]
        if stored is not None:
            conn = self.conn  # the tags stored apart, read on first use (few questions ask them)
            self.segmenter = Segmenter.from_stored(stored, extra, lambda: read_tags(query.segmenter_tags(conn)))
        else:
            tags = {r[0]: r[2] for r in base if r[2]}
            self.segmenter = Segmenter([*((r[0], int(r[1])) for r in base), *extra], tags)

    def _build_fuzzy_index(self) -> None:
        """Character-bigram index over project and indicator forms: fuzzy matching scores only forms
        that share a bigram with the fragment, a few hundred at most instead of every name. Each
        form's refs are also grouped by document (see _by_doc), for questions that name a department."""
        self.fuzzy_forms: list[tuple[str, set[Ref]]] = []
        # Per form, its refs by document: tuples, a tenth of a frozenset's size. None until first asked
        # for a form of many refs (a common indicator name: grouping them all took 10 s at 10,000
        # departments, at every start).
        self.fuzzy_by_doc: list[dict[int, tuple[Ref, ...]] | None] = []
        index: dict[str, list[int]] = defaultdict(list)
        for form, refs in self.lexicon.forms.items():
            if form not in self._suffixed and form not in self.initial_forms \
                    and {r.kind for r in refs} <= {"project", "indicator"}:
                fid = len(self.fuzzy_forms)
                self.fuzzy_forms.append((form, refs))  # the lexicon's own set: no copy
                self.fuzzy_by_doc.append(self._group_by_doc(refs) if len(refs) < self.SHARED_REFS else None)
                for gram in {form[i : i + 2] for i in range(len(form) - 1)}:
                    index[gram].append(fid)
        self.bigram_index = dict(index)
        self._fuzzy_cache: dict[tuple, list[tuple[str, set[Ref] | frozenset[Ref]]]] = {}
        self._fuzzy_lock = threading.Lock()
        self._form_names: dict[str, frozenset[str]] = {}
        self._names_holding: dict[tuple[str, ...], bool] = {}  # see indicator_name_holds
        self._distinct_indicator_names: tuple[str, ...] | None = None
        self._indicator_names_text = ""  # the distinct names joined by _NAME_SEP (indicator_name_holds)
        # closest(): per form (all documents), its first 20 refs with their names: a common indicator
        # name has thousands of refs, ranked again on every unknown question otherwise.
        self._first_refs: dict[str, tuple[tuple[Ref, str, str], ...]] = {}
        self._core: dict[str, frozenset[Ref]] = {}  # core_refs of recent forms
        self._doc_forms: tuple[dict[int, tuple[int, ...]], frozenset[int]] | None = None
        self._doc_refs: dict[int, frozenset[Ref]] = {}  # _document_refs'
        self._fact_years: dict[int, frozenset[int]] | None = None
        self._document_years: dict[int, frozenset[int]] = {}  # years_of_document's, kept per document

    def _group_by_doc(self, refs: set[Ref]) -> dict[int, tuple[Ref, ...]]:
        by_doc: dict[int, list[Ref]] = defaultdict(list)
        doc_of_indicator, projects = self.indicator_doc, self.projects
        for r in refs:
            key = cast(int, r.key)  # a project's or indicator's
            by_doc[doc_of_indicator[key] if r.kind == "indicator" else projects[key].document_id].append(r)
        return {d: tuple(rs) for d, rs in by_doc.items()}

    def _refs_in_documents(self, refs: set[Ref], doc_ids: set[int]) -> frozenset[Ref]:
        """The refs of a form that belong to some documents, found from the documents' own projects and
        indicators (a hundred or so each) rather than by grouping the form's thousands of refs."""
        return frozenset().union(*(self._document_refs(d) & refs for d in doc_ids))

    DOCUMENT_REFS_KEPT = 4096  # documents whose refs are kept (~100 refs each)

    def _document_refs(self, d: int) -> frozenset[Ref]:
        """A document's projects' and indicators' refs, made once per document (a typo's fuzzy search looks up the
        same department's refs for each of its common candidate names)."""
        kept = self._doc_refs
        found = kept.get(d)
        if found is None:
            lo, hi = self.indicator_span(d)
            found = frozenset((*map(Ref, repeat("project"), self.projects_of_document(d)),
                               *(r for r in map(Ref, repeat("indicator"), range(lo, hi + 1))
                                 if self.indicator_doc[r.id] == d)))
            if len(kept) >= self.DOCUMENT_REFS_KEPT:
                kept.clear()
            kept[d] = found
        return found

    def _by_doc(self, fid: int) -> dict[int, tuple[Ref, ...]]:
        """A fuzzy form's refs by document (grouped on first use for a form of many refs)."""
        by_doc = self.fuzzy_by_doc[fid]
        if by_doc is None:
            by_doc = self.fuzzy_by_doc[fid] = self._group_by_doc(self.fuzzy_forms[fid][1])
        return by_doc

    FUZZY_CACHE = 256  # recent fragments' candidate lists: a question asks the same fragment 2-4 times

    NAMES_KEPT = 6  # project_names' recent answers

    def fuzzy_candidates(
        self, fragment: str, doc_ids: set[int] | None = None, limit: int = 300
    ) -> list[tuple[str, set[Ref] | frozenset[Ref]]]:
        """Forms sharing the most character bigrams with fragment (within some documents, if given).
        Kept for recent fragments: parsing, the fact answerer's reading and the suggestions of one
        question ask the same fragment again (the knowledge base is read-only, so a list stays true)."""
        key = (fragment, None if doc_ids is None else frozenset(doc_ids), limit)
        cache = self._fuzzy_cache
        hit = cache.get(key)
        if hit is None:
            hit = self._fuzzy_candidates(fragment, doc_ids, limit)
            with self._fuzzy_lock:
                if len(cache) >= self.FUZZY_CACHE:
                    cache.pop(next(iter(cache)), None)  # the oldest
                cache[key] = hit
        return list(hit)  # a copy: a caller may change its list, never the cached one

    def _fuzzy_candidates(
        self, fragment: str, doc_ids: set[int] | None, limit: int
    ) -> list[tuple[str, set[Ref] | frozenset[Ref]]]:
        # The fragment's own order (not a set's): ties below keep it, whatever the string hash seed.
        grams = dict.fromkeys(fragment[i : i + 2] for i in range(len(fragment) - 1))
        index = self.bigram_index
        # Counted in C, in the same first-seen order as a loop over the grams (ties keep that order).
        counts = Counter(chain.from_iterable(index.get(gram, ()) for gram in grams))
        if not counts:
            return []
        fuzzy_by_doc = self.fuzzy_by_doc
        if doc_ids is not None:
            # Forms with no ref in the documents dropped before sorting (a stable sort of the rest gives
            # the order the full sort would): a department's question scans thousands of forms otherwise.
            fids_of_doc, shared = self._document_forms()
            allowed = shared.union(*(fids_of_doc.get(d, ()) for d in doc_ids))
            items = [(fid, counts[fid]) for fid in filter(allowed.__contains__, counts)]  # (in C: most are not)
        else:
            items = list(counts.items())
        ranked = sorted(items, key=itemgetter(1), reverse=True)
        out: list[tuple[str, set[Ref] | frozenset[Ref]]] = []
        for fid, _ in ranked:
            form, all_refs = self.fuzzy_forms[fid]
            refs: set[Ref] | frozenset[Ref] = all_refs
            if doc_ids is not None:
                if fuzzy_by_doc[fid] is None and len(doc_ids) * self.SHARED_REFS // 4 < len(all_refs):
                    refs = self._refs_in_documents(all_refs, doc_ids)  # a common name, a few departments
                else:
                    by_doc = self._by_doc(fid)
                    refs = frozenset(r for d in doc_ids if d in by_doc for r in by_doc[d])
                if not refs:
                    continue
            out.append((form, refs))
            if len(out) >= limit:
                break
        return out

    def _document_forms(self) -> tuple[dict[int, tuple[int, ...]], frozenset[int]]:
        """Per document, the fuzzy forms with a ref in it; and the forms of many refs (not grouped, so
        possibly in any document). Built on first use, once."""
        built = self._doc_forms
        if built is None:
            by_doc: dict[int, list[int]] = defaultdict(list)
            shared = []
            for fid, groups in enumerate(self.fuzzy_by_doc):
                if groups is None or len(self.fuzzy_forms[fid][1]) >= self.SHARED_REFS:
                    shared.append(fid)
                else:
                    for d in groups:
                        by_doc[d].append(fid)
            built = self._doc_forms = ({d: tuple(fids) for d, fids in by_doc.items()}, frozenset(shared))
        return built

    def initials_said_whole(self, text: str) -> str:
        """The question with a project said by a word's initials (公卫, 基本公卫: see initial_words) said by the
        project's whole name, where the lexicon reads it so: for readers that know only the tables' words."""
        sectioned = self._sectioned_documents()
        if not sectioned and (not self.initial_forms or not any(f in text for f in self.lexicon.initials)):
            return text
        out, at = [], 0
        for i, j, form, refs in self.lexicon.spans(text):
            if form in self.initial_forms and len(refs) == 1 and (r := next(iter(refs))).kind == "project":
                out += [text[at:i], compact(self.projects[r.id].name)]
                at = j
            elif sectioned and (name := self._sectioned_name(refs, sectioned)) and name != compact(form):
                out += [text[at:i], name]
                at = j
        return "".join(out) + text[at:]

    def _sectioned_documents(self) -> frozenset[int]:
        """The 项目申报表 workbooks of several applications, whose lines stand under each project's name."""
        found = self.__dict__.get("_sectioned")
        if found is None:
            count = Counter(p.document_id for p in self.projects.values())
            found = self.__dict__["_sectioned"] = frozenset(
                d for d, doc in self.documents.items() if doc["layout"] == "project-application" and count[d] > 1)
        return found

    def _sectioned_name(self, refs, sectioned: frozenset[int]) -> str:
        """"黄盖湖明细" of a workbook of applications: the one application a short form names (a 目标表's project
        of the name it begins, "X项目经费" beside "X项目", is the same one), its whole name as its lines stand
        under it; "" when the form names another thing or none such."""
        names = {compact(self.projects[r.id].name) for r in refs if r.kind == "project" and r.id in self.projects
                 and self.projects[r.id].document_id in sectioned}
        if len(names) != 1:
            return ""
        name = next(iter(names))
        others = [r for r in refs if r.kind != "project" or r.id not in self.projects
                  or not compact(self.projects[r.id].name).startswith(name)]
        return "" if others else name

    def projects_holding_pairs(self, first: str, last: str) -> list[int]:
        """The projects whose compacted names hold both pairs of characters (the first two and the last two of a
        part of a name said, which any name holding the part whole or in pieces holds), in the order of
        self.projects: found from a map made when the knowledge base opens, not by a walk over every project."""
        names = self.compact_project_names()
        return [pid for pid in self._project_pairs.get(first, ()) if last in names[pid]]

    def compact_project_names(self) -> dict[int, str]:
        """Each project's name compacted, worked out once (a question over every table's projects, "名称带X的",
        compacted 10,000 names each time)."""
        names = self.__dict__.get("_compact_project_names")
        if names is None:
            names = self.__dict__["_compact_project_names"] = {pid: compact(p.name) for pid, p in self.projects.items()}
        return names

    def department_place_map(self) -> dict[str, str]:
        """Each place of a loaded department's name (department_places) and the last department printing it, in
        the order the places first come: worked out once (a question naming a department not loaded walked every
        department's name for it)."""
        kept = self.__dict__.get("_department_place_map")
        if kept is None:
            kept = self.__dict__["_department_place_map"] = {pl: d.name for d in self.departments
                                                             for pl in department_places(d.name)}
        return kept

    def year_of_document(self, doc_id: int) -> int | None:
        """A document's own year: its title's, else its file's ("兴化_教育局_2025.txt" of a text table whose
        title prints none), else None."""
        years = self._own_years
        if doc_id not in years:  # kept: asked of every document a year is checked against, per question
            years[doc_id] = self.documents[doc_id]["year"] or file_year(self.documents[doc_id]["path"] or "")
        return years[doc_id]

    def years_of_document(self, doc_id: int) -> frozenset[int]:
        """The years a document holds figures of: its own and those of its sheets named by a year (the older
        sheet of a workbook with a sheet per year). Read on first use, once."""
        kept = self._document_years.get(doc_id)  # (a question asking a year of every table reads them all)
        if kept is not None:
            return kept
        years = self._fact_years
        if years is None:
            found: dict[int, set[int]] = defaultdict(set)
            for r in query.fact_years(self.conn):
                found[r["document_id"]].add(r["year"])
            years = self._fact_years = {d: frozenset(ys) for d, ys in found.items()}
        own = self.year_of_document(doc_id)
        # "2025-2027年项目支出滚动规划表": a plan over a span of years holds each year of it
        span = re.search(r"((?:19|20)\d\d)年?[-—–~～至到]((?:19|20)\d\d)年", self.documents[doc_id]["form"] or "")
        spanned = set(range(int(span.group(1)), int(span.group(2)) + 1)) if span and 0 < int(span.group(2)) - int(
            span.group(1)) <= 10 else set()
        kept = self._document_years[doc_id] = years.get(doc_id, frozenset()) | ({own} if own else set()) | spanned
        return kept

    def indicator_names_of_form(self, form: str) -> frozenset[str]:
        """The distinct names of a fuzzy form's indicators (kept: a common name stands for thousands)."""
        names = self._form_names.get(form)
        if names is None:
            names = self._form_names[form] = frozenset(
                self.indicator_name[r.id] for r in self.lexicon.forms.get(form, ()) if r.kind == "indicator")
        return names

    def indicator_name_holds(self, words: tuple[str, ...]) -> bool:
        """Whether some indicator's name holds every one of these words (kept per words: a question's
        modifiers are looked for in its candidates' names only when some name could hold them)."""
        found = self._names_holding.get(words)
        if found is None:
            names = self.distinct_indicator_names()
            if len(self._names_holding) >= 10_000:  # (words said in questions: bounded, but a long-running bot's)
                self._names_holding.clear()
            found = self._names_holding[words] = self._some_name_holds(words, names)
        return found

    def distinct_indicator_names(self) -> tuple[str, ...]:
        """The indicators' names, each once, and the same joined (for indicator_name_holds): made when the knowledge
        base opens (read_ahead), not by the first question asking them (100,000 names)."""
        names = self._distinct_indicator_names
        if names is None:
            names = tuple(set(self.indicator_name.values()))
            self._indicator_names_text = _NAME_SEP.join(names)  # (the text first: a thread seeing the names sees it)
            self._distinct_indicator_names = names
        return names

    def _some_name_holds(self, words: tuple[str, ...], names: tuple[str, ...]) -> bool:
        """indicator_name_holds worked out: a word found in no name (one search of the names joined, not a
        pass over thousands of names) is held by none; one word found is held; several are looked for
        together name by name."""
        if not names or any(_NAME_SEP in w for w in words):  # (a word could then span two names joined)
            return any(all(w in name for w in words) for name in names)
        if any(w not in self._indicator_names_text for w in words):
            return False
        return len(words) == 1 or any(all(w in name for w in words) for name in names)

    def documents_having(self, what: str, key: str = "") -> frozenset[int]:
        """Documents with indicators of a category (what = "level1" | "level2", key = its name), with
        actual values (what = "completion"), or with execution figures (what = "execution")."""
        return self._having.get((what, key), frozenset())

    def indicator_span(self, doc_id: int) -> tuple[int, int]:
        """The lowest and highest indicator id of a document ((1, 0) when it has none): a document's
        indicators are loaded together, so its ids are (nearly always) one run."""
        return self._spans.get(doc_id, (1, 0))

    def project_span(self, project_id: int) -> tuple[int, int]:
        """The lowest and highest indicator id of a project ((1, 0) when it has none)."""
        return self._project_spans.get(project_id, (1, 0))

    def closest(self, text: str, n: int = 3, doc_ids: set[int] | None = None) -> list[Ref]:
        """Up to n projects or indicators whose names are closest to text (for "您是不是想问")."""
        from rapidfuzz import fuzz

        text = compact(text)
        if len(text) < 2:
            return []
        scored: dict[tuple[str, str], tuple[float, Ref]] = {}
        for form, refs in self.fuzzy_candidates(text, doc_ids, limit=60):
            first = self._first_refs.get(form) if doc_ids is None else None
            if first is None:
                first = _one_per_name(self._first_named(refs))
                if doc_ids is None:  # the form's own refs: the same on every question
                    with self._fuzzy_lock:
                        if len(self._first_refs) >= self.FIRST_REFS_CACHE:
                            self._first_refs.pop(next(iter(self._first_refs)), None)
                        self._first_refs[form] = first
            for ref, name, bare in first:
                key = (ref.kind, name)
                if key in scored:
                    continue
                score = fuzz.partial_ratio(bare, text) if len(name) >= 2 else 0
                # A project outranks an indicator at the same score: it is what most questions are about.
                scored[key] = (score + (1 if ref.kind == "project" else 0), ref)
        ranked = sorted(scored.values(), key=lambda sr: (-sr[0], sr[1]))  # equal scores: by kind and id
        return [ref for score, ref in ranked if score >= 50][:n]

    FIRST_REFS_CACHE = 4096  # forms whose first refs closest() keeps

    def _first_named(self, refs: set[Ref] | frozenset[Ref]) -> tuple[tuple[Ref, str, str], ...]:
        """The first 20 refs by kind and id (document order), not a set's first 20, which follow the
        string hash seed (nsmallest, not sorted: a common name has thousands), with their names, whole
        and compacted."""
        out = []
        for ref in (sorted(refs) if len(refs) <= 20 else heapq.nsmallest(20, refs)):
            name = self.projects[ref.id].name if ref.kind == "project" else self.indicator_name[ref.id]
            out.append((ref, name, compact(name)))
        return tuple(out)

    def document_of(self, ref: Ref) -> int:
        """The document a project or indicator belongs to."""
        pid = ref.id if ref.kind == "project" else self.indicator_project[ref.id]
        return self.projects[pid].document_id

    CORE_CACHE = 4096  # forms whose core refs are kept (a question reads the same few names several times)

    def core_refs(self, form: str) -> frozenset[Ref]:
        """Projects named by a short name once generic words are stripped from its ends.

        "法律顾问经费" is a short name of one department's 聘请法律顾问经费, but its core "法律顾问" also
        names another department's 聘请法律顾问专项经费: the longer match alone must not decide.
        Kept per form: the knowledge base never changes, and a common core names a project in every department.
        """
        cache = self._core
        found = cache.get(form)
        if found is None:
            found = frozenset(self._core_refs(form))
            with self._fuzzy_lock:
                if len(cache) >= self.CORE_CACHE:
                    cache.pop(next(iter(cache)), None)  # the oldest
                cache[form] = found
        return found

    def _core_refs(self, form: str) -> set[Ref]:
        if form in self.full_forms:
            return set()
        generic = self._generic_by_length
        core, changed = form, True
        while changed:
            changed = False
            for g in generic:
                if len(core) > len(g) + 1 and core.endswith(g):
                    core, changed = core[: -len(g)], True
                    break
                if len(core) > len(g) + 1 and core.startswith(g):
                    core, changed = core[len(g) :], True
                    break
        if core == form:
            return set()
        # A piece said whole of a project's name ("设备购置经费" of 检验检测设备购置经费) is not another project of
        # that table sharing the core (特种设备安全监察专项经费): only other tables' are widened to.
        named = {r.id for r in self.lexicon.forms.get(form, ()) if r.kind == "project"}
        whole = {self.projects[i].document_id for i in named if i in self.projects and form in compact(self.projects[i].name)}
        return {r for r in self.lexicon.forms.get(core, ()) if r.kind == "project"
                and (r.id in named or r.id not in self.projects or self.projects[r.id].document_id not in whole)}

    def departments_one_off(self, said: str) -> set[str]:
        """The departments with a name of the same length one character off what was said ("卫建局" ->
        卫健局's departments); exact names are the lexicon's. One character off keeps the first or the last
        character, so only the names of that length sharing one of them are compared (indexed at load:
        building an index of every name with each character left out took 1.6 s at 10,000 departments,
        inside the first question that needed it)."""
        if len(said) < 3:
            return set()
        found: set[str] = set()
        for form, depts in {*self._one_off.get((len(said), 0, said[0]), ()),
                            *self._one_off.get((len(said), 1, said[-1]), ())}:
            off = [i for i, (a, b) in enumerate(zip(form, said, strict=True)) if a != b]
            if len(off) == 1 and not self._another_word(said, off[0]) and sounds_alike(form[off[0]], said[off[0]]):
                found |= depts
        return found

    def _another_word(self, said: str, i: int) -> bool:
        """Is the character that differs part of a word of its own ("普陀区民政局" is no misspelt 普陀区财政局:
        民政 is a word; 卫建 is not)? The organisation's last character (局, 委 …) is left out."""
        windows = (said[max(i - 1, 0):i + 1], said[i:i + 2])
        return any(len(w) == 2 and w[-1] not in "局委部厅署办" and self.segmenter.known(w) for w in windows)

    def departments_named(self, names: Iterable[str]) -> list[Department]:
        """The departments of these names, in the knowledge base's order (by a look-up per name)."""
        at = self._department_index
        return [self.departments[k] for k in sorted(map(at.__getitem__, at.keys() & set(names)))]

    def departments_of_documents(self, doc_ids: Iterable[int]) -> list[Department]:
        """The departments these documents belong to, in the knowledge base's order."""
        return [self.departments[k] for k in sorted(set(map(self._document_department.__getitem__, doc_ids)))]

    def departments_titled(self, words: Iterable[str]) -> set[str]:
        """The departments with a table whose title holds one of the words ("营养改善计划" of 农村义务教育学生营养改善
        计划补助资金分配表): naming a table by its title names its department. The titles are compacted once."""
        titles = self.__dict__.get("_titles")
        if titles is None:
            titles = self.__dict__["_titles"] = [(compact(d["form"] or ""), d["department_name"])
                                                 for d in self.documents.values()]
        # each word's departments found once (a walk over every title per word asked: ~1 ms at 2,000 tables)
        memo: dict[str, frozenset[str]] = self.__dict__.setdefault("_titled", {})
        found: set[str] = set()
        for w in words:
            if w and (depts := memo.get(w)) is None:
                if len(memo) > 20_000:
                    memo.clear()  # (words are the questions' own: bounded, never a store of every one asked)
                depts = memo[w] = frozenset(dept for title, dept in titles if w in title)
            found |= depts or frozenset()
        return found

    def applications_asked(self, text: str, years: Iterable[int] = ()) -> bool:
        """Whether a question asks a 申报表 beside a 目标表: one of its own fields said, or a year the 目标表
        does not hold."""
        if any(w in text for w in self.vocab.filing_words):
            return True
        if any(w in text for w in self.vocab.self_evaluation_words) and self.applications_beside & self.evaluated_documents:
            return True
        depts = {self.documents[d]["department_name"] for d in self.applications_beside}
        held = {doc["year"] or file_year(doc["path"] or "") for doc in self.documents.values()
                if doc["department_name"] in depts and doc["id"] not in self.applications_beside}
        return any(y not in held for y in years)

    def documents_of_departments(self, names: Iterable[str]) -> list[int]:
        """The documents of the departments named, in the departments' order (a dictionary look-up per
        name: a question must not walk 10,000 departments)."""
        found = sorted(self._department_at[n] for n in set(names) if n in self._department_at)
        return [d for _, doc_ids in found for d in doc_ids]

    def departments_beginning(self, names: Iterable[str]) -> list[str]:
        """The departments whose names begin with one of the names and go on past it ("福鼎市" → 福鼎市城市管理局),
        in the departments' order: found in the names sorted (kept once), not by a walk over every department."""
        by_name = self.__dict__.get("_names_sorted")
        if by_name is None:  # (one assignment: another thread sees it whole or not at all)
            by_name = self.__dict__["_names_sorted"] = sorted((d.name, k) for k, d in enumerate(self.departments))
        found: set[int] = set()
        for n in names:
            at = bisect.bisect_left(by_name, (n,))
            while at < len(by_name) and by_name[at][0].startswith(n):
                if len(by_name[at][0]) > len(n):
                    found.add(by_name[at][1])
                at += 1
        return [self.departments[k].name for k in sorted(found)]

    SHARED_REFS = 500  # a form naming at least this many refs has its sorted indicator ids kept

    def indicator_ids(self, form: str) -> list[int]:
        """The ids of the indicators a lexicon form names, ascending. For a name thousands of departments
        share (37,000 refs: 20 ms to collect and sort) computed once, then kept; callers must not change it."""
        keys = self._form_ids.get(form)
        if keys is None:
            refs = self.lexicon.forms.get(form, ())
            keys = sorted({r.id for r in refs if r.kind == "indicator"})
            if len(refs) >= self.SHARED_REFS:
                self._form_ids[form] = keys  # the same list whichever thread stores it (none: a name of no indicator)
                if keys:
                    self._ids_documents[len(keys), keys[0], keys[-1]] = (keys, [])
        return keys

    def documents_of_indicators(self, ids: list[int]) -> list[int]:
        """The documents of some indicators (ids ascending), ascending. For the whole list of a shared
        name (see indicator_ids) computed once, then kept; callers must not change it."""
        kept = self._ids_documents.get((len(ids), ids[0], ids[-1])) if len(ids) >= self.SHARED_REFS else None
        if kept is not None and kept[1] and kept[0] == ids:
            return kept[1]
        docs = sorted(set(map(self.indicator_doc.__getitem__, ids)))
        if kept is not None and kept[0] == ids:
            kept[1][:] = docs
        return docs

    def project_names(self, ref_sets: list[set[Ref]], keep: bool = True) -> list[str]:
        """The distinct names of the projects in some sets of refs, in order (a common name is thousands
        of refs, one name). A question asks this several times of the same sets, between readers asking of
        others: the last few answers are kept (by the sets themselves, held so none is another's id)."""
        recent = self._last_names
        for sets, names_of in recent:
            if len(sets) == len(ref_sets) and all(a is b for a, b in zip(sets, ref_sets, strict=True)):
                return names_of
        names = dict.fromkeys(map(self._project_name.get, map(itemgetter(1), chain.from_iterable(ref_sets))))
        names.pop(None, None)
        out = cast(list[str], list(names))
        if keep:  # one assignment: another thread sees the old answers or the new
            self._last_names = ((list(ref_sets), out), *recent[: self.NAMES_KEPT - 1])
        return out

    def _load_units(self) -> None:
        """The 资金使用单位 under a department (a library, a museum beside the bureau), by the names people
        call them: the whole name and the name without the place (青峰市图书馆 -> 图书馆). A unit of the
        department's own name is the department itself and gets none."""
        self.unit_forms: dict[str, list[tuple[int, str]]] = defaultdict(list)  # form -> (document, unit)
        self._unit_endings: dict[str, list[tuple[int, str]]] = defaultdict(list)  # last two characters -> units
        self._unit_ending_docs: dict[str, dict[int, list[int]]] = {}  # see _units_ending
        self._units_said: dict[tuple, tuple] = {}  # see units_said
        self._units_lock = threading.Lock()
        self.own_units: dict[int, str] = {}  # document -> its unit of the department's own name (本级)
        for row in query.funding_units(self.conn, list(self.documents)):
            doc_id, name = int(row["document_id"]), row["name"]
            dept = self.documents[doc_id]["department_name"]
            if own_unit_name(name, dept):
                self.own_units[doc_id] = name
                if "本级" not in name:
                    continue  # (a line printed "<department>本级" is still said so: 文旅体育局本级)
            places = department_forms(dept) | set(department_places(dept))
            # (a kind's short word is a name of two characters: 一中, 中专)
            kinds = unit_short_forms(name, self.vocab.unit_abbreviations) - unit_short_forms(name)
            contracted = unit_contracted_forms(name, self.vocab.unit_contractions) \
                | lead_abbreviated_forms(name, self.vocab.department_abbreviations,
                                         self.vocab.lead_abbreviated_contractions)  # (质监站, 征收中心, 粮储中心)
            for form in (department_forms(name) | unit_short_forms(name) | kinds | contracted) - places:
                if (len(form) >= 3 or form in kinds) and (doc_id, name) not in self.unit_forms[form]:
                    self.unit_forms[form].append((doc_id, name))
            if len(compact(name)) >= 4:
                self._unit_endings[compact(name)[-2:]].append((doc_id, name))
        # A 汇总 table's blocks name each project's 主管部门 and 实施单位: each stands for its projects too
        # ("汪清医保局负责哪个项目": 汪清县医疗保障局).
        self._organisation_projects: dict[tuple[int, str], list[int]] = defaultdict(list)
        abbreviations = self.vocab.department_abbreviations or None  # (as a department's: 文旅局, 卫健局)
        for row in query.project_organisations(self.conn):
            doc_id = int(row["document_id"])
            places = set(department_places(self.documents[doc_id]["department_name"]))
            for name in dict.fromkeys(n for n in (row["owner"], row["unit_name"]) if n):
                self._organisation_projects[(doc_id, name)].append(int(row["id"]))
                for form in department_forms(name, abbreviations) - places:
                    if len(form) >= 3 and (doc_id, name) not in self.unit_forms[form]:
                        self.unit_forms[form].append((doc_id, name))
        # Each form's length under its first two characters (一中 is a form), longest first: a question looks up
        # the lengths of the forms its characters can begin, not every length up to the longest at every place.
        heads: dict[str, set[int]] = defaultdict(set)
        for form in self.unit_forms:
            heads[form[:2]].add(len(form))
        self._unit_heads = {head: tuple(sorted(sizes, reverse=True)) for head, sizes in heads.items()}

    def units_named(self, text: str, doc_ids: set[int] | None) -> list[tuple[int, int, list[tuple[int, str]]]]:
        """The unit names in text, longest first from the left: (start, end, the (document, unit) each names
        in doc_ids)."""
        out: list[tuple[int, int, list[tuple[int, str]]]] = []
        i = 0
        heads, n, forms = self._unit_heads, len(text), self.unit_forms
        while heads and i < n:
            sizes = heads.get(text[i:i + 2])  # (most places begin no unit's form: nothing more to try)
            if sizes:
                for j in (i + size for size in sizes if i + size <= n):
                    found = [u for u in forms.get(text[i:j], ()) if doc_ids is None or u[0] in doc_ids]
                    if found:
                        out.append((i, j, found))
                        i = j - 1
                        break
            i += 1
        return out

    UNITS_CACHE = 256  # recent (text, documents) readings: one turn asks the same question's units 2-3 times

    def units_said(self, text: str, doc_ids: set[int] | None) -> list[tuple[int, int, list[tuple[int, str]]]]:
        """The units named in text by a form of their name, then those said short elsewhere in it. Kept for
        recent texts (the knowledge base is read-only): the frame, the unit with its place and the conversation
        each read the question's units; a copy is returned, so a caller may change its lists."""
        key = (text, None if doc_ids is None else frozenset(doc_ids))
        cache = self._units_said
        found = cache.get(key)
        if found is None:
            out = self.units_named(text, doc_ids)
            loose = self.units_loosely_named(text, doc_ids)
            # ("基金监管中心": the unit said short over more of the text than a form of its name, 监管中心, is
            # the same unit said, the words before the form its own, not another name's)
            out = [x for x in out if not any(y[0] <= x[0] and x[1] <= y[1] and y[1] - y[0] > x[1] - x[0]
                                             and set(y[2]) <= set(x[2]) for y in loose)]
            loose = [x for x in loose if not any(x[0] < e and s < x[1] for s, e, _ in out)]
            found = tuple((s, e, tuple(us)) for s, e, us in (sorted(out + loose) if loose else out))
            with self._units_lock:
                if len(cache) >= self.UNITS_CACHE:
                    cache.pop(next(iter(cache)), None)  # the oldest
                cache[key] = found
        return [(s, e, list(us)) for s, e, us in found]

    def units_loosely_named(self, text: str, doc_ids: set[int] | None) -> list[tuple[int, int, list[tuple[int, str]]]]:
        """Units said short by leaving words out of the name ("检验检测中心" of 江安县食品药品检验检测中心,
        "消保中心" of 消费者权益保护服务中心, "临川供排水中心"): a piece of four characters or more ending as the
        name ends whose characters all come in the name's order, taken as long as it stays so; kept only when
        it fits one unit (in doc_ids) alone."""
        out: list[tuple[int, int, list[tuple[int, str]]]] = []
        for end in range(len(text), 3, -1):
            units = self._units_ending(text[end - 2:end], doc_ids)
            if not units or (out and end > out[-1][0]):
                continue
            start, fits = end, units
            while start > 0 and (more := [u for u in fits if in_order(text[start - 1:end], compact(u[1]))]):
                start, fits = start - 1, more
            if end - start >= 4 and len(fits) == 1:
                out.append((start, end, fits))
        return out[::-1]

    def _units_ending(self, ending: str, doc_ids: set[int] | None) -> list[tuple[int, str]]:
        """The units (in doc_ids) whose name ends in two characters, in _unit_endings' order. A common ending
        (中心, 学校) is held by units of hundreds of departments: a question about a few departments looks up
        theirs by department (positions kept per ending and department, once) instead of filtering them all."""
        units = self._unit_endings.get(ending, ())
        if doc_ids is None:
            return list(units)
        if len(units) <= 4 * len(doc_ids):
            return [u for u in units if u[0] in doc_ids]
        by_doc = self._unit_ending_docs.get(ending)
        if by_doc is None:
            by_doc = defaultdict(list)
            for at, (doc_id, _) in enumerate(units):
                by_doc[doc_id].append(at)
            self._unit_ending_docs[ending] = by_doc = dict(by_doc)  # one assignment: threads see it whole
        return [units[at] for at in sorted({at for d in doc_ids for at in by_doc.get(d, ())})]

    def names_projects_only(self, doc_id: int, unit: str) -> bool:
        """Whether a unit is named only by its projects' blocks (主管部门, 实施单位): the table prints no
        line of its own for it."""
        return (doc_id, unit) in self._organisation_projects

    def unit_projects(self, doc_id: int, unit: str) -> list[int]:
        if (doc_id, unit) in self._organisation_projects:
            return list(self._organisation_projects[(doc_id, unit)])
        return [pid for pid in self.projects_of_document(doc_id)
                if self.projects[pid].unit_name == unit and self.projects[pid].kind != "department"]

    def projects_of_document(self, doc_id: int) -> tuple[int, ...]:
        return self._document_projects.get(doc_id, ())

    def department_of(self, project_id: int) -> str:
        return self.documents[self.projects[project_id].document_id]["department_name"]


def _one_per_name(first: tuple[tuple[Ref, str, str], ...]) -> tuple[tuple[Ref, str, str], ...]:
    """A form's first refs with one per kind and name, the first (closest() scores a name once: a common
    name's twenty refs of one name are one score, not twenty look-ups per question)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for entry in first:
        key = (entry[0].kind, entry[1])
        if key not in seen:
            seen.add(key)
            out.append(entry)
    return tuple(out)


_ADMIN_PREFIX = re.compile(r"^(?:.{1,6}?(?:省|自治区|市))?(?:.{1,6}?(?:区|县|市))?")

def _by_length_and_end(named: dict[str, set[str]]) -> dict[tuple[int, int, str], list[tuple[str, frozenset[str]]]]:
    """Department forms (3 characters or more) by (length, 0, first character) and (length, 1, last
    character): where a name one character off what was said must be."""
    out: dict[tuple[int, int, str], list[tuple[str, frozenset[str]]]] = defaultdict(list)
    for form, depts in named.items():
        if len(form) >= 3:
            entry = (form, frozenset(depts))
            out[len(form), 0, form[0]].append(entry)
            out[len(form), 1, form[-1]].append(entry)
    return out


# The standard short words of bureau names when no vocabulary file says otherwise (the file's
# [department_abbreviations] is the one people edit; this keeps a library call without it working).
DEFAULT_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "人力资源和社会保障": ("人社",), "卫生健康": ("卫健",), "交通运输": ("交通",), "社会工作部": ("社工部",),
    "发展和改革": ("发改",), "住房和城乡建设": ("住建",), "市场监督管理": ("市场监管", "市监"), "委员会": ("委",),
    "高新技术产业开发区": ("高新区", "开发区"), "高新技术开发区": ("高新区", "开发区"), "新技术产业开发区": ("高新区", "开发区"),
    "新技术开发区": ("高新区", "开发区"), "经济技术开发区": ("经开区", "开发区"), "经济开发区": ("经开区", "开发区"),
}


def file_year(path: str) -> int | None:
    """The year a table's file is named by ("兴化_教育局_2025.txt"), for a table whose title prints none: the
    one year named, never a span's or a figure's."""
    years = set(re.findall(r"(?<!\d)(20\d\d)(?!\d)", Path(path).stem))
    return int(years.pop()) if len(years) == 1 else None


def own_unit_name(unit: str, department: str) -> bool:
    """Whether a 资金使用单位 is the department itself (its 本级): the department's name, or its end without the
    city ("江安县市场监督管理局" under 宜宾市江安县市场监督管理局)."""
    unit, department = re.sub(r"[（(]?本级[）)]?$", "", compact(unit)), compact(department)  # ("兴化市教育局本级")
    return unit == department or (len(unit) >= 4 and department.endswith(unit))


# The kinds a unit's name ends in, knowledge/vocabulary.toml [asking_words.units] (中心, 站, 所 …): one list, read
# by the unit's leading word and kind, its tail and its initials here and by the fact index's units.
_UNIT_KIND = Words("units", "{kinds}$")


def unit_kind_end(name: str) -> bool:
    """Whether a unit's name ends in a kind of unit (…推广中心, …管理站)."""
    return _UNIT_KIND.search(name) is not None


# The kind a unit's name ends in, with the word before it its tail: 推广站 of 临湘市林业技术推广站, 林场 of
# 临湘市国有林场 (a farm's kind is a word of its own), 推广中心 of …农业技术推广中心.
_UNIT_TAIL = Words("units", r"(?:[农林牧渔茶果]场|.{2}{kinds})$")


def unit_tail(name: str) -> str:
    """The tail a unit's name is said by for short ("推广站有哪些项目"), or "" when its name ends in no kind."""
    m = _UNIT_TAIL.search(compact(name))
    return m.group(0) if m and m.start() > 0 else ""


def unit_own_name(name: str, placed_by: str | None = None) -> tuple[str, list[str]]:
    """A name without the places it begins with (永嘉县建设工程质量安全监督站 -> 建设工程质量安全监督站), each place's
    level left off with it (省市区县旗盟); the places those of `placed_by` (a unit's department) or of the name itself."""
    own = compact(name)
    places = department_places(own if placed_by is None else placed_by)
    for place in places:
        own = own[len(place):].lstrip("省市区县旗盟") if own.startswith(place) else own
    return own, places


# A word too common in units' names to name one unit on its own before its kind ([asking_words.units] generic).
_GENERIC_UNIT_WORD = Words("units", "{generic}")


def generic_unit_word(word: str) -> bool:
    """管理, 服务, 数据 …: a word that names no one unit with its kind alone (管理中心); the one reader of the list."""
    return _GENERIC_UNIT_WORD.fullmatch(word) is not None


def unit_short_forms(name: str, abbreviations: dict[str, tuple[str, ...]] | None = None) -> set[str]:
    """A unit's own name (its place left off) as staff shorten it to its leading word and its kind: the
    first word (水文站 of 渭川县水文水资源管理站) or the first characters of its first two words (水保站 of
    水土保持工作站), then the kind it ends in (站, 所, 中心 …); and by the standard short words of unit kinds
    ([unit_abbreviations]: 第一中学 -> 一中, 中等专业学校 -> 中专, also after the place: 青石一中). A form two
    units share names neither (the callers ask which)."""
    own, places = unit_own_name(name)
    out = _kind_short_forms(own, places, abbreviations or {})
    m = _UNIT_KIND.search(own)
    if m is None or m.start() < 4 or not re.fullmatch(r"[^省市区县旗盟\W\d]+", own[:m.start()]):
        return out  # (a place left in the name: 容县… is no leading word)
    kind = m.group(0)
    return out | {own[:2] + kind} | ({own[0] + own[2] + kind} if own[0] != own[2] else set())


def unit_words_said_short(name: str, abbreviations: dict[str, tuple[str, ...]]) -> set[str]:
    """A unit's own name (its place left off) with a standard short word of the vocabulary's [label_abbreviations]
    put in (疾病预防控制中心 -> 疾控中心), also after its innermost place (诸暨疾控中心); a name that is that word and
    its kind alone is said by the short word alone too ("疾控有哪几个项目"), as staff name the unit by its field."""
    own, places = unit_own_name(name)
    kind = _UNIT_KIND.search(own)
    out: set[str] = set()
    for long, shorts in abbreviations.items():
        if long not in own:
            continue
        for short in shorts:
            out.add(own.replace(long, short))
            if kind is not None and own[:kind.start()] == long and len(short) >= 2:
                out.add(short)
    return out | {places[-1] + f for f in out} if places else out


def unit_contracted_forms(name: str, contractions: dict[str, tuple[str, ...]]) -> set[str]:
    """A unit's own name (its place left off) whose end staff contract by a standard word of the vocabulary's
    [unit_contractions] (质量安全监督站 -> 质监站, 运输管理所 -> 运管所, 服务中心 -> 中心): said with what comes before that
    end (建设工程质监站, 房屋征收中心), with the last word of it alone (征收中心 of 房屋征收服务中心), by a contraction of
    three characters or more alone (质监站), each also after its innermost place (永嘉质监站). A form two units share
    names neither (the callers ask which)."""
    own, places = unit_own_name(name)
    out: set[str] = set()
    for long, shorts in contractions.items():
        if not own.endswith(long) or own == long and len(long) < 3:
            continue
        lead = own[: -len(long)]
        words = cut_name(lead) if lead else []
        for short in shorts:
            out |= {lead + short} if lead and not generic_unit_word(lead) else set()  # (never 综合中心 alone)
            if len(words) >= 2 and len(words[-1]) >= 2 and not generic_unit_word(words[-1]):
                out.add(words[-1] + short)  # (征收中心 of 房屋征收服务中心; never 管理中心 of 城市管理服务中心)
            if len(short) >= 3:
                out.add(short)
    out = {f for f in out if len(f) >= 3 and f != own}
    return out | {places[-1] + f for f in out} if places else out


def lead_abbreviated_forms(name: str, abbreviations: dict[str, tuple[str, ...]],
                           contractions: dict[str, tuple[str, ...]]) -> set[str]:
    """A unit's own name whose lead (all before an end of [lead_abbreviated_contractions]) is wholly a word of
    [department_abbreviations], said by that word's short form and the end contracted (粮食和物资储备保障中心 ->
    粮储中心), also after its innermost place; none when the lead is said in full (医疗保障中心: no 医疗中心)."""
    own, places = unit_own_name(name)
    out = {short + end_short for end, end_shorts in contractions.items() if own.endswith(end)
           for short in abbreviations.get(own[: -len(end)], ()) for end_short in end_shorts}
    out = {f for f in out if len(f) >= 3 and f != own}
    return out | {places[-1] + f for f in out} if places else out


# The kind a unit's name ends in for its initials, its longer kinds too (委员会 said 委, as 发改委; 大队).
_INITIALS_KIND = Words("units", "(?:{initials_kinds}|{long_kinds}|{kinds})$")


def unit_initials(name: str, department: str) -> set[str]:
    """A unit's name as its staff say it by the first characters of its first and last words and its kind, its
    place and its department's own field left off: 质监站 of 海宁市水利工程质量安全监督站 under 水利局 (水利工程 is
    the bureau's field; 质量 … 监督 + 站), 消保委 of 长兴县消费者权益保护委员会 (消费者 … 保护 + 委), 质检中心 of
    质量技术监督检测中心; also after the department's place without its level (长兴消保委). Empty for a name of
    fewer than two words left (河道站 is no staff's word for 河道管理站: its words are two, said whole)."""
    own, places = unit_own_name(name, department)
    kind = _INITIALS_KIND.search(own)
    if kind is None or kind.start() < 4:
        return set()
    field = department_field(department)
    words = [w for w in cut_name(own[:kind.start()]) if len(w) >= 2]  # (the same cut whatever is loaded)
    while words and field and (field in words[0] or words[0] in field):
        words = words[1:]  # (水利工程 of a 水利局's unit: the bureau's own field, no word of the unit's short name)
    if len(words) < 3 or "".join(words) != own[len(own) - len(kind.group()) - sum(map(len, words)):kind.start()]:
        return set()  # (two words are said whole; a character left out of the words read: no initials)
    short = "委" if kind.group() == "委员会" else kind.group()
    form = words[0][0] + words[-1][0] + short
    return {form} | ({places[-1] + form} if places else set())


def department_field(department: str) -> str:
    """A bureau's own field: its name without its places and its kind (水利 of 海宁市水利局)."""
    own = unit_own_name(re.sub(r"^中共", "", department), department)[0]
    return re.sub(r"(?:局|委员会|委|办公室|办)$", "", own)


def _kind_short_forms(own: str, places: list[str], abbreviations: dict[str, tuple[str, ...]]) -> set[str]:
    """"第二中学" said "二中", "中等专业学校" said "中专" (a name that is its numbered kind or its kind alone),
    each also after the innermost place ("青石二中")."""
    out: set[str] = set()
    for long, shorts in abbreviations.items():
        if not own.endswith(long):
            continue
        lead = own[: -len(long)]
        if numbered := re.fullmatch(r"第?([一二三四五六七八九十]{1,3}|\d{1,3})", lead):
            out |= {numbered.group(1) + short for short in shorts}
        elif not lead:
            out |= {short for short in shorts if len(short) >= 2}
    return out | {places[-1] + f for f in out} if places else out


def _own_office_forms(bare: str) -> set[str]:
    """The office of a committee or a government itself ("阳新县委办公室", "阳新县人民政府办公室"): 县委办, 县政府办,
    阳新县委办 — never 办公室 alone (every such office is one)."""
    m = re.fullmatch(r"(.*?)(省|市|区|县)(委|人民政府|政府)办公室", bare)
    if m is None:
        return set()
    place, level, organ = m.group(1), m.group(2), m.group(3).replace("人民政府", "政府")
    own = level + organ
    forms = {f"{own}办", f"{own}办公室"}
    return forms | {f"{place}{f}" for f in forms} | {f"{place}{organ}办"} if place else forms


_BUREAU_FORM = re.compile(r"[^省市区县旗盟委\W\d]{2}局")  # 民政局: a bureau's two characters and 局, no place


def bureau_words(names: Iterable[str], abbreviations: dict[str, tuple[str, ...]] | None = None) -> dict[str, set[str]]:
    """A bureau's two-character word (民政 of 晋江市民政局, said 民政局 among its forms) -> the departments of names
    it is of: what each reader of a bureau said without its 局 starts from (each keeps its own condition)."""
    found: dict[str, set[str]] = defaultdict(set)
    for name in names:
        for form in department_forms(name, abbreviations):
            if _BUREAU_FORM.fullmatch(form):
                found[form[:-1]].add(name)
    return found


def abbreviation_words(names: Iterable[str],
                       abbreviations: dict[str, tuple[str, ...]]) -> dict[str, tuple[set[str], str]]:
    """The standard short word of a bureau's long word ([department_abbreviations]: 卫健 of 卫生健康) -> the
    departments of names holding that long word, and the long word (the last one read, where several give it)."""
    found: dict[str, tuple[set[str], str]] = {}
    for name in names:
        for long, shorts in abbreviations.items():
            for short in shorts if long in name else ():
                found[short] = (found.get(short, (set(), long))[0] | {name}, long)
    return found


# A column of row owners (主管部门, 采购单位, 预算单位, 实施机构): its header ends as a unit's or department's does; a
# line whose second label is a total or the owner's own line (小计, 本级, the owner named again) is a department's
# block of units, 部门名称 › 单位名称 (dept_units.py's), never rows the owner holds.
_OWNER_HEAD = re.compile(r"(?:单位|部门|机构|主体)(?:名称)?(?:[（(][^（）()]*[）)])?$")  # (主管部门（单位）too)
_NOT_OWNED = re.compile(r"小计|合计|总计|本级")
_LEVEL = "省市区县"


def owner_head(head: str) -> bool:
    """Whether a first label column's header is one of row owners (主管部门, 采购单位): the one rule the question's
    parse (which bureaus are held) and the facts engine (which rows are a bureau's, owned_rows.py) both read."""
    return bool(_OWNER_HEAD.search(compact(head)))


def owns_row(owner: str, row: str) -> bool:
    """Whether a line labelled owner › row is a row the owner holds: never its 小计 / 本级 line nor its own name."""
    return not _NOT_OWNED.search(row) and compact(owner) not in compact(row)


def level_forms(name: str) -> set[str]:
    """An organisation's printed name from each of its place levels on and after it: 县教育局 and 教育局 of
    常山县教育局 (never 市教育局: a level is cut at, never put in)."""
    out = {name}
    for i, ch in enumerate(name[:-3]):
        if ch in _LEVEL:
            out |= {name[i:], name[i + 1:]} if i else {name[1:]}
    return out


def said_as_named(said: str, name: str, groups: Iterable[Sequence[str]]) -> str:
    """A name as said ("编外人员公用经费") with each word of a [synonym_groups] group put back as the name says it
    (政府雇员 of 政府雇员公用经费): the words that only call the same thing otherwise are no part asked."""
    for group in groups:
        own = next((w for w in sorted(group, key=len, reverse=True) if w in name), None)
        if own is None:
            continue
        other = next((w for w in sorted(group, key=len, reverse=True) if w != own and w in said and w not in name), None)
        if other is not None:
            said = said.replace(other, own)
    return said


def department_forms(name: str, abbreviations: dict[str, tuple[str, ...]] | None = None) -> set[str]:
    """The names people use for a department, derived by rule from its full name: the name without its
    province/city, then without its district ("广州市白云区信访局" -> "白云区信访局", "信访局"); each place
    without its level ("白云区" -> "白云", also "白云信访局"); the places on their own (staff say "湛江的…");
    a party committee's department without 中共 and the committee ("中共…区委社会工作部" -> "社会工作部");
    a 分局 by its own place ("东湖分局"); and every combination of the standard short words of bureau names
    (人力资源和社会保障 -> 人社, so "湛江人社局", "湛江市人社局", "人社局")."""
    abbreviations = DEFAULT_ABBREVIATIONS if abbreviations is None else abbreviations
    full = compact(name)
    if (plain := without_peoples(full)) != full:  # "景宁畲族自治县民政局": also "景宁县民政局", "景宁民政局"
        return department_forms(plain, abbreviations) | _department_forms(full, abbreviations)
    return _department_forms(full, abbreviations)


_PEOPLES = Words("departments", r"(?<=[\u4e00-\u9fff]{2})(?:{peoples})+自治(?=[州县旗区])")


def without_peoples(name: str) -> str:
    """An autonomous place's name as staff say it: without the peoples it is named for and 自治
    ("景宁畲族自治县民政局" -> "景宁县民政局", "湘西土家族苗族自治州" -> "湘西州"); the name itself otherwise."""
    return _PEOPLES.sub("", name) if "自治" in name else name


def _department_forms(full: str, abbreviations: dict[str, tuple[str, ...]]) -> set[str]:
    bare = re.sub(r"^中共", "", full)
    out = {full} | _place_forms(bare)
    if m := re.fullmatch(r"([^省市区县旗盟]{2,6}?)(?:省|自治区|市|盟|区|县|旗)", bare):
        out.add(m.group(1))  # a place's own tables ("柏山区部分部门…表" of 柏山区): "柏山" names it
    for f in list(out):  # a party committee's department: "普陀区委社会工作部" -> "社会工作部", "普陀社会工作部"
        if (m := re.match(r"^(.*?)(?:省委|市委|区委|县委)(.{3,})$", f)) and m.group(2) != "办公室":
            out |= {m.group(2), re.sub(r"(?:省|市|区|县)$", "", m.group(1)) + m.group(2)}
    out |= _own_office_forms(bare)
    for f in list(out):  # "湛江人社局" for 湛江市人社局: the place without 市/区/县
        if (m := re.match(r"^([^省市区县旗盟]{2,6}?)(?:省|市|盟|区|县|旗)(.{2,})$", f)) and not m.group(2).startswith("委"):
            out.add(m.group(1) + m.group(2))
    for f in list(out):  # "退役军人局" for 退役军人事务局, "机关事务局" for 机关事务管理局: 事务 / 管理 left out
        if m := re.search(r"(.{2,})事务(管理)?局$", f):
            out.add(f"{m.group(1)}{'事务' if m.group(2) else ''}局")
    out |= _branch_forms(full, abbreviations)
    # Each short word on every form so far: all combinations (only words of this name: forms are its parts).
    for long, shorts in _words_of(full, abbreviations):
        out |= {f.replace(long, short) for f in out if long in f for short in shorts}
    for long, short in _first_characters(full, abbreviations):
        out |= {f.replace(long, short) for f in out if long in f}
    out |= _bare_short_forms(out, bare, abbreviations)
    return {f for f in out if len(f) >= 2}


_TWO_WORD_BUREAU = re.compile(r"(?:^|[省市区县])([^\W\d省市区县旗和与及]{2})([^\W\d省市区县旗和与及]{2})局$")


def bureau_first_word(name: str) -> str:
    """A bureau of two two-character words said by its first, as a merged bureau is ("县水利水电局" → 水利局,
    "县教育体育局" → 教育局); "" for any other name. (A reader keeps it only where no other name it reads gives it.)"""
    m = _TWO_WORD_BUREAU.search(compact(name))
    return m[1] + "局" if m else ""


def joined_bureau_forms(bare: str) -> set[str]:
    """"教育和体育局" said 教体局 or 教育局, "自然资源和规划局" 自规局 or 自然资源局: a bureau (its name without its
    place) of two words joined by 和, said by their first characters or by its first word alone (staff's rule
    of merged bureaus, as a department-unit table's groups are said); empty for any other name. (Bureaus of
    three or four words: _first_characters. department_forms keeps a 和 of two words unshortened: 农业和水利局
    is never 农水局 to it, see tests/test_lead40_classes.py.)"""
    bare = compact(bare).lstrip("省市区县旗盟")  # (its place's level left before it: 市自然资源和规划局 of 嵊州市's)
    m = re.fullmatch(r"([\u4e00-\u9fff]{2,4})和([\u4e00-\u9fff]{2})(局|委员会|委|办公室|办)", bare)
    if m is None:
        return _initials_of_words(bare)
    end = "委" if m.group(3) == "委员会" else m.group(3)
    # (and by its last word: 规划局 of 自然资源和规划局, the tail of the merged name)
    return {m.group(1)[0] + m.group(2)[0] + end, m.group(1) + end, m.group(2) + end}


def _initials_of_words(bare: str) -> set[str]:
    """A bureau of three or four two-character words, no 和 between them, said by the first character of each
    ("文化广电旅游局" -> 文广旅局), even where the vocabulary shortens it otherwise (文旅局): the words' initials are
    staff's rule too. Empty for any other name."""
    m = re.fullmatch(r"((?:[^\W\d省市区县旗和与及]{2}){3,4})(局|委员会|办公室)", bare)
    if m is None:
        return set()
    end = "委" if m.group(2) == "委员会" else m.group(2)
    return {m.group(1)[::2] + end}


def _first_characters(name: str, abbreviations: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """A bureau word of two to five two-character words that the vocabulary does not shorten, by the first
    character of each ("教育体育局" -> "教体局", "文化旅游体育局" -> "文旅体局"); of three or four words also by the
    first two or three of those characters ("文旅局"), as staff say a merged bureau by its leading words:
    [(the word, a short form)], or [] when the vocabulary shortens it or it is not such a word."""
    # (three or four words hold no level and no 和: "县市政公用事业局", "农业和水利局" are no such rows)
    # (a 和 may join the first word to the rest: "旅游和文化广电体育局" -> "旅文局", "旅文广体局")
    m = re.search(r"(?:^|[省市区县旗])((?:[^\W\d省市区县旗和与及]{2})和?(?:[^\W\d省市区县旗和与及]{2}){2,4})"
                  r"(?:局|委员会|办公室)$", name) \
        or re.search(r"(?:^|[省市区县])([\u4e00-\u9fff]{4})(?:局|委员会|办公室)$", name)
    if m is None or any(long in m.group(1) or m.group(1) in long for long in abbreviations):
        return []
    initials = (word := m.group(1)).replace("和", "")[::2]
    if "和" in word:
        # The word before 和 leads and the merged words after it may each be left out, in order: "文化和广电旅游
        # 体育局" -> 文广旅体局, 文旅体局, 文旅局, 文广局 (广电 left out as staff do); "旅游和文化广电体育局" -> 旅文局.
        rest = initials[1:]
        picks = {initials[0] + "".join(c for k, c in enumerate(rest) if keep >> k & 1) for keep in range(1, 1 << len(rest))}
        return [(word, short) for short in sorted(picks, key=lambda s: (len(s), s))]
    if len(initials) >= 5:
        # Five words ("文化广电新闻出版旅游局"): the first word leads, then the next words in order, and the last
        # may follow a cut (文广局, 文广新局, 文广新旅局, 文广旅局, 文旅局), as staff shorten so long a merged bureau;
        # a middle word is never said without the one before it (no 文新局). Shorter names keep their leading
        # words only (文化旅游体育局 is never 文体局: tests/test_names48_department_and_project_names.py).
        rest = initials[1:]
        heads = [rest[:n] for n in range(1, len(rest) + 1)]
        picks = {initials[0] + h for h in heads} | {initials[0] + h + rest[-1] for h in [""] + heads[:-2]}
        return [(word, short) for short in sorted(picks, key=lambda s: (len(s), s))]
    # Its leading words, from the first two on ("文化旅游广电体育局" -> 文旅局, 文旅广局, 文旅广体局).
    return [(word, short) for short in [initials[:n] for n in range(2, len(initials) + 1)]]


def _words_of(name: str, abbreviations: dict[str, tuple[str, ...]]) -> list[tuple[str, tuple[str, ...]]]:
    """The table's words this name says, longest first; a word said only inside a longer one of them
    (新技术开发区 inside 高新技术开发区) is that longer word's, not shortened on its own."""
    said = sorted((long for long in abbreviations if long in name), key=len, reverse=True)
    kept: list[str] = []
    for long in said:
        spans = [(m.start(), m.start() + len(long)) for m in re.finditer(re.escape(long), name)]
        covers = [(m.start(), m.start() + len(k)) for k in kept for m in re.finditer(re.escape(k), name)]
        if all(any(s <= a and b <= e for s, e in covers) for a, b in spans):
            continue
        kept.append(long)
    return [(long, abbreviations[long]) for long in kept]


def organisation_short_forms(name: str, abbreviations: dict[str, tuple[str, ...]] | None = None) -> set[str]:
    """An organisation named in a table's cell (a 建设单位 "县城市建设投资有限公司") with the standard short words
    of names put in, every combination ("县城投公司"); the name itself is not among them."""
    abbreviations = DEFAULT_ABBREVIATIONS if abbreviations is None else abbreviations
    full = compact(name)
    out = {full}
    if re.match(r"[县市区镇](?!委|政府)", full) and len(full) >= 5:
        out.add(full[1:])  # "住建局" of 县住房和城乡建设局: the county's own unit said without its level
    for long, shorts in _words_of(full, abbreviations):
        out |= {f.replace(long, short) for f in out if long in f for short in shorts}
    return {f for f in out if f != full and len(f) >= 3}


def company_short_forms(name: str, abbreviations: dict[str, tuple[str, ...]], trade_words: frozenset[str]) -> set[str]:
    """A company a table lists as a row ("腾冲市文化旅游产业投资有限公司") as staff say it: its place left off
    (said before it, it is read as the department's), 有限（责任）公司 said 公司 (a 集团 said 集团 or 集团公司), the words
    that only end its trade left off (产业投资, 开发: the vocabulary's company_trade_words), its trade by the
    standard short words (城市建设投资 -> 城投) or, of four characters, by the first of each half (文化旅游 ->
    文旅, 国有资本 -> 国资). The name itself is not among them."""
    full = compact(name)
    # (a 集团 printed without its 有限公司 too: 县交通发展集团)
    m = re.fullmatch(r"(.+?)(集团)?(?:股份)?有限(?:责任)?公司", full) or re.fullmatch(r"(.+?)(集团)", full)
    if m is None:
        return set()
    rest = m.group(1)
    while (p := re.match(r"([^省市区县]{2,6}?)(省|自治区|市|区|县)(?=..)", rest)) and p.group(1) in department_places(rest + "局"):
        rest = rest[p.end():]  # (the place said before it is the department's, read as such)
    trades = {rest}
    while (end := next((w for w in sorted(trade_words, key=len, reverse=True) if rest.endswith(w) and len(rest) - len(w) >= 2), None)):
        rest = rest[:-len(end)]
        trades.add(rest)
    for long, shorts in abbreviations.items():
        if len(long) >= 4 and not long.endswith("公司"):
            trades |= {t.replace(long, s) for t in list(trades) if long in t for s in shorts}
    trades |= {t[0] + t[2] for t in list(trades) if len(t) == 4}
    ends = ("集团", "集团公司", "公司") if m.group(2) else ("公司",)
    return {t + e for t in trades for e in ends} - {full}


def department_bare_forms(name: str, abbreviations: dict[str, tuple[str, ...]] | None = None) -> set[str]:
    """The forms of `department_forms` without the trailing 局/委 ("鹭川民政", "桐溪市场监管"). Readers let
    such a form give way to a name that begins inside it ("白云信访工作经费": 白云 + 信访工作经费)."""
    abbreviations = DEFAULT_ABBREVIATIONS if abbreviations is None else abbreviations
    return _bare_short_forms(department_forms(name, abbreviations), re.sub(r"^中共", "", compact(name)),
                             abbreviations)


def _bare_short_forms(forms: set[str], name: str, abbreviations: dict[str, tuple[str, ...]]) -> set[str]:
    """Place + the bureau's word without the trailing 局/委: a standard short word ("桐溪市场监管" for
    桐溪区市场监督管理局, "湛江人社") or the bureau's own word ("鹭川民政" for 鹭川区民政局, "白云信访"):
    staff drop the 局 once the word says which bureau, and the place keeps the form specific. A form
    without its place ("市场监管", "民政") names a kind of office, not this department, so it is not added.
    These forms yield to a name beginning inside them (Lexicon.yielding)."""
    places = {p for p in _place_forms(name) if re.fullmatch(r"[^省市区县旗盟]{2,6}(?:省|自治区|市|盟|区|县|旗)?", p)}
    places = {p for p in places if name.startswith(p) or re.sub(r"(?:省|自治区|市|盟|区|县|旗)$", "", p) in name}
    shorts = {short for long, ss in abbreviations.items() if long in name for short in ss if short != "委"}
    # The bureau's own word: what its name says after its places ("民政" of 鹭川区民政局), two to four
    # characters (a long one is never said without its 局).
    own = {f[:-1] for f in forms if re.fullmatch(r"[^省市区县]{2,4}(?:局|委)", f) and not f.endswith("分局")
           and not any(f.startswith(p) and f != p for p in places)}
    out = set()
    for f in forms:
        if not f.endswith(("局", "委")) or f.endswith(("分局",)):
            continue
        body = f[:-1]
        for place in places:
            rest = body[len(place):] if body.startswith(place) else ""
            if rest in shorts or rest in own:
                out.add(body)
    return out


# A name starting with its level alone (县交通运输局 of a county's own table: its place said in its title only); never
# a word of the name that starts so (市场监督管理局, 区域…, 县委…, 市政…)
_LEVEL_FIRST = re.compile(r"[县区市旗](?![场域委政级直])(.{3,})")


def without_level(name: str) -> str:
    """A name said without the level it starts with ("县交通运输局" -> "交通运输局"), or "" when it starts with none."""
    m = _LEVEL_FIRST.fullmatch(name)
    return m.group(1) if m else ""


def _place_forms(name: str) -> set[str]:
    """The name without its city, then without its district, and the places alone ("广州市", "广州")."""
    out = {name}
    # A place has two to six characters before 市/区/县 (旗, 盟 in Inner Mongolia), none of them a level ("城市管理局" does not start
    # with a place; "X县市场监督管理局" is X县's 市场监督管理局).
    m = re.match(r"^([^省市区县旗盟]{2,6}?(?:省|自治区|市|盟))(.+)$", name)
    rest = m.group(2) if m else name
    out.add(rest)
    places = [m.group(1)] if m else []
    # A county of one character ("黟县", "歙县", "沛县") is a place too; only 县 has such names.
    m2 = re.match(r"^([^省市区县旗盟]{2,6}?(?:区|县|市|旗)|[^省市区县]县)(.+)$", rest)
    if m2 and len(m2.group(2)) >= 2:
        if not m2.group(2).startswith("委"):  # "普陀区委社会工作部": the district's committee, not "委社会工作部"
            out.add(m2.group(2))
        places.append(m2.group(1))
    if not places and re.fullmatch(r"[^省市区县旗盟]{2,6}(?:区|县|市|旗)|[^省市区县]县", rest):
        places.append(rest)  # "云梁县", whose own 政府性基金预算 a table is: staff say "云梁"
    if not m2 and (level_off := without_level(rest)):
        out.add(level_off)  # "县交通运输局" of a county's own table (its place said in its title only): "交通运输局"
    inner = m2.group(2) if m2 and len(m2.group(2)) >= 2 else rest
    if m3 := re.fullmatch(r"([^省市区县镇乡]{2,6}?(?:镇|乡))(?:人民政府|政府)", inner):
        places.append(m3.group(1))  # "禾川镇人民政府": staff say "禾川镇", "禾川", "禾川镇政府"
        out.add(m3.group(1) + "政府")
    for place in places:
        out.add(place)
        if len(place) >= 3:
            out.add(place[:-1])
    return out


def _branch_forms(name: str, abbreviations: dict[str, tuple[str, ...]]) -> set[str]:
    """A branch inside a parent bureau ("…社会保障局东湖新技术开发区分局"): the branch on its own, its place
    and the place's first two characters, each with 分局 ("东湖分局") and alone ("东湖"), and with the parent
    bureau's short word ("东湖人社分局")."""
    m = re.search(r"(?:局|委|厅)(.{2,12}?)(分局|分所|分中心)$", name)
    if not m:
        return set()
    branch, kind = m.group(1), m.group(2)
    # The zone's type: a place type of the table (高新技术开发区), else the usual zone words.
    types = "|".join(re.escape(k) for k in sorted(abbreviations, key=len, reverse=True) if k.endswith("区"))
    zoned = re.fullmatch(rf"(.{{2,4}}?)({types + '|' if types else ''}(?:高新技术产业|经济技术|新技术|高新)?开发区|高新区|新区|区|县)",
                         branch)
    place = zoned.group(1) if zoned else branch
    # The parent bureau alone ("人社局"): a branch is one of its offices, so a question naming the
    # bureau alone fits it too (and asks which when another bureau of that name is loaded).
    parent = _place_forms(name[: m.start(1)])
    out = {branch + kind, branch} | {f for f in parent if f.endswith(("局", "委", "厅"))}
    shorts = [short for long, ss in abbreviations.items() if long in name and long not in branch for short in ss]
    for p in {place, place[:2]}:
        out |= {p, p + kind}
        out |= {p + short + kind for short in shorts}
    # With its zone word (shortened as staff say it, 新技术开发区 → 高新区 / 开发区, by the table's place types).
    zone = branch[len(place):]
    if zone:
        out |= {place + zone, place + zone + kind} | {place + zone + short + kind for short in shorts}
    return out


def department_places(name: str) -> list[str]:
    """The places of a department's name, outermost first, each without its level ("上海市普陀区财政局" ->
    ["上海", "普陀"]; "中共上海市普陀区委社会工作部" -> the same)."""
    return list(_department_places(name))  # a copy: a caller may change its list, never the kept one


@functools.lru_cache(maxsize=16384)  # the loaded departments' names are asked again by every question's steps
def _department_places(name: str) -> tuple[str, ...]:
    rest = without_peoples(re.sub(r"^中共", "", compact(name)))
    places = []
    for pattern in (r"^([^省市区县旗盟]{2,6}?)(?:省|自治区)(.+)$", r"^([^省市区县旗盟]{2,6}?)(?:市|盟)(.+)$",
                    r"^([^省市区县旗盟]{2,6}?)(?:区|县|市|旗)(.+)$"):
        if (m := re.match(pattern, rest)) and len(m.group(2)) >= 2:
            places.append(m.group(1))
            rest = m.group(2)
    return tuple(places)


def narrow_by_place(candidates: Sequence[str], anchors: Iterable[str]) -> list[str]:
    """The departments a short name fits ("财政局"), narrowed to those sharing the place of the departments
    it is said with or after ("普陀社工部和财政局", "普陀社工部…" → "财政局的呢"): the innermost place shared
    first, then any. Unchanged when none shares a place."""
    anchor_places = [department_places(a) for a in anchors]
    if not anchor_places or len(candidates) < 2:
        return list(candidates)

    def score(dept: str) -> int:
        mine = department_places(dept)
        inner = 2 if mine and any(ps and ps[-1] == mine[-1] for ps in anchor_places) else 0
        return inner or int(any(set(mine) & set(ps) for ps in anchor_places))

    best = max(map(score, candidates))
    return [d for d in candidates if score(d) == best] if best else list(candidates)


@functools.lru_cache(maxsize=4096)
def sounds_alike(a: str, b: str) -> bool:
    """Two characters with a reading in common, tones aside (袖/岫 xiu, 建/健 jian): what a pinyin keyboard
    mistypes. A name one character off by another sound ("云河" for 云岫) is more likely another place than a
    typo, so it is not taken for the loaded one. pypinyin is imported here only: the path of a misspelt name."""
    from pypinyin import Style, pinyin

    def readings(c: str) -> set[str]:
        return set(pinyin(c, style=Style.NORMAL, heteronym=True)[0])
    return bool(readings(a) & readings(b))
