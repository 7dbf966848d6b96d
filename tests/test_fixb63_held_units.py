"""A place's 部门工资福利支出预算明细表 (departments merged down column A over their units and a 小计 line) whose
人社局 shares its short name with the loaded 人社局 of two other places, whose tables print no units: "人社局有哪些
单位" lists the units of the table that prints them (its department named with its place), and an ordinal next
reads that unit's line ("第三个的合计", "第二个单位的基本工资"); after a question back among departments, an
ordinal with a column never answers with a filler line ("表中金额的单位是万元")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

# (code, department, [(unit, 基本工资, 津贴补贴, 奖金)]): the department's own unit printed by its name
_DEPTS = [
    ("203", "石湾县民政局", [("石湾县民政局", 150.2, 70.5, 20.3), ("石湾县社会福利院", 66.1, 30.9, 8.8)]),
    ("207", "石湾县人力资源和社会保障局", [("石湾县人力资源和社会保障局", 210.4, 96.2, 30.1),
                                  ("石湾县就业管理服务中心", 88.6, 40.3, 11.7), ("石湾县社会保险事业管理中心", 131.9, 58.8, 17.4)]),
]


def _wages(path: Path) -> Path:
    """Laid out as published: title, publisher and unit line, header, the 合计 line, then each department's coded
    小计 line over its coded units (indented)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工资福利支出明细"
    ws.append(["石湾县2026年部门工资福利支出预算明细表"])
    ws.append(["编制单位：石湾县财政局", None, None, None, None, "单位：万元"])
    ws.append(["单位编码", "单位名称", "合计", "基本工资", "津贴补贴", "奖金"])
    body: list[list] = []
    for code, dept, units in _DEPTS:
        rows = [[f"{code}{i:03d}", f"  {u}", round(a + b + c, 2), a, b, c] for i, (u, a, b, c) in enumerate(units, 1)]
        body += [[code, f"{dept}小计", *[round(sum(r[k] for r in rows), 2) for k in range(2, 6)]], *rows]
    heads = [r for r in body if len(r[0]) == 3]
    ws.append([None, "合计", *[round(sum(r[k] for r in heads), 2) for k in range(2, 6)]])
    for r in body:
        ws.append(r)
    ws.merge_cells("A1:F1")
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fixb63")
    return engine_over(d / "kb.sqlite", [_wages(d / "shiwan_2026_wages.xlsx"), *_elsewhere(d)])


def _elsewhere(d: Path) -> list[Path]:
    """Other places' 人社局, whose tables print no units: the bundled samples' 项目自评表, 项目申报表 and
    部门整体预算绩效目标表."""
    samples = Path(__file__).parent / "data" / "samples"
    return [samples / f"{n}.xlsx" for n in ("chongqing_yuzhong_2021_project_self_evaluation",
                                            "wuhan_donghu_rsj_2020_project_application", "zhanjiang_rsj_2024_department_targets")]


def test_the_units_of_the_table_that_prints_them(engine: Engine) -> None:
    a = converse(engine, "人社局有哪些单位")
    assert a.status == "answered", a.text
    assert "石湾县人力资源和社会保障局" in a.text and "石湾县社会保险事业管理中心" in a.text
    assert "石湾县社会福利院" not in a.text and "来源" in a.text


@pytest.mark.parametrize(("turns", "shown", "never"), [
    (("人社局有哪些单位", "第三个的合计"), "208.1", "表中金额的单位"),
    (("人社局下属单位有几个", "第二个单位的基本工资"), "131.9", "88.6"),
])
def test_an_ordinal_reads_that_units_line(engine: Engine, turns: tuple[str, ...], shown: str, never: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and shown in a.text and never not in a.text, a.text
    assert "石湾县社会保险事业管理中心" in a.text


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> Engine:
    """The three 人社局 alone: no table prints units under any of them."""
    return engine_over(tmp_path_factory.mktemp("fixb63s") / "kb.sqlite", _elsewhere(tmp_path_factory.mktemp("none")))


@pytest.mark.parametrize("question", ["湛江人社局有哪些单位", "湛江人社局有几个单位", "湛江人社局下属单位有哪些"])
def test_units_no_table_prints_are_said_not_held(samples: Engine, question: str) -> None:
    a = converse(samples, question)
    assert a.status == "unknown" and "没有列出" in a.text and "湛江市人力资源和社会保障局" in a.text, a.text
    assert "金额的单位" not in a.text and "项目" not in a.text.splitlines()[0]


def test_the_unit_of_money_is_still_answered(samples: Engine) -> None:
    a = converse(samples, "湛江人社局金额单位是什么")
    assert a.status == "answered" and "万元" in a.text


@pytest.mark.parametrize("then", ["第三个的合计", "第三个的项目支出"])
def test_an_ordinal_after_the_question_back_is_no_filler(samples: Engine, then: str) -> None:
    assert converse(samples, "人社局有哪些单位").status == "clarify"
    a = converse(samples, "人社局有哪些单位", then)
    assert "金额的单位是" not in a.text, a.text
    assert a.status != "answered" or "湛江市人力资源和社会保障局" in a.text
