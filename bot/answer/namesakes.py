"""One indicator's value asked where several projects each hold an indicator of that name with values of their
own ("资金拨付及时率是多少": 100% in one project, ≥95% in another): the question names no project, so no one
value answers it. Each project's value is shown and the person is asked which project was meant (a clarify
whose options are the projects), never answered as if the list were the one value asked."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from bot.answer import compose
from bot.dialogue.turn import Turn
from bot.dialogue.values import CLARIFY, NAMESAKES_ASKED, Answer, Frame, copy_frame
from bot.language.asking import Words
from bot.language.normalize import compact

# "分别多少", "哪些项目", "都是多少": every project's value is asked, the list is the answer.
_EACH = Words("indicator_namesakes", "{each}")


def ask_which_project(t: Turn, f: Frame, rows: Sequence[sqlite3.Row], text: str, actual: bool) -> Answer | None:
    """The list `text` of `rows` turned into a question of which project, when the rows are one indicator's
    namesakes in two projects or more whose targets differ and the question names none of them nor asks each
    one's; None otherwise (the list answers). `actual`: the 全年完成值 is shown beside the targets (it tells no
    project apart: one table prints it and another not). One project of a department in two of its tables (its
    2026 目标表 and its 2025 评分表) is one project: one option, its rows listed under it. A department's whole
    (部门整体绩效) is no project to choose: its indicator beside one project's is the department's own target,
    answered with that project's."""
    projects = [r["project_id"] for r in rows]
    groups: dict[tuple[str, str], list[sqlite3.Row]] = {}
    for r in rows:
        groups.setdefault((r["project_name"], r["department_name"]), []).append(r)
    own = {k for k, g in groups.items() if any(t.kb.projects[r["project_id"]].kind != "department" for r in g)}
    if len(own) < 2 or len(projects) != len(set(projects)) or len({r["name"] for r in rows}) != 1:
        return None
    # (the words outside the names said: 和 of 社会和谐稳定 asks nothing)
    asked = "".join(" " if any(m.start <= k < m.end for m in t.p.mentions) else ch for k, ch in enumerate(t.p.text))
    targets = {frozenset().union(*(_values(r, f.value_kind, False) for r in g)) for g in groups.values()}
    if len(targets) < 2 or _EACH.search(asked) or t.picked:
        return None
    if any(m.of("project") for m in t.p.mentions) or set(projects) <= set(t.session.focus_projects):
        return None  # the projects were named, or the talk is already about these very projects
    if not t.fresh or t.p.years or not any(m.of("indicator") and compact(rows[0]["name"]) in compact(m.text) for m in t.p.mentions):
        return None  # a follow-up, a year's part, or a part of the name said (完成率 of many): the list answers
    options = []
    several = len({r["department_name"] for r in rows}) > 1
    for (name, department), g in groups.items():
        opt = copy_frame(f)
        opt.projects, opt.indicators = list(dict.fromkeys(r["project_id"] for r in g)), [r["id"] for r in g]
        opt.label = f"{name}（{department}）" if several else name
        options.append(opt)
    t.session.pending = options
    ordered = [r for g in groups.values() for r in g]
    if len(ordered) > len(groups):  # (a project in two tables: listed once, numbered as its option)
        text = compose.namesakes_by_project(list(groups.values()), f.value_kind, actual)
    # what was shown stays what the talk is about: "实施周期的呢" next is of these namesakes again
    t.session.focus_projects, t.session.focus_indicators = list(dict.fromkeys(projects)), [r["id"] for r in ordered]
    t.session.last_list = [("indicator", r["id"]) for r in ordered]
    lines = [compose.which_project_of_indicator(rows[0]["name"], len(groups)), text, compose.REPLY_BY_NUMBER]
    return Answer(t.question, CLARIFY, "\n".join(lines), NAMESAKES_ASKED, options=[o.label for o in options])


def _values(row: sqlite3.Row, value_kind: str | None, actual: bool) -> frozenset[str]:
    """The values the answer shows of one row, the kind asked (else every one), blanks left out: a value printed
    once for both periods is the same value as one printed in each."""
    if value_kind == "period":
        return frozenset(v for v in (row["period_value"] or row["annual_value"], row["actual_value"] if actual else None) if v)
    if value_kind == "annual":
        return frozenset(v for v in (row["annual_value"] or row["period_value"], row["actual_value"] if actual else None) if v)
    return frozenset(v for v in (row["period_value"], row["annual_value"], row["actual_value"] if actual else None) if v)
