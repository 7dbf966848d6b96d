# Creates three fictional "general" budget tables for blind set 5.
import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
OUT = "general/"
C = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---------- table 1: quarterly budget-vs-actual, amounts in 元 ----------
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "执行分析"
ws.merge_cells("A1:K1"); ws["A1"] = "桐岭市云岫区卫生健康局2024年度预算执行情况分析表"; ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = C
ws.merge_cells("A2:K2"); ws["A2"] = "单位：元"; ws["A2"].alignment = Alignment(horizontal="right")
hdr1 = ["序号", "项目", "2023年实际数", "2024年预算数", "2024年实际支出", None, None, None, None, "差异额（实际-预算）", "执行率"]
hdr2 = [None, None, None, None, "一季度", "二季度", "三季度", "四季度", "全年合计", None, None]
for j, v in enumerate(hdr1, 1):
    if v: ws.cell(3, j, v).alignment = C
for j, v in enumerate(hdr2, 1):
    if v: ws.cell(4, j, v).alignment = C
for rng in ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:I3", "J3:J4", "K3:K4"]:
    ws.merge_cells(rng)
basic = [("1", "工资福利支出", 8652300, 9120000, [2180400, 2265100, 2248900, 2391600]),
         ("2", "商品和服务支出", 1203500, 1260000, [268300, 301200, 295800, 352700]),
         ("3", "对个人和家庭的补助", 412000, 436000, [108000, 109000, 109000, 110000])]
proj = [("4", "基本公共卫生服务补助", 5860000, 6300000, [1260000, 1575000, 1575000, 1638000]),
        ("5", "家庭医生签约服务经费", 980000, 1050000, [0, 315000, 262500, 367500]),
        ("6", "疾病预防控制专项", 1450000, 1380000, [276000, 345000, 414000, 331200]),
        ("7", "卫生监督执法经费", 320000, 350000, [52500, 87500, 70000, 91000]),
        ("8", "医疗设备购置", 0, 2400000, [0, 0, 1680000, 696000])]
TEXT_CELLS = {("6", 4), ("2", 3), ("7", 6)}  # (序号, col) stored as text
def put(r, c, v, key=None, pct=False):
    if v == 0 or v is None:
        return  # blank for zero
    if pct:
        ws.cell(r, c, round(v, 4)).number_format = "0.00%"; return
    if key and (key, c) in TEXT_CELLS:
        ws.cell(r, c, str(v)); return
    ws.cell(r, c, v).number_format = "0"
def line(r, no, name, prev, bud, qs):
    tot = sum(qs)
    ws.cell(r, 1, no); ws.cell(r, 2, name)
    put(r, 3, prev, no); put(r, 4, bud, no)
    for k, q in enumerate(qs): put(r, 5 + k, q, no)
    put(r, 9, tot, no); put(r, 10, tot - bud, no); put(r, 11, tot / bud, pct=True)
    return prev, bud, qs, tot
def sub(rows):
    return (sum(x[2] for x in rows), sum(x[3] for x in rows), [sum(x[4][k] for x in rows) for k in range(4)])
r = 5
for title, rows in [("一、基本支出", basic), ("二、项目支出", proj)]:
    p, b, q = sub(rows); line(r, "", title, p, b, q); ws.cell(r, 2).font = Font(bold=True); r += 1
    for x in rows: line(r, *x); r += 1
allrows = basic + proj
p, b, q = sub(allrows); line(r, "", "合计", p, b, q); r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
ws.cell(r, 1, "注：1.差异额=全年实际数-预算数，负数表示未执行完；2.空白单元格表示无发生额；3.医疗设备购置为2024年新增项目，2023年无支出。")
for j, w in enumerate([6, 22, 14, 14, 12, 12, 12, 12, 14, 16, 10], 1): ws.column_dimensions[get_column_letter(j)].width = w
wb.save(OUT + "general5_1_季度执行分析.xlsx")

# ---------- table 2: staffing statistics with merged row groups ----------
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "编制人数"
ws.merge_cells("A1:L1"); ws["A1"] = "桐岭市云岫区教育局2024年末人员编制及实有人数统计表"; ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = C
ws.merge_cells("A2:L2"); ws["A2"] = "单位：人"; ws["A2"].alignment = Alignment(horizontal="right")
h1 = ["单位类别", "单位名称", "核定编制数", None, None, None, "实有人数", None, None, "空编数", "离退休人员", None]
h2 = [None, None, "行政编制", "事业编制", "工勤编制", "小计", "在编在岗", "编外聘用", "小计", None, "离休", "退休"]
for j, v in enumerate(h1, 1):
    if v: ws.cell(3, j, v).alignment = C
