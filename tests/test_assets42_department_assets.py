"""Round 42, a place's 部门国有资产占用情况表 of several departments, each a 小计 line over its units, a 合计 line, and
money columns under a header spanning two rows (资产总额 / 流动资产 / 固定资产 › 小计, 其中 … / 无形资产 …), on a
fictional table of another place, other departments and units, and other sub-columns under 其中 than the published
one (tests/data/general68).

Classes:
- a department said by its name's rule-derived short forms: the first characters of its words (文广旅局 of
  文化广电旅游局, which the vocabulary shortens otherwise), the last word of a merged name (水利局 of 农业农村和水利局),
  said in full with its 和 (农业农村和水利局) — never read as a department not loaded;
- a unit said by a piece of its name printed as it is (工程建设中心 of 水利工程建设中心) is that unit, never another
  whose leading words read so with its characters in another order (建设工程造价管理中心's 建设中心); a run both are
  equally close to (建设中心 alone) is asked back, and the reply answers the unit chosen;
- a sub-column under 其中 said with the word of what the table counts (专用设备资产, 土地资产): that column, never the
  固定资产 小计 beside it, of a department, a unit or the 合计;
- the departments said together (这几个部门) with a sum: the 合计 line, never a count of them;
- a unit's line of this table and its projects of the department's 项目支出绩效目标表 asked side by side ("…项目经费和
  资产总额分别多少", "…资产总额多少，项目经费又是多少"), or its line beside a project named ("…的资产总额和X经费"):
  each side asked on its own, both listed with their sources;
- a thing the table does not print asked of a line where nothing else holds it (a unit no other table lists asked a
  word no label prints: 在建工程; a department asked in the table's year, none of its own tables of that year:
  项目预算): unknown naming the columns the table has — never a question back listing its lines, nor the line's
  other figures."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, CLARIFY, UNKNOWN, Engine

openpyxl = pytest.importorskip("openpyxl")

# department -> its units (name, 资产总额, 流动资产, 固定资产小计, 土地, 房屋及构筑物, 专用设备, 无形资产, 长期投资)
_DEPTS = {
    "柏溪县文化广电旅游局": [
        ("柏溪县文化广电旅游局（本级）", 2100.5, 800.2, 1250.3, 300.0, 820.0, 90.1, 50.0, 0),
        ("柏溪县博物馆", 3300.0, 210.0, 3050.0, 900.0, 1900.0, 212.4, 40.0, 0),
    ],
    "柏溪县农业农村和水利局": [
        ("柏溪县农业农村和水利局（本级）", 4200.0, 1500.0, 2600.0, 700.0, 1600.0, 133.3, 100.0, 0),
        ("柏溪县水利工程建设中心", 1777.7, 520.0, 1230.0, 0.0, 950.0, 61.7, 27.7, 0),
        ("柏溪县农机推广站", 640.0, 200.0, 420.0, 0.0, 300.0, 88.8, 20.0, 0),
    ],
    "柏溪县住房和城乡建设局": [
        ("柏溪县住房和城乡建设局（本级）", 5100.0, 2100.0, 2700.0, 900.0, 1500.0, 44.4, 100.0, 200.0),
        ("柏溪县建设工程造价管理中心", 980.0, 310.0, 655.0, 0.0, 500.0, 23.3, 15.0, 0),
    ],
}


def _row(ws, r: int, label: str, figures) -> None:
    ws.cell(r, 2, label)
    for c, v in enumerate(figures, 3):
        ws.cell(r, c, round(v, 2))


def _sums(units) -> list[float]:
    return [round(sum(u[k] for u in units), 2) for k in range(1, 9)]


def _make(path) -> None:
    """柏溪县2024年度部门国有资产占用情况表: 序号 | 单位名称 | 资产总额 | 流动资产 | 固定资产 (小计, 其中：土地, 房屋及构筑物,
    专用设备) | 无形资产 | 长期投资, the header over two rows; 合计, then each department's 小计 and its units."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资产占用表"
    ws["A1"] = "柏溪县2024年度部门国有资产占用情况表"
    ws.merge_cells("A1:J1")
    ws["A2"], ws["J2"] = "填报日期：2024年12月31日", "单位：万元"
    for c, head in enumerate(("序号", "单位名称", "资产总额", "流动资产", "固定资产", None, None, None, "无形资产", "长期投资"), 1):
        if head:
            ws.cell(3, c, head)
    for c, head in enumerate(("小计", "其中：土地", "房屋及构筑物", "专用设备"), 5):
        ws.cell(4, c, head)
    ws.merge_cells("E3:H3")
    for c in (1, 2, 3, 4, 9, 10):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    every = [u for us in _DEPTS.values() for u in us]
    _row(ws, 5, "合计", _sums(every))
    r, seq = 6, 0
    for dept, units in _DEPTS.items():
        _row(ws, r, f"{dept}小计", _sums(units))
        r += 1
        for unit in units:
            seq += 1
            ws.cell(r, 1, seq)
            _row(ws, r, unit[0], unit[1:])
            r += 1
    wb.save(path)


def _indicators(name: str, amount: str) -> str:
    return (f"1、1-产出指标,11-数量指标,{name}完成数量；实施周期指标值:≥3个,年度指标值:≥3个;,2、1-产出指标,14-成本指标,"
            f"{name}成本；实施周期指标值:≤{amount}万元,年度指标值:≤{amount}万元;,3、3-满意度指标,31-服务对象满意度,"
            "群众满意度；实施周期指标值:≥90%,年度指标值:≥90%;")


