"""Our spreadsheet template: export, edit in Excel, load back; and workbooks we cannot read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from bot.engine import Engine
from bot.model import LoadError
from bot.store.build import load_paths
from bot.store.export import export_csv, export_xlsx

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
VOCAB = ROOT / "knowledge" / "vocabulary.toml"
SOURCES = [ROOT / "knowledge" / "000_9289cd5134f499bc.txt", DATA / "education_bureau.txt", DATA / "civil_affairs.txt"]


def content(db: Path) -> dict[str, list[tuple]]:
    """Every field a user can see, without ids, paths, hashes, load times or source lines."""
    con = sqlite3.connect(db)
    try:
        return {
            "documents": con.execute(
                "SELECT department, department_name, unit, year, total, fiscal_appropriation, special_account, "
                "other FROM documents ORDER BY department").fetchall(),
            "units": con.execute(
                "SELECT d.department, u.name, u.total, u.fiscal_appropriation, u.special_account, u.other "
                "FROM funding_units u JOIN documents d ON d.id = u.document_id ORDER BY 1, 2").fetchall(),
            "projects": con.execute(
                "SELECT d.department, p.unit_name, p.name, p.kind, p.total, p.fiscal_appropriation, "
                "p.special_account, p.other, p.goal, p.words FROM projects p "
                "JOIN documents d ON d.id = p.document_id ORDER BY 1, p.id").fetchall(),
            "indicators": con.execute(
                "SELECT d.department, p.name, i.grp, i.seq, i.level1_code, i.level1, i.level2_code, i.level2, "
                "i.name, i.period_value, i.annual_value, i.actual_value FROM indicators i "
                "JOIN projects p ON p.id = i.project_id JOIN documents d ON d.id = i.document_id "
                "ORDER BY 1, p.id, i.grp, i.seq").fetchall(),
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def original(tmp_path_factory, built_copy) -> Path:
    return built_copy(SOURCES, tmp_path_factory.mktemp("orig") / "kb.sqlite")


def test_round_trip_gives_the_same_knowledge_base(original, tmp_path):
    book = export_xlsx(original, tmp_path / "kb.xlsx")
    again = tmp_path / "again.sqlite"
    summary = load_paths(again, [book])
    assert summary.documents == 3 and summary.warnings == []
    assert content(again) == content(original)


def test_an_edit_in_excel_is_answered_after_reload(original, tmp_path):
    book = export_xlsx(original, tmp_path / "kb.xlsx")
    wb = load_workbook(book)
    ws = wb["项目"]
    for row in ws.iter_rows(min_row=2):
        if row[2].value == "聘请法律顾问专项经费":
            row[4].value = row[5].value = 13.5  # an admin corrects an amount
    indicators = wb["绩效指标"]
    assert indicators["I2"].value == "信访群众服务对象满意度"
    indicators["I2"].value = "信访群众来访满意度"  # and an indicator's name
    wb.save(book)
    db = tmp_path / "edited.sqlite"
    summary = load_paths(db, [book])
    assert any("236.48" in str(w) for w in summary.warnings)  # 合计 no longer adds up: said plainly
    engine = Engine(db, VOCAB)
    answer = engine.ask("信访局的法律顾问经费多少")
    assert answer.status == "answered" and "13.50" in answer.text
    assert "满意度评价" in engine.ask("信访群众来访满意度的指标值").text


def test_a_broken_template_names_sheet_and_row(original, tmp_path):
    book = export_xlsx(original, tmp_path / "kb.xlsx")
    wb = load_workbook(book)
    wb["项目"]["E3"].value = "十二点五"
    wb["绩效指标"]["B5"].value = "不存在的项目"
    wb.save(book)
    db = tmp_path / "kb.sqlite"
    load_paths(db, SOURCES[:1])
    before = db.read_bytes()
    with pytest.raises(LoadError) as exc:
        load_paths(db, [book])
    text = str(exc.value)
    assert f"{book}:3" in text and "不是数字" in text
    assert f"{book}:5" in text and "不存在的项目" in text
    assert db.read_bytes() == before


def test_an_unknown_workbook_is_rejected_listing_the_layouts(tmp_path):
    wb = Workbook()
    wb.active["A1"] = "员工通讯录"
    path = tmp_path / "项目支出绩效目标表.xlsx"  # a promising name is not enough: content decides
    wb.save(path)
    with pytest.raises(LoadError) as exc:
        load_paths(tmp_path / "kb.sqlite", [path])
    assert "无法识别" in str(exc.value) and "支持的格式" in str(exc.value)


def test_csv_export_has_chinese_headers_and_every_row(original, tmp_path):
    files = {p.name: p for p in export_csv(original, tmp_path / "csv")}
    assert set(files) == {"部门.csv", "项目.csv", "绩效指标.csv", "资金使用单位.csv"}
    lines = files["绩效指标.csv"].read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("部门,项目名称,组,序号,一级代码,一级指标") and len(lines) == 1 + 38 + 48 + 16


def test_export_command(tmp_path, original):
    from bot.frontends.cli import main

    out = tmp_path / "out.xlsx"
    assert main(["export", str(out), "--db", str(original)]) == 0
    assert load_workbook(out).sheetnames == ["部门", "项目", "绩效指标", "资金使用单位", "说明"]


def test_the_workbook_is_readable_by_a_person(original, tmp_path):
    book = load_workbook(export_xlsx(original, tmp_path / "kb.xlsx"))
    for title in ("部门", "项目", "绩效指标"):
        ws = book[title]
        headers = [c.value for c in ws[1]]
        rows = list(ws.iter_rows(min_row=2))
        assert all(ws.column_dimensions[c.column_letter].width >= 5 for c in ws[1])  # widths set
        assert rows and all(row[headers.index("来源文件")].value for row in rows)  # every row says where from
        for name in ("总计", "财政拨款"):
            if name in headers:
                assert {row[headers.index(name)].number_format for row in rows} == {"0.00"}
        for row in rows:  # Chinese values only: no internal words such as "project"
            assert not any(isinstance(c.value, str) and c.value.isascii() and c.value.isalpha() for c in row)
    projects = book["项目"]
    headers = [c.value for c in projects[1]]
    legal = next(r for r in projects.iter_rows(min_row=2) if r[headers.index("项目名称")].value == "聘请法律顾问专项经费")
    assert legal[headers.index("类型")].value == "项目" and legal[headers.index("来源位置")].value == "第1页"
    car = next(r for r in projects.iter_rows(min_row=2) if r[headers.index("项目名称")].value == "公务用车购置经费")
    assert car[headers.index("来源位置")].value == "第3页"  # the seed's third page (its header at line 152)
    assert legal[headers.index("来源文件")].value == "000_9289cd5134f499bc.txt"
    assert legal[headers.index("绩效目标")].alignment.wrap_text
    indicators = book["绩效指标"]
    headers = [c.value for c in indicators[1]]
    first = [c.value for c in indicators[2]]
    assert (first[headers.index("一级代码")], first[headers.index("一级指标")]) == ("3", "满意度指标")
    assert (first[headers.index("二级代码")], first[headers.index("二级指标")]) == ("31", "服务对象满意度")
    assert not any("-" in str(c.value) for c in indicators["F"][1:])  # names without their codes
    explained = {row[1] for row in book["说明"].iter_rows(min_row=2, values_only=True)}
    assert "一级代码 / 一级指标" in explained and "来源文件 / 来源位置" in explained


def test_published_layouts_round_trip_without_new_warnings(tmp_path, parsed_pdfs):
    """The three published spreadsheet layouts (department-level tables, self-evaluation values, units)."""
    first = tmp_path / "first.sqlite"
    before = load_paths(first, [DATA / "samples"], parsed=parsed_pdfs([DATA / "samples"]))
    book = export_xlsx(first, tmp_path / "kb.xlsx")
    again = tmp_path / "again.sqlite"
    after = load_paths(again, [book])

    def messages(summary) -> set[str]:
        return {str(w).split(": ", 1)[-1] for w in summary.warnings}

    assert messages(after) <= messages(before)  # nothing new to worry about
    assert content(again) == content(first)
    # These layouts name a unit on each project but print no unit subtotal lines: none are invented.
    assert content(first)["units"] == [] and load_workbook(book)["资金使用单位"].max_row == 1


def test_a_workbook_in_the_earlier_format_still_loads(original, tmp_path):
    """Earlier exports: codes inside the category ("1-产出指标"), English 类型, no source columns."""
    book = export_xlsx(original, tmp_path / "kb.xlsx")
    wb = load_workbook(book)
    ws = wb["绩效指标"]
    for row in ws.iter_rows(min_row=2):  # E/F = 一级代码/一级指标, G/H = 二级代码/二级指标
        for code, name in ((row[4], row[5]), (row[6], row[7])):
            name.value = f"{code.value}-{name.value}" if code.value else name.value
    ws.delete_cols(13, 2)
    ws.delete_cols(7)
    ws.delete_cols(5)
    projects = wb["项目"]
    projects.delete_cols(11, 2)
    for row in projects.iter_rows(min_row=2):
        row[3].value = "project"
    del wb["资金使用单位"], wb["说明"]
    wb.save(book)
    assert [c.value for c in wb["绩效指标"][1]][4:6] == ["一级指标", "二级指标"]
    again = tmp_path / "again.sqlite"
    assert load_paths(again, [book]).warnings == []
    assert content(again) == content(original)
