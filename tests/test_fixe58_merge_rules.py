"""Rules that held before round 58's lanes, restored in their merge (fixe58): a group's heading said with its
kind (领域: tests/test_summary18_classes.py) reads its printed 小计, never for a word it does not read; "X呢" after
another unit's printed 小计 line is X's 小计; a stretch an indicator's name prints whole is no name in two pieces."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table
from test_dev38x_classes import engine as units_engine  # noqa: F401  (南泉市民政局's services under their units)
from test_round45_cw45 import engine as money_engine  # noqa: F401  (a money sub-item beside a count's name)

from bot.engine import ANSWERED, Engine


def _works(path: Path) -> None:
    """松湾县水利局, 万元: sector headings print their subtotals. 堤防加固 800 (省级补助 500); 灌区改造 600 (省级补助 200)."""
    simple_table(path, "水利项目", "松湾县水利局2025年水利项目安排表", "F2", "单位：万元",
                 ["序号", "项目名称", "建设单位", "总投资", "省级补助", "县级配套"],
                 [[None, "（一）堤防加固", None, 800, 500, 300],
                  [1, "北河堤防加固", "县水利局", 500, 300, 200],
                  [2, "南河堤防加固", "县河道管理站", 300, 200, 100],
                  [None, "（二）灌区改造", None, 600, 200, 400],
                  [3, "东干渠改造", "县水利局", 600, 200, 400],
                  [None, "合计", None, 1400, 700, 700]])


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fixe58_tables")
    _works(d / "shuili.xlsx")
    return engine_over(tmp_path_factory.mktemp("fixe58_db") / "kb.sqlite", [d])


def test_a_word_the_group_does_not_read_is_no_subtotal(engine: Engine) -> None:
    a = converse(engine, "灌区改造领域会议费小计")
    assert a.status != ANSWERED or "200" not in a.text, a.text


def test_a_unit_said_after_another_units_printed_subtotal_is_its_subtotal(units_engine: Engine) -> None:  # noqa: F811
    a = converse(units_engine, "殡葬管理所小计", "救助管理站呢")
    assert a.status == ANSWERED and "48.2" in a.text and "流浪人员护送服务" not in a.text, a.text


def test_rows_asked_after_a_printed_subtotal_stay_rows(units_engine: Engine) -> None:  # noqa: F811
    a = converse(units_engine, "殡葬管理所小计", "救助管理站有哪些服务")
    assert "48.2" not in a.text, a.text


def test_a_name_printed_whole_is_no_name_in_two_pieces(money_engine: Engine) -> None:  # noqa: F811
    a = converse(money_engine, "应急管理员补助多少")
    assert a.status == ANSWERED and "覆盖镇" not in a.text, a.text
