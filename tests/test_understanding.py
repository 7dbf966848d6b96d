"""Staff's own words (issue 13), each capability checked as a class over the loaded tables: self-references,
hesitations, small talk, words that change the question, ordinals, lists with conditions, lookup by
content, abbreviations, the wrong kind of fact, several departments, and the unknown reply."""

from __future__ import annotations

import re
import sqlite3

import pytest

from bot.engine import Engine, Session
from bot.language.lexicon import abbreviations_of


def _conn(engine: Engine) -> sqlite3.Connection:
    conn = sqlite3.connect(engine.db_path)
    conn.row_factory = sqlite3.Row
    return conn


def _projects(engine: Engine) -> list[sqlite3.Row]:
    return list(_conn(engine).execute("SELECT * FROM projects WHERE kind != 'department' ORDER BY id"))


def _money(value: float) -> str:
    return f"{value:.2f}万元"


@pytest.mark.parametrize("self_ref", ["我们局", "局里", "全局", "本局的", "咱们单位", "我们单位"])
def test_self_references_mean_the_department_in_scope(seed_engine, self_ref):
    total = _conn(seed_engine).execute("SELECT total FROM documents").fetchone()[0]
    answer = seed_engine.ask(f"{self_ref}一共多少钱", Session())
    assert answer.status == "answered" and _money(total) in answer.text, answer.text
    listing = seed_engine.ask(f"{self_ref}有哪些项目", Session())
    assert listing.status == "answered" and all(p["name"] in listing.text for p in _projects(seed_engine))


def test_hesitations_change_nothing(seed_engine):
    for p in _projects(seed_engine):
        plain = seed_engine.ask(f"{p['name']}多少钱", Session())
        for said in (f"嗯 那个 就是 {p['name']}多少钱来着", f"那个…{p['name']}多少钱来着", f"麻烦看下{p['name']}多少钱",
                     f"麻烦查下{p['name']}多少钱", f"帮我查下{p['name']}多少钱", f"查一查{p['name']}多少钱"):
            assert seed_engine.ask(said, Session()).text == plain.text, said


@pytest.mark.parametrize("ask", ["麻烦查下", "帮我查下", "查一查", "麻烦看下"])
def test_a_request_verb_before_the_departments_name_is_no_part_of_it(seed_engine, ask):
    # "麻烦查下信访局…": 查下 glued to the name is the asking, not a department called 查下信访局
    department = _conn(seed_engine).execute("SELECT department_name FROM documents").fetchone()[0]
    plain = seed_engine.ask(f"{department}一共多少钱", Session())
    assert plain.status == "answered"
    assert seed_engine.ask(f"{ask}{department}一共多少钱", Session()).text == plain.text


@pytest.mark.parametrize("said", ["谢谢", "好的", "收到", "你好", "好的 辛苦了", "嗯", "明白了"])
def test_small_talk_gets_a_short_friendly_reply_and_keeps_the_conversation(seed_engine, said):
    session = Session()
    seed_engine.ask("法律顾问经费多少", session)
    answer = seed_engine.ask(said, session)
    assert answer.status == "answered" and answer.intent == "smalltalk" and len(answer.text) < 80
    assert "法律顾问服务对象满意度" in seed_engine.ask("它的满意度指标呢", session).text


@pytest.mark.parametrize("word", ["去年", "上年", "比上年", "人均", "每月", "每个月", "前年"])
def test_words_that_change_the_question_are_never_ignored(seed_engine, word):
    for p in _projects(seed_engine):
        for q in (f"{p['name']}{word}多少", f"{word}{p['name']}经费多少"):
            answer = seed_engine.ask(q, Session())
            assert answer.status == "unknown" and _money(p["total"]) not in answer.text, q
        session = Session()
        seed_engine.ask(f"{p['name']}多少钱", session)
        assert seed_engine.ask(f"那{word}呢", session).status == "unknown"


