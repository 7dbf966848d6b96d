# -*- coding: utf-8 -*-
"""Build the three 醴陵市 documents in docs/ (T1 text in seed layout, T2/T3 xlsx)."""
import os
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)

T1 = os.path.join(DOCS, "醴陵市商务局_2026年_项目支出绩效目标表.txt")
T2 = os.path.join(DOCS, "醴陵市农业农村局_2025年度_部门整体支出绩效自评表.xlsx")
T3 = os.path.join(DOCS, "醴陵市_2026年_政府性基金预算支出表.xlsx")

# ---------------------------------------------------------------- T1
# (unit, name, total, fiscal, other, goal, [groups of (l1, l2, name, period, annual)])
def I(l1, l2, name, period, annual=None):
    return (l1, l2, name, period, period if annual is None else annual)

O, E, S = "1-产出指标", "2-效益指标", "3-满意度指标"
SL, ZL, SX, CB = "11-数量指标", "12-质量指标", "13-时效指标", "14-成本指标"
JJ, SH, KC, MY = "21-经济效益", "22-社会效益", "24-可持续影响", "31-服务对象满意度"

U1, U2, U3 = "醴陵市商务局", "醴陵市电子商务发展服务中心", "醴陵市招商合作事务中心"

PROJECTS = [
    (U1, "外贸发展专项资金", 120.00, 120.00, 0,
     "支持我市外贸企业开拓国际市场，对参加境外展会、出口信用保险、外贸综合服务等给予扶持，稳住外贸基本盘，推动日用陶瓷、烟花爆竹等优势产品出口，全年实现进出口总额稳中有增。",
     [[I(O, SL, "扶持外贸企业数量", "≥40家"),
       I(O, SL, "组织企业参加境外展会", "≥12场次"),
       I(O, SX, "资金拨付及时率", "100%"),
       I(O, CB, "外贸发展专项资金", "≤120万元"),
       I(E, JJ, "全市进出口总额增长率", "≥5%"),
       I(S, MY, "外贸企业满意度", "≥90%")]]),
    (U1, "招商引资工作经费", 85.00, 85.00, 0,
     "围绕陶瓷、烟花、装备制造等主导产业开展招商推介活动，做好项目洽谈、签约和跟踪服务，全年引进亿元以上产业项目，推动签约项目落地开工。",
     [[I(O, SL, "举办招商推介活动", "≥6场"),
       I(O, SL, "新引进亿元以上项目", "≥20个"),
       I(O, ZL, "签约项目履约率", "≥80%"),
       I(O, SX, "资金拨付及时率", "100%"),
       I(E, JJ, "实际到位内资", "≥60亿元"),
       I(S, MY, "客商满意度", "≥90%")]]),
    (U1, "中国（醴陵）国际陶瓷博览会筹办经费", 260.00, 200.00, 60.00,
     "筹备举办中国（醴陵）国际陶瓷博览会，组织展位招展、开幕活动、专业论坛和采购对接，展示醴陵陶瓷产业形象，扩大“醴陵瓷”品牌影响力，促进陶瓷产品交易。",
     [[I(O, SL, "标准展位数量", "≥1200个"),
       I(O, SL, "参展企业数量", "≥500家"),
       I(O, ZL, "安全事故发生次数", "0次"),
       I(O, SX, "博览会按期举办率", "100%"),
       I(O, CB, "陶博会筹办成本", "≤260万元"),
       I(E, JJ, "陶博会现场及意向成交额", "≥30亿元"),
       I(E, SH, "“醴陵瓷”品牌影响力", "持续提升", "较上届进一步提升"),
       I(S, MY, "参展商满意度", "≥90%")]]),
    (U1, "县域商业体系建设专项经费", 150.00, 90.00, 60.00,
     "完善县乡村三级商业网络，改造提升乡镇商贸中心和村级便民商店，发展农村物流共同配送，补齐农村商业设施短板，促进农村消费。",
     [[I(O, SL, "改造提升乡镇商贸中心", "≥5个"),
       I(O, SL, "新建改造村级便民商店", "≥60个"),
       I(O, ZL, "项目验收合格率", "100%"),
       I(O, SX, "项目完工及时率", "≥95%"),
       I(E, SH, "农村物流配送覆盖率", "≥90%"),
       I(E, KC, "县域商业网络长效运营机制", "建立健全", "初步建立"),
       I(S, MY, "服务对象满意度", "≥90%")]]),
    (U1, "成品油市场整治工作经费", 18.50, 18.50, 0,
     "联合市场监管、应急管理、公安等部门开展成品油市场专项整治，打击非法加油站点和流动加油车，规范成品油流通秩序。",
     [[I(O, SL, "开展联合执法检查", "≥24次"),
       I(O, SL, "取缔非法加油站点", "依法全部取缔", "发现一处取缔一处"),
       I(O, CB, "成品油整治工作经费", "≤18.5万元"),
       I(E, SH, "成品油市场秩序", "规范有序")]]),
    (U1, "商务执法及安全生产监管经费", 22.00, 22.00, 0,
     "开展商贸流通领域安全生产检查、单用途商业预付卡监管、报废机动车回收拆解企业监管及商务综合执法，防范化解商贸领域安全风险。",
     [[I(O, SL, "商贸企业安全检查", "≥300家次"),
       I(O, ZL, "隐患整改完成率", "100%"),
       I(O, SX, "投诉举报按时办结率", "100%"),
       I(E, SH, "商贸领域较大以上安全事故", "0起"),
       I(S, MY, "服务对象满意度", "≥85%")]]),
    (U2, "电子商务进农村综合示范县项目运营维护经费", 96.00, 56.00, 40.00,
     "维持县级电子商务公共服务中心和物流配送中心正常运营，完善乡镇、村级电商服务站点，推动农产品上行和“醴陵瓷”等特色产品网络销售。",
     [[I(O, SL, "运营维护村级电商服务站点", "≥150个"),
       I(O, SL, "培育网销农特产品品牌", "≥10个"),
       I(O, ZL, "站点正常运营率", "≥90%"),
       I(O, SX, "资金拨付及时率", "100%"),
       I(E, JJ, "农村产品网络销售额", "≥8亿元"),
       I(S, MY, "服务对象满意度", "≥90%")]]),
    (U2, "跨境电商公共服务平台运维经费", 45.60, 45.60, 0,
     "保障醴陵跨境电商公共服务平台及线上展厅稳定运行，为陶瓷、烟花企业提供通关、物流、海外推广等一站式服务，培育跨境电商经营主体。",
     [[I(O, SL, "入驻平台企业数量", "≥80家"),
       I(O, ZL, "平台系统正常运行率", "≥99%"),
       I(O, CB, "平台运维费用", "≤45.6万元"),
       I(E, JJ, "跨境电商交易额", "≥3亿元"),
       I(S, MY, "入驻企业满意度", "≥90%")]]),
    (U2, "电商人才培训经费", 30.00, 30.00, 0,
     "面向返乡青年、个体工商户、农民合作社等群体开展电商直播、网店运营等实操培训，提升电商从业人员技能水平，带动创业就业。",
     [[I(O, SL, "培训人次", "≥1500人次"),
       I(O, SL, "举办培训班期数", "≥20期"),
       I(O, ZL, "培训合格率", "≥95%"),
       I(O, CB, "人均培训成本", "≤200元"),
       I(E, SH, "带动创业就业人数", "≥300人"),
       I(S, MY, "参训学员满意度", "≥90%")]]),
    (U2, "编外人员经费", 38.40, 38.40, 0,
     "保障中心聘用编外人员工资及社会保险按时足额发放，稳定电商公共服务队伍，保障中心各项业务正常开展。",
     [[I(O, SL, "聘用编外人员数量", "8人"),
       I(O, ZL, "编外人员聘用合规率", "合规", "100%"),
       I(O, SX, "编外人员工资支付及时性", "100%"),
       I(E, SH, "公共服务能力", "提升电商公共服务水平", "100%")]]),
    (U3, "驻外招商联络处工作经费", 64.00, 64.00, 0,
     "保障驻长三角、粤港澳大湾区两个招商联络处日常运转，常态化开展驻点招商、客商拜访和招商信息收集，拓展招商渠道。",
     [[I(O, SL, "驻外联络处数量", "2个"),
       I(O, SL, "拜访客商企业", "≥150家次"),
       I(O, SL, "收集有效招商信息", "≥60条"),
       I(O, CB, "驻外联络处运行成本", "≤64万元"),
       I(E, JJ, "促成签约项目", "≥8个"),
       I(S, MY, "客商满意度", "≥90%")]]),
    (U3, "陶瓷烟花产业链精准招商专项经费", 110.00, 110.00, 0,
     "围绕陶瓷、烟花两大产业链开展延链补链强链精准招商，编制产业链招商图谱，委托第三方机构开展以商招商，引进产业链上下游配套企业。",
     [[I(O, SL, "引进产业链配套企业", "≥15家"),
       I(O, ZL, "产业链招商图谱编制", "完成1套"),
       I(O, SX, "资金拨付及时率", "100%"),
       I(E, JJ, "新增产业链投资额", "≥25亿元")],
      [I(E, KC, "产业链完整度", "持续提升", "补齐关键环节≥3个"),
       I(S, MY, "落户企业满意度", "≥90%")]]),
    (U3, "编外人员经费", 26.88, 26.88, 0,
     "保障中心聘用编外人员工资待遇按时发放，充实招商服务力量。",
     [[I(O, SL, "聘用编外人员数量", "5人"),
       I(O, ZL, "编外人员聘用合规率", "合规", "100%"),
       I(O, SX, "编外人员工资支付及时性", "100%")]]),
]

