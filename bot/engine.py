"""The answering engine: question -> normalise -> understand -> frame (with context) -> query -> answer.

The CLI and the Telegram bot are thin shells over Engine.ask(). One Engine per process holds the
knowledge base, the vocabulary and the rules; a Session per conversation holds its context.
"""

from __future__ import annotations

import gc
import re
import threading
import time
import weakref
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any

from bot.answer import compose, facts_may_answer
from bot.language.lexicon import Department, KnowledgeBase, Ref
from bot.language.normalize import compact, format_amount, normalize
from bot.language.rules import INTENTS, OWN_CUES, Rule, classify, load_rules
from bot.language.vocabulary import Vocabulary, load_vocabulary
from bot.model import AMOUNT_LABELS
from bot.store import queries as query
from bot.store.qlog import QuestionLog
from bot.understand.parse import Parse, fuzzy_among, search_words, understand, words_score

ANSWERED, CLARIFY, UNKNOWN = "answered", "clarify", "unknown"
ALL_LABEL = "全部"  # the clarification option that answers for every department
# The table's own column names (财政拨款, 财政专户拨款, 其他资金), longest first, and 财政专户 for short.
_COLUMN_WORDS = {**{label: col for col, label in sorted(AMOUNT_LABELS.items(), key=lambda kv: -len(kv[1]))
                    if col != "total"}, "财政专户": "special_account"}


@dataclass
class Frame:
    """What to look up: the intent and the resolved entities and parameters."""

    intent: str = ""
    projects: list[int] = field(default_factory=list)
    ambiguous: list[list[int]] = field(default_factory=list)  # project mentions matching several projects
    indicators: list[int] = field(default_factory=list)
    categories: list[Ref] = field(default_factory=list)
    doc_ids: list[int] = field(default_factory=list)  # scope; empty = not restricted by the question
    value_kind: str | None = None  # "period" | "annual" | None (both)
    column: str | None = None
    amount_filter: tuple | None = None
    value_has: str | None = None  # "指标值里有100%的": indicators whose value holds this number
    over_projects: bool = False  # "三个重点任务一共", "这几个项目加起来": the sum of the projects, not the table's total
    order: str | None = None  # "desc" | "asc"
    rank_n: int | None = None
    rank_offset: int | None = None
    exclude: list[int] = field(default_factory=list)
    measure: str = "amount"  # "amount" | "indicators" | "categories"
    count_of: str = "projects"
    label: str = ""  # how a clarification option is shown
    negated: bool = False  # "没有满意度指标的项目": the projects without
    every_department: bool = False  # no department named, several loaded: answered for each
    within: bool = False  # a content search inside the projects named


def _amount_filter(f: Frame) -> tuple:
    """The frame's amount filter, on the paths its rule only reaches when the question has one."""
    if f.amount_filter is None:
        raise ValueError("no amount filter in this frame")
    return f.amount_filter


def copy_frame(f: Frame) -> Frame:
    """A copy whose lists can be changed without touching f (asdict would deep-copy every Ref too)."""
    values: dict[str, Any] = {k: list(v) if isinstance(v, list) else v for k, v in vars(f).items()}
    values["ambiguous"] = [list(g) for g in f.ambiguous]
    return Frame(**values)


FREEZE_ABOVE = 100_000  # indicators


def _settle(kb: KnowledgeBase) -> None:
    """Keep a large knowledge base out of the cyclic garbage collector's full collections.

    It holds millions of objects that never change; a full collection walks all of them (0.7 s at
    1,000,000 indicators), stalling whichever question triggered it. gc.freeze() sets them aside;
    before that, unfreeze and collect, so a knowledge base replaced by a reload is not kept.
    """
    if len(kb.indicator_name) >= FREEZE_ABOVE:
        gc.unfreeze()
        gc.collect()
        gc.freeze()


# 帮助 for each knowledge base, made once: (tables, example lines, a project to follow up with).
_HELP: weakref.WeakKeyDictionary[KnowledgeBase, tuple[list[str], list[list[str]], str | None]] = \
    weakref.WeakKeyDictionary()


def _help(kb: KnowledgeBase, rules: list[Rule]) -> tuple[list[str], list[list[str]], str | None]:
    """Help made from the loaded tables' own names, keeping only the examples this knowledge base answers
    (a department loaded alone must never be shown another department's questions)."""
    if kb in _HELP:
        return _HELP[kb]
    # the largest projects whose names are short enough to read in a list, then the others
    projects = sorted((p for p in kb.projects.values() if p.kind != "department"),
                      key=lambda p: (len(p.name) > 16, -p.total))
    names = list(dict.fromkeys(p.name for p in projects))
    counts = Counter(kb.indicator_name.values())
    own = {p.id for p in projects[:1]}
    unique = [name for iid, name in kb.indicator_name.items() if counts[name] == 1]
    indicator = next((kb.indicator_name[i] for i in kb.indicator_name
                      if counts[kb.indicator_name[i]] == 1 and kb.indicator_project[i] in own),
                     unique[0] if unique else None)
    categories = [c for c, level in kb.categories.items() if level == "level1"] or list(kb.categories)
    examples = [[q for q in line if _Turn(kb, rules, Session(), q).run().status == "answered"]
                for line in compose.help_candidates(names[:2], indicator, categories)]
    tables = list(dict.fromkeys(compose.table_name(d["department_name"], d.get("form"), d.get("year"))
                                for d in kb.documents.values()))
    _HELP[kb] = (tables, [line for line in examples if line], names[1] if len(names) > 1 else None)
    return _HELP[kb]


def _within(ids: list[int], owners: list[int], span, owner_of) -> list[int]:
    """The ids (ascending) whose owner (project or document) is one of owners: each owner's ids are
    found by bisecting its id span, not by looking at every id (a common indicator name has tens of
    thousands)."""
    picked: list[int] = []
    for owner in set(owners):
        lo, hi = span(owner)
        picked += [i for i in ids[bisect_left(ids, lo):bisect_right(ids, hi)] if owner_of[i] == owner]
    return sorted(picked)


@dataclass
class Answer:
    """One reply: status, the text a user sees, and what helps debugging."""

    question: str
    status: str
    text: str
    intent: str = ""
    options: list[str] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    source: list[dict] = field(default_factory=list)
    # A list of amounts or counts as plain data, for charts and export: each {"label", "value", "unit"},
    # optionally "series" (budget vs executed), "department" and "source" (table and line).
    rows: list[dict] = field(default_factory=list)
    debug: dict = field(default_factory=dict)
    elapsed_ms: float = 0.0

    def to_dict(self) -> dict:
        """JSON-ready: `answer` is exactly the text a user sees."""
        data = asdict(self)
        data["answer"] = data.pop("text")
        return data


@dataclass
class Session:
    """Context of one conversation: the last frame, what it showed, and a pending clarification.

    A plain value: to_dict()/from_dict() carry it through JSON, so a conversation can live in a
    SessionStore shared by several processes (bot/frontends/sessions.py) instead of in one process's memory.
    """

    frame: Frame | None = None
    focus_projects: list[int] = field(default_factory=list)
    recent_projects: list[int] = field(default_factory=list)  # the last few projects answered about
    focus_indicators: list[int] = field(default_factory=list)
    last_list: list[tuple[str, int]] = field(default_factory=list)
    pending: list[Frame] = field(default_factory=list)
    doc_ids: list[int] = field(default_factory=list)
    build_id: str = ""  # the knowledge-base build the ids above refer to
    facts: dict = field(default_factory=dict)  # the fact answerer's context (answer/facts.py), plain JSON

    def reset(self, build_id: str) -> None:
        """Forget the context: after a reload its ids may name other projects."""
        self.__init__(build_id=build_id)  # type: ignore[misc]

    def to_dict(self) -> dict:
        """JSON-ready (Refs become dicts, tuples lists)."""
        data = asdict(self)
        for frame in [data.get("frame"), *data.get("pending", [])]:
            if frame:  # a Ref is a named tuple: asdict keeps it, JSON would make it a bare list
                frame["categories"] = [r._asdict() for r in frame["categories"]]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Session:
        """The inverse of to_dict(); keys this version does not know are ignored, so a session written by
        an older or newer worker never fails to load (at worst it is reset on its next turn)."""
        known = cls.__dataclass_fields__
        values = {k: v for k, v in data.items() if k in known}
        if values.get("frame") is not None:
            values["frame"] = _frame_from_dict(values["frame"])
        values["pending"] = [_frame_from_dict(f) for f in values.get("pending") or []]
        values["last_list"] = [tuple(item) for item in values.get("last_list") or []]
        return cls(**values)


def _frame_from_dict(data: dict) -> Frame:
    values = {k: v for k, v in data.items() if k in Frame.__dataclass_fields__}
    values["categories"] = [Ref(**r) if isinstance(r, dict) else Ref(*r) for r in values.get("categories") or []]
    values["ambiguous"] = [list(g) for g in values.get("ambiguous") or []]
    if values.get("amount_filter") is not None:
        values["amount_filter"] = tuple(values["amount_filter"])
    return Frame(**values)


def _holds_number(row, number: str) -> bool:
    """An indicator's value (either period) holds the number as a whole number ("100%" holds 100, "1000" does not)."""
    pattern = rf"(?<![0-9.]){re.escape(number)}(?![0-9])"
    return any(re.search(pattern, row[k] or "") for k in ("period_value", "annual_value"))


