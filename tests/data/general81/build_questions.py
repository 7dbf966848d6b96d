#!/usr/bin/env python
"""Builds questions.jsonl, ANSWERS.md and answers_meta.json from questions_src.py."""
import json, os, tempfile
import questions_src as S
HERE = tempfile.mkdtemp(prefix="blind81-")  # (the committed set is tests/questions/blind_81.jsonl, its meta beside check.py)
DROP = set("""表里金额单位是啥|开展最多访一次按期办结率要求多少|信访超市有没有满意度方面的指标|平均每个项目多少钱|除了雇员工资以外其他项目加起来多少|车辆购置数量实施周期指标值|公务用车购置经费的效益指标|经济效益指标有几个|政府雇员工资经费绩效目标|信访超市钱从哪来的|请律师的是哪个项目|法律顾问的成本指标|编外人员工资支付及时性的实施周期指标值|卫健信息化运维经费|慢病地方病监测经费|出生缺陷防治经费|孕产妇儿童健康管理经费的其他资金|预防接种门诊有几个|婴儿死亡率要控制在多少|卫生健康数据互联互通年度指标值|基本公共卫生服务项目补助经费几个指标|疾控实验室的成本指标值|冷链那个项目的目标是什么|两癌早诊率指标值|重大慢性病过早死亡率要控制在多少|妇幼保健院哪个项目最少|接种适龄女生人数是多少|特别扶助对象有多少人|家庭医生团队数量指标|饮用水水质检测是哪个项目的|HPV疫苗接种经费其他资金多少|疾控中心哪个项目钱最多|妇幼保健院有几个项目|社保基金利息收入合计|失业保险基金其他支出多少|工伤保险上解上级支出|供水一体化二期企业自筹多少|矿山公园停车场有多少车位|城市建设类项目总投资小计|扶持创业企业个数指标值|普惠金融发展支出多少|劳动监察网格日常巡查标准|普陀财政局行政单位离退休支出""".split("|"))
FILES = {"seed": "/work/shared/seed/000_9289cd5134f499bc.txt",
         "T1": "docs/遂昌县卫生健康局2026年项目支出绩效目标表.txt",
         "T2": "docs/遂昌县2026年社会保险基金预算收支表.xlsx",
         "T3": "docs/遂昌县2026年政府投资项目年度计划表.xlsx",
         "zj": "/work/shared/samples/zhanjiang_rsj_2024_department_targets.xlsx",
         "wh": "/work/shared/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
         "cq": "/work/shared/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
         "sgb": "/work/shared/samples/putuo_shegongbu_2024_final_accounts.pdf",
         "czj": "/work/shared/samples/putuo_czj_2024_final_accounts.pdf"}
STAT = {"a": ["answered"], "u": ["unknown"], "c": ["clarify", "answered"]}
def main():
    items = [x for x in S.Q if not (isinstance(x["q"], str) and x["q"] in DROP)]
    assert len(S.Q) - len(items) == len(DROP), (len(S.Q), len(items), len(DROP))
    n = {}
    out, meta, md = [], [], ["# ANSWERS", "", "id | question | where the answer is read (file: location; arithmetic)", "--- | --- | ---"]
    for x in items:
        conv = isinstance(x["q"], list)
        pre = ("s" if x["kb"] == "seed" else "a") + ("c" if conv else "")
        n[pre] = n.get(pre, 0) + 1
        iid = "%s-%03d" % (pre, n[pre]) + ("-unk" if x["st"] == "u" else "")
        it = {"id": iid}
        it["conversation" if conv else "q"] = x["q"]
        it.update(status=STAT[x["st"]], contains=x["con"], excludes=x["exc"], kb=x["kb"])
        out.append(it)
        meta.append({"id": iid, "src": x["src"], "where": x["where"], "calc": x["calc"], "status": it["status"], "contains": x["con"], "excludes": x["exc"]})
        srcs = [FILES.get(s, s) for s in x["src"].split("+") if s]
        qtxt = " → ".join(x["q"]) if conv else x["q"]
        md.append("%s | %s | %s: %s%s" % (iid, qtxt, "; ".join(os.path.basename(s) for s in srcs) or "(none: not in the data)",
                                         x["where"], ("; " + x["calc"]) if x["calc"] else ""))
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for it in out: fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "answers_meta.json"), "w", encoding="utf-8") as fh:
        json.dump({"files": FILES, "items": meta}, fh, ensure_ascii=False, indent=0)
    with open(os.path.join(HERE, "ANSWERS.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(md) + "\n")
    seed = sum(1 for i in out if i["kb"] == "seed")
    unk = sum(1 for i in out if i["status"] == ["unknown"])
    conv = sum(1 for i in out if "conversation" in i)
    print("total %d, seed %d, all %d, unknown %d, conversations %d" % (len(out), seed, len(out) - seed, unk, conv))
if __name__ == "__main__":
    main()
