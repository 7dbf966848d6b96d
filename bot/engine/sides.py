"""Two departments (or two things) in one message: each side asked alone, the answers put together."""

from __future__ import annotations

from collections.abc import Callable

from bot.answer import compose, facts_may_answer
from bot.dialogue import figures
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, CLARIFY, UNKNOWN, Answer, copy_frame
from bot.engine.names import (
    _department_name_chars,
    _department_said_at,
    _said_departments,
    _said_of,
    department_spans,
    inside_department_name,
)
from bot.engine.turn import _restore, _Turn
from bot.language import asking
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.lexicon import KnowledgeBase, department_forms
from bot.language.normalize import MONEY_UNITS, compact, in_order, normalize
from bot.language.rules import Rule
from bot.store import queries as query


def _against_last(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                  depts: list[str]) -> Answer | None:
    """"信访局一共多少钱" → "湛江人社局项目支出比它多多少": the figure named now is asked on its own, then set
    against the one just shown (X − it, shown); None (the session as it was) when either is not one figure."""
    asked = figures.against_last(session, normalize(question), _elsewhere(kb, session))
    if asked is None:
        return None
    subject, op = asked
    last = session.figures[-1]
    year = re.fullmatch(r"((?:19|20)\d\d)年?(?:度)?(?:的)?", subject)
    if year and re.search(r"(?:19|20)\d\d年", str(last.get("label") or "")):
        # "东湖2019年预算" → "2020年比它多多少": the same line of the other year.
        subject = str(last.get("department") or "") + re.sub(r"(?:19|20)\d\d年", year.group(1) + "年", str(last["label"]), count=1)
    column = figures.column_of_last(session) if op in ("sum", "over", "minus") else ""
    dated = re.fullmatch(r"((?:19|20)\d\d)年?(?:度)?(?:的)?(?:实际|预算|决算|执行|实际支出|预算数|决算数|执行数)", subject)
    if dated and op == "over" and last.get("department"):
        # "执法大队三公2025" → "比2024实际多多少": the same line in the table's 2024 实际 part.
        subject, column = str(last["department"]) + re.sub(r"(?:19|20)\d\d年", "", str(last["label"])) + subject, ""
    if column and compact(column) not in compact(subject):
        subject += column  # "加上X一共" after a row's 年度预算数: X's 年度预算数, not X's whole row
    before = session.to_dict()
    earlier = Session.from_dict(before)
    alone = _Turn(kb, rules, session, subject).run()
    figure = figures.figure_of(alone, depts) if alone.status == ANSWERED else None
    if figure and op == "part" and last.get("department") and figures.of_its_own_row(last, figure):
        # "卫生健康支出" → "占支出合计多少": the table's 支出合计, not the line's own 本年支出合计 column
        _restore(session, before)
        alone = _Turn(kb, rules, Session(build_id=session.build_id), str(last["department"]) + subject).run()
        figure = figures.figure_of(alone, depts) if alone.status == ANSWERED else None
        if figure and figures.of_its_own_row(last, figure):
            figure = None
    if figure and op in ("part", "percent_of") and _whole_is_the_part(kb, last, figure, subject) \
            and figures.set_against_last(Session.from_dict(before), question, op, figure) is not None:
        # "卫生健康支出" → "占支出合计多少" read as that line's own 本年支出合计: the whole is asked again of the
        # department alone (its 合计 line); a share of the line itself is never given.
        _restore(session, before)
        alone = _Turn(kb, rules, Session(build_id=session.build_id), str(last.get("department") or "") + subject).run()
        figure = figures.figure_of(alone, depts) if alone.status == ANSWERED else None
        if figure is None or _whole_is_the_part(kb, last, figure, subject):
            _restore(session, before)
            return Answer(question, UNKNOWN, compose.whole_is_the_part(subject, str(last.get("label") or "")), "combine")
    if figure and op == "sum" and re.match(r"(?:合计|总计|总额)(?:\s|$)", str(figure.get("label") or "")) \
            and not any(w in compact(subject) for w in kb.vocab.whole_words):
        figure = None  # "加上它的专项": a word read as the table's 合计 line is no line the question said
    if figure and dated:
        figure["label"] += f"（{dated.group(0)}）"  # the same line's label: its part of the table said
    combined = figures.set_against_last(earlier, question, op, figure) if figure else None
    if combined is None:
        _restore(session, before)
        return None
    figures.talk_about(session, alone, _said_departments(kb, subject), depts)
    figures.remember(session, alone, depts)
    figures.remember(session, combined, depts)
    if op in ("part", "percent_of"):
        _share_remembered(session, earlier)
    return combined


def _elsewhere(kb: KnowledgeBase, session: Session) -> Callable[[str], bool]:
    """Whether a subject said names other departments than the last figure's ("湛江三支一扶" → "这个和东湖就业补助
    加起来": 东湖's own line; 安吉 names its place's departments, none of them 云岭's)."""
    shown = str((session.figures[-1] if session.figures else {}).get("department") or "")

    def elsewhere(subject: str) -> bool:
        named = _said_departments(kb, subject)
        return bool(shown) and bool(named) and shown not in named

    return elsewhere


def _share_remembered(session: Session, earlier: Session) -> None:
    """"公车购置经费" → "它占总预算的比例多少" → "法律顾问呢": the share is what the next ellipsis asks again, of
    the project it names — not the whole's amount the share was worked out with."""
    last = earlier.frame
    if last is None or last.intent != "amount" or not last.projects or last.indicators or last.column:
        return
    shared = copy_frame(last)
    shared.intent = "share"
    session.frame, session.focus_projects = shared, list(earlier.focus_projects)


def _whole_is_the_part(kb: KnowledgeBase, part: dict, whole: dict, said: str) -> bool:
    """Whether the figure found for the whole a share is taken of is the part itself: the same fact, or,
    where the whole is said as a total (支出合计, 全局收入), another column of the part's own line (its
    本年支出合计) rather than a total line."""
    ids = [f.get("fact") for f in (part, whole)]
    if ids[0] is not None and ids[0] == ids[1]:
        return True
    if not any(w in compact(said) for w in kb.vocab.whole_words) or ids[0] is None or ids[1] is None:
        return False
    rows = query.facts_by_id(kb.conn, [int(ids[0]), int(ids[1])])
    if len(rows) != 2 or rows[0]["document_id"] != rows[1]["document_id"]:
        return False
    own = [str(r["row_labels"] or "") for r in rows]
    # (only a column printing the same figure is the part again: 基本支出 of a line is a part of its 支出合计)
    return own[0] == own[1] and not re.search(r"合计|总计|小计|总额", own[0]) and rows[0]["number"] == rows[1]["number"]


_PART_OF = re.compile(r"^(?:那|那么)?(?:它|这个|这项|这一项|这笔)占(?:了)?(?P<whole>[^占它]{2,16}?)(?:的)?"
                      r"(?:比例|比重|百分之几|百分比|占比|几成|多少)(?:是多少|多少|是)?(?:呢|啊)?$")


def _part_of_named(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                   depts: list[str]) -> Answer | None:
    """"财政局一般公共服务支出" (its 收入 and 支出 shown) → "它占一般公共预算支出多少": the line shown, as a
    share of the whole named now, asked whole of the conversation's department (the table may print it);
    None (the session as it was) when the line or the department is not one, or that is not answered."""
    m = _PART_OF.match(compact(normalize(question)))
    last = session.figures[-1] if session.figures else {}
    items = last.get("items") or ()  # a line's columns ({label, value}) or a list's items ([label, value])
    labels = [str(last["label"])] if "label" in last else [str(f.get("label") or "") if isinstance(f, dict) else ""
                                                           for f in items]
    rows = {label.split(" ")[0] for label in labels}
    dept = [str(last["department"])] if last.get("department") else list(session.talk_departments)
    if m is None or len(rows) != 1 or not dept or len(row := rows.pop()) < 2:
        return None
    before = session.to_dict()
    found = []
    for d in dept:  # "财政局" of two districts: the one whose tables answer
        answer = _Turn(kb, rules, Session.from_dict(before), f"{d}{row}占{m.group('whole')}的比例").run()
        if answer.status == ANSWERED and "%" in answer.text.split("\n")[0]:
            found.append(answer)
    if len(found) != 1:
        return None
    figures.remember(session, found[0], depts)
    return found[0]


def _departments_of_one_table(kb: KnowledgeBase, question: str) -> bool:
    if not facts_may_answer(kb, question):
        return False  # (no tables of facts loaded: nothing imported on a plain question's cold path)
    from bot.answer.facts import departments_set_against

    return departments_set_against(kb, question)


def _unit_two_tables(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                     depts: list[str]) -> Answer | None:
    """"河道管理站绩效目标表项目合计和1-10月支出差多少", "长兴检测中心项目支出和采购意向差多少": one funding unit's
    figures of two tables (its projects' subtotal, its line of the 执行进度表, its 采购 rows), the second side said
    without it: each asked of the unit by its full name on its own, then combined as the question says. None
    unless both are answered, from two tables, and the second side names no department nor unit of its own."""
    from bot.engine.units import unit_asked, unit_begun

    if _departments_of_one_table(kb, question):
        return None  # ("福利中心基本支出加项目支出": two columns of its line of one table, that table's to add)
    norm = compact(normalize(question))
    for first, second, op in figures.two_sides(norm, lambda i: False):
        unit = unit_begun(kb, first)
        if unit is None or unit_begun(kb, second) is not None or _said_departments(kb, second):
            continue
        # (each side a figure the whole adds or sets against: asked as one, "象山县文化馆的新增资产多少")
        first_ask, second_ask = (a if re.search(r"多少|几", a) else a + "多少" for a in (first, f"{unit}的{second.lstrip('的')}"))
        asks = (first_ask, second_ask)
        got = _figures_of_sides(session, asks, depts, None,
                                lambda own, side: unit_asked(kb, rules, own, side) or _Turn(kb, rules, own, side).run())
        got = [({**f, "department": f.get("department") or unit}, sources) for f, sources in got or ()]
        if (answer := _sides_combined(session, question, op, (first, second), got, depts)) is not None:
            return answer  # (the unit's whole asked first, then a turn of its own)
    return _unit_each_table(kb, rules, session, question)


