"""General tables whose rows carry counts, standards and words (a subsidy 发放汇总表, a 收费项目表, a 监控表), asked
as staff ask them with every other table loaded: a row's count in its measure word (多少人领, 发给多少户), its
standard per unit (一件收多少, 每月多少, 农村的那一档), a text column in everyday words (怎么发的, 怎么计征, 文号,
能不能完成). The tables are made here with their own names and figures.
"""

from __future__ import annotations

import pytest
from conftest import DATA, ROOT, VOCAB, converse, set_cells, simple_table

from bot.engine import Engine

_SUBSIDY_HEADER = ["序号", "补贴项目", "主管部门", "补贴标准", "发放对象数量", "发放金额合计", "发放方式"]
_SUBSIDY_ROWS = [[1, "耕地保护补贴", "县农业农村局", "120元/亩", "5310户", 2204000, "一卡通"],
                 [2, "城乡居民最低生活保障金", "县民政局", "城市720元/人·月，农村560元/人·月", "1870人", 7310400, "一卡通"],
                 [3, "百岁老人长寿补贴", "县民政局", "300元/人·月", "41人", 73800, "银行代发"],
                 [4, "见习岗位补贴", "县人力资源和社会保障局", "1600元/人·月", "95人", 912000, "银行代发"],
                 [5, "公益性岗位补贴", "县人力资源和社会保障局", "1800元/人·月", "130人", 1404000, "社保卡"],
                 ["合计", None, None, None, None, 11904200, None]]

_FEE_HEADER = ["序号", "收费项目", "收费标准", "收费依据", "2023年实际收入", "2024年预算数"]
_FEE_ROWS = [[1, "房屋登记费（住宅类）", "60元/件", "价格规〔2019〕118号", 842000, 870000],
             [2, "房屋登记费（非住宅类）", "450元/件", "价格规〔2019〕118号", 316000, 298000],
             [3, "闲置用地征收费", "按划拨价款的15%计征", "《闲置用地管理办法》", 0, 420000],
             [4, "权属证书工本费", "8元/本", "财税〔2018〕12号", 21400, 22000],
             ["合计", None, None, None, 1179400, 1610000],
             ["注：1.2024年预算数含新设收费项目和原有收费项目；2.收费收入全额缴入县国库。"]]

_MONITOR_HEADER = ["序号", "项目名称", "年度预算数", "1-9月执行数", "预算执行率", "核心绩效指标", "年度指标值", "1-9月完成值",
                   "全年预计完成情况", "偏差原因及纠偏措施"]
# 执行率: 401.2/520 = 77.15%, 71.4/210 = 34.00%, 12/60 = 20.00%; 合计 484.6/790 = 61.34%; 未执行 790 − 484.6 = 305.4
_MONITOR_ROWS = [[1, "河道保洁专项", 520, 401.2, "77.15%", "保洁河道长度", "≥80公里", "66公里", "能完成", "无偏差"],
                 [2, "饮用水源地保护", 210, 71.4, "34.00%", "水源地水质达标率", "100%", "100%", "基本能完成", "招标延迟，第四季度集中支付"],
                 [3, "环保科普宣传", 60, 12, "20.00%", "科普活动场次", "≥24场", "6场", "较难完成", "受天气影响活动推迟"],
                 [None, "合计", 790, 484.6, "61.34%", None, None, None, None, None],
                 ["说明：预算执行率=1-9月执行数/年度预算数；按序时进度（75%）判断，低于序时进度的项目需说明原因。"]]


_ALLOC_HEADER = ["序号", "乡镇（街道）", "渠系维修", "小型泵站补助", "合计", "备注"]
_ALLOC_ROWS = [[1, "东坪镇", 320000, 150000, 470000, None],
               [2, "西岭乡", 280000, 90000, 370000, None],
               [3, "南塘街道", 60000, 0, 60000, "辖区无泵站"],
               ["合计", None, 660000, 240000, 900000, None],
               ["注：1.本表为第一批资金，第二批资金另行下达；2.资金须于2025年6月30日前拨付到位。"]]


