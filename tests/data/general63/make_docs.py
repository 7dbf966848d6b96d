# -*- coding: utf-8 -*-
"""Builds the three blind documents for 诸暨市 (T1 text, T2/T3 xlsx) and data.json for the question script."""
import json, os, random, textwrap
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE
os.makedirs(DOCS, exist_ok=True)

L = {"数量": "1-产出指标,11-数量指标", "质量": "1-产出指标,12-质量指标", "时效": "1-产出指标,13-时效指标",
     "成本": "1-产出指标,14-成本指标", "经济": "2-效益指标,21-经济效益", "社会": "2-效益指标,22-社会效益",
     "生态": "2-效益指标,23-生态效益", "可持续": "2-效益指标,24-可持续影响", "满意度": "3-满意度指标,31-服务对象满意度"}

DEPT = "诸暨市卫生健康局"
# (unit, [(project, fin, other, goal, [(kind, name, period, annual)])])
T1 = [
 ("诸暨市卫生健康局", [
  ("基本公共卫生服务项目补助资金", 1520.00, 340.00,
   "按照人均服务经费标准落实国家基本公共卫生服务项目补助，做好居民健康档案管理、老年人健康管理、高血压和2型糖尿病患者健康管理、严重精神障碍患者管理等服务，提升城乡居民基本公共卫生服务均等化水平。",
   [("数量", "65岁及以上老年人健康管理人数", "≥9.5万人", "≥9.5万人"),
    ("数量", "居民电子健康档案建档人数", "≥100万人", "≥100万人"),
    ("质量", "高血压患者规范管理率", "≥65%", "≥65%"),
    ("质量", "2型糖尿病患者规范管理率", "≥63%", "≥63%"),
    ("时效", "资金拨付及时率", "≥95%", "≥95%"),
    ("成本", "人均基本公共卫生服务经费补助标准", "≥94元", "≥94元"),
    ("社会", "居民健康素养水平", "≥40%", "≥40%"),
    ("满意度", "居民对基本公共卫生服务满意度", "≥90%", "≥90%")]),
  ("家庭医生签约服务经费", 426.50, 0,
   "推进家庭医生签约服务扩面提质，重点人群签约服务全覆盖，落实签约居民慢病长处方、优先转诊等服务，构建以家庭医生为核心的整合型基层医疗卫生服务体系。",
   [("数量", "常住人口家庭医生签约人数", "≥40万人", "≥40万人"),
    ("质量", "重点人群签约覆盖率", "≥80%", "≥80%"),
    ("时效", "签约服务费结算及时率", "100%", "100%"),
    ("社会", "签约居民基层就诊率", "≥65%", "≥65%"),
    ("满意度", "服务对象满意度", "≥90%", "≥90%")]),
  ("医疗卫生人才引进培养专项经费", 312.00, 0,
   "引进高层次医疗卫生人才和紧缺专业人才，开展住院医师规范化培训、基层卫技人员进修培训和名医工作室建设，补齐基层医疗卫生人才短板。",
   [("数量", "引进高层次及紧缺医疗卫生人才数", "≥30名", "≥30名"),
    ("数量", "基层卫技人员进修培训人次", "≥600人次", "≥600人次"),
    ("质量", "住院医师规范化培训结业考核通过率", "≥90%", "≥90%"),
    ("成本", "人才引进安家补助标准", "按诸暨市人才新政执行", "≤50万元/人"),
    ("可持续", "每千人口执业（助理）医师数", "≥3.6人", "≥3.6人"),
    ("满意度", "引进人才满意度", "≥90%", "≥90%")]),
  ("卫生健康信息化建设（“健康大脑+”智慧医疗）运维经费", 268.40, 0,
   "保障全市卫生健康信息平台、“健康大脑+”智慧医疗应用及基层医疗卫生机构信息系统稳定运行，推进检查检验结果互认共享和电子健康档案向居民开放。",
   [("数量", "接入平台医疗卫生机构数", "≥330家", "≥330家"),
    ("质量", "信息系统年运行正常率", "≥99%", "≥99%"),
    ("时效", "系统故障响应时间", "≤2小时", "≤2小时"),
    ("成本", "年度运维费用", "≤268.4万元", "≤268.4万元"),
    ("社会", "检查检验结果互认项目数", "≥200项", "≥200项"),
    ("满意度", "医务人员使用满意度", "≥85%", "≥85%")]),
  ("基层医疗卫生机构公用经费补助", 500.00, 45.80,
   "对全市乡镇卫生院、社区卫生服务中心按编制床位和服务人口给予公用经费补助，保障基层医疗卫生机构正常运转。",
   [("数量", "补助基层医疗卫生机构数", "27家", "27家"),
    ("时效", "资金拨付及时率", "100%", "100%"),
    ("质量", "基层医疗卫生机构运转保障率", "100%", "100%"),
    ("可持续", "基层医疗卫生机构服务能力达标率", "≥95%", "≥95%")]),
  ("爱国卫生运动及卫生城市长效管理经费", 86.00, 0,
   "深入开展爱国卫生运动，巩固国家卫生城市创建成果，开展病媒生物防制、健康村镇建设和控烟宣传，改善城乡人居环境。",
   [("数量", "病媒生物防制覆盖镇街数", "23个", "23个"),
    ("数量", "新建健康村数", "≥20个", "≥20个"),
    ("质量", "病媒生物密度控制水平达标率", "≥95%", "≥95%"),
    ("生态", "城乡环境卫生状况", "持续改善", "持续改善"),
    ("满意度", "群众对卫生城市创建满意度", "≥90%", "≥90%")]),
  ("计划生育家庭特别扶助金", 703.25, 0,
   "对计划生育独生子女伤残、死亡家庭及农村部分计划生育家庭按标准发放特别扶助金和奖励扶助金，落实计划生育家庭帮扶政策。",
   [("数量", "特别扶助对象人数", "≥2800人", "≥2800人"),
    ("质量", "扶助对象资格确认准确率", "100%", "100%"),
    ("时效", "资金拨付及时率", "100%", "100%"),
    ("社会", "计划生育特殊家庭生活保障水平", "逐步提高", "逐步提高")]),
 ]),
 ("诸暨市疾病预防控制中心", [
  ("免疫规划疫苗接种及冷链运维经费", 168.60, 30.00,
   "做好国家免疫规划疫苗接种、疫苗冷链设备运维和预防接种门诊规范化管理，维持高水平免疫规划疫苗接种率，防控疫苗可预防传染病。",
   [("数量", "规范化预防接种门诊数", "≥40个", "≥40个"),
    ("质量", "适龄儿童国家免疫规划疫苗接种率", "≥95%", "≥95%"),
    ("质量", "冷链设备温度监测合格率", "100%", "100%"),
    ("时效", "疫苗出入库及时率", "100%", "100%"),
    ("社会", "疫苗可预防传染病发病水平", "控制在历史低水平", "控制在历史低水平"),
    ("满意度", "受种者及家长满意度", "≥90%", "≥90%")]),
  ("重大传染病防控专项经费", 155.00, 0,
   "开展艾滋病、结核病、新冠和流感等重大传染病监测预警、流行病学调查和疫情处置，完善突发公共卫生事件应急处置能力。",
   [("数量", "传染病监测哨点数", "≥12个", "≥12个"),
    ("数量", "应急演练次数", "≥4次", "≥4次"),
    ("质量", "法定传染病报告率", "100%", "100%"),
    ("时效", "突发公共卫生事件报告及时率", "100%", "100%"),
    ("社会", "重大传染病疫情", "无暴发流行", "无暴发流行")]),
  ("慢性病及地方病防治经费", 64.30, 0,
   "开展心脑血管疾病、癌症等慢性病及碘缺乏病、血吸虫病等地方病的监测防治和健康干预，降低重大慢性病过早死亡率。",
   [("数量", "慢性病高危人群筛查人数", "≥1.2万人", "≥1.2万人"),
    ("质量", "碘盐覆盖率", "≥95%", "≥95%"),
    ("可持续", "重大慢性病过早死亡率", "≤9.5%", "≤9.5%")]),
 ]),
 ("诸暨市妇幼保健院", [
  ("孕产妇和儿童健康管理项目经费", 112.70, 20.00,
   "落实孕产妇系统管理和0-6岁儿童健康管理，开展高危孕产妇专案管理和危重新生儿救治，保障母婴安全。",
   [("数量", "孕产妇系统管理人数", "≥6500人", "≥6500人"),
    ("质量", "孕产妇系统管理率", "≥95%", "≥95%"),
    ("质量", "0-6岁儿童健康管理率", "≥96%", "≥96%"),
    ("时效", "高危孕产妇专案管理及时率", "100%", "100%"),
    ("社会", "孕产妇死亡率", "≤10/10万", "≤10/10万"),
    ("满意度", "服务对象满意度", "≥92%", "≥92%")]),
  ("两癌筛查及出生缺陷防治经费", 97.45, 0,
   "为适龄妇女免费开展宫颈癌、乳腺癌筛查，实施免费婚前孕前检查、产前筛查和新生儿疾病筛查，降低出生缺陷发生率。",
   [("数量", "两癌筛查人数", "≥2.4万人", "≥2.4万人"),
    ("数量", "新生儿疾病筛查人数", "≥5800人", "≥5800人"),
    ("质量", "新生儿遗传代谢性疾病筛查率", "≥98%", "≥98%"),
    ("成本", "两癌筛查人均补助标准", "≤180元/人", "≤180元/人"),
    ("社会", "出生缺陷发生率", "逐年下降", "逐年下降"),
    ("满意度", "服务对象满意度", "≥90%", "≥90%")]),
 ]),
]

