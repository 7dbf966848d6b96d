"""Departments by the names people use (dept34), on tables generated here with names and figures of their own.

Classes: a bureau whose word is a row of two-character words the vocabulary does not shorten is said by their
first characters, or by the first two or three of them ("教育科技体育局" -> "教科体局", "教科局"), with or without
its place; a bureau said with a loaded department's place but another bureau's word ("澄溪县司法局" with only
澄溪县's 教科体局 and 人社局 loaded) is a department that is not loaded: "没有…的数据", never the loaded one's row."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, UNKNOWN, Engine
from bot.language.lexicon import department_forms

_SCHOOL_DEPT = "澄溪县教育科技体育局"
_SCHOOL_UNITS = [
    Unit("澄溪县教育科技体育局本级", "236.40 216.40 8.00 12.00", [
        Item("青少年科技创新大赛经费", "54.00 34.00 8.00 12.00",
             "组织全县中小学生参加科技创新大赛和机器人竞赛，培养青少年创新意识。",
             [("11", "参赛学生人数", "≥900人", "≥900人"),
              ("13", "赛事完成时间", "2026年10月底前", "2026年10月底前"),
              ("31", "参赛师生满意度", "≥90%", "≥90%")]),
        Item("校园足球推广经费", "37.40 37.40",
             "开展校园足球联赛和教练员培训，扩大校园足球覆盖面。",
             [("11", "联赛场次", "≥120场", "≥120场"),
              ("14", "教练员培训成本", "≤6万元", "≤6万元"),
              ("31", "学生满意度", "≥88%", "≥88%")]),
        Item("教师法律顾问服务经费", "19.00 19.00",
             "聘请律师事务所为全县学校提供法律咨询和纠纷调处服务。",
             [("11", "法律咨询服务次数", "≥60次", "≥60次"),
              ("31", "学校满意度", "≥85%", "≥85%")]),
        Item("县级教研活动经费", "126.00 126.00",
             "组织县级教研活动、学科竞赛和教学质量监测，提升课堂教学水平。",
             [("11", "教研活动场次", "≥40场", "≥40场"),
              ("12", "教学质量监测覆盖率", "100%", "100%")]),
    ]),
]

_LABOUR_DEPT = "澄溪县人力资源和社会保障局"
_LABOUR_UNITS = [
    Unit("澄溪县人力资源和社会保障局", "73.50 73.50", [
        Item("职业技能提升培训经费", "52.50 52.50",
             "面向农村转移劳动力开展职业技能培训，提高就业能力。",
             [("11", "培训人数", "≥1500人", "≥1500人"),
              ("31", "培训学员满意度", "≥90%", "≥90%")]),
        Item("劳动保障监察经费", "21.00 21.00",
             "开展根治欠薪专项行动和劳动保障监察执法。",
             [("11", "检查用人单位", "≥200家", "≥200家"),
              ("12", "欠薪案件结案率", "≥95%", "≥95%")]),
    ]),
]


_WATER_ROWS = [  # 项目名称, 责任科室, 调整后预算, 1-6月执行数 (万元)
    ("小型水库除险加固项目", "工程股", 640, 212),
    ("农村饮水安全巩固提升工程", "农水股", 380, 201),
    ("河道清障疏浚经费", "河湖股", 95, 60),
]


def _monitoring_table(path: Path) -> None:
    """澄溪县水利局's 运行监控表: rows by 项目名称 read as labelled figures (no project records), a 合计 row."""
    rows: list[list] = [["合计", "", sum(r[2] for r in _WATER_ROWS), sum(r[3] for r in _WATER_ROWS)]]
    rows += [list(r) for r in _WATER_ROWS]
    simple_table(path, "监控表", "澄溪县水利局2026年项目支出绩效运行监控表（1-6月）", "D2", "单位：万元",
                 ("项目名称", "责任科室", "调整后预算", "1-6月执行数"), rows)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("dept34")
    (folder / "chengxi_jkt_2026_targets.txt").write_text(
        render(_SCHOOL_DEPT, "236.40 216.40 8.00 12.00", _SCHOOL_UNITS), encoding="utf-8")
    (folder / "chengxi_rsj_2026_targets.txt").write_text(
        render(_LABOUR_DEPT, "73.50 73.50", _LABOUR_UNITS), encoding="utf-8")
    _monitoring_table(folder / "chengxi_slj_2026_monitoring.xlsx")
    root = Path(__file__).resolve().parent.parent
    return engine_over(tmp_path_factory.mktemp("dept34_db") / "kb.sqlite", [root / "knowledge", folder])


