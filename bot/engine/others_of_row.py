""""冷链物流项目专项债多少" → "农业农村局还有别的专项债吗", "还有其他的吗": the other rows of the general table just shown
— those whose owner column (主管部门, 主管单位 …) names the department said, else all of them — each with the column
just asked, the shown row left out. Only when what is asked more of is the shown table's (nothing, 项目, the kind of
table it is: 专项债); "还有其他部门吗", "还有别的一般债吗" are no such question. Never another table's rows, nor a "which
department" question back: the table and the row are the conversation's. None when the question asks no such thing or
no row was just shown."""

from __future__ import annotations

from bot.answer import compose
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, Answer
from bot.language.asking import Words
from bot.language.lexicon import KnowledgeBase, level_forms
from bot.language.normalize import compact
from bot.store import queries as query

_READER = "others_of_row"
_OTHERS = Words(_READER, r"(?:{asking_words.years.row_leads})?(?P<who>.{0,16}?)(?:{others})(?P<what>.{0,10}?)(?:{ends})?")
# what is asked more of: a kind of table (专项债) with or without the kind of row (项目), or the kind alone
_KIND_SAID = Words(_READER, r"的?(?P<kind>.*?)的?(?:{asking_words.names_holding.kinds})?")
_OWNER_HEADS = Words(_READER, "{row_text_asks.owner.heads}")


def _last(f: dict) -> str:
    return compact(str(f.get("col_labels") or "").split(query.FACT_SEP)[-1])


def _rows(kb: KnowledgeBase, doc: int, sheet: str) -> dict[int, list[dict]]:
    """The sheet's rows by line, its totals left out."""
    from bot.answer.facts.words import (
        _is_total,  # (the fact readers' own test of a total line: off the cold path)
    )

    rows: dict[int, list[dict]] = {}
    for f in query.facts_of_sheet(kb.conn, doc, sheet):
        name = compact(str(f.get("row_labels") or "").split(query.FACT_SEP)[-1])
        if name and not _is_total(name):
            rows.setdefault(int(f.get("line") or 0), []).append(f)
    return rows


def _owners(cells: list[dict]) -> set[str]:
    """The organisations a row prints in its owner columns (主管部门)."""
    return {compact(str(c["value"])) for c in cells if c.get("number") is None and _OWNER_HEADS.search(_last(c))}


def _of(owner: str, cells: list[dict]) -> bool:
    """Whether a row is the organisation's: an owner cell printing it, whole or from a level on (县农业农村局)."""
    return any(owner == o or owner in level_forms(o) for o in _owners(cells))


def _shown_row(kb: KnowledgeBase, session: Session) -> dict | None:
    """The one cell of a general table the last answer showed (its row is the one followed)."""
    facts = session.facts if isinstance(session.facts, dict) else {}
    last = list(facts.get("last") or ())
    cells = query.fact_dicts_by_id(kb.conn, last) if last else []
    rows = {(c["document_id"], c.get("sheet") or "", c.get("line") or 0) for c in cells}
    return cells[0] if len(cells) == 1 and len(rows) == 1 and cells[0]["document_id"] in kb.documents else None


def _more_of_the_table(kb: KnowledgeBase, doc: int, what: str) -> bool:
    """Whether the words after 还有别的 ask more rows of the shown table: nothing, a kind of row (项目), or a kind of
    table ([table_subjects]: 专项债) its kind or title says — never another thing (部门, 一般债 of a 专项债 table)."""
    m = _KIND_SAID.fullmatch(what)
    kind = m.group("kind") if m is not None else what
    if not kind:
        return True
    d = kb.documents[doc]
    return kind in kb.vocab.table_subjects and kind in compact(f"{d.get('form') or ''}{d.get('title') or ''}")


def others_of_row(kb: KnowledgeBase, session: Session, question: str) -> Answer | None:
    m = _OTHERS.fullmatch(compact(question).rstrip("？?。！!"))
    shown = _shown_row(kb, session) if m is not None else None
    if m is None or shown is None or not _more_of_the_table(kb, shown["document_id"], m.group("what")):
        return None
    doc, sheet, line = shown["document_id"], shown.get("sheet") or "", int(shown.get("line") or 0)
    rows = _rows(kb, doc, sheet)
    owner = m.group("who")  # (none said: the table's other rows, whoever's)
    if owner and not any(_of(owner, cells) for cells in rows.values()):
        return None  # (no owner column, or the department said is none of the table's)
    column = _last(shown)
    name = compact(str(shown.get("row_labels") or "").split(query.FACT_SEP)[-1])
    # (none said: the rows printing the column asked — a note line (注：…) is no row of the list)
    at_lines = [at for at, cells in sorted(rows.items()) if at != line
                and (_of(owner, cells) if owner else any(_last(c) == column for c in cells))]
    if not owner and not at_lines:
        return None
    lines, listed = [], []
    for at in at_lines:
        row = compact(str(rows[at][0].get("row_labels") or "").split(query.FACT_SEP)[-1])
        cell = next((c for c in rows[at] if _last(c) == column), None)
        lines.append(f"{row} {column}：{cell['value']}{cell.get('unit') or ''}" if cell is not None else row)
        listed.append({"label": row, "value": cell.get("number") if cell else None, "unit": cell.get("unit") if cell else ""})
    d = kb.documents[doc]
    where = f"{sheet} 第{'、'.join(map(str, at_lines))}行" if at_lines else sheet
    source = compose.source_text({"file_name": f"{d.get('file_name') or ''} {where}".strip(),
                                  "department_name": d["department_name"], "form": d.get("form"), "year": d.get("year")})
    # (the shown row said as left out only when it is among those asked: the owner's own, or any with none said)
    text = compose.others_of_row(owner, name if not owner or _of(owner, rows.get(line, [])) else "", lines, source)
    return Answer(question, ANSWERED, text, "others_of_row", rows=listed if len(listed) >= 2 else [],
                  source=[{"document_id": doc, "sheet": sheet}])
