"""Cues of how a question stands to the conversation: its own intent, elliptic, bare, a follow-up."""

from __future__ import annotations

from bot.dialogue.turn import Turn
from bot.dialogue.values import Frame
from bot.language import lazyre as re
from bot.language.rules import OWN_CUES
from bot.understand.parse import Parse


def own_intent(t: Turn, p: Parse, ignore: tuple[str, ...] = ()) -> bool:
    """Does the question carry its own question words (not only names)?"""
    return any(p.has(c) for c in OWN_CUES if c not in ignore) or bool(p.amount_filter) or bool(p.categories())


def elliptic(t: Turn, p: Parse) -> bool:
    """Marked as continuing the conversation: "…呢", "那…", "…那个"."""
    q = t.question.strip().rstrip("?？!！。. ")
    words = t.kb.vocab
    return q.endswith(tuple(words.followup_ends) + tuple(words.followup_held)) or q.startswith(tuple(words.followup_starts))


def bare(p: Parse, categories: bool = False) -> bool:
    """Only a question word ("多少钱", "是财政拨款吗"), or with categories=True also a category named
    ("满意度指标呢"): it is about what was just discussed."""
    if categories:
        # "产出指标有哪些" lists the category's indicators; "哪个项目有…", "所有项目的…" ask across projects;
        # but "经济效益的是哪几个", said after the category, asks which of that category's indicators.
        cats = [m.end for m in p.mentions if m.of("category")]
        return (not p.has("project", "total", "department") and not re.search(
            "所有|全部|各个|每个|各项目|哪些项目|都", p.text)
            and not re.search("哪个|哪几个|哪项|哪一", _before_or_project(p.text, max(cats, default=0))))
    return (not p.has("project", "total", "department", "which") and not p.categories()
            and not re.search("所有|全部|各个|每个|哪", p.text))


def _before_or_project(text: str, end: int) -> str:
    """The text a which-word asks across projects in: before the last category said, or any of it when a
    project word follows the category ("满意度指标哪几个项目有")."""
    tail = text[end:]
    return text if re.search("项目|单位|部门|文件|表", tail) else text[:end]


def is_followup(t: Turn, p: Parse) -> bool:
    return (
        elliptic(t, p)
        or (not own_intent(t, p) and bool(p.mentions))
        or (len(p.text) <= 8 and not p.mentions)
    )


def holds(t: Turn, cond: str, f: Frame, p: Parse) -> bool:
    kind, _, arg = cond.partition(":")
    if kind == "concept":
        return p.has(arg)
    if kind == "filter":
        if not f.amount_filter:
            return False
        return f.amount_filter[0] == arg
    # Only the condition asked is worked out (every rule of every turn asks some: the departments named
    # are read from the mentions, not cheap).
    if cond == "project":
        return bool(f.projects or f.ambiguous)
    if cond == "projects2":
        return len(f.projects) + len(f.ambiguous) >= 2
    if cond == "indicator":
        return bool(f.indicators)
    if cond == "category":
        return bool(f.categories)
    if cond == "department":
        return bool(p.departments())
    if cond == "ranked":
        return bool(f.rank_n or f.rank_offset) and (p.rank_explicit or p.has("max", "min", "desc", "asc", "rank"))
    return False


# "律师派几个", "联络员派几个": a noun, a verb, then 几个: how many of that noun, as the project's texts say it
VERB_COUNT = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:要|需要|得|一共|总共)?(?:派驻|派遣|派|聘请|聘|请|招|配备|配|买|购买|雇|进驻|进|建|设)(?:了)?"
                        r"(?:几|多少)(?:个|名|位|人|家|所|支)")
