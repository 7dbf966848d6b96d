"""One indicator of a project of a 项目支出绩效自评表 workbook (one project per sheet) asked in people's words, on
a workbook written here (青禾县卫生健康局: 慢病管理 and 卫生所建设 sheets):
- the indicator chosen by the words of its name the project's own name does not hold ("村卫生所项目竣工时间
  那项得分", "每个村卫生所补助实际多少"): its 得分 (beside its 分值), 分值, 实际完成值 (beside its target);
- a rate said where the sheet's indicator counts ("慢病患者随访管理率" where the sheet has 随访管理人数) is no
  indicator of the project: said so, with the sentence of the 年度总体目标 that states it, never the count;
- the last characters of an indicator's name right after the project's ("慢病管理满意度扣了几分");
- the funding block's own 得分 said as a part of the sheet ("村卫生所建设资金那块得分"), or by an indicator's name
  only another project has ("慢病管理预算执行率得分"), not the project's 总分;
- a funding line's column the sheet leaves blank ("—"), or a line its block has not (上年结转), is unknown: never
  the whole's figure; a project's points short of full shown when asked ("扣了多少分");
- a project named by its sheet's name alone: its funds and 总分 (after a 总分: the 总分 of that one).
- whether another project's sheet has the indicator just shown ("卫生所建设有这个指标吗"): never a like-named one.
- each indicator's 得分 beside its 分值 ("卫生所建设各指标得分"), not the 总分.
"""

from __future__ import annotations

import openpyxl
import pytest

from bot.dialogue.session import Session
from bot.engine import Engine
from tests.conftest import engine_over

