import json
exec(open('qs_seed.py').read()); exec(open('qs_all.py').read())
out=[];ans=[]
def emit(prefix,kb,items,conv):
    n=0
    for it in items:
        n+=1
        if conv: turns,st,co,ex,loc=it
        else: _,q,st,co,ex,loc=it
        iid=f"{prefix}-{n:03d}"+("-unk" if st==["unknown"] else "")
        d={"id":iid}
        if conv: d["conversation"]=turns
        else: d["q"]=q
        d.update({"status":st,"contains":co,"excludes":ex,"kb":kb})
        out.append(d); ans.append(f"- {iid}: {loc}")
emit("s","seed",SEED,False); emit("sc","seed",SEEDC,True)
emit("a","all",ALL,False); emit("ac","all",ALLC,True)
with open("questions.jsonl","w") as f:
    for d in out: f.write(json.dumps(d,ensure_ascii=False)+"\n")
hdr="""# ANSWERS — where each expected answer is read

Documents: seed = /work/shared/seed/000_9289cd5134f499bc.txt (白云区信访局 项目支出绩效目标表);
docs/涞源县_卫生健康局_项目支出绩效目标表.txt (text, 3 units, 15 projects; rows named by project/unit, values by column 总计/财政拨款/财政专户拨款/其他资金, indicators by name with 实施周期/年度 value);
docs/涞源县卫生健康局_2025年部门收支总表.xlsx sheet "表一 部门收支总表" (A/B/C = 收入 项目/2025/2024, D/E/F = 支出 项目/2025/2024; data rows 5–27, totals rows 28–30);
docs/涞源县_2025年一般公共预算支出调整表.xlsx sheet "支出调整表" (A 科目编码, B 科目名称, C 年初预算, D 调整数, E 调整后预算, F 调整原因; 合计 row 5; codes: 3 digits 类, 5 款, 7 项);
samples/*.xlsx and *.pdf in /work/shared/samples. Computed figures show the formula.

"""
open("ANSWERS.md","w").write(hdr+"\n".join(ans)+"\n")
import collections
c=collections.Counter((d["kb"], "conv" if "conversation" in d else "q", d["status"]==["unknown"]) for d in out)
print(len(out),c)
