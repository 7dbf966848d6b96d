"""PDF import: the seed's text layout printed as a PDF, the two published 部门决算 with ruled tables,
and the PDFs an admin should be told about (scans, encrypted, damaged, no table).

The expectations on the 部门决算 were read off the PDFs by hand (page numbers as printed by a viewer).
"""

from __future__ import annotations

import importlib.util
import os
import random
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from bot.ingest.formats import SUPPORTED_SUFFIXES, read_document
from bot.model import Document, Fact, LoadError
from bot.store.build import iter_sources, load_paths

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
BAD = DATA / "bad"
CZJ = DATA / "samples" / "putuo_czj_2024_final_accounts.pdf"  # 上海市普陀区财政局
SGB = DATA / "samples" / "putuo_shegongbu_2024_final_accounts.pdf"  # 中共上海市普陀区委社会工作部
SANGONG = "财政拨款“三公”经费支出决算表"


@pytest.fixture(scope="module")
def czj(read_once) -> Document:
    return read_once(CZJ)[0][0]  # read_document(CZJ), read once per run (conftest)


@pytest.fixture(scope="module")
def sgb(read_once) -> Document:
    return read_once(SGB)[0][0]


def facts(doc: Document, section: str, *, row: str | None = None, col: tuple[str, ...] | None = None,
          page: int | None = None) -> list[Fact]:
    """Facts of a table whose last row label is `row` and whose column labels end with `col`."""
    return [f for f in doc.facts if f.section == section
            and (row is None or (f.row and f.row[-1] == row))
            and (col is None or f.col[-len(col):] == col)
            and (page is None or f.page == page)]


def one(doc: Document, section: str, **kwargs) -> Fact:
    found = facts(doc, section, **kwargs)
    assert len(found) == 1, found
    return found[0]


# ----- text layout ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["seed.pdf", "seed_ruled.pdf"])
def test_seed_pdf_loads_to_the_golden_content(golden, name):
    """seed.pdf prints the table as a text stream; seed_ruled.pdf as a ruled table, columns side by side,
    over two pages with the header repeated. Both give the seed's records exactly."""
    doc = read_document(DATA / name)
    assert doc.issues == []
    assert doc.as_dict() == golden
    assert len(doc.projects) == 6 and doc.indicator_count == 38
    assert doc.department == "广州市白云区信访局(部门)" and doc.unit == "万元"


@pytest.mark.parametrize("maker", ["seed_pdf", "seed_ruled_pdf"])
def test_the_fixture_script_makes_pdfs_that_load_the_same(golden, tmp_path, maker):
    spec = importlib.util.spec_from_file_location("make_pdfs", DATA / "make_pdfs.py")
    make_pdfs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_pdfs)
    made = tmp_path / "made.pdf"
    made.write_bytes(getattr(make_pdfs, maker)())
    assert read_document(made).as_dict() == golden


def test_seed_pdf_and_seed_text_give_the_same_records(seed_path):
    from_text, from_pdf = read_document(seed_path), read_document(DATA / "seed.pdf")
    assert from_pdf.as_dict() == from_text.as_dict()
    assert (from_pdf.department, from_pdf.unit, from_pdf.title) == (from_text.department, from_text.unit,
                                                                    from_text.title)


# ----- ruled tables: the two published 部门决算 ---------------------------------------------------------


def test_department_year_and_form_come_from_the_cover(czj, sgb):
    assert (czj.department, czj.year, czj.form) == ("上海市普陀区财政局", 2024, "部门决算")
    assert (sgb.department, sgb.year, sgb.form) == ("中共上海市普陀区委社会工作部", 2024, "部门决算")
    assert czj.projects == [] and sgb.projects == []
    assert czj.warnings == [] and sgb.warnings == []


