# -*- coding: utf-8 -*-
import openpyxl, json
from openpyxl.styles import Alignment, Font, Border, Side
thin=Side(style='thin'); B=Border(left=thin,right=thin,top=thin,bottom=thin)
C=Alignment(horizontal='center',vertical='center',wrap_text=True)
L=Alignment(horizontal='left',vertical='center',wrap_text=True)
# ---------------- doc2 ----------------
wb=openpyxl.Workbook(); ws=wb.active; ws.title='整体绩效目标'
ws.merge_cells('A1:F1'); ws['A1']='宜宾市叙州区城市管理局2025年部门整体支出绩效目标表'; ws['A1'].font=Font(bold=True,size=16); ws['A1'].alignment=C
ws.merge_cells('A2:F2'); ws['A2']='填报单位：宜宾市叙州区城市管理局（盖章）                                   单位：万元'
ws['A3']='部门名称'; ws.merge_cells('B3:F3'); ws['B3']='宜宾市叙州区城市管理局'
# budget block rows 4-6, two-level header
ws.merge_cells('A4:A6'); ws['A4']='年度预算'
ws.merge_cells('B4:B5'); ws['B4']='资金总额'
ws.merge_cells('C4:D4'); ws['C4']='按支出性质分'
ws.merge_cells('E4:F4'); ws['E4']='按资金来源分'
ws['C5']='基本支出'; ws['D5']='项目支出'; ws['E5']='财政拨款'; ws['F5']='其他资金'
ws['B6']=4862.35; ws['C6']=1236.47; ws['D6']=3625.88; ws['E6']=4512.35; ws['F6']=350.00
ws['A7']='部门职能概述'; ws.merge_cells('B7:F7')
ws['B7']='贯彻执行城市管理、市容环境卫生、园林绿化、市政公用设施管理等方面的法律法规和政策；负责城区环境卫生清扫保洁和生活垃圾收运处置的监督管理；负责城区市政道路、桥梁、排水设施和城市照明设施的维护管理；负责城区公园绿地管护；集中行使城市管理领域行政处罚权。'
ws['A8']='年度总体目标'; ws.merge_cells('B8:F8')
ws['B8']='目标1：城区主次干道机械化清扫率达到85%以上，生活垃圾无害化处理率保持100%。\n目标2：市政道路、排水设施完好率达到95%以上，汛期城区主要易涝点不发生严重内涝。\n目标3：城市照明亮灯率达到98%以上。\n目标4：城区公园绿地管护达标，新增口袋公园3个。\n目标5：规范城市管理执法，群众对市容环境满意度达到90%以上。'
ws['A9']='年度重点工作任务'; ws.merge_cells('A9:A16')
ws['B9']='序号'; ws['C9']='任务名称'; ws.merge_cells('D9:E9'); ws['D9']='主要内容'; ws['F9']='预算金额（万元）'
tasks=[("城区环境卫生清扫保洁","城区主次干道、背街小巷、公共广场等区域清扫保洁服务采购，作业面积约386万平方米",1580.00),
("生活垃圾收运及处置","城区生活垃圾收集、转运及焚烧处置，日均处理量约420吨",962.40),
("市政道路及排水设施维护","市政道路、人行道破损修复，雨污管网清淤疏浚，易涝点整治",486.00),
("城市照明设施运维及电费","城区路灯、景观照明设施维护及电费支出，路灯约1.2万盏",318.60),
("园林绿化管护","城区公园绿地、行道树养护管理，新建口袋公园",214.88),
("城市管理综合执法","执法装备购置、执法记录仪维护、违法建设治理",64.00)]
r=10
for i,(n,c,a) in enumerate(tasks):
    ws.cell(r,2,i+1); ws.cell(r,3,n); ws.merge_cells(start_row=r,start_column=4,end_row=r,end_column=5); ws.cell(r,4,c); ws.cell(r,6,a); r+=1
