import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter
from data2 import BATCHES
from data3 import ROWS
thin=Side(style="thin"); B=Border(left=thin,right=thin,top=thin,bottom=thin)
C=Alignment(horizontal="center",vertical="center",wrap_text=True)
# ---- doc 2
wb=openpyxl.Workbook(); ws=wb.active; ws.title="专项债券明细"
ws["A1"]="固始县2025年地方政府专项债券项目明细表"; ws.merge_cells("A1:K1"); ws["A1"].font=Font(size=16,bold=True); ws["A1"].alignment=C
ws["A2"]="填报单位：固始县财政局"; ws.merge_cells("A2:F2")
ws["J2"]="单位：万元"; ws.merge_cells("J2:K2")
ws["A3"]="序号"; ws.merge_cells("A3:A4")
ws["B3"]="债券信息"; ws.merge_cells("B3:E3")
ws["F3"]="项目信息"; ws.merge_cells("F3:G3")
ws["H3"]="资金情况"; ws.merge_cells("H3:J3")
ws["K3"]="备注"; ws.merge_cells("K3:K4")
for col,h in zip("BCDEFGHIJ",["债券名称/批次","发行日期","期限（年）","利率（%）","项目名称","项目主管部门","项目总投资","本次使用债券资金","累计使用"]):
    ws[col+"4"]=h
r=5; n=0; H=0; I=0; seen=set()
for bn,dt,term,rate,projs in BATCHES:
    start=r
    for p in projs:
        n+=1
        ws.cell(r,1,n); ws.cell(r,6,p[0]); ws.cell(r,7,p[1]); ws.cell(r,8,p[2]); ws.cell(r,9,p[3]); ws.cell(r,10,p[4])
        if p[5]: ws.cell(r,11,p[5])
        if p[0] not in seen: H+=p[2]; seen.add(p[0])
        I+=p[3]; r+=1
    ws.cell(start,2,bn); ws.cell(start,3,dt); ws.cell(start,4,term); ws.cell(start,5,rate)
    for c in (2,3,4,5): ws.merge_cells(start_row=start,start_column=c,end_row=r-1,end_column=c)
ws.cell(r,1,"合计"); ws.merge_cells(start_row=r,start_column=1,end_row=r,end_column=7)
ws.cell(r,8,H); ws.cell(r,9,I); total_row=r
ws.cell(r+1,1,"注：1.项目总投资合计对同一项目不重复计算；2.累计使用为截至本次发行时该项目已使用的专项债券资金（含以前年度），不作合计；3.利率为票面利率。")
ws.merge_cells(start_row=r+1,start_column=1,end_row=r+1,end_column=11)
for row in ws.iter_rows(min_row=3,max_row=total_row,max_col=11):
    for c in row: c.border=B; c.alignment=C
for col,w in zip("ABCDEFGHIJK",[6,30,12,9,9,40,22,12,14,12,14]): ws.column_dimensions[col].width=w
wb.save("/work/blind37/docs/固始县2025年地方政府专项债券项目明细表.xlsx")
print("bond total",H,I,"rows",n)
# ---- doc 3
wb=openpyxl.Workbook(); ws=wb.active; ws.title="基本支出"
ws["A1"]="固始县交通运输局2025年一般公共预算基本支出表"; ws.merge_cells("A1:E1"); ws["A1"].font=Font(size=16,bold=True); ws["A1"].alignment=C
ws["A2"]="部门名称：固始县交通运输局"; ws.merge_cells("A2:C2"); ws["E2"]="单位：万元"
ws["A3"]="部门经济分类科目"; ws.merge_cells("A3:B3")
ws["C3"]="2025年预算数"; ws.merge_cells("C3:E3")
for col,h in zip("ABCDE",["科目编码","科目名称","合计","人员经费","公用经费"]): ws[col+"4"]=h
r=5; ws.cell(r,1,"合计"); ws.merge_cells("A5:B5"); r=6
tot=P=G=0
for code,name,kids,kind in ROWS:
    s=round(sum(k[2] for k in kids),2)
    ws.cell(r,1,code); ws.cell(r,2,name); ws.cell(r,3,s); ws.cell(r,4 if kind=="P" else 5,s); r+=1
    tot+=s; P+= s if kind=="P" else 0; G+= s if kind=="G" else 0
    for kc,kn,v in kids:
        ws.cell(r,1,kc); ws.cell(r,2,"  "+kn); ws.cell(r,3,v); ws.cell(r,4 if kind=="P" else 5,v); r+=1
ws["C5"]=round(tot,2); ws["D5"]=round(P,2); ws["E5"]=round(G,2)
ws.cell(r,1,"注：本表反映部门2025年一般公共预算财政拨款基本支出预算安排情况，不含项目支出。人员经费包括工资福利支出和对个人和家庭的补助，公用经费包括商品和服务支出和资本性支出。")
ws.merge_cells(start_row=r,start_column=1,end_row=r,end_column=5)
for row in ws.iter_rows(min_row=3,max_row=r-1,max_col=5):
    for c in row:
        c.border=B
        if isinstance(c.value,float) or isinstance(c.value,int): c.number_format="0.00"
for col,w in zip("ABCDE",[12,34,12,12,12]): ws.column_dimensions[col].width=w
wb.save("/work/blind37/docs/固始县交通运输局2025年一般公共预算基本支出表.xlsx")
print("basic",round(tot,2),P,G,"last row",r)
