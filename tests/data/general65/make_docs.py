# -*- coding: utf-8 -*-
"""Generate the three 龙游县 documents (T1 text, T2/T3 xlsx)."""
import os, textwrap
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE
DEPT = '龙游县文化和广电旅游体育局'

# ---------------- T1 ----------------
# (unit, name, fin, other, goal, [(l1,l2,name,period,annual)])
Q = ('1-产出指标', '11-数量指标'); ZL = ('1-产出指标', '12-质量指标'); SX = ('1-产出指标', '13-时效指标')
CB = ('1-产出指标', '14-成本指标'); JJ = ('2-效益指标', '21-经济效益'); SH = ('2-效益指标', '22-社会效益')
KC = ('2-效益指标', '24-可持续影响'); MY = ('3-满意度指标', '31-服务对象满意度')
def I(k, n, p, a=None): return (k[0], k[1], n, p, a if a is not None else p)
PROJ = [
 (DEPT, '全民健身赛事活动经费', 80.00, 6.50,
  '组织开展全县全民健身运动会、龙游县第十届运动会分项赛事及“村BA”篮球联赛等群众性体育赛事活动，推动全民健身与全民健康深度融合，提高群众体育参与度。',
  [I(MY, '参赛群众满意度', '≥90%'), I(SH, '经常参加体育锻炼人数比例', '≥42%'), I(Q, '举办县级以上群众体育赛事', '≥25场次'),
   I(Q, '参与赛事活动人次', '≥3.5万人次'), I(ZL, '赛事安全事故发生率', '0'), I(SX, '资金支付及时率', '100%'), I(CB, '单场赛事平均成本', '≤3.2万元')]),
 (DEPT, '龙游石窟文物保护与利用专项经费', 120.00, 0,
  '开展龙游石窟本体监测、渗水治理及洞窟岩体加固，做好龙游民居苑古建筑日常维护，推进文物保护与旅游利用相结合，确保不可移动文物安全。',
  [I(Q, '文物本体监测点位', '≥48个'), I(ZL, '文物保护工程验收合格率', '100%'), I(SX, '工程按期完成率', '≥95%'),
   I(CB, '文物保护工程成本控制', '≤120万元'), I(SH, '文物安全事故', '0起'), I(MY, '游客满意度', '≥92%')]),
 (DEPT, '文化旅游宣传推广经费', 55.00, 10.00,
  '围绕“千古之谜·龙游石窟”品牌，开展文旅节会、线上线下营销推介和长三角客源市场宣传，提升龙游文化旅游知名度。',
  [I(Q, '参加省内外旅游推介会', '≥8场'), I(Q, '新媒体宣传推文', '≥300篇'), I(JJ, '全县接待游客人次增长率', '≥6%'),
   I(SX, '资金支付及时率', '100%'), I(MY, '游客满意度', '≥90%')]),
 (DEPT, '文化市场综合执法经费', 18.60, 0,
  '开展文化市场、旅游市场、出版物及网络文化市场日常巡查和专项整治，维护文化旅游市场秩序。',
  [I(Q, '文化市场日常巡查', '≥600家次'), I(ZL, '案件办结率', '100%'), I(SH, '重大文化市场安全事故', '0起'),
   I(MY, '经营单位满意度', '≥85%')]),
 (DEPT, '农村文化礼堂建设补助资金', 150.00, 0,
  '按照县级农村文化礼堂建设标准，对新建、提升改造的农村文化礼堂给予补助，推动文化礼堂星级管理和常态化运行，打造农村精神文化家园。',
  [I(Q, '新建农村文化礼堂', '12家'), I(Q, '提升改造农村文化礼堂', '20家'), I(ZL, '五星级文化礼堂创建', '≥3家'),
   I(SX, '补助资金拨付及时率', '100%'), I(CB, '新建文化礼堂补助标准', '≤8万元/家'), I(SH, '文化礼堂常态化开放率', '≥95%'),
   I(KC, '文化礼堂长效运行机制', '持续健全'), I(MY, '村民满意度', '≥90%')]),
 (DEPT, '公共体育场馆免费低收费开放补助资金', 30.00, 12.30,
  '落实大型体育场馆免费低收费开放政策，保障县体育中心体育馆、游泳馆、全民健身中心向社会免费或低收费开放。',
  [I(Q, '场馆年开放天数', '≥330天'), I(Q, '年接待健身群众', '≥28万人次'), I(ZL, '场馆安全检查合格率', '100%'),
   I(SH, '免费低收费开放时段占比', '≥70%'), I(MY, '健身群众满意度', '≥90%')]),
 ('龙游县图书馆', '图书馆免费开放经费', 36.80, 0,
  '保障县图书馆总分馆免费开放，开展全民阅读推广、“龙游书香节”及少儿阅读活动，提升公共图书馆服务效能。',
  [I(Q, '年开放时间', '≥2900小时'), I(Q, '举办阅读推广活动', '≥150场'), I(Q, '年到馆读者', '≥35万人次'),
   I(SX, '资金支付及时率', '100%'), I(MY, '读者满意度', '≥95%')]),
 ('龙游县图书馆', '城市书房运行维护经费', 22.00, 6.45,
  '保障全县城市书房、文化驿站日常运行，包括图书流转、设备维护、水电物业等，打造“15分钟品质文化生活圈”。',
  [I(Q, '运行城市书房数量', '14家'), I(ZL, '设备完好率', '≥98%'), I(SX, '故障响应时间', '≤24小时'),
   I(MY, '读者满意度', '≥93%')]),
 ('龙游县图书馆', '图书采购及数字资源建设经费', 55.20, 0,
  '按照年度文献采访计划采购纸质图书、报刊，购置数字资源数据库，完善地方文献（龙游商帮文献）特藏建设。',
  [I(Q, '新增纸质图书', '≥2.6万册'), I(Q, '新增数字资源数据库', '3个'), I(ZL, '图书采购政府采购率', '100%'),
   I(CB, '图书采购平均单价', '≤45元/册'), I(KC, '地方文献特藏持续完善', '长期')]),
 ('龙游县文化馆', '文化馆免费开放经费', 24.00, 0,
  '保障县文化馆免费开放，开展公益性文艺培训、展览和群众文艺辅导，丰富群众精神文化生活。',
  [I(Q, '公益性文艺培训班', '≥60期'), I(Q, '举办展览', '≥10场'), I(SX, '资金支付及时率', '100%'),
   I(MY, '群众满意度', '≥92%')]),
 ('龙游县文化馆', '婺剧进农村文化惠民演出经费', 40.00, 6.75,
  '组织婺剧团及民间剧团开展送戏下乡、文化惠民演出，实现全县行政村演出全覆盖，满足农村群众看戏需求。',
  [I(Q, '送戏下乡演出场次', '≥180场'), I(Q, '覆盖行政村', '262个'), I(ZL, '演出节目原创比例', '≥20%'),
   I(CB, '每场演出补助', '≤2500元'), I(SH, '观看群众人次', '≥9万人次'), I(MY, '群众满意度', '≥90%')]),
 ('龙游县文化馆', '非物质文化遗产保护传承经费', 32.10, 0,
  '开展龙游硬木雕刻、龙游发糕制作技艺、“九狮图”等非物质文化遗产项目记录、传承人补助和非遗进校园活动。',
  [I(Q, '县级以上非遗代表性传承人补助', '≥45人'), I(Q, '非遗进校园活动', '≥20场'), I(ZL, '非遗项目数字化记录完成率', '100%'),
   I(KC, '非遗传承人梯队建设', '持续推进')]),
]
UNITS = [DEPT, '龙游县图书馆', '龙游县文化馆']

