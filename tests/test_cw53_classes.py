"""Confident wrong answers over sets 1–52 (cw53), removed by class, on tables made here with names and figures
of their own.

Class: a short name said that another name prints across its own cutting. "规划编制经费多少" named only the project
whose words hold 规划 | 编制 (集镇规划编制及论证经费) and answered its figure, while 城区总体规划编制经费 prints the
same characters (总体规划 | 编制): both are named now (asked which, or both listed).

Class: a place said right before one of its own departments. "青枫区社工部一般公共服务支出" read 青枫区 as every
department of the place and the 社工部 after it as said in another place (the place before the bureau "not its
own"): the 财政局's figure was answered beside the 社工部's. The place says where the department is.

Class: a part of two rows' names said, the rows of two units. "鼠害防控那个多少钱" of a 政府购买服务预算表 whose
卫生健康局 buys 鼠害防控消杀 and whose 疾病预防控制中心 buys 鼠害防控监测 answered the bureau's row only (the row
whose unit name is the department's own, fewer characters unexplained): each row's figure is given now.

Class: a total of a place's departments said by their count. "青枫区两个部门一般公共服务支出决算合计" listed each
department's figure (合计 read as the tables' own 合计 line); it adds them now, as "A和B…合计" did."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, set_cells, simple_table, write_workbook
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

_PLANNING = [Unit("枫桥县自然资源局", "278.40 278.40", [
    Item("城区总体规划编制经费", "96.00 96.00", "委托编制城区总体规划及相关专项规划。",
         [("11", "编制规划数量", "≥2项", "≥1项"), ("31", "服务对象满意度", "≥90%", "≥90%")]),
    Item("集镇规划编制及论证经费", "118.40 118.40", "完成集镇规划编制并组织论证。",
         [("11", "编制集镇规划个数", "≥20个", "≥10个"), ("13", "成果提交及时率", "100%", "100%")]),
    Item("地质灾害隐患巡查经费", "22.00 22.00", "开展汛期地质灾害隐患点巡查。",
         [("11", "巡查隐患点数", "≥60处", "≥60处")]),
    Item("山村旅游发展专项经费", "30.00 30.00", "扶持山村旅游发展。",
         [("11", "修复面积", "≥50亩", "≥50亩")]),
    Item("“最美山村”旅游品牌创建经费", "12.00 12.00", "创建最美山村旅游品牌。",
         [("11", "示范点个数", "≥2个", "≥2个")]),
])]


def _accounts(path: Path, department: str, rows: list[list]) -> None:
    # (the title without the department: a 中共…区委 department is read from the 编制单位 line)
    simple_table(path, "收入支出决算表", "2024年度收入支出决算表", "C2", "单位：万元",
                 ["项目", "预算数", "决算数"], rows)
    set_cells(path, {"A2": f"编制单位：{department}"})


def _purchases(path: Path) -> None:
    """青枫区's 政府购买服务预算表 (元): rows by 部门（单位）, a department's units beside it."""
    write_workbook(path, [["2025年青枫区政府购买服务预算表"], ["编制单位：青枫区财政局", None, None, None, None, "单位：元"],
                ["序号", "部门（单位）名称", "项目名称", "购买服务内容", "服务类别", "预算金额", None],
                [None, None, None, None, None, "合计", "财政拨款"],
                [None, "合计", None, None, None, 1268000, 1268000],
                [None, "青枫区卫生健康局 小计", None, None, None, 1268000, 1268000],
                [1, "青枫区卫生健康局", "鼠害防控消杀", "城区公共区域灭鼠消杀", "公共卫生服务", 430000, 430000],
                [2, "青枫区卫生健康局", "健康素养宣传", "健康素养宣传进社区", "公共卫生服务", 660000, 660000],
                [3, "青枫区疾病预防控制中心", "鼠害防控监测", "鼠类密度季度监测", "技术性服务", 178000, 178000]],
                   ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3"], sheet="政府购买服务")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cw53")
    (folder / "fengqiao_zrzy_mubiao.txt").write_text(render("枫桥县自然资源局", "278.40 278.40", _PLANNING),
                                                     encoding="utf-8")
    _accounts(folder / "qingfeng_czj_juesuan.xlsx", "青枫区财政局",
              [["一般公共服务支出", 1820.5, 1796.3], ["支出合计", 1820.5, 1796.3]])
    _accounts(folder / "qingfeng_sgb_juesuan.xlsx", "中共青枫区委社会工作部",
              [["一般公共服务支出", 286.4, 271.9], ["支出合计", 286.4, 271.9]])
    _purchases(folder / "qingfeng_goumai.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_short_name_printed_across_another_names_cutting_names_both(engine: Engine) -> None:
    for question in ("规划编制经费多少", "规划编制经费"):
        answer = converse(engine, question)
        assert "城区总体规划编制经费" in answer.text and "集镇规划编制及论证经费" in answer.text, answer.text
    answer = converse(engine, "集镇规划编制经费多少")  # said more fully: the one name
    assert answer.status == ANSWERED and "118.4" in answer.text and "城区总体" not in answer.text, answer.text
    answer = converse(engine, "城区总体规划编制经费多少")  # an exact name decides
    assert answer.status == ANSWERED and "96" in answer.text and "集镇" not in answer.text, answer.text
    # a quoted term ends where the quote does: “最美山村”旅游品牌… holds no 山村旅游
    answer = converse(engine, "山村旅游和地质灾害隐患巡查两个加起来多少")
    assert answer.status == ANSWERED and "52" in answer.text, answer.text


@pytest.mark.parametrize(("question", "figure", "never"), [
    ("青枫区社工部一般公共服务支出决算数", "271.9", "1796.3"),
    ("青枫区财政局一般公共服务支出决算数", "1796.3", "271.9"),
])
def test_a_place_said_before_its_department_names_that_department(engine: Engine, question: str, figure: str,
                                                                   never: str) -> None:
    answer = converse(engine, question)
    assert answer.status == ANSWERED and figure in answer.text and never not in answer.text, answer.text


def test_a_place_alone_still_names_its_departments(engine: Engine) -> None:
    answer = converse(engine, "青枫区一般公共服务支出决算数")
    assert "1796.3" in answer.text and "271.9" in answer.text, answer.text


def test_a_part_of_two_units_rows_names_gives_each_row(engine: Engine) -> None:
    for question in ("鼠害防控那个多少钱", "鼠害防控多少钱"):
        answer = converse(engine, question)
        assert "430000" in answer.text and "178000" in answer.text, answer.text
    answer = converse(engine, "鼠害防控监测多少钱")  # one row's name said whole: that row
    assert answer.status == ANSWERED and "178000" in answer.text and "430000" not in answer.text, answer.text


def test_a_total_of_a_places_departments_said_by_their_count_adds_them(engine: Engine) -> None:
    answer = converse(engine, "青枫区两个部门一般公共服务支出决算合计")
    assert answer.status == ANSWERED and "2068.2" in answer.text, answer.text
    answer = converse(engine, "青枫区三个部门一般公共服务支出决算合计")  # a count that is not theirs: no sum
    assert "2068.2" not in answer.text, answer.text
