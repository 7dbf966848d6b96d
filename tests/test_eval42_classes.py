"""项目支出绩效自评表 workbooks of one project per sheet (the national template) asked by a project's short name:
a four-character word said by its initials (计生 of 计划生育, 爱卫 of 爱国卫生), the name without its trailing
项目 / 补助资金; and what staff ask of such a project: a funding line's 全年预算数 / 执行率, the funding block's own
得分, a class of indicators' points, the form's fields (自评等级, 填报日期), 改进措施, two projects' 总分 and 执行率
set against each other, the projects of the workbook said by their number, a year the form is not of."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bot.dialogue.session import Session
from tests.conftest import engine_over

_SAMPLES = Path(__file__).parent / "data" / "samples"

# (sheet, project, 实施单位, funds: (年初, 全年, 执行, 得分) of 年度资金总额 / 财政拨款 / 其他资金 (None: blank),
#  indicators: (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因), 总分, 自评等级)
_HEALTH = [
    ("计生扶助", "计划生育家庭特别扶助项目补助资金", "岚溪县计划生育协会",
     [(300, 320, 304, 9.5), (300, 300, 288, None), (None, 20, 16, None)], [
        ("产出指标", "数量指标", "特别扶助对象人数", "≥1200人", "1150人", 20, 19.17,
         "部分对象资格复核后退出；下一步按季度开展资格动态核查。"),
        ("产出指标", "时效指标", "扶助金发放及时率", "100%", "100%", 20, 20, ""),
        ("效益指标", "社会效益指标", "扶助家庭生活改善", "有所改善", "有所改善", 20, 18,
         "部分家庭因病致贫；下一步联合民政部门开展医疗救助。"),
        ("满意度指标", "服务对象满意度指标", "扶助对象满意度", "≥90%", "93%", 30, 30, "")], 96.67, "优"),
    ("爱卫运动", "爱国卫生运动专项经费", "岚溪县爱国卫生运动委员会办公室",
     [(80, 80, 60, 7.5), (80, 80, 60, None), (None, None, None, None)], [
        ("产出指标", "数量指标", "病媒生物防制覆盖村数", "≥120个", "120个", 30, 30, ""),
        ("产出指标", "质量指标", "卫生村创建达标率", "≥95%", "91%", 20, 17,
         "部分村环境整治进度滞后；下一步实行挂图作战、逐村验收。"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", "88%", 40, 40, "")], 94.5, "优"),
    ("老年健康", "老年人健康服务项目补助资金", "岚溪县疾病预防控制中心",
     [(150, 150, 141, 9.4), (150, 150, 141, None), (None, None, None, None)], [
        ("产出指标", "数量指标", "老年人健康体检人数", "≥6000人", "6200人", 40, 40, ""),
        ("满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", "86%", 50, 41.5,
         "部分偏远村体检点设置少；下一步增加巡回体检车次。")], 90.9, "优"),
    ("服务能力", "老年人健康服务能力提升经费", "岚溪县卫生健康局",
     [(60, 60, 57, 9.5), (60, 60, 57, None), (None, None, None, None)], [
        ("产出指标", "数量指标", "医养结合机构数", "≥3个", "3个", 45, 45, ""),
        ("满意度指标", "服务对象满意度指标", "入住老人满意度", "≥90%", "91%", 45, 45, "")], 99.5, "优"),
]
_CIVIL = [
    ("临时救助", "困难群众临时救助资金", "岚溪县社会救助服务中心",
     [(500, 520, 510, 9.81), (500, 520, 510, None), (None, None, None, None)], [
        ("产出指标", "数量指标", "临时救助人次", "≥2000人次", "2100人次", 45, 45, ""),
        ("满意度指标", "服务对象满意度指标", "受助群众满意度", "≥90%", "92%", 45, 45, "")], 99.81, "优"),
    ("特困供养", "特困人员救助供养资金", "岚溪县民政局",
     [(900, 900, 880, 9.78), (900, 900, 880, None), (None, None, None, None)], [
        ("产出指标", "数量指标", "特困供养人数", "≥1500人", "1480人", 45, 44.4, "部分人员死亡销户"),
        ("满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%", "95%", 45, 45, "")], 99.18, "优"),
]


def _rate(spent, plan) -> str:
    return "—" if spent is None or not plan else f"{100 * spent / plan:.2f}%"


def _sheet(wb, department: str, sheet, name, unit, funds, indicators, total, grade, filler: str) -> None:
    ws = wb.create_sheet(sheet)
    ws.append(["项目支出绩效自评表"])
    ws.append(["（2025年度）"])
    ws.append(["项目名称", name])
    ws.append(["主管部门", department, None, None, "实施单位", unit])
    ws.append(["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    for label, (start, plan, spent, got) in zip(("年度资金总额", "其中：财政拨款", "其他资金"), funds, strict=True):
        first = label == "年度资金总额"
        ws.append([None, label, start, plan, spent, 10 if first else "—", _rate(spent, plan), got if first else "—"])
    ws.merge_cells("A5:A8")
    ws.append(["年度总体目标", "预期目标", None, None, "实际完成情况"])
    ws.append([None, f"完成{name}年度任务。", None, None, "年度任务基本完成。"])
    ws.merge_cells("A9:A10")
    ws.append(["绩效指标"])
    ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    for ind in indicators:
        ws.append([*ind[:7], ind[7] or None])
    ws.append(["总分", None, None, None, None, 100, total, f"自评等级：{grade}"])
    ws.append([f"填报人：{filler}    联系电话：0000-1234567    填报日期：2026年3月{len(name)}日"])


def _workbook(path: Path, department: str, sheets) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for k, row in enumerate(sheets):
        _sheet(wb, department, *row, filler=f"填表人{k + 1}")
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("eval42")
    files = [_workbook(tmp / "岚溪县卫生健康局_2025_项目支出绩效自评表.xlsx", "岚溪县卫生健康局", _HEALTH),
             _workbook(tmp / "岚溪县民政局_2025_项目支出绩效自评表.xlsx", "岚溪县民政局", _CIVIL),
             _SAMPLES / "chongqing_yuzhong_2021_project_self_evaluation.xlsx"]
    return engine_over(tmp / "kb.sqlite", files)


def test_a_word_of_the_name_said_by_its_initials_names_the_project(engine) -> None:
    text = engine.ask("计生项目总分多少").text
    assert "计划生育家庭特别扶助项目补助资金" in text and "96.67" in text
    text = engine.ask("爱卫财政拨款执行率").text
    assert "爱国卫生运动专项经费" in text and "75.00%" in text
    assert "19.17" in engine.ask("计生特别扶助对象人数得了几分").text


def test_initials_are_not_read_inside_other_words(engine) -> None:
    # 统计|生活: 计生 spans two ordinary words; 爱卫办 is an office, not the project
    assert "计划生育家庭特别扶助项目补助资金" not in engine.ask("统计生活补助多少").text
    assert "爱国卫生运动专项经费" not in engine.ask("爱卫办电话多少").text


def test_the_name_without_its_trailing_project_words(engine) -> None:
    # 老年人健康服务 is 老年人健康服务项目补助资金 without 项目补助资金 as much as a part of 老年人健康服务能力提升经费
    answer = engine.ask("老年人健康服务自评总分")
    assert answer.status == "clarify" and "老年人健康服务项目补助资金" in answer.text
    assert "老年人健康服务能力提升经费" in answer.text
    s = Session()
    engine.ask("老年人健康服务总分多少", s)
    assert "99.5分" in engine.ask("2", s).text  # the one picked, its 总分


def test_a_funding_line_and_the_funding_blocks_own_points(engine) -> None:
    assert "20.00万元" in engine.ask("计生其他资金全年预算数").text
    text = engine.ask("计生项目预算执行得分").text
    assert "9.5分" in text and "96.67" not in text
    assert "7.5分" in engine.ask("爱卫资金执行率得了几分").text


def test_a_class_of_indicators_points_added_up(engine) -> None:
    text = engine.ask("计生产出指标得了多少分").text
    # (round 50: each term said with its indicator's name)
    assert "39.17" in text and "特别扶助对象人数 19.17 + 扶助金发放及时率 20" in text and "18" not in text.split("（")[0]
    assert "41.5" in engine.ask("老年健康满意度指标得分").text


def test_the_forms_own_fields(engine) -> None:
    text = engine.ask("爱卫自评等级").text
    assert "爱国卫生运动专项经费" in text and "优" in text
    s = Session()
    engine.ask("计生扶助项目", s)
    assert "2026年3月16日" in engine.ask("填报日期", s).text


def test_how_it_will_be_improved_is_the_deviation_note(engine) -> None:
    s = Session()
    engine.ask("卫生村创建达标率", s)
    assert "挂图作战" in engine.ask("怎么改进", s).text


def test_a_funding_column_of_the_project_just_asked(engine) -> None:
    s = Session()
    engine.ask("计生项目", s)
    assert "300.00万元" in engine.ask("年初预算多少", s).text
    text = engine.ask("全年预算呢", s).text
    assert "320.00万元" in text and "80" not in text


def test_two_projects_scores_one_after_the_other(engine) -> None:
    s = Session()
    engine.ask("计生总分", s)
    assert "94.5" in engine.ask("爱卫呢", s).text
    assert "2.17" in engine.ask("差几分", s).text


def test_which_execution_rate_is_higher(engine) -> None:
    text = engine.ask("计生和爱卫哪个执行率高").text
    assert text.startswith("执行率更高的是计划生育家庭特别扶助项目补助资金") and "95.00%" in text and "75.00%" in text
    assert "20.00个百分点" in text
    assert engine.ask("爱卫和老年健康哪个执行率低").text.startswith("执行率更低的是爱国卫生运动专项经费")


def test_the_workbook_said_by_its_number_of_projects(engine) -> None:
    text = engine.ask("四个自评项目执行数加起来").text
    assert "562" in text and "304 + 60 + 141 + 57" in text
    assert "1390" in engine.ask("两个自评项目执行数加起来").text  # the 民政局 workbook's two: 510 + 880


def test_a_year_the_form_is_not_of(engine) -> None:
    # (the 2021 sample loaded beside: 2021 is a year held, not this form's)
    assert engine.ask("计生2021年执行率").status == "unknown"
    assert "95" in engine.ask("计生2025年执行率").text
