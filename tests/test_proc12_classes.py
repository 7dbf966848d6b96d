"""Tables whose rows are the items of a list — a 政府采购预算表 and its kin: a category (sections 一、货物类 … with
their 小计 rows, or a 采购类别 column), tick-box columns (是/否, √/×, 有/无), text columns (计划采购时间, 采购方式)
and amount columns (预算金额 with its 其中 parts) — asked in everyday words. Two fictional bureaus of one
county, beside the seed's departments: the 卫健局's table in 元 with its sections and 小计 printed in the 序号
column (no merged cells), the 水务局's in 万元 with a category column."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent

_HEALTH = [
    ("一、货物类",),
    (1, "村卫生室诊疗设备", "医疗设备", "公开招标", 2380000, 2380000, None, "2025年4月", "否", "是"),
    (2, "救护车购置", "车辆", "公开招标", 1650000, 1200000, 450000, "2025年6月", "否", "否"),
    (3, "进口彩超设备", "医疗设备", "公开招标", 3120000, 3120000, None, "2025年9月", "是", "否"),
    (4, "办公家具", "家具用具", "询价", 94000, 94000, None, "2025年3月", "否", "是"),
    ("货物类小计", None, None, None, 7244000, 6794000, 450000),
    ("二、服务类",),
    (5, "医疗废物处置服务", "环境服务", "竞争性磋商", 536000, 536000, None, "2025年1月", "否", "是"),
    (6, "信息系统运维服务", "运维服务", "单一来源", 418000, 318000, 100000, "2025年2月", "否", "否"),
    (7, "物业管理服务", "物业服务", "竞争性谈判", 772000, 772000, None, "2025年5月", "否", "是"),
    ("服务类小计", None, None, None, 1726000, 1626000, 100000),
    ("三、工程类",),
    (8, "乡镇卫生院污水站改造", "修缮工程", "公开招标", 2960000, 2960000, None, "2025年8月", "否", "否"),
    (9, "疾控中心实验室装修", "装修工程", "竞争性磋商", 1180000, 930000, 250000, "2025年7月", "否", "是"),
    ("工程类小计", None, None, None, 4140000, 3890000, 250000),
    ("合计", None, None, None, 13110000, 12310000, 800000),
]

_WATER = [
    (1, "货物", "河道监测浮标", "竞争性谈判", 86.5, 86.5, None, "2025年5月", "√", "无"),
    (2, "服务", "水质检测服务", "公开招标", 42.8, 30.8, 12, "2025年3月", "×", "有"),
    (3, "工程", "泵站维修加固", "公开招标", 215.0, 215.0, None, "2025年10月", "√", "无"),
    (4, "服务", "河湖保洁服务", "竞争性磋商", 128.6, 128.6, None, "2025年1月", "√", "无"),
    (5, "货物", "防汛物资储备", "询价", 33.2, 23.2, 10, "2025年4月", "×", "有"),
    ("合计", None, None, None, 506.1, 484.1, 22),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:

    d = tmp_path_factory.mktemp("proc12")
    simple_table(d / "weijian_caigou.xlsx", "采购预算", "柏溪县卫生健康局2025年政府采购预算表", "H2", "单位：元",
                 ["序号", "采购项目名称", "采购品目", "采购方式", "预算金额", "其中：财政拨款", "其中：其他资金",
                  "计划采购时间", "是否采购进口产品", "是否面向中小企业预留"], _HEALTH)
    simple_table(d / "shuiwu_caigou.xlsx", "采购计划", "柏溪县水务局2025年政府采购计划表", "H2", "单位：万元",
                 ["序号", "采购类别", "项目名称", "采购方式", "预算数", "其中：财政资金", "其中：自筹资金", "计划时间",
                  "面向中小企业", "进口产品"], _WATER)
    return engine_over(tmp_path_factory.mktemp("proc12_db") / "kb.sqlite", [ROOT / "knowledge", d])


def _answered(answer, *present: str, absent: tuple[str, ...] = ()) -> None:
    assert answer.status == "answered", answer.text
    for word in present:
        assert word in answer.text, (word, answer.text)
    for word in absent:
        assert word not in answer.text, (word, answer.text)


# 1. Rows filtered by a tick-box column asked in words, and by a category.

def test_rows_a_tick_box_column_marks_yes_or_no(engine):
    marked = _ask(engine, "卫健局 面向中小企业预留的是哪些")
    _answered(marked, "村卫生室诊疗设备", "办公家具", "医疗废物处置服务", "物业管理服务", "疾控中心实验室装修",
              "共 5 项", absent=("救护车购置", "进口彩超设备", "信息系统运维服务"))
    unmarked = _ask(engine, "卫健局哪些不面向中小企业预留")
    _answered(unmarked, "救护车购置", "进口彩超设备", "信息系统运维服务", "乡镇卫生院污水站改造",
              absent=("办公家具", "物业管理服务"))
    # √/× marks, counted
    counted = _ask(engine, "水务局面向中小企业的有几个")
    _answered(counted, "共 3 项", "河道监测浮标", "泵站维修加固", "河湖保洁服务", absent=("水质检测服务",))


def test_a_tick_box_column_said_by_its_core_word(engine):
    # 进口 of 是否采购进口产品 — and of the row 进口彩超设备, which is not what is asked
    imported = _ask(engine, "卫健局哪些是进口的")
    _answered(imported, "进口彩超设备", "共 1 项", absent=("救护车购置", "村卫生室诊疗设备"))
    imported = _ask(engine, "水务局哪些是进口的")  # 有/无
    _answered(imported, "水质检测服务", "防汛物资储备", absent=("河湖保洁服务", "泵站维修加固"))
    # both bureaus print such a column: which one is asked, never one picked
    both = _ask(engine, "哪些是进口的")
    assert both.status == "clarify" and "卫生健康局" in both.text and "水务局" in both.text, both.text


def test_the_rows_of_a_category(engine):
    works = _ask(engine, "卫健局 工程类项目")  # a section of the table, nothing asked but its rows
    _answered(works, "乡镇卫生院污水站改造", "疾控中心实验室装修", absent=("物业管理服务", "救护车购置"))
    services = _ask(engine, "水务局服务类的")  # a 采购类别 column
    _answered(services, "水质检测服务", "河湖保洁服务", absent=("泵站维修加固", "河道监测浮标"))


# 2. Superlatives in everyday words over the amount column.

def test_superlatives_over_the_amount_column(engine):
    _answered(_ask(engine, "卫健局采购预算 最大的一笔是啥"), "进口彩超设备", "3120000", absent=("合计",))
    _answered(_ask(engine, "水务局采购 最大的一笔是啥"), "泵站维修加固", "215", absent=("506.1",))
    _answered(_ask(engine, "水务局金额最少的是哪项"), "防汛物资储备", "33.2")
    # 采购 names only text columns (采购品目, 采购方式): the rows' amounts are ranked, 其中 columns being parts
    _answered(_ask(engine, "卫健局采购第二大的"), "乡镇卫生院污水站改造", "2960000", absent=("进口彩超设备",))


# 3. A text column asked by its meaning.

def test_a_text_column_asked_by_its_meaning(engine):
    _answered(_ask(engine, "救护车购置预算", "哪个月采购"), "2025年6月", absent=("公开招标", "车辆"))
    _answered(_ask(engine, "物业管理服务", "怎么采购"), "竞争性谈判", absent=("2025年5月",))
    _answered(_ask(engine, "水务局 河湖保洁服务几月份采购"), "2025年1月")
    _answered(_ask(engine, "泵站维修加固如何采购"), "公开招标")
    # a printed 品目 inside a longer row name said is that row, not the rows of that 品目
    _answered(_ask(engine, "医疗废物处置什么时候采购"), "2025年1月")


# 4. Totals: in the unit asked, of the department named, of one category.

def test_a_total_in_yuan_asked_in_wan(engine):
    total = _ask(engine, "柏溪县卫生健康局政府采购预算总共多少万")
    _answered(total, "13110000", "1311万元")  # the printed 合计, not its items added again
    other = _ask(engine, "卫健局采购 其他资金一共多少万")
    _answered(other, "800000", "80万元", absent=("水务局", "信访局"))  # the bureau named only
    _answered(_ask(engine, "水务局自筹资金一共多少万"), "22万元", absent=("卫生健康局",))


def test_a_category_subtotal_said_with_a_typo(engine):
    # 服务累: one character off 服务类小计, printed by one table only: answered, no department asked
    _answered(_ask(engine, "服务累小计多少万"), "1726000", "172.6万元")


# 5. What the table does not have is said, never answered with the budget.

def test_columns_the_table_does_not_have(engine):
    for question in ("彩超中标金额多少", "河湖保洁服务数量多少", "救护车采购多少辆"):
        answer = _ask(engine, question)
        assert answer.status == "unknown", (question, answer.text)
        assert not any(x in answer.text for x in ("3120000", "128.6", "1650000")), (question, answer.text)
    winner = _ask(engine, "物业管理服务", "中标单位是谁")  # 中标: 中 is no filler here, 标 no stray character
    assert winner.status == "unknown" and "772000" not in winner.text, winner.text


# 6. Follow-ups.

def test_two_category_subtotals_added(engine):
    second = _ask(engine, "卫健局货物类小计多少", "服务类呢")
    _answered(second, "1726000", absent=("1626000", "100000"))  # the column asked before, not every column
    both = _ask(engine, "卫健局货物类小计多少", "服务类呢", "两类加起来")
    _answered(both, "8970000", "897万元")


def test_the_nth_row_of_a_list_asked_with_its_part(engine):
    answer = _ask(engine, "卫健局 工程类项目", "第二个多少万 其中其他资金多少")
    _answered(answer, "疾控中心实验室装修", "118万元", "250000", absent=("乡镇卫生院污水站改造",))


def test_another_departments_row_in_a_follow_up(engine):
    answer = _ask(engine, "信访超市经费", "柏溪县水务局的水质检测呢 多少万")
    _answered(answer, "水质检测服务", "42.8", absent=("68.00",))


def test_a_share_of_the_whole_after_one_item(engine):
    answer = _ask(engine, "救护车购置多少万", "占采购总预算比例")  # over the printed 合计, not its group's 小计
    _answered(answer, "12.59%", "13110000", absent=("22.78%",))
    answer = _ask(engine, "水务局 泵站维修加固", "占全部采购的比重")
    _answered(answer, "42.48%", "506.1")


def test_a_table_named_by_its_kind_and_a_part_of_its_total(engine):
    total = _ask(engine, "卫健局采购预算")
    _answered(total, "合计", "13110000", absent=("办公家具", "采购品目"))
    share = _ask(engine, "卫健局采购预算", "财政拨款占多少比例")  # 12310000 ÷ 13110000
    _answered(share, "93.90%", absent=("6.10%",))
    share = _ask(engine, "水务局采购计划", "自筹资金占多少比例")  # 22 ÷ 506.1, never one row's cell over another's
    _answered(share, "4.35%", absent=("83.33%",))
