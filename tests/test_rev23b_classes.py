"""A special-fund allocation detail (下达批次 | 文号 | 地区 | 资金用途 | 金额): each batch's label printed once per 地区 it
went to, so a row's label alone does not say the row. A follow-up over the rows a list just showed ("这两个加起来"
after 南岗镇's two batches) is of those very rows, never of every row of the table labelled 第一批 or 第二批."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine


def _allocation(path: Path) -> None:
    """梅川县's rural-revitalisation fund, allocated in batches to townships (fictional figures)."""
    rows = [("第一批", "梅财农〔2026〕8号", "上坊乡", "高标准农田建设", 260), ("第一批", "梅财农〔2026〕8号", "下湾镇", "高标准农田建设", 370),
            ("第一批", "梅财农〔2026〕8号", "石门乡", "高标准农田建设", 215), ("第二批", "梅财农〔2026〕22号", "上坊乡", "人居环境整治", 140),
            ("第二批", "梅财农〔2026〕22号", "龙潭村", "人居环境整治", 65), ("第二批", "梅财农〔2026〕22号", "下湾镇", "人居环境整治", 190),
            ("第三批", "梅财农〔2026〕39号", "石门乡", "农业产业化", 480)]
    simple_table(path, "分配", "梅川县2026年乡村振兴专项资金分配明细表", "E2", "单位：万元",
                 ["下达批次", "文号", "地区", "资金用途", "金额"], rows)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("rev23b")
    _allocation(folder / "meichuan_alloc.xlsx")
    root = Path(__file__).resolve().parent.parent
    return engine_over(folder / "kb.sqlite", [root / "knowledge", root / "tests" / "data" / "samples", folder / "meichuan_alloc.xlsx"])


def test_sum_after_a_list_is_of_the_rows_listed(engine: Engine) -> None:
    a = converse(engine, "上坊乡分到多少", "那下湾镇呢", "这两个加起来")
    assert "1230" not in a.text  # every 第一批 and 第二批 row of the table added up
    assert a.status != "answered" or "560" in a.text  # 下湾镇's two batches: 370 + 190


def _monthly(path: Path) -> None:
    """柳岸镇's monthly revenue and spending report: numbered heads (一、收入 / 二、支出) over lines whose
    indentation the loader does not keep (增值税 under 税收收入), each with 本月数 | 累计数 | 同比."""
    rows = [("一、一般公共预算收入", 5120, 40260, 4.1), ("　税收收入", 3870, 29950, 2.7), ("　　增值税", 1490, 11830, 0.9),
            ("　　个人所得税", 420, 3310, -3.2), ("　非税收入", 1250, 10310, 9.4),
            ("二、一般公共预算支出", 6340, 52780, 7.5), ("　教育支出", 1830, 15020, 8.8), ("　社会保障和就业支出", 1410, 11960, 5.3),
            ("　农林水支出", 1170, 9440, 12.6)]
    simple_table(path, "月报", "柳岸镇2026年9月财政收支月报", "D2", "单位：万元", ["项目", "本月数", "累计数", "同比增长（%）"], rows)


@pytest.fixture(scope="module")
def monthly(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("rev23b_monthly")
    _monthly(folder / "liuan_monthly.xlsx")
    root = Path(__file__).resolve().parent.parent
    return engine_over(folder / "kb.sqlite", [root / "knowledge", root / "tests" / "data" / "samples", folder / "liuan_monthly.xlsx"])


def test_share_of_a_line_under_a_numbered_head_is_of_that_head(monthly: Engine) -> None:
    """税收收入's share is of 一、一般公共预算收入 (3870 ÷ 5120), never of a sum of every line of the table (the
    heads, the spending side and the nested 增值税 among them)."""
    a = converse(monthly, "一般公共预算收入本月多少", "税收收入占多少")
    assert a.status != "answered" or "75.59%" in a.text
    a = converse(monthly, "教育支出累计占比")
    assert a.status != "answered" or "28.46%" in a.text  # 15020 ÷ 52780


def test_batch_said_by_its_number_is_no_place_in_a_list(engine: Engine) -> None:
    """"梅川县专项资金第一批给了哪些地方": 第一批 names a batch (a row of the allocation), not the first of a list
    shown before; never another department's project called 专项资金."""
    a = converse(engine, "梅川县专项资金第一批给了哪些地方")
    assert "6730" not in a.text and "武汉" not in a.text


def test_two_said_over_three_rows_is_not_added(engine: Engine) -> None:
    """"第一批一共下达多少" → "第二批呢" (three rows) → "这两个加起来": two are said, three rows were shown; never
    those three added up as if they were the two."""
    a = converse(engine, "第一批一共下达多少", "第二批呢", "这两个加起来")
    assert a.status != "answered" or "1240" in a.text  # 845 + 395, the two batches' totals
