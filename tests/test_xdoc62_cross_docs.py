"""Two places' tables of department blocks loaded side by side (青禾县's, three departments; 白沙县's, two): a
department's share of every department's whole said as a group ("占三个部门合计的多少"), and two departments of two
different documents added or compared, each side answered by its own document, the arithmetic shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over
from test_cross62_headed_blocks import _add, _department_rows, cross_table

from bot.engine import Engine

# per 项 line: 基本支出 (工资福利, 商品和服务, 对个人和家庭的补助), 项目支出 (商品和服务, 资本性, 对个人和家庭的补助)
_BAISHA = {
    "白沙县民政局": [
        ("208", "社会保障和就业支出", [("20802", "民政管理事务", [
            ("2080201", "行政运行", (150.0, 22.5, 0.8), (0, 0, 0)),
            ("2080208", "基层政权建设", (0, 0, 0), (66.0, 0, 14.0))])]),
        ("221", "住房保障支出", [("22102", "住房改革支出", [
            ("2210201", "住房公积金", (17.3, 0, 0), (0, 0, 0))])]),
    ],
    "白沙县司法局": [
        ("204", "公共安全支出", [("20406", "司法", [
            ("2040601", "行政运行", (205.0, 31.0, 1.2), (0, 0, 0)),
            ("2040604", "基层司法业务", (0, 0, 0), (48.0, 12.0, 0))])]),
    ],
}


def _baisha_table(path: Path) -> None:
    """白沙县's table laid out as 青禾县's: title, unit line, two header rows, the 合计 line, the headed blocks."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "财政拨款支出(功能×经济)"
    ws.append(["白沙县2027年部门财政拨款支出预算表（功能分类和经济分类交叉）"])
    ws.append(["编制单位：白沙县财政局", *[None] * 9, "单位：万元"])
    ws.append(["科目编码", "科目名称", "合计", "基本支出", None, None, None, "项目支出", None, None, None])
    ws.append([None, None, None, "小计", "工资福利支出", "商品和服务支出", "对个人和家庭的补助",
               "小计", "商品和服务支出", "资本性支出", "对个人和家庭的补助"])
    blocks, total = [], [None] * 9
    for department, lines in _BAISHA.items():
        rows, whole = _department_rows(lines)
        blocks.append((department, rows, whole))
        total = _add(total, whole)
    ws.append([None, "合计", *total])
    for department, rows, whole in blocks:
        ws.append([f"部门：{department}"])
        for r in rows:
            ws.append(r)
        ws.append([None, "小计", *whole])
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("xdoc62_tables")
    cross_table(d / "qinghe_cross.xlsx")
    _baisha_table(d / "baisha_cross.xlsx")
    return engine_over(tmp_path_factory.mktemp("xdoc62_db") / "kb.sqlite", [d])


@pytest.mark.parametrize(("question", "share", "never"), [
    # 教育局 5635 of the three departments' 7873; its 项目支出 1070 of their 项目支出 2395 (never of 7873: 13.59%)
    ("教育局的支出占三个部门合计的多少", "71.57%", "---"),
    ("青禾县教育局的支出占三个部门合计的几成", "71.57%", "---"),
    ("教育局的项目支出占三个部门合计的比例", "44.68%", "13.59%"),
])
def test_a_share_of_every_department_said_as_a_group(engine: Engine, question: str, share: str, never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and share in a.text.split("\n")[0] and never not in a.text, a.text


def test_a_group_whose_count_is_not_the_blocks_is_no_whole(engine: Engine) -> None:
    a = converse(engine, "教育局的支出占五个部门合计的多少")
    assert "71.57%" not in a.text, a.text


def test_two_departments_of_two_documents_added(engine: Engine) -> None:
    # 白沙县民政局's 住房公积金 17.3 (its line printed after its code, 2210201) + 青禾县教育局's 260
    a = converse(engine, "白沙县民政局和青禾县教育局的住房公积金加起来")
    assert a.status == "answered" and "277.3" in a.text.split("\n")[0] and "17.3" in a.text and "260" in a.text, a.text


def test_two_departments_of_two_documents_compared_by_their_whole(engine: Engine) -> None:
    # 白沙县司法局's block 小计 297.2 against 青禾县水利局's 980.4: each its block's whole
    a = converse(engine, "白沙县司法局和青禾县水利局谁的总支出大")
    assert a.status == "answered" and a.text.startswith("青禾县水利局") and "683.2" in a.text, a.text
    assert "297.2" in a.text and "980.4" in a.text, a.text


def test_no_sum_when_one_side_has_no_such_line(engine: Engine) -> None:
    # 白沙县司法局 prints no 住房公积金: never 260 standing for the sum, nor 司法局's whole added
    a = converse(engine, "白沙县司法局和青禾县教育局的住房公积金加起来")
    assert "557.2" not in a.text and "277.3" not in a.text and not a.text.startswith("两项合计"), a.text
    # said so, the item named; no figure of the other side (test_cw57's "none when A's tables print no X")
    assert a.status == "unknown" and a.text.startswith("白沙县司法局的表里没有列出住房公积金") and "260" not in a.text, a.text


@pytest.mark.parametrize(("question", "first"), [
    ("青禾县水利局财政拨款支出一共多少", "青禾县水利局 合计：980.4万元"),
    ("白沙县民政局基本支出多少", "白沙县民政局 基本支出"),
])
def test_a_blocks_subtotal_line_is_named_by_its_department(engine: Engine, question: str, first: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and a.text.startswith(first) and not a.text.startswith("小计"), a.text


def test_a_second_column_after_a_ranking_ranks_again(engine: Engine) -> None:
    # 项目支出: 教育局 1070 first; 基本支出: 教育局 4565 first; 项目支出 again: ranked again, no question back
    a = converse(engine, "青禾县哪个部门项目支出最少", "那基本支出呢", "那项目支出呢")
    assert a.status == "answered" and a.text.startswith("青禾县水利局的项目支出小计最少：470"), a.text


def test_a_ranking_names_the_column_as_printed(engine: Engine) -> None:
    a = converse(engine, "青禾县哪个部门基本支出最多")
    assert a.text.startswith("青禾县教育局的基本支出小计最多：4565"), a.text
