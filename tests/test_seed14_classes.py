"""The seed's own kind of questions (项目支出绩效目标表: projects, amounts, goals, indicators) and follow-ups over
its lists, each class asked of tables written here with names and figures of their own: a question the goal
or an indicator's text answers is answered with that sentence, never the amount; projects whose names hold a
word said are all of them; an ordinal counts in the list just shown; two figures just given are what "两个
一共" adds; an indicator's class is not its department; a line another department prints under the project's
name, or an indicator another department's table holds, makes the bot ask which department."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import DATA, converse, engine_over, simple_table

from bot.engine import Engine

ANSWERED, CLARIFY, UNKNOWN = "answered", "clarify", "unknown"


def _project(name: str, amount: float, goal: str, indicators: list[tuple[str, str, str, str, str]]) -> str:
    said = ",".join(f"{k}、{l1},{l2},{n}；实施周期指标值:{pv},年度指标值:{av};"
                    for k, (l1, l2, n, pv, av) in enumerate(indicators, 1))
    return f"    {name} {amount:.2f} {amount:.2f}\n\n{goal}\n\n{said}\n"


def _targets_table(path: Path, department: str, projects: list[tuple]) -> None:
    """A 项目支出绩效目标表 in the published text layout."""
    total = sum(p[1] for p in projects)
    body = "\n".join(_project(*p) for p in projects)
    path.write_text(f"项目支出绩效目标表（含转移支付项目）\n\n部门名称：{department}(部门) 单位：万元\n\n"
                    f"项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n"
                    f"合计 {total:.2f} {total:.2f}\n\n{department} {total:.2f} {total:.2f}\n\n{body}", encoding="utf-8")


CULTURE = "柏川市青禾区文化广电旅游体育局"
JUSTICE = "柏川市青禾区司法局"
CIVIL = "柏川市青禾区民政局"


def _culture(path: Path) -> None:
    _targets_table(path, CULTURE, [
        ("社区文化驿站运营经费", 46.5,
         "通过委托第三方运营社区文化驿站，组织群众文化活动。经费主要包括场地租赁、水电、讲师课酬等开支。",
         [("1-产出指标", "11-数量指标", "文化活动场次", "≥120场", "≥120场"),
          ("1-产出指标", "11-数量指标", "驻站文艺团队轮换", "每两个月轮换一次驻站文艺团队，每次派驻三支团队", "完成轮换"),
          ("1-产出指标", "11-数量指标", "驿站共建", "区图书馆、区文化馆、区非遗保护中心派员驻站服务", "驻站服务常态化"),
          ("1-产出指标", "14-成本指标", "驿站运营成本", "≤46.5万元", "≤46.5万元"),
          ("2-效益指标", "22-社会效益", "群众文化获得感", "持续提升", "明显提升"),
          ("3-满意度指标", "31-服务对象满意度", "群众满意度", "≥88%", "≥88%")]),
        ("文旅志愿者补贴经费", 12.8, "发放文旅志愿者交通误餐补贴，委托服务机构派出2名专职联络员，保障志愿服务有序开展。",
         [("1-产出指标", "11-数量指标", "补贴志愿者人次", "≥900人次", "≥900人次"),
          ("1-产出指标", "14-成本指标", "志愿者补贴标准", "≤12.8万元", "≤12.8万元"),
          ("2-效益指标", "21-经济效益", "带动游客消费", "持续增长", "增长5%"),
          ("3-满意度指标", "31-服务对象满意度", "志愿者服务对象满意度", "≥92%", "≥92%")]),
        ("文旅志愿者培训经费", 6.4, "组织文旅志愿者岗前培训。",
         [("1-产出指标", "11-数量指标", "培训人次", "≥300人次", "≥300人次"),
          ("2-效益指标", "21-经济效益", "服务游客增收", "持续增长", "增长3%")]),
        ("非遗展演活动经费", 21.0, "举办非遗展演。",
         [("1-产出指标", "12-质量指标", "展演节目合格率", "100%", "100%"),
          ("2-效益指标", "22-社会效益", "主管部门和我区兄弟单位的协作关系", "及时响应、协同配合", "及时响应、协同配合")]),
    ])


def _justice(path: Path) -> None:
    _targets_table(path, JUSTICE, [
        ("人民调解以案定补经费", 33.0, "对人民调解员按调解案件数量给予补贴，提升基层矛盾化解能力。",
         [("1-产出指标", "11-数量指标", "调解案件数量", "≥1500宗", "≥1500宗"),
          ("2-效益指标", "21-经济效益", "减少诉讼成本", "逐步降低", "降低"),
          ("3-满意度指标", "31-服务对象满意度", "群众满意度", "≥93%", "≥93%")]),
    ])


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("seed14_tables")
    _culture(d / "wenlv.txt")
    _justice(d / "sifa.txt")
    return engine_over(tmp_path_factory.mktemp("seed14_db") / "kb.sqlite", [d])


@pytest.fixture(scope="module")
def culture(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("seed14_one")
    _culture(d / "wenlv.txt")
    return engine_over(tmp_path_factory.mktemp("seed14_one_db") / "kb.sqlite", [d])


def _ask(engine: Engine, *turns: str):
    return converse(engine, *turns)


# --- what the texts say, not the amount ------------------------------------------------------------------

def test_what_a_projects_money_includes_is_the_sentence_saying_it_not_its_amount(culture):
    a = _ask(culture, "社区文化驿站经费主要包括什么开支")
    assert a.status == ANSWERED and "场地租赁" in a.text and "讲师课酬" in a.text, a.text
    assert not a.text.startswith("社区文化驿站运营经费：总计"), a.text


def test_how_often_and_how_many_are_the_indicator_sentence_saying_them(culture):
    a = _ask(culture, "文化驿站多长时间轮换一次文艺团队 派几支")
    assert a.status == ANSWERED and "每两个月" in a.text and "三支团队" in a.text, a.text
    alone = _ask(culture, "文化驿站多长时间")  # nothing asked but "how long": not answered with anything
    assert alone.status != ANSWERED or "46.5" not in alone.text, alone.text


def test_which_units_an_indicator_of_a_class_lists_is_that_sentence(culture):
    a = _ask(culture, "文化驿站数量指标里是哪几个单位派员驻站")
    assert a.status == ANSWERED and "区图书馆" in a.text and "区文化馆" in a.text, a.text


def test_how_many_people_a_text_counts_is_that_sentence_not_the_indicator_count(culture):
    a = _ask(culture, "文旅志愿者补贴经费", "联络员派几个")
    assert a.status == ANSWERED and "2名专职联络员" in a.text and "指标共" not in a.text, a.text
    b = _ask(culture, "文化驿站每次派驻几支团队")
    assert b.status == ANSWERED and "三支团队" in b.text, b.text
    none = _ask(culture, "文旅志愿者补贴经费", "讲师派几个")  # no text counts them: said, not the indicators
    assert none.status == UNKNOWN and "指标" not in none.text.splitlines()[0], none.text


# --- counting and summing over lists ----------------------------------------------------------------------

def test_summed_up_over_every_project_is_the_count_over_every_project(culture):
    a = _ask(culture, "经济效益指标全部项目算下来一共几个")
    assert a.status == ANSWERED and "2 个" in a.text, a.text


def test_projects_whose_names_hold_a_quoted_word_are_all_of_them(culture):
    a = _ask(culture, "青禾区文化广电旅游体育局有哪些项目", "其中带“文旅志愿者”的合计多少")
    assert a.status == ANSWERED and "19.2" in a.text and "86.7" not in a.text, a.text
    listed = _ask(culture, "名称含志愿者的项目有哪些")
    assert listed.status == ANSWERED and "共 2 个项目" in listed.text and "非遗" not in listed.text, listed.text
    related = _ask(culture, "哪几个项目跟文旅志愿者有关", "合计多少")
    assert related.status == ANSWERED and "19.2" in related.text, related.text


def test_a_sum_after_a_list_of_projects_adds_up_those_projects(culture):
    a = _ask(culture, "哪些项目写了成本指标", "金额加起来")
    assert a.status == ANSWERED and "59.3" in a.text and "86.7" not in a.text, a.text


def test_two_indicator_values_that_are_no_two_numbers_are_never_a_total(culture):
    a = _ask(culture, "文化活动场次指标值", "群众文化获得感呢", "两个一共")
    assert a.status != ANSWERED or not re.search(r"86\.7|46\.5", a.text), a.text


def test_above_the_average_filters_the_projects_by_their_average(culture):
    # the average is 86.7 ÷ 4 = 21.675万元
    a = _ask(culture, "局里项目平均每个多少钱", "高于平均的有哪些")
    assert a.status == ANSWERED and "社区文化驿站运营经费" in a.text, a.text
    assert "非遗展演活动经费" not in a.text and "文旅志愿者" not in a.text, a.text
    b = _ask(culture, "比平均少的项目有哪些")
    assert b.status == ANSWERED and "共" not in b.text.splitlines()[0] or "（3 个）" in b.text, b.text
    assert "非遗展演活动经费" in b.text and "社区文化驿站" not in b.text, b.text


def test_what_is_left_without_a_project_is_the_rest_of_the_total(culture):
    a = _ask(culture, "我们局项目总额", "除掉非遗展演还剩多少")
    assert a.status == ANSWERED and "65.7" in a.text, a.text


# --- an indicator's class ------------------------------------------------------------------------------------

def test_the_class_of_an_indicator_just_shown_is_its_class_not_its_department(culture):
    a = _ask(culture, "文化活动场次指标值", "它属于哪个一级指标")
    assert a.status == ANSWERED and "产出指标" in a.text.splitlines()[0] and "属于柏川" not in a.text, a.text
    b = _ask(culture, "文化活动场次指标值", "它是哪个二级指标")
    assert b.status == ANSWERED and "数量指标" in b.text.splitlines()[0], b.text
    c = _ask(culture, "文化驿站里成本指标属于哪个一级指标")
    assert c.status == ANSWERED and "产出指标" in c.text.splitlines()[0], c.text


def test_an_indicator_said_short_before_its_class_word_is_that_indicator(culture):
    a = _ask(culture, "志愿者满意度指标的指标值")
    assert a.status == ANSWERED and "≥92%" in a.text and "≥88%" not in a.text, a.text


def test_an_indicator_said_with_more_of_its_name_is_that_indicator_whole(culture):
    a = _ask(culture, "非遗展演活动经费 主管部门和兄弟单位协作关系那条 指标值")
    assert a.status == ANSWERED and "及时响应、协同配合" in a.text and "属于" not in a.text, a.text


# --- several departments ---------------------------------------------------------------------------------------

def test_an_indicator_several_departments_hold_is_asked_about(engine):
    a = _ask(engine, "群众满意度的目标值")
    assert a.status == CLARIFY and "司法局" in a.text and "文化广电旅游体育局" in a.text, a.text
    chosen = _ask(engine, "群众满意度的目标值", "1")
    assert chosen.status == ANSWERED and re.search(r"≥(88|93)%", chosen.text), chosen.text


@pytest.fixture(scope="module")
def with_facts(tmp_path_factory) -> Engine:
    """司法局's project table and 民政局's table of targets read as labelled facts, each with 群众满意度."""
    d = tmp_path_factory.mktemp("seed14_facts")
    _justice(d / "sifa.txt")
    simple_table(d / "minzheng.xlsx", "指标", f"{CIVIL}2025年部门整体绩效目标表", "D2", "",
                 ["指标名称", "指标类别", "年度目标值", "实际完成值"],
                 [("养老机构床位数", "数量指标", "≥1800张", "1860张"),
                  ("特困人员供养率", "社会效益", "100%", "100%"),
                  ("群众满意度", "服务对象满意度", "≥91%", "94%")])
    return engine_over(tmp_path_factory.mktemp("seed14_facts_db") / "kb.sqlite", [d])


def test_a_target_one_project_table_and_another_departments_facts_hold_is_asked_about(with_facts):
    for q in ("群众满意度的目标值", "群众满意度指标值"):
        a = _ask(with_facts, q)
        assert a.status == CLARIFY and "司法局" in a.text and "民政局" in a.text, (q, a.text)
    # the facts' 年度目标值 is the 目标值 / 指标值 asked
    b = _ask(with_facts, "民政局群众满意度指标值")
    assert b.status == ANSWERED and "≥91%" in b.text, b.text
    # what was completed only one table holds: that one answers
    c = _ask(with_facts, "群众满意度实际完成多少")
    assert c.status == ANSWERED and "94%" in c.text, c.text


# --- self-evaluation tables: the list shown, the figures just given --------------------------------------------

def _self_evaluation(path: Path) -> None:
    """The published 项目支出绩效自评表 layout (the sample's merged cells), with another department's names and
    figures written in."""
    import openpyxl

    wb = openpyxl.load_workbook(DATA / "samples" / "chongqing_yuzhong_2021_project_self_evaluation.xlsx")
    ws = wb.active
    ws.title = "养老服务补贴资金"
    names = {"就业补助资金": "养老服务补贴资金", "渝中区就业和人才中心": "青禾区养老服务中心",
             "渝中区人力资源和社会保障局": CIVIL, "新增区级创业孵化基地\n数量": "新增社区养老服务站数量",
             "城镇新增就业人数": "居家养老服务人次", "零就业家庭帮扶率": "特困老人帮扶率",
             "年末应届离校未就业高效毕业生就业率": "失能老人照护覆盖率", "公共就业服务满意度": "老年人服务满意度"}
    figures = {39500: 26000, 49358: 27310, 90: 85, 92: 88, 7574: 2368, 6643: 2101}
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                for old, new in names.items():
                    cell.value = cell.value.replace(old, new)
            elif isinstance(cell.value, int | float) and cell.value in figures and cell.column != 6:
                cell.value = figures[int(cell.value)]
    wb.save(path)


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("seed14_eval")
    _self_evaluation(d / "pingjia.xlsx")
    _justice(d / "sifa.txt")
    return engine_over(tmp_path_factory.mktemp("seed14_eval_db") / "kb.sqlite", [d])


def test_an_ordinal_counts_in_the_typed_list_of_a_class_said_with_its_class_word(evaluation):
    listed = _ask(evaluation, "青禾民政局养老服务补贴资金有哪些效益类指标")
    assert listed.status == ANSWERED and "（3 个）" in listed.text and "指标权重" not in listed.text, listed.text
    third = _ask(evaluation, "青禾民政局养老服务补贴资金有哪些效益类指标", "第三个完成值多少")
    assert third.status == ANSWERED and "失能老人照护覆盖率" in third.text and "88%" in third.text, third.text


def test_the_column_just_answered_is_asked_of_the_next_row_and_the_two_are_added(evaluation):
    second = _ask(evaluation, "民政局养老服务站数量权重", "老年人服务满意度的呢")
    assert second.status == ANSWERED and "指标权重：15" in second.text, second.text
    both = _ask(evaluation, "民政局养老服务站数量权重", "老年人服务满意度的呢", "两个一共")
    assert both.status == ANSWERED and re.search(r"合计 30(?![\d.])", both.text), both.text
    assert "2368" not in both.text, both.text


@pytest.fixture(scope="module")
def three_offices(tmp_path_factory) -> Engine:
    """民政局's self-evaluation, a 老龄办 project table whose names share its words, and a 残联 list of
    project lines, one of them the 民政局 project's name said without 资金."""
    d = tmp_path_factory.mktemp("seed14_three")
    _self_evaluation(d / "pingjia.xlsx")
    _targets_table(d / "laoling.txt", "柏川市青禾区老龄工作委员会办公室", [
        ("失能老人照护补贴经费", 40.0, "为失能老人提供照护补贴。",
         [("1-产出指标", "11-数量指标", "照护补贴人数", "≥500人", "≥500人")]),
        ("老人照护培训经费", 8.0, "培训照护人员。", [("1-产出指标", "11-数量指标", "培训人次", "≥200人次", "≥200人次")])])
    simple_table(d / "mingxi.xlsx", "明细", "柏川市青禾区残疾人联合会2025年项目支出明细表", "C2", "单位：万元",
                 ["序号", "项目", "金额"], [(1, "残疾人康复补助", 120.5), (2, "养老服务补贴", 66.0), (None, "合计", 186.5)])
    return engine_over(tmp_path_factory.mktemp("seed14_three_db") / "kb.sqlite", [d])


def test_what_was_completed_is_the_indicator_that_has_a_completion_value(three_offices):
    a = _ask(three_offices, "失能老人照护率实际完成多少")
    assert a.status == ANSWERED and "88%" in a.text and "失能老人照护覆盖率" in a.text, a.text


def test_a_project_amount_another_department_prints_a_line_of_is_asked_about(three_offices):
    # each department's figure under its name, the project's first: never one of them as the only one
    a = _ask(three_offices, "养老服务补贴资金有多少")
    assert a.status == ANSWERED and a.text.startswith(CIVIL) and "2368" in a.text.splitlines()[0], a.text
    assert re.search(r"残疾人联合会.*66万元", a.text), a.text
    named = _ask(three_offices, "民政局养老服务补贴资金有多少")
    assert named.status == ANSWERED and "2368" in named.text and "66万元" not in named.text, named.text
