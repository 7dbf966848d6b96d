"""A follow-up asking per head of the count just shown: "执法检查企业数量" → "人均的呢". The same project's indicator
that counts it per head ("执法人员人均检查企业数": a word of the group said, 人均 / 每人, and most of the shown
indicator's own characters) answers it; a project with no such indicator has no per-head figure, said so — never the
whole shown again as if it were. The words are [asking_words.per_head] of the vocabulary.
"""

from __future__ import annotations

import re as _re
from functools import lru_cache

from bot.answer import compose
from bot.dialogue.session import Session
from bot.language.asking import alternation, words
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, normalize

SHARED_AT_LEAST = 3  # characters of the shown indicator's name (besides the per-head word) the other one holds


@lru_cache(maxsize=8)
def _pattern(groups: tuple[str, ...], leads: tuple[str, ...], ends: tuple[str, ...]) -> _re.Pattern[str]:
    said = sorted({w for g in groups for w in g.split("/") if w}, key=len, reverse=True)
    return _re.compile(rf"^(?:{alternation(leads)})?(?P<word>{alternation(tuple(said))})(?:{alternation(ends)})?[？?]?$")


def _asked(text: str) -> tuple[str, ...] | None:
    """The group of per-head words the follow-up says, or None when it is no such follow-up."""
    lists = words().get("per_head", {})
    groups = lists.get("groups", ())
    m = _pattern(groups, lists.get("leads", ()), tuple(sorted(lists.get("ends", ()), key=len, reverse=True))).match(text)
    if m is None:
        return None
    return next((tuple(g.split("/")) for g in groups if m.group("word") in g.split("/")), None)


def per_head_followed(kb: KnowledgeBase, session: Session, question: str) -> tuple[str, str | None]:
    """(the question, None) as it is; (the per-head indicator's name, None) to ask instead; or (question, the
    answer's text) when the project shown has no per-head figure."""
    f = session.frame
    if f is None or len(f.indicators) != 1 or f.indicators[0] not in kb.indicator_project:
        return question, None
    group = _asked(compact(normalize(question)))
    if group is None:
        return question, None
    shown = f.indicators[0]
    pid, name = kb.indicator_project[shown], compact(kb.indicator_name.get(shown, ""))
    if any(w in name for w in group):
        return question, None  # (the one shown is per head already: the turn reads the follow-up)
    lo, hi = kb.project_span(pid)
    own = [compact(kb.indicator_name.get(i, "")) for i in range(lo, hi + 1)
           if i != shown and kb.indicator_project.get(i) == pid]
    per = [n for n in own if any(w in n for w in group)]
    # (the thing counted, not the words every count ends in nor the per-head words: most of it said again)
    counted = set(name) - set("".join(words().get("per_head", {}).get("count_chars", ()))) - set("".join(group))
    fits = [n for n in per if sum(c in n for c in counted) >= max(SHARED_AT_LEAST, (len(counted) + 1) // 2)]
    if len(fits) == 1:
        return fits[0], None
    if per:
        return question, None  # (several, or none sharing the thing counted: the turn reads it)
    return question, compose.no_per_head_indicator(kb.projects[pid].name, kb.indicator_name.get(shown, ""), group[0])
