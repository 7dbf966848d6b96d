"""Names as staff shorten them and projects looked up by what they cover (round 32, names56), on the fictional
青岚市 tables of tests/data/names56 (make_docs.py builds them):

- a place's 部门支出预算表 whose departments are merged down column A beside their units and their 小计 row: each
  department's lines under it alone (a 小计 row opens no unit), its unit printed by the department's own name its
  本级 ("卫健局本级项目支出"), and people's organisations by their standard short names (残联);
- a project's pieces said with a standard short word (低保 of 城乡最低生活保障资金), so "低保加特困" adds two projects;
- a bureau said by its word alone (民政) where no name holds that word;
- "X的钱在哪个项目": the project whose goal says X (also of words the dictionary lacks, 保洁安保), never "not costed";
- a word naming several projects of the department (养老) asked back, never one line of its 经济分类 table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.session import Session
from bot.engine import Engine
from tests.conftest import engine_over

DATA = Path(__file__).parent / "data" / "names56"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("names56") / "kb.sqlite", [DATA])


def _ask(engine: Engine, question: str):
    return engine.ask(question, record=False)


@pytest.mark.parametrize(("question", "figure", "wrong"), [
    ("卫健局本级项目支出", "4100", "5600"),  # the unit 青岚市卫生健康局 of its department: its 本级
    ("民政局部门支出合计", "4800", "3776.2"),  # the department's 小计, not the project table's total
    ("残联部门支出总共多少", "1720", "1300"),  # 残疾人联合会 said 残联
    ("疾控中心项目支出", "900", "5600"),
])
def test_department_table_merged_beside_its_subtotals(engine: Engine, question: str, figure: str, wrong: str) -> None:
    a = _ask(engine, question)
    assert a.status == "answered" and figure in a.text and wrong not in a.text, a.text


def test_own_line_of_a_department_only_a_line_of_the_place_table(engine: Engine) -> None:
    """"青岚人社局本级": 青岚's 人社局 is a line of its 部门支出预算表 (another place's 人社局 has a table of its own):
    its 本级 line, never the 本级 of 青岚's one loaded department (民政局's project table)."""
    a = _ask(engine, "青岚人社局本级多少")
    assert a.status == "answered" and "2400" in a.text and "民政局" not in a.text, a.text


def test_whole_of_a_department_with_no_table_of_its_own(engine: Engine) -> None:
    """"残联合计多少": 残联 has no table of its own loaded, so its 小计 line is what 合计 asks (then its unit)."""
    a = _ask(engine, "残联合计多少")
    assert a.status == "answered" and "1720" in a.text, a.text
    session = Session()
    engine.ask("残联合计多少", session=session, record=False)
    b = engine.ask("它下面康复服务中心呢", session=session, record=False)
    assert b.status == "answered" and "420" in b.text, b.text


def test_each_department_holds_only_its_own_units(engine: Engine) -> None:
    a = _ask(engine, "卫健局下面有哪些单位")
    assert a.status == "answered" and "疾病预防控制中心" in a.text and "福利院" not in a.text, a.text


def test_project_pieces_said_short(engine: Engine) -> None:
    a = _ask(engine, "低保加特困一共多少")
    assert a.status == "answered" and "2740.4" in a.text, a.text
    b = _ask(engine, "青岚低保资金多少")
    assert b.status == "answered" and "2100" in b.text and "单位资金" not in b.text, b.text


def test_short_word_only_of_a_name_whose_subject_it_is(engine: Engine) -> None:
    """低保 names 城乡最低生活保障资金 (its subject); 社保 is no name of …“三支一扶”社会保险补贴资金 (a word inside it)."""
    forms = engine.kb.lexicon.forms
    assert any(r.kind == "project" for r in forms.get("低保", ())) and not forms.get("社保"), forms.get("社保")


def test_bureau_said_by_its_word_alone(engine: Engine) -> None:
    a = _ask(engine, "民政哪些项目有其他资金")
    assert a.status == "answered" and "居家和社区养老服务补助资金" in a.text and "福利院养老护理服务购买经费" in a.text, a.text
    b = _ask(engine, "民政改造经费是多少")
    assert b.status == "clarify" and "福利院设施设备维修改造经费" in b.text and "尾气处理系统改造经费" in b.text, b.text


@pytest.mark.parametrize(("question", "project", "figure"), [
    ("消防电梯维修的钱在哪个项目", "福利院设施设备维修改造经费", "88"),
    ("保洁安保的钱在哪个项目里", "便民服务大厅运行经费", "46"),
])
def test_which_project_holds_what_its_goal_names(engine: Engine, question: str, project: str, figure: str) -> None:
    a = _ask(engine, question)
    assert a.status == "answered" and project in a.text and figure in a.text and "不是这样细分" not in a.text, a.text


def test_word_of_several_projects_is_asked_back(engine: Engine) -> None:
    a = _ask(engine, "民政局养老的经费多少")
    assert a.status == "clarify" and "居家和社区养老服务补助资金" in a.text and "福利院养老护理服务购买经费" in a.text, a.text
    b = _ask(engine, "民政局养老保险缴费多少")  # the line itself, named whole
    assert b.status == "answered" and "92.5" in b.text, b.text
    c = _ask(engine, "民政局福利费")  # a line named whole (30229福利费), though 福利 names two 福利院 projects
    assert c.status == "answered" and "30" in c.text and "福利费" in c.text, c.text
