"""Understand a normalised question: entities (dictionary first, fuzzy second), concepts, filters, intent.

The stages, in order, each claiming the characters it explains:
1. numbers and ordinals ("二十万" -> 20 万元, "第二个", "前三");
2. the lexicon: project, indicator, category and department names and their short forms, longest first;
3. concept words from the vocabulary (synonyms of 经费, 目标, 最多 …);
4. what is left is tokenised by jieba; stopwords are dropped; any remaining word is "unexplained" and
   is matched fuzzily (rapidfuzz) against names. Still unexplained -> the question is about something
   the knowledge base does not hold, and the engine says so instead of guessing.
Intent rules are tried in priority order (most specific first); the first whose conditions hold wins.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, compress
from operator import itemgetter

from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.asking import words as asking_words
from bot.language.lexicon import (
    PROJECT_AFTER_BUREAU,
    KnowledgeBase,
    Ref,
    department_forms,
    level_forms,
    narrow_by_place,
    owner_head,
    owns_row,
    sounds_alike,
    title_kind_names_its_tables,
)
from bot.language.named_years import opens_a_name, year_led_names
from bot.language.normalize import (
    AmountMention,
    compact,
    find_numbers,
    in_order,
    rough_window,
    said_at,
    small_number,
    strip_punct,
)
from bot.language.segment import cut_name, words_from
from bot.language.vocabulary import Vocabulary

# A Ref is a tuple (kind, key, level): over thousands of refs, map(_KIND, refs) runs in C.
_KIND, _KEY = itemgetter(0), itemgetter(1)

# (第一批, 第二轮, 第三届, 第二次: a batch or round the table names, no place in a list)
_ORDINAL = re.compile(r"第([0-9一二两三四五六七八九十]{1,3})(个|项|名|条|多|少|高|低|大|小|贵|位)?(?![批轮届次])")
_RANK_PLACE = re.compile(r"(?:排|排名|排行)第?([0-9一二两三四五六七八九十]{1,3})(?:名|位)?")
_TOP_N = re.compile(r"(前|后|最[多少高低大小贵]的?)([0-9一二两三四五六七八九十]{1,3})(个|项|名|条|位)?(?![0-9.万元千亿块])")
_N_ITEMS = re.compile(r"([0-9一二两三四五六七八九十]{1,2})(个|项)(项目)?")
_FROM_END = re.compile(r"倒数第?([0-9一二两三四五六七八九十]{1,3})(?:个|项|名|位)?")
_ONLY_NUMBER = re.compile(r"^(?:第)?([0-9一二两三四五六七八九十]{1,2})(?:个|项|条)?$")

FUZZY_ACCEPT = 72  # calibrated on the question sets: a typo in a 4-6 character name scores 75-85
NAME_SAID_WHOLE = 95  # a fuzzy score this high: the name was said, give or take a character
FUZZY_MARGIN = 8  # a best match must beat the runner-up by this much, else the engine asks


@dataclass
class Mention:
    """A piece of the question that names something in the knowledge base."""

    start: int
    end: int
    text: str
    refs: set[Ref]
    score: float = 100.0  # 100 for a dictionary match

    def of(self, kind: str) -> set[Ref]:
        """The refs of one kind (grouped once: a common indicator name has thousands of refs)."""
        by_kind = self.__dict__.get("_by_kind")
        if by_kind is None:
            kinds = set(map(_KIND, self.refs))
            if len(kinds) == 1:  # the usual case: no need to copy them
                by_kind = {kinds.pop(): self.refs}
            else:
                by_kind = {}
                for r in self.refs:
                    by_kind.setdefault(r.kind, set()).add(r)
            self.__dict__["_by_kind"] = by_kind
        return by_kind.get(kind, set())

    def kinds(self) -> frozenset[str]:
        """The kinds of its refs, read once per set of refs (a name many departments share has hundreds of refs, and
        a turn asks whether they are all projects' a dozen times); read again when its refs are another set."""
        kept = self.__dict__.get("_kinds")
        refs = self.refs
        if kept is None or kept[0] is not refs or kept[1] != len(refs):
            kept = self.__dict__["_kinds"] = (refs, len(refs), frozenset(map(_KIND, refs)))
        return kept[2]


PROJECTS_ONLY = frozenset({"project"})  # Mention.kinds() of a mention naming projects and nothing else


@dataclass
class Parse:
    """Everything understood about one question."""

    text: str
    mentions: list[Mention] = field(default_factory=list)
    concepts: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    amounts: list[AmountMention] = field(default_factory=list)
    amount_filter: tuple[str, float, float | None] | None = None  # ("gt"|"lt"|"between"|"eq", a, b)
    rank_n: int | None = None  # 前三 -> 3
    rank_explicit: bool = False  # 前三, 排第二: a ranking was asked for, not only a count of items
    rank_offset: int | None = None  # 第二多 -> 2
    ordinal: int | None = None  # 第二个 -> 2 (refers to the last list)
    unexplained: list[str] = field(default_factory=list)
    unexplained_common: bool = True  # every unexplained word is an everyday word, not a noun
    unknown_departments: list[str] = field(default_factory=list)
    other_levels: list[str] = field(default_factory=list)  # of those, a loaded bureau said at another level (市信访局)
    years: list[int] = field(default_factory=list)  # "2019年": the table asked about must be of that year
    modifiers: list[str] = field(default_factory=list)  # "去年", "人均": words that change what is asked
    unheld: list[str] = field(default_factory=list)  # "权重", "联系人": fields the knowledge base does not keep
    self_reference: list[tuple[int, int]] = field(default_factory=list)  # "我们局", "局里": the department in scope
    all_departments: bool = False  # "各部门", "所有单位", "三个部门": every department loaded, no choice to make
    value_has: str | None = None  # "指标值里有100%的": only indicators whose value holds this number
    value_bound: tuple[str, float] | None = None  # "低于90%的满意度指标": a bound on the values' percentages
    percents: frozenset[str] = frozenset()  # the numbers said with a % sign ("90" of "低于90%")
    # "区领导重点约访" said exactly is that indicator; "参与区领导重点约访" of the same table, whose name holds it,
    # is not what was asked but is named beside the answer.
    longer_names: set[Ref] = field(default_factory=set)
    intent: str = ""
    fuzzy: list[tuple[str, str, float]] = field(default_factory=list)  # (fragment, matched form, score)
    # The departments the conversation is about (set by the dialogue): a short name several departments
    # share ("财政局") means the one of their place.
    place_of: list[str] = field(default_factory=list)
    table_words: list[str] = field(default_factory=list)  # "评价": a kind of table said without 表, claimed
    unnamed: list[str] = field(default_factory=list)  # "健身设施专项资金": pieces of names together no project's
    names_wanted: bool = False  # "有几个满意度指标 叫啥": the names of what is asked are asked too (the words taken out)

    def has(self, *concepts: str) -> bool:
        said = self.concepts  # (a loop, not any() over a generator: asked ~100 times a turn)
        for c in concepts:
            if said.get(c):
                return True
        return False

    def amount_window(self) -> tuple[float, float] | None:
        """The range of the one amount a question names as equal ("九十五万五的" → (95.5, 95.5), "六十四万多那个"
        → (64, 65)); None when no amount is named so."""
        if self.amount_filter is None or self.amount_filter[0] != "eq":
            return None
        value = self.amount_filter[1]
        said = next((a for a in self.amounts if a.has_unit and a.value == value), None)
        window = rough_window(self.text, said) if said is not None else None
        return window or (value, value)

    def ids_named(self, kind: str, more_than: int) -> set[int]:
        """The ids of the things of one kind the mentions name: all of them when at most `more_than`, else
        `more_than` + 1 of them (a caller wanting one or a few stops there; a common name has thousands of refs)."""
        found: set[int] = set()
        for m in self.mentions:
            for r in m.of(kind):
                found.add(r.id)
                if len(found) > more_than:
                    return found
        return found

    def refs(self, kind: str) -> list[set[Ref]]:
        """Per mention, the refs of one kind (mentions without that kind are skipped)."""
        return [m.of(kind) for m in self.mentions if m.of(kind)]

    def categories(self) -> list[Ref]:
        seen: list[Ref] = []
        for m in self.mentions:
            for r in m.of("category"):
                if r not in seen:
                    seen.append(r)
        return seen

    def _department_groups(self) -> list[set[str]]:
        """Departments per name said: adjacent pieces narrow each other down ("湛江" + "人社局" is one
        name, fitting only 湛江's bureau); names said apart ("湛江人社局和东湖分局") are each kept.
        Kept until the mentions (or their refs) or place_of change: a turn asks it a dozen times."""
        said = (tuple(self.mentions), tuple(m.refs for m in self.mentions), tuple(self.place_of),
                tuple((m.start, m.end) for m in self.mentions))
        kept = self.__dict__.get("_groups_of")
        if kept is not None and len(kept[0][0]) == len(said[0]) and kept[0][2:] == said[2:] and all(
                a is b for a, b in zip(kept[0][0] + kept[0][1], said[0] + said[1], strict=True)):
            return [set(g) for g in kept[1]]  # copies: a caller may change them
        found = self._read_department_groups()
        self.__dict__["_groups_of"] = (said, [frozenset(g) for g in found])
        return found

    def _read_department_groups(self) -> list[set[str]]:
        groups: list[tuple[int, set[str]]] = []  # (end of the name so far, departments it fits)
        for m in sorted((m for m in self.mentions if m.of("department")), key=lambda m: m.start):
            keys = {str(r.key) for r in m.of("department")}
            if groups and groups[-1][0] == m.start and groups[-1][1] & keys:
                groups[-1] = (m.end, groups[-1][1] & keys)
            else:
                groups.append((m.end, keys))
        # "普陀社工部和财政局": a name several departments fit is the one sharing the place of a department
        # said with it, or else of the conversation's.
        anchors = [d for _, g in groups if len(g) == 1 for d in g] or self.place_of
        out = [set(narrow_by_place(sorted(g), anchors)) if len(g) > 1 else g for _, g in groups]
        # "渝中和东湖 哪个人社": a kind word every department of which is named on its own says what they
        # are; it names no other one, so nothing is left to ask.
        singles = {d for g in out if len(g) == 1 for d in g}
        return [g for g in out if len(g) == 1 or not g <= singles]

    def departments(self) -> list[str]:
        """Departments named; "湛江市" + "人社局" narrow each other down to the one both fit."""
        groups = self._department_groups()
        return sorted(set().union(*groups)) if groups else []

    def departments_in_order(self) -> list[str]:
        """The departments named, one per name said, in the order the question says them ("A比B"): [] when a
        name fits several."""
        groups = self._department_groups()
        return [next(iter(g)) for g in groups] if all(len(g) == 1 for g in groups) else []

    def department_groups(self) -> list[set[str]]:
        """The departments each name said fits, one set per name said apart, in the order said."""
        return self._department_groups()

    def department_ambiguous(self) -> bool:
        """One name that fits several departments ("人社局" with three loaded): ask which."""
        return any(len(g) > 1 for g in self._department_groups())


# "那个项目叫啥", "满意度指标叫什么名字": the names are asked, and every answer listing them names them.
_NAME_WORD_ASKED = re.compile(r"(?<=全称|全名|名称|名字)(?:是|叫)(?:什么名字|什么|啥)?")
_PROJECT_NAME_ASKED = Words("names_asked", r"(?<=项目|指标)的?(?:{name_words}(?:是|叫)?{what}?|{each}?叫{what})")


def _claim(taken: list[bool], start: int, end: int) -> bool:
    if any(taken[start:end]):
        return False
    for k in range(start, end):
        taken[k] = True
    return True


# "加一块儿" is "加起来" (its 一块 is no amount of money).
_SPOKEN_SUM = re.compile(r"加(?:在|到)?一块儿?|加(?:在|到)一起|加一起")


def understand(question: str, kb: KnowledgeBase, explain: bool = True, sounded: bool = True) -> Parse:
    """Turn normalised question text into a Parse (no intent-specific logic beyond the rules).
    explain=False stops before the fuzzy reading of the words left over (see departments_said)."""
    if explain and sounded and (ahead := kb.__dict__.get("_read_ahead", {}).pop(question, None)) is not None:
        # the dictionary reading departments_said just made of these very words, handed over once (taken out in
        # one step: a turn of another thread asking the same words reads them itself, never shares it)
        return ahead[0] if ahead[1] is None else _explained(ahead[0], ahead[1], question, kb)
    p, taken = _read_words(question, kb)
    return _explained(p, taken, question, kb, sounded) if explain else p


def _read_words(question: str, kb: KnowledgeBase) -> tuple[Parse, list[bool]]:
    """Steps 1 to 4 of understand: the dictionary, numbers, concepts and unknown names; not the leftovers."""
    vocab = kb.vocab
    text, names_wanted = _without_fillers(question, vocab)
    text = _SPOKEN_SUM.sub("加起来", text)
    p = Parse(text=text, names_wanted=names_wanted)
    if "%" in question or "％" in question:  # (the sign is punctuation, gone from the text read)
        p.percents = frozenset(_PERCENT_SAID.findall(question))
    taken = [False] * len(text)

    # 1. dictionary; a longer question phrase wins over a short name inside it ("绩效目标" vs "绩效").
    # Names go first: numerals are common inside them ("红十字会", "一站式").
    _read_names(p, taken, kb)
    _department_system(p, taken)
    _inside_one_name(p, taken, kb)
    _question_word_of_a_name(p, taken, kb)
    _indicator_in_two_pieces(p, taken, kb)
    _spending_kinds_whole(p, taken, kb)

    # 2. numbers and ordinals in what is left
    _read_all_departments(p, taken)
    _read_self_references(p, taken, vocab)
    _region_before_place(p, taken, vocab)
    _read_modifiers(p, taken, vocab, year_led_names(kb, kb.conn) if "年" in text else None)
    _read_sub_items(p, taken, vocab, kb)
    _read_numbers(p, taken, vocab)

    # 3. concepts; a short word must sit on word boundaries ("项目的" holds no "目的")
    _inventory_asked(p, taken)
    _table_kinds_said(p, taken, kb)
    _read_concepts(p, taken, kb)
    _count_after_noun(p, taken)
    _rank_tail(p, taken)
    _which_project_more(p, taken)
    _fix_bounds(p)
    _counted_things(p, kb)
    _percent_asked(p)
    _whole_of_a_share(p)
    _organisation_units(p)
    _value_holds(p, taken)
    _done_asked_last(p, taken, question)
    _spending_kind_of_a_department(p, taken, kb)

    # 4. the rest: stopwords, then fuzzy matching, then unexplained
    _bureau_word_before_project(p, taken, kb)
    _unknown_departments(p, kb, taken)
    _unit_kind_after_a_department(p, kb)
    _unknown_place(p, kb, taken)
    return p, taken


def _explained(p: Parse, taken: list[bool], question: str, kb: KnowledgeBase, sounded: bool = True) -> Parse:
    """The rest of understand: the words left over read fuzzily, names widened, a name mistyped by sound."""
    for start, end in _apart_from_own_level(p.text, _runs(taken)):
        if p.text[start:end] == "本级":
            p.unexplained.append("本级")  # (read by the dialogue; never fuzzily joined to the name beside it)
            continue
        _explain(p, kb, start, _before_the_measure(p, kb, start, end))
    part_of_projects_indicator(p, kb)
    _projects_indicator_reworded(p, kb)
    _value_word_in_projects_indicator(p, kb)
    _words_of_a_named_table(p, kb)
    p.mentions.sort(key=lambda m: m.start)
    _indicators_related(p, kb)
    _names_holding_the_words_in_order(p, kb)
    _widen_indicator_names(p, kb)
    _rate_left_out(p, kb)
    _adjacent_names_of_none(p, kb)
    _category_word_of_a_name(p, kb)
    _pieces_unexplained(p, kb)
    _word_of_a_project_said(p, kb)
    return _reread_sounding_alike(p, question, kb) if sounded else p


def _word_of_a_project_said(p: Parse, kb: KnowledgeBase) -> None:
    """"代建那个项目有几个指标", "代建的项目": a word no name reads (its name's cutting split it: 项目代建管…), said
    as a project's word (项目 straight after it), names the projects whose names print it — a few, else left
    unexplained (a common word)."""
    for word in [w for w in p.unexplained if len(w) >= 2]:
        at = p.text.find(word)
        end = at + len(word)
        after = end + 1 if p.text[end:end + 1] == "的" else end
        if at < 0 or not any(a == after and "项目" in p.text[a:b]
                             for c in ("refer", "project") for a, b in p.concepts.get(c, [])):
            continue
        ids = [pid for pid, name in kb.compact_project_names().items() if word in name]
        if not ids or len(ids) > NAME_WORD_PROJECTS_AT_MOST:
            continue
        p.mentions.append(Mention(at, end, word, {Ref("project", pid) for pid in ids}))
        p.mentions.sort(key=lambda m: m.start)
        p.unexplained.remove(word)
        p.unexplained_common = p.unexplained_common or not p.unexplained


SAID_BEFORE_AT_MOST = 8  # characters before a short name read as more of its words ("桥梁" of 桥梁检测经费)


def _names_holding_the_words_in_order(p: Parse, kb: KnowledgeBase) -> None:
    """The projects a short name said names about equally (issue 13: then the engine asks, never picks one): those
    of each of its tables whose names hold the most of the words said, in order — the words of the name read and the
    words said straight before it. "桥梁检测经费" is 公路桥梁定期检测经费 (桥梁…检测经费), not 交通工程质量安全监督检测经费,
    which holds only 检测经费; "养护经费" is 国省道公路日常养护经费 and 农村公路养护管理经费 alike (养护…经费, each
    ending in 经费). A name holds the words with others between them only when it ends in the last (the name's
    kind, said as its tail). Each table on its own (a project's application beside its 目标表 stays named). Never for
    a whole name said (decisive), nor a name read roughly."""
    for k, m in enumerate(p.mentions):
        if m.score < 100 or m.kinds() != PROJECTS_ONLY or m.text in kb.full_forms:
            continue
        before = _words_said_before(p, m)
        if not before and _tables_of(kb, m) > NAMES_LOOKED_AT_MOST:
            continue  # its own projects alone, holding no more words than its own: each table keeps them all
        own = cut_name(m.text)
        words = before + own
        # (one word, or a kind of money said before the tail, 专项经费: no short name of its own to widen — unless two
        # words of its own are said with it: 免费…开放…补助经费 is 公共体育场馆免费低收费开放补助经费's too)
        distinct = [w for w in own[:-1] if w not in kb.vocab.generic_words]
        single = len(own) < 2 or len(distinct) < min(2, len(own) - 1)
        # (by project id: every ref is a project's, and a common name has thousands)
        ids, least = {r.id for r in m.refs}, len(words)
        kept: set[int] = set()
        for held in _held_by_document(kb, m, words, len(own)).values():
            best = max(held.values())
            kept.update(filter(ids.__contains__, held) if best == len(own) and single
                        else (pid for pid, n in held.items() if n == best))
            least = min(least, best)
        unloaded = {pid for pid in ids if pid not in kb.projects}
        if kept | unloaded == ids:
            continue  # the same projects
        refs = {r for r in m.refs if r.id in unloaded} | {Ref("project", pid) for pid in kept}
        start = m.start - sum(map(len, words[len(words) - least:len(before)])) if least > len(own) else m.start
        p.mentions[k] = Mention(start, m.end, p.text[start:m.end], refs, m.score)
        p.unexplained = [w for w in p.unexplained if w not in p.text[start:m.start]]


# (a name as printed but for spaces: a mark it prints ends a word, “中国最美乡村”旅游品牌… holds no 乡村旅游)
_AS_PRINTED = re.compile(r"\s+")
NAMES_LOOKED_AT_MOST = 12  # tables of a short name whose other projects are looked at (a common one names hundreds)


def _tables_of(kb: KnowledgeBase, m: Mention) -> int:
    """How many tables hold the mention's loaded projects (_held_by_document looks at theirs alone above
    NAMES_LOOKED_AT_MOST)."""
    projects = kb.projects
    return len({projects[r.id].document_id for r in m.refs if r.id in projects})


def _held_by_document(kb: KnowledgeBase, m: Mention, words: list[str], need: int) -> dict[int, dict[int, int]]:
    """By table: how many of the words its projects hold (_trailing_words_held), those the mention names holding
    its own at least; only the mention's own projects when it names too many tables."""
    printed = _printed_names(kb)
    own = [(pid, printed.get(pid) or _printed_name(kb, printed, pid)) for pid in (r.id for r in m.refs)
           if pid in kb.projects]
    docs = sorted({doc for _, (doc, _) in own})
    pool = [(pid, printed.get(pid) or _printed_name(kb, printed, pid)) for d in docs
            for pid in kb.projects_of_document(d)] if len(docs) <= NAMES_LOOKED_AT_MOST else own
    out: dict[int, dict[int, int]] = {}
    for pid, (doc, name) in pool:
        out.setdefault(doc, {})[pid] = _trailing_words_held(words, name, m.text, need)
    for pid, (doc, _) in own:
        held = out.setdefault(doc, {})
        held[pid] = max(held.get(pid, 0), need)
    return out


_PRINTED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _printed_names(kb: KnowledgeBase) -> dict[int, tuple[int, str]]:
    """Per project looked at so far: its table and its name as printed but for spaces (kept per knowledge base:
    a short name said looks at the same tables' projects question after question)."""
    found = _PRINTED.get(kb)
    if found is None:
        found = _PRINTED[kb] = {}
    return found


def _printed_name(kb: KnowledgeBase, printed: dict[int, tuple[int, str]], pid: int) -> tuple[int, str]:
    project = kb.projects[pid]
    found = printed[pid] = (project.document_id, _AS_PRINTED.sub("", project.name))
    return found


def _words_said_before(p: Parse, m: Mention) -> list[str]:
    """The words said straight before a mention, no other mention's or concept's (up to SAID_BEFORE_AT_MOST
    characters, from the last punctuation or space): one character alone is no word of a name."""
    taken = {i for x in p.mentions if x is not m for i in range(x.start, x.end)}
    taken |= {i for spans in p.concepts.values() for a, b in spans for i in range(a, b)}
    lo = m.start
    while lo > 0 and m.start - lo < SAID_BEFORE_AT_MOST and lo - 1 not in taken and p.text[lo - 1].isalnum():
        lo -= 1
    out: list[str] = []
    for w in reversed(cut_name(p.text[lo:m.start]) if lo < m.start else []):
        if len(w) < 2:
            break
        out.insert(0, w)
    return out


def _trailing_words_held(words: list[str], name: str, said: str, need: int) -> int:
    """How many of the words, counted from the last, the name holds in that order (0 unless it holds the `need` ones
    of the name read, `said`: as said, or apart with the name ending in the last)."""
    if not (said in name or name.endswith(words[-1])):
        return 0
    held, at = 0, len(name)
    for w in reversed(words):
        at = name.rfind(w, 0, at)
        if at < 0:
            break
        held += 1
    return held if held >= need else 0


def _category_word_of_a_name(p: Parse, kb: KnowledgeBase) -> None:
    """"乡镇林业站标准化建设和护林员管理经费多少": a kind of indicator's word (管理, of 管理指标) said straight on from
    the words naming a project, its tail after it (经费), that project's name holding both (…队伍管理经费), is a
    word of that name, not a kind of indicator asked of it."""
    for k, m in enumerate(p.mentions):
        if not m.of("category") or m.of("project") or m.of("indicator") or not p.text.startswith(_PROJECT_TAILS, m.end):
            continue
        before = [x for x in p.mentions if x.end == m.start and x.of("project")]
        tail = p.text[m.end:m.end + 2]
        refs = {r for x in before for r in x.of("project")
                if r.id in kb.projects and compact(m.text + tail) in compact(kb.projects[r.id].name)}
        if refs:
            p.mentions[k] = Mention(m.start, m.end, m.text, refs, m.score)


SOUNDED_AT_LEAST = 4  # a name mistyped by sound is read only from a piece this long: a shorter one is too often a word


def _reread_sounding_alike(p: Parse, question: str, kb: KnowledgeBase) -> Parse:
    """"农村引水维修养护经费" (农村饮水…), "松才线虫除治" (松材线虫…): a piece left unexplained that holds a run of a
    name's characters with one character typed by its sound (a pinyin keyboard's slip, 引 for 饮) holds that run,
    when only one such run fits, and the question read with it leaves nothing unexplained; else the first reading
    stands (a word said that no name holds, or two names it might be, is never guessed)."""
    if not p.unexplained or p.unexplained_common:
        return p
    fixed, read = question, []
    for piece in p.unexplained:
        found = _run_sounding_alike(piece, p, kb)
        if found is None or found[0] not in fixed:
            return p
        fixed = fixed.replace(*found, 1)
        read.append((found[0], found[1], FUZZY_ACCEPT + 3.0))  # (a guess the admin may correct, as a fuzzy reading)
    again = understand(fixed, kb, sounded=False)  # (one reading by sound, never one on another)
    if again.unexplained or not any(m.of("project") or m.of("indicator") for m in again.mentions):
        return p
    again.fuzzy.extend(read)
    return again


def _run_sounding_alike(piece: str, p: Parse, kb: KnowledgeBase) -> tuple[str, str] | None:
    """The longest part of the piece (SOUNDED_AT_LEAST characters or more) that is a run of a name's characters
    but for one character sounding like the name's, and that run: (part, run); None unless one pair fits."""
    if len(piece) < SOUNDED_AT_LEAST or not all("\u4e00" <= c <= "\u9fff" for c in piece):
        return None
    scope = set(kb.documents_of_departments(p.departments())) or None
    forms = [form for form, refs in kb.fuzzy_candidates(piece, scope, limit=60)
             if any(r.kind in ("project", "indicator") for r in refs)]
    # where each character pair starts in the names: a run one character off the part (four or more long)
    # shares its first or its last pair, so only the runs starting there are compared
    at: dict[str, list[tuple[str, int]]] = {}
    for form in forms:
        for i in range(len(form) - 1):
            at.setdefault(form[i:i + 2], []).append((form, i))
    for n in range(len(piece), SOUNDED_AT_LEAST - 1, -1):
        pairs: set[tuple[str, str]] = set()
        for part in {piece[i:i + n] for i in range(len(piece) - n + 1)}:
            runs = {form[i:i + n] for form, i in at.get(part[:2], ()) if i + n <= len(form)}
            runs |= {form[i - n + 2:i + 2] for form, i in at.get(part[-2:], ()) if i - n + 2 >= 0}
            for run in runs:
                off = [k for k, (a, b) in enumerate(zip(run, part, strict=True)) if a != b]
                if len(off) == 1 and sounds_alike(run[off[0]], part[off[0]]):
                    pairs.add((part, run))
        if pairs:
            return pairs.pop() if len(pairs) == 1 else None
    return None


_PROJECT_TAILS = ("资金", "经费", "项目", "专项", "补助", "补贴")
# Question words that are also words of what a project does (考核 of …督查及考核经费, 目标 of 目标管理经费): read as a
# name's word when said inside it; never a word that asks (多少, 项目, 哪个).
_NAME_WORD_CONCEPTS = ("indicator", "goal", "value")
NAME_WORD_PROJECTS_AT_MOST = 6  # projects a question word said alone before a tail may name (more: a common word)


def _question_word_of_a_name(p: Parse, taken: list[bool], kb: KnowledgeBase) -> None:
    """"重点工程督查考核经费多少", "粮食安全考核和质量监测经费", "考核经费多少": a question word (考核, of 考核指标) said
    inside the words naming a project — a piece of its name or its tail (经费) straight after it, and any piece said
    straight before it — whose name holds it in that order is a word of that name, not the question word: the
    project's amount is asked, not its indicators. Said alone before a tail, it names the projects holding it
    before that tail (two of them: asked which)."""
    text = p.text
    for word, longer in _name_concept_words(kb.vocab).items():
        if word not in text:
            continue
        for start in said_at(word, text):
            end = start + len(word)
            if any(taken[start:end]) or _inside_a_longer_word(text, start, end, longer):
                continue
            refs = _projects_holding_the_word(p, kb, word, start, end)
            if refs and _claim(taken, start, end):
                p.mentions.append(Mention(start, end, word, refs))


def _name_concept_words(vocab) -> dict[str, tuple[str, ...]]:
    """The question words that may be words of a name (_NAME_WORD_CONCEPTS, two characters or more), in
    _concept_words' order, each with the longer question words holding it (考核指标 of 考核): built once per
    vocabulary, kept on it (a question tests only these)."""
    found = vocab.__dict__.get("_name_concept_words")
    if found is None:
        every = _concept_words(vocab)
        found = vocab.__dict__["_name_concept_words"] = {
            w: tuple(x for x, _ in every if len(x) > len(w) and w in x)
            for w, c in every if c in _NAME_WORD_CONCEPTS and len(w) >= 2}
    return found


def _inside_a_longer_word(text: str, start: int, end: int, longer: tuple[str, ...]) -> bool:
    """Whether one of the longer question words holding the word is said there (考核指标, 考核什么)."""
    return any(any(a <= start and end <= a + len(w) for a in said_at(w, text)) for w in longer)


def _projects_holding_the_word(p: Parse, kb: KnowledgeBase, word: str, start: int, end: int) -> set[Ref]:
    """The projects whose names hold the word said at start, in order with the pieces of their names said beside it
    (see _question_word_of_a_name); none when nothing of a name follows it."""
    text, names = p.text, kb.compact_project_names()
    after = end + 1 if text[end:end + 1] and text[end] in asking_words().get("name_pieces", {}).get("joining", ()) else end
    nxt = next((m for m in p.mentions if m.start == after and m.kinds() == PROJECTS_ONLY), None)
    prev = next((m for m in p.mentions if m.end == start and m.kinds() == PROJECTS_ONLY), None)
    tail = next((t for t in _PROJECT_TAILS if text.startswith(t, end)), None)
    if nxt is None and tail is None:
        return set()
    if nxt is None and prev is None:  # said alone before a tail: every project holding the word before it
        ids = [pid for pid, name in names.items() if word in name and name.find(tail or "", name.find(word)) > 0]
        return {Ref("project", pid) for pid in ids} if len(ids) <= NAME_WORD_PROJECTS_AT_MOST else set()
    pools = [m.refs for m in (prev, nxt) if m is not None]
    found: set[Ref] = set()
    for r in set.intersection(*pools):
        name = names.get(r.id, "")
        at = name.find(word)
        if at < 0 or prev is not None and 0 <= name.find(prev.text) and name.find(prev.text) > at:
            continue
        if nxt is None or nxt.text not in name or name.find(nxt.text, at + len(word)) >= 0:
            found.add(r)
    return found


def _piece_of_an_indicator(run: list[Mention], kb: KnowledgeBase) -> bool:
    """Whether a piece of the run is a word of the indicators of a project another piece names."""
    for m in run:
        others = [o.text for o in run if o is not m]
        for r in list(m.refs)[:8]:
            if r.id not in kb.projects:
                continue
            lo, hi = kb.project_span(r.id)
            if any(w in kb.indicator_name.get(i, "") for i in range(lo, hi + 1) for w in others):
                return True
    return False


def _adjacent_names_of_none(p: Parse, kb: KnowledgeBase) -> None:
    """"健身设施专项资金": pieces of project names said one after the other with nothing between, each a short name
    of another project (健身 of 全民健身赛事活动经费, 设施 of …污水治理设施运维经费, 专项资金 of another table's 专项资金),
    where no project's name holds them all: one name said that none is, never three projects asked. Left
    unexplained (the answer says it is not found) rather than read as the projects each piece happens to fit."""
    runs: list[list[Mention]] = []
    for m in p.mentions:
        if not m.refs or any(r.kind != "project" for r in m.refs):
            runs.append([])
        elif runs and runs[-1] and runs[-1][-1].end == m.start:
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        if len(run) < 2 or all(m.text in kb.full_forms for m in run):
            continue  # (two whole names said together: a list of them)
        said = "".join(m.text for m in run)
        # (each distinct name once: a common short name stands for a project of every department)
        if len(set.intersection(*(m.refs for m in run))) or any(
                in_order(said, compact(name)) for name in kb.project_names([m.refs for m in run], keep=False)):
            continue
        if not (said.endswith(_PROJECT_TAILS) or p.text.startswith(_PROJECT_TAILS, run[-1].end)):
            continue  # said as a project's name only when a project's tail ends it ("高校毕业生就业率" is read on)
        if kb.indicator_name_holds((said,)) or _piece_of_an_indicator(run, kb):
            continue  # "法援案件经费": a project's name and a word of its indicators, or an indicator's
        for m in run:
            p.mentions.remove(m)
        p.unexplained.append(said)
        p.unnamed.append(said)
        p.unexplained_common = False


def _words_of_a_named_table(p: Parse, kb: KnowledgeBase) -> None:
    """"渭源水利局和西吉人居环境资金哪个多": a word left over that the title of a table of one of the departments
    set side by side holds (西吉县财政局's 农村人居环境整治…分配表) names that table, which its department says."""
    if not p.unexplained:
        return
    said = [m for m in p.mentions if m.of("department")]
    if len(said) < 2:  # one department named: the title's words choose among its tables (收支预算总表, 三公)
        return
    named = {str(r.key) for m in said for r in m.of("department")}
    titles = [compact(doc["form"] or "") for doc in kb.documents.values() if doc["department_name"] in named]
    p.unexplained = [w for w in p.unexplained if len(w) < 2 or not any(w in title for title in titles)]
    if not p.unexplained:
        p.unexplained_common = True


def departments_said(question: str, kb: KnowledgeBase) -> list[str]:
    """understand(question, kb).departments(), without the fuzzy reading of the leftovers (half the cost
    of a parse): that step only adds names of projects and indicators, absorbs names of projects,
    indicators or categories, and widens indicators' refs, so the departments come out the same, unless a
    mention is a department and one of those at once (then the question is read in full). Kept per
    knowledge base by question: a turn asks it of the same words several times (a reload brings a new one)."""
    kept: dict[str, list[str]] = kb.__dict__.setdefault("_departments_said", {})
    found = kept.get(question)
    if found is None:
        p, taken = _read_words(question, kb)
        read: list[bool] | None = taken
        restore = _as_read(p)
        if any(m.of("department") and (m.of("project") or m.of("indicator") or m.of("category")) for m in p.mentions):
            p, read = understand(question, kb), None
            restore = _as_read(p)
        if len(kept) >= 4096:
            kept.clear()
        found = kept[question] = p.departments()
        restore()
        # the turn reads these words next: its understand goes on from this reading instead of reading them again
        # (kept by words: the sides of "X和Y合计" read after the whole question leave the whole's reading in place)
        ahead: dict[str, tuple[Parse, list[bool] | None]] = kb.__dict__.setdefault("_read_ahead", {})
        if len(ahead) >= 16:
            ahead.clear()  # (readings no turn took: a side's, a question answered before its turn read it)
        ahead[question] = (p, read)
    return list(found)


def _as_read(p: Parse):
    """What puts the parse back as it is now: what asking it (departments(), a mention's of()) keeps on it and on
    its mentions dropped again, so a parse handed on reads on exactly as a fresh one."""
    bare = [m for m in p.mentions if "_by_kind" not in m.__dict__]
    groups_kept = "_groups_of" in p.__dict__

    def restore() -> None:
        for m in bare:
            m.__dict__.pop("_by_kind", None)
        if not groups_kept:
            p.__dict__.pop("_groups_of", None)
    return restore


# "不对，我问的是信访工作经费", "搞错了 是公车": a correction's opening; the thing named is the question
_CORRECTION = re.compile(r"^(?:(?:不对|不是|错了|搞错了|弄错了|说错了)(?:这个|那个)?[，,。 ]*)?我?(?:要问的是|问的是|说的是|指的是|是问|是说)"
                         r"|^(?:不对|错了|搞错了|弄错了|说错了)[，,。 ]*(?:是)?")


def _without_fillers(question: str, vocab) -> tuple[str, bool]:
    """The question without hesitations, fillers and punctuation; and whether the names of what it asks were asked
    (the words asking them taken out)."""
    text = _CORRECTION.sub("", drop_hesitations(question, vocab))
    longer, single_at_end = _fillers_of(vocab)
    for filler in longer:
        if filler in text:
            text = _drop_filler(text, filler, vocab)
    text = strip_punct(text).strip()
    # "请律师那个项目叫啥": the project's name is asked, and every answer about a project names it.
    # (Only after 项目: "律师叫什么名字" asks a name the tables do not hold.)
    text, asked = _PROJECT_NAME_ASKED.subn("", text)
    text = _NAME_WORD_ASKED.sub("", text)  # "信访局全名叫什么": the name word says what is asked
    if single_at_end is not None:
        text = single_at_end.sub("", text).strip()
    return text, asked > 0


def _fillers_of(vocab) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The fillers of two characters or more, in the vocabulary's order, and the pattern of the single-character
    ones, which are fillers only at the end of a clause ("那公务用车呢", "有预算吗"). Kept on the vocabulary
    (a reload brings a new one): every parse reads them."""
    kept = vocab.__dict__.get("_fillers_of")
    if kept is None:
        single = "".join(f for f in vocab.fillers if len(f) == 1)
        kept = vocab.__dict__["_fillers_of"] = (tuple(f for f in vocab.fillers if len(f) >= 2),
                                                re.compile(rf"[{re.escape(single)}]+(?= |$)") if single else None)
    return kept


def _drop_filler(text: str, filler: str, vocab) -> str:
    """The filler blanked out, except where it ends a word asking for a list ("列一下" asks the items;
    "一下" alone is a filler, and "排一下" keeps no "一" to be read as a place in a ranking; "算一下" asks a
    figure worked out)."""
    if filler not in text:
        return text
    words = [w for c in ("list", "compute") for w in vocab.concepts.get(c, ()) if filler in w and w != filler]
    out: list[str] = []
    i = 0
    while True:
        j = text.find(filler, i)
        if j < 0:
            return "".join(out) + text[i:]
        kept = any(text.startswith(w, j - w.index(filler)) and j >= w.index(filler) for w in words)
        out.append(text[i:j] + (filler if kept else " "))
        i = j + len(filler)


def _read_names(p: Parse, taken: list[bool], kb: KnowledgeBase) -> None:
    """Dictionary names (projects, indicators, departments...) not inside a longer question phrase or kind of table."""
    text = p.text
    blocked: set[int] = set()
    by_first = _long_concept_words_by_first(kb.vocab)  # (the words a character of the question begins)
    phrases = [(at, at + len(w)) for c in set(text) for w in by_first.get(c, ()) if w in text for at in said_at(w, text)]
    # a kind of table said ("绩效表") is no name inside it (绩效)
    phrases += [(at, at + len(w)) for w in kb.vocab.table_kinds if w.endswith("表") and w in text
                for at in said_at(w, text)]
    for start, end, form, refs in kb.lexicon.spans(text, blocked):
        if any(s <= start and end <= e and e - s > end - start for s, e in phrases):
            continue
        if _row_named_whole(kb, text, start, form, refs):
            continue
        refs = set(refs)
        if "project" in map(_KIND, refs):
            refs |= kb.core_refs(form)
        p.mentions.append(Mention(start, end, form, refs))
        _claim(taken, start, end)


def _row_named_whole(kb: KnowledgeBase, text: str, start: int, form: str, refs) -> bool:
    """"农村公路养护专项资金主管部门是谁": a project's name (专项资金) said as the end of a table's row named whole is
    that row's word, never the project (the row is the facts' to answer)."""
    if not refs or any(_KIND(r) != "project" for r in refs) or start < 2:
        return False
    return any(text.endswith(b, 0, start) for b in kb.row_name_before(form))


def _department_system(p: Parse, taken: list[bool]) -> None:
    """"东阳卫健系统项目里最少的是哪个": a department said as its system is the department (系统 right after its name
    says nothing more; never 系统 elsewhere, "系统故障多久修好")."""
    for m in p.mentions:
        if m.of("department") and p.text.startswith("系统", m.end):
            _claim(taken, m.end, m.end + 2)


# "你这里都有哪些部门的表", "我们有哪些兴化的表": which tables are loaded (a place or department may be said between);
# never "这是什么表" (the table at hand) nor "哪些表里有满意度指标" (tables searched for a thing)
_INVENTORY = re.compile(r"(有?(?:哪些|什么|哪几张|几张|多少张|哪几份|几份))(?:(?:部门|单位|地方|[\u4e00-\u9fff]{2,4})的)?"
                        r"(表格|表)(?![里中上内])|(有?(?:哪些|什么)(?:部门|单位)的)(数据|资料)"
                        r"|(表格|表)((?:都|一共|总共)?(?:有哪些|有什么|是哪些|有几张))(?:呢|啊)?$"
                        # "湄潭县的表都有哪些部门": the departments whose tables a place has (的 before 表: a place's
                        # tables, not the rows of a 部门支出预算表)
                        # (…的表里有哪些部门: the place's tables too, 里 before the question word; "分别是哪些部门" alike)
                        r"|的(表格|表)[里中内]?((?:都|一共|总共|分别)?(?:有哪些|是哪些|涉及哪些|有哪几个|有几个|是哪几个)部门)(?:呢|啊)?$")
_AT_HAND = re.compile(r"[这那该此本](?:是|个|张|份)?(?:表格?)?(?:是|为)?$")


def _inventory_asked(p: Parse, taken: list[bool]) -> None:
    """The question asks which tables are loaded: its question word and 表 are the concept inventory, the words
    between (a place, a department) left to be read as names."""
    m = _INVENTORY.search(p.text)
    if m is None or _AT_HAND.search(p.text[:m.start()]):
        return
    ask, table = (1, 2) if m.group(1) else (3, 4) if m.group(3) else (6, 5) if m.group(5) else (8, 7)
    if not any(taken[m.start(ask):m.end(ask)]) and not any(taken[m.start(table):m.end(table)]):
        _claim(taken, m.start(ask), m.end(ask))
        _claim(taken, m.start(table), m.end(table))
        p.concepts["inventory"] = [(min(m.start(ask), m.start(table)), max(m.end(ask), m.end(table)))]


def _table_kinds_said(p: Parse, taken: list[bool], kb: KnowledgeBase) -> None:
    """"绩效目标表里财政拨款合计": a kind of table said (…表) names the table (the dialogue scopes to it), so the
    question words inside it (绩效目标, 申报) ask nothing; so does a kind said without 表 ("评价项目") where such a
    table is loaded, unless a column's word goes on from it (评价等级)."""
    vocab = kb.vocab
    for kind in vocab.table_kinds:  # (longest first)
        bare = kind in kb.table_words_held
        if kind.endswith("表") or bare:
            for start in said_at(kind, p.text):
                end = start + len(kind)
                if bare and any(taken[start:end]):
                    _free_names_inside(p, taken, start, end)
                if bare and (any(p.text.startswith(w, end) for w in vocab.table_word_not_before)
                             or any(taken[start:end])):
                    continue
                _claim(taken, start, end)
                if bare and kind not in p.table_words:
                    p.table_words.append(kind)
    _title_kinds_said(p, taken, kb)
    for word in vocab.table_words_of_whole:  # ("各部门项目支出绩效目标合计": that table's whole, no goal)
        for start in said_at(word, p.text):
            end = start + len(word)
            if any(p.text.startswith(w, end) for w in vocab.table_whole_after) and not any(taken[start:end]) \
                    and word + "表" in vocab.table_kinds and _of_a_year_loaded(p.text, word + "表", kb):
                _claim(taken, start, end)
                p.table_words.append(word + "表")


