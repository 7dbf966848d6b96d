"""A count of things bought, asked by the verb and its object: "冲锋舟买几艘", "灭火机要采购多少台", where the table
counts them in an indicator named by the object, a verb of buying and a count ("冲锋舟采购数量", "风力灭火机购置数量").
The question is said as that indicator's name (whichever verb of buying it says: 买, 采购, 购置, 配备, 添置 —
[asking_words.purchases] of the vocabulary), so the indicator's value answers it. A follow-up naming another object
of such an indicator right after one was answered ("风力灭火机买几台" → "以水灭火装备呢") asks that object's count,
never the one just shown again.

The objects are read once per knowledge base from its indicators' names (an object said by the end of its name,
"灭火机", when no other object ends so); the question is left as it is when its object is no such indicator's, or is
several indicators' of different names.
"""

from __future__ import annotations

import weakref

from bot.answer import compose
from bot.dialogue.session import Session
from bot.language.asking import Words, words
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, in_order, normalize

_NAMED = Words("purchases", r"^(?P<object>.{2,}?)(?:{verbs:longest})(?:{heads:longest})$")
_ASKED = Words("purchases", r"(?:{leads:longest})*(?:{verbs:longest})(?:{leads:longest})*(?:{counts:longest})个?"
                            r"(?!{not_measures})(?:[\u4e00-\u9fff](?=[呢吗啊呀？?]*$)|(?=[呢吗啊呀？?]*$))")
_FOLLOW = Words("purchases", r"^(?:{follow_lead:longest})?(?P<object>[\u4e00-\u9fff]{2,}?)(?:{follow_end:longest})?[？?]?$")

_OBJECTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
OBJECT_END_AT_LEAST = 3  # characters of an object's name said by its end alone ("灭火机" of 风力灭火机)


