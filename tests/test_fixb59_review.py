"""Round 59 review fixes (fixb59): a unit said after a place alone, when the place has several departments and one
of them lists funding units — the unit said of that department only when it is of its kind (a word of its name or of
its units' names), else absent from the knowledge base without naming that department. A fictional 梅岭县 of a
交通运输局 project table listing three units and a 文化旅游局 purchase table listing none.
A count bought asked of a thing said by another word before an indicator's object, or before its end ("手提照明灯"
beside 移动照明灯购置数量, "救护车辆" beside 车辆购置数量): no such count, never the indicator's (a fictional 檀岭县
应急管理局)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.values import ANSWERED, UNKNOWN
from bot.engine import Engine
from tests.conftest import converse, engine_over, simple_table
from tests.target_tables import Item, Unit, render

_UNITS = [
    Unit("梅岭县交通运输局", "40.00 40.00", [
        Item("农村公路建设管理经费", "40.00 40.00", "加强农村公路建设质量监管。",
             [("11", "路况检测里程", "≥300公里", "≥300公里")]),
    ]),
    Unit("梅岭县公路养护中心", "18.00 18.00", [
        Item("养护站运行经费", "18.00 18.00", "保障养护站水电和值守运行。",
             [("11", "养护站点数量", "6个", "6个")]),
    ]),
    Unit("梅岭县港航管理所", "12.00 12.00", [
        Item("内河航道巡查经费", "12.00 12.00", "开展内河航道日常巡查。",
             [("11", "航道巡查次数", "≥100次", "≥100次")]),
    ]),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("fixb59")
    path = root / "梅岭县交通运输局_2026年_项目支出绩效目标表.txt"
    path.write_text(render("梅岭县交通运输局", "70.00 70.00", _UNITS), encoding="utf-8")
    simple_table(root / "梅岭县文化旅游局_2026年_政府采购预算表.xlsx", "采购预算", "梅岭县文化旅游局2026年政府采购预算表", "C2",
                 "单位：万元", ["采购品目", "数量", "预算金额"], [["投影仪", 4, 6.8], ["档案密集架", 12, 21.5], ["合计", 16, 28.3]])
    return engine_over(root / "kb.sqlite", [root])


def test_a_unit_of_another_kind_after_a_place_names_no_department(engine: Engine) -> None:
    answer = converse(engine, "梅岭县人民医院经费多少")
    assert answer.status == UNKNOWN, answer.text
    assert "交通运输局" not in answer.text and "港航管理所" not in answer.text, answer.text


def test_a_unit_of_the_departments_kind_after_a_place_is_said_absent_there(engine: Engine) -> None:
    answer = converse(engine, "梅岭县港航执法所经费多少")
    assert answer.status == UNKNOWN, answer.text
    assert "交通运输局" in answer.text and "港航执法所" in answer.text and "12.00" not in answer.text, answer.text


_BOUGHT = [Unit("檀岭县应急管理局", "50.00 50.00", [
    Item("应急装备购置经费", "30.00 30.00", "购置应急照明和排涝装备，提升应急处置能力。",
         [("11", "移动照明灯购置数量", "30台", "30台"), ("11", "排涝水泵采购数量", "6台", "6台"),
          ("11", "巡查执勤车辆购置数量", "4辆", "4辆")]),
    Item("公务用车运行维护经费", "20.00 20.00", "保障公务用车运行。",
         [("11", "车辆购置数量", "1辆", "1辆"), ("12", "车辆完好率", "≥95%", "≥95%")]),
])]


@pytest.fixture(scope="module")
def bought(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("fixb59_bought")
    path = root / "檀岭县应急管理局_2026年_项目支出绩效目标表.txt"
    path.write_text(render("檀岭县应急管理局", "50.00 50.00", _BOUGHT), encoding="utf-8")
    return engine_over(root / "kb.sqlite", [path])


@pytest.mark.parametrize(("asked", "value"), [("手提照明灯买几台", "30台"), ("救护车辆买几辆", "1辆"), ("消防车辆要采购多少辆", "1辆"),
                                              ("柴油水泵采购几台", "6台"), ("檀岭县应急管理局的手提照明灯要买多少台", "30台")])
def test_another_thing_bought_is_not_the_tables_count(bought: Engine, asked: str, value: str) -> None:
    answer = converse(bought, asked)
    assert answer.status == UNKNOWN, answer.text
    assert value not in answer.text, answer.text


@pytest.mark.parametrize(("asked", "value"), [("照明灯买几台", "30台"), ("移动照明灯买几台", "30台"), ("车辆买几辆", "1辆"),
                                              ("檀岭县应急管理局车辆买几辆", "1辆"), ("今年车辆买几辆", "1辆"),
                                              ("排涝水泵采购几台", "6台"),
                                              # (the object said short, its words in order: 巡查执勤车辆's count)
                                              ("巡查车辆买几辆", "4辆"), ("巡查的车辆买几辆", "4辆")])
def test_the_tables_thing_bought_is_its_count(bought: Engine, asked: str, value: str) -> None:
    answer = converse(bought, asked)
    assert answer.status == ANSWERED, answer.text
    assert value in answer.text, answer.text
