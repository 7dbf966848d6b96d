"""A row said by a run of the words of its name that ends in a column's word ("产后服务" of 孕产妇产后服务上门随访, 服务
of the columns 服务内容 / 服务期限): the run names the row, the column's word is the row's — with the table named before
it by its title words and 表里 / 表中 alike, or none named (two tables' rows holding it: asked back). Written inline: 松溪县
2025年政府购买服务预算表 (孕产妇产后服务上门随访 88 = 60 财政拨款 + 28 其他资金; 社区矫正辅助服务 24) and its 2024
部门结转结余资金情况表 (产后服务补助资金: 本年收入 35, 年末结转结余 6.5). 理发服务 no row holds: never answered.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import Engine

_ROOT = Path(__file__).resolve().parent.parent

_BUY = [
    ["松溪县2025年政府购买服务预算表"] + [None] * 9,
    ["编制单位：松溪县财政局"] + [None] * 7 + ["单位：万元", None],
    ["序号", "服务类别", "购买主体", "服务项目名称", "服务内容", "预算金额", None, None, "服务期限", "备注"],
    [None] * 5 + ["合计", "财政拨款", "其他资金", None, None],
    [1, "基本公共服务", "松溪县卫生健康局", "孕产妇产后服务上门随访", "为产妇提供产后42天内上门访视", 88, 60, 28,
     "2025.01-2025.12", None],
    [2, "基本公共服务", "松溪县司法局", "社区矫正辅助服务", "协助开展社区矫正对象日常走访", 24, 24, None,
     "2025.03-2025.12", None],
    [3, "基本公共服务", "松溪县卫生健康局", "家庭病床巡诊服务", "为失能人员提供上门巡诊", 41, 41, None,
     "2025.01-2025.12", None],
    ["合计"] + [None] * 4 + [153, 125, 28, None, None],
]
_MERGED = ["A1:J1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4", "J3:J4"]
_CARRY = [
    ["松溪县2024年部门结转结余资金情况表"] + [None] * 4,
    ["编制单位：松溪县财政局", None, None, "单位：万元", None],
    ["序号", "项目名称", "年初结转结余", "本年收入", "年末结转结余"],
    [1, "松溪县卫生健康局产后服务补助资金", 4, 35, 6.5],
    [2, "松溪县林业局林区防火巡护经费", 10, 22, 3],
    ["合计", None, 14, 57, 9.5],
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fixd60")
    buy = write_workbook(d / "松溪县_2025年_政府购买服务预算表.xlsx", _BUY, _MERGED)
    carry = write_workbook(d / "松溪县_2024年_部门结转结余资金情况表.xlsx", _CARRY, ["A1:E1"])
    return engine_over(d / "kb.sqlite", [_ROOT / "knowledge", buy, carry])


def _ask(engine: Engine, *turns: str) -> tuple[str, str]:
    a = converse(engine, *turns)
    return a.status, a.text.replace(" ", "")


@pytest.mark.parametrize("question", ["购买服务表里产后服务多少", "购买服务表中产后服务多少", "购买服务那张表产后服务多少"])
def test_the_tables_row_said_by_a_run_ending_in_a_columns_word(engine: Engine, question: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered" and "孕产妇产后服务上门随访" in text and "88" in text, text
    assert "上门访视" not in text and "社区矫正" not in text and "巡诊" not in text, text


@pytest.mark.parametrize("question", ["结转表里产后服务多少", "结转结余表中产后服务本年收入多少"])
def test_another_kind_of_table_named_before_the_run(engine: Engine, question: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered" and "产后服务补助资金" in text and "35" in text, text
    assert "第三方运营" not in text, text


def test_the_run_alone_held_by_rows_of_two_tables_is_asked_back(engine: Engine) -> None:
    status, text = _ask(engine, "产后服务多少")
    assert status == "clarify", text
    assert "孕产妇产后服务上门随访" in text and "产后服务补助资金" in text, text


@pytest.mark.parametrize("question", ["购买服务表里理发服务多少", "理发服务多少", "结转表里理发服务多少"])
def test_a_run_no_row_holds_is_no_answer(engine: Engine, question: str) -> None:
    status, text = _ask(engine, question)
    assert status != "answered", text
    assert "上门访视" not in text and "2025.01" not in text, text
