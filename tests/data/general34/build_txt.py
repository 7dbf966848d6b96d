# Builds docs/yuexi_wlt_project_targets.txt in the layout of the seed text
# (项目支出绩效目标表 extracted from a PDF: wrapped columns, blank lines, repeated page headers).
import random, unicodedata, json

DEPT = "岳西县文化旅游体育局(部门)"
rng = random.Random(34)

def w(c):
    return 2 if unicodedata.east_asian_width(c) in "WF" else 1

def wrap(text, width):
    lines, cur, cw = [], "", 0
    for c in text:
        if cw + w(c) > width:
            lines.append(cur); cur, cw = "", 0
        cur += c; cw += w(c)
    if cur:
        lines.append(cur)
    return lines

def with_blanks(lines, lo=2, hi=5):
    out, n, k = [], 0, rng.randint(lo, hi)
    for i, l in enumerate(lines):
        out.append(l); n += 1
        if n >= k and i < len(lines) - 1:
            out.append(""); n, k = 0, rng.randint(lo, hi)
    return out

def amt(vals):
    return " ".join(f"{v:.2f}" for v in vals)

# (unit, name, amounts [总计, 财政拨款, (财政专户拨款, 其他资金)], goal, indicator groups)
P = []
def proj(unit, name, amounts, goal, *groups):
    P.append(dict(unit=unit, name=name, amounts=amounts, goal=goal, groups=groups))

U0, U1, U2 = "岳西县文化旅游体育局本级", "岳西县图书馆", "岳西县文化馆"
Q = lambda l1, l2, name, v1, v2=None: (l1, l2, name, v1, v2 if v2 is not None else v1)
A1, A2, A3, A4 = "1-产出指标,11-数量指标", "1-产出指标,12-质量指标", "1-产出指标,13-时效指标", "1-产出指标,14-成本指标"
B1, B2, B4, C1 = "2-效益指标,21-经济效益", "2-效益指标,22-社会效益", "2-效益指标,24-可持续影响", "3-满意度指标,31-服务对象满意度"

def I(l, name, v1, v2=None):
    return (l, name, v1, v2 if v2 is not None else v1)

proj(U0, "旅游宣传推介经费", [48.00, 48.00],
     "围绕“岳西·天然氧吧”文旅品牌，组织参加省内外旅游推介会，开展新媒体营销和节会活动宣传，提升岳西旅游知名度和美誉度，带动全县游客接待量和旅游综合收入稳步增长。",
     [I(C1, "游客满意度", "≥90%"), I(B1, "全县游客接待人次增长率", "≥8%"),
      I(A4, "宣传推介费用", "≤48万元"), I(A3, "推介活动完成时间", "2025年11月底前"),
      I(A1, "新媒体平台发布宣传作品", "≥120条"), I(A1, "参加省内外旅游推介会", "≥6场次")])
proj(U0, "全民健身赛事活动经费", [86.00, 60.00, 6.00, 20.00],
     "举办县级全民健身运动会、乡村篮球联赛（村BA）、环岳西山地自行车赛等群众性体育赛事，组织参加省市级比赛，推动全民健身与文旅融合发展，提高群众参与体育锻炼的积极性。",
     [I(C1, "参赛群众满意度", "≥92%"), I(B2, "经常参加体育锻炼人数比例", "≥38%"),
      I(A4, "单场县级赛事平均成本", "≤6万元"), I(A3, "赛事活动完成时间", "2025年12月15日前"),
      I(A2, "赛事安全事故发生数", "0起"), I(A1, "参赛及观赛群众", "≥8000人次"),
      I(A1, "举办县级以上群众性体育赛事", "≥12场次")])
proj(U0, "公共文化服务体系建设专项经费（送戏进万村）", [65.00, 65.00],
     "组织县黄梅戏剧团、岳西高腔剧团及民间文艺团队开展送戏进万村演出，覆盖全县182个村（社区），丰富农村群众精神文化生活，打通公共文化服务“最后一公里”。",
     [I(C1, "观演群众满意度", "≥95%"), I(B2, "受益群众", "≥6万人次"),
      I(A4, "每场演出补助标准", "≤3000元/场"), I(A3, "演出任务完成时间", "2025年11月30日前"),
      I(A2, "演出节目审核通过率", "100%"), I(A1, "覆盖村（社区）数", "182个"),
      I(A1, "送戏进村演出场次", "≥200场次")])
