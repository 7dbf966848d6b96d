# -*- coding: utf-8 -*-
import openpyxl, json
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

T = "县农业农村局"
towns = [
 ("白沙镇", [
  ("白沙镇屈望村柑橘提质增效项目", "屈望村", "改造低产柑橘园320亩，配套建设水肥一体化设施1套、生产便道1.2公里", "产业发展", 50, 10, 8, 126, 498, "2025年3月-2025年11月", T, "柑橘亩产提高15%以上，带动脱贫户户均增收1200元", "联农带农"),
  ("白沙镇马鞍村产业路硬化项目", "马鞍村", "硬化产业路2.6公里，路面宽4.5米，C25混凝土厚20厘米", "基础设施", 91, None, None, 212, 836, "2025年4月-2025年9月", "县交通运输局", "解决柑橘园区运输难题，道路通行率100%", None),
  ("白沙镇岩门溪村安全饮水巩固提升项目", "岩门溪村", "新建蓄水池200立方米1座，铺设供水主管网3.8公里，改造入户管网150户", "基础设施", 30, 13.5, None, 150, 587, "2025年3月-2025年7月", "县水利局", "农村供水保证率≥95%", None),
  ("白沙镇脱贫劳动力外出务工交通补助", "全镇", "对跨省务工脱贫劳动力给予一次性交通补助，每人不超过500元，预计补助620人", "就业帮扶", None, None, 31, 480, 620, "2025年1月-2025年12月", "县人力资源和社会保障局", "稳定脱贫劳动力外出务工就业规模", "按实际人数结算"),
 ]),
 ("浦市镇", [
  ("浦市镇马王溪村黄桃种植基地建设项目", "马王溪村", "新建黄桃种植基地260亩，配套建设灌溉管网5公里、冷藏保鲜库1座（200立方米）", "产业发展", 80, 25, 15, 98, 385, "2025年2月-2025年12月", T, "基地建成后年产黄桃300吨，村集体经济年增收8万元", "联农带农，资产归村集体"),
  ("浦市镇古城社区农产品展销中心建设项目", "古城社区", "改造农产品展销用房600平方米，购置冷链展柜及电商直播设备", "产业发展", 60, None, 15, 310, 1120, "2025年5月-2025年10月", "浦市镇人民政府", "年销售农特产品500万元以上", None),
  ("浦市镇铁山村村组道路建设项目", "铁山村", "新建村组道路1.8公里，路面宽3.5米，配套安防设施", "基础设施", 48.8, 16, None, 87, 342, "2025年4月-2025年8月", "县交通运输局", "解决87户群众出行难问题", "以工代赈"),
  ("浦市镇吉家垅村山塘整治项目", "吉家垅村", "清淤整治山塘3口，新建灌溉渠道1.5公里", "基础设施", 38, None, None, 116, 451, "2025年10月-2026年3月", "县水利局", "新增及改善灌溉面积420亩", "跨年度实施"),
  ("浦市镇脱贫户小额信贷贴息", "全镇", "对脱贫户和监测户发放的小额信贷按LPR给予全额贴息，贷款规模约1200万元", "金融帮扶", None, 12, 30, 240, 960, "2025年1月-2025年12月", T, "贴息资金按季足额拨付到位率100%", None),
 ]),
 ("达岚镇", [
  ("达岚镇岩头寨村油茶低产林改造项目", "岩头寨村", "改造油茶低产林500亩，新建油茶初加工车间1座（300平方米）", "产业发展", 70, 15, 10, 145, 560, "2025年3月-2025年11月", "县林业局", "油茶亩产茶油提高到15公斤以上", "联农带农"),
  ("达岚镇排口村人居环境整治项目", "排口村", "建设污水收集管网2.2公里、三格式化粪池80个，整治村内沟渠1.3公里", "基础设施", 40, 16, None, 132, 518, "2025年4月-2025年10月", "达岚镇人民政府", "生活污水有效治理率≥80%", None),
  ("达岚镇金井村光伏发电项目", "金井村", "建设村级光伏电站120千瓦", "产业发展", 52, None, None, 60, 233, "2025年3月-2025年6月", "县发展和改革局", "村集体年收益不低于4万元", "收益用于公益岗位和小型公益事业"),
  ("达岚镇乡村公益性岗位补贴", "全镇", "开发乡村公益性岗位80个，按每人每月500元给予岗位补贴", "就业帮扶", None, 18, 30, 80, 80, "2025年1月-2025年12月", "县人力资源和社会保障局", "公益岗位人员补贴按月足额发放", None),
 ]),
 ("潭溪镇", [
  ("潭溪镇红土溪村生猪代养场建设项目", "红土溪村", "新建标准化生猪代养圈舍1500平方米及配套粪污处理设施", "产业发展", 80, 20, 10, 72, 290, "2025年3月-2025年12月", T, "年出栏生猪3000头，村集体年增收6万元", "资产归村集体，租赁经营"),
  ("潭溪镇楠木村产业路建设项目", "楠木村", "新建产业路3.2公里，路面宽4米", "基础设施", 60, 18, None, 168, 655, "2025年5月-2025年10月", "县交通运输局", "覆盖椪柑园800亩，道路通行率100%", "以工代赈"),
  ("潭溪镇下都村安全饮水巩固提升项目", "下都村", "新建过滤池1座，更换老旧供水管网2.5公里", "基础设施", 27.6, None, None, 95, 372, "2025年3月-2025年6月", "县水利局", "农村供水保证率≥95%", None),
  ("潭溪镇雨露计划职业教育补助", "全镇", "对接受中高职教育的脱贫家庭学生每人每学期补助1500元", "教育帮扶", 15, None, None, 50, 50, "2025年3月-2025年12月", T, "补助资金发放及时率100%", "分春秋两季发放"),
 ]),
 ("兴隆场镇", [
  ("兴隆场镇兴隆场村蔬菜大棚建设项目", "兴隆场村", "新建钢架蔬菜大棚40亩，配套喷滴灌设施", "产业发展", 60, 16, 10, 64, 251, "2025年2月-2025年8月", T, "年产蔬菜400吨，带动务工60人以上", "联农带农"),
  ("兴隆场镇石门坎村便民桥建设项目", "石门坎村", "新建钢筋混凝土便民桥1座，长28米，宽4.5米", "基础设施", 46, 20, None, 103, 410, "2025年9月-2026年1月", "县交通运输局", "解决雨季群众过河难问题", "跨年度实施"),
  ("兴隆场镇致富带头人培训", "全镇", "培训乡村致富带头人60人，每人培训7天", "就业帮扶", None, None, 9.6, 60, 60, "2025年6月-2025年7月", T, "培训合格率≥90%", None),
 ]),
 ("小章乡", [
  ("小章乡小章村茶叶加工厂建设项目", "小章村", "新建茶叶加工厂房800平方米，购置揉捻机、烘干机等加工设备12台（套）", "产业发展", 90, 25, 15, 188, 742, "2025年3月-2025年12月", T, "年加工茶叶60吨，村集体年增收10万元", "资产归村集体"),
  ("小章乡杉木坪村茶园基础设施建设项目", "杉木坪村", "新建茶园生产便道4.5公里、蓄水池2座", "基础设施", 54, None, None, 90, 356, "2025年4月-2025年9月", "小章乡人民政府", "改善茶园生产条件600亩", None),
  ("小章乡鸡冠山村人居环境整治项目", "鸡冠山村", "改造农村户厕60户，建设垃圾收集点8个", "基础设施", 12, 12, None, 95, 377, "2025年4月-2025年8月", "小章乡人民政府", "农村卫生厕所普及率提升至90%以上", None),
 ]),
 ("洗溪镇", [
  ("洗溪镇峒头村稻渔综合种养项目", "峒头村", "改造稻田200亩，开挖鱼沟鱼凼，投放鱼苗", "产业发展", 24, 12, None, 85, 330, "2025年3月-2025年9月", T, "亩均增收800元以上", None),
  ("洗溪镇能滩村产业路硬化项目", "能滩村", "硬化产业路1.5公里，路面宽4米", "基础设施", 45, None, None, 92, 361, "2025年4月-2025年8月", "县交通运输局", "道路通行率100%", None),
 ]),
]

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "项目计划表"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ncol = 16
ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
ws.cell(1, 1, "泸溪县2025年财政衔接推进乡村振兴补助资金项目计划表").font = Font(size=16, bold=True)
ws.cell(1, 1).alignment = Alignment(horizontal="center")
ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=8)
ws.cell(2, 1, "编制单位：泸溪县农业农村局（县乡村振兴局）")
ws.merge_cells(start_row=2, start_column=13, end_row=2, end_column=ncol)
ws.cell(2, 13, "单位：万元、户、人")
hdr1 = ["序号", "乡镇", "项目名称", "建设地点（村）", "建设内容及规模", "项目类别", "资金规模", None, None, None, "受益户数", "受益人口", "实施期限", "责任单位", "绩效目标", "备注"]
hdr2 = [None]*6 + ["合计", "中央", "省级", "市县"] + [None]*6
for c, v in enumerate(hdr1, 1):
    if v: ws.cell(3, c, v)
