"""Create three new realistic budget tables (xlsx) in ./general/ for the blind question set 3."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "general")
os.makedirs(OUT, exist_ok=True)
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


# ---------------------------------------------------------------- (a)
def table_a():
    wb = Workbook(); ws = wb.active; ws.title = "一般公共预算支出表"
    ws.merge_cells("A1:E1"); ws["A1"] = "青岚县教育局2025年一般公共预算支出表"
    ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = C
    ws["A2"] = "部门：青岚县教育局"; ws["E2"] = "单位：万元"
    ws.merge_cells("A3:B3"); ws["A3"] = "功能分类科目"
    ws.merge_cells("C3:C4"); ws["C3"] = "合计"
    ws.merge_cells("D3:D4"); ws["D3"] = "基本支出"
    ws.merge_cells("E3:E4"); ws["E3"] = "项目支出"
    ws["A4"] = "科目编码"; ws["B4"] = "科目名称"
    # leaf rows: code, name, basic, project
    leaves = [
        ("205", "教育支出", None, None),
        ("20501", "教育管理事务", None, None),
        ("2050101", "行政运行", 386.42, 0),
        ("2050199", "其他教育管理事务支出", 0, 45.00),
        ("20502", "普通教育", None, None),
        ("2050201", "学前教育", 812.30, 260.00),
        ("2050202", "小学教育", 4215.68, 538.50),
        ("2050203", "初中教育", 3102.45, 421.20),
        ("2050204", "高中教育", 1876.90, 315.00),
        ("20503", "职业教育", None, None),
        ("2050302", "中等职业教育", 968.12, 132.00),
        ("20508", "进修及培训", None, None),
        ("2050803", "培训支出", 0, 68.50),
        ("208", "社会保障和就业支出", None, None),
        ("20805", "行政事业单位养老支出", None, None),
        ("2080505", "机关事业单位基本养老保险缴费支出", 1245.36, 0),
        ("2080506", "机关事业单位职业年金缴费支出", 622.68, 0),
        ("210", "卫生健康支出", None, None),
        ("21011", "行政事业单位医疗", None, None),
        ("2101102", "事业单位医疗", 498.20, 0),
        ("221", "住房保障支出", None, None),
        ("22102", "住房改革支出", None, None),
        ("2210201", "住房公积金", 934.02, 0),
    ]
    # aggregate parents
    vals = {}
    for code, name, b, p in leaves:
        if b is not None:
            for k in (code[:3], code[:5], code):
                ob, op = vals.get(k, (0, 0)); vals[k] = (round(ob + b, 2), round(op + p, 2))
    tb = round(sum(v[0] for k, v in vals.items() if len(k) == 3), 2)
    tp = round(sum(v[1] for k, v in vals.items() if len(k) == 3), 2)
    r = 5
    ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, round(tb + tp, 2)); ws.cell(r, 4, tb); ws.cell(r, 5, tp)
    text_cells = {"2050203": 4, "2210201": 3}  # quirk: numbers stored as text
    for code, name, _, _ in leaves:
        r += 1
        b, p = vals[code]
        ws.cell(r, 1, code)
        indent = {3: "", 5: "  ", 7: "    "}[len(code)]
        ws.cell(r, 2, indent + name)
        row_vals = [round(b + p, 2), b, p]
        for j, v in enumerate(row_vals, start=3):
            if v == 0:
                continue  # quirk: blank instead of 0
            if text_cells.get(code) == j:
                ws.cell(r, j, f"{v:.2f}")
            else:
                ws.cell(r, j, v)
    last = r
    for row in ws.iter_rows(min_row=5, max_row=last, min_col=3, max_col=5):
        for c in row:
            if not isinstance(c.value, str):
                c.number_format = "#,##0.00"
    box(ws, f"A3:E{last}")
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(r, 1, "注：1.本表不含政府性基金预算及上级转移支付资金；2.空白单元格表示该项无预算安排；3.小学教育项目支出含义务教育薄弱环节改善资金210.00万元。")
    ws.column_dimensions["A"].width = 12; ws.column_dimensions["B"].width = 36
    for col in "CDE": ws.column_dimensions[col].width = 14
    wb.save(os.path.join(OUT, "general3_1_青岚县_教育局_2025_一般公共预算支出表.xlsx"))
    return vals, tb, tp


# ---------------------------------------------------------------- (b)
def table_b():
    wb = Workbook(); ws = wb.active; ws.title = "政府采购预算表"
    ws.merge_cells("A1:K1"); ws["A1"] = "柏川市卫生健康局2024年政府采购预算表"
    ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = C
    ws.merge_cells("A2:F2"); ws["A2"] = "编制单位：柏川市卫生健康局（本级及所属单位）"
    ws["K2"] = "单位：万元"
    heads1 = {"A": "序号", "B": "采购项目名称", "C": "采购品目", "D": "采购类别", "E": "数量",
              "I": "采购方式", "J": "面向中小企业预留比例", "K": "备注"}
    for col, h in heads1.items():
        ws[f"{col}3"] = h; ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("F3:H3"); ws["F3"] = "采购预算金额"
    ws["F4"] = "合计"; ws["G4"] = "财政拨款"; ws["H4"] = "其他资金"
    rows = [
        (1, "基层医疗机构DR设备更新", "医用X射线诊断设备", "货物", "3台", 285.00, 0, "公开招标", 0.40, "用于3家乡镇卫生院"),
        (2, "疾控中心实验室检测试剂采购", "试剂及耗材", "货物", "1批", 96.50, 20.00, "公开招标", 1, "其他资金为上年结转"),
        (3, "全民健康信息平台运维服务", "信息技术服务", "服务", "1项", 128.00, 0, "竞争性磋商", 1, None),
        (4, "院前急救车辆购置", "救护车", "货物", "4辆", 168.00, 0, "公开招标", 0.40, "含车载急救设备"),
        (5, "卫生监督执法记录仪采购", "执法记录设备", "货物", "60台", 18.60, 0, "询价", 1, None),
        (6, "65岁以上老年人健康体检服务", "医疗卫生服务", "服务", "约2.1万人次", 300.00, 15.00, "公开招标", 0.85, "分两个包采购"),
        (7, "机关办公楼物业管理服务", "物业管理服务", "服务", "1项", 42.80, 0, "竞争性磋商", 1, "续签，服务期一年"),
        (8, "社区卫生服务中心中医馆改造", "装修工程", "工程", "2处", 76.00, 0, "竞争性磋商", 0.40, None),
    ]
    r = 5
    ws.cell(r, 1, "合计"); ws.merge_cells("A5:E5")
    tf = round(sum(x[5] for x in rows), 2); to = round(sum(x[6] for x in rows), 2)
    ws.cell(r, 6, round(tf + to, 2)); ws.cell(r, 7, tf); ws.cell(r, 8, to)
    for (no, name, item, cat, qty, fin, oth, how, pct, rem) in rows:
        r += 1
        ws.cell(r, 1, no); ws.cell(r, 2, name); ws.cell(r, 3, item); ws.cell(r, 4, cat); ws.cell(r, 5, qty)
        tot = round(fin + oth, 2)
        ws.cell(r, 6, f"{tot:.2f}" if no == 5 else tot)   # quirk: text number
        ws.cell(r, 7, fin)
        if oth:
            ws.cell(r, 8, oth)
        ws.cell(r, 9, how)
        c = ws.cell(r, 10, pct); c.number_format = "0%"
        if rem:
            ws.cell(r, 11, rem)
    last = r
    for row in ws.iter_rows(min_row=5, max_row=last, min_col=6, max_col=8):
        for c in row:
            if not isinstance(c.value, str):
                c.number_format = "0.00"
    box(ws, f"A3:K{last}")
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    ws.cell(r, 1, "注：采购方式以财政部门最终批复为准；面向中小企业预留比例按《政府采购促进中小企业发展管理办法》填列。")
    for col, w in zip("ABCDEFGHIJK", (6, 30, 18, 8, 12, 10, 10, 10, 12, 12, 22)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "general3_2_柏川市_卫生健康局_2024_政府采购预算表.xlsx"))
    return rows, tf, to


# ---------------------------------------------------------------- (c)
def table_c():
    wb = Workbook(); ws = wb.active; ws.title = "三公经费对比"
    ws.merge_cells("A1:F1"); ws["A1"] = "临沣县交通运输局“三公”经费及机关运行经费预决算对比表"
    ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = C
    ws["A2"] = "单位名称：临沣县交通运输局"; ws["F2"] = "单位：万元"
    ws.merge_cells("A3:A4"); ws["A3"] = "项目"
    ws["B3"] = "2023年"; ws["C3"] = "2024年"
    ws["B4"] = "决算数"; ws["C4"] = "预算数"
    ws.merge_cells("D3:E3"); ws["D3"] = "比上年增减"
    ws["D4"] = "增减额"; ws["E4"] = "增减率"
    ws.merge_cells("F3:F4"); ws["F3"] = "增减原因说明"
    data = [
        ("因公出国（境）费", 0.00, 0.00, "无出国（境）计划"),
        ("公务用车购置及运行维护费", None, None, None),
        ("  其中：公务用车购置费", 28.50, 0.00, "2023年更新执法执勤车1辆，2024年无购置计划"),
        ("        公务用车运行维护费", 36.40, 32.80, "压减车辆运行成本，公车保有量减少1辆"),
        ("公务接待费", 6.20, 5.10, "严控接待标准和次数"),
        ("机关运行经费", 145.60, 138.20, "落实过紧日子要求"),
    ]
    data[1] = ("公务用车购置及运行维护费", round(data[2][1] + data[3][1], 2), round(data[2][2] + data[3][2], 2), None)
    sanggong = [data[0], data[1], data[4]]
    tot23 = round(sum(x[1] for x in sanggong), 2); tot24 = round(sum(x[2] for x in sanggong), 2)
    rows = [("“三公”经费合计", tot23, tot24, "总体压减")] + data
    r = 4
    for name, a, b, why in rows:
        r += 1
        ws.cell(r, 1, name)
        ws.cell(r, 2, a)
        ws.cell(r, 3, f"{b:.2f}" if name.strip().endswith("运行维护费") and "其中" not in name and b else b)
        d = round(b - a, 2)
        ws.cell(r, 4, d)
        if a:
            c = ws.cell(r, 5, round(d / a, 4)); c.number_format = "0.00%"
        # else leave blank (cannot compute)
        if why:
            ws.cell(r, 6, why)
        for j in (2, 3, 4):
            if not isinstance(ws.cell(r, j).value, str):
                ws.cell(r, j).number_format = "0.00"
    # staffing / vehicle block
    r += 1
    ws.cell(r, 1, "公务用车保有量（辆）"); ws.cell(r, 2, 12); ws.cell(r, 3, 11); ws.cell(r, 4, -1)
    c = ws.cell(r, 5, round(-1 / 12, 4)); c.number_format = "0.00%"
    r += 1
    ws.cell(r, 1, "年末实有人数（人）"); ws.cell(r, 2, 86); ws.cell(r, 3, 84); ws.cell(r, 4, -2)
    c = ws.cell(r, 5, round(-2 / 86, 4)); c.number_format = "0.00%"
    ws.cell(r, 6, "其中行政编制32人、事业编制52人（2024年）")
    last = r
    box(ws, f"A3:F{last}")
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, "注：2023年为决算数，2024年为年初预算数；“三公”经费合计不含机关运行经费。")
    for col, w in zip("ABCDEF", (30, 12, 12, 12, 12, 40)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "general3_3_临沣县_交通运输局_2024_三公经费预决算对比表.xlsx"))
    return rows


if __name__ == "__main__":
    va, tb, tp = table_a()
    print("A totals", tb, tp, round(tb + tp, 2))
    for k, v in va.items():
        print(" ", k, v, round(v[0] + v[1], 2))
    rb, tf, to = table_b(); print("B totals", tf, to, round(tf + to, 2))
    rc = table_c(); print("C", rc)