def test_sangong_budget_and_final_with_merged_headers(czj, sgb):
    budget = one(czj, SANGONG, col=("合计", "预算数"))
    assert (budget.value, budget.number, budget.unit, budget.page) == ("0.95", 0.95, "万元", 18)
    assert budget.col == ("财政拨款“三公”经费", "合计", "预算数")
    # 决算数 is printed blank: kept as a blank fact, never as a number.
    final = one(czj, SANGONG, col=("合计", "决算数"))
    assert (final.value, final.number, final.page) == ("", None, 18)
    reception = one(czj, SANGONG, col=("公务接待费", "预算数"))
    assert reception.number == 0.95
    # The merged 公务用车购置及运行费 heading spreads over its three sub-columns.
    cars = facts(czj, SANGONG, col=("决算数",))
    assert ("财政拨款“三公”经费", "公务用车购置及运行费", "公务用车运行费", "决算数") in {f.col for f in cars}
    assert len(facts(czj, SANGONG)) == 12
    # The 社会工作部 had none: the table is blank and its note says so.
    assert all(f.value == "" for f in facts(sgb, SANGONG, col=("决算数",)))
    [note] = facts(sgb, SANGONG, row="说明")
    assert "没有财政拨款“三公”经费支出" in note.value and note.page == 14


def test_basic_and_project_expenditure_totals(czj, sgb):
    for doc, page, basic, project in ((czj, 10, 2336.91, 603.14), (sgb, 8, 105.58, 202.24)):
        assert one(doc, "支出决算表", row="合计", col=("基本支出",)).number == basic
        assert one(doc, "支出决算表", row="合计", col=("项目支出",)).number == project
        assert one(doc, "支出决算表", row="合计", col=("基本支出",)).page == page
    total = one(czj, "支出决算表", row="合计", col=("本年支出合计",))
    assert (total.value, total.number) == ("2,940.05", 2940.05)


def test_housing_fund_by_function_code_and_by_economic_class(czj, sgb):
    for doc, amount, page_function, page_economic in ((czj, 187.19, 11, 16), (sgb, 17.70, 9, 13)):
        by_function = one(doc, "支出决算表", row="住房公积金", col=("本年支出合计",))
        assert by_function.row == ("住房保障支出", "住房改革支出", "2210201", "住房公积金")
        assert (by_function.number, by_function.page) == (amount, page_function)
        by_class = one(doc, "一般公共预算财政拨款基本支出决算表", row="住房公积金")
        assert by_class.row == ("工资福利支出", "30113", "住房公积金")
        assert (by_class.number, by_class.page, by_class.col) == (amount, page_economic, ("决算数",))


def test_a_function_line_keeps_its_code_and_name(sgb):
    line = one(sgb, "支出决算表", row="其他社会工作事务支出", col=("项目支出",))
    assert line.row == ("一般公共服务支出", "社会工作事务", "2013999", "其他社会工作事务支出")
    assert (line.value, line.number, line.unit, line.page) == ("202.24", 202.24, "万元", 8)
    # The same name in the same department is a different line under a different code elsewhere.
    running = facts(sgb, "一般公共预算财政拨款支出决算表", row="行政运行", col=("合计",))
    assert [(f.row[-2], f.number, f.page) for f in running] == [("2013901", 51.32, 12)]


def test_split_codes_are_joined_like_printed_whole_codes(czj):
    # 财政局 prints 类 / 款 / 项 in three columns (201 | 06 | 01); the code is read as 2010601.
    line = one(czj, "一般公共预算财政拨款支出决算表", row="行政运行", col=("基本支出",))
    assert line.row == ("一般公共服务支出", "财政事务", "2010601", "行政运行")
    assert (line.number, line.page) == (1503.52, 15)
    assert not any(label in ("类", "款", "项") for f in czj.facts for label in f.row)


def test_units_of_the_department_are_listed(czj, sgb):
    assert [f.value for f in facts(czj, "部门决算单位构成", col=("单位名称",))] == [
        "上海市普陀区财政局（本级）", "上海市普陀区财政局财政所", "上海市普陀区国库收付中心"]
    assert [f.value for f in facts(sgb, "部门决算单位构成", col=("单位名称",))] == [
        "中共上海市普陀区委社会工作部（本级）", "上海市普陀区社会工作发展服务中心"]
    note = one(czj, "部门决算单位构成", row="上海市普陀区财政局财政所", col=("备注",))
    assert (note.value, note.page) == ("预算不单列，并入本级", 5)


