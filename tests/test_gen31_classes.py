"""General tables of no known layout (gen31), on tables generated here with names and figures of their own.

Classes: a unit's 小计 asked ("X小计", the unit named by its short name) is the unit's rows added up (its 小计
line printed below them, under no name of its own), never one row; a money column of a row asked what it is
or where it comes from ("X的其他资金是什么钱 / 来源") is answered with the row's 备注 naming that column; "哪些…有
其他资金" selects the rows printing a figure in that money column, never the rows whose kind column reads 其他;
a year said before 当年 ("2026年当年") is that year, and a year a plan over later years does not hold is said
to be missing, never the plan's first year's figure (a note naming the year is no figure of it)."""

from __future__ import annotations

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, Engine


def _services_table(path) -> None:
    """A 政府购买服务预算表 whose unit name is merged over its rows, the 小计 line under them in the unit column
    (merged across), a code column of its own, 其他资金 explained in 备注 on some rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "购买服务"
    ws.append(["岳西县文化旅游局2026年政府购买服务预算表"])
    ws.append(["部门名称：岳西县文化旅游局", None, None, None, None, None, None, None, None, None, "单位：万元"])
    ws.append(["序号", "单位名称", "购买服务项目名称", "指导性目录代码", "指导性目录名称", "承接主体类型", "预算金额", None, None,
               "购买方式", "备注"])
    ws.append([None, None, None, None, None, None, "合计", "财政拨款", "其他资金", None, None])
    for col in "ABCDEFJK":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("G3:I3")
    ws.append(["合计", None, None, None, None, None, 301.7, 262.2, 39.5, None, None])
    ws.merge_cells("A5:F5")
    rows = [
        (1, "岳西县文化旅游局（本级）", "旅游市场秩序第三方暗访服务", "E0210", "市场监管服务", "企业", 42, 42, None, "公开招标", None),
        (2, None, "非遗项目影像记录服务", "E0305", "文化服务", "社会组织", 18.6, 18.6, None, "询价", None),
        (3, None, "法律顾问服务", "D0503", "法律服务", "其他", 5, 5, None, "询价", None),
        (None, "小计", None, None, None, None, 65.6, 65.6, None, None, None),
        (4, "岳西县图书馆", "少儿阅读推广活动承办", "E0401", "公共文化服务", "社会组织", 33.4, 33.4, None, "竞争性磋商", None),
        (5, None, "馆舍保洁及物业管理服务", "D0902", "后勤服务", "企业", 61, 40, 21, "公开招标", "其他资金为场地出租收入"),
        (None, "小计", None, None, None, None, 94.4, 73.4, 21, None, None),
        (6, "岳西县文物管理所", "馆藏文物数字化采集服务", "E0502", "文物保护服务", "企业", 120, 101.5, 18.5, "公开招标",
         "其他资金为门票收入"),
        (7, None, "文物库房保洁及安防值守服务", "D0904", "后勤服务", "企业", 21.7, 21.7, None, "询价", None),
        (None, "小计", None, None, None, None, 141.7, 123.2, 18.5, None, None),
    ]
    for r in rows:
        ws.append(list(r))
    ws.merge_cells("B6:B8")
    ws.merge_cells("B9:F9")
    ws.merge_cells("B10:B11")
    ws.merge_cells("B12:F12")
    ws.merge_cells("B13:B14")
    ws.merge_cells("B15:F15")
    ws.append(["注：其他资金包括场地出租收入和门票收入。"])
    wb.save(path)


def _plan_table(path) -> None:
    """A 三年滚动规划表 over 2027-2029, a year left blank where nothing is planned; its note names 2026."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "滚动规划"
    ws.append(["桐庐县农业农村局2027—2029年项目支出三年滚动规划表"])
    ws.append(["编制单位：桐庐县农业农村局", None, None, None, None, None, None, None, None, None, "单位：万元"])
    ws.append(["序号", "项目类别", "项目名称", "实施单位", "以前年度已安排", "规划资金", None, None, None, "资金来源", "备注"])
    ws.append([None, None, None, None, None, "2027年", "2028年", "2029年", "三年合计", None, None])
    for col in "ABCDEJK":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("F3:I3")
    ws.append(["合计", None, None, None, 930, 2260, 1640, 1115, 5015, None, None])
    ws.merge_cells("A5:D5")
    data = [(1, "特定目标类项目（农田建设）", "高标准农田提质改造工程", "县农田建设中心", 600, 1400, 900, 500, 2800, "一般公共预算", "延续项目"),
            (2, None, "山区灌溉泵站更新", "县农田建设中心", None, 380, None, None, 380, "一般公共预算", "新增项目"),
            (3, "特定目标类项目（产业发展）", "茶叶加工园区配套补助", "县农业农村局机关", 330, 420, 680, 560, 1660, "上级转移支付", "延续项目"),
            (4, None, "农产品冷链集配中心建设", "县农业农村局机关", None, 60, 60, 55, 175, "一般公共预算", "新增项目")]
    for r in data:
        ws.append(list(r))
    ws.merge_cells("B6:B7")
    ws.merge_cells("B8:B9")
    ws.append(["注：“以前年度已安排”为2026年及以前年度累计安排数；年度栏空白表示当年无资金安排。"])
    wb.save(path)


