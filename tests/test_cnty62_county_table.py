"""A county's table of its departments' “三公” budgets (青岚县, fictional): the title names the county, whose
table it is (never "部分部" of its 2024年决算 sheet's "部分部门…" title); rows printed in the county's short
form (县公安局) answer the full names people say; the columns asked (合计, 公务接待费, 运行费, 增减率), the
other sheet's year, rankings over the rows; a department or a year the table does not hold stays unknown.
Figures worked out by hand from tests/data/cnty62/make_docs.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent
MAKER = ROOT / "data" / "cnty62" / "make_docs.py"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cnty62")
    spec = importlib.util.spec_from_file_location("cnty62_docs", MAKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(folder / "青岚县2026年县级部门三公经费预算汇总表.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "青岚县2026年县级部门三公经费预算汇总表.xlsx"])


def test_the_table_is_the_countys(engine):
    doc = next(d for d in engine.kb.documents.values() if "三公" in d["file_name"])
    assert doc["department_name"] == "青岚县"


@pytest.mark.parametrize("question, shown, never", [
    ("青岚县公安局2026年三公经费多少", "255.5", ["285.5", "282.8"]),      # full name → row 县公安局, 2026 合计
    ("青岚县公安局2026年公务接待费", "5.5", ["6万"]),
    ("青岚县公安局2026年公务用车运行费", "190", ["200万"]),
    ("青岚县2026年三公经费合计", "282.8", ["255.5"]),                     # the county: its 合计 row
    ("县公安局2024年三公经费决算多少", "270.7", ["255.5"]),               # the other sheet's year
    ("县商务局三公经费增减率", "20", ["-10.51"]),                         # the printed 增减率 of the row
    ("青岚哪个部门三公经费最多", "县公安局", ["县委办公室"]),
])
def test_a_row_and_its_columns(engine, question, shown, never):
    a = converse(engine, question)
    assert a.status == "answered", a.text
    first = a.text.splitlines()[0]
    assert shown in first, a.text
    assert not any(x in first for x in never), a.text


@pytest.mark.parametrize("question", [
    "青岚县公安局2027年三公经费",   # a year held nowhere
    "青岚县财政局三公经费多少",     # a department the table does not list
])
def test_unknowns_stay_unknown(engine, question):
    a = converse(engine, question)
    assert a.status != "answered", a.text


@pytest.mark.parametrize("question, shown, never", [
    ("青岚县委办公室2026年公务接待费", "9", ["17.3", "5.5"]),       # place + the row's own short form
    ("县公安局2026年公务用车运行费", "190", ["200万", "250"]),       # group head + leaf column said together
])
def test_rows_said_as_people_say_them(engine, question, shown, never):
    a = converse(engine, question)
    assert a.status == "answered", a.text
    first = a.text.splitlines()[0]
    assert shown in first and "县" in first, a.text
    assert not any(x in first for x in never), a.text


def test_a_loaded_department_is_its_row_of_the_county_table(tmp_path):
    """青岚县商务局 loaded with a table of its own (projects only): its 三公 figure is its row 县商务局 of the
    county's table, never the county's 合计 nor another row."""
    import openpyxl

    spec = importlib.util.spec_from_file_location("cnty62_docs", MAKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(tmp_path / "青岚县2026年县级部门三公经费预算汇总表.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "青岚县商务局2026年项目支出预算表"
    ws["C2"] = "单位：万元"
    for r, row in enumerate([("序号", "项目名称", "金额"), (1, "电商发展专项资金", 80), (2, "外贸稳增长补助", 45)], 3):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(tmp_path / "青岚县商务局2026年项目支出预算表.xlsx")
    eng = engine_over(tmp_path / "kb.sqlite", [tmp_path / "青岚县2026年县级部门三公经费预算汇总表.xlsx",
                                              tmp_path / "青岚县商务局2026年项目支出预算表.xlsx"])
    a = converse(eng, "青岚县商务局2026年公务接待费")
    assert a.status == "answered", a.text
    assert "2.8" in a.text.splitlines()[0] and "282.8" not in a.text, a.text
    # a year its own table does not hold, but its row of the county's table does (2025年预算)
    a = converse(eng, "青岚县商务局2025年因公出国费")
    assert a.status == "answered" and "4" in a.text.splitlines()[0], a.text
    # the county's 合计 column is its 三公 total only when 三公 is said: "2025年预算" is no 三公 figure
    assert converse(eng, "青岚县商务局2025年预算").status != "answered"
    assert "10.8" in converse(eng, "青岚县商务局2026年三公经费").text.splitlines()[0]


@pytest.mark.parametrize("turns, shown, never", [
    (("青岚县公安局2026年公务用车运行费", "2024年决算呢"), "195.5", ["270.7", "190万"]),   # the column shown, that sheet
    (("青岚县公安局2026年三公经费", "2024年决算呢"), "270.7", ["255.5"]),
])
def test_the_other_sheet_asked_after(engine, turns, shown, never):
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    first = a.text.splitlines()[0]
    assert shown in first and not any(x in first for x in never), a.text


def test_the_other_sheet_lacks_the_row(engine):
    # 县商务局 is in no row of the 2024年决算 sheet: not held, never another row's figure
    a = converse(engine, "青岚县商务局2026年三公经费", "2024年决算呢")
    assert a.status != "answered" or "270.7" not in a.text, a.text
