"""One question of two subjects (fictional 青桐县): two departments said in one question ("A局、B局项目支出分别多少",
"…哪个多"), one department's two measures of two kinds of county-wide table, each part with its own year ("X局专项资金
和民生实事计划投资哪个多", "X局2026年专项资金和2025年民生实事计划投资各多少", "X局专项资金多少 民生实事计划投资多少"):
each part answered as it is alone, one line each, then the comparison or sum asked; a part not held is said so,
never dropped (the part found shown, never "answered"; no sum or comparison then).

Figures by hand: 青桐县水务局 项目支出 总计 128.40 (河道保洁经费 80.00 + 水文监测站运维经费 48.40); 青桐县档案局 总计 36.50
(档案数字化经费 36.50). 专项资金 (2026): 县教育局 410 + 95.5 = 505.5; 县民政局 300; 县水务局 66. 民生实事 (2025) 计划投资: 县教育局
620 + 180 = 800; 县民政局 150."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook
from target_tables import Item, Unit, render

from bot.engine import Engine
from bot.engine.joined import _in_one_unit, _lead, split_parts

SEED = Path(__file__).resolve().parent.parent / "knowledge"

_WATER = [Unit("青桐县水务局（本级）", "128.40 128.40", [
    Item("河道保洁经费", "80.00 80.00", "开展县域主要河道日常保洁，保持河面清洁。",
         [("11", "保洁河道长度", "≥60公里", "≥60公里"), ("31", "沿河群众满意度", "≥90%", "≥90%")]),
    Item("水文监测站运维经费", "48.40 48.40", "保障水文监测站点正常运行，数据按时上报。",
         [("12", "监测数据上报准确率", "≥98%", "≥98%"), ("31", "用水单位满意度", "≥88%", "≥88%")]),
])]
_ARCHIVE = [Unit("青桐县档案局（本级）", "36.50 36.50", [
    Item("档案数字化经费", "36.50 36.50", "完成馆藏档案数字化扫描与著录。",
         [("11", "数字化扫描页数", "≥20万页", "≥20万页"), ("13", "年度任务完成时间", "12月底前", "12月底前")]),
])]


def _fund(path: Path) -> Path:
    rows = [["青桐县2026年县级财政专项资金绩效目标汇总表"], ["编制单位：青桐县财政局", None, None, None, "单位：万元"],
            ["序号", "专项资金名称", "主管部门", "资金规模（万元）", None, None, "年度绩效目标"],
            [None, None, None, "合计", "上级资金", "县本级", None],
            [1, "义务教育课后服务补助资金", "县教育局", 410, 200, 210, "课后服务覆盖全部义务教育学校"],
            [2, "乡村教师生活补助资金", "县教育局", 95.5, 40, 55.5, "补助乡村教师不少于300人"],
            [3, "社会救助兜底保障资金", "县民政局", 300, 180, 120, "救助资金按时足额发放"],
            [4, "河湖长制专项资金", "县水务局", 66, 30, 36, "河湖巡查全覆盖"],
            ["合计", None, None, 871.5, 450, 421.5, None]]
    return write_workbook(path, rows, ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "A9:C9"], sheet="专项资金")


def _livelihood(path: Path) -> Path:
    rows = [["青桐县2025年民生实事项目完成情况表"], ["编制单位：青桐县发展和改革局", None, None, "单位：万元"],
            ["序号", "项目名称", "责任单位", "计划投资（万元）", "完成投资（万元）", "年度目标任务"],
            [1, "城区新建小学", "县教育局", 620, 540, "新建小学1所"],
            [2, "乡镇中学宿舍改造", "县教育局", 180, 175, "改造宿舍3幢"],
            [3, "社区助餐点建设", "县民政局", 150, 158, "新建助餐点12个"],
            ["合计", None, None, 950, 873, None]]
    return write_workbook(path, rows, ["A1:F1", "A7:C7"], sheet="2025年民生实事")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("join52")
    texts = [(folder / "青桐县_水务局_2026年_项目支出绩效目标表.txt", render("青桐县水务局", "128.40 128.40", _WATER)),
             (folder / "青桐县_档案局_2026年_项目支出绩效目标表.txt", render("青桐县档案局", "36.50 36.50", _ARCHIVE))]
    for path, text in texts:
        path.write_text(text, encoding="utf-8")
    fund = _fund(folder / "青桐县_财政局_2026年_县级财政专项资金绩效目标汇总表.xlsx")
    live = _livelihood(folder / "青桐县_发展和改革局_2025年_民生实事项目完成情况表.xlsx")
    return engine_over(folder / "kb.sqlite", [SEED, *(p for p, _ in texts), fund, live])


@pytest.mark.parametrize(("question", "figure"), [
    ("水务局项目支出多少", "128.40"),
    ("档案局项目支出多少", "36.50"),
    ("教育局专项资金多少", "505.5"),
    ("教育局民生实事计划投资多少", "800"),
    ("民政局专项资金多少", "300"),
])
def test_each_part_alone_is_answered(engine, question, figure):
    """The parts the joined questions below are made of, each answered right on its own."""
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert figure in a.text, a.text


@pytest.mark.parametrize("question", [
    "水务局、档案局项目支出分别多少",
    "水务局和档案局的项目支出各是多少",
])
def test_two_departments_each(engine, question):
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert "128.4" in a.text and "36.5" in a.text, a.text


def test_two_departments_which_more(engine):
    a = converse(engine, "水务局、档案局项目支出哪个多")
    assert a.status == "answered", a.text
    first = a.text.splitlines()[0]
    assert "水务局" in first and "91.9" in first, a.text  # 128.40 − 36.50


@pytest.mark.parametrize(("question", "figures", "head"), [
    ("教育局专项资金和民生实事计划投资哪个多", ["505.5", "800"], "民生实事计划投资"),
    ("教育局2026年专项资金和2025年民生实事计划投资各多少", ["505.5", "800"], ""),
    ("教育局专项资金多少 民生实事计划投资多少", ["505.5", "800"], ""),
    ("民政局专项资金和民生实事计划投资加起来多少", ["300", "150", "450"], "450"),
])
def test_one_department_two_kinds_of_table(engine, question, figures, head):
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert all(f in a.text for f in figures), a.text
    assert head in a.text.splitlines()[0], a.text
    # (never the livelihood table's whole, nor another department's line)
    assert "950" not in a.text and "871.5" not in a.text, a.text


def test_the_difference_is_worked(engine):
    a = converse(engine, "教育局专项资金和民生实事计划投资哪个多")
    assert "294.5" in a.text.splitlines()[0], a.text  # 800 − 505.5


@pytest.mark.parametrize("question", ["水务局、园林局项目支出分别多少", "水务局项目支出和园林局项目支出各多少"])
def test_a_part_not_held_is_said_beside_the_part_found(engine, question):
    """Two departments, one of them held nowhere: the held one's figure shown under its part, the other said not
    found — and never "answered" as if the held one were the whole."""
    a = converse(engine, question)
    assert a.status == "unknown", a.text
    lines = a.text.splitlines()
    assert any(line.startswith("【水务局项目支出】") and "128.40" in line for line in lines), a.text
    assert any(line.startswith("【园林局项目支出】") and "没有" in line for line in lines), a.text


def test_a_measure_the_department_lacks_is_said_of_it(engine):
    """One department's two measures, its 专项资金 line held (66) and no 民生实事 line of it: the 66 shown, the other
    said missing from its tables — never "held nowhere", never another department's 民生实事 figure."""
    a = converse(engine, "水务局专项资金和民生实事计划投资各多少")
    assert a.status == "unknown", a.text
    assert "66万元" in a.text and "青桐县水务局的表中没有找到" in a.text, a.text
    assert "620" not in a.text and "950" not in a.text and "150" not in a.text, a.text


