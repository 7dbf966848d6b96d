"""Builds the four general tables of the blind set 1 (run from tests/data/: python general/make_tables.py)."""
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
thin=Side(style='thin'); B=Border(left=thin,right=thin,top=thin,bottom=thin)
C=Alignment(horizontal='center',vertical='center',wrap_text=True)
def box(ws, r1, r2, c1, c2):
    for r in range(r1,r2+1):
        for c in range(c1,c2+1):
            ws.cell(r,c).border=B
            ws.cell(r,c).alignment=C

# (a) 人员与经费统计表, merged row groups
wb=openpyxl.Workbook(); ws=wb.active; ws.title='人员与经费统计'
ws['A1']='广州市海珠区教育局2023年人员与经费统计表'; ws.merge_cells('A1:G1'); ws['A1'].font=Font(bold=True,size=14)
ws['A2']='填报单位：广州市海珠区教育局（机关本级）'; ws.merge_cells('A2:D2')
ws['E2']='单位：人、万元'; ws.merge_cells('E2:G2')
hdr=['类别','人员类型','年末实有人数（人）','人员经费（万元）','其中：财政拨款（万元）','其中：其他资金（万元）','备注']
for i,h in enumerate(hdr,1): ws.cell(3,i,h).font=Font(bold=True)
rows=[
 ('在职人员','行政编制',42,1386.00,1386.00,0,'含局领导班子'),
 (None,'事业编制',315,8505.60,8120.40,385.20,'含直属教研室'),
 (None,'工勤编制',18,412.20,412.20,0,None),
 (None,'编外聘用',56,672.00,540.00,132.00,'劳务派遣'),
 (None,'小计',431,10975.80,10458.60,517.20,None),
 ('离退休人员','离休',3,96.30,96.30,0,None),
 (None,'退休',187,2356.20,2356.20,0,None),
 (None,'退职',2,18.40,18.40,0,None),
 (None,'小计',192,2470.90,2470.90,0,None),
 ('合计',None,623,13446.70,12929.50,517.20,None),
]
for r,row in enumerate(rows,4):
    for c,v in enumerate(row,1):
        if v is not None: ws.cell(r,c,v)
        if c in (4,5,6) and v is not None: ws.cell(r,c).number_format='0.00'
ws.merge_cells('A4:A8'); ws.merge_cells('A9:A12'); ws.merge_cells('A13:B13')
box(ws,3,13,1,7)
ws['A14']='注：人员经费包括基本工资、津贴补贴、绩效工资、社会保障缴费及离退休费等。'; ws.merge_cells('A14:G14')
for col,w in zip('ABCDEFG',[12,12,14,14,16,16,16]): ws.column_dimensions[col].width=w
wb.save('general/general_a_haizhu_jyj_2023_staff_stats.xlsx')

# (b) monthly budget vs actual
wb=openpyxl.Workbook(); ws=wb.active; ws.title='执行分析'
ws['A1']='佛山市卫生健康局2024年1-6月预算执行分析表'; ws.merge_cells('A1:G1'); ws['A1'].font=Font(bold=True,size=14)
ws['A2']='单位：万元'; ws.merge_cells('A2:G2')
hdr=['月份','预算数','实际支出数','差异（实际-预算）','差异率','累计执行率','差异原因说明']
for i,h in enumerate(hdr,1): ws.cell(3,i,h).font=Font(bold=True)
months=[('1月',820.00,765.40,'元旦假期，部分采购顺延'),('2月',820.00,702.15,'春节假期，支付进度放缓'),
        ('3月',950.00,1012.30,'一季度疫苗及防控物资集中采购'),('4月',880.00,861.72,None),
        ('5月',880.00,905.60,'基层医疗机构设备补助提前拨付'),('6月',1050.00,1128.45,'半年度项目集中结算')]
cb=ca=0
for r,(m,b,a,note) in enumerate(months,4):
    cb+=b; ca+=a
    d=round(a-b,2); rate=round(d/b,4); cum=round(ca/cb,4)
    ws.cell(r,1,m); ws.cell(r,2,b); ws.cell(r,3,a); ws.cell(r,4,d); ws.cell(r,5,rate); ws.cell(r,6,cum)
    if note: ws.cell(r,7,note)
    for c in (2,3,4): ws.cell(r,c).number_format='0.00'
    for c in (5,6): ws.cell(r,c).number_format='0.00%'
r=10; tb=sum(m[1] for m in months); ta=round(sum(m[2] for m in months),2); d=round(ta-tb,2)
ws.cell(r,1,'合计'); ws.cell(r,2,tb); ws.cell(r,3,ta); ws.cell(r,4,d); ws.cell(r,5,round(d/tb,4)); ws.cell(r,6,round(ta/tb,4))
for c in (2,3,4): ws.cell(r,c).number_format='0.00'
for c in (5,6): ws.cell(r,c).number_format='0.00%'
box(ws,3,10,1,7)
ws['A11']='注：差异率=（实际支出数-预算数）/预算数；累计执行率=1月至当月累计实际支出/累计预算数。'; ws.merge_cells('A11:G11')
ws['A12']='填报人：财务科        审核人：规划财务科科长'; ws.merge_cells('A12:G12')
for col,w in zip('ABCDEFG',[8,12,12,16,10,12,30]): ws.column_dimensions[col].width=w
wb.save('general/general_b_foshan_wjj_2024_h1_execution.xlsx')