def f2(x):
    return "%.2f" % x

def wrap(s, w):
    return textwrap.wrap(s, w, break_on_hyphens=False)

def write_t1():
    lines = ["项目支出绩效目标表（含转移支付项目）", ""]
    head = ["部门名称：%s(部门) 单位：万元" % DEPT, "",
            "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", ""]
    lines += head
    def amt(fin, oth):
        tot = round(fin + oth, 2)
        return " ".join([f2(tot), f2(fin)] + ([f2(oth)] if oth else []))
    gfin = sum(p[1] for u in T1 for p in u[1]); goth = sum(p[2] for u in T1 for p in u[1])
    lines += ["合计 " + amt(gfin, goth), ""]
    n = 0
    data = {"department": DEPT + "(部门)", "units": []}
    for uname, projs in T1:
        ufin = sum(p[1] for p in projs); uoth = sum(p[2] for p in projs)
        if n:  # page header repeats before each unit after the first
            lines += ["", ""] + head
        lines += [uname + " " + amt(ufin, uoth), ""]
        ud = {"name": uname, "total": round(ufin + uoth, 2), "fin": round(ufin, 2), "other": round(uoth, 2), "projects": []}
        for i, (pname, fin, oth, goal, inds) in enumerate(projs):
            if i and i % 3 == 0:
                lines += ["", ""] + head
            n += 1
            if len(pname) > 22:
                lines += ["    " + pname[:14], pname[14:], "", amt(fin, oth), ""]
            else:
                lines += ["    %s %s" % (pname, amt(fin, oth)), ""]
            lines += wrap(goal, 20) + [""]
            body = ""
            for k, (kind, nm, pv, av) in enumerate(inds, 1):
                body += "%d、%s,%s；实施周期指标值:%s,年度指标值:%s;," % (k, L[kind], nm, pv, av)
            body = body.rstrip(",")
            wl = wrap(body, 37)
            for j, w in enumerate(wl):
                lines.append(w)
                if j % 4 == 3:
                    lines.append("")
            lines.append("")
            ud["projects"].append({"name": pname, "total": round(fin + oth, 2), "fin": fin, "other": oth, "goal": goal,
                                   "indicators": [{"kind": k_, "level": L[k_], "name": nm, "period": pv, "annual": av}
                                                  for k_, nm, pv, av in inds]})
        data["units"].append(ud)
    data["total"] = round(gfin + goth, 2); data["fin"] = round(gfin, 2); data["other"] = round(goth, 2)
    path = os.path.join(DOCS, "诸暨市卫生健康局_2026年_项目支出绩效目标表.txt")
    open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    return data

thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)

# ---------------- T2 ----------------
T2_BUDGET = [  # name, 年初, 全年, 执行
    ("基本支出", 3268.40, 3352.16, 3301.87),
    ("项目支出", 18645.00, 21937.55, 20486.92),
    ("其中：财政拨款", 20813.40, 23861.29, 22476.35),
    ("其他资金", 1100.00, 1428.42, 1312.44),
]
T2_GOAL_PLAN = ("1.稳定粮食生产，全年粮食播种面积80万亩以上、总产量33万吨以上；2.新建高标准农田2.5万亩，提升耕地质量；"
                "3.推进千村示范万村整治，创建美丽乡村精品村12个，农村人居环境整治全覆盖；4.促进农民增收，农村居民人均可支配收入增长6%以上；"
                "5.抓好农产品质量安全和动物疫病防控，守牢不发生区域性重大动物疫情底线。")
T2_GOAL_DONE = ("1.全年粮食播种面积81.26万亩、总产量33.58万吨，完成省下达任务；2.新建高标准农田2.62万亩，耕地质量提升0.12个等级；"
                "3.创建美丽乡村精品村12个，农村人居环境整治村覆盖率100%；4.农村居民人均可支配收入增长6.4%；"
                "5.农产品质量安全监测合格率99.3%，全年未发生区域性重大动物疫情。生猪出栏26.9万头，未完成年度目标。")