for c, v in enumerate(hdr2, 1):
    if v: ws.cell(4, c, v)
ws.merge_cells("G3:J3")
for c in list(range(1, 7)) + list(range(11, 17)):
    ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)

def r2(x): return round(x + 1e-9, 2)
def nz(x): return x if x else None

rows = []  # for facts
r = 6
seq = 0
facts = {"towns": []}
gt = [0, 0, 0, 0, 0, 0]
for town, projs in towns:
    start = r
    sub = [0, 0, 0, 0, 0, 0]
    r += 1
    tf = {"town": town, "projects": []}
    for p in projs:
        seq += 1
        name, vil, content, cat, zy, sj, sx, hh, rk, per, dept, goal, note = p
        tot = r2((zy or 0) + (sj or 0) + (sx or 0))
        vals = [seq, None, name, vil, content, cat, tot, zy, sj, sx, hh, rk, per, dept, goal, note]
        for c, v in enumerate(vals, 1):
            if v is not None: ws.cell(r, c, v)
        for i, v in enumerate([tot, zy or 0, sj or 0, sx or 0, hh, rk]):
            sub[i] = r2(sub[i] + v) if i < 4 else sub[i] + v
        tf["projects"].append(dict(seq=seq, row=r, name=name, village=vil, content=content, cat=cat, total=tot, zy=zy, sj=sj, sx=sx, hh=hh, rk=rk, period=per, dept=dept, goal=goal, note=note))
        r += 1
    ws.cell(start, 3, "小计")
    for i, c in enumerate([7, 8, 9, 10, 11, 12]):
        if sub[i]: ws.cell(start, c, sub[i])
    ws.cell(start, 2, town)
    ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    for i in range(6): gt[i] = r2(gt[i] + sub[i]) if i < 4 else gt[i] + sub[i]
    tf.update(row=start, total=sub[0], zy=sub[1], sj=sub[2], sx=sub[3], hh=sub[4], rk=sub[5])
    facts["towns"].append(tf)
