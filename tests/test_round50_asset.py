"""Round 50: a table one office (财政局) publishes listing several departments and their units as rows — each
department's block of units (本级, its centres and stations) with their items, closed by the department's 小计, and
a 总计 of the whole — read by its rows: the whole's total, a department's units and items, a column by its meaning
(单价, 购置数量, 预算金额), an item several units buy, a class of rows by a column's words, a unit's figures of this
table and of its department's 目标表 added up, and follow-ups that change the department or point at the unit.

On a fictional 云岭县2026年新增设备配置预算表 (other departments, items and column wordings than any published
one) and a seed-layout 目标表 of 云岭县水利局 whose 资金使用单位 include 云岭县水文站."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, UNKNOWN, Engine

_HEAD = ["部门", "单位", "设备名称", "类别", "计量单位", "购置数量", "单价(万元)", "预算金额(万元)", "取得方式", "经费来源"]
_DEVICES = [
    ["云岭县2026年新增设备配置预算表"] + [None] * 9,
    ["编制单位：云岭县财政局"] + [None] * 6 + ["单位：万元", None, None],
    _HEAD,
    ["云岭县水利局", "云岭县水利局（本级）", "笔记本电脑", "通用设备", "台", 5, 0.7, 3.5, "采购", "一般公共预算"],
    [None, "云岭县水文站", "雨量监测仪", "专用设备", "套", 12, 1.5, 18, "采购", "上级补助"],
    [None, "云岭县水文站", "流速仪", "专用设备", "台", 3, 4.2, 12.6, "采购", "一般公共预算"],
    [None, "云岭县河道管理所", "巡河无人机", "专用设备", "架", 2, 9.8, 19.6, "采购", "一般公共预算"],
    [None, "小计", None, None, None, None, None, 53.7, None, None],
    ["云岭县民政局", "云岭县民政局（本级）", "笔记本电脑", "通用设备", "台", 3, 0.7, 2.1, "采购", "一般公共预算"],
    [None, "云岭县社会福利院", "电动护理床", "专用设备", "张", 20, 1.1, 22, "采购", "一般公共预算"],
    [None, "云岭县社会福利院", "康复训练设备", "专用设备", "套", 1, 36, 36, "租赁", "单位自有资金"],
    [None, "小计", None, None, None, None, None, 60.1, None, None],
    ["云岭县市场监督管理局", "云岭县市场监督管理局（本级）", "快检车", "车辆", "辆", 1, 28, 28, "采购", "上级补助"],
    [None, "云岭县市场监督管理局（本级）", "档案柜", "家具", "组", 40, 0.15, 6, "租赁", "一般公共预算"],
    [None, "小计", None, None, None, None, None, 34, None, None],
    ["总计", None, None, None, None, None, None, 147.8, None, None],
]
_MERGED = ["A1:J1", "A4:A8", "A9:A12", "A13:A15", "A16:B16"]

_MARKS = [("11", "监测站点运行数量", "≥30个", "≥30个"), ("31", "服务对象满意度", "≥90%", "≥90%")]
_PROJECTS = render("云岭县水利局", "150.00 150.00", [
    Unit("云岭县水利局", "90.00 90.00", [
        Item("河湖巡查保洁经费", "90.00 90.00", "开展河湖日常巡查和保洁，保持河湖水面整洁。", _MARKS)]),
    Unit("云岭县水文站", "60.00 60.00", [
        Item("水文监测站网运行维护经费", "60.00 60.00", "保障全县水文监测站网正常运行，及时报送水雨情信息。", _MARKS)]),
])


@pytest.fixture(scope="module")
def yunling(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("asset50")
    book = write_workbook(folder / "云岭县_2026年_新增设备配置预算表.xlsx", _DEVICES, _MERGED)
    text = folder / "云岭县水利局2026年项目支出绩效目标表.txt"
    text.write_text(_PROJECTS, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [book, text])


def test_the_whole_is_its_grand_total_never_the_first_departments_subtotal(yunling: Engine) -> None:
    answer = converse(yunling, "云岭2026年新增设备配置一共多少")
    assert answer.status == ANSWERED, answer.text
    assert "147.8" in answer.text and "53.7" not in answer.text, answer.text


def test_money_asked_of_a_row_is_its_amount_never_a_column_of_words(yunling: Engine) -> None:
    # (取得 is the verb said, a part of the header 取得方式 too)
    answer = converse(yunling, "福利院取得的护理床多少钱")
    assert answer.status == ANSWERED, answer.text
    assert "22" in answer.text and "采购" not in answer.text, answer.text


def test_the_rows_are_ranked_by_the_column_said_over_every_row(yunling: Engine) -> None:
    answer = converse(yunling, "单价最高的设备是哪个")
    assert answer.status == ANSWERED, answer.text
    assert "康复训练设备" in answer.text and "36" in answer.text, answer.text
    counted = converse(yunling, "购置数量最多的设备")
    assert counted.status == ANSWERED, counted.text
    assert "档案柜" in counted.text and "40" in counted.text, counted.text


@pytest.mark.parametrize(("question", "figures"), [("笔记本电脑单价", ("0.7",)), ("笔记本电脑买几台", ("5台", "3台"))])
def test_an_item_several_units_buy_is_shown_for_each_unit(yunling: Engine, question: str, figures: tuple[str, ...]) -> None:
    answer = converse(yunling, question)
    assert answer.status == ANSWERED, answer.text
    assert "云岭县水利局（本级）" in answer.text and "云岭县民政局（本级）" in answer.text, answer.text
    assert all(f in answer.text for f in figures), answer.text


def test_one_of_the_units_items_shown_is_picked_by_its_department(yunling: Engine) -> None:
    answer = converse(yunling, "笔记本电脑买几台", "民政局那个")
    assert answer.status == ANSWERED, answer.text
    assert "3台" in answer.text and "60.1" not in answer.text and "5台" not in answer.text, answer.text


def test_a_departments_units_are_listed_with_their_items(yunling: Engine) -> None:
    answer = converse(yunling, "水利局有哪些单位配设备")
    assert answer.status == ANSWERED, answer.text
    for unit in ("云岭县水利局（本级）", "云岭县水文站", "云岭县河道管理所"):
        assert unit in answer.text, answer.text
    assert "社会福利院" not in answer.text, answer.text


def test_a_class_of_rows_asked_after_a_departments_rows_is_of_that_department(yunling: Engine) -> None:
    answer = converse(yunling, "云岭县民政局有哪些新增设备", "租赁的是哪个")
    assert answer.status == ANSWERED, answer.text
    assert "康复训练设备" in answer.text and "档案柜" not in answer.text, answer.text
    assert "云岭县民政局" in answer.text, answer.text  # (the rows kept to the department said so)
    alone = converse(yunling, "哪些设备是租赁的")
    assert "康复训练设备" in alone.text and "档案柜" in alone.text, alone.text


def test_a_class_said_before_a_verb_is_read_as_said_bare(yunling: Engine) -> None:
    answer = converse(yunling, "上级补助买的是啥")
    assert answer.status == ANSWERED, answer.text
    assert "雨量监测仪" in answer.text and "快检车" in answer.text and "流速仪" not in answer.text, answer.text


def test_a_units_figures_of_two_tables_are_added_each_with_its_source(yunling: Engine) -> None:
    answer = converse(yunling, "云岭水文站 项目经费和新增设备加起来多少")
    assert answer.status == ANSWERED, answer.text
    assert "90.6" in answer.text, answer.text  # 60 of its projects + 30.6 of its two devices
    assert "147.8" not in answer.text and "目标表" in answer.text and "新增设备配置预算表" in answer.text, answer.text


def test_a_department_asked_again_of_another_tables_measure_has_none(yunling: Engine) -> None:
    answer = converse(yunling, "云岭县水利局的项目支出总额", "那云岭县民政局呢")
    assert answer.status == UNKNOWN, answer.text
    assert "60.1" not in answer.text, answer.text


def test_it_after_a_units_projects_asks_the_other_tables_subject_of_the_unit(yunling: Engine) -> None:
    answer = converse(yunling, "云岭水文站项目合计", "它要买什么设备")
    assert answer.status == ANSWERED, answer.text
    assert "雨量监测仪" in answer.text and "流速仪" in answer.text and "笔记本电脑" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["云岭县水利局新增设备多少钱", "云岭县水利局新增设备小计"])
def test_a_loaded_department_named_whole_finds_its_block_of_the_table_said(yunling: Engine, question: str) -> None:
    # (云岭县水利局 has tables of its own, none of them this one: the table said by its words is asked)
    answer = converse(yunling, question)
    assert answer.status == ANSWERED, answer.text
    assert "53.7" in answer.text and "60.1" not in answer.text and "0.7" not in answer.text, answer.text
    own = converse(yunling, "云岭县水利局项目支出多少")
    assert "150" in own.text and "53.7" not in own.text, own.text


def test_a_row_asked_by_its_own_name_shows_its_cell_never_a_sum_of_one(yunling: Engine) -> None:
    answer = converse(yunling, "流速仪单价多少")
    assert answer.status == ANSWERED, answer.text
    assert "4.2" in answer.text and "合计" not in answer.text, answer.text


def test_the_publisher_named_has_no_rows_of_its_own(yunling: Engine) -> None:
    answer = converse(yunling, "云岭县财政局新增设备多少")
    assert answer.status == UNKNOWN, answer.text
    assert "云岭县水利局" in answer.text and "0.7" not in answer.text and "53.7" not in answer.text, answer.text
    whole = converse(yunling, "云岭县财政局新增设备一共多少")
    assert whole.status == ANSWERED and "147.8" in whole.text, whole.text
