"""Builds the xdept63 fixture (fictional 松阳县): a county's 政府投资项目财政支出责任表 whose 实施机构 column names the
department each project is of (松阳县交通运输局, 松阳县水利局, 松阳县住房和城乡建设局), beside the county's
部门工资福利支出预算明细表 (each department a 小计 row and its units). Run: python tests/data/xdept63/make_docs.py"""

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
# (group, name, 实施机构, 总投资, 2026 建设补助, 2026 运营补贴, 2027年, 2028年)
PROJECTS = [
    ("一", "交通小计", None),
    (1, "松阳县环城北路改建工程", "松阳县交通运输局", 31200, 1200.0, 860.5, 2100.0, 2150.0),
    (2, "松阳县大东坝至玉岩公路提升工程", "松阳县交通运输局", 18600, None, 1344.2, 1350.0, 1360.0),
    (3, "松阳县农村客运站建设项目", "松阳县交通运输局", 6400, 300.0, 212.8, 520.0, 530.0),
    ("二", "水利小计", None),
    (4, "松阳县松阴溪堤防加固工程", "松阳县水利局", 25800, 950.0, 1620.4, 2600.0, 2640.0),
    (5, "松阳县城区供水管网改造工程", "松阳县水利局", 9700, None, 788.6, 800.0, 810.0),
    (6, "松阳县老城区雨污分流工程", "松阳县住房和城乡建设局", 14300, 600.0, 415.9, 1020.0, 1030.0),
]
# (code, name, 合计, 基本工资, 津贴补贴)
WAGES = [
    ("301", "松阳县交通运输局小计", 866.4, 300.2, 210.6),
    ("301001", "  松阳县交通运输局", 512.8, 180.0, 150.3),
    ("301002", "  松阳县公路养护中心", 353.6, 120.2, 60.3),
    ("305", "松阳县水利局小计", 640.9, 221.5, 140.4),
    ("305001", "  松阳县水利局", 402.3, 140.1, 100.2),
    ("305002", "  松阳县水库管理站", 238.6, 81.4, 40.2),
]


def _projects(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支出责任"
    ws.append(["松阳县政府投资项目财政支出责任统计表（2026年）"])
    ws.append(["填报单位：松阳县财政局", None, None, None, None, None, None, None, "单位：万元"])
    ws.append(["序号", "项目名称", "实施机构", "总投资", "2026年财政支出责任", None, None, "以后年度财政支出责任", None])
    ws.append([None, None, None, None, "合计", "建设补助支出", "运营补贴支出", "2027年", "2028年"])
    rows, groups = [], []
    for r in PROJECTS:
        if r[2] is None:
            groups.append([r[0], r[1]])
            rows.append(groups[-1])
            continue
        n, name, owner, invest, build, run, y27, y28 = r
        total = round((build or 0) + run, 2)
        row = [n, name, owner, invest, total, build, run, y27, y28]
        groups[-1].append(row)
        rows.append(row)
    whole = [r for r in rows if len(r) == 9]
    for g in groups:
        members, g[:] = g[2:], g[:2]
        g += [None, sum(m[3] for m in members), round(sum(m[4] for m in members), 2), None,
              round(sum(m[6] for m in members), 2), round(sum(m[7] for m in members), 2), round(sum(m[8] for m in members), 2)]
    ws.append([None, "合计", None, sum(r[3] for r in whole), round(sum(r[4] for r in whole), 2), None,
               round(sum(r[6] for r in whole), 2), round(sum(r[7] for r in whole), 2), round(sum(r[8] for r in whole), 2)])
    for r in rows:
        ws.append(r)
    for cells in ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:I3", "A1:I1"):
        ws.merge_cells(cells)
    wb.save(path)


def _wages(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工资福利支出明细"
    ws.append(["松阳县2026年部门工资福利支出预算明细表"])
    ws.append(["编制单位：松阳县财政局", None, None, None, "单位：万元"])
    ws.append(["单位编码", "单位名称", "合计", "基本工资", "津贴补贴"])
    subtotals = [r for r in WAGES if r[1].endswith("小计")]
    ws.append([None, "合计", *(round(sum(r[k] for r in subtotals), 2) for k in (2, 3, 4))])
    for r in WAGES:
        ws.append(list(r))
    wb.save(path)


if __name__ == "__main__":
    _projects(HERE / "松阳县2026年政府投资项目财政支出责任统计表.xlsx")
    _wages(HERE / "松阳县2026年部门工资福利支出预算明细表.xlsx")
