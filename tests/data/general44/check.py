# -*- coding: utf-8 -*-
"""Verify every contains figure of an answered item occurs in the document(s) it cites
(whitespace removed), and recompute computed figures (=V:EXPR) from printed operands."""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
S = '/work/shared'
PATHS = {'seed': S + '/seed/000_9289cd5134f499bc.txt',
         'T1': HERE + '/docs/临湘市林业局2026年项目支出绩效目标表.txt',
         'T2': HERE + '/docs/临湘市林业局2026年项目申报表.xlsx',
         'T3': HERE + '/docs/临湘市2025年部门预算与决算对比表.xlsx',
         'zj': S + '/samples/zhanjiang_rsj_2024_department_targets.xlsx',
         'wh': S + '/samples/wuhan_donghu_rsj_2020_project_application.xlsx',
         'cq': S + '/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx',
         'sgb': S + '/samples/putuo_shegongbu_2024_final_accounts.pdf',
         'czj': S + '/samples/putuo_czj_2024_final_accounts.pdf'}

def text(path):
    if path.endswith('.txt'):
        t = open(path, encoding='utf-8').read()
    elif path.endswith('.pdf'):
        with pdfplumber.open(path) as pdf:
            t = '\n'.join((p.extract_text() or '') for p in pdf.pages)
    else:
        parts = []
        for ws in openpyxl.load_workbook(path).worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None: continue
                    if isinstance(v, float):
                        parts += [repr(v), '%.2f' % v]
                    else:
                        parts.append(str(v))
        t = '\n'.join(parts)
    return re.sub(r'\s+', '', t)

def main():
    T = {k: text(p) for k, p in PATHS.items()}
    items = json.load(open(os.path.join(HERE, 'items_meta.json'), encoding='utf-8'))
    bad = 0; nchk = 0; ncalc = 0
    for it in items:
        if 'answered' not in it['status'] and 'clarify' not in it['status']:
            continue
        hay = ''.join(T[d] for d in it['docs'])
        for c in it['contains']:
            if c.startswith('='):
                val, expr = c[1:].split(':', 1)
                if expr == 'count':
                    continue
                for num in re.findall(r'\d+(?:\.\d+)?', expr):
                    if num not in hay:
                        print('OPERAND MISSING', it['id'], num); bad += 1
                r = eval(expr)
                if val.endswith('%'):
                    ok = abs(round(r * 100, 2) - float(val[:-1])) < 0.006
                else:
                    ok = abs(r - float(val)) < 0.006
                ncalc += 1
                if not ok:
                    print('CALC MISMATCH', it['id'], c, r); bad += 1
            else:
                nchk += 1
                if re.sub(r'\s+', '', c) not in hay:
                    print('NOT FOUND', it['id'], c, it['docs']); bad += 1
    print('checked contains:', nchk, 'computed:', ncalc, 'problems:', bad)
    q = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
    seed = sum(r['kb'] == 'seed' for r in q)
    print('total', len(q), 'seed', seed, 'all', len(q) - seed, 'unknown', sum(r['status'] == ['unknown'] for r in q),
          'conversations', sum('conversation' in r for r in q))
    return bad

if __name__ == '__main__':
    sys.exit(1 if main() else 0)
