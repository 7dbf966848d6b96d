# Builds the two spreadsheets in docs/ and writes tools/xlsx_facts.json
import json
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
FILL = {"红": PatternFill("solid", fgColor="FF9999"), "黄": PatternFill("solid", fgColor="FFFF99"),
        "绿": PatternFill("solid", fgColor="99FF99")}

# ---------------------------------------------------------------- monitoring table
# name, 科室, 年初预算, 调整后预算, 执行率‰, 年度绩效目标, 1-9月实际完成情况, 偏差, 原因分析, 可能性, 备注
M = [
 ("高标准农田建设项目", "农田建设管理股", 3200.00, 3650.00, 584, "新建高标准农田2.6万亩，工程质量验收合格率100%", "已完工1.7万亩，在建0.9万亩", "黄", "受6-7月持续降雨影响，部分标段施工滞后", "有可能", "含省级追加450万元"),
 ("耕地地力保护补贴", "种植业管理股", 1860.00, 1860.00, 1000, "补贴面积46.8万亩，补贴资金按时足额发放到户", "已于6月底前发放到户，涉及农户6.2万户", "绿", None, "确定能", None),
 ("实际种粮农民一次性补贴", "种植业管理股", None, 286.40, 1000, "对实际种粮农民发放一次性补贴，发放准确率100%", "9月已全部发放，惠及种粮农户3.1万户", "绿", None, "确定能", "年中上级下达，年初未列预算"),
 ("农作物病虫害统防统治补助", "种植业管理股", 75.00, 75.00, 880, "开展农作物病虫害统防统治8万亩次", "已完成统防统治7.2万亩次", "绿", "执行进度正常", "确定能", None),
 ("茶叶低温冻害灾后恢复生产补助", "种植业管理股", None, 120.00, 350, "补助受冻茶园1.5万亩，帮助茶农恢复生产", "已完成受灾面积核定，首批补助资金已拨付", "红", "资金于8月下达，正在分批兑付", "有可能", "8月省级下达，年初未列预算"),
 ("茶产业发展专项资金", "乡村产业发展股", 800.00, 800.00, 625, "新建标准化茶园3000亩，改造提升低产茶园5000亩，开展岳西翠兰品牌推介不少于4场", "新建茶园2100亩，改造低产茶园3600亩，品牌推介3场", "黄", "新建茶园需待秋冬季栽植，资金按进度拨付", "确定能", None),
 ("桑蚕产业提质增效项目", "乡村产业发展股", 150.00, 150.00, 452, "新建标准化桑园800亩，发放蚕种补贴1.2万张", "新建桑园350亩，蚕种补贴已发放0.8万张", "红", "部分乡镇土地流转未完成，桑园建设推进缓慢", "有可能", None),
 ("农业产业化龙头企业奖补资金", "乡村产业发展股", 300.00, 260.00, 0, "对认定的12家市级以上农业产业化龙头企业给予奖补", "已完成企业申报和初审，奖补资金尚未拨付", "红", "奖补资金需待年度监测合格后于11月集中兑付", "确定能", "年中调减40万元"),
 ("数字农业示范园建设项目", "乡村产业发展股", 400.00, 400.00, 50, "建成数字农业示范园1个，覆盖面积500亩", "完成规划设计，因选址调整尚未开工", "红", "项目选址涉及永久基本农田调整，上级要求暂缓实施，拟申请调减预算", "完全不可能", None),
 ("动物疫病强制免疫补助经费", "畜牧兽医股", 96.00, 96.00, 810, "重大动物疫病强制免疫密度≥90%，免疫抗体合格率≥70%", "春防已完成，免疫密度95.3%，抗体合格率82%", "绿", None, "确定能", None),
 ("病死畜禽无害化处理补助", "畜牧兽医股", 45.00, 45.00, 664, "集中收集无害化处理病死畜禽≥2.5万头（只）", "已收集处理1.6万头（只）", "黄", "处理补助按季度结算，三季度资金10月拨付", "确定能", None),
 ("畜禽粪污资源化利用整县推进项目", "畜牧兽医股", 520.00, 520.00, 385, "规模养殖场粪污处理设施装备配套率100%，畜禽粪污综合利用率≥85%", "已完成18家规模养殖场设施改造，占计划的45%", "红", "设备招标流标一次，重新采购致进度滞后", "有可能", None),
 ("生猪调出大县奖励资金", "畜牧兽医股", 180.00, 212.00, 755, "支持生猪规模养殖场改扩建6个，生猪出栏≥28万头", "完成改扩建5个，1-9月生猪出栏21.6万头", "绿", None, "确定能", "上级追加32万元"),
 ("农村人居环境整治提升项目", "农村社会事业促进股", 1200.00, 1350.00, 712, "完成农村生活污水治理行政村12个，村庄清洁行动覆盖率100%", "完成污水治理9个行政村，村庄清洁行动全覆盖", "绿", "执行进度正常", "确定能", None),
 ("农村改厕后续管护经费", "农村社会事业促进股", 210.00, 210.00, 524, "农村户厕粪污清掏服务覆盖≥2.4万户，问题厕所整改率100%", "清掏服务覆盖1.5万户，问题厕所整改率86%", "黄", "部分乡镇管护服务合同签订较晚", "有可能", None),
 ("和美乡村精品示范村建设项目", "农村社会事业促进股", 1500.00, 1500.00, 440, "建设省级和美乡村精品示范村3个", "3个示范村主体工程完成约40%", "红", "项目设计变更和招投标耗时较长，工程款按进度结算", "有可能", None),
 ("和美乡村中心村建设项目", "农村社会事业促进股", 900.00, 960.00, 605, "建设和美乡村中心村8个", "已完工4个，在建4个", "黄", "部分资金为年中追加，项目开工较晚", "有可能", "年中追加60万元"),
 ("新型农村集体经济发展扶持资金", "农村经营管理股", 600.00, 600.00, 850, "扶持发展新型农村集体经济村20个，村集体经济收入均达到30万元以上", "20个扶持村项目已全部开工", "绿", None, "确定能", None),
 ("农村集体产权制度改革经费", "农村经营管理股", 35.00, 35.00, 572, "完成农村集体资产清产核资年度更新和成员身份确认动态管理", "清产核资数据更新已完成，成员动态管理在推进中", "黄", "第三方服务费按合同约定验收后支付", "确定能", None),
 ("农民合作社和家庭农场培育项目", "农村经营管理股", 80.00, 80.00, 720, "培育县级以上示范合作社15家、示范家庭农场30家", "已认定示范合作社11家、示范家庭农场24家", "绿", None, "确定能", None),
 ("高素质农民培育项目", "科技教育股", 126.00, 126.00, 645, "培育高素质农民600人，培训合格率≥95%", "已完成培训410人，合格率97%", "黄", "第四期培训班安排在10月开班", "确定能", None),
 ("基层农技推广体系改革与建设补助项目", "科技教育股", 68.00, 68.00, 735, "培育农业科技示范主体300户，示范推广主导品种和主推技术≥20项", "已遴选科技示范主体300户，推广技术18项", "绿", None, "确定能", None),
 ("农机购置与应用补贴", "农业机械化管理股", 420.00, 420.00, 553, "补贴购置各类农业机械≥1500台（套）", "已补贴农机980台（套）", "黄", "补贴资金需待机具核验后兑付，部分申请尚在公示期", "有可能", None),
 ("农业综合行政执法专项经费", "农业综合行政执法大队", 40.00, 40.00, 695, "开展农资打假等专项执法行动≥6次，案件按期办结率100%", "开展专项执法行动5次，立案查处案件14件", "黄", "执法装备采购合同尚未履约完毕", "确定能", None),
 ("农产品质量安全监管经费", "农业综合行政执法大队", 32.00, 32.00, 780, "农产品质量安全抽检≥1200批次，合格率≥98%", "已抽检980批次，合格率99.2%", "绿", None, "确定能", None),
 ("渔业增殖放流及禁捕退捕管理经费", "农业综合行政执法大队", 28.00, 28.00, 1000, "增殖放流鱼苗≥60万尾，禁捕水域无重大违法捕捞事件", "5月已放流鱼苗65万尾，禁捕水域秩序良好", "绿", None, "确定能", None),
 ("农业保险保费补贴", "计划财务股", 350.00, 350.00, 768, "政策性农业保险保费补贴按时足额拨付，茶叶等特色险种参保面积稳中有增", "已拨付前三季度保费补贴", "绿", None, "确定能", None),
 ("乡村振兴项目资产后续管护经费", "计划财务股", 60.00, 48.00, 375, "开展乡村振兴项目资产后续管护，确权登记率100%", "完成资产清查和确权登记，管护资金按考核结果拨付", "红", "管护经费按年度考核结果拨付，考核安排在四季度", "有可能", "年中调减12万元"),
]

