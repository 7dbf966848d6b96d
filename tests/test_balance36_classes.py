"""A 部门收支总表 printed with 收入 on the left and 支出 on the right of one sheet (round 19, blind_36), beside
the same department's 项目支出绩效目标表 (text): fictional tables generated here, one with this year's and last
year's columns, one with a single year, every figure worked out by hand.

Classes: a question naming a department and a row label of its general table said whole (住房保障支出, 支出总计)
is answered by that table, never by a project whose name is only like the label nor by the sum of the
department's projects; the rows of one side ranked, listed or counted by whether they have a figure; a label
two departments' tables print is asked back unless a department or a year decides."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED, converse, engine_over, simple_table
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, CLARIFY, Engine

# 岩溪县卫生健康局, 万元, 2025 and 2024: income 3120.4 + 150 + 22.6 = 3293.0, + 上年结转 40 = 3333.0 (2024: 2980 + 120 +
# 18 = 3118, + 32 = 3150); spending 95.3 + 3151.5 + 86.2 = 3333.0 (2024: 90 + 2972.2 + 87.8 = 3150).
_HEALTH_INCOME = [("一、一般公共预算拨款收入", 3120.4, 2980), ("二、政府性基金预算拨款收入", 150, 120),
                 ("三、国有资本经营预算拨款收入", None, None), ("四、事业收入", None, None), ("五、其他收入", 22.6, 18)]
_HEALTH_SPENDING = [("一、一般公共服务支出", None, None), ("二、教育支出", None, None),
                   ("三、社会保障和就业支出", 95.3, 90), ("四、卫生健康支出", 3151.5, 2972.2),
                   ("五、城乡社区支出", None, None), ("六、住房保障支出", 86.2, 87.8), ("七、其他支出", None, None)]
_HEALTH_UNITS = [Unit("岩溪县卫生健康局", "664.50 664.50", [
    Item("住房保障综合服务经费", "210.00 210.00", "按政策发放职工住房公积金和住房补贴。",
         [("11", "保障职工户数", "≥600户", "≥600户"), ("31", "职工满意度", "≥90%", "≥90%")]),
    Item("基层医疗机构运行补助", "280.00 280.00", "保障乡镇卫生院和村卫生室正常运转，落实基本药物制度补助。",
         [("11", "补助基层医疗机构数", "≥150个", "≥150个"), ("12", "基本药物配备使用率", "≥95%", "≥90%")]),
    Item("卫生健康综合监测评价经费", "120.00 120.00", "开展医疗卫生机构、公共场所和饮用水卫生监测与综合评价。",
         [("11", "监测点位数", "≥200个", "≥200个"), ("13", "监测报告报送时间", "次月10日前", "次月10日前")]),
    Item("城乡居民“慢病”免费随访服务经费", "36.50 36.50", "为高血压、糖尿病患者每年提供不少于4次免费随访和健康指导。",
         [("11", "随访服务人次", "≥6.4万人次", "≥3.2万人次"), ("12", "规范管理率", "≥65%", "≥65%")]),
    Item("老年人健康随访经费", "18.00 18.00", "为65岁以上老年人开展健康随访和体检结果反馈。",
         [("11", "随访老年人数", "≥1.1万人", "≥1.1万人")]),
]), Unit("岩溪县妇幼保健服务中心", "67.50 67.50", [
    Item("孕产妇系统管理经费", "42.00 42.00", "为孕产妇提供孕期保健和产后访视服务。",
         [("11", "孕产妇系统管理人数", "≥1500人", "≥1500人")]),
    Item("儿童保健服务经费", "25.50 25.50", "开展0-6岁儿童健康检查和生长发育监测。",
         [("11", "儿童健康检查人次", "≥9000人次", "≥9000人次")]),
])]

# 桐坪县文化广电和旅游局, 万元, one year: income 1350 + 100 + 40 = 1490; spending 1280.6 + 145.2 + 64.2 = 1490.
_CULTURE_INCOME = [("一、一般公共预算拨款收入", 1350), ("二、政府性基金预算拨款收入", None), ("三、事业收入", 100),
                   ("四、其他收入", 40)]
_CULTURE_SPENDING = [("一、教育支出", None), ("二、文化旅游体育与传媒支出", 1280.6), ("三、社会保障和就业支出", 145.2),
                     ("四、卫生健康支出", None), ("五、住房保障支出", 64.2)]
_CULTURE_UNITS = [Unit("桐坪县文化广电和旅游局", "245.00 245.00", [
    Item("文化旅游体育宣传推广经费", "120.00 120.00", "开展全域旅游宣传推广和群众体育赛事活动。",
         [("11", "宣传推广活动场次", "≥12场", "≥12场"), ("31", "游客满意度", "≥90%", "≥90%")]),
    Item("非遗保护传承经费", "45.00 45.00", "开展非物质文化遗产代表性项目保护和传承人培训。",
         [("11", "传承人培训人次", "≥80人次", "≥80人次"), ("12", "社会保障卡办理率", "100%", "100%")]),
    Item("公共文化服务体系建设经费", "80.00 80.00", "补齐乡镇综合文化站和村级文化服务中心设施短板。",
         [("11", "改造提升文化站数量", "≥6个", "≥6个")]),
])]


def _side_by_side(path: Path, title: str, unit: str, years: list[str], income: list[tuple], spending: list[tuple],
                  totals: list[tuple]) -> None:
    """收入 | 支出 over 项目 and one column per year on each side; the 收入 block is the shorter one."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门收支总表"
    width = 1 + len(years)
    ws["A1"] = title
    ws.cell(2, 1, "单位：万元")
    ws.cell(2, 1, f"部门：{unit}")
    ws.cell(2, 2 * width, "单位：万元")
    ws.cell(3, 1, "收　　入")
    ws.cell(3, width + 1, "支　　出")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=width)
    ws.merge_cells(start_row=3, start_column=width + 1, end_row=3, end_column=2 * width)
    for c, h in enumerate(["项　　目", *years, "项　　目", *years], 1):
        ws.cell(4, c, h)
    for i, row in enumerate(spending):
        for c, v in enumerate(income[i] if i < len(income) else (), 1):
            if v is not None:
                ws.cell(5 + i, c, v)
        for c, v in enumerate(row, width + 1):
            if v is not None:
                ws.cell(5 + i, c, v)
    for k, row in enumerate(totals):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(5 + len(spending) + k, c, v)
    wb.save(path)


