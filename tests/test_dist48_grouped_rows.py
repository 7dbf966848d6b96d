"""Tables whose rows are named in a column and grouped by another (schools under their 学区, communities under
their 街道, villages under their 片区), with a 小计 per group or none, a 合计, the group printed on each row or
merged over its rows, with or without 序号: a row by its own name, a group by its 小计 (or its rows added), the
table by its 合计, kinds of rows by their words, superlatives over groups or rows, which group a row is in, the
follow-ups, and what the table does not hold. The tables are made here; every figure is worked out by hand.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import Engine

# 序号 | 学区 | 学校 | 改造内容 | 数量 | 补助金额 | 其中 市级补助 / 区级配套 | 备注 (a two-row header, 其中 merged)
_SCHOOLS = [
    [1, "东城学区", "东城小学", "改造学生食堂", "1个", 40, 16, 24, None],
    [2, "东城学区", "东城小学", "更新课桌椅", "200套", 10, None, 10, None],
    [3, "东城学区", "实验中学", "新建塑胶跑道", "400米", 60, 24, 36, "省级示范校"],
    [None, "东城学区小计", None, None, None, 110, 40, 70, None],
    [4, "西山学区", "西山中学", "新建塑胶跑道", "300米", 45, 18, 27, None],
    [5, "西山学区", "桥头小学", "更新课桌椅", "150套", 7.5, None, 7.5, None],
    [None, "西山学区小计", None, None, None, 52.5, 18, 34.5, None],
    [6, "南湖学区", "南湖小学", "改造学生食堂", "1个", 40, 16, 24, None],
    [7, "南湖学区", "湖滨小学", "更新课桌椅", "100套", 5, None, 5, None],
    [8, "南湖学区", "南湖中学", "改造学生食堂", "1个", 40, 16, 24, None],
    [None, "南湖学区小计", None, None, None, 85, 32, 53, None],
    ["合计", None, None, None, None, 247.5, 90, 157.5, None],
]


def _schools(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分配表"
    ws["A1"] = "柏溪县2026年中小学校园设施改造专项资金分配表"
    ws["A2"] = "单位：万元"
    for c, h in enumerate(["序号", "学区", "学校", "改造内容", "数量", "补助金额", "其中", None, "备注"], 1):
        ws.cell(3, c, h)
    ws.cell(4, 7, "市级补助")
    ws.cell(4, 8, "区级配套")
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:H3", "I3:I4"):
        ws.merge_cells(rng)
    for r, row in enumerate(_SCHOOLS, 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(path)
    return path


# 街道 merged over its communities, no 序号, a 小计 per 街道
def _communities(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "青溪区2025年社区微更新补助资金分配表"
    ws["A2"] = "单位：万元"
    for c, h in enumerate(["街道", "社区", "建设项目", "分配金额", "备注"], 1):
        ws.cell(3, c, h)
    rows = [["城关街道", "东门社区", "老旧小区改造", 30], [None, "西门社区", "加装电梯", 20],
            [None, "南门社区", "老旧小区改造", 25], ["城关街道小计", None, None, 75],
            ["新桥街道", "新桥社区", "加装电梯", 20], [None, "河东社区", "老旧小区改造", 35],
            ["新桥街道小计", None, None, 55], ["合计", None, None, 130]]
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    ws.merge_cells("A4:A6")
    ws.merge_cells("A8:A9")
    wb.save(path)
    return path


# 片区 printed on each row, no 小计: a group's figure is its rows added
def _villages(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "云岭镇2025年村庄保洁经费分配表"
    ws["A2"] = "单位：万元"
    for c, h in enumerate(["片区", "村", "分配金额"], 1):
        ws.cell(3, c, h)
    rows = [["东片", "甲村", 12], ["东片", "乙村", 8], ["西片", "丙村", 15], ["西片", "丁村", 10],
            ["西片", "戊村", 5], ["合计", None, 50]]
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def schools(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("dist48a")
    return engine_over(d / "kb.sqlite", [_schools(d / "baixi_2026_school_allocation.xlsx")])


@pytest.fixture(scope="module")
def communities(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("dist48b")
    return engine_over(d / "kb.sqlite", [_communities(d / "qingxi_2025_community_allocation.xlsx")])


@pytest.fixture(scope="module")
def villages(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("dist48c")
    return engine_over(d / "kb.sqlite", [_villages(d / "yunling_2025_village_allocation.xlsx")])


def _answered(engine: Engine, *turns: str) -> str:
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    return a.text


@pytest.mark.parametrize(("question", "wanted", "unwanted"), [
    ("东城小学一共分到多少", ["40", "10", "50"], []),  # a school of two rows: both, added
    ("实验中学补助多少", ["60"], ["24", "36"]),  # its own amount, not its parts
    ("东城小学课桌椅多少钱", ["10"], ["40", "50"]),  # the row of that kind
    ("西山中学建的啥", ["新建塑胶跑道", "300米"], []),
    ("西山学区分了多少", ["52.5"], ["45", "7.5"]),  # the group's 小计
    ("南湖学区区级配套多少", ["53"], []),
    ("总共分配多少", ["247.5"], []),  # the 合计
    ("市级补助合计", ["90"], ["247.5"]),
    ("哪个学区分得最多", ["东城学区", "110"], ["60"]),  # groups by their 小计, never a row
    ("哪个学区最少", ["西山学区", "52.5"], []),
    ("湖滨小学在哪个学区", ["南湖学区"], []),
    ("塑胶跑道一共补助多少钱", ["105"], []),  # rows of a kind added
    ("课桌椅一共多少套", ["450"], []),  # quantities printed with their unit, added
])
def test_rows_groups_and_the_whole(schools: Engine, question: str, wanted: list[str], unwanted: list[str]) -> None:
    text = _answered(schools, question)
    first = text.split("（来源")[0]
    for w in wanted:
        assert w in first, text
    for u in unwanted:
        assert u not in first.replace("52.5", "").replace("247.5", "").replace("157.5", ""), text
    assert "（来源：" in text and "第" in text  # cited by file, sheet and row


def test_lists_name_the_rows(schools: Engine) -> None:
    text = _answered(schools, "更新课桌椅的有哪些学校")
    for s in ("东城小学", "桥头小学", "湖滨小学"):
        assert s in text
    assert "南湖小学" not in text and "实验中学" not in text
    text = _answered(schools, "南湖学区哪几个学校分到钱")
    for s in ("南湖小学", "湖滨小学", "南湖中学"):
        assert s in text
    assert "东城小学" not in text


def test_follow_ups(schools: Engine) -> None:
    assert "18" in _answered(schools, "西山学区分了多少", "其中市级呢")
    text = _answered(schools, "哪个学区最多", "它区级配套多少")
    assert "70" in text and "110" not in text
    text = _answered(schools, "实验中学分多少", "那西山中学呢")
    assert "45" in text and "60" not in text


@pytest.mark.parametrize("question", ["东城小学每年维护费多少", "城北小学分多少", "西山学区省级补助多少"])
def test_what_the_table_does_not_hold(schools: Engine, question: str) -> None:
    a = converse(schools, question)
    assert a.status != "answered" or not any(x in a.text for x in ("40", "50", "52.5", "18")), a.text


def test_a_group_merged_over_its_rows(communities: Engine) -> None:
    assert "20" in _answered(communities, "西门社区分多少")
    assert "55" in _answered(communities, "新桥街道多少")
    text = _answered(communities, "哪个街道最多")
    assert "城关街道" in text and "75" in text
    text = _answered(communities, "加装电梯的有哪些社区")
    assert "西门社区" in text and "新桥社区" in text and "东门社区" not in text
    assert "新桥街道" in _answered(communities, "河东社区在哪个街道")


def test_groups_without_a_subtotal_add_their_rows(villages: Engine) -> None:
    text = _answered(villages, "西片分了多少")
    assert "30" in text and "15 + 10 + 5" in text
    text = _answered(villages, "哪个片区最多")
    assert "西片" in text and "30" in text
    assert "10" in _answered(villages, "丁村多少")


def test_rows_counted_ranked_and_added_across_columns(schools: Engine) -> None:
    text = _answered(schools, "东城学区有几所学校")
    assert "2" in text and "东城小学" in text and "实验中学" in text and "西山中学" not in text
    text = _answered(schools, "实验中学市级补助跟区级配套一共多少")
    assert "60" in text and "24 + 36" in text
    text = _answered(schools, "哪个学区最多", "第二呢")
    assert "南湖学区" in text and "85" in text


def test_follow_ups_over_the_rows_just_shown(schools: Engine) -> None:
    text = _answered(schools, "南湖学区有哪些学校", "其中最贵的")
    assert "南湖小学" in text and "南湖中学" in text and "湖滨小学" not in text
    text = _answered(schools, "南湖学区有几所学校", "市级补助小计多少")
    assert "32" in text and "南湖学区" in text


# 乡镇 merged over its villages, "小计" printed in the 序号 column, two 乡镇 tied
def _roads(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "石门县2025年农村公路养护补助资金分配表"
    ws["A2"] = "单位：万元"
    for c, h in enumerate(["序号", "乡镇", "村名", "养护里程", "补助金额"], 1):
        ws.cell(3, c, h)
    rows = [[1, "白云镇", "上坪村", "12公里", 6], [2, None, "下坪村", "8公里", 4], ["小计", None, None, None, 10],
            [3, "青山乡", "竹园村", "10公里", 5], [4, None, "茶园村", "6公里", 3], [5, None, "松树村", "4公里", 2],
            ["小计", None, None, None, 10], ["合计", None, None, None, 20]]
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    ws.merge_cells("B4:B5")
    ws.merge_cells("B7:B9")
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def roads(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("dist48d")
    return engine_over(d / "kb.sqlite", [_roads(d / "shimen_2025_roads.xlsx")])


def test_ties_are_all_named_and_subtotals_in_the_number_column(roads: Engine) -> None:
    text = _answered(roads, "哪个乡镇最多")
    assert "白云镇" in text and "青山乡" in text and "10" in text
    text = _answered(roads, "青山乡哪些村")
    for v in ("竹园村", "茶园村", "松树村"):
        assert v in text
    assert "上坪村" not in text
    assert "青山乡" in _answered(roads, "竹园村在哪个乡镇")
    text = _answered(roads, "青山乡分了多少")
    assert "10" in text and "第10行" in text  # its 小计 line


def test_a_blank_cell_is_said_blank(schools: Engine) -> None:
    a = converse(schools, "桥头小学市级补助多少")
    assert a.status == "unknown" and "表中为空" in a.text and "7.5" not in a.text.split("（来源")[0], a.text


def test_a_group_asked_what_its_rows_are(schools: Engine) -> None:
    text = _answered(schools, "西山学区改造内容是什么")
    assert "新建塑胶跑道" in text and "更新课桌椅" in text and "西山中学" in text and "东城小学" not in text
    a = converse(schools, "西山学区东城小学分多少")
    assert a.status != "answered" and "40" not in a.text, a.text  # a school of another 学区: not its figure


def test_each_group_or_each_column(schools: Engine) -> None:
    text = _answered(schools, "各学区分了多少")
    for g, v in (("东城学区", "110"), ("西山学区", "52.5"), ("南湖学区", "85")):
        assert g in text and v in text
    text = _answered(schools, "西山学区的市级补助和区级配套各多少")
    assert "18" in text and "34.5" in text and "东城学区" not in text
