# -*- coding: utf-8 -*-
import json, sys
sys.path.insert(0,'/work/blind30/gen')
from qs_seed import SEED, SEEDC
from qs_all import ALL, ALLU, ALLC
FIX={ # q/last-turn text -> (contains, excludes) override
"雇员经费多少":(["政府雇员工资经费","政府雇员公用经费"],[]),
"编外人员聘用合规率是多少":([],[]),
"法律顾问经费多少":(["聘请法律顾问专项经费"],[]),
"政府雇员工资经费多少@all":(["编外聘用人员"],[]),
"城镇新增就业人数指标多少":([],[]),
"居民健康素养水平年度指标值":(["基本公共卫生","示范区"],[]),
"资金拨付及时率是多少":(["基本公共卫生","爱国卫生"],[]),
"医共体那个项目财政专户拨款多少":(["5"],[]),
"疾控实验室那个项目里财政拨款多少":(["60"],[]),
"特困供养护理里面其他资金多少":(["36"],[]),
"食堂餐饮外包财政拨款多少":(["20"],[]),
"它里面其他资金呢":(["80"],[]),
"财政专户拨款呢":(["40"],[]),
"财政拨款多少":(["120"],[]),
"其他资金多少":(["18.5"],[]),
"以前年度已安排多少":(["330"],[]),
"远安卫健倒数第二的项目是哪个":(["监督执法","18.5"],[]),
}
RESCUE={"基本公卫县级配套多少钱","计生特殊家庭扶助资金多少","远安卫健超过一百万的项目有哪些","远安卫健哪些项目用了其他资金","柯城社会福利中心购买服务小计","社工站运营服务多少钱","柯城民政购买服务超过50万的有哪些","日照交通2026年规划资金合计","三年合计超过5000的项目"}
DROP={"普陀财政局2023年支出合计"}|(set(open('/work/blind30/gen/drop.txt').read().split("\n"))-RESCUE)
REPL={("日照智慧交通平台一期2026年多少","二期呢"):(["日照智慧交通平台一期三年合计多少","二期呢"],["2000"],["600"],"日照xlsx 智慧二期 J 2000")}
out=[];ans=[]
cnt={'s':0,'sc':0,'a':0,'ac':0}
def add(kind,item,kb):
    q,st,c,e,loc=item
    if isinstance(q,str) and q in DROP: return
    if isinstance(q,list) and tuple(q) in REPL:
        q,c,e,loc=REPL[tuple(q)]
    last=q if isinstance(q,str) else q[-1]
    key=last+"@all" if (kb=='all' and last+"@all" in FIX) else last
    if key in FIX and not (kb=='seed' and key.endswith('@all')):
        if not (kb=='all' and last=="雇员经费多少"):
            c,e=FIX[key]
    cnt[kind]+=1
    iid="%s-%03d"%(kind,cnt[kind])+("-unk" if st==['unknown'] else "")
    o={"id":iid}
    if isinstance(q,str): o["q"]=q
    else: o["conversation"]=q
    o.update({"status":st,"contains":c,"excludes":e,"kb":kb})
    out.append(o); ans.append("- %s: %s"%(iid,loc))
for it in SEED: add('s',it,'seed')
for it in SEEDC: add('sc',it,'seed')
for it in ALL+ALLU: add('a',it,'all')
for it in ALLC: add('ac',it,'all')
with open('/work/blind30/questions.jsonl','w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
seed=[o for o in out if o['kb']=='seed']; al=[o for o in out if o['kb']=='all']
unk=[o for o in out if 'unknown' in o['status']]; conv=[o for o in out if 'conversation' in o]
print(len(out),'seed',len(seed),'all',len(al),'unk',len(unk),'pure-unk',sum(o['status']==['unknown'] for o in out),'conv',len(conv))
hdr="""# ANSWERS — where each expected answer is read

Documents (kb "all" = seed + samples + these):
- seed 000_9289cd5134f499bc.txt = 广州市白云区信访局 项目支出绩效目标表 (text).
- 远安txt = docs/远安县_卫生健康局_2026_项目支出绩效目标表.txt (text, seed format; P1..P12 = projects in order; indicator kinds 11 数量/12 质量/13 时效/14 成本/21-24 效益/31 满意度).
- 柯城xlsx = docs/柯城区民政局_2025_政府购买服务预算表.xlsx, sheet 政府购买服务预算表 (header rows 3-4, 合计 row 5, columns C 项目名称, D 目录代码, E 目录名称, F 承接主体类型, G 合计, H 财政拨款, I 其他资金, J 购买方式, K 备注; 小计 after each 单位 group).
- 日照xlsx = docs/日照市交通运输局_2026-2028_项目支出三年滚动规划表.xlsx, sheet 三年滚动规划 (header rows 3-4, 合计 row 5, B 项目类别 merged, C 项目名称, D 实施单位, E 起止年限, F 以前年度已安排, G 2026年, H 2027年, I 2028年, J 三年合计, K 资金来源, L 备注).
- samples: zhanjiang/wuhan/chongqing xlsx (cell given), putuo_shegongbu / putuo_czj PDFs (page given).
Computed figures show the arithmetic. Conversations: locator is for the last turn.

"""
open('/work/blind30/ANSWERS.md','w').write(hdr+"\n".join(ans)+"\n")
