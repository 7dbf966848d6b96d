"""A 政府采购预算表 whose buyers (预算单位) head their runs of items, each run closed by a 小计 row and the table by a
合计 (written inline: 柳岸县 2026年, 编制单位 柳岸县财政局; the 预算单位 merged down its items; 预算金额 merged over 合计 /
财政拨款 / 其他资金; 数量 and 计量单位, 计划采购时间, 备注; no 单价 column).

Sums by hand: 柳岸县水利局 45 + 巡查无人机 24 + 水质检测仪 12 + 防汛物资 20 = 101 (its 小计); 柳岸县城乡供水保障中心 管网漏损检测服务 66 +
二次供水设施消毒 15.5 = 81.5; 柳岸县综合行政执法局 巡查无人机 30 + 执法记录终端 9.6 = 39.6; the 合计 222.1.
巡查无人机 is bought by two buyers (24 and 30); 水质检测仪 8台 for 12 is 1.5万元/台; 执法记录终端 24台 for 9.6 is 0.4.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import Engine

_ROOT = Path(__file__).resolve().parent.parent

_ROWS = [
    ["柳岸县2026年政府采购预算表"] + [None] * 11,
    ["编制单位：柳岸县财政局"] + [None] * 9 + ["单位：万元", None],
    ["序号", "预算单位", "采购项目名称", "采购品目", "采购方式", "数量", "计量单位", "预算金额", None, None,
     "计划采购时间", "备注"],
    [None] * 7 + ["合计", "财政拨款", "其他资金", None, None],
    [1, "柳岸县水利局", "河道水文监测站运维", "C16070000 信息系统运行维护服务", "竞争性磋商", 1, "项", 45, 45, None,
     "2026年4月", None],
    [2, None, "巡查无人机", "A02100000 无人机", "公开招标", 4, "架", 24, 24, None, "2026年5月", None],
    [3, None, "水质检测仪", "A02320000 检测仪器", "询价", 8, "台", 12, 12, None, "2026年7月", None],
    [4, None, "防汛物资（救生衣、编织袋）", "A02450000 应急救援物资", "公开招标", 2000, "套", 20, 20, None, "2026年5月", None],
    [None, None, "小计", None, None, None, None, 101, 101, None, None, None],
    [4, "柳岸县城乡供水保障中心", "管网漏损检测服务", "C21040000 检测服务", "公开招标", 1, "项", 66, 50, 16, "2026年3月",
     "跨年度项目"],
    [5, None, "二次供水设施消毒", "C21990000 其他专业技术服务", "询价", 1, "项", 15.5, 15.5, None, "2026年9月", None],
    [None, None, "小计", None, None, None, None, 81.5, 65.5, 16, None, None],
    [6, "柳岸县综合行政执法局", "巡查无人机", "A02100000 无人机", "公开招标", 5, "架", 30, 30, None, "2026年6月", "更新"],
    [7, None, "执法记录终端", "A02091100 摄像设备", "网上超市", 24, "台", 9.6, 9.6, None, "2026年8月", None],
    [None, None, "小计", None, None, None, None, 39.6, 39.6, None, None, None],
    ["合计"] + [None] * 6 + [222.1, 206.1, 16, None, None],
]
_MERGED = ["A1:L1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:J3", "K3:K4", "L3:L4",
           "B5:B8", "B10:B11", "B13:B14", "A16:G16"]


# Another department's project table: an indicator of 防汛物资 and of time (调运响应时间), never the purchase's time.
_TARGETS = """项目支出绩效目标表（含转移支付项目）

部门名称：柳岸县应急管理局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 58.00 58.00

柳岸县应急管理局 58.00 58.00

    应急防汛物资储备及调运经费 58.00 58.00

做好全县防汛物资储备、轮换和汛期调运保障。

1、1-产出指标,11-数量指标,储备物资品类；实施周期指标值:≥12类,年度指标值:≥12类;,2、1-产出指标,13-时效指标,防汛物资调运响应时间；实施周期指标值:≤4小时,年度指标值:≤4小时;,3、3-满意度指标,31-服务对象满意度,服务对象满意度；实施周期指标值:≥90%,年度指标值:≥90%;
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("buy61")
    table = write_workbook(d / "柳岸县_2026年_政府采购预算表.xlsx", _ROWS, _MERGED)
    targets = d / "柳岸县应急管理局2026年项目支出绩效目标表.txt"
    targets.write_text(_TARGETS, encoding="utf-8")
    return engine_over(d / "kb.sqlite", [_ROOT / "knowledge", table, targets])


def _ask(engine: Engine, *turns: str) -> tuple[str, str]:
    a = converse(engine, *turns)
    return a.status, a.text.replace(" ", "")


def test_a_buyer_said_short_its_subtotal(engine: Engine) -> None:
    status, text = _ask(engine, "供水中心采购小计多少")
    assert status == "answered" and "81.5" in text and "222.1" not in text, text


