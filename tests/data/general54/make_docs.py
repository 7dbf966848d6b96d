# -*- coding: utf-8 -*-
"""Build the three blind-set documents for 江山市 and dump their data to data.json."""
import json, random, os, textwrap
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)

# ---------------------------------------------------------------- T1 (text, seed layout)
DEPT1 = "江山市农业农村局(部门)"
L2 = {"11": "11-数量指标", "12": "12-质量指标", "13": "13-时效指标", "14": "14-成本指标",
      "21": "21-经济效益", "22": "22-社会效益", "23": "23-生态效益", "24": "24-可持续影响",
      "31": "31-服务对象满意度"}
L1 = {"1": "1-产出指标", "2": "2-效益指标", "3": "3-满意度指标"}
UNITS = ["江山市农业农村局", "江山市农业技术推广中心", "江山市畜牧兽医发展中心"]
# (unit index, name, fiscal, other, goal, [(code, name, period, annual)])
P = [
 (0, "高标准农田建设项目前期工作经费", 85.00, 0,
  "完成2025年度高标准农田建设项目勘察设计、测绘及可行性研究等前期工作，确保项目按期开工建设，提升农田基础设施水平。",
  [("11", "完成前期设计面积", "≥1.2万亩", "≥1.2万亩"), ("12", "设计方案评审通过率", "100%", "100%"),
   ("13", "前期工作完成时间", "2025年6月底前", "2025年6月底前"), ("14", "亩均前期工作费用", "≤70元/亩", "≤70元/亩"),
   ("21", "项目区粮食产能提升", "≥5%", "≥5%"), ("31", "项目区群众满意度", "≥90%", "≥90%")]),
 (0, "乡村振兴示范村创建奖补资金", 300.00, 20.00,
  "围绕“千万工程”，2025年创建省级乡村振兴示范村4个、未来乡村2个，对验收合格的示范村按标准给予奖补，带动村集体经济增收。",
  [("11", "创建乡村振兴示范村个数", "≥12个", "≥4个"), ("11", "未来乡村创建数量", "≥6个", "2个"),
   ("12", "示范村验收合格率", "100%", "100%"), ("13", "奖补资金拨付及时率", "≥95%", "≥95%"),
   ("21", "示范村集体经济经营性收入", "≥50万元", "≥30万元"), ("22", "村庄环境面貌改善", "明显改善", "明显改善"),
   ("31", "村民满意度", "≥92%", "≥92%")]),
 (0, "农村人居环境整治提升工作经费", 46.50, 0,
  "开展农村生活垃圾分类、农村公厕管护、村庄清洁行动考核督查，巩固提升农村人居环境整治成效。",
  [("11", "农村公厕管护数量", "410座", "410座"), ("11", "督查考核行政村数", "≥292个", "≥292个"),
   ("12", "生活垃圾分类行政村覆盖率", "100%", "100%"), ("23", "农村生活垃圾无害化处理率", "100%", "100%"),
   ("31", "服务对象满意度", "≥90%", "≥90%")]),
 (0, "农业农村综合执法专项经费", 28.60, 0,
  "开展农资打假、渔政执法、动物卫生监督等执法检查，查处农业违法案件，保障农产品质量安全。",
  [("11", "执法检查次数", "≥300次", "≥300次"), ("11", "查处违法案件数", "≥40件", "≥40件"),
   ("12", "案件办结率", "≥95%", "≥95%"), ("13", "投诉举报处理及时率", "100%", "100%"),
   ("22", "农产品质量安全监测合格率", "≥98%", "≥98%"), ("24", "农资市场秩序", "持续规范", "持续规范"),
   ("31", "服务对象满意度", "≥90%", "≥90%")]),
 (0, "江山市农村集体经济组织财务审计及“三资”监管平台运维经费", 36.80, 0,
  "对全市农村集体经济组织开展财务审计，保障“三资”监管平台正常运行，规范农村集体资产、资金、资源管理。",
  [("11", "审计村级集体经济组织数量", "≥100个", "≥100个"), ("12", "平台正常运行率", "≥99%", "≥99%"),
   ("13", "审计报告出具时间", "2025年11月底前", "2025年11月底前"), ("14", "平台运维费用", "≤12万元", "≤12万元"),
   ("24", "农村集体“三资”管理规范化水平", "持续提升", "持续提升")]),
 (1, "粮食生产功能区提标改造补助资金", 120.00, 38.00,
  "对全市粮食生产功能区实施提标改造，完善灌排渠系和机耕路，落实粮食播种面积，稳定粮食生产。",
  [("11", "提标改造面积", "≥8000亩", "≥3000亩"), ("11", "新建改造灌排渠道长度", "≥15公里", "≥15公里"),
   ("12", "工程验收合格率", "100%", "100%"), ("13", "补助资金拨付及时率", "≥95%", "≥95%"),
   ("21", "粮食播种面积", "≥28.5万亩", "≥28.5万亩"), ("31", "种粮主体满意度", "≥90%", "≥90%")]),
 (1, "农作物病虫害统防统治经费", 42.30, 0,
  "开展水稻等主要农作物病虫害监测预警和统防统治，减少化学农药使用，保障粮食生产安全。",
  [("11", "统防统治面积", "≥10万亩次", "≥10万亩次"), ("11", "病虫情报发布期数", "≥20期", "≥20期"),
   ("12", "病虫害危害损失率", "≤5%", "≤5%"), ("23", "化学农药使用量减少", "≥3%", "≥3%"),
   ("31", "服务对象满意度", "≥90%", "≥90%")]),
 (1, "农业技术推广服务经费", 27.00, 0,
  "推广农业主导品种和主推技术，开展农技人员和高素质农民培训，提高农业科技贡献率。",
  [("11", "培训高素质农民人数", "≥600人", "≥600人"), ("11", "推广主推技术项数", "≥15项", "≥15项"),
   ("12", "培训合格率", "≥95%", "≥95%"), ("21", "农业科技贡献率", "≥66%", "≥66%"),
   ("31", "培训对象满意度", "≥92%", "≥92%")]),
 (1, "耕地质量监测与保护经费", 19.80, 0,
  "建设耕地质量长期定位监测点，开展耕地质量等级调查评价和土壤取样化验，落实耕地保护。",
  [("11", "耕地质量监测点数量", "25个", "25个"), ("11", "土壤样品检测数", "≥500个", "≥500个"),
   ("12", "检测数据合格率", "100%", "100%"), ("13", "监测报告完成时间", "2025年12月底前", "2025年12月底前"),
   ("24", "耕地质量等级", "稳中有升", "稳中有升"), ("31", "服务对象满意度", "≥85%", "≥85%")]),
 (2, "动物疫病强制免疫及监测经费", 86.40, 10.00,
  "开展口蹄疫、高致病性禽流感等重大动物疫病强制免疫和监测，做到应免尽免，确保不发生区域性重大动物疫情。",
  [("11", "强制免疫畜禽数量", "≥120万头（羽）", "≥120万头（羽）"), ("11", "血清学监测样品数", "≥6000份", "≥6000份"),
   ("12", "免疫密度", "≥90%", "≥90%"), ("12", "免疫抗体合格率", "≥70%", "≥70%"),
   ("13", "疫苗发放及时率", "100%", "100%"), ("22", "区域性重大动物疫情发生次数", "0次", "0次"),
   ("31", "养殖户满意度", "≥90%", "≥90%")]),
 (2, "病死畜禽无害化处理补助资金", 73.20, 0,
  "对全市规模养殖场和散养户的病死畜禽实行集中收集、无害化处理，按标准发放处理补助。",
  [("11", "病死猪无害化处理数量", "≥6万头", "≥6万头"), ("12", "无害化处理率", "100%", "100%"),
   ("13", "补助资金拨付及时率", "≥95%", "≥95%"), ("14", "每头处理补助标准", "80元/头", "80元/头"),
   ("23", "病死畜禽乱丢弃事件", "0起", "0起"), ("31", "养殖户满意度", "≥90%", "≥90%")]),
 (2, "畜禽养殖污染防治监管经费", 24.50, 0,
  "开展畜禽规模养殖场污染防治巡查和粪污资源化利用监管，推进畜牧业绿色发展。",
  [("11", "巡查规模养殖场数量", "≥150家次", "≥150家次"), ("12", "畜禽粪污资源化利用率", "≥92%", "≥92%"),
   ("23", "规模养殖场粪污处理设施装备配套率", "100%", "100%"), ("31", "服务对象满意度", "≥90%", "≥90%")]),
]


