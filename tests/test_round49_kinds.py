"""Round 49, lane kinds49: table kinds no question set has used — a staffing table (编制数/实有人数/空编数 under
three 编制 kinds), a key-project progress table (money, a rate and two text columns) and a non-tax revenue plan
(two years, the change and its percentage) — read by the generic labelled-spreadsheet reader and asked about in a
staff member's own words. The workbooks are fictional (青溪县), written here.

Class: a name said with one character of its own glued to words a row's name prints after another character
("契税收入" of a table whose rows print 非税收入合计): the one character was dropped as noise and the question read
as the table's total — a confident wrong figure. The name is now the word left over: not held, said so.

Class: a group of columns asked as a whole ("事业编制一共多少") where only total rows print it: the 合计 row and
its groups' 小计 rows were added together, and 编制数 added to 空编数. The 合计 row's cells are the whole: one
measure under several groups added up ("实有人数一共多少人"), several measures each said.

Class: "还差多少没完成" of one named row of a plan / done table read as the filter "rows not done" (every
unfinished project listed); it is now the row's plan less what was done, as "还有多少没完成" was.

The questions asked over these workbooks while writing them (a record, not a set): 县委办公室行政编制多少,
公安局行政编制实有多少人 → 那事业编制呢, 财政局空编几个, 农业农村局的事业编制数和实有人数分别是多少, 合计行政编制多少,
党群部门小计的实有人数, 哪个单位行政编制最多, 行政编制空编超过3个的有哪些单位, 统战部行政编制比政法委多多少,
县公安局备注是什么, 县审计局实有人数, 县公安局退休人员多少, 智能装备产业园总投资多少 → 那它的完成率呢,
冷链物流中心存在什么问题, 完成率最低的项目是哪个, 完成率超过90%的项目有哪些, 交通运输局建设了哪些项目,
基础设施项目小计计划投资多少, 数字经济产业大厦比生物医药中试基地总投资多多少, 养老服务中心存在问题,
智能装备产业园的开工时间, 青溪体育馆项目总投资, 教育费附加收入2026年计划多少 → 那地方教育附加呢,
一般罚没收入比上年减少多少, 利息收入增减%是多少, 2026年计划比上年减少的有哪些, 增幅超过10%的收入项目有哪些,
城镇土地使用税2026年计划多少, 契税收入2025年执行数, 罚没收入2027年计划多少, 事业编制一共多少人,
智能装备产业园还差多少没完成计划, 哪些项目存在融资问题, 卫生健康局有哪些项目, 行政编制总共空了多少个,
县纪委行政编制实有人数占编制数的比例, 非税收入2026年计划比2025年增加多少, 个人所得税2026年计划 … (about 100)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED, converse, engine_over, write_workbook

from bot.engine import ANSWERED, UNKNOWN, Engine

_STAFF_UNITS = [  # name, (行政 编制, 实有), (事业 编制, 实有), (工勤 编制, 实有)
    ("县委办公室", (28, 26), (12, 11), (4, 4)),
    ("县纪委监委机关", (45, 43), (6, 6), (3, 2)),
    ("县委组织部", (22, 22), (8, 7), (2, 2)),
    ("县委宣传部", (16, 15), (14, 12), (2, 1)),
    ("县委统战部", (12, 10), (4, 4), (1, 1)),
    ("县委政法委", (10, 9), (5, 3), (1, 1)),
    ("县总工会", (7, 6), (3, 3), (1, 0)),
    ("团县委", (5, 4), (2, 2), (0, 0)),
    ("县妇联", (5, 5), (2, 1), (0, 0)),
    ("县政府办公室", (30, 28), (18, 16), (6, 5)),
    ("县发展和改革局", (24, 21), (15, 14), (2, 2)),
    ("县教育局", (20, 19), (36, 33), (3, 3)),
    ("县科学技术局", (9, 8), (6, 5), (1, 1)),
    ("县公安局", (160, 152), (10, 9), (12, 11)),
    ("县民政局", (14, 13), (22, 20), (2, 2)),
    ("县司法局", (26, 24), (8, 8), (1, 1)),
    ("县财政局", (32, 30), (40, 37), (3, 2)),
    ("县人力资源和社会保障局", (18, 17), (45, 41), (2, 2)),
    ("县自然资源和规划局", (35, 31), (52, 47), (4, 3)),
    ("县生态环境分局", (12, 12), (20, 18), (1, 1)),
    ("县住房和城乡建设局", (19, 18), (60, 55), (3, 3)),
    ("县交通运输局", (15, 14), (38, 36), (4, 4)),
    ("县农业农村局", (27, 25), (88, 80), (5, 4)),
    ("县卫生健康局", (21, 20), (30, 27), (2, 2)),
    ("县应急管理局", (17, 15), (9, 9), (2, 1)),
    ("县市场监督管理局", (68, 64), (25, 22), (3, 3)),
]
_PARTY = 9  # the first nine units are 党群部门, the rest 政府部门


def _staff_cells(units: list) -> list:
    cells: list = []
    for _, *kinds in units:
        for planned, actual in kinds:
            cells += [planned, actual, planned - actual]
    return cells


def _sums(rows: list) -> list:
    return [sum(r[i] for r in rows) for i in range(len(rows[0]))]


def staffing_rows() -> tuple[list, list]:
    """青溪县2026年部门人员编制及实有人数情况表: units × 行政/事业/工勤编制 each with 编制数/实有人数/空编数."""
    party = [_staff_cells([u]) for u in _STAFF_UNITS[:_PARTY]]
    gov = [_staff_cells([u]) for u in _STAFF_UNITS[_PARTY:]]
    rows: list = [["青溪县2026年部门人员编制及实有人数情况表"] + [None] * 11,
                  ["单位：人"] + [None] * 11,
                  ["序号", "单位名称", "行政编制", None, None, "事业编制", None, None, "工勤编制", None, None, "备注"],
                  [None, None, "编制数", "实有人数", "空编数", "编制数", "实有人数", "空编数",
                   "编制数", "实有人数", "空编数", None],
                  [None, "合计"] + _sums(party + gov) + [None],
                  ["一", "党群部门"] + [None] * 10,
                  *[[i + 1, u[0]] + c + [None] for i, (u, c) in enumerate(zip(_STAFF_UNITS[:_PARTY], party, strict=False))],
                  [None, "小计"] + _sums(party) + [None],
                  ["二", "政府部门"] + [None] * 10,
                  *[[i + 1, u[0]] + c + ["含派出机构" if u[0] == "县公安局" else None]
                    for i, (u, c) in enumerate(zip(_STAFF_UNITS[_PARTY:], gov, strict=False))],
                  [None, "小计"] + _sums(gov) + [None]]
    merged = ["A1:L1", "A2:L2", "A3:A4", "B3:B4", "C3:E3", "F3:H3", "I3:K3", "L3:L4"]
    return rows, merged


_PROJECTS = [  # class, name, builder, 总投资, 2026计划, 1-10月完成, 形象进度, 存在问题
    ("产业项目", "青溪智能装备产业园一期", "县工业投资集团", 86000, 25000, 21300, "主体厂房封顶，设备基础施工中", "设备采购招标滞后"),
    ("产业项目", "新能源电池材料生产线", "青溪恒锐新材料公司", 52000, 18000, 16650, "两条产线完成安装调试", None),
    ("产业项目", "农产品冷链物流中心", "县供销社", 12800, 6000, 3420, "冷库土建完成60%", "用地手续办理缓慢"),
    ("产业项目", "茶叶精深加工园", "县农业发展公司", 9500, 4200, 4410, "已竣工待验收", None),
    ("产业项目", "文旅小镇综合开发", "县文旅集团", 45000, 12000, 5280, "游客中心桩基施工", "融资未到位"),
    ("产业项目", "数字经济产业大厦", "县城投公司", 33000, 10000, 8900, "主体结构施工至18层", None),
    ("产业项目", "生物医药中试基地", "青溪科创发展公司", 21000, 7500, 6150, "实验楼装修中", "专业设备进口周期长"),
    ("基础设施项目", "县城南环路改造工程", "县交通运输局", 38000, 15000, 13200, "路基完成90%，路面摊铺中", None),
    ("基础设施项目", "青溪大桥拓宽工程", "县交通运输局", 26500, 9000, 5850, "主桥墩施工", "汛期影响水下作业"),
    ("基础设施项目", "城区污水管网提升工程", "县住房和城乡建设局", 14200, 6500, 6110, "完成管网铺设28公里", None),
    ("基础设施项目", "第二水厂扩建工程", "县水务集团", 19800, 8000, 4560, "沉淀池施工", "征地拆迁未完成"),
    ("基础设施项目", "高铁站综合交通枢纽", "县城投公司", 62000, 20000, 17400, "站前广场基本完工", None),
    ("基础设施项目", "农村公路提档升级工程", "县交通运输局", 8600, 4300, 4085, "完成改造96公里", None),
    ("基础设施项目", "城市智慧停车系统", "县城市管理局", 5200, 2600, 1040, "完成方案设计", "选址调整"),
    ("社会民生项目", "县人民医院门急诊综合楼", "县人民医院", 48000, 16000, 14720, "主体完工，内部装修", None),
    ("社会民生项目", "青溪第三中学新建工程", "县教育局", 31000, 11000, 9570, "教学楼封顶", None),
    ("社会民生项目", "城北保障性租赁住房", "县住房和城乡建设局", 27500, 9000, 4950, "桩基完成", "资金拨付滞后"),
    ("社会民生项目", "县养老服务中心", "县民政局", 11600, 5000, 4600, "主体结构完成", None),
    ("社会民生项目", "全民健身中心", "县文化广电旅游体育局", 16800, 6000, 3180, "场馆钢结构吊装", "设计变更"),
    ("社会民生项目", "老旧小区改造（2026年批次）", "县住房和城乡建设局", 13400, 13400, 10050, "完成改造21个小区", None),
    ("社会民生项目", "县疾控中心实验楼", "县卫生健康局", 7800, 3500, 3255, "竣工验收中", None),
    ("社会民生项目", "乡镇卫生院标准化改造", "县卫生健康局", 6400, 3200, 2240, "完成改造9家", "部分卫生院需边营业边施工"),
]


def project_rows() -> tuple[list, list]:
    """青溪县2026年重点项目建设进度表 (1-10月)."""
    def line(no: object, p: tuple) -> list:
        return [no, p[1], p[2], p[3], p[4], p[5], round(p[5] / p[4] * 100, 1), p[6], p[7]]

    def subtotal(label: str, ps: list) -> list:
        total, plan, done = (sum(p[i] for p in ps) for i in (3, 4, 5))
        return [None, label, None, total, plan, done, round(done / plan * 100, 1), None, None]

    rows: list = [["青溪县2026年重点项目建设进度表（1-10月）"] + [None] * 8,
                  ["单位：万元"] + [None] * 8,
                  ["序号", "项目名称", "建设单位", "总投资", "2026年度", None, None, "形象进度", "存在问题"],
                  [None, None, None, None, "2026年计划投资", "1-10月完成投资", "完成率（%）", None, None],
                  subtotal("合计", _PROJECTS)]
    for no, cls in zip("一二三", ("产业项目", "基础设施项目", "社会民生项目"), strict=False):
        ps = [p for p in _PROJECTS if p[0] == cls]
        rows.append([no, cls] + [None] * 7)
        rows += [line(i + 1, p) for i, p in enumerate(ps)]
        rows.append(subtotal("小计", ps))
    merged = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "I3:I4"]
    return rows, merged


_REVENUE = [  # class, item, 2025年执行数, 2026年计划数
    ("专项收入", "教育费附加收入", 6820, 7100),
    ("专项收入", "地方教育附加收入", 4550, 4730),
    ("专项收入", "残疾人就业保障金收入", 1260, 1180),
    ("专项收入", "水利建设专项收入", 980, 1050),
    ("专项收入", "森林植被恢复费", 420, 380),
    ("行政事业性收费收入", "公安行政事业性收费收入", 860, 820),
    ("行政事业性收费收入", "自然资源行政事业性收费收入", 1530, 1400),
    ("行政事业性收费收入", "住房城乡建设行政事业性收费收入", 740, 760),
    ("行政事业性收费收入", "教育行政事业性收费收入", 2210, 2300),
    ("行政事业性收费收入", "卫生健康行政事业性收费收入", 150, 160),
    ("行政事业性收费收入", "市场监管行政事业性收费收入", 65, 60),
    ("罚没收入", "一般罚没收入", 5400, 4800),
    ("罚没收入", "缉私罚没收入", 120, 100),
    ("国有资源（资产）有偿使用收入", "海域使用金收入", 0, 0),
    ("国有资源（资产）有偿使用收入", "场地和矿区使用费收入", 310, 330),
    ("国有资源（资产）有偿使用收入", "利息收入", 2650, 2400),
    ("国有资源（资产）有偿使用收入", "非经营性国有资产收入", 3880, 4200),
    ("国有资源（资产）有偿使用收入", "矿产资源专项收入", 1720, 1900),
    ("政府住房基金收入", "上缴管理费用", 260, 280),
    ("政府住房基金收入", "公租房租金收入", 540, 600),
    ("捐赠收入", "国内捐赠收入", 90, 50),
    ("其他收入", "其他收入", 1340, 1200),
]


def revenue_rows() -> tuple[list, list]:
    """青溪县2026年非税收入征收计划表."""
    def line(label: str, last: int, plan: int) -> list:
        change = plan - last
        return [label, last, plan, change, round(change / last * 100, 1) if last else None]

    rows: list = [["青溪县2026年非税收入征收计划表"] + [None] * 4,
                  ["单位：万元"] + [None] * 4,
                  ["收入项目", "2025年执行数", "2026年计划数", "比上年增减", None],
                  [None, None, None, "增减额", "增减%"],
                  line("非税收入合计", sum(r[2] for r in _REVENUE), sum(r[3] for r in _REVENUE))]
    classes = list(dict.fromkeys(r[0] for r in _REVENUE))
    for no, cls in zip("一二三四五六七", classes, strict=False):
        items = [r for r in _REVENUE if r[0] == cls]
        rows.append(line(f"{no}、{cls}", sum(r[2] for r in items), sum(r[3] for r in items)))
        if not (len(items) == 1 and items[0][1] == cls):
            rows += [line(f"    {r[1]}", r[2], r[3]) for r in items]
    merged = ["A1:E1", "A2:E2", "A3:A4", "B3:B4", "C3:C4", "D3:E3"]
    return rows, merged


def write_all(folder: Path) -> list[Path]:
    """The three workbooks in folder."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, (rows, merged) in (("青溪县_2026年_部门人员编制及实有人数情况表", staffing_rows()),
                                 ("青溪县_2026年_重点项目建设进度表", project_rows()),
                                 ("青溪县_2026年_非税收入征收计划表", revenue_rows())):
        out.append(write_workbook(folder / f"{name}.xlsx", rows, merged))
    return out


