"""A count of things said with the noun before its verb ("律师派几个", "保安配了几个"), asked of a project:
the number its goal or indicators give for that noun (派驻2名律师), or plainly none; never the count of
the project's indicators. And "列出来" after a count lists what was counted."""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import Engine

_JUSTICE = """项目支出绩效目标表（含转移支付项目）

部门名称：柘溪县司法局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 58.00 58.00

柘溪县司法局 58.00 58.00

    公共法律服务站运行经费 40.00 40.00

在各乡镇设立公共法律服务站，由县律师协会派驻2名律师轮流值班，为群众提供免费法律咨询。

1、1-产出指标,11-数量指标,法律咨询人次；实施周期指标值:≥1200人次,年度指标值:≥1200人次;,2、1-产出指标,12-质量指标,\
咨询答复准确率；实施周期指标值:≥95%,年度指标值:≥95%;,3、1-产出指标,12-质量指标,值班记录完整率；实施周期指标值:100%,\
年度指标值:100%;,4、3-满意度指标,31-服务对象满意度,群众满意度；实施周期指标值:≥90%,年度指标值:≥90%;

    人民调解员补贴 18.00 18.00

保障人民调解员以案定补，调解矛盾纠纷。

1、1-产出指标,11-数量指标,调解案件数；实施周期指标值:≥300件,年度指标值:≥300件;
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("counted")
    (folder / "zhexi_sfj.txt").write_text(_JUSTICE, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder])


@pytest.mark.parametrize("q", ["公共法律服务站律师派几个", "公共法律服务站运行经费律师派了几个", "法律服务站派几个律师"])
def test_the_noun_before_its_verb_is_what_is_counted(engine, q) -> None:
    a = _ask(engine, q)
    assert a.status == "answered", a.text
    assert "2名律师" in a.text and "共 4 个" not in a.text, a.text


def test_a_noun_the_texts_do_not_count_is_not_the_indicator_count(engine) -> None:
    a = _ask(engine, "公共法律服务站保安配几个")
    assert a.status == "unknown", a.text
    assert "4" not in a.text, a.text


def test_a_class_of_indicators_before_the_verb_is_still_a_count_of_indicators(engine) -> None:
    a = _ask(engine, "公共法律服务站运行经费质量指标设几个")
    assert a.status == "answered" and "2 个" in a.text, a.text


@pytest.mark.parametrize("tail", ["列出来", "都列出来", "列举一下"])
def test_a_count_then_list_them(engine, tail) -> None:
    a = _ask(engine, "公共法律服务站运行经费的质量指标有几个", tail)
    assert a.status == "answered", a.text
    assert "咨询答复准确率" in a.text and "值班记录完整率" in a.text, a.text