_DEPT = "青禾县卫生健康局"
_PROJECTS = [
    ("慢病管理", "慢性病综合防控补助资金", "青禾县疾病预防控制中心",
     [("年度资金总额", 500, 520, 507), ("其中：财政拨款", 500, 520, 507), ("其他资金", 0, 0, 0)], 9.75,
     ("慢病患者随访管理率≥75%，健康教育覆盖全县。", "全年慢病患者随访管理率78.4%，健康讲座覆盖各乡镇。"),
     [("产出指标", "数量指标", "慢病患者随访管理人数", "≥3.2万人", "3.41万人", 20, 20, ""),
      ("产出指标", "质量指标", "健康讲座开展场次", "≥60场", "64场", 20, 20, ""),
      ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "87%", 20, 18.5, "随访频次不足，下一步增加随访")], 98.25),
    ("卫生所建设", "村级卫生所标准化建设补助资金", "青禾县各乡镇卫生院",
     [("年度资金总额", 400, 450, 369), ("其中：财政拨款", 400, 450, 369), ("其他资金", 0, 0, 0)], 8.2,
     ("完成6个村级卫生所标准化建设。", "完成5个村级卫生所标准化建设。"),
     [("产出指标", "数量指标", "标准化村卫生所建设数量", "6个", "5个", 20, 16.7, "1个因用地未落实顺延"),
      ("产出指标", "时效指标", "项目竣工时间", "2024年10月底前", "2024年12月底", 10, 6, "受汛期影响工期延后"),
      ("产出指标", "成本指标", "每个村卫生所补助标准", "≤80万元", "73.8万元", 20, 20, ""),
      ("产出指标", "成本指标", "预算执行率", "≥90%", "82%", 10, 8, "用地未落实"),
      ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", 20, 20, "")], 90.9),
]


def _sheet(wb, sheet: str, name: str, unit: str, funds, fund_score, goal, indicators, total) -> None:
    ws = wb.create_sheet(sheet)
    ws.append(["2024年度项目支出绩效自评表"])
    ws.append(["（2024年度）", None, None, None, None, None, None, "单位：万元"])
    ws.append(["项目名称", None, name])
    ws.append(["主管部门", None, _DEPT, None, "实施单位", unit])
    ws.append(["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    for k, (line, start, whole, spent) in enumerate(funds):
        ws.append([None, line, start, whole, spent, 10 if k == 0 else "—", spent / whole if whole else "—",
                   fund_score if k == 0 else "—"])
        if whole:
            ws.cell(ws.max_row, 7).number_format = "0.00%"
    ws.append(["年度总体目标", "预期目标", None, None, None, "实际完成情况"])
    ws.append([None, goal[0], None, None, None, goal[1]])
    ws.append(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
               "偏差原因分析及改进措施"])
    for level1, level2, indicator, target, actual, full, got, why in indicators:
        ws.append([None, level1, level2, indicator, target, actual, full, got, why or None])
    ws.append(["总分", None, None, None, None, None, 100, total])
    for cells in ("A1:I1", "A3:B3", "C3:I3", "A4:B4", "C4:D4", "F4:I4", "A5:A8", "A9:A10", "B9:E9", "F9:I9",
                  "B10:E10", "F10:I10"):
        ws.merge_cells(cells)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    tmp = tmp_path_factory.mktemp("eval55")
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for row in _PROJECTS:
        _sheet(wb, *row)
    path = tmp / f"{_DEPT}2024年度项目支出绩效自评表.xlsx"
    wb.save(path)
    return engine_over(tmp / "kb.sqlite", [path])


def _talk(engine: Engine, *questions: str):
    session = Session(build_id=engine.build_id)
    return [engine.ask(q, session=session) for q in questions][-1]


def test_an_indicators_score_with_the_project_said_before_it(engine: Engine) -> None:
    got = engine.ask("村卫生所项目竣工时间那项得分")
    assert got.status == "answered" and "项目竣工时间" in got.text and "6分" in got.text, got.text
    assert "90.9" not in got.text  # never the project's 总分
    full = engine.ask("村卫生所项目竣工时间分值多少")
    assert full.status == "answered" and "分值：10分" in full.text, full.text


def test_an_indicators_actual_value_chosen_by_its_own_words(engine: Engine) -> None:
    done = engine.ask("每个村卫生所补助实际多少")
    assert done.status == "answered" and "73.8万元" in done.text and "≤80万元" in done.text, done.text
    assert "完成5个村级卫生所" not in done.text  # not the project's 实际完成情况 sentence


def test_a_rate_where_the_sheet_counts_is_no_indicator(engine: Engine) -> None:
    rate = engine.ask("慢病管理慢病患者随访管理率实际完成情况")
    assert "3.41万人" not in rate.text, rate.text  # the count is not the rate asked
    assert "随访管理率" in rate.text and "78.4%" in rate.text, rate.text
    target = engine.ask("慢病管理慢病患者随访管理率目标是多少")
    assert "3.2万人" not in target.text and "≥75%" in target.text, target.text


def test_the_count_itself_is_still_answered(engine: Engine) -> None:
    count = engine.ask("慢病管理慢病患者随访管理人数完成了多少")
    assert count.status == "answered" and "3.41万人" in count.text, count.text


def test_the_funding_block_said_as_a_part_of_the_sheet(engine: Engine) -> None:
    block = engine.ask("村卫生所建设资金那块得分多少")
    assert block.status == "answered" and "8.2分" in block.text and "90.9" not in block.text, block.text


def test_a_score_follow_up_keeps_the_indicator_shown(engine: Engine) -> None:
    score = _talk(engine, "村卫生所标准化村卫生所建设数量完成了多少", "得分呢")
    assert score.status == "answered" and "16.7" in score.text, score.text


def test_the_last_words_of_a_name_right_after_the_project(engine: Engine) -> None:
    lost = engine.ask("慢病管理满意度扣了几分")
    assert lost.status == "answered" and "患者满意度" in lost.text and "扣 1.5分" in lost.text, lost.text
    assert "98.25" not in lost.text


def test_a_rate_with_no_project_said_is_not_the_count(engine: Engine) -> None:
    rate = engine.ask("慢病患者随访管理率实际完成情况")
    assert "3.41万人" not in rate.text and "78.4%" in rate.text, rate.text


def test_another_projects_indicator_name_asks_the_funding_block(engine: Engine) -> None:
    block = engine.ask("慢病管理预算执行率得分")
    assert block.status == "answered" and "9.75分" in block.text and "98.25" not in block.text, block.text


def test_a_funding_cell_left_blank_is_not_the_wholes(engine: Engine) -> None:
    rate = engine.ask("村卫生所其他资金执行率")
    assert rate.status == "unknown" and "82" not in rate.text and "其他资金" in rate.text, rate.text
    absent = engine.ask("村卫生所上年结转资金多少")
    assert absent.status == "unknown" and "上年结转" in absent.text and "369" not in absent.text, absent.text


def test_the_points_a_project_lost_are_shown_when_asked(engine: Engine) -> None:
    lost = engine.ask("卫生所建设扣了多少分")
    assert lost.status == "answered" and "90.9" in lost.text and "扣 9.1分" in lost.text, lost.text
    assert "扣" not in engine.ask("卫生所建设自评总分").text


def test_a_project_named_by_its_sheet_alone(engine: Engine) -> None:
    whole = engine.ask("卫生所建设")
    assert whole.status == "answered" and "村级卫生所标准化建设补助资金" in whole.text, whole.text
    assert "450.00" in whole.text and "369.00" in whole.text and "90.9" in whole.text, whole.text
    followed = _talk(engine, "慢病管理总分", "卫生所建设")
    assert followed.status == "answered" and "90.9" in followed.text and "369" not in followed.text, followed.text


def test_whether_another_project_has_the_indicator_shown(engine: Engine) -> None:
    absent = _talk(engine, "慢病管理患者满意度", "卫生所建设有这个指标吗")
    assert absent.status == "unknown" and "患者满意度" in absent.text and "群众满意度" not in absent.text, absent.text
    assert "92%" not in absent.text


def test_a_rate_is_no_number_of_sessions(engine: Engine) -> None:
    rate = engine.ask("慢病管理健康讲座开展率实际多少")
    assert "64场" not in rate.text and "健康讲座开展率" in rate.text, rate.text


def test_each_indicators_points_of_a_project(engine: Engine) -> None:
    each = engine.ask("卫生所建设各指标得分")
    assert each.status == "answered" and "90.9" not in each.text, each.text  # not the 总分
    assert "项目竣工时间 得分 6分（分值 10分，扣 4分）" in each.text and "群众满意度 得分 20分" in each.text, each.text
