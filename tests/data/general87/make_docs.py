# -*- coding: utf-8 -*-
"""Builds the three 永嘉县 documents into a fresh temporary directory (run with /work/main/.venv/bin/python);
the committed documents sit beside this script and are never written over."""
import os, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = tempfile.mkdtemp(prefix="general87-")  # (the committed documents sit beside this script)

T1_NAME = "永嘉县住房和城乡建设局_2026年_项目支出绩效目标表.txt"
T2_NAME = "永嘉县_2026年_政府购买服务预算表.xlsx"
T3_NAME = "永嘉县_2025年_部门结转结余资金情况表.xlsx"

DEPT = "永嘉县住房和城乡建设局(部门)"

# ---------------------------------------------------------------- T1 data
# indicator: (level1, level2, name, period value, annual value); a list of groups per project
P = "1-产出指标"; E = "2-效益指标"; S = "3-满意度指标"
N11, N12, N13, N14 = "11-数量指标", "12-质量指标", "13-时效指标", "14-成本指标"
N21, N22, N23, N24 = "21-经济效益", "22-社会效益", "23-生态效益", "24-可持续影响"
N31 = "31-服务对象满意度"

T1_UNITS = [
    ("永嘉县住房和城乡建设局", [
        dict(name="城镇老旧小区改造提升工作经费", amt=("185.00", "185.00", "", ""),
             goal="完成2026年度城镇老旧小区改造任务，对上塘、瓯北、桥头等城镇建成年代较早、设施老化的住宅小区实施水电气管网改造、加装电梯、屋面防水、停车位和充电设施建设等，改善居民居住条件，提升城市品质。",
             ind=[[(P, N11, "老旧小区改造开工个数", "≥12个", "12个"),
                   (P, N12, "改造工程竣工验收合格率", "100%", "100%"),
                   (P, N13, "年度改造任务完成及时率", "≥95%", "≥95%"),
                   (P, N14, "小区改造项目前期及管理费用", "≤185万元", "≤185万元"),
                   (E, N22, "惠及居民户数", "≥3200户", "≥1600户"),
                   (S, N31, "居民满意度", "≥90%", "≥90%")]]),
        dict(name="农村困难群众危房改造补助资金", amt=("320.00", "260.00", "", "60.00"),
             goal="对全县农村低保户、低保边缘户、分散供养特困人员等困难群众的C级、D级危房实施改造并给予补助，确保困难群众住房安全有保障。",
             ind=[[(P, N11, "农村低收入群体危房改造户数", "≥180户", "≥60户"),
                   (P, N11, "农村房屋安全隐患排查整治覆盖比例", "100%", "100%"),
                   (P, N12, "改造后房屋竣工验收合格率", "100%", "100%"),
                   (P, N13, "补助资金拨付及时率", "100%", "≥95%"),
                   (P, N14, "户均补助标准", "≤3.5万元/户", "≤3.5万元/户"),
                   (E, N22, "困难群众住房安全保障率", "100%", "100%"),
                   (S, N31, "受助农户满意度", "≥95%", "≥95%")]]),
        dict(name="城市建设档案数字化管理经费", amt=("48.60", "48.60", "", ""),
             goal="对馆藏城建档案、声像档案开展数字化扫描、著录和异地备份，建设城建档案管理信息系统，提高档案查阅利用效率。",
             ind=[[(P, N11, "城建档案数字化扫描页数", "≥120万页", "≥40万页"),
                   (P, N12, "档案数字化成果质检合格率", "≥99%", "≥99%"),
                   (P, N13, "档案查询“最多跑一次”事项办结率", "100%", "100%"),
                   (E, N24, "城建档案长期安全保存", "实现馆藏档案异地备份", "完成重点档案异地备份"),
                   (S, N31, "档案利用者满意度", "≥90%", "≥90%")]]),
        dict(name="物业管理行业监管及住宅小区物业服务质量提升经费", amt=("36.50", "36.50", "", ""),
             goal="加强全县物业服务行业监管，开展物业服务项目考核和物业服务企业信用评价，推进“红色物业”建设，及时处理物业投诉，提升住宅小区物业服务质量。",
             ind=[[(P, N11, "住宅小区物业服务项目考核次数", "≥2次", "≥2次"),
                   (P, N11, "物业服务企业信用评价覆盖比例", "100%", "100%"),
                   (P, N12, "“红色物业”示范小区创建数", "≥10个", "≥5个"),
                   (P, N13, "物业投诉件受理后多少个工作日内答复", "≤5个工作日", "≤5个工作日"),
                   (E, N22, "物业矛盾纠纷化解率", "≥90%", "≥90%"),
                   (S, N31, "业主满意度", "≥85%", "≥85%")]]),
        dict(name="楠溪江流域历史文化名村和传统村落保护利用专项资金", amt=("412.80", "300.00", "50.00", "62.80"),
             goal="对列入中国传统村落名录和省级历史文化名村的苍坡、芙蓉、岩头、林坑等村落开展古建筑修缮、历史建筑测绘建档、基础设施和人居环境整治，推动传统村落保护与活化利用。",
             ind=[[(P, N11, "传统村落保护修缮村数", "≥15个", "≥5个"),
                   (P, N11, "历史建筑测绘建档数量", "≥300处", "≥100处"),
                   (P, N12, "修缮工程验收合格率", "100%", "100%"),
                   (P, N13, "补助资金拨付及时率", "100%", "≥95%"),
                   (P, N14, "单村补助上限", "≤80万元", "≤80万元")],
                  [(E, N22, "历史文化遗存保护", "楠溪江流域传统村落风貌完整保存", "不发生历史建筑损毁事件"),
                   (E, N24, "村落活化利用", "形成保护利用长效机制", "培育乡村旅游精品线路2条"),
                   (S, N31, "村民满意度", "≥90%", "≥90%")]]),
        dict(name="建筑业高质量发展奖补资金", amt=("150.00", "150.00", "", ""),
             goal="落实县政府促进建筑业高质量发展若干政策，对建筑企业资质升级、获评省级以上优质工程、产值增长等给予奖励补助，做大做强本地建筑业。",
             ind=[[(P, N11, "奖补建筑企业数量", "≥20家", "≥20家"),
                   (P, N12, "奖补资金审核准确率", "100%", "100%"),
                   (P, N13, "补助资金拨付及时率", "100%", "100%"),
                   (E, N21, "全县建筑业总产值增长率", "≥8%", "≥8%"),
                   (S, N31, "企业满意度", "≥90%", "≥90%")]]),
    ]),
    ("永嘉县建设工程质量安全监督站", [
        dict(name="建设工程质量安全监督检查经费", amt=("86.40", "86.40", "", ""),
             goal="对全县在建房屋建筑和市政基础设施工程实施质量安全监督，开展日常巡查、专项检查和竣工验收监督，督促参建各方落实质量安全主体责任，杜绝较大及以上生产安全事故。",
             ind=[[(P, N11, "在建工程监督检查覆盖比例", "100%", "100%"),
                   (P, N11, "监督抽查次数", "≥800次", "≥800次"),
                   (P, N12, "工程质量一次验收合格率", "100%", "100%"),
                   (P, N12, "参建各方第一责任人约谈到位率", "100%", "100%"),
                   (P, N13, "质量安全隐患整改闭环时限", "≤7天", "≤7天"),
                   (E, N22, "较大及以上生产安全事故起数", "0起", "0起"),
                   (S, N31, "服务对象满意度", "≥90%", "≥90%")]]),
        dict(name="建筑施工安全生产专项整治及第三方巡查服务经费", amt=("64.00", "40.00", "24.00", ""),
             goal="通过政府购买服务委托第三方专业机构对在建工程开展安全巡查，聚焦深基坑、高支模、起重机械等危险性较大的分部分项工程开展安全生产专项整治，消除重大事故隐患。",
             ind=[[(P, N11, "第三方安全巡查次数", "≥600次", "≥300次"),
                   (P, N11, "专项整治行动次数", "≥4次", "≥4次"),
                   (P, N12, "重大事故隐患整改率", "100%", "100%"),
                   (P, N14, "第三方巡查服务费", "≤64万元", "≤64万元"),
                   (E, N22, "较大及以上生产安全事故起数", "0起", "0起"),
                   (S, N31, "服务对象满意度", "≥90%", "≥90%")]]),
        dict(name="建设工程质量检测抽检经费", amt=("52.30", "52.30", "", ""),
             goal="委托具备资质的检测机构对在建工程使用的钢筋、混凝土、防水材料等建筑材料及工程实体质量进行监督抽检，严把工程质量关。",
             ind=[[(P, N11, "建筑材料及实体质量抽检组数", "≥1500组", "≥1500组"),
                   (P, N12, "检测抽检合格比例", "≥95%", "≥95%"),
                   (P, N13, "不合格检测结果处置及时率", "100%", "100%"),
                   (P, N14, "抽检检测费用", "≤52.3万元", "≤52.3万元"),
                   (E, N22, "工程质量常见问题发生率", "逐年下降", "较上年下降")]]),
    ]),
    ("永嘉县房屋征收服务中心", [
        dict(name="国有土地上房屋征收评估及法律服务经费", amt=("98.00", "98.00", "", ""),
             goal="委托房地产评估机构对国有土地上被征收房屋开展价值评估，聘请律师事务所提供征收全过程法律服务，保障房屋征收工作依法依规推进。",
             ind=[[(P, N11, "征收评估户数", "≥450户", "≥450户"),
                   (P, N11, "法律顾问参与征收项目数", "≥8个", "≥8个"),
                   (P, N12, "评估报告复核通过率", "100%", "100%"),
                   (P, N13, "评估报告出具及时率", "≥98%", "≥98%"),
                   (P, N14, "评估及法律服务费用", "≤98万元", "≤98万元"),
                   (S, N31, "被征收人满意度", "≥85%", "≥85%")]]),
        dict(name="征收安置房分配及过渡安置费管理工作经费", amt=("72.50", "50.00", "", "22.50"),
             goal="做好瓯北、三江等片区征收安置房选房分配、交付及过渡安置费核发管理，保障被征收群众按期回迁安置。",
             ind=[[(P, N11, "安置房分配户数", "≥600户", "≥300户"),
                   (P, N12, "安置房分配差错率", "0", "0"),
                   (P, N13, "过渡安置费发放及时率", "100%", "100%"),
                   (E, N22, "被征收群众安置到位率", "≥95%", "≥90%"),
                   (S, N31, "被征收人满意度", "≥85%", "≥85%")]]),
        dict(name="房屋征收政策宣传及信访维稳工作经费", amt=("18.60", "18.60", "", ""),
             goal="开展房屋征收政策宣传、入户解释和矛盾调处，及时化解征收信访问题，维护征收工作秩序和社会稳定。",
             ind=[[(P, N11, "政策宣传活动次数", "≥12次", "≥12次"),
                   (P, N13, "征收信访件第一时间响应率", "100%", "100%"),
                   (E, N22, "因征收引发的群体性事件", "0起", "0起"),
                   (S, N31, "服务对象满意度", "≥90%", "≥90%")]]),
    ]),
]


