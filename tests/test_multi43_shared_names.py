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
