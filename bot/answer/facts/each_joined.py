""""各部门项目支出分别多少" with departments of both kinds loaded: the typed reading answers those whose project
tables state the total (a 目标表's 总计, a 申报表's 合计: each under 【its name】), the facts those whose
department-level tables print the line (a 决算's 项目支出 合计). Each alone leaves the other's departments out;
the answer is both, each department once (the typed reading's part first where both have one).

A department of the facts joins only by the facts read, never by the wording of an answer: its facts' own row (or
column) is the thing asked as said — "各部门经费" is no department's 人员经费 or 公用经费 beside another's 项目支出."""

from __future__ import annotations

from bot.answer import compose
from bot.answer.facts.answerer import EACH_DEPARTMENT, Answerer
from bot.answer.facts.index import index_for
from bot.language.asking import Words
from bot.language.normalize import compact, normalize
from bot.store import queries as query

# The words of "各部门X分别多少" besides X: each (分别), the ask (多少), the fillers (的, 都, 是)
_ASKED_ONLY = Words("each_joined", r"{asking_words.joined.each}|{asking_words.joined.asks}|{asking_words.joined.fillers}"
                                   r"|[几？?。，,\s]")
# A row (or the heading over it) naming an organisation (慈溪市教育局 › 小计): a table of departments or units
_ORGANISATION_ROW = Words("each_joined", r"[\u4e00-\u9fff](?:{asking_words.kind_rows.organisation_ends})(?:[（(][^）)]*[）)])?$")


def joined(turn, typed, result):
    """The typed reading's answer for each department with the facts' answers of the departments it has none of, when
    both answered a question asked of every department; `result` unchanged otherwise."""
    question = compact(normalize(turn.question))
    if typed.status != "answered" or result.status != "answered" or not EACH_DEPARTMENT.search(question):
        return result
    typed_depts = {str(dict(r).get("department") or "") for r in typed.rows} - {""}  # (each part's rows)
    said = _ASKED_ONLY.sub("", EACH_DEPARTMENT.sub("", question))
    asked = _whole_stem(turn.kb, said)
    # (each department's part asked of the whole as the stem says it: "合计" would read its table's 合计 row whole)
    each = question.replace(said, asked, 1) if asked != said and question.count(said) == 1 else turn.question
    if not typed_depts or not typed.text.lstrip().startswith("【") or len(asked) < 2:
        return result
    if not _a_departments_projects(turn.kb, asked):
        # (a project table's total is a department's 项目支出, never a measure a project's name holds: 公用经费 is
        # no 政府雇员公用经费 project's total — the facts' answer of every department printing the line stands)
        return result
    idx = index_for(turn.kb)
    answerer = Answerer(idx)  # (one reader for the whole question and each department's part: one peek cache)
    if result is typed:  # (the typed reading stood: the facts of the departments it has none of, read now)
        fa = answerer.answer(turn.question)
        facts = fa.facts if fa is not None and fa.status == "answered" else []
    else:
        facts = idx.facts([int(e["id"]) for e in result.entities if e.get("kind") == "fact"])
    if any(_ORGANISATION_ROW.search(compact(label)) for f in facts for label in str(f.get("row_labels") or "").split(query.FACT_SEP)):
        return result  # (the facts answered each department (or unit) by its row of one table: nothing to join)
    # (a department's fact whose own row or column is not the thing asked — 人员经费 for 经费, a 决算's 差旅费 for
    # 项目支出 — is some other line of its table: that department is not joined)
    extra = list(dict.fromkeys(f["department"] for f in facts
                               if f["department"] and f["department"] not in typed_depts and _is_asked(idx, f, asked)))
    parts = []
    for dept in extra:
        part = answerer.answer(each, None, None, clauses=False, only=[dept])
        if part is not None and part.status == "answered" and part.facts \
                and all(f["department"] == dept and _is_asked(idx, f, asked) for f in part.facts):
            parts.append((dept, part))
    if not parts:
        return result
    text = "\n".join([typed.text, *(compose.department_part(dept, part.text) for dept, part in parts)])
    shown = [f for _, part in parts for f in part.facts]
    return type(typed)(turn.question, "answered", text, typed.intent,
                       entities=[*typed.entities, *({"kind": "fact", "id": f["id"]} for f in shown)],
                       source=[*typed.source, *({"document_id": f["document_id"], "sheet": f["sheet"], "line": f["line"],
                                                 "cell": f["cell"]} for f in shown)],
                       rows=list(typed.rows))


def _whole_stem(kb, asked: str) -> str:
    """"项目支出合计": a department's whole said with a whole's word after it (whole_words: 合计, 总额) is that whole —
    a 决算's 项目支出 column of its 合计 row, a 目标表's projects summed — the words as said otherwise."""
    ends = sorted((compact(normalize(w)) for w in kb.vocab.whole_words), key=len, reverse=True)
    end = next((w for w in ends if w and asked.endswith(w) and len(asked) > len(w)), "")
    return asked[:-len(end)] if end and _a_departments_projects(kb, asked[:-len(end)]) else asked


def _is_asked(idx, fact: dict, asked: str) -> bool:
    """Whether the fact's own row (a label key of it) or its column's last label is the thing asked, as said."""
    column = compact(str(fact.get("col_labels") or "").split(query.FACT_SEP)[-1])
    return asked in idx.row_keys(fact["id"]) or column == asked


def _a_departments_projects(kb, asked: str) -> bool:
    """Whether the measure asked is a department's whole its project tables total (vocabulary [department_wholes]
    项目支出: 项目支出, 项目经费 …), maybe with a whole's word after it (whole_words: 项目支出总额)."""
    wholes = {compact(normalize(w)) for w in kb.vocab.department_wholes.get("项目支出", ())}
    ends = sorted((compact(normalize(w)) for w in kb.vocab.whole_words), key=len, reverse=True)
    return asked in wholes or any(asked.endswith(w) and asked[:-len(w)] in wholes for w in ends if w)
