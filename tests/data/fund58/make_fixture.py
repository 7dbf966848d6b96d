"""Writes this folder's fixture table (run from anywhere: python tests/data/fund58/make_fixture.py).

岚溪市 (made up): its 财政局's 2024年度市级财政专项资金清理情况表 — one row per fund under 领域 groups (一、二、… with a
小计 row each) and a 合计 row; text columns 主管部门, 处理方式 (保留 / 合并 / 降标 / 取消), 并入项目, 说明 beside two
years' money (2023年安排数, 2024年安排数) and 减少金额. Every figure is made up here; the sums are worked out by hand
in tests/test_fund58_text_columns.py.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
FUNDS = HERE / "岚溪市财政局_2024年度市级财政专项资金清理情况表.xlsx"

# 资金名称, 主管部门, 2023年安排数, 2024年安排数, 处理方式, 并入项目, 减少金额, 说明
GROUPS = [
    ("产业发展类", [
        ("茶叶品牌推广专项资金", "市农业农村局", 300, 240, "降标", None, 60, None),
        ("竹木加工技改补助资金", "市经济和信息化局", 150, 150, "合并", "制造业转型升级专项资金", 0, "新设统筹资金"),
        ("制造业转型升级专项资金", "市经济和信息化局", 520, 600, "保留", None, 0, "承接并入资金"),
        ("会展招商活动经费", "市商务局", 90, 0, "取消", None, 90, "活动停办"),
    ]),
    ("民生保障类", [
        ("城乡低收入家庭救助专项资金", "市民政局", 700, 760, "保留", None, 0, "救助标准上调"),
        ("居家养老服务补助资金", "市民政局", 260, 200, "降标", None, 60, None),
        ("孤残儿童关爱补助资金", "市民政局", 40, 40, "合并", "城乡低收入家庭救助专项资金", 0, None),
        ("职业技能提升补贴资金", "市人力资源和社会保障局", 180, 150, "降标", None, 30, None),
    ]),
    ("城乡建设类", [
        ("老旧小区微改造补助资金", "市住房和城乡建设局", 400, 330, "降标", None, 70, None),
        ("城市夜景亮化运维经费", "市综合行政执法局", 120, 0, "取消", None, 120, "亮化工程已移交运维单位"),
        ("农村公路养护专项资金", "市交通运输局", 210, 210, "保留", None, 0, None),
    ]),
]

HEADER = ["序号", "资金名称", "主管部门", "2023年安排数", "2024年安排数", "处理方式", "并入项目", "减少金额", "说明"]
NUMERALS = "一二三四五六七八九十"


def write_funds(path: Path = FUNDS) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "清理情况"
    ws.append(["岚溪市2024年度市级财政专项资金清理情况表"] + [None] * 8)
    ws.append(["编制单位：岚溪市财政局"] + [None] * 7 + ["单位：万元"])
    ws.append(HEADER)
    merged = ["A1:I1"]
    n = 0
    totals = [0, 0, 0]
    for g, (group, rows) in enumerate(GROUPS):
        ws.append([NUMERALS[g], group] + [None] * 7)
        merged.append(f"B{ws.max_row}:I{ws.max_row}")
        for name, dept, before, now, how, into, cut, note in rows:
            n += 1
            ws.append([n, name, dept, before, now, how, into, cut, note])
        sub = [sum(r[2] for r in rows), sum(r[3] for r in rows), sum(r[6] for r in rows)]
        totals = [a + b for a, b in zip(totals, sub)]
        ws.append([None, "小计", None, sub[0], sub[1], None, None, sub[2], None])
    ws.append(["合计", None, None, totals[0], totals[1], None, None, totals[2], None])
    merged.append(f"A{ws.max_row}:C{ws.max_row}")
    ws.append(["注：减少金额为2024年安排数较2023年减少的部分；合并类资金并入“并入项目”统筹使用。"] + [None] * 8)
    for cells in merged:
        ws.merge_cells(cells)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


if __name__ == "__main__":
    write_funds()
