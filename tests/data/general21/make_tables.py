# -*- coding: utf-8 -*-
"""Three fictional finance tables (南溪县 / 青禾区 are fictional)."""
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
OUT = os.path.dirname(os.path.abspath(__file__))
B = Font(bold=True)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)

def r2(x): return round(x + 1e-9, 2)

# ---------- 1. 部门收支预算总表 (two halves, two years) ----------
INC = [("一、一般公共预算拨款收入", 3286.40, 3105.80), ("二、政府性基金预算拨款收入", 520.00, 460.00),
       ("三、国有资本经营预算拨款收入", None, None), ("四、财政专户管理资金收入", None, None),
       ("五、事业收入", 86.50, 92.30), ("六、上级补助收入", 310.00, 250.00), ("七、其他收入", 23.10, 18.90)]
EXP = [("一、社会保障和就业支出", 412.36, 398.10), ("二、卫生健康支出", 98.72, 95.40),
       ("三、节能环保支出", 65.00, 80.00), ("四、城乡社区支出", 520.00, 460.00),
       ("五、农林水支出", 2987.52, 2766.30), ("六、住房保障支出", 186.40, 177.20), ("七、其他支出", None, None)]
CARRY_IN = (158.60, 201.40); CARRY_OUT = (114.60, 151.40)
def s(rows, i): return r2(sum(r[i] or 0 for r in rows))
def t1():
    wb = Workbook(); ws = wb.active; ws.title = "收支预算总表"
    ws.merge_cells("A1:F1"); ws["A1"] = "南溪县农业农村局2025年部门收支预算总表"; ws["A1"].font = B; ws["A1"].alignment = C
    ws["A2"] = "部门名称：南溪县农业农村局"; ws["F2"] = "单位：万元"
    ws.merge_cells("A3:C3"); ws["A3"] = "收入"; ws.merge_cells("D3:F3"); ws["D3"] = "支出"
    ws.append(["项目", "2025年预算数", "2024年预算数", "项目", "2025年预算数", "2024年预算数"])
    for a, b in zip(INC, EXP):
        ws.append([a[0], a[1], a[2], b[0], b[1], b[2]])
    ti = (s(INC, 1), s(INC, 2)); te = (s(EXP, 1), s(EXP, 2))
    ws.append(["本年收入合计", ti[0], ti[1], "本年支出合计", te[0], te[1]])
    ws.append(["上年结转结余", CARRY_IN[0], CARRY_IN[1], "年末结转结余", CARRY_OUT[0], CARRY_OUT[1]])
    tot = (r2(ti[0] + CARRY_IN[0]), r2(ti[1] + CARRY_IN[1]))
    tot2 = (r2(te[0] + CARRY_OUT[0]), r2(te[1] + CARRY_OUT[1]))
    assert tot == tot2, (tot, tot2)
    ws.append(["收入总计", tot[0], tot[1], "支出总计", tot2[0], tot2[1]])
    ws.append(["注：1.政府性基金预算拨款收入全部用于城乡社区支出（农业土地开发资金）；2.本表不含财政专户管理资金。"])
    for row in ws.iter_rows(min_row=5):
        for c in row:
            if isinstance(c.value, float): c.number_format = "0.00"
    wb.save(os.path.join(OUT, "nanxi_nyj_2025_budget_summary.xlsx"))

# ---------- 2. 国有资产占有情况表 ----------
ADM = [("区财政局", 4862.35, 6820, 3105.60, 4, 86.40, 3, 412.75),
       ("区教育局", 8935.20, 12450, 6210.30, 9, 198.60, 6, 865.40),
       ("区卫生健康局", 3216.80, 4380, 2012.50, 5, 121.30, 4, 356.20),
       ("区农业农村局", 2754.60, 3960, 1688.90, 7, 156.80, 5, 298.60),
       ("区应急管理局", 1985.40, 2150, 960.70, 11, 402.50, 3, 245.30)]
INST = [("区疾病预防控制中心", 5640.75, 7200, 3320.40, 6, 168.20, 0, 1524.60),
        ("区图书馆", 3472.10, 9800, 2865.00, 1, 18.50, 0, 310.80),
        ("区农业技术推广中心", 1368.90, 2640, 812.30, 3, 54.60, 0, 186.40),
        ("区机关事务服务中心", 2210.45, 5100, 1540.20, 14, 386.90, 2, 172.35)]
