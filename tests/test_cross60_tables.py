"""One project in several tables of different kinds and years (cross60): a department's 项目支出绩效目标表 of one
year, and a finance bureau's 部门结转结余资金情况表 of the year before whose rows carry each department's (or unit's)
name before the same projects' names. A question naming no year nor table asks the 目标表's project; the other table's
row of it is that project's own row (not another department's line of that name), so its 本年收入 / 本年支出 are never
shown beside the amount as if they were another answer; a year or a column of that table said asks it."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over, write_workbook

DEPT = "澜溪县交通运输局"
UNIT = "澜溪县公路养护中心"
# (name, total, 财政拨款, goal, indicator)
OWN = [("农村公路安全生命防护工程补助资金", 240.0, "对县道、乡道急弯陡坡路段实施安全生命防护工程。", "防护工程实施里程", "≥60公里"),
       ("农村客运站场运营补贴经费", 58.0, "补贴乡镇客运站场运营，保障群众出行。", "补贴站场个数", "12个")]
THEIRS = [("桥梁定期检测评定经费", 36.5, "委托第三方对全县公路桥梁开展定期检测和技术状况评定。", "检测桥梁座数", "≥150座"),
          ("公路养护机械购置经费", 44.0, "购置小型养护机械。", "购置机械台数", "8台")]


def _project(name: str, total: float, goal: str, indicator: str, value: str) -> str:
    return (f"    {name} {total:.2f} {total:.2f}\n\n{goal}\n\n"
            f"1、1-产出指标,11-数量指标,{indicator}；实施周期指标值:{value},年度指标值:{value};\n\n")


def _targets(path: Path) -> None:
    def block(unit: str, projects: list[tuple]) -> str:
        total = sum(p[1] for p in projects)
        return f"{unit}  {total:.2f} {total:.2f}\n\n" + "".join(_project(*p) for p in projects)
    total = sum(p[1] for p in OWN + THEIRS)
    path.write_text(f"\n项目支出绩效目标表（含转移支付项目）\n\n部门名称：{DEPT}(部门) 单位：万元\n\n"
                    "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n"
                    f"合计  {total:.2f} {total:.2f}\n\n" + block(DEPT, OWN) + block(UNIT, THEIRS), encoding="utf-8")


# (department, [(project, 年初结转结余, 本年收入, 本年支出, 年末结转, 年末结余, 结转原因)])
CARRIED = [(DEPT, [("农村公路安全生命防护工程补助资金", 20.0, 210.0, 198.5, 31.5, 0.0, "部分路段工程跨年度实施")]),
           (UNIT, [("桥梁定期检测评定经费", 2.0, 30.0, 28.4, 0.0, 3.6, "检测服务采购节约"),
                   ("公路养护机械购置经费", 0.0, 40.0, 39.0, 1.0, 0.0, "一台机械尾款未付")]),
           ("澜溪县文化广电旅游体育局", [("乡村文化礼堂运维经费", 5.0, 66.0, 61.2, 9.8, 0.0, "部分礼堂设备尾款未付")])]


def _carried(path: Path) -> None:
    rows: list[list] = [["澜溪县2026年部门结转结余资金情况表"], ["填报单位：澜溪县财政局（汇总）", None, None, None, None, None, None,
                                                          None, "单位：万元"],
                        ["序号", "部门（单位）及项目名称", "年初结转结余", "本年收入", "本年支出", "年末结转结余", None, None,
                         "结转结余率", "结转原因"],
                        [None, None, None, None, None, "小计", "年末结转", "年末结余"]]
    n = 0
    for k, (dept, items) in enumerate(CARRIED):
        rows.append(["一二三"[k], dept])
        for name, a, b, c, d, e, why in items:
            n += 1
            rows.append([n, name, a, b, c, d + e, d, e, round((d + e) / (a + b), 4), why])
        a, b, c, d, e = (sum(i[j] for i in items) for j in range(1, 6))
        rows.append([None, "小计", a, b, c, d + e, d, e, round((d + e) / (a + b), 4)])
    a, b, c, d, e = (sum(i[j] for _, items in CARRIED for i in items) for j in range(1, 6))
    rows.append(["合计", None, a, b, c, d + e, d, e, round((d + e) / (a + b), 4)])
    merged = ["A1:J1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4", "J3:J4"]
    write_workbook(path, rows, merged, sheet="结转结余情况")


# (购买服务目录, 购买主体, 服务项目名称, 财政拨款, 其他资金)
BOUGHT = [("技术性服务", UNIT, "桥梁定期检测技术服务", 30.0, 0.0),
          ("技术性服务", UNIT, "公路养护法律顾问服务", 18.0, 0.0),
          ("社会管理性服务", "澜溪县文化广电旅游体育局", "乡村文化礼堂运维服务", 40.0, 12.0)]


def _bought(path: Path) -> None:
    rows: list[list] = [["澜溪县2027年政府购买服务预算表"], ["编制单位：澜溪县财政局", None, None, None, None, None, "单位：万元"],
                        ["序号", "购买服务目录", "购买主体（预算单位）", "服务项目名称", "预算金额", None, None, "服务期限"],
                        [None, None, None, None, "合计", "财政拨款", "其他资金"]]
    for n, (kind, buyer, name, fin, other) in enumerate(BOUGHT, 1):
        rows.append([n, kind, buyer, name, fin + other, fin, other or None, "2027.01-2027.12"])
    rows.append(["合计", None, None, None, sum(b[3] + b[4] for b in BOUGHT), sum(b[3] for b in BOUGHT),
                 sum(b[4] for b in BOUGHT)])
    write_workbook(path, rows, ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4"], sheet="政府购买服务预算表")


def _elsewhere(path: Path) -> None:
    """Another place's department, with a project of a name like a row bought in 澜溪."""
    path.write_text("\n项目支出绩效目标表（含转移支付项目）\n\n部门名称：柏川市青禾区信访局(部门) 单位：万元\n\n"
                    "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n"
                    "合计  15.00 15.00\n\n柏川市青禾区信访局  15.00 15.00\n\n"
                    + _project("聘请法律顾问专项经费", 15.0, "聘请律师参与信访接待。", "法律顾问接待场次", "≥40场"),
                    encoding="utf-8")


