"""Frame -> answer: ask back for an ambiguous project, scope the documents, answer for one department
or for each, and remember what was asked."""

from __future__ import annotations

import copy
from itertools import chain

from bot.answer import compose
from bot.answer.handlers import HANDLERS
from bot.dialogue.clarify import (
    MAX_OPTIONS,
    clarify_departments,
    clarify_projects,
    scope,
)
from bot.dialogue.turn import Turn
from bot.dialogue.values import ALL_LABEL, ANSWERED, Answer, Frame, copy_frame
from bot.language.rules import INTENTS
from bot.store import queries as query

SHORT_ANSWER = 1500  # characters: an answer for every department that fits one short message


def execute(t: Turn, f: Frame) -> Answer:
    """The answer to a frame; the session keeps the frame for the next question (unless it stands alone)."""
    asked = [pid for pid in dict.fromkeys(chain(f.projects, *f.ambiguous)) if pid in t.said_for]
    t.said_for = {pid: t.said_for[pid] for pid in asked}  # (the question back names these projects' word only)
    if asked:  # ("合同工工资多少" of 政府雇员工资经费: another kind of staff, asked back however few projects fit)
        f.projects = [pid for pid in f.projects if pid not in asked]
        f.ambiguous = [asked]
        return clarify_projects(t, f)
    if f.ambiguous and not (f.intent == "indicator_value" and f.indicators):
        return _none_counts(t, f) or _none_executed(t, f) or clarify_projects(t, f)
    scoped = scope(t, f)
    if isinstance(scoped, Answer):
        return scoped
    if f.every_department:
        answer = each_department(t, f)
    else:
        answer = HANDLERS[f.intent](t, f)
    answer.intent = answer.intent or f.intent
    if INTENTS[f.intent].standalone:
        return answer  # "谢谢" between two questions leaves the conversation as it was
    t.session.frame = f
    if f.doc_ids:
        t.session.doc_ids = f.doc_ids
    answer.debug.setdefault("text", t.p.text)
    answer.debug["fuzzy"] = t.p.fuzzy
    return answer


def _none_executed(t: Turn, f: Frame) -> Answer | None:
    """"森林防火项目执行率多少" where every project the name fits is in tables without 执行数 (a target table):
    not in the table whichever was meant; asking which would promise an answer. (An indicator of the
    execution word, "购置计划执行率指标值", is asked of the one project meant: then ask which.)"""
    if f.intent != "execution" or t.p.has("value", "indicator"):
        return None
    candidates = [*f.projects, *chain.from_iterable(f.ambiguous)]
    if any(r["executed"] is not None for r in query.projects(t.conn, candidates)):
        return None
    return t.unknown(compose.NO_EXECUTION)


def _none_counts(t: Turn, f: Frame) -> Answer | None:
    """"政府雇员一共有多少人": a count none of the projects the name fits has is not in the table, whichever
    was meant; asking which would promise an answer. Only one of them has it ("聘了几个政府雇员": 政府雇员工资经费's
    聘用政府雇员人数): that one, named, when they are one table's. None when several have it (then ask which)."""
    if f.intent != "quantity":
        return None
    saved = copy.deepcopy(t.session)
    every = copy_frame(f)
    every.projects, every.ambiguous = list(dict.fromkeys([*f.projects, *chain.from_iterable(f.ambiguous)])), []
    answer = HANDLERS["quantity"](t, every)
    candidates = [*f.projects, *chain.from_iterable(f.ambiguous)]
    one_table = len({t.kb.projects[pid].document_id for pid in candidates}) == 1  # (one department's: not a guess)
    if answer.status == ANSWERED and every.indicators and one_table and (len(every.projects) == 1 or t.p.has("total")):
        # ("江安市监局政府雇员一共多少人": the namesakes of its units, each and their sum)
        t.session.frame, t.session.doc_ids = every, every.doc_ids or t.session.doc_ids
        return answer
    if answer.status == ANSWERED:
        t.session.__dict__.update(saved.__dict__)  # the probe's answer is not shown: nothing to remember
        return None
    return answer


