# -*- coding: utf-8 -*-
"""Build the three Wuyi documents (T1 txt, T2/T3 xlsx) and docs_data.json into a fresh temporary directory
(or the directory given as the first argument); the committed documents sit beside this script, in
tests/data/general90, and are never written over. docs_data.json (the figures behind the documents) is not committed.
Run: /work/main/.venv/bin/python make_docs.py [OUT_DIR]
"""
import json, random, os, sys, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
D = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix='general90-')  # (the committed documents sit beside this script)
T1 = os.path.join(D, '武义县科学技术局2026年项目支出绩效目标表.txt')
T2 = os.path.join(D, '武义县2026年部门工资福利支出预算明细表.xlsx')
T3 = os.path.join(D, '武义县2026年政府和社会资本合作（PPP）项目财政支出责任统计表.xlsx')
L = {'11': '1-产出指标,11-数量指标', '12': '1-产出指标,12-质量指标', '13': '1-产出指标,13-时效指标',
     '14': '1-产出指标,14-成本指标', '21': '2-效益指标,21-经济效益', '22': '2-效益指标,22-社会效益',
     '23': '2-效益指标,23-生态效益', '24': '2-效益指标,24-可持续影响', '31': '3-满意度指标,31-服务对象满意度'}
# project: name, total, fiscal, other, goal, groups of indicators (code, name, period, annual)
U1 = '武义县科学技术局'; U2 = '武义县科技创新服务中心'; U3 = '武义县生产力促进中心'
P = [
 (U1, '科技特派员专项工作经费', 95.00, 80.00, 15.00,
  '选派省、市、县三级科技特派员深入乡镇、村和企业开展技术指导和服务，围绕武义有机茶、宣莲、高山蔬菜等特色产业推广新品种新技术，助力乡村振兴和农民增收。',
  [[('11', '派驻科技特派员人数', '≥85人', '≥85人'), ('11', '推广新品种新技术', '≥60项', '≥60项'),
    ('11', '开展技术培训', '≥150场次', '≥150场次'), ('12', '科技特派员年度考核合格率', '≥95%', '≥95%'),
    ('13', '工作经费拨付及时率', '100%', '100%'), ('14', '科技特派员人均工作经费', '≤1万元/人', '≤1万元/人'),
    ('21', '带动农户增收', '≥1500万元', '≥1500万元'), ('31', '服务对象满意度', '≥90%', '≥90%')]]),
 (U1, '高新技术企业培育补助资金', 320.00, 320.00, 0,
  '对新认定的国家高新技术企业和省科技型中小企业给予培育补助，引导企业加大研发投入，壮大高新技术企业群体，力争全年新增国家高新技术企业40家以上，推动全县高新技术产业增加值占规上工业增加值比重稳步提升。',
  [[('11', '新认定国家高新技术企业数', '≥40家', '≥40家'), ('11', '新增省科技型中小企业数', '≥120家', '≥120家'),
    ('12', '补助对象符合政策条件率', '100%', '100%'), ('13', '补助资金兑付及时率', '按政策规定时限兑付', '≥95%'),
    ('14', '单家企业培育补助标准', '≤10万元/家', '≤10万元/家'),
    ('21', '高新技术产业增加值占规上工业增加值比重', '≥70%', '≥68%'), ('31', '企业满意度', '≥90%', '≥90%')]]),
 (U1, '高新技术企业培育奖励资金', 260.00, 260.00, 0,
  '对通过重新认定及首次认定的国家高新技术企业、营业收入首次突破亿元的高新技术企业给予一次性奖励，激发企业创新主体活力，推动高新技术企业提质扩量。',
  [[('11', '获奖励高新技术企业数', '≥55家', '≥55家'), ('11', '营收首次突破亿元高新技术企业数', '≥6家', '≥6家'),
    ('12', '奖励资金发放准确率', '100%', '100%'), ('13', '补助资金兑付及时率', '≥98%', '≥98%'),
    ('14', '单家企业奖励标准', '≤20万元/家', '≤20万元/家'), ('22', '全社会研发投入强度', '≥3.2%', '≥3.0%'),
    ('31', '企业满意度', '≥92%', '≥92%')]]),
 (U1, '县级科技计划项目资助经费', 450.00, 400.00, 50.00,
  '组织实施县级重点研发计划和公益性技术应用研究计划，重点支持五金机械、电动工具、文旅康养、新材料等领域关键核心技术攻关，形成一批具有自主知识产权的科技成果。',
  [[('11', '立项县级科技计划项目数', '≥45项', '≥45项'), ('11', '申请发明专利数', '≥30件', '≥30件'),
    ('12', '项目验收通过率', '≥90%', '≥90%'), ('13', '项目按期结题率', '≥85%', '≥85%'),
    ('14', '单个项目资助额度', '≤30万元', '≤30万元')],
   [('21', '带动企业新增产值', '≥8亿元', '≥3亿元'),
    ('24', '关键核心技术攻关成果', '形成一批自主知识产权成果', '突破关键技术≥10项'),
    ('31', '项目承担单位满意度', '≥90%', '≥90%')]]),
 (U1, '科技创新券兑付资金', 150.00, 150.00, 0,
  '通过发放科技创新券，支持中小微企业和创业团队向高校、科研院所及检验检测机构购买科技服务，降低企业创新成本，促进科技资源开放共享。',
  [[('11', '科技创新券发放企业数', '≥300家', '≥300家'), ('12', '创新券使用合规率', '100%', '100%'),
    ('13', '补助资金兑付及时率', '按季度兑付', '≥95%'), ('14', '单家企业年度兑付上限', '≤10万元', '≤10万元'),
    ('22', '服务企业创新能力提升', '明显提升', '明显提升'), ('31', '企业满意度', '≥90%', '≥90%')]]),
 (U1, '科普宣传及科技活动周经费', 38.50, 38.50, 0,
  '组织开展科技活动周、全国科普日等系列科普活动，推进科普进农村、进社区、进校园，提升全县公民科学素质水平。',
  [[('11', '举办科普活动场次', '≥50场', '≥50场'), ('11', '受益群众人次', '≥3万人次', '≥3万人次'),
    ('12', '公民具备科学素质比例', '≥16%', '≥16%'), ('13', '活动按计划完成率', '100%', '100%'),
    ('14', '科技活动周经费', '≤38.5万元', '≤38.5万元'), ('31', '群众满意度', '≥92%', '≥92%')]]),
 (U1, '科技统计调查及监测工作经费', 12.60, 12.60, 0,
  '开展全县研究与试验发展（R&D）经费投入统计、企业创新调查和高新技术产业统计监测，为科技决策提供数据支撑。',
  [[('11', '统计调查企业数', '≥400家', '≥400家'), ('12', '数据上报准确率', '≥98%', '≥98%'),
    ('13', '统计报表按时报送率', '100%', '100%'), ('22', '为县委县政府科技决策提供数据支撑', '提供有效支撑', '提供有效支撑')]]),
 (U1, '农业科技示范基地建设经费', 66.00, 60.00, 6.00,
  '在王宅、柳城、新宅等乡镇建设农业科技示范基地，示范推广有机茶绿色生产、宣莲高效栽培和食用菌新品种，发挥示范带动作用。',
  [[('11', '建设农业科技示范基地', '≥5个', '≥5个'), ('11', '示范推广面积', '≥3000亩', '≥3000亩'),
    ('12', '示范基地验收合格率', '100%', '100%'), ('13', '基地建设完成时间', '2026年11月底前', '2026年11月底前'),
    ('21', '示范基地亩均增收', '≥800元', '≥800元'), ('31', '服务对象满意度', '≥90%', '≥90%')]]),
 (U2, '武义县科创孵化园（众创空间）运行维护及孵化服务经费', 128.00, 98.00, 30.00,
  '保障县科创孵化园（众创空间）正常运行，提供场地、物业、水电、网络等基础保障，开展创业辅导、投融资对接和路演活动，培育科技型初创企业。',
  [[('11', '在孵企业数量', '≥60家', '≥60家'), ('11', '举办创业辅导及路演活动', '≥24场', '≥24场'),
    ('12', '孵化毕业企业数', '≥8家', '≥8家'), ('13', '物业及水电费用支付及时率', '100%', '100%'),
    ('14', '运行维护经费', '≤128万元', '≤128万元'), ('22', '带动就业人数', '≥600人', '≥600人'),
    ('31', '入驻企业满意度', '≥90%', '≥90%')]]),
 (U2, '省级企业研发中心建设补助资金', 210.00, 210.00, 0,
  '对新认定的省级企业研究开发中心、省级重点企业研究院给予建设补助，引导企业建立高水平研发机构，提升企业自主创新能力。',
  [[('11', '新认定省级企业研发中心', '≥15家', '≥15家'), ('11', '新认定省级重点企业研究院', '≥1家', '≥1家'),
    ('12', '补助对象符合政策条件率', '100%', '100%'), ('13', '补助资金兑付及时率', '≥95%', '≥95%'),
    ('14', '单个省级企业研发中心补助标准', '≤10万元/家', '≤10万元/家'), ('21', '企业研发费用增长率', '≥10%', '≥10%'),
    ('31', '企业满意度', '≥90%', '≥90%')]]),
 (U2, '科技成果转化及技术交易服务经费', 46.80, 46.80, 0,
  '组织企业参加浙江网上技术市场、科技成果拍卖会等技术交易活动，开展校地合作对接，促进高校院所科技成果在武义落地转化。',
  [[('11', '组织校企对接活动', '≥10次', '≥10次'), ('11', '技术交易合同登记额', '≥5亿元', '≥5亿元'),
    ('12', '成果转化项目落地率', '≥30%', '≥30%'), ('13', '活动按计划完成率', '100%', '100%'),
    ('31', '参与企业满意度', '≥90%', '≥90%')]]),
 (U3, '中小微企业技术服务平台运行经费', 52.30, 40.30, 12.00,
  '维护中小微企业技术服务平台运行，为企业提供技术咨询、知识产权代理、科技项目申报辅导等服务，提升企业技术创新服务供给能力。',
  [[('11', '服务企业数', '≥500家次', '≥500家次'), ('11', '开展知识产权培训', '≥8期', '≥8期'),
    ('12', '平台正常运行率', '≥98%', '≥98%'), ('13', '服务响应时间', '≤2个工作日', '≤2个工作日'),
    ('14', '平台运维费用', '≤52.3万元', '≤52.3万元'), ('31', '服务对象满意度', '≥95%', '≥95%')]]),
 (U3, '政府雇员工资经费', 42.36, 42.36, 0,
  '保障生产力促进中心政府雇员工资及时足额发放，稳定技术服务人员队伍，提升科技服务工作效能。',
  [[('11', '政府雇员人数', '6人', '6人'), ('12', '编外人员聘用合规率', '合规', '100%'),
    ('13', '编外人员工资支付及时性', '按月足额发放', '100%'), ('12', '编外人员业绩量化考核完成率', '100%', '100%')]]),
]

def wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]

def f2(x):
    return '%.2f' % x

def amt(t, f, o):
    return ' '.join([f2(t), f2(f)] + ([f2(o)] if o else []))

def make_t1():
    units = [U1, U2, U3]
    ut = {u: [round(sum(p[2] for p in P if p[0] == u), 2), round(sum(p[3] for p in P if p[0] == u), 2),
              round(sum(p[4] for p in P if p[0] == u), 2)] for u in units}
    tot = [round(sum(ut[u][i] for u in units), 2) for i in range(3)]
    head = '部门名称：武义县科学技术局(部门) 单位：万元\n\n项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n'
    out = '\n项目支出绩效目标表（含转移支付项目）\n\n' + head + '合计 ' + amt(*tot) + '\n\n'
    k = 0
    for u in units:
        out += u + ' ' + amt(*ut[u]) + '\n\n'
        for p in [p for p in P if p[0] == u]:
            if k in (3, 6, 9, 11):
                out += '\n\n\n' + head
            k += 1
            name = p[1]
            if len(name) > 16:
                out += '    ' + name[:14] + '\n' + name[14:] + '\n\n' + amt(p[2], p[3], p[4]) + '\n\n'
            else:
                out += '    ' + name + ' ' + amt(p[2], p[3], p[4]) + '\n\n'
            gl = wrap(p[5], 20)
            for i, l in enumerate(gl):
                out += l + '\n' + ('\n' if i % 5 == 4 else '')
            out += '\n'
            parts = []
            for g in p[6]:
                for i, (c, n, pv, av) in enumerate(g):
                    parts.append('%d、%s,%s；实施周期指标值:%s,年度指标值:%s;' % (i + 1, L[c], n, pv, av))
            s = ','.join(parts)
            il = wrap(s, 37)
            for i, l in enumerate(il):
                out += l + '\n' + ('\n' if i % 4 == 3 else '')
            out += '\n'
    open(T1, 'w', encoding='utf-8').write(out)
    return {'units': {u: ut[u] for u in units}, 'total': tot,
            'projects': [{'unit': p[0], 'name': p[1], 'total': p[2], 'fiscal': p[3], 'other': p[4], 'goal': p[5],
                          'ind': [list(x) for g in p[6] for x in g]} for p in P]}

