"""Classes of questions over published 部门决算 PDFs (two 普陀 departments loaded beside other tables), asked
through Engine.ask: a line's 预算 is the budget the account states, never its 决算 figure; a line both
departments print is asked back with each one's figure; a label said whole before a column (差旅费决算数);
years compared as 跟2023年比; the departments' figures added up after they were shown; a blank table's note
for a budget; the conversation's department kept when the facts would ask which; 比列 typed for 比例."""

from __future__ import annotations

from pathlib import Path

from conftest import converse, engine_over

ANSWERED, CLARIFY, UNKNOWN = "answered", "clarify", "unknown"


def test_a_line_asked_its_budget_is_the_budget_the_final_account_states(samples_engine):
    # 社工部 states each line's 全年预算 in its explanation; 财政局 its 年初预算 — never the 决算 figure.
    answer = converse(samples_engine, "社工部住房公积金预算多少")
    assert answer.status == ANSWERED and "18.12" in answer.text and "17.70" not in answer.text, answer.text
    answer = converse(samples_engine, "财政局行政运行预算数")
    assert answer.status == ANSWERED and "1560.05" in answer.text and "1511.89" not in answer.text, answer.text
    # its 决算 is still its 决算
    answer = converse(samples_engine, "社工部住房公积金决算多少")
    assert answer.status == ANSWERED and "17.70" in answer.text and "18.12" not in answer.text, answer.text


def test_a_line_whose_budget_the_account_does_not_state_is_not_answered_with_its_final_figure(samples_engine):
    # 差旅费 and 基本支出 are printed only as 决算: their budget is not in the account
    for q, final in (("财政局差旅费预算多少", "1.20"), ("财政局基本支出预算多少", "2336.91")):
        answer = converse(samples_engine, q)
        assert answer.status != ANSWERED and final not in answer.text.split("表中关于")[0], (q, answer.text)


def test_budget_of_a_table_that_is_no_final_account_is_still_its_amount(samples_engine):
    # Not a final account: 预算 said after a line is the line's amount, as before.
    answer = converse(samples_engine, "湛江人社局基本支出预算多少")
    assert answer.status == ANSWERED and "10891.6" in answer.text, answer.text
    answer = converse(samples_engine, "渝中就业补助资金预算多少")
    assert answer.status == ANSWERED and "7574" in answer.text, answer.text


def test_a_line_two_departments_print_is_asked_back_with_each_ones_figure(samples_engine):
    for q, figures in (("行政运行决算多少", ("1511.89", "51.32")), ("住房公积金支出多少", ("187.19", "17.70")),
                       ("差旅费决算数是多少", ("1.20", "1.15")), ("政府采购金额多少", ("251.25", "21.07"))):
        answer = converse(samples_engine, q)
        assert answer.status == CLARIFY, (q, answer.text)
        assert all(f in answer.text for f in figures), (q, answer.text)
        assert "财政局" in answer.text and "社会工作部" in answer.text
    # the reply still chooses
    answer = converse(samples_engine, "行政运行决算多少", "2")
    assert answer.status == ANSWERED and "51.32" in answer.text and "1511.89" not in answer.text, answer.text


def test_a_comparison_of_the_two_departments_is_worked_out_not_asked_back(samples_engine):
    answer = converse(samples_engine, "财政局和社工部 哪个收入多", "多多少")
    assert answer.status == ANSWERED and "2638.43" in answer.text, answer.text


def test_a_label_said_whole_before_a_column_is_that_label(samples_engine):
    # 办公费 + 决算数, not 费决算数 read as the tail of 因公出国费决算
    answer = converse(samples_engine, "办公费决算数是多少")
    assert answer.status == CLARIFY and "21.21" in answer.text and "3.78" in answer.text, answer.text
    answer = converse(samples_engine, "社工部办公费决算数是多少")
    assert answer.status == ANSWERED and "3.78" in answer.text, answer.text


def test_compared_with_a_year_said_with_跟_is_the_tables_change_on_the_year_before(samples_engine):
    answer = converse(samples_engine, "社工部为啥跟2023年比增长100%")
    assert answer.status == ANSWERED and "2024年成立" in answer.text, answer.text
    answer = converse(samples_engine, "财政局收入支出总计与上年相比减少多少")
    assert answer.status == ANSWERED and "56.95" in answer.text, answer.text