@pytest.mark.parametrize("question", ["水务局专项资金和民生实事计划投资加起来多少", "水务局、园林局项目支出哪个多"])
def test_a_sum_or_comparison_with_a_part_not_held_gives_no_figure(engine, question):
    a = converse(engine, question)
    assert a.status != "answered", a.text
    assert "66" not in a.text and "128.4" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "河道保洁经费多少",
    "水务局项目支出多少",
    "水务局项目支出有多少 麻烦",  # (a word after the question asks nothing of its own)
])
def test_one_subject_is_not_split(engine, question):
    assert split_parts(engine.kb, question) is None
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert not a.text.startswith("【"), a.text


def test_one_tables_sum_is_its_own(engine):
    """Two rows of one table added: the engine's own sum (80 + 48.40), never parts."""
    a = converse(engine, "河道保洁经费和水文监测站运维经费一共多少")
    assert a.status == "answered", a.text
    assert "128.4" in a.text and not a.text.startswith("【"), a.text


@pytest.mark.parametrize("question", [
    "水务局和档案局谁的项目支出多",           # (the comparison said inside: the engine's own step, never parts)
    "水务局项目支出多少，实际花了多少",       # (a later clause of the same thing, not a subject of its own)
    "水务局和档案局项目支出差多少",           # (a difference: the engine's own step)
])
def test_asked_otherwise_is_no_join(engine, question):
    assert split_parts(engine.kb, question) is None