def _write(folder: Path) -> list[Path]:
    health, culture = folder / "yanxi_weijian_shouzhi.xlsx", folder / "tongping_wenlv_shouzhi.xlsx"
    _side_by_side(health, "岩溪县卫生健康局2025年部门收支总表", "岩溪县卫生健康局", ["2025年预算数", "2024年预算数"],
                  _HEALTH_INCOME, _HEALTH_SPENDING,
                  [("本年收入合计", 3293.0, 3118, "本年支出合计", 3333.0, 3150),
                   ("上年结转", 40, 32, "结转下年", None, None),
                   ("收入总计", 3333.0, 3150, "支出总计", 3333.0, 3150)])
    _side_by_side(culture, "桐坪县文化广电和旅游局2025年部门收支总表", "桐坪县文化广电和旅游局", ["预算数"],
                  _CULTURE_INCOME, _CULTURE_SPENDING,
                  [("收入合计", 1490), ("收 入 总 计", 1490, "支 出 总 计", 1490)])
    # 松林县应急管理局, a 2024 决算 printing the same lines in a 决算's words (预算财政拨款)
    simple_table(folder / "songlin_yingji_juesuan.xlsx", "收入支出决算总表", "松林县应急管理局2024年收入支出决算总表", "C2",
                 "单位：万元", ["项目", "决算数"],
                 [["一般公共预算财政拨款收入", 812.6], ["政府性基金预算财政拨款收入", 64.5], ["本年收入合计", 877.1]])
    texts = [(folder / "yanxi_weijian_mubiao.txt", render("岩溪县卫生健康局", "732.00 732.00", _HEALTH_UNITS)),
             (folder / "tongping_wenlv_mubiao.txt", render("桐坪县文化广电和旅游局", "245.00 245.00", _CULTURE_UNITS))]
    for path, text in texts:
        path.write_text(text, encoding="utf-8")
    return [health, culture, folder / "songlin_yingji_juesuan.xlsx", *(p for p, _ in texts)]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("balance36")
    return engine_over(folder / "kb.sqlite", [SEED, *_write(folder)])


def answered(engine: Engine, *turns: str):
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED, answer.text
    return answer


def _said(answer) -> str:
    """The answer without its sources (a line number is no figure)."""
    return answer.text.split("（来源")[0]


@pytest.mark.parametrize(("question", "line", "project"), [
    ("岩溪县卫健局的卫生健康支出预算多少", "3151.5", "120"),  # not 卫生健康综合监测评价经费, a project only like it
    ("岩溪卫健局支出总计", "3333", "732"),  # not the sum of its projects
    ("桐坪县文化广电和旅游局支出总计", "1490", "245"),
])
def test_a_line_of_the_departments_general_table_not_its_projects(engine, question, line, project):
    said = _said(answered(engine, question))
    assert line in said and project not in said


@pytest.mark.parametrize(("question", "expected"), [
    ("岩溪县卫生健康局项目支出总计", "732"),  # 项目 said: the projects' sum
    ("岩溪县卫生健康局卫生健康综合监测评价经费多少", "120"),  # a project by its name
])
def test_projects_asked_stay_the_projects(engine, question, expected):
    assert expected in _said(answered(engine, question))


