"""A county table said by the kind its title names (产业发展资金 of a 产业发展资金绩效目标汇总表, 为民办实事 of a 为民办实事
项目完成进度表): its rows asked as a whole (counted, added up, ranked by the department of each row, the departments
counted), and a department's rows of it when the department is said by its own short name — while a department's
own 项目支出绩效目标表 stays its own when the question says that table's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import converse, engine_over, write_workbook
from tests.target_tables import Item, Unit, render

# (name, 主管单位, 小计, 省级补助, 本级配套)
_FUNDS = [
    ("茶产业提质增效资金", "县农业农村局", 620.0, 400.0, 220.0),
    ("生态养殖扶持资金", "县农业农村局", 310.5, 150.0, 160.5),
    ("小水电生态改造资金", "县水利局", 480.0, 300.0, 180.0),
    ("山塘水库综合整治资金", "县水利局", 275.0, 125.0, 150.0),
    ("乡村旅游提升资金", "县文化旅游局", 190.0, 60.0, 130.0),
    ("民宿集聚区培育资金", "县文化旅游局", 145.5, 45.5, 100.0),
    ("工业企业技术改造资金", "县经济和信息化局", 900.0, 500.0, 400.0),
]
# (name, 牵头单位, 计划投资, 已完成投资, 是否完工)
_DEEDS = [
    ("城区雨污分流改造", "县住房和城乡建设局", 1800.0, 1650.0, "部分完工"),
    ("背街小巷整治提升", "县住房和城乡建设局", 420.0, 430.0, "是"),
    ("乡镇卫生院发热门诊建设", "县卫生健康局", 360.0, 300.0, "否"),
    ("村级养老服务站建设", "县民政局", 240.0, 240.0, "是"),
    ("农村供水管网延伸", "县水利局", 980.0, 1010.0, "是"),
    ("生态茶园道路硬化", "县农业农村局", 500.0, 480.0, "否"),
]
# 青岚县水利局's own 项目支出绩效目标表, loaded beside the county's tables
_WATER = render("青岚县水利局", "88.00 88.00", [
    Unit("青岚县水利局", "88.00 88.00", [
        Item("河湖长制工作经费", "88.00 88.00", "落实河湖长制，保障河湖水质稳定。",
             [("11", "巡河次数", "≥120次", "≥120次"), ("31", "群众满意度", "≥90%", "≥90%")])]),
])


def _funds(path: Path) -> Path:
    rows: list[list] = [["青岚县2026年产业发展资金绩效目标汇总表", None, None, None, None, None],
                        ["编制单位：青岚县财政局", None, None, None, "单位：万元", None],
                        ["序号", "资金名称", "主管单位", "资金额度（万元）", None, None],
                        [None, None, None, "小计", "省级补助", "本级配套"]]
    rows += [[i, *r] for i, r in enumerate(_FUNDS, start=1)]
    return write_workbook(path, rows, ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:F3"], sheet="产业发展资金")


def _deeds(path: Path) -> Path:
    rows: list[list] = [["青岚县2025年为民办实事项目完成进度表", None, None, None, None, None],
                        ["编制单位：青岚县发展和改革局", None, None, "单位：万元", None, None],
                        ["序号", "项目名称", "牵头单位", "计划投资（万元）", "已完成投资（万元）", "是否完工"]]
    rows += [[i, *r] for i, r in enumerate(_DEEDS, start=1)]
    return write_workbook(path, rows, ["A1:F1"], sheet="为民办实事")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kind")
    _funds(folder / "青岚县_财政局_2026年_产业发展资金绩效目标汇总表.xlsx")
    _deeds(folder / "青岚县_发展和改革局_2025年_为民办实事项目完成进度表.xlsx")
    (folder / "青岚县水利局_2026年_项目支出绩效目标表.txt").write_text(_WATER, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder])


def test_the_kind_word_counts_the_table_rows(engine) -> None:
    a = converse(engine, "产业发展资金一共多少项")
    assert a.status == "answered" and "7 项" in a.text
    b = converse(engine, "为民办实事有几个")
    assert b.status == "answered" and "6 项" in b.text


def test_the_kind_word_counts_the_departments_of_the_table(engine) -> None:
    a = converse(engine, "产业发展资金涉及几个部门")
    assert a.status == "answered" and "4 个" in a.text and "县经济和信息化局" in a.text
    b = converse(engine, "为民办实事涉及多少个单位")
    assert b.status == "answered" and "5 个" in b.text


def test_which_department_has_most_adds_each_one_rows(engine) -> None:
    a = converse(engine, "哪个部门产业发展资金最多")
    assert a.status == "answered" and "县农业农村局" in a.text and "930.5" in a.text  # 620 + 310.5 over one row's 900


def test_which_department_has_least_of_the_other_table(engine) -> None:
    a = converse(engine, "哪个部门为民办实事计划投资最少")
    assert a.status == "answered" and "县民政局" in a.text and "240" in a.text


def test_the_kind_word_adds_up_the_column_asked(engine) -> None:
    a = converse(engine, "产业发展资金总规模多少")
    assert a.status == "answered" and "2921" in a.text  # every 小计 added
    b = converse(engine, "产业发展资金本级配套合计")
    assert b.status == "answered" and "1340.5" in b.text and "2921" not in b.text


def test_a_row_named_with_the_kind_is_that_row(engine) -> None:
    a = converse(engine, "茶产业提质增效资金多少")
    assert "2921" not in a.text and "7 项" not in a.text


def test_a_department_said_short_reads_its_rows_of_the_kind(engine) -> None:
    a = converse(engine, "水利局产业发展资金合计")
    assert a.status == "answered" and "755" in a.text  # 480 + 275
    assert "88" not in a.text.split("（来源")[0]


def test_the_department_own_table_stays_its_own(engine) -> None:
    a = converse(engine, "水利局项目支出合计")
    assert a.status == "answered" and "88" in a.text and "755" not in a.text


def test_a_department_not_in_the_table_is_never_the_whole(engine) -> None:
    from bot.answer.facts import kind_rows
    from bot.answer.facts.index import index_for

    idx = index_for(engine.kb)
    assert kind_rows.answer(idx, "产业发展资金合计") is not None
    for asked in ("民政局产业发展资金合计", "残联产业发展资金合计", "县医保中心产业发展资金一共多少项"):
        # (another organisation's rows asked: never the whole table's — at most that the table lists none of them,
        # when another table's owner column prints it: 县民政局 of the 为民办实事 table)
        a = kind_rows.answer(idx, asked)
        assert a is None or (a.status == "unknown" and not a.facts and "没有" in a.text)


def test_a_title_word_a_column_also_holds_is_no_kind(engine) -> None:
    from bot.answer.facts import kind_rows
    from bot.answer.facts.index import index_for

    idx = index_for(engine.kb)
    # (完成 of 为民办实事项目完成进度表 is its 已完成投资 column's word too: never the table's every row)
    for asked in ("完成的有几个", "已完成投资一共多少"):
        assert kind_rows.answer(idx, asked) is None
    a = kind_rows.answer(idx, "为民办实事已完成投资一共多少")
    assert a is not None and "4110" in a.text  # 1650 + 430 + 300 + 240 + 1010 + 480


def test_a_word_the_table_does_not_explain_is_no_whole_table_question(engine) -> None:
    from bot.answer.facts import kind_rows
    from bot.answer.facts.index import index_for

    idx = index_for(engine.kb)
    # (差的, 超支的: a filter on the rows said, never their every row counted or added)
    for asked in ("产业发展资金里差的有几个", "产业发展资金超支的一共多少"):
        assert kind_rows.answer(idx, asked) is None


def test_the_kind_said_picks_the_department_rows_of_that_table(engine) -> None:
    # (县农业农村局 is a row owner of both tables: the kind said picks the table)
    a = converse(engine, "农业农村局的产业发展资金加起来")
    assert a.status == "answered" and "930.5" in a.text and "500" not in a.text.split("（来源")[0]
    b = converse(engine, "农业农村局的为民办实事计划投资加起来")
    assert "930.5" not in b.text


def test_the_rows_a_yes_or_no_column_marks_no(engine) -> None:
    a = converse(engine, "哪些为民办实事还没完工")
    assert a.status == "answered" and "乡镇卫生院发热门诊建设" in a.text and "生态茶园道路硬化" in a.text
    assert "城区雨污分流改造" not in a.text  # (部分完工 is no 否)
    assert "背街小巷整治提升" not in a.text


def test_a_loaded_department_said_short_lists_its_rows_of_the_kind(engine) -> None:
    a = converse(engine, "水利局的为民办实事有哪些")
    assert a.status == "answered" and "农村供水管网延伸" in a.text
    assert "小水电生态改造资金" not in a.text and "河湖长制工作经费" not in a.text


def test_the_place_said_is_no_department_of_the_kind(engine) -> None:
    a = converse(engine, "青岚为民办实事计划投资一共多少")
    assert a.status == "answered" and "4300" in a.text  # every row; 青岚 names every 青岚县 office, no one of them
    assert "= 980" not in a.text


def test_an_organisation_the_kind_table_does_not_list(engine) -> None:
    # (县卫生健康局 leads a 为民办实事 row but owns no 产业发展资金: never its 为民办实事 rows)
    a = converse(engine, "县卫生健康局的产业发展资金")
    assert a.status != "answered" and "乡镇卫生院发热门诊建设" not in a.text


def test_an_unloaded_organisation_said_short_reads_its_rows_of_the_kind(engine) -> None:
    a = converse(engine, "住建局为民办实事计划投资合计")
    assert a.status == "answered" and "2220" in a.text  # 1800 + 420 (县住房和城乡建设局)
    assert "4300" not in a.text
