"""Round 56 lane cw56: confident wrong answers cut by class, on small fictional tables (青柳市, 柳岸县).

Classes:
- a ratio asked of a row ("利润收入按什么比例上缴") that a table's numbered note states: the note's clause with the
  figures that follow it in its sentence (竞争类企业25%、功能类企业15%), the same clause printed again without its
  item number being one clause; where no note states it, an honest unknown — never the row's share of a total
  the question never named;
- "X中心有多少在编人员": one clause, whose 多少 asks the noun after it — never cut into "X中心有多少" (its money) and
  "在编人员多少" (a project of another table named 人员), each answered with money;
- "石岭镇" → "道路养护占它合计的多少": 它 is the row just answered, its 合计 that row's own total column — never
  the column's share of the table's 合计 row;
- "河道整治规划编几个": 个 counts the thing an indicator counts — 编, said right before the count, is the verb of
  河道整治规划编制个数 (6个), never 整治评估河道数 (4个) whose last word (河道) the question happens to say."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import ANSWERED, UNKNOWN, Engine

_HEAD = [["项目", "上年执行数", "本年预算数"]]

_NOTED = [
    ["青柳市2026年国有资本经营预算收支表"], ["单位：万元"], *_HEAD,
    ["一、利润收入", 2300, 2480],
    ["二、股利、股息收入", 310, 290],
    ["收入合计", 2610, 2770],
    ["一、国有企业资本金注入", 1500, 1660],
    ["支出合计", 1500, 1660],
    [None, None],
    ["注：1.国有企业利润收入按企业上年度净利润的一定比例上缴，竞争类企业25%、功能类企业15%；2.调出资金按本年收入预算的35%调入一般公共预算。"],
]

_BARE = [
    ["柳岸县2026年国有资本经营预算收支表"], ["单位：万元"], *_HEAD,
    ["一、利润收入", 800, 860],
    ["二、股利、股息收入", 90, 110],
    ["收入合计", 890, 970],
]


_UNITS = [
    ["柳岸县2026年部门支出预算表"], ["编制单位：柳岸县财政局", None, None, None, None, None, "单位：万元"],
    ["单位编码", "单位名称", "合计", "基本支出", None, None, "项目支出"],
    [None, None, None, "小计", "人员经费", "公用经费", None],
    [None, "合计", 5230, 3610, 3100, 510, 1620],
    [None, "柳岸县教育局", None, None, None, None, None],
    ["201001", "  柳岸县教育局（本级）", 1830, 1400, 1200, 200, 430],
    ["201002", "  柳岸县第一中学", 1240, 900, 800, 100, 340],
    [None, "  小计", 3070, 2300, 2000, 300, 770],
    [None, "柳岸县卫生健康局", None, None, None, None, None],
    ["203001", "  柳岸县卫生健康局（本级）", 820, 400, 330, 70, 420],
    ["203002", "  柳岸县疾病预防控制中心", 1340, 910, 770, 140, 430],
    [None, "  小计", 2160, 1310, 1100, 210, 850],
]

_UNITS_MERGED = ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"]

_TOWNS = [
    ["青柳市2025年乡村振兴重点项目资金分配表"], ["单位：万元"],
    ["乡镇", "合计", "道路养护", "高标准农田", "人居环境整治"],
    ["石岭镇", 240, 60, 120, 60],
    ["白沙乡", 160, 20, 100, 40],
    ["东岗镇", 200, 50, 90, 60],
    ["合计", 600, 130, 310, 160],
]

_WATER_TARGETS = """项目支出绩效目标表（含转移支付项目）

部门名称：柳岸县水利局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 64.00 64.00

柳岸县水利局 64.00 64.00

    河道整治规划编制及评估经费 64.00 64.00

编制河道整治规划并开展整治评估。

1、1-产出指标,11-数量指标,河道整治规划编制个数；实施周期指标值:≥10个,年度指标值:≥6个;,2、1-产出指标,11-数量指标,整治评估河道数；实施周期指标值:≥8个,年度指标值:≥4个;,3、3-满意度指标,31-服务对象满意度,沿河群众满意度；实施周期指标值:≥90%,年度指标值:≥90%;
"""

_HEALTH_TARGETS = """项目支出绩效目标表（含转移支付项目）

部门名称：柳岸县卫生健康局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 36.00 36.00

