# Builds the three workbooks in ../docs and dumps their data to data.json for question writing.
import json, random, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.join(os.path.dirname(__file__), '..', 'docs')
thin = Side(style='thin')
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal='center', vertical='center', wrap_text=True)
LEFT = Alignment(horizontal='left', vertical='center', wrap_text=True)
data = {}

def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BORDER

# ---------------------------------------------------------------- 1. 汪清县 stacked project blocks
P = [
 dict(name='农村公路养护专项资金', dept='汪清县交通运输局', unit='汪清县农村公路养护中心',
      total=420.00, fiscal=380.00, other=40.00,
      goal='完成全县1260公里农村公路日常养护，实施危桥改造3座，路面病害处治及时，农村公路优良中等路率保持在85%以上，保障群众安全便捷出行。',
      ind=[('产出指标','数量指标','农村公路日常养护里程','≥1260公里'),
           ('产出指标','数量指标','危桥改造数量','3座'),
           ('产出指标','质量指标','优良中等路率','≥85%'),
           ('产出指标','时效指标','路面病害处治时限','≤30天'),
           ('产出指标','成本指标','每公里年均养护成本','≤3000元'),
           ('效益指标','社会效益指标','群众出行条件','明显改善'),
           ('效益指标','可持续影响指标','农村公路长效管护机制','持续健全'),
           ('满意度指标','服务对象满意度指标','服务对象满意度','≥90%')]),
 dict(name='黑木耳产业发展扶持资金', dept='汪清县农业农村局', unit='汪清县食用菌产业发展服务中心',
      total=350.00, fiscal=350.00, other=None,
      goal='扶持黑木耳标准化生产基地建设，新建智能化菌包厂1处，推广棚室挂袋栽培2000万袋，带动脱贫户（监测户）稳定增收，提升“汪清黑木耳”品牌影响力。',
      ind=[('产出指标','数量指标','棚室挂袋栽培推广数量','≥2000万袋'),
           ('产出指标','数量指标','新建智能化菌包厂','1处'),
           ('产出指标','数量指标','技术培训次数','12次'),
           ('产出指标','质量指标','菌包成品率','≥95%'),
           ('产出指标','时效指标','项目建设完成时间','2026年10月底前'),
           ('效益指标','经济效益指标','带动脱贫户（监测户）户均增收','≥1500元'),
           ('效益指标','社会效益指标','带动就业人数','≥300人'),
           ('满意度指标','服务对象满意度指标','服务对象满意度','≥85%')]),
 dict(name='森林草原防灭火专项经费', dept='汪清县林业局', unit='汪清县森林消防大队',
      total=186.50, fiscal=186.50, other=None,
      goal='加强森林草原防灭火队伍和装备建设，开展防火巡护和隐患排查，确保森林火灾受害率控制在0.9‰以内，不发生重特大森林火灾和人员伤亡事故。',
      ind=[('产出指标','数量指标','防火巡护天数','≥180天'),
           ('产出指标','数量指标','应急演练次数','4次'),
           ('产出指标','数量指标','购置扑火机具','60台（套）'),
           ('产出指标','质量指标','森林火灾受害率','≤0.9‰'),
           ('产出指标','时效指标','火情处置到场时间','≤1小时'),
           ('效益指标','社会效益指标','重特大森林火灾发生次数','0次'),
           ('效益指标','生态效益指标','森林覆盖率','稳定在89%以上'),
           ('满意度指标','服务对象满意度指标','林区群众满意度','≥90%')]),
 dict(name='城乡困难群众医疗救助资金', dept='汪清县医疗保障局', unit='汪清县医疗保障服务中心',
      total=265.80, fiscal=210.80, other=55.00,
      goal='对特困人员、低保对象、返贫致贫人口等困难群众参保给予资助，对其政策范围内个人自付医疗费用按规定比例救助，防范因病返贫致贫。',
      ind=[('产出指标','数量指标','资助参保人数','≥6800人'),
           ('产出指标','数量指标','住院救助人次','≥1500人次'),
           ('产出指标','质量指标','特困人员住院救助比例','100%'),
           ('产出指标','时效指标','救助资金结算时限','≤15个工作日'),
           ('产出指标','成本指标','年度救助限额','≤3万元/人'),
           ('效益指标','社会效益指标','困难群众参保率','≥99%'),
           ('效益指标','可持续影响指标','因病返贫致贫风险','有效防范'),
           ('满意度指标','服务对象满意度指标','服务对象满意度','≥95%')]),
 dict(name='义务教育学校校舍维修改造项目', dept='汪清县教育局', unit='汪清县教育后勤服务中心',
      total=512.00, fiscal=512.00, other=None,
      goal='对汪清县第二小学、天桥岭镇中心学校等6所学校实施屋面防水、供暖管网和门窗维修改造，消除校舍安全隐患，改善师生教学生活条件。',
      ind=[('产出指标','数量指标','维修改造学校数量','6所'),
           ('产出指标','数量指标','维修改造面积','≥8600平方米'),
           ('产出指标','质量指标','工程验收合格率','100%'),
           ('产出指标','时效指标','工程完工时间','2026年8月25日前'),
           ('产出指标','成本指标','单位维修成本','≤600元/平方米'),
           ('效益指标','社会效益指标','校舍安全隐患消除率','100%'),
           ('效益指标','可持续影响指标','办学条件','提升'),
           ('满意度指标','服务对象满意度指标','师生满意度','≥90%')]),
 dict(name='老年助餐服务补助资金', dept='汪清县民政局', unit='汪清县社会福利服务中心',
      total=96.00, fiscal=72.00, other=24.00,
      goal='在城区及汪清镇、大兴沟镇建设运营老年助餐点8个，为60周岁以上老年人提供就餐服务，对特困、低保等困难老年人给予助餐补助。',
      ind=[('产出指标','数量指标','运营老年助餐点数量','8个'),
           ('产出指标','数量指标','年服务老年人人次','≥60000人次'),
           ('产出指标','质量指标','食品安全事故发生次数','0次'),
           ('产出指标','时效指标','补助资金拨付时间','每季度结束后15日内'),
           ('产出指标','成本指标','困难老年人助餐补助标准','3元/餐'),
           ('效益指标','社会效益指标','老年人就餐便利度','明显提升'),
           ('满意度指标','服务对象满意度指标','服务对象满意度','≥92%')]),
]
data['wangqing'] = P

