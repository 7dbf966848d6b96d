"""One turn of a conversation: the follow-ups that combine earlier answers first, then the pipeline,
and the checks that keep an answer inside the conversation's department."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from bot.answer import compose, facts_may_answer
from bot.dialogue import figures
from bot.dialogue.cues import is_followup
from bot.dialogue.session import Session
from bot.dialogue.turn import Turn
from bot.dialogue.values import ANSWERED, CLARIFY, UNKNOWN, Answer
from bot.engine.chosen import chosen_by_amount
from bot.engine.followups import (
    _a_row_says,
    _documents_of_last,
    _of_what_was_shown,
    _ordinal_into_list,
    _ranked_under,
    _share_of_whole,
)
from bot.engine.names import _bureau_named, _department_names, _places, _said_departments
from bot.engine.ranked import departments_ranked
from bot.engine.sides import (
    _DEPARTMENT_ALONE,
    _against_last,
    _department_after_unanswered,
    _department_against_last,
    _each_side,
    _on_line_of,
    _one_side_of_two,
    _part_of_named,
    _row_asked_of_department,
    _two_sides,
)
from bot.engine.spending import project_spending
from bot.engine.turn import _restore, _Turn
from bot.engine.units import unit_asked
from bot.engine.wholes import _department_wholes, _departments_holding, _whole_of_another
from bot.language import lazyre as re
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, fiscal_said, full_years, normalize, small_number, switched
from bot.language.rules import Rule
from bot.store import queries as query


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


def _converse(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer:
    """One turn of a conversation: a follow-up that only combines the two figures before it is worked out
    from them; any other question runs the pipeline, and a follow-up answered only from a department the
    conversation is not about is asked again of the conversation's department, or not answered."""
    said, question = question, fiscal_said(switched(full_years(question)))  # "那22年的呢": the year 2022; "换成X呢": "那X呢"
    depts = list(_department_names(kb))
    combined = figures.combine(session, normalize(question), _printed(kb), lambda text: _said_departments(kb, text),
                               _own_change(kb))
    if combined is not None:
        figures.remember(session, combined, depts)
        combined.question = said
        return combined
    if (past := figures.past_the_list(session, question)) is not None:
        # "第四个单位的经费" after three units: no such item — the words after it are no question of their own
        return Answer(said, UNKNOWN, compose.only_so_many(*past), "followup", debug={"settled": True})
    before, question = session.to_dict(), _of_the_department_chosen(session, _of_the_unit_shown(kb, session, question))
    whole = _lines_followed(kb, rules, session, question) or _share_of_whole(kb, session, question, depts) \
        or _ranked_under(kb, session, question, depts) or _documents_of_last(kb, session, question)
    if whole is not None:
        whole.question = said
        return whole
    against = next((a for step in (_against_last, _department_against_last, _department_after_unanswered,
                                   _unit_of_departments_asked, _whole_of_another, _part_of_named, project_spending,
                                   _department_wholes, departments_ranked, _departments_holding, _two_sides, _each_side)
                    if (a := step(kb, rules, session, question, depts)) is not None), None)
    if against is not None:
        against.question = said
        return against
    end = _answered_apart(kb, rules, session, question)
    if end is not None:
        figures.remember(session, end, depts)
        figures.keep_list(session, end)
        end.question = said
        return end
    turn = _Turn(kb, rules, session, question)
    turn, answer = _asked_again(kb, rules, session, question, before, turn, turn.run())
    named = _named_of_answer(_departments_named(kb, turn), answer)
    talk = list(session.talk_departments)
    # (the fact answerer's settled "no such one", 第四个单位 of three, is final: not asked of its own tables)
    if answer.status == UNKNOWN and not named and not (answer.intent == "facts" and answer.debug.get("settled")):
        answer = _of_its_own_tables(kb, rules, session, question, before, turn) or answer
    if figures.outside_conversation(session, answer, _with_units_said(kb, turn, named), depts, _incomplete(turn)) \
            and not _departments_of_projects_said(kb, turn, before):
        answer = _asked_of_the_talk(kb, rules, session, question, answer, before, talk, depts)
    if (instead := _not_the_row_asked(kb, Session.from_dict(before), answer, question, _incomplete(turn))):
        _restore(session, before)
        answer = instead
    if (instead := _row_asked_of_department(kb, rules, session, question, answer, before, depts)) is not None:
        answer = instead  # ("民政局居家养老服务" → "白云区的呢": never 白云区's whole total)
    names_own = any(m.score >= 100 and (m.of("project") or m.of("indicator")) for m in turn.p.mentions)  # "专项资金执行了多少": a subject of its own
    answer = _ordinal_into_list(kb, rules, session, question, answer, before, named if not names_own else None)
    answer = _one_side_of_two(kb, session, question, _new_word_left_out(kb, rules, session, question, answer, before),
                              before)
    if not named and answer.status == UNKNOWN:
        named = _bureau_named(kb, question)
    figures.talk_about(session, answer, named, depts)
    figures.remember(session, answer, depts)
    figures.keep_list(session, answer)
    answer.question = said
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
    spans = sorted((a, b) for a, b, _, refs in kb.lexicon.spans(text) if any(r.kind == "department" for r in refs))
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