def _free_names_inside(p: Parse, taken: list[bool], start: int, end: int) -> None:
    """"开渔节绩效评价得分": a name read inside a kind of table said without 表 (绩效 of 部门整体绩效 inside 绩效评价,
    where an evaluation is loaded) is the kind's word, not that name; a name reaching beyond the kind's words
    (第三方绩效评价经费) stays the name."""
    inside = [m for m in p.mentions if start <= m.start and m.end <= end and m.end - m.start < end - start]
    if not inside or any(taken[k] and not any(m.start <= k < m.end for m in inside) for k in range(start, end)):
        return
    p.mentions = [m for m in p.mentions if m not in inside]
    for k in range(start, end):
        taken[k] = False


def _title_kinds_said(p: Parse, taken: list[bool], kb: KnowledgeBase) -> None:
    """"卫健局政府性基金支出多少": a word naming a loaded table's kind, read off its kind as published (政府性基金 of
    部门政府性基金预算支出表, see title_kind_words), is one word naming that table — unless a figure's label goes on
    from it as the question does (政府性基金拨款: that column's words), or the tables are not the ones asked
    (lexicon.title_kind_names_its_tables: of a department named, or asked across departments)."""
    named = set(p.departments())
    for kind, docs in kb.title_kinds.items():  # (longest first)
        if not title_kind_names_its_tables({kb.documents[d]["department_name"] for d in docs}, named, p.text):
            continue
        for start in said_at(kind, p.text):
            end = start + len(kind)
            if any(taken[start:end]) or kb.label_goes_on(kind, p.text[end:end + 2]):
                continue
            _claim(taken, start, end)
            if kind not in p.table_words:
                p.table_words.append(kind)


def _of_a_year_loaded(text: str, kind: str, kb: KnowledgeBase) -> bool:
    """Whether every year the question says has a table of that kind loaded ("2025年项目支出绩效目标合计" with only
    the 2026 one: not read as that table, whose whole would answer for another year)."""
    years = {int(y) for y in re.findall(r"((?:19|20)\d\d)年", text)}
    held = {kb.documents[d].get("year") for d in kb.table_kind_said(kind, [kind])[1]}
    return years <= held