def test_a_table_continued_on_the_next_page_keeps_its_title_and_columns(czj):
    # Page 7 carries on 收入支出决算总表 without its header; page 17 carries on 基本支出 by 经济分类.
    assert one(czj, "收入支出决算总表", row="年初结转和结余").page == 7
    grand = facts(czj, "收入支出决算总表", row="总计")
    assert {(f.col, f.number, f.page) for f in grand} == {(("收入", "决算数"), 2995.39, 7),
                                                          (("支出", "决算数"), 2995.39, 7)}
    public = one(czj, "一般公共预算财政拨款基本支出决算表", row="公用经费合计")
    assert (public.number, public.page) == (184.65, 17)
    assert one(czj, "一般公共预算财政拨款基本支出决算表", row="福利费").number == 42.77


def test_side_by_side_halves_have_their_own_row_labels(czj):
    # 收入 | 支出 in one ruled table: each amount is labelled by the item beside it, numbering dropped.
    housing = one(czj, "收入支出决算总表", row="住房保障支出")
    assert (housing.col, housing.number, housing.page) == (("支出", "决算数"), 445.69, 6)
    other = one(czj, "收入支出决算总表", row="其他收入")
    assert (other.col, other.number) == (("收入", "决算数"), 6.2)
    # A line printed with no amount is kept as blank (nothing spent), not dropped or invented.
    assert one(czj, "收入支出决算总表", row="外交支出").value == ""


def test_tables_end_where_the_prose_begins(czj, sgb):
    assert min(f.page for f in czj.facts if f.page > 20) == 21 and min(f.page for f in sgb.facts if f.page > 16) == 17
    assert all(f.section for f in czj.facts + sgb.facts)


# ----- the 情况说明 prose (hand-checked against the pages' text) ----------------------------------------


def stated(doc: Document, *labels: str, year: int | None = None) -> list[Fact]:
    """Prose facts (the pages after the tables) whose row then column labels end with `labels`."""
    first = 21 if doc.department == "上海市普陀区财政局" else 17
    return [f for f in doc.facts if f.page >= first and (f.row + f.col)[-len(labels):] == labels and f.year == year]


def test_prose_figures_become_labelled_facts(czj, sgb):
    (buy,) = stated(czj, "政府采购金额")
    assert (buy.number, buy.unit, buy.page, buy.section) == (251.25, "万元", 24, "政府采购支出情况")
    assert [f.number for f in stated(czj, "政府采购金额", "服务采购金额")] == [246.47]
    assert [f.number for f in stated(sgb, "政府采购金额")] == [21.07]
    assert [(f.number, f.unit) for f in stated(czj, "一般公共预算财政拨款支出", "完成年初预算")] == [(98.2, "%")]
    assert [f.number for f in stated(czj, "一般公共预算财政拨款支出", "年初预算")] == [2993.92]
    assert [(f.number, f.unit) for f in stated(czj, "绩效自评的项目", "平均得分")] == [(99.43, "分")]
    assert [(f.number, f.unit) for f in stated(czj, "车辆")] == [(0, "辆")]
    assert [f.number for f in stated(sgb, "机关运行经费支出")] == [10.23]


def test_changes_on_last_year_are_labelled_with_their_subject(czj):
    assert [(f.number, f.unit) for f in stated(czj, "收入支出总计", "比上年减少")] == [(56.95, "万元")]
    assert [(f.number, f.unit) for f in stated(czj, "收入支出总计", "比上年下降")] == [(1.87, "%")]
    assert [f.number for f in stated(czj, "机关运行经费支出", "比上年增加")] == [2.55]
    # The previous year's figure follows from this year's and the change the sentence states.
    assert [f.number for f in stated(czj, "收入支出总计", year=2023)] == [3052.34]
    assert [f.number for f in stated(czj, "机关运行经费支出", year=2023)] == [182.1]


def test_a_line_items_budget_and_final_are_one_rows_columns(sgb):
    budget, = stated(sgb, "社会工作事务", "事业运行", "全年预算")
    final, = stated(sgb, "社会工作事务", "事业运行", "决算")
    assert (budget.number, final.number) == (17.68, 11.31) and budget.line == final.line and budget.line