def _unit_each_table(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """"东阳疾控项目经费和收入预算分别多少": one funding unit's two figures of two tables (its projects' subtotal in the
    target table, its line of the department's table of units), listed: each side asked of the unit by its full
    name on its own. None unless the first side begins with the unit, the second names no department nor unit of
    its own, and both are answered from different tables."""
    from bot.engine.units import unit_asked, unit_begun

    norm = compact(normalize(question))
    for first, second, kind in figures.each_sides(norm, lambda i: False):
        unit = unit_begun(kb, first)
        if kind in ("sum", "diff") or unit is None or unit_begun(kb, second) is not None or _said_departments(kb, second):
            continue
        asks = [first, f"{unit}的{second.lstrip('的')}"]
        got = []
        for side in asks:
            own = Session(build_id=session.build_id)
            side = side if re.search(r"多少|几", side) else side + "多少"
            got.append(unit_asked(kb, rules, own, side) or _Turn(kb, rules, own, side).run())
        if kind != "each":  # "X中心工资福利和项目经费哪个多": each side the unit's own figure, or said unread
            if (which := _unit_which_higher(session, question, kind, unit, (first, second), got)) is not None:
                return which
            continue
        if any(a.status != ANSWERED for a in got) or not _other_tables(*(_SOURCE.findall(a.text) for a in got)):
            continue
        return Answer(question, ANSWERED, "\n".join(a.text for a in got), "combine",
                      rows=[r for a in got for r in a.rows], source=[s for a in got for s in a.source])
    return None


def _unit_which_higher(session: Session, question: str, kind: str, unit: str, said: tuple[str, str],
                       got: list[Answer]) -> Answer | None:
    """"科技创新服务中心工资福利和项目经费哪个多": one unit's two figures of two tables, the larger (smaller) said
    with both; a side its tables do not give is said so (never another table's totals in its place). None unless
    the first side is the unit's one figure."""
    depts = [unit]
    fx, fy = (figures.figure_of(a, depts) if a.status == ANSWERED else None for a in got)
    if fx is None or fx.get("unit") == "%":
        return None
    items = [_SIDE_FILLER_OF_UNIT.sub("", s[len(unit):] if s.startswith(unit) else s) or s for s in said]
    if fy is None or fy.get("unit") == "%" or not _other_tables(*(_SOURCE.findall(a.text) for a in got)):
        return Answer(question, UNKNOWN, compose.wholes_not_combined([unit], items[1], "which"), "combine")
    if fx["unit"] != fy["unit"]:
        fx, fy = figures.in_one_unit(fx, fy)
        if fx["unit"] != fy["unit"]:
            return None
    big, small = (fx, fy) if fx["value"] >= fy["value"] else (fy, fx)
    winner = items[0 if (big is fx) == (kind in "多高大") else 1]
    head = compose.which_is_higher(winner, kind, fx["value"] == fy["value"], figures.as_shown(big["value"]),
                                   figures.as_shown(small["value"]), figures.as_shown(big["value"] - small["value"]),
                                   fx["unit"])
    for side, figure in zip(said, (fx, fy), strict=True):
        figures.remember(session, Answer(side, ANSWERED, "", "", rows=[{**figure, "department": unit}]), [unit])
    return Answer(question, ANSWERED, head + "\n" + "\n".join(a.text for a in got), "combine",
                  rows=[fx, fy], source=[s for a in got for s in a.source])


_SIDE_FILLER_OF_UNIT = re.compile(r"^的|(?:是)?多少$")


# Two things of one unit listed: "…和…分别多少", "…多少，…又是多少" (nothing set against nothing)
_LISTED_TAIL = re.compile(r"(?:分别|各自|各)(?:是|为)?(?:多少钱?|多少万元?)?$|(?:是|为)?多少$")
_ASKED_AGAIN = re.compile(r"^(?:那|那么)?(?:它的|它|其)?(?:的)?|(?:又|还|呢)?(?:是|为)?(?:多少)?(?:呢)?$")


def _unit_things_listed(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                        depts: list[str]) -> Answer | None:
    """"公路与运输管理中心项目经费和资产总额分别多少", "交通工程建设中心资产总额多少，项目经费又是多少": one funding
    unit's two things of two tables (its projects' subtotal, its line of a table of departments and units) listed:
    the first side asked as said, the second of the unit by its full name (else, naming a thing of its own — a
    project — on its own); both answers listed, each with its source. None unless both are answered, from two
    different tables, and the second side names no department nor unit of its own."""
    from bot.engine.units import unit_begun

    body = re.sub(r"[？?。！!]+$", "", compact(normalize(question)))
    if re.search(r"比|哪|谁|几|吗|加|差|占|倍|一共|合计|总共", body) or not facts_may_answer(kb, body):
        return None  # (set against each other, added or asking which: the sides' own steps)
    from bot.answer.facts import unit_line_begun  # (not on a plain question's cold path)

    # (split at a join, or after the first clause's 多少: "…多少，…又是多少", its comma compacted away)
    # (a 多少 ends a clause only when the words after it ask again of their own — "…又是多少", "…呢": in "疾控中心有
    # 多少在编人员" the words after it are the noun it asks, one clause)
    again = "多少" in body[body.find("多少") + 2:] or body.endswith("呢")
    cuts = [(k, k + 1) for k, c in enumerate(body) if c in "和与"] + \
        [(m.end(), m.end()) for m in re.finditer("多少", body) if m.end() < len(body) and again]
    for k, j in cuts:
        first, second = _LISTED_TAIL.sub("", body[:k]), _ASKED_AGAIN.sub("", _LISTED_TAIL.sub("", body[j:]))
        unit = (unit_begun(kb, first) or unit_line_begun(kb, first)) if len(second) >= 2 else None
        if unit is None or unit_begun(kb, second) is not None or unit_line_begun(kb, second) \
                or _said_departments(kb, second):
            continue
        got: list[Answer] = []
        for ask in (first, f"{unit}的{second}", second):
            if len(got) == 2:
                break
            alone = _Turn(kb, rules, Session(build_id=session.build_id), ask + "多少").run()
            if ask == second and ask != first and alone.intent == "facts":
                continue  # (a table's line asked with no unit is any department's: never shown as the unit's)
            if alone.status == ANSWERED and figures.figure_of(alone, depts) is not None:
                got.append(alone)
            elif ask == first:
                return None
        if len(got) == 2 and _other_tables(*(_SOURCE.findall(a.text) for a in got)):
            for a in got:
                figures.remember(session, a, depts)
            return Answer(question, ANSWERED, "\n".join(a.text for a in got), "combine",
                          rows=[r for a in got for r in a.rows], source=[s for a in got for s in a.source])
    return None


def _figures_of_sides(session: Session, sides: tuple[str, str], depts: list[str], owner: str | None,
                      ask: Callable[[Session, str], Answer]) -> list[tuple[dict, list[str]]] | None:
    """Each side asked on its own, in a session of its own: its one figure and the sources its answer cites; None
    when a side has no figure, a rate, or (owner given) another department's figure."""
    got = []
    for side in sides:
        own = Session(build_id=session.build_id)
        alone = ask(own, side)
        figure = (_side_figure(alone, side, depts) or _rows_added(own)) if alone.status == ANSWERED else None
        if figure is None or figure.get("unit") == "%" \
                or owner is not None and figure.get("department") not in ("", None, owner):
            return None
        got.append((figure, _SOURCE.findall(alone.text.split("\n")[0])))
    return got


def _sides_combined(session: Session, question: str, op: str, said: tuple[str, str],
                    got: list[tuple[dict, list[str]]], depts: list[str]) -> Answer | None:
    """Two sides' figures of two different tables set against each other or added as the question says, each
    remembered as said; None unless two figures from two tables combine."""
    if len(got) != 2 or not _other_tables(got[0][1], got[1][1]):
        return None
    (x, xs), (y, ys) = got
    answer = figures.combine_sides(question, op, x, y, [*xs, *ys])
    if answer is not None:
        figures.remember(session, Answer(said[0], ANSWERED, "", "", rows=[x]), depts)
        figures.remember(session, Answer(said[1], ANSWERED, "", "", rows=[y]), depts)
    return answer


# What a second side may say that names no figure of its own: a year, a column (2026年, 上年预算, 决算数)
_WHEN_OR_COLUMN = re.compile(r"(?:19|20)?\d\d年度?|上一?年度?|去年|今年|明年|本年度?|预算数?|决算数?|执行数?|的|呢")


# A year and a column said after a row's name ("退休费2024年预算数"): the row's name is before them
_COLUMN_AFTER = re.compile(r"(?:(?:19|20)\d\d年度?)?(?:的)?(?:预算数|决算数|执行数|预算|决算)?$")


def _rows_of_one_table(kb: KnowledgeBase, first: str, second: str) -> bool:
    """Whether one table prints both sides said as rows of its own (years and columns left off): a question of
    that table, not of two tables' figures."""
    from bot.answer.facts.index import index_for  # (the fact answerer's: off a plain question's path)
    from bot.answer.facts.words import label_key

    idx = index_for(kb)
    # (a row said as people say it is that row too: "维修护费" of 维修（护）费)
    held = [{idx.fact_doc[i] for i in idx.label_facts.get(key, ())[:200]} | idx.row_docs(key)
            for key in (label_key(_COLUMN_AFTER.sub("", side)) for side in (first, second))]
    return bool(held[0] & held[1])


# The characters that begin the join words figures.two_sides parts a question at (和, 与, 比, 加上, …)
_JOIN_CHARS = "比是和与跟加占除同"


def _inside_row_name(kb: KnowledgeBase, norm: str) -> Callable[[int], bool]:
    """Whether the character at a position of compacted text is inside a row's name said there (the 和 of 商品和服务
    支出 or of 对个人和家庭的补助 joins no two things): asked of the fact index only when a join word is met."""
    joined: dict[str, tuple[tuple[str, int], ...]] | None = None

    def inside(i: int) -> bool:
        nonlocal joined
        if joined is None:
            from bot.answer.facts.index import index_for  # (the fact answerer's: off a plain question's path)

            joined = index_for(kb).row_names_joined(_JOIN_CHARS) if facts_may_answer(kb, norm) else {}
        return any(i >= j and norm.startswith(form, i - j) or _said_without_its_place(norm, i, form, j)
                   for form, j in joined.get(norm[i - 1:i + 2], ()))
    return inside


# A row's name opening with its code and its place (120001武义县自然资源和规划局): said without them
_CODE_AND_PLACE = re.compile(r"^\d*(?:[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗))?")


def _said_without_its_place(norm: str, i: int, form: str, j: int) -> bool:
    """Whether a row's name is said at i without its code and place ("自然资源和规划局本级": the 和 of 武义县自然资源和
    规划局), two characters or more said before its join character and five or more in all."""
    bare = _CODE_AND_PLACE.sub("", form)
    k = j - (len(form) - len(bare))
    return bare != form and len(bare) >= 5 and k >= 2 and i >= k and norm.startswith(bare, i - k)


def _department_two_tables(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                           depts: list[str]) -> Answer | None:
    """"文广旅体局购买服务比项目支出少多少": one department said first, its two figures of two of its tables (its
    rows of the 政府购买服务 table added up, its 项目支出 total), the second side said without it: each asked of the
    department on its own, then set against each other or added as the question says. None unless both are
    one figure, from two different tables (one table's two lines are the fact answerer's), and the second side
    names no department nor unit of its own; a share is left to the steps that know its whole."""
    from bot.engine.units import unit_begun

    norm = compact(normalize(question))
    in_department, in_row = inside_department_name(kb, norm), _inside_row_name(kb, norm)
    for first, second, op in figures.two_sides(norm, lambda i: in_department(i) or in_row(i)):
        spans = sorted(department_spans(kb, first))
        named = _said_departments(kb, first)
        if op == "share" or len(named) != 1 or not spans or spans[0][0] != 0 or _said_departments(kb, second) \
                or unit_begun(kb, second) is not None or len(first) - spans[0][1] < 2 \
                or len(_WHEN_OR_COLUMN.sub("", second)) < 2:
            continue  # ("民政局2025年项目支出比2026年多多少": a year or a column, no second figure of its own)
        if _rows_of_one_table(kb, first[spans[0][1]:], second):
            return None  # ("X局租赁费和退休费2024年预算数合计多少": the fact answerer's, never two turns' price)
        got = _figures_of_sides(session, (first, f"{first[:spans[0][1]]}的{second.lstrip('的')}"), depts, named[0],
                                lambda own, side: _Turn(kb, rules, own, side if re.search(r"多少|几", side)
                                                        else side + "多少").run())
        got = [({**f, "department": named[0]}, sources) for f, sources in got or ()]
        if (answer := _sides_combined(session, question, op, (first, second), got, depts)) is not None:
            session.talk_departments = [named[0]]
            return answer
    return None


# (the second side pointing back at the organisation the first begins with: "比它的工资福利小计多多少")
_POINTED_BACK = re.compile(r"^(?:它的|它|其|该局的|该局|该单位的|该部门的)")
_ORGANISATION_FIRST = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:局|委员会|委|办公室|中心)")


