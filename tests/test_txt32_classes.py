"""Round 32, seed-format text tables with two units (the department's own 本级 rows, then a unit's rows):
a short name two projects share said with an
indicator only one has, the unit said beside a project, "its" of a unit, 本级 after a name, the whole
department as a share's whole, the two units set against each other, a per-head word inside an indicator's
name, how long (a 时限 indicator), what a purchase buys, and what the table does not hold (型号, 男女).
All tables are fictional."""

from __future__ import annotations

import pytest

from bot.engine import Engine, Session
from tests.conftest import engine_over

_TABLE = """项目支出绩效目标表（含转移支付项目）

部门名称：青川县水利局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 231.00 231.00

青川县水利局 168.00 168.00

    智慧水务平台维保经费 22.00 22.00

保障智慧水务平台、水情会商系统和水位监测设备全年正常运行，开展系统巡检和故障维修。

1、1-产出指标,11-数量指标,平台巡检次数；实施周期指标值:12次,年度指标值:12次;,2、1-产出指标,13-时效指标,
故障响应时间；实施周期指标值:≤4小时,年度指标值:≤4小时;,3、1-产出指标,13-时效指标,设备故障修复时限；
实施周期指标值:≤12小时,年度指标值:≤12小时;,4、3-满意度指标,31-服务对象满意度,使用单位满意度；
实施周期指标值:≥90%,年度指标值:≥90%;

    智慧水务平台扩容改造经费 64.00 64.00

对智慧水务平台进行扩容改造，新增水位监测站点和山洪预警模块。

1、1-产出指标,11-数量指标,新增水位监测站点；实施周期指标值:≥35个,年度指标值:≥35个;,2、1-产出指标,13-时效指标,
项目完工时间；实施周期指标值:2026年9月底前,年度指标值:2026年9月底前;,3、3-满意度指标,31-服务对象满意度,
乡镇水管站满意度；实施周期指标值:≥88%,年度指标值:≥88%;

    河湖巡查专项经费 30.00 30.00

落实河湖长制，开展河湖日常巡查和岸线清理。

1、1-产出指标,11-数量指标,河湖巡查次数；实施周期指标值:≥200次,年度指标值:≥200次;,2、1-产出指标,14-成本指标,
河湖巡查工作成本；实施周期指标值:≤30万元,年度指标值:≤30万元;,3、3-满意度指标,
31-服务对象满意度,沿河群众满意度；实施周期指标值:≥92%,年度指标值:≥92%;

    水利工程管理培训经费 12.00 12.00

对水利工程管理人员和基层水管员开展业务培训。

1、1-产出指标,11-数量指标,培训人次；实施周期指标值:≥600人次,年度指标值:≥600人次;,2、1-产出指标,14-成本指标,
人均培训成本；实施周期指标值:≤200元,年度指标值:≤200元;,3、1-产出指标,13-时效指标,整改报告报送时限；
实施周期指标值:培训结束后15个工作日内,年度指标值:培训结束后15个工作日内;

    防汛物资购置经费 40.00 40.00

为县防汛抢险队购置冲锋舟、大功率抽水泵、救生衣等防汛物资，补充县级防汛物资储备。

1、1-产出指标,11-数量指标,购置冲锋舟；实施周期指标值:3艘,年度指标值:3艘;,2、3-满意度指标,31-服务对象满意度,
抢险队员满意度；实施周期指标值:≥95%,年度指标值:≥95%;

青川县水文水资源勘测站 63.00 63.00

    河湖巡查专项经费 18.00 18.00

组织水文勘测站技术人员开展重点河段水文巡测和河湖水质巡查。

1、1-产出指标,11-数量指标,水文巡测次数；实施周期指标值:≥48次,年度指标值:≥48次;,2、1-产出指标,14-成本指标,
巡测成本；实施周期指标值:≤18万元,年度指标值:≤18万元;

    水文监测设备购置经费 45.00 45.00

购置雨量计、水位计、流速仪等水文监测设备，更新老旧测站设备。

1、1-产出指标,11-数量指标,购置水位计；实施周期指标值:10台,年度指标值:10台;,2、1-产出指标,13-时效指标,
设备安装完成时间；实施周期指标值:2026年10月底前,年度指标值:2026年10月底前;
"""