def _read_concepts(p: Parse, taken: list[bool], kb: KnowledgeBase) -> None:
    """Question words (concepts) in what is left, short ones only on word boundaries."""
    text = p.text
    bounds, pos = {0}, 0
    for tok in kb.segmenter.cut(text):
        pos += len(tok)
        bounds.add(pos)
    # an amount word starts where a project's name read ends, whatever jieba cuts across its edge ("…奖补给了多少":
    # 给了 after the name, not jieba's 补给)
    starts = {m.end for m in p.mentions if m.kinds() == PROJECTS_ONLY}
    words, by_first = _concept_words(kb.vocab), _concept_words_by_first(kb.vocab)
    # Only the words whose first character is said, in their order (longest first).
    for rank in sorted(r for ch in set(text) for r in by_first.get(ch, ())):
        word, concept = words[rank]
        if word not in text:
            continue
        for start in said_at(word, text):
            end = start + len(word)
            if len(word) <= 2 and not ((start in bounds or start in starts and concept == "amount") and end in bounds):
                continue
            if _claim(taken, start, end):
                p.concepts.setdefault(concept, []).append((start, end))


WIDEN_AT_MOST = 4  # more indicators than this holding the phrase: it is a common phrase, not a name
WIDEN_SCAN_AT_MOST = 400  # names looked at for it, at most (a large knowledge base stays fast)


def _widen_indicator_names(p: Parse, kb: KnowledgeBase) -> None:
    """"区领导重点约访" is one project's indicator and, inside "参与区领导重点约访", another's of the same
    table: the phrase names both, and the question is answered (or asked) for both, never for one as if it
    were the only. Found through the rarest character bigram of the phrase, not by scanning every name."""
    for m in p.mentions:
        if len(m.refs) >= WIDEN_AT_MOST or len(m.text) < 4 or set(map(_KIND, m.refs)) != {"indicator"}:
            continue  # (a name many indicators share is already all of them)
        # "区领导重点约访指标": the name said with the word 指标 after it (not part of the name)
        said = m.text[:-2] if m.text.endswith("指标") and len(m.text) >= 6 and not any(
            kb.indicator_name.get(r.id, "").endswith("指标") for r in m.refs) else m.text
        grams = [said[i : i + 2] for i in range(len(said) - 1)]
        rarest = min(grams, key=lambda g: len(kb.bigram_index.get(g, ())))
        candidates = kb.bigram_index.get(rarest, ())
        if len(candidates) > WIDEN_SCAN_AT_MOST:
            continue  # every pair of the phrase is in thousands of names: a common phrase, not one name
        found: set[Ref] = set()
        for fid in candidates:
            form, refs = kb.fuzzy_forms[fid]
            if said in form and form != said:
                found |= {r for r in refs if r.kind == "indicator"}
        found -= m.refs
        if m.score >= 100:
            # Said exactly, the phrase is that indicator's name: only its own tables' longer names join it
            # (another department's "社会保险补贴发放准确率" is not what "补贴发放准确率" names there).
            docs = {kb.document_of(r) for r in m.refs}
            found = {r for r in found if kb.document_of(r) in docs}
            if found and all(compact(kb.indicator_name.get(r.id, "")) == compact(said) for r in m.refs):
                # The whole name of an indicator: an exact name wins over the longer ones holding it.
                p.longer_names |= found
                continue
        if found and len(found) + len(m.refs) <= WIDEN_AT_MOST:
            m.refs = m.refs | found
            m.__dict__.pop("_by_kind", None)


def _long_concept_words(vocab) -> tuple[str, ...]:
    """The question words of three characters or more, kept on the vocabulary (a reload brings a new one)."""
    words = vocab.__dict__.get("_long_concept_words")
    if words is None:
        words = vocab.__dict__["_long_concept_words"] = tuple(w for ws in vocab.concepts.values() for w in ws if len(w) >= 3)
    return words


def _long_concept_words_by_first(vocab) -> dict[str, tuple[str, ...]]:
    """_long_concept_words by their first character, kept on the vocabulary: a question is looked up by its own
    characters, not every word tried against it."""
    by_first = vocab.__dict__.get("_long_concept_by_first")
    if by_first is None:
        found: dict[str, list[str]] = {}
        for word in _long_concept_words(vocab):
            found.setdefault(word[0], []).append(word)
        by_first = vocab.__dict__["_long_concept_by_first"] = {c: tuple(ws) for c, ws in found.items()}
    return by_first


def _concept_words_by_first(vocab) -> dict[str, tuple[int, ...]]:
    """Where each first character's words stand in _concept_words, kept on the vocabulary."""
    by_first = vocab.__dict__.get("_concept_by_first")
    if by_first is None:
        found: dict[str, list[int]] = {}
        for rank, (word, _) in enumerate(_concept_words(vocab)):
            if word:
                found.setdefault(word[0], []).append(rank)
        by_first = vocab.__dict__["_concept_by_first"] = {ch: tuple(rs) for ch, rs in found.items()}
    return by_first


INSIDE_NAME_AT_LEAST = 6  # the shortest phrase read as one indicator's name said without its ends
INSIDE_RUN_AT_MOST = 24  # longer stretches of unclaimed text are not searched (a large knowledge base stays fast)


def _inside_one_name(p: Parse, taken: list[bool], kb: KnowledgeBase) -> None:
    """"服务期满考核合格率" of "“三支一扶”人员服务期满考核合格率（%）": a stretch of the question that one
    indicator's name holds word for word, its question words (考核) included, names that indicator, before
    those words are read as questions and the rest matched loosely (服务期满 alone fits two indicators).
    Only the longest such stretch, and only when every name holding it is one indicator's name."""
    concept_words = concept_word_set(kb.vocab)
    for lo, hi in _runs(taken):
        if hi - lo < INSIDE_NAME_AT_LEAST or hi - lo > INSIDE_RUN_AT_MOST:
            continue
        run = p.text[lo:hi]
        found = None
        # Per run, once: where the characters a name can hold stop (Chinese and digits), and how many
        # names each bigram is in; a phrase's rarest bigram is then the first least of its window.
        others = list(accumulate((not ("\u4e00" <= c <= "\u9fff" or "0" <= c <= "9") for c in run), initial=0))
        sizes = [len(kb.bigram_index.get(run[k:k + 2], ())) for k in range(len(run) - 1)]
        for length in range(len(run), INSIDE_NAME_AT_LEAST - 1, -1):
            for i in range(len(run) - length + 1):
                phrase = run[i:i + length]
                if others[i + length] != others[i] or phrase in concept_words:
                    continue
                window = sizes[i:i + length - 1]
                at = i + window.index(min(window))
                candidates = kb.bigram_index.get(run[at:at + 2], ())
                if not candidates or len(candidates) > WIDEN_SCAN_AT_MOST:
                    continue
                holding = [kb.fuzzy_forms[fid] for fid in candidates if phrase in kb.fuzzy_forms[fid][0]]
                if any(len(rs) > WIDEN_AT_MOST for _, rs in holding):
                    continue  # (a common name: too many refs, whatever the others add)
                refs = {r for _, rs in holding for r in rs}
                if not holding or {_KIND(r) for r in refs} != {"indicator"} or len(refs) > WIDEN_AT_MOST \
                        or len({compact(kb.indicator_name.get(r.id, "")) for r in refs}) != 1:
                    continue
                found = (lo + i, lo + i + length, phrase, refs)
                break
            if found:
                break
        if found and _claim(taken, found[0], found[1]):
            p.mentions.append(Mention(found[0], found[1], found[2], set(found[3]), 99.0))


_RELATED_INDICATORS = Words("names_holding", "(?:{related})的?指标")
RELATED_AT_MOST = 40  # indicators named by a word said with 相关的指标, at most (more: a common word, left as read)


def _indicators_related(p: Parse, kb: KnowledgeBase) -> None:
    """"一站式相关的指标有哪些": a word read as a project's short name, said right before 相关的指标, names the
    indicators whose names hold it (of every project), where some do; the project otherwise."""
    for k, m in enumerate(p.mentions):
        if len(m.text) < 2 or not m.of("project") or not _RELATED_INDICATORS.match(p.text, m.end):
            continue
        # (the distinct names read, each once, and their ids from the map made when the knowledge base opens)
        by_name = kb.indicator_ids_by_name()
        ids = [i for name in kb.distinct_indicator_names() if m.text in compact(name) for i in by_name[name]]
        if ids and len(ids) <= RELATED_AT_MOST:
            p.mentions[k] = Mention(m.start, m.end, m.text, {Ref("indicator", i) for i in ids}, m.score)


PIECE_AT_LEAST = 2  # the shortest piece of a name said in two pieces ("领导…约访" of 区领导重点约访)


def _indicator_in_two_pieces(p: Parse, taken: list[bool], kb: KnowledgeBase) -> None:
    """"护理员配备比例" of 护理员与失能特困人员配备比例, "领导约访" of 区领导重点约访: a stretch of the question said
    as two pieces of indicators' names in their order, the words between left out, names those indicators
    (all of them, to be asked between when several) — before a question word inside it (比例, 最多, 人均) is read
    as what is asked. Only the longest such stretch; only indicators' names (a project's name holding the pieces
    leaves it to the project readers); never a piece that is a question word or a generic word alone."""
    concept_words, generic = concept_word_set(kb.vocab), kb.vocab.generic_words
    for lo, hi in _runs(taken):
        if hi - lo > INSIDE_RUN_AT_MOST:
            continue
        found = _two_pieces_in(p.text, lo, hi, kb, concept_words | generic)
        if found and _MONEY_THING.match(p.text, found[1]) and _two_pieces_in(p.text, found[0], found[1], kb, set(), apart=True) is None:
            continue  # ("应急管理员补助多少": a stretch a name prints whole, money said after it — the money item asked)
        # (here only a stretch holding a question word; the others, once nothing else read them: _pieces_unexplained)
        if found and any(w in concept_words for w in _substrings(p.text[found[0]:found[1]])) \
                and _claim(taken, found[0], found[1]):
            p.mentions.append(Mention(found[0], found[1], p.text[found[0]:found[1]], found[2], 99.0))


def _substrings(text: str) -> Iterator[str]:
    return (text[i:j] for i in range(len(text)) for j in range(i + 1, len(text) + 1))


def _pieces_unexplained(p: Parse, kb: KnowledgeBase) -> None:
    """"领导约访的指标值": words nothing else read, said as two pieces of indicators' names in order (区领导重点约访)."""
    plain = concept_word_set(kb.vocab) | kb.vocab.generic_words
    for word in list(p.unexplained):
        at = p.text.find(word)
        if len(word) < 2 * PIECE_AT_LEAST or at < 0 or len(word) > INSIDE_RUN_AT_MOST:
            continue
        found = _two_pieces_in(p.text, at, at + len(word), kb, plain, apart=True)
        if found and found[:2] == (at, at + len(word)):
            p.mentions.append(Mention(at, at + len(word), word, found[2], 99.0))
            p.unexplained.remove(word)
            p.mentions.sort(key=lambda m: m.start)


def _two_pieces_in(text: str, lo: int, hi: int, kb: KnowledgeBase, plain: frozenset[str] | set[str],
                   apart: bool = False):
    """The longest stretch of text[lo:hi] that is two pieces of indicators' names in order: (start, end, refs);
    apart: only names holding words between the pieces, none holding them together (完成时间 said as printed is
    no name said in pieces)."""
    # (how many names hold each two characters of the text, read once: a split whose pieces hold a pair no name
    # holds, or only pairs too many names hold, names nothing — told without looking the pieces up)
    held = [len(kb.bigram_index.get(text[j:j + 2], ())) for j in range(len(text) - 1)]
    for length in range(min(hi - lo, INSIDE_NAME_AT_LEAST + 6), 2 * PIECE_AT_LEAST - 1, -1):
        for i in range(lo, hi - length + 1):
            phrase = text[i:i + length]
            if not all("\u4e00" <= c <= "\u9fff" for c in phrase):
                continue
            for k in range(PIECE_AT_LEAST, length - PIECE_AT_LEAST + 1):
                a, b = phrase[:k], phrase[k:]
                if a in plain or b in plain \
                        or not 0 < min(*held[i:i + k - 1], *held[i + k:i + length - 1]) <= WIDEN_SCAN_AT_MOST:
                    continue
                refs = _names_holding_in_order(kb, a, b, apart)
                if refs:
                    return i, i + length, refs
    return None


def _names_holding_in_order(kb: KnowledgeBase, a: str, b: str, apart: bool = False) -> set[Ref]:
    """The refs of the names holding a, then b after it (all indicators', at most WIDEN_AT_MOST names); empty else."""
    pairs = [kb.bigram_index.get(w[j:j + 2], ()) for w in (a, b) for j in range(len(w) - 1)]
    candidates = min(pairs, key=len) if pairs else ()
    if not candidates or len(candidates) > WIDEN_SCAN_AT_MOST:
        return set()
    holding = []
    for fid in candidates:
        form, refs = kb.fuzzy_forms[fid]
        at = form.find(a)
        if apart and at >= 0 and a + b in form:
            return set()
        if at >= 0 and form.find(b, at + len(a)) >= 0:
            holding.append(refs)
    refs = {r for rs in holding for r in rs}
    if not refs or {_KIND(r) for r in refs} != {"indicator"} \
            or len({compact(kb.indicator_name.get(r.id, "")) for r in refs}) > WIDEN_AT_MOST:
        return set()
    return refs


_RATE_SAID = re.compile(r"率|%|百分|指标|完成|目标|值|达到|准确|及时|合格")
_MONEY_THING = re.compile(r"补贴|补助|资金|经费|金|费")  # the thing said is money
_MONEY_ASKED = re.compile(r"钱|元|金额")
_HOW_MANY = re.compile(r"多少|几")


def rate_left_out(said: str, name: str, text: str) -> bool:
    """"公益性岗位补贴多少" of the indicator 公益性岗位补贴发放准确率: the thing a rate is of, money, said without
    the rate or any word of an indicator, asks about the thing itself (its money, its standard), not the rate."""
    if _RATE_SAID.search(text):
        return False
    from difflib import SequenceMatcher  # (here: a cold one-question `ask` need not import it)

    said, name = compact(said), compact(name)
    match = SequenceMatcher(None, said, name, autojunk=False).find_longest_match(0, len(said), 0, len(name))
    end = match.b + match.size
    # (the thing is money, or money is asked: a count, "听力筛查多少人", may be what the rate is about; but how
    # many of the people or things a rate's action is done to, "有多少编外人员" of 编外人员聘用合规率, is no rate)
    counted = match.b == 0 and len(name[end:].split("率")[0]) >= 2 and bool(_HOW_MANY.search(text))
    return match.size >= 3 and "率" in name[end:] and bool(
        _MONEY_THING.search(name[:end + 1]) or _MONEY_ASKED.search(text) or counted)


def _rate_left_out(p: Parse, kb: KnowledgeBase) -> None:
    """No name of a rate indicator read from the thing it is of (rate_left_out): the words left unexplained
    (never the rate as the subsidy's amount). Nor, the other way, a rate said straight after words read roughly
    as a name holding no rate there (造价咨询费率 of 造价咨询费用: a rate is no amount)."""
    _rate_said_of_no_rate(p, kb)
    if _RATE_SAID.search(p.text):
        return
    for m in [m for m in p.mentions if m.score < 100 and m.refs and all(r.kind == "indicator" for r in m.refs)]:
        names = {kb.indicator_name.get(int(r.key), "") for r in m.refs}  # (a common name: thousands of refs)
        if all(rate_left_out(m.text, name, p.text) for name in names):
            p.mentions.remove(m)
            p.fuzzy = [f for f in p.fuzzy if f[0] != m.text]
            p.unexplained.append(m.text)
            p.unexplained_common = False


RATE_AFTER_AT_MOST = 2  # characters a rough reading may leave out between the words it read and the 率 said


def _rate_said_of_no_rate(p: Parse, kb: KnowledgeBase) -> None:
    """"造价咨询费率多少": 率 said straight after words read roughly as indicators (with the characters the reading
    left out before it: 评审咨询|费率) whose names go on with no rate after them (造价咨询费用) asks a rate those
    indicators are not: the words and the rate are left unexplained, never answered by the indicators' amounts."""
    held = {i for x in p.mentions for i in range(x.start, x.end)}
    held |= {i for spans in p.concepts.values() for a, b in spans for i in range(a, b)}
    for m in [m for m in p.mentions if m.score < 100 and m.refs and all(r.kind == "indicator" for r in m.refs)]:
        end = m.end
        while end < len(p.text) and end - m.end < RATE_AFTER_AT_MOST and end not in held and p.text[end] != "率":
            end += 1
        if not p.text.startswith("率", end) or end in held:
            continue
        names = {compact(kb.indicator_name.get(int(r.key), "")) for r in m.refs}
        if any(_rate_after(m.text, name) for name in names):
            continue
        p.mentions.remove(m)
        p.fuzzy = [f for f in p.fuzzy if f[0] != m.text]
        p.unexplained.append(p.text[m.start:end + 1])
        p.unexplained_common = False


def _rate_after(said: str, name: str) -> bool:
    """Whether the name holds 率 after the part of it the words said match."""
    from difflib import SequenceMatcher  # (here: a cold one-question `ask` need not import it)

    match = SequenceMatcher(None, said, name, autojunk=False).find_longest_match(0, len(said), 0, len(name))
    return "率" in name[match.b + match.size:]


def _concept_words(vocab) -> list[tuple[str, str]]:
    """(word, concept) pairs, longest first; at equal length the more specific question word wins
    ("多少个" over "有多少"). Sorted once per vocabulary, kept on it (a reload brings a new one)."""
    words = vocab.__dict__.get("_concept_order")
    if words is None:
        precedence = {"count": 0, "share": 1, "compare": 2, "value": 3}
        words = sorted(
            ((w, c) for c, ws in vocab.concepts.items() for w in ws),
            key=lambda wc: (-len(wc[0]), precedence.get(wc[1], 9)),
        )
        vocab.__dict__["_concept_order"] = words
    return words


def concept_word_set(vocab) -> frozenset[str]:
    """Every concept word, as a set: built once per vocabulary, like `_concept_words`."""
    words = vocab.__dict__.get("_concept_set")
    if words is None:
        words = vocab.__dict__["_concept_set"] = frozenset(w for w, _ in _concept_words(vocab))
    return words


_YEAR = re.compile(r"(?<![0-9.])((?:19|20)[0-9]{2})(?:年度|年)?(?![0-9.万元%])")


def drop_hesitations(text: str, vocab) -> str:
    """"嗯…那个…就是X来着" -> "X": a hesitation goes unless it starts a longer question word ("那个项目")
    or ends the question as a pointer back ("信访超市那个"); a message of nothing else is kept."""
    longer = _concept_words(vocab)
    # (no hesitation can start at a character none of them starts with: the list is not run through there)
    firsts = None if "" in vocab.hesitations else {h[0] for h in vocab.hesitations}
    out: list[str] = []
    i = 0
    while i < len(text):
        h = next((h for h in vocab.hesitations if text.startswith(h, i)), None) \
            if firsts is None or text[i] in firsts else None
        rest = strip_punct(text[i + len(h):]).strip() if h else ""
        if h and rest and not any(len(w) > len(h) and text.startswith(w, i) for w, _ in longer):
            i += len(h)
            continue
        if h and not rest and h not in vocab.followup_ends and out:
            i += len(h)  # "…多少钱来着"
            continue
        out.append(text[i])
        i += 1
    kept = "".join(out)
    return kept if strip_punct(kept).strip() else text


_ALL_DEPARTMENTS = re.compile(
    r"(?:各个|各|所有的?|每个|每一个|全部的?|这些|这几个|[两三四五六七八九十0-9]+个)(?:部门|单位|局|委办局)"
    r"|各地(?:区)?|(?:各个|每个|所有的?)地方")  # "各地城镇新增就业人数": every place's (its departments')


def _read_all_departments(p: Parse, taken: list[bool]) -> None:
    """"各部门的总预算", "三个部门加起来": the question is about every department loaded."""
    for m in _ALL_DEPARTMENTS.finditer(p.text):
        if _claim(taken, m.start(), m.end()):
            p.all_departments = True
            _departments_of_the_place(p, m.group(0))


def _departments_of_the_place(p: Parse, said: str) -> None:
    """"安吉两个局的表分别是哪年的": a place naming several departments, then every one of a kind (局, 部门) said,
    names each of the place's departments of that kind (安吉县农业农村局, 安吉县文化和广电旅游体育局; not the place's
    own table, 安吉县), each as named on its own; a count said that is not theirs leaves the place to ask which."""
    places = [m for m in p.mentions if len(m.of("department")) > 1 and not m.of("project")]
    if len(places) != 1:
        return
    place = places[0]
    kind = said[-1] if said.endswith("局") else ""
    kept = sorted(str(r.key) for r in place.of("department")
                  if compact(str(r.key)).endswith(kind) and not _PLACE_OWN_TABLE.fullmatch(compact(str(r.key))))
    count = re.match(r"[两三四五六七八九十0-9]+", said)
    # (which of them is asked, "宜都三个部门里哪个…最少": every department as it stands, whose ranking of the
    # departments the facts answer)
    if len(kept) < 2 or _WHICH_OF_THEM.search(p.text) or count is not None and small_number(count.group(0)) != len(kept):
        return
    at = p.mentions.index(place)
    p.mentions[at:at + 1] = [Mention(place.start, place.end, place.text, {Ref("department", d)}, place.score)
                             for d in kept]
    p.all_departments = False


# A place's own table ("安吉县"): no department of the place
_WHICH_OF_THEM = re.compile(r"哪个|哪一个|哪家|哪几个|谁|最")
_PLACE_OWN_TABLE = re.compile(r"(?!.*(?:局|委|办|部|厅|院|所|站|中心))[\u4e00-\u9fff]{1,10}(?:省|自治区|市|区|县|旗|盟)")


# A preposition or verb right before "局里" ("占局里总预算", "在单位里", "列一下局里所有项目", "看看单位里"): not the
# end of a department's name.
_FUNCTION_BEFORE = "[占在给是比和跟与对把从向为了下看查问列说讲]"


def _read_self_references(p: Parse, taken: list[bool], vocab) -> None:
    """"我们局", "本单位", "全局", "局里": the department being asked about, by rule: a self-reference
    word (or 全, 整个) before an organisation word, or the organisation word alone before 里/内."""
    pattern = vocab.__dict__.get("_self_reference_pattern")  # built once per vocabulary
    if pattern is None:
        orgs = "|".join(re.escape(w) for w in sorted({*vocab.department_suffixes, "单位", "部门"}, key=len, reverse=True))
        selves = "|".join(re.escape(w) for w in sorted({*vocab.self_references, "全", "整个"}, key=len, reverse=True))
        pattern = vocab.__dict__["_self_reference_pattern"] = re.compile(
            rf"(?:{selves})(?:{orgs})(?:里|内)?|(?:(?<![\u4e00-\u9fff])|(?<={_FUNCTION_BEFORE}))(?:{orgs})(?:里|内)")
    for m in pattern.finditer(p.text):
        if _claim(taken, m.start(), m.end()):
            p.self_reference.append((m.start(), m.end()))


