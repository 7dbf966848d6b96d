# -*- coding: utf-8 -*-
"""Final check: every `contains` string of an answered/clarify item occurs (whitespace removed) in a document the
item cites (items_meta.json), or is the result of the item's recorded arithmetic whose operands occur there."""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
SH = '/work/shared'
PATHS = {'seed': f'{SH}/seed/000_9289cd5134f499bc.txt',
         't1': f'{HERE}/常山县农业农村局_2026年_项目支出绩效目标表.txt',
         't2': f'{HERE}/常山县_2025年_财政重点项目绩效评价结果汇总表.xlsx',
         't3': f'{HERE}/常山县_2026年_政府采购意向公开表.xlsx',
         'zj': f'{SH}/samples/zhanjiang_rsj_2024_department_targets.xlsx',
         'wh': f'{SH}/samples/wuhan_donghu_rsj_2020_project_application.xlsx',
         'cq': f'{SH}/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx',
         'sg': f'{SH}/samples/putuo_shegongbu_2024_final_accounts.pdf',
         'cz': f'{SH}/samples/putuo_czj_2024_final_accounts.pdf'}
ws_re = re.compile(r'\s+')


def render(c):
    v = c.value
    if v is None:
        return ''
    if isinstance(v, (int, float)):
        fmt = c.number_format or ''
        if '%' in fmt:
            dec = len(fmt.split('.')[1].rstrip('%')) if '.' in fmt else 0
            return f'{v * 100:.{dec}f}%'
        if fmt.startswith('0.') and fmt[2:].strip('0') == '':
            return f'{v:.{len(fmt) - 2}f}'
        if float(v).is_integer():
            return str(int(v))
        return repr(v)
    return str(v)


def load(key):
    p = PATHS[key]
    if p.endswith('.txt'):
        t = open(p, encoding='utf-8').read()
    elif p.endswith('.xlsx'):
        wb = openpyxl.load_workbook(p)
        t = '\n'.join(render(c) + '|' + str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    else:
        with pdfplumber.open(p) as pdf:
            t = '\n'.join(pg.extract_text() or '' for pg in pdf.pages)
    t = ws_re.sub('', t)
    return t + '\n' + t.replace(',', '')


def num_eq(a, b):
    return abs(float(a) - float(b)) < 0.006


def main():
    docs = {k: load(k) for k in PATHS}
    meta = json.load(open(os.path.join(HERE, 'items_meta.json'), encoding='utf-8'))
    bad = 0
    checked = 0
    for m in meta:
        if m['status'] == ['unknown']:
            if m['contains']:
                print('UNKNOWN WITH CONTAINS', m['id']); bad += 1
            continue
        text = ''.join(docs[s] for s in m['src'])
        calc_results = {}
        for expr, res in m['calc']:
            val = eval(expr)
            if not num_eq(val, res):
                print('CALC MISMATCH', m['id'], expr, val, res); bad += 1
            for op in re.findall(r'\d+(?:\.\d+)?', expr):
                if op in ('100', '2', '6') and ('*100' in expr or '/' in expr):
                    continue
                if op not in text:
                    print('OPERAND NOT IN DOC', m['id'], op); bad += 1
            calc_results[res] = True
        for s in m['contains']:
            checked += 1
            if ws_re.sub('', s) in text:
                continue
            if s in calc_results:
                continue
            # counts and rank answers are derived from the listing (documented in ANSWERS.md)
            if re.fullmatch(r'\d{1,2}', s):
                continue
            print('NOT FOUND', m['id'], repr(s), m['src']); bad += 1
    print(f'checked {checked} contains strings in {len(meta)} items; problems: {bad}')
    q = [json.loads(l) for l in open(os.path.join(HERE, '..', '..', 'questions', 'blind_78.jsonl'), encoding='utf-8')]
    seed = sum(r['kb'] == 'seed' for r in q)
    print(f"total {len(q)}, seed {seed}, all {len(q) - seed}, unknown {sum(r['status'] == ['unknown'] for r in q)}, "
          f"conversations {sum('conversation' in r for r in q)}")
    # sanity: an exclude must never be inside a contains string of the same item
    for r in q:
        for e in r['excludes']:
            for c in r['contains']:
                if e in c:
                    print('EXCLUDE INSIDE CONTAINS', r['id'], e, c); bad += 1
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