DEPT = "醴陵市商务局(部门)"
HEAD = ["部门名称：%s 单位：万元" % DEPT, "",
        "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", ""]


def money(*vals):
    return " ".join("%.2f" % v for v in vals if v)


def wrap(text, width, blank_every=None):
    lines = [text[i:i + width] for i in range(0, len(text), width)]
    out = []
    for k, ln in enumerate(lines):
        out.append(ln)
        if blank_every and (k + 1) % blank_every == 0 and k + 1 < len(lines):
            out.append("")
    return out


def indicators_text(groups):
    parts = []
    for g in groups:
        for k, (l1, l2, name, per, ann) in enumerate(g, 1):
            parts.append("%d、%s,%s,%s；实施周期指标值:%s,年度指标值:%s;" % (k, l1, l2, name, per, ann))
    return ",".join(parts)


def build_t1():
    units = []
    for p in PROJECTS:
        if p[0] not in units:
            units.append(p[0])
    tot = sum(p[2] for p in PROJECTS)
    fis = sum(p[3] for p in PROJECTS)
    oth = sum(p[4] for p in PROJECTS)
    out = ["", "项目支出绩效目标表（含转移支付项目）", ""] + HEAD
    out += ["合计 " + money(tot, fis, oth), ""]
    n_on_page = 0
    for u in units:
        ps = [p for p in PROJECTS if p[0] == u]
        ut, uf, uo = sum(p[2] for p in ps), sum(p[3] for p in ps), sum(p[4] for p in ps)
        if n_on_page >= 2:
            out += ["", "", ""] + HEAD
            n_on_page = 0
        out += [u + " " + money(ut, uf, uo), ""]
        for p in ps:
            if n_on_page >= 3:
                out += ["", "", ""] + HEAD
                n_on_page = 0
            name = p[1]
            amt = money(p[2], p[3], p[4])
            if len(name) > 16:
                cut = {"中国（醴陵）国际陶瓷博览会筹办经费": 13}.get(name, 14)
                out += ["    " + name[:cut], name[cut:], "", amt, ""]
            else:
                out += ["    %s %s" % (name, amt), ""]
            out += wrap(p[5], 20, 5) + [""]
            out += wrap(indicators_text(p[6]), 37, 3) + [""]
            n_on_page += 1
    open(T1, "w", encoding="utf-8").write("\n".join(out) + "\n")
    return tot, fis, oth


