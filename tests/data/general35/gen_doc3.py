# 同心县 2025 重点民生实事项目推进情况表 (xlsx)
import json, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

D = dt.datetime
# (项目名称, 责任单位, 建设内容, 计划投资, 累计完成投资, 形象进度, 计划完工时间, 是否按期, 备注)
CATS = [
    ("教育", [
        ("同心县第五小学新建工程", "县教育局", "新建教学楼、综合楼及运动场，建筑面积1.2万平方米，设36个教学班", 6800, 5236, "主体完工，正在进行室内外装修", D(2025, 12, 31), "是", "跨年度项目，含中央预算内投资3000万元"),
        ("豫海镇第三幼儿园建设项目", "县教育局", "新建幼儿园1所，建筑面积4200平方米，设12个班", 1850, 1850, "已竣工验收，秋季学期投入使用", D(2025, 8, 31), "是", None),
        ("农村学校供暖设施改造", "县教育局", "22所农村学校燃煤锅炉改造为空气源热泵", 1320, 968, "18所已完成安装调试，4所正在施工", D(2025, 10, 31), "否", "受设备供货影响，进度滞后"),
        ("义务教育学校教室照明改造", "县教育局", "改造农村中小学教室照明1260间", 460, 460, "已全部完成", D(2025, 8, 15), "是", None),
        ("县职业技术学校实训基地建设", "县教育局、县职业技术学校", "新建实训楼1栋并购置实训设备", 2400, 1130, "实训楼主体封顶，设备采购招标中", D(2026, 6, 30), "是", "跨年度项目"),
        ("学生营养改善计划食堂提升", "县教育局", "改造提升农村学校食堂15所", 380, 296, "13所完工，2所正在施工", D(2025, 11, 30), "是", None),
    ]),
    ("医疗卫生", [
        ("县人民医院急诊急救综合楼", "县卫健局、县人民医院", "新建急诊急救综合楼1.5万平方米", 9500, 4180, "主体施工至6层", D(2026, 10, 31), "是", "跨年度项目，使用地方政府专项债券"),
        ("乡镇卫生院能力提升", "县卫健局", "改造提升预旺、韦州、下马关等6个中心卫生院业务用房及设备", 1680, 1344, "5所完工，韦州中心卫生院设备待安装", D(2025, 10, 31), "是", None),
        ("村卫生室标准化建设", "县卫健局", "新建改建村卫生室32个", 640, 512, "26个已完工，6个正在施工", D(2025, 9, 30), "否", "6个村卫生室选址调整"),
        ("县中医医院康复病区改造", "县中医医院", "改造康复病区3200平方米，新增床位60张", 920, 0, "完成初步设计，正在办理施工许可", D(2025, 12, 31), "否", "前期手续滞后"),
        ("城乡适龄妇女“两癌”免费筛查", "县卫健局、县妇幼保健院", "为适龄妇女开展宫颈癌、乳腺癌免费筛查1.2万人", 96, 71.5, "已筛查8960人", D(2025, 11, 30), "是", None),
    ]),
    ("交通", [
        ("农村公路提质改造工程", "县交通运输局", "改造提升农村公路86公里", 7200, 5040, "已完成路基62公里、路面48公里", D(2025, 11, 30), "是", None),
        ("同韦公路危桥改造", "县交通运输局", "改造危桥4座", 1560, 1560, "已完工通车", D(2025, 7, 31), "是", None),
        ("城区公交候车亭建设", "县住建局", "新建改造公交候车亭45处", 270, 135, "已完成22处", D(2025, 10, 31), "否", "部分站点管线迁改未完成"),
        ("城乡公交一体化", "县交通运输局", "开通城乡公交线路6条，购置新能源公交车20辆", 1100, 880, "4条线路已开通，车辆已全部到位", D(2025, 12, 31), "是", None),
        ("豫海大街东延段建设", "县住建局", "新建城市道路2.3公里及配套管网", 4800, 1920, "路基工程完成60%", D(2026, 8, 31), "是", "跨年度项目"),
    ]),
    ("住房保障", [
        ("城镇老旧小区改造", "县住建局", "改造老旧小区14个，涉及住户2160户", 5600, 3920, "9个小区完工，5个小区正在进行外墙保温施工", D(2025, 11, 15), "是", None),
        ("农村危房改造", "县住建局", "改造农村危房320户", 960, 893, "已竣工298户", D(2025, 10, 31), "是", None),
        ("保障性租赁住房建设", "县住建局、县城投公司", "新建保障性租赁住房240套", 3600, 1080, "完成基础工程", D(2026, 9, 30), "是", "跨年度项目"),
        ("城区棚户区改造配套基础设施", "县住建局", "建设棚户区配套道路、供热管网", 2100, 735, "正在进行管网施工", D(2025, 12, 31), "否", None),
        ("既有住宅加装电梯", "县住建局", "既有住宅加装电梯18部", 450, 0, "已完成居民意见征询，尚未开工", D(2025, 12, 31), "否", "居民出资比例未达成一致"),
    ]),
    ("供水及人居环境", [
        ("城乡供水一体化管网延伸", "县水务局", "铺设供水管网58公里，惠及1.6万人", 3450, 2760, "已铺设管网47公里", D(2025, 10, 31), "是", None),
        ("农村户厕改造", "县农业农村局", "改造农村卫生户厕2500座", 750, 600, "已完成2100座", D(2025, 10, 31), "是", None),
        ("城区雨污分流管网改造", "县住建局", "改造雨污分流管网12公里", 1800, 1260, "已完成8.5公里", D(2025, 11, 30), "是", None),
        ("清水河同心段生态治理", "县水务局", "治理河道9.5公里，建设生态护岸", 2600, 2080, "主体工程基本完工", D(2025, 9, 30), "否", "已申请延期至2025年11月"),
    ]),
    ("养老及社会保障", [
        ("社区居家养老服务中心建设", "县民政局", "新建社区居家养老服务中心5个", 750, 450, "3个已完工，2个主体施工", D(2025, 11, 30), "是", None),
        ("县特困人员供养服务中心提升改造", "县民政局", "改造供养服务设施，新增护理型床位80张", 680, 612, "设备安装调试中", D(2025, 9, 30), "否", None),
        ("零工市场建设", "县人社局", "建设标准化零工市场1处", 260, 260, "已投入运营", D(2025, 6, 30), "是", None),
        ("困难重度残疾人家庭无障碍改造", "县残联", "为300户困难重度残疾人家庭实施无障碍改造", 105, 63, "已完成180户", D(2025, 11, 30), "是", None),
    ]),
]

