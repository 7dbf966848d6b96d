"""Issue 12: a department-level table (部门整体预算绩效目标表) answers its totals from its own 预算整体情况
lines (部门预算支出 = 基本支出 + 项目支出), never from the sum of its 年度重点工作任务, which stay tasks.

The expected figures are read from the spreadsheet itself, by their printed labels."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bot.engine import Engine
from bot.language.normalize import format_amount

ZHANJIANG = Path(__file__).parent / "data" / "samples" / "zhanjiang_rsj_2024_department_targets.xlsx"


@pytest.fixture(scope="module")
def printed() -> dict[str, float]:
    """Each labelled amount of the sheet: the label cell's value -> the number right of it."""
    sheet = openpyxl.load_workbook(ZHANJIANG, data_only=True).active
    out: dict[str, float] = {}
    for row in sheet.iter_rows():
        for label, value in zip(row, row[1:], strict=False):
            if isinstance(label.value, str) and isinstance(value.value, int | float | str):
                try:
                    out.setdefault(label.value.strip(), float(value.value))
                except ValueError:
                    continue
    return out


@pytest.fixture(scope="module")
def tasks() -> dict[str, float]:
    """The 年度重点工作任务: name -> 拟投入的资金, from the rows under that section's header."""
    sheet = openpyxl.load_workbook(ZHANJIANG, data_only=True).active
    rows = list(sheet.iter_rows())
    [(top, name_col, money_col)] = [(i, [c.value for c in row].index("名称"), j) for i, row in enumerate(rows)
                                    for j, c in enumerate(row) if str(c.value or "").startswith("拟投入的资金")]
    out = {}
    for row in rows[top + 1:]:
        if row[0].value is not None:  # the next section's heading
            break
        out[row[name_col].value] = float(row[money_col].value)
    assert len(out) == 3
    return out


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    db = built_copy([ZHANJIANG], tmp_path_factory.mktemp("zhanjiang") / "kb.sqlite")
    return Engine(db, Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml")


def _first_line(engine: Engine, question: str) -> str:
    answer = engine.ask(question)
    assert answer.status == "answered", (question, answer.text)
    return answer.text.splitlines()[0]


@pytest.mark.parametrize("question", ["湛江人社局项目支出多少", "项目支出多少", "项目支出是多少"])
def test_project_spending_is_the_tables_own_line(engine, printed, tasks, question):
    text = _first_line(engine, question)
    assert format_amount(printed["项目支出"]) in text and "第6行" in text, text
    assert format_amount(printed["基本支出"] + printed["项目支出"]) not in text, text  # not the whole budget
    assert format_amount(sum(tasks.values())) not in text, text  # nor the tasks added up


@pytest.mark.parametrize("question", ["湛江人社局预算多少", "总预算多少", "湛江人社局经费多少"])
def test_department_total_is_its_budget_with_the_lines_it_adds_up(engine, printed, question):
    text = _first_line(engine, question)
    whole = printed["基本支出"] + printed["项目支出"]
    assert "部门预算支出" in text and format_amount(whole) in text, text
    assert f"基本支出 {format_amount(printed['基本支出'])}" in text, text
    assert f"项目支出 {format_amount(printed['项目支出'])}" in text, text
    assert f"财政拨款 {format_amount(printed['财政拨款'])}" in text, text  # the income side, as printed


def test_the_tasks_stay_tasks(engine, tasks):
    for name, money in tasks.items():
        text = _first_line(engine, f"{name}经费多少")
        assert name in text and format_amount(money) in text, text
    listed = engine.ask("湛江人社局有哪些项目").text
    assert "部门预算支出" not in listed and all(name in listed for name in tasks), listed


def test_a_project_expenditure_table_keeps_its_total(seed_engine, golden):
    """The seed (项目支出绩效目标表) prints no 部门预算支出 block: its total is the table's 合计 as before."""
    text = seed_engine.ask("项目支出多少").text
    assert format_amount(golden["total"]["total"]) in text and "部门预算支出" not in text, text


# --- 帮助 is made from the loaded tables (issue 11) -------------------------------------------------------

SAMPLES = sorted((Path(__file__).parent / "data" / "samples").glob("*.xlsx"))


def _help_examples(text: str) -> list[str]:
    return [q.strip() for line in text.splitlines() if line.startswith("· ") for q in line[2:].split(" / ")]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem.split("_")[0])
def test_every_help_example_is_answered_with_only_a_sample_loaded(sample, tmp_path, built_copy):
    engine = Engine(built_copy([sample], tmp_path / "kb.sqlite"),
                    Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml")
    help_text = engine.ask("帮助").text
    examples = _help_examples(help_text)
    assert len(examples) >= 3, help_text
    assert examples == engine.examples()  # the usage hints of the front ends show the same questions
    for question in examples:
        answer = engine.ask(question)
        assert answer.status == "answered", (question, answer.text)
    names = {p.name for p in engine.kb.projects.values()}
    assert any(name in help_text for name in names), help_text  # its own projects, by name
    seed_names = ("法律顾问", "公务用车", "信访")
    assert not any(word in help_text for word in seed_names), help_text  # never the bundled department's


def test_the_front_ends_have_no_bundled_project_names():
    """Help, /ask usage, the command menu and the inline placeholder come from the loaded tables."""
    root = Path(__file__).resolve().parent.parent / "bot"
    sources = [*(root / "frontends").glob("*.py"), root / "answer" / "compose.py"]
    for path in sources:
        for word in ("法律顾问经费多少", "公务用车的绩效目标", "信访超市的资金来源"):
            assert word not in path.read_text(encoding="utf-8"), (path, word)


def test_a_general_table_beside_a_project_table_does_not_hide_the_departments_total(tmp_path: Path) -> None:
    """The seed's department with a budget-comparison table of its own beside its project table (as the
    bench builds them): "总预算" is the project table's 合计, never "没有列出" because the other lists none."""
    from bot.ingest.formats import read_documents
    from bot.ingest.grid import GENERAL, grid_facts
    from bot.model import Document
    from bot.store.build import build_documents

    seed = Path(__file__).parent.parent / "knowledge" / "000_9289cd5134f499bc.txt"
    [(doc, digest)] = read_documents(seed)
    grid = [["项目", "2023年预算数", "2024年预算数"], ["办公费", "3.5", "4.0"], ["差旅费", "1.2", "1.1"]]
    reading = grid_facts(grid, [], sheet="Sheet1")
    general = Document(path="对比.xlsx", department=doc.department, unit="万元", year=2024, layout=GENERAL,
                       form="部门预算支出对比表", facts=reading.facts)
    build_documents(tmp_path / "kb.sqlite", iter([(doc, digest), (general, "general-beside")]))
    answer = Engine(tmp_path / "kb.sqlite", Path(__file__).parent.parent / "knowledge" / "vocabulary.toml").ask(
        f"{doc.department_name}的总预算是多少")
    assert doc.total.total is not None
    assert answer.status == "answered" and format_amount(doc.total.total) in answer.text, answer.text