# ---------------------------------------------------------------- helpers for xlsx
thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def put(ws, r, c, v, fmt=None, align=CENTER, bold=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = align
    cell.border = BORDER
    if fmt:
        cell.number_format = fmt
    if bold:
        cell.font = Font(bold=True)
    return cell


# ---------------------------------------------------------------- T2
T2_BUDGET = [  # label, 年初预算数, 全年预算数, 全年执行数
    ("年度资金总额", 6820.00, 8346.75, 7958.32),
    ("其中：基本支出", 2310.00, 2486.30, 2471.85),
    ("项目支出", 4510.00, 5860.45, 5486.47),
    ("按资金来源分：财政拨款", 6120.00, 7263.15, 6952.40),
    ("政府性基金", 500.00, 865.60, 802.17),
    ("其他资金", 200.00, 218.00, 203.75),
]
T2_GOAL = ("1.粮食播种面积稳定在68万亩以上，粮食总产量稳定在28万吨以上；2.新建高标准农田3.2万亩；"
           "3.生猪出栏稳定在60万头左右；4.扎实推进农村人居环境整治，农村卫生厕所普及率达到92%；"
           "5.农村居民人均可支配收入增长6%以上；6.守住不发生规模性返贫底线。")
T2_DONE = ("1.全年粮食播种面积68.7万亩，粮食总产量28.6万吨；2.完成高标准农田建设3.35万亩；"
           "3.生猪出栏61.2万头；4.完成农村户厕改造2136户，农村卫生厕所普及率达到93.1%；"
           "5.农村居民人均可支配收入29860元，增长6.3%；6.未发生规模性返贫。")
T2_IND = [  # l1, l2, l3, 年度指标值, 实际完成值, 分值, 得分, 偏差原因
    ("产出指标", "数量指标", "粮食播种面积", "≥68万亩", "68.7万亩", 5, 5, ""),
    ("产出指标", "数量指标", "高标准农田建设面积", "≥3.2万亩", "3.35万亩", 5, 5, ""),
    ("产出指标", "数量指标", "生猪出栏数", "≥60万头", "61.2万头", 4, 4, ""),
    ("产出指标", "数量指标", "农机购置补贴机具数量", "≥1800台（套）", "1652台（套）", 4, 3.67,
     "部分农户购机意愿下降，补贴申请数量低于预期；下一步加大农机补贴政策宣传。"),
    ("产出指标", "数量指标", "动物疫病强制免疫数量", "≥200万头（羽）", "215万头（羽）", 3, 3, ""),
    ("产出指标", "数量指标", "农村户厕改造数量", "≥2000户", "2136户", 3, 3, ""),
    ("产出指标", "质量指标", "高标准农田建设验收合格率", "100%", "100%", 4, 4, ""),
    ("产出指标", "质量指标", "农产品质量安全抽检合格率", "≥98%", "99.2%", 4, 4, ""),
    ("产出指标", "质量指标", "重大动物疫情发生次数", "0次", "0次", 3, 3, ""),
    ("产出指标", "时效指标", "补贴资金发放及时率", "100%", "96.5%", 3, 2.9,
     "部分乡镇申报材料报送滞后，个别批次补贴资金延迟发放；下一步压实乡镇审核责任。"),
    ("产出指标", "时效指标", "项目完工及时率", "≥95%", "92%", 3, 2.8,
     "受汛期连续降雨影响，2个高标准农田项目工期延后；下一步合理安排施工时序。"),
    ("产出指标", "成本指标", "高标准农田亩均财政投入", "≤3000元/亩", "2950元/亩", 4, 4, ""),
    ("效益指标", "经济效益指标", "粮食总产量", "≥28万吨", "28.6万吨", 6, 6, ""),
    ("效益指标", "经济效益指标", "农村居民人均可支配收入增长率", "≥6%", "6.3%", 6, 6, ""),
    ("效益指标", "社会效益指标", "脱贫人口返贫致贫", "不发生规模性返贫", "未发生规模性返贫", 6, 6, ""),
    ("效益指标", "社会效益指标", "农村卫生厕所普及率", "≥92%", "93.1%", 5, 5, ""),
    ("效益指标", "生态效益指标", "化肥农药使用量", "较上年下降", "化肥使用量下降2.1%、农药使用量下降1.8%", 4, 4, ""),
    ("效益指标", "生态效益指标", "畜禽粪污综合利用率", "≥85%", "83.6%", 4, 3.5,
     "部分散养户粪污处理设施不完善；下一步推进畜禽粪污资源化整县利用。"),
    ("效益指标", "可持续影响指标", "培育新型农业经营主体", "≥30家", "34家", 4, 4, ""),
    ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "93.5%", 5, 5, ""),
    ("满意度指标", "服务对象满意度指标", "新型农业经营主体满意度", "≥90%", "91.2%", 5, 5, ""),
]


