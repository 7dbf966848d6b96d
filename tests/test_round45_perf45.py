"""Round 45, perf45: an engine let go frees its knowledge base.

Caches kept per knowledge base are weak-keyed dicts (the knowledge base is the key). A value that holds its
key (a bound method of the knowledge base, kept by its fact index) keeps the key alive for as long as the
process: every engine ever opened stayed in memory (each test's, each /reload's), and a pytest worker grew to
5.4 GB over the suite. These tests ask questions that build every per-knowledge-base cache, drop the engine and
count what is left: nothing."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from bot.answer.facts.index import index_for
from bot.engine import Engine, Session
from tests.conftest import DATA, SEED, VOCAB

# Questions over the seed and over the sample tables (projects, indicators, typed facts, a typo, a follow-up,
# a list, an initials-said project), so the fact index, the readings and the name caches are all built.
SEED_TURNS = [["信访工作经费多少"], ["公卫满意度多少"], ["哪个项目经费最多", "第二个呢"], ["服务对象满意度的年度指标值"],
              ["政府雇员工姿多少钱"], ["一般公共预算拨款收入是多少"], ["有几个项目"]]
SAMPLE_TURNS = [["普陀区社会工作部2024年一般公共预算财政拨款支出决算数是多少"], ["湛江人社局有哪些指标"],
                ["东湖人社局的项目有哪些", "第一个的资金来源"], ["渝中区的自评得分"]]


def _asked_and_dropped(db: Path, conversations: list[list[str]]) -> tuple[weakref.ref, weakref.ref, list[str]]:
    """An engine over db asked the conversations, then let go: weak references to its knowledge base and its fact
    index, and the answers given."""
    engine = Engine(db, VOCAB)
    answers = []
    for turns in conversations:
        session = Session()
        answers += [engine.ask(turn, session, record=False).text for turn in turns]
    kb = weakref.ref(engine.kb)
    index = weakref.ref(index_for(engine.kb))
    return kb, index, answers


def test_an_engine_let_go_frees_its_knowledge_base_and_its_fact_index(tmp_path, built_copy):
    kb, index, answers = _asked_and_dropped(built_copy([SEED], tmp_path / "kb.sqlite"), SEED_TURNS)
    assert len(answers) == 8 and all(answers)
    gc.collect()
    assert kb() is None, "the seed's knowledge base outlived its engine"
    assert index() is None


def test_the_sample_tables_knowledge_base_is_freed_too(tmp_path, built_copy):
    kb, index, answers = _asked_and_dropped(built_copy([DATA / "samples"], tmp_path / "kb.sqlite"), SAMPLE_TURNS)
    assert len(answers) == 5 and all(answers)
    gc.collect()
    assert kb() is None and index() is None


def test_engines_opened_one_after_another_do_not_pile_up(tmp_path, built_copy):
    """Five engines over the same file, one at a time (as a test module after another, or /reload): at most the
    one being used is alive at any time."""
    db = built_copy([SEED], tmp_path / "kb.sqlite")
    alive = []
    for _ in range(5):
        kb, _index, _answers = _asked_and_dropped(db, SEED_TURNS[:3])
        alive.append(kb)
        gc.collect()
        assert sum(ref() is not None for ref in alive) == 0


def test_the_initials_of_a_project_are_read_as_before_through_the_weakly_held_method(seed_engine):
    """The fact index reads a project said by its initials through its knowledge base (held weakly now): while
    the knowledge base lives, the index's reading is the knowledge base's own."""
    kb = seed_engine.kb
    idx = index_for(kb)
    for text in ("公卫满意度多少", "信访工作经费多少", "基本公卫的资金来源"):
        assert idx.names_said_long(text) == kb.initials_said_whole(text)


def test_a_reload_lets_the_replaced_knowledge_base_go(tmp_path, built_copy):
    """/reload swaps in a new knowledge base: the one replaced (and its fact index) is freed once no question uses
    it, so a bot reloaded every day does not keep every day's tables."""
    engine = Engine(built_copy([SEED], tmp_path / "kb.sqlite"), VOCAB)
    replaced = []
    for _ in range(3):
        session = Session()
        assert engine.ask("公卫满意度多少", session, record=False).text
        replaced.append((weakref.ref(engine.kb), weakref.ref(index_for(engine.kb))))
        engine.reload()
    gc.collect()
    assert all(kb() is None and index() is None for kb, index in replaced)
    assert engine.ask("信访工作经费多少", Session(), record=False).text
