import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from decimal import Decimal, ROUND_HALF_UP
def r2(x): return float(Decimal(str(x)).quantize(Decimal('0.01'), ROUND_HALF_UP))
thin=Side(style='thin'); B=Border(left=thin,right=thin,top=thin,bottom=thin)
C=Alignment(horizontal='center',vertical='center',wrap_text=True)
def box(ws,r1,r2_,c1,c2):
    for r in range(r1,r2_+1):
        for c in range(c1,c2+1):
            ws.cell(r,c).border=B

# ---------- general_1: 民政局 功能分类 预算/决算 (merged 类/款 groups) ----------
wb=openpyxl.Workbook(); ws=wb.active; ws.title='支出决算明细'
ws.merge_cells('A1:F1'); ws['A1']='桐溪县民政局2023年一般公共预算支出预算与决算对照表'; ws['A1'].font=Font(bold=True,size=14); ws['A1'].alignment=C
ws.merge_cells('A2:F2'); ws['A2']='单位：万元'; ws['A2'].alignment=Alignment(horizontal='right')
hdr=['类','款','项','科目编码','预算数','决算数']
for i,h in enumerate(hdr,1):
    ws.cell(3,i,h).alignment=C; ws.cell(3,i).font=Font(bold=True)
groups=[
 ('社会保障和就业支出',[
   ('民政管理事务',[('行政运行','2080201',386.50,372.18),('一般行政管理事务','2080202',45.00,41.26),('基层政权建设','2080208',120.00,108.35),('其他民政管理事务支出','2080299',36.80,36.80)]),
   ('社会福利',[('儿童福利','2081001',210.00,196.42),('老年福利','2081002',1580.00,1512.67),('殡葬','2081004',95.00,88.90),('养老服务','2081006',860.00,803.15)]),
   ('最低生活保障',[('城市最低生活保障金支出','2081901',640.00,618.24),('农村最低生活保障金支出','2081902',2350.00,2296.71)]),
   ('临时救助',[('临时救助支出','2082001',180.00,164.38),('流浪乞讨人员救助支出','2082002',28.00,25.60)]),
   ('特困人员救助供养',[('城市特困人员救助供养支出','2082101',75.00,72.40),('农村特困人员救助供养支出','2082102',930.00,915.86)]),
 ]),
 ('卫生健康支出',[('行政事业单位医疗',[('行政单位医疗','2101101',24.60,23.95)])]),
 ('住房保障支出',[('住房改革支出',[('住房公积金','2210201',52.30,51.84)])]),
]
r=4; tb=td=0
for lei,kuans in groups:
    start=r; lb=ld=0
    for kuan,xs in kuans:
        ks=r
        for xiang,code,b,d in xs:
            ws.cell(r,3,xiang); ws.cell(r,4,code); ws.cell(r,5,b); ws.cell(r,6,d)
            lb+=b; ld+=d; r+=1
        ws.cell(ks,2,kuan)
        if r-1>ks: ws.merge_cells(start_row=ks,end_row=r-1,start_column=2,end_column=2)
    ws.cell(r,2,'小计'); ws.merge_cells(start_row=r,end_row=r,start_column=2,end_column=4)
    ws.cell(r,5,r2(lb)); ws.cell(r,6,r2(ld)); ws.cell(r,2).font=Font(bold=True); r+=1
    ws.cell(start,1,lei); ws.merge_cells(start_row=start,end_row=r-1,start_column=1,end_column=1)
    tb+=lb; td+=ld
ws.cell(r,1,'合计'); ws.merge_cells(start_row=r,end_row=r,start_column=1,end_column=4)
ws.cell(r,5,r2(tb)); ws.cell(r,6,r2(td)); ws.cell(r,1).font=Font(bold=True); ws.cell(r,1).alignment=C
box(ws,3,r,1,6)
for row in ws.iter_rows(min_row=4,max_row=r):
    for c in row:
        if c.column<=2: c.alignment=C
        if c.column>=5: c.number_format='0.00'
ws.column_dimensions['A'].width=14; ws.column_dimensions['B'].width=16; ws.column_dimensions['C'].width=26; ws.column_dimensions['D'].width=11
wb.save('/work/sealed/general/general_1_tongxi_minzheng_2023_budget_vs_final.xlsx')

# ---------- general_2: 水务局 分季度执行 ----------
wb=openpyxl.Workbook(); ws=wb.active; ws.title='分季度执行'
ws.merge_cells('A1:J1'); ws['A1']='澄州市水务局2024年项目支出预算分季度执行情况表'; ws['A1'].font=Font(bold=True,size=14); ws['A1'].alignment=C
ws.merge_cells('A2:J2'); ws['A2']='单位：万元'; ws['A2'].alignment=Alignment(horizontal='right')
for col,h in [(1,'序号'),(2,'项目名称'),(3,'责任处室'),(4,'年度预算数'),(9,'全年执行数'),(10,'执行率')]:
    ws.cell(3,col,h); ws.merge_cells(start_row=3,end_row=4,start_column=col,end_column=col)
