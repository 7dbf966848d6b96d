"""A quantity a named row states in a text cell ("改造老旧小区14个，涉及居民3260户", "占地约180亩，…健身步道5公里"),
asked by its measure (多少户, 多长, 占地多少亩, 建筑面积): the clause of that text stating a figure in that measure,
cited — where no figure of the row is printed in it (a column of 户数 answers by its label)."""

from __future__ import annotations

import re

from bot.answer import compose
from bot.answer.facts.index import vocabulary_section
from bot.answer.facts.question import FactAnswer, FactQuestion
from bot.answer.facts.values import _cite, _name
from bot.language.asking import Words
from bot.language.normalize import compact

# A measure said after the quantity asked: "多少户", "几亩", "多少平方米".
_UNIT_ASKED = Words("quantities", r"(?:多少|几)({units})")
# The figure a clause states in a unit (3260户, 3.2万平方米, 180亩); 米 of 平方米 / 立方米 is no length.
_FIGURE = r"\d+(?:\.\d+)?\s*(?:万|千)?\s*(?:{})"
_CLAUSES = re.compile(r"[，,；;。、\n]")


def _measure_words(vocab_path: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """[measure_asks] of the vocabulary: a unit -> the words asking a quantity in it (公里: 多长, 全长)."""
    return vocabulary_section(vocab_path, "measure_asks", _read_measure_words)


def _read_measure_words(data: object) -> tuple[tuple[str, tuple[str, ...]], ...]:
    units = data if isinstance(data, dict) else {}
    return tuple((unit, tuple(words)) for unit, words in units.items() if isinstance(words, list))


def _units_asked(text: str, vocab_path: str) -> tuple[list[str], str]:
    """The units a quantity is asked in, and the word that asked it ("" for a unit said itself)."""
    if m := _UNIT_ASKED.search(text):
        return [{"平米": "平方米", "千米": "公里"}.get(m.group(1), m.group(1))], ""
    said = [(unit, w) for unit, words in _measure_words(vocab_path) for w in words if w in text]
    if not said:
        return [], ""
    word = max((w for _, w in said), key=len)
    return [unit for unit, w in said if w == word], word


def _unit_pattern(units: list[str]) -> str:
    return _FIGURE.format("|".join("(?<![平立方])米" if u == "米" else re.escape(u) for u in units))


def _row_texts(idx, fq: FactQuestion, context: dict | None, docs: list[int] | None) -> list[dict]:
    """The facts of the one row the question names (else the one row just answered)."""
    rows = {(idx.fact_doc[f], idx.fact_line[f]) for m in fq.mentions if m.start >= 0 and m.keys <= idx.row_label_keys
            for k in m.keys for f in idx.label_facts.get(k, ())[:200] if docs is None or idx.fact_doc[f] in docs}
    if not rows and not fq.mentions and context and context.get("last"):
        rows = {(idx.fact_doc[f], idx.fact_line[f]) for f in context["last"]}
    if len(rows) != 1:
        return []
    doc, line = rows.pop()
    return idx.facts([f for f in idx.docs[doc].facts if idx.fact_line[f] == line][:60])


# A count asked in a measure word with the thing counted after it ("改造多少个小区", "新建几座桥梁", "多少个班"): the
# measure word alone (多少个) asks how many rows; with its noun, a clause stating "<noun>…14个" or "36个班" answers.
_COUNTED_THING = Words("quantities", r"(?:多少|几)({counters})([\u4e00-\u9fff]{1,4}?)(?=$|呢|[？?，,]|的|吗)")


_PART_SAID = Words("quantities", r"^(?:{parts_opening})|(?:{parts})")
_REMARK_HEAD = Words("quantities", "{remark_heads}")


def _thing_counted(text: str) -> tuple[list[str], str]:
    """The measure word and the thing counted ("个", "小区"), or ([], "")."""
    m = _COUNTED_THING.search(text)
    return ([m.group(1)], m.group(2)) if m is not None and len(m.group(2)) >= 1 else ([], "")


def answer(idx, fq: FactQuestion, context: dict | None, docs: list[int] | None) -> FactAnswer | None:
    """The clause of the named row's texts stating the quantity asked; None unless exactly one does (and
    the word that asked it, when said, is that clause's when several state the unit: 建筑面积)."""
    units, word = _units_asked(fq.text, idx.vocab_path)
    thing = ""
    if not units:
        units, thing = _thing_counted(fq.text)
    if not units:
        return None
    row = _row_texts(idx, fq, context, docs)
    if not row or any(f["number"] is not None and (f["unit"] or "") in units for f in row):
        return None
    figure = re.compile(_unit_pattern(units))
    found = [(f, c.strip()) for f in row if f["number"] is None
             for c in _CLAUSES.split(f["value"] or "") if figure.search(compact(c))]
    if thing:  # (the thing counted said in the clause: 小区 of 改造老旧小区14个, 班 of 规划36个班)
        # (never a part the clause says is included, "含县城规划区周边12个村", nor a remark's aside)
        found = [(f, c) for f, c in found if thing in compact(c) and not _PART_SAID.search(compact(c))
                 and not _REMARK_HEAD.search(_name(f) + "".join((f["col_labels"] or "").split()))]
    if len(found) > 1 and word:
        found = [(f, c) for f, c in found if word in compact(c)] or found
    if len(found) != 1:
        return None
    f, clause = found[0]
    return FactAnswer("answered", compose.fact_value(_name(f), clause) + _cite(idx, [f]), [f])
