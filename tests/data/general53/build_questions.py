# -*- coding: utf-8 -*-
"""Assemble questions.jsonl, ANSWERS.md and answers_key.json from q_*.py."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}
for f in ["q_seed.py", "q_all1.py", "q_all2.py"]:
    exec(open(os.path.join(HERE, f), encoding="utf-8").read(), ns)

CONV = {
 "知识产权专项里财政拨款多少": ["知识产权资助经费多少钱", "其中财政拨款多少"],
 "资助发明专利授权件数的指标值": ["知识产权专项有哪些指标", "资助发明专利授权件数的指标值是多少"],
 "检验报告差错率": ["五金检验经费多少", "它的检验报告差错率要求多少"],
 "立案查处案件数要多少件": ["执法办案经费多少", "立案查处案件数要多少件"],
 "食品抽检有几个绩效指标": ["食品抽检经费多少", "它有几个绩效指标"],
 "第一人民医院专用设备多少": ["一人医资产总额多少", "其中专用设备呢"],
 "教育发展中心的无形资产多少": ["教育发展中心资产总额", "无形资产多少"],
 "图书馆房屋资产": ["图书馆资产总额多少", "房屋那块呢"],
 "车辆金额合计": ["五个部门一共几辆车", "车辆金额合计呢"],
 "一人医公务接待费决算": ["一人医三公经费决算多少", "其中公务接待费呢"],
 "国库支付中心公务接待费决算": ["财政局三公决算多少", "国库支付中心的公务接待费呢"],
 "公路与运输管理中心公车运维费决算": ["交通局三公决算多少", "下面公路与运输管理中心的公车运维费呢"],
 "资金使用合规性权重": ["渝中就业补助资金有哪些管理类指标", "资金使用合规性权重多少"],
 "普惠金融发展支出多少": ["东湖专项资金总预算", "普惠金融发展支出多少"],
 "湛江失业人员再就业人数目标": ["湛江人社局城镇新增就业人数目标", "失业人员再就业人数呢"],
 "社工部项目支出": ["社工部基本支出多少", "项目支出呢"],
 "普陀财政局财政委托业务支出多少": ["普陀财政局信息化建设支出", "财政委托业务支出呢"],
}
DOCFILES = {
 "S": "/work/shared/seed/000_9289cd5134f499bc.txt",
 "T1": "docs/永康市市场监督管理局_2025年_项目支出绩效目标表.txt",
 "T2": "docs/永康市_2024年度_部门国有资产占用情况表.xlsx",
 "T3": "docs/永康市_2024年度_部门机关运行经费及三公经费决算表.xlsx",
 "ZJ": "/work/shared/samples/zhanjiang_rsj_2024_department_targets.xlsx",
 "WH": "/work/shared/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
 "CQ": "/work/shared/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
 "SG": "/work/shared/samples/putuo_shegongbu_2024_final_accounts.pdf",
 "CZ": "/work/shared/samples/putuo_czj_2024_final_accounts.pdf",
}

def build():
    groups = [("seed", ns["ITEMS_SEED"]),
              ("all", ns["ITEMS_T1"] + ns["ITEMS_T23"] + ns["ITEMS_SAMPLES"] + ns["ITEMS_CROSS"])]
    counters = {}
    out, key, md = [], {}, ["# ANSWERS", "", "id | question | where (file, row/project, arithmetic)", "--- | --- | ---"]
    for kb, items in groups:
        for kind, q, status, contains, excludes, docs, where in items:
            status = [status] if isinstance(status, str) else list(status)
            if isinstance(q, str) and q in CONV:
                q = CONV[q]
            base = kind.replace("-unk", "")
            base = ("s" if kb == "seed" else "a") + ("c" if isinstance(q, list) else "")
            counters[base] = counters.get(base, 0) + 1
            iid = "%s-%03d" % (base, counters[base])
            if status[0] == "unknown":
                iid += "-unk"
            item = {"id": iid}
            if isinstance(q, list):
                item["conversation"] = q
            else:
                item["q"] = q
            item.update({"status": status, "contains": contains, "excludes": excludes, "kb": kb})
            out.append(item)
            dl = [d for d in docs.split(",") if d]
            key[iid] = {"docs": dl, "where": where}
            qtext = " → ".join(q) if isinstance(q, list) else q
            files = ", ".join(os.path.basename(DOCFILES[d]) for d in dl)
            md.append("%s | %s | %s: %s" % (iid, qtext, files, where))
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for it in out:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "answers_key.json"), "w", encoding="utf-8") as fh:
        json.dump({"docfiles": DOCFILES, "items": key}, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "ANSWERS.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(md) + "\n")
    return out

if __name__ == "__main__":
    out = build()
    print(len(out))
