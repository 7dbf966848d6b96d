import json,re,openpyxl,glob
drop={'a-002','a-005','a-008','a-009','a-157','ac-223','s-003','a-034','a-036','a-040','a-041','a-045','a-046','a-050','a-052','a-054','a-055','a-057','a-058','a-059','ac-182','ac-184','ac-194','ac-196','ac-201'}
L=[json.loads(l) for l in open('questions.jsonl')]
for d in L:
    if d['id'] in drop: d['excludes']=[]
open('questions.jsonl','w').write(''.join(json.dumps(d,ensure_ascii=False)+'\n' for d in L))
# locate sources
def blocks(path):
    cur='(表头/合计)';out=[]
    for i,l in enumerate(open(path,encoding='utf-8'),1):
        m=re.match(r'^\s{4}(\S+)',l)
        if m: cur=m.group(1)
        elif re.match(r'^(合计|兴化市\S+|广州市白云区信访局) [\d.]',l): cur=l.split()[0]
        out.append((i,cur,l.strip()))
    return out
TX={'seed':blocks('/work/shared/seed/000_9289cd5134f499bc.txt'),'兴化_教育局_2025.txt':blocks('docs/兴化_教育局_2025.txt')}
cells=[]
for f in glob.glob('docs/*.xlsx')+glob.glob('/work/shared/samples/*.xlsx'):
    ws=openpyxl.load_workbook(f).active
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                v=c.value
                if isinstance(v,float): v=('%.6f'%v).rstrip('0').rstrip('.')
                lab=ws.cell(row=c.row,column=2).value or ws.cell(row=c.row,column=1).value
                cells.append((f.split('/')[-1],ws.title,c.coordinate,str(v),str(lab)[:20]))
def score(name,qq):
    return sum(1 for i in range(len(name)-1) if name[i:i+2] in qq)
def find(frag,kb,qq=''):
    res=[]
    for name,bl in TX.items():
        if kb=='seed' and name!='seed': continue
        hits=[(score(cur,qq),-i,i,cur) for i,cur,l in bl if frag and frag in l]
        if hits:
            h=max(hits); res.append('%s L%d [%s]'%(name,h[2],h[3]))
    if kb=='all':
        hits=[(score(lab,qq),f,s,co,lab) for f,s,co,v,lab in cells if frag and frag in v]
        if hits:
            h=max(hits,key=lambda x:x[0]); res.append('%s/%s!%s (row %s)'%h[1:])
    return res
lines=['# ANSWERS — id | question | status | expected fragment → where it is read (file, line or sheet!cell, row label). Indicator values are in the text of the named project block (lines wrap mid-word); computed = sum/difference/share/count/rank of the rows named in the question.','']
for d in L:
    qq=d.get('q') or ' → '.join(d['conversation'])
    if 'unknown' in d['status'] and d['status'][0]=='unknown':
        w='not in any table (no such year/place/breakdown/item); tempting: %s'%(d['excludes'] or '-')
    else:
        locs=[]
        for c in d['contains']:
            r=find(c,d['kb'],qq)
            locs.append('%s → %s'%(c,'; '.join(r) if r else 'computed (sum/diff/share/count/rank) from the rows named in the question'))
        w=' | '.join(locs) if locs else ('clarify: several rows match the name' if 'clarify' in d['status'] else 'blank cell / no value printed')
    lines.append('%s | %s | %s | %s'%(d['id'],qq,'/'.join(d['status']),w))
open('ANSWERS.md','w').write('\n'.join(lines)+'\n')