def _organisation_pointed_back(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                               depts: list[str]) -> Answer | None:
    """"教育局PPP支出责任比它的工资福利小计多多少": an organisation no table is filed under (a county's tables name it
    in their rows: a 实施机构 column, a 小计 line), said first, the second side pointing back at it: each side asked
    of it on its own, then set against each other or added. None unless both are one figure of two tables."""
    norm = compact(normalize(question))
    for first, second, op in figures.two_sides(norm, lambda i: False):
        org = _ORGANISATION_FIRST.match(first)
        back = _POINTED_BACK.match(second)
        if op == "share" or org is None or back is None or _said_departments(kb, first):
            continue
        said = (first, org.group(0) + "的" + second[back.end():].lstrip("的"))
        got = _figures_of_sides(session, said, depts, None, lambda own, side: _Turn(kb, rules, own, side).run())
        # (each figure is the organisation's, named in its label: never the publisher of the county's table)
        got = [({**f, "department": m.group(0) if (m := _ORGANISATION_FIRST.match(str(f.get("label") or ""))) else ""},
                sources) for f, sources in got or ()]
        if got and (answer := _sides_combined(session, question, op, said, got, depts)) is not None:
            return answer
    return None


def _rows_added(session: Session) -> dict | None:
    """The rows of one class of a list table added up by the answer just given (检测中心's 采购 rows: their 预算金额
    合计), as the fact answerer kept it; None when it added none."""
    kept = session.facts.get("class") if isinstance(session.facts, dict) else None
    if not isinstance(kept, dict) or kept.get("op") != "sum" or not isinstance(kept.get("sum"), int | float):
        return None
    return {"label": f"{kept.get('name') or kept.get('value')} {kept.get('col') or ''}合计", "value": float(kept["sum"]),
            "unit": kept.get("unit") or "", "department": ""}


def _two_sides(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
               depts: list[str]) -> Answer | None:
    """"信访超市经费和社工部公用经费加起来", "渝中就业补助执行数比东湖就业补助多多少": two things of two
    departments (a department said on one side at least), each asked on its own, then combined as the
    question says; None (nothing changed) unless each side is one figure and their departments differ."""
    if _departments_of_one_table(kb, question):
        return None  # (departments of one table of departments and their units: that table answers, one column)
    norm = compact(normalize(question))
    for first, second, op in figures.two_sides(norm, inside_department_name(kb, norm)):
        if _own_units_of_one_table(kb, norm, first, second):
            return None  # ("林业局本级和林场加起来": two units of one department's projects' table, that table's)
        first, second = _with_item_of(kb, first, second), _item_said_once(kb, first, second)
        second = _kind_of_the_first(kb, first, second)
        if _one_side_bare(kb, first, second):
            continue  # "A局和B局的农林水支出合计": A's item is B's, never A's whole total standing for it
        named = [_said_departments(kb, first), _said_departments(kb, second)]
        # "卫健局项目支出合计占收支总表支出总计的比例": the whole in another table of the part's department, named
        # by its kind, is asked of that department
        other_table = op == "share" and not named[1] and len(named[0]) == 1 and _table_said(second)
        # "民政局的支出占三个部门合计的多少": the whole said as every department, the place's table's 合计 line
        of_all = op == "share" and not named[1] and len(named[0]) == 1 and _EVERY_DEPARTMENT.fullmatch(second) is not None
        asked = (first, named[0][0] + second) if other_table else (first, _whole_of_all(kb, first, second)) if of_all \
            else (first, second)
        if not other_table and not of_all and (not (named[0] or named[1]) or any(
                not named[k] and len(named[1 - k]) == 1 and _said_of(kb, named[1 - k][0], side)
                for k, side in enumerate((first, second)))):
            continue  # "溪口文旅局景区提升占专项资金总额": the other side is of the same department
        if op == "share" and not named[1] and not other_table and not of_all:
            continue  # "X局项目支出占部门预算总盘子": a whole naming no department is of the part's own
        if op == "share" and named[0] and named[0] == named[1] and not (_table_said(first) or _table_said(second)):
            continue  # "城管局项目支出占城管局合计比例": one department's two figures of one line, read whole
        got = []
        for side in asked:
            alone = _Turn(kb, rules, Session(build_id=session.build_id), side).run()
            figure = _side_figure(alone, side, depts) if alone.status == ANSWERED else None
            if figures.asks_which_is_higher(norm) and figures.total_by_sources(alone) is not None:
                figure = None  # "A局和B局哪个钱多": whose total is larger, said as such (_each_side)
            if figure is not None and other_table and side == asked[1] and named[0][0].startswith(figure.get("department") or ""):
                figure = {**figure, "department": named[0][0]}  # (the whole asked of the part's department)
            if figure is None or not figure.get("department"):
                if alone.status == UNKNOWN and (lacking := _one_side_lacking(kb, rules, session, question, op, named, asked,
                                                                             side, depts)) is not None:
                    return lacking
                break
            got.append((figure, _SOURCE.findall(alone.text.split("\n")[0])))
        if len(got) != 2 or got[0][0]["department"] == got[1][0]["department"] and not _other_tables(got[0][1], got[1][1]):
            continue  # (one department's two tables, a 分配表 in 元 and its 收支总表 in 万元, are two sides too)
        if of_all and not str(got[0][0]["department"]).startswith(str(got[1][0]["department"])):
            continue  # (every department's whole is the part's own place's, never another place's table)
        (x, xs), (y, ys) = got
        answer = figures.combine_sides(question, op, x, y, [*xs, *ys])
        if answer is not None:
            answer.text += _kinds_differ(kb, x, y)
            figures.remember(session, Answer(first, ANSWERED, "", "", rows=[x]), depts)
            figures.remember(session, Answer(second, ANSWERED, "", "", rows=[y]), depts)
            session.talk_departments = list(dict.fromkeys([x["department"], y["department"]]))
            return answer
    return None


def _own_units_of_one_table(kb: KnowledgeBase, norm: str, first: str, second: str) -> bool:
    """Whether the two sides are units of one department's projects' table (facts read only once two sides are said:
    the facts package stays off a plain question's cold path)."""
    if not facts_may_answer(kb, norm):
        return False
    from bot.answer.facts import own_units_apart

    return own_units_apart(kb, first, second)


def _one_side_lacking(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, op: str,
                      named: list[list[str]], asked: tuple[str, str], lacking: str, depts: list[str]) -> Answer | None:
    """"A局和B局的X加起来" where A's tables print no X and B's do: said so, and no figure at all — B's line beside
    "没法相加" would still read as the sum's one half given. None unless two departments are named one a side, added
    or set against each other, and B's tables do print X."""
    if op not in ("sum", "diff") or [len(n) for n in named] != [1, 1] or named[0] == named[1]:
        return None
    k = asked.index(lacking)
    other = _Turn(kb, rules, Session(build_id=session.build_id), asked[1 - k]).run()
    figure = _side_figure(other, asked[1 - k], depts) if other.status == ANSWERED else None
    spans = sorted(department_spans(kb, lacking))
    item = lacking[spans[0][1]:].lstrip("的") if spans and spans[0][0] == 0 else ""
    if figure is None or len(item) < 2:
        return None
    return Answer(question, UNKNOWN, compose.wholes_not_combined(named[k], item, op), "combine")


# A whole said as every department of a place ("三个部门合计", "全部门合计的"): its table's 合计 line
_EVERY_DEPARTMENT = re.compile(r"(?P<all>(?:[两二三四五六七八九十\d]+个|全|所有|全部|各)部门)(?:的)?(?:合计|总计|总额|加起来|总和)(?:的)?")


def _whole_of_all(kb: KnowledgeBase, first: str, second: str) -> str:
    """The whole said as every department, asked of the part's own item ("民政局的项目支出占三个部门合计":
    三个部门项目支出合计, the 合计 line's 项目支出, never its whole)."""
    spans = sorted(department_spans(kb, first))
    item = first[spans[0][1]:].lstrip("的") if spans and spans[0][0] == 0 else ""
    said = _EVERY_DEPARTMENT.fullmatch(second)
    return f"{said.group('all')}{item}合计" if said is not None else second


# "比民政局的多多少" after a figure: the other side names only its department.
_OVER_DEPARTMENT = re.compile(r"(?:那|那么)?(?:它|这个|这项)?比(?P<dept>[^的]{2,24}?)(?:的)?(?:那个|那项)?"
                              r"(?P<op>多多少|少多少|多了多少|少了多少|高多少|低多少|差多少|相差多少)[？?]?")


def _department_against_last(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                             depts: list[str]) -> Answer | None:
    """"卫健局政府雇员工资" → "比民政局的多多少": the item just shown asked of the department named now and set
    against it, as the one message "A局X比B局的多多少" is; None when the other side names more than a department."""
    last = session.figures[-1] if session.figures else {}
    m = _OVER_DEPARTMENT.fullmatch(compact(normalize(question)))
    if m is None or "value" not in last or not last.get("department") or not last.get("label"):
        return None
    from bot.answer.facts import only_departments  # (not on a plain question's cold path)

    named = _said_departments(kb, m.group("dept"))
    if not only_departments(kb, m.group("dept")) or len(named) != 1 or named[0] == last["department"]:
        return None
    if not _holds_project(kb, str(last["department"]), str(last["label"])):
        return _asked_again_of(kb, rules, session, question, m.group("dept"), named[0], depts)
    said = f"{last['department']}{last['label']}比{m.group('dept')}的{m.group('op')}"
    answer = _two_sides(kb, rules, session, said, depts)
    if answer is None and not _holds_project(kb, named[0], str(last["label"])):
        return Answer(question, UNKNOWN, compose.not_in_department(named[0]), "unknown")
    return answer