def _asked_again(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, before: dict, turn: _Turn,
                 answer: Answer) -> tuple[_Turn, Answer]:
    """A follow-up that says only what changes, asked again as the question before with it: the other end of a
    ranking not answered alone ("最低的呢"), the rate shown before of the subject now said ("渝中就业补助资金的呢");
    the turn and answer as they were otherwise."""
    if answer.status == UNKNOWN and (other_end := _other_end_of_last(kb, rules, session, question, before)) is not None:
        return other_end
    if answer.status == UNKNOWN and (place := _next_place_of_last(kb, rules, session, question, before)) is not None:
        return place
    if answer.status == ANSWERED and (rate := _rate_of_another(kb, rules, session, question, answer, before)) is not None:
        return rate
    if answer.status in (UNKNOWN, CLARIFY) and (own := _of_the_subject_shown(kb, rules, session, question, turn,
                                                                             before)) is not None:
        return own
    if answer.status == ANSWERED and (kind := _kind_of_last(kb, rules, session, question, answer, before)) is not None:
        return kind
    if answer.status != CLARIFY and (table := _in_the_table_said(kb, rules, session, question, answer, before)):
        return table
    return turn, answer


# "最低的呢" after "余额最高的乡镇": the other end of the ranking just shown
_OTHER_END = re.compile(r"(?:那|那么)?(?P<ext>最(?:高|低|多|少|大|小|贵|便宜))的?(?:是哪个|是哪一个|是谁|是多少|是)?(?:呢|啊)?")
_ENDS = (("最高", "最多", "最大", "最贵"), ("最低", "最少", "最小", "最便宜"))


def _other_end_of_last(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                       before: dict) -> tuple[_Turn, Answer] | None:
    """"永新县余额最高的乡镇" → "最低的呢" not understood alone: the question before asked again with its one
    superlative turned to the other end (the word said now in its place); None unless the question is only that
    word and the one before said the other end once."""
    m = _OTHER_END.fullmatch(compact(normalize(question)))
    earlier = Session.from_dict(before)
    asked = str((earlier.figures[-1] if earlier.figures else {}).get("asked") or "")
    if m is None or not asked:
        return None
    other = _ENDS[0] if m.group("ext") in _ENDS[1] else _ENDS[1]
    said = [w for w in other if w in asked]
    if len(said) != 1 or asked.count(said[0]) != 1:
        return None
    # (on failure the session stays as before this turn, the original answer given)
    return _asked_instead(kb, rules, session, before, asked.replace(said[0], m.group("ext")), before,
                          lambda again: again.status == ANSWERED)


# "第二个呢" after "明细表最大的项目": a place of the ranking just topped
_PLACE_ALONE = re.compile(r"(?:那|那么)?(?:排)?第(?P<n>[二三四五六七八九十两]|[2-9])(?:个|名|位|项|家)?(?:的)?"
                          r"(?:是哪个|是哪一个|是谁|是多少|是什么|是)?(?:呢|啊)?")


_PLACE_WORDS = "一二三四五六七八九十"
# the top or a place of a ranking said: 最 of "最大的项目", 第二 of "第二大的项目" (asked again so)
_TOP_SAID = re.compile(r"(?:最|第[二三四五六七八九十])(?=高|低|多|少|大|小|贵|便宜)")