wb = Workbook(); ws = wb.active; ws.title = '绩效目标申报表'
for col, w in zip('ABCD', (16, 20, 30, 26)):
    ws.column_dimensions[col].width = w
ws['A1'] = '汪清县2026年县级项目支出绩效目标申报表'
ws['A1'].font = Font(bold=True, size=14); ws['A1'].alignment = CENTER
ws.merge_cells('A1:D1')
ws['A2'] = '填报单位：汪清县财政局（汇总）'
ws['D2'] = '单位：万元'
r = 4
locs = []
for p in P:
    start = r
    def kv(label, val):
        global r
        ws.cell(r, 1, label).alignment = CENTER
        ws.cell(r, 2, val).alignment = LEFT
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    kv('项目名称', p['name'])
    kv('主管部门', p['dept'])
    kv('实施单位', p['unit'])
    ws.cell(r, 1, '项目资金（万元）').alignment = CENTER
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
    for i, (lab, v) in enumerate((('年度资金总额', p['total']), ('其中：财政拨款', p['fiscal']), ('其他资金', p['other']))):
        ws.cell(r + i, 2, lab)
        c = ws.cell(r + i, 3, v)
        if v is not None:
            c.number_format = '0.00'
        ws.merge_cells(start_row=r + i, start_column=3, end_row=r + i, end_column=4)
    money_row = r
    r += 3
    kv('年度总体目标', p['goal'])
    ws.row_dimensions[r - 1].height = 48
    hdr = r
    for c, h in enumerate(('一级指标', '二级指标', '三级指标', '指标值'), 1):
        ws.cell(r, c, h).font = Font(bold=True); ws.cell(r, c).alignment = CENTER
    r += 1
    ind_start = r
    for (l1, l2, l3, v) in p['ind']:
        ws.cell(r, 1, l1); ws.cell(r, 2, l2); ws.cell(r, 3, l3); ws.cell(r, 4, v)
        r += 1
    # merge runs of equal 一级 / 二级 values; keep text only in the first cell
    n = len(p['ind'])
    for col in (1, 2):
        i = 0
        while i < n:
            j = i
            while j + 1 < n and p['ind'][j + 1][:col] == p['ind'][i][:col]:
                j += 1
            if j > i:
                ws.merge_cells(start_row=ind_start + i, start_column=col, end_row=ind_start + j, end_column=col)
            i = j + 1
    box(ws, start, 1, r - 1, 4)
    locs.append(dict(name=p['name'], first_row=start, money_row=money_row, header_row=hdr, ind_rows=(ind_start, r - 1)))
    r += 1  # blank row between blocks
