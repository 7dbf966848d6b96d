# -*- coding: utf-8 -*-
"""Check blind60: every contains string of an answered item occurs in the document(s) its ANSWERS.md line cites,
or is a figure computed (calc) from numbers that occur there. Run with /work/main/.venv/bin/python."""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
SH = '/work/shared'
FILES = {
    'SEED': SH + '/seed/000_9289cd5134f499bc.txt',
    'T1': HERE + '/海宁市水利局_2026年_项目支出绩效目标表.txt',
    'T2': HERE + '/海宁市水利局_2026年_项目申报表.xlsx',
    'T3': HERE + '/海宁市_2026年1-10月_部门预算执行进度表.xlsx',
    'ZJ': SH + '/samples/zhanjiang_rsj_2024_department_targets.xlsx',
    'CQ': SH + '/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx',
    'WH': SH + '/samples/wuhan_donghu_rsj_2020_project_application.xlsx',
    'CZJ': SH + '/samples/putuo_czj_2024_final_accounts.pdf',
    'SGB': SH + '/samples/putuo_shegongbu_2024_final_accounts.pdf',
}

def cell_text(c):
    v = c.value
    if v is None:
        return ''
    if isinstance(v, (int, float)) and '%' in (c.number_format or ''):
        return '%.2f%%' % (v * 100)
    if isinstance(v, (int, float)) and (c.number_format or '') == '0.00':
        return '%.2f' % v
    return str(v)

def load(key):
    f = FILES[key]
    if f.endswith('.txt'):
        t = open(f, encoding='utf-8').read()
    elif f.endswith('.xlsx'):
        wb = openpyxl.load_workbook(f)
        t = '\n'.join(' | '.join(cell_text(c) for c in row) for ws in wb for row in ws.iter_rows())
    else:
        with pdfplumber.open(f) as pdf:
            t = '\n'.join(p.extract_text() or '' for p in pdf.pages)
    return re.sub(r'\s+', '', t).replace(',', '')

TEXT = {k: load(k) for k in FILES}
KEYRE = re.compile(r'(?<![A-Z])(SEED|T1|T2|T3|ZJ|CQ|WH|CZJ|SGB)(?![A-Z0-9])')

where = {}
for line in open(os.path.join(HERE, 'ANSWERS.md'), encoding='utf-8'):
    parts = line.rstrip('\n').split(' | ')
    if len(parts) >= 3 and re.match(r'^(s|sc|a|ac)-\d{3}', parts[0]):
        where[parts[0]] = ' | '.join(parts[2:])

items = [json.loads(l) for l in open(os.path.join(HERE, '..', '..', 'questions', 'blind_60.jsonl'), encoding='utf-8')]
errors = []
ids = set()
for it in items:
    i = it['id']
    if i in ids: errors.append(i + ': duplicate id')
    ids.add(i)
    if i not in where: errors.append(i + ': no ANSWERS.md line'); continue
    if not set(it['status']) <= {'answered', 'clarify', 'unknown'}: errors.append(i + ': bad status')
    if (it['status'] == ['unknown']) != i.endswith('-unk'): errors.append(i + ': -unk suffix mismatch')
    if it['kb'] != ('seed' if i.startswith('s') else 'all'): errors.append(i + ': kb mismatch')
    for c in it['contains']:
        for e in it['excludes']:
            if e in c: errors.append(i + ': exclude %r inside contains %r' % (e, c))
    if 'answered' not in it['status'] and 'clarify' not in it['status']:
        continue
    w = where[i]
    keys = sorted(set(KEYRE.findall(w.split('; calc:')[0])))
    if it['contains'] and not keys: errors.append(i + ': no document cited'); continue
    calc = {}
    if '; calc: ' in w:
        for kv in w.split('; calc: ', 1)[1].rsplit(' [', 1)[0].split(', '):
            k, v = kv.split('=', 1); calc[k] = v
    docs = ''.join(TEXT[k] for k in keys)
    for c in it['contains']:
        cc = re.sub(r'\s+', '', c)
        if cc in calc:
            expr = calc[cc]
            for num in re.findall(r'\d+(?:\.\d+)?', expr):
                if num not in docs: errors.append('%s: operand %s of %s not in %s' % (i, num, cc, keys))
            if abs(eval(expr) - float(cc)) > 0.005: errors.append('%s: %s != %s' % (i, expr, cc))
        elif cc not in docs:
            errors.append('%s: %r not in %s' % (i, c, keys))

n = len(items)
seed = sum(it['kb'] == 'seed' for it in items)
unk = sum(it['status'] == ['unknown'] for it in items)
conv = sum('conversation' in it for it in items)
print('items %d (seed %d, all %d), unknown %d, conversations %d' % (n, seed, n - seed, unk, conv))
if errors:
    print('FAIL: %d problem(s)' % len(errors)); print('\n'.join(errors)); sys.exit(1)
print('OK: every contains figure of every answered/clarify item is found in its cited document(s) or computed from them')
