"""Round 18 (plan32): a project plan of a county's fund, towns merged over their rows with a 小计 row each, a
two-level money header (资金规模 over 合计 / 中央 / 省级 / 市县), a class column and a long note under the table.

The note's sentence repeats the fund's words ("…中央财政衔接推进乡村振兴补助资金…"): a question saying a few of
them ("衔接资金总共多少") names the table, never the note (its sentence was answered as the total). The fund said
short by a word of the table's title that no label but the note holds ("衔接", "协作") is that table.
"几个项目" over a column of names counts the rows (it was read as a count in a measure, then summed: the money
total answered). A class value said with 类 ("基础设施类") selects its rows whatever the value's length."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

# town -> (project, village, class, 中央, 省级, 市县, households, people, responsible)
_QINGCHUAN = [
    ("龙潭镇", [("龙潭镇石桥村猕猴桃基地建设项目", "石桥村", "产业发展", 70, 20, 10, 110, 430, "县农业农村局"),
                ("龙潭镇河口村机耕道硬化项目", "河口村", "基础设施", 55, None, None, 140, 520, "县交通运输局"),
                ("龙潭镇务工人员稳岗补贴", "全镇", "就业帮扶", None, None, 18, 300, 300, "县人社局")]),
    ("白果乡", [("白果乡松林村冷库建设项目", "松林村", "产业发展", 90, 30, 20, 95, 360, "县农业农村局"),
                ("白果乡松林村饮水管网改造项目", "松林村", "基础设施", 26, 8, None, 80, 310, "县水利局"),
                ("白果乡青岗村机耕道硬化项目", "青岗村", "基础设施", 33, None, None, 60, 240, "县交通运输局"),
                ("白果乡小额信贷贴息", "全乡", "金融帮扶", None, 9, 6, 210, 820, "县农业农村局")]),
    ("金台镇", [("金台镇花园村民宿改造项目", "花园村", "产业发展", 40, None, 12, 45, 170, "金台镇人民政府"),
                ("金台镇公益岗位补贴", "全镇", "就业帮扶", None, 15, 10, 50, 50, "县人社局")]),
]
_NOTE = ("注：1.资金规模中“中央”为中央财政衔接推进乡村振兴补助资金，“省级”为省级财政衔接资金，“市县”为市、县两级"
         "财政衔接资金，空白表示未安排该级资金；2.受益人口含脱贫人口和监测对象。")


def _total(p: tuple) -> float:
    return float(sum(x or 0 for x in p[3:6]))


def _qingchuan(path: Path) -> None:
    """青川县's plan: 合计 first, each town merged in column B over its 小计 row (the town's cell) and its rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "计划表"
    ws["A1"] = "青川县2026年财政衔接推进乡村振兴补助资金项目安排表"
    ws["A2"], ws["K2"] = "编制单位：青川县乡村振兴局", "单位：万元、户、人"
    for c, h in enumerate(["序号", "乡镇", "项目名称", "建设地点", "项目类别", "资金规模", None, None, None,
                           "受益户数", "受益人口", "责任单位"], 1):
        if h:
            ws.cell(3, c, h)
    for c, h in enumerate(["合计", "中央", "省级", "市县"], 6):
        ws.cell(4, c, h)
    ws.merge_cells("F3:I3")
    for c in "ABCDEJKL":
        ws.merge_cells(f"{c}3:{c}4")
    every = [p for _, ps in _QINGCHUAN for p in ps]
    ws.append(["合计", None, None, None, None, sum(map(_total, every)),
               *[sum(p[k] or 0 for p in every) for k in (3, 4, 5, 6, 7)]])
    ws.merge_cells("A5:E5")
    r, seq = 6, 0
    for town, projects in _QINGCHUAN:
        ws.cell(r, 2, town)
        ws.cell(r, 3, "小计")
        for c, v in enumerate([sum(map(_total, projects)), *[sum(p[k] or 0 for p in projects) for k in (3, 4, 5, 6, 7)]], 6):
            ws.cell(r, c, v or None)
        for i, p in enumerate(projects, 1):
            seq += 1
            for c, v in enumerate([seq, None, p[0], p[1], p[2], _total(p), *p[3:]], 1):
                if v is not None:
                    ws.cell(r + i, c, v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r + len(projects), end_column=2)
        r += len(projects) + 1
    ws.cell(r + 1, 1, _NOTE)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=12)
    wb.save(path)


# area -> (project, class, 对口帮扶资金, 县级配套, people)
_LIUJIANG = [
    ("东岭片区", [("东岭茶叶加工车间建设", "产业发展", 120, 30, 900), ("东岭村道提质改造", "基础设施", 60, 15, 640)]),
    ("西溪片区", [("西溪蜂蜜合作社扶持", "产业发展", 45, None, 380), ("西溪劳务技能培训", "技能培训", 22, 8, 150),
                  ("西溪小水窖修缮", "基础设施", 18, 6, 210)]),
]