_ADJUST_HEADER = ["序号", "项目名称", "资金性质", "调整前预算", "调增", "调减", "调整后预算", "调剂原因"]
_ADJUST_ROWS = [[1, "妇幼健康服务补助", "一般公共预算", 410, 30, 0, 440, "服务人数增加"],
                [2, "医疗设备更新", "一般公共预算", 260, 0, 45, 215, "采购节约资金收回"],
                [3, "健康教育宣传", "一般公共预算", 52, 0, 12, 40, "压减一般性支出"],
                ["合计", None, None, 722, 30, 57, 695, None]]


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    d = tmp_path_factory.mktemp("rows22")
    subsidy, fees, monitor = d / "subsidy.xlsx", d / "fees.xlsx", d / "monitor.xlsx"
    simple_table(subsidy, "上半年", "柘川县2025年上半年惠民补贴资金发放汇总表", "G2", "单位：元", _SUBSIDY_HEADER, _SUBSIDY_ROWS)
    set_cells(subsidy, {"A2": "填报单位：柘川县财政局"})
    simple_table(fees, "Sheet1", "苇塘县自然资源局2024年行政事业性收费项目及收入预算表", "F2", "单位：元", _FEE_HEADER, _FEE_ROWS)
    adjust = d / "adjust.xlsx"
    simple_table(adjust, "调剂情况", "柘川县卫生健康局2025年度部门预算调剂情况表", "G2", "单位：万元", _ADJUST_HEADER, _ADJUST_ROWS)
    allocation = d / "alloc.xlsx"
    simple_table(allocation, "分配表", "柘川县2025年农田水利专项资金分配表（第一批）", "E2", "单位：元", _ALLOC_HEADER, _ALLOC_ROWS)
    set_cells(allocation, {"A2": "编制单位：柘川县水利局"})
    simple_table(monitor, "监控汇总", "青崖市生态环境局2024年1-9月项目支出绩效运行监控情况表", "J2", "金额单位：万元",
                 _MONITOR_HEADER, _MONITOR_ROWS)
    # every other table loaded too: nine departments, more than a question back lists
    sources = [ROOT / "knowledge", DATA / "samples", subsidy, fees, monitor, allocation, adjust]
    return Engine(built_copy(sources, d / "kb.sqlite"), VOCAB)


def _answered(engine: Engine, *turns: str) -> str:
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    return a.text


@pytest.mark.parametrize(("question", "figure", "not_shown"), [
    ("百岁老人长寿补贴多少人领", "41人", "73800"),  # a count asked in its measure word: never the amount
    ("耕地保护补贴发给多少户", "5310户", "2204000"),
    ("见习岗位补贴发放对象数量", "95人", "912000"),
])
def test_a_rows_count_is_answered_not_asked_of_every_department(engine: Engine, question: str, figure: str,
                                                                 not_shown: str) -> None:
    text = _answered(engine, question)
    assert figure in text.splitlines()[0] and not_shown not in text


def test_a_generic_total_is_still_asked_of_which_department(engine: Engine) -> None:
    # a row whose words are the typed reading's own concepts (项目 总预算) is every department's: asked which
    assert converse(engine, "项目总预算是多少").status == "clarify"


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    ("百岁老人长寿补贴是怎么发的", "银行代发", "300元"),  # a text column asked in everyday words
    # (not 渝中's indicator 公益性岗位补贴发放准确率, whose name holds the row's)
    ("公益性岗位补贴是怎么发的", "社保卡", "准确率"),
    ("闲置用地征收费怎么计征", "按划拨价款的15%计征", "420000"),  # 计征: the fee's 收费标准
    ("房屋登记费住宅类收费依据文号", "价格规〔2019〕118号", "842000"),  # 住宅类 of （住宅类）, not （非住宅类）
    ("权属证书工本费依据哪个文件", "财税〔2018〕12号", "22000"),
    ("科普宣传那个项目全年预计能不能完成", "较难完成", "6场"),
])
def test_a_text_column_asked_in_everyday_words(engine: Engine, question: str, shown: str, not_shown: str) -> None:
    text = _answered(engine, question)
    assert shown in text.splitlines()[0] and not_shown not in text


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    ("非住宅的房屋登记 一件收多少", "450元/件", "60元/件"),  # the standard per unit asked, of the row said
    ("工本费一本多少钱", "8元/本", "22000"),
    ("百岁老人长寿补贴每人每月多少", "300元/人·月", "73800"),
    ("耕地保护补贴每亩补多少", "120元/亩", "2204000"),
    ("农村低保标准多少一个月", "农村560元/人·月", "720"),  # 低保 of 最低生活保障, the part for 农村 only
    ("城市低保标准每月多少", "城市720元/人·月", "560"),
])
def test_a_standard_per_unit(engine: Engine, question: str, shown: str, not_shown: str) -> None:
    text = _answered(engine, question)
    assert shown in text.splitlines()[0] and not_shown not in text


def test_a_unit_the_standard_is_not_printed_in_is_not_answered(engine: Engine) -> None:
    # 耕地保护补贴 is printed per 亩: asked per 人, no standard of it is the answer
    a = converse(engine, "耕地保护补贴每人多少钱")
    assert "120元/亩" not in a.text


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    ("监控表总的执行率", "61.34%", "87.71"),  # the table named by its kind: its 合计 row, not another table's 执行率
    ("监控表还剩多少预算没执行", "305.4", "931"),  # 年度预算数 − 1-9月执行数 of its 合计
    ("序时进度按多少算", "75%", "61.34"),  # the term the table's note gives a figure
])
def test_a_monitoring_table_named_by_its_kind(engine: Engine, question: str, shown: str, not_shown: str) -> None:
    text = _answered(engine, question)
    assert shown in text and not_shown not in text


