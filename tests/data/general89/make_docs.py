"""Build the three 平阳县 documents into a fresh temporary directory; the committed documents sit beside
this script and are never written over.

T1: 平阳县医疗保障局 2026年 项目支出绩效目标表 (text, the seed's layout)
T2: 平阳县2026年 行政事业单位公用经费定额标准表 (xlsx)
T3: 平阳县2026年 部门财政拨款支出预算表（按功能分类和经济分类交叉） (xlsx)
Run: /work/main/.venv/bin/python make_docs.py
"""
import os
import tempfile
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = tempfile.mkdtemp(prefix="general89-")  # (the committed documents sit beside this script, in tests/data/general89)
T1_FILE = os.path.join(DOCS, "平阳县医疗保障局_2026年_项目支出绩效目标表.txt")
T2_FILE = os.path.join(DOCS, "平阳县_2026年_行政事业单位公用经费定额标准表.xlsx")
T3_FILE = os.path.join(DOCS, "平阳县_2026年_部门财政拨款支出预算表_功能分类和经济分类交叉.xlsx")

# ---------------------------------------------------------------- T1
L1 = {"1": "1-产出指标", "2": "2-效益指标", "3": "3-满意度指标"}
L2 = {"11": "11-数量指标", "12": "12-质量指标", "13": "13-时效指标", "14": "14-成本指标",
      "21": "21-经济效益", "22": "22-社会效益", "23": "23-生态效益", "24": "24-可持续影响",
      "31": "31-服务对象满意度"}