thin = Side(style='thin')
B = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal='center', vertical='center', wrap_text=True)

def box(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = B

# ---------- T2 工资福利支出 ----------
DEPTS = [
 ('102', '武义县财政局', [('102001', '武义县财政局', 'X', 58), ('102002', '武义县财政国库支付中心', 'S', 14), ('102003', '武义县预算绩效评价中心', 'S', 9)]),
 ('106', '武义县科学技术局', [('106001', '武义县科学技术局', 'X', 17), ('106002', '武义县科技创新服务中心', 'S', 11), ('106003', '武义县生产力促进中心', 'S', 7)]),
 ('108', '武义县教育局', [('108001', '武义县教育局', 'X', 36), ('108002', '武义县教师发展中心', 'S', 28), ('108003', '武义县教育后勤服务中心', 'S', 12)]),
 ('110', '武义县人力资源和社会保障局', [('110001', '武义县人力资源和社会保障局', 'X', 41), ('110002', '武义县就业管理服务中心', 'S', 19), ('110003', '武义县社会保险事业管理中心', 'S', 33), ('110004', '武义县劳动人事争议仲裁院', 'X', 8)]),
 ('112', '武义县农业农村局', [('112001', '武义县农业农村局', 'X', 52), ('112002', '武义县农业技术推广中心', 'S', 46), ('112003', '武义县农村经营管理服务中心', 'S', 13), ('112004', '武义县茶产业发展服务中心', 'S', 10)]),
 ('115', '武义县卫生健康局', [('115001', '武义县卫生健康局', 'X', 34), ('115002', '武义县疾病预防控制中心', 'S', 62), ('115003', '武义县卫生健康监督所', 'S', 21)]),
 ('118', '武义县文化和广电旅游体育局', [('118001', '武义县文化和广电旅游体育局', 'X', 29), ('118002', '武义县文化馆', 'S', 16), ('118003', '武义县图书馆', 'S', 15), ('118004', '武义县博物馆', 'S', 12)]),
 ('120', '武义县自然资源和规划局', [('120001', '武义县自然资源和规划局', 'X', 67), ('120002', '武义县不动产登记服务中心', 'S', 24)]),
 ('122', '武义县住房和城乡建设局', [('122001', '武义县住房和城乡建设局', 'X', 38), ('122002', '武义县建设工程质量安全服务中心', 'S', 22)]),
 ('125', '武义县市场监督管理局', [('125001', '武义县市场监督管理局', 'X', 96), ('125002', '武义县市场监督管理检验检测中心', 'S', 18)]),
]
WCOLS = ['基本工资', '津贴补贴', '奖金', '绩效工资', '机关事业单位基本养老保险缴费', '职业年金缴费', '职工基本医疗保险缴费', '其他社会保障缴费', '住房公积金', '其他工资福利支出']

def wage_row(rng, kind, n):
    r = lambda a, b: round(n * rng.uniform(a, b), 2)
    base = r(3.9, 4.5)
    if kind == 'X':
        allow, bonus, perf = r(6.8, 7.6), r(1.9, 2.3), 0.0
    else:
        allow, bonus, perf = r(1.1, 1.5), 0.0, r(7.2, 8.4)
    pay = base + allow + bonus + perf
    v = [base, allow, bonus, perf, round(pay * 0.16, 2), round(pay * 0.08, 2), round(pay * 0.085, 2),
         round(pay * 0.004, 2), round(pay * 0.12, 2), round(n * rng.uniform(0.15, 0.4), 2)]
    return [round(x, 2) for x in v]

def make_t2():
    rng = random.Random(9026)
    wb = Workbook(); ws = wb.active; ws.title = '工资福利支出明细'
    ncol = 3 + len(WCOLS)
    ws.cell(1, 1, '武义县2026年部门工资福利支出预算明细表').font = Font(bold=True, size=16)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol); ws.cell(1, 1).alignment = C
    ws.cell(2, 1, '编制单位：武义县财政局'); ws.cell(2, ncol - 1, '单位：万元')
    h1 = ['单位编码', '单位名称', '合计', '基本工资', '津贴补贴', '奖金', '绩效工资', '社会保障缴费', None, None, None, '住房公积金', '其他工资福利支出']
    h2 = [None] * 7 + ['机关事业单位基本养老保险缴费', '职业年金缴费', '职工基本医疗保险缴费', '其他社会保障缴费', None, None]
    for c, v in enumerate(h1, 1):
        if v: ws.cell(3, c, v)
    for c, v in enumerate(h2, 1):
        if v: ws.cell(4, c, v)
    for c in list(range(1, 8)) + [12, 13]:
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=8, end_row=3, end_column=11)
    for r in (3, 4):
        for c in range(1, ncol + 1):
            ws.cell(r, c).alignment = C; ws.cell(r, c).font = Font(bold=True)
    rows = []; data = {}
    for code, dname, units in DEPTS:
        urows = []
        for ucode, uname, kind, n in units:
            v = wage_row(rng, kind, n)
            urows.append((ucode, uname, round(sum(v), 2), v))
        sub = [round(sum(u[3][i] for u in urows), 2) for i in range(len(WCOLS))]
        rows.append((code, dname + '小计', round(sum(sub), 2), sub, True))
        data[dname] = {'code': code, 'total': round(sum(sub), 2), 'cols': dict(zip(WCOLS, sub)), 'units': {}}
        for u in urows:
            rows.append((u[0], u[1], u[2], u[3], False))
            data[dname]['units'][u[1]] = {'code': u[0], 'total': u[2], 'cols': dict(zip(WCOLS, u[3]))}
    subs = [r for r in rows if r[4]]
    tot = [round(sum(r[3][i] for r in subs), 2) for i in range(len(WCOLS))]
    r0 = 5
    ws.cell(r0, 1, None); ws.cell(r0, 2, '合计'); ws.cell(r0, 3, round(sum(tot), 2))
    for i, x in enumerate(tot): ws.cell(r0, 4 + i, x)
    ws.cell(r0, 2).font = Font(bold=True)
    r = r0 + 1
    for code, name, t, v, is_sub in rows:
        ws.cell(r, 1, code); ws.cell(r, 2, name if is_sub else '  ' + name); ws.cell(r, 3, t)
        for i, x in enumerate(v):
            if x: ws.cell(r, 4 + i, x)
        if is_sub:
            for c in range(1, ncol + 1): ws.cell(r, c).font = Font(bold=True)
        r += 1
    for rr in range(r0, r):
        for c in range(3, ncol + 1): ws.cell(rr, c).number_format = '#,##0.00'
    box(ws, 3, r - 1, 1, ncol)
    notes = ['注：1.本表为2026年部门预算一般公共预算财政拨款工资福利支出（经济分类科目301），不含对个人和家庭的补助；',
             '2.部门小计为所属各预算单位合计数；奖金主要为行政单位年终一次性奖金，绩效工资为事业单位绩效工资；空白表示无此项支出。']
    for i, t in enumerate(notes):
        ws.cell(r + i, 1, t); ws.merge_cells(start_row=r + i, start_column=1, end_row=r + i, end_column=ncol)
    ws.column_dimensions['B'].width = 34
    for c in 'CDEFGHIJKLM': ws.column_dimensions[c].width = 13
    wb.save(T2)
    return {'total': round(sum(tot), 2), 'cols': dict(zip(WCOLS, tot)), 'depts': data}

