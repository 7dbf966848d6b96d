"""Classes of answers blind_15 showed wrong over three general table shapes, each asserted on tables generated
here with other names and figures than the question set's: a 收支预算总表 with 收入 and 支出 side by side, an
经济分类 table with a two-row merged header, 类/款 codes and a note defining 公用经费, and a two-sheet allocation
workbook with amounts stored as text beside another department whose short name is one of its rows. Every
figure is worked out by hand.
"""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine


def _budget(ws) -> None:
    """澜川县水利局, 元: 收入 and 支出 pairs on the same rows under spaced headers, blanks said to be zero."""
    ws.title = "收支总表"
    ws.merge_cells("A1:D1")
    ws["A1"] = "澜川县水利局2025年部门收支预算总表"
    ws["A2"], ws["D2"] = "编制单位：澜川县水利局", "单位：元"
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:D3")
    ws["A3"], ws["C3"] = "收    入", "支    出"
    for c, h in enumerate(["项    目", "预算数", "项    目（按功能分类）", "预算数"], 1):
        ws.cell(4, c, h)
    rows = [("一、一般公共预算拨款收入", 20000000, "一、一般公共服务支出", 1200000),
            ("二、政府性基金预算拨款收入", 3000000, "二、卫生健康支出", 800000),
            ("三、国有资本经营预算拨款收入", None, "三、农林水支出", 19600000),
            ("四、事业收入", 500000, "四、城乡社区支出", 3000000),
            ("五、其他收入", 100000, "五、住房保障支出", 400000),
            ("本年收入合计", 23600000, "本年支出合计", 25000000),
            ("上年结转结余", 1400000, "年末结转结余", None),
            ("收入总计", 25000000, "支出总计", 25000000)]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
                if isinstance(v, int):
                    ws.cell(r, c).number_format = "#,##0.00"
    ws.merge_cells("A14:D14")
    ws["A14"] = "说明：1.本表金额单位为元。2.国有资本经营预算拨款收入本年无预算，空白表示为零。"


# (code, name, 2024年预算数, 2025 基本支出, 2025 项目支出); a class line (three digits) sums its items
_ITEMS = [("301", "工资福利支出", None), ("30101", "基本工资", (200, 210, 0)), ("30102", "津贴补贴", (100, 104, 0)),
          ("302", "商品和服务支出", None), ("30201", "办公费", (10, 8, 3)), ("30211", "差旅费", (6, 4, 1.5)),
          ("30216", "培训费", (12, 2, 9)), ("30227", "委托业务费", (50, 0, 60)),
          ("310", "资本性支出", None), ("31002", "办公设备购置", (30, 0, 12))]


def _economic(ws) -> None:
    """桐川区文化旅游局, 万元: 2024年预算数 | 2025年预算数 (合计 / 基本支出 / 项目支出) | 比上年增减."""
    ws.title = "经济分类"
    ws["A1"] = "桐川区文化旅游局2025年一般公共预算财政拨款支出预算表（按部门预算支出经济分类）"
    ws["G2"] = "单位：万元"
    ws["A3"], ws["C3"], ws["D3"], ws["G3"] = "部门预算支出经济分类科目", "2024年预算数", "2025年预算数", "比上年增减"
    ws["A4"], ws["B4"], ws["D4"], ws["E4"], ws["F4"] = "科目编码", "科目名称", "合计", "基本支出", "项目支出"
    for rng in ("A1:G1", "A3:B3", "C3:C4", "D3:F3", "G3:G4"):
        ws.merge_cells(rng)
    classes: dict[str, list[float]] = {}
    for code, _, v in _ITEMS:
        if v is None:
            classes[code] = [0, 0, 0]
        else:
            classes[code[:3]] = [a + b for a, b in zip(classes[code[:3]], v, strict=True)]
    total = [sum(x) for x in zip(*classes.values(), strict=True)]

    def put(r: int, code: str | None, name: str | None, last: float, basic: float, project: float) -> None:
        ws.cell(r, 1, code)
        ws.cell(r, 2, name)
        for c, val in zip(range(3, 8), (last, basic + project, basic, project, basic + project - last), strict=True):
            if val:
                ws.cell(r, c, round(val, 2)).number_format = "0.00"

    put(5, "合计", None, *total)
    for r, (code, name, v) in enumerate(_ITEMS, 6):
        put(r, code, name, *(classes[code] if v is None else v))
    ws.merge_cells("A17:G17")
    ws["A17"] = "注：1.本表为一般公共预算财政拨款支出。2.基本支出中302类为公用经费，其余为人员经费。3.空白单元格表示无预算。"


