"""Execution-rate filters said with their threshold in words or beside a benchmark: "执行率百分百的" (100%),
"基本支出执行率超过百分之百的部门" over a budget-against-final table whose rows are departments (the 100 no
part of a code, 31001, that another loaded table prints), "执行率低于序时进度75%的" (the benchmark said with its
figure) and "低于序时进度" of a table whose note says "序时进度为75%".

The tables are written here, of their own names and figures; every expected name is read off them by hand.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bot.engine import Engine
from bot.language.normalize import normalize
from tests.conftest import engine_over

ROOT = Path(__file__).resolve().parent.parent

# 项目名称, 2025年预算数, 1-3季度累计执行, 执行率
_PROJECTS = [
    ("青苗补偿专项经费", 200.0, 200.0, "100.00%"),
    ("村道养护补助", 150.0, 150.0, "100.00%"),
    ("水产良种繁育补贴", 120.0, 105.6, "88.00%"),
    ("农技推广站运行经费", 80.0, 48.0, "60.00%"),
    ("秸秆综合利用补助", 50.0, 37.0, "74.00%"),
]

# 部门名称, 基本支出 预算数 / 决算数 / 执行率, 项目支出 预算数 / 决算数 / 执行率
_DEPTS = [
    ("云杉市教育局", 1000.0, 990.0, "99.00%", 500.0, 400.0, "80.00%"),
    ("云杉市民政局", 300.0, 306.0, "102.00%", 200.0, 190.0, "95.00%"),
    ("云杉市水务局", 400.0, 401.2, "100.30%", 300.0, 240.0, "80.00%"),
    ("云杉市统计局", 100.0, 100.0, "100.00%", 50.0, 45.0, "90.00%"),
    ("云杉市林业局", 250.0, 240.0, "96.00%", 120.0, 60.0, "50.00%"),
]


def _quarterly(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "执行分析"
    ws.append(["云杉县农业农村局2025年1-3季度项目支出执行情况分析表"])
    ws.append(["单位：万元"])
    ws.append(["序号", "项目名称", "2025年预算数", "1-3季度累计执行", "执行率"])
    for k, row in enumerate(_PROJECTS, 1):
        ws.append([k, *row])
    ws.append(["注：执行率=1-3季度累计执行÷2025年预算数；序时进度为75%。"])
    wb.save(path)
    return path


def _comparison(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "预决算对比"
    ws.append(["云杉市2025年部门预算与决算对比表"])
    ws.append(["单位：万元"])
    ws.append(["序号", "部门名称", "基本支出", None, None, "项目支出", None, None])
    ws.append([None, None, "2025年预算数", "2025年决算数", "执行率", "2025年预算数", "2025年决算数", "执行率"])
    for first, last in (("A3", "A4"), ("B3", "B4"), ("C3", "E3"), ("F3", "H3")):
        ws.merge_cells(f"{first}:{last}")
    for k, row in enumerate(_DEPTS, 1):
        ws.append([k, *row])
    ws.append(["注：执行率=决算数/预算数。"])
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("exec47")
    paths = [_quarterly(folder / "云杉县农业农村局执行分析.xlsx"), _comparison(folder / "云杉市部门预算与决算对比表.xlsx"),
             ROOT / "tests" / "data" / "samples" / "putuo_czj_2024_final_accounts.pdf"]
    return engine_over(folder / "kb.sqlite", paths)


def test_hundred_percent_said_short_is_100_percent():
    assert "100%" in normalize("执行率百分百的项目有哪些")
    assert "100%" in normalize("执行率百分之百的项目有哪些")


def test_rate_of_a_hundred_percent_in_words(engine):
    text = engine.ask("云杉县农业农村局执行率百分百的项目有哪些").text
    assert "青苗补偿专项经费" in text and "村道养护补助" in text
    assert "水产良种繁育补贴" not in text and "农技推广站运行经费" not in text


def test_benchmark_said_with_its_figure(engine):
    text = engine.ask("云杉县农业农村局执行率低于序时进度75%的项目有哪些").text
    assert "农技推广站运行经费" in text and "秸秆综合利用补助" in text
    assert "水产良种繁育补贴" not in text and "青苗补偿专项经费" not in text


def test_benchmark_a_note_gives_as_said(engine):
    # the note says "序时进度为75%" (no brackets): that figure is the bound
    text = engine.ask("云杉县农业农村局执行率低于序时进度的项目有哪些").text
    assert "农技推广站运行经费" in text and "秸秆综合利用补助" in text
    assert "水产良种繁育补贴" not in text


def test_department_rows_over_a_hundred_percent(engine):
    # 100 is the figure filtered, not the 31001 (房屋建筑物购建) another loaded table prints
    answer = engine.ask("基本支出执行率超过百分之百的部门有哪些")
    assert answer.status == "answered"
    assert "云杉市民政局" in answer.text and "云杉市水务局" in answer.text
    assert "云杉市统计局" not in answer.text and "云杉市教育局" not in answer.text and "云杉市林业局" not in answer.text


def test_tenths_and_a_digit_are_a_percentage(engine):
    # 七成五 is 75%: 秸秆综合利用补助 (74%) is under it, not over
    text = engine.ask("云杉县农业农村局执行率超过七成五的项目有哪些").text
    assert "水产良种繁育补贴" in text and "青苗补偿专项经费" in text
    assert "秸秆综合利用补助" not in text and "农技推广站运行经费" not in text


def test_how_much_is_not_spent(engine):
    text = engine.ask("云杉县农业农村局秸秆综合利用补助有多少没花掉").text
    assert "13" in text and "50" in text and "37" in text  # 50 − 37


def test_not_executed_to_the_end_is_a_remainder(engine):
    # "没执行完的有多少" asks what is left of the row named, never which rows are done
    text = engine.ask("云杉县农业农村局农技推广站运行经费预算没执行完的有多少").text
    assert "32" in text and "80" in text and "48" in text  # 80 − 48


def _no_rate_column(path: Path) -> Path:
    """An execution table printing 全年预算数 and 全年执行数 only: each rate is worked out."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "执行情况"
    ws.append(["白桦县林业局2025年项目支出预算执行情况表"])
    ws.append(["单位：万元"])
    ws.append(["序号", "项目名称", "全年预算数", "全年执行数"])
    for k, row in enumerate([("护林员补助", 100, 100), ("森林防火经费", 80, 60), ("苗圃建设", 50, 45),
                             ("林业宣传", 20, 8)], 1):
        ws.append([k, *row])
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def no_rate(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("exec47nr")
    return engine_over(folder / "kb.sqlite", [_no_rate_column(folder / "白桦县林业局执行情况.xlsx")])


def test_rate_worked_out_is_filtered(no_rate):
    text = no_rate.ask("白桦县林业局执行率低于80%的项目有哪些").text
    assert "森林防火经费" in text and "林业宣传" in text  # 75%, 40%
    assert "护林员补助" not in text and "苗圃建设" not in text  # 100%, 90%
    text = no_rate.ask("白桦县林业局执行率百分百的项目有哪些").text
    assert "护林员补助" in text and "森林防火经费" not in text and "林业宣传" not in text


def test_rate_worked_out_is_ranked(no_rate):
    text = no_rate.ask("白桦县林业局哪个项目执行率最低").text
    assert "林业宣传" in text and "40" in text and "护林员补助" not in text and "苗圃建设" not in text


def test_every_rate_worked_out_when_none_is_picked(no_rate):
    text = no_rate.ask("白桦县林业局各项目执行率").text
    assert all(name in text for name in ("护林员补助", "森林防火经费", "苗圃建设", "林业宣传"))