ws.cell(3,5,'分季度执行数'); ws.merge_cells('E3:H3')
for i,q in enumerate(['第一季度','第二季度','第三季度','第四季度']): ws.cell(4,5+i,q)
projs=[
 ('城区排水管网清疏养护','排水管理处',860.00,[180.50,210.30,225.40,236.80]),
 ('河湖长制工作经费','河湖管理处',320.00,[45.20,78.60,82.10,101.50]),
 ('水资源监测站点运维','水资源管理处',215.00,[30.00,52.40,60.70,58.30]),
 ('防汛物资储备','防汛抗旱处',480.00,[12.00,265.80,98.40,40.20]),
 ('农村供水保障工程','农村水利处',1250.00,[0.00,310.00,425.60,380.20]),
 ('水土保持监测','水土保持处',96.00,[10.50,22.80,25.10,30.60]),
 ('智慧水务平台建设','信息中心',650.00,[0.00,85.00,120.00,296.00]),
 ('水利工程安全鉴定','建设与运行管理处',138.00,[0.00,46.00,41.40,50.60]),
 ('节水型社会建设宣传','节约用水办公室',42.00,[5.60,9.80,12.30,11.90]),
 ('泵站运行维护','排水管理处',530.00,[118.20,127.50,140.30,139.60]),
 ('河道保洁','河湖管理处',720.00,[170.00,180.00,180.00,170.00]),
]
r=5; tot=[0]*6
for i,(n,dept,b,qs) in enumerate(projs,1):
    ex=r2(sum(qs)); rate=float(Decimal(str(ex/b)).quantize(Decimal('0.0001'),ROUND_HALF_UP))
    vals=[i,n,dept,b]+qs+[ex,rate]
    for c,v in enumerate(vals,1): ws.cell(r,c,v)
    tot[0]+=b
    for k in range(4): tot[1+k]+=qs[k]
    tot[5]+=ex; r+=1
ws.cell(r,1,'合计'); ws.merge_cells(start_row=r,end_row=r,start_column=1,end_column=3)
ws.cell(r,4,r2(tot[0]))
for k in range(4): ws.cell(r,5+k,r2(tot[1+k]))
ws.cell(r,9,r2(tot[5])); ws.cell(r,10,float(Decimal(str(tot[5]/tot[0])).quantize(Decimal('0.0001'),ROUND_HALF_UP)))
box(ws,3,r,1,10)
for row in ws.iter_rows(min_row=3,max_row=r):
    for c in row:
        if c.row<=4 or c.column in (1,3): c.alignment=C
        if c.row>=5 and 4<=c.column<=9: c.number_format='0.00'
        if c.row>=5 and c.column==10: c.number_format='0.00%'
ws.column_dimensions['B'].width=22; ws.column_dimensions['C'].width=16
wb.save('/work/sealed/general/general_2_chengzhou_shuiwu_2024_quarterly_execution.xlsx')

# ---------- general_3: 农业农村局 编制 ----------
wb=openpyxl.Workbook(); ws=wb.active; ws.title='编制情况'
ws.merge_cells('A1:J1'); ws['A1']='宁川县农业农村局2025年机构编制及实有人员情况表'; ws['A1'].font=Font(bold=True,size=14); ws['A1'].alignment=C
ws.merge_cells('A2:J2'); ws['A2']='单位：人    统计截止日期：2025年3月31日'; ws['A2'].alignment=Alignment(horizontal='right')
hdr=['类别','序号','内设机构/所属单位','编制类型','编制数','实有人数','空编数','领导职数','实有领导','编外聘用人员']
for i,h in enumerate(hdr,1): ws.cell(3,i,h).alignment=C; ws.cell(3,i).font=Font(bold=True)
jg=[('局领导班子','行政编制',5,4,5,4,0),('办公室','行政编制',6,5,1,1,2),('政策法规股','行政编制',3,3,1,1,0),('计划财务股','行政编制',4,4,1,1,1),
    ('乡村产业发展股','行政编制',4,3,1,0,0),('种植业管理股','行政编制',3,2,1,1,0),('畜牧兽医股','行政编制',3,3,1,1,0),('农田建设管理股','行政编制',4,3,1,1,1),('人事股','行政编制',2,2,1,1,0)]
sy=[('农业技术推广中心','事业编制',28,25,3,2,4),('动物疫病预防控制中心','事业编制',15,15,2,2,3),('农业综合行政执法大队','行政执法专项编制',20,17,3,3,2),
    ('农村经营管理站','事业编制',8,6,1,1,0),('农产品质量安全检测站','事业编制',10,7,1,1,2),('种子管理站','事业编制',6,6,1,0,0)]
r=4; seq=1; grand=[0]*6
for cat,rows in [('局机关',jg),('所属单位',sy)]:
    start=r; sub=[0]*6
    for n,t,bz,sy_,ld,sld,bw in rows:
        vals=[None,seq,n,t,bz,sy_,bz-sy_,ld,sld,bw]
        for c,v in enumerate(vals,1):
            if v is not None: ws.cell(r,c,v)
        for k,v in enumerate([bz,sy_,bz-sy_,ld,sld,bw]): sub[k]+=v
        seq+=1; r+=1
    ws.cell(r,2,'小计'); ws.merge_cells(start_row=r,end_row=r,start_column=2,end_column=4)
    for k,v in enumerate(sub): ws.cell(r,5+k,v)
    ws.cell(start,1,cat); ws.merge_cells(start_row=start,end_row=r,start_column=1,end_column=1)
    for k in range(6): grand[k]+=sub[k]
    r+=1
ws.cell(r,1,'合计'); ws.merge_cells(start_row=r,end_row=r,start_column=1,end_column=4)
for k,v in enumerate(grand): ws.cell(r,5+k,v)
r+=1
ws.cell(r,1,'备注：空编数=编制数-实有人数；编外聘用人员不占编制。局领导班子含局长1名、副局长4名，现缺副局长1名。'); ws.merge_cells(start_row=r,end_row=r,start_column=1,end_column=10)
box(ws,3,r-1,1,10)
for row in ws.iter_rows(min_row=4,max_row=r-1):
    for c in row:
        if c.column in (1,2,4) or c.column>=5: c.alignment=C
ws.column_dimensions['C'].width=24; ws.column_dimensions['D'].width=18
wb.save('/work/sealed/general/general_3_ningchuan_nongye_2025_staffing.xlsx')
