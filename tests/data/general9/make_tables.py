# Creates three fictional "general" tables for blind set 9.
import openpyxl
from openpyxl.styles import Font, Alignment
import os
os.makedirs('general', exist_ok=True)
C = Alignment(horizontal='center', vertical='center', wrap_text=True)

# ---------- 1: 政府采购预算表, amounts in 元, dept only in title ----------
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '2025年采购预算'
ws['A1'] = '青溪县教育局2025年政府采购预算表'; ws.merge_cells('A1:I1'); ws['A1'].font = Font(bold=True, size=14); ws['A1'].alignment = C
ws['A2'] = '编制单位：青溪县教育局（汇总）'; ws.merge_cells('A2:E2')
ws['H2'] = '单位：元'; ws.merge_cells('H2:I2')
hdr = ['序号', '采购项目名称', '采购品目', '采购方式', '预算金额', '其中：财政拨款', '其中：其他资金', '计划采购时间', '是否面向中小企业预留']
for i, h in enumerate(hdr): ws.cell(3, i + 1, h).alignment = C
rows = [
    ('一、货物类',),
    (1, '学生课桌椅更新', '家具用具', '公开招标', 1286400, 1286400, None, '2025年3月', '是'),
    (2, '多媒体教学一体机', '信息化设备', '公开招标', 2450000, 2000000, 450000, '2025年5月', '否'),
    (3, '中小学图书馆图书采购', '图书', '竞争性磋商', 386500, 386500, None, '2025年4月', '是'),
    (4, '学校食堂厨具设备', '厨卫用具', '询价', 178300, 98300, 80000, '2025年7月', '是'),
    ('货物类小计', 4301200, 3771200, 530000),
    ('二、服务类',),
    (5, '校园安保服务', '安保服务', '公开招标', 1920000, 1920000, None, '2025年1月', '否'),
    (6, '学生营养餐检测服务', '检测服务', '竞争性谈判', 96000, 96000, None, '2025年2月', '是'),
    (7, '教师培训服务', '培训服务', '竞争性磋商', 348000, 348000, None, '2025年6月', '是'),
    (8, '校车租赁服务', '租赁服务', '单一来源', 615000, '415000', 200000, '2025年8月', '否'),
    ('服务类小计', 2979000, 2779000, 200000),
    ('三、工程类',),
    (9, '青溪县第二中学运动场改造', '修缮工程', '公开招标', 3150000, 3150000, None, '2025年7月', '否'),
    (10, '城关小学校舍维修', '修缮工程', '竞争性磋商', 862000, 562000, 300000, '2025年6月', '是'),
    ('工程类小计', 4012000, 3712000, 300000),
    ('合计', 11292200, 10262200, 1030000),
]
r = 4
for row in rows:
    if len(row) == 1:
        ws.cell(r, 1, row[0]); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    elif len(row) == 4:
        ws.cell(r, 1, row[0]); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        for j, v in enumerate(row[1:]): ws.cell(r, 5 + j, v).number_format = '#,##0.00'
    else:
        for j, v in enumerate(row):
            c = ws.cell(r, j + 1, v)
            if 4 <= j <= 6 and isinstance(v, (int, float)): c.number_format = '#,##0.00'
    r += 1
ws.cell(r, 1, '注：1.本表金额单位为元；2.其他资金为学校事业收入；3.采购方式以县财政局政府采购监管部门批复为准；4.空白表示无此项资金。')
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
wb.save('general/general9_1_政府采购预算表.xlsx')

