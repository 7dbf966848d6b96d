# -*- coding: utf-8 -*-
"""Builds the three documents in docs/:
T1 嵊州市交通运输局 2026年 项目支出绩效目标表 (text, seed layout)
T2 嵊州市 2025年度 部门国有资产占用情况表 (xlsx)
T3 嵊州市水利局 2024-2026年 三公经费预算表 (xlsx)
Run: /work/main/.venv/bin/python make_docs.py
"""
import os
from decimal import Decimal as D

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
# Writes into a fresh temporary folder: the committed documents are the ones the set was scored on.
import tempfile  # noqa: E402
DOCS = tempfile.mkdtemp(prefix="general68_")
os.makedirs(DOCS, exist_ok=True)

# ---------------------------------------------------------------- T1
DEPT = "嵊州市交通运输局(部门)"

L1 = {"数量": "1-产出指标,11-数量指标", "质量": "1-产出指标,12-质量指标",
      "时效": "1-产出指标,13-时效指标", "成本": "1-产出指标,14-成本指标",
      "经济": "2-效益指标,21-经济效益", "社会": "2-效益指标,22-社会效益",
      "生态": "2-效益指标,23-生态效益", "可持续": "2-效益指标,24-可持续影响",
      "满意度": "3-满意度指标,31-服务对象满意度"}