def _next_place_of_last(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                        before: dict) -> tuple[_Turn, Answer] | None:
    """"明细表最大的项目" → "第二个呢" not understood alone (the top one shown, no list): the question before asked
    again with its one superlative made that place ("明细表第二大的项目"); kept when the answer says that place
    from the tables the top one was read from; None unless the question is only the place and the one before said
    one superlative (or place, "第二大的项目" → "第三个呢") once."""
    m = _PLACE_ALONE.fullmatch(compact(normalize(question)))
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    asked = str(last.get("asked") or "")
    said = list(_TOP_SAID.finditer(asked))
    n = small_number(m.group("n")) if m else None
    if n is None or not 2 <= n <= 10 or len(said) != 1 or last.get("unanswered"):
        return None
    forms = _forms_of_facts(kb, [last.get("fact"), *(last.get("facts") or [])])

    def keep(again: Answer) -> bool:
        ids = [e.get("id") for e in again.entities or () if e.get("kind") == "fact"]
        return again.status == ANSWERED and f"第{n}" in again.text and bool(ids) \
            and _forms_of_facts(kb, ids) <= forms
    # (asked as a question of its own, its words saying what it ranks: the figures kept, no other context — the
    # department of the top one shown is no bound of the ranking)
    fresh = Session(build_id=earlier.build_id, figures=list(earlier.figures)).to_dict()
    again = asked[:said[0].start()] + f"第{_PLACE_WORDS[n - 1]}" + asked[said[0].end():]
    return _asked_instead(kb, rules, session, fresh, again, before, keep) if forms else None


def _forms_of_facts(kb: KnowledgeBase, ids: list) -> set[str]:
    """The kinds of table (明细表 of every department alike) the facts of these ids are in."""
    return {str(r["form"]) for r in query.facts_by_id(kb.conn, [int(i) for i in ids if isinstance(i, int)])}


# "整体执行率" → "渝中就业补助资金的呢": a rate shown, then another subject said alone
_SUBJECT_ALONE = re.compile(r"(?:那|那么)?(?P<x>[\u4e00-\u9fff]{2,24}?)的?呢")
_RATE_ASKED = re.compile(r"执行率|完成率|增长率|达标率|使用率|支付率|到位率|覆盖率|占比|比重")


def _rate_of_another(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                     before: dict) -> tuple[_Turn, Answer] | None:
    """"绩溪农业农村局整体执行率" (91.6%) → "渝中就业补助资金的呢" answered with that project's money: the rate asked
    before is what is asked of it ("渝中就业补助资金的执行率"); kept only when that answer gives the rate, else
    None (the answer as it was)."""
    m = _SUBJECT_ALONE.fullmatch(compact(normalize(question)))
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    rate = _RATE_ASKED.search(str(last.get("label") or "")) if last.get("unit") == "%" else None
    if m is None or rate is None or rate.group() in answer.text:
        return None
    word, subject = rate.group(), m.group("x")
    # (the rate just shown given again is no answer about the subject said: "保洁覆盖率" → "巡护天数那个呢")
    return _asked_instead(kb, rules, session, before, f"{subject}的{word}", session.to_dict(),
                          lambda again: again.status == ANSWERED and word in again.text
                          and not _shown_again(again, last, subject))


def _asked_instead(kb: KnowledgeBase, rules: list[Rule], session: Session, before: dict, ask: str, failed: dict,
                   keep: Callable[[Answer], bool]) -> tuple[_Turn, Answer] | None:
    """A follow-up asked again as another question (the session as it was before the turn): the turn and answer
    when keep holds of it, its question the one asked again (the figure kept is of it: "最高的呢" next turns
    back); else the session put back as failed and None."""
    _restore(session, before)
    turn = _Turn(kb, rules, session, ask)
    again = turn.run()
    if not keep(again):
        _restore(session, failed)
        return None
    again.question = turn.question
    return turn, again


# what a follow-up leads with besides its item: "它的三公决算呢", "那它的公车运维费决算呢" (never 其中: a part of the figure)
_LEAD = re.compile(r"^(?:那么|那)?(?:它们的|它的|它|其|他们的|他的)?的?")
_PART_SAID = re.compile(r"^(?:那么|那)?(?:其中|这其中|这里面|里面|当中)")
_TAIL = re.compile(r"(?:是多少|有多少|多少钱|多少|是)?(?:呢|吗|啊|呀)?[？?]?$")