# ---------- T3 PPP ----------
PPP = [
 ('市政工程', [
  ('武义县城区污水管网提升改造工程PPP项目', '武义县住房和城乡建设局', 58600, 20, '可行性缺口补助', 'BOT', '运营期', 0, 3286.40, 65.70, 0),
  ('武义县城市道路提升改造PPP项目', '武义县住房和城乡建设局', 46250, 15, '政府付费', 'BOT', '运营期', 0, 4105.80, 82.10, 0),
  ('武义县城区地下综合管廊PPP项目', '武义县住房和城乡建设局', 72380, 25, '可行性缺口补助', 'BOT', '建设期', 1450.00, 0, 120.00, 860.00),
  ('武义县熟溪两岸景观提升工程PPP项目', '武义县住房和城乡建设局', 21560, 15, '政府付费', 'BOT', '运营期', 0, 1873.20, 37.50, 0),
  ('武义县城区智慧停车场PPP项目', '武义县综合行政执法局', 12800, 20, '使用者付费', 'BOT', '运营期', 0, 0, 25.60, 0)]),
 ('交通运输', [
  ('武义县桐琴至泉溪公路改建工程PPP项目', '武义县交通运输局', 38900, 15, '政府付费', 'BOT', '运营期', 0, 3512.60, 70.30, 0),
  ('武义县柳城至大田公路提升工程PPP项目', '武义县交通运输局', 26740, 13, '政府付费', 'BOT', '运营期', 0, 2468.90, 49.40, 0),
  ('武义县城乡公交一体化PPP项目', '武义县交通运输局', 18500, 12, '可行性缺口补助', 'TOT', '运营期', 0, 1326.00, 26.50, 300.00)]),
 ('教育', [
  ('武义县职业技术学校迁建工程PPP项目', '武义县教育局', 64300, 20, '政府付费', 'BOT', '运营期', 0, 4623.50, 92.50, 0),
  ('武义县第三中学新建工程PPP项目', '武义县教育局', 42150, 20, '政府付费', 'BOT', '建设期', 850.00, 0, 40.00, 1200.00),
  ('武义县城区幼儿园建设PPP项目', '武义县教育局', 15600, 15, '政府付费', 'BOT', '运营期', 0, 1296.30, 25.90, 0)]),
 ('医疗卫生和养老', [
  ('武义县第一人民医院医技综合楼PPP项目', '武义县卫生健康局', 53800, 20, '可行性缺口补助', 'BOT', '运营期', 0, 3168.70, 63.40, 0),
  ('武义县中医院迁建工程PPP项目', '武义县卫生健康局', 68900, 25, '可行性缺口补助', 'BOT', '运营期', 0, 3895.20, 77.90, 500.00),
  ('武义县康养中心（养老服务中心）PPP项目', '武义县民政局', 22400, 20, '可行性缺口补助', 'BOT', '运营期', 0, 986.40, 19.70, 0)]),
 ('生态建设和环境保护', [
  ('武义县农村生活污水治理提标改造PPP项目', '武义县农业农村局', 31200, 15, '可行性缺口补助', 'ROT', '运营期', 0, 2354.80, 47.10, 0),
  ('武义县生活垃圾焚烧发电PPP项目', '武义县综合行政执法局', 45600, 30, '可行性缺口补助', 'BOT', '运营期', 0, 1520.00, 30.40, 0),
  ('武义江流域综合治理PPP项目', '武义县水务局', 57300, 15, '政府付费', 'BOT', '运营期', 0, 4580.30, 91.60, 0),
  ('武义县废弃矿山生态修复PPP项目', '武义县自然资源和规划局', 16800, 10, '可行性缺口补助', 'BOT', '建设期', 336.00, 0, 16.80, 450.00)]),
 ('文化旅游体育', [
  ('武义县温泉小镇基础设施PPP项目', '武义县文化和广电旅游体育局', 49600, 20, '可行性缺口补助', 'BOT', '运营期', 0, 2765.30, 55.30, 0),
  ('武义县俞源古村落保护开发PPP项目', '武义县文化和广电旅游体育局', 18200, 15, '可行性缺口补助', 'ROT', '运营期', 0, 968.50, 19.40, 0),
  ('武义县全民健身中心PPP项目', '武义县文化和广电旅游体育局', 23500, 20, '可行性缺口补助', 'BOT', '运营期', 0, 1146.80, 22.90, 0)]),
]
GPB = 682000.00  # 2026年全县一般公共预算支出预算数（万元）
CN = '一二三四五六七八九十'

