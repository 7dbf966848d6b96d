"""Classes of questions from blind_8's seed items and its sample tables, asked through Engine.ask: a category
follow-up stays on its project, a one-character typo inside a longer question, counts and rankings said
loosely, a comparison with the extreme, measure words of one kind, a source's share of its own project, a
count no table has, and what the texts of a named project say (包括, 多久一次, which units)."""

from __future__ import annotations

import re

import pytest

from bot.engine import ANSWERED, Session
from bot.store import queries as query

CLARIFY, UNKNOWN = "clarify", "unknown"


def _ask(engine, *questions: str):
    s = Session(build_id=engine.build_id)
    answer = None
    for q in questions:
        answer = engine.ask(q, s)
    return answer


def _projects(engine) -> dict[str, dict]:
    return {r["name"]: dict(r) for r in query.projects_in(engine.kb.conn, list(engine.kb.documents))}


def _categories(engine, pid: int) -> set[str]:
    return {r["level2"] for r in query.indicators(engine.kb.conn, project_ids=[pid])}


def test_a_category_follow_up_stays_on_the_project_that_has_none(seed_engine):
    """"公车项目有没有成本指标 → 那可持续影响指标呢": still that project's, never every project's list."""
    projects = _projects(seed_engine)
    every = set().union(*(_categories(seed_engine, p["id"]) for p in projects.values()))
    checked = 0
    for name, p in projects.items():
        lacking = sorted(c for c in every - _categories(seed_engine, p["id"]) if c)
        if len(lacking) < 2:
            continue
        first, second = lacking[0], lacking[1]
        answer = _ask(seed_engine, f"{name}有没有{first}", f"那{second}呢")
        assert answer.status == UNKNOWN, answer.text
        assert name in answer.text
        others = [n for n in projects if n != name and n not in name]
        assert not any(n in answer.text for n in others), answer.text
        checked += 1
    assert checked


@pytest.mark.parametrize("typo,right,rest", [("信访朝市", "信访超市", "一年运行费给了多少"),
                                            ("公务用丰", "公务用车", "一年购置费给了多少")])
def test_one_mistyped_character_of_a_name_inside_a_longer_question(seed_engine, typo, right, rest):
    projects = _projects(seed_engine)
    (name, p), = [(n, p) for n, p in projects.items() if right in n]
    answer = _ask(seed_engine, f"{typo}{rest}")
    assert answer.status == ANSWERED, answer.text
    assert name in answer.text and f"{p['total']:.2f}" in answer.text


def test_one_mistyped_character_fitting_two_names_asks_which(seed_engine):
    projects = [n for n in _projects(seed_engine) if "政府雇员" in n]
    assert len(projects) == 2
    answer = _ask(seed_engine, "政府雇圆一年多少钱")
    assert answer.status == CLARIFY
    assert all(n in answer.text for n in projects)


def test_a_real_word_one_character_off_a_name_is_not_that_name(seed_engine):
    """官员 is a word of its own: 政府官员 is no typo of 政府雇员."""
    answer = _ask(seed_engine, "政府官员一年运行费给了多少")
    assert answer.status == UNKNOWN


@pytest.mark.parametrize("ask", ["{}指标数多少个", "{}指标数是多少"])
def test_indicator_count_said_with_shu(seed_engine, ask):
    for name, p in _projects(seed_engine).items():
        n = len(query.indicators(seed_engine.kb.conn, project_ids=[p["id"]]))
        answer = _ask(seed_engine, ask.format(name))
        assert answer.status == ANSWERED, answer.text
        assert f"共 {n} 个" in answer.text


@pytest.mark.parametrize("rank", ["项目按金额排个序", "项目按钱排一下", "项目按预算排序"])
def test_a_ranking_said_loosely_then_its_second(seed_engine, rank):
    ranked = sorted(_projects(seed_engine).values(), key=lambda r: -r["total"])
    assert _ask(seed_engine, rank).status == ANSWERED
    answer = _ask(seed_engine, rank, "第二个是哪个")
    assert answer.status == ANSWERED, answer.text
    assert ranked[1]["name"] in answer.text and ranked[0]["name"] not in answer.text


@pytest.mark.parametrize("first,then", [("哪个项目最便宜", "比最贵的少多少"), ("哪个项目最贵", "比最便宜的多多少")])
def test_compared_with_the_extreme(seed_engine, first, then):
    totals = [r["total"] for r in _projects(seed_engine).values()]
    answer = _ask(seed_engine, first, then)
    assert answer.status == ANSWERED, answer.text
    assert f"{max(totals) - min(totals):.2f}" in answer.text


def test_measure_words_of_one_kind_of_thing(seed_engine):
    """The table counts the car in 辆: "几台" asks that number."""
    rows = [r for r in query.indicators(seed_engine.kb.conn, doc_ids=list(seed_engine.kb.documents))
            if re.search(r"\d+辆", r["annual_value"] or "")]
    assert rows
    row = rows[0]
    for word in ("要买几台", "买几部"):
        answer = _ask(seed_engine, f"{row['project_name']}多少", word)
        assert answer.status == ANSWERED, answer.text
        assert re.search(r"\d+辆", row["annual_value"]).group(0) in answer.text


def test_a_source_of_funds_as_a_share_of_its_own_project(seed_engine):
    for name, p in _projects(seed_engine).items():
        want = f"{100 * p['fiscal_appropriation'] / p['total']:.2f}%"
        for ask in ("它的财政拨款占本项目多少", "它的财政拨款占项目多少"):
            answer = _ask(seed_engine, name, ask)
            assert answer.status == ANSWERED, answer.text
            assert want in answer.text.splitlines()[0]


