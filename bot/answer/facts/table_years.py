"""The year a table is of, asked by words of its kind ("这张购买服务表是哪一年的", "滚动规划表是哪几年的"): the
table's own year, or the years its title spans (2026—2028年); only when the words name one loaded table."""

from __future__ import annotations

import re

from bot.answer import compose
from bot.answer.facts.index import FactIndex
from bot.answer.facts.question import FactAnswer
from bot.language.normalize import compact, normalize

_YEAR_OF_TABLE = re.compile(r"^(?:这张|这个|这份|该|那张)?(?P<words>[\u4e00-\u9fff]{2,16}?)(?:的)?表?(?:是|属于|为)?"
                            r"(?:哪一年|哪年|哪个年度|哪一年度|什么年度|什么年份|哪个年份|几几年|哪几年|哪些年)(?:的)?(?:表|数据|数)?(?:呢|啊)?$")
# "哪份材料是2020年的", "哪张表是2024年度的": the tables of one year, asked by the year alone.
_TABLES_OF_YEAR = re.compile(r"^(?:哪份|哪个|哪张|哪些|哪几份|哪几张|哪一份|哪一张)(?:材料|表格?|文件|资料|文档)(?:是|属于)?"
                             r"(?P<year>(?:19|20)\d\d)年度?(?:的)?(?:呢|啊)?$")
_SPAN = re.compile(r"((?:19|20)\d\d)\s*[-—–~～至到]\s*((?:19|20)\d\d)年")


def asked(question: str) -> bool:
    return bool(re.search(r"哪一?年|年度|年份|几几年|哪几年|哪些年", question)) \
        or bool(_TABLES_OF_YEAR.match(compact(normalize(question))))


def answer(idx: FactIndex, question: str, docs: list[int], said_departments: list[str]) -> FactAnswer | None:
    """"这张购买服务表是哪一年的": the one table whose kind (or title) holds the words said, and its year;
    "哪份材料是2020年的": the tables of that year."""
    if (of_year := tables_of_year(idx, question)) is not None:
        return of_year
    text = compact(normalize(question))
    for name in sorted(said_departments, key=len, reverse=True):
        text = text.replace(compact(name), "")
    m = _YEAR_OF_TABLE.match(re.sub(r"^(?:的)", "", text))
    if m is None:
        return None
    words = re.sub(r"表$", "", m.group("words"))
    found = [d for d in docs if d in idx.docs and len(words) >= 2 and (
        words in compact(idx.docs[d].form) or any(words in compact(t) for t in idx.sheet_titles.get(d, ())))]
    if len(found) != 1 or not idx.docs[found[0]].year:
        return None
    doc = idx.docs[found[0]]
    title = next((t for t in idx.sheet_titles.get(doc.id, ()) if words in compact(t)), "") \
        or doc.department + ("" if _SPAN.match(doc.form) else f"{doc.year}年") + doc.form
    span = _SPAN.search(title)
    years = f"{span.group(1)}—{span.group(2)}年" if span else f"{doc.year}年"
    return FactAnswer("answered", compose.table_of_years(title, years, doc.file_name), [])


def tables_of_year(idx: FactIndex, question: str) -> FactAnswer | None:
    """"哪份材料是2020年的": every loaded table of that year, by whose and what it is; none -> the years held."""
    m = _TABLES_OF_YEAR.match(compact(normalize(question)))
    if m is None:
        return None
    year = int(m.group("year"))
    docs = [d for d in idx.docs.values() if d.year == year]
    if not docs:
        held = sorted({d.year for d in idx.docs.values() if d.year})
        return FactAnswer("unknown", compose.no_table_of_year(year, held), [])
    names = [(compose.table_name(d.department, d.form, d.year), d.file_name) for d in docs]
    return FactAnswer("answered", compose.tables_of_year(year, names), [])


# "普陀区财政局2023年决算": a department's table of a year asked as a whole (its kind said, nothing of it asked).
_TABLE_OF_YEAR_SAID = re.compile(r"^(?:的)?(?P<year>(?:19|20)\d\d)年度?(?:的)?(?P<kind>[\u4e00-\u9fff]{0,10}?(?:决算|预算|目标表|自评表"
                                 r"|申报表|计划表|目标|自评))(?:表|报告|情况|数据)?(?:呢|是什么|怎么样|有哪些|内容|的内容)?$")


def table_of_year_asked(question: str) -> bool:
    return bool(re.search(r"(?:19|20)\d\d年度?的?[\u4e00-\u9fff]{0,10}?(?:决算|预算|目标|自评|申报|计划)", question))


def table_of_year_not_held(idx: FactIndex, question: str, departments: list[str], said: list[str]) -> FactAnswer | None:
    """"普陀区财政局2023年决算" where that department's 决算 loaded is of 2024 only: not held, and the years that are
    — never a figure of the year before that the 2024 table prints beside its own. None when such a table of that
    year is loaded, or the question is not a table of a year asked whole."""
    text = compact(normalize(question))
    for name in sorted(said, key=len, reverse=True):
        text = text.replace(compact(name), "")
    m = _TABLE_OF_YEAR_SAID.match(text)
    if m is None or len(departments) != 1:
        return None
    kind = re.sub(r"表$", "", m.group("kind"))
    docs = [idx.docs[d] for d in idx.dept_docs.get(departments[0], ()) if d in idx.docs]
    of_kind = [d for d in docs if kind in compact(d.form) or compact(d.form) in kind]
    year = int(m.group("year"))
    if not of_kind or any(d.year == year for d in of_kind) or not all(d.year for d in of_kind):
        return None
    held = sorted({d.year for d in of_kind if d.year})
    return FactAnswer("unknown", compose.table_year_not_held(departments[0], year, of_kind[0].form, held), [], settled=True)
