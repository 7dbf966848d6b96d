"""A city's 部门项目支出预算表: a column naming each row's department (部门名称 | 单位名称 | 项目名称, or 部门 merged over
its rows), each department closed by its 小计 row, two years' columns and the table's 合计. Each department of the
table is a department (its rows its lines, its 小计 its whole); the 合计 is the place's; a question naming no
department asks the table whole (its 合计, its rows listed, filtered or sorted by a class), never which department."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine
from bot.ingest.formats import read_documents

DATA = Path(__file__).resolve().parent / "data"
QINGSHAN = DATA / "dproj51" / "青山县_2025年_部门项目支出预算表.xlsx"  # 部门 merged, 小计 under 项目名称, 增减 column
LIUYANG = DATA / "general50" / "浏阳市_2026年_部门项目支出预算表.xlsx"  # 部门名称 | 单位名称 | 项目名称, "X小计" rows
MONITOR = DATA / "general50" / "浏阳市农业农村局水利局_2025年1-8月_项目支出绩效监控表.xlsx"
CULTURE = DATA / "general50" / "浏阳市文化旅游广电体育局_2025年_项目支出绩效目标表.txt"


@pytest.fixture(scope="module")
def qingshan(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("dproj51_qs") / "kb.sqlite", [QINGSHAN])


@pytest.fixture(scope="module")
def liuyang(tmp_path_factory) -> Engine:
    # (with the bundled seed: a 信访 project table beside them, whose indicators a class word may fit too)
    seed = DATA.parent.parent / "knowledge"
    return engine_over(tmp_path_factory.mktemp("dproj51_ly") / "kb.sqlite", [seed, LIUYANG, MONITOR, CULTURE])


def test_each_department_of_the_column_is_a_department() -> None:
    docs = [d for d, _ in read_documents(QINGSHAN)]
    assert [d.department for d in docs] == ["青山县", "青山县水利局", "青山县民政局", "青山县林业局"]
    water = docs[1]
    assert {f.row for f in water.facts} == {("小型水库维修养护经费",), ("河道保洁经费",), ("防汛抗旱物资储备经费",), ("小计",)}
    assert [f.number for f in docs[0].facts] == [2910.0, 3185.0, 275.0]  # the place's 合计 of them all
    # "浏阳市教育局小计" in the 部门名称 column: the department's 小计; its rows keep their unit (单位名称)
    city = [d for d, _ in read_documents(LIUYANG)]
    assert [d.department for d in city] == ["浏阳市", "浏阳市教育局", "浏阳市卫生健康局", "浏阳市农业农村局", "浏阳市交通运输局"]
    health = city[2]
    assert ("浏阳市疾病预防控制中心", "免疫规划经费") in {f.row for f in health.facts}
    assert sorted(f.number for f in health.facts if f.row == ("小计",)) == [3174.6, 3338.4]


@pytest.mark.parametrize(("turns", "figure", "never"), [
    (("水利局小计多少",), "714", "3185"),
    (("民政局2024年预算小计",), "1890", "2011"),
    (("水利局项目预算小计", "那民政局呢"), "2011", "714"),
    (("2025年合计多少",), "3185", "714"),
])
def test_a_departments_subtotal_and_the_places_total(qingshan: Engine, turns: tuple[str, ...], figure: str,
                                                     never: str) -> None:
    a = converse(qingshan, *turns)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text


@pytest.mark.parametrize(("turns", "figure"), [
    (("卫健局2025年预算小计",), "3174.6"),
    (("卫健局项目预算小计", "那农业农村局呢"), "4713.4"),
    (("交通运输局2026比2025增加多少",), "563"),
    (("2026年项目支出预算合计",), "17530.3"),
    (("高标准农田1-8月执行数", "26年预算多少"), "2100"),
])
def test_the_city_table_by_department(liuyang: Engine, turns: tuple[str, ...], figure: str) -> None:
    a = converse(liuyang, *turns)
    assert a.status == "answered" and figure in a.text, a.text


def test_rows_of_two_years_compared_over_the_whole_table(liuyang: Engine) -> None:
    # no change column: each row's 2026 figure against its 2025 one, over every department's rows
    a = converse(liuyang, "哪些项目26年比25年减少了")
    assert a.status == "answered", a.text
    assert "教学设备购置经费" in a.text and "车辆运行维护经费" in a.text and "机关运转保障经费" in a.text, a.text
    assert "学生资助经费" not in a.text and "4713.4" not in a.text, a.text


def test_a_class_is_listed_over_the_whole_table(liuyang: Engine) -> None:
    a = converse(liuyang, "运转类项目有哪些")
    assert a.status == "answered", a.text
    assert "学校运转公用经费" in a.text and "车辆运行维护经费" in a.text and a.text.count("机关运转保障经费") == 3, a.text


def test_the_places_departments_listed(qingshan: Engine) -> None:
    a = converse(qingshan, "青山县的表里有哪些部门")
    assert a.status == "answered", a.text
    assert all(d in a.text for d in ("青山县水利局", "青山县民政局", "青山县林业局")) and "3185" not in a.text, a.text


def test_last_year_counts_from_the_table_just_shown(liuyang: Engine) -> None:
    # 农业农村局 holds a 2026 budget table and a 2025 监控表: 去年 of the 监控表's figure is 2024, held by neither
    a = converse(liuyang, "高标准农田执行率", "那去年的呢")
    assert a.status == "unknown" and "1850" not in a.text and "60.57" not in a.text, a.text


@pytest.mark.parametrize("question", ["浏阳一中2025年执行了多少", "浏阳市农业农村局一中2025年执行了多少"])
def test_a_unit_said_short_is_no_filler(liuyang: Engine, question: str) -> None:
    # 一中 (浏阳市第一中学, a unit of 教育局's rows): its 中 is no filler, the 监控表's 合计 is no answer about it
    a = converse(liuyang, question)
    assert a.status != "answered" and "2478.3" not in a.text, a.text


@pytest.mark.parametrize(("question", "first", "figure", "never"), [
    ("哪个部门项目预算最多", "浏阳市交通运输局", "6023", "17530.3"),
    ("浏阳哪个部门项目预算最多", "浏阳市交通运输局", "6023", "3200"),  # never a project's row
    ("哪个部门2025年预算最少", "浏阳市教育局", "3043.2", "72807"),  # never another kind of table's whole
])
def test_the_tables_departments_ranked_by_their_subtotals(liuyang: Engine, question: str, first: str, figure: str,
                                                          never: str) -> None:
    a = converse(liuyang, question)
    assert a.status == "answered" and a.text.startswith(first) and figure in a.text and never not in a.text, a.text


def test_a_change_column_is_no_years_subtotal(qingshan: Engine) -> None:
    a = converse(qingshan, "哪个部门项目预算最少")
    assert a.status == "answered" and a.text.startswith("青山县林业局") and "460" in a.text and "100万元" not in a.text, a.text
    b = converse(qingshan, "青山县哪个部门2024年预算最少")
    assert b.status == "answered" and b.text.startswith("青山县林业局") and "360" in b.text, b.text


def test_rows_ending_in_the_name_said_are_asked_which(liuyang: Engine) -> None:
    # two units' rows of one name: which is asked (never the seed's 公用经费 project's "no such year")
    a = converse(liuyang, "学校运转公用经费2026年多少")
    assert a.status == "clarify" and "第一中学" in a.text and "职业中专" in a.text, a.text
    b = converse(liuyang, "学校运转公用经费2026年多少", "2")
    assert b.status == "answered" and "296" in b.text, b.text


def test_of_which_is_a_part_of_the_figure_just_shown(liuyang: Engine) -> None:
    # 其中其他资金 of 文旅局's project just shown: never the budget table's class 其他 (项目类别) added up
    a = converse(liuyang, "全民健身多少钱", "其中其他资金多少")
    assert a.status == "answered" and "10" in a.text and "760" not in a.text, a.text
