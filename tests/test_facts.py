"""Questions over facts, by feature: values by their labels in people's words, several at once, arithmetic,
years, counts and lists, superlatives, what is not in the table, departments by short names, citations.

The knowledge base holds the three sample spreadsheets and the general tables of make_dev_tables.py;
every expected figure is read off those tables by hand.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bot.engine import Engine, Session
from bot.store.build import load_paths

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
GENERAL = DATA / "general"
DEV_TABLES = ["jiangmen_social_security_2024.xlsx", "shaoguan_education_2024_staffing.xlsx",
              "zhaoqing_duanzhou_finance_2023_2024_comparison.xlsx", "zhuhai_xiangzhou_health_2024_03_analysis.xlsx",
              "qingyuan_qingcheng_civil_2024_h1_execution.xlsx"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    db = built_copy([DATA / "samples", *(GENERAL / name for name in DEV_TABLES)],
                    tmp_path_factory.mktemp("facts") / "kb.sqlite")
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM facts").fetchone()[0] > 300
    return Engine(db, ROOT / "knowledge" / "vocabulary.toml")


def ask(engine: Engine, question: str, session: Session | None = None):
    return engine.ask(question, session)


def answered(engine: Engine, question: str, *want: str, session: Session | None = None) -> str:
    a = ask(engine, question, session)
    assert a.status == "answered", (question, a.text)
    assert len(a.text) <= 4096, (question, len(a.text))  # one Telegram message
    for w in want:
        assert w in a.text, (question, w, a.text)
    return a.text


def test_load_summary_names_layout_year_and_facts(tmp_path, parsed_pdfs):
    sources = [GENERAL / "shaoguan_education_2024_staffing.xlsx", DATA / "samples"]
    summary = load_paths(tmp_path / "kb.sqlite", sources, parsed=parsed_pdfs(sources))
    text = summary.text()
    assert "数据项：" in text
    assert "shaoguan_education_2024_staffing.xlsx：人员编制情况表（general-table），2024年，韶关市教育局" in text
    assert "36 个数据项" in text


# --- a value by its labels ---------------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["韶关市教育局第一中学在编人员多少", "在编人员韶关市第一中学有多少人",
                                      "韶关教育局第一中学实有人数在编人员"])
def test_value_by_labels_in_any_order(engine, question):
    text = answered(engine, question, "271")
    assert "286" not in text and "190" not in text


def test_value_with_a_percent_cell(engine):
    answered(engine, "江门蓬江区参保率", "96.31%")


def test_label_of_a_form_sheet(engine):
    answered(engine, "渝中就业补助资金联系人", "向俐")
    answered(engine, "湛江人社局财政供养人员数", "737")


def test_several_values_at_once(engine):
    answered(engine, "蓬江区和江海区的参保人数分别多少", "412350", "168420")
    answered(engine, "渝中城镇新增就业目标和实际完成分别多少", "39500", "49358")


def test_clauses_each_answered(engine):
    answered(engine, "湛江人社局财政供养人员多少人，下属几个二级单位", "737", "10")


# --- arithmetic, showing the values used ---------------------------------------------------------------------


def test_sum_shows_the_values_and_the_result(engine):
    answered(engine, "江门社保局蓬江区和江海区参保人数一共多少", "412350 + ", "168420 = 580770")


def test_difference_between_two_items_of_a_column(engine):
    answered(engine, "端州区财政局基本支出比项目支出多多少", "3266 - 3122.5 = 143.5")


def test_difference_with_last_year(engine):
    # the table prints the change (增减额, 增减率) beside both years: its own figures, with the two years'
    answered(engine, "端州区财政局基本支出较上年增加多少", "145.6万元", "4.67%", "2023年 3120.4万元", "2024年 3266万元")


def test_ratio_of_two_values(engine):
    answered(engine, "香洲区卫健局公共卫生服务本月实际占预算的比例", "410 ÷ 450 = 91.11%")


def test_remaining_and_excess(engine):
    answered(engine, "渝中就业补助资金还有多少没执行", "931")
    answered(engine, "渝中城镇新增就业超额完成多少人", "49358 - 39500 = 9858")


# --- years ---------------------------------------------------------------------------------------------------


def test_year_selects_the_column(engine):
    text = answered(engine, "端州区财政局2023年其他收入多少", "115.2")
    assert "130" not in text.split("（来源")[0]


def test_relative_year(engine):
    answered(engine, "端州财政局去年的基本支出", "3120.4")


def test_year_not_in_the_knowledge_base(engine):
    a = ask(engine, "端州区财政局2022年其他收入多少")
    assert a.status == "unknown" and "没有 2022 年的数据" in a.text and "2023年、2024年" in a.text
    assert "115.2" not in a.text and "130" not in a.text


# --- counts, lists, superlatives -----------------------------------------------------------------------------


def test_count_at_one_level_of_the_hierarchy(engine):
    answered(engine, "湛江人社局有几个二级指标", "共 6 个")


def test_list_by_a_value(engine):
    text = answered(engine, "渝中自评表哪些指标权重是15", "新增区级创业孵化基地数量", "公共就业服务满意度")
    assert "预算执行率" not in text


def test_list_below_target(engine):
    text = answered(engine, "渝中自评表哪些指标没完成", "预算执行率", "财务监控有效性", "管理制度健全性")
    assert "零就业家庭帮扶率" not in text


def test_list_by_a_negative_bound(engine):
    text = answered(engine, "香洲区卫健局哪些科目本月差异率低于-10%", "商品和服务支出", "医疗设备购置")
    assert "公共卫生服务" not in text


def test_superlative_over_a_column(engine):
    text = answered(engine, "东湖分局项目支出明细哪项最多", "对机关事业单位养老保险基金的补助", "3080")
    assert "合计" not in text.split("（来源")[0]
    answered(engine, "江门哪个区参保人数最多", "蓬江区", "412350")


# --- what is not in the table --------------------------------------------------------------------------------


def test_sub_item_not_in_the_table_is_not_the_total(engine):
    a = ask(engine, "韶关市第一中学的差旅费多少")
    assert a.status == "unknown" and "差旅费" in a.text


def test_department_not_loaded_is_never_another(engine):
    a = ask(engine, "广州市教育局第一中学在编人员多少")
    assert a.status == "unknown" and "271" not in a.text


def test_a_month_the_table_lacks(engine):
    a = ask(engine, "香洲区卫健局7月实际支出")
    assert a.status == "unknown"


def test_same_label_in_several_departments_asks(engine):
    a = ask(engine, "基本支出多少")
    assert a.status == "clarify"
    assert "湛江市人力资源和社会保障局" in a.text and "肇庆市端州区财政局" in a.text


# --- departments, follow-ups, citations ------------------------------------------------------------------------


def test_short_department_names(engine):
    answered(engine, "东湖分局项目支出明细哪项最多", "3080")
    answered(engine, "端州财政局2023年其他收入多少", "115.2")


def test_follow_up_names_only_a_column(engine):
    session = Session()
    answered(engine, "韶关教育局第一中学编外聘用几个人", "24", session=session)
    answered(engine, "那退休人员呢", "96", session=session)


def test_citation_names_file_sheet_row_department_year_and_form(engine):
    text = answered(engine, "韶关教育局第一中学编外聘用几个人")
    assert "（来源：shaoguan_education_2024_staffing.xlsx 人员编制 第7行，韶关市教育局2024年人员编制情况表）" in text


def test_department_overview(engine):
    answered(engine, "韶关市教育局概况", "韶关市教育局2024年人员编制情况表")


# --- shares, periods, comparisons between columns, rows named by a value ------------------------------------


def test_share_of_an_item_in_its_groups_total(engine):
    answered(engine, "端州区财政局基本支出占比", "3266 ÷ 6388.5 = 51.12%", "支出合计")


def test_share_over_the_items_when_no_total_row(engine):
    answered(engine, "清城区民政局困难群众救助预算金额占比", "800 ÷ (800 + 260 + 90 + 150) = 61.54%")


def test_a_period_of_a_monthly_table_is_added_up(engine):
    answered(engine, "清城区民政局一季度执行数合计多少", "100 + ", "125 = 343")


def test_a_rate_over_the_whole_period_is_the_total_row(engine):
    text = answered(engine, "清城区民政局上半年执行率", "96.93%")
    assert "+" not in text


def test_rows_where_one_column_exceeds_another(engine):
    text = answered(engine, "清城区民政局哪几个月执行数超过预算数", "2月", "4月", "6月")
    assert "1月" not in text and "5月" not in text


def test_rows_named_by_a_text_value(engine):
    text = answered(engine, "清城区民政局区级财政资金的项目有哪些", "养老服务补贴", "殡葬改革奖补")
    assert "困难群众救助" not in text


def test_rows_paid_in_full(engine):
    text = answered(engine, "清城区民政局哪些项目已经付完了", "困难群众救助", "社区治理专项")
    assert "养老服务补贴" not in text and "月" not in text.split("（来源")[0]


def test_two_departments_compared_in_the_order_named(engine):
    answered(engine, "湛江人社局和渝中区人社局城镇新增就业目标差多少", "50000 - 39500 = 10500")


def test_a_year_of_a_table_without_one(engine, tmp_path):
    db = tmp_path / "seed.sqlite"
    load_paths(db, [ROOT / "knowledge"])
    seed = Engine(db, ROOT / "knowledge" / "vocabulary.toml")
    a = seed.ask("信访局2019年信访工作经费多少")
    assert a.status == "unknown" and "60" not in a.text
    assert seed.ask("信访工作经费多少").status == "answered"


def test_the_department_asked_back_is_answered_by_number_or_name(engine):
    for reply in ("肇庆市端州区财政局", "端州区财政局"):
        session = Session()
        first = ask(engine, "基本支出多少", session)
        assert first.status == "clarify" and "肇庆市端州区财政局" in first.text
        answered(engine, reply, "3266", session=session)
    session = Session()
    first = ask(engine, "基本支出多少", session)
    number = str(first.options.index("湛江市人力资源和社会保障局") + 1)
    answered(engine, number, "10891", session=session)


def test_fact_context_survives_a_session_stored_as_json(engine):
    """Front ends keep sessions as JSON between turns (frontends/sessions.py): follow-ups still work."""
    import json

    session = Session()
    answered(engine, "韶关教育局第一中学编外聘用几个人", "24", session=session)
    session = Session.from_dict(json.loads(json.dumps(session.to_dict())))
    answered(engine, "那退休人员呢", "96", session=session)
    session = Session()
    assert ask(engine, "基本支出多少", session).status == "clarify"
    session = Session.from_dict(json.loads(json.dumps(session.to_dict())))
    answered(engine, "端州区财政局", "3266", session=session)


def test_a_follow_up_never_answers_from_another_departments_table(engine):
    # Every department of the conversation's first question; the follow-up names none, so any fact it
    # is answered with must be one of theirs, whatever labels of other tables its words also match.
    for first in ("湛江人社局的重点工作任务有哪些", "渝中区就业补助资金预算多少"):
        session = Session()
        engine.ask(first, session)
        scope = {engine.kb.documents[d]["department_name"] for d in session.doc_ids}
        for follow_up in ("第二个投了多少", "第二季度呢", "那合计呢", "执行率呢"):
            s = Session.from_dict(session.to_dict())
            answer = engine.ask(follow_up, s)
            if answer.intent == "facts" and answer.status == "answered":
                named = {engine.kb.documents[e["document_id"]]["department_name"] for e in answer.source}
                assert named <= scope, (first, follow_up, answer.text)