@pytest.fixture(scope="module")
def services(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("gen31_services")
    _services_table(d / "岳西县文化旅游局_2026_政府购买服务预算表.xlsx")
    return engine_over(tmp_path_factory.mktemp("gen31_services_db") / "kb.sqlite", [d])


@pytest.fixture(scope="module")
def services_with_seed(tmp_path_factory, seed_path) -> Engine:
    """The same table beside the seed, whose 信访局 has an indicator named 法律顾问服务对象满意度."""
    d = tmp_path_factory.mktemp("gen31_services_seed")
    _services_table(d / "岳西县文化旅游局_2026_政府购买服务预算表.xlsx")
    return engine_over(tmp_path_factory.mktemp("gen31_services_seed_db") / "kb.sqlite", [seed_path, d])


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("gen31_plan")
    _plan_table(d / "桐庐县农业农村局_2027-2029_项目支出三年滚动规划表.xlsx")
    return engine_over(tmp_path_factory.mktemp("gen31_plan_db") / "kb.sqlite", [d])


def _ask(engine: Engine, question: str):
    return engine.ask(question, record=False)


# --- a unit's 小计 --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question,figure", [("图书馆购买服务小计", "94.4"), ("岳西文物管理所小计", "141.7"),
                                             ("岳西县文化旅游局本级小计", "65.6")])
def test_a_units_subtotal_is_its_rows_added_up(services: Engine, question: str, figure: str) -> None:
    a = _ask(services, question)
    assert a.status == ANSWERED and figure in a.text, a.text
    assert "+" in a.text, a.text  # the rows added up, shown


# --- what a money column of a row is -----------------------------------------------------------------------

@pytest.mark.parametrize("question,said", [("馆舍保洁及物业管理的其他资金是什么钱", "场地出租收入"),
                                           ("文物数字化采集服务的其他资金来源", "门票收入")])
def test_a_rows_money_column_is_explained_by_its_remark(services: Engine, question: str, said: str) -> None:
    a = _ask(services, question)
    assert a.status == ANSWERED and said in a.text, a.text


def test_rows_having_a_money_column_are_not_rows_of_that_kind(services: Engine) -> None:
    a = _ask(services, "哪些购买服务有其他资金")
    assert a.status == ANSWERED and "馆舍保洁及物业管理服务" in a.text and "馆藏文物数字化采集服务" in a.text, a.text
    assert "法律顾问服务" not in a.text, a.text  # its 承接主体类型 is 其他, it has no 其他资金


@pytest.mark.parametrize("question,share", [("其他资金占岳西文旅购买服务的比例", "13.09%"),
                                           ("财政拨款占岳西县文化旅游局购买服务的比例", "86.91%")])
def test_a_column_over_the_table_named_is_over_its_total(services: Engine, question: str, share: str) -> None:
    a = _ask(services, question)
    assert a.status == ANSWERED and share in a.text and "301.7" in a.text, a.text


