# -*- coding: utf-8 -*-
"""Build the three documents for 乐清市 (浙江省温州市) (committed beside this script).
Run: python tests/data/general72/make_docs.py (writes to a temporary folder; the committed documents stay)
"""
import json
import os
import tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = tempfile.mkdtemp(prefix="general72-")  # (the committed documents are never overwritten)

# ---------------------------------------------------------------- T1
DEPT = "乐清市人力资源和社会保障局"
L = {
    "数量": ("1-产出指标", "11-数量指标"), "质量": ("1-产出指标", "12-质量指标"),
    "时效": ("1-产出指标", "13-时效指标"), "成本": ("1-产出指标", "14-成本指标"),
    "经济": ("2-效益指标", "21-经济效益"), "社会": ("2-效益指标", "22-社会效益"),
    "可持续": ("2-效益指标", "24-可持续影响"), "满意": ("3-满意度指标", "31-服务对象满意度"),
}
# (name, total, fiscal, other, goal, [groups of indicators (kind, name, period, annual)])
UNITS = [
 ("乐清市人力资源和社会保障局", [
  ("人力资源市场监管及劳动保障监察执法经费", 45.00, 45.00, 0,
   "开展人力资源市场秩序清理整顿和劳动保障监察执法检查，查处用人单位违法用工行为，规范人力资源服务机构经营行为，维护劳动者合法权益，构建和谐劳动关系。",
   [[("数量", "劳动保障监察执法检查用人单位数", "≥600家", "≥600家"),
     ("数量", "人力资源服务机构年度报告审核数", "≥85家", "≥85家"),
     ("质量", "举报投诉案件结案率", "≥95%", "≥95%"),
     ("时效", "举报投诉案件按时办结率", "100%", "100%"),
     ("社会", "劳动者合法权益得到维护", "有效维护劳动者合法权益", "有效维护"),
     ("满意", "服务对象满意度", "≥90%", "≥90%")]]),
  ("根治欠薪专项整治工作经费", 28.50, 28.50, 0,
   "深入开展根治欠薪冬季专项行动，落实工程建设领域农民工工资专用账户、实名制管理、工资保证金等制度，及时处置欠薪隐患，确保全市不发生因欠薪引发的群体性事件。",
   [[("数量", "欠薪隐患排查在建工程项目数", "≥320个", "≥320个"),
     ("质量", "农民工工资专用账户开设率", "100%", "100%"),
     ("时效", "欠薪线索办结时限", "接到线索后10个工作日内办结", "≤10个工作日"),
     ("成本", "专项整治工作经费", "≤28.5万元", "≤28.5万元"),
     ("社会", "因欠薪引发群体性事件", "0起", "0起"),
     ("满意", "农民工满意度", "≥92%", "≥92%")]]),
  ("人才引进“雁归乐清”专项补助资金", 320.00, 300.00, 20.00,
   "围绕乐清电气产业集群发展需要，落实高层次人才和青年大学生引进政策，发放人才生活补贴、安家补助，吸引在外乐清籍人才回乡创业就业。",
   [[("数量", "引进高校毕业生人数", "≥3500人", "≥3500人"),
     ("数量", "发放人才安家补助人数", "≥120人", "≥120人"),
     ("质量", "补贴发放准确率", "100%", "100%"),
     ("时效", "补助资金拨付及时率", "≥95%", "≥95%"),
     ("成本", "专项补助资金总额", "≤320万元", "≤320万元"),
     ("经济", "带动电气产业人才集聚", "人才净流入持续增长", "人才净流入持续增长"),
     ("满意", "引进人才满意度", "≥90%", "≥90%")]]),
  ("技能人才评价及职业技能竞赛经费", 36.80, 36.80, 0,
   "组织开展职业技能等级认定和“乐清工匠”职业技能竞赛，推进新八级工制度落地，壮大高技能人才队伍，为制造业高质量发展提供技能人才支撑。",
   [[("数量", "职业技能等级认定人数", "≥8000人次", "≥8000人次"),
     ("数量", "举办职业技能竞赛场次", "≥12场", "≥12场"),
     ("质量", "技能等级证书核发合格率", "100%", "100%"),
     ("时效", "竞赛奖励发放及时率", "100%", "100%"),
     ("可持续", "新增高技能人才", "≥2600人", "≥2600人"),
     ("满意", "参赛选手满意度", "≥90%", "≥90%")]]),
  ("社会保障卡“一卡通”服务应用推广经费", 52.60, 40.00, 12.60,
   "推进社会保障卡居民服务“一卡通”建设，拓展社保卡在交通出行、文化旅游、就医购药等领域的应用场景，做好社保卡制发卡和服务网点运维。",
   [[("数量", "第三代社保卡发放量", "≥6万张", "≥6万张"),
     ("数量", "社保卡服务网点数", "≥45个", "≥45个"),
     ("质量", "制卡合格率", "≥99.5%", "≥99.5%"),
     ("时效", "即时制卡办理时长", "≤20分钟", "≤20分钟"),
     ("成本", "服务网点运维经费", "≤12.6万元", "≤12.6万元"),
     ("社会", "社保卡应用场景覆盖领域", "≥8个", "≥8个"),
     ("满意", "服务对象满意度", "≥90%", "≥90%")]]),
 ]),
 ("乐清市就业管理服务中心", [
  ("就业创业补助资金", 1280.00, 980.00, 300.00,
   "落实稳就业政策，发放职业培训补贴、社会保险补贴、创业补贴和创业担保贷款贴息，帮扶就业困难人员和失业人员实现就业，保持全市就业局势总体稳定。",
   [[("数量", "城镇新增就业人数", "≥18000人", "≥18000人"),
     ("数量", "失业人员再就业人数", "≥4200人", "≥4200人"),
     ("数量", "扶持创业人数", "≥1500人", "≥1500人"),
     ("质量", "补贴发放准确率", "100%", "100%"),
     ("时效", "补助资金拨付及时率", "≥95%", "≥95%")],
    [("社会", "城镇调查失业率", "≤5%", "≤5%"),
     ("可持续", "就业形势", "保持总体稳定", "保持总体稳定"),
     ("满意", "服务对象满意度", "≥90%", "≥90%")]]),
  ("高校毕业生就业见习补贴", 96.40, 96.40, 0,
   "组织离校未就业高校毕业生和16-24岁失业青年参加就业见习，按规定发放见习补贴，提升青年就业能力，促进高校毕业生就业。",
   [[("数量", "新增见习岗位数", "≥800个", "≥800个"),
     ("数量", "参加就业见习人数", "≥650人", "≥650人"),
     ("质量", "见习留用率", "≥50%", "≥50%"),
     ("时效", "见习补贴发放及时率", "100%", "100%"),
     ("满意", "见习人员满意度", "≥90%", "≥90%")]]),
  ("公益性岗位补贴经费", 210.75, 210.75, 0,
   "开发公益性岗位托底安置就业困难人员，按月发放岗位补贴和社会保险补贴，确保零就业家庭动态清零。",
   [[("数量", "公益性岗位安置人数", "≥260人", "≥260人"),
     ("质量", "补贴发放准确率", "100%", "100%"),
     ("时效", "岗位补贴按月发放率", "100%", "100%"),
     ("社会", "零就业家庭动态清零", "100%", "100%"),
     ("满意", "服务对象满意度", "≥90%", "≥90%")]]),
  ("零工市场运行经费", 38.20, 38.20, 0,
   "保障乐清市零工市场及各镇街零工驿站日常运行，提供灵活就业岗位信息发布、供需对接和权益维护服务，拓宽灵活就业渠道。",
   [[("数量", "发布零工岗位信息", "≥15000条", "≥15000条"),
     ("数量", "零工驿站数", "≥10个", "≥10个"),
     ("质量", "供需匹配成功率", "≥60%", "≥60%"),
     ("成本", "零工市场运行成本", "≤38.2万元", "≤38.2万元"),
     ("社会", "帮助灵活就业人数", "≥5000人次", "≥5000人次"),
     ("满意", "求职者满意度", "≥85%", "≥85%")]]),
  ("就业服务平台信息化运维经费", 24.90, 24.90, 0,
   "做好乐清市智慧就业服务平台和“浙里就业”数据对接的运行维护，保障系统安全稳定运行，提高就业服务线上办理效率。",
   [[("数量", "系统运维服务", "12个月", "12个月"),
     ("质量", "系统正常运行率", "≥99%", "≥99%"),
     ("时效", "故障响应时间", "≤2小时", "≤2小时"),
     ("成本", "运维经费", "≤24.9万元", "≤24.9万元")]]),
 ]),
 ("乐清市劳动人事争议仲裁院", [
  ("劳动人事争议仲裁办案经费", 31.60, 31.60, 0,
   "依法受理和审理劳动人事争议案件，推进调裁审衔接和“互联网+调解”，提高案件调解率和仲裁结案率，及时化解劳动争议。",
   [[("数量", "受理劳动人事争议案件", "≥1800件", "≥1800件"),
     ("质量", "仲裁结案率", "≥95%", "≥95%"),
     ("质量", "案件调解成功率", "≥70%", "≥70%"),
     ("时效", "案件法定期限内结案率", "100%", "100%"),
     ("社会", "劳动关系和谐稳定", "持续稳定", "持续稳定"),
     ("满意", "当事人满意度", "≥90%", "≥90%")]]),
  ("仲裁院编外人员工资经费", 68.36, 68.36, 0,
   "保障仲裁院编外辅助人员工资按时足额发放，稳定书记员和调解员队伍，保障仲裁办案工作正常开展。",
   [[("质量", "编外人员业绩量化考核完成率", "年度考核称职以上", "100%"),
     ("时效", "编外人员工资支付及时性", "按月足额发放", "100%"),
     ("质量", "编外人员聘用合规率", "合规", "100%"),
     ("社会", "公共服务能力", "提升仲裁服务水平", "100%")]]),
  ("仲裁院编外人员公用经费", 3.45, 3.45, 0,
   "保障仲裁院编外辅助人员工资按时足额发放，稳定书记员和调解员队伍，保障仲裁办案工作正常开展。",
   [[("质量", "编外人员资质达标率", "100%", "100%"),
     ("质量", "编外人员聘用合规率", "合规", "100%"),
     ("时效", "公用经费支出及时率", "100%", "100%")]]),
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
    return [text[i:i + width] for i in range(0, len(text), width)]


def indicator_text(groups):
    parts = []
    for g in groups:
        for i, (kind, name, pv, av) in enumerate(g, 1):
            l1, l2 = L[kind]
            parts.append("%d、%s,%s,%s；实施周期指标值:%s,年度指标值:%s;" % (i, l1, l2, name, pv, av))
    return ",".join(parts)


def header(lines):
    lines += ["", "部门名称：%s(部门) 单位：万元" % DEPT, "",
              "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", ""]


def build_t1():
    lines = ["", "项目支出绩效目标表（含转移支付项目）"]
    header(lines)
    tot = sum(p[1] for u in UNITS for p in u[1])
    fis = sum(p[2] for u in UNITS for p in u[1])
    oth = sum(p[3] for u in UNITS for p in u[1])
    lines += ["合计 " + amounts(tot, fis, oth), ""]
    n = 0
    for uname, projs in UNITS:
        ut = sum(p[1] for p in projs); uf = sum(p[2] for p in projs); uo = sum(p[3] for p in projs)
        lines += [uname + " " + amounts(ut, uf, uo), ""]
        for (name, t, f, o, goal, groups) in projs:
            if n and n % 3 == 0:
                lines += ["", ""]
                header(lines)
            n += 1
            lines.append("    %s %s" % (name, amounts(t, f, o)))
            lines.append("")
            for k, ln in enumerate(wrap(goal, 20)):
                lines.append(ln)
                if k == 2:
                    lines.append("")
            lines.append("")
            for k, ln in enumerate(wrap(indicator_text(groups), 38)):
                lines.append(ln)
                if k % 3 == 2:
                    lines.append("")
            lines.append("")
    path = os.path.join(DOCS, "乐清市人力资源和社会保障局_2026年_项目支出绩效目标表.txt")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return tot, fis, oth


# ---------------------------------------------------------------- T2
thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


def rsj_project(uname):
    for u, projs in UNITS:
        if u == uname:
            return round(sum(p[2] for p in projs), 2)


T2_DEPTS = [
 ("101", "乐清市财政局", [
   ("101001", "乐清市财政局（本级）", 1865.42, 236.18, 1980.55),
   ("101002", "乐清市财政国库支付中心", 312.60, 41.35, 186.00),
   ("101003", "乐清市会计核算服务中心", 178.93, 22.47, 38.85)]),
 ("115", "乐清市人力资源和社会保障局", [
   ("115001", "乐清市人力资源和社会保障局（本级）", 986.40, 118.62, rsj_project("乐清市人力资源和社会保障局")),
   ("115002", "乐清市就业管理服务中心", 425.18, 46.30, rsj_project("乐清市就业管理服务中心")),
   ("115003", "乐清市劳动人事争议仲裁院", 198.75, 21.06, rsj_project("乐清市劳动人事争议仲裁院"))]),
 ("201", "乐清市教育局", [
   ("201001", "乐清市教育局（本级）", 1024.36, 156.80, 8650.00),
   ("201002", "乐清市第一中学", 5236.48, 612.30, 845.00),
   ("201003", "乐清中学", 4987.25, 598.16, 760.50),
   ("201004", "乐清市乐成第一小学", 3120.66, 356.42, 215.30),
   ("201005", "乐清市职业中等专业学校", 4012.84, 487.90, 1320.00)]),
 ("301", "乐清市卫生健康局", [
   ("301001", "乐清市卫生健康局（本级）", 756.20, 88.45, 3260.00),
   ("301002", "乐清市疾病预防控制中心", 1386.52, 142.60, 980.75),
   ("301003", "乐清市妇幼保健院", 845.30, 96.20, 420.00)]),
 ("401", "乐清市民政局", [
   ("401001", "乐清市民政局（本级）", 612.35, 72.80, 4520.60),
   ("401002", "乐清市社会福利院", 368.90, 45.25, 286.40)]),
 ("501", "乐清市农业农村局", [
   ("501001", "乐清市农业农村局（本级）", 698.40, 85.30, 5860.25),
   ("501002", "乐清市农业技术推广中心", 452.16, 50.38, 318.60),
   ("501003", "乐清市动物疫病预防控制中心", 286.70, 33.15, 156.80)]),
 ("601", "乐清市市场监督管理局", [
   ("601001", "乐清市市场监督管理局（本级）", 1536.80, 168.92, 690.40),
   ("601002", "乐清市市场监管检验检测中心", 336.45, 39.80, 125.00)]),
 ("701", "乐清市住房和城乡建设局", [
   ("701001", "乐清市住房和城乡建设局（本级）", 528.60, 64.15, 2360.00),
   ("701002", "乐清市建设工程质量安全服务中心", 274.30, 31.25, 88.50)]),
]


def r2(x):
    return round(x + 1e-9, 2)


def build_t2():
    wb = Workbook(); ws = wb.active; ws.title = "一般公共预算财政拨款支出表"
    ws.merge_cells("A1:G1"); ws["A1"] = "乐清市2026年一般公共预算财政拨款支出表"
    ws["A1"].font = Font(size=16, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:G2"); ws["A2"] = "单位：万元"; ws["A2"].alignment = Alignment(horizontal="right")
    # two header rows
    ws["A3"] = "单位编码"; ws.merge_cells("A3:A4")
    ws["B3"] = "单位名称"; ws.merge_cells("B3:B4")
    ws["C3"] = "合计"; ws.merge_cells("C3:C4")
    ws["D3"] = "基本支出"; ws.merge_cells("D3:F3")
    ws["D4"] = "小计"; ws["E4"] = "人员经费"; ws["F4"] = "公用经费"
    ws["G3"] = "项目支出"; ws.merge_cells("G3:G4")
    rows = []
    grand = [0, 0, 0]
    for code, dname, units in T2_DEPTS:
        s = [r2(sum(u[i] for u in units)) for i in (2, 3, 4)]
        grand = [grand[i] + s[i] for i in range(3)]
        rows.append((code, dname + " 小计", s))
        for ucode, uname, a, b, c in units:
            rows.append((ucode, "  " + uname, [a, b, c]))
    grand = [r2(g) for g in grand]
    out = [("", "合计", grand)] + rows
    data = []
    r = 5
    for code, name, (a, b, c) in out:
        basic = r2(a + b); total = r2(basic + c)
        vals = [code, name, total, basic, a, b, c]
        for j, v in enumerate(vals):
            cell = ws.cell(row=r, column=j + 1, value=v)
            if j >= 2:
                cell.number_format = "0.00"
        data.append({"row": r, "code": code, "name": name.strip(), "合计": total, "基本支出小计": basic,
                     "人员经费": a, "公用经费": b, "项目支出": c})
        r += 1
    for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=7):
        for c in row:
            c.border = BORDER
    ws.column_dimensions["B"].width = 36
    for col in "CDEFG":
        ws.column_dimensions[col].width = 14
    wb.save(os.path.join(DOCS, "乐清市_2026年_一般公共预算财政拨款支出表.xlsx"))
    return data


# ---------------------------------------------------------------- T3
INCOME = [
 ("一、一般公共预算拨款收入", 4862.35), ("二、政府性基金预算拨款收入", 120.00),
 ("三、国有资本经营预算拨款收入", None), ("四、财政专户管理资金收入", None),
 ("五、事业收入", 35.60), ("六、上级补助收入", None), ("七、附属单位上缴收入", None),
 ("八、其他收入", 18.20),
]
CARRY = [("一般公共预算拨款", 246.47), ("政府性基金预算拨款", 40.00)]
EXPEND = [
 ("一、一般公共服务支出", 3968.12), ("二、外交支出", None), ("三、国防支出", None), ("四、公共安全支出", None),
 ("五、教育支出", None), ("六、科学技术支出", None), ("七、文化旅游体育与传媒支出", None),
 ("八、社会保障和就业支出", 512.36), ("九、卫生健康支出", 168.40), ("十、节能环保支出", None),
 ("十一、城乡社区支出", 160.00), ("十二、农林水支出", None), ("十三、交通运输支出", None),
 ("十四、资源勘探工业信息等支出", None), ("十五、商业服务业等支出", None), ("十六、金融支出", 45.50),
 ("十七、援助其他地区支出", None), ("十八、自然资源海洋气象等支出", None), ("十九、住房保障支出", 389.74),
 ("二十、粮油物资储备支出", None), ("二十一、灾害防治及应急管理支出", None), ("二十二、其他支出", None),
 ("二十三、债务还本支出", None), ("二十四、债务付息支出", None),
]


def build_t3():
    inc_year = r2(sum(v for _, v in INCOME if v))
    carry = r2(sum(v for _, v in CARRY))
    inc_total = r2(inc_year + carry)
    known = r2(sum(v for _, v in EXPEND if v))
    # 其他支出 closes the gap so that 支出总计 = 收入总计 (no 年末结转)
    other = r2(inc_total - known)
    exp = [(n, (other if n.endswith("其他支出") else v)) for n, v in EXPEND]
    exp_year = r2(sum(v for _, v in exp if v))
    wb = Workbook(); ws = wb.active; ws.title = "部门收支总表"
    ws.merge_cells("A1:D1"); ws["A1"] = "乐清市财政局2026年部门收支总表"
    ws["A1"].font = Font(size=16, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "部门名称：乐清市财政局"; ws["D2"] = "单位：万元"
    ws.merge_cells("A3:B3"); ws["A3"] = "收    入"
    ws.merge_cells("C3:D3"); ws["C3"] = "支    出"
    ws["A4"] = "项    目"; ws["B4"] = "预算数"; ws["C4"] = "项目（按支出功能分类）"; ws["D4"] = "预算数"
    left = list(INCOME)
    right = list(exp)
    n = max(len(left), len(right))
    left += [("", None)] * (n - len(left)); right += [("", None)] * (n - len(right))
    r = 5
    cells = {}
    for (ln, lv), (rn, rv) in zip(left, right):
        ws.cell(row=r, column=1, value=ln or None); ws.cell(row=r, column=2, value=lv)
        ws.cell(row=r, column=3, value=rn or None); ws.cell(row=r, column=4, value=rv)
        if ln: cells[ln] = (r, lv)
        if rn: cells[rn] = (r, rv)
        r += 1
    tail = [("本年收入合计", inc_year, "本年支出合计", exp_year),
            ("上年结转", carry, "年末结转结余", None)]
    tail += [("  其中：" + a if i == 0 else "        " + a, v, "", None) for i, (a, v) in enumerate(CARRY)]
    tail += [("收入总计", inc_total, "支出总计", exp_year)]
    for ln, lv, rn, rv in tail:
        ws.cell(row=r, column=1, value=ln); ws.cell(row=r, column=2, value=lv)
        ws.cell(row=r, column=3, value=rn or None); ws.cell(row=r, column=4, value=rv)
        cells[ln.strip()] = (r, lv)
        if rn: cells[rn] = (r, rv)
        r += 1
    for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=4):
        for c in row:
            c.border = BORDER
            if c.column in (2, 4):
                c.number_format = "0.00"
    ws.column_dimensions["A"].width = 34; ws.column_dimensions["C"].width = 34
    ws.column_dimensions["B"].width = 14; ws.column_dimensions["D"].width = 14
    wb.save(os.path.join(DOCS, "乐清市财政局_2026年_部门收支总表.xlsx"))
    return cells


if __name__ == "__main__":
    t = build_t1()
    print("T1 合计/财政/其他", [f2(x) for x in t])
    for u, projs in UNITS:
        print(" unit", u, f2(sum(p[1] for p in projs)), f2(sum(p[2] for p in projs)), f2(sum(p[3] for p in projs)),
              len(projs))
        for p in projs:
            print("   ", p[0], p[1], p[2], p[3], sum(len(g) for g in p[5]))
    d = build_t2()
    for x in d:
        print("T2", x)
    c = build_t3()
    for k, v in c.items():
        print("T3", k, v)
    json.dump({"t2": d, "t3": {k: v for k, v in c.items()}}, open(os.path.join(HERE, "facts.json"), "w"),
              ensure_ascii=False, indent=1)
