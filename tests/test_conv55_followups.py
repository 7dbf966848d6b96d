"""Round 55, follow-ups that carry what was asked to another subject: "X的总分" → "Y的呢" (the item asked before
asked of Y; when Y's tables hold no such item, said so — never Y's money), "甲县的巡护天数" → "乙县目标值多少" (the
indicator shown, of the other department), "A项目的巡护天数" → "B项目有这个指标吗" (whether B has it, not B's whole
list), "全年预算" → "实际支出呢" (the line's 决算), and "…的数量指标" → "都有哪些" (the list shown again). Tables
fictional, written by the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue import figures
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, CLARIFY, UNKNOWN, Answer
from bot.engine import Engine
from tests.conftest import converse, engine_over, simple_table

# 青禾县林业局's project table: two projects, one indicator name (巡护天数) of one of them only
_QINGHE = """项目支出绩效目标表（含转移支付项目）

部门名称：青禾县林业局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 96.00 96.00

青禾县林业局 96.00 96.00

    森林防火巡护经费 56.00 56.00

开展重点林区防火巡护和火情监测。

1、1-产出指标,11-数量指标,巡护天数；实施周期指标值:≥300天,年度指标值:≥300天;,2、1-产出指标,11-数量指标,瞭望塔巡查；实施周期指标值:≥120次,年度指标值:≥120次;,3、2-效益指标,22-社会效益,森林火灾受害率；实施周期指标值:≤0.9‰,年度指标值:≤0.9‰;

    林木良种推广经费 40.00 40.00

推广林木良种和造林实用技术。

1、1-产出指标,11-数量指标,推广面积；实施周期指标值:≥2000亩,年度指标值:≥2000亩;,2、3-满意度指标,31-服务对象满意度指标,林农满意度；实施周期指标值:≥90%,年度指标值:≥90%;
"""

# 白沙县林业局's: its own 巡护天数 (another value), no 推广面积
_BAISHA = """项目支出绩效目标表（含转移支付项目）

部门名称：白沙县林业局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 70.00 70.00

白沙县林业局 70.00 70.00

    护林员管护经费 70.00 70.00

聘用生态护林员开展日常管护。

1、1-产出指标,11-数量指标,巡护天数；实施周期指标值:≥250天,年度指标值:≥250天;,2、1-产出指标,11-数量指标,护林员人数；实施周期指标值:≥80人,年度指标值:≥80人;
"""


def build(root: Path) -> Engine:
    """The engine over the fictional tables, loaded under root."""
    docs = root / "docs"
    docs.mkdir()
    (docs / "青禾县林业局_项目支出绩效目标表.txt").write_text(_QINGHE, encoding="utf-8")
    (docs / "白沙县林业局_项目支出绩效目标表.txt").write_text(_BAISHA, encoding="utf-8")
    # a 决算 line printing 全年预算 beside 决算, and a score per project (of 青禾县林业局's self-evaluation)
    simple_table(docs / "青禾县统计局_2024_财政拨款支出决算表.xlsx", "财政拨款支出决算",
                 "青禾县统计局2024年一般公共预算财政拨款支出决算表", "D2", "单位：万元",
                 ["项目", "年初预算", "全年预算", "决算"],
                 [("一般公共预算财政拨款支出", 500, 521.4, 493.7), ("统计调查专项", 200, None, 190)])
    simple_table(docs / "青禾县林业局_2024_项目绩效评价得分表.xlsx", "评价得分",
                 "青禾县林业局2024年项目支出绩效评价得分表", "C2", "单位：分",
                 ["项目名称", "总分", "评价等级"],
                 [("森林防火巡护经费", 96.5, "优"), ("林木良种推广经费", 88.0, "良")])
    _income_and_spending(docs / "青禾县_2025年_部门收支预算总表.xlsx")
    _project_details(docs / "青禾县_2025年_项目支出预算明细表.xlsx")
    return engine_over(root / "kb.sqlite", [docs])


def _income_and_spending(path: Path) -> None:
    """青禾县's 部门收支预算总表, 万元, a sheet per department: income beside spending, each spending line's 合计 and,
    beside it under 支出, its 基本支出 and 项目支出."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for dept, lines in (("青禾县农业农村局", [("一、卫生健康支出", 96.4, 96.4, None), ("二、农林水支出", 3300.5, 420.25, 2880.25)]),
                        ("青禾县教育局", [("一、教育支出", 5210.0, 4100.0, 1110.0)])):
        ws = wb.create_sheet(dept.removeprefix("青禾县"))
        ws.merge_cells("A1:F1")
        ws["A1"], ws["A2"], ws["F2"] = f"{dept}2025年部门收支预算总表", f"部门名称：{dept}", "单位：万元"
        ws.merge_cells("A3:B3")
        ws.merge_cells("C3:F3")
        ws["A3"], ws["C3"] = "收    入", "支    出"
        for c, v in zip("ABCDEF", ["项    目", "预算数", "项    目", "合计", "基本支出", "项目支出"], strict=True):
            ws[c + "4"] = v
        total = round(sum(t for _, t, _, _ in lines), 2)
        for r, (name, whole, basic, project) in enumerate(lines, 5):
            ws.cell(r, 3, name), ws.cell(r, 4, whole), ws.cell(r, 5, basic), ws.cell(r, 6, project)
        ws.cell(5, 1, "一、一般公共预算拨款"), ws.cell(5, 2, total)
        r = 5 + len(lines)
        ws.cell(r, 1, "收入合计"), ws.cell(r, 2, total), ws.cell(r, 3, "支出合计"), ws.cell(r, 4, total)
    wb.save(path)


