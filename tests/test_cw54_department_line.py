"""Confident wrong answers of two kinds, on fictional tables.

- A table of a place's departments printing each department's "<部门>小计" line over its units indented beneath
  it, the department's own unit printed "<部门>（本级）": the department asked (with no unit of its own said) is
  its 小计 line, never its 本级 unit's, in any column (a count of vehicles as well as money).
- "哪个部门…最多" of such a table compares the departments' 小计 lines, never a unit against them.
- A kind of figure said (决算) of a line printing 2024年预算数 and 2024年决算数 under each item is that kind
  alone, the year said or not.
- "X有几辆车" asks how many X holds: an indicator of what a project is to buy (车辆购置数量 1辆) or of another
  thing counted in a kin measure (检查台次) is no answer; the bot says what it has instead of answering.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.values import ANSWERED, UNKNOWN
from bot.engine import Engine
from tests.conftest import converse, engine_over, write_workbook

_ROWS = (
    ("合计", 900.0, 300.0, 600.0, 12, 180.0),
    ("青禾县水利局小计", 500.0, 150.0, 350.0, 7, 110.0),
    ("  青禾县水利局（本级）", 200.0, 60.0, 140.0, 3, 45.0),
    ("  青禾县水库管理站", 300.0, 90.0, 210.0, 4, 65.0),
    ("青禾县林业局小计", 400.0, 150.0, 250.0, 5, 70.0),
    ("  青禾县林业局（本级）", 150.0, 50.0, 100.0, 2, 30.0),
    ("  青禾县林业技术推广站", 250.0, 100.0, 150.0, 3, 40.0),
)

_SANGONG = (
    ("合计", 88.0, 76.5, 20.0, 16.5),
    ("青禾县水利局小计", 50.0, 43.5, 12.0, 9.5),
    ("  青禾县水利局（本级）", 30.0, 26.0, 8.0, 6.0),
    ("  青禾县水库管理站", 20.0, 17.5, 4.0, 3.5),
    ("青禾县林业局小计", 38.0, 33.0, 8.0, 7.0),
    ("  青禾县林业局（本级）", 18.0, 15.0, 5.0, 4.0),
    ("  青禾县林业技术推广站", 20.0, 18.0, 3.0, 3.0),
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw54_assets")
    write_workbook(folder / "青禾县_2024年度_部门国有资产占用情况表.xlsx", [
        ["青禾县2024年度部门国有资产占用情况表"],
        ["编制单位：青禾县财政局", None, None, None, None, "单位：万元"],
        ["单位名称", "资产总额", "流动资产", "固定资产", None, None],
        [None, None, None, "小计", "车辆数量（辆）", "车辆金额"],
        *_ROWS], ["A3:A4", "B3:B4", "C3:C4", "D3:F3"], sheet="资产占用")
    write_workbook(folder / "青禾县_2024年度_部门三公经费决算表.xlsx", [
        ["青禾县2024年部门三公经费决算表"],
        ["编制单位：青禾县财政局", None, None, None, "单位：万元"],
        ["单位名称", "“三公”经费合计", None, "公务接待费", None],
        [None, "2024年预算数", "2024年决算数", "2024年预算数", "2024年决算数"],
        *_SANGONG], ["A3:A4", "B3:C3", "D3:E3"], sheet="三公经费")
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_department_said_is_its_subtotal_line_in_a_count_column(engine: Engine) -> None:
    answer = converse(engine, "青禾县水利局有几辆车")
    assert answer.status == ANSWERED and "7辆" in answer.text and "3辆" not in answer.text, answer.text


def test_its_own_unit_said_is_the_own_units_line(engine: Engine) -> None:
    answer = converse(engine, "青禾县水利局本级有几辆车")
    assert answer.status == ANSWERED and "3辆" in answer.text and "7辆" not in answer.text, answer.text


def test_a_unit_said_by_its_name_is_its_line(engine: Engine) -> None:
    answer = converse(engine, "青禾县水库管理站车辆数量")
    assert answer.status == ANSWERED and "4辆" in answer.text and "7辆" not in answer.text, answer.text


def test_which_department_ranks_the_departments_lines(engine: Engine) -> None:
    answer = converse(engine, "哪个部门车最多")
    assert answer.status == ANSWERED and "水利局" in answer.text and "7辆" in answer.text, answer.text
    assert "水库管理站" not in answer.text, answer.text


def test_the_kind_of_figure_said_is_that_kind_alone(engine: Engine) -> None:
    answer = converse(engine, "青禾县2024年三公经费决算合计多少")
    assert answer.status == ANSWERED and "76.5" in answer.text and "88" not in answer.text, answer.text
    budget = converse(engine, "青禾县2024年三公经费预算合计多少")
    assert budget.status == ANSWERED and "88" in budget.text and "76.5" not in budget.text, budget.text


def test_how_many_held_is_not_a_projects_plan_to_buy(seed_engine: Engine) -> None:
    # The seed's 公务用车购置经费 plans to buy 1辆: that is not how many the 信访局 has.
    answer = converse(seed_engine, "信访局有几辆车")
    assert answer.status == UNKNOWN and "车辆购置数量" in answer.text, answer.text
    bought = converse(seed_engine, "公车买几辆")
    assert bought.status == ANSWERED and "1辆" in bought.text, bought.text


def test_a_word_no_column_reads_is_not_the_departments_line(engine: Engine) -> None:
    # 人员经费 is no column of these tables: the department's line is not answered as if the word were absent.
    answer = converse(engine, "青禾县水利局人员经费多少")
    assert answer.status != ANSWERED and "500" not in answer.text, answer.text
