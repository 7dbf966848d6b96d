"""Round 40, citations a person can follow: a 项目支出绩效目标表 extracted from a published PDF is cited by the
PDF's page, never by a line of our extraction (which nobody holding the PDF can find, and whose number reads
like a figure: "信访工作经费 60.00万元（来源：…第12行…）"). The page comes from the text itself: a form feed
(pdftotext) or the page header the PDF repeats at the top of each page; a text with neither keeps its line.
Spreadsheets keep their sheet and row."""

from __future__ import annotations

import sqlite3

from bot.engine import Engine
from bot.ingest.text import parse_text
from bot.store.build import load_paths
from bot.store.export import _rows
from tests.conftest import VOCAB, converse

_TITLE = "项目支出绩效目标表（含转移支付项目）\n\n"
_HEADER = ("部门名称：青禾县林草服务站(部门) 单位：万元\n\n"
           "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n")
_INDICATOR = "1、1-产出指标,11-数量指标,{what}；实施周期指标值:≥{n}次,年度指标值:≥{n}次;\n\n"
_PAGE1 = ("合计 80.00 80.00\n\n青禾县林草服务站 80.00 80.00\n\n"
          "    护林巡查经费 36.00 36.00\n\n全年开展林区巡查，保障林区安全。\n\n"
          + _INDICATOR.format(what="巡查次数", n=100))
_PAGE2 = ("    森林防火宣传经费 44.00 44.00\n\n开展森林防火宣传，提高群众防火意识。\n\n"
          + _INDICATOR.format(what="宣传活动次数", n=12))


def _pages(doc) -> dict[str, tuple[int, list[int]]]:
    """Each project's page and its indicators' pages."""
    return {p.name: (p.page, [i.page for i in p.indicators]) for p in doc.projects}


def test_the_page_header_repeated_at_the_top_of_each_page_starts_a_page():
    text = _TITLE + _HEADER + _PAGE1 + "\n\n\n" + _HEADER + _PAGE2
    doc = parse_text(text, "青禾县林草服务站2026年项目支出绩效目标表.txt")
    assert _pages(doc) == {"护林巡查经费": (1, [1]), "森林防火宣传经费": (2, [2])}
    assert [(u.name, u.page) for u in doc.units] == [("青禾县林草服务站", 1)]
    # the lines stay what they are (the load's warnings and the order of the rows use them)
    lines = text.splitlines()
    assert lines[doc.projects[1].line - 1].strip().startswith("森林防火宣传经费")


def test_a_form_feed_ends_a_page_though_the_header_is_printed_once():
    doc = parse_text(_TITLE + _HEADER + _PAGE1 + "\f" + _PAGE2, "x.txt")
    assert _pages(doc) == {"护林巡查经费": (1, [1]), "森林防火宣传经费": (2, [2])}
    # pdftotext's form feed before a page's first line, and one closing the last page (no page after it)
    doc = parse_text(_TITLE + _HEADER + _PAGE1 + "\n\f" + _PAGE2 + "\f", "x.txt")
    assert _pages(doc) == {"护林巡查经费": (1, [1]), "森林防火宣传经费": (2, [2])}


def test_a_text_with_no_page_structure_records_no_page():
    """The header printed once, no form feed: nothing says where a page ends, so no page is made up."""
    doc = parse_text(_TITLE + _HEADER + _PAGE1 + _PAGE2, "x.txt")
    assert _pages(doc) == {"护林巡查经费": (0, [0]), "森林防火宣传经费": (0, [0])}
    assert all(p.line for p in doc.projects) and doc.units[0].page == 0


def test_a_header_run_is_one_page_start():
    """The page number at the foot of a page, the title, the department line and the column header
    printed between two pages' content are one page start, not three."""
    text = _TITLE + _HEADER + _PAGE1 + "第 1 页\n\n" + _TITLE + _HEADER + _PAGE2
    assert _pages(parse_text(text, "x.txt")) == {"护林巡查经费": (1, [1]), "森林防火宣传经费": (2, [2])}


def test_lines_rebuilt_from_a_pdf_take_the_page_they_were_read_from():
    text = _TITLE + _HEADER + _PAGE1 + _PAGE2
    lines = text.split("\n")
    second = next(k for k, line in enumerate(lines) if "森林防火宣传经费" in line)
    page_of_line = [1 if k < second else 7 for k in range(len(lines))]
    assert _pages(parse_text(text, "x.pdf", page_of_line)) == {"护林巡查经费": (1, [1]),
                                                             "森林防火宣传经费": (7, [7])}


def test_answers_on_the_seed_cite_the_page_of_the_published_table(seed_engine):
    """The seed (the PDF's text: the header at lines 4, 74, 152) cites 第1/2/3页, not the line of the text
    (信访工作经费 at line 12, read beside 法律顾问 12.00万元, was taken for a figure)."""
    seed = "000_9289cd5134f499bc.txt"
    a = converse(seed_engine, "信访工作经费多少钱")
    assert f"（来源：{seed} 第1页，广州市白云区信访局项目支出绩效目标表）" in a.text and "第12行" not in a.text, a.text
    a = converse(seed_engine, "公车购置经费其他资金多少")
    assert f"{seed} 第3页" in a.text and "第156行" not in a.text, a.text
    a = converse(seed_engine, "政府雇员公用经费多少")
    assert f"{seed} 第2页" in a.text and "行" not in a.text.split("来源")[-1], a.text


def test_a_text_with_no_pages_is_still_cited_by_its_line(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "青禾县林草服务站2026年项目支出绩效目标表.txt").write_text(_TITLE + _HEADER + _PAGE1 + _PAGE2,
                                                                   encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    load_paths(db, [folder])
    line = _TITLE.count("\n") + _HEADER.count("\n") + (_PAGE1 + _PAGE2).split("\n").index(
        "    森林防火宣传经费 44.00 44.00") + 1
    a = converse(Engine(db, VOCAB), "森林防火宣传经费多少")
    assert f"项目支出绩效目标表.txt 第{line}行，" in a.text and "页" not in a.text, a.text


def test_the_store_and_the_export_keep_the_page(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "青禾县林草服务站2026年项目支出绩效目标表.txt").write_text(
        _TITLE + _HEADER + _PAGE1 + "\n\n" + _HEADER + _PAGE2, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    load_paths(db, [folder])
    con = sqlite3.connect(db)
    try:
        projects = con.execute("SELECT name, page FROM projects ORDER BY id").fetchall()
        indicators = con.execute("SELECT name, page FROM indicators ORDER BY id").fetchall()
        units = con.execute("SELECT name, page FROM funding_units").fetchall()
    finally:
        con.close()
    assert projects == [("护林巡查经费", 1), ("森林防火宣传经费", 2)]
    assert indicators == [("巡查次数", 1), ("宣传活动次数", 2)] and units == [("青禾县林草服务站", 1)]
    sheets = _rows(db)
    assert [row[-1] for row in sheets["项目"]] == ["第1页", "第2页"]
    assert [row[-1] for row in sheets["绩效指标"]] == ["第1页", "第2页"]
