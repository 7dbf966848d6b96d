"""A 项目申报表 (one project per workbook) read completely and answered as staff ask:

- its project said by its name in part before 项目 ("茶产业项目…") names the form, as its department's name does:
  its text fields (项目负责人, 项目起止年限), its 资金来源 lines by year column, its 支出明细 counted and ranked;
- 项目总预算 (every year the project runs) and 当年预算 (the table's own year) are two figures: a question about
  one is never answered with the other.

The fixture is the published-style 湄潭 form and a made-over copy of it (another department, another project,
other figures), so the rules are of the form, not of one file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import DATA, converse, engine_over, set_cells

from bot.engine import Engine

_FORM = DATA / "general48" / "贵州省湄潭县农业农村局2026年茶产业提质增效项目申报表.xlsx"
_OTHER = "青山县水产局2026年生态渔业示范项目申报表.xlsx"


def _forms(folder: Path) -> list[Path]:
    """The 湄潭 form and its made-over copy, in folder."""
    shutil.copy(_FORM, folder / _FORM.name)
    other = folder / _OTHER
    shutil.copy(_FORM, other)
    set_cells(other, {
        "A1": "青山县2026年项目申报表", "A2": "填报单位（盖章）：青山县水产局", "C3": "青山县生态渔业示范项目",
        "C4": "青山县水产局", "F4": "青山县水产技术推广站", "C5": "赵明远", "C7": "2026年1月至2028年12月（共3年）",
        "C10": 900, "F10": 300, "E11": "2026年", "F11": "2027年", "G11": "2028年",
        "D12": 900, "E12": 300, "F12": 320, "G12": 280,
        "C13": "1.中央水产发展资金", "D13": 450, "E13": 150, "F13": 160, "G13": 140,
        "C14": "2.省级渔业专项资金", "D14": 150, "E14": 50, "F14": 60, "G14": 40,
        "C15": "3.县级财政配套资金", "D15": 250, "E15": 80, "F15": 90, "G15": 80,
        "C16": "4.经营主体自筹资金", "D16": 50, "E16": 20, "F16": 10, "G16": 20,
        "A17": "2026年项目支出明细预算及测算依据", "E48": "渔业综合产值",
        "E34": "养殖池塘改造面积", "E43": "养殖池塘改造补助标准", "D20": "生态养殖池塘提质改造", "E20": 75, "F20": "0.5万亩×150元/亩=75万元",
    })
    return [folder / _FORM.name, other]


@pytest.fixture(scope="module")
def forms(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("forms")
    return engine_over(folder / "kb.sqlite", _forms(folder))


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("茶产业项目负责人是谁", "王国顺", "赵明远"),
    ("生态渔业项目负责人是谁", "赵明远", "王国顺"),
    ("茶产业提质增效项目起止年限", "2025年1月至2027年12月", "2028年12月"),
    ("生态渔业那个项目起止年限", "2026年1月至2028年12月", "2027年12月"),
    ("茶产业项目中央衔接资金2026年多少", "800", "1900"),
    ("生态渔业项目县级配套资金2027年多少", "90", "250"),
    ("茶产业项目支出明细有几项", "共 12 项", "青山县"),  # (read from its form: each line listed)
])
def test_the_project_said_names_its_form(forms: Engine, question: str, said: str, unsaid: str) -> None:
    answer = converse(forms, question)
    assert answer.status == "answered", answer.text
    assert said in answer.text and unsaid not in answer.text, answer.text


def test_a_part_of_the_name_inside_an_indicator_is_the_indicator(forms: Engine) -> None:
    """"茶产业综合产值" is an indicator's name, not the project said before a label."""
    answer = converse(forms, "茶产业综合产值是多少")
    assert answer.status == "answered" and "逐年提高" in answer.text, answer.text


def test_a_year_said_short_before_duo_shao(forms: Engine) -> None:
    """"二七年多少": the year 2027 and how much (年多 of a duration is 三年多, never 年多少)."""
    from bot.language.normalize import full_years

    assert full_years("茶产业项目二七年多少") == "茶产业项目2027年多少"
    assert full_years("干了3年多") == "干了3年多"
    answer = converse(forms, "茶产业那个项目二七年多少")
    assert answer.status == "answered" and "1260" in answer.text and "1560" not in answer.text, answer.text


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (["茶产业项目总预算"], "4000", "1560"),
    (["茶产业项目总预算", "当年呢"], "1560", "4000"),
    (["生态渔业项目总预算"], "900", "300.00"),
    (["生态渔业项目总预算", "当年呢"], "300", "900"),
    (["生态渔业项目多少钱"], "2026年（当年）预算 300.00万元", "总计"),
    (["青山县水产局2027年预算"], "320", "300.00"),
    (["湄潭农业农村局2027年预算"], "1260", "1560"),
])
def test_the_whole_budget_and_the_years_are_never_blurred(forms: Engine, turns, said: str, unsaid: str) -> None:
    answer = converse(forms, *turns)
    assert answer.status == "answered", answer.text
    assert said in answer.text and unsaid not in answer.text, answer.text


