# -*- coding: utf-8 -*-
import json
g = {}; exec(open('questions_seed.py', encoding='utf-8').read(), g)
h = {}; exec(open('questions_all.py', encoding='utf-8').read(), h)
S, SC, AL, AC = g['S'], g['SC'], h['AL'], h['ACONV']
def fix(lst):
    out = []
    for it in lst:
        q, st, c, e, src = it
        if "渝中就业补助哪个执行率最低" in q:
            c, e, src = ["两癌"], [], "渝中 6643/7574=87.71%; 公卫 96.37%; 两癌 86.00% → 两癌最低"
        if q == "体校器材购置项目有没有满意度指标":
            c, e = [], ["90%"]
        out.append((q, st, c, e, src))
    return out
AL = fix(AL)
def thin(lst, n_drop, protect):
    idx = [i for i, x in enumerate(lst) if x[1] == ['answered'] and not protect(x)]
    step = len(idx) / n_drop
    drop = set(idx[int(k * step)] for k in range(n_drop))
    return [x for i, x in enumerate(lst) if i not in drop]
S = thin(S, 12, lambda x: False)
AL = thin(AL, 93, lambda x: not ('txt' in x[4] or 'xlsx' in x[4]))
items = []; ans = []
def emit(prefix, lst, conv):
    for n, (q, st, c, e, src) in enumerate(lst, 1):
        kb = 'seed' if prefix.startswith('s') else 'all'
        iid = '%s-%03d' % (prefix, n) + ('-unk' if 'unknown' in st else '')
        o = {'id': iid}
        if conv: o['conversation'] = q
        else: o['q'] = q
        o.update(status=st, contains=c, excludes=e, kb=kb)
        items.append(o); ans.append('| %s | %s | %s |' % (iid, ' → '.join(q) if conv else q, src))
emit('s', S, False); emit('sc', SC, True); emit('a', AL, False); emit('ac', AC, True)
with open('questions.jsonl', 'w', encoding='utf-8') as f:
    for o in items: f.write(json.dumps(o, ensure_ascii=False) + '\n')
hdr = ['# ANSWERS — blind41 (琼海市)', '',
 'Documents (docs/): T1 = 琼海市_旅游和文化广电体育局_2025_项目支出绩效目标表.txt (text, seed layout; 合计/单位行/项目行 amounts = 总计 财政拨款 [财政专户拨款 其他资金]; 指标 numbered per project); '
 'T2 = 琼海市_2025_部门收入预算表.xlsx (sheet 部门收入预算表, rows 5.. : 合计, then per 部门 a 小计 row + units; cols D 合计, E 上年结转, F 一般公共预算, G 政府性基金预算, H 财政专户管理资金, I 事业收入, J 其他收入); '
 'T3 = 琼海市卫生健康委员会_2025_项目支出绩效自评表.xlsx (sheets 基本公共卫生服务 / 两癌筛查: rows 6-8 资金, row 10 目标, rows 13.. 指标, 总分 row). Seed = 白云区信访局 txt. Samples by file name.', '',
 '| id | question | where / how |', '|---|---|---|']
open('ANSWERS.md', 'w', encoding='utf-8').write('\n'.join(hdr + ans) + '\n')
seed = [o for o in items if o['kb'] == 'seed']; al = [o for o in items if o['kb'] == 'all']
unk = [o for o in items if 'unknown' in o['status']]; conv = [o for o in items if 'conversation' in o]
print('total', len(items), 'seed', len(seed), 'all', len(al), 'unknown', len(unk), 'conv', len(conv))
