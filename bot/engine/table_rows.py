"""Follow-ups that keep the row shown and move within or across the tables of a place's budgets:

- "基金本年收入合计" → "支出呢": the other flow of a 收支 table ([flows]: 收入, 支出) said alone after a row whose name
  holds one flow (本年收入合计) asks the row of the same table named with the other (本年支出合计) — never the row
  shown again, nor another department's row of that name.
- "基金的城乡社区支出" → "一般公共预算的呢": another budget's table said alone (its title's budget, index.budget_kinds;
  a short name is read as it before, engine/names.budget_said_in_full) asks the row shown in that table — never
  another row of it, nor a question among departments."""

from __future__ import annotations

from bot.dialogue.session import Session
from bot.language import lazyre as re
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, normalize

# a flow or a table said alone ("支出呢", "那支出多少", "一般公共预算的呢")
_SAID_ALONE = re.compile(r"^(?:那么|那)?(?P<word>[\u4e00-\u9fff]{2,12}?)(?:表)?(?:里面|里|中|的)?(?:呢|多少|是多少|有多少|情况)?$")


def _row_shown(session: Session) -> str:
    """The one row the last figures shown are of (their labels' first word: 本年收入合计), "" for none or several."""
    items = _items_shown(session)
    rows = {str(i.get("label") or "").split(" ")[0] for i in items}
    return next(iter(rows)) if len(rows) == 1 else ""


def _items_shown(session: Session) -> list[dict]:
    """The figures the last answer showed, each a dict with its label (none where it showed another kind: a list)."""
    last = session.figures[-1] if session.figures else None
    items = (last.get("items") or [last]) if isinstance(last, dict) else []
    return items if all(isinstance(i, dict) for i in items) else []


def row_of_table_said(kb: KnowledgeBase, session: Session, question: str) -> str:
    """The question as the row it asks: the row shown with the other flow said alone, or the row shown in the table
    of the budget said alone; the question unchanged otherwise (the pipeline reads the row said in the conversation)."""
    m = _SAID_ALONE.match(compact(normalize(question)))
    if m is None or not (row := _row_shown(session)):
        return question
    return _other_flow_row(kb, session, m.group("word"), row) or _other_budget_row(kb, session, m.group("word"), row) \
        or question


def _other_flow_row(kb: KnowledgeBase, session: Session, flow: str, row: str) -> str | None:
    """The row of the one table shown named as the row shown with the other flow, said with the table's budget (its
    title's, index.budget_kinds) or department; None where the word said is no flow, the row shown holds no other
    flow, or its table prints no such row."""
    from bot.answer.facts.index import index_for
    from bot.answer.facts.words import _read_flows, label_key
    from bot.language.sections import vocabulary_section

    flows = vocabulary_section(kb.vocab.path, "flows", _read_flows) if kb.vocab.path else {}
    other = [f for f in flows if f != flow and f in row]
    if flow not in flows or flow in row or len(other) != 1 or row.count(other[0]) != 1:
        return None
    # (a row of its own name besides its flow and total: 本年收入合计, never 收入合计 of a column of the table's own —
    # 企业养老's 收入合计 is that column's, asked by its flow said: the pipeline reads that column's other flow)
    own = label_key(row).replace(other[0], "")
    if len(re.sub("|".join(map(re.escape, ("小计", *kb.vocab.whole_words))) or "$^", "", own)) < 2:
        return None
    idx = index_for(kb)
    # (the one table of the conversation's printing the row shown: a department's tables are all in the talk)
    held = [d for d in dict.fromkeys(session.doc_ids) if label_key(row) in idx.doc_keys.get(d, ())]
    if len(held) != 1:
        return None
    did, swapped = held[0], row.replace(other[0], flow)
    if label_key(swapped) not in idx.doc_keys.get(did, ()):
        return None
    budgets = [w for w, ds in idx.budget_kind_docs.items() if ds == {did}]
    table = max(budgets, key=len) if budgets else str(kb.documents[did].get("department_name") or "")
    return f"{table}{swapped}"


def _other_budget_row(kb: KnowledgeBase, session: Session, budget: str, row: str) -> str | None:
    """The row shown said with the budget said alone, when the row shown is of another table and a table of that
    budget prints it; None otherwise."""
    from bot.answer.facts.index import index_for
    from bot.answer.facts.words import label_key

    idx = index_for(kb)
    docs = idx.budget_kind_docs.get(budget, set())
    key = label_key(row)
    if not docs or set(session.doc_ids) <= docs or not any(key in idx.doc_keys.get(d, ()) for d in docs):
        return None
    keys = set().union(*(idx.doc_keys.get(d, set()) for d in docs))
    cols = [c for c in _columns_shown(kb, session) if any(k.endswith(c) for k in keys)]
    # (said with the department whose table it is: the conversation's department may have no table of that budget)
    owners = {str(kb.documents[d].get("department_name") or "") for d in docs}
    owner = next(iter(owners)) if len(owners) == 1 else ""
    return f"{owner}{budget}的{key}{'和'.join(cols) if len(cols) == len(_columns_shown(kb, session)) else ''}"


def _columns_shown(kb: KnowledgeBase, session: Session) -> list[str]:
    """The columns the last figures showed, to be said after the row for the other table (预算数, 执行数 of 支出预算数
    and 支出执行数: a flow word of [flows] before them left out, the other table's columns need not hold it) — where
    its tables print each (else the row is asked bare); none where more than three were shown."""
    from bot.answer.facts.words import _read_flows
    from bot.language.sections import vocabulary_section

    flows = vocabulary_section(kb.vocab.path, "flows", _read_flows) if kb.vocab.path else {}
    heads = [str(i.get("label") or "").split(" ", 1) for i in _items_shown(session)]
    cols = list(dict.fromkeys(next((c[len(f):] for f in flows if c.startswith(f) and len(c) > len(f) + 1), c)
                              for _, c in (h for h in heads if len(h) == 2)))
    return cols if len(cols) <= 3 and all(cols) else []
