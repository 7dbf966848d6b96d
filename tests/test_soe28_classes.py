"""Classes of round 15's soe28: a state capital operating budget (国有资本经营预算收支表: income by enterprise x
kind, an expenditure part under its own header row) and an allocation matrix (towns x projects, a source row),
each on a fictional table asked through Engine.ask."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.conftest import converse, engine_over


def _soe_table(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "国资收支"
    ws.append(["岚溪市2026年市本级国有资本经营预算收支表"])
    ws.append([None, None, None, None, None, None, None, "单位：万元"])
    ws.append(["一、国有资本经营预算收入（分企业）"])
    ws.append(["序号", "企业名称", "上年执行数", "本年预算数", None, None, None, "备注"])
    ws.append([None, None, None, "利润收入", "股利股息收入", "产权转让收入", "合计", None])
    ws.append([None, "收入合计", 1210.5, 1183, 96, 240, 1519, None])
    ws.append([1, "岚溪市城市建设投资集团有限公司", 402.6, 455, None, None, 455, None])
    ws.append([2, "岚溪市文化旅游产业投资有限公司", 318.2, 276, None, 240, 516, "转让所持岚溪某物业公司20%股权"])
    ws.append([3, "岚溪市水务产业投资有限公司", 150.7, 141, None, None, 141, None])
    ws.append([4, "岚溪市国有资本投资运营有限公司", 210, 120, 96, None, 216, "含参股企业分红"])
    ws.append([5, "岚溪市粮食储备有限公司", 26, 31, None, None, 31, "公益类企业"])
    ws.append([6, "岚溪市交通建设投资有限公司", 103, 88, None, None, 88, None])
    ws.append([7, "岚溪市公共交通有限责任公司", None, 72, None, None, 72, "上年亏损未上缴"])
    ws.append([])
    ws.append(["二、国有资本经营预算支出（分用途）"])
    ws.append(["支出项目", None, "上年执行数", "本年预算数", "比上年增减额", "比上年增减%", "备注"])
    ws.append(["支出合计", None, 1210.5, 1519, 308.5, 25.5, None])
    ws.append(["一、国有企业资本金注入", None, 700, 910, 210, 30, None])
    ws.append(["    其中：公益性设施投资支出", None, 380, 460, 80, 21.1, "乡镇污水处理项目资本金"])
    ws.append(["二、国有企业政策性补贴", None, 90, 104, 14, 15.6, "市公交公司老年卡票价补贴"])
    ws.append(["三、调出资金", None, 420.5, 505, 84.5, 20.1, "调入一般公共预算"])
    for cells in ("A1:H1", "A3:H3", "A4:A5", "B4:B5", "C4:C5", "D4:G4", "H4:H5", "A15:H15"):
        ws.merge_cells(cells)
    for row in range(16, 22):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def soe(tmp_path_factory: pytest.TempPathFactory):
    d = tmp_path_factory.mktemp("soe")
    return engine_over(d / "kb.sqlite", [_soe_table(d / "岚溪市_2026_国有资本经营预算收支表.xlsx")])


def test_a_company_row_is_said_by_its_short_name(soe) -> None:
    """"城投集团", "文旅公司", "公交公司": a company row said without its place, 有限公司 and the words that only
    end its trade, its trade by the standard short words or the first character of each half."""
    assert "455" in soe.ask("城投集团利润收入").text
    answer = soe.ask("文旅公司产权转让收入多少")
    assert answer.status == "answered" and "240" in answer.text, answer.text
    assert "亏损" in soe.ask("公交公司为啥上年没有数").text
    assert "141" in soe.ask("水务公司上缴多少").text


def test_a_company_not_in_the_table_is_not_another(soe) -> None:
    """"能源投资公司": no row is that company; the bot never answers another company's figure."""
    answer = soe.ask("岚溪市能源投资公司上缴多少")
    assert answer.status != "answered" or "455" not in answer.text, answer.text


