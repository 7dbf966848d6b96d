"""Review 62 findings 2, 3 and 7 on a crossed 功能×经济 table of department blocks (青禾县, fictional): a word that
names no column ranks nothing (never the 合计), "那最少的呢" turns the ranking round on its column, a count said
that is not the figures shown is said not to fit, and a child column is checked under the parent said before it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over
from test_cross62_headed_blocks import cross_table

from bot.engine import Engine


def years_table(path: Path) -> None:
    """Two years side by side under a header row each: 2025年 › 执行数, 2026年 › 预算数."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支出对比"
    for row in (["青禾县2026年部门支出预算与上年执行对比表"], ["单位：万元"], ["部门名称", "2025年", "2026年"],
                [None, "执行数", "预算数"], ["青禾县水利局", 820.5, 900.0], ["青禾县教育局", 5100.0, 5635.0],
                ["合计", 5920.5, 6535.0]):
        ws.append(row)
    ws.merge_cells("A3:A4")
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fixc62_tables")
    cross_table(d / "qinghe_cross.xlsx")
    return engine_over(tmp_path_factory.mktemp("fixc62_db") / "kb.sqlite", [d])


@pytest.mark.parametrize("follow", ["那培训费呢", "那会议费呢"])
def test_a_word_naming_no_column_ranks_nothing_after_a_ranking(engine: Engine, follow: str) -> None:
    # (合计: 教育局 5635, 农业农村局 1257.6, 水利局 980.4 — never ranked in place of a column the table lacks)
    a = converse(engine, "青禾县哪个部门项目支出最少", follow)
    assert "（合计）" not in a.text and "980.4" not in a.text and "5635" not in a.text, a.text


def test_a_content_word_naming_no_column_ranks_nothing(engine: Engine) -> None:
    a = converse(engine, "青禾县哪个部门人员经费最多")
    assert "（合计）" not in a.text and "5635" not in a.text, a.text
    a = converse(engine, "青禾县哪个部门经费最多")  # (money in everyday words: the whole, as before)
    assert a.status == "answered" and a.text.startswith("青禾县教育局") and "5635" in a.text, a.text


def test_the_fewest_asked_after_a_ranking_keeps_its_column(engine: Engine) -> None:
    a = converse(engine, "青禾县哪个部门项目支出最多", "那最少的呢")
    assert a.status == "answered" and a.text.startswith("青禾县水利局") and "470" in a.text, a.text
    assert "980.4" not in a.text, a.text


def test_each_child_column_is_read_under_the_parent_said_before_it(engine: Engine) -> None:
    # 工资福利支出 of 基本支出 (410.5 + 38.4), 资本性支出 of 项目支出 (350): both printed, so compared
    a = converse(engine, "水利局基本支出工资福利支出比项目支出资本性支出多多少")
    assert a.status == "answered" and "98.9" in a.text, a.text
    a = converse(engine, "水利局项目支出资本性支出比基本支出工资福利支出少多少")
    assert a.status == "answered" and "98.9" in a.text, a.text
    a = converse(engine, "水利局项目支出资本性支出比基本支出资本性支出多多少")  # (基本支出 splits off no 资本性支出)
    assert a.status == "unknown" and "98.9" not in a.text, a.text


def test_years_compared_are_no_child_under_another_parent(tmp_path: Path) -> None:
    years_table(tmp_path / "qinghe_years.xlsx")
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path / "qinghe_years.xlsx"])
    a = converse(engine, "水利局2026年预算数比2025年执行数多多少")
    assert a.status == "answered" and "79.5" in a.text, a.text


def test_a_table_split_by_departments_is_made_into_documents_in_one_place() -> None:
    # (both splits, by heading rows and by blocks, build their documents so: the place's first, warnings once)
    from bot.ingest.sections import _documents_of
    from bot.model import Document, Fact, Issue

    doc = Document(path="x.xlsx", department="青禾县财政局", title="青禾县2027年部门支出预算表",
                   issues=[Issue("x.xlsx", 3, "空白行")])
    whole, water, school = Fact("7873", row=("合计",)), Fact("980.4", row=("小计",)), Fact("5635", row=("小计",))
    out = _documents_of(doc, [whole], {"青禾县水利局": [water], "青禾县教育局": [school]})
    assert [d.department for d in out] == ["青禾县", "青禾县水利局", "青禾县教育局"]
    assert [d.facts for d in out] == [[whole], [water], [school]]
    assert [len(d.issues) for d in out] == [1, 0, 0]
    assert [d.department for d in _documents_of(doc, [], {"青禾县水利局": [water]})] == ["青禾县水利局"]


@pytest.mark.parametrize("first", ["青禾县各部门基本支出分别多少", "青禾县哪个部门项目支出最少"])
def test_a_count_that_is_not_the_figures_shown_is_said_not_to_fit(engine: Engine, first: str) -> None:
    # three departments' figures shown: "两个" fits none of them, never the three (nor their 合计 column) added
    a = converse(engine, first, "两个加起来")
    assert a.status == "unknown" and "没有正好 2 个" in a.text, a.text
    assert "7873" not in a.text and "5478" not in a.text and "2395" not in a.text, a.text


def test_the_figures_shown_are_added_in_their_own_column(engine: Engine) -> None:
    a = converse(engine, "青禾县各部门基本支出分别多少", "三个加起来")
    assert a.status == "answered" and "5478" in a.text and "7873" not in a.text, a.text
