""""各部门项目支出分别多少" with departments of both kinds loaded: the typed reading answers those whose project
tables state the total (a 目标表's 总计, a 申报表's 合计: each under 【its name】), the facts those whose
department-level tables print the line (a 决算's 项目支出 合计). Each alone leaves the other's departments out;
the answer is both, each department once (the typed reading's part first where both have one)."""

from __future__ import annotations

from bot.answer import compose
from bot.answer.facts.answerer import EACH_DEPARTMENT, Answerer
from bot.answer.facts.index import index_for
from bot.language import lazyre as re
from bot.language.normalize import compact, normalize

_PART_HEAD = re.compile(r"^【(?P<name>[^】]+)】$", re.M)
_WORD = re.compile(r"[^\w]")
# The words of "各部门X分别多少" besides X
_ASKED_ONLY = re.compile(r"分别|各自|都|是|的|多少钱|多少|几|呢|吗|[？?。]")


def joined(turn, typed, result):
    """The typed reading's answer for each department with the facts' lines of the departments it has none of, when
    both answered a question asked of every department; `result` unchanged otherwise."""
    if typed.status != "answered" or result.status != "answered" \
            or not EACH_DEPARTMENT.search(compact(normalize(turn.question))):
        return result
    typed_names = _PART_HEAD.findall(typed.text)
    if not typed_names or not typed.text.lstrip().startswith("【"):
        return result
    original = result
    if result is typed:  # (the typed reading stood: the facts' lines of the departments it has none of, read now)
        fa = Answerer(index_for(turn.kb)).answer(turn.question)
        if fa is None or fa.status != "answered" or not fa.facts:
            return original
        result = type(typed)(turn.question, "answered", fa.text, "facts", entities=[
            {"kind": "fact", "id": f["id"]} for f in fa.facts], source=[
            {"document_id": f["document_id"], "sheet": f["sheet"], "line": f["line"], "cell": f["cell"]} for f in fa.facts])
    lines = _facts_lines(result.text)
    if not lines:
        return original
    # (a department's line that does not say the thing asked, 项目支出, is some other row of its table: left out)
    asked = _WORD.sub("", _ASKED_ONLY.sub("", EACH_DEPARTMENT.sub("", compact(normalize(turn.question)))))
    if len(asked) < 2:
        return original
    extra = [(name, text) for name, text in lines if name not in typed_names and asked in _WORD.sub("", text)]
    if not extra:
        return typed if len(typed_names) >= 2 else original
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
        if line.endswith("这一项。") and "：" not in line:
            continue  # (compose.departments_without_line: those printing no such line, the typed reading's among them)
        name, sep, rest = line.partition("：")
        if not sep or not rest or not re.search(r"(?:局|委|部|办|中心|院|会|厅|署|室|站|所|[省市县区])$", name):
            return []
        out.append((name, rest))
    return out
