"""Builds the fictional 白溪县's tables for tests/test_dept64_asks_of_rows.py:
- 白溪县2026年县级部门三公经费预算汇总表.xlsx: each department's 2025 and 2026 totals and the printed change, where
  every department's figure grew (no row fell: "减少最多" has no answer but "none fell");
- 白溪县2026年部门人员编制情况表.xlsx: departments over their units, each group's 小计 written in the 序号 column
  with its name cell left empty (the subtotal of the group above it, never a unit of its own);
- 白溪县2025年重点项目投资计划表.xlsx: a 2025 table printing each project's 2026 plan beside its 2025 one (明年 of
  the table is its 2026 column)."""

from pathlib import Path

from openpyxl import Workbook

FEES = [  # department, 2025年预算, 2026年预算 (万元): every one grew
    ("县委办公室", 20.0, 21.5),
    ("县公安局", 300.0, 303.0),
    ("县教育局", 12.0, 12.4),
    ("县商务局", 8.0, 10.0),
]
STAFF = [  # (序号, 单位名称, 编制数, 实有人数); 序号 "小计": the group's subtotal, its name cell empty
    (1, "白溪县教育局", None, None),
    (None, "白溪县教育局本级", 20, 18),
    (None, "白溪县第一中学", 120, 112),
    ("小计", None, 140, 130),
    (2, "白溪县卫生健康局", None, None),
    (None, "白溪县卫生健康局本级", 15, 15),
    (None, "白溪县人民医院", 300, 287),
    (None, "白溪县疾病预防控制中心", 40, 36),
    ("小计", None, 355, 338),
    (3, "白溪县商务局", 12, 11),
]


def build_fees(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "2026年预算"
    ws.merge_cells("A1:F1")
    ws["A1"] = "白溪县2026年县级部门“三公”经费预算汇总表"
    ws["F2"] = "单位：万元"
    ws.append(["序号", "部门名称", "2025年预算", "2026年预算", "增减额", "增减率"])
    for i, (name, before, now) in enumerate(FEES, 1):
        ws.append([i, name, before, now, round(now - before, 2), round((now - before) / before, 4)])
        ws.cell(ws.max_row, 6).number_format = "0.00%"
    before, now = sum(r[1] for r in FEES), sum(r[2] for r in FEES)
    ws.append(["合计", None, before, now, round(now - before, 2), round((now - before) / before, 4)])
    ws.cell(ws.max_row, 6).number_format = "0.00%"
    wb.save(path)


def build_staff(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "编制情况"
    ws.merge_cells("A1:D1")
    ws["A1"] = "白溪县2026年部门人员编制情况表"
    ws["D2"] = "单位：人"
    ws.append(["序号", "单位名称", "编制数", "实有人数"])
    for row in STAFF:
        ws.append(list(row))
    groups = [r for r in STAFF if r[0] == "小计" or isinstance(r[0], int) and r[2] is not None]
    ws.append(["合计", None, sum(r[2] for r in groups), sum(r[3] for r in groups)])
    wb.save(path)


PLANS = [  # project, 2025年计划投资, 2026年计划投资 (万元): a 2025 table printing the next year's plan beside its own
    ("白溪县城区供水管网改造", 800.0, 450.0),
    ("白溪县乡村道路提升工程", 1200.0, 900.0),
]


def build_plans(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "投资计划"
    ws.merge_cells("A1:D1")
    ws["A1"] = "白溪县2025年重点项目投资计划表"
    ws["D2"] = "单位：万元"
    ws.append(["序号", "项目名称", "2025年计划投资", "2026年计划投资"])
    for i, (name, now, later) in enumerate(PLANS, 1):
        ws.append([i, name, now, later])
    ws.append(["合计", None, sum(r[1] for r in PLANS), sum(r[2] for r in PLANS)])
    wb.save(path)


def build(folder: Path) -> list[Path]:
    fees, staff = folder / "白溪县2026年县级部门三公经费预算汇总表.xlsx", folder / "白溪县2026年部门人员编制情况表.xlsx"
    build_fees(fees)
    build_staff(staff)
    plans = folder / "白溪县2025年重点项目投资计划表.xlsx"
    build_plans(plans)
    return [fees, staff, plans]


if __name__ == "__main__":
    build(Path(__file__).resolve().parent)