# ---------- 2: 专项资金绩效运行监控表 with 进度 columns, merged project rows ----------
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '绩效监控'
ws['A1'] = '岚川市文化广电旅游局2025年专项资金绩效运行监控表（1—6月）'; ws.merge_cells('A1:J1'); ws['A1'].font = Font(bold=True, size=14)
ws['A2'] = '金额单位：万元    序时进度：50%'; ws.merge_cells('A2:J2')
ws['A3'] = '项目名称'; ws.merge_cells('A3:A4')
ws['B3'] = '预算执行情况'; ws.merge_cells('B3:E3')
for j, h in enumerate(['年初预算', '调整后预算', '1-6月支出', '执行进度']): ws.cell(4, 2 + j, h)
ws['F3'] = '绩效指标完成情况'; ws.merge_cells('F3:I3')
for j, h in enumerate(['指标名称', '年度目标值', '1-6月完成值', '完成进度']): ws.cell(4, 6 + j, h)
ws['J3'] = '偏差原因及纠偏措施'; ws.merge_cells('J3:J4')
projects = [
    ('公共文化场馆免费开放补助', 320, 320, 176.00, [
        ('免费开放场馆数量', '12个', '12个', 1.0),
        ('年接待观众人次', '≥60万人次', '34.5万人次', 0.575),
        ('群众满意度', '≥90%', '年底测评', None)], '按序时推进'),
    ('非物质文化遗产保护传承', 150, 180, 63.00, [
        ('非遗传承人补助人数', '45人', '45人', 1.0),
        ('非遗展演活动场次', '20场', '6场', 0.30)], '展演活动集中在下半年举办，将于9月起加快实施'),
    ('文旅融合发展奖补资金', 500, 450, 112.50, [
        ('奖补A级景区数量', '8家', '2家', 0.25),
        ('旅游接待人次增长率', '≥8%', '5.2%', 0.65)], '奖补申报评审尚未完成，预算调减50万元，四季度集中拨付'),
    ('应急广播体系建设', 260, 260, 208.00, [
        ('新建应急广播终端数量', '1300个', '1040个', 0.80),
        ('系统正常运行率', '≥98%', '99.1%', 1.0)], '进度快于序时'),
]
r = 5
for name, a, b, c, inds, why in projects:
    n = len(inds)
    for col, v in zip([1, 2, 3, 4, 5, 10], [name, a, b, c, c / b, why]):
        cell = ws.cell(r, col, v)
        if col == 5: cell.number_format = '0.00%'
        if n > 1: ws.merge_cells(start_row=r, start_column=col, end_row=r + n - 1, end_column=col)
    for k, (iname, tgt, done, prog) in enumerate(inds):
        ws.cell(r + k, 6, iname); ws.cell(r + k, 7, tgt); ws.cell(r + k, 8, done)
        if prog is not None: ws.cell(r + k, 9, prog).number_format = '0.00%'
    r += n
ws.cell(r, 1, '合计'); ws.cell(r, 2, 1230); ws.cell(r, 3, 1210); ws.cell(r, 4, 559.50)
ws.cell(r, 5, 559.5 / 1210).number_format = '0.00%'
r += 1
ws.cell(r, 1, '注：执行进度=1-6月支出/调整后预算；完成进度=1-6月完成值/年度目标值；满意度类指标年底测评，不计算半年进度。')
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
wb.save('general/general9_2_专项资金绩效跟踪.xlsx')

# ---------- 3: multi-sheet 收支决算对比 (上年/本年), department only in title rows ----------
wb = openpyxl.Workbook()
def pct(a, b): return None if not a else round((b - a) / a, 6)
ws = wb.active; ws.title = '收入决算'
ws['A1'] = '云岫县卫生健康局2024年度收入决算对比表'; ws.merge_cells('A1:E1')
ws['A2'] = '单位：万元'
for j, h in enumerate(['项目', '上年决算数（2023年）', '本年决算数（2024年）', '增减额', '增减率']): ws.cell(3, j + 1, h)
inc = [('一、一般公共预算财政拨款收入', 8426.30, 9012.75), ('二、政府性基金预算财政拨款收入', 1200.00, 650.00),
       ('三、事业收入', 3518.60, 3804.20), ('四、上级补助收入', None, 120.00), ('五、其他收入', 86.40, 57.35)]