@pytest.mark.parametrize("question", ["购买服务一共多少", "岳西文旅购买服务总额", "岳西县文化旅游局购买服务一共多少"])
def test_the_tables_rows_said_by_their_header_add_up_to_its_total_line(services: Engine, question: str) -> None:
    a = _ask(services, question)
    assert a.status == ANSWERED and "301.7" in a.text, a.text


def test_a_rows_column_said_by_its_head_is_the_tables_not_an_indicators(services_with_seed: Engine) -> None:
    a = _ask(services_with_seed, "法律顾问服务承接主体是什么类型")
    assert a.status == ANSWERED and "承接主体类型：其他" in a.text, a.text
    assert "满意度" not in a.text, a.text


@pytest.mark.parametrize("question,said", [("馆藏文物数字化采集服务属于什么目录", "文物保护服务"),
                                           ("非遗项目影像记录服务属于哪类目录", "文化服务"),
                                           ("少儿阅读推广活动承办的目录代码", "E0401")])
def test_a_column_said_by_a_word_of_its_header(services: Engine, question: str, said: str) -> None:
    a = _ask(services, question)
    assert a.status == ANSWERED and said in a.text, a.text


def test_rows_a_word_fits_are_asked_about_by_their_whole_names(services: Engine) -> None:
    a = _ask(services, "保洁服务多少钱")
    assert "馆舍保洁及物业管理服务" in a.text and "文物库房保洁及安防值守服务" in a.text, a.text


# --- years of a plan -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["高标准农田提质改造工程2026年当年安排多少", "茶叶加工园区配套补助2026年安排多少"])
def test_a_year_before_the_plan_is_not_held(plan: Engine, question: str) -> None:
    a = _ask(plan, question)
    assert a.status != ANSWERED, a.text
    assert "1400" not in a.text and "420" not in a.text, a.text


def test_a_year_said_before_dangnian_is_that_year(plan: Engine) -> None:
    a = _ask(plan, "高标准农田提质改造工程2028年当年安排多少")
    assert a.status == ANSWERED and "900" in a.text and "1400" not in a.text, a.text


@pytest.mark.parametrize("question", ["2028年没有安排资金的项目有哪些", "桐庐县农业农村局2029年没钱的项目"])
def test_a_plans_blank_year_lists_its_rows(plan: Engine, question: str) -> None:
    a = _ask(plan, question)
    assert a.status == ANSWERED and "山区灌溉泵站更新" in a.text, a.text
    assert "高标准农田提质改造工程" not in a.text and "合计" not in a.text, a.text


def test_two_years_of_a_plan_compared_are_its_total_lines(plan: Engine) -> None:
    a = _ask(plan, "2028年比2027年少多少")
    assert a.status == ANSWERED and "620" in a.text and "1640" in a.text and "2260" in a.text, a.text


@pytest.fixture(scope="module")
def both(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("gen31_both")
    _services_table(d / "岳西县文化旅游局_2026_政府购买服务预算表.xlsx")
    _plan_table(d / "桐庐县农业农村局_2027-2029_项目支出三年滚动规划表.xlsx")
    return engine_over(tmp_path_factory.mktemp("gen31_both_db") / "kb.sqlite", [d])


@pytest.mark.parametrize("question,years", [("这张购买服务表是哪一年的", "2026年"), ("滚动规划表是哪几年的", "2027—2029年")])
def test_the_year_of_a_table_named_by_its_kind(both: Engine, question: str, years: str) -> None:
    a = _ask(both, question)
    assert a.status == ANSWERED and f"是{years}的" in a.text, a.text


def test_a_word_asked_yes_or_no_of_a_row_is_read_in_its_cells(plan: Engine) -> None:
    a = _ask(plan, "山区灌溉泵站更新是新增的吗")
    assert a.status == ANSWERED and not a.text.startswith("不是") and "备注：新增项目" in a.text, a.text
    b = converse(plan, "茶叶加工园区配套补助", "是新增的吗")
    assert b.status == ANSWERED and b.text.startswith("不是") and "延续项目" in b.text, b.text
