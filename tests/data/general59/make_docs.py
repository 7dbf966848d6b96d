# -*- coding: utf-8 -*-
"""Builds the three blind documents for 泰和县 (江西省吉安市).
T1: 泰和县林业局 项目支出绩效目标表 (text, seed layout)
T2: 泰和县林业局 2026年 部门整体支出绩效目标表 (xlsx)
T3: 泰和县 2025年 部门预算与决算对比表 (xlsx, two sheets)
"""
import json, os, random
from decimal import Decimal, ROUND_HALF_UP
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE
os.makedirs(DOCS, exist_ok=True)

T1_NAME = '泰和县林业局_2026年_项目支出绩效目标表.txt'
T2_NAME = '泰和县林业局_2026年_部门整体支出绩效目标表.xlsx'
T3_NAME = '泰和县_2025年_部门预算与决算对比表.xlsx'

def D(x):
    return Decimal(str(x)).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)

DEPT = '泰和县林业局(部门)'
L = {
    '31': ('3-满意度指标', '31-服务对象满意度'),
    '21': ('2-效益指标', '21-经济效益'), '22': ('2-效益指标', '22-社会效益'),
    '23': ('2-效益指标', '23-生态效益'), '24': ('2-效益指标', '24-可持续影响'),
    '11': ('1-产出指标', '11-数量指标'), '12': ('1-产出指标', '12-质量指标'),
    '13': ('1-产出指标', '13-时效指标'), '14': ('1-产出指标', '14-成本指标'),
}

