"""Writes this folder's fixture tables (run from anywhere: python tests/data/fund59/make_fixture.py).

青岩县 (made up): its 财政局's 2024年财政直达资金分配和支出进度表 — one row per fund under 类别 groups (一、二、三 with a
小计 row each) and a 合计 row; 下达资金 a merged header over three sub-columns (中央资金 / 省级资金 / 市级资金, no total
of theirs), 已分配资金, 分配进度（%）, 已支出资金, 支出进度（%） (percent cells: 1 is 100 %), and the text columns 主管部门,
资金用途, 备注. Beside it, the bundled 自评表 sample made over into 青岩县医疗保障局's evaluation of a project of the very
name of one of the funds (城乡医疗救助补助资金), which prints 执行数 / 执行率 but no 支出进度, 已分配 nor 中央资金. Every
figure is made up here; the sums are worked out by hand in tests/test_fund59_progress_table.py.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
FUNDS = HERE / "青岩县财政局_2024年_财政直达资金分配和支出进度表.xlsx"
SELF_EVALUATION = HERE / "qingyan_2024_medical_aid_self_evaluation.xlsx"
SAMPLE = HERE.parent / "samples" / "chongqing_yuzhong_2021_project_self_evaluation.xlsx"

# 资金项目, 主管部门, 中央资金, 省级资金, 市级资金, 已分配资金, 已支出资金, 资金用途, 备注
GROUPS = [
    ("民生保障类", [
        ("城乡医疗救助补助资金", "县医疗保障局", 620, 240, 60, 920, 801.4, "困难群众医疗救助", None),
        ("义务教育薄弱环节改善资金", "县教育局", 880, 310, 0, 1150, 1002.6, "农村学校校舍改造", "结转下年"),
        ("残疾人事业发展补助资金", "县残联", 150, 70, 20, 240, 240, "残疾人康复和托养服务", None),
    ]),
    ("农业农村类", [
        ("耕地建设与利用资金", "县农业农村局", 1340, 420, 0, 1700, 1185.3, "高标准农田建设", "含提前下达"),
        ("动物防疫补助经费", "县农业农村局", 96, 54, 10, 160, 148.8, "强制免疫和扑杀补助", None),
        ("水利救灾资金", "县水利局", 210, 90, 0, 300, 276, "山洪灾害防御和水毁修复", None),
    ]),
    ("基础设施类", [
        ("成品油税费改革转移支付", "县交通运输局", 1430, 0, 0, 1430, 1287, "农村公路养护", None),
        ("城镇老旧小区改造补助资金", "县住房和城乡建设局", 760, 180, 40, 900, 513, "小区管网和加装电梯", "结转下年使用"),
    ]),
]

NUMERALS = "一二三四五六七八九十"


def _row(no, name, dept, money, use, note) -> list:
    central, province, city, allotted, spent = money
    handed = central + province + city
    return [no, name, dept, central, province, city, allotted, round(allotted / handed, 4), spent,
            round(spent / allotted, 4), use, note]


def write_funds(path: Path = FUNDS) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "直达资金"
    ws.append(["青岩县2024年财政直达资金分配和支出进度表"] + [None] * 11)
    ws.append(["填报单位：青岩县财政局"] + [None] * 8 + ["截至2024年12月31日", None, "单位：万元"])
    ws.append(["序号", "资金项目", "主管部门", "下达资金", None, None, "已分配资金", "分配进度（%）", "已支出资金",
               "支出进度（%）", "资金用途", "备注"])
    ws.append([None, None, None, "中央资金", "省级资金", "市级资金"] + [None] * 6)
    merged = ["A1:L1", "D3:F3"] + [f"{c}3:{c}4" for c in "ABCGHIJKL"]
    n, whole = 0, [0.0] * 5
    for g, (group, rows) in enumerate(GROUPS):
        ws.append([NUMERALS[g], group] + [None] * 10)
        for name, dept, *money, use, note in rows:
            n += 1
            ws.append(_row(n, name, dept, money, use, note))
        sub = [round(sum(r[k] for r in rows), 2) for k in range(2, 7)]
        whole = [round(a + b, 2) for a, b in zip(whole, sub, strict=True)]
        ws.append(_row(None, f"{group}小计", None, sub, None, None))
    ws.append(_row(None, "合计", None, whole, None, None))
    ws.append(["注：分配进度=已分配资金/下达资金；支出进度=已支出资金/已分配资金。"] + [None] * 11)
    for row in ws.iter_rows(min_row=5):
        for cell in (row[7], row[9]):
            cell.number_format = "0.00%"
    for cells in merged:
        ws.merge_cells(cells)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def write_self_evaluation(path: Path = SELF_EVALUATION) -> Path:
    """The bundled 自评表 sample made over: 青岩县医疗保障局's project 城乡医疗救助补助资金 (全年预算数 900, 执行数 780)."""
    wb = openpyxl.load_workbook(SAMPLE)
    ws = wb.worksheets[0]
    ws.title = "城乡医疗救助补助资金"
    for cell, value in {"A1": "2024年度项目支出绩效自评表", "B2": "城乡医疗救助补助资金", "B3": "青岩县医疗救助服务中心",
                        "I3": "青岩县医疗保障局", "B5": 900, "F5": 780}.items():
        ws[cell] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


if __name__ == "__main__":
    write_funds()
    write_self_evaluation()