class Engine:
    """Answers questions from one knowledge base; reload() swaps in a new one atomically."""

    def __init__(self, db_path: str | Path, vocabulary: str | Path, rules: str | Path | None = None,
                 log_db: str | Path | None = None):
        self.db_path = Path(db_path)
        self.vocabulary_path = Path(vocabulary)
        self.rules_path = Path(rules) if rules else self.vocabulary_path.with_name("intents.toml")
        self.log = QuestionLog(log_db) if log_db else None
        self._lock = threading.Lock()
        self.kb, self.rules = self._open()
        self.build_id = query.build_id(self.kb.conn)
        _settle(self.kb)

    @staticmethod
    def check_language(vocabulary: str | Path, rules: str | Path | None = None) -> None:
        """Read the vocabulary and intent rules without serving them: LoadError (file, line) when broken.
        Admins' loads call this before anything on disk changes."""
        vocab_path = Path(vocabulary)
        vocab = load_vocabulary(vocab_path)
        load_rules(Path(rules) if rules else vocab_path.with_name("intents.toml"), set(vocab.concepts))

    def unmatched_aliases(self) -> list[tuple[str, str]]:
        """Aliases of the vocabulary whose target names nothing in the knowledge base (likely typos)."""
        kb = self.kb
        words = kb.vocab.words()  # an alias may also stand for a vocabulary word ("kpi" = "绩效指标")
        return [(alias, target) for alias, target in kb.vocab.aliases.items()
                if alias not in kb.lexicon.forms and target not in words]

    def _open(self) -> tuple[KnowledgeBase, list[Rule]]:
        vocab: Vocabulary = load_vocabulary(self.vocabulary_path)
        rules = load_rules(self.rules_path, set(vocab.concepts))
        kb = KnowledgeBase(self.db_path, vocab)
        return kb, rules

    def reload(self) -> None:
        """Re-read the database, vocabulary and rules; on any error keep serving the old ones."""
        kb, rules = self._open()  # raises LoadError before anything is replaced
        build_id = query.build_id(kb.conn)
        with self._lock:
            old, self.kb, self.rules, self.build_id = self.kb, kb, rules, build_id
        # The old connection is left to the garbage collector: a question in flight may still use it.
        del old
        _settle(kb)

    def examples(self) -> list[str]:
        """Example questions the loaded knowledge base answers (help texts, usage hints, placeholders)."""
        with self._lock:
            kb, rules = self.kb, self.rules
        return [q for line in _help(kb, rules)[1] for q in line]

    def teach_suggestions(self, question: str) -> tuple[str | None, list[str]]:
        """For an admin teaching a word: the word of the question to teach and the closest names."""
        from bot.understand.teach import closest_names, word_to_teach

        kb = self.kb
        word = word_to_teach(question, kb)
        return word, (closest_names(word, kb, question) if word else [])

    def teach_alias(self, word: str, target: str) -> None:
        """Write `word` = `target` into the vocabulary file and reload; on any error the file is put back."""
        from bot.understand.teach import add_alias

        before = self.vocabulary_path.read_bytes()
        add_alias(self.vocabulary_path, word, target)
        try:
            self.reload()
        except BaseException:
            self.vocabulary_path.write_bytes(before)
            raise

    # --- the pipeline ---------------------------------------------------------------------------

    def ask(self, question: str, session: Session | None = None, chat: str = "", record: bool = True) -> Answer:
        """Answer one question (with a session, follow-ups use the conversation's context).

        record=False keeps it out of the question log (inline queries arrive on every keystroke).
        """
        started = time.perf_counter()
        with self._lock:
            kb, rules, build_id = self.kb, self.rules, self.build_id
        session = session if session is not None else Session(build_id=build_id)
        if session.build_id != build_id:
            session.reset(build_id)
        try:
            answer = _Turn(kb, rules, session, question).run()
        except Exception as exc:  # never let one question take the bot down; log it for the admin
            answer = Answer(question, UNKNOWN, "抱歉，处理这个问题时出错了，请换个说法再试。", "error",
                            debug={"error": repr(exc)})
        answer.elapsed_ms = round((time.perf_counter() - started) * 1000, 3)
        if self.log is not None and record:
            self.log.record(question, answer.status, answer.intent, chat)
        return answer


