"""A county's transfers to its towns (blind set 22's shape): a two-level header whose group (2026年预算数) prints
a 合计 column before its kinds of transfer, the 合计 ROW first; and a government investment plan whose group
headings (一、续建项目) print their subtotals, with 总投资, 累计完成, this year's plan split by source and a text
column of measurements. Every table here is fictional (溪口县, 柳川区)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

_TOWNS = [("石桥镇", 420.5, 300.5, 80, 40, None, 401.2),
          ("柳塘乡", 515.0, 260.0, 75, 30, 150, 498.0),
          ("凤鸣镇", 388.2, 278.2, 70, 40, None, 395.6),
          ("白鹭乡", 466.0, 231.0, 65, 35, 135, 452.5),
          ("清溪镇", 352.3, 262.3, 60, 30, None, 360.1)]


def _transfers(path: Path) -> None:
    """溪口县's transfers by town: 2026年预算数 › 合计 / 均衡性转移支付 / 县级基本财力保障机制奖补 / 农村综合改革转移支付 /
    重点生态功能区转移支付, then 2025年执行数, 增减额, 增减率; the 合计 row first."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分地区"
    ws["A1"] = "溪口县2026年县对乡镇一般性转移支付分地区预算表"
    ws["A2"] = "单位：万元"
    ws.append(["序号", "地区", "2026年预算数", None, None, None, None, "2025年执行数", "增减额", "增减率（%）"])
    ws.append([None, None, "合计", "均衡性转移支付", "县级基本财力保障机制奖补", "农村综合改革转移支付",
               "重点生态功能区转移支付", None, None, None])
    for cells in ("A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:G3", "H3:H4", "I3:I4", "J3:J4"):
        ws.merge_cells(cells)

    def row(no, name, vals, before):
        change = round(vals[0] - before, 2)
        return [no, name, *vals, before, change, round(change / before * 100, 2)]

    sums = [round(sum(t[i] or 0 for t in _TOWNS), 2) for i in range(1, 7)]
    ws.append(row(None, "合计", sums[:5], sums[5]))
    for no, (name, *vals) in enumerate(_TOWNS, 1):
        ws.append(row(no, name, vals[:5], vals[5]))
    wb.save(path)


_PLAN = [("一、续建项目", [
    ("柳川区中医院住院楼", "区卫生健康局", "新建住院楼2.6万平方米，地上15层", "2024—2027年", 36000, 12000, 3000, None, 6000, None),
    ("柳川区第二中学扩建工程", "区教育局", "扩建教学楼1.2万平方米，新增学位1800个", "2025—2026年", 14000, 5000, 4000, None,
     5000, "2026年9月投用"),
    ("城东棚户区改造（2025年批次）", "区住房城乡建设局", "改造棚户区住房1850户", "2025—2026年", 7600, 3100, 1500, 3000,
     None, None)]),
    ("二、新开工项目", [
        ("柳川湿地公园", "区园林局", "占地约260亩，建设环湖步道6公里", "2026—2027年", 19000, None, 1200, None, 4000, None),
        ("乡村道路提升工程", "区交通运输局", "提升改造乡村道路35公里", "2026年", 4400, None, 1900, 2500, None, "当年建成")])]


def _figures(total, done, own, upper, bond) -> list:
    """总投资, 累计完成, then 2026年计划投资: its 合计 and its sources."""
    return [total, done, sum(x or 0 for x in (own, upper, bond)), own, upper, bond]


def _sums(rows: list[tuple]) -> list:
    return [sum(r[i] or 0 for r in rows) or None for i in (4, 5, 6, 7, 8)]