def _allocation(wb) -> None:
    """岳州市教育局, 元 as text with separators: counties' allocation, and a sheet of key projects in 万元."""
    ws = wb.active
    ws.title = "分县区分配表"
    ws["A1"] = "岳州市2025年农村学校改薄补助资金分配表"
    ws["A2"], ws["I2"] = "主管部门：岳州市教育局", "单位：元"
    ws.append(["序号", "县（市、区）", "2024年下达数", "2025年分配数", "其中：中央资金", "其中：市级资金", "增减额", "增减率", "备注"])
    ws.append(["1", "岳西区", "5,000,000.00", "6,000,000.00", "4,200,000.00", "1,800,000.00", "1,000,000.00", "20.00%", ""])
    ws.append(["2", "平江县", "4,000,000.00", "3,000,000.00", "2,100,000.00", "900,000.00", "-1,000,000.00", "-25.00%", ""])
    ws.append(["3", "汨罗市", "3,000,000.00", "3,500,000.00", "2,450,000.00", "1,050,000.00", "500,000.00", "16.67%", ""])
    ws.append(["", "合计", "12,000,000.00", "12,500,000.00", "8,750,000.00", "3,750,000.00", "500,000.00", "4.17%", ""])
    ws.append([])
    ws.append(["说明：中央资金与市级资金按7:3比例分配。"])
    ws2 = wb.create_sheet("重点项目明细")
    ws2["A1"] = "2025年农村学校改薄重点项目明细表"
    ws2["G2"] = "单位：万元"
    ws2.append(["序号", "项目名称", "实施单位", "所属县区", "安排金额", "绩效目标", "主要绩效指标"])
    ws2.append([1, "岳西区第三小学食堂改造", "岳西区第三小学", "岳西区", "150.00", "改造食堂1200平方米，改善就餐条件。",
                "受益学生数1500人；验收合格率100%"])
    ws2.append([2, "平江县乡村学校图书配备", "平江县教育局", "平江县", "86.50", "为全县15所乡村学校配备图书。",
                "受益学校数15所；按期完成率100%"])
    ws2.append(["", "合计", "", "", "236.50", "", ""])


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    import openpyxl

    d = tmp_path_factory.mktemp("gen15")
    for name, build in (("budget", _budget), ("economic", _economic)):
        wb = openpyxl.Workbook()
        build(wb.active)
        wb.save(d / f"{name}.xlsx")
    wb = openpyxl.Workbook()
    _allocation(wb)
    wb.save(d / "allocation.xlsx")
    # another department, of 2020, whose short name (岳西) begins a county row of the allocation (岳西区)
    simple_table(d / "branch.xlsx", "项目", "岳州市交通运输局岳西分局2020年项目支出预算表", "B2", "单位：万元",
                 ["项目名称", "预算金额"], [("农村公路养护", 120.0), ("合计", 120.0)])
    return engine_over(tmp_path_factory.mktemp("gen15_db") / "kb.sqlite", [d])


# --- 收支预算总表: each side's rows are its own -------------------------------------------------------------


def test_a_spending_row_is_named_without_the_spaced_header(engine):
    answer = _ask(engine, "澜川县水利局卫生健康支出")
    assert answer.status == "answered" and "800000" in answer.text, answer.text
    assert "按功能分类）二" not in answer.text and "按功能分类）卫生" not in answer.text, answer.text


def test_a_blank_said_to_be_zero_is_zero(engine):
    answer = _ask(engine, "澜川县水利局国有资本经营预算拨款收入多少")
    assert answer.status == "answered" and "0元" in answer.text and "3000000" not in answer.text, answer.text
    carried = _ask(engine, "澜川县水利局住房保障支出", "年末结转结余呢")
    assert carried.status == "answered" and "0元" in carried.text and "1400000" not in carried.text, carried.text


