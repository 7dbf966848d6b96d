"""Follow-ups that keep the row shown and move across the tables of a place's budgets (the other flow of a 收支
table said alone, "支出呢", is the facts layer's: bot/answer/facts/two_sides.py):

- "基金的城乡社区支出" → "一般公共预算的呢": another budget's table said alone (its title's budget, index.budget_kinds;
  a short name is read as it before, engine/names.budget_said_in_full) asks the row shown in that table — never
  another row of it, nor a question among departments."""

from __future__ import annotations

from bot.dialogue.session import Session
from bot.language import lazyre as re
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, normalize

# a table said alone ("一般公共预算的呢", "基金的呢")
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
    """The question as the row it asks: the row shown in the table of the budget said alone; the question unchanged
    otherwise (the pipeline reads the row said in the conversation)."""
    m = _SAID_ALONE.match(compact(normalize(question)))
    if m is None or not (row := _row_shown(session)):
        return question
    return _other_budget_row(kb, session, m.group("word"), row) or question


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
