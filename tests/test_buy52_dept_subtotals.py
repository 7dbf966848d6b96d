"""Tables listing items (purchased services, funds) of several departments in one sheet, a department column and
each department's 小计 row — printed ABOVE its rows (青禾县 政府购买服务预算表, 元, a department's unit among its rows)
or BELOW them (白鹭市 部门专项资金预算表, 万元, the department merged over its rows): one department-column split
makes each department a department (its 小计 its whole, its rows its items); the title names the place and the
kind, never a department (德清县政府); the departments' printed 小计 answer, compare and rank; items are ranked,
counted and filtered over every department's rows; an item's text columns answer in everyday words."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine
from bot.ingest import sections
from bot.ingest.formats import read_documents
from bot.ingest.grid import department_from_title

DATA = Path(__file__).resolve().parent / "data"
ABOVE = DATA / "buy52" / "青禾县_2025年_政府购买服务预算表.xlsx"  # "X 小计" above its rows, 元
BELOW = DATA / "buy52" / "白鹭市_2025年_部门专项资金预算表.xlsx"  # 小计 below its rows, 万元


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    seed = DATA.parent.parent / "knowledge"
    return engine_over(tmp_path_factory.mktemp("buy52") / "kb.sqlite", [seed, ABOVE, BELOW])


@pytest.mark.parametrize("title", ["2024年德清县政府购买服务预算表", "德清县政府2024年购买服务预算表",
                                   "2025年青禾县政府采购预算表", "2025年某市政府投资项目计划表"])
def test_a_title_naming_a_place_and_a_kind_names_no_department(title: str) -> None:
    assert department_from_title(title) == ""


def test_a_title_naming_a_department_still_does() -> None:
    assert department_from_title("2024年德清县人民政府办公室预算表") == "德清县人民政府办公室"
    assert department_from_title("某县财政局2024年政府采购表") == "某县财政局"


def test_one_department_column_split() -> None:
    assert not hasattr(sections, "_split_by_column") and not hasattr(sections, "_table_place")


def test_subtotal_above_its_rows() -> None:
    docs = [d for d, _ in read_documents(ABOVE)]
    assert [d.department for d in docs] == ["青禾县", "青禾县文化和旅游局", "青禾县城市管理局", "青禾县退役军人事务局"]
    assert all(d.form == "政府购买服务预算表" for d in docs)
    culture = docs[1]
    # the 小计 printed above is the department's whole; its unit's row (图书馆) is the department's too
    assert ("小计",) in {f.row for f in culture.facts}
    assert ("青禾县图书馆", "图书编目加工") in {f.row for f in culture.facts}
    assert not any("城市管理局" in label for f in culture.facts for label in f.row)
    assert [f.number for f in docs[0].facts] == [2960000.0, 2760000.0]  # the place's 合计


def test_subtotal_below_its_rows() -> None:
    docs = [d for d, _ in read_documents(BELOW)]
    assert [d.department for d in docs] == ["白鹭市", "白鹭市水务局", "白鹭市商务局", "白鹭市科学技术局"]
    water = docs[1]
    assert {f.row for f in water.facts} == {("农村饮水安全巩固资金",), ("河湖长制专项资金",), ("小计",)}
    assert [f.number for f in water.facts if f.row == ("小计",)] == [555.5]


@pytest.mark.parametrize(("question", "figure", "never"), [
    ("文旅局购买服务小计", "1090000", "2960000"),  # its 小计 covers its unit's row (图书馆)
    ("文旅局一共多少", "1090000", "830000"),  # the printed 小计, never its own rows alone
    ("城管局购买服务合计", "1400000", "2960000"),
    ("水务局一共多少", "555.5", "1265.5"),
    ("政府购买服务预算合计", "2960000", "1090000"),
])
def test_a_departments_printed_subtotal(engine: Engine, question: str, figure: str, never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text
    assert "小计" in a.text or "合计" in a.text, a.text


@pytest.mark.parametrize(("question", "figures"), [
    ("退役军人事务局比城管局少多少", ("930000", "1400000", "470000")),
    ("商务局比科技局多多少", ("210", "460", "250")),
])
def test_two_departments_subtotals_compared(engine: Engine, question: str, figures: tuple[str, ...]) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and all(x in a.text for x in figures), a.text


@pytest.mark.parametrize(("question", "said", "never"), [
    ("哪个部门买得最多", ["青禾县城市管理局", "1400000"], []),
    ("哪个部门购买服务最少", ["青禾县退役军人事务局", "470000"], ["80000"]),
    ("哪个部门专项资金最多", ["白鹭市水务局", "555.5"], []),
    ("哪个购买服务项目金额最小", ["烈士纪念设施讲解", "80000"], []),
    ("一共几项购买服务", ["8"], []),
    ("承接主体是社会组织的项目有哪些", ["乡村文艺演出", "优抚对象走访慰问服务", "烈士纪念设施讲解"], ["道路保洁服务"]),
])
def test_over_every_departments_items(engine: Engine, question: str, said: list[str], never: list[str]) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and all(x in a.text for x in said) and not any(x in a.text for x in never), a.text


@pytest.mark.parametrize(("question", "said"), [
    ("道路保洁服务干啥的", "城区主次干道机械化清扫保洁"),
    ("公厕管护服务买的什么", "城区公厕日常保洁及设施维护"),
    ("乡村文艺演出谁来做", "社会组织"),
])
def test_an_items_text_columns_in_everyday_words(engine: Engine, question: str, said: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and said in a.text, a.text