def _region_before_place(p: Parse, taken: list[bool], vocab) -> None:
    """"宁夏西吉", "甘肃渭源水利局": a province said right before a loaded department's name is the region that
    place lies in, not a word asked about (which would look for "宁夏" in the tables)."""
    starts = {m.start for m in p.mentions if m.of("department")}
    for word in vocab.regions:
        at = p.text.find(word)
        while at >= 0:
            if at + len(word) in starts:
                _claim(taken, at, at + len(word))
            at = p.text.find(word, at + 1)


_KIND_WORDS = ("项目", "指标", "类", "部门", "单位", "条", "方面", "级", "大类", "子项")


def _count_after_noun(p: Parse, taken: list[bool]) -> None:
    """"指标数多少个", "项目数是多少": 数 right after the thing counted is its count (not 数值, 数据, 数量…)."""
    for concept in ("indicator", "project"):
        for _, end in p.concepts.get(concept, []):
            if p.text[end:end + 1] == "数" and p.text[end + 1:end + 2] not in tuple("值据量额字目") \
                    and _claim(taken, end, end + 1):
                p.concepts.setdefault("count", []).append((end, end + 1))


_RANK_TAIL = re.compile(r"(?:个序|一下序|序|一下|名|列|行)")


def _rank_tail(p: Parse, taken: list[bool]) -> None:
    """"按金额排个序", "按钱排一下": the longest rank word ends at 排; what follows it is the same word."""
    spans = p.concepts.get("rank", [])
    for k, (start, end) in enumerate(spans):
        m = _RANK_TAIL.match(p.text, end) if p.text[end - 1:end] == "排" else None
        if m and _claim(taken, end, m.end()):
            spans[k] = (start, m.end())


# "哪个项目钱多", "哪个项目经费少": which of the projects (no two named) has more money is the most of them
_WHICH_PROJECT_MORE = re.compile(r"哪个项目的?(?:钱|经费|资金|预算|金额)(多|高|大|少|低|小)(?:一些|一点|些)?(?:呢|啊|[？?])?$")


def _which_project_more(p: Parse, taken: list[bool]) -> None:
    """"它哪个项目钱多": asked over a set of projects, the one with the most (least) money, as with 最."""
    m = _WHICH_PROJECT_MORE.search(p.text)
    if m is None or any(c in p.concepts for c in ("max", "min", "compare")) \
            or sum(1 for x in p.mentions if x.of("project")) >= 2 or not _claim(taken, m.start(1), m.end(1)):
        return
    p.concepts["max" if m.group(1) in "多高大" else "min"] = [(m.start(1), m.end(1))]


_OTHERS = ("其他", "其它", "其余", "另外", "剩下", "剩余", "别的")
_THING_HAS = re.compile(r"(?:一共|总共|共)?有$")


def _thing_before_counted(p: Parse, kb: KnowledgeBase, start: int, rest: str) -> bool:
    """"律师有几个" after 法律顾问经费: a thing said right before 有, the question ending at 几个, that names a project
    only as a word of its texts (律师 of 聘请法律顾问专项经费, not a part of its name) is what is counted — never the
    project's indicators; the knowledge base's own things (项目, 指标, 单位 …) and a project said by its name stay."""
    if rest.strip("呢啊吗呀？?"):
        return False
    said = mention_before_has(p, start)
    return said is not None and bool(said.of("project")) and not said.text.endswith(_KIND_WORDS) and all(
        compact(said.text) not in compact(kb.projects[r.id].name) for r in said.of("project") if r.id in kb.projects)


def mention_before_has(p: Parse, start: int) -> Mention | None:
    """The one thing named right before 有 that precedes a count at start ("律师有几个"), or None."""
    has = _THING_HAS.search(p.text[:start])
    said = [m for m in p.mentions if has is not None and m.end == has.start()]
    return said[0] if len(said) == 1 else None


_ADDED_UP_AFTER = re.compile(r"^项目.*(?:加起来|加在一起|合起来)(?:一共|总共)?(?:是|有)?多少")


_LEVEL_SAID = re.compile(r"[一二三]级(?=指标)")


def _counted_things(p: Parse, kb: KnowledgeBase) -> None:
    """"几个律师", "多少个保安": a count of things (a quantity), not of projects or indicators.
    "这几个项目加起来": a pointer at things already in view, not a question of how many."""
    for start, end in list(p.concepts.get("count", [])):
        # "其他几个项目加起来多少": the projects left over, pointed at; how much they make is what is asked.
        rest_of = p.text[:start].endswith(_OTHERS) and any(c in p.concepts for c in ("total", "how_much", "amount"))
        # "申报表几个项目2026年加起来多少": the projects counted are added up; their sum is what is asked
        rest_of = rest_of or bool(_ADDED_UP_AFTER.search(p.text[end:])) and any(s >= end for s, _ in p.concepts.get("total", []))
        if start and (p.text[start - 1] in "这那" or rest_of) and not p.text[end:].startswith(("吗", "呀", "？")):
            p.concepts["count"].remove((start, end))
            p.concepts.setdefault("refer", []).append((start - 1, end))
            continue
        if not p.text[start:end].endswith("个"):
            continue
        rest = p.text[end:]
        if _thing_before_counted(p, kb, start, rest):
            p.concepts["count"].remove((start, end))  # "律师有几个": how many of a thing, not of the indicators
            p.concepts.setdefault("quantity", []).append((start, end))
            continue
        # "几个项目", "几个指标" count the knowledge base's own things; "信访超市有几个单位进驻" (a project
        # named) counts organisations its texts may name, not departments nor its indicators.
        # ("几个三级指标", "几个二级指标": a level of the indicators' hierarchy said before them counts at that level)
        at = end + (len(level.group()) if (level := _LEVEL_SAID.match(rest)) else 0)
        starts_concept = any(s in (end, at) for c, spans in p.concepts.items() if c not in ("unit",) for s, _ in spans)
        of_project = rest.startswith(("单位", "部门")) and any(m.of("project") for m in p.mentions)
        if len(rest) >= 2 and (of_project or not rest.startswith(_KIND_WORDS) and not starts_concept) and not any(
                m.start == end and (m.of("category") or m.of("indicator")) for m in p.mentions):
            p.concepts["count"].remove((start, end))
            p.concepts.setdefault("quantity", []).append((start, end))
    if "count" in p.concepts and not p.concepts["count"]:
        del p.concepts["count"]
    _how_many_of_a_noun(p, kb)
    _how_many_of_a_kind(p)


def _how_many_of_a_kind(p: Parse) -> None:
    """"效益指标有多少", "满意度指标一共有多少": 有多少 right after a category of indicators, ending the question,
    counts them; a project or indicator named keeps it a value, and so does 是多少 (a value, of which project)."""
    if any(m.of("project") or m.of("indicator") for m in p.mentions):
        return
    ends = {m.end for m in p.mentions if m.of("category")}
    for start, end in list(p.concepts.get("how_much", [])):
        # (有 said: "满意度指标是多少" asks a value, of which project; "有多少" how many there are)
        before = p.text[:start].removesuffix("有").removesuffix("一共").removesuffix("总共").removesuffix("共")
        had = "有" in p.text[len(before):end]
        if not had or len(before) not in ends or p.text[end:].strip("呢吗啊呀？?个"):
            continue
        p.concepts["how_much"].remove((start, end))
        if not p.concepts["how_much"]:
            del p.concepts["how_much"]
        p.concepts.setdefault("count", []).append((start, end))


def _how_many_of_a_noun(p: Parse, kb: KnowledgeBase) -> None:
    """"信访局有多少律师": 多少 right before a word for a project that is no money and no part of its name (律师
    for 法律顾问), which ends the question, asks how many of that thing (a quantity), never the project's money."""
    for start, end in list(p.concepts.get("how_much", [])):
        named = [m for m in p.mentions if m.start == end and m.of("project") and not m.of("indicator")]
        if not p.text[start:end].endswith("多少") or len(named) != 1 or _MONEY_NAMED.search(named[0].text) \
                or p.text[named[0].end:].strip("呢吗啊呀？?") or any(
                    named[0].text in compact(kb.projects[r.id].name) for r in named[0].of("project") if r.id in kb.projects):
            continue
        p.concepts["how_much"].remove((start, end))
        if not p.concepts["how_much"]:
            del p.concepts["how_much"]
        p.concepts.setdefault("quantity", []).append((start, end))


_MONEY_NAMED = re.compile(r"经费|资金|费|款|钱|预算|金|项目")


# (the measure word said with the number is held too: "12次" is not the 12 of "12个" nor of "2026年12月底前")
_VALUE_HOLDS = re.compile(r"(?:里|中|里面|当中)?(?:有|是|为|等于|达到|含|写着)?(?:[≥≤><]|大于等于|不少于|不低于)?"
                          r"([0-9]+(?:\.[0-9]+)?(?:个工作日|工作日|个月|小时|人次|[次个人件台家所场天辆套户批期名位宗座处篇册])?)")
# "时限是15个工作日的有哪些": a value said with its measure, then which ones (no value word before it)
_VALUE_LISTED = re.compile(r"(?:时限|期限|时间|用时|标准|要求|目标)?(?:是|为|等于|达到)([0-9]+(?:\.[0-9]+)?(?:个工作日|工作日|个月|小时|分钟|天|日|次|个|人次|场|台|家))"
                           r"的(?:指标)?(?:有)?(?:哪些|哪几个|哪几项|是哪些|有几个)")


def _whole_of_a_share(p: Parse) -> None:
    """"疾控中心占卫健局项目支出的比例": a total word (项目支出) between 占 and the share word names the whole the
    share is of, no sum asked of the things named. Two projects named there are the sum that is the whole
    ("A占A和B合计的百分之几"): the total word stays."""
    shares = sorted(p.concepts.get("share", []))
    marks = [a for a, b in shares if p.text[a:b] == "占"]
    if not marks or not p.concepts.get("total"):
        return
    ends = [a for a, _ in shares if a > marks[0]]
    summed = {r.id for m in p.mentions if ends and marks[0] < m.start < ends[0] for r in m.of("project")}
    if ends and len(summed) < 2:
        p.concepts["total"] = [(a, b) for a, b in p.concepts["total"] if not marks[0] < a < ends[0]]
        if not p.concepts["total"]:
            del p.concepts["total"]


# "它的时效指标完成了吗", "完成没": whether it was done, asked by 完成 said last with a question particle (the
# particle is a filler, gone from the text read, so the vocabulary's "完成了吗" never meets it)
_DONE_LAST = re.compile(r"完成(?:了)?(?:吗|么|没有?|没|不)[?？。!！\s]*$")


def _done_asked_last(p: Parse, taken: list[bool], question: str) -> None:
    """完成 said last in a question ending in a particle asks whether it was done: the completion concept."""
    if "completion" in p.concepts or not _DONE_LAST.search(question) or not p.text.endswith("完成"):
        return
    at = len(p.text) - 2
    if any(taken[at:]):
        return
    p.concepts["completion"] = [(at, len(p.text))]
    taken[at:] = [True, True]


def _value_holds(p: Parse, taken: list[bool]) -> None:
    """"指标值里有100%的", "目标值是15次的", "时限是15个工作日的有哪些": a filter on the indicators' values (the
    number said right after a value word, or with its measure before asking which), not an amount and not
    to be dropped."""
    # ("年度指标值是100%的有哪些": the value word inside the kind of value said, 年度指标值)
    ends = [end for _, end in p.concepts.get("value", [])] + [
        end for c in ("annual", "period") for _, end in p.concepts.get(c, []) if p.text[end - 1:end] == "值"]
    found = [m for end in sorted(ends) if (m := _VALUE_HOLDS.match(p.text, end))]
    m = found[0] if found else _VALUE_LISTED.search(p.text)
    if m is None:
        return
    p.value_has = m.group(1)
    if found and "value" not in p.concepts:  # (the 值 of 年度指标值 asks values as its own value word would)
        p.concepts["value"] = [(m.start() - 1, m.start())]
    p.amounts = [a for a in p.amounts if not (a.start <= m.start(1) < a.end)]
    if not p.rank_explicit and p.rank_n is not None and re.match(rf"{p.rank_n}个", m.group(1)):
        p.rank_n = None  # "15个工作日": the value's number, no count of items to rank
    # (its measure, 工作日, is no word to find; nor the kind of value said before it, 时限)
    start = m.start(1) if found else m.start()
    taken[start:m.end(1)] = [True] * (m.end(1) - start)


_ORG_UNIT_BEFORE = re.compile(r"(?:二级|三级|下属|下面|下级|所属|预算|事业|行政|科室|基层)$")


def _organisation_units(p: Parse) -> None:
    """"有几个二级单位", "下属单位有哪些": 单位 is an organisation there, not a unit of measure."""
    spans = p.concepts.get("unit")
    if not spans:
        return
    for start, end in list(spans):
        if p.text[start:end] == "单位" and _ORG_UNIT_BEFORE.search(p.text[:start]):
            spans.remove((start, end))
    if not spans:
        del p.concepts["unit"]


_PART_OF = ("占", "比例", "比重", "份额", "几成")


def _percent_asked(p: Parse) -> None:
    """"满意度要达到百分之多少": a value written as a percentage, not a share of a whole. A percentage
    word is a share only when a part-of word says so ("占", "比例") or nothing else is asked about
    (no indicator, no category, no target word)."""
    spans = p.concepts.get("share")
    if not spans or any(p.text[a:b].startswith(_PART_OF) for a, b in spans) or "占" in p.text:
        return
    if p.has("value") or any(m.of("indicator") or m.of("category") for m in p.mentions):
        p.concepts.setdefault("value", []).extend(spans)
        del p.concepts["share"]


def _read_modifiers(p: Parse, taken: list[bool], vocab, led: dict[str, tuple[str, ...]] | None = None) -> None:
    """Years and the words that change what is asked ("去年", "人均", "每月"): never ignored. (A year opening a
    row's name said, "2019年专项债券七期" of 2019年某省政府专项债券（七期）, is the name's: led, the knowledge base's
    year-led names.)"""
    text = p.text
    for m in _YEAR.finditer(text):
        if led and text[m.end() - 1:m.end()] == "年" and opens_a_name(text, m.start(), m.group(1), led):
            _claim(taken, m.start(), m.end())  # (no year asked, nor a figure)
            continue
        if not any(taken[m.start() : m.end()]):
            p.years.append(int(m.group(1)))
            _claim(taken, m.start(), m.end())
    inert = [False] * len(text)  # (以前年度: the 前年 inside is no modifier)
    for word in vocab.not_modifiers:
        for start in said_at(word, text) if word in text else ():
            inert[start:start + len(word)] = [True] * len(word)
    for words, found in ((vocab.modifiers, p.modifiers), (vocab.unheld, p.unheld)):
        at: list[tuple[int, str]] = []
        for word in words:
            if word not in text:  # most questions say none of them: no pattern built for those
                continue
            for start in said_at(word, text):
                if not any(inert[start:start + len(word)]) and _claim(taken, start, start + len(word)):
                    at.append((start, word))
        found.extend(word for _, word in sorted(at))  # in the order the question says them
    if "月" in text:
        _read_month_spans(p, taken)
    if "个" in text:
        _read_per_item(p, taken)


# "1-10月花了多少", "1到9月支出", "一至三月": a span of months, a part of the year as much as 上半年 is; a table of
# whole-year figures does not hold it (a monthly table's labels, 1-10月累计支出, are the facts' to read)
_MONTH_SPAN = re.compile(r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*(?:-|—|–|~|～|至|到)\s*"
                         r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份)?(?![底末初中])")


def _read_month_spans(p: Parse, taken: list[bool]) -> None:
    for m in _MONTH_SPAN.finditer(p.text):
        if not any(taken[m.start():m.end()]) and (m.start() == 0 or not p.text[m.start() - 1].isdigit()):
            p.modifiers.append(m.group(0))
            _claim(taken, m.start(), m.end())


# "每个村卫生室改造多少钱", "单个站点投入多少": money per thing of a project, which the tables never print
# (only the project's whole); 每个项目 / 每个单位 ask each of the table's own items instead.
_PER_ITEM = re.compile(r"(?:每一?个|单个)(?!项目|单位|部门|指标|科室|处室|类|人|月)([\u4e00-\u9fff]{2,6}?)"
                       r"(?=改造|建设|购置|维修|补助|补贴|花|要花|需要|投入|投资|平均|的钱|经费|预算|资金|多少)")
_MONEY_AFTER = re.compile(r"多少钱|多少万|花多少|花了多少|投入多少|投资多少|经费|预算|资金|钱")


def _read_per_item(p: Parse, taken: list[bool]) -> None:
    for m in _PER_ITEM.finditer(p.text):  # (the thing counted may be a word of the project's name)
        if not any(taken[m.start():m.start(1)]) and _MONEY_AFTER.search(p.text, m.end()):
            p.modifiers.append(m.group(0))
            _claim(taken, m.start(), m.start(1))


_WHOLE_YEAR = ("一年", "全年", "每年", "年度", "今年", "本年", "一整年")
# a cost (保洁费, 维修费用) or the money of a thing (工程款: a two-character noun before 款, not 拨款 nor 款级)
_SUB_ITEM = re.compile(r"([\u4e00-\u9fff]{1,4}?)(?:费用|费)|([\u4e00-\u9fff]{2})款(?![级项])")


def _read_sub_items(p: Parse, taken: list[bool], vocab, kb: KnowledgeBase) -> None:
    """"信访超市保洁费": a cost named beside a project, other than the project's own name said in other
    words ("运行费" of 日常运行经费), is a part the table may not break down: it changes what is asked, so
    it is never answered with the project's whole amount."""
    if "费" not in p.text and "款" not in p.text:  # (no cost said: the projects' names are not read)
        return
    named = None  # the projects' names, read at the first cost said (a common name is thousands of refs)
    concept_words = concept_word_set(vocab)
    for start, end in _runs(taken):
        for m in _SUB_ITEM.finditer(p.text, start, end):
            if named is None:
                named = "".join(kb.project_names(p.refs("project")))
            if not named:
                return
            if m.group(2):
                _read_money_of_a_part(p, taken, m, named, kb)
                continue
            word, stem = m.group(0), m.group(1).removeprefix("的")
            if word.endswith(tuple(vocab.not_costs)):
                continue  # ("老年人免费坐公交": free, no cost)
            # "一年运行费", "全年运行费": the year said before the cost is the whole year, not a part.
            year_word = next((w for w in _WHOLE_YEAR if stem.startswith(w) and len(stem) > len(w)), "")
            if year_word and all(ch in named for ch in stem[len(year_word):]):
                continue
            if not stem or word in concept_words or stem in concept_words or all(ch in named for ch in stem) \
                    or re.search(r"哪|什么|啥", stem) \
                    or word.endswith("经费") or _cost_word_typed_by_sound(stem, word, named) \
                    or _name_word_typed_by_sound(stem, named) \
                    or _an_indicators_words(p, kb, word[len(m.group(1)) - len(stem):]):
                continue  # ("…经费" is the whole's own word: "法律顾闻经费", a typo of a name)
            p.modifiers.append(word[len(m.group(1)) - len(stem):])
            _claim(taken, m.start(), m.end())


def _cost_word_typed_by_sound(stem: str, word: str, named: str) -> bool:
    """"信访工作径费": the cost word the named project's name ends its words with (经费) typed with another character
    of its sound (径 for 经, pinyin input), the rest of the stem words of the name: the name's own word, no part."""
    if not word.endswith("费") or word.endswith("费用") or not stem:
        return False
    head, last = stem[:-1], stem[-1]
    return all(ch in named for ch in head) and any(
        named[i + 1] == "费" and named[i] != last and sounds_alike(named[i], last) for i in range(len(named) - 1))


def _name_word_typed_by_sound(stem: str, named: str) -> bool:
    """"公务用车够置费": the stem is a word of the named project's name (购置) with one character typed by another of
    its sound (够 for 购, pinyin input): the name's own word said with a typo, no part the table does not hold."""
    size = len(stem)
    if size < 2:
        return False
    for i in range(len(named) - size + 1):
        piece = named[i:i + size]
        off = [k for k in range(size) if piece[k] != stem[k]]
        if len(off) == 1 and sounds_alike(piece[off[0]], stem[off[0]]):
            return True
    return False


def _read_money_of_a_part(p: Parse, taken: list[bool], m: re.Match[str], named: str, kb: KnowledgeBase) -> None:
    """"高标准农田建设工程款": the money of a thing (a noun of two characters before 款) said beside a project whose
    name does not hold it is a part the table does not break down, like a cost (工程款 is no 前期工作经费)."""
    stem = m.group(2)
    if all(ch in named for ch in stem) or kb.segmenter.cut(stem) != [stem] \
            or not kb.segmenter.tags.get(stem, "").startswith("n") or stem + "款" in concept_word_set(kb.vocab):
        return
    p.modifiers.append(stem + "款")
    _claim(taken, m.start(), m.end())


def _an_indicators_words(p: Parse, kb: KnowledgeBase, word: str) -> bool:
    """"龙舟赛带动消费指标值": a word ending in 费 whose characters an indicator of the one project named holds
    (赛事期间带动住宿餐饮消费) names that indicator in other words; it is no cost the table does not break down.
    With no project named (a follow-up: "→ 带动消费实施周期指标值"), some indicator's name must hold them."""
    pids = {int(r.key) for refs in p.refs("project") for r in refs}
    if not pids:
        return kb.indicator_name_holds((word[-2:], *word[:-2]))
    if len(pids) != 1:
        return False
    lo, hi = kb.project_span(pids.pop())
    return any(word[-2:] in name and all(ch in name for ch in word)
               for i in range(lo, hi + 1) if (name := kb.indicator_name.get(i, "")))


