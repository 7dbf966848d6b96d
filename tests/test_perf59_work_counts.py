"""Work done once per knowledge base or per process, not per question (perf59, issue 14), counted — never timed.

- A row's sources asked ("资金来源怎么构成", "钱从哪来") read the row through the whole facts answerer only when some loaded
  table prints figures under a header of sources: over tables with none (a plain 项目支出表 of 梧桐县's 水务局 and a
  table of two levels of columns that are no sources) the answerer is never run; over a plan whose columns are split
  under 2025年计划投资资金来源 the row's sources are answered as before.
- A unit said after its department ("水务局防汛物资站经费多少") looks its department's units up in an index built once.
- A cold process takes [asking_words] as the vocabulary's loader checked and normalised it (the same words as the
  section read afresh), and asking.Words patterns keep their compiled code between processes as a module's own do.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

from bot.answer.facts import sources
from bot.answer.facts.index import index_for
from bot.engine import ANSWERED, Engine
from bot.language import asking, lazyre, sections
from bot.language.vocabulary import load_vocabulary

VOCAB = Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml"

# A plan of 梧桐县 whose 2026年计划投资 is split under a header of sources (names and figures of its own).
_PLAN = [
    ["梧桐县2026年水利项目投资计划表"] + [None] * 7,
    [None] * 7 + ["单位：万元"],
    ["序号", "项目名称", "总投资", "2026年计划投资", "2026年计划投资资金来源", None, None, "实施单位"],
    [None] * 4 + ["中央补助资金", "县级财政资金", "银行贷款", None],
    [None, "合计", 51000, 17300, 6200, 6100, 5000, None],
    [1, "梧桐县北干渠节水改造工程", 23000, 9100, 4100, 2000, 3000, "县水务局"],
    [2, "梧桐县东湖水库除险加固工程", 16000, 5200, 2100, 3100, None, "县水务局"],
    [3, "梧桐县农村供水管网延伸工程", 12000, 3000, None, 1000, 2000, "县农业农村局"],
]
_PLAN_MERGED = ["A1:H1", "E3:G3"] + [f"{c}3:{c}4" for c in "ABCDH"]

# A table of two levels of columns that are no sources (a year over its budget and actual figures).
_SPENDING = [
    ["梧桐县2026年部门支出对比表"] + [None] * 4,
    [None] * 4 + ["单位：万元"],
    ["项目", "2025年", None, "2026年", None],
    [None, "预算数", "执行数", "预算数", "执行数"],
    ["防汛抗旱经费", 320, 301, 350, 0],
    ["河道保洁经费", 210, 208, 240, 0],
    ["水资源监测经费", 95, 90, 110, 0],
]
_SPENDING_MERGED = ["A1:E1", "B3:C3", "D3:E3", "A3:A4"]


@pytest.fixture(scope="module")
def plan_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("perf59_plan")
    path = write_workbook(folder / "梧桐县2026年水利项目投资计划表.xlsx", _PLAN, _PLAN_MERGED, sheet="水利计划")
    return engine_over(folder / "kb.sqlite", [path])


@pytest.fixture(scope="module")
def plain_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("perf59_plain")
    path = write_workbook(folder / "梧桐县2026年部门支出对比表.xlsx", _SPENDING, _SPENDING_MERGED, sheet="支出对比")
    return engine_over(folder / "kb.sqlite", [path])


class _CountingAnswerer:
    """Stands in for the facts answerer: counts what split_of_row asks of it, answering as the real one does."""

    def __init__(self, real) -> None:
        self.real, self.calls = real, 0

    def answer(self, *args, **kwargs):
        self.calls += 1
        return self.real.answer(*args, **kwargs)


def _answerer(engine: Engine) -> _CountingAnswerer:
    from bot.answer.facts.answerer import Answerer

    return _CountingAnswerer(Answerer(index_for(engine.kb)))


@pytest.mark.parametrize("question", ["防汛抗旱经费资金来源怎么构成", "河道保洁经费的钱从哪来"])
def test_no_header_of_sources_runs_no_answerer(plain_engine: Engine, question: str) -> None:
    idx = index_for(plain_engine.kb)
    counting = _answerer(plain_engine)
    assert sources.split_asked(question)
    assert sources.split_of_row(idx, counting, question, None) is None
    assert counting.calls == 0  # (no table prints a header of sources: nothing to read the row for)


def test_a_header_of_sources_still_reads_the_row(plan_engine: Engine) -> None:
    idx = index_for(plan_engine.kb)
    counting = _answerer(plan_engine)
    found = sources.split_of_row(idx, counting, "北干渠节水改造工程资金来源怎么构成", None)
    assert counting.calls == 1 and found is not None and found.status == ANSWERED
    text = found.text.replace(" ", "")
    assert "中央补助资金4100" in text and "县级财政资金2000" in text and "银行贷款3000" in text and "9100" in text


def test_a_rows_sources_answered_in_a_conversation(plan_engine: Engine) -> None:
    answer = converse(plan_engine, "农村供水管网延伸工程钱从哪来")
    text = answer.text.replace(" ", "")
    assert answer.status == ANSWERED and "1000" in text and "2000" in text and "中央补助资金" not in text


def test_units_of_a_department_indexed_once(plan_engine: Engine) -> None:
    from bot.engine import units

    kb = plan_engine.kb
    index = units._units_of_department(kb)
    assert units._units_of_department(kb) is index  # (built once per knowledge base)
    listed = [u for us in index.values() for u in us]
    assert sorted(listed, key=units._units(kb).index) == list(units._units(kb))


def test_asking_words_handed_over_are_the_sections_own() -> None:
    vocab = load_vocabulary(VOCAB)
    version = sections.stamp(VOCAB)
    assert version is not None
    fresh = asking._read_words(sections.parsed_vocabulary(str(VOCAB), *version).get(asking.SECTION))
    assert vocab.asking_words == fresh and fresh  # (what the handover gives is what the section reads)
    asking.hand_over(str(VOCAB), version, vocab.asking_words)
    assert sections.vocabulary_section(str(VOCAB), asking.SECTION, asking._read_words) is vocab.asking_words


def test_the_words_a_follow_up_says_besides_its_thing_are_built_once(plan_engine: Engine) -> None:
    from bot.engine import part_asked

    kb = plan_engine.kb
    built = part_asked._said_besides(kb)
    assert part_asked._said_besides(kb) is built  # (per knowledge base, not per question: review 59, #8)
    assert part_asked._part_words(kb, "在编人员多少呢") == "在编人员"


def test_the_kept_vocabulary_is_checked_again_when_the_asking_reader_changes() -> None:
    """The asking words kept with the checked vocabulary are asking._read_words's (one reader, handed over): a change
    of that reader's module is a new code version, the vocabulary checked again (review 59, #8)."""
    import os

    from bot.language import vocabulary

    before = vocabulary._code_version()
    st = os.stat(asking.__file__)
    try:
        os.utime(asking.__file__, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000))
        assert vocabulary._code_version() != before
    finally:
        os.utime(asking.__file__, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert vocabulary._code_version() == before


def test_words_patterns_keep_their_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept_file = tmp_path / "__pycache__" / "lazyre.marshal"  # (never the clone's own __pycache__: review 59, #9)
    kept_file.parent.mkdir()
    monkeypatch.setattr(lazyre, "_cache_file", lambda: kept_file)
    monkeypatch.setattr(lazyre, "_CODES", lazyre._Codes())
    fresh = uuid.uuid4().hex  # (a pattern no process compiled before: a regex comment of its own)
    pattern = asking.Words("year_items", "{rose}(?#" + fresh + ")")
    assert (pattern.source(), 0) not in lazyre._CODES.entries()
    assert pattern.search("比上年增长了多少") is not None
    assert (pattern.source(), 0) in lazyre._CODES.entries()  # (kept for the next process, as a module's own)
    lazyre._CODES.write()
    assert (pattern.source(), 0) in lazyre._read_kept(kept_file)


def test_kept_patterns_are_the_last_used_under_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Patterns no longer used (words edited away) age out of the kept file one by one past the cap: the file
    neither grows without end nor is thrown away whole; what another process wrote meanwhile is kept."""
    kept_file = tmp_path / "__pycache__" / "lazyre.marshal"
    kept_file.parent.mkdir()
    monkeypatch.setattr(lazyre, "_cache_file", lambda: kept_file)
    monkeypatch.setattr(lazyre, "_MAX_KEPT", 4)

    def entry_of(pattern: str) -> tuple:
        codes = lazyre._Codes()
        monkeypatch.setattr(lazyre, "_CODES", codes)
        lazyre._compiled(pattern, 0)
        assert codes.kept is not None
        entry = codes.kept.get((pattern, 0))
        assert entry is not None
        return entry

    old = {(p, 0): entry_of(p) for p in ("旧甲", "旧乙", "旧丙", "旧丁")}  # (oldest first)
    kept_file.write_bytes(lazyre._packed(old))
    codes = lazyre._Codes()
    monkeypatch.setattr(lazyre, "_CODES", codes)
    assert lazyre._compiled("旧甲", 0).search("旧甲") is not None  # used again: kept, as the last used
    lazyre._compiled("新甲", 0)
    lazyre._compiled("新乙", 0)
    other = {**old, ("别处", 0): old["旧丁", 0]}  # (another process wrote meanwhile)
    kept_file.write_bytes(lazyre._packed(other))
    codes.write()
    written = lazyre._read_kept(kept_file)
    assert list(written) == [("别处", 0), ("旧甲", 0), ("新甲", 0), ("新乙", 0)]
    assert dict(lazyre._Codes().entries().items()) == written