def amt(x): return '%.2f' % x
def amts(t, f, o):
    s = amt(t) + ' ' + amt(f)
    if o: s += ' ' + amt(o)
    return s

def wrap(s, w):
    return [s[i:i + w] for i in range(0, len(s), w)]

def t1():
    hdr = ['', '部门名称：%s(部门) 单位：万元' % DEPT, '', '项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标', '']
    out = ['', '项目支出绩效目标表（含转移支付项目）'] + hdr
    T = sum(p[2] + p[3] for p in PROJ); F = sum(p[2] for p in PROJ); O = sum(p[3] for p in PROJ)
    out += ['合计 ' + amts(T, F, O), '']
    n = 0
    for u in UNITS:
        ps = [p for p in PROJ if p[0] == u]
        ut = sum(p[2] + p[3] for p in ps); uf = sum(p[2] for p in ps); uo = sum(p[3] for p in ps)
        out += [u + ' ' + amts(ut, uf, uo), '']
        for p in ps:
            if n and n % 4 == 0:
                out += ['', ''] + hdr
            n += 1
            name = p[1]
            if len(name) > 15:
                out += ['    ' + name[:13], name[13:], '', amts(p[2] + p[3], p[2], p[3]), '']
            else:
                out += ['    %s %s' % (name, amts(p[2] + p[3], p[2], p[3])), '']
            for i, l in enumerate(wrap(p[4], 20)):
                out.append(l)
                if i % 5 == 4: out.append('')
            out.append('')
            parts = []
            for k, ind in enumerate(p[5], 1):
                parts.append('%d、%s,%s,%s；实施周期指标值:%s,年度指标值:%s;' % (k, ind[0], ind[1], ind[2], ind[3], ind[4]))
            s = ','.join(parts)
            for i, l in enumerate(wrap(s, 38)):
                out.append(l)
                if i % 6 == 5: out.append('')
            out.append('')
    path = os.path.join(DOCS, '龙游县文化和广电旅游体育局2026年项目支出绩效目标表.txt')
    open(path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    return T, F, O

thin = Side(style='thin'); BD = Border(left=thin, right=thin, top=thin, bottom=thin)
def cell(ws, r, c, v, bold=False, fmt=None, align='left'):
    x = ws.cell(r, c, v); x.border = BD
    x.alignment = Alignment(horizontal=align, vertical='center', wrap_text=True)
    if bold: x.font = Font(bold=True)
    if fmt and isinstance(v, (int, float)): x.number_format = fmt
    return x

# ---------------- T2 ----------------
def t2():
    inc_gen, inc_fund, inc_soe = 2861.37, 215.00, 0.00
    carry_gen, carry_fund = 98.60, 30.00
    total = round(inc_gen + inc_fund + inc_soe + carry_gen + carry_fund, 2)
    # expenditure by 类/款 : (name, general, fund, level)
    exp = [
        ('一般公共服务支出', None, None, 0), ('其他一般公共服务支出', 42.18, 0, 1),
        ('文化旅游体育与传媒支出', None, None, 0),
        ('文化和旅游', None, 0, 1), ('文物', 386.20, 0, 1), ('体育', 512.36, 0, 1), ('新闻出版电影', 38.00, 0, 1),
        ('广播电视', 156.90, 0, 1), ('国家电影事业发展专项资金安排的支出', 0, 30.00, 1), ('其他文化旅游体育与传媒支出', 45.00, 0, 1),
        ('社会保障和就业支出', None, None, 0), ('行政事业单位养老支出', 152.16, 0, 1), ('其他社会保障和就业支出', 16.26, 0, 1),
        ('卫生健康支出', None, None, 0), ('行政事业单位医疗', 63.75, 0, 1),
        ('住房保障支出', None, None, 0), ('住房改革支出', 95.80, 0, 1),
        ('其他支出', None, None, 0), ('彩票公益金安排的支出', 0, 215.00, 1),
    ]
    g_known = sum(e[1] for e in exp if e[3] == 1 and e[1])
    bal = round(inc_gen + carry_gen - g_known, 2)
    exp[3] = ('文化和旅游', bal, 0, 1)
    # class totals
    rows = []; cur = None
    for e in exp:
        if e[3] == 0:
            cur = [e[0], 0.0, 0.0, 0]; rows.append(cur)
        else:
            cur[1] += e[1]; cur[2] += e[2]; rows.append([e[0], e[1], e[2], 1])
    wb = Workbook(); ws = wb.active; ws.title = '财政拨款收支总表'
    ws.merge_cells('A1:G1'); c = ws.cell(1, 1, DEPT + '2026年部门财政拨款收支总表'); c.font = Font(bold=True, size=14); c.alignment = Alignment(horizontal='center')
    ws.merge_cells('A2:G2'); ws.cell(2, 1, '单位：万元').alignment = Alignment(horizontal='right')
    ws.merge_cells('A3:B3'); cell(ws, 3, 1, '收    入', True, align='center'); cell(ws, 3, 2, None)
    ws.merge_cells('C3:G3'); cell(ws, 3, 3, '支    出', True, align='center')
    for col in range(4, 8): cell(ws, 3, col, None)
    for col, v in enumerate(['收入项目', '预算数', '支出项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'], 1):
        cell(ws, 4, col, v, True, align='center')
    F = '0.00'
    left = [('一、本年收入', round(inc_gen + inc_fund + inc_soe, 2)), ('  （一）一般公共预算拨款', inc_gen), ('  （二）政府性基金预算拨款', inc_fund),
            ('  （三）国有资本经营预算拨款', inc_soe), ('二、上年结转', round(carry_gen + carry_fund, 2)),
            ('  （一）一般公共预算拨款', carry_gen), ('  （二）政府性基金预算拨款', carry_fund), ('  （三）国有资本经营预算拨款', 0.00)]
    right = [('一、本年支出', None)] + rows + [('二、年终结转结余', 'z')]
    n = max(len(left), len(right)); r0 = 5
    sumg = sum(x[1] for x in rows if x[3] == 0); sumf = sum(x[2] for x in rows if x[3] == 0)
    for i in range(n):
        r = r0 + i
        if i < len(left): cell(ws, r, 1, left[i][0]); cell(ws, r, 2, left[i][1], fmt=F, align='right')
        else: cell(ws, r, 1, None); cell(ws, r, 2, None)
        if i < len(right):
            x = right[i]
            if x[1] is None:
                vals = [round(sumg + sumf, 2), round(sumg, 2), round(sumf, 2), 0.00]; nm = x[0]
            elif x[1] == 'z':
                vals = [0.00, 0.00, 0.00, 0.00]; nm = x[0]
            else:
                nm = ('  ' if x[3] == 0 else '    ') + x[0]
                vals = [round(x[1] + x[2], 2), round(x[1], 2) if x[1] else None, round(x[2], 2) if x[2] else None, None]
            cell(ws, r, 3, nm, bold=(x[1] is None))
            for j, v in enumerate(vals): cell(ws, r, 4 + j, v, fmt=F, align='right')
        else:
            for col in range(3, 8): cell(ws, r, col, None)
    r = r0 + n
    cell(ws, r, 1, '收入总计', True, align='center'); cell(ws, r, 2, total, True, F, 'right')
    cell(ws, r, 3, '支出总计', True, align='center')
    for j, v in enumerate([round(sumg + sumf, 2), round(sumg, 2), round(sumf, 2), 0.00]): cell(ws, r, 4 + j, v, True, F, 'right')
    for col, w in zip('ABCDEFG', [30, 14, 38, 14, 14, 14, 16]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(DOCS, '龙游县文化和广电旅游体育局2026年部门财政拨款收支总表.xlsx'))
    return total, rows

# ---------------- T3 ----------------
PUB, AUX = '公共服务', '政府履职辅助性服务'
BUY = [
 ('龙游县文化和广电旅游体育局', [
   ('龙游县文化和广电旅游体育局本级', [('全民健身赛事活动组织承办服务', PUB, '社会组织', 40.00, 5.00, ''),
                          ('旅游宣传推广策划服务', PUB, '企业', 30.00, 8.00, ''),
                          ('文化市场技术监管服务', AUX, '企业', 12.60, 0, ''),
                          ('法律顾问服务', AUX, '其他', 6.00, 0, '律师事务所')]),
   ('龙游县图书馆', [('城市书房运营管理服务', PUB, '企业', 22.00, 0, '14家城市书房'),
                 ('图书编目加工服务', PUB, '企业', 9.80, 0, '')]),
   ('龙游县文化馆', [('婺剧送戏下乡演出服务', PUB, '社会组织', 34.00, 6.00, '180场'),
                 ('文化馆场馆保洁安保服务', AUX, '企业', 11.50, 0, '')])]),
 ('龙游县民政局', [
   ('龙游县民政局本级', [('居家养老上门服务', PUB, '社会组织', 186.00, 0, '含助餐助浴'),
                  ('困难群众救助家计调查服务', AUX, '社会组织', 24.50, 0, ''),
                  ('社会组织等级评估服务', AUX, '社会组织', 8.00, 0, '')]),
   ('龙游县社会福利中心', [('特困人员集中供养护理服务', PUB, '企业', 120.00, 12.40, ''),
                   ('福利中心食堂运营服务', AUX, '企业', 10.00, 8.60, '')])]),
 ('龙游县卫生健康局', [
   ('龙游县卫生健康局本级', [('家庭医生签约服务第三方评估', AUX, '企业', 15.00, 0, ''),
                    ('院前急救车辆驾驶服务', PUB, '企业', 56.80, 0, '')]),
   ('龙游县疾病预防控制中心', [('病媒生物防制服务', PUB, '企业', 33.20, 0, ''),
                     ('实验室检测设备维保服务', AUX, '企业', 14.70, 0, '')])]),
 ('龙游县教育局', [
   ('龙游县教育局本级', [('中小学校园安保服务', PUB, '企业', 268.00, 0, '含幼儿园'),
                  ('学生营养餐食品安全检测服务', PUB, '事业单位', 16.50, 0, ''),
                  ('教育质量监测第三方评估服务', AUX, '企业', 20.00, 0, '')]),
   ('龙游县职业技术学校', [('实训基地设备运维服务', PUB, '企业', 18.00, 10.00, '')])]),
 ('龙游县住房和城乡建设局', [
   ('龙游县住房和城乡建设局本级', [('房屋安全鉴定服务', PUB, '企业', 35.00, 0, ''),
                       ('物业专项维修资金审计服务', AUX, '企业', 0, 9.60, '维修资金利息列支')]),
   ('龙游县环境卫生管理中心', [('城区道路清扫保洁服务', PUB, '企业', 520.00, 0, ''),
                     ('公共厕所运维管理服务', PUB, '企业', 86.40, 0, '72座'),
                     ('垃圾分类宣传督导服务', PUB, '社会组织', 42.00, 0, '')])]),
]
def t3():
    wb = Workbook(); ws = wb.active; ws.title = '政府购买服务预算表'
    ws.merge_cells('A1:H1'); c = ws.cell(1, 1, '龙游县2026年政府购买服务预算表'); c.font = Font(bold=True, size=14); c.alignment = Alignment(horizontal='center')
    ws.merge_cells('A2:H2'); ws.cell(2, 1, '单位：万元').alignment = Alignment(horizontal='right')
    for col, v in [(1, '部门/单位'), (2, '购买服务项目'), (3, '服务类别'), (4, '承接主体类型'), (8, '备注')]:
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col); cell(ws, 3, col, v, True, align='center'); cell(ws, 4, col, None)
    ws.merge_cells('E3:G3'); cell(ws, 3, 5, '预算金额', True, align='center'); cell(ws, 3, 6, None); cell(ws, 3, 7, None)
    for col, v in [(5, '合计'), (6, '其中：财政拨款'), (7, '其他资金')]: cell(ws, 4, col, v, True, align='center')
    F = '0.00'; r = 6; tf = to = 0
    for dept, units in BUY:
        df = sum(i[3] for u in units for i in u[1]); do = sum(i[4] for u in units for i in u[1]); tf += df; to += do
        cell(ws, r, 1, dept + '小计', True)
        for col in (2, 3, 4, 8): cell(ws, r, col, None)
        cell(ws, r, 5, round(df + do, 2), True, F, 'right'); cell(ws, r, 6, round(df, 2), True, F, 'right'); cell(ws, r, 7, round(do, 2) if do else None, True, F, 'right')
        r += 1
        for uname, items in units:
            for it in items:
                cell(ws, r, 1, '　　' + uname); cell(ws, r, 2, it[0]); cell(ws, r, 3, it[1]); cell(ws, r, 4, it[2], align='center')
                cell(ws, r, 5, round(it[3] + it[4], 2), fmt=F, align='right'); cell(ws, r, 6, it[3] if it[3] else None, fmt=F, align='right')
                cell(ws, r, 7, it[4] if it[4] else None, fmt=F, align='right'); cell(ws, r, 8, it[5] or None)
                r += 1
    cell(ws, 5, 1, '合计', True, align='center')
    for col in (2, 3, 4, 8): cell(ws, 5, col, None)
    cell(ws, 5, 5, round(tf + to, 2), True, F, 'right'); cell(ws, 5, 6, round(tf, 2), True, F, 'right'); cell(ws, 5, 7, round(to, 2), True, F, 'right')
    for col, w in zip('ABCDEFGH', [34, 30, 20, 14, 12, 14, 12, 18]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(DOCS, '龙游县2026年政府购买服务预算表.xlsx'))
    return tf, to

if __name__ == '__main__':
    print('T1', t1()); tot, rows = t2(); print('T2', tot); print('T3', t3())
