# -*- coding: utf-8 -*-
"""Write three fictional finance tables (临溪区) for the blind question set b20."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
B = Font(bold=True)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)


def title(ws, text, ncol, row=1):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    ws.cell(row, 1, text).font = Font(bold=True, size=14)
    ws.cell(row, 1).alignment = C


# ---------- T1: 专项资金分配表 by 乡镇（街道），单位：元 ----------
def t1():
    wb = Workbook(); ws = wb.active; ws.title = "分配表"
    title(ws, "临溪区2025年乡村振兴专项资金分配表（第一批）", 7)
    ws.merge_cells("A2:D2"); ws["A2"] = "编制单位：临溪区农业农村局"
    ws.merge_cells("E2:G2"); ws["E2"] = "单位：元"; ws["E2"].alignment = Alignment(horizontal="right")
    hdr = ["序号", "乡镇（街道）", "耕地地力保护补贴", "高标准农田建后管护", "农村人居环境整治奖补", "合计", "备注"]
    for j, h in enumerate(hdr, 1):
        ws.cell(3, j, h).font = B; ws.cell(3, j).alignment = C
    rows = [
        ("青石镇", 1286450, 320000, 180000, ""),
        ("柳湾镇", 965230, 240000, 150000, ""),
        ("枫林街道", 132800, 0, 200000, "辖区无高标准农田项目"),
        ("白沙乡", 1542680, 410000, 120000, ""),
        ("石门镇", 874150, 180000, 160000, ""),
        ("桃源乡", 1103920, 290000, 90000, ""),
        ("云溪街道", 76500, 0, 220000, "辖区无高标准农田项目"),
        ("龙潭镇", 1358070, 350000, 140000, ""),
        ("鹤鸣乡", 688400, 150000, 110000, "含2024年结转奖补30000元"),
    ]
    r = 4
    tot = [0, 0, 0, 0]
    for i, (n, a, b, c, note) in enumerate(rows, 1):
        s = a + b + c
        vals = [i, n, a, b, c, s, note]
        for j, v in enumerate(vals, 1):
            cell = ws.cell(r, j, v)
            if j in (3, 4, 5, 6):
                cell.number_format = "#,##0.00"
        for k, v in enumerate((a, b, c, s)):
            tot[k] += v
        r += 1
    ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for k, v in enumerate(tot):
        ws.cell(r, 3 + k, v).number_format = "#,##0.00"
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1, "注：1.本表为第一批资金，第二批资金另行下达；2.资金由区财政直接拨付至乡镇（街道）财政所，须于2025年6月30日前拨付到位。")
    for j in range(1, 8):
        ws.column_dimensions[get_column_letter(j)].width = 18
    wb.save(os.path.join(HERE, "linxi_2025_rural_fund_allocation_yuan.xlsx"))
    return rows, tot


# ---------- T2: 政府性基金预算支出表（类/款/项） ----------
def t2():
    wb = Workbook(); ws = wb.active; ws.title = "基金支出"
    title(ws, "临溪区2025年政府性基金预算支出表", 5)
    ws.merge_cells("A2:E2"); ws["A2"] = "单位：万元"; ws["A2"].alignment = Alignment(horizontal="right")
    hdr = ["科目编码", "科目名称", "2025年预算数", "其中：区本级支出", "其中：补助镇街支出"]
    for j, h in enumerate(hdr, 1):
        ws.cell(3, j, h).font = B; ws.cell(3, j).alignment = C
    leaves = [
        ("207", "文化旅游体育与传媒支出"), ("20707", "国家电影事业发展专项资金安排的支出"),
        ("2070701", "资助国产影片放映", 36.00, 0.00),
        ("212", "城乡社区支出"), ("21208", "国有土地使用权出让收入安排的支出"),
        ("2120801", "征地和拆迁补偿支出", 15200.00, 3250.00),
        ("2120802", "土地开发支出", 6320.50, 0.00),
        ("2120803", "城市建设支出", 7640.30, 2235.00),
        ("2120804", "农村基础设施建设支出", 1060.00, 3150.00),
        ("2120899", "其他国有土地使用权出让收入安排的支出", 1088.70, 0.00),
        ("21213", "城市基础设施配套费安排的支出"),
        ("2121301", "城市公共设施", 2860.00, 0.00),
        ("2121399", "其他城市基础设施配套费安排的支出", 215.60, 200.00),
        ("229", "其他支出"), ("22960", "彩票公益金安排的支出"),
        ("2296002", "用于社会福利的彩票公益金支出", 318.40, 210.00),
        ("2296003", "用于体育事业的彩票公益金支出", 193.20, 0.00),
        ("232", "债务付息支出"), ("23204", "地方政府专项债务付息支出"),
        ("2320411", "国有土地使用权出让金债务付息支出", 5642.85, 0.00),
    ]
    sums = {}
    for it in leaves:
        if len(it) == 4:
            code, _, a, b = it
            for p in (code[:3], code[:5], code):
                x = sums.setdefault(p, [0.0, 0.0]); x[0] += a; x[1] += b
    r = 4
    ind = {3: "", 5: "\u3000\u3000", 7: "\u3000\u3000\u3000\u3000"}
    gt = [0.0, 0.0]
    for it in leaves:
        code, name = it[0], it[1]
        a, b = sums[code]
        if len(code) == 3:
            gt[0] += a; gt[1] += b
        ws.cell(r, 1, code); ws.cell(r, 2, ind[len(code)] + name)
        for j, v in ((3, a + b), (4, a), (5, b)):
            ws.cell(r, j, round(v, 2)).number_format = "0.00"
        if len(code) == 3:
            ws.cell(r, 2).font = B
        r += 1
    ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for j, v in ((3, gt[0] + gt[1]), (4, gt[0]), (5, gt[1])):
        ws.cell(r, j, round(v, 2)).number_format = "0.00"
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(r, 1, "注：1.本表不含上级提前下达的专项债券资金；2.“补助镇街支出”指区对镇（街道）的政府性基金转移支付。")
    ws.column_dimensions["A"].width = 12; ws.column_dimensions["B"].width = 44
    for c in "CDE":
        ws.column_dimensions[c].width = 18
    wb.save(os.path.join(HERE, "linxi_2025_gov_fund_expenditure_by_function.xlsx"))
    return sums, gt


# ---------- T3: 两年对比（经济分类，合并单元格分组，小计） ----------
def t3():
    wb = Workbook(); ws = wb.active; ws.title = "对比表"
    title(ws, "临溪区教育局2025年部门预算支出与2024年对比表（按经济分类）", 6)
    ws.merge_cells("A2:F2"); ws["A2"] = "单位：万元"; ws["A2"].alignment = Alignment(horizontal="right")
    hdr = ["支出类别", "经济分类科目", "2024年预算数", "2025年预算数", "增减额", "增减率（%）"]
    for j, h in enumerate(hdr, 1):
        ws.cell(3, j, h).font = B; ws.cell(3, j).alignment = C
    groups = [
        ("工资福利支出", [("基本工资", 3215.40, 3298.60), ("津贴补贴", 2106.80, 2150.20),
                     ("绩效工资", 1842.00, 1905.50), ("社会保障缴费", 1128.60, 1162.30),
                     ("住房公积金", 645.20, 668.40)]),
        ("商品和服务支出", [("办公费", 86.50, 72.30), ("培训费", 120.00, 95.00), ("差旅费", 54.80, 41.10),
                      ("维修（护）费", 210.40, 236.80), ("公务接待费", 6.20, 4.50),
                      ("公务用车运行维护费", 18.60, 15.80)]),
        ("对个人和家庭的补助", [("退休费", 412.30, 436.90), ("助学金", 268.00, 305.50)]),
        ("资本性支出", [("办公设备购置", 95.00, 60.00), ("专用设备购置", 380.00, 512.60)]),
    ]
    r = 4
    ga = gb = 0.0
    out = []

    def put(r, cat, name, a, b):
        d = round(b - a, 2); p = round(d / a * 100, 2)
        ws.cell(r, 2, name)
        for j, v in ((3, a), (4, b), (5, d), (6, p)):
            ws.cell(r, j, round(v, 2)).number_format = "0.00"
        out.append((cat, name, round(a, 2), round(b, 2), d, p))

    for cat, items in groups:
        start = r
        sa = sb = 0.0
        for name, a, b in items:
            put(r, cat, name, a, b); sa += a; sb += b; r += 1
        put(r, cat, "小计", sa, sb); ws.cell(r, 2).font = B; r += 1
        ws.cell(start, 1, cat); ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(start, 1).alignment = C
        ga += sa; gb += sb
    put(r, "", "合计", ga, gb); ws.cell(r, 2, None); ws.cell(r, 1, "合计").font = B
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, "注：增减额=2025年预算数-2024年预算数；增减率=增减额÷2024年预算数×100%。2025年压减一般性支出，“三公”经费中公务接待费和公务用车运行维护费均有下降。")
    ws.column_dimensions["A"].width = 20; ws.column_dimensions["B"].width = 22
    for c in "CDEF":
        ws.column_dimensions[c].width = 15
    wb.save(os.path.join(HERE, "linxi_edu_2024_vs_2025_budget_by_econ_class.xlsx"))
    return out


if __name__ == "__main__":
    rows, tot = t1()
    for x in rows:
        print(x, sum(x[1:4]))
    print("T1 tot", tot)
    sums, gt = t2()
    for k, v in sums.items():
        print(k, round(v[0] + v[1], 2), round(v[0], 2), round(v[1], 2))
    print("T2 tot", round(gt[0] + gt[1], 2), round(gt[0], 2), round(gt[1], 2))
    for x in t3():
        print(x)
