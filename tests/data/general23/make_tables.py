# -*- coding: utf-8 -*-
"""Three fictional finance tables for blind set d23 (松阳区 / 白沙县 / 望江镇)."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)

def box(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = B
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="center")

# ---------------- 1. 松阳区 一般公共预算收入预算表 ----------------
def t1():
    tax = [("增值税", 52360, 54980), ("企业所得税", 18450, 19100), ("个人所得税", 6820, 7050),
           ("资源税", 1230, 1180), ("城市维护建设税", 4310, 4520), ("房产税", 3960, 4150),
           ("印花税", 1870, 2010), ("城镇土地使用税", 2140, 2060), ("土地增值税", 7650, 6900),
           ("契税", 9280, 8600), ("耕地占用税", 1520, 1400), ("环境保护税", 340, 360)]
    non = [("专项收入", 5630, 5800), ("行政事业性收费收入", 3210, 3050), ("罚没收入", 2480, 2200),
           ("国有资源（资产）有偿使用收入", 6740, 7300), ("其他收入", 690, 620)]
    wb = Workbook(); ws = wb.active; ws.title = "收入预算"
    ws.append(["松阳区2025年一般公共预算收入预算表"]); ws.merge_cells("A1:E1")
    ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["编制单位：松阳区财政局", None, None, None, "单位：万元"])
    ws.append(["项目", "2024年执行数", "2025年预算数", "增减额", "增长%"])
    def row(name, a, b):
        ws.append([name, a, b, b - a, round((b - a) / a * 100, 1)])
    ts = (sum(x[1] for x in tax), sum(x[2] for x in tax))
    ns = (sum(x[1] for x in non), sum(x[2] for x in non))
    row("一、税收收入", *ts)
    for n, a, b in tax: row("    " + n, a, b)
    row("二、非税收入", *ns)
    for n, a, b in non: row("    " + n, a, b)
    row("一般公共预算收入合计", ts[0] + ns[0], ts[1] + ns[1])
    last = ws.max_row
    ws.append(["注：1.增长%按四舍五入保留一位小数；2.2024年执行数为快报数，最终以决算为准。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
    box(ws, 3, last, 1, 5)
    ws.column_dimensions["A"].width = 34
    for c in "BCDE": ws.column_dimensions[c].width = 14
    wb.save(os.path.join(OUT, "songyang_2025_general_budget_revenue.xlsx"))

# ---------------- 2. 白沙县 政府投资项目计划表 ----------------
def t2():
    groups = [
        ("一、交通运输", [
            ("白沙至龙口二级公路改建工程", "改扩建", "县交通运输局", "2023-2026", 48600, 21300, 15000, "上级补助+专项债"),
            ("县城环城北路新建工程", "新建", "县城市建设投资有限公司", "2025-2027", 26400, 0, 8000, "专项债"),
            ("农村公路安全生命防护工程", "续建", "县交通运输局", "2024-2025", 3850, 1900, 1950, "上级补助"),
        ]),
        ("二、水利", [
            ("白沙河干流防洪治理工程", "续建", "县水利局", "2023-2025", 15800, 11200, 4600, "上级补助+县级财政"),
            ("石门水库除险加固工程", "续建", "县水利局", "2024-2026", 6720, 2100, 3000, "上级补助"),
            ("城乡供水一体化（二期）", "新建", "县水务集团", "2025-2026", 12350, 0, 6500, "专项债"),
        ]),
        ("三、教育卫生", [
            ("县第三中学新建工程", "新建", "县教育局", "2025-2027", 21800, 0, 7200, "专项债+县级财政"),
            ("县人民医院住院综合楼", "续建", "县人民医院", "2022-2025", 32500, 27400, 5100, "专项债"),
            ("乡镇卫生院标准化改造", "改扩建", "县卫生健康局", "2024-2025", 2960, 1480, 1480, "县级财政"),
        ]),
        ("四、城乡建设", [
            ("老旧小区改造（2025年批次）", "改扩建", "县住房和城乡建设局", "2025-2025", 8640, 0, 8640, "上级补助+县级财政"),
            ("县城污水处理厂提标扩容", "改扩建", "县住房和城乡建设局", "2024-2026", 9380, 3200, 4000, "专项债"),
            ("望海农贸市场迁建", "新建", "县商务局", "2025-2026", 4270, 0, 2500, "县级财政"),
            ("城区智慧停车设施", "新建", "县城市建设投资有限公司", "2025-2026", 3150, 0, 1200, "社会资本"),
        ]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "投资计划"
    hdr = ["序号", "项目名称", "建设性质", "建设单位", "建设起止年限", "总投资", "截至2024年底累计完成投资", "2025年计划投资", "资金来源"]
    ws.append(["白沙县2025年政府投资项目计划表"]); ws.merge_cells("A1:I1")
    ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([None] * 8 + ["单位：万元"])
    ws.append(hdr)
    tot = [0, 0, 0]; n = 0
    for g, items in groups:
        s = [sum(x[i] for x in items) for i in (4, 5, 6)]
        ws.append([g, None, None, None, "小计", *s, None])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
        for it in items:
            n += 1
            ws.append([n, *it])
        tot = [a + b for a, b in zip(tot, s)]
    ws.append(["合计", None, None, None, None, *tot, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
    last = ws.max_row
    ws.append(["注：建设性质分新建、续建、改扩建；“资金来源”中“专项债”指地方政府专项债券资金。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=9)
    box(ws, 3, last, 1, 9)
    for c, w in zip("ABCDEFGHI", [8, 30, 10, 24, 14, 12, 16, 14, 18]):
        ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, "baisha_2025_gov_investment_plan.xlsx"))

# ---------------- 3. 望江镇 部门整体支出绩效自评表 ----------------
def t3():
    wb = Workbook(); ws = wb.active; ws.title = "整体绩效自评"
    ws.append(["望江镇人民政府2024年度部门整体支出绩效自评表"]); ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["部门名称", "望江镇人民政府", None, None, "单位：万元", None, None, None])
    ws.merge_cells("B2:D2")
    ws.append(["预算执行情况", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分", None])
    ws.append([None, 4860.00, 5320.00, 5054.00, "95.0%", 10, 9, None])
    ws.merge_cells("A3:A4")
    ws.append(["年度总体目标", "保障镇机关和站所正常运转，完成农村人居环境整治、防汛抗旱、基层社会治理和民生保障等年度任务。", None, None, None, None, None, None])
    ws.merge_cells("B5:H5")
    ws.append(["一级指标", "二级指标", "三级指标", "年度目标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    ind = [
        ("产出指标", "数量指标", "农村户厕改造数量", "≥300户", "312户", 8, 8, ""),
        ("产出指标", "数量指标", "村庄道路硬化里程", "≥12公里", "10.5公里", 8, 7, "受汛期影响2个村段延至2025年实施"),
        ("产出指标", "数量指标", "开展防汛应急演练次数", "≥4次", "5次", 6, 6, ""),
        ("产出指标", "质量指标", "户厕改造验收合格率", "≥95%", "97%", 8, 8, ""),
        ("产出指标", "质量指标", "低保对象认定准确率", "100%", "100%", 6, 6, ""),
        ("产出指标", "时效指标", "惠民资金发放及时率", "100%", "98%", 7, 6, "个别对象银行账户变更导致延迟发放"),
        ("产出指标", "成本指标", "“三公”经费较上年变动", "≤0%", "-6.2%", 7, 7, ""),
        ("效益指标", "社会效益", "信访事项按期办结率", "≥95%", "96.5%", 8, 8, ""),
        ("效益指标", "社会效益", "重大安全生产事故发生起数", "0起", "0起", 8, 8, ""),
        ("效益指标", "生态效益", "农村生活垃圾无害化处理率", "≥90%", "88%", 7, 5.5, "两个偏远自然村清运频次不足，2025年增设转运点"),
        ("效益指标", "可持续影响", "村级集体经济年收入10万元以上村占比", "≥80%", "85%", 7, 7, ""),
        ("满意度指标", "服务对象满意度", "辖区群众满意度", "≥90%", "92%", 6, 6, ""),
        ("满意度指标", "服务对象满意度", "企业对营商环境满意度", "≥85%", "83%", 4, 3, "审批事项网上办理宣传不足"),
    ]
    start = ws.max_row + 1
    for r in ind: ws.append(list(r))
    # merge 一级 and 二级 groups
    def merge_col(col):
        r = start
        while r < start + len(ind):
            e = r
            key = tuple(ws.cell(r, c).value for c in range(1, col + 1))
            while e + 1 < start + len(ind) and tuple(ws.cell(e + 1, c).value for c in range(1, col + 1)) == key:
                e += 1
            if e > r:
                for k in range(r + 1, e + 1): ws.cell(k, col).value = None
            r = e + 1
        return
    # compute merges before clearing values
    spans = {}
    for col in (1, 2):
        spans[col] = []
        r = start
        while r < start + len(ind):
            e = r
            key = tuple(ind[r - start][:col])
            while e + 1 < start + len(ind) and tuple(ind[e + 1 - start][:col]) == key:
                e += 1
            spans[col].append((r, e)); r = e + 1
    for col in (1, 2):
        for r, e in spans[col]:
            if e > r: ws.merge_cells(start_row=r, start_column=col, end_row=e, end_column=col)
    fen = sum(x[5] for x in ind) + 10
    de = sum(x[6] for x in ind) + 9
    ws.append(["合计", None, None, None, None, fen, de, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
    last = ws.max_row
    ws.append(["自评等级：优（90分及以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差）。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=8)
    ws.append(["注：合计分值含预算执行率10分。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=8)
    box(ws, 2, last, 1, 8)
    for c, w in zip("ABCDEFGH", [14, 16, 34, 14, 14, 8, 8, 40]):
        ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, "wangjiang_2024_dept_overall_self_eval.xlsx"))

if __name__ == "__main__":
    t1(); t2(); t3()