def f2(x):
    return "%.2f" % x


def amt_line(amt):
    return " ".join(a for a in amt if a)


def unit_sums(projects):
    s = [0.0, 0.0, 0.0, 0.0]
    for p in projects:
        for i, a in enumerate(p["amt"]):
            if a:
                s[i] += float(a)
    return tuple(f2(v) if v else "" for v in s)


def wrap(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)]


def ind_text(groups):
    parts = []
    for g in groups:
        for i, (l1, l2, name, pv, av) in enumerate(g, 1):
            parts.append("%d、%s,%s,%s；实施周期指标值:%s,年度指标值:%s;" % (i, l1, l2, name, pv, av))
    return ",".join(parts)


def header():
    return ("部门名称：%s 单位：万元\n\n"
            "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n") % DEPT


def build_t1():
    out = ["\n项目支出绩效目标表（含转移支付项目）\n\n", header()]
    all_projects = [p for _, ps in T1_UNITS for p in ps]
    tot = unit_sums(all_projects)
    out.append("合计  %s\n\n" % amt_line(tot))
    k = 0
    for uname, ps in T1_UNITS:
        out.append("%s  %s\n\n" % (uname, amt_line(unit_sums(ps))))
        for p in ps:
            if k and k % 4 == 0:
                out.append("\n\n" + header())
            k += 1
            if len(p["name"]) > 18:
                out.append("    %s\n%s\n\n%s\n\n" % (p["name"][:14], p["name"][14:], amt_line(p["amt"])))
            else:
                out.append("    %s %s\n\n" % (p["name"], amt_line(p["amt"])))
            gl = wrap(p["goal"], 20)
            for j, line in enumerate(gl):
                out.append(line + "\n")
                if j == 2 and len(gl) > 4:
                    out.append("\n")
            out.append("\n")
            il = wrap(ind_text(p["ind"]), 38)
            for j, line in enumerate(il):
                out.append(line + "\n")
                if j % 5 == 4 and j != len(il) - 1:
                    out.append("\n")
            out.append("\n")
    with open(os.path.join(DOCS, T1_NAME), "w", encoding="utf-8") as fh:
        fh.write("".join(out))


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def style_table(ws, r0, r1, c1):
    for row in ws.iter_rows(min_row=r0, max_row=r1, min_col=1, max_col=c1):
        for c in row:
            c.border = BOX
            c.alignment = Alignment(vertical="center", wrap_text=True)


