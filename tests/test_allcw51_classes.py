"""Confident wrong answers over a set's own tables (allcw51), removed by class, on tables made here with names
and figures of their own.

Class: a table's note given as the answer to a question it does not answer. "2026年就能完工的项目有几个" was
"共 1 项：建设起止年限仅列一年的为当年开工当年完工项目" (a note on how to read the table counted as one thing);
"X补贴标准年度指标值" was "注：指标值中“≥”表示不低于" (the note explains a word of the question, the thing named is in
no note). Both are now unknown, the note cited.

Class: a word of the question left out of the answer. "项目支出占多少" after a 决算对比表's 支出合计 (a table with
no 项目支出 line, another table having one) showed the 支出合计 line again; "其他资金是什么钱" gave the amount
and not the note saying what it is.

Class: a difference asked and not worked out. "X卫生健康支出比Y多多少" where X's row prints 年初预算数, 调整预算数
and 决算数 and Y's is a 决算: the figures of both listed, no difference (the 决算 against the 决算 is it now);
"A和B差多少" of two things each found on its own: both lines shown, no difference (worked out now, or unknown
when they are not figures of one unit).

Class: a label read over a skipped character. "政府投资计划总投资合计多少" read 计划投资 (计划·总·投资, 总 skipped) and
gave the 2026年计划投资 合计; the label said whole there (总投资) is asked now.

Class: a sum of the list just shown, said under every department. "图书馆有几个项目 → 它们加起来" printed the
same three projects' sum once for each loaded department (as if each had them); "文化馆… → 图书馆呢 → 两个单位加起来"
added the last list's three projects. The sum is said once, of the department holding them; two said over a
list of three is unknown."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import ANSWERED, Engine


def _plan_table(path: Path) -> None:
    """A 政府投资项目年度计划表 whose last row is a note of numbered items."""
    simple_table(path, "2026年计划", "云溪县2026年政府投资项目年度计划表", "F2", "单位：万元",
                 ["序号", "项目名称", "建设起止年限", "总投资", "2026年计划投资", "项目业主"],
                 [[None, "合计", None, 9300, 4100, None],
                  [1, "云溪县城南路改造工程", "2025—2027", 5200, 1800, "云溪县交通运输局"],
                  [2, "云溪县樟林公园提升工程", "2026", 1300, 1300, "云溪县城市建设投资有限公司"],
                  [3, "云溪县第三小学建设项目", "2026—2028", 2800, 1000, "云溪县教育局"],
                  ["注：1.本表按行业领域分类列示；2.空白单元格表示该项无资金安排；3.建设起止年限仅列一年的为当年开工当年完工项目。"]])


def _whole_table(path: Path) -> None:
    """A 部门整体支出绩效目标表: the year's budget by kind and by source, indicators, and a note of items."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整体绩效目标"
    ws.append(["柳溪县城市管理局2025年部门整体支出绩效目标表"])
    ws.append(["填报单位：柳溪县城市管理局                    单位：万元"])
    ws.append(["部门名称", "柳溪县城市管理局"])
    ws.append(["年度预算", "资金总额", "按支出性质分", None, "按资金来源分", None])
    ws.append([None, None, "基本支出", "项目支出", "财政拨款", "其他资金"])
    ws.append([None, 2100.5, 700.5, 1400, 1820.5, 280])
    ws.append(["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注"])
    ws.append([None, "产出指标", "数量指标", "城区清扫保洁面积", "≥210万平方米", None])
    ws.append([None, None, "质量指标", "生活垃圾无害化处理率", "100%", None])
    ws.append([None, "满意度指标", "服务对象满意度指标", "群众对市容环境满意度", "≥90%", "第三方测评"])
    ws.append(["注：1.年度预算含上年结转资金；2.其他资金为污水处理费收入；3.指标值中“≥”表示不低于，“≤”表示不高于。"])
    for cells in ("A1:F1", "A2:F2", "B3:F3", "A4:A6", "B4:B5", "C4:D4", "E4:F4", "A7:A10"):
        ws.merge_cells(cells)
    wb.save(path)