# (c) two-year comparison of 三公经费
wb=openpyxl.Workbook(); ws=wb.active; ws.title='三公经费对比'
ws['A1']='长沙县交通运输局2023年与2024年“三公”经费预算对比表'; ws.merge_cells('A1:F1'); ws['A1'].font=Font(bold=True,size=14)
ws['A2']='单位：万元'; ws.merge_cells('A2:F2')
hdr=['项目','2023年预算数','2024年预算数','增减额','增减率','增减原因']
for i,h in enumerate(hdr,1): ws.cell(3,i,h).font=Font(bold=True)
data=[('“三公”经费合计',None,None,None),
      ('1.因公出国（境）费',0,0,'无出国（境）计划'),
      ('2.公务用车购置及运行维护费',None,None,None),
      ('  其中：公务用车购置费',28.00,0,'2023年更新执法车辆1辆，2024年无购置计划'),
      ('        公务用车运行维护费',36.50,34.20,'车辆减少，燃油及维修费用下降'),
      ('3.公务接待费',12.60,10.80,'严控接待标准和批次'),]
vals={}
for r,(n,a,b,note) in enumerate(data,4):
    ws.cell(r,1,n)
    if note: ws.cell(r,6,note)
    vals[r]=(a,b)
vals[6]=(28.00+36.50,0+34.20)
vals[4]=(0+vals[6][0]+12.60, 0+vals[6][1]+10.80)
for r,(a,b) in vals.items():
    ws.cell(r,2,round(a,2)); ws.cell(r,3,round(b,2)); d=round(b-a,2); ws.cell(r,4,d)
    ws.cell(r,5, round(d/a,4) if a else '—')
    for c in (2,3,4): ws.cell(r,c).number_format='0.00'
    if a: ws.cell(r,5).number_format='0.00%'
ws.cell(10,1,'附：相关统计'); ws.merge_cells('A10:F10')
extra=[('公务用车保有量（辆）',9,8,'公务用车保有量减少1辆'),('公务接待批次（批次）',86,72,None),('公务接待人次（人次）',604,498,None)]
for r,(n,a,b,note) in enumerate(extra,11):
    ws.cell(r,1,n); ws.cell(r,2,a); ws.cell(r,3,b); ws.cell(r,4,b-a); ws.cell(r,5,round((b-a)/a,4)); ws.cell(r,5).number_format='0.00%'
    if note: ws.cell(r,6,note)
box(ws,3,13,1,6)
ws['A14']='说明：增减额=2024年预算数-2023年预算数；增减率=增减额/2023年预算数。'; ws.merge_cells('A14:F14')
for col,w in zip('ABCDEF',[30,14,14,12,12,40]): ws.column_dimensions[col].width=w
wb.save('general/general_c_changsha_jtj_sangong_2023_2024.xlsx')

# (d) 项目明细 with payment progress, in 元
wb=openpyxl.Workbook(); ws=wb.active; ws.title='项目明细'
ws['A1']='成都市武侯区住房和城乡建设局2024年项目支出明细表'; ws.merge_cells('A1:H1'); ws['A1'].font=Font(bold=True,size=14)
ws['A2']='截至2024年9月30日'; ws.merge_cells('A2:E2'); ws['F2']='单位：元'; ws.merge_cells('F2:H2')
hdr=['序号','项目名称','资金来源','预算金额','已支付金额','支付进度','责任科室','实施期限']
for i,h in enumerate(hdr,1): ws.cell(3,i,h).font=Font(bold=True)
projs=[('老旧小区改造补助','中央补助资金',12600000,8217300,'城市更新科','2024-2025年'),
       ('城市危房安全排查','区级财政资金',850000,612000,'房屋安全科','2024年'),
       ('物业管理服务质量评价','区级财政资金',380000,95000,'物业管理科','2024年'),
       ('建筑工地扬尘监测系统运维','区级财政资金',1200000,1200000,'建筑业管理科','2024年'),
       ('保障性租赁住房租金补贴','省级补助资金',5400000,2970000,'住房保障科','2024年'),
       ('既有住宅增设电梯补贴','市级补助资金',3000000,1350000,'城市更新科','2024-2026年'),
       ('燃气管道老化更新改造','地方政府专项债券',20000000,6400000,'燃气管理科','2023-2025年'),
       ('建设工程质量检测','区级财政资金',760000,532000,'质量安全科','2024年')]
for r,(n,src,b,p,dept,period) in enumerate(projs,4):
    ws.cell(r,1,r-3); ws.cell(r,2,n); ws.cell(r,3,src); ws.cell(r,4,b); ws.cell(r,5,p); ws.cell(r,6,round(p/b,4)); ws.cell(r,7,dept); ws.cell(r,8,period)
    ws.cell(r,4).number_format=ws.cell(r,5).number_format='#,##0.00'; ws.cell(r,6).number_format='0.00%'
r=12; tb=sum(p[2] for p in projs); tp=sum(p[3] for p in projs)
ws.cell(r,1,'合计'); ws.merge_cells('A12:C12'); ws.cell(r,4,tb); ws.cell(r,5,tp); ws.cell(r,6,round(tp/tb,4))
ws.cell(r,4).number_format=ws.cell(r,5).number_format='#,##0.00'; ws.cell(r,6).number_format='0.00%'
box(ws,3,12,1,8)
ws['A13']='注：支付进度=已支付金额/预算金额。'; ws.merge_cells('A13:H13')
for col,w in zip('ABCDEFGH',[6,28,18,16,16,10,14,14]): ws.column_dimensions[col].width=w
wb.save('general/general_d_wuhou_zjj_2024_projects.xlsx')
