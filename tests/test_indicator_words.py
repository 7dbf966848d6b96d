"""An indicator asked by its name and words of its own value ("规范办理的综合办理效能要求"): a word of a
project's name that the indicator's value also says (综合) does not make the question about that project,
and the value's words are not words left unexplained."""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import Engine

_PETITIONS = """项目支出绩效目标表（含转移支付项目）

部门名称：青岚县信访局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 95.00 95.00

青岚县信访局 95.00 95.00

    县矛盾纠纷综合调处中心运行经费 55.00 55.00

保障综合调处中心日常运转，群众诉求一站式受理。

1、1-产出指标,11-数量指标,受理群众诉求件数；实施周期指标值:≥800件,年度指标值:≥800件;,2、3-满意度指标,31-服务对象满意度,\
来访群众满意度；实施周期指标值:≥90%,年度指标值:≥90%;

    信访业务工作经费 40.00 40.00

规范信访事项办理，提升办理质效。

1、1-产出指标,13-时效指标,落实上级关于信访事项规范办理的要求；实施周期指标值:综合办理效能80%以上,年度指标值:综合办理效能80%以上;,\
2、1-产出指标,11-数量指标,领导接访次数；实施周期指标值:≥24次,年度指标值:≥24次;
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("indwords")
    (folder / "qinglan_xfj.txt").write_text(_PETITIONS, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder])


@pytest.mark.parametrize("q", ["信访事项规范办理的综合办理效能要求", "规范办理那个综合办理效能是多少"])
def test_words_of_the_value_name_no_project(engine, q) -> None:
    a = _ask(engine, q)
    assert a.status == "answered", a.text
    assert "80%以上" in a.text and "信访业务工作经费" in a.text, a.text


def test_a_project_really_named_still_keeps_its_indicators_apart(engine) -> None:
    a = _ask(engine, "综合调处中心运行经费的领导接访次数")
    assert a.status != "answered" or "24次" not in a.text, a.text


@pytest.mark.parametrize("q", ["领导接访那条指标在哪个项目里", "领导接访这一项是哪个项目的"])
def test_a_demonstrative_after_a_name_points_at_it(engine, q) -> None:
    a = _ask(engine, q)
    assert a.status == "answered", a.text
    assert "信访业务工作经费" in a.text and "24次" in a.text, a.text
