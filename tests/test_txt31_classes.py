"""Round 31, seed-format text tables with units (a department's own 本级 rows, then a unit's rows):
projects said by short forms that share a prefix, a unit against 本级, a unit's share of all projects,
goal content read from the goal of THAT project, indicators chosen by a value, follow-ups on one project.
All tables are fictional."""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine, Session
from tests.conftest import engine_over, simple_table

_HEAD = """项目支出绩效目标表（含转移支付项目）

部门名称：青禾县文化和旅游局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 472.30 402.30 30.00 40.00

青禾县文化和旅游局 362.50 292.50 30.00 40.00

    非物质文化遗产保护传承项目县级配套资金 58.50 58.50

落实县级配套资金，开展非物质文化遗产代表性项
目保护传承，为城乡居民免费开放公共文化设施。

1、1-产出指标,11-数量指标,送戏下乡场次；实施周期指标值:≥40场,年度指标值:≥40场;,2、1-产出指
标,14-成本指标,人均公共文化服务经费补助标准；实施周期指标值:≤38元,年度指标值:≤38元;,3、1-产出指
标,14-成本指标,人均非物质文化遗产保护传承经费补助标准；实施周期指标值:≤12元,年度指标值:≤12元;,1、3-满
意度指标,31-服务对象满意度,群众满意度；实施周期指标值:≥90%,年度指标值:≥90%;

    乡镇综合文化站及村文化室设施
提升改造项目

214.00 144.00 30.00 40.00

对石桥、柳河、东岗等乡镇综合文化站和9个村文
化室进行提升改造，改善基层文化活动条件。

1、1-产出指标,11-数量指标,改造乡镇综合文化站数量；实施周期指标值:3个,年度指标值:3个;,2、1-
产出指标,13-时效指标,项目完工时间；实施周期指标值:2026年11月底前,年度指标值:2026年11月底
前;,3、1-产出指标,13-时效指标,群众意见答复时限；实施周期指标值:≤7个工作日,年度指标值:≤7个
工作日;,4、1-产出指标,11-数量指标,村文化室设施改造项目数；实施周期指标值:≥15项,年度指标值:≥15项;,1、3-
满意度指标,31-服务对象满意度,服务对象满意度；实施周期指标值:≥92%,年度指标值:≥92%;

    乡镇综合文化站及村文化室文体
设备购置更新项目

90.00 90.00

为乡镇综合文化站和村文化室购置舞台音响、投
影仪、健身路径等文体器材，更新老旧器材。

1、1-产出指标,11-数量指标,购置文体器材数量；实施周期指标值:≥60台（套）,年度指标值:≥60台（
套）;,2、1-产出指标,13-时效指标,器材安装调试完成时间；实施周期指标值:2026年8月底前,年度指标值
:2026年8月底前;,1、3-满意度指标,31-服务对象满意度,服务对象满意度；实施周期指标值:≥90%,年度指
标值:≥90%;

青禾县图书馆 109.80 109.80

    图书馆数字资源建设及阅读设备
购置项目

76.30 76.30

购置自助借还机、电子阅报屏、古籍扫描仪等阅
读设备，建设地方文献数字资源库。

1、1-产出指标,11-数量指标,新增数字资源数量；实施周期指标值:≥520个,年度指标值:≥520个;,2、1-
产出指标,13-时效指标,读者咨询答复时限；实施周期指标值:≤7个工作日,年度指标值:≤7个工作日;,1、3-
满意度指标,31-服务对象满意度,读者满意度；实施周期指标值:≥90%,年度指标值:≥90%;

    全民阅读推广活动经费 33.50 33.50

聘请阅读推广人和志愿讲师开展全民阅读进社区、进校园活动，每个社区示范点补助0.5万元。

1、1-产出指标,11-数量指标,举办阅读推广活动；实施周期指标值:≥30场,年度指标值:≥30场;,2、1-产出
指标,13-时效指标,活动方案报送时间；实施周期指标值:2026年3月底前,年度指标值:2026年3月底前;
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("txt31")
    (root / "docs").mkdir()
    (root / "docs" / "青禾县_文化和旅游局_2026_项目支出绩效目标表.txt").write_text(_HEAD, encoding="utf-8")
    # another department's plan with a column per year: 2027 is a year of the knowledge base, not of 青禾's table
    simple_table(root / "docs" / "松岭市水务局_2026-2028_项目支出滚动规划表.xlsx", "滚动规划",
                 "松岭市水务局2026—2028年项目支出滚动规划表", "A2", "单位：万元",
                 ["项目名称", "2026年", "2027年", "2028年"],
                 [["河道清淤疏浚工程", 120, 80, 60], ["供水管网改造工程", 300, 250, 0]])
    return engine_over(root / "kb.sqlite", [root / "docs"])


def _ask(engine: Engine, *turns: str) -> str:
    session = Session(build_id=engine.build_id)
    text = ""
    for turn in turns:
        text = engine.ask(turn, session).text
    return text


def test_two_short_forms_counted_mean_the_two_sharing_a_head(engine):
    # "设备购置" fits the library's project too; "两个" and the shared head pick the 文化站 one
    text = _ask(engine, "文化站改造和设备购置两个项目合计多少")
    assert "304" in text and "图书馆" not in text


def test_a_short_form_counted_alone_still_takes_all_it_fits(engine):
    text = _ask(engine, "设备购置两个项目合计多少")
    assert "166.3" in text


def test_a_sibling_said_by_a_short_form_is_the_one_sharing_the_head_of_the_last(engine):
    text = _ask(engine, "文化站设施改造", "设备购置那个呢")
    assert "90.00万元" in text and "您问的是哪一个" not in text
    assert "304" in _ask(engine, "文化站设施改造", "设备购置那个呢", "两个加起来")


def test_a_noun_asked_of_a_project_is_read_in_its_goal_not_a_choice_of_projects(engine):
    # "乡镇" is a word of both 文化站 projects' names; asked after 哪些 it is what the goal lists
    text = _ask(engine, "文化站改造要改哪些乡镇")
    assert "石桥" in text and "您问的是哪一个" not in text


def test_what_a_project_buys_is_read_in_its_goal_beside_its_unit(engine):
    # "图书馆" is the unit said beside the project, not a word its goal must hold
    text = _ask(engine, "图书馆阅读设备项目买什么设备")
    assert "自助借还机" in text


def test_an_indicator_after_the_ranked_project_is_its_own(engine):
    assert "2026年11月底前" in _ask(engine, "青禾文旅最贵的项目", "它的完工时间")
    assert "2026年11月底前" in _ask(engine, "青禾文旅最贵的项目", "完工时间")


def test_its_indicator_the_project_in_focus_lacks_is_never_another_projects(engine):
    text = _ask(engine, "青禾文旅最便宜的项目", "它的完工时间")
    assert "2026年11月底前" not in text and "没有" in text


def test_a_later_year_of_a_one_year_text_table_is_not_its_figure(engine):
    text = _ask(engine, "全民阅读推广", "2027年还安排多少")
    # (the table's year is its file's, 2026: said as the year held)
    assert re.search(r"没有 ?2027 ?年", text) and "33.5" not in text, text


def test_money_per_thing_of_a_project_is_not_its_whole_amount(engine):
    for question in ("每个村文化室改造多少钱", "文化站改造项目每个文化站花多少钱"):
        text = _ask(engine, question)
        assert "214" not in text and "没有" in text
    assert "全民阅读推广活动经费" in _ask(engine, "每个项目多少钱")  # each project, not a part of one


def test_money_per_thing_a_goal_states_is_read_there(engine):
    assert "0.5万元" in _ask(engine, "全民阅读推广每个社区示范点补助多少钱")


@pytest.mark.parametrize("question", ["青禾文旅本级和图书馆相差多少", "青禾文旅图书馆比本级少多少", "青禾文旅本级和青禾图书馆差多少"])
def test_own_level_set_against_another_unit_of_the_table(engine, question):
    text = _ask(engine, question)
    assert "362.50" in text and "109.80" in text and "252.70" in text


def test_a_units_projects_share_of_all_projects(engine):
    text = _ask(engine, "图书馆的项目占青禾文旅全部项目的比例")
    assert "23.25%" in text and "109.8" in text


@pytest.mark.parametrize("question", ["青禾文旅时效指标中时限是7个工作日的有哪些", "青禾文旅时限是7个工作日的指标有哪些"])
def test_indicators_chosen_by_a_value_with_its_measure(engine, question):
    text = _ask(engine, question)
    assert "群众意见答复时限" in text and "读者咨询答复时限" in text and "最高" not in text
    assert "项目完工时间" not in text


def test_a_per_head_indicator_said_with_a_standard_short_word(engine):
    # 非遗 is the standard short word of 非物质文化遗产; 人均 is then a word of the name, not a change asked
    assert "≤12元" in _ask(engine, "人均非遗保护传承经费补助标准多少")


@pytest.mark.parametrize("question", ["全民阅读那个项目请的是什么人", "全民阅读推广请的是什么人"])
def test_a_one_character_verb_asked_is_read_in_the_goal(engine, question):
    text = _ask(engine, question)
    assert "阅读推广人" in text and "33.50万元（财政拨款" not in text


def test_target_of_an_indicator_said_in_part_beside_a_unit(engine):
    # 读者…答复 are words of one indicator of the unit's projects: 目标 is its target, not the goal texts
    assert "≤7个工作日" in _ask(engine, "图书馆读者答复目标")


@pytest.mark.parametrize(("first", "then", "expected", "not_expected"), [
    ("文化站设施改造", "啥时候完成", "2026年11月底前", "2026年8月底前"),  # its 完工时间, not another's 完成时间
    ("文化站设施改造", "啥时候修好", "2026年11月底前", "2026年8月底前"),
    ("文化站文体设备购置", "啥时候装好", "2026年8月底前", "2026年11月底前"),  # 安装调试完成时间
])
def test_when_it_is_done_is_the_project_in_focus_own_time(engine, first, then, expected, not_expected):
    text = _ask(engine, first, then)
    assert expected in text and not_expected not in text


@pytest.mark.parametrize("turns", [("文化站设施改造", "设施改造项目数要达到多少"), ("文化站设施改造", "文化室设施改造项目数是多少")])
def test_an_indicator_ending_in_a_count_word_is_its_value_not_a_count(engine, turns):
    text = _ask(engine, *turns)
    assert "≥15项" in text and "满意度" not in text and "绩效指标共" not in text
