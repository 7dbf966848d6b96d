"""Creates three fictional 'general' budget tables for set 16."""
import openpyxl
from openpyxl.styles import Alignment, Font
import json

out = {}

# ---- Table 1: 部门收入预算表 by source x subordinate unit, amounts in 元, dept only in title row, blanks for zero
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "收入预算"
cols = ["一般公共预算拨款收入", "政府性基金预算拨款收入", "事业收入", "上级补助收入", "其他收入", "上年结转"]
units = [
    ("青岚县教育局（本级）", [8652300, 0, 0, 0, 120000, 350000]),
    ("青岚县第一中学", [24318600, 0, 3260000, 0, 85000, 0]),
    ("青岚县实验小学", [15724800, 0, 0, 0, 42000, 180500]),
    ("青岚县职业技术学校", [11036400, 1500000, 2180000, 600000, 0, 0]),
    ("青岚县中心幼儿园", [4268900, 0, 1350000, 0, 16000, 0]),
]
ws["A1"] = "青岚县教育局2025年部门收入预算表"; ws.merge_cells("A1:I1")
ws["A2"] = "编制单位：青岚县教育局"; ws["H2"] = "单位：元"
hdr = ["序号", "单位名称", "收入合计"] + cols
for i, h in enumerate(hdr): ws.cell(3, i + 1, h)
tot = [sum(u[1][k] for u in units) for k in range(6)]
ws.cell(4, 1, ""); ws.cell(4, 2, "合计"); ws.cell(4, 3, sum(tot))
for k, v in enumerate(tot): ws.cell(4, 4 + k, v if v else None)
for r, (name, vals) in enumerate(units):
    ws.cell(5 + r, 1, r + 1); ws.cell(5 + r, 2, name); ws.cell(5 + r, 3, sum(vals))
    for k, v in enumerate(vals): ws.cell(5 + r, 4 + k, v if v else None)
for row in ws.iter_rows(min_row=4, max_row=9, min_col=3, max_col=9):
    for c in row: c.number_format = "#,##0.00"
ws.cell(11, 1, "注：1.空白单元格表示该项收入为零。2.上年结转为2024年未使用完毕的财政拨款结转资金。")
out["t1"] = {"units": {n: dict(zip(cols, v), 合计=sum(v)) for n, v in units}, "tot": dict(zip(cols, tot)), "all": sum(tot)}
wb.save("general/general16_1_收入预算表.xlsx")

# ---- Table 2: multi-project 绩效自评结果汇总
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "自评汇总"
projs = [
    ("大气污染防治专项经费", "大气环境科", 420.00, 396.80, 95.5, "优", "无"),
    ("水环境监测运维经费", "澄湖市生态环境监测站", 286.50, 241.35, 88.0, "良", "部分监测设备运维合同延期签订"),
    ("土壤污染状况详查经费", "土壤生态科", 158.00, 158.00, 97.2, "优", "无"),
    ("生态环境执法装备购置", "澄湖市生态环境保护综合行政执法支队", 95.00, 61.75, 76.5, "中", "采购流标一次，执法记录仪未按期到货"),
    ("固体废物监管信息化平台建设", "固体废物与化学品科", 210.00, 189.00, 91.0, "优", "平台二期功能尚在调试"),
    ("环保宣传教育经费", "宣传教育中心", 32.00, 30.40, 86.5, "良", "宣传覆盖面指标略低于目标"),
    ("噪声监测点位建设", "澄湖市生态环境监测站", 64.00, 38.40, 58.0, "差", "选址审批滞后，4个点位未建成"),
]
ws["A1"] = "澄湖市生态环境局2024年度项目支出绩效自评结果汇总表"; ws.merge_cells("A1:I1")
ws["A2"] = "金额单位：万元"
hdr = ["序号", "项目名称", "实施单位", "年度预算数", "全年执行数", "预算执行率", "自评得分", "评价等级", "存在的主要问题"]
for i, h in enumerate(hdr): ws.cell(3, i + 1, h)
rows = []
for r, p in enumerate(projs):
    rate = round(p[3] / p[2], 4)
    vals = [r + 1, p[0], p[1], p[2], p[3], rate, p[4], p[5], p[6]]
    for i, v in enumerate(vals): ws.cell(4 + r, i + 1, v)
    ws.cell(4 + r, 6).number_format = "0.00%"
    rows.append(dict(name=p[0], unit=p[1], bud=p[2], exe=p[3], rate=round(100 * p[3] / p[2], 2), score=p[4], grade=p[5], prob=p[6]))
