"""Round 49, the mid-year performance monitoring table (项目支出绩效运行监控表), on small fictional workbooks: 清河县交通运输局's
2026 前三季度 tables, worded as another office words them (1-9月执行数, 1-9月实际完成值, 原因分析, 能否完成年度目标（是/否）,
整改措施), beside another department's 目标表 so that they are never the only tables.

Classes:
- a part of the year said as people say it (前三季度, 截至9月底) reads the span a column prints (1-9月); a part no column
  prints (上半年 of a 1-9月 table) stays refused, never answered with the 1-9月 figure; month by month asked of a table
  printing only the span is said not printed;
- an indicator's line answers its cells of words by the indicator named (by its whole name or its end): 原因分析 asked
  as "为啥完成得不好", 整改措施, the period's 实际完成值; never "三级指标为X的共1项";
- the yes/no column on meeting the target lists the lines marked 否 ("哪些指标可能完不成") and answers one line's
  mark ("能完成吗" after it was shown);
- a project's line: its 备注 as the reason money went unspent, its 全年预计执行数 asked after it, and what is left
  unexecuted as 年初预算数 less 1-9月执行数 (never less the forecast)."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, write_workbook
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

_BUDGET = [
    ["清河县交通运输局2026年前三季度项目支出绩效运行监控表", None, None, None, None, None, None, None],
    ["填报单位：清河县交通运输局", None, None, None, None, None, None, "单位：万元"],
    ["序号", "项目名称", "实施单位", "年初预算数", "1-9月执行数", "执行率", "全年预计执行数", "备注"],
    [1, "农村公路养护专项经费", "清河县公路管理所", 500, 320, 0.64, 480, None],
    [2, "客运站安全提升工程经费", "清河县交通运输局", 200, 20, 0.1, 180, "招标流程尚未完成"],
    [3, "治超检测站运维经费", "清河县交通运输局", 80, 60, 0.75, 80, None],
    ["合计", None, None, 780, 400, 0.5128, 740, None],
]
_INDICATORS = [
    ["清河县交通运输局2026年前三季度项目绩效指标运行监控情况"] + [None] * 9,
    ["项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "1-9月实际完成值", "全年预计完成值", "原因分析",
     "能否完成年度目标（是/否）", "整改措施"],
    ["农村公路养护专项经费", "产出指标", "数量指标", "养护里程", "≥300公里", "210公里", "300公里", "无", "是", "无"],
    [None, "产出指标", "数量指标", "路面病害处治数量", "≥1200处", "560处", "1000处", "雨季施工受限，处治进度滞后", "否",
     "四季度集中组织施工"],
    [None, "满意度指标", "服务对象满意度", "沿线群众满意度", "≥90%", "年底测评", "92%", "满意度测评于年底开展", "是", "无"],
    ["客运站安全提升工程经费", "产出指标", "数量指标", "安防监控点位改造数", "40个", "0个", "40个", "招标尚未完成", "是",
     "加快招标进度"],
    [None, "产出指标", "时效指标", "工程完工及时率", "100%", "0%", "85%", "开工时间推迟", "否", "倒排工期，加密调度"],
]

_GOAL = "保障年度工作任务顺利完成。"
_MARKS = [("11", "完成场次", "≥10场", "≥10场"), ("31", "群众满意度", "≥90%", "≥90%")]
_PROJECTS = render("青溪县水利局", "80.00 80.00", [
    Unit("青溪县水利局", "80.00 80.00", [Item("河道保洁专项经费", "50.00 50.00", _GOAL, _MARKS),
                                     Item("水文监测站运维经费", "30.00 30.00", _GOAL, _MARKS)]),
])


@pytest.fixture(scope="module")
def qinghe(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("monitor49")
    budget = write_workbook(folder / "清河县交通运输局2026年前三季度项目支出绩效运行监控表.xlsx", _BUDGET,
                            ("A1:H1", "A2:G2"), sheet="项目预算执行情况")
    marks = write_workbook(folder / "清河县交通运输局2026年前三季度绩效指标运行监控表.xlsx", _INDICATORS,
                           ("A1:J1", "A3:A5", "A6:A7"), sheet="绩效指标运行情况")
    projects = folder / "青溪县水利局2026年项目支出绩效目标表.txt"
    projects.write_text(_PROJECTS, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [budget, marks, projects])


def test_period_said_reads_the_span_a_column_prints(qinghe: Engine) -> None:
    answer = qinghe.ask("农村公路养护专项经费前三季度执行多少", record=False)
    assert answer.status == ANSWERED and "320" in answer.text and "480" not in answer.text


def test_period_no_column_prints_stays_refused(qinghe: Engine) -> None:
    answer = qinghe.ask("农村公路养护专项经费上半年执行多少", record=False)
    assert answer.status != ANSWERED and "320" not in answer.text


def test_months_asked_of_a_span_are_not_printed(qinghe: Engine) -> None:
    answer = qinghe.ask("清河县交通运输局前三季度各月执行数", record=False)
    assert answer.status != ANSWERED and "400" not in answer.text


def test_indicator_line_answers_its_cells_of_words(qinghe: Engine) -> None:
    measure = qinghe.ask("路面病害处治数量整改措施", record=False)
    assert measure.status == ANSWERED and "四季度集中组织施工" in measure.text and "共 1 项" not in measure.text
    why = qinghe.ask("病害处治数量为啥完成得不好", record=False)
    assert why.status == ANSWERED and "雨季施工受限" in why.text
    reason = qinghe.ask("工程完工及时率原因分析", record=False)
    assert reason.status == ANSWERED and "开工时间推迟" in reason.text
    done = qinghe.ask("沿线群众满意度前三季度实际值", record=False)
    assert done.status == ANSWERED and "年底测评" in done.text


def test_a_column_asked_after_one_indicator_line_is_that_lines(qinghe: Engine) -> None:
    reason = converse(qinghe, "路面病害处治数量1-9月完成多少", "原因分析呢")
    assert reason.status == ANSWERED and "雨季施工受限" in reason.text
    assert "养护里程" not in reason.text  # (the line of the same project and kinds is not the one shown)
    measure = converse(qinghe, "养护里程1-9月", "整改措施")
    assert measure.status == ANSWERED and "四季度集中组织施工" not in measure.text and "养护里程" in measure.text


def test_lines_that_may_miss_their_target_listed(qinghe: Engine) -> None:
    answer = qinghe.ask("哪些指标可能完不成", record=False)
    assert answer.status == ANSWERED
    assert "路面病害处治数量" in answer.text and "工程完工及时率" in answer.text
    assert "养护里程" not in answer.text and "安防监控点位改造数" not in answer.text


def test_one_lines_mark_asked(qinghe: Engine) -> None:
    after = converse(qinghe, "路面病害处治数量1-9月完成多少", "能完成吗")
    assert converse(qinghe, "路面病害处治数量1-9月完成了多少", "能完成吗").status == ANSWERED
    assert after.status == ANSWERED and "否" in after.text and "路面病害处治数量" in after.text
    named = qinghe.ask("养护里程能完成吗", record=False)
    assert named.status == ANSWERED and "是" in named.text.split("（来源")[0].split("：")[-1]
    project = converse(qinghe, "客运站安全提升工程经费执行率", "指标能完成吗")
    assert project.status == ANSWERED and "工程完工及时率：否" in project.text and "安防监控点位改造数：是" in project.text
    assert "路面病害处治数量" not in project.text  # (another project's line)


def test_project_line_reason_forecast_and_what_is_left(qinghe: Engine) -> None:
    why = qinghe.ask("客运站安全提升工程经费为啥没花钱", record=False)
    assert why.status == ANSWERED and "招标流程尚未完成" in why.text
    forecast = converse(qinghe, "客运站安全提升工程经费执行率", "全年预计能执行多少")
    assert forecast.status == ANSWERED and "180" in forecast.text and "740" not in forecast.text
    left = qinghe.ask("前三季度还有多少没执行", record=False)
    assert left.status == ANSWERED and "780 - 400 = 380" in left.text and "740" not in left.text
