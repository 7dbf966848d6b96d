"""Rows of a general table selected by a value of a class column (round 17, group31): a class printed as merged
group cells (项目类别 › 项目名称, said short: 防汛抗旱类 of 特定目标类项目（防汛抗旱）, or by its end), a unit
repeated in column A with a 小计 row after its rows, a class printed on every row in its own column, a kind
column (承接主体类型, 目录名称) and a unit column (实施单位, said by the end of its name). The rows of the class
are added up in the column said (a year's, 三年合计, 其他资金) else the table's main money column, counted,
listed or set against the whole; units ranked by their rows added up; follow-ups on the class just answered.
Never a 小计 or 合计 row summed with its parts; a year the plan prints no column of is never another year's."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import Engine

_PLAN = [("其他运转类项目", [("水政执法装备运行经费", "市水利局机关", 20, 20, 20),
                          ("水利工程档案数字化", "市水利局机关", 15, 10, None)]),
         ("特定目标类项目（防汛抗旱）", [("山洪灾害监测预警系统运维", "市水文中心", 300, 310, 320),
                                   ("抗旱应急水源工程", "市河湖保护中心", 900, None, None),
                                   ("防汛物资储备", "市水文中心", 150, 150, 150)]),
         ("特定目标类项目（水资源管理）", [("取水许可核查", "市水利局机关", 40, 45, 50),
                                    ("地下水超采治理", "市河湖保护中心", 600, 700, 800),
                                    ("节水型社会建设奖补", "市水利局机关", 120, 120, None)])]


def _plan(path: Path) -> None:
    """青川市水利局's rolling plan: classes as merged cells of column B, a two-row header of years, 合计 first."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "滚动规划"
    ws["A1"], ws["A2"], ws["H2"] = "青川市水利局2027—2029年项目支出三年滚动规划表", "编制单位：青川市水利局", "单位：万元"
    for c, h in enumerate(["序号", "项目类别", "项目名称", "实施单位", "规划资金"], 1):
        ws.cell(3, c, h)
    for c, h in enumerate(["2027年", "2028年", "2029年", "三年合计"], 5):
        ws.cell(4, c, h)
    for col in "ABCD":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("E3:H3")
    rows = [(g, n, u, a, b, c, (a or 0) + (b or 0) + (c or 0)) for g, items in _PLAN for n, u, a, b, c in items]
    ws.append(["合计", None, None, None, *[sum(r[k] or 0 for r in rows) for k in range(3, 7)]])
    at = 6
    for g, items in _PLAN:
        for k, (n, u, a, b, c) in enumerate(items):
            ws.append([at - 5 + k, g if k == 0 else None, n, u, a, b, c, (a or 0) + (b or 0) + (c or 0)])
        ws.merge_cells(f"B{at}:B{at + len(items) - 1}")
        at += len(items)
    wb.save(path)


_UNITS = [("白塔区卫生健康局本级", [("健康教育宣传服务", "公共卫生服务", "社会组织", 30, 30, None),
                              ("机关食堂餐饮服务", "后勤保障服务", "企业", 25, 25, None),
                              ("卫生监督协管服务", "公共卫生服务", "事业单位", 12, 12, None)]),
          ("白塔区疾病预防控制中心", [("病媒生物消杀服务", "公共卫生服务", "企业", 44, 40, 4),
                                  ("实验室保洁服务", "后勤保障服务", "企业", 9, 9, None)]),
          ("白塔区妇幼保健院", [("孕产妇健康随访服务", "公共卫生服务", "社会组织", 70, 50, 20),
                              ("安保服务", "后勤保障服务", "企业", 18, 18, None),
                              ("心理咨询热线服务", "社会工作服务", "社会组织", 8, 8, None)])]


def _services(path: Path) -> None:
    """白塔区卫生健康局's services bought: each unit's name repeated in column A, a 小计 row after its rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "购买服务"
    ws["A1"], ws["G2"] = "白塔区卫生健康局2026年政府购买服务预算表", "单位：万元"
    ws.append(["单位名称", "服务项目名称", "目录名称", "承接主体类型", "预算金额", None, None])
    ws.append([None, None, None, None, "合计", "财政拨款", "其他资金"])
    for col in "ABCD":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("E3:G3")
    every = [x for _, items in _UNITS for x in items]
    ws.append(["合计", None, None, None, *[sum(x[k] or 0 for x in every) for k in (3, 4, 5)]])
    for unit, items in _UNITS:
        for name, kind, who, a, b, c in items:
            ws.append([unit, name, kind, who, a, b, c])
        ws.append([unit + "小计", None, None, None, *[sum(x[k] or 0 for x in items) or None for k in (3, 4, 5)]])
    wb.save(path)


def _projects(path: Path) -> None:
    """石桥县农业农村局's projects: one header row, the class printed on every row in its own column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目表"
    ws["A1"], ws["E2"] = "石桥县农业农村局2026年项目支出预算表", "单位：万元"
    ws.append(["项目名称", "项目类别", "承办科室", "预算金额", "备注"])
    rows = [("高标准农田建设县级配套", "农田建设类", "农田建设股", 800), ("耕地地力保护监测", "农田建设类", "农田建设股", 65),
            ("动物疫病强制免疫", "畜牧兽医类", "畜牧兽医股", 120), ("病死畜禽无害化处理补助", "畜牧兽医类", "畜牧兽医股", 90),
            ("农村人居环境整治奖补", "乡村建设类", "乡村建设股", 300), ("村级公益事业一事一议奖补", "乡村建设类", "乡村建设股", 260),
            ("农民合作社培育", "经营管理类", "经营管理股", 45)]
    ws.append(["合计", None, None, sum(r[3] for r in rows), None])
    for r in rows:
        ws.append([*r, None])
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("group31")
    _plan(folder / "qingchuan_plan.xlsx")
    _services(folder / "baita_services.xlsx")
    _projects(folder / "shiqiao_projects.xlsx")
    knowledge = Path(__file__).resolve().parent.parent / "knowledge"
    return engine_over(folder / "kb.sqlite", [knowledge, *(folder / n for n in (
        "qingchuan_plan.xlsx", "baita_services.xlsx", "shiqiao_projects.xlsx"))])


