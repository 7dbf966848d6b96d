"""A follow-up that says only what changes, asked again as the question before with it: the other end or the next
place of a ranking, the rate shown of another subject, the item of the subject shown, the kind of figure shown, the
project shown in a table said."""

from __future__ import annotations

from collections.abc import Callable

from bot.answer import compose
from bot.dialogue import figures
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, CLARIFY, UNKNOWN, Answer
from bot.engine.named_in_turn import _departments_named
from bot.engine.names import _said_departments
from bot.engine.sides import _department_after_unanswered
from bot.engine.turn import _restore, _Turn
from bot.language import lazyre as re
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, normalize, small_number
from bot.language.rules import Rule
from bot.store import queries as query


def _asked_again(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, before: dict, turn: _Turn,
                 answer: Answer) -> tuple[_Turn, Answer]:
    """A follow-up that says only what changes, asked again as the question before with it: the other end of a
    ranking not answered alone ("最低的呢"), the rate shown before of the subject now said ("渝中就业补助资金的呢");
    the turn and answer as they were otherwise."""
    if answer.status == UNKNOWN and (other_end := _other_end_of_last(kb, rules, session, question, before)) is not None:
        return other_end
    if answer.status == UNKNOWN and (place := _next_place_of_last(kb, rules, session, question, before)) is not None:
        return place
    if answer.status == ANSWERED and (rate := _rate_of_another(kb, rules, session, question, turn, answer,
                                                                before)) is not None:
        return rate
    if answer.status == ANSWERED and (item := _item_of_another(kb, rules, session, question, turn, answer, before)):
        return item
    if answer.status != CLARIFY and (ind := _indicator_of_another_department(kb, rules, session, turn, before)):
        return ind
    if answer.status == UNKNOWN and (counted := _count_of_the_named(kb, rules, session, question, before)) is not None:
        return counted
    if answer.status in (UNKNOWN, CLARIFY) and (own := _of_the_subject_shown(kb, rules, session, question, turn,
                                                                             before)) is not None:
        return own
    if answer.status == ANSWERED and (kind := _kind_of_last(kb, rules, session, question, answer, before)) is not None:
        return kind
    if answer.status != CLARIFY and (table := _in_the_table_said(kb, rules, session, question, answer, before)):
        return table
    if answer.status == ANSWERED and (whole := _whole_of_another(kb, rules, session, question, answer, before)):
        return whole
    return turn, answer


# A whole asked ("瑞安应急局总额"): carried to a follow-up naming another subject ("市场监管局采购呢")
_WHOLE_ASKED = re.compile(r"总额|总计|合计|总预算|一共|总共")


def _whole_of_another(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                      before: dict) -> tuple[_Turn, Answer] | None:
    """"瑞安应急局总额" → "市场监管局采购呢" answered with every line of that table (合计 and each unit's 小计): the
    whole asked before is asked of what is said now ("市场监管局采购总额"), kept when it is one of the lines shown."""
    text = compact(normalize(question))
    ids = set(answer.ids_of("fact"))
    if len(ids) < 2 or not _FOLLOWED.search(text) or _WHOLE_ASKED.search(text):
        return None
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    whole = _WHOLE_ASKED.search(compact(str(last.get("asked") or "")))
    if whole is None or "label" not in last:
        return None

    def keep(again: Answer) -> bool:
        got = set(again.ids_of("fact"))
        return again.status == ANSWERED and len(got) == 1 and got < ids
    ask = _LEAD.sub("", _TAIL.sub("", text)) + whole.group()
    return _asked_instead(kb, rules, session, before, ask, session.to_dict(), keep)


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
        ids = again.ids_of("fact")
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


def _rate_of_another(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, turn: _Turn,
                     answer: Answer, before: dict) -> tuple[_Turn, Answer] | None:
    """"绩溪农业农村局整体执行率" (91.6%) → "渝中就业补助资金的呢" answered with that project's money: the rate asked
    before is what is asked of it ("渝中就业补助资金的执行率"); kept only when that answer gives the rate. Else,
    where the answer is a figure of money ("水利局项目支出执行率" → "那河道管理站的项目支出呢" with its 总计): the
    subject has no such rate in the tables — said so, never its money as if the rate were not carried over."""
    m = _SUBJECT_ALONE.fullmatch(compact(normalize(question)))
    if m is None:
        return None  # (before the session before is rebuilt: most questions are no subject alone)
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    rate = _RATE_ASKED.search(str(last.get("label") or "")) if last.get("unit") == "%" else None
    if m is None or rate is None or rate.group() in answer.text:
        return None
    word, subject = rate.group(), m.group("x")
    # (the rate just shown given again is no answer about the subject said: "保洁覆盖率" → "巡护天数那个呢")
    got = _asked_instead(kb, rules, session, before, f"{subject}的{word}", session.to_dict(),
                         lambda again: again.status == ANSWERED and word in again.text
                         and not _shown_again(again, last, subject))
    shown = figures.figure_of(answer, []) or {}
    if got is not None or shown.get("unit") in (None, "", "%") or subject.startswith(("它", "其")) \
            or not _subjects_only(turn) and not _COLUMN_SAID.search(subject):
        return got
    return turn, Answer(question, UNKNOWN, compose.item_not_of_subject(subject, word), "followup",
                        debug={"settled": True, "rate_not_held": True})


