"""Round 54, follow-ups that take the subject from the last answer: "青禾县卫生健康局资产总额" → "它的三公决算呢"
(the department of the line shown, the item from another table of the same subject), "公务接待费决算" → "公车运维费
呢" (the answer says the item by its characters in order: never "没看懂“维费”"), and "明细表最大的项目" → "第二个呢" →
"第三个呢" (the ranking asked again at that place). A follow-up that names a subject of its own, or nothing the
tables hold, is never answered with the subject before. Tables fictional, written by the test."""

from __future__ import annotations

import pytest

from bot.dialogue.values import ANSWERED
from bot.engine import Engine
from tests.conftest import converse, engine_over, write_workbook

_ASSETS = [
    ["青禾县2024年度部门国有资产占用情况表"] + [None] * 6,
    ["编制单位：青禾县财政局", None, None, None, None, None, "单位：万元"],
    ["单位名称", "资产总额", "流动资产", "固定资产", None, None, None],
    [None, None, None, "小计", "车辆数量（辆）", "车辆金额", "专用设备"],
    ["合计", 9000.0, 3000.0, 6000.0, 12, 300.0, 1500.0],
    ["青禾县卫生健康局小计", 7000.0, 2000.0, 5000.0, 8, 200.0, 1400.0],
    ["  青禾县卫生健康局（本级）", 1000.0, 400.0, 600.0, 3, 60.0, 100.0],
    ["  青禾县中心医院", 6000.0, 1600.0, 4400.0, 5, 140.0, 1300.0],
    ["青禾县林业局小计", 2000.0, 1000.0, 1000.0, 4, 100.0, 100.0],
    ["  青禾县林业局（本级）", 1200.0, 600.0, 600.0, 2, 50.0, 40.0],
    ["  青禾县林业技术推广站", 800.0, 400.0, 400.0, 2, 50.0, 60.0],
]

_THREE = [
    ["青禾县2024年度部门机关运行经费及“三公”经费决算表"] + [None] * 8,
    ["编制单位：青禾县财政局", None, None, None, None, None, None, None, "单位：万元"],
    ["部门（单位）名称", "“三公”经费合计", None, "公务用车运行维护费", None, "公务接待费", None, "机关运行经费", None],
    [None, "2024年预算数", "2024年决算数", "2024年预算数", "2024年决算数", "2024年预算数", "2024年决算数",
     "2024年预算数", "2024年决算数"],
    ["合计", 90.0, 81.3, 60.0, 55.7, 30.0, 25.6, 300.0, 280.0],
    ["青禾县卫生健康局小计", 70.0, 63.4, 46.0, 42.8, 24.0, 20.6, 200.0, 190.0],
    ["  青禾县卫生健康局（本级）", 20.0, 18.1, 12.0, 11.3, 8.0, 6.8, 200.0, 190.0],
    ["  青禾县中心医院", 50.0, 45.3, 34.0, 31.5, 16.0, 13.8, None, None],
    ["青禾县林业局小计", 20.0, 17.9, 14.0, 12.9, 6.0, 5.0, 100.0, 90.0],
    ["  青禾县林业局（本级）", 12.0, 10.7, 8.0, 7.4, 4.0, 3.3, 100.0, 90.0],
    ["  青禾县林业技术推广站", 8.0, 7.2, 6.0, 5.5, 2.0, 1.7, None, None],
    ["青禾县财政局小计", 5.0, 4.4, 3.0, 2.7, 2.0, 1.7, 40.0, 36.0],
    ["  青禾县财政局（本级）", 3.0, 2.6, 2.0, 1.8, 1.0, 0.8, 30.0, 27.0],
    ["  青禾县国库支付中心", 2.0, 1.8, 1.0, 0.9, 1.0, 0.9, 10.0, 9.0],
]

_DETAILS = [
    ["青禾县2025年部门项目支出预算明细表"] + [None] * 5,
    ["编制单位：青禾县财政局", None, None, None, None, "单位：元"],
    ["序号", "部门（单位）", "项目名称", "项目类别", "金额合计", "资金来源"],
    [None, None, None, None, None, "财政拨款"],
    [1, "青禾县卫生健康局", "乡村医生补助", "专项业务类", 5300000, 5300000],
    [2, "青禾县卫生健康局", "慢病防治经费", "专项业务类", 870000, 870000],
    [None, "青禾县卫生健康局 小计", None, None, 6170000, 6170000],
    [3, "青禾县林业局", "森林防火巡护经费", "专项业务类", 2450000, 2450000],
    [4, "青禾县林业局", "林木良种推广经费", "专项业务类", 1360000, 1360000],
    [None, "青禾县林业局 小计", None, None, 3810000, 3810000],
]