def test_a_year_no_table_is_of_is_not_answered(seed_engine, samples_engine):
    for p in _projects(seed_engine):
        assert seed_engine.ask(f"2019年{p['name']}经费多少", Session()).status == "unknown"
    years = {r[0] for r in _conn(samples_engine).execute("SELECT year FROM documents")}
    for p in _projects(samples_engine):
        doc_year = _conn(samples_engine).execute("SELECT year FROM documents WHERE id = ?",
                                                  (p["document_id"],)).fetchone()[0]
        other = next(y for y in range(2015, 2030) if y not in years)
        assert samples_engine.ask(f"{other}年{p['name']}经费多少", Session()).status == "unknown"
        assert samples_engine.ask(f"{doc_year}年{p['name']}经费多少", Session()).status == "answered"


def test_ordinals_from_the_top_and_from_the_bottom(seed_engine):
    ranked = sorted(_projects(seed_engine), key=lambda r: -r["total"])
    assert ranked[2]["name"] in seed_engine.ask("经费排第三的是哪个", Session()).text
    assert ranked[-2]["name"] in seed_engine.ask("经费倒数第二的项目", Session()).text
    last_two = seed_engine.ask("经费后两名", Session()).text
    assert ranked[-1]["name"] in last_two and ranked[-2]["name"] in last_two and ranked[0]["name"] not in last_two
    session = Session()
    seed_engine.ask("哪个项目钱最多", session)
    assert ranked[1]["name"] in seed_engine.ask("第二个呢", session).text


def test_lists_with_conditions(seed_engine):
    conn = _conn(seed_engine)
    projects = {p["id"]: p["name"] for p in _projects(seed_engine)}
    for (category,) in conn.execute("SELECT DISTINCT level2 FROM indicators WHERE level2 LIKE '%指标'"):
        having = {r[0] for r in conn.execute("SELECT DISTINCT project_id FROM indicators WHERE level2 = ?", (category,))}
        without = seed_engine.ask(f"哪些项目没有{category}", Session())
        listed = set(re.findall(r"^\d+\. (.+?)：", without.text, re.M))
        assert listed == {projects[i] for i in projects if i not in having}, (category, without.text)
        with_it = seed_engine.ask(f"哪些项目设了{category}", Session())
        assert set(re.findall(r"^\d+\. (.+?)：", with_it.text, re.M)) == {projects[i] for i in having}
    ranked = sorted(_projects(seed_engine), key=lambda r: -r["total"])
    answer = seed_engine.ask(f"除了{ranked[0]['name']}以外经费最多的", Session())
    assert ranked[1]["name"] in answer.text and _money(ranked[0]["total"]) not in answer.text


def test_lookup_by_content_finds_the_project_whose_texts_say_it(seed_engine):
    """For each project, a word of its goal that no other project's texts hold finds that project."""
    conn = _conn(seed_engine)
    kb = seed_engine.kb
    texts = {p["id"]: (p["goal"] or "") + "".join(f"{r['name']}{r['annual_value']}{r['period_value']}" for r in
                                                 conn.execute("SELECT * FROM indicators WHERE project_id = ?", (p["id"],)))
             for p in _projects(seed_engine)}
    names = "".join(p["name"] for p in _projects(seed_engine)) + "".join(d.name for d in kb.departments)
    checked = 0
    for pid, text in texts.items():
        own = [w for w in kb.segmenter.cut(text) if len(w) >= 3 and w not in names and w not in kb.vocab.stopwords
               and w not in kb.vocab.generic_words
               and not any(w in t for o, t in texts.items() if o != pid)]
        for word in own[:2]:
            for q in (f"哪个项目包括{word}", f"哪个项目是管{word}的"):
                answer = seed_engine.ask(q, Session())
                assert answer.status == "answered" and kb.projects[pid].name in answer.text, (q, answer.text)
                checked += 1
    assert checked >= 6


def test_abbreviations_by_rule_name_their_project(seed_engine):
    kb = seed_engine.kb
    conn = _conn(seed_engine)
    generic = kb.vocab.generic_words | {w for ws in kb.vocab.concepts.values() for w in ws}
    tried = 0
    for p in _projects(seed_engine):
        words = [w for w in p["words"].split(" ") if w]
        for abbr in abbreviations_of(words, generic):
            refs = kb.lexicon.forms.get(abbr, set())
            if {r.key for r in refs if r.kind == "project"} == {p["id"]}:
                answer = seed_engine.ask(f"{abbr}多少钱", Session())
                assert answer.status == "answered" and _money(p["total"]) in answer.text, abbr
                tried += 1
    assert tried >= 3
    assert conn.execute("SELECT count(*) FROM projects").fetchone()[0] == len(kb.projects)


