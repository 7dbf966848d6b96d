# -*- coding: utf-8 -*-
"""Build the three 天台县 documents in docs/.
T1  天台县农业农村局2026年项目支出绩效目标表.txt      (seed text layout)
T2  天台县农业农村局2025年度部门整体支出绩效自评表.xlsx
T3  天台县2026年国有资本经营预算收支表.xlsx
Run with /work/main/.venv/bin/python make_docs.py
"""
import json, os, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = tempfile.mkdtemp(prefix="general75-docs-")  # (the committed copies sit beside this file)
os.makedirs(DOCS, exist_ok=True)

T1_NAME = "天台县农业农村局2026年项目支出绩效目标表.txt"
T2_NAME = "天台县农业农村局2025年度部门整体支出绩效自评表.xlsx"
T3_NAME = "天台县2026年国有资本经营预算收支表.xlsx"

# ---------------------------------------------------------------- T1
DEPT = "天台县农业农村局"
L1 = {"产出": "1-产出指标", "效益": "2-效益指标", "满意度": "3-满意度指标"}
L2 = {"数量": "11-数量指标", "质量": "12-质量指标", "时效": "13-时效指标", "成本": "14-成本指标",
      "经济": "21-经济效益", "社会": "22-社会效益", "生态": "23-生态效益", "可持续": "24-可持续影响",
      "服务对象": "31-服务对象满意度"}