# "那社工部的呢": a department alone, as a follow-up.
_DEPARTMENT_ALONE = re.compile(r"(?:那|那么|换成)?(?P<dept>[\u4e00-\u9fff]{2,24}?)(?:的)?(?:呢|的呢)?[？?]?")


# A question beginning with an organisation's name (no department loaded): "自然资源局差旅费"
_UNLOADED_FIRST = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:局|委员会|委|办公室|中心)(?=[\u4e00-\u9fff]{2})")


def _department_after_unanswered(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                                 depts: list[str]) -> Answer | None:
    """"湄潭卫健局差旅费" (not in its tables) → "那社工部的呢": the question before asked again of the department
    named now, its department said in its place (or before it, when it named none), when that department's tables
    answer it. Said as a follow-up ("…呢", "那…") and not answered so: the thing asked is not known, which is said
    — never that department's total or another item of it. None when it is no such follow-up."""
    last = session.figures[-1] if session.figures else {}
    m = _DEPARTMENT_ALONE.fullmatch(compact(normalize(question)))
    if m is None or not last.get("unanswered") or not last.get("asked"):
        return None
    from bot.answer.facts import only_departments  # (not on a plain question's cold path)

    named = _said_departments(kb, m.group("dept"))
    if not only_departments(kb, m.group("dept")) or len(named) != 1:
        return None
    asked = normalize(str(last["asked"]))
    spans = sorted(department_spans(kb, asked))
    org = _UNLOADED_FIRST.match(compact(asked)) if asked == compact(asked) else None
    if org and all(b <= org.end() for _, b in spans):
        # ("自然资源局差旅费", "天河区信访局预算多少": a department not loaded, its 信访局 a loaded one's word)
        spans = [(0, org.end())]
    if any(b != a2 for (_, b), (a2, _) in zip(spans, spans[1:], strict=False)):
        return None  # (the department said in one run of words: "湄潭" + "卫健局")
    before = session.to_dict()
    again = asked[:spans[0][0]] + m.group("dept") + asked[spans[-1][1]:] if spans else m.group("dept") + asked
    answer = _Turn(kb, rules, session, again).run()
    figure = (figures.figure_of(answer, depts) or {}) if answer.status == ANSWERED else None
    # (a figure of that department; a list, no one figure, that names it)
    if figure is None or (figure.get("department") or (named[0] if named[0] in answer.text else "")) != named[0]:
        _restore(session, before)
        if not _FOLLOWUP_SAID.search(compact(question)):
            return None  # ("水利局" alone: a question of its own)
        session.doc_ids = kb.documents_of_departments(named) or session.doc_ids  # (the talk moves on to it)
        return Answer(question, UNKNOWN, compose.of_the_unanswered(), "followup", debug={"settled": True})
    figures.remember(session, answer, depts)
    answer.question = question
    return answer


_FOLLOWUP_SAID = re.compile(r"^(?:那|那么|换成)|呢[？?]?$")


def _row_asked_of_department(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                             before: dict, depts: list[str]) -> Answer | None:
    """"民政局居家养老服务" → "白云区的呢" answered with that department's whole total, or with the thing of the
    department before again: the thing just shown asked again of the department named now (its department said
    in its place, else said before it); not found there: said so, never that department's total nor the figure
    shown again. None when the answer is that department's own figure of the thing (or no answer at all)."""
    if answer.status != ANSWERED or not compact(question).rstrip("？?").endswith("呢"):
        return None
    m = _DEPARTMENT_ALONE.fullmatch(compact(normalize(question)))
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    asked = normalize(str(last.get("asked") or ""))
    if m is not None and "label" in last and asked and figures.TOTAL_SAID.search(compact(asked)):
        return _project_whole_kept(kb, rules, session, (question, m.group("dept")), answer, before, last, depts)
    if m is None or "label" not in last or not asked or figures.TOTAL_SAID.search(compact(asked)):
        return None  # (a total asked before: the department's total is the same thing asked of it)
    from bot.answer.facts import only_departments  # (not on a plain question's cold path)

    named = _said_departments(kb, m.group("dept"))
    alone = only_departments(kb, m.group("dept"))
    if not alone and not _organisation_said(kb, m.group("dept")):
        return None
    if answer.intent != "total":
        # "晋江民政局差旅费" → "晋江人社局呢" answered with a row of 人社局 that is no 差旅费 (its 合计): the thing
        # asked again with that department said; not found there, not answered
        return _item_kept(kb, rules, session, question, answer, before, m.group("dept"), depts)
    if not alone or len(named) != 1 or last.get("department") == named[0]:
        return None  # (another figure: the thing asked of that department, as a table of it prints it)
    spans = sorted(department_spans(kb, asked))
    if spans and any(b != a2 for (_, b), (a2, _) in zip(spans, spans[1:], strict=False)):
        return None
    again = asked[:spans[0][0]] + m.group("dept") + asked[spans[-1][1]:] if spans else m.group("dept") + asked
    _restore(session, before)
    found = _Turn(kb, rules, session, again).run()
    if found.status == ANSWERED:  # (the thing asked with that department said: a table of it may be another's)
        found.question = question
        return found
    _restore(session, before)
    return Answer(question, UNKNOWN, compose.not_in_department(named[0]), "unknown", debug={"settled": True})


# "X呢" said in place of the thing just answered: the 呢 that asks the same again ([asking_words.follow_ups])
_SWAPPED_ASK = Words("follow_ups", r"^(?P<thing>[\u4e00-\u9fff]{4,30}?)(?:{swapped_ends})[？?]?$")


def _texts_shown(answer: Answer) -> bool:
    """Whether an answer shows a row's cells of words or dates (服务期限, 服务内容) beside or instead of its sums."""
    shown = [e for e in answer.entities or () if e.get("kind") == "fact"]
    return len(shown) > 1 and any(e.get("number") is None for e in shown)


def money_of_row_swapped(kb: KnowledgeBase, question: str, answer: Answer, before: dict) -> Answer | None:
    """"生命防护工程补助资金多少" (its amount) → "公路养护法律顾问服务呢" answered with every cell of that row (服务内容,
    承接主体类型 … 服务期限): the amount was asked, so the row said now answers its cells of money only (its 预算金额), read
    from the cells shown — never the row's texts and dates as the answer. None when the figure before was no sum of
    money, or the row shown has no cell of money."""
    said = _SWAPPED_ASK.fullmatch(compact(normalize(question)))
    last = (Session.from_dict(before).figures or [{}])[-1]
    if said is None or answer.status != ANSWERED or answer.intent != "facts" or last.get("unit") not in MONEY_UNITS \
            or not isinstance(last.get("value"), float) or not _texts_shown(answer):
        return None
    from bot.answer.facts import money_of_the_row  # (not on a plain question's cold path)

    ids = [int(e["id"]) for e in answer.entities or () if e.get("kind") == "fact" and e.get("id") is not None]
    found = money_of_the_row(kb, ids) if ids else None
    if found is None:
        return None
    text, kept = found
    return Answer(question, ANSWERED, text, "facts", entities=[e for e in answer.entities or () if e.get("id") in kept])


# "阳新的呢", "阳新县2025年呢": a place (or a department) and perhaps a year, said alone as a follow-up.
_PLACE_FOLLOWUP = re.compile(r"(?:那|那么|换成)?(?P<dept>[\u4e00-\u9fff]{2,24}?)(?P<year>(?:19|20)\d\d年?度?)?的?呢[？?]?")


def _place_asked_again(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                       before: dict, depts: list[str]) -> Answer | None:
    """"湛江创业担保贷款贴息拟投入" → "阳新的呢" (asked back: 阳新县 or its 人社局?), "普陀财政局住房公积金" →
    "阳新县2025年呢" (not found as a total of the place): a name fitting a place and its departments, said alone
    after a figure, is the one whose tables hold the thing just shown — the question before asked again with it
    (and the year said) in place of the department before. Kept only when that answers with a figure of one of
    the departments the name fits; None otherwise (the answer as it was)."""
    if answer.status not in (CLARIFY, UNKNOWN):
        return None
    m = _PLACE_FOLLOWUP.fullmatch(compact(normalize(question)))
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    asked = compact(normalize(str(last.get("asked") or "")))
    if m is None or "value" not in last or not last.get("department") or not asked:
        return None
    from bot.answer.facts import only_departments  # (not on a plain question's cold path)

    said = m.group("dept")
    named = _said_departments(kb, said)
    if not named or last["department"] in named or not only_departments(kb, said):
        return None
    spans = sorted(department_spans(kb, asked))
    if not spans or any(b != a2 for (_, b), (a2, _) in zip(spans, spans[1:], strict=False)):
        return None  # (the department before said in one run of words: "普陀" + "财政局")
    rest = asked[spans[-1][1]:]
    if m.group("year"):
        rest = re.sub(r"(?:19|20)\d\d年?度?", "", rest)
    again = asked[:spans[0][0]] + said + (m.group("year") or "") + rest
    _restore(session, before)
    found = _Turn(kb, rules, session, again).run()
    figure = figures.figure_of(found, depts) if found.status == ANSWERED else None
    if figure is None or figure.get("department") not in named or not _measured_alike(last, figure) \
            or not figures.same_indicator(found, last):
        _restore(session, before)
        return None
    found.question = question
    return found


def _measured_alike(shown: dict, found: dict) -> bool:
    """Whether the figure found of another department is measured as the one shown was: money as money, a share in %
    as a share — "普陀财政局政府采购" (政府采购金额 251.25万元) → "嵊州交通局呢" is no 政府采购率 (100%) of that
    department's project, the thing shown said with the words of a rate indicator. Alike when either prints none."""
    a, b = str(shown.get("unit") or ""), str(found.get("unit") or "")
    return not a or not b or a == b or a in MONEY_UNITS and b in MONEY_UNITS


_PROJECT_WHOLE = Words("sides", "^(?:{project_whole})")


def _project_whole_kept(kb: KnowledgeBase, rules: list[Rule], session: Session, said: tuple[str, str], answer: Answer,
                        before: dict, last: dict, depts: list[str]) -> Answer | None:
    """"信访局总预算" (its project table's 项目支出总计) → "兰溪自然资源局呢" answered with that department's whole budget
    (部门预算支出 of another kind of table): the same kind of whole asked of it (its 项目支出), kept when that is
    answered by a figure of that kind of the department named; None (the answer as it was) otherwise."""
    question, dept = said
    now = figures.figure_of(answer, depts) or {}
    named = _said_departments(kb, dept)
    if not _PROJECT_WHOLE.search(str(last.get("label") or "")) or _PROJECT_WHOLE.search(str(now.get("label") or "")) \
            or len(named) != 1 or last.get("department") == named[0]:
        return None
    _restore(session, before)
    found = project_whole_of(kb, rules, session, named[0], dept, depts)
    if found is None:
        _restore(session, before)
        return None
    found.question = question
    return found


