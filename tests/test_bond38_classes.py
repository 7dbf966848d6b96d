"""Round 38, a 地方政府专项债券项目明细表 (the projects each bond issue funds), on fictional workbooks of two shapes:
- issue first: 序号 | 债券名称 / 发行日期 / 期限 / 利率 (each merged over the issue's projects) | 项目名称 | 项目主管部门 |
  项目总投资 | 本次使用债券资金 | 累计使用 | 备注 (新建 / 续建), a 合计;
- batch first: 发行批次 | 利率（%） (both merged over the batch's projects) | 项目名称 | 主管部门 | 项目总投资 |
  本次使用债券资金, no 合计.

Classes:
- a column merged over exactly the rows each merged label beside it spans (发行日期 beside 债券名称) divides no group:
  it is the group's value, never a further row label (the rows were named "2026-03-18柳溪县…", the issue lost);
- the rows under a group label merged over them (an issue's projects) are records grouped by it: an issue said by
  what tells it apart (五期 of 2026年…专项债券（五期）) has its projects counted, listed and added up in the
  column said; an issue the table does not have is not answered;
- a column of organisations (项目主管部门) groups the rows: a bureau said as staff say it (水务局, 住建局) — no
  loaded department — has its projects counted and added up, the bureaus ranked, in the column said;
- staff's words for a bond table's columns: 用债 / 用了多少专项债 is 本次使用债券资金, 累计用了多少专项债 is 累计使用."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, Engine

openpyxl = pytest.importorskip("openpyxl")

_JT, _ZJ, _SW, _WJ = "县交通运输局", "县住房和城乡建设局", "县水务局", "县卫生健康委员会"
# issue -> (date, years, rate, projects (name, bureau, investment, used now, used so far, nature))
_ISSUES = [
    ("2026年江南省政府专项债券（二期）", "2026-03-18", 15, 2.05, [
        ("柳溪县环城北路改建工程", _JT, 42000, 5200, 12200, "续建"),
        ("柳溪县老旧供水管网改造项目", _SW, 16800, 2600, 2600, "新建"),
        ("柳溪县城东棚户区改造项目", _ZJ, 30500, 4400, 9400, "续建")]),
    ("2026年江南省政府专项债券（五期）", "2026-06-09", 20, 2.31, [
        ("柳溪县中心医院门急诊楼项目", _WJ, 51000, 6800, 16800, "续建"),
        ("柳溪县东河防洪治理工程", _SW, 22400, 3900, 3900, "新建"),
        ("柳溪县城区污水管网提升工程", _ZJ, 13600, 2100, 2100, "新建"),
        ("柳溪县农村公路安防工程", _JT, 9800, 1500, 1500, None)]),
    ("2026年江南省政府专项债券（九期）", "2026-09-27", 10, 1.88, [
        ("柳溪县城北污水处理厂续建项目", _ZJ, 18900, 3300, 7300, "续建"),
        ("柳溪县环城北路改建工程", _JT, 42000, 1800, 14000, "本年第二次使用")]),
]


def _issue_first(path) -> None:
    """柳溪县 2026: the issue's name, date, term and rate merged over its projects, then the projects' columns."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专项债券明细"
    ws["A1"] = "柳溪县2026年地方政府专项债券项目明细表"
    ws.merge_cells("A1:K1")
    ws["A2"], ws["J2"] = "填报单位：柳溪县财政局", "单位：万元"
    ws.merge_cells("A2:F2")
    ws.merge_cells("J2:K2")
    for c, head in ((1, "序号"), (2, "债券信息"), (6, "项目信息"), (8, "资金情况"), (11, "备注")):
        ws.cell(3, c, head)
    for c, head in enumerate(("债券名称/批次", "发行日期", "期限（年）", "利率（%）", "项目名称", "项目主管部门", "项目总投资",
                              "本次使用债券资金", "累计使用"), 2):
        ws.cell(4, c, head)
    for a, b in (("A3", "A4"), ("B3", "E3"), ("F3", "G3"), ("H3", "J3"), ("K3", "K4")):
        ws.merge_cells(f"{a}:{b}")
    r, seq, used = 5, 0, 0
    for name, date, years, rate, projects in _ISSUES:
        start = r
        for project, bureau, invest, now, so_far, nature in projects:
            seq += 1
            used += now
            head = (name, date, years, rate) if r == start else (None,) * 4
            for c, v in enumerate((seq, *head, project, bureau, invest, now, so_far, nature), 1):
                if v is not None:
                    ws.cell(r, c, v)
            r += 1
        for c in (2, 3, 4, 5):
            ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 8, 205000)  # (the road counted once)
    ws.cell(r, 9, used)
    wb.save(path)