# (unit, [(project, total, fiscal, other, goal, [(kind, name, period, annual), ...])])
T1 = [
    ("嵊州市交通运输局", [
        ("农村公路养护管理经费", "320.00", "320.00", None,
         "对全市农村公路开展日常养护、路况巡查和病害处治，落实“路长制”管理要求，保持农村公路路况良好、安全畅通，全面提升农村公路养护管理水平。",
         [("数量", "农村公路日常养护里程", "≥1560公里", "≥1560公里"),
          ("质量", "农村公路优良中等路比例", "≥85%", "≥85%"),
          ("时效", "路面病害处治及时率", "≥95%", "≥95%"),
          ("成本", "农村公路养护经费", "≤320万元", "≤320万元"),
          ("社会", "农村群众出行条件", "持续改善", "持续改善"),
          ("满意度", "沿线群众满意度", "≥90%", "≥90%")]),
        ("城乡公交一体化运营补贴资金", "580.00", "500.00", "80.00",
         "对承担城乡公交运营任务的公交企业给予运营补贴，保障城乡公交线路稳定运行，落实老年人、残疾人等群体免费乘车政策，推进城乡公交一体化发展。",
         [("数量", "城乡公交线路条数", "≥68条", "≥68条"),
          ("数量", "城乡公交年客运量", "≥1150万人次", "≥1150万人次"),
          ("质量", "建制村公交通达率", "100%", "100%"),
          ("时效", "补贴资金支付及时率", "100%", "100%"),
          ("成本", "城乡公交运营补贴", "≤580万元", "≤580万元"),
          ("社会", "城乡居民出行便利度", "明显提升", "明显提升"),
          ("可持续", "城乡公交稳定运营", "长期", "长期"),
          ("满意度", "乘客满意度", "≥92%", "≥92%")]),
        ("交通运输综合行政执法装备购置经费", "48.60", "48.60", None,
         "为交通运输综合行政执法队配备执法记录仪、移动执法终端及便携式称重设备，提升交通运输执法规范化、信息化水平。",
         [("数量", "执法记录仪购置数量", "40台", "40台"),
          ("数量", "便携式称重设备购置数量", "4套", "4套"),
          ("质量", "政府采购率", "100%", "100%"),
          ("时效", "设备采购完成时间", "2026年9月底前", "2026年9月底前"),
          ("社会", "执法规范化水平", "有效提升", "有效提升")]),
        ("交通运输安全生产专项经费", "36.50", "36.50", None,
         "开展交通运输领域安全生产隐患排查整治、应急演练和安全宣传教育，落实企业安全生产主体责任，防范和遏制较大及以上交通运输安全事故。",
         [("数量", "安全生产检查次数", "≥24次", "≥24次"),
          ("数量", "应急演练次数", "≥2次", "≥2次"),
          ("质量", "隐患整改完成率", "100%", "100%"),
          ("社会", "较大及以上交通运输安全事故", "0起", "0起"),
          ("满意度", "企业满意度", "≥90%", "≥90%")]),
        ("编外用工经费", "92.16", "92.16", None,
         "保障局机关编外聘用人员工资及社会保险按时足额发放，规范编外用工管理，保障机关日常工作有序运转。",
         [("数量", "编外聘用人员数", "12人", "12人"),
          ("质量", "编外人员聘用合规率", "100%", "100%"),
          ("时效", "工资发放及时率", "100%", "100%"),
          ("社会", "机关工作运转保障", "有序运转", "有序运转")]),
    ]),
    ("嵊州市公路与运输管理中心", [
        ("国省道公路日常养护经费", "456.80", "400.00", "56.80",
         "对境内国省道开展日常保洁、绿化修剪、沿线设施维护和路面小修保养，保持国省道公路技术状况良好，保障公路安全畅通。",
         [("数量", "国省道养护里程", "212.6公里", "212.6公里"),
          ("质量", "国省道优良路率", "≥90%", "≥90%"),
          ("质量", "公路技术状况指数MQI", "≥88", "≥88"),
          ("时效", "路面病害处治及时率", "≥98%", "≥98%"),
          ("成本", "国省道日常养护经费", "≤456.8万元", "≤456.8万元"),
          ("社会", "公路通行安全保障", "安全畅通", "安全畅通"),
          ("满意度", "沿线群众满意度", "≥90%", "≥90%")]),
        ("公路桥梁定期检测经费", "65.00", "65.00", None,
         "委托具有资质的第三方检测机构对辖区公路桥梁开展定期检测，建立桥梁技术状况档案，及时发现并处置危桥隐患。",
         [("数量", "桥梁定期检测座数", "≥186座", "≥186座"),
          ("质量", "检测报告合格率", "100%", "100%"),
          ("时效", "检测完成时间", "2026年10月底前", "2026年10月底前"),
          ("成本", "桥梁检测费用", "≤65万元", "≤65万元"),
          ("可持续", "四、五类危桥处置", "发现一座处置一座", "发现一座处置一座")]),
        ("“四好农村路”提质改造补助资金", "1200.00", "1000.00", "200.00",
         "对列入年度计划的农村公路提质改造、危桥改造和安全生命防护工程给予补助，推进“四好农村路”高质量发展，助力乡村振兴。",
         [("数量", "农村公路提质改造里程", "≥45公里", "≥45公里"),
          ("数量", "危桥改造座数", "8座", "8座"),
          ("数量", "安全生命防护工程里程", "≥60公里", "≥60公里"),
          ("质量", "交工验收合格率", "100%", "100%"),
          ("时效", "补助资金拨付及时率", "100%", "100%"),
          ("经济", "带动沿线产业发展", "有效带动", "有效带动"),
          ("社会", "农村群众出行条件", "持续改善", "明显改善"),
          ("满意度", "沿线群众满意度", "≥92%", "≥92%")]),
        ("公路应急抢险物资储备经费", "28.00", "28.00", None,
         "储备融雪剂、防滑料、编织袋及应急照明等抢险物资，保障汛期、冰冻雨雪等极端天气条件下公路应急抢通。",
         [("数量", "融雪剂储备量", "≥120吨", "≥120吨"),
          ("时效", "应急抢通响应时间", "≤2小时", "≤2小时"),
          ("成本", "应急物资储备费用", "≤28万元", "≤28万元"),
          ("社会", "公路通行安全保障", "灾害天气主干道路不中断", "灾害天气主干道路不中断")]),
    ]),
    ("嵊州市交通工程建设中心", [
        ("交通工程质量安全监督检测经费", "42.30", "42.30", None,
         "对在建交通工程开展质量安全监督抽检，委托第三方开展试验检测，督促参建单位落实质量安全责任，确保工程质量安全。",
         [("数量", "在建项目监督覆盖率", "100%", "100%"),
          ("数量", "质量抽检组数", "≥300组", "≥300组"),
          ("质量", "抽检合格率", "≥95%", "≥95%"),
          ("时效", "检测报告出具及时率", "100%", "100%"),
          ("社会", "较大及以上交通运输安全事故", "0起", "0起"),
          ("满意度", "参建单位满意度", "≥85%", "≥85%")]),
        ("交通建设项目前期工作经费", "150.00", "150.00", None,
         "开展104国道嵊州段改建、甬金高速嵊州互通连接线等重点交通建设项目的工程可行性研究、勘察设计及专题评估等前期工作，为项目按期开工创造条件。",
         [("数量", "开展前期工作项目数", "5个", "5个"),
          ("质量", "前期成果审查通过率", "100%", "100%"),
          ("时效", "工程可行性研究报告完成时间", "2026年6月底前", "2026年6月底前"),
          ("成本", "前期工作经费", "≤150万元", "≤150万元"),
          ("经济", "重点项目开工建设", "按计划开工", "按计划开工"),
          ("可持续", "综合交通网络完善", "持续完善", "持续完善")]),
        ("编外用工经费", "38.40", "38.40", None,
         "保障中心编外聘用人员工资及社会保险按时足额发放，满足交通工程现场监管工作需要。",
         [("数量", "编外聘用人员数", "5人", "5人"),
          ("质量", "编外人员聘用合规率", "100%", "100%"),
          ("时效", "工资发放及时率", "100%", "100%")]),
    ]),
]