def money(x):
    return f"{x:.2f}"


def amounts(fiscal, other):
    total = round(fiscal + other, 2)
    s = f"{money(total)} {money(fiscal)}"
    if other:
        s += f" {money(other)}"
    return s


def wrap(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)]


def build_t1():
    header = [f"部门名称：{DEPT1} 单位：万元", "",
              "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", ""]
    out = ["", "项目支出绩效目标表（含转移支付项目）", ""] + header
    tf = round(sum(p[2] for p in P), 2); to = round(sum(p[3] for p in P), 2)
    out += [f"合计 {amounts(tf, to)}", ""]
    data = {"department": DEPT1, "units": [], "projects": []}
    data["total"] = {"total": round(tf + to, 2), "fiscal": tf, "other": to}
    count_on_page = 0
    for ui, uname in enumerate(UNITS):
        ps = [p for p in P if p[0] == ui]
        uf = round(sum(p[2] for p in ps), 2); uo = round(sum(p[3] for p in ps), 2)
        data["units"].append({"name": uname, "total": round(uf + uo, 2), "fiscal": uf, "other": uo})
        if count_on_page >= 3:
            out += ["", "", ""] + header; count_on_page = 0
        out += [f"{uname} {amounts(uf, uo)}", ""]
        for p in ps:
            if count_on_page >= 4:
                out += ["", "", ""] + header; count_on_page = 0
            _, name, f, o, goal, inds = p
            if len(name) > 20:
                out += ["    " + name[:15], name[15:], "", amounts(f, o), ""]
            else:
                out += [f"    {name} {amounts(f, o)}", ""]
            gl = wrap(goal, 20)
            for i, l in enumerate(gl):
                out.append(l)
                if i % 5 == 4 and i != len(gl) - 1:
                    out.append("")
            out.append("")
            parts = []
            for i, (code, iname, pv, av) in enumerate(inds, 1):
                parts.append(f"{i}、{L1[code[0]]},{L2[code]},{iname}；实施周期指标值:{pv},年度指标值:{av};")
            s = ",".join(parts)
            il = wrap(s, 38)
            for i, l in enumerate(il):
                out.append(l)
                if i % 6 == 5 and i != len(il) - 1:
                    out.append("")
            out.append("")
            count_on_page += 1
            data["projects"].append({"unit": uname, "name": name, "total": round(f + o, 2), "fiscal": f,
                                     "other": o, "goal": goal,
                                     "indicators": [{"level1": L1[c[0]], "level2": L2[c], "name": n,
                                                     "period": pv, "annual": av} for c, n, pv, av in inds]})
    path = os.path.join(DOCS, "江山市农业农村局2025年项目支出绩效目标表.txt")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    return data


