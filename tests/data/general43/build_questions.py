# -*- coding: utf-8 -*-
"""Build questions.jsonl, ANSWERS.md and scratch/meta.json from qsrc_seed.py / qsrc_all.py."""
import json, os
import qsrc_seed, qsrc_all

HERE = os.path.dirname(os.path.abspath(__file__))
DOCFILE = {
    "SEED": "/work/shared/seed/000_9289cd5134f499bc.txt",
    "T1": "docs/广汉市水利局2025年项目支出绩效目标表.txt",
    "T2": "docs/广汉市农业农村局2024年度项目支出绩效自评表.xlsx",
    "T3": "docs/广汉市2025年部门三公经费预算表.xlsx",
    "ZJ": "/work/shared/samples/zhanjiang_rsj_2024_department_targets.xlsx",
    "WH": "/work/shared/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
    "CQ": "/work/shared/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
    "SGB": "/work/shared/samples/putuo_shegongbu_2024_final_accounts.pdf",
    "CZJ": "/work/shared/samples/putuo_czj_2024_final_accounts.pdf",
}
DROP = set("""水保监管那个经费多少 节水工作经费多少 运维人员公用经费是多少 水质检测经费多少 农村供水服务中心总额 提灌站修几座
市级河长巡河要多少次 单份样品检测费用上限 水库管几座 人民渠岁修什么时候完工 供水故障多久修好 险情发生后物资多久调到 救生衣补充多少件
万元GDP用水量下降率目标 管网漏损率要控制在多少 水利局其他资金一共多少 末级渠系每公里维修成本
耕地地力保护补贴预算多少 年初预算数合计 动物疫病强制免疫执行数 土地承包纠纷仲裁经费执行多少 农产品质量安全监管经费得了几分
高标准农田上年结转资金 节水灌溉面积占比完成多少 执法经费执行率
公安局公车运行维护费2025年 24年三公合计多少 交通局2024年公车购置 统计局三公多少 2025年公车运行维护费合计 政府办2024年接待费
投促局公务接待费多少 商务局出国费今年多少 广汉民政局三公多少
湛江人社下属二级单位几个 扶持创业企业个数目标 城乡居民基础养老金标准 普惠金融发展支出 五险净增人数 社工部项目支出 社工部行政运行支出
财政委托业务支出多少 离校未就业高校毕业生就业率完成值
信访局和水利局满意度指标各几个 广汉水利局和农业农村局三公2024年加起来 水利局人民渠维修养护和农业农村局秸秆综合利用哪个多
高标准农田建设和人民渠维修哪个钱多 广汉水利局和广州白云信访局的雇员工资经费合计 质量指标最多的是哪个部门 白云区信访局2025年预算""".split())
DROP_CONV = {("水利局的满意度指标有几个", "农业农村局的呢")}
ST = {"a": ["answered"], "c": ["clarify"], "u": ["unknown"], "ac": ["answered", "clarify"]}


def main():
    out, meta, lines = [], [], []
    counters = {}
    seen = set()
    for kb, mod in (("seed", qsrc_seed), ("all", qsrc_all)):
        for it in mod.ITEMS:
            kind, q, st, con, exc, doc, where = it[:7]
            calc = it[7] if len(it) > 7 else {}
            if isinstance(q, str) and q in DROP:
                continue
            if isinstance(q, list) and tuple(q) in DROP_CONV:
                continue
            key = json.dumps(q, ensure_ascii=False)
            assert key not in seen, key
            seen.add(key)
            counters[kind] = counters.get(kind, 0) + 1
            iid = f"{kind}-{counters[kind]:03d}" + ("-unk" if st == "u" else "")
            rec = {"id": iid}
            rec["q" if isinstance(q, str) else "conversation"] = q
            rec.update(status=ST[st], contains=con, excludes=exc, kb=kb)
            out.append(rec)
            docs = doc if isinstance(doc, list) else [doc]
            meta.append(dict(id=iid, docs=docs, calc=calc))
            qtxt = q if isinstance(q, str) else " → ".join(q)
            files = "; ".join(os.path.basename(DOCFILE[d]) for d in docs)
            arith = ("；算式 " + "，".join(f"{v}={k}" for k, v in calc.items())) if calc else ""
            lines.append(f"{iid} | {qtxt} | {files}: {where}{arith} | 期望 {'/'.join(ST[st])}"
                         + (f"，含 {'、'.join(con)}" if con else "") + (f"，不含 {'、'.join(exc)}" if exc else ""))
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "ANSWERS.md"), "w", encoding="utf-8") as f:
        f.write("# ANSWERS — 广汉市 blind set\n\nid | question | where the answer is read (file: project / sheet row / table; arithmetic) | expected\n\n")
        for l in lines:
            f.write(l + "\n\n")
    json.dump(dict(docfile=DOCFILE, items=meta), open(os.path.join(HERE, "answers_meta.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=0)
    print(len(out))


if __name__ == "__main__":
    main()
