"""Words a total line or a count column would drop (fixc57, review 57 #3 and #4), on fictional tables.

"除了X，其他…合计" answered from the 合计 line of a table printing X's row: that total holds X, so the words left out
were not read — never the 合计 line's figure; said after the department ("澄湾县教育局除了X，哪个…最多"), still
left out of a ranking. A money noun said after 多少 ("发放了多少补助") stays money, never the
count column that begins with the same words (发放补助人数); a count column is read for "资助了多少学生" only among
the tables of the department in scope."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.answer.facts.question import _count_said_by_its_verb
from bot.answer.facts.words import left_out_unread
from bot.engine import Engine


def _units_with_total(path: Path) -> None:
    simple_table(path, "单位支出", "澄湾县教育局2026年部门预算单位支出汇总表", "D2", "单位：万元",
                 ["单位名称", "工资福利支出", "商品和服务支出", "合计"],
                 [("澄湾县教育局本级", 110.4, 45.6, 156.0), ("澄湾县第三小学", 612.3, 140.2, 752.5),
                  ("澄湾县溪桥中学", 733.1, 81.8, 814.9), ("合计", 1455.8, 267.6, 1723.4)])


def _relief(path: Path) -> None:
    simple_table(path, "补助", "岚溪县民政局2026年困难群众补助发放表", "D2", "单位：万元",
                 ["项目名称", "发放补助人数", "发放补助金额"],
                 [("临时救助补助", 317, 96.3), ("孤儿基本生活补助", 41, 52.8)])


def _school_aid(path: Path) -> None:
    simple_table(path, "资助", "柘林县职业中学2026年学生资助资金预算表", "D2", "单位：万元",
                 ["资助项目", "资助学生人数", "资助资金"],
                 [("国家助学金", 286, 57.2), ("免学费", 512, 102.4)])


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("fixc57")
    paths = [folder / "units.xlsx", folder / "relief.xlsx", folder / "aid.xlsx"]
    _units_with_total(paths[0])
    _relief(paths[1])
    _school_aid(paths[2])
    return engine_over(folder / "kb.sqlite", paths)


def _idx(engine: Engine):
    from bot.answer.facts.index import FactIndex

    kb = engine.kb
    return FactIndex(kb.conn, kb.documents, kb.vocab.path, kb.segmenter.cut, getattr(kb.segmenter, "tags", None),
                     kb.vocab.operation_words)


@pytest.mark.parametrize("question", ["除了澄湾县溪桥中学，其他单位合计多少", "除了澄湾县溪桥中学，其他单位合计加起来多少",
                                      "澄湾县教育局除了溪桥中学，其他单位合计多少"])
def test_a_total_line_holding_the_row_left_out_is_no_answer(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status != "answered", answer.text
    assert "1723.4" not in answer.text, answer.text


def test_a_total_line_of_a_table_printing_the_row_left_out_is_no_answer() -> None:
    total = {"document_id": 7, "row_labels": "合计", "labels": "合计", "number": 1723.4}
    rows = {"澄湾县教育局本级", "澄湾县溪桥中学", "合计"}
    assert left_out_unread("除了溪桥中学，其他单位合计多少", [total], [], lambda d: rows) == "除了溪桥中学"
    assert left_out_unread("除了柘林中学，其他单位合计多少", [total], [], lambda d: rows) is None
    assert left_out_unread("除了溪桥中学，哪个单位合计最多", [total], ["溪桥中学"], lambda d: rows) is None


def test_the_total_line_is_still_answered_when_nothing_is_left_out(engine: Engine) -> None:
    answer = converse(engine, "澄湾县教育局各单位合计多少")
    assert "除了" not in answer.text, answer.text


def test_money_said_after_the_verb_is_no_count_column(engine: Engine) -> None:
    idx = _idx(engine)
    assert _count_said_by_its_verb("岚溪县民政局发放了多少补助", idx, []) == "岚溪县民政局发放了多少补助"
    answer = converse(engine, "岚溪县民政局临时救助补助发放了多少补助")
    assert "317" not in answer.text, answer.text


def test_a_count_column_is_read_only_in_the_tables_in_scope(engine: Engine) -> None:
    idx = _idx(engine)
    assert _count_said_by_its_verb("资助了多少学生", idx, []) == "资助学生人数多少"
    assert _count_said_by_its_verb("资助了多少学生", idx, ["岚溪县民政局"]) == "资助了多少学生"


@pytest.mark.parametrize("question", ["澄湾县教育局除了溪桥中学，哪个单位合计最多", "澄湾县教育局除了溪桥中学，工资福利支出最多的单位"])
def test_rows_left_out_after_the_department_are_left_out_of_the_ranking(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "answered" and "澄湾县第三小学" in answer.text, answer.text
    assert "最多的是澄湾县溪桥中学" not in answer.text, answer.text
