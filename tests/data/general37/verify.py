import json, glob, openpyxl, re
corp=""
corp+=open("/work/shared/seed/000_9289cd5134f499bc.txt").read()
corp+=open(glob.glob("/work/blind37/docs/*.txt")[0]).read()
for f in glob.glob("/work/blind37/docs/*.xlsx")+glob.glob("/work/shared/samples/*.xlsx"):
    for ws in openpyxl.load_workbook(f):
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None: continue
                corp+=" "+str(v)
                if isinstance(v,float): corp+=" %.2f"%v
corp+=open("/work/blind37/build/pdftext.txt").read()
C=re.sub(r"\s","",corp)
for l in open("/work/blind37/questions.jsonl"):
    o=json.loads(l)
    miss=[c for c in o["contains"] if re.sub(r"\s","",c) not in C]
    if miss: print(o["id"], o.get("q") or o.get("conversation"), miss)
