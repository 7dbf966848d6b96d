"""Round 50, load and warm speed (issue 14): the text parser reads a plain indicator block with operations over
all its matches at once; work a question redid for every line of a column, or over every department's facts or
units, is done once per column or only for the documents asked about. Counted, not timed; every reading is the
one the slower way gives."""

from __future__ import annotations

import re
from itertools import accumulate
from types import SimpleNamespace

import pytest

from bot.answer.facts import rows as rows_module
from bot.answer.facts.lookup import Lookup
from bot.answer.facts.question import FactQuestion, Mention
from bot.answer.facts.rows import Rows
from bot.ingest import text as text_module
from bot.ingest.text import _has_space, _parse_block, _plain_block, parse_text
from bot.language.lexicon import KnowledgeBase

# ----- the text parser ------------------------------------------------------------------------------------

_IND = "{n}、1-产出指标,11-数量指标,{name}；实施周期指标值:{v},年度指标值:{v};"


def _block(*indicators: str, sep: str = ",") -> str:
    return sep.join(indicators)


def _lines(text: str, width: int) -> list[str]:
    """The text wrapped every `width` characters, as the extracted PDF text wraps a cell anywhere."""
    return [text[i:i + width] for i in range(0, len(text), width)]


def _read_both(lines: list[str], monkeypatch) -> tuple[list | None, list, list]:
    """A block's indicators by the fast reading, by the general loop (the fast one turned off), and the
    warnings the loop gives."""
    starts = list(accumulate(map(len, lines[:-1]), initial=0))
    numbers = [10 + 2 * k for k in range(len(lines))]
    fast = _plain_block("".join(lines), starts, numbers)
    parser = SimpleNamespace(texts=lines, numbers=numbers, path="t.txt", issues=[])
    with monkeypatch.context() as m:
        m.setattr(text_module, "_plain_block", lambda *_: None)
        slow = _parse_block(parser, list(range(len(lines))), "项目")  # type: ignore[arg-type]
    return fast, slow, parser.issues


@pytest.mark.parametrize("width", [7, 23, 1000])
def test_a_plain_block_reads_as_the_general_loop_reads_it(width, monkeypatch):
    text = _block(*(_IND.format(n=k, name=f"指标{k}", v=f"≥{k}0%") for k in range(1, 8)))
    fast, slow, issues = _read_both(_lines(text, width), monkeypatch)
    assert fast is not None and len(fast) == 7
    assert fast == slow and not issues
    assert [i.line for i in fast] == [i.line for i in slow]  # each on the line its text starts on


def test_a_name_holding_a_pause_mark_is_still_plain(monkeypatch):
    text = _block(_IND.format(n=1, name="采购、安装设备数量", v="2台"), _IND.format(n=2, name="覆盖率", v="100%"))
    fast, slow, _ = _read_both(_lines(text, 11), monkeypatch)
    assert fast is not None and fast == slow
    assert fast[0].name == "采购、安装设备数量"


def test_spaces_inside_a_block_are_stripped_as_the_loop_strips_them(monkeypatch):
    text = _block(_IND.format(n=1, name=" 满意度 ", v=" ≥90% "), _IND.format(n=2, name="数量\u3000", v="3个"))
    fast, slow, _ = _read_both([text], monkeypatch)
    assert fast is not None and fast == slow
    assert fast[0].name == "满意度" and fast[0].annual_value == "≥90%" and fast[1].name == "数量"


@pytest.mark.parametrize("text", [
    # an indicator cut before its values runs into the next one: the loop reports it
    "1、1-产出指标,11-数量指标,数量,2、1-产出指标,11-数量指标,人数；实施周期指标值:3人,年度指标值:3人;",
    # numbered 1, 3: a skip the loop warns of
    _block(_IND.format(n=1, name="甲", v="1"), _IND.format(n=3, name="乙", v="2")),
    # text between two indicators
    _block(_IND.format(n=1, name="甲", v="1"), "多出的文字" + _IND.format(n=2, name="乙", v="2")),
    # a second group (1, 2, 1)
    _block(_IND.format(n=1, name="甲", v="1"), _IND.format(n=2, name="乙", v="2"), _IND.format(n=1, name="丙", v="3")),
])
def test_a_block_the_fast_reading_cannot_vouch_for_is_left_to_the_loop(text, monkeypatch):
    fast, slow, _ = _read_both(_lines(text, 9), monkeypatch)
    assert fast is None
    assert slow  # (the loop reads what it can, with its warnings)


@pytest.mark.parametrize("text", ["abc", "a b", " ab", "ab ", "a\tb", "满意度\u3000", "\u3000满意", "a\xa0b", "甲\u2028乙",
                                  "x\x1cy", "a\u200bb", "≥90%"])
def test_a_space_is_found_wherever_it_stands(text):
    assert _has_space(text) == (re.search(r"\s", text) is not None)


