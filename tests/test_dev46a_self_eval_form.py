"""A 部门整体支出绩效自评表 laid out as a form of blocks, each under its own header (年度预算执行情况 | 项目 |
年初预算数 | 全年预算数 …, then 年度总体目标 | 预期目标 | 实际完成情况, then 绩效指标 | 一级指标 | … | 得分, then a
合计 row of the scores), its 填报单位（盖章） line over it:
- the stamp's remark after the field names the department all the same;
- 年初预算数 is a column of figures, never a piece of each row's label;
- the 年度总体目标 texts are read, each under its header;
- the 合计 row's figures are named by the 分值 / 得分 columns above them, and "自评总分" asks its 得分;
- a row of the money block and the scores' 合计 are no two items of one column ("政府性基金合计").

And an event said by its standard contraction (陶瓷博览会 -> 陶博会) names its project.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bot.engine import Engine
from bot.ingest.grid import worksheet_facts
from bot.language.lexicon import abbreviations_of
from tests.conftest import engine_over

MERGES = ["A1:H1", "A2:E2", "F2:H2", "B3:H3", "A4:A11", "B4:C4", "B5:C5", "B6:C6", "B7:C7", "B8:C8", "B9:C9",
          "B10:C10", "B11:I11", "A12:A13", "B12:E12", "F12:I12", "B13:E13", "F13:I13", "A14:A20", "B15:B18",
          "B19:B20", "A21:F21"]


def _form(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体支出绩效自评表"
    rows = [
        ["青山县林业局2025年度部门整体支出绩效自评表"],
        ["填报单位（盖章）：青山县林业局", None, None, None, None, "单位：万元"],
        ["部门名称", "青山县林业局"],
        ["年度预算执行情况（万元）", "项目", None, "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值",
         "执行率（B/A）", "得分"],
        [None, "年度资金总额", None, 3100, 3480.5, 3390.2, 10, 0.9741, 9.74],
        [None, "其中：基本支出", None, 1200, 1250, 1248.6, "—", 0.9989, "—"],
        [None, "项目支出", None, 1900, 2230.5, 2141.6, "—", 0.9601, "—"],
        [None, "按资金来源分：财政拨款", None, 2800, 3100.5, 3020.4, "—", 0.9742, "—"],
        [None, "政府性基金", None, 250, 330, 322.8, "—", 0.9782, "—"],
        [None, "其他资金", None, 50, 50, 47, "—", 0.94, "—"],
        [None, "注：分值、得分按年度资金总额执行率计算"],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
        [None, "1.完成人工造林1.5万亩；2.森林覆盖率达到62%以上；3.不发生重大森林火灾。", None, None, None,
         "1.完成人工造林1.62万亩；2.森林覆盖率达到62.4%；3.未发生重大森林火灾。"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [None, "产出指标", "数量指标", "人工造林面积", "≥1.5万亩", "1.62万亩", 30, 30, None],
        [None, None, "质量指标", "造林成活率", "≥90%", "88%", 30, 28, "春季干旱，部分苗木未成活；下一步及时补植。"],
        [None, None, "时效指标", "造林完成及时率", "100%", "100%", 10, 10, None],
        [None, None, "成本指标", "亩均造林成本", "≤1200元/亩", "1180元/亩", 10, 10, None],
        [None, "满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "92.5%", 5, 5, None],
        [None, None, None, "护林员满意度", "≥90%", "91%", 5, 5, None],
        ["合计", None, None, None, None, None, 90, 88, "自评等级：优"],
    ]
    for row in rows:
        ws.append(row)
    for m in MERGES:
        ws.merge_cells(m)
    out = path / "青山县林业局_2025年度_部门整体支出绩效自评表.xlsx"
    wb.save(out)
    return out


@pytest.fixture(scope="module")
def form(tmp_path_factory) -> Path:
    return _form(tmp_path_factory.mktemp("dev46a_form"))


@pytest.fixture(scope="module")
def engine(tmp_path_factory, form) -> Engine:
    return engine_over(tmp_path_factory.mktemp("dev46a_kb") / "kb.sqlite", [form])


def _facts(form: Path):
    return worksheet_facts(openpyxl.load_workbook(form).active)


def test_stamped_field_names_the_department(form):
    assert _facts(form).department == "青山县林业局"


def test_opening_budget_is_a_column_not_a_label(form):
    facts = _facts(form).facts
    total = {f.col[-1]: f.value for f in facts if f.row and f.row[-1] == "年度资金总额"}
    assert total.get("年初预算数") == "3100" and total.get("全年预算数（A）") == "3480.5"
    assert not any("3100" in "".join(f.row) for f in facts)


def test_overall_goal_texts_are_read(form):
    facts = _facts(form).facts
    done = [f for f in facts if f.col and f.col[-1] == "实际完成情况"]
    assert done and "62.4%" in done[0].value and done[0].row == ("年度总体目标",)


def test_total_row_named_by_the_score_columns(form):
    facts = _facts(form).facts
    total = {f.col[-1]: f.value for f in facts if f.row == ("合计",) and f.col}
    assert total.get("分值") == "90" and total.get("得分") == "88"


def test_total_score_asked_in_one_word(engine):
    answer = engine.ask("青山县林业局自评总分多少")
    assert answer.status == "answered"
    assert "88" in answer.text and "合计" in answer.text


def test_money_row_and_score_total_are_not_two_items(engine):
    text = engine.ask("青山县林业局政府性基金合计").text
    assert "98.41" not in text and "88分" not in text and "—" not in text


def test_opening_budget_asked(engine):
    answer = engine.ask("青山县林业局年度资金总额年初预算数多少")
    assert answer.status == "answered" and "3100" in answer.text


def test_event_contraction():
    words = ["中国", "（", "醴陵", "）", "国际", "陶瓷", "博览会", "筹办", "经费"]
    assert "陶博会" in abbreviations_of(words, {"经费"})
    assert "全运会" in abbreviations_of(["全国", "运动会", "组织", "经费"], {"经费"})
    assert not any(a.endswith("会") for a in abbreviations_of(["工会", "活动", "经费"], {"经费"}))


def test_event_said_short_names_its_project(tmp_path):
    table = Path(__file__).resolve().parent / "data" / "general46" / "醴陵市商务局_2026年_项目支出绩效目标表.txt"
    engine = engine_over(tmp_path / "kb.sqlite", [table])
    answer = engine.ask("陶博会经费多少")
    assert answer.status == "answered" and "260" in answer.text


def test_another_column_of_the_line_after_a_figure(engine):
    from bot.engine import Session

    s = Session()
    engine.ask("青山县林业局全年预算数", s)
    answer = engine.ask("比年初预算多了多少", s)
    assert answer.status == "answered" and "380.5" in answer.text


COMMERCE = Path(__file__).resolve().parent / "data" / "general46" / "醴陵市商务局_2026年_项目支出绩效目标表.txt"


@pytest.fixture(scope="module")
def commerce(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("dev46a_commerce") / "kb.sqlite", [COMMERCE])


def test_project_whose_indicators_are_listed(commerce):
    # its cost indicator bears the project's own name: the list is the project's six indicators
    text = commerce.ask("外贸发展专项资金有哪些指标").text
    assert "扶持外贸企业数量" in text and "外贸企业满意度" in text


def test_place_in_brackets_is_no_short_name(commerce):
    # 中国（醴陵）国际陶瓷博览会筹办经费: 醴陵 names the departments, not the project
    assert "醴陵" not in commerce.kb.full_forms
    assert not any(r.kind == "project" for r in commerce.kb.lexicon.forms.get("醴陵", ()))
    assert "陶瓷博览会" not in commerce.ask("醴陵信访局项目支出多少").text


def test_unit_subtotal_set_against_another_unit(commerce):
    from bot.engine import Session

    s = Session()
    commerce.ask("招商合作事务中心总额", s)
    answer = commerce.ask("比电商中心少多少", s)
    assert answer.status == "answered" and "9.12" in answer.text


def test_people_counted_by_ge(commerce):
    # "几个" of people: the indicator counting them in 人, not how many indicators there are
    from bot.engine import Session

    s = Session()
    commerce.ask("电商中心编外人员经费", s)
    answer = commerce.ask("编外人员有几个", s)
    assert answer.status == "answered" and "8人" in answer.text and "共 4 个" not in answer.text


def test_part_inside_a_project_named_by_other_projects_words(commerce):
    # 人员 names only the two 编外人员经费 projects beside it: a part of 商务执法… that the table does not print
    from bot.engine import Session

    answer = commerce.ask("商务执法经费里面人员经费多少")
    assert answer.status == "unknown" and "38.40" not in answer.text
    s = Session()
    commerce.ask("商务执法经费", s)
    answer = commerce.ask("里面人员经费多少", s)
    assert answer.status == "unknown" and "38.40" not in answer.text and "26.88" not in answer.text


def test_projects_of_a_category_name_their_indicators(commerce):
    text = commerce.ask("成本指标有哪些项目有").text
    assert "中国（醴陵）国际陶瓷博览会筹办经费" in text and "陶博会筹办成本" in text


def test_indicators_counted_of_each_department_named(tmp_path):
    petition = Path(__file__).resolve().parent.parent / "knowledge" / "000_9289cd5134f499bc.txt"
    engine = engine_over(tmp_path / "kb.sqlite", [COMMERCE, petition])
    text = engine.ask("醴陵商务局和信访局的满意度指标各几个").text
    assert "醴陵市商务局：10 个" in text and "广州市白云区信访局：2 个" in text
