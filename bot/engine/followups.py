"""Follow-ups worked out from the figure or list just shown: a share of the table's total, the lines
under a line, a place in the last list, the last figure's indicator."""

from __future__ import annotations

from collections.abc import Collection

from bot.answer import compose, facts_may_answer
from bot.dialogue import figures
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, UNKNOWN, Answer
from bot.engine.names import _department_names, _kind_of_department, _place_words
from bot.engine.turn import _restore, _Turn
from bot.language import lazyre as re
from bot.language import ordinals
from bot.language.asking import Words
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, normalize, small_number
from bot.language.rules import Rule
from bot.store import queries as query
from bot.understand.parse import departments_said, understand

# "公务用车购置经费" → "那运行费呢": the same subject's cost of another kind (2 characters for the 2 of the name).
_OTHER_KIND = re.compile(r"^(?:那|那么)?(?P<kind>(?![它这那的])[\u4e00-\u9fff](?![的])[\u4e00-\u9fff])(?P<tail>经费|费用|费)"
                         r"(?:呢|多少|是多少|有多少)*$")
_KIND_OF_NAME = re.compile(r"^(?P<subject>[\u4e00-\u9fff]{2,}?)(?P<kind>[\u4e00-\u9fff]{2})(?:经费|费用|费)$")


def _other_kind_of_cost(kb: KnowledgeBase, session: Session, question: str) -> Answer | None:
    """The project just shown named by its subject and a kind of cost (公务用车 + 购置), asked for another kind
    of the same subject (运行费): that project when the table has it, else said not to be there — never a
    project of another subject that happens to share the kind (信访超市日常运行经费). None to go on."""
    text = compact(normalize(question))
    m = _OTHER_KIND.match(text)
    if m is None or not (text.startswith("那") or text.endswith("呢")) or len(session.focus_projects) != 1 \
            or session.focus_projects[0] not in kb.projects:
        return None  # (a follow-up: "那…呢"; "雇员经费多少" is a question of its own)
    shown = kb.projects[session.focus_projects[0]]
    named = _KIND_OF_NAME.match(compact(shown.name))
    kind = m.group("kind")
    if named is None or named.group("kind") == kind:
        return None
    subject = named.group("subject")
    same_table = [kb.projects[pid] for pid in kb.projects_of_document(shown.document_id)]
    def names_it(name: str) -> bool:  # the word said elsewhere than as the name's kind of cost: a subject
        own = _KIND_OF_NAME.match(name)
        return kind in name and (own is None or own.group("kind") != kind or subject in name)

    if any(names_it(compact(p.name)) for p in same_table):
        return None  # a project the word names ("雇员"), or the subject's own cost of that kind: asked as usual
    said = kind + m.group("tail")
    if any(p.id != shown.id and compact(p.name).endswith(said) for p in same_table):
        return None  # "信访超市" → "那工资经费呢": the words end another project's name (政府雇员工资经费): that one
    dept = kb.documents[shown.document_id]["department_name"]
    return Answer(question, UNKNOWN, compose.other_kind_not_listed(dept, subject, kind, shown.name), "unknown")