proj(U0, "公共文化服务体系建设专项经费（文化惠民消费季）", [30.00, 30.00],
     "开展文化惠民消费季活动，发放文旅消费券，组织非遗市集、乡村音乐会等主题活动，激发文化和旅游消费潜力，促进文旅市场回暖。",
     [I(C1, "参与群众满意度", "≥90%"), I(B1, "带动文旅消费", "≥300万元"),
      I(A4, "消费券补贴资金", "≤22万元"), I(A3, "消费季活动完成时间", "2025年10月31日前"),
      I(A1, "举办主题消费活动", "≥10场次"), I(A1, "发放文旅消费券", "≥1.5万张")])
proj(U0, "岳西高腔非物质文化遗产保护传承经费", [25.00, 25.00],
     "落实国家级非物质文化遗产代表性项目岳西高腔保护措施，对代表性传承人给予传习补助，开展进校园、进景区展演和传承人才培训，推进传统剧目整理和数字化记录，增强非遗传承活力。",
     [I(B4, "非遗保护传承长效机制", "逐步健全", "完善传承人传习补助制度"), I(A2, "传统剧目整理", "≥10部", "≥3部"),
      I(A1, "传承人才培训", "≥60人次"), I(A1, "非遗展演", "≥20场次"),
      I(A1, "资助代表性传承人", "12人")],
     [I(C1, "传承人满意度", "≥95%"), I(A3, "传习补助发放时间", "2025年6月30日前")])
proj(U0, "文物保护单位安全巡查经费", [18.50, 18.50],
     "聘请文物保护员对全县23处各级文物保护单位开展日常巡查看护，落实文物安全直接责任人制度，及时发现和消除安全隐患，确保文物安全。",
     [I(B2, "文物安全事故发生数", "0起"), I(A4, "文物保护员补助标准", "800元/人·月"),
      I(A3, "每月巡查次数", "≥4次/处"), I(A2, "安全隐患整改率", "100%"),
      I(A1, "聘用文物保护员", "15名"), I(A1, "巡查文物保护单位", "23处")])
proj(U0, "政府购买文化旅游市场执法辅助服务经费", [36.40, 36.40],
     "通过政府购买服务方式聘用执法辅助人员，协助开展文化旅游市场日常巡查、网吧和娱乐场所检查、旅游投诉处理等工作，维护文化旅游市场秩序。",
     [I(C1, "游客投诉处理满意度", "≥90%"), I(B2, "文化旅游市场秩序", "规范有序"),
      I(A4, "辅助人员人均年费用", "≤4.55万元"), I(A3, "旅游投诉处理时限", "≤5个工作日"),
      I(A1, "检查文化旅游经营场所", "≥600家次"), I(A1, "聘用执法辅助人员", "8名")])
proj(U1, "图书馆免费开放补助经费", [40.00, 40.00],
     "保障县图书馆免费开放正常运转，落实每周开放不少于56小时，开展阅读推广、讲座展览、少儿阅读等读者活动，提升公共图书馆服务效能。",
     [I(C1, "读者满意度", "≥95%"), I(B2, "全民阅读氛围", "明显提升"),
      I(A4, "免费开放运行成本", "≤40万元"), I(A2, "每周开放时间", "≥56小时"),
      I(A1, "举办读者活动", "≥80场次"), I(A1, "年接待读者", "≥15万人次")])
proj(U1, "图书资源购置经费", [35.00, 35.00],
     "采购纸质图书、期刊报纸和数字资源，重点补充少儿读物、地方文献和农业科技类图书，优化馆藏结构，满足读者阅读需求。",
     [I(B4, "馆藏图书总量", "≥35万册", "≥32万册"), I(A4, "纸质图书平均单册价格", "≤28元"),
      I(A3, "图书采购完成时间", "2025年10月底前"), I(A2, "图书编目加工合格率", "≥98%"),
      I(A1, "订阅报刊", "≥260种"), I(A1, "新增纸质图书", "≥12000册")])
