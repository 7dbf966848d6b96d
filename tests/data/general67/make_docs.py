# -*- coding: utf-8 -*-
"""Make the three 东阳市 documents in docs/ (T1 text in the seed's layout, T2/T3 xlsx)."""
import sys
import tempfile
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
# writes to the folder given (default: a scratch folder), never over the committed documents
DOCS = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="general67_")
os.makedirs(DOCS, exist_ok=True)

T1 = os.path.join(DOCS, "东阳市卫生健康局_2026年_项目支出绩效目标表.txt")
T2 = os.path.join(DOCS, "东阳市卫生健康局_2026年_部门收入预算表.xlsx")
T3 = os.path.join(DOCS, "东阳市_2026年_政府性基金预算支出表.xlsx")

# ---------------------------------------------------------------- T1
# (unit, name, total, fiscal, other, goal, indicators[(l1, l2, name, period, annual)])
S = ("3-满意度指标", "31-服务对象满意度")
Q = ("1-产出指标", "11-数量指标")
ZL = ("1-产出指标", "12-质量指标")
SX = ("1-产出指标", "13-时效指标")
CB = ("1-产出指标", "14-成本指标")
JJ = ("2-效益指标", "21-经济效益")
SH = ("2-效益指标", "22-社会效益")
KC = ("2-效益指标", "24-可持续影响")

U1 = "东阳市卫生健康局"
U2 = "东阳市疾病预防控制中心"
U3 = "东阳市卫生监督所"