T2_IND = [  # 一级, 二级, 三级, 分值, 年度指标值, 实际完成值, 得分, 偏差
 ("产出指标", "数量指标", "粮食播种面积", 4, "≥80万亩", "81.26万亩", 4, ""),
 ("产出指标", "数量指标", "粮食总产量", 4, "≥33万吨", "33.58万吨", 4, ""),
 ("产出指标", "数量指标", "新建高标准农田面积", 4, "≥2.5万亩", "2.62万亩", 4, ""),
 ("产出指标", "数量指标", "生猪年出栏量", 3, "≥28万头", "26.9万头", 2.5, "受生猪价格低位运行影响，部分规模养殖场主动压栏减产。下步加强生猪产能调控和监测预警，稳定能繁母猪存栏。"),
 ("产出指标", "数量指标", "高素质农民培训人次", 3, "≥6000人次", "6820人次", 3, ""),
 ("产出指标", "数量指标", "新增培育家庭农场数量", 3, "≥80家", "92家", 3, ""),
 ("产出指标", "数量指标", "美丽乡村精品村创建个数", 3, "≥12个", "12个", 3, ""),
 ("产出指标", "质量指标", "农产品质量安全监测合格率", 4, "≥98%", "99.3%", 4, ""),
 ("产出指标", "质量指标", "耕地质量等级提升", 3, "≥0.1个等级", "0.12个等级", 3, ""),
 ("产出指标", "质量指标", "农村生活污水处理设施标准化运维覆盖率", 3, "≥90%", "88.5%", 2.5, "部分山区村设施建成年代早、管网老化，标准化改造未全部完成。下步纳入2026年提标改造计划，分批推进。"),
 ("产出指标", "质量指标", "动物重大疫病免疫密度", 3, "≥95%", "97.8%", 3, ""),
 ("产出指标", "时效指标", "惠农补贴资金发放及时率", 3, "100%", "100%", 3, ""),
 ("产出指标", "时效指标", "高标准农田项目完工及时率", 3, "≥95%", "91.7%", 2.5, "2个标段受汛期连续降雨影响延期完工。下步优化项目开工时序，避开汛期施工。"),
 ("产出指标", "时效指标", "农业项目资金拨付及时率", 2, "≥90%", "93.4%", 2, ""),
 ("产出指标", "成本指标", "高标准农田亩均建设成本", 3, "≤3000元/亩", "2860元/亩", 3, ""),
 ("产出指标", "成本指标", "农机购置补贴资金支出", 2, "≤1350万元", "1286.4万元", 2, ""),
 ("效益指标", "经济效益指标", "农村居民人均可支配收入增长率", 4, "≥6%", "6.4%", 4, ""),
 ("效益指标", "经济效益指标", "农业增加值增长率", 3, "≥3%", "2.6%", 2, "受夏季持续高温干旱影响，早稻和水果减产。下步加强农业防灾减灾和农业保险覆盖。"),
 ("效益指标", "经济效益指标", "村级集体经济经营性收入50万元以上村占比", 3, "≥70%", "75.2%", 3, ""),
 ("效益指标", "社会效益指标", "低收入农户人均可支配收入增幅", 3, "≥10%", "11.3%", 3, ""),
 ("效益指标", "社会效益指标", "农村人居环境整治村覆盖率", 3, "100%", "100%", 3, ""),
 ("效益指标", "社会效益指标", "农业生产安全事故发生数", 2, "0起", "0起", 2, ""),
 ("效益指标", "生态效益指标", "化肥使用量减少比例", 3, "≥2%", "2.8%", 3, ""),
 ("效益指标", "生态效益指标", "农药使用量减少比例", 3, "≥2%", "1.6%", 2, "当年稻飞虱等病虫害偏重发生，防治用药增加。下步推广绿色防控和统防统治。"),
 ("效益指标", "生态效益指标", "畜禽粪污资源化利用率", 3, "≥92%", "93.5%", 3, ""),
 ("效益指标", "生态效益指标", "秸秆综合利用率", 2, "≥96%", "96.8%", 2, ""),
 ("效益指标", "可持续影响指标", "农业科技进步贡献率", 2, "≥66%", "66.5%", 2, ""),
 ("效益指标", "可持续影响指标", "农村集体产权制度改革成果巩固", 2, "持续巩固", "持续巩固", 2, ""),
 ("满意度指标", "服务对象满意度指标", "农户及新型农业经营主体满意度", 4, "≥90%", "93.6%", 4, ""),
 ("满意度指标", "服务对象满意度指标", "农村居民对人居环境满意度", 3, "≥90%", "91.2%", 3, ""),
]

