"""Classes of conversations and seed questions from blind_11, asked through Engine.ask: a follow-up over the
last list or the last two figures (their sum's share, the items counted, the last item's use), two things of
two departments combined in one question, a "那X呢" that replaces one named part and keeps the column asked,
and the seed's own words (报 for counting projects, a name said with a word left out, 包括哪些开支)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import Workbook

from bot.engine import ANSWERED, Engine
from bot.store import queries as query
from tests.conftest import DATA, ROOT, VOCAB, converse


def _projects(engine: Engine) -> list[tuple[str, float]]:
    rows = query.projects_in(engine.kb.conn, list(engine.kb.documents))
    return [(r["name"], r["total"]) for r in rows if r["kind"] != "department"]


def _percent(part: float, whole: float) -> str:
    return f"{part / whole * 100:.2f}%"


# --- follow-ups over the last list or the last two figures ------------------------------------------------


@pytest.mark.parametrize("n, words", [(2, "两"), (3, "三")])
def test_the_share_of_the_projects_ranked_is_their_sums(seed_engine, n, words):
    projects = _projects(seed_engine)
    whole = sum(t for _, t in projects)
    for order, ranked in (("最贵", sorted(projects, key=lambda p: -p[1])), ("最便宜", sorted(projects, key=lambda p: p[1]))):
        part = sum(t for _, t in ranked[:n])
        together = converse(seed_engine, f"{order}的{words}个项目", "加起来占多少")
        assert together.status == ANSWERED, together.text
        assert _percent(part, whole) in together.text.splitlines()[0]
        assert not any(_percent(t, whole) in together.text for _, t in ranked[:n])  # not each one's share
        each = converse(seed_engine, f"{order}的{words}个项目", "占总额百分比")  # each, then theirs together
        assert all(_percent(t, whole) in each.text for _, t in ranked[:n]) and _percent(part, whole) in each.text


def test_projects_joined_by_plus_are_summed_and_then_shared(seed_engine):
    projects = dict(_projects(seed_engine))
    whole = sum(projects.values())
    answer = converse(seed_engine, "政府雇员工资加公用经费")
    assert answer.status == ANSWERED and "79.98万元" in answer.text.splitlines()[0]
    share = converse(seed_engine, "政府雇员工资加公用经费", "占总额多少")
    assert _percent(projects["政府雇员工资经费"] + projects["政府雇员公用经费"], whole) in share.text
    assert _percent(projects["政府雇员工资经费"], whole) not in share.text


def test_the_items_counted_are_listed_when_asked_what_they_are(seed_engine):
    for name, _ in _projects(seed_engine):
        pid = next(p.id for p in seed_engine.kb.projects.values() if p.name == name)
        indicators = {r["name"] for r in query.indicators(seed_engine.kb.conn, project_ids=[pid])}
        answer = converse(seed_engine, f"{name}有几个指标", "都是啥")
        assert answer.status == ANSWERED, answer.text
        assert all(i in answer.text for i in indicators), (name, answer.text)
    listed = converse(seed_engine, "有几个项目", "都是哪些")
    assert listed.status == ANSWERED and all(n in listed.text for n, _ in _projects(seed_engine))
    again = converse(seed_engine, "经费超过50万的项目有几个", "分别是哪些")
    assert again.status == ANSWERED and all(n in again.text for n, t in _projects(seed_engine) if t > 50)


def test_the_last_item_of_a_list_is_asked_by_its_use(seed_engine):
    shown = converse(seed_engine, "信访局有哪些项目")
    last = re.findall(r"^\d+\. ([^：]+)：", shown.text, re.M)[-1]
    answer = converse(seed_engine, "信访局有哪些项目", "最后一个是干嘛用的")
    assert answer.status == ANSWERED and answer.intent == "goal", answer.text
    assert answer.text.startswith(last)


# --- two things of two departments in one question --------------------------------------------------------


@pytest.fixture(scope="module")
def everyone(tmp_path_factory, built_copy) -> Engine:
    return Engine(built_copy([ROOT / "knowledge", DATA / "samples"], tmp_path_factory.mktemp("ctx11") / "kb.sqlite"), VOCAB)


def test_two_departments_things_added_in_one_question(everyone):
    answer = converse(everyone, "信访超市经费和社工部公用经费加起来")
    assert answer.status == ANSWERED, answer.text
    first = answer.text.splitlines()[0]
    assert "78.23万元" in first and "68万元 + " in first and "10.23万元" in first  # each with its department and source
    assert "000_9289cd5134f499bc.txt" in answer.text and "putuo_shegongbu" in answer.text


def test_two_departments_things_set_against_each_other_in_the_order_said(everyone):
    answer = converse(everyone, "渝中就业补助执行数比东湖就业补助多多少")
    assert answer.status == ANSWERED, answer.text
    assert "5447.18万元" in answer.text and "6643 − 1195.82" in answer.text
    reverse = converse(everyone, "东湖就业补助比渝中就业补助执行数少多少")
    assert reverse.status == ANSWERED and "1195.82 − 6643" in reverse.text


# --- "那X呢": one named part replaced, the column or measure asked kept --------------------------------------


def _staffing_table(folder: Path) -> Path:
    """A staffing table (编制 / 实有 by unit) and a 三公 table of another county, both with a 执法大队 row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "编制统计"
    ws.append(["云渡县卫生健康局2025年人员编制及实有人数统计表"])
    ws.append(["单位：人"])
    ws.append(["单位（科室）", "编制数", None, "实有人数", None, "备注"])
    ws.append([None, "合计", "事业编制", "合计", "编外聘用", None])
    for row in (["县卫生健康综合监督执法大队", 12, 12, 14, 3, "参公单位"], ["县疾病预防控制中心", 40, 40, 47, 9, "公益一类"],
                ["县妇幼保健院", 70, 70, 95, 28, "公益二类"], ["合计", 122, 122, 156, 40, None]):
        ws.append(row)
    ws.merge_cells("B3:C3")
    ws.merge_cells("D3:E3")
    path = folder / "yundu_staffing.xlsx"
    wb.save(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "2025年预算"
    ws.append(["石桥县农业农村局2025年“三公”经费财政拨款预算表"])
    ws.append(["单位：元"])
    ws.append(["单位名称", "合计", "公务用车购置费", "公务接待费"])
    for row in (["局机关", 50000, 0, 30000], ["县农业综合行政执法大队", 120000, 100000, 9000],
                ["县农业技术推广中心", 20000, 0, 11000], ["合计", 190000, 100000, 50000]):
        ws.append(row)
    ws = wb.create_sheet("2024年实际支出")  # the same rows a year before, on a sheet of their own
    ws.append(["石桥县农业农村局2024年“三公”经费实际支出表"])
    ws.append(["单位：元"])
    ws.append(["单位名称", "合计", "公务用车购置费", "公务接待费"])
    for row in (["局机关", 41000, 0, 25000], ["县农业综合行政执法大队", 20000, 0, 8000],
                ["县农业技术推广中心", 15000, 0, 7000], ["合计", 76000, 0, 40000]):
        ws.append(row)
    wb.save(folder / "shiqiao_sangong.xlsx")
    return folder


@pytest.fixture(scope="module")
def units(tmp_path_factory, built_copy) -> Engine:
    folder = _staffing_table(tmp_path_factory.mktemp("units-tables"))
    return Engine(built_copy([ROOT / "knowledge", DATA / "samples", folder], tmp_path_factory.mktemp("units") / "kb.sqlite"),
                  VOCAB)


def test_another_unit_keeps_the_column_asked(units):
    first = converse(units, "执法大队实有人数")  # 执法大队 ends a row of both tables; only one has 实有人数
    assert first.status == ANSWERED and "14人" in first.text and "156" not in first.text, first.text
    answer = converse(units, "执法大队实有人数", "那疾控中心呢")  # 疾控中心: the unit's short name, no other bureau
    assert answer.status == ANSWERED and "47人" in answer.text and "40人" not in answer.text, answer.text
    by_value = converse(units, "县妇幼保健院实有人数", "那参公单位呢")  # rows named by a value they hold
    assert by_value.status == ANSWERED and "14人" in by_value.text, by_value.text


def test_another_department_named_with_its_column_is_asked_there(units):
    answer = converse(units, "石桥农业农村局公务接待费", "那普陀财政局的公务接待费决算呢")
    assert answer.status == ANSWERED, answer.text
    assert "putuo_czj" in answer.text and "50000" not in answer.text
    named = converse(units, "东湖就业补助多少", "那渝中的就业补助资金呢")  # a project named by its name
    assert named.status == ANSWERED and "7574" in named.text, named.text


def test_a_ranking_over_a_tables_year_sheets_is_of_its_own_year(units):
    first = converse(units, "石桥公务接待费最多的单位")
    assert first.status == ANSWERED and "30000" in first.text and "2025年预算" in first.text, first.text
    second = converse(units, "石桥公务接待费最多的单位", "第二呢")  # 11000 of 2025, not 25000 of 2024
    assert second.status == ANSWERED and "11000" in second.text and "25000" not in second.text, second.text


def test_a_part_of_the_total_just_shown_is_its_share(units, seed_engine):
    answer = converse(units, "石桥农业农村局三公合计", "公务接待费占多少")  # 50000 of the 合计 row's 190000
    assert answer.status == ANSWERED and "26.32%" in answer.text and "50000 ÷ 190000" in answer.text, answer.text
    projects = dict(_projects(seed_engine))
    whole = sum(projects.values())
    shared = converse(seed_engine, "信访局一共多少钱", "法律顾问占多少")
    assert _percent(projects["聘请法律顾问专项经费"], whole) in shared.text


def test_a_word_said_alone_names_the_projects_indicator_holding_it(units):
    answer = converse(units, "东湖五险净增人数", "社保卡呢")  # 社会保障卡发卡量, of the same project
    assert answer.status == ANSWERED and "社会保障卡发卡量" in answer.text and "7万张" in answer.text, answer.text


def test_the_same_value_of_another_department_by_its_row_and_column(units):
    answer = converse(units, "财政局绩效自评平均分", "社工部呢")
    assert answer.status == ANSWERED and "平均得分" in answer.text and "社工部" not in answer.text.split("（来源")[0]
    assert "putuo_shegongbu" in answer.text and "100.00分" in answer.text


# --- the seed's own words ---------------------------------------------------------------------------------


@pytest.mark.parametrize("asked", ["局里总共报了几个项目", "一共申报了几个项目", "信访局上报了多少个项目"])
def test_projects_reported_are_counted(seed_engine, asked):
    answer = converse(seed_engine, asked)
    assert answer.status == ANSWERED and f"{len(_projects(seed_engine))} 个项目" in answer.text, answer.text


def test_an_indicator_named_with_one_word_left_out(seed_engine):
    kb = seed_engine.kb
    names = set(kb.indicator_name.values())
    asking = {w for ws in kb.vocab.concepts.values() for w in ws if len(w) >= 2}  # 执行率 is asked, not named
    checked = 0
    for name in sorted(names):
        words = kb.segmenter.cut(name)
        for i, word in enumerate(words):
            said = "".join(words[:i] + words[i + 1:])
            # a word between two words of its own ("区领导[重点]约访"), the rest naming no other indicator
            if len(word) < 2 or len(said) < 4 or i == 0 or i == len(words) - 1 or any(said in n for n in names) \
                    or len(words[i - 1]) < 2 or len(words[i + 1]) < 2 \
                    or any(w in said for w in asking) or re.search(r"我|局|委|厅|署|办公室", said):  # "我区", "信访局" read as a department: another class
                continue
            answer = converse(seed_engine, f"{said}的指标值是多少")
            assert answer.status == ANSWERED and name in answer.text, (said, answer.text)
            checked += 1
    assert checked >= 3
    both = converse(seed_engine, "区领导约访在两个项目里的指标值分别多少")  # two names it fits, both shown
    assert "≥20名" in both.text and "≥15次" in both.text


def test_what_a_project_includes_is_its_texts_包括_sentence(seed_engine):
    for name, _ in _projects(seed_engine):
        goal = next(p for p in query.projects_in(seed_engine.kb.conn, list(seed_engine.kb.documents)) if p["name"] == name)["goal"]
        said = next((s for s in re.split(r"[。；;]", goal or "") if "包括" in s), None)
        if said is None:
            continue
        for asked in ("包括哪些开支", "包括哪些费用"):
            answer = converse(seed_engine, f"{name}{asked}")
            assert answer.status == ANSWERED and said.strip() in answer.text, answer.text


def test_how_often_is_read_in_the_named_projects_texts(seed_engine):
    answer = converse(seed_engine, "信访超市那边多久进驻一次镇街")
    assert answer.status == ANSWERED and "每三个月进驻两个镇街" in answer.text, answer.text


def test_an_indicator_named_by_its_values_words_after_a_project(seed_engine):
    answer = converse(seed_engine, "信访工作经费", "综合办理效能是哪类指标")
    assert answer.status == ANSWERED and "时效指标" in answer.text, answer.text


def test_a_bare_share_after_one_figure_is_of_that_figures_column(units):
    # 47 of the 实有人数 column (156), never the 编制数 column's share; 9000 of 公务接待费 (50000), never 合计's
    staff = converse(units, "县疾病预防控制中心实有人数", "占比呢")
    assert staff.status == ANSWERED and "47 ÷ 156" in staff.text and "40 ÷ 122" not in staff.text, staff.text
    money = converse(units, "石桥执法大队公务接待费", "占多少")
    assert money.status == ANSWERED and "9000 ÷ 50000" in money.text and "120000" not in money.text, money.text


def test_a_cell_printed_on_two_years_sheets_is_its_workbooks_year_without_one_asked(units):
    answer = converse(units, "石桥农业农村局公务接待费")  # 50000 on 2025年预算, 40000 on 2024年实际支出
    assert answer.status == ANSWERED and "50000" in answer.text and "40000" not in answer.text, answer.text


def test_another_columns_total_is_no_whole_of_a_figure(units):
    # after 合计 公务接待费 (one column's total), 公务用车购置费占多少 is not 100000 ÷ 50000
    answer = converse(units, "石桥农业农村局公务接待费", "公务用车购置费占多少")
    assert "占合计 公务接待费" not in answer.text and "100000 ÷ 50000" not in answer.text, answer.text
