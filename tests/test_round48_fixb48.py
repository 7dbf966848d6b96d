"""Round 48 fixes on a small fictional workbook: 松岭县文化和旅游局's 2025 部门整体支出绩效自评表, all its funding lines
printed flush — 年度资金总额 / 基本支出 / "重点项目：古村落保护利用工程" and two more key projects / 公用经费 /
上年结转资金 — beside the county's 2026 国有资本经营预算收入表 (which prints its 2025 执行数 too).

Classes:
- a flush group lead ("重点项目：X") carries its group only over the following lines named like its members (ending
  like its item or like the group's word: …工程, …项目); a flush funding line of another shape (公用经费, 上年结转资金)
  closes it, so the key projects listed, summed and ranked are the projects only;
- a year said with a place word naming two departments (松岭: 松岭县 and 松岭县文化和旅游局) settles the one holding a
  table of that year only when the question names something that table holds (a row: 公用经费); a year said alone
  ("一共多少钱", "25年呢") still asks which department — never a "not listed" from one of them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import engine_over, write_workbook

from bot.engine import ANSWERED, CLARIFY, Engine

_SELF = [
    ["2025年度部门整体支出绩效自评表"] + [None] * 8,
    ["部门名称：松岭县文化和旅游局（部门整体）", None, None, None, None, "单位：万元", None, None, None],
    ["年度预算执行情况（资金类别）", None, None, "预算执行情况", None, None, "评价", None, None],
    [None, None, None, "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
    ["年度资金总额", None, None, 1500, 1600, 1480, "92.50%", 10, 9.25],
    ["基本支出", None, None, 600, 620, 615, "99.19%", "—", "—"],
    ["重点项目：古村落保护利用工程", None, None, 300, 320, 288, "90.00%", 2, 1.8],
    ["全域旅游提升项目", None, None, 200, 210, 147, "70.00%", 2, 1.4],
    ["非遗传承保护项目", None, None, 90, 100, 95, "95.00%", 2, 1.9],
    ["公用经费", None, None, 70, 75, 74, "98.67%", "—", "—"],
    ["上年结转资金", None, None, "—", 160, 176, "110.00%", "—", "—"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", None],
    ["产出指标", "数量指标", "修缮古村落数", "≥6个", "6个", 10, 10, None, None],
    ["满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "92%", 10, 10, None, None],
    ["总分", None, None, None, None, 20, 20, None, None],
]
_MERGES = ("A1:I1", "A2:E2", "F2:I2", "A3:C4", "D3:F3", "G3:I3", *(f"A{r}:C{r}" for r in range(5, 12)),
           *(f"H{r}:I{r}" for r in range(12, 15)))

_COUNTY = [
    ["松岭县2026年国有资本经营预算收入表"],
    ["单位：万元"],
    ["项目", "2025年执行数", "2026年预算数"],
    ["利润收入", 640, 700],
    ["产权转让收入", 90, 60],
    ["收入合计", 730, 760],
]

_KEY = ("古村落保护利用工程", "全域旅游提升项目", "非遗传承保护项目")


@pytest.fixture(scope="module")
def songling(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("fixb48")
    book = write_workbook(folder / "松岭县文化和旅游局2025年度部门整体支出绩效自评表.xlsx", _SELF, _MERGES, sheet="部门整体支出绩效自评表")
    county = write_workbook(folder / "松岭县2026年国有资本经营预算收入表.xlsx", _COUNTY, ("A1:C1", "A2:C2"), sheet="收入表")
    return engine_over(folder / "kb.sqlite", [book, county])


def test_flush_funding_lines_stand_outside_the_key_projects_group(songling: Engine) -> None:
    with sqlite3.connect(songling.db_path) as db:
        labels = {row[0] for row in db.execute("SELECT row_labels FROM facts WHERE sheet = '部门整体支出绩效自评表'")}
    assert {f"重点项目\x1f{name}" for name in _KEY} <= labels
    assert "公用经费" in labels and "上年结转资金" in labels
    assert not any(label.startswith("重点项目") and ("经费" in label or "结转" in label) for label in labels)


def test_key_projects_listed_and_counted_without_funding_lines(songling: Engine) -> None:
    listed = songling.ask("松岭文旅局重点项目有哪些", record=False)
    assert listed.status == ANSWERED and all(name in listed.text for name in _KEY)
    assert "公用经费" not in listed.text and "上年结转资金" not in listed.text
    counted = songling.ask("松岭文旅局重点项目有几个", record=False)
    assert counted.status == ANSWERED and "3 项" in counted.text and "公用经费" not in counted.text


def test_key_projects_summed_and_ranked_over_the_projects_only(songling: Engine) -> None:
    total = songling.ask("松岭文旅局重点项目一共执行了多少", record=False)
    assert total.status == ANSWERED and "530万元" in total.text  # 288 + 147 + 95, never + 74 + 176
    highest = songling.ask("松岭文旅局重点项目执行率最高的是哪个", record=False)
    assert highest.status == ANSWERED and "非遗传承保护项目" in highest.text and "上年结转资金" not in highest.text


def test_a_year_said_alone_still_asks_which_department(songling: Engine) -> None:
    for question in ("松岭2025年一共多少钱", "松岭25年呢"):
        answer = songling.ask(question, record=False)
        assert answer.status == CLARIFY, question
        assert "松岭县文化和旅游局" in answer.text and "没有列出" not in answer.text


def test_a_year_and_a_row_its_table_holds_settle_the_department(songling: Engine) -> None:
    answer = songling.ask("松岭25年公用经费多少", record=False)
    assert answer.status == ANSWERED and "74" in answer.text and "公用经费" in answer.text


def test_funding_line_after_a_key_project_named_like_money_is_no_member(tmp_path: Path) -> None:
    # (a key project named "…专项经费": 公用经费 ends like it, but a money ending is no sign of a member)
    rows = [list(r) for r in _SELF]
    rows[6][0], rows[7][0], rows[8][0] = "主要项目：文物保护专项经费", "上年结转资金", "公用经费"
    rows[1][0] = "部门名称：松岭县文物局（部门整体）"
    book = write_workbook(tmp_path / "松岭县文物局2025年度部门整体支出绩效自评表.xlsx", rows, _MERGES, sheet="部门整体支出绩效自评表")
    engine = engine_over(tmp_path / "kb.sqlite", [book])
    with sqlite3.connect(engine.db_path) as db:
        labels = {row[0] for row in db.execute("SELECT row_labels FROM facts WHERE sheet = '部门整体支出绩效自评表'")}
    assert "主要项目\x1f文物保护专项经费" in labels
    assert not any(label.startswith("主要项目") and ("公用" in label or "结转" in label) for label in labels)
