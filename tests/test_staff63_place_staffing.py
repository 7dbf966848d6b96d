"""A city's staffing table (青溪市, fictional: tests/data/staff63/make_docs.py) beside one of its bureaus' own
目标表: a department printed as a block (its row, its units indented, a 小计 flush with it) is answered by its 小计
row; the city by its 合计 row; a department not loaded otherwise by its row; each year by its sheet; the
columns (编制, 在职, 离退休, 用车) counted in 人 and 辆; follow-ups on those rows. Figures from make_docs.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

MAKER = Path(__file__).resolve().parent / "data" / "staff63" / "make_docs.py"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("staff63")
    spec = importlib.util.spec_from_file_location("staff63_docs", MAKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return engine_over(folder / "kb.sqlite", module.build(folder))


@pytest.mark.parametrize("turns, shown, never", [
    # a department's block: its 小计 row, never its units listed (81 = 19 + 38 + 24)
    (["交通局在职人数小计"], "81", ["19人", "38人"]),
    (["教育局离退休多少人"], "36", ["30人"]),
    (["青溪交通局公务用车有几辆"], "5辆", ["2辆"]),
    # 编制总数, no such column: 行政编制 + 事业编制 of the 小计 row, worked out; 编制 is no piece of a project here
    (["青溪交通局编制总数"], "85", ["120.00"]),
    (["青溪交通局编制多少"], "65", ["120.00"]),
    (["综合交通规划编制经费多少"], "120", ["65人"]),
    # the city's 合计 row
    (["青溪全市公务用车合计几辆"], "14辆", []),
    (["青溪行政编制总数"], "408", ["20人"]),
    (["全市离退休人员合计"], "273", ["263"]),
    # a department of the table, not loaded otherwise, said short
    (["公安局执法执勤用车几辆"], "120辆", ["115"]),
    (["综合执法局执法执勤用车几辆"], "30辆", ["28"]),
    # a unit said by its leading word and kind; a year by its sheet
    (["港航中心在职多少人"], "24", []),
    (["去年公路中心事业编制多少"], "42", ["40人"]),
    (["执法执勤用车今年比去年多几辆"], "10", []),
    # follow-ups
    (["公安局行政编制多少", "那去年呢"], "296", ["285"]),
    (["交通局执法执勤用车几辆", "分单位列一下"], "青溪市港航管理服务中心", []),
    (["青溪公安局执法执勤用车", "比综合执法局多几辆"], "90", []),
    (["港航中心有哪些项目", "这个单位有几辆执法执勤用车"], "3辆", []),
    (["教育局有几个单位", "第二个在职多少人"], "11", ["17人"]),
    (["青溪交通局项目支出合计", "在职人数呢"], "81", []),
])
def test_rows_of_the_staffing_table(engine, turns, shown, never):
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    assert shown in a.text, a.text
    assert not any(x in a.text for x in never), a.text


def test_units_listed_each_under_its_name(engine):
    a = converse(engine, "交通局执法执勤用车几辆", "分单位列一下")
    assert all(x in a.text for x in ("青溪市交通运输局本级", "7辆", "青溪市公路与运输管理中心", "4辆", "3辆")), a.text


@pytest.mark.parametrize("question", [
    "青溪市财政局在职多少人",   # a department the table does not list
    "2024年公安局行政编制多少",  # a year no sheet is of
])
def test_unknowns_stay_unknown(engine, question):
    a = converse(engine, question)
    assert a.status != "answered", a.text
