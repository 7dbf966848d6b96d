"""A department named whose own tables lack the year asked, while a general table of another office lists it as
its rows' owner in a document of that year (fund58): "景宁县民政局专项资金25年安排一共多少" — 景宁畲族自治县民政局's 目标表 is of
2026; the 财政局's 2025 专项资金清理整合情况表 prints 县民政局 in its 主管部门 column. The question is asked again with the
department said as that column prints it (县民政局), and kept when answered from that table alone; never another
year's figure of its own tables, nor the year said missing when the rows of that year are loaded.
"""

from __future__ import annotations

from bot.answer import YEAR_ASKED
from bot.answer.facts.common import again_on_tables
from bot.answer.facts.words import label_key, title_word_said
from bot.language.lexicon import owner_head, without_level
from bot.language.normalize import compact, in_order, normalize
from bot.store import queries as query


def asked_of_its_rows(turn, idx):
    """The answer from the rows a department owns in a table of the year asked, or None."""
    text = compact(normalize(turn.question))
    years = {int(m.group(1)) for m in YEAR_ASKED.finditer(text)}
    if not years:
        return None
    for doc in [d for d, t in idx.docs.items() if t.layout == "general-table" and years <= set(idx.doc_years.get(d) or ())]:
        place, title = compact(idx.docs[doc].department or ""), compact(normalize(str(turn.kb.documents[doc].get("title") or "")))
        for owner in sorted(_owners(idx, doc), key=len, reverse=True):
            for said in (owner, without_level(owner)):
                a = text.find(said) if len(said) >= 3 else -1
                # (said after the place of the office that drew the table up, 景宁县民政局 of 景宁…财政局's 县民政局)
                if a <= 0 or not in_order(text[:a], place):
                    continue
                asked = owner + text[a + len(said):]
                if asked == text or not title_word_said(title, text[a + len(said):]):
                    continue  # (said as the column prints it already; or the table not said: "部门预算总额" is no row of it)
                again = again_on_tables(turn, asked, {doc})
                if again is not None:
                    again.debug["table_named"] = True  # (its rows named as the table prints them: never an unloaded place's)
                    return again
    return None


def _owners(idx, doc: int) -> frozenset[str]:
    """The organisations a general table prints in a text column headed as its rows' owners (主管部门), read once."""
    def read() -> frozenset[str]:
        facts = idx.facts(list(idx.docs[doc].facts)[:6000])
        return frozenset(v for f in facts if f["number"] is None and len(v := compact(f["value"] or "")) >= 3
                         and owner_head(label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1])))
    return idx.read_once("_owner_values", doc, read)
