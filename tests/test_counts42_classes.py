"""One department's count of projects is a figure of its own (blind_67 with the seed's 信访局 and 东阳市卫生健康局's
目标表): "信访局有几个项目 → 东阳卫健局呢 → 一共几个" adds the two departments' counts, "差几个" sets them apart; a
count asked again of one department alone is still that department's."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "general67"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("counts42")
    tables = sorted(p for p in DATA.iterdir() if p.suffix in (".xlsx", ".txt"))
    return engine_over(folder / "kb.sqlite", [ROOT / "knowledge", *tables])


@pytest.mark.parametrize("last, shown", [("一共几个", "18"), ("两个加起来几个", "18"), ("差几个", "6个")])
def test_two_departments_counts_shown_one_after_the_other_are_combined(engine, last, shown):
    a = converse(engine, "信访局有几个项目", "东阳卫健局呢")
    assert a.status == "answered" and "12 个项目" in a.text, a.text
    a = converse(engine, "信访局有几个项目", "东阳卫健局呢", last)
    assert a.status == "answered" and shown in a.text and "项目个数" in a.text, a.text


def test_one_departments_count_asked_again_is_its_own(engine):
    a = converse(engine, "信访局有几个项目", "一共几个")
    assert a.status == "answered" and "6 个项目" in a.text, a.text
