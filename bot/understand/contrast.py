"""Words that tell like names apart (城镇 / 乡村, 县级 / 市级, 新增 / 累计): a name holding one of them is not what a
question saying another of its group asks, however close the rest of the name is.

The groups are the vocabulary's `contrasts` ("城镇/城市|乡村/农村": classes parted by "|", a class's synonyms by
"/"). A question says a class when one of its words stands outside the departments said and outside a name said whole
that holds it (the 城镇 of 城镇老旧小区改造项目 is that project's, not a word about the indicator asked)."""

from __future__ import annotations

import re
from functools import cache

from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import small_number
from bot.understand.parse import Parse

# (a group, then its classes, each a tuple of synonyms)
Groups = tuple[tuple[tuple[str, ...], ...], ...]


def contrast_groups(vocab) -> Groups:
    """The vocabulary's contrasts, read once per vocabulary (a reload brings a new one)."""
    groups = vocab.__dict__.get("_contrast_groups")
    if groups is None:
        groups = tuple(tuple(tuple(w for w in cls.split("/") if w) for cls in line.split("|") if cls)
                       for line in vocab.contrasts)
        vocab.__dict__["_contrast_groups"] = groups = tuple(g for g in groups if len(g) >= 2)
    return groups


def said_classes(p: Parse, kb: KnowledgeBase) -> list[tuple[int, int, str]]:
    """(group, class, the word as said) for each contrasting word the question says about what it asks."""
    text, out = p.text, []
    for g, group in enumerate(contrast_groups(kb.vocab)):
        for c, words in enumerate(group):
            for w in words:
                at = text.find(w)
                while at >= 0:
                    if not _inside_a_name_of_its_own(p, kb, at, at + len(w), w):
                        out.append((g, c, w))
                        break
                    at = text.find(w, at + 1)
    return out


def _inside_a_name_of_its_own(p: Parse, kb: KnowledgeBase, start: int, end: int, word: str) -> bool:
    """Whether the word stands inside a department said, or a name said whole (not read loosely) that holds it."""
    for m in p.mentions:
        if m.start <= start and end <= m.end and (m.of("department") or m.score >= 100 and word in m.text):
            return True
    return False


def contradicting(name: str, said: list[tuple[int, int, str]], kb: KnowledgeBase) -> tuple[str, str] | None:
    """(the word said, the name's own word of its group) when the name holds a class of a group the question says
    and none of the classes said ("城镇和乡村" said: a 乡村 name is one of those asked); None otherwise."""
    groups = contrast_groups(kb.vocab)
    for g, _, w in said:
        classes = {k for h, k, _ in said if h == g}
        if any(x in name for k in classes for x in groups[g][k]):
            continue
        theirs = next((x for k, cls in enumerate(groups[g]) if k not in classes for x in cls if x in name), None)
        if theirs is not None:
            return w, theirs
    return None


@cache
def _series_pattern(measures: tuple[str, ...]) -> re.Pattern[str]:
    """"第四批", "三期", "第2轮": a number before one of the vocabulary's series_measures."""
    return re.compile(r"(?:第)?([零〇一二两三四五六七八九十\d]{1,3})(" + "|".join(map(re.escape, measures)) + ")")


def said_series(p: Parse, kb: KnowledgeBase) -> list[tuple[str, int, str]]:
    """(measure, number, the words as said) for each place in a series the question says about what it asks
    ("村庄规划第四批经费": 批, 4), outside the departments said and a name said whole that holds it."""
    measures = tuple(kb.vocab.series_measures)
    if not measures:
        return []
    out = []
    for m in _series_pattern(measures).finditer(p.text):
        n = small_number(m.group(1))
        if n is not None and not _inside_a_name_of_its_own(p, kb, m.start(), m.end(), m.group()):
            out.append((m.group(2), n, m.group()))
    return out


def series_contradicting(name: str, said: list[tuple[str, int, str]], kb: KnowledgeBase) -> tuple[str, str] | None:
    """(the words said, the name's own) when the name is another place of a series the question says (村庄规划编制
    （第三批） asked as 第四批); None when it holds the place said or none of that measure."""
    if not said:
        return None
    held = [(m.group(2), small_number(m.group(1)), m.group())
            for m in _series_pattern(tuple(kb.vocab.series_measures)).finditer(name)]
    for measure, n, words in said:
        theirs = [(k, w) for x, k, w in held if x == measure]
        if theirs and all(k != n for k, _ in theirs):
            return words, theirs[0][1]
    return None