def test_line_items_keep_their_use_and_their_budget_and_final(czj, sgb):
    item = ("一般公共服务支出", "财政事务", "信息化建设")
    assert [f.value for f in stated(czj, *item, "主要用于")] == ["信息化系统日常维护费等支出"]
    assert [(f.number, f.page) for f in stated(czj, *item, "年初预算")] == [(135.9, 22)]
    assert [f.number for f in stated(czj, *item, "决算")] == [135.25]
    (use,) = stated(sgb, "其他社会工作事务支出", "主要用于") or [
        f for f in sgb.facts if f.row[-2:-1] and "其他社会工作事务" in f.row[-2] and f.row[-1] == "主要用于"]
    assert "开办费" in use.value


def test_what_a_figure_includes_and_the_year_a_unit_was_set_up(czj, sgb):
    (staff,) = stated(czj, "人员经费", "主要包括")
    assert staff.value.startswith("基本工资、津贴补贴") and staff.value.endswith("个人农业生产补贴")
    assert [(f.value, f.page) for f in stated(sgb, "成立年份")] == [("2024年", 17)]
    assert not stated(czj, "成立年份")  # the 财政局's prose says no such thing


def test_dates_years_and_bounds_are_not_taken_as_figures(czj):
    prose = [f for f in czj.facts if f.page > 20]
    assert not [f for f in prose if f.unit in ("年", "月", "日")]
    assert not [f for f in prose if f.row and f.row[-1] == "单价"]  # "单价100万元以上设备" is a bound


def test_prose_answers_questions_citing_the_page(samples_engine):
    text = samples_engine.ask("普陀财政局政府采购多少").text
    assert "251.25" in text and "第24页" in text
    assert "99.43" in samples_engine.ask("普陀财政局绩效自评平均得分").text
    assert "98.2" in samples_engine.ask("普陀财政局一般公共预算支出完成年初预算多少").text
    assert "21.07" in samples_engine.ask("社工部政府采购多少").text
    both = samples_engine.ask("普陀财政局信息化建设年初预算和决算").text
    assert "135.90" in both and "135.25" in both and "第22页" in both
    assert "信息化系统日常维护费" in samples_engine.ask("普陀财政局信息化建设主要用于什么").text
    assert "48.16" in samples_engine.ask("普陀财政局行政运行决算比年初预算少多少").text
    assert "2024" in samples_engine.ask("社工部哪年成立的").text


def test_every_amount_keeps_its_printed_text(czj):
    amounts = [f for f in czj.facts if f.number is not None and f.page <= 20]
    assert len(amounts) > 150
    assert all(float(f.value.replace(",", "")) == f.number and f.unit == "万元" for f in amounts)


# ----- PDFs an admin must be told about ---------------------------------------------------------------


def rejected(path: Path, data: bytes | None = None) -> str:
    with pytest.raises(LoadError) as exc:
        read_document(path, data)
    [issue] = exc.value.issues
    assert issue.level == "error" and issue.path == str(path)
    return issue.message


def test_a_scan_is_refused_saying_it_has_no_text():
    message = rejected(BAD / "scanned.pdf")
    assert "没有文字" in message and "OCR" in message


def test_encrypted_damaged_and_renamed_files_are_refused_by_name(tmp_path):
    assert "加密" in rejected(BAD / "encrypted.pdf")
    damaged = tmp_path / "cut.pdf"
    assert "损坏" in rejected(damaged, (DATA / "seed.pdf").read_bytes()[:700])
    renamed = tmp_path / "notes.pdf"
    assert "不是有效的 PDF" in rejected(renamed, "这只是一段文字".encode())


def test_a_pdf_without_tables_is_refused():
    assert "没有找到可读的表格" in rejected(BAD / "no_table.pdf")


def test_an_unknown_ruled_table_loads_as_general_facts_with_a_warning():
    doc = read_document(DATA / "general_table.pdf")
    assert any("未识别的表格格式" in w.message for w in doc.warnings)
    fee = [f for f in doc.facts if f.row[-1:] == ("预算绩效管理培训",) and f.col == ("经费（万元）",)]
    assert [(f.number, f.unit, f.page) for f in fee] == [(3.2, "万元", 1)]
    people = [f for f in doc.facts if f.row[-1:] == ("财务人员业务培训",) and f.col == ("人数",)]
    assert [(f.number, f.unit) for f in people] == [(120.0, "")]  # no unit is invented