def test_each_departments_figure_shown_is_added_up(samples_engine):
    answer = converse(samples_engine, "普陀两个单位的住房公积金", "加起来")
    assert answer.status == ANSWERED and "204.89" in answer.text, answer.text


def test_a_lines_budget_of_a_blank_table_is_unknown_with_its_note(samples_engine):
    answer = converse(samples_engine, "社工部公务用车运行维护费预算数")
    assert answer.status == UNKNOWN and "本表无数据" in answer.text and "0.95" not in answer.text, answer.text
    # the table asked whole: its note is the answer
    answer = converse(samples_engine, "社工部三公经费多少")
    assert answer.status == ANSWERED and "本表无数据" in answer.text, answer.text


def test_the_conversations_department_answers_a_line_both_departments_print(samples_engine):
    answer = converse(samples_engine, "社工部决算看一下", "机关事业单位基本养老保险缴费支出多少")
    assert answer.status == ANSWERED and "6.18" in answer.text and "160.75" not in answer.text, answer.text


def test_a_place_of_two_departments_asks_which_and_a_follow_up_shows_each(samples_engine):
    answer = converse(samples_engine, "普陀的部门决算")
    assert answer.status == CLARIFY and "财政局" in answer.text and "社会工作部" in answer.text, answer.text
    answer = converse(samples_engine, "普陀的部门决算", "基本支出多少")
    assert answer.status == CLARIFY and "2336.91" in answer.text and "105.58" in answer.text, answer.text
    assert "湛江" not in answer.text  # only the departments the conversation is about


def test_比列_typed_for_比例(samples_engine):
    answer = converse(samples_engine, "财政局信息化建设占一般公共服务支出的比列")
    assert answer.status == ANSWERED and "6.42" in answer.text, answer.text


def test_what_a_line_of_spending_bought_is_the_lines_under_it_holding_an_amount(samples_engine):
    answer = converse(samples_engine, "财政局资本性支出 买了啥")
    assert answer.status == ANSWERED and "办公设备购置" in answer.text and "13.58" in answer.text, answer.text
    assert "公务用车购置" not in answer.text and "房屋建筑物购建" not in answer.text, answer.text
    answer = converse(samples_engine, "财政局资本性支出都购置了哪些")
    assert answer.status == ANSWERED and "办公设备购置" in answer.text, answer.text
    # every line under it 0.00: said so, never an empty list
    answer = converse(samples_engine, "社工部资本性支出买了什么")
    assert answer.status == ANSWERED and "没有金额" in answer.text and "办公设备购置" in answer.text, answer.text


def test_rows_named_by_a_clause_of_their_text_cell(samples_engine):
    # 备注 "预算不单列，并入本级": each clause names the rows
    for q in ("普陀财政局下面哪些单位并入本级", "财政局哪些单位预算不单列"):
        answer = converse(samples_engine, q)
        assert answer.status == ANSWERED, (q, answer.text)
        assert "财政所" in answer.text and "国库收付中心" in answer.text and "（本级）" not in answer.text, answer.text
        assert "社会工作发展服务中心" not in answer.text


def test_a_change_on_the_year_before_is_never_two_lines_of_one_year_set_against_each_other(samples_engine):
    # the 三公 table prints 2024 only (and the prose no figure of its change): no 比上年 to give
    answer = converse(samples_engine, "财政局三公经费比上年怎么样")
    assert answer.status != ANSWERED and "0.95 -" not in answer.text, answer.text
    # a change the account states is still given
    answer = converse(samples_engine, "财政局机关运行经费比上年增加多少")
    assert answer.status == ANSWERED and "2.55" in answer.text, answer.text


def test_a_change_asked_of_rows_printing_their_change_is_those_changes(tmp_path):
    # 柏山's 三公 table prints each row's 增减率: "比2024年降幅多少" after two rows is their printed rates, never one
    # rate less the other
    data = Path(__file__).resolve().parent / "data" / "general14"
    engine = engine_over(tmp_path / "kb.sqlite", sorted(data.glob("*三公经费三年对比.xlsx")))
    answer = converse(engine, "柏山公务接待费2025年合计", "比2024年降幅多少")
    assert answer.status == ANSWERED and "-11.54%" in answer.text and "个百分点" not in answer.text, answer.text
