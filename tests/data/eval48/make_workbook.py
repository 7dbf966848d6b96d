"""Writes 云岭县林业局2025年度项目支出绩效自评表.xlsx: a 自评结果汇总表 sheet and one 项目支出绩效自评表 sheet per
project (funding block 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分 over 年度资金总额 / 其中：财政拨款 /
上年结转资金 / 其他资金, then 年度总体目标 and the indicators), for tests/test_eval48_self_eval_funds.py.
Run: python tests/data/eval48/make_workbook.py"""

from pathlib import Path

import openpyxl

OUT = Path(__file__).with_name("云岭县林业局2025年度项目支出绩效自评表.xlsx")
DEPT = "云岭县林业局"
# name, sheet, unit, funds [(line, 年初, 全年, 执行)], total score, indicators
PROJECTS = [
    ("菌菇产业扶持专项资金", "菌菇产业", "云岭县林业技术推广站",
     [("年度资金总额", 300, 340, 306), ("其中：财政拨款", 300, 300, 270), ("上年结转资金", None, 40, 36),
      ("其他资金", None, None, None)], 97.5,
     [("产出指标", "数量指标", "菌菇种植基地面积", "≥500亩", "520亩", 20, 20, None),
      ("满意度指标", "服务对象满意度", "种植户满意度", "≥90%", "94%", 10, 10, None)]),
    ("林区防火道路维护经费", "防火道路", DEPT,
     [("年度资金总额", 150, 150, 120), ("其中：财政拨款", 150, 150, 120), ("上年结转资金", None, None, None),
      ("其他资金", None, None, None)], 92.0,
     [("产出指标", "数量指标", "维护防火道路里程", "≥80公里", "66公里", 20, 16.5, "雨季施工窗口短，部分路段顺延至次年")]),
    ("国有林场森林管护项目", "林场管护", "云岭县国有林场",
     [("年度资金总额", 480, 520, 494), ("其中：财政拨款", 400, 440, 418), ("上年结转资金", None, None, None),
      ("其他资金", 80, 80, 76)], 98.0,
     [("产出指标", "数量指标", "森林管护面积", "≥12万亩", "12.3万亩", 20, 20, None)]),
]


def _form(ws, name: str, unit: str, funds: list, score: float, indicators: list) -> None:
    ws.append(["项目支出绩效自评表"])
    ws.append(["（2025年度）"])
    ws.append(["单位：万元"])
    ws.append(["项目名称", name])
    ws.append(["主管部门", DEPT, None, None, "实施单位", unit])
    ws.append(["项目资金（万元）", None, None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    for k, (line, start, whole, spent) in enumerate(funds):
        rate = f"{spent / whole * 100:.2f}%" if whole else None
        ws.append([None, line, None, start, whole, spent, 10 if k == 0 else "—", rate,
                   round(10 * spent / whole, 2) if k == 0 else "—"])
    ws.append(["年度总体目标", "预期目标", None, None, None, "实际完成情况"])
    ws.append([None, f"完成{name}年度任务。", None, None, None, "基本完成年度任务。"])
    ws.append(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
               "偏差原因分析及改进措施"])
    for level1, level2, indicator, target, actual, full, got, why in indicators:
        ws.append([None, level1, level2, indicator, target, actual, full, got, why])
    ws.append(["总分", None, None, None, None, None, 100, score, "自评等次：优"])
    ws.merge_cells("A1:I1")
    ws.merge_cells("B4:I4")


def main() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append([f"{DEPT}2025年度项目支出绩效自评结果汇总表"])
    ws.append(["单位：万元"])
    ws.append(["序号", "项目名称", "实施单位", "全年预算数", "全年执行数", "执行率", "自评得分", "自评等次"])
    for k, (name, _, unit, funds, score, _) in enumerate(PROJECTS, start=1):
        _, _, whole, spent = funds[0]
        ws.append([k, name, unit, whole, spent, f"{spent / whole * 100:.2f}%", score, "优"])
    whole = sum(p[3][0][2] for p in PROJECTS)
    spent = sum(p[3][0][3] for p in PROJECTS)
    ws.append(["合计", None, None, whole, spent, f"{spent / whole * 100:.2f}%"])
    ws.merge_cells("A1:H1")
    for name, sheet, unit, funds, score, indicators in PROJECTS:
        _form(wb.create_sheet(sheet), name, unit, funds, score, indicators)
    wb.save(OUT)


if __name__ == "__main__":
    main()