# ---------------------------------------------------------------- T2 (xlsx, monthly execution)
thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

T2_ROWS = {
 "基本支出": [("基本工资", 48.6), ("津贴补贴", 62.3), ("绩效工资", 35.8), ("机关事业单位基本养老保险缴费", 21.4),
            ("住房公积金", 16.9), ("办公费", 4.2), ("水电费", 2.6), ("公务用车运行维护费", 3.1),
            ("培训费", 1.8), ("对个人和家庭的补助", 7.5)],
 "项目支出": [("农村公路养护工程", 186.0), ("国省道日常养护经费", 92.5), ("公路安全生命防护工程", 64.0),
            ("城乡公交一体化运营补贴", 118.0), ("客运站场运营补助", 22.4), ("交通运输综合执法经费", 15.6),
            ("治超站运行经费", 11.8), ("江山港航道设施维护经费", 9.6), ("交通信息化平台建设经费", 26.0),
            ("渡口安全管理经费", 3.4), ("道路运输安全监管经费", 6.2), ("农村客运“村村通”补助", 13.5)],
}
LUMPY = {"公路安全生命防护工程", "交通信息化平台建设经费", "农村公路养护工程", "渡口安全管理经费"}


def build_t2():
    rng = random.Random(54)
    months = [f"{m}月" for m in range(1, 11)]
    data = {"department": "江山市交通运输局", "months": months, "groups": {}}
    for g, rows in T2_ROWS.items():
        data["groups"][g] = []
        for name, base in rows:
            b = [round(base * rng.uniform(0.85, 1.15), 2) for _ in months]
            a = []
            for i, bv in enumerate(b):
                if g == "基本支出":
                    f = rng.uniform(0.82, 1.12)
                else:
                    f = rng.uniform(0.55, 1.25)
                    if name in LUMPY and i in (3, 8) or (name in LUMPY and rng.random() < 0.15):
                        f = rng.uniform(2.1, 2.8)
                    if name in LUMPY and i in (0, 1):
                        f = rng.uniform(0.05, 0.3)
                a.append(round(bv * f, 2))
            data["groups"][g].append({"name": name, "budget": b, "actual": a})

    def rate(bv, av):
        return round((av - bv) / bv, 4)

    def line(name, b, a):
        d = [round(x - y, 2) for x, y in zip(a, b)]
        r = [rate(x, y) for x, y in zip(b, a)]
        tb, ta = round(sum(b), 2), round(sum(a), 2)
        return {"name": name, "budget": b, "actual": a, "diff": d, "rate": r,
                "cum": {"budget": tb, "actual": ta, "diff": round(ta - tb, 2), "rate": rate(tb, ta)}}

    out = {"department": data["department"], "months": months, "groups": {}, "subtotal": {}, "total": None}
    allb = [0.0] * 10; alla = [0.0] * 10
    for g, rows in data["groups"].items():
        out["groups"][g] = [line(r["name"], r["budget"], r["actual"]) for r in rows]
        sb = [round(sum(r["budget"][i] for r in rows), 2) for i in range(10)]
        sa = [round(sum(r["actual"][i] for r in rows), 2) for i in range(10)]
        out["subtotal"][g] = line("小计", sb, sa)
        allb = [round(x + y, 2) for x, y in zip(allb, sb)]; alla = [round(x + y, 2) for x, y in zip(alla, sa)]
    out["total"] = line("合计", allb, alla)

    wb = Workbook(); ws = wb.active; ws.title = "1-10月执行分析"
    ncol = 2 + 4 * 11
    ws.cell(1, 1, "江山市交通运输局2025年1-10月预算执行情况分析表").font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1).alignment = CENTER
    ws.cell(2, 1, "编制单位：江山市交通运输局")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=8)
    ws.cell(2, ncol - 3, "单位：万元")
    ws.merge_cells(start_row=2, start_column=ncol - 3, end_row=2, end_column=ncol)
    ws.cell(3, 1, "类别"); ws.merge_cells("A3:A4")
    ws.cell(3, 2, "科目/项目"); ws.merge_cells("B3:B4")
    periods = months + ["1-10月累计"]
    for k, pname in enumerate(periods):
        c = 3 + 4 * k
        ws.cell(3, c, pname)
        ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 3)
        for j, h in enumerate(["预算", "实际", "差异", "差异率"]):
            ws.cell(4, c + j, h)
    r = 5

    def write(rowi, name, ln):
        ws.cell(rowi, 2, name)
        for k in range(11):
            c = 3 + 4 * k
            if k < 10:
                vals = (ln["budget"][k], ln["actual"][k], ln["diff"][k], ln["rate"][k])
            else:
                cm = ln["cum"]; vals = (cm["budget"], cm["actual"], cm["diff"], cm["rate"])
            for j, v in enumerate(vals):
                cell = ws.cell(rowi, c + j, v)
                cell.number_format = "0.00%" if j == 3 else "0.00"

    for g in ["基本支出", "项目支出"]:
        start = r
        for ln in out["groups"][g]:
            write(r, ln["name"], ln); r += 1
        write(r, "小计", out["subtotal"][g]); r += 1
        ws.cell(start, 1, g)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    write(r, None, out["total"])
    ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    last = r
    ws.cell(last + 1, 1, "注：差异=实际-预算；差异率=差异/预算。")
    for row in ws.iter_rows(min_row=3, max_row=last, max_col=ncol):
        for cell in row:
            cell.border = BORDER
            if cell.row <= 4 or cell.column == 1:
                cell.alignment = CENTER
    ws.column_dimensions["A"].width = 10; ws.column_dimensions["B"].width = 28
    ws.freeze_panes = "C5"
    wb.save(os.path.join(DOCS, "江山市交通运输局2025年1-10月预算执行情况分析表.xlsx"))
    return out


