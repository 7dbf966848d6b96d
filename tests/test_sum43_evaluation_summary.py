"""A 项目支出绩效自评表 workbook whose first sheet is a 自评结果汇总表 of many projects (序号, 项目名称, 实施单位, 年初预算数,
全年预算数, 全年执行数, 执行率, 分值, 得分, 自评等级 under two header rows, a 合计 line) and whose other sheets are
the forms of some of them: every listed project is a project of the department (its unit, budget and execution),
and the summary's lines answer a project's columns, the superlatives, the filters by grade or rate, the 合计 line
and the units' projects. A why asked of a project the workbook gives no 偏差原因 for is said to be not given."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from bot.dialogue.session import Session
from tests.conftest import engine_over
from tests.test_self_eval_forms import _SHEETS

_DEPT = "青梧县文化广电旅游体育局"
# (项目名称, 实施单位, 年初预算数, 全年预算数, 全年执行数, 执行率, 得分, 自评等级)
_LINES = [
    ("馆藏古籍修复保护经费", "青梧县图书馆", 46.0, 52.0, 47.32, "91.00%", 92.3, "优"),
    ("非遗传承人补助资金", "青梧县文化馆", 30.0, 30.0, 30.0, "100.00%", 97.0, "优"),
    ("乡镇综合文化站免费开放经费", _DEPT, 120.0, 150.0, 112.5, "75.00%", 71.5, "中"),
    ("体育场馆运营补贴", "青梧县体育中心", 80.0, 84.0, 84.0, "100.00%", 88.0, "良"),
    ("群众文艺汇演经费", "青梧县文化馆", 12.0, 12.0, 10.2, "85.00%", 84.5, "良"),
]


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评汇总"
    ws.append([f"{_DEPT}2025年度项目支出绩效自评结果汇总表"])
    ws.append(["单位：万元"])
    ws.append(["序号", "项目名称", "实施单位", "预算执行情况", None, None, None, "绩效自评", None, None, "备注"])
    ws.append([None, None, None, "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分", "自评等级", None])
    for first, last in (("A3", "A4"), ("B3", "B4"), ("C3", "C4"), ("D3", "G3"), ("H3", "J3"), ("K3", "K4")):
        ws.merge_cells(f"{first}:{last}")
    start, plan, spent = (round(sum(x[k] for x in _LINES), 2) for k in (2, 3, 4))
    ws.append(["合计", None, None, start, plan, spent, f"{100 * spent / plan:.2f}%", None, None, None, None])
    for k, (name, unit, a, b, c, rate, got, grade) in enumerate(_LINES, 1):
        ws.append([k, name, unit, a, b, c, rate, 100, got, grade, None])
    ws.append(["注：执行率=全年执行数/全年预算数。"])
    # the form sheet of the first project, as tests.test_self_eval_forms builds it
    from tests.test_self_eval_forms import _workbook as forms

    forms(path.with_name("forms.xlsx"))
    form = openpyxl.load_workbook(path.with_name("forms.xlsx"))
    src = form[_SHEETS[0][0]]
    dst = wb.create_sheet(_SHEETS[0][0])
    for row in src.iter_rows(values_only=True):
        dst.append(list(row))
    wb.save(path)
    return path


def _engine(tmp_path: Path):
    return engine_over(tmp_path / "kb.sqlite", [_workbook(tmp_path / "汇总自评.xlsx")])


def test_every_listed_project_is_read_with_its_line(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    assert "5 个项目" in engine.ask(f"{_DEPT}有几个项目").text
    assert "75.00%" in engine.ask("乡镇综合文化站免费开放经费执行率多少").text
    spent = engine.ask("体育场馆运营补贴全年执行数多少").text
    assert "84" in spent and "80.00" not in spent
    assert "良" in engine.ask("群众文艺汇演经费自评等级").text


def test_superlatives_filters_and_the_total_line(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    lowest = engine.ask("哪个项目得分最低").text
    assert lowest.startswith("自评总分最低的是乡镇综合文化站免费开放经费") and "71.5" in lowest
    good = engine.ask("自评等级是良的项目有哪些").text
    assert "体育场馆运营补贴" in good and "群众文艺汇演经费" in good and "非遗传承人补助资金" not in good
    full = engine.ask("执行率百分百的项目有哪些").text
    assert "非遗传承人补助资金" in full and "体育场馆运营补贴" in full and "馆藏古籍" not in full
    added = engine.ask("全年预算比年初追加最多的是哪个项目").text
    assert "乡镇综合文化站免费开放经费" in added and "30" in added
    total = engine.ask(f"{_DEPT}全年预算合计多少").text
    assert "328" in total and "52 +" not in total  # the 合计 line, not the one form's sum


def test_a_unit_holds_its_projects_and_a_why_without_reason_is_not_answered(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    units = engine.ask("文化馆有几个项目").text
    assert "2 个项目" in units and "非遗传承人补助资金" in units and "群众文艺汇演经费" in units
    why = engine.ask("乡镇综合文化站免费开放经费执行率为什么低")
    assert why.status == "unknown" and "没有写明" in why.text
    talk = Session()
    engine.ask("体育场馆运营补贴全年预算", talk)
    assert "80.00" in engine.ask("年初呢", talk).text  # the same project's line, not the 合计 nor the form's


def test_a_joining_word_begins_or_ends_no_short_name() -> None:
    # "信访局和水利局…": 农业防灾减灾和水利救灾资金 has no short name "和水利" taking 水利局's characters
    from bot.language.lexicon import word_ngrams

    grams = word_ngrams(["农业", "防灾", "减灾", "和", "水利", "救灾", "资金"], {"资金"})
    assert "和水利" not in grams and "减灾和" not in grams
    assert "防灾减灾和水利救灾" in grams and "水利救灾" in grams
