"""Round 35, seed-format text tables with the department's own 本级 rows and units under it: a unit by the
short name staff use (土肥站 of 土壤肥料工作站, 农技中心), its total, its projects, "其中财政拨款呢" after it, its
largest project, a project's share of it, 本级 and a unit added up; an indicator's 年度 value asked with 今年
(its 实施周期 value with 整个周期); a project said by a place its name holds beside words another project's
name holds; an indicator asked by part of its name and a measure (多少亩: the indicator, not the goal text);
a count asked by a word the project's name and one of its indicators share. All tables are fictional."""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine, Session
from tests.conftest import engine_over

_TABLE = """项目支出绩效目标表（含转移支付项目）

部门名称：青石县农业农村局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 585.00 580.00 5.00

青石县农业农村局（本级） 390.00 390.00

    高标准农田建设项目青龙片区配套资金 300.00 300.00

在青龙片区新建高标准农田，完善田间灌排和道路设施。本项目为县级配套资金。

1、1-产出指标,11-数量指标,新建高标准农田面积；实施周期指标值:3万亩,年度指标值:1.8万亩;,2、1-产出指标,
14-成本指标,县级配套资金；实施周期指标值:≤300万元,年度指标值:≤300万元;,3、3-满意度指标,31-服务对象满意度,
项目区农户满意度；实施周期指标值:≥90%,年度指标值:≥90%;

    农村人居环境整治经费 50.00 50.00

开展村庄清洁行动和农村生活垃圾收运。

1、1-产出指标,11-数量指标,清运农村生活垃圾；实施周期指标值:≥9000吨,年度指标值:≥9000吨;,2、1-产出指标,
13-时效指标,文艺宣传投诉办结时限；实施周期指标值:10个工作日内,年度指标值:10个工作日内;

    农机库棚维修加固及管护经费 40.00 40.00

对乡镇农机库棚进行维修加固，落实日常管护责任。

1、1-产出指标,11-数量指标,维修加固农机库棚；实施周期指标值:5座,年度指标值:5座;,2、1-产出指标,11-数量指标,
日常管护农机库棚；实施周期指标值:31座,年度指标值:31座;

青石县土壤肥料工作站 150.00 150.00

    耕地质量提升工程县级配套资金 100.00 100.00

在东坪、西坪等乡镇实施耕地质量提升，新增改良高标准耕地，配套建设灌排设施，提高耕地地力。

1、1-产出指标,11-数量指标,新增改良耕地；实施周期指标值:0.8万亩,年度指标值:0.8万亩;,2、1-产出指标,11-数量指标,
建设灌排设施；实施周期指标值:12处,年度指标值:12处;,3、1-产出指标,14-成本指标,每亩耕地县级配套标准；
实施周期指标值:125元,年度指标值:125元;,4、2-效益指标,21-经济效益,亩均灌溉节水；实施周期指标值:≥30立方米,
年度指标值:≥30立方米;

    测土配方施肥经费 50.00 50.00

采集土壤样品，开展化验分析，向农户发放施肥建议卡。

1、1-产出指标,11-数量指标,采集土壤样品；实施周期指标值:≥1500个,年度指标值:≥1500个;

青石县农业技术推广中心 45.00 40.00 5.00

    病虫害监测点运行经费 30.00 30.00

维护全县病虫害监测点，保障监测数据及时上报。

1、1-产出指标,11-数量指标,维护病虫害监测点；实施周期指标值:12处,年度指标值:12处;

    农技推广补助经费 15.00 10.00 5.00

开展农技人员和农民培训。

1、1-产出指标,11-数量指标,培训农民；实施周期指标值:800人次,年度指标值:800人次;
"""

