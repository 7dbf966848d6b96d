"""Build the names63 fixture's 合作项目 table (fictional 青禾县): run from this folder.

- 青禾县2026年政府和社会资本合作项目支出责任表.xlsx: projects in groups with 小计 rows, one of them 青禾县第二中学扩建工程PPP项目
  (said "二中项目"), one 青禾县第一人民医院门诊楼PPP项目, one 青禾县城区幼儿园新建PPP项目 (another school kind).
"""

from __future__ import annotations

import openpyxl


def main() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支出责任"
    rows = [
        ("青禾县2026年政府和社会资本合作（PPP）项目财政支出责任统计表",),
        ("单位：万元",),
        ("序号", "项目名称", "所处阶段", "总投资", "2026年支出责任", "2027年支出责任"),
        (None, "合计", None, 64000, 3300, 3460),
        ("一", "教育小计", None, 30000, 1500, 1580),
        (1, "青禾县第二中学扩建工程PPP项目", "建设期", 18000, 910, 955),
        (2, "青禾县城区幼儿园新建PPP项目", "运营期", 12000, 590, 625),
        ("二", "医疗卫生小计", None, 34000, 1800, 1880),
        (3, "青禾县第一人民医院门诊楼PPP项目", "运营期", 34000, 1800, 1880),
    ]
    for r in rows:
        ws.append(list(r))
    ws.merge_cells("A1:F1")
    ws.merge_cells("A2:F2")
    wb.save("青禾县2026年政府和社会资本合作项目支出责任表.xlsx")


def wages() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工资福利明细"
    rows = [
        ("青禾县2026年部门工资福利支出预算明细表",),
        ("编制单位：青禾县财政局", None, None, None, "单位：万元"),
        ("单位编码", "单位名称", "合计", "基本工资", "津贴补贴"),
        (None, "合计", 1113.8, 501.2, 612.6),
        ("207", "青禾县科学技术局小计", 512.3, 230.1, 282.2),
        ("207001", "  青禾县科学技术局", 307.8, 140.4, 167.4),
        ("207002", "  青禾县农业科技服务站", 204.5, 89.7, 114.8),
        ("208", "青禾县农业农村局小计", 601.5, 271.1, 330.4),
        ("208001", "  青禾县农业农村局", 601.5, 271.1, 330.4),
    ]
    for r in rows:
        ws.append(list(r))
    ws.merge_cells("A1:E1")
    wb.save("青禾县2026年部门工资福利支出预算明细表.xlsx")


if __name__ == "__main__":
    main()
    wages()
