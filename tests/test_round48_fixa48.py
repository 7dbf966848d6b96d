"""Round 48 fix-up of the coded 科目 budget reading, on a county's 国有资本经营预算收支表 printed on ONE sheet (收入
rows 1xxx and 支出 rows 2xxx of the 政府收支分类 one under the other, a note under the table). Small fictional tables:
松岭县's one-sheet 收支表 beside 松岭县国资办's own 部门支出预算表 (国资 inside a department's name).

Classes:
- the flow said (收入/支出) selects the subjects by code class on a one-sheet 收支表, for the extreme and the 大类;
- the top level (大类) is taken per flow: the 收入 side's 7-digit groups are 大类 as the 支出 side's 5-digit ones are;
- 科目 ranked with no flow said: each flow on its own, never 收入 and 支出 subjects in one ranking;
- a budget's short word (国资) inside a department's name (国资办, 国资委) is never read as the budget;
- a note answers why only when it shares the row asked, not only the table's own budget name;
- a 比例 a note states in other words is quoted from the note, never worked out over a total the question never named."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import ANSWERED, Engine

_HEAD = [["科目编码", "项目", "上年执行数", "本年预算数", "本年预算数比上年执行数", None],
         [None, None, None, None, "增减额", "增减%"]]

_ONE_SHEET = [
    ["松岭县2026年国有资本经营预算收支表"], ["单位：万元"], *_HEAD,
    ["1030601", "一、利润收入", 4100, 4500, 400, "9.8"],
    ["103060107", "\u3000建筑施工企业利润收入", 1500, 1700, 200, "13.3"],
    ["103060198", "\u3000其他国有资本经营预算企业利润收入", 2600, 2800, 200, "7.7"],
    ["1030602", "二、股利、股息收入", 700, 640, -60, "-8.6"],
    ["22301", "解决历史遗留问题及改革成本支出", 900, 700, -200, "-22.2"],
    ["2230105", "\u3000国有企业退休人员社会化管理补助支出", 900, 700, -200, "-22.2"],
    ["22302", "国有企业资本金注入", 2100, 2600, 500, "23.8"],
    ["2230206", "\u3000公益性设施投资支出", 1300, 1400, 100, "7.7"],
    ["2230208", "\u3000支持科技进步支出", 800, 1200, 400, "50.0"],
    [None, "收入合计", 4800, 5140, 340, "7.1"],
    [None, "支出合计", 3000, 3300, 300, "10.0"],
    [None, "国有资本经营预算调出资金", 1800, 1840, 40, "2.2"],
    [None, None],
    ["注：调出资金按利润收入的40%调入一般公共预算；资本金注入比例由县国资办核定。"],
]

_MERGED = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3"]

_OFFICE = [
    ["松岭县国资办2026年部门支出预算表"], ["单位：万元"],
    ["项目", "本年预算数"],
    ["企业监管经费", 110],
    ["产权登记经费", 40],
    ["合计", 150],
]


@pytest.fixture(scope="module")
def songling(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("fixa48")
    budget = write_workbook(folder / "松岭县2026年国有资本经营预算收支表.xlsx", _ONE_SHEET, _MERGED)
    office = write_workbook(folder / "松岭县国资办_2026年_部门支出预算表.xlsx", _OFFICE)
    return engine_over(folder / "kb.sqlite", [budget, office])


@pytest.fixture(scope="module")
def budget_alone(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("fixa48_alone")
    budget = write_workbook(folder / "松岭县2026年国有资本经营预算收支表.xlsx", _ONE_SHEET, _MERGED)
    return engine_over(folder / "kb.sqlite", [budget])


def _answered(engine: Engine, *turns: str, shows: tuple[str, ...], never: tuple[str, ...] = ()) -> str:
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED and all(s in answer.text for s in shows), answer.text
    assert not any(n in answer.text for n in never), answer.text
    return answer.text


@pytest.mark.parametrize(("question", "shows", "never"), [
    # 支出 asked: the 2xxx subjects only (the detailed 2800 of an income row is larger), their 大类 22302
    ("松岭国资预算支出哪个科目最多", ("公益性设施投资支出", "22302"), ("2800", "利润收入")),
    ("松岭县国有资本经营预算支出哪个科目最多", ("1400", "2600"), ("2800",)),
    # 收入 asked: the 1xxx subjects, and the 大类 among the income groups (never the 支出 大类 2600)
    ("松岭国资预算收入哪个科目最多", ("2800", "4500"), ("2600", "资本金注入")),
])
def test_the_flow_said_selects_subjects_by_code_class(songling: Engine, question: str, shows: tuple[str, ...],
                                                      never: tuple[str, ...]) -> None:
    _answered(songling, question, shows=shows, never=never)


def test_the_top_level_is_taken_per_flow(songling: Engine) -> None:
    _answered(songling, "松岭国资预算收入有哪几大类", shows=("一、利润收入", "二、股利、股息收入"),
              never=("22301", "22302"))
    _answered(songling, "松岭国资预算支出有哪几大类", shows=("22301", "22302"), never=("1030601", "1030602"))
    # no flow said: each flow's 大类 on its own, never the table's totals nor one list of both
    text = _answered(songling, "松岭国资预算有哪几大类", shows=("收入科目", "支出科目", "一、利润收入", "22302"),
                     never=("收入合计", "调出资金"))
    assert text.index("一、利润收入") < text.index("支出科目") < text.index("22302"), text
    # a fall asked over both flows: the income group that fell is not left out
    _answered(songling, "松岭国资预算哪几大类比上年下降了", shows=("股利、股息收入", "22301"),
              never=("22302", "一、利润收入"))


def test_subjects_ranked_with_no_flow_said_are_ranked_per_flow(songling: Engine) -> None:
    text = _answered(songling, "松岭国资预算哪个科目增长最多", shows=("收入科目", "支出科目"))
    income, spending = text.split("支出科目")
    assert "建筑施工企业利润收入" in income or "其他国有资本经营预算企业利润收入" in income, text
    assert "支持科技进步支出" in spending and "利润收入" not in spending, text


@pytest.mark.parametrize("question", ["松岭国资办有哪些项目", "松岭国资委有哪些项目", "松岭国资委一共多少钱"])
def test_a_department_named_with_the_short_word_is_never_the_budget(budget_alone: Engine, question: str) -> None:
    answer = converse(budget_alone, question)
    assert answer.status != ANSWERED, answer.text  # (no 国资办/国资委 loaded: not the budget's rows as its own)
    assert "国有资本经营预算委" not in answer.text and "国有资本经营预算办" not in answer.text, answer.text


def test_the_office_named_with_the_short_word_is_its_own_table(songling: Engine) -> None:
    _answered(songling, "松岭国资办有哪些项目", shows=("企业监管经费",), never=("利润收入",))


def test_the_short_word_before_a_row_still_names_the_budget(budget_alone: Engine) -> None:
    _answered(budget_alone, "松岭国资利润收入多少", shows=("4500",))


@pytest.mark.parametrize("question", ["松岭国资预算股利股息收入为什么减少", "松岭国资预算依据是什么"])
def test_a_note_answers_why_only_when_it_shares_the_row(budget_alone: Engine, question: str) -> None:
    answer = converse(budget_alone, question)
    assert "注：" not in answer.text and "国资办核定" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "shows"), [
    ("松岭国资预算调出比例是多少", "调出比例：调出资金按利润收入的40%"),
    ("松岭国资预算调出资金按什么比例", "利润收入的40%"),
    ("松岭国资预算资本金注入比例是多少", "由县国资办核定"),
])
def test_a_ratio_the_note_states_in_other_words_is_quoted(budget_alone: Engine, question: str, shows: str) -> None:
    _answered(budget_alone, question, shows=(shows,), never=("÷",))


def test_a_share_with_its_denominator_named_is_still_worked_out(budget_alone: Engine) -> None:
    _answered(budget_alone, "松岭国资预算调出资金占支出合计的比例是多少", shows=("1840", "3300"))


def test_the_bare_short_word_before_question_words_still_names_the_budget(budget_alone: Engine) -> None:
    _answered(budget_alone, "松岭国资有哪几大类", shows=("收入科目", "支出科目", "22301"))
