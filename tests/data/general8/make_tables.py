# -*- coding: utf-8 -*-
"""Create three fictional general tables for blind set 8."""
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'general')
os.makedirs(OUT, exist_ok=True)
thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal='center', vertical='center', wrap_text=True)

# ---------------- table 1: 部门收支预算总表 (收入 | 支出 side by side, two years) ----------------
def t1():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '收支总表'
    ws.merge_cells('A1:F1'); ws['A1'] = '青垣县农业农村局2025年部门收支预算总表'
    ws['A1'].font = Font(bold=True, size=14); ws['A1'].alignment = C
    ws['A2'] = '编制单位：青垣县农业农村局（汇总）'; ws['F2'] = '单位：万元'
    ws.merge_cells('A3:C3'); ws['A3'] = '收    入'
    ws.merge_cells('D3:F3'); ws['D3'] = '支    出'
    for i, h in enumerate(['项目', '2025年预算数', '2024年预算数', '项目（按功能分类）', '2025年预算数', '2024年预算数']):
        ws.cell(4, i + 1, h)
    inc = [
        ('一、一般公共预算拨款收入', 3286.40, 3012.75),
        ('二、政府性基金预算拨款收入', 450.00, 600.00),
        ('三、国有资本经营预算拨款收入', None, None),
        ('四、财政专户管理资金收入', None, None),
        ('五、事业收入', 128.60, 135.20),
        ('六、上级补助收入', 820.00, 760.00),
        ('七、附属单位上缴收入', None, None),
        ('八、其他收入', 35.00, 42.05),
    ]
    exp = [
        ('一、一般公共服务支出', None, None),
        ('二、公共安全支出', None, None),
        ('三、教育支出', None, None),
        ('四、科学技术支出', None, None),
        ('五、社会保障和就业支出', 312.40, 298.60),
        ('六、卫生健康支出', 96.80, 92.10),
        ('七、节能环保支出', None, None),
        ('八、城乡社区支出', 450.00, 600.00),
        ('九、农林水支出', 3822.60, 3470.20),
        ('十、交通运输支出', None, None),
        ('十一、住房保障支出', 218.20, 184.10),
        ('十二、灾害防治及应急管理支出', None, None),
    ]
    r = 5
    n = max(len(inc), len(exp))
    for i in range(n):
        if i < len(inc):
            ws.cell(r + i, 1, inc[i][0]); ws.cell(r + i, 2, inc[i][1]); ws.cell(r + i, 3, inc[i][2])
        if i < len(exp):
            ws.cell(r + i, 4, exp[i][0]); ws.cell(r + i, 5, exp[i][1]); ws.cell(r + i, 6, exp[i][2])
    r += n
    ti = [round(sum(x[k] or 0 for x in inc), 2) for k in (1, 2)]
    te = [round(sum(x[k] or 0 for x in exp), 2) for k in (1, 2)]
    carry = (180.00, 95.00)
    assert round(ti[0] + carry[0], 2) == te[0] and round(ti[1] + carry[1], 2) == te[1], (ti, te)
    rows = [
        ('本年收入合计', ti[0], ti[1], '本年支出合计', te[0], te[1]),
        ('上年结转结余', carry[0], carry[1], '年末结转结余', None, None),
        ('收入总计', round(ti[0] + carry[0], 2), round(ti[1] + carry[1], 2), '支出总计', te[0], te[1]),
    ]
    for row in rows:
        for j, v in enumerate(row):
            ws.cell(r, j + 1, v)
        r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, '注：1.本表为部门汇总数，含局本级及所属县农业技术推广中心、县动物疫病预防控制中心、县农村经营管理站3个事业单位。'
                  '2.政府性基金预算拨款收入全部为国有土地使用权出让收入安排的农业农村支出，列城乡社区支出。3.空白单元格表示无此项收支。')
    for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=6):
        for c in row:
            c.border = B
            if isinstance(c.value, float): c.number_format = '#,##0.00'
    for i, w in enumerate([30, 14, 14, 30, 14, 14]):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    wb.save(os.path.join(OUT, 'general8_1_shouzhi_yusuan_zongbiao.xlsx'))
    print('T1 income totals', ti, 'expense', te)