def _project_details(path: Path) -> None:
    """The county's 项目支出预算明细表, 元: the projects of 青禾县农业农村局 and 青禾县教育局 with each one's 小计."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出预算明细表"
    ws.merge_cells("A1:E1")
    ws["A1"], ws["A2"], ws["E2"] = "青禾县2025年部门项目支出预算明细表", "编制单位：青禾县财政局", "单位：元"
    for c, h in zip("ABCDE", ["序号", "部门（单位）", "项目名称", "项目类别", "金额合计"], strict=True):
        ws[c + "3"] = h
    rows = [(1, "青禾县农业农村局", "高标准农田配套资金", "专项业务类", 18000000),
            (2, "青禾县农业农村局", "农村污水设施运维", "运转类", 10802500), (None, "青禾县农业农村局 小计", None, None, 28802500),
            (3, "青禾县教育局", "校舍维修改造", "专项业务类", 11100000), (None, "青禾县教育局 小计", None, None, 11100000)]
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(path)


def _three_costs(path: Path) -> None:
    """The county's 三公 table, 万元: each unit's 预算数 beside its 决算数 under each item."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "三公经费"
    rows = [["青禾县2024年度部门三公经费决算表", None, None, None, None],
            ["编制单位：青禾县财政局", None, None, None, "单位：万元"],
            ["部门（单位）名称", "公务接待费", None, "公务用车运行维护费", None],
            [None, "2024年预算数", "2024年决算数", "2024年预算数", "2024年决算数"],
            ["合计", 9.0, 7.4, 30.0, 26.6],
            ["青禾县统计局小计", 3.0, 2.3, 10.0, 8.8],
            ["  青禾县统计局（本级）", 2.0, 1.6, 6.0, 5.1],
            ["  青禾县普查中心", 1.0, 0.7, 4.0, 3.7],
            ["青禾县林业局小计", 6.0, 5.1, 20.0, 17.8],
            ["  青禾县林业局（本级）", 4.5, 3.9, 14.0, 12.5],
            ["  青禾县林业技术推广站", 1.5, 1.2, 6.0, 5.3],
            ["青禾县财政局小计", 0.8, 0.5, 3.0, 2.6],
            ["  青禾县财政局（本级）", 0.3, 0.2, 2.0, 1.9],
            ["  青禾县国库支付中心", 0.5, 0.3, 1.0, 0.7]]
    for row in rows:
        ws.append(row)
    for cells in ("A1:E1", "A2:D2", "A3:A4", "B3:C3", "D3:E3"):
        ws.merge_cells(cells)
    wb.save(path)


