"""The national 项目支出绩效自评表 template (one project per sheet: 项目名称, 主管部门, 实施单位, a funding block of
年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分, 年度总体目标 expected and achieved, and an indicator
grid of 一级 / 二级 / 三级指标 with 年度指标值, 实际完成值, 分值, 得分, 偏差原因) is read as typed projects with their
execution and indicators' actual values, and every cell as facts under its project — not as one general
table where a score question meets another sheet's funding line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.conftest import engine_over

# (sheet, project, 年初, 全年预算, 全年执行, 其他资金, indicators: (一级, 二级, 三级, 目标, 完成, 分值, 得分, 原因))
_SHEETS = [
    ("古籍修复", "馆藏古籍修复保护经费", 46.0, 52.0, 47.32, 6.0, [
        ("产出指标", "数量指标", "修复古籍册数", "≥300册", "312册", 20, 20, ""),
        ("产出指标", "质量指标", "修复验收合格率", "≥98%", "96%", 15, 12, "部分虫蛀严重，已送省中心复修"),
        ("效益指标", "社会效益指标", "古籍数字化开放条目", "≥500条", "540条", 20, 20, ""),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "93%", 10, 10, "")]),
    ("流动图书车", "流动图书服务车运行经费", 18.5, 18.5, 18.5, 0.0, [
        ("产出指标", "数量指标", "下乡服务场次", "≥80场", "74场", 25, 21, "雨季停运三周"),
        ("产出指标", "时效指标", "到站准点率", "≥95%", "97%", 15, 15, ""),
        ("满意度指标", "服务对象满意度指标", "乡镇读者满意度", "≥90%", "91%", 20, 20, "")]),
]


def _workbook(path: Path, *, merged: bool = True) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, name, start_plan, plan, spent, other, indicators in _SHEETS:
        ws = wb.create_sheet(sheet)
        ws.append(["项目支出绩效自评表"])
        ws.append(["（2025年度）"])
        ws.append(["项目名称", name])
        ws.append(["主管部门", "青梧县文化广电旅游体育局", None, None, None, "实施单位", "青梧县图书馆"])
        ws.append(["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
        ws.append([None, "年度资金总额", start_plan, plan, spent, 10, spent / plan, round(10 * spent / plan, 2)])
        ws.append([None, "其中：当年财政拨款", start_plan - other, plan - other, spent - other, "—", None, "—"])
        ws.append([None, "上年结转资金", 0, 0, 0, "—", None, "—"])
        ws.append([None, "其他资金", other, other, other, "—", None, "—"])
        ws.merge_cells("A5:A9")
        ws.append(["年度总体目标", "预期目标", None, None, None, "实际完成情况"])
        ws.append([None, f"按计划完成{name}对应的服务任务。", None, None, None, "年度任务基本完成。"])
        ws.append(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                   "偏差原因分析及改进措施"])
        first = ws.max_row + 1
        previous = ""
        for ind in indicators:
            same = merged and ind[0] == previous
            ws.append([None, None if same else ind[0], *ind[1:]])
            if same:
                ws.merge_cells(start_row=ws.max_row - 1, start_column=2, end_row=ws.max_row, end_column=2)
            previous = ind[0]
        ws.merge_cells(f"A{first - 1}:A{ws.max_row}")
        ws.append(["总分", None, None, None, None, None, 100, 10 + sum(i[6] for i in indicators)])
    wb.save(path)
    return path


@pytest.mark.parametrize("merged", [True, False])
def test_each_sheet_is_a_project_with_its_execution_and_actual_values(tmp_path: Path, merged: bool) -> None:
    engine = engine_over(tmp_path / "kb.sqlite", [_workbook(tmp_path / "自评.xlsx", merged=merged)])
    assert "2 个项目" in engine.ask("青梧县文化广电旅游体育局有几个项目").text
    spent = engine.ask("古籍修复保护经费全年执行数多少").text
    assert "47.32" in spent and "91.00%" in spent  # 47.32 of 52
    actual = engine.ask("修复验收合格率实际完成多少").text
    assert "96%" in actual and "98%" in actual
    assert "6.00" in engine.ask("馆藏古籍修复保护经费其他资金多少").text


def test_scores_are_checked_against_their_full_marks_not_the_actual_value(tmp_path: Path) -> None:
    engine = engine_over(tmp_path / "kb.sqlite", [_workbook(tmp_path / "自评.xlsx")])
    short = engine.ask("哪些指标没拿满分").text
    assert "修复验收合格率" in short and "下乡服务场次" in short
    assert "到站准点率" not in short and "总分" not in short  # a full score; the total line is no indicator
    assert "雨季停运三周" in engine.ask("下乡服务场次为什么没完成").text


def test_a_projects_funding_column_is_its_total_line(tmp_path: Path) -> None:
    engine = engine_over(tmp_path / "kb.sqlite", [_workbook(tmp_path / "自评.xlsx")])
    text = engine.ask("流动图书服务车运行经费年初预算数").text
    assert "18.5" in text and "年度资金总额" in text


def test_the_total_score_stands_under_its_columns(tmp_path: Path) -> None:
    engine = engine_over(tmp_path / "kb.sqlite", [_workbook(tmp_path / "自评.xlsx")])
    text = engine.ask("流动图书服务车运行经费总分多少").text
    assert "66" in text  # 10 + 21 + 15 + 20