def _read_numbers(p: Parse, taken: list[bool], vocab) -> None:
    text = p.text

    def free(m: re.Match) -> bool:
        return not any(taken[m.start() : m.end()])

    if m := _ONLY_NUMBER.match(text):
        p.ordinal = small_number(m.group(1))
        _claim(taken, 0, len(text))
        return
    for m in filter(free, _FROM_END.finditer(text)):
        # "倒数第二" is the second from the bottom: ascending order, that place.
        p.rank_offset = small_number(m.group(1))
        p.rank_explicit = True
        p.concepts.setdefault("asc", []).append((m.start(), m.end()))
        _claim(taken, m.start(), m.end())
    for m in filter(free, _TOP_N.finditer(text)):
        p.rank_n = small_number(m.group(2))
        p.rank_explicit = True
        if m.group(1) == "后":  # "后两名": the last ones, from the bottom
            p.concepts.setdefault("asc", []).append((m.start(), m.start(2)))
            _claim(taken, m.start(), m.start(2))
        _claim(taken, m.start(2), m.end())  # "最少的两个" keeps 最少 for the concept stage
    for m in filter(free, _RANK_PLACE.finditer(text)):
        p.rank_offset = small_number(m.group(1))
        p.rank_explicit = True
        _claim(taken, m.start(), m.end())
    for m in _ORDINAL.finditer(text):
        if any(taken[m.start() : m.end()]):
            continue
        value = small_number(m.group(1))
        if m.group(2) and m.group(2) in "多少高低大小贵":
            p.rank_offset = value
            p.rank_explicit = True
            _claim(taken, m.start(), m.end(1))  # keep 多/少 for the max/min concept
            p.concepts.setdefault("max" if m.group(2) in "多高大贵" else "min", []).append((m.end(1), m.end()))
            _claim(taken, m.end(1), m.end())
        else:
            p.ordinal = value
            _claim(taken, m.start(), m.end())
    for amount in find_numbers(text):
        if any(taken[amount.start : amount.end]):
            continue
        # A count of items ("两个项目", "几个") is not an amount.
        after = text[amount.end : amount.end + 1]
        if not amount.has_unit and after == "月" and _month_said(p, amount):
            p.modifiers.append(p.text[amount.start:amount.end + 1])  # "10月实际支出": a month, no whole year
            _claim(taken, amount.start, amount.end + 1)
            continue
        if not amount.has_unit and after in ("个", "项", "条", "名", "位", "年", "月", "次", "级", "宗", "辆", "人"):
            if after in ("个", "项") and p.rank_n is None:
                p.rank_n = int(amount.value) if amount.value == int(amount.value) else None
            if amount.raw[0].isdigit() or amount.value >= 2:  # "一次", "一个" are ordinary words
                _claim(taken, amount.start, amount.end + 1)  # a count ("20名", "两个"), not an unknown word
            continue
        if not amount.has_unit and not amount.raw[0].isdigit() and len(amount.raw) == 1:
            continue  # 一共, 一下, 二级, 十分 …: a lone Chinese numeral without a unit is a word
        p.amounts.append(amount)
        _claim(taken, amount.start, amount.end)


_MONTH_AS_TIME = re.compile(r"底|末|初|中|前|内|以内|以前|之前|份|止|至|到|-|—|~")  # a date or a span, not the month's figures


def _month_said(p: Parse, amount: AmountMention) -> bool:
    """"江山卫健局10月实际支出": a month said by its number, of the figures asked, not a date a value holds ("6月底前")
    nor a span ("1-10月", "10月份": read as such elsewhere). A table of whole-year figures has none: the month is a
    word that changes what is asked (a modifier); a monthly table's labels (10月实际) are read by the facts."""
    return 1 <= amount.value <= 12 and amount.value == int(amount.value) \
        and not _MONTH_AS_TIME.match(p.text, amount.end + 1) \
        and not (amount.start and p.text[amount.start - 1] in "-—~至到")


_PERCENT_SAID = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*[%％]")


def _is_percent(p: Parse, a: AmountMention) -> bool:
    return a.raw in p.percents or p.text[max(0, a.start - 3):a.start] == "百分之"


def _fix_bounds(p: Parse) -> None:
    """Read comparison words around amounts into a filter; "最多10万" is a bound, not a superlative."""
    if not p.amounts:
        return
    text = p.text
    ops: list[tuple[str, AmountMention]] = []
    for a in p.amounts:
        op = None
        for concept in ("gt", "ge", "lt", "le"):
            for s, e in p.concepts.get(concept, []):
                # The comparison word sits just before the amount, or just after it (以上/以下).
                if 0 <= a.start - e <= 2 or 0 <= s - a.end <= 1:
                    op = concept
        for concept in ("max", "min"):
            for s, e in list(p.concepts.get(concept, [])):
                if 0 <= a.start - e <= 1:  # 最多10万 -> at most; 最少10万 -> at least
                    op = "le" if concept == "max" else "ge"
                    p.concepts[concept].remove((s, e))
        op = op or _than_bound(text, a)
        ops.append((op or "", a))
    first_op = next(((op, a) for op, a in ops if op), None)
    if first_op and _is_percent(p, first_op[1]) and (p.has("value", "indicator") or any(
            m.of("indicator") or m.of("category") for m in p.mentions)):
        # "满意度指标值低于90%的": a bound on the indicators' values, never an amount of money
        p.value_bound = (first_op[0], first_op[1].value)
        p.amounts = [a for a in p.amounts if a is not first_op[1]]
        return
    between = p.has("between") and len(p.amounts) >= 2
    if between:
        lo, hi = sorted((p.amounts[0].value, p.amounts[1].value))
        p.amount_filter = ("between", lo, hi)
        return
    first = next(((op, a) for op, a in ops if op), None)
    if first:
        p.amount_filter = (first[0], first[1].value, None)
    elif any(a.has_unit for a in p.amounts) and not text.startswith(("第",)):
        a = next(a for a in p.amounts if a.has_unit)
        p.amount_filter = ("eq", a.value, None)


_THAN_MORE = ("多", "高", "大", "贵")
_THAN_LESS = ("少", "低", "小", "便宜")


def _than_bound(text: str, a: AmountMention) -> str | None:
    """"比六十万多", "比50万元还高": 比 + amount + a comparative is a strict bound, not equality."""
    if text[max(0, a.start - 2) : a.start].rfind("比") < 0:
        return None
    rest = text[a.end : a.end + 4].lstrip("元")
    for lead in ("还要", "还", "要", "更"):
        if rest.startswith(lead):
            rest = rest[len(lead) :]
            break
    word = next((w for w in _THAN_MORE + _THAN_LESS if rest.startswith(w)), None)
    if word is None or rest[len(word) :].startswith(("多少", "了", "几")):
        return None  # "比六十万多多少" asks a difference, not which ones
    return "gt" if word in _THAN_MORE else "lt"


def _runs(taken: list[bool]) -> list[tuple[int, int]]:
    out, start = [], None
    for i, t in enumerate(taken + [True]):
        if not t and start is None:
            start = i
        elif t and start is not None:
            out.append((start, i))
            start = None
    return out