def test_a_document_reads_the_same_through_the_fast_block_reading(monkeypatch):
    body = _block(*(_IND.format(n=k, name=f"指标{k}", v=f"{k}个") for k in range(1, 6)))
    doc_text = ("2025年项目支出绩效目标表\n部门名称：某某局(部门) 单位：万元\n项目名称 总计 财政拨款 绩效目标 绩效指标\n"
                "合计 10.00 10.00\n    某项目 10.00 10.00\n做好某项工作。\n" + "\n".join(_lines(body, 17)) + "\n")
    fast = parse_text(doc_text, "a.txt")
    monkeypatch.setattr(text_module, "_plain_block", lambda *_: None)
    assert parse_text(doc_text, "a.txt") == fast
    assert len(fast.projects[0].indicators) == 5


# ----- a column's outline, once per column -------------------------------------------------------------------


def _sheet() -> list[dict]:
    labels = ["201一般公共服务支出", "20101人大事务", "2010101行政运行", "2010102一般行政管理事务", "20102政协事务"]
    out = []
    for c, col in enumerate(("B", "C")):
        for r, label in enumerate(labels):
            out.append({"id": 100 * c + r, "col_labels": f"列{c}", "sheet": "Sheet1", "page": None,
                        "cell": f"{col}{r + 5}", "row_heads": "", "line": r + 5, "row_labels": label,
                        "document_id": 1})
    return out


def test_lines_above_read_each_column_s_outline_once_for_many_lines(monkeypatch):
    sheet = _sheet()
    rows = Rows(None)  # type: ignore[arg-type]
    alone = {f["id"]: rows._lines_above(f, sheet) for f in sheet}
    calls: list[int] = []
    real = rows_module.parents

    def counted(column):
        calls.append(len(column))
        return real(column)

    monkeypatch.setattr(rows_module, "parents", counted)
    outlines: dict = {}
    kept = {f["id"]: rows._lines_above(f, sheet, outlines) for f in sheet}
    assert kept == alone
    assert [p["row_labels"] for p in kept[2]] == ["20101人大事务", "201一般公共服务支出"]
    assert calls == [5, 5]  # two columns: each outline read once, not once per line


# ----- a label's facts in the documents asked about -----------------------------------------------------------


class _Counted(list):
    """A list that counts the walks over it."""

    walks = 0

    def __iter__(self):
        _Counted.walks += 1
        return super().__iter__()


def test_a_sub_item_not_broken_down_reads_only_the_documents_asked_about():
    asked: list[tuple[str, int]] = []
    every = _Counted(range(1, 5000))  # a common label: facts of every department

    def label_facts_in(key: str, doc: int) -> list[int]:
        asked.append((key, doc))
        return []

    lookup = object.__new__(Lookup)
    lookup.idx = SimpleNamespace(label_facts={"办公费": every}, fact_doc={}, label_facts_in=label_facts_in)
    fq = FactQuestion(text="某局办公费里的印刷部分")
    groups = [[Mention(2, 5, {"办公费"}, True)], [Mention(7, 9, {"印刷"}, True)]]
    _Counted.walks = 0
    assert lookup.partial(fq, [7, 7, 9], [2024], groups) is None
    assert sorted(asked) == [("办公费", 7), ("办公费", 9)]
    assert _Counted.walks == 0


# ----- units said short, looked up by department ----------------------------------------------------------------


def _kb_with_units(units: list[tuple[int, str]]) -> KnowledgeBase:
    kb = object.__new__(KnowledgeBase)
    kb._unit_endings = {"中心": _Counted(units)}
    kb._unit_ending_docs = {}
    return kb


def test_units_of_a_common_ending_are_found_by_department_in_their_order():
    units = [(d % 97, f"第{d}服务中心") for d in range(400)]  # departments' units interleaved
    kb = _kb_with_units(units)
    for docs in ({5}, {5, 60, 96}, {1000}, set(range(97))):
        assert kb._units_ending("中心", docs) == [u for u in units if u[0] in docs]
    assert kb._units_ending("中心", None) == units
    assert kb._units_ending("站所", {5}) == []
    _Counted.walks = 0
    kb._units_ending("中心", {3, 4})
    kb._units_ending("中心", {8})
    assert _Counted.walks == 0  # each department's units by their positions, kept: no walk over all of them


def test_units_said_short_are_the_same_whichever_way_they_are_found():
    units = [(d, name) for d in range(60) for name in (f"{d}号检验检测中心", f"第{d}消费者权益保护服务中心")]
    kb = _kb_with_units(units)
    kb._unit_heads = {}
    found = kb.units_loosely_named("请问消保中心的经费", {7, 8})
    assert found == []  # two departments' 消保中心: not one unit alone
    found = kb.units_loosely_named("请问消保中心的经费", {8})
    assert [(s, e) for s, e, _ in found] == [(2, 6)] and found[0][2] == [(8, "第8消费者权益保护服务中心")]

