"""Round 43, confident wrong answers a read-only review of round 42 found (each class on a small fictional table).

Classes:
- the departments just named pointed at together ("这两个部门", "这几个部门", "这些部门", "它们") of a table of
  departments and their units: those lines (all of them, or the last ones the count says), never the table's 合计 line
  nor only the last two answered; named by what other tables answered of them (their projects): the same;
- a side of a comparison answered by its department's total shown with its parts (合计 = 基本支出 + 项目支出): the
  whole only when the side says nothing but the department and its whole; a part said is that part; a row said that
  is not shown is that side not found, never the total standing for it;
- a unit's standard short word of labels (疾控 of 疾病预防控制中心) said with words a project's name or a table's row
  holds right after it (疾控专项经费, a project of the department's own): that project, never the unit's figure;
- an indicator's value followed up in another department ("农业农村局呢"): the indicator of that name there (or saying
  it with others between its characters, 培训对象群众满意度 of 群众满意度), else unknown — never one only near it
  (农村新增就业人数 for 城镇新增就业人数); another's indicator said in full of a department is no typo of its own one
  either; nor of two departments asked together, each under its own wording;
- two departments set side by side ("A和B X比较", "…对比一下", "哪个多") where one side is not found: no comparison
  and no one side's answer as if it were one — the side found shown with the other said missing (which is more:
  unknown), the side not found named when asked alone it finds nothing;
- a word read off titles naming a table's kind (政府性基金, 三公经费): one rule (lexicon.title_kind_names_its_tables)
  for the parse and the facts — of a department named, when it owns such a table; of none, when several departments
  own them and the question asks across departments."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over
from test_assets42_department_assets import _TARGETS, _make, _project

from bot.dialogue.values import Answer
from bot.engine import ANSWERED, UNKNOWN, Engine
from bot.engine.sides import _side_figure
from bot.language.lexicon import title_kind_names_its_tables

openpyxl = pytest.importorskip("openpyxl")


_HOUSING = ("项目支出绩效目标表（含转移支付项目）\n\n部门名称：柏溪县住房和城乡建设局(部门) 单位：万元\n\n"
            "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n合计 80.00 80.00\n\n"
            "柏溪县住房和城乡建设局 80.00 80.00\n\n" + _project("城市道路养护经费", "80.00"))


@pytest.fixture(scope="module")
def baixi(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cw43")
    _make(folder / "柏溪县_2024年度_部门国有资产占用情况表.xlsx")
    (folder / "柏溪县农业农村和水利局_2026年_项目支出绩效目标表.txt").write_text(_TARGETS, encoding="utf-8")
    (folder / "柏溪县住房和城乡建设局_2026年_项目支出绩效目标表.txt").write_text(_HOUSING, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder / "柏溪县_2024年度_部门国有资产占用情况表.xlsx",
                                              folder / "柏溪县农业农村和水利局_2026年_项目支出绩效目标表.txt",
                                              folder / "柏溪县住房和城乡建设局_2026年_项目支出绩效目标表.txt"])


@pytest.mark.parametrize(("turns", "said", "not_said"), [
    # 文广旅局 5400.5 + 住建局 6080; the table's 合计 is 18098.2
    (("文广旅局资产总额多少", "住建局呢", "这些部门合计多少"), "11480.5", "18098.2"),
    (("文广旅局资产总额多少", "住建局呢", "它们资产总额加起来"), "11480.5", "18098.2"),
    (("文广旅局资产总额多少", "住建局呢", "这两个部门资产总额加起来多少"), "11480.5", "18098.2"),
    (("文广旅局资产总额多少", "住建局呢", "这几个部门流动资产合计多少"), "3420.2", "5640.2"),  # 1010.2 + 2410
    # three named: all three (+ 博物馆 3300 = 14780.5), never the last two alone (9380)
    (("文广旅局资产总额多少", "住建局呢", "博物馆呢", "这三个单位资产总额加起来"), "14780.5", "9380"),
    (("文广旅局资产总额多少", "住建局呢", "博物馆呢", "它们资产总额合计"), "14780.5", "9380"),
])
def test_the_departments_just_named_pointed_at_together(baixi: Engine, turns: tuple[str, ...], said: str,
                                                         not_said: str) -> None:
    answer = converse(baixi, *turns)
    assert answer.status == ANSWERED and said in answer.text and not_said not in answer.text, answer.text


def test_the_departments_said_together_with_none_named_before_are_the_tables(baixi: Engine) -> None:
    answer = converse(baixi, "柏溪这几个部门资产总额合计多少")
    assert "18098.2" in answer.text, answer.text


@pytest.mark.parametrize("turns", [
    ("农业农村和水利局项目经费多少", "住建局呢", "这两个部门资产总额合计多少"),
    ("农业农村和水利局和住建局项目经费各多少", "这两个部门资产总额合计多少"),
    ("农业农村和水利局和住建局项目经费各多少", "这些部门资产总额一共多少"),
])
def test_the_departments_named_by_other_tables_pointed_at_together(baixi: Engine, turns: tuple[str, ...]) -> None:
    answer = converse(baixi, *turns)  # 农业农村和水利局 6617.7 + 住建局 6080; the table's 合计 is 18098.2
    assert answer.status == ANSWERED and "12697.7" in answer.text and "18098.2" not in answer.text, answer.text


def _total_with_parts() -> Answer:
    rows = [{"label": label, "value": value, "unit": "万元", "department": "石岭县林草局"}
            for label, value in (("基本支出", 400.0), ("项目支出", 300.0), ("合计", 700.0))]
    return Answer("林草局预算", ANSWERED, "石岭县林草局部门预算支出 700.00万元：…", "total", rows=rows)


@pytest.mark.parametrize(("said", "value"), [
    ("林草局预算", 700.0),
    ("石岭县林草局2026年部门预算", 700.0),
    ("林草局项目支出", 300.0),  # the part said, never the whole
    ("林草局差旅费预算", None),  # a row the answer does not show: not found
    ("林草局森林防火经费", None),
])
def test_a_sides_whole_is_taken_only_when_the_whole_is_said(said: str, value: float | None) -> None:
    figure = _side_figure(_total_with_parts(), said, ["石岭县林草局"])
    assert (figure or {}).get("value") == value, figure


@pytest.fixture(scope="module")
def health(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cw43_health")
    path = folder / "柏溪县卫生健康局_2026年_项目支出绩效目标表.txt"
    path.write_text("项目支出绩效目标表（含转移支付项目）\n\n部门名称：柏溪县卫生健康局(部门) 单位：万元\n\n"
                    "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n合计 170.00 170.00\n\n"
                    "柏溪县卫生健康局 50.00 50.00\n\n" + _project("疾控专项经费", "50.00")
                    + "柏溪县疾病预防控制中心 120.00 120.00\n\n" + _project("免疫规划疫苗接种经费", "120.00"), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path])


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("疾控专项经费多少", "50", "120"),  # the department's project, never the unit 疾病预防控制中心's 120
    ("疾控专项资金多少", "50", "120"),
    ("疾控专项经费的指标", "疾控专项完成数量", "免疫规划"),
    ("疾控经费多少", "120", "50.00"),  # the unit said short with nothing a project holds after it: the unit's
    ("疾控中心经费多少", "120", "50.00"),
])
def test_a_units_short_word_said_with_a_projects_words(health: Engine, question: str, said: str, not_said: str) -> None:
    answer = converse(health, question)
    assert answer.status == ANSWERED and said in answer.text and not_said not in answer.text, answer.text


def _targets(dept: str, projects: list[tuple[str, str, list[tuple[str, str, str]]]]) -> str:
    """A department's 项目支出绩效目标表 in the published text layout, its projects with the indicators given."""
    total = sum(float(a) for _, a, _ in projects)
    out = (f"项目支出绩效目标表（含转移支付项目）\n\n部门名称：{dept}(部门) 单位：万元\n\n"
           "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n"
           f"合计 {total:.2f} {total:.2f}\n\n{dept} {total:.2f} {total:.2f}\n\n")
    for name, amount, indicators in projects:
        body = ",".join(f"{k}、{kind},{n}；实施周期指标值:{v},年度指标值:{v};" for k, (kind, n, v) in enumerate(indicators, 1))
        out += f"    {name} {amount} {amount}\n\n保障{name[:6]}工作顺利开展。\n\n\n{body}\n\n"
    return out