PROJECTS = [
    (U1, "基本公共卫生服务项目补助经费", 1268.50, 1268.50, 0,
     "按照国家基本公共卫生服务规范，为全市常住居民免费提供居民健康档案管理、老年人健康管理、高血压和糖尿病患者健康管理等服务，人均基本公共卫生服务经费补助标准不低于94元，提高居民健康水平。",
     [(*Q, "65岁及以上老年人健康管理人数", "≥9.2万人", "≥9.2万人"),
      (*Q, "高血压患者规范管理人数", "≥6.8万人", "≥6.8万人"),
      (*ZL, "居民电子健康档案建档率", "≥90%", "≥90%"),
      (*SX, "资金拨付及时率", "100%", "按季度拨付到位"),
      (*CB, "人均基本公共卫生服务经费补助标准", "≥94元", "≥94元"),
      (*SH, "城乡居民健康素养水平", "逐年提升", "≥40%"),
      (*S, "群众满意度", "≥90%", "≥90%")]),
    (U1, "家庭医生签约服务经费", 356.00, 356.00, 0,
     "推进家庭医生签约服务扩面提质，重点人群签约服务覆盖率稳步提高，落实签约服务费分配，为签约居民提供连续、综合的健康管理服务。",
     [(*Q, "重点人群签约人数", "≥15万人", "≥15万人"),
      (*ZL, "重点人群签约服务覆盖率", "≥80%", "≥80%"),
      (*SX, "资金拨付及时率", "100%", "100%"),
      (*KC, "签约居民续约率", "≥85%", "≥85%"),
      (*S, "群众满意度", "≥92%", "≥92%")]),
    (U1, "医疗卫生人才引进与培养专项经费", 420.00, 380.00, 40.00,
     "围绕医学高峰建设，引进高层次医疗卫生人才，开展住院医师规范化培训和基层卫技人员进修培养，补齐我市卫生人才短板。",
     [(*Q, "引进高层次医疗卫生人才数", "≥20名", "≥20名"),
      (*Q, "住院医师规范化培训人数", "≥120人", "≥120人"),
      (*ZL, "住培结业考核通过率", "≥90%", "≥95%"),
      (*CB, "人才安家补助标准", "按东阳市人才新政执行", "≤50万元/人"),
      (*KC, "基层卫技人员学历提升人数", "逐年增加", "≥60人"),
      (*S, "引进人才满意度", "≥90%", "≥90%")]),
    (U1, "卫生健康信息化建设运维经费", 215.60, 215.60, 0,
     "保障全民健康信息平台、区域影像和心电诊断中心等系统稳定运行，推进“浙里健康e生”数字化应用在东阳落地，实现检查检验结果互认共享。",
     [(*Q, "运维信息系统数量", "≥12个", "≥12个"),
      (*ZL, "系统正常运行率", "≥99%", "≥99%"),
      (*ZL, "政府采购率", "100%", "100%"),
      (*SX, "故障响应时间", "≤2小时", "≤2小时"),
      (*SH, "检查检验结果互认项目数", "持续增加", "≥200项")]),
    (U1, "计划生育特殊家庭扶助经费", 188.32, 188.32, 0,
     "落实计划生育特别扶助和奖励扶助政策，按时足额发放扶助金，做好计生特殊家庭“双岗联系人”帮扶，保障计生家庭合法权益。",
     [(*Q, "特别扶助对象人数", "≥1050人", "≥1050人"),
      (*ZL, "扶助金发放准确率", "100%", "100%"),
      (*SX, "资金拨付及时率", "100%", "按月足额发放"),
      (*SH, "计生特殊家庭生活保障水平", "有所提高", "有所提高"),
      (*S, "扶助对象满意度", "≥95%", "≥95%")]),
    (U2, "免疫规划疫苗接种及冷链运维经费", 302.40, 262.40, 40.00,
     "做好国家免疫规划疫苗常规接种和查漏补种，保障全市预防接种门诊冷链设备正常运转，适龄儿童免疫规划疫苗接种率保持在较高水平。",
     [(*Q, "预防接种门诊冷链设备维护数量", "≥45家", "≥45家"),
      (*ZL, "适龄儿童免疫规划疫苗接种率", "≥95%", "≥95%"),
      (*ZL, "冷链温度监测达标率", "100%", "100%"),
      (*SX, "疫苗出入库及时率", "100%", "100%"),
      (*SH, "免疫规划针对传染病发病水平", "控制在较低水平", "无本地麻疹暴发"),
      (*S, "受种者家长满意度", "≥90%", "≥90%")]),
    (U2, "重大传染病防控专项经费", 176.80, 176.80, 0,
     "开展艾滋病、结核病、病毒性肝炎等重大传染病监测、筛查与随访管理，及时处置突发公共卫生事件，降低重大传染病发病率。",
     [(*Q, "艾滋病筛查人次", "≥12万人次", "≥12万人次"),
      (*Q, "肺结核患者规范管理人数", "≥300人", "≥300人"),
      (*ZL, "传染病报告及时率", "≥99%", "≥99%"),
      (*SX, "突发公共卫生事件处置及时率", "100%", "100%"),
      (*SH, "甲乙类传染病报告发病率", "低于全省平均水平", "低于全省平均水平"),
      (*KC, "重大传染病防控能力", "持续提升", "持续提升"),
      (*S, "群众满意度", "≥90%", "≥90%")]),
    (U2, "病媒生物监测与爱国卫生运动经费", 64.50, 64.50, 0,
     "开展鼠、蚊、蝇、蟑螂等病媒生物密度监测和季节性灭杀，组织爱国卫生月活动，巩固国家卫生城市创建成果。",
     [(*Q, "病媒生物监测点数量", "≥36个", "≥36个"),
      (*ZL, "病媒生物密度控制水平", "达到C级标准", "达到C级标准"),
      (*SX, "监测报告按时上报率", "100%", "100%"),
      (*SH, "国家卫生城市成果巩固", "通过复审", "通过复审")]),
    (U2, "实验室检测设备购置经费", 138.00, 138.00, 0,
     "购置全自动核酸提取仪、液相色谱-质谱联用仪等实验室检测设备，提升疾控中心食品、水质和病原微生物检测能力。",
     [(*Q, "购置检测设备数量", "年度计划数", "3台（套）"),
      (*ZL, "政府采购率", "100%", "100%"),
      (*SX, "购置计划执行率", "100%", "100%"),
      (*CB, "设备购置成本", "≤138万元", "≤138万元"),
      (*KC, "检测项目扩项数", "≥30项", "≥30项")]),
    (U3, "卫生监督执法专项经费", 58.60, 58.60, 0,
     "开展医疗机构、学校卫生、职业卫生和放射卫生等监督检查，严厉打击非法行医，维护群众健康权益。",
     [(*Q, "双随机监督检查任务完成数", "≥420户次", "≥420户次"),
      (*ZL, "双随机抽查任务完成率", "100%", "100%"),
      (*SX, "投诉举报处理及时率", "100%", "100%"),
      (*SH, "非法行医案件查处率", "100%", "100%"),
      (*S, "群众满意度", "≥88%", "≥88%")]),
    (U3, "公共场所及生活饮用水卫生监测经费", 36.75, 36.75, 0,
     "对全市宾馆、游泳场所、沐浴场所等公共场所和城乡集中式供水单位开展卫生监督抽检，保障公共场所和饮用水卫生安全。",
     [(*Q, "公共场所抽检户数", "≥260户", "≥260户"),
      (*Q, "饮用水水质监测点数", "≥80个", "≥80个"),
      (*ZL, "水质检测合格率", "≥95%", "≥95%"),
      (*SX, "监测报告按时上报率", "100%", "100%"),
      (*SH, "公共场所卫生安全事件", "不发生", "0起"),
      (*S, "经营单位满意度", "≥85%", "≥85%")]),
    (U3, "卫生监督协管员补助经费", 45.20, 45.20, 0,
     "落实镇乡（街道）卫生监督协管员补助，协助开展卫生监督信息报告、巡查和宣传，织密基层卫生监督网络。",
     [(*Q, "卫生监督协管员人数", "36人", "36人"),
      (*ZL, "协管巡查信息报告率", "≥95%", "≥95%"),
      (*CB, "协管员补助标准", "≤1.2万元/人·年", "≤1.2万元/人·年")]),
]