ws.cell(r, 1, '注：指标值中“≥”“≤”为年度目标下限、上限；本表由各主管部门填报，县财政局汇总。')
data['wangqing_locs'] = locs
wb.save(os.path.join(OUT, '吉林汪清县_2026_项目支出绩效目标申报表.xlsx'))

# ---------------------------------------------------------------- 2. 灵石县 monthly revenue
random.seed(26)
items = [
 # name, level, budget, completion ratio (10 months), yoy growth
 ('增值税', 2, 86000, 0.842, -0.046),
 ('企业所得税', 2, 52000, 0.913, 0.068),
 ('个人所得税', 2, 4200, 0.795, 0.031),
 ('资源税', 2, 98000, 0.768, -0.121),
 ('城市维护建设税', 2, 9800, 0.826, -0.038),
 ('房产税', 2, 3600, 0.874, 0.022),
 ('印花税', 2, 2900, 0.901, 0.107),
 ('城镇土地使用税', 2, 4100, 0.853, 0.015),
 ('土地增值税', 2, 1500, 0.412, -0.385),
 ('车船税', 2, 1300, 0.889, 0.044),
 ('耕地占用税', 2, 2200, 1.136, 0.562),
 ('契税', 2, 2600, 0.667, -0.173),
 ('环境保护税', 2, 3100, 0.808, -0.027),
 ('专项收入', 2, 18500, 0.781, -0.064),
 ('行政事业性收费收入', 2, 3200, 0.842, 0.019),
 ('罚没收入', 2, 4600, 1.087, 0.236),
 ('国有资源（资产）有偿使用收入', 2, 21000, 0.935, 0.318),
 ('政府住房基金收入', 2, 600, 0.715, -0.082),
 ('其他收入', 2, 1800, 0.624, -0.205),
]
rows = {}
for name, lvl, bud, ratio, g in items:
    cum = round(bud * ratio)
    w = [random.uniform(0.6, 1.4) for _ in range(10)]
    if name in ('耕地占用税', '土地增值税'):
        w = [0 if random.random() < 0.4 else x * 1.8 for x in w]
        if sum(w) == 0: w[5] = 1
    s = sum(w)
    m = [int(round(cum * x / s)) for x in w]
    m[9] += cum - sum(m)
    if name == '增值税':  # 留抵退税 month
        w[3] = 0; s = sum(w)
        m = [int(round((cum + 1850) * x / s)) for x in w]
        m[3] = -1850; m[9] += cum - sum(m)
    prev = round(cum / (1 + g))
    rows[name] = dict(months=m, cum=cum, budget=bud, prev=prev)
