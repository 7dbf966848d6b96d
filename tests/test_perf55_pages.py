"""perf55: a text table's pages set once per indicator block when the block lies on one page.

text._set_pages gave every indicator its page by a bisect of its own line; a block whose first and last
indicators are on one page now gives them all that page. These tests compare it with the per-line
reference over documents whose blocks do and do not cross a page (repeated page headers, form feeds),
field by field, and count the per-line page lookups that are left.
"""

from __future__ import annotations

import copy
from bisect import bisect_right

import bot.ingest.text as text_module
from benchmarks.synth import generate_corpus
from bot.ingest.text import parse_text


def _reference_pages(doc, starts: list[int]) -> None:
    """The per-line assignment _set_pages made before (pages where pages 2, 3 … start)."""
    for unit in doc.units:
        unit.page = bisect_right(starts, unit.line) + 1
    for p in doc.projects:
        p.page = bisect_right(starts, p.line) + 1
        for i in p.indicators:
            i.page = bisect_right(starts, i.line) + 1


def _page_starts(text: str, path: str) -> list[int]:
    parser = text_module._Parser(text, path)
    parser.run()
    return parser.page_starts(text)


def _corpus() -> list[tuple[str, str]]:
    return [(name, text) for name, text, _ in generate_corpus(12, seed=55, projects=8, indicators_per_project=9)]


def test_pages_equal_the_per_line_reference_on_paginated_documents():
    crossing = single = 0
    for name, text in _corpus():
        doc = parse_text(text, name)
        starts = _page_starts(text, name)
        assert starts, "the synthetic documents repeat their page header: they have pages"
        expected = copy.deepcopy(doc)
        _reference_pages(expected, starts)
        assert doc == expected
        for p in doc.projects:
            pages = {i.page for i in p.indicators}
            crossing += len(pages) > 1
            single += len(pages) == 1
    # Both branches are exercised: blocks broken by a page and blocks on one page.
    assert crossing >= 3 and single >= 30


_FED = """项目支出绩效目标表

部门名称：青川县档案馆(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 30.00 30.00

青川县档案馆 30.00 30.00

    档案数字化经费 20.00 20.00

完成馆藏档案数字化加工。

1、1-产出指标,11-数量指标,数字化档案卷数；实施周期指标值:≥3000卷,年度指标值:≥3000卷;,2、1-产出指标,12-质量指标,
加工合格率；实施周期指标值:≥98%,年度指标值:\f≥98%;,3、3-满意度指标,31-服务对象满意度,查档群众满意度；实施周期指标值
:≥90%,年度指标值:≥90%;

    库房维护经费 10.00 10.00

保障库房温湿度达标。\f

1、1-产出指标,11-数量指标,巡检次数；实施周期指标值:≥12次,年度指标值:≥12次;,2、2-效益指标,24-可持续影响,档案
安全；实施周期指标值:长期,年度指标值:长期;
"""


def test_form_feed_pages_equal_the_per_line_reference():
    doc = parse_text(_FED, "fed.txt")
    starts = _page_starts(_FED, "fed.txt")
    expected = copy.deepcopy(doc)
    _reference_pages(expected, starts)
    assert doc == expected
    first, second = doc.projects
    assert [i.page for i in first.indicators] == [1, 1, 2]  # the block crosses the form feed
    assert [i.page for i in second.indicators] == [3, 3]  # after the second feed
    assert second.page == 2  # its line is before the second feed


def test_one_page_lookup_per_block_end_not_per_indicator(monkeypatch):
    """Count bisect_right calls made by _set_pages: a block on one page asks for its first and last line
    only (the per-line reference asked once per indicator)."""
    calls = []
    real = text_module.bisect_right

    def counting(a, x, *args, **kw):
        calls.append(x)
        return real(a, x, *args, **kw)

    name, text = _corpus()[0]
    doc = parse_text(text, name)
    starts = _page_starts(text, name)
    monkeypatch.setattr(text_module, "bisect_right", counting)
    text_module._set_pages(doc, starts, False)
    indicators = sum(len(p.indicators) for p in doc.projects)
    # each unit and project once, each block's first and last indicator, and every indicator of a block
    # that crosses a page once more
    expected = len(doc.units) + 3 * len(doc.projects) \
        + sum(len(p.indicators) for p in doc.projects if len({i.page for i in p.indicators}) > 1)
    assert len(calls) == expected < len(doc.units) + len(doc.projects) + indicators