def merge_runs(ws, col, r0, values):
    """merge consecutive equal values in column col starting at row r0"""
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        if j > i:
            ws.merge_cells(start_row=r0 + i, start_column=col, end_row=r0 + j, end_column=col)
        i = j + 1

def write_t2():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "部门整体支出绩效自评表"
    ws.merge_cells("A1:H1"); ws["A1"] = "2025年度部门整体支出绩效自评表"; ws["A1"].font = Font(bold=True, size=16); ws["A1"].alignment = CEN
    ws.merge_cells("A2:E2"); ws["A2"] = "部门名称：诸暨市农业农村局"
    ws.merge_cells("F2:H2"); ws["F2"] = "单位：万元"; ws["F2"].alignment = Alignment(horizontal="right")
    r = 3
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    hdr = ["预算执行情况（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    for c, v in enumerate(hdr, 1):
        if v: ws.cell(r, c, v)
    b, p, fin, oth = T2_BUDGET
    tot = ("年度资金总额", round(b[1] + p[1], 2), round(b[2] + p[2], 2), round(b[3] + p[3], 2))
    assert abs(fin[1] + oth[1] - tot[1]) < 1e-6 and abs(fin[2] + oth[2] - tot[2]) < 1e-6 and abs(fin[3] + oth[3] - tot[3]) < 1e-6
    rows = [tot, b, p, fin, oth]
    budget = {}
    for k, row in enumerate(rows):
        rr = r + 1 + k
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=2)
        ws.cell(rr, 1, row[0]); ws.cell(rr, 3, row[1]); ws.cell(rr, 4, row[2]); ws.cell(rr, 5, row[3])
        rate = round(row[3] / row[2], 4)
        c = ws.cell(rr, 7, rate); c.number_format = "0.00%"
        for cc in (3, 4, 5): ws.cell(rr, cc).number_format = "0.00"
        budget[row[0]] = {"年初": row[1], "全年": row[2], "执行": row[3], "执行率": "%.2f%%" % (rate * 100)}
    ws.cell(r + 1, 6, 10)
    budget_score = round(10 * round(tot[3] / tot[2], 4), 2)
    ws.cell(r + 1, 8, budget_score)
    ws.merge_cells(start_row=r + 1, start_column=6, end_row=r + 5, end_column=6)
    ws.merge_cells(start_row=r + 1, start_column=8, end_row=r + 5, end_column=8)
    r = r + 6  # 9
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1); ws.cell(r, 1, "年度总体目标")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4); ws.cell(r, 2, "预期目标")
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8); ws.cell(r, 5, "实际完成情况")
    ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + 1, end_column=4); ws.cell(r + 1, 2, T2_GOAL_PLAN)
    ws.merge_cells(start_row=r + 1, start_column=5, end_row=r + 1, end_column=8); ws.cell(r + 1, 5, T2_GOAL_DONE)
    ws.row_dimensions[r + 1].height = 150
    r += 2  # 11 header
    for c, v in enumerate(["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"], 1):
        ws.cell(r, c, v)
    r0 = r + 1
    for k, row in enumerate(T2_IND):
        for c, v in enumerate(row, 1):
            ws.cell(r0 + k, c, v)
    merge_runs(ws, 1, r0, [x[0] for x in T2_IND])
    merge_runs(ws, 2, r0, [x[0] + x[1] for x in T2_IND])
    rt = r0 + len(T2_IND)
    ind_total = sum(x[3] for x in T2_IND); ind_score = sum(x[6] for x in T2_IND)
    assert ind_total == 90
    total_score = round(budget_score + ind_score, 2)
    ws.merge_cells(start_row=rt, start_column=1, end_row=rt, end_column=3); ws.cell(rt, 1, "总分")
    ws.cell(rt, 4, 100); ws.cell(rt, 7, total_score); ws.cell(rt, 8, "自评等级：优")
    ws.merge_cells(start_row=rt + 1, start_column=1, end_row=rt + 1, end_column=8)
    ws.cell(rt + 1, 1, "填报人：王晓燕    联系电话：0575-87012345    填报日期：2026年3月20日")
    for row in ws.iter_rows(min_row=3, max_row=rt, max_col=8):
        for c in row:
            c.border = BOX; c.alignment = CEN if c.column != 8 and not (r + 1 <= c.row < rt and c.column == 3) else LEFT
    for col, w in zip("ABCDEFGH", [12, 16, 34, 8, 14, 14, 10, 48]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(DOCS, "诸暨市农业农村局_2025年度_部门整体支出绩效自评表.xlsx"))
    return {"department": "诸暨市农业农村局", "year": 2025, "budget": budget, "budget_score": budget_score,
            "goal_plan": T2_GOAL_PLAN, "goal_done": T2_GOAL_DONE,
            "indicators": [dict(zip(["l1", "l2", "name", "weight", "target", "actual", "score", "reason"], x)) for x in T2_IND],
            "ind_score": ind_score, "total_score": total_score}

