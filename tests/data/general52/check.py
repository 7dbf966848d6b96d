# -*- coding: utf-8 -*-
"""Verify: every `contains` string of an answered item occurs in the document(s) it cites
(whitespace and thousands commas removed). Strings not printed in the document must be derived
(sum/difference/count/percentage): they must appear in the item's ANSWERS.md arithmetic, and every
operand figure of that arithmetic must occur in the document."""
import json, re, os, sys
import openpyxl, pdfplumber
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_questions import FILES
os.chdir(os.path.dirname(os.path.abspath(__file__)))

def norm(t): return re.sub(r'[\s,]', '', t)
cache = {}
def text(d):
    if d in cache: return cache[d]
    f = FILES[d]
    if f.endswith('.txt'): t = open(f, encoding='utf-8').read()
    elif f.endswith('.xlsx'):
        parts = []
        for ws in openpyxl.load_workbook(f).worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None: continue
                    parts.append(str(v))
                    if isinstance(v, float): parts.append('%.2f' % v)
        t = '\n'.join(parts)
    else:
        with pdfplumber.open(f) as p: t = '\n'.join(pg.extract_text() or '' for pg in p.pages)
    cache[d] = norm(t); return cache[d]

where = {}
for l in open('ANSWERS.md', encoding='utf-8'):
    p = l.rstrip('\n').split(' | ')
    if len(p) >= 3: where[p[0]] = ' | '.join(p[2:])
ok = derived = bad = 0
for l in open('questions.jsonl', encoding='utf-8'):
    o = json.loads(l)
    if o['status'][0] == 'unknown' or 'answered' not in o['status']: continue
    t = ''.join(text(d) for d in o['doc'].split('+'))
    for c in o['contains']:
        if norm(c) in t: ok += 1; continue
        w = where.get(o['id'], '')
        good = False
        for expr in re.findall(r'\d+(?:\.\d+)?(?:[-+/]\d+(?:\.\d+)?)+', w.split(':', 1)[-1]):
            ops = re.findall(r'\d+(?:\.\d+)?', expr)
            try: val = eval(expr)
            except Exception: continue
            if '/' in expr: val *= 100
            try: cv = float(c.rstrip('%'))
            except ValueError: break
            if abs(val - cv) < 0.006 and all(n in t for n in ops):
                good = True; break
        if not good and c.isdigit() and len(c) <= 2 and c in w:   # counts (几个项目/几个指标)
            good = True
        if good: derived += 1
        else: bad += 1; print('NOT FOUND', o['id'], c, '|', w)
print('literal', ok, 'derived', derived, 'bad', bad)
