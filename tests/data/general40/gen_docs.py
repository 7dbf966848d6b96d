# -*- coding: utf-8 -*-
"""Generate the three blind-test documents for 辽宁省凤城市 (2026)."""
import random, unicodedata, openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter
OUT = '/work/blind40/docs/'
rnd = random.Random(40)

def w(c):
    return 2 if unicodedata.east_asian_width(c) in 'WFA' else 1
def wrap(text, width):
    lines, cur, cw = [], '', 0
    for c in text:
        if cw + w(c) > width:
            lines.append(cur); cur, cw = '', 0
        cur += c; cw += w(c)
    if cur: lines.append(cur)
    return lines
def blockify(lines):
    out, i = [], 0
    while i < len(lines):
        n = rnd.choice([3, 3, 4, 5])
        out.extend(lines[i:i+n]); i += n
        if i < len(lines): out.append('')
    return out

# ---------------- document 1: text 项目支出绩效目标表 ----------------
DEPT = '凤城市市场监督管理局'
I1, I2, I3 = '1-产出指标', '2-效益指标', '3-满意度指标'
N11, Q12, T13, C14 = '11-数量指标', '12-质量指标', '13-时效指标', '14-成本指标'
E21, S22, L24, M31 = '21-经济效益', '22-社会效益', '24-可持续影响', '31-服务对象满意度'
def f2(x): return '%.2f' % x
# (name, total, fiscal, special, other, goal, [groups of indicators (l1,l2,name,period,annual)])
UNITS = [
 ('凤城市市场监督管理局', [
  ('市场监管综合执法办案经费', 48.50, 48.50, 0, 0,
   '围绕食品、药品、特种设备、产品质量、价格、广告等重点领域开展综合执法，依法查处各类违法违规案件，规范全市市场秩序，维护公平竞争的市场环境，保障人民群众生命财产安全。',
   [[(I1, N11, '查办各类市场监管违法案件', '≥600件', '≥200件'),
     (I1, Q12, '行政处罚案件法制审核率', '100%', '100%'),
     (I1, T13, '投诉举报转案件按时立案率', '≥95%', '≥95%'),
     (I1, C14, '执法办案经费', '≤145.5万元', '≤48.5万元'),
     (I2, S22, '市场秩序', '全市市场秩序持续规范', '重点领域违法行为明显减少'),
     (I3, M31, '经营主体对执法工作满意度', '≥90%', '≥90%')]]),
  ('食品安全抽检监测经费', 86.00, 60.00, 16.00, 10.00,
   '按照“双随机、一公开”原则，对全市生产、流通、餐饮环节食品开展监督抽检和风险监测，重点覆盖校园周边、农贸市场、大型商超，及时发现和处置食品安全风险隐患，确保全市不发生区域性、系统性食品安全事件。',
   [[(I1, N11, '食品安全监督抽检批次', '≥3000批次', '≥1000批次'),
     (I1, N11, '食用农产品快检批次', '≥15000批次', '≥5000批次'),
     (I1, Q12, '不合格食品核查处置率', '100%', '100%'),
     (I1, T13, '抽检信息公布及时率', '≥95%', '≥98%'),
     (I2, S22, '重大食品安全事件发生数', '0起', '0起'),
     (I2, L24, '食品安全评价性抽检合格率', '≥98%', '≥98%'),
     (I3, M31, '群众食品安全满意度', '≥85%', '≥88%')]]),
  ('特种设备安全监察专项经费', 35.60, 35.60, 0, 0,
   '对全市电梯、锅炉、压力容器、起重机械、场（厂）内专用机动车辆等特种设备开展安全监察和隐患排查，督促使用单位落实主体责任，有效防范特种设备安全事故。',
   [[(I1, N11, '特种设备监督检查台次', '≥1500台次', '≥500台次'),
     (I1, Q12, '隐患整改闭环率', '100%', '100%'),
     (I1, T13, '电梯困人应急救援到达时间', '≤30分钟', '≤30分钟'),
     (I2, S22, '特种设备万台死亡率', '≤0.15', '≤0.15'),
     (I3, M31, '使用单位满意度', '≥90%', '≥90%')]]),
  ('政府雇员工资经费', 124.32, 124.32, 0, 0,
   '保障局机关及派出所聘用的政府雇员工资按时足额发放，稳定基层市场监管队伍，提升基层市场监管所日常监管和服务能力。',
   [[(I1, N11, '保障政府雇员人数', '28人', '28人'),
     (I1, T13, '工资发放及时率', '100%', '100%'),
     (I1, C14, '政府雇员工资', ' ≦岗位档次包干经费', ' 124.32万元'),
     (I2, S22, '基层监管服务能力', '稳步提升', '稳步提升')]]),
  ('12315投诉举报热线运行维护费', 18.40, 18.40, 0, 0,
   '保障12315投诉举报热线及全国12315平台凤城分流点正常运行，及时受理、分办消费者投诉举报，畅通消费维权渠道。',
   [[(I1, N11, '受理投诉举报咨询件数', '≥18000件', '≥6000件'),
     (I1, T13, '投诉按时办结率', '≥98%', '≥98%'),
     (I1, Q12, '热线接通率', '≥95%', '≥95%'),
     (I2, S22, '为消费者挽回经济损失', '≥450万元', '≥150万元'),
     (I3, M31, '投诉人满意度', '≥90%', '≥92%')]]),
  ('网络交易监测及“双随机、一公开”监管平台运维经费', 27.80, 27.80, 0, 0,
   '对辖区网络交易经营主体开展常态化监测，维护“双随机、一公开”监管平台及企业信用信息公示系统运行，实现跨部门联合抽查全覆盖。',
   [[(I1, N11, '网络交易经营主体监测户数', '≥2400户', '≥800户'),
     (I1, Q12, '双随机抽查结果公示率', '100%', '100%'),
     (I1, T13, '平台故障修复时间', '≤24小时', '≤24小时')],
    [(I2, L24, '部门联合抽查占比', '≥30%', '≥35%'),
     (I2, E21, '企业年报公示率', '≥90%', '≥92%'),
     (I3, M31, '抽查对象满意度', '≥85%', '≥85%')]]),
 ]),
 ('凤城市检验检测中心', [
  ('计量器具强制检定经费', 42.00, 30.00, 0, 12.00,
   '对全市集贸市场、加油站、医疗机构在用的电子计价秤、燃油加油机、血压计等强制检定计量器具开展免费检定，保障计量准确。',
   [[(I1, N11, '强制检定计量器具数量', '≥27000台（件）', '≥9000台（件）'),
     (I1, Q12, '检定结果准确率', '100%', '100%'),
     (I1, T13, '检定证书出具时间', '≤5个工作日', '≤5个工作日'),
     (I2, S22, '集贸市场计量纠纷', '逐年减少', '同比下降'),
     (I3, M31, '受检单位满意度', '≥90%', '≥90%')]]),
  ('食品药品检验检测设备购置经费', 156.00, 156.00, 0, 0,
   '购置液相色谱-质谱联用仪、原子荧光光度计等检验检测设备，提升食品、药品及农产品中农兽药残留、重金属等项目的检测能力，满足本地抽检需求。',
   [[(I1, N11, '购置检验检测设备数量', '年度计划数', '6台（套）'),
     (I1, Q12, '设备验收合格率', '100%', '100%'),
     (I1, T13, '设备购置计划完成时间', '2026年10月底前', '2026年10月底前'),
     (I1, C14, '设备购置成本', '≤156万元', '≤156万元'),
     (I2, L24, '新增检测项目参数', '≥60项', '≥60项'),
     (I3, M31, '委托单位满意度', '≥90%', '≥90%')]]),
  ('检验检测机构资质认定及能力验证经费', 38.50, 38.50, 0, 0,
   '完成检验检测机构资质认定（CMA）复评审及扩项评审，参加国家和省级能力验证、实验室间比对，确保检测数据准确可靠。',
   [[(I1, N11, '参加能力验证及比对项目', '≥24项', '≥8项'),
     (I1, Q12, '能力验证结果满意率', '≥95%', '≥95%'),
     (I1, T13, 'CMA复评审完成时间', '2026年6月底前', '2026年6月底前'),
     (I2, S22, '检测报告被采信率', '100%', '100%')]]),
 ]),
 ('凤城市消费者权益保护和知识产权服务中心', [
  ('消费维权及放心消费创建经费', 22.60, 22.60, 0, 0,
   '开展“3·15”国际消费者权益日宣传，推进线下无理由退货承诺单位和放心消费示范单位创建，加强消费维权服务站建设，营造安全放心的消费环境。',
   [[(I1, N11, '新培育放心消费示范单位', '≥90家', '≥30家'),
     (I1, N11, '消费维权服务站', '≥45个', '≥15个'),
     (I1, T13, '消费纠纷调解办结时限', '≤15个工作日', '≤15个工作日'),
     (I2, S22, '消费环境', '持续改善', '消费者投诉量同比下降5%'),
     (I3, M31, '消费者满意度', '≥90%', '≥90%')]]),
  ('知识产权保护与商标品牌培育经费', 30.00, 20.00, 6.00, 4.00,
   '开展知识产权执法保护和专利、商标代理行为监管，培育“凤城老窖”“凤城板栗”等地理标志商标和区域公用品牌，推动知识产权转化运用，提升全市品牌影响力。',
   [[(I1, N11, '新增有效发明专利', '≥60件', '≥20件'),
     (I1, N11, '培育地理标志商标', '≥3件', '≥1件'),
     (I1, Q12, '知识产权侵权案件结案率', '≥95%', '≥95%'),
     (I2, E21, '知识产权质押融资额', '≥3000万元', '≥1000万元'),
     (I3, M31, '企业对知识产权服务满意度', '≥90%', '≥90%')]]),
 ]),
]

