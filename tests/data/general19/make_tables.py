# Creates the three fictional general tables of set 19.
import openpyxl
from openpyxl.styles import Alignment, Font
import os
os.makedirs("general", exist_ok=True)
B = Font(bold=True)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---- 1: 预算调剂情况表, department named only in the title row ----
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "调剂情况"
ws["A1"] = "枫林县卫生健康局2025年度部门预算调剂情况表"; ws.merge_cells("A1:H1"); ws["A1"].font = B; ws["A1"].alignment = C
ws["A2"] = "调剂批次：2025年第三季度"; ws.merge_cells("A2:D2"); ws["G2"] = "单位：万元"; ws.merge_cells("G2:H2")
hdr = ["序号", "项目名称", "资金性质", "调整前预算", "调增", "调减", "调整后预算", "调剂原因"]
for i, h in enumerate(hdr): c = ws.cell(3, i + 1, h); c.font = B; c.alignment = C
rows = [
 (1, "基本公共卫生服务补助资金", "一般公共预算", 1286.40, 120.00, 0, 1406.40, "常住人口增加，提高人均补助标准"),
 (2, "家庭医生签约服务经费", "一般公共预算", 210.00, 35.50, 0, 245.50, "签约人数增加"),
 (3, "重大传染病防控经费", "一般公共预算", 168.00, 0, 42.00, 126.00, "部分防控任务由省级直接承担"),
 (4, "医疗卫生机构设备购置", "一般公共预算", 540.00, 0, 96.80, 443.20, "政府采购节约资金收回"),
 (5, "计划生育家庭奖励扶助", "一般公共预算", 372.60, 18.40, 0, 391.00, "新增符合条件扶助对象"),
 (6, "卫生健康信息化建设", "一般公共预算", 95.00, 0, 30.00, 65.00, "项目分年度实施"),
 (7, "村卫生室运行补助", "一般公共预算", 133.20, 26.80, 0, 160.00, "新增标准化村卫生室12个"),
 (8, "爱国卫生运动经费", "一般公共预算", 48.00, 0, 8.00, 40.00, "压减一般性支出"),
]
r = 4
for row in rows:
    for j, v in enumerate(row): 
        c = ws.cell(r, j + 1, v)
        if 4 <= j + 1 <= 7: c.number_format = "#,##0.00"
    r += 1
tot = ["合计", "", "", sum(x[3] for x in rows), sum(x[4] for x in rows), sum(x[5] for x in rows), sum(x[6] for x in rows), ""]
for j, v in enumerate(tot):
    c = ws.cell(r, j + 1, round(v, 2) if isinstance(v, float) else v); c.font = B
    if 4 <= j + 1 <= 7: c.number_format = "#,##0.00"
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
ws.cell(r + 1, 1, "注：本次调剂经县财政局枫财预〔2025〕47号文批复，调剂后部门预算总额净增加23.90万元。调减资金统一收回县财政统筹使用。")
ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
for col, w in zip("ABCDEFGH", [6, 28, 14, 12, 10, 10, 12, 30]): ws.column_dimensions[col].width = w
wb.save("general/general19_1_预算调剂情况表.xlsx")

# ---- 2: 惠民惠农补贴发放汇总, 元, numbers stored as text, blank = 0 ----
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "上半年"
ws["A1"] = "松溪县2025年上半年惠民惠农财政补贴资金发放汇总表"; ws.merge_cells("A1:J1"); ws["A1"].font = B; ws["A1"].alignment = C
ws["A2"] = "填报单位：松溪县财政局（惠民惠农“一卡通”管理办公室）"; ws.merge_cells("A2:F2"); ws["I2"] = "单位：元"; ws.merge_cells("I2:J2")
h1 = ["序号", "补贴项目", "主管部门", "补贴标准", "发放对象数量", "资金来源", None, None, "发放金额合计", "发放方式"]
h2 = [None, None, None, None, None, "中央资金", "省级资金", "县级资金", None, None]
for i, h in enumerate(h1):
    if h: c = ws.cell(3, i + 1, h); c.font = B; c.alignment = C
for i, h in enumerate(h2):
    if h: c = ws.cell(4, i + 1, h); c.font = B; c.alignment = C
for col in "ABCDEIJ": ws.merge_cells(f"{col}3:{col}4")
ws.merge_cells("F3:H3")
data = [
 ("一、农业类", None, [
  ("1", "耕地地力保护补贴", "县农业农村局", "105元/亩", "8420户", "3657000", "", "", "3657000", "一卡通"),
  ("2", "农机购置与应用补贴", "县农业农村局", "按机具定额补贴", "312户", "1286500", "", "", "1286500", "一卡通"),
  ("3", "实际种粮农民一次性补贴", "县农业农村局", "约22元/亩", "7960户", "842600", "", "", "842600", "一卡通"),
 ], ("小计", "16692户", "5786100", "", "", "5786100")),
 ("二、民政类", None, [
  ("4", "城乡居民最低生活保障金", "县民政局", "城市780元/人·月，农村610元/人·月", "3215人", "9860400", "1972080", "1314720", "13147200", "一卡通"),
  ("5", "特困人员救助供养金", "县民政局", "1014元/人·月", "486人", "2300000", "356624", "300200", "2956824", "一卡通"),
  ("6", "困难残疾人生活补贴", "县残疾人联合会", "90元/人·月", "1128人", "", "304560", "304560", "609120", "一卡通"),
  ("7", "高龄津贴", "县民政局", "100元/人·月", "2045人", "", "", "1227000", "1227000", "一卡通"),
 ], ("小计", "6874人", "12160400", "2633264", "3146480", "17940144")),
 ("三、人社类", None, [
  ("8", "城乡居民基础养老金", "县人力资源和社会保障局", "190元/人·月", "52300人", "41735400", "8943300", "8943300", "59622000", "社保卡"),
  ("9", "公益性岗位补贴", "县人力资源和社会保障局", "1900元/人·月", "260人", "", "1482000", "1482000", "2964000", "银行代发"),
 ], ("小计", "52560人", "41735400", "10425300", "10425300", "62586000")),
]
r = 5
for cat, _, items, sub in data:
    ws.cell(r, 1, cat).font = B; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10); r += 1
    for it in items:
        for j, v in enumerate(it):
            if v != "": ws.cell(r, j + 1, v)   # blank cell = 0
        r += 1
    ws.cell(r, 2, sub[0]).font = B; ws.cell(r, 5, sub[1])
    for j, v in zip((6, 7, 8, 9), sub[2:]):
        if v != "": ws.cell(r, j, v)
    r += 1
