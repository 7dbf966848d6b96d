"""Build the fixa63 fixture's spreadsheets (fictional 青溪县): run from this folder.

- 青溪县2026年部门工资福利支出预算明细表.xlsx: departments' 小计 rows and their units' lines (科学技术局, its
  农业科技服务站; 教育局).
- 青溪县2026年政府和社会资本合作项目支出责任表.xlsx: projects in category groups with 小计 rows (教育小计 of two
  school projects, 医疗卫生小计 of one).
The 目标表 (青溪县科学技术局2026年项目支出绩效目标表.txt) is text written by hand.
"""

from __future__ import annotations

import openpyxl


def ppp() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支出责任"
    rows = [
        ("青溪县2026年政府和社会资本合作（PPP）项目财政支出责任统计表",),
        ("单位：万元",),
        ("序号", "项目名称", "实施机构", "总投资", "2026年支出责任", "2027年支出责任"),
        (None, "合计", None, 71000, 3710, 3890),
        ("一", "教育小计", None, 33000, 1730, 1810),
        (1, "青溪县实验中学迁建工程PPP项目", "青溪县教育局", 21000, 1120, 1170),
        (2, "青溪县城东幼儿园新建PPP项目", "青溪县教育局", 12000, 610, 640),
        ("二", "医疗卫生小计", None, 38000, 1980, 2080),
        (3, "青溪县中医院住院楼PPP项目", "青溪县卫生健康局", 38000, 1980, 2080),
    ]
    for r in rows:
        ws.append(list(r))
    ws.merge_cells("A1:F1")
    ws.merge_cells("A2:F2")
    wb.save("青溪县2026年政府和社会资本合作项目支出责任表.xlsx")


def wages() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工资福利明细"
    rows = [
        ("青溪县2026年部门工资福利支出预算明细表",),
        ("编制单位：青溪县财政局", None, None, None, "单位：万元"),
        ("单位编码", "单位名称", "合计", "基本工资", "津贴补贴"),
        (None, "合计", 1942.6, 873.5, 1069.1),
        ("207", "青溪县科学技术局小计", 533.4, 240.2, 293.2),
        ("207001", "  青溪县科学技术局", 316.7, 144.9, 171.8),
        ("207002", "  青溪县农业科技服务站", 216.7, 95.3, 121.4),
        ("209", "青溪县教育局小计", 1409.2, 633.3, 775.9),
        ("209001", "  青溪县教育局", 1409.2, 633.3, 775.9),
    ]
    for r in rows:
        ws.append(list(r))
    ws.merge_cells("A1:E1")
    wb.save("青溪县2026年部门工资福利支出预算明细表.xlsx")


if __name__ == "__main__":
    ppp()
    wages()
