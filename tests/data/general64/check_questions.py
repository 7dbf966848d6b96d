# -*- coding: utf-8 -*-
"""Final check: every `contains` string of an answered item occurs in a document the item cites
(whitespace removed on both sides), or, if it is a computed figure, equals its recorded arithmetic.
Also checks ids, kb, statuses and prints counts. Run with /work/main/.venv/bin/python check_questions.py"""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
SH = '/work/shared'
DOCS = {'SEED': SH + '/seed/000_9289cd5134f499bc.txt',
        'T1': HERE + '/建德市交通运输局_2026年_项目支出绩效目标表.txt',
        'T2': HERE + '/建德市交通运输局_2026年_一般公共预算基本支出经济分类预算表.xlsx',
        'T3': HERE + '/建德市财政局_2026年_乡村振兴专项资金分配表.xlsx',
        'ZJ': SH + '/samples/zhanjiang_rsj_2024_department_targets.xlsx',
        'WH': SH + '/samples/wuhan_donghu_rsj_2020_project_application.xlsx',
        'CQ': SH + '/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx',
        'PTS': SH + '/samples/putuo_shegongbu_2024_final_accounts.pdf',
        'PTC': SH + '/samples/putuo_czj_2024_final_accounts.pdf'}

def ws(s): return re.sub(r'\s+', '', s)

def cell_text(c):
    v = c.value
    if v is None: return ''
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        fmt = c.number_format or ''
        outs = [str(v)]
        if isinstance(v, float) and v.is_integer(): outs.append(str(int(v)))
        if '%' in fmt: outs.append('%.2f%%' % (v * 100)); outs.append('%g%%' % (v * 100))
        if '0.00' in fmt: outs.append('%.2f' % v)
        return ' '.join(outs)
    return str(v)

def load(key):
    p = DOCS[key]
    if p.endswith('.txt'): return ws(open(p, encoding='utf-8').read())
    if p.endswith('.xlsx'):
        wb = openpyxl.load_workbook(p); parts = []
        for sh in wb:
            for row in sh.iter_rows():
                parts.append('|'.join(ws(cell_text(c)) for c in row))
        return '\n'.join(parts)
    with pdfplumber.open(p) as pdf:
        return ws(''.join((pg.extract_text() or '') for pg in pdf.pages))

def norm_num(x):
    s = ('%.2f' % x).rstrip('0').rstrip('.')
    return s

def main():
    meta = {m['id']: m for m in json.load(open(os.path.join(HERE, 'answers_meta.json'), encoding='utf-8'))}
    items = [json.loads(l) for l in open(os.path.join(HERE, '../../questions/blind_64.jsonl'), encoding='utf-8') if l.strip()]
    text = {k: load(k) for k in DOCS}
    bad = 0; seen = set()
    for it in items:
        iid = it['id']; m = meta[iid]
        assert iid not in seen, iid; seen.add(iid)
        assert it['kb'] in ('seed', 'all') and set(it['status']) <= {'answered', 'clarify', 'unknown'}
        assert ('q' in it) != ('conversation' in it)
        if it['kb'] == 'seed': assert m['src'] == ['SEED'], iid
        if 'answered' not in it['status'] and 'clarify' not in it['status']:
            continue
        for s in it['contains']:
            if s in m['calc']:
                val = eval(m['calc'][s], {'round': round})
                if norm_num(val) != s:
                    print('CALC MISMATCH', iid, s, m['calc'][s], val); bad += 1
                continue
            if not any(ws(s) in text[k] for k in m['src']):
                print('NOT FOUND', iid, repr(s), m['src']); bad += 1
    n = len(items)
    seed = sum(1 for i in items if i['kb'] == 'seed')
    unk = sum(1 for i in items if i['status'][0] == 'unknown')
    conv = sum(1 for i in items if 'conversation' in i)
    print('problems:', bad)
    print('total %d, seed %d, all %d, unknown %d, conversations %d' % (n, seed, n - seed, unk, conv))
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