def later_years(p):
    name, inst, inv, yrs, mech, mode, stage, eq, op, risk, sup = p
    if stage == '建设期':
        first = round(inv * 0.072, 2)
        ys = [round(eq * 0.6 + risk + 180.00, 2), first, round(first * 1.02, 2), round(first * 1.04, 2)]
    elif mech == '政府付费':
        ys = [round(op + risk, 2)] * 4
    else:
        b = op + risk
        ys = [round(b * 1.02 ** k, 2) for k in range(1, 5)]
    return ys

def make_t3():
    wb = Workbook(); ws = wb.active; ws.title = 'PPP支出责任'
    ncol = 17
    ws.cell(1, 1, '武义县政府和社会资本合作（PPP）项目财政支出责任统计表（2026年）').font = Font(bold=True, size=16)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol); ws.cell(1, 1).alignment = C
    ws.cell(2, 1, '填报单位：武义县财政局'); ws.cell(2, 8, '统计截止：2026年1月'); ws.cell(2, ncol - 1, '单位：万元')
    h1 = ['序号', '项目名称', '实施机构', '总投资', '合作期（年）', '回报机制', '运作方式', '所处阶段',
          '2026年财政支出责任', None, None, None, None, '以后年度财政支出责任', None, None]
    h2 = [None] * 8 + ['合计', '股权投资支出', '运营补贴支出', '风险承担支出', '配套投入支出', '2027年', '2028年', '2029年']
    h1.append(None); h2.append('2030年')
    ncol = len(h1)
    for c, v in enumerate(h1, 1):
        if v: ws.cell(3, c, v)
    for c, v in enumerate(h2, 1):
        if v: ws.cell(4, c, v)
    for c in range(1, 9): ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=9, end_row=3, end_column=13)
    ws.merge_cells(start_row=3, start_column=14, end_row=3, end_column=17)
    for r in (3, 4):
        for c in range(1, ncol + 1): ws.cell(r, c).alignment = C; ws.cell(r, c).font = Font(bold=True)
    body = []; data = {'groups': {}, 'projects': {}}
    seq = 0
    for gi, (g, projs) in enumerate(PPP):
        prow = []
        for p in projs:
            seq += 1
            name, inst, inv, yrs, mech, mode, stage, eq, op, risk, sup = p
            t26 = round(eq + op + risk + sup, 2)
            ys = later_years(p)
            vals = [inv, yrs, mech, mode, stage, t26, eq, op, risk, sup] + ys
            prow.append((str(seq), name, inst, vals))
            data['projects'][name] = dict(group=g, inst=inst, inv=inv, years=yrs, mech=mech, mode=mode, stage=stage,
                                          t26=t26, eq=eq, op=op, risk=risk, sup=sup, y27=ys[0], y28=ys[1], y29=ys[2], y30=ys[3], seq=seq)
        num = lambda i: round(sum(x[3][i] for x in prow), 2)
        sub = [num(0), None, None, None, None] + [num(i) for i in range(5, 14)]
        body.append((CN[gi], g + '小计', None, sub, True))
        data['groups'][g] = dict(inv=sub[0], t26=sub[5], eq=sub[6], op=sub[7], risk=sub[8], sup=sub[9],
                                 y27=sub[10], y28=sub[11], y29=sub[12], y30=sub[13], n=len(prow))
        body += [(a, b, c, d, False) for a, b, c, d in prow]
    subs = [b for b in body if b[4]]
    tot = [round(sum(b[3][i] for b in subs), 2) if i not in (1, 2, 3, 4) else None for i in range(14)]
    data['total'] = dict(inv=tot[0], t26=tot[5], eq=tot[6], op=tot[7], risk=tot[8], sup=tot[9], y27=tot[10], y28=tot[11], y29=tot[12], y30=tot[13], n=seq)
    r = 5
    ws.cell(r, 2, '合计'); ws.cell(r, 2).font = Font(bold=True)
    for i, x in enumerate(tot):
        if x is not None: ws.cell(r, 4 + i, x)
    r += 1
    for a, b, c, v, is_sub in body:
        ws.cell(r, 1, a); ws.cell(r, 2, b)
        if c: ws.cell(r, 3, c)
        for i, x in enumerate(v):
            if x is not None and x != 0: ws.cell(r, 4 + i, x)
        if is_sub:
            for cc in range(1, ncol + 1): ws.cell(r, cc).font = Font(bold=True)
        r += 1
    for rr in range(5, r):
        ws.cell(rr, 4).number_format = '#,##0'
        for cc in range(9, ncol + 1): ws.cell(rr, cc).number_format = '#,##0.00'
    box(ws, 3, r - 1, 1, ncol)
    share = round(tot[5] / GPB * 100, 2)
    data['gpb'] = GPB; data['share'] = share
    notes = ['说明：1.2026年全县一般公共预算支出预算数为%.2f万元，全部PPP项目2026年度财政支出责任合计%.2f万元，占一般公共预算支出的%.2f%%，未超过10%%的红线控制要求。' % (GPB, tot[5], share),
             '2.股权投资支出为政府方出资代表按股权比例承担的项目资本金出资；风险承担支出按各项目物有所值评价及财政承受能力论证报告中的风险分配方案测算；配套投入支出含土地征收、前期费用及配套设施投入。',
             '3.使用者付费项目仅列示政府方承担的风险支出；总投资为项目合同约定总投资额；以后年度支出责任为测算数，以实际绩效考核结果为准。']
    for i, t in enumerate(notes):
        ws.cell(r + i, 1, t); ws.merge_cells(start_row=r + i, start_column=1, end_row=r + i, end_column=ncol)
    ws.column_dimensions['B'].width = 40; ws.column_dimensions['C'].width = 26
    wb.save(T3)
    return data

if __name__ == '__main__':
    os.makedirs(D, exist_ok=True)
    d = {'t1': make_t1(), 't2': make_t2(), 't3': make_t3()}
    json.dump(d, open(os.path.join(D, 'docs_data.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('ok', d['t1']['total'], d['t2']['total'], d['t3']['total'], d['t3']['share'])
    print(D)