def _of_the_subject_shown(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, turn: _Turn,
                          before: dict) -> tuple[_Turn, Answer] | None:
    """"永康卫健局资产总额" → "它的三公决算呢" neither answered nor asked back from the table of the figure just
    shown: the unit or department whose line that figure is on (its 小计 the department's own) is the subject, the
    item is what the follow-up says, which may be in another table of that subject ("永康市卫生健康局的三公决算").
    Kept when answered of that subject with the item said (its characters in order); None when the follow-up names
    a subject of its own or leads with nothing that points back."""
    text = compact(normalize(question))
    item = _TAIL.sub("", _LEAD.sub("", text))
    if not (text.endswith("呢") or item != _TAIL.sub("", text)) or len(item) < 2 or _PART_SAID.match(text) \
            or _departments_named(kb, turn) or kb.units_said(question, None):
        return None
    subject = _subject_of_figure(kb, Session.from_dict(before))
    last = Session.from_dict(before).figures[-1] if subject else {}

    def keep(again: Answer) -> bool:
        said = compact(again.text.split("（来源")[0])
        ids = [e.get("id") for e in again.entities or () if e.get("kind") == "fact"]
        return again.status == ANSWERED and subject in said and last.get("fact") not in ids \
            and _in_order(item, said.replace(subject, "", 1))
    return _asked_instead(kb, rules, session, before, f"{subject}的{item}", session.to_dict(), keep) if subject else None


# the kind of figure a line prints: 预算数 or 决算数 ("公务用车运行维护费2024年决算数")
_KIND_OF_FIGURE = re.compile(r"(预算|决算)数")
_KIND_SAID = re.compile(r"预算|决算|执行|完成|实际")


def _kind_of_last(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                  before: dict) -> tuple[_Turn, Answer] | None:
    """"交通局三公决算多少" → "下面公路与运输管理中心的公车运维费呢" answered with both its 预算数 and 决算数: the kind
    of figure shown before is kept ("…的公车运维费决算"), the answer kept when it is some of the lines shown (never
    another); a follow-up that says its kind and is answered with both asked of the subject of the line shown
    ("永康市第一人民医院的三公经费决算"). None when the answer shows one kind."""
    text = compact(normalize(question))
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    kinds = set(_KIND_OF_FIGURE.findall(str(last.get("label") or "")))
    names = [str(e.get("name") or "") for e in answer.entities or () if e.get("kind") == "fact"]
    shown = {k for n in names for k in _KIND_OF_FIGURE.findall(n)}
    said = set(_KIND_SAID.findall(text))
    if len(shown) < 2 or not _FOLLOWED.search(text) or len(said) > 1 or not said and len(kinds) != 1:
        return None
    # (its kind said, "它的三公经费决算呢" read without it: asked of the subject of the line shown, as said)
    subject = _subject_of_figure(kb, earlier) if said else ""
    if said and (not subject or not said <= {"预算", "决算"}):
        return None
    ids = {e.get("id") for e in answer.entities or () if e.get("kind") == "fact"}

    def keep(again: Answer) -> bool:
        got = {e.get("id") for e in again.entities or () if e.get("kind") == "fact"}
        return again.status == ANSWERED and bool(got) and got < ids
    asked = _TAIL.sub("", text)
    ask = f"{subject}的{_LEAD.sub('', asked)}" if said else asked + next(iter(kinds))
    return _asked_instead(kb, rules, session, before, ask, session.to_dict(), keep)


_FOLLOWED = re.compile(r"^(?:那|那么|它|其)|呢[？?]?$")


# "购买服务表里这个多少", "评价表中它的得分": the project just shown, asked of a kind of table said
_TABLE_POINTER = re.compile(r"^(?:那|那么)?(?:在)?(?P<table>[\u4e00-\u9fff]{2,8}?表)(?:里|中|上|里面|当中)(?:的)?"
                            r"(?:这个项目|这个|这项|这一项|该项目|它)(?:的)?(?P<rest>.*)$")


