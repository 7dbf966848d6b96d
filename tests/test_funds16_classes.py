"""Tables of their own for budget tables organised by classification (blind sets 14/15): a place's own
政府性基金 budget (收入 by 一、/二、 heads with unnumbered items under them, 支出 by 类/款/项 subject code) and a
部门收支总表 printing 收入 and 支出 side by side. The table's lines are an outline: a share is of the head that
sums the line, a 款 has its 项 under it, lines named alike under two heads are told apart by their heads."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine

_INCOME = [("一、本级政府性基金收入合计", 5200, 6000, 800, 0.1538),
           ("  国有土地使用权出让收入", 4400, 5100, 700, 0.1591),
           ("  城市基础设施配套费收入", 500, 420, -80, -0.16),
           ("  污水处理费收入", 300, 480, 180, 0.6),
           ("二、转移性收入", 1800, 1650, -150, -0.0833),
           ("  上级补助收入", 900, 650, -250, -0.2778),
           ("  地方政府专项债务转贷收入", 900, 1000, 100, 0.1111),
           ("收入总计", 7000, 7650, 650, 0.0929)]

_SPENDING = [("合计", None, 6500, 7300, None),
             ("212", "城乡社区支出", 5100, 5600, None),
             ("21208", "  国有土地使用权出让收入安排的支出", 4300, 4700, None),
             ("2120801", "    补助被征地农民支出", 1500, 1740, "用于失地农民养老保险补贴"),
             ("2120803", "    城市建设支出", 2000, 2100, None),
             ("2120899", "    其他国有土地使用权出让收入安排的支出", 800, 860, None),
             ("21210", "  国有土地收益基金安排的支出", 800, 900, None),
             ("2121002", "    补助被征地农民支出", 800, 900, None),
             ("229", "其他支出", 1000, 1200, None),
             ("22960", "  彩票公益金安排的支出", 1000, 1200, None),
             ("231", "债务还本支出", 200, 250, None),
             ("23104", "  地方政府专项债务还本支出", 200, 250, None),
             ("232", "债务付息支出", 190, 235, None),
             ("23204", "  地方政府专项债务付息支出", 190, 235, None),
             ("2320411", "    国有土地使用权出让金债务付息支出", 190, 235, None),
             ("233", "债务发行费用支出", 10, 15, None),
             ("调出资金", None, None, 200, None),
             ("支出总计", None, 7000, 7650, None)]

_BOTH = [("一、一般公共预算拨款收入", 8600000, "一、一般公共服务支出", 5200000),
         ("二、政府性基金预算拨款收入", 900000, "二、教育支出", 3100000),
         ("三、事业收入", 300000, "三、城乡社区支出", 900000),
         ("四、其他收入", 100000, "四、住房保障支出", 700000),
         ("本年收入合计", 9900000, "本年支出合计", 9900000)]

# A department's spending by 一、/二、 heads (no subject codes), three years' columns and the change on last year.
_BY_HEADS = [("合计", 1210, 1300, 1280, -20),
             ("一、基本支出", 800, 820, 860, 40),
             ("  人员经费", 650, 660, 700, 40),
             ("  公用经费", 150, 160, 160, 0),
             ("二、项目支出", 410, 480, 420, -60),
             ("  农村公路养护", 300, 350, 280, -70),
             ("  客运站安全监管", 110, 130, 140, 10)]


# Lines by economic classification, each split into 基本支出 and 项目支出 (a blank cell: none).
_BY_ECONOMY = [(None, "合计", 620, 330, 290),
               ("301", "工资福利支出", 300, 300, None),
               ("30101", "  基本工资", 180, 180, None),
               ("30102", "  津贴补贴", 120, 120, None),
               ("302", "商品和服务支出", 270, 30, 240),
               ("30201", "  办公费", 20, 12, 8),
               ("30211", "  差旅费", 10, 10, None),
               ("30226", "  劳务费", 60, None, 60),
               ("30227", "  委托业务费", 180, 8, 172),
               ("30299", "  其他商品和服务支出", 0, 0, 0),
               ("310", "资本性支出", 50, None, 50),
               ("31002", "  办公设备购置", 50, None, 50)]


def _fund_workbook(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基金收入"
    ws["A1"] = "桐岭县2025年政府性基金预算收入表"
    ws["A2"], ws["E2"] = "编报单位：桐岭县财政局", "单位：万元"
    for c, h in enumerate(["项目", "2024年执行数", "2025年预算数", "比上年执行数增减额", "增长率"], 1):
        ws.cell(3, c, h)
    for r, row in enumerate(_INCOME, 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    ws = wb.create_sheet("基金支出")
    ws["A1"] = "桐岭县2025年政府性基金预算支出表"
    ws["E2"] = "单位：万元"
    for c, h in enumerate(["科目编码", "科目名称", "2024年执行数", "2025年预算数", "备注"], 1):
        ws.cell(3, c, h)
    for r, row in enumerate(_SPENDING, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(path)


def _both_sides(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收支总表"
    ws["A1"] = "枫溪县住房和城乡建设局2025年部门收支预算总表"
    ws["A2"], ws["D2"] = "编制单位：枫溪县住房和城乡建设局", "单位：元"
    ws["A3"], ws["C3"] = "收    入", "支    出"
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:D3")
    for c, h in enumerate(["项    目", "预算数", "项    目（按功能分类）", "预算数"], 1):
        ws.cell(4, c, h)
    for r, row in enumerate(_BOTH, 5):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("funds16")
    _fund_workbook(folder / "桐岭县政府性基金预算.xlsx")
    _both_sides(folder / "枫溪住建局收支总表.xlsx")
    simple_table(folder / "枫溪交通局支出预算.xlsx", "支出预算", "枫溪县交通运输局2025年部门支出预算表", "F2", "单位：万元",
                 ["项目", "2023年决算数", "2024年预算数", "2025年预算数", "比上年增减"], _BY_HEADS)
    simple_table(folder / "枫溪水利局经济分类.xlsx", "经济分类", "枫溪县水利局2025年一般公共预算基本支出和项目支出预算表",
                 "E2", "单位：万元", ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], _BY_ECONOMY)
    return engine_over(folder / "kb.sqlite", [folder])


def _figures(text: str) -> str:
    return text.split("（来源")[0]


def test_a_place_budget_is_the_place_s_and_said_without_its_level(engine):
    a = _ask(engine, "桐岭上级补助收入比上年减少多少")
    # The table's own 增长率 (-0.2778) may be quoted beside the change, as a percent; never as the amount asked.
    assert a.status == "answered" and "250" in _figures(a.text) and "27.78万元" not in a.text and "0.2778" not in a.text
    made = _ask(engine, "政府性基金预算收入表是哪个单位编的")
    assert made.status == "answered" and "桐岭县财政局" in made.text


def test_an_item_s_share_is_of_the_head_that_sums_it(engine):
    a = _ask(engine, "桐岭土地出让收入占本级基金收入比重")
    assert a.status == "answered" and "85.00" in a.text  # 5100 / 6000, never / 7650 (收入总计)
    assert "66.67" not in a.text
    after = _ask(engine, "桐岭本级基金收入合计", "污水处理费收入占多少")
    assert after.status == "answered" and "8.00" in after.text  # 480 / 6000


def test_a_subject_s_share_is_of_the_total_its_classes_add_up_to(engine):
    a = _ask(engine, "桐岭国有土地使用权出让收入安排的支出占基金支出合计多少")
    assert a.status == "answered" and "64.38" in a.text  # 4700 / 7300 (合计), never / 7650 (支出总计)
    assert "61.44" not in a.text


def test_lines_under_a_subject_are_counted(engine):
    a = _ask(engine, "21208款下面有几个项级科目")
    assert a.status == "answered" and "3" in _figures(a.text)
    assert "2121002" not in a.text


def test_lines_named_alike_under_two_heads_are_told_apart(engine):
    a = _ask(engine, "桐岭补助被征地农民支出2025年多少")
    assert a.status in ("answered", "clarify")
    assert "国有土地使用权出让收入安排的支出" in a.text and "国有土地收益基金安排的支出" in a.text
    one = _ask(engine, "桐岭国有土地收益基金安排的补助被征地农民支出2025年")
    assert one.status == "answered" and "900" in _figures(one.text) and "1740" not in one.text
    change = _ask(engine, "桐岭国有土地使用权出让收入安排的补助被征地农民支出2025年", "比2024年增长多少")
    assert change.status == "answered" and "240" in _figures(change.text)  # 1740 - 1500


def test_a_sum_of_heads_said_in_part_counts_each_head_once(engine):
    a = _ask(engine, "桐岭基金预算 债务还本、付息和发行费用2025年一共多少")
    assert a.status == "answered" and "500" in _figures(a.text)  # 250 + 235 + 15, never 235 twice
    assert "735" not in a.text


def test_side_by_side_halves_are_read_apart(engine):
    second = _ask(engine, "枫溪住建局支出功能分类第二大的是哪类")
    assert second.status == "answered" and "教育支出" in second.text and "3100000" in second.text
    least = _ask(engine, "枫溪住建局哪一项收入最少")
    assert least.status == "answered" and "其他收入" in least.text and "支出" not in _figures(least.text)
    share = _ask(engine, "枫溪住建局教育支出占比")
    assert share.status == "answered" and "31.31" in share.text  # of 本年支出合计, never of the income side


def test_which_class_fell_is_never_the_total(engine):
    a = _ask(engine, "枫溪交通局哪一类支出比上年减少了")
    assert a.status == "answered" and "项目支出" in a.text and "农村公路养护" in a.text
    assert "合计" not in _figures(a.text) and "-20" not in a.text
    income = _ask(engine, "桐岭哪一类收入比上年减少了")
    assert income.status == "answered" and "上级补助收入" in income.text and "收入总计" not in income.text
    other = _ask(engine, "桐岭哪一类支出比上年减少了")  # only the 收入 table prints a change
    assert "上级补助收入" not in other.text


def test_against_a_year_the_table_prints(engine):
    a = _ask(engine, "枫溪交通局项目支出比2023增加多少")
    assert a.status == "answered" and "10" in _figures(a.text) and "420" in a.text and "410" in a.text
    b = _ask(engine, "枫溪交通局人员经费2025年比2023年增长多少")
    assert b.status == "answered" and "50" in _figures(b.text)  # 700 - 650, never 比上年增减 40
    assert "40万元" not in b.text


def test_income_asked_of_a_spending_line_is_not_that_line(engine):
    a = _ask(engine, "桐岭县彩票公益金收入多少")
    assert a.status == "unknown" and "1200" not in a.text and "7650" not in a.text
    spent = _ask(engine, "桐岭彩票公益金安排的支出2025年")
    assert spent.status == "answered" and "1200" in _figures(spent.text)


def test_the_use_of_a_line_is_what_its_remark_says(engine):
    a = _ask(engine, "桐岭国有土地使用权出让收入安排的补助被征地农民支出2025年", "这笔钱用在哪")
    assert a.status == "answered" and "失地农民养老保险" in a.text


def test_lines_under_a_head_with_one_column_and_not_the_other(engine):
    a = _ask(engine, "枫溪水利局商品和服务支出里哪些明细只有项目支出没有基本支出")
    assert a.status == "answered" and "劳务费" in a.text
    assert "委托业务费" not in a.text and "办公费" not in a.text and "办公设备购置" not in a.text
    b = _ask(engine, "枫溪水利局工资福利支出里哪些只有基本支出没有项目支出")
    assert b.status == "answered" and "基本工资" in b.text and "津贴补贴" in b.text and "差旅费" not in b.text


def test_lines_not_of_a_kind(engine):
    listed = _ask(engine, "枫溪住建局非财政拨款收入有哪些")
    assert listed.status == "answered" and "事业收入" in listed.text and "其他收入" in listed.text
    assert "一般公共预算拨款收入" not in listed.text and "本年收入合计" not in listed.text
    total = _ask(engine, "枫溪住建局非财政拨款收入一共多少")
    assert total.status == "answered" and "400000" in _figures(total.text)


def _two_years(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    for i, (year, rows) in enumerate([(2024, [("基本支出", 980.5, 940.0, 40.5, "新增编制3名"),
                                               ("项目支出", 620.0, 700.0, -80.0, "道路修缮项目完工"),
                                               ("合计", 1600.5, 1640.0, -39.5, None)]),
                                       (2025, [("基本支出", 1010.0, 980.5, 29.5, "绩效工资调整"),
                                               ("项目支出", 540.0, 620.0, -80.0, "一次性补助结束"),
                                               ("合计", 1550.0, 1600.5, -50.5, None)])]):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = f"{year}年"
        ws["A1"] = f"石岭乡人民政府{year}年部门预算收支变动情况说明表"
        for c, h in enumerate(["项目", "本年预算（万元）", "上年预算（万元）", "增减额（万元）", "变动原因"], 1):
            ws.cell(2, c, h)
        for r, row in enumerate(rows, 3):
            for c, v in enumerate(row, 1):
                if v is not None:
                    ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def township(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("township16")
    _two_years(folder / "石岭乡变动说明.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_township_by_its_place_and_each_sheet_of_its_own_year(township):
    a = _ask(township, "石岭2025基本支出增长率")
    assert a.status == "answered" and "3.01" in a.text  # 29.5 / 980.5, never 本年 against 增减额
    last = _ask(township, "石岭乡2025项目支出", "去年的呢")
    assert last.status == "answered" and "620" in _figures(last.text) and "700" not in _figures(last.text)
    why = _ask(township, "石岭2024年基本支出变动原因")
    assert why.status == "answered" and "新增编制" in why.text and "绩效工资" not in why.text


@pytest.mark.parametrize("question", ["石岭镇2025年基本支出", "石岭县2025基本支出"])
def test_a_place_said_at_another_level_is_not_the_township(township, question):
    # (after the round's review) 石岭镇 / 石岭县 are not 石岭乡: never its figures
    from conftest import converse

    a = converse(township, question)
    assert a.status == "unknown", a.text


def test_the_township_by_its_own_level_still_answers(township):
    from conftest import converse
    a = converse(township, "石岭乡2025年基本支出")
    assert a.status == "answered", a.text
