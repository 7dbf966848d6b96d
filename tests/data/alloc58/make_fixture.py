"""Writes this folder's fixture documents (run from anywhere: python tests/data/alloc58/make_fixture.py).

柏溪县水利局 2025: an allocation table of towns (two header rows, a 2024 column and an 增减额 column beside this
year's, a 合计 row) and a project-target text (the seed's layout) whose one indicator's name holds 乡镇. Every
figure is made up here; the sums are worked out by hand in tests/test_alloc58_allocations.py.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
TABLE = HERE / "柏溪县水利局_2025年_山洪灾害防治专项资金分配表.xlsx"
TEXT = HERE / "柏溪县水利局_2025年_项目支出绩效目标表.txt"

# name, 受益人口（万人）, 地质灾害隐患点（处）, 合计, 省级补助, 县级配套, 2024年分配数, 增减额, 备注
ROWS = [
    ("城关街道", 6.2, 1, 30.0, 18.0, 12.0, 28.5, 1.5, None),
    ("东岙乡", 0.8, 2, 22.4, 13.44, 8.96, 24.0, -1.6, "海岛乡"),
    ("北溪镇", 3.1, 9, 61.5, 36.9, 24.6, 58.0, 3.5, "山洪重点防治区"),
    ("南坪镇", 2.7, 6, 48.2, 28.92, 19.28, 45.1, 3.1, None),
    ("西岭镇", 2.4, 7, 55.0, 33.0, 22.0, 52.6, 2.4, None),
]


def write_table(path: Path = TABLE) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分配表"
    ws.append(["2025年柏溪县山洪灾害防治专项资金分配表"] + [None] * 9)
    ws.append(["主管部门：柏溪县水利局"] + [None] * 8 + ["单位：万元"])
    ws.append(["序号", "乡镇（街道）", "分配因素", None, "2025年分配金额", None, None, "2024年分配数", "增减额", "备注"])
    ws.append([None, None, "受益人口（万人）", "地质灾害隐患点（处）", "合计", "省级补助", "县级配套", None, None, None])
    total = [round(sum(r[i] for r in ROWS), 2) for i in range(1, 8)]
    ws.append(["合计", None, *total, None])
    for n, row in enumerate(ROWS, 1):
        ws.append([n, *row])
    ws.append([None] * 10)
    ws.append(["说明：分配因素中受益人口权重50%、地质灾害隐患点权重50%；省级补助按60%比例安排，其余由县级配套。"] + [None] * 9)
    ws.merge_cells("A1:J1")
    ws.merge_cells("C3:D3")
    ws.merge_cells("E3:G3")
    for col in "ABHIJ":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("A5:B5")
    wb.save(path)
    return path


_TEXT = """
项目支出绩效目标表（含转移支付项目）

部门名称：柏溪县水利局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 40.00 40.00

柏溪县水利局 40.00 40.00

    山洪监测预警运维经费 40.00 40.00

对全县乡镇山洪监测站点开展日常运维，保障汛期监测预警信息及时发布。

1、1-产出指标,11-数量指标,运维乡镇监测站数；实施周期指标值:18个,年度指标值:18个;,2、1-产出指标,13-时效指标,预警信息发布时间；实施周期指标值:≤30分钟,年度指标值:≤30分钟;,3、3-满意度指标,31-服务对象满意度,群众满意度；实施周期指标值:≥90%,年度指标值:≥90%;
"""


def write_text(path: Path = TEXT) -> Path:
    path.write_text(_TEXT.lstrip("\n"), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_table(), write_text())
