"""Round 30, the lead's own classes, on the fictional 城市管理局 text table (tests/core28_tables.py).

A ranking that names what it ranks ("经费倒数第二的项目") right after a list of indicators is a ranking of the
projects asked afresh, never a place counted in the indicator list just shown (that gave an indicator as the
answer: a confident wrong answer).

An elliptic follow-up ("那X呢") whose phrase is the whole name of another project's indicator but part of an
indicator's name in the project talked about is about that project's indicator (the other one is named beside
it), never the other project's value.

"X派几个律师" → "驻点在哪": a where-question after a count is what the project's texts say (the sentence),
never the count repeated.

Money asked of a part its project's goal names with no figure ("X经费里Y花多少"), or per thing counted by a
measure word ("每块", "每张"), is not in the table: said so, never the project's whole amount; a modifier
that is part of one of the project's indicators' names (人均 of 人均信访事项办理成本) asks that indicator.

"A局比B局项目多几个" is each one's count and the difference, never the two counts added up.

A year word inside a table's label (前年 of 以前年度已安排) is the label's: the column answered, no year refused.

A kind of spending said whole (基本支出) lends no word to a project's name (基本公共服务…): a project table does not
print it, so the bot says it cannot, never that project's amount.

"有没有用X资金的项目" (one source, yes or no) answers no or yes first, with the projects that have it and how much;
never the table's whole total first.

An amount said roughly ("三十万多那个", "49万左右的") finds the projects near it, each with its exact total; said
exactly, only that total."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over
from core28_tables import URBAN_UNITS, urban_text
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine


@pytest.fixture(scope="module")
def urban(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("lead30u")
    path = folder / "beihu_urban.txt"
    path.write_text(urban_text(), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path])


def _second_least() -> tuple[str, str]:
    items = sorted((float(i.amounts.split()[0]), i.name) for u in URBAN_UNITS for i in u.items)
    return items[1][1], f"{items[1][0]:.2f}"


def test_ranking_named_after_an_indicator_list_ranks_projects(urban: Engine) -> None:
    name, amount = _second_least()
    answer = converse(urban, "城区道路清扫保洁服务经费多少", "它的指标有哪些", "经费倒数第二的项目")
    assert answer.status == ANSWERED, answer.text
    assert name in answer.text and amount in answer.text
    assert "市民满意度" not in answer.text  # the indicator list's second from the end


def test_place_in_the_indicator_list_still_counts_in_it(urban: Engine) -> None:
    answer = converse(urban, "城区道路清扫保洁服务经费多少", "它的指标有哪些", "倒数第二个的指标值")
    assert answer.status == ANSWERED, answer.text
    assert "道路扬尘" in answer.text and "320万平方米" not in answer.text


_PETITION_UNIT = Unit("青山区信访局", "92.00 92.00", [
    Item("信访事项办理经费", "50.00 50.00", "依法及时办理群众信访事项，做好领导接访工作，开展重点人员走访帮扶。",
         [("11", "领导接访", "≥24名", "≥24名"), ("12", "信访事项按期办结率", "≥95%", "≥95%"),
          ("14", "人均信访事项办理成本", "≤300元", "≤300元")]),
    Item("信访法律服务经费", "30.00 30.00", "聘请2名律师担任信访法律顾问，长期驻点区矛盾纠纷调处中心参与信访接待，提供法律咨询。",
         [("11", "律师参与领导接访", "≥12次", "≥12次"), ("31", "群众满意度", "≥90%", "≥90%")]),
    Item("基本公共法律服务保障经费", "12.00 12.00", "保障基本公共法律服务窗口运行，其中窗口志愿者补贴3万元，按月发放。",
         [("11", "窗口服务人次", "≥500人次", "≥500人次")]),
])
_PETITIONS = render("青山区信访局", "92.00 92.00", [_PETITION_UNIT])


@pytest.fixture(scope="module")
def petitions(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("lead30p")
    path = folder / "qingshan_petitions.txt"
    path.write_text(_PETITIONS, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path])


def test_followup_phrase_is_the_talked_projects_longer_indicator(petitions: Engine) -> None:
    answer = converse(petitions, "信访法律服务经费多少", "那领导接访呢")
    assert answer.status == ANSWERED, answer.text
    assert "12次" in answer.text and answer.text.index("12次") < answer.text.find("信访事项办理经费")


def test_same_phrase_asked_afresh_is_the_exact_indicator(petitions: Engine) -> None:
    answer = converse(petitions, "领导接访指标值是多少")
    assert answer.status == ANSWERED, answer.text
    assert "24名" in answer.text


def test_where_after_a_count_is_the_projects_sentence(petitions: Engine) -> None:
    first = converse(petitions, "信访法律服务经费聘请几个律师")
    assert "2名律师" in first.text
    answer = converse(petitions, "信访法律服务经费聘请几个律师", "驻点在哪")
    assert answer.status == ANSWERED, answer.text
    assert "矛盾纠纷调处中心" in answer.text


def test_money_of_a_part_named_only_in_the_goal_is_not_the_whole(petitions: Engine) -> None:
    answer = converse(petitions, "信访事项办理经费里重点人员走访帮扶花多少钱")
    assert answer.status != ANSWERED, answer.text
    assert "50.00" not in answer.text and "走访帮扶" in answer.text
    stated = converse(petitions, "基本公共法律服务保障经费里窗口志愿者补贴花多少钱")  # the goal states its money
    assert stated.status == ANSWERED and "3万元" in stated.text, stated.text


@pytest.mark.parametrize("question", ["信访法律服务经费每张多少钱", "信访事项办理经费每场多少钱"])
def test_price_per_counted_thing_is_not_the_whole(petitions: Engine, question: str) -> None:
    answer = converse(petitions, question)
    assert answer.status != ANSWERED, answer.text
    assert "30.00" not in answer.text and "50.00" not in answer.text


def test_modifier_of_an_indicators_name_asks_that_indicator(petitions: Engine) -> None:
    for turns in (["信访事项办理经费人均多少钱"], ["信访事项办理经费", "人均多少钱"]):
        answer = converse(petitions, *turns)
        assert answer.status == ANSWERED, answer.text
        assert "300元" in answer.text and "50.00" not in answer.text
    other = converse(petitions, "信访法律服务经费人均多少钱")
    assert other.status != ANSWERED and "30.00" not in other.text


@pytest.fixture(scope="module")
def two_bureaus(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("lead30b")
    petitions, urban = folder / "qingshan_petitions.txt", folder / "beihu_urban.txt"
    petitions.write_text(_PETITIONS, encoding="utf-8")
    urban.write_text(urban_text(), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [petitions, urban])


def test_project_counts_of_two_departments_compared(two_bureaus: Engine) -> None:
    n, k = sum(len(u.items) for u in URBAN_UNITS), len(_PETITION_UNIT.items)
    answer = converse(two_bureaus, "北湖区城市管理局比青山区信访局项目多几个")
    assert answer.status == ANSWERED, answer.text
    assert f"多 {n - k} 个" in answer.text and f"一共有 {n + k}" not in answer.text
    answer = converse(two_bureaus, "青山区信访局比北湖区城市管理局少几个项目")
    assert f"少 {n - k} 个" in answer.text


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Engine:
    import openpyxl

    folder = tmp_path_factory.mktemp("lead30plan")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "滚动规划"
    ws.append(["临川市水务局2026-2028年项目支出滚动规划表"])
    ws.append(["单位：万元"])
    ws.append(["项目名称", "以前年度已安排", "规划资金", None, None, "备注"])
    ws.append([None, None, "2026年", "2027年", "2028年", None])
    ws.merge_cells("C3:E3")
    ws.append(["城区排涝泵站改造", 900, 450, 300, None, "延续项目"])
    ws.append(["农村供水保障工程", None, 1200, 800, 600, "新增项目"])
    path = folder / "临川市水务局_2026_项目支出滚动规划表.xlsx"
    wb.save(path)
    return engine_over(folder / "kb.sqlite", [path])


def test_a_year_word_inside_a_label_is_the_label(plan: Engine) -> None:
    answer = converse(plan, "城区排涝泵站改造以前年度安排了多少")
    assert answer.status == ANSWERED, answer.text
    assert "900" in answer.text and "450" not in answer.text
    other = converse(plan, "城区排涝泵站改造前年安排了多少")
    assert other.status != ANSWERED, other.text


def test_a_kind_of_spending_is_no_piece_of_a_name(petitions: Engine) -> None:
    for question in ("青山区信访局基本支出多少", "青山区信访局的基本支出是多少"):
        answer = converse(petitions, question)
        assert answer.status != ANSWERED, answer.text
        assert "12.00" not in answer.text
    named = converse(petitions, "基本公共法律服务保障经费多少钱")
    assert named.status == ANSWERED and "12.00" in named.text


def test_yes_or_no_of_one_source_of_funds(petitions: Engine, tmp_path_factory) -> None:
    answer = converse(petitions, "有没有财政专户拨款的项目")
    assert answer.status == ANSWERED and answer.text.startswith("没有"), answer.text
    assert "92.00" not in answer.text
    folder = tmp_path_factory.mktemp("lead30f")
    unit = Unit("东岭县档案馆", "70.00 56.00 4.00 10.00", [
        Item("档案数字化加工经费", "40.00 30.00 4.00 6.00", "完成馆藏档案数字化加工。",
             [("11", "数字化页数", "≥50万页", "≥50万页")]),
        Item("档案查阅服务经费", "30.00 26.00 0.00 4.00", "保障档案查阅窗口运行。",
             [("11", "接待查阅人次", "≥3000人次", "≥3000人次")]),
    ])
    path = folder / "dongling_archives.txt"
    path.write_text(render("东岭县档案馆", "70.00 56.00 4.00 10.00", [unit]), encoding="utf-8")
    archives = engine_over(folder / "kb.sqlite", [path])
    answer = converse(archives, "有没有用其他资金的项目")
    assert answer.status == ANSWERED and answer.text.startswith("有"), answer.text
    assert "档案数字化加工经费（6.00万元）" in answer.text and "档案查阅服务经费（4.00万元）" in answer.text


def test_an_amount_said_roughly_finds_the_project_near_it(petitions: Engine) -> None:
    answer = converse(petitions, "三十万多那个是什么项目")  # 信访法律服务经费: 30.00 (30 ≤ x < 31)
    assert answer.status == ANSWERED and "信访法律服务经费" in answer.text, answer.text
    answer = converse(petitions, "49万左右的项目是哪个")  # 信访事项办理经费: 50.00, within a tenth
    assert answer.status == ANSWERED and "信访事项办理经费" in answer.text, answer.text
    exact = converse(petitions, "49万的是哪个项目")
    assert "信访事项办理经费" not in exact.text
