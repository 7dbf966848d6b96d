"""Follow-ups after a short project name and over the last two answers, on a fictional 项目支出绩效目标表 of this
file's own (rendered as published text by tests/target_tables.py) and the bundled samples:

- a name printing a quoted term after a place (枫渡“山海渔歌”音乐节活动经费) is said without the quoted part
  (枫渡音乐节经费);
- an indicator said in other words whose last word ends in 费 (带动消费 of 赛事期间带动住宿餐饮消费) is that indicator,
  never a cost the table does not break down, also asked right after the project alone, when another
  project's indicator (活动期间带动旅游消费) fits the words as well over all the tables;
- "差多少" after an execution and the budget of one project: the two figures just shown;
- "宫颈癌和乳腺癌一共筛了多少人" of two indicators of one unit: their values added up (completed, then targets;
  rates never);
- a follow-up naming a label the row just shown lacks (社工部基本支出 → 人员经费多少), which the department talked
  about prints as a line of its own: that line, not "no such column" nor another department's project;
- "图书馆收入预算" (its line of a place's 部门收入预算表) → "项目支出呢": the unit's projects in its bureau's table."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import Engine

DATA = Path(__file__).resolve().parent / "data" / "samples"

DEPT = "梅岭县文化体育局"
UNITS = [
    Unit("梅岭县文化体育局", "277.30 277.30", [
        Item("消防训练器材购置经费", "18.00 18.00",
             "购置体育场馆消防训练器材，保障场馆消防安全。",
             [("11", "购置器材数量", "≥60件", "≥60件"),
              ("12", "器材验收合格率", "100%", "100%")]),
        Item("体育学校学生伙食补助经费", "72.50 72.50",
             "保障体育学校在训学生伙食补助按标准发放。",
             [("11", "补助学生人数", "≥150人", "≥150人"),
              ("31", "学生满意度", "≥90%", "≥90%")]),
        Item("枫渡“山海渔歌”音乐节活动经费", "41.80 41.80",
             "举办枫渡音乐节，打造滨海音乐文化品牌，带动文旅消费。",
             [("11", "演出场次", "≥10场", "≥10场"),
              ("21", "活动期间带动旅游消费", "≥500万元", "≥300万元"),
              ("31", "观众满意度", "≥90%", "≥90%")]),
        Item("赛艇公开赛承办经费", "95.00 95.00",
             "承办环湖赛艇公开赛，推动体育与旅游融合发展。",
             [("11", "参赛运动员人数", "≥800人", "≥600人"),
              ("11", "赛事志愿者人数", "≥200人", "≥150人"),
              ("21", "赛事期间带动住宿餐饮消费", "≥900万元", "≥700万元"),
              ("31", "参赛队伍满意度", "≥90%", "≥90%")]),
        Item("城区排水管网疏浚经费", "20.00 20.00",
             "疏浚城区体育场馆周边排水管网，保障汛期场馆安全。",
             [("11", "疏浚管道长度", "≥3公里", "≥3公里")]),
        Item("体育场馆政府购买服务人员经费", "30.00 30.00",
             "通过政府购买服务方式聘用体育场馆管理服务人员。",
             [("11", "购买服务岗位数", "12个", "12个")]),
    ]),
    Unit("梅岭县图书馆", "56.40 56.40", [
        Item("古籍数字化保护经费", "31.20 31.20", "对馆藏古籍开展数字化扫描和修复保护。",
             [("11", "古籍数字化册数", "≥800册", "≥800册")]),
        Item("少儿阅读推广活动经费", "25.20 25.20", "开展少儿阅读推广和亲子阅读活动。",
             [("11", "阅读推广活动场次", "≥40场", "≥40场")]),
    ]),
]
TOTAL = "333.70 333.70"
# A place's 部门收入预算表: each department's 小计 over its units (the library one of them).
INCOME = [("梅岭县2026年部门收入预算表", None, None, None, None, None),
          (None, None, None, None, None, "单位：万元"),
          ("部门", "单位编码", "单位名称", "合计", "本年收入", None),
          (None, None, None, None, "一般公共预算", "其他收入"),
          (None, None, "合计", 2400.5, 2380.5, 20.0),
          ("梅岭县文化体育局", "201", "小计", 1800.5, 1780.5, 20.0),
          (None, "201001", "梅岭县文化体育局（本级）", 1412.3, 1400.3, 12.0),
          (None, "201002", "梅岭县图书馆", 388.2, 380.2, 8.0),
          ("梅岭县卫生局", "202", "小计", 600.0, 600.0, None),
          (None, "202001", "梅岭县卫生局（本级）", 600.0, 600.0, None)]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("left44")
    (folder / "梅岭县_文化体育局_2026_项目支出绩效目标表.txt").write_text(
        render(DEPT, TOTAL, UNITS), encoding="utf-8")
    import openpyxl

    book = openpyxl.Workbook()
    for line in INCOME:
        book.active.append(line)
    book.active.merge_cells("E3:F3")
    book.save(folder / "梅岭县_2026_部门收入预算表.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_quoted_term_is_left_out_between_the_place_and_the_rest_of_the_name(engine):
    answer = converse(engine, "枫渡音乐节经费")
    assert answer.status == "answered" and "41.80" in answer.text
    answer = converse(engine, "枫渡音乐节经费", "目标是什么")
    assert answer.status == "answered" and "滨海音乐文化品牌" in answer.text


def test_an_indicator_said_with_a_word_ending_in_fei_is_that_indicator(engine):
    answer = converse(engine, "赛艇公开赛带动消费指标值")
    assert answer.status == "answered" and "≥900万元" in answer.text and "≥500万元" not in answer.text
    # right after the project alone: its indicator, though 活动期间带动旅游消费 fits the words over all tables
    answer = converse(engine, "赛艇公开赛", "带动消费实施周期指标值")
    assert answer.status == "answered" and "≥900万元" in answer.text and "≥700万元" not in answer.text
    answer = converse(engine, "音乐节", "带动消费实施周期指标值")
    assert answer.status == "answered" and "≥500万元" in answer.text and "≥900万元" not in answer.text


def test_a_cost_the_table_does_not_break_down_is_still_said_so(engine):
    # (a 费 word no indicator of the project holds: a part the table does not print, never the whole amount)
    answer = converse(engine, "赛艇公开赛保洁费多少")
    assert answer.status != "answered" or "95.00" not in answer.text


def test_the_difference_of_an_execution_and_the_budget_just_shown(samples_engine):
    answer = converse(samples_engine, "渝中就业补助资金执行数", "预算数呢", "差多少")
    assert answer.status == "answered" and "931" in answer.text and "7574" in answer.text


def test_two_indicators_of_the_project_in_focus_added_up(engine):
    answer = converse(engine, "赛艇公开赛", "参赛运动员和志愿者一共多少人")
    assert answer.status == "answered" and "≥750人" in answer.text and "600 + 150" in answer.text
    answer = converse(engine, "赛艇公开赛", "参赛运动员和志愿者实施周期指标值一共多少人")
    assert "≥1000人" in answer.text and "800 + 200" in answer.text


def test_completed_values_are_added_and_rates_never_are():
    from bot.answer import compose

    def row(name: str, annual: str, actual: str) -> dict:
        return {"name": name, "annual_value": annual, "period_value": annual, "actual_value": actual}

    text = compose.indicators_added([row("甲筛查人数", "≥8000人", "7420人"), row("乙筛查人数", "≥8000人", "7650人")], None)
    assert text is not None and "全年完成值合计 15070人：7420 + 7650 = 15070人" in text and "≥16000人" in text
    assert compose.indicators_added([row("甲满意度", "≥90%", "92%"), row("乙满意度", "≥90%", "95%")], None) is None
    assert compose.indicators_added([row("甲人数", "≥80人", "82人"), row("乙次数", "≥8次", "9次")], None) is None


@pytest.fixture(scope="module")
def with_accounts(tmp_path_factory) -> Engine:
    """This file's table beside two published 部门决算 (普陀 社工部 and 财政局)."""
    folder = tmp_path_factory.mktemp("left44b")
    (folder / "梅岭县_文化体育局_2026_项目支出绩效目标表.txt").write_text(
        render(DEPT, TOTAL, UNITS), encoding="utf-8")
    accounts = [DATA / f"putuo_{who}_2024_final_accounts.pdf" for who in ("shegongbu", "czj")]
    return engine_over(folder / "kb.sqlite", [folder, *accounts])


def test_a_label_the_row_shown_lacks_is_the_departments_own_line(with_accounts):
    # 基本支出's 合计 row prints no 人员经费 column; the department's 决算 prints 人员经费合计 as a line of its own,
    # which is what is asked (not "no such column", nor another department's …人员经费 project)
    answer = converse(with_accounts, "社工部基本支出", "人员经费多少")
    assert answer.status == "answered" and "人员经费合计" in answer.text and "95.36" in answer.text


def test_a_units_projects_after_its_line_of_a_table_of_departments(engine):
    # "图书馆收入预算" is its line of the place's 收入预算表; "项目支出呢" its projects in the bureau's table
    answer = converse(engine, "图书馆收入预算", "项目支出呢")
    assert answer.status == "answered" and "56.40" in answer.text and "388.2" not in answer.text
