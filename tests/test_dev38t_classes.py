"""A department's seed-format TEXT table with its own line (…本级) and units under it (a numbered school, a
中等专业学校, a 职业高级中学): units said by the short names staff use (二中, 中专, 职高), a unit's projects, total
and one column, "下属单位有几个 不算本级", a project's source of funds ("是财政拨的吗", "资金来源是哪种", an
unplaced third amount placed by its unit's subtotal), an indicator by a word of its name after its project,
the table's source share after its total, a year the table (named by its file) lacks, names the texts do not
list, and "X说的是哪些单位" of a project whose indicator lists them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

_HEAD = "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标"


def _indicators(rows: list[tuple[str, str, str, str]]) -> str:
    """The indicator block as the seed prints it: "1、1-产出指标,11-数量指标,NAME；实施周期指标值:V,年度指标值:V;"."""
    kinds = {"数量": "1-产出指标,11-数量指标", "质量": "1-产出指标,12-质量指标", "时效": "1-产出指标,13-时效指标",
             "效益": "2-效益指标,22-社会效益", "满意": "3-满意度指标,31-服务对象满意度"}
    return ",".join(f"{k}、{kinds[kind]},{name}；实施周期指标值:{period},年度指标值:{annual};"
                    for k, (kind, name, period, annual) in enumerate(rows, 1))


def _project(name: str, amounts: str, goal: str, rows: list[tuple[str, str, str, str]]) -> str:
    return f"    {name} {amounts}\n\n{goal}\n\n{_indicators(rows)}\n"


_SAT = ("满意", "师生满意度", "≥90%", "≥90%")


def _education_table(path: Path) -> None:
    """青石县教育体育局: 本级 (four projects, one printing three amounts), 第二中学, 中等专业学校, 职业高级中学."""
    dept = "部门名称：青石县教育体育局(部门) 单位：万元"
    parts = [
        "项目支出绩效目标表（含转移支付项目）\n", dept, "", _HEAD, "",
        "合计 1500.00 1180.00 150.00 170.00", "",
        "青石县教育体育局本级 1000.00 790.00 150.00 60.00", "",
        _project("图书购置经费", "300.00 300.00", "为全县中小学购置图书，充实学校图书馆藏书。",
                 [("数量", "购置图书册数", "≥8万册", "≥4万册"), ("时效", "图书配送完成时间", "2027年6月底前", "2026年9月底前"),
                  _SAT]),
        _project("操场改造经费", "250.00 250.00", "对全县9所农村学校操场进行塑胶化改造，改善体育设施条件。",
                 [("数量", "改造学校数量", "9所", "9所"), ("质量", "工程验收合格率", "100%", "100%"), _SAT]),
        _project("智慧校园建设经费", "300.00 240.00 0.00 60.00", "建设智慧校园平台，完成城域网扩容。",
                 [("数量", "智慧教室建设数量", "≥80间", "40间"), ("数量", "城域网出口带宽", "≥40G", "≥20G"), _SAT]),
        _project("课后托管经费", "150.00 0.00 150.00", "保障义务教育学校课后托管服务，托管覆盖率100%。",
                 [("数量", "开展托管学校数", "52所", "52所"), _SAT]),
        "青石县第二中学 180.00 120.00 0.00 60.00", "",
        _project("理化实验室改造经费", "120.00 120.00", "改造理化生实验室，满足实验教学需要。",
                 [("数量", "改造实验室间数", "6间", "6间"), _SAT]),
        _project("学生食堂运转经费", "60.00 0.00 0.00 60.00", "保障学校食堂正常运转，确保饮食安全。",
                 [("数量", "就餐学生人数", "约1800人", "约1800人"), _SAT]),
        "青石县中等专业学校 200.00 150.00 0.00 50.00", "",
        _project("数控实训中心建设经费", "200.00 150.00 0.00 50.00", "建设数控加工实训中心，新增实训工位80个。",
                 [("数量", "新增实训工位", "≥160个", "≥80个"), _SAT]),
        "青石县职业高级中学 120.00 120.00", "",
        _project("职业技能鉴定经费", "120.00 120.00", "组织学生职业技能等级鉴定，由县人社局、县市场监管局派员进驻考点。",
                 [("数量", "考点进驻单位", "县人社局、县市场监管局派员进驻考点", "县人社局、县市场监管局派员进驻考点"),
                  ("数量", "鉴定学生人数", "≥600人", "≥600人"), _SAT]),
    ]
    path.write_text("\n".join(parts), encoding="utf-8")


def _other_table(path: Path, dept: str, year: int) -> None:
    """Another department's table of another year (the knowledge base holds that year, this department not)."""
    parts = ["项目支出绩效目标表", f"部门名称：{dept}(部门) 单位：万元", "", _HEAD, "", "合计 80.00 80.00", "",
             _project("河道清淤经费" if year < 2026 else "林区防火经费", "80.00 80.00", "清理县域河道淤积。", [("数量", "清淤河道长度", "≥20公里", "≥20公里")])]
    path.write_text("\n".join(parts), encoding="utf-8")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("dev38t_tables")
    _education_table(d / "青石_教育体育局_2026.txt")
    for dept, year in (("青石县水利局", 2025), ("青石县林业局", 2027)):
        _other_table(d / f"青石_{dept[3:]}_{year}.txt", dept, year)
    return engine_over(tmp_path_factory.mktemp("dev38t_db") / "kb.sqlite", [d])


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("二中有哪些项目", ["理化实验室改造", "学生食堂运转"], ["数控实训"]),
    ("中专总额", ["200.00"], ["1500"]),
    ("职高一共多少钱", ["120.00"], ["1500"]),
    ("青石二中有哪些项目", ["理化实验室改造"], ["数控实训"]),
    ("二中的其他资金", ["60.00"], ["1500", "170"]),
])
def test_a_unit_said_by_the_short_name_of_its_kind(engine: Engine, question: str, said: list[str],
                                                    unsaid: list[str]) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert all(x in a.text for x in said) and not any(x in a.text for x in unsaid), a.text