# indicator: (一级, 二级, 名称, 实施周期指标值, 年度指标值)
UNITS = [
 ("天台县农业农村局", [
  ("高标准农田建设项目前期及管理经费", 85.00, 85.00, 0,
   "开展2026年度高标准农田建设项目的规划设计、勘测、招投标代理、工程监理及竣工验收等前期和管理工作，确保全年新建和改造提升高标准农田1.5万亩任务按期完成。",
   [("产出", "数量", "新建和改造提升高标准农田面积", "≥4.5万亩", "≥1.5万亩"),
    ("产出", "质量", "项目竣工验收合格率", "100%", "100%"),
    ("产出", "时效", "项目前期工作完成时间", "每年6月底前", "2026年6月底前"),
    ("产出", "成本", "前期及管理费用占比", "≤3%", "≤3%"),
    ("效益", "经济", "项目区亩均粮食产能提升", "≥50公斤", "≥50公斤"),
    ("满意度", "服务对象", "农户满意度", "≥90%", "≥90%")]),
  ("农村人居环境整治提升专项经费", 120.00, 100.00, 20.00,
   "持续推进农村生活垃圾分类、农村厕所革命和村庄清洁行动，做好农村生活污水治理设施运维管理，巩固提升全县农村人居环境整治成效，打造宜居宜业和美乡村。",
   [("产出", "数量", "农村生活垃圾分类覆盖行政村数", "≥370个", "≥370个"),
    ("产出", "数量", "农村公厕改造提升数量", "≥120座", "≥40座"),
    ("产出", "质量", "农村生活污水治理设施正常运行率", "≥95%", "≥95%"),
    ("产出", "时效", "资金拨付及时率", "≥95%", "≥95%"),
    ("效益", "社会", "村庄环境卫生状况", "明显改善", "明显改善"),
    ("效益", "生态", "农村生活垃圾资源化利用率", "≥90%", "≥90%"),
    ("满意度", "服务对象", "农户满意度", "≥92%", "≥92%")]),
  ("乡村振兴示范带建设补助资金", 260.00, 260.00, 0,
   "围绕“和合圣地·诗路天台”，建设始丰溪沿线乡村振兴示范带，补助示范带沿线村庄基础设施提升、产业培育和风貌整治，带动沿线村集体经济增收。",
   [("产出", "数量", "建设乡村振兴示范带条数", "4条", "2条"),
    ("产出", "数量", "补助示范村个数", "≥30个", "≥12个"),
    ("产出", "质量", "补助项目验收合格率", "100%", "100%"),
    ("产出", "时效", "资金拨付及时率", "100%", "100%"),
    ("效益", "经济", "示范带沿线村集体经济经营性收入增幅", "≥10%", "≥10%"),
    ("效益", "可持续", "示范带长效运维机制", "建立健全", "建立健全"),
    ("满意度", "服务对象", "沿线村民满意度", "≥90%", "≥90%")]),
  ("农业综合行政执法经费", 36.50, 36.50, 0,
   "开展农资打假、农产品质量安全、动物卫生监督、渔政执法等农业综合行政执法工作，维护农业生产秩序和农民合法权益。",
   [("产出", "数量", "农资市场检查次数", "≥120次", "≥120次"),
    ("产出", "数量", "农产品质量安全抽检批次", "≥800批次", "≥800批次"),
    ("产出", "质量", "执法案件办结率", "100%", "100%"),
    ("产出", "时效", "投诉举报处理及时率", "100%", "100%"),
    ("效益", "社会", "重大农产品质量安全事件发生数", "0起", "0起")]),
  ("农村集体“三资”监管平台运维经费", 18.60, 18.60, 0,
   "保障全县农村集体“三资”（资金、资产、资源）数字化监管平台正常运行，开展村级财务审计，规范农村集体经济组织财务管理。",
   [("产出", "数量", "村级财务审计村数", "≥100个", "≥100个"),
    ("产出", "质量", "平台正常运行率", "≥99%", "≥99%"),
    ("产出", "成本", "平台运维费用", "≤18.6万元", "≤18.6万元"),
    ("效益", "社会", "村级财务公开率", "100%", "100%")]),
  ("编外用工人员经费", 54.72, 54.72, 0,
   "保障局机关及农业综合行政执法队编外聘用人员工资、社会保险等支出，确保各项业务工作正常开展。",
   [("产出", "数量", "编外人员数量", "≤9人", "≤9人"),
    ("产出", "质量", "编外人员聘用合规率", "合规", "100%"),
    ("产出", "时效", "工资发放及时率", "100%", "100%")]),
 ]),
 ("天台县农业技术推广中心", [
  ("粮食生产功能区提标改造项目", 150.00, 120.00, 30.00,
   "对全县粮食生产功能区实施提标改造，完善田间灌排渠系、机耕路等基础设施，稳定粮食播种面积，提升粮食综合生产能力。",
   [("产出", "数量", "粮食生产功能区提标改造面积", "≥9000亩", "≥3000亩"),
    ("产出", "数量", "新建灌排渠道长度", "≥8公里", "≥8公里"),
    ("产出", "质量", "工程质量合格率", "100%", "100%"),
    ("产出", "时效", "项目完工时间", "2026年11月底前", "2026年11月底前"),
    ("产出", "成本", "亩均改造成本", "≤5000元/亩", "≤5000元/亩"),
    ("效益", "经济", "粮食亩产提高", "≥30公斤", "≥30公斤"),
    ("效益", "社会", "粮食生产功能区非粮化整改", "动态清零", "动态清零"),
    ("满意度", "服务对象", "农户满意度", "≥90%", "≥90%")]),
  ("农作物病虫害统防统治补助经费", 46.80, 46.80, 0,
   "对水稻等主要农作物开展病虫害统防统治和绿色防控，补助专业化植保服务组织，降低化学农药使用量，保障粮食生产安全。",
   [("产出", "数量", "统防统治服务面积", "≥6万亩次", "≥6万亩次"),
    ("产出", "数量", "病虫害监测点数量", "≥15个", "≥15个"),
    ("产出", "质量", "主要病虫害防治效果", "≥85%", "≥85%"),
    ("产出", "时效", "资金拨付及时率", "≥95%", "≥95%"),
    ("效益", "生态", "化学农药使用量减少", "≥2%", "≥2%"),
    ("满意度", "服务对象", "种植户满意度", "≥90%", "≥90%")]),
  ("耕地质量监测及土壤酸化治理经费", 32.40, 32.40, 0,
   "开展耕地质量长期定位监测和土壤酸化治理，推广施用石灰质物质和商品有机肥，提升耕地地力等级。",
   [("产出", "数量", "耕地质量监测点数量", "≥25个", "≥25个"),
    ("产出", "数量", "土壤酸化治理面积", "≥5000亩", "≥5000亩"),
    ("产出", "质量", "治理区土壤pH值提升", "≥0.3个单位", "≥0.3个单位"),
    ("产出", "时效", "监测报告完成时间", "2026年12月底前", "2026年12月底前"),
    ("效益", "可持续", "耕地质量等级", "稳中有升", "稳中有升")]),
  ("天台黄茶产业提升及农业技术推广经费", 58.00, 50.00, 8.00,
   "推进天台黄茶品牌建设和标准化生产基地建设，开展茶叶、水果、高山蔬菜等主导产业新品种新技术引进示范和农技人员培训。",
   [("产出", "数量", "新品种新技术示范推广项数", "≥10项", "≥10项"),
    ("产出", "数量", "农技人员及农民培训人次", "≥1500人次", "≥1500人次"),
    ("产出", "数量", "黄茶标准化生产基地建设面积", "≥800亩", "≥800亩"),
    ("产出", "质量", "培训合格率", "≥95%", "≥95%"),
    ("效益", "经济", "天台黄茶产值", "≥3.5亿元", "≥3.5亿元"),
    ("满意度", "服务对象", "培训对象满意度", "≥90%", "≥90%")]),
 ]),
 ("天台县动物疫病预防控制中心", [
  ("重大动物疫病强制免疫经费", 72.30, 72.30, 0,
   "开展高致病性禽流感、口蹄疫、小反刍兽疫等重大动物疫病强制免疫，采购疫苗和免疫耗材，落实“先打后补”，确保不发生区域性重大动物疫情。",
   [("产出", "数量", "强制免疫畜禽数量", "≥120万羽（头）", "≥120万羽（头）"),
    ("产出", "质量", "应免畜禽免疫密度", "≥90%", "≥90%"),
    ("产出", "质量", "免疫抗体合格率", "≥70%", "≥70%"),
    ("产出", "时效", "疫苗采购及时率", "100%", "100%"),
    ("产出", "成本", "疫苗采购成本", "≤72.3万元", "≤72.3万元"),
    ("效益", "社会", "区域性重大动物疫情发生数", "0起", "0起"),
    ("满意度", "服务对象", "养殖户满意度", "≥90%", "≥90%")]),
  ("病死畜禽无害化处理补助经费", 64.00, 44.00, 20.00,
   "对全县规模养殖场和散养户病死畜禽实施统一收集、集中无害化处理，补助收集运输和处理费用，防止疫病传播和环境污染。",
   [("产出", "数量", "病死畜禽无害化处理量", "≥1.5万头", "≥1.5万头"),
    ("产出", "质量", "无害化处理率", "100%", "100%"),
    ("产出", "时效", "资金拨付及时率", "≥95%", "≥95%"),
    ("效益", "生态", "病死畜禽乱抛乱弃事件", "0起", "0起"),
    ("满意度", "服务对象", "养殖户满意度", "≥95%", "≥95%")]),
  ("动物疫病监测及实验室检测经费", 23.60, 23.60, 0,
   "开展重大动物疫病和人畜共患病监测、流行病学调查，保障兽医实验室正常运行，完成省市下达的检测任务。",
   [("产出", "数量", "血清学检测样品数", "≥12000份", "≥12000份"),
    ("产出", "数量", "流行病学调查场次", "≥30场", "≥30场"),
    ("产出", "质量", "实验室检测准确率", "≥98%", "≥98%"),
    ("产出", "时效", "检测报告出具时间", "≤7个工作日", "≤7个工作日"),
    ("效益", "可持续", "动物疫病监测预警能力", "持续提升", "持续提升")]),
 ]),
]


