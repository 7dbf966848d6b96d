"""A short form of a unit's name that two rows share (云州市第二中学 and 雾江市第二中学 both said 第二中学; 溪州市实验小学
and 青岚区实验小学 both 实验小学) names neither row: the question asks back or says what is not read, never the first
row's figure. Fictional tables written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over
from openpyxl import Workbook

from bot.engine import Engine

# group -> [(school, students, budget 万元, aid 万元)]
SCHOOLS = [
    ("一、小学", [
        ("溪州市实验小学", 1800, 144.0, 9.0),
        ("青岚区实验小学", 1200, 96.0, 6.0),
        ("溪州市城南小学", 700, 56.0, 3.5),
    ]),
    ("二、中学", [
        ("云州市第二中学", 1500, 150.0, 12.5),
        ("雾江市第二中学", 900, 90.0, 8.75),
        ("溪州市外国语学校", 600, 60.0, 4.0),
    ]),
]


def _build(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "公用经费"
    ws.merge_cells("A1:F1")
    ws["A1"] = "东岭省2026年直属及地市学校公用经费预算表"
    ws["A2"] = "编制单位：东岭省教育厅"
    ws["F2"] = "单位：人、万元"
    ws.append(["序号", "学校名称", "在校学生数（人）", "公用经费预算（万元）", "资助资金（万元）", "合计（万元）"])
    whole = [0.0, 0.0, 0.0, 0.0]
    for head, rows in SCHOOLS:
        ws.append([head])
        ws.merge_cells(f"A{ws.max_row}:F{ws.max_row}")
        sums = [0.0, 0.0, 0.0, 0.0]
        for i, (name, students, budget, aid) in enumerate(rows, 1):
            ws.append([i, name, students, budget, aid, round(budget + aid, 2)])
            for k, v in enumerate((students, budget, aid, budget + aid)):
                sums[k] += v
        ws.append([None, f"{head.split('、')[1]}小计", int(sums[0]), round(sums[1], 2), round(sums[2], 2), round(sums[3], 2)])
        whole = [w + s for w, s in zip(whole, sums, strict=True)]
    ws.append([None, "总计", int(whole[0]), round(whole[1], 2), round(whole[2], 2), round(whole[3], 2)])
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("fixa57")
    path = folder / "东岭省教育厅_2026年_直属及地市学校公用经费预算表.xlsx"
    _build(path)
    return engine_over(folder / "kb.sqlite", [path])


@pytest.mark.parametrize("question, rows, names", [
    ("第二中学合计多少", ["162.5", "98.75"], ["云州市第二中学", "雾江市第二中学"]),
    ("实验小学合计多少", ["153", "102"], ["溪州市实验小学", "青岚区实验小学"]),
    ("实验小学公用经费预算多少", ["144", "96"], ["溪州市实验小学", "青岚区实验小学"]),
])
def test_a_short_form_two_rows_share_answers_neither(engine, question, rows, names):
    a = converse(engine, question)
    assert a.status in ("clarify", "unknown"), (a.status, a.text)
    assert all(x in a.text for x in names) and not any(x in a.text for x in rows), a.text


def test_a_short_form_two_rows_share_is_asked_back(engine):
    a = converse(engine, "第二中学合计多少")
    assert a.status == "clarify" and "云州市第二中学" in a.text and "雾江市第二中学" in a.text, a.text
    a = converse(engine, "第二中学合计多少", "2")
    assert a.status == "answered" and "98.75" in a.text and "162.5" not in a.text, a.text


@pytest.mark.parametrize("question, shown, never", [
    # a short form one row alone yields still reads that row; the full names still read theirs
    ("外国语学校合计多少", ["64"], ["162.5"]),
    ("云州市第二中学合计多少", ["162.5"], ["98.75"]),
    ("青岚区实验小学合计多少", ["102"], ["153"]),
])
def test_a_short_form_of_one_row_or_a_full_name_answers(engine, question, shown, never):
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert all(x in a.text for x in shown) and not any(x in a.text for x in never), a.text



def test_a_name_ending_anothers_longer_words_still_names_its_own_unit() -> None:
    # (人民医院 of 石桥市人民医院: 石桥市第二人民医院 holds those characters as the end of its own longer words, never as
    # its name after a place — the form names its unit; 实验小学 after 青岚区 is that school's name after a place)
    from bot.answer.facts.dept_units import _said_after_a_place

    assert not _said_after_a_place("人民医院", "石桥市第二人民医院")
    assert _said_after_a_place("实验小学", "青岚区实验小学")
    assert _said_after_a_place("实验小学", "实验小学分校")
    assert not _said_after_a_place("中医院", "石桥市人民医院")
