"""All wording is compose's (bot/answer/compose.py): the answer modules', the dialogue's and the engine's replies
too — not understood, asked back, a list shown too short, a failure, a staffing table's gaps — never a sentence
written where the reply is made."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bot.answer import compose

BOT = Path(__file__).resolve().parents[1] / "bot"
_SENTENCE_END = re.compile(r"[\u4e00-\u9fff”）][。？！：]$")


def _sentences(path: Path) -> list[str]:
    """The string literals of a module (docstrings left out) that end as a Chinese sentence or a prompt does."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs \
                and _SENTENCE_END.search(node.value):
            out.append(f"{path.name}:{node.lineno}: {node.value}")
    return out


@pytest.mark.parametrize("path", sorted(p for p in [*BOT.glob("dialogue/*.py"), *BOT.glob("engine/*.py"),
                                                    *BOT.glob("answer/**/*.py")] if p.name != "compose.py"),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_reply_is_worded_outside_compose(path: Path) -> None:
    assert not _sentences(path)


def test_the_check_sees_a_sentence(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text('"""Doc。"""\nx = "没有看懂这个问题。"\ny = f"上一个列表只有 {3} 项。"\n', encoding="utf-8")
    assert _sentences(probe) == ["probe.py:2: 没有看懂这个问题。", "probe.py:3:  项。"]


def test_the_replies_moved_are_worded_as_before() -> None:
    assert compose.NOT_UNDERSTOOD == "没有看懂这个问题。"
    assert compose.list_shorter(3, True) == "上一个列表只有 3 个项目。" and compose.list_shorter(3, False) == "上一个列表只有 3 项。"
    assert compose.option_tables(["2024", "2025"], ["a.xlsx"]) == "（2024、2025 年，a.xlsx）"
    assert compose.option_tables([], ["a.xlsx", "b.pdf"]) == "（a.xlsx、b.pdf）"
    assert compose.not_the_units_project("公证处", [("热线经费", "司法所"), ("调解经费", "司法局")]) \
        == "表中公证处没有这个项目：热线经费（属司法所）、调解经费（属司法局）不是公证处的项目。"
    assert compose.nothing_found_about(["电脑", "打印机"]) == "知识库里没有找到与“电脑、打印机”有关的项目或指标。"
    assert compose.figure_in_unit("拨付金额", "350000元", "35万元") == "拨付金额（350000元，合35万元）"
    assert compose.staffing_gap("交通站", "空编", "2人", "核定编制数 12", "实有人数 10") \
        == "交通站 空编 2人：核定编制数 12 − 实有人数 10"
    assert compose.staffing_full("交通站", False, "核定编制数 12", "实有人数 10") == "交通站不满编：核定编制数 12，实有人数 10"
    assert compose.staffing_ranked("空编", False, ["交通站"], "2人", ["a", "b"], 3).startswith("空编最多的是交通站（2人）。\n依次：共 3 项")
    assert compose.span_extreme(True, ["X"], "执行期限 2023-2030年", 8, 5) == "最长的是X：执行期限 2023-2030年（8年）（共比较 5 项）"
    assert compose.source_first("（来源：a表第3行）", "b表") == "（来源：b表；a表第3行）"
    assert compose.class_of_grade("评价等级", "良") == "评价等级为“良”的"
    assert compose.class_said_as("运转类", "项目类别", "运转类项目") == "运转类（项目类别：运转类项目）"


def test_a_figure_in_a_sum_is_written_by_one_function():
    from bot.dialogue import figures

    assert figures._num is compose.figure_text
    assert [compose.figure_text(x) for x in (16.0, 2.5, 1 / 3, 1234567.891)] == ["16", "2.5", "0.33", "1234567.89"]
    assert compose.counts_added([("甲", 12.0), ("乙", 4.0)], "人") == "合计 16人：甲 12人 + 乙 4人 = 16人"


def test_the_replies_the_facts_read_back_are_recognised_beside_their_wording():
    said = compose.field_not_held(["负责人", "电话"])
    assert compose.field_not_held_word(said) == "负责人" and compose.field_not_held_word(compose.NOT_UNDERSTOOD) is None
    assert compose.nothing_found_or_not_understood(compose.nothing_found_about(["电脑"]))
    assert compose.nothing_found_or_not_understood(compose.NOT_UNDERSTOOD)
    assert not compose.nothing_found_or_not_understood(said)
    assert compose.nothing_held_named(compose.subject_not_held("文化馆")) and not compose.nothing_held_named(said)
