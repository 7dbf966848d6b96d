# -*- coding: utf-8 -*-
"""Build the three Wuyuan documents: T1 text (seed layout), T2/T3 xlsx."""
import os, json
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
os.makedirs(DOCS, exist_ok=True)

DEPT = '婺源县文化广电新闻出版旅游局'
# ---------------- T1 ----------------
I = lambda l1, l2, name, pv, av=None: (l1, l2, name, pv, av if av is not None else pv)
SL, ZL, SX, CB = '1-产出指标,11-数量指标', '1-产出指标,12-质量指标', '1-产出指标,13-时效指标', '1-产出指标,14-成本指标'
JJ, SH, KC, MY = '2-效益指标,21-经济效益', '2-效益指标,22-社会效益', '2-效益指标,24-可持续影响', '3-满意度指标,31-服务对象满意度'

def P(name, total, fin, other, goal, inds):
    return dict(name=name, total=total, fin=fin, other=other, goal=goal, inds=inds)

UNITS = [
 (DEPT, [
  P('乡村旅游发展专项经费', 180.00, 150.00, 30.00,
    '支持全县乡村旅游重点村、民宿集聚区基础设施和公共服务设施建设，培育乡村旅游精品线路，推动乡村旅游提质增效，带动农民增收。',
    [I(*SL.split(','), '扶持乡村旅游重点村数量', '≥12个'),
     I(*SL.split(','), '培育乡村旅游精品线路', '5条'),
     I(*ZL.split(','), '项目验收合格率', '100%'),
     I(*SX.split(','), '资金支付及时率', '≥95%'),
     I(*JJ.split(','), '带动农民人均增收', '逐年增长', '≥800元'),
     I(*SH.split(','), '乡村旅游接待人次增长率', '≥8%'),
     I(*MY.split(','), '游客满意度', '≥90%')]),
  P('旅游宣传营销推广经费', 120.00, 120.00, 0,
    '围绕“梦里老家·最美婺源”旅游品牌，在重点客源市场开展旅游宣传推介，组织油菜花节、晒秋节等节庆活动，提升婺源旅游知名度和美誉度。',
    [I(*SL.split(','), '举办重点客源市场推介会', '≥6场'),
     I(*SL.split(','), '组织节庆活动', '3次'),
     I(*ZL.split(','), '宣传报道覆盖主流媒体', '≥20家'),
     I(*CB.split(','), '宣传推广费用', '≤120万元'),
     I(*SH.split(','), '全县接待游客人次', '≥2800万人次'),
     I(*MY.split(','), '游客满意度', '≥90%', '≥92%')]),
  P('“中国最美乡村”旅游品牌创建及A级景区提升经费', 95.50, 80.00, 15.50,
    '推进全域旅游示范区建设，对A级景区游客中心、旅游厕所、标识标牌等设施进行改造提升，巩固国家全域旅游示范区创建成果。',
    [I(*SL.split(','), '改造提升旅游厕所', '≥15座'),
     I(*SL.split(','), '更新景区标识标牌', '≥200块'),
     I(*ZL.split(','), '项目验收合格率', '100%'),
     I(*SX.split(','), '项目完成时限', '2025年11月底前'),
     I(*KC.split(','), 'A级景区复核达标率', '100%')]),
  P('文化市场综合执法经费', 36.80, 36.80, 0,
    '开展文化、旅游、出版、广电市场日常巡查和专项整治，查处违法违规经营行为，维护文化旅游市场秩序。',
    [I(*SL.split(','), '文化市场日常巡查', '≥600家次'),
     I(*SL.split(','), '开展专项整治行动', '≥4次'),
     I(*SX.split(','), '投诉举报按时办结率', '100%'),
     I(*SH.split(','), '重大文化旅游安全事故', '0起')]),
  P('广播电视村村通运行维护经费', 48.60, 48.60, 0,
    '保障全县广播电视村村通、应急广播设备正常运行，及时排除设备故障，确保农村群众收听收看广播电视节目。',
    [I(*SL.split(','), '维护应急广播终端', '≥1800个'),
     I(*ZL.split(','), '设备完好率', '≥95%'),
     I(*SX.split(','), '故障修复时间', '≤48小时'),
     I(*CB.split(','), '运行维护费用', '≤48.6万元'),
     I(*SH.split(','), '广播电视综合人口覆盖率', '≥99%', '≥99.5%'),
     I(*MY.split(','), '农村群众满意度', '≥90%')]),
  P('文物保护单位安全巡查经费', 22.40, 22.40, 0,
    '聘请文物安全巡查员对全县不可移动文物开展日常巡查，落实文物安全直接责任人制度，防范文物安全事故。',
    [I(*SL.split(','), '聘请文物安全巡查员', '42名'),
     I(*SL.split(','), '巡查不可移动文物点', '≥300处'),
     I(*SX.split(','), '巡查频次', '每月不少于2次'),
     I(*SH.split(','), '文物安全事故发生率', '0')]),
  P('政府雇员工资经费', 64.32, 64.32, 0,
    '保障局机关编外聘用人员工资及社会保险按时足额发放，稳定编外人员队伍，保障各项工作正常开展。',
    [I(*SL.split(','), '编外聘用人员数', '12人'),
     I(*ZL.split(','), '编外人员聘用合规率', '合规', '100%'),
     I(*SX.split(','), '工资发放及时率', '100%')]),
 ]),
 ('婺源县文化馆', [
  P('徽剧傩舞非遗传承保护经费', 42.00, 35.00, 7.00,
    '开展徽剧、婺源傩舞、甲路抬阁等非物质文化遗产传承保护，资助代表性传承人开展传习活动，举办非遗展演和进校园活动。',
    [I(*SL.split(','), '资助代表性传承人', '28人'),
     I(*SL.split(','), '非遗展演场次', '≥40场'),
     I(*SL.split(','), '非遗进校园活动', '≥10次'),
     I(*CB.split(','), '传承人补助标准', '3000元/人·年'),
     I(*KC.split(','), '非遗项目传承人梯队', '持续稳定'),
     I(*MY.split(','), '群众满意度', '≥90%')]),
  P('群众文化活动经费', 58.00, 58.00, 0,
    '组织开展“我们的村晚”、广场舞展演、送戏下乡等群众文化活动，丰富城乡群众精神文化生活。',
    [I(*SL.split(','), '送戏下乡场次', '≥120场'),
     I(*SL.split(','), '组织群众文艺培训', '≥30期'),
     I(*ZL.split(','), '活动安全事故', '0起'),
     I(*SX.split(','), '资金支付及时率', '≥95%'),
     I(*SH.split(','), '参与群众人次', '≥8万人次'),
     I(*MY.split(','), '群众满意度', '≥90%', '≥95%')]),
  P('文化馆免费开放补助经费', 30.00, 30.00, 0,
    '保障县文化馆及乡镇综合文化站免费开放，提供公益性文化艺术培训和展览服务。',
    [I(*SL.split(','), '免费开放天数', '≥300天'),
     I(*SL.split(','), '公益性培训班', '≥24期'),
     I(*SX.split(','), '资金支付及时率', '≥95%', '100%'),
     I(*MY.split(','), '服务对象满意度', '≥90%')]),
 ]),
 ('婺源县博物馆', [
  P('博物馆免费开放补助经费', 40.00, 40.00, 0,
    '保障县博物馆全年免费开放，做好观众接待、讲解服务和安全保卫工作。',
    [I(*SL.split(','), '免费开放天数', '≥310天'),
     I(*SL.split(','), '接待观众人次', '≥15万人次'),
     I(*ZL.split(','), '讲解服务场次', '≥500场'),
     I(*SH.split(','), '文物安全事故发生率', '0'),
     I(*MY.split(','), '观众满意度', '≥95%')]),
  P('馆藏文物保护修复经费', 66.50, 50.00, 16.50,
    '对馆藏珍贵文物开展预防性保护和修复，改善文物保存环境，完成馆藏文物数字化信息采集。',
    [I(*SL.split(','), '修复馆藏文物', '≥35件（套）'),
     I(*SL.split(','), '文物数字化信息采集', '≥800件'),
     I(*ZL.split(','), '修复方案审批通过率', '100%'),
     I(*SX.split(','), '项目完成时限', '2025年12月底前'),
     I(*CB.split(','), '修复费用', '≤66.5万元'),
     I(*KC.split(','), '馆藏文物保存状况', '持续改善'),
     I(*SH.split(','), '文物安全事故发生率', '0')]),
  P('婺源博物馆陈列展览提升经费', 28.00, 28.00, 0,
    '更新基本陈列“婺源历史文化陈列”展陈内容，举办临时展览，提升展览质量和观众体验。',
    [I(*SL.split(','), '举办临时展览', '≥4个'),
     I(*ZL.split(','), '展陈内容更新比例', '≥20%'),
     I(*SX.split(','), '资金支付及时率', '≥95%'),
     I(*MY.split(','), '观众满意度', '≥90%', '≥95%')]),
 ]),
]