def f2(x):
    return "%.2f" % x


def amounts(total, fiscal, other):
    s = [f2(total), f2(fiscal)]
    if other:
        s.append(f2(other))
    return " ".join(s)


def wrap(text, width):
    """Cut text into lines of at most `width` display columns (CJK = 2, ASCII = 1)."""
    lines, cur, w = [], "", 0
    for ch in text:
        cw = 1 if ord(ch) < 128 else 2
        if w + cw > width:
            lines.append(cur); cur, w = "", 0
        cur += ch; w += cw
    if cur:
        lines.append(cur)
    return lines


HEAD = ("部门名称：%s(部门) 单位：万元\n\n"
        "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n" % DEPT)


def indicator_text(inds):
    parts = []
    for i, (a, b, name, pv, av) in enumerate(reversed(inds), 1):
        parts.append("%d、%s,%s,%s；实施周期指标值:%s,年度指标值:%s;" % (i, L1[a], L2[b], name, pv, av))
    return ",".join(parts)


def build_t1():
    out = ["项目支出绩效目标表（含转移支付项目）\n\n", HEAD]
    gt = sum(p[1] for u in UNITS for p in u[1])
    gf = sum(p[2] for u in UNITS for p in u[1])
    go = sum(p[3] for u in UNITS for p in u[1])
    out.append("合计 %s\n\n" % amounts(gt, gf, go))
    nproj = 0
    for uname, projs in UNITS:
        ut = sum(p[1] for p in projs); uf = sum(p[2] for p in projs); uo = sum(p[3] for p in projs)
        out.append("%s %s\n\n" % (uname, amounts(ut, uf, uo)))
        for name, tot, fis, oth, goal, inds in projs:
            if nproj and nproj % 4 == 0:          # page break, header repeated
                out.append("\n\n" + HEAD)
            nproj += 1
            if len(name) > 16:                    # only the longest name wraps, as in the seed
                out.append("    %s\n%s\n\n%s\n\n" % (name[:13], name[13:], amounts(tot, fis, oth)))
            else:
                out.append("    %s %s\n\n" % (name, amounts(tot, fis, oth)))
            gl = wrap(goal, 40)
            for k, line in enumerate(gl):
                out.append(line + "\n")
                if k % 3 == 2:
                    out.append("\n")
            out.append("\n")
            il = wrap(indicator_text(inds), 74)
            for k, line in enumerate(il):
                out.append(line + "\n")
                if k % 3 == 2:
                    out.append("\n")
            out.append("\n")
    with open(os.path.join(DOCS, T1_NAME), "w", encoding="utf-8") as fh:
        fh.write("".join(out))
    return gt, gf, go


# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BORDER


# ---------------------------------------------------------------- T2
BUDGET = [  # 资金类别, 年初预算数, 全年预算数, 全年执行数, 分值
    ("年度资金总额", 9856.40, 11238.65, 10672.18, 10),
    ("其中：当年财政拨款", 9356.40, 10438.25, 9985.72, None),
    ("　　　上年结转资金", None, 412.80, 318.46, None),
    ("　　　其他资金", 500.00, 387.60, 368.00, None),
    ("按支出性质：基本支出", 3126.50, 3208.74, 3195.21, None),
    ("　　　　　　项目支出", 6729.90, 8029.91, 7476.97, None),
]
KEYPROJ = [
    ("高标准农田建设项目", 1850.00, 2360.00, 2218.40, 2),
    ("粮食生产功能区提标改造项目", 420.00, 465.00, 398.75, 2),
    ("农村人居环境整治提升项目", 680.00, 720.50, 702.36, 2),
    ("乡村振兴示范带建设项目", 900.00, 1150.00, 1086.20, 2),
    ("重大动物疫病强制免疫项目", 165.00, 172.80, 169.54, 2),
]
# 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因
INDS = [
 ("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", "1.26万亩", 4, 4, ""),
 ("产出指标", "数量指标", "粮食播种面积", "≥26.5万亩", "26.82万亩", 4, 4, ""),
 ("产出指标", "数量指标", "粮食生产功能区提标改造面积", "≥3000亩", "2650亩", 3, 2.65,
  "部分地块因土地流转纠纷未按期开工，剩余350亩已纳入2026年实施计划"),
 ("产出指标", "数量指标", "农村生活垃圾分类行政村覆盖率", "100%", "100%", 3, 3, ""),
 ("产出指标", "数量指标", "病死畜禽无害化处理量", "≥1.5万头", "1.62万头", 3, 3, ""),
 ("产出指标", "数量指标", "农业技术培训人次", "≥2000人次", "2315人次", 3, 3, ""),
 ("产出指标", "质量指标", "高标准农田建设项目验收合格率", "100%", "100%", 3, 3, ""),
 ("产出指标", "质量指标", "畜禽强制免疫密度", "≥90%", "96.3%", 3, 3, ""),
 ("产出指标", "质量指标", "主要农产品质量安全抽检合格率", "≥98%", "99.2%", 3, 3, ""),
 ("产出指标", "质量指标", "耕地土壤酸化治理面积", "≥5000亩", "4300亩", 3, 2.58,
  "受梅雨期延长影响，石灰质改良剂施用窗口期缩短；下步提前备料、错峰施用"),
 ("产出指标", "时效指标", "补助资金拨付及时率", "≥95%", "92.4%", 3, 2.92,
  "部分乡镇报账资料不齐导致拨付延迟；下步推行补助资金直达农户"),
 ("产出指标", "时效指标", "重点项目完工及时率", "≥90%", "93.3%", 2, 2, ""),
 ("产出指标", "成本指标", "高标准农田亩均建设成本", "≤3000元/亩", "2860元/亩", 2, 2, ""),
 ("产出指标", "成本指标", "公用经费控制率", "≤100%", "97.6%", 1, 1, ""),
 ("效益指标", "经济效益指标", "农村常住居民人均可支配收入增长率", "≥6.5%", "6.8%", 4, 4, ""),
 ("效益指标", "经济效益指标", "集体经济经营性收入50万元以上村占比", "≥60%", "58.2%", 4, 3.88,
  "部分山区村产业基础薄弱、增收渠道单一；下步推进强村公司组团发展"),
 ("效益指标", "经济效益指标", "天台黄茶产值", "≥3.2亿元", "3.45亿元", 3, 3, ""),
 ("效益指标", "社会效益指标", "粮食总产量", "≥11.5万吨", "11.63万吨", 4, 4, ""),
 ("效益指标", "社会效益指标", "重大动物疫情发生数", "0起", "0起", 3, 3, ""),
 ("效益指标", "社会效益指标", "省级美丽乡村特色精品村创建数", "≥5个", "6个", 3, 3, ""),
 ("效益指标", "生态效益指标", "化学农药使用量减少率", "≥2%", "2.6%", 3, 3, ""),
 ("效益指标", "生态效益指标", "畜禽粪污资源化利用率", "≥92%", "93.5%", 3, 3, ""),
 ("效益指标", "可持续影响指标", "农业综合行政执法案件办结率", "100%", "100%", 3, 3, ""),
 ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "93.6%", 4, 4, ""),
 ("满意度指标", "服务对象满意度指标", "新型农业经营主体满意度", "≥90%", "88.5%", 3, 2.95,
  "部分主体反映补贴申报流程较繁琐；下步推行补贴申报“一件事”联办"),
 ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "94.1%", 3, 3, ""),
]


