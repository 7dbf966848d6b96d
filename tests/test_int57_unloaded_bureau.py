"""A bureau said whose word a loaded project's name holds loosely (教育局 vs 普法宣传教育经费) is an organisation
that is not loaded: unknown, never that project's figure (blind_56's 瑞安市教育局的预算, a confident wrong answer)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
_TABLE = ROOT / "tests/data/general29/赣州市南康区_司法局_2025_项目支出绩效目标表.txt"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("int57_bureau")
    shutil.copy(_TABLE, d / _TABLE.name)
    return engine_over(tmp_path_factory.mktemp("int57_bureau_db") / "kb.sqlite", [ROOT / "knowledge", d])


@pytest.mark.parametrize("q", ["南康区教育局的预算", "教育局的预算多少", "南康教育局项目支出多少"])
def test_a_bureau_not_loaded_said_by_a_word_of_a_project(engine: Engine, q: str) -> None:
    a = converse(engine, q)
    assert a.status == "unknown" and "教育局" in a.text and "普法宣传教育经费" not in a.text, a.text


def test_the_project_said_by_its_own_words_is_still_answered(engine: Engine) -> None:
    a = converse(engine, "普法宣传教育经费多少")
    assert a.status == "answered" and "普法宣传教育经费" in a.text, a.text
    # a name printing the suffix itself stays the name ("社会大局" kind): the bureau word is only a said one
    b = converse(engine, "南康区司法局普法宣传教育经费多少")
    assert b.status == "answered" and "普法宣传教育经费" in b.text, b.text
