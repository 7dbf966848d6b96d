# -*- coding: utf-8 -*-
"""Verifies that every contains string of every item occurs in a document the item cites
(items_meta.json: src), or is the verified result of the item's arithmetic (calc)."""
import json, os, re, sys
from decimal import Decimal
import openpyxl, pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
SH = "/work/shared"
FILES = {"seed": SH + "/seed/000_9289cd5134f499bc.txt",
         "T1": HERE + "/新昌县农业农村局_2026年_项目支出绩效目标表.txt",
         "T2": HERE + "/新昌县农业农村局_2025年度_项目支出绩效自评表.xlsx",
         "T3": HERE + "/新昌县_2026年_部门收入预算表.xlsx",
         "cq": SH + "/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
         "wh": SH + "/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
         "zj": SH + "/samples/zhanjiang_rsj_2024_department_targets.xlsx",
         "czj": SH + "/samples/putuo_czj_2024_final_accounts.pdf",
         "sgb": SH + "/samples/putuo_shegongbu_2024_final_accounts.pdf"}
WS = re.compile(r"\s+")

def render_num(v, fmt):
    out = [str(v)]
    if isinstance(v, float) and v.is_integer():
        out.append(str(int(v)))
    if "%" in fmt:
        dec = len(fmt.split(".")[1].split("%")[0]) if "." in fmt else 0
        out.append(("%." + str(dec) + "f%%") % (v * 100))
    elif "0.00" in fmt:
        out.append("%.2f" % v)
        if "," in fmt:
            out.append("{:,.2f}".format(v))
    return "|".join(out)

def text_of(key):
    p = FILES[key]
    if p.endswith(".txt"):
        return WS.sub("", open(p, encoding="utf-8").read())
    if p.endswith(".xlsx"):
        parts = []
        for ws in openpyxl.load_workbook(p).worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None:
                        continue
                    parts.append(render_num(v, c.number_format) if isinstance(v, (int, float)) else str(v))
        return WS.sub("", "|".join(parts))
    with pdfplumber.open(p) as pdf:
        return WS.sub("", "".join((pg.extract_text() or "") for pg in pdf.pages))

TEXT = {k: text_of(k) for k in FILES}

def special(name):
    if name == "seed":
        return len(re.findall(r"^    \S", open(FILES["seed"], encoding="utf-8").read(), re.M))
    if name == "T1":
        return len(re.findall(r"^    \S", open(FILES["T1"], encoding="utf-8").read(), re.M))
    if name == "T3":
        return TEXT["T3"].count("小计|") - 1  # header 小计 once
    if name == "seed_car_inds":
        seg = TEXT["seed"].split("公务用车购置经费15.0015.00")[1]
        return len(re.findall(r"\d、\d-", seg))
    raise KeyError(name)

def check_calc(calc, src):
    """Returns (ok, result string, message)."""
    lhs, rhs = calc.rsplit("=", 1)
    if lhs.startswith("count:"):
        got = special(lhs.split(":")[1])
        return got == int(rhs), rhs, "count %s=%s" % (lhs, got)
    val = eval(lhs, {"__builtins__": {}})
    dec = len(rhs.split(".")[1]) if "." in rhs else 0
    ok = abs(round(val, dec) - float(rhs)) < 10 ** (-dec) / 2 + 1e-9
    for num in re.findall(r"\d+(?:\.\d+)?", lhs):
        if float(num) <= 10 and "." not in num:
            continue  # small integers: counts, 100 for percent
        if num == "100":
            continue
        variants = {num, num.rstrip("0").rstrip(".") if "." in num else num}
        if not any(v in TEXT[s] for s in src for v in variants):
            return False, rhs, "operand %s not in %s" % (num, src)
    return ok, rhs, "value %r" % val

def main():
    meta = {m["id"]: m for m in json.load(open(os.path.join(HERE, "items_meta.json"), encoding="utf-8"))}
    bad = 0; n = 0
    for line in open(os.path.join(HERE, "..", "..", "questions", "blind_58.jsonl"), encoding="utf-8"):
        it = json.loads(line); m = meta[it["id"]]; n += 1
        results = []
        for c in m["calc"]:
            ok, res, msg = check_calc(c, m["src"])
            if not ok:
                print("CALC FAIL", it["id"], c, msg); bad += 1
            results.append(res)
        for c in it["contains"]:
            cc = WS.sub("", c)
            if any(cc in TEXT[s] for s in m["src"]) or any(cc in r for r in results):
                continue
            print("MISSING", it["id"], repr(c), "in", m["src"]); bad += 1
        if it["status"] == ["unknown"] and it["contains"]:
            print("NOTE unknown item with contains", it["id"])
    print("checked %d items, %d problems" % (n, bad))
    return bad

if __name__ == "__main__":
    sys.exit(1 if main() else 0)