# another department's own table, its rows of 三公 (what a follow-up's "三公" may be read as, a row of it alone)
_OTHER = [
    ["白沙县财政局2024年财政拨款“三公”经费支出决算表", None, None],
    ["部门：白沙县财政局", None, "单位：万元"],
    ["项目", "预算数", "决算数"],
    ["“三公”经费合计", 5.0, 4.2],
    ["公务接待费", 1.0, 0.8],
]

# a project table of three funding units (a department's own line and two units under it)
_FORESTRY = """项目支出绩效目标表（含转移支付项目）

部门名称：青禾县林业局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 141.00 141.00

青禾县林业局 56.00 56.00

    森林防火巡护经费 56.00 56.00

开展重点林区防火巡护和火情监测。

1、1-产出指标,11-数量指标,巡护天数；实施周期指标值:≥300天,年度指标值:≥300天;

青禾县林业技术推广站 65.00 65.00

    林木良种推广经费 40.00 40.00

推广林木良种和造林实用技术。

1、1-产出指标,11-数量指标,推广面积；实施周期指标值:≥2000亩,年度指标值:≥2000亩;

    林业技术培训经费 25.00 25.00

培训基层林业技术人员。

1、1-产出指标,11-数量指标,培训人次；实施周期指标值:≥500人次,年度指标值:≥500人次;

青禾县国有林场 20.00 20.00

    林场管护经费 12.00 12.00

开展国有林场日常管护。

1、1-产出指标,11-数量指标,管护面积；实施周期指标值:≥5000亩,年度指标值:≥5000亩;

    林区道路养护经费 8.00 8.00

养护林区道路。

1、1-产出指标,11-数量指标,养护里程；实施周期指标值:≥30公里,年度指标值:≥30公里;
"""

