# -*- coding: utf-8 -*-
"""Builds the three 余姚市农业农村局 documents in docs/ (T1 text, T2/T3 xlsx)."""
import os, json, sys, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
# writes to the folder given (default: a scratch folder), never over the committed documents
DOCS = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix='general66_')
os.makedirs(DOCS, exist_ok=True)
DEPT = '余姚市农业农村局'
T1 = os.path.join(DOCS, '余姚市农业农村局2026年项目支出绩效目标表.txt')
T2 = os.path.join(DOCS, '余姚市农业农村局2026年一般公共预算支出功能分类表.xlsx')
T3 = os.path.join(DOCS, '余姚市农业农村局2025年预算与决算对比表.xlsx')

L1 = {'产出': '1-产出指标', '效益': '2-效益指标', '满意度': '3-满意度指标'}
L2 = {'数量': '11-数量指标', '质量': '12-质量指标', '时效': '13-时效指标', '成本': '14-成本指标',
      '经济': '21-经济效益', '社会': '22-社会效益', '生态': '23-生态效益', '可持续': '24-可持续影响',
      '服务对象': '31-服务对象满意度'}
LV1 = {'数量': '产出', '质量': '产出', '时效': '产出', '成本': '产出', '经济': '效益', '社会': '效益',
       '生态': '效益', '可持续': '效益', '服务对象': '满意度'}

def I(kind, name, period, annual=None, group=1):
    return dict(level1=L1[LV1[kind]], level2=L2[kind], name=name, period_value=period,
                annual_value=annual if annual is not None else period, group=group)

