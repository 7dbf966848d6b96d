import json,re
exec(open('qs_seed.py').read()); exec(open('qs_all.py').read()); exec(open('qs_allc.py').read())
drop_seed={"信访局的资金全是财政拨款吗","购置计划执行率","编外人员资质达标率多少","法律顾问经费和公务用车加一起","政府雇员公用经费有几个指标","信访超市占总数的百分比","信访超市服务对象满意度年度指标值","公务用车的社会效益指标值","政府雇员工资经费的绩效目标","公务车的政府采购率要求","雇员工资比信访超市多多少"}
drop_all={"法律援助办案补贴财政拨款多少","公证处用了多少其他资金","辅助人员人均年服务费上限","调解成功率目标","社区矫正对象再犯罪率控制在多少","普法主题活动要开几场","单个司法所补助标准","公证文书差错率","数字化加工单价多少","为受援人挽回多少经济损失","安置帮教走访几次","衔接核查时限多少天","合法性审查意见采纳率","普法宣传经费成本指标","热线接通率要求","南康政府法律顾问及行政复议经费多少","公证处占南康司法局总额的比例","办公楼维修改造后使用年限",
"生活垃圾收运处置多少钱","园林绿化管护预算","城管综合执法任务预算","城管局有几个年度重点任务","路灯故障修复时限","垃圾处置单价","投诉按期办结率","汛期严重内涝指标值","雨污管网清淤多长","违法建设查处率","城管局年度总体目标里亮灯率目标是多少","叙州城管可持续影响指标",
"凯里年初预算收入合计","凯里卫生健康支出完成比例","凯里行政事业单位养老支出","凯里社保就业支出决算","上级补助收入多少","凯里农业农村局支出按功能分类有几大类",
"东湖社保卡发卡量目标","社工部政府采购金额","湛江城乡居民基础养老金标准","普陀财政局年末结转和结余","湛江人社局每月养老补贴发多少钱"}
# exclude removals (answers may legitimately mention these)
noexc={"南康司法局法律援助办案补贴多少","南康区司法局部门项目支出总计多少","司法局本级(不含公证处)多少","公证档案数字化经费财政出多少","凯里农林水支出决算","节能环保支出调整预算","凯里农业农村局收入合计决算数","倒数第二的项目是哪个","南康司法局倒数第二的项目","城管重点任务预算倒数第二","渝中城镇新增就业实际完成多少"}
fixq={"项目支出是基本支出的几倍":("城管局项目支出是基本支出的几倍",["answered"]),
      "一般公共预算财政拨款调整预算数":("凯里一般公共预算财政拨款调整预算数",None),
      "事业收入决算多少 完成比例":("凯里事业收入决算多少 完成比例",None)}
extra_all=[
("q","南康司法局政府采购预算多少",["unknown"],[],["430.4"],"D1 无政府采购"),
("q","叙州城管局下属二级单位几个",["unknown"],[],[],"D2 无；湛江表才有"),
("q","凯里农业农村局机关运行经费多少",["unknown"],[],[],"D3 无"),
("q","南康法律援助项目负责人是谁",["unknown"],[],[],"D1 无负责人"),
("q","叙州城管2025年园林绿化实际花了多少",["unknown"],[],["214.88"],"D2 只有预算"),
]
drop_conv={("凯里收入各项里哪个决算最多","第二呢")}
items=[]
def add(kind,L,kb,pfx):
    n=0
    for k,q,st,con,exc,note in L:
        key=q if isinstance(q,str) else tuple(q)
        if kb=='seed' and key in drop_seed: continue
        if kb=='all' and (key in drop_all or key in drop_conv): continue
        if isinstance(q,str) and q in noexc: exc=[]
        if isinstance(q,str) and q in fixq:
            q2,st2=fixq[q]; q=q2; st=st2 or st
        if isinstance(q,tuple): q=list(q)
        if key==("凯里决算对比表的注释说了啥","有没有经营收入"): con=[]
        if key==("凯里农村综合改革决算","年末结转是不是主要就这个"): con=["农村综合改革"]
        n+=1
        iid='%s-%03d'%(pfx,n)+('-unk' if st==['unknown'] or st[0]=='unknown' else '')
        d={'id':iid}
        if isinstance(q,str): d['q']=q
        else: d['conversation']=q
        d.update(status=st,contains=con,excludes=exc,kb=kb)
        items.append((d,note))
add('q',SQ,'seed','s'); add('c',SC,'seed','sc'); add('q',AQ+extra_all,'all','a'); add('c',AC,'all','ac')
# sanity
ids=set()
for d,n in items:
    assert d['id'] not in ids; ids.add(d['id'])
    for e in d['excludes']:
        for c in d['contains']:
            assert e not in c and c not in e, (d,e,c)
    if d['status']==['unknown']: assert not d['contains'],d
with open('../questions.jsonl','w') as f:
    for d,n in items: f.write(json.dumps(d,ensure_ascii=False)+'\n')
with open('../ANSWERS.md','w') as f:
    f.write('# ANSWERS — where each expected answer is read\n\n')
    f.write('Sources: seed = /work/shared/seed/000_9289cd5134f499bc.txt (project / indicator number); ')
    f.write('D1 = docs/赣州市南康区_司法局_2025_项目支出绩效目标表.txt (project / indicator number, text); ')
    f.write('D2 = docs/宜宾市叙州区_城市管理局_2025_部门整体支出绩效目标表.xlsx sheet 整体绩效目标 (cell); ')
    f.write('D3 = docs/凯里市_农业农村局_2024_部门收支决算对比表.xlsx sheet 收支决算对比 (cell; C=年初预算数 D=调整预算数 E=决算数 F=% G=备注); ')
    f.write('zhanjiang/wuhan/chongqing = samples xlsx Sheet (cell); shegongbu/czj = samples PDF page.\n\n')
    for d,n in items:
        q=d.get('q') or ' / '.join(d['conversation'])
        f.write('- %s | %s | %s | %s\n'%(d['id'],','.join(d['status']),q,n))
seed=[d for d,n in items if d['kb']=='seed']; al=[d for d,n in items if d['kb']=='all']
unk=[d for d,n in items if 'unknown' in d['status']]; conv=[d for d,n in items if 'conversation' in d]
print(len(items),'seed',len(seed),'all',len(al),'unknown(any)',len(unk),'unknown-only',sum(d['status']==['unknown'] for d,n in items),'conv',len(conv),
 'seed conv',sum('conversation' in d for d in seed),'seed unk',sum('unknown' in d['status'] for d in seed),'clarify',sum('clarify' in d['status'] for d,n in items))