柳岸县卫生健康局 36.00 36.00

    在编人员健康体检经费 36.00 36.00

组织在编人员年度健康体检。

1、1-产出指标,11-数量指标,体检人数；实施周期指标值:≥300人,年度指标值:≥300人;
"""


@pytest.fixture(scope="module")
def liuan(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cw56_units")
    units = write_workbook(folder / "柳岸县_2026年_部门支出预算表.xlsx", _UNITS, _UNITS_MERGED)
    targets = folder / "柳岸县卫生健康局_2026年_项目支出绩效目标表.txt"
    targets.write_text(_HEALTH_TARGETS, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [units, targets])


@pytest.fixture(scope="module")
def towns(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cw56_towns")
    table = write_workbook(folder / "青柳市财政局_2025年_乡村振兴重点项目资金分配表.xlsx", _TOWNS)
    return engine_over(folder / "kb.sqlite", [table])


@pytest.fixture(scope="module")
def water(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cw56_water")
    path = folder / "柳岸县水利局_2026年_项目支出绩效目标表.txt"
    path.write_text(_WATER_TARGETS, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path])


@pytest.fixture(scope="module")
def capital(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cw56_capital")
    noted = write_workbook(folder / "青柳市2026年国有资本经营预算收支表.xlsx", _NOTED)
    bare = write_workbook(folder / "柳岸县2026年国有资本经营预算收支表.xlsx", _BARE)
    return engine_over(folder / "kb.sqlite", [noted, bare])


@pytest.mark.parametrize("question", ["青柳利润收入按什么比例上缴", "青柳市利润收入按啥比例交"])
def test_a_ratio_a_numbered_note_states_is_quoted_with_its_figures(capital: Engine, question: str) -> None:
    answer = converse(capital, question)
    assert answer.status == ANSWERED, answer.text
    assert "25%" in answer.text and "15%" in answer.text, answer.text
    assert "÷" not in answer.text and "35%" not in answer.text, answer.text


def test_the_other_clause_of_the_note_is_its_own(capital: Engine) -> None:
    answer = converse(capital, "青柳调出资金比例是多少")
    assert answer.status == ANSWERED and "35%" in answer.text, answer.text
    assert "25%" not in answer.text, answer.text


def test_a_ratio_no_note_states_is_no_share_of_the_total(capital: Engine) -> None:
    answer = converse(capital, "柳岸利润收入按什么比例上缴")
    assert answer.status == UNKNOWN, answer.text
    assert "÷" not in answer.text and "88.66" not in answer.text, answer.text


def test_a_noun_asked_after_duoshao_is_one_clause(liuan: Engine) -> None:
    answer = converse(liuan, "疾控中心有多少在编人员")
    assert answer.status != ANSWERED, answer.text
    assert "1340" not in answer.text and "36.00" not in answer.text, answer.text


def test_two_clauses_each_asking_are_still_two(liuan: Engine) -> None:
    answer = converse(liuan, "疾控中心合计多少，体检人数指标又是多少")
    assert "≥300人" in answer.text, answer.text


@pytest.mark.parametrize("first", ["石岭镇", "石岭镇合计多少"])
def test_its_own_total_is_of_the_row_talked_about(towns: Engine, first: str) -> None:
    answer = converse(towns, first, "道路养护占它合计的多少")
    assert answer.status == ANSWERED and "60 ÷ 240" in answer.text, answer.text
    assert "21.67" not in answer.text and "÷ 600" not in answer.text, answer.text  # (130 ÷ 600: the 合计 row)


def test_its_own_total_said_with_the_row(towns: Engine) -> None:
    answer = converse(towns, "东岗镇道路养护占它合计的多少")
    assert answer.status == ANSWERED and "50 ÷ 200" in answer.text, answer.text


@pytest.mark.parametrize("question", ["河道整治规划今年编几个", "河道整治规划编几个"])
def test_a_count_by_the_verb_of_what_the_indicator_counts(water: Engine, question: str) -> None:
    answer = converse(water, question)
    assert answer.status == ANSWERED and "≥6个" in answer.text, answer.text
    assert "≥4个" not in answer.text, answer.text


def test_a_count_of_another_thing_is_not_that_indicator(water: Engine) -> None:
    answer = converse(water, "有几个村分到钱")
    assert "≥6个" not in answer.text and "≥4个" not in answer.text, answer.text
