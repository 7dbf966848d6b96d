"""Text tables in the seed's layout of a department with units (txt42), on a table generated here with names and
figures of its own (澄江市海洋和渔业港口物流局: its own unit, a 中心 and a 所 under it, 财政专户拨款 and 其他资金
in some projects, printed 0.00 in others).

Classes: "哪些项目有其他资金" names the projects holding that one source (a printed 0.00 is none), not the
whole breakdown by source, and "加起来多少" after it (or after "有几个项目有其他资金") adds that source's
amounts, not the projects' totals; a bureau of four words joined by 和 said by its leading two initials and the
last (海渔物局); a unit just answered about, then "有哪几个项目" / "它哪个项目钱多": that unit's projects;
"哪个项目钱多" over a set of projects asks the most (as 最多 does); words of one of a project's indicators said
with it or after it ("报批时间", a money word 批 inside them) are that indicator, and "实施周期的呢" then asks its
实施周期 value; a unit's projects listed (filtered), then another unit said alone ("那监测中心的呢"): the same
question of that unit's projects, not its subtotal."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine
from bot.language.lexicon import department_forms

_DEPT = "澄江市海洋和渔业港口物流局"
_UNITS = [
    Unit("澄江市海洋和渔业港口物流局", "238.00 218.00 0.00 20.00", [
        Item("海洋执法巡查经费", "86.00 86.00",
             "开展海域使用、海岛保护和渔业生产秩序执法巡查，查处违法用海和非法捕捞行为。",
             [("11", "海上执法巡查航次", "≥240航次", "≥80航次"),
              ("13", "巡查任务完成时间", "2028年12月底前", "2026年12月底前"),
              ("12", "违法案件查处率", "100%", "100%"),
              ("31", "渔民群众满意度", "≥90%", "≥90%")]),
        Item("渔船安全生产补助经费", "120.00 100.00 0.00 20.00",
             "对全市海洋捕捞渔船配备救生设备和安全通导设备给予补助，提升渔船安全生产水平。",
             [("11", "补助渔船数量", "≥600艘", "≥200艘"),
              ("12", "设备安装合格率", "≥98%", "≥98%"),
              ("22", "渔船安全事故", "0起", "0起")]),
        Item("港口物流统计监测经费", "32.00 32.00 0.00 0.00",
             "开展港口吞吐量和物流运行统计监测，按月发布港口物流运行分析。",
             [("11", "发布运行分析报告", "36期", "12期"),
              ("13", "报告发布时间", "每月10日前", "每月10日前"),
              ("13", "港口统计年报报批时间", "2028年3月底前", "2026年3月底前")]),
    ]),
    Unit("澄江市海洋环境监测中心", "150.00 130.00 20.00 0.00", [
        Item("近岸海域水质监测经费", "95.00 75.00 20.00 0.00",
             "对近岸海域国控和省控点位开展水质监测，掌握海洋环境质量变化。",
             [("11", "监测点位数量", "24个", "24个"),
              ("11", "完成乡镇级海岸带保护规划编制数量", "6个", "2个"),
              ("12", "监测数据有效率", "≥95%", "≥95%"),
              ("23", "近岸海域优良水质比例", "≥90%", "≥88%")]),
        Item("赤潮预警监测经费", "55.00 55.00",
             "开展赤潮易发区巡视监测，及时发布赤潮预警信息。",
             [("11", "巡视监测次数", "≥30次", "≥10次"),
              ("13", "预警信息发布时限", "≤24小时", "≤24小时")]),
    ]),
    Unit("澄江市渔港管理所", "76.50 66.50 0.00 10.00", [
        Item("渔港设施维护经费", "76.50 66.50 0.00 10.00",
             "对渔港码头、防波堤和航标设施进行日常维护，保障渔船安全进出港。",
             [("11", "维护码头泊位数", "12个", "12个"),
              ("12", "设施完好率", "≥95%", "≥95%")]),
    ]),
]
_TOTAL = "464.50 414.50 20.00 30.00"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("txt42")
    (folder / "chengjiang_hyj_2026_targets.txt").write_text(render(_DEPT, _TOTAL, _UNITS), encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    return engine_over(tmp_path_factory.mktemp("txt42_db") / "kb.sqlite", [root / "knowledge", folder])


def _said(engine: Engine, turns: tuple[str, ...], said: list[str], unsaid: list[str]) -> None:
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED, answer.text
    assert all(s in answer.text for s in said), answer.text
    assert not any(s in answer.text for s in unsaid), answer.text


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (("海渔局哪些项目有其他资金",), ["渔船安全生产补助", "渔港设施维护"], ["近岸海域", "统计监测", "财政专户"]),
    (("哪个项目用了财政专户拨款",), ["近岸海域水质监测"], ["渔船安全生产", "统计监测"]),
    (("海渔局哪些项目有其他资金", "加起来多少"), ["30.00"], ["196.50"]),
    (("海渔局有几个项目有其他资金", "加起来多少"), ["30.00"], ["196.50"]),
])
def test_the_projects_holding_one_source(engine: Engine, turns: tuple[str, ...], said: list[str],
                                         unsaid: list[str]) -> None:
    _said(engine, turns, said, unsaid)


def test_a_bureau_of_four_words_said_by_its_leading_two_initials_and_the_last() -> None:
    # "旅游和文化广电体育局" is said 旅文体局 too: the leading two words' initials and the last word's
    assert {"旅文体局", "临川旅文体局"} <= department_forms("临川市旅游和文化广电体育局")
    # without 和 no such form (the rule of words joined without 和 stays as it was)
    assert "文广体局" not in department_forms("临川县文化广电旅游体育局")


def test_the_short_form_names_the_department_in_a_question(engine: Engine) -> None:
    _said(engine, ("海渔物局项目财政拨款合计多少",), ["414.50"], ["464.50"])


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (("海洋环境监测中心", "有哪几个项目"), ["近岸海域水质监测", "赤潮预警"], ["海洋执法", "渔港设施"]),
    (("海洋环境监测中心", "有几个项目"), ["近岸海域水质监测", "赤潮预警"], ["海洋执法", "渔港设施"]),
    (("海洋环境监测中心", "它哪个项目钱最多"), ["近岸海域水质监测", "95.00"], ["渔船安全生产"]),
])
def test_the_projects_of_the_unit_just_answered(engine: Engine, turns: tuple[str, ...], said: list[str],
                                                unsaid: list[str]) -> None:
    _said(engine, turns, said, unsaid)


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (("海渔局哪个项目钱多",), ["渔船安全生产补助", "120.00"], ["近岸海域"]),
    (("海渔局哪个项目经费少",), ["港口物流统计监测", "32.00"], ["渔船安全生产"]),
    (("海洋环境监测中心", "它哪个项目钱多"), ["近岸海域水质监测", "95.00"], ["渔船安全生产"]),
])
def test_which_project_has_more_money_asks_the_most(engine: Engine, turns: tuple[str, ...], said: list[str],
                                                   unsaid: list[str]) -> None:
    _said(engine, turns, said, unsaid)


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (("港口物流统计监测经费报批时间",), ["2028年3月底前", "2026年3月底前"], ["没有列出"]),
    (("港口物流统计监测经费报批时间", "实施周期的呢"), ["2028年3月底前"], ["2026年3月底前"]),
    (("港口物流统计监测经费", "报批时间", "实施周期的呢"), ["2028年3月底前"], ["2026年3月底前"]),
    (("海洋执法巡查经费", "海上巡查多少航次", "实施周期的呢"), ["240航次"], ["≥80航次"]),
    (("近岸海域水质监测经费", "乡镇规划编几个"), ["6个", "2个"], []),
    # (a word of the project's own name that an indicator holds too names no indicator: the project's money)
    (("渔港设施维护费",), ["76.50"], ["完好率"]),
    (("水质监测经费",), ["95.00"], ["有效率"]),
    (("近岸海域水质监测经费", "乡镇规划编几个", "实施周期的呢"), ["6个"], ["2个"]),
])
def test_an_indicator_said_by_its_words_then_its_period_value(engine: Engine, turns: tuple[str, ...],
                                                             said: list[str], unsaid: list[str]) -> None:
    _said(engine, turns, said, unsaid)


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (("海渔局本级有哪些项目", "那监测中心的呢"), ["近岸海域水质监测", "赤潮预警"], ["海洋执法", "小计", "150.00"]),
    (("海渔局本级有几个项目", "那渔港管理所呢"), ["渔港设施维护"], ["海洋执法", "小计"]),
    (("海渔局本级超过60万的项目", "那监测中心的呢"), ["近岸海域水质监测"], ["赤潮预警", "海洋执法", "小计"]),
])
def test_the_same_question_of_another_unit(engine: Engine, turns: tuple[str, ...], said: list[str],
                                           unsaid: list[str]) -> None:
    _said(engine, turns, said, unsaid)
