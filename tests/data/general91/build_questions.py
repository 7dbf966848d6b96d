# -*- coding: utf-8 -*-
"""Builds questions.jsonl, meta.json (sources, arithmetic) and ANSWERS.md from questions_src.py (trimming the 'all'
singles to target size) into a fresh temporary directory (or the directory given as the first argument). The committed
set is tests/questions/blind_91.jsonl, with meta.json kept beside this script as items_meta.json, and ANSWERS.md;
they are never written over.
Run: /work/main/.venv/bin/python build_questions.py [OUT_DIR]
"""
import json, os, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # (no __pycache__ beside the committed files)
import questions_src as Q

KEEP = {'T1_S': 50, 'T2_S': 30, 'T3_S': 26, 'SMP_S': 42, 'X_S': 40}

def trim(lst, n):
    if len(lst) <= n: return lst
    ans = [i for i, e in enumerate(lst) if e[1] == 'a' and not (len(e) > 5)]  # droppable: plain answered, no calc
    drop = len(lst) - n
    step = len(ans) / drop
    dropset = {ans[int(k * step)] for k in range(drop)}
    return [e for i, e in enumerate(lst) if i not in dropset]

ST = {'a': ['answered'], 'c': ['clarify'], 'u': ['unknown'], 'ac': ['answered', 'clarify']}
DOCNAME = {'SEED': 'shared/seed/000_9289cd5134f499bc.txt', 'T1': 'docs/浙江省丽水市缙云县商务局2026年项目支出绩效目标表.txt',
           'T2': 'docs/浙江省丽水市缙云县财政局2026年项目支出事前绩效评估结果表.xlsx', 'T3': 'docs/浙江省丽水市缙云县2025年上级转移支付资金分配下达表.xlsx',
           'ZJ': 'samples/zhanjiang_rsj_2024_department_targets.xlsx', 'WH': 'samples/wuhan_donghu_rsj_2020_project_application.xlsx',
           'CQ': 'samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx', 'SGB': 'samples/putuo_shegongbu_2024_final_accounts.pdf',
           'CZJ': 'samples/putuo_czj_2024_final_accounts.pdf', 'ALL': '(all documents)'}

def main():
    OUT = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix='blind91-')  # (never the repository)
    os.makedirs(OUT, exist_ok=True)
    items = []; meta = []
    groups = [('s', 'seed', Q.SEED_S, False), ('sc', 'seed', Q.SEED_C, True)]
    for name in ['T1_S', 'T1_C', 'T2_S', 'T2_C', 'T3_S', 'T3_C', 'SMP_S', 'SMP_C', 'X_S', 'X_C']:
        lst = getattr(Q, name)
        if name in KEEP: lst = trim(lst, KEEP[name])
        conv = name.endswith('_C')
        groups.append(('ac' if conv else 'a', 'all', lst, conv))
    counters = {}
    for prefix, kb, lst, conv in groups:
        for e in lst:
            q, st, con, exc, src = e[:5]; calc = e[5] if len(e) > 5 else {}
            counters[prefix] = counters.get(prefix, 0) + 1
            iid = '%s-%03d' % (prefix, counters[prefix]) + ('-unk' if st == 'u' else '')
            it = {'id': iid}
            if conv: it['conversation'] = q
            else: it['q'] = q
            it.update(status=ST[st], contains=con, excludes=exc, kb=kb)
            items.append(it); meta.append({'id': iid, 'src': src, 'calc': calc})
    with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for it in items: f.write(json.dumps(it, ensure_ascii=False) + '\n')
    json.dump(meta, open(os.path.join(OUT, 'meta.json'), 'w'), ensure_ascii=False, indent=0)
    lines = ['# ANSWERS — 缙云县 blind set', '', 'Docs: ' + '; '.join('%s = %s' % kv for kv in DOCNAME.items()), '',
             'id | question | status | where the answer is read (doc:place) | arithmetic', '']
    for it, m in zip(items, meta):
        q = it.get('q') or ' → '.join(it['conversation'])
        ar = '; '.join('%s = %s' % (k, v) for k, v in m['calc'].items())
        lines.append('%s | %s | %s | %s | %s' % (it['id'], q, '/'.join(it['status']), m['src'], ar))
    open(os.path.join(OUT, 'ANSWERS.md'), 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
    seed = [i for i in items if i['kb'] == 'seed']; al = [i for i in items if i['kb'] == 'all']
    unk = [i for i in items if i['status'] == ['unknown']]; cv = [i for i in items if 'conversation' in i]
    print('written', len(items), 'to', OUT)
    print('total %d, seed %d, all %d, unknown %d, conversations %d' % (len(items), len(seed), len(al), len(unk), len(cv)))

if __name__ == '__main__':
    main()
