"""Round 57, follow-ups on what a count or a list left: "绩效表有几个项目" (a kind of table said short, 绩效表, names
the 绩效目标表 — never a project whose name holds 绩效) → "那白沙水利局呢" (the same count of the department now
named); "有几个单位" (each unit's amount listed) → "分别多少钱" (the amounts of the list shown, item by item); and
"中职学生免学费补助多少" (a row of a spending table listed under its unit) → "它属于哪个单位" (the unit it is
listed under, never the whole department's rows). Tables fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.values import ANSWERED
from bot.engine import Engine
from tests.conftest import converse, engine_over

_FORESTRY = """项目支出绩效目标表（含转移支付项目）

部门名称：青禾县林业局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 121.00 121.00

青禾县林业局 56.00 56.00

    森林防火巡护经费 56.00 56.00

开展重点林区防火巡护和火情监测。

1、1-产出指标,11-数量指标,巡护天数；实施周期指标值:≥300天,年度指标值:≥300天;

青禾县林业技术推广站 65.00 65.00

    林木良种推广经费 40.00 40.00

推广林木良种和造林实用技术。

1、1-产出指标,11-数量指标,推广面积；实施周期指标值:≥2000亩,年度指标值:≥2000亩;

    绩效考核信息系统运维经费 25.00 25.00

维护林业绩效考核信息系统。

1、1-产出指标,11-数量指标,系统运行天数；实施周期指标值:≥360天,年度指标值:≥360天;
"""

_WATER = """项目支出绩效目标表（含转移支付项目）

部门名称：白沙县水利局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 50.00 50.00

白沙县水利局 50.00 50.00

    水库巡查经费 30.00 30.00

开展小型水库日常巡查。

1、1-产出指标,11-数量指标,巡护天数；实施周期指标值:≥200天,年度指标值:≥200天;

    河道保洁经费 20.00 20.00

保持河道水面清洁。

