"""Round-12 follow-up classes, each on tables written here (names and figures of their own):

- "比五十万多的有哪几个": 比 + an amount + a comparative is a strict bound (gt/lt), never equality;
- "三个加起来" after figures answered over several turns: the last three figures, summed with each addend
  shown; never the department's total;
- "X还有多少没执行" of a table printing a 未执行数 column: that printed figure, not 调整后预算 less it;
- "它的第三个指标是啥": the third indicator in the order the list shows, alone;
- "非遗传承补助实际发了多少钱": a sub-item named by part of an indicator name is not the project's amount.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine

_CULTURE = """项目支出绩效目标表（含转移支付项目）

部门名称：檀溪县文化广电旅游局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 206.70 206.70

檀溪县文化广电旅游局 206.70 206.70

    群众文化活动经费 80.00 80.00

组织开展送戏下乡、广场舞展演等群众文化活动，丰富城乡居民精神文化生活。

1、3-满意度指标,31-服务对象满意度,观众满意度；实施周期指标值:≥90%,年度指标值:≥90%;,2、1-产出指标,11-数量指标,\
送戏下乡场次；实施周期指标值:≥60场,年度指标值:≥60场;,3、2-效益指标,22-社会效益,公共文化服务均等化；实施周期指标值:\
城乡文化服务差距缩小,年度指标值:乡镇全覆盖;,4、1-产出指标,13-时效指标,活动按期完成率；实施周期指标值:100%,年度指标值:\
100%;,5、1-产出指标,12-质量指标,演出节目审核通过率；实施周期指标值:100%,年度指标值:100%;

    非遗保护传承经费 45.50 45.50

开展非物质文化遗产普查、传承人认定和传习活动，保护传承地方传统文化。

1、1-产出指标,11-数量指标,非遗项目普查数量；实施周期指标值:≥40项,年度指标值:≥40项;,2、1-产出指标,13-时效指标,\
非遗传承补助发放及时率；实施周期指标值:100%,年度指标值:100%;,3、3-满意度指标,31-服务对象满意度,传承人满意度；\
实施周期指标值:≥92%,年度指标值:≥92%;

    文化馆编外人员工资经费 66.00 66.00

保障文化馆编外人员工资按时足额发放。

1、1-产出指标,13-时效指标,工资发放及时率；实施周期指标值:100%,年度指标值:100%;

    文化馆编外人员公用经费 3.20 3.20

保障文化馆编外人员日常办公运转。

1、1-产出指标,12-质量指标,经费使用合规率；实施周期指标值:100%,年度指标值:100%;

    图书采购经费 12.00 12.00

为县图书馆采购新书，充实馆藏。