# ---------------- table 2: 基本支出预算表 by 经济分类, 元, 3-row header, text numbers ----------------
def t2():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Sheet1'
    ws.merge_cells('A1:F1'); ws['A1'] = '鹭湾区市场监督管理局2025年一般公共预算基本支出预算表'
    ws['A1'].font = Font(bold=True, size=14); ws['A1'].alignment = C
    ws['A2'] = '表三'; ws['F2'] = '金额单位：元'
    ws.merge_cells('A3:B4'); ws['A3'] = '经济分类科目'
    ws.merge_cells('C3:E3'); ws['C3'] = '2025年预算数'
    ws.merge_cells('F3:F5'); ws['F3'] = '2024年预算数'
    ws.merge_cells('C4:C5'); ws['C4'] = '合计'
    ws.merge_cells('D4:E4'); ws['D4'] = '其中'
    ws['A5'] = '科目编码'; ws['B5'] = '科目名称'; ws['D5'] = '人员经费'; ws['E5'] = '公用经费'
    # (code, name, kind P/G, 2025, 2024)
    items = [
        ('301', '工资福利支出', None),
        ('30101', '基本工资', 'P', 2863200, 2791500),
        ('30102', '津贴补贴', 'P', 4215600, 4102800),
        ('30103', '奖金', 'P', 356800, 350000),
        ('30107', '绩效工资', 'P', 612000, 598000),
        ('30108', '机关事业单位基本养老保险缴费', 'P', 1046300, 1012400),
        ('30109', '职业年金缴费', 'P', 523150, 506200),
        ('30110', '职工基本医疗保险缴费', 'P', 588400, 571000),
        ('30112', '其他社会保障缴费', 'P', 42600, 40800),
        ('30113', '住房公积金', 'P', 985700, 962300),
        ('30199', '其他工资福利支出', 'P', 0, 18000),
        ('302', '商品和服务支出', None),
        ('30201', '办公费', 'G', 286000, 302000),
        ('30205', '水费', 'G', 38500, 36000),
        ('30206', '电费', 'G', 124000, 118000),
        ('30207', '邮电费', 'G', 96000, 96000),
        ('30211', '差旅费', 'G', 210000, 235000),
        ('30213', '维修（护）费', 'G', 85000, 92000),
        ('30215', '会议费', 'G', 30000, 40000),
        ('30216', '培训费', 'G', 120000, 110000),
        ('30217', '公务接待费', 'G', 25000, 28000),
        ('30228', '工会经费', 'G', 168400, 163900),
        ('30229', '福利费', 'G', 0, 0),
        ('30231', '公务用车运行维护费', 'G', 156000, 168000),
        ('30239', '其他交通费用', 'G', 672000, 655200),
        ('30299', '其他商品和服务支出', 'G', 48100, 51600),
        ('303', '对个人和家庭的补助', None),
        ('30302', '退休费', 'P', 0, 0),
        ('30305', '生活补助', 'P', 36000, 36000),
        ('30309', '奖励金', 'P', 12000, 10000),
        ('310', '资本性支出', None),
        ('31002', '办公设备购置', 'G', 95000, 60000),
    ]
    text_codes = {'30108', '30113', '30239', '31002'}   # stored as text with thousands separators
    # compute class totals
    groups = {}
    for it in items:
        if it[2] is None: continue
        g = it[0][:3]
        a = groups.setdefault(g, [0, 0, 0, 0])
        a[0] += it[3]; a[1] += it[3] if it[2] == 'P' else 0; a[2] += it[3] if it[2] == 'G' else 0; a[3] += it[4]
    tot = [sum(a[k] for a in groups.values()) for k in range(4)]
    r = 6
    ws.cell(r, 1, '合计'); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for k in range(4): ws.cell(r, 3 + k, tot[k])
    r += 1
    def put(v, as_text=False):
        if not v: return None
        return f'{v:,}' if as_text else v
    for it in items:
        ws.cell(r, 1, it[0]); ws.cell(r, 2, it[1] if it[2] else it[1])
        if it[2] is None:
            a = groups[it[0]]
            ws.cell(r, 3, put(a[0])); ws.cell(r, 4, put(a[1])); ws.cell(r, 5, put(a[2])); ws.cell(r, 6, put(a[3]))
            for c in range(1, 7): ws.cell(r, c).font = Font(bold=True)
        else:
            t = it[0] in text_codes
            ws.cell(r, 3, put(it[3], t))
            ws.cell(r, 4 if it[2] == 'P' else 5, put(it[3], t))
            ws.cell(r, 6, put(it[4], t))
        r += 1
    for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=6):
        for c in row:
            c.border = B
            if isinstance(c.value, int): c.number_format = '#,##0'
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, '说明：1.人员经费包括工资福利支出和对个人和家庭的补助；公用经费包括商品和服务支出和资本性支出。'
                  '2.30239其他交通费用为公务交通补贴。3.空白表示该科目本年未安排预算。4.本表不含项目支出。')
    for i, w in enumerate([12, 30, 16, 16, 16, 16]):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    wb.save(os.path.join(OUT, 'general8_2_jiben_zhichu_jingji_fenlei.xlsx'))
    print('T2 groups', groups, 'total', tot)

