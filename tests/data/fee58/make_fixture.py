"""云溪县2026年国有资源（资产）有偿使用收入预算表: 15 items under 5 主管部门 (the department merged down its block),
a printed 小计 closing each block and a 合计; 征收依据 / 征收标准 / 备注 as words, 2025年执行数, 2026年预算数, 增减额,
增减% under a merged 收入情况 (two header rows). A fictional county: no figure or name of a published table.

By hand: 交通 42 + 120 + 36 + 12 = 210 → 45.5 + 98 + 40 + 13.5 = 197; 林业 68 + 10 + 8 + 15 = 101 → 72 + 11 + 9 + 0 = 92;
文广旅体 18 + 9.5 + 40 = 67.5 → 20 + 11 + 44 = 75; 机关事务 85 + 22 = 107 → 80 + 0 = 80; 水利 16 → 24 as printed (its rows
add up to 16 + 6 = 22: the printed 小计 stands, never the rows worked out again). 合计 501.5 → 468, 增减额 -33.5.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
RESOURCES = HERE / "云溪县财政局_2026年国有资源有偿使用收入预算表.xlsx"
# A second table of the shape printing no 小计 rows: 罚没收入 under 执法单位 (a unit's whole is all its rows added up:
# 县城市管理综合执法局 2026: 36 + 12.5 + 8 = 56.5, 2025: 30 + 14 + 6 = 50).
FINES = HERE / "云溪县财政局_2026年罚没收入预算表.xlsx"
_FINES = [
    ("县城市管理综合执法局", [("市容环境卫生罚款", 30, 36, 6), ("违法建设罚款", 14, 12.5, -1.5), ("占道经营罚款", 6, 8, 2)]),
    ("县生态环境分局", [("环境污染罚款", 45, 40, -5), ("排污许可违规罚款", 8, 9.5, 1.5)]),
]

_BLOCKS = [
    ("县交通运输局", [
        ("公路路产占用费", "《公路法》；云价〔2019〕12号", "每平方米每年5元", 42, 45.5, 3.5, 8.33, None),
        ("客运站经营权出让收入", "云政办〔2021〕33号", "按出让合同", 120, 98, -22, -18.33, None),
        ("停车泊位经营权有偿使用费（城区）", "云价〔2022〕7号", "每泊位每年600元", 36, 40, 4, 11.11, None),
        ("停车泊位经营权有偿使用费（郊区）", "云价〔2022〕7号", "每泊位每年300元", 12, 13.5, 1.5, 12.5, None),
    ], (210, 197, -13, -6.19)),
    ("县林业局", [
        ("国有林场林地出租收入", "《森林法》；云林〔2020〕5号", "每亩每年30元", 68, 72, 4, 5.88, None),
        ("国有林场房屋出租收入", "云财资〔2020〕18号", "按评估租金", 10, 11, 1, 10, None),
        ("自然保护区房屋出租收入", "云财资〔2020〕18号", "按评估租金", 8, 9, 1, 12.5, None),
        ("林木采伐权出让收入", "云林〔2018〕21号", "按出让合同", 15, 0, -15, -100, "2026年起暂停出让"),
    ], (101, 92, -9, -8.91)),
    ("县文化和广电旅游体育局", [
        ("体育场馆租赁收入（室内）", "云体〔2023〕4号", "每小时200元", 18, 20, 2, 11.11, None),
        ("体育场馆租赁收入（室外）", "云体〔2023〕4号", "每小时80元", 9.5, 11, 1.5, 15.79, None),
        ("景区特许经营权收入", "云政发〔2022〕9号", "按特许经营协议", 40, 44, 4, 10, None),
    ], (67.5, 75, 7.5, 11.11)),
    ("县机关事务管理中心", [
        ("行政办公用房出租收入", "云财资〔2019〕2号", "按评估租金", 85, 80, -5, -5.88, None),
        ("闲置资产处置收入", "云财资〔2019〕2号", "按拍卖成交价", 22, 0, -22, -100, None),
    ], (107, 80, -27, -25.23)),
    ("县水利局", [
        ("河道砂石开采权出让收入", "《河道管理条例》；云水〔2020〕6号", "按出让合同", 16, 16, 0, 0, None),
        ("水域占用补偿费", "云水〔2025〕11号", "每平方米每年2元", None, 6, 6, None, "2026年新增"),
    ], (16, 24, 8, 50)),
]
TOTAL = (501.5, 468, -33.5, -6.68)


def write_resources(path: Path = RESOURCES, head: str = "执收单位") -> Path:
    """The table with the units' column headed `head` (主管部门: the loader reads a document per department)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "有偿使用收入"
    ws.append(["云溪县2026年国有资源（资产）有偿使用收入预算表"] + [None] * 9)
    ws.append(["编制单位：云溪县财政局"] + [None] * 8 + ["单位：万元"])
    ws.append(["序号", head, "收入项目名称", "征收依据", "征收标准", "收入情况", None, None, None, "备注"])
    ws.append([None] * 5 + ["2025年执行数", "2026年预算数", "增减额", "增减%", None])
    merged = ["A1:J1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:I3", "J3:J4"]
    n = 0
    for dept, rows, sub in _BLOCKS:
        first = ws.max_row + 1
        for k, (name, basis, standard, y25, y26, change, pct, note) in enumerate(rows):
            n += 1
            ws.append([n, dept if k == 0 else None, name, basis, standard, y25, y26, change, pct, note])
        ws.append([None, None, "小计", None, None, *sub, None])
        merged.append(f"B{first}:B{ws.max_row}")
    ws.append(["合计", None, None, None, None, *TOTAL, None])
    merged.append(f"A{ws.max_row}:E{ws.max_row}")
    for cells in merged:
        ws.merge_cells(cells)
    wb.save(path)
    return path


def write_fines(path: Path = FINES) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "罚没收入"
    ws.append(["云溪县2026年罚没收入预算表", None, None, None, None, None])
    ws.append(["编制单位：云溪县财政局", None, None, None, None, "单位：万元"])
    ws.append(["执法单位", "罚没项目", "执法依据", "2025年执行数", "2026年预算数", "增减额"])
    merged = ["A1:F1"]
    for unit, rows in _FINES:
        first = ws.max_row + 1
        for k, (name, y25, y26, change) in enumerate(rows):
            ws.append([unit if k == 0 else None, name, "《行政处罚法》", y25, y26, change])
        merged.append(f"A{first}:A{ws.max_row}")
    ws.append(["合计", None, None, 103, 106, 3])
    for cells in merged:
        ws.merge_cells(cells)
    wb.save(path)
    return path


if __name__ == "__main__":
    write_resources()
    write_fines()