# unit -> projects: (name, total, fin, other, goal, [groups of (code, name, period, annual)])
UNITS = [
 ('泰和县林业局', [
  ('森林防火专项经费', '85.00', '85.00', None,
   '加强森林防火宣传教育、火源管控和应急队伍建设，购置森林防火物资装备，开展森林火险隐患排查整治，确保全县不发生重特大森林火灾，森林火灾受害率控制在0.9‰以内。',
   [[('31', '林区群众满意度', '≥90%', '≥90%'),
     ('23', '森林火灾受害率', '≤0.9‰', '≤0.9‰'),
     ('22', '森林防火意识', '林区群众防火意识明显增强', '林区群众防火意识明显增强'),
     ('13', '火情处置及时率', '100%', '100%'),
     ('11', '防火宣传活动场次', '≥40场', '≥40场')],
    [('11', '森林防火物资购置批次', '≥2批', '≥2批'),
     ('14', '防火物资购置成本', '≤30万元', '≤30万元')]]),
  ('松材线虫病疫情防控经费', '126.50', '110.00', '16.50',
   '开展松材线虫病秋季普查和春季复查，对疫木进行除治和集中处置，实施媒介昆虫松褐天牛诱捕和飞机防治，遏制疫情扩散蔓延，力争实现疫情乡镇和疫点数量“双下降”。',
   [[('31', '林农满意度', '≥90%', '≥90%'),
     ('23', '疫情发生面积下降率', '≥10%', '≥10%'),
     ('24', '松林资源安全', '有效保护全县松林资源', '有效保护全县松林资源'),
     ('13', '疫木除治完成时限', '次年3月底前', '次年3月底前'),
     ('12', '疫木除治质量合格率', '≥95%', '≥95%'),
     ('11', '疫木除治数量', '≥2.6万株', '≥2.6万株'),
     ('11', '诱捕器设置数量', '≥800套', '≥800套'),
     ('14', '疫木除治单株成本', '≤45元/株', '≤45元/株')]]),
  ('林长制工作经费', '32.00', '32.00', None,
   '落实县乡村三级林长责任体系，开展林长巡林、林长制督查考核和信息化平台运维，推动林长制从“建立”到“见效”。',
   [[('31', '林长制工作群众满意度', '≥85%', '≥85%'),
     ('24', '林长制长效机制', '持续健全', '持续健全'),
     ('13', '督查考核完成时间', '12月底前', '12月底前'),
     ('11', '县级林长巡林次数', '≥24次', '≥24次')]]),
  ('天然林保护和生态公益林管护补助资金', '218.36', '180.00', '38.36',
   '按照省定标准对全县生态公益林和天然商品林停伐管护进行补助，落实管护责任，发放到户补偿资金，巩固生态保护成果。',
   [[('31', '林权权利人满意度', '≥90%', '≥90%'),
     ('23', '森林覆盖率', '稳定在60%以上', '≥60.5%'),
     ('21', '林农增收', '补偿资金按标准发放到户', '补偿资金按标准发放到户'),
     ('13', '资金拨付及时率', '100%', '100%'),
     ('12', '管护责任落实率', '100%', '100%'),
     ('11', '生态公益林管护面积', '68.4万亩', '68.4万亩'),
     ('11', '天然林停伐管护面积', '12.6万亩', '12.6万亩')]]),
  ('林业行政执法专项经费', '18.60', '18.60', None,
   '开展打击破坏森林资源违法犯罪专项行动，查处乱砍滥伐、非法占用林地等案件，规范林业行政执法行为。',
   [[('31', '群众满意度', '≥85%', '≥85%'),
     ('22', '涉林违法案件发案率', '逐年下降', '同比下降'),
     ('12', '案件查处率', '≥95%', '≥95%'),
     ('11', '专项执法行动次数', '≥4次', '≥4次'),
     ('14', '执法装备购置费用', '≤5万元', '≤5万元')]]),
 ]),
 ('泰和县林业发展服务中心', [
  ('林业有害生物监测防治经费', '24.80', '24.80', None,
   '做好林业有害生物日常监测预报，开展松毛虫、竹蝗等常发性有害生物防治，提高测报准确率，降低成灾率。',
   [[('31', '林农满意度', '≥90%', '≥90%'),
     ('23', '林业有害生物成灾率', '≤3‰', '≤3‰'),
     ('12', '测报准确率', '≥90%', '≥90%'),
     ('11', '监测面积', '≥150万亩', '≥150万亩'),
     ('11', '固定监测点数量', '32个', '32个')]]),
  ('国土绿化造林补助经费', '156.00', '120.00', '36.00',
   '实施人工造林、封山育林和退化林修复，推进乡村绿化美化和城区周边彩化工程，提高森林质量和景观效果。',
   [[('31', '造林主体满意度', '≥90%', '≥90%'),
     ('23', '森林覆盖率', '稳定在60%以上', '≥60.5%'),
     ('24', '造林成效', '长期保持', '长期保持'),
     ('13', '造林完成时间', '次年4月底前', '次年4月底前'),
     ('12', '造林成活率', '≥85%', '≥85%'),
     ('11', '人工造林面积', '1.2万亩', '1.2万亩'),
     ('11', '退化林修复面积', '0.8万亩', '0.8万亩'),
     ('14', '人工造林补助标准', '500元/亩', '500元/亩')]]),
  ('油茶产业发展扶持资金', '95.40', '80.00', '15.40',
   '扶持新造高产油茶林和低产油茶林改造，支持油茶加工企业和种植大户发展，带动林农增收致富。',
   [[('31', '油茶种植户满意度', '≥90%', '≥90%'),
     ('21', '带动林农增收', '≥1200万元', '≥1200万元'),
     ('12', '苗木良种使用率', '100%', '100%'),
     ('11', '新造高产油茶林面积', '0.5万亩', '0.5万亩'),
     ('11', '低产油茶林改造面积', '1万亩', '1万亩'),
     ('14', '新造油茶林补助标准', '1000元/亩', '1000元/亩')]]),
  ('林木种苗质量检验检测经费', '9.80', '9.80', None,
   '对全县苗圃和造林用苗开展质量抽检，核发林木种子生产经营许可证，保障造林苗木质量。',
   [[('31', '苗木生产经营者满意度', '≥85%', '≥85%'),
     ('12', '种苗抽检合格率', '≥90%', '≥90%'),
     ('11', '苗圃抽检数量', '≥20个', '≥20个')]]),
  ('乡镇林业工作站标准化建设及护林员队伍管理经费', '67.20', '67.20', None,
   '推进乡镇林业工作站标准化建设，配备巡护终端，开展生态护林员业务培训和考核，落实巡护责任区管理。',
   [[('31', '护林员满意度', '≥90%', '≥90%'),
     ('24', '基层林业服务能力', '持续提升', '持续提升'),
     ('13', '资金拨付及时率', '100%', '100%'),
     ('12', '护林员培训合格率', '≥95%', '≥95%'),
     ('11', '标准化林业站建设数量', '3个', '3个'),
     ('11', '护林员培训人次', '≥460人次', '≥460人次')]]),
 ]),
 ('泰和县国有林场', [
  ('国有林场森林抚育经费', '58.00', '40.00', '18.00',
   '对国有林场中幼龄林开展抚育间伐、补植补造和割灌除草，优化林分结构，提高林地生产力。',
   [[('31', '林场职工满意度', '≥90%', '≥90%'),
     ('23', '林分质量', '明显改善', '明显改善'),
     ('12', '抚育作业验收合格率', '≥95%', '≥95%'),
     ('11', '森林抚育面积', '1.5万亩', '1.5万亩'),
     ('14', '森林抚育补助标准', '200元/亩', '200元/亩')]]),
  ('国有林场防火道路维护经费', '21.50', '21.50', None,
   '对国有林场内防火通道和林区道路进行修缮养护，清理防火隔离带，保障扑火人员和车辆快速通行。',
   [[('22', '扑火通行保障能力', '明显提升', '明显提升'),
     ('13', '维护完成时间', '每年2月底前', '每年2月底前'),
     ('12', '道路通行率', '100%', '100%'),
     ('11', '防火道路维护里程', '≥35公里', '≥35公里')]]),
  ('政府购买护林服务经费', '36.00', '36.00', None,
   '通过政府购买服务方式聘请专业护林队伍，对国有林场重点区域开展日常巡山护林和火情瞭望。',
   [[('31', '周边群众满意度', '≥85%', '≥85%'),
     ('22', '林区治安秩序', '良好', '良好'),
     ('13', '巡护覆盖率', '100%', '100%'),
     ('11', '专职护林员人数', '24人', '24人'),
     ('14', '人均年度服务费用', '1.5万元', '1.5万元')]]),
 ]),
]

def wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]

def amounts(total, fin, other):
    a = [total, fin] + ([other] if other else [])
    return ' '.join(a)

def build_t1():
    # check sums
    tot = fin = oth = Decimal('0')
    data = {'department': DEPT, 'units': []}
    for uname, projs in UNITS:
        ut = sum(D(p[1]) for p in projs); uf = sum(D(p[2]) for p in projs)
        uo = sum(D(p[3]) for p in projs if p[3])
        for p in projs:
            assert D(p[1]) == D(p[2]) + (D(p[3]) if p[3] else 0), p[0]
        data['units'].append({'name': uname, 'total': str(ut), 'fin': str(uf), 'other': str(uo),
                              'projects': [{'name': p[0], 'total': p[1], 'fin': p[2], 'other': p[3], 'goal': p[4],
                                            'indicators': [dict(zip(('code', 'name', 'period', 'annual'), i)) for g in p[5] for i in g]}
                                           for p in projs]})
        tot += ut; fin += uf; oth += uo
    data['total'] = str(tot); data['fin'] = str(fin); data['other'] = str(oth)

    head = ['部门名称：%s 单位：万元' % DEPT, '',
            '项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标', '']
    out = ['', '项目支出绩效目标表（含转移支付项目）', ''] + head
    out += ['合计 ' + amounts(str(tot), str(fin), str(oth) if oth else None), '']
    k = 0
    for uname, projs in UNITS:
        ut = sum(D(p[1]) for p in projs); uf = sum(D(p[2]) for p in projs)
        uo = sum(D(p[3]) for p in projs if p[3])
        out += ['%s %s' % (uname, amounts(str(ut), str(uf), str(uo) if uo else None)), '']
        for p in projs:
            k += 1
            if k in (4, 8, 11):   # page breaks repeat the header lines
                out += ['', '', ''] + head
            name = p[0]
            if len(name) > 14:
                out += ['    ' + name[:12], name[12:], '', amounts(p[1], p[2], p[3]), '']
            else:
                out += ['    %s %s' % (name, amounts(p[1], p[2], p[3])), '']
            gl = wrap(p[4], 20)
            for i, l in enumerate(gl):
                out.append(l)
                if i % 5 == 2 and i != len(gl) - 1 and len(gl) > 3:
                    out.append('')
            out.append('')
            items = []
            for g in p[5]:
                for i, (code, iname, pv, av) in enumerate(g, 1):
                    l1, l2 = L[code]
                    items.append('%d、%s,%s,%s；实施周期指标值:%s,年度指标值:%s;' % (i, l1, l2, iname, pv, av))
            txt = ','.join(items)
            il = wrap(txt, 38)
            for i, l in enumerate(il):
                out.append(l)
                if i % 5 == 1 and i != len(il) - 1:
                    out.append('')
            out.append('')
    with open(os.path.join(DOCS, T1_NAME), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    return data

thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def style(ws, rng_rows, ncol):
    for r in rng_rows:
        for c in range(1, ncol + 1):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical='center')