n = 4 + len(projs)
tb = round(sum(p[2] for p in projs), 2); te = round(sum(p[3] for p in projs), 2)
ws.cell(n, 2, "合计"); ws.cell(n, 4, tb); ws.cell(n, 5, te); ws.cell(n, 6, round(te / tb, 4)); ws.cell(n, 6).number_format = "0.00%"
ws.cell(n + 1, 1, "说明：评价等级按自评得分划分，90分（含）以上为“优”，80（含）-90分为“良”，60（含）-80分为“中”，60分以下为“差”。")
out["t2"] = {"rows": rows, "tb": tb, "te": te, "rate": round(100 * te / tb, 2)}
wb.save("general/general16_2_绩效自评结果汇总.xlsx")

# ---- Table 3: two years side by side, indentation instead of codes, 增减额/增减率
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "基本支出对比"
groups = [
    ("工资福利支出", [("基本工资", 412.36, 428.90), ("津贴补贴", 538.20, 551.40), ("绩效工资", 296.00, 318.50),
                  ("机关事业单位基本养老保险缴费", 142.18, 147.62), ("住房公积金", 101.65, 106.30)]),
    ("商品和服务支出", [("办公费", 38.50, 35.20), ("差旅费", 22.40, 18.60), ("会议费", 6.80, 5.50), ("培训费", 12.00, 14.40),
                   ("公务接待费", 4.50, 3.60), ("公务用车运行维护费", 16.80, 15.20), ("物业管理费", 45.00, 47.25)]),
    ("对个人和家庭的补助", [("退休费", 86.40, 92.10), ("生活补助", 8.60, 7.90)]),
]
ws["A1"] = "云栖区卫生健康局2025年一般公共预算基本支出预算与上年对比表"; ws.merge_cells("A1:E1")
ws["E2"] = "单位：万元"
for i, h in enumerate(["项目", "2024年预算数", "2025年预算数", "增减额", "增减率"]): ws.cell(3, i + 1, h)
r = 5; t3 = {}; g24 = g25 = 0
for g, items in groups:
    a = round(sum(x[1] for x in items), 2); b = round(sum(x[2] for x in items), 2)
    ws.cell(r, 1, g); ws.cell(r, 2, a); ws.cell(r, 3, b); ws.cell(r, 4, round(b - a, 2)); ws.cell(r, 5, round((b - a) / a, 4))
    t3[g] = (a, b); g24 += a; g25 += b; r += 1
    for name, x, y in items:
        ws.cell(r, 1, "　　" + name); ws.cell(r, 2, x); ws.cell(r, 3, y); ws.cell(r, 4, round(y - x, 2)); ws.cell(r, 5, round((y - x) / x, 4))
        t3[name] = (x, y); r += 1
g24 = round(g24, 2); g25 = round(g25, 2)
ws.cell(4, 1, "基本支出合计"); ws.cell(4, 2, g24); ws.cell(4, 3, g25); ws.cell(4, 4, round(g25 - g24, 2)); ws.cell(4, 5, round((g25 - g24) / g24, 4))
t3["基本支出合计"] = (g24, g25)
for row in ws.iter_rows(min_row=4, max_row=r - 1, min_col=2, max_col=4):
    for c in row: c.number_format = "0.00"
for row in ws.iter_rows(min_row=4, max_row=r - 1, min_col=5, max_col=5):
    for c in row: c.number_format = "0.00%"
ws.cell(r + 1, 1, "注：增减额=2025年预算数-2024年预算数；增减率=增减额/2024年预算数。本表不含项目支出。")
out["t3"] = {k: (v[0], v[1], round(v[1] - v[0], 2), round(100 * (v[1] - v[0]) / v[0], 2)) for k, v in t3.items()}
wb.save("general/general16_3_基本支出对比.xlsx")
json.dump(out, open("general_facts.json", "w"), ensure_ascii=False, indent=1)