def pct(a, b):
    return "%.2f%%" % (a / b * 100)


def build_t2():
    wb = Workbook(); ws = wb.active; ws.title = "部门整体支出绩效自评表"
    widths = [22, 16, 30, 14, 14, 10, 10, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws.merge_cells("A1:H1"); ws["A1"] = "2025年度部门整体支出绩效自评表"
    ws["A1"].font = Font(size=16, bold=True); ws["A1"].alignment = CENTER
    ws.merge_cells("A2:E2"); ws["A2"] = "部门名称：天台县农业农村局（部门整体）"
    ws.merge_cells("F2:H2"); ws["F2"] = "单位：万元"; ws["F2"].alignment = Alignment(horizontal="right")
    # budget block: two header rows
    ws.merge_cells("A3:C4"); ws["A3"] = "年度预算执行情况（资金类别）"
    ws.merge_cells("D3:F3"); ws["D3"] = "预算执行情况"
    ws.merge_cells("G3:I3"); ws["G3"] = "评价"
    for c, t in zip("DEFGHI", ["年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"]):
        ws[c + "4"] = t
    ws.column_dimensions["I"].width = 10
    r = 5
    rows = BUDGET + KEYPROJ
    budget_score = 0.0
    for k, (name, a, b, c, s) in enumerate(rows):
        if k == len(BUDGET):
            name = "重点项目：" + name
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(r, 1, name)
        ws.cell(r, 4, a if a is not None else "—")
        ws.cell(r, 5, b); ws.cell(r, 6, c)
        ws.cell(r, 7, pct(c, b))
        if s is not None:
            sc = round(min(1.0, c / b) * s, 2)
            budget_score += sc
            ws.cell(r, 8, s); ws.cell(r, 9, sc)
        else:
            ws.cell(r, 8, "—"); ws.cell(r, 9, "—")
        for cc in range(4, 7):
            ws.cell(r, cc).number_format = "0.00"
        r += 1
    box(ws, 3, 1, r - 1, 9)
    # overall goal
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=2)
    ws.cell(r, 1, "年度总体目标")
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5); ws.cell(r, 3, "预期目标")
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=9); ws.cell(r, 6, "实际完成情况")
    ws.merge_cells(start_row=r + 1, start_column=3, end_row=r + 1, end_column=5)
    ws.cell(r + 1, 3, "新建高标准农田1.2万亩，粮食播种面积稳定在26.5万亩以上、总产量11.5万吨以上；"
                      "持续提升农村人居环境，建设乡村振兴示范带；确保不发生区域性重大动物疫情。")
    ws.merge_cells(start_row=r + 1, start_column=6, end_row=r + 1, end_column=9)
    ws.cell(r + 1, 6, "全年新建高标准农田1.26万亩，粮食播种面积26.82万亩、总产量11.63万吨；"
                      "创建省级美丽乡村特色精品村6个；全年未发生区域性重大动物疫情。")
    ws.row_dimensions[r + 1].height = 60
    box(ws, r, 1, r + 1, 9)
    r += 2
    # indicator block
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    ws.merge_cells(start_row=r, start_column=8, end_row=r, end_column=9)
    for i, h in enumerate(heads):
        ws.cell(r, i + 1, h)
    hr = r
    r += 1
    start = r
    ind_score = 0.0
    prev1 = prev2 = None; s1 = s2 = r
    for k, (a, b, c, tv, av, s, sc, why) in enumerate(INDS):
        ws.cell(r, 1, a); ws.cell(r, 2, b); ws.cell(r, 3, c); ws.cell(r, 4, tv); ws.cell(r, 5, av)
        ws.cell(r, 6, s); ws.cell(r, 7, sc)
        ws.merge_cells(start_row=r, start_column=8, end_row=r, end_column=9)
        ws.cell(r, 8, why)
        ind_score += sc
        r += 1
    # merge 一级/二级 runs (values stay only in the first cell, as published)
    def merge_runs(col):
        vals = [x[col] for x in INDS]
        i = 0
        while i < len(vals):
            j = i
            while j + 1 < len(vals) and vals[j + 1] == vals[i] and (col == 0 or INDS[j + 1][0] == INDS[i][0]):
                j += 1
            if j > i:
                ws.merge_cells(start_row=start + i, start_column=col + 1, end_row=start + j, end_column=col + 1)
            i = j + 1
    merge_runs(0); merge_runs(1)
    total_fz = 10 + sum(x[4] for x in KEYPROJ) + sum(x[5] for x in INDS)
    total = round(budget_score + ind_score, 2)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5); ws.cell(r, 1, "总分")
    ws.cell(r, 6, total_fz); ws.cell(r, 7, total)
    ws.merge_cells(start_row=r, start_column=8, end_row=r, end_column=9)
    ws.cell(r, 8, "自评等级：优")
    box(ws, hr, 1, r, 9)
    for row in ws.iter_rows(min_row=2, max_row=r):
        for cell in row:
            if cell.alignment is None or not cell.alignment.wrap_text:
                cell.alignment = CENTER if cell.column != 8 else LEFT
    ws.cell(r + 1, 1, "填报人：徐敏　　联系电话：0576-83981265　　填报日期：2026年2月10日")
    wb.save(os.path.join(DOCS, T2_NAME))
    return round(budget_score, 2), round(ind_score, 2), total, total_fz