def test_two_rows_of_one_table_are_its_own(engine):
    a = converse(engine, "水务局河道保洁经费和水文监测站运维经费分别多少")
    assert a.status == "answered" and not a.text.startswith("【"), a.text
    assert "80.00" in a.text and "48.40" in a.text, a.text


def test_one_rows_two_columns_are_its_own(engine):
    a = converse(engine, "水务局河道保洁经费年度指标值和实施周期指标值")
    assert a.status == "answered" and not a.text.startswith("【"), a.text
    assert "≥60公里" in a.text and "≥90%" in a.text, a.text


@pytest.mark.parametrize(("text", "end"), [
    ("枫港市教育局项目支出", 6),   # (a bureau no table loads, said by its name's ending)
    ("水务局项目支出", 3),         # (a loaded department)
    ("副局长出差经费", 0),         # (局长 is no organisation)
    ("受委托审计费", 0),           # (委托 neither)
])
def test_a_leading_department(engine, text, end):
    assert _lead(engine.kb, text) == end


def test_parts_in_one_unit():
    """元 beside 万元 put in the larger unit before comparing or adding; a rate beside an amount never combined."""
    yuan = {"label": "甲", "value": 12000.0, "unit": "元"}
    wan = {"label": "乙", "value": 3.0, "unit": "万元"}
    both = _in_one_unit([yuan, wan])
    assert both is not None and [f["unit"] for f in both] == ["万元", "万元"], both
    assert abs(both[0]["value"] - 1.2) < 1e-9 and both[1]["value"] == 3.0, both
    assert _in_one_unit([{"label": "丙", "value": 95.0, "unit": "%"}, wan]) is None
    assert _in_one_unit([wan, None]) is None


def test_one_tables_lines_are_not_asked_again(engine):
    """A department's two lines of one table, added up by the engine from that table: the parts are not asked
    again (each asked alone would cost a whole question more), and the engine's sum stands."""
    from bot.dialogue.session import Session
    from bot.engine.joined import parts_joined

    question = "水务局河道保洁经费和水文监测站运维经费一共多少"
    whole = converse(engine, question)
    assert whole.status == "answered" and "128.4" in whole.text, whole.text
    asked: list[str] = []

    def counting(kb, rules, session, part):
        asked.append(part)
        return converse(engine, part)

    assert parts_joined(engine.kb, engine.rules, Session(), question, whole, Session().to_dict(), [], counting) is None
    assert asked == []
    # (an answer of another table does not stop the parts being asked)
    other = converse(engine, "水务局项目支出多少")
    parts_joined(engine.kb, engine.rules, Session(), question, other, Session().to_dict(), [], counting)
    assert asked