@pytest.fixture(scope="module")
def lanxi(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("cross60")
    _targets(d / f"{DEPT}_2027年_项目支出绩效目标表.txt")
    _carried(d / "澜溪县_2026年_部门结转结余资金情况表.xlsx")
    _bought(d / "澜溪县_2027年_政府购买服务预算表.xlsx")
    _elsewhere(d / "柏川市青禾区信访局_2026年_项目支出绩效目标表.txt")
    return engine_over(tmp_path_factory.mktemp("cross60_db") / "kb.sqlite", [d])


@pytest.mark.parametrize(("question", "own", "carried"), [
    ("生命防护工程补助资金多少", "240", ("210", "198.5")),
    ("桥梁定期检测评定经费多少", "36.5", ("28.4", "30万元")),  # (a unit's project: its unit's row elsewhere)
])
def test_a_projects_own_row_in_another_table_is_not_shown_beside_its_amount(lanxi, question, own, carried):
    a = converse(lanxi, question)
    assert a.status == "answered" and own in a.text, a.text
    assert not any(c in a.text for c in carried) and "同名" not in a.text, a.text


def test_two_projects_added_are_the_target_tables_not_asked_which_department(lanxi):
    a = converse(lanxi, "生命防护工程加桥梁检测一共多少")
    assert a.status == "answered" and "276.5" in a.text, a.text


def test_the_other_tables_column_said_still_answers_from_it(lanxi):
    a = converse(lanxi, "生命防护工程补助资金本年支出多少")
    assert a.status == "answered" and "198.5" in a.text and "240" not in a.text, a.text


def test_a_year_said_on_each_side_compares_the_two_tables(lanxi):
    a = converse(lanxi, "生命防护工程2027年预算比2026年支出多多少")
    assert a.status == "answered" and "41.5" in a.text, a.text


def test_a_follow_up_naming_a_year_and_a_table_keeps_the_project(lanxi):
    # (the table's 合计 line is not the project's; a whole said is the table's)
    a = converse(lanxi, "生命防护工程补助资金多少", "26年结转结余表里本年收入呢")
    assert a.status == "answered" and "210" in a.text and "346" not in a.text, a.text
    whole = converse(lanxi, "生命防护工程补助资金多少", "26年结转结余表里本年收入合计呢")
    assert "210万元" not in whole.text, whole.text


def test_a_follow_up_naming_a_year_keeps_the_unit(lanxi):
    # (the unit's block of the other year's table: its 小计; the unit is the department's own, said so by no note)
    a = converse(lanxi, "公路养护中心27年项目支出多少", "26年支出呢")
    assert a.status == "answered" and "67.4" in a.text and "不是" not in a.text, a.text


def test_two_places_things_compared_are_never_one_rows_two_columns(lanxi):
    # (the second side read, the first not: no difference of one row's 合计 and 财政拨款, nor of two projects of
    # the one department when the other place's department said holds neither)
    a = converse(lanxi, "青禾信访局法律顾问跟澜溪养护中心法律顾问服务差多少")
    assert a.status == "unknown", a.text
    assert "0万元" not in a.text and "18 - 18" not in a.text, a.text


def test_a_row_said_in_place_of_an_amount_is_asked_its_amount(lanxi):
    # (the amount was asked: the 购买服务 row said now answers its money, not its 服务期限 too)
    a = converse(lanxi, "生命防护工程补助资金多少", "公路养护法律顾问服务呢")
    assert a.status == "answered" and "18万元" in a.text and "2027.01" not in a.text, a.text