UNITS = [
 ('余姚市农业农村局', [
  dict(name='高标准农田建设项目', total=1280.00, fa=1080.00, other=200.00,
       goal='新建和改造提升高标准农田1.2万亩，完善田间灌排、田间道路等基础设施，提高耕地质量等级和粮食综合生产能力，助力粮食安全和乡村振兴。',
       ind=[I('服务对象', '受益农户满意度', '≥90%'), I('经济', '亩均粮食产能提升', '≥50公斤'),
            I('可持续', '工程设施使用年限', '≥15年'), I('成本', '亩均财政投资', '≤3000元'),
            I('时效', '项目完工及时率', '100%'), I('质量', '工程验收合格率', '100%'),
            I('数量', '新建高标准农田面积', '2.5万亩', '1.2万亩')]),
  dict(name='农业产业化龙头企业扶持资金', total=350.00, fa=350.00, other=0,
       goal='扶持市级以上农业产业化龙头企业扩大生产规模、开展技术改造和品牌建设，带动农户增收，推进农业全产业链发展。',
       ind=[I('服务对象', '扶持企业满意度', '≥90%'), I('经济', '带动农户增收', '≥2000户'),
            I('时效', '资金拨付及时率', '100%'), I('质量', '扶持项目验收合格率', '≥95%'),
            I('数量', '扶持龙头企业数量', '≥20家')]),
  dict(name='美丽乡村建设以奖代补资金', total=620.00, fa=500.00, other=120.00,
       goal='对考核达标的美丽乡村精品村、特色村按标准实施以奖代补，改善农村生产生活条件，打造宜居宜业和美乡村。',
       ind=[I('服务对象', '村民满意度', '≥92%'), I('社会', '村庄人居环境改善', '持续改善', '明显改善'),
            I('生态', '村庄绿化覆盖率', '≥30%'), I('成本', '单村奖补标准', '≤50万元'),
            I('时效', '资金拨付及时率', '100%', '≥95%'), I('质量', '考核达标率', '100%'),
            I('数量', '美丽乡村精品村创建数量', '≥10个', '4个'), I('数量', '美丽乡村特色村创建数量', '≥20个', '8个')]),
  dict(name='农村人居环境整治提升经费', total=186.50, fa=186.50, other=0,
       goal='开展农村生活垃圾分类、农村厕所改造提升和村庄清洁行动，巩固农村人居环境整治成果。',
       ind=[I('服务对象', '村民满意度', '≥90%'), I('生态', '农村生活垃圾分类覆盖率', '100%'),
            I('时效', '整治任务完成时限', '2026年12月底前'), I('质量', '农村卫生厕所普及率', '≥99%'),
            I('数量', '村庄清洁行动开展次数', '≥4次')]),
  dict(name='农业综合行政执法专项经费', total=45.80, fa=45.80, other=0,
       goal='开展农资打假、农产品质量安全、动物卫生、渔政等领域执法检查，查处违法案件，维护农业生产经营秩序。',
       ind=[I('服务对象', '服务对象满意度', '≥85%'), I('社会', '农业生产经营秩序', '持续规范'),
            I('成本', '执法装备购置费用', '≤12万元'), I('时效', '案件按期办结率', '100%'),
            I('质量', '行政处罚案件复议纠错率', '≤1%', '0'), I('数量', '执法检查次数', '≥600次'),
            I('数量', '农资监督抽检批次', '≥150批次')]),
  dict(name='耕地保护和粮食安全责任制考核经费', total=15.00, fa=15.00, other=0,
       goal='开展镇（街道）耕地保护和粮食安全党政同责考核，组织实地核查和资料审核，压实耕地保护责任。',
       ind=[I('社会', '耕地保护责任落实', '全面落实'), I('成本', '考核工作费用', '≤15万元'),
            I('时效', '考核完成时间', '2026年11月底前'), I('数量', '考核镇（街道）数量', '21个')]),
 ]),
 ('余姚市农业技术推广服务总站', [
  dict(name='水稻绿色高质高效创建项目', total=96.00, fa=96.00, other=0,
       goal='建设水稻绿色高质高效示范片，集成推广优质品种和绿色栽培技术，提高水稻单产和品质。',
       ind=[I('服务对象', '示范户满意度', '≥90%'), I('经济', '示范片亩均增产', '≥5%'),
            I('生态', '化肥农药使用量', '比上年减少', '减少3%以上'), I('时效', '资金拨付及时率', '100%'),
            I('质量', '主推技术到位率', '≥95%'), I('数量', '示范片建设面积', '3万亩', '1万亩')]),
  dict(name='耕地质量监测与保护提升经费', total=58.60, fa=48.60, other=10.00,
       goal='开展耕地质量长期定位监测和土壤采样化验，推广有机肥替代和秸秆还田，保护和提升耕地地力。',
       ind=[I('可持续', '耕地质量等级', '稳中有升'), I('成本', '单个监测点运行费用', '≤0.8万元'),
            I('质量', '化验数据合格率', '≥98%'), I('数量', '耕地质量监测点数量', '45个'),
            I('数量', '土壤采样数量', '≥1200个', '≥400个')]),
  dict(name='农作物病虫害统防统治及绿色防控补助资金', total=132.40, fa=132.40, other=0, wrap=14,
       goal='对开展水稻等主要农作物病虫害统防统治的服务组织给予补助，推广绿色防控技术，减少化学农药使用，保障粮食生产安全。',
       ind=[I('服务对象', '服务对象满意度', '≥90%'), I('社会', '主要农作物病虫害损失率', '≤5%'),
            I('生态', '化学农药使用量', '比上年减少', '减少2%以上'), I('成本', '亩均补助标准', '≤30元'),
            I('时效', '资金拨付及时率', '100%', '≥95%'), I('数量', '统防统治覆盖面积', '≥45万亩次')]),
  dict(name='农业技术推广服务经费', total=27.35, fa=27.35, other=0,
       goal='组织农技人员开展技术指导、培训和新品种新技术试验示范，提升基层农技推广服务能力。',
       ind=[I('服务对象', '农户满意度', '≥90%'), I('可持续', '基层农技推广服务能力', '持续提升'),
            I('质量', '培训合格率', '≥95%'), I('数量', '农民技术培训人次', '≥3000人次'),
            I('数量', '新品种新技术试验示范数', '≥15项')]),
 ]),
 ('余姚市农村经营管理服务中心', [
  dict(name='农村集体“三资”管理平台运维经费', total=38.00, fa=38.00, other=0,
       goal='保障农村集体“三资”管理平台和农村产权交易平台稳定运行，规范农村集体资金、资产、资源管理。',
       ind=[I('服务对象', '使用单位满意度', '≥90%'), I('社会', '农村集体资产监管水平', '持续提升'),
            I('成本', '平台运维费用', '≤38万元'), I('时效', '故障响应时间', '≤2小时'),
            I('质量', '系统正常运行率', '≥99%'), I('数量', '覆盖村（社区）数量', '266个')]),
  dict(name='农村土地承包经营权确权成果应用经费', total=21.50, fa=21.50, other=0,
       goal='做好农村土地承包经营权确权登记颁证成果日常管理和数据更新，推进二轮延包试点，维护农民土地权益。',
       ind=[I('服务对象', '农户满意度', '≥95%'), I('时效', '数据更新及时率', '100%'),
            I('质量', '确权数据准确率', '≥99%'), I('数量', '二轮延包试点村数量', '≥3个')]),
  dict(name='新型农业经营主体培育补助资金', total=160.00, fa=140.00, other=20.00,
       goal='培育家庭农场、农民合作社等新型农业经营主体，对新认定的示范性主体给予补助，提升规范化经营水平。',
       ind=[I('服务对象', '经营主体满意度', '≥90%'), I('经济', '带动农户增收', '≥1500户'),
            I('时效', '资金拨付及时率', '100%'), I('数量', '新增市级示范性家庭农场', '≥30家'),
            I('数量', '新增市级示范性农民合作社', '≥10家', group=2), I('质量', '示范主体规范运营率', '≥95%', group=2)]),
 ]),
]

