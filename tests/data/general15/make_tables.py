# Creates three fictional "general" budget tables for blind set 15.
import openpyxl
from openpyxl.styles import Font, Alignment
from openpyxl.utils import get_column_letter
import os
os.makedirs("general", exist_ok=True)
B = Font(bold=True)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---------- 1: 收支预算总表, 元, title row names dept ----------
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "收支总表"
ws.merge_cells("A1:D1"); ws["A1"] = "青崖县农业农村局2025年部门收支预算总表"; ws["A1"].font = B; ws["A1"].alignment = C
ws["A2"] = "编制单位：青崖县农业农村局（汇总）"; ws["D2"] = "单位：元"
ws.merge_cells("A3:B3"); ws["A3"] = "收    入"; ws.merge_cells("C3:D3"); ws["C3"] = "支    出"
ws.append(["项    目", "预算数", "项    目（按功能分类）", "预算数"])
inc = [("一、一般公共预算拨款收入", 38652400), ("二、政府性基金预算拨款收入", 5200000),
       ("三、国有资本经营预算拨款收入", None), ("四、财政专户管理资金收入", None),
       ("五、事业收入", 1350000), ("六、上级补助收入", 2800000), ("七、其他收入", 420000)]
exp = [("一、社会保障和就业支出", 2106300), ("二、卫生健康支出", 986500), ("三、节能环保支出", 1450000),
       ("四、城乡社区支出", 5200000), ("五、农林水支出", 38947600), ("六、住房保障支出", 1309600),
       ("七、灾害防治及应急管理支出", 1600000)]
for (a, b), (c, d) in zip(inc, exp):
    ws.append([a, b, c, d])
ti = sum(v for _, v in inc if v); te = sum(v for _, v in exp)
carry = 51600000 - ti
ws.append(["本年收入合计", ti, "本年支出合计", te])
ws.append(["上年结转结余", carry, "年末结转结余", None])
ws.append(["收入总计", ti + carry, "支出总计", te])
ws.append([])
ws.merge_cells(start_row=ws.max_row + 1, start_column=1, end_row=ws.max_row + 1, end_column=4)
ws.cell(ws.max_row + 1, 1, "说明：1.本表金额单位为元。2.国有资本经营预算拨款收入、财政专户管理资金收入本年无预算，空白表示为零。3.政府性基金预算拨款收入全部用于城乡社区支出（农业农村生态环境治理项目）。")
for r in ws.iter_rows(min_row=5):
    for c in r:
        if isinstance(c.value, (int, float)): c.number_format = "#,##0.00"
for col, w in zip("ABCD", (34, 18, 34, 18)): ws.column_dimensions[col].width = w
wb.save("general/general15_1_收支预算总表.xlsx")
print("T1 income", ti, "carry", carry, "exp", te)

