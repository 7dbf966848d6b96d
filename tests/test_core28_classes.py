"""The core product on 项目支出绩效目标表 as PDF-extracted text (round 28), on two more fictional tables
(tests/core28_tables.py: a 司法局 with its 公证处, a 城市管理局), each loaded alone, with the seed, and all three
together, asked as staff ask (issue 13).

Classes: a word read as "the value" (标准, 要求) said beside a project's name is the indicator of that project
whose name holds it, or the project's values — never its money; "哪些项目的满意度是95%" keeps only the
indicators of that class whose value holds the number; an indicator's name shared by several departments, asked
which ones ("完成时间是…的有哪些"), answers across them, grouped, without forcing a choice; "各部门分别多少钱" is each
department's total; words said as an indicator's value ("哪个项目要求日产日清", "指标值写的X的是哪个项目", "哪个项目有
“X”这个指标"), even when a name fits them loosely, are the indicators whose value says them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED, converse, engine_over
from core28_tables import justice_text, urban_text

from bot.engine import ANSWERED, UNKNOWN, Engine
from bot.ingest.text import parse_text


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def justice(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("core28j")
    return engine_over(folder / "kb.sqlite", [_write(folder, "nanxi_justice.txt", justice_text())])


@pytest.fixture(scope="module")
def urban(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("core28u")
    return engine_over(folder / "kb.sqlite", [_write(folder, "beihu_urban.txt", urban_text())])


@pytest.fixture(scope="module")
def with_seed(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("core28js")
    return engine_over(folder / "kb.sqlite", [SEED, _write(folder, "nanxi_justice.txt", justice_text())])


@pytest.fixture(scope="module")
def together(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("core28all")
    paths = [SEED, _write(folder, "nanxi_justice.txt", justice_text()), _write(folder, "beihu_urban.txt", urban_text())]
    return engine_over(folder / "kb.sqlite", paths)


def answered(engine: Engine, *turns: str):
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED, answer.text
    return answer


def test_the_fictional_tables_load_whole():
    for text, projects, indicators in ((justice_text(), 8, 34), (urban_text(), 9, 37)):
        doc = parse_text(text, "t.txt")
        assert len(doc.projects) == projects and sum(len(p.indicators) for p in doc.projects) == indicators
        assert doc.issues == [], doc.issues
    justice = parse_text(justice_text(), "t.txt")
    notary = next(p for p in justice.projects if p.name == "公证业务运行经费")
    assert (notary.amounts.special_account, notary.amounts.other) == (12.0, 8.0)
    assert "南溪县公共法律服务实体平台及热线运行维护经费" in [p.name for p in justice.projects]


# --- a value word beside a project's name ------------------------------------------------------------------


def test_a_value_word_of_one_of_its_indicators_is_that_indicator(justice, together):
    for engine in (justice, together):
        for q in ("法律援助案件补贴标准是多少", "法律援助案件补贴经费的补贴标准是多少"):
            a = answered(engine, q)
            assert "每件案件补贴标准" in a.text and "≤1500元" in a.text and "66.00" not in a.text, a.text


def test_a_projects_values_asked_are_not_its_money(justice, urban):
    a = answered(justice, "人民调解工作经费的要求是多少")
    assert "调解成功率" in a.text and "48.00" not in a.text, a.text
    a = answered(urban, "公厕管理维护经费的要求是多少")
    assert "公厕保洁达标率" in a.text and "26.00" not in a.text, a.text
    a = answered(urban, "公厕管理维护经费多少")  # (the money still, when money is asked)
    assert "26.00" in a.text, a.text


# --- a class's value said, asked which ones ------------------------------------------------------------------


def test_which_projects_set_a_class_to_the_value_said(justice, urban, together):
    a = answered(justice, "哪些项目的满意度是95%")
    assert "受援人满意度" in a.text and "公证业务运行经费" in a.text, a.text
    assert "人民调解工作经费" not in a.text and "普法宣传教育经费" not in a.text, a.text
    a = answered(urban, "满意度是85%的有哪些项目")
    assert "生活垃圾收运处置经费" in a.text and "沿街商户满意度" in a.text and "园林绿化养护经费" not in a.text, a.text
    a = converse(justice, "哪些项目的满意度是80%")
    assert a.status == UNKNOWN and "80" in a.text, a.text
    a = answered(together, "哪些项目的满意度是95%")
    assert "数字城管平台运行经费" in a.text and "受援人满意度" in a.text and "园林绿化养护经费" not in a.text, a.text


def test_an_indicator_shared_by_departments_asked_which_answers_across(together):
    a = answered(together, "完成时间是2025年11月底前的有哪些")
    assert "北湖区城市管理局" in a.text and "南溪县司法局" in a.text, a.text
    assert "采购完成时间" in a.text and "数字化完成时间" in a.text and "您问的是哪个部门" not in a.text, a.text


def test_an_indicator_asked_which_over_more_than_a_message_holds_asks_which_department(together, monkeypatch):
    """Across every department only when the list fits one short message; else which one, 全部 among them."""
    from bot.dialogue import clarify

    monkeypatch.setattr(clarify, "ACROSS_AT_MOST", 1)
    a = together.ask("完成时间是2025年11月底前的有哪些")
    assert a.status == "clarify" and "全部" in a.text and "采购完成时间" not in a.text, a.text


def test_each_departments_total_asked_at_once(together):
    for q in ("各部门分别多少钱", "各部门经费分别是多少"):
        a = answered(together, q)
        assert "1398.30" in a.text and "369.00" in a.text and "234.98" in a.text, a.text


# --- words said as an indicator's value -------------------------------------------------------------------


def test_words_of_a_value_find_their_indicator(urban, justice, together):
    for q in ("哪个项目要求日产日清", "指标值写的日产日清的是哪个项目", "日产日清是哪个项目的"):
        a = answered(urban, q)
        assert "生活垃圾收运处置经费" in a.text and "垃圾清运时限" in a.text, a.text
    a = answered(urban, "哪个项目有每日16小时这个指标值")
    assert "城区道路清扫保洁服务经费" in a.text, a.text
    for engine in (justice, together):  # (the value printed with its 、, said without it)
        a = answered(engine, "哪个项目有“小事不出村、大事不出镇”这个指标")
        assert "人民调解工作经费" in a.text and "矛盾纠纷就地化解" in a.text, a.text
    a = converse(urban, "哪个项目的指标值是明显提升")  # (none of its values says it)
    assert a.status == UNKNOWN, a.text


def test_a_value_said_is_not_a_name_it_loosely_fits(together):
    """"满意度评价" is the seed's value, not the 当事人满意度 of another table (a loose fit of the name)."""
    for q in ("满意度评价是哪个项目的", "满意度指标值写的满意度评价的是哪个项目"):
        a = answered(together, q)
        assert "信访工作经费" in a.text and "当事人满意度" not in a.text, a.text


