"""A department name one character off a loaded one is that department only when the two characters sound
alike (a pinyin keyboard's typo: 袖 for 岫); one off by another sound is another place, not loaded, and is never
answered with the loaded department's figures."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine
from bot.language.lexicon import sounds_alike

_ROWS = [("防汛物资", 36.5), ("河道保洁", 120.8), ("合计", 157.3)]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:

    d = tmp_path_factory.mktemp("misspelt_tables")
    simple_table(d / "shuiwu.xlsx", "支出", "青岫县水务局2025年专项支出表", "B2", "单位：万元", ["项目", "金额"], _ROWS)
    return engine_over(tmp_path_factory.mktemp("misspelt_db") / "kb.sqlite", [d])


def test_characters_sound_alike_by_any_reading_tones_aside():
    assert sounds_alike("袖", "岫") and sounds_alike("建", "健") and sounds_alike("行", "航")  # 行 háng/xíng
    assert not sounds_alike("河", "岫") and not sounds_alike("财", "民")


def test_a_homophone_typo_of_the_place_is_the_loaded_department(engine):
    name, amount = _ROWS[1]
    a = converse(engine, f"青袖县水务局{name}多少")
    assert a.status == "answered" and f"{amount}" in a.text, a.text


def test_another_sound_is_another_place_never_the_loaded_ones_figure(engine):
    name, amount = _ROWS[1]
    a = converse(engine, f"青河县水务局{name}多少")
    assert a.status != "answered" and f"{amount}" not in a.text, a.text
