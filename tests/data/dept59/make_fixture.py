"""Writes two fictional 三公 tables, each item printed under 2024年预算数 and again under 2025年预算数 (merged
header cells), in folders of their own (each loaded alone):
units/岚溪县_县直各部门_2025年_三公经费预算表.xlsx: departments and units, three header rows; departments of one line
(主管部门 and 单位名称 both the department's name), and departments printing a 小计 line over their units;
flat/云岫县2025年部门三公经费预算表.xlsx: departments only, one line each (序号, 部门名称), two header rows."""

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
ITEMS = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", None, None, "公务接待费"]
ROWS = [  # 主管部门, 单位名称, 2024: 合计 出国 车小计 购置 运维 接待, 2025: the same
    ("合计", None, 228.6, 6, 160.4, 42, 118.4, 62.2, 201.9, 4, 142.6, 30, 112.6, 55.3),
    ("中共岚溪县委办公室", "中共岚溪县委办公室", 24.6, 0, 15.2, 0, 15.2, 9.4, 21.8, 0, 13.7, 0, 13.7, 8.1),
    ("岚溪县公安局", "岚溪县公安局", 96.3, 0, 88.1, 32, 56.1, 8.2, 84.5, 0, 77.9, 24, 53.9, 6.6),
    ("岚溪县卫生健康局", "小计", 52.7, 4, 30.5, 10, 20.5, 18.2, 48.1, 2, 28.7, 6, 22.7, 17.4),
    (None, "岚溪县卫生健康局本级", 13.5, 4, 2.8, 0, 2.8, 6.7, 12.6, 2, 4.1, 0, 4.1, 6.5),
    (None, "岚溪县疾病预防控制中心", 27.9, 0, 21.4, 10, 11.4, 6.5, 24.3, 0, 18.2, 6, 12.2, 6.1),
    (None, "岚溪县妇幼保健院", 11.3, 0, 6.3, 0, 6.3, 5, 11.2, 0, 6.4, 0, 6.4, 4.8),
    ("岚溪县农业农村局", "小计", 55, 2, 26.6, 0, 26.6, 26.4, 47.5, 2, 22.3, 0, 22.3, 23.2),
    (None, "岚溪县农业农村局本级", 31.8, 2, 12.4, 0, 12.4, 17.4, 26.9, 2, 10.1, 0, 10.1, 14.8),
    (None, "岚溪县农业技术推广中心", 23.2, 0, 14.2, 0, 14.2, 9, 20.6, 0, 12.2, 0, 12.2, 8.4),
]


def main() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "三公经费预算表"
    ws.append(["岚溪县2025年县直部门“三公”经费财政拨款预算表"] + [None] * 13)
    ws.append(["单位：万元"] + [None] * 13)
    ws.append(["主管部门", "单位名称", "2024年预算数", None, None, None, None, None, "2025年预算数"] + [None] * 5)
    ws.append([None, None] + ITEMS + ITEMS)
    ws.append([None, None, None, None, "小计", "公务用车购置费", "公务用车运行维护费", None,
               None, None, "小计", "公务用车购置费", "公务用车运行维护费", None])
    for row in ROWS:
        ws.append(list(row))
    for cells in ("A1:N1", "A2:N2", "A3:A5", "B3:B5", "C3:H3", "I3:N3", "C4:C5", "D4:D5", "E4:G4", "H4:H5",
                  "I4:I5", "J4:J5", "K4:M4", "N4:N5", "A6:B6", "A9:A12", "A13:A15"):
        ws.merge_cells(cells)
    (HERE / "units").mkdir(exist_ok=True)
    wb.save(HERE / "units" / "岚溪县_县直各部门_2025年_三公经费预算表.xlsx")
    flat()


FLAT = [  # 部门名称, 2024: 合计 出国 购置 运维 接待, 2025: the same
    ("中共云岫县委办公室", 18.4, 0, 0, 11.6, 6.8, 16.9, 0, 0, 10.8, 6.1),
    ("云岫县公安局", 121.7, 0, 28, 86.5, 7.2, 109.6, 0, 22, 81.2, 6.4),
    ("云岫县水利局", 14.2, 0, 0, 9.7, 4.5, 15.8, 0, 3, 8.9, 3.9),
    ("云岫县商务局", 12.9, 5, 0, 3.6, 4.3, 11.3, 4, 0, 3.4, 3.9),
]


def flat() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "三公经费预算"
    items = ["合计", "因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"]
    ws.append(["云岫县2025年县级部门财政拨款“三公”经费预算表"] + [None] * 11)
    ws.append(["单位：万元"] + [None] * 11)
    ws.append(["序号", "部门名称", "2024年预算数", None, None, None, None, "2025年预算数"] + [None] * 4)
    ws.append([None, None] + items + items)
    ws.append(["合计", None] + [round(sum(r[k] for r in FLAT), 2) for k in range(1, 11)])
    for n, row in enumerate(FLAT, start=1):
        ws.append([n, *row])
    for cells in ("A1:L1", "A2:L2", "A3:A4", "B3:B4", "C3:G3", "H3:L3", "A5:B5"):
        ws.merge_cells(cells)
    (HERE / "flat").mkdir(exist_ok=True)
    wb.save(HERE / "flat" / "云岫县2025年部门三公经费预算表.xlsx")


if __name__ == "__main__":
    main()
