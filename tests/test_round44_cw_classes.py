"""Round 44, confident wrong answers the review of round 43 left possible (each class on a small fictional table).

Classes:
- "这两个部门X合计" after a place's table of departments answered two of its departments' lines (one by one, with
  "呢", or together with 分别): those two lines of the column said, never the table's 合计 line nor the last line
  alone. A figure of such a line is its department's (the line's block), never the office that drew the table up;
  a count pointed at that the answers before do not name is said unclear, never answered by the 合计;
- a year alone followed up ("2025年的呢") after an answer of one year that said another year's table holds its row
  too: that row in the year said (the project's money of the 2025 自评表), never the 自评表's 总分; after an answer of
  several items (no one figure kept), never a 自评表's score (分值, 得分) standing for what was asked;
- a bare sum ("合计呢", "加起来多少") after indicators' values listed under their projects: not added up — neither
  the listed projects' money (no money said) nor the department's total nor a 自评表's score;
- two departments' 金额 set side by side ("A和B哪个金额大", "金额分别多少") with nothing else said: each department's
  whole, never a line of one of its tables that prints 金额 in its label (资产金额, 采购金额);
- a kind of table said (专项债) beside another (政府性基金) whose table prints it only on lines of a department's block:
  those lines are asked, never the block's 小计 (nor the department's 项目支出总计 of another table);
- 他们 said of the projects just listed ("他们金额加起来") points at them as 它们 does (never a sum read afresh over
  every table); before an organisation's word (他们局) it is still the department talked about."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook
from test_cw43_classes import _HOUSING
from test_dept70_place_departments import MERGED, ROWS

from bot.engine import ANSWERED, UNKNOWN, Engine

_XIANJU = Path(__file__).resolve().parent / "data" / "general69"


@pytest.fixture(scope="module")
def xianju(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("cw44x") / "kb.sqlite",
                       [_XIANJU / "仙居县_2025年度_项目支出绩效自评表.xlsx",
                        _XIANJU / "仙居县市场监督管理局_2026年_项目支出绩效目标表.txt"])


@pytest.fixture(scope="module")
def fenggang(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cw44")
    book = write_workbook(folder / "枫港市_2026年_部门支出预算表.xlsx", ROWS, MERGED)
    return engine_over(folder / "kb.sqlite", [book])


@pytest.mark.parametrize("turns", [
    ("枫港市教育局项目支出多少", "民政局呢", "这两个部门项目支出合计多少"),
    ("枫港市教育局项目支出多少", "枫港市民政局项目支出多少", "这两个部门项目支出合计多少"),
    ("枫港市教育局和民政局的项目支出分别多少", "这两个部门项目支出合计"),
    ("枫港市教育局项目支出多少", "民政局呢", "这些部门项目支出一共多少"),
])
def test_two_departments_lines_pointed_at_together(fenggang: Engine, turns: tuple[str, ...]) -> None:
    answer = converse(fenggang, *turns)  # 教育局 130 + 民政局 50 = 180, which is the 合计 too: the sum is shown
    assert answer.status == ANSWERED and "130" in answer.text and "50" in answer.text and "180" in answer.text, \
        answer.text


def test_a_pointed_count_the_answers_do_not_name_is_not_the_whole(fenggang: Engine) -> None:
    answer = converse(fenggang, "这两个部门项目支出合计多少")
    assert answer.status == UNKNOWN and "180" not in answer.text, answer.text


def test_a_year_alone_after_another_years_row_is_that_row_in_the_year(xianju: Engine) -> None:
    answer = converse(xianju, "食品安全抽检监测经费多少", "2025年的呢")  # 2026: 86.50; the 2025 自评表: 82.5, 总分 98.62
    assert answer.status == ANSWERED and "82.5" in answer.text and "98.62" not in answer.text, answer.text


def test_a_year_alone_after_a_list_is_never_a_score(xianju: Engine) -> None:
    answer = converse(xianju, "社会公众满意度指标值", "2025年的呢")  # the 自评表's row: 分值 15, 得分 15
    assert answer.status == UNKNOWN and "15" not in answer.text, answer.text


@pytest.mark.parametrize("turns", [
    ("社会公众满意度指标值", "合计呢"),
    ("满意度指标有哪些", "合计呢"),
    ("社会公众满意度指标值", "加起来多少"),
])
def test_a_sum_after_indicators_listed_adds_no_money(xianju: Engine, turns: tuple[str, ...]) -> None:
    answer = converse(xianju, *turns)  # five projects' money: 288.15; the 市监局's total 576.93; a score 15分
    assert answer.status != ANSWERED, answer.text


_SAMPLES = Path(__file__).resolve().parent / "data" / "samples"


@pytest.fixture(scope="module")
def two_kinds(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cw44b")
    (folder / "柏溪县住房和城乡建设局_2026年_项目支出绩效目标表.txt").write_text(_HOUSING, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder / "柏溪县住房和城乡建设局_2026年_项目支出绩效目标表.txt",
                                              _SAMPLES / "putuo_shegongbu_2024_final_accounts.pdf"])


@pytest.mark.parametrize("question", ["柏溪住建局和普陀社会工作部哪个金额大", "柏溪住建局和普陀社会工作部金额分别多少"])
def test_two_departments_amounts_are_their_wholes(two_kinds: Engine, question: str) -> None:
    answer = two_kinds.ask(question)  # 住建局 80 (its projects' 合计); 社工部 本年支出合计 307.82, 采购金额 21.07
    assert answer.status == ANSWERED and "307.82" in answer.text and "21.07" not in answer.text, answer.text


@pytest.fixture(scope="module")
def dongyang(tmp_path_factory) -> Engine:
    data = Path(__file__).resolve().parent / "data" / "general67"
    return engine_over(tmp_path_factory.mktemp("cw44d") / "kb.sqlite",
                       [data / "东阳市_2026年_政府性基金预算支出表.xlsx", data / "东阳市卫生健康局_2026年_项目支出绩效目标表.txt"])


@pytest.mark.parametrize("turns", [
    ("政府性基金表里卫健局专项债多少",),
    ("卫健局专项债多少",),
    ("东阳卫健局彩票公益金支出多少", "政府性基金表里卫健局专项债呢"),
])
def test_a_kind_printed_on_lines_of_a_block_is_never_the_blocks_whole(dongyang: Engine, turns: tuple[str, ...]) -> None:
    answer = converse(dongyang, *turns)  # 卫健局's block: 小计 3860, its 专项债 lines 3600; its projects' total 3270.67
    assert answer.status != ANSWERED or "3600" in answer.text and "3860" not in answer.text, answer.text
    assert "3270.67" not in answer.text, answer.text


def test_they_points_at_the_projects_listed_as_it_does(xianju: Engine) -> None:
    pointed = converse(xianju, "哪些项目有成本指标", "它们的金额加起来")
    for said in ("他们金额加起来", "他们的金额加起来"):
        answer = converse(xianju, "哪些项目有成本指标", said)
        assert answer.status == ANSWERED and answer.text == pointed.text, answer.text


def test_a_sum_after_projects_listed_by_a_table_still_adds_them(tmp_path) -> None:
    data = Path(__file__).resolve().parent / "data" / "general64"
    engine = engine_over(tmp_path / "kb.sqlite", [data / "建德市财政局_2026年_乡村振兴专项资金分配表.xlsx",
                                                  data / "建德市交通运输局_2026年_项目支出绩效目标表.txt"])
    answer = converse(engine, "梅城镇有哪些项目", "加起来多少")  # its two lines: 120 + 65 (no indicators listed)
    assert answer.status == ANSWERED and "185" in answer.text, answer.text


def test_a_loose_word_of_the_whole_inside_another_things_name_is_not_the_whole(two_kinds: Engine) -> None:
    answer = two_kinds.ask("柏溪住建局和普陀社会工作部哪个政府采购金额多")  # 社工部's 政府采购金额 21.07, whole 307.82
    # (no such whole for 住建局: either unknown or 社工部's own 21.07 beside what 住建局 lacks — never its 307.82)
    assert "307.82" not in answer.text and (answer.status != ANSWERED or "21.07" in answer.text), answer.text
