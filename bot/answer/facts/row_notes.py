"""What a row's text cells say beyond its own columns, asked of one row of a general table (a 政府购买服务预算表's
service, a 政府采购预算表's purchase):

- the source of a part of its money ("其他资金是啥来源", "其他资金从哪来"): a table printing no source column says
  it in the row's note (备注 "其他资金为上年结转") — that note answers, beside the figure; never the departments'
  其他资金 totals of other tables, nor a text column of the row that does not name the money asked;
- which one of a kind ("承接的是哪家社会组织", "哪个公司承接"): a row whose column asked prints only a kind
  (承接主体类型: 社会组织) does not say which organisation — said so, never the rows of that kind listed as if
  they answered.

The row is the one the question names (its words, the rest of the engine finding it) or the one just answered.
The words are [asking_words.row_notes] of the vocabulary: what asks a source, what asks which one, the headers of
notes and of kinds.
"""

from __future__ import annotations

import re
import weakref

from bot.answer import compose
from bot.answer.facts import owned_rows
from bot.answer.facts.question import FactAnswer
from bot.answer.facts.values import _cite, _name
from bot.language.asking import Words
from bot.language.normalize import compact, normalize
from bot.store import queries as query
from bot.understand.parse import words_in_order

_SOURCE = Words("row_notes", "{source}")
_WHICH_ONE = Words("row_notes", "{which_one}")
_NOTE_HEAD = Words("row_notes", "(?:{note_heads})$")
_KIND_HEAD = Words("row_notes", "(?:{kind_heads})$")


def _own_col(f: dict) -> str:
    return compact((f["col_labels"] or "").split(query.FACT_SEP)[-1])


def is_note_column(col: str) -> bool:
    """Whether a column's header is a note's (备注, 说明)."""
    return bool(_NOTE_HEAD.search(compact(col)))


def _one_row(answerer, ids: list[int]) -> list[dict]:
    """The facts of the one row these facts are of (all its cells); [] when they are of several rows."""
    facts = answerer.idx.facts(list(ids)[:40])
    if not facts or len({(f["document_id"], f["sheet"], f["line"]) for f in facts}) != 1:
        return []
    return answerer.idx.facts(answerer._row_siblings(facts[0]))


def source_noted(answerer, question: str, context: dict | None) -> FactAnswer | None:
    """"X的其他资金是啥来源" (or "其他资金是什么来源" right after the row X): the row's figure of the money said and
    its note naming where that money comes from; None unless one row, one money column of it and one note naming
    that money are found."""
    text = compact(normalize(question))
    said = _SOURCE.search(text)
    if said is None or not _notes_printed(answerer.idx):
        return None
    rest = (text[:said.start()] + text[said.end():]).rstrip("的是呢")
    row = _row_of(answerer, rest, context)
    figures = [f for f in row if f["number"] is not None and _own_col(f) and _own_col(f) in rest]
    figures = [f for f in figures if not any(_own_col(f) in _own_col(g) and f is not g for g in figures)]
    if len(figures) != 1:
        return None
    money = _own_col(figures[0])
    notes = [f for f in row if f["number"] is None and _NOTE_HEAD.search(_own_col(f)) and money in compact(f["value"] or "")]
    if len(notes) != 1:
        return None
    said_of = compose.fact_values([(_name(figures[0]), f"{figures[0]['value']}{figures[0]['unit'] or ''}"),
                                   (_own_col(notes[0]), notes[0]["value"].strip())])
    return FactAnswer("answered", said_of + _cite(answerer.idx, [figures[0], notes[0]]), [figures[0], notes[0]])


_NOTES_PRINTED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _notes_printed(idx) -> bool:
    """Whether any table of the knowledge base prints a note column (备注, 说明) as text: without one no row's note
    names a source, and the facts' reading of the words (a whole answer, milliseconds) is not needed. Worked out
    once per index (its knowledge base never changes) and per version of the note headers' words."""
    pattern = _NOTE_HEAD.compiled()
    kept = _NOTES_PRINTED.get(idx)
    if kept is None or kept[0] is not pattern:
        printed = any(_NOTE_HEAD.search(compact(col.split(query.FACT_SEP)[-1]))
                      for col in query.fact_text_columns(idx.conn))
        kept = _NOTES_PRINTED[idx] = (pattern, printed)
    return kept[1]


def _row_of(answerer, rest: str, context: dict | None) -> list[dict]:
    """The one row the words name (the facts' own reading of them), else the one row just answered."""
    last = list((context or {}).get("last") or ())
    if last and len((context or {}).get("rows") or ()) == 1:
        row = _one_row(answerer, last)
        if row and not _names_another(row, rest):
            return row
    fa = answerer.answer(rest, None, None)
    if fa is None or fa.status != "answered" or not fa.facts:
        return []
    return _one_row(answerer, [f["id"] for f in fa.facts])


def _names_another(row: list[dict], rest: str) -> bool:
    """Whether the words say more than a column of the row (a row's name of their own)."""
    left = rest
    for f in row:
        if _own_col(f):
            left = left.replace(_own_col(f), "")
    return len(compact(left).strip("的那它这个呢")) >= 2


def kind_only(answerer, question: str, context: dict | None) -> FactAnswer | None:
    """"承接的是哪家社会组织" right after one row: the row's cell under the column the everyday words ask prints a
    kind (its header ends in 类型, 类别), so which one is not in the table — said, with the kind it does print."""
    text = compact(normalize(question))
    last = list((context or {}).get("last") or ())
    if not last or len((context or {}).get("rows") or ()) != 1 or not _WHICH_ONE.search(text):
        return None
    kind = answerer.text_kind_asked(text)
    row = _one_row(answerer, last) if kind is not None else []
    cells = [f for f in row if f["number"] is None and (f["value"] or "").strip()
             and any(h in _own_col(f) for h in kind[1]["heads"])] if kind is not None else []
    return kind_printed_only(answerer.idx, text, cells[0]) if len(cells) == 1 else None


