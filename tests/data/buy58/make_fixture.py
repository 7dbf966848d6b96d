"""Write the fictional 政府采购预算表 of tests/test_buy58_procurement_items.py (run from the repository root:
`.venv/bin/python tests/data/buy58/make_fixture.py`).

The rows' only label is their unit (单位名称, printed on every row, each unit closed by its 小计); 项目名称 is printed on
each of a project's items, so it is read as words; 采购品目 names each row apart within its unit — one item (笔记本电脑)
is bought by two units."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

UNITS = {
    "青川县林业局（本级）": [
        ("森林资源监测经费", "森林资源调查服务", "公开招标", 1, "项", 120.0, 120.0, None, "2025年3月"),
        ("森林资源监测经费", "无人机", "询价", 3, "架", 15.6, 9.6, 6.0, "2025年4月"),
        ("林业信息平台运维经费", "软件运维服务", "竞争性磋商", 1, "项", 42.0, 42.0, None, "2025年2月"),
        ("办公设备购置", "笔记本电脑", "框架协议采购", 20, "台", 12.0, 12.0, None, "2025年5月"),
        ("办公设备购置", "复印机", "框架协议采购", 2, "台", 3.2, 3.2, None, "2025年5月"),
    ],
    "青川县林业科学研究所": [
        ("种苗检验能力建设项目", "种子活力测定仪", "公开招标", 1, "台", 64.0, 40.0, 24.0, "2025年6月"),
        ("种苗检验能力建设项目", "显微成像系统", "竞争性磋商", 1, "套", 28.5, 28.5, None, "2025年7月"),
        ("办公设备购置", "笔记本电脑", "框架协议采购", 6, "台", 3.6, 3.6, None, "2025年5月"),
    ],
    "青川县林业综合行政执法队": [
        ("执法装备购置经费", "执法记录仪", "框架协议采购", 25, "台", 7.5, 7.5, None, "2025年3月"),
        ("执法装备购置经费", "巡护摩托车", "询价", 4, "辆", 9.8, 9.8, None, "2025年4月"),
        ("案件鉴定经费", "林木损失鉴定服务", "单一来源采购", 1, "项", 18.0, 18.0, None, "2025年2月"),
    ],
}


def main() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "政府采购预算表"
    ws.append(["青川县林业局2025年政府采购预算表"] + [None] * 10)
    ws.append(["编制单位：青川县林业局"] + [None] * 9 + ["单位：万元"])
    ws.append(["序号", "单位名称", "项目名称", "采购品目", "采购方式", "数量", "计量单位", "采购预算金额", None, None, "预计采购时间"])
    ws.append([None] * 7 + ["合计", "财政拨款", "其他资金", None])
    rows = [r for items in UNITS.values() for r in items]
    ws.append(["合计"] + [None] * 6 + [round(sum(r[5] for r in rows), 2), round(sum(r[6] for r in rows), 2),
                                       round(sum(r[7] or 0 for r in rows), 2), None])
    n = 0
    for unit, items in UNITS.items():
        ws.append([None, f"{unit} 小计"] + [None] * 5 + [round(sum(r[5] for r in items), 2), round(sum(r[6] for r in items), 2),
                                                        round(sum(r[7] or 0 for r in items), 2), None])
        for project, item, way, count, measure, total, own, other, when in items:
            n += 1
            ws.append([n, unit, project, item, way, count, measure, total, own, other, when])
    for cells in ("A1:K1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:J3", "K3:K4", "A5:G5"):
        ws.merge_cells(cells)
    wb.save(HERE / "青川县林业局_2025年_政府采购预算表.xlsx")


if __name__ == "__main__":
    main()
