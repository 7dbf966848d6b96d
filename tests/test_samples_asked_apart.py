"""Questions over the sample tables (湛江 部门整体预算绩效目标表, 东湖 项目申报表, 渝中 自评表, the two Putuo
部门决算 PDFs) that ask something the tables do not have, or a part of what they have: a kind of table the
department has none of, a name the table does not hold, names where only a count is printed, a part a
row is not split into; and the parts they do hold (a section's row, the use of the row just answered, the
other row of a pair said in a follow-up, two labels said together)."""

from __future__ import annotations

import pytest

from bot.engine import Engine, Session
from tests.conftest import DATA, VOCAB


def _talk(engine: Engine, *questions: str):
    session = Session()
    answers = [engine.ask(q, session) for q in questions]
    return answers[-1]


def test_a_kind_of_table_the_department_has_none_of_is_not_answered(samples_engine) -> None:
    # 湛江 has only its 部门整体预算绩效目标表: its 预算 is no 决算 asked.
    a = samples_engine.ask("湛江人社局2024年部门决算支出多少")
    assert a.status == "unknown", a.text
    assert "决算" in a.text and "部门整体预算绩效目标表" in a.text
    assert "10891" not in a.text and "61915" not in a.text
    # a department that has a 决算 is still answered from it
    a = samples_engine.ask("社工部2024年决算支出多少")
    assert a.status == "answered" and "307.82" in a.text, a.text


def test_a_qualifier_no_name_holds_is_no_fuzzy_match(samples_engine) -> None:
    # 财政专项资金 is not 促进就业专项资金（…）: none of 财政 is in that name.
    a = samples_engine.ask("湛江人社局财政专项资金预算金额多少")
    assert a.status != "answered" and "1140" not in a.text, a.text
    a = samples_engine.ask("湛江人社局促进就业专项资金多少")
    assert a.status == "answered" and "1140" in a.text, a.text


def test_names_asked_where_only_a_count_is_printed_are_not_answered(samples_engine) -> None:
    a = samples_engine.ask("财政局2024年绩效自评那4个项目各叫什么")
    assert a.status != "answered", a.text


def test_a_word_of_the_rows_section_picks_its_row(samples_engine) -> None:
    # 明细 is said by the section 项目支出明细预算: its 就业补助 line, not "no such 明细".
    a = samples_engine.ask("东湖就业补助明細多少")
    assert a.status == "answered" and "1195.82" in a.text, a.text


def test_the_use_asked_after_a_row_is_that_rows_use(samples_engine) -> None:
    a = _talk(samples_engine, "普惠金融发展支出多少", "测算依据说用在哪")
    assert a.status == "answered", a.text
    assert "创业担保贷款" in a.text and "职业介绍补贴" not in a.text
    a = samples_engine.ask("普惠金融发展支出多少 测算依据说用在哪")
    assert "25" in a.text and "创业担保贷款" in a.text and "职业介绍补贴" not in a.text, a.text
    # a text naming the subsidies asked answers which ones; an amount of a thing a text names is not in it
    a = samples_engine.ask("东湖就业补助的测算依据 主要用于哪些补贴")
    assert a.status == "answered" and "职业介绍补贴" in a.text, a.text
    a = samples_engine.ask("社工部其他社会工作事务支出里开办费具体多少")
    assert a.status != "answered", a.text


def test_the_other_word_of_a_pair_said_in_a_follow_up(samples_engine) -> None:
    a = _talk(samples_engine, "财政局年初结转和结余", "年末的呢")
    assert a.status == "answered" and "55.34" in a.text and "49.14" not in a.text, a.text


def test_a_follow_up_naming_no_department_asks_the_conversations_row(samples_engine) -> None:
    # 完成率 of the row just answered, never another department's indicators named 完成率
    a = _talk(samples_engine, "社会工作部一般公共预算财政拨款支出全年预算多少", "完成率多少")
    assert a.status == "answered" and "95.89" in a.text and "信访局" not in a.text, a.text
    a = samples_engine.ask("社会工作部一般公共预算财政拨款支出全年预算多少 完成率多少")
    assert a.status == "answered" and "321.02" in a.text and "95.89" in a.text, a.text
    assert "信访局" not in a.text


def test_a_total_then_another_label_said_together_are_both_answered(samples_engine) -> None:
    a = samples_engine.ask("财政局政府采购总额以及服务采购金额")
    assert a.status == "answered" and "251.25" in a.text and "246.47" in a.text, a.text


def test_a_look_alike_character_is_read_as_the_word(samples_engine) -> None:
    a = samples_engine.ask("渝中就业补助资金全年预箅数多少")
    assert a.status == "answered" and "7574" in a.text, a.text


@pytest.fixture(scope="module")
def general5_engine(tmp_path_factory, built_copy) -> Engine:
    return Engine(built_copy([DATA / "general5"], tmp_path_factory.mktemp("general5") / "kb.sqlite"), VOCAB)


def test_a_part_the_row_is_not_split_into_is_not_answered_by_the_row(general5_engine) -> None:
    # 中央补助 of 高标准农田建设: the table prints no such split (a note says the money includes it)
    a = _talk(general5_engine, "青石镇专项资金多少", "高标准农田里中央补助多少")
    assert a.status != "answered", a.text
    assert "1760" not in a.text.split("表中关于")[0]


def test_a_sub_item_a_text_of_the_row_states_is_answered_by_its_sentence(samples_engine) -> None:
    # 每人每月 of 三支一扶 生活补贴: the sentence of its 主要实施内容 that states it, cited; never the row's total
    a = samples_engine.ask("三支一扶生活补贴市级按每人每月多少发")
    assert a.status == "answered", a.text
    assert "750" in a.text and "每人每月" in a.text and "第13行" in a.text

