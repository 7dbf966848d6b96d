# -*- coding: utf-8 -*-
"""Generate the three blind documents for 广汉市 into docs/ and a facts.json helper.
Run: /work/main/.venv/bin/python make_docs.py
"""
import json, os
from decimal import Decimal as D
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)

# ---------------------------------------------------------------- T1
DEPT = "广汉市水利局(部门)"
L1 = {"数量": ("1-产出指标", "11-数量指标"), "质量": ("1-产出指标", "12-质量指标"),
      "时效": ("1-产出指标", "13-时效指标"), "成本": ("1-产出指标", "14-成本指标"),
      "经济": ("2-效益指标", "21-经济效益"), "社会": ("2-效益指标", "22-社会效益"),
      "生态": ("2-效益指标", "23-生态效益"), "可持续": ("2-效益指标", "24-可持续影响"),
      "满意": ("3-满意度指标", "31-服务对象满意度")}

# each indicator: (kind, name, period_value, annual_value); "|" in list starts a new numbering group
UNITS = [
 ("广汉市水利局", [
  dict(name="河长制工作经费", total="38.50", fa="38.50", other="",
       goal="全面落实河长制湖长制工作，开展河湖“清四乱”常态化整治，组织市镇村三级河长巡河，完成河湖健康评价和“一河一策”方案修编，推动石亭江、鸭子河等重点河流水质持续向好。",
       ind=[("满意", "沿河群众满意度", "≥90%", "≥90%"),
            ("生态", "重点河流断面水质达标率", "100%", "100%"),
            ("社会", "河湖管护责任落实", "河长制责任体系全面落实", "市镇村三级河长履职到位"),
            ("时效", "河湖问题整改及时率", "≥95%", "≥95%"),
            ("质量", "河湖健康评价报告通过率", "100%", "100%"),
            ("数量", "市级河长巡河次数", "≥48次", "≥48次"),
            ("数量", "“清四乱”问题整治数量", "≥60处", "≥60处")]),
  dict(name="水土保持监督管理经费", total="16.80", fa="16.80", other="",
       goal="开展生产建设项目水土保持方案审批后监管和监督检查，完成年度水土流失动态监测，督促生产建设单位落实水土保持措施，减少人为水土流失。",
       ind=[("数量", "生产建设项目监督检查数量", "≥40个", "≥40个"),
            ("质量", "水土保持方案审批合规率", "100%", "100%"),
            ("时效", "水土流失动态监测按期完成率", "100%", "100%"),
            ("生态", "新增水土流失治理面积", "≥2.5平方公里", "≥2.5平方公里"),
            ("满意", "生产建设单位满意度", "≥85%", "≥85%")]),
  dict(name="水旱灾害防御应急抢险物资储备经费", total="45.00", fa="45.00", other="",
       goal="按照防汛抗旱物资储备定额标准，补充编织袋、救生衣、抢险舟艇等防汛物资，开展汛前物资清点和维护保养，确保汛期险情发生时物资调得出、用得上。",
       ind=[("数量", "防汛编织袋储备数量", "≥50000条", "≥50000条"),
            ("数量", "救生衣补充数量", "≥600件", "≥600件"),
            ("质量", "储备物资完好率", "≥98%", "≥98%"),
            ("时效", "险情发生后物资调运到位时间", "≤2小时", "≤2小时"),
            ("成本", "物资采购成本控制", "≤45万元", "≤45万元"),
            ("社会", "汛期人员伤亡事件", "0起", "0起"),
            ("满意", "群众满意度", "≥90%", "≥90%")]),
  dict(name="农田水利设施维修养护经费", total="120.00", fa="96.00", other="24.00",
       goal="对全市灌区末级渠系、提灌站、机耕桥等农田水利设施进行维修养护，恢复和改善灌溉面积，保障春灌和大春生产用水。",
       ind=[("数量", "维修养护末级渠系长度", "≥35公里", "≥35公里"),
            ("数量", "维修提灌站数量", "≥12座", "≥12座"),
            ("质量", "维修养护工程验收合格率", "100%", "100%"),
            ("时效", "维修养护工程完工时间", "2025年5月底前", "2025年5月底前"),
            ("成本", "末级渠系每公里维修成本", "≤2.8万元", "≤2.8万元"),
            ("经济", "恢复和改善灌溉面积", "≥1.8万亩", "≥1.8万亩"),
            "|",
            ("可持续", "农田水利设施使用年限", "延长5年以上", "延长5年以上"),
            ("满意", "受益群众满意度", "≥90%", "≥90%")]),
  dict(name="水资源管理与节约用水工作经费", total="22.60", fa="22.60", other="",
       goal="落实最严格水资源管理制度，开展取水许可监督检查、取水计量设施复核和节水型单位创建，完成用水总量和强度双控目标。",
       ind=[("数量", "取水许可监督检查户数", "≥80户", "≥80户"),
            ("数量", "创建节水型单位数量", "≥5家", "≥5家"),
            ("质量", "取水计量设施在线率", "≥95%", "≥95%"),
            ("生态", "万元GDP用水量下降率", "≥3%", "≥3%"),
            ("满意", "取用水户满意度", "≥85%", "≥85%")]),
 ]),
 ("广汉市水利工程管理站", [
  dict(name="人民渠广汉段干支渠及配套设施维修养护经费", total="186.40", fa="150.00", other="36.40",
       goal="对人民渠广汉段干渠、支渠及闸门、渡槽等配套设施开展岁修和日常维修养护，清淤除障，保障渠道安全过流和下游灌区用水。",
       ind=[("数量", "渠道清淤长度", "≥42公里", "≥42公里"),
            ("数量", "维修节制闸数量", "≥9座", "≥9座"),
            ("质量", "维修养护工程验收合格率", "100%", "100%"),
            ("时效", "岁修工程完工时间", "2025年4月10日前", "2025年4月10日前"),
            ("成本", "维修养护资金控制", "≤186.4万元", "≤186.4万元"),
            ("经济", "保障灌区灌溉面积", "≥28万亩", "≥28万亩"),
            ("社会", "渠道安全运行事故", "0起", "0起"),
            ("满意", "灌区群众满意度", "≥90%", "≥92%")]),
  dict(name="小型水库安全运行管理经费", total="64.20", fa="64.20", other="",
       goal="落实小型水库安全管理责任人、巡查责任人和技术责任人，开展水库大坝安全监测、巡查和汛前检查，完成雨水情测报设施运维，确保水库安全度汛。",
       ind=[("数量", "纳入管理的小型水库数量", "7座", "7座"),
            ("质量", "大坝安全监测设施完好率", "≥95%", "≥95%"),
            ("时效", "汛前安全检查完成时间", "2025年5月31日前", "2025年5月31日前"),
            ("社会", "水库安全度汛", "不发生垮坝事故", "不发生垮坝事故"),
            ("满意", "群众满意度", "≥90%", "≥90%")]),
  dict(name="水利工程管理站政府雇员工资经费", total="48.36", fa="48.36", other="",
       goal="保障水利工程管理站政府雇员工资按时足额发放，稳定基层水利工程管护队伍，提升工程运行管理水平。",
       ind=[("数量", "保障政府雇员人数", "12人", "12人"),
            ("时效", "编外人员工资支付及时性", "按月足额发放", "100%"),
            ("质量", "编外人员聘用合规率", "合规", "100%"),
            ("社会", "工程管护队伍稳定性", "队伍稳定", "≥95%")]),
  dict(name="水利工程运行维护人员公用经费", total="6.30", fa="6.30", other="",
       goal="保障水利工程运行维护人员日常办公、巡查交通和劳保用品等公用开支，确保工程巡查管护工作正常开展。",
       ind=[("数量", "保障运行维护人员数量", "12人", "12人"),
            ("成本", "人均公用经费标准", "≤0.525万元", "≤0.525万元"),
            ("质量", "工程巡查记录完整率", "100%", "100%")]),
 ]),
 ("广汉市农村供水服务中心", [
  dict(name="农村供水工程维修养护经费", total="92.75", fa="70.00", other="22.75",
       goal="对全市农村集中供水工程管网、泵站和净水消毒设施进行维修养护，及时处置爆管漏损，保障农村群众饮水安全和供水稳定。",
       ind=[("数量", "维修更换供水管网长度", "≥18公里", "≥18公里"),
            ("数量", "维修养护供水站数量", "≥26处", "≥26处"),
            ("质量", "维修养护工程验收合格率", "100%", "100%"),
            ("时效", "供水故障修复时间", "≤24小时", "≤24小时"),
            ("经济", "管网漏损率", "≤15%", "≤15%"),
            ("社会", "农村自来水普及率", "≥98%", "≥98%"),
            ("满意", "群众满意度", "≥90%", "≥90%")]),
  dict(name="农村饮水安全水质检测经费", total="28.00", fa="28.00", other="",
       goal="委托有资质的检测机构对农村集中供水工程水源水、出厂水和末梢水开展丰水期、枯水期水质检测，及时发布检测结果，督促问题整改。",
       ind=[("数量", "水质检测样品数量", "≥360份", "≥360份"),
            ("质量", "出厂水水质合格率", "≥95%", "≥95%"),
            ("时效", "检测报告出具时间", "采样后15个工作日内", "采样后15个工作日内"),
            ("成本", "单份样品检测费用", "≤750元", "≤750元"),
            ("满意", "用水户满意度", "≥90%", "≥90%")]),
  dict(name="农村供水服务中心政府雇员工资经费", total="36.24", fa="36.24", other="",
       goal="保障农村供水服务中心政府雇员工资按时足额发放，稳定农村供水管护和水费收缴队伍。",
       ind=[("数量", "保障政府雇员人数", "9人", "9人"),
            ("时效", "编外人员工资支付及时性", "按月足额发放", "100%"),
            ("质量", "编外人员业绩量化考核完成率", "年度考核称职以上", "100%")]),
 ]),
]


def wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def ind_text(ind):
    parts, seq = [], 0
    for it in ind:
        if it == "|":
            seq = 0
            continue
        seq += 1
        k, name, pv, av = it
        a, b = L1[k]
        parts.append(f"{seq}、{a},{b},{name}；实施周期指标值:{pv},年度指标值:{av};")
    return ",".join(parts)


def amt(*xs):
    return " ".join(x for x in xs if x)


def make_t1():
    fmt = lambda d: f"{d:.2f}"
    tot = D(0); fa = D(0); ot = D(0)
    usum = []
    for uname, projs in UNITS:
        t = sum(D(p["total"]) for p in projs); f = sum(D(p["fa"]) for p in projs)
        o = sum(D(p["other"] or "0") for p in projs)
        assert t == f + o, uname
        usum.append((uname, t, f, o)); tot += t; fa += f; ot += o
    hdr = ["", f"部门名称：{DEPT} 单位：万元", "",
           "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", ""]
    out = ["项目支出绩效目标表（含转移支付项目）"] + hdr
    out += [f"合计 {amt(fmt(tot), fmt(fa), fmt(ot))}", ""]
    n = 0
    for (uname, projs), (_, t, f, o) in zip(UNITS, usum):
        out += [f"{uname} {amt(fmt(t), fmt(f), fmt(o) if o else '')}", ""]
        for p in projs:
            n += 1
            if n in (3, 6, 9, 11):
                out += ["", ""] + hdr
            a = amt(p["total"], p["fa"], p["other"])
            if len(p["name"]) > 16:
                out += ["    " + p["name"][:14], p["name"][14:], "", a, ""]
            else:
                out += [f"    {p['name']} {a}", ""]
            out += wrap(p["goal"], 20) + [""]
            lines = wrap(ind_text(p["ind"]), 37)
            for i, l in enumerate(lines):
                out.append(l)
                if i % 3 == 2:
                    out.append("")
            out.append("")
    path = os.path.join(DOCS, "广汉市水利局2025年项目支出绩效目标表.txt")
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")
    facts = {"dept": DEPT, "total": str(tot), "fa": str(fa), "other": str(ot),
             "units": [dict(name=u, total=str(t), fa=str(f), other=str(o)) for u, t, f, o in usum],
             "projects": []}
    for uname, projs in UNITS:
        for p in projs:
            facts["projects"].append(dict(unit=uname, name=p["name"], total=p["total"], fa=p["fa"], other=p["other"],
                                          ind=[list(L1[i[0]]) + list(i[1:]) for i in p["ind"] if i != "|"]))
    return facts