def _in_the_table_said(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                       before: dict) -> tuple[_Turn, Answer] | None:
    """"自规局国土空间总规经费" → "购买服务表里这个多少" answered from another table (the project's own amount
    again) or not at all: the project shown asked of the table said by its name, then by its name without its
    经费/资金 ending (another table's line of it: 国土空间总体规划编制); kept when answered from a table of that
    kind with that name, else None."""
    m = _TABLE_POINTER.match(compact(normalize(question)))
    earlier = Session.from_dict(before)
    stem = m.group("table")[:-1] if m else ""
    if m is None or len(earlier.focus_projects) != 1 or len(stem) < 2 or stem in _source_of(answer):
        return None
    rows = query.projects(kb.conn, list(earlier.focus_projects))
    name = str(rows[0]["name"]) if rows else ""
    after = session.to_dict()
    for said in dict.fromkeys(n for n in (name, re.sub(r"(?:专项)?(?:经费|资金)$", "", name)) if len(n) >= 4):
        got = _asked_instead(kb, rules, session, before, f"{m.group('table')}里{said}{m.group('rest')}", after,
                             _of_table_with(stem, said))
        if got is not None:
            return got
    return None


def _of_table_with(stem: str, name: str) -> Callable[[Answer], bool]:
    """Whether an answer is answered from a table whose name holds the stem, with the name said in it."""
    return lambda again: again.status == ANSWERED and stem in _source_of(again) and compact(name) in compact(again.text)


def _source_of(answer: Answer) -> str:
    """The tables an answer cites (after its 来源)."""
    return "".join(answer.text.split("（来源")[1:])


def _subject_of_figure(kb: KnowledgeBase, earlier: Session) -> str:
    """The unit or department whose line the figure just shown is on ("永康市卫生健康局小计" is the department's,
    "永康市卫生健康局 › 永康市第一人民医院" the hospital's); "" when it is no such line (a table's 合计, a line of
    an item) or no figure was shown."""
    last = earlier.figures[-1] if earlier.figures else {}
    if last.get("unanswered") or not isinstance(last.get("fact"), int):
        return ""
    rows = query.facts_by_id(kb.conn, [int(last["fact"])])
    head = str(rows[0]["row_labels"]).split("\x1f")[-1].strip() if rows else ""
    head = re.sub(r"(?:部门)?小计$", "", head)
    return head if len(head) >= 4 and _said_departments(kb, head) else ""


def _in_order(item: str, text: str, within: int = 0) -> bool:
    """Every character of the item in the text, in order (公车运维费 of 公务用车运行维护费); with within, in a run
    of the text no longer than that."""
    for start in (i for i, c in enumerate(text) if item and c == item[0]):
        at = start
        for c in item[1:]:
            at = text.find(c, at + 1)
            if at < 0:
                return False
        if not within or at - start < within:
            return True
    return False


def _shown_again(again: Answer, last: dict, subject: str) -> bool:
    """The figure just shown is what the answer gives again: the same label and value read off it, or the last
    label's own name (森林覆盖率 of "森林覆盖率 指标值") in it where the subject said does not hold that name."""
    shown = figures.figure_of(again, []) or {}
    if all(shown.get(k) == last.get(k) for k in ("label", "value")):
        return True
    name = str(last.get("label") or "").split(" ")[0]
    return len(name) >= 2 and name in again.text and name not in subject