# ---------------------------------------------------------------- T3
INC = [  # code, name, 上年执行数, 本年预算数, level(0=类 1=款 2=项)
 ("1030601", "一、利润收入", None, None, 1),
 ("103060104", "投资服务企业利润收入", 1520.36, 1680.00, 2),
 ("103060115", "建筑施工企业利润收入", 862.15, 905.00, 2),
 ("103060116", "房地产企业利润收入", 418.72, 310.00, 2),
 ("103060121", "农林牧渔企业利润收入", 95.30, 110.00, 2),
 ("103060113", "贸易企业利润收入", 182.47, 220.00, 2),
 ("103060198", "其他国有资本经营预算企业利润收入", 786.00, 900.00, 2),
 ("1030602", "二、股利、股息收入", None, None, 1),
 ("103060201", "国有控股公司股利、股息收入", 683.50, 760.00, 2),
 ("103060202", "国有参股公司股利、股息收入", 414.85, 450.00, 2),
 ("103060204", "金融企业股利、股息收入（国有参股）", 152.60, 168.00, 2),
 ("1030603", "三、产权转让收入", None, None, 1),
 ("103060301", "国有股权、股份转让收入", 1864.20, 1200.00, 2),
 ("103060302", "国有独资企业产权转让收入", 450.00, 300.00, 2),
 ("1030604", "四、清算收入", None, None, 1),
 ("103060402", "国有独资企业清算收入", 36.18, 0, 2),
 ("1030698", "五、其他国有资本经营预算收入", 128.42, 100.00, 1),
]
INC_TAIL = [("上级补助收入", 212.00, 150.00), ("上年结转收入", 326.35, 185.00)]

