"""Create three fictional general tables for blind set 6."""
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from decimal import Decimal as D
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'general')
os.makedirs(OUT, exist_ok=True)
thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
bold = Font(bold=True); C = Alignment(horizontal='center', vertical='center', wrap_text=True)

def box(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = B

# ---------- table 1: year-labelled comparison ----------
def t1():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '预决算对比'
    ws.merge_cells('A1:F1'); ws['A1'] = '澄湖县卫生健康局2024年一般公共预算支出预算与2023年决算对比表'
    ws['A1'].font = Font(bold=True, size=14); ws['A1'].alignment = C
    ws.merge_cells('A2:F2'); ws['A2'] = '单位：万元'; ws['A2'].alignment = Alignment(horizontal='right')
    hdr = ['序号', '项目', '2023年决算数', '2024年预算数', '增减额', '增长率']
    for i, h in enumerate(hdr, 1):
        ws.cell(3, i, h).font = bold; ws.cell(3, i).alignment = C
    basic = [('工资福利支出', '1286.45', '1352.80'), ('商品和服务支出', '214.36', '198.50'),
             ('对个人和家庭的补助', '86.12', '92.40')]
    proj = [('基本公共卫生服务补助资金', '1520.00', '1680.00'), ('家庭医生签约服务经费', '245.60', '260.00'),
            ('疾病预防控制专项经费', '388.25', '350.00'), ('卫生健康信息化建设', '156.80', '210.00'),
            ('爱国卫生运动经费', '42.30', '45.00'), ('村卫生室运行补助', '318.00', '318.00'),
            ('卫生应急物资储备', None, '120.00')]
    def put(r, seq, name, a, b, isbold=False):
        ws.cell(r, 1, seq); ws.cell(r, 2, name)
        if a is not None: ws.cell(r, 3, float(a))
        ws.cell(r, 4, float(b))
        diff = D(b) - (D(a) if a else D(0)); ws.cell(r, 5, float(diff))
        if a: ws.cell(r, 6, float(round(diff / D(a), 6))); ws.cell(r, 6).number_format = '0.00%'
        else: ws.cell(r, 6, '新增')
        for c in (3, 4, 5): ws.cell(r, c).number_format = '#,##0.00'
        if isbold:
            for c in range(1, 7): ws.cell(r, c).font = bold
    sb_a = sum(D(a) for _, a, _ in basic); sb_b = sum(D(b) for _, _, b in basic)
    sp_a = sum(D(a) for _, a, _ in proj if a); sp_b = sum(D(b) for _, _, b in proj)
    r = 4
    put(r, '', '合计', str(sb_a + sp_a), str(sb_b + sp_b), True); r += 1
    put(r, '一', '基本支出', str(sb_a), str(sb_b), True); r += 1
    for i, (n, a, b) in enumerate(basic, 1): put(r, i, n, a, b); r += 1
    put(r, '二', '项目支出', str(sp_a), str(sp_b), True); r += 1
    for i, (n, a, b) in enumerate(proj, 1): put(r, i, n, a, b); r += 1
    last = r - 1
    box(ws, 3, last, 1, 6)
    r += 1
    ws.cell(r, 2, '附：“三公”经费').font = bold; r += 1
    sg = [('因公出国（境）费', None, None), ('公务接待费', '3.20', '2.80'), ('公务用车运行维护费', '12.50', '11.00')]
    top = r
    put(r, '', '“三公”经费合计', '15.70', '13.80', True); r += 1
    for i, (n, a, b) in enumerate(sg, 1):
        ws.cell(r, 1, i); ws.cell(r, 2, n)
        if a: put(r, i, n, a, b)
        r += 1
    box(ws, top, r - 1, 1, 6)
    r += 1
    ws.cell(r, 1, '注：1.增长率=（2024年预算数-2023年决算数）÷2023年决算数；2.卫生应急物资储备为2024年新增项目，2023年无决算数；3.因公出国（境）费两年均未安排。')
    ws.column_dimensions['B'].width = 28
    for col in 'CDEF': ws.column_dimensions[col].width = 15
    wb.save(os.path.join(OUT, 'general6_1_yusuan_juesuan_duibi.xlsx'))

# ---------- table 2: multi-sheet workbook ----------
def t2():
    wb = openpyxl.Workbook()
    # sheet 1: amounts in yuan
    ws = wb.active; ws.title = '耕地地力保护补贴'
    ws.merge_cells('A1:D1'); ws['A1'] = '枫林区农业农村局2025年耕地地力保护补贴资金分配表'; ws['A1'].font = Font(bold=True, size=13); ws['A1'].alignment = C
    ws.merge_cells('A2:D2'); ws['A2'] = '金额单位：元'; ws['A2'].alignment = Alignment(horizontal='right')
    for i, h in enumerate(['镇（街道）', '补贴面积（亩）', '补贴标准（元/亩）', '补贴金额（元）'], 1):
        ws.cell(3, i, h).font = bold; ws.cell(3, i).alignment = C
    rows = [('青石镇', 42360), ('白沙镇', 38915), ('东坪街道', 6240), ('柳塘镇', 51080), ('石门乡', 29477)]
    r = 4; ta = 0; tm = D(0)
    for n, a in rows:
        m = D(a) * D('112.5')
        ws.cell(r, 1, n); ws.cell(r, 2, a); ws.cell(r, 3, 112.5); ws.cell(r, 4, float(m))
        ws.cell(r, 4).number_format = '#,##0.00'
        ta += a; tm += m; r += 1
    ws.cell(r, 1, '合计').font = bold; ws.cell(r, 2, ta); ws.cell(r, 4, float(tm))
    ws.cell(r, 4).number_format = '#,##0.00'
    box(ws, 3, r, 1, 4)
    ws.cell(r + 2, 1, '注：补贴面积以2024年度确权承包地面积为基数核定，补贴标准全区统一为每亩112.5元。')
    for col in 'ABCD': ws.column_dimensions[col].width = 18
    # sheet 2: 万元, funding split
    ws = wb.create_sheet('高标准农田建设')
    ws.merge_cells('A1:G1'); ws['A1'] = '枫林区2025年高标准农田建设资金分配表'; ws['A1'].font = Font(bold=True, size=13); ws['A1'].alignment = C
    ws.merge_cells('A2:G2'); ws['A2'] = '单位：万元'; ws['A2'].alignment = Alignment(horizontal='right')
    for i, h in enumerate(['镇（街道）', '项目名称', '建设面积（亩）', '中央资金', '省级资金', '区级配套', '小计'], 1):
        ws.cell(3, i, h).font = bold; ws.cell(3, i).alignment = C
    rows = [('青石镇', '青石镇2025年高标准农田建设项目', 12000, '216.00', '72.00', '72.00'),
            ('柳塘镇', '柳塘镇高标准农田改造提升项目', 15500, '279.00', '93.00', '93.00'),
            ('石门乡', '石门乡丘陵区农田建设项目', 8000, '144.00', '48.00', '48.00')]
    r = 4; tot = [0, D(0), D(0), D(0), D(0)]
    for n, p, a, c1, c2, c3 in rows:
        s = D(c1) + D(c2) + D(c3)
        vals = [n, p, a, float(c1), float(c2), float(c3), float(s)]
        for i, v in enumerate(vals, 1): ws.cell(r, i, v)
        for c in range(4, 8): ws.cell(r, c).number_format = '0.00'
        tot[0] += a; tot[1] += D(c1); tot[2] += D(c2); tot[3] += D(c3); tot[4] += s; r += 1
    ws.cell(r, 1, '合计').font = bold; ws.cell(r, 3, tot[0])
    for i, v in enumerate(tot[1:], 4): ws.cell(r, i, float(v)); ws.cell(r, i).number_format = '0.00'
    box(ws, 3, r, 1, 7)
    ws.cell(r + 2, 1, '注：亩均财政投入300元，中央资金、省级资金、区级配套分别承担60%、20%、20%。白沙镇、东坪街道本年度无建设任务。')
    ws.column_dimensions['B'].width = 34
    # sheet 3: numbers stored as text, blanks for zero
    ws = wb.create_sheet('农村人居环境整治')
    ws.merge_cells('A1:F1'); ws['A1'] = '枫林区2025年农村人居环境整治专项资金分配表'; ws['A1'].font = Font(bold=True, size=13); ws['A1'].alignment = C
    ws.merge_cells('A2:F2'); ws['A2'] = '单位：万元'; ws['A2'].alignment = Alignment(horizontal='right')
    ws.merge_cells('A3:A4'); ws['A3'] = '镇（街道）'
    ws.merge_cells('B3:B4'); ws['B3'] = '行政村数（个）'
    ws.merge_cells('C3:C4'); ws['C3'] = '分配金额'
    ws.merge_cells('D3:E3'); ws['D3'] = '其中'
    ws['D4'] = '农村厕所改造'; ws['E4'] = '生活垃圾治理'
    ws.merge_cells('F3:F4'); ws['F3'] = '备注'
    for rr in (3, 4):
        for c in range(1, 7): ws.cell(rr, c).font = bold; ws.cell(rr, c).alignment = C
    rows = [('青石镇', 14, '48.00', '78.50', ''), ('白沙镇', 11, '35.00', '63.20', ''),
            ('东坪街道', 3, None, '24.00', '城中村，不安排改厕资金'), ('柳塘镇', 17, '60.00', '92.80', ''),
            ('石门乡', 9, '30.00', '51.30', '含2个少数民族村')]
    r = 5; tv = 0; tt = [D(0), D(0), D(0)]
    for n, v, a, b, note in rows:
        s = (D(a) if a else D(0)) + D(b)
        ws.cell(r, 1, n); ws.cell(r, 2, str(v)); ws.cell(r, 3, f'{s:.2f}')
        if a: ws.cell(r, 4, a)
        ws.cell(r, 5, b)
        if note: ws.cell(r, 6, note)
        tv += v; tt[0] += s; tt[1] += D(a) if a else 0; tt[2] += D(b); r += 1
    ws.cell(r, 1, '合计').font = bold; ws.cell(r, 2, str(tv))
    for i, v in enumerate(tt, 3): ws.cell(r, i, f'{v:.2f}')
    box(ws, 3, r, 1, 6)
    ws.cell(r + 2, 1, '注：本表金额为文本格式录入；空白表示未安排。')
    ws.column_dimensions['F'].width = 26
    wb.save(os.path.join(OUT, 'general6_2_shenong_zijin_fenpei.xlsx'))

# ---------- table 3: 类/款/项 coded rows ----------
def t3():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '基金支出'
    ws.merge_cells('A1:F1'); ws['A1'] = '云溪县住房和城乡建设局2024年政府性基金预算支出表'; ws['A1'].font = Font(bold=True, size=14); ws['A1'].alignment = C
    ws.merge_cells('A2:F2'); ws['A2'] = '单位：万元'; ws['A2'].alignment = Alignment(horizontal='right')
    ws.merge_cells('A3:A4'); ws['A3'] = '科目编码'
    ws.merge_cells('B3:B4'); ws['B3'] = '科目名称'
    ws.merge_cells('C3:C4'); ws['C3'] = '合计'
    ws.merge_cells('D3:E3'); ws['D3'] = '资金来源'
    ws['D4'] = '本年安排'; ws['E4'] = '上年结转'
    ws.merge_cells('F3:F4'); ws['F3'] = '备注'
    for rr in (3, 4):
        for c in range(1, 7): ws.cell(rr, c).font = bold; ws.cell(rr, c).alignment = C
    tree = [
        ('212', '城乡社区支出', [
            ('21208', '国有土地使用权出让收入安排的支出', [
                ('2120801', '征地和拆迁补偿支出', '1600.00', '250.00', ''),
                ('2120802', '土地开发支出', '920.00', None, ''),
                ('2120803', '城市建设支出', '3100.00', '360.50', '含老旧小区改造配套'),
                ('2120899', '其他国有土地使用权出让收入安排的支出', '215.00', None, '')]),
            ('21213', '城市基础设施配套费安排的支出', [
                ('2121301', '城市公共设施', '600.00', '80.00', ''),
                ('2121399', '其他城市基础设施配套费安排的支出', '95.40', None, '')])]),
        ('232', '债务付息支出', [
            ('23204', '地方政府专项债务付息支出', [
                ('2320411', '国有土地使用权出让金债务付息支出', '412.60', None, '')])]),
        ('233', '债务发行费用支出', [
            ('23304', '地方政府专项债务发行费用支出', [
                ('2330411', '国有土地使用权出让金债务发行费用支出', '3.85', None, '')])]),
    ]
    def s(items):
        a = sum(D(x[2]) for x in items); b = sum(D(x[3]) for x in items if x[3]); return a, b
    rows = []
    ga = gb = D(0)
    for lc, ln, kuans in tree:
        kr = []; la = lb = D(0)
        for kc, kn, xs in kuans:
            a, b = s(xs); la += a; lb += b
            kr.append((kc, kn, a, b, ''))
            for x in xs: kr.append((x[0], x[1], D(x[2]), D(x[3]) if x[3] else None, x[4]))
        rows.append((lc, ln, la, lb, '')); rows += kr; ga += la; gb += lb
    r = 5
    ws.cell(r, 1, ''); ws.cell(r, 2, '合计')
    ws.cell(r, 3, float(ga + gb)); ws.cell(r, 4, float(ga)); ws.cell(r, 5, float(gb))
    for c in range(1, 7): ws.cell(r, c).font = bold
    r += 1
    for code, name, a, b, note in rows:
        ws.cell(r, 1, code); ws.cell(r, 2, ('  ' * ((len(code) - 3) // 2)) + name)
        ws.cell(r, 3, float(a + (b or 0))); ws.cell(r, 4, float(a))
        if b: ws.cell(r, 5, float(b))
        if note: ws.cell(r, 6, note)
        if len(code) == 3:
            for c in range(1, 7): ws.cell(r, c).font = bold
        r += 1
    for rr in range(5, r):
        for c in (3, 4, 5): ws.cell(rr, c).number_format = '#,##0.00'
    box(ws, 3, r - 1, 1, 6)
    ws.cell(r + 1, 1, '注：1.政府性基金预算支出全部为项目支出，无基本支出；2.空白表示无数据；3.本表不含上级专项转移支付。')
    ws.column_dimensions['B'].width = 42; ws.column_dimensions['F'].width = 20
    for col in 'CDE': ws.column_dimensions[col].width = 14
    wb.save(os.path.join(OUT, 'general6_3_zhengfu_jijin_zhichu.xlsx'))

if __name__ == '__main__':
    t1(); t2(); t3(); print('ok')
