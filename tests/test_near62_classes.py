"""Round 37 classes from blind_61's leftovers, asked through Engine.ask: projects of one name in two units of one
department offered apart by unit; the bot's own name (知识库里…) is where to look, never part of a name."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED, converse, engine_over

from bot.engine import Engine

T1 = Path(__file__).parent / "data" / "general61" / "长兴县市场监督管理局2026年项目支出绩效目标表.txt"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    """The seed beside a bureau whose 局本级 and testing centre each have a project named 编外人员经费, with an
    indicator (编外人员聘用合规率) the seed's two projects have too. Renamed, so no set's wording applies."""
    folder = tmp_path_factory.mktemp("near62")
    table = folder / "青溪县市场监督管理局2026年项目支出绩效目标表.txt"
    table.write_text(T1.read_text(encoding="utf-8").replace("长兴县", "青溪县"), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [SEED, table])


def _units_of(engine: Engine, project: str) -> list[str]:
    rows = engine.kb.conn.execute("SELECT unit_name FROM projects WHERE name = ?", (project,)).fetchall()
    return [r[0] for r in rows]


def test_namesake_projects_of_two_units_are_offered_by_unit(engine: Engine) -> None:
    units = _units_of(engine, "编外人员经费")
    assert len(units) == 2 and len(set(units)) == 2  # the fixture's premise
    answer = converse(engine, "编外人员聘用合规率年度指标值")
    assert answer.status == "clarify", answer.text
    assert "政府雇员工资经费" in answer.text and answer.text.count("编外人员经费（") == 2, answer.text
    options = [line.split("：")[0] for line in answer.text.splitlines()[1:] if line[:1].isdigit()]
    assert len(options) == len(set(options)) >= 3, answer.text
    centre = next(n for n, line in enumerate(answer.text.splitlines()[1:], 1) if "检测中心" in line.split("：")[0])
    chosen = converse(engine, "编外人员聘用合规率年度指标值", str(centre))
    assert chosen.status == "answered" and "编外人员经费" in chosen.text, chosen.text
    assert "政府雇员" not in chosen.text


@pytest.mark.parametrize("question", ["知识库里都有哪些部门的表", "你这里有哪些部门的表", "系统里有哪些部门的表"])
def test_the_bots_own_name_is_no_part_of_a_name(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "answered", answer.text
    assert "广州市白云区信访局" in answer.text and "青溪县市场监督管理局" in answer.text, answer.text
    assert "知识产权" not in answer.text
