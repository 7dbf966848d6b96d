"""The departments a turn of a conversation names: said, read as a table's title or kind, or named by a project
or funding unit said (for the checks that keep an answer inside the conversation's department)."""

from __future__ import annotations

from bot.answer import facts_may_answer, inside_a_line_said
from bot.dialogue.cues import is_followup
from bot.dialogue.turn import Turn
from bot.dialogue.values import ANSWERED, Answer
from bot.engine.followups import _a_row_says
from bot.engine.names import places_said
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, in_order, normalize


def _incomplete(turn: Turn) -> bool:
    """A follow-up, or a question that names nothing of its own exactly ("老人数是多少"): its answer is
    taken in the conversation's department. A name said only inside a longer line of a table ("财政专项资金多少",
    专项资金 a project's name) is no name of its own: the line is the department's."""
    return is_followup(turn, turn.p) or not any(
        m.score >= 100 and not inside_a_line_said(turn.kb, turn.p.text, m.start, m.end) for m in turn.p.mentions)


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
        pids, said = {r.id for r in m.of("project")}, compact(m.text)
        if m.score >= 100 and len(pids) == 1 and len(said) < 4 and pids <= kb.projects.keys():
            # ("农业执法经费呢": 执法 read, and the words around it its one project's name holds in order)
            said = _said_around(turn.p.text, m.start, m.end, kb.projects[next(iter(pids))].name)
            if len(compact(turn.p.text)) - len(said) > 4 or sum(in_order(said, r.name) for r in kb.projects.values()) != 1:
                continue  # (more said beside it, "应急项目的防汛物资采购": a part of it, not the project)
        if m.score < 100 or not pids or len(said) < 4:
            continue
        depts = {kb.documents[kb.projects[pid].document_id]["department_name"] for pid in pids if pid in kb.projects}
        if len(depts) == 1 and not _a_row_says(kb, said):
            out += [d for d in depts if d not in out]
    return out


def _said_around(text: str, start: int, end: int, name: str) -> str:
    """The words said around a name's piece that the name still holds in order: "农业执法经费呢" around 执法, of
    农业综合行政执法工作经费, is 农业执法经费."""
    while start > 0 and in_order(text[start - 1:end], name):
        start -= 1
    while end < len(text) and in_order(text[start:end + 1], name):
        end += 1
    return compact(text[start:end])


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
    named += [d for d in places_said(kb, text) if d not in named]
    # a table named by its title's words ("营养改善计划里…"): its department is named
    titled = kb.departments_titled(w for w in turn.p.unexplained if len(w) >= 4)
    named += [d for d in sorted(titled) if d not in named]
    # a kind of table named ("评价表里…"): the departments whose tables are of it (none of the others named)
    kind, of_kind = kb.table_kind_said(turn.p.text, turn.p.table_words)
    # (a budget a table is of, read off its title, is no table named: other departments' tables print it as a line)
    owners = sorted({kb.documents[d]["department_name"] for d in of_kind}) if kind not in kb.title_kinds else []
    if owners and not set(named) & set(owners):
        named += owners
    return [d for d in named if d not in rows]
