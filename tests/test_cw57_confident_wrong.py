"""Questions a confident answer got wrong, each class asked of tables written here: a short name asked with no
department, which fits one project's name whole and another only by a word, while a third department's table
prints a line of that very name, asks which department among the project's and the line's, each one's figure
beside it (never a question back that leaves the line out and offers the project that only shares a word);
the reply asks the question again of the department chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

REHAB = "柏川市青禾区卫生健康局"
LABOUR = "柏川市青禾区人力资源和社会保障局"
DISABLED = "柏川市青禾区残疾人联合会"


def _targets_table(path: Path, department: str, projects: list[tuple[str, float, str]]) -> None:
    """A 项目支出绩效目标表 in the published text layout, one quantity indicator a project."""
    total = sum(p[1] for p in projects)
    body = "\n".join(f"    {name} {amount:.2f} {amount:.2f}\n\n{goal}\n\n1、产出指标,数量指标,服务人次；"
                     f"实施周期指标值:≥100人次,年度指标值:≥100人次;\n" for name, amount, goal in projects)
    path.write_text(f"项目支出绩效目标表（含转移支付项目）\n\n部门名称：{department}(部门) 单位：万元\n\n"
                    f"项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n"
                    f"合计 {total:.2f} {total:.2f}\n\n{department} {total:.2f} {total:.2f}\n\n{body}", encoding="utf-8")


@pytest.fixture(scope="module")
def offices(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("cw57_offices")
    _targets_table(d / "weijian.txt", REHAB, [("残疾人康复补助资金", 321.0, "为残疾人提供康复补助。")])
    _targets_table(d / "renshe.txt", LABOUR, [("残疾人康复中心运行经费", 77.0, "保障康复中心运行。")])
    simple_table(d / "mingxi.xlsx", "明细", f"{DISABLED}2025年项目支出明细表", "C2", "单位：万元",
                 ["序号", "项目", "金额"], [(1, "残疾人康复补助", 120.5), (2, "助残服务补贴", 66.0), (None, "合计", 186.5)])
    return engine_over(tmp_path_factory.mktemp("cw57_offices_db") / "kb.sqlite", [d])


def test_a_short_name_asks_between_the_project_holding_it_and_the_line_of_that_name(offices):
    a = converse(offices, "残疾人康复补助多少钱")
    assert a.status == "clarify", a.text
    assert "321" in a.text and "120.5" in a.text and DISABLED in a.text and REHAB in a.text, a.text
    assert "77" not in a.text and LABOUR not in a.text, a.text  # 残疾人康复中心运行经费 only shares the words before 补助
    line = converse(offices, "残疾人康复补助多少钱", "残联的")
    assert line.status == "answered" and "120.5" in line.text and "321" not in line.text, line.text
    project = converse(offices, "残疾人康复补助多少钱", "1")
    assert project.status == "answered" and "321" in project.text and "120.5" not in project.text, project.text


TRAFFIC = "柏川市青禾区交通运输局"
WATER = "柏川市青禾区水利局"


@pytest.fixture(scope="module")
def three_fleets(tmp_path_factory) -> Engine:
    """One department's project of a name, two other departments' economic-classification tables each printing its
    line under a code (31013公务用车购置)."""
    d = tmp_path_factory.mktemp("cw57_fleets")
    _targets_table(d / "weijian.txt", REHAB, [("公务用车购置经费", 15.0, "购置公务用车一辆。"),
                                              ("健康宣传经费", 9.0, "开展健康宣传。")])
    for name, file, amount in ((TRAFFIC, "jiaotong.xlsx", 23.5), (WATER, "shuili.xlsx", 31.2)):
        simple_table(d / file, "经济分类", f"{name}2025年一般公共预算支出经济分类表", "C2", "单位：万元", ["项目", "2025年预算数"],
                     [("30217公务接待费", 2.0), ("31013公务用车购置", amount), ("合计", amount + 2.0)])
    return engine_over(tmp_path_factory.mktemp("cw57_fleets_db") / "kb.sqlite", [d])


def test_the_question_back_among_departments_shows_each_ones_figure(three_fleets):
    # the project's department and the departments whose tables print the line: each one's own figure beside it,
    # though the tables' lines alone would ask which department themselves
    a = converse(three_fleets, "公务用车购置经费多少")
    assert a.status == "clarify", a.text
    assert all(n in a.text for n in (REHAB, TRAFFIC, WATER)), a.text
    assert "15" in a.text and "23.5" in a.text and "31.2" in a.text, a.text


CIVIL = "柏川市青禾区民政局"


@pytest.fixture(scope="module")
def civil_affairs(tmp_path_factory) -> Engine:
    """A 民政局's project whose long name ends in 人员经费, and its basic-expenditure table with a 人员经费 column."""
    d = tmp_path_factory.mktemp("cw57_civil")
    _targets_table(d / "minzheng.txt", CIVIL, [("救助站政府购买服务人员经费", 58.6, "购买救助站服务岗位。"),
                                               ("社会组织培育经费", 12.0, "培育社会组织。")])
    simple_table(d / "jiben.xlsx", "基本支出", f"{CIVIL}2025年一般公共预算基本支出经济分类预算表", "D2", "单位：万元",
                 ["科目", "合计", "人员经费", "公用经费"],
                 [("合计", 1530.4, 1402.7, 127.7), ("301工资福利支出", 1290.2, 1290.2, None),
                  ("302商品和服务支出", 127.7, None, 127.7), ("303对个人和家庭的补助", 112.5, 112.5, None)])
    return engine_over(tmp_path_factory.mktemp("cw57_civil_db") / "kb.sqlite", [d])


