"""A place's table of its departments (each a "<department>小计" line over its indented units) drawn up by its finance
office (编制单位：青禾县财政局), with a count column (车辆数量（辆）) beside the money ones, next to one department's
project table whose funding units are some of the same units. Counts are asked by their unit ("几辆车") and answered
with it; the table's 合计 is the place's, never the finance office's; a unit's projects are the project table's.
Tables fictional."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.dialogue.values import ANSWERED
from bot.engine import Engine
from tests.conftest import converse, engine_over, write_workbook

_ROWS = (
    ("合计", 900.0, 500.0, 16, 210.0),
    ("青禾县水利局小计", 600.0, 300.0, 9, 140.0),
    ("  青禾县水利局（本级）", 350.0, 180.0, 3, 50.0),
    ("  青禾县水政监察综合执法队", 250.0, 120.0, 6, 90.0),
    ("青禾县林业局小计", 300.0, 200.0, 7, 70.0),
    ("  青禾县林业局（本级）", 120.0, 80.0, 1, 20.0),
    ("  青禾县林业技术推广站", 180.0, 120.0, 6, 50.0),
)


_SANGONG = (  # (机关运行经费 left blank for units that are not 机关)
    ("合计", 55.0, 48.0, 32.0, 29.0, 80.0, 75.0),
    ("青禾县水利局小计", 40.0, 36.0, 25.0, 23.0, 50.0, 48.0),
    ("  青禾县水利局（本级）", 25.0, 22.0, 15.0, 14.0, 50.0, 48.0),
    ("  青禾县水政监察综合执法队", 15.0, 14.0, 10.0, 9.0, None, None),
    ("青禾县林业局小计", 10.0, 8.0, 5.0, 4.0, 20.0, 18.0),
    ("  青禾县林业局（本级）", 6.0, 5.0, 3.0, 2.5, 20.0, 18.0),
    ("  青禾县林业技术推广站", 4.0, 3.0, 2.0, 1.5, None, None),
    ("青禾县财政局小计", 5.0, 4.0, 2.0, 2.0, 10.0, 9.0),  # (the office that drew the tables up is listed here)
    ("  青禾县财政局（本级）", 3.0, 2.5, 1.0, 1.0, 10.0, 9.0),
    ("  青禾县财政票据中心", 2.0, 1.5, 1.0, 1.0, None, None),
)


def _sangong(folder: Path) -> None:
    """The same departments' “三公” table: each item over its 2024年预算数 and 2024年决算数."""
    write_workbook(folder / "青禾县_2024年度_部门三公经费决算表.xlsx", [
        ["青禾县2024年度部门“三公”经费决算表"],
        ["编制单位：青禾县财政局", None, None, None, None, None, "单位：万元"],
        ["部门（单位）名称", "“三公”经费合计", None, "公务用车运行维护费", None, "机关运行经费", None],
        [None, *["2024年预算数", "2024年决算数"] * 3],
        *_SANGONG], ["B3:C3", "D3:E3", "F3:G3", "A3:A4"], sheet="三公经费")


