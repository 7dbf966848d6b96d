"""One project name under two funding units of a text table (政府雇员工资经费 of the bureau and of its centre):
the question back tells them apart by unit, with each one's amount, and a reply naming the unit picks it."""
from __future__ import annotations

from pathlib import Path

from bot.engine import Session
from tests.conftest import engine_over

_TEXT = """
项目支出绩效目标表（含转移支付项目）

部门名称：松阳县林业局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 93.00 93.00

松阳县林业局 61.00 61.00

    编外用工经费 36.00 36.00

保障编外人员工资按时发放。

1、1-产出指标,11-数量指标,编外用工人数；实施周期指标值:9人,年度指标值:9人;

    松材线虫病防治经费 25.00 25.00

完成松材线虫病疫木清理。

1、1-产出指标,11-数量指标,清理疫木株数；实施周期指标值:≥3000株,年度指标值:≥3000株;

松阳县林业技术推广站 32.00 32.00

    编外用工经费 14.00 14.00

保障推广站编外人员工资发放。

1、1-产出指标,11-数量指标,编外用工人数；实施周期指标值:3人,年度指标值:3人;

    林下经济示范经费 18.00 18.00

建设林下经济示范基地。

1、1-产出指标,11-数量指标,示范基地个数；实施周期指标值:2个,年度指标值:2个;
"""


def _engine(tmp_path: Path):
    doc = tmp_path / "松阳县林业局_项目支出绩效目标表.txt"
    doc.write_text(_TEXT, encoding="utf-8")
    return engine_over(tmp_path / "kb.sqlite", [doc])


def test_namesakes_are_told_apart_by_their_unit_with_their_amounts(tmp_path: Path) -> None:
    engine, s = _engine(tmp_path), Session()
    asked = engine.ask("编外用工经费多少", s)
    assert asked.status == "clarify"
    assert "（松阳县林业局）：36.00万元" in asked.text and "（松阳县林业技术推广站）：14.00万元" in asked.text
    picked = engine.ask("推广站的呢", s)
    assert picked.status == "answered" and "14.00" in picked.text and "36.00" not in picked.text


def test_a_reply_naming_the_other_unit_picks_it(tmp_path: Path) -> None:
    engine, s = _engine(tmp_path), Session()
    assert engine.ask("编外用工经费有哪些指标", s).status == "clarify"
    picked = engine.ask("林业局的", s)
    assert "9人" in picked.text and "3人" not in picked.text