r = 4
for name, a, b in inc:
    ws.cell(r, 1, name); ws.cell(r, 2, a); ws.cell(r, 3, b); ws.cell(r, 4, round(b - (a or 0), 2))
    p = pct(a, b); ws.cell(r, 5, p if p is not None else '—')
    if p is not None: ws.cell(r, 5).number_format = '0.00%'
    r += 1
ta = round(sum(x[1] or 0 for x in inc), 2); tb = round(sum(x[2] for x in inc), 2)
ws.cell(r, 1, '收入合计'); ws.cell(r, 2, ta); ws.cell(r, 3, tb); ws.cell(r, 4, round(tb - ta, 2)); ws.cell(r, 5, pct(ta, tb)).number_format = '0.00%'
ws.cell(r + 1, 1, '注：空白表示该年度无此项收入。')

ws = wb.create_sheet('支出决算（功能分类）')
ws['A1'] = '云岫县卫生健康局2024年度支出决算对比表（按功能分类）'; ws.merge_cells('A1:F1')
ws['A2'] = '单位：万元'
for j, h in enumerate(['科目编码', '科目名称', '上年决算数', '本年决算数', '增减额', '增减率']): ws.cell(3, j + 1, h)
exp = [('208', '社会保障和就业支出', 612.40, 655.80), ('20805', '  行政事业单位养老支出', 612.40, 655.80),
       ('210', '卫生健康支出', 11806.50, 12348.10), ('21001', '  卫生健康管理事务', 1025.30, 1108.60),
       ('21004', '  公共卫生', 6180.20, 6942.50), ('2100401', '    疾病预防控制机构', 2310.00, 2486.40),
       ('2100408', '    基本公共卫生服务', 3870.20, 4456.10), ('21007', '  计划生育事务', 1401.00, 1297.00),
       ('21011', '  行政事业单位医疗', 310.00, 336.00), ('21099', '  其他卫生健康支出', 2890.00, 2664.00),
       ('221', '住房保障支出', 520.00, 548.40), ('22102', '  住房改革支出', 520.00, 548.40),
       ('229', '其他支出', 1150.00, 620.00), ('22960', '  彩票公益金安排的支出', 1150.00, 620.00)]
r = 4
for code, name, a, b in exp:
    ws.cell(r, 1, code); ws.cell(r, 2, name); ws.cell(r, 3, a); ws.cell(r, 4, b); ws.cell(r, 5, round(b - a, 2))
    ws.cell(r, 6, pct(a, b)).number_format = '0.00%'; r += 1
ea = round(612.40 + 11806.50 + 520.00 + 1150.00, 2); eb = round(655.80 + 12348.10 + 548.40 + 620.00, 2)
ws.cell(r, 2, '支出合计'); ws.cell(r, 3, ea); ws.cell(r, 4, eb); ws.cell(r, 5, round(eb - ea, 2)); ws.cell(r, 6, pct(ea, eb)).number_format = '0.00%'
ws.cell(r + 1, 1, '注：本年支出大于本年收入的部分，使用年初结转和结余资金安排。')

ws = wb.create_sheet('三公经费')
ws['A1'] = '云岫县卫生健康局“三公”经费预决算对比表'; ws.merge_cells('A1:D1')
ws['A2'] = '单位：万元'
for j, h in enumerate(['项目', '2023年决算数', '2024年预算数', '2024年决算数']): ws.cell(3, j + 1, h)
sg = [('因公出国（境）费', None, None, None), ('公务用车购置及运行维护费', 14.60, 43.00, 39.70),
      ('  其中：公务用车购置费', None, 28.00, 26.50), ('        公务用车运行维护费', 14.60, 15.00, 13.20),
      ('公务接待费', 3.80, 4.00, 2.95), ('合计', 18.40, 47.00, 42.65)]
r = 4
for row in sg:
    for j, v in enumerate(row): ws.cell(r, j + 1, v)
    r += 1
ws.cell(r, 1, '注：2024年新购置救护指挥车1辆；因公出国（境）费两年均无支出，空白表示0。')
wb.save('general/general9_3_收支决算对比表.xlsx')
print('ok')
