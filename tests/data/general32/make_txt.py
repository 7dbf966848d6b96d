# -*- coding: utf-8 -*-
"""Build docs/tongren_bijiang_yjj_2026_project_targets.txt in the seed's text layout."""
import unicodedata, json, itertools

DEPT = "铜仁市碧江区应急管理局(部门)"
U1 = "铜仁市碧江区应急管理局"
U2 = "铜仁市碧江区综合应急救援大队"

def I(l1, l2, name, v1, v2=None):
    return (l1, l2, name, v1, v2 if v2 is not None else v1)

P = "1-产出指标"; E = "2-效益指标"; S = "3-满意度指标"
N = "11-数量指标"; Q = "12-质量指标"; T = "13-时效指标"; C = "14-成本指标"
EC = "21-经济效益"; SO = "22-社会效益"; EN = "23-生态效益"; SU = "24-可持续影响"; SV = "31-服务对象满意度"

projects = [
 dict(unit=U1, name="安全生产监管执法专项经费", amt=45.60,
  goal="围绕全区危险化学品、非煤矿山、工贸等重点行业领域，组织开展安全生产监督检查和执法行动，依法查处安全生产违法违规行为，督促企业落实安全生产主体责任，有效防范和遏制生产安全事故发生，确保全区安全生产形势持续稳定。",
  groups=[[I(P,N,"开展安全生产执法检查企业数","≥260家次"),
           I(P,N,"组织开展专项执法行动","≥6次"),
           I(P,Q,"执法案卷合格率","≥95%"),
           I(P,T,"隐患整改闭环完成时间","2026年12月前"),
           I(P,C,"执法装备及文书印制费用","≤8.5万元"),
           I(E,SO,"生产安全事故起数","同比下降","较上年下降"),
           I(S,SV,"被检查企业满意度","≥90%")]]),
 dict(unit=U1, name="碧江区应急指挥信息化平台运维经费", amt=28.00,
  goal="保障区应急指挥信息化平台、视频会商系统及卫星通信设备全年正常运行，及时开展系统巡检、故障维修和数据备份，确保突发事件发生时指挥调度指令畅通、信息报送及时准确。",
  groups=[[I(P,N,"系统巡检次数","12次"),
           I(P,Q,"平台正常运行率","≥98%"),
           I(P,T,"故障响应时间","≤2小时"),
           I(P,C,"平台运维费用","≤28万元"),
           I(E,SU,"应急指挥调度保障能力","持续提升"),
           I(S,SV,"使用单位满意度","≥95%")]]),
 dict(unit=U1, name="碧江区应急指挥信息化平台升级改造经费", amt=86.50, wrap_name=("碧江区应急指挥信息化平台升级", "改造经费"),
  goal="对区应急指挥信息化平台进行升级改造，新增风险监测预警、物资调度和移动指挥模块，接入森林防火视频监控点位和重点企业安全生产在线监测数据，实现区、乡镇（街道）两级应急指挥一张图。",
  groups=[[I(P,N,"新增功能模块数量","3个"),
           I(P,N,"接入视频监控点位","≥120个"),
           I(P,Q,"项目验收合格率","100%"),
           I(P,T,"项目完工时间","2026年10月底前"),
           I(P,C,"升级改造总成本","≤86.5万元"),
           I(E,SO,"突发事件信息报送时间缩短比例","≥30%"),
           I(E,SU,"平台使用年限","≥5年"),
           I(S,SV,"乡镇（街道）用户满意度","≥90%")]]),
 dict(unit=U1, name="森林防灭火专项经费", amt=26.40,
  goal="落实森林防灭火责任制，做好重点时段森林火险巡查和野外用火管控，开展森林防灭火宣传，补充扑火机具和防护装备，提升基层扑救初期火灾能力，确保全年不发生重大森林火灾。",
  groups=[[I(P,N,"开展森林防火专项督查","≥8次"),
           I(P,N,"发放森林防火宣传资料","≥20000份"),
           I(P,Q,"森林火灾受害率","≤0.9‰"),
           I(P,T,"火情处置到场时间","≤30分钟"),
           I(P,C,"森林防灭火工作成本","≤26.4万元"),
           I(E,EN,"森林资源保护","不发生重大森林火灾"),
           I(S,SV,"辖区群众满意度","≥90%")]]),
 dict(unit=U1, name="防汛抗旱工作经费", amt=32.50,
  goal="做好汛前检查、汛期值班值守和防汛抗旱物资储备，开展山洪地质灾害危险区群众转移避险演练，及时发布预警信息，最大限度减少洪涝干旱灾害造成的人员伤亡和财产损失。",
  groups=[[I(P,N,"开展防汛应急演练","≥4次"),
           I(P,N,"汛前隐患排查点位","≥150处"),
           I(P,Q,"预警信息发布覆盖率","100%"),
           I(P,T,"汛前检查完成时间","2026年4月底前"),
           I(P,C,"防汛物资补充费用","≤12万元"),
           I(E,SO,"因灾死亡失踪人数","0人"),
           I(S,SV,"受灾群众满意度","≥90%")]]),
 dict(unit=U1, name="安全生产宣传教育培训经费", amt=18.00,
  goal="组织开展“安全生产月”“防灾减灾日”等主题宣传活动，对企业主要负责人、安全管理人员和基层应急管理干部开展安全生产培训，提高全社会安全意识和应急避险能力。",
  groups=[[I(P,N,"培训人次","≥1500人次"),
           I(P,N,"开展主题宣传活动","≥10场"),
           I(P,Q,"培训考核合格率","≥95%"),
           I(P,T,"安全生产月活动完成时间","2026年6月30日前"),
           I(P,C,"人均培训成本","≤120元"),
           I(E,SO,"群众安全知识知晓率","≥85%"),
           I(S,SV,"参训人员满意度","≥95%")]]),
 dict(unit=U1, name="政府购买安全生产技术服务经费", amt=24.80,
  goal="通过政府购买服务方式聘请安全生产专家和第三方技术服务机构，协助开展重点企业隐患排查、执法检查技术支撑和安全评价报告审查，弥补基层监管专业力量不足。",
  groups=[[I(P,N,"专家参与检查企业数","≥80家"),
           I(P,N,"出具隐患排查报告","≥80份"),
           I(P,Q,"重大隐患整改率","100%"),
           I(P,T,"报告提交时限","检查结束后10个工作日内"),
           I(P,C,"技术服务费用","≤24.8万元"),
           I(E,SO,"企业安全管理水平","明显提升")],
          [I(S,SV,"服务企业满意度","≥90%")]]),
 dict(unit=U2, name="森林防灭火专项经费", amt=15.20,
  goal="保障综合应急救援大队森林火灾扑救队伍开展防火期驻防备勤和实战化训练，维护保养扑火车辆和机具，确保接警后快速出动、科学高效处置森林火情。",
  groups=[[I(P,N,"开展扑火实战化训练","≥24次"),
           I(P,N,"防火期驻防备勤天数","≥120天"),
           I(P,Q,"扑火机具完好率","≥95%"),
           I(P,T,"接警出动时间","≤5分钟"),
           I(P,C,"队伍训练及备勤费用","≤15.2万元"),
           I(E,SO,"森林火灾扑救成功率","≥98%")]]),
 dict(unit=U2, name="应急救援队伍装备购置经费", amt=56.30,
  goal="为综合应急救援大队购置破拆工具组、救生抛投器、便携式照明设备、无人机等救援装备，补齐水域救援、山地救援装备短板，提升队伍综合救援能力。",
  groups=[[I(P,N,"购置救援装备","≥45台（套）"),
           I(P,N,"购置应急救援无人机","2架"),
           I(P,Q,"政府采购执行率","100%"),
           I(P,T,"装备到位时间","2026年9月30日前"),
           I(P,C,"装备购置成本","≤56.3万元"),
           I(E,SU,"装备使用年限","≥5年"),
           I(S,SV,"救援队员满意度","≥95%")]]),
]

