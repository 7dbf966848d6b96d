# -*- coding: utf-8 -*-
import json, importlib
import qs_seed, qs_all
A, U = ["answered"], ["unknown"]
DROP_S = ["特种设备安全监察经费多少钱","价格监督检查和反不正当竞争执法经费","食品快检及实验室检测运行经费多少","放心消费创建经费",
 "消费者权益保护服务中心预算多少","江安市监局下面有几个资金使用单位","抽检结果多久公布","特种设备隐患整改时限","新增市场主体户数目标",
 "强制检定计量器具多少台件","检验报告出具时限","检测设备买几台","高标准农田执行了多少","高标准农田年初预算","农机补贴实施单位","改了多少户厕",
 "户厕改造补助标准","节水灌溉面积占比","秸秆综合利用率实际","矮砧密植示范园实际建了多少亩","免疫抗体合格率实际多少","霞浦社保和就业支出多少",
 "霞浦机关事业单位基本养老保险缴费","城管执法预算","霞浦上年预算数合计","霞浦有几个类级科目","渝中就业补助资金执行率多少","湛江群众满意度指标"]
DROP_C = [("江安检验检测设备购置经费","其中财政拨款多少"),("特种设备经费","满意度要求多少"),("计量器具强制检定补助经费","它的满意度呢"),
 ("食品快检经费","试剂耗材费用上限"),("信用监管那个双随机经费","抽查企业户数"),("价格监督检查经费","要查办多少案件"),("江安计量检定补助经费","每台件补多少"),
 ("江安知识产权专项资金","地理标志商标培育几个"),("3·15宣传活动啥时候","宣传活动要搞几场"),("动物防疫项目","其他资金多少"),("人居环境整治","新增垃圾收集点多少个"),
 ("人居环境整治","农户满意度"),("高标准农田","新修田间道路多少公里"),("耕地地力保护补贴","兑付时间"),("耕地地力保护","惠及多少农户"),("花牛苹果","带动脱贫户多少户"),
 ("霞浦人大事务","代表工作呢"),("霞浦乡镇卫生院","项目支出多少"),("霞浦的公安行政运行","去年呢"),("湛江促进创业人数","扶持创业企业多少个"),
 ("东湖五险净增人数","社保卡发卡量呢"),("渝中就业补助资金","新增创业孵化基地完成几个"),("渝中就业补助资金","公共就业服务满意度完成多少"),
 ("普陀社工部政府采购多少","财政局的呢"),("花牛苹果项目执行率","得了几分"),("江安设备购置经费","比食品快检多多少")]
J = qs_all.J; M = qs_all.M; X = qs_all.X
EXTRA_S = [
 ("麦积农机补贴受益户里脱贫户有多少", U, [], ["1103"], M + " sheet 农机购置补贴 只有受益农户及经营组织总数"),
 ("江安知识产权专项资金2027年还安排吗", U, [], ["40.00"], J + " 无2027年"),
 ("霞浦高中教育里免学费补助多少", U, [], ["8140"], X + " 2050204 高中教育 无明细"),
]
def fix(t):
    q, st, co, ex, src = t
    if q == ["普陀财政局三公经费预算", "决算多少"]: ex = []
    return (q, st, co, ex, src)
seed_s = qs_seed.S; seed_c = qs_seed.C
all_s = [t for t in qs_all.S if t[0] not in DROP_S] + EXTRA_S
all_c = [fix(t) for t in qs_all.C if tuple(t[0][:2]) not in DROP_C]
assert len([t for t in qs_all.S if t[0] in DROP_S]) == len(DROP_S), "drop_s miss"
assert len(qs_all.C) - len(all_c) == len(DROP_C), "drop_c miss"
items = []
def add(prefix, lst, kb, conv):
    for i, (q, st, co, ex, src) in enumerate(lst, 1):
        iid = "%s-%03d" % (prefix, i) + ("-unk" if st == U else "")
        d = {"id": iid}
        if conv: d["conversation"] = q
        else: d["q"] = q
        d.update(status=st, contains=co, excludes=ex, kb=kb)
        items.append((d, src))
PRUNE = {"江安县市场监管局财政拨款合计多少","江安市监局其他资金一共多少","设备购置经费里财政专户拨款多少","江安市监局本级多少钱",
 "麦积高标准农田全年预算数","霞浦一般公共预算支出合计多少","霞浦教育支出本年预算","小学教育基本支出多少","农村低保金今年预算",
 "霞浦2024年教育支出预算多少","东湖2019年预算多少","渝中就业补助资金全年预算数","渝中城镇新增就业人数实际完成多少","社工部项目支出多少"}
PRUNE_C = {("江安检验检测设备购置经费","其他资金呢"),("农机购置补贴全年预算多少","年初呢"),("东湖2019年预算","2018年呢"),
 ("普陀社工部基本支出多少","项目支出呢"),("普陀财政局公用经费","人员经费呢")}
all_s = [(q, st, co, [] if q in PRUNE else ex, src) for q, st, co, ex, src in all_s]
all_c = [(q, st, co, [] if tuple(q[:2]) in PRUNE_C else ex, src) for q, st, co, ex, src in all_c]
add("s", seed_s, "seed", False); add("sc", seed_c, "seed", True)
add("a", all_s, "all", False); add("ac", all_c, "all", True)
with open("/work/blind28/questions.jsonl", "w") as f:
    for d, _ in items: f.write(json.dumps(d, ensure_ascii=False) + "\n")
with open("/work/blind28/ANSWERS.md", "w") as f:
    f.write("# ANSWERS — where each expected answer is read\n\n")
    f.write("Docs: seed = /work/shared/seed/000_9289cd5134f499bc.txt; samples = /work/shared/samples/*; docs/ = this folder.\n")
    f.write("Row names in the doc1 text file are project lines; 'sheet X' = workbook sheet;霞浦 rows are identified by 科目编码 (data rows 5–62, 合计 row 5).\n")
    f.write("Doc1 amount lines print only non-blank columns in the order 总计/财政拨款/财政专户拨款/其他资金: a line with 3 figures = 总计, 财政拨款, 财政专户拨款; a line with 4 figures has all columns (其他资金 only occurs in such lines).\n")
    f.write("Computed figures show the arithmetic. Status unknown = data not in any loaded table.\n\n")
    for d, src in items:
        q = d.get("q") or " → ".join(d["conversation"])
        f.write("- %s [%s] %s — %s | expect: %s\n" % (d["id"], "/".join(d["status"]), q, src, ", ".join(d["contains"]) or "-"))
n = len(items); unk = sum(1 for d, _ in items if d["status"] == U); conv = sum(1 for d, _ in items if "conversation" in d)
print("total", n, "seed", sum(1 for d,_ in items if d["kb"]=="seed"), "all", sum(1 for d,_ in items if d["kb"]=="all"), "unknown", unk, "conv", conv,
      "clarify", sum(1 for d,_ in items if "clarify" in d["status"]))