def sub(rows): return [r2(sum(r[i] for r in rows)) if isinstance(rows[0][i], float) else sum(r[i] for r in rows) for i in range(1, 8)]
def t2():
    wb = Workbook(); ws = wb.active; ws.title = "国有资产"
    ws.merge_cells("A1:I1"); ws["A1"] = "青禾区2024年度行政事业单位国有资产占有情况表"; ws["A1"].font = B
    ws["A2"] = "统计截止日期：2024年12月31日"; ws["I2"] = "金额单位：万元"
    ws.merge_cells("A3:A4"); ws["A3"] = "单位类别"; ws.merge_cells("B3:B4"); ws["B3"] = "单位名称"
    ws.merge_cells("C3:C4"); ws["C3"] = "资产总额"
    ws.merge_cells("D3:E3"); ws["D3"] = "房屋"; ws["D4"] = "面积（平方米）"; ws["E4"] = "账面价值"
    ws.merge_cells("F3:H3"); ws["F3"] = "车辆"; ws["F4"] = "数量（辆）"; ws["G4"] = "账面价值"; ws["H4"] = "其中：公务用车（辆）"
    ws.merge_cells("I3:I4"); ws["I3"] = "通用设备账面价值"
    r = 5
    for cat, rows in (("行政单位", ADM), ("事业单位", INST)):
        start = r
        for row in rows:
            ws.append([cat if r == start else None] + list(row)); r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.append([None, "小计"] + sub(rows)); r += 1
    ws.append(["合计", None] + sub(ADM + INST)); r += 1
    ws.append(["注：1.车辆数量含执法执勤用车和专业技术用车，“其中：公务用车”仅指一般公务用车；2.房屋面积为产权面积，不含租用房屋。"])
    wb.save(os.path.join(OUT, "qinghe_2024_state_assets.xlsx"))

# ---------- 3. 专项资金分配表 by 乡镇, 元 ----------
TOWNS = [("城关镇", 12, 8640, 200000, 486300, 50000, "2024年考核良好"),
         ("清河镇", 18, 11250, 200000, 632800, 80000, "2024年考核优秀"),
         ("石桥镇", 15, 9420, 200000, 528600, 0, ""),
         ("龙泉乡", 9, 4380, 200000, 265400, 30000, "2024年考核良好"),
         ("白沙乡", 11, 5160, 200000, 312750, 0, ""),
         ("桃源镇", 21, 13680, 200000, 741200, 100000, "2024年考核优秀"),
         ("金溪街道", 6, 3050, 150000, 168500, 0, "街道基础分配15万元"),
         ("马坪乡", 8, 3920, 200000, 224600, 50000, "2024年考核良好"),
         ("柳塘镇", 14, 8870, 200000, 497350, 0, ""),
         ("云峰乡", 7, 2960, 200000, 176400, 30000, "2024年考核良好")]
def t3():
    wb = Workbook(); ws = wb.active; ws.title = "分配表"
    ws.merge_cells("A1:I1"); ws["A1"] = "南溪县2025年农村人居环境整治专项资金分配表"; ws["A1"].font = B
    ws["A2"] = "主管部门：南溪县农业农村局"; ws["I2"] = "单位：元"
    ws.append(["序号", "乡镇（街道）", "行政村数（个）", "农户数（户）", "基础分配", "因素分配", "考核奖补", "合计", "备注"])
    for i, t in enumerate(TOWNS, 1):
        ws.append([i, t[0], t[1], t[2], t[3], t[4], t[5], t[3] + t[4] + t[5], t[6]])
    ws.append(["合计", None] + [sum(t[k] for t in TOWNS) for k in (1, 2, 3, 4, 5)] + [sum(t[3] + t[4] + t[5] for t in TOWNS), None])
    ws.append(["注：1.基础分配每个乡镇20万元、街道15万元；2.因素分配按行政村数（40%）和农户数（60%）测算；3.考核奖补依据2024年度考核结果安排；4.资金由县财政局于2025年6月30日前拨付。"])
    for row in ws.iter_rows(min_row=4, min_col=5, max_col=8):
        for c in row: c.number_format = "#,##0"
    wb.save(os.path.join(OUT, "nanxi_2025_rural_env_allocation.xlsx"))

if __name__ == "__main__":
    t1(); t2(); t3(); print("ok")
