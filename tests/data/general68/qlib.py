# -*- coding: utf-8 -*-
"""Item helper shared by the question files. Each item keeps the document(s) it is read from
(`docs`), where in them (`where`) and, for figures that are computed rather than printed,
the arithmetic (`calc`: figure -> python expression)."""
ITEMS = []
_counters = {}

DOCFILES = {
    "seed": "/work/shared/seed/000_9289cd5134f499bc.txt",
    "T1": "嵊州市交通运输局_2026年_项目支出绩效目标表.txt",
    "T2": "嵊州市_2025年度_部门国有资产占用情况表.xlsx",
    "T3": "嵊州市水利局_2024-2026年_三公经费预算表.xlsx",
    "CQ": "/work/shared/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
    "WH": "/work/shared/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
    "ZJ": "/work/shared/samples/zhanjiang_rsj_2024_department_targets.xlsx",
    "SGB": "/work/shared/samples/putuo_shegongbu_2024_final_accounts.pdf",
    "CZJ": "/work/shared/samples/putuo_czj_2024_final_accounts.pdf",
}

ST = {"a": ["answered"], "c": ["clarify"], "u": ["unknown"], "ac": ["answered", "clarify"],
      "cu": ["clarify", "unknown"], "au": ["answered", "unknown"]}


def Q(kb, text, st, contains=(), excludes=(), docs=("seed",), where="", calc=None):
    conv = isinstance(text, (list, tuple))
    prefix = ("s" if kb == "seed" else "a") + ("c" if conv else "")
    _counters[prefix] = _counters.get(prefix, 0) + 1
    iid = f"{prefix}-{_counters[prefix]:03d}" + ("-unk" if st == "u" else "")
    item = {"id": iid}
    if conv:
        item["conversation"] = list(text)
    else:
        item["q"] = text
    item.update({"status": ST[st], "contains": list(contains), "excludes": list(excludes), "kb": kb})
    if isinstance(docs, str):
        docs = (docs,)
    ITEMS.append({"item": item, "docs": list(docs), "where": where, "calc": calc or {}})
    return item
