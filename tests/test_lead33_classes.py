"""Round 33, the lead's own class, on a fictional 因素法分配表 (after the sealed set's one scoring).

A column's own unit printed in brackets in a header above the lowest one ("面积因素（平方公里）" over "权重30%")
is that column's unit, whatever unit it is (平方公里, 分, 公顷, 立方米 …), never the table's 单位：万元; and a column
of coefficients or weights (分配系数, 权重) is of no unit: "212.4万元" for an area and "0.0563万元" for a
coefficient were answered. A column named whole is asked beside 金额 ("分配系数和金额"), whatever its kind: the
money word picked the money alone and the coefficient was dropped. A figure per head under one of the amount's unit
(73.35万元 ÷ 8600人) is shown in 元, never rounded to "0.01万元"."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, Engine

openpyxl = pytest.importorskip("openpyxl")

_TOWNS = [("石桥镇", 21300, 188.6, 91.0, 0.0712, 98.40), ("柳湾乡", 8600, 240.2, 84.5, 0.0531, 73.35),
          ("清泉乡", 11200, 131.8, 79.0, 0.0468, 64.66), ("云岭镇", 17450, 160.3, 88.0, 0.0629, 86.90)]


def _factor_table(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分配表"
    ws.append(["青岭县2026年乡镇环境整治资金因素法分配表"])
    ws.append(["单位：万元"])
    ws.append(["乡镇", "分配因素", None, None, "分配系数", "分配金额（万元）"])
    ws.append([None, "人口因素（人）", "面积因素（平方公里）", "绩效因素（分）", None, None])
    ws.append([None, "权重50%", "权重30%", "权重20%", None, None])
    for cells in ("A3:A5", "B3:D3", "E3:E5", "F3:F5"):
        ws.merge_cells(cells)
    for name, people, area, score, ratio, money in _TOWNS:
        ws.append([name, people, area, score, ratio, money])
    ws.append(["合计", sum(t[1] for t in _TOWNS), round(sum(t[2] for t in _TOWNS), 1), None, 0.234,
               round(sum(t[5] for t in _TOWNS), 2)])
    wb.save(path)


@pytest.fixture(scope="module")
def factors(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("lead33")
    _factor_table(folder / "qingling_factor_allocation.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qingling_factor_allocation.xlsx"])


@pytest.mark.parametrize(("question", "said"), [
    ("柳湾乡面积多少平方公里", "240.2平方公里"),
    ("清泉乡绩效因素得了多少", "79分"),
    ("石桥镇人口因素", "21300人"),
])
def test_a_columns_unit_in_a_header_above_the_lowest(factors: Engine, question: str, said: str) -> None:
    answer = converse(factors, question)
    assert answer.status == ANSWERED and said in answer.text.replace(",", ""), answer.text
    assert "万元" not in answer.text.split("（来源")[0], answer.text


def test_a_coefficient_is_of_no_unit(factors: Engine) -> None:
    answer = converse(factors, "云岭镇分配系数是多少")
    assert answer.status == ANSWERED and "0.0629" in answer.text, answer.text
    assert "0.0629万元" not in answer.text, answer.text


def test_a_column_named_whole_beside_the_money_asked(factors: Engine) -> None:
    # 金额 asks money; the coefficient named whole beside it is asked too, never dropped for its kind
    answer = converse(factors, "云岭镇的分配系数和金额")
    assert answer.status == ANSWERED and "0.0629" in answer.text and "86.9" in answer.text, answer.text


def test_a_figure_per_head_under_one_of_the_amounts_unit(factors: Engine) -> None:
    # (round 19, factor35) the population is a factor the money is allotted by: the table states no per-head
    # figure — its two figures are shown, never 73.35万元 ÷ 8600人 passed off as the table's (nor "0.01万元")
    answer = converse(factors, "柳湾乡人均分多少钱")
    assert answer.status != ANSWERED and "73.35" in answer.text and "8600" in answer.text, answer.text
    assert "85.29" not in answer.text and "0.01万元" not in answer.text, answer.text