def test_a_money_question_is_never_answered_with_an_indicator_that_is_not_money(seed_engine):
    money = re.compile(r"[0-9][0-9.]*\s*(?:万|亿)?元")
    for r in _conn(seed_engine).execute("SELECT i.*, p.name AS project FROM indicators i JOIN projects p "
                                        "ON p.id = i.project_id"):
        if money.search(f"{r['annual_value']}{r['period_value']}"):
            continue
        answer = seed_engine.ask(f"{r['name']}花了多少钱", Session())
        assert not (answer.status == "answered" and answer.intent == "indicator_value"), answer.text


def test_a_quantity_comes_from_a_value_counted_in_that_measure_word(seed_engine):
    counted = re.compile(r"[0-9]+\s*(辆|名|次|宗)")
    for r in _conn(seed_engine).execute("SELECT i.*, p.name AS project FROM indicators i JOIN projects p "
                                        "ON p.id = i.project_id"):
        m = counted.search(r["annual_value"] or "")
        if m:
            answer = seed_engine.ask(f"{r['project']}要几{m.group(1)}", Session())
            assert answer.status == "answered" and m.group(0) in answer.text.replace(" ", ""), answer.text


def test_the_unknown_reply_is_two_lines_whose_suggestions_can_be_picked(seed_engine):
    session = Session()
    answer = seed_engine.ask("电脑购置经费多少", session)
    lines = answer.text.split("\n")
    assert answer.status == "unknown" and len(lines) == 2 and "电脑" in lines[0]
    assert 1 <= len(answer.options) <= 3 and lines[1].startswith("您是不是想问")
    picked = seed_engine.ask("1", session)
    assert picked.status == "answered" and answer.options[0].replace("多少", "") in picked.text


def test_several_departments_a_general_list_is_answered_for_each_and_one_figure_asks(multi_engine):
    departments = [d.name for d in multi_engine.kb.departments]
    listing = multi_engine.ask("有哪些项目", Session())
    assert listing.status == "answered" and all(f"【{d}】" in listing.text for d in departments)
    numbers = [int(n) for n in re.findall(r"^(\d+)\. ", listing.text, re.M)]
    assert numbers == list(range(1, len(numbers) + 1))  # numbered on across departments
    session = Session()
    ask = multi_engine.ask("总预算是多少", session)
    assert ask.status == "clarify" and ask.options[-1] == "全部" and len(ask.options) == len(departments) + 1
    everything = multi_engine.ask("全部", session)
    assert everything.status == "answered" and all(f"【{d}】" in everything.text for d in departments)
    top = multi_engine.ask("哪个部门钱最多", Session())
    totals = {d.name: sum(multi_engine.kb.documents[i]["total"] for i in d.doc_ids) for d in multi_engine.kb.departments}
    assert top.status == "answered" and max(totals, key=totals.get) in top.text.split("\n")[0]


def test_two_departments_named_apart_are_both_kept_and_no_other_leaks_in(samples_engine):
    from bot.language.normalize import normalize
    from bot.understand.parse import understand

    kb = samples_engine.kb
    names = {d.name for d in kb.departments}
    zhanjiang = next(n for n in names if n.startswith("湛江"))
    donghu = next(n for n in names if "东湖" in n)
    p = understand(normalize("湛江人社局和东湖分局城镇新增就业人数目标"), kb)
    assert p.departments() == sorted([zhanjiang, donghu]) and not p.department_ambiguous()
    assert understand(normalize("人社局有哪些项目"), kb).department_ambiguous()
    answer = samples_engine.ask("湛江人社局和东湖分局城镇新增就业人数目标", Session())
    others = names - {zhanjiang, donghu}
    assert answer.status == "answered" and zhanjiang in answer.text and donghu in answer.text
    assert not any(o in answer.text for o in others)


def test_a_project_named_after_zhan_is_the_whole_of_a_share(seed_engine):
    a, b = sorted(_projects(seed_engine), key=lambda r: r["total"])[:2]
    session = Session()
    seed_engine.ask(f"{a['name']}多少", session)
    answer = seed_engine.ask(f"占{b['name']}多少", session)
    assert answer.status == "answered" and f"{a['total'] / b['total'] * 100:.2f}%" in answer.text
    assert seed_engine.ask(f"占{b['name']}多少", Session()).status == "unknown"  # no part to divide


