# -*- coding: utf-8 -*-
"""Verify every contains string of an answered/clarify item occurs in a cited document
(whitespace removed), or, for derived figures, that the arithmetic in meta.json gives it and
its operands occur in the cited documents. Prints OK on success."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SH = '/work/shared'
DOCS = {'seed': SH + '/seed/000_9289cd5134f499bc.txt',
        'T1': HERE + '/阳新县_阳新县人力资源和社会保障局_2025年_项目支出绩效目标表.txt',
        'T2': HERE + '/阳新县_县直各部门_2025年_三公经费预算表.xlsx',
        'T3': HERE + '/阳新县_全县_2025年_一般公共预算支出功能分类表.xlsx',
        'zj': SH + '/samples/zhanjiang_rsj_2024_department_targets.xlsx',
        'wh': SH + '/samples/wuhan_donghu_rsj_2020_project_application.xlsx',
        'cq': SH + '/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx',
        'sg': SH + '/samples/putuo_shegongbu_2024_final_accounts.pdf',
        'cz': SH + '/samples/putuo_czj_2024_final_accounts.pdf'}
WS = re.compile(r'\s+')

def text_of(path):
    if path.endswith('.txt'):
        return open(path, encoding='utf-8').read()
    if path.endswith('.pdf'):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return '\n'.join((p.extract_text() or '') for p in pdf.pages)
    import openpyxl
    parts = []
    for ws in openpyxl.load_workbook(path).worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                parts.append(str(v))
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    parts.append('%.2f' % v); parts.append('%g' % v)
                    if '%' in (c.number_format or ''):
                        parts.append('%g%%' % round(v * 100, 6))
    return '\n'.join(parts)

def main():
    texts = {k: WS.sub('', text_of(p)) for k, p in DOCS.items()}
    items = [json.loads(l) for l in open(os.path.join(HERE, '..', '..', 'questions', 'blind_57.jsonl'), encoding='utf-8')]
    meta = {m['id']: m for m in json.load(open(os.path.join(HERE, 'meta.json'), encoding='utf-8'))}
    bad = []
    ids = set()
    for it in items:
        iid = it['id']
        if iid in ids: bad.append((iid, 'duplicate id'))
        ids.add(iid)
        for key in ('status', 'contains', 'excludes', 'kb'):
            if key not in it: bad.append((iid, 'missing ' + key))
        if ('q' in it) == ('conversation' in it): bad.append((iid, 'need exactly one of q/conversation'))
        if it['status'] == ['unknown'] and not iid.endswith('-unk'): bad.append((iid, 'unknown without -unk'))
        m = meta[iid]
        for d in m['docs']:
            if d not in texts: bad.append((iid, 'bad doc ' + d))
        if 'unknown' in it['status'] and 'answered' not in it['status']:
            continue
        hay = [texts[d] for d in m['docs']]
        for c in it['contains']:
            cc = WS.sub('', c)
            if any(cc in h for h in hay):
                continue
            expr = m['calc'].get(c)
            if not expr:
                bad.append((iid, 'not found: ' + c)); continue
            for num in re.findall(r'\d+(?:\.\d+)?', expr):
                if num in ('100',): continue
                if not any(num in h for h in hay):
                    bad.append((iid, 'operand not found: ' + num))
            val = eval(expr)
            if abs(val - float(c.rstrip('%'))) > 0.06:
                bad.append((iid, 'calc %s=%s != %s' % (expr, val, c)))
        for e in it['excludes']:
            if any(WS.sub('', e) in WS.sub('', x) for x in it['contains']):
                bad.append((iid, 'exclude inside contains: ' + e))
    for b in bad: print('FAIL', *b)
    n = len(items); seed = sum(i['kb'] == 'seed' for i in items)
    print('total', n, 'seed', seed, 'all', n - seed,
          'unknown', sum(i['status'] == ['unknown'] for i in items),
          'conversations', sum('conversation' in i for i in items))
    print('OK' if not bad else 'FAILED %d' % len(bad))
    return 0 if not bad else 1

if __name__ == '__main__':
    sys.exit(main())
