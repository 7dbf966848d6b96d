"""A follow-up naming an indicator of the project just shown by some of its words in their order: "高标准农田前期经费"
→ "前期工作啥时候完成" (项目前期工作完成时间, a 时效 indicator: its value "2026年6月底前"), → "新建改造面积多少"
(新建和改造提升高标准农田面积). Only when the answer found is not of that indicator (the project's total again, a score
of another table), and only when exactly one indicator of the project holds every character said, in order."""

from __future__ import annotations

from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, Answer
from bot.engine.turn import _restore, _Turn
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, in_order, normalize
from bot.language.rules import Rule
from bot.store import queries as query

_LEAD = Words("project_indicator", "^(?:{leads})+")
_ASKING = Words("project_indicator", "(?:{asking})+$")
_YEAR = re.compile(r"(?:19|20)\d\d")
# what the indicator's answer leaves for the next follow-up ("实施周期的呢": the other value of that indicator)
_KEPT = ("frame", "focus_projects", "focus_indicators", "doc_ids", "facts", "figures")


def _indicator_said(kb: KnowledgeBase, pid: int, question: str) -> str:
    """The one indicator of the project named by the question's words (four or more, in order), else ""."""
    said = _ASKING.sub("", _LEAD.sub("", compact(normalize(question)).rstrip("？?。")))
    if len(said) < 4 or _YEAR.search(said):
        return ""
    lo, hi = kb.project_span(pid)
    names = {kb.indicator_name.get(i, "") for i in range(lo, hi + 1)}
    held = [n for n in names if n and in_order(said, n)]
    return held[0] if len(held) == 1 else ""


def _not_of_it(kb: KnowledgeBase, answer: Answer, pid: int) -> bool:
    """Whether the answer found is no answer of the project's own: none, the project's total again, or lines of
    another table (a 自评表's scores). An answer of the project's own (a line of its 申报表 said so) is kept."""
    if answer.status != ANSWERED:
        return True
    if answer.intent == "amount" and answer.ids_of("project") == [pid]:
        return True
    facts = answer.ids_of("fact")[:50]
    own = kb.projects[pid].document_id
    return bool(facts) and own not in {f["document_id"] for f in query.fact_dicts_by_id(kb.conn, facts)}


def indicator_of_project_shown(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                               answer: Answer, before: dict) -> Answer:
    """The indicator of the one project just shown that the question names by its words, when the answer found is
    not of it: that project's indicator asked by its full name. The answer as it was otherwise."""
    earlier = Session.from_dict(before)
    if len(earlier.focus_projects) != 1 or earlier.focus_projects[0] not in kb.projects:
        return answer
    pid = earlier.focus_projects[0]
    name = _indicator_said(kb, pid, question)
    if not name or not _not_of_it(kb, answer, pid):
        return answer
    # (asked afresh: the talk's own state reads the project's name said again as its amount asked again)
    fresh = Session(build_id=session.build_id)
    found = _Turn(kb, rules, fresh, f"{kb.projects[pid].name}的{name}").run()
    if found.status != ANSWERED or name not in found.text:
        return answer
    _restore(session, before)
    for key in _KEPT:
        setattr(session, key, getattr(fresh, key))
    found.question = question
    return found