# ---------------------------------------------------------------- T2 data
# (购买主体, 服务项目名称, 服务内容, 承接主体类型, 购买方式, 财政拨款, 其他资金, 服务期限, 备注)
T2_CATS = [
    ("一、基本公共服务", [
        ("永嘉县民政局", "居家养老上门服务", "为全县80周岁以上失能、半失能老人提供助餐、助洁、助浴、代办等上门服务", "社会组织", "公开招标", 300.00, 60.00, "2026.01-2026.12", "其他资金为福彩公益金"),
        ("永嘉县卫生健康局", "家庭医生签约健康管理服务", "为签约居民提供健康评估、慢病随访、健康咨询等签约服务", "事业单位", "竞争性磋商", 128.50, 0, "2026.03-2026.12", ""),
        ("永嘉县教育局", "中小学课后服务第三方托管", "引入第三方机构为城区中小学提供课后托管、兴趣课程和延时服务", "社会组织", "竞争性磋商", 56.00, 40.00, "2026.02-2026.07", "其他资金为课后服务收费"),
        ("永嘉县残疾人联合会", "残疾人托养及康复服务", "为重度残疾人提供日间照料、寄宿托养和康复训练服务", "社会组织", "单一来源", 85.60, 0, "2026.01-2026.12", "县残疾人托养中心唯一承接"),
    ]),
    ("二、社会管理性服务", [
        ("永嘉县住房和城乡建设局", "住宅小区物业服务第三方考核评价", "对全县住宅小区物业服务项目开展第三方考核评价及物业服务企业信用评价", "企业", "竞争性磋商", 18.00, 0, "2026.04-2026.11", ""),
        ("永嘉县综合行政执法局", "城区市容环境卫生保洁服务", "上塘城区主次干道道路清扫保洁、公厕管护和生活垃圾清运", "企业", "公开招标", 1050.00, 200.00, "2026.01-2026.12", "其他资金为上年结转"),
        ("永嘉县司法局", "人民调解及矛盾纠纷调处服务", "聘请专职人民调解员驻点开展矛盾纠纷排查调处", "社会组织", "竞争性磋商", 45.00, 0, "2026.01-2026.12", ""),
        ("永嘉县公安局", "交通协管及视频监控运维服务", "城区重要路口交通协管、公共视频监控设备日常运维", "企业", "公开招标", 286.40, 0, "2026.01-2026.12", ""),
    ]),
    ("三、行业管理与协调性服务", [
        ("永嘉县住房和城乡建设局", "建设工程安全生产第三方巡查服务", "委托第三方专业机构对在建房屋建筑和市政工程开展安全巡查、隐患排查和整改复核", "企业", "公开招标", 40.00, 24.00, "2026.01-2026.12", "由县建设工程质量安全监督站具体实施"),
        ("永嘉县市场监督管理局", "食品安全监督抽检服务", "对流通、餐饮环节食品开展监督抽检和风险监测", "企业", "公开招标", 138.00, 0, "2026.03-2026.11", ""),
        ("永嘉县农业农村局", "农产品质量安全快速检测服务", "对农产品批发市场和生产基地开展农药残留快速检测", "企业", "竞争性磋商", 42.60, 0, "2026.01-2026.12", ""),
        ("永嘉县商务局", "电子商务公共服务中心运营服务", "县电商公共服务中心运营、电商培训和直播孵化", "企业", "竞争性磋商", 60.00, 15.00, "2026.01-2026.12", "其他资金为省级专项资金"),
    ]),
    ("四、技术性服务", [
        ("永嘉县住房和城乡建设局", "城建档案数字化加工服务", "馆藏城建档案扫描、著录、数据挂接及质检", "企业", "竞争性磋商", 45.80, 0, "2026.03-2026.12", ""),
        ("永嘉县自然资源和规划局", "年度国土变更调查技术服务", "开展年度国土变更调查、遥感监测图斑核查和数据库更新", "企业", "公开招标", 168.00, 0, "2026.01-2026.10", ""),
        ("温州市生态环境局永嘉分局", "大气和水环境自动监测站运维服务", "县域空气自动站和水质自动站日常运维、质控及数据传输", "企业", "单一来源", 56.30, 0, "2026.01-2026.12", "原设备厂商运维"),
        ("永嘉县水利局", "水库山塘安全鉴定服务", "对到期小型水库和重要山塘开展安全鉴定", "企业", "竞争性磋商", 38.50, 0, "2026.05-2026.11", ""),
        ("永嘉县房屋征收服务中心", "房屋征收价值评估服务", "对国有土地上被征收房屋进行价值评估并出具评估报告", "企业", "竞争性谈判", 62.00, 0, "2026.01-2026.12", ""),
    ]),
    ("五、政府履职辅助性服务", [
        ("永嘉县房屋征收服务中心", "房屋征收法律顾问服务", "提供征收决定合法性审查、补偿协议审核及行政诉讼代理", "律师事务所", "单一来源", 36.00, 0, "2026.01-2026.12", "续签上年法律顾问合同"),
        ("永嘉县财政局", "预算绩效评价第三方服务", "对重点项目和部门整体支出开展绩效评价及事前绩效评估", "企业", "公开招标", 88.00, 0, "2026.04-2026.12", ""),
        ("永嘉县人民政府办公室", "12345热线话务外包服务", "12345政务服务便民热线话务受理、工单派转和回访", "企业", "公开招标", 152.00, 0, "2026.01-2026.12", ""),
    ]),
]


