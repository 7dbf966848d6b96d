"""Round 59, lane unit59: the funding units (局本级 and the units under it) of a 项目支出绩效目标表 in the text layout
with several units, and the follow-ups and traps around them — each unit's whole asked together, one unit set against
本级, another unit after a count, a unit the table does not list, a cost the table does not break down, a per-head
follow-up, and a count of things bought asked by the verb and its object. A fictional 交通运输局 of other names and
figures (tests/target_tables.py renders it as a published PDF's text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.values import ANSWERED, UNKNOWN
from bot.engine import Engine
from tests.conftest import converse, engine_over
from tests.target_tables import Item, Unit, render

_DEPT = "梅岭县交通运输局"
_UNITS = [
    Unit("梅岭县交通运输局", "156.00 150.00 6.00", [
        Item("农村公路建设管理经费", "62.00 62.00",
             "加强农村公路建设质量监管，开展路况检测和工程质量抽检，保障农村公路建设质量。",
             [("11", "路况检测里程", "≥300公里", "≥300公里"),
              ("11", "检测人员人均检测里程", "≥30公里", "≥30公里"),
              ("12", "工程质量抽检合格率", "≥95%", "≥95%")]),
        Item("交通安全宣传经费", "24.00 18.00 6.00",
             "开展交通安全进村入户宣传，提高群众交通安全意识。",
             [("11", "宣传活动场次", "≥15场", "≥15场"),
              ("31", "群众满意度", "≥90%", "≥90%")]),
        Item("执法装备更新经费", "70.00 70.00",
             "更新路政执法车辆和执法记录仪，提升路政执法装备水平。",
             [("11", "执法车辆采购数量", "3辆", "3辆"),
              ("11", "执法记录仪购置数量", "40台", "40台"),
              ("12", "装备验收合格率", "100%", "100%")]),
    ]),
    Unit("梅岭县公路养护中心", "98.50 98.50", [
        Item("国省道日常养护经费", "80.50 80.50",
             "对全县国省道开展日常养护和病害处治，保持路面整洁完好。",
             [("11", "日常养护里程", "≥180公里", "≥180公里"),
              ("11", "除雪车添置数量", "2辆", "2辆"),
              ("12", "路面优良率", "≥85%", "≥85%")]),
        Item("养护站运行经费", "18.00 18.00",
             "保障养护站水电、通信和值守运行。",
             [("11", "养护站点数量", "6个", "6个"),
              ("13", "值守响应时间", "≤1小时", "≤1小时")]),
    ]),
    Unit("梅岭县港航管理所", "45.20 40.20 5.00", [
        Item("内河航道巡查经费", "45.20 40.20 5.00",
             "开展内河航道日常巡查和航标维护，配备巡逻艇，保障通航安全。",
             [("11", "航道巡查次数", "≥100次", "≥100次"),
              ("11", "巡逻艇配备数量", "2艘", "2艘"),
              ("22", "通航安全事故", "不发生", "0起")]),
    ]),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("unit59")
    path = root / "梅岭县交通运输局_2026年_项目支出绩效目标表.txt"
    path.write_text(render(_DEPT, "299.70 288.70 11.00", _UNITS), encoding="utf-8")
    return engine_over(root / "kb.sqlite", [path])


def test_each_units_whole_asked_together(engine: Engine) -> None:
    for asked in ("交通运输局三个单位项目经费分别多少", "交通运输局各单位经费多少"):
        answer = converse(engine, asked)
        assert answer.status == ANSWERED, answer.text
        assert all(x in answer.text for x in ("156.00", "98.50", "45.20")), answer.text
        assert "农村公路建设管理经费" not in answer.text  # (the units' wholes, never every project)


def test_a_unit_set_against_the_bureaus_own_line(engine: Engine) -> None:
    answer = converse(engine, "养护中心比局本级少多少")
    assert answer.status == ANSWERED, answer.text
    assert "57.50" in answer.text, answer.text  # 156.00 - 98.50
    answer = converse(engine, "局本级和养护中心一共多少")
    assert answer.status == ANSWERED, answer.text
    assert "254.50" in answer.text, answer.text  # 156.00 + 98.50


def test_the_bureaus_own_line_after_a_units_count(engine: Engine) -> None:
    answer = converse(engine, "港航管理所有几个项目", "局本级呢")
    assert answer.status == ANSWERED, answer.text
    assert "3 个项目" in answer.text and "执法装备更新经费" in answer.text and "内河航道巡查经费" not in answer.text


def test_the_whole_divided_into_projects(engine: Engine) -> None:
    answer = converse(engine, "交通运输局一共多少钱", "分几个项目")
    assert answer.status == ANSWERED, answer.text
    assert "6" in answer.text and "299.7" not in answer.text.replace("299.70", "")


def test_a_unit_the_table_does_not_list(engine: Engine) -> None:
    # (港航管理所 is listed; 港航事业发展中心 is not: never the like-named unit's projects)
    for asked in ("梅岭县港航事业发展中心的项目经费", "交通运输局港航事业发展中心有几个项目"):
        answer = converse(engine, asked)
        assert answer.status == UNKNOWN, (asked, answer.text)
        assert "45.20" not in answer.text and "内河航道巡查经费" not in answer.text, answer.text
    # (a listed unit said short, its characters in order, is that unit)
    answer = converse(engine, "梅岭县港航所有几个项目")
    assert answer.status == ANSWERED and "内河航道巡查经费" in answer.text, answer.text


def test_a_cost_the_table_does_not_break_down(engine: Engine) -> None:
    # (装备 is a word of another project's name: never that project, nor the 宣传 project's whole)
    answer = converse(engine, "宣传经费里执法装备费多少")
    assert answer.status == UNKNOWN, answer.text
    assert "没有单独列出" in answer.text and "24.00" not in answer.text and "70.00" not in answer.text
    answer = converse(engine, "宣传经费里印刷费多少")
    assert answer.status == UNKNOWN, answer.text
    assert "24.00" not in answer.text
    # (the cost's words in the project's goal and an indicator's name, 宣传 of 宣传活动场次, print no amount of it:
    # never the project's whole as the cost)
    for asked in ("交通安全宣传经费里宣传费多少", "执法装备更新经费里面执法记录仪费是多少"):
        answer = converse(engine, asked)
        assert answer.status == UNKNOWN, (asked, answer.text)
        assert "24.00" not in answer.text and "70.00" not in answer.text, answer.text
    assert "没有单独列出" in converse(engine, "交通安全宣传经费里宣传费多少").text


def test_per_head_follow_up(engine: Engine) -> None:
    answer = converse(engine, "路况检测里程", "人均的呢")
    assert answer.status == ANSWERED, answer.text
    assert "30公里" in answer.text and "300公里" not in answer.text
    # (a count with no per-head indicator beside it: no per-head figure, never the whole again)
    answer = converse(engine, "宣传活动场次", "人均呢")
    assert answer.status == UNKNOWN, answer.text
    assert "15场" not in answer.text


def test_a_count_bought_asked_by_its_verb(engine: Engine) -> None:
    for asked, value in (("巡逻艇买几艘", "2艘"), ("执法记录仪要买多少台", "40台"), ("执法车辆购置几辆", "3辆"),
                         ("除雪车采购了几辆", "2辆")):
        answer = converse(engine, asked)
        assert answer.status == ANSWERED, (asked, answer.text)
        assert value in answer.text, (asked, answer.text)


def test_a_count_bought_of_another_thing_is_not_the_tables(engine: Engine) -> None:
    # (an object's name, or its end, said after a word of another thing: 消防巡逻艇 is no 巡逻艇, 电动除雪车 no 除雪车)
    for asked, value in (("消防巡逻艇买几艘", "2艘"), ("电动除雪车买几辆", "2辆"), ("小型除雪车采购了几辆", "2辆")):
        answer = converse(engine, asked)
        assert answer.status != ANSWERED, (asked, answer.text)
        assert value not in answer.text, (asked, answer.text)
    # (its end said alone, or its department or a time said before it: the table's object)
    for asked, value in (("记录仪买几台", "40台"), ("交通运输局执法记录仪买几台", "40台"), ("今年巡逻艇买几艘", "2艘"),
                         ("梅岭县执法车辆买几辆", "3辆"), ("内河航道巡查经费的巡逻艇买几艘", "2艘")):
        answer = converse(engine, asked)
        assert answer.status == ANSWERED, (asked, answer.text)
        assert value in answer.text, (asked, answer.text)


def test_another_object_bought_followed(engine: Engine) -> None:
    answer = converse(engine, "执法车辆买几辆", "执法记录仪呢")
    assert answer.status == ANSWERED, answer.text
    assert "40台" in answer.text and "3辆" not in answer.text
    answer = converse(engine, "执法记录仪买几台", "巡逻艇呢")  # (another project's)
    assert answer.status == ANSWERED, answer.text
    assert "2艘" in answer.text and "40台" not in answer.text


def test_the_units_listed_ranked_next(engine: Engine) -> None:
    answer = converse(engine, "交通运输局各单位经费多少", "哪个最少")
    assert answer.status == ANSWERED, answer.text
    assert "最少的是梅岭县港航管理所" in answer.text, answer.text
    # (the projects asked for by name: their ranking, never the units')
    answer = converse(engine, "交通运输局各单位经费多少", "哪个项目最多")
    assert answer.status == ANSWERED, answer.text
    assert "国省道日常养护经费" in answer.text and "最多的是梅岭县交通运输局" not in answer.text, answer.text
