# -*- coding: utf-8 -*-
"""Build the three 海宁市 documents of blind60 into docs/."""
import os, openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE
os.makedirs(DOCS, exist_ok=True)
T1 = os.path.join(DOCS, '海宁市水利局_2026年_项目支出绩效目标表.txt')
T2 = os.path.join(DOCS, '海宁市水利局_2026年_项目申报表.xlsx')
T3 = os.path.join(DOCS, '海宁市_2026年1-10月_部门预算执行进度表.xlsx')

L1 = {'1': '1-产出指标', '2': '2-效益指标', '3': '3-满意度指标'}
L2 = {'11': '11-数量指标', '12': '12-质量指标', '13': '13-时效指标', '14': '14-成本指标',
      '21': '21-经济效益', '22': '22-社会效益', '23': '23-生态效益', '24': '24-可持续影响',
      '31': '31-服务对象满意度'}

# unit -> projects: (name, total, fiscal, other, goal, [(l2, name, period, annual)])
UNITS = [
 ('海宁市水利局本级', [
  ('钱塘江海塘安澜工程建设前期经费', 120.00, 120.00, 0,
   '开展钱塘江海塘安澜工程（海宁段）前期研究、勘察设计、环境影响评价及专题论证等工作，确保工程按期开工建设，提升海塘防潮能力至三百年一遇标准。',
   [('11', '前期专题报告编制数量', '≥6项', '≥6项'),
    ('12', '勘察设计成果审查通过率', '100%', '100%'),
    ('13', '前期工作完成时间', '2026年12月底前', '2026年10月底前'),
    ('14', '前期工作经费', '≤120万元', '≤120万元'),
    ('22', '沿塘群众防潮安全保障水平', '显著提升', '逐步提升'),
    ('31', '沿塘群众满意度', '≥90%', '≥90%')]),
  ('水利工程标准化管理维修养护经费', 356.50, 300.00, 56.50,
   '对全市列入标准化管理名录的水库、海塘、堤防、水闸、泵站等水利工程开展日常维修养护，落实工程管理责任，确保工程安全运行、效益持续发挥。',
   [('31', '群众满意度', '≥90%', '≥92%'),
    ('24', '水利工程安全运行', '长期安全运行', '全年无安全责任事故'),
    ('14', '维修养护经费', '≤356.5万元', '≤356.5万元'),
    ('13', '维修养护任务完成及时率', '100%', '100%'),
    ('12', '标准化管理工程验收通过率', '≥95%', '≥95%'),
    ('12', '工程维修养护质量合格率', '100%', '100%'),
    ('11', '维修养护水利工程数量', '≥152处', '≥152处')]),
  ('农村饮用水达标提标工程运行补助资金', 215.80, 215.80, 0,
   '对全市农村供水管网维护、水质检测及供水站运行给予补助，保障农村居民饮用水安全，实现城乡供水同质同网同服务。',
   [('11', '受益农村人口', '≥42万人', '≥42万人'),
    ('12', '农村供水水质达标率', '≥95%', '≥98%'),
    ('13', '补助资金拨付及时率', '100%', '100%'),
    ('22', '农村饮用水安全保障水平', '稳步提升', '城乡供水一体化覆盖率100%'),
    ('31', '群众满意度', '≥90%', '≥90%')]),
  ('防汛防台抢险物资储备及应急演练经费', 48.60, 48.60, 0,
   '补充更新防汛防台抢险物资，组织开展防汛防台应急演练和业务培训，提升全市水旱灾害防御和应急处置能力。',
   [('11', '应急演练次数', '≥2次', '≥2次'),
    ('11', '抢险物资储备品种', '≥25种', '≥25种'),
    ('12', '物资储备合格率', '100%', '100%'),
    ('13', '汛前物资补充到位时间', '每年5月底前', '2026年5月31日前'),
    ('14', '防汛物资采购成本', '≤48.6万元', '≤48.6万元'),
    ('22', '水旱灾害防御能力', '有效提升', '因灾死亡人数为零')]),
  ('水资源管理与节约用水考核经费', 26.35, 26.35, 0,
   '开展最严格水资源管理制度考核、取水许可监督检查、节水型单位和节水型小区创建等工作，推进县域节水型社会建设。',
   [('11', '节水型单位（小区）创建数量', '≥15个', '≥15个'),
    ('12', '取水户监督检查覆盖率', '100%', '100%'),
    ('23', '万元GDP用水量下降率', '完成省市下达目标', '≥3%'),
    ('31', '服务对象满意度', '≥85%', '≥85%')]),
  ('水利数字化改革（数字孪生水利）建设经费', 185.00, 150.00, 35.00,
   '建设海宁市数字孪生水利平台，整合水雨情、工情、视频监控等数据资源，构建防洪调度、河湖管理等应用场景，提升水利管理数字化水平。',
   [('11', '新建应用场景数量', '≥4个', '≥4个'),
    ('11', '接入监测站点数量', '≥320个', '≥320个'),
    ('12', '系统验收合格率', '100%', '100%'),
    ('13', '项目建设完成时间', '2027年6月底前', '2026年12月底前'),
    ('14', '建设经费', '≤185万元', '≤185万元'),
    ('24', '数字化管理水平', '持续提升', '平台稳定运行率≥99%'),
    ('31', '使用单位满意度', '≥90%', '≥90%')]),
  ('河湖长制工作经费', 32.00, 32.00, 0,
   '落实市、镇、村三级河湖长履职巡河，开展河湖长制考核督查、公众护水宣传和“美丽河湖”创建，持续改善河湖水环境。',
   [('11', '河湖长巡河督查次数', '≥24次', '≥24次'),
    ('11', '“美丽河湖”创建数量', '≥3条', '≥3条'),
    ('12', '河湖长履职考核达标率', '≥95%', '≥95%'),
    ('23', '市控以上断面水质达标率', '100%', '100%'),
    ('31', '群众满意度', '≥90%', '≥90%')]),
 ]),
 ('海宁市河道管理站', [
  ('河道保洁长效管理经费', 468.72, 400.00, 68.72,
   '对全市市级河道及重点镇级河道实施日常保洁，清除水面漂浮物、岸坡垃圾和水生植物，落实保洁考核，保持河面整洁、水流畅通。',
   [('11', '河道保洁长度', '≥586公里', '≥586公里'),
    ('12', '河道保洁考核合格率', '≥95%', '≥95%'),
    ('13', '保洁作业及时率', '100%', '100%'),
    ('14', '河道保洁单价', '≤8000元/公里·年', '≤8000元/公里·年'),
    ('23', '河道水环境', '持续改善', '河面无成片漂浮物'),
    ('31', '群众满意度', '≥90%', '≥92%')]),
  ('河道清淤疏浚工程经费', 290.00, 290.00, 0,
   '对淤积严重的城区及镇级河道实施清淤疏浚，恢复河道行洪排涝能力，改善河道水质和水生态环境。',
   [('11', '清淤疏浚河道长度', '≥38公里', '≥38公里'),
    ('11', '清淤土方量', '≥45万立方米', '≥45万立方米'),
    ('12', '工程质量合格率', '100%', '100%'),
    ('13', '清淤工程完工时间', '2026年11月底前', '2026年11月底前'),
    ('14', '清淤单价', '≤6.4元/立方米', '≤6.4元/立方米'),
    ('22', '河道行洪排涝能力', '明显提升', '明显提升'),
    ('31', '沿河群众满意度', '≥90%', '≥90%')]),
  ('闸站运行管理经费', 75.40, 75.40, 0,
   '保障全市骨干排涝闸站日常运行、设备维护和值班值守，确保汛期闸站调度指令执行到位，发挥防洪排涝效益。',
   [('11', '运行管理闸站数量', '24座', '24座'),
    ('12', '设备完好率', '≥98%', '≥98%'),
    ('13', '调度指令执行及时率', '100%', '100%'),
    ('24', '闸站安全运行', '长期安全运行', '全年无安全责任事故')]),
  ('河道管理站政府雇员工资经费', 63.18, 63.18, 0,
   '保障河道管理站编外聘用人员工资及社会保险费用按时足额发放，稳定河道管理一线工作队伍。',
   [('12', '编外人员聘用合规率', '合规', '100%'),
    ('13', '编外人员工资支付及时性', '按月发放', '100%'),
    ('22', '公共服务能力', '提升河道管理服务水平', '100%')]),
 ]),
 ('海宁市水利工程质量安全监督站', [
  ('水利工程质量检测经费', 42.50, 42.50, 0,
   '委托第三方检测机构对在建水利工程开展质量抽检，对原材料、中间产品和实体质量进行检测，把好水利工程质量关。',
   [('11', '抽检在建工程数量', '≥30个', '≥30个'),
    ('11', '检测样品组数', '≥600组', '≥600组'),
    ('12', '工程质量合格率', '≥95%', '≥98%'),
    ('13', '检测报告出具及时率', '100%', '100%'),
    ('14', '检测经费', '≤42.5万元', '≤42.5万元')]),
  ('水利工程安全生产监督检查经费', 18.90, 18.90, 0,
   '对全市在建水利工程开展安全生产监督检查和隐患排查，督促参建单位落实安全生产主体责任，防范和遏制安全生产事故。',
   [('11', '安全生产监督检查次数', '≥60次', '≥60次'),
    ('12', '隐患整改完成率', '100%', '100%'),
    ('22', '在建工程安全生产事故', '零发生', '零发生'),
    ('31', '参建单位满意度', '≥85%', '≥85%')]),
 ]),
]