# another department's table of one unit: a name whose unknown word (快检) sits before a joining 及 (a guard
# for reading such words whole: 运 维 / 快 检 cut apart by the dictionary)
_OTHER = """项目支出绩效目标表（含转移支付项目）

部门名称：松岭县生态环境局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 55.00 55.00

    水质监督抽检经费 35.00 35.00

开展集中式饮用水水源地和重点河段水质监督抽检。

1、1-产出指标,11-数量指标,水质抽检批次；实施周期指标值:≥240批次,年度指标值:≥240批次;

    水质快检及化验室运行经费 20.00 20.00

保障水质快检设备和化验室日常运行。

1、1-产出指标,11-数量指标,快检样品数量；实施周期指标值:≥1200份,年度指标值:≥1200份;,2、1-产出指标,13-时效指标,
化验设备故障修复时限；实施周期指标值:≤24小时,年度指标值:≤24小时;
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("txt32")
    (root / "docs").mkdir()
    (root / "docs" / "青川县_水利局_2026_项目支出绩效目标表.txt").write_text(_TABLE, encoding="utf-8")
    (root / "docs" / "松岭县_生态环境局_2026_项目支出绩效目标表.txt").write_text(_OTHER, encoding="utf-8")
    return engine_over(root / "kb.sqlite", [root / "docs"])


def _ask(engine: Engine, *turns: str) -> tuple[str, str]:
    session = Session(build_id=engine.build_id)
    text, status = "", ""
    for turn in turns:
        answer = engine.ask(turn, session)
        text, status = answer.text, answer.status
    return text, status


def test_a_shared_short_name_with_an_indicator_only_one_project_has(engine):
    text, status = _ask(engine, "青川智慧水务要新增多少个水位监测站点")
    assert status == "answered" and "≥35个" in text
    _, status = _ask(engine, "青川智慧水务平台满意度")  # both have one: still asked which
    assert status == "clarify"


def test_the_unit_said_beside_a_project_is_no_word_of_its_texts(engine):
    text, status = _ask(engine, "青川水文勘测站的河湖巡查经费")
    assert status == "answered" and "18.00" in text and "30.00" not in text


def test_its_project_of_a_shared_name_is_the_one_under_its_unit(engine):
    text, status = _ask(engine, "青川水文勘测站的设备购置经费", "比它的河湖巡查经费多多少")
    assert status == "answered" and "27.00" in text


def test_own_level_after_a_name_in_a_follow_up(engine):
    text, status = _ask(engine, "青川防汛物资购置经费", "它的满意度指标", "河湖巡查（本级）的呢")
    assert status == "answered" and "沿河群众满意度" in text


def test_own_level_share_of_the_whole_department(engine):
    text, status = _ask(engine, "青川水利局本级占整个部门的比例")
    assert status == "answered" and "72.7" in text


def test_the_two_units_set_against_each_other(engine):
    text, status = _ask(engine, "青川两个单位差多少")
    assert status == "answered" and "105.00" in text


def test_a_per_head_word_inside_an_indicator_of_the_project_named(engine):
    text, status = _ask(engine, "青川水利工程培训人均成本")
    assert status == "answered" and "≤200元" in text
    _, status = _ask(engine, "青川河湖巡查人均成本")  # no such indicator: not the project's amount
    assert status == "unknown"


def test_how_long_is_the_time_limit_indicator_holding_the_words(engine):
    text, status = _ask(engine, "青川培训报告多久报送")
    assert status == "answered" and "15个工作日" in text


def test_what_a_purchase_buys_is_read_in_its_goal(engine):
    text, status = _ask(engine, "青川防汛物资都买些啥")
    assert status == "answered" and "冲锋舟" in text


@pytest.mark.parametrize("turns", [("青川防汛物资购置", "冲锋舟什么型号"), ("青川水利工程管理培训", "培训人次男的女的各多少")])
def test_what_the_table_does_not_hold_is_said(engine, turns):
    text, status = _ask(engine, *turns)
    assert status == "unknown", text


def test_an_example_said_before_the_name_is_of_the_kind_it_names(engine):
    text, status = _ask(engine, "冲锋舟那些防汛物资购置经费多少")
    assert status == "answered" and "40.00" in text
    text, status = _ask(engine, "挖掘机那些防汛物资购置经费多少")  # its goal names no such thing
    assert status != "answered" or "40.00" not in text


def test_a_word_cut_in_characters_before_a_joining_word(engine):
    text, status = _ask(engine, "松岭水质抽检和水质快检两个加一起多少")  # 快 / 检 / 及: the word is 快检
    assert status == "answered" and "55.00" in text


def test_how_long_said_in_everyday_words_is_the_time_limit_printed(engine):
    text, status = _ask(engine, "松岭化验设备坏了多长时间内修好")  # 坏了 / 修好: 故障 / 修复 of its name
    assert status == "answered" and "≤24小时" in text
    text, status = _ask(engine, "青川水情会商系统坏了多长时间内修好")  # 会商系统: said in its project's goal
    assert status == "answered" and "≤12小时" in text and "≤4小时" not in text
