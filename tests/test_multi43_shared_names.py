"""Several departments loaded whose projects share an indicator name (blind_43: the seed 信访局 and a
水利局 text table both have 编外人员工资支付及时性 under differently named projects). The question names no
department: ask which PROJECT, each named with its department (a department holding two of them is
no answer yet), never one department's row as if it were the only one.

The second department is fictional: the seed's own text table with another department's name and its
projects renamed by a unit prefix, so every indicator name is shared with a project of another name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.engine import Engine, Session

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = ROOT / "knowledge" / "000_9289cd5134f499bc.txt"
OTHER = "青石县档案局"
PREFIX = "档案馆"


def _other_department(folder: Path) -> Path:
    """The seed's table as 青石县档案局's: its project lines (indented "name amount amount") prefixed."""
    text = SEED_TEXT.read_text(encoding="utf-8").replace("广州市白云区信访局", OTHER).replace("区信访局", "县档案局")
    text = re.sub(r"(?m)^(\s{4})(\S+经费 [\d.]+)", rf"\g<1>{PREFIX}\g<2>", text)
    path = folder / "青石县档案局项目支出绩效目标表.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    folder = tmp_path_factory.mktemp("multi43_docs")
    other = _other_department(folder)
    db = built_copy([ROOT / "knowledge", other], tmp_path_factory.mktemp("multi43") / "kb.sqlite")
    return Engine(db, ROOT / "knowledge" / "vocabulary.toml")


def test_a_shared_indicator_asks_which_project_with_its_department(engine):
    session = Session()
    answer = engine.ask("编外人员工资支付及时性指标值", session)
    assert answer.status == "clarify", answer.text
    assert "政府雇员工资经费（广州市白云区信访局）" in answer.text, answer.text
    assert f"{PREFIX}政府雇员工资经费（{OTHER}）" in answer.text, answer.text
    picked = engine.ask(str(answer.options.index(f"{PREFIX}政府雇员工资经费（{OTHER}）") + 1), session)
    assert picked.status == "answered" and f"{PREFIX}政府雇员工资经费" in picked.text, picked.text
    assert "编外人员工资支付及时性" in picked.text, picked.text


def test_a_department_said_still_answers_its_own(engine):
    answer = engine.ask(f"{OTHER}编外人员工资支付及时性指标值", Session())
    assert answer.status == "answered", answer.text
    assert f"{PREFIX}政府雇员工资经费" in answer.text and "广州市白云区信访局" not in answer.text, answer.text


# A fictional department with a funding unit whose project is the seed's under the unit's name
# (档案馆政府雇员工资经费 of 青石县档案馆, a unit of 青石县档案局): a follow-up naming the unit asks that project.
UNIT_DOCS = ROOT / "tests" / "data" / "multi43"


def _project_amounts(path: Path) -> dict[str, float]:
    """The text table's project lines (indented name, then the total), as the table prints them."""
    return {m.group(1): float(m.group(2)) for line in path.read_text(encoding="utf-8").splitlines()
            if (m := re.match(r"^\s{4}(\S+) ([\d.]+)", line))}


@pytest.fixture(scope="module")
def unit_engine(tmp_path_factory, built_copy) -> Engine:
    db = built_copy([ROOT / "knowledge", UNIT_DOCS], tmp_path_factory.mktemp("multi43_units") / "kb.sqlite")
    return Engine(db, ROOT / "knowledge" / "vocabulary.toml")


def test_a_unit_of_another_department_asks_the_namesake_project(unit_engine):
    theirs = _project_amounts(next(UNIT_DOCS.glob("*.txt")))
    seed = _project_amounts(SEED_TEXT)
    namesake = next(n for n in theirs if n.endswith("政府雇员工资经费"))
    unit_total = sum(v for n, v in theirs.items() if n != "档案征集保管经费")
    session = Session()
    first = unit_engine.ask("信访局雇员工资经费", session)
    assert first.status == "answered" and f"{seed['政府雇员工资经费']:.2f}" in first.text, first.text
    then = unit_engine.ask("那档案馆的呢", session)
    assert then.status == "answered", then.text
    assert namesake in then.text and f"{theirs[namesake]:.2f}" in then.text, then.text
    assert f"{unit_total:.2f}" not in then.text and f"{seed['政府雇员工资经费']:.2f}" not in then.text, then.text


def test_the_unit_alone_is_still_its_subtotal(unit_engine):
    theirs = _project_amounts(next(UNIT_DOCS.glob("*.txt")))
    unit_total = sum(v for n, v in theirs.items() if n != "档案征集保管经费")
    answer = unit_engine.ask("档案馆一共多少钱", Session())
    assert answer.status == "answered" and f"{unit_total:.2f}" in answer.text, answer.text


def _indicator_count(path: Path) -> int:
    """The text table's indicators: each "N、<level1>,<level2>,<name>；" entry of its indicator cells."""
    text = "".join(path.read_text(encoding="utf-8").split())
    return len(re.findall(r"\d+、\d-[^,]+,\d+-[^,]+,", text))


def test_another_department_counts_the_same_thing(unit_engine):
    counted = _indicator_count(next(UNIT_DOCS.glob("*.txt")))
    projects = len(_project_amounts(next(UNIT_DOCS.glob("*.txt"))))
    assert counted != projects
    session = Session()
    first = unit_engine.ask("信访局一共几个指标", session)
    assert first.status == "answered" and f"{_indicator_count(SEED_TEXT)} 个" in first.text, first.text
    then = unit_engine.ask("档案局呢", session)
    assert then.status == "answered" and f"{counted} 个" in then.text, then.text
    again = unit_engine.ask("信访局有几个项目", session)
    assert again.status == "answered" and "个项目" in again.text, again.text
    assert f"{projects} 个项目" in unit_engine.ask("档案局呢", session).text  # projects counted stay projects



def _with_own_namesake(folder: Path) -> Path:
    """The unit table with a 政府雇员工资经费 of the bureau's own beside its 档案征集保管经费 (本级 of two projects,
    one of which the unit's 档案馆政府雇员工资经费 ends like)."""
    text = next(UNIT_DOCS.glob("*.txt")).read_text(encoding="utf-8")
    own = ("    政府雇员工资经费 20.00 20.00\n\n保障政府雇员工资按时足额发放。\n\n"
           "1、1-产出指标,11-数量指标,保障政府雇员人数；实施周期指标值:4人\n,年度指标值:4人;\n\n")
    text = text.replace("合计 100.00 100.00", "合计 120.00 120.00").replace("青石县档案局 40.00 40.00",
                                                                         "青石县档案局 60.00 60.00")
    text = text.replace("青石县档案馆 60.00 60.00", own + "青石县档案馆 60.00 60.00")
    path = folder / "青石县档案局项目支出绩效目标表.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_after_a_total_of_several_projects_the_unit_said_is_its_subtotal(tmp_path_factory, built_copy):
    """"本级合计多少" → "救援大队呢" (blind_32 ac-005): the turn before answered several projects, not one, so the
    unit said asks its own subtotal, never its project whose name ends like one of those."""
    path = _with_own_namesake(tmp_path_factory.mktemp("multi43_own"))
    engine = Engine(built_copy([path], tmp_path_factory.mktemp("multi43_own_kb") / "kb.sqlite"),
                    ROOT / "knowledge" / "vocabulary.toml")
    session = Session()
    first = engine.ask("档案局本级合计多少", session)
    assert first.status == "answered" and "60.00" in first.text, first.text
    then = engine.ask("档案馆呢", session)
    assert then.status == "answered" and "60.00" in then.text and "25.00" not in then.text, then.text
