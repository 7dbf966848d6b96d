"""A department's 三公经费 table of several years whose rows are blocks per unit: a 合计 block, then each unit's
block (its 小计 line, then 因公出国（境）费 / 公务接待费 / 公务用车购置及运行费 and its parts 其中：公务用车购置费 /
公务用车运行费), the years as columns (2025年执行数 / 2026年预算数). The unit's name here is printed on every line
of its block (not merged down it), so the reading does not hang on one file's layout. The table's subject said
(三公经费) of a unit is its 小计 line; of the department alone, the 合计 line; a year alone names that year's column;
"其中X" after a line is the part printed under it whose name ends with X."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import Engine

_ITEMS = ["因公出国（境）费", "公务接待费", "公务用车购置及运行费", "其中：公务用车购置费", "公务用车运行费"]
# (unit, [2025年执行数, 2026年预算数] of 小计 then each item)
_BLOCKS = [
    ("合计", [(40.5, 36.9), (6, 5), (8.5, 7.9), (26, 24), (12, 10), (14, 14)]),
    ("青溪市南山林场", [(21.3, 22.6), (6, 5), (4.3, 3.9), (11, 13.7), (0, 5), (11, 8.7)]),
    ("青溪市森林防火中心", [(15.2, 10.4), (0, 0), (2.2, 2.1), (13, 8.3), (12, 5), (1, 3.3)]),
    ("青溪市林木种苗管理站", [(4, 3.9), (0, 0), (2, 1.9), (2, 2), (0, 0), (2, 2)]),
    ("青溪市北山林场", [(3.1, 2.8), (0, 0), (1.1, 0.8), (2, 2), (0, 0), (2, 2)]),
]


def _blocks(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "三公经费"
    ws["A1"] = "青溪市林业局2026年部门“三公”经费预算表"
    ws["D2"] = "单位：万元"
    ws.append(["单位名称", "项目", "2025年执行数", "2026年预算数"])
    for unit, figures in _BLOCKS:
        for item, (before, now) in zip(["小计" if unit != "合计" else "合计", *_ITEMS], figures, strict=True):
            ws.append([unit, item, before, now])
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("years42_unit_blocks")
    _blocks(d / "青溪市林业局_2025-2026年_三公经费预算表.xlsx")
    return engine_over(d / "kb.sqlite", [d])


@pytest.mark.parametrize("question, figure, wrong", [
    ("森林防火中心2026年三公经费", "10.4", "36.9"),  # the unit's 小计 line, not the table's 合计
    ("森林防火中心2025年三公经费", "15.2", "10.4"),
    ("林木种苗站三公经费2026年预算", "3.9", "36.9"),
    ("林业局2026年三公经费", "36.9", "22.6"),  # the department alone: the 合计 line of the year said
    ("林业局2025年三公经费", "40.5", "36.9"),
])
def test_the_subject_of_a_unit_is_its_block_total(engine: Engine, question: str, figure: str, wrong: str) -> None:
    a = engine.ask(question)
    assert a.status == "answered" and f"{figure}万元" in a.text and f"{wrong}万元" not in a.text, a.text


def test_another_unit_after_a_units_subject(engine: Engine) -> None:
    a = converse(engine, "森林防火中心2026年三公经费", "林木种苗站的呢")
    assert a.status == "answered" and "3.9万元" in a.text and "10.4万元" not in a.text, a.text


def test_the_other_year_after_the_departments_subject(engine: Engine) -> None:
    a = converse(engine, "林业局2026年三公经费", "2025年的呢")
    assert a.status == "answered" and "40.5万元" in a.text and "36.9万元" not in a.text, a.text


@pytest.mark.parametrize("turns, figure, wrong", [
    (("林业局2026年公务用车购置及运行费", "其中购置费"), "10万元", "24万元"),
    (("林业局2026年公务用车购置及运行费", "其中运行费"), "14万元", "24万元"),
    (("森林防火中心2025年公务用车购置及运行费", "其中运行费"), "1万元", "13万元"),
])
def test_a_part_printed_under_the_line_shown(engine: Engine, turns: tuple[str, str], figure: str, wrong: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and figure in a.text and wrong not in a.text, a.text


def test_a_part_the_line_does_not_print(engine: Engine) -> None:
    """"其中差旅费" after a line whose parts are 购置 and 运行: no such part, never the line's own figure."""
    a = converse(engine, "林业局2026年公务用车购置及运行费", "其中差旅费")
    assert "24万元" not in a.text or a.status != "answered", a.text


@pytest.mark.parametrize("question, said", [
    ("林业局公务接待费2026年比2025年执行数多多少", "0.6"),  # 执行数 said after 2025年: that year's column only
    ("林业局2026年公务接待费比2025年执行多多少", "0.6"),
])
def test_a_column_word_said_after_one_of_two_years(engine: Engine, question: str, said: str) -> None:
    a = engine.ask(question)
    assert a.status == "answered" and "7.9" in a.text and "8.5" in a.text and said in a.text, a.text


def test_a_managing_office_said_without_its_managing_word(engine: Engine) -> None:
    """The unit printed 青溪市林木种苗管理站 is said 林木种苗站: without the 管理 before its kind."""
    from bot.answer.facts.index import index_for

    forms = index_for(engine.kb).key_forms.get("青溪市林木种苗管理站", ())
    assert "林木种苗站" in forms and "青溪林木种苗站" in forms, forms
    a = engine.ask("林木种苗站2026年三公经费")
    assert a.status == "answered" and "3.9万元" in a.text, a.text


def test_a_part_shown_with_its_mark_is_a_figure_to_combine() -> None:
    """A part printed "其中：公务用车购置费" shown as a figure is kept as one (its mark is no label's end), so "两个加起来"
    after it and another answer adds the two."""
    from bot.dialogue import figures
    from bot.dialogue.values import Answer

    shown = Answer("嵊州水利局2026年公务用车购置费呢", "answered",
                   "其中：公务用车购置费 2026年预算数：18万元（来源：某表.xlsx 第9行）")
    figure = figures.figure_of(shown, [])
    assert figure is not None and figure["value"] == 18 and figure["label"] == "公务用车购置费 2026年预算数", figure


def _unit_rows(tmp_path: Path, lines: list[list]) -> set[tuple[str, ...]]:
    from bot.ingest.grid import read_general

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "青溪市林业局2026年部门表"
    ws["C2"] = "单位：万元"
    ws.append(["单位名称", "项目", "金额"])
    for line in lines:
        ws.append(line)
    path = tmp_path / "t.xlsx"
    wb.save(path)
    return {f.row for f in read_general(str(path), openpyxl.load_workbook(path)).facts}


def test_a_unit_repeated_over_its_block_with_a_subtotal_is_a_row_label(tmp_path: Path) -> None:
    rows = _unit_rows(tmp_path, [["甲中心", "小计", 5], ["甲中心", "接待费", 2], ["甲中心", "出国费", 3],
                                 ["乙站", "小计", 4], ["乙站", "接待费", 1], ["乙站", "出国费", 3]])
    assert ("乙站", "接待费") in rows, rows


def test_a_unit_repeated_beside_items_without_a_subtotal_stays_a_column(tmp_path: Path) -> None:
    """(a unit beside the assets it buys, 办公电脑 bought by several: the items are a column of the unit's lines)"""
    rows = _unit_rows(tmp_path, [["甲中心", "办公电脑", 5], ["甲中心", "空调", 2], ["甲中心", "复印机", 3],
                                 ["乙站", "办公电脑", 4], ["乙站", "空调", 1], ["乙站", "打印机", 3]])
    assert ("乙站", "空调") not in rows, rows
