# -*- coding: utf-8 -*-
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
thin=Side(style='thin'); B=Border(left=thin,right=thin,top=thin,bottom=thin)
C=Alignment(horizontal='center',vertical='center',wrap_text=True)
# ---------- 1. 部门收支总表 ----------
wb=openpyxl.Workbook(); ws=wb.active; ws.title="表一 部门收支总表"
ws.append(["涞源县卫生健康局2025年部门收支总表"]); ws.merge_cells("A1:F1")
ws["A1"].font=Font(size=16,bold=True); ws["A1"].alignment=C
ws.append(["部门：涞源县卫生健康局（汇总）",None,None,None,None,"单位：万元"])
ws.append(["收  入",None,None,"支  出",None,None]); ws.merge_cells("A3:C3"); ws.merge_cells("D3:F3")
ws.append(["项    目","2025年预算数","2024年预算数","项    目","2025年预算数","2024年预算数"])
inc=[("一、一般公共预算拨款收入",4862.35,4517.80),("二、政府性基金预算拨款收入",260.00,180.00),("三、国有资本经营预算拨款收入",None,None),
("四、财政专户管理资金收入",34.00,28.50),("五、事业收入",2150.60,2036.40),("六、上级补助收入",None,None),("七、附属单位上缴收入",None,None),
("八、事业单位经营收入",None,None),("九、其他收入",63.00,41.20)]
exp=[("一、一般公共服务支出",None,None),("二、外交支出",None,None),("三、国防支出",None,None),("四、公共安全支出",None,None),("五、教育支出",None,None),
("六、科学技术支出",None,None),("七、文化旅游体育与传媒支出",None,None),("八、社会保障和就业支出",612.48,580.36),("九、卫生健康支出",6555.09,5960.69),
("十、节能环保支出",None,None),("十一、城乡社区支出",None,None),("十二、农林水支出",None,None),("十三、交通运输支出",None,None),
("十四、资源勘探工业信息等支出",None,None),("十五、商业服务业等支出",None,None),("十六、金融支出",None,None),("十七、自然资源海洋气象等支出",None,None),
("十八、住房保障支出",372.80,348.00),("十九、粮油物资储备支出",None,None),("二十、灾害防治及应急管理支出",15.00,11.00),("二十一、其他支出",None,None),
("二十二、债务还本支出",None,None),("二十三、债务付息支出",None,None)]
n=max(len(inc),len(exp))
for i in range(n):
    a=inc[i] if i<len(inc) else (None,None,None)
    b=exp[i] if i<len(exp) else (None,None,None)
    ws.append(list(a)+list(b))
ti=(round(sum(x[1] or 0 for x in inc),2),round(sum(x[2] or 0 for x in inc),2))
te=(round(sum(x[1] or 0 for x in exp),2),round(sum(x[2] or 0 for x in exp),2))
carry=(185.42,96.15)
ws.append(["本年收入合计",ti[0],ti[1],"本年支出合计",te[0],te[1]])
ws.append(["上年结转",carry[0],carry[1],"结转下年",None,None])
ws.append(["收 入 总 计",round(ti[0]+carry[0],2),round(ti[1]+carry[1],2),"支 出 总 计",te[0],te[1]])
assert abs(ti[0]+carry[0]-te[0])<1e-6 and abs(ti[1]+carry[1]-te[1])<1e-6, (ti,te)
last=ws.max_row
ws.append(["注：本表按部门汇总口径编制，收入总计等于支出总计；空白表示无此项收支。"])
ws.merge_cells(start_row=last+1,start_column=1,end_row=last+1,end_column=6)
for r in ws.iter_rows(min_row=3,max_row=last):
    for c in r:
        c.border=B
        if isinstance(c.value,float): c.number_format='#,##0.00'
