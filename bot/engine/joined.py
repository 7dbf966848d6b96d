"""One question of two or three subjects joined: "A局、B局项目支出分别多少" (two departments, one measure), "X局专项资金
和民生实事计划投资哪个多" (one department said once, two measures of two kinds of table, each with its own year:
"X局2026年专项资金合计和2025年民生实事计划投资各多少"), "X局专项资金多少 民生实事计划投资多少" (two complete clauses).

Each part is asked on its own through the whole engine (a fresh conversation, the department said once put before
each measure), and the reply lists one line per part — its figure and source — then the comparison or the sum asked
(in one unit; a rate answering an amount to compare or add is that part not found). A part not answered is said
so, never dropped: when each part is asked for ("各多少"), the engine did not answer the whole and some part is
answered while another is not, the reply shows the answered part and says the other was not found (never
"answered"). A sum or comparison with a part not found, or no part answered, keeps the engine's own reply.

Run after the engine answered the whole question. When every part is answered, the engine's answer stays where it
already shows every part's figure (the steps of engine/wholes.py and engine/sides.py, "A和B项目一共多少").
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar

from bot.answer import QUESTION_WORD, YEAR_ASKED, compose
from bot.dialogue import figures
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, UNKNOWN, Answer
from bot.engine.names import _said_departments, department_spans
from bot.engine.sides import (
    _RATE_SAID,
    _SOURCE,
    _indicator_said,
    _inside_row_name,
    _other_tables,
    _side_figure,
)
from bot.engine.table_named import kind_named, organisation
from bot.engine.turn import _restore
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.lexicon import KnowledgeBase, level_forms
from bot.language.normalize import MONEY_UNITS, compact, in_order
from bot.understand.parse import organisation_said_first

_JOIN = Words("joined", "{joins}")
_MORE = Words("joined", "(?:{compare_leads})?(?:{more})(?:{fillers})*$")
_LESS = Words("joined", "(?:{compare_leads})?(?:{less})(?:{fillers})*$")
_EACH = Words("joined", "(?:{fillers})*(?:{each})(?:{fillers})*(?P<ask>{asks})?(?:{fillers})*$")
_SUM = Words("joined", "(?:{fillers})*(?:{operation_words.sum})(?:{fillers})*(?P<ask>{asks})?(?:{fillers})*$")
_ASK_END = Words("joined", "(?P<ask>{asks})(?:{fillers})*$")
# A part asking the likeness of the thing before ("X局有类似的吗"), naming no thing of its own
_LIKE_SAID = Words("context", "{like}")
_FILLER_ENDS = Words("joined", "^(?:{fillers})+|(?:{fillers}|{compare_leads})+$")
# What a piece may not say: another asking or operation of its own ("谁支出多", "哪个表金额大", "比…多")
_ASKS_ELSE = Words("joined", "{operation_words.sum}|{operation_words.diff}|{operation_words.ratio}|" + QUESTION_WORD.pattern
                   + "|比|最")
# A difference or a ratio asked of the whole ("…项目支出差多少", "…占比"): the engine's own steps, never parts
_DIFF_OR_RATIO = Words("joined", "{operation_words.diff}|{operation_words.ratio}")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")

# A part being answered: its own question is never split again.
_IN_PART: ContextVar[bool] = ContextVar("joined_in_part", default=False)

Converse = Callable[[KnowledgeBase, list, Session, str], Answer]


def parts_joined(kb: KnowledgeBase, rules: list, session: Session, question: str, answer: Answer, before: dict,
                 depts: list[str], converse: Converse) -> Answer | None:
    """The reply of a question of two or three subjects, part by part (see the module); None when the question is
    one subject's, no part is answered, one department's parts are answered from one table (its row's columns: the
    table's to answer), a sum or comparison has a part not found, the engine answered the whole while a part is not
    found alone, or the engine's reply already shows every part's figure found."""
    if _IN_PART.get():
        return None
    split, bare = split_parts(kb, question), False
    if split is None and answer.status == UNKNOWN:
        split, bare = split_parts(kb, question, bare=True), True
    if split is None:
        return None
    parts, op, carried = split
    if _one_table_speaks_of_each(answer, parts, carried):
        return None
    got = _asked_alone(kb, rules, session, parts, converse)
    parts, got = _carried_not_held(kb, rules, session, question, (parts, got, carried), converse)
    shown = [_figure(a, p, depts) if a.status == ANSWERED else None for p, a in zip(parts, got, strict=True)]
    if op != "each":  # (a figure set beside another: a rate standing for an amount is no figure of the part)
        got = [_no_rate_for_amount(a, p, f, carried.get(p) or p[:_lead(kb, p)]) for p, a, f in zip(parts, got, shown, strict=True)]
    unclear: list[tuple[str, list[str]]] = []
    if bare:  # ("临时救助金多少": a row's columns shown, the amount first — the row's figure is that first one)
        # (the kind of the other part's figure — none said: this year's amount; listed each on its own, "各多少",
        # no figure is combined and the first amount stands)
        kind = next((_kind(f) for f in shown if f is not None), frozenset()) if op != "each" else None
        firsts = [None if f is not None or a.status != ANSWERED else _first_amount(a, depts, kind)
                  for a, f in zip(got, shown, strict=True)]
        unclear = [(_label(p), x) for p, x in zip(parts, firsts, strict=True) if isinstance(x, list)]
        shown = [f if f is not None else x if isinstance(x, dict) else None for f, x in zip(shown, firsts, strict=True)]
    if bare and unclear and all(a.status == ANSWERED and _names_it(p, a) for p, a in zip(parts, got, strict=True)):
        # (a row shown with amounts of several kinds — last year's done, this year's budget: which is its figure
        # is not known, never the first one taken; its columns are named)
        lines = [compose.joined_part(_label(p), a.text) for p, a in zip(parts, got, strict=True)]
        return Answer(question, UNKNOWN, "\n".join([compose.joined_which_figure(op != "sum", unclear), *lines]),
                      "unknown", source=[s for a in got for s in a.source])
    if bare and (_in_one_unit(shown) is None or not all(_names_it(p, a) for p, a in zip(parts, got, strict=True))):
        return None  # (parts no department was said for: each one's one figure of a name holding it, or the engine's reply)
    if op == "each" and answer.status == ANSWERED and _none_held_by_its_department(parts, got, carried) \
            and not _its_own_lines_name_each(kb, answer, parts, carried):
        _restore(session, before)  # (another department's lines, or the bureau's 小计, are no part's answer)
        return _reply(question, parts, op, got, [None] * len(parts))
    cited = [_SOURCE.findall(a.text) for a in got if a.status == ANSWERED]
    if not cited or carried and not (all(cited) and all(_other_tables(x, y) for k, x in enumerate(cited)
                                                        for y in cited[k + 1:])):
        return None
    done = all(a.status == ANSWERED for a in got)
    left = not done and _left_out(answer, op, parts, got, carried)
    if not done and (op != "each" or answer.status == ANSWERED) and not left:
        # (a sum or comparison with a part not found: never half of it given, as sides.py has it; the engine's own
        # answer to the whole stands over a part it found that is not found asked alone)
        return None
    if not left and (answer.status == ANSWERED or not done) and all(_shown_in(answer.text, a, f)
                                                       for a, f in zip(got, shown, strict=True) if a.status == ANSWERED):
        return None  # (the engine's own reply holds every part's figure found, and says what is not)
    _restore(session, before)
    for a in got:
        if a.status == ANSWERED:
            figures.remember(session, a, depts)
    return _reply(question, parts, op, got, [f if a.status == ANSWERED else None for a, f in zip(got, shown, strict=True)])


def _asked_alone(kb: KnowledgeBase, rules: list, session: Session, parts: list[str], converse: Converse) -> list[Answer]:
    """Each part's answer asked alone, in a fresh session of the build (never split again)."""
    token = _IN_PART.set(True)
    try:
        return [converse(kb, rules, Session(build_id=session.build_id), p) for p in parts]
    finally:
        _IN_PART.reset(token)


def _carried_not_held(kb: KnowledgeBase, rules: list, session: Session, question: str,
                      asked: tuple[list[str], list[Answer], dict[str, str]], converse: Converse) -> tuple[list[str], list[Answer]]:
    """The parts and their answers, each only as the department it was carried to's (_of_department); and
    "县公安局收费小计和高山蔬菜补助资金分别多少": a part the department said once was carried to, not found there,
    asked again as said (its own thing, of another table: 高山蔬菜补助资金 is no row of 县公安局's) — kept when answered
    by a line naming the part's own words, the part then no longer the department's. Only when the department holds
    the part it was said with (its first part answered there) and no part asks a likeness ("X局有类似的吗，Y多少":
    X asked of the whole); never a table's 合计 of other words ("水务局专项资金和民生实事计划投资各多少": 民生实事's
    合计 is no 水务局 line) nor a reply naming no line ("除了…，其他单位合计" — 其他单位 is no thing of its own)."""
    parts, got, carried = asked
    got = [_of_department(kb, a, carried.get(p, "")) for p, a in zip(parts, got, strict=True)]
    said = compact(question)
    out_parts, out_got = list(parts), list(got)
    if not got or got[0].status != ANSWERED or any(_LIKE_SAID.search(compact(p)) for p in parts):
        return out_parts, out_got
    for k, (part, answer) in enumerate(zip(parts, got, strict=True)):
        dept = carried.get(part, "")
        own = part[len(dept):] if dept and part.startswith(dept) else ""
        if k == 0 or answer.status == ANSWERED or len(_label(own)) < 3 or part in said or _label(own) not in said \
                or _kind_alone(_label(own)):
            continue  # (a kind of table's measure, 项目支出 of the unit, is no thing of its own to ask bare)
        again = _asked_alone(kb, rules, session, [own], converse)[0]
        if again.status == ANSWERED and _names_it(own, again):
            out_parts[k], out_got[k] = own, again
            carried.pop(part, None)
    return out_parts, out_got


def _left_out(answer: Answer, op: str, parts: list[str], got: list[Answer], carried: dict[str, str]) -> bool:
    """Whether a part not answered alone is left out of the engine's answer to the whole: "各多少" answered without
    its words, or parts of different kinds of tables (one table never answers the other's measure)."""
    return op == "each" and answer.status == ANSWERED and _part_left_out(answer, parts, got, carried) \
        or _kinds_apart(parts, carried)


def _part_left_out(answer: Answer, parts: list[str], got: list[Answer], carried: dict[str, str]) -> bool:
    """Whether the engine's answer to "A和B分别多少" leaves out a part not answered alone (held by several, or by
    nothing): none of the part's own words (two characters running, the department it was carried to not counted —
    "县公安局收费小计和培训费分别多少": 培训费, never 公安 of the other part's line) is in it — half the question
    answered as if whole; that part is then said not found, never dropped."""
    shown = compact(_SOURCE.sub("", answer.text))
    for part, a in zip(parts, got, strict=True):
        if a.status == ANSWERED:
            continue
        label = compact(_label(part))
        dept = compact(carried.get(part, ""))
        own = label[len(dept):] if dept and label.startswith(dept) else label
        if _LIKE_SAID.search(own):
            continue  # ("X局有类似的吗，Y多少": the likeness of the thing before, no thing named of its own)
        if len(own) >= 2 and not any(own[i:i + 2] in shown for i in range(len(own) - 1)):
            return True
    return False


def _none_held_by_its_department(parts: list[str], got: list[Answer], carried: dict[str, str]) -> bool:
    """Whether every part was carried to a department and none is held there ("县X局会议费和培训费分别多少" of a
    bureau printing neither): the engine's answer to the whole is then another department's lines, or the bureau's
    小计 — each part is said not found of it instead. Never when a part asks a likeness ("X局有类似的吗，Y多少"):
    that is one thing asked of X, the engine's to answer."""
    return bool(parts) and all(carried.get(p) and a.status == UNKNOWN for p, a in zip(parts, got, strict=True)) \
        and not any(_LIKE_SAID.search(compact(p)) for p in parts)  # ("X局有类似的吗，Y多少": Y of X, the engine's)


def _its_own_lines_name_each(kb: KnowledgeBase, answer: Answer, parts: list[str], carried: dict[str, str]) -> bool:
    """Whether the engine answered the whole from the lines of the department each part was carried to, naming
    each part's own words ("渝中就业补助资金全年预算数和执行数": one row's two columns of one table, neither part
    found alone) — that answer stands; the bureau's 小计 for "县X局会议费和培训费" names neither part, and lines of
    another table beside it are no lines of its own."""
    if not _one_table_cited(answer) or not all(any(compact(n) in compact(answer.text) for n in _said_departments(kb, carried.get(p, "")))
                       for p in parts):  # (the department named in the lines or their source)
        return False  # (one table of the department's: never lines of several tables beside its 小计)
    shown = compact(_SOURCE.sub("", answer.text))
    own = [_own_words(p, carried) for p in parts]
    return all(len(o) >= 2 and any(o[i:i + 2] in shown for i in range(len(o) - 1)) for o in own)


def _one_table_speaks_of_each(answer: Answer, parts: list[str], carried: dict[str, str]) -> bool:
    """Whether the engine answered one department's measures from one table whose lines name each part's own words
    ("X街道退休费和电费2024年预算数合计多少": its sum of the two lines). Parts of one table are that table's to answer
    (parts_joined never replaces such an answer), so the parts are not asked again: asking them would triple the
    cost of every sum over a general table's lines."""
    if answer.status != ANSWERED or not carried or not _one_table_cited(answer):
        return False
    shown = YEAR_ASKED.sub("", compact(_SOURCE.sub("", answer.text)))
    own = [_own_words(p, carried) for p in parts]
    return all(o and o in shown for o in own)


def _one_table_cited(answer: Answer) -> bool:
    """Whether the answer cites one file and the tables passed forward with it are at most one."""
    return len({x.split(" ")[0] for x in _SOURCE.findall(answer.text)}) == 1 \
        and len({s.get("document_id") for s in answer.source}) <= 1


def _own_words(part: str, carried: dict[str, str]) -> str:
    """A part's own words: without the department it was carried to, its year and its asking end."""
    return _ASK_END.sub("", YEAR_ASKED.sub("", compact(part)[len(compact(carried.get(part, ""))):]))


def _of_department(kb: KnowledgeBase, answer: Answer, department: str) -> Answer:
    """A part the department said once was carried to, answered: only as that loaded department's (its table, or
    its name, from its level on, in the lines shown) — another department's figure for the measure is that part
    not found."""
    if not department:
        return answer
    names = _said_departments(kb, department)
    if answer.status != ANSWERED:  # (its tables hold no such measure: said of it, never "held nowhere")
        return Answer(answer.question, UNKNOWN, compose.not_in_department(names[0] if names else department), "unknown")
    if not names and not organisation(kb, department):
        return Answer(answer.question, UNKNOWN, compose.not_in_department(department), "unknown")
    if not names:
        return answer  # (a bureau only a general table's rows are of: those rows are what answered)
    docs = {s.get("document_id") for s in answer.source}
    theirs = {str(kb.documents[d]["department_name"]) for d in docs if d in kb.documents}
    shown = compact(_SOURCE.sub("", answer.text))
    # (its name as a general table prints it, from its level on: 县水务局 of 青桐县水务局, never the bare 水务局)
    if theirs & set(names) or any(compact(f) in shown for n in names for f in sorted(level_forms(n), key=len)[1:] or [n]):
        return answer
    return Answer(answer.question, UNKNOWN, compose.not_in_department(names[0]), "unknown")


def _no_rate_for_amount(answer: Answer, part: str, figure: dict | None, department: str) -> Answer:
    """A part to compare or add answered by a rate it does not ask (an amount asked, 就业补助, answered by 就业补贴发放
    及时率): that part not found in the department it is of (said once, or at its start), as sides.py has it — a rate
    is never set beside an amount. (Listed each on its own, "各多少", every part's answer is shown as it is.)"""
    if answer.status != ANSWERED or figure is None or figure.get("unit") != "%" or _RATE_SAID.search(part) \
            or _indicator_said(answer, part):
        return answer
    return Answer(answer.question, UNKNOWN, compose.not_in_department(department) if department else "", "unknown")


def _reply(question: str, parts: list[str], op: str, got: list[Answer], shown: list[dict | None]) -> Answer:
    """One line per part (its answer, or that it was not found), then the comparison or sum asked (only when every
    part has one figure, in one unit: 元 beside 万元 put in the larger, a rate never beside an amount)."""
    labels = [_label(p) for p in parts]
    lines = [compose.joined_part(label, a.text) if a.status == ANSWERED
             else compose.joined_part_not_found(label, a.text if a.status == UNKNOWN else "")
             for label, a in zip(labels, got, strict=True)]
    done = all(a.status == ANSWERED for a in got)
    head = ""
    values = _in_one_unit(shown) if done and op in ("more", "less", "sum") else None
    if op in ("more", "less", "sum") and (values is None or op != "sum" and len(values) != 2):
        head = compose.joined_not_combined(op != "sum") if done else ""
    elif values is not None and op == "sum":
        head = compose.joined_sum(labels, [figures.as_shown(f["value"]) for f in values],
                                  figures.as_shown(sum(f["value"] for f in values)), values[0]["unit"])
    elif values is not None:
        x, y = values[0]["value"], values[1]["value"]
        first = (x >= y) == (op == "more")
        big, small = max(x, y), min(x, y)
        head = compose.which_is_higher(labels[0 if first else 1], "多" if op == "more" else "少", x == y,
                                       figures.as_shown(big), figures.as_shown(small),
                                       figures.as_shown(big - small), values[0]["unit"])
    text = "\n".join(([head] if head else []) + lines)
    return Answer(question, ANSWERED if done else UNKNOWN, text, "combine" if done else "unknown",
                  rows=[f for f in values or shown if f is not None], source=[s for a in got for s in a.source])


def _in_one_unit(shown: list[dict | None]) -> list[dict] | None:
    """The parts' figures in one unit (元 beside 万元: in the larger, the one moved said, figures.in_one_unit); None
    when a part has no one figure, or the units are not of one kind (a rate beside an amount)."""
    values = [f for f in shown if f is not None and isinstance(f.get("value"), float | int)]
    if not values or len(values) != len(shown):
        return None
    target = values[0]
    for f in values[1:]:
        if f["unit"] != target["unit"]:
            x, y = figures.in_one_unit(target, f)
            if x["unit"] != y["unit"]:
                return None
            target = target if x is target else f  # (the larger unit: the one not moved)
    return [f if f["unit"] == target["unit"] else figures.in_one_unit(f, target)[0] for f in values]


# The total an answer adding rows shows at the end of its sum ("620 + 950 + 430.6 = 2000.6万元"): the fact
# answerer's sum of a department's rows carries no row of its own for sides._side_figure to read
_TOTAL_SHOWN = re.compile(r"=\s*(?P<value>\d+(?:\.\d+)?)(?P<unit>万元|亿元|元)")


def _figure(answer: Answer, part: str, depts: list[str]) -> dict | None:
    """A part's one figure: sides._side_figure's (its row, series, a department's whole), else the total its sum
    of rows shows (one sum only)."""
    figure = _side_figure(answer, part, depts)
    if figure is not None and isinstance(figure.get("value"), float | int):
        return figure
    totals = _TOTAL_SHOWN.findall(_SOURCE.sub("", answer.text))
    return {"label": "", "value": float(totals[0][0]), "unit": totals[0][1]} if len(set(totals)) == 1 else None


# The words of a column making it another kind of figure than this year's amount (another year's, what was done,
# carried over, a part of the row's money: 2024年执行数, 上年结转, 资金来源 中央)
_OTHER_KIND = Words("joined", "{row_figure_kinds}")
_WHOLE = Words("joined", "{row_figure_wholes}")
_YEAR = re.compile(r"(?:19|20)\d\d(?=年)")
_UNIT_SAID = re.compile(r"[（(][^（()）]*[）)]$")  # (a column's unit, 上年结转（万元）: its name said without it)


def _column(figure: dict) -> str:
    """The column a row's labelled figure is of ("困难群众临时救助金 发放金额（万元）" → 发放金额（万元）)."""
    return compact(str(figure.get("label") or "").rsplit(" ", 1)[-1])


def _kind(figure: dict) -> frozenset[str]:
    """The kind of figure a column prints: the words making it another than this year's amount (none for 总计,
    预算数, 发放金额)."""
    return frozenset(m.group(0) for m in _OTHER_KIND.finditer(_column(figure)))


def _first_amount(answer: Answer, depts: list[str], kind: frozenset[str] | None) -> dict | list[str] | None:
    """A row's figure of those its answer's first line shows: its one amount, else its first amount when that
    column is of the kind asked (the other part's: this year's amount unless said otherwise), of the latest year the
    row prints, and no other amount of the row is of that kind and year ("发放金额；资金来源 省级；…": 发放金额) unless
    it is the row's whole ("合计；财政拨款；其他资金"); kind None: the first amount, whatever its column. When
    the row prints amounts but none so settled ("2024年执行数；2025年预算数", "上年结转；本年"), its money columns
    (which of them is not known); None when it shows no amount."""
    items = [i for i in (figures.line_items(answer, depts) or {}).get("items") or []
             if isinstance(i, dict) and i.get("unit") in MONEY_UNITS]
    if len(items) <= 1:
        return items[0] if items else None
    first = items[0]
    years = [max(_YEAR.findall(_column(i)) or ["0"]) for i in items]
    alike = [i for i, y in zip(items, years, strict=True) if _kind(i) == _kind(first) and y == years[0]]
    if kind is None or _kind(first) == kind and years[0] == max(years) and (alike == [first] or _WHOLE.search(_column(first))):
        return first
    return [_UNIT_SAID.sub("", str(i.get("label") or "").rsplit(" ", 1)[-1]).strip() for i in items]


def _names_it(part: str, answer: Answer) -> bool:
    """Whether the name the answer's first line gives holds the part's words in order (香菇专项 of 香菇产业发展专项资金;
    never 医保补助 answered by 医疗费补助)."""
    first = answer.text.splitlines()[0] if answer.text else ""
    return in_order(_label(part), compact(first.split("：", 1)[0]))


def _label(part: str) -> str:
    """A part as its line names it: the part's question without its asking word."""
    return _ASK_END.sub("", part) or part


def _shown_in(text: str, answer: Answer, figure: dict | None) -> bool:
    """Whether an answer's text shows a part's figure (its one figure — _figure's, worked out once by the caller —
    else a number its first line says)."""
    said = {float(n) for n in _NUMBER.findall(_SOURCE.sub("", text).replace(",", ""))}
    if figure is not None:
        wanted = [float(figure["value"])]
    else:  # (several figures of the part: one of them shown is the part said — its column may be asked once for all)
        wanted = [float(n) for n in _NUMBER.findall(_SOURCE.sub("", answer.text).split("\n")[0].replace(",", ""))]
    return any(abs(w - s) < 0.006 or abs(w * 10000 - s) < 0.6 or abs(w - s * 10000) < 0.6 for s in said
               for w in wanted)


def split_parts(kb: KnowledgeBase, question: str, bare: bool = False) -> tuple[list[str], str, dict[str, str]] | None:
    """The parts a question of two or three subjects asks, each a whole question of its own, what is asked of them
    together ("each", "more", "less", "sum"), and the department said once that each part it was carried to is of;
    None when the question is one subject's."""
    if (carried_on := carried_parts(kb, question)) is not None:
        return carried_on, "each", {}
    clauses = _clauses(question)
    text = "\x00".join(c for c in clauses if c)  # (a space between two clauses parts them)
    if (compared := _kinds_compared(kb, text)) is not None:
        return compared
    if _DIFF_OR_RATIO.search(text):
        return None
    op, ask, clause_mode = "each", "多少", False
    for name, pattern in (("more", _MORE), ("less", _LESS), ("each", _EACH), ("sum", _SUM)):
        if (m := pattern.search(text)) is not None and m.start() > 0:
            op, text = name, text[:m.start()]
            ask = (m.groupdict().get("ask") or ask) if name in ("each", "sum") else ask
            break
    else:
        if len(clauses) >= 2:
            if not all(_ASK_END.search(c) for c in clauses):
                return None  # ("卫健局项目支出有多少 麻烦": a word after the question asks nothing of its own)
            # (clauses that each ask of their own: "X局专项资金多少 民生实事计划投资多少")
            text, clause_mode = "\x00".join(_ASK_END.sub("", c) for c in clauses), True
        elif (m := _ASK_END.search(text)) is not None:
            text, ask = text[:m.start()], m.group("ask")
    pieces = _pieces(kb, text)
    if not 2 <= len(pieces) <= 3 or any(_asks_else(kb, p) for p in pieces):
        return None  # ("A和B谁支出多", "…多少，实际花了多少"): asked otherwise than part by part
    found = _whole_parts(kb, pieces) or _kind_parts(kb, pieces) \
        or (_named_parts(kb, pieces) if bare and op in ("sum", "more", "less") else None)
    if found is None:
        return None
    if clause_mode and any(d and _said_departments(kb, d) for _, d in found):
        return None  # (clauses of a loaded department: the fact answerer's clauses carry it, engine/turn.py)
    asked = [(p if _ASK_END.search(p) else p + ask, d) for p, d in found]
    return [p for p, _ in asked], op, {p: d for p, d in asked if d}


def _asks_else(kb: KnowledgeBase, piece: str) -> bool:
    """Whether a piece says another asking of its own (谁, 最, 比…) outside every name the tables hold (最 of
    最低生活保障补助资金 is the name's)."""
    inside = {i for a, b, _, _ in kb.lexicon.spans(piece) for i in range(a, b)}
    return any(not set(range(m.start(), m.end())) <= inside for m in _ASKS_ELSE.finditer(piece))


def _clauses(question: str) -> list[str]:
    """The question's clauses, parted by spaces; inside each, a pause mark between two subjects marked by \\x00."""
    # (a pause mark between two subjects parts them as a space does: compacted away, it is marked)
    clauses = ["\x00".join(s for s in (compact(x) for x in re.split(r"[、，,；;]", c)) if s)
               for c in re.split(r"[\s\u3000]+", question.strip())]  # (normalize joins words a space parts)
    return [c for c in (re.sub(r"[？?。！!]+$", "", c) for c in clauses) if c]


def carried_parts(kb: KnowledgeBase, question: str) -> list[str] | None:
    """A thing's total and a measure alone ("X一共多少 财政拨款多少"): the two questions, the second asked of the
    first's thing; None otherwise."""
    clauses = _clauses(question)
    if len(clauses) == 1 and clauses[0].count("\x00") == 1:
        clauses = clauses[0].split("\x00")  # ("X一共多少，财政拨款多少")
    return _subject_carried_on(kb, clauses) if all(_ASK_END.search(c) for c in clauses) else None


_TOTAL_END = Words("joined", "(?:{operation_words.sum})(?:{fillers})*$")


def _subject_carried_on(kb: KnowledgeBase, clauses: list[str]) -> list[str] | None:
    """"X一共多少 财政拨款多少": two clauses, the first a thing's total, the second a measure alone (no name, no
    department of its own) — the second is asked of the first's thing: [X多少, X财政拨款多少]. None otherwise."""
    if len(clauses) != 2 or any("\x00" in c for c in clauses):
        return None
    first, second = (_ASK_END.sub("", c) for c in clauses)
    subject = _TOTAL_END.sub("", first)
    if subject == first or len(subject) < 3 or not 2 <= len(second) <= 8 or _ASKS_ELSE.search(second) \
            or kb.lexicon.spans(second) or _lead(kb, second) or not kb.lexicon.spans(subject):
        return None
    return [subject + _ASK_END.search(clauses[0]).group("ask"), subject + clauses[1]]


def _pieces(kb: KnowledgeBase, text: str) -> list[str]:
    """The text cut at each clause end (marked by \\x00) and each join word inside no name the tables hold (the 和
    of 文化和广电旅游体育局, of 社会保障和就业支出); [] when a piece is too short to ask anything."""
    inside = {i for a, b, _, _ in kb.lexicon.spans(text) for i in range(a + 1, b)}
    in_row = _inside_row_name(kb, text)  # (a table's row said: 就业和社会保险的管理支出)
    out, start, k = [], 0, 0
    while k < len(text):
        m = None if k == 0 or k in inside else _JOIN.match(text, k)
        m = None if m is None or in_row(k) else m
        if text[k] == "\x00" or m is not None:
            out.append(text[start:k])
            start = k = m.end() if m is not None else k + 1
            continue
        k += 1
    out = [_FILLER_ENDS.sub("", p) for p in [*out, text[start:]]]
    return [p for p in out if p] if all(len(p) >= 2 for p in out if p) else []


def _lead(kb: KnowledgeBase, text: str) -> int:
    """Where the department a text begins with ends (a loaded department, or a bureau a general table's rows are
    of, or one said by a department's ending, 枫港市教育局): 0 when it begins with none."""
    return max([*(b for a, b in department_spans(kb, text) if a == 0), organisation_said_first(kb, text)])


def _whole_parts(kb: KnowledgeBase, pieces: list[str]) -> list[tuple[str, str]] | None:
    """Each piece as a whole question: departments listed before one measure ("A局、B局项目支出": the measure each
    one's), one department said before several measures ("X局专项资金、民生实事": each measure its), or pieces
    each naming its own department; None when the pieces name no department to ask of. Beside each, the
    department said once when it was carried to the piece ("" otherwise)."""
    leads = [_lead(kb, p) for p in pieces]
    last = pieces[-1]
    if all(leads) and all(len(p.rstrip("的")) - leads[k] < 2 for k, p in enumerate(pieces[:-1])) \
            and len(last) - leads[-1] >= 2:
        rest = last[leads[-1]:]
        return [(_said(p[:leads[k]], rest), "") for k, p in enumerate(pieces[:-1])] + [(_said(last[:leads[-1]], rest), "")]
    if not leads[0] and any(leads[1:]) and all(len(p) >= 3 and len(p) - leads[k] >= 2 for k, p in enumerate(pieces)):
        # ("低保资金和县公安局收费小计分别多少": the first names no department, a later one its own — each as said)
        return [(p, "") for p in pieces]
    if not leads[0] or len(pieces[0]) - leads[0] < 2:
        return None
    department = pieces[0][:leads[0]]
    if any(len(p[leads[k]:].lstrip("的")) < 3 for k, p in enumerate(pieces)):
        return None  # (a measure of two characters, 就业 of 就业和社会保险…, is no part of its own)
    return [(_said(department, pieces[0][leads[0]:]), department if not any(leads[1:]) else "")] + [
        (_said(p[:leads[k + 1]], p[leads[k + 1]:]), "") if leads[k + 1] else (_said(department, p), department)
        for k, p in enumerate(pieces[1:])]


def _kind_parts(kb: KnowledgeBase, pieces: list[str]) -> list[tuple[str, str]] | None:
    """"林业站采购预算和项目支出": a subject said once (whatever it is: a unit no lexicon names) before a kind of table's
    measure, each later piece another kind's measure (engine/table_named.py's words) — each measure of the subject;
    None otherwise."""
    first = kind_named(pieces[0])
    later = [kind_named(p) for p in pieces[1:]]
    if first is None or first[1] < 2 or any(k is None or k[1] != 0 for k in later):
        return None
    if len({first[0], *(k[0] for k in later if k is not None)}) != len(pieces):
        return None  # (two measures of one kind of table: that table's to answer)
    subject = pieces[0][:first[1]].rstrip("的")
    parts = [(_said(subject, p), subject) for p in [pieces[0][first[1]:], *pieces[1:]]]
    if organisation(kb, subject):
        return parts
    if not any(_name_runs_on(kb, p, len(subject)) for p, _ in parts):
        return None  # (no organisation and no name the tables hold: the question as a whole, 园林绿化养护的采购方式和项目经费)
    # (a project's words, 信息化设备 of 信息化设备采购经费, are no line of another table: a part is asked as said only
    # when a name the tables hold runs on past them into its measure, 信息化设备采购 of 信息化设备采购预算; the
    # others stay carried, said not found by _of_department — never a sum of projects matched by a word)
    return [(p, "") if _name_runs_on(kb, p, len(subject)) else (p, d) for p, d in parts]


def _name_runs_on(kb: KnowledgeBase, part: str, end: int) -> bool:
    """Whether a name the tables hold, said from the part's start, runs on past `end`."""
    return any(a == 0 and b > end for a, b, _, _ in kb.lexicon.spans(part))


# "X资产总额比采购预算多多少", "X项目支出和资产总额差多少": one subject's measures of two kinds of tables compared
_COMPARED = Words("two_sides", r"^(?P<first>[^\x00]+?)(?:{against})(?P<second>[^\x00]+?)(?P<diff>{difference:longest})"
                               r"(?:[呢吗啊呀])*$")
_FEWER = re.compile(r"[少低小]")


def _kinds_compared(kb: KnowledgeBase, text: str) -> tuple[list[str], str, dict[str, str]] | None:
    """The parts of a subject's two measures of two kinds of tables compared (each a question of its own, the
    subject carried to the second), "more" or "less" as the difference is said; None otherwise."""
    m = _COMPARED.fullmatch(text)
    if m is None or (found := _kind_parts(kb, [m.group("first"), m.group("second")])) is None \
            or not _kind_alone(m.group("second")):
        return None
    parts = [p + "多少" for p, _ in found]
    return parts, "less" if _FEWER.search(m.group("diff").replace("多少", "")) else "more", {p: d for p, (_, d) in zip(parts, found, strict=True)}


def _kind_alone(label: str) -> bool:
    """Whether a part's words are a kind of table's measure and nothing else (项目支出, 采购预算)."""
    named = kind_named(label)
    return named is not None and named[1] == 0 and named[2] == len(label)


def _kinds_apart(parts: list[str], carried: dict[str, str]) -> bool:
    """Whether the parts ask one subject's measures of different kinds of tables (采购预算 and 项目支出): the engine's
    answer to the whole, from one of them, never holds a part not answered alone — that part is said not found."""
    named = [kind_named(_own_words(p, carried)) for p in parts]
    return all(n is not None for n in named) and len({n[0] for n in named if n}) == len(parts)


def _named_parts(kb: KnowledgeBase, pieces: list[str]) -> list[tuple[str, str]] | None:
    """"香菇专项和耕地地力补贴加起来" the engine could not answer whole (one side a project, the other a row of another
    table): each piece, no department said, asked on its own (one naming a project); None otherwise."""
    if any(_lead(kb, p) or len(p) < 3 for p in pieces) or not any(kb.lexicon.spans(p) for p in pieces):
        return None
    return [(p, "") for p in pieces]


def _said(department: str, rest: str) -> str:
    """A part as one question: the year the part says first, then its department, then what is asked of it
    ("2025年" + "教育局" + "民生实事计划投资": the year each part says is that part's own)."""
    rest = rest.lstrip("的")
    year = YEAR_ASKED.match(rest)
    if year is None:
        return department + rest
    return year.group(0) + department + rest[year.end():].lstrip("的")