@pytest.fixture(scope="module")
def liuxi(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("bond38a")
    _issue_first(folder / "liuxi_2026_bonds.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "liuxi_2026_bonds.xlsx"])


def _asked(engine: Engine, *questions: str):
    answer = converse(engine, *questions)
    assert answer.status == ANSWERED, answer.text
    return answer


def test_a_column_merged_like_the_group_label_is_the_groups_value(liuxi: Engine) -> None:
    answer = _asked(liuxi, "哪一期利率最高")
    assert "五期" in answer.text and "2.31" in answer.text, answer.text
    answer = _asked(liuxi, "东河防洪治理工程总投资多少")
    assert "22400" in answer.text and "2026-06-09" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("五期一共用了多少", "14300", "96800"),  # 6800 + 3900 + 2100 + 1500, never the investment
    ("二期专项债用了多少", "12200", "89300"),
    ("九期有几个项目", "共 2 项", "中心医院"),
    ("五期有哪些项目", "农村公路安防工程", "城北污水处理厂"),
    ("备注是续建的有几个", "共 4 项", "共 1 项"),  # (续建 also inside one project's name)
])
def test_an_issues_projects_counted_listed_added_up(liuxi: Engine, question: str, said: str, not_said: str) -> None:
    answer = _asked(liuxi, question)
    assert said in answer.text and not_said not in answer.text, answer.text


def test_an_issue_the_table_does_not_have_is_not_answered(liuxi: Engine) -> None:
    answer = converse(liuxi, "七期一共用了多少")
    assert answer.status != ANSWERED or "31600" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("水务局有几个专项债项目", "共 2 项", "环城北路"),
    ("住建局一共用了多少债", "9800", "63000"),  # 4400 + 2100 + 3300, never their investment
    ("哪个部门用债最多", "住房和城乡建设局", "中心医院门急诊楼"),  # 4400 + 2100 + 3300 = 9800 over 交通's 8500
    ("交通局用债占比", "26.9", "17.0"),  # (5200 + 1500 + 1800) / 31600
    ("水务局用了多少专项债", "6500", "39200"),  # 2600 + 3900: the column said alone is the bureau's rows added up
])
def test_a_column_of_bureaus_groups_the_rows(liuxi: Engine, question: str, said: str, not_said: str) -> None:
    answer = _asked(liuxi, question)
    assert said in answer.text and not_said not in answer.text, answer.text


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("中心医院门急诊楼用了多少专项债", "6800", "16800"),
    ("中心医院门急诊楼累计用了多少专项债", "16800", "：6800万元"),
    ("东河防洪治理工程用债多少", "3900", "22400"),
    ("中心医院门急诊楼用债占全部多少", "21.5", "24.8"),  # 6800 / 31600, never 51000 / 205000
])
def test_staffs_words_for_the_columns(liuxi: Engine, question: str, said: str, not_said: str) -> None:
    answer = _asked(liuxi, question)
    assert said in answer.text and not_said not in answer.text, answer.text


