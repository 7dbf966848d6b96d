# -*- coding: utf-8 -*-
"""Build questions.jsonl and ANSWERS.md from qsrc_*.txt.
Line: KB|status|q (turns joined by >>)|contains(;)|excludes(;)|docs(,)|where
contains "=V:EXPR" means a computed figure V (EXPR = arithmetic over printed figures, or 'count')."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ST = {'a': 'answered', 'c': 'clarify', 'u': 'unknown'}
DOCNAME = {'seed': '/work/shared/seed/000_9289cd5134f499bc.txt',
           'T1': 'docs/临湘市林业局2026年项目支出绩效目标表.txt',
           'T2': 'docs/临湘市林业局2026年项目申报表.xlsx',
           'T3': 'docs/临湘市2025年部门预算与决算对比表.xlsx',
           'zj': 'samples/zhanjiang_rsj_2024_department_targets.xlsx',
           'wh': 'samples/wuhan_donghu_rsj_2020_project_application.xlsx',
           'cq': 'samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx',
           'sgb': 'samples/putuo_shegongbu_2024_final_accounts.pdf',
           'czj': 'samples/putuo_czj_2024_final_accounts.pdf'}

def load():
    items = []
    for f in ('qsrc_seed.txt', 'qsrc_t1.txt', 'qsrc_t23.txt', 'qsrc_samp.txt', 'qsrc_cross.txt'):
        for line in open(os.path.join(HERE, f), encoding='utf-8'):
            line = line.rstrip('\n')
            if not line.strip():
                continue
            kb, st, q, con, exc, docs, where = line.split('|')
            items.append(dict(src=f, kb={'S': 'seed', 'A': 'all'}[kb], status=[ST[x] for x in st.split(',')],
                              turns=q.split('>>'), contains=[c for c in con.split(';') if c],
                              excludes=[c for c in exc.split(';') if c], docs=docs.split(','), where=where))
    return items

def main():
    items = load()
    cnt = {}
    out, ans = [], []
    for it in items:
        conv = len(it['turns']) > 1
        pre = ('sc' if conv else 's') if it['kb'] == 'seed' else ('ac' if conv else 'a')
        cnt[pre] = cnt.get(pre, 0) + 1
        iid = '%s-%03d' % (pre, cnt[pre]) + ('-unk' if it['status'] == ['unknown'] else '')
        contains = [c.split(':')[0][1:] if c.startswith('=') else c for c in it['contains']]
        rec = {'id': iid}
        if conv:
            rec['conversation'] = it['turns']
        else:
            rec['q'] = it['turns'][0]
        rec.update(status=it['status'], contains=contains, excludes=it['excludes'], kb=it['kb'])
        out.append(rec)
        it['id'] = iid
        calc = '; '.join('%s = %s' % (c.split(':', 1)[0][1:], c.split(':', 1)[1]) for c in it['contains'] if c.startswith('='))
        ans.append('%s | %s | %s | %s%s' % (iid, ' >> '.join(it['turns']), ', '.join(DOCNAME[d] for d in it['docs']),
                                             it['where'], (' | 计算: ' + calc) if calc else ''))
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'ANSWERS.md'), 'w', encoding='utf-8') as f:
        f.write('# ANSWERS — 临湘市 blind set (blind44)\n\nid | question | document | where / arithmetic\n\n')
        for a in ans:
            f.write(a + '\n\n')
    json.dump(items, open(os.path.join(HERE, 'items_meta.json'), 'w'), ensure_ascii=False, indent=0)
    seed = sum(r['kb'] == 'seed' for r in out)
    unk = sum(r['status'] == ['unknown'] for r in out)
    convs = sum('conversation' in r for r in out)
    print('total', len(out), 'seed', seed, 'all', len(out) - seed, 'unknown', unk, 'conversations', convs)
    print('by src', {s: sum(i['src'] == s for i in items) for s in sorted(set(i['src'] for i in items))})

if __name__ == '__main__':
    main()