@pytest.fixture(scope="module")
def kinds(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("kinds49")
    write_all(folder / "tables")
    return engine_over(folder / "kb.sqlite", [SEED, folder / "tables"])


@pytest.mark.parametrize("question", ["契税收入2025年执行数", "契税收入2026年计划数是多少", "耕地占用税收入增减额"])
def test_a_name_glued_to_another_rows_words_is_not_held(kinds: Engine, question: str) -> None:
    a = converse(kinds, question)
    assert a.status == UNKNOWN, a.text
    assert not any(str(n) in a.text.split("表中关于")[0] for n in (35895, 35800, -95)), a.text


def test_a_row_named_whole_is_still_answered(kinds: Engine) -> None:
    a = converse(kinds, "非税收入合计2025年执行数")
    assert a.status == ANSWERED and "35895" in a.text, a.text
    assert "7100" in converse(kinds, "教育费附加收入2026年计划多少").text


def test_a_column_group_asked_whole_is_the_grand_rows_never_its_subtotals_added(kinds: Engine) -> None:
    a = converse(kinds, "事业编制一共多少")
    planned = sum(u[2][0] for u in _STAFF_UNITS)
    vacant = sum(u[2][0] - u[2][1] for u in _STAFF_UNITS)
    assert a.status == ANSWERED and str(planned) in a.text and str(vacant) in a.text, a.text
    assert str(planned + vacant) not in a.text and "小计" not in a.text, a.text
    actual = converse(kinds, "实有人数一共多少人")  # (each group's whole, or them added up)
    parts = [sum(u[k][1] for u in _STAFF_UNITS) for k in (1, 2, 3)]
    assert actual.status == ANSWERED and all(f"{n}人" in actual.text for n in parts) or f"{sum(parts)}人" in actual.text, \
        actual.text
    assert "小计" not in actual.text, actual.text


def test_one_measure_over_a_groups_rows_is_every_row_of_it(kinds: Engine) -> None:
    # "党群部门实有人数一共多少": every unit of the group in each 编制 kind, never the two with the shortest names
    a = converse(kinds, "党群部门实有人数一共多少")
    for k in (1, 2, 3):
        assert f"{sum(u[k][1] for u in _STAFF_UNITS[:_PARTY])}人" in a.text, a.text
    assert a.status == ANSWERED and "县委办公室" in a.text, a.text


def test_the_gap_to_plan_of_one_named_row(kinds: Engine) -> None:
    for question in ("智能装备产业园还差多少没完成计划", "智能装备产业园还差多少没完成"):
        a = converse(kinds, question)
        assert a.status == ANSWERED and "3700" in a.text and "新能源" not in a.text, a.text


@pytest.mark.parametrize("question", ["行政编制总共多少个", "一共有多少个行政编制", "行政编制空编数一共多少个"])
def test_a_people_column_counted_in_ge_is_its_figure_never_the_rows_counted(kinds: Engine, question: str) -> None:
    a = converse(kinds, question)
    vacant = sum(u[1][0] - u[1][1] for u in _STAFF_UNITS)
    assert a.status == ANSWERED and f"{vacant}人" in a.text, a.text
    assert f"共 {len(_STAFF_UNITS)} 项" not in a.text, a.text


@pytest.mark.parametrize("question", ["增幅超过10%的收入项目有哪些", "哪些收入增幅超过10%", "增减%超过10%的有哪些"])
def test_a_change_rate_compared_filters_the_rows(kinds: Engine, question: str) -> None:
    # the number compared is no part of a code (210, 310 of another table); the rate compared asks no total's change
    a = converse(kinds, question)
    over = [r[1] for r in _REVENUE if r[2] and (r[3] - r[2]) / r[2] * 100 > 10]
    assert a.status == ANSWERED and all(name in a.text for name in over), a.text
    assert "非税收入合计" not in a.text and "利息收入" not in a.text, a.text


# 松湾县人力社保局's staffing table printing its own 合计 group of columns beside 行政编制 / 事业编制 (review 5):
# rows (合计, groups' 小计, units) × groups × (编制数, 实有人数)
_GROUPED = [("机关小计", (15, 14), (26, 23)), ("局办公室", (9, 9), (4, 3)), ("社保中心", (6, 5), (22, 20)),
            ("下属单位小计", (7, 7), (31, 27)), ("就业服务站", (7, 7), (31, 27))]


def grouped_rows() -> tuple[list, list]:
    """松湾县人力社保局编制情况表: units × (合计 / 行政编制 / 事业编制) × (编制数 / 实有人数)."""
    def line(label: str, a: tuple[int, int], b: tuple[int, int]) -> list:
        return [label, a[0] + b[0], a[1] + b[1], *a, *b]

    units = [r for r in _GROUPED if not r[0].endswith("小计")]
    grand = line("合计", (sum(u[1][0] for u in units), sum(u[1][1] for u in units)),
                 (sum(u[2][0] for u in units), sum(u[2][1] for u in units)))
    rows = [["松湾县人力社保局编制情况表"] + [None] * 6, ["单位：人"] + [None] * 6,
            ["单位名称", "合计", None, "行政编制", None, "事业编制", None],
            [None, "编制数", "实有人数", "编制数", "实有人数", "编制数", "实有人数"],
            grand, *[line(*r) for r in _GROUPED]]
    return rows, ["A1:G1", "A3:A4", "B3:C3", "D3:E3", "F3:G3"]


@pytest.fixture(scope="module")
def grouped(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("grouped49")
    rows, merged = grouped_rows()
    book = write_workbook(folder / "松湾县人力社保局编制情况表.xlsx", rows, merged, sheet="编制情况")
    return engine_over(folder / "kb.sqlite", [book])


@pytest.mark.parametrize(("question", "column"), [("实有人数一共多少", 2), ("编制数一共是多少人", 1)])
def test_one_measure_added_over_the_groups_is_the_printed_total_groups_cell(grouped: Engine, question: str,
                                                                            column: int) -> None:
    # the table prints the whole itself (合计 › 实有人数 of its 合计 row): that cell, never each group's total alone
    rows, _ = grouped_rows()
    a = converse(grouped, question)
    assert a.status == ANSWERED and f"{rows[4][column]}人" in a.text, a.text
    assert f"{rows[4][column + 2]}人" not in a.text and f"{rows[4][column + 4]}人" not in a.text, a.text


def test_a_group_of_rows_added_is_never_the_grand_rows_cell(grouped: Engine) -> None:
    # "机关实有人数一共多少": the 机关 rows' whole (their 小计), never the table's 合计 row
    rows, _ = grouped_rows()
    a = converse(grouped, "机关实有人数一共多少")
    assert f"{rows[4][2]}人" not in a.text, a.text