@pytest.fixture(scope="module")
def costs_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The county's 三公 table, and 白沙县财政局's own of its 部门决算 (a 预算 and a 决算 column, no 数)."""
    root = tmp_path_factory.mktemp("conv55costs")
    docs = root / "docs"
    docs.mkdir()
    _three_costs(docs / "青禾县_2024年度_部门三公经费决算表.xlsx")
    simple_table(docs / "白沙县财政局_2024_三公经费支出决算表.xlsx", "三公经费", "白沙县财政局2024年财政拨款三公经费支出决算表",
                 "C2", "单位：万元", ["项目", "预算", "决算"], [("公务接待费", 1.4, 0.9), ("公务用车运行维护费", 8.0, 6.6)])
    return engine_over(root / "kb.sqlite", [docs])


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return build(tmp_path_factory.mktemp("conv55"))


def test_the_item_asked_before_of_another_subject(engine: Engine) -> None:
    answer = converse(engine, "青禾县林业局森林防火巡护经费总分", "林木良种推广经费的呢")
    assert answer.status == ANSWERED, answer.text
    assert "88" in answer.text and "96.5" not in answer.text


def test_another_subject_without_the_item_is_said_so(engine: Engine) -> None:
    # 白沙县's project has no score: never its money (70) given as the answer
    answer = converse(engine, "青禾县林业局森林防火巡护经费总分", "白沙县护林员管护经费的呢")
    assert answer.status == UNKNOWN, answer.text
    assert "70" not in answer.text and "96.5" not in answer.text and "总分" in answer.text


def test_the_indicator_shown_asked_of_another_department(engine: Engine) -> None:
    for said in ("白沙县目标值多少", "白沙县的指标值是多少"):
        answer = converse(engine, "青禾县的巡护天数", said)
        assert answer.status == ANSWERED, answer.text
        assert "250" in answer.text and "巡护天数" in answer.text and "70.00" not in answer.text


def test_a_department_asked_of_its_own_list_is_not_the_indicator(engine: Engine) -> None:
    answer = converse(engine, "青禾县的巡护天数", "白沙县有哪些指标")
    assert answer.status == ANSWERED, answer.text
    assert "护林员人数" in answer.text


def test_whether_another_project_has_the_indicator_shown(engine: Engine) -> None:
    answer = converse(engine, "森林防火巡护经费的巡护天数", "林木良种推广经费有这个指标吗")
    assert answer.status == UNKNOWN, answer.text
    assert "巡护天数" in answer.text and "推广面积" not in answer.text and "林农满意度" not in answer.text
    held = converse(engine, "森林防火巡护经费的巡护天数", "护林员管护经费有这个指标吗")
    assert held.status == ANSWERED, held.text
    assert "250" in held.text and "护林员人数" not in held.text


def test_the_figure_done_of_the_line_shown(engine: Engine) -> None:
    answer = converse(engine, "青禾县统计局全年预算", "实际支出呢")
    assert answer.status == ANSWERED, answer.text
    assert "493.7" in answer.text and "521.4" not in answer.text


def test_a_list_word_alone_shows_the_list_again(engine: Engine) -> None:
    for said in ("都有哪些", "有哪些"):
        answer = converse(engine, "森林防火巡护经费的数量指标", said)
        assert answer.status == ANSWERED, answer.text
        assert "瞭望塔巡查" in answer.text and "森林火灾受害率" not in answer.text and "推广面积" not in answer.text


def test_a_part_of_a_lines_total_is_its_column_beside(engine: Engine) -> None:
    answer = converse(engine, "青禾县农业农村局农林水支出", "其中项目支出")
    assert answer.status == ANSWERED, answer.text
    assert "2880.25" in answer.text and "3300.5" not in answer.text


def test_the_departments_of_a_places_tables_listed(engine: Engine) -> None:
    for said in ("青禾县的表分别是哪些部门", "青禾县几个局的表分别是哪些部门"):
        answer = engine.ask(said, Session(), record=False)
        assert answer.status == ANSWERED, answer.text
        assert all(d in answer.text for d in ("青禾县林业局", "青禾县统计局", "青禾县农业农村局")), answer.text
        assert "白沙县" not in answer.text


def test_which_is_dearer_of_the_two_shown(engine: Engine) -> None:
    dearer = converse(engine, "森林防火巡护经费多少", "林木良种推广经费呢", "哪个贵")
    assert dearer.status == ANSWERED, dearer.text
    assert dearer.text.startswith("森林防火巡护经费") and "16" in dearer.text
    cheaper = converse(engine, "森林防火巡护经费多少", "林木良种推广经费呢", "哪个便宜")
    assert cheaper.status == ANSWERED, cheaper.text
    assert cheaper.text.startswith("林木良种推广经费")


def test_an_indicator_said_short_with_its_count(engine: Engine) -> None:
    answer = converse(engine, "森林防火巡护经费多少", "巡查次数呢")
    assert answer.status == ANSWERED, answer.text
    assert "120次" in answer.text and "56.00" not in answer.text
    # (counted in another unit: 巡护's figure is in 天, never given as its 人数)
    other = converse(engine, "森林防火巡护经费多少", "巡护人数呢")
    assert "300天" not in other.text


def test_the_kind_of_figure_shown_kept_for_another_units_item(costs_engine: Engine) -> None:
    # (the line shown says 决算 without 数: a 部门决算's column; the unit's line prints 预算数 beside 决算数)
    answer = converse(costs_engine, "白沙县财政局公务接待费决算", "青禾县国库支付中心的公务接待费呢")
    assert answer.status == ANSWERED, answer.text
    assert "0.3" in answer.text and "0.5" not in answer.text


def test_a_department_after_a_question_asked_back(engine: Engine) -> None:
    # the turn before asked back which line (as "…1-10月合计差异率" is, of a table of months): the department said
    # next is asked that question, never answered with its total (白沙县林业局's 70.00)
    session = Session(build_id=engine.build_id)
    asked = "青禾县林业局合计差异率"
    figures.remember(session, Answer(asked, CLARIFY, "表中有多项符合：…", "facts",
                                     options=["合计 1月差异率", "合计 2月差异率"]), ["青禾县林业局", "白沙县林业局"])
    answer = engine.ask("白沙县林业局呢", session, record=False)
    assert answer.status == UNKNOWN, answer.text
    assert "70" not in answer.text and asked in answer.text


def test_a_count_of_a_name_no_indicator_holds_is_not_another(engine: Engine) -> None:
    # (a guard: 巡查 is in 瞭望塔巡查, but 巡查阳性 is no indicator's name — never 瞭望塔巡查's figure, in a
    # conversation or alone)
    answer = converse(engine, "森林防火巡护经费多少", "巡查阳性次数呢")
    assert "120次" not in answer.text
    alone = engine.ask("巡查阳性次数多少", Session(), record=False)
    assert "120次" not in alone.text


def test_a_place_in_the_list_shown_is_not_the_list_again(engine: Engine) -> None:
    answer = converse(engine, "森林防火巡护经费的数量指标", "第二个是什么")
    assert answer.status == ANSWERED, answer.text
    assert "瞭望塔巡查" in answer.text and "巡护天数" not in answer.text