1、1-产出指标,11-数量指标,新增藏书册数；实施周期指标值:≥6000册,年度指标值:≥6000册;
"""


def _execution_with_left(path: Path) -> None:
    """檀溪县水利局, 万元: a half-year execution table whose 执行数 spans 一季度/二季度/累计 on a second header
    row, then 执行率 and its own 未执行数 column."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "执行分析"
    ws["A1"] = "檀溪县水利局2025年上半年预算执行情况表"
    ws["G2"] = "单位：万元"
    for c, h in enumerate(["支出项目", "年初预算数", "调整后预算数", "执行数", None, None, "执行率", "未执行数"], 1):
        if h:
            ws.cell(3, c, h)
    for c, h in ((4, "一季度"), (5, "二季度"), (6, "累计")):
        ws.cell(4, c, h)
    for cells in ("A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "H3:H4", "A1:H1"):
        ws.merge_cells(cells)
    rows = [("合计", 900, 930, 170.2, 218.4, 388.6, 0.417849, 541.4),
            ("人员经费", 520, 520, 120.5, 130.8, 251.3, 0.483269, 268.7),
            ("河道清淤项目", 380, 410, 49.7, 87.6, 137.3, 0.334878, 272.7)]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(path)


def _execution_without_left(path: Path) -> None:
    """檀溪县林业局, 万元: 调整后预算数 and 执行数 only, no 未执行 column."""
    rows = [("合计", 300, 175), ("森林防火经费", 180, 121), ("苗木采购经费", 120, 54)]
    simple_table(path, "执行", "檀溪县林业局2025年上半年预算执行情况表", "C2", "单位：万元",
                 ["支出项目", "调整后预算数", "执行数"], rows)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:

    d = tmp_path_factory.mktemp("post12_tables")
    (d / "culture.txt").write_text(_CULTURE, encoding="utf-8")
    _execution_with_left(d / "shuili.xlsx")
    _execution_without_left(d / "linye.xlsx")
    return engine_over(tmp_path_factory.mktemp("post12_db") / "kb.sqlite", [d])


def _figure(figure: str, text: str) -> bool:
    """The figure as a number of its own in the text ("6" is not inside 66 or 6000)."""
    return re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", text) is not None


# -- 1. 比N多 / 比N少 with a Chinese numeral amount -----------------------------------------------------

def test_more_than_a_chinese_amount_after_a_count_is_a_strict_bound(engine):
    a = _ask(engine, "一共几个项目", "比五十万多的有哪几个")
    assert a.status == "answered", a.text
    assert "群众文化活动经费" in a.text and "文化馆编外人员工资经费" in a.text, a.text
    assert "非遗保护传承经费" not in a.text and "图书采购经费" not in a.text, a.text


def test_less_than_as_a_fresh_question_is_a_strict_bound(engine):
    a = _ask(engine, "经费比十五万少的项目")
    assert a.status == "answered", a.text
    assert "图书采购经费" in a.text and "文化馆编外人员公用经费" in a.text, a.text
    assert "群众文化活动经费" not in a.text and "非遗保护传承经费" not in a.text, a.text


# -- 2. "三个加起来" over the last figures answered -------------------------------------------------------

def test_three_added_up_sums_the_figures_of_the_last_turns(engine):
    a = _ask(engine, "图书采购经费", "那编外人员两项呢", "三个加起来")
    assert a.status == "answered", a.text
    assert _figure("81.20", a.text), a.text  # 12 + 66 + 3.2, not the department's 206.70
    assert "206.7" not in a.text and all(_figure(x, a.text) for x in ("12.00", "66.00", "3.20")), a.text


def test_these_three_summed_after_three_single_answers(engine):
    a = _ask(engine, "图书采购经费", "非遗保护传承经费", "群众文化活动经费", "这三个一共多少")
    assert a.status == "answered" and _figure("137.50", a.text), a.text


def test_three_added_up_after_two_figures_is_not_answered(engine):
    a = _ask(engine, "图书采购经费", "非遗保护传承经费", "三个加起来")
    assert a.status != "answered" or "206.7" not in a.text, a.text
    assert not _figure("57.50", a.text), a.text


# -- 3. 还有多少没执行 where the table prints 未执行数 ---------------------------------------------------

def test_what_is_left_is_the_printed_column(engine):
    a = _ask(engine, "檀溪水利局河道清淤项目还有多少没执行")
    assert a.status == "answered" and _figure("272.7", a.text), a.text
    assert not _figure("137.3", a.text), a.text  # 410 − 272.7 subtracts the 未执行 column itself


def test_what_is_left_without_such_a_column_is_budget_less_done(engine):
    a = _ask(engine, "檀溪林业局苗木采购经费还有多少没执行")
    assert a.status == "answered" and _figure("66", a.text), a.text  # 120 − 54


# -- 4. "它的第三个指标" ----------------------------------------------------------------------------------

def test_the_third_indicator_of_a_project_alone(engine):
    a = _ask(engine, "群众文化活动经费", "它的第三个指标是啥")
    assert a.status == "answered" and "公共文化服务均等化" in a.text, a.text
    assert "送戏下乡场次" not in a.text and "演出节目审核通过率" not in a.text, a.text


def test_an_indicator_past_the_end_is_said_so(engine):
    a = _ask(engine, "非遗保护传承经费的第五个指标是什么")
    assert a.status != "answered", a.text
    assert "传承人满意度" not in a.text, a.text


# -- 5. a sub-item named by part of an indicator is not the project's amount --------------------------------

def test_a_sub_item_is_not_its_projects_amount(engine):
    a = _ask(engine, "檀溪非遗传承补助实际发了多少钱")
    assert not (a.status == "answered" and _figure("45.50", a.text)), a.text
    a = _ask(engine, "非遗传承补助花了多少钱")
    assert not (a.status == "answered" and _figure("45.50", a.text)), a.text


def test_the_project_itself_still_has_its_amount(engine):
    a = _ask(engine, "非遗保护经费多少")
    assert a.status == "answered" and _figure("45.50", a.text), a.text
