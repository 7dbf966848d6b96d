"""Create three fictional 'general' budget tables for blind set 10."""
import openpyxl
from openpyxl.styles import Alignment, Font
import os
os.makedirs("general", exist_ok=True)
B = Font(bold=True)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)

# 1. 收支预算总表: 收入 and 支出 side by side, 万元, blank = none
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "收支预算总表"
ws.merge_cells("A1:D1"); ws["A1"] = "青溪县农业农村局2025年部门收支预算总表"; ws["A1"].font = B; ws["A1"].alignment = C
ws["A2"] = "编制单位：青溪县农业农村局"; ws["D2"] = "单位：万元"
ws.merge_cells("A3:B3"); ws["A3"] = "收入"; ws.merge_cells("C3:D3"); ws["C3"] = "支出"
ws.append(["项目", "预算数", "项目", "预算数"])
rows = [
 ("一、一般公共预算拨款收入", 3256.40, "一、社会保障和就业支出", 312.50),
 ("二、政府性基金预算拨款收入", 420.00, "二、卫生健康支出", 96.30),
 ("三、国有资本经营预算拨款收入", None, "三、节能环保支出", 150.00),
 ("四、财政专户管理资金收入", None, "四、城乡社区支出", 420.00),
 ("五、事业收入", 85.60, "五、农林水支出", 2721.20),
 ("六、其他收入", 18.00, "六、住房保障支出", 200.00),
 ("本年收入合计", 3780.00, "本年支出合计", 3900.00),
 ("上年结转结余", 120.00, "年末结转结余", None),
 ("收入总计", 3900.00, "支出总计", 3900.00),
]
for r in rows:
    ws.append(list(r))
for row in ws.iter_rows(min_row=5, max_row=ws.max_row):
    for c in row:
        if isinstance(c.value, float): c.number_format = "#,##0.00"
ws.append([]); ws.append(["注：本表空白单元格表示该项无预算安排；城乡社区支出由政府性基金预算拨款安排。"])
for col, w in zip("ABCD", (34, 14, 30, 14)): ws.column_dimensions[col].width = w
wb.save("general/general10_1_收支预算总表.xlsx")

# 2. 街道项目资金分配表: merged 街道 groups, amounts in 元, 小计/合计
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "资金分配"
ws.merge_cells("A1:H1"); ws["A1"] = "澜江市临川区民政局2025年社区养老服务项目资金分配表"; ws["A1"].font = B; ws["A1"].alignment = C
ws.merge_cells("A2:H2"); ws["A2"] = "单位：元"
ws.append(["序号", "街道（镇）", "项目名称", "分配金额", "其中：市级补助", "其中：区级配套", "绩效目标", "备注"])
data = [
 ("枫林街道", [("长者食堂运营补贴", 180000, 120000, "日均就餐≥150人次", ""),
              ("居家养老上门服务", 96000, 64000, "服务老人≥200人", "")]),
 ("石桥街道", [("长者食堂运营补贴", 150000, 100000, "日均就餐≥120人次", ""),
              ("困难老年人家庭适老化改造", 210000, 140000, "完成改造140户", "每户2500元"),
              ("社区嵌入式养老服务站建设", 300000, 200000, "新建服务站1处", "一次性建设补助")]),
 ("白鹭镇", [("农村互助养老点运营", 72000, 48000, "运营互助点6个", ""),
            ("居家养老上门服务", 60000, 40000, "服务老人≥120人", "")]),
]
n = 0; tot = [0, 0]
for street, projs in data:
    start = ws.max_row + 1; st = [0, 0]
    for name, city, dist, goal, note in projs:
        n += 1
        ws.append([n, street, name, city + dist, city, dist, goal, note or None])
        st[0] += city; st[1] += dist
    ws.append([None, street, "小计", sum(st), st[0], st[1], None, None])
    ws.merge_cells(start_row=start, start_column=2, end_row=ws.max_row, end_column=2)
    tot[0] += st[0]; tot[1] += st[1]
