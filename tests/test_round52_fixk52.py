"""A general table said by its kind: the names asked after its count ("有几项，分别叫什么") are the count's answer,
never a clause answered on its own with the table's 合计 line; a bound on its money column is said in the
table's unit, and refused on figures of mixed or other units than money."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.answer.facts import kind_rows
from tests.conftest import converse, engine_over, write_workbook

# (项目名称, 责任单位, 计划投资 元, 已完成投资 元, 目标任务): a county's livelihood projects, in 元
_PROJECTS = [
    ("城东老旧小区加装电梯", "县住房和城乡建设局", 3_600_000, 3_100_000, "加装电梯20台"),
    ("乡村卫生室标准化改造", "县卫生健康局", 1_200_000, 1_250_000, "改造卫生室8个"),
    ("城北公园儿童游乐区", "县住房和城乡建设局", 2_400_000, 900_000, "建成游乐区1处"),
    ("学校食堂明厨亮灶", "县教育局", 800_000, 800_000, "覆盖学校食堂15所"),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fixk52")
    rows: list[list] = [["松岭县2025年民生实事项目推进情况表", None, None, None, None, None],
                        ["编制单位：松岭县发展和改革局", None, None, "单位：元", None, None],
                        ["序号", "项目名称", "责任单位", "计划投资（元）", "已完成投资（元）", "年度目标任务"]]
    rows += [[n, *p] for n, p in enumerate(_PROJECTS, 1)]
    rows.append(["合计", None, None, sum(p[2] for p in _PROJECTS), sum(p[3] for p in _PROJECTS), None])
    path = write_workbook(folder / "松岭县_发展和改革局_2025年_民生实事项目推进情况表.xlsx", rows,
                          ["A1:F1", f"A{len(rows)}:C{len(rows)}"], sheet="2025年民生实事")
    return engine_over(folder / "kb.sqlite", [path])


@pytest.mark.parametrize("question", ["民生实事有几项，分别叫什么", "民生实事有几项 分别叫什么",
                                      "民生实事有几项 分别是什么", "民生实事一共几个，都叫什么"])
def test_the_names_asked_after_the_count_are_the_count_s_answer(engine, question) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert "4" in a.text and all(p[0] in a.text for p in _PROJECTS)
    assert "合计" not in a.text and "8000000" not in a.text and "800万" not in a.text


def test_a_bound_said_in_wan_of_a_table_in_yuan(engine) -> None:
    a = converse(engine, "计划投资超过200万的民生实事有哪些")
    assert a.status == "answered", a.text
    assert "城东老旧小区加装电梯" in a.text and "城北公园儿童游乐区" in a.text
    assert "乡村卫生室" not in a.text and "明厨亮灶" not in a.text


def _table(units: list[str]) -> SimpleNamespace:
    rows = [SimpleNamespace(name=f"项目{k}", cells={"金额": {"id": k, "number": 150.0 * k, "unit": u}})
            for k, u in enumerate(units, 1)]
    return SimpleNamespace(rows=rows)


@pytest.mark.parametrize("units", [["万元", "元", "万元"], ["人", "人", "人"], ["", "", ""]])
def test_a_bound_on_figures_of_mixed_or_other_units_is_refused(units) -> None:
    # (the figures are never compared with the bound on their raw numbers: no list is made of them)
    assert kind_rows._within(None, _table(units), "专项资金", "金额", ("gt", 100.0, "万", 0, 4)) is None
