"""A table of a place's departments whose each department line is printed "<department>小计" in the one name
column, its units indented beneath it (a 部门国有资产占用情况表): the department asked is its 小计 line, by the
table's own main column named (资产总额), never its 本级 unit's line. Table fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.values import ANSWERED
from bot.engine import Engine
from tests.conftest import converse, engine_over, write_workbook

_ROWS = (
    ("合计", 600.0, 200.0, 400.0),
    ("青禾县水利局小计", 350.0, 110.0, 240.0),
    ("  青禾县水利局（本级）", 120.0, 40.0, 80.0),
    ("  青禾县水库管理站", 230.0, 70.0, 160.0),
    ("青禾县林业局小计", 250.0, 90.0, 160.0),
    ("  青禾县林业局（本级）", 90.0, 30.0, 60.0),
    ("  青禾县林业技术推广站", 160.0, 60.0, 100.0),
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("int54_assets")
    write_workbook(folder / "青禾县_2024年度_部门国有资产占用情况表.xlsx", [
        ["青禾县2024年度部门国有资产占用情况表"],
        ["编制单位：青禾县财政局", None, None, "单位：万元"],
        ["单位名称", "资产总额", "流动资产", "固定资产"],
        *_ROWS], sheet="资产占用")
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_department_asked_by_the_main_column_is_its_subtotal_line(engine: Engine) -> None:
    answer = converse(engine, "水利局资产总额多少")
    assert answer.status == ANSWERED and "350" in answer.text and "120" not in answer.text, answer.text


def test_departments_ranked_by_the_main_column_are_the_subtotal_lines(engine: Engine) -> None:
    answer = converse(engine, "哪个部门资产总额最少")
    assert answer.status == ANSWERED and "林业局" in answer.text and "250" in answer.text, answer.text