def _which_department(t: Turn, f: Frame, owners: list, offered: list[str]) -> Answer:
    """The answer for every department too long: which department, with 全部. A kind of indicators asked
    ("满意度指标有哪些"): only the departments whose tables have that kind, each shown with the names of its
    own (so the choice is an informed one, and a department with none is never offered)."""
    if f.intent != "indicator_list" or not f.categories:
        return clarify_departments(t, f, offered, offer_all=True)
    having = frozenset[int]().union(*(t.kb.documents_having("level1" if c.level == "level1" else "level2", str(c.key))
                                      for c in f.categories))
    kept = [d for d in owners if having & set(d.doc_ids)]
    if not kept:
        return clarify_departments(t, f, offered, offer_all=True)
    previews = []
    for dept in kept[:MAX_OPTIONS]:  # (only the options shown are read: no frame per department)
        rows = [r for c in f.categories for r in query.indicators(t.conn, doc_ids=list(dept.doc_ids),
                                                                    category=(c.level, c.name))]
        previews.append(compose.indicator_names_preview([r["name"] for r in rows]))
    return clarify_departments(t, f, (), offer_all=True, departments=kept, figures=previews)


def _one_value_of_a_kind(t: Turn, f: Frame) -> bool:
    """"满意度指标是多少" with several departments loaded: a value asked of a kind of indicators, none named;
    every department's every one of that kind is no answer to it (which department first). "有哪些", "都",
    "各" ask the list."""
    return f.intent == "indicator_list" and bool(f.categories) and t.p.has("how_much", "value") \
        and not t.p.has("list", "which", "every", "project", "count", "max", "min", "rank", "compare", "lack", "having")


PROBED_AT_MOST = 30  # departments whose tables a count named by nothing else is looked for in before asking which


def _counted_by_none(t: Turn, f: Frame, owners: list) -> Answer | None:
    """"投影仪买几台", "办件量预计多少件" with no project or indicator named: when no department's tables count
    anything in that measure with those words, that is said (the first department's reply), never a question
    which department, whose every choice would answer "none". None when one of them does (then ask which)."""
    if f.intent != "quantity" or f.projects or f.indicators or f.ambiguous or len(owners) > PROBED_AT_MOST:
        return None
    saved = copy.deepcopy(t.session)
    first: Answer | None = None
    for dept in owners:
        one = copy_frame(f)
        one.doc_ids, one.every_department = list(dept.doc_ids), False
        answer = HANDLERS[f.intent](t, one)
        t.session.__dict__.update(copy.deepcopy(saved).__dict__)  # a probe: nothing of it is remembered
        if answer.status == ANSWERED:
            return None
        first = first or answer
    if first is not None:
        first.debug["probed"] = [d.name for d in owners]  # (one table naming the words may say more: facts/turn.py)
    return first


# Searches of every project by what is said of it (its amount): with none found anywhere, one answer says so.
_SEARCHED_AT_ONCE = frozenset(("lookup_amount",))


def _one_no_of_all(unanswered: list[Answer]) -> Answer | None:
    """The one "no" every department's turn gave alike ("问的是 2 个相加，刚才列出的有 3 项"): the question itself
    is not answered, said once; None otherwise."""
    return unanswered[0] if len(unanswered) >= 2 and len({a.text for a in unanswered}) == 1 else None


def _of_one_department(t: Turn, f: Frame, doc_ids: tuple[int, ...]) -> Frame | None:
    """The frame asked of one department's tables; of the indicators (projects) named, its own only, never all of
    them ("各部门城镇新增就业人数分别多少"); None when it has none of them."""
    one = copy_frame(f)
    one.doc_ids, one.every_department = list(doc_ids), False
    if f.key_tasks:  # (its tables printing key tasks: never its projects beside them)
        one.doc_ids = [d for d in one.doc_ids if d in set(f.doc_ids)]
    if not (f.indicators or f.projects):
        return one
    own = set(one.doc_ids)
    one.indicators = [i for i in f.indicators if t.kb.indicator_doc[i] in own]
    one.projects = [pid for pid in f.projects if pid in t.kb.projects and t.kb.projects[pid].document_id in own]
    return None if f.indicators and not one.indicators or f.projects and not one.projects else one