tax = ['增值税','企业所得税','个人所得税','资源税','城市维护建设税','房产税','印花税','城镇土地使用税','土地增值税','车船税','耕地占用税','契税','环境保护税']
nontax = ['专项收入','行政事业性收费收入','罚没收入','国有资源（资产）有偿使用收入','政府住房基金收入','其他收入']
def agg(names):
    return dict(months=[sum(rows[n]['months'][i] for n in names) for i in range(10)],
                cum=sum(rows[n]['cum'] for n in names), budget=sum(rows[n]['budget'] for n in names),
                prev=sum(rows[n]['prev'] for n in names))
rows['税收收入'] = agg(tax); rows['非税收入'] = agg(nontax); rows['合计'] = agg(tax + nontax)
for k, v in rows.items():
    assert sum(v['months']) == v['cum'], k
    v['pct'] = round(v['cum'] / v['budget'] * 100, 1)
    v['yoy'] = round((v['cum'] - v['prev']) / v['prev'] * 100, 1)
notes = {'增值税': '4月含留抵退税', '土地增值税': '清算项目减少', '耕地占用税': '新增建设用地项目集中缴纳',
         '国有资源（资产）有偿使用收入': '含采矿权出让收益分期缴款', '罚没收入': ''}
order = [('一般公共预算收入合计', '合计'), ('一、税收收入', '税收收入')] + [(('    其中：' if i == 0 else '          ') + n, n) for i, n in enumerate(tax)] \
        + [('二、非税收入', '非税收入')] + [(('    其中：' if i == 0 else '          ') + n, n) for i, n in enumerate(nontax)]
data['lingshi'] = dict(order=[o[1] for o in order], rows=rows)

wb = Workbook(); ws = wb.active; ws.title = '1-10月'
ws['A1'] = '灵石县2025年一般公共预算收入分月完成情况表'
ws['A1'].font = Font(bold=True, size=14); ws['A1'].alignment = CENTER
ws.merge_cells('A1:S1')
ws['A2'] = '编制单位：灵石县财政局　　截至2025年10月31日'
ws['R2'] = '单位：万元'
ws.merge_cells('R2:S2')
# two-level header rows 3-4
ws['A3'] = '收入项目'; ws.merge_cells('A3:A4')
ws['B3'] = '2025年分月完成数'; ws.merge_cells('B3:M3')
for i in range(12):
    ws.cell(4, 2 + i, f'{i+1}月')
heads = ['1-10月累计', '年初预算', '完成预算%', '上年同期', '同比增减%', '备注']
for j, h in enumerate(heads):
    c = 14 + j
    ws.cell(3, c, h); ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
for rr in (3, 4):
    for c in range(1, 20):
        ws.cell(rr, c).alignment = CENTER; ws.cell(rr, c).font = Font(bold=True)
r = 5
lrows = {}
for label, key in order:
    v = rows[key]
    ws.cell(r, 1, label)
    for i in range(10):
        x = v['months'][i]
        if x != 0:
            ws.cell(r, 2 + i, x)
    # 11月 12月 left blank
    ws.cell(r, 14, v['cum']); ws.cell(r, 15, v['budget'])
    ws.cell(r, 16, v['pct']).number_format = '0.0'
    ws.cell(r, 17, v['prev'])
    ws.cell(r, 18, v['yoy']).number_format = '0.0'
    if notes.get(key):
        ws.cell(r, 19, notes[key])
    if key in ('合计', '税收收入', '非税收入'):
        for c in range(1, 20): ws.cell(r, c).font = Font(bold=True)
    lrows[key] = r
    r += 1
box(ws, 3, 1, r - 1, 19)
ws.column_dimensions['A'].width = 34
ws.column_dimensions['S'].width = 26
ws.cell(r + 1, 1, '注：1.本表数据来源于国库收入月报，11月、12月数据待月度结账后填列；2.“上年同期”为2024年1-10月完成数，同比按可比口径计算；3.空白表示当月无入库。')
data['lingshi_rows'] = lrows
wb.save(os.path.join(OUT, '山西灵石县_2025_一般公共预算收入分月完成表.xlsx'))

