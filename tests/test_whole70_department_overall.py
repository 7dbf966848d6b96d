"""A department's 部门整体支出绩效目标表 beside other tables (tests/data/general70: 慈溪市卫生健康局's, the place's
部门支出预算表 listing it as a row, and the samples): a line of its budget asked after the department (its 财政专项资金,
"其中财政专项资金"), never another table's project whose name is only part of that line (武汉's 专项资金); a
department whose tables hold no such line is told so (湛江人社局 → 它的财政专项资金). Expected figures are read
from the workbook, never typed twice."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
GENERAL = ROOT / "tests" / "data" / "general70"
SAMPLES = ROOT / "tests" / "data" / "samples"
HEALTH = GENERAL / "慈溪市卫生健康局_2026年_部门整体支出绩效目标表.xlsx"
CIVIL = GENERAL / "慈溪市民政局_2026年_项目支出绩效目标表.txt"
PLACE = GENERAL / "慈溪市_2026年_部门支出预算表.xlsx"
SOURCES = [HEALTH, PLACE, CIVIL,
           SAMPLES / "zhanjiang_rsj_2024_department_targets.xlsx", SAMPLES / "wuhan_donghu_rsj_2020_project_application.xlsx"]


def _line(label: str) -> str:
    """The figure printed right of a label of the 卫健局 table (as the answer prints it, two decimals)."""
    for row in openpyxl.load_workbook(HEALTH).active.iter_rows(values_only=True):
        cells = list(row)
        for k, cell in enumerate(cells[:-1]):
            if cell == label:
                return f"{cells[k + 1]:.2f}"
    raise AssertionError(label)


def _wuhan_special() -> str:
    """The 武汉 application's 专项资金 figure (its project is named 专项资金)."""
    ws = openpyxl.load_workbook(SAMPLES / "wuhan_donghu_rsj_2020_project_application.xlsx").active
    assert ws is not None
    cells = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert "专项资金" in cells
    return f"{max(c for c in cells if isinstance(c, int | float)):.2f}"


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    db = built_copy(SOURCES, tmp_path_factory.mktemp("whole70") / "kb.sqlite")
    return Engine(db, ROOT / "knowledge" / "vocabulary.toml")




@pytest.mark.parametrize("turns", [("卫健局", "财政专项资金多少"), ("卫健局项目支出", "其中财政专项资金多少"),
                                   ("慈溪市卫生健康局财政专项资金多少",)])
def test_a_budget_line_holding_another_tables_project_name_is_the_departments_line(engine, turns):
    answer = converse(engine, *turns)
    assert answer.status == "answered" and _line("财政专项资金") in answer.text, answer.text


def test_the_department_named_in_full_answers_its_own_line_beside_the_place_table_listing_it(engine):
    """The place's 部门支出预算表 lists 慈溪市卫生健康局 as a row but has no such line: not "财政局 has none"."""
    answer = converse(engine, "慈溪市卫生健康局其他事业发展性支出多少")
    assert answer.status == "answered" and _line("其他事业发展性支出") in answer.text, answer.text


@pytest.mark.parametrize("pointer", ["它的财政专项资金是多少", "财政专项资金是多少"])
def test_a_line_the_departments_tables_do_not_hold_is_unknown_not_another_departments(engine, pointer):
    answer = converse(engine, "湛江人社局", pointer)
    assert answer.status == "unknown" and _wuhan_special() not in answer.text, answer.text


def _tasks() -> dict[str, float]:
    """The 年度重点工作任务 rows: name -> 拟投入的资金 (the rows under the heading, up to the next heading)."""
    tasks: dict[str, float] = {}
    inside = False
    for row in openpyxl.load_workbook(HEALTH).active.iter_rows(values_only=True):
        if row[0] is not None:
            inside = row[0] == "年度重点工作任务"
            continue
        if inside and isinstance(row[3], int | float):
            tasks[str(row[1])] = float(row[3])
    assert len(tasks) >= 3
    return tasks


@pytest.mark.parametrize("question", ["卫健重点任务里哪个投得最多", "卫健局重点任务里哪个花得最多"])
def test_the_key_tasks_ranked_by_their_money_said_with_a_verb(engine, question):
    """卫健 (the bureau's short word, 卫生健康 shortened only in the forms of a task's name) names the bureau; 投得 /
    花得 最多 asks the task with the most money."""
    name, money = max(_tasks().items(), key=lambda kv: kv[1])
    answer = converse(engine, question)
    assert answer.status == "answered" and name in answer.text and f"{money:.2f}" in answer.text, answer.text


def test_a_rate_asked_after_a_key_task_is_what_its_text_states_or_unknown(engine):
    tasks = list(_tasks())
    stated = converse(engine, f"{tasks[0]}多少", "人均补助标准是多少")
    assert stated.status == "answered" and "人均95元" in stated.text, stated.text
    budget = f"{float(_line('基本支出')) + float(_line('项目支出')):.2f}"
    unstated = converse(engine, f"{tasks[1]}多少", "人均补助标准是多少")  # (its text says no 人均)
    assert unstated.status == "unknown" and budget not in unstated.text, unstated.text


def _civil_totals() -> tuple[str, str]:
    """民政局's 项目支出 in its own table (the 合计 line of the text) and in the place's table (its block's 小计)."""
    own = next(line.split()[1] for line in CIVIL.read_text(encoding="utf-8").splitlines() if line.startswith("合计"))
    rows = list(openpyxl.load_workbook(PLACE).active.iter_rows(values_only=True))
    heads = next(r for r in rows if r[1] == "单位名称")
    start = next(i for i, r in enumerate(rows) if r[1] == "慈溪市民政局")
    block = next(r for r in rows[start:] if str(r[1] or "").strip() == "小计")
    return own, str(block[heads.index("项目支出")])


def test_one_departments_figure_in_its_two_tables_is_shown_and_set_against_each_other(engine):
    own, place = _civil_totals()
    for question in ("民政局项目支出两张表对得上吗", "民政局项目支出绩效目标表的项目支出和部门支出预算表一样吗"):
        answer = converse(engine, question)
        assert answer.status == "answered" and own.rstrip("0") in answer.text and place in answer.text, answer.text
        assert ("两者一致" in answer.text) == (float(own) == float(place)), answer.text


def test_a_department_with_one_table_is_never_said_to_agree(engine):
    answer = converse(engine, "湛江人社局项目支出两张表对得上吗")
    assert "一致" not in answer.text, answer.text