class _Turn:
    """One question in one session."""

    def __init__(self, kb: KnowledgeBase, rules: list[Rule], session: Session, question: str):
        self.kb, self.rules, self.session, self.question = kb, rules, session, question
        self.conn = kb.conn

    # -- entry --

    def run(self) -> Answer:
        # A first question has no conversation to settle which department it is about.
        self.fresh = self.session.frame is None and not self.session.facts and not self.session.doc_ids
        answer = self._typed()
        # Issue 12 hook: without a confident answer (status unknown: nothing matched, or a year or a word
        # such as 去年 or 人均 that the typed tables cannot answer), the fact answerer (answer/facts.py) reads
        # every labelled value of the tables; it also checks the year asked and a label the typed answer
        # ignored.
        if not facts_may_answer(self.kb, self.question):  # nothing for it to do: not even imported
            return answer
        from bot.answer.facts import after_typed

        return after_typed(self, answer)

    def _typed(self) -> Answer:
        """The answer from the typed tables (projects, indicators, goals), or an unknown reply."""
        norm = normalize(self.question)
        self.p = Parse(text=norm)
        if not re.search(r"[\w\u4e00-\u9fff]", norm):
            return self.unknown("没有看懂这个问题。", norm)
        p = understand(norm, self.kb)
        self.p = p
        if p.unknown_departments and not p.has("content"):  # "哪个项目包括人社局": searched for, not asked about
            names = "、".join(dict.fromkeys(p.unknown_departments))
            return self.unknown(f"知识库里没有“{names}”的数据。", norm)
        refusal = self._not_held(p)
        if refusal is not None:
            return refusal
        if self.session.pending:
            chosen = self._pick_pending(p)
            self.session.pending = []  # answered or not, a clarification is only good for the next turn
            if chosen is not None:
                return self.execute(chosen)
        frame = self.build_frame(p)
        if frame is None:
            return self.last_answer
        return self.execute(frame)

    def _not_held(self, p: Parse) -> Answer | None:
        """A year no loaded table is of, or a word that changes what is asked ("人均", "去年"): say what
        cannot be told rather than answer as if the word were absent."""
        if p.modifiers and not self._named_with(p.modifiers, p):
            return self.unknown(compose.modifier_not_held(p.modifiers), p.text, suggest=False)
        if p.unheld:
            return self.unknown(compose.field_not_held(p.unheld), p.text, suggest=False)
        if p.years:
            docs = self._docs_of(p.departments()) or list(self.kb.documents)
            held = {self.kb.documents[d]["year"] for d in docs} - {None}
            missing = [y for y in p.years if y not in held]
            if missing:
                return self.unknown(compose.year_not_held(missing, sorted(held)), p.text, suggest=False)
        return None

    def _named_with(self, words: list[str], p: Parse) -> bool:
        """Is the question an indicator's name said in other words, a name that holds these words itself
        ("支教人员每人每年完成课时": 每人 is part of the name, not a change of the question)?"""
        ids = {int(r.key) for _, refs in self.kb.fuzzy_candidates(p.text, limit=100) for r in refs
               if r.kind == "indicator" and all(w in self.kb.indicator_name[int(r.key)] for w in words)}
        asked = [x for x in search_words(p, self.kb)] + list(words)
        return any(words_score(asked, self.kb.indicator_name[i], self.kb) >= 0.8 for i in ids)

    # -- understanding -> frame --

    def _docs_of(self, depts: list[str]) -> list[int]:
        return self.kb.documents_of_departments(depts)

    def _doc(self, pid: int) -> int:
        return self.kb.projects[pid].document_id

    def build_frame(self, p: Parse) -> Frame | None:
        """Resolve the parse into a frame, using the conversation where the question leaves things out."""
        f = Frame()
        s, kb = self.session, self.kb
        depts = p.departments()
        f.doc_ids = self._docs_of(depts)
        if p.all_departments and not depts and len(kb.departments) > 1:
            # "各部门的总预算": answered for every department, never asked which.
            f.doc_ids, f.every_department, f.label = list(kb.documents), True, ALL_LABEL
        elif p.self_reference and not depts and s.doc_ids:
            f.doc_ids = list(s.doc_ids)  # "我们局": the department the conversation is about
        self.dept_choices = depts if p.department_ambiguous() else []
        if not self._resolve_projects(p, f, depts):
            return None
        ind_refs: list[set[Ref]] = p.refs("indicator")  # per mention (not one list of 35,000 refs)
        # One name from the dictionary: its indicator ids are the knowledge base's, sorted once.
        named_by = [m.text for m in p.mentions if m.score == 100.0 and m.of("indicator")]
        ind_form = named_by[0] if len(ind_refs) == 1 and len(named_by) == 1 else None
        f.categories = p.categories()
        # "实施周期和年度分别是啥": both asked, both shown (None).
        f.value_kind = None if p.has("period") and p.has("annual") else (
            ("period" if p.has("period") else None) or ("annual" if p.has("annual") else None))
        for word, column in _COLUMN_WORDS.items():
            if word in p.text:
                f.column = column
                break
        f.amount_filter, f.value_has = p.amount_filter, p.value_has
        f.over_projects = p.has("project") and (p.has("refer") or bool(p.rank_n)) and p.has("total")
        f.rank_n, f.rank_offset = p.rank_n, p.rank_offset
        if p.has("desc"):
            f.order = "desc"
        elif p.has("asc") or p.has("min"):
            f.order = "asc"
        elif p.has("max") or p.has("rank") or p.rank_n or p.rank_offset:
            f.order = "desc"
        if p.has("exclude") and (f.projects or f.ambiguous):
            # "除了雇员以外": every project the name fits is left out, nothing to choose between.
            f.exclude = f.projects + [pid for g in f.ambiguous for pid in g]
            f.projects, f.ambiguous = [], []
        if p.has("indicator") or (f.order and "指标" in p.text):
            f.measure = "indicators" if not re.search(r"类别|一级|二级|类", p.text) else "categories"
        f.count_of = "indicators" if (p.has("indicator") or f.categories or ind_refs) else "projects"
        # "雇员那两个加起来": every project of an ambiguous short name, when the question asks for all.
        if f.ambiguous and (p.has("total", "compare") or p.rank_n) and re.search(r"两个|都|各|一起|它们|分别", p.text):
            for group in f.ambiguous:
                f.projects += group
            f.ambiguous = []
            f.rank_n = p.rank_n = None  # "两个" counted the projects; it asks for no ranking

        # An ordinal alone ("第二个", "2") points into the last list shown; after a ranking, it ranks on.
        last = s.frame
        if p.ordinal and last is not None and last.intent == "rank" and last.rank_offset and not p.mentions:
            f.rank_offset, f.order, f.intent = p.ordinal, last.order, "rank"
            p.ordinal = None
        elif p.ordinal and s.last_list:
            if not 1 <= p.ordinal <= len(s.last_list):
                self.last_answer = self.unknown(f"上一个列表只有 {len(s.last_list)} 项。", p.text)
                return None
            kind, key = s.last_list[p.ordinal - 1]
            if kind == "project":
                f.projects = [key]
            else:
                ind_refs, ind_form = [{Ref("indicator", key)}], None

        # Indicators: keep those in the named projects or departments.
        if ind_refs:
            # A Ref is (kind, key, level): the keys taken in C.
            # A name many indicators share: its ids as the knowledge base keeps them, when the mention
            # holds exactly the form's indicators (the parse may widen a rare name to others).
            kept = (kb.indicator_ids(ind_form) if ind_form is not None and len(ind_refs[0]) >= kb.SHARED_REFS
                    else None)
            ids: list[int] = (list(kept) if kept is not None and len(kept) == len(ind_refs[0])
                              else sorted(set(map(itemgetter(1), chain.from_iterable(ind_refs)))))
            inside = self._indicators_inside(p, f, ids)
            if inside is None:
                return None
            ids = inside
            if f.projects:
                ids = _within(ids, f.projects, kb.project_span, kb.indicator_project) or ids
            if f.doc_ids:
                ids = _within(ids, f.doc_ids, kb.indicator_span, kb.indicator_doc) or ids
            elif s.doc_ids and len(kb.departments) > 1:
                ids = _within(ids, s.doc_ids, kb.indicator_span, kb.indicator_doc) or ids
            f.indicators = ids

        # Help, units and small talk stand alone: they never take the conversation's subject.
        alone = classify(self.rules, lambda c: self._test(c, f, p)) if f.intent != "rank" else ""
        if alone and INTENTS[alone].standalone:
            f.intent, last = alone, None
        if self._several_earlier(p, f):
            last = None
        followup = self._is_followup(p)
        has_entities = bool(f.projects or f.ambiguous or f.indicators)
        refer_many = any(w in p.text for w in ("它们", "这些", "分别", "各"))
        if last is not None and (followup or p.has("refer")) and f.intent != "rank":
            if not has_entities:
                if refer_many and s.focus_indicators and (p.has("value", "how_much") or f.value_kind):
                    f.indicators = list(s.focus_indicators)
                elif depts and s.focus_projects:
                    # "民政局呢": the same projects, in the department now named.
                    if not self._same_names_in(f, depts):
                        return None
                elif self._elliptic(p) or p.has("refer") or not self._own_intent(p) or self._bare(p):
                    # "它的指标呢", "成本指标呢": the same projects. A complete short question
                    # ("有哪些项目") does not inherit them.
                    f.projects = list(s.focus_projects)
                    if not f.categories and last.intent == "indicator_value" and s.focus_indicators:
                        f.indicators = list(s.focus_indicators)
            elif f.projects and not f.indicators and last.intent == "indicator_value" and not self._own_intent(p):
                # "信访超市那个": the same indicator, in the project now named.
                names = {kb.indicator_name[i] for i in s.focus_indicators}
                f.indicators = [i for i, pid in kb.indicator_project.items()
                                if pid in f.projects and kb.indicator_name[i] in names]
            if not f.categories and last.categories and not f.indicators and not self._own_intent(p, ignore=("count",)):
                f.categories = list(last.categories)
            elif not f.categories and last.categories and p.has("count") and not has_entities:
                f.categories = list(last.categories)
            elif (not f.categories and not has_entities and not p.has("amount") and self._bare(p)
                  and ((last.intent == "lacking" and not last.negated)
                       or (last.intent == "count" and last.count_of == "indicators"))):
                # "哪些项目有成本指标" / "有几个数量指标" -> "各是多少": the values of those indicators.
                f.categories, f.intent = list(last.categories), "indicator_list"
            if f.value_kind is None and last.intent == "indicator_value" and not self._own_intent(p):
                f.value_kind = last.value_kind
            if f.amount_filter is None and not self._own_intent(p) and last.amount_filter and not has_entities:
                f.amount_filter = last.amount_filter
        # "两个差多少", "比公务用车少多少": a comparison takes the projects of the last answer.
        if p.has("compare") and len(f.projects) + len(f.ambiguous) < 2 and s.recent_projects:
            needed = 2 - len(f.projects) - len(f.ambiguous)
            earlier = [pid for pid in s.recent_projects if pid not in f.projects][-needed:]
            f.projects = list(dict.fromkeys(earlier + f.projects))

        if not f.intent:
            f.intent = classify(self.rules, lambda c: self._test(c, f, p))
        if last is not None and (followup or not f.intent or p.has("refer")) and not self._own_intent(p):
            # "那公务用车呢": the last question again, about what is named now.
            if last.intent and not INTENTS[last.intent].standalone:
                f.intent = last.intent if not (f.categories and last.intent not in ("count", "indicator_list")) \
                    else "indicator_list"
                if f.projects and INTENTS[f.intent].on_project:
                    # "民政局总预算" -> "政府雇员工资经费呢": that project's amount
                    f.intent = INTENTS[f.intent].on_project
                if f.intent == "indicator_value" and not f.indicators:
                    f.intent = "indicator_list" if f.categories or f.projects else f.intent
                if f.intent == "rank" and f.rank_offset is None:
                    f.rank_offset, f.rank_n, f.order = last.rank_offset, last.rank_n, f.order or last.order
        if f.intent and INTENTS[f.intent].needs_project and not (f.projects or f.ambiguous) and s.focus_projects:
            f.projects = list(s.focus_projects)
        if f.intent == "rank" and f.order and p.has("value") and (f.categories or f.indicators):
            # "满意度指标里要求最高的是哪个": indicators ranked by their values, not projects by their count.
            f.intent = "indicator_list"
        if f.intent == "compare" and len(f.projects) + len(f.ambiguous) < 2:
            # "预算多少" → "执行了多少" → "差多少": the difference of the two figures just shown, which
            # the execution answer gives (未执行); never one project's amount for a difference.
            if last is not None and last.intent == "execution" and not p.mentions:
                f.intent = "execution"
            elif not p.mentions and p.has("compare") and not p.amounts:
                self.last_answer = self.unknown(compose.compare_what(), p.text, suggest=False)
                return None
            else:
                f.intent = "amount"
        if (f.intent == "amount" and f.projects and not f.indicators and not p.amounts
                and not p.has("amount", "how_much", "total", "source", "refer")):
            if self._said_inside(p, f):
                f.intent, f.within = "content", True  # "信访超市派驻的有哪几个单位": what its texts say
            elif p.has("which"):
                # "公务用车买的什么车": a question about the project that is not its amount, nor in its texts.
                self.last_answer = self.unknown(compose.not_in_texts(self.kb.projects[f.projects[0]].name), p.text,
                                                suggest=False)
                return None
        if f.intent == "indicator_value" and f.indicators and p.has("amount") and not self._money_valued(f):
            # "社会保险补贴实际发了多少钱": the indicator is a rate, not money. The project named (if it
            # was named apart from the indicator) has an amount; otherwise there is none to give.
            named = [pid for m in p.mentions if not m.of("indicator") for pid in (r.id for r in m.of("project"))]
            # "车辆购置那块预算多少": the phrase is part of its project's name, so it asks that project's amount.
            money_words = set(self.kb.vocab.concepts["amount"])
            named += [self.kb.indicator_project[i] for m in p.mentions if m.of("indicator") for i in f.indicators[:1]
                      if any(len(w) >= 2 and w not in money_words and w in self.kb.projects[self.kb.indicator_project[i]].name
                             for w in self.kb.segmenter.cut(m.text))]
            if named:
                f.intent, f.indicators, f.projects = "amount", [], list(dict.fromkeys(named))
            else:
                row = query.indicators(self.conn, ids=f.indicators[:1])[0]
                self.last_answer = self.unknown(compose.not_an_amount(row["name"], row["annual_value"]), p.text,
                                                suggest=False)
                return None
        if f.intent == "indicator_list" and f.indicators and not f.categories:
            f.intent = "indicator_value"  # "第二个呢" after a list of indicators: that one

        if p.unexplained:
            # Everyday words next to a recognised name are tolerated; anything else means the question
            # is about something the knowledge base does not hold.
            # A content search and a quantity look for the leftover words themselves.
            tolerable = f.intent in ("content", "quantity") or (
                p.unexplained_common and bool(f.projects or f.indicators or f.ambiguous) and bool(f.intent))
            if not tolerable and f.projects and not f.indicators and f.intent in ("amount", "goal") \
                    and self._said_inside(p, f):
                f.intent, f.within, tolerable = "content", True, True  # "公务用车用于机要文件交换吗"
            if not tolerable and not f.indicators and f.intent not in ("lacking", "count", "indicator_list"):
                # An indicator named in other words ("初信初访那个综合办理效能", "最多访一次按期办结率"):
                # found by its words in its name and values, when one clearly fits.
                found = self._indicator_by_words(p, f)
                if found:
                    f.indicators, tolerable = found, True
                    f.intent = classify(self.rules, lambda c: self._test(c, f, p))
            if not tolerable:
                self.last_answer = self.unknown(
                    f"知识库里没有找到与“{'、'.join(p.unexplained)}”有关的项目或指标。", p.text
                )
                return None
        if not f.intent:
            self.last_answer = self.unknown("没有看懂这个问题。", p.text)
            return None
        return f

    def _resolve_projects(self, p: Parse, f: Frame, depts: list[str]) -> bool:
        """Project mentions -> ids, scoped by a department named just before them, by the departments
        named in the question, or else (only to break a tie) by the conversation's department."""
        s, kb = self.session, self.kb
        dept_mentions = [m for m in p.mentions if m.of("department")]
        def named_before(m) -> list:
            return [d for d in dept_mentions if d.end in (m.start, m.start - 1)]

        # "就业补助资金和武汉的专项资金": a department before one name does not scope the other.
        each_scoped = any(named_before(m) for m in p.mentions if m.of("project"))
        for m in p.mentions:
            refs = m.of("project")
            if not refs:
                continue
            scope = f.doc_ids
            before = named_before(m)
            if before:
                scope = self._docs_of([r.name for r in before[-1].of("department")])
            if scope and len(scope) < len(refs):  # a common name: look in the departments' own projects
                ids = sorted(pid for d in scope for pid in kb.projects_of_document(d) if Ref("project", pid) in refs)
            else:
                ids = sorted(r.id for r in refs if not scope or self._doc(r.id) in scope)
            if not ids and each_scoped and not before:
                ids = sorted(r.id for r in refs)
            if not ids:
                if m.of("indicator"):
                    continue
                where = "、".join(depts)
                self.last_answer = self.unknown(f"{where}没有与“{m.text}”对应的项目。", p.text)
                return False
            if len(ids) > 1 and not scope and s.doc_ids and len(kb.departments) > 1:
                ids = [i for i in ids if self._doc(i) in s.doc_ids] or ids
            if len(ids) == 1:
                f.projects.append(ids[0])
            else:
                f.ambiguous.append(ids)
        return True

    def _indicators_inside(self, p: Parse, f: Frame, ids: list[int]) -> list[int] | None:
        """A question naming a project (or department) and an indicator asks about that project's
        indicator: one of another project is never its answer. Look for the phrase among the named
        project's own indicators; failing that, say where the indicator is instead of answering."""
        kb = self.kb
        ind_mentions = [m for m in p.mentions if m.of("indicator")]
        named = set(f.projects) | {pid for group in f.ambiguous for pid in group}
        # Projects named apart from the indicator phrase itself ("日常运行经费" names both).
        named = {pid for pid in named
                 if not any(Ref("project", pid) in m.refs for m in ind_mentions)} or named
        if named:
            inside = _within(ids, list(named), kb.project_span, kb.indicator_project)  # ids ascending
            where = "、".join(kb.projects[pid].name for pid in sorted(named))
        elif f.doc_ids:
            inside = _within(ids, f.doc_ids, kb.indicator_span, kb.indicator_doc)
            where = "、".join(p.departments())
            # Each department named answers with its own indicator, under its own wording
            # ("城镇新增就业人数" here, "城镇新增就业人数（人）" there).
            phrases = list(dict.fromkeys(kb.indicator_name[i] for i in ids))
            for doc in f.doc_ids:
                if inside and not any(self._doc(kb.indicator_project[i]) == doc for i in inside):
                    theirs = {i: compact(kb.indicator_name[i]) for i, pid in kb.indicator_project.items()
                              if self._doc(pid) == doc}
                    inside += next((found for ph in phrases if (found := fuzzy_among(compact(ph), theirs))), [])
        else:
            return ids
        if inside:
            return inside
        own = [i for i, pid in kb.indicator_project.items()
               if (pid in named if named else self._doc(pid) in f.doc_ids)]
        names = list(dict.fromkeys(kb.indicator_name[i] for i in ids))
        phrase = names[0] if len(names) == 1 else (ind_mentions[0].text if ind_mentions else names[0])
        for candidate in dict.fromkeys([*names, *(m.text for m in ind_mentions)]):
            close = fuzzy_among(compact(candidate), {i: kb.indicator_name[i] for i in own})
            if close:
                return close
        owners = "、".join(dict.fromkeys(kb.projects[kb.indicator_project[i]].name for i in ids))
        self.last_answer = self.unknown(
            compose.not_its_indicator(where, phrase, owners), p.text, suggest=False)
        return None

    def _money_valued(self, f: Frame) -> bool:
        """Is any of the frame's indicators valued in money (元, 万元)?"""
        money = re.compile(r"[0-9][0-9.,]*\s*(?:万|亿)?元")
        return any(money.search(f"{r['annual_value'] or ''} {r['period_value'] or ''} {r['actual_value'] or ''}")
                   for r in query.indicators(self.conn, ids=f.indicators))

    def _said_inside(self, p: Parse, f: Frame) -> bool:
        """Do the named projects' own texts say the question's other words ("派驻")?"""
        words = search_words(p, self.kb, without_names=True)
        if not words:
            return False
        for r in query.projects(self.conn, f.projects):
            texts = [*re.split(r"[。；;！!\n]", r["goal"] or "")]
            texts += [f"{k['name']}：{k['annual_value'] or ''}" for k in query.indicators(self.conn, project_ids=[r["id"]])]
            if any(words_score(words, x, self.kb) >= 0.99 for x in texts if x.strip()):
                return True  # every asked word is there ("派驻"), not just some of them
        return False

    def _indicator_by_words(self, p: Parse, f: Frame) -> list[int]:
        """Indicators whose name and value hold the question's leftover words; [] unless one name
        clearly fits best (preselected by shared character pairs, so a large knowledge base stays fast)."""
        phrases = search_words(p, self.kb)
        if not phrases:
            return []
        inside = set(f.projects) | {pid for g in f.ambiguous for pid in g}
        docs = set(f.doc_ids) or None
        ids = {int(r.key) for form, refs in self.kb.fuzzy_candidates("".join(phrases), docs, limit=200)
               for r in refs if r.kind == "indicator"}
        found, text = self._best_by_words(phrases, [i for i in ids if self.kb.indicator_project[i] in inside]
                                          if inside else sorted(ids))
        if not found and inside:
            # A short project name inside the indicator's own words ("综合" of 综合办理效能) named no project.
            named = [m.text for m in p.mentions if m.of("project")]
            found, text = self._best_by_words(phrases, sorted(ids))
            if found and all(n in text for n in named):
                f.projects, f.ambiguous = [], []
            else:
                found = []
        return found

    def _best_by_words(self, phrases: list[str], ids: list[int]) -> tuple[list[int], str]:
        """The indicators of the one name whose name and values hold the phrases best, and that text."""
        by_name: dict[str, tuple[float, str]] = {}
        rows = query.indicators(self.conn, ids=ids) if ids else []
        for r in rows:
            text = f"{r['name']}：{r['annual_value'] or ''}；{r['period_value'] or ''}"
            score = words_score(phrases, text, self.kb)
            if score > by_name.get(r["name"], (-1.0, ""))[0]:
                by_name[r["name"]] = (score, compact(text))
        ranked = sorted(by_name.items(), key=lambda kv: -kv[1][0])
        if not ranked or ranked[0][1][0] < 0.8 or (len(ranked) > 1 and ranked[0][1][0] - ranked[1][1][0] < 0.2):
            return [], ""
        return [r["id"] for r in rows if r["name"] == ranked[0][0]], ranked[0][1][1]

    def _several_earlier(self, p: Parse, f: Frame) -> bool:
        """"这两个加起来", "它们一共": the sum of the projects just answered about."""
        s = self.session
        if (f.projects or f.ambiguous or f.indicators or not p.has("total") or len(s.recent_projects) < 2
                or not re.search(r"两个|三个|几个|它们|这些|都|一起|俩", p.text)):
            return False
        n = p.rank_n or (len(s.focus_projects) if len(s.focus_projects) >= 2 else 2)
        f.projects, f.intent, f.rank_n = s.recent_projects[-n:], "sum", None
        return True

    def _same_names_in(self, f: Frame, depts: list[str]) -> bool:
        """Map the last answer's projects onto the same-named projects of the departments now named."""
        docs = set(self._docs_of(depts))
        names = [self.kb.projects[pid].name for pid in self.session.focus_projects]
        found = [pid for pid, pr in self.kb.projects.items() if pr.document_id in docs and pr.name in names]
        if not found:
            # The same project under a slightly different name ("聘请法律顾问专项经费" / "聘请法律顾问经费").
            theirs = {pid: compact(pr.name) for pid, pr in self.kb.projects.items() if pr.document_id in docs}
            for name in names:
                found += fuzzy_among(compact(name), theirs)[:1]
        if not found:
            what = "、".join(names)
            self.last_answer = self.unknown(f"{'、'.join(depts)}没有“{what}”这个项目。")
            return False
        f.projects = found
        return True

    def _own_intent(self, p: Parse, ignore: tuple[str, ...] = ()) -> bool:
        """Does the question carry its own question words (not only names)?"""
        return any(p.has(c) for c in OWN_CUES if c not in ignore) or bool(p.amount_filter) or bool(p.categories())

    def _elliptic(self, p: Parse) -> bool:
        """Marked as continuing the conversation: "…呢", "那…", "…那个"."""
        q = self.question.strip().rstrip("?？!！。. ")
        words = self.kb.vocab
        return q.endswith(tuple(words.followup_ends)) or q.startswith(tuple(words.followup_starts))

    @staticmethod
    def _bare(p: Parse) -> bool:
        """Only a question word ("多少钱", "是财政拨款吗"): it is about what was just discussed."""
        return (not p.has("project", "total", "department", "which") and not p.categories()
                and not re.search("所有|全部|各个|每个|哪", p.text))

    def _is_followup(self, p: Parse) -> bool:
        return (
            self._elliptic(p)
            or (not self._own_intent(p) and bool(p.mentions))
            or (len(p.text) <= 8 and not p.mentions)
        )

    def _test(self, cond: str, f: Frame, p: Parse) -> bool:
        kind, _, arg = cond.partition(":")
        if kind == "concept":
            return p.has(arg)
        if kind == "filter":
            if not f.amount_filter:
                return False
            return f.amount_filter[0] == arg
        return {
            "project": bool(f.projects or f.ambiguous),
            "projects2": len(f.projects) + len(f.ambiguous) >= 2,
            "indicator": bool(f.indicators),
            "category": bool(f.categories),
            "department": bool(p.departments()),
            "ranked": bool(f.rank_n or f.rank_offset) and (p.rank_explicit or p.has("max", "min", "desc", "asc", "rank")),
        }.get(cond, False)

    def _pick_pending(self, p: Parse) -> Frame | None:
        """The option of the pending clarification that the reply picks, by number, name or department."""
        options = self.session.pending
        if p.ordinal:
            return options[p.ordinal - 1] if 1 <= p.ordinal <= len(options) else None
        typed = compact(self.question)
        same = [o for o in options if o.label and compact(o.label) == typed]
        if len(same) == 1:
            return same[0]  # "全部", or an option's whole label
        if typed in self.kb.vocab.all_options and options[0].projects:
            # "都要": every project offered, in one answer.
            both = Frame(**{**asdict(options[0]), "categories": list(options[0].categories)})
            both.projects = list(dict.fromkeys(pid for o in options for pid in o.projects))
            both.indicators = list(dict.fromkeys(i for o in options for i in o.indicators))
            return both
        named = {r.key for m in p.mentions for r in m.refs if r.kind == "project"}
        named_docs = set(self._docs_of(p.departments()))

        def docs(o: Frame) -> set[int]:
            return set(o.doc_ids) | {self._doc(pid) for pid in o.projects}

        hits = [o for o in options if (set(o.projects) & named) or (named_docs and docs(o) & named_docs)]
        if len(hits) != 1:
            return None
        if self._own_intent(p):
            self.session.pending = []  # a new question that names its subject: answer it as asked
            return None
        return hits[0]

    # -- frame -> answer --

    def execute(self, f: Frame) -> Answer:
        if f.ambiguous and not (f.intent == "indicator_value" and f.indicators):
            return self.clarify_projects(f)
        scoped = self._scope(f)
        if isinstance(scoped, Answer):
            return scoped
        if f.every_department:
            answer = self._each_department(f)
        else:
            answer = getattr(self, f"do_{f.intent}")(f)
        answer.intent = answer.intent or f.intent
        if INTENTS[f.intent].standalone:
            return answer  # "谢谢" between two questions leaves the conversation as it was
        self.session.frame = f
        if f.doc_ids:
            self.session.doc_ids = f.doc_ids
        answer.debug.setdefault("text", self.p.text)
        answer.debug["fuzzy"] = self.p.fuzzy
        return answer

    def _scope(self, f: Frame) -> Answer | None:
        """Which documents an answer draws on. Aggregates over several departments need one: the one
        named, else the conversation's, else the only one that has the category asked; else ask."""
        choices = getattr(self, "dept_choices", [])
        if choices and INTENTS[f.intent].aggregate and not (f.projects or f.indicators):
            return self._clarify_departments(f, choices, offer_all=True)
        if f.doc_ids or len(self.kb.departments) <= 1:
            if not f.doc_ids:
                f.doc_ids = list(self.kb.documents)
            return None
        if f.projects or f.indicators:
            docs = self.kb.documents_of_indicators(f.indicators) if f.indicators else []
            f.doc_ids = sorted({self._doc(pid) for pid in f.projects}.union(docs)) if f.projects else list(docs)
            if len(f.doc_ids) > 1 and not f.projects and self.session.doc_ids:
                inside = [d for d in f.doc_ids if d in self.session.doc_ids]
                if inside:
                    f.doc_ids = inside
                    f.indicators = [i for i in f.indicators if self.kb.indicator_doc[i] in inside]
            if len(f.doc_ids) > 1 and not f.projects:
                return self._clarify_departments(f, (), departments=self.kb.departments_of_documents(f.doc_ids))
            return None
        if f.intent in ("department", "unit", "help"):
            f.doc_ids = list(self.kb.documents)  # describe every loaded table
            return None
        if not INTENTS[f.intent].aggregate:
            f.doc_ids = list(self.kb.documents)
            return None
        if self.session.doc_ids:
            f.doc_ids = list(self.session.doc_ids)
            return None
        if f.intent in ("completion", "execution"):
            having = self.kb.documents_having(f.intent)
            if len(having) == 1:
                f.doc_ids = sorted(having)
                return None
        if f.categories:
            having = frozenset[int]().union(*(self.kb.documents_having("level1" if c.level == "level1" else "level2", str(c.key))
                                   for c in f.categories))
            if len(having) == 1:
                f.doc_ids = sorted(having)
                return None
        f.doc_ids, f.every_department = list(self.kb.documents), True
        return None

    SHORT_ANSWER = 1500  # characters: an answer for every department that fits one short message

    def _each_department(self, f: Frame) -> Answer:
        """A general question with several departments loaded: the answer of each, grouped by
        department, when it is short; otherwise ask which, with "全部" among the options. A question
        asking for one figure ("总预算多少") asks first."""
        everything = f.label == ALL_LABEL
        asked = set(f.doc_ids)  # once: per department it made this quadratic (2 s at 10,000 departments)
        offered = [d.name for d in self.kb.departments if not asked.isdisjoint(d.doc_ids)]
        if not everything and not INTENTS[f.intent].across:
            return self._clarify_departments(f, offered, offer_all=True)
        parts: list[str] = []
        projects: list[int] = []
        indicators: list[int] = []
        listed: list[tuple[str, int]] = []
        table: list[dict] = []
        for dept in [d for d in self.kb.departments if not asked.isdisjoint(d.doc_ids)]:
            one = copy_frame(f)
            one.doc_ids, one.every_department = list(dept.doc_ids), False
            self.session.last_list = []
            answer = getattr(self, f"do_{f.intent}")(one)
            if answer.status != ANSWERED:
                continue
            # Numbered lines go on from the previous department's, so "第三个" points at one item.
            if not answer.entities and any(e for e in (projects, indicators)):
                continue  # "没有经费超过…的项目" for this department: the others' answer says enough
            if answer.entities and not (projects or indicators):
                parts = []  # the departments before said "none": keep only those that have some
            text, shown = compose.renumbered(answer.text, len(listed), len(self.session.last_list))
            listed += self.session.last_list[:shown]
            parts.append(compose.department_part(dept.name, text))
            projects += [e["id"] for e in answer.entities if e["kind"] == "project"]
            indicators += [e["id"] for e in answer.entities if e["kind"] == "indicator"]
            table += answer.rows
            # Once a department has something, parts only grow: past the short answer's length the
            # question is asked back, whatever the remaining departments say (no need to ask them all).
            if not everything and (projects or indicators) and len("\n".join(parts)) > self.SHORT_ANSWER:
                self.session.last_list = []  # the lists above are not shown
                return self._clarify_departments(f, offered, offer_all=True)
        if f.intent == "total" and len(parts) > 1 and (f.column or "total") == "total":
            docs = query.documents(self.conn, f.doc_ids)
            totals = [d["total"] if d["total"] is not None else query.column_total(self.conn, [d["id"]], "total")
                      for d in docs]
            known = [v for v in totals if v is not None]
            if len(known) == len(totals) and len({d["unit"] for d in docs}) == 1:
                parts.insert(0, compose.grand_total(round(sum(known), 2), docs[0]["unit"]))  # the figure first
        text = "\n".join(parts)
        if not everything and len(text) > self.SHORT_ANSWER:
            return self._clarify_departments(f, offered, offer_all=True)
        if not parts:
            return self.unknown("各部门的表里都没有找到。", suggest=False)
        return self.answered(f, text, projects=projects, indicators=indicators, listed=listed, rows=table)

    MAX_OPTIONS = 8

    def _clarify_departments(self, f: Frame, names: Iterable[str], offer_all: bool = False,
                             departments: list[Department] | None = None) -> Answer:
        """Ask which department; with many, show a few and say how many there are. offer_all: the
        question may be about all of them ("全部" answers for each).

        Only the options shown are built: a common indicator name matches nearly every department.
        """
        shown = departments if departments is not None else self.kb.departments_named(names)  # the kb's order
        prompt = "知识库里有多个部门的数据，您问的是哪个部门？"
        if len(shown) > self.MAX_OPTIONS:
            prompt = f"有 {len(shown)} 个部门有相关数据，请在问题里说明部门，例如："
            shown = shown[: self.MAX_OPTIONS]
        doc_of, ids = self.kb.indicator_doc, f.indicators
        ascending = ids == sorted(ids)  # as build_frame leaves them: then each option bisects its part
        options = []
        for dept in shown:
            opt = copy_frame(f)
            opt.doc_ids, opt.every_department = list(dept.doc_ids), False
            if ascending:
                picked = []
                for d in dept.doc_ids:
                    lo, hi = self.kb.indicator_span(d)
                    picked += [i for i in ids[bisect_left(ids, lo):bisect_right(ids, hi)] if doc_of[i] == d]
                opt.indicators = sorted(picked)
            else:
                docs = set(dept.doc_ids)
                opt.indicators = [i for i in ids if doc_of[i] in docs]
            opt.label = dept.name
            options.append(opt)
        if offer_all:
            everything = copy_frame(f)
            everything.doc_ids = sorted({d for o in options for d in o.doc_ids})  # every department offered
            everything.every_department = True
            everything.label = ALL_LABEL
            options.append(everything)
        return self.clarify(options, prompt)

    def clarify_projects(self, f: Frame) -> Answer:
        """Ask which project; with many (one name in hundreds of departments), show a few and say how
        many there are: only the options shown are built."""
        options = []
        group = f.ambiguous[0]
        prompt = "您问的是哪一个项目？"
        if len(group) > self.MAX_OPTIONS:
            prompt = f"有 {len(group)} 个同名的项目，请在问题里说明部门，例如："
            group = group[: self.MAX_OPTIONS]
        for pid in group:
            opt = copy_frame(f)
            opt.ambiguous = [g for g in f.ambiguous[1:]]
            opt.projects = [*f.projects, pid]
            opt.indicators = [i for i in f.indicators if self.kb.indicator_project[i] == pid] or f.indicators
            project = self.kb.projects[pid]
            opt.label = f"{project.name}（{self.kb.department_of(pid)}）" if len(self.kb.departments) > 1 else project.name
            options.append(opt)
        return self.clarify(options, prompt)

    def clarify(self, options: list[Frame], prompt: str) -> Answer:
        self._tell_apart(options)
        self.session.pending = options
        lines = [prompt] + [f"{k}. {o.label}" for k, o in enumerate(options, start=1)]
        lines.append("请回复序号（如“1”）或名称。")
        return Answer(self.question, CLARIFY, "\n".join(lines), "clarify", options=[o.label for o in options])

    def _tell_apart(self, options: list[Frame]) -> None:
        """Options that would look alike (one department's tables of two years or files) say what differs."""
        labels = [o.label for o in options]
        for o in options:
            if labels.count(o.label) < 2:
                continue
            doc_ids = [self._doc(o.projects[-1])] if o.projects else list(o.doc_ids)
            docs = [self.kb.documents[d] for d in doc_ids if d in self.kb.documents]
            years = sorted({str(d["year"]) for d in docs if d.get("year")})
            files = sorted({d["file_name"] for d in docs if d.get("file_name")})
            o.label += f"（{'、'.join(years)} 年，{'、'.join(files)}）" if years else f"（{'、'.join(files)}）"

    def unknown(self, reason: str, text: str = "", suggest: bool = True) -> Answer:
        """Two lines: what was not understood, and up to three closest things the bot does know, which
        are kept as a pending choice (a reply "1" or a button asks it)."""
        options = self._suggestions(text or self.question) if suggest else []
        self.session.pending = options
        named = self._docs_of(self.p.departments())
        if named:  # "东湖分局…" not understood: the conversation is still about that department
            self.session.doc_ids = named
        hint = compose.unknown_text(reason, [o.label for o in options])
        return Answer(self.question, UNKNOWN, hint, "unknown", options=[o.label for o in options],
                      debug={"text": text})

    def _suggestions(self, text: str) -> list[Frame]:
        scope = set(self.session.doc_ids) if len(self.kb.departments) > 1 and self.session.doc_ids else None
        out = []
        for ref in self.kb.closest(text, 3, scope):
            if ref.kind == "project":
                name = self.kb.projects[int(ref.key)].name
                out.append(Frame(intent="amount", projects=[int(ref.key)], label=compose.ask_amount(name)))
            else:
                iid = int(ref.key)
                out.append(Frame(intent="indicator_value", indicators=[iid], projects=[self.kb.indicator_project[iid]],
                                 label=compose.ask_indicator(self.kb.indicator_name[iid])))
        return out

    def answered(self, f: Frame, text: str, projects: Sequence[int] = (), indicators: Sequence[int] = (),
                 listed: list[tuple[str, int]] | None = None, rows: list[dict] | None = None) -> Answer:
        s = self.session
        if projects:
            s.focus_projects = list(dict.fromkeys(projects))
            s.recent_projects = [p for p in s.recent_projects if p not in projects][-4:] + s.focus_projects
        if indicators:
            s.focus_indicators = list(dict.fromkeys(indicators))
        elif projects:
            s.focus_indicators = []
        if listed is not None:
            s.last_list = listed
        entities = [{"kind": "project", "id": pid, "name": self.kb.projects[pid].name} for pid in projects]
        entities += [{"kind": "indicator", "id": i, "name": self.kb.indicator_name[i]} for i in indicators]
        return Answer(self.question, ANSWERED, text, f.intent, entities=entities, rows=rows or [])

    @staticmethod
    def _amount_rows(rows, column: str = "total", series: str = "") -> list[dict]:
        """Projects as plain rows (name, amount, unit, where in the table) for charts and export."""
        out = []
        for r in rows:
            row = {"label": r["name"], "value": r[column], "unit": r["money_unit"] or "万元",
                   "department": r["department_name"],
                   "source": compose.source_text(r)}
            if series:
                row["series"] = series
            out.append(row)
        return out

    def _dept_note(self, doc_ids: list[int]) -> str:
        docs = [self.kb.documents[d] for d in doc_ids]
        names = "、".join(dict.fromkeys(compose.table_name(d["department_name"], d.get("form"), d.get("year"))
                                        for d in docs))
        return f"（来源：{names}）"

    # -- handlers (one per intent) --

    def do_help(self, f: Frame) -> Answer:
        return self.answered(f, compose.help_text(*_help(self.kb, self.rules)))

    def do_smalltalk(self, f: Frame) -> Answer:
        kind = next((c for c in ("thanks", "greet") if self.p.has(c)), "ack")
        return self.answered(f, compose.smalltalk(kind))

    def do_content(self, f: Frame) -> Answer:
        """"哪个项目是管X的": the projects whose name, goal or indicators say X, with the sentence."""
        words = search_words(self.p, self.kb, without_names=f.within)
        if not words:
            return self.unknown("请说明要找管什么的项目，例如“哪个项目是管法律顾问的”。")
        named = set() if f.within else set(f.projects) | {pid for g in f.ambiguous for pid in g}
        best: dict[int, tuple[float, str]] = {}
        rows = query.projects(self.conn, f.projects) if f.within else query.projects_in(self.conn, f.doc_ids)
        for r in rows:
            sentences = [r["name"], *re.split(r"[。；;！!\n]", r["goal"] or "")]
            for k in query.indicators(self.conn, project_ids=[r["id"]]):
                sentences.append(f"{k['name']}：{k['annual_value'] or k['period_value'] or ''}")
            scored = [(words_score(words, x, self.kb) + (0.5 if r["id"] in named else 0), x.strip())
                      for x in sentences if x.strip()]
            best[r["id"]] = max(scored)
        top = max((v[0] for v in best.values()), default=0)
        if top < 0.5:
            return self.unknown(f"没有找到与“{'、'.join(words)}”有关的项目。", "".join(words))
        ids = [pid for pid, (v, _) in best.items() if v == top][:5]
        rows = query.projects(self.conn, ids)
        text = compose.content_matches(words, [(r, best[r["id"]][1]) for r in rows])
        return self.answered(f, text, projects=ids, listed=[("project", i) for i in ids])

    def do_quantity(self, f: Frame) -> Answer:
        """"公务车买几辆": an indicator whose value counts in that measure word (1辆), in the projects
        named; else a sentence of their goal that does ("派遣1名律师")."""
        spans = self.p.concepts.get("quantity", [])
        unit = self.p.text[spans[0][1] - 1] if spans else ""
        counted = re.compile(rf"[0-9]+(?:\.[0-9]+)?\s*(?:万)?{re.escape(unit)}")
        thing = self._counted_noun(spans[0][1]) if spans else ""
        if thing:  # "几个律师": a number, maybe a measure word, then that noun ("1名律师")
            counted = re.compile(rf"[0-9]+(?:\.[0-9]+)?\s*(?:万)?[个名位人次辆台家所件套户批场期部份宗]?{re.escape(thing)}")
        words = [w for w in self.p.unexplained if len(w) >= 2]
        projects = f.projects or [r["id"] for r in query.projects_in(self.conn, f.doc_ids)]
        named = query.indicators(self.conn, ids=f.indicators) if f.indicators else []
        rows = [r for r in named or query.indicators(self.conn, project_ids=projects)
                if any(counted.search(v or "") for v in (r["annual_value"], r["period_value"], r["actual_value"]))]
        if named and not rows:
            # The same indicator under a longer name that does count in that word ("参与区领导重点约访" ≥15次).
            names = {r["name"] for r in named}
            rows = [r for r in query.indicators(self.conn, doc_ids=f.doc_ids)
                    if any(n in r["name"] or r["name"] in n for n in names) and r["id"] not in f.indicators
                    and any(counted.search(v or "") for v in (r["annual_value"], r["period_value"], r["actual_value"]))]
        if named and not rows:
            # "三支一扶人员多少人" where the indicator is a rate (≥90%): not a count of people.
            return self.unknown(compose.not_a_count(named[0]["name"], named[0]["annual_value"], unit), suggest=False)
        rows = [r for r in rows if not words
                or words_score(words, f"{r['project_name']}{r['name']}{r['annual_value']}", self.kb) >= 0.5]
        if rows:
            f.indicators, f.intent = [r["id"] for r in rows], "indicator_value"
            f.projects = list(dict.fromkeys(r["project_id"] for r in rows))
            return self.do_indicator_value(f)
        if f.projects:
            found = [(r, x) for r in query.projects(self.conn, f.projects)
                     for x in re.split(r"[。；;，,]", r["goal"] or "") if counted.search(x)]
            if len(found) == 1:
                r, sentence = found[0]
                return self.answered(f, compose.goal_sentence(r, sentence), projects=[r["id"]])
        return self.unknown(f"表中没有以“{unit}”计的数量。", suggest=False)

    def _counted_noun(self, at: int) -> str:
        """The noun right after a quantity word ("几个律师" -> 律师), if one follows."""
        rest = self.p.text[at:]
        mention = next((m for m in self.p.mentions if m.start == at), None)
        if mention is not None:
            return mention.text
        words = self.kb.segmenter.cut(rest) if rest else []
        word = words[0] if words else ""
        return word if len(word) >= 2 and word not in self.kb.vocab.stopwords else ""

    def do_lacking(self, f: Frame) -> Answer:
        """"哪些项目没有满意度指标" / "哪些项目设了成本指标": projects with or without a category."""
        lack = f.negated = self.p.has("lack")
        rows = [r for r in query.projects_in(self.conn, f.doc_ids) if r["kind"] != "department"]
        having = set()
        for cat in f.categories:
            having |= {r["project_id"] for r in query.indicators(
                self.conn, doc_ids=f.doc_ids, category=(cat.level, str(cat.key)))}
        chosen = [r for r in rows if (r["id"] in having) != lack]
        what = "、".join(str(c.key) for c in f.categories)
        ids = [r["id"] for r in chosen]
        text = compose.projects_with(what, lack, chosen, len(rows)) + self._dept_note(f.doc_ids)
        return self.answered(f, text, projects=ids, listed=[("project", i) for i in ids])

    def do_department_rank(self, f: Frame) -> Answer:
        """"哪个部门钱最多": departments by the total of their tables."""
        totals: dict[str, float] = {}
        for doc in query.documents(self.conn, list(self.kb.documents)):
            value = doc["total"] if doc["total"] is not None else query.column_total(self.conn, [doc["id"]], "total")
            if value is None:
                continue  # a table of other figures (a final account's lines), no project budget to compare
            totals[doc["department_name"]] = totals.get(doc["department_name"], 0.0) + value
        order = sorted(totals.items(), key=lambda kv: kv[1], reverse=f.order != "asc")
        return self.answered(f, compose.department_ranking(order, f.order == "asc"))

    def do_unit(self, f: Frame) -> Answer:
        docs = query.documents(self.conn, f.doc_ids)
        units = "、".join(dict.fromkeys(d["unit"] for d in docs))
        return self.answered(f, f"表中金额的单位是{units}。{self._dept_note(f.doc_ids)}")

    def do_department(self, f: Frame) -> Answer:
        if f.projects:  # "就业补助资金实施单位是哪个": the project's department and the unit that spends it
            rows = query.projects(self.conn, f.projects)
            text = "\n".join(compose.project_owner(r) + compose.source_note(r)
                             for r in rows)
            return self.answered(f, text, projects=f.projects)
        lines = []
        for doc in query.documents(self.conn, f.doc_ids):
            units = query.funding_units(self.conn, [doc["id"]])
            n = self.conn.execute("SELECT count(*) FROM projects WHERE document_id = ?", (doc["id"],)).fetchone()[0]
            line = (f"这是{doc['department']}的项目支出绩效目标表：共 {n} 个项目，"
                    f"合计 {format_amount(doc['total'], doc['unit'])}。")
            if units:
                line += "资金使用单位：" + "、".join(u["name"] for u in units) + "。"
            lines.append(line)
        return self.answered(f, "\n".join(lines))

    def do_amount(self, f: Frame) -> Answer:
        rows = query.projects(self.conn, f.projects)
        lines = [compose.amount_line(r) + compose.source_note(r) for r in rows]
        return self.answered(f, "\n".join(lines), projects=f.projects, rows=self._amount_rows(rows))

    def do_source(self, f: Frame) -> Answer:
        if not f.projects:
            return self.do_total(f)
        rows = query.projects(self.conn, f.projects)
        text = "\n".join(compose.sources_text(r, f.column) + compose.source_note(r)
                         for r in rows)
        parts = [{**row, "label": f"{r['name']} {AMOUNT_LABELS[c]}" if len(rows) > 1 else AMOUNT_LABELS[c]}
                 for r in rows for c in compose.SOURCE_COLUMNS if r[c] is not None
                 for row in self._amount_rows([r], c)]
        return self.answered(f, text, projects=f.projects, rows=parts)

    def do_goal(self, f: Frame) -> Answer:
        if not f.projects:
            return self.unknown("请说明是哪个项目的绩效目标，例如“公务用车的绩效目标”。")
        rows = query.projects(self.conn, f.projects)
        text = "\n".join(f"{r['name']}的绩效目标：{r['goal'] or '（表中未填写）'}"
                         + compose.source_note(r) for r in rows)
        return self.answered(f, text, projects=f.projects)

    def do_total(self, f: Frame) -> Answer:
        column = f.column or "total"
        if len(f.doc_ids) == 1 and re.search(r"分别|各自|各是|各多少", self.question):
            # "分别是多少" asks several values; one table's total is one figure, not them.
            return self.unknown(compose.several_asked(), suggest=False)
        if f.over_projects and column == "total" and len(f.doc_ids) == 1:
            rows = [r for r in query.projects_in(self.conn, f.doc_ids) if r["kind"] != "department"]
            own = [r["id"] for r in rows]
            doc = query.documents(self.conn, f.doc_ids)[0]
            # Where the table's total is their sum, it says the same shorter; where not, the sum is asked.
            if len(own) >= 2 and abs(sum(r["total"] or 0 for r in rows) - (doc["total"] or 0)) >= 0.01:
                every = copy_frame(f)
                every.projects = own
                return self.do_sum(every)
        lines, table, cited = [], [], 0
        for doc in query.documents(self.conn, f.doc_ids):
            # A department-level table prints its own spending lines: "项目支出" is its 项目支出 line, the
            # total its 部门预算支出, never the sum of its 年度重点工作任务 (issue 12).
            if column == "total" and (spending := query.department_spending(self.conn, doc["id"])):
                asked = [r for r in spending if compact(r["row_labels"]) in compact(self.p.text)]
                lines.append(compose.department_spending(doc, spending, asked))
                table += [{"label": r["row_labels"], "value": r["number"], "unit": r["unit"] or doc["unit"],
                           "department": doc["department_name"],
                           "source": compose.table_name(doc["department_name"], doc["form"], doc["year"])}
                          for r in asked or spending]
                cited += 1
                continue
            value = doc[column] if doc[column] is not None else query.column_total(self.conn, [doc["id"]], column)
            label = AMOUNT_LABELS[column]
            table.append({"label": doc["department_name"], "value": value, "unit": doc["unit"],
                          "department": doc["department_name"], "source": compose.table_name(doc["department_name"], doc["form"], doc["year"])})
            if value is None:
                lines.append(f"{doc['department_name']}：{label}未列（0）。")
                continue
            text = f"{doc['department_name']}项目支出{label}合计 {format_amount(value, doc['unit'])}"
            if column == "total":
                parts = [f"{AMOUNT_LABELS[c]} {format_amount(doc[c], doc['unit'])}"
                         for c in compose.SOURCE_COLUMNS if doc[c] is not None]
                if parts:
                    text += "（" + "，".join(parts) + "）"
            lines.append(text + "。")
        if column == "total" and all(row["value"] is None for row in table):
            # No table lists a total (a final-accounts PDF, a staffing table): not a figure of 0. (A source
            # column left blank, 财政专户拨款, is the table's own "未列".)
            return self.unknown(compose.total_not_listed([row["label"] for row in table], AMOUNT_LABELS[column]),
                                suggest=False)
        if len(table) == 1 and column == "total" and not cited:  # one table: its total by source of funds
            doc = query.documents(self.conn, f.doc_ids)[0]
            table = [{**table[0], "label": AMOUNT_LABELS[c], "value": doc[c]}
                     for c in compose.SOURCE_COLUMNS if doc[c] is not None]
        note = "" if cited == len(lines) else self._dept_note(f.doc_ids)  # those lines cite their own rows
        return self.answered(f, "\n".join(lines) + note, rows=table)

    def do_sum(self, f: Frame) -> Answer:
        rows = query.projects(self.conn, f.projects)
        total = round(sum(r["total"] or 0 for r in rows), 2)
        parts = " + ".join(f"{r['name']} {compose.money(r)}" for r in rows)
        return self.answered(f, f"{parts} = {format_amount(total)}{self._dept_note(f.doc_ids)}", projects=f.projects,
                             rows=self._amount_rows(rows))

    def do_compare(self, f: Frame) -> Answer:
        rows = query.projects(self.conn, f.projects[:2])
        if len(rows) < 2:
            return self.do_amount(f)
        a, b = rows
        if f.measure == "indicators":
            counts = {r["id"]: r["n"] for r in query.indicator_counts(self.conn, f.doc_ids)}
            na, nb = counts.get(a["id"], 0), counts.get(b["id"], 0)
            if na == nb:
                text = f"{a['name']}和{b['name']}的绩效指标一样多，各 {na} 个。"
            else:
                hi, lo = (a, b) if na > nb else (b, a)
                text = (f"{hi['name']}的绩效指标更多：{max(na, nb)} 个；{lo['name']} {min(na, nb)} 个，"
                        f"多 {abs(na - nb)} 个。")
            return self.answered(f, text + self._dept_note(f.doc_ids), projects=[a["id"], b["id"]])
        ta, tb = a["total"] or 0, b["total"] or 0
        if abs(ta - tb) < 0.005:
            text = f"{a['name']}和{b['name']}经费相同，都是 {compose.money(a)}。"
        else:
            hi, lo = (a, b) if ta > tb else (b, a)
            text = (f"{hi['name']}更多：{compose.money(hi)}；{lo['name']}：{compose.money(lo)}；"
                    f"相差 {format_amount(round(abs(ta - tb), 2))}")
            if "倍" in self.p.text and min(ta, tb) > 0:
                text += f"，前者是后者的 {max(ta, tb) / min(ta, tb):.2f} 倍"
            text += "。"
        return self.answered(f, text + self._dept_note(f.doc_ids), projects=[a["id"], b["id"]],
                             rows=self._amount_rows([a, b]))

    def do_share(self, f: Frame) -> Answer:
        if not f.projects:
            return self.unknown("请说明是哪个项目的占比，例如“信访工作经费占比多少”。")
        ends = {e for s, e in self.p.concepts.get("share", [])}
        wholes = [pid for m in self.p.mentions if m.start in ends for pid in (r.id for r in m.of("project"))]
        if wholes:
            # "占公用经费多少": the project named after 占 is the whole; the part is the one just discussed.
            parts = [pid for pid in self.session.focus_projects if pid not in wholes]
            whole = query.projects(self.conn, wholes[:1])[0]
            if not parts:
                return self.unknown(f"请说明是哪一项占{whole['name']}的比例。", suggest=False)
            lines = [f"{r['name']} {compose.money(r)}，占{whole['name']} {compose.money(whole)} 的 "
                     f"{compose.percent(r['total'] or 0, whole['total'] or 0)}。"
                     for r in query.projects(self.conn, parts)]
            return self.answered(f, "\n".join(lines), projects=parts)
        rows = query.projects(self.conn, f.projects)
        lines = []
        for r in rows:
            doc = self.kb.documents[r["document_id"]]
            doc_total = doc["total"] if doc["total"] is not None else query.column_total(self.conn, [doc["id"]], "total")
            lines.append(f"{r['name']} {compose.money(r)}，占{doc['department_name']}总预算 "
                         f"{format_amount(doc_total, doc['unit'])} 的 {compose.percent(r['total'] or 0, doc_total or 0)}。")
        return self.answered(f, "\n".join(lines), projects=f.projects)

    def do_lookup_amount(self, f: Frame) -> Answer:
        value = _amount_filter(f)[1]
        rows = query.projects_filtered(self.conn, f.doc_ids, "eq", value, None)
        if not rows:
            return self.answered(f, f"没有总计为 {format_amount(value)} 的项目。{self._dept_note(f.doc_ids)}")
        ids = [r["id"] for r in rows]
        text = f"总计为 {format_amount(value)} 的项目：\n{compose.project_list(rows)}{self._dept_note(f.doc_ids)}"
        return self.answered(f, text, projects=ids, listed=[("project", i) for i in ids], rows=self._amount_rows(rows))

    def do_filter(self, f: Frame) -> Answer:
        op, a, b = _amount_filter(f)
        rows = query.projects_filtered(self.conn, f.doc_ids, op, a, b)
        rows = [r for r in rows if r["id"] not in f.exclude and r["kind"] != "department"]
        desc = {"gt": f"超过 {format_amount(a)}", "lt": f"低于 {format_amount(a)}", "eq": f"等于 {format_amount(a)}",
                "ge": f"不低于 {format_amount(a)}", "le": f"不超过 {format_amount(a)}",
                "between": f"在 {format_amount(a)} 到 {format_amount(b)} 之间"}[op]
        ids = [r["id"] for r in rows]
        if self.p.has("count"):
            text = f"经费{desc}的项目有 {len(rows)} 个" + ("：" + "、".join(r["name"] for r in rows) if rows else "") + "。"
        elif rows:
            text = f"经费{desc}的项目（{len(rows)} 个）：\n{compose.project_list(rows)}"
        else:
            text = f"没有经费{desc}的项目。"
        return self.answered(f, text + self._dept_note(f.doc_ids), projects=ids, listed=[("project", i) for i in ids],
                             rows=self._amount_rows(rows))

    def do_rank(self, f: Frame) -> Answer:
        order = f.order or "desc"
        if f.measure == "categories":
            level = "level2" if "二级" in self.p.text else "level1"
            rows = query.category_counts(self.conn, f.doc_ids, level)
            if order == "asc":
                rows = list(reversed(rows))
            top = rows[0]
            text = (f"指标最{'多' if order == 'desc' else '少'}的类别是{top['name']}，共 {top['n']} 个。\n"
                    + "\n".join(f"· {r['name']}：{r['n']} 个" for r in rows))
            counts = [{"label": r["name"], "value": r["n"], "unit": "个"} for r in rows]
            return self.answered(f, text + self._dept_note(f.doc_ids), rows=counts)
        if f.measure == "indicators":
            rows = query.indicator_counts(self.conn, f.doc_ids)
            if order == "asc":
                rows = sorted(rows, key=lambda r: (r["n"], r["id"]))
            best = rows[0]["n"]
            tied = [r for r in rows if r["n"] == best]
            word = "多" if order == "desc" else "少"
            text = f"绩效指标最{word}的项目（{best} 个）：" + "、".join(r["name"] for r in tied) + "。"
            ids = [r["id"] for r in tied]
            return self.answered(f, text + self._dept_note(f.doc_ids), projects=ids,
                                 listed=[("project", i) for i in ids])
        if f.categories:
            # "满意度最高的项目": indicators of that category are not amounts to rank projects by.
            return self.unknown(compose.cannot_rank_by("、".join(str(c.key) for c in f.categories)), suggest=False)
        # A department-level table's "部门整体绩效" is the whole budget, not a project to rank.
        rows = [r for r in query.projects_in(self.conn, f.doc_ids, order)
                if r["id"] not in f.exclude and r["kind"] != "department"]
        if not rows:
            return self.answered(f, "没有可以排序的项目。")
        word = "多" if order == "desc" else "少"
        if f.rank_offset and not f.rank_n:
            k = f.rank_offset
            if k > len(rows):
                return self.answered(f, f"一共只有 {len(rows)} 个项目。")
            r = rows[k - 1]
            text = f"经费第{k}{word}的项目是{r['name']}：{compose.money(r)}。"
            return self.answered(f, text + self._dept_note(f.doc_ids), projects=[r["id"]])
        if f.rank_n:
            chosen = rows[: f.rank_n]
            text = f"经费最{word}的 {len(chosen)} 个项目：\n{compose.project_list(chosen)}"
            if self.p.has("total") and len(chosen) >= 2:
                # "最少的两个项目加起来多少": their sum is what is asked (first), the list shows what was added.
                text = compose.ranked_sum(word, len(chosen), round(sum(r["total"] or 0 for r in chosen), 2)) \
                    + compose.project_list(chosen)
            ids = [r["id"] for r in chosen]
            return self.answered(f, text + self._dept_note(f.doc_ids), projects=ids,
                                 listed=[("project", i) for i in ids], rows=self._amount_rows(chosen))
        if self.p.has("desc", "asc", "rank") and not self.p.has("max", "min"):
            ids = [r["id"] for r in rows]
            label = "从高到低" if order == "desc" else "从低到高"
            return self.answered(f, f"项目经费{label}：\n{compose.project_list(rows)}{self._dept_note(f.doc_ids)}",
                                 listed=[("project", i) for i in ids], rows=self._amount_rows(rows))
        top_total = rows[0]["total"]
        tied = [r for r in rows if abs((r["total"] or 0) - (top_total or 0)) < 0.005]
        names = "、".join(r["name"] for r in tied)
        text = f"经费最{word}的项目是{names}：{compose.money(rows[0])}。"
        ids = [r["id"] for r in tied]
        # The whole ranking is the list a following "第二个呢" points into.
        return self.answered(f, text + self._dept_note(f.doc_ids), projects=ids,
                             listed=[("project", r["id"]) for r in rows])

    def do_count(self, f: Frame) -> Answer:
        if f.count_of == "projects" and not f.projects and not f.categories:
            n = self.conn.execute(
                f"SELECT count(*) FROM projects WHERE document_id IN ({','.join('?' * len(f.doc_ids))})", f.doc_ids
            ).fetchone()[0]
            return self.answered(f, f"一共有 {n} 个项目。{self._dept_note(f.doc_ids)}")
        rows = self._indicator_rows(f)
        what = "、".join(c.name for c in f.categories) or "绩效指标"
        if not what.endswith("指标") and what != "绩效指标":
            what += "指标"
        if f.projects:
            names = "、".join(self.kb.projects[p].name for p in f.projects)
            text = f"{names}的{what}共 {len(rows)} 个。"
        else:
            text = f"{what}一共有 {len(rows)} 个。"
        if rows and len(f.projects) != 1:
            per: dict[str, int] = {}
            for r in rows:
                per[r["project_name"]] = per.get(r["project_name"], 0) + 1
            text += "\n" + "\n".join(f"· {name}：{n} 个" for name, n in per.items())
            return self.answered(f, text + self._dept_note(f.doc_ids), projects=f.projects,
                                 rows=[{"label": name, "value": n, "unit": "个"} for name, n in per.items()])
        return self.answered(f, text + self._dept_note(f.doc_ids), projects=f.projects)

    def _indicator_rows(self, f: Frame) -> list:
        rows = []
        cats: Sequence[Ref | None] = f.categories or [None]
        for cat in cats:
            rows += query.indicators(
                self.conn,
                project_ids=f.projects or None,
                doc_ids=None if f.projects else f.doc_ids,
                category=(cat.level, cat.name) if cat else None,
            )
        seen = set()
        out = []
        for r in sorted(rows, key=lambda r: (r["project_id"], r["grp"], r["seq"])):
            if r["id"] not in seen:
                seen.add(r["id"])
                out.append(r)
        return out

    def do_indicator_list(self, f: Frame) -> Answer:
        rows = self._indicator_rows(f)
        what = "、".join(c.name for c in f.categories) or "绩效指标"
        scope = "、".join(self.kb.projects[p].name for p in f.projects) if f.projects else "所有项目"
        note = ""
        if not rows and f.categories:
            # Tables file some indicators oddly (a 满意度 indicator under 效益指标): match by name too.
            words = [c.name.removesuffix("指标") for c in f.categories]
            everything = self._indicator_rows(Frame(projects=f.projects, doc_ids=f.doc_ids))
            rows = [r for r in everything if any(w and w in r["name"] for w in words)]
            note = f"（表中没有归入“{what}”类的指标，以下是名称含“{'、'.join(words)}”的指标）\n"
        if f.value_has:
            rows = [r for r in rows if _holds_number(r, f.value_has)]
            if not rows:
                return self.unknown(compose.no_value_holding(scope, f.value_has), suggest=False)
            what = compose.value_holding(what, f.value_has)
        if not rows:
            missing = f"{what}类的指标" if f.categories else "绩效指标"
            return self.unknown(f"表中{scope}没有{missing}。", suggest=False)
        text = note + f"{scope}的{what}（{len(rows)} 个）：\n" + compose.grouped_indicators(
            rows, f.value_kind, numbering=range(1, len(rows) + 1))
        if f.order:
            # A superlative answers with the top one(s) alone; values with no common order are all shown.
            top = compose.extreme_value(rows, f.order == "desc")
            text = top or compose.NO_ORDER_AMONG_VALUES + text
        ids = [r["id"] for r in rows]
        return self.answered(f, text, projects=f.projects or [], indicators=ids,
                             listed=[("indicator", i) for i in ids])

    def do_indicator_value(self, f: Frame) -> Answer:
        rows = query.indicators(self.conn, ids=f.indicators)
        if f.projects:
            rows = [r for r in rows if r["project_id"] in f.projects] or rows
        if not rows:
            return self.unknown("没有找到这个指标。")
        text = compose.grouped_indicators(rows, f.value_kind, numbering=range(1, len(rows) + 1))
        ids = [r["id"] for r in rows]
        projects = list(dict.fromkeys(r["project_id"] for r in rows))
        answer = self.answered(f, text, projects=projects, indicators=ids, listed=[("indicator", i) for i in ids])
        return answer

    def do_execution(self, f: Frame) -> Answer:
        """全年执行数 against the budget, where a self-evaluation table gives it."""
        rows = query.projects(self.conn, f.projects) if f.projects else query.projects_in(self.conn, f.doc_ids)
        lines, table = [], []
        for r in rows:
            if r["executed"] is None:
                continue
            table += self._amount_rows([r], series="全年预算数") + self._amount_rows([r], "executed", "全年执行数")
            rate = compose.percent(r["executed"], r["total"] or 0)
            left = format_amount(round((r["total"] or 0) - r["executed"], 2), r["money_unit"] or "万元")
            lines.append(f"{r['name']}：全年预算数 {compose.money(r)}，全年执行数 "
                         f"{compose.money(r, 'executed')}，执行率 {rate}，未执行 {left}。"
                         + compose.source_note(r))
        if not lines:
            return self.unknown("表中没有全年执行数（只有项目支出绩效自评表才有）。")
        return self.answered(f, "\n".join(lines), projects=[r["id"] for r in rows if r["executed"] is not None],
                             rows=table)

    def do_completion(self, f: Frame) -> Answer:
        """Compare each indicator's 全年完成值 with its target; say which were not reached."""
        rows = [r for r in self._indicator_rows(f) if r["actual_value"]]
        if f.indicators:
            rows = [r for r in query.indicators(self.conn, ids=f.indicators) if r["actual_value"]]
        if not rows:
            return self.unknown("表中没有全年完成值（只有项目支出绩效自评表才有）。")
        if f.indicators:
            # Named indicators: their target and 全年完成值 side by side, and whether each was reached.
            text = compose.grouped_indicators(rows, "annual", numbering=range(1, len(rows) + 1))
            text += "\n" + "\n".join(compose.reached_line(r) for r in rows) + self._dept_note(f.doc_ids)
            ids = [r["id"] for r in rows]
            return self.answered(f, text, indicators=ids, listed=[("indicator", i) for i in ids])
        missed: list[dict] = []
        unclear: list[dict] = []
        met: list[dict] = []
        for r in rows:
            verdict = compose.reached(r["annual_value"], r["actual_value"])
            (met if verdict else missed if verdict is False else unclear).append(r)
        parts = []
        if missed:
            parts.append(f"未完成的指标（{len(missed)} 个）：\n" + "\n".join(
                f"· {r['name']}（{r['project_name']}）：目标 {r['annual_value']}，完成 {r['actual_value']}" for r in missed))
        else:
            parts.append("有数值目标的指标都已完成。")
        if unclear:
            parts.append("以下指标是文字目标，需人工判断：\n" + "\n".join(
                f"· {r['name']}：目标 {r['annual_value']}，完成 {r['actual_value']}" for r in unclear))
        parts.append(f"（共 {len(rows)} 个指标有全年完成值，{len(met)} 个已完成。）"
                     + self._dept_note(f.doc_ids))
        ids = [r["id"] for r in missed + unclear]
        return self.answered(f, "\n".join(parts), indicators=ids, listed=[("indicator", i) for i in ids])

    def do_project_list(self, f: Frame) -> Answer:
        # A department-level table's own whole (部门整体绩效) is the department, not one of its projects.
        rows = [r for r in query.projects_in(self.conn, f.doc_ids) if r["kind"] != "department"]
        ids = [r["id"] for r in rows]
        text = f"共 {len(rows)} 个项目：\n{compose.project_list(rows)}{self._dept_note(f.doc_ids)}"
        return self.answered(f, text, listed=[("project", i) for i in ids], rows=self._amount_rows(rows))