ws.cell(r,2,'合计'); ws.merge_cells(start_row=r,start_column=2,end_row=r,end_column=5); ws.cell(r,6,round(sum(t[2] for t in tasks),2)); r+=1  # row 16
assert r==17
ws.cell(r,1,'年度绩效指标'); hdr=r
ws.cell(r,2,'一级指标'); ws.cell(r,3,'二级指标'); ws.cell(r,4,'三级指标'); ws.cell(r,5,'指标值'); ws.cell(r,6,'备注'); r+=1
inds=[
("产出指标","数量指标","城区清扫保洁面积","≥386万平方米",""),
("产出指标","数量指标","生活垃圾日均清运量","≥420吨",""),
("产出指标","数量指标","维护路灯数量","12000盏","含景观照明"),
("产出指标","数量指标","新增口袋公园","3个",""),
("产出指标","数量指标","雨污管网清淤长度","≥60公里",""),
("产出指标","质量指标","主次干道机械化清扫率","≥85%",""),
("产出指标","质量指标","生活垃圾无害化处理率","100%",""),
("产出指标","质量指标","市政道路完好率","≥95%",""),
("产出指标","质量指标","城市照明亮灯率","≥98%",""),
("产出指标","时效指标","道路坑槽修复时限","≤48小时","发现后起算"),
("产出指标","时效指标","路灯故障修复时限","≤24小时",""),
("产出指标","时效指标","口袋公园建成时间","2025年10月底前",""),
("产出指标","成本指标","清扫保洁单价","≤4.1元/平方米·年",""),
("产出指标","成本指标","垃圾处置单价","≤63元/吨","按合同价"),
("效益指标","经济效益指标","",None,"本年度不设置"),
("效益指标","社会效益指标","汛期城区严重内涝","0次",""),
("效益指标","社会效益指标","违法建设查处率","100%",""),
("效益指标","生态效益指标","城区建成区绿化覆盖率","≥41%","较上年提高0.5个百分点"),
("效益指标","可持续影响指标","城市精细化管理长效机制","持续完善",""),
("满意度指标","服务对象满意度指标","群众对市容环境满意度","≥90%","第三方测评"),
("满意度指标","服务对象满意度指标","投诉按期办结率","≥95%","数字城管平台统计"),
]
start=r
for t in inds:
    for j,v in enumerate(t): 
        if v not in (None,''): ws.cell(r,2+j,v)
    r+=1
# merge level cells
def merge_col(col):
    i=start
    while i<r:
        j=i
        while j+1<r and inds[j+1-start][col-2]==inds[i-start][col-2] and (col==2 or inds[j+1-start][0]==inds[i-start][0]): j+=1
        if j>i: ws.merge_cells(start_row=i,start_column=col,end_row=j,end_column=col)
        i=j+1
merge_col(2); merge_col(3)
ws.merge_cells(start_row=hdr,start_column=1,end_row=r-1,end_column=1)
ws.cell(r+1,1,'注：1.年度预算含上年结转资金；2.其他资金为城市生活垃圾处理费收入；3.指标值中“≥”表示不低于，“≤”表示不高于。')
ws.cell(r+2,1,'填报人：罗晓燕        联系电话：0831-2960318        填报日期：2025年2月18日')
for row in ws.iter_rows(min_row=3,max_row=r-1):
    for c in row: c.border=B; c.alignment=C