def build_t2():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '部门整体支出绩效目标表'
    ws['A1'] = '泰和县林业局2026年部门整体支出绩效目标表'; ws.merge_cells('A1:E1')
    ws['A1'].font = Font(bold=True, size=14); ws['A1'].alignment = Alignment(horizontal='center')
    ws['A2'] = '填报单位（盖章）：泰和县林业局'; ws.merge_cells('A2:C2'); ws['E2'] = '单位：万元'
    ws['A3'] = '部门名称'; ws['B3'] = '泰和县林业局'; ws.merge_cells('B3:E3')
    ws['A4'] = '基本信息'; ws.merge_cells('A4:A5')
    ws['B4'] = '人员编制数'; ws['C4'] = 68; ws['D4'] = '下属二级单位数'; ws['E4'] = 2
    ws['B5'] = '实有人数'; ws['C5'] = 61; ws['D5'] = '离退休人员数'; ws['E5'] = 23
    ws['A6'] = '部门预算支出'; ws.merge_cells('A6:A9')
    ws['B6'] = '支出类别'; ws['C6'] = '预算金额'; ws['D6'] = '收入来源'; ws['E6'] = '预算金额'
    basic = D('1286.45'); proj = D('949.16'); other = D('124.26'); tot = basic + proj; fin = tot - other
    ws['B7'] = '基本支出'; ws['C7'] = float(basic); ws['D7'] = '财政拨款'; ws['E7'] = float(fin)
    ws['B8'] = '项目支出'; ws['C8'] = float(proj); ws['D8'] = '其他资金'; ws['E8'] = float(other)
    ws['B9'] = '合计'; ws['C9'] = float(tot); ws['D9'] = '合计'; ws['E9'] = float(tot)
    tasks = [
        ('森林防灭火工作', '开展森林防火宣传和火源管控，购置防火物资，维护国有林场防火道路，落实重点时段24小时值班值守。', '106.50', '全县不发生重特大森林火灾，森林火灾受害率控制在0.9‰以内。'),
        ('松材线虫病等林业有害生物防控', '开展松材线虫病普查、疫木除治和松褐天牛诱捕，做好林业有害生物监测预报和常发性病虫害防治。', '151.30', '疫情发生面积下降10%以上，林业有害生物成灾率控制在3‰以内。'),
        ('国土绿化和森林质量提升', '实施人工造林、退化林修复和国有林场中幼龄林抚育，推进乡村绿化美化。', '214.00', '完成人工造林1.2万亩、森林抚育1.5万亩，森林覆盖率稳定在60%以上。'),
        ('生态公益林和天然林保护', '落实生态公益林和天然林停伐管护补助，签订管护合同，补偿资金发放到户。', '218.36', '生态公益林管护面积68.4万亩，管护责任落实率100%。'),
        ('油茶产业高质量发展', '扶持新造高产油茶林和低产林改造，支持油茶加工企业和种植大户发展。', '95.40', '新造高产油茶林0.5万亩，改造低产油茶林1万亩，带动林农增收。'),
        ('林长制和基层护林队伍建设', '落实三级林长巡林和督查考核，推进乡镇林业站标准化建设，开展护林员培训和政府购买护林服务。', '135.20', '林长制长效机制持续健全，建成标准化林业站3个。'),
        ('林业执法与种苗监管', '开展打击破坏森林资源专项行动，开展林木种苗质量抽检。', '28.40', '案件查处率95%以上，种苗抽检合格率90%以上。'),
    ]
    assert sum(D(t[2]) for t in tasks) == proj
    r = 10
    ws.cell(r, 1, '年度重点工作任务'); ws.merge_cells(start_row=r, start_column=1, end_row=r + len(tasks), end_column=1)
    for c, v in enumerate(['任务名称', '主要实施内容', '预算金额', '期望达到的目标'], 2):
        ws.cell(r, c, v)
    for t in tasks:
        r += 1
        ws.cell(r, 2, t[0]); ws.cell(r, 3, t[1]); ws.cell(r, 4, float(D(t[2]))); ws.cell(r, 5, t[3])
    r += 1
    goal = ('目标1：全县森林覆盖率稳定在60%以上，林木蓄积量达到1150万立方米以上。\n'
            '目标2：全年不发生重特大森林火灾，松材线虫病疫情得到有效遏制。\n'
            '目标3：完成人工造林1.2万亩、退化林修复0.8万亩、森林抚育1.5万亩。\n'
            '目标4：巩固提升油茶产业，林业总产值达到48亿元以上。\n'
            '目标5：全面推行林长制，严厉打击涉林违法犯罪，保障林区和谐稳定。')
    ws.cell(r, 1, '总体绩效目标'); ws.cell(r, 2, goal); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    r += 1
    ws.cell(r, 1, '绩效指标')
    for c, v in enumerate(['一级指标', '二级指标', '三级指标', '指标值'], 2):
        ws.cell(r, c, v)
    start = r
    inds = [
        ('产出指标', '数量指标', '人工造林面积', '1.2万亩'),
        ('产出指标', '数量指标', '森林抚育面积', '1.5万亩'),
        ('产出指标', '数量指标', '松材线虫病疫木除治数量', '≥2.6万株'),
        ('产出指标', '数量指标', '生态公益林管护面积', '68.4万亩'),
        ('产出指标', '数量指标', '森林防火宣传活动场次', '≥40场'),
        ('产出指标', '质量指标', '造林成活率', '≥85%'),
        ('产出指标', '质量指标', '种苗抽检合格率', '≥90%'),
        ('产出指标', '质量指标', '涉林案件查处率', '≥95%'),
        ('产出指标', '时效指标', '资金拨付及时率', '100%'),
        ('产出指标', '时效指标', '火情处置及时率', '100%'),
        ('产出指标', '成本指标', '一般性支出压减率', '≥5%'),
        ('产出指标', '成本指标', '“三公”经费控制', '不超过上年'),
        ('效益指标', '经济效益指标', '林业总产值', '≥48亿元'),
        ('效益指标', '经济效益指标', '油茶产业带动林农增收', '≥1200万元'),
        ('效益指标', '社会效益指标', '森林火灾受害率', '≤0.9‰'),
        ('效益指标', '社会效益指标', '涉林违法案件发案率', '同比下降'),
        ('效益指标', '生态效益指标', '森林覆盖率', '≥60.5%'),
        ('效益指标', '生态效益指标', '林木蓄积量', '≥1150万立方米'),
        ('效益指标', '可持续影响指标', '林长制长效机制', '持续健全'),
        ('满意度指标', '服务对象满意度指标', '林农群众满意度', '≥90%'),
        ('满意度指标', '服务对象满意度指标', '造林主体满意度', '≥90%'),
    ]
    for i in inds:
        r += 1
        for c, v in enumerate(i, 2):
            ws.cell(r, c, v)
    ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)
    # merge 一级 / 二级 runs
    for col in (2, 3):
        s = start + 1
        while s <= r:
            e = s
            while e + 1 <= r and ws.cell(e + 1, col).value == ws.cell(s, col).value and (col == 2 or ws.cell(e + 1, 2).value == ws.cell(s, 2).value):
                e += 1
            for rr in range(s + 1, e + 1):
                ws.cell(rr, col).value = None
            if e > s:
                ws.merge_cells(start_row=s, start_column=col, end_row=e, end_column=col)
            s = e + 1
    style(ws, range(3, r + 1), 5)
    for c, w in zip('ABCDE', (14, 22, 40, 14, 40)):
        ws.column_dimensions[c].width = w
    wb.save(os.path.join(DOCS, T2_NAME))
    return {'basic': str(basic), 'proj': str(proj), 'total': str(tot), 'fin': str(fin), 'other': str(other),
            'tasks': tasks, 'inds': inds}

