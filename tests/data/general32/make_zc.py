# -*- coding: utf-8 -*-
import openpyxl, json
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

BJ = "集宁区卫生健康委员会（本级）"
JK = "集宁区疾病预防控制中心"
FY = "集宁区妇幼保健计划生育服务中心"
ZF = "集宁区卫生健康综合行政执法大队"
ML = "集宁区马莲渠乡卫生院"
BH = "集宁区白海子镇卫生院"
CZ = "财政拨款"; QT = "其他"
items = [
 ("通用设备", [
  (BJ, "办公电脑", "台式计算机", "台", 12, 5800, "购置", CZ, "替换使用超过8年的老旧电脑"),
  (BJ, "笔记本电脑", "便携式计算机", "台", 4, 6500, "购置", CZ, None),
  (BJ, "彩色多功能一体机", "多功能一体机", "台", 2, 18500, "购置", CZ, None),
  (BJ, "会议室投影仪", "投影仪", "台", 1, 12000, "购置", CZ, None),
  (BJ, "复印机", "复印机", "台", 2, 3600, "租用", CZ, "单价为年租金"),
  (JK, "办公电脑", "台式计算机", "台", 15, 5800, "购置", CZ, None),
  (JK, "服务器", "服务器", "台", 2, 46000, "购置", CZ, "免疫规划信息系统扩容"),
  (FY, "办公电脑", "台式计算机", "台", 8, 5800, "购置", QT, "单位自有资金"),
  (ZF, "便携式打印机", "打印设备", "台", 6, 2400, "购置", CZ, None),
  (ML, "空调", "空调机", "台", 6, 4200, "购置", CZ, None),
 ]),
 ("专用设备", [
  (JK, "全自动核酸提取仪", "医用检验设备", "台", 1, 168000, "购置", CZ, None),
  (JK, "疫苗冷藏冰箱", "医用冷藏设备", "台", 4, 15600, "购置", CZ, "预防接种门诊使用"),
  (FY, "彩色多普勒超声诊断仪", "医用超声诊断设备", "台", 1, 580000, "购置", CZ, "妇幼保健服务能力提升项目"),
  (FY, "胎心监护仪", "医用电子仪器", "台", 3, 26000, "购置", QT, "单位自有资金"),
  (ZF, "执法记录仪", "视频设备", "台", 10, 1800, "购置", CZ, None),
  (ZF, "便携式水质检测仪", "环境监测仪器", "台", 2, 23500, "购置", CZ, "生活饮用水卫生监督"),
  (ML, "数字化X射线摄影系统（DR）", "医用X射线设备", "套", 1, 450000, "购置", CZ, "基层医疗卫生机构能力提升"),
  (ML, "全自动生化分析仪", "医用检验设备", "台", 1, 138000, "购置", CZ, None),
  (BH, "心电图机", "医用电子仪器", "台", 2, 32000, "购置", CZ, None),
 ]),
 ("家具", [
  (BJ, "办公桌", "桌类", "张", 10, 1600, "购置", CZ, None),
  (BJ, "文件柜", "柜类", "组", 12, 1300, "购置", CZ, None),
  (ZF, "档案密集架", "架类", "组", 6, 4500, "购置", CZ, None),
  (ML, "候诊椅", "椅凳类", "排", 10, 1100, "购置", CZ, None),
 ]),
 ("车辆", [
  (ZF, "执法执勤用车", "乘用车", "辆", 1, 172000, "购置", CZ, "更新已报废车辆"),
  (BH, "负压救护车", "专用车辆", "辆", 1, 380000, "购置", QT, "医疗服务收入"),
  (BJ, "公务用车", "乘用车", "辆", 1, 48000, "租用", CZ, "年租金，租期1年"),
 ]),
 ("无形资产", [
  (JK, "免疫规划信息管理软件", "应用软件", "套", 1, 85000, "购置", CZ, None),
 ]),
]

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "新增资产配置预算表"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ncol = 12
ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
ws.cell(1, 1, "集宁区卫生健康委员会2026年新增资产配置预算表").font = Font(size=16, bold=True)
ws.cell(1, 1).alignment = Alignment(horizontal="center")
ws.merge_cells("A2:F2"); ws.cell(2, 1, "部门（单位）：乌兰察布市集宁区卫生健康委员会")
ws.merge_cells("J2:L2"); ws.cell(2, 10, "单价单位：元  金额单位：万元")
h1 = ["资产类别", "序号", "单位名称", "资产名称", "品目", "计量单位", "配置计划", None, None, "配置方式", "资金来源", "备注"]
h2 = [None]*6 + ["数量", "单价（元）", "金额（万元）"] + [None]*3
for c, v in enumerate(h1, 1):
    if v: ws.cell(3, c, v)
for c, v in enumerate(h2, 1):
    if v: ws.cell(4, c, v)
ws.merge_cells("G3:I3")
for c in [1, 2, 3, 4, 5, 6, 10, 11, 12]:
    ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
r = 5; seq = 0; total = 0; facts = {"items": []}
for cat, its in items:
    start = r
    for (unit, name, pm, mu, q, price, how, src, note) in its:
        seq += 1
        amt = round(q * price / 10000, 2)
        assert abs(amt * 10000 - q * price) < 1e-6, name
        vals = [cat if r == start else None, seq, unit, name, pm, mu, q, price, amt, how, src, note]
        for c, v in enumerate(vals, 1):
            if v is not None: ws.cell(r, c, v)
        ws.cell(r, 9).number_format = "0.00"
        facts["items"].append(dict(row=r, cat=cat, seq=seq, unit=unit, name=name, pm=pm, mu=mu, q=q, price=price, amt=amt, how=how, src=src, note=note))
        total = round(total + amt, 2)
        r += 1
    if r - 1 > start:
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
ws.cell(r, 9, total); ws.cell(r, 9).number_format = "0.00"
facts["total"] = dict(row=r, amt=total)
last = r
ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=ncol)
ws.cell(r + 1, 1, "注：金额=数量×单价÷10000；配置方式为“租用”的，单价为年租金；资金来源“其他”指单位自有资金及医疗服务收入。")
for row in ws.iter_rows(min_row=3, max_row=last, max_col=ncol):
    for c in row:
        c.border = B; c.alignment = Alignment(wrap_text=True, vertical="center")
for i, wdt in enumerate([10, 6, 30, 26, 16, 8, 8, 12, 12, 10, 10, 26], 1):
    ws.column_dimensions[get_column_letter(i)].width = wdt
wb.save("/work/blind32/docs/jining_wjw_2026_new_asset_budget.xlsx")
json.dump(facts, open("/work/blind32/build/zc_facts.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(total, seq)