def _answered_apart(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """A question answered by steps of its own before the pipeline: a funding unit asked, what was just shown,
    or a project chosen by its money and asked about in the same sentence."""
    return unit_asked(kb, rules, session, question) or _of_what_was_shown(kb, rules, session, question) \
        or chosen_by_amount(kb, rules, session, question)


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


def _lines_followed(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """"其中体校多少" right after a table of departments and their units answered: that table's follow-up, before
    the follow-ups over projects take it (answer/facts/dept_units.py); a 基本支出经济分类表's follow-up first."""
    if (classed := _classes_followed(kb, rules, session, question)) is not None:
        return classed
    if not (isinstance(session.facts, dict) and session.facts.get("dept_units") and facts_may_answer(kb, question)):
        return None
    if re.search(r"项目支出|项目经费", question):
        session.facts = {}  # "项目支出呢" after a unit's 收入: the unit's projects, another table's (no line of this one)
        return None
    from bot.answer.facts import lines_of_departments_followed

    return lines_of_departments_followed(_Turn(kb, rules, session, question), Answer)


# (its projects asked: "项目支出呢", "它有哪些项目", "它的项目有几个")
_PROJECTS_SAID = re.compile(r"项目支出|项目经费|(?:哪些|几个|什么)项目|项目(?:有哪些|有几个|是哪些|都有)")
_PROJECTS_LISTED = re.compile(r"(?:哪些|几个|什么)项目|项目(?:有哪些|有几个|是哪些|都有)")


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
    place's whole; the question as it is when it names a unit itself or the line shown was not one unit's."""
    lines = (session.facts.get("dept_units") or {}).get("lines") if isinstance(session.facts, dict) else None
    last = session.facts.get("last") if isinstance(session.facts, dict) else None
    if not lines or len(lines) != 1 or not last or not _PROJECTS_SAID.search(question) or kb.units_said(question, None):
        return question
    unit = re.sub(r"^[0-9]+", "", str(lines[0]))
    if unit and _PROJECTS_LISTED.search(question) and not re.search(r"项目支出|项目经费", question):
        return unit + _POINTER.sub("", question)  # "它有哪些项目": the unit's own, wherever it is a 资金使用单位
    # (said with the department whose group the line is in: its projects are that department's table's)
    path = [str(r["row_labels"]).split("\x1f") for r in query.facts_by_id(kb.conn, [int(last[0])])]
    owner = path[0][0] if path and path[0][0] in {d.name for d in kb.departments} else ""
    return owner + unit + re.sub(r"^(?:那|那么)", "", question) if unit else question


_TOTAL_HEAD = re.compile(r"^(?:合计|总计)$")


def _row_of(earlier: Session) -> str:
    last = earlier.figures[-1] if earlier.figures else {}
    return "" if last.get("unanswered") else str(last.get("label") or "").split(" ")[0]


def _not_the_row_asked(kb: KnowledgeBase, earlier: Session, answer: Answer, question: str,
                       followup: bool) -> Answer | None:
    """An answer of another row than the follow-up asked: the table's 合计 row, or a part of one project the
    table does not break down; the reply saying so (None when the answer is of the row asked)."""
    if _total_row_instead(earlier, answer, question, followup) and not _another_department_said(kb, earlier, question):
        return Answer(question, UNKNOWN, compose.total_row_not_asked(_row_of(earlier)), "total_row")
    if (part := _part_not_broken_down(kb, earlier, answer, question)) is not None:
        return Answer(question, UNKNOWN, compose.part_not_broken_down(*part), "part_not_listed")
    return None


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
    return compact(answer.text.split("（来源")[0] + names)


def _new_word_left_out(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                       before: dict) -> Answer:
    """"基本支出预算多少 → 项目支出预算呢", "人民医院事业收入 → 那县中医院呢" answered from the line shown
    before: the follow-up names a thing (项目支出, 县中医院) or a change (增了多少) that neither that line nor
    the answer says. Asked again of the conversation's department (with that line, then without it), kept
    when the answer says what was named; else said not understood (never the line before given as the new
    thing's)."""
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    text = compact(normalize(question))
    ids = [e.get("id") for e in answer.entities or () if e.get("kind") == "fact"]
    if answer.status != ANSWERED or "fact" not in last or "\n" in answer.text.strip() \
            or not (text.endswith("呢") or text.startswith("那")) or not _on_line_of(kb, ids, last["fact"]):
        return answer
    words = _words_left(text, compact(f"{last.get('label') or ''}{last.get('asked') or ''}") + _answer_says(answer),
                        kb.vocab.followup_fillers)
    if words:  # "年度目标呢" answered with the row's 年度指标值: 目标 is a way of saying that label (the facts' synonyms)
        from bot.answer.facts.index import index_for

        says = _answer_says(answer)
        # (a part of one said with the rest: 负责 of "负责科室呢" answered with its 责任科室)
        words = [w for w in words if not any(group[0] in says and any(w == s or w in s and s in text for s in group[1:])
                                             for group in index_for(kb).synonyms)]
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
        again_ids = [e.get("id") for e in again.entities or () if e.get("kind") == "fact"]
        said = compact(again.text.split("（来源")[0].split("：")[0]) + "".join(
            str(e.get("name") or "") for e in again.entities or () if e.get("kind") == "fact")
        kept = _RATE_WORD.search(said) and _on_line_of(kb, again_ids, last["fact"]) if rate_only \
            else all(w in said for w in words) and (not change or re.search(r"增|减|差|比|变", said))
        if again.status == ANSWERED and last["fact"] not in again_ids and kept:
            session.__dict__.update(fresh.__dict__)
            again.question = question
            return again
    word = asked if change or not words else "、".join(words)
    return Answer(question, UNKNOWN, compose.followup_not_understood(word, str(last.get("label") or "")), "unknown")


def _says_item(text: str, answer: Answer, shown: str) -> bool:
    """The answer's line says the item the follow-up asks ("公车运维费呢" of 公务用车运行维护费: its characters in
    order, in a run at most twice its length) which the line shown before does not."""
    item = _TAIL.sub("", _LEAD.sub("", text))
    said = compact(answer.text.split("（来源")[0])
    return len(item) >= 3 and _in_order(item, said, 2 * len(item)) and not _in_order(item, compact(shown))


def _incomplete(turn: Turn) -> bool:
    """A follow-up, or a question that names nothing of its own exactly ("老人数是多少"): its answer is
    taken in the conversation's department."""
    return is_followup(turn, turn.p) or not any(m.score >= 100 for m in turn.p.mentions)


def _named_of_answer(named: list[str], answer: Answer) -> list[str]:
    """The departments named, unless the facts answered of none of them: "东湖区呢" answered by that row of
    the table talked about named no department (东湖分局)."""
    if answer.status == ANSWERED and answer.intent == "facts" and named \
            and not any(compact(d) in compact(answer.text) for d in named):
        return []
    return named


def _with_units_said(kb: KnowledgeBase, turn: Turn, named: list[str]) -> list[str]:
    """The departments named, and those of the funding units said ("信访局雇员工资经费" → "那水利工程管理站的呢"):
    for the check of an answer outside the conversation only (a unit said is no department to talk about next)."""
    return named + [d for d in _departments_of_units_said(kb, turn.p.text) if d not in named]


def _departments_of_projects_said(kb: KnowledgeBase, turn: Turn, before: dict) -> list[str]:
    """"分水江枢纽运维多少" → "那信访超市呢": after one project asked about, another said by its own name, which one
    department's projects alone hold and no line of any table says (never a kind of cost such as 公用经费, which
    every department's tables may print), names that department: the same asked of it. After a department's
    list ("水利局有哪些项目" → "那信访超市呢") the talk is of the department: it names none."""
    out: list[str] = []
    if len(before.get("focus_projects") or []) != 1 or len(before.get("last_list") or []) > 1:
        return out
    for m in turn.p.mentions:
        pids = {r.id for r in m.of("project")}
        if m.score < 100 or not pids or len(compact(m.text)) < 4:
            continue
        depts = {kb.documents[kb.projects[pid].document_id]["department_name"] for pid in pids if pid in kb.projects}
        if len(depts) == 1 and not _a_row_says(kb, compact(m.text)):
            out += [d for d in depts if d not in out]
    return out


def _departments_of_units_said(kb: KnowledgeBase, text: str) -> list[str]:
    """A funding unit said names the department whose table lists it (one department only: a unit name two
    departments share names neither)."""
    out: list[str] = []
    for _, _, found in kb.units_said(text, None):
        depts = {kb.documents[doc]["department_name"] for doc, _ in found if doc in kb.documents}
        if len(depts) == 1:
            out += [d for d in depts if d not in out]
    return out


def _departments_named(kb: KnowledgeBase, turn: Turn) -> list[str]:
    """The departments the question names, as the typed reading and the fact answerer read them."""
    named = list(dict.fromkeys([*turn.p.departments(), *turn.p.unknown_departments]))
    rows: set[str] = set()
    if facts_may_answer(kb, turn.question):
        from bot.answer.facts import departments_named, departments_read_as_rows

        named += [d for d in departments_named(kb, turn.question) if d not in named]
        rows = departments_read_as_rows(turn)  # "东湖区" a row of another table, not the 东湖 分局
    text = normalize(turn.question)
    named += [d for place, d in _places(kb).items() if place in text and d not in named]
    # a table named by its title's words ("营养改善计划里…"): its department is named
    titled = kb.departments_titled(w for w in turn.p.unexplained if len(w) >= 4)
    named += [d for d in sorted(titled) if d not in named]
    # a kind of table named ("评价表里…"): the departments whose tables are of it (none of the others named)
    owners = sorted({kb.documents[d]["department_name"] for d in kb.table_kind_said(turn.p.text, turn.p.table_words)[1]})
    if owners and not set(named) & set(owners):
        named += owners
    return [d for d in named if d not in rows]
