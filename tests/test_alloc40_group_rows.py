"""Allocation tables whose group label (a 学区 here) is a merged cell over its rows, each row a project with its
main amount (分配金额) and its parts (其中：中央 / 省级 / 县级, some blank), no 小计 printed: a group said alone is
its rows added (said short too), a project said by a word of its name answers its main amount, a word several
rows' names share lists them all with their groups (or adds them), the groups are counted, compared and ranked,
and a word said after a group's rows were shown picks the row of that group.

Figures by hand (万元): 青石学区 40 + 60 + 12 = 112 (中央 30, 省级 38, 县级 44); 白鹭学区 75 + 50 = 125;
溪口学区 35 + 18 + 10 = 63; 丰乐学区 45 + 66 = 111; 南岸学区 22 + 30 = 52. 塑胶跑道建设 60 + 75 = 135; 食堂改造提升 40 + 35;
饮水设备更新 12 (青石) and 10 (溪口); 白鹭 − 溪口 = 62.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import Engine

# (学区, [(项目名称, 分配金额, 中央, 省级, 县级, 备注)])
_GROUPS = [("青石学区", [("青石小学食堂改造提升", 40, None, 20, 20, None),
                       ("青石中学塑胶跑道建设", 60, 30, 18, 12, "省级示范"),
                       ("饮水设备更新", 12, None, None, 12, None)]),
           ("白鹭学区", [("白鹭中学塑胶跑道建设", 75, 40, 20, 15, None),
                       ("实验室标准化建设", 50, None, 25, 25, None)]),
           ("溪口学区", [("溪口小学食堂改造提升", 35, None, 15, 20, None),
                       ("图书馆藏书补充", 18, None, None, 18, None),
                       ("溪口小学饮水设备更新", 10, None, None, 10, None)]),
           ("丰乐学区", [("丰乐中学实验室标准化建设", 45, None, 20, 25, None),
                       ("研学基地配套建设", 66, 30, 20, 16, "市级研学基地")]),
           ("南岸学区", [("南岸幼儿园户外游乐设施更新", 22, None, 10, 12, None),
                       ("南岸小学未来教室建设", 30, None, 15, 15, None)])]


def _workbook(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专项资金分配"
    ws["A1"] = "2025年云溪县义务教育薄弱环节改善专项资金分配表"
    ws.merge_cells("A1:H1")
    ws["A2"], ws["G2"] = "编制单位：云溪县教育局", "单位：万元"
    for c, v in enumerate(["序号", "分配对象（学区）", "项目名称", "分配金额", "其中：", None, None, "备注"], 1):
        ws.cell(3, c, v)
    for c, v in enumerate(["中央", "省级", "县级"], 5):
        ws.cell(4, c, v)
    for cells in ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "H3:H4", "E3:G3"):
        ws.merge_cells(cells)
    r, no, whole = 5, 1, [0, 0, 0, 0]
    for group, rows in _GROUPS:
        start = r
        for name, amount, central, province, county, note in rows:
            for c, v in enumerate([no, group if r == start else None, name, amount, central, province, county, note], 1):
                ws.cell(r, c, v)
            whole = [w + (x or 0) for w, x in zip(whole, (amount, central, province, county), strict=True)]
            r, no = r + 1, no + 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for c, v in enumerate(whole, 4):
        ws.cell(r, c, v)
    ws.cell(r + 1, 1, "说明：县级资金由云溪县本级财政安排。")
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("alloc40")
    _workbook(folder / "云溪县教育局_2025年_薄弱环节改善专项资金分配表.xlsx")
    return engine_over(tmp_path_factory.mktemp("alloc40-kb") / "kb.sqlite", [folder])


def _answer(engine: Engine, *turns: str) -> tuple[str, str]:
    a = converse(engine, *turns)
    return a.status, a.text


@pytest.mark.parametrize("question", ["青石学区分了多少", "那个青石分了多少来着"])
def test_a_group_said_alone_is_its_rows_added_with_its_parts(engine: Engine, question: str) -> None:
    status, text = _answer(engine, question)
    assert status == "answered", text
    assert "112" in text and "中央 30" in text and "省级 38" in text and "县级 44" in text, text


def test_a_group_said_short_is_not_a_row_holding_the_same_characters(engine: Engine) -> None:
    status, text = _answer(engine, "溪口分了多少")
    assert status == "answered" and "63" in text, text


def test_two_groups_set_side_by_side(engine: Engine) -> None:
    status, text = _answer(engine, "白鹭学区比溪口学区多多少")
    assert status == "answered" and "白鹭学区比溪口学区多 62" in text, text
    status, text = _answer(engine, "溪口比白鹭少多少")
    assert status == "answered" and "溪口学区比白鹭学区少 62" in text, text
    status, text = _answer(engine, "青石学区和丰乐学区谁分得多")
    assert status == "answered" and "青石学区比丰乐学区多 1" in text and "112" in text and "111" in text, text


def test_groups_ranked_then_the_next_place(engine: Engine) -> None:
    status, text = _answer(engine, "哪个学区分得最多")
    assert status == "answered" and "白鹭学区" in text and "125" in text, text
    status, text = _answer(engine, "哪个学区分得最多", "第二呢")
    assert status == "answered" and "青石学区" in text and "112" in text, text


def test_the_groups_counted(engine: Engine) -> None:
    status, text = _answer(engine, "专项资金分给了几个学区")
    assert status == "answered" and "5 个" in text, text


def test_a_word_shared_by_rows_lists_each_with_its_group(engine: Engine) -> None:
    status, text = _answer(engine, "塑胶跑道建设多少钱")
    assert status == "answered" and "60" in text and "75" in text and "青石学区" in text and "白鹭学区" in text, text
    status, text = _answer(engine, "塑胶跑道建设加起来多少")
    assert status == "answered" and "135" in text, text


def test_the_groups_a_shared_word_was_given_to(engine: Engine) -> None:
    status, text = _answer(engine, "食堂改造提升分配给哪些地方")
    assert status == "answered" and "青石学区" in text and "溪口学区" in text, text


def test_rows_listed_then_each_ones_amount(engine: Engine) -> None:
    status, text = _answer(engine, "饮水设备更新有哪些")
    assert status == "answered" and "青石学区" in text and "溪口学区" in text, text
    status, text = _answer(engine, "饮水设备更新有哪些", "每个多少钱")
    assert status == "answered" and "12万元" in text and "10万元" in text, text


def test_a_project_said_by_a_word_is_its_main_amount(engine: Engine) -> None:
    status, text = _answer(engine, "研学基地那个项目多少")
    assert status == "answered" and "66" in text and "中央" not in text, text
    status, text = _answer(engine, "丰乐学区分了多少", "研学基地那个项目呢")
    assert status == "answered" and "66" in text and "111" not in text, text


def test_a_word_after_a_groups_rows_picks_that_groups_row(engine: Engine) -> None:
    status, text = _answer(engine, "溪口学区有几个项目", "饮水那个县级资金多少")
    assert status == "answered" and "10万元" in text and "12万元" not in text, text
    status, text = _answer(engine, "青石学区", "饮水项目多少")
    assert status == "answered" and "12万元" in text and "10万元" not in text, text


def test_a_word_of_a_rows_name_is_no_negation(engine: Engine) -> None:
    # (未 of 未来教室 names the row; it picks no rows "without" something)
    status, text = _answer(engine, "未来教室建设有哪些")
    assert status == "answered" and "南岸小学未来教室建设" in text and "30" in text, text
