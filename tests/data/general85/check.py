# -*- coding: utf-8 -*-
"""Verify: every contains string of an answered item occurs in a document it cites
(whitespace and thousands commas removed), or is a derived figure whose arithmetic is re-done here."""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
S = os.path.join(HERE, '..', 'samples') + os.sep
meta = json.load(open(os.path.join(HERE, 'src', 'items_meta.json'), encoding='utf-8'))
# the paths the writer used, mapped to where the documents sit in the repository
meta['docs'] = {
    'SEED': os.path.join(HERE, '..', '..', '..', 'knowledge', '000_9289cd5134f499bc.txt'),
    'T1': os.path.join(HERE, '景宁畲族自治县民政局_2026年项目支出绩效目标表.txt'),
    'T2': os.path.join(HERE, '景宁畲族自治县财政局_2026年行政事业性收费项目及收入预算表.xlsx'),
    'T3': os.path.join(HERE, '景宁畲族自治县财政局_2025年度县级财政专项资金清理整合情况表.xlsx'),
    'ZJ': S + 'zhanjiang_rsj_2024_department_targets.xlsx',
    'WH': S + 'wuhan_donghu_rsj_2020_project_application.xlsx',
    'CQ': S + 'chongqing_yuzhong_2021_project_self_evaluation.xlsx',
    'SG': S + 'putuo_shegongbu_2024_final_accounts.pdf',
    'CZ': S + 'putuo_czj_2024_final_accounts.pdf',
}

def norm(s):
    return re.sub(r'\s+', '', s)

def numforms(v):
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return [str(v)]
    f = ['%.2f' % v, ('%.6f' % v).rstrip('0').rstrip('.'), str(v)]
    return f

def text_of(path):
    p = path if os.path.isabs(path) else os.path.join(HERE, path)
    if p.endswith('.xlsx'):
        parts = []
        for ws in openpyxl.load_workbook(p).worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is not None:
                        parts += numforms(v)
        return norm('|'.join(parts))
    if p.endswith('.pdf'):
        with pdfplumber.open(p) as pdf:
            t = '\n'.join(pg.extract_text() or '' for pg in pdf.pages)
        return norm(t).replace(',', '')
    return norm(open(p, encoding='utf-8').read())

TEXT = {k: text_of(v) for k, v in meta['docs'].items()}
fmt = lambda x: ('%.2f' % x).rstrip('0').rstrip('.')
bad = 0; checked = 0
for iid, m in meta['items'].items():
    for s, expr in m['derived'].items():
        if fmt(eval(expr)) != s:
            print('BAD ARITH', iid, s, expr, fmt(eval(expr))); bad += 1
    if 'answered' not in m['status']:
        continue
    for s in m['contains']:
        checked += 1
        if s in m['derived']:
            continue
        if not any(norm(s) in TEXT[k] for k in m['src']):
            print('NOT FOUND', iid, s, m['src']); bad += 1
print('checked', checked, 'contains strings;', 'problems:', bad)
q = [json.loads(l) for l in open(os.path.join(HERE, '..', '..', 'questions', 'blind_85.jsonl'), encoding='utf-8')]
print('total %d seed %d unknown %d conversations %d' % (len(q), sum(i['kb'] == 'seed' for i in q),
      sum(i['status'] == ['unknown'] for i in q), sum('conversation' in i for i in q)))
sys.exit(1 if bad else 0)
