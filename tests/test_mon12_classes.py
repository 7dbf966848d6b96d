"""Monitoring tables (专项资金绩效运行监控表) of their own: a project's name over several rows, each row one
indicator, beside the project's budget execution (年初预算, 调整后预算, 1-6月支出, 执行进度) and each
indicator's 年度目标值 / 完成值 / 完成进度, with the project's 偏差原因 on its first row or merged over its rows.
Three shapes: the project merged over its rows (序时进度 said in the unit line), the project printed on its
first row only (序时进度 a column), the project printed again on every row. The classes: an indicator found by
part of its words, rankings and row-by-row comparisons over a project column, arithmetic between a row's
columns, text columns asked by meaning, follow-ups over a project's indicators, and clarification only
among the departments whose tables hold the thing asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent

# (project, 年初预算, 调整后预算, 1-6月支出, 执行进度, [(指标名称, 年度目标值, 完成值, 完成进度)], 偏差原因)
_FARM = [
    ("高标准农田建设补助", 600, 620, 310, 0.5, [("新建高标准农田面积", "5000亩", "2600亩", 0.52),
                                            ("灌溉设施完好率", "≥95%", "96%", 1),
                                            ("农户满意度", "≥90%", "年底测评", None)], "按序时推进"),
    ("农机购置补贴", 200, 180, 54, 0.3, [("补贴农机具数量", "400台", "110台", 0.275),
                                     ("受益农户数量", "300户", "95户", 0.3167)], "春耕后集中申报，三季度集中兑付"),
    ("动物防疫专项", 150, 150, 105, 0.7, [("强制免疫病种免疫密度", "≥90%", "92%", 1)], "进度快于序时"),
]
_HEALTH = [
    ("基层医疗设备更新", 800, 480, 0.6, [("采购DR设备台数", "20台", "14台", 0.7),
                                     ("培训基层医务人员", "300人次", "120人次", 0.4)], "招标提前完成"),
    ("家庭医生签约服务", 300, 90, 0.3, [("重点人群签约人数", "6000人", "2100人", 0.35),
                                     ("签约居民满意度", "≥85%", "年底调查", None)], "补助资金拨付滞后，9月前拨付到位"),
    ("慢病筛查项目", 150, 72, 0.48, [("慢病筛查人数", "12000人", "5800人", 0.4833)], "基本按序时推进"),
]
_CULTURE = [
    ("乡村文化振兴", 400, 400, 220, 0.55, [("送戏下乡演出场次", "120场", "70场", 0.5833),
                                       ("农家书屋更新数量", "50个", "20个", 0.4)], "按计划推进"),
    ("文物保护修缮", 300, 260, 52, 0.2, [("修缮文物点数量", "8处", "1处", 0.125),
                                     ("文物安全巡查覆盖率", "100%", "100%", 1)], "设计方案评审延后，8月开工"),
]


def _merged(ws) -> None:
    """The project merged over its indicator rows, a two-row header, 序时进度 in the unit line."""
    ws.title = "监控表"
    ws["A1"] = "澄江县农业农村局2025年专项资金绩效运行监控表（1—6月）"
    ws.merge_cells("A1:J1")
    ws["A2"] = "金额单位：万元    序时进度：50%"
    ws.merge_cells("A2:J2")
    ws["A3"], ws["B3"], ws["F3"], ws["J3"] = "项目名称", "预算执行情况", "绩效指标完成情况", "偏差原因及纠偏措施"
    for cells in ("A3:A4", "B3:E3", "F3:I3", "J3:J4"):
        ws.merge_cells(cells)
    for c, h in enumerate(["年初预算", "调整后预算", "1-6月支出", "执行进度", "指标名称", "年度目标值", "1-6月完成值",
                           "完成进度"], 2):
        ws.cell(4, c, h)
    r = 5
    for name, start, adjusted, spent, progress, indicators, reason in _FARM:
        last = r + len(indicators) - 1
        for c, v in zip((1, 2, 3, 4, 5, 10), (name, start, adjusted, spent, progress, reason), strict=True):
            ws.cell(r, c, v)
            if last > r:
                ws.merge_cells(start_row=r, start_column=c, end_row=last, end_column=c)
        ws.cell(r, 5).number_format = "0.00%"
        for i, (ind, target, done, rate) in enumerate(indicators):
            ws.cell(r + i, 6, ind)
            ws.cell(r + i, 7, target)
            ws.cell(r + i, 8, done)
            if rate is not None:
                ws.cell(r + i, 9, rate).number_format = "0.00%"
        r = last + 1
    ws.cell(r, 1, "合计")
    for c, v in zip((2, 3, 4), (950, 950, 469), strict=True):
        ws.cell(r, c, v)
    ws.cell(r, 5, 469 / 950).number_format = "0.00%"
    ws.cell(r + 1, 1, "注：执行进度=1-6月支出/调整后预算。")


def _first_row_only(ws) -> None:
    """The project on its first row only (blank below), one header row, 序时进度 a column of its own."""
    ws.title = "Sheet1"
    ws["A1"] = "云栖市卫生健康委员会2025年重点项目资金监控表"
    ws["J2"] = "单位：万元"
    for c, h in enumerate(["项目", "全年预算", "已支出", "支出进度", "序时进度", "绩效指标", "全年目标", "半年完成",
                           "完成率", "原因说明"], 1):
        ws.cell(3, c, h)
    r = 4
    for name, budget, spent, progress, indicators, reason in _HEALTH:
        for c, v in zip((1, 2, 3, 4, 5, 10), (name, budget, spent, progress, 0.5, reason), strict=True):
            ws.cell(r, c, v)
        ws.cell(r, 4).number_format = ws.cell(r, 5).number_format = "0%"
        for i, (ind, target, done, rate) in enumerate(indicators):
            ws.cell(r + i, 6, ind)
            ws.cell(r + i, 7, target)
            ws.cell(r + i, 8, done)
            if rate is not None:
                ws.cell(r + i, 9, rate).number_format = "0.00%"
        r += len(indicators)
    ws.cell(r, 1, "合计")
    ws.cell(r, 2, 1250)
    ws.cell(r, 3, 642)
    ws.cell(r, 4, 642 / 1250).number_format = "0.00%"
    ws.cell(r, 5, 0.5).number_format = "0%"


def _repeated(ws) -> None:
    """The project printed again on each of its rows, its figures on the first."""
    ws.title = "执行监控"
    ws["A1"] = "青崖区文化和旅游局2025年专项资金执行监控表"
    ws["A2"] = "单位：万元  序时进度：50%"
    for c, h in enumerate(["专项名称", "年初预算", "调整后预算", "1-6月执行数", "执行率", "指标名称", "目标值",
                           "半年完成值", "完成进度", "偏差原因及纠偏措施"], 1):
        ws.cell(3, c, h)
    r = 4
    for name, start, adjusted, spent, progress, indicators, reason in _CULTURE:
        for c, v in zip((2, 3, 4, 5, 10), (start, adjusted, spent, progress, reason), strict=True):
            ws.cell(r, c, v)
        ws.cell(r, 5).number_format = "0.00%"
        for i, (ind, target, done, rate) in enumerate(indicators):
            ws.cell(r + i, 1, name)
            ws.cell(r + i, 6, ind)
            ws.cell(r + i, 7, target)
            ws.cell(r + i, 8, done)
            ws.cell(r + i, 9, rate).number_format = "0.00%"
        r += len(indicators)
    ws.cell(r, 1, "合计")
    for c, v in zip((2, 3, 4), (700, 660, 272), strict=True):
        ws.cell(r, c, v)
    ws.cell(r, 5, 272 / 660).number_format = "0.00%"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    import openpyxl


    d = tmp_path_factory.mktemp("mon12")
    for name, build in (("澄江农业农村监控.xlsx", _merged), ("云栖卫健项目监控.xlsx", _first_row_only),
                        ("青崖文旅执行监控.xlsx", _repeated)):
        wb = openpyxl.Workbook()
        build(wb.active)
        wb.save(d / name)
    return engine_over(d / "kb.sqlite", [ROOT / "knowledge", d])


def _first(answer) -> str:
    return answer.text.split("（来源")[0]


# 1. An indicator of a project found by part of its words: its target and what is done ----------------------

@pytest.mark.parametrize("question, done, target, never", [
    ("补贴农机具完成了多少台", "110台", "", "95户"),
    ("澄江 农机购置补贴 农机具数量", "110台", "400台", "95户"),
    ("DR设备采购了几台", "14台", "", "120人次"),
    ("送戏下乡完成了几场", "70场", "", "20个"),
    ("农家书屋更新了多少个", "20个", "50个", "70场"),
    ("慢病筛查人数多少", "5800人", "12000人", "2100人"),
])
def test_an_indicator_said_in_part_gives_its_own_figures(engine, question, done, target, never):
    answer = _ask(engine, question)
    assert answer.status == "answered", answer.text
    first = _first(answer)
    assert done in first and target in first and never not in first, answer.text


def test_an_indicator_of_another_project_is_never_this_ones(engine):
    # 农户满意度 is 高标准农田建设补助's: asked of 动物防疫专项 it is not there, whatever is read apart.
    answer = _ask(engine, "动物防疫专项 农户满意度目标")
    assert answer.status != "answered" or "90%" not in answer.text, answer.text


# 2. Rankings and comparisons over a project column; the 合计 row ----------------------------------------------

def test_fastest_and_slowest_progress_are_of_the_projects_not_the_total(engine):
    fast = _ask(engine, "澄江农业农村局 哪个专项执行进度最快")
    assert fast.status == "answered" and "动物防疫专项" in fast.text and "70" in _first(fast), fast.text
    assert "合计" not in _first(fast)
    slow = _ask(engine, "澄江农业农村局 哪个专项执行进度最慢")
    assert slow.status == "answered" and "农机购置补贴" in slow.text and "30" in _first(slow), slow.text


@pytest.mark.parametrize("question, below, not_below", [
    # 序时进度 stated once in the unit line
    ("澄江农业农村局 执行进度低于序时进度的有哪些", ["农机购置补贴"], ["高标准农田", "动物防疫", "合计"]),
    ("青崖文旅局 执行率低于序时进度的专项有哪些", ["文物保护修缮"], ["乡村文化振兴", "合计"]),
    # 序时进度 a column of each row
    ("云栖卫健委 支出进度低于序时进度的项目有哪些", ["家庭医生签约服务", "慢病筛查项目"], ["基层医疗设备", "合计"]),
])
def test_rows_below_the_time_schedule(engine, question, below, not_below):
    answer = _ask(engine, question)
    assert answer.status == "answered", answer.text
    assert all(b in answer.text for b in below) and not any(n in _first(answer) for n in not_below), answer.text


def test_above_the_time_schedule(engine):
    answer = _ask(engine, "澄江农业农村局 执行进度高于序时进度的有哪些")
    assert answer.status == "answered" and "动物防疫专项" in answer.text and "农机购置补贴" not in answer.text


@pytest.mark.parametrize("question, total", [
    ("澄江农业农村局三个专项 整体执行进度多少", "49.37%"),
    ("云栖卫健委 整体支出进度", "51.36%"),
])
def test_overall_progress_is_the_total_rows(engine, question, total):
    answer = _ask(engine, question)
    assert answer.status == "answered" and total in _first(answer), answer.text


# 3. Arithmetic between a row's columns ------------------------------------------------------------------------

@pytest.mark.parametrize("turns, left", [
    (("澄江农业农村局 农机购置补贴还剩多少没花",), "126"),   # 调整后预算 180 − 1-6月支出 54
    (("澄江农业农村局 调整后预算合计", "还剩多少没花"), "481"),  # 950 − 469, never 950 − 950 (年初预算)
    (("云栖卫健委 家庭医生签约服务还剩多少没花",), "210"),    # 全年预算 300 − 已支出 90
    (("文物保护修缮 调整后预算", "还剩多少没花"), "208"),     # 260 − 52
])
def test_what_is_left_unspent(engine, turns, left):
    answer = _ask(engine, *turns)
    assert answer.status == "answered" and left in _first(answer), answer.text


@pytest.mark.parametrize("turns, points", [
    (("动物防疫专项 执行进度", "比序时快多少"), "20个百分点"),
    (("动物防疫专项执行进度比序时进度快多少",), "20个百分点"),
    (("澄江 农机购置补贴执行进度比序时进度慢多少",), "20个百分点"),
    (("云栖卫健委 家庭医生签约服务 支出进度比序时进度慢多少",), "20个百分点"),
])
def test_progress_against_the_time_schedule_in_points(engine, turns, points):
    answer = _ask(engine, *turns)
    assert answer.status == "answered" and points in _first(answer), answer.text


# 4. Text columns asked by meaning -----------------------------------------------------------------------------

@pytest.mark.parametrize("question, reason, never", [
    ("澄江 农机购置补贴为什么执行慢", "三季度集中兑付", "按序时推进"),
    ("补贴农机具为啥完成得慢", "三季度集中兑付", "进度快于序时"),
    ("家庭医生签约服务为什么支出进度慢", "拨付滞后", "招标提前完成"),
    ("文物保护修缮 为啥进度慢", "评审延后", "按计划推进"),
])
def test_why_is_the_reason_column(engine, question, reason, never):
    answer = _ask(engine, question)
    assert answer.status == "answered" and reason in answer.text and never not in answer.text, answer.text


@pytest.mark.parametrize("question, done, never", [
    ("农户满意度半年完成多少", "年底测评", "≥90%"),
    ("签约居民满意度半年完成多少", "年底调查", "≥85%"),
])
def test_a_text_value_done_is_the_answer(engine, question, done, never):
    answer = _ask(engine, question)
    assert answer.status == "answered" and done in _first(answer) and never not in _first(answer), answer.text


# 5. Follow-ups over a project's indicators --------------------------------------------------------------------

def test_a_project_named_alone_gives_its_amounts(engine):
    answer = _ask(engine, "农机购置补贴")
    assert answer.status == "answered" and "180" in _first(answer) and "54" in _first(answer), answer.text


@pytest.mark.parametrize("turns, wanted, never", [
    (("农机购置补贴", "它的指标有哪些", "第一个完成进度"), "27.5", "31.67"),
    (("农机购置补贴", "它的指标有哪些", "第二个完成进度"), "31.67", "27.5"),
    (("家庭医生签约服务", "它的指标有哪些", "第二个半年完成多少"), "年底调查", "2100"),
    (("乡村文化振兴的指标有哪些", "第二个完成了多少"), "20个", "70场"),
])
def test_the_nth_indicator_is_that_one_only(engine, turns, wanted, never):
    answer = _ask(engine, *turns)
    assert answer.status == "answered" and wanted in _first(answer) and never not in answer.text, answer.text


def test_a_projects_indicators_are_listed_by_name(engine):
    answer = _ask(engine, "乡村文化振兴的指标")
    assert answer.status == "answered", answer.text
    assert "送戏下乡演出场次" in answer.text and "农家书屋更新数量" in answer.text and "文物" not in answer.text


# 6. Clarification only among departments whose tables hold the thing ------------------------------------------

def test_an_indicator_one_department_holds_is_answered_not_asked(engine):
    answer = _ask(engine, "送戏下乡演出场次目标", "完成了几场")
    assert answer.status == "answered" and "70场" in _first(answer), answer.text
    answer = _ask(engine, "DR设备采购了几台")
    assert answer.status == "answered" and "14台" in _first(answer), answer.text


def test_the_progress_just_shown_against_the_time_schedule(engine):
    answer = _ask(engine, "农机购置补贴 1-6月支出", "执行进度", "比序时慢多少")
    assert answer.status == "answered" and "20个百分点" in _first(answer), answer.text


def test_an_indicator_inside_a_project_has_no_money_of_its_own(engine):
    # 补贴农机具数量 is an indicator of 农机购置补贴: its money is not the project's 年初预算.
    answer = _ask(engine, "农机购置补贴里补贴农机具花了多少钱")
    assert answer.status != "answered" and "200" not in answer.text and "180" not in answer.text, answer.text