# ---------------------------------------------------------------- helpers xlsx
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def style_range(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="center")


# ---------------------------------------------------------------- T2 self-evaluation workbook
# 广汉市农业农村局 2024年度项目支出绩效自评表 : summary sheet + 2 detail sheets
SE_PROJ = [
 # name, unit, 年初预算, 全年预算, 全年执行, 分值, 得分, 等级
 ("高标准农田建设项目", "广汉市农业农村局", 3200.00, 3685.50, 3512.36, 100, 95.5, "优"),
 ("耕地地力保护补贴", "广汉市农业农村局", 2456.80, 2456.80, 2456.80, 100, 98.0, "优"),
 ("农机购置与应用补贴", "广汉市农业农村局", 860.00, 1120.40, 1006.25, 100, 91.2, "优"),
 ("动物疫病强制免疫经费", "广汉市动物疫病预防控制中心", 186.50, 186.50, 179.62, 100, 95.5, "优"),
 ("农产品质量安全监管经费", "广汉市农产品质量安全检测站", 72.00, 78.60, 74.18, 100, 92.0, "优"),
 ("农业综合行政执法经费", "广汉市农业综合行政执法大队", 45.00, 45.00, 38.70, 100, 86.5, "良"),
 ("农村人居环境整治专项资金", "广汉市农业农村局", 980.00, 1050.00, 892.40, 100, 89.0, "良"),
 ("高素质农民培育经费", "广汉市农业技术推广中心", 65.00, 65.00, 63.90, 100, 96.0, "优"),
 ("粮油绿色高质高效示范项目", "广汉市农业技术推广中心", 150.00, 150.00, 147.30, 100, 94.0, "优"),
 ("农作物病虫害统防统治补助", "广汉市农业技术推广中心", 118.00, 132.50, 125.80, 100, 90.5, "优"),
 ("生猪调出大县奖励资金", "广汉市农业农村局", 420.00, 436.00, 300.84, 100, 78.5, "中"),
 ("村级集体经济发展扶持资金", "广汉市农村经营管理站", 600.00, 600.00, 600.00, 100, 97.0, "优"),
 ("农村土地承包经营纠纷调解仲裁经费", "广汉市农村经营管理站", 12.00, 12.00, 11.46, 100, 95.0, "优"),
 ("水产绿色健康养殖推广经费", "广汉市农业技术推广中心", 28.00, 28.00, 25.20, 100, 88.0, "良"),
 ("秸秆综合利用项目", "广汉市农业农村局", 240.00, 268.00, 241.20, 100, 89.5, "良"),
 ("农业防灾减灾和水利救灾资金", "广汉市农业农村局", 90.00, 156.00, 156.00, 100, 99.0, "优"),
 ("乡村振兴示范村建设补助", "广汉市农业农村局", 500.00, 500.00, 465.00, 100, 92.5, "优"),
 ("动物检疫及畜禽屠宰监管经费", "广汉市动物疫病预防控制中心", 36.80, 36.80, 35.10, 100, 94.5, "优"),
 ("农业农村局政府雇员工资经费", "广汉市农业农村局", 88.56, 88.56, 88.56, 100, 100.0, "优"),
 ("农业技术推广中心政府雇员工资经费", "广汉市农业技术推广中心", 54.72, 54.72, 54.72, 100, 100.0, "优"),
]