def _apart_from_own_level(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"森林防灭火（本级）的呢": 本级 (the department's own level) is a run of its own, no piece of the name
    before it (森林防灭火本级 is not the indicator 森林防灭火工作成本)."""
    out = []
    for start, end in runs:
        at = text.find("本级", start, end)
        while at >= 0:
            if at > start:
                out.append((start, at))
            out.append((at, at + 2))
            start = at + 2
            at = text.find("本级", start, end)
        if start < end:
            out.append((start, end))
    return out


# What ends an organisation's name read back from its suffix ("湛江哪个人社局": 人社局)
_NAME_BREAKS = " 的和与跟是在及或了这那个哪谁占比"
# A year said by its number right before an organisation's name ("2026年农业农村局", "26年度"). (A year said
# relative to now, 去年, is left to the steps that read it: no table states which year is this one.)
_YEAR_BEFORE_NAME = re.compile(r"(?:19|20)?\d{2}年度?")


def _bureau_word_before_project(p: Parse, taken: list[bool], kb: KnowledgeBase) -> None:
    """"应急项目2026年一般公共预算拨款多少": a bureau's word (应急 of 温岭市应急管理局) that names of projects hold
    too (应急指挥平台运维经费), so it is no form of its own, said alone right before 项目: that department's
    project, as 应急局项目 says; never when a name reads the word."""
    bureaus = getattr(kb, "bureau_words", None) or {}
    for word, depts in bureaus.items():
        for at in said_at(word, p.text) if word in p.text else ():
            end = at + len(word)
            if any(taken[at:end]) or not PROJECT_AFTER_BUREAU.match(p.text, end) \
                    or at > 0 and not taken[at - 1] and "\u4e00" <= p.text[at - 1] <= "\u9fff":
                continue  # (a word run on from before it, 基层应急…, is no bureau said)
            p.mentions.append(Mention(at, end, word, {Ref("department", d) for d in sorted(depts)}))
            _claim(taken, at, end)


def _unknown_departments(p: Parse, kb: KnowledgeBase, taken: list[bool]) -> None:
    """An organisation named in the question that is not loaded ("教育局", "天河区信访局")."""
    text = p.text
    known = [m for m in p.mentions if m.of("department")]
    names = [m for m in p.mentions if m.of("project") or m.of("indicator")]
    units: list[tuple[int, int, list]] | None = None  # a unit or a block's 主管部门 said: loaded, not unknown
    for suffix in kb.vocab.department_suffixes:
        if suffix not in text:  # (no pattern built for a word not said)
            continue
        for m in re.finditer(re.escape(suffix), text):
            if any(k.start <= m.start() < k.end for k in names):
                continue  # "社会大局", "树立区委…": part of a known name
            end = m.end()
            if not _ends_organisation(text, end):
                continue  # 局长, 委员, 委托 … are not organisations
            start = end
            ends = {k.end for k in names}  # "政府雇员工资经费占信访局": a known name said before ends it
            while start > 0 and end - start < 10 and text[start - 1] not in _NAME_BREAKS \
                    and start not in ends:  # "湛江哪个人社局": 人社局
                start -= 1
            if start == m.start() and (before := _loose_name_before(kb, names, text, start, end)) is not None:
                start = before  # "瑞安市教育局": 教育 found loosely in 宣传教育培训经费 is the bureau's word
                while start > 0 and end - start < 10 and text[start - 1] not in _NAME_BREAKS \
                        and not any(k.start <= start - 1 < k.end for k in known):
                    start -= 1
            if (year := _YEAR_BEFORE_NAME.match(text, start)) is not None and year.end() < m.start():
                start = year.end()  # "26年农业农村局": the year narrows the tables, it is no part of the name
            name = text[start:end]
            if any(s <= m.start() < e for s, e in p.self_reference):
                continue  # "我们局", "局里"
            if len(name) <= len(suffix) or name[: -len(suffix)] in kb.vocab.self_references:
                continue  # "咱局", "本单位": the department being asked about
            dept = next((k for k in known if k.start <= m.start() < k.end), None)
            if dept is not None and dept.start <= start:
                continue  # the whole name is a known department
            if dept is not None:
                prefix = text[start : dept.start]
                if _level_apart(kb, prefix, dept):  # "市信访局" when only 广州市白云区信访局 is loaded: another bureau
                    p.unknown_departments.append(name)
                    p.other_levels.append(name)
                    _content_word_of_the_name(p, start, end)
                    continue
                if any(kind in prefix for kind in (*kb.vocab.table_kinds, *kb.title_kinds)):
                    continue  # "项目绩效目标表里林业局", "政府采购里市监局": a kind of table said before a known department
                if prefix and any(prefix in str(r.key) for r in dept.of("department")):
                    continue  # "白云区" + "信访局": part of a known name
                if prefix in kb.vocab.stopwords or prefix in kb.vocab.regions or all(any(a <= i < b for spans in p.concepts.values() for a, b in spans)
                                                        for i in range(start, dept.start)):
                    continue  # "列出水务局…", "请问水务局…", "甘肃渭源水利局": no other organisation
            units = kb.units_said(text, None) if units is None else units
            if any(a <= m.start() < b for a, b, _ in units):
                continue  # "汪清民政局那个项目": the 主管部门 of a project of a loaded table
            if _row_of_the_place_said(kb, text, end, known, start):
                continue  # "长兴县委办公室": the row 县委办公室 of 长兴县's table of its departments
            if _printed_owner(kb, text, name, suffix) or _owner_said_short(kb, text, start, end) \
                    or _owner_value_form(kb, name) or name in _column_owner_forms(kb):
                continue  # "醴陵水利局" of 醴陵市's 政府性基金 table printing 醴陵市水利局 as a line's 主管部门
            if not _misspelt_department(p, kb, taken, start, end):
                p.unknown_departments.append(name)
                _content_word_of_the_name(p, start, end)


def _unit_kind_after_a_department(p: Parse, kb: KnowledgeBase) -> None:
    """"仙居县市场监管所": a loaded department said short (市场监管, of 仙居县市场监督管理局) and right after it a unit's
    kind ([asking_words.units] kinds: 所, 站, 中心, 队 …) its own name does not end in — another organisation (the
    bureau's 市场监管所 in a town), not loaded: the question is about it, never answered with the bureau's figures.
    Not when a loaded unit is said there (汪清民政局 … a project's 主管部门), nor when the kind goes on into a word."""
    if p.unknown_departments:
        return
    kinds = sorted(kb.vocab.asking_words.get("units", {}).get("kinds", ()), key=len, reverse=True)
    text = p.text
    for m in p.mentions:
        names = [compact(str(r.key)) for r in m.of("department")]
        if not names or m.end >= len(text):
            continue
        kind = next((k for k in kinds if text.startswith(k, m.end)), None)
        if kind is None or any(name.endswith(kind) or kind in name[len(name) - 4:] for name in names) \
                or any(compact(m.text).endswith(o) for o in kb.vocab.department_suffixes):
            continue
        end = m.end + len(kind)
        if any(len(w) > len(kind) and text.startswith(w, m.end) for w in words_from(kind[0])):
            continue  # ("渝中所有指标", "市场监管所属单位", "中心城区": the kind begins another word)
        if any(a <= m.start < b for a, b, _ in kb.units_said(text, None)):
            continue
        p.unknown_departments.append(text[m.start:end])
        return


def _level_apart(kb: KnowledgeBase, prefix: str, dept: Mention) -> bool:
    """Whether the words said right before a loaded department's short name end in a level of government
    ([place_levels]: "市" of "市信访局", "广州市" of "广州市信访局") that none of the departments it names is of: their
    own level is the level of the place their full name says right before that short name (区 of 广州市白云区信访局),
    or the last place it says. Another level's bureau is another department, not loaded."""
    names = [str(r.key) for r in dept.of("department")]
    said = _level_said(kb.vocab.place_levels, prefix, names)
    if not said:
        return False
    owns = {own_level(name, dept.text, kb.vocab.place_levels) for name in names}
    return "" not in owns and said not in owns


def _level_said(groups: list[str], prefix: str, names: list[str]) -> str:
    """The level (its group's first form) a run of words said before a department's name ends in, the words before
    the level none or a place of the names (广州 of 广州市; never 我 of 我市); else ""."""
    for group in groups:
        forms = group.split("/")
        for form in forms:
            place = prefix[: -len(form)]
            if prefix.endswith(form) and (not place or any(place in compact(name) for name in names)):
                return forms[0]
    return ""


def own_level(name: str, short: str, groups: list[str]) -> str:
    """The level of government a department is of (the first form of its [place_levels] group): the level word right
    before its short name in its full name, else the last level ending a place its name begins with; "" if none."""
    full = compact(name)
    level_of = {form: g.split("/")[0] for g in groups for form in g.split("/") if len(form) == 1}
    at = full.find(short)
    if at > 0 and full[at - 1] in level_of:
        return level_of[full[at - 1]]
    body = full[2:] if full.startswith("中共") else full
    found = ""
    for _ in range(3):  # (province, city, district: each a place of two to six characters and its level)
        m = next((m for n in range(2, 7) if (m := re.match(rf"[^{''.join(level_of)}]{{{n}}}", body))
                  and body[n : n + 1] in level_of), None)
        if m is None:
            break
        found, body = level_of[body[m.end()]], body[m.end() + 1 :]
    return found


def _content_word_of_the_name(p: Parse, start: int, end: int) -> None:
    """A one-character content word read inside an organisation's name not loaded ("城管局": 管) is a character of
    that name, not "是管…" asked: the name stays the organisation not loaded. (A longer one, 包括 of "哪个项目包括人社局",
    is the question's own word the name was read back over.)"""
    spans = p.concepts.get("content")
    if spans:
        kept = [(a, b) for a, b in spans if not (start <= a < b <= end and b - a == 1)]
        if kept:
            p.concepts["content"] = kept
        else:
            del p.concepts["content"]


_PLACE_ROWS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _row_of_the_place_said(kb: KnowledgeBase, text: str, end: int, known: list, start: int) -> bool:
    """Whether an organisation said after a loaded place ("长兴县" + "委办公室") is a row of that place's own table
    of its departments, printed in the county's short form (县委办公室, its level character shared): that row is
    said, not an organisation not loaded. The row covers the name said to its end (县委办 stays unread)."""
    for k in known:
        if not start <= k.start < k.end < end:
            continue
        for ref in k.of("department"):
            place = str(ref.key)
            if not re.search(r"[省市区县州旗]$", place):
                continue
            heads = _PLACE_ROWS.setdefault(kb, {})
            if place not in heads:
                from bot.store import queries as query  # (only on this rare path)

                heads[place] = tuple(h for x in query.general_row_heads_of(kb.conn, place)
                                     if len(h := _line_owner(x)) >= 3)
            for at in (k.end - 1, k.end):
                if any(text.startswith(h, at) and at + len(h) >= end for h in heads[place]):
                    return True
    return False


def _loose_name_before(kb: KnowledgeBase, names: list, text: str, at: int, end: int) -> int | None:
    """Where a project or indicator word said right before an organisation suffix begins, when no name it was
    found in prints it with that suffix ("教育" of 宣传教育培训经费 before 局: the bureau 教育局 is said); None when
    one does ("社会大局" of 维护社会大局稳定) or no such word is there."""
    k = next((k for k in names if k.end == at), None)
    if k is None:
        return None
    said = text[k.start:end]
    held = [kb.projects[r.id].name for r in k.of("project") if r.id in kb.projects] + \
        [kb.indicator_name.get(r.id, "") for r in k.of("indicator")]
    return None if any(said in compact(n) for n in held) else k.start


_OWNERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _owner_values(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Organisations a loaded table prints as a cell's text (a 主管部门 column's 醴陵市水利局) that are no loaded
    department's own name, by their last three characters; read once per knowledge base, when a department not
    loaded is first said."""
    found = _OWNERS.get(kb)
    if found is None:
        from bot.store import queries as query  # (only on this rare path: never on a plain question's)

        ends = tuple(kb.vocab.department_suffixes)
        loaded = [compact(d.name) for d in kb.departments]
        by_end: dict[str, set[str]] = {}
        for r in query.fact_text_values(kb.conn):
            value = compact(str(r["value"]))
            if len(value) >= 5 and value.endswith(ends) and not any(value in n or value.endswith(n) for n in loaded):
                by_end.setdefault(value[-3:], set()).add(value)  # (a loaded department's own name: not an owner)
        found = _OWNERS[kb] = {k: tuple(sorted(v)) for k, v in by_end.items()}
    return found


_OWNER_FORMS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_OWNER_VALUE_FORMS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _owner_value_form(kb: KnowledgeBase, name: str) -> bool:
    """Whether the name said is a short name people use (卫健局, 兰溪卫健局: department_forms) of exactly one
    organisation a loaded table prints as a cell's text (a 项目主管部门 column's 兰溪市卫生健康局): that organisation
    is said, not one not loaded."""
    forms = _OWNER_VALUE_FORMS.get(kb)
    if forms is None:
        forms = {}
        for values in _owner_values(kb).values():
            for v in values:
                for f in set(department_forms(v, kb.vocab.department_abbreviations or None)):
                    if len(f) >= 3:
                        forms[f] = forms.get(f, 0) + 1
        _OWNER_VALUE_FORMS[kb] = forms
    return forms.get(compact(name), 0) == 1


def _owner_said_short(kb: KnowledgeBase, text: str, start: int, end: int) -> bool:
    """Whether the name said at start:end runs on into a short name people use for an organisation a loaded general
    table prints as its line ("县委" of "县委办", 中共阳新县委办公室 a 三公 table's 主管部门): that organisation is
    said, not one not loaded (never a bureau's word alone: 林业局 of 白云区林业局 is not 临湘市林业局)."""
    forms = _owner_forms(kb)
    return any(text[i:j] in forms for i in range(max(0, start - 4), start + 1)
               for j in range(end + 1, min(len(text), end + 4) + 1))  # (its suffix inside the form: 委 of 县委办)


def _owner_forms(kb: KnowledgeBase) -> dict[str, int]:
    """The names people use for the organisations the general tables print as their lines' owners ("龙游县卫生
    健康局小计": 卫健局, 龙游卫健局 …), each with how many of those organisations it names; once per knowledge base."""
    forms = _OWNER_FORMS.get(kb)
    if forms is None:
        forms = _OWNER_FORMS[kb] = line_owner_forms(kb.conn, kb.vocab.department_suffixes,
                                                    kb.vocab.department_abbreviations or None)
    return forms


def line_owner_forms(conn, suffixes: list[str], abbreviations: dict[str, tuple[str, ...]] | None) -> dict[str, int]:
    """The names people use (department_forms) for the organisations the general tables print as their lines'
    owners ("龙游县卫生健康局小计": 卫健局, 龙游卫健局 …), each with how many of those organisations it names."""
    from bot.store import queries as query  # (only on this rare path: never on a plain question's)

    ends = tuple(suffixes)
    heads = {h for x in query.general_row_heads(conn) if len(h := _line_owner(x)) >= 5 and h.endswith(ends)}
    forms: dict[str, int] = {}
    for v in heads:
        for f in department_forms(v, abbreviations):
            if len(f) >= 3:
                forms[f] = forms.get(f, 0) + 1
    return forms


def owner_form_named(forms: dict[str, int], name: str, suffixes: list[str]) -> bool:
    """Whether name is a form of exactly one printed line owner that names an organisation (ends as one does:
    卫健局, 龙游卫健局; never its place alone, 龙游县, which a table of one owner would make its form too)."""
    return forms.get(name, 0) == 1 and name.endswith(tuple(suffixes))


_COLUMN_OWNERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _ends_organisation(text: str, end: int) -> bool:
    """Whether a department's ending said before `end` ends an organisation's name: never 局长, 委员, 委托 …"""
    return text[end : end + 1] not in ("长", "面", "员", "势", "理", "公", "托")


def organisation_said_first(kb: KnowledgeBase, text: str) -> int:
    """Where the organisation a text begins with ends, by a general table's organisation ("县教育局" of its 主管部门
    column) or by its kind's ending after a few words (枫港市教育局), as _unknown_departments finds one (never 局长,
    委员, 委托, nor an ending inside a project's or indicator's name): 0 when it begins with none."""
    ends = [len(f) for f in _column_owner_forms(kb) if text.startswith(f)]
    names = [(a, b) for a, b, _, refs in kb.lexicon.spans(text)
             if any(r.kind in ("project", "indicator") for r in refs)]
    for end in range(2, min(len(text), 16) + 1):
        if not "\u4e00" <= text[end - 1] <= "\u9fff":
            break
        suffix = next((s for s in kb.vocab.department_suffixes if text.endswith(s, 0, end) and end - len(s) in range(1, 9)), "")
        if suffix and _ends_organisation(text, end) and not any(a <= end - len(suffix) < b for a, b in names):
            ends.append(end)
            break
    return max(ends, default=0)


def _column_owner_forms(kb: KnowledgeBase) -> frozenset[str]:
    """The names people use for every organisation a general table prints as the first label of its rows (its
    主管部门 / 采购单位 column: 县教育局, 常山县教育局), short ones too: 教育局, 县教育局, 县市场监管局. Such a bureau is
    held (its rows are), never a department not loaded; which rows it picks the facts engine reads."""
    found = _COLUMN_OWNERS.get(kb)
    if found is None:
        from bot.store import queries as query  # (only on this rare path: never on a plain question's)

        ends = tuple(kb.vocab.department_suffixes)
        abbrev = kb.vocab.department_abbreviations or None
        owners: dict[str, bool] = {}
        for first, second, column in query.general_row_pairs(kb.conn):
            owner = compact(first)
            # (a column of organisations, 主管部门 / 采购单位, over rows of their own; never a department's block of
            # units, 部门名称 › 单位名称 with its 本级 and 小计 lines, whose department stays not loaded)
            held = owner_head(column) and owns_row(owner, second)
            owners[owner] = owners.get(owner, True) and held
        out: set[str] = set()
        for head, held in owners.items():
            if not held or len(head) < 3 or not head.endswith(ends):
                continue
            # (the name from its level on too: 县教育局 of 常山县教育局, never 市教育局)
            for name in level_forms(head):
                out |= {f for f in department_forms(name, abbrev) if len(f) >= 3 and f.endswith(ends)}
        found = _COLUMN_OWNERS[kb] = frozenset(out)
    return found


def read_ahead(kb: KnowledgeBase) -> None:
    """Read the organisations the tables print (_owner_values, _owner_forms: scans of every fact, 70 ms at 96,000
    facts) when the knowledge base opens, so that the first question naming an organisation not loaded does not
    stall on them."""
    _owner_values(kb)
    _owner_forms(kb)
    _column_owner_forms(kb)
    year_led_names(kb, kb.conn)


# "102新昌县教育体育局 小计", "101001新昌县农业农村局（本级）": a line's organisation, its code and its closing word off
_LINE_CODE = re.compile(r"^\d{3,}")
_LINE_CLOSE = re.compile(r"(?:小计|合计|[（(]本级[）)])$")


def _line_owner(label: str) -> str:
    return _LINE_CLOSE.sub("", _LINE_CODE.sub("", compact(label)))


def _printed_owner(kb: KnowledgeBase, text: str, name: str, suffix: str) -> bool:
    """Whether a department said but not loaded ("醴陵政府性基金里水利局") is an organisation a loaded table of a
    place said prints as a line's owner: its bureau (水利局, 农业农村局: two to five characters before the suffix)
    ends such a value, whose place (its first two characters) the question says — or, said alone, ends only one."""
    values = _owner_values(kb)
    for k in range(len(suffix) + 2, min(len(name), len(suffix) + 5) + 1):
        tail = compact(name[-k:])
        owners = [v for v in values.get(tail[-3:], ()) if v.endswith(tail)]
        # (a bureau said alone, "那农业农村局呢": the one organisation printed so)
        if any(v[:2] in text for v in owners) or len(owners) == 1 and k == len(name):
            return True
    return False


# "那于都县的呢" (jieba may cut a place's characters into stopwords), and the same follow-up said again after
# the last question's subject ("普法经费于都县的"): a place of two characters and its kind, alone
_PLACE_ALONE = re.compile(r"(?:那么?|还有)?([\u4e00-\u9fff]{2}[省市县区镇乡])(?:的)?(?:呢)?")
_PLACE_AFTER_NAME = re.compile(r"([\u4e00-\u9fff]{2}[省市县区镇乡])的$")
_NOT_A_PLACE = frozenset("本全我各该每省市县区镇乡级城超其新")


def _unknown_place(p: Parse, kb: KnowledgeBase, taken: list[bool]) -> None:
    """A follow-up naming only a place that no loaded department holds: another place's data, not in the
    knowledge base (never the last question answered again as if the place were the same)."""
    if p.unknown_departments:
        return
    m = _PLACE_ALONE.fullmatch(p.text) or _PLACE_AFTER_NAME.search(p.text)
    if m is None or any(taken[m.start(1):m.end(1)]) or (m.start(1) > 0 and not taken[m.start(1) - 1]
                                                        and m.re is _PLACE_AFTER_NAME):
        return
    place = m.group(1)
    if place[0] in _NOT_A_PLACE or any(place[:-1] in d.name for d in kb.departments) \
            or any(place in shorts for shorts in kb.vocab.department_abbreviations.values()):
        return
    p.unknown_departments.append(place)


def _misspelt_department(p: Parse, kb: KnowledgeBase, taken: list[bool], start: int, end: int) -> bool:
    """An organisation name one character off a loaded department's ("柏川卫建局" for 柏川卫健局): that
    department, when exactly one fits (the whole name, or what follows a place already recognised, within
    that place's departments). Ambiguous, or a known name after an unknown place ("天河区信访局"): not taken."""
    text = p.text
    ending = {str(r.key) for m in p.mentions if m.of("department") and m.end == end and len(m.text) >= 3
              for r in m.of("department")}
    if ending:
        # Ends with a loaded bureau's own name ("天河区信访局"): another place's bureau — unless the place is
        # that bureau's own with one character mistyped ("云袖卫健局" of 云岫县卫生健康局, no other that close).
        whole = text[start:end]
        fits = kb.departments_one_off(whole) if whole not in kb.lexicon.forms else set()
        if len(fits) != 1 or not fits <= ending:
            return False
    known = [m for m in p.mentions if m.of("department") and start <= m.start and m.end < end - 2]
    tries = [(start, None)] + [(m.end, {str(r.key) for r in m.of("department")}) for m in known]
    for k, within in tries:
        said = text[k:end]
        if said in kb.lexicon.forms:
            continue
        fits = kb.departments_one_off(said)
        fits = fits & within if within is not None else fits
        if len(fits) == 1:
            p.mentions = [m for m in p.mentions if not (k <= m.start and m.end <= end)]
            p.mentions.append(Mention(k, end, said, {Ref("department", fits.pop())}, score=90.0))
            p.fuzzy.append((said, said, 90.0))
            for i in range(k, end):
                taken[i] = True
            return True
    return False


_FEE_NAME = re.compile(r"[\u4e00-\u9fff]{3,}(?:费|经费|资金)$")


def _contradicting(p: Parse, kb: KnowledgeBase, chunk: str) -> Callable[[str], bool]:
    """A describing word of names ("运行", "维护") that the project named does not have: "公务用车运行维护费"
    is not 公务用车购置经费; nor, with no project named, one inside a cost's own name ("车辆运行维护费"),
    every describing word of which says what it is."""
    vocab = kb.vocab
    named = [compact(name) for name in kb.project_names(p.refs("project"))]
    question_words = concept_word_set(vocab)
    fee = not named and bool(_FEE_NAME.search(chunk.strip()))

    def contradicts(tok: str) -> bool:
        return (bool(named) or fee) and len(tok) >= 2 and tok in vocab.generic_words and tok not in vocab.stopwords \
            and tok not in question_words and not any(tok in name for name in named)
    return contradicts


def _spending_kinds_whole(p: Parse, taken: list[bool], kb: KnowledgeBase) -> None:
    """A kind of spending said whole ("远安卫健基本支出多少"): a name matched on its first word (基本 of
    基本公共卫生服务项目…) is not what was said; the kind is left unexplained (a table printing it answers it by
    its label), never that project's amount."""
    for term in kb.vocab.spending_kinds:
        for at in said_at(term, p.text) if term in p.text else ():
            inside = [m for m in p.mentions if at <= m.start and m.end < at + len(term)
                      and not any(term in n for n in kb.project_names([m.of("project")], keep=False))]
            _kind_for_the_names_inside(p, taken, inside, term, at)


def _spending_kind_of_a_department(p: Parse, taken: list[bool], kb: KnowledgeBase) -> None:
    """A kind of spending said as a whole of a department ("白云区信访局公用经费合计", "…人员经费一共多少") or as the part
    of a line just shown ("其中人员经费多少"): the department's kind, never the one project whose name holds it
    with a qualifier (政府雇员公用经费, 编外人员经费) — a table printing the kind answers it by its label, and one
    that does not says it cannot. The project's own name said ("政府雇员公用经费合计") is that project still."""
    depts = [m for m in p.mentions if m.of("department")]
    part = re.match(r"(?:那|那么)?其中(?:的)?", p.text)  # "其中人员经费多少": a part of the line just shown
    if not (p.has("total") and depts or part) or sum(1 for m in p.mentions if m.of("project")) != 1:
        return  # (one name said beside others, "工资经费和公用经费一共", is that project's short name)
    for term in kb.vocab.spending_kinds:
        for at in said_at(term, p.text) if term in p.text else ():
            if not any(p.text[d.end:at] in ("", "的") for d in depts) and not (part and part.end() == at):
                continue
            # (the project's words inside the kind said, "人员" of 编外人员经费; a project of that very name stays)
            inside = [m for m in p.mentions if at <= m.start and m.end <= at + len(term) and m.of("project")
                      and not any(r.kind == "department" for r in m.refs)
                      and not any(kb.projects[r.id].name.strip() == term for r in m.refs if r.kind == "project")]
            _kind_for_the_names_inside(p, taken, inside, term, at)


def _kind_for_the_names_inside(p: Parse, taken: list[bool], inside: list, term: str, at: int) -> None:
    """The kind of spending said at `at` read as itself, unexplained (a table printing it answers it by its label),
    in place of the names matched inside its words; nothing when none was."""
    if not inside:
        return
    for m in inside:
        p.mentions.remove(m)
        taken[m.start:m.end] = [False] * (m.end - m.start)
    _claim(taken, at, at + len(term))
    p.unexplained.append(term)
    p.unexplained_common = False


def _explain(p: Parse, kb: KnowledgeBase, start: int, end: int) -> None:
    """Words nobody claimed: stopwords are fine; the rest is matched fuzzily as one fragment (typos
    split words apart: "公物用车" is 公/物/用/车 to jieba), or reported as unexplained."""
    vocab = kb.vocab
    chunk = p.text[start:end]
    tokens = kb.segmenter.cut(chunk)
    spans, pos = [], 0
    for tok in tokens:
        spans.append((pos, pos + len(tok), tok))
        pos += len(tok)

    contradicts = _contradicting(p, kb, chunk)

    joined = vocab.asking_words.get("economic", {}).get("joined", ())  # ("A加B": the plus, cut as a word of its own)

    def content(tok: str) -> bool:
        return bool(tok.strip()) and tok not in vocab.stopwords and tok not in joined \
            and (tok not in vocab.generic_words or contradicts(tok)) \
            and tok not in vocab.fillers and (len(tok) > 1 or tok.isalnum())

    def meaningful(tok: str) -> bool:
        return bool(tok.strip()) and tok not in vocab.stopwords and tok not in vocab.fillers

    marks = [content(t) for _, _, t in spans]
    if not any(marks):
        return
    first = marks.index(True)
    last = len(marks) - 1 - marks[::-1].index(True)
    core = chunk[spans[first][0] : spans[last][1]].strip()
    # The same fragment widened over adjacent generic words ("公物用车" + "购置") scores better.
    lo, hi = first, last
    while lo > 0 and meaningful(spans[lo - 1][2]):
        lo -= 1
    while hi < len(spans) - 1 and meaningful(spans[hi + 1][2]):
        hi += 1
    wide = chunk[spans[lo][0] : spans[hi][1]].strip()
    touching = any(m.end == start or m.start == end for m in p.mentions)
    if len(core) == 1 and not core.isascii() and touching:
        return  # a lone character next to a name is usually a typo of that name ("经废"): harmless
    if _explained_by_mentions(core, p, kb) or _measure_of_indicator(core, p, kb, end):
        return
    # ... unless the bare words score better: a one-character verb at an edge ("扑火队员要配") pulls towards
    # another name.
    while first < last and len(spans[last][2]) == 1 and kb.segmenter.everyday(spans[last][2]):
        last -= 1
    while first < last and len(spans[first][2]) == 1 and kb.segmenter.everyday(spans[first][2]):
        first += 1
    bare = chunk[spans[first][0] : spans[last][1]].strip()
    # ("危桥改造那个": a pointer after a name points at it, never widens it into another name)
    pointer = touching and core in vocab.followup_ends
    if not pointer and (_best_fuzzy((wide, core), bare, p, kb, chunk, start) or _said_in_the_indicators_project(core, p, kb)):
        return  # (a word of the project's other indicators only once no name reads it: 完成时间 is names')
    if not pointer and (_name_said_otherwise(p, kb, start, end, core, chunk) or _name_with_words_dropped(p, kb, start, end)):
        return
    if not pointer and _word_of_several_indicators(p, kb, start + chunk.find(core), core):
        return
    p.unexplained.extend(_content_runs(spans, marks) or [core])
    # Everyday words ("咱们", "打算") may be tolerated once a name is matched; unseen terms never are.
    words = [t for (_, _, t), c in zip(spans, marks, strict=True) if c]
    p.unexplained_common = p.unexplained_common and _everyday_only(words, p, kb, contradicts)


DROPPED_NAMES_AT_MOST = 3  # more projects holding the words said in order: a common phrase, no one name said


def _name_with_words_dropped(p: Parse, kb: KnowledgeBase, start: int, end: int) -> bool:
    """"农业执法专项经费" of 农业综合行政执法专项经费: a project's name said with characters dropped from its middle —
    the leftover words and a project's name read beside them, all held by a name in their order. The projects
    holding every word are the mention (one: it is answered; a few: the engine asks which); a project holding
    only some of the words (农业执法车辆购置经费: no 专项经费) merely shares words and is never picked."""
    beside = [m for m in p.mentions if (m.end == start or m.start == end) and m.refs
              and all(r.kind == "project" for r in m.refs)]
    lo, hi = min([start, *(m.start for m in beside)]), max([end, *(m.end for m in beside)])
    said = p.text[lo:hi].strip()
    words = cut_name(said)
    if len(said) < 5 or len(words) < 3 or sum(len(w) >= 2 for w in words) < 3:
        return False  # (too little said to tell one name from the others holding it)
    scope = set(kb.documents_of_departments(p.departments())) or None
    found: set[Ref] = set()
    for _, refs in kb.fuzzy_candidates(said, scope, limit=100):
        for r in refs:
            project = kb.projects.get(r.id) if r.kind == "project" else None
            if project is not None and said not in project.name and words_in_order(words, project.name):
                found.add(Ref("project", r.id))
    if not found or len(found) > DROPPED_NAMES_AT_MOST:
        return False
    for m in beside:
        p.mentions.remove(m)
    p.mentions.append(Mention(lo, hi, p.text[lo:hi], found, WORD_LEFT_OUT_SCORE))
    return True


def words_in_order(words: list[str], name: str) -> bool:
    """Whether the name holds each word whole, in the words' order (others may stand between them)."""
    at = 0
    for w in words:
        found = name.find(w, at)
        if found < 0:
            return False
        at = found + len(w)
    return True


SHARED_WORD_NAMES_AT_MOST = 4  # more indicators' names holding the word: a common word, no name said


def _word_of_several_indicators(p: Parse, kb: KnowledgeBase, at: int, word: str) -> bool:
    """"约访的指标是多少": an indicator asked by a word that is a whole word of a few indicators' names (区领导重点约访,
    参与区领导重点约访) and of no project's: the word names each of them about equally, so all are the mention
    (the answer lists them, or asks which) — never one picked, nor "not found" when the names say it."""
    if len(word) < 2 or at < 0 or not p.has("indicator", "value") or kb.segmenter.everyday(word) \
            or any(m.of("project") or m.of("indicator") for m in p.mentions):
        return False  # (beside a name said, the word is read with it: "乡镇" of 国土空间's 乡镇级…规划编制数量)
    refs: set[Ref] = set()
    for fid in kb.bigram_index.get(word[:2], ()):
        form, form_refs = kb.fuzzy_forms[fid]
        if word not in form:
            continue
        if any(r.kind != "indicator" for r in form_refs):
            return False  # (a word of a project's name is that project's: read elsewhere)
        if len(form_refs) > SHARED_WORD_NAMES_AT_MOST or len(refs) > SHARED_WORD_NAMES_AT_MOST:
            return False
        refs |= {r for r in form_refs if _on_word_bounds(word, compact(kb.indicator_name.get(r.id, "")), kb)}
    names = {compact(kb.indicator_name.get(r.id, "")) for r in refs}
    if not 2 <= len(names) <= SHARED_WORD_NAMES_AT_MOST:
        return False
    p.mentions.append(Mention(at, at + len(word), word, refs, float(FUZZY_ACCEPT)))
    return True


def _on_word_bounds(word: str, name: str, kb: KnowledgeBase) -> bool:
    """Whether the name holds the word starting and ending where its own words do (约访 of 区领导重点约访, cut
    …重点/约/访; never 访的 or 导重)."""
    bounds = set(accumulate((len(w) for w in kb.segmenter.cut(name)), initial=0))
    at = name.find(word)
    while at >= 0:
        if at in bounds and at + len(word) in bounds:
            return True
        at = name.find(word, at + 1)
    return False


def _everyday_only(words: list[str], p: Parse, kb: KnowledgeBase, contradicts: Callable[[str], bool]) -> bool:
    """Whether every word left unexplained is an everyday word, tolerated beside a name. A lone character never
    is ("招待费" comes out as 招待 + 费); nor a word of a kind of spending or income the question says
    ("图书馆收入预算": 收入 asks the department's income, no project's money)."""
    kinds = [k for k in kb.vocab.spending_kinds if k in p.text]
    return all(len(w) >= 2 and kb.segmenter.everyday(w) and not contradicts(w) and not any(w in k for k in kinds)
               for w in words)


def _best_fuzzy(fragments: tuple[str, str], bare: str, p: Parse, kb: KnowledgeBase, chunk: str, start: int) -> bool:
    """The fuzzy reading of the first of the fragments that has one, or of the bare words when they score
    clearly better than it (by FUZZY_MARGIN: a one-character word trimmed off may be part of the name, 约访), applied
    to p; each is tried on p as it was (a match absorbs the names beside it)."""
    before = (list(p.mentions), list(p.fuzzy))

    def attempt(fragment: str) -> tuple[Mention | None, list[Mention], list]:
        mention = fuzzy_match(fragment, p, kb, start + chunk.find(fragment))
        tried = (mention, p.mentions, p.fuzzy)
        p.mentions, p.fuzzy = list(before[0]), list(before[1])
        return tried

    best = next((t for f in dict.fromkeys(fragments) if f and (t := attempt(f))[0] is not None), None)
    if best is None or (found := best[0]) is None:
        return False  # (the bare words only better a reading found, never one of a name said otherwise)
    _, mentions, fuzzy = best
    if bare and bare not in fragments:
        other, other_mentions, other_fuzzy = attempt(bare)
        if other is not None and other.score > found.score + FUZZY_MARGIN:
            found, mentions, fuzzy = other, other_mentions, other_fuzzy
    p.mentions, p.fuzzy = mentions, fuzzy
    p.mentions.append(found)
    return True


def _name_said_otherwise(p: Parse, kb: KnowledgeBase, start: int, end: int, core: str, chunk: str) -> bool:
    """A name not matched fuzzily: said with one of its words left out, or with one character mistyped
    among the names it touches."""
    mention = _word_left_out(core, p, kb, start + chunk.find(core)) \
        or _words_reordered(core, p, kb, start + chunk.find(core))
    if mention is not None:
        p.mentions.append(mention)
        return True
    return _one_off_inside(p, kb, start, end)


def _one_off_inside(p: Parse, kb: KnowledgeBase, start: int, end: int) -> bool:
    """"信访朝市一年运行费", "公务用丰一年购置费" (公务 already a word of a name): a name with one character
    mistyped, over the fragment and the names it touches, then the words either side explained on their
    own. False when it holds no such name."""
    lo, hi, absorbed = _widened(p.text[start:end], p, start)
    text = p.text[lo:hi]
    spans, pos = [], 0
    for tok in kb.segmenter.cut(text):
        spans.append((pos, pos + len(tok), tok))
        pos += len(tok)
    one_off = _name_one_off(text, text.strip(), spans, p, kb)
    if one_off is None:
        return False
    mention, form = one_off
    mention.start, mention.end = lo + mention.start, lo + mention.end
    inside = [m for m in absorbed if m.start < mention.end and mention.start < m.end]
    if mention.end <= start or mention.start >= end \
            or any(m.start < mention.start or m.end > mention.end for m in inside):
        return False  # the name must hold the mistyped character and whole names it touches
    for m in inside:
        p.mentions.remove(m)
    p.mentions.append(mention)
    p.fuzzy.append((mention.text, form, mention.score))
    if mention.start > start:
        _explain(p, kb, start, mention.start)
    if mention.end < end:
        _explain(p, kb, mention.end, end)
    return True


ONE_OFF_NAME = 4  # the shortest name found with one character mistyped inside a longer fragment


def _name_one_off(chunk: str, core: str, spans: list[tuple[int, int, str]], p: Parse,
                  kb: KnowledgeBase) -> tuple[Mention, str] | None:
    """A name of four or more characters with one character mistyped ("信访朝市" for 信访超市) inside a
    fragment the fuzzy score of which the words around it drag down. The mistyped character stands
    alone in the segmentation (a typo splits words apart): one making a word of its own ("政府官员")
    names something else. The longest such name, first in the question; names fitting it equally are
    all kept, to be asked about. Positions are the chunk's."""
    lone = {a for a, b, _ in spans if b - a == 1}
    scope = set(kb.documents_of_departments(p.departments())) or None
    found: dict[tuple[int, int], set[Ref]] = {}
    forms: dict[tuple[int, int], str] = {}
    for form, refs in kb.fuzzy_candidates(core, scope):
        n = len(form)
        if n < ONE_OFF_NAME or n > len(chunk) or not refs:
            continue
        for i in range(len(chunk) - n + 1):
            off = [k for k in range(n) if chunk[i + k] != form[k]]
            if len(off) == 1 and i + off[0] in lone and chunk[i + off[0]].isalpha() and not chunk[i + off[0]].isascii():
                found.setdefault((i, n), set()).update(refs)
                forms.setdefault((i, n), form)
    if not found:
        return None
    i, n = min(found, key=lambda key: (-key[1], key[0]))
    refs = found[(i, n)]
    kinds = set(map(_KIND, refs))
    if len(kinds) > 1:  # a project's name before an indicator's of the same words
        kind = "project" if "project" in kinds else sorted(kinds)[0]
        refs = {r for r in refs if r.kind == kind}
    return Mention(i, i + n, chunk[i:i + n], refs, score=FUZZY_ACCEPT + 3), forms[(i, n)]


def _content_runs(spans: list[tuple[int, int, str]], marks: list[bool]) -> list[str]:
    """The runs of adjacent content tokens, each one piece; lone non-ASCII characters dropped."""
    pieces, run = [], []
    for (_, _, tok), is_content in zip(spans, marks, strict=True):
        if is_content:
            run.append(tok)
        elif run:
            pieces.append("".join(run))
            run = []
    if run:
        pieces.append("".join(run))
    return [x for x in pieces if len(x) > 1 or x.isascii()]


def _explained_by_mentions(piece: str, p: Parse, kb: KnowledgeBase) -> bool:
    """A leftover that is part of a name already matched ("日常运行" of the 信访超市 project)."""
    for m in p.mentions:
        # Distinct names first: thousands of indicators share one common name.
        names = set(kb.project_names([m.of("project")], keep=False))
        names.update(map(kb.indicator_name.__getitem__, map(_KEY, m.of("indicator"))))
        if any(piece in compact(name) for name in names):
            return True
    return False


def _said_in_the_indicators_project(piece: str, p: Parse, kb: KnowledgeBase) -> bool:
    """"监控设备故障修复时限": a word (监控) that places the one indicator named in its project, because another
    of that project's indicators holds it (运维视频监控点位)."""
    if len(piece) < 2 or any(m.of("indicator") and m.score < NAME_SAID_WHOLE for m in p.mentions) \
            or kb.segmenter.everyday(piece):
        return False  # (an indicator read roughly: the word may be what names another, 密度 of 免疫密度; a verb,
        # 完成 of "…什么时候完成", asks another indicator of the project: the readers after the parse find it)
    refs = {r for m in p.mentions for r in m.of("indicator")}
    projects = {kb.indicator_project.get(r.id) for r in refs}
    if len(refs) != 1 or len(projects) != 1 or None in projects:
        return False
    lo, hi = kb.project_span(next(iter(projects)))  # type: ignore[arg-type]
    return any(piece in compact(kb.indicator_name.get(i, "")) for i in range(lo, hi + 1))


def part_of_projects_indicator(p: Parse, kb: KnowledgeBase, focus: int | None = None) -> None:
    """"法律顾问经费里的约访指标值": the one word left unexplained beside a project's name, which part of one of
    its indicators' names holds (参与区领导重点约访): that indicator, looked for inside the named project only
    (issue 13: a phrase said with a project is about that project), when an indicator or its value is asked
    or nothing but the name is said (a follow-up: "那…里的约访呢"; `focus`: the project a follow-up naming
    none is about). Never when a word the question reads as something else is part of that name too
    ("主管部门和兄弟单位…": the fact reader takes that whole)."""
    if len(p.unexplained) != 1 or len(piece := p.unexplained[0]) < 2 or (at := p.text.find(piece)) < 0:
        return
    projects = p.ids_named("project", 1) or ({focus} if focus is not None else set())
    if len(projects) != 1 or any(m.of("indicator") for m in p.mentions):
        return
    if _joined_with_concepts(p, kb, next(iter(projects)), piece, at):
        return
    ends = {m.end for m in p.mentions if m.of("project")}
    bare = set(p.concepts) <= {"amount"} and all(a in ends for a, _ in p.concepts.get("amount", ()))
    if not (p.concepts.get("indicator") or p.concepts.get("value") or bare):
        return
    lo, hi = kb.project_span(next(iter(projects)))
    names = {i: compact(kb.indicator_name.get(i, "")) for i in range(lo, hi + 1)}
    refs = {Ref("indicator", i) for i, name in names.items() if piece in name and piece != name}
    said = [p.text[a:b] for kind, spans in p.concepts.items() if kind not in ("indicator", "value") for a, b in spans]
    if not refs or any(w in names[r.id] for r in refs for w in said):
        return
    p.mentions.append(Mention(at, at + len(piece), piece, refs))
    p.unexplained.remove(piece)


def _joined_with_concepts(p: Parse, kb: KnowledgeBase, project: int, piece: str, at: int) -> bool:
    """"公务用车购置计划执行率" (its indicator 购置计划执行率): the word left unexplained and the concept words right
    beside it (执行率) said together as part of one of the named project's indicators' names are that indicator,
    the concept words taken into its name (never a rate of execution the table lacks, nor 计划 not understood)."""
    first, last = kb.project_span(project)
    names = [compact(kb.indicator_name.get(i, "")) for i in range(first, last + 1)]
    spans = [(kind, span) for kind, spans in p.concepts.items() for span in spans]
    lo, hi, joined = at, at + len(piece), []
    while True:  # one concept word at a time, while the words together stay inside one of its names
        beside = [(k, s) for k, s in spans if (s[0] == hi or s[1] == lo) and (k, s) not in joined]
        wider = [(k, s) for k, s in beside if any(p.text[min(lo, s[0]):max(hi, s[1])] in n for n in names)]
        if not wider:
            break
        joined.append(wider[0])
        lo, hi = min(lo, wider[0][1][0]), max(hi, wider[0][1][1])
    wide = p.text[lo:hi]
    if not joined or len(wide) < 4:
        return False
    for kind, span in joined:
        p.concepts[kind].remove(span)
        if not p.concepts[kind]:
            del p.concepts[kind]
    refs = {Ref("indicator", first + k) for k, name in enumerate(names) if wide in name}
    p.mentions.append(Mention(lo, hi, wide, refs))
    p.unexplained.remove(piece)
    return True


def _value_word_in_projects_indicator(p: Parse, kb: KnowledgeBase) -> None:
    """"法律援助补贴标准是多少" (its indicator 每件案件补贴标准): a word read as "the value" (标准, 要求) said beside one
    project's name, which part of its indicators' names holds, is those indicators (issue 13: never the
    project's amount instead)."""
    if p.unexplained or any(m.of("indicator") or m.of("category") for m in p.mentions):
        return
    projects = p.ids_named("project", 1)
    if len(projects) != 1 or p.has("amount", "goal"):
        return
    lo, hi = kb.project_span(next(iter(projects)))
    names = {i: compact(kb.indicator_name.get(i, "")) for i in range(lo, hi + 1)}
    for a, b in p.concepts.get("value", ()):
        word = p.text[a:b]
        refs = {Ref("indicator", i) for i, name in names.items() if len(word) > 1 and word in name}
        if refs:
            p.mentions.append(Mention(a, b, word, refs))
            return


_ASKED_OF_AN_INDICATOR = ("indicator", "value", "annual", "period")  # what is asked of one: never a word of its name
_NAMING_CONCEPTS = ("count", "amount")  # concept words that may be words of an indicator's name (个数, 费用)


def _projects_indicator_reworded(p: Parse, kb: KnowledgeBase) -> None:
    """"示范村创建个数年度指标值" (its indicator 创建乡村振兴示范村个数), "高标准农田前期 亩均费用指标是多少" (亩均前期工作
    费用): the words said right after one project's name, up to what is asked of an indicator, each a word the
    question reads otherwise (个数 a count, 费用 an amount) or none (亩均), all held by one of that project's
    indicators' names in whatever order, are that indicator (issue 13: a phrase said with a project is about
    that project), never the count of its indicators nor unknown. Said with no word left unexplained, the
    project's name as said must be of that indicator's characters too (a project's own 个数 is no indicator);
    words all left unexplained are read as before (part_of_projects_indicator and the dialogue's readers)."""
    named = [m for m in p.mentions if m.of("project")]
    projects = {r.id for m in named for r in m.of("project")}
    if len(projects) != 1 or any(m.of("indicator") or m.of("category") for m in p.mentions) \
            or not p.has(*_ASKED_OF_AN_INDICATOR):
        return
    lo, hi = kb.project_span(next(iter(projects)))
    names = {i: compact(kb.indicator_name.get(i, "")) for i in range(lo, hi + 1)}
    said = max(named, key=lambda m: m.end)
    run = _words_after(p, said.end)
    while run:
        refs = {Ref("indicator", i) for i, name in names.items() if all(w in name for _, _, w, _ in run)}
        loose = [w for _, _, w, kind in run if not kind]
        if refs and len(refs) < WIDEN_AT_MOST and len(loose) < len(run) \
                and (loose or any(all(c in names[r.id] for c in said.text) for r in refs)):
            break
        run.pop()
    else:
        return
    for a, b, word, kind in run:
        if kind:
            p.concepts[kind].remove((a, b))
            if not p.concepts[kind]:
                del p.concepts[kind]
        else:
            p.unexplained.remove(word)
    p.mentions.append(Mention(run[0][0], run[-1][1], p.text[run[0][0]:run[-1][1]], refs))


def _words_after(p: Parse, at: int) -> list[tuple[int, int, str, str]]:
    """The words said one after another from `at` (start, end, word, its concept's kind or "" when left
    unexplained), up to the first that is no word a name may hold (a question word, 项目 of the table's own
    things, a name, anything else)."""
    spans = {a: (b, kind) for kind, found in p.concepts.items() for a, b in found}
    run: list[tuple[int, int, str, str]] = []
    while at < len(p.text):
        if at in spans and spans[at][1] in _NAMING_CONCEPTS and spans[at][0] - at >= 2:
            end, kind = spans[at]
        elif (word := next((w for w in p.unexplained if len(w) >= 2 and p.text.startswith(w, at)), "")):
            end, kind = at + len(word), ""
        else:
            break
        run.append((at, end, p.text[at:end], kind))
        at = end
    return run


MEASURED_NAME_AT_LEAST = 4  # characters of an indicator's name said with its middle left out ("参与约访")


def _before_the_measure(p: Parse, kb: KnowledgeBase, start: int, end: int) -> int:
    """"法律顾问参与约访的次数目标": a counted noun (次数) ending the words left over, said before 指标 or 目标, after words
    that name one indicator of the project named with its middle left out (参与约访 of 参与区领导重点约访) whose value
    counts in that measure (≥15次): the indicator's own measure, no word it must hold. Where the words before it
    end (`end` when the words are no such thing)."""
    chunk = p.text[start:end]
    ending = next((w for w in kb.vocab.count_endings if chunk.endswith(w) and len(w) == 2 and w.endswith("数")), "")
    piece = chunk[:len(chunk) - len(ending)].removesuffix("的")
    if not ending or len(piece) < MEASURED_NAME_AT_LEAST or not p.text.startswith(("指标", "目标"), end):
        return end  # (the cheap tests first: a common name said is thousands of projects to gather)
    projects = p.ids_named("project", 1)
    if len(projects) != 1 or any(m.of("indicator") for m in p.mentions):
        return end
    lo, hi = kb.project_span(next(iter(projects)))
    named = [i for i in range(lo, hi + 1) if (name := compact(kb.indicator_name.get(i, "")))
             and name[0] == piece[0] and name[-1] == piece[-1] and in_order(piece, name)]
    if len(named) != 1:
        return end
    from bot.store import queries as query  # (only on this rare path)

    counted = re.compile(rf"[0-9]\s*{ending[0]}")
    rows = query.indicators(kb.conn, ids=named)
    return start + len(piece) if any(counted.search(f"{r['annual_value']}{r['period_value']}") for r in rows) else end


def _measure_of_indicator(piece: str, p: Parse, kb: KnowledgeBase, end: int) -> bool:
    """"参与区领导重点约访的次数指标": a counted noun (次数, 人数 …) describing the indicator just named, said
    before 指标: the indicator's own measure, not a thing asked beside it."""
    if piece not in kb.vocab.count_endings or not p.text.startswith("指标", end):
        return False
    said = [m for m in p.mentions if m.of("indicator") and m.end <= end]
    # a rate or a satisfaction is no count: "满意度的人数指标" asks for what the table does not have
    return bool(said) and not any(kb.indicator_name.get(r.id, "").endswith((*kb.vocab.rate_endings, "满意度"))
                                  for m in said for r in m.of("indicator"))


def _widened(piece: str, p: Parse, at: int) -> tuple[int, int, list[Mention]]:
    """The fragment widened over adjacent dictionary mentions ("政府雇员" + "工姿" -> "政府雇员工姿"):
    its span and the mentions it absorbs."""
    lo, hi = at, at + len(piece)
    absorbed: list[Mention] = []
    for m in sorted(p.mentions, key=lambda m: m.start, reverse=True):
        if m.end == lo and (m.of("project") or m.of("indicator") or m.of("category")):
            lo = m.start
            absorbed.append(m)
    for m in sorted(p.mentions, key=lambda m: m.start):
        if m.start == hi and (m.of("project") or m.of("indicator") or m.of("category")):
            hi = m.end
            absorbed.append(m)
    return lo, hi, absorbed


def _of_a_task(refs: set[Ref], projects: set[int], kb: KnowledgeBase) -> bool:
    """Indicators of the project beside them, or of another project ("政府雇员工资经费资质达标率": the answer
    says whose it is); not a department's whole-table indicator, which a task named beside it asks for."""
    owners = {kb.indicator_project.get(r.id) for r in refs}
    return bool(owners & projects) or not any(o in kb.projects and kb.projects[o].kind == "department" for o in owners)


ALONE_ACCEPT = 85.0  # a fragment read alone as an indicator beside its project's name: a close match only


def _measure_asked(fragment: str, vocab) -> tuple[str, str]:
    """The word of counting and the word of a rate the fragment ends with ("" for none): what _other_measure
    tests each name against, found once per fragment rather than once per name."""
    counted = next((w for w in vocab.count_endings if fragment.endswith(w)), "")
    return counted, next((w for w in vocab.rate_endings if fragment.endswith(w)), "")


def _other_measure(asked: tuple[str, str], form: str, vocab) -> bool:
    """"三支一扶人数" against "三支一扶人员到岗及时率" or a project "三支一扶…生活补贴": a count asked of a name
    not saying it (or a rate of a count's name): another kind of figure, never the same thing loosely said.
    `asked`: the fragment's _measure_asked."""
    counted, rate = asked
    if counted and counted not in form:
        return True  # (nor is a project's name, its money, a count)
    return bool(rate) and rate not in form and any(form.endswith(w) for w in vocab.count_endings)


def _unmoneyed(form: str, refs, vocab) -> bool:
    """An indicator's name (no project's) measuring no money (measures_no_money)."""
    return bool(refs) and all(r.kind == "indicator" for r in refs) and measures_no_money(form, vocab)


def measures_no_money(name: str, vocab) -> bool:
    """An indicator's name measuring no money: it names no money word, or it is a rate or a count of it
    ("补助发放及时率"). "制卡费" asked is not 制卡合格率, "管理员补助" not 基层应急管理员覆盖镇."""
    name = name.rstrip("）)").rsplit("（", 1)[0].rsplit("(", 1)[0] or name  # (its unit or gloss in brackets)
    return not any(w in name for w in vocab.money_measures) \
        or name.endswith((*vocab.rate_endings, *vocab.count_endings, "满意度"))


def money_asked(fragment: str, text: str, vocab) -> bool:
    """The fragment ends with a money word, or one follows it in the question, at most one character on
    ("应急管理" of "应急管理员补助多少")."""
    endings = tuple(vocab.money_endings)
    at = text.find(fragment)
    after = text[at + len(fragment):] if at >= 0 else ""
    return fragment.endswith(endings) or after.startswith(endings) or after[1:].startswith(endings)


def _candidates(kb: KnowledgeBase, fragment: str, scope, money: bool = False) -> list:
    """The names sharing characters with the fragment, but for those of another measure than it asks (a
    money word asked, "制卡费", is never an indicator measuring no money: `money`, money_asked)."""
    asked = _measure_asked(fragment, kb.vocab)
    if not any(asked) and not money:
        return kb.fuzzy_candidates(fragment, scope)  # (a copy: nothing to drop)
    return [(form, refs) for form, refs in kb.fuzzy_candidates(fragment, scope)
            if not _other_measure(asked, form, kb.vocab) and not (money and _unmoneyed(form, refs, kb.vocab))]


def fuzzy_match(piece: str, p: Parse, kb: KnowledgeBase, at: int) -> Mention | None:
    """Best project or indicator for an unexplained fragment (at position `at`), with its neighbours.
    "政府雇员公用经费资质达标率": a fragment that alone names an indicator better than it and the name beside
    it name anything is that indicator, beside the name ("政府雇员工姿" is still one name mistyped)."""
    lo, hi, absorbed = _widened(piece, p, at)
    fragment = p.text[lo:hi].replace(" ", "")
    if len(fragment) < 2:
        return None
    whole = _fuzzy_best(fragment, piece, p, kb)
    alone = _fuzzy_best(piece.replace(" ", ""), piece, p, kb) if absorbed and len(piece.strip()) >= 3 else None
    if alone is not None and alone[2] and all(r.kind == "indicator" for r in alone[2]):
        # (the names beside gathered only here: a name many departments share has hundreds of refs)
        beside = set().union(*(m.refs for m in absorbed))
        projects = {r.id for r in beside if r.kind == "project"}
        if _of_a_task(alone[2], projects, kb) \
                and alone[1] >= ALONE_ACCEPT and (whole is None or alone[1] > whole[1] and whole[2] <= beside):
            # (an indicator of that project: another table's, a department's whole, is read as before)
            p.fuzzy.append((piece.strip(), alone[0], round(alone[1], 1)))
            start = at + (len(piece) - len(piece.lstrip()))
            return Mention(start, start + len(piece.strip()), piece.strip(), alone[2], alone[1])
    if whole is None:
        return None
    best_form, best, close = whole
    if absorbed and _adds_nothing(piece, best_form, close, absorbed, kb):
        return None  # "信访超市进驻": 进驻 is no part of the name beside it, whatever the score says
    for m in absorbed:
        p.mentions.remove(m)
    p.fuzzy.append((fragment, best_form, round(best, 1)))
    return Mention(lo, hi, fragment, close, best)


def _adds_nothing(piece: str, form: str, refs: set[Ref], absorbed: list[Mention], kb: KnowledgeBase) -> bool:
    """The fragment widened over a name scores as that same name though none of the fragment's own
    characters is in it: the widening explained nothing of the fragment."""
    if not refs or any(r.kind != "project" for r in refs) or not all(refs <= m.refs for m in absorbed[:1]):
        return False  # (an indicator's name read with what follows is read as before: "…完成得咋样")
    word = piece.strip()
    if len(word) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in word):
        return False  # "@bot 信访超市经费": a stray latin word beside a name is tolerated as before
    names = form + "".join(kb.project_names([{r for r in refs if r.kind == "project"}], keep=False))
    return not any(c in names for c in word)


# A project's name shortened by leaving characters out, the rest in order ("森林防火" of 森林草原防灭火专项经费):
# as close as a name with one character mistyped, before the name's length discounts it.
SHORTENED = 95.0


def _said_words(fragment: str, kb: KnowledgeBase) -> list[str]:
    """The fragment's dictionary words of two characters or more that may be part of a name (no generic,
    stop, filler or concept word)."""
    vocab = kb.vocab
    return [w for w in kb.segmenter.cut(fragment) if len(w) >= 2 and kb.segmenter.known(w)
            and w not in vocab.generic_words and w not in vocab.stopwords and w not in vocab.fillers
            and w not in concept_word_set(vocab)]


def _scored_names(fragment: str, candidates: list) -> list[tuple[str, set[Ref] | frozenset[Ref], float]]:
    """Each candidate name's score against the fragment (before any check of its words: see _fuzzy_best)."""
    from rapidfuzz import fuzz  # only questions with a leftover fragment need it (~35 ms to import)

    # Scored per form, not per ref: a common indicator name stands for thousands of indicators.
    scored: list[tuple[str, set[Ref] | frozenset[Ref], float]] = []
    for form, refs in candidates:
        if len(refs) > 1 and all(r.kind == "project" for r in refs):
            continue  # a short name shared by projects cannot tell them apart
        if len(fragment) >= len(form):
            score = fuzz.ratio(fragment, form)
        else:
            # The fragment is part of a longer name: similarity of the best-aligned part, discounted
            # by how much of the name is missing, so a full-length match beats a short one.
            if len(fragment) < 3:
                continue
            score = fuzz.partial_ratio(fragment, form) * (0.85 + 0.15 * len(fragment) / len(form))
            if len(fragment) >= 4 and all(r.kind == "project" for r in refs) and in_order(fragment, form):
                # "森林防火" of 森林草原防灭火专项经费: a project's name shortened (an indicator's with a word
                # left out is read by its words, _inside_one_name)
                score = max(score, SHORTENED * (0.85 + 0.15 * len(fragment) / len(form)))
        if score > 0 and refs:
            scored.append((form, refs, score))
    return scored


def _fuzzy_best(fragment: str, piece: str, p: Parse, kb: KnowledgeBase) -> tuple[str, float, set[Ref]] | None:
    """The best-scoring name for a fragment: (its form, its score, the refs scoring close to it)."""
    scope = set(kb.documents_of_departments(p.departments())) or None  # by name: never every department
    # Whole dictionary words of three or more characters ("基本工资"; a two-character one may straddle a
    # boundary, "要约访"): a typo splits into characters, but a word a name does not hold, even with
    # one character mistyped, is something else ("在编人员基本工资" is not 编外人员工资支付及时性).
    vocab, said = kb.vocab, _said_words(fragment, kb)
    words, lead = [w for w in said if len(w) >= 3], _qualifier(said, fragment, piece)
    own = _content_characters(fragment, kb)
    unit = _unit_kind(fragment, vocab)
    pairs = [w for w in said if len(w) == 2]  # (the words _another_word looks at)

    def named(form: str) -> bool:
        """Whether the name may be the one the fragment says (the costly checks, made only of the names whose
        score could count)."""
        if not all(_holds_word(form, w) for w in words) or lead and not set(lead) & set(form) and fragment[2:] in form:
            return False
        return not (_foreign_run(own, form) or pairs and _another_word(pairs, fragment, form, kb)
                    or unit and unit not in form or word_in_place_of_another(fragment, form, kb))

    scored = _scored_names(fragment, _candidates(kb, fragment, scope, money_asked(fragment, p.text, vocab)))
    # The names are checked best score first: the best one standing is the best; below the accepted score
    # nothing is read, and of the rest only those close to it (or held alike, _held_alike) count, so the
    # others need no checking. The names kept stay in the candidates' order (ties keep it).
    kept: dict[int, bool] = {}

    def stands(k: int) -> bool:
        ok = kept.get(k)
        if ok is None:
            ok = kept[k] = named(scored[k][0])
        return ok

    by_score = sorted(range(len(scored)), key=lambda k: -scored[k][2])
    best = next((scored[k][2] for k in by_score if stands(k)), None)
    if best is None or best < FUZZY_ACCEPT:
        return None
    for k in by_score:
        if best - scored[k][2] >= FUZZY_MARGIN:
            break
        stands(k)
    forms = [scored[k] for k in sorted(k for k, ok in kept.items() if ok and best - scored[k][2] < FUZZY_MARGIN)]
    # A ref's score is its best form's; ties broken by id, so the same question always gets the same
    # reading. Its form is the first best-scoring form holding it.
    top = [refs for _, refs, score in forms if score == best]
    at_best = top[0] if len(top) == 1 else set().union(*top)
    best_ref = min(at_best, key=lambda r: (r.kind, str(r.key)))
    best_form = next(form for form, refs, score in forms if score == best and best_ref in refs)
    close: set[Ref] = set()
    for _, refs, _ in forms:  # (every one kept is close to the best)
        if set(map(_KIND, refs)) == {best_ref.kind}:  # the usual case, taken whole
            close.update(refs)
        else:
            close.update(r for r in refs if r.kind == best_ref.kind)
    if best_ref.kind == "indicator":  # indicators sharing one name count as one candidate
        name, names = kb.indicator_name[best_ref.id], kb.indicator_name
        same = set(compress(close, map(name.__eq__, map(names.__getitem__, map(_KEY, close)))))
        close = same or close
    alike = _held_alike(fragment, best_form, scored, best_ref.kind, stands)
    return best_form, best, close | alike


def _another_word(said: list[str], fragment: str, form: str, kb: KnowledgeBase) -> bool:
    """A two-character word of the question one character of which the name lacks, the other standing in the
    name in a word of its own that the question does not say: "林地保护" is no 耕地保护…, "政府采购" no 政府购买服务…
    (林 for 耕, 采购 for 购买: another thing named, not a typo). A pinyin typo sounds like the character it
    replaces (信访朝市 for 超市), so a word that does is still a typo; one whose held character starts a word the
    question says on ("要约访": 约访) straddles words, and is read as before."""
    words = None
    for w in said:
        foreign = [c for c in w if c not in form]
        if len(w) != 2 or len(foreign) != 1:
            continue
        held = w[1] if foreign[0] == w[0] else w[0]
        words = words if words is not None else kb.segmenter.cut(form)
        theirs = next((t for t in words if held in t and len(t) >= 2), None)
        if theirs is None or theirs == w or theirs in fragment:
            continue
        if not any(sounds_alike(c, foreign[0]) for c in theirs if c != held):
            return True
    return False


def word_in_place_of_another(fragment: str, form: str, kb: KnowledgeBase) -> bool:
    """A word of the question (even a generic one: 建设) the name lacks wholly, where the name holds the words
    said either side of it with another word of its length between them: "照料中心建设补助" is no 照料中心运营补助数量 (运营 said
    as 建设 is another thing named, not a typo nor a word left out)."""
    end, theirs = 0, None
    for w in kb.segmenter.cut(fragment):
        start, end = end, end + len(w)
        if _first_half_kept(w, fragment[max(0, start - 2):start], form, kb):
            return True
        if len(w) < 2 or any(c in form for c in w):
            continue
        left, right = fragment[max(0, start - 2):start], fragment[end:end + 2]
        at = form.find(left) if len(left) == 2 and len(right) == 2 else -1
        gap = form[at + 2:form.find(right, at + 2)] if at >= 0 and form.find(right, at + 2) > at else ""
        if len(gap) == len(w) and not re.search(r"[的之和及与]", gap):
            return True  # (a word of the same length between the same two: another thing, not a word left out)
        if not _names_a_thing(w, kb):
            continue
        theirs = theirs if theirs is not None else _word_spans_of(form, kb)  # (the name cut only when needed)
        if _word_beside_in_its_place(w, start, fragment, form, theirs):
            return True
    return False


def _first_half_kept(w: str, left: str, form: str, kb: KnowledgeBase) -> bool:
    """"亩均粮食产量" of 亩均粮食产能提升: a two-character word of the dictionary said after two characters as the name
    says them, where the name goes on with another word of the dictionary beginning with the same character (产能 for
    产量): another thing named, not a typo (a typo is seldom a word) nor a word left out."""
    if len(w) != 2 or len(left) != 2 or w in form or not kb.segmenter.tags.get(w) or not _names_a_thing(w, kb):
        return False
    at = form.find(left + w[0])
    theirs = form[at + 2:at + 4] if at >= 0 else ""
    return len(theirs) == 2 and theirs != w and bool(kb.segmenter.tags.get(theirs)) \
        and theirs in kb.segmenter.cut(form[at:])[:3]


# jieba's tags of words that ask or join (为啥, 咋样: pronouns; adverbs, particles, prepositions): in no name's place
_ASKING_TAGS = ("r", "d", "u", "y", "p", "c", "e", "o")


def _names_a_thing(w: str, kb: KnowledgeBase) -> bool:
    """Whether a word of the question may stand in a name's place: no word of asking, filler or question concept."""
    vocab = kb.vocab
    return w not in vocab.stopwords and w not in vocab.fillers and w not in concept_word_set(vocab) \
        and not kb.segmenter.tags.get(w, "").startswith(_ASKING_TAGS)


SAID_BESIDE_AT_LEAST = 4  # characters said as the name says them beside a word in another's place


def _word_spans_of(text: str, kb: KnowledgeBase) -> dict[tuple[int, int], str]:
    """The words of a name by where they stand."""
    spans, at = {}, 0
    for word in kb.segmenter.cut(text):
        spans[(at, at + len(word))] = word
        at += len(word)
    return spans


def _word_beside_in_its_place(w: str, at: int, fragment: str, form: str, theirs: dict[tuple[int, int], str]) -> bool:
    """"城镇公益性岗位补贴标准" is no 乡村公益性岗位补贴标准, "新增培训人数" no 累计培训人数: the question's word (at `at`)
    stands right before (or after) four or more characters it says as the name does, where the name begins (or
    ends) with a word of its own of the same length (乡村 for 城镇) that the question does not say — the other side
    is the name's edge, or a department said before it. A word the name leaves out (its place empty) is not another
    word, nor is one standing in the middle of the name (规范 of …规范办理的工作要求 beside "综合办理效能")."""
    size, end = len(w), at + len(w)
    ends = ((theirs.get((0, size)), fragment[end:], form[size:]),
            (theirs.get((len(form) - size, len(form))), fragment[:at][::-1], form[:len(form) - size][::-1]))
    for gap, ours, rest in ends:
        if gap is None or gap in fragment or set(gap) & set(w) or re.search(r"[的之和及与]", gap):
            continue
        run = next((k for k, (x, y) in enumerate(zip(ours, rest, strict=False)) if x != y), min(len(ours), len(rest)))
        if run >= SAID_BESIDE_AT_LEAST:
            return True
    return False


_EDGE_PAD = "\x00"  # a character no name holds: padding a name with it takes away the edge's shorter windows


def _held_alike(fragment: str, best_form: str, forms: list, kind: str, named: Callable[[int], bool]) -> set[Ref]:
    """Names of the best one's kind that hold the fragment's words as well as it does, where its lead is only
    partial_ratio's edge: a name beginning with the words said scores a window shorter than the fragment, so
    "户厕改造为啥" reads 户厕改造补助标准 (80) over 农村户厕改造数量 (67) though both hold 户厕改造 alike. Scored with
    the names padded (no edge left) the two tie, and a tie is asked or shown, never guessed. `named(k)`: whether
    the k-th form may be the one said (checked only of a form held alike)."""
    from rapidfuzz import fuzz

    if len(fragment) >= len(best_form):
        return set()
    pad = _EDGE_PAD * len(fragment)
    level = fuzz.partial_ratio(fragment, pad + best_form + pad)
    if level >= fuzz.partial_ratio(fragment, best_form):
        return set()  # (no edge in its score: the best is best by its words)
    alike: set[Ref] = set()
    for k, (form, refs, _) in enumerate(forms):
        if len(fragment) < len(form) and fuzz.partial_ratio(fragment, pad + form + pad) >= level and named(k):
            alike.update(r for r in refs if r.kind == kind)
    return alike


FOREIGN_RUN = 2  # adjacent characters of the question no part of a name: a word of its own, not a typo
FOREIGN_TAIL = 3  # ... at the end: a short noun there may say what the value is (衔接时限: a time), a longer one not
_NAMING_TAGS = ("n", "vn")  # jieba's tags of words that name things (a verb, 买, 控制, asks of a name, names none)


def _content_characters(piece: str, kb: KnowledgeBase) -> list[str]:
    """The piece's characters, those of words that name nothing of a name blanked: stopwords, fillers, generic
    and concept words ("多少", "经费"), the everyday verbs and measure words ("买几架") and the verbs of asking
    about a record (计划, 预计: vocabulary record_verbs)."""
    vocab, out = kb.vocab, list[str]()
    for tok in kb.segmenter.cut(piece.replace(" ", "")):
        tag = kb.segmenter.tags.get(tok, "")
        if tok in vocab.generic_words or tok in concept_word_set(vocab):
            out.extend("·" * len(tok))  # (a word of what is asked: no foreign word, but the end is past it)
        elif tok in vocab.stopwords or tok in vocab.fillers or tok in vocab.record_verbs \
                or bool(tag) and not tag.startswith(_NAMING_TAGS):  # ("项目计划参与…约访几次": 计划 asks, names nothing)
            out.extend(" " * len(tok))
        else:
            out.extend(tok)
    return out


def _unit_kind(fragment: str, vocab: Vocabulary) -> str:
    """"文化馆" is no 文化惠民演出…专项经费 nor 文化节活动经费: a fragment ending in a kind of organisation (馆, 中心,
    医院) names that organisation, never a name without that kind in it that shares the words before it. That
    kind ("" for none), looked for once per fragment; a name without it is refused."""
    return next((k for k in vocab.entity_kinds if fragment.endswith(k) and len(fragment) - len(k) >= 2), "")


def _foreign_run(chars: list[str], form: str) -> bool:
    """A name that holds none of FOREIGN_RUN adjacent naming characters of the question is not what was said:
    "公卫满意度" is no 参观者满意度, "…纪念园门票价格" no …纪念展陈提升经费 (门票价格 is asked of it).
    A typo changes one character of a word ("公物用车"), and a name shortened keeps its characters
    ("森林防火"), so neither is refused."""
    runs, run = [], 0
    for c in chars:
        foreign = "\u4e00" <= c <= "\u9fff" and c not in form
        run = run + 1 if foreign else 0
        if c.strip():
            runs.append(run)
    return any(r >= FOREIGN_RUN and (r >= FOREIGN_TAIL or i + 1 < len(runs) and runs[i + 1] == 0)
               for i, r in enumerate(runs))


_COUNT_TAIL = re.compile(r"(?:次数|人数|个数|宗数|件数|数量)$")
WORD_LEFT_OUT_SCORE = 90.0  # a name said with one of its words left out: not said exactly, not a typo
_NOT_LEFT_OUT = re.compile(r"[不未非无没否]|以上|以下|以内|超过|低于|高于|\d")


def _word_left_out(piece: str, p: Parse, kb: KnowledgeBase, at: int) -> Mention | None:
    """"参与区领导约访" of 参与区领导重点约访: an indicator's name said with one of its words (two characters or
    more, no negation or bound) left out, the rest in order. Every name it fits that way is named (the
    answer shows them all, or asks which); None when none does."""
    if len(piece) < 4:
        return None
    bare = _COUNT_TAIL.sub("", piece)
    if bare != piece and len(bare) >= 4:
        # "参与区领导约访次数": the name said with its measure after it (the value counts in 次)
        found_bare = _word_left_out(bare, p, kb, at)
        if found_bare is not None:
            found_bare.end, found_bare.text = at + len(piece), piece
            return found_bare
    scope = set(kb.documents_of_departments(p.departments())) or None
    found: set[Ref] = set()
    names: list[str] = []
    candidates = [(form, refs) for form, refs in kb.fuzzy_candidates(piece, scope, limit=100)
                  if len(form) > len(piece) and any(r.kind == "indicator" for r in refs)]
    for form, refs in candidates:
        if len(form) - len(piece) > 4:
            continue
        pos = 0
        for word in kb.segmenter.cut(form):
            end = pos + len(word)
            if len(word) >= 2 and not _NOT_LEFT_OUT.search(word) and form[:pos] + form[end:] == piece:
                found |= {r for r in refs if r.kind == "indicator"}
                names.append(form)
                break
            pos = end
    if not found:
        return None
    # A longer name of the same table holding the one found ("参与区领导重点约访" holds 区领导重点约访) is
    # named by the same words, as _widen_indicator_names has it for a name said whole.
    docs = {kb.document_of(r) for r in found}
    for form, refs in candidates:
        if any(n in form and n != form for n in names):
            found |= {r for r in refs if r.kind == "indicator" and kb.document_of(r) in docs}
    return Mention(at, at + len(piece), piece, found, WORD_LEFT_OUT_SCORE)


def _words_reordered(piece: str, p: Parse, kb: KnowledgeBase, at: int) -> Mention | None:
    """"自动雨量站运维(多少个)" of 运维自动雨量站数量: a name said as two or three runs of its characters (two or more
    each) in another order, its measure at the end (数量, 人数 …) perhaps left out. Every name it fits that way is
    named (the answer shows them all, or asks which); None when none does."""
    if len(piece) < 4:
        return None
    scope = set(kb.documents_of_departments(p.departments())) or None
    orders = _reorderings(piece)
    found: set[Ref] = set()
    for form, refs in kb.fuzzy_candidates(piece, scope, limit=100):
        core = _COUNT_TAIL.sub("", form) if len(form) > len(piece) else form
        if core in orders:
            found |= {r for r in refs if r.kind in ("project", "indicator")}
    return Mention(at, at + len(piece), piece, found, WORD_LEFT_OUT_SCORE) if found else None


def _reorderings(piece: str) -> set[str]:
    """The piece cut into two or three runs of two characters or more, put together in every other order."""
    n, out = len(piece), set()
    for i in range(2, n - 1):
        a, rest = piece[:i], piece[i:]
        out.add(rest + a)
        for j in range(2, len(rest) - 1):
            b, c = rest[:j], rest[j:]
            out |= {a + c + b, b + a + c, b + c + a, c + a + b, c + b + a}
    out.discard(piece)
    return out


def _qualifier(said: list[str], fragment: str, piece: str) -> str:
    """A two-character word said first, before a part of a name ("财政" + 专项资金): a name holding none
    of its characters but the rest is another thing (促进就业专项资金 is no 财政专项资金)."""
    return next((w for w in said[:1] if len(w) == 2 and fragment.startswith(w) and w in piece), "")


def _holds_word(form: str, word: str) -> bool:
    """The name holds the word, or the word with one character mistyped (either side's typo:
    "高校毕业生" in a table's "高效毕业生就业率")."""
    if word in form:
        return True
    n = len(word)
    if sum(c in form for c in word) < n - 1:
        return False  # (a window one character off holds all of the word's characters but one: most names hold fewer)
    return any(sum(a != b for a, b in zip(word, form[i:i + n], strict=True)) <= 1 for i in range(len(form) - n + 1))


def fuzzy_among(phrase: str, names: dict[int, str]) -> list[int]:
    """The ids whose name is clearly the closest to phrase (every id sharing that name), or none."""
    from rapidfuzz import fuzz

    if len(phrase) < 2 or not names:
        return []
    scored = sorted(((fuzz.ratio(phrase, compact(n)), i) for i, n in names.items()), reverse=True)
    best, first = scored[0]
    runner = next((s for s, i in scored if names[i] != names[first]), 0)
    if best < FUZZY_ACCEPT or best - runner < FUZZY_MARGIN:
        return []
    return [i for s, i in scored if names[i] == names[first]]


# "要改哪些乡镇", "买什么设备": a word right after a question word is what is asked, not another name.
_ASKED_NOUN = re.compile(r"(?:哪些|哪几个|哪几|哪个|什么|啥)$")


def asked_noun(p: Parse, m: Mention) -> bool:
    """Is the mention the noun a question word asks for ("哪些乡镇", "什么设备")?"""
    return bool(_ASKED_NOUN.search(p.text[max(0, m.start - 3):m.start]))


# "请的是什么人", "买的是啥": a verb of one character right before 的是 + a question word
_ASKED_VERB = re.compile(r"([\u4e00-\u9fff])的是?(?:什么|哪些|哪几|谁|啥)")


# "技能竞赛叫什么名", "竞赛的名称是啥": the name of the thing said right before is asked
_NAME_ASKED_AFTER = re.compile(r"的?(?:叫什么|叫啥|叫做什么|名字|名称|全称|叫)")


def asked_names(p: Parse) -> list[str]:
    """Words of project names said as the noun asked ("卫生院改造要改哪些乡镇": 乡镇), and a one-character verb
    asked about ("法律援助那个项目请的是什么人": 请): words to find in the named project's texts, though
    its name holds them or search words leave single characters out."""
    # (a verb of saying, "数量指标说的是哪些", asks what the text says: no word of it)
    verbs = [m.group(1) for m in _ASKED_VERB.finditer(p.text) if m.group(1) not in "么些哪谁啥项个是说讲写指"]
    return [m.text for m in p.mentions if m.of("project") and asked_noun(p, m)] + verbs


def names_asked(p: Parse) -> list[str]:
    """Words of project names whose own name is asked right after them ("技能竞赛叫什么名": 竞赛)."""
    return [m.text for m in p.mentions if m.of("project") and _NAME_ASKED_AFTER.match(p.text, m.end)]


def words_beyond(words: list[str], names: list[str]) -> list[str]:
    """The words no name holds ("图书馆" said of the unit 青禾县图书馆 is no word to find in its project's texts);
    all of them when every word is in a name."""
    return [w for w in words if not any(w in name for name in names)] or words


def search_words(p: Parse, kb: KnowledgeBase, without_names: bool = False) -> list[str]:
    """What a content question ("哪个项目是管X的") searches for: the runs of words left once question
    words, stopwords and fillers (and, asked inside named projects, their names) are out
    ("劝返越级上访群众" stays one phrase)."""
    vocab = kb.vocab
    chars = list(p.text)
    spans = [span for spans in p.concepts.values() for span in spans]
    if without_names:
        for m in p.mentions:
            if not (m.of("project") or m.of("department")):
                continue
            start, end = m.start, m.end
            if m.score < 100 and m.of("project"):  # a fuzzy match may have taken the asked words in: keep what the
                # name lacks (a department said with a typo, 财正局, is a name whole)
                names = [compact(kb.projects[int(r.key)].name) for r in m.of("project")]
                start += max(k for k in range(end - start + 1) if any(p.text[start:start + k] in n for n in names))
                end -= max(k for k in range(end - start + 1) if any(p.text[end - k:end] in n for n in names))
                if end - start < 2:
                    start, end = m.start, m.end  # nothing left over: the whole mention is the name
                spans += [(m.start, start), (end, m.end)] if (start, end) != (m.start, m.end) else [(m.start, m.end)]
                continue
            spans.append((start, end))
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    # A describing word the parse kept as unexplained ("运行", "维护" of 车辆运行维护费) is searched for too.
    said = {w for w in vocab.generic_words if any(w in u for u in p.unexplained)}
    skip = vocab.stopwords | (vocab.generic_words - said) | set(vocab.fillers)
    phrases, run = [], ""
    for tok in [*kb.segmenter.cut("".join(chars)), " "]:
        if tok.strip() and tok not in skip:
            run += tok
        else:
            if (len(run) >= 2 or (run and run.isalnum() and run.isascii())) and not run.isdigit():
                phrases.append(run)
            run = ""
    return phrases


SOME_WORDS = 0.3  # the share of the asked words a named project's sentence says, when "which ones" is asked


def _may_be_in(word: str, text: str) -> bool:
    """Whether a word may be found among a text's words as words_score finds it: inside one of them, or at a
    fuzz.ratio of 80 or more to one. The ratio is 2·LCS / (len(word) + len(token)), with the LCS at most the word's
    characters the text holds and the token at least one character long, so a word holding fewer than
    2·(len + 1) / 5 of them is never found, whatever the cut (and inside a token, all of them are held)."""
    return 5 * sum(c in text for c in word) >= 2 * (len(word) + 1)


# A run of four to eight Chinese characters the segmenter left as single characters ("保洁安保": 保 洁 安 保)
_PAIRED_RUN = re.compile(r"(?:[\u4e00-\u9fff]{2}){2,4}")


def phrase_words(phrase: str, kb: KnowledgeBase) -> tuple[list[str], bool]:
    """The words of a phrase searched for: as the segmenter cuts it, or — every piece a single character, the
    dictionary knowing none of its words — its characters two by two ("保洁安保" -> 保洁, 安保), as such a run of
    words said together is made of two-character words; and whether they were paired so."""
    words = [w for w in kb.segmenter.cut(phrase) if w.strip() and w not in kb.vocab.stopwords]
    if all(len(w) == 1 for w in words) and _PAIRED_RUN.fullmatch(phrase):
        return [phrase[i:i + 2] for i in range(0, len(phrase), 2)], True
    return words, False


def words_score(phrases: list[str], sentence: str, kb: KnowledgeBase) -> float:
    """How much of the phrases a sentence says: a phrase found whole counts fully; otherwise the share
    of its words found, word against word (a 2-character word must match exactly: "管" is not found in
    "管理"), so one character of difference in a long word still counts."""
    from rapidfuzz import fuzz, process

    if not phrases:
        return 0.0
    text = compact(sentence)
    tokens: list[str] | None = None  # the sentence cut only when a phrase is not found whole in it
    total = 0.0
    for phrase in phrases:
        if phrase in text:
            total += 1
            continue
        # A single character counts only as a word of its own ("跑" is not "访").
        words, paired = phrase_words(phrase, kb)
        if paired:  # (words the dictionary lacks: the sentence's cutting lacks them too; found as printed)
            total += sum(w in text for w in words) / len(words)
            continue
        if not any(len(w) > 1 and _may_be_in(w, text) for w in words):
            continue  # (no long word found: the phrase counts nothing, and the sentence need not be cut for it)
        if tokens is None:
            tokens = kb.segmenter.cut(text)
        # (a name the dictionary holds whole is one token: "新修梯田" is found in 新修水平梯田 too)
        whole = [t for t in tokens if len(t) >= 4 and any(len(w) > 1 and w in t for w in words)]
        # (a token at a ratio of 80 or more: found in C, the first such ending the search)
        long_found = sum(1 for w in words if len(w) > 1 and (
            process.extractOne(w, tokens, scorer=fuzz.ratio, processor=None, score_cutoff=80) is not None
            or any(w in t for t in whole)))
        if long_found:  # single characters alone never make a match ("费" of 招待费 in 维修护费)
            found = long_found + sum(1 for w in words if len(w) == 1 and (w in tokens or any(w in t for t in whole)))
            total += found / len(words)
    return total / len(phrases)