EXP = [
 ("22301", "解决历史遗留问题及改革成本支出", None, None, 1),
 ("2230102", "“三供一业”移交补助支出", 120.00, 80.00, 2),
 ("2230105", "国有企业退休人员社会化管理补助支出", 256.40, 260.00, 2),
 ("2230199", "其他解决历史遗留问题及改革成本支出", 88.60, 60.00, 2),
 ("22302", "国有企业资本金注入", None, None, 1),
 ("2230201", "国有经济结构调整支出", 1200.00, 800.00, 2),
 ("2230203", "前瞻性战略性产业发展支出", 650.00, 900.00, 2),
 ("2230204", "生态环境保护支出", 300.00, 350.00, 2),
 ("2230205", "支持科技进步支出", 180.00, 220.00, 2),
 ("2230208", "其他国有企业资本金注入", 1426.50, 1150.00, 2),
 ("22303", "国有企业政策性补贴", None, None, 1),
 ("2230301", "国有企业政策性补贴", 350.00, 380.00, 2),
 ("22399", "其他国有资本经营预算支出", None, None, 1),
 ("2239999", "其他国有资本经营预算支出", 175.80, 110.00, 2),
]


def fill_parents(rows):
    out = []
    for i, (code, name, a, b, lv) in enumerate(rows):
        if a is None:
            kids = []
            for code2, n2, a2, b2, lv2 in rows[i + 1:]:
                if lv2 <= lv:
                    break
                kids.append((a2, b2))
            a = round(sum(k[0] for k in kids), 2); b = round(sum(k[1] for k in kids), 2)
        out.append((code, name, a, b, lv))
    return out