# --- "那X局的呢" after a question over a department's projects ------------------------------------------------


def test_another_department_asked_the_same_question_over_its_projects(together):
    """The question again, over the department now named — never the projects just shown (of another
    department: "城管局没有…这个项目", or their figures answered as the new department's)."""
    cases = [
        (("司法局经费最多的项目", "那城管局的呢"), "城区道路清扫保洁服务经费", "热线"),
        (("司法局有几个项目", "那城管局呢"), "9 个", "热线"),
        (("司法局超过40万的项目", "那城管局的呢"), "生活垃圾收运处置经费", "人民调解"),
        (("司法局满意度指标有哪些", "那城管局的呢"), "市民满意度", "当事人满意度"),
        (("司法局经费最少的两个项目", "那城管局的呢"), "园林绿化养护经费", "公证档案"),
        (("司法局哪些项目没有满意度指标", "城管局的呢"), "城市照明设施运行维护经费", "社区矫正"),
        (("城管局哪些项目设了成本指标", "那信访局的呢"), "聘请法律顾问专项经费", "城管综合执法"),
    ]
    for turns, expected, leaked in cases:
        a = answered(together, *turns)
        assert expected in a.text and leaked not in a.text and "这个项目" not in a.text, (turns, a.text)
    a = answered(together, "司法局哪些项目没有满意度指标", "城管局的呢")
    assert "没有满意度指标" in a.text and "园林绿化养护经费" not in a.text, a.text
    a = converse(together, "人民调解工作经费多少", "那城管局的呢")  # (a project named: none of that name there)
    assert a.status != ANSWERED and "没有" in a.text, a.text


# --- when, of a project or of an indicator named ---------------------------------------------------------------


def test_when_a_project_is_done_is_its_time_indicator_under_another_name(justice, together):
    """"什么时候完工" is read 完工时间; a table naming its time indicator …完成时间 answers the same."""
    for engine in (justice, together):
        a = answered(engine, "公证档案数字化什么时候完工")
        assert "数字化完成时间" in a.text and "2025年11月底前" in a.text, a.text


def test_when_of_an_indicator_named_is_of_its_project_only(together):
    a = answered(together, "数字化档案卷数什么时候完成")  # (its project's time indicator of the same work)
    assert "数字化完成时间" in a.text and "采购完成时间" not in a.text and "整治完成时间" not in a.text, a.text
    a = converse(together, "桥梁定期检测啥时候完成")  # (neither it nor its project's time says it)
    assert a.status != ANSWERED and "您问的是哪个部门" not in a.text and "11月底" not in a.text, a.text
    a = answered(together, "普法验收啥时候完成")
    assert "普法验收完成时间" in a.text and "采购完成时间" not in a.text, a.text


# --- quantities in a unit's projects, in more measure words ---------------------------------------------------