def test_pending_suggestions_and_the_all_option_survive_a_shared_session(multi_engine):
    session = Session()
    multi_engine.ask("总预算是多少", session)
    restored = Session.from_dict(session.to_dict())
    answer = multi_engine.ask("全部", restored)
    assert answer.status == "answered" and all(f"【{d.name}】" in answer.text for d in multi_engine.kb.departments)
    session = Session()
    unknown = multi_engine.ask("电脑购置经费多少", session)
    assert unknown.options
    picked = multi_engine.ask("1", Session.from_dict(session.to_dict()))
    assert picked.status == "answered"


@pytest.mark.parametrize("said", ["各部门的总预算", "所有部门一共多少钱", "三个部门总预算加起来多少"])
def test_a_question_about_every_department_is_never_asked_back(multi_engine, said):
    answer = multi_engine.ask(said, Session())
    total = sum(d["total"] for d in multi_engine.kb.documents.values())
    assert answer.status == "answered" and _money(total) in answer.text.split("\n")[0]
    assert all(f"【{d.name}】" in answer.text for d in multi_engine.kb.departments)


@pytest.mark.parametrize("period", ["上半年", "下半年", "一季度", "前三季度", "截至目前"])
def test_a_part_of_the_year_is_never_answered_with_the_whole_year(seed_engine, period):
    # The seed gives whole-year amounts only: a part of the year is not the year's total.
    for project in seed_engine.kb.projects.values():
        answer = seed_engine.ask(f"{project.name}{period}用了多少", Session())
        assert answer.status == "unknown", answer.text
        assert f"{project.total:.2f}" not in answer.text, answer.text


def test_a_department_tables_own_whole_is_not_listed_among_its_projects(samples_engine):
    # 部门整体预算绩效目标表: the department's own row is the department, not a project of it.
    whole = [p for p in samples_engine.kb.projects.values() if p.kind == "department"]
    assert whole
    for p in whole:
        department = samples_engine.kb.department_of(p.id)
        answer = samples_engine.ask(f"{department}有哪些项目", Session())
        assert answer.status == "answered" and p.name not in answer.text, answer.text
        assert all(r["label"] != p.name for r in answer.rows)


@pytest.mark.parametrize("cost", ["保洁费", "差旅费", "印刷费", "电费", "培训费用"])
def test_a_cost_the_table_does_not_break_down_is_never_answered_with_the_whole(seed_engine, cost):
    # The seed gives each project's whole amount only: a part of it named as a cost is not that amount,
    # whether the project is named in full or by the start of its name ("信访超市保洁费").
    for project in seed_engine.kb.projects.values():
        for asked in (f"{project.name}{cost}多少", f"{project.name}的{cost}是多少", f"{project.name[:4]}{cost}多少"):
            answer = seed_engine.ask(asked, Session())
            assert answer.status != "answered", (asked, answer.text)
            assert f"{project.total:.2f}" not in answer.text, (asked, answer.text)


def test_a_projects_own_name_said_as_a_cost_is_still_that_project(seed_engine):
    # "公务用车购置费" is 公务用车购置经费 said shorter, not a part of it.
    for project in seed_engine.kb.projects.values():
        short = project.name.removesuffix("专项经费").removesuffix("经费") + "费"
        answer = seed_engine.ask(f"{short}多少", Session())
        assert answer.status == "answered" and f"{project.total:.2f}" in answer.text, (short, answer.text)


@pytest.mark.parametrize(("said", "largest"), [("占比最大的是哪个项目", True), ("哪个项目占比最小", False)])
def test_the_largest_share_is_the_largest_amount_with_its_share(seed_engine, said, largest):
    rows = [r for r in _projects(seed_engine) if r["kind"] != "department"]
    chosen = max(rows, key=lambda r: r["total"]) if largest else min(rows, key=lambda r: r["total"])
    answer = seed_engine.ask(said, Session())
    first = answer.text.splitlines()[0]
    assert answer.status == "answered" and chosen["name"] in first and "%" in first and _money(chosen["total"]) in first
