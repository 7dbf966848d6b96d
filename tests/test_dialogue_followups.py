"""Follow-ups that compute over earlier answers, point into the last list, ask another year, or would
leave the conversation's department (bot/dialogue/figures.py, the engine's turn of a conversation)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine import ANSWERED, Session
from bot.language.normalize import full_years

# --- arithmetic over the two figures before ----------------------------------------------------------



def _amount(text: str) -> float:
    return float(re.search(r"(-?\d+(?:\.\d+)?)万元", text).group(1))


@pytest.mark.parametrize("op", ["两者差多少", "这两个加起来", "两个一共多少", "两者相差多少"])
def test_two_figures_combined_for_every_pair_of_projects(seed_engine, op):
    kb = seed_engine.kb
    names = {p.name: p.total for p in kb.projects.values()}
    pairs = [(a, b) for a in names for b in names if a != b][:8]
    for a, b in pairs:
        s = Session(build_id=seed_engine.build_id)
        first, second = seed_engine.ask(f"{a}多少", s), seed_engine.ask(f"{b}呢", s)
        assert first.status == second.status == ANSWERED
        answer = seed_engine.ask(op, s)
        assert answer.status == ANSWERED, answer.text
        want = names[a] + names[b] if "加" in op or "一共" in op else abs(names[a] - names[b])
        assert _amount(answer.text.splitlines()[0]) == pytest.approx(round(want, 2))
        assert a in answer.text and b in answer.text  # the arithmetic is shown with both labels


def test_change_and_rates_follow_the_order_asked(seed_engine):
    kb = seed_engine.kb
    (a, va), (b, vb) = sorted(((p.name, p.total) for p in kb.projects.values()), key=lambda x: x[1])[-2:]
    s = Session(build_id=seed_engine.build_id)
    seed_engine.ask(f"{a}多少", s)
    seed_engine.ask(f"{b}呢", s)
    grown = seed_engine.ask("增长了多少", s)
    assert f"{round(vb - va, 2):g}" in grown.text.splitlines()[0]
    s = Session(build_id=seed_engine.build_id)
    seed_engine.ask(f"{a}多少", s)
    seed_engine.ask(f"{b}呢", s)
    rate = seed_engine.ask("增长率", s)
    assert f"{(vb - va) / va * 100:.2f}%" in rate.text.splitlines()[0]


def test_a_combination_needs_two_figures_just_shown(seed_engine):
    s = Session(build_id=seed_engine.build_id)
    seed_engine.ask("信访工作经费多少", s)
    seed_engine.ask("它有哪些指标", s)  # a list, not one figure: nothing to combine with
    answer = seed_engine.ask("两者差多少", s)
    assert answer.intent != "combine"


def test_a_question_naming_its_own_subject_is_not_a_combination(seed_engine):
    s = Session(build_id=seed_engine.build_id)
    seed_engine.ask("信访工作经费多少", s)
    seed_engine.ask("信访超市呢", s)
    answer = seed_engine.ask("公务用车购置经费和聘请法律顾问专项经费加起来", s)
    assert answer.intent != "combine"
    assert "公务用车购置经费" in answer.text and "聘请法律顾问专项经费" in answer.text and "27" in answer.text


# --- ordinals into the last list shown ---------------------------------------------------------------


@pytest.mark.parametrize("say", ["第{n}是哪个", "第{n}个是哪个", "第{n}项多少"])
def test_an_ordinal_points_into_the_ranking_shown(seed_engine, say):
    ranked = sorted(seed_engine.kb.projects.values(), key=lambda p: -p.total)
    for n in range(1, len(ranked) + 1):
        s = Session(build_id=seed_engine.build_id)
        assert seed_engine.ask("按金额排一下项目", s).status == ANSWERED
        answer = seed_engine.ask(say.format(n=n), s)
        assert answer.status == ANSWERED, answer.text
        assert ranked[n - 1].name in answer.text.splitlines()[0]


# --- years -------------------------------------------------------------------------------------------


@given(st.integers(min_value=2000, max_value=2039))
def test_a_two_digit_year_is_a_year(year):
    two = f"{year % 100:02d}"
    assert full_years(f"那{two}年的呢") == f"那{year}年的呢"
    cn = "".join("〇一二三四五六七八九"[int(c)] for c in str(year))
    assert full_years(f"{cn}年预算") == f"{year}年预算"
    if year < 2030:  # "三五年" is three to five years: a spoken two-character year starts 〇, 一 or 二
        assert full_years(f"{cn[2:]}年预算") == f"{year}年预算"


@pytest.mark.parametrize("text", ["实施周期3年", "10年以上", "5年内", "第一年", "一年", "三五年", "1.5年", "全年"])
def test_durations_are_not_years(text):
    assert full_years(text) == text


@pytest.mark.parametrize("year", ["22年", "二〇二二年", "2022年"])
def test_a_follow_up_in_a_year_not_held_is_not_answered_with_the_current_figure(seed_engine, year):
    s = Session(build_id=seed_engine.build_id)
    first = seed_engine.ask("信访工作经费多少", s)
    answer = seed_engine.ask(f"那{year}的呢", s)
    assert answer.status != ANSWERED
    assert _amount(first.text) != 0 and "60.00万元" not in answer.text


# --- never leave the conversation's department -------------------------------------------------------


def test_a_follow_up_is_not_answered_from_another_department(multi_engine):
    kb = multi_engine.kb
    depts = [d.name for d in kb.departments]
    assert len(depts) >= 2
    for dept in kb.departments:
        own = {kb.projects[p].name for p in kb.projects if kb.projects[p].document_id in dept.doc_ids}
        others = [p for p in kb.projects.values() if p.document_id not in dept.doc_ids and p.name not in own]
        for other in others[:3]:
            s = Session(build_id=multi_engine.build_id)
            assert multi_engine.ask(f"{dept.name}有哪些项目", s).status == ANSWERED
            answer = multi_engine.ask(f"那{other.name}呢", s)
            other_dept = kb.departments_of_documents([other.document_id])[0].name
            assert not (answer.status == ANSWERED and other_dept in answer.text and dept.name not in answer.text), \
                answer.text


def test_a_pointer_at_two_after_nothing_found_is_not_answered_with_a_table_total(seed_engine):
    s = Session(build_id=seed_engine.build_id)
    assert seed_engine.ask("信访工作经费一季度多少", s).status != ANSWERED
    answer = seed_engine.ask("这两个加起来", s)
    assert answer.status != ANSWERED
    assert "234.98" not in answer.text


# --- arithmetic named in one question ----------------------------------------------------------------


def test_everything_but_the_projects_left_out_is_summed(seed_engine):
    kb = seed_engine.kb
    total = sum(p.total for p in kb.projects.values())
    for p in kb.projects.values():
        answer = seed_engine.ask(f"除了{p.name} 剩下项目合计多少")
        assert answer.status == ANSWERED, answer.text
        assert f"{total - p.total:.2f}万元" in answer.text
        assert f"{total:.2f}万元" not in answer.text


def test_a_sum_asked_as_a_share_of_the_total(seed_engine):
    kb = seed_engine.kb
    projects = list(kb.projects.values())
    total = sum(p.total for p in projects)
    for a, b in zip(projects, projects[1:], strict=False):
        answer = seed_engine.ask(f"{a.name}加{b.name} 这俩占总额的比重")
        assert answer.status == ANSWERED, answer.text
        assert f"{(a.total + b.total) / total * 100:.2f}%" in answer.text


@pytest.mark.parametrize("word", ["写的啥", "写的什么", "是啥"])
def test_what_a_value_says(seed_engine, word):
    plain = seed_engine.ask("法律顾问服务对象满意度 年度指标值是多少")
    asked = seed_engine.ask(f"法律顾问服务对象满意度 年度指标值{word}")
    assert asked.status == plain.status == ANSWERED
    assert asked.text == plain.text


# --- the two figures as plain data -------------------------------------------------------------------

_VALUES = st.floats(min_value=1, max_value=1e6, allow_nan=False).map(lambda x: round(x, 2))


def _session(*figures: dict) -> Session:
    return Session(figures=list(figures))


@given(_VALUES, _VALUES, st.booleans(), st.sampled_from(["执行率", "完成率多少", "执行率呢"]))
def test_a_rate_is_over_the_figure_labelled_budget_whichever_came_first(actual, budget, budget_first, asked):
    from bot.dialogue.figures import combine

    done = {"label": "信息化建设 全年实际", "value": actual, "unit": "万元", "department": ""}
    plan = {"label": "信息化建设 年初预算", "value": budget, "unit": "万元", "department": ""}
    answer = combine(_session(*((plan, done) if budget_first else (done, plan))), asked)
    assert answer is not None and answer.status == ANSWERED
    assert answer.text.startswith(f"{actual / budget * 100:.2f}%")


@given(_VALUES, _VALUES, st.booleans())
def test_a_share_is_of_the_figure_labelled_total(whole, part, whole_first):
    from bot.dialogue.figures import combine

    total = {"label": "本年支出合计", "value": whole, "unit": "万元", "department": ""}
    one = {"label": "住房保障支出", "value": part, "unit": "万元", "department": ""}
    answer = combine(_session(*((total, one) if whole_first else (one, total))), "占比呢")
    assert answer is not None
    assert f"{part / whole * 100:.2f}%" in answer.text.splitlines()[0]


@pytest.mark.parametrize("asked", ["项目支出占多少比例", "信访超市加起来", "差旅费差多少"])
def test_a_follow_up_naming_a_third_thing_is_not_a_combination(asked):
    from bot.dialogue.figures import combine

    a = {"label": "合计 本年支出合计", "value": 2940.05, "unit": "万元", "department": ""}
    b = {"label": "基本支出", "value": 2336.91, "unit": "万元", "department": ""}
    assert combine(_session(a, b), asked) is None


def test_figures_of_different_units_are_not_added():
    from bot.dialogue.figures import combine

    a = {"label": "编制", "value": 34, "unit": "", "department": ""}
    b = {"label": "经费", "value": 12.5, "unit": "万元", "department": ""}
    assert combine(_session(a, b), "两个加起来") is None


# --- the conversation's projects as a whole ----------------------------------------------------------


def test_average_per_project_after_the_count(seed_engine):
    totals = [p.total for p in seed_engine.kb.projects.values()]
    s = Session(build_id=seed_engine.build_id)
    seed_engine.ask("一共几个项目", s)
    answer = seed_engine.ask("平均每个多少钱", s)
    assert answer.status == ANSWERED
    assert f"{sum(totals) / len(totals):.2f}" in answer.text.splitlines()[0]


@pytest.mark.parametrize("first, then, pick", [("哪个项目最少", "比最多的少多少", max), ("哪个项目最多", "比最少的多多少", min)])
def test_against_the_extreme_of_the_projects(seed_engine, first, then, pick):
    totals = {p.name: p.total for p in seed_engine.kb.projects.values()}
    s = Session(build_id=seed_engine.build_id)
    seed_engine.ask(first, s)
    answer = seed_engine.ask(then, s)
    assert answer.status == ANSWERED
    assert f"{max(totals.values()) - min(totals.values()):.2f}" in answer.text
    assert pick(totals, key=totals.get) in answer.text


@pytest.mark.parametrize("say, pick", [("钱最少的那个", min), ("最多的那个", max), ("金额最大的是哪个", max)])
def test_the_extreme_of_the_list_shown(seed_engine, say, pick):
    totals = {p.name: p.total for p in seed_engine.kb.projects.values()}
    s = Session(build_id=seed_engine.build_id)
    assert seed_engine.ask("有哪些项目", s).status == ANSWERED
    answer = seed_engine.ask(say, s)
    assert answer.status == ANSWERED
    assert pick(totals, key=totals.get) in answer.text.splitlines()[0]


# --- two asks in one question ------------------------------------------------------------------------


@pytest.mark.parametrize("second", ["主要干嘛用", "是干什么的"])
def test_two_asks_parted_by_a_space_are_both_answered(seed_engine, second):
    for p in seed_engine.kb.projects.values():
        answer = seed_engine.ask(f"{p.name}多少 {second}")
        assert answer.status == ANSWERED, answer.text
        assert f"{p.total:.2f}万元" in answer.text
        assert "绩效目标" in answer.text


@pytest.mark.parametrize("said", ["加一块儿", "加一块", "加到一起", "加一起"])
def test_spoken_sums_are_sums_not_an_amount_of_one_kuai(seed_engine, said):
    plain = seed_engine.ask("信访工作经费和信访超市加起来多少")
    spoken = seed_engine.ask(f"信访工作经费和信访超市{said}多少")
    assert spoken.status == plain.status == ANSWERED
    assert spoken.text == plain.text


@given(_VALUES, _VALUES, st.sampled_from(["前者是后者的几倍", "后者是前者的几倍", "是几倍"]))
def test_times_follows_the_words_said(first, second, asked):
    from bot.dialogue.figures import combine

    a = {"label": "甲项目", "value": first, "unit": "万元", "department": ""}
    b = {"label": "乙项目", "value": second, "unit": "万元", "department": ""}
    answer = combine(_session(a, b), asked)
    assert answer is not None
    want = {"前者是后者的几倍": first / second, "后者是前者的几倍": second / first}.get(
        asked, max(first, second) / min(first, second))
    assert answer.text.splitlines()[0].startswith(("甲项目", "乙项目"))
    assert f"{want:.2f}倍" in answer.text.splitlines()[0]


# --- the figure just shown, of another department ----------------------------------------------------


@pytest.fixture(scope="module")
def general3_engine(tmp_path_factory, built_copy):
    from bot.engine import Engine
    from tests.conftest import DATA, ROOT, VOCAB

    db = built_copy([ROOT / "knowledge", DATA / "samples", DATA / "general3"], tmp_path_factory.mktemp("g3") / "kb.sqlite")
    return Engine(db, VOCAB)


@pytest.mark.parametrize("label", ["住房公积金", "机关事业单位职业年金缴费支出"])
@pytest.mark.parametrize("first, other", [("青岚教育局", "普陀财政局"), ("普陀财政局", "青岚教育局")])
def test_that_departments_figure_is_the_same_label_of_the_department_named(general3_engine, label, first, other):
    engine = general3_engine
    s = Session(build_id=engine.build_id)
    assert engine.ask(f"{first}{label}", s).status == ANSWERED
    after = engine.ask(f"{other}的呢", s)
    alone = engine.ask(f"{other}{label}", Session(build_id=engine.build_id))
    assert after.status == alone.status == ANSWERED
    assert after.text.splitlines()[0] == alone.text.splitlines()[0]


@pytest.mark.parametrize("then", ["这钱主要干嘛用", "这车主要干嘛用"])
def test_what_the_figure_just_shown_is_for(seed_engine, then):
    for p in seed_engine.kb.projects.values():
        s = Session(build_id=seed_engine.build_id)
        assert seed_engine.ask(f"{p.name}多少", s).status == ANSWERED
        answer = seed_engine.ask(then, s)
        assert answer.status == ANSWERED, (p.name, answer.text)
        assert answer.text.startswith(f"{p.name}的绩效目标")


# --- follow-ups over the general tables: the column asked before, the row's own figure, the table's own
# total (tests/data/general4) ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def general4_engine(tmp_path_factory, built_copy):
    from bot.engine import Engine
    from tests.conftest import DATA, ROOT, VOCAB

    db = built_copy([ROOT / "knowledge", DATA / "samples", DATA / "general4"], tmp_path_factory.mktemp("g4") / "kb.sqlite")
    return Engine(db, VOCAB)


def _first_line(text: str) -> str:
    return text.splitlines()[0].split("（来源")[0]


_UNITS = ["桐溪区市场监督管理局机关本级", "桐溪区市场监管综合行政执法大队", "城关市场监督管理所", "青石市场监督管理所"]


@pytest.mark.parametrize("column", ["退休", "编制", "实有人数"])
@pytest.mark.parametrize("first, then", [(a, b) for a in _UNITS for b in _UNITS if a != b][:6])
def test_another_row_is_asked_the_column_asked_before(general4_engine, column, first, then):
    engine = general4_engine
    s = Session(build_id=engine.build_id)
    assert engine.ask(f"桐溪区市场监管局{first}{column}多少", s).status == ANSWERED
    after = engine.ask(f"{then}呢", s)
    alone = engine.ask(f"桐溪区市场监管局{then}{column}多少", Session(build_id=engine.build_id))
    assert after.status == alone.status == ANSWERED, (after.text, alone.text)
    # The same column(s) of the row named now (the first question may have matched fewer of a group of
    # columns than the full one: one set of items holds the other).
    items_after, items_alone = set(_first_line(after.text).split("；")), set(_first_line(alone.text).split("；"))
    assert items_after <= items_alone or items_alone <= items_after, (after.text, alone.text)
    assert all(i.startswith(then) for i in items_after) and "备注" not in after.text


def _figure(text: str) -> float:
    return float(re.search(r"[：:]\s*(-?\d+(?:\.\d+)?)", _first_line(text)).group(1))


@pytest.mark.parametrize("rate, formula", [("空编率多少", lambda a, b: (a - b) / a), ("在编率多少", lambda a, b: b / a)])
def test_a_rate_of_staffing_is_worked_out_from_the_two_counts(general4_engine, rate, formula):
    engine = general4_engine
    s = Session(build_id=engine.build_id)
    first = engine.ask("桐溪市场监管局编制合计", s)
    second = engine.ask("实有呢", s)
    third = engine.ask(rate, s)
    assert first.status == second.status == third.status == ANSWERED
    planned = float(re.findall(r"合计：(\d+)人", first.text)[-1])  # the row's 合计 column among its columns
    actual = _figure(second.text)
    assert f"{formula(planned, actual) * 100:.2f}%" in third.text.splitlines()[0]


@pytest.mark.parametrize("a, b", [("基本支出", "项目支出"), ("高标准农田建设", "农村人居环境整治")])
def test_a_row_named_alone_is_its_amount_and_their_difference_is_of_amounts(general4_engine, a, b):
    engine = general4_engine
    s = Session(build_id=engine.build_id)
    first, second = engine.ask(f"青岚{a}", s), engine.ask(f"{b}呢", s)
    assert first.status == second.status == ANSWERED
    assert "万元" in _first_line(first.text) and "万元" in _first_line(second.text)  # never the row's 执行率
    assert a in _first_line(first.text) and b in _first_line(second.text) and a not in _first_line(second.text)
    diff = engine.ask("两者差多少", s)
    assert diff.status == ANSWERED
    assert f"{abs(_figure(first.text) - _figure(second.text)):g}万元" in diff.text


def test_the_tables_own_total_of_the_two_rows_is_given_with_the_arithmetic(general4_engine):
    engine = general4_engine
    s = Session(build_id=engine.build_id)
    first, second = engine.ask("社工部人员经费", s), engine.ask("公用经费呢", s)
    total = engine.ask("合计是多少", s)
    assert first.status == second.status == total.status == ANSWERED
    computed = _figure(first.text) + _figure(second.text)
    printed = float(re.search(r"(\d+(?:\.\d+)?)万元", total.text).group(1))
    assert 0 < abs(printed - computed) <= 0.011  # the printed total, which rounding sets apart
    assert f"{computed:.2f}" in total.text and "表中所列" in total.text
    rows = engine.kb.conn.execute("SELECT count(*) FROM facts WHERE number = ? AND department LIKE '%社会工作部'",
                                  (printed,)).fetchone()[0]
    assert rows >= 1  # printed in the department's own tables


def test_a_pointer_is_the_project_just_answered_not_another_departments(general4_engine):
    engine = general4_engine
    s = Session(build_id=engine.build_id)
    first = engine.ask("东湖分局专项资金项目", s)
    assert first.status == ANSWERED
    dept = next(d.name for d in engine.kb.departments if d.name in first.text)
    then = engine.ask("它的绩效总目标", s)
    assert then.status == ANSWERED
    others = [d.name for d in engine.kb.departments if d.name != dept]
    assert dept in then.text and not any(o in then.text for o in others), then.text


@pytest.mark.parametrize("first, ask", [("财政局卫生健康支出", "具体是哪一项"), ("青岚基本支出小计", "具体是哪一项"),
                                        ("社工部住房保障支出", "包括哪些")])
def test_the_rows_under_the_row_just_shown(general4_engine, first, ask):
    engine = general4_engine
    s = Session(build_id=engine.build_id)
    shown = engine.ask(first, s)
    assert shown.status == ANSWERED
    parts = engine.ask(ask, s)
    assert parts.status == ANSWERED
    fact = shown.entities[0]["id"]
    row, col, section, doc = engine.kb.conn.execute(
        "SELECT row_labels, col_labels, section, document_id FROM facts WHERE id = ?", (fact,)).fetchone()
    own = row.split("\x1f")[-1]
    under = engine.kb.conn.execute(
        "SELECT row_labels FROM facts WHERE document_id = ? AND section IS ? AND col_labels IS ? AND row_labels LIKE ?",
        (doc, section, col, f"%{own.lstrip('0123456789')}%\x1f%")).fetchall()
    assert under
    for (labels,) in under:  # every row under it, by its own label
        assert re.sub(r"^\d+", "", labels.split("\x1f")[-1]) in parts.text


def test_a_sum_over_rows_leaves_out_their_headings(general4_engine):
    engine = general4_engine
    s = Session(build_id=engine.build_id)
    assert engine.ask("青岚农业农村局各季度情况", s).status == ANSWERED
    total = engine.ask("一季度合计实际多少", s)
    assert total.status == ANSWERED
    printed = engine.kb.conn.execute(
        "SELECT number FROM facts WHERE row_labels = '合计' AND col_labels LIKE '%一季度%' AND department LIKE '青岚%'").fetchone()[0]
    assert f"{printed:g}万元" in total.text.splitlines()[0]  # the items add up to the table's own 合计


@pytest.mark.parametrize("conversation, column", [(["桐溪区市场监管局离退休人员", "其中离休的在哪个单位"], "离休"),
                                                  (["桐溪区市场监管局哪些单位有工勤编制"], "工勤编制")])
def test_which_units_hold_a_value_of_the_column(general4_engine, conversation, column):
    engine = general4_engine
    s = Session(build_id=engine.build_id)
    for q in conversation:
        answer = engine.ask(q, s)
    assert answer.status == ANSWERED
    rows = engine.kb.conn.execute(
        "SELECT row_labels, number FROM facts WHERE department LIKE '桐溪%' AND col_labels LIKE ? AND number IS NOT NULL",
        (f"%{column}",)).fetchall()
    units = [r.split("\x1f")[-1] for r, n in rows if not re.search(r"小计|合计", r)]
    held = [u for u, (r, n) in zip(units, [x for x in rows if not re.search(r"小计|合计", x[0])], strict=True) if n]
    assert held and all(u in answer.text for u in held)
    assert not any(u in answer.text for u in units if u not in held)  # a unit with 0 is not one of them
    assert "合计" not in answer.text.split("（来源")[0]


def test_another_year_of_a_label_printed_with_its_year_then_the_change(general4_engine):
    engine = general4_engine
    s = Session(build_id=engine.build_id)
    first, second = engine.ask("东湖项目2018年预算", s), engine.ask("2019年呢", s)
    assert first.status == second.status == ANSWERED
    assert "2018年" in _first_line(first.text) and "2019年" in _first_line(second.text)
    change = engine.ask("增长了多少", s)
    assert change.status == ANSWERED
    assert f"{_figure(second.text) - _figure(first.text):g}万元" in change.text.splitlines()[0]


def test_a_target_then_the_actual_then_how_far_beyond(general4_engine):
    engine = general4_engine
    s = Session(build_id=engine.build_id)
    target = engine.ask("渝中城镇新增就业目标", s)
    actual = engine.ask("实际呢", s)
    beyond = engine.ask("超了多少", s)
    assert target.status == actual.status == beyond.status == ANSWERED
    goal = float(re.search(r"指标值[：:]\s*[≥≤]?\s*(\d+(?:\.\d+)?)", target.text).group(1))
    assert f"{_figure(actual.text) - goal:g}" in beyond.text.splitlines()[0]


def test_an_item_of_the_list_just_shown_named_by_a_shortening(general4_engine):
    engine = general4_engine
    s = Session(build_id=engine.build_id)
    listed = engine.ask("东湖的数量指标有哪些", s)
    assert listed.status == ANSWERED
    item = engine.ask("社保卡那个值呢", s)
    assert item.status == ANSWERED
    line = next(x for x in listed.text.splitlines() if "社会保障卡" in x)
    value = re.search(r"指标值[：:]\s*(\S+)", line).group(1)
    assert "社会保障卡" in item.text and value in item.text
    assert sum(bool(re.match(r"\s*\d+[.、]", x)) for x in item.text.splitlines()) == 1  # that item alone


@pytest.mark.parametrize("then", ["这钱都包括啥", "这钱包括什么"])
def test_what_the_money_just_shown_covers_is_its_goal(seed_engine, then):
    for p in list(seed_engine.kb.projects.values())[:10]:
        s = Session(build_id=seed_engine.build_id)
        assert seed_engine.ask(f"{p.name}多少", s).status == ANSWERED
        answer = seed_engine.ask(then, s)
        assert answer.status == ANSWERED, (p.name, answer.text)
        assert answer.text.startswith(f"{p.name}的绩效目标"), answer.text


def test_a_question_every_department_could_answer_is_of_the_conversations_department(general4_engine):
    engine = general4_engine
    alone = engine.ask("项目支出占多少比例", Session(build_id=engine.build_id))
    assert alone.status != ANSWERED  # no conversation: no department to take it of
    s = Session(build_id=engine.build_id)
    assert engine.ask("普陀财政局支出合计", s).status == ANSWERED
    assert engine.ask("基本支出呢", s).status == ANSWERED
    share = engine.ask("项目支出占多少比例", s)
    same = engine.ask("普陀财政局项目支出占多少比例", Session(build_id=engine.build_id))
    assert share.status == same.status == ANSWERED
    assert share.text.splitlines()[0] == same.text.splitlines()[0]


def test_a_word_of_the_question_found_in_the_one_indicator_just_shown(seed_engine):
    s = Session(build_id=seed_engine.build_id)
    listed = seed_engine.ask("信访超市的数量指标", s)
    assert listed.status == ANSWERED
    asked = seed_engine.ask("具体哪些单位派人进驻", s)
    assert asked.status == ANSWERED
    line = next(x for x in listed.text.splitlines() if "进驻" in x)
    assert line.strip() in asked.text  # the indicator whose value says who is stationed there
    other = Session(build_id=seed_engine.build_id)
    seed_engine.ask("信访超市的数量指标", other)
    assert seed_engine.ask("具体哪些单位派人出差", other).status != ANSWERED  # a word it does not say


# --- follow-ups on a ranking, a category list, and what the table does not say -----------------------


@pytest.mark.parametrize("place", [2, 3, 4])
def test_a_place_asked_after_a_ranking_is_that_place_of_it(seed_engine, place):
    kb = seed_engine.kb
    ranked = sorted(((p.total, p.name) for p in kb.projects.values() if p.kind != "department"), reverse=True)
    s = Session(build_id=seed_engine.build_id)
    assert seed_engine.ask("哪个项目钱最多", s).status == ANSWERED
    answer = seed_engine.ask(f"那排第{'一二三四'[place - 1]}的呢", s)
    assert answer.status == ANSWERED, answer.text
    first = answer.text.splitlines()[0]
    assert ranked[place - 1][1] in first and ranked[0][1] not in first


@pytest.mark.parametrize("then", ["指标值是多少", "实施周期指标值是啥", "年度指标值呢"])
def test_a_value_asked_after_a_category_list_is_of_those_indicators(seed_engine, then):
    kb = seed_engine.kb
    conn = kb.conn
    rows = conn.execute("SELECT i.id, i.name, p.name FROM indicators i JOIN projects p ON p.id = i.project_id "
                        "WHERE i.level2 = '时效指标'").fetchall()
    assert rows
    for _iid, ind, project in rows[:4]:
        s = Session(build_id=seed_engine.build_id)
        assert seed_engine.ask(f"{project}的时效指标", s).status == ANSWERED
        answer = seed_engine.ask(then, s)
        assert answer.status == ANSWERED, answer.text
        assert ind in answer.text and "万元" not in answer.text.splitlines()[0]
        others = [r[1] for r in rows if r[2] != project and r[1] not in answer.text]
        assert len(answer.text.splitlines()) <= 4 or not others, answer.text  # not every project's list


def test_indicator_value_asked_of_a_project_lists_its_indicators_values(seed_engine):
    for p in list(seed_engine.kb.projects.values())[:4]:
        answer = seed_engine.ask(f"{p.name}指标值")
        assert answer.status == ANSWERED and answer.intent == "indicator_list", answer.text
        assert "指标值" in answer.text and "总计" not in answer.text


@pytest.mark.parametrize("q", ["{}项目实施周期是几年", "{}实施周期多长"])
def test_how_long_a_project_runs_is_not_in_the_table_and_never_its_amount(seed_engine, q):
    for p in list(seed_engine.kb.projects.values())[:4]:
        answer = seed_engine.ask(q.format(p.name))
        assert answer.status != ANSWERED, answer.text
        assert f"{p.total:.2f}" not in answer.text


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 6])
def test_an_ordinal_after_rows_numbered_in_the_table_counts_by_that_numbering(samples_engine, n):
    s = Session(build_id=samples_engine.build_id)
    shown = samples_engine.ask("东湖分局项目支出明细有哪些", s)
    assert shown.status == ANSWERED
    rows = {int(m.group(1)): m.group(2) for m in re.finditer(r"\d+\. (\d)\.([^：]+)：", shown.text)}
    assert len(rows) >= 6, shown.text
    answer = samples_engine.ask(f"第{'一二三四五六'[n - 1]}个多少钱", s)
    assert answer.status == ANSWERED, answer.text
    assert f"{n}.{rows[n]}" in answer.text.splitlines()[0]
    assert "合计" not in answer.text.splitlines()[0]


def test_a_bare_amount_after_an_unanswered_question_is_not_the_departments_total(samples_engine):
    s = Session(build_id=samples_engine.build_id)
    assert samples_engine.ask("东湖分局航天补贴明细第一项是啥", s).status != ANSWERED
    answer = samples_engine.ask("多少钱", s)
    assert answer.status != ANSWERED or "合计" not in answer.text.splitlines()[0], answer.text


def test_the_last_one_after_a_list_is_its_last_item(seed_engine):
    kb = seed_engine.kb
    for p in list(kb.projects.values())[:4]:
        s = Session(build_id=seed_engine.build_id)
        shown = seed_engine.ask(f"{p.name}的指标有哪些", s)
        assert shown.status == ANSWERED
        items = re.findall(r"^\s*\d+\. ([^［]+)［", shown.text, re.M)
        answer = seed_engine.ask("最后一个要求多少", s)
        assert answer.status == ANSWERED, answer.text
        assert items[-1] in answer.text and items[0] not in answer.text, answer.text


def test_a_part_named_only_in_a_rows_bracket_is_not_given_the_rows_total(samples_engine):
    kb = samples_engine.kb
    rows = [(p, m.group(1)) for p in kb.projects.values() if (m := re.search(r"（含(.{4,}?)(?:资金)?）", p.name))]
    assert rows
    for p, part in rows:
        outside = re.sub(r"（含.*?）", "", p.name)
        answer = samples_engine.ask(f"{outside}里{part}具体多少")
        assert answer.status != ANSWERED or f"{p.total:.2f}" not in answer.text, answer.text
        whole = samples_engine.ask(f"{outside}多少")
        assert whole.status == ANSWERED and f"{p.total:.2f}" in whole.text, whole.text


def test_a_goal_written_as_numbered_targets_answers_one_target_and_their_count(samples_engine):
    kb = samples_engine.kb
    from bot.store import queries
    rows = [r for r in queries.projects(kb.conn, list(kb.projects)) if re.search(r"目标\d：", r["goal"] or "")]
    assert rows
    for row in rows:
        targets = dict(re.findall(r"目标(\d)：([^\n]+)", row["goal"]))
        dept = kb.documents[row["document_id"]]["department_name"]
        for n, text in targets.items():
            answer = samples_engine.ask(f"{dept}总体绩效目标{n}写的啥")
            assert answer.status == ANSWERED and text.strip() in answer.text, answer.text
            others = [t for k, t in targets.items() if k != n]
            assert not any(t.strip() in answer.text for t in others)
        count = samples_engine.ask(f"{dept}那个整体目标一共列了几个目标")
        assert count.status == ANSWERED and f"{len(targets)} 个" in count.text.splitlines()[0], count.text
        missing = samples_engine.ask(f"{dept}总体绩效目标{len(targets) + 3}写的啥")
        assert f"只列了 {len(targets)} 个" in missing.text and targets["1"].strip() not in missing.text


@pytest.mark.parametrize("share", ["占部门预算支出百分之几", "占部门预算支出的比例"])
def test_a_share_of_the_figure_just_shown_stays_in_the_conversations_department(samples_engine, share):
    kb = samples_engine.kb
    for dept in sorted({d["department_name"] for d in kb.documents.values()}):
        s = Session(build_id=samples_engine.build_id)
        first = samples_engine.ask(f"{dept}项目支出多少", s)
        if first.status != ANSWERED:
            continue
        answer = samples_engine.ask(share, s)
        others = [d.name for d in kb.departments if d.name != dept]
        assert not any(o in answer.text for o in others), answer.text
        assert not answer.text.startswith("这是"), answer.text  # not a description of every table


@pytest.fixture(scope="module")
def seed_and_samples(tmp_path_factory, built_copy):
    from bot.engine import Engine
    from tests.conftest import DATA, SEED, VOCAB

    return Engine(built_copy([SEED, DATA / "samples"], tmp_path_factory.mktemp("both") / "kb.sqlite"), VOCAB)


def test_a_kind_of_indicator_a_departments_table_lacks_is_not_answered_from_its_other_rows(seed_and_samples):
    samples_engine = seed_and_samples
    kb = samples_engine.kb
    having = {r[0] for r in kb.conn.execute("SELECT DISTINCT document_id FROM indicators WHERE level2 = '成本指标'")}
    lacking = [d for d, doc in kb.documents.items() if d not in having
               and kb.conn.execute("SELECT 1 FROM indicators WHERE document_id = ?", (d,)).fetchone()]
    assert lacking
    for d in lacking:
        dept = kb.documents[d]["department_name"]
        for q in (f"{dept}项目的成本指标值是多少", f"{dept}项目的成本指标有哪些"):
            answer = samples_engine.ask(q)
            assert answer.status != ANSWERED, answer.text