def _accounts_compared(path: Path) -> None:
    """A 部门收支决算对比表: each line's 年初预算数, 调整预算数 and 决算数."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收支决算对比"
    ws.append(["梅岭县农业农村局2024年度部门收支决算对比表"])
    ws.append(["编制单位：梅岭县农业农村局", None, None, None, None, "单位：万元"])
    ws.append(["项目", None, "预算数", None, "决算数", "备注"])
    ws.append([None, None, "年初预算数", "调整预算数", None, None])
    ws.append(["收入", "一、财政拨款收入", 3100, 3420, 3388.5, None])
    ws.append([None, "收入合计", 3180, 3500, 3460.2, None])
    ws.append(["支出", "一、社会保障和就业支出", 280.4, 290.2, 288.1, None])
    ws.append([None, "二、卫生健康支出", 77.3, 80.6, 78.45, None])
    ws.append([None, "三、农林水支出", 2822.3, 3129.2, 3050.0, None])
    ws.append([None, "支出合计", 3180, 3500, 3416.55, None])
    for cells in ("A1:F1", "A3:B4", "C3:D3", "E3:E4", "F3:F4"):
        ws.merge_cells(cells)
    wb.save(path)


def _final_accounts(path: Path) -> None:
    """Another department's 决算 by function: one figure a line."""
    simple_table(path, "支出决算表", "松川县财政局2024年部门支出决算表", "D2", "单位：万元",
                 ["科目编码", "科目名称", "本年支出合计", "基本支出"],
                 [["201", "一般公共服务支出", 1520.3, 1320.3],
                  ["210", "卫生健康支出", 51.2, 51.2],
                  [None, "合计", 1571.5, 1371.5]])


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("allcw51")
    _plan_table(folder / "云溪县_政府投资项目年度计划表_2026.xlsx")
    _whole_table(folder / "柳溪县_城市管理局_2025_部门整体支出绩效目标表.xlsx")
    _accounts_compared(folder / "梅岭县_农业农村局_2024_部门收支决算对比表.xlsx")
    _final_accounts(folder / "松川县财政局_2024_部门支出决算表.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_note_on_reading_the_table_counts_nothing(tables: Engine) -> None:
    a = converse(tables, "2026年就能完工的项目有几个")
    assert a.status != ANSWERED and "共 1 项" not in a.text, a.text


def test_a_note_still_answers_what_it_names(tables: Engine) -> None:
    a = converse(tables, "柳溪县城市管理局的其他资金是什么钱")
    assert a.status == ANSWERED and "280" in a.text and "污水处理费" in a.text, a.text


DATA = Path(__file__).resolve().parent / "data"


def _with_samples(tmp_path_factory, name: str, folder: str) -> Engine:
    """The published samples and one question set's own tables, loaded together as the set is scored."""
    samples = sorted((DATA / "samples").glob("*.xlsx")) + sorted((DATA / "samples").glob("*.pdf"))
    return engine_over(tmp_path_factory.mktemp(name) / "kb.sqlite", [*samples, DATA / folder])


@pytest.fixture(scope="module")
def kaili(tmp_path_factory) -> Engine:
    return _with_samples(tmp_path_factory, "allcw51_29", "general29")


@pytest.fixture(scope="module")
def fuding(tmp_path_factory) -> Engine:
    return _with_samples(tmp_path_factory, "allcw51_45", "general45")


def test_a_note_explaining_a_word_is_no_answer_of_the_thing_named(kaili: Engine) -> None:
    a = converse(kaili, "法援办案补贴标准年度指标值")  # (法律援助办案补贴 is 南康's; the note is 叙州's)
    assert a.status != ANSWERED and "表示不低于" not in a.text, a.text


def test_what_a_figure_is_is_read_from_its_note(kaili: Engine) -> None:
    a = converse(kaili, "城管局的其他资金是什么钱")
    assert a.status == ANSWERED and "350" in a.text and "垃圾处理费" in a.text, a.text


def test_a_share_of_a_line_the_table_lacks_is_not_the_total_again(kaili: Engine) -> None:
    a = converse(kaili, "凯里农业农村局支出决算", "项目支出占多少")
    assert a.status != ANSWERED and "7813.6" not in a.text, a.text


def test_a_difference_takes_the_figure_of_the_same_kind(kaili: Engine) -> None:
    a = converse(kaili, "凯里卫生健康支出比普陀财政局多多少")
    assert a.status == ANSWERED and "34.78" in a.text, a.text  # 95.77 (决算数, not 年初 or 调整预算数) − 60.99


def test_two_things_joined_are_subtracted_when_a_difference_is_asked(fuding: Engine) -> None:
    a = converse(fuding, "数字城管项目经费和它的运维采购差多少")
    assert a.status == ANSWERED and "40.8" in a.text, a.text  # 92.80 − 52


@pytest.fixture(scope="module")
def jianning(tmp_path_factory) -> Engine:
    return _with_samples(tmp_path_factory, "allcw51_39", "general39")


def test_a_label_read_over_a_skipped_word_yields_to_the_label_said_whole(jianning: Engine) -> None:
    # "投资计划总投资": 总投资 is said whole; 计划投资 (of 2026年计划投资 › 合计) is read only by skipping its 总
    a = converse(jianning, "政府投资计划总投资合计多少")
    assert a.status == ANSWERED and "237200" in a.text and "88400" not in a.text, a.text


@pytest.fixture(scope="module")
def liuyang(tmp_path_factory) -> Engine:
    samples = sorted((DATA / "samples").glob("*.xlsx")) + sorted((DATA / "samples").glob("*.pdf"))
    table = DATA / "general50" / "浏阳市文化旅游广电体育局_2025年_项目支出绩效目标表.txt"
    return engine_over(tmp_path_factory.mktemp("allcw51_50") / "kb.sqlite", [*samples, table])


def test_a_list_summed_is_said_once_not_under_every_department(liuyang: Engine) -> None:
    a = converse(liuyang, "浏阳图书馆有几个项目", "这些单位加起来多少钱")
    assert a.status == ANSWERED and a.text.count("84.8") == 1 and "信访局" not in a.text, a.text


def test_a_sum_of_two_is_not_the_sum_of_a_list_of_three(liuyang: Engine) -> None:
    # (round 54: "两个单位" is the two units listed in the two turns, added up — never the last list of three alone)
    a = converse(liuyang, "浏阳文化馆有几个项目", "图书馆呢", "两个单位加起来多少钱")
    assert "84.8" not in a.text, a.text
    assert a.status != ANSWERED or "160.8" in a.text, a.text