def f2(x):
    return '%.2f' % x

def amounts(total, fiscal, other):
    s = f2(total) + ' ' + f2(fiscal)
    if other:
        s += ' ' + f2(other)
    return s

def wrap(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)]

def t1():
    head = ['部门名称：海宁市水利局(部门) 单位：万元', '',
            '项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标', '']
    tot = sum(p[1] for u in UNITS for p in u[1])
    fis = sum(p[2] for u in UNITS for p in u[1])
    oth = sum(p[3] for u in UNITS for p in u[1])
    out = ['', '项目支出绩效目标表（含转移支付项目）', ''] + head
    out += ['合计 ' + amounts(tot, fis, oth), '']
    n = 0
    for uname, projs in UNITS:
        ut = sum(p[1] for p in projs); uf = sum(p[2] for p in projs); uo = sum(p[3] for p in projs)
        out += [uname + ' ' + amounts(ut, uf, uo), '']
        for name, total, fiscal, other, goal, inds in projs:
            if n and n % 4 == 0:
                out += ['', '', ''] + head
            n += 1
            if len(name) > 16:
                out += ['    ' + name[:14], name[14:], '', amounts(total, fiscal, other), '']
            else:
                out += ['    ' + name + ' ' + amounts(total, fiscal, other), '']
            gl = wrap(goal, 20)
            for i, l in enumerate(gl):
                out.append(l)
                if i % 3 == 2 and i != len(gl) - 1:
                    out.append('')
            out.append('')
            parts = []
            for k, (l2, iname, pv, av) in enumerate(inds, 1):
                parts.append('%d、%s,%s,%s；实施周期指标值:%s,年度指标值:%s;' % (k, L1[l2[0]], L2[l2], iname, pv, av))
            il = wrap(','.join(parts), 38)
            for i, l in enumerate(il):
                out.append(l)
                if i % 3 == 2 and i != len(il) - 1:
                    out.append('')
            out.append('')
    with open(T1, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')

thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CEN = Alignment(horizontal='center', vertical='center', wrap_text=True)
LEFT = Alignment(horizontal='left', vertical='center', wrap_text=True)

def put(ws, r, c, v, fmt=None, al=LEFT, bold=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = al; cell.border = BOX
    if fmt: cell.number_format = fmt
    if bold: cell.font = Font(bold=True)
    return cell

# ---------------- T2: 项目申报表 ----------------
APPS = [
 dict(sheet='海塘提升工程', name='海宁市百里钱塘综合整治提升工程（盐官段）', code='330481260001',
      dept='海宁市水利局', unit='海宁市水利局本级', person='沈建国', phone='0573-87021536',
      kind='2.公共项目 □√', period='2026年—2028年',
      reason='依据《浙江省海塘安澜千亿工程行动计划》和《海宁市水利发展“十五五”规划》，盐官段海塘局部堤身沉降、护坡破损，亲水游步道不连续，需实施综合整治提升，保障沿塘群众生命财产安全并打造“百里钱塘”滨水廊道。',
      content='1.海塘堤身加固及护坡修复4.2公里；2.新建亲水游步道3.6公里及配套照明；3.沿塘生态绿化提升12.5公顷；4.海塘安全监测设施改造。',
      years=[('2026年', 1260.00), ('2027年', 1480.00), ('2028年', 860.00)],
      src=[('财政拨款', 1050.00), ('财政专户拨款', 0), ('其他资金', 210.00)],
      lines=[('工程施工费', 862.40, '堤身加固及护坡修复4.2公里×平均造价185万元/公里×当年完成比例0.8+游步道一期1.6公里×62.4万元/公里≈862.40万元'),
             ('勘察设计费', 96.50, '按工程概算的3.5%测算，当年支付70%'),
             ('工程监理费', 52.80, '按《浙江省水利工程建设监理收费指导意见》测算'),
             ('第三方质量检测费', 28.60, '按工程施工费的约3.3%计取'),
             ('征迁及青苗补偿费', 186.20, '涉及临时用地约93.1亩×2万元/亩'),
             ('项目建设管理费', 33.50, '按财建〔2016〕504号文件规定比例计取')],
      goal='到2028年底完成盐官段4.2公里海塘综合整治提升，海塘防潮标准达到三百年一遇，建成亲水游步道3.6公里，沿塘生态环境和景观品质明显改善。2026年完成海塘堤身加固3.4公里、游步道1.6公里。',
      inds=[('产出指标', '数量指标', '海塘加固长度', '≥3.4公里'),
            ('产出指标', '数量指标', '新建游步道长度', '≥1.6公里'),
            ('产出指标', '质量指标', '单位工程质量合格率', '100%'),
            ('产出指标', '时效指标', '年度投资计划完成率', '≥90%'),
            ('产出指标', '成本指标', '海塘加固单位造价', '≤185万元/公里'),
            ('效益指标', '社会效益指标', '海塘防潮标准', '三百年一遇'),
            ('效益指标', '生态效益指标', '沿塘绿化提升面积', '≥5公顷'),
            ('效益指标', '可持续影响指标', '工程设计使用年限', '≥50年'),
            ('满意度指标', '服务对象满意度指标', '沿塘居民满意度', '≥90%')]),
 dict(sheet='中小河流治理', name='海宁市中小河流综合治理项目（长水塘片）', code='330481260002',
      dept='海宁市水利局', unit='海宁市河道管理站', person='朱晓燕', phone='0573-87035218',
      kind='1.部门项目 □√', period='2026年—2027年',
      reason='长水塘片河道淤积、岸坡坍塌问题突出，行洪排涝能力不足，列入省中小河流治理三年行动计划，需实施综合治理。',
      content='1.河道清淤疏浚12.8公里；2.生态护岸建设9.6公里；3.拆建阻水桥梁2座；4.沿河绿化及水质提升。',
      years=[('2026年', 735.00), ('2027年', 520.00), ('2028年', 0)],
      src=[('财政拨款', 600.00), ('财政专户拨款', 85.00), ('其他资金', 50.00)],
      lines=[('河道清淤疏浚费', 268.80, '清淤土方42万立方米×6.4元/立方米'),
             ('生态护岸工程费', 336.00, '生态护岸6.0公里×56万元/公里'),
             ('阻水桥梁拆建费', 82.00, '拆建桥梁1座，按初步设计概算'),
             ('设计及监理费', 36.70, '按工程费的约5.4%计取'),
             ('水质监测费', 11.50, '监测断面23个×月度监测×0.05万元/次，共230次')],
      goal='通过两年综合治理，长水塘片河道行洪排涝能力恢复到二十年一遇标准，河道水质稳定达到Ⅲ类，打造生态美丽河道。2026年完成清淤疏浚12.8公里、生态护岸6.0公里。',
      inds=[('产出指标', '数量指标', '清淤疏浚河道长度', '≥12.8公里'),
            ('产出指标', '数量指标', '生态护岸建设长度', '≥6.0公里'),
            ('产出指标', '质量指标', '工程质量合格率', '100%'),
            ('产出指标', '时效指标', '主汛期前完工率', '≥80%'),
            ('产出指标', '成本指标', '清淤单价', '≤6.4元/立方米'),
            ('效益指标', '社会效益指标', '河道排涝标准', '二十年一遇'),
            ('效益指标', '生态效益指标', '河道水质达标情况', '稳定达到Ⅲ类'),
            ('满意度指标', '服务对象满意度指标', '沿河群众满意度', '≥92%')]),
]

def t2():
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    for a in APPS:
        ws = wb.create_sheet(a['sheet'])
        for c, w in zip('ABCDEF', [16, 18, 26, 16, 24, 18]):
            ws.column_dimensions[c].width = w
        ws.merge_cells('A1:F1'); c = ws.cell(1, 1, '海宁市2026年项目申报表'); c.font = Font(bold=True, size=16); c.alignment = CEN
        ws.merge_cells('A2:F2'); ws.cell(2, 1, '填报单位（盖章）：海宁市水利局                                   单位：万元').alignment = LEFT
        r = 3
        def row2(label1, v1, label2, v2):
            nonlocal r
            put(ws, r, 1, label1, al=CEN, bold=True); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3); put(ws, r, 2, v1); put(ws, r, 3, None)
            put(ws, r, 4, label2, al=CEN, bold=True); ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6); put(ws, r, 5, v2); put(ws, r, 6, None)
            r += 1
        def row1(label, v, height=None):
            nonlocal r
            put(ws, r, 1, label, al=CEN, bold=True); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); put(ws, r, 2, v)
            for cc in range(3, 7): put(ws, r, cc, None)
            if height: ws.row_dimensions[r].height = height
            r += 1
        row2('项目名称', a['name'], '项目代码', a['code'])
        row2('项目主管部门', a['dept'], '项目执行单位', a['unit'])
        row2('项目负责人', a['person'], '联系电话', a['phone'])
        row2('项目类型', a['kind'], '项目起止年限', a['period'])
        row1('项目申请理由', a['reason'], 60)
        row1('项目主要内容', a['content'], 45)
        # funding
        total_all = sum(v for _, v in a['years'])
        cur = a['years'][0][1]
        put(ws, r, 1, '项目预算', al=CEN, bold=True)
        put(ws, r, 2, '项目总预算', al=CEN); put(ws, r, 3, total_all, '0.00')
        put(ws, r, 4, '项目当年预算', al=CEN); put(ws, r, 5, cur, '0.00'); put(ws, r, 6, None); r += 1
        s = r
        put(ws, r, 2, '分年度预算', al=CEN, bold=True); put(ws, r, 3, '年度', al=CEN, bold=True); put(ws, r, 4, '预算金额', al=CEN, bold=True)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6); put(ws, r, 5, '备注', al=CEN, bold=True); put(ws, r, 6, None); r += 1
        for y, v in a['years']:
            put(ws, r, 2, None); put(ws, r, 3, y, al=CEN); put(ws, r, 4, v if v else None, '0.00')
            ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
            put(ws, r, 5, '当年申请' if y == '2026年' else ('不安排' if not v else '后续年度预计')); put(ws, r, 6, None); r += 1
        ws.merge_cells(start_row=s, start_column=2, end_row=s + len(a['years']), end_column=2)
        ws.merge_cells(start_row=s - 1, start_column=1, end_row=r - 1, end_column=1)
        # sources
        s = r
        put(ws, r, 1, '项目资金来源', al=CEN, bold=True); put(ws, r, 2, '资金来源', al=CEN, bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3); put(ws, r, 3, None)
        put(ws, r, 4, '2026年金额', al=CEN, bold=True); ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6); put(ws, r, 5, '说明', al=CEN, bold=True); put(ws, r, 6, None); r += 1
        put(ws, r, 2, '合计', al=CEN, bold=True); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3); put(ws, r, 3, None)
        put(ws, r, 4, sum(v for _, v in a['src']), '0.00'); ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6); put(ws, r, 5, None); put(ws, r, 6, None); r += 1
        notes = {'财政拨款': '一般公共预算', '财政专户拨款': '水利建设基金专户', '其他资金': '省级补助及单位自筹'}
        for k, (nm, v) in enumerate(a['src'], 1):
            put(ws, r, 2, '%d.%s' % (k, nm)); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3); put(ws, r, 3, None)
            put(ws, r, 4, v if v else None, '0.00'); ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
            put(ws, r, 5, notes[nm] if v else None); put(ws, r, 6, None); r += 1
        ws.merge_cells(start_row=s, start_column=1, end_row=r - 1, end_column=1)
        # lines
        s = r
        put(ws, r, 1, '项目支出明细预算及测算依据', al=CEN, bold=True); put(ws, r, 2, '序号', al=CEN, bold=True)
        put(ws, r, 3, '支出明细', al=CEN, bold=True); put(ws, r, 4, '金额', al=CEN, bold=True)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6); put(ws, r, 5, '测算依据', al=CEN, bold=True); put(ws, r, 6, None); r += 1
        put(ws, r, 2, None); put(ws, r, 3, '合计', al=CEN, bold=True); put(ws, r, 4, round(sum(v for _, v, _ in a['lines']), 2), '0.00')
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6); put(ws, r, 5, None); put(ws, r, 6, None); r += 1
        for k, (nm, v, basis) in enumerate(a['lines'], 1):
            put(ws, r, 2, k, al=CEN); put(ws, r, 3, nm); put(ws, r, 4, v, '0.00')
            ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6); put(ws, r, 5, basis); put(ws, r, 6, None)
            ws.row_dimensions[r].height = 30; r += 1
        ws.merge_cells(start_row=s, start_column=1, end_row=r - 1, end_column=1)
        row1('项目绩效总目标', a['goal'], 60)
        # indicators
        s = r
        put(ws, r, 1, '项目年度绩效指标', al=CEN, bold=True)
        for cc, h in zip(range(2, 7), ['一级指标', '二级指标', '三级指标', '指标值', '备注']):
            put(ws, r, cc, h, al=CEN, bold=True)
        r += 1
        prev1 = prev2 = None; s1 = s2 = r
        for k, (l1, l2, l3, v) in enumerate(a['inds']):
            put(ws, r, 1, None)
            put(ws, r, 2, l1 if l1 != prev1 else None, al=CEN); put(ws, r, 3, l2 if (l1, l2) != (prev1, prev2) else None, al=CEN)
            put(ws, r, 4, l3); put(ws, r, 5, v, al=CEN); put(ws, r, 6, None)
            prev1, prev2 = l1, l2; r += 1
        # merge runs
        def merge_runs(col, keyf):
            i = s + 1
            rows = list(range(s + 1, r))
            while i < r:
                j = i
                while j + 1 < r and keyf(j + 1) == keyf(i) and ws.cell(j + 1, col).value is None:
                    j += 1
                if j > i:
                    ws.merge_cells(start_row=i, start_column=col, end_row=j, end_column=col)
                i = j + 1
        idx = {s + 1 + k: ind for k, ind in enumerate(a['inds'])}
        merge_runs(2, lambda rr: idx[rr][0]); merge_runs(3, lambda rr: (idx[rr][0], idx[rr][1]))
        ws.merge_cells(start_row=s, start_column=1, end_row=r - 1, end_column=1)
        r += 1
        ws.cell(r, 1, '填报人：%s        审核人：王立新        填报日期：2025年11月20日' % a['person'])
    wb.save(T2)

