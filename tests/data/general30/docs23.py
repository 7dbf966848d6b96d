# -*- coding: utf-8 -*-
import json, openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
thin=Side(style='thin'); B=Border(left=thin,right=thin,top=thin,bottom=thin)
C=Alignment(horizontal='center',vertical='center',wrap_text=True)
Lw=Alignment(horizontal='left',vertical='center',wrap_text=True)
# ---------------- doc2: 政府购买服务预算表
U=[("衢州市柯城区民政局（本级）",[
 ("困难群众社会救助经办服务（“一门受理”窗口）","B0301","社会救助服务","社会组织",48.60,48.60,None,"公开招标",""),
 ("最低生活保障对象家庭经济状况核对服务","B0302","社会救助服务","企业",26.00,26.00,None,"竞争性磋商",""),
 ("养老机构安全生产第三方检查评估服务","B0602","养老服务","企业",18.50,18.50,None,"竞争性磋商",""),
 ("居家养老服务照料中心运营绩效评估服务","B0605","养老服务","社会组织",12.80,12.80,None,"询价",""),
 ("婚姻家庭辅导服务","B1201","婚姻服务","社会组织",9.60,9.60,None,"单一来源","延续项目"),
 ("社会组织等级评估及年检专项审计服务","C0402","社会组织管理服务","社会组织",15.00,15.00,None,"竞争性磋商",""),
 ("地名标志设置及地名信息库维护服务","C0705","地名管理服务","企业",22.40,22.40,None,"公开招标",""),
 ("民政业务信息系统运维服务","D0201","信息化服务","企业",30.00,30.00,None,"公开招标",""),
 ("法律顾问服务","D0503","法律服务","其他",6.00,6.00,None,"询价","律师事务所"),
]),("柯城区社会福利中心",[
 ("特困供养人员生活照料及护理服务","B0303","社会救助服务","企业",156.00,120.00,36.00,"公开招标","其他资金为集中供养对象个人缴费"),
 ("食堂餐饮服务外包","D0901","后勤服务","企业",38.50,20.00,18.50,"竞争性磋商",""),
 ("物业保洁及安保服务","D0902","后勤服务","企业",42.00,42.00,None,"公开招标",""),
 ("入住老人康复医疗服务","B0607","养老服务","企业",24.00,24.00,None,"竞争性谈判",""),
]),("柯城区救助管理站",[
 ("流浪乞讨人员救助车辆租赁服务","D0905","后勤服务","企业",8.40,8.40,None,"询价",""),
 ("受助人员站外托养服务","B0305","社会救助服务","社会组织",64.00,64.00,None,"公开招标","按实际托养人数结算"),
 ("受助人员寻亲及返乡护送服务","B0306","社会救助服务","社会组织",5.20,5.20,None,"询价",""),
]),("柯城区殡仪馆",[
 ("遗体接运服务","B1402","殡葬服务","企业",28.00,10.00,18.00,"竞争性磋商","其他资金为服务收费收入"),
 ("殡仪馆保洁及绿化养护服务","D0903","后勤服务","企业",16.80,16.80,None,"询价",""),
 ("惠民殡葬政策宣传服务","B1405","殡葬服务","社会组织",3.50,3.50,None,"询价","新增项目"),
]),("柯城区社区服务指导中心",[
 ("乡镇（街道）社会工作服务站运营服务","B0801","社会工作服务","社会组织",96.00,96.00,None,"公开招标","覆盖全区11个乡镇（街道）"),
 ("社区工作者能力提升培训服务","B0803","社会工作服务","社会组织",18.00,18.00,None,"竞争性磋商",""),
 ("未成年人保护工作站专业社工服务","B0805","儿童福利服务","社会组织",21.60,21.60,None,"竞争性磋商","新增项目"),
])]
wb=openpyxl.Workbook(); ws=wb.active; ws.title="政府购买服务预算表"
ws.merge_cells('A1:K1'); ws['A1']="衢州市柯城区民政局2025年政府购买服务预算表"; ws['A1'].font=Font(bold=True,size=16); ws['A1'].alignment=C
ws['A2']="部门名称：衢州市柯城区民政局"; ws.merge_cells('A2:F2'); ws['K2']="单位：万元"
h1=["序号","单位名称","购买服务项目名称","指导性目录代码","指导性目录名称","承接主体类型","预算金额",None,None,"购买方式","备注"]
h2=[None,None,None,None,None,None,"合计","财政拨款","其他资金",None,None]
for i,v in enumerate(h1): ws.cell(3,i+1,v)
for i,v in enumerate(h2):
    if v: ws.cell(4,i+1,v)
