# -*- coding: utf-8 -*-
"""Checks that every contains string of an answered/clarify item occurs in the document(s) it cites.
Strings marked as computed (arithmetic, listed in ANSWERS.md) are reported, not searched."""
import json, re, sys, os
import openpyxl, pdfplumber
H = os.path.dirname(os.path.abspath(__file__))
SH = '/work/shared'
FILES = {'seed': SH + '/seed/000_9289cd5134f499bc.txt',
         'T1': H + '/松阳县交通运输局2026年项目支出绩效目标表.txt',
         'T2': H + '/松阳县2026年一般公共预算收入预算表.xlsx',
         'T3': H + '/松阳县2026年衔接推进乡村振兴补助资金项目计划表.xlsx',
         'zj': SH + '/samples/zhanjiang_rsj_2024_department_targets.xlsx',
         'wh': SH + '/samples/wuhan_donghu_rsj_2020_project_application.xlsx',
         'cq': SH + '/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx',
         'psg': SH + '/samples/putuo_shegongbu_2024_final_accounts.pdf',
         'pcz': SH + '/samples/putuo_czj_2024_final_accounts.pdf'}
def norm(s):
    return re.sub(r'\s+', '', s)
def text(path):
    if path.endswith('.txt'):
        return open(path, encoding='utf-8').read()
    if path.endswith('.pdf'):
        with pdfplumber.open(path) as pdf:
            t = '\n'.join(p.extract_text() or '' for p in pdf.pages)
        return t + '\n' + t.replace(',', '')
    parts = []
    for ws in openpyxl.load_workbook(path):
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    if '%' in (c.number_format or ''):
                        parts.append(('%.1f%%' % (v * 100)) if v != int(v) or v == 0 else '%d%%' % (v * 100))
                    if v == int(v):
                        parts.append(str(int(v)))
                    else:
                        parts.append(repr(v))
                        if 0 < v <= 1:
                            parts.append('%g%%' % (v * 100))
                else:
                    parts.append(str(v))
    return '\n'.join(parts)
DOC = {k: norm(text(p)) for k, p in FILES.items()}
items = json.load(open(os.path.join(H, '_items_meta.json'), encoding='utf-8'))
bad = 0; calc = 0; checked = 0
for it in items:
    if it['status'] == ['unknown']:
        continue
    srcs = it['_src'].split('+')
    for s in it['contains']:
        if s in it['_calc']:
            calc += 1; continue
        checked += 1
        if not any(norm(s) in DOC[k] for k in srcs):
            bad += 1
            print('MISSING', it['id'], s, srcs)
print('checked', checked, 'computed (see ANSWERS.md)', calc, 'missing', bad)
tot = len(items); seed = sum(r['kb'] == 'seed' for r in items)
print('total', tot, 'seed', seed, 'all', tot - seed, 'unknown', sum(r['status'] == ['unknown'] for r in items),
      'conversations', sum('conversation' in r for r in items))
sys.exit(1 if bad else 0)
