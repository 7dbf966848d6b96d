# -*- coding: utf-8 -*-
"""Checks questions.jsonl against ANSWERS.md and the documents. Prints problems and counts."""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = '/work/shared/samples'
FILES = {'S': '/work/shared/seed/000_9289cd5134f499bc.txt',
         'T1': os.path.join(HERE, '泰和县林业局_2026年_项目支出绩效目标表.txt'),
         'T2': os.path.join(HERE, '泰和县林业局_2026年_部门整体支出绩效目标表.xlsx'),
         'T3': os.path.join(HERE, '泰和县_2025年_部门预算与决算对比表.xlsx'),
         'ZJ': os.path.join(SAMPLES, 'zhanjiang_rsj_2024_department_targets.xlsx'),
         'WH': os.path.join(SAMPLES, 'wuhan_donghu_rsj_2020_project_application.xlsx'),
         'CQ': os.path.join(SAMPLES, 'chongqing_yuzhong_2021_project_self_evaluation.xlsx'),
         'SG': os.path.join(SAMPLES, 'putuo_shegongbu_2024_final_accounts.pdf'),
         'CZ': os.path.join(SAMPLES, 'putuo_czj_2024_final_accounts.pdf')}
WS = re.compile(r'\s+')

def text_of(path):
    if path.endswith('.txt'):
        return open(path, encoding='utf-8').read()
    if path.endswith('.xlsx'):
        parts = []
        for ws in openpyxl.load_workbook(path).worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None: continue
                    if isinstance(v, float):
                        parts += [repr(v), '%.2f' % v]
                    else:
                        parts.append(str(v))
        return '\n'.join(parts)
    with pdfplumber.open(path) as p:
        return '\n'.join((pg.extract_text() or '') for pg in p.pages)

TEXT = {k: WS.sub('', text_of(v)) for k, v in FILES.items()}

def main():
    problems = []
    items = [json.loads(l) for l in open(os.path.join(HERE, '..', '..', 'questions', 'blind_59.jsonl'), encoding='utf-8') if l.strip()]
    ans = {}
    for l in open(os.path.join(HERE, 'ANSWERS.md'), encoding='utf-8'):
        m = re.match(r'^([a-z]+-\d{3}(?:-unk)?) \| (.*) \| ([A-Z0-9+]+) \| (.*)$', l.rstrip('\n'))
        if m: ans[m.group(1)] = (m.group(3), m.group(4))
    ids = set()
    for d in items:
        i = d['id']
        if i in ids: problems.append('duplicate id ' + i)
        ids.add(i)
        if not re.match(r'^(s|sc|a|ac)-\d{3}(-unk)?$', i): problems.append('bad id ' + i)
        pre = i.split('-')[0]
        conv = 'conversation' in d
        if conv != pre.endswith('c'): problems.append('%s: id/shape mismatch' % i)
        if conv and not (2 <= len(d['conversation']) <= 3): problems.append('%s: conversation length' % i)
        if d['kb'] != ('seed' if pre in ('s', 'sc') else 'all'): problems.append('%s: kb' % i)
        st = d['status']
        if not st or any(x not in ('answered', 'clarify', 'unknown') for x in st): problems.append('%s: status' % i)
        if ('unknown' in st) != i.endswith('-unk'): problems.append('%s: -unk suffix vs status' % i)
        for e in d['excludes']:
            for c in d['contains']:
                if WS.sub('', e) in WS.sub('', c): problems.append('%s: exclude %r inside contains %r' % (i, e, c))
        if i not in ans:
            problems.append('%s: missing in ANSWERS.md' % i); continue
        src, note = ans[i]
        keys = src.split('+')
        if any(k not in TEXT for k in keys): problems.append('%s: bad source %s' % (i, src)); continue
        if 'unknown' in st:
            if d['contains']: problems.append('%s: unknown item with contains' % i)
            continue
        if not d['contains']: problems.append('%s: answered item without contains' % i)
        calcs = dict(re.findall(r'calc:([-\d.]+)=([-\d.+*/() ]+?)(?:\s*\(|\s*;|$)', note))
        counts = set(re.findall(r'count:(\d+)', note))
        for c in d['contains']:
            cn = WS.sub('', c)
            if any(cn in TEXT[k] for k in keys):
                continue
            if c in calcs:
                expr = calcs[c].strip()
                try:
                    val = eval(expr, {'__builtins__': {}})
                except Exception as ex:
                    problems.append('%s: bad expr %r' % (i, expr)); continue
                if abs(val - float(c)) > 0.011:
                    problems.append('%s: %s != %s = %s' % (i, c, expr, val))
                for op in re.findall(r'\d+(?:\.\d+)?', expr):
                    if op == '100' or ('.' not in op and int(op) < 100): continue
                    variants = {op, op.rstrip('0').rstrip('.') if '.' in op else op}
                    if not any(v in TEXT[k] for v in variants for k in keys):
                        problems.append('%s: operand %s not in %s' % (i, op, src))
                continue
            if c in counts:
                continue
            problems.append('%s: contains %r not found in %s' % (i, c, src))
    for p in problems: print('PROBLEM', p)
    seed = sum(1 for d in items if d['kb'] == 'seed'); allk = len(items) - seed
    unk = sum(1 for d in items if 'unknown' in d['status'])
    conv = sum(1 for d in items if 'conversation' in d)
    print('problems: %d' % len(problems))
    print('total %d | seed %d | all %d | unknown %d | conversations %d' % (len(items), seed, allk, unk, conv))
    return 1 if problems else 0

if __name__ == '__main__':
    sys.exit(main())
