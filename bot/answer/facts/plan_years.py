"""A plan over years read generically (a 三年滚动规划表: one money column per year, 规划资金2026年 …): the rows a
year leaves blank ("2028年没有安排资金的项目"), and one year's whole against another's ("2027年比2026年少多少":
the 合计 line's two year columns). Only where one table of the tables in view prints those year columns."""

from __future__ import annotations

import re
from collections import defaultdict

from bot.answer import compose
from bot.answer.facts.index import FactIndex
from bot.answer.facts.outline import own_label
from bot.answer.facts.question import FactAnswer
from bot.answer.facts.values import _cite, _own_row, column_printed
from bot.answer.facts.words import _is_total, fmt_number, label_key
from bot.language.normalize import compact, normalize

_MONEY = ("万元", "元", "亿元", "千元")

# "2028年没有安排资金的项目有哪些", "2026年没钱的项目": nothing else said but the department.
_UNFUNDED = re.compile(r"((?:19|20)\d\d)年度?(?:的)?(?:没有|没|无|未)(?:安排)?(?:资金|钱|预算|经费)?(?:安排)?的?"
                       r"(?:项目)?(?:有哪些|是哪些|哪些|有几个|几个|有哪几个|是什么|有什么)?$")
# "2027年比2026年少多少": two years' wholes compared, nothing else said.
_YEARS_COMPARED = re.compile(r"^((?:19|20)\d\d)年度?(?:的)?(?:安排|规划|预算|资金|合计|总额|一共)?比((?:19|20)\d\d)年度?"
                             r"(?:的)?(?:安排|规划)?(?:多|少|增加|减少|相差|差)(?:了)?(?:多少|几)(?:万元|万)?$")


def asked(question: str) -> bool:
    """Cheaply: whether the question may be one of these (a year said twice, or a year and a negation)."""
    return len(re.findall(r"(?:19|20)\d\d", question)) == 2 and "比" in question \
        or bool(re.search(r"(?:19|20)\d\d", question)) and bool(re.search(r"没|无|未", question))


def answer(idx: FactIndex, question: str, docs: list[int], said_departments: list[str]) -> FactAnswer | None:
    """The rows a year leaves blank, or two years' wholes compared; None unless the question is one of those
    (the departments said being all else) and one table prints a money column of each year said."""
    text = compact(normalize(question))
    for name in sorted(said_departments, key=len, reverse=True):
        text = text.replace(compact(name), "")
    if (m := _UNFUNDED.search(text)) and not text[:m.start()] and re.search(r"项目|哪|几", text):
        return _unfunded(idx, docs, m.group(1) + "年", text)
    if m := _YEARS_COMPARED.search(text):
        return _years_compared(idx, docs, m.group(1) + "年", m.group(2) + "年")
    return None


def _year_columns(idx: FactIndex, docs: list[int], years: tuple[str, ...]) -> list[dict] | None:
    """The money facts of the one table (document and sheet) printing one column of each year; else None."""
    tables: dict[tuple, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    facts: dict[tuple, list[dict]] = defaultdict(list)
    for f in idx.facts(sorted(x for d in docs for x in idx.docs[d].facts)[:20000]):
        col = column_printed(f)
        hit = [y for y in years if y in col and not re.search(r"合计|累计|以前", col)]
        if hit and f["number"] is not None and (f["unit"] or "") in _MONEY:
            key = (f["document_id"], f["sheet"])
            tables[key][hit[0]].add(col)
            facts[key].append(f)
    found = [k for k, cols in tables.items() if len(cols) == len(years) and all(len(c) == 1 for c in cols.values())]
    return facts[found[0]] if len(found) == 1 else None


def _unfunded(idx: FactIndex, docs: list[int], year: str, text: str) -> FactAnswer | None:
    facts = _year_columns(idx, docs, (year,))
    if not facts:
        return None
    rows = _rows_of_table(idx, facts[0]["document_id"], facts[0]["sheet"])
    held = {f["line"] for f in facts if f["number"]}
    hits = [f for f in rows if f["line"] not in held]  # (a blank cell is no fact: the rows printing none there)
    head = compose.without_head(column_printed(facts[0]))
    if not hits:
        return FactAnswer("answered", compose.none_marked(head, len(rows)), [], negated=True)
    items = [own_label(f) for f in hits]
    if re.search(r"几个|多少个", text) and "哪" not in text:
        return FactAnswer("answered", compose.counted_items(items, head) + _cite(idx, hits), hits, negated=True)
    return FactAnswer("answered", compose.numbered_items(items, head) + _cite(idx, hits), hits, negated=True)


def _rows_of_table(idx: FactIndex, doc: int, sheet: str | None) -> list[dict]:
    """One money fact of each row of a table (by line, its totals left out), in the table's order."""
    lines: dict[int, dict] = {}
    for f in idx.facts(sorted(idx.docs[doc].facts)[:20000]):
        key = label_key(_own_row(f))
        if f["sheet"] == sheet and f["number"] is not None and (f["unit"] or "") in _MONEY and key and not _is_total(key):
            lines.setdefault(f["line"], f)
    return [lines[k] for k in sorted(lines)]


def _years_compared(idx: FactIndex, docs: list[int], a: str, b: str) -> FactAnswer | None:
    facts = _year_columns(idx, docs, (a, b))
    totals = [f for f in facts or () if _is_total(label_key(_own_row(f)))]
    if len(totals) != 2 or totals[0]["line"] != totals[1]["line"]:
        return None
    first, second = sorted(totals, key=lambda f: 0 if a in column_printed(f) else 1)
    d = first["number"] - second["number"]
    unit = first["unit"] or ""
    line = compose.fact_difference(f"{own_label(first)} {column_printed(first)}", None, column_printed(second), None,
                                   fmt_number(first["number"]), fmt_number(second["number"]), d, fmt_number(abs(d)),
                                   fmt_number(d), unit)
    return FactAnswer("answered", line + _cite(idx, [first, second]), [first, second])
