"""Round 63 fixes over tests/data/fixd63 (fictional 东岚县 and 西岭县, no project table of theirs):
- a merged header's columns are added only when they are parts of a whole: 通用设备 › 账面原值 / 累计折旧 / 账面净值
  (净值 = 原值 − 折旧 on every line) are listed for a bare "多少", while 社会保障缴费's two kinds are still added;
- "全县 + a run of the title" is one county's whole only when that county's table of the kind is the one loaded:
  with two counties' 工资福利 tables it asks which;
- "第二个单位的项目经费合计" after a units list, when no project table holds that unit, says its projects are not
  held — never the line's 合计 of the wage table the list came from."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

DATA = Path(__file__).resolve().parent / "data" / "fixd63"
WAGES = [DATA / "东岚县2026年部门工资福利支出预算明细表.xlsx", DATA / "西岭县2026年部门工资福利支出预算明细表.xlsx"]
PROJECTS = Path(__file__).resolve().parent / "data" / "samples" / "wuhan_donghu_rsj_2020_project_application.xlsx"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("fixd63") / "kb.sqlite", [DATA])


@pytest.fixture(scope="module")
def one_county(tmp_path_factory) -> Engine:
    """东岚县's wage table alone, beside another place's project table (projects are loaded, none of 东岚县's)."""
    return engine_over(tmp_path_factory.mktemp("fixd63one") / "kb.sqlite", [WAGES[0], PROJECTS])


def test_views_of_one_thing_are_listed_never_added(engine: Engine) -> None:
    a = converse(engine, "东岚县教育局通用设备多少")
    assert a.status == "answered", a.text
    assert "+" not in a.text and "账面原值" in a.text and "账面净值" in a.text, a.text
    assert "4722" not in a.text and "1041.2" not in a.text, a.text  # (小计's or 本级's three figures added)


@pytest.mark.parametrize("question", ["东岚县教育局小计的社会保障缴费一共多少", "东岚县教育局小计的社会保障缴费多少"])
def test_parts_of_a_whole_are_still_added(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert "178.3" in a.text and "118.5" in a.text and "59.8" in a.text, a.text


def test_place_whole_of_two_counties_tables_asks_which(engine: Engine) -> None:
    a = converse(engine, "全县工资福利合计多少")
    assert a.status == "clarify", a.text
    assert "东岚县" in a.text and "西岭县" in a.text and "1038.7" not in a.text, a.text


def test_place_whole_of_the_one_county_is_its_whole(one_county: Engine) -> None:
    a = converse(one_county, "全县工资福利合计多少")
    assert a.status == "answered" and "1038.7" in a.text, a.text


def test_listed_unit_with_no_project_table_is_said_not_held(one_county: Engine) -> None:
    a = converse(one_county, "东岚县交通运输局有哪些单位", "第二个单位的项目经费合计")
    assert a.status == "unknown", a.text
    assert "东岚县道路养护站" in a.text and "项目" in a.text and "目经费" not in a.text.replace("项目经费", ""), a.text
    assert "合计：" not in a.text and "200.7" not in a.text, a.text