def fmt(x):
    return "%.2f" % x


def wrap(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)]


def indicator_text(inds):
    parts = []
    for i, (l1, l2, name, pv, av) in enumerate(inds, 1):
        parts.append("%d、%s,%s,%s；实施周期指标值:%s,年度指标值:%s;" % (i, l1, l2, name, pv, av))
    return ",".join(parts)


def unit_totals(unit):
    ps = [p for p in PROJECTS if p[0] == unit]
    return (round(sum(p[2] for p in ps), 2), round(sum(p[3] for p in ps), 2), round(sum(p[4] for p in ps), 2))


def amounts(total, fiscal, other):
    s = "%s %s" % (fmt(total), fmt(fiscal))
    if other:
        s += " %s" % fmt(other)
    return s


def make_t1():
    head = ["部门名称：东阳市卫生健康局(部门) 单位：万元", "",
            "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", ""]
    out = ["", "项目支出绩效目标表（含转移支付项目）", ""] + head
    tot = (round(sum(p[2] for p in PROJECTS), 2), round(sum(p[3] for p in PROJECTS), 2),
           round(sum(p[4] for p in PROJECTS), 2))
    out += ["合计 " + amounts(*tot), ""]
    cur = None
    n_on_page = 0
    for p in PROJECTS:
        unit, name, total, fiscal, other, goal, inds = p
        if n_on_page == 4:
            out += ["", "", ""] + head
            n_on_page = 0
        if unit != cur:
            out += ["%s %s" % (unit, amounts(*unit_totals(unit))), ""]
            cur = unit
        if len(name) > 14:
            out += ["    " + name[:13], name[13:], "", amounts(total, fiscal, other), ""]
        else:
            out += ["    %s %s" % (name, amounts(total, fiscal, other)), ""]
        gl = wrap(goal, 20)
        for i, l in enumerate(gl):
            out.append(l)
            if i % 5 == 4:
                out.append("")
        out.append("")
        il = wrap(indicator_text(inds), 38)
        for i, l in enumerate(il):
            out.append(l)
            if i % 4 == 3:
                out.append("")
        out.append("")
        n_on_page += 1
    with open(T1, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- T2
# 部门收入预算表: (code, name, 一般公共预算拨款, 政府性基金拨款, 财政专户管理资金, 单位资金, 上年结转)
T2_GROUPS = [
    ("一、行政单位", [
        ("418001", "东阳市卫生健康局（本级）", 3056.42, 180.00, 0, 12.50, 86.30),
    ]),
    ("二、专业公共卫生机构", [
        ("418002", "东阳市疾病预防控制中心", 2874.15, 80.00, 0, 356.20, 42.60),
        ("418003", "东阳市卫生监督所", 1032.48, 0, 0, 8.40, 0),
        ("418004", "东阳市妇幼保健院", 1865.30, 0, 1250.00, 16820.45, 120.00),
        ("418005", "东阳市急救中心", 1420.66, 0, 0, 310.50, 0),
        ("418006", "东阳市中心血站", 688.90, 0, 0, 1245.30, 35.20),
    ]),
    ("三、公立医院", [
        ("418007", "东阳市人民医院", 8650.00, 3600.00, 4200.00, 186540.80, 1560.00),
        ("418008", "东阳市中医院", 4320.75, 0, 2350.00, 78650.20, 640.00),
        ("418009", "东阳市第二人民医院", 2968.40, 0, 1180.00, 42310.66, 0),
        ("418010", "东阳市精神卫生中心", 1580.24, 0, 0, 9865.30, 210.50),
    ]),
    ("四、基层医疗卫生机构", [
        ("418011", "东阳市吴宁街道社区卫生服务中心", 986.35, 0, 320.00, 5630.20, 0),
        ("418012", "东阳市江北街道社区卫生服务中心", 842.60, 0, 260.00, 4875.40, 0),
        ("418013", "东阳市白云街道社区卫生服务中心", 765.18, 0, 210.00, 3920.75, 18.40),
        ("418014", "东阳市横店镇中心卫生院", 1246.90, 0, 480.00, 9350.60, 56.00),
        ("418015", "东阳市巍山镇中心卫生院", 1108.45, 0, 390.00, 7215.30, 0),
        ("418016", "东阳市南马镇中心卫生院", 956.72, 0, 300.00, 5986.10, 24.80),
        ("418017", "东阳市歌山镇卫生院", 612.30, 0, 150.00, 2410.55, 0),
        ("418018", "东阳市千祥镇卫生院", 548.66, 0, 120.00, 1985.40, 0),
        ("418019", "东阳市虎鹿镇卫生院", 520.14, 0, 110.00, 2136.80, 12.00),
        ("418020", "东阳市湖溪镇卫生院", 498.75, 0, 105.00, 1768.25, 0),
        ("418021", "东阳市马宅镇卫生院", 402.38, 0, 90.00, 1320.60, 0),
        ("418022", "东阳市画水镇卫生院", 536.92, 0, 125.00, 2245.70, 9.60),
        ("418023", "东阳市三单乡卫生院", 286.50, 0, 40.00, 615.35, 0),
    ]),
]


def r2(x):
    return round(x + 0.0, 2)


def t2_rows():
    rows = []  # (code, name, total, a,b,c,d,e, kind)
    groups = []
    for gname, units in T2_GROUPS:
        urows = []
        for code, name, a, b, c, d, e in units:
            urows.append((code, name, r2(a + b + c + d + e), a, b, c, d, e, "unit"))
        sub = tuple(r2(sum(u[i] for u in urows)) for i in range(2, 8))
        groups.append(((("", gname + "小计") + sub + ("sub",)), urows))
    tot = tuple(r2(sum(g[0][i] for g in groups)) for i in range(2, 8))
    rows.append(("", "合计") + tot + ("total",))
    for sub, urows in groups:
        rows.append(sub)
        rows.extend(urows)
    return rows


thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def put(ws, r, c, v, bold=False, num=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.border = BORDER
    if num and isinstance(v, (int, float)):
        cell.number_format = "0.00"
    if bold:
        cell.font = Font(bold=True)
    return cell


def make_t2():
    wb = Workbook()
    ws = wb.active
    ws.title = "部门收入预算表"
    ws.merge_cells("A1:I1")
    ws["A1"] = "东阳市卫生健康局2026年部门收入预算表"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = CENTER
    ws.merge_cells("A2:F2")
    ws["A2"] = "部门名称：东阳市卫生健康局"
    ws.merge_cells("G2:I2")
    ws["G2"] = "单位：万元"
    ws["G2"].alignment = Alignment(horizontal="right")
    # two header rows
    hdr1 = ["单位编码", "单位名称", "合计", "本年收入", None, None, None, "上年结转"]
    for c, v in enumerate(hdr1, 1):
        put(ws, 3, c, v, bold=True).alignment = CENTER
    hdr2 = [None, None, None, "一般公共预算拨款", "政府性基金拨款", "财政专户管理资金", "单位资金", None]
    for c, v in enumerate(hdr2, 1):
        put(ws, 4, c, v, bold=True).alignment = CENTER
    ws.merge_cells("A3:A4"); ws.merge_cells("B3:B4"); ws.merge_cells("C3:C4")
    ws.merge_cells("D3:G3"); ws.merge_cells("H3:H4")
    r = 5
    for code, name, tot, a, b, c, d, e, kind in t2_rows():
        vals = [code or None, name, tot, a or None, b or None, c or None, d or None, e or None]
        for ci, v in enumerate(vals, 1):
            put(ws, r, ci, v, bold=(kind != "unit"), num=True)
        r += 1
    ws.cell(row=r + 1, column=1, value="注：本表反映2026年部门预算收入安排情况，单位资金含事业收入、经营收入和其他收入。")
    ws.column_dimensions["B"].width = 34
    for col in "CDEFGH":
        ws.column_dimensions[col].width = 16
    wb.save(T2)


# ---------------------------------------------------------------- T3
# dept -> list of (code, name, basic, project) at 项 level; 类/款 rows summed
NAMES = {
    "207": "文化旅游体育与传媒支出", "20707": "国家电影事业发展专项资金安排的支出",
    "2070701": "资助国产影片放映", "2070799": "其他国家电影事业发展专项资金支出",
    "208": "社会保障和就业支出", "20822": "大中型水库移民后期扶持基金支出",
    "2082201": "移民补助", "2082202": "基础设施建设和经济发展",
    "212": "城乡社区支出", "21208": "国有土地使用权出让收入安排的支出",
    "2120801": "征地和拆迁补偿支出", "2120802": "土地开发支出", "2120803": "城市建设支出",
    "2120804": "农村基础设施建设支出", "2120806": "土地出让业务支出",
    "2120814": "农业生产发展支出", "2120815": "农村社会事业支出", "2120816": "农业农村生态环境支出",
    "21213": "城市基础设施配套费安排的支出", "2121301": "城市公共设施",
    "21214": "污水处理费安排的支出", "2121401": "污水处理设施建设和运营",
    "213": "农林水支出", "21366": "大中型水库库区基金安排的支出", "2136601": "基础设施建设和经济发展",
    "229": "其他支出", "22904": "其他政府性基金及对应专项债务收入安排的支出",
    "2290402": "其他地方自行试点项目收益专项债券收入安排的支出",
    "22960": "彩票公益金安排的支出", "2296002": "用于社会福利的彩票公益金支出",
    "2296003": "用于体育事业的彩票公益金支出", "2296004": "用于教育事业的彩票公益金支出",
    "2296006": "用于残疾人事业的彩票公益金支出", "2296099": "用于其他社会公益事业的彩票公益金支出",
}
T3_DEPTS = [
    ("东阳市卫生健康局", [("2290402", 0, 3600.00), ("2296099", 0, 260.00)]),
    ("东阳市民政局", [("2296002", 0, 486.50)]),
    ("东阳市教育局", [("2120815", 0, 1850.00), ("2296004", 0, 120.00)]),
    ("东阳市文化和广电旅游体育局", [("2070701", 0, 95.00), ("2070799", 0, 38.60), ("2296003", 0, 312.80)]),
    ("东阳市住房和城乡建设局", [("2120803", 0, 6820.00), ("21213", None, None), ("2121301", 0, 2450.00),
                        ("2121401", 0, 3180.00)]),
    ("东阳市自然资源和规划局", [("2120801", 0, 15600.00), ("2120802", 0, 4280.00), ("2120806", 186.40, 520.00)]),
    ("东阳市农业农村局", [("2120804", 0, 3260.00), ("2120814", 0, 1420.00), ("2120816", 0, 865.00)]),
    ("东阳市水务局", [("2082201", 0, 742.30), ("2082202", 0, 410.00), ("2136601", 0, 980.00)]),
    ("东阳市残疾人联合会", [("2296006", 0, 156.20)]),
]


def t3_rows():
    rows = []  # (dept, code, name, total, basic, project, level)
    grand = [0.0, 0.0]
    for dept, items in T3_DEPTS:
        leaves = [(c, b, p) for c, b, p in items if len(c) == 7]
        dtot = [r2(sum(b for _, b, _ in leaves)), r2(sum(p for _, _, p in leaves))]
        grand[0] += dtot[0]; grand[1] += dtot[1]
        rows.append((dept, "", "小计", r2(dtot[0] + dtot[1]), dtot[0], dtot[1], "dept"))
        seen = set()
        for c, b, p in leaves:
            for code in (c[:3], c[:5]):
                if code in seen:
                    continue
                seen.add(code)
                sb = r2(sum(bb for cc, bb, _ in leaves if cc.startswith(code)))
                sp = r2(sum(pp for cc, _, pp in leaves if cc.startswith(code)))
                rows.append((dept, code, NAMES[code], r2(sb + sp), sb, sp, "lei" if len(code) == 3 else "kuan"))
            rows.append((dept, c, NAMES[c], r2(b + p), b, p, "xiang"))
    return [("", "", "合计", r2(grand[0] + grand[1]), r2(grand[0]), r2(grand[1]), "total")] + rows


def make_t3():
    wb = Workbook()
    ws = wb.active
    ws.title = "政府性基金预算支出表"
    ws.merge_cells("A1:F1")
    ws["A1"] = "东阳市2026年部门政府性基金预算支出表"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = CENTER
    ws.merge_cells("A2:D2")
    ws["A2"] = "编制单位：东阳市财政局"
    ws.merge_cells("E2:F2")
    ws["E2"] = "单位：万元"
    hdr = ["部门（单位）名称", "科目编码", "科目名称", "合计", "基本支出", "项目支出"]
    for c, v in enumerate(hdr, 1):
        put(ws, 3, c, v, bold=True).alignment = CENTER
    r = 4
    for dept, code, name, tot, b, p, lvl in t3_rows():
        if lvl == "xiang":
            name = "    " + name
        elif lvl == "kuan":
            name = "  " + name
        vals = [dept if lvl in ("dept", "total") else None, code or None, name, tot, b or None, p or None]
        for ci, v in enumerate(vals, 1):
            put(ws, r, ci, v, bold=lvl in ("dept", "total"), num=True)
        r += 1
    ws.cell(row=r + 1, column=1, value="注：本表按部门列示2026年政府性基金预算支出，科目按支出功能分类类、款、项列示。")
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["C"].width = 46
    for col in "DEF":
        ws.column_dimensions[col].width = 14
    wb.save(T3)


if __name__ == "__main__":
    make_t1()
    make_t2()
    make_t3()
    print("wrote", T1, T2, T3, sep="\n")