# ---------------- table 3: 项目支出预算明细表 + 三年滚动规划 (two sheets) ----------------
def t3():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '项目支出明细'
    ws.merge_cells('A1:K1'); ws['A1'] = '松岭市卫生健康委员会2025年项目支出预算明细表'
    ws['A1'].font = Font(bold=True, size=14); ws['A1'].alignment = C
    ws['K2'] = '单位：万元'
    ws.merge_cells('A3:A4'); ws['A3'] = '序号'
    ws.merge_cells('B3:B4'); ws['B3'] = '项目名称'
    ws.merge_cells('C3:C4'); ws['C3'] = '项目类别'
    ws.merge_cells('D3:D4'); ws['D3'] = '实施单位'
    ws.merge_cells('E3:E4'); ws['E3'] = '合计'
    ws.merge_cells('F3:I3'); ws['F3'] = '资金来源'
    ws['F4'] = '一般公共预算'; ws['G4'] = '政府性基金预算'; ws['H4'] = '上级转移支付'; ws['I4'] = '其他资金'
    ws.merge_cells('J3:J4'); ws['J3'] = '年度绩效目标'
    ws.merge_cells('K3:K4'); ws['K3'] = '主要绩效指标'
    P = [
        ('基本公共卫生服务补助资金', '经常性项目', '市疾病预防控制中心', 1480.00, None, 1200.00, None,
         '落实国家基本公共卫生服务项目，提高居民健康水平。', '人均基本公共卫生服务经费补助标准≥94元；65岁及以上老年人健康管理率≥62%；居民电子健康档案建档率≥90%'),
        ('家庭医生签约服务经费', '经常性项目', '市卫健委本级', 360.00, None, None, None,
         '推进家庭医生签约服务，扩大重点人群覆盖。', '重点人群签约覆盖率≥75%；签约居民满意度≥90%'),
        ('公立医院综合改革补助', '经常性项目', '市人民医院', 900.00, None, 600.00, None,
         '巩固公立医院综合改革成果，控制医疗费用不合理增长。', '门诊次均费用增幅≤3%；药占比≤28%；患者满意度≥90%'),
        ('计划生育特殊家庭扶助（彩票公益金）', '经常性项目', '市卫健委本级', None, 96.00, None, None,
         '按标准发放计划生育特殊家庭扶助金。', '扶助金按时足额发放率100%；扶助对象400人'),
        ('院前急救车辆购置', '一次性项目', '市急救中心', 300.00, None, None, 120.00,
         '购置负压救护车，提升院前急救能力。', '购置负压救护车6辆；急救平均反应时间≤12分钟'),
        ('卫生健康监督执法经费', '经常性项目', '市卫生健康监督所', 85.50, None, None, None,
         '开展公共场所、医疗机构等卫生监督执法。', '双随机抽检任务完成率100%；监督检查单位≥1200户'),
        ('免费婚前医学检查及孕前优生健康检查', '经常性项目', '市妇幼保健院', 98.00, None, 40.00, None,
         '为符合条件的城乡居民提供免费婚检和孕前优生健康检查。', '目标人群孕前优生健康检查覆盖率≥80%；婚检率≥65%'),
        ('卫生人才培养及引进专项', '经常性项目', '市卫健委本级', 250.00, None, None, None,
         '引进和培养急需紧缺卫生人才。', '引进高层次卫生人才≥10名；培训基层医务人员≥500人次'),
        ('智慧医疗信息平台运维', '经常性项目', '市卫生健康信息中心', 176.30, None, None, None,
         '保障全民健康信息平台稳定运行。', '系统全年可用率≥99.5%；二级以上医院接入率100%'),
    ]
    r = 5
    tot = [0.0] * 5
    body = []
    for i, p in enumerate(P, 1):
        srcs = p[3:7]
        total = round(sum(x or 0 for x in srcs), 2)
        body.append((i, p[0], p[1], p[2], total) + tuple(srcs) + (p[7], p[8]))
        tot[0] += total
        for k in range(4): tot[k + 1] += srcs[k] or 0
    tot = [round(x, 2) for x in tot]
    ws.cell(r, 1, '合计'); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    for k in range(5): ws.cell(r, 5 + k, tot[k] if tot[k] else None)
    r += 1
    for b in body:
        for j, v in enumerate(b): ws.cell(r, j + 1, v)
        r += 1
    for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=11):
        for c in row:
            c.border = B
            if isinstance(c.value, float): c.number_format = '0.00'
    ws.cell(r, 1, '注：其他资金为市急救中心事业收入。上级转移支付含中央和省级补助资金。')
    for i, w in enumerate([6, 34, 12, 20, 10, 12, 12, 12, 10, 40, 50]):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    # ---- sheet 2: three-year rolling plan
    w2 = wb.create_sheet('三年滚动规划')
    w2.merge_cells('A1:G1'); w2['A1'] = '项目支出三年滚动规划表（2025—2027年）'
    w2['A1'].font = Font(bold=True, size=14); w2['A1'].alignment = C
    w2['G2'] = '单位：万元'
    hdr = ['序号', '项目名称', '2025年', '2026年', '2027年', '三年合计', '备注']
    for j, h in enumerate(hdr): w2.cell(3, j + 1, h)
    plan = [
        ('基本公共卫生服务补助资金', 2680.00, 2750.00, 2820.00, ''),
        ('家庭医生签约服务经费', 360.00, 380.00, 400.00, ''),
        ('公立医院综合改革补助', 1500.00, 1500.00, 1500.00, ''),
        ('计划生育特殊家庭扶助（彩票公益金）', 96.00, 96.00, 96.00, ''),
        ('院前急救车辆购置', 420.00, None, None, '一次性项目，2025年实施完毕'),
        ('卫生健康监督执法经费', 85.50, 88.00, 90.00, ''),
        ('免费婚前医学检查及孕前优生健康检查', 138.00, 145.00, 150.00, ''),
        ('卫生人才培养及引进专项', 250.00, 300.00, 300.00, ''),
        ('智慧医疗信息平台运维', 176.30, 185.00, 190.00, ''),
        ('区域医疗中心建设前期工作经费', None, 500.00, 800.00, '2026年新增项目'),
    ]
    # cross-check 2025 against sheet 1
    for p, b in zip(plan, body):
        assert p[0] == b[1] and abs(p[1] - b[4]) < 1e-9, (p, b)
    yt = [round(sum(p[k] or 0 for p in plan), 2) for k in (1, 2, 3)]
    w2.cell(4, 1, '合计'); w2.merge_cells('A4:B4')
    w2.cell(4, 3, yt[0]); w2.cell(4, 4, yt[1]); w2.cell(4, 5, yt[2]); w2.cell(4, 6, round(sum(yt), 2))
    text_rows = {2, 6}   # 2026/2027 stored as text for these rows
    for i, p in enumerate(plan, 1):
        rr = 4 + i
        w2.cell(rr, 1, i); w2.cell(rr, 2, p[0])
        for k in range(3):
            v = p[k + 1]
            if v is None: w2.cell(rr, 3 + k, '—')
            elif i in text_rows and k > 0: w2.cell(rr, 3 + k, f'{v:.2f}')
            else: w2.cell(rr, 3 + k, v)
        w2.cell(rr, 6, round(sum(x or 0 for x in p[1:4]), 2)); w2.cell(rr, 7, p[4] or None)
    for row in w2.iter_rows(min_row=3, max_row=4 + len(plan), max_col=7):
        for c in row:
            c.border = B
            if isinstance(c.value, float): c.number_format = '#,##0.00'
    w2.cell(5 + len(plan), 1, '注：2026、2027年为规划数，以当年批复预算为准。')
    for i, w in enumerate([6, 34, 12, 12, 12, 12, 28]):
        w2.column_dimensions[get_column_letter(i + 1)].width = w
    wb.save(os.path.join(OUT, 'general8_3_xiangmu_zhichu_mingxi.xlsx'))
    print('T3 totals', tot, 'plan year totals', yt, sum(yt))
    for p in plan: print('  ', p[0], round(sum(x or 0 for x in p[1:4]), 2))

t1(); t2(); t3()
