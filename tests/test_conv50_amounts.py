"""A project said by its amount: "那个九十五万五的是啥项目" over every loaded department (the one project of that
total answers, never a question which department); "政府雇员工资经费是六十四万多那个 有哪些指标" (two departments'
projects share the name: the amount said picks one). Amounts said roughly: 多 (up to the next unit of the last
place said), 出头 (a little over), 左右 / 大约 (within a tenth)."""

from __future__ import annotations

import pytest
from conftest import SEED, converse, engine_over

from bot.engine import Engine
from bot.language.normalize import find_numbers, normalize, rough_window


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    """The seed and a fictional 柏川县信访局 of the same layout: its 政府雇员工资经费 is 64.32, its 信访工作经费 95.50."""
    folder = tmp_path_factory.mktemp("conv50")
    other = folder / "柏川县信访局项目支出绩效目标表.txt"
    text = SEED.read_text(encoding="utf-8").replace("广州市白云区信访局", "柏川县信访局")
    text = text.replace("政府雇员工资经费 77.28 77.28", "政府雇员工资经费 64.32 64.32")
    text = text.replace("信访工作经费 60.00 60.00", "信访工作经费 95.50 95.50")
    text = text.replace("234.98 234.98", "257.52 257.52")  # its totals: 234.98 - 77.28 + 64.32 - 60 + 95.5
    other.write_text(text, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [SEED, other])


@pytest.mark.parametrize(("said", "window"), [
    ("六十四万多那个", (64.0, 65.0)), ("七十七万两千多的", (77.2, 77.3)), ("一百二十万多", (120.0, 121.0)),
    ("十二万左右", (10.8, 13.2)), ("大约95万的", (85.5, 104.5)), ("九十五万五的", None)])
def test_the_range_an_amount_said_roughly_covers(said: str, window: tuple[float, float] | None) -> None:
    text = normalize(said)
    got = rough_window(text, find_numbers(text)[0])
    assert (got is None) if window is None else got == pytest.approx(window)


def test_a_little_over_is_over() -> None:
    text = normalize("一百二十万出头")
    low, high = rough_window(text, find_numbers(text)[0]) or (0, 0)
    assert low == 120 and 121 < high <= 130


@pytest.mark.parametrize("question", ["那个九十五万五的是啥项目", "95.5万的是哪个项目"])
def test_an_amount_is_looked_up_in_every_department(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "answered", answer.text
    assert "信访工作经费" in answer.text and "95.50" in answer.text and "柏川县信访局" in answer.text
    assert "哪个部门" not in answer.text


def test_an_amount_no_department_has_is_said_once(engine: Engine) -> None:
    answer = converse(engine, "13万的是哪个项目")
    assert answer.text.count("没有总计为") == 1, answer.text
    assert "哪个部门" not in answer.text


@pytest.mark.parametrize(("question", "mine", "other"), [
    ("政府雇员工资经费是六十四万多那个 有哪些指标", "柏川县信访局", "广州市白云区信访局"),
    ("七十七万多的政府雇员工资经费有哪些指标", "广州市白云区信访局", "柏川县信访局"),
    ("政府雇员工资经费64.32万那个的指标", "柏川县信访局", "广州市白云区信访局")])
def test_the_amount_said_picks_one_of_two_namesakes(engine: Engine, question: str, mine: str, other: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "answered", answer.text
    assert mine in answer.text and other not in answer.text
    assert "编外人员聘用合规率" in answer.text


def test_an_amount_neither_namesake_has_still_asks(engine: Engine) -> None:
    answer = converse(engine, "政府雇员工资经费是三十万那个 有哪些指标")
    assert answer.status == "clarify", answer.text


def test_a_project_pointed_at_by_a_rough_amount(engine: Engine) -> None:
    answer = converse(engine, "六十四万多那个项目有哪些指标")
    assert answer.status == "answered", answer.text
    assert "柏川县信访局" in answer.text and "广州市白云区信访局" not in answer.text
    assert "编外人员聘用合规率" in answer.text