def each_department(t: Turn, f: Frame) -> Answer:
    """A general question with several departments loaded: the answer of each, grouped by
    department, when it is short; otherwise ask which, with "全部" among the options. A question
    asking for one figure ("总预算多少") asks first."""
    everything = f.label == ALL_LABEL
    asked = set(f.doc_ids)  # once: per department it made this quadratic (2 s at 10,000 departments)
    owners = t.kb.departments_of_documents(asked & t.kb.documents.keys())  # by a look-up per document
    offered = [d.name for d in owners]
    if not everything and not INTENTS[f.intent].across:
        return _counted_by_none(t, f, owners) or clarify_departments(t, f, offered, offer_all=True)
    if not everything and len(owners) > 1 and _one_value_of_a_kind(t, f):
        return _which_department(t, f, owners, offered)
    parts: list[str] = []
    projects: list[int] = []
    indicators: list[int] = []
    listed: list[tuple[str, int]] = []
    table: list[dict] = []
    unanswered: list[Answer] = []
    for dept in owners:
        if (one := _of_one_department(t, f, dept.doc_ids)) is None:
            continue
        t.session.last_list = []
        answer = HANDLERS[f.intent](t, one)
        if answer.status != ANSWERED:
            unanswered.append(answer)
            continue
        # Numbered lines go on from the previous department's, so "第三个" points at one item.
        if not answer.entities and any(e for e in (projects, indicators)):
            continue  # "没有经费超过…的项目" for this department: the others' answer says enough
        if answer.entities and not (projects or indicators):
            parts = []  # the departments before said "none": keep only those that have some
        text, shown = compose.renumbered(answer.text, len(listed), len(t.session.last_list))
        listed += t.session.last_list[:shown]
        parts.append(compose.department_part(dept.name, text))
        projects += [e["id"] for e in answer.entities if e["kind"] == "project"]
        indicators += [e["id"] for e in answer.entities if e["kind"] == "indicator"]
        table += answer.rows
        # Once a department has something, parts only grow: past the short answer's length the
        # question is asked back, whatever the remaining departments say (no need to ask them all).
        if not everything and (projects or indicators) and len("\n".join(parts)) > SHORT_ANSWER:
            t.session.last_list = []  # the lists above are not shown
            return _which_department(t, f, owners, offered)
    if f.intent == "total" and len(parts) > 1 and (f.column or "total") == "total":
        docs = query.documents(t.conn, f.doc_ids)
        totals = [d["total"] if d["total"] is not None else query.column_total(t.conn, [d["id"]], "total")
                  for d in docs]
        known = [v for v in totals if v is not None]
        if len(known) == len(totals) and len({d["unit"] for d in docs}) == 1:
            parts.insert(0, compose.grand_total(round(sum(known), 2), docs[0]["unit"]))  # the figure first
    if f.intent in _SEARCHED_AT_ONCE and len(parts) > 1 and not (projects or indicators):
        # "13万的是哪个项目" that no department's project has: one "none" over every table, not one per department
        whole = copy_frame(f)
        whole.every_department = False
        return HANDLERS[f.intent](t, whole)
    text = "\n".join(parts)
    if not everything and len(text) > SHORT_ANSWER:
        return _which_department(t, f, owners, offered)
    if not parts:
        return _one_no_of_all(unanswered) or t.unknown(compose.NONE_IN_ANY_DEPARTMENT, suggest=False)
    return t.answered(f, text, projects=projects, indicators=indicators, listed=listed, rows=table)