@pytest.mark.parametrize(("question", "want"), [
    ("防汛抗旱类2028年合计", ["460", "山洪灾害监测预警系统运维 310", "防汛物资储备 150"]),  # a merged class said short
    ("青川水资源管理类三年合计多少", ["2475", "地下水超采治理 2100"]),
    ("资源管理类2027年一共多少", ["760"]),  # the end of a class said before 类
    ("后勤保障服务类一共多少", ["52", "安保服务 18"]),  # a kind column's value
    ("公共卫生服务类目录的其他资金合计", ["24"]),  # the column said (其他资金), not the main one
    ("畜牧兽医类项目预算合计", ["210"]),  # the class printed on every row
])
def test_a_class_added_up_in_the_column_said(engine: Engine, question: str, want: list[str]) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and all(w in a.text for w in want), a.text


def test_a_class_never_sums_a_subtotal_with_its_parts(engine: Engine) -> None:
    a = converse(engine, "白塔区疾病预防控制中心的购买服务合计多少")
    assert a.status == "answered" and "53" in a.text and "106" not in a.text, a.text


@pytest.mark.parametrize(("question", "want", "never"), [
    ("承接主体是社会组织的有几项", ["3 项", "健康教育宣传服务", "心理咨询热线服务"], ["安保服务"]),
    ("水文中心的项目有哪些", ["山洪灾害监测预警系统运维", "防汛物资储备", "1380"], ["抗旱应急水源工程"]),
    ("石桥乡村建设类有哪些项目", ["农村人居环境整治奖补", "村级公益事业一事一议奖补"], ["农民合作社培育"]),
])
def test_a_class_counted_or_listed(engine: Engine, question: str, want: list[str], never: list[str]) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and all(w in a.text for w in want) and not any(w in a.text for w in never), a.text


def test_a_class_share_of_the_whole_table(engine: Engine) -> None:
    a = converse(engine, "资源管理类占三年合计的比例")
    assert a.status == "answered" and "51.14%" in a.text and "2475" in a.text and "4840" in a.text, a.text
    a = converse(engine, "石桥农田建设类占全部预算的比例")
    assert a.status == "answered" and "51.49%" in a.text, a.text


def test_units_ranked_by_their_rows_added_up(engine: Engine) -> None:
    a = converse(engine, "白塔哪个单位买服务花得最多")
    assert a.status == "answered" and "白塔区妇幼保健院" in a.text and "96" in a.text and "67" not in a.text, a.text
    a = converse(engine, "白塔购买服务最多的单位", "它有几项")
    assert a.status == "answered" and "3 项" in a.text and "安保服务" in a.text, a.text


def test_a_year_the_plan_prints_no_column_of(engine: Engine) -> None:
    a = converse(engine, "防汛抗旱类2026年合计")  # the plan starts in 2027: never 2027's figures
    assert not (a.status == "answered" and any(w in a.text for w in ("460", "1350", "2280"))), a.text


def test_followups_on_the_class_answered(engine: Engine) -> None:
    a = converse(engine, "青川防汛抗旱类三年合计", "那水资源管理类呢")
    assert a.status == "answered" and "2475" in a.text and "2280" not in a.text, a.text
    a = converse(engine, "青川防汛抗旱类三年合计", "水资源管理类呢", "哪个多")
    assert a.status == "answered" and a.text.startswith("水资源管理类") and "195" in a.text, a.text
    a = converse(engine, "青川水利其他运转类项目", "2028年呢")
    assert a.status == "answered" and "30" in a.text and "水政执法装备运行经费 20" in a.text, a.text
    a = converse(engine, "青川防汛抗旱类三年合计", "它有几项")
    assert a.status == "answered" and "3 项" in a.text, a.text


def test_the_class_of_the_row_just_shown(engine: Engine) -> None:
    a = converse(engine, "青川抗旱应急水源工程2027年多少", "它是哪类项目")  # the merged group cell it stands in
    assert a.status == "answered" and "特定目标类项目（防汛抗旱）" in a.text, a.text
    a = converse(engine, "石桥动物疫病强制免疫", "它是哪类项目")  # the class printed on its own row
    assert a.status == "answered" and "畜牧兽医类" in a.text, a.text
    a = converse(engine, "白塔安保服务多少钱", "是哪个单位的")  # 单位名称, never 承接主体类型
    assert a.status == "answered" and "白塔区妇幼保健院" in a.text and "企业" not in a.text, a.text


def test_a_units_subtotal_and_two_units_worked(engine: Engine) -> None:
    a = converse(engine, "白塔疾病预防控制中心小计")  # its rows added up, never one of them
    assert a.status == "answered" and "53" in a.text and "共 2 项" in a.text, a.text
    a = converse(engine, "白塔疾病预防控制中心购买服务小计", "妇幼保健院呢")
    assert a.status == "answered" and "96" in a.text and "53" not in a.text, a.text
    a = converse(engine, "白塔疾病预防控制中心小计", "妇幼保健院呢", "两个差多少")
    assert a.status == "answered" and "相差 43" in a.text, a.text
    a = converse(engine, "白塔疾病预防控制中心小计", "妇幼保健院呢", "两个加起来")
    assert a.status == "answered" and "149" in a.text, a.text
