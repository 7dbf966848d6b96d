"""Work done once per knowledge base, not per question (perf62, issue 14), counted — never timed.

- The source of a row's money asked ("其他资金是啥来源"): a row's note (备注 "其他资金为上年结转") answers it, read
  through the whole facts answerer; over a knowledge base where no table prints a note column the answerer is never
  run for it (nothing could answer), and where one does the row's note answers as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import engine_over, write_workbook

from bot.answer.facts import row_notes
from bot.answer.facts.index import index_for
from bot.engine import ANSWERED, Engine

# A services table of 柳川县 with a note column (names and figures of its own).
_NOTED = [
    ["柳川县2026年政府购买服务预算表"] + [None] * 5,
    [None] * 5 + ["单位：万元"],
    ["序号", "服务项目", "合计", "财政拨款", "其他资金", "备注"],
    [None, "合计", 135, 95, 40, None],
    [1, "湖岸绿化养护服务", 75, 45, 30, "其他资金为上年结转"],
    [2, "渡口安全巡查服务", 60, 50, 10, "其他资金为单位自有资金"],
]
_NOTED_MERGED = ["A1:F1"]

# The same rows without a note column.
_PLAIN = [row[:5] for row in _NOTED]
_PLAIN_MERGED = ["A1:E1"]


def _engine(folder: Path, rows: list, merged: list[str]) -> Engine:
    path = write_workbook(folder / "柳川县2026年政府购买服务预算表.xlsx", rows, merged, sheet="购买服务")
    return engine_over(folder / "kb.sqlite", [path])


@pytest.fixture(scope="module")
def noted_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return _engine(tmp_path_factory.mktemp("perf62_noted"), _NOTED, _NOTED_MERGED)


@pytest.fixture(scope="module")
def plain_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return _engine(tmp_path_factory.mktemp("perf62_plain"), _PLAIN, _PLAIN_MERGED)


class _CountingAnswerer:
    """Stands in for the facts answerer: counts the answers asked of it, answering as the real one does."""

    def __init__(self, real) -> None:
        self.real, self.calls = real, 0

    def __getattr__(self, name: str):
        return getattr(self.real, name)  # (the rest as the real one)

    def answer(self, *args, **kwargs):
        self.calls += 1
        return self.real.answer(*args, **kwargs)


def _answerer(engine: Engine) -> _CountingAnswerer:
    from bot.answer.facts.answerer import Answerer

    return _CountingAnswerer(Answerer(index_for(engine.kb)))


def test_no_note_column_runs_no_answerer(plain_engine: Engine) -> None:
    counting = _answerer(plain_engine)
    assert row_notes.source_noted(counting, "湖岸绿化养护服务的其他资金是啥来源", None) is None
    assert counting.calls == 0  # (no table prints a note: nothing to read the row for)


def test_a_note_column_still_answers_the_source(noted_engine: Engine) -> None:
    counting = _answerer(noted_engine)
    found = row_notes.source_noted(counting, "湖岸绿化养护服务的其他资金是啥来源", None)
    assert counting.calls == 1 and found is not None and found.status == ANSWERED
    text = found.text.replace(" ", "")
    assert "30" in text and "上年结转" in text and "自有资金" not in text


def test_units_said_kept_for_a_text(noted_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """A text's units are read once while it is recent (a turn asks them of the same text 2-3 times), and each
    caller gets a list of its own."""
    from bot.engine import units

    kb, reads = noted_engine.kb, []
    real = units._read_units_said
    monkeypatch.setattr(units, "_read_units_said", lambda *a: reads.append(a) or real(*a))
    text = "柳川县湖岸绿化养护服务的其他资金"
    first = units._units_said(kb, text, False)
    first.append(("changed", ""))
    again = units._units_said(kb, text, False)
    assert len(reads) == 1 and ("changed", "") not in again
    units._units_said(kb, text, True)
    assert len(reads) == 2  # (whether its own line is said is part of what is read)
