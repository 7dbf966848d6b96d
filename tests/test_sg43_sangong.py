"""A city's 三公经费预算表 of its departments (rows) over two years, each split into 合计 / 出国 / 公车 / 接待,
loaded beside one of those departments' own tables: a question saying the table's quoted subject ("三公") of
that department asks its row of the city's table, not its own tables (which hold no 三公)."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

_PARTS = ["合计", "因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"]
_ROWS = [
    ("合计", [110.2, 16, 30, 46.9, 17.3, 103.9, 22, 20.5, 45.7, 15.7]),
    ("青溪市水务局", [12.6, 0, 0, 10.2, 2.4, 31.3, 0, 20.5, 9.1, 1.7]),
    ("青溪市林业局", [40.2, 0, 30, 8.7, 1.5, 9.9, 0, 0, 8.6, 1.3]),
    ("青溪市商务局", [35.6, 6, 0, 22.5, 7.1, 38.5, 9, 0, 22.9, 6.6]),
    ("青溪市医疗保障局", [3.1, 0, 0, 2.4, 0.7, 2.8, 0, 0, 2.2, 0.6]),
    ("青溪市投资促进和外事局", [18.7, 10, 0, 3.1, 5.6, 21.4, 13, 0, 2.9, 5.5]),
]


def _sangong(path: Path) -> None:
    """Laid out as the city prints it: title, unit, a row of years over a row of the five parts, then 合计."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "三公经费预算"
    ws["A1"] = "青溪市2026年市级部门财政拨款“三公”经费预算表"
    ws["A2"] = "单位：万元"
    ws.append(["序号", "部门名称", "2025年预算数", None, None, None, None, "2026年预算数", None, None, None, None])
    ws.append([None, None, *_PARTS, *_PARTS])
    for n, (name, figures) in enumerate(_ROWS):
        ws.append([n or None, name, *figures] if n else [name, None, *figures])
    ws.merge_cells("C3:G3")
    ws.merge_cells("H3:L3")
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("sg43_sangong")
    _sangong(d / "青溪市2026年部门三公经费预算表.xlsx")
    # The 水务局's own table: its projects, no 三公 in it.
    simple_table(d / "qingxi_water.xlsx", "项目支出", "青溪市水务局2026年项目支出预算表", "C2", "单位：万元",
                 ["项目名称", "合计", "财政拨款"], [["河道巡查经费", 64.8, 64.8], ["小型水库维护经费", 120.5, 120.5]])
    return engine_over(d / "kb.sqlite", [d])


@pytest.mark.parametrize("question, figure, wrong", [
    ("水务局三公经费", "31.3", "103.9"),  # the row's 合计 of the table's year, not the city's total
    ("青溪水务局2026年三公经费多少", "31.3", "103.9"),  # said with its place: the row, not every 青溪 department
    ("水务局2025年三公经费", "12.6", "31.3"),
])
def test_a_loaded_department_asked_its_row_of_the_city_sangong_table(engine: Engine, question: str, figure: str,
                                                                      wrong: str) -> None:
    a = engine.ask(question)
    assert a.status == "answered" and figure in a.text and wrong not in a.text, a.text


def test_a_part_of_the_row_after_its_sangong(engine: Engine) -> None:
    a = converse(engine, "水务局2026年三公经费", "其中公务用车购置费")
    assert a.status == "answered" and "20.5" in a.text, a.text


@pytest.mark.parametrize("question, figure, wrong", [
    ("医保局三公经费", "2.8", "103.9"),  # 医保 of 医保局 is the bureau's short name, not 医疗保险
    ("投促局2026年因公出国费", "13", "9"),  # 投资促进和外事局 said as staff say it
])
def test_a_row_said_by_its_short_name(engine: Engine, question: str, figure: str, wrong: str) -> None:
    a = engine.ask(question)
    assert a.status == "answered" and figure in a.text and f"：{wrong}万元" not in a.text, a.text


def test_a_follow_up_to_another_row_by_its_short_name(engine: Engine) -> None:
    a = converse(engine, "商务局出国费今年多少", "投促局呢")
    assert a.status == "answered" and "13" in a.text, a.text


def test_the_department_own_table_is_still_read_without_the_subject(engine: Engine) -> None:
    a = engine.ask("水务局河道巡查经费多少")
    assert a.status == "answered" and "64.8" in a.text, a.text


@pytest.mark.parametrize("question, figure", [
    ("林业局三公2026比2025少多少", "30.3"),  # the row's 合计 of each year, its subject said with no column
    ("水务局今年三公增加了多少", "18.7"),  # 今年 … 增加了多少: this year's over the year before's
    ("商务局今年三公增加了多少", "2.9"),
])
def test_a_row_change_between_the_years(engine: Engine, question: str, figure: str) -> None:
    a = engine.ask(question)
    assert a.status == "answered" and re.search(r"(?<![\d.])" + re.escape(figure) + "万元", a.text), a.text


@pytest.mark.parametrize("question", ["三公经费表里有几个部门", "三公表里有多少个部门"])
def test_the_departments_of_the_table_counted(engine: Engine, question: str) -> None:
    # "几个部门" asks over the table's rows: no organisation named that is not loaded
    a = engine.ask(question)
    assert a.status == "answered" and "5 个" in a.text, a.text