def build_t2():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体支出绩效自评表"
    widths = [14, 16, 26, 16, 16, 10, 10, 36]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:H1")
    c = ws.cell(row=1, column=1, value="醴陵市农业农村局2025年度部门整体支出绩效自评表")
    c.font = Font(bold=True, size=16)
    c.alignment = CENTER
    ws.merge_cells("A2:E2")
    ws.cell(row=2, column=1, value="填报单位（盖章）：醴陵市农业农村局").alignment = LEFT
    ws.merge_cells("F2:H2")
    ws.cell(row=2, column=6, value="单位：万元").alignment = Alignment(horizontal="right")
    # row 3: department
    put(ws, 3, 1, "部门名称")
    ws.merge_cells("B3:H3")
    put(ws, 3, 2, "醴陵市农业农村局", align=LEFT)
    # budget block rows 4..11
    put(ws, 4, 1, "年度预算执行情况（万元）")
    ws.merge_cells("A4:A11")
    put(ws, 4, 2, "项目")
    put(ws, 4, 3, None)
    ws.merge_cells("B4:C4")
    for col, lab in zip(range(4, 10), ["年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"]):
        put(ws, 4, col, lab)
    ws.column_dimensions["I"].width = 36
    total_rate = None
    for k, (lab, y0, ya, yb) in enumerate(T2_BUDGET):
        r = 5 + k
        put(ws, r, 2, lab, align=LEFT)
        put(ws, r, 3, None)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        put(ws, r, 4, y0, "0.00")
        put(ws, r, 5, ya, "0.00")
        put(ws, r, 6, yb, "0.00")
        rate = round(yb / ya, 4)
        put(ws, r, 8, rate, "0.00%")
        if k == 0:
            put(ws, r, 7, 10)
            total_rate = rate
            put(ws, r, 9, round(10 * rate, 2), "0.00")
        else:
            put(ws, r, 7, "—")
            put(ws, r, 9, "—")
    put(ws, 11, 2, "注：分值、得分按年度资金总额执行率计算", align=LEFT)
    ws.merge_cells("B11:I11")
    # goals rows 12-13
    put(ws, 12, 1, "年度总体目标")
    ws.merge_cells("A12:A13")
    put(ws, 12, 2, "预期目标")
    ws.merge_cells("B12:E12")
    put(ws, 12, 6, "实际完成情况")
    ws.merge_cells("F12:I12")
    put(ws, 13, 2, T2_GOAL, align=LEFT)
    ws.merge_cells("B13:E13")
    put(ws, 13, 6, T2_DONE, align=LEFT)
    ws.merge_cells("F13:I13")
    ws.row_dimensions[13].height = 110
    r0 = 14
    put(ws, r0, 1, "绩效指标")
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for col, lab in enumerate(heads, 2):
        put(ws, r0, col, lab)
    r = r0 + 1
    first = r
    for (l1, l2, l3, v, a, f, s, why) in T2_IND:
        put(ws, r, 2, l1)
        put(ws, r, 3, l2)
        put(ws, r, 4, l3, align=LEFT)
        put(ws, r, 5, v)
        put(ws, r, 6, a)
        put(ws, r, 7, f)
        put(ws, r, 8, s)
        put(ws, r, 9, why, align=LEFT)
        r += 1
    last = r - 1
    ws.merge_cells(start_row=r0, start_column=1, end_row=last, end_column=1)
    for col, keyf in ((2, lambda t: t[0]), (3, lambda t: (t[0], t[1]))):
        i = 0
        while i < len(T2_IND):
            j = i
            while j + 1 < len(T2_IND) and keyf(T2_IND[j + 1]) == keyf(T2_IND[i]):
                j += 1
            if j > i:
                for x in range(i + 1, j + 1):
                    ws.cell(row=first + x, column=col).value = None
                ws.merge_cells(start_row=first + i, start_column=col, end_row=first + j, end_column=col)
            i = j + 1
    ind_f = sum(t[5] for t in T2_IND)
    ind_s = round(sum(t[6] for t in T2_IND), 2)
    tot_f = ind_f + 10
    tot_s = round(ind_s + round(10 * total_rate, 2), 2)
    put(ws, r, 1, "合计", bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    put(ws, r, 7, tot_f, bold=True)
    put(ws, r, 8, tot_s, "0.00", bold=True)
    put(ws, r, 9, "自评等级：优", align=LEFT)
    r += 1
    put(ws, r, 1, "主要问题及改进措施")
    put(ws, r, 2, "部分补贴类资金发放进度偏慢，个别高标准农田项目完工滞后，畜禽粪污综合利用率未达目标。"
                  "下一步将加强预算执行监控，压实项目建设主体责任，提升资金使用效益。", align=LEFT)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
    ws.row_dimensions[r].height = 45
    wb.save(T2)
    return tot_f, tot_s, ind_f, ind_s


# ---------------------------------------------------------------- T3
# (code, name, 2025, 2026, dept) ; 类/款 subtotals computed
D_ZR, D_ZJ, D_NY, D_RS, D_CZ, D_CG, D_SL = ("醴陵市自然资源局", "醴陵市住房和城乡建设局", "醴陵市农业农村局",
                                            "醴陵市人力资源和社会保障局", "醴陵市财政局",
                                            "醴陵市城市管理和综合执法局", "醴陵市水利局")
D_WL, D_MZ, D_JY, D_CL, D_YB = ("醴陵市文化旅游广电体育局", "醴陵市民政局", "醴陵市教育局",
                                "醴陵市残疾人联合会", "醴陵市医疗保障局")
CLASSES = [
    ("207", "文化旅游体育与传媒支出", [
        ("20707", "国家电影事业发展专项资金安排的支出", [
            ("2070701", "资助国产影片放映", 12.00, 10.50, D_WL)]),
    ]),
    ("208", "社会保障和就业支出", [
        ("20822", "大中型水库移民后期扶持基金支出", [
            ("2082201", "移民补助", 1850.00, 1926.40, D_SL),
            ("2082202", "基础设施建设和经济发展", 620.00, 585.00, D_SL)]),
        ("20823", "小型水库移民扶助基金安排的支出", [
            ("2082301", "移民补助", 96.00, 102.30, D_SL)]),
    ]),
    ("212", "城乡社区支出", [
        ("21208", "国有土地使用权出让收入安排的支出", [
            ("2120801", "征地和拆迁补偿支出", 68500.00, 61230.00, D_ZR),
            ("2120802", "土地开发支出", 12600.00, 10850.00, D_ZR),
            ("2120803", "城市建设支出", 18300.00, 15620.00, D_ZJ),
            ("2120804", "农村基础设施建设支出", 3200.00, 3560.00, D_NY),
            ("2120805", "补助被征地农民支出", 4100.00, 4380.00, D_RS),
            ("2120806", "土地出让业务支出", 860.00, 790.00, D_ZR),
            ("2120814", "农业生产发展支出", 2450.00, 2780.00, D_NY),
            ("2120816", "农业农村生态环境支出", 1100.00, 1265.00, D_NY),
            ("2120899", "其他国有土地使用权出让收入安排的支出", 5300.00, 4260.00, D_CZ)]),
        ("21210", "国有土地收益基金安排的支出", [
            ("2121001", "征地和拆迁补偿支出", 2800.00, 2450.00, D_ZR),
            ("2121002", "土地开发支出", 900.00, 760.00, D_ZR)]),
        ("21211", "农业土地开发资金安排的支出", [
            (None, None, 310.00, 285.00, D_ZR)]),
        ("21213", "城市基础设施配套费安排的支出", [
            ("2121301", "城市公共设施", 3600.00, 3150.00, D_ZJ),
            ("2121302", "城市环境卫生", 1250.00, 1380.00, D_CG),
            ("2121399", "其他城市基础设施配套费安排的支出", 450.00, 380.00, D_ZJ)]),
        ("21214", "污水处理费安排的支出", [
            ("2121401", "污水处理设施建设和运营", 2260.00, 2415.00, D_CG)]),
    ]),
    ("213", "农林水支出", [
        ("21366", "大中型水库库区基金安排的支出", [
            ("2136601", "基础设施建设和经济发展", 180.00, 165.00, D_SL),
            ("2136602", "解决移民遗留问题", 75.00, 80.00, D_SL)]),
    ]),
    ("229", "其他支出", [
        ("22960", "彩票公益金安排的支出", [
            ("2296002", "用于社会福利的彩票公益金支出", 420.00, 456.00, D_MZ),
            ("2296003", "用于体育事业的彩票公益金支出", 260.00, 238.00, D_WL),
            ("2296004", "用于教育事业的彩票公益金支出", 150.00, 165.00, D_JY),
            ("2296006", "用于残疾人事业的彩票公益金支出", 85.00, 92.00, D_CL),
            ("2296013", "用于城乡医疗救助的彩票公益金支出", 60.00, 68.00, D_YB)]),
    ]),
    ("232", "债务付息支出", [
        ("23204", "地方政府专项债务付息支出", [
            ("2320411", "国有土地使用权出让金债务付息支出", 9800.00, 10650.00, D_CZ),
            ("2320498", "其他政府性基金债务付息支出", 1650.00, 1920.00, D_CZ)]),
    ]),
    ("233", "债务发行费用支出", [
        ("23304", "地方政府专项债务发行费用支出", [
            ("2330411", "国有土地使用权出让金债务发行费用支出", 35.00, 42.00, D_CZ)]),
    ]),
]


def build_t3():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "政府性基金预算支出表"
    for col, w in zip("ABCDEFG", [12, 40, 14, 14, 12, 10, 28]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:G1")
    c = ws.cell(row=1, column=1, value="醴陵市2026年政府性基金预算支出表")
    c.font = Font(bold=True, size=16)
    c.alignment = CENTER
    ws.merge_cells("A2:G2")
    ws.cell(row=2, column=1, value="单位：万元").alignment = Alignment(horizontal="right")
    # two header rows
    for col, lab in [(1, "科目编码"), (2, "科目名称"), (3, "2025年预算数"), (4, "2026年预算数"), (7, "主管部门")]:
        put(ws, 3, col, lab, bold=True)
        put(ws, 4, col, None)
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    put(ws, 3, 5, "比上年增减", bold=True)
    put(ws, 3, 6, None)
    ws.merge_cells("E3:F3")
    put(ws, 4, 5, "增减额", bold=True)
    put(ws, 4, 6, "增减率", bold=True)
    r = 5
    rows = []

    def line(code, name, a, b, dept, bold=False, indent=0):
        nonlocal r
        put(ws, r, 1, code, align=LEFT, bold=bold)
        put(ws, r, 2, ("　" * indent) + name, align=LEFT, bold=bold)
        put(ws, r, 3, round(a, 2), "0.00", bold=bold)
        put(ws, r, 4, round(b, 2), "0.00", bold=bold)
        put(ws, r, 5, round(b - a, 2), "0.00", bold=bold)
        put(ws, r, 6, round((b - a) / a, 4), "0.00%", bold=bold)
        put(ws, r, 7, dept, align=LEFT)
        rows.append((code, name, round(a, 2), round(b, 2), dept))
        r += 1

    ga = gb = 0.0
    for ccode, cname, kuans in CLASSES:
        ca = sum(x[2] for k in kuans for x in k[2])
        cb = sum(x[3] for k in kuans for x in k[2])
        line(ccode, cname, ca, cb, None, bold=True)
        ga += ca
        gb += cb
        for kcode, kname, items in kuans:
            ka = sum(x[2] for x in items)
            kb = sum(x[3] for x in items)
            if items[0][0] is None:
                line(kcode, kname, ka, kb, items[0][4], indent=1)
                continue
            line(kcode, kname, ka, kb, None, indent=1)
            for code, name, a, b, dept in items:
                line(code, name, a, b, dept, indent=2)
    put(ws, r, 1, "合计", bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    put(ws, r, 3, round(ga, 2), "0.00", bold=True)
    put(ws, r, 4, round(gb, 2), "0.00", bold=True)
    put(ws, r, 5, round(gb - ga, 2), "0.00", bold=True)
    put(ws, r, 6, round((gb - ga) / ga, 4), "0.00%", bold=True)
    put(ws, r, 7, None)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(row=r, column=1, value="注：本表为醴陵市本级政府性基金预算支出，2025年为年初预算数。").alignment = LEFT
    wb.save(T3)
    return rows, ga, gb


if __name__ == "__main__":
    print("T1", build_t1())
    print("T2", build_t2())
    rows, ga, gb = build_t3()
    print("T3 rows", len(rows), ga, gb)