# a subject said with the column of a rate carried over ("河道管理站的项目支出"): its 执行率 is what is asked
_COLUMN_SAID = re.compile(r"(?:项目|基本)支出|财政拨款|预算|资金$")


def _item_asked(last: dict) -> str:
    """The item the question before asked of its subject: the end of what it asked that the column of the line
    shown ends with (总分 of "家医签约总分" shown as "家庭医生签约服务经费 自评总分"); "" when the line shown is a
    subject's own amount (no column said)."""
    label = str(last.get("label") or "")
    column = compact(label.split(" ", 1)[1]) if " " in label else ""
    asked = _TAIL.sub("", compact(normalize(str(last.get("asked") or ""))))
    return next((asked[-k:] for k in range(len(asked), 1, -1) if asked[-k:] in column), "")


def _subjects_only(turn: _Turn) -> bool:
    """The question names only subjects (departments, projects) and asks nothing of its own: "渝中就业补助资金的呢"."""
    p = turn.p
    return bool(p.mentions) and not p.unexplained and not any(p.concepts.values()) \
        and all(m.score >= 100 and (m.of("department") or m.of("project")) for m in p.mentions)


def _item_of_another(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, turn: _Turn,
                     answer: Answer, before: dict) -> tuple[_Turn, Answer] | None:
    """"江山卫健局家医签约总分" (99.55分) → "渝中就业补助资金的呢" answered with that subject's own money: the item
    asked before is what is asked of it ("渝中就业补助资金的总分"); kept when that answer gives the item, else the
    subject has no such item — said so, never the subject's money. None when the item was a subject's amount, the
    follow-up says a kind of figure or the item itself, or the answer is no subject's own amount or one in the
    unit of the figure before."""
    m = _SUBJECT_ALONE.fullmatch(compact(normalize(question)))
    if m is None:
        return None  # (before the session before is rebuilt: most questions are no subject alone)
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    item = _item_asked(last) if m is not None and not last.get("unanswered") else ""
    shown = figures.figure_of(answer, []) or {}
    # (a figure of the same unit, "执行数" → "东湖的就业补助呢" answered with its money, may be the counterpart)
    if not item or m is None or item in answer.text or " " in str(shown.get("label") or " ") \
            or shown.get("unit") == last.get("unit") \
            or _KIND_SAID.search(m.group("x")) or _RATE_ASKED.search(m.group("x")) or not _subjects_only(turn):
        return None
    subject = m.group("x")
    got = _asked_instead(kb, rules, session, before, f"{subject}的{item}", before,
                         lambda again: again.status == ANSWERED and item in again.text
                         and not _shown_again(again, last, subject))
    if got is not None:
        return got
    return turn, Answer(question, UNKNOWN, compose.item_not_of_subject(subject, item), "followup",
                        debug={"settled": True})


# what a follow-up naming only a department may ask of the indicator shown: its value or what was done
_VALUE_CONCEPTS = frozenset({"completion", "value", "how_much", "annual"})


def _indicator_of_another_department(kb: KnowledgeBase, rules: list[Rule], session: Session, turn: _Turn,
                                     before: dict) -> tuple[_Turn, Answer] | None:
    """"东湖的城镇新增就业人数" (an indicator's value shown) → "渝中实际完成多少": a follow-up naming only another
    department and a value asked is asked of the indicator shown ("渝中城镇新增就业人数实际完成多少"); kept when
    answered with that indicator of another department, else None (the answer as it was)."""
    p = turn.p
    depts = [m for m in p.mentions if m.of("department")]
    if len(depts) != 1 or len(p.mentions) != 1 or p.unexplained or not p.concepts \
            or not set(p.concepts) <= _VALUE_CONCEPTS:
        return None  # (before the session before is rebuilt: most questions say more than a department)
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    shown = earlier.frame.indicators if earlier.frame is not None and earlier.frame.intent == "indicator_value" else []
    name = kb.indicator_name.get(shown[0], "") if len(shown) == 1 else ""
    if last.get("unanswered") or not name or str(last.get("label") or name).split(" ")[0] != name or name in p.text:
        return None
    at = depts[0].end
    ask = p.text[:at] + name + p.text[at:].removeprefix("的")

    def keep(again: Answer) -> bool:
        got = set(again.ids_of("indicator"))
        return again.status == ANSWERED and name in again.text and bool(got) and not got & set(shown)
    return _asked_instead(kb, rules, session, before, ask, session.to_dict(), keep)


# a count said after a name: "约访次数呢" (the count of 约访, an indicator counted in 次)
_COUNTED_BY = re.compile(r"(?:那|那么)?(?P<x>[\u4e00-\u9fff]{2,12}?)(?P<unit>次|人|个|天|户|场|项|件|名)数(?:是多少|有多少|多少)?(?:呢)?")