_COUNTED, _PLEASED = "1-产出指标,11-数量指标", "3-满意度指标,31-服务对象满意度"


@pytest.fixture(scope="module")
def two_bureaus(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cw43_bureaus")
    (folder / "柏溪县人力资源和社会保障局_2026年_项目支出绩效目标表.txt").write_text(_targets("柏溪县人力资源和社会保障局", [
        ("就业创业补助经费", "100.00", [(_COUNTED, "城镇新增就业人数", "≥3000人"), (_PLEASED, "群众满意度", "≥90%")])]),
        encoding="utf-8")
    (folder / "柏溪县农业农村局_2026年_项目支出绩效目标表.txt").write_text(_targets("柏溪县农业农村局", [
        ("农民培训经费", "60.00", [(_COUNTED, "农村新增就业人数", "≥500人"), (_PLEASED, "培训对象群众满意度", "≥95%")])]),
        encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder])


@pytest.mark.parametrize("turns", [
    ("人社局城镇新增就业人数指标值", "农业农村局呢"),
    ("人社局城镇新增就业人数是多少", "那农业农村局的呢"),
    ("农业农村局城镇新增就业人数指标值",),
])
def test_an_indicator_followed_up_in_another_department_is_that_one_or_none(two_bureaus: Engine,
                                                                           turns: tuple[str, ...]) -> None:
    answer = converse(two_bureaus, *turns)
    assert answer.status == UNKNOWN and "500" not in answer.text and "95%" not in answer.text, answer.text


