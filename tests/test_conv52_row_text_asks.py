"""Round 52: a row's text column asked in everyday words ([row_text_asks] of the vocabulary) — when it is built
(哪年建成, 什么时候建完 → 建设起止年限 / 实施期限), who does it (谁负责 → 项目业主 / 责任单位), where (建在哪 →
建设地点) — of one row named or as a follow-up of the row just answered; a row whose table prints no such column is
said not to hold it, never answered with its amount. All tables are fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session
from tests.conftest import engine_over


def _plan(path: Path) -> None:
    """A 政府投资项目年度计划表: projects under a merged 行业领域, no 建设地点 column."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "年度计划"
    ws.append(["青禾县2026年政府投资项目年度计划表"])
    ws.append(["编制单位：青禾县发展和改革局", None, None, None, None, None, None, None, None, "单位：万元"])
    ws.append(["行业领域", "项目名称", "建设性质", "建设规模及内容", "建设起止年限", "总投资", "2026年计划投资", None, None, "项目业主"])
    ws.append([None, None, None, None, None, None, "合计", "中央资金", "自筹", None])
    ws.append(["合计", None, None, "共4个项目", None, 41800, 14300, 6100, 8200, None])
    ws.append(["水利", "青禾县红石水库除险加固工程", "续建", "大坝防渗处理、溢洪道加固，新建管理房300平方米", "2025—2027",
               12600, 4200, 3000, 1200, "青禾县水利局"])
    ws.append([None, "青禾县城区防洪堤提升工程", "新建", "新建防洪堤3.2公里", "2026—2028", 9800, 3100, 1800, 1300, "青禾县水利局"])
    ws.append(["教育", "青禾县第三中学迁建工程", "新建", "新建教学楼、宿舍楼，总建筑面积3.6万平方米", "2026—2029",
               15400, 5000, 1300, 3700, "青禾县教育局"])
    ws.append([None, "青禾县城南幼儿园建设项目", "新建", "新建12班幼儿园一所", "2026—2027", 4000, 2000, None, 2000, "青禾县教育局"])
    for cells in ("A1:J1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "J3:J4", "A6:A7", "A8:A9"):
        ws.merge_cells(cells)
    wb.save(path)


def _villages(path: Path) -> None:
    """A 乡村振兴项目计划表: each project's 建设地点, 建设内容, 实施期限 and 责任单位 in words."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目计划"
    ws.append(["白岭县2025年衔接推进乡村振兴补助资金项目计划表"])
    ws.append(["填报单位：白岭县农业农村局", None, None, None, None, "单位：万元"])
    ws.append(["项目名称", "建设地点", "建设内容", "资金规模", "实施期限", "责任单位"])
    ws.append(["合计", None, None, 226, None, None])
    ws.append(["茶岭村茶叶加工厂房建设项目", "茶岭村", "新建茶叶加工厂房600平方米", 95, "2025年4月-2025年11月", "白岭县农业农村局"])
    ws.append(["溪口村人行便桥项目", "溪口村", "新建人行便桥1座，长46米", 48, "2025年6月-2025年12月", "白岭县交通运输局"])
    ws.append(["枫坪村安全饮水巩固提升项目", "枫坪村", "新建蓄水池2座，铺设管网5.5公里", 83, "2025年3月-2025年9月", "白岭县水利局"])
    ws.merge_cells("A1:F1")
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("conv52_text")
    _plan(folder / "青禾县_政府投资项目年度计划表_2026.xlsx")
    _villages(folder / "白岭县_乡村振兴项目计划表_2025.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def _talk(engine: Engine, *turns: str):
    session, answer = Session(), None
    for turn in turns:
        answer = engine.ask(turn, session)
    assert answer is not None
    return answer


@pytest.mark.parametrize("question", ["第三中学迁建什么时候建完", "第三中学迁建工程哪年建成", "第三中学迁建工程什么时候完工"])
def test_when_it_is_built_is_its_years_of_works(engine: Engine, question: str) -> None:
    a = _talk(engine, question)
    assert a.status == "answered" and "2026—2029" in a.text, a.text


def test_who_is_responsible_is_its_owner(engine: Engine) -> None:
    a = _talk(engine, "红石水库除险加固谁负责")
    assert a.status == "answered" and "青禾县水利局" in a.text and "4200" not in a.text, a.text


@pytest.mark.parametrize("follow", [("哪年建成", "2026—2029"), ("什么时候建完", "2026—2029"), ("谁负责", "青禾县教育局")])
def test_asked_of_the_row_just_answered(engine: Engine, follow: tuple[str, str]) -> None:
    a = _talk(engine, "第三中学迁建工程", follow[0])
    assert a.status == "answered" and follow[1] in a.text, a.text


def test_a_column_the_table_does_not_print_is_not_held(engine: Engine) -> None:
    for turns in (["第三中学迁建工程建在哪"], ["第三中学迁建工程", "它建在哪"]):
        a = _talk(engine, *turns)
        assert a.status == "unknown" and "5000" not in a.text and "15400" not in a.text, a.text


def test_a_table_printing_the_columns_answers_by_them(engine: Engine) -> None:
    a = _talk(engine, "溪口村人行便桥建在哪")
    assert a.status == "answered" and "溪口村" in a.text and "48" not in a.text, a.text
    a = _talk(engine, "枫坪村安全饮水巩固提升项目", "哪个单位负责")
    assert a.status == "answered" and "白岭县水利局" in a.text, a.text
