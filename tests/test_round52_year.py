"""A year said with the kind of a county-wide general table is that table's own year: it selects the rows exactly as
without it ("文旅局2026年产业扶持资金合计" of the 2026 产业扶持资金 table), even when another place's 项目申报表 of one
project is named by the kind word alone (产业扶持资金) — never that project's 预算, its indicators counted, or its table's
year said to lack 2026. A year the kind's table is not of stays unanswered.
And an office said by a short name only other places' loaded departments bear (卫健局 of 远江市, 北川区), right after a
row (or a class) of the county's table was answered, is the county's office that table lists: its rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import converse, engine_over, write_workbook
from tests.target_tables import Item, Unit, render

# (资金名称, 主管部门, 合计, 上级补助, 县级安排): a fictional county's 2026 table of every office's funds
_FUNDS = [
    ("茶园提质扶持资金", "县农业农村局", 420.0, 300.0, 120.0),
    ("山地果蔬产业扶持资金", "县农业农村局", 260.0, 100.0, 160.0),
    ("非遗工坊扶持资金", "县文化和旅游局", 140.0, 40.0, 100.0),
    ("精品民宿产业扶持资金", "县文化和旅游局", 230.0, 80.0, 150.0),
    ("校园农场实践资金", "县教育局", 75.0, None, 75.0),
]

# the county's 文化和旅游局 loaded with its own 2026 table (its own projects, none of them a 产业扶持资金)
_OWN = render("青屿县文化和旅游局", "88.00 88.00", [
    Unit("青屿县文化和旅游局", "88.00 88.00", [
        Item("乡村文化节运行经费", "88.00 88.00", "办好乡村文化节。",
             [("11", "举办场次", "≥6场", "≥6场"), ("31", "群众满意度", "≥90%", "≥90%")])]),
])


def _application(path) -> None:
    """Another city's bureau's 2021 项目申报表 of one project named by the kind word alone."""
    rows: list[list] = [
        ["2021年项目申报表", None, None, None, None, None, None],
        ["项目名称", None, "产业扶持资金", None, "项目代码", None, None],
        ["项目主管部门", None, "远江市商务局", None, "项目执行单位", "远江市商务局", None],
        ["项目负责人", None, "林晓", None, "联系电话", "5550123", None],
        ["项目申请理由", None, "扶持本市电子商务产业发展。", None, None, None, None],
        ["项目主要内容", None, "培育电商主体，建设直播基地。", None, None, None, None],
        ["项目总预算", None, 900, None, "项目当年预算", 900, None],
        ["项目前两年预算及当年预算变动情况", None, "2019年预算金额600万元，2020年预算金额800万元。", None, None, None, None],
        ["项目绩效总目标", None, "完成2021年度电商产业扶持任务", None, None, None, None],
        ["项目年度绩效指标", None, "一级指标", "二级指标", "指标内容", "指标值", "备注"],
        [None, None, "产出指标", "数量指标", "培育电商主体", "≥40家", None],
        [None, None, None, None, "建设直播基地", "2个", None],
        [None, None, None, "质量指标", "主体存活率", "≥80%", None],
        [None, None, "满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", None],
    ]
    write_workbook(path, rows, ["A1:G1", "A2:B2", "A3:B3", "A4:B4", "A5:B5", "C5:G5", "A6:B6", "C6:G6", "A7:B7",
                                "A8:B8", "C8:G8", "A9:B9", "C9:G9", "A10:B14", "C11:C13", "D11:D12"], sheet="Sheet1")


def _funds_table(folder: Path, funds: list[tuple]) -> None:
    rows: list[list] = [["青屿县2026年县级财政产业扶持资金绩效目标汇总表", None, None, None, None, None],
                        ["编制单位：青屿县财政局", None, None, None, "单位：万元", None],
                        ["序号", "资金名称", "主管部门", "资金规模（万元）", None, None],
                        [None, None, None, "合计", "上级补助", "县级安排"]]
    rows += [[i, *r] for i, r in enumerate(funds, start=1)]
    write_workbook(folder / "青屿县_财政局_2026年_县级财政产业扶持资金绩效目标汇总表.xlsx", rows,
                   ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:F3"], sheet="产业扶持资金")


@pytest.fixture(scope="module")
def funds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("year52")
    _funds_table(folder, _FUNDS)
    (folder / "青屿县_文化和旅游局_2026年_项目支出绩效目标表.txt").write_text(_OWN, encoding="utf-8")
    _application(folder / "yuanjiang_swj_2021_project_application.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


@pytest.mark.parametrize("question", ["文旅局产业扶持资金合计", "文旅局2026年产业扶持资金合计",
                                      "2026年文旅局的产业扶持资金", "文化和旅游局2026年产业扶持资金一共多少"])
def test_the_tables_own_year_said_with_a_loaded_department(funds, question: str) -> None:
    a = converse(funds, question)
    assert a.status == "answered" and "370" in a.text and "非遗工坊" in a.text and "900" not in a.text, a.text


@pytest.mark.parametrize(("question", "said"), [("文旅局2026年产业扶持资金上级补助多少", "120"),
                                              ("2026年度文旅局产业扶持资金县级安排", "250")])
def test_the_tables_own_year_said_with_a_column(funds, question: str, said: str) -> None:
    """(the table's sheet, 产业扶持资金, prints no year: the year said is still its own, no word left unexplained)"""
    a = converse(funds, question)
    assert a.status == "answered" and said in a.text and "非遗工坊" in a.text, a.text


def test_the_tables_own_year_said_with_an_office_it_lists(funds) -> None:
    a = converse(funds, "农业农村局2026年产业扶持资金多少")
    assert a.status == "answered" and "680" in a.text and "900" not in a.text, a.text


@pytest.mark.parametrize(("question", "said"), [
    ("2026年产业扶持资金有多少项", "共 5 项"),
    ("产业扶持资金2026年一共多少", "1125"),
    ("2026年产业扶持资金合计", "1125"),
])
def test_the_tables_own_year_said_of_the_whole_table(funds, question: str, said: str) -> None:
    a = converse(funds, question)
    assert a.status == "answered" and said in a.text and "远江" not in a.text, a.text


def test_a_year_the_table_is_not_of_stays_unanswered(funds) -> None:
    a = converse(funds, "文旅局2024年产业扶持资金合计")
    assert a.status != "answered" and "370" not in a.text, a.text


def test_the_application_project_still_answers_its_own_years(funds) -> None:
    a = converse(funds, "远江产业扶持资金2019年多少")
    assert a.status == "answered" and "600" in a.text, a.text


# the county's health bureau, listed by the county table only; two other places' health bureaus loaded with their own
_HEALTH = [
    ("乡村医生岗位补助资金", "县卫生健康局", 120.0, 70.0, 50.0),
    ("中医药特色产业扶持资金", "县卫生健康局", 260.0, 100.0, 160.0),
    ("茶园提质扶持资金", "县农业农村局", 420.0, 300.0, 120.0),
    ("山地果蔬产业扶持资金", "县农业农村局", 260.0, 100.0, 160.0),
]


def _bureau(name: str, project: str) -> str:
    return render(name, "50.00 50.00", [Unit(name, "50.00 50.00", [
        Item(project, "50.00 50.00", "做好卫生健康工作。", [("11", "服务人次", "≥1000人次", "≥1000人次")])])])


@pytest.fixture(scope="module")
def health(tmp_path_factory):
    folder = tmp_path_factory.mktemp("health52")
    _funds_table(folder, _HEALTH)
    (folder / "远江市_卫生健康局_2026年_项目支出绩效目标表.txt").write_text(
        _bureau("远江市卫生健康局", "妇幼健康服务经费"), encoding="utf-8")
    (folder / "北川区_卫生健康局_2025年_项目支出绩效目标表.txt").write_text(
        _bureau("北川区卫生健康局", "卫生监督执法经费"), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder])


@pytest.mark.parametrize("follow", ["卫健局总共呢", "卫健局呢", "卫健局一共多少"])
def test_the_office_of_the_row_just_answered_place(health, follow: str) -> None:
    a = converse(health, "乡村医生岗位补助资金多少", follow)
    assert a.status == "answered" and "380" in a.text and "中医药特色产业扶持资金" in a.text, a.text


def test_the_office_of_the_class_just_answered_place(health) -> None:
    a = converse(health, "农业农村局产业扶持资金合计", "卫健局呢")
    assert a.status == "answered" and "380" in a.text and "茶园" not in a.text, a.text


def test_another_place_said_is_never_the_county_office(health) -> None:
    a = converse(health, "乡村医生岗位补助资金多少", "远江的卫健局呢")
    assert "380" not in a.text, a.text