# ---------------- T3: 预算执行进度表 ----------------
# (name, 年初预算数, 调整后预算数, 1-10月累计支出, 基本支出调整后预算数, 基本支出1-10月支出)
DEPTS = [
 ('海宁市教育局', [('海宁市教育局本级', 3120.50, 3386.20, 2795.64),
                 ('海宁市高级中学', 4860.00, 4925.30, 4218.77),
                 ('海宁市第一中学', 5230.40, 5302.85, 4398.12)], 10856.40, 9264.58),
 ('海宁市卫生健康局', [('海宁市卫生健康局本级', 2680.30, 3150.60, 2211.85),
                   ('海宁市疾病预防控制中心', 1865.20, 2034.50, 1752.36)], 2765.90, 2398.15),
 ('海宁市公安局', [('海宁市公安局', 9860.00, 10245.80, 8830.16)], 7620.40, 6583.27),
 ('海宁市民政局', [('海宁市民政局', 4215.60, 4580.25, 3506.41)], 986.30, 842.65),
 ('海宁市财政局', [('海宁市财政局', 2318.90, 2296.40, 1905.73)], 1652.80, 1410.36),
 ('海宁市水利局', [('海宁市水利局本级', 3865.20, 4312.60, 3118.45),
                 ('海宁市河道管理站', 1520.80, 1608.35, 1402.56),
                 ('海宁市水利工程质量安全监督站', 285.40, 290.15, 251.08)], 1368.75, 1172.40),
 ('海宁市自然资源和规划局', [('海宁市自然资源和规划局', 3580.00, 3725.10, 2884.93)], 2106.35, 1789.62),
 ('海宁市住房和城乡建设局', [('海宁市住房和城乡建设局', 5120.75, 5860.40, 4012.66)], 1530.20, 1301.74),
 ('海宁市交通运输局', [('海宁市交通运输局', 6340.20, 6118.90, 5426.31)], 1865.45, 1597.03),
 ('海宁市农业农村局', [('海宁市农业农村局本级', 4630.50, 5018.20, 3985.70),
                   ('海宁市农业技术推广服务中心', 980.60, 1012.40, 836.22)], 1645.90, 1398.27),
 ('海宁市文化广电旅游体育局', [('海宁市文化广电旅游体育局', 2765.30, 2904.85, 2231.54)], 1290.60, 1088.34),
 ('海宁市人力资源和社会保障局', [('海宁市人力资源和社会保障局', 3410.80, 3528.60, 3015.27)], 1120.45, 962.58),
 ('嘉兴市生态环境局海宁分局', [('嘉兴市生态环境局海宁分局', 1680.40, 1795.20, 1278.90)], 760.25, 651.90),
 ('海宁市市场监督管理局', [('海宁市市场监督管理局', 2950.60, 3012.75, 2590.11)], 2210.80, 1890.46),
 ('海宁市应急管理局', [('海宁市应急管理局', 1240.30, 1388.50, 1196.84)], 685.40, 590.12),
]
SEQ = 0.8333
AMT = '0.00'
PCT = '0.00%'