rows = []
for r in M:
    name, dep, y0, adj, permille = r[:5]
    ex = round(adj * permille / 1000, 2)
    assert abs(ex * 1000 - adj * permille) < 1e-6, (name, adj, permille)
    rate = round(ex / adj, 4)
    assert abs(rate * 1000 - permille) < 1e-6
    light = r[7]
    exp_light = "绿" if permille >= 700 else ("黄" if permille >= 500 else "红")
    assert light == exp_light, (name, light, exp_light)
    rows.append(dict(name=name, dept=dep, y0=y0, adj=adj, ex=ex, rate=rate, goal=r[5], done=r[6],
                     light=light, reason=r[8], chance=r[9], note=r[10]))

wb = Workbook()
ws = wb.active
ws.title = "1-9月监控表"
NC = 13
ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=NC)
ws["A1"] = "岳西县农业农村局2025年项目支出绩效运行监控表（1-9月）"
ws["A1"].font = Font(bold=True, size=16)
ws["A1"].alignment = CENTER
ws["A2"] = "填报单位：岳西县农业农村局（盖章）"
ws.merge_cells("A2:E2")
ws["M2"] = "单位：万元"
ws["M2"].alignment = Alignment(horizontal="right")
# columns: A序号 B项目名称 C责任科室 D年初预算 E调整后预算 F1-9月执行数 G执行率 H年度绩效目标 I1-9月实际完成情况 J偏差 K原因 L可能性 M备注
hdr1 = ["序号", "项目名称", "责任科室", "预算执行情况", None, None, None, "绩效目标完成情况", None, "偏差情况（红/黄/绿）", "原因分析", "完成目标可能性", "备注"]
hdr2 = [None, None, None, "年初预算", "调整后预算", "1-9月执行数", "执行率", "年度绩效目标", "1-9月实际完成情况", None, None, None, None]
for c, v in enumerate(hdr1, 1):
    if v is not None:
        ws.cell(3, c, v)