@pytest.mark.parametrize(("bureau", "shorts"), [
    ("教育科技体育局", {"教科体局", "教科局"}),
    ("商务粮食口岸局", {"商粮口局", "商粮局"}),
    ("农业农村水利林业局", {"农农水林局", "农农水局"}),
])
def test_a_bureau_of_several_words_is_said_by_their_first_characters(bureau: str, shorts: set[str]) -> None:
    forms = department_forms(f"澄溪县{bureau}")
    assert shorts | {f"澄溪{s}" for s in shorts} | {f"澄溪县{s}" for s in shorts} <= forms
    assert not any(len(f) <= 2 and f.endswith("局") for f in forms)


def test_a_bureau_word_with_a_place_or_a_joined_name_inside_is_not_cut() -> None:
    """"县市政公用事业局" holds a level character, "农业和水利局" a joining 和: not rows of two-character words."""
    assert not any(f.startswith(("市公", "市政公局")) for f in department_forms("澄溪县市政公用事业局"))
    assert not any(f.startswith(("农和", "农业和局")) for f in department_forms("澄溪县农业和水利局"))


@pytest.mark.parametrize(("question", "said"), [
    ("澄溪教科体局校园足球推广经费多少", ["37.40"]),
    ("教科局一共有几个项目", ["4"]),
    ("教科体局哪个项目钱最多", ["县级教研活动经费", "126"]),
    ("澄溪教科局项目支出合计", ["236.40"]),
    ("教科局超过五十万的项目有哪些", ["青少年科技创新大赛经费", "县级教研活动经费"]),
])
def test_a_bureau_said_by_its_short_name_is_answered(engine: Engine, question: str, said: list[str]) -> None:
    answer = engine.ask(question, record=False)
    assert answer.status == ANSWERED, answer.text
    assert all(s in answer.text for s in said), answer.text
    assert "没有“" not in answer.text


def test_a_short_named_bureau_in_a_follow_up(engine: Engine) -> None:
    answer = converse(engine, "职业技能提升培训经费多少", "澄溪教科局校园足球推广呢")
    assert answer.status == ANSWERED and "37.40" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "澄溪县司法局法律顾问服务经费多少",
    "澄溪司法局法律顾问服务经费多少",
    "司法局法律顾问服务经费多少",
])
def test_a_bureau_that_is_not_loaded_is_said_so(engine: Engine, question: str) -> None:
    """司法局 is not loaded: the 教科体局's 教师法律顾问服务经费 is no answer to it."""
    answer = engine.ask(question, record=False)
    assert answer.status == UNKNOWN, answer.text
    assert "19.00" not in answer.text and "司法局" in answer.text, answer.text


def test_projects_of_two_departments_are_counted_not_their_money_added(engine: Engine) -> None:
    """"A局和B局一共有几个项目": 4 + 2 projects, never the two totals (236.40 + 73.50) added."""
    for question in ("教科局和人社局一共有几个项目", "澄溪教科体局和澄溪县人社局一共有多少个项目"):
        answer = engine.ask(question, record=False)
        assert answer.status == ANSWERED and "6" in answer.text, answer.text
        assert "309.9" not in answer.text and "万元" not in answer.text, answer.text


def test_a_count_over_a_department_whose_table_lists_no_project_records_is_not_one_sides(engine: Engine) -> None:
    """The 水利局's 运行监控表 holds labelled rows, not project records: the 教科局's 4 (or the 水利局's 3)
    alone is no count of both."""
    answer = engine.ask("教科局和水利局一共有几个项目", record=False)
    assert answer.status != ANSWERED or "7" in answer.text, answer.text
    assert not re.search(r"(?:共有?|共) ?[34] ?个", answer.text), answer.text


_DISABLED_ROWS = [  # 乡镇, 受助人数, 补贴标准 (元/人·月), 补贴金额, 其中中央资金, 其中县级资金 (元)
    ("青禾镇", 312, 90, 336960, 202176, 134784),
    ("柳塘乡", 145, 90, 156600, 93960, 62640),
    ("石门镇", 228, 90, 246240, 147744, 98496),
]
_MEAL_ROWS = [  # 学校, 受益学生数, 补助金额 (元), 其中中央资金, 其中县级资金
    ("青禾中心小学", 420, 420000, 336000, 84000),
    ("柳塘中学", 265, 265000, 212000, 53000),
    ("小计", 685, 685000, 548000, 137000),
    ("石门小学", 118, 118000, 94400, 23600),
]


