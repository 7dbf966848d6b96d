# -*- coding: utf-8 -*-
"""Builds the three 缙云县 documents (T1 text, T2/T3 xlsx) and docs_data.json into a fresh temporary directory
(or the directory given as the first argument); the committed documents sit beside this script, in
tests/data/general91, and are never written over. docs_data.json (the figures behind the documents) is not committed.
Run: /work/main/.venv/bin/python make_docs.py [OUT_DIR]
"""
import json, os, sys, tempfile
from decimal import Decimal as D
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

DOCS = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix='general91-')  # (the committed documents sit beside this script)
os.makedirs(DOCS, exist_ok=True)

# ---------------------------------------------------------------- T1
DEPT = '缙云县商务局(部门)'
L1 = {'产出': '1-产出指标', '效益': '2-效益指标', '满意度': '3-满意度指标'}
L2 = {'数量': '11-数量指标', '质量': '12-质量指标', '时效': '13-时效指标', '成本': '14-成本指标',
      '经济': '21-经济效益', '社会': '22-社会效益', '生态': '23-生态效益', '可持续': '24-可持续影响',
      '满意': '31-服务对象满意度'}

def I(l1, l2, name, pv, av=None):
    return (l1, l2, name, pv, pv if av is None else av)

UNITS = [
 ('缙云县商务局', [
  ('外贸企业开拓国际市场补助资金', '186.50', None,
   '支持我县外贸企业参加境外展会、开展国际认证和境外商标注册，稳住外贸基本盘，推动缙云机床、五金、户外用品等优势产业拓展国际市场，全年实现外贸出口稳定增长。',
   [I('产出','数量','补助企业数量','≥120家'), I('产出','数量','支持企业参加境外展会','≥60个次'),
    I('产出','时效','资金拨付及时率','100%'), I('产出','成本','单家企业展位补助上限','≤5万元'),
    I('效益','经济','外贸出口额增长率','≥5%'), I('满意度','满意','补助企业满意度','≥90%')]),
  ('县域商业体系建设项目资金', '325.80', '45.80',
   '完善县乡村三级商业网络，改造提升乡镇商贸中心和村级便民商店，建设县级物流配送中心，推动快递物流共同配送，补齐农村商业设施短板。',
   [I('产出','数量','改造提升乡镇商贸中心','5个','3个'), I('产出','数量','新建改造村级便民商店','≥40家','≥25家'),
    I('产出','质量','项目验收合格率','100%'), I('产出','时效','项目完成及时率','≥95%'),
    I('效益','社会','农村居民消费便利度','明显提升','有所提升'),
    I('效益','可持续','县域商业网络长效运营','持续运营3年以上','持续运营'),
    I('满意度','满意','服务对象满意度','≥90%')]),
  ('招商引资专项工作经费', '58.60', None,
   '开展产业链精准招商，组织赴长三角、珠三角等地招商推介活动，做好重大项目洽谈、签约及落地服务，提升招商引资质量。',
   [I('产出','数量','举办招商推介会','≥6场'), I('产出','数量','签约亿元以上项目','≥8个'),
    I('产出','质量','签约项目履约率','≥80%'), I('效益','经济','实际利用内资','≥30亿元'),
    I('满意度','满意','投资企业满意度','≥92%')]),
  ('成品油市场整治及安全生产监管经费', '12.35', None,
   '开展成品油流通领域专项整治，打击非法经营成品油行为，组织加油站安全生产检查和隐患排查，保障全县商贸领域安全生产形势稳定。',
   [I('产出','数量','检查加油站（点）次数','≥200家次'), I('产出','质量','安全隐患整改率','100%'),
    I('产出','时效','专项整治按期完成率','100%'), I('效益','社会','商贸领域安全生产事故','零发生')]),
  ('消费券发放及促消费活动经费', '152.40', None,
   '围绕“缙情消费”系列活动，发放餐饮、零售、汽车等消费券，举办美食节、年货节等促消费活动，激发消费潜力，推动社会消费品零售总额稳步增长。',
   [I('产出','数量','发放消费券金额','≥120万元'), I('产出','数量','举办促消费活动','≥10场'),
    I('产出','成本','活动组织经费','≤32.4万元'), I('效益','经济','拉动消费金额','≥1500万元'),
    I('效益','经济','社会消费品零售总额增长率','≥6%'), I('满意度','满意','服务对象满意度','≥90%')]),
  ('聘请法律顾问服务经费', '7.50', None,
   '聘请专业律师事务所担任我局常年法律顾问，对行政执法、合同签订、信访投诉处理等事项提供法律意见，防范行政行为法律风险。',
   [I('产出','数量','审查合同及规范性文件','≥40件'), I('产出','质量','法律意见采纳率','≥90%'),
    I('产出','成本','法律顾问服务费用','7.5万元'), I('满意度','满意','法律顾问服务对象满意度','≥95%')]),
 ]),
 ('缙云县电子商务服务中心', [
  ('农村电商公共服务体系运营经费', '96.30', None,
   '保障县级电商公共服务中心和乡镇、村级电商服务站点正常运营，为农户和网商提供代买代卖、物流对接、产品包装设计等服务，促进农产品上行。',
   [I('产出','数量','运营村级电商服务站点','≥150个'), I('产出','质量','站点正常运营率','≥90%'),
    I('产出','时效','服务响应时间','≤24小时'), I('效益','经济','农产品网络零售额','≥9亿元'),
    I('效益','可持续','电商服务体系长效运营','持续运营'), I('满意度','满意','服务对象满意度','≥90%')]),
  ('电商直播人才培训补助资金', '42.75', '6.75',
   '面向返乡青年、农户和中小网商开展电商直播、短视频运营等技能培训，对培训合格并实现开店或带货的学员给予补助，壮大本土电商人才队伍。',
   [I('产出','数量','电商直播培训人次','≥800人次'), I('产出','数量','培育本土带货主播','≥60名'),
    I('产出','质量','培训合格率','≥85%'), I('产出','时效','资金拨付及时率','100%'),
    I('产出','成本','人均培训成本','≤450元'), I('效益','社会','带动就业创业人数','≥300人'),
    I('满意度','满意','参训学员满意度','≥90%')]),
  ('缙云烧饼电商品牌推广经费', '35.20', None,
   '依托“缙云烧饼”区域公用品牌，开展线上品牌推广、网红探店和电商平台专场活动，扩大缙云烧饼网络销售，带动烧饼师傅增收。',
   [I('产出','数量','组织电商平台专场活动','≥4场'), I('产出','数量','线上推广曝光量','≥500万次'),
    I('产出','时效','推广活动完成时间','2026年11月底前'), I('效益','经济','缙云烧饼网络销售额增长率','≥10%'),
    I('效益','社会','带动烧饼师傅增收','人均增收≥3000元')]),
  ('电子商务进农村综合示范项目县级配套资金', '208.60', None,
   '按照电子商务进农村综合示范项目实施方案，落实县级配套资金，支持县级电商公共服务中心升级、县乡村三级物流体系建设和农村电商人才培训，巩固示范县建设成效。',
   [I('产出','数量','新建改造县乡村物流站点','≥80个','≥50个'), I('产出','质量','示范项目绩效评价等级','良好以上'),
    I('产出','时效','配套资金到位率','100%'), I('产出','成本','县级配套资金','≤208.6万元'),
    I('效益','经济','农村网络零售额增长率','≥12%'), I('效益','可持续','示范项目长效运营机制','建立健全'),
    I('满意度','满意','服务对象满意度','≥88%')]),
 ]),
 ('缙云县商贸流通服务中心', [
  ('城乡农贸市场提升改造补助资金', '118.40', '18.40',
   '对五云、新建、壶镇等农贸市场实施提升改造，完善冷链设施、智慧监管系统和环境卫生设施，对验收合格的市场按改造投入给予补助，打造放心农贸市场。',
   [I('产出','数量','提升改造农贸市场','4家'), I('产出','质量','改造验收合格率','100%'),
    I('产出','时效','资金拨付及时率','100%'), I('产出','成本','单个市场补助上限','≤30万元'),
    I('效益','社会','农贸市场星级评定','新增三星级以上市场2家'),
    I('满意度','满意','经营户及消费者满意度','≥90%')]),
  ('生活必需品市场监测及应急保供经费', '23.90', None,
   '开展粮油、肉类、蔬菜等生活必需品价格和供应监测，维护重点保供企业名录，储备应急保供物资，确保突发情况下市场供应稳定。',
   [I('产出','数量','监测样本企业','≥30家'), I('产出','质量','监测数据报送准确率','≥98%'),
    I('产出','时效','监测数据按时报送率','100%'), I('效益','社会','突发事件应急保供响应','24小时内到位')]),
  ('商贸流通服务中心编外人员经费', '44.16', None,
   '保障中心编外聘用人员工资及社会保险等支出，做好市场监测、商贸流通服务等日常工作，提升服务效能。',
   [I('产出','数量','编外聘用人员','6名'), I('产出','质量','编外人员聘用合规率','合规','100%'),
    I('产出','时效','编外人员工资支付及时性','按月足额发放','100%')]),
 ]),
]