def _objects(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Each object a count-of-purchase indicator is named by, and by each end of it no other object ends so
    (three characters or more), with the indicators' names (read once per knowledge base)."""
    return _read(kb)[0]


def _two_character_ends(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """The last two characters of an object no other object ends so nor is ("水泵" of 排涝水泵), with its indicators'
    names: too short to stand for the object, said after another word they are another thing ("柴油水泵")."""
    return _read(kb)[1]


def _read(kb: KnowledgeBase) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    read = _OBJECTS.get(kb)
    if read is None:
        whole: dict[str, set[str]] = {}
        heads = tuple(words().get("purchases", {}).get("heads", ()))
        for name in kb.distinct_indicator_names():
            if name.endswith(heads) and (m := _NAMED.match(compact(name))) is not None:
                whole.setdefault(m.group("object"), set()).add(compact(name))
        ends: dict[str, set[str]] = {}
        for obj in whole:
            for k in range(1, len(obj) - 2 + 1):
                ends.setdefault(obj[k:], set()).add(obj)
        objects = {obj: frozenset(names) for obj, names in whole.items()}
        short: dict[str, frozenset[str]] = {}
        for end, said in ends.items():
            if end not in objects and len(said) == 1:
                (objects if len(end) >= OBJECT_END_AT_LEAST else short)[end] = objects[next(iter(said))]
        read = _OBJECTS[kb] = (objects, short)
    return read


_BEFORE_FILLER = Words("purchases", r"(?:{before_object:longest}|\d)+")


def _word_before(kb: KnowledgeBase, before: str, name: str) -> str:
    """The word said before the object besides names of a department or of the indicator's own project, times and
    filler ("梅岭县交通运输局", "2026年" leave ""): a word left over is a word of the thing said ("干粉" of
    "干粉灭火机" beside the indicator 风力灭火机购置数量), another thing than the table counts."""
    by_name = kb.indicator_ids_by_name()
    ids = by_name.get(name) or next((v for n, v in by_name.items() if compact(n) == name), ())
    projects = {kb.indicator_project.get(i) for i in ids}
    left = before
    for a, b, _, refs in reversed(kb.lexicon.spans(before)):
        if any(r.kind == "department" or r.kind == "project" and r.id in projects for r in refs):
            left = left[:a] + " " + left[b:]
    return "".join(_BEFORE_FILLER.sub(" ", left).split()[-1:])


def _one_name(kb: KnowledgeBase, said: str) -> str | None:
    """The one indicator name of the object said, or None (no such object, or several names of it)."""
    names = _objects(kb).get(said)
    return next(iter(names)) if names is not None and len(names) == 1 else None


def _verb_inside_a_name(kb: KnowledgeBase, text: str, at: int) -> bool:
    """Whether the verb at `at` is said inside a name: a project's said whole, or a loaded row's label going on with it
    ("中小学智慧教室设备采购" of "智慧教室设备采购多少": that row's figures asked, never a count bought)."""
    return any(a <= at < b and any(r.kind == "project" for r in refs) for a, b, _, refs in kb.lexicon.spans(text)) \
        or at >= 2 and kb.label_goes_on(text[max(0, at - 4):at], text[at:at + 2])


def _one_name_in_order(kb: KnowledgeBase, said: str) -> str | None:
    """The one indicator name of the one object whose name holds the words said in order and ends as they end
    ("执法车辆" of 执法执勤车辆), or None."""
    names = {n for obj, ns in _objects(kb).items() if obj.endswith(said[-2:]) and in_order(said, obj) for n in ns}
    return next(iter(names)) if len(names) == 1 else None


def read_ahead(kb: KnowledgeBase) -> None:
    """The objects read when the knowledge base opens, so that no question stalls on them."""
    _objects(kb)


def purchase_said_as_indicator(kb: KnowledgeBase, session: Session, question: str) -> tuple[str, str | None]:
    """(the question said as the indicator of the count of things bought it asks of, None) ("冲锋舟买几艘" →
    "冲锋舟采购数量"), or of another object right after such an indicator answered ("以水灭火装备呢"); (the
    question, the answer's text) when a word said before the object makes it another thing than the indicator's
    ("救护车辆买几辆" beside 车辆购置数量, "干粉灭火机" beside 风力灭火机: no such count); else (the question, None)."""
    verbs = words().get("purchases", {}).get("verbs", ())
    if not any(v in question for v in verbs) and (session.frame is None or not session.frame.indicators) \
            or not _objects(kb):
        return question, None  # (no verb of buying said, nor a count just shown: nothing to read)
    text = compact(normalize(question))
    asked = _ASKED.search(text)
    if asked is not None and _verb_inside_a_name(kb, text, asked.start()):
        return question, None  # ("智慧教室设备采购多少": the verb is a word of a project's name, its amount asked)
    if asked is not None:
        before = text[:asked.start()]
        for k in range(len(before) - 2 + 1):
            if (name := _one_name(kb, before[k:])) is None:
                continue
            # (what is said before the object is its owner, a time or filler — never a word of the thing itself,
            # 干粉 of "干粉灭火机", 救护 of "救护车辆": another thing than the indicator's, whose count is not printed)
            if not (word := _word_before(kb, before[:k], name)):
                return before[:k] + name + text[asked.end():], None
            if (fuller := _one_name_in_order(kb, word + before[k:])) is not None:  # ("执法车辆" of 执法执勤车辆)
                return before[:max(0, before.rfind(word, 0, k))] + fuller + text[asked.end():], None
            return question, compose.thing_bought_not_counted(word + before[k:], name)
        names = _two_character_ends(kb).get(before[-2:], frozenset())
        if len(names) == 1 and (word := _word_before(kb, before[:-2], only := next(iter(names)))):
            return question, compose.thing_bought_not_counted(word + before[-2:], only)
        return question, None
    return _other_object_followed(kb, session, text) or question, None


def _other_object_followed(kb: KnowledgeBase, session: Session, text: str) -> str | None:
    """"风力灭火机买几台" → "以水灭火装备呢": the other object's indicator, when the one just answered is such a count."""
    f = session.frame
    if f is None or not f.indicators or (m := _FOLLOW.match(text)) is None:
        return None
    shown = [compact(kb.indicator_name.get(i, "")) for i in f.indicators]
    if not all(_NAMED.match(n) for n in shown):
        return None
    name = _one_name(kb, m.group("object"))
    return name if name is not None and name not in shown else None