# ----- loading --------------------------------------------------------------------------------------


def test_pdfs_are_found_in_folders_and_loaded_with_the_text_tables(tmp_path):
    assert ".pdf" in SUPPORTED_SUFFIXES
    folder = tmp_path / "knowledge"
    folder.mkdir()
    for src in (ROOT / "knowledge" / "000_9289cd5134f499bc.txt", CZJ, SGB):
        (folder / src.name).write_bytes(src.read_bytes())
    assert {p.suffix for p in iter_sources([folder])} == {".txt", ".pdf"}
    summary = load_paths(tmp_path / "kb.sqlite", [folder])
    assert set(summary.departments) == {"广州市白云区信访局", "上海市普陀区财政局", "中共上海市普陀区委社会工作部"}


def test_a_bad_pdf_rejects_the_load_and_changes_nothing(seed_db):
    before = seed_db.read_bytes()
    with pytest.raises(LoadError) as exc:
        load_paths(seed_db, [DATA / "civil_affairs.txt", BAD / "scanned.pdf"], keep_existing=True)
    assert any("scanned.pdf" in i.path for i in exc.value.issues)
    assert seed_db.read_bytes() == before


def test_answering_a_question_does_not_import_pdfplumber(seed_db):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "bot", "ask", "法律顾问经费多少",
                          "--db", str(seed_db)], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert run.returncode == 0 and "12.00" in run.stdout
    imported = {line.split("|")[-1].strip().split(".")[0] for line in run.stderr.splitlines() if "|" in line}
    assert "bot" in imported  # the import log is really there
    assert not imported & {"pdfplumber", "pdfminer", "pypdfium2", "reportlab"}


# ----- Telegram: an admin uploads the published PDFs ----------------------------------------------------

try:  # the Telegram end-to-end helpers and fixtures (pytest puts tests/ on sys.path)
    from fake_telegram import fake_telegram  # noqa: F401
    from test_telegram import ADMIN, cfg, next_messages, own_engine, running, say, seed_db  # noqa: F401
except ImportError:
    from tests.fake_telegram import fake_telegram  # noqa: F401
    from tests.test_telegram import ADMIN, cfg, next_messages, own_engine, running, say, seed_db  # noqa: F401


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_admin_uploads_the_published_pdfs(fake_telegram, cfg, own_engine):  # noqa: F811
    cfg.telegram = replace(cfg.telegram, max_upload_bytes=8_000_000)  # the 财政局 PDF is 3.6 MB
    fake = fake_telegram
    replies = []
    async with running(cfg, own_engine):
        for path in (CZJ, SGB):
            update = fake.send_document(path.name, path.read_bytes(), user_id=ADMIN)
            [reply] = await next_messages(fake, update, timeout=120)  # liveness only
            replies.append(reply["text"])
        still = await say(fake, "法律顾问经费多少", user_id=ADMIN)
    assert all("已加载" in r for r in replies), replies
    assert "上海市普陀区财政局" in replies[0] and "中共上海市普陀区委社会工作部" in replies[1]
    assert {p.name for p in cfg.telegram.upload_folder.iterdir()} == {CZJ.name, SGB.name}
    assert "12.00" in still
    with sqlite3.connect(cfg.db) as db:
        loaded = dict(db.execute("SELECT department_name, year FROM documents").fetchall())
    assert loaded["上海市普陀区财政局"] == 2024 and loaded["中共上海市普陀区委社会工作部"] == 2024