proj(U1, "总分馆制建设运行经费", [22.00, 22.00],
     "推进县级图书馆总分馆制建设，以县图书馆为总馆、乡镇综合文化站图书室为分馆，实行图书通借通还和统一配送，提升基层图书服务能力。",
     [I(C1, "分馆读者满意度", "≥90%"), I(B2, "基层群众借阅", "≥5万人次"),
      I(A3, "图书流转周期", "每季度1次"), I(A2, "通借通还系统运行率", "≥95%"),
      I(A1, "图书流转配送", "≥3万册次"), I(A1, "建成运行分馆", "24个")])
proj(U2, "文化馆免费开放补助经费", [30.00, 30.00],
     "保障县文化馆免费开放，开展公益性艺术培训、群众文化活动和展览展示，指导乡镇综合文化站业务工作，满足群众基本文化需求。",
     [I(C1, "群众满意度", "≥95%"), I(A4, "免费开放运行成本", "≤30万元"),
      I(A2, "每周免费开放时间", "≥42小时"), I(A1, "举办展览展示", "≥10场次"),
      I(A1, "培训群众", "≥3000人次"), I(A1, "公益艺术培训", "≥150场次")])
proj(U2, "群众文艺创作辅导培训经费", [15.60, 15.60],
     "组织创作反映岳西红色文化、大别山生态和乡村振兴题材的文艺作品，开展乡镇文艺骨干辅导培训，培育群众文艺团队，繁荣基层群众文艺。",
     [I(C1, "培训学员满意度", "≥90%"), I(B2, "扶持群众文艺团队", "≥30支"),
      I(A3, "作品创作完成时间", "2025年9月30日前"), I(A1, "辅导培训文艺骨干", "≥400人次"),
      I(A1, "创作文艺作品", "≥8个")])

units = {}
for p in P:
    u = units.setdefault(p["unit"], [0.0, 0.0, 0.0, 0.0])
    a = p["amounts"] + [0.0] * (4 - len(p["amounts"]))
    for i in range(4):
        u[i] += a[i]
tot = [sum(u[i] for u in units.values()) for i in range(4)]

def amounts_str(v):
    v = [round(x, 2) for x in v]
    return amt(v if (v[2] or v[3]) else v[:2])

HEAD = ["部门名称：" + DEPT + " 单位：万元", "",
        "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", ""]
out = ["", "项目支出绩效目标表（含转移支付项目）", ""] + HEAD
out += ["合计 " + amounts_str(tot), ""]

# page breaks: before these project indices (0-based), and unit lines are printed before first project of a unit
PAGE_BREAK_BEFORE = {2, 4, 7, 9}
NO_BLANK_AFTER_NAME = {5}
seen_units = set()
for idx, p in enumerate(P):
    if idx in PAGE_BREAK_BEFORE:
        while out and out[-1] == "":
            out.pop()
        out += ["", "", ""] + HEAD
    if p["unit"] not in seen_units:
        seen_units.add(p["unit"])
        out += [p["unit"] + " " + amounts_str(units[p["unit"]]), ""]
    name = p["name"]
    a = amt(p["amounts"])
    if len(name) <= 12:
        out.append("    " + name + " " + a)
    else:
        first, rest = name[:12], name[12:]
        out += ["    " + first] + wrap(rest, 28) + ["", a]
    if idx not in NO_BLANK_AFTER_NAME:
        out.append("")
    out += with_blanks(wrap(p["goal"], 38), 3, 6) + [""]
    parts = []
    for g in p["groups"]:
        for k, (lvl, nm, v1, v2) in enumerate(g, 1):
            parts.append(f"{k}、{lvl},{nm}；实施周期指标值:{v1},年度指标值:{v2};")
    ind = ",".join(parts)
    out += with_blanks(wrap(ind, 70), 2, 5) + [""]
while out and out[-1] == "":
    out.pop()
text = "\n".join(out) + "\n\n\n"
open("/work/blind34/docs/yuexi_wlt_2025_project_targets.txt", "w", encoding="utf-8").write(text)

# facts for question writing
json.dump(dict(dept=DEPT, total=tot, units=units, projects=P), open("/work/blind34/tools/txt_facts.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(tot, units)