T3_DEPTS = [
    ('泰和县林业局', ['泰和县林业局（本级）', '泰和县林业发展服务中心', '泰和县国有林场']),
    ('泰和县交通运输局', ['泰和县交通运输局（本级）', '泰和县公路事业发展中心']),
    ('泰和县教育体育局', ['泰和县教育体育局（本级）', '泰和中学', '泰和县职业中等专业学校']),
    ('泰和县卫生健康委员会', ['泰和县卫生健康委员会（本级）', '泰和县疾病预防控制中心']),
    ('泰和县民政局', []),
    ('泰和县人力资源和社会保障局', []),
    ('泰和县农业农村局', ['泰和县农业农村局（本级）', '泰和县农业技术推广中心']),
    ('泰和县水利局', []),
    ('泰和县自然资源局', []),
    ('泰和县应急管理局', []),
    ('泰和县司法局', []),
    ('泰和县财政局', []),
]

def build_t3():
    rnd = random.Random(59)
    def gen(base):
        init = D(base * rnd.uniform(0.8, 1.2))
        adj = D(float(init) * rnd.uniform(0.97, 1.22))
        fin = D(float(adj) * rnd.uniform(0.86, 0.995))
        bshare = rnd.uniform(0.35, 0.7)
        b_init = D(float(init) * bshare); p_init = init - b_init
        b_fin = D(float(fin) * (bshare + rnd.uniform(-0.04, 0.04))); p_fin = fin - b_fin
        return dict(init=init, adj=adj, fin=fin, b_init=b_init, p_init=p_init, b_fin=b_fin, p_fin=p_fin)
    bases = {'泰和县林业局（本级）': 1350, '泰和县林业发展服务中心': 720, '泰和县国有林场': 380,
             '泰和县交通运输局（本级）': 2400, '泰和县公路事业发展中心': 5200,
             '泰和县教育体育局（本级）': 9800, '泰和中学': 4300, '泰和县职业中等专业学校': 2100,
             '泰和县卫生健康委员会（本级）': 6100, '泰和县疾病预防控制中心': 980,
             '泰和县民政局': 4600, '泰和县人力资源和社会保障局': 3200,
             '泰和县农业农村局（本级）': 7300, '泰和县农业技术推广中心': 640,
             '泰和县水利局': 3900, '泰和县自然资源局': 2750, '泰和县应急管理局': 860,
             '泰和县司法局': 690, '泰和县财政局': 1580}
    rows = []  # (kind, seq, name, vals)
    KEYS = ['init', 'adj', 'fin', 'b_init', 'p_init', 'b_fin', 'p_fin']
    total = {k: Decimal('0') for k in KEYS}
    for i, (dept, units) in enumerate(T3_DEPTS, 1):
        if units:
            sub = {k: Decimal('0') for k in KEYS}
            urows = []
            for u in units:
                v = gen(bases[u]); urows.append(('unit', '', u, v))
                for k in KEYS: sub[k] += v[k]
            rows.append(('dept', str(i), dept + '小计', sub)); rows += urows
            for k in KEYS: total[k] += sub[k]
        else:
            v = gen(bases[dept]); rows.append(('dept', str(i), dept, v))
            for k in KEYS: total[k] += v[k]
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = '预算与决算对比总表'
    ws['A1'] = '泰和县2025年部门预算与决算对比表'; ws.merge_cells('A1:G1')
    ws['A1'].font = Font(bold=True, size=14); ws['A1'].alignment = Alignment(horizontal='center')
    ws['A2'] = '编制单位：泰和县财政局'; ws.merge_cells('A2:C2'); ws['G2'] = '单位：万元'
    hdr = ['序号', '部门（单位）名称', '年初预算数', '调整预算数', '决算数', '决算数比年初预算增减', None]
    for c, v in enumerate(hdr, 1): ws.cell(3, c, v)
    ws.cell(4, 6, '金额'); ws.cell(4, 7, '增减率（%）')
    for c in range(1, 6): ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells('F3:G3')
    out = []
    def pct(a, b):
        return D(float((a - b) / b * 100))
    r = 5
    allrows = [('total', '', '合计', total)] + rows
    for kind, seq, name, v in allrows:
        diff = v['fin'] - v['init']; p = pct(v['fin'], v['init'])
        vals = [seq, name, float(v['init']), float(v['adj']), float(v['fin']), float(diff), float(p)]
        for c, x in enumerate(vals, 1): ws.cell(r, c, x)
        if kind != 'unit': ws.cell(r, 2).font = Font(bold=True)
        out.append({'kind': kind, 'name': name, 'init': str(v['init']), 'adj': str(v['adj']), 'fin': str(v['fin']),
                    'diff': str(diff), 'pct': str(p), 'b_init': str(v['b_init']), 'b_fin': str(v['b_fin']),
                    'p_init': str(v['p_init']), 'p_fin': str(v['p_fin']),
                    'b_pct': str(pct(v['b_fin'], v['b_init'])), 'p_pct': str(pct(v['p_fin'], v['p_init']))})
        r += 1
    ws.cell(r + 1, 1, '注：调整预算数含年度执行中追加追减；决算数为部门决算批复数。')
    style(ws, range(3, r), 7)
    for c, w in zip('ABCDEFG', (6, 34, 14, 14, 14, 14, 12)):
        ws.column_dimensions[c].width = w
    # sheet 2
    ws2 = wb.create_sheet('基本支出和项目支出')
    ws2['A1'] = '泰和县2025年部门预算与决算对比表（按支出类型）'; ws2.merge_cells('A1:H1')
    ws2['A1'].font = Font(bold=True, size=14); ws2['A1'].alignment = Alignment(horizontal='center')
    ws2['H2'] = '单位：万元'
    for c, v in enumerate(['序号', '部门（单位）名称', '基本支出', None, None, '项目支出', None, None], 1): ws2.cell(3, c, v)
    for c, v in enumerate(['年初预算数', '决算数', '增减率（%）', '年初预算数', '决算数', '增减率（%）'], 3): ws2.cell(4, c, v)
    ws2.merge_cells('A3:A4'); ws2.merge_cells('B3:B4'); ws2.merge_cells('C3:E3'); ws2.merge_cells('F3:H3')
    r = 5
    for (kind, seq, name, v), o in zip(allrows, out):
        vals = [seq, name, float(v['b_init']), float(v['b_fin']), float(D(o['b_pct'])),
                float(v['p_init']), float(v['p_fin']), float(D(o['p_pct']))]
        for c, x in enumerate(vals, 1): ws2.cell(r, c, x)
        r += 1
    style(ws2, range(3, r), 8)
    for c, w in zip('ABCDEFGH', (6, 34, 13, 13, 11, 13, 13, 11)):
        ws2.column_dimensions[c].width = w
    wb.save(os.path.join(DOCS, T3_NAME))
    return out

if __name__ == '__main__':
    d1 = build_t1(); d2 = build_t2(); d3 = build_t3()
    os.makedirs(os.path.join(HERE, 'scratch'), exist_ok=True)
    with open(os.path.join(HERE, 'scratch', 'data.json'), 'w', encoding='utf-8') as f:
        json.dump({'t1': d1, 't2': d2, 't3': d3}, f, ensure_ascii=False, indent=1)
    print('ok')
