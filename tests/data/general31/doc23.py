# -*- coding: utf-8 -*-
import openpyxl, json
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter
thin=Side(style='thin'); B=Border(left=thin,right=thin,top=thin,bottom=thin)
C=Alignment(horizontal='center',vertical='center',wrap_text=True)
# ---------------- doc2 ----------------
# cols: 基本: 工资福利, 商品服务, 对个人家庭 ; 项目: 工资福利?, 商品服务, 对个人家庭, 资本性
groups=[
 (None,[("101001","九江市濂溪区教育体育局（本级）",(386.52,58.40,12.30),(0,412.60,35.00,28.50),"含教育督导、体育赛事经费")]),
 (None,[("101002","九江市濂溪区教育体育事业发展中心",(142.18,21.65,3.20),(0,96.80,None,None),None)]),
 ("中学",[("101003","九江市濂溪区第一中学",(1868.40,186.25,42.60),(0,215.30,168.00,356.80),"含学生宿舍改造"),
          ("101004","九江市濂溪区第二中学",(1524.76,152.08,35.15),(0,180.45,142.50,96.20),None),
          ("101005","九江市濂溪区十里中学",(986.30,98.72,21.40),(0,66.10,85.60,None),None)]),
 ("小学",[("101006","九江市濂溪区莲花中心小学",(732.15,76.40,15.80),(0,58.20,46.35,120.00),"新建风雨操场"),
          ("101007","九江市濂溪区姑塘中心小学",(645.80,65.33,13.25),(0,42.75,51.20,None),None),
          ("101008","九江市濂溪区新港中心小学",(588.42,60.18,12.06),(0,39.60,48.90,18.40),None),
          ("101009","九江市濂溪区五里中心小学",(702.36,71.55,14.70),(0,47.30,38.25,None),None),
          ("101010","九江市濂溪区虞家河中心小学",(512.90,52.87,10.95),(0,31.45,44.80,65.00),"食堂设备更新")]),
 ("幼儿园",[("101011","九江市濂溪区机关幼儿园",(296.44,38.60,6.20),(0,25.80,18.60,12.50),None),
          ("101012","九江市濂溪区莲花中心幼儿园",(218.75,29.34,4.85),(0,19.40,22.15,None),None)]),
 ("其他",[("101013","九江市濂溪区青少年校外活动中心",(168.20,24.50,3.60),(0,36.80,None,8.60),None),
          ("101014","九江市濂溪区体育运动学校",(254.66,32.15,18.40),(0,88.50,26.00,42.30),"含运动员伙食补助")]),
]
def v(x): return 0 if x is None else x
rows=[]
for g,units in groups:
    for code,name,bas,prj,note in units:
        b=[bas[0],bas[1],bas[2]]; p=[None,prj[1],prj[2],prj[3]]
        bsum=round(sum(b),2); psum=round(sum(v(x) for x in p),2)
        rows.append(dict(group=g,code=code,name=name,b=b,p=p,bsum=bsum,psum=psum,total=round(bsum+psum,2),note=note))
def agg(rs):
    d=dict(b=[round(sum(r['b'][i] for r in rs),2) for i in range(3)],p=[None]+[round(sum(v(r['p'][i]) for r in rs),2) for i in range(1,4)])
    d['bsum']=round(sum(r['bsum'] for r in rs),2); d['psum']=round(sum(r['psum'] for r in rs),2); d['total']=round(d['bsum']+d['psum'],2); return d
wb=openpyxl.Workbook(); ws=wb.active; ws.title='经济分类汇总'
ncol=13
ws.merge_cells(start_row=1,start_column=1,end_row=1,end_column=ncol)
ws['A1']='九江市濂溪区教育体育局2025年部门预算支出经济分类汇总表'; ws['A1'].font=Font(bold=True,size=14); ws['A1'].alignment=C
ws['A2']='部门：九江市濂溪区教育体育局'; ws.cell(2,ncol,'单位：万元')
h1=['单位类别','单位编码','单位名称','总计','基本支出',None,None,None,'项目支出',None,None,None,None,'备注']
h1=['单位类别','单位编码','单位名称','总计','基本支出','','','','项目支出','','','','备注']
h2=['','','','','小计','工资福利支出','商品和服务支出','对个人和家庭的补助','小计','商品和服务支出','对个人和家庭的补助','资本性支出','']
for j,x in enumerate(h1,1): ws.cell(3,j,x if x else None)
for j,x in enumerate(h2,1): ws.cell(4,j,x if x else None)
for c in (1,2,3,4,13): ws.merge_cells(start_row=3,start_column=c,end_row=4,end_column=c)
ws.merge_cells('E3:H3'); ws.merge_cells('I3:L3')
def put(r,label_a,code,name,d,note=None,bold=False):
    vals=[label_a,code,name,d['total'],d['bsum'],d['b'][0],d['b'][1],d['b'][2],d['psum'],d['p'][1],d['p'][2],d['p'][3],note]
    for j,x in enumerate(vals,1):
        if x==0 and j>3 and j<13: x=None
        ws.cell(r,j,x)
        if bold: ws.cell(r,j).font=Font(bold=True)
