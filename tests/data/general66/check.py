# -*- coding: utf-8 -*-
"""Checks questions.jsonl: every contains string of an answered/clarify item occurs in the document(s)
its ANSWERS.md line cites, or (for sums, differences, counts) is recomputed from figures that occur there."""
import json, os, re, sys
import openpyxl, pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = '/work/shared'
meta = json.load(open(os.path.join(HERE, 'answers_src.json'), encoding='utf-8'))
DOCN = meta['docs']

def path(rel):
    return os.path.join(HERE, rel[len('docs/'):]) if rel.startswith('docs/') else os.path.join(SHARED, rel)

RAW, TEXT, SPACED = {}, {}, {}
def nows(s):
    return re.sub(r'\s+', '', s)

for k, rel in DOCN.items():
    p = path(rel)
    if p.endswith('.txt'):
        raw = open(p, encoding='utf-8').read()
        RAW[k] = raw
        TEXT[k] = nows(raw)
        SPACED[k] = raw
    elif p.endswith('.xlsx'):
        parts = []
        for ws in openpyxl.load_workbook(p):
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        parts += [str(v), '%.2f' % v] + ([str(int(v))] if float(v).is_integer() else [])
                    else:
                        parts.append(str(v))
        TEXT[k] = nows('|'.join(parts))
        SPACED[k] = '|'.join(parts)
    else:
        with pdfplumber.open(p) as pdf:
            t = '\n'.join(pg.extract_text() or '' for pg in pdf.pages)
        TEXT[k] = nows(t) + '|' + nows(t).replace(',', '')
        SPACED[k] = t + '\n' + t.replace(',', '')

def blocks(k):
    lines = RAW[k].split('\n')
    out, cur = [], None
    for i, ln in enumerate(lines):
        if ln.startswith('    '):
            cur = [ln.strip() + (lines[i + 1] if i + 1 < len(lines) and not re.search(r'\d', ln) else '')]
            out.append(cur)
        elif cur is not None:
            cur.append(ln)
    return out

def NPROJ(k):
    return len(blocks(k))

def NPROJU(k, unit):
    lines = RAW[k].split('\n')
    n, on = 0, False
    for ln in lines:
        if re.match(r'^余姚市\S+ [\d.]+', ln):
            on = ln.startswith(unit + ' ')
        elif ln.startswith('    ') and on:
            n += 1
    return n

def NIND(k, name):
    hits = [b for b in blocks(k) if nows(b[0]).startswith(name)]
    assert len(hits) == 1, (name, len(hits))
    return len(re.findall(r'\d+、[123]-(产出|效益|满意度)指标', nows(''.join(hits[0][1:]))))

def CODE(*parts):
    return int(''.join(parts))

def PCT(x):
    return x * 100

def fmt(v):
    return ('%.2f' % v).rstrip('0').rstrip('.')

errors, checked = [], 0
items = [json.loads(l) for l in open(os.path.join(HERE, '..', '..', 'questions', 'blind_66.jsonl'), encoding='utf-8')]
src = {x['id']: x for x in meta['items']}
ids = set()
for it in items:
    iid = it['id']
    assert iid not in ids, iid
    ids.add(iid)
    assert set(it['status']) <= {'answered', 'clarify', 'unknown'}, iid
    assert it['kb'] in ('seed', 'all')
    assert ('q' in it) != ('conversation' in it), iid
    assert iid.endswith('-unk') == (it['status'] == ['unknown']), iid
    s = src[iid]
    keys = [k for k in DOCN if re.search(r'(?<![A-Z])%s(?![A-Z0-9])' % k, s['src'])]
    if it['kb'] == 'seed':
        assert keys == ['SEED'], (iid, keys)
    if it['status'] == ['unknown']:
        assert not it['contains'], iid
        continue
    if not keys:
        errors.append((iid, 'no document cited')); continue
    text = '|'.join(TEXT[k] for k in keys)
    spaced = '\n'.join(SPACED[k] for k in keys)
    for c in it['contains']:
        checked += 1
        expr = s['calc'].get(c)
        if expr:
            for num in re.findall(r'(?<![\w.])\d+(?:\.\d+)?(?![\w.])', re.sub(r"'[^']*'", '', expr)):
                if not re.search(r'(?<![\d.])' + re.escape(num) + r'(?![\d])', spaced):
                    errors.append((iid, 'operand %s of %s not in %s' % (num, expr, keys)))
            k0 = keys[0]
            env = dict(NPROJ=NPROJ, NPROJU=NPROJU, NIND=NIND, CODE=CODE, PCT=PCT, **{k: k for k in DOCN})
            v = eval(expr, env)
            want = float(c.rstrip('%'))
            if abs(v - want) > 0.005:
                errors.append((iid, '%s evaluates to %s, not %s' % (expr, v, c)))
        elif nows(c) not in text:
            errors.append((iid, '%r not found in %s' % (c, keys)))
    for e in it['excludes']:
        for c in it['contains']:
            if e in c:
                errors.append((iid, 'exclude %r inside contains %r' % (e, c)))

tot = len(items)
seed = sum(1 for i in items if i['kb'] == 'seed')
unk = sum(1 for i in items if i['status'] == ['unknown'])
conv = sum(1 for i in items if 'conversation' in i)
print('total %d | seed %d | all %d | unknown %d | conversations %d | contains strings checked %d'
      % (tot, seed, tot - seed, unk, conv, checked))
for e in errors:
    print('FAIL', *e)
print('CHECK PASSED' if not errors else 'CHECK FAILED (%d)' % len(errors))
sys.exit(1 if errors else 0)
