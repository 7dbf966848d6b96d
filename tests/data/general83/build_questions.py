# -*- coding: utf-8 -*-
"""items.txt -> questions.jsonl + ANSWERS.md + meta.json (src/where used by check.py)."""
import json, os, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = tempfile.mkdtemp(prefix='blind83-')  # (the committed set is tests/questions/blind_83.jsonl, its meta in src/)
ST = {'a': ['answered'], 'c': ['clarify'], 'u': ['unknown'], 'ac': ['answered', 'clarify'], 'ca': ['answered', 'clarify']}
SRC = {'seed': '../../../knowledge/000_9289cd5134f499bc.txt',
       'T1': '云和县文化和广电旅游体育局_2026年_项目支出绩效目标表.txt',
       'T2': '云和县财政局_2025年_政府性基金预算执行情况表.xlsx',
       'T3': '云和县财政局_2025年1-12月_一般公共预算支出执行情况月报表.xlsx',
       'ZJ': '../samples/zhanjiang_rsj_2024_department_targets.xlsx',
       'CQ': '../samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx',
       'WH': '../samples/wuhan_donghu_rsj_2020_project_application.xlsx',
       'SG': '../samples/putuo_shegongbu_2024_final_accounts.pdf',
       'CZ': '../samples/putuo_czj_2024_final_accounts.pdf'}
items, meta, ans = [], [], []
cnt = {}
for ln in open(os.path.join(HERE, 'src', 'items.psv'), encoding='utf-8'):
    if not ln.strip() or ln.startswith('#'):
        continue
    k, q, st, con, exc, src, where = [x.strip() for x in ln.rstrip('\n').split('|')]
    cnt[k] = cnt.get(k, 0) + 1
    iid = '%s-%03d' % (k, cnt[k]) + ('-unk' if st == 'u' else '')
    it = {'id': iid}
    turns = [t.strip() for t in q.split('//')]
    if len(turns) > 1:
        it['conversation'] = turns
    else:
        it['q'] = turns[0]
    it['status'] = ST[st]
    it['contains'] = [x for x in con.split(';') if x]
    it['excludes'] = [x for x in exc.split(';') if x]
    it['kb'] = 'seed' if k.startswith('s') else 'all'
    items.append(it)
    meta.append({'id': iid, 'src': src.split(','), 'where': where})
    files = ', '.join(os.path.basename(SRC[s]) for s in src.split(','))
    ans.append('%s | %s | %s: %s%s' % (iid, ' → '.join(turns), files, where,
               ('' if not it['contains'] else ' ⇒ ' + '、'.join(it['contains']))))
with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + '\n')
json.dump({'SRC': SRC, 'items': meta}, open(os.path.join(OUT, 'meta.json'), 'w', encoding='utf-8'),
          ensure_ascii=False, indent=0)
open(os.path.join(OUT, 'ANSWERS.md'), 'w', encoding='utf-8').write(
    '# ANSWERS — id | question | where the answer is read (file: row/project; "=a±b" is the arithmetic)\n\n'
    + '\n'.join('- ' + a for a in ans) + '\n')
n = len(items)
print('total', n, 'seed', sum(i['kb'] == 'seed' for i in items), 'all', sum(i['kb'] == 'all' for i in items),
      'unknown', sum(i['status'] == ['unknown'] for i in items),
      'conversations', sum('conversation' in i for i in items))
print('written to', OUT)