def project_whole_of(kb: KnowledgeBase, rules: list[Rule], session: Session, department: str, said: str,
                     depts: list[str]) -> Answer | None:
    """The department's whole of its projects (项目支出合计) asked as said, answered by a figure of that kind of that
    department; None otherwise (the session then to be put back by the caller)."""
    lists = asking.words().get("sides", {})
    asked = "".join(lists.get(k, ("",))[0] for k in ("project_whole", "project_whole_asked"))
    found = _Turn(kb, rules, session, said + asked).run()
    figure = figures.figure_of(found, depts) if found.status == ANSWERED else None
    if figure is None or figure.get("department") != department or not project_whole_said(figure):
        return None
    return found


def project_whole_said(figure: dict) -> bool:
    """Whether a figure is a department's whole of its projects (项目支出, 项目支出总计)."""
    return bool(_PROJECT_WHOLE.search(str(figure.get("label") or "")))


def _item_kept(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
               before: dict, said: str, depts: list[str]) -> Answer | None:
    """A follow-up naming only another department, after a thing of the department before (not its total):
    None when the answer says the thing (or the thing asked was the department alone); else the thing asked
    with that department said in place of the earlier one — or, said without its place ("人社局"), with the
    place of the table that answered ("晋江市") — and not found when that finds nothing."""
    last = Session.from_dict(before).figures[-1]
    asked = compact(normalize(str(last.get("asked") or "")))
    spans = sorted(department_spans(kb, asked))
    if not spans or any(b != a2 for (_, b), (a2, _) in zip(spans, spans[1:], strict=False)) \
            or asked[spans[0][0]:spans[-1][1]] == said:
        return None
    thing = _ASKED_END.sub("", asked[spans[-1][1]:])
    now = figures.figure_of(answer, depts) or {}
    line = compact(answer.text.split("\n")[0])
    # (said by the answer: its characters in order, 政府雇员工资 of 政府雇员（编外聘用人员）工资经费, or its last four
    # or more, 雇员公用经费 of 河湖中心雇员公用经费 — the unit said before it is the department's, not the thing's)
    if len(thing) < 2 or in_order(thing, line) or any(thing[-k:] in line for k in range(4, len(thing))) \
            or _same_column_of_a_department(kb, str(last.get("label") or ""), str(now.get("label") or "")):
        return None
    place = str(now.get("department") or "")
    for who in dict.fromkeys((said, *([place + said] if place and not said.startswith(place[:2]) else []))):
        _restore(session, before)
        found = _Turn(kb, rules, session, asked[:spans[0][0]] + who + asked[spans[-1][1]:]).run()
        if found.status == ANSWERED:
            found.question = question
            return found
    if (yearless := _asked_without_the_year(kb, rules, session, before, (question, said, asked, spans))) is not None:
        return yearless
    _restore(session, before)
    return Answer(question, UNKNOWN, compose.not_in_department(said), "unknown", debug={"settled": True})


_YEAR_SAID = re.compile(r"(?:19|20)\d\d年度?")


def _asked_without_the_year(kb: KnowledgeBase, rules: list[Rule], session: Session, before: dict,
                            said: tuple[str, str, str, list[tuple[int, int]]]) -> Answer | None:
    """"天台农业农村局26年有几个项目" → "信访局呢": the year was the earlier department's; a department whose tables print
    no year is asked the thing without it (its table's own year, said unprinted). None otherwise."""
    question, dept, asked, spans = said
    named = _said_departments(kb, dept)
    docs = kb.documents_of_departments(named) if len(named) == 1 else []
    rest = asked[spans[-1][1]:]
    if not docs or any(kb.year_of_document(d) for d in docs) or not _YEAR_SAID.search(asked[:spans[0][0]] + rest):
        return None
    _restore(session, before)
    found = _Turn(kb, rules, session, _YEAR_SAID.sub("", asked[:spans[0][0]] + dept + rest)).run()
    if found.status != ANSWERED:
        return None
    found.question, found.text = question, f"{found.text}\n{compose.year_not_printed(named[0])}"
    return found


def _same_column_of_a_department(kb: KnowledgeBase, before: str, now: str) -> bool:
    """Whether the figure before was a department's own line ("柏山区卫生健康局合计 2025年预算数") and the one now
    is another's in the same column: the thing asked kept (a table of departments as rows)."""
    row, _, column = before.partition(" ")
    ends = ("合计", "小计", *kb.vocab.department_suffixes)
    return bool(column) and now.partition(" ")[2] == column and row.endswith(ends)


def _organisation_said(kb: KnowledgeBase, said: str) -> bool:
    """Whether a few words name an organisation by its kind's ending ("青岚人社局": a row of the county's table
    of departments, no department loaded): a department's name, nothing else."""
    return 3 <= len(said) <= 16 and said.endswith(tuple(kb.vocab.department_suffixes))


# The words closing a question after the thing it asks ("差旅费是多少钱"): not the thing.
_ASKED_END = re.compile(r"(?:的)?(?:是)?(?:多少钱?|多少万元?|几|多大|怎么样)?(?:呢|啊|吗)?[？?]?$")


def _asked_again_of(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, said: str,
                    department: str, depts: list[str]) -> Answer | None:
    """"卫健局财政拨款多少" → "比民政局的多多少": the question just answered asked again of the department named
    now (its department said in its place), that figure set against the one shown; not found there when it
    is no figure of that department (never that department's total instead); None when the question just
    answered named no one department."""
    last = session.figures[-1]
    asked = str(last.get("asked") or "")
    spans = department_spans(kb, asked)
    if len(spans) != 1:
        return None
    again = asked[:spans[0][0]] + said + asked[spans[0][1]:]
    before = session.to_dict()
    alone = _Turn(kb, rules, Session(build_id=session.build_id), again).run()
    figure = figures.figure_of(alone, depts) if alone.status == ANSWERED else None
    if figure is None or figure.get("department") != department:
        _restore(session, before)
        return Answer(question, UNKNOWN, compose.not_in_department(department), "unknown")
    combined = figures.set_against_last(Session.from_dict(before), question, "over", figure)
    if combined is not None:
        figures.remember(session, Answer(again, ANSWERED, "", "", rows=[figure]), depts)
        figures.remember(session, combined, depts)
    return combined


def _holds_project(kb: KnowledgeBase, department: str, name: str) -> bool:
    """Whether a department's tables list a project of that very name."""
    return any(kb.projects[pid].name == name for doc in kb.documents_of_departments([department])
               for pid in kb.projects_of_document(doc))


# A table named by its kind ("收支总表", "项目支出表"): a side naming it is read in that table.
_TABLE_SAID = re.compile(r"[\u4e00-\u9fff]{2,8}表")


def _table_said(side: str) -> bool:
    return _TABLE_SAID.search(side) is not None


def _with_item_of(kb: KnowledgeBase, first: str, second: str) -> str:
    """"A局和B局的政府雇员工资经费差多少": a first side naming only its department asks the item the second
    side names after its own department (said once, for both)."""
    from bot.answer.facts import department_prints_line, only_departments

    if not only_departments(kb, first) or only_departments(kb, second):
        return first
    spans = department_spans(kb, second)
    if len(spans) != 1 or spans[0][0] > 1:
        return first  # the second side must begin with its department ("容县退役军人局的…")
    item = second[spans[0][1]:].lstrip("的")
    projects = [b - a for a, b, _, refs in kb.lexicon.spans(item) if any(r.kind == "project" for r in refs)]
    own, theirs = _said_departments(kb, first), _said_departments(kb, second)
    if sum(projects) * 2 < len(item) and not (len(own) == 1 and len(theirs) == 1 and department_prints_line(kb, theirs[0], item)):
        # an item of a project table ("政府雇员工资经费"), or a line the second department's tables print
        # ("农业农村局和水利局的农林水支出合计": that line of the first, or none, never its total); other items the
        # fact answerer reads
        return first
    return f"{first.rstrip('的')}的{item}"


# A side saying only a year and a kind of figure ("25年年初预算"): the other side's thing, of that year and kind.
_KIND_ALONE = re.compile(r"(?:(?:19|20)\d\d年度?)?(?:的)?(?:年初预算|调整预算|调整后预算|预算|决算|执行)(?:数)?(?:的)?")
_YEAR = re.compile(r"(?:19|20)\d\d年度?(?:的)?")
_KIND_END = re.compile(r"(?:的)?(?:年初预算|调整预算|调整后预算|预算|决算|执行)(?:数)?$")


def _kind_of_the_first(kb: KnowledgeBase, first: str, second: str) -> str:
    """"林业局项目支出26年比25年年初预算少了多少": a second side saying only a year and a kind of figure asks the
    first side's department and item of that year and kind ("林业局项目支出2025年年初预算"), never the first table's
    合计 of some other department in that column."""
    if not _KIND_ALONE.fullmatch(second) or _said_departments(kb, second) or len(_said_departments(kb, first)) != 1:
        return second
    item, year = _KIND_END.sub("", _YEAR.sub("", first)), _YEAR.search(second)  # (its own kind of figure left off)
    if item == first and year:
        return second  # (the first of no year said: its own year may be the one said now)
    return (year.group(0) if year else "") + item + _YEAR.sub("", second)  # (the year first: 项目支出年初预算 one header)


def _one_side_bare(kb: KnowledgeBase, first: str, second: str) -> bool:
    """Whether one side names only its department while the other names an item too (the item not carried); a
    whole said of the other ("信访局和瑞安应急局总额差多少": 总额) is each department's whole, both sides alike."""
    from bot.answer.facts import only_departments

    bare = [only_departments(kb, first), only_departments(kb, second)]
    if bare[0] == bare[1]:
        return False
    said = second if bare[0] else first
    ends = [b for _, b in department_spans(kb, said)]
    item = compact(said[max(ends):] if ends else said).lstrip("的")
    return not figures.TOTAL_SAID.fullmatch(item)


def _item_said_once(kb: KnowledgeBase, first: str, second: str) -> str:
    """"交通局法律顾问那个比信访局的多多少": a second side naming only its department ("信访局的") asks the item
    the first side names after its own department (said once, for both); never that department's total."""
    from bot.answer.facts import only_departments

    if not only_departments(kb, second) or only_departments(kb, first):
        return second
    spans = department_spans(kb, first)
    if len(spans) != 1 or spans[0][0] > 1:
        return second  # the first side must begin with its department
    item = re.sub(r"(?:那个|这个|那项|这项|的)+$", "", first[spans[0][1]:].lstrip("的"))
    return f"{second.rstrip('的')}的{item}" if len(item) >= 2 else second