ws.cell(r, 1, "总计").font = B; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
for j, v in zip((6, 7, 8, 9), ("59681900", "13058564", "13571780", "86312244")): ws.cell(r, j, v).font = B
r += 1
ws.cell(r, 1, "说明：1.发放期间为2025年1月至6月；2.空白表示该级财政无资金安排；3.耕地地力保护补贴、实际种粮农民一次性补贴按户统计，其余按人统计。")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
for col, w in zip("ABCDEFGHIJ", [6, 24, 22, 26, 12, 12, 12, 12, 14, 10]): ws.column_dimensions[col].width = w
wb.save("general/general19_2_惠民惠农补贴发放汇总.xlsx")

# ---- 3: 新增专项债券项目安排表, 小计 by 领域, two-level header ----
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "2025年新增专项债券"
ws["A1"] = "桐川市2025年新增地方政府专项债券项目安排表"; ws.merge_cells("A1:L1"); ws["A1"].font = B; ws["A1"].alignment = C
ws["A2"] = "编制单位：桐川市财政局"; ws.merge_cells("A2:E2"); ws["K2"] = "单位：万元"; ws.merge_cells("K2:L2")
h1 = ["序号", "项目名称", "项目单位", "建设期", "总投资", "资金来源", None, None, None, "债券期限（年）", "其中：用作项目资本金", "收益覆盖倍数"]
h2 = [None, None, None, None, None, "专项债券（累计）", "其中：2025年安排", "财政资金", "其他资金（含市场化融资）", None, None, None]
for i, h in enumerate(h1):
    if h: c = ws.cell(3, i + 1, h); c.font = B; c.alignment = C
for i, h in enumerate(h2):
    if h: c = ws.cell(4, i + 1, h); c.font = B; c.alignment = C
for col in "ABCDEJKL": ws.merge_cells(f"{col}3:{col}4")
ws.merge_cells("F3:I3")
groups = [
 ("（一）市政和产业园区基础设施", [
  (1, "桐川经开区标准厂房建设项目", "桐川经济开发区管委会", "2024-2026", 68000, 45000, 20000, 8000, 15000, 20, 0, 1.32),
  (2, "城北污水处理厂提标改造工程", "桐川市水务集团有限公司", "2025-2026", 24600, 18000, 18000, 3600, 3000, 15, 0, 1.25),
  (3, "老旧小区改造配套基础设施项目", "桐川市住房和城乡建设局", "2025-2027", 32500, 20000, 12000, 12500, 0, 10, 0, 1.18),
 ]),
 ("（二）社会事业", [
  (4, "市第二人民医院门急诊综合楼", "桐川市第二人民医院", "2024-2026", 56000, 36000, 15000, 10000, 10000, 20, 0, 1.21),
  (5, "桐川职业技术学校实训基地", "桐川市教育局", "2025-2026", 18800, 12000, 12000, 6800, 0, 15, 0, 1.15),
 ]),
 ("（三）交通基础设施", [
  (6, "桐川港三期码头工程", "桐川港务发展有限公司", "2025-2028", 120000, 60000, 25000, 15000, 45000, 30, 10000, 1.45),
  (7, "G318桐川连接线改建工程", "桐川市交通运输局", "2025-2026", 15400, 10000, 8000, 5400, 0, 10, 0, 1.12),
 ]),
]
r = 5
tot = [0] * 5; totcap = 0
for g, items in groups:
    ws.cell(r, 1, g).font = B; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    s = [sum(it[k] for it in items) for k in range(4, 9)]; cap = sum(it[10] for it in items)
    for j, v in enumerate(s): ws.cell(r, 5 + j, v).font = B
    ws.cell(r, 11, cap).font = B
    tot = [a + b for a, b in zip(tot, s)]; totcap += cap
    r += 1
    for it in items:
        for j, v in enumerate(it): ws.cell(r, j + 1, v)
        ws.cell(r, 12).number_format = "0.00"
        r += 1
ws.cell(r, 1, "合计").font = B; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
for j, v in enumerate(tot): ws.cell(r, 5 + j, v).font = B
ws.cell(r, 11, totcap).font = B
r += 1
ws.cell(r, 1, "注：1.分领域行为该领域小计；2.2025年安排额度合计11亿元，分两批于4月、8月发行；3.收益覆盖倍数=项目预期收益/债券还本付息额；4.财政资金含上级补助及本级预算安排。")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
for col, w in zip("ABCDEFGHIJKL", [6, 30, 24, 12, 10, 12, 12, 10, 14, 10, 12, 10]): ws.column_dimensions[col].width = w
wb.save("general/general19_3_专项债券项目安排表.xlsx")
print(tot, totcap)