def wrap(s, n):
    return [s[i:i+n] for i in range(0, len(s), n)]

def fmt(x):
    return f'{x:.2f}'

def make_t1():
    head = ['部门名称：%s 单位：万元' % DEPT, '',
            '项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标', '']
    tot = sum(D(p[1]) for u in UNITS for p in u[1])
    oth = sum(D(p[2] or '0') for u in UNITS for p in u[1])
    lines = ['', '项目支出绩效目标表（含转移支付项目）', ''] + head
    lines += ['合计 %s %s %s' % (fmt(tot), fmt(tot - oth), fmt(oth)), '']
    data = {'department': DEPT, 'total': fmt(tot), 'fin': fmt(tot - oth), 'other': fmt(oth), 'units': []}
    nproj = 0
    for uname, projs in UNITS:
        ut = sum(D(p[1]) for p in projs); uo = sum(D(p[2] or '0') for p in projs)
        s = '%s %s %s' % (uname, fmt(ut), fmt(ut - uo)) + (' %s' % fmt(uo) if uo else '')
        lines += [s, '']
        ud = {'name': uname, 'total': fmt(ut), 'fin': fmt(ut - uo), 'other': fmt(uo), 'projects': []}
        for (pname, tot_s, oth_s, goal, inds) in projs:
            if nproj and nproj % 4 == 0:
                lines += ['', '', ''] + head
            nproj += 1
            t = D(tot_s); o = D(oth_s or '0')
            nums = '%s %s' % (fmt(t), fmt(t - o)) + (' %s' % fmt(o) if o else '')
            if len(pname) > 18:
                cut = 14
                lines += ['    ' + pname[:cut], pname[cut:], '', nums, '']
            else:
                lines += ['    %s %s' % (pname, nums), '']
            gl = wrap(goal, 20)
            for i, g in enumerate(gl):
                lines.append(g)
                if i == 2 and len(gl) > 4: lines.append('')
            lines.append('')
            parts = []
            for k, (l1, l2, nm, pv, av) in enumerate(inds, 1):
                parts.append('%d、%s,%s,%s；实施周期指标值:%s,年度指标值:%s;' % (k, L1[l1], L2[l2], nm, pv, av))
            il = wrap(',' .join(parts), 38)
            for i, g in enumerate(il):
                lines.append(g)
                if i % 4 == 3 and i != len(il) - 1: lines.append('')
            lines.append('')
            ud['projects'].append({'name': pname, 'total': fmt(t), 'fin': fmt(t - o), 'other': fmt(o), 'goal': goal,
                                   'indicators': [dict(l1=L1[a], l2=L2[b], name=c, period=d, annual=e) for a, b, c, d, e in inds]})
        data['units'].append(ud)
    lines += ['', '']
    fn = os.path.join(DOCS, '浙江省丽水市缙云县商务局2026年项目支出绩效目标表.txt')
    open(fn, 'w', encoding='utf-8').write('\n'.join(lines))
    return data

