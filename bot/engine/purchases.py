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

from bot.dialogue.session import Session
from bot.language.asking import Words, words
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, normalize

_NAMED = Words("purchases", r"^(?P<object>.{2,}?)(?:{verbs:longest})(?:{heads:longest})$")
_ASKED = Words("purchases", r"(?:{leads:longest})*(?:{verbs:longest})(?:{leads:longest})*(?:{counts:longest})个?"
                            r"(?!{not_measures})(?:[\u4e00-\u9fff](?=[呢吗啊呀？?]*$)|(?=[呢吗啊呀？?]*$))")
_FOLLOW = Words("purchases", r"^(?:{follow_lead:longest})?(?P<object>[\u4e00-\u9fff]{2,}?)(?:{follow_end:longest})?[？?]?$")

_OBJECTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
OBJECT_END_AT_LEAST = 3  # characters of an object's name said by its end alone ("灭火机" of 风力灭火机)


def _objects(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Each object a count-of-purchase indicator is named by, and by each end of it no other object ends so
    (three characters or more), with the indicators' names (read once per knowledge base)."""
    objects = _OBJECTS.get(kb)
    if objects is None:
        whole: dict[str, set[str]] = {}
        heads = tuple(words().get("purchases", {}).get("heads", ()))
        for name in kb.distinct_indicator_names():
            if name.endswith(heads) and (m := _NAMED.match(compact(name))) is not None:
                whole.setdefault(m.group("object"), set()).add(compact(name))
        ends: dict[str, set[str]] = {}
        for obj in whole:
            for k in range(1, len(obj) - OBJECT_END_AT_LEAST + 1):
                ends.setdefault(obj[k:], set()).add(obj)
        objects = {obj: frozenset(names) for obj, names in whole.items()}
        for end, said in ends.items():
            if end not in objects and len(said) == 1:
                objects[end] = objects[next(iter(said))]
        _OBJECTS[kb] = objects
    return objects


def _one_name(kb: KnowledgeBase, said: str) -> str | None:
    """The one indicator name of the object said, or None (no such object, or several names of it)."""
    names = _objects(kb).get(said)
    return next(iter(names)) if names is not None and len(names) == 1 else None


def read_ahead(kb: KnowledgeBase) -> None:
    """The objects read when the knowledge base opens, so that no question stalls on them."""
    _objects(kb)


def purchase_said_as_indicator(kb: KnowledgeBase, session: Session, question: str) -> str:
    """The question said as the indicator of the count of things bought it asks of ("冲锋舟买几艘" → "冲锋舟采购数量"),
    or of another object right after such an indicator answered ("以水灭火装备呢"); else the question as it is."""
    verbs = words().get("purchases", {}).get("verbs", ())
    if not any(v in question for v in verbs) and (session.frame is None or not session.frame.indicators) \
            or not _objects(kb):
        return question  # (no verb of buying said, nor a count just shown: nothing to read)
    text = compact(normalize(question))
    asked = _ASKED.search(text)
    if asked is not None:
        before = text[:asked.start()]
        for k in range(len(before) - 2 + 1):
            if (name := _one_name(kb, before[k:])) is not None:
                return before[:k] + name + text[asked.end():]
        return question
    return _other_object_followed(kb, session, text) or question


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
