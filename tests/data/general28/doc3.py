# -*- coding: utf-8 -*-
import json, openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
LEI = {"201":"一般公共服务支出","204":"公共安全支出","205":"教育支出","208":"社会保障和就业支出","210":"卫生健康支出",
       "212":"城乡社区支出","213":"农林水支出","221":"住房保障支出","229":"其他支出"}
KUAN = {"20101":"人大事务","20103":"政府办公厅（室）及相关机构事务","20106":"财政事务","20138":"市场监督管理事务",
        "20402":"公安","20502":"普通教育","20805":"行政事业单位养老支出","20807":"就业补助","20819":"最低生活保障",
        "21003":"基层医疗卫生机构","21004":"公共卫生","21011":"行政事业单位医疗","21201":"城乡社区管理事务",
        "21205":"城乡社区环境卫生","21301":"农业农村","21307":"农村综合改革","22102":"住房改革支出","22999":"其他支出"}
XIANG = [("2010101","行政运行",612,640,0),("2010108","代表工作",85,0,92),
 ("2010301","行政运行",1850,1902,0),("2010350","事业运行",420,436,0),
 ("2010601","行政运行",980,1015,0),("2010607","信息化建设",160,0,135),
 ("2013801","行政运行",1520,1568,0),("2013816","食品安全监管",210,0,245),
 ("2040201","行政运行",6830,7012,0),("2040220","执法办案",950,0,1080),
 ("2050201","学前教育",4200,2860,1620),("2050202","小学教育",18650,17420,1850),("2050203","初中教育",12380,11560,1240),("2050204","高中教育",7920,7180,960),
 ("2080505","机关事业单位基本养老保险缴费支出",9860,10240,0),("2080506","机关事业单位职业年金缴费支出",4120,4280,0),
 ("2080705","公益性岗位补贴",680,0,720),("2081902","农村最低生活保障金支出",5300,0,5120),
 ("2100302","乡镇卫生院",3650,3420,380),("2100408","基本公共卫生服务",2860,0,3010),("2100409","重大公共卫生服务",None,0,450),
 ("2101101","行政单位医疗",1560,1610,0),("2101102","事业单位医疗",2240,2310,0),
 ("2120104","城管执法",1380,1420,160),("2120501","城乡社区环境卫生",2650,0,2780),
 ("2130101","行政运行",760,785,0),("2130122","农业生产发展",3150,0,2860),("2130705","对村民委员会和村党支部的补助",2980,0,3100),
 ("2210201","住房公积金",5420,5630,0),("2299901","其他支出",1500,0,1200)]
def agg(rows):
    last = sum(r[2] or 0 for r in rows); b = sum(r[3] for r in rows); p = sum(r[4] for r in rows)
    return last, b, p
rows = []
tot = agg(XIANG)
rows.append(("", "合计") + tot)
for l, ln in LEI.items():
    xs = [x for x in XIANG if x[0].startswith(l)]
    rows.append((l, ln) + agg(xs))
    for k, kn in KUAN.items():
        if not k.startswith(l): continue
        ks = [x for x in XIANG if x[0].startswith(k)]
        rows.append((k, kn) + agg(ks))
        for x in ks: rows.append(x)
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "一般公共预算支出功能分类"
ws.merge_cells("A1:H1"); ws["A1"] = "霞浦县2025年一般公共预算支出功能分类预算表"; ws["A1"].font = Font(bold=True, size=14)
ws["A1"].alignment = Alignment(horizontal="center")
ws["H2"] = "单位：万元"
for c, h in zip("ABC", ["科目编码", "科目名称", "上年预算数"]):
    ws.merge_cells(f"{c}3:{c}4"); ws[f"{c}3"] = h
ws.merge_cells("D3:F3"); ws["D3"] = "本年预算数"
ws["D4"], ws["E4"], ws["F4"] = "小计", "基本支出", "项目支出"
ws.merge_cells("G3:G4"); ws["G3"] = "增减额"
ws.merge_cells("H3:H4"); ws["H3"] = "增减%"
out = []
r = 5
for code, name, last, b, p in rows:
    sub = b + p
    diff = sub - (last or 0)
    pct = round(diff / last * 100, 1) if last else None
    vals = [code, name, last if last is not None else None, sub, b if b else None, p if p else None, diff, pct if pct is not None else "—"]
    for c, v in zip("ABCDEFGH", vals):
        ws[f"{c}{r}"] = v
    if len(code) <= 3: 
        for c in "ABCDEFGH": ws[f"{c}{r}"].font = Font(bold=True)
    out.append(dict(row=r, code=code, name=name, last=last, sub=sub, base=b, proj=p, diff=diff, pct=pct))
    r += 1
ws.merge_cells(f"A{r}:H{r}")
ws[f"A{r}"] = "注：1.本表为县本级一般公共预算支出，不含上级提前下达的转移支付；上年预算数为2024年年初预算数。2.“—”表示上年无此科目，无法计算增减幅度。"
for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=8):
    for c in row: c.border = B
for col, wdt in zip("ABCDEFGH", [12, 34, 12, 12, 12, 12, 10, 8]): ws.column_dimensions[col].width = wdt
wb.save("/work/blind28/docs/宁德霞浦县_2025_一般公共预算支出功能分类预算表.xlsx")
json.dump(out, open("/work/blind28/gen/doc3.json", "w"), ensure_ascii=False, indent=0)
for o in out: print(o["row"], o["code"], o["name"], o["last"], o["sub"], o["base"], o["proj"], o["diff"], o["pct"])
print(len(out))