def money(x):
    return f"{x:.2f}"


def wrap(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)]


def amounts(total, fiscal, other):
    return " ".join(v for v in (total, fiscal, other) if v)


def write_t1(path):
    header = ["部门名称：" + DEPT + " 单位：万元", "",
              "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", ""]
    tot = sum(D(p[1]) for _, ps in T1 for p in ps)
    fis = sum(D(p[2]) for _, ps in T1 for p in ps)
    oth = sum(D(p[3] or "0") for _, ps in T1 for p in ps)
    out = ["项目支出绩效目标表（含转移支付项目）", ""] + header
    out += ["合计 " + amounts(money(tot), money(fis), money(oth) if oth else None), ""]
    count = 0
    for unit, projects in T1:
        ut = sum(D(p[1]) for p in projects)
        uf = sum(D(p[2]) for p in projects)
        uo = sum(D(p[3] or "0") for p in projects)
        out += [unit + " " + amounts(money(ut), money(uf), money(uo) if uo else None), ""]
        for name, total, fiscal, other, goal, inds in projects:
            if count and count % 2 == 0:  # page break: header repeats
                out += ["", "", ""] + header
            count += 1
            if len(name) > 15:
                out += ["    " + name[:13], name[13:], "", amounts(total, fiscal, other)]
            else:
                out += ["    " + name + " " + amounts(total, fiscal, other)]
            out.append("")
            for i, line in enumerate(wrap(goal, 20)):
                out.append(line)
                if i % 4 == 3:
                    out.append("")
            out.append("")
            parts = []
            for n, (kind, iname, pv, av) in enumerate(inds, 1):
                parts.append(f"{n}、{L1[kind]},{iname}；实施周期指标值:{pv},年度指标值:{av};")
            text = ",".join(parts)
            for i, line in enumerate(wrap(text, 38)):
                out.append(line)
                if i % 5 == 4:
                    out.append("")
            out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- T2
# 单位名称, 流动资产, 房屋, 车辆, 通用设备, 其他固定资产(not shown), 无形资产, 对外投资
T2 = [
    ("嵊州市交通运输局", [
        ("嵊州市交通运输局（本级）", "1286.45", "2356.80", "86.40", "142.35", "35.20", "48.60", "0.00"),
        ("嵊州市公路与运输管理中心", "2465.72", "1845.30", "312.60", "265.48", "1120.50", "36.80", "0.00"),
        ("嵊州市交通工程建设中心", "638.17", "420.00", "45.80", "88.62", "156.30", "12.40", "0.00"),
        ("嵊州市交通运输综合行政执法队", "352.86", "0.00", "198.50", "76.34", "42.10", "8.20", "0.00"),
    ]),
    ("嵊州市住房和城乡建设局", [
        ("嵊州市住房和城乡建设局（本级）", "1954.38", "3120.60", "72.30", "168.25", "20.40", "65.30", "500.00"),
        ("嵊州市建设工程质量安全管理中心", "426.95", "680.00", "38.60", "112.40", "210.70", "15.60", "0.00"),
        ("嵊州市房地产管理服务中心", "815.24", "1250.40", "26.80", "94.15", "8.60", "120.50", "0.00"),
        ("嵊州市市政园林管理中心", "1137.62", "2480.00", "165.20", "135.80", "862.40", "22.00", "0.00"),
    ]),
    ("嵊州市农业农村局", [
        ("嵊州市农业农村局（本级）", "2318.56", "2865.00", "58.90", "186.72", "45.30", "72.80", "1200.00"),
        ("嵊州市农业技术推广中心", "512.43", "960.50", "32.40", "145.26", "386.90", "18.60", "0.00"),
        ("嵊州市畜牧兽医中心", "286.70", "520.00", "28.50", "62.18", "145.60", "6.50", "0.00"),
        ("嵊州市农村经营管理服务站", "164.35", "0.00", "0.00", "38.92", "5.20", "42.00", "0.00"),
    ]),
    ("嵊州市文化广电旅游局", [
        ("嵊州市文化广电旅游局（本级）", "1468.20", "1980.00", "42.60", "126.40", "18.50", "35.00", "800.00"),
        ("嵊州市图书馆", "236.84", "4260.00", "18.60", "312.55", "680.20", "96.40", "0.00"),
        ("嵊州市文化馆", "198.45", "2150.00", "21.30", "186.70", "245.80", "12.30", "0.00"),
        ("嵊州市越剧艺术保护传承中心", "642.18", "3680.50", "56.40", "265.30", "528.60", "28.50", "0.00"),
    ]),
    ("嵊州市自然资源和规划局", [
        ("嵊州市自然资源和规划局（本级）", "3265.40", "2760.00", "95.20", "235.60", "62.40", "186.50", "0.00"),
        ("嵊州市土地储备中心", "5820.36", "380.00", "12.60", "28.45", "3.10", "0.00", "0.00"),
        ("嵊州市测绘与地理信息中心", "356.72", "260.00", "24.80", "98.36", "312.50", "145.80", "0.00"),
    ]),
]


