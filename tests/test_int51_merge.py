"""Interactions of the twenty-sixth round's branches, caught when they were merged."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import engine_over

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    db = tmp_path_factory.mktemp("int51") / "kb.sqlite"
    return engine_over(db, [ROOT / "knowledge", ROOT / "tests" / "data" / "samples" / "zhanjiang_rsj_2024_department_targets.xlsx"])


@pytest.mark.parametrize("question", ["湛江人社局其他资金有多少", "湛江人社局的其他资金是多少"])
def test_a_department_income_line_is_shown_without_the_total_beside_it(engine: Engine, question: str) -> None:
    """dept50 routed a department-level table's source column to its income line, which printed the 收入来源合计
    beside it: a second figure beside the asked one reads as the answer (blind_5/10/14/16 exclude it)."""
    answer = engine.ask(question)
    assert answer.status == "answered" and "其他资金" in answer.text, answer.text
    assert "72807.38" not in answer.text, answer.text