DEPT = "平阳县医疗保障局"
UNITS = [
    ("平阳县医疗保障局", [
        ("医疗保障信息化建设运维经费", "48.60", "48.60", None,
         "保障医保信息平台、医保电子凭证及“浙里办”医保服务模块安全稳定运行，完成系统运维、网络安全等级保护测评和数据治理工作，提升医保经办数字化水平。",
         [("11", "系统运维服务覆盖模块数", "≥12个", "≥12个"),
          ("12", "系统正常运行率", "≥99%", "≥99%"),
          ("13", "故障响应时间", "≤2小时", "≤2小时"),
          ("14", "信息化运维费用", "≤48.6万元", "≤48.6万元"),
          ("22", "医保业务网上可办率", "≥95%", "≥95%"),
          ("31", "服务对象满意度", "≥90%", "≥90%")]),
        ("医保政策宣传及业务培训经费", "12.50", "12.50", None,
         "通过线上线下多渠道开展医保政策宣传，组织定点医药机构和镇村经办人员业务培训，提高群众医保政策知晓率。",
         [("11", "开展宣传活动场次", "≥20场", "≥20场"),
          ("11", "组织业务培训人次", "≥600人次", "≥600人次"),
          ("12", "培训考核合格率", "≥95%", "≥95%"),
          ("13", "宣传活动完成及时率", "100%", "100%"),
          ("22", "医保政策群众知晓率", "≥85%", "≥85%"),
          ("31", "服务对象满意度", "≥90%", "≥90%")]),
        ("城乡居民医疗救助资金", "856.00", "806.00", "50.00",
         "对特困人员、低保对象、低保边缘对象等困难群众参保给予资助，对其政策范围内自付医疗费用按规定给予救助，防止因病致贫返贫。",
         [("11", "资助参保人数", "≥1.8万人", "≥1.8万人"),
          ("12", "困难群众参保率", "100%", "100%"),
          ("13", "救助资金拨付及时率", "≥98%", "≥98%"),
          ("14", "年度救助资金总额", "≤856万元", "≤856万元"),
          ("22", "因病致贫返贫发生率", "0", "0"),
          ("24", "医疗救助制度长效运行", "长期", "持续有效"),
          ("31", "救助对象满意度", "≥92%", "≥92%")]),
        ("定点医药机构协议管理及考核经费", "18.30", "18.30", None,
         "开展全县定点医药机构协议签订、年度考核和现场核查，规范定点医药机构服务行为。",
         [("11", "年度考核定点医药机构数量", "≥420家", "≥420家"),
          ("12", "协议签订覆盖率", "100%", "100%"),
          ("13", "年度考核完成时间", "2026年12月底前", "2026年12月底前"),
          ("22", "定点机构违规行为整改率", "100%", "100%"),
          ("31", "定点医药机构满意度", "≥88%", "≥88%")]),
        ("局机关编外人员经费", "36.48", "36.48", None,
         "保障局机关编外用工人员工资及社会保险等待遇按时发放，稳定医保经办服务队伍，提升服务效能。",
         [("12", "编外人员聘用合规率", "合规", "100%"),
          ("12", "编外人员业绩量化考核完成率", "年度考核称职以上", "100%"),
          ("13", "编外人员工资支付及时性", "按月发放", "100%"),
          ("22", "公共服务能力", "提升医保服务水平", "100%")]),
    ]),
    ("平阳县医疗保障管理服务中心", [
        ("县镇村三级医保经办服务网点（医保服务站）日常运行经费", "26.80", "26.80", None,
         "保障县医保服务大厅及16个乡镇（街道）医保服务站正常运转，推进医保服务“15分钟服务圈”建设，实现医保高频事项就近可办。",
         [("11", "医保服务站覆盖乡镇（街道）数", "16个", "16个"),
          ("12", "窗口业务一次办结率", "≥98%", "≥98%"),
          ("13", "业务办理按时办结率", "100%", "100%"),
          ("14", "日常运行经费", "≤26.8万元", "≤26.8万元"),
          ("22", "医保服务“15分钟服务圈”覆盖率", "≥95%", "≥95%"),
          ("31", "服务对象满意度", "≥95%", "≥95%")]),
        ("异地就医直接结算服务经费", "15.20", "15.20", None,
         "做好异地就医备案、跨省及省内异地就医直接结算和费用清算工作，减少参保群众垫资和跑腿。",
         [("11", "异地就医备案办理人次", "≥3.5万人次", "≥3.5万人次"),
          ("12", "异地就医直接结算率", "≥90%", "≥90%"),
          ("13", "跨省异地就医费用清算及时率", "100%", "100%"),
          ("22", "参保群众垫资跑腿减少", "有效减少", "有效减少"),
          ("31", "服务对象满意度", "≥90%", "≥90%")]),
        ("长期护理保险经办服务经费", "64.00", "40.00", "24.00",
         "委托第三方机构开展长期护理保险失能等级评估、护理服务监管和费用结算，减轻失能人员家庭照护负担。",
         [("11", "失能等级评估人数", "≥800人", "≥800人"),
          ("12", "失能评估结论复核率", "≥10%", "≥10%"),
          ("13", "护理服务费用结算及时率", "100%", "100%"),
          ("14", "委托第三方经办服务费用", "≤64万元", "≤64万元"),
          ("22", "失能人员家庭照护负担", "有效减轻", "有效减轻"),
          ("24", "长期护理保险制度可持续运行", "持续", "持续"),
          ("31", "失能人员及家属满意度", "≥90%", "≥90%")]),
        ("医保管理服务中心编外人员经费", "29.76", "29.76", None,
         "保障中心编外经办人员工资及社保待遇按时足额发放，满足窗口经办服务人员需求。",
         [("12", "编外人员聘用合规率", "合规", "100%"),
          ("12", "编外人员业绩量化考核完成率", "年度考核称职以上", "100%"),
          ("13", "编外人员工资支付及时性", "按月发放", "100%")]),
    ]),
    ("平阳县医疗保障基金监管服务中心", [
        ("医保基金监管专项经费", "35.00", "35.00", None,
         "开展定点医药机构日常巡查、专项检查，配合做好飞行检查，运用智能监控系统筛查疑点数据，守好群众“看病钱”“救命钱”。",
         [("11", "定点医药机构现场检查覆盖率", "100%", "100%"),
          ("11", "智能监控疑点数据核查条数", "≥5000条", "≥5000条"),
          ("12", "追回违规医保基金", "据实追回", "据实追回"),
          ("13", "疑点数据核查办结时限", "30个工作日内", "30个工作日内"),
          ("22", "欺诈骗保行为查处率", "100%", "100%"),
          ("31", "服务对象满意度", "≥90%", "≥90%")]),
        ("第三方机构参与医保基金监管服务经费", "42.00", "30.00", "12.00",
         "通过政府购买服务方式引入第三方专业机构，对定点医药机构医保结算病历开展审核，提升基金监管专业化水平。",
         [("11", "第三方专业机构审核病历份数", "≥6000份", "≥6000份"),
          ("12", "审核报告质量合格率", "100%", "100%"),
          ("13", "审核工作完成及时率", "100%", "100%"),
          ("14", "第三方服务费用", "≤42万元", "≤42万元"),
          ("22", "医保基金安全运行", "基金运行平稳安全", "基金运行平稳安全"),
          ("31", "定点医药机构满意度", "≥85%", "≥85%")]),
        ("打击欺诈骗保举报奖励资金", "5.00", "5.00", None,
         "落实欺诈骗取医疗保障基金行为举报奖励制度，对查实的举报线索按规定给予奖励，鼓励社会各界参与医保基金监督。",
         [("11", "举报线索核查数", "≥30条", "≥30条"),
          ("12", "举报奖励兑现率", "100%", "100%"),
          ("13", "奖励资金发放及时率", "100%", "100%"),
          ("22", "社会监督氛围", "有效提升", "有效提升")]),
    ]),
]