# ---------------------------------------------------------------- xlsx helpers
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CEN = Alignment(horizontal='center', vertical='center', wrap_text=True)
LEFT = Alignment(horizontal='left', vertical='center', wrap_text=True)

def put(ws, r, c, v, bold=False, align=CEN, fmt2=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.border = BOX; cell.alignment = align
    if bold: cell.font = Font(bold=True)
    if fmt2 and isinstance(v, (int, float)): cell.number_format = '0.00'
    return cell

# ---------------------------------------------------------------- T2
T2 = [
 ('县教育局', [
  ('中小学智慧校园建设项目', 860, 720, 86.5, '良', '部分支持', '压减设备采购单价'),
  ('学前教育普惠性幼儿园奖补资金', 420, 420, 92.0, '优', '予以支持', ''),
  ('教师全员培训经费', 156, 138.5, 84.0, '良', '部分支持', '压减外出培训规模'),
  ('县职业中专实训基地设备购置项目', 530, 0, 58.5, '差', '不予支持', '前期论证不充分'),
 ]),
 ('县卫生健康局', [
  ('基层医疗卫生机构能力提升项目', 680, 612, 88.0, '良', '部分支持', ''),
  ('老年人免费体检经费', 245.6, 245.6, 93.5, '优', '予以支持', ''),
  ('急救站点建设补助资金', 190, 152, 81.0, '良', '部分支持', '分年度实施'),
  ('卫生健康信息化平台升级项目', 360, 0, 55.0, '差', '不予支持', '与市级平台功能重复'),
 ]),
 ('县农业农村局', [
  ('高标准农田建设县级配套资金', 1200, 1200, 94.0, '优', '予以支持', ''),
  ('缙云黄茶产业发展补助资金', 300, 255, 85.5, '良', '部分支持', ''),
  ('农村生活污水治理设施运维经费', 380, 342, 83.0, '良', '部分支持', '运维单价按市场价核定'),
  ('茭白产业提质增效补助资金', 150, 150, 90.5, '优', '予以支持', ''),
  ('农业社会化服务补助资金', 96, 72, 76.0, '中', '部分支持', '绩效目标不够细化'),
 ]),
 ('县交通运输局', [
  ('农村公路养护工程补助', 780, 702, 87.0, '良', '部分支持', ''),
  ('城乡公交一体化运营补贴', 650, 650, 91.0, '优', '予以支持', ''),
  ('港湾式公交站亭建设项目', 128, 0, 52.5, '差', '不予支持', '选址未确定'),
 ]),
 ('县文化和广电旅游体育局', [
  ('仙都景区品牌宣传推广经费', 280, 224, 82.5, '良', '部分支持', ''),
  ('文化礼堂星级创建补助资金', 165, 165, 90.0, '优', '予以支持', ''),
  ('全民健身设施更新项目', 210, 178.5, 80.5, '良', '部分支持', ''),
  ('婺剧演出进农村补助', 64.8, 64.8, 88.5, '良', '予以支持', ''),
 ]),
 ('县住房和城乡建设局', [
  ('老旧小区改造县级补助资金', 920, 828, 86.0, '良', '部分支持', ''),
  ('城市道路桥梁养护经费', 540, 486, 84.5, '良', '部分支持', ''),
  ('城镇燃气安全隐患整治项目', 175, 175, 92.5, '优', '予以支持', ''),
 ]),
 ('县民政局', [
  ('困难群众临时救助资金', 310, 310, 95.0, '优', '予以支持', ''),
  ('居家养老服务中心运营补助', 268, 241.2, 85.0, '良', '部分支持', ''),
  ('殡葬设施提升改造项目', 225, 0, 57.0, '差', '不予支持', '建设内容与规划不符'),
 ]),
 ('县商务局', [
  ('商贸企业上规升级奖励资金', 120, 96, 79.5, '中', '部分支持', '奖励标准偏高'),
  ('跨境电商产业园运营补助', 88, 0, 56.5, '差', '不予支持', '运营主体未明确'),
  ('二手车交易市场规范提升经费', 45, 45, 89.0, '良', '予以支持', ''),
 ]),
 ('县人力资源和社会保障局', [
  ('职业技能提升行动补贴', 350, 315, 87.5, '良', '部分支持', ''),
  ('高校毕业生就业见习补贴', 112, 112, 91.5, '优', '予以支持', ''),
  ('根治欠薪监测预警平台运维经费', 38.5, 30.8, 78.0, '中', '部分支持', ''),
 ]),
]

def r2(x): return round(x + 1e-9, 2)

def make_t2():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '事前绩效评估结果'
    ncol = 10
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    c = ws.cell(1, 1, '缙云县2026年项目支出事前绩效评估结果表'); c.font = Font(bold=True, size=16); c.alignment = CEN
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=5)
    ws.cell(2, 1, '编制单位：缙云县财政局').alignment = LEFT
    ws.merge_cells(start_row=2, start_column=8, end_row=2, end_column=ncol)
    ws.cell(2, 8, '单位：万元').alignment = Alignment(horizontal='right')
    h1 = ['序号', '主管部门', '项目名称', '申报金额', '评估核定情况', None, '评估得分', '评估等级', '评估结论', '备注']
    for j, v in enumerate(h1, 1): put(ws, 3, j, v, bold=True)
    for j, v in [(5, '核定金额'), (6, '核减金额')]: put(ws, 4, j, v, bold=True)
    for j in [1, 2, 3, 4, 7, 8, 9, 10]:
        put(ws, 4, j, None); ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
    ws.merge_cells(start_row=3, start_column=5, end_row=3, end_column=6)
    r = 5; seq = 0; data = {'groups': []}
    tot = [0, 0, 0]
    # 合计 first (as many 财政 tables do), then groups
    total_row = r; r += 1
    for dept, rows in T2:
        sub = [r2(sum(x[1] for x in rows)), r2(sum(x[2] for x in rows))]; sub.append(r2(sub[0] - sub[1]))
        put(ws, r, 1, None); put(ws, r, 2, dept, bold=True); put(ws, r, 3, '小计', bold=True)
        for j, v in zip([4, 5, 6], sub): put(ws, r, j, v, bold=True, fmt2=True)
        for j in [7, 8, 9, 10]: put(ws, r, j, None)
        r += 1
        g = {'dept': dept, 'sub': sub, 'rows': []}
        for (pn, ap, ok, sc, lv, con, note) in rows:
            seq += 1
            cut = r2(ap - ok)
            vals = [seq, dept, pn, ap, ok, cut, sc, lv, con, note or None]
            for j, v in enumerate(vals, 1):
                put(ws, r, j, v, align=LEFT if j in (3, 10) else CEN, fmt2=j in (4, 5, 6))
            ws.cell(r, 7).number_format = '0.0'
            g['rows'].append(dict(seq=seq, name=pn, apply=ap, approved=ok, cut=cut, score=sc, level=lv, concl=con, note=note, row=r))
            r += 1
        for k in range(3): tot[k] += sub[k]
        data['groups'].append(g)
    tot = [r2(x) for x in tot]
    put(ws, total_row, 1, '合计', bold=True); ws.merge_cells(start_row=total_row, start_column=1, end_row=total_row, end_column=3)
    for j, v in zip([4, 5, 6], tot): put(ws, total_row, j, v, bold=True, fmt2=True)
    for j in [7, 8, 9, 10]: put(ws, total_row, j, None)
    data['total'] = tot
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(r, 1, '说明：评估等级按得分划分，90分（含）以上为“优”，80（含）-90分为“良”，60（含）-80分为“中”，60分以下为“差”；评估结论为“不予支持”的项目不安排2026年预算。').alignment = LEFT
    for j, w in enumerate([6, 22, 34, 11, 11, 11, 9, 9, 11, 24], 1): ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(os.path.join(DOCS, '浙江省丽水市缙云县财政局2026年项目支出事前绩效评估结果表.xlsx'))
    return data

