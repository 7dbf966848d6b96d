# -*- coding: utf-8 -*-
"""Build the three documents of blind48 (贵州省湄潭县).
T1 湄潭县水务局 2026年项目支出绩效目标表 (text, seed layout)
T2 湄潭县卫生健康局 2026年部门支出预算表 (xlsx)
T3 湄潭县农业农村局 2026年茶产业提质增效项目申报表 (xlsx)
Run: /work/main/.venv/bin/python make_docs.py
"""
import json, os
from decimal import Decimal as D
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE
os.makedirs(DOCS, exist_ok=True)

T1_NAME = "贵州省湄潭县水务局2026年项目支出绩效目标表.txt"
T2_NAME = "贵州省湄潭县卫生健康局2026年部门支出预算表.xlsx"
T3_NAME = "贵州省湄潭县农业农村局2026年茶产业提质增效项目申报表.xlsx"

# ---------------------------------------------------------------- T1
L1 = {"1": "1-产出指标", "2": "2-效益指标", "3": "3-满意度指标"}
L2 = {"11": "11-数量指标", "12": "12-质量指标", "13": "13-时效指标", "14": "14-成本指标",
      "21": "21-经济效益", "22": "22-社会效益", "23": "23-生态效益", "24": "24-可持续影响",
      "31": "31-服务对象满意度"}

def ind(code, name, period, annual=None):
    return (code, name, period, annual if annual is not None else period)