# ---------- 2: 财政拨款支出 by 经济分类, 万元, merged header ----------
rows = [
 ("301", "工资福利支出", None),
 ("30101", "基本工资", (398.20, 412.36, 0)), ("30102", "津贴补贴", (280.10, 286.50, 0)),
 ("30103", "奖金", (33.80, 34.20, 0)), ("30107", "绩效工资", (190.00, 198.40, 0)),
 ("30108", "机关事业单位基本养老保险缴费", (114.30, 118.72, 0)), ("30109", "职业年金缴费", (45.72, 47.49, 0)),
 ("30110", "职工基本医疗保险缴费", (60.10, 62.35, 0)), ("30113", "住房公积金", (86.40, 89.06, 0)),
 ("30199", "其他工资福利支出", (52.00, 0, 56.80)),
 ("302", "商品和服务支出", None),
 ("30201", "办公费", (24.00, 22.50, 6.00)), ("30205", "水费", (3.20, 3.10, 0)), ("30206", "电费", (9.80, 9.60, 0)),
 ("30211", "差旅费", (12.50, 8.40, 3.20)), ("30213", "维修（护）费", (15.00, 5.00, 12.00)),
 ("30215", "会议费", (4.00, 2.00, 1.50)), ("30216", "培训费", (18.00, 3.00, 16.50)),
 ("30217", "公务接待费", (2.50, 1.80, 0)), ("30226", "劳务费", (20.00, 0, 26.40)),
 ("30227", "委托业务费", (160.00, 0, 185.60)), ("30228", "工会经费", (14.20, 14.75, 0)),
 ("30231", "公务用车运行维护费", (6.00, 5.40, 0)), ("30299", "其他商品和服务支出", (30.00, 6.20, 20.00)),
 ("303", "对个人和家庭的补助", None),
 ("30302", "退休费", (28.00, 27.60, 0)), ("30305", "生活补助", (6.50, 6.80, 0)),
 ("30399", "其他对个人和家庭的补助", (300.00, 0, 356.00)),
 ("310", "资本性支出", None),
 ("31002", "办公设备购置", (12.00, 0, 9.80)), ("31003", "专用设备购置", (240.00, 0, 180.00)),
 ("31013", "公务用车购置", (25.00, 0, 0)),
]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "经济分类"
ws.merge_cells("A1:G1"); ws["A1"] = "溪川区卫生健康局2025年一般公共预算财政拨款支出预算表（按部门预算支出经济分类）"; ws["A1"].font = B; ws["A1"].alignment = C
ws["G2"] = "单位：万元"
ws.merge_cells("A3:B3"); ws["A3"] = "部门预算支出经济分类科目"
ws.merge_cells("C3:C4"); ws["C3"] = "2024年预算数"
ws.merge_cells("D3:F3"); ws["D3"] = "2025年预算数"
ws.merge_cells("G3:G4"); ws["G3"] = "比上年增减"
ws["A4"] = "科目编码"; ws["B4"] = "科目名称"; ws["D4"] = "合计"; ws["E4"] = "基本支出"; ws["F4"] = "项目支出"
# compute class subtotals
out = []; cur = None; groups = {}
for code, name, v in rows:
    if v is None:
        cur = code; groups[cur] = [name, 0, 0, 0]; out.append([code, name, None]); continue
    p, b, pr = v; groups[cur][1] += p; groups[cur][2] += b; groups[cur][3] += pr
    out.append(["  " + code if False else code, "  " + name, v])
tot = [0, 0, 0]
r0 = 5
ws.cell(r0, 1, "合计")
for g in groups.values():
    for i in range(3): tot[i] += g[i + 1]
def put(r, code, name, p, b, pr):
    ws.cell(r, 1, code); ws.cell(r, 2, name)
    t = round(b + pr, 2)
    for c, val in zip(range(3, 8), (p, t, b, pr, round(t - p, 2))):
        if val != 0: ws.cell(r, c, round(val, 2)).number_format = "0.00"
put(r0, None, "合计", *tot); ws.cell(r0, 1, "合计"); ws.cell(r0, 2).value = None
r = r0 + 1
for code, name, v in out:
    if v is None:
        g = groups[code]; put(r, code, name, g[1], g[2], g[3]); ws.cell(r, 2).font = B
    else:
        put(r, code, name, *v)
    r += 1
r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
ws.cell(r, 1, "注：1.本表为一般公共预算财政拨款支出，不含政府性基金及单位自有资金。2.基本支出中302类为公用经费，其余为人员经费。3.空白单元格表示无预算。4.2025年无公务用车购置预算。")
for col, w in zip("ABCDEFG", (12, 30, 14, 12, 12, 12, 12)): ws.column_dimensions[col].width = w
wb.save("general/general15_2_财政拨款支出经济分类表.xlsx")
print("T2 groups", {k: [round(x, 2) if isinstance(x, float) else x for x in g] for k, g in groups.items()}, "tot", [round(x, 2) for x in tot])

