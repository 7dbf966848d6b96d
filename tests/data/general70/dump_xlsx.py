import openpyxl, sys
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f)
    for ws in wb.worksheets:
        print("=== ", f, ws.title, ws.dimensions, "merged:", list(ws.merged_cells.ranges)[:40])
        for row in ws.iter_rows():
            vals = [(c.coordinate, c.value) for c in row if c.value is not None]
            if vals: print(vals)
