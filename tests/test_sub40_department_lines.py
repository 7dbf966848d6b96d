"""A list table of units' rows (部门/单位 | 项目 | 金额) printing "<部门>小计" ABOVE each department's indented units,
right under the table's 合计: the department said by its name (its own unit is "<部门>本级") is every row up to the
next department's line, not its 本级 rows alone; 本级 said is the 本级 rows.

Figures by hand (万元): 青川县水利局 = 本级 30 + 12 and 河道管理站 25 = 67; 青川县林业局 = 本级 18 and 国有林场 40 + 9 = 67
(three items). Two columns of words (服务类别, 承接主体类型) make it a table of records, as published ones are.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import Engine

_DEPTS = [("青川县水利局", [("青川县水利局本级", "水资源监测服务", 30), ("青川县水利局本级", "工程质量检测服务", 12),
                         ("青川县河道管理站", "河道保洁服务", 25)]),
          ("青川县林业局", [("青川县林业局本级", "森林资源调查服务", 18), ("青川县国有林场", "护林巡查服务", 40),
                         ("青川县国有林场", "林区道路养护服务", 9)])]


def _workbook(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "购买服务"
    ws["A1"] = "青川县2026年政府购买服务预算表"
    ws["A2"] = "单位：万元"
    for c, v in enumerate(["部门/单位", "购买服务项目", "服务类别", "承接主体类型", "预算金额"], 1):
        ws.cell(3, c, v)
    ws.cell(4, 1, "合计")
    ws.cell(4, 5, sum(a for _, rows in _DEPTS for *_, a in rows))
    r = 5
    for dept, rows in _DEPTS:
        ws.cell(r, 1, f"{dept}小计")
        ws.cell(r, 5, sum(a for *_, a in rows))
        r += 1
        for unit, item, amount in rows:
            kind, body = ("公共服务", "企业") if amount > 20 else ("政府履职辅助性服务", "社会组织")
            for c, v in enumerate(["\u3000\u3000" + unit, item, kind, body, amount], 1):
                ws.cell(r, c, v)
            r += 1
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("sub40")
    _workbook(folder / "青川县_2026年_政府购买服务预算表.xlsx")
    return engine_over(tmp_path_factory.mktemp("sub40-kb") / "kb.sqlite", [folder])


def test_a_department_said_is_every_row_under_its_line(engine: Engine) -> None:
    a = converse(engine, "水利局购买服务多少")
    assert a.status == "answered" and "67" in a.text and "河道保洁服务" in a.text, a.text
    a = converse(engine, "林业局购买服务有几项")
    assert a.status == "answered" and "3 项" in a.text and "护林巡查服务" in a.text, a.text


def test_its_own_unit_said_is_its_own_rows(engine: Engine) -> None:
    a = converse(engine, "水利局本级购买服务多少")
    assert a.status == "answered" and "河道保洁服务" not in a.text and "30" in a.text and "12" in a.text, a.text
