"""Build 青岚县's table of its departments' “三公” budgets (tests/data/cnty62, with 县司法局 buying a car this
year) beside one loaded bureau of the county, 青岚县市场监督管理局, whose 政府采购意向 table lists its own units (a
fictional county and figures): a question saying only 青岚 over departments is of the county's table."""
from pathlib import Path

from openpyxl import Workbook

ROWS = [  # department (the county's short form), 2025 (出国, 接待, 购置, 运行), 2026 (same)
    ("县委办公室", (0, 10.0, 0, 8.0), (0, 9.0, 0, 7.5)),
    ("县公安局", (0, 6.0, 80.0, 200.0), (0, 5.5, 60.0, 190.0)),
    ("县司法局", (0, 2.0, 0, 6.0), (0, 2.0, 18.0, 6.0)),
    ("县商务局", (4.0, 3.0, 0, 2.0), (6.0, 2.8, 0, 2.0)),
]
BUYS = [  # unit, project, amount (万元)
    ("青岚县市场监督管理局", "食品安全抽检服务", 120.0),
    ("青岚县市场监督管理局", "执法记录仪采购", 35.0),
    ("青岚县质量技术监督检测中心", "检测设备采购", 300.0),
]


def six(v):
    o, j, g, y = v
    return [round(o + j + g + y, 2), o, j, round(g + y, 2), g, y]


def build_fees(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "2026年预算"
    ws.merge_cells("A1:P1")
    ws["A1"] = "青岚县2026年县级部门“三公”经费预算汇总表"
    ws["P2"] = "单位：万元"
    ws.merge_cells("A3:A5"); ws["A3"] = "序号"
    ws.merge_cells("B3:B5"); ws["B3"] = "部门名称"
    for start, label in ((3, "2025年预算"), (9, "2026年预算")):
        ws.merge_cells(start_row=3, start_column=start, end_row=3, end_column=start + 5)
        ws.cell(3, start, label)
        for k, sub in enumerate(["合计", "因公出国（境）费", "公务接待费"]):
            ws.merge_cells(start_row=4, start_column=start + k, end_row=5, end_column=start + k)
            ws.cell(4, start + k, sub)
        ws.merge_cells(start_row=4, start_column=start + 3, end_row=4, end_column=start + 5)
        ws.cell(4, start + 3, "公务用车购置及运行费")
        for k, sub in enumerate(["小计", "购置费", "运行费"]):
            ws.cell(5, start + 3 + k, sub)
    ws.merge_cells("O3:P3"); ws["O3"] = "2026年比2025年增减"
    ws.merge_cells("O4:O5"); ws["O4"] = "增减额"
    ws.merge_cells("P4:P5"); ws["P4"] = "增减率"
    r, t25, t26 = 6, [0.0] * 6, [0.0] * 6
    for i, (d, a, b) in enumerate(ROWS, 1):
        x, y = six(a), six(b)
        t25 = [p + q for p, q in zip(t25, x)]; t26 = [p + q for p, q in zip(t26, y)]
        ws.cell(r, 1, i); ws.cell(r, 2, d)
        for k, v in enumerate(x + y):
            ws.cell(r, 3 + k, v)
        ws.cell(r, 15, round(y[0] - x[0], 2))
        ws.cell(r, 16, round((y[0] - x[0]) / x[0], 4)).number_format = "0.00%"
        r += 1
    ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for k, v in enumerate([round(v, 2) for v in t25 + t26]):
        ws.cell(r, 3 + k, v)
    ws.cell(r, 15, round(t26[0] - t25[0], 2))
    ws.cell(r, 16, round((t26[0] - t25[0]) / t25[0], 4)).number_format = "0.00%"
    wb.save(path)


def build_buys(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "采购意向"
    ws.merge_cells("A1:G1"); ws["A1"] = "青岚县市场监督管理局2026年政府采购意向公开表"
    ws["G2"] = "单位：万元"
    for col, txt in (("A", "序号"), ("B", "采购单位"), ("G", "备注")):
        ws.merge_cells(f"{col}3:{col}4"); ws[f"{col}3"] = txt
    ws.merge_cells("C3:D3"); ws["C3"] = "采购项目"
    ws.merge_cells("E3:F3"); ws["E3"] = "预算及时间"
    for col, txt in zip("CDEF", ["采购项目名称", "采购品目", "预算金额（万元）", "预计采购时间"]):
        ws[f"{col}4"] = txt
    r = 5
    for i, (unit, name, amount) in enumerate(BUYS, 1):
        for c, v in enumerate([i, unit, name, "服务", amount, "2026年3月"], 1):
            ws.cell(r, c, v)
        r += 1
    ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 5, round(sum(x[2] for x in BUYS), 2))
    wb.save(path)


FEES = "青岚县2026年县级部门三公经费预算汇总表.xlsx"
BUYS_FILE = "青岚县市场监督管理局2026年政府采购意向公开表.xlsx"


def build(folder: Path) -> list[Path]:
    build_fees(folder / FEES)
    build_buys(folder / BUYS_FILE)
    return [folder / FEES, folder / BUYS_FILE]


if __name__ == "__main__":
    build(Path(__file__).resolve().parent)