def test_a_projects_indicator_asked_by_its_place_after_its_amount(two_bureaus: Engine) -> None:
    answer = converse(two_bureaus, "就业创业补助经费", "它的第二个指标是啥")  # (no indicator shown before: its own)
    assert answer.status == ANSWERED and "群众满意度" in answer.text, answer.text


@pytest.mark.parametrize(("turns", "said"), [
    (("人社局城镇新增就业人数指标值", "农业农村局农村新增就业人数呢"), "500"),
    (("人社局群众满意度指标值", "农业农村局呢"), "95%"),  # 培训对象群众满意度 says 群众满意度 (its own wording)
])
def test_an_indicator_of_the_same_name_in_another_department_is_followed(two_bureaus: Engine, turns: tuple[str, ...],
                                                                         said: str) -> None:
    answer = converse(two_bureaus, *turns)
    assert answer.status == ANSWERED and said in answer.text, answer.text


@pytest.mark.parametrize(("question", "status"), [
    ("人社局和农业农村局城镇新增就业人数比较", ANSWERED),  # the side found shown, the other said missing
    ("农业农村局和人社局的城镇新增就业人数对比一下", ANSWERED),
    ("人社局和农业农村局城镇新增就业人数哪个多", UNKNOWN),  # which is more: not said
])
def test_two_departments_compared_where_one_lacks_the_thing(two_bureaus: Engine, question: str, status: str) -> None:
    answer = converse(two_bureaus, question)
    assert answer.status == status and "500" not in answer.text, answer.text
    assert "柏溪县农业农村局的表里没有找到" in answer.text, answer.text  # the side missing, said


def test_two_departments_compared_where_both_hold_it(two_bureaus: Engine) -> None:
    answer = converse(two_bureaus, "人社局和农业农村局项目经费比较")
    assert answer.status == ANSWERED and "100" in answer.text and "60" in answer.text, answer.text


@pytest.mark.parametrize(("owners", "named", "text", "names"), [
    ({"甲县交通局", "甲县体育局"}, {"甲县体育局"}, "体育局三公经费多少", True),  # an owner named
    ({"甲县交通局", "甲县体育局"}, {"甲县财政局"}, "财政局三公经费多少", False),  # a department without one named
    ({"甲县交通局", "甲县体育局"}, set(), "哪个部门三公经费最多", True),  # asked across the owners
    ({"甲县交通局", "甲县体育局"}, set(), "三公经费多少", False),  # of none: others' tables print it as a line
    ({"甲县财政局"}, set(), "哪个部门政府性基金最多", False),  # one owner's (a place's table of departments)
    ({"甲县财政局"}, {"甲县财政局"}, "财政局政府性基金合计", True),
])
def test_a_title_kind_word_names_its_tables_by_one_rule(owners: set[str], named: set[str], text: str,
                                                        names: bool) -> None:
    assert title_kind_names_its_tables(owners, named, text) is names