1、1-产出指标,12-质量指标,保洁覆盖率；实施周期指标值:≥95%,年度指标值:≥95%;
"""


def _details(path: Path) -> None:
    """A county's table of its departments' projects, each row listed under its unit (部门（单位）)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出预算明细表"
    ws.append(["青禾县2025年部门项目支出预算明细表"])
    ws.append(["编制单位：青禾县财政局", None, None, None, None, "单位：元"])
    ws.append(["序号", "部门（单位）", "项目名称", "项目类别", "金额合计", "经济分类"])
    ws.append([1, "青禾县卫生健康局", "村医补助经费", "专项业务类", 3200000, "对个人和家庭的补助"])
    ws.append([2, "青禾县卫生健康局", "妇幼保健服务经费", "专项业务类", 1800000, "委托业务费"])
    ws.append([3, "青禾县疾病预防控制中心", "疫苗冷链运维经费", "专项业务类", 950000, "维修（护）费"])
    ws.append([None, "青禾县卫生健康局 小计", None, None, 5950000, None])
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("conv57_follow")
    (folder / "青禾县林业局_2025_项目支出绩效目标表.txt").write_text(_FORESTRY, encoding="utf-8")
    (folder / "白沙县水利局_2025_项目支出绩效目标表.txt").write_text(_WATER, encoding="utf-8")
    _details(folder / "青禾县_2025年_项目支出预算明细表.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_kind_of_table_said_short_is_no_project(engine: Engine) -> None:
    first = converse(engine, "青禾林业局绩效表有几个项目")
    assert first.status == ANSWERED and "3" in first.text, first.text
    answer = converse(engine, "青禾林业局绩效表有几个项目", "那白沙水利局呢")
    assert answer.status == ANSWERED and "2" in answer.text and "3 个" not in answer.text, answer.text


def test_each_amount_of_the_units_just_listed(engine: Engine) -> None:
    listed = converse(engine, "青禾林业局有几个单位")
    assert listed.status == ANSWERED and "青禾县林业技术推广站" in listed.text, listed.text
    answer = converse(engine, "青禾林业局有几个单位", "分别多少钱")
    assert answer.status == ANSWERED and "56" in answer.text and "65" in answer.text, answer.text
    assert "青禾县林业技术推广站：65" in answer.text and "121" not in answer.text, answer.text
    # nothing listed before: still not told which items
    alone = converse(engine, "分别多少钱")
    assert alone.status != ANSWERED, alone.text


def test_the_unit_a_row_is_listed_under(engine: Engine) -> None:
    first = converse(engine, "疫苗冷链运维经费多少")
    assert first.status == ANSWERED and "950000" in first.text, first.text
    answer = converse(engine, "疫苗冷链运维经费多少", "它属于哪个单位")
    assert answer.status == ANSWERED and "青禾县疾病预防控制中心" in answer.text, answer.text
    assert "村医补助经费" not in answer.text and "5950000" not in answer.text, answer.text


def _progress(path: Path) -> None:
    """A county's progress table of its building projects: planned and completed investment, no 全年完成值."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "推进情况"
    ws.append(["青禾县2025年重点民生实事项目推进情况表"])
    ws.append(["填报单位：青禾县发展和改革局", None, None, None, "单位：万元"])
    ws.append(["序号", "项目名称", "计划投资（万元）", "累计完成投资（万元）", "完成投资比例", "执行单位"])
    ws.append([1, "青禾县第三幼儿园新建工程", 2400, 1320, "55.0%", "青禾县教育局"])
    ws.append([2, "青禾县城南污水处理厂扩建工程", 5600, 2870, "51.3%", "青禾县住建局"])
    ws.append([3, "青禾县老旧小区改造工程", 1900, 1710, "90.0%", "青禾县住建局"])
    wb.save(path)


@pytest.fixture(scope="module")
def progress(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("conv57_progress")
    (folder / "青禾县林业局_2025_项目支出绩效目标表.txt").write_text(_FORESTRY, encoding="utf-8")
    _progress(folder / "青禾县_2025年_重点民生实事项目推进情况表.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def test_done_asked_of_a_table_printing_completed_investment(progress: Engine) -> None:
    answer = converse(progress, "第三幼儿园新建工程完成了多少")
    assert answer.status == ANSWERED and "1320" in answer.text and "5600" not in answer.text, answer.text
    # the row chosen by the largest plan, then 它完成了多少: that row's completed investment
    it = converse(progress, "哪个项目计划投资最大", "它完成了多少")
    assert it.status == ANSWERED and "2870" in it.text and "1320" not in it.text, it.text


def _special_funds(path: Path) -> None:
    """A department's list of its special funds: no project table, a 合计 line of its own."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专项资金清单"
    ws.append(["红石县农牧局2026年部门专项资金管理清单"])
    ws.append(["单位：万元"])
    ws.append(["资金名称", "上年预算数", "本年预算数"])
    ws.append(["合计", 700, 812.5])
    ws.append(["耕地质量提升资金", 400, 452.5])
    ws.append(["草原生态保护补助资金", 300, 360])
    wb.save(path)


@pytest.fixture(scope="module")
def wholes(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("conv57_wholes")
    (folder / "青禾县林业局_2025_项目支出绩效目标表.txt").write_text(_FORESTRY, encoding="utf-8")
    _special_funds(folder / "红石县农牧局_2026_专项资金管理清单.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_whole_of_another_department_from_the_table_said(wholes: Engine) -> None:
    first = converse(wholes, "青禾林业局总预算")
    assert first.status == ANSWERED and "121" in first.text, first.text
    answer = converse(wholes, "青禾林业局总预算", "那红石县农牧局专项呢")
    assert answer.status == ANSWERED and "812.5" in answer.text and "121" not in answer.text, answer.text
    # a word naming none of its tables' total lines: not answered with another line
    other = converse(wholes, "青禾林业局总预算", "那红石县农牧局耕地呢")
    assert "812.5" not in other.text, other.text
    # the department alone says nothing of which table: its lacking a projects' total stays the answer
    alone = converse(wholes, "青禾林业局总预算", "那红石县农牧局呢")
    assert "812.5" not in alone.text, alone.text


def test_another_source_of_the_same_department(engine: Engine) -> None:
    first = converse(engine, "青禾林业局财政拨款多少")
    assert first.status == ANSWERED and "121" in first.text, first.text
    answer = converse(engine, "青禾林业局财政拨款多少", "其他资金呢")
    assert "青禾县林业局" in answer.text and "白沙县水利局" not in answer.text, answer.text


def _basic(path: Path) -> None:
    """A department's basic spending table: its 合计 row split into 人员经费 and 公用经费."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基本支出"
    ws.append(["青禾县交通运输局2025年一般公共预算基本支出表"])
    ws.append(["单位：万元"])
    ws.append(["科目编码", "科目名称", "合计", "人员经费", "公用经费"])
    ws.append([None, "合计", 905.4, 820.2, 85.2])
    ws.append(["301", "工资福利支出", 760.0, 760.0, None])
    ws.append(["302", "商品和服务支出", 85.2, None, 85.2])
    ws.append(["303", "对个人和家庭的补助", 60.2, 60.2, None])
    wb.save(path)


@pytest.fixture(scope="module")
def basic(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("conv57_basic")
    _basic(folder / "青禾县交通运输局_2025年_一般公共预算基本支出表.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def test_two_figures_added_checked_against_the_total(basic: Engine) -> None:
    answer = converse(basic, "交通局人员经费", "公用经费呢", "加起来对不对得上合计")
    assert answer.status == ANSWERED and "905.4" in answer.text and "相等" in answer.text, answer.text