@pytest.mark.parametrize("turns", [["湄潭农业农村局部门预算"], ["生态渔业项目总预算", "青山县水产局部门预算呢"]])
def test_a_department_budget_is_not_in_an_application(forms: Engine, turns) -> None:
    """A department whose tables are 项目申报表 only has no 部门预算 in them: never a project's figure for it."""
    answer = converse(forms, *turns)
    assert answer.status == "unknown", answer.text
    assert not any(n in answer.text for n in ("1560", "4000", "300", "900")), answer.text


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (["低产茶园改造多少钱"], "240", "0.8万亩"),
    (["养殖池塘改造多少钱"], "75", "240"),
    (["养殖池塘改造多少钱", "测算依据呢"], "150元/亩", "300元/亩"),
])
def test_a_detail_line_by_its_name_said_short(forms: Engine, turns, said: str, unsaid: str) -> None:
    """Money asked of a 明细 line said short (a word of its middle left out): its 金额 — not the indicators of its
    area and cost per 亩, which state no amount."""
    answer = converse(forms, *turns)
    assert answer.status == "answered", answer.text
    assert said in answer.text and unsaid not in answer.text, answer.text


def test_an_indicator_asked_stays_the_indicator(forms: Engine) -> None:
    answer = converse(forms, "茶产业项目低产茶园改造面积多少")
    assert answer.status == "answered" and "0.8万亩" in answer.text and "240" not in answer.text, answer.text


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (["茶产业项目县级配套资金", "三年合计多少"], "1050", "1560"),
    (["生态渔业项目省级渔业专项资金2027年多少", "三年合计是多少"], "150", "300"),
])
def test_the_years_together_of_a_source_line(forms: Engine, turns, said: str, unsaid: str) -> None:
    """"三年合计多少" after a 资金来源 line: that line's 合计 column, never the table's (or the department's) total."""
    answer = converse(forms, *turns)
    assert answer.status == "answered", answer.text
    assert said in answer.text and unsaid not in answer.text, answer.text


@pytest.mark.parametrize("question", ["两张项目申报表的项目负责人分别是谁", "项目申报表的项目负责人分别是谁"])
def test_a_field_of_each_application(forms: Engine, question: str) -> None:
    """A field asked of each of the tables of a kind ("分别"): each department's own, named — not which one."""
    answer = converse(forms, question)
    assert answer.status == "answered", answer.text
    assert "王国顺" in answer.text and "赵明远" in answer.text, answer.text


def test_a_year_the_form_prints_in_its_text(tmp_path: Path) -> None:
    """A 2020 申报表 states its earlier years' budgets in a text cell (2018年预算金额3610万元): "2018年呢" after its
    total is that line — not "no 2018 data", nor the 2020 figure."""
    engine = engine_over(tmp_path / "kb.sqlite", sorted((DATA / "samples").glob("*.xlsx")))  # (other years beside it)
    answer = converse(engine, "东湖人社项目总预算", "2018年呢")
    assert answer.status == "answered" and "3610" in answer.text and "6730" not in answer.text, answer.text


@pytest.fixture(scope="module")
def several(tmp_path_factory) -> Engine:
    """A workbook of several applications (a sheet per project), each with 2026年 | 2027年 | 2028年 | 三年合计."""
    folder = tmp_path_factory.mktemp("several")
    book = DATA / "general44" / "临湘市林业局2026年项目申报表.xlsx"
    shutil.copy(book, folder / book.name)
    return engine_over(folder / "kb.sqlite", [folder / book.name])


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (["黄盖湖湿地项目财政拨款", "三年合计多少"], "370", "95.8"),
    (["国家储备林2027年多少", "三年一共多少"], "1900", "510"),
])
def test_the_years_together_of_the_project_talked_about(several: Engine, turns, said: str, unsaid: str) -> None:
    """"三年合计多少" after a project of a workbook of several applications: that project's line (the source asked
    before) in its 三年合计 column — never another project's, nor the department's total."""
    answer = converse(several, *turns)
    assert answer.status == "answered", answer.text
    assert said in answer.text and unsaid not in answer.text, answer.text


def test_the_years_together_of_a_blank_source(several: Engine) -> None:
    answer = converse(several, "古树名木保护项目其他资金", "三年合计多少")
    assert answer.status == "unknown" and "95.8" not in answer.text and "三年合计" in answer.text, answer.text


def test_a_whole_budget_the_form_does_not_print(several: Engine) -> None:
    """项目总预算 asked of a form printing none: said so, with its 三年合计 and its year's budget, each named — never
    the year's budget given as the whole."""
    answer = converse(several, "国家储备林项目总预算")
    assert answer.status == "answered", answer.text
    assert "没有单列项目总预算" in answer.text and "三年合计 1900.00万元" in answer.text, answer.text
    assert "2026年（当年）预算 560.00万元" in answer.text and "总计" not in answer.text, answer.text
