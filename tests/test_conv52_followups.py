"""Round 52, follow-ups whose subject is not in the data: an ordinal past the end of the list just shown ("第四个单位"
of two), another department named for the thing just shown ("白云区的呢") which that department does not have —
said not to be there, never the previous turn's figure, another department's total or every department's
figures. All tables are fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session
from tests.conftest import converse, engine_over

# a department of two funding units, in the seed's layout
_UNITS = """项目支出绩效目标表（含转移支付项目）

部门名称：青禾县林业局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 96.00 96.00

青禾县林业局 56.00 56.00

    森林防火巡护经费 56.00 56.00

开展重点林区防火巡护和火情监测。

1、1-产出指标,11-数量指标,巡护天数；实施周期指标值:≥300天,年度指标值:≥300天;

青禾县林业技术推广站 40.00 40.00

    林木良种推广经费 40.00 40.00

推广林木良种和造林实用技术。

1、1-产出指标,11-数量指标,推广面积；实施周期指标值:≥2000亩,年度指标值:≥2000亩;
"""


def test_an_ordinal_past_the_units_listed_is_not_there(engine: Engine) -> None:
    s = Session()
    listed = engine.ask("青禾县林业局有几个单位", s)
    assert listed.status == "answered" and "林业技术推广站" in listed.text, listed.text
    answer = engine.ask("第四个单位的经费", s)
    assert answer.status == "unknown" and "只有 2 项" in answer.text and "234.98" not in answer.text, answer.text


def _purchases(path: Path) -> None:
    """A county's 政府购买服务预算表: departments merged over their rows, each closed by a 小计 above them."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "政府购买服务"
    ws.append(["青禾县2025年政府购买服务预算表"])
    ws.append([None, None, None, None, None, None, None, "单位：元"])
    ws.append(["部门（单位）名称", "项目名称", "购买服务内容", "服务类别", "承接主体类型", "预算金额", None, None])
    ws.append([None, None, None, None, None, "合计", "财政拨款", "其他资金"])
    ws.append(["合计", None, None, None, None, 6130000, 5880000, 250000])
    ws.append(["青禾县民政局 小计", None, None, None, None, 4310000, 4060000, 250000])
    ws.append(["青禾县民政局", "居家养老上门服务", "为失能半失能老人提供上门照护", "养老服务", "社会组织", 2750000, 2500000, 250000])
    ws.append([None, "困难群众探访关爱", "对分散供养特困人员定期探访", "社会救助服务", "社会组织", 1560000, 1560000, 0])
    ws.append(["青禾县卫生健康局 小计", None, None, None, None, 1820000, 1820000, 0])
    ws.append(["青禾县卫生健康局", "家庭医生签约服务", "为签约居民提供健康管理", "医疗服务", "事业单位", 1200000, 1200000, 0])
    ws.append([None, "心理健康热线运营", "心理援助热线坐席服务", "技术性服务", "企业", 620000, 620000, 0])
    for cells in ("A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "A7:A8", "A10:A11"):
        ws.merge_cells(cells)
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    from tests.conftest import SEED

    folder: Path = tmp_path_factory.mktemp("conv52_follow")
    _purchases(folder / "青禾县_2025年_政府购买服务预算表.xlsx")
    (folder / "青禾县林业局_2025_项目支出绩效目标表.txt").write_text(_UNITS, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [SEED, folder])


def test_another_department_named_for_the_thing_shown(engine: Engine) -> None:
    first = converse(engine, "民政局居家养老上门服务")
    assert first.status == "answered" and "2750000" in first.text, first.text
    answer = converse(engine, "民政局居家养老上门服务", "白云区的呢")
    assert answer.status != "answered" and "234.98" not in answer.text, answer.text
