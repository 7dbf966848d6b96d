"""A sheet made of blocks, each under a header row of its own further down the sheet, with no label column naming
the blocks (部门整体支出绩效自评表: 预算执行 | 年初预算数 | … | 执行率 | 得分, then 年度总体目标 | 预期目标 | 实际完成情况
over its texts, then 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 over the indicators):
- the rows under a later header are labelled by it, never by the first block's header (an indicator's 实际完成值 is
  no 执行率, its 得分 no sentence of another column), with the merged 一级/二级 cells as their hierarchy;
- the texts of 年度总体目标 are read under 预期目标 / 实际完成情况;
- the 总分 row's figures are its 分值 and 得分, and "自评等级：优" beside them is that field;
- questions of the table then answer: 实际 = 实际完成值, 目标 = 年度指标值, 得分, 没拿满分 (得分 < 分值), counts
  per level (生态效益指标几个: its rows, never "0 个" because no typed reading holds them).
Two layouts (tests/data/selfeval64/make_docs.py): A with the texts and a 偏差原因 column, B with another column order.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bot.engine import Engine
from bot.ingest.grid import worksheet_facts
from tests.conftest import engine_over

DATA = Path(__file__).parent / "data" / "selfeval64"
AGRI = DATA / "青禾县农业农村局_2025年度_部门整体支出绩效自评表.xlsx"
FOREST = DATA / "青禾县林业局_2025年度_部门整体支出绩效自评表.xlsx"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("selfeval64") / "kb.sqlite", [AGRI, FOREST])


def _facts(path: Path):
    return worksheet_facts(openpyxl.load_workbook(path).active).facts


def _ask(engine: Engine, question: str):
    return engine.ask(question)


def test_rows_under_a_later_header_are_its_own():
    facts = _facts(AGRI)
    pig = {f.col[-1]: f.value for f in facts if f.row[-1:] == ("生猪出栏量",)}
    assert pig == {"分值": "20", "年度指标值": "≥20万头", "实际完成值": "18.5万头", "得分": "17",
                   "偏差原因分析及改进措施": "生猪价格低迷，养殖户主动压栏。下步加强产能调控。"}
    row = next(f for f in facts if f.row[-1:] == ("生猪出栏量",))
    assert row.row == ("产出指标", "数量指标", "生猪出栏量") and row.row_heads == ("一级指标", "二级指标", "三级指标")
    # the first block keeps its own header
    assert {f.col[-1]: f.value for f in facts if f.row == ("年度资金总额",)}["执行率"] == "95.00%"
    texts = {f.col[-1]: f.value for f in facts if f.row == ("年度总体目标",)}
    assert texts["预期目标"].startswith("1.新建高标准农田1万亩") and "18.5万头" in texts["实际完成情况"]
    total = {f.col[-1]: f.value for f in facts if f.row == ("总分",)}
    assert total["分值"] == "100" and total["得分"] == "94.5"
    assert any(f.row == ("自评等级",) and f.value == "优" for f in facts)


def test_another_layout_of_blocks():
    facts = _facts(FOREST)
    tending = {f.col[-1]: f.value for f in facts if f.row[-1:] == ("森林抚育面积",)}
    assert tending == {"年度指标值": "≥2万亩", "实际完成值": "1.8万亩", "分值": "20", "得分": "18"}
    assert {f.col[-1]: f.value for f in facts if f.row == ("财政拨款",)}["全年预算数"] == "500"
    assert not any(f.col[-1:] == ("执行率",) and "指标" in "".join(f.row_heads) for f in facts)


@pytest.mark.parametrize(("question", "expected", "wrong"), [
    ("青禾县农业农村局生猪出栏量实际完成多少", "18.5万头", "%"),
    ("青禾县农业农村局生猪出栏量得了几分", "17", "压栏"),
    ("青禾县农业农村局生猪出栏量目标值", "≥20万头", "18.5"),
    ("青禾县农业农村局自评总分", "94.5", "万元"),
    ("青禾县农业农村局自评等级", "优", "等级提升"),
    ("青禾县农业农村局年度资金总额执行率", "95", "生猪"),
    ("青禾县农业农村局总体目标实际完成情况", "1.1万亩", "2%以上"),
    ("青禾县农业农村局化肥使用量减少比例偏差原因", "病虫害偏重", "压栏"),
    ("青禾县林业局森林抚育面积实际完成多少", "1.8万亩", "%"),
    ("青禾县林业局森林抚育面积得分", "18", "万元"),
    ("青禾县林业局财政拨款全年预算数", "500", "分"),
])
def test_a_value_of_a_block(engine, question, expected, wrong):
    answer = _ask(engine, question)
    assert answer.status == "answered", answer.text
    first = answer.text.splitlines()[0]
    assert expected in first and wrong not in first.split("（来源")[0], answer.text


def test_indicators_short_of_full_marks(engine):
    text = _ask(engine, "青禾县农业农村局哪些指标没拿满分").text
    assert "生猪出栏量" in text and "化肥使用量减少比例" in text and "秸秆" not in text
    text = _ask(engine, "青禾县林业局哪些指标没拿满分").text
    assert "森林抚育面积" in text and "护林员满意度" in text and "人工造林面积" not in text


def test_counts_per_level(engine):
    answer = _ask(engine, "青禾县农业农村局生态效益指标几个")
    assert answer.status == "answered" and "共 2 项" in answer.text and "0 个" not in answer.text, answer.text
    answer = _ask(engine, "青禾县林业局一共多少个三级指标")
    assert answer.status == "answered" and "5 个" in answer.text, answer.text


@pytest.mark.parametrize("question, expected", [
    ("青禾县农业农村局生猪出栏量目标和实际差多少", "1.5万头"),
    ("青禾县林业局森林抚育面积实际比目标少多少", "0.2万亩"),
])
def test_target_against_actual_stated_in_words(engine, question, expected):
    """Target and actual printed as text in their own unit (≥20万头, 18.5万头) are set against each other, in that
    unit; never the line's 分值 against its 得分."""
    answer = _ask(engine, question)
    assert answer.status == "answered" and expected in answer.text, answer.text
    assert "分值" not in answer.text.split("（")[0], answer.text


def test_target_then_actual_then_difference(engine):
    """"目标 → 实际呢 → 差多少": the two figures just shown (≥20万头 and 18.5万头), in their unit; never the line's
    分值 against its 得分 (a confident wrong before)."""
    from bot.dialogue.session import Session

    s = Session()
    for q in ("青禾县农业农村局生猪出栏量目标值", "实际呢"):
        engine.ask(q, session=s, record=False)
    answer = engine.ask("差多少", session=s, record=False)
    assert answer.status == "answered" and "1.5万头" in answer.text, answer.text
    assert "分值" not in answer.text, answer.text
