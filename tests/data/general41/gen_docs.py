# -*- coding: utf-8 -*-
"""Generate the three documents for blind41 (琼海市)."""
import random, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
random.seed(41)
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'docs')

DEPT = '琼海市旅游和文化广电体育局'
# unit -> list of projects (name, total, fiscal, special, other, goal, indicators[(l1,l2,name,period,annual)])
P = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'doc1_data.json'), encoding='utf-8'))

def fmt(x): return '%.2f' % x
def amounts(t, f, s, o):
    if s or o: return ' '.join(fmt(v) for v in (t, f, s, o))
    return '%s %s' % (fmt(t), fmt(f))

def wrap(text, n):
    return [text[i:i+n] for i in range(0, len(text), n)]

def wwrap(text, W):
    out, cur, w = [], '', 0
    for ch in text:
        cw = 1 if ord(ch) < 128 else 2
        if w + cw > W: out.append(cur); cur, w = '', 0
        cur += ch; w += cw
    if cur: out.append(cur)
    return out

def sprinkle(lines, every=(3, 6)):
    out = []; k = random.randint(*every)
    for i, l in enumerate(lines):
        out.append(l); k -= 1
        if k == 0 and i < len(lines) - 1:
            out.append(''); k = random.randint(*every)
    return out

HEADER = ['部门名称：%s(部门) 单位：万元' % DEPT, '', '项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标', '']

def project_block(p, tight=False):
    L = []
    nm = p['name']; amt = amounts(p['total'], p['fiscal'], p['special'], p['other'])
    if len(nm) > 16:
        L += ['    ' + nm[:12], nm[12:], '', amt]
    else:
        L += ['    %s %s' % (nm, amt)]
    if not tight: L.append('')
    L += sprinkle(wrap(p['goal'], 20))
    L.append('')
    parts = []
    for i, (l1, l2, n, pv, av) in enumerate(p['ind'], 1):
        parts.append('%d、%s,%s,%s；实施周期指标值:%s,年度指标值:%s;' % (i, l1, l2, n, pv, av))
    L += sprinkle(wwrap(','.join(parts), 74))
    L.append('')
    return L

lines = ['', '项目支出绩效目标表（含转移支付项目）', ''] + HEADER
units = P['units']
tot = [round(sum(u[k] for u in units), 2) for k in ('total', 'fiscal', 'special', 'other')]
lines += ['合计 ' + amounts(*tot), '']
count = 0; tight_done = False
for u in units:
    lines += ['%s %s' % (u['name'], amounts(u['total'], u['fiscal'], u['special'], u['other'])), '']
    for p in u['projects']:
        if count and count % 3 == 0:
            lines += ['', '', ''] + HEADER
        tight = (not tight_done and p['total'] < 30 and p['name'] != '')
        if tight: tight_done = True
        lines += project_block(p, tight)
        count += 1
lines += ['', '']
open(os.path.join(D, '琼海市_旅游和文化广电体育局_2025_项目支出绩效目标表.txt'), 'w', encoding='utf-8').write('\n'.join(lines))

# ---------------- doc 2: 部门收入预算表 ----------------
R = P['income']
wb = Workbook(); ws = wb.active; ws.title = '部门收入预算表'
cols = ['合计', '上年结转', '一般公共预算', '政府性基金预算', '财政专户管理资金', '事业收入', '其他收入']
ws.merge_cells('A1:J1'); ws['A1'] = '琼海市2025年部门收入预算表'
ws['A1'].font = Font(bold=True, size=16); ws['A1'].alignment = Alignment(horizontal='center')
ws['J2'] = '单位：万元'
ws['A3'] = '部门'; ws['B3'] = '单位编码'; ws['C3'] = '单位名称'; ws['D3'] = '合计'; ws['E3'] = '上年结转'; ws['F3'] = '本年收入'
for c in ('A', 'B', 'C', 'D', 'E'): ws.merge_cells('%s3:%s4' % (c, c))
ws.merge_cells('F3:J3')
for i, h in enumerate(cols[2:]): ws.cell(4, 6 + i, h)
row = 5
grand = [0.0] * 6
for d in R:
    for u in d['units']:
        for i in range(6): grand[i] += u['v'][i] or 0
def put(r, vals):
    t = round(sum(v or 0 for v in vals), 2)
    ws.cell(r, 4, t)
    for i, v in enumerate(vals):
        if v: ws.cell(r, 5 + i, round(v, 2))
ws.cell(row, 3, '合计'); put(row, grand); row += 1
for d in R:
    start = row
    sub = [round(sum(u['v'][i] or 0 for u in d['units']), 2) for i in range(6)]
    ws.cell(row, 1, d['dept']); ws.cell(row, 2, d['code']); ws.cell(row, 3, '小计'); put(row, sub); row += 1
    for u in d['units']:
        ws.cell(row, 2, u['code']); ws.cell(row, 3, u['name']); put(row, u['v']); row += 1
    ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
    ws.cell(start, 1).alignment = Alignment(vertical='center', wrap_text=True)
