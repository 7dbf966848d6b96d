"""Round 20 (seed38), the bundled seed's format asked in staff's words: a project added after the sum word
("这两个加起来呢 跟B"); "包括哪些开支" after a project (what its texts say it covers, never the table's total);
"项目支出包括哪些" (the projects, not the total); "超过全局平均数" with the department named; "为什么要…" (the
project's goal); "X有没有超过70万" (X against the bound, not the other projects past it); "档案馆的项目里哪个跟车
有关" (the department is the scope, 车 the thing searched); "年度指标值是100%的有哪些" (a filter on that kind of
value); "不对，我问的是X"; "它占总预算的比例多少" → "Y呢" (Y's share); "各项目占比". All tables are fictional."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

_TABLE = """项目支出绩效目标表（含转移支付项目）

部门名称：岚溪区档案馆(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 163.40 158.40 5.00

岚溪区档案馆 163.40 158.40 5.00

    档案数字化加工经费 72.00 72.00

完成馆藏纸质档案数字化扫描和著录，建成数字档案室。

1、1-产出指标,11-数量指标,数字化扫描档案页数；实施周期指标值:≥120万页,年度指标值:≥40万页;,2、1-产出指
标,12-质量指标,著录差错率；实施周期指标值:≤1%,年度指标值:≤1%;,3、1-产出指标,12-质量指标,扫描图像合格率；实施周期指
标值:100%,年度指标值:98%;

    档案库房运行维护经费 41.40 41.40

保障档案库房恒温恒湿运行，包括空调维保、消防检测、除湿设备更换等。

1、1-产出指标,14-成本指标,库房运维费用；实施周期指标值:≤41.4万元,年度指标值:≤41.4万元;,2、2-效益指标,
24-可持续影响,馆藏档案安全；实施周期指标值:无档案损毁,年度指标值:无档案损毁;,3、1-产出指标,12-质量指标,库房巡查
覆盖率；实施周期指标值:95%,年度指标值:100%;

    聘请安保服务经费 30.00 30.00

聘请保安公司派驻4名保安，负责馆区24小时值守，防范档案失窃。

1、1-产出指标,11-数量指标,派驻保安人数；实施周期指标值:4名,年度指标值:4名;,2、3-满意度指标,31-服务对象满
意度,查档群众满意度；实施周期指标值:≥90%,年度指标值:≥90%;

    档案编研出版经费 20.00 15.00 5.00

编写出版地方史料汇编。

1、1-产出指标,11-数量指标,出版史料汇编；实施周期指标值:2册,年度指标值:1册;
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("seed38")
    (root / "docs").mkdir()
    (root / "docs" / "岚溪区_档案馆_2026_项目支出绩效目标表.txt").write_text(_TABLE, encoding="utf-8")
    return engine_over(root / "kb.sqlite", [root / "docs"])


def _ask(engine: Engine, *turns: str) -> tuple[str, str]:
    answer = converse(engine, *turns)
    return answer.text, answer.status


@pytest.mark.parametrize("second", ["这两个加起来呢 跟档案库房运行维护经费", "加起来多少，和库房运维经费"])
def test_a_project_added_after_the_sum_word(engine, second):
    text, status = _ask(engine, "安保服务经费多少", second)
    assert status == "answered" and "71.40" in text


@pytest.mark.parametrize("second", ["包括哪些开支", "主要包括哪些费用"])
def test_what_a_project_covers_after_it(engine, second):
    text, status = _ask(engine, "库房运维经费", second)
    assert status == "answered" and "消防检测" in text and "163.40" not in text


@pytest.mark.parametrize("question", ["档案馆项目支出包括哪些", "项目支出都包括哪些项目"])
def test_what_the_spending_is_made_of(engine, question):
    text, status = _ask(engine, question)
    assert status == "answered" and "档案编研出版经费" in text and "聘请安保服务经费" in text


def test_above_the_average_with_the_department_named(engine):
    text, status = _ask(engine, "档案馆有几个项目超过全局平均数")
    assert status == "answered" and "2" in text and "档案数字化加工经费" in text


def test_why_it_is_done_is_its_goal(engine):
    text, status = _ask(engine, "安保服务经费", "为什么要请保安")
    assert status == "answered" and "防范档案失窃" in text


@pytest.mark.parametrize(("question", "verdict"), [("安保服务经费有没有超过40万", "不是"), ("档案编研出版经费是不是不到25万", "是的"),
                                                   ("库房运维经费超过40万了吗", "是的")])
def test_a_named_project_against_a_bound(engine, question, verdict):
    text, status = _ask(engine, question)
    assert status == "answered" and text.startswith(verdict) and "档案数字化加工经费" not in text


def test_the_department_scoping_a_search_is_not_searched(engine):
    text, status = _ask(engine, "档案馆的项目里哪个跟车有关")
    assert status != "answered" or "档案馆" not in text.splitlines()[0]
    text, status = _ask(engine, "档案馆的项目里哪个跟保安有关")
    assert status == "answered" and "聘请安保服务经费" in text and "档案数字化加工经费" not in text


@pytest.mark.parametrize(("question", "held", "not_held"), [
    ("年度指标值是100%的有哪些", "库房巡查覆盖率", "扫描图像合格率"),
    ("档案馆实施周期指标值是100%的有哪些", "扫描图像合格率", "库房巡查覆盖率")])
def test_values_of_one_kind_holding_a_number(engine, question, held, not_held):
    text, status = _ask(engine, question)
    assert status == "answered" and held in text and not_held not in text


@pytest.mark.parametrize("correction", ["不对，我问的是档案编研出版经费", "搞错了 是档案编研出版经费"])
def test_a_correction_names_the_project_meant(engine, correction):
    text, status = _ask(engine, "安保服务经费多少", correction)
    assert status == "answered" and "20.00" in text and "著录" not in text


def test_a_share_worked_out_is_asked_again_of_the_next_project(engine):
    text, status = _ask(engine, "安保服务经费", "它占全局比例多少", "编研出版经费呢")
    assert status == "answered" and "12.24%" in text


def test_each_projects_share(engine):
    text, status = _ask(engine, "档案馆各项目资金占比")
    assert status == "answered" and all(x in text for x in ("44.06%", "25.34%", "18.36%", "12.24%"))


def test_the_projects_counted_then_average(engine):
    text, status = _ask(engine, "四个项目平均多少")
    assert status == "answered" and "40.85" in text
    text, status = _ask(engine, "三个项目平均多少")
    assert "40.85" not in text  # not the four projects' average


@pytest.mark.parametrize("turns", [("档案编研出版经费", "占编研出版和安保服务两个项目合计的多少"),
                                   ("编研出版经费占编研出版经费和安保服务经费合计的百分之几",),
                                   ("编研出版经费占编研出版经费加安保服务经费的比例",)])
def test_a_part_of_a_sum_of_projects(engine, turns):
    text, status = _ask(engine, *turns)
    assert status == "answered" and "40.00%" in text and "50.00万元（" not in text


@pytest.mark.parametrize("second", ["包括哪些", "都包括哪些项目"])
def test_what_a_department_total_is_made_of(engine, second):
    text, status = _ask(engine, "档案馆一共多少钱", second)
    assert status == "answered" and "档案编研出版经费" in text and "聘请安保服务经费" in text
