"""Build 青岚县's county-wide table of its departments' “三公” budgets (a fictional county and figures)."""
from pathlib import Path

from openpyxl import Workbook

ROWS = [  # department (the county's short form), 2025 (出国, 接待, 购置, 运行), 2026 (same)
    ("县委办公室", (0, 10.0, 0, 8.0), (0, 9.0, 0, 7.5)),
    ("县公安局", (0, 6.0, 80.0, 200.0), (0, 5.5, 60.0, 190.0)),
    ("县商务局", (4.0, 3.0, 0, 2.0), (6.0, 2.8, 0, 2.0)),
]
OLD = [("县公安局", (0, 5.2, 70.0, 195.5))]


def six(v):
    o, j, g, y = v
    return [round(o + j + g + y, 2), o, j, round(g + y, 2), g, y]


def build(path: Path) -> None:
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
    w2 = wb.create_sheet("2024年决算")
    w2.merge_cells("A1:H1"); w2["A1"] = "部分部门2024年“三公”经费决算情况"
    w2["H2"] = "单位：万元"
    for col, txt in (("A", "序号"), ("B", "部门名称"), ("C", "合计"), ("D", "因公出国（境）费"), ("E", "公务接待费")):
        w2.merge_cells(f"{col}3:{col}4"); w2[f"{col}3"] = txt
    w2.merge_cells("F3:H3"); w2["F3"] = "公务用车购置及运行费"
    for col, txt in zip("FGH", ["小计", "购置费", "运行费"]):
        w2[f"{col}4"] = txt
    for i, (d, a) in enumerate(OLD, 1):
        w2.cell(4 + i, 1, i); w2.cell(4 + i, 2, d)
        for k, v in enumerate(six(a)):
            w2.cell(4 + i, 3 + k, v)
    wb.save(path)


if __name__ == "__main__":
    build(Path(__file__).resolve().parent / "青岚县2026年县级部门三公经费预算汇总表.xlsx")
