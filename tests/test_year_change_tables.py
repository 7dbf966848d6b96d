"""General tables of three shapes finance offices publish: a budget set against the year before's final
accounts (2024年决算数, 2025年预算数, 增减额, 增长率, and a “三公” block after a gap); a workbook of one
sheet per fund, amounts in 元 beside areas in 亩; a fund budget by subject code (类 212, 款 21208, 项
2120801) with 本年安排 and 上年结转. The workbooks are generated here; figures read off them by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent


def _two_years(path: Path) -> None:
    """柏溪县文化和旅游局: 2025 budget against 2024 final accounts, in 万元; 增长率 in 0.00%."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "预决算对比"
    ws.append(["柏溪县文化和旅游局2025年一般公共预算支出预算与2024年决算对比表"])
    ws.append(["单位：万元"])
    ws.append(["序号", "项目", "2024年决算数", "2025年预算数", "增减额", "增长率"])
    rows = [("", "合计", 1000, 1090), ("一", "基本支出", 600, 630), (1, "工资福利支出", 500, 520),
            (2, "商品和服务支出", 100, 110), ("二", "项目支出", 400, 460), (1, "非物质文化遗产保护经费", 150, 210),
            (2, "公共文化服务补助", 170, 160), (3, "旅游宣传推广经费", 80, 90)]
    for seq, name, a, b in rows:
        ws.append([seq, name, a, b, b - a, round((b - a) / a, 6)])
        ws.cell(ws.max_row, 6).number_format = "0.00%"
    ws.append([])
    ws.append(["", "附：“三公”经费"])
    for seq, name, a, b in [("", "“三公”经费合计", 20, 17), (1, "公务接待费", 5, 4), (2, "公务用车运行维护费", 15, 13)]:
        ws.append([seq, name, a, b, b - a, round((b - a) / a, 6)])
        ws.cell(ws.max_row, 6).number_format = "0.00%"
    wb.save(path)


def _funds(path: Path) -> None:
    """桐山区农业农村局: one sheet in 元 (面积 in 亩), one in 万元 with its numbers stored as text."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "耕地地力保护补贴"
    ws.append(["桐山区农业农村局2025年耕地地力保护补贴资金分配表"])
    ws.append(["金额单位：元"])
    ws.append(["镇（街道）", "补贴面积（亩）", "补贴金额（元）"])
    for r in [("南岗镇", 10000, 1050000), ("北湖街道", 2000, 210000), ("西坪镇", 8000, 840000),
              ("合计", 20000, 2100000)]:
        ws.append(list(r))
    ws = wb.create_sheet("农村人居环境整治")
    ws.append(["桐山区2025年农村人居环境整治专项资金分配表"])
    ws.append(["单位：万元"])
    ws.append(["镇（街道）", "行政村数（个）", "分配金额"])
    for r in [("南岗镇", "12", "40.00"), ("北湖街道", "3", "10.00"), ("西坪镇", "9", "30.00"), ("合计", "24", "80.00")]:
        ws.append(list(r))
    ws = wb.create_sheet("高标准农田建设")
    ws.append(["桐山区2025年高标准农田建设资金分配表"])
    ws.append(["单位：万元"])
    ws.append(["镇（街道）", "项目名称", "小计"])
    for r in [("南岗镇", "南岗镇农田提质项目", 120), ("西坪镇", "西坪镇丘陵农田建设项目", 90), ("合计", None, 210)]:
        ws.append(list(r))
    wb.save(path)


def _fund_subjects(path: Path) -> None:
    """梅岭县住房和城乡建设局's 政府性基金 budget by subject code; a blank 上年结转 is none."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基金支出"
    ws.append(["梅岭县住房和城乡建设局2025年政府性基金预算支出表"])
    ws.append(["单位：万元"])
    ws.append(["科目编码", "科目名称", "合计", "资金来源", None])
    ws.append([None, None, None, "本年安排", "上年结转"])
    for cells in ("A3:A4", "B3:B4", "C3:C4", "D3:E3"):
        ws.merge_cells(cells)
    for r in [("", "合计", 1500, 1300, 200), ("212", "城乡社区支出", 1400, 1200, 200),
              ("21208", "国有土地使用权出让收入安排的支出", 1400, 1200, 200),
              ("2120801", "征地和拆迁补偿支出", 500, 400, 100), ("2120803", "城市建设支出", 900, 800, 100),
              ("232", "债务付息支出", 100, 100, None), ("23204", "地方政府专项债务付息支出", 100, 100, None),
              ("2320411", "国有土地使用权出让金债务付息支出", 100, 100, None)]:
        ws.append(list(r))
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    tables = tmp_path_factory.mktemp("year_change_tables")
    _two_years(tables / "baixi_wlj_2025_budget_vs_2024.xlsx")
    _funds(tables / "tongshan_nyj_2025_funds.xlsx")
    _fund_subjects(tables / "meiling_zjj_2025_fund_budget.xlsx")
    db = built_copy([ROOT / "tests" / "data" / "samples", tables],
                    tmp_path_factory.mktemp("year_change") / "kb.sqlite")
    return Engine(db, ROOT / "knowledge" / "vocabulary.toml")


def test_a_rate_reads_with_the_decimals_its_format_prints(engine) -> None:
    # 30 / 170 = -5.882353 %: the cell prints -5.88%, never the stored digits
    a = engine.ask("文旅局公共文化服务补助增长率是多少")
    assert a.status == "answered" and "-5.88%" in a.text and "5.8823" not in a.text, a.text


