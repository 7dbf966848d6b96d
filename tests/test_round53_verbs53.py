"""A general table's column named by what is done to the money (a verb: 发了, 拨了, 已经拨付) rather than by its header,
the table's kind said after a row (X专项债多少), what is left of a row's whole once part of it is done (its two
columns subtracted, shown), and a time asked of rows whose table prints none (never a note's date)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import converse, engine_over, write_workbook
from tests.target_tables import Item, Unit, render

# (name, 主管部门, 建设单位, 性质, 发行规模, 期限, 利率, 已拨付资金, 拨付进度)
_BONDS = [
    ("青禾县滨江防洪堤加固工程", "青禾县水利局", "青禾县水务投资公司", "新增", 6400, 15, 2.2, 4800, 75),
    ("青禾县东城客运枢纽建设项目", "青禾县交通局", "青禾县交通发展集团", "新增", 9000, 20, 2.4, 3600, 40),
    ("青禾县实验中学扩建工程", "青禾县教育体育局", "青禾县实验中学", "新增", 2500, 10, 1.9, 2000, 80),
    ("青禾县西溪镇灌区节水改造工程", "青禾县水利局", "青禾县水利局", "新增", 1200, 10, 2.0, 300, 25),
    ("2019年青禾县城镇棚户区改造专项债券到期再融资", "青禾县住建局", "青禾县交通发展集团", "再融资", 3100, 7, 1.7, 3100, 100),
]


def _bonds(path: Path) -> Path:
    rows: list[list] = [["青禾县2024年新增政府专项债券资金使用情况表"] + [None] * 9,
                        ["单位：万元"] + [None] * 9,
                        ["序号", "项目名称", "主管部门", "建设单位", "债券信息", None, None, None, "拨付情况", None],
                        [None, None, None, None, "债券性质", "发行规模", "期限（年）", "利率（%）", "已拨付资金", "拨付进度（%）"],
                        [None, "合计", None, None, None, 22200, None, None, 13800, 62.16]]
    for n, r in enumerate(_BONDS, start=1):
        rows.append([n, *r])
    rows.append(["说明：拨付进度=已拨付资金/发行规模，数据截至2024年11月30日。"] + [None] * 9)
    return write_workbook(path, rows, ["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "I3:J3"],
                          sheet="专项债券")


# the county's water bureau, which the bond table names, has a table of its own loaded too
_WATER = render("青禾县水利局", "90.00 90.00", [
    Unit("青禾县水利局", "90.00 90.00", [
        Item("河道保洁经费", "90.00 90.00", "保持河道整洁。",
             [("11", "保洁河道长度", "≥40公里", "≥40公里"), ("31", "群众满意度", "≥90%", "≥90%")])]),
])


@pytest.fixture(scope="module")
def bonds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bonds53")
    _bonds(folder / "青禾县2024年新增政府专项债券资金使用情况表.xlsx")
    (folder / "青禾县水利局_2025年_项目支出绩效目标表.txt").write_text(_WATER, encoding="utf-8")
    write_workbook(folder / "青禾县财政局_2024年_一般公共预算支出预算与决算对比表.xlsx",
                   [["青禾县财政局2024年一般公共预算支出预算与决算对比表", None, None],
                    ["科目名称", "预算数", "决算数"], ["合计", 23.0, 19.8], ["公务接待费", 8.0, 6.5],
                    ["培训费", 10.0, 9.2], ["会议费", 5.0, 4.1]], ["A1:C1"], sheet="预算与决算对比表")
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_verb_names_the_one_amount_column_holding_its_word(bonds) -> None:
    a = converse(bonds, "滨江防洪堤发了多少")
    assert a.status == "answered" and "6400" in a.text and "4800" not in a.text
    b = converse(bonds, "东城客运枢纽已经拨付多少")
    assert b.status == "answered" and "3600" in b.text and "9000" not in b.text
    c = converse(bonds, "实验中学扩建拨了多少")
    assert c.status == "answered" and "2000" in c.text and "2500" not in c.text


def test_a_verb_in_a_follow_up_keeps_the_row(bonds) -> None:
    a = converse(bonds, "东城客运枢纽发了多少", "已经拨付多少")
    assert a.status == "answered" and "3600" in a.text and "客运枢纽" in a.text


def test_the_tables_kind_said_after_a_row_is_the_tables(bonds) -> None:
    a = converse(bonds, "滨江防洪堤专项债发了多少")
    assert a.status == "answered" and "6400" in a.text
    b = converse(bonds, "实验中学扩建专项债券发行规模")
    assert b.status == "answered" and "2500" in b.text


def test_what_is_left_is_the_whole_less_what_was_done_shown(bonds) -> None:
    a = converse(bonds, "滨江防洪堤还有多少没拨付")
    assert a.status == "answered" and "1600" in a.text and "6400 - 4800" in a.text
    b = converse(bonds, "东城客运枢纽已拨付资金多少", "还剩多少没拨付")
    assert b.status == "answered" and "5400" in b.text


def test_a_time_the_table_does_not_print_is_unknown_never_its_note(bonds) -> None:
    a = converse(bonds, "滨江防洪堤专项债什么时候发行的")
    assert a.status == "unknown" and "11月30日" not in a.text
    b = converse(bonds, "客运枢纽哪天发行的")
    assert b.status == "unknown" and "说明" not in a.text


def test_the_tables_kind_said_before_its_columns_or_its_whole_is_the_tables(bonds) -> None:
    a = converse(bonds, "专项债总体拨付进度多少")
    assert a.status == "answered" and "62.16" in a.text
    b = converse(bonds, "专项债拨付进度多少")
    assert b.status == "answered" and "62.16" in b.text


def test_a_length_said_after_its_column_is_a_value_of_it_in_words_too(bonds) -> None:
    a = converse(bonds, "期限二十年的专项债有哪些")
    assert a.status == "answered" and "客运枢纽" in a.text and "防洪堤" not in a.text
    b = converse(bonds, "期限15年的项目有哪些")
    assert b.status == "answered" and "防洪堤" in b.text and "客运枢纽" not in b.text


def test_a_row_named_after_a_year_is_a_row_of_the_tables_year(bonds) -> None:
    a = converse(bonds, "利率最低的是哪个")
    assert a.status == "answered" and "2019年青禾县城镇棚户区改造专项债券到期再融资" in a.text and "1.7" in a.text
    b = converse(bonds, "拨付进度最高的项目")
    assert b.status == "answered" and "100" in b.text


def test_a_departments_rows_by_its_owner_column_even_when_it_has_tables_of_its_own(bonds) -> None:
    a = converse(bonds, "水利局专项债一共多少")
    assert a.status == "answered" and "7600" in a.text and "6400" in a.text and "1200" in a.text and "河道保洁" not in a.text
    b = converse(bonds, "水利局在专项债表里有哪些项目")
    assert b.status == "answered" and "滨江防洪堤" in b.text and "西溪镇灌区" in b.text and "河道保洁" not in b.text
    c = converse(bonds, "教育体育局的经费是多少")
    assert c.status == "answered" and "2500" in c.text


def test_a_company_said_by_the_first_characters_of_its_two_words(bonds) -> None:
    a = converse(bonds, "交发集团承担了哪些专项债项目")
    assert a.status == "answered" and "客运枢纽" in a.text and "棚户区改造" in a.text and "防洪堤" not in a.text


def test_a_town_the_rows_names_print_lists_those_rows(bonds) -> None:
    a = converse(bonds, "西溪镇的专项债项目是哪个")
    assert a.status == "answered" and "西溪镇灌区节水改造工程" in a.text and "1200" in a.text and "防洪堤" not in a.text


def test_spent_of_a_final_account_is_its_final_figure(bonds) -> None:
    a = converse(bonds, "培训费花了多少")
    assert a.status == "answered" and "9.2" in a.text and "10万元" not in a.text


def test_a_bureau_of_two_words_said_by_its_first(bonds) -> None:
    a = converse(bonds, "教育局的专项债项目有哪些")
    assert a.status == "answered" and "实验中学扩建工程" in a.text and "2500" in a.text


@pytest.fixture(scope="module")
def deeds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("deeds53")
    rows: list[list] = [["青禾县2025年为民办实事项目完成情况表", None, None, None],
                        ["序号", "项目名称", "责任单位", "计划投资（万元）", "完成投资（万元）"],
                        [1, "老年食堂建设", "县民政局", 450, 380], [2, "城东公园提升", "县住建局", 1200, 1260],
                        [3, "乡村卫生室标准化", "县卫生健康局", 300, 240]]
    write_workbook(folder / "青禾县_发展和改革局_2025年_为民办实事项目完成情况表.xlsx", rows, ["A1:E1"], sheet="为民办实事")
    return engine_over(folder / "kb.sqlite", [folder])


def test_two_columns_of_one_row_set_against_each_other(deeds) -> None:
    a = converse(deeds, "老年食堂建设计划投资和完成投资差多少")
    assert a.status == "answered" and "70" in a.text and "450 - 380" in a.text
    b = converse(deeds, "乡村卫生室标准化计划和完成投资差多少")
    assert b.status == "answered" and "60" in b.text and "300 - 240" in b.text
    c = converse(deeds, "城东公园提升", "计划和完成投资差多少")
    assert c.status == "answered" and "60" in c.text and ("1260 - 1200" in c.text or "1200 - 1260" in c.text)


def test_a_bureau_said_by_its_first_word_keeps_its_rows_for_the_follow_up(bonds) -> None:
    a = converse(bonds, "教育局有几个专项债项目", "合计多少")
    assert a.status == "answered" and "2500" in a.text and "实验中学" in a.text


def test_a_verb_said_alone_in_a_new_session_picks_no_tables_column(bonds) -> None:
    # (no row, no table's kind, no department said: the one 已拨付资金 column of the KB is no answer to it)
    for asked in ("已经拨付多少", "拨了多少"):
        a = converse(bonds, asked)
        assert "13800" not in a.text and not (a.status == "answered" and "已拨付资金" in a.text), (asked, a.text)


def test_a_span_is_read_against_its_column_once_and_a_date_not_at_all(bonds, monkeypatch) -> None:
    from bot.answer.facts.index import index_for
    from bot.answer.facts.verb_columns import span_as_value

    idx = index_for(bonds.kb)
    assert span_as_value("期限15年的有哪些", idx) == "期限是15年的有哪些"
    reads: list[int] = []
    real = idx.facts
    monkeypatch.setattr(idx, "facts", lambda ids: reads.append(len(ids)) or real(ids))
    assert span_as_value("期限15年的有哪些", idx) == "期限是15年的有哪些"  # (the column's measure known: no read)
    assert span_as_value("青禾县2024年滨江防洪堤发了多少", idx) == "青禾县2024年滨江防洪堤发了多少"
    assert not reads