for col in "ABCDEFJK": ws.merge_cells(f"{col}3:{col}4")
ws.merge_cells("G3:I3")
allrows=[s for _,ss in U for s in ss]
T=(round(sum(s[4] for s in allrows),2),round(sum(s[5] for s in allrows),2),round(sum((s[6] or 0) for s in allrows),2))
r=5; ws.cell(r,1,"合计"); ws.merge_cells(f"A{r}:F{r}")
ws.cell(r,7,T[0]); ws.cell(r,8,T[1]); ws.cell(r,9,T[2]); r+=1
n=0; d2={'total':T,'units':[]}
for uname,ss in U:
    start=r
    for s in ss:
        n+=1
        ws.cell(r,1,n); ws.cell(r,2,uname)
        for j,v in enumerate(s[:4]): ws.cell(r,3+j,v)
        ws.cell(r,7,s[4]); ws.cell(r,8,s[5]);
        if s[6] is not None: ws.cell(r,9,s[6])
        ws.cell(r,10,s[7]); ws.cell(r,11,s[8] or None); r+=1
    ws.merge_cells(f"B{start}:B{r-1}")
    st=(round(sum(s[4] for s in ss),2),round(sum(s[5] for s in ss),2),round(sum((s[6] or 0) for s in ss),2))
    ws.cell(r,2,"小计"); ws.merge_cells(f"B{r}:F{r}")
    ws.cell(r,7,st[0]); ws.cell(r,8,st[1]);
    if st[2]: ws.cell(r,9,st[2])
    r+=1
    d2['units'].append({'name':uname,'sub':st,'rows':ss})
ws.cell(r+1,1,"注：1.承接主体类型分为社会组织、企业、事业单位和其他；2.本表仅反映服务类政府购买事项，不含工程和货物采购；3.其他资金包括服务收费收入和个人缴费等。"); ws.merge_cells(f"A{r+1}:K{r+1}")
for row in ws.iter_rows(min_row=3,max_row=r-1):
    for c in row:
        c.border=B; c.alignment=C if c.column not in (3,11) else Lw
        if c.column in (7,8,9): c.number_format='0.00'
for col,wd in zip("ABCDEFGHIJK",[6,18,36,10,14,10,10,10,10,12,22]): ws.column_dimensions[col].width=wd
wb.save('/work/blind30/docs/柯城区民政局_2025_政府购买服务预算表.xlsx')
# ---------------- doc3: 三年滚动规划
G=[("其他运转类项目",[
 ("机关信息化运维及网络安全保障经费","市交通运输局机关","2024—2028年",96.00,48.00,48.00,48.00,"一般公共预算","延续项目"),
 ("法律顾问及行政复议应诉经费","市交通运输局机关","2025—2027年",12.00,12.00,12.00,None,"一般公共预算","延续项目"),
 ("交通运输综合执法车辆运行维护经费","市交通运输综合执法支队","2026—2028年",None,35.00,35.00,35.00,"一般公共预算","新增项目"),
 ("政府雇员及劳务派遣人员经费","市交通运输局机关","2023—2028年",210.00,72.50,74.00,75.50,"一般公共预算","延续项目"),
]),("特定目标类项目（交通基础设施建设）",[
 ("G204国道日照段改建工程市级配套资金","市公路事业发展中心","2024—2027年",6800.00,3200.00,1500.00,None,"专项债券、一般公共预算","延续项目"),
 ("沿海公路岚山段提升改造工程","市公路事业发展中心","2026—2028年",None,1800.00,2600.00,1600.00,"一般公共预算","新增项目"),
 ("“四好农村路”示范创建奖补资金","市交通运输局机关","2025—2028年",1500.00,1200.00,1200.00,1200.00,"上级转移支付、一般公共预算","延续项目"),
 ("国省道危桥改造工程","市公路事业发展中心","2026—2027年",None,860.00,540.00,None,"一般公共预算","新增项目"),
 ("城市公交首末站及综合客运枢纽建设","市道路运输事业发展中心","2027—2028年",None,None,1500.00,2500.00,"政府性基金预算","新增项目，2027年启动"),
]),("特定目标类项目（公路养护）",[
 ("国省道日常养护经费","市公路事业发展中心","2024—2028年",4200.00,2150.00,2200.00,2250.00,"一般公共预算","延续项目"),
 ("国省道路面大中修工程","市公路事业发展中心","2026年",None,2800.00,None,None,"成品油税费改革转移支付","新增项目"),
 ("农村公路养护补助资金","市交通运输局机关","2023—2028年",2940.00,980.00,980.00,980.00,"一般公共预算","延续项目"),
 ("公路桥梁定期检测及隧道安全评估","市公路事业发展中心","2026—2028年",None,180.00,150.00,150.00,"一般公共预算","新增项目"),
]),("特定目标类项目（运输服务与安全监管）",[
 ("城乡公交运营补贴","市道路运输事业发展中心","2024—2028年",5600.00,2900.00,2950.00,3000.00,"一般公共预算、成品油价格调整补助","延续项目"),
 ("巡游出租汽车更新补助","市道路运输事业发展中心","2025—2027年",300.00,260.00,180.00,None,"一般公共预算","延续项目"),
 ("道路运输安全生产专项整治及应急物资储备","市交通运输综合执法支队","2026—2028年",None,120.00,120.00,120.00,"一般公共预算","新增项目"),
 ("“两客一危”重点营运车辆动态监控服务","市道路运输事业发展中心","2024—2026年",330.00,165.00,None,None,"一般公共预算","延续项目，2026年到期"),
 ("港口危险货物安全监管及应急演练经费","市港航事业发展中心","2026—2028年",None,85.00,85.00,85.00,"一般公共预算","新增项目"),
]),("特定目标类项目（信息化建设）",[
 ("智慧交通综合监测平台（一期）建设","市交通运输局机关","2025—2026年",900.00,600.00,None,None,"一般公共预算","延续项目"),
 ("智慧交通综合监测平台（二期）建设","市交通运输局机关","2027—2028年",None,None,1200.00,800.00,"一般公共预算","新增项目"),
 ("交通运输行政执法综合管理信息系统升级","市交通运输综合执法支队","2026—2027年",None,150.00,90.00,None,"一般公共预算","新增项目"),
 ("ETC门架数据共享及路网运行监测系统运维","市公路事业发展中心","2026—2028年",None,60.00,60.00,60.00,"一般公共预算","新增项目"),
])]
wb=openpyxl.Workbook(); ws=wb.active; ws.title="三年滚动规划"
ws.merge_cells('A1:L1'); ws['A1']="日照市交通运输局2026—2028年项目支出三年滚动规划表"; ws['A1'].font=Font(bold=True,size=16); ws['A1'].alignment=C
ws['A2']="编制单位：日照市交通运输局"; ws.merge_cells('A2:E2'); ws['L2']="单位：万元"
h1=["序号","项目类别","项目名称","实施单位","项目起止年限","以前年度已安排","规划资金",None,None,None,"资金来源","备注"]
h2=[None]*6+["2026年","2027年","2028年","三年合计",None,None]
for i,v in enumerate(h1): ws.cell(3,i+1,v)
for i,v in enumerate(h2):
    if v: ws.cell(4,i+1,v)
