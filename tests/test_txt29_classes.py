"""Seed-format text tables (round 29) on a fictional 松川县统计局 table (tests/txt29_doc.py), alone and with the
seed: the unplaced third amount of a line (财政专户拨款 or 其他资金, the text does not say which) counts in a
share of its project and in a sum of that column, never the totals; "去掉X剩下的加起来" after a list is the rest
of that list; an indicator asked right after one project is that project's own (a name several share, or one
said in part) — never another project's figure."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED, converse, engine_over
from txt29_doc import stats_text

from bot.engine import ANSWERED, Engine


def _write(folder: Path) -> Path:
    path = folder / "songchuan_stats.txt"
    path.write_text(stats_text(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def stats(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("txt29")
    return engine_over(folder / "kb.sqlite", [_write(folder)])


@pytest.fixture(scope="module")
def with_seed(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("txt29s")
    return engine_over(folder / "kb.sqlite", [SEED, _write(folder)])


@pytest.fixture(params=["alone", "with_seed"])
def engine(request, stats, with_seed) -> Engine:
    return stats if request.param == "alone" else with_seed


def answered(engine: Engine, *turns: str):
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED, answer.text
    return answer


# --- the unplaced third amount --------------------------------------------------------------------------------


def test_a_share_of_the_unplaced_amount_is_of_that_amount(engine):
    for turns in (("统计执法检查经费里其他资金占比",), ("统计执法检查经费多少", "其他资金占多少")):
        a = answered(engine, *turns)
        assert "22.42%" in a.text and "0.00%" not in a.text and "未列" not in a.text, a.text
    a = answered(engine, "普查员培训经费财政拨款占比")
    assert "52.94%" in a.text, a.text


def test_a_sum_of_one_source_column_adds_that_column(engine):
    a = answered(engine, "松川县统计局用了其他资金的项目有几个", "它们其他资金加起来多少")
    assert "76.00万元" in a.text and "258.30" not in a.text, a.text
    a = answered(engine, "统计执法检查经费和普查员培训经费财政拨款加起来多少")
    assert "52.60万元" in a.text and "78.60" not in a.text, a.text


def test_the_rest_of_a_list_just_shown(engine):
    a = answered(engine, "松川县统计局有哪些项目超过50万", "去掉辅助人员剩下的加起来")
    assert "251.70万元" in a.text and "普查员培训" not in a.text, a.text


# --- an indicator asked after one project ------------------------------------------------------------------------


def test_an_indicator_after_one_project_is_its_own(engine):
    a = answered(engine, "统计业务用房修缮经费", "项目完成时间呢")
    assert "2026年9月底前" in a.text and "11月底" not in a.text and "6月底" not in a.text, a.text
    a = answered(engine, "聘用统计辅助人员经费", "考核合格率要求")
    assert "92%" in a.text and "100%" not in a.text, a.text
    # asked across projects, or of an indicator the project does not have: not narrowed to it
    a = answered(engine, "统计业务用房修缮经费", "哪些项目有项目完成时间")
    assert "6月底" in a.text and "11月底" in a.text, a.text
    a = answered(engine, "统计调查业务经费", "被检查单位满意度多少")
    assert "85%" in a.text, a.text


# --- a follow-up naming only a subject that is not loaded ----------------------------------------------------------


def test_a_follow_up_naming_a_place_not_loaded_is_not_answered_by_the_last_one(engine):
    # (于 and 都 of 于都县, 名 of 茂名 are question words too: the place is not read as them)
    for place in ("于都县", "茂名", "安远县"):
        a = converse(engine, "统计调查业务经费多少", f"{place}的呢")
        assert a.status != ANSWERED and place in a.text and "72.00" not in a.text, a.text
    a = answered(engine, "统计调查业务经费多少", "财政拨款呢")
    assert "72.00" in a.text, a.text
    # (a short follow-up that is no "X的呢" — an ordinal into the list just shown — is not taken for a place)
    a = answered(engine, "统计执法检查经费的指标有哪些", "第二个指标值")
    assert "≥30件" in a.text, a.text


# --- "A和它加起来"; when a project is done -------------------------------------------------------------------------


def test_a_name_added_to_the_pointer_at_the_last_one(engine):
    for said in ("普查员培训经费和它加起来", "普查员培训经费跟它一共多少钱"):
        a = answered(engine, "统计调查业务经费多少", said)
        assert "106.00万元" in a.text, a.text


def test_when_a_project_is_done_is_its_own_time_indicator(engine):
    a = answered(engine, "业务用房修缮什么时候完工")
    assert "2026年9月底前" in a.text and "11月底" not in a.text and "6月底" not in a.text, a.text
    a = answered(engine, "普查员培训啥时候完成")
    assert "2026年6月底前" in a.text and "9月底" not in a.text, a.text


def test_an_indicator_named_in_full_with_when_is_that_one(tmp_path):
    """A 时效 indicator named in full and "啥时候完成": that indicator, not every project's 项目完成时间 beside it."""
    from target_tables import Item, Unit, render
    unit = Unit("柳岸县档案馆", "60.00 60.00", [
        Item("档案抢救保护经费", "40.00 40.00", "对破损档案进行修裱和抢救保护。",
             [("11", "修裱破损档案", "≥3000页", "≥3000页"), ("13", "年度档案接收进馆", "2026年8月底前", "2026年8月底前")]),
        Item("档案库房改造经费", "20.00 20.00", "改造档案库房消防和温湿度设施。",
             [("11", "改造库房面积", "≥500平方米", "≥500平方米"), ("13", "项目完成时间", "2026年10月底前", "2026年10月底前")]),
    ])
    path = tmp_path / "liuan_archives.txt"
    path.write_text(render("柳岸县档案馆", "60.00 60.00", [unit]), encoding="utf-8")
    engine = engine_over(tmp_path / "kb.sqlite", [path])
    a = answered(engine, "年度档案接收进馆啥时候完成")
    assert "2026年8月底前" in a.text and "10月底" not in a.text, a.text


