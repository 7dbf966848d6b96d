# 西吉县 因素法分配表 (xlsx)
import json
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

TOTAL = 1260.00
W_POP, W_AREA, W_PERF = 0.5, 0.3, 0.2
# 乡镇, 人口, 面积, 绩效得分, 上年结转, 备注
TOWNS = [
    ("吉强镇", 58420, 238.6, 93.5, 22.40, "含县城规划区周边12个村"),
    ("兴隆镇", 24310, 166.2, 91.0, 15.80, ""),
    ("平峰镇", 15870, 186.4, 98.5, None, "2024年度考核第一名"),
    ("新营乡", 14260, 201.5, 88.0, 12.60, ""),
    ("红耀乡", 11980, 143.7, 86.5, None, ""),
    ("田坪乡", 9640, 170.8, 84.0, None, ""),
    ("马建乡", 12150, 158.3, 90.5, 7.10, ""),
    ("震湖乡", 10420, 152.6, 87.0, 14.30, "上年结转资金用于震湖村污水管网"),
    ("兴平乡", 11360, 140.9, 89.5, None, ""),
    ("西滩乡", 9870, 125.4, 85.5, None, ""),
    ("王民乡", 10980, 138.2, 92.0, None, ""),
    ("什字乡", 13540, 132.7, 90.0, 11.20, ""),
    ("马莲乡", 10760, 150.1, 83.5, None, ""),
    ("将台堡镇", 16930, 176.5, 95.0, 18.20, "含将台堡红色旅游片区"),
    ("硝河乡", 12470, 167.3, 86.0, 8.40, ""),
    ("偏城乡", 14820, 212.4, 88.5, 9.50, ""),
    ("沙沟乡", 13110, 174.8, 87.5, 12.20, ""),
    ("白崖乡", 9260, 122.6, 78.0, None, "2024年度考核末位"),
    ("火石寨乡", 11390, 163.9, 91.5, 16.90, "含火石寨国家地质公园周边村庄"),
]

P = sum(t[1] for t in TOWNS)
A = round(sum(t[2] for t in TOWNS), 1)
S = round(sum(t[3] for t in TOWNS), 1)
rows = []
for name, pop, area, perf, carry, note in TOWNS:
    coef = W_POP * pop / P + W_AREA * area / A + W_PERF * perf / S
    rows.append(dict(name=name, pop=pop, area=area, perf=perf, coef_exact=coef,
                     coef=round(coef, 4), carry=carry, note=note))
amts = [round(TOTAL * r["coef_exact"], 2) for r in rows]
diff = round(TOTAL - sum(amts), 2)
imax = max(range(len(rows)), key=lambda i: amts[i])
amts[imax] = round(amts[imax] + diff, 2)
for r, a in zip(rows, amts):
    r["amount"] = a
    r["new"] = round(a - (r["carry"] or 0), 2)
CARRY = round(sum(r["carry"] or 0 for r in rows), 2)
NEW = round(sum(r["new"] for r in rows), 2)
assert round(sum(amts), 2) == TOTAL and round(CARRY + NEW, 2) == TOTAL

wb = Workbook()
ws = wb.active
ws.title = "分配表"
thin = Side(style="thin")
bd = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

ws.merge_cells("A1:J1")
ws["A1"] = "西吉县2025年对乡镇农村人居环境整治转移支付资金因素法分配表"
ws["A1"].font = Font(size=16, bold=True)
ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:E2")
ws["A2"] = "编制单位：西吉县财政局"
ws.merge_cells("H2:J2")
ws["H2"] = "单位：万元"
ws["H2"].alignment = Alignment(horizontal="right")

hdr = {
    "A3": "序号", "B3": "乡镇", "C3": "分配因素", "F3": "分配系数", "G3": "分配金额（万元）",
    "H3": "其中", "J3": "备注",
    "C4": "人口因素（人）\n权重50%", "D4": "面积因素（平方公里）\n权重30%", "E4": "绩效因素（分）\n权重20%",
    "H4": "上年结转", "I4": "本年新增",
}
for k, v in hdr.items():
    ws[k] = v
for rng in ["A3:A4", "B3:B4", "C3:E3", "F3:F4", "G3:G4", "H3:I3", "J3:J4"]:
    ws.merge_cells(rng)
for r in (3, 4):
    for c in range(1, 11):
        cell = ws.cell(r, c)
        cell.alignment = center
        cell.font = Font(bold=True)
        cell.border = bd

# 合计 row first
r0 = 5
ws.cell(r0, 1, "合计")
ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=2)
ws.cell(r0, 3, P).number_format = "0"
ws.cell(r0, 4, A).number_format = "0.0"
ws.cell(r0, 5, S).number_format = "0.0"
ws.cell(r0, 6, 1).number_format = "0.0000"
ws.cell(r0, 7, TOTAL).number_format = "0.00"
ws.cell(r0, 8, CARRY).number_format = "0.00"
ws.cell(r0, 9, NEW).number_format = "0.00"
for i, r in enumerate(rows, 1):
    rr = r0 + i
    ws.cell(rr, 1, i)
    ws.cell(rr, 2, r["name"])
    ws.cell(rr, 3, r["pop"]).number_format = "0"
    ws.cell(rr, 4, r["area"]).number_format = "0.0"
    ws.cell(rr, 5, r["perf"]).number_format = "0.0"
    ws.cell(rr, 6, r["coef"]).number_format = "0.0000"
    ws.cell(rr, 7, r["amount"]).number_format = "0.00"
    if r["carry"] is not None:
        ws.cell(rr, 8, r["carry"]).number_format = "0.00"
    ws.cell(rr, 9, r["new"]).number_format = "0.00"
    if r["note"]:
        ws.cell(rr, 10, r["note"])
last = r0 + len(rows)
for rr in range(r0, last + 1):
    for c in range(1, 11):
        ws.cell(rr, c).border = bd
        if c != 10:
            ws.cell(rr, c).alignment = Alignment(horizontal="center", vertical="center")
ws.cell(r0, 1).font = Font(bold=True)
note1 = last + 1
ws.merge_cells(start_row=note1, start_column=1, end_row=note1, end_column=10)
ws.cell(note1, 1, "注：1.分配系数=某乡镇人口数/全县人口数×50%+某乡镇面积/全县面积×30%+某乡镇绩效得分/各乡镇绩效得分之和×20%；"
                  "2.分配金额=资金总额1260万元×分配系数；3.绩效因素依据2024年度农村人居环境整治考核结果确定；"
                  "4.上年结转资金由各乡镇按原用途继续使用，空白表示无结转。")
ws.cell(note1, 1).alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[note1].height = 48
widths = [6, 12, 14, 16, 14, 10, 14, 10, 10, 30]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[get_column_letter(i)].width = w
ws.row_dimensions[4].height = 36
wb.save("/work/blind35/docs/xiji_2025_factor_allocation.xlsx")

json.dump(dict(P=P, A=A, S=S, total=TOTAL, carry=CARRY, new=NEW, rows=rows),
          open("/work/blind35/ref/doc2.json", "w"), ensure_ascii=False, indent=1)
print("P", P, "A", A, "S", S, "carry", CARRY, "new", NEW, "sumcoef", round(sum(r["coef"] for r in rows), 4))
for i, r in enumerate(rows, 1):
    print(i, r["name"], r["pop"], r["area"], r["perf"], r["coef"], r["amount"], r["carry"], r["new"], r["note"])