# ---------------- T3 ----------------
TOWNS = [
 ("街道", ["暨阳街道", "浣东街道", "陶朱街道", "暨南街道", "大唐街道"]),
 ("镇", ["店口镇", "阮市镇", "次坞镇", "枫桥镇", "赵家镇", "马剑镇", "五泄镇", "牌头镇", "同山镇", "安华镇",
        "璜山镇", "应店街镇", "东白湖镇", "山下湖镇", "姚江镇", "草塔镇"]),
 ("乡", ["东和乡"]),
]

def write_t3():
    rnd = random.Random(63)
    rows = []
    for grp, towns in TOWNS:
        for t in towns:
            big = {"暨阳街道": 4.2, "店口镇": 3.6, "大唐街道": 2.8, "陶朱街道": 2.4, "山下湖镇": 2.0, "浣东街道": 1.8}.get(t, 1.0)
            inc25 = round(rnd.uniform(9000, 26000) * big if grp != "乡" else rnd.uniform(2600, 3200), 2)
            inc26 = round(inc25 * rnd.uniform(0.96, 1.09), 2)
            exp25 = round(inc25 * rnd.uniform(0.62, 0.95) + rnd.uniform(6000, 11000), 2)
            exp26 = round(exp25 * rnd.uniform(0.97, 1.07), 2)
            tax = round(inc26 * rnd.uniform(0.18, 0.3), 2)
            gen = round(rnd.uniform(1800, 5200) if grp != "街道" else rnd.uniform(900, 2200), 2)
            spe = round(rnd.uniform(600, 3400), 2)
            rows.append({"group": grp, "town": t, "inc25": inc25, "inc26": inc26, "exp25": exp25, "exp26": exp26,
                         "tax": tax, "gen": gen, "spe": spe, "sub": round(tax + gen + spe, 2)})
    g = lambda a, b: round((b - a) / a * 100, 1)
    for x in rows:
        x["inc_g"] = g(x["inc25"], x["inc26"]); x["exp_g"] = g(x["exp25"], x["exp26"])
    def agg(rs, name, grp):
        d = {"group": grp, "town": name}
        for k in ("inc25", "inc26", "exp25", "exp26", "tax", "gen", "spe", "sub"):
            d[k] = round(sum(x[k] for x in rs), 2)
        d["inc_g"] = g(d["inc25"], d["inc26"]); d["exp_g"] = g(d["exp25"], d["exp26"])
        return d
    subtotals = {grp: agg([x for x in rows if x["group"] == grp], "小计", grp) for grp, _ in TOWNS}
    total = agg(rows, "合计", "")

    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "收支预算"
    ws.merge_cells("A1:H1"); ws["A1"] = "诸暨市2026年各乡镇（街道）财政收支预算表"; ws["A1"].font = Font(bold=True, size=16); ws["A1"].alignment = CEN
    ws.merge_cells("A2:H2"); ws["A2"] = "单位：万元"; ws["A2"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A3:B4"); ws["A3"] = "乡镇（街道）"
    ws.merge_cells("C3:E3"); ws["C3"] = "一般公共预算收入"
    ws.merge_cells("F3:H3"); ws["F3"] = "一般公共预算支出"
    for c, v in zip("CDEFGH", ["2025年执行数", "2026年预算数", "增长%"] * 2):
        ws[c + "4"] = v
    r = 5
    def put(ws, r, label_a, label_b, d):
        ws.cell(r, 1, label_a); ws.cell(r, 2, label_b)
        for c, k in zip(range(3, 9), ("inc25", "inc26", "inc_g", "exp25", "exp26", "exp_g")):
            cell = ws.cell(r, c, d[k]); cell.number_format = "0.0" if k.endswith("_g") else "0.00"
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2); put(ws, r, "合计", None, total); r += 1
    for grp, towns in TOWNS:
        start = r
        put(ws, r, grp, "小计", subtotals[grp]); r += 1
        for x in rows:
            if x["group"] == grp:
                put(ws, r, None, x["town"], x); r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(start, 1).value = grp
    last = r - 1
    ws.cell(r, 1, "注：乡镇（街道）一般公共预算收入为地方财政收入口径，增长%为2026年预算数比2025年执行数增减。")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for row in ws.iter_rows(min_row=3, max_row=last, max_col=8):
        for c in row: c.border = BOX; c.alignment = CEN
    for col, w in zip("ABCDEFGH", [8, 14, 14, 14, 9, 14, 14, 9]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("上级补助")
    ws2.merge_cells("A1:F1"); ws2["A1"] = "诸暨市2026年各乡镇（街道）上级补助收入预算表"; ws2["A1"].font = Font(bold=True, size=14); ws2["A1"].alignment = CEN
    ws2.merge_cells("A2:F2"); ws2["A2"] = "单位：万元"; ws2["A2"].alignment = Alignment(horizontal="right")
    for c, v in enumerate(["类别", "乡镇（街道）", "税收返还", "一般性转移支付", "专项转移支付", "合计"], 1):
        ws2.cell(3, c, v)
    r = 4
    for grp, towns in TOWNS:
        start = r
        for x in rows:
            if x["group"] == grp:
                ws2.cell(r, 2, x["town"])
                for c, k in zip(range(3, 7), ("tax", "gen", "spe", "sub")):
                    ws2.cell(r, c, x[k]).number_format = "0.00"
                r += 1
        ws2.cell(r, 2, "小计")
        for c, k in zip(range(3, 7), ("tax", "gen", "spe", "sub")):
            ws2.cell(r, c, subtotals[grp][k]).number_format = "0.00"
        r += 1
        ws2.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1); ws2.cell(start, 1, grp)
    ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2); ws2.cell(r, 1, "合计")
    for c, k in zip(range(3, 7), ("tax", "gen", "spe", "sub")):
        ws2.cell(r, c, total[k]).number_format = "0.00"
    for row in ws2.iter_rows(min_row=3, max_row=r, max_col=6):
        for c in row: c.border = BOX; c.alignment = CEN
    for col, w in zip("ABCDEF", [8, 14, 12, 16, 14, 12]):
        ws2.column_dimensions[col].width = w
    wb.save(os.path.join(DOCS, "诸暨市财政局_2026年_各乡镇（街道）财政收支预算表.xlsx"))
    return {"rows": rows, "subtotals": subtotals, "total": total}

if __name__ == "__main__":
    data = {"t1": write_t1(), "t2": write_t2(), "t3": write_t3()}
    json.dump(data, open(os.path.join(HERE, "data.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("ok")
