"""Confident wrong answers removed by class (cw32), on tables generated here with names and figures of their own.

Classes: a class of a general table's rows added up when the table prints the year before's column first
(上年预算数 beside 本年预算数, 上年安排 beside 本年安排): the sum is of this year's column unless the year before is
said ("上年一共多少"), and "本年" said picks this year's column (it summed 上年预算数: a confident wrong sum). A
ranking over a table's rows compares the column of the year said (规划资金 › 2027年), and with no year said never a
column of the years before (以前年度已安排). A count asked with its measure word ("涉及多少户") of a row printing
figures of another measure only (a score in 分, a rate, money): no such count in the table, never the score.
"占比" asked alone after two parts of one row were shown (基本支出 → 项目支出): the share of the one just shown. The
most and the least asked together ("最多的和最少的项目差多少", "分别是哪个"): their difference, or both named."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over, simple_table
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

# name, office, the year before, this year (None: a new fund, nothing the year before)
_FUNDS = [("非遗传承人补助资金", "非遗保护科", 64, 72), ("文物安全巡查经费", "文物科", 38, 45),
          ("革命文物修缮补助", "文物科", 210, 180), ("公共文化场馆免费开放补助", "公共服务科", 150, 166),
          ("文物数字化保护经费", "文物科", None, 95), ("乡村文化活动补助", "公共服务科", 52, 58),
          ("传统村落保护补助", "非遗保护科", 80, 61)]


def _funds(path: Path) -> None:
    """栖霞县文化旅游局's special funds list: the office repeated on every row, 上年 printed before 本年."""
    rows = [(k, n, o, a, b, None if a is None else b - a) for k, (n, o, a, b) in enumerate(_FUNDS, 1)]
    simple_table(path, "专项资金清单", "栖霞县文化旅游局2027年部门专项资金管理清单", "F2", "单位：万元",
                 ["序号", "专项名称", "主管科室", "上年预算数", "本年预算数", "增减额"], rows)


_PLAN = [("文化惠民类", [("送戏下乡", 36, 40), ("农家书屋更新", 22, 18), ("广场舞大赛", 9, 12)]),
         ("场馆运行类", [("图书馆运行", 120, 131), ("文化馆运行", 88, 90)])]


def _plan(path: Path) -> None:
    """A second shape: the class merged over its rows in column A, 上年安排 / 本年安排 (no 预算 in the header)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "安排表"
    ws["A1"], ws["D2"] = "栖霞县文化馆2027年项目经费安排表", "单位：万元"
    for c, h in enumerate(["项目类别", "项目名称", "上年安排", "本年安排"], 1):
        ws.cell(3, c, h)
    at = 4
    for g, items in _PLAN:
        for k, (n, a, b) in enumerate(items):
            ws.append([g if k == 0 else None, n, a, b])
        ws.merge_cells(f"A{at}:A{at + len(items) - 1}")
        at += len(items)
    wb.save(path)


@pytest.fixture(scope="module")
def funds(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw32_funds")
    _funds(folder / "qixia_wlj_2027_funds.xlsx")
    _plan(folder / "qixia_whg_2027_plan.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qixia_wlj_2027_funds.xlsx", folder / "qixia_whg_2027_plan.xlsx"])


@pytest.mark.parametrize("question", ["文物科的专项本年一共多少", "文物科的专项资金合计", "文物科的专项今年一共多少钱"])
def test_a_class_added_up_in_this_years_column(funds: Engine, question: str) -> None:
    a = converse(funds, question)
    assert a.status == ANSWERED
    assert "320" in a.text and "本年预算数" in a.text  # 45 + 180 + 95, the new fund counted
    assert "248" not in a.text  # (38 + 210: the year before's column)


def test_the_year_before_said_is_its_column(funds: Engine) -> None:
    a = converse(funds, "文物科的专项上年一共多少")
    assert a.status == ANSWERED
    assert "248" in a.text and "上年预算数" in a.text


@pytest.mark.parametrize(("question", "right", "wrong"), [("文化惠民类项目一共多少", "70", "67"),
                                                          ("场馆运行类上年安排合计", "208", "221")])
def test_a_merged_class_added_up_in_the_year_asked(funds: Engine, question: str, right: str, wrong: str) -> None:
    a = converse(funds, question)
    assert a.status == ANSWERED
    assert right in a.text and wrong not in a.text


# name, unit, arranged in the years before, 2027, 2028, 2029
_ROLLING = [("滨河路改造配套", "市政工程处", 5200, 800, 600, 0), ("老旧管网更新", "供排水中心", 300, 2600, 2100, 1500),
            ("路灯节能改造", "市政工程处", 0, 450, 300, 0), ("排水防涝设施建设", "供排水中心", 1200, 1900, 2400, 2000),
            ("园林养护", "园林所", 900, 700, 700, 700)]


def _rolling(path: Path) -> None:
    """A rolling plan with a column of what the years before arranged, printed before the plan's years."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "三年滚动规划"
    ws["A1"], ws["H2"] = "柳江市住房和城乡建设局2027—2029年项目支出三年滚动规划表", "单位：万元"
    for c, h in enumerate(["序号", "项目名称", "实施单位", "以前年度已安排", "规划资金"], 1):
        ws.cell(3, c, h)
    for c, h in enumerate(["2027年", "2028年", "2029年", "三年合计"], 5):
        ws.cell(4, c, h)
    for col in "ABCD":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("E3:H3")
    for k, (n, u, before, a, b, c) in enumerate(_ROLLING, 1):
        ws.append([k, n, u, before, a, b, c, a + b + c])
    wb.save(path)