def test_enterprises_are_counted_ranked_and_filtered_by_their_part_of_the_sheet(soe) -> None:
    """A sheet of two parts (income by enterprise above expenditure by use, each under its own header): the
    enterprise rows are the part whose rows are all companies; "哪家", "几家", "哪几家" count them as 个 does; 上缴
    said with no column asks each enterprise's total."""
    count = soe.ask("岚溪表里有几家企业")
    assert count.status == "answered" and "7" in count.text and "调出资金" not in count.text, count.text
    most = soe.ask("岚溪哪家企业上缴最多")
    assert most.status == "answered" and "文化旅游" in most.text and "516" in most.text, most.text
    over = soe.ask("岚溪上缴超过两百万的企业有哪几家")
    assert over.status == "answered", over.text
    for name in ("文化旅游", "城市建设", "国有资本投资运营"):
        assert name in over.text, over.text
    for name in ("水务", "收入合计", "支出合计", "调出资金"):
        assert name not in over.text, over.text


def test_a_net_figure_is_not_the_printed_one(soe) -> None:
    """"净利润" of a row printing 利润收入: 净 makes another figure; the bot never answers the printed one."""
    answer = soe.ask("城投集团净利润多少")
    assert answer.status != "answered" and "455" not in answer.text.split("（来源")[0].split("：")[-1], answer.text
    assert "455" in soe.ask("城投集团利润收入多少").text


def _allocation_table(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分配表"
    ws.append(["柏溪县2025年水利重点项目资金分配表"])
    ws.append(["编制单位：柏溪县财政局", None, None, None, None, None, "单位：万元"])
    ws.append(["序号", "乡镇", "小型水库除险加固", "农村供水保障", "河道清淤整治", "灌区节水改造", "合计"])
    ws.append([None, None, "中央", "省级", "县级", "中央", None])
    ws.append([1, "东岭镇", 120, 35.5, 18, None, 173.5])
    ws.append([2, "西河乡", None, 28, 22.4, 96, 146.4])
    ws.append([3, "南坪镇", 86, 31.2, 15.6, 140, 272.8])
    ws.append([4, "北山乡", 64, None, 20, 75, 159])
    ws.append(["合计", None, 270, 94.7, 76, 311, 751.7])
    for cells in ("A1:G1", "A3:A4", "B3:B4", "G3:G4", "A9:B9"):
        ws.merge_cells(cells)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def alloc(tmp_path_factory: pytest.TempPathFactory):
    d = tmp_path_factory.mktemp("alloc")
    return engine_over(d / "kb.sqlite", [_allocation_table(d / "柏溪县2025年水利重点项目资金分配表.xlsx")])


def test_a_source_row_is_each_columns_source_of_funds(alloc) -> None:
    """The row of 中央 / 省级 / 县级 under the projects is each project's 资金来源: asked by that word, by 哪级的钱,
    or against a source said (是中央资金吗: its own source, never a yes to another)."""
    assert "县级" in alloc.ask("柏溪河道清淤整治资金来源").text
    assert "省级" in alloc.ask("柏溪农村供水保障是哪级的钱").text
    answer = alloc.ask("柏溪农村供水保障是中央资金吗")
    assert answer.status == "answered" and "省级" in answer.text and "不是" in answer.text, answer.text


def test_columns_of_a_source_are_listed_and_added_up(alloc) -> None:
    """"哪些项目是中央资金": the projects of that source; "中央资金合计": their 合计 row's figures added; a source no
    column has is not in the table; a town's central money is never the county's 合计."""
    listed = alloc.ask("柏溪哪些项目是中央资金")
    assert listed.status == "answered" and "小型水库除险加固" in listed.text and "灌区节水改造" in listed.text, listed.text
    assert "河道清淤" not in listed.text.split("（来源")[0]
    total = alloc.ask("柏溪中央资金合计多少")
    assert total.status == "answered" and "581" in total.text, total.text
    assert alloc.ask("柏溪市级资金一共多少").status != "answered"
    town = alloc.ask("柏溪南坪镇中央资金多少")
    assert "581" not in town.text and "751.7" not in town.text, town.text


def test_what_a_line_is_for_is_its_remark(soe) -> None:
    """"干啥用", "补给谁的", "转让的是啥": what the line's 备注 says (with its money when 多少 is asked too), also
    as a follow-up of the line just answered."""
    used = soe.ask("公益性设施投资支出多少 干啥用")
    assert used.status == "answered" and "460" in used.text and "污水处理" in used.text, used.text
    assert "公交" in converse(soe, "政策性补贴多少", "补给谁的").text
    sold = converse(soe, "文旅公司产权转让收入", "转让的是啥")
    assert sold.status == "answered" and "物业公司" in sold.text, sold.text
