"""Two 一般公共预算支出功能分类预算表 written for the fn52 tests (fictional places and figures).

- 云溪县林业局: 科目编码 printed over three sub-columns 类 | 款 | 项 (213 | 02 | 04), a two-row header (基本支出 over
  小计 / 人员经费 / 公用经费), the department's 合计, then a block per unit opened by the unit's own total row
  (云溪县林业局（本级）, 云溪县林业科技推广服务中心).
- 石门县水利局: one 科目编码 column of whole codes (213, 21303, 2130301), names indented by level, two units
  (石门县水利局（本级）, 石门县水土保持监测站).
Run: python tests/data/fn52/make_tables.py
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent

# (类, 款, 项, name, 合计, 人员经费, 公用经费, 项目支出) of each unit; 基本支出小计 = 人员 + 公用.
YUNXI = {
    "云溪县林业局（本级）": [
        ("208", "", "", "社会保障和就业支出", 96.4, 96.4, 0, 0),
        ("208", "05", "", "行政事业单位养老支出", 96.4, 96.4, 0, 0),
        ("208", "05", "05", "机关事业单位基本养老保险缴费支出", 64.2, 64.2, 0, 0),
        ("208", "05", "06", "机关事业单位职业年金缴费支出", 32.2, 32.2, 0, 0),
        ("213", "", "", "农林水支出", 2945.6, 512.3, 88.3, 2345.0),
        ("213", "02", "", "林业和草原", 2245.6, 512.3, 88.3, 1645.0),
        ("213", "02", "01", "行政运行", 600.6, 512.3, 88.3, 0),
        ("213", "02", "05", "森林资源培育", 1180.0, 0, 0, 1180.0),
        ("213", "02", "34", "林业草原防灾减灾", 465.0, 0, 0, 465.0),
        ("213", "07", "", "农村综合改革", 700.0, 0, 0, 700.0),
        ("213", "07", "05", "对村民委员会和村党支部的补助", 500.0, 0, 0, 500.0),
        ("213", "07", "06", "对村集体经济组织的补助", 200.0, 0, 0, 200.0),
        ("221", "", "", "住房保障支出", 71.5, 71.5, 0, 0),
        ("221", "02", "", "住房改革支出", 71.5, 71.5, 0, 0),
        ("221", "02", "01", "住房公积金", 71.5, 71.5, 0, 0),
    ],
    "云溪县林业科技推广服务中心": [
        ("208", "", "", "社会保障和就业支出", 41.8, 41.8, 0, 0),
        ("208", "05", "", "行政事业单位养老支出", 41.8, 41.8, 0, 0),
        ("208", "05", "05", "机关事业单位基本养老保险缴费支出", 41.8, 41.8, 0, 0),
        ("213", "", "", "农林水支出", 733.0, 270.4, 42.6, 420.0),
        ("213", "02", "", "林业和草原", 733.0, 270.4, 42.6, 420.0),
        ("213", "02", "04", "事业机构", 313.0, 270.4, 42.6, 0),
        ("213", "02", "05", "森林资源培育", 420.0, 0, 0, 420.0),
        ("221", "", "", "住房保障支出", 33.6, 33.6, 0, 0),
        ("221", "02", "", "住房改革支出", 33.6, 33.6, 0, 0),
        ("221", "02", "01", "住房公积金", 33.6, 33.6, 0, 0),
    ],
}

SHIMEN = {
    "石门县水利局（本级）": [
        ("213", "农林水支出", 1830.0, 630.0, 1200.0),
        ("21303", "水利", 1830.0, 630.0, 1200.0),
        ("2130301", "行政运行", 630.0, 630.0, 0),
        ("2130306", "水利工程运行与维护", 900.0, 0, 900.0),
        ("2130314", "防汛", 300.0, 0, 300.0),
        ("221", "住房保障支出", 52.0, 52.0, 0),
        ("22102", "住房改革支出", 52.0, 52.0, 0),
        ("2210201", "住房公积金", 52.0, 52.0, 0),
    ],
    "石门县水土保持监测站": [
        ("213", "农林水支出", 286.0, 186.0, 100.0),
        ("21303", "水利", 286.0, 186.0, 100.0),
        ("2130304", "水利行业业务管理", 186.0, 186.0, 0),
        ("2130311", "水资源节约管理与保护", 100.0, 0, 100.0),
        ("221", "住房保障支出", 18.0, 18.0, 0),
        ("22102", "住房改革支出", 18.0, 18.0, 0),
        ("2210201", "住房公积金", 18.0, 18.0, 0),
    ],
}


def _yunxi(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "功能分类"
    ws["A1"] = "云溪县林业局2025年一般公共预算支出功能分类预算表"
    ws.merge_cells("A1:I1")
    ws["A2"] = "部门名称：云溪县林业局（含下属单位）"
    ws["H2"] = "单位：万元"
    ws["A3"], ws["D3"], ws["E3"], ws["F3"], ws["I3"] = "科目编码", "科目名称", "合计", "基本支出", "项目支出"
    ws.merge_cells("A3:C3")
    ws.merge_cells("F3:H3")
    for col in ("D", "E", "I"):
        ws.merge_cells(f"{col}3:{col}4")
    for c, h in enumerate(["类", "款", "项", None, None, "小计", "人员经费", "公用经费"], 1):
        if h:
            ws.cell(4, c, h)
    units = []
    for unit, lines in YUNXI.items():
        top = [x for x in lines if not x[1]]
        total = [round(sum(x[k] for x in top), 2) for k in (4, 5, 6, 7)]
        units.append((unit, total, lines))
    grand = [round(sum(u[1][k] for u in units), 2) for k in range(4)]
    r = 5

    def put(row: int, code: tuple[str, str, str], name: str, t: float, p: float, o: float, proj: float) -> None:
        for c, v in enumerate(code, 1):
            if v:
                ws.cell(row, c, v)
        ws.cell(row, 4, name)
        for c, v in ((5, t), (6, round(p + o, 2)), (7, p), (8, o), (9, proj)):
            if v:
                ws.cell(row, c, v)

    put(r, ("", "", ""), "合计", *grand)
    r += 1
    for unit, total, lines in units:
        put(r, ("", "", ""), unit, *total)
        r += 1
        for lei, kuan, xiang, name, t, p, o, proj in lines:
            put(r, (lei, kuan, xiang), name, t, p, o, proj)
            r += 1
    wb.save(path)


def _shimen(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支出功能分类"
    ws["A1"] = "石门县水利局2025年一般公共预算支出功能分类预算表"
    ws["E2"] = "单位：万元"
    ws["A3"], ws["C3"] = "功能分类科目", "2025年预算数"
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:E3")
    for c, h in enumerate(["科目编码", "科目名称", "合计", "基本支出", "项目支出"], 1):
        ws.cell(4, c, h)
    units = []
    for unit, lines in SHIMEN.items():
        top = [x for x in lines if len(x[0]) == 3]
        units.append((unit, [round(sum(x[k] for x in top), 2) for k in (2, 3, 4)], lines))
    grand = [round(sum(u[1][k] for u in units), 2) for k in range(3)]
    r = 5
    ws.cell(r, 1, "合计")
    for c, v in enumerate(grand, 3):
        ws.cell(r, c, v)
    r += 1
    for unit, total, lines in units:
        ws.cell(r, 2, unit)
        for c, v in enumerate(total, 3):
            ws.cell(r, c, v)
        r += 1
        for code, name, t, basic, proj in lines:
            ws.cell(r, 1, code)
            ws.cell(r, 2, "  " * ((len(code) - 3) // 2) + name)
            for c, v in ((3, t), (4, basic), (5, proj)):
                if v:
                    ws.cell(r, c, v)
            r += 1
    wb.save(path)


if __name__ == "__main__":
    _yunxi(HERE / "云溪县林业局_2025年_一般公共预算支出功能分类预算表.xlsx")
    _shimen(HERE / "石门县水利局_2025年_一般公共预算支出功能分类预算表.xlsx")