def test_a_count_of_people_no_project_has_is_unknown_not_asked(seed_engine):
    answer = _ask(seed_engine, "政府雇员一共有多少人")
    assert answer.status == UNKNOWN, answer.text
    # …while a count one of them has still asks which (or answers it).
    assert _ask(seed_engine, "政府雇员经费多少").status == CLARIFY


def _sentence_with(engine, pattern: str) -> str:
    """The one sentence of the seed's goals and indicator values matching pattern."""
    found = []
    for p in _projects(engine).values():
        texts = re.split(r"[。；;]", p["goal"] or "")
        texts += [t for r in query.indicators(engine.kb.conn, project_ids=[p["id"]])
                  for t in re.split(r"[。；;]", r["annual_value"] or "")]
        found += [t for t in texts if re.search(pattern, t)]
    assert len(set(found)) == 1, found
    return found[0]


def test_what_the_goal_includes(seed_engine):
    sentence = _sentence_with(seed_engine, "包括")
    (name,) = [n for n, p in _projects(seed_engine).items() if sentence in (p["goal"] or "")]
    short = "信访超市" if "信访超市" in name else name
    for then in ("里面包括哪些费用", "它包括哪些"):
        answer = _ask(seed_engine, f"{short}项目的绩效目标", then)
        assert answer.status == ANSWERED, answer.text
        assert sentence in answer.text


def test_which_units_a_project_texts_name(seed_engine):
    sentence = _sentence_with(seed_engine, "派驻")
    answer = _ask(seed_engine, "信访超市有哪些单位派人进驻")
    assert answer.status == ANSWERED, answer.text
    assert sentence in answer.text


def test_how_often_from_the_sentence_that_says_it(seed_engine):
    sentence = _sentence_with(seed_engine, "每.{1,3}月")
    answer = _ask(seed_engine, "进驻镇街是多久一次")
    assert answer.status == ANSWERED, answer.text
    assert re.search("每.{1,3}月", sentence).group(0) in answer.text
    # A sentence that says no frequency is no answer to "how often".
    assert _ask(seed_engine, "法律顾问多久去一次").status == UNKNOWN


def test_the_tasks_of_a_department_table_summed(samples_engine):
    kb = samples_engine.kb
    (doc,) = [d for d in kb.documents.values() if d["department_name"].startswith("湛江")]
    tasks = [r for r in query.projects_in(kb.conn, [doc["id"]]) if r["kind"] == "task"]
    assert len(tasks) >= 2
    answer = _ask(samples_engine, "湛江人社局重点工作任务资金合计多少")
    assert answer.status == ANSWERED, answer.text
    assert f"{sum(r['total'] for r in tasks):.2f}" in answer.text
    assert f"{doc['total']:.2f}" not in answer.text  # never the department's own total


def test_a_short_part_named_after_li_is_not_the_whole(samples_engine):
    """促进就业专项资金（含创业担保贷款贴息资金）: "里贴息多少" asks a part the table does not break down."""
    answer = _ask(samples_engine, "湛江人社局促进就业专项资金里贴息多少")
    assert answer.status == UNKNOWN, answer.text
    assert "1140" not in answer.text


def test_a_department_tables_indicator_with_a_task_said(samples_engine):
    answer = _ask(samples_engine, "湛江三支一扶服务期满继续在基层就业比例")
    assert answer.status == ANSWERED, answer.text
    assert "35%" in answer.text


def test_a_bare_amount_after_a_space_asks_of_the_first_clause(samples_engine):
    answer = _ask(samples_engine, "东湖分局普惠金融发展支出干嘛的 多少")
    assert answer.status == ANSWERED, answer.text
    assert "贴息" in answer.text and "25万元" in answer.text
    assert "6730" not in answer.text


def test_executed_less_than_the_budget_by(samples_engine):
    rows = [r for r in query.projects_in(samples_engine.kb.conn, list(samples_engine.kb.documents))
            if r["executed"] is not None]
    assert rows
    r = rows[0]
    for ask in ("执行数比预算少多少", "执行数比预算少了多少"):
        answer = _ask(samples_engine, f"渝中{r['name']}自评表", ask)
        assert answer.status == ANSWERED, answer.text
        assert f"{r['total'] - r['executed']:.2f}" in answer.text


def test_what_the_note_says_of_the_row_just_answered(samples_engine):
    answer = _ask(samples_engine, "东湖人社分局专项资金里医保基金补助多少", "测算依据怎么说")
    assert answer.status == ANSWERED, answer.text
    assert "区级补助资金上解" in answer.text and "基本医疗保险" in answer.text


def test_a_rate_the_projects_text_states(samples_engine):
    """"生活补贴每人每月多少": the task's text says "每人每月750元"; a rate it does not state stays unknown."""
    kb = samples_engine.kb
    (task,) = [r for r in query.projects_in(kb.conn, list(kb.documents)) if "三支一扶" in r["name"]]
    stated = re.search(r"每人每月([0-9]+)", task["goal"]).group(1)
    answer = _ask(samples_engine, "湛江三支一扶项目", "生活补贴每人每月多少")
    assert answer.status == ANSWERED, answer.text
    assert f"每人每月{stated}" in answer.text
    assert _ask(samples_engine, "湛江三支一扶项目", "生活补贴每人每年多少").status == UNKNOWN


def test_a_row_named_alone_comes_with_the_use_its_note_states(samples_engine):
    answer = _ask(samples_engine, "东湖分局其他城市生活救助")
    assert answer.status == ANSWERED, answer.text
    first, *rest = answer.text.splitlines()
    assert "10万元" in first and any("主要用于" in line and "返汉" in line for line in rest)
    # Asked for its amount, the amount alone.
    assert "主要用于" not in _ask(samples_engine, "东湖分局其他城市生活救助多少").text