# grand total row 5 (first)
ws.cell(5, 1, "合计"); ws.merge_cells("A5:F5")
for i, c in enumerate([7, 8, 9, 10, 11, 12]):
    ws.cell(5, c, gt[i])
facts["total"] = dict(row=5, total=gt[0], zy=gt[1], sj=gt[2], sx=gt[3], hh=gt[4], rk=gt[5], n=seq)
last = r - 1
note_r = last + 2
ws.merge_cells(start_row=note_r, start_column=1, end_row=note_r, end_column=ncol)
ws.cell(note_r, 1, "注：1.资金规模中“中央”为中央财政衔接推进乡村振兴补助资金，“省级”为省级财政衔接资金，“市县”为州、县两级财政衔接资金，空白表示未安排该级资金；2.受益户数、受益人口含脱贫户和监测对象；3.项目实施期限以项目批复为准。")
for row in ws.iter_rows(min_row=3, max_row=last, max_col=ncol):
    for c in row:
        c.border = B
        c.alignment = Alignment(wrap_text=True, vertical="center")
for row in ws.iter_rows(min_row=5, max_row=last, min_col=7, max_col=10):
    for c in row: c.number_format = "0.00"
widths = [6, 10, 30, 10, 40, 10, 10, 10, 10, 10, 8, 8, 22, 18, 30, 18]
for i, wdt in enumerate(widths, 1): ws.column_dimensions[get_column_letter(i)].width = wdt
wb.save("/work/blind32/docs/luxi_xianjie_2025_project_plan.xlsx")
json.dump(facts, open("/work/blind32/build/xj_facts.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(facts["total"])
for t in facts["towns"]: print(t["town"], t["row"], t["total"], t["zy"], t["sj"], t["sx"], t["hh"], t["rk"], len(t["projects"]))
