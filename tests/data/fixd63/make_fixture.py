"""Round 63 fixes fixture (fictional 东岚县 and 西岭县): each county's 部门工资福利支出预算明细表 (departments' coded
小计 lines above their units, a 合计 line, 社会保障缴费 merged over two kinds, no 小计 of its own), and 东岚县's
国有资产占用情况表 whose 通用设备 is merged over 账面原值 / 累计折旧 / 账面净值 (净值 = 原值 − 折旧: three views of
one thing, never parts). No project table is loaded. Run: python tests/data/fixd63/make_fixture.py"""

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

# unit: 基本工资, 养老保险缴费, 医疗保险缴费
WAGES = {
    "东岚县": [("201", "东岚县教育局", [("东岚县教育局", 120.4, 30.2, 15.1), ("东岚县第二中学", 410.6, 88.3, 44.7)]),
              ("203", "东岚县交通运输局", [("东岚县交通运输局", 96.5, 21.4, 10.8), ("东岚县道路养护站", 150.2, 33.9, 16.6)])],
    "西岭县": [("301", "西岭县教育局", [("西岭县教育局", 140.8, 35.6, 17.9), ("西岭县实验中学", 380.3, 80.1, 40.2)]),
              ("303", "西岭县水利局", [("西岭县水利局", 88.7, 19.5, 9.8), ("西岭县水库管理站", 60.1, 13.2, 6.7)])],
}
# unit: 账面原值, 累计折旧 (账面净值 = 原值 − 折旧)
ASSETS = [("201", "东岚县教育局", [("东岚县教育局", 520.6, 310.2), ("东岚县第二中学", 1840.4, 977.3)]),
          ("203", "东岚县交通运输局", [("东岚县交通运输局", 260.8, 140.5), ("东岚县道路养护站", 730.2, 402.9)])]


def _wage_row(code: str | None, name: str, v: tuple[float, ...]) -> list:
    return [code, name, round(sum(v), 2), *v]


def _asset_row(code: str | None, name: str, v: tuple[float, ...]) -> list:
    return [code, name, v[0], v[1], round(v[0] - v[1], 2)]


def _lines(departments: list, row, width: int) -> list[list]:
    rows, heads = [], []
    for code, name, units in departments:
        total = tuple(round(sum(u[i] for u in units), 2) for i in range(1, width + 1))
        heads.append(total)
        rows.append(row(code, f"{name}小计", total))
        rows += [row(f"{code}{k:03d}", f"  {u[0]}", u[1:]) for k, u in enumerate(units, start=1)]
    return [row(None, "合计", tuple(round(sum(h[i] for h in heads), 2) for i in range(width))), *rows]


def wages(place: str) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "工资福利支出明细"
    ws.append([f"{place}2026年部门工资福利支出预算明细表", None, None, None, None, None])
    ws.merge_cells("A1:F1")
    ws.append([f"编制单位：{place}财政局", None, None, None, None, "单位：万元"])
    ws.append(["单位编码", "单位名称", "合计", "基本工资", "社会保障缴费", None])
    ws.append([None, None, None, None, "养老保险缴费", "医疗保险缴费"])
    for col in "ABCD":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("E3:F3")
    for r in _lines(WAGES[place], _wage_row, 3):
        ws.append(r)
    wb.save(HERE / f"{place}2026年部门工资福利支出预算明细表.xlsx")


def assets() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "国有资产占用情况表"
    ws.append(["东岚县2025年行政事业单位国有资产占用情况表", None, None, None, None])
    ws.merge_cells("A1:E1")
    ws.append(["编制单位：东岚县财政局", None, None, None, "单位：万元"])
    ws.append(["单位编码", "单位名称", "通用设备", None, None])
    ws.append([None, None, "账面原值", "累计折旧", "账面净值"])
    for col in "AB":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("C3:E3")
    for r in _lines(ASSETS, _asset_row, 2):
        ws.append(r)
    wb.save(HERE / "东岚县2025年行政事业单位国有资产占用情况表.xlsx")


if __name__ == "__main__":
    wages("东岚县")
    wages("西岭县")
    assets()