T1_UNITS = [
  ("湄潭县水务局", [
    ("农村饮水安全工程维修养护经费", "186.50", "150.00", "36.50",
     "对全县农村集中供水工程、分散式供水设施开展日常维修养护，更换老旧管网及净水消毒设备，保障农村群众饮水安全，确保农村自来水普及率稳定在95%以上。",
     [ind("31", "农村饮水工程受益群众满意度", "≥90%"),
      ind("11", "维修养护农村供水工程数量", "≥120处"),
      ind("11", "更换老旧供水管网长度", "≥45公里", "≥18公里"),
      ind("12", "农村集中供水工程水质达标率", "≥95%"),
      ind("13", "维修问题处置及时率", "≥98%"),
      ind("22", "农村自来水普及率", "≥95%"),
      ind("24", "供水工程长效运行机制", "建立健全县级统管、乡镇监管、村级管护机制", "落实工程管护责任"),
      ind("14", "单处工程维修养护成本", "≤1.55万元")]),
    ("水资源管理与节约用水专项经费", "42.00", "42.00", None,
     "严格落实最严格水资源管理制度，开展取水许可监督检查、用水计量监控和县域节水型社会达标建设，全县万元GDP用水量持续下降。",
     [ind("11", "取水许可监督检查户数", "≥60户"),
      ind("11", "节水宣传活动场次", "≥6场"),
      ind("12", "取水计量设施安装率", "100%"),
      ind("23", "万元GDP用水量下降率", "完成上级下达目标", "≥3%"),
      ind("31", "取用水户满意度", "≥85%")]),
    ("水土保持监督管理经费", "28.60", "28.60", None,
     "开展生产建设项目水土保持监督检查和水土流失动态监测，督促落实水土保持方案，遏制人为水土流失。",
     [ind("11", "生产建设项目监督检查数量", "≥40个"),
      ind("12", "水土保持方案审批合规率", "100%"),
      ind("23", "新增水土流失治理面积", "≥12平方公里"),
      ind("13", "资金支付及时率", "≥95%")]),
    ("防汛抗旱应急物资储备经费", "55.00", "55.00", None,
     "补充更新冲锋舟、救生衣、抽水泵、编织袋等防汛抗旱应急物资，做好物资仓储管理，确保汛期应急抢险物资调得出、用得上。",
     [ind("11", "采购救生衣数量", "≥800件"),
      ind("11", "采购抽水泵数量", "≥25台"),
      ind("12", "物资验收合格率", "100%"),
      ind("13", "物资入库时间", "主汛期前完成", "2026年5月底前"),
      ind("22", "因洪涝灾害死亡人数", "0人"),
      ind("31", "基层防汛责任人满意度", "≥90%")]),
    ("政府购买服务（水务工程质量检测）经费", "36.80", "36.80", None,
     "通过政府购买服务方式委托第三方检测机构，对全县在建水利工程开展质量抽检，确保工程质量合格。",
     [ind("11", "抽检在建水利工程数量", "≥25个"),
      ind("12", "工程质量检测覆盖率", "100%"),
      ind("13", "检测报告出具及时率", "≥95%"),
      ind("14", "检测服务费用", "≤36.8万元"),
      ind("31", "项目建设单位满意度", "≥85%")]),
    ("水务局政府雇员工资经费", "64.32", "64.32", None,
     "保障局机关政府雇员工资按时足额发放，稳定水务工作队伍，提升水务管理服务水平。",
     [ind("11", "保障政府雇员人数", "12人"),
      ind("12", "编外人员聘用合规率", "100%"),
      ind("13", "工资发放及时率", "100%")]),
  ]),
  ("湄潭县水利工程管理站", [
    ("小型水库安全运行管护经费", "118.40", "98.40", "20.00",
     "落实全县小型水库安全管理责任制，聘用专职巡查管护人员，开展水库日常巡查、设施维护和汛期值守，确保小型水库安全度汛。",
     [ind("11", "管护小型水库数量", "42座"),
      ind("11", "聘用水库巡查管护人员", "≥84人"),
      ind("12", "水库安全鉴定完成率", "100%"),
      ind("13", "汛期24小时值班值守到位率", "100%"),
      ind("22", "水库安全度汛", "不发生垮坝事故", "无垮坝事故"),
      ind("24", "水库工程长期安全运行", "持续发挥防洪灌溉效益", "长期"),
      ind("31", "下游受益群众满意度", "≥90%")]),
    ("灌区渠系维修养护经费", "76.25", "76.25", None,
     "对湄江灌区、永兴灌区干支渠开展清淤、衬砌修复和渠系建筑物维修，恢复和改善灌溉面积，保障茶园、农田灌溉用水。",
     [ind("11", "渠道清淤长度", "≥35公里"),
      ind("11", "维修渠系建筑物", "≥28座"),
      ind("12", "维修工程验收合格率", "100%"),
      ind("21", "恢复和改善灌溉面积", "≥1.2万亩"),
      ind("13", "资金支付及时率", "≥95%"),
      ind("31", "灌区受益群众满意度", "≥90%")]),
    ("水库大坝安全监测设施运维经费", "31.50", "31.50", None,
     "对全县水库大坝雨水情测报和安全监测设施开展运行维护，保障监测数据实时上传、设施完好。",
     [ind("11", "运维大坝安全监测点", "≥63个"),
      ind("12", "监测设施完好率", "≥95%"),
      ind("12", "监测数据到报率", "≥95%"),
      ind("13", "故障修复时限", "≤48小时")]),
    ("山洪灾害监测预警系统运维经费", "48.00", "48.00", None,
     "对山洪灾害监测预警平台、自动雨量站、水位站和预警广播开展运行维护，及时发布预警信息，保障人民群众生命安全。",
     [ind("11", "运维自动雨量站数量", "≥86个"),
      ind("11", "运维预警广播数量", "≥210套"),
      ind("12", "监测设施完好率", "≥95%"),
      ind("13", "预警信息发布及时率", "100%"),
      ind("22", "因洪涝灾害死亡人数", "0人"),
      ind("14", "年度运维费用", "≤48万元")]),
  ]),
  ("湄潭县河湖管理中心", [
    ("河湖长制工作经费", "52.80", "52.80", None,
     "推进县、镇、村三级河湖长制工作，开展河湖“清四乱”专项整治、河长巡河督导和河湖健康评价，持续改善河湖面貌。",
     [ind("11", "河湖“清四乱”问题整改数量", "≥50个"),
      ind("11", "编制河湖健康评价报告", "3份"),
      ind("12", "河长巡河履职率", "≥95%"),
      ind("23", "县级河湖水质达标率", "100%"),
      ind("22", "河湖长制考核等次", "良好及以上", "优秀"),
      ind("31", "沿河群众满意度", "≥90%")]),
    ("湄江河道（城区段）日常保洁及岸线巡查管护经费", "94.60", "74.60", "20.00",
     "通过政府购买服务方式，对湄江城区段及主要支流河道开展日常保洁、水面漂浮物打捞和岸线巡查，保持河面清洁、岸线整洁。",
     [ind("11", "河道保洁长度", "≥28公里"),
      ind("11", "岸线巡查频次", "每周不少于2次"),
      ind("12", "河面漂浮物清理率", "≥98%"),
      ind("23", "河道水环境质量", "持续改善", "湄江城区段水质稳定达到Ⅲ类"),
      ind("14", "河道保洁单价", "≤3.38万元/公里·年"),
      ind("31", "沿河群众满意度", "≥90%")]),
    ("河湖管理中心政府雇员公用经费", "3.60", "3.60", None,
     "保障河湖管理中心政府雇员日常办公、差旅等公用支出，提升河湖管理工作效率。",
     [ind("12", "编外人员聘用合规率", "100%"),
      ind("13", "资金支付及时率", "≥95%"),
      ind("22", "公共服务能力", "提升河湖管理服务水平", "100%")]),
  ]),
]


