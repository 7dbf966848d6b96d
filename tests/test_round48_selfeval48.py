"""Round 48, the department-level self-evaluation (部门整体支出绩效自评表), on a small fictional workbook: 青溪县水利局's
2025 table — a funding block (年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 按支出性质：基本支出 / 项目支出) whose
key projects are printed "主要项目：X" on the first row and bare on the rows after it, then the indicator block and the
footer (填报人 …), beside another department's project table so that the workbook's rows are never the only projects.

Classes:
- a group's word leading a row label ("主要项目：X") names the group of the unlabelled rows that follow it until the
  next group or block: all of them are ranked ("哪个主要项目执行率最低", compared over every key project) and listed;
- a line indented under "按支出性质：基本支出" stands under the group 按支出性质, beside 基本支出, not under it;
- the indicator grid (一级/二级/三级指标 with 实际完成值) is the department's own indicators: counted ("一共有几个三级
  指标"), listed by class ("满意度指标有哪些") and, listed, ranked by what was done ("→ 哪个最低": 实际完成值), the
  target only when it is asked ("→ 最低的要求是多少");
- a place word naming two departments (青溪: 青溪县, whose 2026 table is a 国有资本经营预算, and 青溪县水利局) with a year
  only one of them holds a table of selects that one, never asked which; nor is its 2026 目标表 read for 2025."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, write_workbook
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

_SP = "\u3000"
_SELF = [
    ["2025年度部门整体支出绩效自评表"] + [None] * 8,
    ["部门名称：青溪县水利局（部门整体）", None, None, None, None, "单位：万元", None, None, None],
    ["年度预算执行情况（资金类别）", None, None, "预算执行情况", None, None, "评价", None, None],
    [None, None, None, "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
    ["年度资金总额", None, None, 5200, 5600, 5320, "95.00%", 10, 9.5],
    ["其中：当年财政拨款", None, None, 5000, 5400, 5140, "95.19%", "—", "—"],
    [_SP * 3 + "上年结转资金", None, None, "—", 200, 180, "90.00%", "—", "—"],
    ["按支出性质：基本支出", None, None, 1800, 1850, 1840, "99.46%", "—", "—"],
    [_SP * 6 + "项目支出", None, None, 3400, 3750, 3480, "92.80%", "—", "—"],
    ["主要项目：山塘水库除险加固工程", None, None, 900, 1000, 930, "93.00%", 2, 1.86],
    ["中小河流综合治理项目", None, None, 600, 650, 520, "80.00%", 2, 1.6],
    ["农村饮用水提标改造项目", None, None, 400, 420, 415, "98.81%", 2, 1.98],
    ["水土保持监测项目", None, None, 80, 90, 81, "90.00%", 2, 1.8],
    ["年度总体目标", None, "预期目标", None, None, "实际完成情况", None, None, None],
    [None, None, "完成山塘除险加固20座，治理中小河流15公里，农村供水保证率达到95%以上，群众满意度不低于90%。", None, None, "全年完成山塘除险加固21座，治理中小河流12公里，农村供水保证率96%，受益群众满意度87.2%。", None, None, None],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", None],
    ["产出指标", "数量指标", "山塘除险加固座数", "≥20座", "21座", 10, 10, None, None],
    [None, None, "河道治理长度", "≥15公里", "12公里", 10, 8, "汛期延长致施工推迟", None],
    ["效益指标", "社会效益指标", "农村供水保证率", "≥95%", "96%", 10, 10, None, None],
    [None, "生态效益指标", "水土流失治理面积", "≥8平方公里", "8.5平方公里", 10, 10, None, None],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "87.2%", 10, 9.5, "宣传不到位", None],
    [None, None, "用水户满意度", "≥90%", "93.1%", 10, 10, None, None],
    ["总分", None, None, None, None, 100, 96.9, "自评等级：优", None],
    ["填报人：林晓\u3000\u3000联系电话：0571-88886666\u3000\u3000填报日期：2026年3月2日"] + [None] * 8,
]
_MERGES = ("A1:I1", "A2:E2", "F2:I2", "A3:C4", "D3:F3", "G3:I3", *(f"A{r}:C{r}" for r in range(5, 14)),
           "A14:B15", "C14:E14", "F14:I14", "C15:E15", "F15:I15", "A17:A18", "B17:B18", "A19:A20", "A21:A22",
           "B21:B22", *(f"H{r}:I{r}" for r in range(16, 24)), "A23:E23", "A24:I24")

_COUNTY = [
    ["青溪县2026年国有资本经营预算收入表"],
    ["单位：万元"],
    ["项目", "2025年执行数", "2026年预算数"],
    ["利润收入", 800, 850],
    ["股利、股息收入", 120, 130],
    ["收入合计", 920, 980],
]

_GOAL = "保障年度工作任务顺利完成。"
_MARKS = [("11", "完成场次", "≥10场", "≥10场"), ("31", "群众满意度", "≥90%", "≥90%")]
_PROJECTS = render("青溪县水利局", "80.00 80.00", [
    Unit("青溪县水利局", "80.00 80.00", [Item("河道保洁专项经费", "50.00 50.00", _GOAL, _MARKS),
                                     Item("水文监测站运维经费", "30.00 30.00", _GOAL, _MARKS)]),
])


@pytest.fixture(scope="module")
def qingxi(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("selfeval48")
    book = write_workbook(folder / "青溪县水利局2025年度部门整体支出绩效自评表.xlsx", _SELF, _MERGES, sheet="部门整体支出绩效自评表")
    county = write_workbook(folder / "青溪县2026年国有资本经营预算收入表.xlsx", _COUNTY, ("A1:C1", "A2:C2"), sheet="收入表")
    projects = folder / "青溪县水利局2026年项目支出绩效目标表.txt"
    projects.write_text(_PROJECTS, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [book, county, projects])


def test_key_projects_ranked_all_of_the_group(qingxi: Engine) -> None:
    low = qingxi.ask("青溪水利局哪个主要项目执行率最低", record=False)
    assert low.status == ANSWERED
    assert "中小河流综合治理项目" in low.text and "80.00%" in low.text and "共比较 4 项" in low.text
    high = qingxi.ask("青溪水利局执行率最高的主要项目", record=False)
    assert "农村饮用水提标改造项目" in high.text and "98.81%" in high.text


def test_key_projects_listed(qingxi: Engine) -> None:
    answer = qingxi.ask("青溪水利局主要项目有哪些", record=False)
    assert answer.status == ANSWERED
    for name in ("山塘水库除险加固工程", "中小河流综合治理项目", "农村饮用水提标改造项目", "水土保持监测项目"):
        assert name in answer.text
    assert "上年结转资金" not in answer.text and "项目支出" not in answer.text


def test_line_under_a_group_word_stands_beside_its_first_line(qingxi: Engine) -> None:
    import sqlite3

    with sqlite3.connect(qingxi.db_path) as db:
        labels = {row[0] for row in db.execute("SELECT row_labels FROM facts WHERE sheet = '部门整体支出绩效自评表'")}
    assert "按支出性质\x1f项目支出" in labels and "按支出性质\x1f基本支出" in labels
    assert "主要项目\x1f水土保持监测项目" in labels and "主要项目\x1f山塘水库除险加固工程" in labels


def test_grid_counted_as_the_departments_indicators_of_the_year(qingxi: Engine) -> None:
    answer = qingxi.ask("青溪25年自评一共有几个三级指标", record=False)
    assert answer.status == ANSWERED
    assert "6 个" in answer.text and "8 个" not in answer.text  # (never with its 2026 目标表's two projects' four)


def test_listed_indicators_ranked_by_what_was_done(qingxi: Engine) -> None:
    listed = qingxi.ask("青溪25年自评的满意度指标有哪些", record=False)
    assert listed.status == ANSWERED and "受益群众满意度" in listed.text and "用水户满意度" in listed.text
    lowest = converse(qingxi, "青溪25年自评的满意度指标有哪些", "哪个最低")
    assert lowest.status == ANSWERED and "受益群众满意度" in lowest.text and "87.2%" in lowest.text
    target_next = converse(qingxi, "青溪25年自评的满意度指标有哪些", "最低的要求是多少")
    assert "经费最少" not in target_next.text and "万元" not in target_next.text  # (never the projects' money)
    asked = qingxi.ask("青溪25年自评哪个满意度指标最低", record=False)
    assert asked.status == ANSWERED and "受益群众满意度" in asked.text and "87.2%" in asked.text
    target = qingxi.ask("青溪25年自评哪个满意度指标的年度指标值最低", record=False)
    assert "≥90%" in target.text and "87.2%" not in target.text


def test_year_said_selects_the_department_holding_it(qingxi: Engine) -> None:
    answer = qingxi.ask("青溪25年自评的效益指标有哪些", record=False)
    assert answer.status == ANSWERED
    assert "农村供水保证率" in answer.text and "水土流失治理面积" in answer.text


def test_group_points_added_up_and_the_footer_fields(qingxi: Engine) -> None:
    points = qingxi.ask("青溪25年自评效益指标总分值多少", record=False)
    assert points.status == ANSWERED and "= 20分" in points.text and "农村供水保证率" in points.text
    who = qingxi.ask("青溪水利局自评表谁填的", record=False)
    assert who.status == ANSWERED and "林晓" in who.text
    when = qingxi.ask("青溪水利局自评表什么时候填的", record=False)
    assert "2026年3月2日" in when.text


def test_a_key_project_then_its_score(qingxi: Engine) -> None:
    answer = converse(qingxi, "青溪25年自评里中小河流综合治理项目执行率", "得了几分")
    assert answer.status == ANSWERED and "1.6" in answer.text


def test_group_word_on_flush_lines_ends_at_a_total() -> None:
    import openpyxl

    from bot.ingest.grid import worksheet_facts

    sheet = openpyxl.Workbook().active
    for row in (["2025年度部门整体支出绩效自评表", None, None, None], ["资金类别", "全年预算数", "全年执行数", "得分"],
                ["年度资金总额", 500, 450, 9], ["重点项目支出：甲工程", 100, 90, 1.8], ["乙工程", 80, 60, 1.5],
                ["合计", 180, 150, 3.3]):
        sheet.append(row)
    sheet.merge_cells("A1:D1")
    rows = {f.row for f in worksheet_facts(sheet).facts}
    assert rows == {("年度资金总额",), ("重点项目支出", "甲工程"), ("重点项目支出", "乙工程"), ("合计",)}
