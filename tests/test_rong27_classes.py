"""A 项目支出绩效目标表 of another department in the seed's text format (round 27), on fictional tables of
the same shape: a line printing three amounts ("70.00 54.00 16.00": a blank column vanishes from the
text, so the third is 财政专户拨款 or 其他资金 and nothing says which) keeps that amount unplaced and
answers either column with it and a note, never "未列（0）" nor a guess; a table's source of funds as a
share of its total, asked directly or after it ("占比呢"); a funding unit (资金使用单位) asked by its name,
with or without its place, or the department's own line as 本级: its subtotal line, its projects (how many,
which, then their sum), its share of the department's total."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, Engine
from bot.ingest.text import parse_text

_BUREAU = """项目支出绩效目标表（含转移支付项目）

部门名称：青梧县民族宗教事务局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 250.00 214.00 36.00

青梧县民族宗教事务局 150.00 130.00 20.00

    民族团结进步创建经费 60.00 48.00 12.00

开展民族团结进步创建活动，创建示范单位。

1、1-产出指标,11-数量指标,创建示范单位；实施周期指标值:≥6个,年度指标值:≥3个;,2、3-满意度指标,31-服务对象满
意度,群众满意度；实施周期指标值:≥90%,年度指标值:≥90%;

    少数民族节庆活动经费 30.00 30.00

举办少数民族传统节庆活动。

1、1-产出指标,11-数量指标,举办节庆活动；实施周期指标值:≥4场,年度指标值:≥2场;,2、1-产出指标,13-时效指标,活动
按期完成率；实施周期指标值:100%,年度指标值:100%;,3、1-产出指标,14-成本指标,单场活动补助金额；实施周期指标值:≤3万
元,年度指标值:≤3万元;

    政府雇员工资经费 60.00 52.00 8.00

保障政府雇员工资按时发放。

1、1-产出指标,11-数量指标,聘用政府雇员人数；实施周期指标值:≤6人,年度指标值:6人;,2、1-产出指标,13-时效指标,工资
发放及时性；实施周期指标值:按月发放,年度指标值:100%;

青梧县宗教活动场所服务中心 100.00 84.00 16.00

    宗教活动场所安全隐患整治经费 70.00 54.00 16.00

排查整治宗教活动场所消防、建筑安全隐患。

1、1-产出指标,11-数量指标,排查场所数量；实施周期指标值:≥40处,年度指标值:≥40处;,2、1-产出指标,13-时效指标,整治
完成时间；实施周期指标值:2026年11月底前,年度指标值:2026年11月底前;

    宗教人士培训经费 30.00 30.00

组织宗教教职人员政策法规培训。