def d(s):
    return D(s) if s else D("0")


def fmt(x):
    return f"{x:.2f}"


def wrap(text, n):
    return [text[i:i + n] for i in range(0, len(text), n)]


def ind_text(inds):
    parts = []
    for i, (code, name, p, a) in enumerate(inds, 1):
        parts.append(f"{i}、{L1[code[0]]},{L2[code]},{name}；实施周期指标值:{p},年度指标值:{a};")
    return ",".join(parts)


def build_t1():
    dept = "湄潭县水务局(部门)"
    hdr = [f"部门名称：{dept} 单位：万元", "",
           "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", ""]
    out = ["", "项目支出绩效目标表（含转移支付项目）", ""] + hdr
    tot = [D(0), D(0), D(0)]
    units = []
    for uname, projs in T1_UNITS:
        ut = [sum(d(p[1]) for p in projs), sum(d(p[2]) for p in projs), sum(d(p[3]) for p in projs)]
        units.append((uname, ut))
        for k in range(3):
            tot[k] += ut[k]

    def amt(t, f, o):
        s = f"{fmt(t)} {fmt(f)}"
        if o:
            s += f" {fmt(o)}"
        return s
    out.append("合计 " + amt(*tot))
    out.append("")
    nproj = 0
    cnt = [0]

    def emit(lines):
        for ln in lines:
            out.append(ln)
            cnt[0] += 1
            if cnt[0] % 5 == 0:
                out.append("")
    for (uname, ut), (_, projs) in zip(units, T1_UNITS):
        out.append(f"{uname} " + amt(*ut))
        out.append("")
        for name, t, f, o, goal, inds in projs:
            if nproj and nproj % 4 == 0:
                out += ["", "", ""] + hdr
            nproj += 1
            a = amt(d(t), d(f), d(o))
            if len(name) > 18:
                out.append("    " + name[:14])
                out.append(name[14:])
                out.append("")
                out.append(a)
            else:
                out.append(f"    {name} {a}")
            out.append("")
            emit(wrap(goal, 20))
            out.append("")
            emit(wrap(ind_text(inds), 38))
            out.append("")
    txt = "\n".join(out) + "\n"
    with open(os.path.join(DOCS, T1_NAME), "w", encoding="utf-8") as fh:
        fh.write(txt)
    return {"total": [fmt(x) for x in tot], "units": [(u, [fmt(x) for x in ut]) for u, ut in units]}


# ---------------------------------------------------------------- T2
thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

T2_GROUPS = [
  ("一、局本级及县直医疗卫生单位", [
    ("401001", "湄潭县卫生健康局（本级）", "386.42", "92.18", "268.50"),
    ("401002", "湄潭县人民医院", "6842.36", "1126.80", "2385.00"),
    ("401003", "湄潭县中医院", "3915.74", "684.22", "1260.40"),
    ("401004", "湄潭县疾病预防控制中心", "812.65", "96.35", "438.20"),
    ("401005", "湄潭县妇幼保健院", "1536.28", "247.66", "392.80"),
    ("401006", "湄潭县卫生健康综合行政执法大队", "214.37", "31.45", "45.60"),
    ("401007", "湄潭县120急救指挥中心", "168.92", "27.30", "86.50"),
  ]),
  ("二、乡镇卫生院（社区卫生服务中心）", [
    ("402001", "湄潭县湄江街道社区卫生服务中心", "402.18", "58.40", "96.30"),
    ("402002", "湄潭县黄家坝街道社区卫生服务中心", "318.64", "46.25", "72.10"),
    ("402003", "湄潭县鱼泉街道社区卫生服务中心", "296.35", "43.80", "68.50"),
    ("402004", "湄潭县永兴镇中心卫生院", "586.72", "82.60", "124.80"),
    ("402005", "湄潭县复兴镇卫生院", "274.18", "38.90", "62.40"),
    ("402006", "湄潭县马山镇卫生院", "236.45", "34.20", "58.60"),
    ("402007", "湄潭县高台镇卫生院", "251.30", "35.60", "57.20"),
    ("402008", "湄潭县茅坪镇卫生院", "228.76", "33.15", "54.30"),
    ("402009", "湄潭县兴隆镇卫生院", "312.54", "44.70", "71.60"),
    ("402010", "湄潭县新南镇卫生院", "205.68", "30.40", "49.80"),
    ("402011", "湄潭县石莲镇卫生院", "219.43", "31.85", "52.70"),
    ("402012", "湄潭县天城镇卫生院", "198.26", "29.60", "48.90"),
    ("402013", "湄潭县洗马镇卫生院", "189.37", "28.45", "46.20"),
    ("402014", "湄潭县西河镇卫生院", "176.82", "26.90", "44.50"),
    ("402015", "湄潭县抄乐镇卫生院", "183.95", "27.35", "45.80"),
  ]),
]