def _plan(path: Path) -> None:
    """柳川区's investment plan: group headings printing their subtotals, 2026年计划投资 split by source."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "投资计划"
    ws["A1"] = "柳川区2026年政府投资项目计划表"
    ws["A2"] = "编制单位：柳川区发展和改革局　　单位：万元"
    ws.append(["序号", "项目名称", "建设单位", "建设内容及规模", "建设起止年限", "总投资", "截至2025年底累计完成投资",
               "2026年计划投资", None, None, None, "备注"])
    ws.append([None] * 7 + ["合计", "区级财政资金", "上级补助资金", "地方政府专项债券", None])
    for cells in ("A1:L1", "A2:L2", "H3:K3", *(f"{c}3:{c}4" for c in "ABCDEFGL")):
        ws.merge_cells(cells)
    no = 0
    for head, items in _PLAN:
        ws.append([head, None, None, None, None, *_figures(*_sums(items)), None])
        for name, unit, scope, years, *figures, note in items:
            no += 1
            ws.append([no, name, unit, scope, years, *_figures(*figures), note])
    ws.append(["合计", None, None, None, None, *_figures(*_sums([x for _, items in _PLAN for x in items])), None])
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("xfer23")
    _transfers(folder / "xikou_transfers.xlsx")
    _plan(folder / "liuchuan_plan.xlsx")
    # another department's spending by function: 教育支出 is its line, no part of a transfer
    simple_table(folder / "dongshan_spending.xlsx", "支出", "东山县2024年一般公共预算支出决算表", "C2", "单位：万元",
                 ["科目", "决算数"], [("教育支出", 8200), ("卫生健康支出", 5100)])
    _staffing(folder / "qingmu_staffing.xlsx")
    knowledge = Path(__file__).resolve().parent.parent / "knowledge"
    return engine_over(folder / "kb.sqlite", [knowledge, *(folder / f for f in (
        "xikou_transfers.xlsx", "liuchuan_plan.xlsx", "dongshan_spending.xlsx", "qingmu_staffing.xlsx"))])


def _staffing(path: Path) -> None:
    """青木县's staffing: 核定编制数 › 行政编制 / 事业编制 / 小计, units in groups each closed by a 小计 row."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "编制"
    ws["A1"] = "青木县林业局2025年末机构编制及实有人员情况统计表"
    ws["A2"] = "单位：人"
    ws.append(["类别", "单位名称", "核定编制数", None, None, "实有人数"])
    ws.append([None, None, "行政编制", "事业编制", "小计", None])
    for cells in ("A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:E3", "F3:F4"):
        ws.merge_cells(cells)
    for row in (("行政单位", "青木县林业局机关", 31, 0, 31, 29), (None, "小计", 31, 0, 31, 29),
                ("事业单位", "青木县林业技术推广站", 0, 17, 17, 15), (None, "青木县森林防火中心", 0, 12, 12, 12),
                (None, "小计", 0, 29, 29, 27)):
        ws.append(list(row))
    wb.save(path)


@pytest.mark.parametrize(("question", "want", "never"), [
    ("柳塘乡转移支付多少", "515", "260"),
    ("溪口县对乡镇一般性转移支付一共多少", "2142", "1332"),
    ("哪个乡镇转移支付最多", "柳塘乡", "石桥镇 2026年预算数均衡性"),
])
def test_the_tables_subject_is_its_groups_total_column(engine: Engine, question: str, want: str, never: str) -> None:
    """转移支付, the subject its title says, fitting several kinds of transfer: the 合计 column, not those kinds."""
    a = converse(engine, question)
    assert a.status == "answered" and want in a.text and never not in a.text, a.text


def test_a_part_only_another_tables_line_resembles_is_not_split(engine: Engine) -> None:
    """教育 within 均衡性转移支付: only 东山县's 教育支出 resembles it; the transfer is not split so."""
    a = converse(engine, "石桥镇均衡性转移支付里教育部分多少")
    assert a.status != "answered" and "300.5" not in a.text.split("表中关于")[0], a.text


def test_a_group_total_row_said_keeps_the_columns_said(engine: Engine) -> None:
    """编制 (its title's word) said with a row 事业单位 › 小计: that row's 编制 columns, not the 小计 key read as a
    column over every row's cells."""
    a = converse(engine, "青木事业单位编制小计")
    assert a.status == "answered" and "29" in a.text and "实有人数" not in a.text, a.text


def test_the_total_column_carried_to_another_row(engine: Engine) -> None:
    a = converse(engine, "凤鸣镇转移支付多少", "那白鹭乡呢")
    assert a.status == "answered" and "466" in a.text and "231" not in a.text, a.text


