"""The dialogue: a parse and the conversation -> a Frame (what to look up) or a reply.

Context rules are small named steps; each reads the parse and the session and fills the frame, or
returns the reply that ends the turn."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Sequence
from copy import copy
from dataclasses import replace
from itertools import chain
from operator import itemgetter

from bot.answer import compose
from bot.dialogue.application_form import form_line, year_column_asked
from bot.dialogue.clarify import MAX_OPTIONS, category_of_the_options, clarify, pick_pending
from bot.dialogue.contrasted import contrast_not_held
from bot.dialogue.cues import VERB_COUNT, bare, elliptic, holds, is_followup, own_intent
from bot.dialogue.figures import LAST_ITEM, bare_indicator_name
from bot.dialogue.rates import rate_asked
from bot.dialogue.resolve import (
    DONE_TIME,
    TEXTS_SEARCHED_AT_MOST,
    indicator_by_words,
    indicators_inside,
    joined_to_another,
    kind_said_for,
    money_valued,
    name_said_on,
    named_with,
    one_of_the_named_saying,
    phrases_of_the_texts,
    project_asked_by_its_words,
    project_said_by_names,
    project_said_to_do,
    quoted_name_in_texts,
    resolve_projects,
    said_inside,
    says_each_word,
    spread_among,
    text_saying,
    within,
)
from bot.dialogue.turn import Turn
from bot.dialogue.unit_namesakes import namesakes_counted
from bot.dialogue.values import ALL_LABEL, KIND_NOT_HELD, Answer, Frame, copy_frame
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.lexicon import DEPARTMENTS_ACROSS, KnowledgeBase, Ref, department_places, unit_own_name
from bot.language.normalize import (
    compact,
    format_amount,
    in_order,
    normalize,
    said_spread,
    shared_run,
    small_number,
)
from bot.language.rules import INTENTS, classify
from bot.model import AMOUNT_LABELS
from bot.store import queries as query
from bot.understand.parse import (
    SOME_WORDS,
    Mention,
    Parse,
    fuzzy_among,
    part_of_projects_indicator,
    rate_left_out,
    search_words,
    words_score,
)

# The table's own column names (财政拨款, 财政专户拨款, 其他资金), longest first, and 财政专户 / 专户 for short.
COLUMN_WORDS = {**{label: col for col, label in sorted(AMOUNT_LABELS.items(), key=lambda kv: -len(kv[1]))
                    if col not in ("total", "unplaced")}, "财政专户": "special_account", "专户": "special_account",
                "财政拨的": "fiscal_appropriation"}  # ("是财政拨的吗")


def frame_for(t: Turn, p: Parse, norm: str) -> Frame | Answer:
    """What the question asks, in the conversation's context: a frame to answer, or the reply that
    ends the turn (a department or year not held, a clarification, not understood)."""
    scope = t.kb.departments_of_documents(d for d in t.session.doc_ids if d in t.kb.documents)
    if len(scope) < len(t.kb.departments):
        p.place_of = [d.name for d in scope]  # "财政局的呢" after 普陀社工部: 普陀's
    if p.unknown_departments and not p.has("content"):  # "哪个项目包括人社局": searched for, not asked about
        names = "、".join(dict.fromkeys(p.unknown_departments))
        return t.unknown(compose.department_not_held(names, *_loaded_of_place(t, p.unknown_departments)), norm)
    if (line := form_line(t, p)) is not None:
        return line  # "海塘提升工程项目负责人是谁", "…施工费多少": a line of the project's own 申报表
    if (other := _other_subject_not_held(t, p)) is not None:
        return other
    if (pointed := _pointed_indicator_elsewhere(t, p)) is not None:
        return pointed
    named: list[bool] = []  # whether the modifiers are words of an indicator's name: read once for both steps

    def modifiers_named() -> bool:
        if not named:
            named.append(named_with(t, p.modifiers, p))
        return named[0]

    # ("四好农村路每公里补多少": the indicator stating that rate, or that none is held)
    stated = rate_asked(t, p) or _rate_stated(t, p, modifiers_named)
    if stated is not None:
        return stated
    refusal = _not_held(t, p, modifiers_named)
    if refusal is not None:
        return refusal
    offered_projects: list[int] = []
    if t.session.pending:
        offered = t.session.pending
        if all(len(o.projects) == 1 for o in offered):
            offered_projects = [o.projects[0] for o in offered]
        chosen: Frame | Answer | None = pick_pending(t, p)
        t.picked = chosen is not None
        t.session.pending = []  # answered or not, a clarification is only good for the next turn
        if chosen is None and (chosen := category_of_the_options(t, p, offered)) is not None:
            t.fresh = False  # (the options just offered are what 它 is: no first question of every department)
        if chosen is not None:
            return chosen
    fresh = _fresh(t.session)
    frame = build_frame(t, p)
    if isinstance(frame, Frame) and (other := contrast_not_held(t, p, frame)) is not None:
        return other  # "城镇…补贴标准" read as the 乡村 one: another thing, never its figure
    if isinstance(frame, Frame) and (other := _project_of_the_year(t, p, frame)) is not None:
        return other  # "乡村振兴示范带补助多少" → "那2025年呢": not in the 2025 table, never its 2026 figure
    if isinstance(frame, Frame) and p.modifiers and frame.intent == "amount" and not frame.indicators \
            and modifiers_named():
        frame = _modified_amount(t, p, frame)
    if isinstance(frame, Frame) and (_share_of_a_whole_not_held(p, frame) or p.modifiers and modifiers_named()
                                      and _modifier_of_no_indicator_asked(t, p, frame)):
        # "重大传染病防控经费" → "它的人均标准呢": 人均 let through as a word of another project's indicator (人均…补助
        # 标准), while no indicator of the project asked holds it: no such figure, never its list (nor 人均 of a total)
        return t.unknown(compose.modifier_not_held(p.modifiers), p.text, suggest=False)
    if offered_projects and isinstance(frame, Frame) and (again := _asked_of_the_offered(t, p, frame, offered_projects)):
        return again
    if fresh and isinstance(frame, Frame):
        return _without_antecedent(t, p, frame) or frame
    return frame


def _share_of_a_whole_not_held(p: Parse, f: Frame) -> bool:
    """Whether a department's whole (its projects' total) is asked with a share of it the tables never print (人均,
    每月), no name said: a year's word (上年) is another table's whole, read elsewhere."""
    return f.intent == "total" and not f.projects and not f.indicators and not p.mentions \
        and bool(p.modifiers) and not any("年" in m for m in p.modifiers)


def _modifier_of_no_indicator_asked(t: Turn, p: Parse, f: Frame) -> bool:
    """Whether an indicator of the frame's projects is asked (its value or their list) while none of the
    indicators asked, nor of those projects, holds the modifiers said (人均)."""
    if f.intent not in ("indicator_value", "indicator_list") or not f.projects or len(f.projects) > 5 \
            or any(pid not in t.kb.projects for pid in f.projects):
        return False
    ids = list(f.indicators)
    for pid in f.projects:
        lo, hi = t.kb.project_span(pid)
        ids += range(lo, hi + 1)
    return not any(all(w in t.kb.indicator_name.get(i, "") for w in p.modifiers) for i in ids)


def _project_of_the_year(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """A year said of projects of a table of another year, where their department has a table of the year said
    ("2026年高标准农田补助多少" → "2025年自评的预算呢"): each is its namesake in that year's table (the frame changed in
    place); with none there, the project is not in that year's table — unknown, never the other year's figure."""
    kb = t.kb
    if not p.years or not f.projects or any(pid not in kb.projects for pid in f.projects):
        return None
    years, moved = set(p.years), []
    for pid in f.projects:
        doc = t.doc_of(pid)
        own = kb.year_of_document(doc)
        if own is None or own in years or years & kb.years_of_document(doc):
            moved.append(pid)  # (a table printing no year: its department's year, the year gate's to tell)
            continue
        # (the department's documents and their projects by look-up: never a walk over every table or project)
        others = [d for d in kb.documents_of_departments([kb.documents[doc]["department_name"]])
                  if d != doc and kb.year_of_document(d) in years]
        if not others:
            return None  # (no table of that year: the year gate's, or a year the table prints inside)
        name = kb.projects[pid].name
        twin = [q for d in others for q in kb.projects_of_document(d) if kb.projects[q].name == name]
        if len(twin) != 1:
            return t.unknown(compose.project_not_in_year(name, sorted(years), own), p.text,
                             suggest=False)
        moved.append(twin[0])
    if moved != f.projects:
        f.projects = moved
        f.doc_ids = list(dict.fromkeys(t.doc_of(q) for q in moved))
        f.indicators = [i for i in f.indicators if kb.indicator_project.get(i) in moved]
    return None


def _loaded_of_place(t: Turn, names: list[str]) -> tuple[str, list[str]]:
    """The place of departments not loaded ("宜都市民政局", "宜都民政局": 宜都市) and its departments that are, when
    one place (a loaded department's place said without its level is that place)."""
    loaded_places = t.kb.department_place_map()
    places = {(department_places(n) or [pl for pl in loaded_places if n.startswith(pl)] or [""])[0] for n in names}
    place = next(iter(places)) if len(places) == 1 else ""
    if not place or place not in loaded_places:
        return "", []
    loaded = [d.name for d in t.kb.departments if place in department_places(d.name)]
    printed = loaded_places[place]
    level = printed[printed.find(place) + len(place):][:1]  # (the place as printed: 普陀 of 上海市普陀区财政局)
    return place + level if level in tuple("省市区县") else place, loaded


def _modified_amount(t: Turn, p: Parse, f: Frame) -> Frame | Answer:
    """"疗养体检人均多少钱": the modifier (人均) was let through as part of an indicator's name (人均疗养体检费用),
    so the answer is that indicator of the project asked, never the project's whole amount; when none of its
    indicators holds the words, the table has no such figure (said so)."""
    held = []
    for pid in f.projects:
        lo, hi = t.kb.project_span(pid)
        held += [i for i in range(lo, hi + 1) if all(w in t.kb.indicator_name.get(i, "") for w in p.modifiers)]
    if not f.projects or not held or len(held) > 3:
        return t.unknown(compose.modifier_not_held(p.modifiers), p.text, suggest=False)
    f.intent, f.indicators = "indicator_value", held
    return f


# "于都县的呢", "那茂名的呢": a follow-up saying nothing but another subject.
_OTHER_SUBJECT = re.compile(r"(?:那么?|那)?([\u4e00-\u9fff]{2,8}?)的?呢")


def _other_subject_not_held(t: Turn, p: Parse) -> Answer | None:
    """"普法经费多少" → "于都县的呢": the follow-up names only another subject, which nothing loaded is (a place
    whose characters the question words took, 于 and 都 of 于都县): say it is not in the knowledge base — asked
    again of the conversation's department it would answer that department's figure for the other place."""
    said = _OTHER_SUBJECT.fullmatch(compact(t.question).rstrip("?？。！!"))
    if said is None or p.mentions or not p.unexplained or t.session.frame is None or p.ordinal:
        return None
    subject = said.group(1)
    if any(p.concepts.values()):
        return None  # "年初的呢", "满意度呢": a word the question understands
    units = [compact(r["name"]) for r in query.funding_units(t.conn, [d for d in t.session.doc_ids if d in t.kb.documents])]
    if len(subject) >= 4 and sum(in_order(subject, u) for u in units) == 1:
        return None  # "公路中心多少钱" → "运输中心呢": another unit of the table, said short (道路运输服务中心)
    if _in_focus_indicator_names(t, subject):
        return None  # "法律顾问经费" → "约访呢": part of an indicator's name of the project in focus
    answer = t.unknown(compose.subject_not_held(subject), p.text, suggest=False)
    # Never asked again as the last figure's label with this word; but a word said short that names one
    # indicator of the project in focus is left to the follow-up that asks that indicator.
    answer.debug["settled"] = not _said_short_of_a_focus_indicator(t, subject)
    return answer


# "渝中有这个指标吗", "教育局也有这个指标吗": the indicator just shown, asked of another department
_THIS_INDICATOR_HELD = re.compile(r"(?:有|也有|有没有)(?:这个|这项|这条|这|该|此|同样的?|一样的)指标")


def _pointed_indicator_elsewhere(t: Turn, p: Parse) -> Frame | Answer | None:
    """"东湖社会保障卡发卡量" → "渝中有这个指标吗": the indicator in focus looked for by its name among the
    other department's indicators: that one when it has it, else said it has none (never every indicator
    the other department has, nor the first department's figure)."""
    shown = t.session.focus_indicators
    if not shown or not _THIS_INDICATOR_HELD.search(compact(t.question)) or any(m.of("indicator") for m in p.mentions):
        return None
    if (of_projects := _pointed_indicator_of_projects(t, p, shown[0])) is not None:
        return of_projects
    docs = [d for d in t.docs_of(p.departments()) if d in t.kb.documents]
    if not docs or t.doc_of(t.kb.indicator_project[shown[0]]) in docs:
        return None
    name = compact(t.kb.indicator_name[shown[0]])
    held = [i for pid, project in t.kb.projects.items() if project.document_id in docs
            for i in range(t.kb.project_span(pid)[0], t.kb.project_span(pid)[1] + 1)
            if compact(t.kb.indicator_name.get(i, "")) == name]
    if held:
        return Frame(intent="indicator_value", indicators=held, projects=list(dict.fromkeys(
            t.kb.indicator_project[i] for i in held)), doc_ids=docs)
    depts = "、".join(dict.fromkeys(t.kb.documents[d]["department_name"] for d in docs))
    return t.unknown(compose.indicator_not_in_department(depts, t.kb.indicator_name[shown[0]]), p.text, suggest=False)


def _pointed_indicator_of_projects(t: Turn, p: Parse, shown: int) -> Frame | Answer | None:
    """"基本公卫的传染病报告及时率" → "家医签约有这个指标吗": the indicator shown looked for among the indicators of
    the other projects named: those when they have it, else said they have none (never their every indicator);
    None when the question names no project besides the one shown."""
    own = t.kb.indicator_project[shown]
    pids = [r.id for m in p.mentions if m.score >= 100 for r in m.of("project") if r.id != own]
    if not pids or any(r.id == own for m in p.mentions for r in m.of("project")):
        return None
    name = compact(t.kb.indicator_name[shown])
    held = [i for pid in dict.fromkeys(pids) if pid in t.kb.projects
            for i in range(t.kb.project_span(pid)[0], t.kb.project_span(pid)[1] + 1)
            if compact(t.kb.indicator_name.get(i, "")) == name]
    if held:
        return Frame(intent="indicator_value", indicators=held, projects=list(dict.fromkeys(
            t.kb.indicator_project[i] for i in held)), doc_ids=list(dict.fromkeys(t.doc_of(pid) for pid in pids)))
    where = "、".join(dict.fromkeys(t.kb.projects[pid].name for pid in pids if pid in t.kb.projects))
    unknown = t.unknown(compose.not_its_indicator(where, t.kb.indicator_name[shown], t.kb.projects[own].name), p.text,
                        suggest=False)
    unknown.intent = KIND_NOT_HELD  # (settled: the facts read no other line of those projects' tables for it)
    return unknown


def _in_focus_indicator_names(t: Turn, word: str) -> bool:
    """Whether part of an indicator's name of the one project in focus holds the word."""
    if len(t.session.focus_projects) != 1:
        return False
    lo, hi = t.kb.project_span(t.session.focus_projects[0])
    return any(word in compact(t.kb.indicator_name.get(i, "")) for i in range(lo, hi + 1))


def _said_short_of_a_focus_indicator(t: Turn, word: str) -> bool:
    """"参与约访" of 参与区领导重点约访: a word of three or more characters that, in order, the name of one
    indicator of the one project in focus holds."""
    if len(t.session.focus_projects) != 1 or len(word) < 3:
        return False
    lo, hi = t.kb.project_span(t.session.focus_projects[0])
    return sum(in_order(word, compact(t.kb.indicator_name.get(i, ""))) for i in range(lo, hi + 1)) == 1


def _fresh(s) -> bool:
    """Nothing said before in this conversation that a pointer could take."""
    return not (s.frame or s.focus_projects or s.focus_indicators or s.recent_projects or s.last_list or s.facts)


def _asked_of_the_offered(t: Turn, p: Parse, f: Frame, offered: list[int]) -> Frame | None:
    """"防火经费多少" (which project?) → "它的绩效目标是啥": 它 is one of the projects just offered, not yet chosen:
    the choice is asked again, of the new question (a reply "1" then answers it of that project), never "nothing
    was asked before" nor every department's."""
    if p.departments() or p.self_reference or any(m.of("project") or m.of("indicator") for m in p.mentions):
        return None  # (a subject of its own named; what the frame found besides is the context's, not the words')
    text = compact(p.text).replace("其它", "  ")
    if not any(w in text and (w != "它" or text.startswith(w)) for w in t.kb.vocab.pointers):
        return None
    f.projects, f.indicators, f.ambiguous = [], [], [list(dict.fromkeys(offered))]
    t.picked = True  # (the choice asked again stands: no table line of the words read afresh)
    f.doc_ids = list(dict.fromkeys(t.doc_of(pid) for pid in offered))
    return f


def _without_antecedent(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """A pointer at earlier things (vocabulary `pointers`) in a conversation's first question, and
    nothing named it could be: answering the whole table would be a confident guess."""
    if f.projects or f.ambiguous or f.indicators or p.departments() or p.self_reference:
        return None  # "湛江人社局这三个任务": the pointer is at the department's own things
    text = compact(p.text).replace("其它", "  ")  # 其它 is "other", not a pointer at 它
    word = next((w for w in t.kb.vocab.pointers if w in text and (w != "它" or text.startswith(w))), None)
    if word is None:
        return None
    return t.unknown(compose.no_antecedent(word), p.text, suggest=False)


def _rate_stated(t: Turn, p: Parse, modifiers_named: Callable[[], bool]) -> Frame | None:
    """"湛江三支一扶项目" → "生活补贴每人每月多少": the text of the project the conversation is about states a
    figure with those words ("按照每人每月750元标准"): that sentence answers it, not "the table has no
    per-head figures"."""
    if not p.modifiers or modifiers_named():
        return None
    pids = list(dict.fromkeys(t.session.focus_projects))
    if any(m.of("department") or {r.id for r in m.of("project")} - set(pids) for m in p.mentions):
        return None  # a question naming a subject of its own is read whole (the facts find the value stating it)
    if not pids or len(pids) > 3:
        return None
    said = re.compile("".join(map(re.escape, dict.fromkeys(p.modifiers))) + r"[0-9]")
    rows = query.projects(t.conn, pids)
    found = [r["id"] for r in rows if said.search(compact(r["goal"] or ""))]
    if len(found) != 1:
        return None
    return Frame(intent="content", projects=found, within=True, doc_ids=[t.doc_of(found[0])])


def _not_held(t: Turn, p: Parse, modifiers_named: Callable[[], bool]) -> Answer | None:
    """A year no loaded table is of, or a word that changes what is asked ("人均", "去年"): say what
    cannot be told rather than answer as if the word were absent."""
    if not p.years and (gone := _named_only_in_other_years(t, p)) is not None:
        return gone  # "小微企业培育经费上年多少" of a 2026 目标表 beside a 2025 自评表 not holding it
    if p.modifiers and not modifiers_named() and not _said_in_named_texts(t, p) \
            and not _stating_the_figure(t, p, [], t.docs_of(p.departments())):
        # ("选600元档次的补贴每人每年多少": the text stating that figure says the 每人 too)
        return t.unknown(compose.modifier_not_held(p.modifiers), p.text, suggest=False)
    if p.unheld:
        return t.unknown(compose.field_not_held(p.unheld), p.text, suggest=False)
    if codes := _codes_not_held(t, p.text):
        answer = t.unknown(compose.code_not_held(codes), p.text, suggest=False)
        answer.debug["code_not_held"] = True  # (settled: the facts never answer another line in its place)
        return answer
    own_said = _OWN_LEVEL.search(p.text)  # ("局本级和指挥中心一共多少": 本级 is the bureau's own line, set with a unit)
    own_only = own_said is not None and all(w in own_said.group(0) for w in p.unnamed or p.unexplained) \
        and _own_beside_unit(t, p)
    one_side = bool(p.unnamed) and p.has("total", "compare", "which")
    # (the projects' names looked up only when a side may be missing: a common name is thousands of refs)
    if (one_side or _other_side_unread(p)) and not own_only \
            and (named := t.kb.project_names([m.of("project") for m in p.mentions if m.of("project")])) \
            and (one_side or len(named) == 1):
        # "健身设施专项资金和全民健身赛事经费加起来", "白茶资金和不存在资金加起来": one side found, the other no project:
        # never the one side's figure as if it were the sum, nor another project put in the missing side's place
        return t.unknown(compose.side_not_found(p.unnamed or p.unexplained, named), p.text, suggest=False)
    if p.years and (undated := _undated_tables_named(t, p)):
        # ("图书馆免费开放补助2024年是多少" of a table printing no year, other tables being of 2024: not its year)
        return t.unknown(compose.years_not_marked(p.years, undated), p.text, suggest=False)
    if p.years:
        docs = _year_scope(t, p)
        held = _years_held(t, docs, p.text)
        missing = [y for y in p.years if y not in held]
        if not missing and (own := _year_of_undated_table(t, p)):
            held, missing = own, [y for y in p.years if y not in own]
        if missing:
            if (elsewhere := _project_of_other_years(t, p, docs, missing)) is not None:
                return elsewhere
            if year_column_asked(t, p, missing):
                return None  # (a 申报表's column of the year: read by the project's handler)
            owners = {t.kb.documents[d]["department_name"] for d in docs}
            of = owners.pop() if len(owners) == 1 and len(t.kb.departments) > 1 else ""
            return t.unknown(compose.year_not_held(missing, sorted(held), of), p.text, suggest=False)
        return _named_only_in_other_years(t, p)
    return None


_YEAR_BEFORE = frozenset(("上年", "去年", "上一年", "上年度", "上一年度", "前一年"))


def _named_only_in_other_years(t: Turn, p: Parse) -> Answer | None:
    """"仙居市监局2025年编外人员经费多少": every project the names said fit is of a table of another year, and their
    departments' tables of the year said hold none of those names (the 2025 自评表 beside the 2026 目标表): not in that
    year's table — never the other year's figure, nor a question which of them."""
    if len(set(p.years)) > 1 or not p.years and not set(p.modifiers) & _YEAR_BEFORE:
        return None  # (no one year said: asked of no year; looked at before the projects, thousands of a common name)
    kb, pids = t.kb, list(dict.fromkeys(r.id for m in p.mentions for r in m.of("project")))
    if not pids or _YEAR_OF_A_DATE.search(p.text) or any(pid not in kb.projects for pid in pids):
        return None
    docs = {t.doc_of(pid) for pid in pids}
    owns = {kb.year_of_document(d) for d in docs}
    # (上年 / 去年 said of the projects of one year's table: the year before it)
    before = [y - 1 for y in owns if y] if len(owns) == 1 and set(p.modifiers) & _YEAR_BEFORE else []
    years = sorted(set(p.years)) or before
    if len(years) != 1:
        return None
    year = years[0]
    if any(kb.year_of_document(d) in (year, None) or year in kb.years_of_document(d) for d in docs):
        return None
    depts = sorted({kb.documents[d]["department_name"] for d in docs})
    # (tables of projects only: a 决算 or 对比表 of that year prints its lines as rows the facts read)
    of_year = [d for d in kb.documents_of_departments(depts) if kb.year_of_document(d) == year]
    if not all(kb.projects_of_document(d) for d in of_year):
        return None
    names = sorted({kb.projects[pid].name for pid in pids})
    if not of_year or any(kb.projects[q].name in names for d in of_year for q in kb.projects_of_document(d)):
        return None  # (no table of that year: the gate above; a namesake there: that year's project)
    own = kb.year_of_document(next(iter(docs))) if len({kb.year_of_document(d) for d in docs}) == 1 else None
    return t.unknown(compose.project_not_in_year("、".join(names), [year], own), p.text, suggest=False)


# A budget subject code said (款 5 digits, 项 7: 20807, 2080704), not a year, an amount or a count.
_SUBJECT_CODE = re.compile(r"(?<![\d.])([235]\d{4}(?:\d\d)?)(?![\d.%％])(?![年月日号万元亿人个户次件名])")


def _codes_not_held(t: Turn, text: str) -> list[str]:
    """Subject codes the question says ("2080704社会保险补贴") that no loaded table prints, where the tables are coded
    to that depth (a code of that length is printed): the line is not listed — never another line in its place."""
    said = _SUBJECT_CODE.findall(text)
    if not said:
        return []
    kb = t.kb
    codes = kb.__dict__.get("_subject_codes")
    if codes is None:
        codes = kb.__dict__["_subject_codes"] = frozenset(
            c for label in query.coded_row_labels(kb.conn) for c in re.findall(r"(?<!\d)\d{3,7}(?!\d)", label))
    # (of a 类 a table prints: 12315 of a hotline's name is no subject code)
    return [c for c in dict.fromkeys(said) if c not in codes and c[:3] in codes and any(len(x) == len(c) for x in codes)]


def _other_side_unread(p: Parse) -> bool:
    """Two things joined (和, 与, 跟) and added or set against each other, where the words of one side are read as
    nothing: the side not understood ("白茶资金和不存在资金加起来"), whatever the words are."""
    if not p.unexplained or not p.has("total", "compare") or p.refs("department"):
        return False  # (a side naming a department, "远安卫健本级和疾控", is the two departments' reading)
    spans = [(m.start, m.end) for m in p.mentions if m.of("project")]
    joins = [j.start() for j in _JOINED.finditer(p.text)]  # (_JOINED: below, one pattern for the module)
    words = [(a, a + len(w)) for w in p.unexplained if (a := p.text.find(w)) >= 0]
    return any(min(s0, w0) < j < max(s1, w1) - 1 and not (s0 <= j < s1) for s0, s1 in spans for w0, w1 in words
               for j in joins)


def _years_held(t: Turn, docs: list[int], text: str = "") -> set[int]:
    """The years the documents hold figures of; over every document (a question naming no department) worked
    out once per knowledge base, not walked again per question."""
    kb = t.kb
    if len(docs) == len(kb.documents) and set(docs) == kb.documents.keys():
        held = set(_years_of_every_document(kb))
    else:
        held = {y for d in docs for y in kb.years_of_document(d)}
    if text:  # (and the years printed at a column's head whose figures' words the question says)
        said, scope = compact(text), set(docs)
        for w, years in _column_head_years(t).items():
            if w in said:
                held.update(y for y, tables in years.items() if y not in held and not scope.isdisjoint(tables))
    return held


_HEAD_YEAR = re.compile(r"^(?:19|20)\d\d年度?")
_CODE_FIRST = re.compile(r"^\d{3,7}")


def _column_head_years(t: Turn) -> dict[str, dict[int, frozenset[int]]]:
    """Per word of a figure's labels (执行数, 合计, 教育支出), the tables and years printed at the head of those
    figures' columns by year (2024年 › 执行数 of a 2025 table): a year held where the question says one of the words, so
    "2024年执行数总计" is read from that column — never a year any of the department's other tables' words stand
    in (a 2024年预算数 column of its 基本支出 table does not hold its 2024年项目支出). Read once per knowledge base,
    by word: a question tests each distinct word once, not every table's every year's words."""
    return column_head_years(t.kb)


def column_head_years(kb: KnowledgeBase) -> dict[str, dict[int, frozenset[int]]]:
    """_column_head_years of a knowledge base (read_ahead reads it when the knowledge base opens)."""
    kept = kb.__dict__.get("_column_head_years")
    if kept is None:
        found: dict[str, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
        words_of: dict[tuple[str, str], list[str]] = {}  # (a table's labels repeat on every row: worked out once each)
        for r in query.column_head_years(kb.conn):
            labels = (r["row_labels"] or "", r["col_labels"] or "")
            words = words_of.get(labels)
            if words is None:
                words = words_of[labels] = [w for part in labels[0].split(query.FACT_SEP)[-1:] + labels[1].split(query.FACT_SEP)
                                            if len(w := _CODE_FIRST.sub("", _HEAD_YEAR.sub("", compact(part)))) >= 2]
            for w in words:
                found[w][r["year"]].add(r["document_id"])
        kept = kb.__dict__["_column_head_years"] = {w: {y: frozenset(ds) for y, ds in ys.items()}
                                                    for w, ys in found.items()}
    return kept


def _years_of_every_document(kb: KnowledgeBase) -> frozenset[int]:
    """The years any loaded document holds figures of (a question naming no department), once per knowledge base."""
    every = kb.__dict__.get("_years_of_every_document")
    if every is None:
        every = kb.__dict__["_years_of_every_document"] = frozenset(
            y for d in kb.documents for y in kb.years_of_document(d))
    return every


def read_ahead(kb: KnowledgeBase) -> None:
    """Read the per-knowledge-base maps of this module that scan every fact (the years every table holds, the years
    of columns' heads: 0.3 s at 100,000 facts) when the knowledge base opens, so that no question stalls on them."""
    _years_of_every_document(kb)
    column_head_years(kb)


def _named_projects_tables(t: Turn, p: Parse) -> tuple[set[int], set[int]]:
    """The projects named by their whole names, and the documents they are in."""
    pids = {r.id for m in p.mentions if m.score >= 100 for r in m.of("project")}
    return pids, {t.kb.projects[pid].document_id for pid in pids if pid in t.kb.projects}


def _undated_tables_named(t: Turn, p: Parse) -> list[str]:
    """The departments of the projects named, when every one is in a table printing no year and no other
    table of its department is of a year: a year asked of them cannot be told (else []). A department said
    whose tables hold none of them ("2026年长兴哪些部门安排了公务用车购置费", 公务用车购置经费 of 白云区信访局) asks
    its own tables' lines, not those projects: their undated table is not what the year is asked of."""
    pids, docs = _named_projects_tables(t, p)
    if not docs or len(pids) > 4 or _year_of_undated_table(t, p) or any(t.kb.year_of_document(d) for d in docs):
        return []
    if (said := p.departments()) and not docs & set(t.kb.documents_of_departments(said)):
        return []
    return sorted({t.kb.documents[d]["department_name"] for d in docs})


def _year_of_undated_table(t: Turn, p: Parse) -> set[int]:
    """The projects named are of a table printing no year: it is of the year its department's other tables are of
    (their own years, not the columns they compare with); empty when they are of none."""
    docs = _named_projects_tables(t, p)[1]
    if not docs or any(t.kb.year_of_document(d) for d in docs):
        return set()
    others = {x for dept in t.kb.departments_of_documents(docs) for x in dept.doc_ids} - docs
    return {y for x in others if (y := t.kb.year_of_document(x))}


def _said_in_named_texts(t: Turn, p: Parse) -> bool:
    """"三支一扶生活补贴每人每月多少标准": the words (每人每月) are in the named project's own text (按照每人每月
    750元标准): what the text says is the answer, not a figure the table lacks."""
    ids = sorted(p.ids_named("project", 4))
    named = sorted(p.ids_named("indicator", 8))
    if not (ids or named) or len(ids) > 4 or len(named) > 8:
        return False
    # Said as a whole ("每人每年" is not the text's "每人每月"): each run of 每X holding a modifier.
    said = [run for run in re.findall(r"(?:每[\u4e00-\u9fff])+", p.text) if any(w in run for w in p.modifiers)]
    words = said + [w for w in p.modifiers if not any(w in run for run in said)]
    texts = [r["goal"] or "" for r in query.projects(t.conn, ids)]
    rows = [*query.indicators(t.conn, project_ids=ids), *query.indicators(t.conn, ids=named)]
    # an indicator's value may say it too ("每次派驻三支团队")
    texts += [f"{k['period_value'] or ''}；{k['annual_value'] or ''}" for k in rows]
    if any(all(w in text for w in words) for text in texts):
        return True
    # or say it as a rate ("≥17.5元/亩" says 每亩) or in its name (每日开放时长): the indicator named, or one
    # saying what is asked after the word too ("每天开放多久"; not "每场演出实际观众" of 每场演出补助标准)
    rest = _asked_after(t, p, words)
    for k in rows:
        stated = _per_as_said(f"{k['name']}；{k['period_value'] or ''}；{k['annual_value'] or ''}")
        if all(w in stated for w in words) and (k["id"] in named or bool(rest) and all(w in stated for w in rest)):
            return True
    return False


def _asked_after(t: Turn, p: Parse, words: list[str]) -> list[str]:
    """The words of two characters or more said after the last of some words, question words left out."""
    end = max((p.text.find(w) + len(w) for w in words if w in p.text), default=-1)
    if end < 0:
        return []
    asked = {i for spans in p.concepts.values() for a, b in spans for i in range(a, b)}
    out, pos = [], end
    for tok in t.kb.segmenter.cut(p.text[end:]):
        if len(tok) >= 2 and tok not in t.kb.vocab.stopwords and not asked & set(range(pos, pos + len(tok))):
            out.append(tok)
        pos += len(tok)
    return out


def _per_as_said(text: str) -> str:
    """A text with its rates also said as people ask them: "≥17.5元/亩" says 每亩, "每日" says 每天."""
    return text + "".join(f"；每{unit}" for unit in re.findall(r"/([\u4e00-\u9fff])", text)) \
        + ("；每天" if "每日" in text else "") + ("；每日" if "每天" in text else "")


def _year_scope(t: Turn, p: Parse) -> list[int]:
    """The documents whose years a year asked is checked against: the departments named, else in a
    follow-up ("那22年的呢") the conversation's, else every table; of those, the tables of the kind said
    ("仙居2025年政府采购预算合计" of the 2026 采购表: not held for the 2025 自评表 beside it)."""
    scope = _year_scope_of_departments(t, p)
    kind, of_kind = t.kb.table_kind_said(p.text, p.table_words)
    return [d for d in scope if d in of_kind] or scope if kind else scope


def _year_scope_of_departments(t: Turn, p: Parse) -> list[int]:
    named = t.docs_of(p.departments())
    if named:
        return named
    if owners := _departments_of_named_projects(t, p):
        # "校舍维修2026年预算": the years of the tables its department has, not any; a 申报表's years (2027, 2028)
        # only for its own projects ("国有林场2027年护林员工资" of the 目标表 beside it is not of 2027)
        return _applied_for_by_name(t, p, t.docs_of(owners))
    s = t.session
    if s.talk_departments and is_followup(t, p):
        return _applied_for_by_name(t, p, t.docs_of(s.talk_departments) or list(t.kb.documents), s.focus_projects)
    return _applied_for_by_name(t, p, list(t.kb.documents), s.focus_projects if not p.departments() else ())


def _project_of_other_years(t: Turn, p: Parse, docs: list[int], missing: list[int]) -> Answer | None:
    """The years missing held by a table left out beside the project's own (its department's 自评表 of 2025 beside the
    2026 目标表 of "乡村振兴示范带建设补助资金" → "那2025年呢"): the project is not in that year's table — said so, never
    that the department has no table of the year."""
    said = [r.id for m in p.mentions for r in m.of("project")] or list(t.session.focus_projects)
    pids = [pid for pid in said if pid in t.kb.projects]
    if len(pids) != 1:
        return None
    own = t.doc_of(pids[0])
    besides = [d for d in t.kb.documents_of_departments([t.kb.documents[own]["department_name"]]) if d not in docs]
    if not besides or not all(any(y == t.kb.year_of_document(d) for d in besides) for y in missing):
        return None
    return t.unknown(compose.project_not_in_year(t.kb.projects[pids[0]].name, missing, t.kb.year_of_document(own)),
                     p.text, suggest=False)


def _applied_for_by_name(t: Turn, p: Parse, docs: list[int], talked: Sequence[int] = ()) -> list[int]:
    """The documents less each 申报表 beside a 目标表 that holds none of the projects named (or, named none, the
    ones talked about): the years it applies for (2027, 2028) are its own projects', not those of the 目标表's
    ("国有林场2027年护林员工资")."""
    said = [r.id for m in p.mentions for r in m.of("project")] or list(talked)
    named = {t.kb.projects[pid].document_id for pid in said if pid in t.kb.projects}
    return t.without_applications(docs, named) if named else docs


_YEAR_OF_A_DATE = re.compile(r"(?:19|20)\d\d年?(?:\d{1,2}月|[上下]半年|年?底|年?末|前|之前|以前|完工|完成|建成)")


_MONEY_ENDS = re.compile(r"(?:多少钱?|是多少)$")  # ("2025年操场改造经费多少": 经费 is the name's, the ask is its money)
_MONEY_NAMED = re.compile(r"经费|预算|决算|资金|钱|拨款|金额|补助|补贴")  # (a name ending in 补助 is money too)


def _departments_of_named_projects(t: Turn, p: Parse) -> list[str]:
    """The departments whose projects the question names when it asks their money (all of them, so a year
    any of their tables holds stays answerable); none when it names none, or asks a date or an indicator."""
    # (its execution is of its money too: "两癌筛查2024年执行率" of a 2025 自评表 is not that table's 执行率)
    money = p.has("amount", "total", "executed") or bool(_MONEY_ENDS.search(p.text) and _MONEY_NAMED.search(p.text))
    # ("森林抚育2025年多少": the project's "how much" with nothing else named is its money too)
    money = money or bool(_MONEY_ENDS.search(p.text)) and bool(p.mentions) \
        and all(m.of("project") or m.of("department") for m in p.mentions)
    if not money or _YEAR_OF_A_DATE.search(p.text) or any(m.of("indicator") for m in p.mentions):
        return []  # ("校舍维修是不是2026年8月底前完工": a date its indicators state, not money of that year)
    docs = {t.kb.projects[r.id].document_id for m in p.mentions if not m.of("department")
            for r in m.of("project") if r.id in t.kb.projects}
    return sorted({t.kb.documents[d]["department_name"] for d in docs})


def _projects_resolved(t: Turn, p: Parse, f: Frame, depts: list[str]) -> Answer | None:
    _one_name_in_pieces(p)
    _pieces_of_no_one_name(p)
    _name_tail_asks_no_money(t, p)
    _cost_named_as_its_project(t, p)
    _project_whose_indicators_are_listed(t, p)
    _abbreviation_of_its_project(t, p)
    _indicator_around_its_project(t, p)
    name_said_on(t, p)
    stop = resolve_projects(t, p, f, depts)
    t.said_for = kind_said_for(t, p)
    if stop is None:
        _count_in_a_measure(t, p, f)
        _other_side_by_its_word(t, p, f)
    return stop


def _other_side_by_its_word(t: Turn, p: Parse, f: Frame) -> None:
    """"碧江应急平台升级改造比运维多多少": set against the project named, a word (运维) that names no project by
    itself but is in the name of exactly one other project of the same table is that project."""
    if not p.has("compare") or len(f.projects) != 1 or f.ambiguous or len(p.unexplained) != 1 \
            or len(word := p.unexplained[0]) < 2 or f.projects[0] not in t.kb.projects:
        return
    at = p.text.find(word)
    if at < 0 or not (p.text[:at].endswith(("比", "和", "跟", "与", "同")) or p.text[at + len(word):].startswith("比")):
        return
    doc = t.kb.projects[f.projects[0]].document_id
    fits = [pid for pid in t.kb.projects_of_document(doc)
            if pid != f.projects[0] and word in compact(t.kb.projects[pid].name) and t.kb.projects[pid].kind != "department"]
    if len(fits) == 1:
        f.projects.append(fits[0])
        p.unexplained = []


def _name_tail_asks_no_money(t: Turn, p: Parse) -> None:
    """"放心消费创建经费哪个单位在用": a money word right after a project said short that ends its name too
    (经费 of 放心消费创建工作经费) is the name's, not money asked, when the question asks which unit."""
    if not p.has("department") or p.has("how_much"):
        return
    ends = {m.end: m for m in p.mentions if m.of("project")}
    kept = [(a, b) for a, b in p.concepts.get("amount", [])
            if a not in ends or not any(compact(t.kb.projects[r.id].name).endswith(p.text[a:b])
                                        for r in ends[a].of("project") if r.id in t.kb.projects)]
    if kept:
        p.concepts["amount"] = kept
    else:
        p.concepts.pop("amount", None)


def build_frame(t: Turn, p: Parse) -> Frame | Answer:
    """Resolve the parse into a frame, using the conversation where the question leaves things out.

    Named steps in order; each fills the frame, or returns the reply that ends the turn."""
    f = Frame()
    depts = p.departments()
    _scope_to_departments(t, p, f, depts)
    stop = _kind_not_held(t, p, depts) or _department_budget_not_held(t, p, depts) or _unit_named(t, p, f) or _projects_resolved(t, p, f, depts)
    if stop is not None:
        return stop
    _pointer_keeps_the_department(t, p, f, depts)
    for step_of_names in (_example_of_the_kind, _words_of_named_indicators, _project_said_by_names):
        step_of_names(t, p, f)
    ind_refs: list[set[Ref]] = p.refs("indicator")  # per mention (not one list of 35,000 refs)
    # One name from the dictionary: its indicator ids are the knowledge base's, sorted once.
    named_by = [m.text for m in p.mentions if m.score == 100.0 and m.of("indicator")]
    ind_form = named_by[0] if len(ind_refs) == 1 and len(named_by) == 1 else None
    _parameters_read(t, p, f)
    for step_of_amounts in (_project_by_its_amount, _than_the_average, _than_a_project):
        step_of_amounts(t, p, f)
    _exclude_or_take_all(t, p, f, ind_refs)
    if (stop := namesakes_counted(t, p, f)) is not None:
        return stop
    _names_holding(t, p, f)
    _unit_projects(t, f)
    last = t.session.frame
    picked = _point_into_last(t, p, f)
    if isinstance(picked, Answer):
        return picked
    if picked is not None:
        ind_refs, ind_form = picked, None
    if ind_refs:
        found = _indicators_asked(t, p, f, ind_refs, ind_form)
        if isinstance(found, Answer):
            return found
        f.indicators = found
        _indicators_narrowed(t, p, f)
    last = _earlier_frame(t, p, f, last)
    followup = is_followup(t, p)
    stop = _carry_context(t, p, f, last, followup, depts)
    if stop is not None:
        return stop
    _category_of_focus(t, p, f, last)
    _topic_of_focus(t, p, f, last, followup)
    _add_to_focus(t, p, f)
    _compare_with_recent(t, p, f)
    _compare_with_extreme(t, p, f)
    stop = _settle_intent(t, p, f, last, followup) or _sum_of_values_listed(t, p, f, last)
    if stop is not None:
        return stop
    _share_of_the_last_source(f, last, followup)
    _source_of_another_department(t, p, f, last, depts)
    for step in (_projects_or_key_tasks, _projects_of_a_generic_word, _one_source_only, _shared_with_focus, _kind_within_the_list, _projects_about, _named_in_a_sentence, _each_joined_piece, _which_project_of_a_kind, _stated_with_its_figure, _by_value_text, _excluded_by_pointer, _numbered_goal, _listed_by_name, _unit_listed, _units_asked, _projects_having_counted, _table_year_asked, _tables_asked, _how_long_limit, _when_asked, _class_of_indicator, _done_by_words,
                 _indicator_named_as_its_class, _value_of_one_said_short, _target_of_an_indicator, _count_named_by_an_indicator, _names_not_listed, _amount_or_texts, _money_or_not, _one_character_of_one_name, _said_in_a_projects_texts, _unexplained_words):
        stop = step(t, p, f)
        if stop is not None:
            return stop
    if not f.intent:
        return t.unknown(compose.NOT_UNDERSTOOD, p.text)
    return f


def _project_said_by_names(t: Turn, p: Parse, f: Frame) -> None:
    """"派律师进驻综治信访维稳中心的是哪个项目": the names of pieces of several projects said are words of what one
    project's texts say it does: that project's sentence is the answer (content), never one name's project asked
    for another's indicator."""
    pid = project_said_by_names(t, p, f)
    if pid is None:
        return
    f.intent, f.projects, f.ambiguous, f.within = "content", [pid], [], True
    f.doc_ids = [t.doc_of(pid)]
    p.unexplained = []
    p.mentions = [m for m in p.mentions if not (m.of("project") or m.of("indicator"))]  # (words of its texts)


# "超限检测站是哪两个", "哪两个乡镇列入省级示范": which ones, counted, of a thing a sentence names them in.
_WHICH_COUNTED = re.compile(r"是?哪(?:[两二三四五六七八九十几]|[0-9]+)[个家座所项条位处名]?|的")


def _named_in_a_sentence(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"超限检测站是哪两个": which ones (two, several) of a thing said in words that one project's goal holds
    word for word ("依托陈淋子、往流2个超限检测站") are what that sentence names: the sentence is the answer,
    never the amounts of the projects its short words happen to name (超限, 检测)."""
    if not re.search(r"哪(?:[两二三四五六七八九十几]|[0-9]+)", p.text) or f.indicators or f.categories or f.column \
            or f.amount_filter or p.has("amount", "how_much", "indicator", "goal"):
        return None
    pieces = [x for x in _WHICH_COUNTED.split(compact(p.text)) if x]
    if not pieces or not any(len(x) >= 3 for x in pieces) or any(len(x) < 2 for x in pieces):
        return None
    docs = f.doc_ids or list(t.kb.documents)
    found = [r["id"] for r in query.projects_in(t.conn, docs)
             if all(x in (goal := compact(r["goal"] or "")) for x in pieces) and goal]
    if len(found) != 1:
        return None
    f.intent, f.projects, f.ambiguous, f.within = "content", found, [], True
    f.doc_ids = [t.doc_of(found[0])]
    p.unexplained = []
    p.mentions = [m for m in p.mentions if not m.of("project")]  # (words of the sentence, not names asked)
    return None


def _projects_counted(t: Turn, p: Parse, f: Frame, span: tuple[int, int]) -> bool:
    """"前期工作要做几个项目": projects counted right after the count word, of the one project named (a project holds
    no projects of its own), which an indicator of it counts (开展前期工作项目数 5个): that quantity, never how many
    indicators it has; "信访局有几个项目" (no project named) counts the department's."""
    if not p.text.startswith("项目", span[1]) or len(f.projects) != 1:
        return False
    return any("项目" in r["name"] and re.search(r"[0-9]\s*个", f"{r['annual_value']}{r['period_value']}")
               for r in query.indicators(t.conn, project_ids=f.projects))


_COUNT_IN = re.compile(r"(?:几|多少)(条|项)")
_COUNT_LAST = re.compile(r"(?:几|多少)(个)$")
_PERSON_COUNTED = re.compile(r"(?:人员|员|人|者)(?:有|要|共|一共|总共)?$")


def _count_in_a_measure(t: Turn, p: Parse, f: Frame) -> None:
    """"补贴多少条城乡公交线路", "农村客运班线要开多少条", "编制几项规划": a count said in a measure word (条, 项; 个
    at the end: "监测点要布设多少个")
    of the thing an indicator named (or one of the project named) counts in that measure (≥36条) is that
    quantity, not how many indicators or projects there are — unless the question says 指标, 项目 or 类."""
    spans = p.concepts.get("count", [])
    if len(spans) != 1 or re.search(r"指标|类|种", p.text):
        return
    projects_counted = "项目" in p.text and _projects_counted(t, p, f, spans[0])
    if "项目" in p.text and not projects_counted:
        return
    m = _COUNT_IN.search(p.text[slice(*spans[0])])
    if m is None and (m := _COUNT_LAST.search(p.text[slice(*spans[0])])) and p.text[spans[0][1]:].strip("呢啊呀吧？?") \
            and not projects_counted:
        return  # ("监测点要布设多少个": 个 counts the thing said before it only at the end)
    if m is None:
        return
    ids = sorted({r.id for x in p.mentions for r in x.of("indicator")})
    projects = f.projects or [pid for group in f.ambiguous for pid in group]
    if not ids and not projects or len(ids) > 50 or len(projects) > 4:
        return
    rows = query.indicators(t.conn, ids=ids) if ids else query.indicators(t.conn, project_ids=projects)
    # ("编外人员有几个": people are counted by 个 in speech and by 人 or 名 in the tables)
    person = m.group(1) == "个" and _PERSON_COUNTED.search(p.text[:spans[0][0]])
    counted = re.compile(rf"[0-9]+(?:\.[0-9]+)?\s*{'[个人名]' if person else m.group(1)}")
    if any(counted.search(r[k] or "") for r in rows for k in ("annual_value", "period_value")):
        p.concepts["quantity"] = p.concepts.pop("count")


# "有没有车辆购置的项目", "有搞安保的项目吗", "车辆购置的项目有没有": whether some project is about X
_ANY_PROJECT_ABOUT = re.compile(r"^(?:请问)?(?:有没有|有无|是否有|有)(?:搞|做|管|关于)?(?P<x>.{2,16}?)(?:方面|相关|有关)?的?项目(?:吗|呢|啊)?$"
                                r"|^(?:搞|做|管|关于)?(?P<y>.{2,16}?)(?:方面|相关|有关)?的?项目(?:有没有|有吗|有无)(?:呢|啊)?$")


def _projects_about(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"有没有车辆购置的项目": the projects whose names, goals or indicators say X, each with its amount —
    never one indicator's value as if that were the answer; a project named whole keeps its own answer."""
    # "有没有下乡查档的项目": a short name (查档) inside more words is a word to find, not the project asked
    part_named = bool(f.projects and p.unexplained and f.intent == "amount")
    if f.intent not in ("project_list", "indicator_value", "indicator_list") and not part_named or f.column \
            or (f.projects or f.ambiguous) and not part_named or f.categories or f.amount_filter or f.value_bound \
            or f.order or re.search(r"\d", p.text) or not (m := _ANY_PROJECT_ABOUT.match(compact(p.text))) \
            or re.search(r"哪|什么|啥|几|多少|些|别的|其他|其它", m.group("x") or m.group("y")):
        return None  # (a bound or a kind of indicator said asks a list of its own)
    f.intent, f.indicators, f.categories, f.projects = "content", [], [], []
    p.unexplained = []
    return None


def _which_project_of_a_kind(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"满意度指标是多少", "满意度指标值多少": one value asked of a kind of indicator, no project named, when
    several projects of the one department in scope have that kind with different values: ask which project
    (the options: those projects; "都要" shows all). A list asked (有哪些) stays a list."""
    if f.intent not in ("indicator_list", "indicator_value") or len(f.categories) != 1 or f.indicators \
            or f.projects or f.ambiguous or p.departments() or not p.has("value", "how_much") or p.has("refer") \
            or not any(m.of("category") for m in p.mentions) \
            or p.has("list", "which", "count", "max", "min", "total", "share"):
        return None
    cat = f.categories[0]
    docs = f.doc_ids or list(t.kb.documents)
    if len(t.kb.departments_of_documents(docs)) != 1:
        return None  # (several departments: answered or asked by department, as every list is)
    rows = query.indicators(t.conn, doc_ids=docs, category=(cat.level, cat.name))
    values = {pid: {(r["annual_value"], r["period_value"]) for r in rows if r["project_id"] == pid}
              for pid in dict.fromkeys(int(r["project_id"]) for r in rows)}
    if len(values) < 2 or len({frozenset(v) for v in values.values()}) < 2:
        return None
    f.ambiguous, f.intent = [list(values)], "indicator_list"
    return None


# "哪个是效益指标", "哪几个属于质量指标": which of the indicators just listed are of a kind
_WHICH_OF_KIND = re.compile(r"^(?:那|那么)?(?:哪个|哪些|哪几个|哪一个|哪项|哪几项|哪条|哪几条)(?:是|属于|算|算是)")


def _kind_within_the_list(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"雇员工资经费的指标" → "哪个是效益指标": the kind among the indicators of the project just listed, not
    that kind over every project."""
    last = t.session.frame
    if last is None or last.intent != "indicator_list" or not last.projects or len(last.projects) > 3 \
            or f.intent != "indicator_list" or not f.categories or f.projects or f.ambiguous or f.indicators \
            or p.departments() or not _WHICH_OF_KIND.match(compact(p.text)):
        return None
    f.projects = list(last.projects)
    return None


# "哪些跟工资经费的一样", "和公用经费相同的有哪些": the indicators shared with another project named
_SAME_AS = re.compile(r"(?:跟|和|与|同)(?P<x>.{2,24}?)(?:的|项目的?)?(?:指标)?(?:是)?(?:一样|相同|重复|重合)")


def _shared_with_focus(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"政府雇员公用经费有哪些指标" → "哪些跟工资经费的一样": the indicators the project in view and the one
    named now both have (never the named project's amount)."""
    s, last = t.session, t.session.frame
    if not _SAME_AS.search(p.text) or len(s.focus_projects) != 1 or f.ambiguous or f.indicators:
        return None
    if not ((last is not None and last.intent == "indicator_list") or "指标" in p.text):
        return None
    named = [pid for pid in f.projects if pid not in s.focus_projects]
    if len(named) != 1:
        return None
    f.projects, f.intent = list(s.focus_projects) + named, "indicator_list"
    return None


def _count_named_by_an_indicator(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"疾控实验室项目" → "检测项目数要达到多少", "文化室设施改造项目数是多少": a piece of the question (4 characters or
    more, ending in 数) that one indicator's name of the projects asked holds and their names do not
    (实验室检测项目数) is that indicator: its value, not a count of indicators nor the project's amount."""
    pids = f.projects or list(t.session.focus_projects)
    if f.intent not in ("count", "indicator_list", "amount") or f.indicators or not pids or len(pids) > 3 \
            or _money_said(t, p):
        return None
    names = [compact(t.kb.projects[pid].name) for pid in pids if pid in t.kb.projects]
    own = query.indicators(t.conn, project_ids=pids)
    for end in (k + 1 for k, ch in enumerate(p.text) if ch == "数"):
        for start in range(max(0, end - 12), end - 3):
            piece = p.text[start:end]
            rows = [r for r in own if piece in compact(r["name"])]
            if rows and len({r["name"] for r in rows}) == 1 and not any(piece in n for n in names):
                f.intent, f.indicators, f.projects = "indicator_value", [r["id"] for r in rows], []
                return None
    return None


# "不全是财政拨款", "全靠财政拨款", "只有其他资金": a project's money all (or not all) from one source.
_SOLE_SOURCE = re.compile(r"(?P<neg>不|并非|并不)?(?:全|都|全部|完全|纯|只|仅)(?:是|有|靠|用|由|为)?(?:的)?"
                          r"(?P<src>财政专户拨款|财政专户|专户拨款|财政拨款|其他资金)")
_YES_NO = re.compile(r"吗|是不是|是否|有没有")  # (a yes or no asked of the money: answered by the sources)
_SOURCE_COLUMN = {"财政专户拨款": "special_account", "财政专户": "special_account", "专户拨款": "special_account",
                  "财政拨款": "fiscal_appropriation", "其他资金": "other"}


def _one_source_only(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"有几个项目不全是财政拨款", "哪些项目全是财政拨款": the table's projects whose money is not all (all) of
    that source, counted or listed; never a word "全" left unexplained."""
    m = _SOLE_SOURCE.search(p.text)
    if m is None or f.projects and not f.unit or f.ambiguous or f.indicators or p.has("how_much", "total") \
            or _SUM_SAID.search(t.question) or _YES_NO.search(t.question):
        return None  # (a unit named: its projects, which _of_unit keeps; "都是财政拨款吗 合计多少": asked otherwise)
    f.projects = []
    f.column, f.sole_source = _SOURCE_COLUMN[m.group("src")], m.group("neg") is None
    f.intent, f.count_of = ("count" if p.has("count") else "project_list"), "projects"
    p.unexplained = [w for w in p.unexplained if w not in m.group(0)]
    return None


def _target_of_an_indicator(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"退役军人服务中心接待来访目标": words left over that one indicator of the projects asked names (its
    characters in the name's order, 接待退役军人来访) make 目标 that indicator's target, not the goal text."""
    if f.intent != "goal" or not f.projects or f.indicators or not p.unexplained:
        return None
    said = compact("".join(p.unexplained))
    if len(said) < 3:
        return None
    rows = [r for r in query.indicators(t.conn, project_ids=f.projects) if in_order(said, compact(r["name"]))]
    if len({r["name"] for r in rows}) != 1 or len(rows) != 1:
        return None
    f.intent, f.indicators, f.projects = "indicator_value", [rows[0]["id"]], [rows[0]["project_id"]]
    p.unexplained = []
    return None


# "完成时间", "完工时间": what "什么时候完成/完工" is read as (normalize.fiscal_said).
_DONE_TIME = DONE_TIME


def _cost_named_as_its_project(t: Turn, p: Parse) -> None:
    """"民政局政府雇员工资" (政府雇员工资经费, whose 成本指标 elsewhere is named 政府雇员工资), "执法办案经费呢" (the
    成本指标 of 市场监管综合执法办案经费): a cost indicator named as the start or end of its own project's name,
    said with no indicator word, asks that project's money — the mention names the project (in every
    department holding a project of that name), never a target of another table's."""
    if p.has("indicator") or p.has("annual") or p.has("period") or "指标" in p.text:
        return
    kb = t.kb
    for m in p.mentions:
        inds = m.of("indicator")
        if not inds or len(inds) > 20 or m.score < 100:
            continue
        word = compact(m.text)
        rows = query.indicators(t.conn, ids=[r.id for r in inds])
        owners = {r["project_id"] for r in rows if r["project_id"] in kb.projects}
        if not rows or any(r["level2"] != "成本指标" for r in rows) or not all(
                compact(kb.projects[pid].name).startswith(word) or compact(kb.projects[pid].name).endswith(word)
                for pid in owners) or len(owners) != len(rows):
            continue
        m.refs = {*(r for r in m.refs if r.kind != "indicator"), *(Ref("project", pid) for pid in owners)}
        m.__dict__.pop("_by_kind", None)


def _project_whose_indicators_are_listed(t: Turn, p: Parse) -> None:
    """"外贸发展专项资金有哪些指标" (its 成本指标 named 外贸发展专项资金 too): a project's whole name said when
    indicators are listed or counted names the project whose indicators they are, not its one cost indicator
    of that name."""
    if not p.has("indicator") or not (p.has("list") or p.has("count")):
        return
    kb = t.kb
    for m in p.mentions:
        pids = {r.id for r in m.of("project") if r.id in kb.projects and compact(kb.projects[r.id].name) == compact(m.text)}
        inds = m.of("indicator")
        if not pids or not inds or len(inds) > 20:
            continue
        rows = query.indicators(t.conn, ids=[r.id for r in inds])
        if rows and all(r["level2"] == "成本指标" and r["project_id"] in pids for r in rows):
            m.refs = {r for r in m.refs if r.kind != "indicator"}
            m.__dict__.pop("_by_kind", None)


def _abbreviation_of_its_project(t: Turn, p: Parse) -> None:
    """"CMA资质认定和能力验证经费多少": a Latin abbreviation the named project's own goal says (资质认定（CMA）) is
    a word of that project, not a piece of its indicator's name (CMA复评审完成时间) when its money is asked."""
    if not p.has("how_much"):
        return
    kb = t.kb
    named = {r.id for m in p.mentions for r in m.of("project")}
    for m in list(p.mentions):
        inds = m.of("indicator")
        if not re.fullmatch(r"[a-z]{2,8}", m.text) or m.score >= 100 or m.of("project") or not inds or len(inds) > 5:
            continue
        owners = {kb.indicator_project.get(r.id, 0) for r in inds}
        if not owners <= named:
            continue
        goals = " ".join((r["goal"] or "").lower() for r in query.projects(t.conn, sorted(owners)))
        if m.text in goals:
            p.mentions.remove(m)


def _indicator_around_its_project(t: Turn, p: Parse) -> None:
    """"单个县级科技计划项目最多资助多少": a word left unread (单个) that only one indicator of the one project named
    holds, the rest of that indicator's name said too (项目 and 资助 of 单个项目资助额度, inside and beside the
    project's name): that indicator is asked, its words split by the name. The word is no word the question
    lacks, and an indicator none of whose other words is said is never guessed."""
    if not p.unexplained or not p.has("how_much"):
        return
    pids = {r.id for m in p.mentions for r in m.of("project")}
    if len(pids) != 1 or any(m.of("indicator") or m.of("department") for m in p.mentions):
        return
    words = list(p.unexplained)
    fits = [r for r in query.indicators(t.conn, project_ids=sorted(pids))
            if all(w in compact(r["name"]) for w in words)]
    if len(fits) != 1:
        return
    name = compact(fits[0]["name"])
    rest = name
    for w in words:
        rest = rest.replace(w, " ")
    said = p.text
    for w in words:
        said = said.replace(w, " ")
    pieces = [x[i:i + 2] for x in rest.split() for i in range(len(x) - 1)]
    if sum(1 for x in pieces if x in said) < 2:
        return  # (one pair of its other words said is a coincidence, not the indicator named)
    at = p.text.find(words[0])
    p.mentions.append(Mention(at, at + len(words[0]), words[0], {Ref("indicator", fits[0]["id"])}))
    p.unexplained = []


def _words_of_named_indicators(t: Turn, p: Parse, f: Frame) -> None:
    """Words read as a second project or indicator that belong to the indicator named (two steps)."""
    _indicator_word_of_another(t, p, f)
    _time_word_of_a_named_indicator(t, p)
    _piece_of_the_indicators_name(t, p, f)


def _piece_of_the_indicators_name(t: Turn, p: Parse, f: Frame) -> None:
    """"母婴友好医院今年培育几家": a word naming a project only as a piece of its name (培育 of 妇幼健康品牌培育
    经费), said beside an indicator named whose own name holds it (新培育母婴友好医院) of another project, is
    that indicator's word: the project is not asked."""
    if len(f.projects) != 1 or f.ambiguous:
        return
    kb, pid = t.kb, f.projects[0]
    said = [m for m in p.mentions if m.of("project")]
    inds = [m for m in p.mentions if m.of("indicator") and not m.of("project")]
    if len(said) != 1 or len(inds) != 1 or said[0].text in kb.full_forms or len(inds[0].refs) > 5 \
            or said[0].start < inds[0].start:
        return  # ("水库的移民村文化站覆盖率": a word said first, apart, names what is asked of)
    ids = [r.id for r in inds[0].refs]
    if all(said[0].text in kb.indicator_name[i] and kb.indicator_project.get(i) != pid for i in ids):
        f.projects = []
        p.mentions.remove(said[0])


def _time_word_of_a_named_indicator(t: Turn, p: Parse) -> None:
    """"八五普法总结验收啥时候完成": the indicator named in full, itself a time (时效), is the one asked when; the
    time word is not another indicator (项目完成时间 of every other project) to list beside it. (One that is no
    time, 数字化档案卷数, is asked of its project's time indicator: _when_of_named_indicator.)"""
    if not any(m.score < 100 and _DONE_TIME.fullmatch(m.text) for m in p.mentions):
        return  # (no loose time word to drop: nothing to look up)
    exact = [m for m in p.mentions if m.of("indicator") and m.score >= 100 and not _DONE_TIME.fullmatch(m.text)]
    ids = [int(r.key) for m in exact for r in m.refs if r.kind == "indicator"][:50]
    if exact and any("时效" in (r["level2"] or "") or _TIME_NAME.search(r["name"])
                     for r in query.indicators(t.conn, ids=ids)):
        p.mentions = [m for m in p.mentions if not (m.score < 100 and _DONE_TIME.fullmatch(m.text))]


def _worked_out_asked(t: Turn, p: Parse, f: Frame) -> None:
    """"就业补助资金预算执行率 你算一下": asked to work it out, the rate is the project's 执行数 over its budget,
    not the value the table states for an indicator of that name: the name is read as the question word."""
    if not p.has("compute"):
        return
    executed = sorted(t.kb.vocab.concepts.get("executed", ()), key=len, reverse=True)
    for m in list(p.mentions):
        word = next((w for w in executed if m.of("indicator") and w.endswith("率") and w in m.text), None)
        if word is None:
            continue
        start = m.start + m.text.index(word)
        p.concepts.setdefault("executed", []).append((start, start + len(word)))
        named = {r.id for r in m.of("indicator")}
        f.indicators = [i for i in f.indicators if i not in named]
        if all(r.kind == "indicator" for r in m.refs):
            p.mentions.remove(m)  # nor is a figure of that name what the facts should look up


def _pointer_keeps_the_department(t: Turn, p: Parse, f: Frame, depts: list[str]) -> None:
    """"东湖分局专项资金项目" → "它的绩效总目标": a pointer, no department named, and only projects of
    another department matched by a word ("绩效" of 部门整体绩效): "它" is the project just answered about."""
    s = t.session
    if depts or not s.focus_projects or not p.has("refer") or not (f.projects or f.ambiguous):
        return
    kb = t.kb
    ours = {kb.department_of(pid) for pid in s.focus_projects if pid in kb.projects}
    matched = [*f.projects, *(pid for group in f.ambiguous for pid in group)]
    if ours and not {kb.department_of(pid) for pid in matched if pid in kb.projects} & ours:
        f.projects, f.ambiguous = list(s.focus_projects), []


def _the_one_of_the_kind_said(t: Turn, p: Parse) -> str:
    """The one loaded department of the kind a self-reference says ("咱们局", "局里": the one whose name ends in 局;
    "本单位": the one holding projects); "" when none or several are."""
    start, end = p.self_reference[0]
    said = re.sub(r"[里内]$", "", p.text[start:end])
    holding, suffixes, of_kind = _departments_by_kind(t.kb)
    if said.endswith(("单位", "部门")):
        names = holding
    else:
        kind = next((w for w in suffixes if said.endswith(w)), "")
        names = of_kind.get(kind, frozenset())
    return next(iter(names)) if len(names) == 1 else ""


def _departments_by_kind(kb) -> tuple[frozenset[str], list[str], dict[str, frozenset[str]]]:
    """The loaded departments holding projects, the department suffixes longest first, and the departments whose
    name ends in each suffix: worked out once per knowledge base (a self-reference reads them on every question)."""
    kept = kb.__dict__.get("_departments_by_kind")
    if kept is None:
        holding = frozenset(kb.documents[project.document_id]["department_name"] for project in kb.projects.values()
                            if project.document_id in kb.documents)
        suffixes = sorted(kb.vocab.department_suffixes, key=len, reverse=True)
        of_kind = {w: frozenset(d.name for d in kb.departments if d.name.endswith(w)) for w in suffixes}
        kept = kb.__dict__["_departments_by_kind"] = (holding, suffixes, of_kind)
    return kept


def _scope_to_departments(t: Turn, p: Parse, f: Frame, depts: list[str]) -> None:
    """The documents the question names: its departments, every one ("各部门"), or the conversation's
    ("我们局"); departments its words could name are kept to ask which."""
    s, kb = t.session, t.kb
    f.doc_ids = t.docs_of(depts)
    if p.all_departments and not depts and len(kb.departments) > 1:
        # "各部门的总预算": answered for every department, never asked which.
        f.doc_ids, f.every_department, f.label = list(kb.documents), True, ALL_LABEL
    elif p.self_reference and not depts and s.doc_ids:
        f.doc_ids = list(s.doc_ids)  # "我们局": the department the conversation is about
    elif p.self_reference and not depts and (own := _the_one_of_the_kind_said(t, p)):
        f.doc_ids = t.docs_of([own])  # "咱们局一共几个项目": the one 局 loaded (beside a county's own tables)
    t.dept_choices = depts if p.department_ambiguous() else []
    kind, of_kind = kb.table_kind_said(p.text, p.table_words)
    if kind and not f.every_department:
        # "自评表效益类指标有几个": the tables of that kind (of the departments named, if any hold one)
        kept = [d for d in f.doc_ids if d in of_kind] if f.doc_ids else of_kind
        if kept:
            f.doc_ids = kept
            t.dept_choices = [c for c in t.dept_choices if set(t.docs_of([c])) & set(kept)]
            if len(t.dept_choices) == 1 and not DEPARTMENTS_ACROSS.search(p.text):
                # ("天台国资预算…" of 天台县 and 天台县农业农村局: the one holding the kind said; never "哪个部门…",
                # the departments a county's table lists asked across)
                t.dept_choices = []
    _choices_of_the_year_said(t, p, f)
    _tables_of_the_year_said(t, p, f)


def _tables_of_the_year_said(t: Turn, p: Parse, f: Frame) -> None:
    """"天台农业农村局25年项目支出多少", "…2025年自评效益指标几个": one department's tables of several years and one
    year said: the tables holding figures of that year, never the other year's table answering as if the year were
    not said (its 2026 目标表 beside its 2025 自评表). Tables printing no year, or none of the year, are left as
    they are (the checks of a year not held say so)."""
    years, kb = set(p.years), t.kb
    if len(years) != 1 or len(f.doc_ids) < 2 or t.dept_choices or f.every_department:
        return
    if len({kb.documents[d]["department_name"] for d in f.doc_ids}) != 1:
        return
    dated = {d: kb.year_of_document(d) for d in f.doc_ids}
    if None in dated.values() or len(set(dated.values())) < 2:
        return
    of_year = [d for d in f.doc_ids if dated[d] in years or years & kb.years_of_document(d)]
    if of_year and _names_what_it_holds(t, p, of_year):
        f.doc_ids = of_year


def _choices_of_the_year_said(t: Turn, p: Parse, f: Frame) -> None:
    """A word naming several departments ("天台": 天台县 and 天台县农业农村局) with a year said (and a kind of table)
    only one of them holds a table of: that one, never asked which. (Said with no year, the one a kind of table
    left is still offered, or "哪个部门…" answered across the place's departments.)"""
    if not p.years or DEPARTMENTS_ACROSS.search(p.text):
        return  # ("仙居2026年哪个部门…": the departments asked across, none chosen)
    choices, docs = t.dept_choices, f.doc_ids
    if len(choices) > 1:
        # (the tables of the year only: its 2026 目标表 beside the 2025 自评表 is no answer of 2025)
        docs = [d for d in f.doc_ids if t.kb.year_of_document(d) in p.years]
        choices = [c for c in choices if set(t.docs_of([c])) & set(docs)]
    if len(choices) == 1 and p.department_ambiguous():
        held = [d for d in t.docs_of(choices) if d in docs]
        if _names_what_it_holds(t, p, held):
            f.doc_ids, t.dept_choices = held, []


def _names_what_it_holds(t: Turn, p: Parse, docs: list[int]) -> bool:
    """Whether the question names something besides the place and the year that the chosen tables hold: a
    project or an indicator, or a row printed in them ("天台25年基本支出多少"). A year said with no such thing
    ("天台2025年一共多少钱", "天台25年呢") settles no department: the place's other tables print that year's
    figures too, so which department is still asked."""
    if any(r.kind != "department" for m in p.mentions for r in m.refs):
        return True
    rest = list(p.text)
    for m in p.mentions:
        rest[m.start:m.start + len(m.text)] = [" "] * len(m.text)
    said = re.sub(r"\d+年?", " ", "".join(rest))
    for labels in query.row_labels_of(t.conn, docs):
        for part in labels.split(query.FACT_SEP):
            name = _ROW_NUMBERING.sub("", compact(part))
            if len(name) >= 2 and name in said:
                return True
    return False


# A row label's own code and ordinal ("1030601一、利润收入"): not said with the row's name.
_ROW_NUMBERING = re.compile(r"^\d*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）])?")


def _kind_not_held(t: Turn, p: Parse, depts: list[str]) -> Answer | None:
    """"社工部的项目绩效目标表有吗 满意度指标多少": a kind of table said of departments named, none of whose
    tables is of that kind: they have none, never an answer read from their other tables."""
    kind, of_kind = t.kb.table_kind_said(p.text, p.table_words)
    docs = t.docs_of(depts) if kind and depts else []
    if not docs or set(docs) & set(of_kind) or kind in t.kb.vocab.table_words:
        return None  # (a kind said without 表, 评价: a table of every department's rows, theirs too)
    if kind.startswith("部门") and re.search(rf"(?:哪个|哪一个|哪些|哪几个|几个|各|每个|所有){re.escape(kind)}|{re.escape(kind)}(?:数|额)", p.text):
        return None  # ("哪个部门决算数最大": the departments asked and a column's word, no 部门决算 said)
    held = sorted({compose.table_name("", t.kb.documents[d].get("form"), t.kb.documents[d].get("year")) for d in docs})
    unknown = t.unknown(compose.kind_not_held("、".join(depts), kind.removesuffix("表"), held), p.text, suggest=False)
    unknown.intent = KIND_NOT_HELD  # (the facts do not read its other tables for it)
    return unknown


# "部门预算", "部门整体预算": the department's own budget, which a 项目申报表 (a project applied for) is not.
_DEPARTMENT_BUDGET = re.compile(r"部门(?:整体|总|全年)?预算|单位(?:整体)?预算|部门支出预算")


def _department_budget_not_held(t: Turn, p: Parse, depts: list[str]) -> Answer | None:
    """"湄潭农业农村局部门预算": departments named whose tables are all 项目申报表 have no 部门预算 in them — said
    so, never a project's figure (its 当年 or its 项目总预算) as the department's budget."""
    docs = t.docs_of(depts) if depts else []
    if not docs or not _DEPARTMENT_BUDGET.search(p.text) \
            or any(t.kb.documents[d]["layout"] != "project-application" for d in docs):
        return None
    unknown = t.unknown(compose.no_department_budget(depts), p.text, suggest=False)
    unknown.intent = KIND_NOT_HELD  # (no table of that kind: the facts read no line of the forms for it)
    return unknown


def _parameters_read(t: Turn, p: Parse, f: Frame) -> None:
    """What the question asks of its things (see _read_parameters), then the things that cannot answer it left out."""
    _read_parameters(p, f)
    _tasks_left_out(t, p, f)


def _tasks_left_out(t: Turn, p: Parse, f: Frame) -> None:
    """"松材线虫那个项目财政拨款多少" fitting a project (松材线虫病疫情防控经费) and a 部门整体表's 重点工作任务 of like name:
    a source of funds or the indicators asked are a project's (a task prints neither), so the task is no choice."""
    if not f.ambiguous or not (f.column or p.has("indicator", "category")) and not p.categories():
        return
    kept = []
    for group in f.ambiguous:
        projects = [pid for pid in group if pid in t.kb.projects and t.kb.projects[pid].kind == "project"]
        kept.append(projects if projects and len(projects) < len(group) else group)
    kept = [_holding_the_kind(t, p, g) for g in kept]
    f.ambiguous = [g for g in kept if len(g) >= 2]
    f.projects = list(dict.fromkeys([*f.projects, *(g[0] for g in kept if len(g) == 1)]))


def _holding_the_kind(t: Turn, p: Parse, group: list[int]) -> list[int]:
    """"部门整体绩效表的成本指标有哪些": of the projects a name fits (two departments' 部门整体绩效), those with
    indicators of the kind asked; the group as it was when all or none have them (each then says so)."""
    categories = p.categories()
    if not categories or any(m.of("indicator") for m in p.mentions):
        return group
    holding = [pid for pid in group if any(query.indicators(
        t.conn, project_ids=[pid], category=("level1" if c.level == "level1" else "level2", str(c.key))) for c in categories)]
    return holding if holding and len(holding) < len(group) else group


def _read_parameters(p: Parse, f: Frame) -> None:
    """Categories, period or annual values, a column, an amount filter, a ranking and its order."""
    f.categories = p.categories()
    # "实施周期和年度分别是啥": both asked, both shown (None).
    f.value_kind = None if p.has("period") and p.has("annual") else (
        ("period" if p.has("period") else None) or ("annual" if p.has("annual") else None))
    for word, column in COLUMN_WORDS.items():
        if word in p.text:
            f.column = column
            break
    f.amount_filter, f.value_has, f.value_bound = p.amount_filter, p.value_has, p.value_bound
    # "这几个项目一共", "重点工作任务资金合计": the sum of the projects (tasks), not the table's own total.
    tasks = any("任务" in p.text[a:b] for a, b in p.concepts.get("project", []))
    f.over_projects = p.has("project") and (p.has("refer") or bool(p.rank_n) or tasks) and p.has("total")
    f.rank_n, f.rank_offset = p.rank_n, p.rank_offset
    if p.has("desc"):
        f.order = "desc"
    elif p.has("asc") or p.has("min"):
        f.order = "asc"
    elif p.has("max") or p.has("rank") or p.rank_n or p.rank_offset:
        f.order = "desc"


def _project_by_its_amount(t: Turn, p: Parse, f: Frame) -> None:
    """"十二万的项目是哪个，目标是啥", "六十四万多那个项目有哪些指标": a project pointed at by its total (exactly, or
    within the range an amount said roughly covers), asked for its goal or indicators, is that project, where
    exactly one of the tables in scope has such a total."""
    if f.projects or f.ambiguous or not f.amount_filter or f.amount_filter[0] != "eq" or len(p.amounts) != 1 \
            or not p.amounts[0].has_unit or not (p.has("goal") or p.has("indicator") or p.categories()):
        return
    low, high = p.amount_window() or (p.amounts[0].value, p.amounts[0].value)
    found = query.projects_filtered(t.conn, f.doc_ids or list(t.kb.documents), "eq", low, None) if low == high else \
        query.projects_filtered(t.conn, f.doc_ids or list(t.kb.documents), "between", low, high - 0.01)
    rows = [r for r in found if r["kind"] != "department" and (r["money_unit"] or "万元") == "万元"]
    if len(rows) == 1:
        f.projects, f.amount_filter = [rows[0]["id"]], None


# ("超过全局平均数", "低于全部项目的平均": the average of the projects in scope, said with its whole)
_OF_ALL = r"(?:全局|全部项目|所有项目|全部|各项目|项目)?的?"
_THAN_AVERAGE = re.compile(rf"(高于|超过|超出|大于|多于|低于|少于|小于|不到|不足)(?:了)?{_OF_ALL}平均(?:值|数|水平|线)?"
                           rf"|比{_OF_ALL}平均(?:值|数|水平)?(?:还|要)?(高|多|大|低|少|小)")


def _than_the_average(t: Turn, p: Parse, f: Frame) -> None:
    """"局里项目平均每个多少钱" → "高于平均的有哪些": a bound at the average of the projects in scope (one
    department's table), as a filter by that amount."""
    m = _THAN_AVERAGE.search(p.text)
    if m is None or f.amount_filter is not None or any(not x.of("department") for x in p.mentions):
        return  # ("信访局有几个项目高于平均": the department names the scope)
    docs = f.doc_ids or t.session.doc_ids or (list(t.kb.documents) if len(t.kb.departments) == 1 else [])
    totals = [pr.total for pr in t.kb.projects.values()
              if pr.document_id in docs and pr.kind != "department" and pr.total is not None]
    if len({t.kb.documents[d]["department_name"] for d in docs}) != 1 or len(totals) < 2:
        return
    more = (m.group(1) or m.group(2)) in ("高于", "超过", "超出", "大于", "多于", "高", "多", "大")
    p.amount_filter = f.amount_filter = ("gt" if more else "lt", round(sum(totals) / len(totals), 6), None)
    f.doc_ids = list(docs)
    p.unexplained = [w for w in p.unexplained if w not in m.group(0)]


# "比信访工作经费多的项目有哪些", "哪些项目比法律顾问经费少": the projects past that one's amount.
_THAN_PROJECT = re.compile(r"比(?P<name>[^比]{2,30}?)(?:的)?(?:经费|预算|金额|钱|资金)?(?:还|要|更)?(?P<dir>多|高|大|少|低|小)")
_PROJECTS_ASKED = re.compile(r"(?:多|高|大|少|低|小)的(?:项目|有|是|都)|(?:哪些|哪几个|哪个|有几个|几个)项目比|项目(?:有)?(?:哪些|哪几个)比")


def _than_a_project(t: Turn, p: Parse, f: Frame) -> None:
    """"比信访工作经费多的项目有哪些": a bound at the one project named after 比, as a filter by its amount
    (that project itself left out); never that project's own amount."""
    m = _THAN_PROJECT.search(p.text)
    if m is None or f.amount_filter is not None or len(f.projects) != 1 or f.ambiguous \
            or not _PROJECTS_ASKED.search(p.text):
        return
    named = [x for x in p.mentions if x.of("project") and m.start("name") <= x.start < m.end("name")]
    row = query.projects(t.conn, f.projects)[0] if named else None
    if row is None or row["total"] is None:
        return
    more = m.group("dir") in ("多", "高", "大")
    p.amount_filter = f.amount_filter = ("gt" if more else "lt", row["total"], None)
    f.doc_ids, f.exclude, f.projects = f.doc_ids or [row["document_id"]], [row["id"]], []
    for concept in ("compare", "amount"):
        p.concepts.pop(concept, None)


_EXAMPLE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:那些|这些|那类|这类|之类的?|等等)")


def _example_of_the_kind(t: Turn, p: Parse, f: Frame) -> None:
    """"松材线虫那些有害生物防治经费多少": a thing said right before the project's name with 那些 / 之类 is an
    example of what the name says (有害生物), which its goal names too: the project is asked, not a part of it."""
    if len(f.projects) != 1 or f.ambiguous:
        return
    start = min((m.start for m in p.mentions if m.of("project")), default=-1)
    said = next((m for m in _EXAMPLE.finditer(p.text) if m.end() == start), None)
    if said is None or said.group(0) not in p.unexplained:
        return
    goal = compact(query.projects(t.conn, f.projects)[0]["goal"] or "")
    if said.group(1) in goal:
        p.unexplained.remove(said.group(0))
        p.concepts.setdefault("example", []).append((said.start(), said.end()))  # (no word to search for)


def _of_the_year_or_kind_said(t: Turn, p: Parse, f: Frame) -> None:
    """"2025年高标准农田建设补助资金多少", "高标准农田补助执行率": a name fitting projects of tables of several years
    (a department's 2026 目标表 and its 2025 自评表) is the one of the year said, or the one of a table that holds
    what is asked when only one kind does (执行数, 完成值, 得分: a self-evaluation's); the choice is left to ask
    when neither tells them apart."""
    if not f.ambiguous:
        return
    kb, years = t.kb, set(p.years)
    evaluated = p.has("executed", "completion") or bool(p.unheld)
    left = []
    for group in f.ambiguous:
        docs = {pid: t.doc_of(pid) for pid in group}
        kept = group
        if years and len({kb.year_of_document(d) for d in docs.values()}) > 1:
            kept = [pid for pid in kept if kb.year_of_document(docs[pid]) in years] or kept
        if evaluated and len(kept) > 1:
            kept = [pid for pid in kept if docs[pid] in kb.evaluated_documents] or kept
        if len(kept) == 1:
            f.projects.append(kept[0])
        else:
            left.append(group)
    f.ambiguous = left


def _one_per_name(t: Turn, p: Parse, f: Frame) -> None:
    """"卫生院改造和设备购置两个项目合计": as many projects counted as names said, so a name fitting several
    means the one sharing the longest head with the other names' projects, never all of them; "卫生院改造"
    → "设备购置那个呢": the one sharing its head with the project just talked about. No clear nearest: the
    choice is left to ask."""
    if not f.ambiguous:
        return
    counted = p.rank_n is not None and p.rank_n == len(f.projects) + len(f.ambiguous)
    # ("雇员工资经费" → "那两个雇员经费加起来呢": the count is of the name's own projects, no sibling of the focus)
    sibling = (not f.projects and len(f.ambiguous) == 1 and len(t.session.focus_projects) == 1
               and elliptic(t, p) and p.rank_n != len(f.ambiguous[0]))
    anchors = list(f.projects) if counted else list(t.session.focus_projects) if sibling else []
    if not anchors:
        return
    names = [t.kb.projects[pid].name for pid in anchors if pid in t.kb.projects]
    left = []
    for group in f.ambiguous:
        nearest = _nearest_by_head(t, names, group)
        if nearest is None:
            left.append(group)
        else:
            f.projects.append(nearest)
    f.ambiguous = left


def _of_the_named_table(t: Turn, p: Parse, f: Frame) -> None:
    """"雇员工资和慢病防控加一起多少": a short name fitting one project in each of several departments' tables,
    joined (和、加) to projects named in one table only, is that table's project, never every department's."""
    if not f.projects or not f.ambiguous:
        return
    docs = {t.doc_of(pid) for pid in f.projects}
    if len(docs) != 1:
        return
    joined = [{r.id for r in m.of("project")} for m in p.mentions if m.of("project") and joined_to_another(p, m)]
    left = []
    for group in f.ambiguous:
        ours = [pid for pid in group if t.doc_of(pid) in docs]
        # ("松材线虫和有害生物监测两个项目加一起": a key task of the whole table the name fits too is no project of it)
        tasks = all(t.kb.projects[pid].kind in ("task", "department") for pid in group if pid not in ours)
        if len(ours) == 1 and len({t.doc_of(pid) for pid in group}) == len(group) and (set(group) in joined or tasks):
            f.projects.append(ours[0])
        else:
            left.append(group)
    f.ambiguous = left


def _source_left_out(p: Parse, f: Frame) -> bool:
    """"取用水计量那个项目除了财政拨款还有多少钱", "财政拨款以外的钱": a source of funds left out (除了 before it,
    以外 after it) of a project named: its other sources, not the other projects."""
    if not f.projects or f.ambiguous or len(p.concepts.get("source", [])) != 1:
        return False
    (a, b), cut = p.concepts["source"][0], p.concepts.get("exclude", [])
    return any(e == a or s == b or s == b + 1 and p.text[b] == "的" for s, e in cut) and p.has("how_much")


def _indicator_word_of_focus(t: Turn, p: Parse, f: Frame) -> None:
    """"坡耕地治理项目多少钱" → "每亩配套标准多少": a word several projects' names share (配套), said with no
    other project named (or beside the one named), that an indicator of that project holds (每亩梯田县级配套标准)
    asks that indicator of it, not which of the projects nor all its indicators."""
    if len(f.projects) == 1 and not f.ambiguous:
        pid = f.projects[0]
        words = [compact(m.text) for m in p.mentions if len(m.of("project")) > 1 and Ref("project", pid) in m.of("project")]
    else:
        focus = list(t.session.focus_projects)
        if f.projects or len(f.ambiguous) != 1 or len(focus) != 1 or focus[0] not in f.ambiguous[0] or p.departments() \
                or p.rank_n == len(f.ambiguous[0]):  # ("那两个网格员经费加起来呢": the name's projects counted, all asked)
            return
        pid, words = focus[0], [compact(m.text) for m in p.mentions if m.of("project")]
    lo, hi = t.kb.project_span(pid)
    names = [t.kb.indicator_name.get(i, "") for i in range(lo, hi + 1) if t.kb.indicator_project.get(i) == pid]
    if len(words) == 1 and not f.indicators and any(words[0] in n for n in names):
        f.projects, f.ambiguous = [pid], []
        _value_word_of_focus(t, p, f)


def _of_its_unit(t: Turn, p: Parse, f: Frame) -> None:
    """"救援大队的装备购置经费" → "比它的森林防灭火经费多多少": a name two units' projects share, said as "its",
    is the one under the unit of the project in focus (the other unit's is not its own)."""
    focus = list(t.session.focus_projects)
    if not f.ambiguous or not p.has("refer") or len(focus) != 1 or focus[0] not in t.kb.projects:
        return
    own = t.kb.projects[focus[0]]
    left = []
    for group in f.ambiguous:
        same = [pid for pid in group if pid in t.kb.projects and t.kb.projects[pid].document_id == own.document_id
                and t.kb.projects[pid].unit_name == own.unit_name]
        if len(same) == 1 and own.unit_name:
            f.projects.append(same[0])
        else:
            left.append(group)
    f.ambiguous = left


def _nearest_by_head(t: Turn, names: list[str], group: list[int]) -> int | None:
    """The project of the group whose name shares the longest head (4 characters at least) with one of
    the names, when no other shares as long a one."""
    def head(pid: int) -> int:
        name = t.kb.projects[pid].name if pid in t.kb.projects else ""
        return max((len(os.path.commonprefix([name, other])) for other in names), default=0)

    heads = sorted(((head(pid), pid) for pid in group), reverse=True)
    if not heads or heads[0][0] < 4 or (len(heads) > 1 and heads[1][0] == heads[0][0]):
        return None
    return heads[0][1]


_SUM_SAID = re.compile(r"一共|总共|加起来|合起来|加一起|加在一起|共计|合计")
_COUNT_SAID = re.compile(r"几|多少[个项条人名位辆次户]|人数|指标|数量")


def _exclude_or_take_all(t: Turn, p: Parse, f: Frame, ind_refs: list[set[Ref]]) -> None:
    """Projects left out ("除了…以外"), what is measured or counted, and every project of an ambiguous
    name when the question asks for all of them (one per name when the names are counted)."""
    _of_the_year_or_kind_said(t, p, f)
    _one_per_name(t, p, f)
    _of_the_named_table(t, p, f)
    _of_its_unit(t, p, f)
    _indicator_word_of_focus(t, p, f)
    if _source_left_out(p, f):
        f.besides_column, f.intent = True, "source"
    elif p.has("exclude") and (f.projects or f.ambiguous):
        # "除了雇员以外": every project the name fits is left out, nothing to choose between.
        f.exclude = f.projects + [pid for g in f.ambiguous for pid in g]
        f.projects, f.ambiguous = [], []
    if p.has("indicator") or (f.order and "指标" in p.text):
        f.measure = "indicators" if not re.search(r"类别|一级|二级|类", p.text) else "categories"
    f.count_of = "indicators" if (p.has("indicator") or f.categories or ind_refs) else "projects"
    # "雇员那两个加起来": every project of an ambiguous short name, when the question asks for all.
    # "政府雇员两项呢": a count that is just how many projects the name fits also asks for all of them.
    # "雇员经费总共多少": a sum said of a name only (not the column 总计) adds every project it fits.
    counted_names = p.rank_n is not None and p.rank_n == len(f.projects) + len(f.ambiguous)
    if f.ambiguous and (p.has("total", "compare") or p.rank_n) and not counted_names and (
            re.search(r"两个|都|各|一起|它们|分别", _they_as_it(p.text))
            # (a name matched by fuzzy, 专项资金分配 ~ 专项资金, is no short name said: its projects are not all asked)
            # (beside another project named, "河道保洁加汛期巡查一共多少", the short name is one more of the things
            # added: which one it is is asked, never every project it fits added in)
            or (_SUM_SAID.search(p.text) and not _COUNT_SAID.search(p.text) and not p.fuzzy and not f.projects)
            or p.rank_n == sum(len(g) for g in f.ambiguous)) \
            or f.ambiguous and p.has("differ") and p.has("period") and p.has("annual"):
        # ("哪些指标实施周期和年度不一样 危桥改造那个": the filter is asked of each, its indicators shown by project)
        for group in f.ambiguous:
            f.projects += group
        f.ambiguous = []
        f.rank_n = None  # "两个" counted the projects; it asks for no ranking


# "其中带“政府雇员”的", "名字里有培训的项目", "名称含‘补助’的": the projects whose names hold the word said.
_NAME_HOLDS = re.compile(r"(?<!不)(?:带有|带|含有|含|包含|名字?(?:里|中)?(?:有|带|含)|名称(?:里|中)?(?:有|带|含))"
                         r"[“\"'‘「]?([\u4e00-\u9fffA-Za-z0-9]{2,16}?)[”\"'’」]?(?:字样|字眼|[两三四五]?个?字)?的")
_INTO_LIST = re.compile(r"^(?:那|那么)?(?:其中|这里面|里面|这些|这中间|当中)")
# "哪几个项目跟政府雇员有关": asked which projects, those whose names say the word
_RELATED = re.compile(r"(?:跟|和|与|同)[“\"'‘「]?([\u4e00-\u9fffA-Za-z0-9]{2,16}?)[”\"'’」]?(?:有关|相关)")
_WHICH_PROJECTS = re.compile(r"(?:哪些|哪几个|哪几项|什么|哪个|哪一个)项目|项目(?:有)?(?:哪些|哪几个)")
# "花炮相关的项目有哪些", "接访有关的项目": the word first, the projects it relates to after it
_RELATED_FIRST = re.compile(r"^[“\"'‘「]?([\u4e00-\u9fffA-Za-z0-9]{2,16}?)[”\"'’」]?(?:有关|相关)的?(?:项目|是哪|有哪)")
# "涉及养护的项目有哪些", "关于渡口的项目": the word after the relation verb, the projects after it
_ABOUT_FIRST = re.compile(r"(?:涉及到?|关于|有关)[“\"'‘「]?([\u4e00-\u9fffA-Za-z0-9]{2,16}?)[”\"'’」]?的(?:项目|是哪|有哪)")


def _held_word(text: str) -> re.Match | None:
    """The words saying which projects are asked by a word they hold or relate to, the word its group 1."""
    return _NAME_HOLDS.search(text) or _RELATED.search(text) or _RELATED_FIRST.search(text) or _ABOUT_FIRST.search(text)


def _names_holding(t: Turn, p: Parse, f: Frame) -> None:
    """"信访局有哪些项目" → "其中带“政府雇员”的合计多少": every project whose name holds the word said, of the
    list just shown when the question continues it (else of the tables in scope), is what is asked about:
    not a choice between them. Nothing changes when no project's name holds it."""
    named = _NAME_HOLDS.search(p.text)
    m = named or _RELATED_FIRST.search(p.text) or _ABOUT_FIRST.search(p.text) \
        or (_RELATED.search(p.text) if _WHICH_PROJECTS.search(p.text) else None)
    if m is None or p.has("exclude"):
        return
    word = _word_held(p, m)
    kb, s = t.kb, t.session
    listed = [pid for kind, pid in s.last_list if kind == "project" and pid in kb.projects]
    if listed and _INTO_LIST.match(compact(p.text)):
        pool = listed
    else:
        docs = set(f.doc_ids or kb.documents)
        pool = [pid for pid, pr in kb.projects.items() if pr.document_id in docs and pr.kind != "department"]
    names = kb.compact_project_names()
    found = [pid for pid in pool if word in names[pid] or not named and said_spread(word, names[pid])]
    if not named:
        # Related, not named so: a project whose goal or indicators say the word is one too (接访 of 信访超市's
        # 联合接访 and of 法律顾问's 区领导接访), in the tables' order.
        saying = set(_texts_saying(t, pool, word))
        found = [pid for pid in pool if pid in saying or pid in found]
    if found:
        f.projects, f.ambiguous, f.name_holds = found, [], word
        if not named:
            f.indicators, f.related = [], True  # (an indicator whose name holds the word is a text saying it)


def _word_held(p: Parse, m: re.Match) -> str:
    """The word a group of _held_word says, less a department said before it as the scope ("建德交通局跟养护有关的
    项目有哪些": 养护) and the 跟 joining them."""
    word, at = m.group(1), m.start(1)
    for d in p.mentions:
        if d.of("department") and not d.of("project") and d.start == at and len(word) - (d.end - d.start) >= 2:
            word = word[d.end - d.start:]
    rest = re.split(r"(?:跟|和|与|同)", word)[-1]  # ("港航局跟养护": the department said short, then 跟)
    return compact(rest if len(rest) >= 2 else word)


def _texts_saying(t: Turn, pool: list[int], word: str) -> list[int]:
    """The projects of the pool whose goal, or an indicator's name or value, says the word word for word; none
    over more documents than texts are searched in."""
    docs = sorted({t.kb.projects[pid].document_id for pid in pool})
    if not docs or len(docs) > TEXTS_SEARCHED_AT_MOST:
        return []
    out = [r["id"] for r in query.projects_in(t.conn, docs) if word in compact(r["goal"] or "")]
    out += [k["project_id"] for k in query.indicators(t.conn, doc_ids=docs)
            if word in compact(f"{k['name']}{k['annual_value'] or ''}{k['period_value'] or ''}")]
    return list(dict.fromkeys(out))


def _one_name_in_pieces(p: Parse) -> None:
    """"你点我检活动…": a name said in two pieces side by side, the first naming one project and the next a
    word many projects share (活动) that this one's name holds too: both pieces name that project, not a
    choice among every project with the common word."""
    mentions = sorted(p.mentions, key=lambda m: m.start)
    for a, b in zip(mentions, mentions[1:], strict=False):
        if b.start - a.end > 1 or a.of("indicator") or b.of("indicator"):
            continue
        one, many = (a, b) if len(a.of("project")) == 1 else (b, a)
        if len(one.of("project")) == 1 and len(many.of("project")) > 1 and one.of("project") <= many.of("project") \
                and not many.of("department") and many in p.mentions:  # (a piece between two: replaced once)
            p.mentions[p.mentions.index(many)] = replace(many, refs=set(one.of("project")))
        elif b.start == a.end and len(common := a.of("project") & b.of("project")) == 1 \
                and not (a.of("department") or b.of("department")) and a in p.mentions and b in p.mentions:
            # "林场防火": two pieces each fitting several projects, one project fitting both is the name said
            p.mentions[p.mentions.index(a)] = replace(a, refs=set(common))
            p.mentions[p.mentions.index(b)] = replace(b, refs=set(common))
    _namesake_beside_its_own(p)


_LISTED = frozenset("和与跟及、")


def _pieces_of_no_one_name(p: Parse) -> None:
    """"住建局房屋安全鉴定服务预算": words side by side naming different projects (房屋 of one, 安全 of others) and
    running on into a word no name is read by (鉴定): one name said that no project has — none of them is named,
    the whole run is words not found (never a choice among the projects one piece of it fits)."""
    mentions = sorted((m for m in p.mentions if m.of("project") and len(m.of("project")) == len(m.refs)),
                      key=lambda m: m.start)
    for a, b in zip(mentions, mentions[1:], strict=False):
        if b.start != a.end or a.of("project") & b.of("project") or a not in p.mentions or b not in p.mentions:
            continue
        after = next((w for w in p.unexplained if p.text.startswith(w, b.end)), "")
        before = next((w for w in p.unexplained if p.text[:a.start].endswith(w)), "")
        if not (after or before) or any(len(w) < 2 for w in (after or before,)):
            continue
        run = p.text[a.start - len(before):b.end + len(after)]
        p.mentions = [m for m in p.mentions if m is not a and m is not b]
        p.unexplained = [w for w in p.unexplained if w not in run] + [run]
        p.unexplained_common = False


def _namesake_beside_its_own(p: Parse) -> None:
    """"森林防火和林场防火加起来": a short name fitting two projects (森林防火专项经费 and 国有林场森林防火专项经费)
    listed beside a name of one of them alone means the other: two names are two projects."""
    mentions = sorted((m for m in p.mentions if m.of("project") and not m.of("indicator")), key=lambda m: m.start)
    for a, b in zip(mentions, mentions[1:], strict=False):
        if p.text[a.end:b.start] not in _LISTED:
            continue
        run = [m for m in mentions if m.start >= b.start and m.of("project") == b.of("project")]
        for many, one in ((a, b.of("project")), (b, a.of("project"))):
            rest = many.of("project") - one
            if len(one) == 1 and len(rest) == 1 and one < many.of("project") and many in p.mentions and (
                    many is a or len(run) == 1):
                p.mentions[p.mentions.index(many)] = replace(many, refs=set(rest) | (many.refs - many.of("project")))
                break


def _indicator_word_of_another(t: Turn, p: Parse, f: Frame) -> None:
    """"你点我检活动抽检多少批次": a word that names a project only as a piece of its name (抽检 of
    食品安全抽检监测经费) but is a word of an indicator of the other project named (抽检批次) is that
    indicator's word, not a second project asked about."""
    if len(f.projects) < 2:
        return
    kb = t.kb
    for m in p.mentions:
        refs = m.of("project")
        if len(refs) != 1 or m.text in kb.full_forms or any(
                p.text[o.end:o.end + 1] in _LISTED or p.text[o.start - 1:o.start] in _LISTED
                for o in p.mentions if o.start > 0 and o.of("project") == refs):
            continue  # ("食品抽检和食品快检": a name of a list, said short in pieces)
        pid = next(iter(refs)).id
        # (of its own table: another department's project, each place's own asked, has indicators of its own)
        others = [o for o in f.projects if o != pid and o in kb.projects and pid in kb.projects
                  and kb.projects[o].document_id == kb.projects[pid].document_id]
        # ("清源河那个治理项目…": 治理 is a word of another's indicator, but 清源 names this one alone)
        if pid in f.projects and others and any(
                m.text in kb.indicator_name[i] for i in query.indicator_ids_of(t.conn, others)) \
                and not any(o.of("project") == refs and o.text not in m.text
                            and not any(o.text in kb.indicator_name[i] for i in query.indicator_ids_of(t.conn, others))
                            for o in p.mentions):
            f.projects.remove(pid)


_NARROWED_AT_MOST = 400


def _project_word_with_indicator(t: Turn, p: Parse, f: Frame) -> None:
    """"药品抽检结果多久公布": an indicator name several projects share, said with a word (药品) that only
    some of those projects' names hold: those projects' indicator, not every project's."""
    if f.projects or len(f.indicators) < 2:
        return
    kb = t.kb
    asked: set[int] | None = None  # thousands of ids for a name many departments share: a set, not the list
    for m in p.mentions:
        rows = m.of("indicator")
        one = next(iter(rows), None)
        # A name hundreds of departments share is asked back by department first; narrowing it by a word of
        # one project's name is for a few tables' projects (and would cost a pass over every one of them).
        if not 2 <= len(rows) <= _NARROWED_AT_MOST or one is None or all(m.text[k:k + 2] in kb.indicator_name[one.id] for k in range(len(m.text) - 1)):
            continue  # the mention is (part of) the indicator's own name: nothing to narrow by (the common case)
        asked = set(f.indicators) if asked is None else asked
        ids = [r.id for r in rows if r.id in asked]
        if len(ids) < 2:
            continue
        names = {kb.indicator_name[i] for i in ids}
        words = [w for k in range(len(m.text) - 1) if not any((w := m.text[k:k + 2]) in n for n in names)]
        if not words:
            continue  # the mention is the indicator's own name: nothing to narrow by (the common case)
        by_project: dict[str, list[int]] = {}  # each project name once (a shared name has thousands of ids)
        for i in ids:
            by_project.setdefault(kb.projects[kb.indicator_project[i]].name, []).append(i)
        for word in words:
            kept = {i for name, held in by_project.items() if word in name for i in held}
            if kept and len(kept) < len(ids):
                listed = set(ids)
                f.indicators = [i for i in f.indicators if i not in listed or i in kept]
                return


def _indicators_narrowed(t: Turn, p: Parse, f: Frame) -> None:
    """The indicators found, read against what else the question says: a figure worked out, a word of some
    projects' names, a source of funds (a project's column, not an indicator's)."""
    _worked_out_asked(t, p, f)
    _project_word_with_indicator(t, p, f)
    _source_of_the_indicators_project(t, p, f)


def _source_of_the_indicators_project(t: Turn, p: Parse, f: Frame) -> None:
    """"危化品那个项目其他资金多少": a source of funds asked (其他资金, 财政拨款) is a project's column, never an
    indicator's value; a word said only as part of one project's indicator name (危化品较大以上事故发生数)
    stands for that project here, as if named (its indicators are not what is asked)."""
    if f.projects or f.ambiguous or not f.indicators or not f.column or f.categories \
            or any(m.score >= 100 or not m.of("indicator") for m in p.mentions):
        return
    owners = {t.kb.indicator_project.get(i) for i in f.indicators}
    if len(owners) == 1 and (pid := owners.pop()) is not None and t.kb.projects[pid].kind == "project":
        f.projects, f.indicators = [pid], []


def _unit_named(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"图书馆有哪些项目", "博物馆的项目经费一共多少": a 资金使用单位 named (青峰市图书馆 under its bureau) stands
    for its projects, not for the one project whose name holds the same word (图书馆免费开放经费), nor for a
    project of another table a word of its name fits (服务中心). A project named in full is asked about as
    before; one named beside the unit ("图书馆的全民阅读推广活动经费") is looked for in the unit's table.
    Two units named ("图书馆和博物馆一共多少") are both asked about. A project the table lists under another
    unit than the one named beside it is not answered as the named unit's."""
    if _own_level(t, p, f):
        _unit_beside_own_level(t, p, f)
        return None
    if p.has("exclude") or _both_units(t, p, f):
        return None
    named = []
    for start, end, found in t.kb.units_said(p.text, set(f.doc_ids) or None):
        if len(found) > 1 or any(m.of("project") and m.start < end and start < m.end
                                 and not (start <= m.start and m.end <= end) for m in p.mentions):
            continue  # one name under two departments (asked which), or a project's own name holding it
        named.append((start, end, found[0]))
    named = named or _unit_with_its_place(t, p, f)
    if not named or len({doc for _, _, (doc, _) in named}) > 1:
        return None
    inside = [(s, e) for s, e, _ in named]
    p.mentions = [m for m in p.mentions if m.of("department") or not any(s <= m.start and m.end <= e for s, e in inside)]
    if len(named) == 1 and (other := _project_of_another_unit(t, p, *named[0][2])) is not None:
        return other
    if len(named) == 1 and elliptic(t, p) and (namesake := _its_namesake(t, *named[0][2])) is not None:
        f.projects, f.doc_ids = [namesake], [named[0][2][0]]
        return None
    said = "".join(p.text[s:e] for s, e in inside)
    covered = {i for s, e in inside for i in range(s, e)}
    p.unexplained = [w for w in p.unexplained if w not in said  # ("管理所" of 水利工程管理所: understood)
                     and not _units_joined(p.text, w, covered)]
    p.unexplained = [x for w in p.unexplained for x in _beside_unit(t, p.text, w, inside)]
    f.doc_ids = [named[0][2][0]]
    _word_of_another_units_project(t, p, named)
    units = list(dict.fromkeys(unit for _, _, (_, unit) in named))
    if not any(m.of("project") for m in p.mentions):
        if len(units) == 1:
            f.unit = units[0]
        else:
            f.units = units
            f.projects = [pid for u in units for pid in t.kb.unit_projects(f.doc_ids[0], u)]
    return None


def _unit_with_its_place(t: Turn, p: Parse, f: Frame) -> list[tuple[int, int, tuple[int, str]]]:
    """"安吉县图书馆项目支出总共多少": the place said as the start of a unit's own name (安吉县图书馆 of the bureau's
    table) names the unit, not the place's own tables the place alone would scope to. The one unit whose
    name holds every department said, or []."""
    depts = [m for m in p.mentions if m.of("department")]
    if not f.doc_ids or not depts:
        return []
    found = [(start, end, units[0]) for start, end, units in t.kb.units_said(p.text, None)
             if len(units) == 1 and all(start <= m.start and m.end <= end for m in depts)]
    if len(found) != 1:
        return []
    p.mentions = [m for m in p.mentions if not m.of("department")]  # (the place was the unit's, scoping nothing)
    return found


def _its_namesake(t: Turn, doc: int, unit: str) -> int | None:
    """"图书馆免费开放补助" → "文化馆的呢": the project just talked about is named after its own unit (图书馆…);
    the unit now said holds the project of that name after it (文化馆免费开放补助经费): that project is asked,
    not the unit's subtotal. Its id, or None."""
    kb = t.kb
    focus = t.session.focus_projects
    shown = kb.projects.get(focus[0]) if len(focus) == 1 else None
    if shown is None or shown.document_id != doc or not shown.unit_name or shown.unit_name == unit:
        return None
    old, new = unit_own_name(shown.unit_name)[0], unit_own_name(unit)[0]
    name = compact(shown.name)
    if len(old) < 2 or len(new) < 2 or old not in name:
        return None
    wanted = name.replace(old, new, 1)
    return next((pid for pid in kb.unit_projects(doc, unit) if compact(kb.projects[pid].name) == wanted), None)


_TWO_UNITS = re.compile(r"(?:两个|两|俩)(?:资金使用)?单位")


def _both_units(t: Turn, p: Parse, f: Frame) -> bool:
    """"碧江两个单位差多少": the two 资金使用单位 of the one table in scope (its own level and the unit under
    it), each with its projects, when it lists exactly two; set against each other or added up."""
    docs = f.doc_ids or t.session.doc_ids or (list(t.kb.documents) if len(t.kb.documents) == 1 else [])
    if len(docs) != 1 or _TWO_UNITS.search(p.text) is None or any(m.of("project") for m in p.mentions):
        return False
    units = [r["name"] for r in query.funding_units(t.conn, list(docs))]
    if len(units) != 2 or not all(t.kb.unit_projects(docs[0], u) for u in units):
        return False
    f.units, f.unit, f.doc_ids = units, "", list(docs)
    f.projects = [pid for u in units for pid in t.kb.unit_projects(docs[0], u)]
    p.unexplained = [w for w in p.unexplained if "单位" not in w]
    return True


def _project_of_another_unit(t: Turn, p: Parse, doc: int, unit: str) -> Answer | None:
    """"公证处热线经费多少": a project named beside a unit is one of that unit's (the words kept to its projects);
    a project of another unit of the table only is not the unit's — said so, never answered as if it were."""
    own = set(t.kb.unit_projects(doc, unit))
    if not own:
        return None
    for m in p.mentions:
        theirs = {r.id for r in m.of("project") if t.kb.projects[r.id].document_id == doc}
        if not theirs or theirs <= own:
            continue
        if theirs & own:
            m.refs = {r for r in m.refs if r.kind != "project" or r.id in own}
            m.__dict__.pop("_by_kind", None)
            continue
        rows = query.projects(t.conn, sorted(theirs)[:3])  # each with the unit or 主管部门 it is listed under
        theirs_by = [(r["name"], r["owner"] or r["unit_name"] or t.kb.documents[doc]["department_name"]) for r in rows]
        return t.unknown(compose.not_the_units_project(unit, theirs_by), suggest=False)
    return None


def _beside_unit(t: Turn, text: str, word: str, inside: list[tuple[int, int]]) -> list[str]:
    """What of an unexplained piece running into a unit's name ("处一年办" of "公证处一年办多少件") is no part of
    it: its words of two characters or more that are not stopwords."""
    at = text.find(word)
    if at < 0 or not any(s < at + len(word) and at < e for s, e in inside):
        return [word]
    rest = "".join(c for k, c in enumerate(word, at) if not any(s <= k < e for s, e in inside))
    vocab = t.kb.vocab
    return [w for w in t.kb.segmenter.cut(rest) if len(w) >= 2 and w not in vocab.stopwords and w not in vocab.fillers]


def _word_of_another_units_project(t: Turn, p: Parse, named: list) -> None:
    """"公证处人员经费多少": a word beside the unit named that is part of a project's name under another unit
    (人员 of 政府购买辅助人员服务经费) names nothing of that unit; left as a word not understood rather than
    answered with the other unit's project. A project named in full is asked about as it is."""
    doc = named[0][2][0]
    own = {pid for _, _, (_, unit) in named for pid in t.kb.unit_projects(doc, unit)}
    for m in [m for m in p.mentions if m.of("project") and not m.of("department")]:
        ids = {int(r.key) for r in m.of("project")}
        if ids & own or any(compact(t.kb.projects[i].name) == compact(m.text) for i in ids if i in t.kb.projects):
            continue
        p.mentions = [x for x in p.mentions if x is not m]
        p.unexplained.append(m.text)
        p.unexplained_common = False  # (a word of a name, no everyday word)


# "不算本级", "本级除外": the department's own line left out (the units under it asked)
OWN_LEFT_OUT = re.compile(r"(?:不算|不含|不包括|除了?|除去|去掉|扣除)(?:局)?本级|本级(?:不算|除外)")


# "司法局本级", "本级（不含公证处）": the department's own 资金使用单位, apart from the units under it.
_OWN_LEVEL = re.compile(r"局?本级(?:[(（]?(?:不含|不包括|除去|除了|不算)[^)）]{1,12}[)）]?)?|[(（]?(?:不含|不包括|除去|除了|不算)[^)）]{1,12}[)）]?本级")


def _own_level(t: Turn, p: Parse, f: Frame) -> bool:
    """"司法局本级(不含公证处)多少": the unit of the department's own name in a table with units under it (its
    subtotal row), not the table's total nor the unit left out."""
    said = _OWN_LEVEL.search(p.text)
    if said is None or OWN_LEFT_OUT.search(p.text):
        # ("下属单位有几个 不算本级": the own line left out of what is asked, never the line asked)
        return False
    # ("本级多少" with no department said nor in context: the one table that has a 本级 beside other units)
    last = t.session.frame
    # ("应急救援指挥中心合计" → "本级呢": the table of the unit just answered)
    of_unit = list(last.doc_ids) if last is not None and (last.unit or last.units) and len(last.doc_ids) == 1 else []
    docs = t.tables_asked(f.doc_ids or t.session.doc_ids or of_unit or list(t.kb.documents))
    # (a department's other tables, a 基本支出表 beside its project table, have no units: 本级 is in the one that has)
    docs = [d for d in docs if d in t.kb.documents and _own_unit_apart(t, d)]
    if len(docs) != 1:
        return False
    f.unit, f.doc_ids = _own_unit_apart(t, docs[0]), list(docs)
    p.mentions = [m for m in p.mentions if m.of("department") or not (said.start() <= m.start < said.end())]
    # (the department said short before it, 文旅体育局本级 of 岳西县文化旅游体育局: its characters in its order,
    # is no word left unexplained; 公安局本级 is not that department's)
    p.unexplained = [w for w in p.unexplained if w not in said.group(0) and not _said_short(w, f.unit)]
    for concept in ("exclude",):
        p.concepts[concept] = [(a, b) for a, b in p.concepts.get(concept, []) if not said.start() <= a < said.end()]
        if not p.concepts[concept]:
            p.concepts.pop(concept)
    return True


def _said_short(word: str, name: str) -> bool:
    """Whether a word of three characters or more is a name said short: its characters in the name, in order."""
    rest = iter(name)
    return len(word) >= 3 and all(ch in rest for ch in word)


def _own_unit_apart(t: Turn, doc: int) -> str:
    """The document's unit of the department's own name when other units stand beside it, else ""."""
    dept = t.kb.own_units.get(doc, t.kb.documents[doc]["department_name"])
    own = t.kb.unit_projects(doc, dept)
    if not own or len(own) == len([q for q in t.kb.projects_of_document(doc) if t.kb.projects[q].kind != "department"]):
        return ""  # no unit of its own name, or no other unit beside it: 本级 is the whole table
    return dept


# "本级和疾控相差多少", "图书馆比本级少多少": 本级 set against another unit of its table, said short.
# ("指挥中心比局本级少多少": 本级 said with its bureau's word before it)
_BESIDE_OWN = re.compile(r"本级(?:和|与|跟|同|比|及)([\u4e00-\u9fff]{2,12})|([\u4e00-\u9fff]{2,12}?)(?:和|与|跟|同|比|及)(?:局|委|办)?本级")


def _own_beside_unit(t: Turn, p: Parse) -> bool:
    """Whether 本级 is said beside another unit of the one table in scope that has a 本级 apart (the other said
    short, its characters in the unit's name in order): both are units, never a project and the missing 本级."""
    m = _BESIDE_OWN.search(p.text)
    docs = [d for d in (t.session.doc_ids or list(t.kb.documents)) if d in t.kb.documents and _own_unit_apart(t, d)]
    if m is None or len(docs) != 1:
        return False
    said, own = m.group(1) or m.group(2), _own_unit_apart(t, docs[0])
    names = [compact(r["name"]) for r in query.funding_units(t.conn, docs) if r["name"] != own]
    pieces = [said[:k] for k in range(len(said), 1, -1)] if m.group(1) else [said[-k:] for k in range(len(said), 1, -1)]
    return any(sum(in_order(piece, n) for n in names) == 1 for piece in pieces)


def _unit_beside_own_level(t: Turn, p: Parse, f: Frame) -> None:
    """Another unit said beside 本级: both units asked (each, their sum and difference), the other found by
    the piece said next to the join (its characters in the name's order), when it fits one unit alone."""
    m = _BESIDE_OWN.search(p.text)
    if m is None or not f.unit:
        return
    after = m.group(1) is not None
    said = m.group(1) if after else m.group(2)
    names = [r["name"] for r in query.funding_units(t.conn, f.doc_ids) if r["name"] != f.unit]
    for size in range(len(said), 1, -1):
        piece = said[:size] if after else said[-size:]
        fits = [n for n in names if in_order(piece, compact(n))]
        if len(fits) == 1:
            start = m.start(1) if after else m.end(2) - size
            p.mentions = [x for x in p.mentions if x.of("department") or not start <= x.start < start + size]
            p.unexplained = [w for w in p.unexplained if w not in piece]
            f.units, f.unit = [f.unit, fits[0]] if after else [fits[0], f.unit], ""
            f.projects = [pid for u in f.units for pid in t.kb.unit_projects(f.doc_ids[0], u)]
            return


def _units_joined(text: str, word: str, covered: set[int]) -> bool:
    """Whether a word is units named and the 和 between them ("水利局和文旅局" read as one word)."""
    at = text.find(word)
    return at >= 0 and all(i in covered or text[i] in "和与及跟、" for i in range(at, at + len(word)))


def _unit_projects(t: Turn, f: Frame) -> None:
    """The unit named stands for its projects (once no other project is named)."""
    if f.unit and not f.projects and not f.ambiguous:
        f.projects = t.kb.unit_projects(f.doc_ids[0], f.unit)


def _unit_listed(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"图书馆有哪些项目", "博物馆有几个项目": the unit's projects listed (the list says how many)."""
    if _same_question_of_another_unit(t, p, f):
        return None
    if f.unit and not f.indicators and not f.categories and (f.amount_filter or f.order or f.rank_n):
        # "供排水服务中心经费最少的项目", "…有几个项目超过100万": ranked or filtered among its projects
        f.intent = "filter" if f.amount_filter and f.amount_filter[0] != "eq" else "rank"
    elif f.unit and not f.categories and not f.indicators and (p.has("project") or p.has("list") or p.has("which")) \
            and not p.has("indicator", "goal", "source", "max", "min", "rank", "total", "amount", "how_much", "share"):
        f.intent = "project_list"
    elif (f.unit or f.units) and not f.indicators and f.intent in ("amount", "total", "sum", "source", "compare") \
            and not any(t.kb.names_projects_only(f.doc_ids[0], u) for u in f.units or [f.unit]):
        f.intent = "total"  # "博物馆的经费一共多少", "其财政专户拨款": the unit's own row (its subtotal)
    return None


def _same_question_of_another_unit(t: Turn, p: Parse, f: Frame) -> bool:
    """"本级有哪些项目" → "那图书馆的呢", "博物馆经费最多的项目" → "体校呢": a unit's projects just listed (ranked,
    filtered), then another unit said alone: the same question of that unit's projects, not its subtotal."""
    last = t.session.frame
    if not f.unit or last is None or not last.unit or last.unit == f.unit or f.indicators or f.categories \
            or last.intent not in ("project_list", "rank", "filter") or not elliptic(t, p) or own_intent(t, p):
        return False
    f.intent = last.intent
    f.order, f.rank_n = f.order or last.order, f.rank_n or last.rank_n
    f.amount_filter = f.amount_filter or last.amount_filter
    return True


# "有几个资金使用单位", "下属单位有哪些", "哪个单位经费最多": the units under the department themselves.
# ("预算分哪几个单位": 分 the budget divided among them; "三个单位经费分别多少": the units counted, each asked)
_UNITS_ASKED = re.compile(r"(?:资金使用|使用|下属|所属|二级|预算)单位|(?:分(?:为|成|给|到)?)?(?:哪些|几个|多少个|哪几个|哪个|各个?|每个|[0-9两二三四五六七八九十]+个)单位"
                          r"|单位(?:有)?(?:哪些|几个|多少个|哪几个)")


_WHICH_ONE = re.compile(r"^(?:那么?)?(?:哪个|哪一个|哪家|谁)")


def _units_ranked_after_listed(t: Turn, p: Parse, f: Frame) -> bool:
    """"应急局各单位经费多少" → "哪个最多": the units just listed ranked (the top one said), never the projects of
    every unit; only where nothing is named and the ask is which one is the most or least."""
    last = t.session.frame
    if last is None or not last.of_units or last.intent != "department" or p.mentions or not f.order or p.has("project") \
            or not (p.has("max") or p.has("min")) or not _WHICH_ONE.search(p.text):
        return False
    f.intent, f.of_units, f.doc_ids, f.projects = "department", True, list(last.doc_ids), []
    return True


def _units_asked(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """The units asked about (not a project's unit, not the unit of money): where the question says
    资金使用单位, or the tables in scope list more than one (a table of one unit, the department itself,
    leaves "信访局有几个单位" to the department's staffing, which no project table lists)."""
    m = _UNITS_ASKED.search(p.text)
    if m is None and _units_ranked_after_listed(t, p, f):
        return None
    if m is None or f.unit or f.projects or f.ambiguous or f.indicators or f.categories or p.has("inventory"):
        # ("都能查哪些单位": which departments' tables are loaded, not one's units)
        return None
    docs = f.doc_ids or list(t.kb.documents)
    several = [d for d in docs if len(query.funding_units(t.conn, [d])) > 1]
    if "使用" in m.group(0) or several:
        f.intent, f.of_units = "department", True
        f.doc_ids = f.doc_ids or (docs if "使用" in m.group(0) else several)
        left_out = "".join(x.group(0) for x in OWN_LEFT_OUT.finditer(p.text))  # ("不算本级": said in the answer)
        p.unexplained = [w for w in p.unexplained if w not in m.group(0) and w not in left_out]  # ("下属")
    return None


_TIME_NAME = re.compile(r"时间|时限|日期|期限|时点|月底|年底")


_PROJECTS_COUNTED = re.compile(r"(?:几个|多少个|几项|多少项)项目|项目(?:有|共有|一共有)?(?:几个|多少个|几项)")


def _projects_having_counted(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"有几个项目有群众满意度指标", "有群众满意度的项目有几个": the projects that have the indicator (or
    class) named, counted and named — not the number of indicators."""
    if (f.indicators or f.categories) and not f.projects and not f.ambiguous and p.has("count") \
            and (p.has("having") or p.has("lack")) and _PROJECTS_COUNTED.search(p.text):
        f.intent = "lacking"
    return None


_TABLE_YEAR_ASKED = re.compile(r"(?:哪一?年|哪个年度|什么年度|哪年度|几几年)的?(?:表|预算|绩效目标表|数据)?(?:吗|呢|啊)?$"
                               r"|年度是(?:哪|什么|多少)")


def _table_year_asked(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"这个表是哪一年的", "这是哪年的预算": the tables' year (their title's), not a project's."""
    if not f.projects and not f.ambiguous and not f.indicators and not f.categories \
            and _TABLE_YEAR_ASKED.search(p.text):
        f.intent = "department"
        p.unexplained = [w for w in p.unexplained if w not in ("年", "年度", "哪年", "哪一年")]
    return None


# "哪几份表是人社部门的", "哪些表是卫健的": the tables themselves, named by whose they are.
_WHICH_TABLES = re.compile(r"^哪(?:几|些)(?:份|张|个)?(?:表|文件|文档)(?:格)?是")


def _tables_asked(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"哪几份表是人社部门的": which loaded tables are a department's (every department the word names) — a
    description of those tables, never a count or a quantity."""
    if not f.projects and not f.ambiguous and not f.indicators and _WHICH_TABLES.search(compact(p.text)):
        f.intent = "department"
    return None


def _when_of_named_indicator(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"八五普法总结验收啥时候完成" (read …完成时间): when, of an indicator named whole, is that indicator's value
    when it is a time, else not in the table — never the 完成时间 of other projects fitting the words."""
    done = [m for m in p.mentions if m.of("indicator") and _DONE_TIME.search(m.text)]
    named = [m for m in p.mentions if m.of("indicator") and m.score == 100 and m not in done]
    if f.projects or len(done) != 1 or len(named) != 1:
        return None
    rows = query.indicators(t.conn, ids=sorted(r.id for r in named[0].of("indicator")))
    timed = [r["id"] for r in rows if "时效" in (r["level2"] or "") or _TIME_NAME.search(r["name"])]
    if not timed:  # its project's time indicator saying the same work ("数字化档案卷数" -> 数字化完成时间)
        timed = [r["id"] for r in query.indicators(t.conn, project_ids=sorted({r["project_id"] for r in rows}))
                 if "时效" in (r["level2"] or "") and any(_shares_two(k["name"], r["name"]) for k in rows)]
    if not timed:
        return t.unknown(compose.no_time_stated(list(dict.fromkeys(r["name"] for r in rows))), suggest=False)
    f.indicators, f.intent = timed, "indicator_value"
    p.unexplained = []
    return None


_HOW_OFTEN = re.compile(r"一次|一回|每|隔|频")
_LIMIT_NAME = re.compile(r"时限|时间|期限")


def _how_long_limit(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"技术服务报告多久提交", "林业执法案件多长时间办结": how long (not how often) something takes is the time
    indicator (报告提交时限, 案件办结时限) whose name holds the words said of it, the rest in its project's name;
    the one that holds most of them in its own name, when no other does as many. Nothing changes otherwise."""
    said = [p.text[a:b] for a, b in p.concepts.get("frequency", [])]
    if not said or any(_HOW_OFTEN.search(x) for x in said) or f.categories or len(f.projects) > 3:
        return None
    kb = t.kb
    words = _limit_words_said(t, p)
    if not words:
        return None
    spans = ([kb.project_span(pid) for pid in f.projects] if f.projects
             else [kb.indicator_span(d) for d in (f.doc_ids or kb.documents)])
    fits: dict[str, list[int]] = {}
    held: dict[str, int] = {}
    for lo, hi in spans:
        for i in range(lo, hi + 1):
            name = kb.indicator_name.get(i, "")
            own = [w for w in words if w in name]
            if len(own) < min(2, len(words)) or not _LIMIT_NAME.search(name) or kb.indicator_project.get(i) not in kb.projects:
                continue
            project = kb.projects[kb.indicator_project[i]].name
            rest = [w for w in words if w not in name and w not in project]
            if not rest or all(w in compact(query.projects(t.conn, [kb.indicator_project[i]])[0]["goal"] or "") for w in rest):
                fits.setdefault(name, []).append(i)
                held[name] = len(own)
    ranked = sorted(held.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    ids = next(fits[n] for n, k in held.items() if k == ranked[0])
    f.indicators, f.intent, f.ambiguous = ids, "indicator_value", []
    f.projects = list(dict.fromkeys(kb.indicator_project[i] for i in ids))
    p.unexplained = []
    p.concepts.pop("frequency", None)
    return None


def _limit_words_said(t: Turn, p: Parse) -> list[str]:
    """The words said of what a time limit is for, the everyday ones as a 时限 indicator prints them (坏了 -> 故障)."""
    kb = t.kb
    runs = search_words(p, kb, without_names=True)
    printed = []
    for word, forms in kb.vocab.limit_words.items():
        for form in (f for f in forms if f in p.text):
            printed.append(word)
            # (what is left of the form in a run: 坏 of 坏了, whose 了 the run lost)
            runs = [run.replace(form, " ") for run in runs]
            runs = [run[:-k] if (k := _overlap(run, form)) else run for run in runs]
    out = [w for run in runs for piece in run.split() for w in _cut_whole(kb.segmenter.cut(piece), piece)]
    return [w for w in out if len(w) >= 2 and w not in kb.vocab.stopwords] + printed


def _cut_whole(cut: list[str], piece: str) -> list[str]:
    """A piece cut into single characters only is a word of its own the dictionary lacks (办结)."""
    return cut if any(len(x) > 1 for x in cut) else [piece]


def _overlap(run: str, form: str) -> int:
    """How many characters the run ends with that begin the form."""
    return next((k for k in range(min(len(run), len(form)), 0, -1) if run.endswith(form[:k])), 0)


def _when_of_focus(t: Turn, p: Parse, f: Frame) -> None:
    """"城乡公交补贴" → "补贴资金什么时候拨付": when, asked with nothing named, of the project talked about,
    whose time indicator's name shares a run of words with the question (补贴资金拨付时间) — though those words
    read as a label of another table too."""
    focus = t.session.focus_projects
    if f.projects or f.ambiguous or f.indicators or len(focus) != 1 or focus[0] not in t.kb.projects \
            or p.departments() or any(m.of("project") for m in p.mentions):
        return
    said = compact(p.text)
    for a, b in p.concepts.get("when", []):
        said = said.replace(p.text[a:b], " ")
    rows = [r for r in query.indicators(t.conn, project_ids=focus)
            if "时效" in (r["level2"] or "") or _TIME_NAME.search(r["name"])]
    runs = {r["id"]: shared_run(said, compact(r["name"])) for r in rows}
    best = max(runs.values(), default=0)
    if best >= 3:
        f.projects = list(focus)
        f.doc_ids = [t.doc_of(focus[0])]
        p.unexplained = []


def _when_of_namesakes(t: Turn, p: Parse, f: Frame, words: list[str]) -> None:
    """"危桥改造什么时候完工" with 危桥改造 the short name of two projects: the one whose own texts (goal, time
    indicators) say the word asked (完工) when the other's do not; else they are asked about as before."""
    if f.projects or len(f.ambiguous) != 1 or not words or len(f.ambiguous[0]) > 3:
        return
    said = []
    for pid in f.ambiguous[0]:
        rows = query.indicators(t.conn, project_ids=[pid])
        texts = [compact(query.projects(t.conn, [pid])[0]["goal"] or "")]
        texts += [r["name"] + (r["period_value"] or "") + (r["annual_value"] or "") for r in rows
                  if "时效" in (r["level2"] or "") or _TIME_NAME.search(r["name"])]
        if any(w in x for w in words for x in texts):
            said.append(pid)
    if len(said) == 1:
        f.projects, f.ambiguous = said, []


def _when_asked(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"小型水库除险加固工程什么时候完工": when, of a project named, is what its 时效指标 (or an indicator
    named for a time) says: the one whose name holds the other words said (完工 -> 工程完工时间), else each
    of them; never its amount. A project with none has no time in the table."""
    done = [w for w in p.unexplained if _DONE_TIME.fullmatch(w)]  # "什么时候完工" read as 完工时间
    if (named := _when_of_named_indicator(t, p, f)) is not None:
        return named
    # ("危桥改造完工时间" read loosely as one name of two projects: the time is asked of them)
    done += [g.group(0) for m in p.mentions if m.of("project") and m.score < 100 and (g := _DONE_TIME.search(m.text))]
    if p.has("when") or done:
        _when_of_namesakes(t, p, f, [w for w in p.unexplained if len(w) >= 2] + [w[:-2] for w in done])
        _when_of_focus(t, p, f)
    if p.has("when") and (untimed := _no_time_named(t, f)):
        return t.unknown(compose.not_a_time(untimed), suggest=False)
    if not (p.has("when") or done) or not f.projects or f.indicators or f.categories or len(f.projects) > 3:
        return None
    rows = [r for r in query.indicators(t.conn, project_ids=f.projects)
            if "时效" in (r["level2"] or "") or _TIME_NAME.search(r["name"])]
    if _BY_DATE.search(p.text) and rows:  # "几月份完成", "几号之前": a date asked, never a time limit (≤2小时)
        limits = [(r["name"], r["annual_value"] or r["period_value"] or "") for r in rows]
        if not (rows := [r for r in rows if _DATED.search((r["annual_value"] or "") + (r["period_value"] or ""))]):
            names = [t.kb.projects[pid].name for pid in f.projects]
            return t.unknown(compose.no_date_stated(names, limits[:3]), suggest=False)
    if not rows:
        return t.unknown(compose.no_time_stated([t.kb.projects[pid].name for pid in f.projects]), suggest=False)
    if (other := _other_end_of_time(t, p, rows)) is not None:
        return other
    words = [w for w in p.unexplained if len(w) >= 2]
    held = [r for r in rows if any(w in r["name"] for w in words)]
    if not held and done:  # (完工时间 said, 项目完成时间 printed: the time indicator saying the end of the works)
        held = [r for r in rows if _DONE_TIME.search(r["name"])]
    f.indicators, f.intent = [r["id"] for r in held or rows], "indicator_value"
    p.unexplained = []  # (what no time indicator names is said by listing the ones there are)
    return None


def _no_time_named(t: Turn, f: Frame) -> list[tuple[str, str]]:
    """"传承人补助几月份发放" where the indicator named is 传承人补助标准 (3000元/人·年): the indicators named, when none of
    them is a time (a 时效指标, a name of a time, a dated value) — a when is never answered by them; else []."""
    if not f.indicators or f.categories:
        return []
    rows = query.indicators(t.conn, ids=f.indicators[:20])
    if any("时效" in (r["level2"] or "") or _TIME_NAME.search(r["name"])
           or _DATED.search((r["annual_value"] or "") + (r["period_value"] or "")) for r in rows):
        return []
    return [(r["name"], r["annual_value"] or r["period_value"] or "") for r in rows[:3]]


# when asked by the month or the day ("几月份完成", "几号之前"): answered by a time indicator whose value is a date
_BY_DATE = Words("context", "{by_date}")
_DATED = Words("context", "[0-9]{4}年|[0-9]{1,2}月|[0-9]{1,2}日|{dated}")


def _other_end_of_time(t: Turn, p: Parse, rows: list) -> Answer | None:
    """"什么时候开工" of a project whose time indicators each say when something ends (工程完工时间, 2026年8月
    25日前): the table has no start — said so, with the times it has; "什么时候完工" where they only say when
    it starts, likewise. None otherwise."""
    starts, ends = t.kb.vocab.start_words, t.kb.vocab.end_words

    def says(words: list[str], r, values: bool) -> bool:
        return any(w in r["name"] or values and w in (r["annual_value"] or "") + (r["period_value"] or "") for w in words)

    start_said = [w for w in starts if w in p.text]
    end_said = [w for w in ends if w in p.text and w != "前"]
    if start_said and not end_said and all(says(ends, r, True) and not says(starts, r, False) for r in rows):
        said = start_said[0]
    elif end_said and not start_said and all(says(starts, r, False) and not says(ends, r, True) for r in rows):
        said = end_said[0]
    else:
        return None
    shown = list(dict.fromkeys(r["name"] for r in rows))
    return t.unknown(compose.time_not_stated(said, rows[0]["project_name"], shown), p.text, suggest=False)


def _listed_by_name(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"名称含雇员的项目有哪些", "其中带经费的有几个": those projects listed (the list says how many), not
    their amounts nor their indicators."""
    held = _held_word(p.text)
    if not f.name_holds or held is None or f.categories or f.indicators:
        return None
    # (the word held is no concept asked: "名字里有经费的" asks no amount)
    asked = {c for c, spans in p.concepts.items() if any(not (held.start(1) <= a and b <= held.end(1)) for a, b in spans)}
    if asked & {"list", "which", "count", "project"} and not asked & {
            "indicator", "total", "amount", "how_much", "goal", "source", "max", "min", "rank"}:
        f.intent = "project_list"
    return None


# "它属于哪个一级指标", "是哪一类指标", "二级指标是什么": the class an indicator is filed under;
# "是几级分类 一级二级分别是": the two levels asked together, without the word 指标.
_CLASS_ASKED = re.compile(r"(?:哪个|哪一个|哪一?类|什么|哪种|啥)(?:类型|类别|分类)?的?(?:一级|二级)?指标|(?:一级|二级)指标"
                          r"|指标(?:的)?(?:类别|类型|分类)|(?:什么|哪种|啥)(?:类型|类别)|几级分类"
                          r"|一级(?:和|、|跟|与)?二级(?:分别|各)")


def _class_of_indicator(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"湛江…覆盖面指标值" → "它属于哪个一级指标": the indicator's 一级/二级 class, never the department whose
    table it is in (属于 is not asked of the department here)."""
    asked = _CLASS_ASKED.search(p.text)
    if asked is None or p.has("count") or re.search(r"哪些|哪几", p.text) \
            or re.search(r"(?:还|另外|其他|其它|别的)有?$", p.text[:asked.start()]):
        return None  # ("还有什么指标": the other indicators, not this one's class)
    if f.categories:
        return _class_of_category(t, p, f, asked)
    named = any(m.of("indicator") for m in p.mentions)
    ids = f.indicators if named else (list(t.session.focus_indicators)
                                      if not any(m.of("project") for m in p.mentions) else [])
    if not ids or len(ids) > 5:
        return None
    rows = query.indicators(t.conn, ids=ids)
    if not rows or not all(r["level1"] for r in rows):
        return None
    f.indicators, f.intent = [r["id"] for r in rows], "indicator_value"
    level = "二级" if "二级" in asked.group(0) and "一级" not in asked.group(0) else "一级"
    rest = p.text[:asked.start()] + p.text[asked.end():]
    value = re.search(r"值|多少|几|要求|目标", rest) is not None  # "是什么二级指标 值是多少": both asked
    text = "\n".join(compose.indicator_class(r, level) + ("；" + compose.indicator_line(r) if value else "")
                     + compose.source_note(r) for r in rows)
    return t.answered(f, text, projects=list(dict.fromkeys(r["project_id"] for r in rows)), indicators=f.indicators)


DONE_FIT, DONE_MARGIN = 85, 10  # partial_ratio of the words said to an indicator's name, and its lead


def _done_by_words(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"高校毕业生就业率实际完成多少" where the words name no project but fit one indicator that has a
    实际完成 value (年末应届离校未就业高效毕业生就业率, printed one character off): that indicator, rather
    than a choice between projects that other words of it happen to name. Only indicators with a
    completion value can answer what was completed; when none clearly fits, nothing changes. In a follow-up
    the talk's project settles that choice, but words that fit several projects loosely (one of them the
    talk's) and name none whole still name no project: the indicator is tried the same."""
    if f.intent != "completion" or f.indicators:
        return None
    from rapidfuzz import fuzz

    phrases = sorted(search_words(p, t.kb), key=len, reverse=True)
    if not phrases or len(phrases[0]) < 4:
        return None
    said = phrases[0]
    if not f.ambiguous and (len(f.projects) < 2 or any(m.text == said for m in p.mentions)):
        return None
    docs = set(f.doc_ids) or None
    ids = sorted({int(r.key) for _, refs in t.kb.fuzzy_candidates(said, docs, limit=200)
                  for r in refs if r.kind == "indicator"})
    rows = [r for r in query.indicators(t.conn, ids=ids) if r["actual_value"]] if ids else []
    scored: dict[str, float] = {}
    for r in rows:
        scored[r["name"]] = max(scored.get(r["name"], 0.0), fuzz.partial_ratio(said, compact(r["name"])))
    ranked = sorted(scored.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < DONE_FIT or len(ranked) > 1 and ranked[0][1] - ranked[1][1] < DONE_MARGIN:
        return None
    chosen = [r for r in rows if r["name"] == ranked[0][0]]
    f.indicators, f.ambiguous = [r["id"] for r in chosen], []
    f.projects = list(dict.fromkeys(r["project_id"] for r in chosen))
    return None


def _class_of_category(t: Turn, p: Parse, f: Frame, asked: re.Match) -> Answer | None:
    """"信访超市里成本指标属于哪个一级指标": the 一级 class the table files that 二级 class under."""
    if "二级" in asked.group(0) or len(f.categories) != 1 or any(m.of("indicator") for m in p.mentions):
        return None
    name = str(f.categories[0].key)
    scope = f.projects or [pid for pid, pr in t.kb.projects.items() if not f.doc_ids or pr.document_id in f.doc_ids]
    rows = [r for r in query.indicators(t.conn, project_ids=scope) if r["level2"] == name]
    parents = list(dict.fromkeys(r["level1"] for r in rows if r["level1"]))
    if len(parents) != 1:
        return None
    f.intent, f.indicators = "indicator_list", [r["id"] for r in rows]
    return t.answered(f, compose.category_class(name, parents[0], rows) + compose.source_note(rows[0]),
                      projects=list(dict.fromkeys(r["project_id"] for r in rows)))


# "第一个项目", "倒数第二个项目", "最后一个项目": an ordinal said of projects.
_PROJECT_ORDINAL = re.compile(r"(?:第[^第项]{1,3}|最后一)个?项目")


def _point_into_last(t: Turn, p: Parse, f: Frame) -> list[set[Ref]] | Answer | None:
    """An ordinal alone ("第二个", "2") points into the last list shown; after a ranking, it ranks on.
    The indicator it points at, if it does."""
    s = t.session
    last = s.frame
    said_last = LAST_ITEM.search(p.text)
    if p.ordinal is None and not p.mentions and (s.shown_list or s.last_list) and said_last:
        # "数量指标有哪几个" -> "最后一个要求多少": the last item of that list, not the lowest value.
        p.ordinal = len(s.shown_list or s.last_list)
        f.order, f.rank_n, f.rank_offset = None, None, None
        p.rank_n, p.rank_explicit = None, False
        kept = [(a, b) for a, b in p.concepts.get("asc", []) if not said_last.start() <= a < said_last.end()]
        if kept:
            p.concepts["asc"] = kept
        else:
            p.concepts.pop("asc", None)
    if p.ordinal and last is not None and last.intent == "rank" and last.rank_offset and not p.mentions:
        f.rank_offset, f.order, f.intent = p.ordinal, last.order, "rank"
    elif p.ordinal and not p.mentions and s.shown_list and len(s.last_list) != len(s.shown_list):
        # "明细有哪些" (a table's rows, not a typed list) -> "第四个多少钱": that row, which the engine
        # names and asks again; never the department's total.
        return t.unknown(compose.NOT_UNDERSTOOD, p.text, suggest=False)
    elif p.ordinal and not p.mentions and not s.shown_list and not s.last_list and f.intent != "rank" \
            and not re.search(r"排|最|名", p.text):
        # "项目支出明细" (one total shown) -> "第四项是多少": no list was shown to point into; the item is
        # asked for by name, never answered with some total.
        return t.unknown(compose.no_list_to_point_into(p.ordinal), p.text, suggest=False)
    elif p.ordinal and s.last_list and _PROJECT_ORDINAL.search(p.text) \
            and all(kind == "indicator" for kind, _ in s.last_list):
        # "编外人员聘用合规率哪些项目有" (indicators shown under their projects) -> "第一个项目多少钱": the
        # projects are counted in the order the list showed them, not the indicators.
        owners = list(dict.fromkeys(t.kb.indicator_project[key] for _, key in s.last_list))
        at = len(owners) if said_last else p.ordinal
        if not 1 <= at <= len(owners):
            return t.unknown(compose.list_shorter(len(owners), True), p.text)
        f.projects = [owners[at - 1]]
    elif p.ordinal and s.last_list:
        if not 1 <= p.ordinal <= len(s.last_list):
            return t.unknown(compose.list_shorter(len(s.last_list), False), p.text)
        kind, key = s.last_list[p.ordinal - 1]
        if kind == "project":
            f.projects = [key]
        else:
            return [{Ref("indicator", key)}]
    return None


def _indicators_asked(t: Turn, p: Parse, f: Frame, ind_refs: list[set[Ref]],
                      ind_form: str | None) -> list[int] | Answer:
    """Indicators: keep those in the named projects or departments (or the conversation's)."""
    s, kb = t.session, t.kb
    # A Ref is (kind, key, level): the keys taken in C.
    # A name many indicators share: its ids as the knowledge base keeps them, when the mention
    # holds exactly the form's indicators (the parse may widen a rare name to others).
    kept = (kb.indicator_ids(ind_form) if ind_form is not None and len(ind_refs[0]) >= kb.SHARED_REFS
            else None)
    ids: list[int] = (list(kept) if kept is not None and len(kept) == len(ind_refs[0])
                      else sorted(set(map(itemgetter(1), chain.from_iterable(ind_refs)))))
    its = p.has("refer") and len(s.focus_projects) == 1 and not (f.projects or f.ambiguous or f.doc_ids) \
        and not p.departments() and not _ACROSS_PROJECTS.search(p.text)
    if its:  # "它的完工时间": the project in focus's indicator, as if named; never another project's one
        f.projects = list(s.focus_projects)
    inside = indicators_inside(t, p, f, ids)
    if isinstance(inside, Answer):
        return inside
    if its:
        f.projects = []  # (the follow-up takes the project from the conversation, as before)
    ids = inside
    if s.focus_indicators and not (f.projects or f.ambiguous or f.doc_ids) and elliptic(t, p):
        # "东湖返乡创业人数" → "带动就业呢": the indicator just shown says it (返乡创业人数及带动就业人数);
        # another one with the same words is not what the follow-up points at.
        shown = set(s.focus_indicators)
        kept = [i for i in ids if i in shown]
        ids = kept if kept else ids
    ids = _of_the_project_in_focus(t, p, f, ids)
    _ambiguous_by_indicator(t, f, ids)
    if f.projects:
        ids = within(ids, f.projects, kb.project_span, kb.indicator_project) or ids
    if f.doc_ids:
        ids = within(ids, f.doc_ids, kb.indicator_span, kb.indicator_doc) or ids
    elif s.doc_ids and len(kb.departments) > 1:
        ids = within(ids, s.doc_ids, kb.indicator_span, kb.indicator_doc) or ids
    return ids


def _ambiguous_by_indicator(t: Turn, f: Frame, ids: list[int]) -> None:
    """"应急平台要接入多少个视频监控点位": a short name two projects share (平台), said with an indicator only
    one of them has, names that one; an indicator both have leaves the choice to ask."""
    if not f.ambiguous or not ids:
        return
    owners = {t.kb.indicator_project.get(i) for i in ids}
    left = []
    for group in f.ambiguous:
        having = [pid for pid in group if pid in owners]
        if len(having) == 1:
            f.projects.append(having[0])
        else:
            left.append(group)
    f.ambiguous = left


# Words asking across projects: an indicator question with them is not about the project in focus.
_ACROSS_PROJECTS = re.compile("所有|全部|各个|每个|各项目|哪个|哪些|哪几个|哪项|哪一|都|分别")


def _of_the_project_in_focus(t: Turn, p: Parse, f: Frame, ids: list[int]) -> list[int]:
    """"辅助人员服务经费" → "项目完成时间呢" / "考核合格率要求": an indicator asked right after one project, naming no
    project or department, is that project's own: of a name several projects share, its one; of a name said
    in part (合格率), its indicator holding what was said — never another project's, which would answer
    with the wrong figure. Left as it is when the project has no such indicator (the subject changed)."""
    s, kb = t.session, t.kb
    if (len(s.focus_projects) != 1 or s.frame is None or f.projects or f.ambiguous or f.doc_ids
            or p.departments() or p.all_departments or _ACROSS_PROJECTS.search(p.text)):
        return ids
    focus = list(s.focus_projects)
    if inside := within(ids, focus, kb.project_span, kb.indicator_project):
        return inside
    said = [compact(m.text) for m in p.mentions if m.of("indicator") and m.score < 100]
    lo, hi = kb.project_span(focus[0])
    own = [i for i in range(lo, hi + 1) if kb.indicator_project.get(i) == focus[0]]
    holding = [i for i in own if said and all(w in compact(kb.indicator_name[i]) for w in said)]
    if not holding and any(_DONE_TIME.fullmatch(w) for w in said):
        # "卫生院改造" → "啥时候完成": its own time of the end of the works (项目完工时间), never another
        # project's 完成时间
        holding = [i for i in own if _DONE_TIME.search(kb.indicator_name[i])]
    return holding or ids


def _earlier_frame(t: Turn, p: Parse, f: Frame, last: Frame | None) -> Frame | None:
    """The frame a follow-up continues, or None: help, units and small talk stand alone (they never
    take the conversation's subject), and "这两个加起来" sums the projects just answered about."""
    alone = classify(t.rules, lambda c: holds(t, c, f, p)) if f.intent != "rank" else ""
    if alone and INTENTS[alone].standalone:
        f.intent, last = alone, None
    if _several_earlier(t, p, f):
        last = None
    return last


def _carry_context(t: Turn, p: Parse, f: Frame, last: Frame | None, followup: bool,
                   depts: list[str]) -> Answer | None:
    """A follow-up takes what it leaves out from the last frame: its projects or indicators, its
    categories, its kind of value and its amount filter."""
    if last is not None and (f.intent == "rank" or f.order) and not depts and _projects_of_the_last_unit(t, p, f, last):
        return None  # ("动物疫控中心有哪些项目" → "经费最多的是哪个": ranked among that unit's projects)
    if last is None or not (followup or p.has("refer")) or f.intent == "rank":
        return None
    s = t.session
    _namesake_in_unit_said(t, p, f)
    _indicators_counted_again(t, p, f, last)
    has_entities = bool(f.projects or f.ambiguous or f.indicators)
    if not has_entities:
        stop = _same_subject(t, p, f, last, depts)
        if stop is not None:
            return stop
    elif not f.indicators and last.intent == "indicator_value" and not own_intent(t, p):
        _holding_the_indicator(t, f)
        if f.projects:  # "信访超市那个": the same indicator, in the project now named.
            names = {t.kb.indicator_name[i] for i in s.focus_indicators}
            f.indicators = [i for i, pid in t.kb.indicator_project.items()
                            if pid in f.projects and t.kb.indicator_name[i] in names]
    if not f.categories and last.categories and not f.indicators and not own_intent(t, p, ignore=("count",)):
        f.categories = list(last.categories)
    elif (not f.categories and last.categories and f.projects and not f.indicators and p.has("list")
          and last.intent in ("count", "indicator_list") and last.count_of == "indicators"):
        # "时效指标有几个" → "列一下法律顾问的": that class of indicators, of the project now named
        f.categories, f.intent = list(last.categories), "indicator_list"
    elif not f.categories and last.categories and p.has("count") and not has_entities:
        f.categories = list(last.categories)
    elif (not f.categories and not has_entities and not p.has("amount") and bare(p)
          and ((last.intent == "lacking" and not last.negated)
               or (last.intent == "count" and last.count_of == "indicators"))):
        # "哪些项目有成本指标" / "有几个数量指标" -> "各是多少": the values of those indicators.
        f.categories, f.intent = list(last.categories), "indicator_list"
    if f.value_kind is None and last.intent == "indicator_value" and not own_intent(t, p):
        f.value_kind = last.value_kind
    if f.amount_filter is None and not own_intent(t, p) and last.amount_filter and not has_entities:
        f.amount_filter = last.amount_filter
    return None


def _holding_the_indicator(t: Turn, f: Frame) -> None:
    """"当事人满意度是多少" → "公证那个": of the projects the words fit, the one that has the indicator just
    asked is meant (no choice to ask for when only one has it)."""
    names = {t.kb.indicator_name[i] for i in t.session.focus_indicators}
    if not f.ambiguous or not names:
        return
    fits = list(dict.fromkeys(pid for group in f.ambiguous for pid in group))
    having = [pid for pid in fits if any(t.kb.indicator_project.get(i) == pid and t.kb.indicator_name[i] in names
                                         for i in t.session.focus_indicators)]
    if len(having) == 1:
        f.projects, f.ambiguous = having, []


def _share_of_the_last_source(f: Frame, last: Frame | None, followup: bool) -> None:
    """"其他资金多少" -> "占比呢": that source of funds of the same table, as a share of its total; "都是哪几个
    项目的": the projects listing it. A project's source shown: its share of the project's total."""
    if (followup and last is not None and f.intent in ("share", "project_list") and f.column is None
            and last.column and last.intent in ("total", "source") and not (f.projects or f.ambiguous or f.indicators)):
        # ("其他资金多少" -> "都是哪几个项目的": the projects that list that source)
        f.column, f.doc_ids = last.column, f.doc_ids or list(last.doc_ids)
    elif (followup and last is not None and f.intent == "share" and f.column is None and last.intent == "source"
          and last.column not in (None, "total") and f.projects and set(f.projects) == set(last.projects)
          and not (f.ambiguous or f.indicators)):
        f.column = last.column  # "医疗救助多少" -> "其中财政拨款呢" -> "占比多少": of the project's total


def _source_of_another_department(t: Turn, p: Parse, f: Frame, last: Frame | None, depts: list[str]) -> None:
    """"城管局其他资金" → "司法局呢": the same source of funds, of the department now named (not its total)."""
    if (last is not None and depts and f.column is None and last.column not in (None, "total")
            and last.intent in ("total", "source") and f.intent == last.intent and elliptic(t, p)
            and not (f.projects or f.ambiguous or f.indicators or last.projects or own_intent(t, p))):
        f.column = last.column


# "实施单位是谁", "由谁实施": who carries out a project, asked with nothing else named.
_OWNER_ASKED = re.compile(r"(?:那|那么)?(?:它|这个项目|该项目)?的?(?:(?:实施|执行|承担|负责|主管|承办)(?:单位|部门)|资金使用单位)"
                          r"(?:是谁|是哪个|是哪家|是什么|是哪个单位|是哪个部门|是)?(?:呢|啊|[？?])?|(?:是)?(?:谁来实施|由谁实施|谁实施|谁负责)(?:的)?(?:呢|[？?])?")


# Answers about the indicators they show (their values, or how far each was completed): a follow-up naming
# nothing asks another column of those same indicators.
_ABOUT_NAMED_INDICATORS = ("indicator_value", "completion")


# "湄潭水务局项目总计呢": a whole said (read as the amount asked), of the department named.
_WHOLE_WORD = re.compile(r"总计|合计|总额|总预算")


def _same_subject(t: Turn, p: Parse, f: Frame, last: Frame, depts: list[str]) -> Answer | None:
    """A follow-up naming nothing is about what the last answer was about."""
    s = t.session
    refer_many = any(w in _they_as_it(p.text) for w in ("它们", "这些", "分别", "各"))
    if refer_many and s.focus_indicators and (p.has("value", "how_much") or f.value_kind):
        f.indicators = list(s.focus_indicators)
    elif depts and (p.has("total") or _WHOLE_WORD.search(p.text)) and not p.has("refer"):
        return None  # "汪清校舍维修多少" -> "白云信访局合计呢": that department's total, not the project shown
    elif depts and s.focus_projects and INTENTS[last.intent].aggregate and not (
            last.projects and not (last.unit or last.units) or last.indicators):
        # "司法局经费最多的项目" -> "那城管局的呢": the same question over that department's projects, not the
        # projects just shown (another department's); "图书馆项目合计" -> "白云信访局呢": a unit's projects were
        # the unit's, the department now named is asked the same of its own
        s.focus_projects, s.focus_indicators = [], []
        f.negated = last.negated
    elif depts and f.categories and not f.indicators and not any(m.of("indicator") for m in p.mentions):
        return None  # "X的群众满意度" → "那Y局的满意度指标呢": the class said is asked of Y, not the one indicator's name
    elif depts and s.focus_projects:
        # "民政局呢": the same indicator (a department's projects differ, its measures often do not),
        # else the same projects, in the department now named.
        if _same_indicators_in(t, f, last, depts):
            return None
        return _same_names_in(t, f, depts)
    elif not depts and _projects_of_the_last_unit(t, p, f, last):
        pass  # "土地收储中心" → "有哪几个项目", "它哪个项目钱最多": the unit's projects, not the whole table's
    elif _what_it_covers(p, of_total=True) and last.intent == "total" and not (last.projects or last.column) \
            and last.doc_ids:
        f.intent, f.doc_ids = "project_list", list(last.doc_ids)  # "信访局一共多少钱" → "包括哪些": its projects
    elif not depts and len(s.focus_projects) == 1 and not f.doc_ids and _OWNER_ASKED.fullmatch(compact(p.text)):
        f.projects = list(s.focus_projects)  # "渝中就业补助资金" → "实施单位是谁": of the project just answered
    elif elliptic(t, p) or p.has("refer") or not own_intent(t, p) or bare(p) or _what_it_covers(p):
        # "它的指标呢", "成本指标呢": the same projects. A complete short question
        # ("有哪些项目") does not inherit them.
        f.projects = list(s.focus_projects)
        if not f.projects and not f.doc_ids and last.intent in ("total", "source") and last.column and last.doc_ids \
                and len(s.talk_departments) == 1:
            f.doc_ids = list(last.doc_ids)  # "城管局财政拨款多少" → "其他资金呢": that department's, no other's
        if last.unit and len(last.doc_ids) == 1 and set(f.projects) == set(t.kb.unit_projects(last.doc_ids[0], last.unit)):
            f.unit, f.doc_ids = last.unit, list(last.doc_ids)  # "公证处总共多少钱" → "财政拨款占多少": the unit still
        if _value_word_of_focus(t, p, f) or _part_of_focus_indicator(t, p, f):
            return None
        if not f.categories and last.intent in _ABOUT_NAMED_INDICATORS and s.focus_indicators:
            # ("户厕改造完成多少" → "目标是多少": the indicators whose 完成值 was just shown, their other column)
            f.indicators = _other_indicator_said(t, p) or list(s.focus_indicators)
    return None


# Words that rank over the whole table, not over the unit just talked about.
_WHOLE_SCOPE = re.compile(r"所有|全部|整个|全局|全县|全市|全区|全省|部门|局里|各个?单位|哪个单位|哪些单位")


def _projects_of_the_last_unit(t: Turn, p: Parse, f: Frame, last: Frame) -> bool:
    """A 资金使用单位 just answered about, then its projects asked (listed, counted, ranked) with no project,
    indicator nor unit named: that unit's projects (as when said with its name), never the department's all."""
    if not last.unit or len(last.doc_ids) != 1 or f.unit or f.units or f.of_units or p.mentions \
            or p.has("indicator", "goal") or _WHOLE_SCOPE.search(p.text):
        return False  # ("全部项目里经费最多的是哪个": the whole department's, said so)
    if not p.has("project") and not (last.intent in ("project_list", "count") and (f.intent in ("rank", "filter") or f.order)):
        return False  # ("动物疫控中心有几个项目" → "经费最多的是哪个": of the projects just listed, its own)
    f.unit, f.doc_ids = last.unit, list(last.doc_ids)
    f.projects = t.kb.unit_projects(f.doc_ids[0], f.unit)
    return True


def _what_it_covers(p: Parse, of_total: bool = False) -> bool:
    """"信访超市" → "包括哪些开支": what the project just discussed covers (its texts), never the table's
    total; a thing to look for ("哪些项目包括安保") or a figure asked is a question of its own. Of a total
    just shown, "包括哪些项目" asks its projects."""
    words = ("department", "how_much", "count", "total", "max", "min", "source") + (() if of_total else ("project",))
    return p.has("content") and p.has("list", "which") and not p.mentions and not p.unexplained and not p.has(*words)


def _part_of_focus_indicator(t: Turn, p: Parse, f: Frame) -> bool:
    """"公车购置经费" → "计划执行率呢", "法律顾问经费" → "约访呢": the word left unexplained (with the concept words
    beside it) that part of an indicator's name of the one project in focus holds is that indicator, as it is
    when said beside the project's name — never the project's amount again, nor a table not loaded."""
    if len(f.projects) != 1 or f.indicators or f.categories:
        return False
    before = len(p.mentions)
    part_of_projects_indicator(p, t.kb, f.projects[0])
    if len(p.mentions) == before:
        return False
    # (named by the indicator alone, as if said by its name: the last question's intent is not asked again)
    f.indicators, f.intent, f.projects = sorted(r.id for r in p.mentions[-1].of("indicator")), "indicator_value", []
    return True


def _value_word_of_focus(t: Turn, p: Parse, f: Frame) -> bool:
    """"法律援助案件要办多少件" → "补贴标准呢": a word read as "the value" (with the words before it) that part of
    an indicator's name of the projects in focus holds is that indicator, not the one just shown again."""
    kb = t.kb
    names = {i: compact(kb.indicator_name.get(i, "")) for pid in f.projects[:3]
             for i in range(kb.project_span(pid)[0], kb.project_span(pid)[1] + 1) if kb.indicator_project.get(i) == pid}
    for a, b in p.concepts.get("value", ()):
        for k in range(min(a, 4), -1, -1):  # the longest run ending with the word that a name holds
            said = p.text[a - k:b]
            found = [i for i, n in names.items() if len(said) > 1 and said in n]
            if found:
                f.indicators, f.intent = found, "indicator_value"
                return True
    return False


# "补贴标准呢": the words of a follow-up, without its question and follow-up words.
_FOLLOW_WORDS = re.compile(r"^(?:那么?|那|还有|再看看?)|(?:的)?(?:呢|吧|是多少|多少|是什么|要求|目标|指标值?|值)+$")


def _other_indicator_said(t: Turn, p: Parse) -> list[int]:
    """"法律援助案件要办多少件" → "补贴标准呢": another indicator of the project just answered about, whose name
    holds what the follow-up says (办案补贴标准) — not the indicator just shown again; [] when none does."""
    s, kb = t.session, t.kb
    said = _FOLLOW_WORDS.sub("", compact(p.text))
    if len(said) < 2 or len(s.focus_projects) != 1:
        return []
    lo, hi = kb.project_span(s.focus_projects[0])
    found = [i for i in range(lo, hi + 1) if kb.indicator_project.get(i) == s.focus_projects[0]
             and said in compact(kb.indicator_name.get(i, ""))]
    return [] if set(found) & set(s.focus_indicators) else found


def _class_word_in_the_name(t: Turn, p: Parse, f: Frame) -> None:
    """"小水库运行管理经费": a class word (管理 of 管理指标) said inside the one project's name, said short around
    it (小型水库安全运行管理经费 holds every character said, in order), is a word of that name, not a class asked;
    a class said with 指标 or 类 after it stays one."""
    if len(f.projects) != 1 or not f.categories or f.indicators or f.ambiguous:
        return
    cats = [m for m in p.mentions if m.of("category")]
    named = [m for m in p.mentions if m.of("project")]
    name = compact(t.kb.projects[f.projects[0]].name)
    if not cats or not named or any(m.of("indicator") for m in cats) \
            or any(re.match(r"指标|类", p.text[m.end:]) or compact(m.text) not in name for m in cats):
        return
    start = min(m.start for m in named + cats)
    end = max(m.end for m in named + cats)
    if not in_order(compact(p.text[start:end]), name):
        return
    # (a mention that names the project as well stays, as the project's alone)
    p.mentions = [m if m not in cats else replace(m, refs={r for r in m.refs if r.kind != "category"})
                  for m in p.mentions if m not in cats or m.of("project")]
    f.categories = []


def _category_of_focus(t: Turn, p: Parse, f: Frame, last: Frame | None) -> None:
    """"聘请法律顾问专项经费" -> "满意度指标年度值是什么": a category asked right after projects, naming
    no project, department or "所有/哪些", is of those projects; not every project's."""
    _class_word_in_the_name(t, p, f)
    s = t.session
    if (last is not None and f.categories and s.focus_projects and not (f.projects or f.ambiguous or f.indicators)
            and not p.departments() and not p.all_departments and f.intent != "rank" and not f.order
            and not p.has("lack", "having", "count") and bare(p, categories=True)):
        f.projects = list(s.focus_projects)


def _topic_of_focus(t: Turn, p: Parse, f: Frame, last: Frame | None, followup: bool) -> None:
    """"湛江三支一扶考核合格率" → "那满意度呢": the one indicator of the kind named now that is about the same
    thing as the indicator just answered (服务单位对“三支一扶”人员满意度, sharing “三支一扶”人员 with it), not every
    indicator of that kind; left as it is unless exactly one shares a run of three characters or more."""
    s = t.session
    if not followup or last is None or last.intent != "indicator_value" or len(s.focus_indicators) != 1 \
            or not f.categories or f.ambiguous or f.indicators or p.departments() or not bare(p, categories=True):
        return
    shown = s.focus_indicators[0]
    if set(f.projects) - {t.kb.indicator_project[shown]}:
        return  # (the project carried is the indicator's own; another named is asked of itself)
    theirs = [r for c in f.categories
              for r in query.indicators(t.conn, doc_ids=[t.kb.indicator_doc[shown]], category=(c.level, c.name))
              if r["id"] != shown]
    kinds = re.compile("|".join(re.escape(compact(c.name).removesuffix("指标")) for c in f.categories))
    said = kinds.sub("|", compact(t.kb.indicator_name[shown]))  # (满意度 of its kind shared by all: no topic)
    sharing = [r for r in theirs if shared_run(said, kinds.sub("|", compact(r["name"]))) >= 3]
    if len(sharing) == 1:
        f.indicators, f.categories = [sharing[0]["id"]], []


# "加上公用经费一共多少", "再加信访超市合计", "和公务用车加起来": the project named is added to the one in context.
_ADDED = re.compile(r"^(?:那么?|那)?(?:再)?(?:加上|加|和|跟|与|连同|算上)")


# "那加上公用经费呢", "再算上信访超市", "把公用经费也算上呢": an addition word and a name only, after an amount
# or a share.
_PLUS_ONLY = re.compile(r"^(?:那么?|那)?(?:再加上?|(?:再)?(?:加上|连同|算上))"
                        r"|^(?:那么?|那)?(?:再)?把.{2,}?(?:也|都)?(?:算上|加上|算进去|加进去|算进来|加进来)(?:的话)?(?:呢|吧)?$")
# The intents _add_to_focus gives "那加上X呢" and "那减去X呢": not replaced by the last question's.
_MADE_BY_FOCUS = ("sum", "compare")
# "信访超市和它加起来", "A跟这个一共多少": the name said now with the pointer at the one just answered about.
_WITH_POINTER = re.compile(r"(?:和|跟|与|同|加上?|连同)(?:它|这个|那个|前面那个|上面那个|刚才那个)的?(?:经费|预算|钱|资金)?"
                           r"(?:加起来|加在一起|合计|合起来|一共|总共|共|相加|之和)")
# "这两个加起来呢 跟信访工作经费": the sum asked first, the name added said after it as an afterthought.
_SUM_THEN_ADDED = re.compile(r"^(?:那么?)?(?:这两个|这俩|两个|俩|两者|它们|他们)?(?:加起来|加在一起|合起来|一共|总共|合计)"
                             r"(?:是)?(?:多少)?(?:呢|啊|吧)?(?:和|跟|与|同|加上?|连同)")
# "那减去信访工作经费呢", "扣掉公车": a name taken away from the figure just answered.
_MINUS_ONLY = re.compile(r"^(?:那么?|那)?(?:再)?(?:减去|减掉|扣除|扣掉|去掉|刨去|刨掉)")


def _add_to_focus(t: Turn, p: Parse, f: Frame) -> None:
    """A total of the projects just answered about and the ones named now, not of the new ones alone;
    after a share ("占比" -> "那加上X呢") the share of the two together, never X's own share."""
    s = t.session
    last = s.frame
    text = compact(p.text)
    if (_MINUS_ONLY.match(text) and last is not None and last.intent in ("amount", "sum", "share")
            and s.focus_projects and not (f.ambiguous or f.indicators or f.categories or p.departments())
            and not own_intent(t, p, ignore=("total", "compare", "exclude"))):
        # "扣掉X": read as left out (of the projects carried over), it is what is taken away
        if _take_from_focus(t, f, list(f.exclude) or list(f.projects)):
            f.exclude = []
        return
    if not (f.projects and not (f.ambiguous or f.indicators or f.categories) and s.focus_projects
            and f.intent != "rank" and not p.departments()):
        return
    added = p.has("total") and (_ADDED.match(text) or _WITH_POINTER.search(text) or _SUM_THEN_ADDED.match(text))
    elliptic_plus = (not added and last is not None and last.intent in ("amount", "share", "sum")
                     and _PLUS_ONLY.match(text) and not own_intent(t, p, ignore=("total", "share")))
    if not (added or elliptic_plus):
        return
    earlier = [pid for pid in _amounts_in_a_row(t, text) or s.focus_projects if pid not in f.projects]
    if earlier:
        f.projects, f.intent = earlier + f.projects, "sum"
        f.with_share = bool(elliptic_plus and last is not None
                            and (last.intent == "share" or (last.intent == "sum" and last.with_share)))


def _amounts_in_a_row(t: Turn, text: str) -> list[int]:
    """"A多少 → B呢 → 再加上C一共多少": 再 adds C to every project whose amount the turns in a row just showed
    (A and B), not to the last one alone; [] when 再 is not said or the last turn showed no one project."""
    s = t.session
    if not re.match(r"(?:那么?)?再", text) or len(s.focus_projects) != 1:
        return []
    names = {t.kb.projects[pid].name: pid for pid in s.recent_projects if pid in t.kb.projects}
    run: list[int] = []
    for figure in reversed(s.figures):
        pid = names.get(str(figure.get("label", "")))
        if pid is None or pid in run:
            break
        run.append(pid)
    return run[::-1] if len(run) >= 2 and run[0] == s.focus_projects[0] else []


def _take_from_focus(t: Turn, f: Frame, taken: list[int]) -> bool:
    """"信访超市多少" -> "那减去信访工作经费呢": the difference of the two; after a sum of several, the sum of
    the others. Never the amount of the one taken away, as if asked of it. False (the frame as it was)
    when neither applies."""
    focus = list(t.session.focus_projects)
    if len(focus) == 1 and len(taken) == 1 and taken[0] not in focus:
        f.projects, f.intent = focus + taken, "compare"
    elif len(focus) >= 2 and taken and set(taken) < set(focus):
        f.projects, f.intent = [pid for pid in focus if pid not in taken], "sum"
    else:
        return False
    return True


def _compare_with_recent(t: Turn, p: Parse, f: Frame) -> None:
    """"两个差多少", "比公务用车少多少": a comparison takes the projects of the last answer."""
    s = t.session
    if p.has("compare") and len(f.projects) + len(f.ambiguous) < 2 and s.recent_projects:
        needed = 2 - len(f.projects) - len(f.ambiguous)
        earlier = [pid for pid in s.recent_projects if pid not in f.projects][-needed:]
        f.projects = list(dict.fromkeys(earlier + f.projects))


_THAN_EXTREME = re.compile(r"(?:比|和|跟|与|同)(?:那个|这个)?最")


def _compare_with_extreme(t: Turn, p: Parse, f: Frame) -> None:
    """"哪个项目最便宜" → "比最贵的少多少": the other side is the top of the same table's ranking."""
    if not (p.has("compare") and len(f.projects) == 1 and not f.ambiguous and _THAN_EXTREME.search(p.text)):
        return
    rows = [r for r in query.projects_in(t.conn, [t.doc_of(f.projects[0])], "asc" if p.has("min") else "desc")
            if r["kind"] != "department"]
    if len(rows) >= 2 and rows[0]["total"] != rows[1]["total"] and rows[0]["id"] not in f.projects:
        f.projects = [*f.projects, rows[0]["id"]]


def _intent_again(p: Parse, f: Frame, last: Frame) -> str:
    """The last question's intent asked again (units counted, counted again); a class of indicators named with it
    asks for those (the last question's own class carried to another department keeps its intent: "没有满意度指标
    的项目" -> "城管局的呢")."""
    carried = last.intent == "lacking" and not p.categories() and bool(p.departments())
    # "广汉水利局有几个单位" -> "信访局呢": that department's units counted (never a summary of its table)
    f.of_units = f.of_units or last.intent == "department" and last.of_units and not f.projects
    return last.intent if carried or not (f.categories and last.intent not in ("count", "indicator_list")) \
        else "indicator_list"


def _listed_again(p: Parse, f: Frame, last: Frame | None) -> bool:
    """"信访超市的质量指标" → "都有哪些": a list word alone, naming nothing and read as no question of its own,
    asks the list just shown again (its intent and what it was of)."""
    if last is None or f.intent or p.mentions or p.ordinal is not None or set(p.concepts) != {"list"} \
            or not last.intent.endswith("_list"):  # ("第三个是什么": the third of the list, never the list again)
        return False
    f.intent = last.intent
    f.projects = f.projects or list(last.projects)
    f.categories = f.categories or list(last.categories)
    f.indicators = f.indicators or list(last.indicators)
    f.doc_ids = f.doc_ids or list(last.doc_ids)
    return True


def _settle_intent(t: Turn, p: Parse, f: Frame, last: Frame | None, followup: bool) -> Answer | None:
    """The intent: by the rules, else the last question's again ("那公务用车呢"); then what it needs."""
    if _place_in_ranking(p, f, last) or _values_of_list_shown(t, p, f, last) or _items_counted(p, f, last) \
            or _filtered_counted(p, f, last) or _listed_again(p, f, last):
        return None
    _same_kind_as_last_indicator(t, p, f, last)
    if not f.intent:
        f.intent = classify(t.rules, lambda c: holds(t, c, f, p))
    if last is not None and (followup or not f.intent or p.has("refer")) and not own_intent(t, p):
        # "那公务用车呢": the last question again, about what is named now.
        if last.intent and not INTENTS[last.intent].standalone and f.intent not in _MADE_BY_FOCUS:
            f.intent = _intent_again(p, f, last)
            if f.projects and INTENTS[f.intent].on_project:
                # "民政局总预算" -> "政府雇员工资经费呢": that project's amount
                f.intent = INTENTS[f.intent].on_project
            if f.indicators and not f.projects and f.intent in ("amount", "goal", "source", "share", "total", "rank"):
                # "法律顾问经费多少" -> "协调化解信访事项指标值呢": the indicator named now, not the amount again;
                # "最贵的项目" -> "完工时间": the indicator of the project just ranked, not the ranking again.
                f.intent = "indicator_value"
            if f.intent == "indicator_value" and not f.indicators:
                f.intent = "indicator_list" if f.categories or f.projects else f.intent
            if f.intent == "rank" and f.rank_offset is None:
                f.rank_offset, f.rank_n, f.order = last.rank_offset, last.rank_n, f.order or last.order
            if f.intent == "lookup_amount" and f.amount_filter is None:
                # "二十万" (no such project) -> "第二个": an item of an earlier list, not that amount again.
                f.intent = "indicator_value" if f.indicators else "amount" if f.projects else ""
    _column_of_a_carried_indicator(t, p, f)
    if f.intent == "count" and p.ordinal and f.indicators:
        f.intent = "indicator_value"  # "有几个成本指标" -> "第二个呢": the one counted second, not a count
    _done_or_listed(p, f, last)
    if f.intent and INTENTS[f.intent].needs_project and not (f.projects or f.ambiguous) and t.session.focus_projects:
        f.projects = list(t.session.focus_projects)
    _sum_of_the_parts(t, p, f, last)
    if f.intent == "rank" and f.order and p.has("value") and (f.categories or f.indicators):
        # "满意度指标里要求最高的是哪个": indicators ranked by their values, not projects by their count.
        f.intent = "indicator_list"
    if (f.intent in ("total", "indicator_list")
            and not (f.projects or f.indicators or f.categories or p.mentions or p.departments())
            and p.ordinal is None and not p.all_departments and bare(p) and _last_unanswered(t)):
        # "东湖项目支出明细第一项是啥" (not found) -> "多少钱" / "指标值": of that item, never the whole's.
        return t.unknown(compose.of_the_unanswered(), p.text, suggest=False)
    _share_in_the_name(t, p, f)
    if f.intent == "department" and p.has("share") and not f.projects:
        # "项目支出多少" -> "占部门预算支出百分之几": a share of the figure just shown (the engine asks
        # it again with that figure named), never a description of every department's table.
        return t.unknown(compose.NOT_UNDERSTOOD, p.text, suggest=False)
    if f.intent in ("amount", "total") and f.projects and not f.indicators and _says_indicator_value(p):
        f.intent = "indicator_list"  # "信访局法律顾问费用指标值": its indicators' values, not its amount
    if (stop := _period_of_the_project(t, p, f)) is not None:
        return stop
    if f.intent == "compare" and len(f.projects) + len(f.ambiguous) < 2:
        # "预算多少" → "执行了多少" → "差多少": the difference of the two figures just shown, which
        # the execution answer gives (未执行); never one project's amount for a difference.
        if last is not None and last.intent == "execution" and not p.mentions:
            f.intent = "execution"
        elif not p.mentions and p.has("compare") and not p.amounts:
            return t.unknown(compose.compare_what(), p.text, suggest=False)
        else:
            f.intent = "amount"
    return None


# "维护经费", "建设资金": a word naming no project alone, said right before the money word.
_WORD_BEFORE_MONEY = re.compile(r"([\u4e00-\u9fff]{2})(?:经费|费用|资金)")
# Generic words that say nothing of which projects ("工作经费", "项目经费", "部门预算"…).
_SAYS_NO_KIND = frozenset({"专项", "工作", "项目", "部门", "预算", "支出", "政府", "年度", "相关", "区级", "市级", "县级"})


def _projects_of_a_generic_word(t: Turn, p: Parse, f: Frame) -> None:  # (a step of build_frame: never a reply)
    """"住建局维护经费多少": a word no name is matched by alone (维护), said of the money, is the projects whose
    names hold it (公租房运营维护、道路桥梁日常维护…): asked which, never the department's whole total as if
    the word were not said. A word every project in scope holds says nothing and is left."""
    if f.intent != "total" or f.projects or f.ambiguous or f.indicators or f.column or f.unit or f.units \
            or f.over_projects or f.every_department or f.exclude or any(m.of("project") for m in p.mentions):
        return  # (a word of a project named, "除了…日常运行经费", is that name's)
    kb = t.kb
    # The projects in scope, gathered only once a word asks (when no department is named, every project of every
    # department: ~10,000 at 1,000 departments, walked per question before).
    scope: list[int] | None = None
    said = compact(p.text)
    for m in _WORD_BEFORE_MONEY.finditer(said):
        word = m.group(1)
        # (the money asked, "维护经费多少", "维护经费": not "补贴资金什么时候拨付", a question of its own)
        asked = p.has("how_much") or not said[m.end():].strip("呢吗？?")
        tail = word in _SAYS_NO_KIND and bool(p.departments())  # ("农业局的工作经费": maybe its names' shared tail)
        if not asked or not tail and (word not in kb.vocab.generic_words or word in _SAYS_NO_KIND):
            continue
        if scope is None:
            scope = [pid for d in (f.doc_ids or list(kb.documents)) for pid in kb.projects_of_document(d)
                     if kb.projects[pid].kind == "project"]
        held = _names_ending(t, scope, m.group(0)) if tail else [pid for pid in scope if word in kb.projects[pid].name]
        if held and len(held) < len(scope):
            f.intent = "amount"
            f.projects, f.ambiguous = (held, []) if len(held) == 1 else ([], [held])
            return


def _names_ending(t: Turn, scope: list[int], phrase: str) -> list[int]:
    """The projects of a department said whose names end with a generic phrase ("工作经费" of 信访工作经费 and
    执法工作经费): several of them, not all, are what the phrase names there — asked which, never the whole total."""
    names = t.kb.compact_project_names()
    held = [pid for pid in scope if names[pid].endswith(phrase) and len(names[pid]) > len(phrase)]
    return held if len(held) >= 2 else []


# The intents that read a department's projects as a list (count, rank, list, filter, their sum).
_OVER_PROJECT_ROWS = frozenset({"count", "rank", "project_list", "filter", "total"})


def _projects_or_key_tasks(t: Turn, p: Parse, f: Frame) -> None:  # (a step of build_frame: never a reply)
    """"住建局一共几个项目", "住建局最贵的项目": a department with a project table beside its 部门整体支出绩效目标表
    has its projects in that table; its 年度重点工作任务 are asked as 重点任务 ("重点任务里哪个钱最多") and only
    then read. A department whose only table is the department-level one keeps its tasks as its projects."""
    if f.intent not in _OVER_PROJECT_ROWS or f.projects or f.ambiguous \
            or (f.intent == "total" and not f.over_projects) or f.count_of != "projects":
        return
    task_said = any("任务" in p.text[a:b] for a, b in p.concepts.get("project", []))
    if not f.doc_ids:
        owners = t.kb.departments_of_documents({t.kb.projects[pid].document_id for pid in t.kb.projects
                                                if t.kb.projects[pid].kind == "task"}) if task_said else []
        if not owners:
            return
        # "重点任务哪个投钱最多", no department said: each department whose tables print key tasks, its tasks (below);
        # never another department's projects
        f.doc_ids = sorted(d for dept in owners for d in dept.doc_ids)
        f.every_department = f.key_tasks = len(owners) > 1
    kinds: dict[int, set[str]] = {d: set() for d in f.doc_ids}
    for d in f.doc_ids:
        kinds[d].update(t.kb.projects[pid].kind for pid in t.kb.projects_of_document(d))
    tasks = {d for d, k in kinds.items() if "task" in k}
    if not tasks:
        return
    if task_said:
        f.doc_ids = [d for d in f.doc_ids if d in tasks]  # "重点任务资金合计": the tasks, not the projects
        return
    owner = {d: t.kb.documents[d]["department_name"] for d in f.doc_ids}
    with_projects = {owner[d] for d, k in kinds.items() if "project" in k}
    f.doc_ids = [d for d in f.doc_ids if d not in tasks or owner[d] not in with_projects]


def _share_in_the_name(t: Turn, p: Parse, f: Frame) -> None:
    """"服务期满继续在基层就业比例": the share word is the indicator's own (…人数比例), not a share asked."""
    if f.intent == "share" and f.indicators and not f.projects:
        said = {p.text[a:b] for a, b in p.concepts.get("share", [])}
        names = [t.kb.indicator_name.get(i, "") for i in f.indicators[:20]]
        if said and all(any(w in name for name in names) for w in said):
            f.intent = "indicator_value"


_TOTAL_COLUMN = re.compile(r"总计|合计")


def _column_of_a_carried_indicator(t: Turn, p: Parse, f: Frame) -> None:
    """"福利中心日常运行经费" (its indicator 日常运行经费 read) -> "财政拨款多少", "总计呢", or "福利中心日常运行经费
    财政拨款多少": a column of the table's amounts said after a project asks that column of the project, never an
    indicator carried over or read in the project's words (whose value is no 财政拨款)."""
    if not f.indicators or f.intent not in ("indicator_value", "source", "total", "amount") \
            or p.has("indicator", "value", "annual", "period") or not (p.has("source") or _TOTAL_COLUMN.search(p.text)):
        return
    owners = list(dict.fromkeys(t.kb.indicator_project[i] for i in f.indicators))
    if any(m.of("indicator") for m in p.mentions) and not set(owners) & set(f.projects):
        return  # (an indicator named now with no project of it: "X指标财政拨款多少" is left as it is read)
    f.projects = [pid for pid in f.projects if pid in owners] or owners
    f.indicators, f.intent = [], "source" if p.has("source") else "amount"
    f.unit, f.units = "", []  # (福利中心 of the project's name is no unit's whole asked)


def _same_kind_as_last_indicator(t: Turn, p: Parse, f: Frame, last: Frame | None) -> None:  # (a step)
    """"维修提灌站数量" → "那末级渠系呢": the thing said is in several indicators' names of the same project
    (维修养护末级渠系长度, 末级渠系每公里维修成本); the one of the last indicator's class (数量指标) is meant,
    not whichever name starts with it. Left alone unless exactly one of that class holds it."""
    if last is None or last.intent != "indicator_value" or len(last.indicators) != 1 or not f.indicators \
            or len(p.mentions) != 1 or not p.mentions[0].of("indicator") or p.concepts or f.categories:
        return
    said = re.sub(r"^(?:那么|那)", "", compact(p.mentions[0].text))
    pid = t.kb.indicator_project.get(last.indicators[0])
    if len(said) < 2 or pid is None or any(t.kb.indicator_project.get(i) != pid for i in f.indicators):
        return
    rows = query.indicators(t.conn, project_ids=[pid])
    kind = next((r["level2"] for r in rows if r["id"] == last.indicators[0]), None)
    holding = [r for r in rows if said in compact(r["name"]) and r["id"] != last.indicators[0]]
    same = [r["id"] for r in holding if kind and r["level2"] == kind]
    if len(holding) >= 2 and len(same) == 1:
        f.indicators = same


def _class_counted_again(p: Parse, f: Frame, last: Frame | None) -> None:  # (a step: never a reply)
    """"效益指标多少个" → "产出指标呢": another class said alone after a count of indicators is counted too,
    not listed (a list word or an indicator's own name asks otherwise)."""
    if (last is None or last.intent != "count" or last.count_of != "indicators" or f.intent != "indicator_list"
            or not f.categories or f.indicators or p.concepts or p.ordinal is not None
            or not all(m.of("category") for m in p.mentions)):
        return
    f.intent, f.count_of = "count", "indicators"


def _done_or_listed(p: Parse, f: Frame, last: Frame | None) -> None:
    """"它的全年绩效目标" → "实际完成呢": what the goal's own table says was done, not every indicator's
    completion; "满意度指标有几个 列下": the items counted, listed (the list says how many too)."""
    _class_counted_again(p, f, last)
    if (f.intent == "completion" and last is not None and last.intent == "goal" and f.projects
            and not p.mentions and not f.categories and not f.indicators):
        f.intent = "goal"
    if f.intent == "count" and _list_after_count(p):
        f.intent = "indicator_list" if f.count_of == "indicators" else "project_list"


def _list_after_count(p: Parse) -> bool:
    """A list word after the count word ("有几个 列下", "几个 分别是哪些"): the count's items are asked too;
    before it ("哪些项目有几个指标") it asks a count per item. Their names asked ("有几个满意度指标 叫啥") list them too."""
    counts = [b for _, b in p.concepts.get("count", [])]
    lists = [a for a, _ in p.concepts.get("list", [])]
    return bool(counts) and (p.names_wanted or bool(lists) and max(lists) >= max(counts))


def _sum_of_the_parts(t: Turn, p: Parse, f: Frame, last: Frame | None) -> None:
    """Projects added up, not each shown: "政府雇员工资加公用经费"; "雇员工资和公用加起来多少" -> "占全部的
    比例呢" and "最贵的两个项目" -> "加起来占多少" (the sum's share, a ÷ b, not each project's)."""
    s = t.session
    if (f.intent == "share" and last is not None and len(s.focus_projects) >= 2 and not p.mentions
            and set(f.projects) == set(s.focus_projects) and (last.intent == "sum" or _summed_before_share(p))):
        f.intent = "sum"
    if f.intent in ("amount", "share") and len(f.projects) >= 2 and _joined_by_plus(p):
        f.intent = "sum"
    if f.intent == "sum" and _share_before_sum(p):
        f.intent = "share"  # "雇员工资占雇员两个项目合计的多少": a part of the sum, not the sum


def _summed_before_share(p: Parse) -> bool:
    """"加起来占多少": a total word before the share word adds up the parts; after it ("占总额") it names the
    whole."""
    shares = [a for a, _ in p.concepts.get("share", [])]
    return bool(shares) and any(b <= min(shares) for _, b in p.concepts.get("total", []))


def _share_before_sum(p: Parse) -> bool:
    """"占A和B合计的多少": 占, then projects and the total word that adds them up — the whole the part is set
    against ("A和B加起来占总预算多少" adds up the part, before 占)."""
    at = p.text.find("占")
    totals = [a for a, _ in p.concepts.get("total", [])]
    after = {r.id for m in p.mentions if m.start > at for r in m.of("project")}
    return at >= 0 and len(after) >= 2 and (bool(totals) and min(totals) > at or "加" in p.text[at:])


_PLUS = re.compile(r"^(?:加上|加)$")


def _joined_by_plus(p: Parse) -> bool:
    """Projects named one after another joined by 加 ("工资加公用经费"): the sum of them."""
    named = sorted((m for m in p.mentions if m.of("project")), key=lambda m: m.start)
    return len(named) >= 2 and all(_PLUS.match(compact(p.text[a.end:b.start])) for a, b in zip(named, named[1:], strict=False))


def _last_unanswered(t: Turn) -> bool:
    figures = t.session.figures
    return bool(figures) and bool(figures[-1].get("unanswered"))


def _period_of_the_project(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"信访工作经费项目实施周期是几年": the table does not say how long; never the amount instead (an indicator
    said by a word of its name, "带宽实施周期", is that indicator's period value)."""
    _indicator_by_a_word_of_its_name(t, p, f)
    if (f.intent == "amount" and f.projects and p.has("period") and not f.indicators and not f.categories
            and not p.has("value", "amount", "how_much", "total", "indicator", "source", "goal")):
        return t.unknown(compose.not_in_texts(t.kb.projects[f.projects[0]].name), p.text, suggest=False)
    return None


def _indicator_by_a_word_of_its_name(t: Turn, p: Parse, f: Frame) -> None:
    """"教育信息化" → "带宽实施周期", "带宽是多少": the words the question leaves unexplained are all in the name
    of one indicator of the one project asked (教育城域网出口带宽): that indicator's value, never the project's
    amount nor "the table does not say"."""
    if f.intent not in ("amount", "total") or len(f.projects) != 1 or f.indicators or f.categories or not p.unexplained \
            or p.has("amount", "total", "source") or any(len(w) < 2 for w in p.unexplained):
        return
    pid = f.projects[0]
    lo, hi = t.kb.project_span(pid)
    # (the money a rate is of, "临时救助金多少" beside 临时救助金发放准确率, is no reading of that rate)
    found = [i for i in range(lo, hi + 1) if t.kb.indicator_project.get(i) == pid
             and all(w in t.kb.indicator_name.get(i, "") for w in p.unexplained)
             and not rate_left_out(p.text, t.kb.indicator_name.get(i, ""), p.text)]
    if len(found) == 1:
        f.indicators, f.intent, p.unexplained = found, "indicator_value", []


def _says_indicator_value(p: Parse) -> bool:
    """The question says 指标值/目标值 itself (not only 值, 要求 or 标准)."""
    return any(p.text[a:b] in ("指标值", "目标值", "年度指标值")
               for a, b in [*p.concepts.get("value", []), *p.concepts.get("annual", [])])


def _place_in_ranking(p: Parse, f: Frame, last: Frame | None) -> bool:
    """"哪个项目钱最多" -> "那排第二的呢": that place of the same ranking, not the first one again."""
    if (last is None or last.intent != "rank" or not p.rank_explicit or not f.rank_offset or f.indicators
            or any(m.of("project") for m in p.mentions)):
        return False
    f.intent, f.projects, f.ambiguous, f.rank_n = "rank", [], [], None
    f.order, f.measure, f.count_of = f.order or last.order, last.measure, last.count_of
    f.categories = f.categories or list(last.categories)
    f.doc_ids = f.doc_ids or list(last.doc_ids)
    return True


def _items_counted(p: Parse, f: Frame, last: Frame | None) -> bool:
    """"有几个满意度指标" → "都是哪些": the items just counted, listed (not the count again)."""
    if (last is None or last.intent not in ("count", "filter") or p.mentions or p.departments() or f.projects or f.indicators
            or f.categories or not p.has("list") or len(compact(p.text)) > 8  # "有哪些项目" is asked anew
            or p.has("count", "amount", "total", "max", "min", "value", "project", "indicator", "department")):
        return False
    if last.intent == "filter":
        f.intent, f.amount_filter = "filter", last.amount_filter  # "超过50万的有几个" → "分别是哪些"
    elif last.count_of == "indicators":
        f.intent, f.projects, f.categories = "indicator_list", list(last.projects), list(last.categories)
    else:
        f.intent, f.amount_filter = "project_list", last.amount_filter
    f.doc_ids = f.doc_ids or list(last.doc_ids)
    return True


def _filtered_counted(p: Parse, f: Frame, last: Frame | None) -> bool:
    """"经费超过50万的项目" → "有几个" / "一共几个": the projects the filter listed, counted (not their indicators,
    nor their amounts added up); a class or 指标 said asks about indicators and is left to the rules."""
    if (last is None or last.intent != "filter" or last.amount_filter is None or not p.has("count")
            or p.mentions or p.departments() or f.indicators or f.categories or "指标" in p.text
            or len(compact(p.text)) > 8 or p.has("list", "amount", "max", "min", "value", "indicator", "department")):
        return False
    # (the projects carried are the ones listed: counted through the filter again, not as named ones)
    f.intent, f.amount_filter, f.count_of, f.projects = "filter", last.amount_filter, "projects", []
    f.doc_ids = f.doc_ids or list(last.doc_ids)
    return True


def _values_of_list_shown(t: Turn, p: Parse, f: Frame, last: Frame | None) -> bool:
    """"政府雇员工资经费的时效指标" -> "实施周期指标值是啥" / "指标值是多少" / "年度指标值是多少" (年度指标值
    is one word, the annual value): the values of the indicators just listed (same projects, same categories), not every project's nor the amount."""
    if (last is None or last.intent != "indicator_list" or p.mentions or p.departments() or p.all_departments
            or not p.has("value", "annual", "period") or f.indicators or f.order or p.ordinal is not None
            or p.has("count", "amount", "total", "compare", "max", "min")):
        return False
    f.intent, f.projects, f.categories = "indicator_list", list(last.projects), list(last.categories)
    f.doc_ids = f.doc_ids or list(last.doc_ids)
    return True


_GOAL_ITEM = re.compile(r"目标\s*([0-9]{1,2}|[一二三四五六七八九十]{1,2}(?![共下些样般起直致块]))(?![0-9.万元千亿%％])|第([0-9一二三四五六七八九十]{1,2})个?(?:总体|整体)?(?:绩效)?目标")
_GOAL_COUNT = re.compile(r"(?:几|多少)(?:个|条|项)(?:总体|整体)?(?:绩效)?目标")
_NUMBERED = re.compile(r"目标(\d{1,2})[：:]")


def _numbered_goal(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """A goal written as numbered targets ("目标1：…目标6：…"): "目标6写的啥" is the sixth target, and
    "一共列了几个目标" counts them (not the indicators)."""
    item, counting = _GOAL_ITEM.search(p.text), p.has("count") and _GOAL_COUNT.search(p.text)
    if not p.has("goal") or not (item or counting) or f.indicators or f.categories:
        return None
    pids = list(dict.fromkeys(f.projects)) or [
        pid for pid, proj in t.kb.projects.items() if proj.document_id in (f.doc_ids or t.session.doc_ids)]
    rows = [r for r in query.projects(t.conn, pids) if _NUMBERED.search(r["goal"] or "")] if pids else []
    if len(rows) != 1:
        return None
    row = rows[0]
    parts = _NUMBERED.split(row["goal"])  # ["", "1", text1, "2", text2, ...]
    targets = {int(parts[i]): parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}
    f.projects = [row["id"]]
    if counting:
        f.intent = "count"
        return t.answered(f, compose.goal_count(row["name"], len(targets), compose.source_note(row)),
                          projects=f.projects)
    assert item is not None
    n = small_number(item.group(1) or item.group(2))
    if n is None:
        return None
    f.intent = "goal"
    if n not in targets:
        # The table says how many it lists: that there is no such target is its answer.
        return t.answered(f, compose.goal_item_missing(row["name"], n, len(targets)) + compose.source_note(row),
                          projects=f.projects)
    return t.answered(f, compose.goal_item(row["name"], n, targets[n], compose.source_note(row)), projects=f.projects)


_INCLUDED = re.compile(r"[（(]含([^）)]*)[）)]")


def _part_inside(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"促进就业专项资金里创业担保贷款贴息多少": a part the row's name only includes in its （含…）
    bracket; the row's total is not the part's amount."""
    if f.intent not in ("amount", "total", "source") or f.indicators:
        return None
    within = _other_project_inside(t, p)
    if within is not None:
        # "就业补助资金里社会保险补贴发了多少": a part of the one project said before 里; another project
        # whose name shares its words is not that part, nor is the whole project's amount.
        return t.unknown(compose.part_not_printed(*within), p.text, suggest=False)
    if (cost := _cost_inside(t, p)) is not None:
        return t.unknown(compose.cost_not_broken_out(*cost), p.text, suggest=False)
    if len(set(f.projects)) != 1:
        return None
    name = t.kb.projects[f.projects[0]].name
    inside, outside = "".join(_INCLUDED.findall(name)), _INCLUDED.sub("", name)
    for m in p.mentions:
        word = compact(m.text)
        if inside and m.of("project") and len(word) >= 2 and word in inside and word not in outside \
                and not _QUALIFIER_SAID.search(compact(p.text[:m.start])):
            # ("促进就业专项资金含贴息的拟投入多少": 含 said before it is the name's own bracket, the whole asked)
            return t.unknown(compose.part_not_printed(name, m.text), p.text, suggest=False)
    return None


_QUALIFIER_SAID = re.compile(r"(?:含|包含|包括)(?:了|有)?$")
# "监管执法经费里执法装备费多少": a project said, 里, then a cost of it (…费) asked (never 中 alone: 服务中心经费)
_COST_INSIDE = re.compile(r"^(?P<whole>.{2,}?)(?:里面|里头|里边|里|当中|其中)的?(?P<part>[\u4e00-\u9fff]{1,10}?费)(?:用)?"
                          r"(?:是|有|为|花了|用了)?(?:多少钱|多少万元?|多少|几何)?[呢吗啊？?]*$")


def _cost_inside(t: Turn, p: Parse) -> tuple[str, str] | None:
    """"监管执法经费里执法装备费多少": one project said, then 里, then a cost no project's name, nor an indicator nor
    the goal of that project says (the table prints the project's whole, no such part of it): (its name, the cost
    as said). Never the whole's amount, nor another project a word of the cost fits (装备 of a 装备购置经费)."""
    m = _COST_INSIDE.match(compact(p.text))
    if m is None:
        return None
    end = m.end("whole")
    whole = {int(r.key) for x in p.mentions if x.start < end for r in x.of("project")}
    if len(whole) != 1 or any(x.start < end < x.end for x in p.mentions):
        return None
    pid, part = whole.pop(), m.group("part")
    stem = part[:-1]
    row = query.projects(t.conn, [pid])[0]
    lo, hi = t.kb.project_span(pid)
    said_of = [compact(t.kb.indicator_name.get(i, "")) for i in range(lo, hi + 1) if t.kb.indicator_project.get(i) == pid]
    if len(stem) < 2 or any(part in compact(x.name) for x in t.kb.projects.values()) \
            or any(part in n for n in said_of) or _cost_stated(stem, row["goal"] or ""):
        # (a project of its own, an indicator of that cost, or the goal stating its amount: read elsewhere — the
        # stem named only in prose or an indicator of another thing, 宣传 of 宣传活动场次, breaks nothing down)
        return None
    return str(row["name"]), part


_AMOUNT_STATED = re.compile(r"\d+(?:\.\d+)?\s*(?:万|千|亿)?元")


def _cost_stated(stem: str, goal: str) -> bool:
    """Whether a clause of the project's goal names the cost with an amount ("其中宣传费5万元")."""
    return any(stem in c and _AMOUNT_STATED.search(c) for c in re.split(r"[，,；;。\n]", compact(goal)))
_INSIDE = re.compile(r"^(?:的)?(?:里面|里头|里边|里|中间|之中|中|当中|其中)(?:的)?$")


def _other_project_inside(t: Turn, p: Parse) -> tuple[str, str] | None:
    """A project named, then 里/中/其中, then a name that is not that project's ("X里Y"): (X's name, Y as
    said). None unless that is how the question reads."""
    named = sorted((m for m in p.mentions if m.of("project")), key=lambda m: m.start)
    for a, b in zip(named, named[1:], strict=False):
        whole = {int(r.key) for r in a.of("project")}
        if len(whole) == 1 and _INSIDE.match(compact(p.text[a.end:b.start])) \
                and not {int(r.key) for r in b.of("project")} & whole:
            said = re.match(r"[\u4e00-\u9fff]+?(?=发了|发放|花了|用了|拨了|多少|几|是|有|的?(?:钱|金额|经费|预算)|$)",
                            p.text[b.start:])
            return t.kb.projects[whole.pop()].name, said.group(0) if said else b.text
    return None


# "实现矛盾不上交是哪个项目的指标值", "哪个项目的指标值是推行一站式联合接访": a value's own words, whose owner is asked.
_WHOSE_VALUE = re.compile(r"^(?:[^，,]{0,8}?(?:指标值|目标值|值)(?:写的是|写着|写的|是|为))?(?P<a>[^，,]{4,40}?)的?(?:这个值|这句话?|这条)?"
                          r"(?:是|属于)(?:哪个|哪一个|哪些|哪几个|什么)(?:项目|指标)"
                          r"|(?:哪个|哪些|什么)(?:项目|指标)的?(?:指标值|目标值|年度指标值|值)(?:是|为|写的是|写着)(?P<b>[^，,]{4,40})$"
                          # "哪个项目要求日产日清", "哪个项目有“…”这个指标": the words its value says
                          r"|^(?:哪个|哪一个|哪些|哪几个)项目(?:要求|写了|写着|有)(?P<c>[^，,]{4,40}?)(?:这个|这一?条|这句话?)?(?:指标值?|目标值|值|要求)?$")
VALUE_TEXT_AT_MOST = 20  # more indicators than this holding the words: a common phrase, not a value said


def _by_value_text(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """Words said as an indicator's value, asking whose it is: the indicators whose values hold them (the
    question's own words, never an indicator whose name shares some of them)."""
    m = _WHOSE_VALUE.search(p.text)
    # (words matched only loosely to a name are no better explained: "满意度评价" is not 当事人满意度)
    if m is None or not (p.unexplained or any(x.score < 100 for x in p.mentions)):
        return None
    phrase = re.sub(r"[“”\"'‘’\s]", "", m.group("a") or m.group("b") or m.group("c"))
    phrase = re.sub(r"(?:的)?(?:指标值|指标|目标值)$", "", phrase)
    if len(phrase) < 4:
        return None
    ids = query.indicators_valued(t.conn, phrase, f.doc_ids or None, VALUE_TEXT_AT_MOST + 1)
    if not ids or len(ids) > VALUE_TEXT_AT_MOST:
        return None
    f.intent, f.indicators, f.projects, f.ambiguous, f.categories = "indicator_value", ids, [], [], []
    p.unexplained = []
    return None


def _money_said(t: Turn, p: Parse) -> bool:
    """A money word asking an amount; not one closing a project's short name ("法律顾问经费": 经费 ends
    聘请法律顾问专项经费, the name said, not a question of how much)."""
    for a, b in p.concepts.get("amount", []):
        word = p.text[a:b]
        # (each distinct name once: a common short name stands for a project of every department)
        names = t.kb.project_names([m.of("project") for m in p.mentions if m.end == a], keep=False)
        if not names or not all(compact(n).endswith(word) for n in names):
            return True
    return False


_EXCLUDE_POINTED = re.compile(r"(?:除了|除去|不算|除掉|去掉|扣掉|扣除|刨去|刨除|不包括)(?:它们?|这|那|上面|前面|刚才)")


def _excluded_by_pointer(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"信访工作经费" → "除了它其他项目合计多少": the project pointed at is the one left out, not the one asked."""
    if p.has("exclude") and (p.has("refer") or _EXCLUDE_POINTED.search(p.text)) and f.projects and not f.exclude \
            and f.intent in ("total", "sum", "amount") and not any(m.of("project") for m in p.mentions):
        f.exclude, f.projects, f.intent = list(f.projects), [], "total"
    return None


# "涉及哪几所学校名字", "是哪些村 叫什么": the names of the things a project counts
_NAMES_ASKED = re.compile(r"(?:哪几|哪些|哪)(?P<kin>[所个家座条处间])?(?P<thing>[\u4e00-\u9fff]{1,6}?)的?(?:名字|名称|叫什么|叫啥)"
                          r"|(?:是|涉及|包括|有)?(?:哪几|哪些)(?P<kin2>[所家座条处间])?(?P<end>[\u4e00-\u9fff]{2,4}?)(?:呢|啊)?$")


_NOT_NAMED_THINGS = re.compile(r"项目|指标|单位|部门|科室|方面|类|种|年|月|季度|钱|资金|经费|东西|内容|工作|任务|措施|目标|数|值")


def _listed_with(thing: str, sentence: str) -> bool:
    """Whether a sentence lists names ("A、B") in the clause saying the thing, before it, or in the one before it:
    "支持外贸企业开拓市场，对参加展会、出口信用保险等给予扶持" lists kinds of support, not the 企业; nor does "对建筑企业资质升级、
    获评优质工程等给予奖励" (what is rewarded, listed after the thing)."""
    clauses = re.split(r"[，,]", sentence)
    return any(thing in c and ("、" in c[:c.find(thing)] or k > 0 and "、" in clauses[k - 1]
                               or "、" in c and re.search(re.escape(thing) + r"(?:包括|有|为|是|[：:])", c) is not None)
               for k, c in enumerate(clauses))


def _names_not_listed(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """The names of things a project counts ("12所"), asked where its texts list none (no "A、B" of that kind):
    the table does not name them — never its indicators counting them read out as the answer."""
    m = _NAMES_ASKED.search(p.text)
    thing = re.sub(r"的?(?:名字|名称)$", "", (m.group("thing") or m.group("end") or "")) if m else ""
    if m is None or not thing or f.within or f.intent in ("content", "goal") or _NOT_NAMED_THINGS.search(thing):
        return None
    pids = f.projects or list(t.session.focus_projects)
    if not pids or len(pids) > 3:
        return None
    texts = [r["goal"] or "" for r in query.projects(t.conn, pids)]
    sentences = [x for text in texts for x in re.split(r"[。；;！!\n]", text)]
    if any(re.search(re.escape(thing[-1]) + r"[、和及与]", x) or _listed_with(thing, x) for x in sentences):
        return None  # ("城关小学、实验小学等12所学校", "对茅坪场、旧县等乡镇…": names listed — what the texts say answers it)
    kin = m.group("kin") or m.group("kin2") or ""
    if not any(thing in k["name"] or kin and re.search(r"\d" + kin, k["annual_value"] or k["period_value"] or "")
               for k in query.indicators(t.conn, project_ids=pids)):
        return None  # only things its indicators count (维修改造学校数量: 12所) are known to be left unnamed
    return t.unknown(compose.names_not_listed(thing, [t.kb.projects[x].name for x in pids if x in t.kb.projects]),
                     p.text, suggest=False)


def _rate_in_the_focus_text(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"基本公共卫生服务项目补助资金多少" → "人均补助标准是多少": a rate (人均) asked of nothing named, after one
    project (a key task, not a department's whole), whose own text states it ("按照人均95元的标准"): that sentence;
    a text not stating it has no such figure. Never the department's total."""
    focus = t.session.focus_projects
    if f.projects or f.indicators or p.mentions or p.departments() or not p.modifiers or not p.has("value") \
            or f.intent not in ("total", "amount") or len(focus) != 1:
        return None
    rows = [r for r in query.projects(t.conn, focus) if r["kind"] != "department"]
    if not rows:
        return None
    if not all(w in (rows[0]["goal"] or "") for w in p.modifiers):
        return t.unknown(compose.modifier_not_held(p.modifiers), p.text, suggest=False)
    f.intent, f.within, f.projects = "content", True, list(focus)
    return None


def _amount_or_texts(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """A project named with words that are not about its amount: what its texts say, or that they do
    not say it."""
    stop = _part_inside(t, p, f)
    if stop is not None:
        return stop
    stop = _rate_in_the_focus_text(t, p, f)
    if stop is not None:
        return stop
    if f.intent in ("amount", "indicator_value", "indicator_list") and f.projects and p.modifiers \
            and _said_in_named_texts(t, p):
        f.intent, f.within, f.indicators = "content", True, []  # "每人每月多少标准": the sentence saying it
        return None
    if f.intent == "unit" and not f.projects and t.session.focus_projects and p.unexplained \
            and _ORGS_ASKED.search(p.text):
        # "信访超市" → "哪些单位进驻": organisations asked of the project just discussed (no unit of measure)
        f.projects = list(t.session.focus_projects)
        if not said_inside(t, p, f):
            f.projects = []
    if f.intent in ("department", "count", "unit", "indicator_list", "quantity") and f.projects and p.unexplained \
            and _ORGS_ASKED.search(p.text) and said_inside(t, p, f):
        # "信访超市进驻的是哪几个部门", "进驻的单位有几个": the organisations its texts list, not its owner
        # nor a count of its indicators.
        f.intent, f.within, f.indicators = "content", True, []
        return None
    if f.intent in ("count", "quantity") and f.projects and p.has("where") \
            and not p.has("count", "quantity", "how_much") and said_inside(t, p, f):
        # "法律顾问派几个律师" → "进驻在哪": where its texts say it is done (the sentence), not the count again
        f.intent, f.within, f.indicators = "content", True, []
        return None
    if f.intent == "amount" and len(f.projects) == 1 and not f.indicators and p.has("how_much") and not p.amounts \
            and not p.has("total", "source") and not _money_said(t, p) and _quantity_stated(t, p, f.projects[0]):
        f.intent, f.within = "content", True  # "储备林五年建多少": the goal's "五年建设…3万亩", not its money
        return None
    if (f.intent == "amount" and f.projects and not f.indicators and not p.amounts
            and not p.has("how_much", "total", "source") and not _pointer_apart(p) and not _money_said(t, p)):
        if said_inside(t, p, f):
            f.intent, f.within = "content", True  # "信访超市派驻的有哪几个单位": what its texts say
        elif p.has("which", "where") or _HOW_TO.search(p.text):
            # "公务用车买的什么车", "就业补助资金咋申请": a question about the project that is not its amount, nor
            # in its texts.
            return t.unknown(compose.not_in_texts(t.kb.projects[f.projects[0]].name), p.text, suggest=False)
    return None


# A quantity a goal states, in a measure that is no money ("3万亩", "12公里", "≥5万人")
# (Not facts/answerer._QUANTITY_STATED, a cell that is one quantity: a figure and its measure within a goal's text.)
_QUANTITY_STATED = re.compile(r"[0-9]+(?:\.[0-9]+)?万?(?:亩|公顷|公里|千米|米|平方米|人次|人|户|个|座|处|所|株|棵|吨|台|套|辆|次|场|家)")


def _quantity_stated(t: Turn, p: Parse, pid: int) -> bool:
    """Whether the project's goal says the question's words not understood ("五年建") with a quantity right after
    them ("五年建设国家储备林3万亩"): how much is that quantity, not the project's money."""
    ends = [m.end for m in p.mentions if m.of("project")]
    asked = min((a for a, _ in p.concepts.get("how_much", [])), default=-1)
    said = p.text[min(ends):asked].strip("的") if ends and asked > min(ends) else ""  # (a name's word may be in it)
    words = [w for w in [*p.unexplained, said] if len(w) >= 2]
    goal = compact(query.projects(t.conn, [pid])[0]["goal"] or "") if words else ""
    return any(_QUANTITY_STATED.search(goal[at + len(w):at + len(w) + 16]) for w in words if (at := goal.find(w)) >= 0)


def _pointer_apart(p: Parse) -> bool:
    """A pointer ("它", "那个") not said right after a project's name: "法律援助那个项目" names the project."""
    ends = {m.end for m in p.mentions if m.of("project")}
    return any(a not in ends for a, _ in p.concepts.get("refer", []))


# "哪几个部门", "单位有几个", "几家单位": which or how many organisations.
_ORGS_ASKED = re.compile(r"(?:哪些|哪几个|哪几家|哪个|什么|几个|几家|多少个?|多少家)(?:单位|部门)"
                         r"|(?:单位|部门)(?:有|是|一共|共)?(?:哪些|哪几个|哪几家|什么|几个|几家|多少个?|多少家)")


# "怎么申请", "咋报销", "如何办理": how something is done, never an amount ("怎么样" asks how it stands).
_HOW_TO = re.compile(r"(?:怎么|咋|如何|怎样)(?!样|回事)")


def _money_asked_of_indicator(p: Parse) -> bool:
    """A money word said of the indicator: after its name ("政府采购率多少钱"), not one ending the project's
    name said before it ("公车购置经费政府采购率多少": 经费 is the project's)."""
    if p.has("when") and not p.has("how_much"):
        return False  # "农业保险补贴资金啥时候拨付": a time asked; 资金 is of the name, 拨 of the verb
    named = [m.start for m in p.mentions if m.of("indicator")]
    first = min(named) if named else 0
    return any(a >= first for a, _ in p.concepts.get("amount", []))


# A money word right after the words read as an indicator ("茶农技术培训|费"): the name of a sum, never of a measure
_MONEY_TAIL = re.compile(r"^(?:经费|资金|费用|费|款)")


def _money_named_for_indicator(t: Turn, p: Parse, f: Frame) -> bool:
    """"茶农技术培训费" read as the indicator 茶农技术培训人次: the money word ending the name said is in none of
    the indicators it was matched to — the cost of the thing is asked, and the measure is no answer to it."""
    names = [t.kb.indicator_name.get(i, "") for i in f.indicators[:20]]
    for m in p.mentions:
        tail = _MONEY_TAIL.search(p.text[m.end:]) if m.of("indicator") else None
        if tail is not None and names and not any(tail.group() in n for n in names):
            return True
    return False


# "这个项目", "该项目": the project itself pointed at, not the indicator last talked about; "它的经费": the
# funds of what was pointed at, which an indicator has none of, so its project's
# "那预算多少": the budget, a project's word, asked with nothing named; "那它多少钱": its money
_PROJECT_POINTED = re.compile(r"(?:这个|那个|这|那|该|此)项目|^(?:那么?)?(?:它|其)的?(?:经费|预算|资金|金额|总额)"
                              r"|^(?:那么?)?(?:预算|总预算)(?:是|有|共|一共|总共)?多少|^(?:那么?)?(?:它|其)(?:要|花|需要)?多少钱")


def _money_or_not(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """Money asked of an indicator: the project's amount when the question names it, else say the
    indicator is not an amount. And "第二个呢" after a list of indicators: that one."""
    if f.intent == "indicator_value" and f.indicators \
            and (_money_asked_of_indicator(p) or _money_named_for_indicator(t, p, f)) and not money_valued(t, f) \
            and not _says_indicator_value(p):  # "公车购置经费的车辆购置数量年度指标值": the value is asked
        # "社会保险补贴实际发了多少钱": the indicator is a rate, not money. The project named (if it
        # was named apart from the indicator) has an amount; otherwise there is none to give.
        named = [pid for m in p.mentions if not m.of("indicator") for pid in sorted(r.id for r in m.of("project"))]
        # "车辆购置那块预算多少": the phrase is part of its project's name, so it asks that project's amount.
        money_words = set(t.kb.vocab.concepts["amount"])
        in_name = [t.kb.indicator_project[i] for m in p.mentions if m.of("indicator") for i in f.indicators[:1]
                   if _names_project(t, m.text, i, money_words)]
        phrase = next((m.text for m in p.mentions if m.of("indicator")), "")
        if named and not in_name and phrase and t.kb.indicator_project[f.indicators[0]] in named:
            # "渝中就业补助资金的社会保险补贴发放了多少钱": a part of the named project its table does not
            # break down; the project's total is not the part's amount.
            row = query.indicators(t.conn, ids=f.indicators[:1])[0]
            return t.unknown(compose.part_not_printed(t.kb.projects[row["project_id"]].name, phrase)
                             + compose.not_an_amount(row["name"], row["annual_value"]), p.text, suggest=False)
        named += in_name
        if not named and _PROJECT_POINTED.search(p.text) and not any(m.of("indicator") for m in p.mentions):
            # "X指标是哪个项目的" → "这个项目多少钱": the project the indicator carried over belongs to
            named = [t.kb.indicator_project[f.indicators[0]]]
        if named:
            f.intent, f.indicators, f.projects = "amount", [], list(dict.fromkeys(named))
        else:
            row = query.indicators(t.conn, ids=f.indicators[:1])[0]
            answer = t.unknown(compose.not_an_amount(row["name"], row["annual_value"]), p.text, suggest=False)
            if not _money_asked_of_indicator(p):
                # (the name said was read as this indicator: "培训多少人次" next asks it)
                t.session.frame, t.session.focus_indicators = f, list(f.indicators[:1])
            return answer
    if f.intent == "indicator_list" and f.indicators and not f.categories:
        f.intent = "indicator_value"  # "第二个呢" after a list of indicators: that one
    return None


def _names_project(t: Turn, phrase: str, indicator: int, money_words: set[str]) -> bool:
    """Whether the phrase that matched an indicator names the indicator's project ("车辆购置那块" of
    公务用车购置经费) rather than a part of it ("就业见习补贴" of 就业补助资金): a Chinese noun phrase is
    what its last word says, so the last word it shares with the indicator's name must be in the
    project's name too (a 补贴 is not the 资金 it is paid from)."""
    project = t.kb.projects[t.kb.indicator_project[indicator]].name
    words = [w for w in t.kb.segmenter.cut(phrase) if len(w) >= 2 and w not in money_words]
    if not any(w in project for w in words):
        return False
    row = query.indicators(t.conn, ids=[indicator])
    said = [w for w in words if row and w in row[0]["name"]]
    return not said or said[-1] in project


def _stated_with_its_figure(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"个人缴费选600元以上档次补贴多少": words no name explains, asked with a figure and its unit (600元) that one
    project's texts state beside some of those words ("对选择每年600元及以上缴费档次的，补贴标准为每人每年60元"): the
    sentence is what is asked, its case said by that figure — not an amount filter over the projects, nor nothing."""
    if f.indicators or not (p.has("how_much") or p.modifiers):
        return None
    found = _stating_the_figure(t, p, f.projects, f.doc_ids)
    if len(found) != 1:
        return None
    f.intent, f.projects, f.ambiguous, f.within, f.amount_filter = "content", sorted(found), [], True, None
    p.unexplained = []
    return None


def _stating_the_figure(t: Turn, p: Parse, projects: list[int], doc_ids: list[int]) -> set[int]:
    """The projects (of those named, else of the tables in scope) whose texts state the one figure the question
    says with its unit, beside some of the words no name explains; empty when the question says no such figure."""
    said = [a for a in getattr(p, "amounts", ()) if a.has_unit]
    words = [w for w in p.unexplained if len(w) >= 2]
    figure = re.match(r"([0-9]+(?:\.[0-9]+)?)\s*(万元|元|%|人|个|次)", compact(said[0].raw)) if len(said) == 1 else None
    if figure is None or not words:
        return set()
    stated = re.compile(r"(?<![0-9.])" + re.escape(figure.group(1)) + r"(?:\.0+)?\s*" + re.escape(figure.group(2)))
    scope = query.projects(t.conn, projects) if projects else query.projects_in(t.conn, doc_ids or list(t.kb.documents))
    return {r["id"] for r in scope if stated.search(r["goal"] or "") and any(_shares_two(w, r["goal"]) for w in words)}


def _shares_two(word: str, text: str) -> bool:
    """Whether two characters running in a word are said in a text too ("缴费" of 个人缴费选 in a 缴费档次)."""
    return any(word[i:i + 2] in text for i in range(len(word) - 1))


def _pieces_named(word: str, names: list[str]) -> bool:
    """"迁几座" of 零散烈士墓迁移集中安葬 (≥12座): each piece around the question word is in the indicator's name
    or its value."""
    pieces = [x for x in re.split(r"几|多少", word) if x]
    return len(pieces) >= 2 and all(any(x in name for name in names) for x in pieces)


def _words_in_one(word: str, names: list[str]) -> bool:
    """"多久进驻镇街" of 实现区综治信访维稳中心的有序运转 (…每三个月进驻两个镇街): the piece is two runs of two
    characters or more, each in one and the same name or value of the named indicator, other words between them."""
    return any(word[:k] in name and word[k:] in name for k in range(2, len(word) - 1) for name in names)


_PROJECT_AFTER = re.compile(r"(?:那个|这个|那|这|的)?项目")


def _words_of_the_indicators_project(t: Turn, p: Parse, f: Frame) -> bool:
    """"计量检定什么时候完成" (检定完成时间 of 计量器具强制检定补助经费): words not understood that are pieces of
    the named indicator's project's name say that project; the indicators kept to the projects they name."""
    if not f.indicators or f.projects or len(f.indicators) > 20 or any(len(w) < 2 for w in p.unexplained):
        return False
    kb = t.kb
    held = [i for i in f.indicators
            if all(w in compact(kb.projects[kb.indicator_project[i]].name) for w in p.unexplained)]
    if not held and all(_PROJECT_AFTER.match(p.text, p.text.find(w) + len(w)) for w in p.unexplained):
        # "办马拉松那个项目参赛人次指标多少": the words, said of a project, are what one of the indicators' projects
        # does, in its goal or indicators (举办…马拉松); the one project saying them all is the one asked of (two: not
        # told apart). (Words not said of a project ask something else: "…基本工资多少".)
        owners = list(dict.fromkeys(kb.indicator_project[i] for i in f.indicators))
        saying = [pid for pid in owners if says_each_word(t, p.unexplained, compact("；".join(
            [r["goal"] or "" for r in query.projects(t.conn, [pid])]
            + [f"{k['name']}：{k['annual_value'] or ''}" for k in query.indicators(t.conn, project_ids=[pid])])))]
        held = [i for i in f.indicators if saying == [kb.indicator_project[i]]]
    if not held:
        return False
    f.indicators = held
    p.unexplained = []
    return True


# "车的钱占总数多少", "车花了多少": one character said as the thing the money is of
_ONE_CHARACTER_THING = re.compile(r"^(?:那个?|这个?)?([\u4e00-\u9fff])(?:的(?:钱|经费|预算|资金|费用)|花了|用了|占)")


def _one_character_of_one_name(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"车的钱占总数多少百分比": the one character left unexplained, said first as what the money is of, is in the
    name of one project of the tables in scope (公务用车购置经费) and in no word every name shares (经费, 项目):
    that project. Two or none: left to the words not understood."""
    m = _ONE_CHARACTER_THING.match(p.text)
    if m is None or p.unexplained != [m.group(1)] or f.projects or f.ambiguous or f.indicators or f.categories:
        return None
    char = m.group(1)
    if any(char in w for w in t.kb.vocab.generic_words) or char in t.kb.vocab.stopwords:
        return None
    docs = f.doc_ids or list(t.kb.documents)
    if len(docs) > TEXTS_SEARCHED_AT_MOST:
        return None
    rows = [r for r in query.projects_in(t.conn, docs) if r["kind"] != "department" and char in r["name"]]
    if len(rows) == 1:
        f.projects, p.unexplained = [rows[0]["id"]], []
        f.doc_ids = f.doc_ids or [rows[0]["document_id"]]
        f.intent = INTENTS[f.intent].on_project or f.intent if f.intent else "amount"  # (its money, not the table's)
    return None


def _said_in_a_projects_texts(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"油菜花节晒秋节的钱从哪个项目出": the words not understood are what a project's texts say (花 of 油菜花节 no
    花钱 there): which project says them is asked, answered with the project and its sentence."""
    spans = phrases_of_the_texts(t, p, f)
    if not spans:
        return None
    for concept, said in list(p.concepts.items()):
        kept = [(a, b) for a, b in said if not any(lo <= a and b <= hi for lo, hi in spans)]
        if kept:
            p.concepts[concept] = kept
        else:
            p.concepts.pop(concept)
    f.intent, p.unexplained = "content", []
    return None


def _unexplained_words(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """Words not understood: tolerated next to a recognised name when everyday, or searched for; an
    indicator named in other words; else say what was not found."""
    held = _held_word(p.text)
    if held and f.name_holds and p.unexplained:
        # "名称含雇员的": the words saying the name holds it ask nothing else, and the word is the names'
        quoted = p.text[held.start():held.end()]
        p.unexplained = [w for w in p.unexplained if w not in quoted]
    if p.unexplained:
        # "其中人员类的（雇员工资）占几成": the words glossed by a name in brackets right after them ask
        # nothing the name does not say.
        glossed = _glossed_by_a_name(t, p)
        p.unexplained = [w for w in p.unexplained if not any(w in g for g in glossed)]
    if not p.unexplained:
        return None
    # Everyday words next to a recognised name are tolerated; anything else means the question
    # is about something the knowledge base does not hold.
    # A content search and a quantity look for the leftover words themselves.
    tolerable = bool(f.intent) and INTENTS[f.intent].reads_words or (
        p.unexplained_common and bool(f.projects or f.indicators or f.ambiguous) and bool(f.intent))
    tolerable = tolerable or _words_of_the_indicators_project(t, p, f)
    if not tolerable and _words_of_the_indicators_named(t, p, f):
        tolerable = True
    counted = VERB_COUNT.search(p.text)
    if not tolerable and f.intent == "count" and f.projects and counted \
            and all(w in counted.group(0) for w in p.unexplained):
        tolerable = True  # "联络员派几个": the noun counted, which the handler looks for in the texts
    if not tolerable and one_of_the_named_saying(t, p, f):
        f.intent = classify(t.rules, lambda c: holds(t, c, f, p))  # (one project now named: asked again)
    if not tolerable and f.projects and not f.indicators and (
            f.intent in ("amount", "goal") or f.intent == "indicator_list" and p.has("list", "which")
            and (f.categories or "指标" not in p.text)) \
            and said_inside(t, p, f, SOME_WORDS if p.has("list", "which") and not p.has("how_much") else 0.99):
        # ("信访超市数量指标里是哪几个单位派人进驻": what one of its indicators says, asked in its class)
        # "公务用车用于机要文件交换吗"; "信访超市有哪些单位派人进驻": the sentence of its texts that says it
        # ("要求哪些单位派人进驻": 要求 a verb there, no indicator's value asked).
        f.intent, f.within, tolerable = "content", True, True
    if not tolerable:
        tolerable = _second_of_its_indicators(t, p, f) or _said_in_other_words(t, p, f)
    if not tolerable and project_said_to_do(t, p, f):
        f.intent, tolerable = "content", True  # "抽调信访干部进驻的是哪个项目": what the project does
    if not tolerable and project_asked_by_its_words(t, p, f):
        f.intent, tolerable = "content", True  # "免火化费那个是哪个项目": its texts say 免除…火化…费用
    if not tolerable and quoted_name_in_texts(t, p, f):
        f.intent, tolerable = "content", True  # "“我们的村晚”是哪个项目": a name its texts print in quotes
    if not tolerable and (said := _class_not_held(t, p, f)) is not None:
        # (the project as the question says it: its whole name may print words the question never asked of)
        named = next((m.text for m in p.mentions if any(r.id == f.projects[0] for r in m.of("project"))),
                     t.kb.projects[f.projects[0]].name)
        return t.unknown(compose.no_indicators(f"“{named}”", said, True), p.text, suggest=False)
    if not tolerable:
        return t.unknown(compose.nothing_found_about(p.unexplained), p.text)
    return None


def _words_of_the_indicators_named(t: Turn, p: Parse, f: Frame) -> bool:
    """Whether every word not understood is more of the named indicators' own names or values ("上级部门和兄弟单位
    沟通关系那条"): then their 部门 / 单位 ask nothing (dropped from the concepts) and the intent is read again."""
    names = [t.kb.indicator_name.get(i, "") for i in f.indicators[:20]]
    if names and p.unexplained:  # "初信初访综合办理效能": words of the named indicator's value say it too
        names += [compact(f"{r['annual_value'] or ''}{r['period_value'] or ''}")
                  for r in query.indicators(t.conn, ids=f.indicators[:20])]
    if not names or not all(any(w in name for name in names) or _pieces_named(w, names) or _words_in_one(w, names)
                            for w in p.unexplained):
        return False
    for concept in ("department", "unit"):
        kept = [(a, b) for a, b in p.concepts.get(concept, []) if not any(p.text[a:b] in n for n in names)]
        if kept:
            p.concepts[concept] = kept
        else:
            p.concepts.pop(concept, None)
    f.intent = classify(t.rules, lambda c: holds(t, c, f, p))
    return True

def _class_not_held(t: Turn, p: Parse, f: Frame) -> str | None:
    """"档案整理经费的生态效益指标": the word left over right before a class of indicators read (生态 + 效益指标) makes a
    class the vocabulary knows (生态效益) that no indicator of the tables is of: the one project named has none of
    that class — never another class listed, nor its other indicators offered."""
    if len(f.projects) != 1 or f.projects[0] not in t.kb.projects or len(p.unexplained) != 1:
        return None
    word = p.unexplained[0]
    for m in p.mentions:
        if not m.of("category") or p.text[max(0, m.start - len(word)):m.start] != word:
            continue
        said = (word + m.text).removesuffix("指标")
        target = t.kb.vocab.categories.get(said)
        if target is not None and target not in t.kb.categories and target + "指标" not in t.kb.categories:
            return said
    return None


_JOINED = re.compile(r"和|与|跟|及|以及|还有|、")


def _each_joined_piece(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"公车项目 购置数量和采购率分别多少", "信访工作经费 约访和按时办理分别多少": one project named, then pieces
    joined by 和 / 、: each piece the one indicator of that project whose name holds it best — all of them asked,
    never one answered as if it were all. Nothing changes unless every piece names one indicator. A short name
    two or three projects share ("聘用人员 合规率和考核完成率") asks those of them that have every one."""
    pool = f.projects if len(f.projects) == 1 and not f.ambiguous else \
        f.ambiguous[0] if not f.projects and len(f.ambiguous) == 1 and len(f.ambiguous[0]) <= 3 else []
    if not pool or f.categories and not f.indicators or not _JOINED.search(p.text) \
            or f.intent not in ("indicator_value", "indicator_list", "amount", "unknown", ""):
        return None
    chars = list(p.text)
    for a, b in [*(span for spans in p.concepts.values() for span in spans),
                 *((m.start, m.end) for m in p.mentions if m.of("project") or m.of("department"))]:
        chars[a:b] = " " * (b - a)
    pieces = [x for x in (re.sub(r"^(?:那|那么)|(?:各自|各|都|分别|又|呢|吗)+$", "", y)
                          for y in re.split(r"\s+|和|与|跟|(?<!以)及(?!时)|以及|还有|、|的", "".join(chars))) if len(x) >= 2]
    if len(pieces) < 2 or len(pieces) > 4:
        return None
    rows = query.indicators(t.conn, project_ids=pool)
    picked: list[int] = []
    for piece in pieces:
        scored = sorted(((1.0 if piece in compact(r["name"]) else words_score([piece], r["name"], t.kb), r["name"])
                         for r in rows), reverse=True)
        if not scored or scored[0][0] < 0.8 or len(scored) > 1 and scored[1][0] >= scored[0][0] and scored[1][1] != scored[0][1]:
            return None
        picked += [int(r["id"]) for r in rows if r["name"] == scored[0][1] and int(r["id"]) not in picked]
    names = {t.kb.indicator_name.get(i) for i in picked}
    holding = [pid for pid in pool if names <= {r["name"] for r in rows if r["project_id"] == pid}]
    if len(names) < len(pieces) or not holding:
        return None
    f.indicators = [i for i in picked if t.kb.indicator_project.get(i) in holding]
    f.projects, f.ambiguous, f.categories, f.intent = holding, [], [], "indicator_value"
    p.unexplained = []
    return None


def _second_of_its_indicators(t: Turn, p: Parse, f: Frame) -> bool:
    """"法律顾问项目 参与约访和化解信访事项分别多少": two of one project's indicators joined, one named near its
    name (化解信访事项), the other by some of its words (参与约访 of 参与区领导重点约访): both asked."""
    if len(f.projects) != 1 or not f.indicators or len(f.indicators) > 3 or not _JOINED.search(p.text) \
            or any(t.kb.indicator_project.get(i) != f.projects[0] for i in f.indicators):
        return False
    alone = copy(p)  # the question without the indicator already named: the other one's words alone
    alone.mentions = [m for m in p.mentions if not m.of("indicator")]
    chars = list(p.text)
    for m in p.mentions:
        if m.of("indicator"):
            chars[m.start:m.end] = " " * (m.end - m.start)
    alone.text = "".join(chars)
    found = indicator_by_words(t, alone, Frame(projects=list(f.projects), doc_ids=list(f.doc_ids)))
    if len(found) != 1 or found[0] in f.indicators or t.kb.indicator_project.get(found[0]) != f.projects[0]:
        return False
    f.indicators = [*f.indicators, found[0]]
    p.unexplained = []
    return True


# "人员类的（雇员工资）": a run of words, then a bracketed gloss.
_GLOSSED = re.compile(r"([\u4e00-\u9fff]{1,8})[(（]([^()（）]{2,30})[)）]")


def _glossed_by_a_name(t: Turn, p: Parse) -> list[str]:
    """The words right before a bracket whose content is, whole, a project or indicator the question names
    exactly; a bracket that is part of a name said ("综合服务中心（信访超市）") glosses nothing."""
    named = {compact(p.text[m.start:m.end]) for m in p.mentions
             if m.score >= 100 and (m.of("project") or m.of("indicator"))}
    return [m.group(1) for m in _GLOSSED.finditer(normalize(t.question))
            if compact(m.group(2)) in named and compact(m.group(1)) + compact(m.group(2)) not in named]


def _said_in_other_words(t: Turn, p: Parse, f: Frame) -> bool:
    """An indicator named in other words, or with its class, or a standard a task's text states: the
    frame updated and True when one clearly fits."""
    tolerable = False
    if not tolerable and not f.indicators and (f.intent not in ("lacking", "count", "indicator_list")
                                                or f.intent == "indicator_list" and not f.categories):
        # An indicator named in other words ("初信初访那个综合办理效能", "最多访一次按期办结率"):
        # found by its words in its name and values, when one clearly fits.
        found = indicator_by_words(t, p, f)
        if found and (owner := _project_named_by_indicator_words(t, p, found)) is not None:
            # "冷链那个项目财政拨款多少": the words are its project's name's too (…及冷链运维经费), and money is asked,
            # which a project has and an indicator (冷链设备温度监测合格率) has not: the project's amount
            f.projects, tolerable = [owner], True
            f.intent = classify(t.rules, lambda c: holds(t, c, f, p))
        elif found:
            f.indicators, tolerable = found, True
            f.intent = classify(t.rules, lambda c: holds(t, c, f, p))
            said = {p.text[a:b] for a, b in p.concepts.get("share", [])}
            if f.intent == "share" and any(w in t.kb.indicator_name[found[0]] for w in said):
                f.intent = "indicator_value"  # "…就业比例": the indicator's own word (…人数比例), not a share
    if not tolerable and not (f.indicators or f.projects or f.ambiguous or p.departments()) and f.intent:
        tolerable = _indicator_of_the_focus(t, p, f)
    if not tolerable and not f.indicators and len(f.categories) == 1:
        found = _indicator_said_with_its_class(t, p, f)
        if found:
            f.indicators, f.categories, tolerable = found, [], True
            f.intent = classify(t.rules, lambda c: holds(t, c, f, p))
    if not tolerable and not f.projects and not f.indicators and not f.ambiguous:
        found = text_saying(t, p, f)  # a standard a task's text states, the task not named
        if found:
            f.projects, f.intent, f.within, tolerable = found, "content", True, True
    return tolerable


def _project_named_by_indicator_words(t: Turn, p: Parse, found: list[int]) -> int | None:
    """The one project whose own name holds every word the question leaves unexplained, the found indicators all
    its, when the question asks money (an amount or a source of funds) and nothing of an indicator (its value,
    指标): those words name the project; None otherwise."""
    kb = t.kb
    if not p.has("amount", "source") or p.has("value", "indicator", "annual", "period") \
            or not p.unexplained or any(len(w) < 2 for w in p.unexplained):
        return None
    owners = {kb.indicator_project.get(i) for i in found}
    if len(owners) != 1 or (pid := next(iter(owners))) is None or pid not in kb.projects:
        return None
    name = compact(kb.projects[pid].name)
    return pid if all(w in name for w in p.unexplained) else None


def _indicator_of_the_focus(t: Turn, p: Parse, f: Frame) -> bool:
    """"龙舟赛" → "带动消费实施周期指标值": words naming no one indicator of all the tables (活动期间带动旅游消费 of
    another project fits as well) but clearly one of the project the conversation is about: that indicator of
    it, asked as said. The frame updated and True when one is found."""
    focus = [pid for pid in t.session.focus_projects if pid in t.kb.projects]
    if not focus or len(focus) > 3:
        return False
    found = indicator_by_words(t, p, replace(f, projects=focus, ambiguous=[], doc_ids=[]))
    pids = {t.kb.indicator_project.get(i) for i in found}
    if not found or len(pids) != 1 or not pids <= set(focus):
        return False
    f.projects, f.indicators = [pids.pop()], found  # type: ignore[list-item]
    f.intent = classify(t.rules, lambda c: holds(t, c, f, p))
    return True


def _indicator_named_as_its_class(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"服务对象满意度指标值多少": a class (the 二级 服务对象满意度) said whole, its value asked, where indicators are
    named exactly so: those indicators (of every project so naming one), not every indicator of the class."""
    if f.indicators or f.projects or f.ambiguous or len(f.categories) != 1 or p.has("list"):
        return None
    cat = next((m for m in p.mentions if m.of("category")), None)
    # (the value asked: its word, or 值 right after the class said with its 指标, "服务对象满意度指标值")
    if cat is None or not (p.has("value") or re.match(r"(?:的)?(?:指标)?值", p.text[cat.end:])):
        return None
    said = compact(cat.text).removesuffix("指标")  # (the class said with its 指标: "服务对象满意度指标值")
    ids = [i for i in t.kb.indicator_ids(said) if compact(t.kb.indicator_name[i]) == said
           and (not f.doc_ids or t.kb.indicator_doc[i] in f.doc_ids)]
    if ids:
        f.indicators, f.categories = ids, []
        f.intent = classify(t.rules, lambda c: holds(t, c, f, p))
    return None


def _value_of_one_said_short(t: Turn, p: Parse, f: Frame) -> Answer | None:
    """"信访群众满意度指标的指标值": a value asked of words and a class word, which a short project name
    ("群众") made a list of that project's class: the one indicator those words name, when one clearly is."""
    if f.intent != "indicator_list" or f.indicators or len(f.categories) != 1 or not p.has("value") \
            or any(m.of("project") and len(m.text) > 4 for m in p.mentions):
        return None
    found = _indicator_said_with_its_class(t, p, f)
    if found:
        f.indicators, f.categories = found, []
        f.intent = classify(t.rules, lambda c: holds(t, c, f, p))
    return None


def _indicator_said_with_its_class(t: Turn, p: Parse, f: Frame) -> list[int]:
    """"信访群众满意度指标的指标值": the words before a class word are an indicator's name said short
    (信访群众服务对象满意度), not words about the class; the one name clearly closest to them, if any."""
    cat = next((m for m in p.mentions if m.of("category")), None)
    if cat is None:
        return []
    first = min((p.text.find(w) for w in p.unexplained if w in p.text), default=-1)
    if first < 0 or first >= cat.start:
        run = re.search(r"[\u4e00-\u9fff]{2,10}$", p.text[:cat.start])
        first = run.start() if run else -1
    if first < 0 or first >= cat.start:
        return []
    # A short project name inside those words ("群众" of 区级群众信访诉求…) is part of the name said.
    inside = [m for m in p.mentions if m.of("project") and first <= m.start < cat.start and len(m.text) <= 4]
    if f.projects and {int(r.key) for m in inside for r in m.of("project")} != set(f.projects):
        return []
    said = compact(re.sub(r"指标$", "", p.text[first:cat.end]))
    docs = set(f.doc_ids) or None
    ids = {int(r.key) for _, refs in t.kb.fuzzy_candidates(said, docs, limit=200) for r in refs if r.kind == "indicator"}
    found = fuzzy_among(said, {i: t.kb.indicator_name[i] for i in ids if i in t.kb.indicator_name})
    if found and inside and not all(compact(m.text) in t.kb.indicator_name.get(i, "") for m in inside for i in found) \
            and not {t.kb.indicator_project.get(i) for i in found} & set(f.projects):
        # "信访超市的服务对象满意度…": the project was named, not part of another project's indicator's name
        return []
    if found and f.projects:
        f.projects, f.ambiguous = [], []
    return found


def _several_earlier(t: Turn, p: Parse, f: Frame) -> bool:
    """"这两个加起来", "它们一共": the sum of the projects just answered about."""
    s = t.session
    if f.projects or f.ambiguous or f.indicators or not p.has("total") or _HOW_MANY_IN_ALL.search(compact(p.text)):
        return False
    shown = _projects_just_listed(t)
    if len(shown) >= 2 and not p.mentions and not f.doc_ids and _SUM_ALONE.fullmatch(compact(p.text)) \
            and not _values_listed(t, t.session.frame, p):  # (nor the projects of indicators' values: _sum_of_values_listed)
        # "哪些项目写了成本指标" → "金额加起来": the projects that list showed, added up (not the table's total)
        f.projects, f.intent, f.rank_n = shown, "sum", None
        return True
    if len(s.recent_projects) < 2 or not re.search(r"两个|三个|几个|它们|这些|都|一起|俩", _they_as_it(p.text)):
        return False
    n = p.rank_n or (len(s.focus_projects) if len(s.focus_projects) >= 2 else 2)
    f.projects, f.intent, f.rank_n = s.recent_projects[-n:], "sum", None
    return True


def _sum_of_values_listed(t: Turn, p: Parse, f: Frame, last: Frame | None) -> Answer | None:
    """"社会公众满意度指标值" → "合计呢": after indicators (their values) listed under their projects, a sum that names
    nothing and says no money is no sum of those projects' money ("金额加起来" is): said so, never their amounts."""
    if not (f.intent == "sum" or f.intent == "total" and _SUM_ALONE.fullmatch(compact(p.text))) \
            or not _values_listed(t, last, p):
        return None  # (nor the department's total: "加起来多少" adds what was listed)
    answer = t.unknown(compose.indicator_values_not_summed(), p.text, suggest=False)
    answer.debug["values_not_summed"] = True  # (final: no table's line read for it either, a 自评表's 分值 or 得分)
    return answer


def _values_listed(t: Turn, last: Frame | None, p: Parse) -> bool:
    """Whether the last answer listed indicators (their values: a list of projects is none) and the question names
    nothing and says no money."""
    if last is None or last.intent not in ("indicator_value", "indicator_list") or p.mentions \
            or _MONEY_SAID.search(compact(p.text)) or not t.session.shown_list:
        return False
    names = {t.kb.indicator_name.get(i, "") for kind, i in t.session.last_list if kind == "indicator"} - {""}
    return any(t.session.shown_list[0].startswith(n) for n in names)  # (the list shown is of them, not of projects)


_MONEY_SAID = re.compile(r"金额|钱|经费|预算|资金|万元?")
# 他们 said of the things just listed or answered ("他们金额加起来") points at them as 它们 does; before an organisation's
# word ("他们局", "他们单位") it is the department talked about (parse.py's self-references), no pointer.
_THEY_SAID = re.compile(r"他们(?!局|单位|部门|委|办|处|站|所|院|中心|队)")


def _they_as_it(text: str) -> str:
    """The question with 他们 said of things (not 他们局) read as 它们: one pointer, whichever is written."""
    return _THEY_SAID.sub("它们", text)
# "一共几个", "总共有多少项": how many, not the money of those just answered added up
_HOW_MANY_IN_ALL = re.compile(r"(?:一共|总共|共计|共)(?:是|有)?(?:几|多少)(?:个|项|家|条)")
# "金额加起来", "合计多少", "一共多少钱": nothing but a sum asked
_SUM_ALONE = re.compile(r"(?:那|那么)?(?:它们的?|他们的?|这些的?)?(?:金额|钱|经费|预算|资金)?(?:是)?(?:加起来|加一起|加在一起|合起来|合计|一共|总共|共计)"
                        r"(?:是|有|要)?(?:多少)?(?:钱|万元?|金额)?(?:呢|啊)?")
_LISTS_OF_PROJECTS = ("indicator_list", "lacking", "content", "project_list", "filter", "rank")


def _projects_just_listed(t: Turn) -> list[int]:
    """The projects the last answer listed: its list of projects, or the projects a list of indicators
    grouped them under."""
    s = t.session
    listed = [pid for kind, pid in s.last_list if kind == "project" and pid in t.kb.projects]
    if listed:
        return listed
    last = s.frame
    if last is not None and last.intent in _LISTS_OF_PROJECTS and s.last_list:
        return list(dict.fromkeys(t.kb.indicator_project[i] for kind, i in s.last_list
                                  if kind == "indicator" and i in t.kb.indicator_project))
    return []


def _same_indicators_in(t: Turn, f: Frame, last: Frame, depts: list[str]) -> bool:
    """"湛江人社局城镇新增就业人数指标" → "那东湖的呢": the indicator of that name (by its words, a unit in
    brackets aside) in the department now named, whatever project holds it there."""
    s, kb = t.session, t.kb
    if last.intent != "indicator_value" or not s.focus_indicators:
        return False
    theirs: dict[int, str] = {}
    for d in t.docs_of(depts):
        lo, hi = kb.indicator_span(d)
        theirs.update({i: bare_indicator_name(kb.indicator_name[i]) for i in range(lo, hi + 1)
                       if kb.indicator_doc[i] == d and i in kb.indicator_name})
    found: list[int] = []
    for name in dict.fromkeys(bare_indicator_name(kb.indicator_name[i]) for i in s.focus_indicators):
        # (the same name, or said with others between its characters — 信访群众服务对象满意度 of 群众满意度 —, never a
        # name only near it: 农村新增就业人数 is no 城镇新增就业人数)
        found += [i for i, n in theirs.items() if n == name] or spread_among(name, theirs) or [
            i for i, n in theirs.items() if n in _spread_inside(name, set(theirs.values()))]
    if not found:
        return False
    f.indicators = list(dict.fromkeys(found))
    return True


def _spread_inside(name: str, names: set[str]) -> set[str]:
    """The names of four characters or more that a longer name shown says with others between their characters
    ("白云信访局的群众满意度" shown as 信访群众满意度 → "东阳卫健局的呢": its 群众满意度): one at most, else none."""
    inside = {n for n in names if len(n) >= 4 and n != name and said_spread(n, name)}
    return inside if len(inside) == 1 else set()


def _indicators_counted_again(t: Turn, p: Parse, f: Frame, last: Frame) -> None:
    """"信访局一共几个指标" → "水利局呢": the same count of indicators, of the department now named (not of its
    projects). Only a follow-up naming nothing but a department: its own words keep their meaning."""
    if f.intent in ("", "count") and last.intent == "count" and last.count_of == "indicators" and f.count_of == "projects" \
            and elliptic(t, p) and not own_intent(t, p) and not (f.projects or f.ambiguous or f.indicators) \
            and not p.has("project"):
        f.count_of, f.categories = "indicators", f.categories or list(last.categories)


def _namesake_in_unit_said(t: Turn, p: Parse, f: Frame) -> None:
    """"信访局雇员工资经费" → "那水利工程管理站的呢": the unit said stands for its projects, but the follow-up asks the
    project just answered there: its namesake among them (水利工程管理站政府雇员工资经费), when there is one."""
    s = t.session
    units = {t.kb.projects[pid].unit_name for pid in f.projects if pid in t.kb.projects}
    # (one project just answered: after a subtotal of several, "救援大队呢" asks the unit's own subtotal)
    if len(f.projects) < 2 or len(units) != 1 or len(s.focus_projects) != 1 or set(f.projects) & set(s.focus_projects) \
            or not elliptic(t, p) or f.ambiguous or f.indicators:
        return
    docs = {t.kb.projects[pid].document_id for pid in f.projects}
    names = [t.kb.projects[pid].name for pid in s.focus_projects if pid in t.kb.projects]
    found = [pid for pid in _unit_namesakes(t, docs, names) if pid in f.projects]
    if len(found) == 1:
        f.projects, f.unit, f.units = found, "", []  # (the project asked, not its unit's subtotal)


def _unit_namesakes(t: Turn, docs: set[int], names: list[str]) -> list[int]:
    """"农村供水中心雇员工资" → "信访局的呢": the project of the departments now named whose name is the one
    asked with a funding unit's name before it, or without it (政府雇员工资经费 / 农村供水服务中心政府雇员工资经费).
    Several (two units' namesakes): all of them, to be asked which."""
    said = [compact(n) for n in names if len(compact(n)) >= 4]
    return [pid for pid, pr in t.kb.projects.items() if pr.document_id in docs
            and any(compact(pr.name).endswith(n) or n.endswith(compact(pr.name)) and len(compact(pr.name)) >= 4
                    for n in said)]


def _same_names_in(t: Turn, f: Frame, depts: list[str]) -> Answer | None:
    """Map the last answer's projects onto the same-named projects of the departments now named."""
    docs = set(t.docs_of(depts))
    names = [t.kb.projects[pid].name for pid in t.session.focus_projects]
    found = [pid for pid, pr in t.kb.projects.items() if pr.document_id in docs and pr.name in names]
    if not found:
        found = _unit_namesakes(t, docs, names)
    if not found:
        # The same project under a slightly different name ("聘请法律顾问专项经费" / "聘请法律顾问经费").
        theirs = {pid: compact(pr.name) for pid, pr in t.kb.projects.items() if pr.document_id in docs}
        for name in names:
            found += fuzzy_among(compact(name), theirs)[:1]
    if not found:
        return _alike_by_a_word(t, f, depts, docs, names) or t.unknown(compose.no_such_project_in(depts, names))
    f.projects = found
    return None


# "X局有没有类似的": the likeness of a project asked of another department
_LIKE_SAID = Words("context", "{like}")
# The words of a project's name that say only that it is money (its tail) or whose it is: no likeness of two names
_NAME_MONEY_TAIL = Words("context", "(?:{money_tail_leads})?(?:{money_tails})$|(?:{name_tails})$")
_NO_LIKENESS = Words("context", "{no_likeness}")


def _alike_by_a_word(t: Turn, f: Frame, depts: list[str], docs: set[int], names: list[str]) -> Answer | None:
    """"白云信访局的公务用车" → "松阳交通局有没有类似的": no project of that name there, but the likeness is asked —
    its projects whose names share a word with the one shown (购置 of 公务用车购置经费 and 执法装备购置经费), beside
    their figures, asked which (never one picked as the like); None when the likeness is not asked or none shares one."""
    if not _LIKE_SAID.search(t.p.text) or len(names) != 1:
        return None
    said = _NAME_MONEY_TAIL.sub("", compact(names[0]))
    alike: list[tuple[int, str]] = []
    for pid, pr in t.kb.projects.items():
        if pr.document_id in docs and (word := _shared_word(said, _NAME_MONEY_TAIL.sub("", compact(pr.name)))):
            alike.append((pid, word))
    if not alike or len(alike) > MAX_OPTIONS:
        return None
    options = []
    for pid, _ in alike:
        opt = copy_frame(f)
        opt.projects, opt.ambiguous, opt.indicators = [pid], [], []
        opt.intent = f.intent or (t.session.frame.intent if t.session.frame is not None else "") or "amount"
        opt.label = t.kb.projects[pid].name
        options.append(opt)
    words = list(dict.fromkeys(w for _, w in alike))
    prompt = compose.alike_in_department("、".join(depts), names[0], words)
    figures = [format_amount(t.kb.projects[pid].total, t.kb.documents[t.kb.projects[pid].document_id].get("unit") or "万元")
               if t.kb.projects[pid].total is not None else "" for pid, _ in alike]
    return clarify(t, options, prompt, figures)


def _shared_word(a: str, b: str) -> str:
    """The longest run of two characters or more both names hold, unless it says nothing of what they are."""
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] not in b:
                break
            if j - i >= 2 and not _NO_LIKENESS.fullmatch(a[i:j]):
                best = a[i:j]
    return best

