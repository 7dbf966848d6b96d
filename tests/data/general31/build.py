# -*- coding: utf-8 -*-
import json,collections
exec(open('/work/blind31/gen/q_seed.py').read())
exec(open('/work/blind31/gen/q_all.py').read())
drop_all=set("""退役军人法律援助和心理疏导经费|光荣牌悬挂及走访慰问经费有多少|军供站及双拥工作经费|退役军人专场招聘会办几场|烈士纪念设施维修完成时限|单次帮扶标准|人均疗养体检费用标准是多少|军供保障任务响应时间|走访慰问多少户|零散烈士纪念设施要维护几处|招聘会岗位匹配率|带动退役军人创业就业多少人|标准化服务站点提升多少个|寒亭退役军人服务中心下面有几个项目|困难帮扶资金占比|购买服务岗位经费比双拥经费多多少|办事群众满意度|寒亭那个表里用了其他资金的项目有几个|十里中学工资福利支出|姑塘中心小学项目支出|五里中心小学总计|机关幼儿园一共多少|濂溪幼儿园小计|濂溪有几所小学|濂溪小学里总计最少的|濂溪一中二中加起来|濂溪一中比二中多多少|濂溪二中资本性支出|体育运动学校备注|濂溪中学占总支出多少|教体局本级项目支出里商品和服务支出|濂溪教体局项目支出一共多少|青少年校外活动中心项目支出|濂溪中学小计|濂溪一中项目支出对个人和家庭的补助|人民医院物业管理服务预算|两癌筛查服务什么时候采购|疾控中心采购预算一共多少|执法记录仪采购几台|阳平镇污水处理日处理能力|生化分析仪检测速度要求|千河镇卫生院中医馆设备多少钱|千河镇卫生院两项采购加起来|家庭医生签约第三方评估预算|虢镇体检车租赁服务期多长|新生儿筛查试剂满足多少例|疫苗冷链设备买多少台|CT机占采购总预算多少|中医医院DR多少钱|陈仓区中医医院采购加起来多少|7月份采购预算合计多少|专门面向中小企业的有几个|东湖人社的就业补助多少钱|湛江人社局下属二级单位有几个|东湖社保卡发卡量目标|渝中就业补助资金执行了多少|普陀区委社会工作部项目支出|湛江城乡居民基础养老金标准""".split('|'))
drop_seed=set("公务用车购置计划执行率|社会大局那个指标年度值|有没有聘请法律顾问的项目|信访超市经费比信访工作经费多多少|编外人员资质达标率多少|公务用车的政府采购率|多长时间进驻两个镇街|信访工作经费跟法律顾问经费合计".split('|'))
# exclude fixes (question text or tuple of turns) -> new excludes
fix={"优抚对象疗养体检的财政拨款是多少":[],"困难帮扶那个项目里其他资金有多少":[],"就业创业培训及招聘会经费 其他资金多少":[],
 "寒亭区退役军人事务局财政拨款一共多少":[],"濂溪区教体局支出总计多少":[],"渝中就业补助资金全年预算数":[],"渝中城镇新增就业实际完成多少人":[],
 "东湖2019年预算金额":[],"普陀财政局基本支出决算":[],"普陀财政局人员经费合计":[],"教育体育事业发展中心有没有资本性支出":[],
 "购买服务岗位每人每月工资多少":["64.8","5.4","0.45"],
 ("寒亭疗养体检经费多少","财政拨款多少","其他资金呢"):[],("寒亭退役军人局困难帮扶资金多少","其他资金呢"):[]}
statfix={"法律顾问费用指标":['clarify','answered']}
used_drop=set(); used_fix=set()
items=[]
for src,dset in ((S,drop_seed),(AL,drop_all)):
    for kind,qq,st,c,e,loc in src:
        key=qq if isinstance(qq,str) else tuple(qq)
        if isinstance(qq,str) and qq in dset: used_drop.add(qq); continue
        if key in fix: e=fix[key]; used_fix.add(key)
        if key in statfix: st=statfix[key]; c=[]
        items.append((kind,qq,st,c,e,loc))
assert used_drop==drop_all|drop_seed, (drop_all|drop_seed)-used_drop
assert used_fix==set(fix), set(fix)-used_fix
cnt=collections.Counter(); out=[]; ans=[]
for kind,qq,st,c,e,loc in items:
    cnt[kind]+=1
    iid="%s-%03d"%(kind,cnt[kind])+("-unk" if st==['unknown'] else "")
    o={"id":iid}
    if isinstance(qq,str): o["q"]=qq
    else: o["conversation"]=qq
    o.update(status=st,contains=c,excludes=e,kb="seed" if kind in('s','sc') else "all")
    out.append(o)
    ans.append(f"- {iid}: {loc}" + (f" → 期望含 {', '.join(c)}" if c else "") + (f"；状态 {'/'.join(st)}"))
with open('/work/blind31/questions.jsonl','w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
hdr="""# ANSWERS — blind31

Where each expected answer is read. Documents:
- seed: /work/shared/seed/000_9289cd5134f499bc.txt (广州市白云区信访局 项目支出绩效目标表)
- D1 docs/潍坊市寒亭区_退役军人事务局_2025_项目支出绩效目标表.txt (text, seed layout; "指标N" = N-th indicator of the project, 组2 = second numbered group)
- D2 docs/九江市濂溪区_教育体育局_2025_部门预算支出经济分类汇总表.xlsx, sheet 经济分类汇总 (row = 单位名称, column as named; 基本/项目 = 基本支出/项目支出 blocks)
- D3 docs/宝鸡市陈仓区_卫生健康局_2025_政府采购意向公开表.xlsx, sheet 采购意向 (row = 序号)
- samples/*.xlsx, samples/*.pdf as named.
Computed figures show the formula. unknown items say why the data is absent.

"""
open('/work/blind31/ANSWERS.md','w').write(hdr+"\n".join(ans)+"\n")
n=len(out); unk=sum(1 for o in out if o['status']==['unknown']); conv=sum(1 for o in out if 'conversation' in o)
print(n,dict(cnt),'seed',sum(1 for o in out if o['kb']=='seed'),'all',sum(1 for o in out if o['kb']=='all'),'unk',unk,round(unk/n,3),'conv',conv,round(conv/n,3))
print('clarify',sum(1 for o in out if 'clarify' in o['status']))
