"""One turn of a conversation: the follow-ups that combine earlier answers first, then the pipeline,
and the checks that keep an answer inside the conversation's department."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from bot.answer import YEAR_ALONE, compose, facts_may_answer
from bot.dialogue import figures
from bot.dialogue.cues import is_followup
from bot.dialogue.session import Session
from bot.dialogue.turn import Turn
from bot.dialogue.values import ANSWERED, CLARIFY, UNKNOWN, Answer
from bot.engine.asked_again import _LEAD, _TAIL, _asked_again, _department_after_asked_back, _in_order
from bot.engine.banded import banded_rows_answered
from bot.engine.chosen import chosen_by_amount
from bot.engine.followups import (
    _documents_of_last,
    _kind_listed_of_another,
    _of_what_was_shown,
    _ordinal_into_list,
    _ranked_under,
    _share_of_whole,
    _total_of_another_table,
)
from bot.engine.joined import carried_parts, parts_joined
from bot.engine.named_in_turn import (
    _departments_named,
    _departments_of_projects_said,
    _incomplete,
    _named_of_answer,
    _with_units_said,
)
from bot.engine.names import (
    _bureau_named,
    _department_names,
    _said_departments,
    budget_said_in_full,
    counted_tables_in_full,
    department_spans,
)
from bot.engine.names_holding import item_of_names_listed, names_holding
from bot.engine.other_year import (
    item_of_another_year,
    rate_of_department_year,
    row_in_the_table_shown,
    row_in_the_year_shown,
    row_of_another_year,
)
from bot.engine.others_of_row import others_of_row
from bot.engine.part_asked import indicator_word_left_out, part_not_held
from bot.engine.per_head import per_head_followed
from bot.engine.place_rows import row_of_the_place
from bot.engine.project_indicator import indicator_of_project_shown
from bot.engine.purchases import purchase_said_as_indicator
from bot.engine.ranked import departments_ranked
from bot.engine.row_across import row_in_tables_of_year
from bot.engine.sides import (
    _DEPARTMENT_ALONE,
    _against_last,
    _department_after_unanswered,
    _department_against_last,
    _department_two_tables,
    _each_side,
    _on_line_of,
    _one_side_of_two,
    _one_thing_of_two_tables,
    _organisation_pointed_back,
    _part_of_named,
    _place_asked_again,
    _row_asked_of_department,
    _same_in_two_tables,
    _thing_in_table_said,
    _two_sides,
    _unit_things_listed,
    _unit_two_tables,
    money_of_row_swapped,
)
from bot.engine.spending import project_spending
from bot.engine.table_named import measure_of_the_first, unit_in_table_named
from bot.engine.table_rows import row_of_table_said
from bot.engine.tables_holding import tables_holding
from bot.engine.turn import _restore, _Turn
from bot.engine.two_years import column_of_the_year, each_year_asked
from bot.engine.units import listed_unit_projects, unit_asked, unit_said_in_full
from bot.engine.wholes import (
    _column_of_line_answered,
    _department_wholes,
    _departments_holding,
    _whole_of_another,
)
from bot.language import lazyre as re
from bot.language import ordinals
from bot.language.asking import Words
from bot.language.lexicon import KnowledgeBase, department_forms
from bot.language.normalize import MONEY_UNITS, compact, fiscal_said, full_years, normalize, switched
from bot.language.rules import Rule
from bot.store import queries as query
from bot.understand.parse import concept_word_set


def _asked_of_the_talk(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                      before: dict, talk: list[str], depts: list[str]) -> Answer:
    """A follow-up answered only from a department the conversation is not about: asked again of the
    conversation's department (when the turn before found what it was about), else not answered."""
    _restore(session, before)
    found = not (session.figures and session.figures[-1].get("unanswered"))
    answer = _Turn(kb, rules, session, talk[0] + question).run() if len(talk) == 1 and found else answer
    if answer.status != CLARIFY and (answer.status != ANSWERED or figures.outside_conversation(
            Session(talk_departments=talk), answer, [], depts, True)):
        _restore(session, before)
        answer = Answer(question, UNKNOWN, compose.outside_conversation(talk), "outside")
    return answer


def _closely_followed(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                      depts: list[str]) -> Answer | None:
    """A follow-up on what was just shown, read before anything else: a table of departments' lines kept, the two
    figures combined, or "它的项目支出" of a line chosen among several (that table's column, before 它 is named)."""
    return _units_followed(kb, rules, session, question) or _combined(kb, session, question, depts) \
        or _column_of_line_answered(kb, rules, session, question, depts) \
        or unit_in_table_named(kb, rules, session, question, _converse) \
        or measure_of_the_first(kb, rules, session, question, _converse)  # ("X资产总额" → "那采购呢": X's 采购预算)


def _said_in_full(kb: KnowledgeBase, session: Session, question: str) -> str:
    """The question as the tables say it: "国资预算利润收入" the 国有资本经营预算 table's row, "第二个多少" after names
    listed that item (not 第二中学), "支出呢" after 本年收入合计 its 本年支出合计, "一般公共预算的呢" after a fund's row that
    table's row of the name; "它们都叫什么" after a count "分别是哪些"."""
    return row_of_table_said(kb, session, item_of_names_listed(
        session, counted_tables_in_full(kb, budget_said_in_full(kb, _names_of_what_was_counted(session, question)))))


