"""A workbook of the national 项目支出绩效自评表 template (one project per sheet, each sheet named by the project's
short name) asked about its projects as wholes: a project's 总分 when it is named by its sheet's name (never one
indicator's 得分), its 实施单位, the 偏差原因 of what it missed, and the projects' 总分 set against each other
(lowest, highest and the next place, the mean, those under a bound, full marks, one project against another)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bot.dialogue.session import Session
from tests.conftest import engine_over

# (sheet, project, 实施单位, 全年预算, 全年执行, indicators: (一级, 二级, 三级, 目标, 完成, 分值, 得分, 原因))
_SHEETS = [
    ("河道清淤", "城区主干河道清淤疏浚工程", "青禾县河道管理所", 820.0, 790.5, [
        ("产出指标", "数量指标", "清淤土方量", "≥12万立方米", "12.4万立方米", 30, 30, ""),
        ("产出指标", "时效指标", "汛前完工时间", "2026年5月底前", "2026年6月18日", 20, 16,
         "上游来水提前，停工等待退水。下一步提前一个月进场"),
        ("满意度指标", "服务对象满意度", "沿河居民满意度", "≥85%", "90%", 40, 40, "")]),
    ("防汛物资", "县级应急抢险物资储备项目", "青禾县应急物资保障中心", 156.0, 156.0, [
        ("产出指标", "数量指标", "储备编织袋数量", "≥5万条", "5万条", 45, 45, ""),
        ("满意度指标", "服务对象满意度", "乡镇使用单位满意度", "≥90%", "95%", 45, 45, "")]),
    ("山洪预警", "山洪灾害监测预警平台运维项目", "青禾县水文站", 64.0, 51.2, [
        ("产出指标", "质量指标", "监测站点在线率", "≥98%", "93%", 40, 34, "部分站点太阳能板老化，已列入明年更换"),
        ("效益指标", "社会效益", "预警信息发布覆盖率", "100%", "100%", 30, 30, ""),
        ("满意度指标", "服务对象满意度", "村组预警员满意度", "≥90%", "92%", 20, 20, "")]),
]


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, name, unit, plan, spent, indicators in _SHEETS:
        ws = wb.create_sheet(sheet)
        ws.append(["青禾县2026年度项目支出绩效自评表"])
        ws.append(["（2026年度）"])
        ws.append(["单位：万元"])
        ws.append(["项目名称", name])
        ws.append(["主管部门", "青禾县水利局", None, "实施单位", unit])
        ws.append(["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
        score = round(min(10.0, 10 * spent / plan), 2)
        ws.append([None, "年度资金总额", plan, plan, spent, 10, f"{100 * spent / plan:.2f}%", score])
        ws.append([None, "其中：财政拨款", plan, plan, spent, "—", f"{100 * spent / plan:.2f}%", "—"])
        ws.merge_cells("A6:A8")
        ws.append(["年度总体目标", "预期目标", None, None, "实际完成情况"])
        ws.append([f"完成{name}的年度任务。", None, None, None, "年度任务基本完成。"])
        ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
        for ind in indicators:
            ws.append([*ind[:7], ind[7] or None])
        ws.append(["总分", None, None, None, None, 100, round(score + sum(i[6] for i in indicators), 2)])
    wb.save(path)
    return path


# 总分: 河道清淤 9.64 + 86 = 95.64; 防汛物资 10 + 90 = 100; 山洪预警 8 + 84 = 92


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("se30")
    return engine_over(tmp / "kb.sqlite", [_workbook(tmp / "青禾县_水利局_2026_项目支出绩效自评表.xlsx")])


def test_a_project_named_by_its_sheet_is_asked_its_total_score(engine) -> None:
    text = engine.ask("山洪预警项目自评得了多少分").text
    assert "92" in text and "山洪灾害监测预警平台运维项目" in text
    assert "34" not in text  # not the 在线率 indicator's 得分
    assert "95.64" in engine.ask("河道清淤总分多少").text


def test_the_implementing_unit_of_a_project_named_by_its_sheet(engine) -> None:
    text = engine.ask("防汛物资是哪个单位实施的").text
    assert "青禾县应急物资保障中心" in text and "100" not in text


def test_scores_across_the_sheets(engine) -> None:
    lowest = engine.ask("青禾水利局那几个自评哪个分最低").text
    assert lowest.startswith("自评总分最低的是山洪灾害监测预警平台运维项目") and "92" in lowest
    mean = engine.ask("水利局自评平均得分").text
    assert "95.88" in mean and "287.64" in mean  # (95.64 + 100 + 92) / 3, the arithmetic shown
    under = engine.ask("自评低于96分的项目").text
    assert "城区主干河道清淤疏浚工程" in under and "山洪灾害监测预警平台运维项目" in under
    assert "（2 个）" in under
    full = engine.ask("哪个项目自评满分").text
    assert "（1 个）：县级应急抢险物资储备项目" in full


def test_follow_ups_of_a_score(engine) -> None:
    s = Session()
    engine.ask("哪个项目自评分最高", s)
    assert "第2高的是城区主干河道清淤疏浚工程" in engine.ask("第二呢", s).text
    s = Session()
    engine.ask("河道清淤总分", s)
    text = engine.ask("比山洪预警高多少", s).text
    assert "3.64" in text and "95.64 − 92" in text
    s = Session()
    engine.ask("县级应急抢险物资储备项目", s)
    assert "100" in engine.ask("总分多少", s).text
    s = Session()
    engine.ask("山洪灾害监测预警平台运维项目", s)
    assert "青禾县水文站" in engine.ask("实施单位", s).text


def test_why_a_target_was_missed_is_its_deviation_note(engine) -> None:
    text = engine.ask("河道清淤为什么延期").text
    assert "上游来水提前" in text and "汛前完工时间" in text
    text = engine.ask("监测站点在线率为啥没达到").text
    assert "太阳能板老化" in text and "上游来水" not in text


def test_an_indicator_score_is_still_the_indicator(engine) -> None:
    text = engine.ask("监测站点在线率得分多少").text
    assert "34" in text and "92分" not in text


def test_a_follow_up_why_is_of_the_indicator_just_shown(engine) -> None:
    s = Session()
    engine.ask("山洪预警的站点在线率", s)
    text = engine.ask("为啥没达到", s).text
    assert "太阳能板老化" in text


def test_the_funding_block_of_a_project_named_by_its_sheet(engine) -> None:
    rate = engine.ask("山洪预警财政拨款执行率").text
    assert "80.00%" in rate and "山洪灾害监测预警平台运维项目" in rate
    assert "123.52%" not in rate  # no other project's line
    spent = engine.ask("河道清淤全年执行数").text
    assert "790.50" in spent and "156" not in spent


def test_the_budget_added_during_the_year(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "青禾县_水利局_2026_项目支出绩效自评表.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["防汛物资"]
    ws["C7"] = ws["C8"] = 120.0  # 年初预算数 120, 全年预算数 156: 36 added during the year
    wb.save(path)
    engine = engine_over(tmp_path / "kb.sqlite", [path])
    text = engine.ask("防汛物资年中追加了多少").text
    assert "36.00万元" in text and "156 − 120 = 36" in text
    s = Session()
    engine.ask("防汛物资执行率", s)
    assert "36.00万元" in engine.ask("全年预算比年初多了多少", s).text


def test_the_indicators_a_named_project_lost_points_on(engine) -> None:
    text = engine.ask("河道清淤哪些指标扣分了").text
    assert "汛前完工时间 得分 16分（分值 20分，扣 4分）" in text
    assert "清淤土方量" not in text and "监测站点在线率" not in text
    assert "都拿了满分" in engine.ask("防汛物资哪些指标没拿满分").text


def test_the_projects_of_the_workbook_added_up(engine) -> None:
    # 全年预算数 820 + 156 + 64 = 1040; 全年执行数 790.5 + 156 + 51.2 = 997.7; 997.7 ÷ 1040 = 95.93%
    rate = engine.ask("青禾水利局整体执行率").text
    assert "95.93%" in rate and "997.7" in rate and "1040" in rate
    assert "96.40%" not in rate  # not the first sheet's own rate
    s = Session()
    assert "1040.00万元" in engine.ask("水利局3个项目全年预算合计", s).text
    assert "997.70万元" in engine.ask("执行合计呢", s).text