def test_the_largest_then_its_share_in_one_question(engine):
    answer = _ask(engine, "澜川县水利局哪项支出最多，占支出总计多少")
    assert answer.status == "answered" and "农林水支出" in answer.text and "78.40%" in answer.text, answer.text


def test_lines_listed_in_brackets_by_their_short_words(engine):
    answer = _ask(engine, "澜川县水利局财政拨款收入（一般公共+基金）合计多少万")
    # 一般公共预算拨款收入 20000000 + 政府性基金预算拨款收入 3000000 = 2300万元
    assert answer.status == "answered" and "2300" in answer.text and "事业收入" not in answer.text, answer.text


# --- 经济分类 with a two-row header, 类/款 codes and a note ----------------------------------------------------


def test_a_figure_the_note_defines_is_worked_out_not_quoted(engine):
    common = _ask(engine, "桐川区文化旅游局公用经费多少")
    # 302's 基本支出: 8 + 4 + 2 + 0 = 14
    assert common.status == "answered" and "14万元" in common.text and "302" in common.text, common.text
    staff = _ask(engine, "桐川区文化旅游局人员经费（基本支出里）合计")
    # 基本支出 328 less 公用经费 14
    assert staff.status == "answered" and "314" in staff.text and "328" in staff.text, staff.text


def test_a_rate_of_change_from_the_printed_change_and_last_year(engine):
    item = _ask(engine, "桐川区文化旅游局委托业务费比上年增长多少百分比")
    assert item.status == "answered" and "20.00%" in item.text, item.text  # 10 ÷ 50
    whole = _ask(engine, "桐川区文化旅游局2025年比2024年增长率")
    assert whole.status == "answered" and "1.35%" in whole.text, whole.text  # 5.5 ÷ 408


def test_which_class_fell_lists_class_lines_only(engine):
    answer = _ask(engine, "桐川区文化旅游局哪一类支出比上年减少了，减多少")
    assert answer.status == "answered" and "资本性支出" in answer.text and "-18" in answer.text, answer.text
    assert "差旅费" not in answer.text and "培训费" not in answer.text, answer.text


def test_a_column_part_asked_after_a_line(engine):
    answer = _ask(engine, "桐川区文化旅游局培训费", "项目支出部分")
    assert answer.status == "answered" and "9万元" in answer.text, answer.text
    both = _ask(engine, "桐川区文化旅游局差旅费今年多少 基本和项目分别多少")
    assert both.status == "answered" and all(x in both.text for x in ("5.5", "4万元", "1.5")), both.text
    assert "基本工资" not in both.text, both.text


# --- a two-sheet allocation workbook beside a department whose short name begins one of its rows --------------


def test_a_county_row_is_not_the_department_of_a_similar_name(engine):
    answer = _ask(engine, "岳西区2025年分到多少")
    assert answer.status == "answered" and "6000000" in answer.text.replace(",", ""), answer.text
    assert "交通运输局" not in answer.text, answer.text
    both = _ask(engine, "平江县分配多少", "岳西区呢", "两个加起来多少万")
    assert both.status == "answered" and "900" in both.text and "交通运输局" not in both.text, both.text


def test_two_figures_set_against_each_other(engine):
    answer = _ask(engine, "改薄补助资金中央和市级比例")
    assert answer.status == "answered" and "7:3" in answer.text, answer.text


def test_a_sheet_said_by_its_name(engine):
    total = _ask(engine, "重点项目明细合计多少万")
    assert total.status == "answered" and "236.5" in total.text and "12500000" not in total.text, total.text
    top = _ask(engine, "重点项目明细里金额最大的项目")
    assert top.status == "answered" and "岳西区第三小学食堂改造" in top.text and "150" in top.text, top.text


def test_a_column_the_project_row_does_not_print_is_not_found(engine):
    answer = _ask(engine, "岳西区第三小学食堂改造里中央资金多少")
    assert answer.status != "answered" and "4200000" not in answer.text, answer.text


def test_a_text_column_and_an_amount_named_together(engine):
    answer = _ask(engine, "平江县乡村学校图书配备实施单位和金额")
    assert answer.status == "answered" and "平江县教育局" in answer.text and "86.5" in answer.text, answer.text