def _converse(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer:
    """One turn of a conversation: a follow-up that only combines the two figures before it is worked out
    from them; any other question runs the pipeline, and a follow-up answered only from a department the
    conversation is not about is asked again of the conversation's department, or not answered."""
    said, question = question, fiscal_said(switched(full_years(question)))  # "那22年的呢": the year 2022; "换成X呢": "那X呢"
    question, not_bought = purchase_said_as_indicator(kb, session, _said_in_full(kb, session, question))
    question, no_per_head = per_head_followed(kb, session, question)  # ("冲锋舟买几艘"; "执法检查企业数量" → "人均的呢")
    if (not_held := not_bought or no_per_head) is not None:
        return Answer(said, UNKNOWN, not_held, "per_head" if no_per_head else "purchase", debug={"settled": True})
    depts = list(_department_names(kb))
    # ("卫健局2024年三公" → "疾控中心占多少"; "行政单位21-40人 合计多少" of a table of banded rows: first)
    combined = banded_rows_answered(kb, session, question) or _closely_followed(kb, rules, session, question, depts)
    if combined is not None:
        combined.question = said
        return combined
    if (holding := names_holding(kb, question) or others_of_row(kb, session, question)) is not None:
        return _asked_as(_kept(session, holding, depts), said)  # ("名字里带X的项目有哪些"; "X局还有别的吗" after a row)
    if (past := figures.past_the_list(session, question)) is not None:
        # "第四个单位的经费" after three units: no such item — the words after it are no question of their own
        return Answer(said, UNKNOWN, compose.only_so_many(*past), "followup", debug={"settled": True})
    before, question = session.to_dict(), _said_of_what_was_answered(kb, session, question)
    whole = _lines_followed(kb, rules, session, question) or _share_of_whole(kb, session, question, depts) \
        or _ranked_under(kb, session, question, depts) or _documents_of_last(kb, session, question) \
        or next((a for step in _AGAINST if (a := step(kb, rules, session, question, depts)) is not None), None)
    if whole is not None:
        return _asked_as(row_in_the_year_shown(kb, rules, session, question, whole, before, depts), said)
    if (kinds := _kind_listed_of_another(kb, rules, session, question, before, _said_departments(kb, question))):
        return _asked_as(_kept(session, kinds, depts), said)  # ("X的满意度指标" → "B局的呢": B's list of that kind)
    end = _both_asks(kb, rules, session, question, _answered_apart(kb, rules, session, question), before, depts)
    if end is not None:
        return _asked_as(_kept(session, end, depts), said)
    question = unit_said_in_full(kb, question)  # ("东阳疾控收入预算": the unit's line, printed by its full name)
    turn = _Turn(kb, rules, session, question)
    turn, answer = _asked_again(kb, rules, session, question, before, turn, turn.run())
    answer = _carried_across_tables(kb, rules, session, question, turn, answer, before, depts)
    named = _named_of_answer(_departments_named(kb, turn), answer)
    talk = list(session.talk_departments)
    if answer.status == UNKNOWN and not named:
        answer = _unknown_asked_elsewhere(kb, rules, session, question, turn, answer, before)
    if not answer.debug.get("table_named") \
            and figures.outside_conversation(session, answer, _with_units_said(kb, turn, named), depts, _incomplete(turn)) \
            and not _held_by_the_talk(kb, turn, before, answer):
        answer = _asked_of_the_talk(kb, rules, session, question, answer, before, talk, depts)
    if (instead := _not_the_row_asked(kb, Session.from_dict(before), answer, question, _incomplete(turn))):
        _restore(session, before)
        answer = instead
    if (instead := _row_asked_of_department(kb, rules, session, question, answer, before, depts)
            or _place_asked_again(kb, rules, session, question, answer, before, depts)
            or money_of_row_swapped(kb, question, answer, before)) is not None:
        answer = instead  # ("民政局居家养老服务" → "白云区的呢": never 白云区's whole total; "湛江X" → "阳新的呢")
    names_own = any(m.score >= 100 and (m.of("project") or m.of("indicator")) for m in turn.p.mentions)  # "专项资金执行了多少": a subject of its own
    answer = _total_of_another_table(kb, rules, session, question, answer, before, named) or answer
    answer = _ordinal_into_list(kb, rules, session, question, answer, before, named if not names_own else None)
    answer = _words_left_out(kb, rules, session, question, answer, before, depts)
    if (parts := parts_joined(kb, rules, session, question, answer, before, depts, _converse)) is not None:
        return _asked_as(_kept(session, parts, depts), said)  # ("A局、B局项目支出分别多少": each part on its own)
    if not named and answer.status == UNKNOWN:
        named = _bureau_named(kb, question)
    figures.talk_about(session, answer, named, depts)
    return _asked_as(_kept(session, answer, depts), said)


def _words_left_out(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                    before: dict, depts: list[str]) -> Answer:
    """An answer that leaves out a word the question says is not given as its answer: a new word ("X的Y" shown X),
    one side of two compared, a part the figure is not broken into ("X多少 → 其中Y多少": never X again as Y), an
    object the indicator shown does not name ("风力灭火机几台 → 以水灭火装备呢")."""
    answer = _one_side_of_two(kb, rules, session, question,
                              _new_word_left_out(kb, rules, session, question, answer, before), before)
    answer = part_not_held(kb, session, question, answer, before)
    return indicator_word_left_out(kb, session, question, answer, before, depts)

def _unknown_asked_elsewhere(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, turn: _Turn,
                             answer: Answer, before: dict) -> Answer:
    """A question no department answered, asked of its own tables, of the place's row and of the one line of a
    table its words say whole. The fact answerer's settled "no such one" (第四个单位 of three) and a rate not held
    are final."""
    if answer.intent == "facts" and answer.debug.get("settled") or answer.debug.get("rate_not_held"):
        return answer
    return _of_its_own_tables(kb, rules, session, question, before, turn) \
        or row_of_the_place(kb, rules, session, turn, answer, before) \
        or _row_said_whole_elsewhere(kb, rules, session, question) or answer


def _carried_across_tables(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, turn: _Turn,
                           answer: Answer, before: dict, depts: list[str]) -> Answer:
    """The pipeline's answer carried where the question points past it: another table of the thing, another year's
    row (or the row in the year shown), a column of the year, an indicator of the project just shown, a department's
    rate of a year, the tables holding a thing. Each step leaves the answer as it is outside its own case."""
    answer = _of_another_table(kb, rules, turn, question, answer, before)
    answer = row_in_the_year_shown(kb, rules, session, question, row_of_another_year(
        kb, rules, session, question, answer, before, depts), before, depts)
    answer = row_in_the_table_shown(kb, rules, session, question, answer, before, depts)
    answer = item_of_another_year(kb, rules, session, question, answer, before)
    answer = row_in_tables_of_year(kb, rules, session, question, answer, before)
    answer = column_of_the_year(kb, rules, session, question, answer, before)
    return tables_holding(kb, question, rate_of_department_year(
        kb, rules, session, question, indicator_of_project_shown(kb, rules, session, question, answer, before), before))


def _under_the_talk(kb: KnowledgeBase, before: dict, answer: Answer) -> bool:
    """"民政局小计" → "社会福利院多少": the lines the answer cites stand in the block of the department the last answer
    read in a table of the place's departments — the department's own block, not another department's answer."""
    from bot.answer.facts import (
        answered_under_department,  # (only when a follow-up left the talk's department)
    )

    group = ((before.get("facts") or {}).get("dept_units") or {}).get("group") or ""
    return answer.status == ANSWERED and answered_under_department(kb, group, answer.ids_of("fact"))


def _held_by_the_talk(kb: KnowledgeBase, turn: _Turn, before: dict, answer: Answer) -> bool:
    """An answer outside the talk's department that still belongs to the talk: projects said of their departments,
    a row under the talk's department, or another department's row of the table just answered from."""
    return bool(_departments_of_projects_said(kb, turn, before)) or _under_the_talk(kb, before, answer) \
        or _row_of_the_table_talked(kb, before, answer)


def _row_of_the_table_talked(kb: KnowledgeBase, before: dict, answer: Answer) -> bool:
    """"住建局结转结余率" → "质监站呢": another department's row of the table of departments just answered from."""
    from bot.answer.facts import (
        other_department_row_of_the_table,  # (only when a follow-up left the talk's department)
    )

    last = list(((before.get("facts") or {}).get("last")) or ())
    return answer.status == ANSWERED and other_department_row_of_the_table(kb, last, answer.ids_of("fact"))


def _kept(session: Session, answer: Answer, depts: list[str]) -> Answer:
    """The answer, its figures and its list kept by the session for the follow-ups."""
    figures.remember(session, answer, depts)
    figures.keep_list(session, answer)
    return answer


# "它们都叫什么", "分别叫啥" (the names of several asked, nothing else said): what was just counted or listed, listed.
_NAMES_OF_THEM = Words("names_asked", r"^{leads}?(?:{them}{each}?|{each})叫{what}{ends}?[？?]?$")


def _names_of_what_was_counted(session: Session, question: str) -> str:
    """A follow-up asking only the names of several ("它们都叫什么") after a count or a list: the list word the
    turn reads as the items just counted asked one by one ("分别是哪些"), never a label 名称 of some table."""
    if session.frame is None and not session.shown_list:
        return question  # (a figure a table printed, "评价的项目：4个", counts things it does not name)
    return "分别是哪些" if _NAMES_OF_THEM.match(compact(question)) else question


def _asked_as(answer: Answer, said: str) -> Answer:
    """The answer, as the question was said."""
    answer.question = said
    return answer


def _said_of_what_was_answered(kb: KnowledgeBase, session: Session, question: str) -> str:
    """The question with what its pointer or short word stands for said: the unit shown, the department chosen,
    the department's own line answered (本级)."""
    return _of_the_own_line_answered(kb, session, _of_the_department_chosen(
        session, _of_the_unit_shown(kb, session, _of_the_unit_placed(kb, session, _of_the_unit_pointed(session,
                                                                                                       question)))))


def _of_the_unit_pointed(session: Session, question: str) -> str:
    """"疾控中心有哪些项目" → "该中心项目支出多少": the unit the talk is of, pointed at by a word its name ends with
    (该中心, 这个院), said by its name for every reader — never a project whose name holds that word (信访服务中心)."""
    unit = compact(getattr(session.frame, "unit", "") or "") if session.frame is not None else ""
    if len(unit) < 4:
        return question
    from bot.answer.facts import unit_pointed  # (only with a unit in focus: off the cold path)

    return unit_pointed(question, unit) or question


def _of_the_unit_placed(kb: KnowledgeBase, session: Session, question: str) -> str:
    """"乐清人社局有哪些单位" → "第二个单位有几个项目": the unit at that place of the list a table of departments and
    their units just showed, asked its projects by its name (its projects are a project table's, where it is a
    资金使用单位) — never that table's line counted; the question as it is otherwise."""
    kept = (session.facts.get("dept_units") or {}) if isinstance(session.facts, dict) else {}
    # (after a ranking, "第二个部门" is the second of the order it ranked: a department by its 小计 line)
    listed = list(kept.get("listed") or kept.get("ranked") or ())
    text = compact(question)
    m = ordinals.ITEM_FIRST_SAID.match(text)  # ("第二个单位有几个项目": a place in the units just listed)
    if m is None or not listed or not _PROJECTS_LISTED.search(text[m.end():]) or re.search(r"项目支出|项目经费", text):
        return question
    n = ordinals.place_number(m.group("n")) or 0
    if not 1 <= n <= len(listed):
        return question
    unit = re.sub(r"^[0-9]+", "", str(listed[n - 1]))
    if (department := _SUBTOTAL_KEY.sub("", unit)) != unit:
        return department + text[m.end():]
    own = unit in {d.name for d in kb.departments}  # (the department's own unit, printed by its name: its 本级)
    return unit + ("本级" if own else "") + text[m.end():]


# A department's 小计 line as the facts key it ("玉环市交通运输局小计"): the department
_SUBTOTAL_KEY = re.compile(r"(?<=..)(?:部门)?(?:小计|合计)$")


def _of_another_table(kb: KnowledgeBase, rules: list[Rule], turn: _Turn, question: str, answer: Answer,
                      before: dict) -> Answer:
    """An answer asked again where another table may hold it: the year another table prints, the unit just
    answered (它) in another table; a place's share read from another fund's table is not the project's."""
    session = turn.session
    answer = _year_of_another_table(kb, rules, session, question, answer, before)
    answer = _of_the_unit_answered(kb, rules, session, question, answer, before)
    answer = _of_the_table_said(kb, rules, session, question, answer, before)
    return _share_of_another_fund(kb, turn, answer, before) or answer


# What a follow-up says around the words it asks: 那 before, 呢 after.
_FOLLOW_ENDS = re.compile(r"^(?:那么?|还有|再问一下)|(?:呢|啊|吧)$")


def _of_the_table_said(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                       before: dict) -> Answer:
    """"某县社保基金收入合计" → "政府投资本年度计划投资合计呢": a follow-up the shown table cannot answer that names
    another table by its own subject (政府投资 of 政府投资项目年度计划表: four characters or more of one title's
    subject, none of the shown table's) is asked anew, the conversation's table left; the answer as it was when
    that finds nothing or the words name no one other table."""
    if answer.status != UNKNOWN:
        return answer
    from bot.answer.facts.index import index_for  # (the fact answerer's: off a plain question's path)

    idx = index_for(kb)
    last = (before.get("facts") or {}).get("last") or []
    shown = {d for f in last[:20] if isinstance(f, int) and (d := idx.fact_doc.get(f)) is not None}
    if not shown:
        return answer
    text = _FOLLOW_ENDS.sub("", compact(question))
    subjects = {d: _FORM_TAIL.sub("", compact(str(info.get("form") or ""))) for d, info in kb.documents.items()}
    mine = [subjects[d] for d in shown if d in subjects]
    said = {d for d, subject in subjects.items() if d not in shown and any(
        text[i:i + 4] in subject and not any(text[i:i + 4] in m for m in mine) for i in range(len(text) - 3))}
    forms = {subjects[d] for d in said}
    if len(forms) != 1 or text == compact(question) and not re.search(r"呢$", compact(question)):
        return answer
    now = session.to_dict()
    _restore(session, before)
    session.doc_ids, session.facts, session.frame = [], {}, None
    found = _Turn(kb, rules, session, text).run()
    if found.status == ANSWERED and any(subjects.get(d) in forms for d in session.doc_ids or ()):
        found.question = question
        return found
    _restore(session, now)
    return answer


def _of_the_unit_answered(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                          before: dict) -> Answer:
    """"河道管理站的项目有哪些" → "它1-10月执行率多少": 它 right after a funding unit's projects or whole is that unit;
    what its project table lacks (a span of months) is asked again by the unit's name, over every table (an
    执行进度表's line of it); the answer as it was when that finds nothing. (它们 is its projects: no unit.)

    Kept apart from facts/turn.py's _unit_of_the_talk_said (这个单位 / 该中心, before the facts are read, only
    where the unit is a row of a loaded table, the focused project's unit too): 它 is asked again after the
    whole turn found nothing, over every reader (the typed one too), so neither can stand for the other without
    changing answers."""
    text = compact(question)
    if answer.status not in (UNKNOWN, ANSWERED, CLARIFY) or not _IT_FIRST.match(text):
        return answer
    earlier = Session.from_dict(before)
    unit = earlier.frame.unit if earlier.frame is not None else ""
    docs = earlier.frame.doc_ids if earlier.frame is not None else []
    if not unit:
        return answer
    own = answer.status == ANSWERED and _of_the_unit(kb, unit, docs, answer)
    now = session.to_dict()
    _restore(session, before)
    session.doc_ids, session.facts = [], {}
    found = _Turn(kb, rules, session, unit + "的" + _IT_FIRST.sub("", text).lstrip("的")).run() \
        if not own or answer.status == ANSWERED else answer
    if own and not (found.status == ANSWERED and _subject_of_another_table(kb, text, answer, found)):
        _restore(session, now)
        return answer  # (the unit's own answer, unless it says nothing of the other table's subject asked: 资产)
    if found.status == ANSWERED or answer.status == ANSWERED and found.status == UNKNOWN:
        # (an answer of another line than the unit's, its department's whole 人员编制数: never the unit's; the
        # unit asked by its name finds its own line, or says the tables have none)
        found.question = question
        return found
    _restore(session, now)
    return answer


_SOURCE_NOTE = re.compile(r"（来源：[^）]*）")


_FORM_TAIL = re.compile(r"(?:预算|决算)?(?:明细|汇总|情况)?表$")


def _subject_of_another_table(kb: KnowledgeBase, text: str, answer: Answer, found: Answer) -> bool:
    """"象山文化馆项目合计" → "它要买什么资产": the question says the subject of the table the unit's name found (资产 of
    新增资产配置预算表) that none of the tables the first answer cites holds: that table is asked, not the unit's
    projects (预算 of …预算表 is no subject: the tail of the title is left off)."""
    def forms(a: Answer) -> set[str]:
        notes = compact("".join(_SOURCE_NOTE.findall(a.text)))
        return {f for d in kb.documents.values() if (f := compact(str(d.get("form") or ""))) and f in notes}
    mine = forms(answer)
    asked = _IT_FIRST.sub("", text)
    for form in forms(found) - mine:
        subject = _FORM_TAIL.sub("", form)
        if any(asked[i:i + 2] in subject and not any(asked[i:i + 2] in f for f in mine) for i in range(len(asked) - 1)):
            return True
    return False


def _of_the_unit(kb: KnowledgeBase, unit: str, doc_ids: list[int], answer: Answer) -> bool:
    """Whether an answer is of the funding unit: its name or one of its projects' said in the answer's own lines
    (the source note aside; the name without the place it starts with, 林业发展服务中心 of 泰和县林业发展服务中心)."""
    lines = compact(_SOURCE_NOTE.sub("", answer.text))
    bare = re.sub(r"^.{1,8}?[省市县区旗州](?=.{4})", "", compact(unit))
    if compact(unit) in lines or bare in lines:
        return True
    return any(compact(p.name) in lines for d in doc_ids for pid in kb.projects_of_document(d)
               if pid in kb.projects and (p := kb.projects[pid]).unit_name == unit)


# A place's share of a fund asked: "塘下镇分到多少", "东湖区分配了多少".
_SHARE_SAID = re.compile(r"分到|分得|分了|分配|拿到|下达")
_FUND_TAIL = re.compile(r"(?:专项)?(?:经费|资金|项目|补助|补贴|分配表|表)+$")


def _share_of_another_fund(kb: KnowledgeBase, turn: _Turn, answer: Answer, before: dict) -> Answer | None:
    """"基层救援队伍补助" (one project answered) → "塘下镇分到多少": a place's share of that project, read only from the
    allocation table of another fund (基层防汛防台体系建设专项资金分配表, no line nor title of which says the project):
    not the project's share — the reply saying so; None when the answer is of the project (or no such follow-up)."""
    if answer.status != ANSWERED or not _SHARE_SAID.search(turn.p.text or "") \
            or any(m.of("project") or m.of("department") for m in turn.p.mentions):
        return None
    earlier = Session.from_dict(before)
    if len(earlier.focus_projects) != 1 or earlier.focus_projects[0] not in kb.projects:
        return None
    project = kb.projects[earlier.focus_projects[0]]
    docs = {s["document_id"] for s in answer.source if s.get("document_id") in kb.documents}
    facts = query.facts_by_id(kb.conn, [e["id"] for e in answer.entities if e.get("kind") == "fact"])
    if not facts or not docs or project.document_id in docs:
        return None
    core = _FUND_TAIL.sub("", compact(project.name))
    said = compact("|".join([answer.text] + [str(kb.documents[d].get("title") or "") for d in docs]
                            + [f"{f['row_heads'] or ''}{f['row_labels'] or ''}{f['col_labels'] or ''}" for f in facts]))
    if len(core) < 4 or any(core[i:i + 4] in said for i in range(len(core) - 3)):
        return None  # (four characters of the project's name in the table: its own allocation)
    place = str(facts[0]["row_labels"] or "").split("\x1f")[-1] or "这里"
    doc = kb.documents[min(docs)]
    title = str(doc.get("title") or compose.table_name(doc["department_name"], doc.get("form"), doc.get("year")))
    _restore(turn.session, before)  # (the project stays the one talked about; the other fund's line is not shown)
    return Answer(turn.question, UNKNOWN, compose.share_of_another_fund(project.name, place, title), "facts",
                  debug={"settled": True})


_OWN_FIRST = re.compile(r"^(?:那么?)?本级(?:的)?(?=.)")


def _of_the_own_line_answered(kb: KnowledgeBase, session: Session, question: str) -> str:
    """"水利局本级项目合计" → "本级调整后预算数呢": 本级 leading a follow-up right after the department's own line (its
    本级 unit) was answered is that line, asked by its name (海宁市水利局本级的调整后预算数: its line of another table
    too), never the department's 小计 nor its whole."""
    text = compact(question)
    unit = session.frame.unit if session.frame is not None else ""
    if not unit or unit not in kb.own_units.values() or not _OWN_FIRST.match(text):
        return question
    rest = _OWN_FIRST.sub("", text)
    own = unit if re.search(r"本级[）)]?$", unit) else unit + "本级"  # (a line printed by the department's name alone)
    return question if rest.rstrip("呢？?") in ("", "项目", "的项目") else own + "的" + rest


def _year_of_another_table(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                           before: dict) -> Answer:
    """"民政局基本支出2025年多少" (the county's 部门支出预算表, 2025 only) → "2024年呢": the year the table just read
    lacks asked as the question before with that year in place of its own — another table of the department (its
    基本支出经济分类表) may print it; the answer as it was when that finds nothing."""
    said = YEAR_ALONE.fullmatch(compact(normalize(question)))  # (a year in digits: "2024年呢", "那2024年的呢")
    if answer.status != UNKNOWN or said is None or not said.group("year"):
        return answer  # (before the session before is rebuilt: most questions are no year alone)
    last = (Session.from_dict(before).figures or [{}])[-1]
    asked = compact(normalize(str(last.get("asked") or "")))
    if "label" not in last or not asked or said.group("year") in asked:
        return answer
    again = re.sub(r"(?:19|20)\d\d年", said.group("year") + "年", asked, count=1)
    if again == asked:
        return answer
    now = session.to_dict()
    _restore(session, before)
    found = _Turn(kb, rules, session, again).run()
    if found.status == ANSWERED:
        found.question = question
        return found
    _restore(session, now)
    return answer


def _unit_of_departments_asked(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                               depts: list[str]) -> Answer | None:
    """"财政局机关运行经费决算多少" (asked back: which of two departments) → "那国库支付中心呢": a unit (a line) of one
    of those departments' tables said alone is the subject of the question asked back, said in its department's
    place ("国库支付中心机关运行经费决算多少"); kept when answered of that department with the unit named, else
    None (never that unit's first figure of some other column)."""
    asked = session.facts.get("asked_departments") if isinstance(session.facts, dict) else None
    m = _DEPARTMENT_ALONE.fullmatch(compact(normalize(question)))
    if not isinstance(asked, dict) or m is None or len(said := m.group("dept")) < 3:
        return None
    from bot.answer.facts import only_departments  # (not on a plain question's cold path)

    options = [str(d) for d in asked.get("options") or []]
    text = normalize(str(asked.get("question") or ""))
    spans = sorted(department_spans(kb, text))
    if len(options) < 2 or only_departments(kb, said) or not spans \
            or any(b != a2 for (_, b), (a2, _) in zip(spans, spans[1:], strict=False)):
        return None  # (a department itself said: the answer to the question asked back, read as such)
    before = session.to_dict()
    answer = _Turn(kb, rules, session, text[:spans[0][0]] + said + text[spans[-1][1]:]).run()
    figure = figures.figure_of(answer, depts) if answer.status == ANSWERED else None
    if figure is None or figure.get("department") not in options or compact(said) not in compact(answer.text):
        _restore(session, before)
        return None
    figures.remember(session, answer, depts)
    answer.question = question
    return answer


# the steps that answer a follow-up against the figures or departments before, ahead of the pipeline
_AGAINST = (each_year_asked, _against_last, _department_against_last, _department_after_unanswered, _department_after_asked_back,
            _unit_of_departments_asked, _whole_of_another, _part_of_named, project_spending, _department_wholes,
            departments_ranked, _departments_holding, _same_in_two_tables, _unit_two_tables, _unit_things_listed, _department_two_tables, _organisation_pointed_back, _two_sides, _each_side, _one_thing_of_two_tables, _thing_in_table_said)


def _answered_apart(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """A question answered by steps of its own before the pipeline: a funding unit asked, what was just shown,
    or a project chosen by its money and asked about in the same sentence."""
    return unit_asked(kb, rules, session, question) or _of_what_was_shown(kb, rules, session, question) \
        or chosen_by_amount(kb, rules, session, question)


def _both_asks(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, end: Answer | None,
               before: dict, depts: list[str]) -> Answer | None:
    """"X单位一共多少 财政拨款多少" answered apart (a unit asked): both asks answered, part by part."""
    if end is None or carried_parts(kb, question) is None:
        return end
    return parts_joined(kb, rules, session, question, end, before, depts, _converse) or end


_POINTER = re.compile(r"^(?:那么?|那)?(?:它们的|它的|它|其|他们的|他的)?的?")


def _of_its_own_tables(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, before: dict,
                       turn: Turn) -> Answer | None:
    """One department across its tables: "水利局2025年三公经费" → "它的项目支出呢": its line of a table of every
    department of its place was answered, which does not hold what is asked now; its own tables may. Asked again
    of the department talked about, over its own tables (the answer kept only when it is one), else None."""
    earlier = Session.from_dict(before)
    talk = list(earlier.talk_departments)
    if len(talk) != 1 or not earlier.doc_ids or not is_followup(turn, turn.p):
        return None
    own = kb.documents_of_departments(talk)
    if not own or set(earlier.doc_ids) & set(own):
        return None  # (a department only a line of a table, or the conversation already over its own tables)
    _restore(session, before)
    session.doc_ids, session.facts = list(own), {}
    # (the pointer said for the department: "它的项目支出呢" is 广汉市水利局的项目支出)
    again = _Turn(kb, rules, session, talk[0] + "的" + _POINTER.sub("", question).rstrip("呢？?吗啊呀")).run()
    if again.status == ANSWERED:
        return again
    _restore(session, before)
    return None


ROW_SAID_AT_LEAST = 5  # characters of a row's name said whole for a follow-up to be asked of every table
_AMOUNT_ASKED_END = Words("follow_ups", r"的?(?:{amount_asked_end})$")  # (what a follow-up asks after the row's name)


def _row_said_whole_elsewhere(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """"低保资金多少" → "困难群众救助配套资金呢": a follow-up naming, whole, a line of a table the conversation is not
    about, which the conversation's tables do not hold: asked on its own, kept only when its answer names the line as
    said (the conversation then goes on about that); None otherwise."""
    last = session.figures[-1] if session.figures else {}
    if last.get("unit") not in MONEY_UNITS:
        return None  # ("基础养老金标准是多少" → "那公益性岗位补贴呢": the line's 标准 is asked, never its amount)
    said = _FOLLOW_ENDS.sub("", compact(normalize(question)))
    if len(said) < ROW_SAID_AT_LEAST or not all("\u4e00" <= c <= "\u9fff" for c in said) \
            or _AMOUNT_ASKED_END.sub("", said) in kb.lexicon.forms:
        return None
    if not _one_line_named(kb, _AMOUNT_ASKED_END.sub("", said)):
        return None  # ("上年结转资金呢": a line every 自评表 prints is no one line of another table)
    fresh = Session()
    again = _Turn(kb, rules, fresh, said).run()
    core = _AMOUNT_ASKED_END.sub("", said)
    if again.status != ANSWERED or len(core) < ROW_SAID_AT_LEAST or core not in compact(again.text) \
            or core in concept_word_set(kb.vocab) or _names_a_column(kb, core) or core in kb.lexicon.forms:
        # ("财政拨款多少": a column of what was answered; "满意度指标呢": a kind of indicator, a project's or a
        # department's name: the typed reading's, never a line of another table)
        return None
    session.__dict__.update(fresh.__dict__)
    return again


def _one_line_named(kb: KnowledgeBase, label: str) -> bool:
    """Whether the words are the whole label of exactly one line of one table."""
    from bot.answer.facts.index import index_for  # (the fact answerer's: read only for such a follow-up)

    idx = index_for(kb)
    ids = list(idx.label_facts.get(label, ()))[:50]
    return bool(ids) and len({(f["document_id"], f.get("sheet"), f.get("line")) for f in idx.facts(ids)}) == 1


def _names_a_column(kb: KnowledgeBase, core: str) -> bool:
    """Whether the words are a column's or a kind of amount's (财政拨款, 其他资金): read of the line answered."""
    return any(w in core for ws in (kb.vocab.concepts.get("source", ()), kb.vocab.concepts.get("amount", ()))
               for w in ws if len(w) >= 4)


def _classes_followed(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """"本级多少", "培训费呢" right after a 基本支出经济分类表 answered (answer/facts/econ.py): that table's follow-up,
    while the figure just shown is still its answer."""
    kept = session.facts.get("econ") if isinstance(session.facts, dict) else None
    last = session.figures[-1] if session.figures else {}
    asked, shown = compact(normalize(str(last.get("asked") or ""))), str((kept or {}).get("asked") or "")
    if not kept and "基本支出" not in question:
        return None  # (no such table answered just now; "基本支出呢" after a unit's 项目支出 may be its)
    if kept and not (asked and (asked.endswith(shown) or shown.endswith(asked))) or not facts_may_answer(kb, question):
        return None
    from bot.answer.facts import economic_classes_followed

    answer = economic_classes_followed(_Turn(kb, rules, session, question), Answer)
    if answer is not None:  # (kept as the figure shown: "两个加起来" next adds it to the one before)
        figures.remember(session, answer, list(_department_names(kb)))
    return answer


def _combined(kb: KnowledgeBase, session: Session, question: str, depts: list[str]) -> Answer | None:
    """A follow-up that only combines the two figures before it, worked out from them and kept as the figure shown."""
    combined = figures.combine(session, normalize(question), _printed(kb), lambda text: _said_departments(kb, text),
                               _own_change(kb))
    if combined is not None:
        figures.remember(session, combined, depts)
    return combined


def _units_followed(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """A follow-up a table of departments and their units answers from what it just answered, read before the two
    figures shown are combined: the lines and the column it kept are that table's, never figures looked up again."""
    if not (isinstance(session.facts, dict) and session.facts.get("dept_units")):
        return None
    if (projects := listed_unit_projects(kb, rules, session, question)) is not None:
        return projects
    from bot.answer.facts import lines_of_departments_followed, points_at_lines, within_kept_units

    if re.search(r"项目支出|项目经费", question) and not points_at_lines(question) \
            and not within_kept_units(kb, question, session.facts["dept_units"]) or not facts_may_answer(kb, question):
        return None

    return lines_of_departments_followed(_Turn(kb, rules, session, question), Answer)


def _lines_followed(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """"其中体校多少" right after a table of departments and their units answered: that table's follow-up, before
    the follow-ups over projects take it (answer/facts/dept_units.py); a 基本支出经济分类表's follow-up first."""
    if (classed := _classes_followed(kb, rules, session, question)) is not None:
        return classed
    if not (isinstance(session.facts, dict) and session.facts.get("dept_units") and facts_may_answer(kb, question)):
        return None
    if (projects := listed_unit_projects(kb, rules, session, question)) is not None:
        return projects
    from bot.answer.facts import lines_of_departments_followed, points_at_lines, within_kept_units

    if re.search(r"项目支出|项目经费", question) and not points_at_lines(question) \
            and not within_kept_units(kb, question, session.facts["dept_units"]):
        if not _BUREAU_SAID.search(question):  # (a department said, "枫港市民政局项目支出": read with the table kept)
            session.facts = {}  # "项目支出呢" after a unit's 收入: the unit's projects, another table's (no line of this one)
        return None  # (its lines pointed at, "这两个部门项目支出合计", are this table's)

    return lines_of_departments_followed(_Turn(kb, rules, session, question), Answer)


# (its projects asked: "项目支出呢", "它有哪些项目", "它的项目有几个")
_PROJECTS_SAID = re.compile(r"项目支出|项目经费|(?:哪些|几个|什么)项目|项目(?:有哪些|有几个|是哪些|都有)")
_PROJECTS_LISTED = re.compile(r"(?:哪些|几个|什么)项目|项目(?:有哪些|有几个|是哪些|都有)")
# (what only its projects have, asked of it: "它的绩效指标有哪些", "它的满意度指标", "它的绩效目标")
_OF_ITS_PROJECTS = re.compile(r"^(?:那么?)?(?:它的|它|其)(?!他|它).*(?:指标|绩效目标)")


# "宜都三个部门里哪个一般公共预算最少", "哪个局项目支出最多": one department chosen among several
_DEPARTMENT_CHOSEN = re.compile(r"哪(?:个|家|一个)(?:部门|单位|局)|(?:部门|单位)(?:里|中|之中|当中)?(?:的)?哪(?:个|家|一个)")
_IT_FIRST = re.compile(r"^(?:那么?)?(?:它的|它|其)(?!他|它)")


def _of_the_department_chosen(session: Session, question: str) -> str:
    """"宜都三个部门里哪个一般公共预算最少" → "它的项目支出": 它 is the department the answer chose (its figure's),
    asked with its name — never a choice among the departments compared."""
    last = session.figures[-1] if session.figures else {}
    dept, asked = str(last.get("department") or ""), str(last.get("asked") or "")
    if not dept or not _IT_FIRST.match(compact(question)) or not _DEPARTMENT_CHOSEN.search(compact(asked)) \
            or dept not in str(last.get("label") or ""):
        return question
    return dept + "的" + _IT_FIRST.sub("", compact(question)).lstrip("的")


def _of_the_unit_shown(kb: KnowledgeBase, session: Session, question: str) -> str:
    """"博物馆收入预算" (one unit's line of a table of departments and their units) → "项目支出呢": that unit's
    projects, asked with its name (the projects are another table's, where it is a 资金使用单位), never the
    place's whole; the question as it is when it names a unit itself or the line shown was not one unit's, or points
    at the lines answered ("这两个部门项目支出合计": those lines, never the last one's projects)."""
    lines = (session.facts.get("dept_units") or {}).get("lines") if isinstance(session.facts, dict) else None
    last = session.facts.get("last") if isinstance(session.facts, dict) else None
    if not lines or len(lines) != 1 or not last or kb.units_said(question, None):
        return question
    from bot.answer.facts import points_at_lines  # (only where such a table was answered: off the cold path)

    if points_at_lines(question):
        return question
    unit = re.sub(r"^[0-9]+", "", str(lines[0]))
    if unit and _OF_ITS_PROJECTS.match(compact(question)):
        return unit + "的" + _POINTER.sub("", compact(question))  # (the unit's projects' own, or none of its own)
    if not _PROJECTS_SAID.search(question):
        return question
    group = _WHOLE_LINE.sub("", unit)
    if group != unit and (_BUREAU_SAID.search(question) or any(
            len(f) >= 3 and f[-1] == group[-1] and f in question for f in department_forms(group))):
        # (the department's 小计 line kept, a department said again — "民政局的项目支出", "枫港市民政局项目支出多少",
        # "卫健局实施的PPP项目有哪些": the question as it is, never the line kept put in front of it)
        return question
    if unit and _PROJECTS_LISTED.search(question) and not re.search(r"项目支出|项目经费", question):
        # "它有哪些项目": the unit's own, wherever it is a 资金使用单位; the rows a department's 小计 line's own
        # department is named in as their owner ("它实施的PPP项目有哪些"), that department's
        return (group if _OWNER_VERB.search(question) else unit) + _POINTER.sub("", question)
    # (said with the department whose group the line is in: its projects are that department's table's)
    path = [str(r["row_labels"]).split("\x1f") for r in query.facts_by_id(kb.conn, [int(last[0])])]
    owner = path[0][0] if path and path[0][0] in {d.name for d in kb.departments} else ""
    return owner + unit + re.sub(r"^(?:那|那么)", "", question) if unit else question


_WHOLE_LINE = re.compile(r"(?:小计|合计|总计)$")
# (an owner's verb said of the rows asked: "它实施的", "它负责的" — [asking_words.row_owner] whose_verbs)
_OWNER_VERB = Words("row_owner", "(?:{whose_verbs})的")
_BUREAU_SAID = re.compile(r"[\u4e00-\u9fff]{2}(?:局|委)(?!托)")  # (a bureau's word said: 民政局, 卫健委; never 委托)


_TOTAL_HEAD = re.compile(r"^(?:合计|总计)$")


def _row_of(earlier: Session) -> str:
    last = earlier.figures[-1] if earlier.figures else {}
    return "" if last.get("unanswered") else str(last.get("label") or "").split(" ")[0]


def _not_the_row_asked(kb: KnowledgeBase, earlier: Session, answer: Answer, question: str,
                       followup: bool) -> Answer | None:
    """An answer of another row than the follow-up asked: the table's 合计 row, or a part of one project the
    table does not break down; the reply saying so (None when the answer is of the row asked)."""
    if _total_row_instead(earlier, answer, question, followup) and not _another_department_said(kb, earlier, question) \
            and not _same_row_again(kb, earlier, answer):
        return Answer(question, UNKNOWN, compose.total_row_not_asked(_row_of(earlier)), "total_row")
    if (part := _part_not_broken_down(kb, earlier, answer, question)) is not None:
        # (final: a part the table does not split is never asked again with the project named — its total again)
        return Answer(question, UNKNOWN, compose.part_not_broken_down(*part), "part_not_listed", debug={"settled": True})
    return None


def _same_row_again(kb: KnowledgeBase, earlier: Session, answer: Answer) -> bool:
    """Whether every figure answered stands on the printed row of the figure shown before ("全县工资福利合计" →
    "奖金呢": the 合计 row asked, shown under the place's name, then another of its columns) — that row asked again."""
    last = earlier.figures[-1] if earlier.figures else {}
    ids = [int(e["id"]) for e in answer.entities or () if e.get("kind") == "fact" and e.get("id") is not None]
    if not last.get("fact") or not ids:
        return False
    rows = {(r["document_id"], r["sheet"], r["line"]) for r in query.facts_by_id(kb.conn, [int(last["fact"]), *ids])}
    return len(rows) == 1


# "其中电费多少", "这里面生活补贴是多少": a part of the amount just shown, asked by its own word.
_PART_ASKED = re.compile(r"^(?:那|那么)?(?:其中|这其中|这里面|这里头|里面|当中)(?:的)?(?P<part>[\u4e00-\u9fff]{1,12}?)"
                         r"(?:是|有|占|花了|用了|安排了)?(?:多少钱|多少万元|多少万|多少)(?:呢|啊)?$")


def _part_not_broken_down(kb: KnowledgeBase, earlier: Session, answer: Answer, question: str
                          ) -> tuple[str, str] | None:
    """"公厕经费多少" → "其中电费多少": one project's amount just shown, then a part of it by a word the table
    does not break that amount into. Answered with another project's figure (路灯电费) or the project's own
    total again (its name says "缺口资金及生活补贴", its line one sum), that is no answer to the part: (the
    part, the project's name) so the reply says the table does not break it down; None otherwise."""
    frame = earlier.frame
    m = _PART_ASKED.match(compact(normalize(question)))
    if m is None or answer.status != ANSWERED or frame is None or frame.intent != "amount" \
            or frame.column not in (None, "total") or len(earlier.focus_projects) != 1:
        return None
    own = earlier.focus_projects[0]
    rows = query.projects(kb.conn, [own])
    if not rows or rows[0]["kind"] == "department":
        return None  # (a unit's or a department's line has projects under it: "其中体校多少" is one of them)
    shown = [e.get("id") for e in answer.entities if e.get("kind") == "project"]
    again = answer.intent == "amount" and shown == [own] and not answer.rows[1:]
    if not shown or (own in shown and not again):
        return None
    return m.group("part"), rows[0]["name"]


def _another_department_said(kb: KnowledgeBase, earlier: Session, question: str) -> bool:
    """"基本公卫执行率" → "交通局1-10月累计呢": a follow-up naming another department than the figure before's,
    whose tables have no such row: that department's whole (its 合计 row) is what it asks."""
    from bot.answer.facts import departments_named  # (not on a plain question's cold path)

    before = str((earlier.figures[-1] if earlier.figures else {}).get("department") or "")
    named = departments_named(kb, question)
    return bool(before and named) and before not in named


def _total_row_instead(earlier: Session, answer: Answer, question: str, followup: bool) -> bool:
    """"卫健局疾控经费" (not found) → "增长率多少", "柳塘镇面积" → "中央资金呢": a follow-up that says no total,
    answered only from the table's 合计 row while the turn before was about another row, or answered from a
    row it does not say after a turn that found nothing: that figure is not the row asked about."""
    if not followup or answer.status != ANSWERED or not earlier.figures or figures.TOTAL_SAID.search(compact(question)):
        return False
    heads = {str(e.get("name") or "").split(" ")[0] for e in answer.entities or () if e.get("kind") == "fact"}
    if not heads:
        return False
    last = earlier.figures[-1]
    if last.get("unanswered"):
        # After a question that found nothing, a row the follow-up does not say is a guess at what it meant
        # (the 合计 row is no guess when that question asked a total: "系统核定编制总数" → "实有人数呢").
        if last.get("of_total") and all(_TOTAL_HEAD.match(h) for h in heads):
            return False
        text = compact(question)
        short = figures.bare_followup(question) or len(text) <= 8  # "年初预算呢", "增长率多少": nothing of its own
        return short and not any(compact(re.sub(r"^\d{3,}", "", h)) in text for h in heads)
    if not all(_TOTAL_HEAD.match(h) for h in heads):
        return False
    row = _row_of(earlier)
    if all(row in (h, str(last.get("department") or "") + h) for h in heads):
        return False  # ("会议费全市合计" → "比2025年少了多少": the total row asked before is the row answered again)
    # "湛江人社局基本支出 → 那普陀财政局基本支出呢": the row asked before said again, the answer its column of
    # the other table's 合计 row — that department's whole of it, asked
    said = compact(row) in compact(question) and all(
        compact(row) in compact(str(e.get("name") or "")) for e in answer.entities or () if e.get("kind") == "fact")
    return bool(row) and not _TOTAL_HEAD.match(row) and " " in str(last.get("label") or "") and not said


def _printed(kb: KnowledgeBase) -> figures.Printed | None:
    """What a table prints for the sum or share of two figures it showed (answer/facts/ reads it)."""
    if not facts_may_answer(kb, ""):
        return None

    def printed(op: str, a: dict, b: dict, value: float) -> dict | None:
        from bot.answer.facts import printed_result

        return printed_result(kb, op, a, b, value)
    return printed


def _own_change(kb: KnowledgeBase) -> Callable[[int, str], bool] | None:
    """Whether a fact's row prints its own change of a kind (answer/facts/ reads it)."""
    if not facts_may_answer(kb, ""):
        return None

    def own(fact_id: int, op: str) -> bool:
        from bot.answer.facts import own_change_printed

        return own_change_printed(kb, fact_id, op)
    return own


@cache
def _followup_filler(words: tuple[str, ...]) -> re.Pattern:
    """What a follow-up says besides the thing it asks of (the vocabulary's followup_fillers, and a year
    said in digits), as one pattern."""
    return re.compile(r"(?:19|20)?\d\d年?|" + "|".join(map(re.escape, words)))


# A change asked ("那增了多少", "比去年差多少"): a word the figure shown again does not answer.
_CHANGE_WORD = re.compile(r"[增减涨降差超剩]")
# A rate of change, however said: "增长率呢" is answered by the table's 增减率 (降幅, 涨幅 …) column.
_RATE_WORD = re.compile(r"[增减涨降](?:长|少|加|减)?(?:率|幅)")


def _words_left(text: str, shown: str, fillers: list[str]) -> list[str]:
    """The runs of the text that the shown text holds no two-character piece of, filler left out."""
    covered = [False] * len(text)
    for i in range(len(text)):
        for j in range(i + 2, len(text) + 1):
            if text[i:j] in shown:
                covered[i:j] = [True] * (j - i)
    runs = "".join(c if not seen else " " for c, seen in zip(text, covered, strict=True)).split()
    filler = _followup_filler(tuple(fillers))
    return [w for run in runs if (w := filler.sub("", run))]


def _answer_says(answer: Answer) -> str:
    """What an answer says it gives: its first line before its source, and its facts' names."""
    names = "".join(str(e.get("name") or "") for e in answer.entities or ())
    return compact(compose.said_and_source(answer.text)[0] + names)


def _new_word_left_out(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                       before: dict) -> Answer:
    """"基本支出预算多少 → 项目支出预算呢", "人民医院事业收入 → 那县中医院呢" answered from the line shown
    before: the follow-up names a thing (项目支出, 县中医院) or a change (增了多少) that neither that line nor
    the answer says. Asked again of the conversation's department (with that line, then without it), kept
    when the answer says what was named; else said not understood (never the line before given as the new
    thing's)."""
    text = compact(normalize(question))
    if answer.status != ANSWERED or not (text.endswith("呢") or text.startswith("那")):
        return answer  # (before the session before is rebuilt: most questions are no follow-up so said)
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    ids = answer.ids_of("fact")
    if "fact" not in last or "\n" in answer.text.strip() or not _on_line_of(kb, ids, last["fact"]):
        return answer
    words = _words_left(text, compact(f"{last.get('label') or ''}{last.get('asked') or ''}") + _answer_says(answer),
                        kb.vocab.followup_fillers)
    if words:  # "年度目标呢" answered with the row's 年度指标值: 目标 is a way of saying that label (the facts' synonyms)
        from bot.answer.facts.index import index_for

        says = _answer_says(answer)
        # (a part of one said with the rest: 负责 of "负责科室呢" answered with its 责任科室)
        words = [w for w in words if not any(group[0] in says and any(w == s or w in s and s in text for s in group[1:])
                                             for group in index_for(kb).synonyms) and not _said_as_done(kb, w, text, says)]
    change = any(_CHANGE_WORD.search(w) for w in words)
    amount = kb.vocab.concepts.get("amount", [])
    # (a word for the amount itself, "预算呢" after a 决算 figure, is the column the reading chose, not a thing)
    words = [w for w in words if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w)
             and re.sub("|".join(map(re.escape, sorted(amount, key=len, reverse=True))) or "^$", "", w)]
    if not change and not words or not change and _says_item(text, answer, str(last.get("label") or "")):
        return answer
    dept = str(last.get("department") or "")
    asked = re.sub(r"^(?:那么|那)|呢$", "", text)
    row = re.sub(r"^\d{3,}", "", str(last.get("label") or "")).split(" ")[0]
    _restore(session, before)
    # "增长率呢" said of a table printing 增减率: the rate of the line shown (never the total's), asked with the
    # line named, then without the department
    rate_only = bool(words) and all(_RATE_WORD.search(w) for w in words)
    asks = [dept + row + asked, row + asked] if rate_only else [dept + row + asked, dept + asked] if dept else []
    for ask in dict.fromkeys(asks):
        fresh = Session(build_id=session.build_id, figures=list(earlier.figures),
                        talk_departments=list(earlier.talk_departments))
        again = _Turn(kb, rules, fresh, ask).run()
        again_ids = again.ids_of("fact")
        said = compact(compose.said_and_source(again.text)[0].split("：")[0]) + "".join(
            str(e.get("name") or "") for e in again.entities or () if e.get("kind") == "fact")
        kept = _RATE_WORD.search(said) and _on_line_of(kb, again_ids, last["fact"]) if rate_only \
            else all(w in said for w in words) and (not change or re.search(r"增|减|差|比|变", said))
        if again.status == ANSWERED and last["fact"] not in again_ids and kept:
            session.__dict__.update(fresh.__dict__)
            again.question = question
            return again
    word = asked if change or not words else "、".join(words)
    return Answer(question, UNKNOWN, compose.followup_not_understood(word, str(last.get("label") or "")), "unknown")


# the column of a figure done: 决算 of a 部门决算's line, 执行数, 实际支出, 完成值
_DONE_COLUMN = re.compile(r"决算|执行|实际|完成")


def _said_as_done(kb: KnowledgeBase, word: str, text: str, says: str) -> bool:
    """A word of the follow-up is part of a way of asking the figure done ("实际支出呢" after a line's 全年预算)
    and the answer's line gives that figure (its 决算): no new thing named."""
    done = [w for w in kb.vocab.concepts.get("executed", []) if w in text]
    return bool(done) and bool(_DONE_COLUMN.search(says)) and any(word in w for w in done)


def _says_item(text: str, answer: Answer, shown: str) -> bool:
    """The answer's line says the item the follow-up asks ("公车运维费呢" of 公务用车运行维护费: its characters in
    order, in a run at most twice its length) which the line shown before does not."""
    item = _TAIL.sub("", _LEAD.sub("", text))
    said = compact(compose.said_and_source(answer.text)[0])
    return len(item) >= 3 and _in_order(item, said, 2 * len(item)) and not _in_order(item, compact(shown))