def build_t2():
    wb = Workbook()
    ws = wb.active
    ws.title = "政府购买服务预算表"
    ncol = 12
    ws.cell(1, 1, "永嘉县2026年政府购买服务预算表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1).font = Font(size=16, bold=True)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.cell(2, 1, "编制单位：永嘉县财政局")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=6)
    ws.cell(2, 10, "单位：万元")
    ws.merge_cells(start_row=2, start_column=10, end_row=2, end_column=ncol)
    h1 = ["序号", "购买服务目录", "购买主体（预算单位）", "服务项目名称", "服务内容", "承接主体类型", "购买方式",
          "预算金额", None, None, "服务期限", "备注"]
    h2 = [None] * 7 + ["合计", "财政拨款", "其他资金", None, None]
    for c, v in enumerate(h1, 1):
        if v:
            ws.cell(3, c, v)
    for c, v in enumerate(h2, 1):
        if v:
            ws.cell(4, c, v)
    for c in list(range(1, 8)) + [11, 12]:
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=8, end_row=3, end_column=10)
    r = 5
    n = 0
    gt = [0.0, 0.0, 0.0]
    for cat, items in T2_CATS:
        ws.cell(r, 2, cat)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.cell(r, 2).font = Font(bold=True)
        r += 1
        st = [0.0, 0.0, 0.0]
        for (buyer, name, content, typ, how, fin, oth, term, note) in items:
            n += 1
            tot = round(fin + oth, 2)
            row = [n, cat[2:], buyer, name, content, typ, how, tot, fin, oth if oth else None, term, note or None]
            for c, v in enumerate(row, 1):
                if v is not None:
                    ws.cell(r, c, v)
            st = [st[0] + tot, st[1] + fin, st[2] + oth]
            r += 1
        ws.cell(r, 2, "小计")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        for i, v in enumerate(st):
            ws.cell(r, 8 + i, round(v, 2) if v else None)
        gt = [gt[i] + st[i] for i in range(3)]
        r += 1
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for i, v in enumerate(gt):
        ws.cell(r, 8 + i, round(v, 2))
    style_table(ws, 3, r, ncol)
    for row in ws.iter_rows(min_row=5, max_row=r, min_col=8, max_col=10):
        for c in row:
            c.number_format = "0.00"
    r += 1
    ws.cell(r, 1, "注：1.购买服务目录按《永嘉县政府购买服务指导性目录》填列；2.其他资金含上年结转、政府性基金及事业收入等；3.服务期限为合同约定的起止年月。")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    widths = [6, 16, 24, 28, 40, 12, 12, 10, 10, 10, 16, 22]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(DOCS, T2_NAME))