def ruled_pdf(path: Path, rows: list[list[str]], spans: list[tuple] = (), repeat=()) -> Path:
    """A PDF of one ruled table (reportlab, built-in CJK font)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    widths = [90, 200] + [90] * (len(rows[-1]) - 2)
    table = Table(rows, colWidths=widths, repeatRows=repeat)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 10),
                               ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
                               *(("SPAN", a, b) for a, b in spans)]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return path


def test_title_inside_the_ruling_and_a_header_repeated_on_the_next_page(tmp_path):
    """Other offices print the title and unit as rows of the table, repeat the header on each page,
    write codes with spaces ("201 06 01") and a dash for nothing."""
    rows = [["一般公共预算支出预算表", "", ""], ["单位：万元", "", ""], ["科目编码", "科目名称", "预算数"],
            ["201", "一般公共服务支出", "1,000.00"], ["201 06", "财政事务", "-"]]
    rows += [[f"201 06 {k:02d}", f"事务{k}", f"{k}.50"] for k in range(1, 70)]
    doc = read_document(ruled_pdf(tmp_path / "budget.pdf", rows, [((0, 0), (-1, 0)), ((0, 1), (-1, 1))],
                                  repeat=(2,)))
    assert {f.section for f in doc.facts} == {"一般公共预算支出预算表"}
    assert len(doc.facts) == 71 and not any(f.value == "预算数" for f in doc.facts)
    last = [f for f in doc.facts if f.row[-1] == "事务69"]
    assert [(f.row, f.col, f.number, f.unit) for f in last] == [
        (("一般公共服务支出", "财政事务", "2010669", "事务69"), ("预算数",), 69.5, "万元")]
    assert last[0].page == 2
    assert [f.value for f in doc.facts if f.row[-1] == "财政事务"] == [""]


def test_columns_of_another_year_and_words_among_amounts(tmp_path):
    rows = [["序号", "名称", "2023年决算数", "2024年预算数"], ["1", "培训费", "3.20", "无"],
            ["2", "会议费", "1.10", "0.80"], ["3", "差旅费", "2.00", "1.50"]]
    doc = read_document(ruled_pdf(tmp_path / "two_years.pdf", rows))
    fees = {(f.row[-1], f.year): (f.value, f.number) for f in doc.facts}
    assert fees[("培训费", 2023)] == ("3.20", 3.2) and fees[("会议费", 2024)] == ("0.80", 0.8)
    assert fees[("培训费", 2024)] == ("无", None)  # the word is kept as printed, no number made up


def test_damaged_pdfs_are_refused_or_load_with_warnings_never_crash():
    """Bytes flipped and files cut short: each is refused naming the file, or loads; a partial read of
    the seed is never silent."""
    rng = random.Random(7)
    base = (DATA / "seed_ruled.pdf").read_bytes()
    outcomes = set()
    for k in range(40):
        data = bytearray(base)
        for _ in range(rng.choice([1, 5, 30])):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if k % 4 == 0:
            data = data[: rng.randrange(len(data))]
        name = f"damaged{k}.pdf"
        try:
            doc = read_document(name, bytes(data))
        except LoadError as exc:
            assert all(i.path == name and i.level == "error" for i in exc.issues)
            outcomes.add("refused")
            continue
        outcomes.add("loaded")
        assert len(doc.projects) == 6 or doc.warnings
    assert outcomes == {"refused", "loaded"}


def test_sequence_numbers_do_not_nest_like_codes(tmp_path):
    rows = [["序号", "名称", "金额（万元）"]] + [[str(k), f"项目{k}", f"{k}.00"] for k in range(1, 13)]
    doc = read_document(ruled_pdf(tmp_path / "list.pdf", rows))
    assert [f.row for f in doc.facts if f.number == 11.0] == [("11", "项目11")]


def test_a_table_without_vertical_rules_is_read_by_position_with_a_warning(tmp_path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("t", fontName="STSong-Light", fontSize=12, leading=16)
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["201", "一般公共服务支出", "264.87", "62.63", "202.24"],
            ["2013901", "行政运行", "51.32", "51.32", ""],
            ["合计", "", "307.82", "105.58", "202.24"]]
    table = Table(rows, colWidths=[70, 150, 70, 70, 70])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 10),
                               ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                               ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]))
    path = tmp_path / "three_line.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph(text, style) for text in ("上海市普陀区某局2024年度部门决算", "一般公共预算财政拨款支出决算表",
                                             "单位：万元")] + [table])
    doc = read_document(path)
    assert (doc.department, doc.year) == ("上海市普陀区某局", 2024)
    assert any("没有竖线" in w.message for w in doc.warnings)
    section = "一般公共预算财政拨款支出决算表"
    assert one(doc, section, row="合计", col=("项目支出",)).number == 202.24
    running = one(doc, section, row="行政运行", col=("基本支出",))
    assert (running.row, running.number, running.page) == (("一般公共服务支出", "2013901", "行政运行"), 51.32, 1)