# ---------------------------------------------------------------- T3
T3 = [
 ('一、一般性转移支付', [
  ('县级基本财力保障机制奖补资金', '浙财预〔2025〕12号', 3860, 2400, 1460, '县财政局', '一般公共服务支出', '缙财预〔2025〕8号', '提前下达'),
  ('重点生态功能区转移支付', '浙财预〔2025〕18号', 2150, 1500, 650, '县财政局', '节能环保支出', '缙财预〔2025〕11号', '提前下达'),
  ('革命老区转移支付', '浙财预〔2025〕21号', 620, 620, 0, '县财政局', '其他支出', '缙财预〔2025〕15号', ''),
  ('产粮大县奖励资金', '浙财农〔2025〕9号', 186, 186, 0, '县农业农村局', '农林水支出', '缙财农〔2025〕6号', ''),
 ]),
 ('二、共同财政事权转移支付', [
  ('城乡义务教育补助经费', '浙财科教〔2025〕3号', 1456.3, 980, 476.3, '县教育局', '教育支出', '缙财教〔2025〕4号', '提前下达'),
  ('学生资助补助经费', '浙财科教〔2025〕7号', 318.6, 210.4, 108.2, '县教育局', '教育支出', '缙财教〔2025〕9号', ''),
  ('基本公共卫生服务补助资金', '浙财社〔2025〕15号', 905.4, 620.1, 285.3, '县卫生健康局', '卫生健康支出', '缙财社〔2025〕12号', ''),
  ('医疗服务与保障能力提升补助资金', '浙财社〔2025〕22号', 276, 276, 0, '县卫生健康局', '卫生健康支出', '缙财社〔2025〕18号', ''),
  ('困难群众救助补助资金', '浙财社〔2025〕8号', 1288.5, 860, 428.5, '县民政局', '社会保障和就业支出', '缙财社〔2025〕7号', '提前下达'),
  ('就业补助资金', '浙财社〔2025〕11号', 463.2, 300, 163.2, '县人力资源和社会保障局', '社会保障和就业支出', '缙财社〔2025〕10号', ''),
  ('城乡居民基本医疗保险补助', '浙财社〔2025〕5号', 3520, 2460, 1060, '县医疗保障局', '卫生健康支出', '缙财社〔2025〕3号', '提前下达'),
  ('农业相关转移支付资金', '浙财农〔2025〕14号', 742.8, 742.8, 0, '县农业农村局', '农林水支出', '缙财农〔2025〕10号', ''),
  ('车辆购置税收入补助地方资金', '浙财建〔2025〕19号', 1600, 1600, 0, '县交通运输局', '交通运输支出', '缙财建〔2025〕14号', ''),
  ('公共文化服务体系建设专项资金', '浙财科教〔2025〕16号', 132.5, 85, 47.5, '县文化和广电旅游体育局', '文化旅游体育与传媒支出', '缙财教〔2025〕13号', ''),
  ('优抚对象补助经费', '浙财社〔2025〕26号', 410, 300, 110, '县退役军人事务局', '社会保障和就业支出', '缙财社〔2025〕21号', ''),
  ('农村危房改造补助资金', '浙财建〔2025〕8号', 96, 60, 36, '县住房和城乡建设局', '住房保障支出', '缙财建〔2025〕6号', ''),
 ]),
 ('三、专项转移支付', [
  ('省级商贸流通发展专项资金', '浙财企〔2025〕10号', 180, 0, 180, '县商务局', '商业服务业等支出', '缙财企〔2025〕5号', ''),
  ('中央外经贸发展专项资金', '浙财企〔2025〕6号', 265, 265, 0, '县商务局', '商业服务业等支出', '缙财企〔2025〕3号', ''),
  ('省级电子商务发展专项资金', '浙财企〔2025〕15号', 120, 0, 120, '县商务局', '商业服务业等支出', '缙财企〔2025〕9号', ''),
  ('省级林业发展和生态保护资金', '浙财农〔2025〕30号', 356.7, 0, 356.7, '县自然资源和规划局', '农林水支出', '缙财农〔2025〕19号', ''),
  ('大气污染防治资金', '浙财资环〔2025〕4号', 210, 210, 0, '丽水市生态环境局缙云分局', '节能环保支出', '缙财建〔2025〕4号', ''),
  ('水利发展资金', '浙财农〔2025〕22号', 1180, 820, 360, '县水利局', '农林水支出', '缙财农〔2025〕15号', ''),
  ('省级旅游业发展专项资金', '浙财科教〔2025〕20号', 150, 0, 150, '县文化和广电旅游体育局', '文化旅游体育与传媒支出', '缙财教〔2025〕16号', ''),
  ('省级体育发展专项资金', '浙财科教〔2025〕24号', 88, 0, 88, '县文化和广电旅游体育局', '文化旅游体育与传媒支出', '缙财教〔2025〕19号', ''),
  ('安全生产和消防专项资金', '浙财建〔2025〕27号', 64.5, 40, 24.5, '县应急管理局', '灾害防治及应急管理支出', '缙财建〔2025〕20号', ''),
  ('科技发展专项资金', '浙财科教〔2025〕12号', 230, 0, 230, '县科学技术局', '科学技术支出', '缙财教〔2025〕11号', ''),
  ('文物保护专项资金', '浙财科教〔2025〕29号', 72.6, 45, 27.6, '县文化和广电旅游体育局', '文化旅游体育与传媒支出', '缙财教〔2025〕22号', ''),
 ]),
]