for col in "ABCDEFKL": ws.merge_cells(f"{col}3:{col}4")
ws.merge_cells("G3:J3")
allp=[p for _,ps in G for p in ps]
def s(i): return round(sum((p[i] or 0) for p in allp),2)
tot={'prev':s(3),'y26':s(4),'y27':s(5),'y28':s(6)}; tot['three']=round(tot['y26']+tot['y27']+tot['y28'],2)
r=5; ws.cell(r,1,"合计"); ws.merge_cells(f"A{r}:E{r}")
ws.cell(r,6,tot['prev']); ws.cell(r,7,tot['y26']); ws.cell(r,8,tot['y27']); ws.cell(r,9,tot['y28']); ws.cell(r,10,tot['three']); r+=1
n=0; d3={'total':tot,'groups':[]}
for gname,ps in G:
    start=r
    for p in ps:
        n+=1; three=round(sum((x or 0) for x in p[4:7]),2)
        vals=[n,gname,p[0],p[1],p[2],p[3],p[4],p[5],p[6],three,p[7],p[8]]
        for j,v in enumerate(vals):
            if v is not None: ws.cell(r,j+1,v)
        r+=1
    ws.merge_cells(f"B{start}:B{r-1}")
    d3['groups'].append({'name':gname,'projects':[list(p)+[round(sum((x or 0) for x in p[4:7]),2)] for p in ps]})
ws.cell(r+1,1,"注：1.规划资金为预计数，2027年、2028年数以当年预算批复为准；2.年度栏空白表示当年无资金安排；3.“以前年度已安排”为2025年及以前年度累计安排数。"); ws.merge_cells(f"A{r+1}:L{r+1}")
for row in ws.iter_rows(min_row=3,max_row=r-1):
    for c in row:
        c.border=B; c.alignment=C if c.column not in (3,12) else Lw
        if 6<=c.column<=10: c.number_format='0.00'
for col,wd in zip("ABCDEFGHIJKL",[6,16,36,20,14,12,11,11,11,12,24,20]): ws.column_dimensions[col].width=wd
wb.save('/work/blind30/docs/日照市交通运输局_2026-2028_项目支出三年滚动规划表.xlsx')
json.dump({'d2':d2,'d3':d3},open('/work/blind30/gen/docs23.json','w'),ensure_ascii=False,indent=1)
print(T,[u['sub'] for u in d2['units']]); print(tot)
for g in d3['groups']: print(g['name'],[round(sum((p[i] or 0) for p in g['projects']),2) for i in (3,4,5,6,9)])