def fmt(x):
    return f"{x:.2f}"


def unit_totals(projects):
    tot = sum(D(p[1]) for p in projects)
    fin = sum(D(p[2]) for p in projects)
    oth = sum(D(p[3]) for p in projects if p[3])
    return tot, fin, oth


def wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def indicator_text(inds):
    parts = []
    for i, (l2, name, pv, av) in enumerate(inds, 1):
        parts.append(f"{i}、{L1[l2[0]]},{L2[l2]},{name}；实施周期指标值:{pv},年度指标值:{av};")
    return ",".join(parts)


def amounts(tot, fin, oth):
    s = f"{tot} {fin}"
    if oth:
        s += f" {oth}"
    return s


def write_t1():
    head = [f"部门名称：{DEPT}(部门) 单位：万元", "",
            "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", ""]
    out = ["项目支出绩效目标表（含转移支付项目）", ""] + head
    all_p = [p for _, ps in UNITS for p in ps]
    T, F, O = unit_totals(all_p)
    out += [f"合计 {amounts(fmt(T), fmt(F), fmt(O) if O else None)}", ""]
    count = 0
    for uname, projects in UNITS:
        t, f, o = unit_totals(projects)
        out += [f"{uname} {amounts(fmt(t), fmt(f), fmt(o) if o else None)}", ""]
        for name, tot, fin, oth, goal, inds in projects:
            if count and count % 3 == 0:
                out += ["", ""] + head
            count += 1
            if len(name) > 20:
                out += ["    " + name[:14], name[14:], "", amounts(tot, fin, oth), ""]
            else:
                out += [f"    {name} {amounts(tot, fin, oth)}", ""]
            out += wrap(goal, 20) + [""]
            lines = wrap(indicator_text(inds), 38)
            for i, ln in enumerate(lines):
                out.append(ln)
                if i % 6 == 5:
                    out.append("")
            out.append("")
    with open(T1_FILE, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- T2
T2_COLS = ["办公费", "印刷费", "水电费", "邮电费", "差旅费", "维修费", "公务接待费", "工会经费", "福利费"]
# (单位类别, [(档次/人数区间, [9 values])])
T2_ROWS = [
    ("行政单位", [
        ("10人及以下", [2200, 500, 1600, 800, 3200, 700, 600, 1500, 1400]),
        ("11—20人", [2000, 450, 1500, 700, 3000, 650, 550, 1500, 1400]),
        ("21—40人", [1800, 400, 1400, 650, 2800, 600, 500, 1500, 1400]),
        ("41—80人", [1650, 380, 1300, 600, 2600, 550, 450, 1500, 1400]),
        ("81人及以上", [1500, 350, 1200, 550, 2400, 500, 400, 1500, 1400]),
    ]),
    ("参照公务员法管理事业单位", [
        ("10人及以下", [2100, 480, 1550, 760, 3000, 680, 500, 1500, 1400]),
        ("11—20人", [1900, 430, 1450, 680, 2800, 620, 450, 1500, 1400]),
        ("21—40人", [1720, 390, 1350, 620, 2600, 580, 400, 1500, 1400]),
        ("41人及以上", [1560, 360, 1250, 570, 2400, 530, 350, 1500, 1400]),
    ]),
    ("全额拨款事业单位", [
        ("10人及以下", [1800, 420, 1500, 700, 2500, 620, 300, 1400, 1300]),
        ("11—20人", [1650, 390, 1400, 640, 2300, 580, 280, 1400, 1300]),
        ("21—50人", [1500, 360, 1300, 600, 2100, 540, 250, 1400, 1300]),
        ("51—100人", [1380, 330, 1200, 560, 1900, 500, 220, 1400, 1300]),
        ("101人及以上", [1260, 300, 1100, 520, 1700, 460, 200, 1400, 1300]),
    ]),
    ("差额拨款事业单位", [
        ("20人及以下", [1200, 300, 1000, 500, 1600, 420, 150, 1200, 1100]),
        ("21—50人", [1100, 280, 950, 460, 1450, 390, 130, 1200, 1100]),
        ("51人及以上", [1000, 260, 900, 420, 1300, 360, 110, 1200, 1100]),
    ]),
    ("乡镇（街道）机关", [
        ("一类（人口10万以上）", [2300, 520, 1800, 850, 3400, 800, 700, 1500, 1400]),
        ("二类（人口5万—10万）", [2150, 480, 1700, 780, 3200, 750, 600, 1500, 1400]),
        ("三类（人口5万以下）", [2000, 440, 1600, 720, 3000, 700, 500, 1500, 1400]),
    ]),
    ("中小学校（含幼儿园）", [
        ("高中（按教职工）", [1600, 600, 1900, 480, 1500, 900, 100, 1400, 1300]),
        ("初中（按教职工）", [1450, 560, 1750, 450, 1350, 850, 100, 1400, 1300]),
        ("小学（按教职工）", [1300, 520, 1600, 420, 1200, 800, 100, 1400, 1300]),
        ("幼儿园（按教职工）", [1200, 480, 1500, 400, 1100, 750, 80, 1400, 1300]),
    ]),
    ("离退休人员", [
        ("离休人员", [800, 0, 300, 200, 600, 0, 0, 300, 1600]),
        ("退休人员（行政）", [300, 0, 150, 100, 200, 0, 0, 300, 1000]),
        ("退休人员（事业）", [250, 0, 120, 80, 150, 0, 0, 300, 900]),
    ]),
]
T2_NOTES = [
    "说明：1.本表定额标准按单位实有在编在职人数（离退休人员按实有人数）核定，单位：元/人·年。",
    "2.公用经费定额不含公务用车运行维护费、物业管理费和专项业务费，上述费用按规定另行核定。",
    "3.工会经费按在职人员工资总额2%的标准计提部分不在本表定额内重复安排，本表工会经费为补助性定额。",
    "4.差额拨款事业单位按定额标准的60%由财政安排，其余由单位自有资金解决。",
    "5.人数区间以上年末实有人数为准，跨区间的单位按所在区间标准执行，不实行累进计算。",
]


def t2_flat():
    rows = []
    for cat, tiers in T2_ROWS:
        for tier, vals in tiers:
            rows.append((cat, tier, vals, sum(vals)))
    return rows


def write_t2():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, Border, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "公用经费定额标准"
    ncol = 3 + len(T2_COLS) + 1
    ws.cell(1, 1, "平阳县2026年行政事业单位公用经费定额标准表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1).font = Font(size=16, bold=True)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.cell(2, ncol, "单位：元/人·年")
    ws.cell(3, 1, "序号"); ws.merge_cells("A3:A4")
    ws.cell(3, 2, "单位类别"); ws.merge_cells("B3:B4")
    ws.cell(3, 3, "档次（人数区间）"); ws.merge_cells("C3:C4")
    ws.cell(3, 4, "定额标准（元/人·年）")
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=ncol)
    for j, c in enumerate(T2_COLS + ["合计"]):
        ws.cell(4, 4 + j, c)
    thin = Side(style="thin")
    r = 5
    n = 0
    for cat, tiers in T2_ROWS:
        start = r
        for tier, vals in tiers:
            n += 1
            ws.cell(r, 1, n)
            ws.cell(r, 2, cat)
            ws.cell(r, 3, tier)
            for j, v in enumerate(vals):
                if v:
                    ws.cell(r, 4 + j, v)
                else:
                    ws.cell(r, 4 + j, "—")
            ws.cell(r, 4 + len(vals), sum(vals))
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    last = r - 1
    for rr in range(3, last + 1):
        for cc in range(1, ncol + 1):
            ws.cell(rr, cc).border = Border(left=thin, right=thin, top=thin, bottom=thin)
            ws.cell(rr, cc).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 0
    for note in T2_NOTES:
        ws.cell(r, 1, note)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 22
    wb.save(T2_FILE)


# ---------------------------------------------------------------- T3
# economic columns: basic (工资福利, 商品和服务, 对个人和家庭的补助), project (商品和服务, 资本性, 对个人和家庭的补助)
T3_NAMES = {
    "208": "社会保障和就业支出", "20802": "民政管理事务", "2080201": "行政运行",
    "2080208": "基层政权建设和社区治理", "20805": "行政事业单位养老支出",
    "2080505": "机关事业单位基本养老保险缴费支出", "20808": "抚恤", "2080801": "死亡抚恤",
    "2080802": "伤残抚恤", "20810": "社会福利", "2081002": "老年福利", "2081004": "殡葬",
    "20819": "最低生活保障", "2081902": "农村最低生活保障金", "20828": "退役军人管理事务",
    "2082801": "行政运行", "2082804": "拥军优属", "2082850": "事业运行",
    "210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗",
    "21013": "医疗救助", "2101301": "城乡医疗救助", "21015": "医疗保障管理事务",
    "2101501": "行政运行", "2101504": "信息化建设", "2101550": "事业运行",
    "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金",
}
Z = None
T3_DEPTS = [
    ("平阳县医疗保障局", [
        ("2080505", ["52.36", Z, Z, Z, Z, Z]),
        ("2101101", ["31.07", Z, Z, Z, Z, Z]),
        ("2101301", [Z, Z, Z, Z, Z, "806.00"]),
        ("2101501", ["286.74", "38.52", "2.16", "36.48", Z, Z]),
        ("2101504", [Z, Z, Z, "38.60", "10.00", Z]),
        ("2101550", ["215.30", "24.60", Z, "29.76", Z, Z]),
        ("2210201", ["45.27", Z, Z, Z, Z, Z]),
    ]),
    ("平阳县民政局", [
        ("2080201", ["345.18", "46.20", "3.05", "28.00", Z, Z]),
        ("2080208", [Z, Z, Z, "120.00", Z, Z]),
        ("2080505", ["61.44", Z, Z, Z, Z, Z]),
        ("2081002", [Z, Z, Z, "185.00", "260.00", "1320.50"]),
        ("2081004", [Z, Z, Z, "96.40", Z, Z]),
        ("2081902", [Z, Z, Z, Z, Z, "4862.00"]),
        ("2210201", ["52.80", Z, Z, Z, Z, Z]),
    ]),
    ("平阳县退役军人事务局", [
        ("2080505", ["34.20", Z, Z, Z, Z, Z]),
        ("2080801", [Z, Z, Z, Z, Z, "48.60"]),
        ("2080802", [Z, Z, Z, Z, Z, "512.30"]),
        ("2082801", ["198.62", "22.40", "1.20", Z, Z, Z]),
        ("2082804", [Z, Z, Z, "68.00", Z, "35.00"]),
        ("2082850", ["96.35", "12.10", Z, "45.00", Z, Z]),
        ("2210201", ["30.15", Z, Z, Z, Z, Z]),
    ]),
]
T3_HEAD2 = ["合计", "小计", "工资福利支出", "商品和服务支出", "对个人和家庭的补助",
            "小计", "商品和服务支出", "资本性支出", "对个人和家庭的补助"]


def _row(vals):
    """6 economic values -> 9 columns: 合计, 基本小计, 3 basic, 项目小计, 3 project."""
    v = [D(x) if x else D(0) for x in vals]
    b = v[0] + v[1] + v[2]
    p = v[3] + v[4] + v[5]
    return [b + p, b, v[0], v[1], v[2], p, v[3], v[4], v[5]]


def t3_rows():
    """List of (kind, code, name, dept, [9 Decimals]); kind in total/dept/类/款/项/subtotal."""
    out = []
    grand = [D(0)] * 9
    for dept, items in T3_DEPTS:
        body = []
        sub = [D(0)] * 9
        items = sorted(items)
        leis = sorted({c[:3] for c, _ in items})
        for lei in leis:
            lrows = [(c, v) for c, v in items if c.startswith(lei)]
            lsum = [D(0)] * 9
            krows = []
            for kuan in sorted({c[:5] for c, _ in lrows}):
                ksum = [D(0)] * 9
                xs = []
                for c, v in lrows:
                    if c.startswith(kuan):
                        r = _row(v)
                        xs.append(("项", c, T3_NAMES[c], dept, r))
                        ksum = [a + b for a, b in zip(ksum, r)]
                krows.append(("款", kuan, T3_NAMES[kuan], dept, ksum))
                krows += xs
                lsum = [a + b for a, b in zip(lsum, ksum)]
            body.append(("类", lei, T3_NAMES[lei], dept, lsum))
            body += krows
            sub = [a + b for a, b in zip(sub, lsum)]
        out.append(("dept", "", dept, dept, None))
        out += body
        out.append(("subtotal", "", "小计", dept, sub))
        grand = [a + b for a, b in zip(grand, sub)]
    return [("total", "", "合计", "", grand)] + out


def write_t3():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, Border, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "财政拨款支出预算(功能×经济)"
    ncol = 11
    ws.cell(1, 1, "平阳县2026年部门财政拨款支出预算表（按功能分类和经济分类交叉）")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1).font = Font(size=15, bold=True)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.cell(2, 1, "编制单位：平阳县财政局")
    ws.cell(2, ncol, "单位：万元")
    ws.cell(3, 1, "科目编码"); ws.merge_cells("A3:A4")
    ws.cell(3, 2, "科目名称"); ws.merge_cells("B3:B4")
    ws.cell(3, 3, "合计"); ws.merge_cells("C3:C4")
    ws.cell(3, 4, "基本支出"); ws.merge_cells("D3:G3")
    ws.cell(3, 8, "项目支出"); ws.merge_cells("H3:K3")
    for j, h in enumerate(T3_HEAD2[1:]):
        ws.cell(4, 4 + j, h)
    thin = Side(style="thin")
    r = 5
    for kind, code, name, dept, vals in t3_rows():
        ws.cell(r, 1, code if code else None)
        label = name
        if kind == "款":
            label = "  " + name
        elif kind == "项":
            label = "    " + name
        ws.cell(r, 2, label)
        if kind == "dept":
            ws.cell(r, 1, "部门：" + name)
            ws.cell(r, 2, None)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.cell(r, 1).font = Font(bold=True)
        else:
            for j, v in enumerate(vals):
                if v:
                    c = ws.cell(r, 3 + j, float(v))
                    c.number_format = "0.00"
            if kind in ("total", "subtotal"):
                ws.cell(r, 2).font = Font(bold=True)
        r += 1
    for rr in range(3, r):
        for cc in range(1, ncol + 1):
            ws.cell(rr, cc).border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.cell(r, 1, "注：本表反映2026年各部门一般公共预算财政拨款支出按功能分类科目和经济分类科目交叉情况；空白表示无预算安排。")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 34
    for col in "CDEFGHIJK":
        ws.column_dimensions[col].width = 13
    wb.save(T3_FILE)


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    write_t1()
    write_t2()
    write_t3()
    print("written:", T1_FILE, T2_FILE, T3_FILE, sep="\n  ")