for rr in (7,8): ws.cell(rr,2).alignment=L
for col,w in zip('ABCDEF',(14,16,22,26,18,18)): ws.column_dimensions[col].width=w
ws.row_dimensions[7].height=80; ws.row_dimensions[8].height=110
wb.save('/work/blind29/docs/宜宾市叙州区_城市管理局_2025_部门整体支出绩效目标表.xlsx')
json.dump({'tasks':tasks,'inds':inds,'ind_start_row':start},open('/work/blind29/tmp/doc2.json','w'),ensure_ascii=False,indent=1)
# ---------------- doc3 ----------------
wb=openpyxl.Workbook(); ws=wb.active; ws.title='收支决算对比'
ws.merge_cells('A1:G1'); ws['A1']='凯里市农业农村局2024年度部门收支决算对比表'; ws['A1'].font=Font(bold=True,size=16); ws['A1'].alignment=C
ws.merge_cells('A2:E2'); ws['A2']='编制单位：凯里市农业农村局'; ws.merge_cells('F2:G2'); ws['F2']='单位：万元'
ws.merge_cells('A3:B4'); ws['A3']='项目'
ws.merge_cells('C3:D3'); ws['C3']='预算数'; ws['C4']='年初预算数'; ws['D4']='调整预算数'
ws.merge_cells('E3:E4'); ws['E3']='决算数'
ws.merge_cells('F3:F4'); ws['F3']='决算数为调整预算数的%'
ws.merge_cells('G3:G4'); ws['G3']='备注'
rows=[
('收入','一、财政拨款收入',5236.80,7842.15,7615.42,''),
('收入','    其中：一般公共预算财政拨款',5036.80,7142.15,6935.42,'年中追加中央和省级衔接推进乡村振兴补助资金'),
('收入','          政府性基金预算财政拨款',200.00,700.00,680.00,'追加农业土地开发资金500万元'),
('收入','二、上级补助收入',None,120.00,120.00,'省农业农村厅拨付农产品质量安全检测补助'),
('收入','三、事业收入',85.00,85.00,62.37,'农产品检测服务量减少'),
('收入','四、经营收入',None,None,None,''),
('收入','五、其他收入',30.00,46.50,58.91,'含存款利息及资产处置收入'),
('收入','收入合计',5351.80,8093.65,7856.70,''),
('支出','一、社会保障和就业支出',412.60,425.30,421.86,''),
('支出','    其中：行政事业单位养老支出',368.20,376.90,374.12,''),
('支出','二、卫生健康支出',96.40,98.10,95.77,''),
('支出','三、节能环保支出',None,260.00,248.50,'年中追加农业面源污染治理项目'),
('支出','四、农林水支出',4612.80,7044.25,6822.63,''),
('支出','    其中：农业农村',3126.50,4318.75,4205.36,''),
('支出','          巩固脱贫攻坚成果衔接乡村振兴',1286.30,2425.50,2356.27,'追加衔接资金，用于产业发展和小型公益性基础设施'),
('支出','          农村综合改革',200.00,300.00,261.00,'部分村级集体经济项目未完工，结转下年'),
('支出','五、住房保障支出',180.00,186.00,183.64,''),
('支出','    其中：住房公积金',108.00,112.00,110.52,''),
('支出','六、灾害防治及应急管理支出',50.00,80.00,41.20,'动物疫病应急物资采购未全部完成'),
('支出','支出合计',5351.80,8093.65,7813.60,''),
('结转','年末结转和结余',None,None,43.10,'主要为农村综合改革项目结转资金'),
]
r=5; data=[]
for g,n,a,b,c,note in rows:
    ws.cell(r,2,n)
    for j,v in enumerate((a,b,c)):
        if v is not None: ws.cell(r,3+j,v); ws.cell(r,3+j).number_format='#,##0.00'
    pct=None
    if b and c is not None: pct=round(c/b*100,2); ws.cell(r,6,pct); ws.cell(r,6).number_format='0.00'
    if note: ws.cell(r,7,note)
    data.append((r,g,n.strip(),a,b,c,pct,note)); r+=1
ws.merge_cells('A5:A12'); ws['A5']='收入'
ws.merge_cells('A13:A24'); ws['A13']='支出'
ws['A25']='结转'
ws.merge_cells(start_row=r,start_column=1,end_row=r,end_column=7)
ws.cell(r,1,'注：1.调整预算数含年中追加、追减及上级转移支付；2.决算数为调整预算数的%＝决算数÷调整预算数×100%；3.本年度无经营收入。')
for row in ws.iter_rows(min_row=3,max_row=r-1):
    for c in row: c.border=B
    for c in row: c.alignment=C if c.column!=2 and c.column!=7 else L
for col,w in zip('ABCDEFG',(8,36,14,14,14,14,40)): ws.column_dimensions[col].width=w
wb.save('/work/blind29/docs/凯里市_农业农村局_2024_部门收支决算对比表.xlsx')
json.dump(data,open('/work/blind29/tmp/doc3.json','w'),ensure_ascii=False,indent=1)
for d in data: print(d)
print(sum(t[2] for t in tasks))
