"""A county's table of its departments' “三公” budgets (青岚县, fictional) beside one loaded bureau of that county
(青岚县市场监督管理局, whose 采购意向 table lists units of its own): the county said short (青岚) before which of
its departments is asked is the county's table, never the bureau's units ranked; a change ranked with which
department asked after it is the printed 增减额; a column said with the start of its group header (公务用车购置费)
is that group's; a rate of change asked of a row named alone is its printed 增减率. Then a table of departments
over their units (临江县's 执行进度表, tests/data/dept62): "全县部门合计" is its 合计 row, and a department's 小计
figure just shown → "下面两个单位分别多少" is each unit's figure of that column.
Figures worked out by hand from tests/data/dept63/make_docs.py and tests/data/dept62/make_progress.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent
MAKER = ROOT / "data" / "dept63" / "make_docs.py"
PROGRESS = ROOT / "data" / "dept62" / "临江县_2026年1-9月_部门预算执行进度表.xlsx"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("dept63")
    spec = importlib.util.spec_from_file_location("dept63_docs", MAKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return engine_over(folder / "kb.sqlite", [*module.build(folder), PROGRESS])


@pytest.mark.parametrize("question, shown, never", [
    # which department: the county's rows, by the printed change (增减额 26-8 = 18; 公安局 255.5-286 = -30.5)
    ("青岚三公经费增加额最大的是哪个部门", "县司法局", ["质量技术监督检测中心", "-30.5"]),
    ("青岚三公经费减少最多的部门", "县公安局", ["质量技术监督检测中心", "县司法局"]),
    ("县司法局三公经费增长了百分之多少", "225.00%", ["26 - 8"]),     # the printed 增减率, not worked out
])
def test_the_countys_rows(engine, question, shown, never):
    a = converse(engine, question)
    assert a.status == "answered", a.text
    first = a.text.splitlines()[0]
    assert shown in first, a.text
    assert not any(x in a.text for x in never), a.text


def test_rows_having_a_column_of_a_group(engine):
    # 购置费 under 公务用车购置及运行费, non-zero in 2026 only for 县公安局 (60) and 县司法局 (18)
    a = converse(engine, "2026年青岚哪些部门安排了公务用车购置费")
    assert a.status == "answered", a.text
    assert "县公安局" in a.text and "县司法局" in a.text, a.text
    assert "县委办公室" not in a.text and "县商务局" not in a.text, a.text


def test_the_bureaus_units_never_ranked_for_the_county(engine):
    a = converse(engine, "青岚哪个部门三公经费最多")
    assert "质量技术监督检测中心" not in a.text, a.text


def test_the_departments_total_of_the_whole_county(engine):
    # 合计: 14810 / 19450 = 76.14%; "全县部门" names the county's departments, no organisation
    a = converse(engine, "全县部门合计执行率")
    assert a.status == "answered", a.text
    assert "76.14%" in a.text.splitlines()[0], a.text


def test_each_unit_of_the_department_just_shown(engine):
    # 水利局小计 2460 / 3550 = 69.30%; its units 本级 1700 / 2600 = 65.38%, 河道管理站 760 / 950 = 80.00%
    a = converse(engine, "水利局执行率")
    assert "69.30%" in a.text, a.text
    a = converse(engine, "水利局执行率", "下面两个单位分别多少")
    assert a.status == "answered", a.text
    assert "65.38%" in a.text and "80.00%" in a.text and "69.30%" not in a.text, a.text
    a = converse(engine, "水利局执行率", "下面三个单位分别多少")   # (it has two: never read as them)
    assert "65.38%" not in a.text or a.status != "answered", a.text
