"""Questions over 项目支出绩效自评表 workbooks of one project per sheet, the one-year form (预算数 / 执行数 / 执行率 /
分值 / 得分), written by tests/data/eval60/make_docs.py: 青溪县水利局's 2025 forms beside its 2026 目标表 (one project
named in both), and 五指区文体局's 2024 forms in a file named in pinyin (hainan_wuzhi_…):
- the year said is the self-evaluation's own; a name shared with the 目标表 is the form's when asked by a
  self-evaluation's words (总分, 执行了), the 目标表's otherwise (never the form's 总分 row for a budget);
- the projects of one workbook ranked by 执行率 and by 总分, a funding column added up across its sheets;
- 偏差原因: the indicators that print one listed; an indicator that prints none (named, said short, or just shown)
  said so, never another indicator's reason;
- an indicator class listed, then one column of each (得分分别多少); a column carried to the next project said
  alone, two rates set apart by 个百分点;
- a province said loosely (海南那个自评表) is the department whose file name says it in pinyin.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.session import Session
from bot.engine import Engine
from tests.conftest import engine_over

DATA = Path(__file__).resolve().parent / "data" / "eval60"
DOCS = [DATA / "青溪县水利局_2025年度_项目支出绩效自评表.xlsx", DATA / "青溪县水利局_2026年_项目支出绩效目标表.txt",
        DATA / "hainan_wuzhi_2024_project_self_evaluation.xlsx"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("eval60") / "kb.sqlite", DOCS)


def _talk(engine: Engine, *questions: str):
    session = Session(build_id=engine.build_id)
    return [engine.ask(q, session=session) for q in questions]


def test_a_name_shared_with_the_targets_is_the_forms_when_asked_by_its_words(engine: Engine) -> None:
    score = engine.ask("小型水库自评总分多少")
    assert score.status == "answered" and "97分" in score.text and "满分 100" not in score.text
    spent = engine.ask("25年小型水库维修养护资金实际执行了多少")
    assert spent.status == "answered" and "360.00" in spent.text and "执行数" in spent.text
    budget = engine.ask("小型水库维修养护资金的预算")
    assert budget.status == "answered" and "450.00" in budget.text and "总分" not in budget.text


def test_the_projects_of_one_workbook_ranked_and_added(engine: Engine) -> None:
    top = engine.ask("2025年自评的三个项目里哪个总分最高")
    assert top.status == "answered" and top.text.startswith("自评总分最高的是农村饮水工程维修资金（99.7分）")
    low = engine.ask("2025年哪个项目执行率最低")
    assert low.status == "answered" and low.text.startswith("执行率最低的是河道日常保洁经费") and "80.00%" in low.text
    summed = engine.ask("三个自评项目预算数合计多少")
    assert summed.status == "answered" and "720.00万元" in summed.text and "400 + 120 + 200" in summed.text
    assert "预算数合计" in summed.text  # the column as the form prints it


def test_the_indicators_that_print_a_reason_are_listed(engine: Engine) -> None:
    listed = engine.ask("青溪水利局自评表里哪些指标有偏差说明")
    assert listed.status == "answered" and "维修任务完成及时率" in listed.text and "河面漂浮物清理率" in listed.text
    assert "保洁河道长度" not in listed.text and "新增图书册数" not in listed.text  # (another department's)


def test_an_indicator_without_a_reason_is_said_so_never_anothers(engine: Engine) -> None:
    shown = engine.ask("河道保洁河面漂浮物为什么没达标")
    assert shown.status == "answered" and "汛期垃圾量大" in shown.text
    for said in (engine.ask("河道保洁沿河满意度偏差原因"), engine.ask("河道保洁保洁长度为什么超额 偏差原因"),
                 _talk(engine, "河道保洁保洁长度完成多少", "偏差原因呢")[-1]):
        assert said.status == "unknown" and "汛期" not in said.text and "没有写" in said.text


def test_a_class_listed_then_a_column_of_each(engine: Engine) -> None:
    listed, points = _talk(engine, "小型水库自评的数量指标有哪些", "得分分别多少")
    assert listed.status == "answered" and "维修养护水库座数" in listed.text and "清淤疏浚长度" in listed.text
    assert "群众满意度" not in listed.text
    assert points.status == "answered" and "维修养护水库座数 20分" in points.text and "清淤疏浚长度 10分" in points.text
    assert "总分" not in points.text


def test_a_rate_carried_to_the_next_project_and_set_apart(engine: Engine) -> None:
    first, second, gap = _talk(engine, "小型水库2025年执行率", "那河道保洁的呢", "差几个百分点")
    assert "90.00%" in first.text and second.status == "answered" and "80.00%" in second.text
    assert gap.status == "answered" and "10个百分点" in gap.text


def test_a_province_said_loosely_is_the_department_its_file_name_says(engine: Engine) -> None:
    low = engine.ask("海南那个自评表哪个项目总分最低")
    assert low.status == "answered" and "公共图书采购经费" in low.text and "90分" in low.text