for col,w in zip("ABCDEF",[30,14,14,32,14,14]): ws.column_dimensions[col].width=w
wb.save("docs/涞源县卫生健康局_2025年部门收支总表.xlsx")
print("inc",ti,"exp",te)
# ---------- 2. 预算调整表 ----------
rows=[
("201","一般公共服务支出"),
("20101","人大事务",1180.00,-60.00,"压减会议费、培训费等一般性支出"),
("20102","政协事务",865.00,-45.00,"压减一般性支出"),
("20103","政府办公厅（室）及相关机构事务",3920.00,-320.00,"压减一般性支出，统筹用于“三保”支出"),
("20106","财政事务",2210.00,150.00,"预算管理一体化系统运维经费"),
("20111","纪检监察事务",1356.00,0,None),
("20131","党委办公厅（室）及相关机构事务",1648.00,-80.00,"压减一般性支出"),
("204","公共安全支出"),
("20402","公安",9860.00,420.00,"增加辅警经费及执法装备购置"),
("20406","司法",1325.00,35.00,"法律援助案件补助增加"),
("205","教育支出"),
("20501","教育管理事务",960.00,0,None),
("20502","普通教育",52680.00,2350.00,"上级追加义务教育薄弱环节改善资金"),
("20503","职业教育",3460.00,-210.00,"职教中心实训楼项目延期，部分资金调减"),
("207","文化旅游体育与传媒支出"),
("20701","文化和旅游",3185.00,680.00,"上级下达旅游发展专项资金"),
("208","社会保障和就业支出"),
("20801","人力资源和社会保障管理事务",1520.00,60.00,"社保经办服务能力提升"),
("20805","行政事业单位养老支出",18650.00,1240.00,"调整机关事业单位退休人员基本养老金"),
("20808","抚恤",2930.00,310.00,"提高优抚对象抚恤补助标准"),
("20810","社会福利",1480.00,95.00,"孤儿及事实无人抚养儿童基本生活费提标"),
("20820","临时救助",760.00,-120.00,"据实调减"),
("210","卫生健康支出"),
("21001","卫生健康管理事务",1062.00,-38.00,"压减一般性支出"),
("21003","基层医疗卫生机构",4350.00,520.00,"乡镇卫生院能力提升补助"),
("21004","公共卫生",None,None,None),
("2100401","疾病预防控制机构",1836.00,88.00,"县疾控中心实验室检测设备购置"),
("2100402","卫生监督机构",512.00,0,None),
("2100403","妇幼保健机构",1284.00,65.00,"妇幼保健院业务用房维修改造"),
("2100408","基本公共卫生服务",4675.00,121.60,"落实县级基本公共卫生服务配套资金"),
("2100409","重大公共卫生服务",1118.00,-46.00,"上级专项资金据实结算调减"),
("21007","计划生育事务",2240.00,-215.00,"奖励扶助对象人数据实核减"),
("21011","行政事业单位医疗",6120.00,180.00,"医保缴费基数调整"),
("211","节能环保支出"),
("21103","污染防治",6350.00,-1860.00,"大气污染防治项目调整至下年实施"),
("212","城乡社区支出"),
("21201","城乡社区管理事务",2870.00,-150.00,"压减一般性支出"),
("21203","城乡社区公共设施",11480.00,-2600.00,"部分市政道路项目改由专项债券安排"),
("213","农林水支出"),
("21301","农业农村",12640.00,1850.00,"上级追加高标准农田建设补助"),
("21303","水利",7930.00,-420.00,"部分水利工程据实调减"),
("21305","巩固脱贫攻坚成果衔接乡村振兴",21560.00,3280.00,"上级下达衔接推进乡村振兴补助资金"),
("221","住房保障支出"),
("22102","住房改革支出",5890.00,210.00,"住房公积金缴存基数调整"),
("224","灾害防治及应急管理支出"),
("22401","应急管理事务",1745.00,360.00,"森林防灭火应急物资储备"),
("229","其他支出"),
("22999","其他支出",2600.00,-1200.00,"预备费调减，统筹用于“三保”等刚性支出"),
]
# fill 21004 as sum of its 项
idx={r[0]:i for i,r in enumerate(rows)}
items=[list(r)+[None]*(5-len(r)) for r in rows]
def kids(code,ln): return [r for r in items if r[0].startswith(code) and len(r[0])==ln]
k=kids("21004",7); items[idx["21004"]][2]=round(sum(r[2] for r in k),2); items[idx["21004"]][3]=round(sum(r[3] for r in k),2)
for r in items:
    if len(r[0])==3:
        k=kids(r[0],5); r[2]=round(sum(x[2] for x in k),2); r[3]=round(sum(x[3] for x in k),2)
for r in items:
    r.insert(4,round(r[2]+r[3],2))
tot=[round(sum(r[j] for r in items if len(r[0])==3),2) for j in (2,3,4)]
wb=openpyxl.Workbook(); ws=wb.active; ws.title="支出调整表"
ws.append(["涞源县2025年一般公共预算支出调整表"]); ws.merge_cells("A1:F1"); ws["A1"].font=Font(size=16,bold=True); ws["A1"].alignment=C
ws.append(["（2025年县十八届人大常委会第二十三次会议审议）",None,None,None,None,"单位：万元"])
ws.append(["科目编码","科目名称","年初预算","调整情况",None,"调整原因"])
ws.append([None,None,None,"调整数","调整后预算",None])
ws.merge_cells("A3:A4"); ws.merge_cells("B3:B4"); ws.merge_cells("C3:C4"); ws.merge_cells("D3:E3"); ws.merge_cells("F3:F4")
ws.append([None,"合    计",tot[0],tot[1],tot[2],None])
for r in items:
    ws.append([r[0],r[1],r[2],r[3],r[4],r[5]])
last=ws.max_row
ws.append(["注：1.调整数中正数为增加、负数为减少；2.本表按功能分类列示至款级，卫生健康支出中公共卫生列示至项级。"])
ws.merge_cells(start_row=last+1,start_column=1,end_row=last+1,end_column=6)
for r in ws.iter_rows(min_row=3,max_row=last):
    for c in r:
        c.border=B
        if isinstance(c.value,(int,float)): c.number_format='0.00'
for col,w in zip("ABCDEF",[12,34,12,12,12,44]): ws.column_dimensions[col].width=w
wb.save("docs/涞源县_2025年一般公共预算支出调整表.xlsx")
print("tot",tot)
import json
json.dump(items,open("adj_items.json","w"),ensure_ascii=False,indent=0)
for r in items: print(r)
