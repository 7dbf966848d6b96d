"""Work done once per knowledge base or index, not per question (perf60, issue 14), counted — never timed.

A knowledge base of twelve departments' project tables (names many departments share: 信息化系统运行维护经费 of four),
beside two general tables of 梧桐县 with names and figures of their own — a table of a fund whose title holds one
department's project name (公共机构节能服务经费执行情况表) and a half-year execution report (1-6月执行数):
- a mention's kinds (all projects?) are read once per set of refs, not at every check of a turn;
- a project's name no general table's title holds looks at none of its refs (a name many departments share has
  hundreds) to find tables it is the noun of; a name a title holds still finds that table;
- the tables of period columns are found by one read of the index, not by a query of every document a question
  looks at (a question naming no department looks at all of them);
- the general tables a word of a title names are read from the map of the titles' runs: the same tables as a scan
  of every title.
"""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, write_workbook

from benchmarks.synth import generate_corpus
from bot.answer.facts import cumulative, title_noun
from bot.answer.facts.index import index_for
from bot.answer.facts.question import _tables_titled, _title_runs, _titled_owner_values
from bot.engine import ANSWERED, Engine
from bot.store import queries as query
from bot.understand.parse import PROJECTS_ONLY, Mention

_FUND = [
    ["梧桐县2025年公共机构节能服务经费执行情况表"] + [None] * 3,
    [None] * 3 + ["单位：万元"],
    ["序号", "使用方向", "主管部门", "2025年安排数"],
    [1, "节能改造", "县机关事务中心", 86.5],
    [2, "能耗监测", "县机关事务中心", 42.0],
    [3, "宣传培训", "县发展改革局", 17.5],
]
_HALF_YEAR = [
    ["梧桐县2025年1-6月一般公共预算支出执行情况表"] + [None] * 3,
    [None] * 3 + ["单位：万元"],
    ["项目", "年初预算数", "1-6月执行数", "执行进度"],
    ["一般公共服务支出", 5200, 2480, "47.69%"],
    ["教育支出", 9100, 4730, "51.98%"],
    ["农林水支出", 3300, 1290, "39.09%"],
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("perf60")
    docs = folder / "docs"
    docs.mkdir()
    for file_name, text, _ in generate_corpus(12, seed=7, projects=4, indicators_per_project=2):
        (docs / file_name).write_text(text, encoding="utf-8")
    fund = write_workbook(folder / "梧桐县2025年公共机构节能服务经费执行情况表.xlsx", _FUND, ["A1:D1"], sheet="使用情况")
    half = write_workbook(folder / "梧桐县2025年1-6月一般公共预算支出执行情况表.xlsx", _HALF_YEAR, ["A1:D1"],
                          sheet="执行情况")
    return engine_over(folder / "kb.sqlite", [docs, fund, half])


class _CountingRefs(set):
    """A mention's refs that count how often they are walked."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


def _shared_mention(engine: Engine, name: str) -> tuple[Mention, type[_CountingRefs]]:
    counting = type("Counting", (_CountingRefs,), {"walks": 0})
    refs = counting(engine.kb.lexicon.forms[name])
    return Mention(0, len(name), name, refs), counting


def test_a_mentions_kinds_read_once_per_set_of_refs(engine: Engine) -> None:
    m, counting = _shared_mention(engine, "信息化系统运行维护经费")
    assert len(m.refs) >= 4
    assert m.kinds() == PROJECTS_ONLY and m.kinds() == PROJECTS_ONLY
    assert counting.walks == 1  # (asked twice: walked once)
    m.refs = {*m.refs, *engine.kb.lexicon.forms["党建工作经费"]}  # another set of refs: read again
    assert m.kinds() == PROJECTS_ONLY
    m.refs = set()
    assert m.kinds() == frozenset()


def test_a_name_no_title_holds_walks_none_of_its_refs(engine: Engine) -> None:
    m, counting = _shared_mention(engine, "信息化系统运行维护经费")
    assert title_noun._tables_named_by(engine.kb, m) == ("", set())
    assert counting.walks == 0  # (no general table's title holds the name: its refs are never looked at)


def test_a_name_a_title_holds_still_names_that_table(engine: Engine) -> None:
    kb = engine.kb
    fund = next(d for d, doc in kb.documents.items() if "节能服务经费执行情况" in str(doc.get("title") or ""))
    m, counting = _shared_mention(engine, "公共机构节能服务经费")
    noun, tables = title_noun._tables_named_by(kb, m)
    assert noun == "公共机构节能服务经费" and tables == {fund} and counting.walks >= 1


def test_tables_of_period_columns_found_by_one_read(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    idx = index_for(engine.kb)
    every = sorted(idx.docs)
    having = [d for d in every if query.sheets_with_period_columns(idx.conn, d)]
    assert sorted(query.documents_with_period_columns(idx.conn)) == having and len(having) == 1
    asked: list[int] = []
    real = query.sheets_with_period_columns
    monkeypatch.setattr(query, "sheets_with_period_columns", lambda conn, d: asked.append(d) or real(conn, d))
    idx.__dict__.pop("_cumulative_sheets", None)
    idx.__dict__.pop("_cumulative", None)
    cumulative.tables(idx, every)
    assert asked == having  # (never a query of each of the other 13 tables)
    cumulative.tables(idx, every)
    assert asked == having  # (then kept)


def test_a_half_year_report_still_answered(engine: Engine) -> None:
    answer = converse(engine, "梧桐县教育支出1-6月执行了多少")
    assert answer.status == ANSWERED and "4730" in answer.text.replace(",", ""), answer.text


def test_tables_a_titles_word_names_are_a_scan_of_every_title(engine: Engine) -> None:
    idx = index_for(engine.kb)
    runs = _title_runs(idx)
    for word in ("公共机构节能", "节能服务经费", "一般公共预算支出", "执行情况表", "支出执行情况", "信息化系统运行"):
        scanned = [d for d, doc in idx.docs.items() if doc.layout == "general-table" and word in (doc.form or "")]
        assert _tables_titled(idx, word) == scanned, word
    assert len(_tables_titled(idx, "执行情况表")) == 2 and len(runs["执行情况"]) == 2
    assert len(_tables_titled(idx, "支出执行情况")) == 1
    # a run both titles hold (…执行情况表) names neither; a run of one title names that one
    assert _titled_owner_values("执行情况表的主管部门", idx) is None
    found = _titled_owner_values("节能服务经费主管部门", idx)
    assert found is not None and "县机关事务中心" in found[1]


def test_titles_runs_are_read_once_per_index(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    # (every question naming a title's word looks its runs up: never a new read of every table's title)
    from bot.answer.facts import question

    idx = index_for(engine.kb)
    reads: list[int] = []
    real = question._title_runs
    monkeypatch.setattr(question, "_title_runs", lambda i: reads.append(1) or real(i))
    for _ in range(3):
        for word in ("公共机构节能", "执行情况表", "信息化系统运行"):
            question._tables_titled(idx, word)
    assert len(reads) <= 1
    assert question._tables_titled(idx, "执行情况表") == _tables_titled(idx, "执行情况表")