def f2(x): return '%.2f' % x
def amounts(total, fin, other):
    s = [f2(total), f2(fin)]
    if other: s.append(f2(other))
    return ' '.join(s)
def wrap(s, n):
    return [s[i:i+n] for i in range(0, len(s), n)]

HDR = ['部门名称：%s(部门) 单位：万元' % DEPT, '',
       '项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标', '']

def build_t1():
    tot = sum(p['total'] for _, ps in UNITS for p in ps)
    fin = sum(p['fin'] for _, ps in UNITS for p in ps)
    oth = sum(p['other'] for _, ps in UNITS for p in ps)
    out = ['', '项目支出绩效目标表（含转移支付项目）', ''] + HDR
    out.append('合计 ' + amounts(tot, fin, oth)); out.append('')
    n = 0
    for ui, (uname, ps) in enumerate(UNITS):
        ut = sum(p['total'] for p in ps); uf = sum(p['fin'] for p in ps); uo = sum(p['other'] for p in ps)
        if ui > 0:
            out += ['', '', ''] + HDR
        out.append(uname + ' ' + amounts(ut, uf, uo)); out.append('')
        for pi, p in enumerate(ps):
            if n and n % 4 == 0 and pi > 0:
                out += ['', '', ''] + HDR
            n += 1
            if len(p['name']) > 16:
                out.append('    ' + p['name'][:14]); out.append(p['name'][14:]); out.append('')
                out.append(amounts(p['total'], p['fin'], p['other'])); out.append('')
            else:
                out.append('    %s %s' % (p['name'], amounts(p['total'], p['fin'], p['other']))); out.append('')
            gl = wrap(p['goal'], 20)
            for k, l in enumerate(gl):
                out.append(l)
                if k == 2: out.append('')
            out.append('')
            parts = []
            for k, (l1, l2, nm, pv, av) in enumerate(p['inds'], 1):
                parts.append('%d、%s,%s,%s；实施周期指标值:%s,年度指标值:%s;' % (k, l1, l2, nm, pv, av))
            txt = ','.join(parts)
            il = wrap(txt, 38)
            for k, l in enumerate(il):
                out.append(l)
                if k % 4 == 3 and k != len(il) - 1: out.append('')
            out.append('')
    out += ['', '']
    path = os.path.join(DOCS, '江西省婺源县文化广电新闻出版旅游局2025年项目支出绩效目标表.txt')
    open(path, 'w', encoding='utf-8').write('\n'.join(out))
    return path, tot, fin, oth