# ---------------------------------------------------------------- T3 (xlsx, self evaluation)
T3 = [
 {"sheet": "基本公卫", "name": "基本公共卫生服务项目补助资金", "impl": "江山市基层卫生健康服务中心",
  "funds": [("年度资金总额", 1620.00, 1786.40, 1742.15), ("其中：财政拨款", 1420.00, 1586.40, 1548.93),
            ("其他资金", 200.00, 200.00, 193.22)],
  "goal": ("为全市常住人口免费提供基本公共卫生服务，65岁及以上老年人健康管理率≥70%，高血压、2型糖尿病患者规范管理率≥65%。",
           "全年为城乡居民提供基本公共卫生服务，65岁及以上老年人健康管理率73.6%，高血压患者规范管理率68.2%，2型糖尿病患者规范管理率66.5%。"),
  "inds": [("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", "92.3%", 8, 8, ""),
           ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥6.5万人", "6.82万人", 8, 8, ""),
           ("产出指标", "数量指标", "0-6岁儿童健康管理率", "≥90%", "93.1%", 6, 6, ""),
           ("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", "68.2%", 6, 6, ""),
           ("产出指标", "质量指标", "2型糖尿病患者规范管理率", "≥65%", "66.5%", 6, 6, ""),
           ("产出指标", "质量指标", "适龄儿童国家免疫规划疫苗接种率", "≥95%", "98.4%", 6, 6, ""),
           ("产出指标", "时效指标", "资金拨付及时率", "100%", "92%", 5, 4.6, "部分乡镇第四季度资金延迟拨付，下一步按季度预拨"),
           ("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "94元", "94元", 5, 5, ""),
           ("效益指标", "社会效益指标", "居民健康素养水平", "≥38%", "39.6%", 10, 10, ""),
           ("效益指标", "社会效益指标", "传染病报告及时率", "100%", "100%", 10, 10, ""),
           ("效益指标", "可持续影响指标", "基层医疗卫生服务能力", "持续提升", "持续提升", 10, 10, ""),
           ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "88.5%", 10, 9.83, "个别村随访服务不及时，下一步加强随访督导")]},
 {"sheet": "村卫生室建设", "name": "村级卫生室标准化建设补助资金", "impl": "江山市各乡镇（街道）卫生院",
  "funds": [("年度资金总额", 260.00, 300.00, 246.00), ("其中：财政拨款", 260.00, 300.00, 246.00),
            ("其他资金", 0, 0, 0)],
  "goal": ("完成20个村级卫生室标准化建设，配齐基本诊疗设备，方便群众就近就医。",
           "完成18个村级卫生室标准化建设，2个因选址调整顺延至2025年。"),
  "inds": [("产出指标", "数量指标", "标准化村卫生室建设数量", "20个", "18个", 15, 13.5, "2个村卫生室因选址调整未完工，已督促2025年一季度完成"),
           ("产出指标", "数量指标", "配置基本诊疗设备套数", "≥20套", "18套", 10, 9, "同上，设备随建设进度配置"),
           ("产出指标", "质量指标", "建设项目验收合格率", "100%", "100%", 10, 10, ""),
           ("产出指标", "时效指标", "项目完工时间", "2024年11月底前", "2024年12月底", 5, 3, "受雨季影响工期延后，下一步提前谋划开工"),
           ("产出指标", "成本指标", "每个村卫生室补助标准", "≤15万元", "13.67万元", 10, 10, ""),
           ("效益指标", "社会效益指标", "村民就近就医便利度", "明显提升", "明显提升", 15, 15, ""),
           ("效益指标", "可持续影响指标", "村卫生室服务覆盖率", "≥95%", "96.2%", 10, 10, ""),
           ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "93.5%", 15, 15, "")]},
 {"sheet": "家医签约", "name": "家庭医生签约服务经费", "impl": "江山市各医共体分院",
  "funds": [("年度资金总额", 480.00, 452.50, 452.50), ("其中：财政拨款", 380.00, 352.50, 352.50),
            ("其他资金", 100.00, 100.00, 100.00)],
  "goal": ("常住人口家庭医生签约覆盖率≥45%，重点人群签约覆盖率≥80%，为签约居民提供基础和个性化签约服务包。",
           "常住人口签约覆盖率46.8%，重点人群签约覆盖率82.3%，签约居民续约率76.4%。"),
  "inds": [("产出指标", "数量指标", "常住人口家庭医生签约覆盖率", "≥45%", "46.8%", 15, 15, ""),
           ("产出指标", "数量指标", "重点人群签约覆盖率", "≥80%", "82.3%", 15, 15, ""),
           ("产出指标", "数量指标", "组建家庭医生团队数", "≥120个", "126个", 10, 10, ""),
           ("产出指标", "质量指标", "签约居民续约率", "≥80%", "76.4%", 10, 9.55, "部分居民外出务工未续约，下一步推行线上续约"),
           ("产出指标", "时效指标", "签约服务费拨付及时率", "100%", "100%", 10, 10, ""),
           ("效益指标", "社会效益指标", "签约居民基层就诊率", "≥60%", "63.7%", 10, 10, ""),
           ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "91.2%", 20, 20, "")]},
]