# ---------------------------------------------------------------- 3. 腾冲市 国有资本经营预算
ents = [
 # name, prev, profit, dividend, transfer, liquidation, note
 ('腾冲市城市建设投资集团有限公司', 612.40, 680.00, None, None, None, ''),
 ('腾冲市文化旅游产业投资有限公司', 435.25, 520.00, None, 300.00, None, '转让所持腾冲某酒店管理公司30%股权'),
 ('腾冲市水务产业投资有限公司', 186.30, 210.00, None, None, None, ''),
 ('腾冲市交通建设投资有限公司', 98.60, 85.00, None, None, None, ''),
 ('腾冲市农业产业发展投资有限公司', 52.10, 60.00, None, None, None, ''),
 ('腾冲市国有资本投资运营有限公司', 268.00, 150.00, 185.50, None, None, '含参股企业分红'),
 ('腾冲市粮食购销有限公司', 18.40, 22.00, None, None, None, '公益类企业'),
 ('腾冲市公共交通有限责任公司', None, 8.50, None, None, None, '上年亏损未上缴'),
 ('腾冲市翡翠文化产业园开发有限公司', 75.00, 96.00, None, None, None, ''),
 ('腾冲市物资贸易有限公司', None, None, None, None, 46.80, '已完成清算注销，上缴清算净收益'),
 ('腾冲市火山地热旅游开发有限公司', 142.80, 128.00, 12.00, None, None, ''),
 ('腾冲市建筑设计院有限公司', 12.50, 15.20, None, None, None, ''),
]
E = []
for n, prev, a, b, c, d, note in ents:
    tot = round(sum(x for x in (a, b, c, d) if x), 2)
    E.append(dict(name=n, prev=prev, profit=a, dividend=b, transfer=c, liquidation=d, total=tot, note=note))
def s(key):
    return round(sum(e[key] or 0 for e in E), 2)
inc_total = dict(prev=s('prev'), profit=s('profit'), dividend=s('dividend'), transfer=s('transfer'), liquidation=s('liquidation'), total=s('total'))
exp = [
 ('一、解决历史遗留问题及改革成本支出', 310.00, 420.00, ''),
 ('    其中：国有企业退休人员社会化管理补助支出', 150.00, 180.00, ''),
 ('          国有企业改革成本支出', 110.00, 160.00, '市属企业职工安置'),
 ('          其他解决历史遗留问题及改革成本支出', 50.00, 80.00, ''),
 ('二、国有企业资本金注入', 900.00, 1150.00, ''),
 ('    其中：国有经济结构调整支出', 300.00, 400.00, ''),
 ('          公益性设施投资支出', 450.00, 550.00, '城乡供水一体化项目资本金'),
 ('          支持科技进步支出', 60.00, None, '本年未安排'),
 ('          其他国有企业资本金注入', 90.00, 200.00, ''),
 ('三、国有企业政策性补贴', 95.00, 130.00, '市公交公司新能源公交运营补贴'),
 ('四、其他国有资本经营预算支出', 25.95, 63.30, ''),
 ('五、调出资金', 570.40, 755.70, '调入一般公共预算'),
]
top = [x for x in exp if x[0][0] in '一二三四五']
exp_total = (round(sum(x[1] or 0 for x in top), 2), round(sum(x[2] or 0 for x in top), 2))
assert exp_total == (inc_total['prev'], inc_total['total']), (exp_total, inc_total)
data['tengchong'] = dict(ents=E, inc_total=inc_total, exp=exp, exp_total=exp_total)

