""""各部门项目支出分别多少" with departments of both kinds loaded: the typed reading answers those whose project
tables state the total (a 目标表's 总计, a 申报表's 合计: each under 【its name】), the facts those whose
department-level tables print the line (a 决算's 项目支出 合计). Each alone leaves the other's departments out;
the answer is both, each department once (the typed reading's part first where both have one)."""

from __future__ import annotations

from bot.answer import compose
from bot.answer.facts.answerer import EACH_DEPARTMENT
from bot.language import lazyre as re
from bot.language.normalize import compact, normalize

_PART_HEAD = re.compile(r"^【(?P<name>[^】]+)】$", re.M)


def joined(turn, typed, result):
    """The typed reading's answer for each department with the facts' lines of the departments it has none of, when
    both answered a question asked of every department; `result` unchanged otherwise."""
    if typed.status != "answered" or result is typed or result.status != "answered" \
            or not EACH_DEPARTMENT.search(compact(normalize(turn.question))):
        return result
    typed_names = _PART_HEAD.findall(typed.text)
    if len(typed_names) < 1 or typed.text.lstrip().startswith("【") is False:
        return result
    lines = _facts_lines(result.text)
    if not lines:
        return result
    extra = [(name, text) for name, text in lines if name not in typed_names]
    if not extra:
        return result
    docs = turn.kb.documents
    own = {name for name, _ in extra}
    source = [*typed.source, *(s for s in result.source
                               if (docs.get(s.get("document_id")) or {}).get("department_name") in own)]
    text = "\n".join([typed.text, *(compose.department_part(name, part) for name, part in extra)])
    return type(typed)(turn.question, "answered", text, typed.intent, entities=[*typed.entities, *result.entities],
                       source=source, rows=[*typed.rows, *result.rows])


def _facts_lines(text: str) -> list[tuple[str, str]]:
    """The facts' answer for each department (compose.by_department: one "部门：…" line each), or [] when it is no
    such answer."""
    out = []
    for line in text.splitlines():
        name, sep, rest = line.partition("：")
        if not sep or not rest or not re.search(r"(?:局|委|部|办|中心|院|会|厅|署|室|站|所|[省市县区])$", name):
            return []
        out.append((name, rest))
    return out