for j, v in enumerate(h2, 1):
    if v: ws.cell(4, j, v).alignment = C
for rng in ["A3:A4", "B3:B4", "C3:F3", "G3:I3", "J3:J4", "K3:L3"]: ws.merge_cells(rng)
groups = [("行政机关", [("云岫区教育局机关", 28, 0, 3, 27, 6, 0, 19)]),
          ("参照公务员法管理事业单位", [("云岫区教育督导室", 0, 9, 1, 8, 2, 0, 5),
                                  ("云岫区招生考试中心", 0, 7, 0, 7, 3, 0, 3)]),
          ("全额拨款事业单位", [("云岫区实验小学", 0, 86, 4, 84, 12, 1, 41),
                             ("云岫区第一中学", 0, 142, 6, 139, 18, 0, 63),
                             ("云岫区教师发展中心", 0, 24, 0, 21, 2, 0, 8)]),
          ("差额拨款事业单位", [("云岫区职业技术学校", 0, 65, 5, 61, 22, 0, 27)])]
TEXT2 = {("云岫区第一中学", 4), ("云岫区教育局机关", 12), ("云岫区实验小学", 8)}
def vals(a, s, g, onpost, hired, lx, tx):
    return [a, s, g, a + s + g, onpost, hired, onpost + hired, a + s + g - onpost, lx, tx]
def write(r, name, v):
    ws.cell(r, 2, name)
    for k, x in enumerate(v):
        c = 3 + k
        if x == 0: continue
        ws.cell(r, c, str(x) if (name, c) in TEXT2 else x)
r = 5; tot = [0] * 10
for gname, units in groups:
    start = r
    gs = [0] * 10
    for u in units:
        v = vals(*u[1:]); write(r, u[0], v); gs = [a + b for a, b in zip(gs, v)]; r += 1
    write(r, "小计", gs); r += 1
    ws.cell(start, 1, gname).alignment = C
    ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    tot = [a + b for a, b in zip(tot, gs)]
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2); ws.cell(r, 1, "合计")
for k, x in enumerate(tot):
    if x: ws.cell(r, 3 + k, x)
r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
ws.cell(r, 1, "注：1.统计时点为2024年12月31日；2.空编数=核定编制小计-在编在岗人数；3.编外聘用含劳务派遣人员；4.空白单元格表示0。")
ws.column_dimensions["A"].width = 16; ws.column_dimensions["B"].width = 22
wb.save(OUT + "general5_2_编制人数统计.xlsx")

# ---------- table 3: multi-sheet workbook, 收支总表 side by side + 分配表 + 基本支出 ----------
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "收支总表"
ws.merge_cells("A1:D1"); ws["A1"] = "鹤川县农业农村局2025年部门收支预算总表"; ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = C
ws.merge_cells("A2:D2"); ws["A2"] = "单位：万元"; ws["A2"].alignment = Alignment(horizontal="right")
ws.merge_cells("A3:B3"); ws["A3"] = "收入"; ws.merge_cells("C3:D3"); ws["C3"] = "支出"
for j, v in enumerate(["项目", "预算数", "项目", "预算数"], 1): ws.cell(4, j, v)
inc = [("一、一般公共预算拨款收入", 3286.40), ("二、政府性基金预算拨款收入", 520.00), ("三、国有资本经营预算拨款收入", 0),
       ("四、事业收入", 45.60), ("五、其他收入", 12.00)]
exp = [("一、农林水支出", 3402.80), ("二、社会保障和就业支出", 218.50), ("三、卫生健康支出", 86.20),
       ("四、住房保障支出", 142.50), ("五、城乡社区支出", 150.00)]
r = 5
for (a, x), (b, y) in zip(inc, exp):
    ws.cell(r, 1, a); ws.cell(r, 3, b)
    if x: ws.cell(r, 2, x).number_format = "0.00"
    if y: ws.cell(r, 4, y).number_format = "0.00"
    r += 1
