# Creates three fictional "general" finance tables for blind set 7.
import openpyxl
from openpyxl.styles import Font, Alignment
from openpyxl.utils import get_column_letter
B=Font(bold=True); C=Alignment(horizontal='center',vertical='center',wrap_text=True)

# ---------- 1: quarterly budget vs actual, amounts in 元, department only in title ----------
wb=openpyxl.Workbook(); ws=wb.active; ws.title='执行分析'
ws.merge_cells('A1:J1'); ws['A1']='鹤汀县农业农村局2025年度项目支出预算执行情况分析表'; ws['A1'].font=B; ws['A1'].alignment=C
ws.merge_cells('A2:J2'); ws['A2']='单位：元'; 
hdr=['序号','项目名称','年度预算数','第一季度','第二季度','第三季度','第四季度','全年实际支出','差异（实际-预算）','执行率']
ws.append(hdr)
rows=[
 ('高标准农田建设补助',4800000,620000,1350000,1580000,1090000),
 ('耕地地力保护补贴',3260000,0,1630000,1630000,0),
 ('农机购置与应用补贴',1450000,210000,380000,295000,402000),
 ('动物防疫专项经费',860000,185000,214000,198000,232000),
 ('农村人居环境整治',2150000,305000,468000,512000,611000),
 ('农产品质量安全监测',420000,64000,98500,102300,118200),
 ('乡村振兴驻村工作经费',360000,90000,90000,90000,90000),
 ('渔业资源增殖放流',180000,0,0,152000,0),
]
for i,(n,b,*q) in enumerate(rows,1):
    act=sum(q); r=ws.max_row+1
    vals=[i,n,b]+[x if x else None for x in q]+[act,act-b,round(act/b,4)]
    ws.append(vals)
    ws.cell(r,10).number_format='0.00%'
    for c in range(3,10): ws.cell(r,c).number_format='#,##0'
tot=[sum(r[1] for r in rows)]+[sum(r[k] for r in rows) for k in range(2,6)]
act=sum(tot[1:]); r=ws.max_row+1
ws.append(['','合计',tot[0],*tot[1:],act,act-tot[0],round(act/tot[0],4)])
ws.cell(r,10).number_format='0.00%'; ws.cell(r,2).font=B
for c in range(3,10): ws.cell(r,c).number_format='#,##0'
ws.append([]); r=ws.max_row+1
ws.merge_cells(start_row=r,start_column=1,end_row=r,end_column=10)
ws.cell(r,1,'注：1.空白单元格表示当季无支出；2.执行率=全年实际支出/年度预算数；3.耕地地力保护补贴按上下半年两次兑付。')
for i,w in enumerate([6,26,14,12,12,12,12,14,16,10],1): ws.column_dimensions[get_column_letter(i)].width=w
wb.save('general/general7_1_quarterly_execution.xlsx')

# ---------- 2: staffing statistics with merged row groups, text numbers, blanks for zero ----------
wb=openpyxl.Workbook(); ws=wb.active; ws.title='编制人数'
ws.merge_cells('A1:I1'); ws['A1']='枫岭区市场监督管理局2025年人员编制及实有人数统计表'; ws['A1'].font=B
ws.merge_cells('A2:I2'); ws['A2']='统计时点：2025年6月30日　　　　单位：人'
ws.merge_cells('A3:A4'); ws['A3']='单位类别'
ws.merge_cells('B3:B4'); ws['B3']='单位名称'
ws.merge_cells('C3:C4'); ws['C3']='核定编制数'
ws.merge_cells('D3:G3'); ws['D3']='实有人数'
ws['D4']='小计'; ws['E4']='在编人员'; ws['F4']='编外聘用'; ws['G4']='劳务派遣'
ws.merge_cells('H3:H4'); ws['H3']='空编数'
ws.merge_cells('I3:I4'); ws['I3']='离退休人员'
data=[
 ('行政单位',[('枫岭区市场监督管理局机关',62,58,6,0,31),('枫岭区市场监督管理局执法大队',45,41,3,5,12)]),
 ('派出机构',[('城关市场监督管理所',14,13,2,0,4),('西塘市场监督管理所',11,11,1,2,3),('白沙市场监督管理所',10,8,0,1,2),('枫桥市场监督管理所',9,9,2,0,0)]),
 ('事业单位',[('枫岭区食品药品检验检测中心',28,24,4,6,9),('枫岭区消费者权益保护中心',8,6,0,0,1)]),
]
r=5; text_cols={3}  # store 核定编制数 as text
for cat,units in data:
    start=r; sub=[0]*6
    for (n,bz,zb,wp,lw,lt) in units:
        xs=zb+wp+lw; kong=bz-zb
        vals=[bz,xs,zb,wp,lw,kong,lt]
        ws.cell(r,2,n)
        for j,v in enumerate(vals):
            col=3+j
            if v==0: continue
            ws.cell(r,col, str(v) if col==3 else v)
        for k,v in enumerate([bz,zb,wp,lw,kong,lt]): sub[k]+=v
        r+=1
    ws.cell(r,2,'小计'); bz,zb,wp,lw,kong,lt=sub
    for j,v in enumerate([bz,zb+wp+lw,zb,wp,lw,kong,lt]):
        if v: ws.cell(r,3+j,v)
    ws.merge_cells(start_row=start,start_column=1,end_row=r,end_column=1); ws.cell(start,1,cat).alignment=C
    r+=1