for c, v in enumerate(hdr2, 1):
    if v is not None:
        ws.cell(4, c, v)
for c in (1, 2, 3, 10, 11, 12, 13):
    ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
ws.merge_cells("D3:G3")
ws.merge_cells("H3:I3")
for r in (3, 4):
    for c in range(1, NC + 1):
        ws.cell(r, c).font = Font(bold=True)
        ws.cell(r, c).alignment = CENTER
        ws.cell(r, c).border = BORDER

tot_y0 = round(sum(r["y0"] for r in rows if r["y0"] is not None), 2)
tot_adj = round(sum(r["adj"] for r in rows), 2)
tot_ex = round(sum(r["ex"] for r in rows), 2)
tot_rate = tot_ex / tot_adj
R = 5
ws.cell(R, 1, "合计")
ws.merge_cells(start_row=R, start_column=1, end_row=R, end_column=3)
ws.cell(R, 4, tot_y0); ws.cell(R, 5, tot_adj); ws.cell(R, 6, tot_ex); ws.cell(R, 7, tot_rate)
for c in range(1, NC + 1):
    ws.cell(R, c).border = BORDER
    ws.cell(R, c).font = Font(bold=True)
for c in (4, 5, 6):
    ws.cell(R, c).number_format = "0.00"
ws.cell(R, 7).number_format = "0.0%"
for i, r in enumerate(rows, 1):
    R = 5 + i
    vals = [i, r["name"], r["dept"], r["y0"], r["adj"], r["ex"], r["rate"], r["goal"], r["done"], r["light"], r["reason"], r["chance"], r["note"]]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(R, c, v)
        cell.border = BORDER
        cell.alignment = LEFT if c in (2, 8, 9, 11, 13) else CENTER
    for c in (4, 5, 6):
        ws.cell(R, c).number_format = "0.00"
    ws.cell(R, 7).number_format = "0.0%"
    ws.cell(R, 10).fill = FILL[r["light"]]