# --- counts asked by their measure word ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def justice(tmp_path_factory) -> Engine:
    """A small fictional 司法局 table: a 公证处 unit, a 法律援助 project (said 法援 for short), counts in 件 and 卷."""
    from target_tables import Item, Unit, render
    units = [
        Unit("青禾县司法局", "50.00 50.00", [
            Item("法律援助案件补贴经费", "50.00 50.00", "按标准支付法律援助案件办案补贴。",
                 [("11", "办理法律援助案件", "≥420件", "≥420件"), ("14", "办案补贴标准", "≤1200元/件", "≤1200元/件")]),
        ]),
        Unit("青禾县公证处", "30.00 12.00 18.00", [
            Item("公证业务运行经费", "30.00 12.00 18.00", "保障公证处运转，办理公证事项，整理公证档案。",
                 [("11", "办理公证事项", "≥1600件", "≥1600件"), ("11", "整理公证卷宗", "≥9000卷", "≥9000卷"),
                  ("31", "当事人满意度", "≥95%", "≥95%")]),
        ]),
    ]
    folder = tmp_path_factory.mktemp("txt29j")
    path = folder / "qinghe_justice.txt"
    path.write_text(render("青禾县司法局", "80.00 62.00 18.00", units), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path])


def test_a_count_asked_by_its_measure_word(justice, engine):
    a = answered(justice, "公证处一年办多少件公证")
    assert "1600件" in a.text and "420" not in a.text, a.text
    a = answered(justice, "公证档案要整理多少卷")
    assert "9000卷" in a.text, a.text
    a = answered(justice, "法援案件要办多少件")  # 法援: the usual short name of 法律援助
    assert "420件" in a.text, a.text
    a = answered(engine, "执法检查一年办多少件案件")
    assert "≥30件" in a.text, a.text


def test_another_indicator_of_the_project_said_in_a_follow_up(engine):
    a = answered(engine, "执法检查案件要办多少件", "补贴标准呢")
    assert "200元/家" in a.text and "≥30件" not in a.text, a.text
    a = answered(engine, "执法检查案件要办多少件", "年度值呢")  # (a word of the value asked: the same one)
    assert "≥30件" in a.text, a.text


# --- 本级 ----------------------------------------------------------------------------------------------------------


def test_the_departments_own_level_is_its_own_unit(engine):
    for said in ("统计局本级(不含普查中心)多少", "统计局本级多少"):
        a = answered(engine, said)
        assert "301.60万元" in a.text and "387.90" not in a.text, a.text
    a = answered(engine, "统计局本级有哪些项目")
    assert "4 个" in a.text and "普查员培训" not in a.text, a.text


# --- a unit named with a word of another unit's project -------------------------------------------------------------


def test_a_unit_named_with_a_word_of_another_units_project(engine):
    a = converse(engine, "普查中心人员经费多少")  # (人员 is a word of 聘用统计辅助人员经费, under the bureau itself)
    assert a.status != ANSWERED and "57.60" not in a.text and "86.30" not in a.text, a.text
    a = answered(engine, "普查中心的普查员培训经费多少")
    assert "34.00万元" in a.text, a.text
    a = answered(engine, "普查中心有哪些项目")
    assert "经济普查资料整理经费" in a.text and "聘用" not in a.text, a.text