1、1-产出指标,11-数量指标,培训人次；实施周期指标值:≥200人次,年度指标值:≥200人次;,2、3-满意度指标,31-服务对象
满意度,参训人员满意度；实施周期指标值:≥90%,年度指标值:≥90%;,3、1-产出指标,14-成本指标,人均培训费用；实施周期指标
值:≤600元,年度指标值:≤600元;
"""


@pytest.fixture(scope="module")
def bureau(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("rong27")
    path = folder / "qingwu_mzzj.txt"
    path.write_text(_BUREAU, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path])


def answered(engine: Engine, *turns: str):
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED, answer.text
    return answer


def test_a_third_printed_amount_is_kept_unplaced_between_the_two_columns():
    doc = parse_text(_BUREAU, "qingwu.txt")
    assert doc.issues == []
    p = next(p for p in doc.projects if p.name == "宗教活动场所安全隐患整治经费")
    a = p.amounts
    assert (a.total, a.fiscal_appropriation, a.special_account, a.other, a.unplaced) == (70.0, 54.0, None, None, 16.0)
    assert doc.total.unplaced == 36.0 and doc.units[1].amounts.unplaced == 16.0
    four = parse_text(_BUREAU.replace("70.00 54.00 16.00", "70.00 54.00 10.00 6.00"), "four.txt")
    b = next(p for p in four.projects if p.name == "宗教活动场所安全隐患整治经费").amounts
    assert (b.special_account, b.other, b.unplaced) == (10.0, 6.0, None)  # four printed: each in its column


@pytest.mark.parametrize(("question", "figure"), [
    ("宗教活动场所安全隐患整治经费的其他资金多少", "16.00万元"),
    ("宗教活动场所安全隐患整治经费财政专户拨款是多少", "16.00万元"),
    ("青梧县民族宗教事务局其他资金合计", "36.00万元"),
    ("青梧县民族宗教事务局财政专户拨款一共多少", "36.00万元"),
])
def test_either_column_asked_gives_the_unplaced_amount_said_so(bureau, question, figure):
    a = answered(bureau, question)
    assert figure in a.text and "看不出" in a.text and "未列" not in a.text, a.text


def test_an_amounts_breakdown_names_the_unplaced_amount_by_both_columns(bureau):
    a = answered(bureau, "宗教活动场所安全隐患整治经费的资金构成")  # (its sources: shown when asked)
    assert "财政拨款 54.00万元" in a.text and "财政专户拨款或其他资金 16.00万元" in a.text, a.text
    b = answered(bureau, "青梧县民族宗教事务局的项目都是财政拨款吗")
    assert "财政专户拨款或其他资金 36.00万元" in b.text and "未列" not in b.text, b.text


def test_a_source_of_funds_as_a_share_of_the_tables_total(bureau):
    a = answered(bureau, "青梧县民族宗教事务局其他资金占总额多少")
    assert "14.40%" in a.text and "看不出" in a.text, a.text  # 36 ÷ 250
    b = answered(bureau, "青梧县民族宗教事务局财政拨款占比多少")
    assert "85.60%" in b.text, b.text  # 214 ÷ 250
    c = answered(bureau, "青梧县民族宗教事务局其他资金多少", "占比呢")
    assert "14.40%" in c.text, c.text


@pytest.mark.parametrize(("question", "figure"), [
    ("青梧县宗教活动场所服务中心的预算多少", "100.00万元"),
    ("宗教活动场所服务中心多少钱", "100.00万元"),
    ("青梧县民族宗教事务局本级多少钱", "150.00万元"),
])
def test_a_funding_unit_asked_by_name_is_its_subtotal_line(bureau, question, figure):
    a = answered(bureau, question)
    assert a.text.split("（来源")[0].count("万元") >= 1 and figure in a.text and "250.00" not in a.text, a.text


def test_a_funding_units_projects_counted_listed_and_summed(bureau):
    a = answered(bureau, "宗教活动场所服务中心下面有几个项目")
    assert "2 个项目" in a.text and "宗教人士培训经费" in a.text and "民族团结" not in a.text, a.text
    b = answered(bureau, "青梧县宗教活动场所服务中心有哪些项目", "合计多少")
    assert "100.00万元" in b.text and "250.00" not in b.text, b.text


def test_a_funding_units_share_of_its_departments_total(bureau):
    a = answered(bureau, "宗教活动场所服务中心占局总预算百分之几")
    assert "40.00%" in a.text, a.text  # 100 ÷ 250


def test_a_project_of_a_unit_is_still_the_project(bureau):
    a = answered(bureau, "宗教人士培训经费多少")
    assert "30.00万元" in a.text and "小计" not in a.text, a.text


@pytest.mark.parametrize("name", ["民宗局", "青梧民族宗教局", "青梧县民宗局"])
def test_a_bureau_said_without_shiwu_or_by_its_short_word(bureau, name):
    a = answered(bureau, f"{name}总预算多少")
    assert "250.00万元" in a.text, a.text


def test_shiwu_and_guanli_are_left_out_of_bureau_names_by_rule():
    from bot.language.lexicon import department_forms

    assert "安宁县机关事务局" in department_forms("安宁县机关事务管理局")
    assert "安宁县港澳局" in department_forms("安宁县港澳事务局")


@pytest.mark.parametrize("question", ["安全隐患整治经费 财政出多少", "安全隐患整治经费财政掏了多少"])
def test_what_the_treasury_pays_is_the_appropriation(bureau, question):
    a = answered(bureau, question)
    assert "财政拨款：54.00万元" in a.text, a.text


def test_a_fee_typed_by_its_sound_is_the_fee(bureau):
    a = answered(bureau, "民宗局宗教人士培训经废")
    assert "30.00万元" in a.text, a.text


_VISITS = """项目支出绩效目标表（含转移支付项目）

