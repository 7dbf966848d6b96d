"""Writes this folder's two tables of several departments' items (run from the repository root):

- 青禾县_2025年_政府购买服务预算表.xlsx: 部门（单位）名称 | 项目名称 | 购买服务内容 | 承接主体类型 | 预算金额 (元), each
  department's "X 小计" row printed ABOVE its rows, a unit of a department (…中心) among its rows;
- 白鹭市_2025年_部门专项资金预算表.xlsx: 部门名称 | 资金名称 | 资金用途 | 预算数 (万元), each department's 小计 row
  printed BELOW its rows (the department merged over its rows, 小计 in the 资金名称 column).
"""

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent


def above() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "购买服务"
    ws.append(["2025年青禾县政府购买服务预算表"])
    ws.merge_cells("A1:G1")
    ws.append(["编制单位：青禾县财政局", None, None, None, None, "单位：元"])
    ws.append(["序号", "部门（单位）名称", "项目名称", "购买服务内容", "承接主体类型", "预算金额", None])
    ws.append([None, None, None, None, None, "合计", "财政拨款"])
    for c in "ABCDE":
        ws.merge_cells(f"{c}3:{c}4")
    ws.merge_cells("F3:G3")
    rows = [
        (None, "合计", None, None, None, 2960000, 2760000),
        (None, "青禾县文化和旅游局 小计", None, None, None, 1090000, 1090000),
        (1, "青禾县文化和旅游局", "公共文化场馆讲解服务", "博物馆、文化馆讲解及导览服务", "企业", 520000, 520000),
        (2, "青禾县文化和旅游局", "乡村文艺演出", "送戏下乡文艺演出", "社会组织", 310000, 310000),
        (3, "青禾县图书馆", "图书编目加工", "新购图书分类编目及加工", "企业", 260000, 260000),
        (None, "青禾县城市管理局 小计", None, None, None, 1400000, 1200000),
        (4, "青禾县城市管理局", "道路保洁服务", "城区主次干道机械化清扫保洁", "企业", 980000, 780000),
        (5, "青禾县城市管理局", "公厕管护服务", "城区公厕日常保洁及设施维护", "企业", 420000, 420000),
        (None, "青禾县退役军人事务局 小计", None, None, None, 470000, 470000),
        (6, "青禾县退役军人事务局", "退役军人就业培训", "退役军人职业技能培训", "事业单位", 270000, 270000),
        (7, "青禾县退役军人事务局", "优抚对象走访慰问服务", "重点优抚对象上门走访及心理疏导", "社会组织", 120000, 120000),
        (8, "青禾县退役军人事务局", "烈士纪念设施讲解", "烈士陵园讲解及日常管护", "社会组织", 80000, 80000),
    ]
    for r in rows:
        ws.append(list(r))
    wb.save(HERE / "青禾县_2025年_政府购买服务预算表.xlsx")


def below() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专项资金"
    ws.append(["2025年白鹭市部门专项资金预算表"])
    ws.merge_cells("A1:D1")
    ws.append(["编制单位：白鹭市财政局", None, None, "单位：万元"])
    ws.append(["部门名称", "资金名称", "资金用途", "预算数"])
    rows = [
        ("合计", None, None, 1265.5),
        ("白鹭市水务局", "农村饮水安全巩固资金", "农村供水管网改造及水质检测", 420),
        (None, "河湖长制专项资金", "河湖巡查及问题整改", 135.5),
        (None, "小计", None, 555.5),
        ("白鹭市商务局", "外贸发展扶持资金", "外贸企业参展及出口信用保险补助", 300),
        (None, "电子商务进农村资金", "农村电商服务站点建设", 160),
        (None, "小计", None, 460),
        ("白鹭市科学技术局", "科技创新券资金", "中小企业购买科技服务补助", 180),
        (None, "科普活动经费", "科技周及科普进社区活动", 70),
        (None, "小计", None, 250),
    ]
    for r in rows:
        ws.append(list(r))
    ws.merge_cells("A4:B4")
    ws.merge_cells("A5:A7")
    ws.merge_cells("A8:A10")
    ws.merge_cells("A11:A13")
    wb.save(HERE / "白鹭市_2025年_部门专项资金预算表.xlsx")


if __name__ == "__main__":
    above()
    below()
