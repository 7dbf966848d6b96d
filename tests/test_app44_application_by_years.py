"""A 项目申报表 whose goal is printed as 项目绩效目标 | 总目标（2026—2028年） / 年度目标（2026年） (no 项目绩效总目标 cell)
and whose funding is a 项目资金来源及分年度预算 block (资金来源 | 2026年 | 2027年 | 2028年 | 三年合计 as a header over
numbered lines 一、财政拨款 / 其中：… / 二、其他资金) is still the application form: its project, its year's funding by
kind, its goal, and every other labelled value (项目代码, 起止年限, each year's and the 三年合计 column's figures, each 明细
line with its 测算依据) kept as facts — never read as a stacked 目标表 that keeps only the lines above its block."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from conftest import DATA, converse, engine_over

from bot.engine import Engine
from bot.ingest.layouts import PROJECT_APPLICATION, detect, read_workbook

_FORM = DATA / "general71" / "温岭市应急管理局_2026年_项目申报表.xlsx"


def test_the_form_is_an_application() -> None:
    assert detect(openpyxl.load_workbook(_FORM)) == PROJECT_APPLICATION
    doc = read_workbook(str(_FORM), _FORM.read_bytes())
    assert doc is not None and doc.layout == PROJECT_APPLICATION
    project = doc.projects[0]
    assert project.amounts.total == 512.46 and project.amounts.fiscal_appropriation == 452.46
    assert project.amounts.other == 60  # (其中 lines are parts of the line above, never added again)
    assert "不死人、少伤人、少损失" in project.goal
    assert len(project.indicators) == 19
    values = {("".join(f.row), "".join(f.col)): f.value for f in doc.facts}
    assert values[("项目代码", "")] == "331081-2026-YJ-0038"
    assert values[("二、其他资金上级补助收入", "分年度预算2027年")] == "36"
    assert values[("合计", "三年合计")] == "1386.54"
    assert values[("9.应急物资仓库租赁及管理", "测算依据")].startswith("仓库租金每年30.6万元")


def test_a_funding_block_with_a_form_label_of_its_own(tmp_path: Path) -> None:
    """The same block with other figures: the year's lines are read from the block, not from the form's words."""
    path = tmp_path / "form.xlsx"
    shutil.copy(_FORM, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    ws["D10"], ws["D11"], ws["D14"] = 300, 280, 20
    wb.save(path)
    doc = read_workbook(str(path), path.read_bytes())
    assert doc is not None
    amounts = doc.projects[0].amounts
    assert (amounts.total, amounts.fiscal_appropriation, amounts.other) == (300, 280, 20)


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("app44")
    shutil.copy(_FORM, folder / _FORM.name)
    return engine_over(folder / "kb.sqlite", [folder / _FORM.name])


@pytest.mark.parametrize(("turns", "said"), [
    (("防汛防台物资储备项目2027年预算",), "468.35"),
    (("防汛防台物资储备项目2026年预算", "2028年呢"), "405.73"),
    (("防汛防台物资储备项目项目代码",), "331081-2026-YJ-0038"),
    (("冲锋舟是怎么测算的",), "冲锋舟6艘×4.5万元"),
])
def test_each_labelled_value_is_answered(form: Engine, turns: tuple[str, ...], said: str) -> None:
    answer = converse(form, *turns)
    assert answer.status == "answered" and said in answer.text, answer.text


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (("防汛防台物资储备项目2028年财政拨款多少",), "375.73", "452.46"),  # (一、财政拨款 under 分年度预算 › 2028年)
    (("防汛防台物资储备项目支出明细一共几项",), "共 10 项", "共 1 个"),
    (("防汛防台应急物资采购多少钱",), "128.64", "512.46"),  # a 明细 line of a workbook of one application
    (("防汛防台物资储备项目明细有哪些",), "应急物资仓库租赁及管理", "512.46"),
])
def test_a_line_of_a_workbook_of_one_application(form: Engine, turns: tuple[str, ...], said: str, unsaid: str) -> None:
    answer = converse(form, *turns)
    assert answer.status == "answered" and said in answer.text and unsaid not in answer.text, answer.text


def test_arithmetic_over_lines_is_never_the_one_line_named(form: Engine) -> None:
    answer = converse(form, "应急仓库租赁及管理多少", "加上应急物资采购呢")
    assert answer.status == "answered" and "36.42" in answer.text and "128.64" in answer.text \
        and "165.06" in answer.text, answer.text


def test_an_indicators_follow_up_is_never_a_line_by_some_of_its_characters(form: Engine) -> None:
    answer = converse(form, "基层应急管理员覆盖镇多少", "每个镇分多少")
    assert "应急物资仓库租赁及管理" not in answer.text and "36.42" not in answer.text, answer.text


def test_a_detail_line_asked_of_one_funding_source(tmp_path: Path) -> None:
    """"中央资金里用于土壤改良的是多少": the 明细 is not split by source — never the line's whole amount."""
    form = DATA / "general48" / "贵州省湄潭县农业农村局2026年茶产业提质增效项目申报表.xlsx"
    shutil.copy(form, tmp_path / form.name)
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path / form.name])
    assert "255" not in converse(engine, "茶产业项目中央资金里用于土壤改良的是多少").text
    whole = converse(engine, "茶园有机肥替代化肥土壤改良多少")
    assert whole.status == "answered" and "255" in whole.text, whole.text


@pytest.mark.parametrize(("question", "said"), [
    ("基层应急能力提升项目2027年安排多少", "468.35"),  # the column of the year under 分年度预算, asked by no word of it
    ("防汛防台物资储备项目2028年安排多少", "405.73"),
])
def test_a_year_the_form_applies_for_is_held_for_its_money(form: Engine, question: str, said: str) -> None:
    answer = converse(form, question)
    assert answer.status == "answered" and said in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "2027年防汛防台应急物资采购多少",  # a 明细 line is of the form's own year
    "防汛防台物资储备项目2027年冲锋舟采购数量",  # so is an indicator
    "防汛防台物资储备项目2027年有哪些指标",
    "防汛防台物资储备项目2027年执行单位",
])
def test_a_year_column_holds_no_other_line_of_the_form(form: Engine, question: str) -> None:
    answer = converse(form, question)
    assert answer.status != "answered", answer.text