def make_t3():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '上级转移支付分配'
    ncol = 10
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    c = ws.cell(1, 1, '缙云县2025年上级转移支付资金分配下达情况表'); c.font = Font(bold=True, size=16); c.alignment = CEN
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=5)
    ws.cell(2, 1, '填报单位：缙云县财政局').alignment = LEFT
    ws.merge_cells(start_row=2, start_column=8, end_row=2, end_column=ncol)
    ws.cell(2, 8, '单位：万元').alignment = Alignment(horizontal='right')
    h1 = ['序号', '资金项目名称', '上级下达文号', '下达金额', None, None, '分配去向（主管部门）', '支出功能分类（类）', '县级分配文号', '备注']
    for j, v in enumerate(h1, 1): put(ws, 3, j, v, bold=True)
    for j, v in [(4, '合计'), (5, '中央资金'), (6, '省级资金')]: put(ws, 4, j, v, bold=True)
    for j in [1, 2, 3, 7, 8, 9, 10]:
        put(ws, 4, j, None); ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=6)
    r = 5; total_row = r; r += 1; seq = 0; tot = [0, 0, 0]; data = {'groups': []}
    for sec, rows in T3:
        sub = [r2(sum(x[k] for x in rows)) for k in (2, 3, 4)]
        put(ws, r, 1, None); put(ws, r, 2, sec, bold=True, align=LEFT); put(ws, r, 3, None)
        for j, v in zip([4, 5, 6], sub): put(ws, r, j, v, bold=True, fmt2=True)
        for j in [7, 8, 9, 10]: put(ws, r, j, None)
        r += 1
        g = {'section': sec, 'sub': sub, 'rows': []}
        for (nm, wh, t, zy, sj, to, fn, xw, note) in rows:
            seq += 1
            vals = [seq, nm, wh, t, zy or None, sj or None, to, fn, xw, note or None]
            for j, v in enumerate(vals, 1): put(ws, r, j, v, align=LEFT if j in (2, 10) else CEN, fmt2=j in (4, 5, 6))
            g['rows'].append(dict(seq=seq, name=nm, doc=wh, total=t, central=zy, prov=sj, to=to, func=fn, county_doc=xw, note=note, row=r))
            r += 1
        for k in range(3): tot[k] += sub[k]
        data['groups'].append(g)
    tot = [r2(x) for x in tot]
    put(ws, total_row, 1, '合计', bold=True); ws.merge_cells(start_row=total_row, start_column=1, end_row=total_row, end_column=3)
    for j, v in zip([4, 5, 6], tot): put(ws, total_row, j, v, bold=True, fmt2=True)
    for j in [7, 8, 9, 10]: put(ws, total_row, j, None)
    data['total'] = tot
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(r, 1, '注：本表反映截至2025年9月30日上级下达我县的转移支付资金及县级分配情况；“提前下达”指上年已提前下达、本年正式清算的资金。').alignment = LEFT
    for j, w in enumerate([6, 32, 20, 11, 11, 11, 24, 22, 18, 10], 1): ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(os.path.join(DOCS, '浙江省丽水市缙云县2025年上级转移支付资金分配下达表.xlsx'))
    return data

if __name__ == '__main__':
    d = {'T1': make_t1(), 'T2': make_t2(), 'T3': make_t3()}
    json.dump(d, open(os.path.join(DOCS, 'docs_data.json'), 'w'), ensure_ascii=False, indent=1)
    print(DOCS)
    print('T1 total', d['T1']['total'], d['T1']['fin'], d['T1']['other'], [(u['name'], u['total'], u['fin'], u['other']) for u in d['T1']['units']])
    print('T2 total', d['T2']['total'], [(g['dept'], g['sub']) for g in d['T2']['groups']])
    print('T3 total', d['T3']['total'], [(g['section'], g['sub']) for g in d['T3']['groups']])
