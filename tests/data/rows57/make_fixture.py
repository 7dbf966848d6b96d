"""Writes this folder's fixture tables (run from anywhere: python tests/data/rows57/make_fixture.py).

青峪县 (made up): its 财政局's 2024 惠农补贴资金发放明细表 — one row per subsidy, text columns (主管部门, 补贴对象,
补贴标准, 发放方式) beside measures (发放户数/人数, 发放金额, 资金来源 › 中央 / 省级 / 县级 under a merged header) and a
合计 row — and its 自然资源局's 2024 行政事业性收费项目表 (one row per fee: 收费标准 text, 收费依据, 收费金额, 减免金额).
Every figure is made up here; the sums are worked out by hand in tests/test_rows57_item_rows.py.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
SUBSIDIES = HERE / "青峪县财政局_2024年_惠农补贴资金发放明细表.xlsx"
FEES = HERE / "青峪县自然资源局_2024年_行政事业性收费项目表.xlsx"

# 补贴名称, 主管部门, 补贴对象, 补贴标准, 发放户数/人数, 发放金额, 中央, 省级, 县级, 发放方式
SUBSIDY_ROWS = [
    ("油菜种植生产者补贴", "县农业农村局", "油菜种植户", "每亩50元", 1820, 46.5, 30.0, 10.0, 6.5, "惠农一卡通"),
    ("茶园低产改造补助", "县农业农村局", "茶农", "每亩600元", 240, 72.0, None, 48.0, 24.0, "惠农一卡通"),
    ("农村特困人员供养金", "县民政局", "农村特困人员", "每人每月1100元", 512, 675.84, 300.0, 200.0, 175.84, "社会化发放"),
    ("困难重度残疾人两项补贴", "县残疾人联合会", "困难残疾人和重度残疾人", "每人每月150元", 2300, 414.0, 200.0, 120.0, 94.0, "社会化发放"),
    ("残疾儿童康复救助金", "县残疾人联合会", "0至17岁残疾儿童", "每人每年2万元", 95, 190.0, None, 114.0, 76.0, "直接支付康复机构"),
    ("百岁老人长寿补贴", "县民政局", "百岁以上老人", "每人每月800元", 21, 20.16, None, None, 20.16, "现金发放"),
    ("退耕还林巩固补助", "县林业局", "退耕农户", "每亩125元", 3100, 98.75, 98.75, None, None, "惠农一卡通"),
]


def write_subsidies(path: Path = SUBSIDIES) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "惠农补贴"
    ws.append(["青峪县2024年惠农补贴资金发放明细表"] + [None] * 10)
    ws.append(["编制单位：青峪县财政局"] + [None] * 9 + ["单位：万元、户、人"])
    ws.append(["序号", "补贴名称", "主管部门", "补贴对象", "补贴标准", "发放户数/人数", "发放金额（万元）",
               "资金来源（万元）", None, None, "发放方式"])
    ws.append([None] * 7 + ["中央", "省级", "县级", None])
    for n, row in enumerate(SUBSIDY_ROWS, 1):
        ws.append([n, *row])
    money = [round(sum(r[i] or 0 for r in SUBSIDY_ROWS), 2) for i in range(5, 9)]
    ws.append(["合计", None, None, None, None, None, *money, None])
    for cells in ("A1:K1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:J3", "K3:K4", "A12:F12"):
        ws.merge_cells(cells)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


# 收费项目名称, 收费标准, 收费依据, 收费金额（万元）, 减免金额（万元）
FEE_ROWS = [
    ("土地复垦费", "按损毁耕地每平方米6元", "省物价局文件", 38.4, 2.0),
    ("不动产登记费", "住宅每件80元", "国家发改委文件", 126.8, 11.6),
    ("耕地开垦费", "按占用耕地每平方米30元", "省财政厅文件", 412.5, 0.0),
]


def write_fees(path: Path = FEES) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收费项目"
    ws.append(["青峪县自然资源局2024年行政事业性收费项目表"] + [None] * 5)
    ws.append(["填报单位：青峪县自然资源局"] + [None] * 4 + ["单位：万元"])
    ws.append(["序号", "收费项目名称", "收费标准", "收费依据", "收费金额（万元）", "减免金额（万元）"])
    for n, row in enumerate(FEE_ROWS, 1):
        ws.append([n, *row])
    ws.append(["合计", None, None, None, round(sum(r[3] for r in FEE_ROWS), 2), round(sum(r[4] for r in FEE_ROWS), 2)])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


if __name__ == "__main__":
    write_subsidies()
    write_fees()
