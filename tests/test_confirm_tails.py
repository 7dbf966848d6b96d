"""A figure stated for confirmation ("三十宗对吗", "是一百万对不对"): the tail is a request to check, so the
answer states the table's value; the stated figure is never echoed as if the table held it."""

from tests.conftest import converse


def test_confirmation_of_an_indicator_value_answers_the_table_value(seed_engine):
    a = converse(seed_engine, "聘法律顾问 协调化解信访事项 数量指标 三十宗对吗")
    assert a.status == "answered"
    assert "30宗" in a.text and "协调化解信访事项" in a.text


def test_a_wrong_figure_asked_to_confirm_gets_the_table_figure(seed_engine):
    for tail in ("对不对", "没错吧", "对吧"):
        a = converse(seed_engine, f"信访工作经费是一百万{tail}")
        assert a.status == "answered", tail
        assert "60.00万元" in a.text and "100" not in a.text, tail
