"""Build the fictional 青柳县 tables of tests/test_cw59_near_names.py (run from the repository root): the 人社局's
项目支出绩效目标表 text (indicators whose names differ from a question's by one distinguishing word: 乡村 / 城镇,
县级 / 市级, 累计 / 新增) and its 项目支出绩效自评表, the 渝中 sample made over (an indicator 困难人员就业补贴发放及时率
a question's 创业补贴 is not)."""

from __future__ import annotations

import shutil
import sys
from decimal import Decimal as D
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from conftest import set_cells  # noqa: E402

DEPT = "青柳县人力资源和社会保障局(部门)"
HEADER = f"部门名称：{DEPT} 单位：万元\n\n项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n"
LEVELS = {"数量": ("1-产出指标", "11-数量指标"), "成本": ("1-产出指标", "14-成本指标"),
          "满意": ("3-满意度指标", "31-服务对象满意度")}
PROJECTS = [
    ("岗位援助补贴资金", "260.00", "为乡村就业困难人员提供岗位援助。",
     [("成本", "乡村岗位援助补贴标准", "≤600元/人·月"), ("数量", "岗位援助人数", "≥300人"),
      ("满意", "援助对象满意度", "≥92%")]),
    ("养老服务补助资金", "140.00", "补助养老服务机构运营。",
     [("成本", "县级养老服务补助标准", "每床每月120元"), ("数量", "补助养老机构数量", "≥12家")]),
    ("技能培训专项经费", "75.00", "开展职业技能培训。",
     [("数量", "累计培训人数", "≥4500人"), ("满意", "培训学员满意度", "≥90%")]),
    ("创业担保贷款贴息资金", "90.00", "为创业人员贷款贴息。", [("数量", "贴息贷款发放笔数", "≥150笔")]),
]


def project_text() -> str:
    total = sum(D(p[1]) for p in PROJECTS)
    s = "\n项目支出绩效目标表（含转移支付项目）\n\n" + HEADER + f"合计 {total:.2f} {total:.2f}\n\n"
    s += f"青柳县人力资源和社会保障局 {total:.2f} {total:.2f}\n\n"
    for name, amount, goal, indicators in PROJECTS:
        s += f"    {name} {amount} {amount}\n\n{goal}\n\n"
        parts = [f"{i}、{LEVELS[k][0]},{LEVELS[k][1]},{n}；实施周期指标值:{v},年度指标值:{v};"
                 for i, (k, n, v) in enumerate(indicators, 1)]
        s += ",".join(parts) + "\n\n"
    return s


def self_evaluation() -> None:
    """The 渝中 sample's layout, made over into 青柳's 稳岗扶持资金 (names and figures of its own)."""
    path = HERE / "青柳县人力资源和社会保障局_2024年_项目支出绩效自评表.xlsx"
    shutil.copy(HERE.parent / "samples" / "chongqing_yuzhong_2021_project_self_evaluation.xlsx", path)
    set_cells(path, {"A1": "2024年度项目支出绩效自评表", "B2": "稳岗扶持资金", "I2": "林晓",
                     "B3": "青柳县就业服务中心", "I3": "青柳县人力资源和社会保障局", "B5": 3210, "F5": 2980,
                     "B16": "困难人员就业补贴发放及时率", "D16": 96, "G16": 99})
    wb = openpyxl.load_workbook(path)
    wb.worksheets[0].title = "稳岗扶持资金"
    wb.save(path)


if __name__ == "__main__":
    (HERE / "青柳县人力资源和社会保障局2025年项目支出绩效目标表.txt").write_text(project_text(), encoding="utf-8")
    self_evaluation()