SE_DETAIL = {
 "高标准农田建设项目": dict(
   unit="广汉市农业农村局", manager="广汉市农业农村局",
   money=[("年度资金总额", 3200.00, 3685.50, 3512.36, 10, 9.5),
          ("其中：当年财政拨款", 2800.00, 3285.50, 3112.36, None, None),
          ("上年结转资金", 400.00, 400.00, 400.00, None, None),
          ("其他资金", 0.00, 0.00, 0.00, None, None)],
   goal=("新建高标准农田2.6万亩，改造提升1.2万亩，配套建设灌排渠系、田间道路和农田输配电设施，新增粮食产能。",
         "完成新建高标准农田2.6万亩、改造提升1.1万亩，配套工程基本完工，项目区粮食单产提高约8%。"),
   ind=[("产出指标", "数量指标", "新建高标准农田面积", "≥2.6万亩", "2.6万亩", 10, 10, ""),
        ("产出指标", "数量指标", "改造提升高标准农田面积", "≥1.2万亩", "1.1万亩", 10, 9, "部分地块土地流转未完成，改造提升延至2025年实施"),
        ("产出指标", "数量指标", "新建及整治灌排渠系长度", "≥85公里", "88.6公里", 10, 10, ""),
        ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 10, 10, ""),
        ("产出指标", "时效指标", "项目完工时间", "2024年12月31日前", "2025年1月20日", 5, 3, "受雨季影响部分田间道路工程延期"),
        ("产出指标", "成本指标", "亩均财政投入", "≤1500元", "1460元", 5, 5, ""),
        ("效益指标", "经济效益指标", "项目区新增粮食产能", "≥1200万斤", "1260万斤", 10, 10, ""),
        ("效益指标", "社会效益指标", "带动农户增收", "≥300元/亩", "320元/亩", 10, 10, ""),
        ("效益指标", "生态效益指标", "节水灌溉面积占比", "≥30%", "28%", 5, 4, "部分片区节水设施尚未通电运行"),
        ("效益指标", "可持续影响指标", "工程管护机制建立", "建立", "已建立", 5, 5, ""),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "93%", 10, 10, "")]),
 "农村人居环境整治专项资金": dict(
   unit="广汉市农业农村局", manager="广汉市农业农村局",
   money=[("年度资金总额", 980.00, 1050.00, 892.40, 10, 8.5),
          ("其中：当年财政拨款", 980.00, 1050.00, 892.40, None, None),
          ("上年结转资金", 0.00, 0.00, 0.00, None, None),
          ("其他资金", 0.00, 0.00, 0.00, None, None)],
   goal=("完成农村户厕改造3000户，新建农村生活污水处理设施15处，村庄生活垃圾收运处置体系覆盖所有行政村，村容村貌明显改善。",
         "完成农村户厕改造2760户，新建污水处理设施15处，生活垃圾收运处置体系覆盖率100%。"),
   ind=[("产出指标", "数量指标", "农村户厕改造数量", "≥3000户", "2760户", 15, 13, "部分农户改厕意愿不足，未完成部分结转下年"),
        ("产出指标", "数量指标", "新建农村生活污水处理设施", "≥15处", "15处", 10, 10, ""),
        ("产出指标", "质量指标", "改厕验收合格率", "≥95%", "97%", 10, 10, ""),
        ("产出指标", "时效指标", "资金拨付及时率", "≥90%", "85%", 10, 6, "部分镇村项目结算滞后"),
        ("产出指标", "成本指标", "户厕改造补助标准", "≤1200元/户", "1200元/户", 5, 5, ""),
        ("效益指标", "社会效益指标", "生活垃圾收运处置体系覆盖率", "100%", "100%", 10, 10, ""),
        ("效益指标", "生态效益指标", "农村生活污水治理率", "≥75%", "72%", 10, 8, "新建设施调试期处理量未达设计负荷"),
        ("效益指标", "可持续影响指标", "长效管护机制覆盖村比例", "≥90%", "90%", 10, 10, ""),
        ("满意度指标", "服务对象满意度指标", "农村群众满意度", "≥90%", "91%", 10, 8.5, "")]),
}

