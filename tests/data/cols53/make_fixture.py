"""Builds the fictional tables of tests/test_cols53_*.py (run from the repo root; the .xlsx files are committed):
a county's 政府采购预算表 of three departments (采购方式 and 备注 in words, 小计 rows, amounts in 元), its
项目支出预算明细表 of two departments (经济分类 and 备注 in words, 小计 rows, 元) and one department's
部门收支预算总表 (万元): three kinds of table for 卫生健康局. The 项目支出绩效目标表 beside them is a text file."""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent


def purchases(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "政府采购预算表"
    ws.append(["云溪县2025年部门政府采购预算表"])
    ws.append(["编制单位：云溪县财政局", None, None, None, None, None, "单位：元"])
    ws.append(["序号", "部门（单位）", "采购项目", "采购品目", "采购方式", "预算金额", "备注"])
    rows = [
        (1, "云溪县卫生健康局", "基层医疗机构彩超设备采购", "医疗设备", "公开招标", 3600000, "跨年度执行"),
        (2, "云溪县卫生健康局", "120急救指挥系统运维服务", "信息技术服务", "竞争性磋商", 480000, None),
        (3, "云溪县疾病预防控制中心", "实验室检测试剂采购", "医用耗材", "询价", 260000, "分批次采购"),
        (None, "云溪县卫生健康局 小计", None, None, None, 4340000, None),
        (4, "云溪县水利局", "水库大坝安全监测设施维修", "维修服务", "公开招标", 1850000, "跨年度执行"),
        (5, "云溪县水利局", "山洪灾害预警平台运维服务", "信息技术服务", "单一来源", 320000, None),
        (None, "云溪县水利局 小计", None, None, None, 2170000, None),
        (6, "云溪县交通运输局", "农村公路路面修复工程", "工程", "公开招标", 5200000, None),
        (7, "云溪县交通运输局", "公路桥梁安全监测服务", "技术服务", "竞争性磋商", 640000, "分批次采购"),
        (None, "云溪县交通运输局 小计", None, None, None, 5840000, None),
        (None, "合计", None, None, None, 12350000, None),
    ]
    for r in rows:
        ws.append(list(r))
    ws.merge_cells("A1:G1")
    wb.save(path)


def details(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出预算明细表"
    ws.append(["云溪县2025年部门项目支出预算明细表"])
    ws.append(["编制单位：云溪县财政局", None, None, None, None, None, None, None, None, "单位：元"])
    ws.append(["序号", "部门（单位）", "项目名称", "项目类别", "金额合计", "资金来源", None, None, "经济分类", "备注"])
    ws.append([None, None, None, None, None, "财政拨款", "财政专户", "其他", None, None])
    rows = [
        (1, "云溪县卫生健康局", "基本公共卫生服务补助", "专项业务类", 21500000, 21500000, None, None, "对事业单位经常性补助",
         "含中央转移支付"),
        (2, "云溪县卫生健康局", "卫生监督执法装备购置", "专项业务类", 3860000, 3860000, None, None, "专用设备购置", "政府采购"),
        (3, "云溪县疾病预防控制中心", "疫苗冷链设备运维", "运转类", 540000, 540000, None, None, "维修（护）费", "跨年度项目"),
        (None, "云溪县卫生健康局 小计", None, None, 25900000, 25900000, None, None, None, None),
        (4, "云溪县水利局", "山塘水库安全鉴定", "专项业务类", 1260000, 1260000, None, None, "委托业务费", "跨年度项目"),
        (5, "云溪县水利局", "河湖长制工作经费", "运转类", 830000, 830000, None, None, "委托业务费", "政府采购"),
        (6, "云溪县水利服务中心", "小型水库巡查管护", "运转类", 410000, 410000, None, None, "委托业务费", None),
        (None, "云溪县水利局 小计", None, None, 2500000, 2500000, None, None, None, None),
        (None, "合计", None, None, 28400000, 28400000, None, None, None, None),
    ]
    for r in rows:
        ws.append(list(r))
    for cells in ("A1:J1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4", "J3:J4"):
        ws.merge_cells(cells)
    wb.save(path)


def overall(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "卫生健康局"
    ws.append(["云溪县卫生健康局2025年部门收支预算总表"])
    ws.append(["部门名称：云溪县卫生健康局", None, None, None, None, "单位：万元"])
    ws.append(["收    入", None, "支    出", None, None, None])
    ws.append(["项    目", "预算数", "项    目", "合计", "基本支出", "项目支出"])
    ws.append(["一、一般公共预算拨款", 5826.4, "一、卫生健康支出", 5420.6, 2413.9, 3006.7])
    ws.append(["二、政府性基金预算拨款", 0, "二、社会保障和就业支出", 405.8, 200, 205.8])
    ws.append(["收入合计", 5826.4, "支出合计", 5826.4, 2613.9, 3212.5])
    for cells in ("A1:F1", "A3:B3", "C3:F3"):
        ws.merge_cells(cells)
    wb.save(path)


if __name__ == "__main__":
    purchases(HERE / "云溪县_2025年_政府采购预算表.xlsx")
    details(HERE / "云溪县_2025年_项目支出预算明细表.xlsx")
    overall(HERE / "云溪县卫生健康局_2025年_部门收支预算总表.xlsx")
