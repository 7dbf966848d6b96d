"""One department loaded with tables of two years and kinds (tests/data/years48/make_docs.py: 云岭县水利局's 2026
项目支出绩效目标表 and its 2025 部门整体支出绩效自评表, the same projects under other generic tails in the two years):
- one item asked of both years in one question: each year's part answered, each with its own source; one part not
  found is said so and the reply is no confident answer;
- a follow-up asking the project just shown in the other year: matched by its name without the generic tail
  (专项资金 / 项目), the name used said — never the department's total of that year.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.session import Session
from bot.engine import Engine
from bot.engine.two_years import parts_of
from tests.conftest import engine_over

DATA = Path(__file__).parent / "data" / "years48"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("years48") / "kb.sqlite", [DATA])


def _talk(engine: Engine, *questions: str):
    session = Session()
    answers = [engine.ask(q, session=session) for q in questions]
    return answers[-1]


def test_parts_of_a_question_of_two_years():
    assert parts_of("山塘水库除险加固 26年安排多少 25年执行了多少") == \
        ("山塘水库除险加固", [(2026, "安排多少"), (2025, "执行了多少")])
    assert parts_of("饮用水提质改造25年全年预算和26年预算分别多少") == \
        ("饮用水提质改造", [(2025, "全年预算多少"), (2026, "预算多少")])
    assert parts_of("山塘25年执行了多少 26年又安排多少") == ("山塘", [(2025, "执行了多少"), (2026, "安排多少")])
    # one year, the same year twice, or two years compared: not two parts
    assert parts_of("山塘水库除险加固26年安排多少") is None
    assert parts_of("山塘水库2025年比2026年多多少") is None


def test_money_of_both_years(engine):
    a = engine.ask("山塘水库除险加固 26年安排多少 25年执行了多少")
    assert a.status == "answered"
    first, second = a.text.splitlines()
    assert first.startswith("2026年") and "210.00" in first and "2026年项目支出绩效目标表" in first
    assert second.startswith("2025年") and "276.3" in second and "2025年" in second.partition("（来源")[2]
    b = engine.ask("饮用水提质改造25年全年预算和26年预算分别多少")
    assert b.status == "answered" and "120" in b.text and "95.00" in b.text


def test_indicator_of_both_years(engine):
    a = engine.ask("水质达标率25年实际多少 26年目标多少")
    assert a.status == "answered"
    assert "96.2%" in a.text and "≥95%" in a.text and "≥93%" not in a.text
    b = engine.ask("山塘除险加固座数25年实际完成多少 26年目标多少")
    assert b.status == "answered" and "11座" in b.text and "≥12座" in b.text


def test_one_part_not_found_is_no_confident_answer(engine):
    a = engine.ask("供水管网长度25年实际多少 26年目标多少")  # (only the 2026 table holds it)
    assert a.status != "answered"
    assert "≥40公里" in a.text and "2025年：表中没有找到" in a.text


def test_project_followed_into_the_other_year_by_its_name_without_tail(engine):
    a = _talk(engine, "云岭山塘水库除险加固专项资金多少", "25年执行了多少")
    assert a.status == "answered" and "276.3" in a.text and "951" not in a.text  # (never the year's 年度资金总额)
    assert "山塘水库除险加固项目" in a.text and "去掉" in a.text  # (the name used in 2025 said)
    b = _talk(engine, "云岭饮用水提质改造经费多少", "2025年自评里这个项目执行了多少")
    assert b.status == "answered" and "110.4" in b.text
    c = _talk(engine, "云岭饮用水提质改造经费多少", "25年全年预算多少")
    assert c.status == "answered" and "120" in c.text


def test_indicator_of_the_project_shown_by_its_words(engine):
    # the words said overlap the project's own name (除险加固): still its indicator, never its total again
    a = _talk(engine, "云岭山塘水库除险加固资金多少", "除险加固啥时候完成")
    assert a.status == "answered" and "2026年10月底前" in a.text and "210.00" not in a.text
    b = _talk(engine, "云岭山塘水库除险加固资金多少", "除险加固啥时候完成", "实施周期的呢")
    assert b.status == "answered" and "每年10月底前" in b.text


def test_another_department_asked_after_a_year_its_tables_do_not_print(engine):
    a = _talk(engine, "云岭水利局26年有几个项目", "档案馆呢")
    assert a.status == "answered" and "云岭县档案馆" in a.text and "没有注明年度" in a.text


def test_rate_asked_of_another_department_and_year(tmp_path):
    forest = Path(__file__).parent / "data" / "selfeval64" / "青禾县林业局_2025年度_部门整体支出绩效自评表.xlsx"
    engine = engine_over(tmp_path / "kb.sqlite", [DATA, forest])
    a = _talk(engine, "云岭山塘水库除险加固项目执行率", "青禾林业局25年呢")
    assert a.status == "answered" and "95.00%" in a.text and "92.10%" not in a.text and "整体" in a.text


def test_tables_holding_an_indicator_include_the_self_evaluation_row(engine):
    a = engine.ask("哪几个表有沿线群众满意度")
    assert a.status == "answered"
    assert "山塘水库除险加固专项资金" in a.text  # (the 2026 project's indicator)
    assert "95.5%" in a.text and "2025年部门整体支出绩效自评表" in a.text  # (the 自评表's row, its 实际完成值)


def test_actual_of_a_year_is_the_self_evaluation_never_the_other_years_target(engine):
    a = engine.ask("云岭25年水质达标率实际")
    assert a.status == "answered" and "96.2%" in a.text and "≥95%" not in a.text
    b = _talk(engine, "云岭山塘水库除险加固专项资金多少", "云岭25年沿线群众满意度实际呢")
    assert b.status == "answered" and "95.5%" in b.text


def test_indicator_of_several_projects_is_the_years_part(engine):
    a = engine.ask("沿线群众满意度25年实际和26年目标分别多少")
    assert a.status == "answered"
    first, _, second = a.text.partition("\n2026年：")
    assert "95.5%" in first and "≥92%" in second and "≥90%" in second and "2026年项目支出绩效目标表" in second