def test_a_kind_of_transfer_is_still_its_own_column(engine: Engine) -> None:
    a = converse(engine, "柳塘乡均衡性转移支付多少")
    assert a.status == "answered" and "260" in a.text and "515" not in a.text, a.text


def test_a_qualifier_the_table_lacks_is_not_its_total(engine: Engine) -> None:
    """专项转移支付 of a table of 一般性转移支付: not in the table, never its 合计 nor its kinds."""
    a = converse(engine, "溪口县对乡镇专项转移支付多少")
    assert a.status != "answered" and "2142" not in a.text, a.text


@pytest.mark.parametrize(("turns", "want", "never"), [
    (("湿地公园今年计划投多少钱",), "5200", "19000"),  # the figure of the column said, not the row's first amount
    (("中医院住院楼专项债多少",), "6000", "3000"),  # 专项债: 地方政府专项债券 said short
    (("今年专项债一共多少",), "15000", "聘请法律顾问"),  # one table's column, not the seed's 专项 projects offered
    (("上级补助资金一共多少",), "5500", "信访局"),
    (("续建项目今年计划多少",), "22500", "57600"),  # a group's subtotal in the column group said (计划投资)
    (("续建项目今年计划多少", "新开工的呢", "这两个加起来"), "32100", "81000"),
    (("中医院住院楼截至去年底完成了多少",), "12000", "36000"),  # 去年 of a 2026 plan: 截至2025年底
    (("第二中学扩建累计完成多少",), "5000", "14000"),
])
def test_an_investment_plans_columns_in_peoples_words(engine: Engine, turns: tuple[str, ...], want: str, never: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and want in a.text and never not in a.text, a.text


def test_the_projects_having_a_source_not_their_headings(engine: Engine) -> None:
    """The headings print their projects' sums; a batch year in a project's name is no year of its figures."""
    a = converse(engine, "哪些项目有上级补助")
    assert a.status == "answered" and "城东棚户区改造" in a.text and "乡村道路提升工程" in a.text, a.text
    assert "续建项目" not in a.text and "新开工项目" not in a.text, a.text


@pytest.mark.parametrize(("turns", "want", "never"), [
    (("城东棚户区改造涉及多少户",), "1850户", "7600"),
    (("湿地公园占地多少亩",), "260亩", "19000"),
    (("乡村道路提升工程多长",), "35公里", "4400"),
    (("中医院住院楼", "它的建筑面积呢"), "2.6万平方米", "36000"),
])
def test_a_quantity_its_text_states_by_its_measure(engine: Engine, turns: tuple[str, ...], want: str, never: str) -> None:
    """建设内容及规模 states the row's measures in words: the clause in the measure asked, cited."""
    a = converse(engine, *turns)
    assert a.status == "answered" and want in a.text and never not in a.text, a.text


def test_a_measure_the_text_does_not_state_is_not_answered(engine: Engine) -> None:
    a = converse(engine, "中医院住院楼", "它有多少张床位")
    assert a.status != "answered" and "36000" not in a.text, a.text


def test_another_rows_remark_is_no_answer_about_the_row_named(engine: Engine) -> None:
    """中医院住院楼 has no 备注; 第二中学's "2026年9月投用" says nothing of when it is finished."""
    a = converse(engine, "中医院住院楼", "它什么时候完工")
    assert "第二中学" not in a.text and "9月投用" not in a.text, a.text
    a = converse(engine, "第二中学扩建工程备注写的啥")
    assert a.status == "answered" and "2026年9月投用" in a.text, a.text


@pytest.mark.parametrize(("question", "want", "never"), [
    # no department named: the rows asked by their kind of place (乡镇) name the one table of such rows
    ("合计超过五百万的乡镇有几个", "柳塘乡", "部门"),
    ("哪些乡镇比去年减少了", "凤鸣镇", "柳塘乡"),
    # a change said without what it is against: the table's own change over the year before
    ("哪些乡镇减少了", "清溪镇", "白鹭乡"),
])
def test_the_towns_asked_by_their_kind(engine: Engine, question: str, want: str, never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and want in a.text and never not in a.text, a.text