def amounts(t, f, s, o):
    vals = [t, f, s, o]
    return ' '.join(f2(v) for v in vals if v)

def unit_tot(projs):
    return [round(sum(p[i] for p in projs), 2) for i in range(1, 5)]

TITLE = '项目支出绩效目标表（含转移支付项目）'
HEAD = '项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标'
DEPLINE = '部门名称：%s(部门) 单位：万元' % DEPT

def indicator_text(groups):
    parts = []
    for g in groups:
        for k, (l1, l2, nm, pv, av) in enumerate(g, 1):
            parts.append('%d、%s,%s,%s；实施周期指标值:%s,年度指标值:%s;' % (k, l1, l2, nm, pv, av))
    return ',' .join(parts)

def project_lines(p, nobreak=False):
    name, t, f, s, o, goal, groups = p
    L = []
    if len(name) > 14:
        L += ['    ' + name[:13], name[13:], '', amounts(t, f, s, o), '']
    else:
        L += ['    %s %s' % (name, amounts(t, f, s, o))]
        if not nobreak: L.append('')
    L += blockify(wrap(goal, 38)) + ['']
    L += blockify(wrap(indicator_text(groups), 70)) + ['']
    return L

lines = ['', TITLE, '', DEPLINE, '', HEAD, '']
allp = [p for u in UNITS for p in u[1]]
tot = unit_tot(allp)
lines += ['合计 ' + amounts(*tot), '']
count = 0
for ui, (uname, projs) in enumerate(UNITS):
    if ui > 0:
        lines += ['', '', DEPLINE, '', HEAD, '']; count = 0
    lines += ['%s %s' % (uname, amounts(*unit_tot(projs))), '']
    for pi, p in enumerate(projs):
        if count == 3:
            lines += ['', '', DEPLINE, '', HEAD, '']; count = 0
        lines += project_lines(p, nobreak=(p[0] == '政府雇员工资经费'))
        count += 1