ti = round(sum(x for _, x in inc), 2); te = round(sum(y for _, y in exp), 2)
ws.cell(r, 1, "本年收入合计"); ws.cell(r, 2, ti).number_format = "0.00"; ws.cell(r, 3, "本年支出合计"); ws.cell(r, 4, te).number_format = "0.00"; r += 1
ws.cell(r, 1, "上年结转"); ws.cell(r, 2, 136.00).number_format = "0.00"; ws.cell(r, 3, "结转下年"); r += 1
ws.cell(r, 1, "收入总计"); ws.cell(r, 2, round(ti + 136, 2)).number_format = "0.00"; ws.cell(r, 3, "支出总计"); ws.cell(r, 4, te).number_format = "0.00"; r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
ws.cell(r, 1, "注：政府性基金预算拨款收入全部用于城乡社区支出（农业土地开发）；上年结转为一般公共预算结转资金。")
ws.column_dimensions["A"].width = 30; ws.column_dimensions["C"].width = 26

ws = wb.create_sheet("专项资金分配")
ws.merge_cells("A1:G1"); ws["A1"] = "2025年农业农村专项资金分配表（按乡镇）"; ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = C
ws.merge_cells("A2:G2"); ws["A2"] = "单位：万元"; ws["A2"].alignment = Alignment(horizontal="right")
cols = ["序号", "乡镇（单位）", "高标准农田建设", "农业产业发展奖补", "农村人居环境整治", "动物防疫补助", "合计"]
for j, v in enumerate(cols, 1): ws.cell(3, j, v)
towns = [("青石镇", 420, 85, 60, 12.5), ("柳溪镇", 380, 120, 45, 10.8), ("白沙乡", 260, 40, 55, 8.2),
         ("枫岭镇", 510, 95, 70, 14.6), ("桃源乡", 190, 60, 38, 6.9), ("县本级统筹", 0, 100, 32, 22)]
r = 4
for i, t in enumerate(towns, 1):
    ws.cell(r, 1, i); ws.cell(r, 2, t[0])
    for k, x in enumerate(t[1:]):
        if x: ws.cell(r, 3 + k, x).number_format = "0.00"
    ws.cell(r, 7, round(sum(t[1:]), 2)).number_format = "0.00"; r += 1
ws.cell(r, 2, "合计")
for k in range(4): ws.cell(r, 3 + k, round(sum(t[1 + k] for t in towns), 2)).number_format = "0.00"
ws.cell(r, 7, round(sum(sum(t[1:]) for t in towns), 2)).number_format = "0.00"; r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
ws.cell(r, 1, "注：高标准农田建设资金含中央、省级补助；县本级统筹资金年中根据绩效评价结果再分配。")
ws.column_dimensions["B"].width = 14

ws = wb.create_sheet("基本支出")
ws.merge_cells("A1:C1"); ws["A1"] = "鹤川县农业农村局2025年一般公共预算基本支出表"; ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A2:C2"); ws["A2"] = "单位：万元"
for j, v in enumerate(["科目编码", "经济分类科目", "预算数"], 1): ws.cell(3, j, v)
eco = [("301", "工资福利支出", None), ("30101", "基本工资", 168.40), ("30102", "津贴补贴", 210.60), ("30107", "绩效工资", 96.20),
       ("30108", "机关事业单位基本养老保险缴费", 72.10), ("30113", "住房公积金", 65.00),
       ("302", "商品和服务支出", None), ("30201", "办公费", 18.00), ("30211", "差旅费", 14.50), ("30217", "公务接待费", 3.20),
       ("30231", "公务用车运行维护费", 11.00), ("30216", "培训费", 8.00), ("30299", "其他商品和服务支出", 44.00),
       ("303", "对个人和家庭的补助", None), ("30302", "退休费", 48.00), ("30305", "生活补助", 8.00)]
r = 4; heads = {}
for code, name, v in eco:
    ws.cell(r, 1, code); ws.cell(r, 2, name)
    if v is None: heads[code] = r; cur = code
    else:
        ws.cell(r, 3, v).number_format = "0.00"; heads.setdefault(cur + "_sum", 0); heads[cur + "_sum"] += v
    r += 1
for code in ("301", "302", "303"):
    ws.cell(heads[code], 3, round(heads[code + "_sum"], 2)).number_format = "0.00"
ws.cell(r, 2, "合计"); ws.cell(r, 3, round(sum(heads[c + "_sum"] for c in ("301", "302", "303")), 2)).number_format = "0.00"
ws.column_dimensions["B"].width = 30
wb.save(OUT + "general5_3_农业农村局收支预算.xlsx")