last = 5 + len(rows)
ws.cell(last + 1, 1, "注：1.执行率=1-9月执行数÷调整后预算；2.偏差情况：绿色为执行正常（执行率≥70%），黄色为轻度偏差（50%≤执行率<70%），红色为严重偏差（执行率<50%）；3.完成目标可能性分为“确定能”“有可能”“完全不可能”三档；4.年初预算为空的项目为年度中新下达资金。")
ws.merge_cells(start_row=last + 1, start_column=1, end_row=last + 1, end_column=NC)
ws.cell(last + 1, 1).alignment = LEFT
ws.row_dimensions[last + 1].height = 45
ws.cell(last + 2, 1, "填报人：汪晓梅        审核人：储国华        填报日期：2025年10月12日")
ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=NC)
widths = [6, 30, 16, 11, 11, 12, 9, 40, 36, 10, 36, 12, 22]
for i, wdt in enumerate(widths, 1):
    ws.column_dimensions[get_column_letter(i)].width = wdt
ws.freeze_panes = "D6"
wb.save("/work/blind34/docs/yuexi_nyncj_2025_q3_performance_monitoring.xlsx")

# ---------------------------------------------------------------- nutrition allocation table
# 乡镇 -> [(学校, 学段, 人数, 天数, 备注)]
S = [
 ("店前镇", [("店前中心小学", "小学", 486, 200, None), ("店前中学", "初中", 538, 200, None),
            ("店前镇东冲小学", "小学", 92, 200, None), ("店前镇桃李小学", "小学", 64, 200, None)]),
 ("来榜镇", [("来榜中心学校", "小学", 412, 200, "九年一贯制"), ("来榜中心学校", "初中", 296, 200, "九年一贯制"),
            ("来榜镇枫香小学", "小学", 78, 200, None)]),
 ("菖蒲镇", [("菖蒲中心小学", "小学", 365, 200, None), ("菖蒲中学", "初中", 402, 200, None),
            ("菖蒲镇溪沸小学", "小学", 58, 200, None), ("菖蒲镇水畈教学点", "小学", 26, 100, "2025年秋季学期恢复办学")]),
 ("头陀镇", [("头陀中心小学", "小学", 298, 200, None), ("头陀中学", "初中", 334, 200, None),
            ("头陀镇雨露小学", "小学", 47, 200, None)]),
 ("白帽镇", [("白帽中心学校", "小学", 276, 200, "九年一贯制"), ("白帽中心学校", "初中", 241, 200, "九年一贯制"),
            ("白帽镇梓树小学", "小学", 53, 200, None)]),
 ("温泉镇", [("温泉中心小学", "小学", 341, 200, None), ("温泉中学", "初中", 389, 200, None),
            ("温泉镇大芹小学", "小学", 85, 100, "2025年7月撤并至温泉中心小学")]),
 ("响肠镇", [("响肠中心小学", "小学", 322, 200, None), ("响肠中学", "初中", 356, 200, None),
            ("响肠镇请水小学", "小学", 61, 200, None)]),
 ("主簿镇", [("主簿中心学校", "小学", 208, 200, "九年一贯制"), ("主簿中心学校", "初中", 187, 200, "九年一贯制"),
            ("主簿镇余畈小学", "小学", 44, 200, None), ("主簿镇南庄教学点", "小学", 19, 200, "教学点")]),
]
STD = 5
SPLIT = (4, 0.6, 0.4)
wb = Workbook()
ws = wb.active
ws.title = "分配表"
NC = 11
ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=NC)
ws["A1"] = "岳西县2025年农村义务教育学生营养改善计划补助资金分配表"
ws["A1"].font = Font(bold=True, size=16)
ws["A1"].alignment = CENTER
ws["A2"] = "编制单位：岳西县教育局  岳西县财政局"
ws.merge_cells("A2:E2")
ws["K2"] = "单位：元"
ws["K2"].alignment = Alignment(horizontal="right")
h1 = ["乡镇", "学校名称", "学段", "受益学生数（人）", "补助标准（元/生·天）", "在校天数", "补助金额（元）", "其中", None, None, "备注"]
h2 = [None, None, None, None, None, None, None, "中央资金", "省级资金", "县级资金", None]
for c, v in enumerate(h1, 1):
    if v is not None:
        ws.cell(3, c, v)