thin = Side(style='thin')
BD = Border(left=thin, right=thin, top=thin, bottom=thin)
CEN = Alignment(horizontal='center', vertical='center', wrap_text=True)
LEFT = Alignment(horizontal='left', vertical='center', wrap_text=True)

def put(ws, r, c, v, al=CEN, bold=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = al; cell.border = BD
    if bold: cell.font = Font(bold=True)
    return cell

# ---------------- T2: 部门整体支出绩效目标表 (婺源县自然资源局) ----------------
NR = dict(dept='婺源县自然资源局', bianzhi=86, shiyou=79, units=3,
          unit_names='婺源县自然资源局（本级）、婺源县不动产登记中心、婺源县自然资源和规划执法大队',
          basic=1652.40, project=2733.85, fin=4120.25, other=266.00)
TASKS = [
 ('国土空间规划编制与实施', '完成县级国土空间总体规划批后实施监督，推进乡镇国土空间规划和实用性村庄规划编制，建设国土空间基础信息平台。', 380.00, '村庄规划编制全覆盖，规划“一张图”实施监督体系基本建成。'),
 ('耕地保护与占补平衡', '落实耕地保护党政同责，开展耕地“进出平衡”和垦造水田项目，实施补充耕地项目验收及后期管护。', 920.00, '耕地保有量和永久基本农田保护目标任务全面完成。'),
 ('不动产登记与确权颁证', '推进不动产登记“一窗受理、集成服务”，开展农村房地一体宅基地确权登记颁证，完善不动产登记信息平台。', 215.50, '不动产登记便民利民水平明显提升，确权登记颁证率稳步提高。'),
 ('地质灾害防治', '开展地质灾害隐患点巡查排查和专业监测，落实群测群防员补助，实施地质灾害应急排危除险工程。', 168.35, '有效防范地质灾害，最大限度减少人员伤亡和财产损失。'),
 ('矿产资源管理与执法监察', '开展矿产资源开发利用监管、非法采矿专项整治和自然资源违法行为动态巡查，做好卫片执法工作。', 96.00, '违法用地、违法采矿行为得到有效遏制。'),
 ('林长制及森林资源保护', '落实林长制，开展松材线虫病疫情防控、森林防火、古树名木保护和公益林管护。', 954.00, '森林资源得到有效保护，森林覆盖率保持稳定。'),
]
GOALS = ('目标1：严守耕地保护红线，确保耕地保有量和永久基本农田保护面积不低于上级下达任务。\n'
         '目标2：完成乡镇国土空间规划和村庄规划编制，强化规划实施监督。\n'
         '目标3：深化不动产登记便民改革，一般登记3个工作日内办结。\n'
         '目标4：扎实做好地质灾害防治，实现地质灾害“零伤亡”。\n'
         '目标5：全面推行林长制，加强松材线虫病防控和森林防火，森林覆盖率稳定在82.6%以上。')
INDS = [
 ('产出指标', '数量指标', '完成村庄规划编制', '≥30个'),
 ('产出指标', '数量指标', '新增补充耕地面积', '≥1500亩'),
 ('产出指标', '数量指标', '地质灾害隐患点监测覆盖数', '286处'),
 ('产出指标', '数量指标', '不动产登记发证量', '≥12000本'),
 ('产出指标', '数量指标', '松材线虫病疫木除治', '≥5万株'),
 ('产出指标', '质量指标', '耕地保有量', '不低于上级下达任务'),
 ('产出指标', '质量指标', '不动产登记数据准确率', '≥99%'),
 ('产出指标', '质量指标', '补充耕地验收合格率', '100%'),
 ('产出指标', '时效指标', '不动产登记办理时限', '≤3个工作日'),
 ('产出指标', '时效指标', '地质灾害险情处置响应时间', '≤2小时'),
 ('产出指标', '成本指标', '部门预算支出控制数', '≤4386.25万元'),
 ('效益指标', '经济效益指标', '国有建设用地供应', '≥2000亩'),
 ('效益指标', '社会效益指标', '地质灾害造成人员伤亡', '0人'),
 ('效益指标', '社会效益指标', '违法用地案件查处率', '100%'),
 ('效益指标', '生态效益指标', '森林覆盖率', '≥82.6%'),
 ('效益指标', '生态效益指标', '松材线虫病疫情发生面积', '逐年下降'),
 ('效益指标', '可持续影响指标', '永久基本农田保护面积', '不减少'),
 ('满意度指标', '服务对象满意度指标', '不动产登记群众满意度', '≥95%'),
 ('满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%'),
]

def build_t2():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '整体绩效目标'
    for c, w in zip('ABCDEF', [14, 16, 26, 30, 14, 30]): ws.column_dimensions[c].width = w
    ws.merge_cells('A1:F1'); c = ws.cell(1, 1, '2025年婺源县部门整体支出绩效目标表'); c.font = Font(bold=True, size=16); c.alignment = CEN
    ws.merge_cells('A2:F2'); ws.cell(2, 1, '（2025年度）                                                        单位：万元').alignment = Alignment(horizontal='right')
    r = 3
    put(ws, r, 1, '部门名称', bold=True); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); put(ws, r, 2, NR['dept'], LEFT)
    r = 4
    ws.merge_cells('A4:A5'); put(ws, 4, 1, '基本信息', bold=True)
    put(ws, 4, 2, '人员编制'); put(ws, 4, 3, NR['bianzhi']); put(ws, 4, 4, '实有人数'); put(ws, 4, 5, NR['shiyou']); put(ws, 4, 6, '')
    put(ws, 5, 2, '下属单位数'); put(ws, 5, 3, NR['units']); put(ws, 5, 4, '下属单位名称'); ws.merge_cells('E5:F5'); put(ws, 5, 5, NR['unit_names'], LEFT)
    ws.merge_cells('A6:A9'); put(ws, 6, 1, '部门预算情况', bold=True)
    put(ws, 6, 2, '预算支出'); put(ws, 6, 3, '金额'); put(ws, 6, 4, '资金来源'); put(ws, 6, 5, '金额'); put(ws, 6, 6, '')
    put(ws, 7, 2, '合计'); put(ws, 7, 3, round(NR['basic'] + NR['project'], 2)); put(ws, 7, 4, '合计'); put(ws, 7, 5, round(NR['fin'] + NR['other'], 2)); put(ws, 7, 6, '')
    put(ws, 8, 2, '基本支出'); put(ws, 8, 3, NR['basic']); put(ws, 8, 4, '财政拨款'); put(ws, 8, 5, NR['fin']); put(ws, 8, 6, '')
    put(ws, 9, 2, '项目支出'); put(ws, 9, 3, NR['project']); put(ws, 9, 4, '其他资金'); put(ws, 9, 5, NR['other']); put(ws, 9, 6, '')
    put(ws, 10, 1, '年度总体目标', bold=True); ws.merge_cells('B10:F10'); put(ws, 10, 2, GOALS, LEFT); ws.row_dimensions[10].height = 110
    r = 11; n = len(TASKS)
    ws.merge_cells(start_row=r, start_column=1, end_row=r + n + 1, end_column=1); put(ws, r, 1, '年度重点任务', bold=True)
    put(ws, r, 2, '任务名称'); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4); put(ws, r, 3, '主要实施内容'); put(ws, r, 5, '预算金额（万元）'); put(ws, r, 6, '期望达到的目标')
    for k, (nm, ct, amt, tg) in enumerate(TASKS, 1):
        rr = r + k
        put(ws, rr, 2, nm, LEFT); ws.merge_cells(start_row=rr, start_column=3, end_row=rr, end_column=4); put(ws, rr, 3, ct, LEFT); put(ws, rr, 5, amt); put(ws, rr, 6, tg, LEFT)
    rr = r + n + 1
    put(ws, rr, 2, '合计'); ws.merge_cells(start_row=rr, start_column=3, end_row=rr, end_column=4); put(ws, rr, 3, ''); put(ws, rr, 5, round(sum(t[2] for t in TASKS), 2)); put(ws, rr, 6, '')
    r = rr + 1
    m = len(INDS)
    ws.merge_cells(start_row=r, start_column=1, end_row=r + m, end_column=1); put(ws, r, 1, '年度绩效指标', bold=True)
    put(ws, r, 2, '一级指标'); put(ws, r, 3, '二级指标'); ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5); put(ws, r, 4, '三级指标'); put(ws, r, 6, '指标值')
    # merge repeated 一级/二级
    start = r + 1
    for k, (l1, l2, l3, v) in enumerate(INDS):
        rr = start + k
        put(ws, rr, 2, l1); put(ws, rr, 3, l2); ws.merge_cells(start_row=rr, start_column=4, end_row=rr, end_column=5); put(ws, rr, 4, l3, LEFT); put(ws, rr, 6, v)
    for col, key in ((2, 0), (3, 1)):
        k = 0
        while k < m:
            j = k
            while j + 1 < m and INDS[j + 1][key] == INDS[k][key] and (key == 0 or INDS[j + 1][0] == INDS[k][0]): j += 1
            if j > k:
                for q in range(k + 1, j + 1): ws.cell(start + q, col).value = None
                ws.merge_cells(start_row=start + k, start_column=col, end_row=start + j, end_column=col)
            k = j + 1
    path = os.path.join(DOCS, '江西省婺源县自然资源局2025年部门整体支出绩效目标表.xlsx')
    wb.save(path); return path

