# -*- coding: utf-8 -*-
"""Verifies every contains string of an answered/clarify item occurs in a document the item cites
(whitespace removed), or equals the arithmetic recorded for it in answers_meta.json."""
import json, os, re, sys
from decimal import Decimal, ROUND_HALF_UP
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
meta = json.load(open(os.path.join(HERE, 'answers_meta.json'), encoding='utf-8'))

def path(p):
    if p.startswith('/'): return p
    if p.startswith('samples/'): return '/work/shared/' + p
    if p.startswith('docs/'): return os.path.join(HERE, p[5:])
    return os.path.join(HERE, p)

def text(p):
    if p.endswith('.txt'):
        return open(p, encoding='utf-8').read()
    if p.endswith('.pdf'):
        with pdfplumber.open(p) as pdf:
            return '\n'.join(pg.extract_text() or '' for pg in pdf.pages)
    wb = openpyxl.load_workbook(p); parts = []
    for ws in wb:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None: continue
                parts.append(str(v))
                if isinstance(v, float): parts.append('%.2f' % v)
    return '|'.join(parts)

TXT = {k: re.sub(r'\s+', '', text(path(p))) for k, p in meta['docs'].items()}

def r2(x):
    return str(Decimal(str(x)).quantize(Decimal('0.01'), ROUND_HALF_UP)).rstrip('0').rstrip('.') if '.' in str(Decimal(str(x)).quantize(Decimal('0.01'))) else str(x)

bad = 0
for it in meta['items']:
    if it['status'] == ['unknown']:
        continue
    docs = it['doc'].split('+')
    for c in it['contains']:
        cc = re.sub(r'\s+', '', c)
        if c in it['calc']:
            val = r2(eval(it['calc'][c]))
            if val != c:
                bad += 1; print('CALC MISMATCH', it['id'], c, it['calc'][c], '=', val)
            continue
        if not any(cc in TXT[d] for d in docs):
            bad += 1; print('NOT FOUND', it['id'], repr(c), 'in', docs)
print('checked', len(meta['items']), 'items;', 'problems:', bad)
sys.exit(1 if bad else 0)
