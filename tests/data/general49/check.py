# -*- coding: utf-8 -*-
"""Verify: every contains string of an answered/clarify item occurs in a document its ANSWERS.md line cites
(or is the result of a calc:expr=result whose operands are numbers in those documents). Prints counts."""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
SH = '/work/shared'
FILES = {
 'seed': SH + '/seed/000_9289cd5134f499bc.txt',
 'T1': HERE + '/docs/江西省婺源县文化广电新闻出版旅游局2025年项目支出绩效目标表.txt',
 'T2': HERE + '/docs/江西省婺源县自然资源局2025年部门整体支出绩效目标表.xlsx',
 'T3': HERE + '/docs/江西省婺源县文化广电新闻出版旅游局2025年基本支出经济分类表.xlsx',
 'zj': SH + '/samples/zhanjiang_rsj_2024_department_targets.xlsx',
 'wh': SH + '/samples/wuhan_donghu_rsj_2020_project_application.xlsx',
 'cq': SH + '/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx',
 'sg': SH + '/samples/putuo_shegongbu_2024_final_accounts.pdf',
 'czj': SH + '/samples/putuo_czj_2024_final_accounts.pdf',
}
def text(path):
    if path.endswith('.txt'): t = open(path, encoding='utf-8').read()
    elif path.endswith('.xlsx'):
        wb = openpyxl.load_workbook(path); parts = []
        for ws in wb:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is not None: parts.append(str(v))
        t = '|'.join(parts)
    else:
        with pdfplumber.open(path) as p: t = '\n'.join(pg.extract_text() or '' for pg in p.pages)
    return t
RAW = {k: text(v) for k, v in FILES.items()}
DOC = {k: re.sub(r'\s+', '', t) for k, t in RAW.items()}
NUMS = {k: set(float(x) for x in re.findall(r'\d+(?:\.\d+)?', t)) for k, t in RAW.items()}

where = {}
for ln in open(os.path.join(HERE, 'ANSWERS.md'), encoding='utf-8'):
    if ' | ' in ln and re.match(r'^(s|sc|a|ac)-\d', ln):
        parts = ln.split(' | '); where[parts[0]] = parts[2]
items = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
bad = 0
for it in items:
    w = where[it['id']]
    keys = [k for k in FILES if re.search(r'(?<![A-Za-z])%s(?![A-Za-z0-9])' % k, w)]
    calcs = re.findall(r'calc:([0-9.+\-*/()]+)=([0-9.]+)', w)
    for expr, res in calcs:
        val = eval(expr); dec = len(res.split('.')[1]) if '.' in res else 0
        if abs(round(val, dec) - float(res)) > 1e-9: print('CALC WRONG', it['id'], expr, val, res); bad += 1
        ops = [float(x) for x in re.findall(r'\d+(?:\.\d+)?', expr)]
        for o in ops:
            if o == 100 and '*100' in expr: continue
            if o in (6, 13) and '/' in expr: continue  # counts of projects
            if not any(o in NUMS[k] for k in keys) and not (o.is_integer() and o < 20):
                print('OPERAND NOT IN DOC', it['id'], o, keys); bad += 1
    if it['status'] == ['unknown']:
        if it['contains']: print('UNKNOWN WITH CONTAINS', it['id']); bad += 1
        continue
    if not keys: print('NO DOC CITED', it['id'], w); bad += 1; continue
    for c in it['contains']:
        cn = re.sub(r'\s+', '', c)
        if any(cn in DOC[k] for k in keys): continue
        if any(res == c or res.rstrip('0').rstrip('.') == c for _, res in calcs): continue
        if re.search(r'count=%s(?!\d)' % re.escape(c), w): continue
        print('NOT FOUND', it['id'], repr(c), keys, w); bad += 1
n = len(items); seed = sum(1 for d in items if d['kb'] == 'seed')
unk = sum(1 for d in items if d['status'] == ['unknown']); conv = sum(1 for d in items if 'conversation' in d)
ids = [d['id'] for d in items]; assert len(ids) == len(set(ids))
print('problems:', bad)
print('total %d seed %d all %d unknown %d conversations %d' % (n, seed, n - seed, unk, conv))