def sheet_t3(wb, title, tname, rows, tail_before, tail_after, total_label):
    ws = wb.create_sheet(title)
    for c, w in zip("ABCDEF", [14, 40, 14, 14, 14, 12]):
        ws.column_dimensions[c].width = w
    ws.merge_cells("A1:F1"); ws["A1"] = tname
    ws["A1"].font = Font(size=16, bold=True); ws["A1"].alignment = CENTER
    ws.merge_cells("A2:F2"); ws["A2"] = "单位：万元"; ws["A2"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A3:A4"); ws["A3"] = "科目编码"
    ws.merge_cells("B3:B4"); ws["B3"] = "项目"
    ws.merge_cells("C3:C4"); ws["C3"] = "上年执行数"
    ws.merge_cells("D3:D4"); ws["D3"] = "本年预算数"
    ws.merge_cells("E3:F3"); ws["E3"] = "本年预算数比上年执行数"
    ws["E4"] = "增减额"; ws["F4"] = "增减%"
    r = 5

    def put(code, name, a, b, indent=0):
        nonlocal r
        ws.cell(r, 1, code); ws.cell(r, 2, "　" * indent + name)
        ws.cell(r, 3, a); ws.cell(r, 4, b)
        ws.cell(r, 5, round(b - a, 2))
        ws.cell(r, 6, ("%.1f" % ((b - a) / a * 100)) if a else "—")
        for c in (3, 4, 5):
            ws.cell(r, c).number_format = "#,##0.00"
        r += 1
    top = [x for x in rows if x[4] == 1]
    sa = round(sum(x[2] for x in top), 2); sb = round(sum(x[3] for x in top), 2)
    for code, name, a, b, lv in rows:
        put(code, name, a, b, 0 if lv == 1 else 1)
    put("", tail_before, sa, sb)
    ta, tb = sa, sb
    for name, a, b in tail_after:
        put("", name, a, b)
        ta += a; tb += b
    ta = round(ta, 2); tb = round(tb, 2)
    put("", total_label, ta, tb)
    box(ws, 3, 1, r - 1, 6)
    for row in ws.iter_rows(min_row=3, max_row=r - 1):
        for cell in row:
            cell.alignment = CENTER if cell.column != 2 else LEFT
    return (sa, sb), (ta, tb), ws, r


def build_t3():
    wb = Workbook(); wb.remove(wb.active)
    inc = fill_parents(INC)
    (ia, ib), (ita, itb), ws_i, ri = sheet_t3(wb, "收入", "天台县2026年国有资本经营预算收入表", inc,
                                          "本年收入合计", INC_TAIL, "收入总计")
    exp = fill_parents(EXP)
    sa = round(sum(x[2] for x in exp if x[4] == 1), 2); sb = round(sum(x[3] for x in exp if x[4] == 1), 2)
    # 调出资金 and 结转下年 balance the totals
    out_a = round(ita * 0.30, 2); out_b = round(itb * 0.30, 2)
    carry_a = round(ita - sa - out_a, 2); carry_b = round(itb - sb - out_b, 2)
    (ea, eb), (eta, etb), ws_e, re_ = sheet_t3(wb, "支出", "天台县2026年国有资本经营预算支出表", exp, "本年支出合计",
                                            [("国有资本经营预算调出资金", out_a, out_b),
                                             ("结转下年支出", carry_a, carry_b)], "支出总计")
    ws_e.cell(re_ + 1, 1, "注：国有资本经营预算调出资金用于补充一般公共预算，调出比例按30%执行。")
    ws_i.cell(ri + 1, 1, "注：本表“上年执行数”为2025年快报数。")
    wb.save(os.path.join(DOCS, T3_NAME))
    return dict(inc=inc, exp=exp, inc_total=(ia, ib), inc_all=(ita, itb), exp_total=(ea, eb),
                exp_all=(eta, etb), out=(out_a, out_b), carry=(carry_a, carry_b))


if __name__ == "__main__":
    print("T1", build_t1())
    print("T2", build_t2())
    info = build_t3()
    print("T3", json.dumps({k: v for k, v in info.items() if k not in ("inc", "exp")}, ensure_ascii=False))
    for x in info["inc"] + info["exp"]:
        if x[4] == 1:
            print("  ", x)
