"""Round 50 fixes: the office publishing a table of other departments' blocks, named with a question of the whole
table (a ranking, a place in it), is answered by the table — only its own row asked is refused."""

from __future__ import annotations

from conftest import converse
from test_round50_asset import yunling  # noqa: F401  (the fixture: 云岭县财政局's table of departments' blocks)

from bot.dialogue.session import Session
from bot.engine import ANSWERED, UNKNOWN, Engine


def test_the_publisher_named_with_a_ranking_reaches_the_table(yunling: Engine) -> None:  # noqa: F811
    answer = converse(yunling, "云岭县财政局新增设备最多的部门")
    assert answer.status == ANSWERED, answer.text
    assert "云岭县民政局" in answer.text and "60.1" in answer.text, answer.text
    dearest = converse(yunling, "云岭县财政局新增设备哪个最贵")
    assert dearest.status == ANSWERED, dearest.text
    assert "康复训练设备" in dearest.text and "36" in dearest.text, dearest.text


def test_a_place_in_the_publishers_table_follows_its_ranking(yunling: Engine) -> None:  # noqa: F811
    session = Session()
    yunling.ask("云岭县财政局新增设备哪个最贵", session=session, record=False)
    second = yunling.ask("排第二的是什么", session=session, record=False)
    assert second.status == ANSWERED, second.text
    assert "快检车" in second.text and "28" in second.text, second.text


def test_the_publishers_own_subtotal_asked_is_still_refused(yunling: Engine) -> None:  # noqa: F811
    answer = converse(yunling, "云岭县财政局新增设备小计")
    assert answer.status == UNKNOWN, answer.text
    assert "53.7" not in answer.text and "147.8" not in answer.text, answer.text