def w(c):
    return 2 if unicodedata.east_asian_width(c) in 'WF' else 1

def wrap(text, width):
    out, cur, cw = [], "", 0
    i = 0
    while i < len(text):
        c = text[i]
        if cw + w(c) > width:
            # do not split inside a number (digits and decimal point)
            if c.isdigit() or c == '.':
                j = len(cur)
                while j > 0 and (cur[j-1].isdigit() or cur[j-1] in '.≥≤'):
                    j -= 1
                if 0 < j < len(cur):
                    out.append(cur[:j]); cur = cur[j:]; cw = sum(w(x) for x in cur)
                else:
                    out.append(cur); cur, cw = "", 0
            else:
                out.append(cur); cur, cw = "", 0
        cur += c; cw += w(c); i += 1
    if cur:
        out.append(cur)
    return out

blank_pattern = itertools.cycle([3, 2, 5, 3, 4, 2, 3, 5])

def with_blanks(lines):
    res = []
    k = next(blank_pattern); n = 0
    for l in lines:
        res.append(l); n += 1
        if n == k and l is not lines[-1]:
            res.append(""); n = 0; k = next(blank_pattern)
    return res

def ind_text(groups):
    parts = []
    for g in groups:
        for k, (l1, l2, name, v1, v2) in enumerate(g, 1):
            parts.append(f"{k}、{l1},{l2},{name}；实施周期指标值:{v1},年度指标值:{v2};")
    return ",".join(parts)

def fmt(x):
    return f"{x:.2f}"

u1 = round(sum(p['amt'] for p in projects if p['unit'] == U1), 2)
u2 = round(sum(p['amt'] for p in projects if p['unit'] == U2), 2)
tot = round(u1 + u2, 2)

def page_header(first=False):
    h = []
    if first:
        h += ["", "2026年项目支出绩效目标表（含转移支付项目）", ""]
    h += [f"部门名称：{DEPT} 单位：万元", "",
          "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", ""]
    return h

L = page_header(True)
L += [f"合计 {fmt(tot)} {fmt(tot)}", "", f"{U1} {fmt(u1)} {fmt(u1)}", ""]
page_breaks_after = {2, 5, 6}  # indexes of projects after which a new page starts
for idx, p in enumerate(projects):
    if idx == 7:
        L += [f"{U2} {fmt(u2)} {fmt(u2)}", ""]
    if 'wrap_name' in p:
        a, b = p['wrap_name']
        L += [f"    {a}", b, "", f"{fmt(p['amt'])} {fmt(p['amt'])}", ""]
    else:
        L += [f"    {p['name']} {fmt(p['amt'])} {fmt(p['amt'])}"]
        if idx not in (4,):
            L += [""]
    L += with_blanks(wrap(p['goal'], 38)) + [""]
    L += with_blanks(wrap(ind_text(p['groups']), 70)) + [""]
    if idx in page_breaks_after:
        L += ["", ""] + page_header()
L += ["", ""]
open('/work/blind32/docs/tongren_bijiang_yjj_2026_project_targets.txt', 'w', encoding='utf-8').write("\n".join(L))

# facts for checking
facts = dict(dept=DEPT, total=tot, units={U1: u1, U2: u2},
             projects=[dict(unit=p['unit'], name=p['name'], amt=p['amt'], goal=p['goal'],
                            ind=[list(x) for g in p['groups'] for x in g]) for p in projects])
json.dump(facts, open('/work/blind32/build/txt_facts.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(tot, u1, u2)