def _of_what_was_shown(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """A follow-up about the list or the year just shown: its end or an item of a kind, a stated year, the
    details listed, the extreme of the indicators shown; None when it is none of those."""
    return _other_kind_of_cost(kb, session, question) \
        or _end_of_list(kb, rules, session, question) or _ordinal_of_kind(kb, rules, session, question) \
        or _against_stated_year(kb, rules, session, question) or _details_listed(kb, rules, session, question) \
        or _extreme_of_listed_indicators(kb, session, question) or _extreme_of_listed_projects(kb, session, question) \
        or _sum_of_listed(kb, session, question) or _points_of_the_one_indicator(kb, rules, session, question) \
        or _indicator_of_a_listed_project(kb, rules, session, question) \
        or _listed_indicator_by_a_word(kb, rules, session, question) \
        or _asked_of_the_listed_extreme(kb, rules, session, question) \
        or _same_kind_in_another_place(kb, rules, session, question) \
        or _project_beside_by_a_word(kb, rules, session, question) or _other_unit_not_held(kb, session, question)


# "古树那个", "公益林的那项呢": one of the projects just shown, pointed at by a word of its name.
_PROJECT_POINTED = re.compile(r"^(?:那|那么)?(?P<word>[\u4e00-\u9fff]{2,8}?)(?:的)?(?:那个|那项|那一项|这个|那条)(?:项目)?"
                              r"(?:的)?(?P<rest>(?:指标值|值)?(?:呢|是多少|多少|是什么)?)$")


def _indicator_of_a_listed_project(kb: KnowledgeBase, rules: list[Rule], session: Session,
                                   question: str) -> Answer | None:
    """"资金拨付及时率" (the indicator of three projects shown) → "古树那个": the indicator of the one project
    whose name says the word (古树名木保护项目), never a choice among every line of the tables saying 古树;
    None when not exactly one of the projects shown says it."""
    m = _PROJECT_POINTED.match(compact(normalize(question)))
    if m is None or len(session.focus_indicators) < 2:
        return None
    rows = query.indicators(kb.conn, ids=session.focus_indicators)
    # (one project by its name: a 目标表's and its 申报表's lines of it are one project)
    chosen = [r for r in rows if m.group("word") in compact(str(r["project_name"] or ""))]
    if len({r["project_name"] for r in chosen}) != 1 or len({r["project_name"] for r in rows}) < 2:
        return None
    row = chosen[0]
    return _asked_of(kb, rules, session, f"{row['project_name']}的{row['name']}{m.group('rest') or '是多少'}",
                     "indicator", {r["id"] for r in chosen})


# "信访群众那个的年度值", "法律顾问那条的目标值": one of the indicators just listed, pointed at by a word of its name
# (or of its project's), and what is asked of it (a value of one period).
_INDICATOR_POINTED = Words("project_indicator", r"^(?:{leads})?(?P<word>[\u4e00-\u9fff]{2,8}?)(?:的)?(?:{pointed})(?:指标)?"
                           r"(?:的)?(?P<rest>(?:{periods})?(?:{values})?(?:{asking})?)$")


def _listed_indicator_by_a_word(kb: KnowledgeBase, rules: list[Rule], session: Session,
                                question: str) -> Answer | None:
    """"满意度指标有哪些" (several listed) → "信访群众那个的年度值": the one listed indicator whose name says the word
    (else the one listed of the one project whose name says it), asked in whole words — never a project of the
    knowledge base matched loosely by the word; None unless exactly one listed line is pointed at."""
    m = _INDICATOR_POINTED.match(compact(normalize(question)))
    if m is None or len(session.focus_indicators) < 2:
        return None
    rows = query.indicators(kb.conn, ids=session.focus_indicators)
    word = m.group("word")
    chosen = [r for r in rows if word in compact(str(r["name"] or ""))] \
        or [r for r in rows if word in compact(str(r["project_name"] or ""))]
    if len(chosen) != 1:
        return None
    row = chosen[0]
    return _asked_of(kb, rules, session, f"{row['project_name']}的{row['name']}{m.group('rest') or '是多少'}",
                     "indicator", {row["id"]})


def _asked_of(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, kind: str,
              ids: Collection[object]) -> Answer | None:
    """A follow-up asked again in whole words (`question`): its answer when answered of one of `ids` (entities of
    `kind`), else None with the session as it was."""
    before = session.to_dict()
    again = _Turn(kb, rules, session, question).run()
    if again.status == ANSWERED and any(e.get("kind") == kind and e.get("id") in ids for e in again.entities or ()):
        return again
    _restore(session, before)
    return None


# "得了几分", "分值呢", "权重是多少": the points a 自评表 prints beside an indicator (its 得分, 分值), asked bare
_POINTS_ASKED = re.compile(r"^(?:那|那么)?(?:它|这个|这项|这个指标|这项指标|该指标)?(?:的)?"
                           r"(?:得了?(?:多少|几)分|得分|分值|权重|多少分|几分)(?:是)?(?:多少)?(?:呢|啊|[？?])?$")


def _points_of_the_one_indicator(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """"人居环境整治的满意度" → "得了几分": after an answer about one indicator, its own points (the sheet's 得分
    beside it), never its project's 总分 nor every indicator sharing a word of the last question; None when the
    question is no bare points question, or the indicator's line prints none."""
    if not _POINTS_ASKED.match(compact(normalize(question))):
        return None
    asked = _of_the_one_indicator(kb, session, question, [])
    if asked is None:
        return None
    before = session.to_dict()
    again = _Turn(kb, rules, session, asked).run()
    if again.status == ANSWERED:
        return again
    _restore(session, before)
    return None


_OF_WHOLE = re.compile(r"^(?:那|那么)?(?:它|这个|这项|这一项|这笔)?占(?:了)?(?:总预算|预算总额|项目总预算|总额|总金额|全部预算|全部|总支出|"
                       r"整个预算|部门预算)(?:的)?(?:比例|比重|百分之几|多少|占比|几成)(?:是)?(?:多少)?(?:呢|啊)?$")


def _share_of_whole(kb: KnowledgeBase, session: Session, question: str, depts: list[str]) -> Answer | None:
    """"东湖就业补助多少" → "占总预算比例多少": a line of a table as a share of that table's own total (its
    项目支出总计), shown as a ÷ b; None when the table prints no total or the figure is no part of it."""
    last = session.figures[-1] if session.figures else {}
    if not _OF_WHOLE.match(compact(normalize(question))) or "fact" not in last or "value" not in last:
        return None
    rows = query.facts_by_id(kb.conn, [int(last["fact"])])
    doc = kb.documents.get(rows[0]["document_id"]) if rows else None
    whole = doc.get("total") if doc else None
    if doc is None or not whole or last["unit"] != (doc.get("unit") or "万元") or not 0 < last["value"] < whole:
        return None
    text = compose.share_of_table_total(last["label"], last["value"], last["unit"], whole, doc["department_name"])
    answer = Answer(question, ANSWERED, text, "combine")
    figures.remember(session, answer, depts)
    return answer


_UNDER = re.compile(r"^(?:那)?(?:它|这个|这款|这项|这一项|该款|该项)?(?:的)?(?:下面|下级|下属|下边|底下|里面|其中)(?:的)?"
                    r"(?:哪个|哪一个|哪项|哪一项|哪款|哪一款|哪条)(?:项|款|科目)?(?:的)?(?:钱|金额|预算|支出|数)?"
                    r"(?P<ext>最多|最少|最大|最小|最高|最低)(?:的)?(?:是哪个|是什么|呢|啊)?$")


_UNDER_LIST = re.compile(r"^(?:那)?(?:它|这个|这款|这项|这一项)?(?:的)?(?:下面|下级|下属|下边|底下|里面|其中)(?:的)?"
                         r"(?:(?:两|三|四|五|六|几|各)(?:个|项|款|类)?)?(?:分别|各|都)?(?:是)?"
                         r"(?:多少|多少钱|有哪些|是哪些|有哪几项|哪几项|是多少)(?:钱)?(?:呢|啊)?$")

# "资本性支出" → "买的什么": what the line just shown bought is the lines under it (never its own columns).
_UNDER_BOUGHT = re.compile(r"^(?:那)?(?:它|这个|这些钱|这笔钱)?(?:都)?(?:买|购买|购置|采购)(?:了|的)(?:些)?(?:啥|什么|哪些)(?:东西)?"
                           r"(?:呢|啊)?$")

# "非税收入预算" → "其中最多的一项是": the superlative said before the item asked.
_UNDER_MOST = re.compile(r"^(?:那)?(?:它|这个|这款|这项|这一项|该款|该项)?(?:的)?(?:下面|下级|下属|下边|底下|里面|其中)(?:的)?"
                         r"(?P<ext>最多|最少|最大|最小|最高|最低)的?(?:是)?(?:哪个|哪一个|哪项|哪一项|一项|一个|哪款|哪条)?"
                         r"(?:项|款|科目)?(?:是)?(?:哪个|哪项|什么)?(?:呢|啊)?$")


# "302类" → "第三多的是哪项": a place in the ranking of the lines under the coded line just shown.
_UNDER_PLACE = re.compile(r"^(?:那)?(?:它|这个|这款|这项|这一项|该款|该项)?(?:的)?(?:下面|下级|下属|下边|底下|里面|其中)?(?:的)?"
                          r"(?:排)?第(?P<nth>[2-9]|[二三四五六七八九十两])(?:个|位|名)?(?P<ext>多|大|高|少|小|低)(?:的)?"
                          r"(?:是)?(?:哪个|哪一个|哪项|哪一项|哪款|哪一款|哪条|什么)(?:项|款|科目)?(?:呢|啊)?$")


def _ranked_under(kb: KnowledgeBase, session: Session, question: str, depts: list[str]) -> Answer | None:
    """"云溪21208这个款" → "下面哪个项最多" / "下面两项分别多少": the lines under the coded line just shown,
    ranked or in the table's order (never the line itself)."""
    text = compact(normalize(question))
    m = _UNDER.match(text) or _UNDER_MOST.match(text) or _UNDER_PLACE.match(text)
    listed = _UNDER_LIST.match(text) or _UNDER_BOUGHT.match(text) if m is None else None
    nth = m.groupdict().get("nth") if m else None
    place = (ordinals.place_number(nth) or 0) if nth else 0
    last = session.figures[-1] if session.figures else {}
    fact = last.get("fact") or (last.get("facts") or [None])[0]
    if (m is None and listed is None) or fact is None or not facts_may_answer(kb, question):
        return None
    from bot.answer.facts import ranked_under

    # ("其中最多的一项是" of a coded line, 303对个人和家庭的补助: the lines under it, 30302退休费 …, when they add up
    # to it; else the facts rank the lines, which find those printed apart too)
    bare_most = _UNDER.match(text) is None and _UNDER_MOST.match(text) is not None
    found = ranked_under(kb, int(fact), m.group("ext") in ("最多", "最大", "最高", "多", "大", "高") if m else None, place,
                         adding_up=bare_most)
    if found is None:
        return None
    text, ids = found
    answer = Answer(question, ANSWERED, text, "facts", entities=[{"kind": "fact", "id": i} for i in ids[:20]])
    figures.remember(session, answer, depts)
    return answer


def _documents_of_last(kb: KnowledgeBase, session: Session, question: str) -> Answer | None:
    """"项目申请理由" → "依据了哪些文件": the document numbers the text just shown cites; None otherwise."""
    last = [int(i) for i in (session.facts or {}).get("last") or ()]
    if not last or not facts_may_answer(kb, question):
        return None
    from bot.answer.facts import documents_cited

    found = documents_cited(kb, question, last)
    if found is None:
        return None
    text, ids = found
    return Answer(question, ANSWERED, text, "facts", entities=[{"kind": "fact", "id": i} for i in ids])


def _ordinal_into_list(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                       before: dict, named: list[str] | None) -> Answer:
    """"第三项多少", "比最多的少多少", "平均每个多少钱" not understood: asked again with the item of the
    last list (or of the conversation's projects) named, or the average worked out."""
    if answer.status != UNKNOWN or answer.debug.get("settled"):
        return answer  # (the table's own "not under this row": never another row's figure instead)
    earlier = Session.from_dict(before)
    projects, unit = _projects_in_talk(kb, earlier)
    average = figures.average_of(question, projects, unit) or figures.average_of_items(earlier, question) \
        or _average_of_one_said(kb, question) or figures.each_of_list(earlier, question)
    if average is not None:
        _restore(session, before)
        return average
    asked = figures.into_list(earlier, question) or figures.by_extreme(earlier, question, projects) \
        or figures.by_word(earlier, question) or _indicator_saying(kb, earlier, question) \
        or _indicator_by_its_characters(kb, earlier, question)
    for again in ([] if asked is not None else [figures.of_another_year(earlier, question),
                                                 figures.against_another_column(earlier, question),
                                                 _of_the_one_indicator(kb, earlier, question, named)]):
        if again is None:
            continue
        _restore(session, before)
        other = _Turn(kb, rules, session, again).run()
        if other.status == ANSWERED:
            return other
        _restore(session, before)
    if asked is None and (own := _indicator_of_the_one_project(kb, rules, session, question, before, named)):
        return own
    if asked is None and (item := _item_of_the_list_said(kb, rules, session, question, before)) is not None:
        return item
    if asked is None:
        return _of_the_last_figure(kb, rules, session, question, answer, before, named)
    _restore(session, before)
    step = _Turn(kb, rules, session, asked)
    step.followup = True  # the item of the last list, asked in the conversation (its department)
    return step.run()


# The items just listed pointed at: 其中, 里面, 这几个里面, 这三个当中, 这些项目里, 两个 (a pointer, then where in it).
_LISTED = (r"(?:其中|里面|当中|两个|(?:这|那)(?:些|几个|几项|[两二三四五六七八九十][个项])?(?:项目)?"
           r"(?:里面|里头|当中|之中|中间|里|中)?)?")

_POINTED = re.compile(r"^(?:那|那么)?(?:其中|里面|(?:这|那)(?:些|几个|几项|[两二三四五六七八九十][个项]))")
_MONEY_OF_WHICH = re.compile(r"(哪个|哪一个|哪项|谁|里面|当中|里|中)的?(?:钱|金额|经费|预算)")

# "最高的要求是多少", "哪个最低" said of the indicators just listed, naming nothing else.
_EXTREME_OF_LISTED = re.compile(r"^(?:那|那么)?" + _LISTED + r"(?:的)?(?:指标值|要求|目标值|目标|标准|指标)?"
                                r"(?:里|中)?(?:哪个|哪一个|哪项|哪一项|哪条|谁)?(?P<ext>最高|最低|最大|最小|最多|最少|最贵|最便宜)(?:的)?"
                                r"(?:(?:是)?(?:哪个|哪一个|哪项|哪一项|哪条|什么|多少)|要求|指标值|目标值|目标|标准|指标|一个|那个|一项)*"
                                r"(?:是多少钱?|是|多少钱?|呢|啊)*$")  # ("最多的那个多少钱": of a list of projects)


# "哪个金额高", "谁的指标值更低" of the items just listed: the highest (lowest) of them.
_WHICH_OF_LISTED = re.compile(r"^(?:那|那么)?" + _LISTED + r"(?:的)?(?:哪个|哪一个|哪项|哪一项|哪条|谁)(?:的)?"
                              r"(?:金额|钱|数额|指标值|值|目标值|要求)?(?:更|比较|较)?(?P<ext>高|低|大|小|多|少)"
                              r"(?:一些|一点|些)?(?:呢|啊)?$")


def _extreme_asked(question: str) -> str | None:
    """最高 / 最低 … asked of the items just listed, or None."""
    text = compact(normalize(question))
    if _POINTED.match(text):  # "这几个里面哪个钱最少": the money of the listed items (bare, it may ask anew)
        text = _MONEY_OF_WHICH.sub(r"\1", text)
    if m := _EXTREME_OF_LISTED.match(text):
        return {"最贵": "最多", "最便宜": "最少"}.get(m.group("ext"), m.group("ext"))  # (of money: the most, the least)
    return f"最{m.group('ext')}" if (m := _WHICH_OF_LISTED.match(text)) else None


_TARGET_NUMBER = re.compile(r"^(?:[≥≤><=＞＜]|大于|小于|不低于|不高于|不少于|不超过|至少|达到|高于|低于)*\s*(-?\d+(?:\.\d+)?)\s*"
                           r"(%|万元|元|人次|个|人|项|件|家|户|天|日|次|小时|分|)")


def _extreme_of_listed_indicators(kb: KnowledgeBase, session: Session, question: str) -> Answer | None:
    """"湛江人社局满意度指标" (a list of indicators) → "最高的要求是多少": the listed indicator whose target
    is the highest (lowest), by the values shown — never the projects ranked by money in their place; when
    the targets are not numbers of one unit, that is said."""
    ext = _extreme_asked(question)
    listed = [key for kind, key in session.last_list if kind == "indicator"]
    if ext is None or len(listed) < 2 or len(listed) != len(session.last_list):
        return None
    rows = query.indicators(kb.conn, ids=listed)
    valued = []
    for r in rows:
        value = str(r["annual_value"] or r["period_value"] or "").strip()
        number = _TARGET_NUMBER.match(value)
        valued.append((r, value, float(number.group(1)) if number else None, number.group(2) if number else None))
    if any(v is None for _, _, v, _ in valued) or len({u for _, _, _, u in valued}) != 1:
        return Answer(question, UNKNOWN, compose.indicator_values_not_ranked(len(valued)), "rank")
    high = ext in ("最高", "最大", "最多")
    best = (max if high else min)(v for _, _, v, _ in valued)  # type: ignore[type-var]
    several = len({r["project_id"] for r in rows}) > 1  # each named with its project
    top = [(f"{r['project_name']}的{r['name']}" if several else str(r["name"]), value) for r, value, v, _ in valued if v == best]
    session.focus_indicators = [int(r["id"]) for r, _, v, _ in valued if v == best]  # "它的权重呢" next
    where = "、".join(dict.fromkeys(str(r["department_name"]) for r in rows))
    text = compose.indicator_extreme(ext, top, len(valued), where)
    return Answer(question, ANSWERED, text, "rank")


def _extreme_of_listed_projects(kb: KnowledgeBase, session: Session, question: str) -> Answer | None:
    """"哪些项目超过50万" (a list of projects) → "里面最少的那个多少", "最多的是哪个": the listed project with the
    least (most) money — never every project of the department ranked, nor two of them compared."""
    ext = _extreme_asked(question)
    listed = [key for kind, key in session.last_list if kind == "project"]
    if ext is None or len(listed) < 2 or len(listed) != len(session.last_list):
        return None
    rows = [r for r in query.projects(kb.conn, listed) if r["total"] is not None]
    if len(rows) < 2:
        return None
    high = ext in ("最高", "最大", "最多")
    best = (max if high else min)(float(r["total"]) for r in rows)
    top = [r for r in rows if float(r["total"]) == best]
    session.focus_projects = [int(r["id"]) for r in top]  # "它的指标呢" next
    return Answer(question, ANSWERED, compose.listed_project_extreme(ext, top, len(rows)), "rank")


# "最贵的那个绩效目标", "钱最少的那项的指标有哪些": something asked of the one listed project with the most (least)
# money, pointed at by 那个 (那项 …).
_EXTREME_POINTED = re.compile(r"^(?:那|那么)?" + _LISTED + r"(?:的)?(?:钱|经费|金额|预算)?"
                              r"(?P<ext>最多|最少|最高|最低|最大|最小|最贵|最便宜)的?(?:那个|那项|那一项|那一个)(?:项目)?(?:的)?"
                              r"(?P<rest>[\u4e00-\u9fff]{2,12})$")
_HIGH = ("最多", "最高", "最大", "最贵")


def _asked_of_the_listed_extreme(kb: KnowledgeBase, rules: list[Rule], session: Session,
                                 question: str) -> Answer | None:
    """"博物馆的项目有哪些" → "最贵的那个绩效目标": what is asked of the listed project with the most (least) money
    (考古发掘及保护经费's goal), never of the whole table's most costly project, nor its ranking with the thing
    asked left out. None unless the last list is of projects and one of them is that extreme."""
    m = _EXTREME_POINTED.match(compact(normalize(question)))
    listed = [key for kind, key in session.last_list if kind == "project"]
    if m is None or len(listed) < 2 or len(listed) != len(session.last_list) \
            or re.fullmatch(r"(?:是)?(?:哪个|哪一个|哪项|什么|多少钱?|呢)+", m.group("rest")):
        return None  # (its money, or which one it is: the ranking of the list, _extreme_of_listed_projects)
    rows = [r for r in query.projects(kb.conn, listed) if r["total"] is not None]
    best = (max if m.group("ext") in _HIGH else min)((float(r["total"]) for r in rows), default=None)
    top = [r for r in rows if float(r["total"]) == best]
    if len(top) != 1:
        return None
    return _asked_of(kb, rules, session, f"{top[0]['name']}的{m.group('rest')}", "project", {top[0]["id"]})


_SUM_OF_LISTED = re.compile(r"^(?:那|那么)?(?:这|那)?(?P<n>两|二|三|四|五|几)(?:个|项|条)?(?:的)?(?:钱|金额|经费)?"
                            r"(?:加起来|加在一起|加一起|相加|合计|一共|总共)(?:是|有|要)?(?:多少钱|多少万|多少|共多少)?(?:呢|啊)?$")


def _sum_of_listed(kb: KnowledgeBase, session: Session, question: str) -> Answer | None:
    """"成本指标有哪些" (two listed) → "这两个加起来多少钱": the listed items added up — the projects' money, or
    the indicators' target figures when all are money of one unit — never the department's total; when the
    count said is not the list's, or the figures cannot be added, that is said."""
    m = _SUM_OF_LISTED.match(compact(normalize(question)))
    kinds = {kind for kind, _ in session.last_list}
    if m is None or len(session.last_list) < 2 or len(kinds) != 1 or not kinds <= {"project", "indicator"}:
        return None
    keys = [key for _, key in session.last_list]
    said = small_number(m.group("n")) if m.group("n") != "几" else len(keys)
    if said != len(keys):
        return Answer(question, UNKNOWN, compose.not_that_many_figures(int(said or 0), len(keys)), "combine")
    if kinds == {"project"}:
        rows = query.projects(kb.conn, keys)
        parts = [(str(r["name"]), float(r["total"]), "万元") for r in rows if r["total"] is not None]
    else:
        parts = []
        for r in query.indicators(kb.conn, ids=keys):
            number = _TARGET_NUMBER.match(str(r["annual_value"] or r["period_value"] or "").strip())
            if number and number.group(2) in ("万元", "元"):
                parts.append((str(r["name"]), float(number.group(1)), number.group(2)))
    if len(parts) != len(keys) or len({u for _, _, u in parts}) != 1:
        return Answer(question, UNKNOWN, compose.listed_not_added(len(keys)), "combine")
    return Answer(question, ANSWERED, compose.listed_added(parts), "combine")


def _end_of_list(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """"最后一个拟投入多少", "倒数第二个的指标值" right after a list: that one item, asked by its name (never
    every item's figure, nor a new ranking of everything); after a ranking, "倒数第二" ranks on instead."""
    last = session.frame
    if last is not None and last.intent == "rank" and "倒数" in question:
        return None
    if _names_another_kind(kb, session, question):
        return None
    placed = figures.from_end_as_ordinal(session, normalize(question))
    name = _full_name(kb, *placed[1]) if placed is not None else None
    if placed is not None and placed[1][0] != "project":
        # an indicator shown: by its ids (as "第三个" is), never by a name other projects' indicators share
        before = session.to_dict()
        answer = _Turn(kb, rules, session, placed[0]).run()
        if answer.status != UNKNOWN or name is None:
            return answer
        _restore(session, before)  # a field not understood of "第6个": asked of the item's full name
    asked = figures.from_end(session, normalize(question), name)  # a project: by its own full name
    if asked is None:
        return None
    step = _Turn(kb, rules, session, asked)
    step.followup = True  # the item of the last list, asked in the conversation (its department)
    return step.run()  # "表中没有…" of that item is its answer too


def _names_another_kind(kb: KnowledgeBase, session: Session, question: str) -> bool:
    """"经费倒数第二的项目" right after a list of indicators: the question names the kind it ranks (项目), which
    is not what the list holds, so it is a ranking asked afresh, never a place counted in that list."""
    kinds = {kind for kind, _ in session.last_list}
    if not kinds or "project" in kinds:
        return False
    text = compact(normalize(question))
    return any(w in text for w in _project_words(kb.vocab)[0])


def _project_words(vocab) -> tuple[tuple[str, ...], list[str], re.Pattern[str]]:
    """The words of the project concept that name the kind (not 哪个 / 什么 / 各), those that may follow an
    ordinal (longest first), and the pattern of an ordinal of the kind ("第三个项目"). Kept on the vocabulary
    (a reload brings a new one): every turn reads them."""
    kept = vocab.__dict__.get("_project_words")
    if kept is None:
        words = vocab.concepts.get("project", ())
        kinds = sorted((w for w in words if not re.match(r"哪|什么", w)), key=len, reverse=True)
        kept = vocab.__dict__["_project_words"] = (
            tuple(w for w in words if not re.match(r"哪|什么|各", w)), kinds,
            re.compile(r"^(?:那|那么)?(.{0,12}?)(第([0-9一二两三四五六七八九十]{1,2})个)(" + "|".join(map(re.escape, kinds))
                       + ")(?!的?(?:明细|指标|目标))"))
    return kept


def _ordinal_of_kind(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """"第三个重点任务呢", "湛江第二个项目拟投入多少" with no list shown before: the projects of the one department
    the question or the conversation is about, listed as its table orders them, then that item asked (a place
    past the list's end said so); None (the session as it was) when the question is no such ordinal, or the
    list is not one department's."""
    text = compact(normalize(question))
    _, kinds, ordinal = _project_words(kb.vocab)
    m = ordinal.match(text)
    if m is None and (said := _of_another_departments_list(kb, session, text)) is not None:
        text, m = said, ordinal.match(said)
    elif m is not None and session.shown_list:
        return None
    if m is None or not kinds:
        return None
    before = session.to_dict()
    listed = _Turn(kb, rules, session, m.group(1) + m.group(4) + "有哪些").run()
    rows = listed.rows if listed.status == ANSWERED and listed.intent == "project_list" else []
    if not rows or len({r.get("department") for r in rows}) != 1:
        _restore(session, before)
        return None
    n = small_number(m.group(3)) or 0
    if not 1 <= n <= len(rows):
        _restore(session, before)
        return Answer(question, UNKNOWN, compose.fewer_listed(m.group(4), len(rows), rows[0].get("department") or ""),
                      "project_list")
    figures.keep_list(session, listed)
    session.shown_list = [str(r.get("label") or "") for r in rows]
    asked = figures.into_list(session, m.group(2) + text[m.end():])
    answer = _Turn(kb, rules, session, asked).run() if asked is not None else None
    if answer is None or answer.status != ANSWERED:
        _restore(session, before)
        return None
    return answer


# "兰溪自然资源局的第一个投多少": a department said, then a place in a list with no kind of item said.
_ORDINAL_OF = re.compile(r"^(?:那|那么)?(?P<who>.{2,14}?)的?(?P<place>第[0-9一二两三四五六七八九十]{1,2}个)(?P<rest>.*)$")


def _of_another_departments_list(kb: KnowledgeBase, session: Session, text: str) -> str | None:
    """"湛江人社局重点工作任务有哪些" → "兰溪自然资源局的第一个投多少": another department said before a place in the
    list just shown, no kind of item said: the same kind of list of that department is meant (its key tasks when the
    list was of key tasks, else its projects), said so ("兰溪自然资源局第一个重点任务投多少"); None otherwise."""
    m = _ORDINAL_OF.match(text)
    listed = [kb.projects[i] for k, i in session.last_list if k == "project" and i in kb.projects]
    if m is None or not session.shown_list or not listed:
        return None
    owners = {kb.documents[p.document_id]["department_name"] for p in listed}
    said = departments_said(m.group("who"), kb)
    if len(said) != 1 or said[0] in owners:
        return None
    kind = "重点任务" if all(p.kind == "task" for p in listed) else "项目"
    return m.group("who") + m.group("place") + kind + m.group("rest")


# "东湖专项资金的明细", "项目支出明细呢": the lines under it asked for, as "…明细有哪些" is.
_DETAILS = re.compile(r"^(?:那|那么)?(.{2,20}?明细)(?:情况)?(?:呢|是什么|是啥|都是啥|看看|看一下)?$")


def _details_listed(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """"东湖专项资金的明细": the detail lines listed (the list a "第二项多少" then points into), not a project
    whose text mentions 明细; None (the session as it was) when asking for the list finds no list."""
    m = _DETAILS.match(compact(normalize(question)))
    if m is None:
        return None
    before = session.to_dict()
    listed = _Turn(kb, rules, session, m.group(1) + "有哪些").run()
    if listed.status != ANSWERED or len(figures.list_of(listed)) < 2:
        _restore(session, before)
        return None
    listed.question = question
    return listed


# "东湖项目比2019年增加多少", "较2019年增长百分之几": a figure against the year its own table states.
_AGAINST_YEAR_SAID = re.compile(r"^(?:那|那么)?(.*?)(?:比|较|相比|对比|相较|同|和|跟|与)(?:于)?((?:19|20)\d\d)年?度?(?:的)?(?:预算)?"
                                r"(?:相比|比|比较)?(?:增加|增长|减少|下降|上升|降低|多|少|变化|变动|增减)了?"
                                r"(?:多少|几|百分之几|百分之多少|多少个?百分点|几个百分点)?(?:万元|万)?(?:呢|吗)?"
                                r"(?:(?:表里|表中|表上)?(?:是)?(?:怎么说|怎么写|写)的?(?:是)?)?$")


def _against_stated_year(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """"东湖项目比2019年增加多少": the subject's figure (asked first, or the one just answered) against the one
    figure its own table states for that year (a 申报表 writes its earlier years' budgets in a text cell);
    None (the session as it was) when the table states no such figure, so the year is said not held."""
    m = _AGAINST_YEAR_SAID.match(compact(normalize(question)))
    if m is None:
        return None
    from bot.answer.facts import stated_of_year  # (only for such a question: the cold path imports no facts)

    before = session.to_dict()
    if m.group(1):
        asked = _Turn(kb, rules, session, m.group(1)).run()
        if asked.status != ANSWERED or len(asked.rows) > 1:
            _restore(session, before)
            return None
        figures.remember(session, asked, list(_department_names(kb)))
    last = session.figures[-1] if session.figures else {}
    year = int(m.group(2))
    then = stated_of_year(kb, session.doc_ids[0], year, str(last.get("unit") or "")) \
        if len(session.doc_ids) == 1 and isinstance(last.get("value"), int | float) else None
    if then is None:
        _restore(session, before)
        return None
    text = compose.against_stated_year(str(last.get("label") or ""), float(last["value"]), str(last["unit"]),
                                       last.get("year"), then, year)
    return Answer(question, ANSWERED, text, "combine")


def _full_name(kb: KnowledgeBase, kind: str, key: int) -> str | None:
    """An item of a typed list by a name no other project's item shares: a project's own name, an
    indicator's with its project's before it."""
    if kind == "project":
        return kb.projects[key].name if key in kb.projects else None
    rows = query.indicators(kb.conn, ids=[key]) if kind == "indicator" else []
    return f"{rows[0]['project_name']}{rows[0]['name']}" if len(rows) == 1 else None


def _item_of_the_list_said(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                           before: dict) -> Answer | None:
    """"东湖项目支出明细第一项是啥": the list said before the ordinal shown as the conversation's list, then
    its item asked; None (the session as it was) when either is not answered."""
    m = figures.ORDINAL.search(question)
    if m is None or m.start() < 2:
        return None
    _restore(session, before)
    listed = _Turn(kb, rules, session, question[:m.start()] + "有哪些").run()
    figures.keep_list(session, listed)
    asked = figures.into_list(session, question[m.start():]) if listed.status == ANSWERED else None
    answer = _Turn(kb, rules, session, asked).run() if asked is not None else None
    if answer is None or answer.status != ANSWERED:
        _restore(session, before)
        return None
    return answer


def _of_the_one_indicator(kb: KnowledgeBase, s: Session, question: str, named: list[str] | None) -> str | None:
    """"满意度类指标是哪个" → "权重多少": a short question naming nothing of its own, after an answer about
    one indicator, asked of that indicator (its project's name and its own said)."""
    if named is None or named or len(s.focus_indicators) != 1 or len(compact(question)) > 8 \
            or understand(normalize(question), kb).mentions:  # "经济效益指标呢" names a category of its own
        return None
    rows = query.indicators(kb.conn, ids=s.focus_indicators)
    if len(rows) != 1 or rows[0]["name"] in question:
        return None
    return f"{rows[0]['project_name']}{rows[0]['name']}{question}"


def _indicator_of_the_one_project(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                                  before: dict, named: list[str] | None) -> Answer | None:
    """"国土空间总体规划编制经费" → "乡镇规划编几个", "报批时间": words naming nothing of their own, after an answer
    about one project, asked of that project (its name said before them); kept only when that finds one of its
    indicators (so "实施周期的呢" asks it again), never any other answer about it."""
    earlier = Session.from_dict(before)
    if named is None or named or len(earlier.focus_projects) != 1 or earlier.focus_indicators \
            or (pid := earlier.focus_projects[0]) not in kb.projects or len(compact(question)) > 12:
        return None
    _restore(session, before)
    again = _Turn(kb, rules, session, f"{kb.projects[pid].name}{question}").run()
    ids = [int(e["id"]) for e in again.entities or () if e.get("kind") == "indicator" and e.get("id") is not None]
    if again.status == ANSWERED and again.intent == "indicator_value" and ids \
            and all(kb.indicator_project.get(i) == pid for i in ids):
        return again
    _restore(session, before)
    return None


_ONE_WORD_FOLLOWUP = re.compile(r"^(?:那|那么)?(?P<word>[\u4e00-\u9fff]{2,6}?)(?:的)?(?:呢|是多少|多少|有多少)$")


def _indicator_by_its_characters(kb: KnowledgeBase, s: Session, question: str) -> str | None:
    """"东湖五险净增人数" → "社保卡呢": the one indicator of the project just answered about whose name holds
    the word's characters in order (社会保障卡发卡量), asked as the last question was, of it."""
    m = _ONE_WORD_FOLLOWUP.match(compact(normalize(question)))
    pids = list(dict.fromkeys(kb.indicator_project[i] for i in s.focus_indicators if i in kb.indicator_project))
    if m is None or len(pids) != 1:
        return None
    pattern = re.compile(".*?".join(map(re.escape, m.group("word"))))
    rows = [r for r in query.indicators(kb.conn, project_ids=pids) if pattern.search(compact(r["name"]))]
    if len({r["name"] for r in rows}) != 1 or rows[0]["id"] in s.focus_indicators:
        return None
    return f"{rows[0]['project_name']}{rows[0]['name']}呢"


def _indicator_saying(kb: KnowledgeBase, s: Session, question: str) -> str | None:
    """The question about the one indicator just shown whose text says what it asks ("具体哪些单位派人进驻"
    after 信访超市's 数量指标: its 指标值 names them), asked as that indicator's value."""
    if not s.focus_indicators or len(s.focus_indicators) > 8 or len(compact(question)) > 16:
        return None
    rows = query.indicators(kb.conn, ids=s.focus_indicators)
    texts = {r["id"]: " ".join(str(r[k] or "") for k in ("period_value", "annual_value", "actual_value")) for r in rows}
    found = figures.said_by_one(question, texts)
    if found is None:
        return None
    row = next(r for r in rows if r["id"] == found)
    return f"{row['project_name']}的{row['name']}指标值是多少"


_BARE_TOTAL = re.compile(r"合计|总计|小计|共计|总额")


def _kind_listed_of_another(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, before: dict,
                            named: list[str] | None) -> Answer | None:
    """"渝中就业补助资金的满意度指标" → "湛江人社局的呢": the indicators of the kind just listed, of the department
    the follow-up names (whose tables lack that project) — its whole list of that kind, never the one indicator
    most like the one shown; kept only when answered as such a list."""
    frame = Session.from_dict(before).frame
    if not named or len(named) != 1 or frame is None or frame.intent != "indicator_list" or not frame.categories \
            or not figures.bare_followup(question):
        return None
    listed = {kb.projects[p].name for p in frame.projects if p in kb.projects}
    if any(p.name in listed and kb.documents[p.document_id]["department_name"] == named[0] for p in kb.projects.values()):
        return None  # (the department holds the project listed: its project's own indicators, asked as they were)
    _restore(session, before)
    kinds = "、".join(str(c.key) for c in frame.categories)
    again = _Turn(kb, rules, session, f"{named[0]}的{kinds}").run()
    if again.status == ANSWERED and again.intent == "indicator_list":
        return again
    _restore(session, before)
    return None


def _of_the_last_figure(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                        before: dict, named: list[str] | None) -> Answer:
    """"普陀财政局的呢", "这车主要干嘛用" not understood: the figure just shown asked again, with its label
    said (and its department, unless the follow-up names one); kept only when that is answered. named is
    None when the question names a subject of its own."""
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    label = re.sub(r"^\d{3,}", "", str(last.get("label") or "")).split(" ")[0]  # "2050101行政运行 合计"
    if _BARE_TOTAL.fullmatch(label) and named:
        # "永新县2024年末债务余额" (its 合计 line) → "绩溪县呢": a total line names nothing by itself; the
        # column shown is what is asked of the department named now (never that table's own 合计 line)
        label = "".join(str(last.get("label") or "").split(" ")[1:]) or label
    # "财政局信息化建设" → "决算比年初预算少了多少": columns of the row just shown, the row left out; kept
    # only when the answer is of that row.
    loose = "value" in last and not named and len(compact(question)) <= 14 \
        and not re.search(r"下面|下级|下属|底下|其中|里面|明细|各项|分别", question)  # the row's own columns only
    bare = figures.bare_followup(question)
    if named is None or not label or not (bare or loose) or compact(label) in compact(question):
        return answer
    _restore(session, before)
    dept = "" if named else str(last.get("department") or "")
    if dept and compact(label).startswith(compact(dept)):
        dept = ""  # "长兴县市场监督管理局机关办公楼…" names its department already: never said twice
    if (swapped := _numbered_in_place(str(last.get("label") or ""), question)) is not None:
        # "一期三年合计" → "二期呢": the other phase's row, never the phase shown beside it (asked with its
        # department, else by the row's whole name alone: "建宁县城区…" names its place itself)
        for asked in dict.fromkeys((f"{dept}{swapped}", swapped)):
            if (again := _Turn(kb, rules, session, asked).run()).status == ANSWERED:
                return again
            _restore(session, before)
        return answer
    place = re.match(r"^.{1,6}?[省市县区旗州]", dept)
    alone = place is not None and label.startswith(place.group()) and re.search(r"多少|几", question) is not None
    for asked in dict.fromkeys((f"{dept}{label}{question}", f"{label}{question}" if alone else "")):
        # (the row's label alone when it begins with the department's place, 同心县第五小学…, and a figure is
        # asked: kept only when of that row)
        if not asked:
            continue
        again = _Turn(kb, rules, session, asked).run()
        rows = {re.sub(r"^\d{3,}", "", str(e.get("name") or "")).split(" ")[0]
                for e in again.entities or () if e.get("kind") == "fact"}
        # (in the same department, a line holding the label inside a longer name, 体育 of 文化旅游体育与传媒支出, is
        # another line of the table: the one shown prints no such column, never that line's instead)
        own = not named and bool(rows) and all(label in (seg := row.split("/")[-1]) and not seg.startswith(label)
                                               for row in rows)
        if again.status == ANSWERED and not own and figures.same_indicator(again, last) \
                and (bare and asked.startswith(dept) or bool(rows) and all(label in row for row in rows)):
            return again  # (an indicator asked again is that one, never one only like it)
        _restore(session, before)
    return answer


_PROJECTS_WHOLE = re.compile(r"项目支出(?:总计|合计)")


def _words_beside_departments(kb: KnowledgeBase, said: str) -> str:
    """What a follow-up says besides the departments and places it names ("专项" of "伊金霍洛旗农牧局专项")."""
    keep = [True] * len(said)
    for a, b, _, refs in kb.lexicon.spans(said):
        if any(r.kind == "department" for r in refs):
            keep[a:b] = [False] * (b - a)
    for place in (p for p in _place_words(kb) if p in said):
        at = said.index(place)
        keep[at:at + len(place)] = [False] * len(place)
    return "".join(c for c, k in zip(said, keep, strict=True) if k)


# "那伊金霍洛旗农牧局专项呢", "交通局2025年呢": a department said with a few words of its table, the question left out
_OTHER_WITH_WORDS = re.compile(r"^(?:那|那么|换成)?(?P<said>[\u4e00-\u9fff0-9]{2,20}?)(?:的)?呢$")


def _total_of_another_table(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                            before: dict, named: list[str]) -> Answer | None:
    """"会同林业局总预算" → "那伊金霍洛旗农牧局专项呢": a department's whole just shown, asked of another department
    whose tables list no projects' total: the 合计 line of its table the words said name (专项, 2025年), kept only
    when that line is the named department's own total; None otherwise (its lacking stays the answer)."""
    m = _OTHER_WITH_WORDS.match(compact(normalize(question)))
    if answer.status != UNKNOWN or m is None:
        return None  # (before the session before is rebuilt: most questions are answered)
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    if len(named) != 1 or named[0] == last.get("department") \
            or not _PROJECTS_WHOLE.fullmatch(str(last.get("label") or "")) or not _words_beside_departments(kb, m.group("said")):
        return None  # (a department's whole shown, 项目支出总计; the follow-up saying which of its tables: 专项, 2025年)
    _restore(session, before)
    again = _Turn(kb, rules, session, m.group("said") + "合计").run()
    ids = [int(e["id"]) for e in again.entities or () if e.get("kind") == "fact"]
    rows = query.facts_by_id(kb.conn, ids)
    if again.status == ANSWERED and rows and all(r["department"] == named[0] and _BARE_TOTAL.search(str(r["row_labels"]))
                                                 for r in rows):
        return again
    _restore(session, before)
    return None


# A numbered part of a name: 二期, 第三批, 一标段 (its number and what it counts).
_NUMBERED = re.compile(r"(?:第)?[一二三四五六七八九十0-9]{1,3}(期|批|标段|阶段)")


def _numbered_in_place(label: str, question: str) -> str | None:
    """"…（一期）建设 规划资金三年合计" → "二期呢": the label with its numbered part replaced by the one the
    follow-up says alone, the rest of the label (its row and column) kept; None when the follow-up says
    more than that part or the label has no one such part of the same kind."""
    text = re.sub(r"^(?:那么|那)|(?:的)?(?:呢|是多少|多少|有多少)$", "", compact(question))
    said = _NUMBERED.fullmatch(text)
    if said is None:
        return None
    own = [m for m in _NUMBERED.finditer(label) if m.group(1) == said.group(1) and m.group() != said.group()]
    if len(own) != 1:
        return None
    return (label[:own[0].start()] + said.group() + label[own[0].end():]).replace(" ", "")


def _average_of_one_said(kb: KnowledgeBase, question: str) -> Answer | None:
    """"江安市监局平均每个项目多少钱", "检验检测中心平均每个项目多少": the projects of the one department (or
    资金使用单位) said before 平均, their total over their count."""
    text = compact(normalize(question))
    at = text.find("平均")
    if at < 2:
        return None
    who = re.sub(r"(?:的)?(?:全部|所有|各)?(?:的)?项目(?:的)?$", "", text[:at])
    units = kb.units_said(who, None)
    if len(units) == 1 and len(units[0][2]) == 1 and who[units[0][0]:units[0][1]] == who[-(units[0][1] - units[0][0]):]:
        doc, name = units[0][2][0]
        ids = kb.unit_projects(doc, name)
    else:
        own = re.search(r"本级|局机关", who) is not None  # "江安本级": the department's own unit only
        docs = kb.documents_of_departments(departments_said(re.sub(r"本级|局机关", "", who), kb))
        if len(docs) != 1 or own and docs[0] not in kb.own_units:
            return None
        doc, ids = docs[0], [pid for pid in kb.projects_of_document(docs[0]) if kb.projects[pid].kind != "department"]
        if own:
            ids = kb.unit_projects(doc, kb.own_units[doc])
    projects = [(kb.projects[pid].name, kb.projects[pid].total) for pid in ids if kb.projects[pid].total is not None]
    return figures.average_of(text[at:], projects, kb.documents[doc].get("unit") or "万元")


def _projects_in_talk(kb: KnowledgeBase, s: Session) -> tuple[list[tuple[str, float]], str]:
    """The projects (name, total) of the one table the conversation is about, and its money unit."""
    docs = s.doc_ids or (list(kb.documents) if len(kb.departments) == 1 else [])
    if len(docs) != 1:
        return [], ""
    rows = [p for pid in kb.projects_of_document(docs[0]) if (p := kb.projects[pid]).kind != "department"]
    return [(p.name, p.total) for p in rows], kb.documents[docs[0]].get("unit") or "万元"


# "临湘的预算数", "那临湘的呢": a place said alone, then what is asked of it.
_PLACE_ONLY = re.compile(r"^(?:那|那么)?(?P<place>[\u4e00-\u9fff]{2,3}?)(?:市|县|区)?的(?P<rest>[\u4e00-\u9fff]{0,12})$")


def _same_kind_in_another_place(kb: KnowledgeBase, rules: list[Rule], session: Session,
                                question: str) -> Answer | None:
    """"信访局项目支出" (广州市白云区信访局's) → "临湘的预算数": the department of the same kind in the place
    said (临湘信访局), never that place's whole table; kept only when that is answered, else None (the
    question is read as it is)."""
    m = _PLACE_ONLY.match(compact(normalize(question)))
    if m is None or session.pending or m.group("place") not in _place_words(kb) \
            or any((k := _kind_of_department(d)) and k[:2] in m.group("rest")
                   for d in departments_said(normalize(question), kb)):
        return None  # (a department of its own said: "临湘林业局的呢"; 临湘市 alone is the place)
    # (the conversation's departments of other places: one kind of department among them)
    kinds = {_kind_of_department(d) for d in session.talk_departments if m.group("place") not in d}
    if len(kinds) != 1 or not (kind := kinds.pop()) or kind in m.group("rest"):
        return None
    before = session.to_dict()
    again = _Turn(kb, rules, session, f"{m.group('place')}{kind}的{m.group('rest')}").run()
    if again.status == ANSWERED and kind in again.text:
        return again
    _restore(session, before)
    return None


# "器材呢", "那器材的呢": another thing said alone
_WORD_ALONE = re.compile(r"^(?:那|那么)?(?P<word>[\u4e00-\u9fff]{2,8}?)(?:的)?呢$")


def _project_beside_by_a_word(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """"体校伙食补助经费" → "器材呢": the one other project of the same table whose name says the word
    (体育运动学校训练器材购置经费), its amount asked as the last one's was; None when the last answer was no
    project's amount, the word is part of that project's own indicators ("约访呢"), or not one project says it."""
    m = _WORD_ALONE.match(compact(normalize(question)))
    last = session.frame
    if m is None or last is None or last.intent != "amount" or len(session.focus_projects) != 1 \
            or session.pending or (own := session.focus_projects[0]) not in kb.projects:
        return None
    word = m.group("word")
    lo, hi = kb.project_span(own)
    if word in compact(kb.projects[own].name) or any(word in compact(kb.indicator_name.get(i, "")) for i in range(lo, hi + 1)):
        return None
    doc = kb.projects[own].document_id
    others = [p for pid in kb.projects_of_document(doc) if pid != own and word in compact((p := kb.projects[pid]).name)]
    if len(others) != 1:
        return None
    return _asked_of(kb, rules, session, f"{others[0].name}多少钱", "project", {others[0].id})


# The kind a unit's name ends with: 博物馆, 园林中心, 疾控站, 实验小学 (knowledge/vocabulary.toml [asking_words.units];
# its schools' kinds too, where the lexicon's readers have none)
_UNIT_KIND = Words("units", "(?:{kinds}|{long_kinds}|{school_kinds})$")


def _other_unit_not_held(kb: KnowledgeBase, session: Session, question: str) -> Answer | None:
    """"博物馆项目合计" (a unit's line) → "文化馆呢": a unit of the same kind that no table has is not held —
    never a choice among projects whose names share a word with it (文化惠民演出…); None when the word names a
    unit of the tables, or the last answer was no unit's."""
    m = _WORD_ALONE.match(compact(normalize(question)))
    last = session.frame
    unit = str(getattr(last, "unit", "") or "") if last is not None else ""
    kind = _UNIT_KIND.search(unit)
    if m is None or kind is None or session.pending or not m.group("word").endswith(kind.group()) \
            or m.group("word") in compact(unit) or kb.units_said(m.group("word"), None) \
            or departments_said(normalize(question), kb) or _a_row_says(kb, m.group("word")):
        return None
    answer = Answer(question, UNKNOWN, compose.subject_not_held(m.group("word")), "unknown")
    answer.debug["settled"] = True
    return answer


def _a_row_says(kb: KnowledgeBase, word: str) -> bool:
    """Whether a line of a loaded table names the word (a unit's row of a table of every unit)."""
    if not facts_may_answer(kb, word):
        return False
    from bot.answer.facts import index_for

    return any(word in key for key in index_for(kb).row_label_keys)