def _own_sangong(folder: Path) -> None:
    """Another department's own “三公” table (a department of no such list): its item and kind in one row label."""
    write_workbook(folder / "白石县应急管理局_2024年_三公经费支出决算表.xlsx", [
        ["白石县应急管理局2024年财政拨款“三公”经费支出决算表"],
        ["部门：白石县应急管理局", None, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["财政拨款“三公”经费合计", 3.0, 2.5],
        ["公务接待费", 1.0, 0.5]], sheet="三公经费")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("fin54_counts")
    write_workbook(folder / "青禾县_2024年度_部门国有资产占用情况表.xlsx", [
        ["青禾县2024年度部门国有资产占用情况表"],
        ["编制单位：青禾县财政局", None, None, None, "单位：万元"],
        ["单位名称", "资产总额", "固定资产", None, None],
        [None, None, "小计", "车辆数量（辆）", "车辆金额"],
        *_ROWS], ["C3:E3"], sheet="国有资产占用情况表")
    _sangong(folder)
    _own_sangong(folder)
    data = Path(__file__).parent / "data" / "fin54"
    shutil.copy(data / "青禾县水利局_2025年_项目支出绩效目标表.txt", folder)
    return engine_over(folder / "kb.sqlite", [folder])


@pytest.mark.parametrize(("question", "count"), [
    ("综合执法队有几辆车", "6辆"),  # a unit's count ("几辆车", read 公务用车保有量 by the vocabulary)
    ("推广站车有多少辆", "6辆"),
    ("水利局整个部门一共几辆车", "9辆"),  # the department's 小计 line
    ("两个部门一共有多少辆车", "16辆"),  # the table's 合计
])
def test_a_count_column_is_asked_by_its_unit(engine: Engine, question: str, count: str) -> None:
    answer = converse(engine, question)
    first = answer.text.splitlines()[0]
    assert answer.status == ANSWERED and count in first and "万元" not in first, answer.text


def test_the_whole_is_the_places_and_the_preparer_is_not_in_the_table(engine: Engine) -> None:
    whole = converse(engine, "资产总额合计")
    assert whole.status == ANSWERED and "900" in whole.text and "财政局合计" not in whole.text, whole.text
    office = converse(engine, "青禾县财政局资产总额")
    assert office.status != ANSWERED and "900" not in office.text and "不在其中" in office.text, office.text


def test_a_units_projects_are_the_project_tables(engine: Engine) -> None:
    listed = converse(engine, "综合执法队有哪些项目")
    assert listed.status == ANSWERED and "水政执法办案经费" in listed.text and "执法船艇运维经费" in listed.text, listed.text
    assert "河道巡查保洁经费" not in listed.text, listed.text
    total = converse(engine, "综合执法队一共多少项目经费")
    assert total.status == ANSWERED and "60.00万元" in total.text and "250" not in total.text, total.text
    own = converse(engine, "水利局机关本级的项目合计多少")
    assert own.status == ANSWERED and "90.00万元" in own.text and "350" not in own.text, own.text


def test_a_rate_is_the_items_final_over_its_budget(engine: Engine) -> None:
    # (the department's 小计 line, 36 ÷ 40; never its own unit's 22 ÷ 25)
    answer = converse(engine, "水利局三公经费执行率多少")
    assert answer.status == ANSWERED and "90.00%" in answer.text and "36万元" in answer.text, answer.text


def test_its_figure_of_the_other_departments_table(engine: Engine) -> None:
    unit = converse(engine, "综合执法队资产总额", "它的三公决算呢")
    assert unit.status == ANSWERED and "14万元" in unit.text and "250" not in unit.text, unit.text
    department = converse(engine, "水利局资产总额", "它的三公决算呢")
    assert department.status == ANSWERED and "36万元" in department.text and "600" not in department.text, department.text


def test_a_line_said_after_another_departments_figure_is_asked_the_same(engine: Engine) -> None:
    first = converse(engine, "白石应急管理局三公经费预算数")
    assert first.status == ANSWERED and "3万元" in first.text, first.text
    answer = converse(engine, "白石应急管理局三公经费预算数", "那青禾林业局的呢")
    assert answer.status == ANSWERED and "10万元" in answer.text and "300" not in answer.text, answer.text


def test_lines_ranked_by_the_thing_counted_and_by_the_whole_said_short(engine: Engine) -> None:
    # (车 of 车辆数量（辆）, never 车辆金额; two units of the same count share the first place)
    units = converse(engine, "哪个单位车最多")
    first = units.text.splitlines()[0]
    assert units.status == ANSWERED and "综合执法队" in first and "推广站" in first and "6辆" in first, units.text
    departments = converse(engine, "哪个部门车最多")
    assert departments.status == ANSWERED and "水利局" in departments.text and "9辆" in departments.text, departments.text
    assets = converse(engine, "哪个单位资产最多")  # (资产 of 资产总额)
    assert assets.status == ANSWERED and "350万元" in assets.text, assets.text


def test_an_item_said_without_its_kind(engine: Engine) -> None:
    both = converse(engine, "综合执法队公车运维费")  # (each kind shown)
    assert both.status == ANSWERED and "10万元" in both.text and "9万元" in both.text, both.text
    kept = converse(engine, "水利局三公经费决算", "其中公车运维费呢")  # (the kind asked before kept)
    assert kept.status == ANSWERED and "23万元" in kept.text and "25万元" not in kept.text, kept.text
    blank = converse(engine, "综合执法队的机关运行经费")  # (blank in every kind: not filled in, no 0)
    assert blank.status != ANSWERED and "0万元" not in blank.text and "没有填列" in blank.text, blank.text


def test_two_items_of_one_line_asked_in_turn_are_added(engine: Engine) -> None:
    answer = converse(engine, "林业局三公经费决算", "公车运维费呢", "两个加起来")
    assert answer.status == ANSWERED and "12万元" in answer.text, answer.text  # (8 + 4, the kind kept)


def test_the_preparer_listed_in_a_table_is_its_line_there(engine: Engine) -> None:
    answer = converse(engine, "青禾财政局合计多少")
    assert answer.status == ANSWERED and "5万元" in answer.text and "55万元" not in answer.text, answer.text