def test_rows_below_the_term_a_note_gives_a_figure(engine: Engine) -> None:
    # 序时进度 is no column: the figure the note gives it (75%) is the bound, over the table whose note says it
    text = _answered(engine, "哪些项目执行率低于序时进度")
    assert "饮用水源地保护" in text and "环保科普宣传" in text and "河道保洁专项" not in text and "渝中" not in text


def test_half_is_fifty_percent(engine: Engine) -> None:
    text = _answered(engine, "监控表执行率不到一半的项目有几个")
    assert "2" in text.splitlines()[0] and "饮用水源地保护" in text and "河道保洁专项" not in text


@pytest.mark.parametrize(("turns", "shown", "not_shown"), [
    (("科普活动场次完成了几场",), "6场", "24场"),  # the row named by its indicator, the count of the column said (完成)
    (("保洁河道长度完成了多少公里",), "66公里", "80公里"),
    (("环保科普宣传完成了几场", "年度目标呢"), "≥24场", "6场"),  # 目标 is how 年度指标值 is said: that column of the row
])
def test_a_count_in_the_measure_of_a_monitored_row(engine: Engine, turns: tuple[str, ...], shown: str,
                                                   not_shown: str) -> None:
    text = _answered(engine, *turns)
    assert shown in text.splitlines()[0] and not_shown not in text


def test_a_count_the_row_does_not_print_in_that_measure(engine: Engine) -> None:
    # 饮用水源地保护 counts nothing in 场: never another row's or column's figure
    a = converse(engine, "饮用水源地保护完成了几场")
    assert a.status != "answered" or "场" not in a.text.splitlines()[0]


@pytest.mark.parametrize(("question", "shown"), [
    ("农田水利专项资金第一批一共分了多少", "900000"),  # the batch the table's title says of itself; the verb of allotting
    ("分配表合计多少", "900000"),  # the table said by its kind (分配表（第一批）), not 普陀's 结余分配
    ("分配表是哪个单位编的", "柘川县水利局"),
    ("这个分配表的单位是元还是万元", "元"),
])
def test_an_allocation_table_named_by_its_kind_or_batch(engine: Engine, question: str, shown: str) -> None:
    assert shown in _answered(engine, question).splitlines()[0]


@pytest.mark.parametrize("turns", [("第二批农田水利资金分多少",), ("农田水利专项资金分配表合计多少", "第二批呢")])
def test_a_batch_not_loaded_is_said_so(engine: Engine, turns: tuple[str, ...]) -> None:
    a = converse(engine, *turns)
    assert a.status == "unknown" and "900000" not in a.text and "第一批" in a.text, a.text


@pytest.mark.parametrize(("turns", "shown", "not_shown"), [
    (("西岭乡合计", "排第几"), "排第2", "470000"),  # the row just shown, among its group's rows (470000 > 370000 > 60000)
    (("西岭乡合计排第几",), "排第2", "470000"),
    (("南塘街道合计倒数第几",), "排第1", "470000"),
    (("东坪镇渠系维修排名第几",), "排第1", "370000"),
])
def test_the_place_of_a_rows_figure(engine: Engine, turns: tuple[str, ...], shown: str, not_shown: str) -> None:
    text = _answered(engine, *turns)
    assert shown in text.splitlines()[0] and not_shown not in text


def test_a_ranking_by_the_money_allotted_said_as_分钱(engine: Engine) -> None:
    text = _answered(engine, "哪个乡镇分钱最多", "第二多的呢")
    assert "西岭乡" in text.splitlines()[0] and "信访" not in text


@pytest.mark.parametrize(("turns", "shown", "not_shown"), [
    (("医疗设备更新调剂后预算多少",), "215", "260"),  # 调剂后 is how 调整后 is said: never the 调整前 amount
    (("医疗设备更新调剂前预算多少",), "260", "215"),
    (("柘川卫健局调剂前总额", "调剂后呢"), "695", "722"),
])
def test_an_adjustment_said_as_调剂(engine: Engine, turns: tuple[str, ...], shown: str, not_shown: str) -> None:
    text = _answered(engine, *turns)
    assert shown in text.splitlines()[0] and not_shown not in text.splitlines()[0]


@pytest.mark.parametrize("turns", [("苇塘县新设收费项目和原有收费项目各多少",),
                                   ("苇塘县收费2024年预算数合计多少", "其中新设收费项目多少")])
def test_parts_a_note_only_names_are_not_printed(engine: Engine, turns: tuple[str, ...]) -> None:
    # the note names the parts of the 预算数 and prints no figure of them: said so, never the note as the figure
    a = converse(engine, *turns)
    assert a.status == "unknown" and "没有" in a.text, a.text
