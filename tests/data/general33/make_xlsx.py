import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter
import data_x2, data_x3
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)

# ---------- doc 2 ----------
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "专项资金清单"
ws.merge_cells("A1:L1"); ws["A1"] = data_x2.TITLE; ws["A1"].font = Font(bold=True, size=16); ws["A1"].alignment = C
ws.merge_cells("A2:F2"); ws["A2"] = "编制单位：伊金霍洛旗农牧局"
ws["L2"] = "单位：万元"; ws["L2"].alignment = Alignment(horizontal="right")
hdr = ["序号","专项资金名称","主管科室","设立依据","执行期限","上年预算数","本年预算数","增减额","增减率(%)","资金用途","绩效目标","是否新设"]
for j,h in enumerate(hdr,1):
    c = ws.cell(3,j,h); c.font = Font(bold=True); c.alignment = C; c.border = B
rows = data_x2.ROWS
Ls = sum(r[4] or 0 for r in rows); Ts = sum(r[5] for r in rows)
r0 = 4
tot = ["", "合计", "", "", "", round(Ls,2), round(Ts,2), round(Ts-Ls,2), round((Ts-Ls)/Ls,4), "", "", ""]
for j,v in enumerate(tot,1):
    c = ws.cell(r0,j,v); c.border = B; c.font = Font(bold=True); c.alignment = C
for i, r in enumerate(rows, 1):
    name, ks, yj, qx, last, cur, use, goal, new = r
    d = round(cur - (last or 0), 2)
    rate = round(d/last, 4) if last else "—"
    vals = [i, name, ks, yj, qx, last, cur, d, rate, use, goal, new]
    for j,v in enumerate(vals,1):
        c = ws.cell(r0+i, j, v); c.border = B
        c.alignment = L if j in (2,4,10,11) else C
for rr in range(r0, r0+len(rows)+1):
    for j in (6,7,8): ws.cell(rr,j).number_format = "0.00"
    if isinstance(ws.cell(rr,9).value,(int,float)): ws.cell(rr,9).number_format = "0.00%"
nr = r0+len(rows)+1
ws.merge_cells(start_row=nr, start_column=1, end_row=nr, end_column=12)
ws.cell(nr,1,data_x2.NOTE).alignment = L
for j,wd in enumerate([6,30,14,44,12,11,11,10,10,36,40,8],1): ws.column_dimensions[get_column_letter(j)].width = wd
wb.save("../docs/yijinhuoluo_nmj_2026_special_funds_list.xlsx")

# ---------- doc 3 ----------
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "评价结果汇总"
ws.merge_cells("A1:L1"); ws["A1"] = data_x3.TITLE; ws["A1"].font = Font(bold=True, size=16); ws["A1"].alignment = C
ws.merge_cells("A2:F2"); ws["A2"] = "填报单位：海东市乐都区财政局"
ws["L2"] = "单位：万元"; ws["L2"].alignment = Alignment(horizontal="right")
top = ["序号","项目名称","主管部门","评价方式","预算执行",None,None,"评价得分","评价等级","主要问题","整改措施","结果应用"]
sub = [None,None,None,None,"预算数(万元)","执行数(万元)","执行率",None,None,None,None,None]
for j,(a,b) in enumerate(zip(top,sub),1):
    c = ws.cell(3,j,a); c2 = ws.cell(4,j,b)
    for x in (c,c2): x.font = Font(bold=True); x.alignment = C; x.border = B
for j in (1,2,3,4,8,9,10,11,12):
    ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
ws.merge_cells("E3:G3")
rows = data_x3.ROWS; r0 = 5
for i, r in enumerate(rows):
    name, dept, meth, bud, ex, sc, gr, prob, fix, use = r
    vals = [i+1, name, dept, meth, bud, ex, round(ex/bud,4), sc, gr, prob, fix or None, use]
    for j,v in enumerate(vals,1):
        c = ws.cell(r0+i, j, v); c.border = B
        c.alignment = L if j in (2,10,11,12) else C
    ws.cell(r0+i,5).number_format = "#,##0.00"; ws.cell(r0+i,6).number_format = "#,##0.00"
    ws.cell(r0+i,7).number_format = "0.00%"; ws.cell(r0+i,8).number_format = "0.0"
# merge 评价方式 groups
start = 0
for i in range(1, len(rows)+1):
    if i == len(rows) or rows[i][2] != rows[start][2]:
        if i-1 > start:
            v = rows[start][2]
            ws.merge_cells(start_row=r0+start, start_column=4, end_row=r0+i-1, end_column=4)
        start = i
tr = r0+len(rows)
Bs = sum(r[3] for r in rows); Xs = sum(r[4] for r in rows)
ws.merge_cells(start_row=tr, start_column=1, end_row=tr, end_column=4)
ws.cell(tr,1,"合计"); ws.cell(tr,5,round(Bs,2)); ws.cell(tr,6,round(Xs,2)); ws.cell(tr,7,round(Xs/Bs,4))
for j in range(1,13):
    c = ws.cell(tr,j); c.border = B; c.font = Font(bold=True); c.alignment = C
ws.cell(tr,5).number_format = "#,##0.00"; ws.cell(tr,6).number_format = "#,##0.00"; ws.cell(tr,7).number_format = "0.00%"
ws.merge_cells(start_row=tr+1, start_column=1, end_row=tr+1, end_column=12)
ws.cell(tr+1,1,data_x3.NOTE).alignment = L
for j,wd in enumerate([6,34,22,14,12,12,10,10,10,36,36,24],1): ws.column_dimensions[get_column_letter(j)].width = wd
wb.save("../docs/ledu_2025_key_project_evaluation_results.xlsx")