# ---------------- T3: 基本支出经济分类表 (文广新旅局, per unit) ----------------
ECON = [
 ('301', '工资福利支出', None),
 ('30101', '基本工资', (96.84, 38.52, 27.36)),
 ('30102', '津贴补贴', (62.15, 12.40, 8.95)),
 ('30103', '奖金', (8.07, 3.21, 2.28)),
 ('30107', '绩效工资', (0, 45.60, 33.18)),
 ('30108', '机关事业单位基本养老保险缴费', (31.26, 15.42, 11.03)),
 ('30109', '职业年金缴费', (15.63, 7.71, 5.52)),
 ('30110', '职工基本医疗保险缴费', (16.42, 7.95, 5.70)),
 ('30112', '其他社会保障缴费', (1.86, 0.92, 0.66)),
 ('30113', '住房公积金', (24.38, 11.76, 8.41)),
 ('30199', '其他工资福利支出', (4.20, 1.80, 1.20)),
 ('302', '商品和服务支出', None),
 ('30201', '办公费', (9.60, 3.20, 2.40)),
 ('30202', '印刷费', (2.50, 0.80, 0.60)),
 ('30205', '水费', (1.20, 0.60, 0.90)),
 ('30206', '电费', (4.80, 2.40, 3.60)),
 ('30207', '邮电费', (2.16, 0.72, 0.72)),
 ('30211', '差旅费', (6.50, 1.50, 1.20)),
 ('30213', '维修（护）费', (3.00, 1.20, 2.50)),
 ('30215', '会议费', (1.50, 0.30, 0.20)),
 ('30216', '培训费', (2.00, 0.60, 0.50)),
 ('30217', '公务接待费', (1.80, 0, 0)),
 ('30228', '工会经费', (3.31, 1.36, 0.98)),
 ('30229', '福利费', (2.48, 1.02, 0.74)),
 ('30231', '公务用车运行维护费', (3.60, 0, 0)),
 ('30239', '其他交通费用', (12.96, 2.88, 2.16)),
 ('30299', '其他商品和服务支出', (5.40, 1.20, 1.10)),
 ('303', '对个人和家庭的补助', None),
 ('30302', '退休费', (18.60, 6.24, 4.80)),
 ('30305', '生活补助', (2.40, 0, 0.60)),
 ('30307', '医疗费补助', (3.20, 1.10, 0.80)),
 ('30309', '奖励金', (0.30, 0.10, 0.10)),
 ('310', '资本性支出', None),
 ('31002', '办公设备购置', (3.60, 1.20, 1.50)),
]
T3_UNITS = ['婺源县文化广电新闻出版旅游局（本级）', '婺源县文化馆', '婺源县博物馆']

