"""Round 53, perf53: a knowledge base of 10,000 indicators is kept out of the garbage collector's full
collections (one walked every object the engine holds: ~0.1 s, stalling whichever question triggered it)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import engine_over

from benchmarks.synth import generate_corpus
from bot.engine import Session


@pytest.fixture
def no_frozen() -> Iterator[None]:
    """Nothing frozen before the test, and nothing left frozen after it (other tests share the process)."""
    gc.unfreeze()
    yield
    gc.unfreeze()


def _engine(tmp_path: Path, departments: int):
    folder = tmp_path / "docs"
    folder.mkdir()
    for file_name, text, _ in generate_corpus(departments, seed=7, projects=10, indicators_per_project=10):
        (folder / file_name).write_text(text, encoding="utf-8")
    return engine_over(tmp_path / "kb.sqlite", [folder])


def test_ten_thousand_indicators_are_frozen_out_of_full_collections(tmp_path: Path, no_frozen: None) -> None:
    engine = _engine(tmp_path, 100)
    assert len(engine.kb.indicator_name) == 10_000
    assert gc.get_freeze_count() > 100_000  # the knowledge base's objects, set aside
    # A full collection now walks only what was made after the start: a small part of what is held.
    assert len(gc.get_objects()) < gc.get_freeze_count() // 4
    name = next(iter(engine.kb.departments)).name
    assert engine.ask(f"{name}有几个项目", Session()).status == "answered"


def test_a_small_knowledge_base_is_not_collected_at_start(tmp_path: Path, no_frozen: None) -> None:
    """Below the mark the start pays no collection (the seed's cold `ask`): nothing is frozen."""
    engine = _engine(tmp_path, 5)
    assert len(engine.kb.indicator_name) == 500
    assert gc.get_freeze_count() == 0