lines += ['', '']
open(OUT + '凤城市_市场监督管理局_2026_项目支出绩效目标表.txt', 'w', encoding='utf-8').write('\n'.join(lines))

# ---------------- document 2: 教育局 财政拨款收支总表 ----------------
thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
NUM = '#,##0.00'
EXP = [  # name, general, fund
 ('一、一般公共服务支出', 126.40, None), ('二、外交支出', None, None), ('三、国防支出', None, None),
 ('四、公共安全支出', None, None), ('五、教育支出', 50986.75, 1400.00), ('六、科学技术支出', 35.00, None),
 ('七、文化旅游体育与传媒支出', 18.60, None), ('八、社会保障和就业支出', 6842.19, None),
 ('九、卫生健康支出', 2315.08, None), ('十、节能环保支出', None, None), ('十一、城乡社区支出', None, None),
 ('十二、农林水支出', None, None), ('十三、交通运输支出', None, None), ('十四、资源勘探工业信息等支出', None, None),
 ('十五、商业服务业等支出', None, None), ('十六、金融支出', None, None), ('十七、自然资源海洋气象等支出', None, None),
 ('十八、住房保障支出', 3120.56, None), ('十九、粮油物资储备支出', None, None), ('二十、灾害防治及应急管理支出', None, None),
 ('二十一、其他支出', 48.20, None), ('二十二、债务付息支出', None, None)]
