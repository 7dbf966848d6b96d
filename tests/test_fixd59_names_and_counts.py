"""Round 59 fixes over fictional tables (the bond lane's rules held only where their shape is present):

- an everyday word asking a column (承办, 承接: [record_asks.who]) standing inside a longer run of the row's name
  said is the name's, never a column asked — the column said beside it (目录编码) is answered, never 承接主体类型;
  the word said apart from the name ("由谁承接") still asks it;
- rows counted by a column they fill ("有几个项目用作资本金") of a column printed in money (资本金 holds 本金, a money
  word of the units' reading): the rows counted, never "no count in 个"; a count of a thing a money column only
  names ("有几个长者食堂") still unknown (tests/test_lead22_classes.py)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, Engine


def _services(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "购买服务"
    ws.append(["青禾县体育局2026年政府购买服务预算表"])
    ws.append(["单位：万元"])
    ws.append(["序号", "购买服务项目名称", "服务目录编码", "服务目录名称", "承接主体类型", "预算金额"])
    ws.append([1, "社区老年健康讲座承办", "F0712", "健康服务", "事业单位", 12.5])
    ws.append([2, "青少年足球联赛组织承接", "F0305", "体育服务", "社会组织", 30])
    ws.append([3, "体育场馆保洁服务", "D0901", "后勤服务", "企业", 18])
    wb.save(path)


def _bonds(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "新增专项债券"
    ws.append(["青禾县2025年新增专项债券项目表"])
    ws.append(["单位：万元"])
    ws.append(["序号", "项目名称", "债券金额", "其中：用作资本金", "债券期限（年）"])
    ws.append([None, "合计", 26000, 4500, None])
    ws.append([1, "青禾县南湖水厂扩建工程", 9000, 2500, 15])
    ws.append([2, "青禾县物流园冷链仓储项目", 8000, 2000, 20])
    ws.append([3, "青禾县老旧小区改造项目", 6000, None, 10])
    ws.append([4, "青禾县东环路改造工程", 3000, None, 10])
    wb.save(path)


@pytest.fixture(scope="module")
def services(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fixd59_services")
    _services(d / "青禾县体育局_2026_政府购买服务预算表.xlsx")
    return engine_over(tmp_path_factory.mktemp("fixd59_services_db") / "kb.sqlite", [d])


@pytest.fixture(scope="module")
def bonds(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fixd59_bonds")
    _bonds(d / "青禾县_2025年_新增专项债券项目表.xlsx")
    return engine_over(tmp_path_factory.mktemp("fixd59_bonds_db") / "kb.sqlite", [d])


@pytest.mark.parametrize(("question", "said"), [("社区老年健康讲座承办的目录编码", "F0712"),
                                               ("青少年足球联赛组织承接的目录编码", "F0305")])
def test_an_asking_word_inside_the_rows_name_is_the_names(services: Engine, question: str, said: str) -> None:
    a = services.ask(question, record=False)
    assert a.status == ANSWERED and said in a.text, a.text
    assert "承接主体类型" not in a.text, a.text


def test_the_asking_word_said_apart_still_asks_its_column(services: Engine) -> None:
    a = services.ask("体育场馆保洁服务的承接主体是什么", record=False)
    assert a.status == ANSWERED and "企业" in a.text, a.text


def test_projects_counted_by_a_money_column_they_fill(bonds: Engine) -> None:
    a = converse(bonds, "有几个项目用作资本金")
    assert a.status == ANSWERED and "2" in a.text and "南湖水厂" in a.text and "物流园" in a.text, a.text
    assert "老旧小区" not in a.text and "东环路" not in a.text, a.text
