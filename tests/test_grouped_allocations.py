"""Allocation tables in groups (each 乡镇 a merged row group closed by its 小计, a 合计 row, sub-columns
"其中：…" that are parts of the main amount, a footnote) and summary tables with 收入 and 支出 side by side:
each class of question asked through Engine.ask on small workbooks of our own (other names and numbers
than the bundled tables), so what is shown to work is the reading, not one file."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse as _ask

from bot.engine import Engine
from bot.store.build import load_paths

VOCAB = Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml"

# (乡镇, [(项目, 下达金额, 绩效目标, 备注)]): 其中 省级补助 60 %, 县级配套 40 % of each line.
_GROUPS = [("东坪镇", [("助餐点运营补贴", 200000, "日均助餐≥80人次", None),
                     ("上门巡访服务", 90000, "巡访老人≥150人", None)]),
           ("西岭街道", [("助餐点运营补贴", 180000, "日均助餐≥60人次", None),
                      ("老年食堂改造", 400000, "改造食堂2处", "一次性补助"),
                      ("智慧养老平台建设", 150000, "接入老人≥500人", None)]),
           ("南港乡", [("互助幸福院运营", 100000, "运营幸福院4个", None),
                    ("上门巡访服务", 70000, "巡访老人≥90人", None)])]


def _allocation(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资金下达"
    ws["A1"] = "蓝湾县民政局2025年养老助餐补贴资金分配表"
    ws.merge_cells("A1:H1")
    ws["A2"] = "单位：元"
    ws.merge_cells("A2:H2")
    for c, v in enumerate(["序号", "乡镇（街道）", "项目名称", "下达金额", "其中：省级补助", "其中：县级配套",
                           "绩效目标", "备注"], 1):
        ws.cell(3, c, v)
    r, no, whole = 4, 1, [0, 0, 0]
    for town, lines in _GROUPS:
        start, sub = r, [0, 0, 0]
        for name, amount, goal, note in lines:
            parts = [amount, amount * 6 // 10, amount * 4 // 10]
            for c, v in enumerate([no, town if r == start else None, name, *parts, goal, note], 1):
                ws.cell(r, c, v)
            sub = [a + b for a, b in zip(sub, parts, strict=True)]
            r, no = r + 1, no + 1
        ws.cell(r, 3, "小计")
        for c, v in enumerate(sub, 4):
            ws.cell(r, c, v)
        ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
        whole = [a + b for a, b in zip(whole, sub, strict=True)]
        r += 1
    ws.cell(r, 2, "合计")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    for c, v in enumerate(whole, 4):
        ws.cell(r, c, v)
    ws.cell(r + 2, 1, "注：省级补助与县级配套按6:4安排；资金于2025年9月底前拨付到乡镇（街道）。")
    wb.save(path)


def _summary(path: Path) -> None:
    """A 收支预算总表: 收入 and 支出 side by side under one merged header each, totals at the foot."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收支总表"
    ws["A1"] = "碧溪县林业局2025年部门收支预算总表"
    ws.merge_cells("A1:D1")
    ws["A2"], ws["D2"] = "编制单位：碧溪县林业局", "单位：万元"
    ws["A3"], ws["C3"] = "收入", "支出"
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:D3")
    rows = [("项目", "预算数", "项目", "预算数"),
            ("一、一般公共预算拨款收入", 1000, "一、一般公共服务支出", 80),
            ("二、事业收入", 100, "二、农林水支出", 900),
            ("三、其他收入", None, "三、住房保障支出", 45),
            (None, None, "四、节能环保支出", 120),
            ("本年收入合计", 1100, "本年支出合计", 1145),
            ("上年结转结余", 100, "年末结转结余", 55),
            ("收入总计", 1200, "支出总计", 1200)]
    for i, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(i, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("grouped-tables")
    _allocation(folder / "allocation.xlsx")
    _summary(folder / "summary.xlsx")
    db = tmp_path_factory.mktemp("grouped-kb") / "kb.sqlite"
    load_paths(db, [folder])
    return Engine(db, VOCAB)


def test_a_part_column_is_never_added_to_its_whole(engine: Engine) -> None:
    # 200000 + 180000, never with their 其中 parts (760000 = every column of both lines added)
    a = _ask(engine, "两个助餐点运营补贴加起来多少")
    assert a.status == "answered" and "380000" in a.text and "760000" not in a.text
    assert "东坪镇" in a.text and "西岭街道" in a.text  # the two lines said apart by their groups


def test_a_part_column_is_answered_when_named(engine: Engine) -> None:
    a = _ask(engine, "老年食堂改造省级补助多少")
    assert a.status == "answered" and "240000" in a.text and "400000" not in a.text


def test_the_same_line_in_two_groups_is_each_named_by_its_group(engine: Engine) -> None:
    # both fit in one short answer, each named by its group: nothing is guessed, so nothing is asked back
    a = _ask(engine, "上门巡访服务下达了多少")
    assert a.status == "answered"
    assert "东坪镇" in a.text and "南港乡" in a.text and "90000" in a.text and "70000" in a.text


def test_groups_ranked_by_their_subtotals(engine: Engine) -> None:
    most = _ask(engine, "哪个乡镇分的钱最多")
    assert most.status == "answered" and "西岭街道" in most.text and "730000" in most.text
    assert "老年食堂改造" not in most.text  # a line is no 乡镇
    least = _ask(engine, "哪个乡镇拿得最少")
    assert least.status == "answered" and "南港乡" in least.text and "170000" in least.text


def test_a_group_compared_and_shared_by_its_subtotal(engine: Engine) -> None:
    d = _ask(engine, "东坪镇比南港乡多分了多少")
    assert d.status == "answered" and "120000" in d.text
    share = _ask(engine, "西岭街道占全县资金的比例")
    assert share.status == "answered" and "61.34" in share.text  # 730000 ÷ 1190000, never of its own lines
    assert "100.00" not in share.text


def test_a_line_share_of_the_whole_table(engine: Engine) -> None:
    a = _ask(engine, "老年食堂改造占总下达资金的比例")
    assert a.status == "answered" and "33.61" in a.text  # over the 合计, not over 西岭街道's 小计 (54.79)


def test_the_table_total_said_by_its_title(engine: Engine) -> None:
    a = _ask(engine, "养老助餐补贴资金一共下达了多少")
    assert a.status == "answered" and "1190000" in a.text


def test_the_group_a_line_stands_under(engine: Engine) -> None:
    a = _ask(engine, "老年食堂改造在哪个乡镇")
    assert a.status == "answered" and "西岭街道" in a.text
    both = _ask(engine, "老年食堂改造下达金额多少 在哪个乡镇")
    assert both.status == "answered" and "400000" in both.text and "西岭街道" in both.text


def test_a_follow_up_naming_another_group(engine: Engine) -> None:
    a = _ask(engine, "东坪镇助餐点运营补贴绩效目标", "西岭街道的呢")
    assert a.status == "answered" and "60人次" in a.text and "80人次" not in a.text


def test_a_follow_up_naming_a_column_keeps_the_line(engine: Engine) -> None:
    a = _ask(engine, "东坪镇助餐点运营补贴", "其中县级配套多少")
    assert a.status == "answered" and "80000" in a.text and "72000" not in a.text


def test_a_line_another_group_has_is_not_this_groups(engine: Engine) -> None:
    a = _ask(engine, "南港乡的老年食堂改造资金多少")
    assert a.status != "answered" and "400000" not in a.text


def test_when_is_answered_by_the_footnote(engine: Engine) -> None:
    a = _ask(engine, "养老助餐补贴资金什么时候拨付到乡镇")
    assert a.status == "answered" and "9月底" in a.text


def test_ordinal_into_a_subtotals_lines_and_past_their_end(engine: Engine) -> None:
    second = _ask(engine, "东坪镇小计", "第二项是什么")
    assert second.status == "answered" and "上门巡访服务" in second.text and "90000" in second.text
    past = _ask(engine, "东坪镇小计", "第五项是什么")
    assert past.status != "answered" and "2" in past.text and "上门巡访服务" not in past.text


def test_one_side_of_a_summary_table_counted_and_ranked(engine: Engine) -> None:
    n = _ask(engine, "碧溪县林业局支出有几类")
    assert n.status == "answered" and "4" in n.text and "本年支出合计" not in n.text
    second = _ask(engine, "碧溪县林业局的支出", "第二大的是哪项")
    assert second.status == "answered" and "节能环保支出" in second.text and "120" in second.text


def test_a_label_with_a_year_word_said_short(engine: Engine) -> None:
    a = _ask(engine, "碧溪县林业局收入总计", "上年结转占多少")
    assert a.status == "answered" and "8.33" in a.text  # 100 ÷ 1200: 上年 is the label's, not 2024


def test_an_ordinal_asked_with_its_list(seed_engine: Engine) -> None:
    listed = _ask(seed_engine, "信访局有哪些项目")
    lines = [ln for ln in listed.text.splitlines() if ln[:1].isdigit()]
    third = _ask(seed_engine, "信访局的项目第三个是什么")
    name = lines[2].split("：")[0].split(". ", 1)[1]
    assert third.status == "answered" and name in third.text
    assert not any(ln.split("：")[0].split(". ", 1)[1] in third.text for ln in lines[:2])
    past = _ask(seed_engine, f"信访局的项目第{len(lines) + 2}个是什么")  # past the end: said, nothing else given
    assert past.status == "unknown" and str(len(lines)) in past.text and "万元" not in past.text
