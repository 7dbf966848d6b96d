"""What a staffing table implies but does not print: a unit's 空编 (its establishment less the staff in post),
满编 (the two equal) and 超编 (more in post than the establishment), of one unit, ranked or listed over the units.

Only where the table holds no label of that word (a table printing 空编数 answers it itself), and only with one
establishment column (编制数, its own 合计 when printed in parts) and one column of staff in post (在职 / 在编, else
实有人数 as a whole) on each row; never of a total row beside its units."""

from __future__ import annotations

import re

from bot.answer import compose
from bot.answer.facts.index import FactIndex
from bot.answer.facts.question import FactAnswer, FactQuestion
from bot.answer.facts.values import _cite, _name, column_printed
from bot.answer.facts.words import _is_total, fmt_number
from bot.store import queries as query

# The word asked: 空编 / 缺编 (establishment over staff), 超编 (staff over establishment), 满编 (the two equal).
_GAP_WORD = re.compile(r"(?:空编|缺编|超编|满编)(?!率)")  # (空编率 is a rate: read elsewhere)
_LIST_ASKED = re.compile(r"哪些|哪几|有没有|有哪|是否有|几个单位|多少个单位|都有")

Row = tuple[str, dict, dict]  # (the row's name, its establishment fact, its staff-in-post fact)


def gap_asked(question: str) -> str:
    """The gap word a question asks (空编, 超编, 满编), or ""."""
    m = _GAP_WORD.search(compact_text(question))
    return "" if m is None else "空编" if m.group() == "缺编" else m.group()


def compact_text(question: str) -> str:
    return re.sub(r"\s+", "", question)


def answer(idx: FactIndex, question: str, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
    """The gap asked of the unit named (each unit named), the units ranked by it (空编最多), or the units it
    holds for (有没有满编的单位, 哪些单位超编); None when not asked, or no table in scope has both columns."""
    word = gap_asked(question)
    if not word:
        return None
    tables = [d for d in docs if not any(word in k for k in idx.doc_keys.get(d, ()))]
    rows = [r for d in tables for r in _rows(idx, d)]
    if not rows:
        return None
    # (a row said by half its name at most names none: 单位 of "哪些科室单位" is no 所属单位's group)
    named = {k for m in fq.mentions if m.quality > 0.5 for k in m.keys if k in idx.row_label_keys}
    if named:
        said = [r for r in rows if named & idx.row_keys(r[1]["id"])]
        if len(said) > 1 and _LIST_ASKED.search(compact_text(question).replace("哪个", "哪些")):
            return _listed(idx, word, said)  # "哪个交通运输管理站是满编的": those of the units named it holds for
        return _of_rows(idx, word, said) if said else None
    units = [r for r in rows if not any(_is_total(k) for k in idx.row_keys(r[1]["id"]))]
    if {"max", "min"} & set(fq.ops) and word != "满编":
        return _ranked(idx, word, units, "min" in fq.ops and "max" not in fq.ops)
    if _LIST_ASKED.search(compact_text(question)) or {"list", "count"} & set(fq.ops) or word == "满编":
        return _listed(idx, word, units)
    whole = [r for r in rows if any(_is_total(k) and k != "小计" for k in idx.row_keys(r[1]["id"]))]
    return _of_rows(idx, word, whole[-1:]) if whole else None


def _gap(word: str, row: Row) -> float:
    """空编: establishment less staff; 超编: staff less establishment (满编 where either is 0)."""
    est, post = row[1]["number"], row[2]["number"]
    return post - est if word == "超编" else est - post


def _line(word: str, row: Row) -> str:
    name, est, post = row
    a, b = (post, est) if word == "超编" else (est, post)
    return compose.staffing_gap(name, word, f"{fmt_number(_gap(word, row))}{est['unit'] or ''}", _said(a), _said(b))


def _said(f: dict) -> str:
    """A figure of the row beside its column: "核定编制数 12"."""
    return f"{column_printed(f)} {fmt_number(f['number'])}"


def _of_rows(idx: FactIndex, word: str, rows: list[Row]) -> FactAnswer:
    """Each row's gap, worked out; a 满编 asked of a row says whether it is."""
    if word == "满编":
        lines = [compose.staffing_full(name, est["number"] == post["number"], _said(est), _said(post))
                 for name, est, post in rows]
    else:
        lines = [_line(word, r) for r in rows]
    used = [f for r in rows for f in r[1:]]
    return FactAnswer("answered", compose.staffing_rows(lines) + _cite(idx, used), used)


def _ranked(idx: FactIndex, word: str, rows: list[Row], least: bool) -> FactAnswer | None:
    if not rows:
        return None
    ordered = sorted(rows, key=lambda r: _gap(word, r), reverse=not least)
    top = [r for r in ordered if _gap(word, r) == _gap(word, ordered[0])]
    lines = [_line(word, r) for r in ordered[:5]]
    gap = f"{fmt_number(_gap(word, top[0]))}{top[0][1]['unit'] or ''}"
    used = [f for r in ordered[:5] for f in r[1:]]
    return FactAnswer("answered", compose.staffing_ranked(word, least, [r[0] for r in top], gap, lines, len(rows))
                      + _cite(idx, used), used, ranked=[r[1]["id"] for r in ordered])


def _listed(idx: FactIndex, word: str, rows: list[Row]) -> FactAnswer | None:
    if not rows:
        return None
    hits = [r for r in rows if (_gap(word, r) == 0 if word == "满编" else _gap(word, r) > 0)]
    if not hits:
        return FactAnswer("answered", compose.staffing_none(word, len(rows)) + _cite(idx, [r[1] for r in rows[:5]]), [])
    lines = [compose.staffing_unit(name, _said(est), _said(post)) for name, est, post in hits]
    used = [f for r in hits for f in r[1:]]
    return FactAnswer("answered", compose.staffing_listed(word, lines, len(rows)) + _cite(idx, used), used)




def _rows(idx: FactIndex, doc: int) -> list[Row]:
    """Each row of a table with one establishment figure and one figure of staff in post."""
    by_line: dict[tuple, list[dict]] = {}
    for f in idx.facts(sorted(idx.docs[doc].facts)[:5000]) if doc in idx.docs else ():
        if f["number"] is not None and f["unit"] == "人":
            by_line.setdefault((f["sheet"], f["page"], f["line"]), []).append(f)
    out = []
    for facts in by_line.values():
        est, post = _establishment(facts), _in_post(facts)
        if est is not None and post is not None:
            out.append((_name(est).split(" ")[0], est, post))
    return out


def _establishment(facts: list[dict]) -> dict | None:
    cols = [f for f in facts if "编制" in (f["col_labels"] or "") and "编外" not in (f["col_labels"] or "")]
    totals = [f for f in cols if re.search(r"(?:合计|小计|总计|编制数)$", f["col_labels"] or "")]
    return totals[0] if len(totals) == 1 else cols[0] if len(cols) == 1 else None


def _in_post(facts: list[dict]) -> dict | None:
    def last(f: dict) -> str:
        return (f["col_labels"] or "").split(query.FACT_SEP)[-1]
    serving = [f for f in facts if re.fullmatch(r"(?:在职|在编)(?:人员|人数)?(?:数)?", last(f))]
    if len(serving) == 1:
        return serving[0]
    whole = [f for f in facts if re.match(r"实有", f["col_labels"] or "")
             and re.search(r"(?:实有人数|合计)$", f["col_labels"] or "")]
    return whole[0] if len(whole) == 1 else None
