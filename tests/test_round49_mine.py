"""Round 49: a figure the table prints with thousands separators is quoted plain and as printed (what a search in
the PDF finds); a content lookup followed by a bare "多少" is answered by the lookup, whose answer shows the amount.
On a fictional 青禾县 final-accounts sheet and a seed-layout 目标表 of 青禾县市场监督管理局."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

_ACCOUNTS = [
    ["青禾县财政局2025年部门收入支出决算总表"],
    ["单位：万元"],
    ["项目", "决算数"],
    ["本年收入合计", "3,417.60"],
    ["本年支出合计", "3,390.05"],
    ["年末结转和结余", "27.55"],
]
_MARKS = [("11", "检测批次", "≥500批次", "≥500批次"), ("31", "群众满意度", "≥90%", "≥90%")]
_PROJECTS = render("青禾县市场监督管理局", "210.00 210.00", [
    Unit("青禾县市场监督管理局", "210.00 210.00", [
        Item("检测仪器购置经费", "130.00 130.00", "购置气相色谱仪、原子吸收光谱仪等检测仪器，提升检测能力。", _MARKS),
        Item("市场秩序执法经费", "80.00 80.00", "开展市场秩序专项整治，查处违法案件。", _MARKS)]),
])


@pytest.fixture(scope="module")
def qinghe(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("mine49")
    book = write_workbook(folder / "青禾县财政局_2025年度_部门收入支出决算总表.xlsx", _ACCOUNTS)
    text = folder / "青禾县市场监督管理局2026年项目支出绩效目标表.txt"
    text.write_text(_PROJECTS, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [book, text])


def test_a_figure_printed_with_separators_is_quoted_plain_and_as_printed(qinghe: Engine) -> None:
    answer = converse(qinghe, "青禾县财政局本年收入合计多少")
    assert answer.status == ANSWERED, answer.text
    assert "3417.6" in answer.text and "3,417.60" in answer.text, answer.text


def test_a_figure_printed_plain_is_quoted_once(qinghe: Engine) -> None:
    answer = converse(qinghe, "青禾县财政局年末结转和结余多少")
    assert answer.status == ANSWERED, answer.text
    assert "27.55" in answer.text and "表中为" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["买光谱仪的钱在哪个项目 多少", "光谱仪在哪个项目里 多少钱"])
def test_a_lookup_then_a_bare_how_much_is_the_lookup_with_its_amount(qinghe: Engine, question: str) -> None:
    answer = converse(qinghe, question)
    assert answer.status == ANSWERED, answer.text
    assert "检测仪器购置经费" in answer.text and "130" in answer.text, answer.text
    assert "市场秩序执法经费" not in answer.text, answer.text