def t2_row(name, cur, house, car, gen, oth, intang, inv):
    fixed = D(house) + D(car) + D(gen) + D(oth)
    total = D(cur) + fixed + D(intang) + D(inv)
    return [name, total, D(cur), fixed, D(house), D(car), D(gen), D(intang), D(inv)]


thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def write_t2(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "国有资产占用表"
    ncol = 10
    ws.append(["嵊州市2025年度部门国有资产占用情况表"] + [None] * (ncol - 1))
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = CENTER
    ws.append(["填报日期：2025年12月31日"] + [None] * (ncol - 2) + ["单位：万元"])
    ws.append(["序号", "单位名称", "资产总额", "流动资产", "固定资产", None, None, None, "无形资产", "对外投资"])
    ws.append([None, None, None, None, "小计", "其中：房屋", "车辆", "通用设备", None, None])
    for c in (1, 2, 3, 4, 9, 10):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=5, end_row=3, end_column=8)
    rows = []
    grand = None
    for dept, units in T2:
        unit_rows = [t2_row(*u) for u in units]
        sub = [dept + "小计"] + [sum(r[i] for r in unit_rows) for i in range(1, 9)]
        rows.append(("sub", sub))
        rows += [("unit", r) for r in unit_rows]
        grand = sub[1:] if grand is None else [a + b for a, b in zip(grand, sub[1:])]
    ws.append([None, "合计"] + [float(v) for v in grand])
    seq = 0
    for kind, r in rows:
        seq += 1 if kind == "unit" else 0
        ws.append([seq if kind == "unit" else None, r[0]] + [float(v) for v in r[1:]])
    for row in ws.iter_rows(min_row=3, max_row=ws.max_row, max_col=ncol):
        for c in row:
            c.border = BORDER
            if c.row <= 4:
                c.alignment = CENTER
                c.font = Font(bold=True)
            elif isinstance(c.value, float):
                c.number_format = "0.00"
    ws.column_dimensions["B"].width = 34
    for col in "CDEFGHIJ":
        ws.column_dimensions[col].width = 12
    wb.save(path)
    return grand, rows