def _count_of_the_named(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                        before: dict) -> tuple[_Turn, Answer] | None:
    """"法律顾问那个" → "约访次数呢" not understood: the name said without its count ("约访呢", an indicator of the
    project in focus), kept when its answer says that name and gives a figure counted in that unit (≥15次); else
    None (a question of its own, "宫颈癌筛查阳性人数多少", is never asked so)."""
    text = compact(normalize(question))
    m = _COUNTED_BY.fullmatch(text)
    if m is None or not _FOLLOWED.search(text) or not Session.from_dict(before).focus_projects:
        return None
    counted, name = re.compile(r"\d" + m.group("unit") + "(?!数)"), m.group("x")

    def keep(again: Answer) -> bool:  # (the name said whole, in order: never 宫颈癌筛查人数 for 宫颈癌筛查阳性)
        said = compact(compose.said_and_source(again.text)[0])
        return again.status == ANSWERED and counted.search(said) is not None and _in_order(name, said, 3 * len(name))
    return _asked_instead(kb, rules, session, before, f"{name}呢", session.to_dict(), keep)


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
    from bot.answer.facts import names_a_table_line
    text = compact(normalize(question))
    item = _TAIL.sub("", _LEAD.sub("", text))
    # ("疾控中心培训费" → "那港航服务中心呢": a unit of a table of units is a subject of its own, never the item of
    # the one shown — 疾控中心的港航服务中心)
    if not (text.endswith("呢") or item != _TAIL.sub("", text)) or len(item) < 2 or _PART_SAID.match(text) \
            or _departments_named(kb, turn) or kb.units_said(question, None) or names_a_table_line(kb, item):
        return None
    subject = _subject_of_figure(kb, Session.from_dict(before))
    last = Session.from_dict(before).figures[-1] if subject else {}

    def keep(again: Answer) -> bool:
        said = compact(compose.said_and_source(again.text)[0])
        ids = again.ids_of("fact")
        return again.status == ANSWERED and subject in said and last.get("fact") not in ids \
            and _in_order(item, said.replace(subject, "", 1))
    return _asked_instead(kb, rules, session, before, f"{subject}的{item}", session.to_dict(), keep) if subject else None


# the kind of figure a line prints: 预算数 or 决算数 ("公务用车运行维护费2024年决算数", a 部门决算's "公务接待费 决算")
_KIND_OF_FIGURE = re.compile(r"(预算|决算)(?=数|\s|$)")
_KIND_SAID = re.compile(r"预算|决算|执行|完成|实际")


def _kind_of_last(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                  before: dict) -> tuple[_Turn, Answer] | None:
    """"交通局三公决算多少" → "下面公路与运输管理中心的公车运维费呢" answered with both its 预算数 and 决算数: the kind
    of figure shown before is kept ("…的公车运维费决算"), the answer kept when it is some of the lines shown (never
    another); a follow-up that says its kind and is answered with both asked of the subject of the line shown
    ("永康市第一人民医院的三公经费决算"). None when the answer shows one kind."""
    text = compact(normalize(question))
    names = [str(e.get("name") or "") for e in answer.entities or () if e.get("kind") == "fact"]
    shown = {k for n in names for k in _KIND_OF_FIGURE.findall(n)}
    said = set(_KIND_SAID.findall(text))
    if len(shown) < 2 or not _FOLLOWED.search(text) or len(said) > 1:
        return None  # (before the session before is rebuilt: most answers show one kind of figure)
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    kinds = set(_KIND_OF_FIGURE.findall(str(last.get("label") or "")))
    if not said and len(kinds) != 1:
        return None
    # (its kind said, "它的三公经费决算呢" read without it: asked of the subject of the line shown, as said)
    subject = _subject_of_figure(kb, earlier) if said else ""
    if said and (not subject or not said <= {"预算", "决算"}):
        return None
    ids = set(answer.ids_of("fact"))

    def keep(again: Answer) -> bool:
        got = set(again.ids_of("fact"))
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
    if m is None:
        return None  # (before the session before is rebuilt: most questions point at no table)
    earlier = Session.from_dict(before)
    stem = m.group("table")[:-1]
    if len(earlier.focus_projects) != 1 or len(stem) < 2 or stem in _source_of(answer):
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
    return compose.said_and_source(answer.text)[1]


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


def _department_after_asked_back(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                                 depts: list[str]) -> Answer | None:
    """"江山交通局1-10月合计差异率" (asked back: which of its lines) → "白云信访局呢": the question asked back asked
    again of the department said now, as after a question not answered; when that department's tables do not
    answer it, said so — never its total. None when the turn before asked nothing back."""
    last = session.figures[-1] if session.figures else {}
    if not last.get("asked_back"):
        return None
    saved = session.to_dict()
    session.figures = [*session.figures[:-1], {"unanswered": True, "asked": str(last["asked_back"])}]
    answer = _department_after_unanswered(kb, rules, session, question, depts)
    if answer is None:
        _restore(session, saved)
    elif answer.status == UNKNOWN:
        said = re.sub(r"^(?:那么|那|换成)|的?呢$", "", compact(normalize(question)))
        answer.text = compose.asked_back_not_held(said, str(last["asked_back"]))
    return answer
