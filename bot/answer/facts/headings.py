"""Headings of a table's 序号 outline that close their rows by a 小计 line: "一 | 产业发展类项目" (a numbered row of no
figures, its name in the column of names), its items numbered 1, 2, … under it and its "小计（3个）" line above or
below them (a 政府投资项目年度计划表, a 重大项目计划表). The loader puts the heading before each of its lines' labels
(产业发展类项目 › 冷链物流中心建设工程, 产业发展类项目 › 小计（3个）), the heading under no column's head of its own.

Such a heading groups its rows, as a section heading does: its rows are a class said by the heading's name
("生态环保类项目有哪些", "民生保障类小计多少"), never the items of a project named 生态环保类项目.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.answer import REL_YEARS
from bot.answer.facts.words import label_key
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.store import queries as query

# The head a heading's rows are classed under (no column prints it): "类别为生态环保类项目的…".
HEADING_CLASS = "类别"
# (an organisation heading its units, 1 县教育局 › 本级 … 小计, is a department over its units, read as such elsewhere)
_ORGANISATION = Words("headings", r"(?:{asking_words.kind_rows.organisation_ends}|{organisations_also})$")


def is_heading_path(f: dict) -> bool:
    """Whether a line's path is two labels, the outer one under no column's head (the 序号 outline's)."""
    path = [x for x in (f["row_labels"] or "").split(query.FACT_SEP) if x]
    heads = (f["row_heads"] or "").split(query.FACT_SEP)
    return len(path) == 2 and len(heads) == 2 and not heads[0].strip()


def headings_with_subtotals(facts: Iterable[dict]) -> set[str]:
    """The outer labels (as printed) of a table's heading paths that print a 小计 line under them."""
    out: set[str] = set()
    for f in facts:
        if not is_heading_path(f):
            continue
        outer, own = [x for x in (f["row_labels"] or "").split(query.FACT_SEP) if x]
        if label_key(own) == "小计" and not _ORGANISATION.search(label_key(outer)):
            out.add(outer)
    return out


_YEAR_SAID = re.compile(r"(?<![0-9.])((?:19|20)\d\d)年|" + "|".join(sorted((w for w, _ in REL_YEARS), key=len, reverse=True)))


def other_year_said(text: str, year: int | None, column: str) -> bool:
    """Whether the question says a year (2025年, or 去年 counted from the table's own year) other than the
    table's own that the column's label does not print: the column read is then of no year asked."""
    for m in _YEAR_SAID.finditer(text):
        said = int(m.group(1)) if m.group(1) else (year + dict(REL_YEARS)[m.group()] if year else None)
        if said is not None and said != year and f"{said}年" not in column:
            return True
    return False
