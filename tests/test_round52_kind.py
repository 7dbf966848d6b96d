"""A general table said by the kind its title names, read as a whole — and what is never its whole or its rows:
the place of the tables' publisher said before the kind (the whole table of that place, never the bureau whose
name begins with it), a town the rows' names print (its rows, never the one row its 人民政府 is 责任单位 of), the
classes of a class column counted (几个类: never the rows), the table's own printed 合计 line (its other columns
read next), a year the table is not of, and a kind word that is only part of a class said (农村 of 农村事务股)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.facts import kind_rows
from bot.answer.facts.index import index_for
from tests.conftest import converse, engine_over, write_workbook
from tests.target_tables import Item, Unit, render

# (town, name, 合计, 中央, 省级, 县级, 责任单位): a county bureau's own table of every office's rows
_LINKS = [
    ("青石镇", "青石镇枫林村茶园提质项目", 80.0, 60.0, 12.0, 8.0, "县农业农村局"),
    ("青石镇", "青石镇枫林村机耕路硬化项目", 45.0, 45.0, None, None, "县交通运输局"),
    ("青石镇", "青石镇溪口村人居环境整治项目", 38.0, 20.0, 18.0, None, "青石镇人民政府"),
    ("白岭乡", "白岭乡白岭村香菇大棚建设项目", 66.0, 40.0, 16.0, 10.0, "县农业农村局"),
    ("白岭乡", "白岭乡上坪村安全饮水项目", 29.5, 29.5, None, None, "县水利局"),
    ("白岭乡", "白岭乡雨露计划补助", 12.0, None, 4.0, 8.0, "县农业农村局"),
]


def _links(path: Path) -> Path:
    rows: list[list] = [["岚山县2025年财政衔接推进乡村振兴补助资金项目计划表", None, None, None, None, None, None, None],
                        ["编制单位：岚山县农业农村局", None, None, None, None, None, "单位：万元", None],
                        ["序号", "乡镇", "项目名称", "资金规模", None, None, None, "责任单位"],
                        [None, None, None, "合计", "中央", "省级", "县级", None]]
    totals = [round(sum(r[k] or 0 for r in _LINKS), 2) for k in (2, 3, 4, 5)]
    rows.append(["合计", None, None, *totals, None])
    n = 0
    for town in dict.fromkeys(r[0] for r in _LINKS):
        mine = [r for r in _LINKS if r[0] == town]
        rows.append([None, town, "小计", *[round(sum(r[k] or 0 for r in mine), 2) for k in (2, 3, 4, 5)], None])
        for r in mine:
            n += 1
            rows.append([n, None, *r[1:]])
    return write_workbook(path, rows, ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4"], sheet="项目计划表")


@pytest.fixture(scope="module")
def links(tmp_path_factory):
    folder = tmp_path_factory.mktemp("links")
    _links(folder / "lanshan_xianjie_2025_project_plan.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def test_the_place_said_before_the_kind_is_the_whole_table(links) -> None:
    a = converse(links, "岚山县衔接资金总共多少")
    assert a.status == "answered" and "270.5" in a.text and "188" not in a.text
    b = converse(links, "岚山衔接资金里中央资金合计")
    assert b.status == "answered" and "194.5" in b.text


def test_a_town_the_rows_names_print_is_no_short_name_of_its_government(links) -> None:
    a = converse(links, "青石镇有哪些项目")
    assert a.status == "answered" and all(n in a.text for n in ("茶园提质", "机耕路硬化", "人居环境整治"))
    b = converse(links, "青石镇有哪些项目", "其中最贵的")
    assert b.status == "answered" and "茶园提质" in b.text and "80" in b.text


# (name, 主管部门, 分配金额, 中央, 省级, 项目类别): a county finance office's table with its own 合计 line
_SHARES = [
    ("未来乡村建设", "县农业农村局", 150.0, 50.0, 100.0, "乡村建设"),
    ("农村生活污水治理", "县住房和城乡建设局", 90.0, 30.0, 60.0, "乡村建设"),
    ("共富工坊建设", "县农业农村局", 40.0, None, 40.0, "产业发展"),
    ("高标准农田建设", "县农业农村局", 220.0, 120.0, 100.0, "农业生产"),
]


@pytest.fixture(scope="module")
def shares(tmp_path_factory):
    folder = tmp_path_factory.mktemp("shares")
    rows: list[list] = [["岚山县2026年县级财政乡村振兴专项资金分配表", None, None, None, None, None],
                        ["编制单位：岚山县财政局", None, None, "单位：万元", None, None],
                        ["项目名称", "主管部门", "分配金额", "其中：中央", "其中：省级", "项目类别（领域）"]]
    rows += [list(r) for r in _SHARES]
    rows.append(["合计", None, 500.0, 200.0, 300.0, None])
    write_workbook(folder / "岚山县财政局_2026年_乡村振兴专项资金分配表.xlsx", rows, ["A1:F1"], sheet="乡村振兴专项资金分配")
    relief: list[list] = [["岚山县2025年农业生产救灾资金分配表", None, None],
                          ["编制单位：岚山县财政局", None, "单位：万元"],
                          ["乡镇", "分配金额", "资金用途"],
                          ["青石镇", 30.0, "灾后补种"], ["白岭乡", 25.0, "设施修复"], ["合计", 55.0, None]]
    write_workbook(folder / "岚山县财政局_2025年_农业生产救灾资金分配表.xlsx", relief, ["A1:C1"], sheet="救灾资金分配")
    relief: list[list] = [["岚山县2026年农业生产救灾资金分配表", None, None],
                          ["编制单位：岚山县财政局", None, "单位：万元"],
                          ["乡镇", "分配金额", "资金用途"],
                          ["青石镇", 30.0, "灾后补种"], ["白岭乡", 25.0, "设施修复"], ["合计", 55.0, None]]
    write_workbook(folder / "岚山县财政局_2026年_农业生产救灾资金分配表.xlsx", relief, ["A1:C1"], sheet="救灾资金分配")
    return engine_over(folder / "kb.sqlite", [folder])


def test_the_kind_added_up_is_the_printed_total_line_and_its_columns_follow(shares) -> None:
    a = converse(shares, "乡村振兴资金合计")
    assert a.status == "answered" and "500" in a.text and "150" not in a.text
    b = converse(shares, "乡村振兴资金合计", "中央的呢")
    assert b.status == "answered" and "200" in b.text and "120" not in b.text


def test_classes_counted_are_never_the_rows_counted(shares) -> None:
    a = converse(shares, "乡村振兴资金里一共几个类")
    assert a.status == "answered" and "3 个" in a.text and "4 项" not in a.text
    b = converse(shares, "乡村振兴资金一共多少个项目")
    assert b.status == "answered" and "4 项" in b.text


def test_a_year_the_kind_table_is_not_of_is_said_so(shares) -> None:
    a = converse(shares, "2025年乡村振兴资金总额")
    assert a.status == "unknown" and "2026" in a.text and "500" not in a.text
    b = converse(shares, "2026年乡村振兴资金总额")
    assert b.status == "answered" and "500" in b.text


def test_the_place_and_its_level_before_the_kind_in_any_order(shares) -> None:
    """"岚山县级…": the forms said (岚山, 岚山县) blanked shortest first, 县级 kept whatever order they come in."""
    idx = index_for(shares.kb)

    class _Ordered:
        def __getattr__(self, name):
            return getattr(idx, name)

        def dept_forms_said(self, text: str) -> list[str]:  # (the longer form first: the order a set may give)
            return sorted(idx.dept_forms_said(text), key=len, reverse=True)

    a = kind_rows.answer(_Ordered(), "岚山县级乡村振兴资金总规模多少")
    assert a is not None and a.status == "answered" and "500" in a.text


# (name, 主管部门, 合计, 上级补助, 县级安排): a county's 产业扶持资金 table under a two-row header
_AIDS = [
    ("茶叶品牌产业扶持资金", "县农业农村局", 420.0, 300.0, 120.0),
    ("数字化车间改造资金", "县经济和信息化局", 860.0, 600.0, 260.0),
    ("专精特新企业奖励资金", "县经济和信息化局", 240.0, 40.0, 200.0),
    ("残疾人就业扶持资金", "县残疾人联合会", 95.0, 60.0, 35.0),
    ("巾帼创业扶持资金", "县妇女联合会", 55.0, 20.0, 35.0),
    ("乡村民宿产业扶持资金", "县文化和旅游局", 310.0, 110.0, 200.0),
]


# another county's bureau, whose own project is named by the kind word alone (产业扶持资金)
_TRADE = render("清河县商务局", "150.00 150.00", [
    Unit("清河县商务局", "150.00 150.00", [
        Item("产业扶持资金", "150.00 150.00", "培育农村电商主体。",
             [("11", "培育电商主体", "≥30家", "≥30家"), ("31", "企业满意度", "≥90%", "≥90%")])]),
])


@pytest.fixture(scope="module")
def aids(tmp_path_factory):
    folder = tmp_path_factory.mktemp("aids")
    rows: list[list] = [["岚山县2026年县级财政产业扶持资金绩效目标汇总表", None, None, None, None, None],
                        ["编制单位：岚山县财政局", None, None, None, "单位：万元", None],
                        ["序号", "资金名称", "主管部门", "资金规模（万元）", None, None],
                        [None, None, None, "合计", "上级补助", "县级安排"]]
    rows += [[i, *r] for i, r in enumerate(_AIDS, start=1)]
    write_workbook(folder / "岚山县_财政局_2026年_县级财政产业扶持资金绩效目标汇总表.xlsx", rows,
                   ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:F3"], sheet="产业扶持资金")
    (folder / "清河县商务局_2026年_项目支出绩效目标表.txt").write_text(_TRADE, encoding="utf-8")
    deeds: list[list] = [["岚山县2025年为民办实事项目完成情况表", None, None, None],
                         ["编制单位：岚山县发展和改革局", None, "单位：万元", None],
                         ["序号", "项目名称", "责任单位", "计划投资（万元）"],
                         [1, "小微企业园改造", "县经济和信息化局", 380.0], [2, "残疾人之家建设", "县残疾人联合会", 60.0],
                         [3, "工业园区污水管网", "县经济和信息化局", 145.0]]
    write_workbook(folder / "岚山县_发展和改革局_2025年_为民办实事项目完成情况表.xlsx", deeds, ["A1:D1"], sheet="为民办实事")
    return engine_over(folder / "kb.sqlite", [folder])


def test_the_largest_row_of_the_kind(aids) -> None:
    a = converse(aids, "哪个产业扶持资金规模最大")
    assert a.status == "answered" and "数字化车间改造资金" in a.text and "860" in a.text
    b = converse(aids, "哪个产业扶持资金最少")
    assert b.status == "answered" and "巾帼创业扶持资金" in b.text


def test_the_kind_rows_within_a_bound_on_a_column(aids) -> None:
    a = converse(aids, "上级补助超过二百万的产业扶持资金")
    assert a.status == "answered" and all(n in a.text for n in ("茶叶品牌产业扶持资金", "数字化车间改造资金"))
    assert "乡村民宿产业扶持资金" not in a.text and "专精特新" not in a.text
    b = converse(aids, "县级安排200万以上的产业扶持资金有哪些")
    assert b.status == "answered" and all(n in b.text for n in ("数字化车间改造资金", "专精特新企业奖励资金", "乡村民宿产业扶持资金"))
    assert "茶叶品牌产业扶持资金" not in b.text


def test_an_office_said_by_its_usual_short_name(aids) -> None:
    a = converse(aids, "残联的产业扶持资金")
    assert a.status == "answered" and "残疾人就业扶持资金" in a.text and "95" in a.text and "巾帼" not in a.text
    b = converse(aids, "经信局产业扶持资金合计")
    assert b.status == "answered" and "1100" in b.text


def test_names_asked_after_the_count(aids) -> None:
    a = converse(aids, "经信局有几项产业扶持资金 分别叫什么")
    assert a.status == "answered" and "2 项" in a.text
    assert "数字化车间改造资金" in a.text and "专精特新企业奖励资金" in a.text



def test_another_kind_said_next_keeps_the_office_just_answered(aids) -> None:
    a = converse(aids, "经信局产业扶持资金合计", "为民办实事呢")
    assert a.status == "answered" and "525" in a.text and "60" not in a.text


def test_the_place_said_with_an_offices_short_name_is_that_office_of_its_table(aids) -> None:
    a = converse(aids, "岚山经信局产业扶持资金")
    assert a.status == "answered" and "1100" in a.text


def test_which_of_a_class_column_is_no_row_ranked(shares) -> None:
    """"哪个领域最多": a class column's values ranked (its head 项目类别（领域）), never the one largest row."""
    a = converse(shares, "乡村振兴资金哪个领域最多")
    assert "最多的是高标准农田建设" not in a.text