r=5
allagg=agg(rows); put(r,'合计',None,None,allagg,bold=True); ws.merge_cells(start_row=r,start_column=1,end_row=r,end_column=3); r+=1
sub={}
for g,units in groups:
    rs=[x for x in rows if x['group']==g and x['name'] in [u[1] for u in units]]
    start=r
    if g:
        sa=agg(rs); sub[g]=sa
        put(r,g,None,g+'小计',sa,bold=True); r+=1
    for x in rs:
        put(r,None if g else '行政事业单位',x['code'],x['name'],x,x['note']); r+=1
    if g: ws.merge_cells(start_row=start,start_column=1,end_row=r-1,end_column=1)
# merge 行政事业单位 rows 6-7
ws.merge_cells('A6:A7'); ws['A6']='机关及直属单位'
ws.cell(r,1,'注：1.本表为一般公共预算财政拨款安排的支出，不含政府性基金预算；2.空白单元格表示该项无预算安排；3.各学校基本支出含教职工工资、公用经费及学生资助。'); ws.merge_cells(start_row=r,start_column=1,end_row=r,end_column=ncol)
for row in ws.iter_rows(min_row=3,max_row=r-1):
    for c in row:
        c.border=B
        if isinstance(c.value,(int,float)): c.number_format='0.00'
        else: c.alignment=C
