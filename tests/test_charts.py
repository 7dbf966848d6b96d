"""Charts and answer exports from Answer.rows, the chat/export words, the CLI's files, teaching's file
edit, and that none of it costs a plain question anything (matplotlib stays unimported)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.engine import Engine
from bot.frontends import charts
from bot.frontends.actions import load_words, split_request
from bot.frontends.cli import main
from bot.model import LoadError
from bot.understand.teach import add_alias

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "knowledge" / "000_9289cd5134f499bc.txt"
VOCABULARY = ROOT / "knowledge" / "vocabulary.toml"
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory, built_copy) -> Path:
    return built_copy([SEED], tmp_path_factory.mktemp("seed") / "kb.sqlite")


@pytest.fixture(scope="module")
def engine(seed: Path) -> Engine:
    return Engine(seed, VOCABULARY)


def test_list_answers_carry_their_amounts(engine: Engine):
    rows = engine.ask("有哪些项目").rows
    assert [(r["label"], r["value"], r["unit"]) for r in rows][:2] == [("信访工作经费", 60.0, "万元"),
                                                                         ("聘请法律顾问专项经费", 12.0, "万元")]
    # cited by the page of the published PDF the seed was extracted from (its header repeats at lines 4, 74, 152)
    assert len(rows) == 6 and rows[1]["source"] == "000_9289cd5134f499bc.txt 第1页，广州市白云区信访局项目支出绩效目标表"
    assert {r["label"]: r["source"].split("，")[0] for r in rows}["公务用车购置经费"] == "000_9289cd5134f499bc.txt 第3页"
    compared = engine.ask("法律顾问和公务用车哪个经费多").rows
    assert [r["value"] for r in compared] == [12.0, 15.0]
    assert engine.ask("法律顾问的绩效目标是什么").rows == []  # no list, nothing to chart


def test_bars_carry_the_answers_values(engine: Engine):
    if charts.find_cjk_font() is None:
        pytest.fail("no CJK font: `make install` installs fonts-noto-cjk / fonts-wqy-zenhei")
    answer = engine.ask("经费最多的3个项目")
    fig = charts.build_figure(answer.rows, answer.question)
    [ax] = fig.axes
    assert [round(bar.get_width(), 2) for bar in ax.patches] == [77.28, 68.0, 60.0]
    assert [t.get_text() for t in ax.get_yticklabels()][0] == "政府雇员工资经费"
    assert [t.get_text() for t in ax.texts] == ["77.28", "68.00", "60.00"]  # the numbers on the bars
    chart = charts.render(answer.rows, answer.question)
    assert chart.png.startswith(PNG) and chart.kind == "bar" and len(chart.png) > 5000
    assert "政府雇员工资经费：77.28万元" in chart.caption


def test_budget_against_execution_is_a_grouped_bar_and_a_pie_is_drawn_when_asked():
    rows = [{"label": "甲", "value": 10.0, "unit": "万元", "series": "全年预算数"},
            {"label": "甲", "value": 8.5, "unit": "万元", "series": "全年执行数"},
            {"label": "乙", "value": 4.0, "unit": "万元", "series": "全年预算数"},
            {"label": "乙", "value": 4.0, "unit": "万元", "series": "全年执行数"}]
    [ax] = charts.build_figure(rows).axes
    assert [bar.get_width() for bar in ax.patches] == [10.0, 4.0, 8.5, 4.0]  # one colour per series
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["全年预算数", "全年执行数"]
    pie = charts.render([{"label": "财政拨款", "value": 3, "unit": "万元"},
                         {"label": "其他资金", "value": 1, "unit": "万元"}], pie=True)
    assert pie.kind == "pie" and pie.png.startswith(PNG)


def test_without_a_cjk_font_the_numbers_come_as_text(monkeypatch: pytest.MonkeyPatch, engine: Engine):
    monkeypatch.setattr(charts, "find_cjk_font", lambda: None)
    with pytest.raises(charts.ChartError) as exc:
        charts.render(engine.ask("有哪些项目").rows, "各项目经费")
    assert "中文字体" in str(exc.value) and "fonts-noto-cjk" in str(exc.value)
    assert "政府雇员工资经费：77.28万元" in str(exc.value)
    with pytest.raises(charts.ChartError, match="至少要两项"):
        charts.render(engine.ask("法律顾问经费多少").rows)


@pytest.mark.parametrize(("message", "question", "actions", "pie"), [
    ("画个图", "", {"chart"}, False),
    ("各项目经费画个图", "各项目经费", {"chart"}, False),
    ("帮我把上面的画个饼图吧", "", {"chart"}, True),
    ("用图表示基本支出和项目支出", "基本支出和项目支出", {"chart"}, False),
    ("导出", "", {"export"}, False),
    ("有哪些项目，导出Excel", "有哪些项目", {"export"}, False),
    ("法律顾问经费多少", "法律顾问经费多少", set(), False),
])
def test_chart_and_export_words(message, question, actions, pie):
    request = split_request(message, load_words(VOCABULARY))
    assert (request.question, request.actions, request.pie) == (question, actions, pie)


def test_cli_writes_the_chart_and_the_xlsx(seed: Path, tmp_path: Path, capsys: pytest.CaptureFixture):
    assert main(["ask", "经费最多的3个项目画个图", "--db", str(seed), "--out-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    [line] = [line for line in out.splitlines() if line.startswith("图表已保存：")]
    png = Path(line.removeprefix("图表已保存："))
    assert png.parent == tmp_path.resolve() and png.read_bytes().startswith(PNG)
    book = tmp_path / "list.xlsx"
    assert main(["ask", "有哪些项目", "--xlsx", str(book), "--db", str(seed)]) == 0
    assert f"已导出：{book.resolve()}" in capsys.readouterr().out
    sheet = load_workbook(book)["结果"]
    assert sheet.max_row == 7 and sheet["C2"].value == 60.0 and sheet["B2"].value == "信访工作经费"
    assert main(["ask", "法律顾问的绩效目标是什么", "--xlsx", str(tmp_path / "none.xlsx"), "--db", str(seed)]) == 1
    assert not (tmp_path / "none.xlsx").exists()


def test_a_plain_question_imports_no_chart_or_spreadsheet_library(seed: Path, tmp_path: Path):
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "bot", "ask", "法律顾问经费多少",
                             "--db", str(seed), "--log-db", str(tmp_path / "log.sqlite")],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and "12.00" in result.stdout
    imported = {line.split("|")[-1].strip().split(".")[0] for line in result.stderr.splitlines()
                if line.startswith("import time:")}
    assert "jieba" in imported or "rapidfuzz" in imported  # the measurement works
    assert not imported & {"matplotlib", "openpyxl", "PIL", "numpy", "pdfplumber"}


def test_an_alias_is_added_inside_its_table_and_the_file_kept(tmp_path: Path):
    vocab = tmp_path / "vocabulary.toml"
    vocab.write_text(VOCABULARY.read_text(encoding="utf-8"), encoding="utf-8")
    before = vocab.read_text(encoding="utf-8").splitlines()
    add_alias(vocab, "电脑", "公务用车购置经费")
    add_alias(vocab, "电脑", "聘请法律顾问专项经费")  # taught again: replaced, not duplicated
    after = vocab.read_text(encoding="utf-8").splitlines()
    assert [line for line in after if line not in before] == ['"电脑" = "聘请法律顾问专项经费"']
    assert len(after) == len(before) + 1
    with pytest.raises(LoadError):
        add_alias(vocab, "电脑", "")
    assert vocab.read_text(encoding="utf-8").splitlines() == after
    assert not list(tmp_path.glob(".*"))  # no half-written file left beside it
