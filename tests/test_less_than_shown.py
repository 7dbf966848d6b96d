""""除掉X还剩多少" after a figure: the figure shown less X's, with both and the arithmetic; a part larger
than the whole is not subtracted from it."""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import Engine

_FARM = """项目支出绩效目标表（含转移支付项目）

部门名称：梅岭县农业农村局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 150.50 150.50

梅岭县农业农村局 150.50 150.50

    农技推广服务经费 90.00 90.00

开展农业技术推广培训。

1、1-产出指标,11-数量指标,培训农户人次；实施周期指标值:≥2000人次,年度指标值:≥2000人次;

    动物防疫补助经费 45.50 45.50

开展春秋两季动物集中免疫。

1、1-产出指标,12-质量指标,免疫密度；实施周期指标值:≥90%,年度指标值:≥90%;

    农业执法办案经费 15.00 15.00

保障农业综合执法办案。

1、1-产出指标,11-数量指标,办案件数；实施周期指标值:≥30件,年度指标值:≥30件;
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("less")
    (folder / "meiling_nyj.txt").write_text(_FARM, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder])


@pytest.mark.parametrize("follow", ["除掉农技推广还剩多少", "去掉动物防疫补助经费剩下多少", "扣除执法办案经费以外还有多少"])
def test_the_total_shown_less_a_project(engine, follow) -> None:
    a = _ask(engine, "我们局项目总额", follow)
    assert a.status == "answered", a.text
    expected = {"农技": "60.5", "动物": "105", "执法": "135.5"}
    assert any(k in follow and v in a.text for k, v in expected.items()), a.text
    assert "150.5" in a.text and "−" in a.text, a.text


def test_a_larger_part_is_not_subtracted(engine) -> None:
    a = _ask(engine, "执法办案经费多少", "除掉农技推广还剩多少")
    assert "-75" not in a.text and "−75" not in a.text, a.text