def test_an_item_of_two_buyers_each_shown_with_its_buyer(engine: Engine) -> None:
    status, text = _ask(engine, "巡查无人机预算多少")
    assert status in ("answered", "clarify") and "24万元" in text and "30万元" in text, text
    assert "柳岸县水利局" in text and "柳岸县综合行政执法局" in text, text


@pytest.mark.parametrize(("reply", "said", "wrong"), [
    ("综合执法局那个", "30万元", "24万元"),
    ("水利局的", "24万元", "30万元"),
    ("2", "30万元", "24万元"),
])
def test_the_buyer_said_short_chooses_the_row(engine: Engine, reply: str, said: str, wrong: str) -> None:
    status, text = _ask(engine, "巡查无人机预算", reply)
    assert status == "answered" and said in text and wrong not in text, text


@pytest.mark.parametrize(("question", "each"), [
    ("水质检测仪一台多少钱", "1.5万元/台"),
    ("执法记录终端每台多少钱", "0.4万元/台"),
    # (the per-one said in the usual ways, in whatever measure the row counts in: [asking_words.records] per_one_*)
    ("水质检测仪单台多少钱", "1.5万元/台"),
    ("水质检测仪平均一台多少", "1.5万元/台"),
    ("执法记录终端平均每台多少钱", "0.4万元/台"),
    ("防汛物资每套多少钱", "0.01万元/套"),
    ("防汛物资一套多少钱", "0.01万元/套"),
])
def test_the_price_of_one_is_the_amount_over_the_count(engine: Engine, question: str, each: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered" and each in text and "÷" in text, text


def test_the_price_in_another_measure_is_not_worked_out(engine: Engine) -> None:
    status, text = _ask(engine, "水质检测仪一套多少钱")
    assert status != "answered" or "1.5" not in text, text


@pytest.mark.parametrize(("question", "said", "figure"), [
    ("哪个采购项目预算最大", "管网漏损检测服务", "66万元"),
    ("哪个采购项目预算最小", "执法记录终端", "9.6万元"),
])
def test_the_items_ranked_over_every_buyer_never_a_subtotal(engine: Engine, question: str, said: str, figure: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered" and said in text and figure in text, text
    assert "81.5" not in text and "222.1" not in text, text


def test_the_items_of_the_subtotal_just_shown_listed(engine: Engine) -> None:
    status, text = _ask(engine, "水利局采购小计", "都有哪些项目")
    assert status == "answered" and "河道水文监测站运维" in text and "水质检测仪" in text, text
    assert "管网漏损检测服务" not in text and "执法记录终端" not in text, text


@pytest.mark.parametrize("turns", [
    ("管网漏损检测服务采购", "服务期几年"),
    ("水质检测仪", "保修几年"),
])
def test_a_column_the_table_does_not_print_is_said_so(engine: Engine, turns: tuple[str, ...]) -> None:
    status, text = _ask(engine, *turns)
    assert status == "unknown" and "没有" in text and "万元" not in text, text


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Engine:
    """A 政府投资项目年度计划表 (tests/data/general22): 建设内容及规模 is text that holds figures (占地约180亩)."""
    files = [_ROOT / "knowledge", *(_ROOT / "tests" / "data" / "general22").glob("shigang_*.xlsx")]
    return engine_over(tmp_path_factory.mktemp("buy61c") / "kb.sqlite", files)


def test_a_figure_the_rows_own_text_prints_is_read_there(plan: Engine) -> None:
    # (no 占地 column, but the row's 建设内容及规模 says it: read there, never "the table has no such column")
    status, text = _ask(plan, "体育公园", "占地多少亩")
    assert status == "answered" and "180亩" in text, text


def test_another_row_said_by_its_words_in_order_is_still_that_row(engine: Engine) -> None:
    status, text = _ask(engine, "管网漏损检测服务采购", "消毒多少钱")
    assert status == "answered" and "15.5" in text, text


@pytest.fixture(scope="module")
def beside(tmp_path_factory) -> Engine:
    """tests/data/buy62: a department's 项目支出绩效目标表 and its 政府采购意向公开表 printing rows of its projects' names."""
    return engine_over(tmp_path_factory.mktemp("buy61b") / "kb.sqlite", [_ROOT / "tests" / "data" / "buy62"])


@pytest.mark.parametrize(("reply", "said", "wrong"), [
    ("采购表里的那个", "26.5万元", "95.00万元"),
    ("是采购意向表那个", "26.5万元", "95.00万元"),
])
def test_the_row_shown_beside_a_project_chosen_by_its_table(beside: Engine, reply: str, said: str, wrong: str) -> None:
    status, text = _ask(beside, "机关食堂餐饮服务多少钱", reply)
    assert status == "answered" and said in text and wrong not in text, text


def test_a_row_under_its_buyer_said_by_its_own_name_asked_its_time(engine: Engine) -> None:
    status, text = _ask(engine, "防汛物资啥时候采购")
    assert status == "answered" and "2026年5月" in text and "4小时" not in text, text


def test_a_row_said_by_the_words_in_its_brackets_is_no_column(engine: Engine) -> None:
    status, text = _ask(engine, "水质检测仪", "救生衣多少钱")
    assert "没有“救生衣”" not in text, text