ws.cell(row + 1, 1, '注：1.本表按部门预算单位编报口径汇总，不含上级提前下达的转移支付资金；2.空白单元格表示该项无收入；3.上年结转为2024年财政拨款结转资金。')
for c, w in zip('ABCDEFGHIJ', (18, 10, 30, 12, 10, 12, 12, 14, 12, 10)): ws.column_dimensions[c].width = w
wb.save(os.path.join(D, '琼海市_2025_部门收入预算表.xlsx'))

# ---------------- doc 3: 项目支出绩效自评表 ----------------
wb = Workbook(); first = True
for S in P['selfeval']:
    ws = wb.active if first else wb.create_sheet()
    first = False; ws.title = S['sheet']
    ws.merge_cells('A1:H1'); ws['A1'] = '项目支出绩效自评表'; ws['A1'].font = Font(bold=True, size=16)
    ws.merge_cells('A2:H2'); ws['A2'] = '（2025年度）'
    ws['A3'] = '项目名称'; ws.merge_cells('B3:H3'); ws['B3'] = S['name']
    ws['A4'] = '主管部门'; ws.merge_cells('B4:D4'); ws['B4'] = '琼海市卫生健康委员会'
    ws['E4'] = '实施单位'; ws.merge_cells('F4:H4'); ws['F4'] = S['impl']
    ws.merge_cells('A5:A8'); ws['A5'] = '项目资金（万元）'
    for i, h in enumerate(['', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']): ws.cell(5, 2 + i, h or None)
    f = S['funds']  # [[init, full, exec] total, fiscal, other]
    labels = ['年度资金总额', '其中：财政拨款', '其他资金']
    for k in range(3):
        r = 6 + k; ws.cell(r, 2, labels[k])
        for j in range(3):
            v = f[k][j]
            if v is not None: ws.cell(r, 3 + j, v)
        if k == 0:
            ws.cell(r, 6, 10); ws.cell(r, 7, S['rate']); ws.cell(r, 8, S['rate_score'])
        else:
            ws.cell(r, 6, '—'); ws.cell(r, 8, '—')
            if f[k][2] is not None and f[k][1]: ws.cell(r, 7, '%.2f%%' % (f[k][2] / f[k][1] * 100))
            else: ws.cell(r, 7, '—')
    ws.merge_cells('A9:A10'); ws['A9'] = '年度总体目标'
    ws.merge_cells('B9:D9'); ws['B9'] = '预期目标'; ws.merge_cells('E9:H9'); ws['E9'] = '实际完成情况'
    ws.merge_cells('B10:D10'); ws['B10'] = S['goal']; ws.merge_cells('E10:H10'); ws['E10'] = S['actual']
    ws['A11'] = '绩效指标'
    for i, h in enumerate(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']): ws.cell(12, 1 + i, h)
    r = 13; prev1 = None; prev2 = None; s1 = s2 = 13
    for ind in S['ind']:
        l1, l2, n, tv, av, sc, got, dev = ind
        if l1 != prev1:
            if prev1 and r - 1 > s1: ws.merge_cells(start_row=s1, start_column=1, end_row=r - 1, end_column=1)
            ws.cell(r, 1, l1); s1 = r; prev1 = l1; prev2 = None
        if l2 != prev2:
            if prev2 and r - 1 > s2: ws.merge_cells(start_row=s2, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(r, 2, l2); s2 = r; prev2 = l2
        ws.cell(r, 3, n); ws.cell(r, 4, tv); ws.cell(r, 5, av); ws.cell(r, 6, sc); ws.cell(r, 7, got)
        if dev: ws.cell(r, 8, dev)
        r += 1
    if r - 1 > s1: ws.merge_cells(start_row=s1, start_column=1, end_row=r - 1, end_column=1)
    if r - 1 > s2: ws.merge_cells(start_row=s2, start_column=2, end_row=r - 1, end_column=2)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5); ws.cell(r, 1, '总分')
    ws.cell(r, 6, 100); ws.cell(r, 7, S['total_score']); ws.cell(r, 8, '自评等级：' + S['grade'])
    ws.cell(r + 1, 1, '填报人：' + S['filler'] + '    联系电话：' + S['phone'] + '    填报日期：2026年3月20日')
    for c, w in zip('ABCDEFGH', (14, 14, 30, 16, 16, 8, 8, 36)): ws.column_dimensions[c].width = w
wb.save(os.path.join(D, '琼海市卫生健康委员会_2025_项目支出绩效自评表.xlsx'))
print('ok', tot)