for c, v in enumerate(h2, 1):
    if v is not None:
        ws.cell(4, c, v)
for c in (1, 2, 3, 4, 5, 6, 7, 11):
    ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
ws.merge_cells("H3:J3")
for r in (3, 4):
    for c in range(1, NC + 1):
        ws.cell(r, c).font = Font(bold=True)
        ws.cell(r, c).alignment = CENTER
        ws.cell(r, c).border = BORDER
R = 5
schools = []
towns = []
G = [0, 0, 0, 0, 0]
for town, lst in S:
    start = R
    t = [0, 0, 0, 0, 0]
    for (nm, stage, n, days, note) in lst:
        amt = n * STD * days
        c1 = round(n * SPLIT[0] * days); c2 = round(n * SPLIT[1] * days); c3 = round(n * SPLIT[2] * days)
        assert c1 + c2 + c3 == amt
        vals = [town if R == start else None, nm, stage, n, STD, days, amt, c1, c2, c3, note]
        for c, v in enumerate(vals, 1):
            if v is not None:
                ws.cell(R, c, v)
        schools.append(dict(town=town, name=nm, stage=stage, n=n, days=days, amt=amt, c=c1, p=c2, x=c3, note=note, row=R))
        for k, v in enumerate((n, amt, c1, c2, c3)):
            t[k] += v
        R += 1
    ws.cell(R, 2, "小计")
    ws.cell(R, 4, t[0]); ws.cell(R, 7, t[1]); ws.cell(R, 8, t[2]); ws.cell(R, 9, t[3]); ws.cell(R, 10, t[4])
    for c in range(2, NC + 1):
        ws.cell(R, c).font = Font(bold=True)
    towns.append(dict(town=town, n=t[0], amt=t[1], c=t[2], p=t[3], x=t[4], row=R, schools=len(lst)))
    ws.merge_cells(start_row=start, start_column=1, end_row=R, end_column=1)
    for k in range(5):
        G[k] += t[k]
    R += 1
ws.cell(R, 1, "合计")
ws.merge_cells(start_row=R, start_column=1, end_row=R, end_column=3)
ws.cell(R, 4, G[0]); ws.cell(R, 7, G[1]); ws.cell(R, 8, G[2]); ws.cell(R, 9, G[3]); ws.cell(R, 10, G[4])
for c in range(1, NC + 1):
    ws.cell(R, c).font = Font(bold=True)
total_row = R
for r in range(5, R + 1):
    for c in range(1, NC + 1):
        cell = ws.cell(r, c)
        cell.border = BORDER
        cell.alignment = CENTER if c != 2 else LEFT
        if c in (4, 6, 7, 8, 9, 10):
            cell.number_format = "0"
ws.cell(R + 1, 1, "注：1.补助标准为每生每天5元，其中中央财政4元、省级财政0.6元、县级财政0.4元；2.在校天数按全年200天计算，菖蒲镇水畈教学点2025年秋季学期恢复办学、温泉镇大芹小学2025年7月撤并，均按100天计算；3.受益学生数以全国中小学生学籍信息管理系统2025年在籍人数为准。")
ws.merge_cells(start_row=R + 1, start_column=1, end_row=R + 1, end_column=NC)
ws.cell(R + 1, 1).alignment = LEFT
ws.row_dimensions[R + 1].height = 48
widths = [10, 20, 8, 12, 12, 10, 14, 12, 12, 12, 26]
for i, wdt in enumerate(widths, 1):
    ws.column_dimensions[get_column_letter(i)].width = wdt
wb.save("/work/blind34/docs/yuexi_2025_student_nutrition_allocation.xlsx")

json.dump(dict(mon=dict(rows=rows, tot_y0=tot_y0, tot_adj=tot_adj, tot_ex=tot_ex, tot_rate=tot_rate),
               nut=dict(schools=schools, towns=towns, total=G, total_row=total_row)),
          open("/work/blind34/tools/xlsx_facts.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("mon totals", tot_y0, tot_adj, tot_ex, tot_rate, len(rows))
print("nut totals", G, len(schools))
