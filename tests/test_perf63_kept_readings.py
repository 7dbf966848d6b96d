"""Readings kept between calls give what reading again gives (perf63, issue 14) — counted, never timed.

- The lexicon's spans of a text read with nothing blocked are kept: the same spans, a list of the caller's own, the
  work done once; a form added since is seen.
- A column's outline (outline.parents) is read of its lines' row labels alone and kept: another column printing
  the same labels gets its own lines as parents, never the first column's.
- A section of word lists (sections.section_words) reads each list longest first into its dataclass's fields.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.answer.facts import outline
from bot.language.lexicon import Lexicon, Ref
from bot.language.sections import section_words
from bot.store import queries as query


def _lexicon() -> Lexicon:
    lex = Lexicon()
    lex.add("青松镇", Ref("department", "青松镇人民政府"))
    lex.add("河道保洁经费", Ref("project", 7))
    return lex


def test_spans_kept_are_the_spans_read_and_the_callers_own(monkeypatch) -> None:
    lex = _lexicon()
    reads: list[str] = []
    real = Lexicon._spans

    def counted(self, text, blocked):
        reads.append(text)
        return real(self, text, blocked)

    monkeypatch.setattr(Lexicon, "_spans", counted)
    first = lex.spans("青松镇河道保洁经费多少")
    assert [(a, b, w) for a, b, w, _ in first] == [(0, 3, "青松镇"), (3, 9, "河道保洁经费")]
    first.clear()  # a caller's own list: changing it changes nothing kept
    again = lex.spans("青松镇河道保洁经费多少")
    assert [(a, b, w) for a, b, w, _ in again] == [(0, 3, "青松镇"), (3, 9, "河道保洁经费")]
    assert reads == ["青松镇河道保洁经费多少"]
    # blocked positions are read each time, not from what was kept
    assert [w for _, _, w, _ in lex.spans("青松镇河道保洁经费多少", {0})] == ["河道保洁经费"]
    # a form added since is seen
    lex.add("保洁经费多少", Ref("project", 8))
    lex.add("青松镇河道", Ref("project", 9))
    assert [w for _, _, w, _ in lex.spans("青松镇河道保洁经费多少")][0] == "青松镇河道"


def _column(doc: int, labels: list[str]) -> list[dict]:
    return [{"id": doc * 100 + k, "row_labels": label} for k, label in enumerate(labels)]


def test_outline_kept_gives_each_column_its_own_lines() -> None:
    sep = query.FACT_SEP
    labels = ["一、商品服务", "1.差旅费", "2.会议费", "合计", f"基本支出{sep}人员经费", "30101基本工资", "301工资"]
    a, b = _column(1, labels), _column(2, labels)
    pa, pb = outline.parents(a), outline.parents(b)
    assert pa[101] is a[0] and pa[102] is a[0]  # numbered items under 一、
    assert pa[103] is None  # a total stands under nothing
    assert pa[105] is None  # (301 is printed after 30101: no code above it yet)
    assert [p if p is None else p["id"] - 100 for p in pb.values()] == \
        [p if p is None else p["id"] for p in pa.values()]
    assert all(p is None or p in b for p in pb.values())  # the second column's own lines


def test_section_words_longest_first() -> None:
    @dataclass(frozen=True)
    class Probe:
        ups: tuple[str, ...] = ()
        downs: tuple[str, ...] = ()

    assert section_words(Probe, {"ups": ["增", "增加了", "", 3, "上升"], "downs": ["减少", "降"]}) == \
        Probe(("增加了", "上升", "增"), ("减少", "降"))
    assert section_words(Probe, None) == Probe()
