"""A follow-up naming an indicator of the project just shown by some of its words in their order: "高标准农田前期经费"
→ "前期工作啥时候完成" (项目前期工作完成时间, a 时效 indicator: its value "2026年6月底前"), → "新建改造面积多少"
(新建和改造提升高标准农田面积). Only when the answer found is not of that indicator (the project's total again, a score
of another table), and only when exactly one indicator of the project holds every character said, in order."""

from __future__ import annotations

from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, Answer
from bot.engine.turn import _restore, _Turn
from bot.language import lazyre as re
from bot.language.asking import COUNTED_FIGURE, Words
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, in_order, normalize
from bot.language.rules import Rule
from bot.store import queries as query

_LEAD = Words("project_indicator", "^(?:{leads})+")
_ASKING = Words("project_indicator", "(?:{asking})+$")
_YEAR = re.compile(r"(?:19|20)\d\d")
# a count asked where it stands ("编几个规划", "应急队伍几支"): the asking word and its measure word, no word of the
# indicator's name
_COUNT = Words("project_indicator", r"(?:{counts})[\u4e00-\u9fff]")
# what the indicator's answer leaves for the next follow-up ("实施周期的呢": the other value of that indicator)
_KEPT = ("frame", "focus_projects", "focus_indicators", "doc_ids", "facts", "figures")


def _indicator_said(kb: KnowledgeBase, pid: int, question: str) -> str:
    """The one indicator of the project named by the question's words (four or more, in order; three beside a count
    asked, "编几个规划"), else "". Of several holding them, a count asked keeps those whose value is a count."""
    said = _ASKING.sub("", _LEAD.sub("", compact(normalize(question)).rstrip("？?。")))
    counted = _COUNT.sub("", said)
    if len(counted) < (3 if counted != said else 4) or _YEAR.search(counted):
        return ""
    lo, hi = kb.project_span(pid)
    held = {i: kb.indicator_name[i] for i in range(lo, hi + 1)
            if kb.indicator_name.get(i) and in_order(counted, kb.indicator_name[i])}
    if len(set(held.values())) > 1 and counted != said:  # ("编外人员几个": 编外人员数量, never its 合规率)
        held = {r["id"]: r["name"] for r in query.indicators(kb.conn, ids=list(held))
                if any(COUNTED_FIGURE.search(v or "") for v in (r["annual_value"], r["period_value"]))}
    names = set(held.values())
    return names.pop() if len(names) == 1 else ""


def _not_of_it(kb: KnowledgeBase, answer: Answer, pid: int) -> bool:
    """Whether the answer found is no answer of the project's own: none, the project's total again, another
    project's indicators, or lines of another table (a 自评表's scores). An answer of the project's own (a line of its 申报表 said so) is kept."""
    if answer.status != ANSWERED:
        return True
    if answer.intent == "amount" and answer.ids_of("project") == [pid]:
        return True
    if answer.ids_of("indicator") and pid not in answer.ids_of("project"):
        return True  # ("每公里补多少": another project's indicator of those words, never this one's)
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
