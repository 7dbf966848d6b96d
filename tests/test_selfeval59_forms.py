"""Round 59: a 项目支出绩效自评表 workbook (one project per sheet) whose funding block is headed 预算数 / 执行数, as
many places print it, read as the self-evaluation it is; and a project of one name in a department's tables of two
years told apart by the year said, or by what only the self-evaluation holds; neither said, the 目标表's.

Over tests/data/selfeval59 (fictional 石梁县水利局: 2025 目标表, 2024 自评表; 山塘水库除险加固补助资金 in both)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

DATA = Path(__file__).resolve().parent / "data" / "selfeval59"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("selfeval59") / "kb.sqlite", [DATA])


def test_form_with_plain_headings_is_a_self_evaluation(engine: Engine) -> None:
    docs = {d["file_name"]: d["layout"] for d in engine.kb.documents.values()}
    assert docs["石梁县水利局_2024年度_项目支出绩效自评表.xlsx"] == "sheet-self-evaluations", docs


@pytest.mark.parametrize("question,shown,not_shown", [
    ("2024年山塘水库除险加固补助资金多少", "400", "430"),
    ("山塘水库除险加固补助资金2025年多少", "430", "400"),
    ("24年山塘除险加固执行率多少", "94", "430"),
    ("山塘水库除险加固执行数", "376", "430"),  # (only the self-evaluation prints 执行数)
    ("山塘水库除险加固资金拨付及时率实际完成多少", "90%", "95%以上"),
])
def test_year_or_kind_said_picks_the_table(engine: Engine, question: str, shown: str, not_shown: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text and not_shown not in a.text.split("（来源")[0], a.text


def test_neither_said_reads_the_target_table(engine: Engine) -> None:
    """The same projects evaluated are not more projects: with neither a year nor a word of the evaluation said,
    the department's 目标表 answers (its year cited), and counts its projects alone."""
    a = converse(engine, "山塘水库除险加固补助资金多少")
    assert a.status == "answered", a.text
    assert "430" in a.text and "400" not in a.text and "2025" in a.text, a.text
    a = converse(engine, "石梁县水利局一共几个项目")
    assert a.status == "answered" and "2 个" in a.text, a.text


def test_source_said_reads_its_own_rate(engine: Engine) -> None:
    """财政拨款执行率 is that line's (97 %), never the whole's (94 %)."""
    a = converse(engine, "山塘水库除险加固财政拨款执行率")
    assert a.status == "answered", a.text
    assert "97" in a.text and "94" not in a.text.split("（来源")[0], a.text


def test_total_score_of_a_form(engine: Engine) -> None:
    a = converse(engine, "灌区节水改造自评总分")
    assert a.status == "answered", a.text
    assert "88.5" in a.text, a.text


def test_year_follow_up_reads_that_years_namesake(engine: Engine) -> None:
    a = converse(engine, "山塘水库除险加固补助资金2025年多少", "那2024年呢")
    assert a.status == "answered", a.text
    assert "400" in a.text and "430" not in a.text, a.text


def test_year_follow_up_of_a_project_that_year_lacks_is_unknown(engine: Engine) -> None:
    """农村饮水工程维修养护经费 is in the 2025 table only: 2024 is unknown, never its 2025 figure."""
    a = converse(engine, "农村饮水工程维修养护经费多少", "那2024年呢")
    assert a.status == "unknown", a.text
    assert "180" not in a.text, a.text
    # (said as the project's, never "the department has no 2024 table": its 2024 自评表 is loaded)
    assert "只在2025年" in a.text and "没有2024年的数据" not in a.text, a.text
