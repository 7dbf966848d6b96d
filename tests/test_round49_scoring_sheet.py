"""Round 49: a 绩效评价 scoring sheet (项目名称 above 一级/二级/三级指标 with 分值 / 评分标准 / 得分 / 扣分原因) is no target
table: the stacked-targets layout once claimed it (its 绩效目标 group and 一级/二级指标 heads: one project, its indicators,
none of its scores); round 50 reads it as the one-project-per-sheet forms it is (its block's 预算数 / 执行数 the
project's money, its grid's 合计 line the 总分). On a fictional 青禾县体育局 scoring sheet."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import ANSWERED, Engine
from bot.ingest.layouts import SELF_EVALUATION_FORMS, detect

_SHEET = [
    ["青禾县体育局2025年项目支出绩效评价指标评分表", None, None, None, None, None, None, None, None],
    ["项目名称", "全民健身公园维护经费", None, None, None, "主管部门", "青禾县体育局", None, None],
    ["预算数（万元）", 120, "执行数（万元）", 111.6, None, "执行率", "93%", None, None],
    ["评价总分", 88.5, "评价等级", "良", None, "评价机构", "青禾正信会计师事务所", None, None],
    ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标值(目标)", "实际完成值", "得分", "扣分原因"],
    ["决策", "项目立项", "立项依据充分性", 5, "依据充分得满分", "充分", "充分", 5, None],
    [None, "绩效目标", "绩效目标明确性", 5, "目标明确得满分", "明确", "基本明确", 4, "部分指标未量化"],
    ["产出", "产出数量", "维护健身器材套数", 20, "完成得满分，每少10套扣2分", "≥300套", "276套", 16, "部分器材到货延迟"],
    [None, "产出时效", "维修响应及时率", 15, "达到目标得满分", "≥95%", "96%", 15, None],
    ["效益", "满意度", "健身群众满意度", 10, "≥90%得满分", "≥90%", "86%", 7.5, "夜间照明不足"],
    ["合计", None, None, 50, None, None, None, 43.5, None],
]


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("scoring49")
    return write_workbook(folder / "青禾县体育局_2025年_项目支出绩效评价指标评分表.xlsx", _SHEET,
                          ("A1:I1", "B2:E2", "G2:I2", "G3:I3", "G4:I4", "A6:A7", "A8:A9"))


@pytest.fixture(scope="module")
def qinghe(book: Path, tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("scoring49_db") / "kb.sqlite", [book])


def test_a_scoring_sheet_is_no_target_table(book: Path) -> None:
    # (round 50: read as the one-project-per-sheet forms it is, its block's 预算数 / 执行数 the project's money)
    assert detect(openpyxl.load_workbook(book)) == SELF_EVALUATION_FORMS


@pytest.mark.parametrize(("question", "wanted"), [
    ("维护健身器材套数得了几分", "16"),
    ("健身群众满意度为啥扣分", "夜间照明不足"),
])
def test_its_scores_and_reasons_are_answered(qinghe: Engine, question: str, wanted: str) -> None:
    answer = converse(qinghe, question)
    assert answer.status == ANSWERED and wanted in answer.text, answer.text
