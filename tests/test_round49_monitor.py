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
from test_round48_selfeval48 import _PROJECTS

from bot.answer.facts import monitor
from bot.answer.facts.index import index_for
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


# Review of round 49: the marks' reader takes only questions of indicators' completion, of the lines named.

def test_a_bound_compared_is_not_asked_of_the_marks(qinghe: Engine) -> None:
    for question in ("哪些项目执行率达不到50%", "执行率达不到50%的项目有哪些"):
        answer = qinghe.ask(question, record=False)
        assert "路面病害处治数量" not in answer.text and "工程完工及时率" not in answer.text
        assert answer.status != ANSWERED or "客运站安全提升工程经费" in answer.text


def test_the_project_or_department_named_narrows_the_lines(qinghe: Engine) -> None:
    own = qinghe.ask("农村公路养护专项经费哪些指标可能完不成", record=False)
    assert own.status == ANSWERED and "路面病害处治数量" in own.text and "工程完工及时率" not in own.text
    for question in ("青溪县水利局哪些指标可能完不成", "河道保洁专项经费哪些指标可能完不成"):
        other = qinghe.ask(question, record=False)  # (no monitoring table of theirs: never 清河's lines)
        assert "路面病害处治数量" not in other.text and "工程完工及时率" not in other.text


def test_a_projects_money_is_not_answered_with_its_marks(qinghe: Engine) -> None:
    answer = qinghe.ask("客运站安全提升工程经费预算能完成吗", record=False)
    assert "安防监控点位改造数" not in answer.text and "工程完工及时率" not in answer.text
    target = qinghe.ask("客运站安全提升工程经费能否完成年度目标", record=False)
    assert target.status == ANSWERED and "工程完工及时率：否" in target.text


_ACCEPTED = [["白沙县住建局2025年项目验收情况表", None, None, None], ["单位：万元", None, None, None],
             ["序号", "项目名称", "预算数", "是否完成验收"], [1, "老旧小区改造工程经费", 300, "是"],
             [2, "市政道路维修经费", 120, "否"], [3, "污水管网建设经费", 500, "否"]]
_MARKED_A = [["白沙县住建局2026年上半年绩效指标运行监控表"] + [None] * 5,
             ["项目名称", "指标内容", "年度指标值", "1-6月完成值", "预计能否实现（是/否）", "偏差原因"],
             ["老旧小区改造工程经费", "改造小区数量", "12个", "5个", "否", "居民协调难度大"],
             ["老旧小区改造工程经费", "居民满意度", "≥90%", "年底测评", "是", "无"]]
_MARKED_B = [["松林县文旅局2026年上半年绩效指标运行监控表"] + [None] * 5,
             ["项目名称", "三级指标", "年度指标值", "1-6月完成值", "是否可能完成目标（是/否）", "偏差原因"],
             ["文化下乡演出经费", "送戏下乡场次", "≥60场", "20场", "否", "演出团体档期冲突"],
             ["文化下乡演出经费", "观众满意度", "≥90%", "年底测评", "是", "无"]]


@pytest.fixture(scope="module")
def two_offices(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("monitor49b")
    accepted = write_workbook(folder / "白沙县住建局2025年项目验收情况表.xlsx", _ACCEPTED, ("A1:D1",), sheet="验收情况")
    marked_a = write_workbook(folder / "白沙县住建局2026年上半年绩效指标运行监控表.xlsx", _MARKED_A, ("A1:F1",),
                              sheet="绩效指标运行情况")
    marked_b = write_workbook(folder / "松林县文旅局2026年上半年绩效指标运行监控表.xlsx", _MARKED_B, ("A1:F1",),
                              sheet="绩效指标运行情况")
    return engine_over(folder / "kb.sqlite", [accepted, marked_a, marked_b])


def test_a_past_state_column_is_no_forecast(two_offices: Engine) -> None:
    for question in ("哪些项目可能完不成", "哪些项目完成不了"):
        answer = two_offices.ask(question, record=False)
        assert "市政道路维修经费" not in answer.text and "污水管网建设经费" not in answer.text
    # (the marks' reader never takes the column; a plain lookup may still show the cell under its own header)
    assert monitor.answer(index_for(two_offices.kb), "市政道路维修经费能完成吗", None, None) is None


def test_lines_of_columns_worded_differently_are_headed_by_each(two_offices: Engine) -> None:
    answer = two_offices.ask("哪些指标可能完不成", record=False)
    assert answer.status == ANSWERED and "改造小区数量" in answer.text and "送戏下乡场次" in answer.text
    assert "预计能否实现" in answer.text and "是否可能完成目标" in answer.text
    own = two_offices.ask("松林县文旅局哪些指标可能完不成", record=False)
    assert own.status == ANSWERED and "送戏下乡场次" in own.text and "改造小区数量" not in own.text


def test_one_definition_of_the_indicator_name_column() -> None:
    from pathlib import Path

    from bot.answer.facts.words import INDICATOR_NAME_HEAD
    for head in ("三级指标", "末级指标", "指标名称", "指标内容", "指标"):
        assert INDICATOR_NAME_HEAD.search(head), head
    assert not INDICATOR_NAME_HEAD.search("一级指标") and not INDICATOR_NAME_HEAD.search("年度指标值")
    code = Path(__file__).resolve().parents[1] / "bot"
    copies = [f"{p.name}:{n}" for p in code.rglob("*.py")
              for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1)
              if "re.compile" in line and "指标名称" in line]
    assert copies == []  # (the vocabulary's [asking_words.columns], read through words.INDICATOR_NAME_HEAD)


def test_the_asking_words_name_no_project(qinghe: Engine) -> None:
    for question in ("可能完不成的项目有哪些", "有哪些项目的指标可能完不成", "完不成的有哪些"):
        answer = qinghe.ask(question, record=False)
        assert answer.status == ANSWERED and "路面病害处治数量" in answer.text and "工程完工及时率" in answer.text