def t3_rows():
    rows = []; cur = None
    groups = {}
    for code, name, v in ECON:
        if v is None: cur = code; groups[cur] = [0, 0, 0]
        else:
            for k in range(3): groups[cur][k] = round(groups[cur][k] + v[k], 2)
    for code, name, v in ECON:
        vals = groups[code] if v is None else list(v)
        rows.append((code, name, vals, v is None))
    tot = [round(sum(groups[g][k] for g in groups), 2) for k in range(3)]
    return rows, tot

def build_t3():
    rows, tot = t3_rows()
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '基本支出经济分类'
    for c, w in zip('ABCDEF', [12, 30, 14, 22, 16, 16]): ws.column_dimensions[c].width = w
    ws.merge_cells('A1:F1'); c = ws.cell(1, 1, '婺源县文化广电新闻出版旅游局2025年一般公共预算基本支出经济分类表'); c.font = Font(bold=True, size=15); c.alignment = CEN
    ws.merge_cells('A2:C2'); ws.cell(2, 1, '部门：婺源县文化广电新闻出版旅游局')
    ws.merge_cells('D2:F2'); ws.cell(2, 4, '单位：万元').alignment = Alignment(horizontal='right')
    ws.merge_cells('A3:B3'); put(ws, 3, 1, '部门预算经济分类科目', bold=True)
    ws.merge_cells('C3:C4'); put(ws, 3, 3, '合计', bold=True)
    ws.merge_cells('D3:F3'); put(ws, 3, 4, '预算单位', bold=True)
    put(ws, 4, 1, '科目编码', bold=True); put(ws, 4, 2, '科目名称', bold=True)
    for k, u in enumerate(T3_UNITS): put(ws, 4, 4 + k, u, bold=True)
    r = 5
    put(ws, r, 1, ''); put(ws, r, 2, '合计', bold=True); put(ws, r, 3, round(sum(tot), 2), bold=True)
    for k in range(3): put(ws, r, 4 + k, tot[k], bold=True)
    for code, name, vals, is_class in rows:
        r += 1
        put(ws, r, 1, code, LEFT, bold=is_class); put(ws, r, 2, name if is_class else '  ' + name, LEFT, bold=is_class)
        put(ws, r, 3, round(sum(vals), 2), bold=is_class)
        for k in range(3): put(ws, r, 4 + k, vals[k], bold=is_class)
    for rr in range(5, r + 1):
        for cc in range(3, 7): ws.cell(rr, cc).number_format = '0.00'
    path = os.path.join(DOCS, '江西省婺源县文化广电新闻出版旅游局2025年基本支出经济分类表.xlsx')
    wb.save(path); return path, rows, tot

if __name__ == '__main__':
    p1, tot, fin, oth = build_t1()
    p2 = build_t2()
    p3, rows, t3tot = build_t3()
    print(p1, f2(tot), f2(fin), f2(oth)); print(p2); print(p3)
    for uname, ps in UNITS:
        print(uname, f2(sum(p['total'] for p in ps)), f2(sum(p['fin'] for p in ps)), f2(sum(p['other'] for p in ps)))
        for p in ps: print('   ', p['name'], f2(p['total']), len(p['inds']))
    print('T3 total', t3tot, round(sum(t3tot), 2))
    for code, name, vals, c in rows: print(code, name, vals, round(sum(vals), 2))
