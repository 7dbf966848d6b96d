"""Classes of round 27 (words51): a word several indicators' names hold names each of them about equally (listed,
never one picked nor "not found"); a project found by what its goal or indicators say in other words than its
name (a piece of the name said, the rest what its texts say); the projects related to a word, by their names and
texts, and those a general table prints as its rows under 项目名称."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import engine_over

from bot.engine import ANSWERED, Engine, Session

CLARIFY, UNKNOWN = "clarify", "unknown"


def _ask(engine, *questions: str):
    s = Session(build_id=engine.build_id)
    answer = None
    for q in questions:
        answer = engine.ask(q, s)
    return answer


def _indicators(engine) -> dict[str, tuple[str, str]]:
    rows = engine.kb.conn.execute(
        "SELECT i.name, i.annual_value, p.name FROM indicators i JOIN projects p ON p.id = i.project_id").fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def test_a_word_two_indicators_names_hold_shows_both(seed_engine):
    inds = _indicators(seed_engine)
    holding = [name for name in inds if name.endswith("约访")]
    assert len(holding) == 2
    for q in ("约访的指标是多少", "嗯 那个约访的指标是多少", "约访的指标"):
        answer = _ask(seed_engine, q)
        assert answer.status in (ANSWERED, CLARIFY), (q, answer.text)
        for name in holding:
            assert name in answer.text, (q, answer.text)
            if answer.status == ANSWERED:
                assert inds[name][0] in answer.text, (q, answer.text)


def test_a_word_of_no_indicator_name_is_still_not_found(seed_engine):
    answer = _ask(seed_engine, "约谈的指标是多少")
    assert answer.status != ANSWERED or "约访" not in answer.text, answer.text


def test_which_project_does_what_its_texts_say_a_named_piece_and_other_words(seed_engine):
    rows = seed_engine.kb.conn.execute("SELECT name, goal FROM projects").fetchall()
    doing = [name for name, goal in rows if "律师" in (goal or "") and "参与" in (goal or "")]
    assert len(doing) == 1  # 律师 names a piece of it; 参与 (and 接访, said by its indicator) no name holds
    for q in ("哪个项目是派律师参与接访的", "派律师参与接访的是哪个项目"):
        answer = _ask(seed_engine, q)
        assert answer.status == ANSWERED and doing[0] in answer.text, (q, answer.text)
    # Words no project's texts say are still not found.
    assert _ask(seed_engine, "哪个项目是派律师买飞机的").status == UNKNOWN


def test_the_projects_related_to_a_word_are_those_whose_names_or_texts_say_it(seed_engine):
    conn = seed_engine.kb.conn
    saying = {r[0] for r in conn.execute(
        "SELECT p.name FROM projects p WHERE p.kind != 'department' AND (p.name LIKE '%接访%' OR p.goal LIKE '%接访%'"
        " OR EXISTS (SELECT 1 FROM indicators i WHERE i.project_id = p.id AND"
        " (i.name || COALESCE(i.annual_value, '') || COALESCE(i.period_value, '')) LIKE '%接访%'))")}
    assert len(saying) >= 2
    others = {r[0] for r in conn.execute("SELECT name FROM projects WHERE kind != 'department'")} - saying
    for q in ("接访相关的项目有哪些", "哪些项目和接访相关", "哪个项目跟接访有关", "接访有关的项目"):
        answer = _ask(seed_engine, q)
        assert answer.status == ANSWERED and "接访" in answer.text.splitlines()[0], (q, answer.text)
        assert all(name in answer.text for name in saying), (q, answer.text)
        assert not any(name in answer.text for name in others), (q, answer.text)
    # A name's word still lists by names alone; a word nothing says is not found.
    assert "共 2 个项目" in _ask(seed_engine, "名称含雇员的项目有哪些").text
    assert _ask(seed_engine, "飞机相关的项目有哪些").status == UNKNOWN


_GENERAL50 = Path(__file__).resolve().parent / "data" / "general50"


@pytest.fixture(scope="module")
def liuyang(tmp_path_factory) -> Engine:
    files = [_GENERAL50 / "浏阳市文化旅游广电体育局_2025年_项目支出绩效目标表.txt", _GENERAL50 / "浏阳市_2026年_部门项目支出预算表.xlsx"]
    return engine_over(tmp_path_factory.mktemp("words51_db") / "kb.sqlite", files)


def test_the_projects_a_general_table_prints_as_rows_are_related_too(liuyang):
    conn = liuyang.kb.conn
    projects = {r[0] for r in conn.execute("SELECT name FROM projects WHERE kind != 'department'"
                                           " AND (name LIKE '%花炮%' OR goal LIKE '%花炮%')")}
    printed = {r[0].split("\x1f")[-1] for r in conn.execute(
        "SELECT row_labels FROM facts WHERE row_heads LIKE '%项目名称' AND row_labels LIKE '%花炮%'")}
    printed = {name for name in printed if "花炮" in name} - projects
    assert projects and printed
    answer = _ask(liuyang, "花炮相关的项目有哪些")
    assert answer.status == ANSWERED, answer.text
    assert all(name in answer.text for name in projects | printed), answer.text
    assert f"（{len(projects | printed)} 个）" in answer.text.splitlines()[0]


_GENERAL47 = Path(__file__).resolve().parent / "data" / "general47"


@pytest.fixture(scope="module")
def anji(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("words51_anji") / "kb.sqlite",
                       [_GENERAL47 / "安吉县文化和广电旅游体育局2026年项目支出绩效目标表.txt"])


def test_an_indicators_project_said_by_what_its_goal_says_it_does(anji):
    conn = anji.kb.conn
    name, value, project = conn.execute(
        "SELECT i.name, i.annual_value, p.name FROM indicators i JOIN projects p ON p.id = i.project_id"
        " WHERE p.goal LIKE '%马拉松%' AND i.name LIKE '%人次%'").fetchone()
    assert "马拉松" not in project
    answer = _ask(anji, f"办马拉松那个项目{name}指标多少")
    assert answer.status == ANSWERED and project in answer.text and value in answer.text, answer.text
    # What no project's texts say is still not found.
    assert _ask(anji, f"办飞机那个项目{name}指标多少").status == UNKNOWN


def test_a_long_word_is_said_spread_over_a_name_only_closely():
    from bot.language.normalize import said_spread

    assert said_spread("森林防火", "森林草原防灭火能力提升项目")  # 森林…防…火, within twice its length
    assert not said_spread("森林防火", "县属国有林场森林资源管护及中幼林抚育经费")
    assert not said_spread("森林防火", "森林资源调查与林地保护利用规划编制及防火")  # (too far apart)
    assert said_spread("花炮", "浏阳国际花炮文化节") and not said_spread("花炮", "花卉与鞭炮")  # (short: as it is)
