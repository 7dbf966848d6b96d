import json, sys, collections
sys.path.insert(0, '.')
from data_txt import P
from data_x2 import ROWS as R2
from data_x3 import ROWS as R3
g = json.load(open('/work/shared/golden/seed.json'))
sp = {p['name']: p for p in g['projects']}
def near(a, b, tol=0.005): assert abs(a - b) < tol, (a, b)
def pct1(x): return f"{x:.1f}"
ok = 0
def chk(cond, msg):
    global ok
    assert cond, msg; ok += 1
# seed
st = {k[:4]: v['total'] for k, v in sp.items()}
T = 234.98
near(60 + 68, 128); near(77.28 - 2.7, 74.58); near(77.28 + 2.7, 79.98); near(60 + 68 + 77.28, 205.28)
chk(f"{60/T*100:.2f}".startswith("25.5") and pct1(60/T*100) == "25.5", "s25.5")
chk(f"{12/T*100:.2f}".startswith("5.1") and pct1(12/T*100) == "5.1", "5.1")
chk(f"{68/T*100:.2f}".startswith("28.9") and pct1(68/T*100) == "28.9", "28.9")
chk(f"{2.7/T*100:.2f}".startswith("1.1") and pct1(2.7/T*100) == "1.1", "1.1")
near(T/6, 39.16)
c2 = collections.Counter(i['level2'] for p in g['projects'] for i in p['indicators'])
chk(c2['12-质量指标'] == 10 and c2['14-成本指标'] == 2 and c2['11-数量指标'] == 5, "seed counts")
chk(len(sp['区级群众信访诉求综合服务中心（信访超市）日常运行经费']['indicators']) == 8, "8")
chk(sum(1 for i in sp['信访工作经费']['indicators'] if i['level1'].startswith('2')) == 4, "eff4")
# doc1
pt = {p['name']: p for p in P}
TT = sum(p['total'] for p in P); near(TT, 615.86)
near(96 + 38.5, 134.5); near(96 - 38.5, 57.5); near(TT/8, 76.98)
chk(pct1(68/TT*100) == "11.0" and f"{68/TT*100:.2f}".startswith("11.0"), "11.0")
chk(pct1(545.86/TT*100) == "88.6" and f"{545.86/TT*100:.2f}".startswith("88.6"), "88.6")
chk(pct1(18.6/TT*100) == "3.0" and f"{18.6/TT*100:.2f}".startswith("3.0"), "3.0")
chk(pct1(24/TT*100) == "3.9", "3.9")
n_ind = sum(len([i for i in p['inds'] if i != 'RESTART']) for p in P); chk(n_ind == 56, n_ind)
srt = sorted(P, key=lambda p: -p['total']); chk([p['total'] for p in srt[:3]] == [215.36, 142.6, 96.0], "rank")
chk(srt[-1]['name'] == '古树名木保护经费' and srt[-2]['name'] == '林业行政执法专项经费', "rank low")
chk(sorted(p['name'] for p in P if p['total'] < 30) == sorted(['林长制工作经费', '林业行政执法专项经费', '古树名木保护经费']), "<30")
chk(sorted(p['name'] for p in P if p['total'] > 100) == sorted(['公益林生态效益补偿资金', '县属国有林场森林资源管护及中幼林抚育经费']), ">100")
ti = [i[2] for p in P for i in p['inds'] if i != 'RESTART' and i[1] == '13-时效指标']; chk(len(ti) == 7, ti)
nocost = [p['name'] for p in P if not any(i != 'RESTART' and i[1] == '14-成本指标' for i in p['inds'])]
chk(nocost == ['林业有害生物防治经费', '林长制工作经费'], nocost)
eco = [i[2] for p in P for i in p['inds'] if i != 'RESTART' and i[1] == '23-生态效益']; chk(len(eco) == 3, eco)
lq = [(p['name'], i[3], i[4]) for p in P for i in p['inds'] if i != 'RESTART' and i[2] == '林区群众满意度']; chk(len(lq) == 2, lq)
# doc2
L = sum(r[4] or 0 for r in R2); C = sum(r[5] for r in R2)
near(L, 5490); near(C, 6131.5); chk(f"{(C-L)/L*100:.2f}" == "11.68", "11.68")
new = [r for r in R2 if r[8] == '是']; near(sum(r[5] for r in new), 720)
chk(f"{720/C*100:.2f}" == "11.74", "11.74")
chk(f"{1350/C*100:.2f}" == "22.02", "22.02")
ks = collections.defaultdict(list)
for r in R2: ks[r[1]].append(r)
near(sum(r[5] for r in ks['畜牧科']), 785); chk(len(ks['畜牧科']) == 3, "xmk")
near(sum(r[5] for r in ks['种植业科']), 558); chk(len(ks['种植业科']) == 3, "zzy")
near(sum(r[5] for r in ks['乡村振兴科']), 870); near(sum(r[5] for r in ks['动物防疫科']), 288.5)
top = max(ks, key=lambda k: sum(r[5] for r in ks[k])); chk(top == '农田建设科', top); near(sum(r[5] for r in ks[top]), 1650)
rates = {r[0]: (r[5]-r[4])/r[4] for r in R2 if r[4]}
chk(max(rates, key=rates.get) == '农牧业社会化服务补助资金' and min(rates, key=rates.get) == '高素质农牧民培育资金', "rates")
chk(sorted(rates.values())[0] < sorted(rates.values())[1], "unique min")
dec = [r[0] for r in R2 if r[4] and r[5] < r[4]]; chk(len(dec) == 7, dec)
chk([r[0] for r in R2 if r[4] and r[5] == r[4]] == ['肉羊良种补贴资金'], "flat")
end26 = [r[0] for r in R2 if r[3].endswith('2026年')]; chk(len(end26) == 8, end26)
span = {r[0]: int(r[3][5:9]) - int(r[3][:4]) for r in R2}; chk(max(span, key=span.get) == '高标准农田建设旗级配套资金' and sorted(span.values())[-2] < span['高标准农田建设旗级配套资金'], span)
inc50 = [r[0] for r in R2 if r[5] - (r[4] or 0) > 50]; print("inc50", inc50)
byc = sorted(R2, key=lambda r: -r[5]); chk(byc[0][0].startswith('高标准') and byc[1][0].startswith('草原生态保护') and byc[-1][0] == '高素质农牧民培育资金', "rank2")
near(285 - 260, 25); near(90 - 74, 16)
# doc3
B = sum(r[3] for r in R3); X = sum(r[4] for r in R3); near(B, 24825); chk(f"{X/B*100:.2f}" == "91.94", "91.94")
gc = collections.Counter(r[6] for r in R3); chk(gc['优'] == 11 and gc['良'] == 8 and gc['中'] == 4 and gc['差'] == 1, gc)
sc = sorted(R3, key=lambda r: -r[5]); chk(sc[0][0] == '残疾人两项补贴' and sc[1][0] == '城区环卫保洁服务' and sc[-1][0] == '高原夏菜产业发展项目' and sc[-2][0] == '农机购置累加补贴', "score rank")
low80 = [r[0] for r in R3 if r[4]/r[3] < 0.8 - 1e-12]; chk(len(low80) == 4 and '职业技能提升培训' not in low80, low80)
chk(min(R3, key=lambda r: r[4]/r[3])[0] == '高原夏菜产业发展项目', "minrate")
chk(max(R3, key=lambda r: r[3])[0] == '城乡居民基本医疗保险财政补助', "maxbud")
edu = [r for r in R3 if r[1] == '区教育局']; chk(len(edu) == 3 and max(edu, key=lambda r: r[5])[0] == '校园安保服务购买', "edu")
m = [r for r in R3 if r[2] == '财政重点评价']; chk(len(m) == 8, "8"); near(sum(r[3] for r in m), 13690)
u = [r for r in R3 if r[2] == '单位自评']; chk(len(u) == 9, 9); chk(f"{sum(r[4] for r in u)/sum(r[3] for r in u)*100:.2f}" == "96.74", "96.74")
chk(f"{sum(r[5] for r in u)/9:.2f}" == "89.61", "89.61")
near(342 + 57.6, 399.6); near(1392 + 185.6, 1577.6); near(2450 - 1837.5, 612.5); near(760 - 472.4, 287.6); near(628.8 + 548.8, 1177.6); near(520 + 130, 650)
w = [r for r in R3 if r[1] == '区水利局']; chk(f"{sum(r[4] for r in w)/sum(r[3] for r in w)*100:.2f}" == "80.91", "80.91")
chk(len(set(r[1] for r in R3)) == 12, "12 depts")
chk(sorted(r[0] for r in R3 if r[9] == '压减预算10%') == sorted(['老旧小区改造项目', '职业技能提升培训', '农村人居环境整治项目']), "10%")
chk(sorted(r[0] for r in R3 if r[4] == r[3]) == sorted(['城乡居民基本医疗保险财政补助', '城乡居民基本养老保险补贴', '城区环卫保洁服务']), "100%")
agri = [(r[0], r[5]) for r in R3 if r[1] == '区农业农村局']; print(agri)
# samples
near(7574 - 6643, 931); near(307.82 + 2946.25, 3254.07)
print("checks ok", ok)