ws.append([None, "合计", None, sum(tot), tot[0], tot[1], None, None])
ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=3)
for row in ws.iter_rows(min_row=4, max_row=ws.max_row, min_col=4, max_col=6):
    for c in row: c.number_format = "#,##0"
ws.append([]); ws.append(["注：市级补助与区级配套按6:4比例安排；资金于2025年6月底前拨付到街道（镇）。"])
wb.save("general/general10_2_街道项目资金分配表.xlsx")

# 3. 预算执行进度表: numbers stored as text, blanks for zero, two sheets
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "1-9月执行进度"
ws.merge_cells("A1:H1"); ws["A1"] = "沧泽市卫生健康委员会2025年1-9月预算执行进度表"; ws["A1"].font = B; ws["A1"].alignment = C
ws["H2"] = "单位：万元"
ws.append(["项目", "年初预算", "调整后预算", "1-9月执行数", "执行率", "序时进度", "差异（百分点）", "备注"])
def t(x): return None if not x else f"{x:,.2f}"
def pct(x): return f"{x*100:.2f}%"
lines = [
 ("一、基本支出", None),
 ("  工资福利支出", (1860, 1900, 1425, "")),
 ("  商品和服务支出", (320, 320, 208, "")),
 ("  对个人和家庭的补助", (45, 45, 36, "")),
 ("  基本支出小计", "sub1"),
 ("二、项目支出", None),
 ("  公共卫生服务补助", (860, 900, 540, "")),
 ("  疾病预防控制专项", (240, 240, 96, "疫苗采购合同9月签订")),
 ("  医疗卫生信息化建设", (300, 260, 65, "项目招标延后，预算调减40万元")),
 ("  卫生监督执法经费", (75, 75, 60, "")),
 ("  基层医疗机构设备购置", (0, 180, 0, "年中追加，尚未支付")),
 ("  项目支出小计", "sub2"),
 ("总计", "tot"),
]
acc = {"sub1": [0, 0, 0], "sub2": [0, 0, 0]}; cur = None
for name, v in lines:
    if v is None:
        ws.append([name]); cur = "sub1" if "基本" in name else "sub2"; continue
    if isinstance(v, str):
        a = acc[v] if v != "tot" else [acc["sub1"][i] + acc["sub2"][i] for i in range(3)]
        note = None
    else:
        a = list(v[:3]); note = v[3] or None
        for i in range(3): acc[cur][i] += a[i]
    r = a[2] / a[1]
    ws.append([name, t(a[0]), t(a[1]), t(a[2]), pct(r), "75.00%", f"{(r-0.75)*100:.2f}", note])
ws.append([]); ws.append(["注：1.执行率=1-9月执行数/调整后预算；2.序时进度按75%计算；3.空白表示0；4.本表数据为财务系统导出数，以文本形式存储。"])
ws2 = wb.create_sheet("项目支出分季度")
ws2.merge_cells("A1:F1"); ws2["A1"] = "项目支出分季度执行情况"; ws2["F2"] = "单位：万元"
ws2.append(["项目", "第一季度", "第二季度", "第三季度", "1-9月累计", "调整后预算"])
q = [("公共卫生服务补助", 150, 210, 180, 900), ("疾病预防控制专项", 20, 36, 40, 240),
     ("医疗卫生信息化建设", 0, 25, 40, 260), ("卫生监督执法经费", 18, 22, 20, 75),
     ("基层医疗机构设备购置", 0, 0, 0, 180)]
S = [0]*5
for name, a, b, c, bud in q:
    ws2.append([name, t(a), t(b), t(c), t(a+b+c), t(bud)])
    for i, x in enumerate((a, b, c, a+b+c, bud)): S[i] += x
ws2.append(["合计"] + [t(x) for x in S])
wb.save("general/general10_3_预算执行进度表.xlsx")
print("ok")
