"""Round 49 (parts49): never ignore a word that changes what is asked — a part of a line the table does not break
down, and a kind of spending said whole that only a longer, qualified name holds. Small fictional tables of
青屿县文化旅游局: its 项目支出绩效目标表 (text), its 上半年项目支出绩效运行监控表 and its 部门支出决算表.

Classes:
- "X其中Y多少" after a line shown (a subject's row, or a project answered by its name) where the table prints X
  whole: said so, never a project whose name merely holds Y's words, nor which of another table's rows;
- "X的N里Y和Z各多少": the figure of X is no answer to its parts the table does not print;
- a kind of spending said whole (人员经费) of a department whose tables print only a qualified name holding it
  (临聘人员经费) is not that name's figure; the qualified name said whole still is."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, write_workbook
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

_DEPT = "青屿县文化旅游局"

_TARGET = render(_DEPT, "236.00 236.00", [Unit(_DEPT, "236.00 236.00", [
    Item("临聘人员经费", "156.40 156.40", "保障临聘人员工资及社会保险按时足额发放，维护队伍稳定。",
         [("11", "保障临聘人员数量", "42人", "42人"),
          ("13", "工资发放及时性", "按月发放", "100%"),
          ("31", "临聘人员满意度", "≥90%", "≥90%")]),
    Item("文物保护专项经费", "79.60 79.60", "开展不可移动文物日常巡查和修缮，保护文物安全。",
         [("11", "巡查文物点数量", "≥60处", "≥60处"),
          ("12", "修缮工程验收合格率", "100%", "100%"),
          ("31", "群众满意度", "≥90%", "≥90%")]),
])])

_MONITOR = [
    ["青屿县文化旅游局2026年上半年项目支出绩效运行监控表"], ["填报单位：青屿县文化旅游局", None, None, None, None, None, "单位：万元"],
    ["序号", "项目名称", "实施单位", "预算执行情况", None, None, "备注"],
    [None, None, None, "年初预算数", "1-6月执行数", "执行率", None],
    [1, "临聘人员经费", _DEPT, 156.4, 71.35, 0.4562, None],
    [2, "文物保护专项经费", _DEPT, 79.6, 22.18, 0.2786, "修缮工程下半年验收"],
    ["合计", None, None, 236.0, 93.53, 0.3963, None],
]
_MONITOR_MERGED = ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "A7:C7"]

_SPENDING = [
    ["青屿县文化旅游局2025年部门支出决算表"], ["单位：万元"],
    ["科目编码", "科目名称", "基本支出", "项目支出", "本年支出合计"],
    [None, "合计", 1820.55, 412.3, 2232.85],
    ["2070101", "行政运行", 1288.17, None, 1288.17],
    ["2070204", "文物保护", None, 412.3, 412.3],
    ["208", "社会保障和就业支出", 532.38, None, 532.38],
    ["2080505", "机关事业单位基本养老保险缴费支出", 301.62, None, 301.62],
    ["2080506", "机关事业单位职业年金缴费支出", 230.76, None, 230.76],
]

# another department's table printing wage lines uncoded (基本工资): words a part asked may resemble
_OTHER = [
    ["松川县档案馆2025年工资福利支出表"], ["单位：万元"],
    ["项目", "本年支出"],
    ["基本工资", 96.3],
    ["绩效工资", 74.1],
    ["合计", 170.4],
]


@pytest.fixture(scope="module")
def bureau(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("parts49")
    target = folder / f"{_DEPT}2026年项目支出绩效目标表.txt"
    target.write_text(_TARGET, encoding="utf-8")
    monitor = write_workbook(folder / f"{_DEPT}2026年上半年项目支出绩效运行监控表.xlsx", _MONITOR, _MONITOR_MERGED,
                             sheet="项目预算执行情况")
    spending = write_workbook(folder / f"{_DEPT}2025年部门支出决算表.xlsx", _SPENDING, sheet="部门支出决算表")
    other = write_workbook(folder / "松川县档案馆2025年工资福利支出表.xlsx", _OTHER, sheet="工资福利支出表")
    return engine_over(folder / "kb.sqlite", [target, monitor, spending, other])


@pytest.mark.parametrize(("turns", "never"), [
    # a subject's line shown, a part of it asked that only a project's name holds (临聘人员经费)
    ((f"{_DEPT}行政运行支出", "其中人员经费多少"), ("156.4", "71.35")),
    # a project answered by its name, a part of it asked that another table's rows resemble (…养老保险缴费支出)
    ((f"{_DEPT}临聘人员经费", "其中社保缴费多少"), ("301.62", "230.76", "哪一项")),
])
def test_part_asked_of_the_line_shown_is_not_split(bureau: Engine, turns: tuple[str, ...], never: tuple[str, ...]) -> None:
    answer = converse(bureau, *turns)
    assert answer.status == "unknown", answer.text
    assert not any(n in answer.text for n in never), answer.text


def test_the_part_not_split_is_said_with_the_line(bureau: Engine) -> None:
    answer = converse(bureau, f"{_DEPT}临聘人员经费", "其中社保缴费多少")
    assert "社保缴费" in answer.text and "临聘人员经费" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "临聘人员经费1-6月执行数里工资和社保各多少",
    "临聘人员经费1-6月执行数中工资是多少",
    "文物保护专项经费年初预算数里修缮费多少",
])
def test_parts_after_the_line_are_not_its_figure(bureau: Engine, question: str) -> None:
    answer = converse(bureau, question)
    assert answer.status != ANSWERED, answer.text
    assert not any(n in answer.text for n in ("71.35", "93.53", "79.6万", "79.60万", "236")), answer.text


@pytest.mark.parametrize("question", [f"{_DEPT}人员经费合计多少", f"{_DEPT}人员经费一共多少"])
def test_kind_said_whole_is_not_a_qualified_name(bureau: Engine, question: str) -> None:
    answer = converse(bureau, question)
    assert answer.status != ANSWERED, answer.text
    assert not any(n in answer.text for n in ("156.4", "71.35", "45.62")), answer.text


@pytest.mark.parametrize(("turns", "shows"), [
    # the line itself, and a column of a project answered: still answered
    (("临聘人员经费1-6月执行数多少",), ("71.35",)),
    ((f"{_DEPT}临聘人员经费多少",), ("156.4",)),
    ((f"{_DEPT}临聘人员经费", "其中财政拨款多少"), ("156.4",)),
    ((f"{_DEPT}行政运行支出",), ("1288.17",)),
])
def test_what_the_table_prints_is_still_answered(bureau: Engine, turns: tuple[str, ...], shows: tuple[str, ...]) -> None:
    answer = converse(bureau, *turns)
    assert answer.status == ANSWERED and all(s in answer.text for s in shows), answer.text


def test_parts_said_after_the_line_name_no_line_of_the_answer(bureau: Engine) -> None:
    """The check itself on the tables' own readings: the line's figure answered (临聘人员经费's 1-6月执行数) while the
    words after 里 (工资, resembling another department's 基本工资) are no line of it: (the parts, the line); the
    line asked without parts, or a line asked by a word after 中 that the answer is of, is no such case."""
    from bot.answer.facts.answerer import Answerer
    from bot.answer.facts.index import index_for
    from bot.answer.facts.turn import _parts_after_the_line

    idx = index_for(bureau.kb)
    figure = Answerer(idx).answer("临聘人员经费1-6月执行数多少", None, None)
    assert figure is not None and figure.status == ANSWERED and "71.35" in figure.text, figure
    asked = Answerer(idx).read("临聘人员经费1-6月执行数里工资和社保各多少")
    assert _parts_after_the_line(asked, figure, idx) == ("工资、社保", "临聘人员经费")
    assert _parts_after_the_line(Answerer(idx).read("临聘人员经费1-6月执行数多少"), figure, idx) is None
    itself = Answerer(idx).read("预算执行情况中临聘人员经费1-6月执行数")
    assert _parts_after_the_line(itself, figure, idx) is None


# --- "X的Y": the owner said before 的 is no part of a longer line's name ----------------------------------------

_CAPITAL = [
    ["柏川县2026年国有资本经营预算收入表"], ["单位：万元"],
    ["科目编码", "项目", "上年执行数", "本年预算数"],
    ["1030601", "一、利润收入", 2900, 3200],
    ["103060104", "\u3000投资服务企业利润收入", 1100, 1200],
    ["103060115", "\u3000建筑施工企业利润收入", 1050, 1200],
    ["103060198", "\u3000其他国有资本经营预算企业利润收入", 750, 800],
    ["1030602", "二、股利、股息收入", 480, 500],
    [None, "收入合计", 3380, 3700],
]


@pytest.fixture(scope="module")
def capital(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("parts49_capital")
    budget = write_workbook(folder / "柏川县2026年国有资本经营预算收入表.xlsx", _CAPITAL, sheet="收入")
    return engine_over(folder / "kb.sqlite", [budget])


@pytest.mark.parametrize("question", ["柏川国资的利润收入是多少", "柏川国资利润收入是多少", "柏川县国有资本经营预算的利润收入多少"])
def test_line_named_after_de_is_that_line(capital: Engine, question: str) -> None:
    """"国资的利润收入": 利润收入 itself (3200), never the one line whose longer name holds the budget's words too
    (其他国有资本经营预算企业利润收入, 800) as if it were the line asked."""
    answer = converse(capital, question)
    assert answer.status == ANSWERED and "3200" in answer.text, answer.text
    assert not answer.text.startswith("103060198"), answer.text


# --- a filter checks every row: "发行利率超过X的项目有哪些" ------------------------------------------------------

_DEBT = [
    ["梧桐县2025年政府债务限额和余额情况表"], ["单位：万元"],
    ["项目", "一般债务", "专项债务", "合计"],
    ["一、上年末地方政府债务余额", 301200, 512400, 813600],
    ["二、本年地方政府债务限额", 330000, 560000, 890000],
    ["三、本年地方政府债务发行额", 41200, 96500, 137700],
    ["（一）新增债券", 20000, 88000, 108000],
    ["（二）再融资债券", 21200, 8500, 29700],
    ["四、年末地方政府债务余额", 322300, 584300, 906600],
]

_BONDS = [
    ["梧桐县2025年新增地方政府专项债券资金使用情况表"], ["单位：万元、年、%"],
    ["序号", "项目名称", "项目主管部门", "债券金额", "债券期限（年）", "发行利率（%）"],
    [None, "合计", None, 88000, None, None],
    [1, "梧桐县老城区雨污分流改造工程", "梧桐县住房和城乡建设局", 16000, 20, 2.21],
    [2, "梧桐县人民医院门急诊综合楼建设项目", "梧桐县卫生健康局", 22000, 30, 2.41],
    [3, "梧桐县实验学校扩建工程", "梧桐县教育局", 9000, 15, 2.07],
    [4, "梧桐县工业园区标准厂房建设项目（一期）", "梧桐县经济开发区管委会", 18000, 30, 2.41],
    [5, "梧桐县乡村供水管网提升工程", "梧桐县水利局", 11000, 20, 2.21],
    [6, "梧桐县古村落保护利用工程", "梧桐县文化和旅游局", 5000, 10, 1.96],
    [7, "梧桐县城区主干道改造提升工程", "梧桐县交通运输局", 7000, 30, 2.41],
]


@pytest.fixture(scope="module")
def bonds(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("parts49_bonds")
    debt = write_workbook(folder / "梧桐县_2025年_政府债务限额和余额情况表.xlsx", _DEBT, sheet="债务限额和余额")
    used = write_workbook(folder / "梧桐县_2025年_新增专项债券资金使用情况表.xlsx", _BONDS, sheet="新增专项债券")
    return engine_over(folder / "kb.sqlite", [debt, used])


@pytest.mark.parametrize(("question", "shows", "never"), [
    ("发行利率超过2.3的项目有哪些", ("门急诊综合楼", "标准厂房", "主干道改造"), ("雨污分流", "古村落")),
    ("发行利率低于2.1的项目有哪些", ("实验学校", "古村落"), ("门急诊综合楼", "没有符合")),
])
def test_filter_reads_every_row(bonds: Engine, question: str, shows: tuple[str, ...], never: tuple[str, ...]) -> None:
    """"项目" (another table's header, 项目 of the debt table) said as the noun of the rows listed: every row of
    the bond table is checked against the bound, none left out because a shorter name fits the words better."""
    answer = converse(bonds, question)
    assert answer.status == ANSWERED and all(s in answer.text for s in shows), answer.text
    assert not any(n in answer.text for n in never), answer.text


@pytest.mark.parametrize(("text", "within"), [
    ("临聘人员经费里工资多少", True), ("临聘人员经费中工资多少", True), ("临聘人员经费当中的工资多少", True),
    ("临聘人员经费中央补助多少", False), ("文物保护专项经费中心城区多少", False), ("教育支出中小学多少", False),
    ("卫生支出中医院多少", False), ("教育支出中学多少", False),
])
def test_zhong_starting_a_word_is_no_within(text: str, within: bool) -> None:
    """中 of 中央 / 中心 / 中学 / 中医 / 中小学 begins the next word, as the asking filler reads it: no "within"
    before parts asked (a part_not_broken_down refusal of a question that names no part)."""
    from bot.answer.facts.turn import _PARTS_AFTER

    at = text.index("费" if "费" in text else "出") + 1
    assert (_PARTS_AFTER.match(text, at) is not None) is within