# ---------------------------------------------------------------- T3 三公 budget
SG = [  # dept, 2024: 出国, 车购, 车运, 接待 ; 2025: same   (万元)
 ("广汉市人民政府办公室", (0, 0, 18.50, 12.00), (0, 0, 17.20, 10.50)),
 ("广汉市发展和改革局", (0, 0, 3.20, 2.10), (0, 0, 3.00, 1.80)),
 ("广汉市教育局", (0, 0, 6.80, 3.50), (0, 0, 6.50, 3.20)),
 ("广汉市科学技术和经济信息化局", (0, 0, 2.60, 1.90), (0, 0, 2.40, 1.60)),
 ("广汉市公安局", (0, 45.00, 168.00, 6.00), (0, 38.00, 160.50, 5.40)),
 ("广汉市民政局", (0, 0, 4.20, 0.80), (0, 0, 4.00, 0.60)),
 ("广汉市司法局", (0, 0, 5.60, 0.90), (0, 0, 5.30, 0.80)),
 ("广汉市财政局", (0, 0, 3.80, 1.50), (0, 0, 3.50, 1.20)),
 ("广汉市人力资源和社会保障局", (0, 0, 3.10, 1.20), (0, 0, 2.90, 1.00)),
 ("广汉市自然资源局", (0, 0, 12.40, 1.60), (0, 0, 11.80, 1.40)),
 ("广汉市住房和城乡建设局", (0, 0, 8.90, 2.20), (0, 0, 8.20, 2.00)),
 ("广汉市交通运输局", (0, 28.00, 22.60, 1.80), (0, 0, 21.00, 1.50)),
 ("广汉市水利局", (0, 0, 9.60, 1.40), (0, 24.50, 9.20, 1.20)),
 ("广汉市农业农村局", (0, 0, 15.80, 2.60), (0, 0, 14.60, 2.30)),
 ("广汉市商务局", (6.00, 0, 2.20, 3.80), (8.00, 0, 2.00, 3.50)),
 ("广汉市文化广播电视和旅游局", (0, 0, 3.40, 2.40), (0, 0, 3.20, 2.10)),
 ("广汉市卫生健康局", (0, 0, 7.50, 1.30), (0, 0, 7.00, 1.10)),
 ("广汉市应急管理局", (0, 32.00, 10.80, 0.90), (0, 0, 10.50, 0.80)),
 ("广汉市市场监督管理局", (0, 0, 16.20, 1.10), (0, 0, 15.40, 1.00)),
 ("广汉市统计局", (0, 0, 1.80, 0.40), (0, 0, 1.60, 0.30)),
 ("广汉市医疗保障局", (0, 0, 2.10, 0.50), (0, 0, 1.90, 0.40)),
 ("广汉市综合行政执法局", (0, 0, 24.60, 0.70), (0, 26.00, 23.80, 0.60)),
 ("广汉市生态环境局", (0, 0, 9.30, 0.80), (0, 0, 8.80, 0.70)),
 ("广汉市投资促进和外事局", (12.00, 0, 2.50, 8.60), (15.00, 0, 2.30, 8.00)),
]


