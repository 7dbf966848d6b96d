from data1 import *
def f(x): return "%.2f" % x
def amt(t,a,s,o):
    if s==0 and o==0: return f"{f(t)} {f(a)}"
    return f"{f(t)} {f(a)} {f(s)} {f(o)}"
def wrap(s,n):
    return [s[i:i+n] for i in range(0,len(s),n)]
HDR = f"部门名称：{DEPT} 单位：万元\n\n项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n"
out=["项目支出绩效目标表（含转移支付项目）\n", HDR]
T=[0,0,0,0]
for u,ps in UNITS:
    for p in ps:
        for i in range(4): T[i]+=p[1+i]
out.append("合计 "+amt(*T)+"\n")
cnt=0; blk=0
def lines_with_breaks(ls, every):
    res=[]
    for i,l in enumerate(ls):
        res.append(l)
        if (i+1)%every==0 and i+1<len(ls): res.append("")
    return res
for u,ps in UNITS:
    s=[sum(p[1+i] for p in ps) for i in range(4)]
    if cnt>0 and cnt%3==0:
        out.append("\n\n\n"+HDR)
    out.append(f"{u} "+amt(*s)+"\n")
    for k,p in enumerate(ps):
        name,t,a,sp,o,goal,inds=p[:7]
        restart=p[7] if len(p)>7 else None
        if cnt>0 and cnt%3==0 and k>0:
            out.append("\n\n\n"+HDR)
        cnt+=1
        if len(name)>14:
            out.append("    "+name[:14]+"\n"+name[14:]+"\n\n"+amt(t,a,sp,o)+"\n")
        else:
            out.append("    "+name+" "+amt(t,a,sp,o)+"\n")
        gl=wrap(goal,20)
        out.append("\n".join(lines_with_breaks(gl,3+cnt%3))+"\n")
        parts=[]; n=0
        for j,(l1,l2,nm,pv,av) in enumerate(inds):
            n = 1 if (restart is not None and j==restart) else n+1
            parts.append(f"{n}、{l1},{l2},{nm}；实施周期指标值:{pv},年度指标值:{av};")
        ind=",".join(parts)
        il=wrap(ind,37)
        out.append("\n".join(lines_with_breaks(il,4))+"\n")
txt="\n".join(out)
open("/work/blind37/docs/固始_交通运输局_项目支出绩效目标表.txt","w").write(txt)