def test_how_much_it_grew_gives_the_change_and_the_rate(engine) -> None:
    # 非遗 is the standard short word of 非物质文化遗产 inside the row's name
    a = engine.ask("文旅局非遗保护经费增长了多少")
    assert a.status == "answered" and "60万元" in a.text and "40.00%" in a.text, a.text
    a = engine.ask("文旅局非遗保护经费增长率多少")  # the rate alone when the rate is asked
    assert a.status == "answered" and "40.00%" in a.text and "60万元" not in a.text, a.text


def test_compared_with_the_year_before_is_the_change_the_table_prints(engine) -> None:
    a = engine.ask("文旅局项目支出比上年增加多少")
    assert a.status == "answered" and "60万元" in a.text and "15.00%" in a.text and "400" in a.text, a.text
    assert "非物质文化遗产" not in a.text, a.text  # the row named, not the rows under it
    a = engine.ask("文旅局三公经费比上年少多少")  # a block named alone: its total row
    assert a.status == "answered" and "-3万元" in a.text and "-15.00%" in a.text and "接待" not in a.text, a.text


def test_a_year_said_against_the_year_before_is_the_total_rows_change(engine) -> None:
    # the column 2024年决算数 is 2024's figure: never "no data of 2024"
    a = engine.ask("文旅局2025比2024年总共增加多少")
    assert a.status == "answered" and "90万元" in a.text and "9.00%" in a.text, a.text


def test_which_fell_is_a_filter_on_the_change_column(engine) -> None:
    a = engine.ask("文旅局项目支出里哪个预算比上年减少了")
    assert a.status == "answered" and "公共文化服务补助" in a.text and "-10万元" in a.text, a.text
    assert "非物质文化遗产" not in a.text and "旅游宣传" not in a.text and "公务" not in a.text, a.text


def test_a_share_of_the_total_is_over_its_own_blocks_total(engine) -> None:
    # 630 / 1090, never over the “三公” block's total printed further down
    a = engine.ask("文旅局基本支出占合计的比例")
    assert a.status == "answered" and "57.80%" in a.text and "三公" not in a.text, a.text
    a = engine.ask("文旅局项目支出占2025年预算合计的比重")
    assert a.status == "answered" and "42.20%" in a.text, a.text


def test_an_amount_in_yuan_asked_in_wan_is_converted_and_areas_left_out(engine) -> None:
    a = engine.ask("桐山区耕地地力保护补贴总共多少万元")
    assert a.status == "answered" and "2100000元" in a.text and "210万元" in a.text, a.text
    assert "20000亩" not in a.text, a.text
    a = engine.ask("西坪镇耕地补贴金额合多少万元")
    assert a.status == "answered" and "84万元" in a.text, a.text
    a = engine.ask("西坪镇耕地补贴金额多少万")  # staff say 多少万 for 万元
    assert a.status == "answered" and "84万元" in a.text, a.text


def test_a_share_of_the_whole_district_is_over_the_sheets_total(engine) -> None:
    a = engine.ask("南岗镇耕地补贴占全区比例")
    assert a.status == "answered" and "50.00%" in a.text, a.text
    # 资金 asked: the money column (40 / 80), never the villages counted (12 / 24 is also 50 %: use 北湖)
    a = engine.ask("北湖街道人居整治资金占全区比例")
    assert a.status == "answered" and "12.50%" in a.text and "10 ÷ 80" in a.text, a.text


def test_subject_levels_and_the_rows_under_a_code(engine) -> None:
    a = engine.ask("城乡社区支出这个类多少")  # other tables print the row blank and uncoded
    assert a.status == "answered" and "1400万元" in a.text, a.text
    a = engine.ask("梅岭21208这个款下面哪个项最多")
    assert a.status == "answered" and "城市建设支出" in a.text and "900" in a.text, a.text


def test_columns_holding_a_year_word_are_labels_not_years(engine) -> None:
    a = engine.ask("梅岭住建局征地和拆迁补偿支出本年安排多少 结转多少")
    assert a.status == "answered" and "400万元" in a.text and "100万元" in a.text, a.text
    a = engine.ask("梅岭基金表上年结转一共多少")
    assert a.status == "answered" and "200万元" in a.text, a.text


def test_a_column_said_in_two_parts_around_a_row_is_that_column(engine) -> None:
    # 补贴…面积 is 补贴面积（亩）, never 补贴金额 (补贴 alone) nor another sheet's area
    a = engine.ask("耕地地力补贴南岗镇面积")
    assert a.status == "answered" and "10000亩" in a.text and "1050000" not in a.text, a.text


def test_what_a_row_is_called_is_its_name_column_and_a_sum_never_adds_one_cell_twice(engine) -> None:
    a = engine.ask("西坪镇高标准农田项目叫啥 一共多少钱")
    assert a.status == "answered" and "西坪镇丘陵农田建设项目" in a.text and "90万元" in a.text, a.text
    assert "180" not in a.text, a.text


def test_a_share_of_the_tables_own_kind_is_over_its_total(engine) -> None:
    # 基金支出 is the table's kind (政府性基金预算支出表), not another department's sheet: 900 / 1500
    a = engine.ask("城市建设支出占基金支出比例")
    assert a.status == "answered" and "60.00%" in a.text and "900 ÷ 1500" in a.text, a.text


def test_a_standard_short_word_inside_a_rows_name_names_it(engine) -> None:
    # 非遗 for 非物质文化遗产 ([label_abbreviations]): "非遗经费" is the 非物质文化遗产保护经费 row
    a = engine.ask("文旅局非遗经费2025年预算多少")
    assert a.status == "answered" and "210万元" in a.text, a.text