def _each_side(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
               depts: list[str]) -> Answer | None:
    """"渝中的就业补助资金和东湖的就业补助各多少", "A和B谁的X高": two departments each asked its own thing on
    its own (never a row of one department's table sharing a word of the other's); after a figure, "A和B各
    多少 / 加起来 / 差多少" asks its item of each. Then both answers listed, added, set against each other or
    the larger (smaller) said with both figures; None (nothing changed) unless each side names one
    department of its own, the two differ, and each is answered."""
    if _departments_of_one_table(kb, question):
        return None  # (departments of one table of departments and their units: that table answers, one column)
    norm = compact(normalize(question))
    sides = figures.each_sides(norm, inside_department_name(kb, norm))
    if not sides or not facts_may_answer(kb, norm):
        return None
    from bot.answer.facts import only_departments

    last = session.figures[-1] if session.figures else {}
    # The split whose second side begins with its department first: "A的社会保障和就业支出和B的…" parts
    # before B, not inside the line's own name.
    sides.sort(key=lambda side: _department_said_at(kb, side[1]))
    for first, second, kind in sides:
        if kind in ("sum", "diff") and "value" not in last:
            continue  # "X和Y加起来" with no figure before: the two sides' own question (_two_sides)
        if kind not in ("sum", "diff") and "value" not in last:
            # "A局和B局的公用经费各多少", "东湖和渝中就业补助哪个多": the item said once, asked of both
            first = _item_of_second(kb, first, second)
        theirs = _one_place(_said_departments(kb, second))
        if kind != "each" and len(theirs) != 1:
            continue  # (the second side names no one department of its own: the first is not read, see below)
        named = [_one_place(_said_departments(kb, first)), theirs]
        bare = [only_departments(kb, first), only_departments(kb, second)]
        if kind == "each" and len(named[0]) == 1 and not named[1] and not any(bare):
            if (both := _one_department_two_things(kb, rules, session, (first, second), question)) is not None:
                return both
            continue
        follow = all(bare) and "value" in last  # "林业局住房公积金" → "林业局和水务局各多少"
        if any(len(n) != 1 for n in named) or named[0] == named[1] or any(bare) and not follow \
                or kind in ("sum", "diff") and not follow:
            continue  # "湛江和渝中的…分别多少": one item of both, asked of each by the fact answerer
        got = _ask_sides(kb, rules, session, (first, second), named, kind, follow, depts)
        shown = [_line_of_place(n, figure) for n, (_, figure) in zip(named, got, strict=True)] if got else named
        answer = _sides_answer(question, kind, shown, got) if got else None
        if answer is None:
            continue
        if kind != "each" and all(figure for _, figure in got):
            # (two wholes set against each other; else two lines of tables of different years or kinds: said which)
            answer.text += _kinds_differ(kb, got[0][1] or {}, got[1][1] or {}) \
                or _tables_differ(kb, [alone for alone, _ in got], [n[0] for n in shown])
        for side, (alone, figure) in zip((first, second), got, strict=True):
            figures.remember(session, Answer(side, ANSWERED, "", "", rows=[figure]) if figure else alone, depts)
        session.talk_departments = [named[0][0], named[1][0]]
        return answer
    return None


# What a plain listing of two things ends with ("…分别多少", "…各是多少"): nothing set against nothing.
_LISTING_TAIL = re.compile(r"(?:分别|各自|各)?(?:是|为)?(?:多少钱?|多少万元?|几多)?(?:呢|啊)?$")
# Where the item said after the place ends: its table's or its column's words, a year, a mark.
_ITEM_END = re.compile(r"[：:，,、]|功能|三公|一般公共|(?:19|20)?\d\d年|[^的]{0,6}表|执行|预算|决算|项目|合计|小计|总计|金额")
# Words of a side that name no item of its own ("人社局项目金额": the department's project of the item said before).
_NO_ITEM_OF_ITS_OWN = re.compile(r"的|项目|金额|资金|预算数?|决算数?|执行数|多少|钱|数|合计|总计|总额|(?:19|20)?\d\d年")


def _one_thing_of_two_tables(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                             depts: list[str]) -> Answer | None:
    """"阳新就业见习补贴：功能分类表24年执行数和人社局项目金额", "阳新就业服务中心项目合计和2025年三公经费分别多少":
    one place's thing asked of two of its tables at once (a general table's line, and a department's project or
    its line of a table of departments): each side asked on its own — the place, and the thing said once, carried
    to the side that leaves them out — and both answers listed, each with its source. None unless the two are
    answered from different tables."""
    norm = compact(normalize(question))
    body = re.sub(r"[？?。！!]+$", "", norm)
    if (tail := _LISTING_TAIL.search(body)) is not None:  # (it matches "" at the end at least)
        body = body[:tail.start()]
    if re.search(r"比|哪|谁|什么|啥|几|吗|是否|加|差|占|倍|一样|相同|不同|区别|多多少|少多少", body):
        return None  # (set against each other, or asking which: the sides' own steps)
    if "和" not in body and "与" not in body:
        return None  # (no join word: no two sides, and the names said are not looked for)
    covered = _department_name_chars(kb, body)
    joins = [k for k, c in enumerate(body) if c in "和与" and k not in covered]
    spans = sorted(department_spans(kb, body))
    if len(joins) != 1 or not spans or spans[0][0] != 0:
        return None
    place_end = spans[0][1]
    first, second = body[:joins[0]], body[joins[0] + 1:]
    if len(first) - place_end < 2 or len(second) < 2:
        return None
    place = body[:place_end]
    item_end = _ITEM_END.search(first, place_end)
    item = first[place_end:item_end.start() if item_end else len(first)].rstrip("的")
    other = _other_side_asked(kb, place, first[:item_end.start()] if item_end else "", item, second)
    if other is None:
        return None
    asks = [first, other]
    got = []
    for ask in (_table_word_as_printed(kb, a) for a in asks):
        alone = _Turn(kb, rules, Session(build_id=session.build_id), ask if re.search(r"多少|几", ask) else ask + "多少").run()
        if alone.status == CLARIFY and ask != asks[0]:
            alone = _option_nearest(kb, rules, session, alone, place, item) or alone
        if alone.status != ANSWERED or figures.figure_of(alone, depts) is None:
            return None
        got.append(alone)
    if not _other_tables(*(_SOURCE.findall(a.text) for a in got)):
        return None
    for a in got:
        figures.remember(session, a, depts)
    return Answer(question, ANSWERED, "\n".join(a.text for a in got), "combine",
                  rows=[r for a in got for r in a.rows], source=[s for a in got for s in a.source])


def _table_word_as_printed(kb: KnowledgeBase, text: str) -> str:
    """"功能表" of the loaded 一般公共预算支出功能分类表: a table's kind said short (its words in order, not as printed)
    as the end of the title that prints them ("功能分类表"), when every loaded title holding them so agrees; the text
    unchanged otherwise."""
    forms = {compact(str(doc.get("form") or "")) for doc in kb.documents.values()} - {""}
    for e in [k for k, c in enumerate(text) if c == "表"][::-1]:
        for s in range(max(0, e - 6), e - 1):
            word = text[s:e + 1]
            if any(word in form for form in forms):
                break  # (said as printed)
            printed = {form[form.index(word[0]):] for form in forms if in_order(word, form) and form.endswith("表")}
            printed = {p for p in printed if len(p) <= len(word) + 4}
            if len(printed) == 1:
                text = text[:s] + printed.pop() + text[e + 1:]
                break
    return text


# "功能表2025年预算呢", "三公表里呢": another table of the place named (its kind said), as a follow-up.
_TABLE_FOLLOWUP = re.compile(r"(?:那|那么)?(?:在)?(?P<table>[\u4e00-\u9fff]{1,10}?表)(?:里|中|里面|上)?的?(?P<rest>[^呢？?]*)呢[？?]?")

# The whole of a table said after its name ("收费表合计呢", "三公表总计呢"): the table's own, of no thing shown before
_WHOLE_OF_TABLE = Words("follow_ups", r"(?:的)?(?:{table_wholes})(?:是|有)?(?:多少钱?)?")


def _thing_in_table_said(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                         depts: list[str]) -> Answer | None:
    """"阳新就业见习补贴（人社局项目）" → "功能表2025年预算呢": the thing just shown asked again of the table said
    now (its kind said short read as printed), with the year and column said; kept when a table of that kind
    answers it, else None (the question read on its own)."""
    m = _TABLE_FOLLOWUP.fullmatch(compact(normalize(question)))
    last = session.figures[-1] if session.figures else {}
    if m is None or "value" not in last or not last.get("asked") or _WHOLE_OF_TABLE.fullmatch(m.group("rest")):
        return None  # ("收费表合计呢": the whole of the table said, not the thing shown again — read on its own)
    # (what it was said to be, "（人社局项目）", is no part of the thing)
    thing = compact(normalize(re.sub(r"（[^（）]*）|\([^()]*\)", "", str(last["asked"]))))
    thing = re.sub(r"(?:多少钱?|是多少|呢)$", "", thing)
    # of the place, not of the department it was said of ("鹭溪人社局就业见习补贴项目": 鹭溪县就业见习补贴) — the
    # table said is the place's
    dept = str(last.get("department") or "")
    place = max((d.name for d in kb.departments if d.name != dept and dept.startswith(d.name)), key=len, default="")
    if place:
        for a, b in sorted(department_spans(kb, thing), reverse=True):
            thing = thing[:a] + thing[b:]
        thing = place + re.sub(r"(?:的)?项目$", "", thing)
    table = _table_word_as_printed(kb, m.group("table"))
    if len(thing) < 2 or not table.endswith("表"):
        return None
    before = session.to_dict()
    found = _Turn(kb, rules, session, thing + table + "里" + m.group("rest")).run()
    sources = _SOURCE.findall(found.text.split("\n")[0]) if found.status == ANSWERED else []
    kind = table.rstrip("表")
    if not sources or figures.figure_of(found, depts) is None or not any(kind in s for s in sources):
        _restore(session, before)
        return None
    figures.remember(session, found, depts)
    found.question = question
    return found


def _other_side_asked(kb: KnowledgeBase, place: str, subject: str, item: str, second: str) -> str | None:
    """The second side of one place's thing asked of two tables, as asked on its own: of the place, with the item
    said before when it names none of its own; None when it is another place's, or of nothing said before."""
    own = sorted(department_spans(kb, second))
    if own and own[0][0] == 0:
        theirs = _said_departments(kb, second[:own[0][1]])
        if not set(theirs) & set(_said_departments(kb, place)):
            return None  # (another place's department: two places, the sides' own steps)
        rest = second[own[0][1]:]
        if len(_NO_ITEM_OF_ITS_OWN.sub("", rest)) >= 2 or len(item) < 2:
            return place + second  # "人社局县级补助资金": an item of its own
        return place + second[:own[0][1]] + item + rest  # "人社局项目金额": the item said before, its project
    if subject and subject != place:
        return subject + second  # "2025年三公经费": of the thing said before (就业服务中心), in another table
    return None