def test_a_column_of_the_departments_table_said_whole_is_not_a_project_ending_in_it(civil_affairs):
    # 人员经费 of the department: its table's total line in that column, never the project whose name ends so
    a = converse(civil_affairs, "青禾区民政局人员经费")
    assert a.status == "answered" and "1402.7" in a.text and "58.6" not in a.text, a.text
    named = converse(civil_affairs, "青禾区民政局救助站政府购买服务人员经费多少")
    assert named.status == "answered" and "58.6" in named.text, named.text


FARM = "柏川市青禾区农业农村局"
EDU = "柏川市青禾区教育局"


@pytest.fixture(scope="module")
def two_budgets(tmp_path_factory) -> Engine:
    """Two departments' 收支预算总表 (each with its 农林水支出 line or none) and a county table of projects
    listing each department's projects under a row of its name."""
    d = tmp_path_factory.mktemp("cw57_budgets")
    for name, file, farm in ((FARM, "nongye.xlsx", 8120.5), (WATER, "shuili.xlsx", 2310.4), (EDU, "jiaoyu.xlsx", None)):
        rows = [("一般公共服务支出", 320.0), ("教育支出", 15200.0 if farm is None else None)]
        rows += [("农林水支出", farm)] if farm is not None else []
        simple_table(d / file, "收支总表", f"{name}2025年部门收支预算总表", "C2", "单位：万元", ["项目", "支出预算数"],
                     [*rows, ("支出总计", sum(v or 0 for _, v in rows))])
    simple_table(d / "mingxi.xlsx", "项目明细", "柏川市青禾区2025年部门项目支出预算明细表", "E2", "单位：元",
                 ["序号", "部门（单位）", "项目名称", "项目类别", "金额合计"],
                 [(1, FARM, "高标准农田建设补助", "专项业务类", 9000000), (2, FARM, "动物防疫补助", "运转类", 3600000),
                  (None, f"{FARM} 小计", None, None, 12600000),
                  (3, EDU, "校舍维修改造", "专项业务类", 21000000), (None, f"{EDU} 小计", None, None, 21000000),
                  (4, WATER, "河道清淤", "运转类", 4800000), (None, f"{WATER} 小计", None, None, 4800000)])
    return engine_over(tmp_path_factory.mktemp("cw57_budgets_db") / "kb.sqlite", [d])


def test_a_line_said_once_after_two_departments_is_asked_of_both(two_budgets):
    # "A和B的X合计": X of A too, never A's subtotal of another table; none when A's tables print no X
    a = converse(two_budgets, "农业农村局和水利局的农林水支出合计")
    assert a.status == "answered" and "10430.9" in a.text and "1260" not in a.text, a.text
    none = converse(two_budgets, "教育局和水利局的农林水支出合计")
    assert "2100" not in none.text and "2310.4" not in none.text, none.text
