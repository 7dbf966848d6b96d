"""Leftover classes of sets 16–21 (round 13), each on fictional tables of its own: a ranking that leaves rows
out ("（不算X）", "除了X，…", "…，X除外") ranks the rest, and says which rows it left out — never answers with
the row left out; a label joining two things ("滞后原因及改进措施") is named by the first of them said whole
("它的滞后原因"), also in a follow-up naming no row — never answered with a note that merely says 原因; another
department's indicator named only in part ("见习岗位补贴" of 见习岗位补贴发放准确率) is never answered, within the
department asked, by an indicator sharing only the words not said (补贴发放准确率); a word fitting several lines
of one column with 一共 said ("付息一共多少") adds those lines up (asked without 一共, which line is asked back); a
row's indicator named by its name (核心绩效指标 接待游客人次) asked how much is the indicator's figures (年度指标值,
1-6月完成值: the period's when one is said), never the rows holding that name listed nor the period's money; the
line's own thing asked in detail ("设备购置" → "具体买的什么设备") is not printed unless a text of the line names it
— never the line's cells listed as if they said it; "调整后还剩多少" of a line printing 调整后预算 is that figure
(nothing to subtract)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import DATA, converse, engine_over, set_cells, simple_table

from bot.engine import Engine

# 桂川县's permit fees: one row's change is printed as "—" (a new fee), the rest as rates.
_FEES = [("1", "林木采伐许可证工本费", "5元/份", 21000, 23000, 2000, "9.52%"),
         ("2", "取水许可审批费", "按核定水量计征", 480000, 600000, 120000, "25.00%"),
         ("3", "河道采砂管理费", "每立方米2元", None, 360000, 360000, "—"),
         ("4", "渔业资源增殖保护费", "按产值1%", 150000, 141000, -9000, "-6.00%"),
         ("5", "水土保持补偿费", "每平方米1.2元", 900000, 990000, 90000, "10.00%"),
         ("合计", None, None, 1551000, 2114000, 563000, "36.30%")]

# 松岭县's mid-year monitoring: the reason a project lags and what is done about it, one column; a note under
# the table that also says 原因.
_MONITOR = [("古村落保护修缮", 600, 420, "70.00%", "修缮古建筑数量", "≥12处", "9处", "无"),
            ("乡村旅游节庆活动", 120, 18, "15.00%", "接待游客人次", "≥5万人次", "0.8万人次", "主会场改址导致活动延期至10月；已重新招标"),
            ("公共图书馆数字化", 260, 143, "55.00%", "数字化古籍册数", "≥3000册", "1650册", "设备到货晚于合同约定；已督促供应商"),
            ("合计", 980, 581, "59.29%", None, None, None, None),
            ("说明：执行率低于序时进度的项目须说明原因。", None, None, None, None, None, None, None)]

# 枫桥县's debt service: two lines of 付息, two of 还本, a remark beside some; the 合计 line left blank.
_DEBT = [("一般债务还本支出", 9300, "含再融资债券"), ("一般债务付息支出", 4120, None), ("专项债务还本支出", 7600, None),
         ("专项债务付息支出", 8815, "由项目收益偿还"), ("债务发行费用支出", 21, None), ("合计", None, None)]

# 白鹤县教育局's budget adjustments: one line's reason names what it buys, another's does not.
_ADJUST = [("教学设备购置", "一般公共预算", 380, 0, 57.5, 322.5, "政府采购节约资金收回"),
           ("实验室设备购置", "一般公共预算", 120, 30, 0, 150, "增购生物实验设备：显微镜40台"),
           ("校舍维修改造", "一般公共预算", 600, 0, 80, 520, "部分工程延至下年实施")]

@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("old23")
    simple_table(folder / "guichuan_fees.xlsx", "收费", "桂川县水利局2026年行政事业性收费项目及收入预算表", "G2", "单位：元",
                 ["序号", "收费项目", "收费标准", "2025年实际收入", "2026年预算数", "增减额", "增减率"], _FEES)
    simple_table(folder / "songling_monitor.xlsx", "监控", "松岭县文化旅游局2026年1-6月项目支出绩效运行监控表", "H2",
                 "金额单位：万元", ["项目名称", "年度预算数", "1-6月执行数", "预算执行率", "核心绩效指标", "年度指标值", "1-6月完成值",
                  "滞后原因及改进措施"], _MONITOR)
    simple_table(folder / "fengqiao_debt.xlsx", "还本付息", "枫桥县2026年地方政府债务还本付息预算表", "C2", "单位：万元",
                 ["项目", "2026年预算数", "备注"], _DEBT)
    simple_table(folder / "baihe_adjust.xlsx", "调剂", "白鹤县教育局2026年部门预算调剂情况表", "G2", "单位：万元",
                 ["项目名称", "资金性质", "调整前预算", "调增", "调减", "调整后预算", "调剂原因"], _ADJUST)
    knowledge = Path(__file__).resolve().parent.parent / "knowledge"
    return engine_over(folder / "kb.sqlite", [knowledge, folder / "guichuan_fees.xlsx", folder / "songling_monitor.xlsx",
                                              folder / "fengqiao_debt.xlsx", folder / "baihe_adjust.xlsx"])


@pytest.mark.parametrize(("question", "want", "never"), [
    ("增减率最高的收费项目是哪个（不算取水许可审批费）", "水土保持补偿费", "25.00%"),
    ("桂川收费增减率最高的是哪项（取水许可审批费除外）", "水土保持补偿费", "25.00%"),
    ("除了取水许可审批费，增减率最高的收费项目", "水土保持补偿费", "25.00%"),
    ("除了水土保持补偿费以外2026年预算数最多的收费项目", "取水许可审批费", "990000"),
    ("2026年预算数最少的收费项目，不含林木采伐许可证工本费", "渔业资源增殖保护费", "23000"),
])
def test_a_ranking_leaving_rows_out_ranks_the_rest(engine: Engine, question: str, want: str, never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and want in a.text and never not in a.text
    assert "不算" in a.text  # the rows left out are said, so the reader sees the condition was heard


def test_a_ranking_without_rows_left_out_is_as_before(engine: Engine) -> None:
    a = converse(engine, "增减率最高的收费项目是哪个")
    assert a.status == "answered" and "取水许可审批费" in a.text and "不算" not in a.text


@pytest.mark.parametrize("turns", [
    ("松岭执行率最低的项目是哪个", "它的滞后原因"),
    ("乡村旅游节庆活动的预算执行率", "滞后原因呢"),
    ("乡村旅游节庆活动的滞后原因",),
])
def test_the_first_part_of_a_joined_label_names_it(engine: Engine, turns: tuple[str, ...]) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and "主会场改址" in a.text and "须说明原因" not in a.text


@pytest.fixture(scope="module")
def targets(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """鹤岭市人社局's department targets (an indicator 补贴发放准确率 98%) and 桐溪区人社局's self-evaluation of
    职业培训补助资金 (an indicator 见习岗位补贴发放准确率)."""
    folder = tmp_path_factory.mktemp("old23_targets")
    whole, own = folder / "heling_targets.xlsx", folder / "tongxi_self_evaluation.xlsx"
    shutil.copyfile(DATA / "samples" / "zhanjiang_rsj_2024_department_targets.xlsx", whole)
    set_cells(whole, {"A1": "2026年市级部门整体预算绩效目标表", "B2": "鹤岭市人力资源和社会保障局",
                      "D17": "城乡居民基础养老金最低标准", "E17": "≥210元每人每月", "E22": "≥98%"})
    shutil.copyfile(DATA / "samples" / "chongqing_yuzhong_2021_project_self_evaluation.xlsx", own)
    set_cells(own, {"A1": "2025年度项目支出绩效自评表", "B2": "职业培训补助资金", "I2": "林远", "B3": "桐溪区职业培训中心",
                    "I3": "桐溪区人力资源和社会保障局", "B5": 3200, "F5": 3010, "B14": "见习岗位补贴发放准确率", "D14": 97})
    return engine_over(folder / "kb.sqlite", [whole, own])


@pytest.mark.parametrize("turns", [
    ("鹤岭见习岗位补贴",),
    ("鹤岭城乡居民基础养老金最低标准是多少", "那见习岗位补贴呢"),
])
def test_an_indicator_named_in_part_is_not_found_by_the_words_not_said(targets: Engine, turns: tuple[str, ...]) -> None:
    a = converse(targets, *turns)
    assert "≥98%" not in a.text and a.status != "answered" or "97" in a.text


def test_the_departments_own_indicator_said_is_still_answered(targets: Engine) -> None:
    a = converse(targets, "鹤岭补贴发放准确率")
    assert a.status == "answered" and "98%" in a.text


@pytest.mark.parametrize(("turns", "want"), [
    (("枫桥付息一共多少",), "12935"),
    (("枫桥还本支出加起来多少",), "16900"),
    (("枫桥2026年还本付息预算", "其中付息一共多少"), "12935"),
])
def test_a_word_fitting_lines_of_one_column_with_a_sum_said_adds_them(engine: Engine, turns: tuple[str, ...],
                                                                    want: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and want in a.text and " + " in a.text


def test_a_word_fitting_lines_without_a_sum_said_asks_which(engine: Engine) -> None:
    a = converse(engine, "枫桥付息多少")
    assert a.status == "clarify" and "一般债务付息支出" in a.text


@pytest.mark.parametrize(("question", "want", "never"), [
    ("乡村旅游节庆活动接待游客人次多少", "0.8万人次", "核心绩效指标为"),
    ("乡村旅游节庆活动1-6月接待游客人次多少", "0.8万人次", "≥5万"),
    ("公共图书馆数字化年度数字化古籍册数是多少", "≥3000册", "1650"),
])
def test_an_indicator_named_by_its_name_is_asked_its_figures(engine: Engine, question: str, want: str, never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and want in a.text and never not in a.text and "万元" not in a.text


@pytest.mark.parametrize("turns", [
    ("白鹤教学设备购置具体买的什么设备",),
    ("白鹤教学设备购置调减多少", "具体买的什么设备"),
])
def test_the_lines_own_thing_asked_in_detail_is_not_printed(engine: Engine, turns: tuple[str, ...]) -> None:
    a = converse(engine, *turns)
    assert a.status != "answered" and "57.5" not in a.text.split("表中关于")[0]


def test_the_lines_own_thing_named_by_its_text_is_answered(engine: Engine) -> None:
    a = converse(engine, "白鹤实验室设备购置具体买的什么设备")
    assert a.status == "answered" and "显微镜" in a.text


def test_what_is_left_after_an_adjustment_is_the_column_printing_it(engine: Engine) -> None:
    a = converse(engine, "白鹤校舍维修改造调减多少", "调整后还剩多少")
    assert a.status == "answered" and "520" in a.text and "80" not in a.text.split("（来源")[0]

