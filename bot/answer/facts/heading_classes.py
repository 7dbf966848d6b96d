"""The classes a table's rows are sorted into, asked whole ("直达资金分为哪几类", "分哪几类", "有哪些类别").

A general table of funds or projects often prints numbered headings (一、民生保障类 | 二、农业农村类 …), each over its
rows (and a 小计 row of its own); the loader puts the heading before each of its rows' labels (民生保障类 › 城乡医疗救助
补助资金). Asked what classes the table has, the answer is those headings in their order, each with the number of rows it
heads — never the rows, nor the 小计 lines as things of their own. The table is the one general table whose title holds the
words said before the asking words (a run of TITLE_RUN characters or more: "资金分几类" names no table), else (no
words) the one table of headings loaded; otherwise None.
"""

from __future__ import annotations

from bot.answer import compose
from bot.answer.facts.headings import is_heading_path
from bot.answer.facts.question import TITLE_RUN, FactAnswer
from bot.answer.facts.values import _cite
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.normalize import compact, normalize
from bot.store import queries as query

_ASKED = Words("heading_classes", r"^(?P<title>[\u4e00-\u9fff]{0,16}?)(?:{leads})?(?:{verbs})(?:{which})(?:个)?(?:{classes})"
                                  r"(?:呢|啊|呀)?$")
_TAIL = re.compile(r"[？?。！!，,\s]+$")
FACTS_READ_AT_MOST = 6000  # facts of one table read for its headings


def _headings(idx, doc: int) -> list[tuple[str, list[dict]]]:
    """The table's headings in order, each with one fact of each of its rows."""
    out: dict[str, dict[tuple, dict]] = {}
    for f in idx.facts(list(idx.docs[doc].facts)[:FACTS_READ_AT_MOST]):
        if not is_heading_path(f):
            continue
        outer, own = [x for x in (f["row_labels"] or "").split(query.FACT_SEP) if x]
        out.setdefault(outer, {}).setdefault((f["sheet"], f["line"]), f)
    return [(name, list(rows.values())) for name, rows in out.items()]


def answer(idx, question: str) -> FactAnswer | None:
    """The table's classes and how many rows each heads, when the question asks them of one table; None otherwise."""
    m = _ASKED.fullmatch(_TAIL.sub("", compact(normalize(question))))
    if m is None:
        return None
    title = m.group("title")
    if title and len(title) < TITLE_RUN:
        return None  # (资金 of 直达资金: a word many tables' titles or rows hold, never one table said)
    general = [d for d, doc in idx.docs.items() if doc.layout == "general-table"]
    docs = [d for d in general if title and title in (idx.docs[d].form or "")] if title else general
    found = [(d, h) for d in docs if len(h := _headings(idx, d)) >= 2]
    if len(found) != 1:
        return None  # (no table, or several, of classes said so: not this question's reading)
    classes = found[0][1]
    firsts = [rows[0] for _, rows in classes]
    return FactAnswer("answered", compose.heading_classes([(name, len(rows)) for name, rows in classes])
                      + _cite(idx, firsts), firsts)
