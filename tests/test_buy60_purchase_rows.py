"""A 政府购买服务预算表 read by what its columns mean (written inline: 青川县 2025年, 编制单位 青川县财政局 — services
under 服务类别 headings closed by 小计 rows, a 合计 row; columns 购买主体 (the buyer, a department), 服务项目名称,
服务内容, 承接主体类型, 购买方式, 预算金额 merged over 合计 / 财政拨款 / 其他资金, 服务期限, 备注).

Sums by hand: 县交通运输局 buys three services, 农村客运班线运营服务 320 + 公路桥梁定期检测服务 95 + 交通流量调查服务 18.4
= 433.4; the 合计 899.9 (财政拨款 809.9). 老年人健康体检服务's 其他资金 30 is 医保结余资金 (its 备注); 农村客运班线运营服务's 60 is
车辆购置税返还; 公路桥梁定期检测服务 prints no 其他资金 nor 备注. 公共图书馆夜间开放服务 is bought from a 社会组织 — the table
names no organisation. Beside it, the office's 2024 部门结转结余资金情况表 (another kind, its own 合计 74.5 / 27.6); no 2024
purchase table is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import Engine

_ROOT = Path(__file__).resolve().parent.parent

_HEAD = ["序号", "服务类别", "购买主体", "服务项目名称", "服务内容", "承接主体类型", "购买方式", "预算金额", None, None,
         "服务期限", "备注"]
_ROWS = [
    ["青川县2025年政府购买服务预算表"] + [None] * 11,
    ["编制单位：青川县财政局"] + [None] * 8 + ["单位：万元", None, None],
    _HEAD,
    [None] * 7 + ["合计", "财政拨款", "其他资金", None, None],
    [None, "一、公共服务"] + [None] * 10,
    [1, "公共服务", "青川县卫生健康局", "老年人健康体检服务", "为65岁以上老年人提供年度健康体检和随访", "事业单位", "竞争性磋商",
     210, 180, 30, "2025.03-2025.11", "其他资金为医保结余资金"],
    [2, "公共服务", "青川县文化和旅游局", "公共图书馆夜间开放服务", "图书馆夜间及节假日延时开放和阅读推广", "社会组织", "公开招标",
     48, 48, None, "2025.01-2025.12", None],
    [3, "公共服务", "青川县交通运输局", "农村客运班线运营服务", "偏远乡镇农村客运班线的日常运营", "企业", "竞争性谈判",
     320, 260, 60, "2025.01-2025.12", "其他资金为车辆购置税返还"],
    [None, "小计"] + [None] * 5 + [578, 488, 90, None, None],
    [None, "二、技术服务"] + [None] * 10,
    [4, "技术服务", "青川县交通运输局", "公路桥梁定期检测服务", "对县道桥梁开展定期检测和技术状况评定", "企业", "公开招标",
     95, 95, None, "2025.04-2025.10", None],
    [5, "技术服务", "青川县林业局", "森林资源年度监测服务", "开展森林资源清查和松材线虫病疫情监测", "企业", "竞争性磋商",
     72.5, 72.5, None, "2025.02-2025.11", None],
    [6, "技术服务", "青川县交通运输局", "交通流量调查服务", "开展国省干线交通量观测和数据分析", "企业", "单一来源",
     18.4, 18.4, None, "2025.01-2025.12", "原观测站设备厂商"],
    [None, "小计"] + [None] * 5 + [185.9, 185.9, None, None, None],
    [None, "三、辅助性服务"] + [None] * 10,
    [7, "辅助性服务", "青川县财政局", "财政投资评审服务", "对政府投资项目预结算开展评审", "企业", "公开招标",
     66, 66, None, "2025.03-2025.12", None],
    [8, "辅助性服务", "青川县司法局", "公共法律服务热线", "12348热线法律咨询受理和转办", "律师事务所", "单一来源",
     30, 30, None, "2025.01-2025.12", None],
    [9, "辅助性服务", "青川县综合行政执法局", "乡镇市容环境卫生巡查服务", "对乡镇集镇区域开展市容巡查和垃圾清运监督", "企业",
     "竞争性磋商", 40, 40, None, "2025.01-2025.12", None],
    [None, "小计"] + [None] * 5 + [136, 136, None, None, None],
    ["合计"] + [None] * 6 + [899.9, 809.9, 90, None, None],
    ["注：其他资金含上年结转、政府性基金等。"] + [None] * 11,
]
# Another office's table of another kind and year, printing a 合计 of its own (never the purchase table's other year).
_OTHER = [
    ["青川县2024年部门结转结余资金情况表"] + [None] * 4,
    ["编制单位：青川县财政局", None, None, "单位：万元", None],
    ["序号", "部门", "项目名称", "年初结转结余", "年末结转结余"],
    [1, "青川县林业局", "森林防火专项资金", 12.5, 3.2],
    [2, "青川县交通运输局", "农村公路养护资金", 40, 15.6],
    [3, "青川县卫生健康局", "基本公共卫生服务补助", 22, 8.8],
    ["合计", None, None, 74.5, 27.6],
]
_MERGED = ["A1:L1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:J3", "K3:K4", "L3:L4",
           "B5:G5", "B9:G9", "B10:G10", "B14:G14", "B15:G15", "B19:G19", "A21:L21"]


# A 政府采购预算表 of another place: the buyer a 预算单位 column, the method a 采购方式 column (教育局 180 + 45 + 60 = 285).
_PROCUREMENT = [
    ["石桥县2025年政府采购预算表", None, None, None, None, None, None],
    ["编制单位：石桥县财政局", None, None, None, None, "单位：万元", None],
    ["序号", "预算单位", "采购项目名称", "采购品目", "采购方式", "预算金额", "备注"],
    [1, "石桥县教育局", "中小学多媒体教室设备", "教学设备", "公开招标", 180, None],
    [2, "石桥县教育局", "学生课桌椅更新", "家具", "询价", 45, None],
    [3, "石桥县卫生健康局", "乡镇卫生院彩超", "医疗设备", "公开招标", 96, None],
    [4, "石桥县水利局", "水文监测系统运维", "运维服务", "竞争性磋商", 28, None],
    [5, "石桥县教育局", "校园安保服务", "物业服务", "竞争性磋商", 60, None],
    ["合计", None, None, None, None, 409, None],
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("buy60")
    table = write_workbook(d / "青川县_2025年_政府购买服务预算表.xlsx", _ROWS, _MERGED)
    other = write_workbook(d / "青川县_2024年_部门结转结余资金情况表.xlsx", _OTHER, ["A1:E1"])
    procurement = write_workbook(d / "石桥县_2025年_政府采购预算表.xlsx", _PROCUREMENT, ["A1:G1"])
    samples = sorted((_ROOT / "tests" / "data" / "samples").glob("*.xlsx"))
    return engine_over(d / "kb.sqlite", [_ROOT / "knowledge", *samples, table, other, procurement])


def _ask(engine: Engine, *turns: str) -> tuple[str, str]:
    a = converse(engine, *turns)
    return a.status, a.text.replace(" ", "")


def test_a_buyers_services_counted(engine: Engine) -> None:
    status, text = _ask(engine, "交通运输局有几项购买服务")
    assert status == "answered" and "3项" in text, text
    assert "农村客运班线运营服务" in text and "森林资源" not in text, text


def test_a_buyer_said_short_its_services_added_with_their_addends(engine: Engine) -> None:
    status, text = _ask(engine, "交通局购买服务一共多少钱")
    assert status == "answered" and "433.4" in text, text
    assert "农村客运班线运营服务320+公路桥梁定期检测服务95+交通流量调查服务18.4" in text, text
    assert "899.9" not in text, text


def test_the_buyers_services_listed_then_added(engine: Engine) -> None:
    status, text = _ask(engine, "购买服务里交通运输局的")
    assert status == "answered" and "公路桥梁定期检测服务" in text and "财政投资评审服务" not in text, text
    status, text = _ask(engine, "购买服务里交通运输局的", "加起来多少")
    assert status == "answered" and "433.4" in text, text


def test_a_place_in_the_buyers_list_asked_a_text_column(engine: Engine) -> None:
    status, text = _ask(engine, "交通运输局购买了哪些服务", "第二个的服务内容")
    assert status == "answered" and "技术状况评定" in text and "客运班线的日常运营" not in text, text


@pytest.mark.parametrize(("turns", "said", "wrong"), [
    (("老年人健康体检服务多少", "它怎么采购的"), "竞争性磋商", "公开招标"),
    (("森林资源年度监测服务谁买的",), "林业局", "交通运输局"),
    (("公共法律服务热线谁承接",), "律师事务所", "社会组织"),
])
def test_a_rows_column_asked_by_what_it_means(engine: Engine, turns: tuple[str, ...], said: str, wrong: str) -> None:
    status, text = _ask(engine, *turns)
    assert status == "answered" and said in text and wrong not in text, text


@pytest.mark.parametrize("turns", [
    ("农村客运班线运营服务的其他资金是啥来源",),
    ("农村客运班线运营服务", "其他资金是什么来源"),
])
def test_the_source_of_a_part_of_its_money_is_its_note(engine: Engine, turns: tuple[str, ...]) -> None:
    status, text = _ask(engine, *turns)
    assert status == "answered" and "车辆购置税返还" in text and "60" in text, text
    assert "医保结余资金" not in text, text


def test_a_row_without_such_a_note_is_never_given_anothers(engine: Engine) -> None:
    status, text = _ask(engine, "公路桥梁定期检测服务的其他资金是啥来源")
    assert "车辆购置税返还" not in text and "医保结余资金" not in text, text


@pytest.mark.parametrize("turns", [
    ("公共图书馆夜间开放服务", "承接的是哪家社会组织"),
    ("公共图书馆夜间开放服务中标单位是哪家",),
    ("公共图书馆夜间开放服务", "中标单位是谁"),
])
def test_which_organisation_of_a_kind_is_not_in_the_table(engine: Engine, turns: tuple[str, ...]) -> None:
    status, text = _ask(engine, *turns)
    assert status == "unknown" and "48" not in text, text


def test_a_name_said_by_its_standard_short_words(engine: Engine) -> None:
    status, text = _ask(engine, "市容环卫巡查服务财政拨款多少")
    assert status == "answered" and "40" in text and "乡镇市容环境卫生巡查服务" in text, text


@pytest.mark.parametrize(("question", "said", "wrong"), [
    ("哪个服务是做松材线虫监测的", "森林资源年度监测服务", "公路桥梁"),
    ("哪个服务是负责桥梁检测的", "公路桥梁定期检测服务", "交通流量"),
])
def test_a_row_found_by_what_its_content_says_it_does(engine: Engine, question: str, said: str, wrong: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered" and said in text and wrong not in text, text


def test_nothing_of_that_kind_does_it(engine: Engine) -> None:
    status, text = _ask(engine, "哪个服务是做农药残留检测的")
    assert status == "unknown" and "森林资源" not in text and "公路桥梁" not in text, text


@pytest.mark.parametrize("question", ["卫生健康局哪个服务是做松材线虫监测的", "交通运输局哪个服务是做松材线虫监测的",
                                      "2024年哪个服务是做松材线虫监测的", "结转结余资金情况表里哪个服务是做松材线虫监测的"])
def test_a_row_doing_it_of_another_department_or_year_is_not_answered(engine: Engine, question: str) -> None:
    status, text = _ask(engine, question)
    assert status == "unknown" and "森林资源" not in text, text


@pytest.mark.parametrize("question", ["林业局哪个服务是做松材线虫监测的", "2025年哪个服务是做松材线虫监测的",
                                      "购买服务预算表里哪个服务是做松材线虫监测的"])
def test_a_row_doing_it_of_the_department_or_year_said(engine: Engine, question: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered" and "森林资源年度监测服务" in text, text


def test_the_tables_whole_in_a_year_not_loaded_is_not_another_tables(engine: Engine) -> None:
    status, text = _ask(engine, "购买服务2025年合计", "那上年呢")
    assert status == "unknown" and "74.5" not in text and "27.6" not in text, text
    status, text = _ask(engine, "购买服务2025年合计")
    assert status == "answered" and "899.9" in text, text


@pytest.mark.parametrize(("turns", "said", "wrong"), [
    (("学生课桌椅更新怎么采购",), "询价", "公开招标"),
    (("乡镇卫生院彩超", "谁买的"), "卫生健康局", "教育局"),
    (("石桥教育局政府采购一共多少钱",), "285", "409"),
    (("政府采购里石桥教育局的", "加起来多少"), "285", "409"),
])
def test_a_procurement_tables_columns_read_by_their_headers(engine: Engine, turns: tuple[str, ...], said: str,
                                                            wrong: str) -> None:
    status, text = _ask(engine, *turns)
    assert status == "answered" and said in text and wrong not in text, text


def test_a_word_the_table_does_not_hold_is_never_its_rows_counted(engine: Engine) -> None:
    status, text = _ask(engine, "交通运输局购买服务的雇员有几个人")
    assert "农村客运班线运营服务" not in text and "3项" not in text, text
