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
    answer = converse(engine, "编外人员聘用合规率")
    assert answer.status == "clarify", answer.text
    assert "政府雇员工资经费" in answer.text and answer.text.count("编外人员经费（") == 2, answer.text
    options = [line.split("：")[0] for line in answer.text.splitlines()[1:] if line[:1].isdigit()]
    assert len(options) == len(set(options)) >= 3, answer.text
    centre = next(n for n, line in enumerate(answer.text.splitlines()[1:], 1) if "检测中心" in line.split("：")[0])
    chosen = converse(engine, "编外人员聘用合规率", str(centre))
    assert chosen.status == "answered" and "编外人员经费" in chosen.text, chosen.text
    assert "政府雇员" not in chosen.text


@pytest.mark.parametrize("question", ["知识库里都有哪些部门的表", "你这里有哪些部门的表", "系统里有哪些部门的表"])
def test_the_bots_own_name_is_no_part_of_a_name(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "answered", answer.text
    assert "广州市白云区信访局" in answer.text and "青溪县市场监督管理局" in answer.text, answer.text
    assert "知识产权" not in answer.text


def test_a_count_asked_beside_a_project_is_its_indicator_and_money_still_is_not_broken_down(engine: Engine) -> None:
    row = engine.kb.conn.execute(
        "SELECT i.annual_value, p.total FROM indicators i JOIN projects p ON p.id = i.project_id "
        "WHERE i.name = '受理消费投诉举报'").fetchone()
    assert row is not None  # the fixture's premise: 消费者权益保护及12315投诉举报处置经费 counts complaints taken in
    answer = converse(engine, "12315要受理多少投诉举报")
    assert answer.status == "answered" and row[0] in answer.text, answer.text
    assert f"{row[1]:.2f}" not in answer.text  # never the project's money
    again = converse(engine, "12315要受理多少投诉举报", "实施周期的呢")
    assert again.status == "answered" and "实施周期指标值" in again.text and "受理消费投诉举报" in again.text, again.text
    money = converse(engine, "12315受理投诉花多少钱")  # a cost of that part: the table does not break it down
    assert money.status == "unknown" and f"{row[1]:.2f}" not in money.text, money.text


@pytest.mark.parametrize("question,project", [
    ("请律师是哪个项目出钱", "聘请法律顾问专项经费"), ("法律顾问是哪个项目负责的", "聘请法律顾问专项经费"),
    ("信访超市是哪个项目管的", "区级群众信访诉求综合服务中心（信访超市）日常运行经费")])
def test_which_project_of_a_thing_that_is_itself_a_projects_name(seed_engine: Engine, question: str, project: str) -> None:
    # the thing said names a project (by an alias or a short name) and nothing else is looked for: that project,
    # never the verb (出钱, 负责, 管) searched for in the texts
    answer = converse(seed_engine, question)
    assert answer.status == "answered" and answer.text.startswith(project), answer.text