wb = Workbook(); ws = wb.active; ws.title = '国资预算收支'
ws['A1'] = '腾冲市2026年市本级国有资本经营预算收支表'
ws['A1'].font = Font(bold=True, size=14); ws['A1'].alignment = CENTER
ws.merge_cells('A1:I1')
ws['I2'] = '单位：万元'
ws['A3'] = '一、国有资本经营预算收入（分企业）'; ws['A3'].font = Font(bold=True)
ws.merge_cells('A3:I3')
ws['A4'] = '序号'; ws.merge_cells('A4:A5')
ws['B4'] = '企业名称'; ws.merge_cells('B4:B5')
ws['C4'] = '上年执行数'; ws.merge_cells('C4:C5')
ws['D4'] = '本年预算数'; ws.merge_cells('D4:H4')
for j, h in enumerate(('利润收入', '股利股息收入', '产权转让收入', '清算收入', '合计')):
    ws.cell(5, 4 + j, h)
ws['I4'] = '备注'; ws.merge_cells('I4:I5')
for rr in (4, 5):
    for c in range(1, 10):
        ws.cell(rr, c).alignment = CENTER; ws.cell(rr, c).font = Font(bold=True)
r = 6
ws.cell(r, 2, '收入合计').font = Font(bold=True)
for c, k in zip(range(3, 9), ('prev', 'profit', 'dividend', 'transfer', 'liquidation', 'total')):
    ws.cell(r, c, inc_total[k]).number_format = '#,##0.00'
trow = {'收入合计': r}
r += 1
for i, e in enumerate(E, 1):
    ws.cell(r, 1, i); ws.cell(r, 2, e['name'])
    for c, k in zip(range(3, 9), ('prev', 'profit', 'dividend', 'transfer', 'liquidation', 'total')):
        if e[k] is not None:
            ws.cell(r, c, e[k]).number_format = '#,##0.00'
    ws.cell(r, 9, e['note'] or None)
    trow[e['name']] = r
    r += 1
box(ws, 4, 1, r - 1, 9)
r += 1
ws.cell(r, 1, '二、国有资本经营预算支出（分用途）').font = Font(bold=True)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
r += 1
h0 = r
for c, h in zip((1, 3, 4, 5, 6, 7), ('支出项目', '上年执行数', '本年预算数', '比上年增减额', '比上年增减%', '备注')):
    ws.cell(r, c, h).font = Font(bold=True); ws.cell(r, c).alignment = CENTER
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=9)
r += 1
def exp_row(label, prev, cur, note, bold=False):
    global r
    ws.cell(r, 1, label)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    if prev is not None: ws.cell(r, 3, prev).number_format = '#,##0.00'
    if cur is not None: ws.cell(r, 4, cur).number_format = '#,##0.00'
    d = round((cur or 0) - (prev or 0), 2)
    ws.cell(r, 5, d).number_format = '#,##0.00'
    if prev:
        ws.cell(r, 6, round(d / prev * 100, 1)).number_format = '0.0'
    ws.cell(r, 7, note or None)
    ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=9)
    if bold:
        ws.cell(r, 1).font = Font(bold=True)
    trow[label.strip()] = r
    r += 1
exp_row('支出合计', exp_total[0], exp_total[1], '', True)
for lab, pv, cu, nt in exp:
    exp_row(lab, pv, cu, nt, lab[0] in '一二三四五')
box(ws, h0, 1, r - 1, 9)
ws.cell(r, 1, '注：1.国有企业利润收入按企业上年度经审计净利润的一定比例收取，商业类企业20%、公益类企业10%；2.调出资金按本年收入预算的30%调入一般公共预算；3.本年无上年结转收入。')
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
ws.column_dimensions['B'].width = 38
for col in 'CDEFGH':
    ws.column_dimensions[col].width = 13
ws.column_dimensions['I'].width = 30
data['tengchong_rows'] = trow
wb.save(os.path.join(OUT, '云南腾冲市_2026_国有资本经营预算收支表.xlsx'))

json.dump(data, open(os.path.join(os.path.dirname(__file__), 'data.json'), 'w'), ensure_ascii=False, indent=1)
print('ok')
