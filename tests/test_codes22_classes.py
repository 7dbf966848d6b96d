"""Two kinds of budget tables (blind set 20, round 22): a department's spending of two years side by side by
经济分类 (each 类 a merged group closed by its 小计, columns 2024年 | 2025年 | 增减额 | 增减率), and a place's
fund spending by 功能分类 whose lines carry subject codes (类 3 digits, 款 5, 项 7) with 其中 columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

# 青岚县教育局: two years of spending, each 类 a merged group of its items closed by 小计.
_GROUPS = [("工资福利支出", [("基本工资", 1000.0, 1040.0), ("津贴补贴", 500.0, 520.0)]),
           ("商品和服务支出", [("办公费", 40.0, 30.0), ("培训费", 80.0, 60.0), ("维修（护）费", 100.0, 110.0)]),
           ("资本性支出", [("办公设备购置", 50.0, 40.0), ("专用设备购置", 200.0, 260.0)])]


def _two_years(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "对比表"
    ws["A1"] = "青岚县教育局2025年部门预算支出与2024年对比表"
    ws["F2"] = "单位：万元"
    for c, h in enumerate(["支出类别", "经济分类科目", "2024年预算数", "2025年预算数", "增减额", "增减率（%）"], 1):
        ws.cell(3, c, h)
    r = 4
    ta = tb = 0.0
    for cat, items in _GROUPS:
        start, sa, sb = r, 0.0, 0.0
        for name, a, b in [*items, ("小计", sum(x[1] for x in items), sum(x[2] for x in items))]:
            ws.cell(r, 2, name)
            for c, v in ((3, a), (4, b), (5, round(b - a, 2)), (6, round((b - a) / a * 100, 2))):
                ws.cell(r, c, v)
            if name != "小计":
                sa, sb = sa + a, sb + b
            r += 1
        ws.cell(start, 1, cat)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ta, tb = ta + sa, tb + sb
    ws.cell(r, 1, "合计")
    for c, v in ((3, ta), (4, tb), (5, round(tb - ta, 2)), (6, round((tb - ta) / ta * 100, 2))):
        ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def years_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("codes22_years")
    _two_years(folder / "qinglan_edu.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qinglan_edu.xlsx"])


@pytest.mark.parametrize(("asked", "fell"), [("哪类支出下降了", True), ("哪一类支出减少了", True),
                                             ("哪类支出增加了", False), ("哪一类支出增长了", False)])
def test_which_class_changed_ranks_the_classes_by_their_subtotal(years_engine: Engine, asked: str, fell: bool) -> None:
    # a 类 is its group's 小计: never the items of the first group read as "支出" (工资福利支出)
    a = converse(years_engine, f"青岚县教育局{asked}")
    assert a.status == "answered"
    assert ("商品和服务支出" in a.text) == fell and ("工资福利支出" in a.text) != fell
    assert "基本工资" not in a.text and "培训费" not in a.text


def test_how_much_it_fell_after_the_class_that_fell(years_engine: Engine) -> None:
    a = converse(years_engine, "青岚县教育局哪类支出下降了", "降了多少")
    assert a.status == "answered" and "-20" in a.text and "商品和服务支出" in a.text


@pytest.mark.parametrize("turns", [("青岚县教育局培训费", "减少多少", "减了几成"),
                                   ("青岚县教育局培训费降了几成",),
                                   ("青岚县教育局培训费", "减了几成")])
def test_how_many_tenths_it_fell_is_its_rate(years_engine: Engine, turns: tuple[str, ...]) -> None:
    a = converse(years_engine, *turns)
    assert a.status == "answered" and "-25%" in a.text


def test_how_much_alone_after_a_ranking_is_the_figure_ranked(years_engine: Engine) -> None:
    a = converse(years_engine, "青岚县教育局哪个科目增长率最高", "多少")
    assert a.status == "answered" and "专用设备购置" in a.text and "30%" in a.text and "260" not in a.text


_IND = "\u3000\u3000"
# 石湾区 (a place loaded beside its own bureau 石湾区教育局): its fund's spending by function, 类/款/项 coded.
_FUND = [("207文化旅游体育与传媒支出", 500, 400, 100),
         (_IND + "20707国家电影事业发展专项资金安排的支出", 500, 400, 100),
         (_IND * 2 + "2070701资助城市影院", 500, 400, 100),
         ("212城乡社区支出", 3500, 2000, 1500),
         (_IND + "21208国有土地使用权出让收入安排的支出", 3500, 2000, 1500),
         (_IND * 2 + "2120801征地和拆迁补偿支出", 2000, 1000, 1000),
         (_IND * 2 + "2120802土地开发支出", 300, 300, 0),
         (_IND * 2 + "2120803城市建设支出", 1200, 700, 500),
         ("232债务付息支出", 800, 800, 0),
         (_IND + "23204地方政府专项债务付息支出", 800, 800, 0),
         (_IND * 2 + "2320411国有土地使用权出让金债务付息支出", 800, 800, 0),
         ("合计", 4800, 3200, 1600)]
# 松山区财政局: a 决算 by function, 类/款/项 coded too; 城乡社区支出 and 债务付息支出 printed blank.
_FINAL = [("201一般公共服务支出", 2600), ("20106财政事务", 2600), ("2010601行政运行", 2400),
          ("2010602一般行政管理事务", 200), ("208社会保障和就业支出", 300), ("20805行政事业单位养老支出", 300),
          ("2080505机关事业单位基本养老保险缴费支出", 300), ("212城乡社区支出", "—"), ("232债务付息支出", "—"),
          ("合计", 2900), ("30216培训费", 15)]


@pytest.fixture(scope="module")
def coded_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("codes22_coded")
    simple_table(folder / "shiwan_fund.xlsx", "基金支出", "石湾区2025年政府性基金预算支出表", "D2", "单位：万元",
                 ["科目编码及名称", "2025年预算数", "其中：区本级支出", "其中：补助镇街支出"], _FUND)
    simple_table(folder / "songshan_final.xlsx", "支出决算表", "松山区财政局2024年支出决算表", "B2", "单位：万元",
                 ["科目编码及名称", "决算数"], _FINAL)
    _two_years(folder / "shiwan_edu.xlsx")
    import openpyxl

    wb = openpyxl.load_workbook(folder / "shiwan_edu.xlsx")
    wb.worksheets[0]["A1"] = "石湾区教育局2025年部门预算支出与2024年对比表"
    wb.save(folder / "shiwan_edu.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / n for n in ("shiwan_fund.xlsx", "songshan_final.xlsx",
                                                                    "shiwan_edu.xlsx")])


def test_a_rank_over_a_level_two_coded_tables_hold_is_asked_which(coded_engine: Engine) -> None:
    a = converse(coded_engine, "哪个项级科目最大")
    assert a.status == "clarify" and "石湾区" in a.text and "松山区财政局" in a.text
    a = converse(coded_engine, "哪个项级科目最大", "石湾区")
    assert a.status == "answered" and "征地和拆迁补偿支出" in a.text and "2000" in a.text
    a = converse(coded_engine, "哪个项级科目最大", "松山区财政局")
    assert a.status == "answered" and "行政运行" in a.text and "2400" in a.text


def test_a_rank_over_a_level_of_the_one_coded_table_printing_the_column_said(coded_engine: Engine) -> None:
    a = converse(coded_engine, "哪个类级科目预算最多")
    assert a.status == "answered" and "212城乡社区支出" in a.text and "3500" in a.text
    assert "合计" not in a.text.split("（来源")[0] and "4800" not in a.text


def test_a_place_said_by_its_own_name_beside_its_bureaus(coded_engine: Engine) -> None:
    # 石湾区 is a loaded department of its own (its fund table), not a short name of 石湾区教育局 too
    a = converse(coded_engine, "石湾区2025年政府性基金预算支出合计多少")
    assert a.status == "answered" and "4800" in a.text
    a = converse(coded_engine, "石湾区哪个项补助镇街最多", "第二的是哪个")
    assert a.status == "answered" and "城市建设支出" in a.text and "500" in a.text


@pytest.mark.parametrize(("asked", "figure"), [("城乡社区支出多少", "3500"), ("債務付息支出多少", "800")])
def test_a_line_printed_blank_in_another_department_is_the_one_with_the_figure(coded_engine: Engine, asked: str,
                                                                             figure: str) -> None:
    a = converse(coded_engine, asked)
    assert a.status == "answered" and figure in a.text and "石湾区" in a.text


def test_a_column_of_the_line_just_shown(coded_engine: Engine) -> None:
    a = converse(coded_engine, "城乡社区支出多少", "其中区本级呢")
    assert a.status == "answered" and "2000" in a.text and "3200" not in a.text


def test_a_part_column_within_the_row_named_is_of_that_rows_figure(coded_engine: Engine) -> None:
    # "X中补助镇街占多少": 1000 ÷ 2000 of that row, never 1000 ÷ 1600 of the column's 合计
    a = converse(coded_engine, "征地和拆迁补偿支出中补助镇街占多少")
    assert a.status == "answered" and "50.00%" in a.text and "62.5" not in a.text


def test_a_part_column_of_the_total_is_over_the_total_it_is_part_of(coded_engine: Engine) -> None:
    a = converse(coded_engine, "补助镇街占政府性基金合计比例多少")
    assert a.status == "answered" and "33.33%" in a.text and "1600" in a.text and "4800" in a.text


@pytest.mark.parametrize(("level", "share"), [("款", "57.14%"), ("类", "57.14%")])
def test_a_share_of_the_head_a_line_stands_under(coded_engine: Engine, level: str, share: str) -> None:
    a = converse(coded_engine, "征地和拆迁补偿支出", f"占它所在{level}的比例")
    assert a.status == "answered" and share in a.text and "3500" in a.text


def test_rows_having_a_column_are_those_with_an_amount_in_it(coded_engine: Engine) -> None:
    a = converse(coded_engine, "哪些项级科目有补助镇街支出")
    assert a.status == "answered" and "征地和拆迁补偿支出" in a.text and "城市建设支出" in a.text
    assert "土地开发支出" not in a.text and "债务付息" not in a.text


@pytest.mark.parametrize(("line", "detail"), [("城市建设支出", "具体到哪个村"), ("土地开发支出", "具体用在哪些地方")])
def test_a_detail_the_table_does_not_break_down_is_not_answered_with_the_line(coded_engine: Engine, line: str,
                                                                              detail: str) -> None:
    a = converse(coded_engine, line, detail)
    assert a.status == "unknown" and "1200" not in a.text.split("（")[0]


def test_a_detail_asked_of_a_line_with_lines_under_it_lists_them(coded_engine: Engine) -> None:
    a = converse(coded_engine, "城乡社区支出", "具体有哪些")
    assert a.status == "answered" and "国有土地使用权出让收入安排的支出" in a.text


def test_what_was_bought_is_not_the_line_of_its_amount(years_engine: Engine) -> None:
    a = converse(years_engine, "青岚县教育局专用设备购置", "具体买的什么设备")
    assert a.status == "unknown"


def test_a_line_said_by_its_words_with_and_dropped(coded_engine: Engine) -> None:
    a = converse(coded_engine, "土地开发支出多少", "那征地拆迁呢")
    assert a.status == "answered" and "征地和拆迁补偿支出" in a.text and "2000" in a.text


def test_a_head_said_without_other_is_not_its_residual_line(tmp_path: Path) -> None:
    rows = [("212城乡社区支出", 900), ("21208国有土地使用权出让收入安排的支出", 900), ("2120801征地和拆迁补偿支出", 500),
            ("2120802土地开发支出", 300), ("2120899其他国有土地使用权出让收入安排的支出", 100), ("合计", 900)]
    simple_table(tmp_path / "fund.xlsx", "基金支出", "柳江区2025年政府性基金预算支出表", "B2", "单位：万元",
                 ["科目编码及名称", "预算数"], rows)
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path / "fund.xlsx"])
    a = converse(engine, "国有土地出让收入安排的支出下面有几个项")
    assert a.status == "answered" and "3" in a.text.split("（")[0] and "土地开发支出" in a.text


def test_a_change_between_years_is_of_the_one_table_printing_both(coded_engine: Engine) -> None:
    # 松山区财政局's 决算 prints one year; 石湾区教育局's table two: "今年比去年" is asked of that one
    a = converse(coded_engine, "培训费今年比去年少多少")
    assert a.status == "answered" and "-20" in a.text and "shiwan_edu" in a.text


@pytest.mark.parametrize(("asked", "group", "figure"), [("哪个类增长最快", "资本性支出", "20%"),
                                                         ("哪类支出降得最多", "商品和服务支出", "-20"),
                                                         ("哪类支出降幅最大", "商品和服务支出", "-9.09%")])
def test_a_class_ranked_by_its_change_is_its_subtotal(years_engine: Engine, asked: str, group: str,
                                                      figure: str) -> None:
    # a 类 of a table grouping its items is ranked by its 小计's change, never an item (专用设备购置 +30%)
    a = converse(years_engine, f"青岚县教育局{asked}")
    assert a.status == "answered" and group in a.text and figure in a.text and "专用设备购置" not in a.text


@pytest.mark.parametrize(("asked", "line"), [("石湾区哪个类最少", "207文化旅游体育与传媒支出"),
                                             ("石湾区哪个款最多", "21208国有土地使用权出让收入安排的支出")])
def test_a_level_said_right_before_the_superlative(coded_engine: Engine, asked: str, line: str) -> None:
    a = converse(coded_engine, asked)
    assert a.status == "answered" and line in a.text and "合计" not in a.text.split("（来源")[0]


def test_which_kind_said_of_the_items_head_ranks_the_items(tmp_path: Path) -> None:
    # 类别 › 人员类型: "哪类人员" is which kind of staff (an item), not 在职人员 vs 离退休人员
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "人员经费"
    ws["A1"] = "柳江区教育局2024年人员经费统计表"
    ws["D2"] = "单位：万元"
    for c, h in enumerate(["类别", "人员类型", "人数", "人员经费"], 1):
        ws.cell(3, c, h)
    rows = [("在职人员", "行政编制", 20, 500), (None, "事业编制", 300, 6000), (None, "小计", 320, 6500),
            ("离退休人员", "退休", 400, 6200), (None, "小计", 400, 6200)]
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    ws.merge_cells("A4:A6")
    ws.merge_cells("A7:A8")
    wb.save(tmp_path / "staff.xlsx")
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path / "staff.xlsx"])
    a = converse(engine, "柳江区教育局哪类人员经费最多")
    assert a.status == "answered" and "退休" in a.text and "6200" in a.text and "小计" not in a.text.split("（")[0]
