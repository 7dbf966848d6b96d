"""The last check of a frame: the indicators or projects it resolved to must not name another of what the question
asks by a word that tells like names apart ("城镇公益性岗位补贴标准" read as 乡村公益性岗位补贴标准, "市级补助标准"
as 县级养老服务补助标准, "新增培训人数" as 累计培训人数): those are dropped, and when none is left the question is
answered unknown with what the table has instead (never the other's figure)."""

from __future__ import annotations

from bot.answer import compose
from bot.dialogue.turn import Turn
from bot.dialogue.values import Answer, Frame
from bot.understand.contrast import contradicting as contradicting_class
from bot.understand.contrast import said_classes, said_series, series_contradicting
from bot.understand.parse import Parse

CONTRAST_NOT_HELD = "contrast_not_held"


def contrast_not_held(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """The frame's indicators (else its projects) narrowed to those no contrasting word said contradicts; an unknown
    answer when every one is contradicted, None otherwise (the frame changed in place when some are)."""
    if not f.indicators and not f.projects:
        return None
    said, series = said_classes(p, t.kb), said_series(p, t.kb)
    if not said and not series:
        return None
    kb = t.kb

    def contradicting(name: str) -> tuple[str, str] | None:
        return contradicting_class(name, said, kb) or series_contradicting(name, series, kb)

    if f.indicators:
        clash = {i: contradicting(kb.indicator_name.get(i, "")) for i in f.indicators}
        kept = [i for i in f.indicators if clash[i] is None]
        if kept:
            f.indicators = kept
            return None
        owners = list(dict.fromkeys(kb.indicator_project[i] for i in f.indicators if i in kb.indicator_project))
        names = [kb.indicator_name[i] for pid in owners[:1] for i in _indicators_of(t, pid)]
        owner = kb.projects[owners[0]].name if len(owners) == 1 and owners[0] in kb.projects else ""
        names = names if owner else list(dict.fromkeys(kb.indicator_name.get(i, "") for i in f.indicators))
        return _unknown(t, p, clash[f.indicators[0]], owner, "指标", names)
    if f.intent in ("project_list", "count", "rank", "compare") or len(f.projects) > 3:
        return None  # (a list or a ranking of projects is not one project read by its name)
    clash = {pid: contradicting(kb.projects[pid].name) for pid in f.projects if pid in kb.projects}
    if not clash or any(c is None for c in clash.values()):
        f.projects = [pid for pid in f.projects if clash.get(pid) is None] or f.projects
        return None
    return _unknown(t, p, next(iter(clash.values())), "", "项目", [kb.projects[pid].name for pid in clash])


def _indicators_of(t: Turn, pid: int) -> list[int]:
    lo, hi = t.kb.project_span(pid)
    return [i for i in range(lo, hi + 1) if t.kb.indicator_project.get(i) == pid]


def _unknown(t: Turn, p: Parse, clash: tuple[str, str] | None, owner: str, kind: str, names: list[str]) -> Answer:
    said, theirs = clash or ("", "")
    answer = t.unknown(compose.contrast_not_held(said, theirs, owner, kind, names), p.text, suggest=False)
    answer.intent = CONTRAST_NOT_HELD
    return answer