def rate(a, b):
    return round(b / a, 4)

def t3():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '按部门'
    widths = [6, 34, 14, 14, 16, 12, 12, 14]
    for i, w in enumerate(widths, 1): ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells('A1:H1'); c = ws.cell(1, 1, '海宁市2026年1-10月部门预算执行进度表'); c.font = Font(bold=True, size=16); c.alignment = CEN
    ws.merge_cells('A2:D2'); ws.cell(2, 1, '数据截至：2026年10月31日')
    ws.merge_cells('E2:H2'); c = ws.cell(2, 5, '单位：万元'); c.alignment = Alignment(horizontal='right')
    hdr = ['序号', '部门（单位）名称', '年初预算数', '调整后预算数', '1-10月累计支出', '执行率', '序时进度', '与序时进度差']
    for i, h in enumerate(hdr, 1): put(ws, 3, i, h, al=CEN, bold=True)
    r = 4
    T = [0, 0, 0]
    def line(seq, name, a, b, e, bold=False):
        put(ws, r, 1, seq, al=CEN); put(ws, r, 2, name, bold=bold)
        put(ws, r, 3, round(a, 2), AMT); put(ws, r, 4, round(b, 2), AMT); put(ws, r, 5, round(e, 2), AMT)
        rt = rate(b, e)
        put(ws, r, 6, rt, PCT); put(ws, r, 7, SEQ, PCT); put(ws, r, 8, round(rt - SEQ, 4), PCT)
    for k, (dn, units, _, _) in enumerate(DEPTS, 1):
        if len(units) == 1:
            n, a, b, e = units[0]; line(k, n, a, b, e); r += 1
        else:
            put(ws, r, 1, k, al=CEN); put(ws, r, 2, dn, bold=True)
            for cc in range(3, 9): put(ws, r, cc, None)
            r += 1
            for n, a, b, e in units:
                line(None, '  ' + n, a, b, e); r += 1
            a = sum(u[1] for u in units); b = sum(u[2] for u in units); e = sum(u[3] for u in units)
            line(None, '  小计', a, b, e, bold=True); r += 1
        for i in range(3): T[i] += sum(u[i + 1] for u in units)
    line(None, '合计', T[0], T[1], T[2], bold=True); r += 1
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    ws.cell(r + 1, 1, '说明：执行率=1-10月累计支出/调整后预算数；序时进度=10/12；与序时进度差=执行率-序时进度。')
    # sheet 2
    ws2 = wb.create_sheet('按支出类型')
    for i, w in enumerate([6, 30, 14, 14, 11, 14, 14, 11, 12], 1): ws2.column_dimensions[get_column_letter(i)].width = w
    ws2.merge_cells('A1:I1'); c = ws2.cell(1, 1, '海宁市2026年1-10月部门预算执行进度表（分基本支出和项目支出）'); c.font = Font(bold=True, size=14); c.alignment = CEN
    ws2.merge_cells('A2:I2'); c = ws2.cell(2, 1, '单位：万元'); c.alignment = Alignment(horizontal='right')
    put(ws2, 3, 1, '序号', al=CEN, bold=True); put(ws2, 3, 2, '部门名称', al=CEN, bold=True)
    put(ws2, 3, 3, '基本支出', al=CEN, bold=True); put(ws2, 3, 6, '项目支出', al=CEN, bold=True); put(ws2, 3, 9, '总执行率', al=CEN, bold=True)
    for cc in (4, 5, 7, 8): put(ws2, 3, cc, None)
    ws2.merge_cells('A3:A4'); ws2.merge_cells('B3:B4'); ws2.merge_cells('C3:E3'); ws2.merge_cells('F3:H3'); ws2.merge_cells('I3:I4')
    for cc, h in zip(range(3, 9), ['调整后预算数', '1-10月支出', '执行率'] * 2): put(ws2, 4, cc, h, al=CEN, bold=True)
    put(ws2, 4, 1, None); put(ws2, 4, 2, None); put(ws2, 4, 9, None)
    r = 5; S = [0, 0, 0, 0]
    for k, (dn, units, ba, be) in enumerate(DEPTS, 1):
        b = sum(u[2] for u in units); e = sum(u[3] for u in units)
        pa = round(b - ba, 2); pe = round(e - be, 2)
        put(ws2, r, 1, k, al=CEN); put(ws2, r, 2, dn)
        put(ws2, r, 3, ba, AMT); put(ws2, r, 4, be, AMT); put(ws2, r, 5, rate(ba, be), PCT)
        put(ws2, r, 6, pa, AMT); put(ws2, r, 7, pe, AMT); put(ws2, r, 8, rate(pa, pe), PCT)
        put(ws2, r, 9, rate(b, e), PCT)
        S[0] += ba; S[1] += be; S[2] += pa; S[3] += pe; r += 1
    put(ws2, r, 1, None); put(ws2, r, 2, '合计', bold=True)
    put(ws2, r, 3, round(S[0], 2), AMT); put(ws2, r, 4, round(S[1], 2), AMT); put(ws2, r, 5, rate(S[0], S[1]), PCT)
    put(ws2, r, 6, round(S[2], 2), AMT); put(ws2, r, 7, round(S[3], 2), AMT); put(ws2, r, 8, rate(S[2], S[3]), PCT)
    put(ws2, r, 9, rate(S[0] + S[2], S[1] + S[3]), PCT)
    wb.save(T3)

if __name__ == '__main__':
    t1(); t2(); t3()
    print('written:', T1, T2, T3, sep='\n')
