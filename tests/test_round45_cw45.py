"""Round 45, confident wrong answers of a sub-item or a category the tables do not break down, and questions back
about an indicator the question had already settled.

Classes:
- a money word asked of a project ("里面制卡费多少", "管理员补助多少") is read as an indicator only when the indicator
  measures money: never 制卡合格率 (a rate) nor 基层应急管理员覆盖镇 (a count), however close the names;
- a kind of spending asked as a department's whole ("白云区信访局公用经费合计") is the department's kind, never the
  one project whose name holds it (政府雇员公用经费): unknown when no table of the department prints it;
- an indicator held by several departments' projects with one value everywhere ("编外人员聘用合规率年度值") is
  answered (a value asked), each where it holds; places said each naming one holder ("湛江和乐清…差多少") chose them, and a
  difference asked of two targets is worked out;
- what a fund pays out ("主要发些啥") is its goal; the name of a thing its goal prints beside it ("“乐清工匠”职业技能
  竞赛" of "技能竞赛叫什么名") is read from the goal (a name not printed, "律师叫什么", is not there);
- a bureau's word said alone before 项目 ("应急项目…") is its department, as 应急局项目 is; "2026年度目标" is the
  label 年度目标 of that year, never the 总目标; a place in a ranking past the projects ranked ("第二大呢" after the
  明细 lines ranked) is no "一共只有 1 个项目" answer;
- "其中X多少" after an indicator is a part its value does not break down (never a money line holding X); after a
  project, money of a part only its indicator measures is not costed (never that indicator's rate); a part of a
  明细 line its 测算依据 states with an amount ("仓库租金每年30.6万元") is that clause, never the line's whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED, VOCAB, KnowledgeBaseCopy, converse

from bot.engine import ANSWERED, CLARIFY, UNKNOWN, Engine

_DATA = Path(__file__).resolve().parent / "data"
_SOURCES = [
    SEED,
    _DATA / "general72" / "乐清市人力资源和社会保障局_2026年_项目支出绩效目标表.txt",
    _DATA / "general72" / "乐清市_2026年_一般公共预算财政拨款支出表.xlsx",
    _DATA / "general71" / "温岭市应急管理局_2026年_项目申报表.xlsx",
    _DATA / "samples" / "zhanjiang_rsj_2024_department_targets.xlsx",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy: KnowledgeBaseCopy) -> Engine:
    return Engine(built_copy(_SOURCES, tmp_path_factory.mktemp("cw45") / "kb.sqlite"), VOCAB)


@pytest.mark.parametrize("turns", [("社保卡一卡通经费", "里面制卡费多少"), ("社保卡一卡通经费制卡费多少",)])
def test_a_money_sub_item_is_no_rate_of_its_words(engine: Engine, turns: tuple[str, ...]) -> None:
    answer = converse(engine, *turns)
    assert answer.status == UNKNOWN and "合格率" not in answer.text and "52.6" not in answer.text, answer.text


def test_a_money_sub_item_is_no_count_of_its_words(engine: Engine) -> None:
    answer = converse(engine, "应急管理员补助多少")
    assert answer.status == ANSWERED and "87.36" in answer.text and "覆盖镇" not in answer.text, answer.text


def test_a_rate_asked_still_reads_the_rate(engine: Engine) -> None:
    answer = converse(engine, "社保卡一卡通经费", "制卡合格率多少")
    assert answer.status == ANSWERED and "99.5" in answer.text, answer.text


def test_a_kind_of_spending_whole_is_no_project_holding_its_name(engine: Engine) -> None:
    answer = converse(engine, "白云区信访局公用经费合计")
    assert answer.status == UNKNOWN and "2.70" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["政府雇员公用经费合计", "白云区信访局政府雇员公用经费合计"])
def test_the_project_named_whole_is_still_the_project(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status == ANSWERED and "2.70" in answer.text, answer.text


def test_a_kind_of_spending_a_table_prints_is_read_from_it(engine: Engine) -> None:
    answer = converse(engine, "乐清人社局公用经费合计")
    assert answer.status == ANSWERED and "185.98" in answer.text, answer.text


def test_one_value_in_every_department_is_answered(engine: Engine) -> None:
    answer = converse(engine, "编外人员聘用合规率年度值")
    assert answer.status == ANSWERED and "100%" in answer.text, answer.text
    assert "广州市白云区信访局" in answer.text and "乐清市人力资源和社会保障局" in answer.text, answer.text


def test_values_that_differ_still_ask(engine: Engine) -> None:
    answer = converse(engine, "城镇新增就业人数是多少")
    assert answer.status == CLARIFY, answer.text


@pytest.mark.parametrize("question", ["湛江和乐清城镇新增就业目标差多少", "湛江城镇新增就业人数比乐清多多少"])
def test_two_places_said_set_their_targets_apart(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status == ANSWERED and "32000" in answer.text and "50000 - 18000" in answer.text, answer.text


@pytest.mark.parametrize("question", ["就业创业补助资金主要发些啥", "就业创业补助资金发什么"])
def test_what_a_fund_pays_out_is_its_goal(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status == ANSWERED and "创业担保贷款贴息" in answer.text, answer.text


def test_a_name_asked_of_a_thing_its_goal_names(engine: Engine) -> None:
    answer = converse(engine, "乐清的技能竞赛叫什么名")
    assert answer.status == ANSWERED and "乐清工匠" in answer.text, answer.text


# A bureau's word said for its department before 项目 ("应急项目…": 应急 of 温岭市应急管理局, which names of projects
# hold too, 应急指挥平台运维经费); a year said before 年度目标; a place in a ranking past the projects ranked.
_WENLING = [_DATA / "general71" / "温岭市应急管理局_2026年_项目申报表.xlsx",
            _DATA / "general71" / "温岭市_2026年_部门项目支出预算表.xlsx",
            _DATA / "general71" / "温岭市农业农村局_2026年_项目支出绩效目标表.txt"]


@pytest.fixture(scope="module")
def wenling(tmp_path_factory, built_copy: KnowledgeBaseCopy) -> Engine:
    return Engine(built_copy(_WENLING, tmp_path_factory.mktemp("cw45w") / "kb.sqlite"), VOCAB)


@pytest.mark.parametrize(("question", "figure"), [
    ("应急项目2026年一般公共预算拨款多少", "437.46"),
    ("应急项目上级补助收入2026年多少", "48"),
    ("应急项目的总目标是啥", "不死人、少伤人、少损失"),
    ("应急项目明细里最大的是哪项", "128.64"),
])
def test_a_bureau_word_before_project_is_its_department(wenling: Engine, question: str, figure: str) -> None:
    answer = converse(wenling, question)
    assert answer.status == ANSWERED and figure in answer.text, answer.text


def test_a_bureau_word_run_on_from_a_name_is_no_department(wenling: Engine) -> None:
    answer = converse(wenling, "应急指挥平台运维经费")
    assert answer.status == ANSWERED and "45.36" in answer.text, answer.text


def test_a_year_before_the_annual_target_reads_that_label(wenling: Engine) -> None:
    answer = converse(wenling, "应急局项目2026年度目标")
    assert answer.status == ANSWERED and "综合性应急演练4场" in answer.text, answer.text


def test_a_place_past_the_projects_ranked_is_the_lines_just_ranked(wenling: Engine) -> None:
    answer = converse(wenling, "应急项目明细最大的是哪项", "第二大呢")
    assert answer.status == ANSWERED and "基层应急管理员工作补助" in answer.text and "87.36" in answer.text, answer.text


# A part asked of what was just answered ("其中…"): of an indicator, a part its value does not break down; of a
# project, money of a part only its indicator measures (…补贴发放准确率) — never a line of money holding the words.
_SAMPLES = [_DATA / "samples" / "wuhan_donghu_rsj_2020_project_application.xlsx",
            _DATA / "samples" / "chongqing_yuzhong_2021_project_self_evaluation.xlsx"]


@pytest.fixture(scope="module")
def samples(tmp_path_factory, built_copy: KnowledgeBaseCopy) -> Engine:
    return Engine(built_copy(_SAMPLES, tmp_path_factory.mktemp("cw45s") / "kb.sqlite"), VOCAB)


def test_a_part_of_an_indicator_is_not_a_money_line(samples: Engine) -> None:
    answer = converse(samples, "东湖分局五险净增人数", "其中养老保险多少")
    assert answer.status == UNKNOWN and "3080" not in answer.text and "五险净增人数" in answer.text, answer.text


def test_money_of_a_part_only_measured_is_no_rate(samples: Engine) -> None:
    answer = converse(samples, "渝中就业补助资金", "其中社会保险补贴多少")
    assert answer.status == UNKNOWN and "95%" not in answer.text, answer.text


def test_the_measure_of_the_part_said_is_still_read(samples: Engine) -> None:
    answer = converse(samples, "渝中就业补助资金", "其中社会保险补贴发放准确率多少")
    assert answer.status == ANSWERED and "95%" in answer.text, answer.text


def test_a_bare_shared_name_still_asks_which(engine: Engine) -> None:
    answer = converse(engine, "编外人员聘用合规率")  # (no value asked: which project's is the question back)
    assert answer.status == CLARIFY, answer.text


def test_a_name_the_texts_do_not_print_is_not_read(engine: Engine) -> None:
    answer = converse(engine, "聘请的律师叫什么")
    assert answer.status == UNKNOWN, answer.text


def test_a_part_a_detail_line_states_in_its_basis(wenling: Engine) -> None:
    answer = converse(wenling, "应急局仓库租金多少")
    assert answer.status == ANSWERED and "30.6" in answer.text, answer.text


def test_money_said_of_the_line_itself_is_its_amount(wenling: Engine) -> None:
    answer = converse(wenling, "防汛防台应急物资采购费用多少")
    assert answer.status == ANSWERED and "128.64" in answer.text, answer.text


@pytest.mark.parametrize("question", ["乐清人设局 制卡费多少", "白云区信仿局 雇员补贴多少"])
def test_a_department_mistyped_beside_money_asked_is_read(engine: Engine, question: str) -> None:
    answer = converse(engine, question)  # (the words searched for, less a department said with a typo: no error)
    assert answer.intent != "error" and "合格率" not in answer.text, answer.text
