"""Questions over the two Putuo 部门决算 PDFs in people's words: rates of 决算 over 预算 (printed or
computed), 决算数 of a code-prefixed line, two rows asked side by side, shortened subject names and the
change on last year the prose states."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.engine import Engine, Session


def ask(engine: Engine, question: str):
    return engine.ask(question)


def ask_in(engine: Engine, question: str, session: Session):
    return engine.ask(question, session)


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", text))


@pytest.mark.parametrize("question, expected", [
    # the prose prints 全年预算 and 决算 of the line: the rate is their quotient
    ("社工部事业运行执行率", {"63.97", "11.31", "17.68"}),
    ("财政局行政运行执行率", {"1511.89", "1560.05"}),
    # 完成率 of a 决算 line is 决算 ÷ 预算 too; the line prints it (完成全年预算数 98.69%)
    ("社工部行政运行 全年预算和决算 完成率", {"98.69", "51.32"}),
    # said in words, over the budget the question names
    ("财政局一般公共预算财政拨款支出年初预算 完成了百分之几", {"98.20", "2993.92", "2940.05"}),
])
def test_rate_of_final_over_budget(samples_engine, question, expected):
    a = ask(samples_engine, question)
    assert a.status == "answered", a.text
    assert expected <= _numbers(a.text), a.text


def test_printed_rate_follows_the_budget_named(samples_engine):
    # 社工部's line prints 年初预算 0 and 全年预算 321.02: the rate over 全年预算 is computed, not 完成年初预算
    a = ask(samples_engine, "社工部一般公共预算财政拨款支出全年预算完成了百分之几")
    assert a.status == "answered" and "95.89" in a.text and "321.02" in a.text, a.text


def test_final_figure_of_a_code_prefixed_line(samples_engine):
    a = ask(samples_engine, "财政局行政运行决算数")
    assert a.status == "answered" and "1511.89" in a.text, a.text
    # a table printing 决算数 itself keeps it
    b = ask(samples_engine, "社工部人员经费合计决算数")
    assert b.status == "answered" and "95.36" in b.text, b.text


@pytest.mark.parametrize("question, expected", [
    ("社工部基本支出 项目支出各多少", {"105.58", "202.24"}),
    ("社工部人员经费 公用经费各多少", {"95.36", "10.23"}),
])
def test_two_rows_side_by_side_each(samples_engine, question, expected):
    a = ask(samples_engine, question)
    assert a.status == "answered" and expected <= _numbers(a.text), a.text


def test_a_row_and_its_column_side_by_side_stay_one_cell(samples_engine):
    a = ask(samples_engine, "财政局行政运行基本支出各多少")
    assert a.status == "answered" and "1503.52" in a.text and "2336.91" not in a.text, a.text


def test_shortened_subject_name(samples_engine):
    a = ask(samples_engine, "社会工作部 社保和就业支出")
    assert a.status == "answered" and "10.82" in a.text, a.text


@pytest.mark.parametrize("question", ["财政局跟2023年比 一般公共预算拨款支出减少多少",
                                      "财政局一般公共预算拨款支出比上年减少多少"])
def test_change_on_last_year_as_the_prose_states_it(samples_engine, question):
    a = ask(samples_engine, question)
    assert a.status == "answered", a.text
    assert "63.14" in a.text and "2.10" in a.text, a.text


def test_share_of_an_item_is_over_its_column_total_across_pages(samples_engine):
    # 住房保障支出 is a row of both the 收入决算表 and the 支出决算表 (whose 合计 is on the page before):
    # its share is over the expenditure column's total, never its income over its expenditure
    a = ask(samples_engine, "财政局住房保障支出占比")
    assert a.status == "answered" and "15.16" in a.text and "2940.05" in a.text, a.text
    assert "100%" not in a.text, a.text


def test_share_the_prose_states_is_shown_as_printed(samples_engine):
    # the prose prints 9.55% (29.42 ÷ 307.82 computed again would give 9.56%)
    a = ask(samples_engine, "社工部住房保障支出占比")
    assert a.status == "answered" and "9.55" in a.text, a.text


def test_budget_kind_a_table_does_not_print_is_not_answered_with_another(samples_engine):
    # the 自评表 prints 全年预算数 only (年初预算 is one of its parts): 年初预算 is not its 7574
    s = Session()
    ask_in(samples_engine, "渝中就业补助资金", s)
    a = ask_in(samples_engine, "年初预算是多少", s)
    assert a.status == "unknown" and "7574" not in a.text, a.text
    # a 决算 that prints 年初预算 answers it
    b = ask(samples_engine, "财政局行政运行年初预算多少")
    assert b.status == "answered" and "1560.05" in b.text, b.text


@pytest.mark.parametrize("question, units", [
    ("普陀财政局决算包括哪些单位", ["上海市普陀区财政局财政所", "上海市普陀区国库收付中心"]),
    ("社会工作部纳入决算的下属单位", ["上海市普陀区社会工作发展服务中心"]),
])
def test_units_a_final_account_covers(samples_engine, question, units):
    a = ask(samples_engine, question)
    assert a.status == "answered" and all(u in a.text for u in units), a.text
    assert "主要包括" not in a.text, a.text


@pytest.fixture(scope="module")
def with_staffing_engine(tmp_path_factory, built_copy) -> Engine:
    """The samples and a staffing table whose rows are headed 单位名称 too."""
    data = Path(__file__).parent / "data"
    db = built_copy([data / "samples", data / "general4"], tmp_path_factory.mktemp("units") / "kb.sqlite")
    return Engine(db, Path(__file__).parent.parent / "knowledge" / "vocabulary.toml")


def test_count_of_units_stays_in_the_department_asked(with_staffing_engine):
    # another loaded table has a 单位名称 level too: its rows are not this department's units
    a = ask(with_staffing_engine, "社工部纳入决算的单位有几个")
    assert a.status == "answered" and "社会工作发展服务中心" in a.text, a.text
    assert "市场监督管理" not in a.text and "共 2" in a.text, a.text


@pytest.mark.parametrize("question, expected, absent", [
    # the rates a numbered 总体绩效目标 item states, each by its own word
    ("湛江人社局目标6里仲裁结案率跟调解率各多少", ["95%", "75%"], []),
    ("湛江人社局劳动人事争议调解率目标多少", ["75%"], ["95%"]),
    # the target named alone is its own words, both rates in them
    ("湛江人社局目标6是什么", ["仲裁结案率95%", "调解率75%"], []),
    # the targets are counted as items, not their rates
    ("湛江人社局总体绩效目标有几个", ["共 6 项"], ["调解率"]),
])
def test_numbered_targets_and_their_rates(samples_engine, question, expected, absent):
    a = ask(samples_engine, question)
    assert a.status == "answered", a.text
    assert all(w in a.text for w in expected) and not any(w in a.text for w in absent), a.text


def test_tick_box_cell_reads_as_the_option_ticked():
    from bot.ingest.prose import checked_options
    from bot.model import Fact
    got = checked_options([Fact(value="1.部门项目 □          2.公共项目 □√", row=("项目类型",)),
                           Fact(value="□ 未勾选的说明", row=("备注",))])
    assert got[0].value.startswith("公共项目") and "部门项目" in got[0].value
    assert got[1].value == "□ 未勾选的说明"  # one box, no option ticked: the text stays as printed


@pytest.mark.parametrize("question", ["东湖项目是部门项目还是公共项目", "东湖分局这个项目属于部门项目还是公共项目"])
def test_either_or_of_tick_box_options(samples_engine, question):
    a = ask(samples_engine, question)
    assert a.status == "answered" and a.text.split("：")[1].startswith("公共项目"), a.text


def test_words_a_cell_says_name_that_cell(samples_engine):
    # "每低于5%扣几分" quotes the 评价标准 of 预算执行率: its text, not a filter "below 5" on the column
    a = ask(samples_engine, "渝中评价标准每低于5%扣几分")
    assert a.status == "answered" and "每低于5%扣1分" in a.text, a.text
    assert "新增区级创业孵化基地数量" not in a.text, a.text


def test_a_part_named_in_a_use_note_is_not_answered_by_the_note(samples_engine):
    # 开办费 is one of the uses 其他社会工作事务支出 lists; the table gives no amount for it
    a = ask(samples_engine, "社工部其他社会工作事务支出里开办费具体多少")
    assert a.status != "answered", a.text