def build_t3():
    wb = Workbook(); wb.remove(wb.active)
    out = []
    for p in T3:
        ws = wb.create_sheet(p["sheet"])
        ws.cell(1, 1, "2024年度项目支出绩效自评表").font = Font(bold=True, size=14)
        ws.merge_cells("A1:I1"); ws.cell(1, 1).alignment = CENTER
        ws.cell(2, 1, "（2024年度）"); ws.merge_cells("A2:F2")
        ws.cell(2, 8, "单位：万元"); ws.merge_cells("H2:I2")
        ws.cell(3, 1, "项目名称"); ws.merge_cells("A3:B3")
        ws.cell(3, 3, p["name"]); ws.merge_cells("C3:I3")
        ws.cell(4, 1, "主管部门"); ws.merge_cells("A4:B4")
        ws.cell(4, 3, "江山市卫生健康局"); ws.merge_cells("C4:D4")
        ws.cell(4, 5, "实施单位"); ws.cell(4, 6, p["impl"]); ws.merge_cells("F4:I4")
        ws.cell(5, 1, "项目资金（万元）"); ws.merge_cells("A5:A8")
        for j, h in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
            if h:
                ws.cell(5, 2 + j, h)
        funds = []
        for i, (lab, a, b, c) in enumerate(p["funds"]):
            r = 6 + i
            ws.cell(r, 2, lab)
            for j, v in enumerate((a, b, c)):
                ws.cell(r, 3 + j, v).number_format = "0.00"
            rate = round(c / b, 4) if b else None
            if i == 0:
                score = round(10 * min(rate, 1), 2)
                ws.cell(r, 6, 10); ws.cell(r, 8, score)
            else:
                score = None
                ws.cell(r, 6, "—"); ws.cell(r, 8, "—")
            if rate is None:
                ws.cell(r, 7, "—")
            else:
                ws.cell(r, 7, rate).number_format = "0.00%"
            funds.append({"line": lab, "initial": a, "budget": b, "executed": c, "rate": rate, "score": score})
        ws.cell(9, 1, "年度总体目标"); ws.merge_cells("A9:A10")
        ws.cell(9, 2, "预期目标"); ws.merge_cells("B9:E9")
        ws.cell(9, 6, "实际完成情况"); ws.merge_cells("F9:I9")
        ws.cell(10, 2, p["goal"][0]); ws.merge_cells("B10:E10")
        ws.cell(10, 6, p["goal"][1]); ws.merge_cells("F10:I10")
        ws.row_dimensions[10].height = 60
        for j, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                               "偏差原因分析及改进措施"]):
            ws.cell(11, 2 + j, h)
        ws.cell(11, 1, "绩效指标")
        r0 = 12
        inds = p["inds"]
        for i, ind in enumerate(inds):
            r = r0 + i
            for j, v in enumerate(ind):
                ws.cell(r, 2 + j, v if v != "" else None)
        ws.merge_cells(start_row=11, start_column=1, end_row=r0 + len(inds) - 1, end_column=1)
        # merge 一级 / 二级 runs
        for col, key in ((2, lambda x: x[0]), (3, lambda x: (x[0], x[1]))):
            i = 0
            while i < len(inds):
                j = i
                while j + 1 < len(inds) and key(inds[j + 1]) == key(inds[i]):
                    j += 1
                if j > i:
                    for k in range(i + 1, j + 1):
                        ws.cell(r0 + k, col).value = None
                    ws.merge_cells(start_row=r0 + i, start_column=col, end_row=r0 + j, end_column=col)
                i = j + 1
        rt = r0 + len(inds)
        total_score = round(funds[0]["score"] + sum(x[6] for x in inds), 2)
        ws.cell(rt, 1, "总分"); ws.merge_cells(start_row=rt, start_column=1, end_row=rt, end_column=6)
        ws.cell(rt, 7, 100); ws.cell(rt, 8, total_score)
        for row in ws.iter_rows(min_row=3, max_row=rt, max_col=9):
            for cell in row:
                cell.border = BORDER; cell.alignment = CENTER
        for col, w in zip("ABCDEFGHI", (12, 14, 16, 26, 14, 14, 8, 8, 30)):
            ws.column_dimensions[col].width = w
        out.append({"sheet": p["sheet"], "name": p["name"], "impl": p["impl"], "funds": funds,
                    "goal": p["goal"], "total_score": total_score,
                    "indicators": [dict(zip(["l1", "l2", "name", "target", "actual", "weight", "score", "reason"], x))
                                   for x in inds]})
    wb.save(os.path.join(DOCS, "江山市卫生健康局2024年度项目支出绩效自评表.xlsx"))
    return out


if __name__ == "__main__":
    d = {"t1": build_t1(), "t2": build_t2(), "t3": build_t3()}
    with open(os.path.join(HERE, "data.json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1)
    print("ok")