def _project(name: str, amount: str) -> str:
    return f"    {name} {amount} {amount}\n\n保障{name[:6]}工作顺利开展。\n\n\n{_indicators(name[:4], amount)}\n\n"


# 柏溪县农业农村和水利局's 项目支出绩效目标表 in the published text layout: its own projects, then its
# 水利工程建设中心's (a funding unit, its 小计 line first)
_TARGETS = ("项目支出绩效目标表（含转移支付项目）\n\n部门名称：柏溪县农业农村和水利局(部门) 单位：万元\n\n"
            "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n合计 310.00 310.00\n\n"
            "柏溪县农业农村和水利局 120.00 120.00\n\n" + _project("农田灌溉渠道维护经费", "120.00")
            + "柏溪县水利工程建设中心 190.00 190.00\n\n" + _project("小型水库除险加固经费", "160.00")
            + _project("水利工程质量检测经费", "30.00"))


@pytest.fixture(scope="module")
def baixi(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("assets42")
    _make(folder / "柏溪县_2024年度_部门国有资产占用情况表.xlsx")
    (folder / "柏溪县农业农村和水利局_2026年_项目支出绩效目标表.txt").write_text(_TARGETS, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder / "柏溪县_2024年度_部门国有资产占用情况表.xlsx",
                                              folder / "柏溪县农业农村和水利局_2026年_项目支出绩效目标表.txt"])


def _asked(engine: Engine, *questions: str):
    answer = converse(engine, *questions)
    assert answer.status == ANSWERED, answer.text
    return answer


def test_the_table_is_read_as_departments_and_units(baixi: Engine) -> None:
    answer = _asked(baixi, "博物馆资产总额")
    assert "3300" in answer.text and "5400.5" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("文广旅局资产总额多少", "5400.5", "2100.5"),  # the first characters of 文化 广电 旅游
    ("农业农村和水利局的专用设备资产合计", "283.8", "133.3"),  # said in full, 和 and all: its 小计
    ("水利局资产总额", "6617.7", "4200"),  # the last word of the merged name
])
def test_a_department_by_its_derived_short_forms(baixi: Engine, question: str, said: str, not_said: str) -> None:
    answer = _asked(baixi, question)
    assert said in answer.text and not_said not in answer.text, answer.text


def test_a_unit_by_a_piece_of_its_name_never_another_in_another_order(baixi: Engine) -> None:
    answer = _asked(baixi, "工程建设中心固定资产")
    assert "1230" in answer.text and "655" not in answer.text, answer.text
    answer = _asked(baixi, "农机站和工程建设中心固定资产加起来")
    assert "1650" in answer.text and "655" not in answer.text, answer.text


def test_a_run_two_units_are_equally_close_to_is_asked_back(baixi: Engine) -> None:
    """建设中心: printed as it is in 水利工程建设中心, and the leading word and kind of 建设工程造价管理中心: asked back,
    or both listed each with its own figure (a word naming rows equally is never one of them answered)."""
    answer = converse(baixi, "建设中心固定资产")
    assert answer.status in (CLARIFY, ANSWERED) and "水利工程建设中心" in answer.text \
        and "建设工程造价管理中心" in answer.text, answer.text
    if answer.status == ANSWERED:
        assert "1230" in answer.text and "655" in answer.text, answer.text
        return
    answer = _asked(baixi, "建设中心固定资产", "2")
    assert "655" in answer.text and "1230" not in answer.text, answer.text
    answer = _asked(baixi, "建设中心固定资产", "1")
    assert "1230" in answer.text and "655" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("合计里专用设备资产一共多少", "654", "11905.3"),  # the 合计 line's column under 其中, never its 固定资产 小计
    ("博物馆的土地资产", "900", "3050"),
    ("住建局房屋及构筑物资产", "2000", "3355"),
])
def test_a_column_under_its_whole_said_with_the_tables_word(baixi: Engine, question: str, said: str,
                                                             not_said: str) -> None:
    answer = _asked(baixi, question)
    assert said in answer.text and not_said not in answer.text, answer.text


def test_the_departments_said_together_are_added_never_counted(baixi: Engine) -> None:
    answer = _asked(baixi, "柏溪这几个部门资产总额合计多少")
    assert "18098.2" in answer.text and "3 个部门" not in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "水利工程建设中心项目经费和资产总额分别多少",
    "水利工程建设中心资产总额多少，项目经费又是多少",
])
def test_a_units_line_and_its_projects_side_by_side(baixi: Engine, question: str) -> None:
    answer = _asked(baixi, question)
    assert "1777.7" in answer.text and "190" in answer.text, answer.text
    assert "资产占用情况表" in answer.text and "项目支出绩效目标表" in answer.text, answer.text


def test_a_units_line_beside_a_project_named(baixi: Engine) -> None:
    answer = _asked(baixi, "农机站的资产总额和灌溉渠道维护经费")
    assert "640" in answer.text and "120" in answer.text, answer.text


@pytest.mark.parametrize(("question", "not_said"), [
    ("博物馆的在建工程", "3300"),  # (建工 of 在建工程 is no piece of 建设工程造价管理中心's name)
    ("博物馆负债多少", "3300"),
    ("农业农村和水利局2024年的项目预算多少", "6617.7"),  # its projects' table is of 2026
    ("文广旅局2024年项目经费多少", "5400.5"),
])
def test_a_thing_the_table_lacks_is_said_missing(baixi: Engine, question: str, not_said: str) -> None:
    answer = converse(baixi, question)
    assert answer.status == UNKNOWN and not_said not in answer.text and "资产总额" in answer.text, answer.text