for j,wd in enumerate([10,10,30,11,11,11,11,11,11,11,11,11,18],1): ws.column_dimensions[get_column_letter(j)].width=wd
wb.save('/work/blind31/docs/九江市濂溪区_教育体育局_2025_部门预算支出经济分类汇总表.xlsx')
json.dump(dict(rows=rows,all=allagg,sub=sub),open('/work/blind31/gen/doc2.json','w'),ensure_ascii=False,indent=1)
# ---------------- doc3 ----------------
items=[
("宝鸡市陈仓区卫生健康局","2025年度家庭医生签约服务第三方评估项目","委托第三方机构对全区家庭医生签约服务开展满意度调查和绩效评估，形成评估报告。",28.00,"2025年5月","是",None),
("宝鸡市陈仓区卫生健康局","卫生健康信息化平台运维服务","对区全民健康信息平台、基层医疗机构HIS系统提供一年期运行维护和安全等级保护测评服务。",46.50,"2025年6月","是",None),
("宝鸡市陈仓区卫生健康局","无偿献血宣传及健康教育印刷品采购","印制健康教育宣传折页、海报及无偿献血宣传品约20万份。",8.60,"2025年4月","是",None),
("宝鸡市陈仓区人民医院","64排CT机采购","采购64排螺旋CT机1台，含安装调试、操作培训及三年免费保修。",420.00,"2025年7月","否","使用中央预算内投资"),
("宝鸡市陈仓区人民医院","DR设备采购","采购双板数字化X射线摄影系统（DR）1套。",138.00,"2025年6月","否",None),
("宝鸡市陈仓区人民医院","医院物业管理服务","提供医院保洁、秩序维护、导医及被服洗涤等物业管理服务，服务期一年。",186.40,"2025年3月","是",None),
("宝鸡市陈仓区人民医院","全自动生化分析仪采购","采购全自动生化分析仪1台，检测速度不低于1200测试/小时。",95.00,"2025年8月","否",None),
("宝鸡市陈仓区人民医院","医用耗材集中配送服务","遴选医用耗材配送企业2家，负责全院低值医用耗材的集中配送。",60.00,"2025年5月","是","预算为年度配送服务费"),
("宝鸡市陈仓区中医医院","DR设备采购","采购数字化X射线摄影系统（DR）1台，含PACS接口对接。",112.00,"2025年9月","否",None),
("宝鸡市陈仓区中医医院","中药饮片智能调剂设备采购","采购中药饮片智能调剂系统1套及煎药机6台。",74.80,"2025年7月","是",None),
("宝鸡市陈仓区中医医院","医院食堂食材配送服务","为医院职工及住院患者食堂提供米面油、蔬菜、肉类等食材配送，服务期一年。",52.00,"2025年4月","是",None),
("宝鸡市陈仓区中医医院","康复理疗设备采购","采购中医康复理疗设备一批，包括电针治疗仪、中药熏蒸机等共计18台（件）。",43.60,"2025年8月","是",None),
("宝鸡市陈仓区妇幼保健院","彩色多普勒超声诊断仪采购","采购高端彩色多普勒超声诊断仪1台，配备产科专用探头。",168.00,"2025年6月","否",None),
("宝鸡市陈仓区妇幼保健院","新生儿疾病筛查试剂采购","采购新生儿遗传代谢病筛查及听力筛查试剂，满足全年约4800例筛查需求。",36.20,"2025年3月","是",None),
("宝鸡市陈仓区妇幼保健院","两癌筛查服务","为全区35-64岁适龄妇女提供宫颈癌、乳腺癌筛查服务约8000人次。",64.00,"2025年5月","是","中央补助资金"),
("宝鸡市陈仓区疾病预防控制中心","实验室检测仪器设备采购","采购实时荧光定量PCR仪、生物安全柜等实验室检测设备一批。",88.50,"2025年7月","否",None),
("宝鸡市陈仓区疾病预防控制中心","疫苗冷链设备采购","为各接种单位采购医用冷藏冰箱、冷链温度监测设备共计45台（套）。",39.90,"2025年5月","是",None),
("宝鸡市陈仓区疾病预防控制中心","病媒生物防制服务","开展全区重点场所鼠、蚊、蝇、蟑螂等病媒生物监测与防制服务。",25.00,"2025年4月","是",None),
("宝鸡市陈仓区卫生健康综合执法大队","执法记录仪及快检设备采购","采购执法记录仪30台、公共场所卫生快速检测设备4套。",18.50,"2025年6月","是",None),
("宝鸡市陈仓区虢镇街道社区卫生服务中心","全自动血细胞分析仪采购","采购五分类全自动血细胞分析仪1台。",22.00,"2025年9月","是",None),
("宝鸡市陈仓区虢镇街道社区卫生服务中心","健康体检车租赁服务","租赁健康体检车开展65岁以上老年人入户体检，服务期6个月。",15.60,"2025年4月","是",None),
("宝鸡市陈仓区阳平镇中心卫生院","DR设备采购","采购数字化X射线摄影系统（DR）1台，满足基层影像检查需求。",78.00,"2025年8月","是","乡村振兴衔接资金"),
("宝鸡市陈仓区阳平镇中心卫生院","污水处理设施改造","对卫生院医疗污水处理站进行提标改造，日处理能力30吨。",32.50,"2025年10月","是",None),
("宝鸡市陈仓区千河镇卫生院","心电图机及除颤仪采购","采购十二导联心电图机2台、自动体外除颤仪（AED）2台。",12.80,"2025年6月","是",None),
("宝鸡市陈仓区千河镇卫生院","中医馆设备采购","采购中医馆诊疗设备，含针灸治疗仪、艾灸床等。",9.80,"2025年7月","是",None),
("宝鸡市陈仓区县功镇中心卫生院","彩超设备采购","采购便携式彩色多普勒超声诊断仪1台。",45.00,"2025年9月","是",None),
("宝鸡市陈仓区县功镇中心卫生院","医疗废物收集转运服务","委托有资质的单位对卫生院及所辖村卫生室医疗废物进行收集转运和集中处置。",6.40,"2025年3月","是",None),
("宝鸡市陈仓区周原镇卫生院","救护车采购","采购负压型救护车1辆，含车载急救设备。",42.00,"2025年11月","否","车辆购置需报区财政局审批"),
("宝鸡市陈仓区周原镇卫生院","村卫生室标准化建设设备采购","为所辖12个村卫生室配置诊疗床、药品柜、健康一体机等基本设备。",26.40,"2025年10月","是",None),
("宝鸡市陈仓区卫生健康局","基层医疗机构药品耗材阳光采购平台服务","为全区基层医疗卫生机构提供药品耗材线上集中采购平台技术服务，服务期一年。",18.00,"2025年12月","是",None),
]
wb=openpyxl.Workbook(); ws=wb.active; ws.title='采购意向'
ws.merge_cells('A1:H1'); ws['A1']='宝鸡市陈仓区卫生健康局（部门）2025年政府采购意向公开表'; ws['A1'].font=Font(bold=True,size=14); ws['A1'].alignment=C
ws.merge_cells('A2:E2'); ws['A2']='为便于供应商及时了解政府采购信息，根据财政部有关规定，现将2025年采购意向公开如下：'
ws['H2']='公开日期：2025年2月28日'
hd=['序号','采购单位','采购项目名称','采购需求概况','预算金额（万元）','预计采购时间','是否专门面向中小企业','备注']
for j,x in enumerate(hd,1): ws.cell(3,j,x).font=Font(bold=True)
r=4
for i,it in enumerate(items,1):
    vals=[i]+list(it)
    for j,x in enumerate(vals,1): ws.cell(r,j,x)
    r+=1
tot=round(sum(it[3] for it in items),2)
ws.cell(r,1,'合计'); ws.merge_cells(start_row=r,start_column=1,end_row=r,end_column=4); ws.cell(r,5,tot); r+=1
ws.cell(r,1,'注：本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。'); ws.merge_cells(start_row=r,start_column=1,end_row=r,end_column=8)
for row in ws.iter_rows(min_row=3,max_row=r-1):
    for c in row:
        c.border=B; c.alignment=Alignment(vertical='center',wrap_text=True)
        if isinstance(c.value,float): c.number_format='0.00'
for j,wd in enumerate([6,30,30,50,12,12,12,20],1): ws.column_dimensions[get_column_letter(j)].width=wd
wb.save('/work/blind31/docs/宝鸡市陈仓区_卫生健康局_2025_政府采购意向公开表.xlsx')
json.dump(dict(items=items,total=tot),open('/work/blind31/gen/doc3.json','w'),ensure_ascii=False,indent=1)
print(len(items),tot)