# ---------------------------------------------------------------- T3 data
# (项目, 年初结转结余, 本年收入, 本年支出, 年末结转, 年末结余, 结转原因)
T3_DEPTS = [
    ("永嘉县住房和城乡建设局", [
        ("城镇老旧小区改造提升工作经费", 42.30, 180.00, 176.80, 45.50, 0.00, "部分小区改造工程尚未完成竣工结算"),
        ("农村困难群众危房改造补助资金", 0.00, 300.00, 262.40, 37.60, 0.00, "12户改造工程跨年度实施，补助资金按工程进度拨付"),
        ("楠溪江流域传统村落保护利用专项资金", 85.00, 400.00, 318.75, 150.25, 16.00, "林坑村古建筑修缮工程受汛期影响延期；结余为项目招标节约资金"),
    ]),
    ("永嘉县建设工程质量安全监督站", [
        ("建设工程质量安全监督检查经费", 3.20, 82.00, 80.96, 0.00, 4.24, "公用经费节约形成结余"),
        ("建筑施工安全生产第三方巡查服务经费", 0.00, 60.00, 45.00, 15.00, 0.00, "第三方巡查服务合同尾款按合同约定于次年支付"),
    ]),
    ("永嘉县房屋征收服务中心", [
        ("国有土地上房屋征收评估及法律服务经费", 12.00, 95.00, 88.60, 18.40, 0.00, "瓯北片区征收项目评估报告尚未全部出具"),
        ("征收安置房分配及过渡安置费管理工作经费", 6.50, 70.00, 70.10, 6.40, 0.00, "部分被征收人未办理领取手续，过渡安置费暂缓发放"),
    ]),
    ("永嘉县教育局", [
        ("中小学校舍维修改造资金", 156.00, 1200.00, 1105.30, 250.70, 0.00, "暑期集中施工项目尚未完成决算审计"),
        ("中小学课后服务经费", 0.00, 96.00, 92.80, 0.00, 3.20, "服务采购节约形成结余"),
        ("教师培训经费", 8.60, 65.00, 58.20, 10.00, 5.40, "部分省级培训项目延期至次年举办"),
    ]),
    ("永嘉县农业农村局", [
        ("高标准农田建设补助资金", 210.00, 850.00, 612.40, 447.60, 0.00, "部分项目区受征地协调影响未完成建设"),
        ("农村人居环境整治提升资金", 35.00, 260.00, 271.50, 23.50, 0.00, "农村公厕改造项目尾款未支付"),
        ("农机购置补贴资金", 18.20, 120.00, 110.90, 0.00, 27.30, "申报补贴机具数量少于预期，形成结余"),
    ]),
]

