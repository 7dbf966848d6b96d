"""Projects said by words of their names (cw61, round 61), on a 目标表 made here (青石县商务局, as a published PDF's
text) whose projects share words: 考核 and 督查, 代建, 储备.

Class 1: a question word said inside a project's name (考核 of 外贸企业督查及考核经费, the word of 考核指标) is a word of
that name: "外贸督查考核经费多少" asks the project's amount, never its indicators; "考核经费多少", which two names hold
before their tail, asks which; "→ 电商的那个" picks one.
Class 1b: a short name (储备) heading a longer word of another project's name of the table (储备粮, which its cutting
keeps whole) fits both about equally: "储备经费多少" asks which, never answers the one holding the word apart.
Class 2: a word of a name no short name reads (代建, cut apart by the name's own cutting), said as a project's word
("代建那个项目"), names the project whose name prints it.
Class 3: a rate said after words read roughly as an indicator holding no rate there (评审费率 of 评审咨询费用) is not
that indicator: not found, never its amount.
Class 4: "X是管啥的" asks the project's goal; "有几个满意度指标 叫啥" counts and names them."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, CLARIFY, UNKNOWN, Engine

DEPT = "青石县商务局"
UNITS = [
    Unit("青石县商务局", "153.60 141.60 12.00", [
        Item("外贸企业督查及考核经费", "18.60 18.60",
             "对全县重点外贸企业开展季度督查和年度考核，通报督查结果，推动外贸稳规模优结构。",
             [("11", "年度考核外贸企业数量", "≥40家", "≥40家"),
              ("13", "督查通报按季发布", "每季1期", "4期"),
              ("12", "督查问题整改率", "≥90%", "≥90%"),
              ("31", "被督查企业满意度", "≥85%", "≥85%")]),
        Item("电子商务进农村考核和物流监测经费", "24.30 24.30",
             "开展电子商务进农村综合示范考核，监测县乡村三级物流节点运行情况，畅通农产品上行通道。",
             [("11", "物流节点监测数量", "≥60个", "≥60个"),
              ("12", "物流监测覆盖率", "100%", "100%"),
              ("24", "电商示范考核等次", "良好以上", "优秀"),
              ("31", "农村电商经营户满意度", "≥88%", "≥88%")]),
        Item("市政项目代建管理及造价评审经费", "63.20 51.20 12.00",
             "为全县商贸流通项目提供代建管理服务，委托第三方机构开展工程造价评审，控制投资规模。",
             [("11", "代建管理项目数量", "≥30个", "≥30个"),
              ("12", "代建项目按时办结率", "≥95%", "≥95%"),
              ("14", "评审咨询费用", "≤63.2万元", "≤63.2万元"),
              ("21", "造价审减金额", "≥900万元", "≥900万元"),
              ("31", "代建服务对象满意度", "≥90%", "≥90%")]),
        Item("商贸流通领域安全检查经费", "47.50 47.50",
             "对全县商场超市、成品油经营网点开展安全检查，督促落实安全生产主体责任。",
             [("11", "安全检查网点数量", "≥200个", "≥200个"),
              ("12", "隐患整改率", "100%", "100%"),
              ("22", "商贸流通领域安全形势", "总体平稳", "不发生较大安全事故"),
              ("31", "经营主体满意度", "≥85%", "≥85%")]),
    ]),
    Unit("青石县粮食收储中心", "205.40 205.40", [
        Item("市级储备粮动态轮换补贴", "168.00 168.00",
             "按计划轮换市级储备粮，保持库存粮食品质良好，确保储备粮数量真实、质量良好、储存安全。",
             [("11", "轮换储备粮数量", "≥3000吨", "≥3000吨"),
              ("12", "储备粮质量达标率", "100%", "100%"),
              ("31", "承储企业满意度", "≥90%", "≥90%")]),
        Item("生活必需品储备及调运经费", "37.40 37.40",
             "储备方便食品、饮用水等生活必需品，保障突发事件时市场供应。",
             [("11", "生活必需品储备品种", "≥8种", "≥8种"),
              ("13", "应急调运响应时间", "≤24小时", "≤24小时"),
              ("31", "群众满意度", "≥90%", "≥90%")]),
    ]),
]


def _text() -> str:
    return render(DEPT, "359.00 347.00 12.00", UNITS)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cw61w")
    path = folder / "青石县商务局_2026年_项目支出绩效目标表.txt"
    path.write_text(_text(), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path])


@pytest.mark.parametrize("question, figure, other", [
    ("外贸督查考核经费多少", "18.60", "24.30"),
    ("外贸企业督查考核经费", "18.60", "24.30"),
    ("电子商务考核和物流监测经费", "24.30", "18.60"),
    ("电子商务进农村考核和物流监测经费多少钱", "24.30", "18.60"),
])
def test_a_question_word_inside_a_name_asks_its_amount(engine: Engine, question: str, figure: str,
                                                         other: str) -> None:
    a = converse(engine, question)
    assert a.status == ANSWERED, a.text
    first = a.text.splitlines()[0]
    assert figure in first and "万元" in first and other not in a.text, a.text
    assert "绩效指标" not in a.text  # never its list of indicators


def test_the_question_word_said_alone_before_a_tail_asks_which(engine: Engine) -> None:
    a = converse(engine, "考核经费多少")
    assert a.status == CLARIFY, a.text
    assert "外贸企业督查及考核经费" in a.text and "电子商务进农村考核和物流监测经费" in a.text
    b = converse(engine, "考核经费多少", "电子商务的那个")
    assert b.status == ANSWERED and "24.30" in b.text and "18.60" not in b.text, b.text


@pytest.mark.parametrize("question, said", [
    ("外贸督查考核指标有哪些", "年度考核外贸企业数量"),
    ("外贸企业督查及考核经费考核什么", "督查问题整改率"),
])
def test_the_question_word_still_asks_where_it_is_one(engine: Engine, question: str, said: str) -> None:
    a = converse(engine, question)
    assert a.status == ANSWERED and said in a.text, a.text


@pytest.mark.parametrize("question, figure", [
    ("代建那个项目有几个指标", "5"),
    ("代建的项目多少钱", "63.20"),
])
def test_a_word_of_a_name_said_as_a_projects(engine: Engine, question: str, figure: str) -> None:
    a = converse(engine, question)
    assert a.status == ANSWERED and figure in a.text.splitlines()[0], a.text
    assert "市政项目代建管理及造价评审经费" in a.text


def test_a_rate_said_is_no_indicator_of_an_amount(engine: Engine) -> None:
    a = converse(engine, "市政项目代建管理及造价评审经费", "评审咨询费率多少")
    assert a.status == UNKNOWN and a.intent != "error" and "63.2" not in a.text, a.text
    assert "没有找到与“评审咨询费率”有关" in a.text, a.text  # (the rate said is what is not found)
    b = converse(engine, "市政项目代建管理及造价评审经费", "评审咨询费用多少")
    assert b.status == ANSWERED and "63.2" in b.text, b.text


@pytest.mark.parametrize("question", ["安全检查经费是管啥的", "安全检查经费是管什么的", "安全检查经费负责啥的"])
def test_what_a_project_is_for_is_its_goal(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == ANSWERED and "督促落实安全生产主体责任" in a.text and "47.50" not in a.text, a.text


@pytest.mark.parametrize("question", ["代建管理及造价评审经费有几个满意度指标 叫啥",
                                      "代建管理及造价评审经费有几个满意度指标，都叫什么"])
def test_a_count_with_its_names_asked_names_them(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == ANSWERED and "代建服务对象满意度" in a.text and "1" in a.text.splitlines()[0], a.text
    plain = converse(engine, "代建管理及造价评审经费有几个满意度指标")
    assert "代建服务对象满意度" not in plain.text  # (the count alone stays a count)


def test_a_short_name_heading_a_longer_word_fits_both(engine: Engine) -> None:
    a = converse(engine, "储备经费多少")
    assert a.status == CLARIFY, a.text
    assert "市级储备粮动态轮换补贴" in a.text and "生活必需品储备及调运经费" in a.text
    b = converse(engine, "储备经费多少", "生活必需品的那个")
    assert b.status == ANSWERED and "37.40" in b.text and "168.00" not in b.text, b.text
    c = converse(engine, "储备粮补贴多少")  # (the longer word said names its own project)
    assert c.status == ANSWERED and "168.00" in c.text and "37.40" not in c.text, c.text
