"""A year said right before a department's name ("26年农业农村局…") narrows the tables to that year: it is no part
of the name (never "知识库里没有“2026年农业农村局”的数据"); an organisation not loaded is named without the year;
one department's two years compared ("X局2025年决算和2026年预算差多少") still sets the two years against each other."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "general66"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("years42")
    tables = sorted(p for p in DATA.iterdir() if p.suffix in (".xlsx", ".txt") and "年" in p.name)
    return engine_over(folder / "kb.sqlite", [ROOT / "knowledge", *tables])


@pytest.mark.parametrize("turns, shown, not_shown", [
    (("26年农业农村局三百万以上的项目有哪些",), ["高标准农田建设项目", "农业产业化龙头企业扶持资金"], ["病虫害"]),
    (("2026年农业农村局哪个项目最多", "第二呢"), ["美丽乡村建设以奖代补资金", "620"], []),
])
def test_a_year_before_the_departments_name_narrows_the_tables(engine, turns, shown, not_shown):
    a = converse(engine, *turns)
    assert a.status == "answered" and all(x in a.text for x in shown) and not any(x in a.text for x in not_shown), a.text


def test_an_organisation_not_loaded_is_named_without_the_year(engine):
    a = converse(engine, "2026年气象局有哪些项目")
    assert a.status == "unknown" and "“气象局”" in a.text and "2026年气象局" not in a.text, a.text


def test_one_departments_two_years_compared_still_sets_the_years_against_each_other(tmp_path_factory):
    import test_dept61_department_tables as county  # (its county table and department form, built again here)

    folder = tmp_path_factory.mktemp("years42_county")
    county._comparison(folder / f"{county.PLACE}_2025年_部门预算与决算对比表.xlsx")
    county._department_form(folder, f"{county.PLACE}水务局", 1300.0, 950.0)
    engine = engine_over(tmp_path_factory.mktemp("years42_county_db") / "kb.sqlite", [folder])
    for q in ("水务局2025年决算和2026年预算差多少", "2025年水务局决算和2026年预算差多少"):
        a = converse(engine, q)
        assert a.status == "answered" and "50" in a.text and "2250" in a.text and "2200" in a.text, (q, a.text)


def test_a_year_said_relative_to_now_before_a_name_is_not_read_as_a_year_held(tmp_path_factory):
    """"枫岭市监局的编制总数 → 去年的呢": no table says which year is 去年 — never a note of the 2025 table that
    mentions 2024 (核定编制数以区委编办2024年批复为准) answered as last year's figure."""
    staffing = ROOT / "tests" / "data" / "general7" / "general7_2_staffing_stats.xlsx"
    engine = engine_over(tmp_path_factory.mktemp("years42_rel") / "kb.sqlite", [ROOT / "knowledge", staffing])
    a = converse(engine, "枫岭市监局的编制总数", "去年的呢")
    assert a.status == "unknown" and "批复为准" not in a.text, a.text
