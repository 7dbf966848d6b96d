"""What a table does not hold is not answered as if it did, and what it states is found:
- "法律顾问经费财政专户拨款多少" where the project's line leaves that column blank: not printed (never "0");
  a third printed amount whose column the text cannot tell still answers with its note.
- "文物巡查员工资标准多少": 工资 (a word two departments' 政府雇员工资经费 hold) said straight on from the words
  naming one project is a word asked of that project — never a choice between the namesakes, nor its budget.
- "编外人员聘用合规率年度指标值" in namesake projects of two departments: the projects are offered, each with its value.
- "三支一扶生活补贴标准" of a project with no indicators: the sentence of its text stating the standard."""

from __future__ import annotations

import pytest
from conftest import SEED, converse, engine_over

from bot.engine import Engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    """The seed, and a fictional 柏川县信访局 of its layout whose 聘请法律顾问专项经费 is a 文物保护单位安全巡查经费 and
    whose 信访工作经费 prints a third amount (财政专户拨款 or 其他资金: the text cannot tell)."""
    folder = tmp_path_factory.mktemp("conv50h")
    other = folder / "柏川县信访局项目支出绩效目标表.txt"
    text = SEED.read_text(encoding="utf-8").replace("广州市白云区信访局", "柏川县信访局")
    text = text.replace("聘请法律顾问专项经费", "文物保护单位安全巡查经费").replace("信访工作经费 60.00 60.00", "信访工作经费 60.00 50.00 10.00")
    text = text.replace("234.98 234.98", "234.98 224.98 10.00")
    other.write_text(text, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [SEED, other])


@pytest.mark.parametrize("question", ["法律顾问经费财政专户拨款多少", "法律顾问经费其他资金多少"])
def test_a_column_its_line_leaves_blank_is_not_printed(engine: Engine, question: str) -> None:
    answer = converse(engine, "白云区信访局" + question)
    assert answer.status == "unknown", answer.text
    assert "（0）" not in answer.text and "12.00" not in answer.text  # (its total would read as the answer)
    assert "空" in answer.text


def test_a_third_amount_still_answers_with_its_note(engine: Engine) -> None:
    answer = converse(engine, "柏川县信访局信访工作经费的财政专户拨款")
    assert answer.status == "answered", answer.text
    assert "10.00" in answer.text and "看不出" in answer.text


def test_the_amount_its_line_prints_still_answers(engine: Engine) -> None:
    answer = converse(engine, "白云区信访局法律顾问经费财政拨款多少")
    assert answer.status == "answered" and "12.00" in answer.text, answer.text


@pytest.mark.parametrize("question", ["文物巡查员工资标准多少", "文物巡查员工资多少"])
def test_a_shared_word_said_on_from_one_project_is_asked_of_it(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "unknown", answer.text
    assert "政府雇员工资经费" not in answer.text and "12.00" not in answer.text


def test_namesake_projects_of_two_departments_are_offered_with_their_values(engine: Engine) -> None:
    answer = converse(engine, "编外人员聘用合规率")
    assert answer.status == "clarify", answer.text
    assert "柏川县信访局" in answer.text and "广州市白云区信访局" in answer.text and "100%" in answer.text


def test_a_standard_its_text_states(samples_engine: Engine) -> None:
    answer = converse(samples_engine, "三支一扶生活补贴标准")
    assert answer.status == "answered", answer.text
    assert "750元" in answer.text


def test_a_shared_word_an_indicator_holds_with_those_words_names_the_indicator(samples_engine: Engine) -> None:
    answer = converse(samples_engine, "渝中就业补助资金效益类指标", "高校毕业生就业率完成了多少")
    assert answer.status == "answered", answer.text
    assert "92" in answer.text


def test_the_project_of_a_blank_column_stays_in_focus(engine: Engine) -> None:
    answer = converse(engine, "白云区信访局法律顾问经费其他资金多少", "那财政拨款呢")
    assert answer.status == "answered", answer.text
    assert "12.00" in answer.text and "234.98" not in answer.text


@pytest.mark.parametrize("question", ["白云区信访局法律顾问经费有没有财政专户拨款", "白云区信访局政府雇员工资经费有其他资金吗"])
def test_whether_a_blank_source_is_had_is_answered(engine: Engine, question: str) -> None:
    assert converse(engine, question).status == "answered"