gp_exp = round(sum(e[1] or 0 for e in EXP), 2); fund_exp = 1400.00
carry_gp, carry_fund = 606.30, 250.00
inc_gp = round(gp_exp - carry_gp, 2); inc_fund = round(fund_exp - carry_fund, 2)
tot_exp = round(gp_exp + fund_exp, 2)
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '财政拨款收支总表'
ws['A1'] = '凤城市教育局2026年部门预算财政拨款收支总表'; ws.merge_cells('A1:F1')
ws['A1'].font = Font(bold=True, size=16); ws['A1'].alignment = Alignment(horizontal='center')
ws['A2'] = '部门：凤城市教育局（含所属学校）'; ws['F2'] = '单位：万元'
ws['A3'] = '收入'; ws.merge_cells('A3:B3'); ws['C3'] = '支出'; ws.merge_cells('C3:F3')
ws['A4'] = '项目'; ws.merge_cells('A4:A5'); ws['B4'] = '预算数'; ws.merge_cells('B4:B5')
ws['C4'] = '项目'; ws.merge_cells('C4:C5'); ws['D4'] = '预算数'; ws.merge_cells('D4:F4')
ws['D5'] = '合计'; ws['E5'] = '一般公共预算'; ws['F5'] = '政府性基金预算'
inc_rows = [('一、一般公共预算拨款', inc_gp), ('二、政府性基金预算拨款', inc_fund), ('三、国有资本经营预算拨款', None)]
r = 6
for i, (nm, g, fd) in enumerate(EXP):
    if i < len(inc_rows):
        ws.cell(r, 1, inc_rows[i][0]); ws.cell(r, 2, inc_rows[i][1])
    ws.cell(r, 3, nm)
    if g or fd:
        ws.cell(r, 4, round((g or 0) + (fd or 0), 2)); ws.cell(r, 5, g); ws.cell(r, 6, fd)
    r += 1
tail = [('本年收入合计', round(inc_gp + inc_fund, 2), '本年支出合计', tot_exp, gp_exp, fund_exp),
        ('上年结转', round(carry_gp + carry_fund, 2), '年终结转结余', None, None, None),
        ('  其中：一般公共预算拨款', carry_gp, None, None, None, None),
        ('        政府性基金预算拨款', carry_fund, None, None, None, None),
        ('收入总计', tot_exp, '支出总计', tot_exp, gp_exp, fund_exp)]