def kind_printed_only(idx, text: str, f: dict) -> FactAnswer | None:
    """The cell found for "哪家 …" prints a kind (its header ends in 类型): which one is not in the table, said so;
    None when the question asks no which one or the column is no kind."""
    if not _WHICH_ONE.search(text) or not _KIND_HEAD.search(_own_col(f)):
        return None
    label = (f["row_labels"] or "").split(query.FACT_SEP)[-1]
    return FactAnswer("unknown", compose.only_kind_printed(label, _own_col(f), f["value"].strip())
                      + _cite(idx, [f]), [], settled=True)


_DOES = Words("row_notes", r"(?:{which_row})(?P<kind>[\u4e00-\u9fff]{0,4}?)(?:是)?(?:{does})(?P<what>[\u4e00-\u9fff]{2,16}?)的")
_CONTENT_HEAD = Words("row_notes", "(?:{content_heads})$")
_ROW_FILLER = Words("row_notes", "{row_fillers}")
_YEAR_SAID = re.compile(r"(?:19|20)\d\d年?(?:度)?")


def row_by_its_text(answerer, question: str) -> FactAnswer | None:
    """"哪个服务是做农药残留检测的": the one row of a general table whose content column (服务内容, 建设内容) holds every
    word said of what it does, in order (农药残留 … 检测 of "开展农药残留快速检测"), its own name holding the kind
    said (服务) unless that is 项目; None unless exactly one row does. A department, year or words of a table's
    title (购买服务) said beside it limit the rows to that department's (the one printed on the row, else the
    table's), that year's and that title's tables: the row is then answered only when it is theirs, a settled
    unknown when it is another's; any other word said beside it (not read here) leaves the question to the rest
    of the engine."""
    idx, text = answerer.idx, compact(normalize(question))
    said = _DOES.search(text)
    if said is None:
        return None
    words = _words_of(idx, said.group("what"))
    if not words or sum(map(len, words)) < 4:
        return None
    kind = said.group("kind")
    hits = [f for f in _content_cells(idx) if words_in_order(words, compact(f["value"] or ""))
            and (not kind or kind == "项目" or kind in compact((f["row_labels"] or "").split(query.FACT_SEP)[-1]))]
    beside = text[:said.start()] + "|" + text[said.end():]
    if _ROW_FILLER.sub("", beside).replace("|", ""):
        fq = answerer.peek(question)
        kept = [f for f in hits if _of_the_limits(idx, f, text, fq)]
        for name in sorted({compact(n) for n, _ in fq.dept_names}, key=len, reverse=True):
            beside = beside.replace(name, "|")
        for f in hits:
            owner = owned_rows.owner_of_row(idx, f, text)
            if owner is not None and owner[1] is not None:
                beside = beside.replace(text[slice(*owner[1][1])], "|")
        titles = [w for w in _ROW_FILLER.sub("", _YEAR_SAID.sub("|", beside)).split("|") if w]
        forms = [compact(doc.form or "") for doc in idx.docs.values() if doc.layout == "general-table"]
        if not all(any(w in form for form in forms) for w in titles):
            return None  # (a word said beside it that is no department, year nor the table's title: never dropped)
        kept = [f for f in kept if all(w in compact(idx.docs[f["document_id"]].form or "") for w in titles)]
        if not (titles or fq.departments or fq.years or any(_owner_named(idx, f, text) for f in hits)):
            return None
        if hits and not kept:
            return FactAnswer("unknown", compose.none_does_of_those(said.group("what")), [], settled=True)
        hits = kept
    if len({(f["document_id"], f["sheet"], f["line"]) for f in hits}) != 1:
        return None
    f = hits[0]
    name = (f["row_labels"] or "").split(query.FACT_SEP)[-1]
    return FactAnswer("answered", compose.fact_value(f"{name} {_own_col(f)}", f["value"].strip()) + _cite(idx, [f]), [f])


def _owner_named(idx, f: dict, text: str) -> bool:
    owner = owned_rows.owner_of_row(idx, f, text)
    return owner is not None and owner[1] is not None


def _of_the_limits(idx, f: dict, text: str, fq) -> bool:
    """Whether the row is of the year said (its table's) and of the department said: the organisation printed on
    the row when its table names each row's (the one said of that table, else a department said that is it), else
    the table's own department."""
    doc = idx.docs[f["document_id"]]
    if fq.years and doc.year not in fq.years:
        return False
    owner = owned_rows.owner_of_row(idx, f, text)
    if owner is not None:
        printed, named = owner
        if named is not None:
            return named[0] == printed
        return not fq.departments or any(compact(d) == printed for d in fq.departments)
    return not fq.departments or doc.department in fq.departments


def _words_of(idx, text: str) -> list[str]:
    """The words of a phrase, the characters the cutter leaves single (a word it does not know: 公厕 管护) run together."""
    out: list[str] = []
    run = ""
    for w in idx.cut(text) if idx.cut else [text]:
        if len(w) == 1:
            run += w
            continue
        out += [run] if len(run) >= 2 else []
        run = ""
        out.append(w)
    return out + ([run] if len(run) >= 2 else [])




def _content_cells(idx) -> list[dict]:
    """Every general table's cells under a content column (服务内容, 建设内容), read once per index."""
    return idx.read_once("_content_cells", None, lambda: [
        f for d, doc in idx.docs.items() if doc.layout == "general-table"
        for f in idx.facts(list(doc.facts)) if f["number"] is None and _CONTENT_HEAD.search(_own_col(f))])
