import openpyxl
from openpyxl.styles import Font
wb=openpyxl.Workbook();ws=wb.active;ws.title='项目明细'
ws.append(['青岚县文化广电旅游体育局2025年项目支出预算明细表']);ws.merge_cells('A1:E1')
ws.append(['单位：元','','','',''])
ws.append(['项目名称','支出明细','金额','测算依据','备注'])
P=[('非遗保护传承项目',[('差旅费',36000,'12人次×3000元'),('印刷费',48500,'非遗图册1000册'),('委托业务费',260000,'非遗普查委托')]),
   ('全民健身赛事活动',[('场地租赁费',90000,'6场×15000元'),('劳务费',72000,'裁判240人次×300元'),('专用材料费',55600,'奖牌器材')]),
   ('文物安全巡查经费',[('差旅费',18400,'巡查交通'),('维修（护）费',134000,'安防设备维护')])]
tot=0
for name,lines in P:
    r0=ws.max_row+1
    for i,(k,v,b) in enumerate(lines): ws.append([name if i==0 else '',k,v,b,''])
    s=sum(v for _,v,_ in lines);tot+=s
    ws.append(['',"小计",s,'',''])
    ws.merge_cells(f'A{r0}:A{ws.max_row}')
ws.append(['合计','',tot,'',''])
ws.append(['注：本表金额单位为元，空白表示无此项支出。'])
wb.save('general/general17_1_项目支出预算明细.xlsx')

wb=openpyxl.Workbook();ws=wb.active;ws.title='资产'
ws.append(['松溪县市场监督管理局国有资产占有使用情况表（截至2024年12月31日）']);ws.merge_cells('A1:E1')
ws.append(['资产类别','明细','数量','原值（万元）','净值（万元）'])
rows=[('车辆','执法执勤用车',6,118.5,42.3),('车辆','特种专业技术用车',2,76,51.2),('车辆','小计',8,194.5,93.5),
      ('房屋','办公用房（平方米）',3260,980.4,612.8),('房屋','业务用房（平方米）',1450,410,295.6),('房屋','小计',4710,1390.4,908.4),
      ('设备','单价100万元以上设备（台套）',1,132,88),('设备','小计',1,132,88)]
for r in rows: ws.append(list(r))
ws.append(['合计','',None,1716.9,1089.9])
ws.append(['注：房屋数量为面积（平方米）。'])
wb.save('general/general17_2_国有资产占有使用情况.xlsx')

wb=openpyxl.Workbook()
for yr,data in (('2024年',[('基本支出',1860.2,1795.6,'人员增加2名'),('项目支出',940,1210.5,'新增乡村振兴监测项目'),('合计',2800.2,3006.1,'')]),
                ('2025年',[('基本支出',1912.8,1860.2,'工资标准调整'),('项目支出',760.4,940,'一次性项目结束'),('合计',2673.2,2800.2,'')])):
    ws=wb.create_sheet(yr)
    ws.append([f'禾川镇人民政府{yr}部门预算收支变动情况说明表']);ws.merge_cells('A1:E1')
    ws.append(['项目','本年预算（万元）','上年预算（万元）','增减额（万元）','变动原因'])
    for k,a,b,r in data: ws.append([k,a,b,round(a-b,2),r])
del wb['Sheet']
wb.save('general/general17_3_预算收支变动说明.xlsx')
