# -*- coding: utf-8 -*-
"""Verify every contains figure of an answered item occurs in the document(s) it cites (or equals its stated arithmetic)."""
import os, re, sys, json, datetime
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the repository
import make_questions as mq
mq.build()
S = os.path.join(HERE, '..', 'samples') + os.sep
# the paths the writer used (mq.DOCNAMES), mapped to where the documents sit in the repository
PATHS = {
    'seed': os.path.join(HERE, '..', '..', '..', 'knowledge', '000_9289cd5134f499bc.txt'),
    'T1': os.path.join(HERE, '浙江省温州市文成县应急管理局_2026年_项目支出绩效目标表.txt'),
    'T2': os.path.join(HERE, '浙江省温州市文成县_2025年_财政直达资金分配和支出进度表.xlsx'),
    'T3': os.path.join(HERE, '浙江省温州市文成县_2025年_地方政府债券还本付息情况表.xlsx'),
    'zj': S + 'zhanjiang_rsj_2024_department_targets.xlsx',
    'wh': S + 'wuhan_donghu_rsj_2020_project_application.xlsx',
    'cq': S + 'chongqing_yuzhong_2021_project_self_evaluation.xlsx',
    'sg': S + 'putuo_shegongbu_2024_final_accounts.pdf',
    'cz': S + 'putuo_czj_2024_final_accounts.pdf',
}
assert set(PATHS) == set(mq.DOCNAMES) and all(os.path.basename(PATHS[k]) == os.path.basename(v) for k, v in mq.DOCNAMES.items())

def xlsx_text(p):
    out = []
    for ws in openpyxl.load_workbook(p).worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                out.append(str(v))
                if isinstance(v, datetime.datetime):
                    out.append(v.strftime('%Y-%m-%d'))
                elif isinstance(v, (int, float)):
                    if '%' in (c.number_format or ''):
                        out.append('%.2f%%' % (v * 100)); out.append('%.0f%%' % (v * 100))
                    else:
                        out.append('%.2f' % v); out.append('%.4f' % v)
    return '\n'.join(out)

def pdf_text(p):
    with pdfplumber.open(p) as pdf:
        return '\n'.join(pg.extract_text() or '' for pg in pdf.pages)

def load(key):
    p = PATHS[key]
    if p.endswith('.txt'): t = open(p, encoding='utf-8').read()
    elif p.endswith('.xlsx'): t = xlsx_text(p)
    else: t = pdf_text(p)
    t = re.sub(r'\s+', '', t)
    return t + '\n' + t.replace(',', '')

TEXT = {k: load(k) for k in mq.DOCNAMES}
bad = 0
for it in mq.ITEMS:
    if 'answered' not in it['status']: continue
    hay = ''.join(TEXT[d] for d in it['doc'])
    calc = None
    if it['calc']:
        calc = eval(it['calc'])
    for s in it['contains']:
        s2 = re.sub(r'\s+', '', s)
        if s2 in hay: continue
        if calc is not None:
            try:
                if abs(float(s2) - calc) < 0.006 or abs(round(calc, 2) - float(s2)) < 0.006 or ('%.2f' % calc).startswith(s2) or ('%.4f' % calc).startswith(s2): continue
            except ValueError:
                pass
        bad += 1
        print('MISSING', it['id'], repr(s), 'in', it['doc'], 'calc=', calc)
print('checked %d items, %d problems' % (len(mq.ITEMS), bad))
q = [json.loads(l) for l in open(os.path.join(HERE, '..', '..', 'questions', 'blind_86.jsonl'), encoding='utf-8')]
print('total %d seed %d unknown %d conversations %d' % (len(q), sum(i['kb'] == 'seed' for i in q),
      sum(i['status'] == ['unknown'] for i in q), sum('conversation' in i for i in q)))
sys.exit(1 if bad else 0)