wb = Workbook()
ws = wb.active
ws.title = "推进情况"
thin = Side(style="thin")
bd = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
left = Alignment(horizontal="left", vertical="center", wrap_text=True)
NC = 12
ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=NC)
ws["A1"] = "同心县2025年重点民生实事项目推进情况表"
ws["A1"].font = Font(size=16, bold=True)
ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:F2")
ws["A2"] = "填报单位：同心县发展和改革局　　　　截至时间：2025年9月30日"
ws.merge_cells("J2:L2")
ws["J2"] = "单位：万元"
ws["J2"].alignment = Alignment(horizontal="right")
heads = ["序号", "类别", "项目名称", "责任单位", "建设内容", "计划投资（万元）", "累计完成投资（万元）",
         "完成投资比例", "形象进度", "计划完工时间", "是否按期", "备注"]
for c, h in enumerate(heads, 1):
    cell = ws.cell(3, c, h)
    cell.font = Font(bold=True)
    cell.alignment = center
    cell.border = bd

row = 4
seq = 0
out = []
tot_plan = tot_done = 0
for cat, projs in CATS:
    start = row
    cp = cd = 0
    for (name, unit, content, plan, done, prog, date, ontime, note) in projs:
        seq += 1
        ratio = round(done / plan, 3)
        vals = [seq, cat, name, unit, content, plan, done, ratio, prog, date, ontime, note]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row, c, v)
            cell.border = bd
            cell.alignment = left if c in (3, 4, 5, 9, 12) else center
        ws.cell(row, 6).number_format = "0.00"
        ws.cell(row, 7).number_format = "0.00"
        ws.cell(row, 8).number_format = "0.0%"
        ws.cell(row, 10).number_format = 'yyyy"年"m"月"d"日"'
        out.append(dict(seq=seq, row=row, cat=cat, name=name, unit=unit, content=content, plan=plan, done=done,
                        ratio=ratio, prog=prog, date=date.strftime("%Y-%m-%d"), ontime=ontime, note=note))
        cp += plan
        cd += done
        row += 1
    # 小计 row
    sr = round(cd / cp, 3)
    ws.cell(row, 3, "小计")
    ws.cell(row, 6, cp).number_format = "0.00"
    ws.cell(row, 7, cd).number_format = "0.00"
    ws.cell(row, 8, sr).number_format = "0.0%"
    for c in range(1, NC + 1):
        ws.cell(row, c).border = bd
        ws.cell(row, c).alignment = center
        ws.cell(row, c).font = Font(bold=True)
    out.append(dict(row=row, cat=cat, name="小计", plan=cp, done=cd, ratio=sr))
    ws.merge_cells(start_row=start, start_column=2, end_row=row, end_column=2)
    ws.cell(start, 2).alignment = center
    tot_plan += cp
    tot_done += cd
    row += 1
# 合计 row last
ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
ws.cell(row, 1, "合计")
ws.cell(row, 6, tot_plan).number_format = "0.00"
ws.cell(row, 7, tot_done).number_format = "0.00"
ws.cell(row, 8, round(tot_done / tot_plan, 3)).number_format = "0.0%"
for c in range(1, NC + 1):
    ws.cell(row, c).border = bd
    ws.cell(row, c).alignment = center
    ws.cell(row, c).font = Font(bold=True)
out.append(dict(row=row, name="合计", plan=tot_plan, done=tot_done, ratio=round(tot_done / tot_plan, 3)))
row += 1
ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=NC)
ws.cell(row, 1, "注：1.完成投资比例=累计完成投资÷计划投资；2.跨年度项目计划投资为项目总投资；"
                "3.“是否按期”以截至9月底形象进度与序时进度对比确定，“否”为滞后于序时进度；4.本表共29个项目。")
ws.cell(row, 1).alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[row].height = 36
widths = [6, 10, 26, 18, 34, 11, 12, 10, 28, 14, 8, 26]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[get_column_letter(i)].width = w
wb.save("/work/blind35/docs/tongxin_2025_minsheng_progress.xlsx")
json.dump(out, open("/work/blind35/ref/doc3.json", "w"), ensure_ascii=False, indent=1)
for o in out:
    print(o.get("seq", ""), o["row"], o.get("cat", ""), o["name"], o.get("unit", ""), o["plan"], o["done"], o["ratio"], o.get("date", ""), o.get("ontime", ""), o.get("note") or "")