def _liujiang(path: Path) -> None:
    """柳江县's plan: the area column merged over its rows, a 小计 row LAST in each area, 总计 at the bottom."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "实施计划"
    ws["A1"] = "柳江县2025年东西部协作资金项目实施计划表"
    ws["A2"] = "编制单位：柳江县农业农村局"
    for c, h in enumerate(["片区", "项目名称", "项目类型", "计划资金（万元）", None, None, "受益人口（人）"], 1):
        if h:
            ws.cell(3, c, h)
    for c, h in enumerate(["小计", "对口帮扶资金", "县级配套"], 4):
        ws.cell(4, c, h)
    ws.merge_cells("D3:F3")
    for c in "ABCG":
        ws.merge_cells(f"{c}3:{c}4")
    r = 5
    for area, projects in _LIUJIANG:
        for i, (name, kind, east, county, people) in enumerate(projects):
            for c, v in enumerate([area if i == 0 else None, name, kind, east + (county or 0), east, county, people], 1):
                if v is not None:
                    ws.cell(r + i, c, v)
        n = len(projects)
        ws.cell(r + n, 2, "小计")
        ws.cell(r + n, 4, sum(p[2] + (p[3] or 0) for p in projects))
        ws.cell(r + n, 5, sum(p[2] for p in projects))
        ws.cell(r + n, 6, sum(p[3] or 0 for p in projects))
        ws.cell(r + n, 7, sum(p[4] for p in projects))
        ws.merge_cells(start_row=r, start_column=1, end_row=r + n, end_column=1)
        r += n + 1
    every = [p for _, ps in _LIUJIANG for p in ps]
    ws.cell(r, 1, "总计")
    ws.cell(r, 4, sum(p[2] + (p[3] or 0) for p in every))
    ws.cell(r, 5, sum(p[2] for p in every))
    ws.cell(r, 6, sum(p[3] or 0 for p in every))
    ws.cell(r, 7, sum(p[4] for p in every))
    ws.cell(r + 2, 1, "说明：对口帮扶资金为结对帮扶城市拨付的东西部协作资金，县级配套为县本级财政安排资金。")
    ws.merge_cells(start_row=r + 2, start_column=1, end_row=r + 2, end_column=7)
    wb.save(path)


# Another department's target table whose projects are named like the plan's class 就业帮扶 (就业…资金).
_LABOUR = render("青川县人力资源和社会保障局", "300.00 300.00", [Unit("青川县人力资源和社会保障局", "300.00 300.00", [
    Item("就业补助资金", "200.00 200.00", "落实各项就业补贴政策。", [("11", "职业技能培训人数", "≥500人", "≥500人")]),
    Item("促进就业专项资金", "100.00 100.00", "支持创业担保贷款贴息。", [("11", "创业担保贷款发放额", "≥800万元", "≥800万元")]),
])])


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("plan32")
    _qingchuan(folder / "qingchuan_plan.xlsx")
    _liujiang(folder / "liujiang_plan.xlsx")
    (folder / "qingchuan_labour.txt").write_text(_LABOUR, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder / "qingchuan_plan.xlsx", folder / "liujiang_plan.xlsx",
                                              folder / "qingchuan_labour.txt"])


_QC_ALL = [p for _, ps in _QINGCHUAN for p in ps]


def _fmt(x: float) -> str:
    return f"{x:g}"


@pytest.mark.parametrize("question", ["青川县衔接资金总共多少", "青川衔接资金一共多少", "青川衔接资金合计多少"])
def test_the_fund_said_short_is_the_tables_total_never_its_note(plans: Engine, question: str) -> None:
    a = plans.ask(question, record=False)
    assert a.status == ANSWERED, a.text
    assert _fmt(sum(map(_total, _QC_ALL))) in a.text, a.text
    assert "空白表示" not in a.text, a.text


def test_a_sub_column_of_the_fund_is_its_total_line(plans: Engine) -> None:
    a = plans.ask("青川衔接资金里中央资金合计", record=False)
    assert a.status == ANSWERED, a.text
    assert _fmt(sum(p[3] or 0 for p in _QC_ALL)) in a.text, a.text
    assert "空白表示" not in a.text, a.text


@pytest.mark.parametrize("question", ["青川衔接资金一共几个项目", "青川县一共几个项目", "青川衔接项目一共几个"])
def test_how_many_projects_counts_the_rows_never_adds_the_money(plans: Engine, question: str) -> None:
    a = plans.ask(question, record=False)
    assert a.status == ANSWERED, a.text
    assert f"{len(_QC_ALL)} " in a.text or f"{len(_QC_ALL)}个" in a.text, a.text
    assert _fmt(sum(map(_total, _QC_ALL))) not in a.text, a.text  # never the money total
    assert "小计" not in a.text, a.text


@pytest.mark.parametrize(("question", "kind"), [("青川基础设施类项目有几个", "基础设施"),
                                                ("青川产业发展类有几个衔接项目", "产业发展")])
def test_a_long_class_value_said_with_lei_counts_its_rows(plans: Engine, question: str, kind: str) -> None:
    a = plans.ask(question, record=False)
    rows = [p for p in _QC_ALL if p[2] == kind]
    assert a.status == ANSWERED, a.text
    assert f"共 {len(rows)} 项" in a.text, a.text
    assert all(p[0] in a.text for p in rows), a.text


def test_a_long_class_value_said_with_lei_adds_its_rows(plans: Engine) -> None:
    a = plans.ask("青川基础设施类项目资金一共多少", record=False)
    assert a.status == ANSWERED, a.text
    assert _fmt(sum(_total(p) for p in _QC_ALL if p[2] == "基础设施")) in a.text, a.text


def test_another_fund_said_short_by_its_title_word(plans: Engine) -> None:
    every = [p for _, ps in _LIUJIANG for p in ps]
    a = plans.ask("柳江协作资金一共多少", record=False)
    assert a.status == ANSWERED, a.text
    assert _fmt(sum(p[2] + (p[3] or 0) for p in every)) in a.text, a.text
    a = plans.ask("柳江协作项目一共几个", record=False)
    assert a.status == ANSWERED, a.text
    assert f"共 {len(every)} " in a.text or f"{len(every)} 个" in a.text, a.text


def test_a_town_follow_up(plans: Engine) -> None:
    a = converse(plans, "青川龙潭镇衔接资金多少", "白果乡呢")
    towns = dict(_QINGCHUAN)
    assert _fmt(sum(map(_total, towns["白果乡"]))) in a.text, a.text


def test_a_share_said_across_a_label_is_a_share(plans: Engine) -> None:
    """"中央资金占总规模多少": 资金…规模 across 占 is no label 资金规模, the share of the two totals is asked."""
    whole, central = sum(map(_total, _QC_ALL)), sum(p[3] or 0 for p in _QC_ALL)
    a = plans.ask("青川中央资金占总规模多少", record=False)
    assert a.status == ANSWERED, a.text
    assert f"{central / whole * 100:.2f}%" in a.text, a.text


@pytest.mark.parametrize("question", ["松林村冷库建设项目多少钱", "松林村冷库总投资", "松林村冷库投资多少"])
def test_a_rows_money_in_the_money_unit_of_a_mixed_unit_line(plans: Engine, question: str) -> None:
    """"单位：万元、户、人": the columns saying money (资金规模) are in 万元, so "多少钱" / "总投资" of a row is its
    amount (it was said to be text: the table's one unit was unknown)."""
    a = plans.ask(question, record=False)
    assert a.status == ANSWERED, a.text
    assert "140万元" in a.text, a.text


def test_the_counts_of_a_mixed_unit_line_are_no_money(plans: Engine) -> None:
    a = plans.ask("松林村冷库建设项目受益多少户", record=False)
    assert a.status == ANSWERED, a.text
    assert "95" in a.text and "95万元" not in a.text, a.text


def test_another_towns_counterpart_of_the_row_shown(plans: Engine) -> None:
    """"龙潭镇河口村机耕道硬化项目多少钱" → "白果乡那个呢": the town's row ending in the same words (青岗村机耕道硬化
    项目), never the town's 小计 (it was answered)."""
    a = converse(plans, "龙潭镇河口村机耕道硬化项目多少钱", "白果乡那个呢")
    assert a.status == ANSWERED, a.text
    assert "青岗村机耕道硬化项目" in a.text and "33万元" in a.text, a.text
    assert "小计" not in a.text, a.text


@pytest.mark.parametrize("question", ["松林村冷库建设项目谁负责", "松林村冷库建设项目哪个单位负责"])
def test_who_is_responsible_is_the_responsible_unit_column(plans: Engine, question: str) -> None:
    """"谁负责": the plan's 责任单位 of the row (负责 was taken for 项目负责人, a label no table here has)."""
    a = plans.ask(question, record=False)
    assert a.status == ANSWERED, a.text
    assert "县农业农村局" in a.text, a.text


def test_a_quantity_said_across_a_rows_name_is_not_that_row(plans: Engine) -> None:
    """"西溪小水窖年修缮量": 修缮 across 年 ends another thing asked (修缮量), never the row's figures."""
    a = plans.ask("柳江西溪小水窖年修缮量多少", record=False)
    assert a.status != ANSWERED, a.text
    assert "24" not in a.text, a.text


def test_a_class_one_table_prints_is_its_rows_not_projects_named_like_it(plans: Engine) -> None:
    """"就业帮扶类项目有哪些": the class value printed whole in one plan's cells, not a question back offering
    another department's projects named 就业… (it asked which project, then ranked every department's)."""
    rows = [p for p in _QC_ALL if p[2] == "就业帮扶"]
    a = plans.ask("就业帮扶类项目有哪些", record=False)
    assert a.status == ANSWERED, a.text
    assert all(p[0] in a.text for p in rows) and "就业补助资金" not in a.text, a.text
    a = plans.ask("就业帮扶类的资金加起来", record=False)
    assert a.status == ANSWERED, a.text
    assert _fmt(sum(map(_total, rows))) in a.text, a.text
    a = converse(plans, "就业帮扶类项目有哪些", "哪个最多")
    top = max(rows, key=_total)
    assert top[0] in a.text and "就业补助资金" not in a.text, a.text