def f2(v):
    return '%.2f' % v

def amounts(total, fa, other):
    s = [f2(total), f2(fa)]
    if other:
        s.append(f2(other))
    return ' '.join(s)

def wrap(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)]

def with_breaks(lines, every):
    out = []
    for i, ln in enumerate(lines):
        out.append(ln)
        if (i + 1) % every == 0 and i + 1 < len(lines):
            out.append('')
    return out

def ind_text(inds):
    parts = []
    seq = {}
    for x in inds:
        seq[x['group']] = seq.get(x['group'], 0) + 1
        x['seq'] = seq[x['group']]
        parts.append('%d、%s,%s,%s；实施周期指标值:%s,年度指标值:%s;' % (
            x['seq'], x['level1'], x['level2'], x['name'], x['period_value'], x['annual_value']))
    return ','.join(parts)

HEAD = ['部门名称：%s(部门) 单位：万元' % DEPT, '',
        '项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标', '']

def build_t1():
    tot = [0, 0, 0]
    for _, ps in UNITS:
        for p in ps:
            tot[0] += p['total']; tot[1] += p['fa']; tot[2] += p['other']
            assert abs(p['total'] - p['fa'] - p['other']) < 1e-9
    out = ['项目支出绩效目标表（含转移支付项目）', ''] + HEAD
    out += ['合计 ' + amounts(*tot), '']
    n = 0
    for uname, ps in UNITS:
        ut = [sum(p[k] for p in ps) for k in ('total', 'fa', 'other')]
        out += [uname + ' ' + amounts(*ut), '']
        for p in ps:
            if n and n % 4 == 0:
                out += ['', '', ''] + HEAD
            n += 1
            if p.get('wrap'):
                w = p['wrap']
                out += ['    ' + p['name'][:w], p['name'][w:], '', amounts(p['total'], p['fa'], p['other'])]
            else:
                out.append('    %s %s' % (p['name'], amounts(p['total'], p['fa'], p['other'])))
            out.append('')
            out += with_breaks(wrap(p['goal'], 21), 4)
            out.append('')
            out += with_breaks(wrap(ind_text(p['ind']), 37), 5)
            out.append('')
    with open(T1, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    return tot

# ---------------- T2: 一般公共预算支出功能分类表 2026 ----------------
# (code, name, basic, project); class/kuan rows are summed from their items
T2_ITEMS = [
 ('208', '社会保障和就业支出'), ('20805', '行政事业单位养老支出'),
 ('2080505', '机关事业单位基本养老保险缴费支出', 196.44, 0), ('2080506', '机关事业单位职业年金缴费支出', 98.22, 0),
 ('210', '卫生健康支出'), ('21011', '行政事业单位医疗'),
 ('2101101', '行政单位医疗', 41.30, 0), ('2101102', '事业单位医疗', 63.85, 0),
 ('213', '农林水支出'), ('21301', '农业农村'),
 ('2130101', '行政运行', 862.37, 0), ('2130104', '事业运行', 1405.18, 0),
 ('2130106', '科技转化与推广服务', 0, 27.35), ('2130108', '病虫害控制', 0, 132.40),
 ('2130110', '执法监管', 0, 45.80), ('2130122', '农业生产发展', 0, 586.00),
 ('2130124', '农村合作经济', 0, 59.50), ('2130153', '耕地建设与利用', 0, 1143.60),
 ('21305', '乡村振兴'), ('2130504', '农村基础设施建设', 0, 186.50),
 ('21307', '农村综合改革'), ('2130701', '对村级公益事业建设的补助', 0, 500.00),
 ('221', '住房保障支出'), ('22102', '住房改革支出'), ('2210201', '住房公积金', 172.56, 0),
]
T2_UNITS = [('001001', '余姚市农业农村局（本级）', 1248.60, 2177.30),
            ('001002', '余姚市农业技术推广服务总站', 1012.47, 304.35),
            ('001003', '余姚市农村经营管理服务中心', 578.85, 199.50)]

thin = Side(style='thin')
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal='center', vertical='center', wrap_text=True)

