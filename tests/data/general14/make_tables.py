# -*- coding: utf-8 -*-
"""Create three fictional general tables for blind set 14 (all places/departments invented)."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'general')
os.makedirs(OUT, exist_ok=True)
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal='center', vertical='center', wrap_text=True)


def box(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX


# ---------------------------------------------------------------- table 1
# 政府采购预算表, amounts in 元, department only in title row, some numbers stored as text,
# blank for zero, 小计 per 采购类别, 合计, footnotes.
def table1():
    wb = Workbook()
    ws = wb.active
    ws.title = '采购预算'
    ws['A1'] = '澄溪县教育局2025年部门政府采购预算表'
    ws.merge_cells('A1:L1')
    ws['A1'].font = Font(bold=True, size=14)
    ws['A1'].alignment = C
    ws['A2'] = '编制单位：澄溪县教育局（含所属学校）'
    ws.merge_cells('A2:F2')
    ws['J2'] = '单位：元'
    ws.merge_cells('J2:L2')
    hdr = ['序号', '采购项目名称', '采购品目', '采购方式', '数量', '计量单位', '单价',
           '预算金额', '其中：财政拨款', '其中：其他资金', '预计采购时间', '备注']
    for i, h in enumerate(hdr, 1):
        ws.cell(3, i, h).alignment = C
    rows = [
        ('一、货物类', None),
        ((1, '教室多媒体触控一体机更新', '触控一体机', '公开招标', 86, '台', 18500, 1591000, 1591000, None, '2025年5月', '更新城区小学老旧设备'), 'num'),
        ((2, '学生课桌椅采购', '课桌椅', '公开招标', 1200, '套', 450, 540000, 540000, None, '2025年6月', ''), 'text'),
        ((3, '学生机房台式计算机', '台式计算机', '框架协议采购', 150, '台', 4800, 720000, 600000, 120000, '2025年7月', '其他资金为学校事业收入'), 'num'),
        ((4, '中学理化生实验室仪器设备', '教学仪器', '竞争性磋商', 1, '批', None, 386500, 386500, None, '2025年8月', ''), 'num'),
        ((5, '中小学图书馆图书补充', '图书', '询价', 18000, '册', 25, 450000, None, 450000, '2025年4月', '其他资金为学校事业收入'), 'text'),
        ((6, '学校食堂厨具设备', '厨房设备', '竞争性谈判', 1, '批', None, 268000, 268000, None, '2025年9月', '澄溪县第三中学、桥头镇中心小学'), 'num'),
        ('小计', 'sub'),
        ('二、服务类', None),
        ((7, '校园安保服务', '安全服务', '公开招标', 24, '所', 78000, 1872000, 1872000, None, '2025年1月', '服务期一年'), 'text'),
        ((8, '农村学校校车运营服务', '客运服务', '竞争性磋商', 12, '辆', 80000, 960000, 960000, None, '2025年2月', ''), 'num'),
        ((9, '全县中小学教师全员培训服务', '培训服务', '单一来源', 1, '项', None, 180000, 180000, None, '2025年3月', '省级教师发展中心承接'), 'num'),
        ((10, '局机关物业管理服务', '物业管理服务', '竞争性磋商', 1, '项', None, 156000, 156000, None, '2025年1月', ''), 'num'),
        ('小计', 'sub'),
        ('三、工程类', None),
        ((11, '澄溪县第二中学运动场改造', '体育场地改造工程', '公开招标', 1, '项', None, 2350000, 2000000, 350000, '2025年6月', '暑期施工'), 'num'),
        ((12, '城关小学教学楼维修', '房屋修缮工程', '竞争性磋商', 1, '项', None, 680000, 680000, None, '2025年7月', ''), 'text'),
        ('小计', 'sub'),
    ]
    r = 4
    grp_start = None
    totals = [0, 0, 0]
    for item, kind in rows:
        if kind is None:
            ws.cell(r, 1, item)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
            grp_start = r + 1
            sub = [0, 0, 0]
        elif kind == 'sub':
            ws.cell(r, 2, '小计')
            for j, v in enumerate(sub):
                if v:
                    ws.cell(r, 8 + j, v).number_format = '#,##0'
                totals[j] += v
        else:
            for j, v in enumerate(item, 1):
                if v is None or v == '':
                    continue
                if kind == 'text' and j in (5, 7, 8, 9, 10):
                    ws.cell(r, j, f'{v:,}')  # number stored as text
                else:
                    cell = ws.cell(r, j, v)
                    if j in (7, 8, 9, 10):
                        cell.number_format = '#,##0'
            for j in range(3):
                sub[j] += item[7 + j] or 0
        r += 1
    ws.cell(r, 1, '合计')
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for j, v in enumerate(totals):
        ws.cell(r, 8 + j, v).number_format = '#,##0'
    assert totals == [10153500, 9233500, 920000], totals
    box(ws, 3, r, 1, 12)
    r += 1
    ws.cell(r, 1, '注：1.本表按《澄溪县2025年政府集中采购目录及限额标准》编制，限额以下零星采购未列入；'
                  '2.其他资金为学校事业收入；3.空白表示无此项资金。')
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
    for i, w in enumerate([6, 26, 16, 14, 8, 8, 10, 14, 14, 14, 14, 28], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, 'general14_1_采购预算表.xlsx'))


# ---------------------------------------------------------------- table 2
# 三公经费 three-year comparison for several departments, 万元, merged department groups,
# blank cells for zero, 增减额 / 增减率, remarks.
def table2():
    wb = Workbook()
    ws = wb.active
    ws.title = '三公经费'
    ws['A1'] = '柏山区部分部门2023—2025年“三公”经费预算情况表'
    ws.merge_cells('A1:H1')
    ws['A1'].font = Font(bold=True, size=14)
    ws['A1'].alignment = C
    ws['H2'] = '单位：万元'
    hdr = ['单位名称', '项目', '2023年决算数', '2024年预算数', '2025年预算数',
           '2025年比2024年增减额', '增减率', '备注']
    for i, h in enumerate(hdr, 1):
        ws.cell(3, i, h).alignment = C
    items = ['合计', '因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费']
    depts = [
        ('柏山区卫生健康局', {
            '公务用车购置费': (0, 28.00, 0, '2024年更新应急保障用车1辆，2025年无购置计划'),
            '公务用车运行维护费': (16.42, 15.80, 14.60, ''),
            '公务接待费': (3.15, 3.50, 3.20, '')}),
        ('柏山区人力资源和社会保障局', {
            '公务用车运行维护费': (6.84, 7.20, 6.90, ''),
            '公务接待费': (1.26, 1.50, 1.20, '')}),
        ('柏山区市场监督管理局', {
            '因公出国（境）费': (0, 4.50, 5.20, '赴港澳开展食品安全监管交流1批次'),
            '公务用车购置费': (22.60, 0, 24.00, '2025年更新执法执勤用车2辆'),
            '公务用车运行维护费': (21.35, 22.00, 21.00, ''),
            '公务接待费': (2.08, 2.40, 2.20, '')}),
        ('柏山区农业农村局', {
            '公务用车运行维护费': (12.96, 13.50, 13.50, ''),
            '公务接待费': (2.74, 3.00, 2.60, '')}),
    ]
    grand = {k: [0.0, 0.0, 0.0] for k in items}
    r = 4

    def write_block(name, data):
        nonlocal r
        start = r
        ws.cell(r, 1, name)
        tot = [round(sum(data.get(k, (0, 0, 0, ''))[i] for k in items[1:]), 2) for i in range(3)]
        for k in items:
            if k == '合计':
                vals = tot + ['']
            else:
                vals = list(data.get(k, (0, 0, 0, '')))
            ws.cell(r, 2, k)
            for i in range(3):
                if vals[i]:
                    ws.cell(r, 3 + i, vals[i]).number_format = '0.00'
            diff = round(vals[2] - vals[1], 2)
            if vals[1] or vals[2]:
                ws.cell(r, 6, diff).number_format = '0.00'
                if vals[1]:
                    ws.cell(r, 7, round(diff / vals[1], 4)).number_format = '0.00%'
                else:
                    ws.cell(r, 7, '—')
            if vals[3]:
                ws.cell(r, 8, vals[3])
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(start, 1).alignment = C
        return tot

    for name, data in depts:
        write_block(name, data)
        for k in items[1:]:
            v = data.get(k, (0, 0, 0, ''))
            for i in range(3):
                grand[k][i] = round(grand[k][i] + v[i], 2)
    gdata = {k: (grand[k][0], grand[k][1], grand[k][2], '') for k in items[1:]}
    tot = write_block('以上部门合计', gdata)
    assert tot == [89.40, 101.40, 94.40], tot
    box(ws, 3, r - 1, 1, 8)
    ws.cell(r, 1, '注：1.空白表示无此项支出；2.增减率以2024年预算数为基数计算，2024年预算为0的填“—”；'
                  '3.2023年为决算数，2024、2025年为年初预算数。')
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for i, w in enumerate([24, 20, 13, 13, 13, 18, 10, 34], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, 'general14_2_三公经费三年对比.xlsx'))


# ---------------------------------------------------------------- table 3
# 政府性基金预算: two sheets (收入 / 支出), 万元; 支出 by 功能分类 类/款/项 codes.
def table3():
    wb = Workbook()
    ws = wb.active
    ws.title = '基金收入'
    ws['A1'] = '云梁县2025年政府性基金预算收入表'
    ws.merge_cells('A1:E1')
    ws['A1'].font = Font(bold=True, size=14)
    ws['A1'].alignment = C
    ws['A2'] = '编报单位：云梁县财政局'
    ws['E2'] = '单位：万元'
    hdr = ['项目', '2024年执行数', '2025年预算数', '比上年执行数增减额', '增长率']
    for i, h in enumerate(hdr, 1):
        ws.cell(3, i, h).alignment = C
    own = [
        ('国有土地使用权出让收入', 38650, 42000),
        ('国有土地收益基金收入', 1120, 1260),
        ('农业土地开发资金收入', 186, 210),
        ('城市基础设施配套费收入', 2430, 2100),
        ('污水处理费收入', 860, 905),
        ('专项债务对应项目专项收入', 520, 640),
    ]
    trans = [
        ('上级补助收入', 3215, 2800),
        ('地方政府专项债务转贷收入', 25000, 30000),
        ('上年结转收入', 1842, 2163),
    ]
    r = 4

    def line(name, a, b, bold=False):
        nonlocal r
        ws.cell(r, 1, name)
        ws.cell(r, 2, a).number_format = '#,##0.00'
        ws.cell(r, 3, b).number_format = '#,##0.00'
        ws.cell(r, 4, b - a).number_format = '#,##0.00'
        ws.cell(r, 5, round((b - a) / a, 4)).number_format = '0.00%'
        if bold:
            for c in range(1, 6):
                ws.cell(r, c).font = Font(bold=True)
        r += 1

    s_a = sum(x[1] for x in own); s_b = sum(x[2] for x in own)
    line('一、本级政府性基金收入合计', s_a, s_b, True)
    for n, a, b in own:
        line('  ' + n, a, b)
    t_a = sum(x[1] for x in trans); t_b = sum(x[2] for x in trans)
    line('二、转移性收入', t_a, t_b, True)
    for n, a, b in trans:
        line('  ' + n, a, b)
    line('收入总计', s_a + t_a, s_b + t_b, True)
    assert (s_a, s_b, s_a + t_a, s_b + t_b) == (43766, 47115, 73823, 82078)
    box(ws, 3, r - 1, 1, 5)
    ws.cell(r, 1, '注：上级补助收入含中央和省下达的彩票公益金、大中型水库移民后期扶持基金等补助。')
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    for i, w in enumerate([34, 16, 16, 20, 10], 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws = wb.create_sheet('基金支出')
    ws['A1'] = '云梁县2025年政府性基金预算支出表'
    ws.merge_cells('A1:E1')
    ws['A1'].font = Font(bold=True, size=14)
    ws['A1'].alignment = C
    ws['E2'] = '单位：万元'
    hdr = ['科目编码', '科目名称', '2024年执行数', '2025年预算数', '备注']
    for i, h in enumerate(hdr, 1):
        ws.cell(3, i, h).alignment = C
    leaf = [
        ('2082201', '移民补助', 310, 295, ''),
        ('2120801', '征地和拆迁补偿支出', 18285, 19500, '含城东片区棚户区改造征收补偿'),
        ('2120802', '土地开发支出', 6380, 7200, ''),
        ('2120803', '城市建设支出', 8150, 8600, ''),
        ('2120804', '农村基础设施建设支出', 2460, 2800, ''),
        ('2120899', '其他国有土地使用权出让收入安排的支出', 1310, 1420, ''),
        ('2121001', '征地和拆迁补偿支出', 1050, 1260, ''),
        ('21211', '农业土地开发资金安排的支出', 170, 210, ''),
        ('2121301', '城市公共设施', 2280, 2100, ''),
        ('2121401', '污水处理设施建设和运营', 840, 905, ''),
        ('2290402', '其他地方自行试点项目收益专项债券收入安排的支出', 25000, 30000, '专项债券资金，用于云梁工业园区基础设施'),
        ('2296002', '用于社会福利的彩票公益金支出', 560, 420, ''),
        ('2296003', '用于体育事业的彩票公益金支出', 380, 300, ''),
        ('2310411', '国有土地使用权出让金债务还本支出', 1500, 2000, ''),
        ('2320411', '国有土地使用权出让金债务付息支出', 2960, 3420, ''),
        ('2330411', '国有土地使用权出让金债务发行费用支出', 25, 30, ''),
    ]
    names = {
        '208': '社会保障和就业支出', '20822': '大中型水库移民后期扶持基金支出',
        '212': '城乡社区支出', '21208': '国有土地使用权出让收入安排的支出',
        '21210': '国有土地收益基金安排的支出', '21211': '农业土地开发资金安排的支出',
        '21213': '城市基础设施配套费安排的支出', '21214': '污水处理费安排的支出',
        '229': '其他支出', '22904': '其他政府性基金及对应专项债务收入安排的支出',
        '22960': '彩票公益金安排的支出',
        '231': '债务还本支出', '23104': '地方政府专项债务还本支出',
        '232': '债务付息支出', '23204': '地方政府专项债务付息支出',
        '233': '债务发行费用支出', '23304': '地方政府专项债务发行费用支出',
    }
    def agg(prefix, i):
        return sum(x[i] for x in leaf if x[0].startswith(prefix))
    order = []
    seen = set()
    for code, *_ in leaf:
        for p in (code[:3], code[:5]):
            if p not in seen:
                seen.add(p); order.append(p)
        if len(code) == 7:
            order.append(code)
    r = 4
    tot_a = agg('', 2); tot_b = agg('', 3)
    ws.cell(r, 1, '合计'); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, tot_a).number_format = '#,##0.00'
    ws.cell(r, 4, tot_b).number_format = '#,##0.00'
    r += 1
    info = {x[0]: x for x in leaf}
    for code in order:
        ws.cell(r, 1, code)
        if code in info and len(code) == 7:
            _, nm, a, b, note = info[code]
            ws.cell(r, 2, '    ' + nm)
        else:
            nm = names[code]
            ws.cell(r, 2, nm if len(code) == 3 else '  ' + nm)
            a, b = agg(code, 2), agg(code, 3)
            note = info[code][4] if code in info else ''
        ws.cell(r, 3, a).number_format = '#,##0.00'
        ws.cell(r, 4, b).number_format = '#,##0.00'
        if note:
            ws.cell(r, 5, note)
        r += 1
    assert (tot_a, tot_b) == (71660, 80460), (tot_a, tot_b)
    for nm, a, b in [('调出资金', None, 1618), ('年终结转结余', 2163, None), ('支出总计', 73823, 82078)]:
        ws.cell(r, 1, nm); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        if a is not None:
            ws.cell(r, 3, a).number_format = '#,##0.00'
        if b is not None:
            ws.cell(r, 4, b).number_format = '#,##0.00'
        r += 1
    box(ws, 3, r - 1, 1, 5)
    ws.cell(r, 1, '注：调出资金为按规定调入一般公共预算统筹使用的国有土地使用权出让收入。')
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    for i, w in enumerate([12, 44, 16, 16, 36], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, 'general14_3_政府性基金预算收支.xlsx'))


if __name__ == '__main__':
    table1(); table2(); table3()
    print('ok')