def test_the_lines_of_one_side_ranked_by_their_kind(engine):
    said = _said(answered(engine, "岩溪县卫生健康局支出第二多的是哪类"))
    assert "社会保障和就业支出" in said and "95.3" in said and "基层医疗机构" not in said


@pytest.mark.parametrize(("question", "held", "blank"), [
    ("岩溪县卫生健康局支出有哪几类有预算", ["社会保障和就业支出", "卫生健康支出", "住房保障支出"], ["教育支出", "城乡社区支出"]),
    ("桐坪县文旅局支出有哪几类有预算", ["文化旅游体育与传媒支出", "社会保障和就业支出", "住房保障支出"], ["教育支出", "卫生健康支出"]),
    # (收入来源 as the 收入 side: a [label_synonyms] group "收入" = ["收入来源"] did it and broke every question of
    # 基金收入 / 国资收入 beside the samples (test_ins23, blind_26 a-107 CW), so it was taken out at the merge)
])
def test_the_lines_of_one_side_that_hold_a_figure(engine, question, held, blank):
    said = _said(answered(engine, question))
    assert all(x in said for x in held) and not any(x in said for x in blank)


def test_a_line_asked_of_another_department_in_a_followup(engine):
    said = _said(answered(engine, "岩溪县卫生健康局住房保障支出", "桐坪县文旅局的呢"))
    assert "64.2" in said and "245" not in said


def test_a_line_whose_name_holds_he_is_one_line(engine):
    answer = converse(engine, "社会保障和就业支出多少")  # two departments print it: which one, never split at 和
    assert answer.status == CLARIFY and "岩溪县卫生健康局" in answer.text and "桐坪县文化广电和旅游局" in answer.text


@pytest.mark.parametrize(("question", "expected"), [
    ("社会保障和就业支出2024年多少", "90"),  # only 岩溪's table has 2024
    ("政府性基金预算拨款收入今年多少", "150"),  # 松林's 2024 决算 prints the line in its words, but not this year
])
def test_a_year_said_decides_the_department(engine, question, expected):
    assert expected in _said(answered(engine, question))


def test_a_line_two_departments_print_without_a_year_is_asked_back(engine):
    answer = converse(engine, "政府性基金预算拨款收入多少")
    assert answer.status == CLARIFY and "松林县应急管理局" in answer.text


@pytest.mark.parametrize(("question", "expected"), [
    ("岩溪县卫生健康局项目支出合计占收支总表支出总计的比例", "21.96%"),  # 732 ÷ 3333, two tables of one department
    ("岩溪县卫生健康局项目支出占收支总表支出合计的比重", "21.96%"),
])
def test_a_share_over_another_table_of_the_department(engine, question, expected):
    assert expected in answered(engine, question).text


@pytest.mark.parametrize(("question", "expected", "other"), [
    ("慢病随访多少钱", "36.5", "18.00"),  # the term the name prints in quotes, before a later word of it
    ("慢病隨訪經費多少", "36.5", "18.00"),  # in traditional characters
    ("慢病随访的绩效目标是什么", "不少于4次", "体检结果"),
])
def test_a_quoted_term_of_a_name_names_that_project(engine, question, expected, other):
    said = _said(answered(engine, question))
    assert expected in said and other not in said


@pytest.mark.parametrize("question", ["岩溪县卫生健康局哪些项目实施周期指标值跟年度不一样",
                                      "岩溪卫健局实施周期指标值和年度指标值不一致的指标有哪些"])
def test_indicators_whose_two_values_differ(engine, question):
    said = answered(engine, question).text
    assert "基本药物配备使用率" in said and "随访服务人次" in said and "≥90%" in said
    assert "住房保障综合服务经费" not in said and "监测点位数" not in said


@pytest.mark.parametrize(("turns", "expected"), [
    (("慢病随访多少钱", "占本级的比例呢"), "5.49%"),  # 36.5 ÷ 664.5, the unit of the bureau's own name
    (("老年人健康随访经费占本级的比例",), "2.71%"),  # 18 ÷ 664.5
])
def test_a_share_of_the_own_level_is_over_its_subtotal(engine, turns, expected):
    said = answered(engine, *turns).text
    assert expected in said and "732" not in said


@pytest.mark.parametrize(("question", "expected", "wrong"), [
    ("岩溪卫健局收入一共多少", "3333", "6626"),  # 收入总计, never 本年收入合计 + 收入总计
    ("岩溪卫健局支出一共多少", "3333", "732"),  # the table's side added up, not the projects' sum
])
def test_a_side_added_up_is_its_total_line(engine, question, expected, wrong):
    said = _said(answered(engine, question))
    assert expected in said and wrong not in said


def test_a_year_asked_of_a_table_printing_none_is_its_departments_year(engine):
    # the 目标表 prints no year; its department's 收支总表 is of 2025 (its 2024 column only compares)
    assert converse(engine, "2024年慢病随访多少钱").status != ANSWERED
    assert "36.5" in answered(engine, "2025年慢病随访多少钱").text