部门名称：青梧县信访局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 170.00 170.00

青梧县信访局 170.00 170.00

    政府雇员工资经费 75.50 75.50

保障政府雇员工资按时发放。

1、1-产出指标,13-时效指标,工资发放及时性；实施周期指标值:按月发放,年度指标值:100%;,2、1-产出指标,14-成本指标,人
均工资标准；实施周期指标值:≤12万元,年度指标值:≤12万元;

    信访接待经费 44.50 44.50

做好群众来访接待。

1、1-产出指标,11-数量指标,接待来访群众；实施周期指标值:≥500人次,年度指标值:≥500人次;,2、1-产出指标,14-成本指标,
接待场所租赁费用；实施周期指标值:≤8万元,年度指标值:≤8万元;

    公务用车购置经费 20.00 20.00

购置下乡接访用车。

1、1-产出指标,11-数量指标,车辆购置数量；实施周期指标值:1辆,年度指标值:1辆;

    接访大厅日常运行经费 30.00 30.00

保障接访大厅日常运行。

1、1-产出指标,13-时效指标,大厅开放时间；实施周期指标值:工作日全天,年度指标值:工作日全天;
"""


@pytest.fixture(scope="module")
def two(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("rong27_two")
    (folder / "qingwu_mzzj.txt").write_text(_BUREAU, encoding="utf-8")
    (folder / "qingwu_xfj.txt").write_text(_VISITS, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder / "qingwu_mzzj.txt", folder / "qingwu_xfj.txt"])


@pytest.mark.parametrize(("question", "figure"), [
    ("青梧县信访局和民宗局的政府雇员工资经费差多少", "15.5万元"),  # 75.50 − 60.00: the item said once, for both
    ("信访局和民宗局的政府雇员工资经费加起来", "135.5万元"),
    ("民宗局比青梧县信访局多多少预算", "80"),  # 250 − 170: 民宗局 ends the name before 比
])
def test_two_departments_set_against_each_other(two, question, figure):
    a = answered(two, question)
    assert figure in a.text.split("（来源")[0], a.text


def test_two_totals_asked_in_turn_are_added_as_totals(two):
    a = answered(two, "青梧县信访局总预算", "民宗局呢", "合起来多少")
    assert "420" in a.text, a.text  # 170 + 250, never the last total's sources added up


def test_a_department_not_loaded_beside_one_that_is_stays_unknown(two):
    a = converse(two, "天河县信访局比青梧县信访局多多少")
    assert a.status != ANSWERED and "天河县信访局" in a.text, a.text


def test_how_many_of_a_thing_a_text_only_names_is_not_answered(bureau):
    a = converse(bureau, "青梧县民宗局有多少消防隐患")
    assert a.status != ANSWERED and "数量" in a.text, a.text  # the goal names them, with no number


@pytest.mark.parametrize(("question", "value"), [
    ("节庆活动今年要办几场", "≥2场"),  # 办 of 举办节庆活动, 场 of its value
    ("安全隐患整治什么时候完成", "2026年11月底前"),  # 什么时候完成: its 完成时间
    ("节庆活动单场金额上限", "≤3万元"),  # an indicator stating an amount of one: its value
])
def test_an_indicator_asked_in_other_words(bureau, question, value):
    a = answered(bureau, question)
    assert value in a.text, a.text


def test_a_total_paid_asked_is_not_an_indicators_standard(bureau):
    a = answered(bureau, "少数民族节庆活动经费多少")
    assert "30.00万元" in a.text and "3万元" not in a.text, a.text


def test_a_units_projects_one_source_each_and_together(bureau):
    a = answered(bureau, "青梧县宗教活动场所服务中心有哪些项目", "财政拨款多少")
    assert "84.00万元" in a.text, a.text  # 54 + 30, the unit's projects together


def test_which_of_the_indicators_listed_is_higher(two):
    a = answered(two, "青梧县信访局成本指标有哪些", "哪个金额高")
    assert "人均工资标准" in a.text and "12万元" in a.text and "8万元" not in a.text, a.text


def test_another_kind_of_cost_of_the_subject_shown_is_not_another_projects(two):
    a = converse(two, "青梧县信访局公务用车购置经费", "那运行费呢")
    assert a.status != ANSWERED and "30.00" not in a.text, a.text  # never 接访大厅日常运行经费
    b = answered(two, "青梧县信访局政府雇员工资经费", "那信访接待经费呢")
    assert "44.50万元" in b.text, b.text


def test_a_class_counted_then_listed_for_a_project_named(bureau):
    a = answered(bureau, "时效指标有几个", "列一下节庆活动的")
    assert "活动按期完成率" in a.text and "工资发放及时性" not in a.text, a.text


def test_a_word_naming_a_project_after_one_is_that_project(two):
    a = converse(two, "青梧县信访局公务用车购置经费", "那接访经费呢")
    assert a.status == ANSWERED and "30.00万元" in a.text, a.text  # 接访 is 接访大厅日常运行经费's subject
    b = converse(two, "青梧县信访局公务用车购置经费", "雇员经费多少")
    assert "75.50万元" in b.text, b.text  # a question of its own


def _ruled_pdf(path) -> None:
    """A ruled 项目支出绩效目标表 whose projects leave different source columns blank."""
    import io

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    indicator = "1、1-产出指标,11-数量指标,整理档案；实施周期指标值:≥1000卷,年度指标值:≥1000卷;"
    rows = [["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"],
            ["合计", "100.00", "70.00", "10.00", "20.00", "", ""],
            ["青梧县档案馆", "100.00", "70.00", "10.00", "20.00", "", ""],
            ["    档案整理经费", "60.00", "40.00", "", "20.00", "整理馆藏档案。", indicator],
            ["    档案修复经费", "40.00", "30.00", "10.00", "", "修复破损档案。", indicator]]
    out = io.BytesIO()
    width, height = landscape(A4)

    def header(c, _doc) -> None:
        c.setFont(font, 8)
        c.drawString(40, height - 50, "部门名称：青梧县档案馆(部门) 单位：万元")

    doc = SimpleDocTemplate(out, pagesize=landscape(A4), invariant=1, topMargin=60, bottomMargin=40)
    table = Table(rows, colWidths=[120, 45, 45, 50, 45, 155, 285])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 7), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    doc.build([Paragraph("项目支出绩效目标表（含转移支付项目）", ParagraphStyle("t", fontName=font, fontSize=12)),
               Spacer(1, 6), table], onFirstPage=header, onLaterPages=header)
    path.write_bytes(out.getvalue())


def test_a_ruled_pdf_puts_each_amount_in_its_own_column(tmp_path):
    from bot.ingest.formats import read_document

    _ruled_pdf(tmp_path / "ruled.pdf")
    doc = read_document(tmp_path / "ruled.pdf")
    by_name = {p.name: p.amounts for p in doc.projects}
    a, b = by_name["档案整理经费"], by_name["档案修复经费"]
    assert (a.fiscal_appropriation, a.special_account, a.other, a.unplaced) == (40.0, None, 20.0, None)
    assert (b.fiscal_appropriation, b.special_account, b.other, b.unplaced) == (30.0, 10.0, None, None)
    assert (doc.total.special_account, doc.total.other) == (10.0, 20.0)


def test_a_projects_share_of_a_total_shown_by_its_sources(bureau):
    a = answered(bureau, "宗教人士培训经费", "占局里总预算多少")
    assert "12.00%" in a.text, a.text  # 30 ÷ 250: the table's total, though shown as 财政拨款 + the unplaced