def build_t2():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门支出预算表"
    ws.merge_cells("A1:G1")
    ws["A1"] = "湄潭县卫生健康局2026年部门支出预算表"
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = CENTER
    ws.merge_cells("A2:D2")
    ws["A2"] = "部门：湄潭县卫生健康局（汇总）"
    ws.merge_cells("E2:G2")
    ws["E2"] = "单位：万元"
    ws["E2"].alignment = Alignment(horizontal="right")
    # two header rows
    ws.merge_cells("A3:A4"); ws["A3"] = "单位编码"
    ws.merge_cells("B3:B4"); ws["B3"] = "单位名称"
    ws.merge_cells("C3:C4"); ws["C3"] = "合计"
    ws.merge_cells("D3:F3"); ws["D3"] = "基本支出"
    ws["D4"] = "小计"; ws["E4"] = "人员经费"; ws["F4"] = "公用经费"
    ws.merge_cells("G3:G4"); ws["G3"] = "项目支出"
    rows = []
    gsum = []
    for gname, units in T2_GROUPS:
        urows = []
        for code, name, ry, gy, xm in units:
            ry, gy, xm = D(ry), D(gy), D(xm)
            jb = ry + gy
            urows.append([code, name, jb + xm, jb, ry, gy, xm])
        s = [sum(r[k] for r in urows) for k in range(2, 7)]
        gsum.append(s)
        rows.append(["", gname + "小计"] + s)
        rows.extend(urows)
    tot = [sum(g[k] for g in gsum) for k in range(5)]
    r = 5
    ws.cell(r, 1, ""); ws.cell(r, 2, "合计")
    for k, v in enumerate(tot):
        ws.cell(r, 3 + k, float(v))
    r += 1
    for row in rows:
        for k, v in enumerate(row):
            ws.cell(r, 1 + k, float(v) if isinstance(v, D) else v)
        r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1, "注：本表按单位列示2026年部门支出预算，基本支出含人员经费和公用经费；项目支出不含上级转移支付资金。")
    last = r - 1
    for row in ws.iter_rows(min_row=3, max_row=last, max_col=7):
        for c in row:
            c.border = BORDER
            if c.row <= 4:
                c.alignment = CENTER; c.font = Font(bold=True)
            elif c.column >= 3:
                c.number_format = "0.00"
    for col, w in zip("ABCDEFG", [10, 36, 12, 12, 12, 12, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(DOCS, T2_NAME))
    flat = [["合计"] + [fmt(v) for v in tot]] + [[x[1]] + [fmt(v) for v in x[2:]] for x in rows]
    return flat


# ---------------------------------------------------------------- T3
T3_DETAIL = [
  ("茶园有机肥替代化肥土壤改良", "255.00", "1.7万亩×150元/亩=255万元"),
  ("低产茶园提质改造", "240.00", "0.8万亩×300元/亩=240万元"),
  ("茶园病虫害绿色防控", "126.00", "4.2万亩×30元/亩（杀虫灯、粘虫板、性诱剂）=126万元"),
  ("茶园生产道路及机耕道建设", "198.00", "33公里×6万元/公里=198万元"),
  ("茶叶加工厂清洁化改造补助", "180.00", "12家×15万元/家=180万元"),
  ("茶叶质量安全检测", "42.50", "850批次×500元/批次=42.5万元"),
  ("“湄潭翠芽”公用品牌宣传推介", "96.00", "参加省内外茶博会4场×15万元/场+媒体宣传36万元=96万元"),
  ("茶叶初制所标准化提升", "150.00", "30个×5万元/个=150万元"),
  ("茶农实用技术培训", "36.00", "3000人次×120元/人次=36万元"),
  ("茶园补植补造良种苗木补助", "132.00", "0.6万亩×220元/亩=132万元"),
  ("数字茶园物联网监测点建设", "84.50", "13个×6.5万元/个=84.5万元"),
  ("项目管理及验收费", "20.00", "按项目实施方案编制、第三方验收等实际需要测算，20万元"),
]
T3_SOURCES = [
  ("中央财政衔接推进乡村振兴补助资金", "500.00", "800.00", "600.00"),
  ("省级财政专项资金", "200.00", "300.00", "250.00"),
  ("县级财政配套资金", "380.00", "360.00", "310.00"),
  ("经营主体自筹资金", "100.00", "100.00", "100.00"),
]
T3_INDS = [
  ("产出指标", "数量指标", "有机肥替代化肥面积", "≥1.7万亩"),
  ("", "", "低产茶园改造面积", "0.8万亩"),
  ("", "", "绿色防控覆盖面积", "≥4.2万亩"),
  ("", "", "新建改建茶园生产道路", "33公里"),
  ("", "", "清洁化改造茶叶加工厂", "12家"),
  ("", "", "茶农技术培训人次", "≥3000人次"),
  ("", "质量指标", "茶叶质量安全抽检合格率", "≥98%"),
  ("", "", "改造茶园验收合格率", "100%"),
  ("", "时效指标", "项目完工时间", "2026年11月底前"),
  ("", "", "资金拨付及时率", "≥95%"),
  ("", "成本指标", "低产茶园改造补助标准", "≤300元/亩"),
  ("效益指标", "经济效益指标", "改造茶园亩均产值增加", "≥500元"),
  ("", "", "项目区茶农人均增收", "≥800元"),
  ("", "社会效益指标", "带动茶农户数", "≥1.2万户"),
  ("", "生态效益指标", "项目区化肥使用量减少", "≥10%"),
  ("", "可持续影响指标", "茶产业综合产值", "逐年提高"),
  ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"),
  ("", "", "茶叶经营主体满意度", "≥90%"),
]


def build_t3():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目申报表"
    def put(r, c1, c2, v, bold=False):
        if c2 > c1:
            ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
        cell = ws.cell(r, c1, v)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        if bold:
            cell.font = Font(bold=True)
        return cell
    put(1, 1, 7, "湄潭县2026年项目申报表", True).alignment = CENTER
    ws["A1"].font = Font(size=16, bold=True)
    put(2, 1, 4, "填报单位（盖章）：湄潭县农业农村局")
    put(2, 5, 7, "单位：万元")
    r = 3
    put(r, 1, 2, "项目名称"); put(r, 3, 4, "湄潭县茶产业提质增效项目"); put(r, 5, 5, "项目代码"); put(r, 6, 7, "52032926-2026-NY0015"); r += 1
    put(r, 1, 2, "主管部门"); put(r, 3, 4, "湄潭县农业农村局"); put(r, 5, 5, "实施单位"); put(r, 6, 7, "湄潭县茶产业发展中心"); r += 1
    put(r, 1, 2, "项目负责人"); put(r, 3, 4, "王国顺"); put(r, 5, 5, "联系电话"); put(r, 6, 7, "0851-2000XXXX"); r += 1
    put(r, 1, 2, "项目类型"); put(r, 3, 7, "1.部门项目 □     2.公共项目 □√     3.新增项目 □     4.延续项目 □√"); r += 1
    put(r, 1, 2, "项目起止年限"); put(r, 3, 7, "2025年1月至2027年12月（共3年）"); r += 1
    put(r, 1, 2, "项目申请理由"); put(r, 3, 7, "1.依据《贵州省茶产业高质量发展规划》《遵义市茶产业提质增效三年行动方案》和《湄潭县“十四五”茶产业发展规划》；\n2.全县投产茶园面积大，部分茶园树龄老化、土壤酸化、亩均产值偏低，茶叶初制加工清洁化水平不高，亟需通过提质增效提升茶叶品质和效益；\n3.巩固拓展脱贫攻坚成果，带动茶农持续增收。"); r += 1
    put(r, 1, 2, "项目主要内容"); put(r, 3, 7, "2026年主要实施：有机肥替代化肥1.7万亩，低产茶园改造0.8万亩，病虫害绿色防控4.2万亩，新建改建茶园生产道路33公里，茶叶加工厂清洁化改造12家，初制所标准化提升30个，数字茶园物联网监测点13个，开展茶叶质量安全检测和茶农技术培训，宣传推介“湄潭翠芽”公用品牌。"); r += 1
    put(r, 1, 2, "项目总预算"); put(r, 3, 4, 4000.00); put(r, 5, 5, "项目当年（2026年）预算"); put(r, 6, 7, 1560.00); r += 1
    # funding sources by kind and year
    src_hdr = r
    put(r, 1, 2, "项目资金来源"); put(r, 3, 3, "资金来源"); put(r, 4, 4, "合计"); put(r, 5, 5, "2025年"); put(r, 6, 6, "2026年"); put(r, 7, 7, "2027年"); r += 1
    tot = [D(0)] * 3
    srows = []
    for name, a, b, c in T3_SOURCES:
        v = [D(a), D(b), D(c)]
        tot = [tot[k] + v[k] for k in range(3)]
        srows.append((name, v))
    put(r, 3, 3, "合计"); ws.cell(r, 4, float(sum(tot)))
    for k in range(3): ws.cell(r, 5 + k, float(tot[k]))
    r += 1
    for i, (name, v) in enumerate(srows, 1):
        put(r, 3, 3, f"{i}.{name}"); ws.cell(r, 4, float(sum(v)))
        for k in range(3): ws.cell(r, 5 + k, float(v[k]))
        r += 1
    ws.merge_cells(start_row=src_hdr, start_column=1, end_row=r - 1, end_column=2)
    # detail
    det_hdr = r
    put(r, 1, 2, "2026年项目支出明细预算及测算依据"); put(r, 3, 3, "序号"); put(r, 4, 4, "支出明细"); put(r, 5, 5, "金额"); put(r, 6, 7, "测算依据"); r += 1
    dsum = sum(D(x[1]) for x in T3_DETAIL)
    put(r, 3, 3, ""); put(r, 4, 4, "合计"); ws.cell(r, 5, float(dsum)); put(r, 6, 7, ""); r += 1
    for i, (name, amt, basis) in enumerate(T3_DETAIL, 1):
        ws.cell(r, 3, i); put(r, 4, 4, name); ws.cell(r, 5, float(D(amt))); put(r, 6, 7, basis); r += 1
    ws.merge_cells(start_row=det_hdr, start_column=1, end_row=r - 1, end_column=2)
    assert dsum == tot[1], (dsum, tot)
    put(r, 1, 2, "项目绩效总目标"); put(r, 3, 7, "通过三年实施，全县茶园综合生产能力和茶叶品质明显提升，2026年完成有机肥替代化肥1.7万亩、低产茶园改造0.8万亩，茶叶质量安全抽检合格率保持在98%以上，项目区茶农人均增收800元以上，“湄潭翠芽”品牌影响力进一步扩大。"); r += 1
    ind_hdr = r
    put(r, 1, 2, "项目年度绩效指标"); put(r, 3, 3, "一级指标"); put(r, 4, 4, "二级指标"); put(r, 5, 6, "三级指标"); put(r, 7, 7, "指标值"); r += 1
    for a, b, c, v in T3_INDS:
        ws.cell(r, 3, a or None); ws.cell(r, 4, b or None); put(r, 5, 6, c); ws.cell(r, 7, v); r += 1
    ws.merge_cells(start_row=ind_hdr, start_column=1, end_row=r - 1, end_column=2)
    put(r, 1, 7, "备注：本表金额单位为万元；2025年为已安排预算，2027年为预计数。")
    for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=7):
        for c in row:
            c.border = BORDER
    for row in ws.iter_rows(min_row=src_hdr, max_row=r - 1, min_col=4, max_col=7):
        for c in row:
            if isinstance(c.value, float):
                c.number_format = "0.00"
    for col, w in zip("ABCDEFG", [8, 10, 30, 26, 14, 24, 26]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(DOCS, T3_NAME))
    return {"sources": [(n, [fmt(x) for x in v]) for n, v in srows], "src_total": [fmt(x) for x in tot],
            "detail_sum": fmt(dsum)}


if __name__ == "__main__":
    a = build_t1(); b = build_t2(); c = build_t3()
    summary = {"t1": a, "t2": b, "t3": c}
    with open(os.path.join(HERE, "docs_summary.json"), "w", encoding="utf-8") as fh:
        json.dump(summary, fh, ensure_ascii=False, indent=1)
    print(json.dumps(summary, ensure_ascii=False, indent=1))
