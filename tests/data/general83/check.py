# -*- coding: utf-8 -*-
"""Verify every contains string of an answered/clarify item occurs in the document(s) it cites;
for '=a+b' arithmetic items, the operands occur in the document and the result equals a contains string."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
meta = json.load(open(os.path.join(HERE, 'src', 'meta.json'), encoding='utf-8'))
cache = {}

def num(v):
    if isinstance(v, float):
        return ('%.10f' % v).rstrip('0').rstrip('.')
    return str(v)

def text(key):
    if key in cache:
        return cache[key]
    p = os.path.normpath(os.path.join(HERE, meta['SRC'][key]))
    if p.endswith('.txt'):
        t = open(p, encoding='utf-8').read()
    elif p.endswith('.xlsx'):
        import openpyxl
        wb = openpyxl.load_workbook(p)
        t = '\n'.join(' '.join(num(c) for c in r if c is not None) for ws in wb for r in ws.iter_rows(values_only=True))
    else:
        import pdfplumber
        with pdfplumber.open(p) as pdf:
            t = '\n'.join(pg.extract_text() or '' for pg in pdf.pages)
    cache[key] = re.sub(r'\s+', '', t)
    return cache[key]

items = [json.loads(l) for l in open(os.path.join(HERE, '..', '..', 'questions', 'blind_83.jsonl'), encoding='utf-8')]
bad = 0
for it, m in zip(items, meta['items']):
    assert it['id'] == m['id']
    if it['status'] == ['unknown']:
        if it['contains']:
            print('UNKNOWN WITH CONTAINS', it['id']); bad += 1
        continue
    docs = ''.join(text(s) for s in m['src'])
    w = m['where']
    if w.startswith('='):
        expr = w[1:]
        for op in re.findall(r'[\d.]+', expr):
            if op not in docs:
                print('OPERAND MISSING', it['id'], op); bad += 1
        val = num(round(eval(expr), 4))
        if val not in it['contains']:
            print('ARITH MISMATCH', it['id'], expr, val, it['contains']); bad += 1
        rest = [c for c in it['contains'] if c != val]
    else:
        rest = it['contains']
    for c in rest:
        if re.sub(r'\s+', '', c) not in docs:
            print('NOT IN DOC', it['id'], c, m['src']); bad += 1
print('checked', len(items), 'problems', bad)
sys.exit(1 if bad else 0)
