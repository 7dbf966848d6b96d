"""A department's 项目支出绩效目标表 beside its 1-6月 项目支出绩效监控表 (tests/data/mon63, made by make_docs.py: 年初 /
调整后预算数, 1-6月执行数, 执行率 per project; 年度目标值 / 1-6月实际完成值 / 完成进度 per indicator; 偏差原因; two
header rows, merged cells, a 合计 row), and the bundled seed. The classes: a project said by a short form only the
目标表's reading knows is read on its row of the 监控表 (its change, rate, reason — never the 合计's); a column word said
with the table's period (上半年完成) is the column of those months, not 完成进度; "监控表里哪个指标没达标" is the verdict the
table states; a cost word typed by its sound (径费) is the name's own 经费; "那工资经费呢" after another project names
the project whose name ends so; "分别多少" after a choice of projects asks each."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "tests" / "data" / "mon63"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("mon63")
    return engine_over(d / "kb.sqlite", [ROOT / "knowledge", DOCS / "青石县_水利局_2026年_项目支出绩效目标表.txt",
                                         DOCS / "青石县_水利局_2026年1-6月_项目支出绩效监控表.xlsx"])


@pytest.fixture(scope="module")
def seed(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("mon63seed")
    return engine_over(d / "kb.sqlite", [ROOT / "knowledge"])


def _first(answer) -> str:
    return answer.text.split("（来源")[0]


def test_a_short_forms_change_is_its_rows_never_the_total(engine: Engine) -> None:
    a = _ask(engine, "规划编制经费调减了多少")
    assert a.status == "answered" and "20" in _first(a) and "水资源调度规划编制及前期研究经费" in a.text, a.text
    assert "合计" not in _first(a)


@pytest.mark.parametrize("question, figure, never", [
    ("河道保洁上半年执行率", "48.2", "43.3"),  # the project's rate, not another row's or the total's
    ("河道保洁1-6月执行数", "96.4", "273.1"),
])
def test_a_short_forms_period_column(engine: Engine, question: str, figure: str, never: str) -> None:
    a = _ask(engine, question)
    assert a.status == "answered" and figure in _first(a) and never not in _first(a), a.text


def test_a_short_forms_reason_is_its_rows_text(engine: Engine) -> None:
    a = _ask(engine, "水文站运维为什么追加预算")
    assert a.status == "answered" and "新增2处水位站" in a.text, a.text


def test_done_in_the_period_is_the_actual_not_the_progress(engine: Engine) -> None:
    a = _ask(engine, "河道巡查次数上半年完成多少")
    assert a.status == "answered" and "318次" in _first(a) and "53" not in _first(a), a.text


def test_indicators_short_of_target_as_the_table_states(engine: Engine) -> None:
    a = _ask(engine, "监控表里哪个指标没达标")
    assert a.status == "answered" and "巡查问题整改率" in a.text, a.text
    assert "河道巡查次数" not in a.text and "水文站点完好率" not in a.text  # (318 of ≥600 is half a year's, on course)


def test_a_cost_word_typed_by_its_sound(seed: Engine) -> None:
    a = _ask(seed, "信访工作径费多少")
    assert a.status == "answered" and "60" in _first(a), a.text
    assert _ask(seed, "信访超市保洁费多少").status == "unknown"  # a part the table does not break down, still


def test_words_ending_another_projects_name_name_it(seed: Engine) -> None:
    a = _ask(seed, "信访超市多少钱", "那工资经费呢", "两个差多少")
    assert a.status == "answered" and "9.28" in a.text, a.text
    assert _ask(seed, "公务用车购置经费", "那运行费呢").status == "unknown"  # the subject's other cost, not 信访超市's


def test_each_of_the_projects_offered(seed: Engine) -> None:
    a = _ask(seed, "雇员经费有几个", "分别多少")
    assert a.status == "answered" and "77.28" in a.text and "2.70" in a.text, a.text
