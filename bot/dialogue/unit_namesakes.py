"""A table with units under one department names a project of each unit alike, the unit said first
("局机关编外人员经费", "管理中心编外人员经费"): after one of them was answered, "两个加起来" counts these namesakes
— never the table's whole total nor a guess at which two."""

from __future__ import annotations

import os

from bot.answer import compose
from bot.dialogue.turn import Turn
from bot.dialogue.values import Answer, Frame
from bot.language.asking import Words
from bot.understand.parse import Parse

# "两个加起来", "这两个一共多少": a sum of as many things as said, nothing named
_SUM_SAID = Words("follow_ups", "{summed}")
# the department's own level said as a unit ("局机关", "本级", "机关本级")
_OWN_LEVEL = Words("follow_ups", "(?:[局委办])?(?:{own_level}|{own_heads})")
_STEM_AT_LEAST = 4  # the shared end of the names: a word and its money word at least (人员经费), never 经费 alone


def namesakes_counted(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"局机关编外人员经费多少" → "两个加起来": the projects of the answered one's table whose names are that name with
    another unit said before the same end (医保管理服务中心编外人员经费), added when they are just as many as said;
    when they are not, that only one figure was shown is said (never the table's whole total in their place).
    Nothing changes when anything is named or the figures before are there to add."""
    s = t.session
    if f.projects or f.ambiguous or f.indicators or p.departments() or p.mentions or p.rank_n is None \
            or p.rank_n < 2 or not _SUM_SAID.search(p.text) or len(s.focus_projects) != 1 \
            or not s.figures or "value" not in s.figures[-1]:
        return None
    if len(s.figures) >= 2 and ("value" in s.figures[-2] or "items" in s.figures[-2]) \
            or any(q not in s.focus_projects for q in s.recent_projects):
        return None  # ("A多少 → B呢 → 两个加起来": the figures, or projects, shown before are what is added)
    group = _namesakes(t, s.focus_projects[0])
    if (why := compose.count_not_shown(p.rank_n, len(group) or 1)) is not None:
        return t.unknown(why, p.text, suggest=False)  # (none alike: the one figure shown)
    f.projects = group
    return None


def _namesakes(t: Turn, pid: int) -> list[int]:
    """The project and those of its table named as it is with another unit said before the same end, in the
    table's order; each name's head must name its own project's unit."""
    kb = t.kb
    if pid not in kb.projects:
        return []
    own = kb.projects[pid]
    found = []
    for other in kb.projects_of_document(own.document_id):
        q = kb.projects[other]
        if q.kind == "department":
            continue
        stem = os.path.commonprefix([own.name[::-1], q.name[::-1]])[::-1]
        if other == pid or (len(stem) >= _STEM_AT_LEAST and q.unit_name != own.unit_name
                            and _heads_units(t, own, stem) and _heads_units(t, q, stem)):
            found.append(other)
    return found if len(found) > 1 else []


def _heads_units(t: Turn, project, stem: str) -> bool:
    """Whether the name before its end is its unit said: the department's own level, or the unit said short."""
    head = project.name[: len(project.name) - len(stem)]
    if not head:
        return False
    doc = project.document_id
    if project.unit_name == t.kb.own_units.get(doc, t.kb.documents[doc]["department_name"]) \
            and _OWN_LEVEL.fullmatch(head):
        return True
    said = t.kb.units_said(head, {doc})
    return len(said) == 1 and said[0][:2] == (0, len(head)) and said[0][2] == [(doc, project.unit_name)]