def money(v):
    return round(v + 1e-9, 2)


def make_t2():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评汇总"
    ncol = 11
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "广汉市农业农村局2024年度项目支出绩效自评结果汇总表"
    ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "单位：万元"; ws["A2"].alignment = Alignment(horizontal="right")
    h1 = ["序号", "项目名称", "实施单位", "预算执行情况", None, None, None, "绩效自评", None, None, "备注"]
    h2 = [None, None, None, "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分", "自评等级", None]
    for c, v in enumerate(h1, 1):
        ws.cell(3, c, v)
    for c, v in enumerate(h2, 1):
        ws.cell(4, c, v)
    for c in (1, 2, 3, 11):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells("D3:G3"); ws.merge_cells("H3:J3")
    r = 5
    ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    tot = [sum(p[i] for p in SE_PROJ) for i in (2, 3, 4)]
    ws.cell(r, 4, money(tot[0])); ws.cell(r, 5, money(tot[1])); ws.cell(r, 6, money(tot[2]))
    ws.cell(r, 7, f"{tot[2] / tot[1] * 100:.2f}%")
    rows = []
    for i, p in enumerate(SE_PROJ, 1):
        r += 1
        rate = f"{p[4] / p[3] * 100:.2f}%"
        vals = [i, p[0], p[1], p[2], p[3], p[4], rate, p[5], p[6], p[7], ""]
        for c, v in enumerate(vals, 1):
            ws.cell(r, c, v)
        rows.append(dict(row=r, name=p[0], unit=p[1], y0=p[2], y=p[3], x=p[4], rate=rate, full=p[5], score=p[6], grade=p[7]))
    style_range(ws, 3, r, 1, ncol)
    ws.cell(r + 1, 1, "注：执行率=全年执行数/全年预算数；自评等级90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。")
    for c, w in zip(range(1, ncol + 1), [6, 34, 28, 11, 11, 11, 10, 7, 7, 9, 8]):
        ws.column_dimensions[get_column_letter(c)].width = w
    facts = dict(summary=rows, total=dict(y0=money(tot[0]), y=money(tot[1]), x=money(tot[2]), rate=f"{tot[2] / tot[1] * 100:.2f}%"), detail={})

    for pname, d in SE_DETAIL.items():
        ws = wb.create_sheet(pname[:10])
        ws.merge_cells("A1:J1"); ws["A1"] = "项目支出绩效自评表"
        ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
        ws.merge_cells("A2:J2"); ws["A2"] = "（2024年度）"; ws["A2"].alignment = Alignment(horizontal="center")
        ws["A3"] = "项目名称"; ws.merge_cells("B3:J3"); ws["B3"] = pname
        ws["A4"] = "主管部门"; ws.merge_cells("B4:E4"); ws["B4"] = d["manager"]
        ws["F4"] = "实施单位"; ws.merge_cells("G4:J4"); ws["G4"] = d["unit"]
        ws.merge_cells("A5:A9"); ws["A5"] = "项目资金（万元）"
        ws.merge_cells("B5:C5"); ws["B5"] = None
        for c, v in zip("DEFGHI", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
            ws[f"{c}5"] = v
        for k, m in enumerate(d["money"]):
            rr = 6 + k
            ws.merge_cells(f"B{rr}:C{rr}"); ws[f"B{rr}"] = m[0]
            ws[f"D{rr}"] = m[1]; ws[f"E{rr}"] = m[2]; ws[f"F{rr}"] = m[3]
            ws[f"G{rr}"] = m[4] if m[4] is not None else "—"
            ws[f"H{rr}"] = f"{m[3] / m[2] * 100:.2f}%" if m[2] else "—"
            ws[f"I{rr}"] = m[5] if m[5] is not None else "—"
        ws.merge_cells("A10:A11"); ws["A10"] = "年度总体目标"
        ws.merge_cells("B10:E10"); ws["B10"] = "预期目标"; ws.merge_cells("F10:J10"); ws["F10"] = "实际完成情况"
        ws.merge_cells("B11:E11"); ws["B11"] = d["goal"][0]; ws.merge_cells("F11:J11"); ws["F11"] = d["goal"][1]
        hdr = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值（全年目标值）", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", None]
        for c, v in enumerate(hdr, 1):
            ws.cell(12, c, v)
        ws.merge_cells("I12:J12")
        r0 = 13
        prev1 = prev2 = None; s1 = s2 = r0
        drows = []
        for k, it in enumerate(d["ind"]):
            rr = r0 + k
            ws.cell(rr, 2, it[0] if it[0] != prev1 else None)
            ws.cell(rr, 3, it[1] if (it[1], it[0]) != (prev2, prev1) else None)
            ws.cell(rr, 4, it[2]); ws.cell(rr, 5, it[3]); ws.cell(rr, 6, it[4]); ws.cell(rr, 7, it[5]); ws.cell(rr, 8, it[6])
            ws.merge_cells(start_row=rr, start_column=9, end_row=rr, end_column=10); ws.cell(rr, 9, it[7] or None)
            prev1, prev2 = it[0], it[1]
            drows.append(dict(row=rr, l1=it[0], l2=it[1], name=it[2], target=it[3], actual=it[4], full=it[5], score=it[6], reason=it[7]))
        last = r0 + len(d["ind"]) - 1
        ws.merge_cells(start_row=r0, start_column=1, end_row=last, end_column=1)
        # merge level-1 / level-2 blocks
        for col, key in ((2, lambda x: x[0]), (3, lambda x: (x[0], x[1]))):
            start = 0
            for k in range(1, len(d["ind"]) + 1):
                if k == len(d["ind"]) or key(d["ind"][k]) != key(d["ind"][start]):
                    if k - 1 > start:
                        ws.merge_cells(start_row=r0 + start, start_column=col, end_row=r0 + k - 1, end_column=col)
                    start = k
        tr = last + 1
        ws.cell(tr, 1, "总分"); ws.merge_cells(start_row=tr, start_column=1, end_row=tr, end_column=6)
        full = sum(x[5] for x in d["ind"]) + d["money"][0][4]
        got = sum(x[6] for x in d["ind"]) + d["money"][0][5]
        ws.cell(tr, 7, full); ws.cell(tr, 8, got)
        ws.merge_cells(start_row=tr, start_column=9, end_row=tr, end_column=10)
        style_range(ws, 3, tr, 1, 10)
        for c, w in zip(range(1, 11), [10, 12, 16, 26, 16, 16, 7, 7, 30, 10]):
            ws.column_dimensions[get_column_letter(c)].width = w
        summ = [p for p in SE_PROJ if p[0] == pname][0]
        assert abs(full - 100) < 1e-9 and abs(got - summ[6]) < 1e-9, (pname, full, got)
        facts["detail"][pname] = dict(sheet=ws.title, money=d["money"], ind=drows, full=full, score=got)
    path = os.path.join(DOCS, "广汉市农业农村局2024年度项目支出绩效自评表.xlsx")
    wb.save(path)
    return facts