allu=[u for _,us in data for u in us]
T=[sum(u[k] for u in allu) for k in range(1,6)]
bz,zb,wp,lw,lt=T
ws.cell(r,1,'合计'); ws.merge_cells(start_row=r,start_column=1,end_row=r,end_column=2)
for j,v in enumerate([bz,zb+wp+lw,zb,wp,lw,bz-zb,lt]): ws.cell(r,3+j,v)
r+=2
ws.cell(r,1,'说明：1.核定编制数以区委编办2024年批复为准；2.空白表示无此类人员；3.空编数=核定编制数-在编人员；4.枫桥市场监督管理所2025年3月新设，暂无离退休人员。')
for i,w in enumerate([12,30,12,10,10,10,10,10,12],1): ws.column_dimensions[get_column_letter(i)].width=w
wb.save('general/general7_2_staffing_stats.xlsx')

# ---------- 3: multi-sheet: allocation across 乡镇 + 收支预算总表 side by side ----------
wb=openpyxl.Workbook(); ws=wb.active; ws.title='基层卫生资金分配'
ws.merge_cells('A1:G1'); ws['A1']='澄湖市卫生健康委员会2025年基层医疗卫生补助资金分配表'; ws['A1'].font=B
ws.merge_cells('A2:G2'); ws['A2']='单位：万元'
ws.append(['乡镇（街道）','服务人口（万人）','基本公共卫生服务补助','家庭医生签约服务补助','乡村医生补助','基层医疗设备购置','合计'])
alloc=[('南湖街道',12.6,441.0,88.2,None,65.0),('北渚镇',8.3,290.5,58.1,46.8,40.0),('柳溪镇',6.9,241.5,48.3,39.6,52.5),
       ('石门乡',4.2,147.0,29.4,33.0,None),('云台镇',7.5,262.5,52.5,41.4,38.0),('芦荡乡',3.1,108.5,21.7,27.0,24.5)]
for n,p,a,b,c,d in alloc:
    ws.append([n,p,a,b,c,d,round(sum(x or 0 for x in (a,b,c,d)),2)])
ws.append(['合计',round(sum(x[1] for x in alloc),1)]+[round(sum((x[k] or 0) for x in alloc),2) for k in range(2,6)]+[round(sum(sum(y or 0 for y in x[2:]) for x in alloc),2)])
for row in ws.iter_rows(min_row=4,max_row=ws.max_row,min_col=3,max_col=7):
    for c in row: c.number_format='0.00'
ws.append([])
ws.append(['注：基本公共卫生服务补助按服务人口每人35元测算；家庭医生签约服务补助按每人7元测算；南湖街道无村卫生室，不安排乡村医生补助。'])
ws2=wb.create_sheet('收支预算总表')
ws2.merge_cells('A1:D1'); ws2['A1']='澄湖市卫生健康委员会2025年部门收支预算总表'; ws2['A1'].font=B
ws2.merge_cells('A2:D2'); ws2['A2']='单位：万元'
ws2.append(['收入项目','预算数','支出项目','预算数'])
inc=[('一、一般公共预算拨款',18650.40),('二、政府性基金预算拨款',1200.00),('三、事业收入',9320.75),('四、上级补助收入',2480.00),('五、其他收入',315.60),('六、上年结转',733.25)]
exp=[('一、卫生健康支出',29870.35),('二、社会保障和就业支出',1462.80),('三、住房保障支出',986.45),('四、城乡社区支出',260.40),('五、其他支出',120.00)]
ti=round(sum(v for _,v in inc),2); te=round(sum(v for _,v in exp),2)
assert abs(ti-te)<1e-6,(ti,te)
for i in range(6):
    a=inc[i]; b=exp[i] if i<len(exp) else (None,None)
    ws2.append([a[0],a[1],b[0],b[1]])
ws2.append(['收入总计',ti,'支出总计',te])
for row in ws2.iter_rows(min_row=4,max_row=ws2.max_row,min_col=1,max_col=4):
    for c in row:
        if isinstance(c.value,float): c.number_format='#,##0.00'
ws2.append([]); ws2.append(['注：政府性基金预算拨款为福利彩票公益金，用于医疗救助及基层卫生项目；收支总计相等。'])
wb.save('general/general7_3_health_allocation.xlsx')
print('ok')