CN_NUM = "一二三四五六七八九十"


def rate(a, b, c, d):
    return round((c + d) / (a + b), 4) if (a + b) else 0.0


def build_t3():
    wb = Workbook()
    ws = wb.active
    ws.title = "结转结余情况"
    ncol = 10
    ws.cell(1, 1, "永嘉县2025年部门结转结余资金情况表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1).font = Font(size=16, bold=True)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.cell(2, 1, "填报单位：永嘉县财政局（汇总）")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=5)
    ws.cell(2, 9, "单位：万元")
    ws.merge_cells(start_row=2, start_column=9, end_row=2, end_column=ncol)
    h1 = ["序号", "部门（单位）及项目名称", "年初结转结余", "本年收入", "本年支出", "年末结转结余", None, None, "结转结余率", "结转原因"]
    h2 = [None] * 5 + ["小计", "年末结转", "年末结余", None, None]
    for c, v in enumerate(h1, 1):
        if v:
            ws.cell(3, c, v)
    for c, v in enumerate(h2, 1):
        if v:
            ws.cell(4, c, v)
    for c in [1, 2, 3, 4, 5, 9, 10]:
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=6, end_row=3, end_column=8)
    r = 5
    gt = [0.0] * 5
    n = 0
    for di, (dept, items) in enumerate(T3_DEPTS):
        ws.cell(r, 1, CN_NUM[di])
        ws.cell(r, 2, dept)
        ws.cell(r, 2).font = Font(bold=True)
        r += 1
        st = [0.0] * 5
        for (name, a, b, c, d, e, why) in items:
            assert abs(a + b - c - d - e) < 1e-6, name
            n += 1
            vals = [n, name, a, b, c, round(d + e, 2), d, e, rate(a, b, d, e), why]
            for ci, v in enumerate(vals, 1):
                ws.cell(r, ci, v)
            st = [st[i] + x for i, x in enumerate((a, b, c, d, e))]
            r += 1
        ws.cell(r, 2, "小计")
        a, b, c, d, e = [round(x, 2) for x in st]
        for ci, v in enumerate([a, b, c, round(d + e, 2), d, e, rate(a, b, d, e)], 3):
            ws.cell(r, ci, v)
        gt = [gt[i] + st[i] for i in range(5)]
        r += 1
    a, b, c, d, e = [round(x, 2) for x in gt]
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for ci, v in enumerate([a, b, c, round(d + e, 2), d, e, rate(a, b, d, e)], 3):
        ws.cell(r, ci, v)
    style_table(ws, 3, r, ncol)
    for row in ws.iter_rows(min_row=5, max_row=r, min_col=3, max_col=8):
        for cell in row:
            cell.number_format = "0.00"
    for row in ws.iter_rows(min_row=5, max_row=r, min_col=9, max_col=9):
        for cell in row:
            cell.number_format = "0.00%"
    r += 1
    ws.cell(r, 1, "注：结转结余率=（年末结转+年末结余）÷（年初结转结余+本年收入）×100%；年末结转指项目尚未完成需按原用途继续使用的资金，年末结余指项目已完成或终止后剩余的资金，由县财政统筹收回。")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    widths = [6, 40, 12, 12, 12, 12, 12, 12, 12, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(DOCS, T3_NAME))


if __name__ == "__main__":
    build_t1()
    build_t2()
    build_t3()
    print("written:", os.listdir(DOCS))
    print(DOCS)