# ---------- 3: two-sheet 专项转移支付 workbook, text amounts with 千分位 ----------
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "分县区分配表"
ws.merge_cells("A1:I1"); ws["A1"] = "玉泉市2025年义务教育薄弱环节改善与能力提升补助资金分配表"; ws["A1"].font = B; ws["A1"].alignment = C
ws["A2"] = "主管部门：玉泉市教育局"; ws["I2"] = "单位：元"
ws.append(["序号", "县（市、区）", "2024年下达数", "2025年分配数", "其中：中央资金", "其中：市级资金", "增减额", "增减率", "备注"])
data = [("东湖区", 8640000, 9120000, ""), ("青石县", 12300000, 11850000, ""),
        ("柳河县", 9480000, 10560000, "含寄宿制学校扩容"), ("白沙县", 7250000, 7980000, ""),
        ("金川市", 10100000, 9640000, "上年含一次性设备更新"), ("南屏县", 6030000, 6850000, "新建寄宿制学校一所"),
        ("市直学校", 2200000, 2000000, "")]
f = lambda x: f"{x:,.2f}"
S = [0, 0, 0, 0]
for i, (n, a, b, note) in enumerate(data, 1):
    c = round(b * 0.7); m = b - c
    S[0] += a; S[1] += b; S[2] += c; S[3] += m
    ws.append([str(i), n, f(a), f(b), f(c), f(m), f(b - a), f"{(b - a) / a * 100:.2f}%", note])
    print("T3", n, a, b, c, m, b - a, f"{(b - a) / a * 100:.2f}")
ws.append(["", "合计", f(S[0]), f(S[1]), f(S[2]), f(S[3]), f(S[1] - S[0]), f"{(S[1] - S[0]) / S[0] * 100:.2f}%", ""])
print("T3 tot", S, S[1] - S[0], f"{(S[1] - S[0]) / S[0] * 100:.2f}")
ws.append([])
ws.append(["说明：中央资金与市级资金按7:3比例分配；增减率=（2025年分配数-2024年下达数）/2024年下达数。金额以文本形式录入。"])
ws2 = wb.create_sheet("重点项目明细")
ws2.merge_cells("A1:G1"); ws2["A1"] = "2025年义务教育薄弱环节改善与能力提升重点项目明细表"; ws2["A1"].font = B
ws2["G2"] = "单位：万元"
ws2.append(["序号", "项目名称", "实施单位", "所属县区", "安排金额", "绩效目标", "主要绩效指标"])
proj = [
 ("青石县第二中学学生宿舍改造", "青石县第二中学", "青石县", "320.00", "完成学生宿舍楼改造4800平方米，新增床位600个，改善寄宿条件。", "改造面积≥4800平方米；工程验收合格率100%；学生满意度≥90%"),
 ("柳河县乡村小学教学设备更新", "柳河县教育局", "柳河县", "186.50", "为全县23所乡村小学更新多媒体教学设备，提升信息化教学水平。", "受益学校数23所；设备采购按期完成率100%"),
 ("南屏县城南寄宿制学校新建（一期）", "南屏县城南学校筹建处", "南屏县", "410.00", "新建教学楼1栋，新增学位900个，缓解城区大班额。", "新增学位≥900个；年度工程进度≥60%"),
 ("东湖区校园安全设施提升", "东湖区教育局", "东湖区", "95.80", "为全区41所中小学完善视频监控和一键报警系统。", "覆盖学校41所；系统联网率100%"),
 ("白沙县农村学校饮水改造", "白沙县教育局", "白沙县", "62.40", "完成18所农村学校直饮水设施安装，保障师生饮水安全。", "改造学校18所；水质检测合格率100%"),
 ("金川市实验中学理化生实验室建设", "金川市实验中学", "金川市", "138.00", "新建标准化理化生实验室6间，满足新课标实验教学需要。", "新建实验室6间；学生分组实验开出率≥95%"),
]
for i, p in enumerate(proj, 1): ws2.append([i, *p])
ws2.append(["", "合计", "", "", f"{sum(float(p[3]) for p in proj):.2f}", "", ""])
print("T3 proj sum", sum(float(p[3]) for p in proj))
wb.save("general/general15_3_义务教育补助资金分配表.xlsx")
