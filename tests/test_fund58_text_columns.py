"""A table of one row per fund whose text columns classify or explain its rows, beside two years' money
(tests/data/fund58, written by make_fixture.py: 岚溪市 2024年度市级财政专项资金清理情况表 — 领域 groups with 小计 rows, a
合计 row; 主管部门, 2023年安排数, 2024年安排数, 处理方式 保留/合并/降标/取消, 并入项目, 减少金额, 说明), loaded beside the
sample workbooks, one of which (武汉's 项目申报表) holds a project named just "专项资金": the table's generic noun and a
row's full name must never be read as that project.

Sums by hand: 2023年安排数 1060 + 1180 + 730 = 2970; 2024年安排数 990 + 1150 + 540 = 2680; 减少金额 150 + 90 + 190 = 430;
11 funds; 取消: 会展招商活动经费, 城市夜景亮化运维经费; 保留: 制造业转型升级专项资金, 城乡低收入家庭救助专项资金,
农村公路养护专项资金 (3); 市民政局 2024: 760 + 200 + 40 = 1000.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, fixture_script, simple_table

from bot.engine import Engine

_DATA = Path(__file__).resolve().parent / "data" / "fund58"
_ROOT = Path(__file__).resolve().parent.parent
_WUHAN = "武汉市人力资源和社会保障局东湖新技术开发区分局"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fund58")
    make_fixture = fixture_script(_DATA)  # the committed script writes the very file kept beside it
    make_fixture.write_funds(d / make_fixture.FUNDS.name)
    assert make_fixture.FUNDS.exists()
    samples = sorted((_ROOT / "tests" / "data" / "samples").glob("*.xlsx"))
    return engine_over(d / "kb.sqlite", [_ROOT / "knowledge", *samples, d / make_fixture.FUNDS.name])


def _ask(engine: Engine, *turns: str) -> tuple[str, str]:
    a = converse(engine, *turns)
    return a.status, a.text


@pytest.mark.parametrize(("question", "said", "wrong"), [
    # a row named by its full name, ending in another document's project name (专项资金): the row's own cell
    ("农村公路养护专项资金主管部门是谁", "市交通运输局", (_WUHAN,)),
    ("茶叶品牌推广专项资金主管部门是谁", "市农业农村局", (_WUHAN,)),
    # where the money went: the column naming the fund it was merged into, before the row's 说明
    ("竹木加工技改补助资金并到哪去了", "制造业转型升级专项资金", ()),
    ("竹木加工资金并入哪个了", "制造业转型升级专项资金", ()),
    # why: the row's 说明, never the rows of its 处理方式 listed
    ("会展招商活动经费为啥取消", "活动停办", ("城市夜景亮化运维经费",)),
])
def test_a_text_column_asked_by_its_meaning(engine: Engine, question: str, said: str, wrong: tuple[str, ...]) -> None:
    status, text = _ask(engine, question)
    assert status == "answered" and said in text, text
    assert not any(w in text for w in wrong), text


def test_why_after_the_row_is_its_remark(engine: Engine) -> None:
    status, text = _ask(engine, "城市夜景亮化运维经费", "为什么取消")
    assert status == "answered" and "亮化工程已移交运维单位" in text, text
    assert "会展招商活动经费" not in text, text


@pytest.mark.parametrize(("question", "rows", "not_rows"), [
    ("哪些专项资金取消了", ("会展招商活动经费", "城市夜景亮化运维经费"), ("茶叶品牌推广专项资金", _WUHAN)),
    ("保留的专项资金有几项", ("3 项", "农村公路养护专项资金"), ("会展招商活动经费", _WUHAN)),
    ("降标了哪些", ("茶叶品牌推广专项资金", "老旧小区微改造补助资金"), ("农村公路养护专项资金",)),
])
def test_a_value_of_a_text_column_filters_the_rows(engine: Engine, question: str, rows: tuple[str, ...],
                                                  not_rows: tuple[str, ...]) -> None:
    status, text = _ask(engine, question)
    assert status == "answered", text
    assert all(r in text for r in rows) and not any(r in text for r in not_rows), text


@pytest.mark.parametrize(("question", "row", "figure"), [
    ("哪项减少最多", "城市夜景亮化运维经费", "120"),  # 减少金额 prints the fall positive: its largest, never "none fell"
    ("哪项专项资金减少最多", "城市夜景亮化运维经费", "120"),
])
def test_rows_ranked_by_a_one_way_change_column(engine: Engine, question: str, row: str, figure: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered" and row in text.splitlines()[0] and figure in text.splitlines()[0], text


@pytest.mark.parametrize(("question", "figure"), [
    ("专项资金减少金额合计", "430"),
    ("减少金额合计", "430"),
    ("民政局专项资金24年安排一共多少", "1000"),
    ("市民政局专项资金2024年安排数合计", "1000"),
])
def test_column_totals_and_a_departments_rows(engine: Engine, question: str, figure: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered" and figure in text.splitlines()[0], text
    assert _WUHAN not in text, text


@pytest.mark.parametrize(("question", "figure"), [
    ("专项资金清理情况表一共多少项资金", "11"),
    ("專項資金清理情況表一共多少項資金", "11"),  # the title said short, in traditional characters
    ("清理情况表一共几项", "11"),
    ("清理情况表合计", "2680"),
])
def test_a_table_named_by_its_title_said_short(engine: Engine, question: str, figure: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered" and figure in text.splitlines()[0], text
    assert "处理方式" not in text.splitlines()[0] and _WUHAN not in text, text


def test_the_project_named_alone_is_still_that_project(engine: Engine) -> None:
    # ("专项资金多少": no value or column of the table read beside it — the application's project stands)
    status, text = _ask(engine, "专项资金多少")
    assert status == "answered" and "6730" in text, text


def test_a_change_column_said_by_its_verb_then_its_share_of_the_earlier_year(engine: Engine) -> None:
    status, text = _ask(engine, "居家养老服务补助资金", "减少了多少")
    assert status == "answered" and "60" in text.splitlines()[0] and "减少金额" in text, text
    status, text = _ask(engine, "居家养老服务补助资金", "减少了多少", "占23年的比例")
    assert status == "answered" and "23.08" in text and "1180" not in text, text  # 60 ÷ 260, never 260 ÷ 1180


@pytest.mark.parametrize("question", ["24年比23年反而增加的专项资金是哪个", "2024年比2023年增加的资金有哪些"])
def test_rows_filtered_by_two_year_columns(engine: Engine, question: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered", text
    assert "制造业转型升级专项资金" in text and "城乡低收入家庭救助专项资金" in text, text
    assert "茶叶品牌推广专项资金" not in text and "农村公路养护专项资金" not in text, text


def test_a_department_said_with_its_place_is_the_owner_column_as_printed(engine: Engine) -> None:
    status, text = _ask(engine, "岚溪市民政局专项资金24年安排一共多少")
    assert status == "answered" and "1000" in text.splitlines()[0], text
    status, text = _ask(engine, "岚溪市公安局专项资金24年安排一共多少")  # (no row of it: never another's)
    assert status != "answered" or "1000" not in text, text
    # (the table not said — a department's whole budget — is no sum of its rows there)
    status, text = _ask(engine, "岚溪市民政局2024年部门预算总额")
    assert "1000" not in text, text


@pytest.mark.parametrize("question", ["老旧小区微改造补助资金改造几个小区", "茶叶品牌推广专项资金推广了几个品牌"])
def test_a_count_the_table_does_not_hold_is_unknown(engine: Engine, question: str) -> None:
    status, text = _ask(engine, question)
    assert status == "unknown", text
    assert "共 1 项" not in text, text


@pytest.mark.parametrize(("turns", "said", "wrong"), [
    # a state the row does not print: 保留, not 取消 — never its 说明 given as the reason
    (("制造业转型升级专项资金为啥取消",), "保留", "承接并入资金"),
    (("城乡低收入家庭救助专项资金为什么取消了",), "保留", "救助标准上调"),
    # a year's figure said 0 that is not (2023: 90), or of a year the table prints no column of (2025)
    (("会展招商活动经费为什么23年是0",), "90", "活动停办"),
    (("制造业转型升级专项资金多少", "为什么25年是0"), "2025", "承接并入资金"),
])
def test_a_reason_asked_of_a_state_the_row_does_not_print_is_unknown(engine: Engine, turns: tuple[str, ...], said: str,
                                                                     wrong: str) -> None:
    status, text = _ask(engine, *turns)
    assert status == "unknown" and wrong not in text, text
    assert said in text, text


def test_a_bureau_said_short_before_the_tables_noun_sums_its_rows(tmp_path: Path) -> None:
    # (a county's table whose 主管部门 prints 县X局, asked as X's short name before the title's noun 专项资金, with the
    # samples' projects named …专项资金 loaded beside: the bureau's rows added up, never its rows listed as if each
    # were the answer, nor another document's project)
    table = tmp_path / "青枫县财政局_2026年县级专项资金安排表.xlsx"
    simple_table(table, "专项资金", "青枫县2026年县级专项资金安排表", "D2", "单位：万元",
                 ["资金名称", "主管部门", "资金规模（万元）", "备注"],
                 [["棚户区改造补助资金", "县住房和城乡建设局", 640, ""], ["城镇燃气管网更新资金", "县住房和城乡建设局", 180, ""],
                  ["残疾人两项补贴资金", "县民政局", 95, ""]])
    samples = [p for p in sorted((_ROOT / "tests" / "data" / "samples").iterdir()) if p.suffix in (".xlsx", ".pdf")]
    engine = engine_over(tmp_path / "kb.sqlite", [_ROOT / "knowledge", *samples, table])
    answer = converse(engine, "住建局专项资金多少")
    assert answer.status == "answered" and "820" in answer.text.splitlines()[0], answer.text