for row in tail:
    for c, v in enumerate(row, 1):
        if v is not None: ws.cell(r, c, v)
    r += 1
last = r - 1
ws.cell(r, 1, '注：本表为财政拨款收支预算，不含单位事业收入及其他收入；空白单元格表示无该项预算。')
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
for row in ws.iter_rows(min_row=3, max_row=last, max_col=6):
    for c in row:
        c.border = B
        if isinstance(c.value, float) or isinstance(c.value, int): c.number_format = NUM
for col, wdt in zip('ABCDEF', [30, 14, 32, 14, 14, 14]): ws.column_dimensions[col].width = wdt
wb.save(OUT + '凤城市教育局_2026_财政拨款收支总表.xlsx')
EDU = dict(gp_exp=gp_exp, inc_gp=inc_gp, inc_fund=inc_fund, tot=tot_exp, inc_tot=round(inc_gp+inc_fund,2))

# ---------------- document 3: 农业农村局 项目支出预算表 ----------------
# code, subject, [(project, category, general, fund, carry, other, note)]
AG = [
 ('2130104', '事业运行', [
   ('农业综合服务中心运转经费', '运转类', 36.80, None, None, None, None),
   ('动物疫病预防控制中心运转经费', '运转类', 28.40, None, None, 3.60, '其他为检测服务收入'),
   ('农业机械化服务站运转经费', '运转类', 15.20, None, None, None, None)]),
 ('2130106', '科技转化与推广服务', [
   ('基层农技推广体系改革与建设补助项目', '专项业务类', 85.00, None, 12.00, None, '中央补助资金'),
   ('高素质农民培育项目', '专项业务类', 62.50, None, None, None, '培训500人'),
   ('柞蚕良种繁育及技术推广项目', '专项业务类', 24.00, None, None, None, None)]),
 ('2130108', '病虫害控制', [
   ('农作物重大病虫害统防统治项目', '专项业务类', 46.00, None, None, None, None),
   ('草地贪夜蛾等重大害虫监测防控', '专项业务类', 12.80, None, 4.20, None, None)]),
 ('2130109', '农产品质量安全', [
   ('农产品质量安全监管及例行监测', '专项业务类', 31.50, None, None, None, None),
   ('食用农产品承诺达标合格证推行项目', '专项业务类', 8.60, None, None, None, None)]),
 ('2130119', '防灾救灾', [
   ('农业生产防灾减灾资金', '专项业务类', 40.00, None, None, None, '据实结算'),
   ('动物防疫物资储备经费', '专项业务类', 18.00, None, None, None, None)]),
 ('2130122', '农业生产发展', [
   ('耕地地力保护补贴', '专项业务类', 4862.35, None, None, None, '中央直达资金'),
   ('农机购置与应用补贴', '专项业务类', 680.00, None, 126.45, None, '中央直达资金'),
   ('玉米大豆生产者补贴', '专项业务类', 2150.70, None, None, None, None),
   ('板栗、蓝莓特色产业发展项目', '专项业务类', 120.00, None, None, 30.00, '其他为企业自筹'),
   ('畜禽粪污资源化利用整县推进项目', '专项业务类', 260.00, None, None, None, None)]),
 ('2130126', '农村社会事业', [
   ('农村人居环境整治提升项目', '专项业务类', 310.00, None, 45.00, None, None),
   ('农村改厕后续管护经费', '运转类', 55.00, None, None, None, None)]),
 ('2130135', '农业生态资源保护', [
   ('秸秆综合利用项目', '专项业务类', 215.00, None, None, None, None),
   ('农膜回收利用试点', '专项业务类', 19.60, None, None, None, None)]),
 ('2130153', '农田建设', [
   ('高标准农田建设项目（宝山镇）', '专项业务类', 1180.00, None, None, None, '建设面积1.2万亩'),
   ('高标准农田建设项目（通远堡镇）', '专项业务类', 1180.00, None, 210.00, None, '建设面积1.2万亩'),
   ('高标准农田建设项目前期工作经费', '专项业务类', 48.00, None, None, None, None)]),
 ('2130701', '对村级公益事业建设的补助', [
   ('村级公益事业建设一事一议财政奖补', '专项业务类', 420.00, None, None, None, None)]),
 ('2130705', '对村民委员会和村党支部的补助', [
   ('村干部报酬及村级组织运转经费', '运转类', 1563.84, None, None, None, '全市213个行政村')]),
 ('2120804', '农村基础设施建设支出', [
   ('大梨树村乡村振兴示范村基础设施建设', '专项业务类', None, 650.00, None, None, '土地出让收入安排'),
   ('农村供水保障工程维修养护', '专项业务类', None, 95.00, None, None, None)]),
]
def rowtot(p): return round(sum(v or 0 for v in p[2:6]), 2)
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '项目支出预算表'
ws['A1'] = '凤城市农业农村局2026年项目支出预算表'; ws.merge_cells('A1:J1')
ws['A1'].font = Font(bold=True, size=16); ws['A1'].alignment = Alignment(horizontal='center')
ws['A2'] = '编制单位：凤城市农业农村局'; ws['J2'] = '单位：万元'
hdr = ['功能分类科目编码', '科目名称', '项目名称', '项目类别', '预算金额', None, None, None, None, '备注']
for c, v in enumerate(hdr, 1): ws.cell(3, c, v)
for c, v in enumerate(['合计', '一般公共预算拨款', '政府性基金', '上年结转', '其他'], 5): ws.cell(4, c, v)
for col in 'ABCDJ': ws.merge_cells('%s3:%s4' % (col, col))
ws.merge_cells('E3:I3')
cols = lambda ps: [round(sum((p[k] or 0) for p in ps), 2) for k in range(2, 6)]
allap = [p for _, _, ps in AG for p in ps]
gt = cols(allap)
ws.cell(5, 1, '合计'); ws.merge_cells('A5:D5')
ws.cell(5, 5, round(sum(gt), 2))
for k, v in enumerate(gt): ws.cell(5, 6 + k, v or None)
r = 6
for code, subj, ps in AG:
    start = r
    for p in ps:
        ws.cell(r, 1, code); ws.cell(r, 2, subj); ws.cell(r, 3, p[0]); ws.cell(r, 4, p[1])
        ws.cell(r, 5, rowtot(p))
        for k in range(4): ws.cell(r, 6 + k, p[2 + k])
        ws.cell(r, 10, p[6]); r += 1
    if len(ps) > 1:
        ws.merge_cells('A%d:A%d' % (start, r - 1)); ws.merge_cells('B%d:B%d' % (start, r - 1))
    st = cols(ps)
    ws.cell(r, 3, '小计'); ws.cell(r, 5, round(sum(st), 2))
    for k, v in enumerate(st): ws.cell(r, 6 + k, v or None)
    r += 1
last = r - 1
ws.cell(r, 1, '注：1.本表按功能分类科目汇总；2.“上年结转”为2025年未执行完毕结转至2026年继续使用的资金；3.耕地地力保护补贴按实际确权面积兑付。')
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
for row in ws.iter_rows(min_row=3, max_row=last, max_col=10):
    for c in row:
        c.border = B
        if isinstance(c.value, (int, float)): c.number_format = NUM
for col, wdt in zip('ABCDEFGHIJ', [14, 22, 36, 12, 12, 14, 12, 12, 10, 20]): ws.column_dimensions[col].width = wdt
wb.save(OUT + '凤城市农业农村局_2026_项目支出预算表.xlsx')

if __name__ == '__main__':
    print('mkt total', tot, [(u, unit_tot(p)) for u, p in UNITS])
    print('edu', EDU)
    print('ag grand', round(sum(gt), 2), gt, 'rows', last)
    for code, subj, ps in AG: print(code, subj, cols(ps), round(sum(cols(ps)), 2), [(p[0], rowtot(p)) for p in ps])
