"""Confident wrong answers removed by class (cw32), on tables generated here with names and figures of their own.

Classes: a class of a general table's rows added up when the table prints the year before's column first
(上年预算数 beside 本年预算数, 上年安排 beside 本年安排): the sum is of this year's column unless the year before is
said ("上年一共多少"), and "本年" said picks this year's column (it summed 上年预算数: a confident wrong sum)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import ANSWERED, Engine

# name, office, the year before, this year (None: a new fund, nothing the year before)
_FUNDS = [("非遗传承人补助资金", "非遗保护科", 64, 72), ("文物安全巡查经费", "文物科", 38, 45),
          ("革命文物修缮补助", "文物科", 210, 180), ("公共文化场馆免费开放补助", "公共服务科", 150, 166),
          ("文物数字化保护经费", "文物科", None, 95), ("乡村文化活动补助", "公共服务科", 52, 58),
          ("传统村落保护补助", "非遗保护科", 80, 61)]


def _funds(path: Path) -> None:
    """栖霞县文化旅游局's special funds list: the office repeated on every row, 上年 printed before 本年."""
    rows = [(k, n, o, a, b, None if a is None else b - a) for k, (n, o, a, b) in enumerate(_FUNDS, 1)]
    simple_table(path, "专项资金清单", "栖霞县文化旅游局2027年部门专项资金管理清单", "F2", "单位：万元",
                 ["序号", "专项名称", "主管科室", "上年预算数", "本年预算数", "增减额"], rows)


_PLAN = [("文化惠民类", [("送戏下乡", 36, 40), ("农家书屋更新", 22, 18), ("广场舞大赛", 9, 12)]),
         ("场馆运行类", [("图书馆运行", 120, 131), ("文化馆运行", 88, 90)])]


def _plan(path: Path) -> None:
    """A second shape: the class merged over its rows in column A, 上年安排 / 本年安排 (no 预算 in the header)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "安排表"
    ws["A1"], ws["D2"] = "栖霞县文化馆2027年项目经费安排表", "单位：万元"
    for c, h in enumerate(["项目类别", "项目名称", "上年安排", "本年安排"], 1):
        ws.cell(3, c, h)
    at = 4
    for g, items in _PLAN:
        for k, (n, a, b) in enumerate(items):
            ws.append([g if k == 0 else None, n, a, b])
        ws.merge_cells(f"A{at}:A{at + len(items) - 1}")
        at += len(items)
    wb.save(path)


@pytest.fixture(scope="module")
def funds(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw32_funds")
    _funds(folder / "qixia_wlj_2027_funds.xlsx")
    _plan(folder / "qixia_whg_2027_plan.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qixia_wlj_2027_funds.xlsx", folder / "qixia_whg_2027_plan.xlsx"])


@pytest.mark.parametrize("question", ["文物科的专项本年一共多少", "文物科的专项资金合计", "文物科的专项今年一共多少钱"])
def test_a_class_added_up_in_this_years_column(funds: Engine, question: str) -> None:
    a = converse(funds, question)
    assert a.status == ANSWERED
    assert "320" in a.text and "本年预算数" in a.text  # 45 + 180 + 95, the new fund counted
    assert "248" not in a.text  # (38 + 210: the year before's column)


def test_the_year_before_said_is_its_column(funds: Engine) -> None:
    a = converse(funds, "文物科的专项上年一共多少")
    assert a.status == ANSWERED
    assert "248" in a.text and "上年预算数" in a.text


@pytest.mark.parametrize(("question", "right", "wrong"), [("文化惠民类项目一共多少", "70", "67"),
                                                          ("场馆运行类上年安排合计", "208", "221")])
def test_a_merged_class_added_up_in_the_year_asked(funds: Engine, question: str, right: str, wrong: str) -> None:
    a = converse(funds, question)
    assert a.status == ANSWERED
    assert right in a.text and wrong not in a.text