# ---------------------------------------------------------------- T3
# unit: {item: (2024决算, 2025预算, 2026预算)}
T3 = [
    ("嵊州市水利局（本级）", {"出国": ("0.00", "3.00", "2.50"), "接待": ("4.62", "5.00", "4.50"),
                          "购置": ("0.00", "0.00", "18.00"), "运行": ("6.35", "7.20", "6.80")}),
    ("嵊州市水文管理中心", {"出国": ("0.00", "0.00", "0.00"), "接待": ("0.86", "1.00", "0.90"),
                           "购置": ("0.00", "0.00", "0.00"), "运行": ("2.14", "2.40", "2.20")}),
    ("嵊州市长诏水库管理所", {"出国": ("0.00", "0.00", "0.00"), "接待": ("1.53", "1.80", "1.60"),
                            "购置": ("0.00", "16.50", "0.00"), "运行": ("3.92", "4.30", "4.10")}),
    ("嵊州市南山水库管理所", {"出国": ("0.00", "0.00", "0.00"), "接待": ("0.95", "1.20", "1.00"),
                            "购置": ("0.00", "0.00", "0.00"), "运行": ("2.76", "3.00", "2.90")}),
    ("嵊州市水利工程建设管理中心", {"出国": ("0.00", "0.00", "0.00"), "接待": ("1.18", "1.50", "1.30"),
                                  "购置": ("0.00", "0.00", "0.00"), "运行": ("3.05", "3.40", "3.20")}),
    ("嵊州市农村水利管理服务站", {"出国": ("0.00", "0.00", "0.00"), "接待": ("0.42", "0.50", "0.45"),
                                "购置": ("0.00", "0.00", "0.00"), "运行": ("1.66", "1.80", "1.75")}),
]
ITEMS = ["小计", "因公出国（境）费", "公务接待费", "公务用车购置及运行费", "其中：公务用车购置费", "公务用车运行费"]


def t3_block(d):
    v = {k: [D(x) for x in d[k]] for k in d}
    car = [a + b for a, b in zip(v["购置"], v["运行"])]
    sub = [a + b + c for a, b, c in zip(v["出国"], v["接待"], car)]
    return [sub, v["出国"], v["接待"], car, v["购置"], v["运行"]]


def change(a, b):
    diff = b - a
    rate = "—" if a == 0 else f"{(diff / a * 100):.2f}%"
    return float(diff), rate


def write_t3(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "三公经费预算表"
    ncol = 7
    ws.append(["嵊州市水利局2026年部门“三公”经费预算表"] + [None] * (ncol - 1))
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = CENTER
    ws.append(["部门名称：嵊州市水利局"] + [None] * (ncol - 2) + ["单位：万元"])
    ws.append(["单位名称", "项目", "2024年决算数", "2025年预算数", "2026年预算数", "2026年比2025年增减", None])
    ws.append([None, None, None, None, None, "增减额", "增减率"])
    for c in (1, 2, 3, 4, 5):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=6, end_row=3, end_column=7)
    blocks = [(u, t3_block(d)) for u, d in T3]
    total = [[sum(b[i][y] for _, b in blocks) for y in range(3)] for i in range(6)]
    allb = [("合计", total)] + blocks
    for unit, b in allb:
        start = ws.max_row + 1
        for i, item in enumerate(ITEMS):
            label = ("合计" if unit == "合计" else "小计") if i == 0 else item
            diff, rate = change(b[i][1], b[i][2])
            ws.append([unit if i == 0 else None, label] + [float(x) for x in b[i]] + [diff, rate])
        ws.merge_cells(start_row=start, start_column=1, end_row=start + 5, end_column=1)
    ws.append(["注：“三公”经费指使用财政拨款安排的因公出国（境）费、公务接待费、公务用车购置及运行费。2024年为决算数，2025年、2026年为预算数。"] + [None] * (ncol - 1))
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=ncol)
    for row in ws.iter_rows(min_row=3, max_row=ws.max_row - 1, max_col=ncol):
        for c in row:
            c.border = BORDER
            if c.row <= 4 or c.column == 1:
                c.alignment = CENTER
            if c.row <= 4:
                c.font = Font(bold=True)
            elif isinstance(c.value, float):
                c.number_format = "0.00"
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 24
    for col in "CDEFG":
        ws.column_dimensions[col].width = 13
    wb.save(path)
    return allb


if __name__ == "__main__":
    p1 = os.path.join(DOCS, "嵊州市交通运输局_2026年_项目支出绩效目标表.txt")
    p2 = os.path.join(DOCS, "嵊州市_2025年度_部门国有资产占用情况表.xlsx")
    p3 = os.path.join(DOCS, "嵊州市水利局_2024-2026年_三公经费预算表.xlsx")
    write_t1(p1)
    grand, rows = write_t2(p2)
    allb = write_t3(p3)
    print("T1 written", p1)
    print("T2 合计", [str(x) for x in grand])
    for kind, r in rows:
        print("T2", kind, r[0], [str(x) for x in r[1:]])
    for unit, b in allb:
        for i, item in enumerate(ITEMS):
            print("T3", unit, item, [str(x) for x in b[i]])
