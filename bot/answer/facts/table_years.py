"""The year a table is of, asked by words of its kind ("这张购买服务表是哪一年的", "滚动规划表是哪几年的"): the
table's own year, or the years its title spans (2026—2028年); or the unit its figures are in ("中期规划单位是万元还是
元": 单位：万元 of its head); only when the words name one loaded table (or the tables in view share one unit)."""

from __future__ import annotations

import re

from bot.answer import compose
from bot.answer.facts.index import FactIndex
from bot.answer.facts.question import FactAnswer
from bot.language.normalize import compact, normalize

_YEAR_OF_TABLE = re.compile(r"^(?:这张|这个|这份|该|那张)?(?P<words>[\u4e00-\u9fff]{2,16}?)(?:的)?表?(?:是|属于|为)?"
                            r"(?:哪一年|哪年|哪个年度|哪一年度|什么年度|什么年份|哪个年份|几几年|哪几年|哪些年)(?:的)?(?:表|数据|数)?(?:呢|啊)?$")
_SPAN = re.compile(r"((?:19|20)\d\d)\s*[-—–~～至到]\s*((?:19|20)\d\d)年")


# "中期规划单位是万元还是元", "这张表金额单位是什么": the unit the table's figures are printed in
_UNIT_OF_TABLE = re.compile(r"^(?:这张|这个|这份|该|那张)?(?P<words>[\u4e00-\u9fff]{0,16}?)(?:的)?表?(?:的)?(?:金额|数字|数据|钱)?"
                            r"(?:的)?(?:计量)?单位(?:是|为|用的是|用)?(?:万元还是元|元还是万元|什么|啥|哪个|多少|万元吗|元吗|万元|元)"
                            r"(?:的|啊|呢|吗)?$")


def asked(question: str) -> bool:
    return bool(re.search(r"哪一?年|年度|年份|几几年|哪几年|哪些年|单位", question))


def answer(idx: FactIndex, question: str, docs: list[int], said_departments: list[str],
           documents: dict[int, dict] | None = None) -> FactAnswer | None:
    """"这张购买服务表是哪一年的": the one table whose kind (or title) holds the words said, and its year; its
    unit when that is asked (documents: the loaded tables' records, each with the unit its head prints)."""
    text = compact(normalize(question))
    for name in sorted(said_departments, key=len, reverse=True):
        text = text.replace(compact(name), "")
    if documents is not None and (u := _UNIT_OF_TABLE.match(re.sub(r"^(?:的)", "", text))) is not None:
        units = {d: str((documents.get(d) or {}).get("unit") or "") for d in docs}
        return _unit_of(idx, re.sub(r"表$", "", u.group("words")), docs, units)
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


def _unit_of(idx: FactIndex, words: str, docs: list[int], units: dict[int, str]) -> FactAnswer | None:
    """The unit of the table the words name (its kind or title), else of the tables in view when they share one."""
    found = [d for d in docs if d in idx.docs and len(words) >= 2 and any(
        _in_order(words, compact(t)) for t in (idx.docs[d].form, *idx.sheet_titles.get(d, ())))]
    found = found if words else [d for d in docs if d in idx.docs]
    held = {units.get(d) or "" for d in found}
    if not found or len(held) != 1 or not held <= {"万元", "元", "亿元", "千元"}:
        return None
    doc = idx.docs[found[0]]
    title = doc.department + ("" if _SPAN.match(doc.form) or not doc.year else f"{doc.year}年") + doc.form
    return FactAnswer("answered", compose.table_unit(title if len(found) == 1 else "", held.pop(),
                                                     sorted({idx.docs[d].file_name for d in found})[:3]), [])


def _in_order(words: str, title: str) -> bool:
    """Whether a title holds the words, or (three or more) their characters in order ("中期规划" of 中期财政规划)."""
    if words in title:
        return True
    at = 0
    for ch in words:
        at = title.find(ch, at) + 1
        if not at:
            return False
    return len(words) >= 3