# another department's table: a time indicator named apart in two projects, a count of people, three projects
_SPORTS = """项目支出绩效目标表（含转移支付项目）

部门名称：松溪县文化体育局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 153.40 153.40

松溪县文化体育局（本级） 118.40 118.40

    群众体育赛事活动经费 70.00 70.00

举办县级群众体育运动会和乡村篮球联赛。

1、1-产出指标,11-数量指标,举办县级群众体育赛事；实施周期指标值:≥10场次,年度指标值:≥10场次;,2、1-产出指标,
13-时效指标,赛事活动完成时间；实施周期指标值:2026年11月20日前,年度指标值:2026年11月20日前;

    文艺演出下乡经费 36.00 36.00

组织剧团开展文艺演出下乡。

1、1-产出指标,11-数量指标,文艺演出下乡场次；实施周期指标值:≥120场次,年度指标值:≥120场次;,2、1-产出指标,
13-时效指标,演出任务完成时间；实施周期指标值:2026年10月31日前,年度指标值:2026年10月31日前;

    非遗保护传承经费 12.40 12.40

对代表性传承人给予传习补助，开展传承人才培训。

1、1-产出指标,11-数量指标,资助代表性传承人；实施周期指标值:9人,年度指标值:9人;,2、1-产出指标,11-数量指标,
传承人才培训；实施周期指标值:≥40人次,年度指标值:≥40人次;

松溪县博物馆 20.00 20.00

    博物馆免费开放补助经费 20.00 20.00

保障博物馆免费开放。

1、1-产出指标,11-数量指标,年接待观众；实施周期指标值:≥5万人次,年度指标值:≥5万人次;

松溪县美术馆 15.00 15.00

    美术馆免费开放补助经费 15.00 15.00

保障美术馆免费开放。

1、1-产出指标,11-数量指标,年接待观众；实施周期指标值:≥2万人次,年度指标值:≥2万人次;
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("txt35")
    (root / "docs").mkdir()
    (root / "docs" / "青石县_农业农村局_2026_项目支出绩效目标表.txt").write_text(_TABLE, encoding="utf-8")
    (root / "docs" / "松溪县_文化体育局_2026_项目支出绩效目标表.txt").write_text(_SPORTS, encoding="utf-8")
    return engine_over(root / "kb.sqlite", [root / "docs"])


def _ask(engine: Engine, *turns: str) -> tuple[str, str]:
    session = Session(build_id=engine.build_id)
    text, status = "", ""
    for turn in turns:
        answer = engine.ask(turn, session)
        text, status = answer.text, answer.status
    return text, status


@pytest.mark.parametrize("question", ["青石土肥站一共多少钱", "土肥站多少钱", "青石县土壤肥料工作站多少钱"])
def test_a_unit_by_its_short_name(engine, question):
    text, status = _ask(engine, question)
    assert status == "answered" and "150.00" in text and "585" not in text


def test_a_unit_of_the_kind_center_by_its_short_name(engine):
    text, status = _ask(engine, "农技中心多少钱")
    assert status == "answered" and "45.00" in text


def test_the_second_of_a_units_projects(engine):
    text, status = _ask(engine, "青石土肥站有哪些项目", "第二个多少钱")
    assert status == "answered" and "50.00" in text and "100.00" not in text


def test_its_fiscal_part_after_a_units_total(engine):
    text, status = _ask(engine, "农技中心多少钱", "其中财政拨款呢")
    assert status == "answered" and "40" in text and "580" not in text


def test_the_largest_project_within_a_unit(engine):
    text, status = _ask(engine, "土肥站哪个项目钱最多")
    assert status == "answered" and "耕地质量提升" in text and "高标准农田" not in text


def test_a_projects_share_of_its_unit(engine):
    text, status = _ask(engine, "测土配方那个项目占土肥站经费多少")
    assert status == "answered" and "33.33%" in text and "585" not in text


def test_the_own_level_and_a_unit_added_up(engine):
    text, status = _ask(engine, "青石农业农村局本级多少钱", "土肥站呢", "两个加起来")
    assert status == "answered" and "540" in text


@pytest.mark.parametrize(("question", "value", "other"), [
    ("青龙片区高标准农田今年新建多少亩", "1.8万亩", "3万亩"),
    ("青龙片区高标准农田整个周期新建多少亩", "3万亩", "1.8万亩"),
])
def test_this_years_value_or_the_whole_periods(engine, question, value, other):
    text, status = _ask(engine, question)
    assert status == "answered" and value in text and other not in text


def test_a_project_by_the_place_its_name_holds(engine):
    text, status = _ask(engine, "青龙那个建设项目县级配套多少钱")
    assert status == "answered" and "300.00" in text and "100.00" not in text


def test_an_indicator_by_part_of_its_name_and_the_measure_asked(engine):
    text, status = _ask(engine, "耕地质量提升改良耕地多少亩")
    assert status == "answered" and "0.8万亩" in text and "东坪" not in text


def test_a_count_by_the_word_its_project_and_its_indicator_share(engine):
    text, status = _ask(engine, "农机库棚维修加固及管护经费", "维修加固几座")
    assert status == "answered" and "5座" in text and "31座" not in text


def test_an_indicator_by_a_word_several_project_names_share(engine):
    text, status = _ask(engine, "耕地质量提升项目多少钱", "每亩配套标准多少")
    # (the value shown is that indicator's alone: as the text states it or as its indicator line)
    assert status == "answered" and re.search(r"：125元(?:（|$)", text.split("（来源")[0] + "（"), text


@pytest.mark.parametrize("question", ["农技推广补助那个项目除了财政拨款还有多少钱", "农技推广补助经费财政拨款以外的钱有多少"])
def test_a_projects_money_besides_one_source(engine, question):
    text, status = _ask(engine, question)
    assert status == "answered" and "5.00万元" in text and "15 − 财政拨款 10 = 5" in text


@pytest.mark.parametrize("question", ["群众体育赛事活动什么时候搞完", "群众体育赛事活动什么时候完成"])
def test_when_a_named_project_ends_is_its_own_time_indicator(engine, question):
    text, status = _ask(engine, question)
    assert status == "answered" and "2026年11月20日前" in text and "10月31日" not in text


def test_people_counted_with_ge_by_the_verb_said(engine):
    text, status = _ask(engine, "非遗保护传承经费", "资助几个传承人")
    assert status == "answered" and "9人" in text
    text, status = _ask(engine, "非遗保护传承经费培训几个传承人")
    assert "9人" not in text


def test_a_word_the_found_indicator_holds_is_no_other_departments_project(engine):
    # 文艺 names the 文体局's 文艺演出下乡经费 by itself, but the indicator found holds it in its own name
    text, status = _ask(engine, "文艺投诉办结时限")
    assert status == "answered" and "10个工作日内" in text


def test_the_namesake_project_of_another_unit(engine):
    text, status = _ask(engine, "博物馆免费开放补助", "美术馆的呢")
    assert status == "answered" and "15.00" in text and "美术馆免费开放补助经费" in text
    text, status = _ask(engine, "博物馆免费开放补助", "美术馆多少钱")  # a complete question: the unit's own
    assert status == "answered" and "15.00" in text