def _option_nearest(kb: KnowledgeBase, rules: list[Rule], session: Session, asked: Answer, place: str,
                    item: str) -> Answer | None:
    """"人社局县级补助资金" (which of three?) beside "财政对城乡居民基本养老保险基金的补助": the option sharing the
    longest run of words with the thing said on the other side (four characters or more, and longer than any
    other option's), asked again by its name; None when no option stands out so."""
    def shared(label: str) -> int:
        name = compact(label.split("（")[0])
        return max((n for n in range(len(item), 3, -1) for k in range(len(item) - n + 1) if item[k:k + n] in name),
                   default=0)

    scored = sorted(((shared(o), o) for o in asked.options or ()), reverse=True)
    if not scored or scored[0][0] < 4 or len(scored) > 1 and scored[1][0] >= scored[0][0] - 1:
        return None
    found = _Turn(kb, rules, Session(build_id=session.build_id), place + compact(scored[0][1].split("（")[0]) + "多少").run()
    return found if found.status == ANSWERED else None


def _one_place(named: list[str]) -> list[str]:
    """A place said by the name it shares with its departments ("阳新": 阳新县 and 阳新县人力资源和社会保障局) is one
    side, the place (its tables of departments print the line asked: "阳新公安局2025年公务用车购置费")."""
    if len(named) < 2:
        return named
    place = min(named, key=len)
    return [place] if all(n.startswith(place) for n in named) else named


def _line_of_place(named: list[str], figure: dict | None) -> list[str]:
    """A place's side answered by a line of its table of departments ("阳新县公安局 2025年预算数 公务用车购置费"):
    that line's department is the side, as the answer says it."""
    head = str((figure or {}).get("label") or "").split(" ")[0]
    if len(named) == 1 and len(head) > len(named[0]) and head.startswith(named[0]) \
            and re.search(r"(?:局|委|办|办公室|中心|院|所|队|部|会|站)$", head):
        return [head]
    return named


def _department_said_first(kb: KnowledgeBase, side: str) -> int:
    """Where the department a side begins with ends ("白云信访局的公用经费": after 信访局); 0 when it begins with none."""
    spans = department_spans(kb, side)
    return max((b for _, b in spans), default=0) if spans and min(a for a, _ in spans) <= 1 else 0


def _item_of_second(kb: KnowledgeBase, first: str, second: str) -> str:
    """"广汉水利局和白云信访局的公用经费各多少": a first side naming only its department asks the item the second
    names after its own department (said once, for both)."""
    from bot.answer.facts import only_departments

    if not only_departments(kb, first) or only_departments(kb, second) or not (end := _department_said_first(kb, second)):
        return first
    item = re.sub(r"^的", "", second[end:])
    return f"{first.rstrip('的')}的{item}" if len(item) >= 2 else first


# A department's own line said right after its name ("卫健局本级", "（本级）", "局机关")
_OWN_LINE = re.compile(r"[（(]?(?:机关本级|本级|局机关|机关(?!运行|事业|事务|服务|工作|党))[）)]?")  # (never 机关运行经费)


def _one_department_two_things(kb: KnowledgeBase, rules: list[Rule], session: Session, sides: tuple[str, str],
                               question: str) -> Answer | None:
    """"广汉水利局项目支出和三公经费分别多少": one department's two figures, from two of its tables (its own project
    table, its line of the place's 三公 table): each asked of it on its own and both listed. None unless both are
    answered from different tables (one table's two items are the typed reading's)."""
    end = _department_said_first(kb, sides[0])
    if not end:
        return None
    # (a unit of it said right after it, "林业局国有林场项目经费和决算": the unit's too)
    end = next((e for s, e, _ in kb.units_said(sides[0], None) if s == end), end)
    # ("东阳卫健局本级收入和项目经费各多少": its own line said, 本级, is the side of both)
    end += len(own.group(0)) if (own := _OWN_LINE.match(sides[0], end)) else 0
    asks = [sides[0], sides[0][:end] + "的" + sides[1].lstrip("的")]
    got = [_Turn(kb, rules, Session(build_id=session.build_id), a if re.search(r"多少|几", a) else a + "多少").run()
           for a in asks]
    if any(a.status != ANSWERED for a in got) or not _other_tables(*(_SOURCE.findall(a.text) for a in got)):
        return None
    return Answer(question, ANSWERED, "\n".join(a.text for a in got), "combine",
                  rows=[r for a in got for r in a.rows], source=[s for a in got for s in a.source])


def _ask_sides(kb: KnowledgeBase, rules: list[Rule], session: Session, sides: tuple[str, str],
               named: list[list[str]], kind: str, follow: bool, depts: list[str]) -> list[tuple[Answer, dict | None]]:
    """Each side asked on its own (a follow-up naming only its department: the conversation's item, asked
    of it); a rate answering an amount is that side not found. [] when a figure needed is not there."""
    got: list[tuple[Answer, dict | None]] = []
    before = session.to_dict()
    for side, dept in zip(sides, named, strict=True):
        ask = side + "的呢" if follow else side if re.search(r"多少|几", side) else side + "多少"
        alone = _Turn(kb, rules, Session.from_dict(before) if follow else Session(build_id=session.build_id), ask).run()
        figure = _side_figure(alone, side, depts) if alone.status == ANSWERED else None
        if follow and figure is not None and figure.get("department") not in (None, "", dept[0]):
            alone, figure = Answer(ask, UNKNOWN, compose.not_in_department(dept[0]), "unknown"), None
        if alone.status == ANSWERED and figure is not None and figure.get("unit") == "%" and not _RATE_SAID.search(side) \
                and not follow and not _indicator_said(alone, side):
            # "鹤川的就业补助" answered by 就业补贴发放及时率: a rate is no amount of the item asked
            alone, figure = Answer(ask, UNKNOWN, compose.not_in_department(dept[0]), "unknown"), None
        if alone.status != ANSWERED and kind != "each":
            return []
        got.append((alone, figure))
    return got if any(a.status == ANSWERED for a, _ in got) else []


def _sides_answer(question: str, kind: str, named: list[list[str]], got: list[tuple[Answer, dict | None]]) -> Answer | None:
    """Both sides' answers listed ("各多少"), added or set against each other, or whose is larger."""
    text = compose.by_department([(n[0], a.text) for n, (a, _) in zip(named, got, strict=True)])
    if kind == "each":
        return Answer(question, ANSWERED, text, "combine", rows=[f for _, f in got if f])
    fx, fy = got[0][1], got[1][1]
    if fx is not None and fy is not None and fx["unit"] != fy["unit"]:
        fx, fy = figures.in_one_unit(fx, fy)  # a table in 元 beside one in 万元: in the larger unit, shown
    if fx is None or fy is None or fx["unit"] != fy["unit"]:
        return None
    fx, fy = ({**f, "department": f.get("department") or n[0]} for f, n in ((fx, named[0]), (fy, named[1])))
    if kind in ("sum", "diff"):
        sources = [(_SOURCE.findall(a.text) or [n[0]])[0] for n, (a, _) in zip(named, got, strict=True)]
        return figures.combine_sides(question, kind, fx, fy, sources)
    big, small = (fx, fy) if fx["value"] >= fy["value"] else (fy, fx)
    winner = named[0 if (big is fx) == (kind in "多高大") else 1][0]
    head = compose.which_is_higher(winner, kind, fx["value"] == fy["value"], figures.as_shown(big["value"]),
                                   figures.as_shown(small["value"]), figures.as_shown(big["value"] - small["value"]),
                                   fx["unit"])
    return Answer(question, ANSWERED, head + "\n" + text, "combine", rows=[fx, fy])


_SOURCE = re.compile(r"（来源：([^（）]*(?:（[^（）]*）[^（）]*)*)）")


_RATE_SAID = re.compile(r"率|比例|比重|百分|占比|进度|%")


def _indicator_said(answer: Answer, side: str) -> bool:
    """Whether the side names the indicator its answer shows ("湛江人社局的群众满意度": 群众满意度 ≥75%): its
    percentage is what was asked, not a rate standing for an amount."""
    said = compact(side)
    return any(e.get("kind") == "indicator" and len(name := compact(str(e.get("name") or ""))) >= 2 and name in said
               for e in answer.entities or ())


def _other_tables(xs: list[str], ys: list[str]) -> bool:
    """Whether two sides' figures come from different tables (their sources name different files)."""
    def files(sources: list[str]) -> set[str]:
        return {s.split(" ")[0] for s in sources}
    return bool(xs) and bool(ys) and not files(xs) & files(ys)


# A department's whole, or a line of its whole spending: a figure whose meaning depends on its table's kind.
_WHOLE_OF_DEPARTMENT = re.compile(r"合计|总计|项目支出|基本支出|人员经费|公用经费|全部项目")


def _kinds_differ(kb: KnowledgeBase, x: dict, y: dict) -> str:
    """"卫健局项目支出和水务局项目总额哪个多": two departments' wholes read from tables of different kinds (a 部门支出
    预算表's 合计 row, a 项目支出绩效目标表's total): said so, briefly; "" otherwise."""
    if not all(_WHOLE_OF_DEPARTMENT.search(str(f.get("label") or "")) for f in (x, y)):
        return ""
    forms = [{kb.documents[d]["form"] for d in kb.documents_of_departments([str(f.get("department") or "")])}
             for f in (x, y)]
    if any(len(f) != 1 for f in forms) or forms[0] == forms[1]:
        return ""
    return "\n" + compose.kinds_differ(next(iter(forms[0])), next(iter(forms[1])))


def _tables_differ(kb: KnowledgeBase, answers: list[Answer], names: list[str]) -> str:
    """"东湖和渝中就业补助哪个多" answered from a 2020 项目申报表 and a 2021 项目支出绩效自评表: each side's year and
    table said, so the two figures are not read as of one kind; "" when both are of one year and kind (or a side's
    table is not one)."""
    docs = [{int(s["document_id"]) for s in a.source or () if s.get("document_id") in kb.documents}
            or _documents_cited(kb, a) for a in answers]
    if any(len(d) != 1 for d in docs):
        return ""
    tables = [kb.documents[next(iter(d))] for d in docs]
    said = [(t.get("year"), t.get("form") or "") for t in tables]
    if said[0] == said[1] or not all(form for _, form in said):
        return ""
    return "\n" + compose.tables_differ([(n, y, form) for n, (y, form) in zip(names, said, strict=True)])


def _documents_cited(kb: KnowledgeBase, answer: Answer) -> set[int]:
    """The documents an answer's rows cite by their file's name (a typed answer's rows carry no document id)."""
    cited = [str(r.get("source") or "") for r in answer.rows]
    return {n for n, d in kb.documents.items() if d.get("file_name") and any(c.startswith(f"{d['file_name']} ") for c in cited)}


# "水务局全部项目", "所有项目": every project of the department, as one side of a comparison.
_EVERY_PROJECT = re.compile(r"(?:全部|所有|全体|整个)(?:的)?项目")