def test_two_units_said_short_then_compared(engine: Engine) -> None:
    a = converse(engine, "二中项目合计", "中专呢")
    assert a.status == "answered" and "200" in a.text and "中等专业学校" in a.text, a.text
    a = converse(engine, "二中项目合计", "中专呢", "哪个更多")
    assert a.status == "answered" and "中等专业学校更多" in a.text and "20" in a.text, a.text


@pytest.mark.parametrize("question", ["教育体育局下属单位有几个 不算本级", "教体局下属单位有几个",
                                      "教育体育局有几个单位 除了本级"])
def test_units_under_the_department_leave_its_own_line_out(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and "共 3 个" in a.text and "不含青石县教育体育局本级" in a.text, a.text
    assert "1. 青石县教育体育局本级" not in a.text


def test_a_project_share_of_the_own_line_is_of_that_line(engine: Engine) -> None:
    a = converse(engine, "操场改造占本级比重")
    assert a.status == "answered" and "25.00%" in a.text and "本级" in a.text, a.text  # 250 / 1000


def test_a_yes_or_no_over_one_source_shows_the_others(engine: Engine) -> None:
    a = converse(engine, "食堂经费是财政拨的吗")
    assert a.status == "answered" and "其他资金：60.00" in a.text, a.text


def test_an_unplaced_amount_is_placed_by_its_units_subtotal(engine: Engine) -> None:
    # 本级 prints 财政专户 150 and 其他资金 60; 智慧校园 holds the 60: 课后托管's third amount is 财政专户拨款
    a = converse(engine, "课后托管经费", "资金来源是哪种")
    assert a.status == "answered" and "财政专户拨款：150.00" in a.text and "或其他资金" not in a.text, a.text


def test_an_indicator_by_a_word_of_its_name_after_its_project(engine: Engine) -> None:
    a = converse(engine, "智慧校园", "带宽实施周期")
    assert a.status == "answered" and "40G" in a.text and "城域网出口带宽" in a.text, a.text
    a = converse(engine, "智慧校园", "带宽是多少")
    assert a.status == "answered" and "20G" in a.text and "300.00" not in a.text, a.text


def test_a_source_share_after_the_tables_total(engine: Engine) -> None:
    a = converse(engine, "教体局合计", "财政拨款占比")
    assert a.status == "answered" and "78.67%" in a.text, a.text  # 1180 / 1500


@pytest.mark.parametrize("question", ["图书购置2027年预算", "2025年操场改造经费多少"])
def test_a_year_the_departments_table_lacks_is_not_answered(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "unknown" and "2026年" in a.text, a.text
    assert "300.00" not in a.text and "250.00" not in a.text


@pytest.mark.parametrize("question", ["图书购置2026年预算", "图书配送是不是2027年6月底前完成"])
def test_the_tables_own_year_and_its_dates_are_answered(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text


@pytest.mark.parametrize("turns", [("操场改造", "涉及哪几所学校名字"), ("操场改造", "哪几所学校"),
                                   ("操场改造涉及哪几所学校",)])
def test_names_the_texts_do_not_list_are_not_answered_by_counts(engine: Engine, turns: tuple[str, ...]) -> None:
    a = converse(engine, *turns)
    assert a.status == "unknown" and "没有列出" in a.text and "9所" not in a.text, a.text


def test_what_an_indicator_says_of_the_units_sent(engine: Engine) -> None:
    a = converse(engine, "职业技能鉴定", "数量指标说的是哪些单位进驻")
    assert a.status == "answered" and "县市场监管局" in a.text, a.text


def test_one_character_said_of_the_one_project_it_names(engine: Engine) -> None:
    a = converse(engine, "书的钱占总数多少百分比")
    assert a.status == "answered" and "图书购置经费" in a.text and "20.00%" in a.text, a.text
    a = converse(engine, "改的钱多少")  # 操场改造 and 理化实验室改造: never one of them picked
    assert "250.00" not in a.text and "120.00" not in a.text or "操场" in a.text and "理化" in a.text, a.text