def _allocation_tables(folder: Path) -> None:
    """Two allocation tables of one county in 元, each with a 合计 row after its rows (one a 小计 above it)."""
    rows: list[list] = [list(r) for r in _DISABLED_ROWS]
    rows.append(["合计", sum(r[1] for r in _DISABLED_ROWS), None, *(sum(r[k] for r in _DISABLED_ROWS) for k in (3, 4, 5))])
    simple_table(folder / "chengxi_2026_disability_allocation.xlsx", "分配表", "澄溪县2026年残疾人两项补贴资金分配表",
                 "F2", "单位：元", ("乡镇", "受助人数（人）", "补贴标准（元/人·月）", "补贴金额（元）", "其中中央资金", "其中县级资金"),
                 rows)
    meals = [r for r in _MEAL_ROWS if r[0] != "小计"]
    rows = [list(r) for r in _MEAL_ROWS]
    rows.append(["合计", *(sum(r[k] for r in meals) for k in (1, 2, 3, 4))])
    simple_table(folder / "chengxi_2026_meal_allocation.xlsx", "分配表",
                 "澄溪县2026年农村义务教育学生营养改善计划补助资金分配表", "E2", "单位：元",
                 ("学校", "受益学生数（人）", "补助金额（元）", "其中中央资金", "其中县级资金"), rows)


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("dept34_tables")
    _allocation_tables(folder)
    (folder / "chengxi_rsj_2026_targets.txt").write_text(
        render(_LABOUR_DEPT, "73.50 73.50", _LABOUR_UNITS), encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    return engine_over(tmp_path_factory.mktemp("dept34_tables_db") / "kb.sqlite", [root / "knowledge", folder])


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("残疾人两项补贴资金总额", ["739800"], ["803000", "448"]),  # its 合计 row's 补贴金额, not a 其中 part
    ("残疾人两项一共多少钱", ["739800"], ["803000"]),
    ("营养改善计划补助资金一共多少", ["803000"], ["685000", "739800"]),  # the 合计, never the 小计 above it
    ("营养餐一共多少钱", ["803000"], ["739800"]),  # the everyday name of the 营养改善计划 (vocabulary)
    ("营养餐一共惠及多少学生", ["803"], ["685", "685000"]),
])
def test_a_table_named_by_its_titles_words_gives_its_total(tables: Engine, question: str, said: list[str],
                                                          unsaid: list[str]) -> None:
    answer = tables.ask(question, record=False)
    assert answer.status == ANSWERED, answer.text
    assert all(s in answer.text for s in said), answer.text
    assert not any(u in answer.text for u in unsaid), answer.text


def test_this_project_after_an_indicator_is_the_indicators_project(engine: Engine) -> None:
    """"X是哪个项目的" → "这个项目多少钱": the amount of the project X belongs to; money asked of the indicator
    itself ("多少钱") is still no amount of it."""
    for follow in ("这个项目多少钱", "该项目的经费是多少"):
        answer = converse(engine, "联赛场次是哪个项目的", follow)
        assert answer.status == ANSWERED and "37.40" in answer.text, answer.text
    bare = converse(engine, "联赛场次是哪个项目的", "多少钱")
    assert bare.status == UNKNOWN and "37.40" not in bare.text, bare.text


def test_a_table_named_by_its_title_is_one_side_of_a_comparison(tables: Engine) -> None:
    """"营养餐总额和人社局项目合计哪个多": the 分配表's 合计 in 元 (803000 = 80.3万元) against the 人社局's 73.50万元."""
    answer = tables.ask("营养餐总额和人社局项目合计哪个多", record=False)
    assert answer.status == ANSWERED, answer.text
    assert "6.8万元" in answer.text and "803000" in answer.text and "73.50" in answer.text, answer.text


@pytest.mark.parametrize(("question", "said"), [
    ("教科局有没有用到财政专户拨款的项目", ["青少年科技创新大赛经费", "8.00"]),  # 用到: no word of a name
])
def test_everyday_words_around_a_short_named_bureau(engine: Engine, question: str, said: list[str]) -> None:
    answer = engine.ask(question, record=False)
    assert answer.status == ANSWERED, answer.text
    assert all(s in answer.text for s in said), answer.text


def test_a_year_the_titled_table_is_not_of_is_not_its_total(tables: Engine) -> None:
    """"2025年营养餐一共多少钱" of a 2026 table that prints no 2025 figure: that year is not held."""
    answer = tables.ask("2025年营养改善计划总额", record=False)
    assert answer.status == UNKNOWN and "803000" not in answer.text, answer.text
    assert tables.ask("2026年营养改善计划总额", record=False).status == ANSWERED