def _side_figure(answer: Answer, said: str, depts: list[str]) -> dict | None:
    """One figure of an answer; of one line's budget and 执行数 ("渝中就业补助执行数"), the one said."""
    figure = figures.figure_of(answer, depts)
    if figure is not None and "value" in figure:
        return figure
    if figure is not None and figure.get("items") and figure.get("department") and _EVERY_PROJECT.search(said):
        # "比水务局全部项目多多少": the department's projects listed, added up — the side said is their whole
        total = round(sum(v for _, v in figure["items"]), 2)
        return {"label": "全部项目合计", "value": total, "unit": figure.get("unit") or "", "department": figure["department"]}
    whole = [r for r in answer.rows if r.get("label") in ("合计", "总计") and isinstance(r.get("value"), int | float)]
    if answer.intent == "total" and len(whole) == 1 and len({r.get("department") for r in answer.rows}) == 1:
        # "2026年水务局预算": the department's total shown with its parts (基本支出 + 项目支出) — its whole, when the
        # side says nothing but the department and its whole (a part said is that row; anything else: not found)
        row = _row_said(answer, said, whole[0])
        return None if row is None else {"label": str(row["label"]), "value": float(row["value"]),
                                         "unit": row.get("unit") or "", "department": row.get("department") or ""}
    series = [r for r in answer.rows if r.get("series") and isinstance(r.get("value"), int | float)
              and re.sub(r"全年|年度|数$", "", str(r["series"])) in said]
    if len(series) != 1 or len({r.get("label") for r in answer.rows}) != 1:
        return None
    row = series[0]
    return {"label": f"{row['label']} {row['series']}", "value": float(row["value"]), "unit": row.get("unit") or "",
            "department": row.get("department") or ""}


# What a side may say of a department's whole beyond its name: its year, 预算 or 支出, and the words of asking
_OF_THE_WHOLE = re.compile(r"(?:19|20)?\d\d年度?|全年|本年度?|今年|明年|部门|整体|预算数?|支出|合计|总计|总额|总共|一共|共计|全部|"
                           r"多少钱|多少|金额|经费|资金|是|为|有|的|呢|了|总")


def _row_said(answer: Answer, said: str, whole: dict) -> dict | None:
    """The row of a department's total shown with its parts that a side says: a part named (项目支出), else the whole
    when nothing but the department and its whole is said; None when the side names a row not shown ("水务局差旅费
    预算": never the whole standing for it)."""
    text = compact(normalize(said))
    parts = [r for r in answer.rows if r is not whole and isinstance(r.get("value"), int | float)
             and len(label := compact(str(r.get("label") or ""))) >= 2 and label in text]
    if len(parts) == 1:
        return parts[0]
    for form in sorted(department_forms(str(whole.get("department") or "")), key=len, reverse=True):
        text = text.replace(compact(form), " ") if len(form) >= 2 else text
    return None if parts or re.search(r"[\u4e00-\u9fff]{2}", _OF_THE_WHOLE.sub(" ", text)) else whole


def _said_apart(text: str, named: list[str]) -> list[str]:
    """The departments a question says each by a word of its own: one said only by its place's word, which names
    the place as well ("福鼎哪个部门支出最多": 福鼎 is 福鼎市's and its 城市管理局's alike), is not a side of its own."""
    out = []
    for d in named:
        others = set().union(*(department_forms(o) for o in named if o != d))
        own = {f for f in department_forms(d) if len(f) >= 2} - others
        if not own or any(f in text for f in own):
            out.append(d)
    return out


def _one_side_of_two(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                     before: dict) -> Answer:
    """"湛江人社局和东湖分局谁的就业目标高", "A和B政府采购比较" answered about one of the two (its goal's text): which
    is higher was not found, and that is said (never one side's answer as if it compared them), with the side that
    asked alone finds nothing."""
    if answer.status != ANSWERED or not (figures.asks_which_is_higher(normalize(question))
                                         or _COMPARED.search(compact(normalize(question)))) \
            or figures.asks_which_is_most(normalize(question)):
        return answer  # (of a superlative over a table's rows, the named are no two sides)
    named = _said_apart(compact(normalize(question)), list(dict.fromkeys(_said_departments(kb, question))))
    text = compact(answer.text)
    if len(named) < 2 or sum(compact(d) in text for d in named) >= 2:
        return answer  # (a name several departments share, "人社局", may name more than the two compared)
    missing = [d for d in named if not _side_found(kb, rules, session, question, d, [o for o in named if o != d])]
    if len(missing) == 1 and compact(missing[0]) not in text and not figures.asks_which_is_higher(normalize(question)):
        # "A和B政府性基金比较", B holding none: A's figure shown, B said missing — never as if it compared them
        answer.text += "\n" + compose.one_side_missing(missing[0])
        return answer
    _restore(session, before)
    return Answer(question, UNKNOWN, compose.not_compared(named, missing if len(missing) == 1 else []), "unknown")


def _side_found(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, dept: str,
                others: list[str]) -> bool:
    """Whether the question asked of one of the departments it sets side by side alone (the others' names and the
    words of comparing left out) is answered."""
    text = compact(normalize(question))
    for other in others:
        form = next((f for f in sorted(map(compact, department_forms(other)), key=len, reverse=True)
                     if len(f) >= 2 and f in text), "")
        text = re.sub(rf"[和与跟及]?{re.escape(form)}(?:的)?[和与跟及]?", "", text, count=1) if form else text
    text = _WHICH_END.sub("", _COMPARED.sub("", text))
    alone = _Turn(kb, rules, Session(build_id=session.build_id), text + "多少").run()
    return alone.status == ANSWERED and any(compact(dept) in compact(alone.text) or f in compact(alone.text)
                                             for f in department_forms(dept) if len(f) >= 3)


_WHICH_END = re.compile(r"(?:谁|哪个|哪一个)的?(?:更|比较|较)?[多高大少低小](?:一些|一点|些)?[？?。]?$")
# "A和B政府采购比较", "…对比一下": two departments set side by side, no direction said
_COMPARED = re.compile(r"(?:比较|对比|相比|比一比|比一下)(?:一下)?(?:呢|吧|看看)?[？?。]?$")


def _on_line_of(kb: KnowledgeBase, ids: list, fact: int) -> bool:
    """Whether an answer's one fact is the given fact or another column of its line (one document, one row)."""
    if ids == [fact]:
        return True
    if len(ids) != 1 or ids[0] is None:
        return False
    rows = query.facts_by_id(kb.conn, [int(ids[0]), int(fact)])
    return len(rows) == 2 and rows[0]["document_id"] == rows[1]["document_id"] and rows[0]["sheet"] == rows[1]["sheet"] \
        and bool(rows[0]["row_labels"]) and rows[0]["row_labels"] == rows[1]["row_labels"] \
        and (rows[0]["page"], rows[0]["line"]) == (rows[1]["page"], rows[1]["line"])  # (县本级 under 一、 and under 二、: two lines)


# "卫健局绩效目标表的基本支出和支出预算表一样吗", "民政局项目支出两张表对得上吗": one department's figure in two of
# the tables holding it, asked whether the two agree.
_AGREE = re.compile(r"(?:的数|的数字|的数据|的金额)?(?:是否|是不是)?(?:对得上|对不对得上|能对上|能不能对上|一样|一致|相同|相等|相符"
                    r"|吻合)(?:吗|么|嘛|不|没有|呢)?$")
_TWO_TABLES = re.compile(r"(?:在)?(?:这)?(?:两张|两个|两份)表格?(?:里|中|上)?(?:的)?")
_TABLE_SAID_FIRST = re.compile(r"^([\u4e00-\u9fff]{1,12}?表)(?:里|中|上)?(?:的)?")
_SIDE_JOIN = re.compile(r"和|与|跟")


def _same_in_two_tables(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                        depts: list[str]) -> Answer | None:
    """One department's thing in two of its tables (each named, or "两张表": the two tables holding the department),
    asked whether they agree: each asked of the department by its full name in that table, both figures shown and
    whether they are equal. None unless both tables give one figure each."""
    norm = compact(normalize(question))
    agree = _AGREE.search(norm)
    body = norm[:agree.start()] if agree is not None else ""
    named = _said_departments(kb, body) if body else []
    spans = sorted(department_spans(kb, body)) if len(named) == 1 else []
    if not spans or spans[0][0] != 0:
        return None
    asks = _asks_of_two_tables(kb, named[0], body[spans[0][1]:].lstrip("的"))
    if asks is None:
        return None
    got = _figures_of_sides(session, asks, depts, None, lambda own, side: _Turn(kb, rules, own, side + "多少").run())
    if not got or len(got) != 2 or not _other_tables(got[0][1], got[1][1]):
        return None
    (x, xs), (y, ys) = got
    if x["unit"] != y["unit"]:
        x, y = figures.in_one_unit(x, y)
        if x["unit"] != y["unit"]:
            return None
    text = compose.agreement_of_tables(named[0], (x["label"], figures.as_shown(x["value"]) + x["unit"]),
                                       (y["label"], figures.as_shown(y["value"]) + y["unit"]),
                                       figures.as_shown(abs(x["value"] - y["value"])) + x["unit"]
                                       if abs(x["value"] - y["value"]) >= 0.005 else "")
    session.talk_departments = [named[0]]
    return Answer(question, ANSWERED, compose.with_sources(text, [*xs, *ys]), "combine")


def _asks_of_two_tables(kb: KnowledgeBase, department: str, rest: str) -> tuple[str, str] | None:
    """The two questions of the department's thing, one per table: "X两张表" of the two tables holding the
    department; "A表的X和B表(的Y)" of each table named (the thing said once is both's)."""
    if (two := _TWO_TABLES.search(rest)) is not None:
        thing = (rest[:two.start()] + rest[two.end():]).strip("的")
        kinds = _kinds_holding(kb, department)
        if len(kinds) != 2 or len(thing) < 2:
            return None
        return f"{department}{kinds[0]}的{thing}", f"{department}{kinds[1]}的{thing}"
    for join in _SIDE_JOIN.finditer(rest):
        first, second = _TABLE_SAID_FIRST.match(rest[:join.start()]), _TABLE_SAID_FIRST.match(rest[join.end():])
        if first is None or second is None:
            continue
        thing = rest[first.end():join.start()]
        other = rest[join.end() + second.end():] or thing
        if len(thing) >= 2 and len(other) >= 2:
            return f"{department}{first.group(1)}的{thing}", f"{department}{second.group(1)}的{other}"
    return None


def _kinds_holding(kb: KnowledgeBase, department: str) -> list[str]:
    """The kinds of the loaded tables holding a department: its own, and another's that lists it by name as a row
    (a place's table of its departments); in the order loaded."""
    from bot.answer.facts.index import index_for  # (the fact answerer's: off a plain question's path)

    idx, name = index_for(kb), compact(department)
    kinds: list[str] = []
    for d, doc in kb.documents.items():
        own = doc["department_name"] == department
        if (own or any(name in k for k in idx.doc_keys.get(d, ()))) and doc.get("form") and doc["form"] not in kinds:
            kinds.append(doc["form"])
    return kinds
