"""Round 47 fixes of a department's whole table (部门整体支出绩效目标表), each on a small fictional table:

- a head count asked by a word the table prints under another label of the same count (人员编制 / 在编 of 编制人数;
  在职 / 在岗 of 实有人数) is answered with the printed figure (the words of one count: vocabulary [head_count_same]);
- a line printed indented "其中：人员经费" is stored as 基本支出 › 人员经费, the mark gone (公用经费 still under 基本支出);
- "重点任务哪个投钱最多" with no department named ranks the key tasks of the tables printing them, never another
  department's projects."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine
from bot.store.queries import FACT_SEP

_WHOLE = [
    ["2026年度部门整体支出绩效目标表"],
    ["填报单位：白沙县水利局                                   单位：万元"],
    ["部门名称", "白沙县水利局"],
    ["基本信息", "编制人数", 40, "实有人数", 35],
    ["预算整体情况", "部门预算支出", "预算金额（万元）", "收入来源", "预算金额（万元）"],
    [None, "基本支出", 610.0, "财政拨款", 900.0],
    [None, "  其中：人员经费", 470.0, "  其中：一般公共预算", 850.0],
    [None, "        公用经费", 140.0, "        政府性基金预算", 50.0],
    [None, "项目支出", 330.0, "其他资金", 40.0],
    ["合计", "部门预算支出合计", 940.0, "收入合计", 940.0],
    ["总体绩效目标", "目标1：完成小型水库除险加固。\n目标2：建成农村供水一张网。"],
    ["年度重点工作任务", "任务名称", "主要实施内容", "拟投入的资金（万元）", "期望达到的目标（概述）"],
    [None, "小型水库除险加固", "病险水库大坝加固和放水设施改造。", 210.0, "水库安全度汛。"],
    [None, "农村供水保障", "农村供水管网维修和水质检测。", 90.0, "农村自来水普及率达到98%。"],
    [None, "河湖巡查", "河湖日常巡查和问题整改。", 30.0, "河湖问题按期整改。"],
    [None, "合计", 330.0],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    [None, "产出指标", "数量指标", "除险加固水库数量", "≥4座"],
    [None, None, "质量指标", "水质检测合格率", "≥95%"],
    [None, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
]
_WHOLE_MERGED = ["A1:E1", "A2:E2", "B3:E3", "A5:A9", "B11:E11", "A12:A16", "A17:A20", "B18:B19"]

# Another department's projects only (no whole table, so no key tasks): its larger amount is no key task.
_OTHER = [
    Unit("白沙县交通运输局", "1200.00 1200.00", [
        Item("农村公路养护经费", "1200.00 1200.00", "开展农村公路日常养护。",
             [("11", "养护里程", "≥300公里", "≥300公里"), ("31", "群众满意度", "≥90%", "≥90%")]),
    ]),
]

# The same bureau's project table beside its whole table: its cheap project is no key task.
_OWN = [
    Unit("白沙县水利局", "8.00 8.00", [
        Item("水文站维修经费", "8.00 8.00", "水文站房屋和设备维修。",
             [("11", "维修站点数量", "≥2个", "≥2个"), ("31", "群众满意度", "≥90%", "≥90%")]),
    ]),
]


def _forestry() -> list[list]:
    """Another department's whole table, its own key tasks."""
    rows = [list(r) for r in _WHOLE]
    rows[1] = ["填报单位：白沙县林业局                                   单位：万元"]
    rows[2] = ["部门名称", "白沙县林业局"]
    rows[12] = [None, "森林防火", "防火巡护。", 150.0, "森林火灾受害率低于0.9‰。"]
    rows[13] = [None, "松材线虫防治", "疫木除治。", 160.0, "疫情面积下降。"]
    rows[14] = [None, "古树名木保护", "古树挂牌和复壮。", 20.0, "古树保护率100%。"]
    return rows


@pytest.fixture(scope="module")
def baisha(tmp_path_factory) -> tuple[Engine, Path]:
    folder = tmp_path_factory.mktemp("fixc47")
    whole = write_workbook(folder / "白沙县水利局_2026年_部门整体支出绩效目标表.xlsx", _WHOLE, _WHOLE_MERGED)
    other = folder / "白沙县交通运输局_2026年_项目支出绩效目标表.txt"
    other.write_text(render("白沙县交通运输局", "1200.00 1200.00", _OTHER), encoding="utf-8")
    own = folder / "白沙县水利局_2026年_项目支出绩效目标表.txt"
    own.write_text(render("白沙县水利局", "8.00 8.00", _OWN), encoding="utf-8")
    forestry = write_workbook(folder / "白沙县林业局_2026年_部门整体支出绩效目标表.xlsx", _forestry(), _WHOLE_MERGED)
    db = folder / "kb.sqlite"
    return engine_over(db, [whole, other, own, forestry]), db


@pytest.mark.parametrize(("question", "figure", "other"), [
    ("白沙水利局人员编制多少", "40", "35"),
    ("白沙水利局在编多少人", "40", "35"),
    ("白沙水利局在职人员多少", "35", "40"),
    ("白沙水利局在岗多少人", "35", "40"),
])
def test_a_head_count_said_by_another_word_of_the_same_count(baisha, question: str, figure: str, other: str) -> None:
    answer = converse(baisha[0], question)  # 人员编制 / 在编 = the printed 编制人数; 在职 / 在岗 = 实有人数
    assert answer.status == ANSWERED and f"{figure}人" in answer.text and f"{other}人" not in answer.text, answer.text


def test_the_part_mark_is_not_stored_in_a_label(baisha) -> None:
    with sqlite3.connect(baisha[1]) as conn:
        rows = {r[0] for r in conn.execute("SELECT row_labels FROM facts WHERE row_labels LIKE ?", ("%经费%",))}
    assert f"基本支出{FACT_SEP}人员经费" in rows and f"基本支出{FACT_SEP}公用经费" in rows, rows
    assert not any("其中" in r for r in rows), rows


def test_a_part_line_is_shown_without_its_mark(baisha) -> None:
    answer = converse(baisha[0], "白沙水利局人员经费多少")
    assert answer.status == ANSWERED and "470" in answer.text and "其中" not in answer.text, answer.text


def test_key_tasks_ranked_only_where_a_table_prints_them(baisha) -> None:
    answer = converse(baisha[0], "重点任务哪个投钱最多")  # never 交通运输局's project of 1200
    assert answer.status == ANSWERED and "小型水库除险加固" in answer.text and "210" in answer.text, answer.text
    assert "松材线虫防治" in answer.text and "160" in answer.text, answer.text  # each department's own
    assert "农村公路养护" not in answer.text and "1200" not in answer.text, answer.text


def test_key_tasks_of_each_department_never_its_projects(baisha) -> None:
    answer = converse(baisha[0], "哪个重点任务钱最少")  # 河湖巡查 30, never 水利局's project 水文站维修经费 8
    assert answer.status == ANSWERED and "河湖巡查" in answer.text and "古树名木保护" in answer.text, answer.text
    assert "水文站维修" not in answer.text and "农村公路养护" not in answer.text, answer.text