@pytest.fixture(scope="module")
def rolling(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw32_rolling")
    _rolling(folder / "liujiang_zjj_2027_rolling.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "liujiang_zjj_2027_rolling.xlsx"])


def test_a_year_said_ranks_its_column(rolling: Engine) -> None:
    a = converse(rolling, "柳江住建局2027年最多的项目")
    assert a.status == ANSWERED
    assert "老旧管网更新" in a.text and "2600" in a.text and "5200" not in a.text  # (以前年度已安排 ranked: wrong)
    second = converse(rolling, "柳江住建局2027年最多的项目", "第二呢")
    assert second.status == ANSWERED
    assert "排水防涝设施建设" in second.text and "1900" in second.text
    later = converse(rolling, "柳江住建局2028年最少的项目")
    assert "路灯节能改造" in later.text and "300" in later.text


def test_no_year_said_never_ranks_the_years_before(rolling: Engine) -> None:
    a = converse(rolling, "柳江住建局最多的项目")
    assert a.status == ANSWERED
    assert "滨河路改造配套" not in a.text and "5200" not in a.text


_RESULTS = [(1, "棚户区改造项目", "县住建局", "财政重点评价", 860, 790, "91.86%", 88, "良", "进度滞后", "加快推进"),
            (2, "背街小巷提升工程", "县住建局", "部门评价", 320, 206, "64.38%", 71, "中", "施工扰民投诉较多", "加强入户宣传"),
            (3, "农村饮水安全巩固", "县水务局", "单位自评", 410, 398, "97.07%", 93, "优", "无", "无")]
_SAMPLES = Path(__file__).parent / "data" / "samples"


def _results(path: Path) -> None:
    """鸣山县财政局's evaluation results: a two-level header (预算执行 over 预算数 / 执行数 / 执行率), a score in 分."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评价结果"
    ws["A1"], ws["K2"] = "鸣山县财政局2026年重点项目绩效评价结果汇总表", "金额单位：万元"
    for c, h in enumerate(["序号", "项目名称", "主管部门", "评价方式", "预算执行", None, None, "评价得分", "评价等级",
                           "主要问题", "整改措施"], 1):
        ws.cell(3, c, h)
    for c, h in enumerate(["预算数(万元)", "执行数(万元)", "执行率"], 5):
        ws.cell(4, c, h)
    for col in "ABCDHIJK":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("E3:G3")
    for row in _RESULTS:
        ws.append(list(row))
    wb.save(path)


@pytest.fixture(scope="module")
def results(tmp_path_factory, built_copy) -> Engine:
    """The results beside two published final accounts (other departments; one prints a column 涉及预算金额)."""
    folder: Path = tmp_path_factory.mktemp("cw32_results")
    _results(folder / "mingshan_czj_2026_evaluation.xlsx")
    sources = [folder / "mingshan_czj_2026_evaluation.xlsx", _SAMPLES / "putuo_czj_2024_final_accounts.pdf",
               _SAMPLES / "putuo_shegongbu_2024_final_accounts.pdf"]
    return Engine(built_copy(sources, folder / "kb.sqlite"), Path(__file__).parent.parent / "knowledge" / "vocabulary.toml")


@pytest.mark.parametrize("question", ["背街小巷提升工程涉及多少户", "农村饮水安全巩固涉及多少户", "棚户区改造项目涉及多少户"])
def test_a_count_asked_of_a_row_of_scores_and_rates_is_not_in_the_table(results: Engine, question: str) -> None:
    a = converse(results, question)
    assert a.status != ANSWERED
    assert not any(x in a.text for x in ("88分", "71分", "93分", "91.86", "64.38", "97.07"))  # (its score: wrong)


def test_the_score_asked_is_answered(results: Engine) -> None:
    a = converse(results, "背街小巷提升工程评价得分多少")
    assert a.status == ANSWERED and "71" in a.text


_SPENT = [("合计", 512.40, 188.60, 323.80), ("一般公共服务支出", 402.10, 150.30, 251.80),
          ("社会保障和就业支出", 61.50, 38.30, 23.20), ("住房保障支出", 48.80, None, 48.80)]


@pytest.fixture(scope="module")
def spent(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw32_spent")
    path = folder / "nanshan_sfj_2025_final_accounts.xlsx"
    simple_table(path, "支出决算表", "南杉县司法局2025年支出决算表", "D2", "单位：万元",
                 ["项目", "本年支出合计", "基本支出", "项目支出"], _SPENT)
    return engine_over(folder / "kb.sqlite", [path])


def test_a_share_asked_alone_after_two_parts_of_a_row_is_of_the_last(spent: Engine) -> None:
    a = converse(spent, "南杉司法局基本支出", "项目支出", "占比")
    assert a.status == ANSWERED
    assert "63.19%" in a.text  # 323.80 ÷ 512.40
    assert "36.81%" not in a.text  # (基本支出's share: the figure asked before)


_FORESTRY_UNITS = [
    Unit("鹤川县林业局", "203.50 203.50", [
        Item("森林防火巡护经费", "96.30 96.30", "开展重点林区防火巡护，落实护林员巡山责任。",
             [("11", "巡护里程", "≥1.2万公里", "≥1.2万公里"), ("31", "林区群众满意度", "≥90%", "≥90%")]),
        Item("林业有害生物防治经费", "58.70 58.70", "开展松材线虫病等林业有害生物监测和防治。",
             [("11", "监测面积", "≥30万亩", "≥30万亩"), ("12", "成灾率", "≤3‰", "≤3‰")]),
        Item("古树名木保护经费", "8.60 8.60", "对挂牌古树名木开展巡查和复壮。",
             [("11", "巡查古树株数", "≥400株", "≥400株")]),
        Item("国有林场管护经费", "39.90 39.90", "落实国有林场森林资源管护。",
             [("11", "管护面积", "≥8万亩", "≥8万亩")]),
    ]),
]


@pytest.fixture(scope="module")
def forestry(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("cw32_forestry")
    path = folder / "hechuan_lyj_targets.txt"
    path.write_text(render("鹤川县林业局", "203.50 203.50", _FORESTRY_UNITS), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path])


@pytest.mark.parametrize("question", ["最多的和最少的项目差多少", "经费最多的项目比最少的多多少", "经费最多的和最少的相差多少"])
def test_the_most_less_the_least_is_their_difference(forestry: Engine, question: str) -> None:
    a = converse(forestry, question)
    assert a.status == ANSWERED
    assert "87.70" in a.text and "森林防火巡护经费" in a.text and "古树名木保护经费" in a.text  # 96.30 − 8.60


def test_the_most_and_the_least_asked_together_are_both_named(forestry: Engine) -> None:
    a = converse(forestry, "经费最多和最少的项目分别是哪个")
    assert a.status == ANSWERED
    assert "森林防火巡护经费" in a.text and "古树名木保护经费" in a.text
