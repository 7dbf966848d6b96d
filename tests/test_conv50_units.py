"""A unit said alone after another unit's projects were listed or counted asks the same of it: "环卫中心有哪些
项目" → "园林中心呢" lists 园林中心's projects (never only its subtotal), even when a project's name holds the
unit's word (园林中心绿化养护经费); "…有几个项目" → "园林中心呢" counts them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

DATA = Path(__file__).resolve().parent / "data"
GARDENS = ["园林中心绿化养护经费", "市政道路及排水设施维修养护经费", "城区路灯及景观亮化运行维护经费"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    """福鼎's project table, one of 园林中心's projects named with the unit's word."""
    folder = tmp_path_factory.mktemp("conv50u")
    table = folder / "福鼎市城市管理局2026年项目支出绩效目标表.txt"
    text = (DATA / "general45" / table.name).read_text(encoding="utf-8")
    table.write_text(text.replace("城区园林绿化养护经费", "园林中心绿化养护经费"), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [table])


@pytest.mark.parametrize("first", ["环卫中心有哪些项目", "环卫中心项目有哪些"])
def test_another_units_projects_listed_again(engine: Engine, first: str) -> None:
    answer = converse(engine, first, "园林中心呢")
    assert answer.status == "answered", answer.text
    assert all(name in answer.text for name in GARDENS), answer.text
    assert "城区道路清扫保洁市场化服务经费" not in answer.text  # (the first unit's)


def test_another_units_projects_counted_again(engine: Engine) -> None:
    answer = converse(engine, "环卫中心有几个项目", "园林中心呢")
    assert answer.status == "answered", answer.text
    assert "园林中心" in answer.text and "绩效指标" not in answer.text


def test_a_units_total_asked_again_stays_a_total(engine: Engine) -> None:
    answer = converse(engine, "环卫中心合计多少", "园林中心呢")
    assert "2341.70" in answer.text and "城区路灯及景观亮化运行维护经费" not in answer.text
