"""A 项目申报表 workbook of several applications (a sheet each, named by the project's short name) read as a full,
multi-year project and asked as staff ask:

- the project said by its sheet's name, or that name with the other tail (工程 ↔ 项目);
- its 资金来源 rows (资金来源 | 2026年金额 | 说明, numbered 1.财政拨款 / 2.财政专户拨款 / 3.其他资金) are its sources;
- its 分年度预算 rows hold the later years it plans (never "no such year", never the own year's amount), a year it
  does not plan is said to be missing, and 项目总预算 is the whole plan as printed — never the year's budget.

The fixture (tests/data/proj62/make_form.py) is a made-up 清溪县 transport bureau's form, not a dev-set document.
"""

from __future__ import annotations

import pytest
from conftest import DATA, converse, engine_over

from bot.engine import Engine


@pytest.fixture(scope="module")
def forms(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("proj62")
    return engine_over(folder / "kb.sqlite", [DATA / "proj62" / "清溪县交通运输局_2026年_项目申报表.xlsx"])


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("绿道提升项目其他资金", "200", "700"),
    ("绿道提升工程财政拨款多少", "700", "900"),
    ("农村公路养护财政专户拨款", "40", "300"),
    ("农村公路养护项目其他资金多少", "20", "200"),
])
def test_a_source_of_the_project_said_by_its_sheet(forms: Engine, question: str, said: str, unsaid: str) -> None:
    answer = converse(forms, question)
    assert answer.status == "answered", answer.text
    assert said in answer.text and unsaid not in answer.text, answer.text


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("绿道提升工程2027年预算", "1000", "900"),
    ("农村公路养护2027年预算多少", "200", "360"),
    ("绿道提升工程总预算", "2400", "900"),
    ("农村公路养护项目总预算多少", "560", "360"),
])
def test_the_years_of_the_plan(forms: Engine, question: str, said: str, unsaid: str) -> None:
    answer = converse(forms, question)
    assert answer.status == "answered", answer.text
    assert said in answer.text and unsaid not in answer.text, answer.text


@pytest.mark.parametrize(("question", "unsaid"), [
    ("绿道提升工程2030年预算", "900"),
    ("农村公路养护2028年预算", "360"),
    ("绿道提升工程2027年财政拨款", "700"),  # (the later year is printed as a whole only)
])
def test_a_year_or_source_the_form_does_not_print(forms: Engine, question: str, unsaid: str) -> None:
    answer = converse(forms, question)
    assert answer.status == "unknown" or "不安排" in answer.text, answer.text
    assert unsaid not in answer.text, answer.text


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (["绿道提升工程项目负责人是谁"], "陆明辉", "韩雪梅"),
    (["农村公路养护项目起止年限"], "2026年—2027年", "2028年"),
    (["农村公路养护的执行单位"], "清溪县公路养护中心", "本级"),
    (["绿道提升项目是部门项目还是公共项目"], "公共项目", "部门项目"),
    (["绿道提升工程铺装费多少"], "610", "900"),  # (绿道路面铺装费 said by its end)
    (["农村公路养护修补费测算依据"], "50元/平方米", "64.2"),
    (["绿道提升项目明细有哪几项"], "驿站建设费", "路面修补费"),
    (["绿道提升工程监理费多少", "测算依据呢"], "按监理收费标准测算", "9.5公里"),
    (["绿道提升工程路面铺装费", "那驿站呢"], "180", "610"),
    (["绿道提升项目负责人是谁", "农村公路养护那个呢"], "韩雪梅", "陆明辉"),
])
def test_a_line_of_the_project_form(forms: Engine, turns, said: str, unsaid: str) -> None:
    """The form's fields and 明细 lines of the project named by its sheet (a 明细 line said short, by its end; a
    follow-up asks the line just read's 测算依据, a like line of that project, or the same field of another)."""
    answer = converse(forms, *turns)
    assert answer.status == "answered", answer.text
    assert said in answer.text and unsaid not in answer.text, answer.text


def test_a_part_of_a_line_not_printed(forms: Engine) -> None:
    """"其中人工费多少" after a 明细 line: a part the form does not break down — never the line's amount."""
    answer = converse(forms, "绿道提升工程路面铺装费", "其中人工费多少")
    assert "610" not in answer.text, answer.text


def test_how_the_year_is_split(forms: Engine) -> None:
    """"资金来源怎么分的" after the project's year budget: its sources, each."""
    answer = converse(forms, "农村公路养护项目当年预算", "资金来源怎么分的")
    assert answer.status == "answered", answer.text
    assert all(v in answer.text for v in ("300", "40", "20")), answer.text


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("绿道提升工程和农村公路养护总预算分别多少", ["2400", "560"], ["1260", "3360"]),
    ("绿道提升工程和农村公路养护的总预算一共多少", ["2960"], ["1260"]),
    ("绿道提升工程当年预算加上农村公路养护当年预算一共多少", ["1260"], ["2960"]),
])
def test_whole_budgets_of_two_projects(forms: Engine, question: str, said: list[str], unsaid: list[str]) -> None:
    """项目总预算 asked of two projects: each one's whole as printed, listed or added — never their years' budgets."""
    answer = converse(forms, question)
    assert answer.status == "answered", answer.text
    assert all(s in answer.text for s in said) and not any(u in answer.text for u in unsaid), answer.text