def t2_rows():
    rows = []
    for it in T2_ITEMS:
        code = it[0]
        if len(it) == 4:
            rows.append([code, it[1], round(it[2] + it[3], 2), it[2], it[3]])
        else:
            subs = [x for x in T2_ITEMS if len(x) == 4 and x[0].startswith(code)]
            b = round(sum(x[2] for x in subs), 2); p = round(sum(x[3] for x in subs), 2)
            rows.append([code, it[1], round(b + p, 2), b, p])
    classes = [r for r in rows if len(r[0]) == 3]
    tot = [round(sum(r[i] for r in classes), 2) for i in (2, 3, 4)]
    return rows, tot

def put(ws, r, c, v, fmt=None, bold=False, align=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.border = BORDER
    if fmt:
        cell.number_format = fmt
    if bold:
        cell.font = Font(bold=True)
    if align:
        cell.alignment = align
    return cell

def build_t2():
    rows, tot = t2_rows()
    wb = Workbook()
    ws = wb.active
    ws.title = '一般公共预算支出功能分类表'
    ws.merge_cells('A1:G1')
    ws['A1'] = '余姚市农业农村局2026年一般公共预算支出功能分类表'
    ws['A1'].font = Font(bold=True, size=14); ws['A1'].alignment = CENTER
    ws.merge_cells('A2:D2'); ws['A2'] = '部门名称：余姚市农业农村局'
    ws.merge_cells('E2:G2'); ws['E2'] = '单位：万元'; ws['E2'].alignment = Alignment(horizontal='right')
    # two header rows
    ws.merge_cells('A3:C3'); put(ws, 3, 1, '科目编码', align=CENTER); put(ws, 3, 2, None); put(ws, 3, 3, None)
    for c, t in ((4, '科目名称'), (5, '合计'), (6, '基本支出'), (7, '项目支出')):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
        put(ws, 3, c, t, align=CENTER); put(ws, 4, c, None)
    for c, t in ((1, '类'), (2, '款'), (3, '项')):
        put(ws, 4, c, t, align=CENTER)
    r = 5
    put(ws, r, 1, None); put(ws, r, 2, None); put(ws, r, 3, None)
    put(ws, r, 4, '合计', bold=True, align=CENTER)
    for i, v in enumerate(tot):
        put(ws, r, 5 + i, v, '0.00', bold=True)
    for row in rows:
        r += 1
        code = row[0]
        put(ws, r, 1, code[:3]); put(ws, r, 2, code[3:5] or None); put(ws, r, 3, code[5:7] or None)
        indent = {3: '', 5: '  ', 7: '    '}[len(code)]
        put(ws, r, 4, indent + row[1], bold=len(code) == 3)
        for i, v in enumerate(row[2:]):
            put(ws, r, 5 + i, v if v else None, '0.00')
    ws.column_dimensions['D'].width = 34
    for col in 'EFG':
        ws.column_dimensions[col].width = 12
    # sheet 2: by unit
    w2 = wb.create_sheet('分单位汇总')
    w2.merge_cells('A1:E1'); w2['A1'] = '余姚市农业农村局2026年一般公共预算支出分单位汇总表'
    w2['A1'].font = Font(bold=True, size=14); w2['A1'].alignment = CENTER
    w2.merge_cells('A2:E2'); w2['A2'] = '单位：万元'; w2['A2'].alignment = Alignment(horizontal='right')
    for c, t in enumerate(['单位编码', '单位名称', '合计', '基本支出', '项目支出'], 1):
        put(w2, 3, c, t, align=CENTER)
    ub = round(sum(u[2] for u in T2_UNITS), 2); up = round(sum(u[3] for u in T2_UNITS), 2)
    assert abs(ub - tot[1]) < 0.001 and abs(up - tot[2]) < 0.001, (ub, up, tot)
    put(w2, 4, 1, None); put(w2, 4, 2, '合计', bold=True, align=CENTER)
    put(w2, 4, 3, round(ub + up, 2), '0.00', bold=True); put(w2, 4, 4, ub, '0.00', bold=True); put(w2, 4, 5, up, '0.00', bold=True)
    for i, (code, name, b, p) in enumerate(T2_UNITS):
        put(w2, 5 + i, 1, code); put(w2, 5 + i, 2, name)
        put(w2, 5 + i, 3, round(b + p, 2), '0.00'); put(w2, 5 + i, 4, b, '0.00'); put(w2, 5 + i, 5, p, '0.00')
    w2.column_dimensions['B'].width = 30
    wb.save(T2)
    return rows, tot

# ---------------- T3: 预算与决算对比表 2025 ----------------
# (label, budget, final, reason) ; sections with subtotal
T3_SECTIONS = [
 ('一、基本支出', [
   ('工资福利支出', 2315.40, 2287.66, '人员调动及退休，实际发放少于预算'),
   ('商品和服务支出', 386.20, 352.84, '厉行节约，压减一般性支出'),
   ('对个人和家庭的补助', 58.30, 61.07, '新增退休人员补助'),
   ('资本性支出', 20.00, 12.56, '办公设备采购价格低于预算')]),
 ('二、项目支出', [
   ('高标准农田建设项目', 1150.00, 1098.36, '部分工程结算审计未完成'),
   ('农业产业化龙头企业扶持资金', 300.00, 300.00, ''),
   ('美丽乡村建设以奖代补资金', 580.00, 552.40, '个别村考核未达标，奖补资金相应核减'),
   ('农村人居环境整治提升经费', 170.00, 161.25, '政府采购节约'),
   ('农业综合行政执法专项经费', 42.00, 39.87, '执法装备采购结余'),
   ('水稻绿色高质高效创建项目', 90.00, 88.20, ''),
   ('耕地质量监测与保护提升经费', 52.00, 47.63, '监测点运行费用低于预算'),
   ('农作物病虫害统防统治及绿色防控补助资金', 125.00, 119.80, '实际统防面积少于计划'),
   ('农业技术推广服务经费', 25.00, 24.16, ''),
   ('农村集体“三资”管理平台运维经费', 36.00, 36.00, ''),
   ('农村土地承包经营权确权成果应用经费', 30.00, 18.75, '二轮延包试点推迟，部分资金结转下年'),
   ('新型农业经营主体培育补助资金', 150.00, 143.10, '部分主体未通过认定'),
   ('农业面源污染治理项目', 80.00, 71.64, '工程进度滞后'),
   ('数字乡村建设试点经费', 65.00, 58.92, '政府采购节约')]),
 ('三、“三公”经费', [
   ('因公出国（境）费', 0.00, 0.00, ''),
   ('公务接待费', 8.50, 6.32, '严格控制接待标准'),
   ('公务用车购置费', 0.00, 0.00, ''),
   ('公务用车运行维护费', 22.00, 19.45, '公务用车数量减少')]),
 ('四、会议费和培训费', [
   ('会议费', 6.00, 4.18, '精简会议，合并召开'),
   ('培训费', 12.00, 10.35, '部分培训采用线上方式')]),
]

def r2(v):
    return round(v + 0.0, 2)

def rate(b, f):
    return None if not b else round(f / b * 100 + 1e-9, 2)

def t3_rows():
    rows = []  # (seq, label, budget, final, diff, rate, reason, level)
    sec_tot = []
    for si, (sname, items) in enumerate(T3_SECTIONS):
        b = r2(sum(x[1] for x in items)); f = r2(sum(x[2] for x in items))
        sec_tot.append((b, f))
        rows.append(('', sname, b, f, r2(f - b), rate(b, f), '', 1))
        for i, (lab, bb, ff, why) in enumerate(items, 1):
            rows.append((str(i), lab, bb, ff, r2(ff - bb), rate(bb, ff), why, 2))
    tb = r2(sec_tot[0][0] + sec_tot[1][0]); tf = r2(sec_tot[0][1] + sec_tot[1][1])
    total = ('', '合计', tb, tf, r2(tf - tb), rate(tb, tf), '', 0)
    return [total] + rows

def build_t3():
    rows = t3_rows()
    wb = Workbook()
    ws = wb.active
    ws.title = '预算与决算对比表'
    ws.merge_cells('A1:G1')
    ws['A1'] = '余姚市农业农村局2025年度一般公共预算支出预算与决算对比表'
    ws['A1'].font = Font(bold=True, size=14); ws['A1'].alignment = CENTER
    ws.merge_cells('A2:D2'); ws['A2'] = '编制单位：余姚市农业农村局'
    ws.merge_cells('E2:G2'); ws['E2'] = '单位：万元'; ws['E2'].alignment = Alignment(horizontal='right')
    for c, t in ((1, '序号'), (2, '项目'), (5, '差额（决算数-预算数）'), (6, '完成率（%）'), (7, '差异原因')):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
        put(ws, 3, c, t, align=CENTER); put(ws, 4, c, None)
    ws.merge_cells('C3:D3'); put(ws, 3, 3, '2025年度', align=CENTER); put(ws, 3, 4, None)
    put(ws, 4, 3, '预算数', align=CENTER); put(ws, 4, 4, '决算数', align=CENTER)
    r = 4
    for seq, lab, b, f, d, rt, why, lvl in rows:
        r += 1
        put(ws, r, 1, seq, align=CENTER)
        put(ws, r, 2, ('  ' if lvl == 2 else '') + lab, bold=lvl < 2)
        put(ws, r, 3, b, '0.00', bold=lvl < 2); put(ws, r, 4, f, '0.00', bold=lvl < 2)
        put(ws, r, 5, d, '0.00', bold=lvl < 2)
        put(ws, r, 6, rt if rt is not None else '—', '0.00', bold=lvl < 2)
        put(ws, r, 7, why or None)
    r += 2
    ws.cell(row=r, column=1, value='注：“三公”经费、会议费和培训费已包含在基本支出中，不重复计入合计。')
    ws.column_dimensions['B'].width = 40; ws.column_dimensions['G'].width = 36
    for col in 'CDEF':
        ws.column_dimensions[col].width = 12
    wb.save(T3)
    return rows

def main():
    tot = build_t1()
    rows2, tot2 = build_t2()
    rows3 = build_t3()
    data = dict(t1=dict(units=[dict(name=u, projects=ps) for u, ps in UNITS], total=tot),
                t2=dict(rows=rows2, total=tot2, units=T2_UNITS), t3=dict(rows=rows3))
    with open(os.path.join(DOCS, 'docs_data.json'), 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    print('T1 total', tot, 'T2 total', tot2, 'T3 rows', len(rows3))

if __name__ == '__main__':
    main()