def test_a_quantity_asked_of_a_unit_or_in_another_measure(justice):
    a = answered(justice, "公证处一年办多少件")
    assert "办理公证业务件数" in a.text and "≥2600件" in a.text, a.text
    a = answered(justice, "档案数字化要做多少卷")
    assert "≥6000卷" in a.text, a.text


# --- follow-ups narrowed to what is in focus -----------------------------------------------------------------


def test_an_indicator_name_followed_up_is_the_focus_projects(urban, justice):
    a = answered(urban, "城区道路清扫保洁服务经费多少", "市民满意度呢")
    assert "≥90%" in a.text and "生活垃圾收运处置经费" not in a.text and "数字城管" not in a.text, a.text
    a = answered(justice, "当事人满意度是多少", "公证那个")  # (of the two 公证 projects, the one having it)
    assert "公证业务运行经费" in a.text and "≥95%" in a.text and "哪一个项目" not in a.text, a.text
    a = answered(justice, "法律援助案件要办多少件", "补贴标准呢")
    assert "每件案件补贴标准" in a.text and "≤1500元" in a.text and "≥420件" not in a.text, a.text


def test_an_unplaced_third_amount_is_the_share_asked_not_zero(justice):
    a = answered(justice, "法律援助案件补贴经费多少", "其他资金占多少")
    # (its third amount is placed by the 合计: 其他资金 38 less 公证处's 8 is its 20 and 应诉's 10)
    assert "20.00" in a.text and "30.30%" in a.text and "0.00%" not in a.text, a.text
    a = answered(justice, "公证业务运行经费其他资金占比")  # (printed in its own column: no doubt said)
    assert "18.87%" in a.text and "看不出" not in a.text, a.text


# --- another unit's project, another place ------------------------------------------------------------------


def test_a_project_of_another_unit_is_not_the_units(justice, together):
    for engine in (justice, together):
        a = converse(engine, "公证处热线经费多少")  # (热线 is the 司法局 unit's project)
        assert a.status != ANSWERED and "82.10" not in a.text and "南溪县公证处" in a.text, a.text
        a = answered(engine, "公证处数字化经费多少")
        assert "15.00" in a.text, a.text
    a = answered(together, "司法局公证业务运行经费多少")  # (the department, not its own unit)
    assert "42.40" in a.text, a.text


def test_a_place_not_loaded_is_not_the_loaded_ones(justice, together):
    for engine in (justice, together):
        a = converse(engine, "普法宣传教育经费多少", "临江县的呢")
        assert a.status != ANSWERED and "临江县" in a.text and "35.00" not in a.text, a.text
        a = converse(engine, "普法宣传教育经费多少", "那临江县的呢")
        assert a.status != ANSWERED and "35.00" not in a.text, a.text
        a = answered(engine, "南溪县普法宣传教育经费多少")
        assert "35.00" in a.text, a.text
    a = answered(together, "司法局有几个项目", "北湖区的呢")
    assert "9 个" in a.text, a.text


# --- what already held, kept on the new tables -----------------------------------------------------------


def test_staff_questions_on_the_new_tables(justice, urban, with_seed):
    checks = [
        (justice, ("我们局有几个项目",), "8 个"),
        (justice, ("本局经费最多的项目是哪个",), "南溪县公共法律服务实体平台及热线运行维护经费"),
        (justice, ("公证业务运行经费其他资金多少",), "8.00"),
        (justice, ("哪个项目是管社区矫正的",), "社区矫正监督管理经费"),
        (justice, ("哪几个项目没有满意度指标",), "公证档案数字化经费"),
        (justice, ("除了热线运行维护经费以外经费最多的是哪个",), "法律援助案件补贴经费"),
        (justice, ("经费倒数第二的是哪个项目",), "普法宣传教育经费"),
        (justice, ("最多跑一次办结率是多少",), "≥90%"),
        (justice, ("调解案件办结时限是多少",), "≤15个工作日"),
        (justice, ("社区矫正集中教育学习几次",), "4次"),
        (urban, ("哪些项目设了生态效益指标",), "园林绿化养护经费"),
        (urban, ("执法车辆买了几辆",), "4辆"),
        (urban, ("店招标牌整治完成时间",), "2025年11月底前"),
        (with_seed, ("人民调解工作经费多少", "它的满意度指标呢", "实施周期的呢"), "实施周期指标值：≥90%"),
        (with_seed, ("经费最多的三个项目", "第五个是干什么的"), "法律援助"),
    ]
    for engine, turns, expected in checks:
        a = answered(engine, *turns)
        assert expected in a.text, (turns, a.text)
    for engine, q in ((justice, "人民调解工作经费人均多少"), (justice, "法律援助的差旅费多少"),
                      (justice, "2023年人民调解工作经费多少"), (urban, "城管局差旅费多少")):
        a = converse(engine, q)
        assert a.status != ANSWERED, (q, a.text)