# the county's 政府购买服务预算表: the forestry bureau's 森林防火巡护 bought as a service (its line without 经费)
_SERVICES = [
    ["2025年青禾县政府购买服务预算表"] + [None] * 8,
    ["编制单位：青禾县财政局", None, None, None, None, None, "单位：元", None, None],
    ["序号", "部门（单位）名称", "项目名称", "购买服务内容", "服务类别", "承接主体类型", "预算金额", None, None],
    [None, None, None, None, None, None, "合计", "财政拨款", "其他资金"],
    [None, "合计", None, None, None, None, 610000, 610000, 0],
    [None, "青禾县林业局 小计", None, None, None, None, 610000, 610000, 0],
    [1, "青禾县林业局", "森林防火巡护", "重点林区防火巡护服务", "技术性服务", "企业", 380000, 380000, 0],
    [2, "青禾县林业局", "林业有害生物监测", "林业有害生物普查监测", "技术性服务", "企业", 230000, 230000, 0],
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("conv54")
    docs = root / "docs"
    docs.mkdir()
    write_workbook(docs / "青禾县_2024年度_部门国有资产占用情况表.xlsx", _ASSETS,
              ["A1:G1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:G3"])
    write_workbook(docs / "青禾县_2024年度_部门机关运行经费及三公经费决算表.xlsx", _THREE,
              ["A1:I1", "A2:H2", "A3:A4", "B3:C3", "D3:E3", "F3:G3", "H3:I3"])
    write_workbook(docs / "白沙县财政局_2024年_三公经费支出决算表.xlsx", _OTHER, ["A1:C1"])
    write_workbook(docs / "青禾县_2025年_项目支出预算明细表.xlsx", _DETAILS,
              ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4"])
    return engine_over(root / "kb.sqlite", [docs])


def test_the_subject_of_the_line_shown_asked_of_another_table(engine: Engine) -> None:
    # (read alone, 三公 is a row of 白沙县财政局's own table: never that table's "no such part")
    for said in ("它的三公决算是多少", "它的三公决算呢"):
        answer = converse(engine, "青禾县卫生健康局资产总额", said)
        assert answer.status == ANSWERED, answer.text
        assert "63.4" in answer.text and "7000" not in answer.text and "白沙" not in answer.text


def test_a_part_asked_is_the_subjects_own_line(engine: Engine) -> None:
    # "其中公务接待费呢" after the asset total: no part of that figure, so the subject's own 公务接待费 of the
    # 三公 table, said with its source — the department's 小计 line, never its 本级 (6.8) or a unit's (13.8)
    answer = converse(engine, "青禾县卫生健康局资产总额", "其中公务接待费呢")
    assert answer.status == ANSWERED, answer.text
    assert "20.6" in answer.text and "三公" in answer.text
    assert "6.8" not in answer.text and "13.8" not in answer.text


def test_a_units_line_is_its_subject(engine: Engine) -> None:
    answer = converse(engine, "青禾县中心医院资产总额多少", "那它的公务接待费决算呢")
    assert answer.status == ANSWERED, answer.text
    assert "13.8" in answer.text and "中心医院" in answer.text


def test_an_item_said_short_is_answered_by_its_full_name(engine: Engine) -> None:
    answer = converse(engine, "青禾县林业局公务接待费决算", "公车运维费呢")
    assert answer.status == ANSWERED, answer.text
    assert "12.9" in answer.text


def test_what_the_tables_do_not_hold_is_not_the_subjects(engine: Engine) -> None:
    answer = converse(engine, "青禾县卫生健康局资产总额", "那它的污水处理费呢")
    assert answer.status != ANSWERED or "7000" not in answer.text
    assert "63.4" not in answer.text


def test_a_subject_of_its_own_starts_afresh(engine: Engine) -> None:
    answer = converse(engine, "青禾县卫生健康局资产总额", "青禾县林业局三公决算呢")
    assert answer.status == ANSWERED, answer.text
    assert "17.9" in answer.text and "63.4" not in answer.text


def test_the_next_place_of_a_ranking_topped(engine: Engine) -> None:
    first = converse(engine, "明细表最大的项目")
    assert "乡村医生补助" in first.text, first.text
    second = converse(engine, "明细表最大的项目", "第二个呢")
    assert second.status == ANSWERED and "森林防火巡护经费" in second.text, second.text
    third = converse(engine, "明细表最大的项目", "第二个呢", "第三个呢")
    assert third.status == ANSWERED and "林木良种推广经费" in third.text, third.text


def test_the_kind_of_figure_shown_is_kept(engine: Engine) -> None:
    # (决算 shown, the follow-up says no kind: its 决算数, never its 预算数 beside it)
    answer = converse(engine, "青禾县林业局三公决算多少", "下面青禾县林业技术推广站的公车运维费呢")
    assert answer.status == ANSWERED, answer.text
    assert "5.5" in answer.text and "6万" not in answer.text and "预算数" not in answer.text


def test_the_kind_said_is_the_one_answered(engine: Engine) -> None:
    answer = converse(engine, "青禾县中心医院资产总额多少", "它的三公经费决算呢")
    assert answer.status == ANSWERED, answer.text
    assert "45.3" in answer.text and "预算数" not in answer.text


def test_a_unit_said_after_asked_which_department(engine: Engine) -> None:
    # (两个财政局 asked back, 青禾县's a line of the county's table; a unit of it said: the question asked back,
    # of that unit — never the unit's figure of another column)
    asked = converse(engine, "财政局公务接待费决算多少")
    assert asked.status == "clarify", asked.text
    answer = converse(engine, "财政局公务接待费决算多少", "那国库支付中心呢")
    assert answer.status == ANSWERED, answer.text
    assert "0.9" in answer.text and "6000" not in answer.text and "1.8" not in answer.text


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("conv54p")
    (root / "青禾县林业局_2025年_项目支出绩效目标表.txt").write_text(_FORESTRY, encoding="utf-8")
    write_workbook(root / "青禾县_2025年_政府购买服务预算表.xlsx", _SERVICES,
              ["A1:I1", "A2:F2", "G2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3"])
    return engine_over(root / "kb.sqlite", [root / "青禾县林业局_2025年_项目支出绩效目标表.txt",
                                            root / "青禾县_2025年_政府购买服务预算表.xlsx"])


def test_two_units_lists_added_up(projects: Engine) -> None:
    # (each turn listed one unit's projects: "两个单位" is those two lists, never two of the last list's items nor
    # the three units' whole)
    answer = converse(projects, "青禾县林业技术推广站有几个项目", "青禾县国有林场呢", "两个单位加起来多少钱")
    assert answer.status == ANSWERED, answer.text
    assert "85" in answer.text and "林业技术培训经费" in answer.text and "林区道路养护经费" in answer.text
    assert "141" not in answer.text and "森林防火巡护经费" not in answer.text


def test_the_project_shown_asked_of_a_table_said(projects: Engine) -> None:
    # (its line in the 购买服务表 named without 经费: that line's 380000元, never the project's own 56万元 again)
    answer = converse(projects, "森林防火巡护经费多少", "购买服务表里这个多少")
    assert answer.status == ANSWERED, answer.text
    assert "380000" in answer.text and "56.00" not in answer.text
