"""One part of a name asked its money plainly ("X的钱有多少") where it names a few rows about equally — projects
of one 目标表, or rows of several tables (a 专项资金 row 城镇X改造资金 and a 民生实事 row 城镇X改造): each row is
listed with its figures and its table, never one of them answered as if it were the only one, nor a department
asked when the rows themselves tell the answer apart."""

from __future__ import annotations

import re

from bot.answer import compose
from bot.answer.facts.index import index_for
from bot.answer.facts.words import MONEY_UNITS, fmt_number
from bot.language.asking import Words
from bot.language.asking import words as asking_words
from bot.language.normalize import compact, normalize
from bot.store import queries as query

_PLAIN_MONEY = Words("measures", r"^(?P<phrase>[\u4e00-\u9fff]{4,12}?)(?P<tail>(?:{money_tail})+)$")
_MOST = 4  # more rows than this: the part names a kind of rows, not a few namesakes (other readers list them)
# A row a part names: its name, its money cells (header — None: a project's total —, number as printed, unit) and
# its table's document
_Row = tuple[str, tuple[tuple[str | None, str, str], ...], int]


def rows_of_one_phrase(turn, result) -> tuple[str, list[str], list[str]] | None:
    """The rows a part of a name said names, each with its money and table, when it names two to four of them,
    two names or more, none said whole, and the answer found is one of them or a question of which department
    (a question offering the rows themselves stands): the text, and each row as an option (its name with its
    table, so "民生实事那个" next chooses it) with the name to ask it again by; None otherwise."""
    parsed = getattr(turn, "p", None)
    if result.status not in ("answered", "clarify") or getattr(parsed, "years", None) \
            or any(m.of("department") for m in getattr(parsed, "mentions", ())):
        return None  # (a year or a department said narrows the rows: the other readers')
    m = _PLAIN_MONEY.fullmatch(compact(normalize(turn.question)))
    asks = asking_words().get("measures", {}).get("money_tail_asks", ())
    if m is None or not any(w in m.group("tail") for w in asks):
        return None
    phrase = m.group("phrase")
    rows = _of_the_kind_said(m.group("tail"), _one_each(turn, _project_rows(turn, phrase) + _fact_rows(turn, phrase)))
    names = {name for name, _, _ in rows}
    if not 2 <= len(rows) <= _MOST or len(names) < 2 or any(n in m.group() for n in names):
        return None  # (a name said whole: that row is asked)
    if result.status == "answered" and not _answer_among(turn, result, names):
        return None
    if result.status == "clarify" and any(n in str(o) for o in result.options or () for n in names):
        return None  # (the rows themselves offered to choose from: that question stands)
    shown = [(name, cells, _table(turn, doc)) for name, cells, doc in rows]
    text = compose.rows_of_one_phrase(phrase, shown)
    return text, [compose.row_of_table(name, table) for name, _, table in shown], [name for name, _, _ in rows]


def _of_the_kind_said(tail: str, rows: list[_Row]) -> list[_Row]:
    """The rows whose names end in the kind of money said after the part ("林业执法经费": 林业行政执法专项经费, not the
    task 林业执法监管), where some do ([asking_words.years] name_tails); all of them otherwise."""
    said = [t for t in asking_words().get("years", {}).get("name_tails", ()) if t in tail]
    kept = [r for r in rows if any(r[0].endswith(t) for t in said)]
    return kept if said and kept else rows


def _one_each(turn, rows: list[_Row]) -> list[_Row]:
    """The rows, one project of a department in two of its tables of a year once (松材线虫病除治经费 of its 目标表
    and 松材线虫病除治项目 of its 申报表: their names alike but for a generic tail, [asking_words.years] name_tails)."""
    tails = tuple(asking_words().get("years", {}).get("name_tails", ()))
    seen: set[tuple[object, object, str]] = set()
    out = []
    for name, cells, doc_id in dict.fromkeys(rows):
        doc = turn.kb.documents.get(doc_id) or {}
        key = (doc.get("department_name") or "", doc.get("year") or doc.get("form") or doc.get("title") or "",
               next((name.removesuffix(t) for t in tails if name.endswith(t)), name))
        if key not in seen:
            seen.add(key)
            out.append((name, cells, doc_id))
    return out


def _names_it(name: str, phrase: str) -> bool:
    """Whether a name holds the part said: whole, or in two pieces of two characters or more a few apart
    (免费开放 of 体育场馆免费低收费开放补助经费)."""
    if phrase in name:
        return True
    for k in range(2, len(phrase) - 1):
        at = name.find(phrase[:k])
        if at >= 0 and 0 <= name.find(phrase[k:], at + k) - (at + k) <= 3:
            return True
    return False


def _table(turn, doc_id: int) -> str:
    """A row's table as printed beside it: its department, year and form."""
    doc = turn.kb.documents.get(doc_id) or {}
    return compose.table_name(doc.get("department_name") or "", doc.get("form") or doc.get("title"), doc.get("year"))


def _project_rows(turn, phrase: str) -> list[_Row]:
    """The projects of the 目标表s whose names hold the part, with their 总计 (only those holding the part's first
    and last two characters looked at: every name _names_it takes holds them)."""
    out: list[_Row] = []
    kb = turn.kb
    for p in (kb.projects[pid] for pid in kb.projects_holding_pairs(phrase[:2], phrase[-2:])):
        if p.kind == "project" and _names_it(compact(p.name), phrase) and p.total is not None:
            unit = (turn.kb.documents.get(p.document_id) or {}).get("unit") or "万元"
            out.append((p.name, ((None, fmt_number(p.total), unit),), p.document_id))
    return out


def _fact_rows(turn, phrase: str) -> list[_Row]:
    """The rows of tables (one label each, printing money) whose names hold the part, with their money cells."""
    idx = index_for(turn.kb)
    out: list[_Row] = []
    # (in the order of their tables and lines: a reply "1" next chooses the same row in every run)
    named = [k for k in idx.row_label_keys if _names_it(k, phrase)]
    for key in sorted(named, key=lambda k: min((idx.fact_doc[f], f) for f in idx.label_facts.get(k, ()) or (0,))):
        if key[:1].isdigit():
            continue  # (a line of subjects by their codes, 2082301移民补助: a table's outline, no namesakes)
        facts = [f for f in idx.facts(list(idx.label_facts.get(key, ()))[:40])
                 if query.FACT_SEP not in (f["row_labels"] or "") and compact(f["row_labels"] or "") == key]
        for doc in dict.fromkeys(f["document_id"] for f in facts):
            money = [f for f in facts if f["document_id"] == doc and f["number"] is not None
                     and (f["unit"] or "") in MONEY_UNITS]
            if money:
                cells = tuple((_column(f), fmt_number(f["number"]), f["unit"]) for f in money[:3])
                out.append((money[0]["row_labels"], cells, doc))
    return out


def _column(f: dict) -> str:
    """A money cell's header as printed, its unit in brackets left out (资金规模（万元）合计 → 资金规模合计)."""
    return re.sub(r"[（(][^）)]*[）)]", "", (f["col_labels"] or "").replace(query.FACT_SEP, ""))


def _answer_among(turn, result, names: set[str]) -> bool:
    """Whether the answer found is of the rows listed (a project's, or one row's figures)."""
    kb = turn.kb
    shown = {kb.projects[e["id"]].name for e in result.entities or ()
             if e.get("kind") == "project" and e.get("id") in kb.projects}
    facts = [e["id"] for e in result.entities or () if e.get("kind") == "fact"]
    shown |= {f["row_labels"] for f in index_for(kb).facts(facts[:20])} if facts else set()
    return bool(shown) and shown <= names