# batch -> (rate, projects (name, bureau, investment, used now))
_BATCHES = [
    ("第一批", 2.12, [("桐岭县科创园标准厂房项目", "县工业和信息化局", 26000, 4000),
                   ("桐岭县冷链仓储中心项目", "县商务局", 12000, 2500),
                   ("桐岭县产业园道路工程", "县工业和信息化局", 8000, 1200)]),
    ("第二批", 2.36, [("桐岭县第二人民医院项目", "县卫生健康局", 33000, 5000),
                   ("桐岭县农贸中心改造项目", "县商务局", 5400, 900)]),
]


def _batch_first(path) -> None:
    """桐岭县 2026: 发行批次 and 利率 merged over the batch's projects, 主管部门 after the name, no 合计."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "债券项目"
    ws["A1"] = "桐岭县2026年新增专项债券项目明细表"
    ws.merge_cells("A1:F1")
    ws["F2"] = "单位：万元"
    for c, head in enumerate(("发行批次", "利率（%）", "项目名称", "主管部门", "项目总投资", "本次使用债券资金"), 1):
        ws.cell(3, c, head)
    r = 4
    for batch, rate, projects in _BATCHES:
        start = r
        for project, bureau, invest, now in projects:
            for c, v in enumerate(((batch, rate) if r == start else (None, None)) + (project, bureau, invest, now), 1):
                if v is not None:
                    ws.cell(r, c, v)
            r += 1
        for c in (1, 2):
            ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
    wb.save(path)


@pytest.fixture(scope="module")
def tongling(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("bond38b")
    _batch_first(folder / "tongling_2026_bonds.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "tongling_2026_bonds.xlsx"])


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("商务局一共用了多少债", "3400", "17400"),  # 2500 + 900
    ("工信局有几个项目", "共 2 项", "冷链"),
    ("哪个部门用债最多", "工业和信息化局", "卫生健康局：5000"),  # 4000 + 1200 = 5200
])
def test_bureaus_of_a_batch_first_table(tongling: Engine, question: str, said: str, not_said: str) -> None:
    answer = _asked(tongling, question)
    assert said in answer.text and not_said not in answer.text, answer.text


# the bureau's own table beside the bond table: its name is a loaded department's and a unit of the bond table
_BUREAU = """项目支出绩效目标表（含转移支付项目）

部门名称：柳溪县交通运输局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 180.00 180.00

柳溪县交通运输局（本级） 180.00 180.00

    农村公路日常养护经费 120.00 120.00

对全县农村公路开展日常养护，保持路况良好。

1、1-产出指标,11-数量指标,养护农村公路里程；实施周期指标值:860公里,年度指标值:860公里;

    公路桥梁检测经费 60.00 60.00

对全县公路桥梁开展定期检测。

1、1-产出指标,11-数量指标,检测桥梁；实施周期指标值:42座,年度指标值:42座;
"""


@pytest.fixture(scope="module")
def liuxi_bureau(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("bond38c")
    _issue_first(folder / "liuxi_2026_bonds.xlsx")
    (folder / "柳溪_交通运输局_项目支出绩效目标表.txt").write_text(_BUREAU, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder / "liuxi_2026_bonds.xlsx", folder / "柳溪_交通运输局_项目支出绩效目标表.txt"])


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("交通局的专项债项目有哪些", "农村公路安防工程", "日常养护经费"),
    ("交通局用债占比", "26.9", "日常养护经费"),
])
def test_a_loaded_bureau_said_with_the_bond_table_asks_its_rows_there(liuxi_bureau: Engine, question: str, said: str,
                                                                       not_said: str) -> None:
    answer = _asked(liuxi_bureau, question)
    assert said in answer.text and not_said not in answer.text, answer.text


def test_the_bureau_alone_is_still_its_own_projects(liuxi_bureau: Engine) -> None:
    answer = _asked(liuxi_bureau, "交通局有哪些项目")
    assert "日常养护经费" in answer.text and "环城北路" not in answer.text, answer.text