def make_t3():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "三公经费预算"
    ncol = 12
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "广汉市2025年市级部门财政拨款“三公”经费预算表"
    ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "单位：万元"; ws["A2"].alignment = Alignment(horizontal="right")
    sub = ["合计", "因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"]
    ws.cell(3, 1, "序号"); ws.cell(3, 2, "部门名称"); ws.cell(3, 3, "2024年预算数"); ws.cell(3, 8, "2025年预算数")
    for k, v in enumerate(sub):
        ws.cell(4, 3 + k, v); ws.cell(4, 8 + k, v)
    ws.merge_cells("A3:A4"); ws.merge_cells("B3:B4"); ws.merge_cells("C3:G3"); ws.merge_cells("H3:L3")
    r = 5
    ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    rows = []
    tot24 = [0.0] * 4; tot25 = [0.0] * 4
    for i, (dept, a, b) in enumerate(SG, 1):
        rr = r + i
        ws.cell(rr, 1, i); ws.cell(rr, 2, dept)
        s24 = money(sum(a)); s25 = money(sum(b))
        ws.cell(rr, 3, s24); ws.cell(rr, 8, s25)
        for k in range(4):
            ws.cell(rr, 4 + k, money(a[k])); ws.cell(rr, 9 + k, money(b[k]))
            tot24[k] += a[k]; tot25[k] += b[k]
        rows.append(dict(row=rr, dept=dept, y24=[s24] + [money(x) for x in a], y25=[s25] + [money(x) for x in b]))
    ws.cell(r, 3, money(sum(tot24))); ws.cell(r, 8, money(sum(tot25)))
    for k in range(4):
        ws.cell(r, 4 + k, money(tot24[k])); ws.cell(r, 9 + k, money(tot25[k]))
    last = r + len(SG)
    for rr in range(5, last + 1):
        for c in range(3, 13):
            ws.cell(rr, c).number_format = "0.00"
    style_range(ws, 3, last, 1, ncol)
    ws.cell(last + 1, 1, "注：本表仅含财政拨款安排的“三公”经费；公务用车购置费为经批准的更新购置车辆预算。")
    ws.column_dimensions["B"].width = 30
    path = os.path.join(DOCS, "广汉市2025年部门三公经费预算表.xlsx")
    wb.save(path)
    return dict(rows=rows, tot24=[money(sum(tot24))] + [money(x) for x in tot24],
                tot25=[money(sum(tot25))] + [money(x) for x in tot25])


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "scratch"), exist_ok=True)
    facts = {"T1": make_t1(), "T2": make_t2(), "T3": make_t3()}
    json.dump(facts, open(os.path.join(HERE, "scratch", "facts.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("ok")
