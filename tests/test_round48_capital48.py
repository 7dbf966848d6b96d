"""Round 48, a county's budget of coded 科目 rows (科目编码 | 项目, "一、" numbered groups over indented children, 合计 /
总计 rows, a note under the table) with the columns 上年执行数 / 本年预算数 / 本年预算数比上年执行数 增减额 · 增减%
(a two-row header), asked in staff's words. Small fictional tables: 青岚县's 国有资本经营预算收支表 (a 收入 sheet and a
支出 sheet, each with its own title row) and 政府性基金预算支出表, beside another 青岚 department's table.

Classes:
- the budget said short (国资, 国资预算 for 国有资本经营预算; 政府基金预算): the table, never an unknown word;
- a row said by its name without its code or ordinal (利润收入 of 1030601一、利润收入): that row, never a child or
  another row holding the budget's own words (其他国有资本经营预算企业利润收入);
- a change column (增减%) or last year's column is never an execution rate;
- each sheet cited by its own title; a ratio a note states is the note's (调出比例), never a share worked out;
- hierarchy: 有哪几大类 (a sheet's top subjects), 哪几大类比上年下降了, 哪个科目最多 (at one level, of the sheet
  whose flow is said);
- the budget's words name the county's table among departments of the same place (no question back)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import ANSWERED, Engine

_HEAD = [["科目编码", "项目", "上年执行数", "本年预算数", "本年预算数比上年执行数", None],
         [None, None, None, None, "增减额", "增减%"]]

_INCOME = [
    ["青岚县2026年国有资本经营预算收入表"], ["单位：万元"], *_HEAD,
    ["1030601", "一、利润收入", 2200, 2400, 200, "9.1"],
    ["103060105", "\u3000交通运输企业利润收入", 900, 1000, 100, "11.1"],
    ["103060116", "\u3000房地产企业利润收入", 700, 650, -50, "-7.1"],
    ["103060198", "\u3000其他国有资本经营预算企业利润收入", 600, 750, 150, "25.0"],
    ["1030602", "二、股利、股息收入", 800, 860, 60, "7.5"],
    ["103060201", "\u3000国有控股公司股利、股息收入", 500, 520, 20, "4.0"],
    ["103060202", "\u3000国有参股公司股利、股息收入", 300, 340, 40, "13.3"],
    ["1030603", "三、产权转让收入", 1300, 900, -400, "-30.8"],
    ["103060302", "\u3000国有独资企业产权转让收入", 1300, 900, -400, "-30.8"],
    ["1030698", "四、其他国有资本经营预算收入", 90, 60, -30, "-33.3"],
    [None, "本年收入合计", 4390, 4220, -170, "-3.9"],
    [None, "上年结转收入", 110, 80, -30, "-27.3"],
    [None, "收入总计", 4500, 4300, -200, "-4.4"],
    [None, None, None, None, None, None],
    ["注：本表“上年执行数”为2025年快报数。"],
]

_SPENDING = [
    ["青岚县2026年国有资本经营预算支出表"], ["单位：万元"], *_HEAD,
    ["22301", "解决历史遗留问题及改革成本支出", 500, 420, -80, "-16.0"],
    ["2230102", "\u3000厂办大集体改革支出", 300, 220, -80, "-26.7"],
    ["2230199", "\u3000其他解决历史遗留问题及改革成本支出", 200, 200, 0, "0.0"],
    ["22302", "国有企业资本金注入", 1900, 2100, 200, "10.5"],
    ["2230201", "\u3000国有经济结构调整支出", 1100, 1000, -100, "-9.1"],
    ["2230204", "\u3000生态环境保护支出", 800, 1100, 300, "37.5"],
    ["22399", "其他国有资本经营预算支出", 160, 130, -30, "-18.8"],
    ["2239999", "\u3000其他国有资本经营预算支出", 160, 130, -30, "-18.8"],
    [None, "本年支出合计", 2560, 2650, 90, "3.5"],
    [None, "国有资本经营预算调出资金", 1300, 1290, -10, "-0.8"],
    [None, "结转下年支出", 640, 360, -280, "-43.8"],
    [None, "支出总计", 4500, 4300, -200, "-4.4"],
    [None, None, None, None, None, None],
    ["注：国有资本经营预算调出资金用于补充一般公共预算，调出比例按30%执行。"],
]

_MERGED = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3"]

_FUND = [
    ["青岚县2026年政府性基金预算支出表"], ["单位：万元"], *_HEAD,
    ["22908", "国有土地使用权出让收入安排的支出", 5200, 4800, -400, "-7.7"],
    ["2290802", "\u3000土地开发支出", 3100, 2900, -200, "-6.5"],
    ["2290804", "\u3000农村基础设施建设支出", 2100, 1900, -200, "-9.5"],
    ["22960", "彩票公益金安排的支出", 310, 340, 30, "9.7"],
    ["2296002", "\u3000用于社会福利的彩票公益金支出", 310, 340, 30, "9.7"],
    [None, "本年支出合计", 5510, 5140, -370, "-6.7"],
]

_OTHER = [
    ["青岚县文化和旅游局2026年部门支出预算表"], ["单位：万元"],
    ["项目", "本年预算数"],
    ["文物保护经费", 120],
    ["旅游推介经费", 80],
    ["合计", 200],
]


def _two_sheets(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    for at, (name, rows) in enumerate((("收入", _INCOME), ("支出", _SPENDING))):
        ws = wb.active if at == 0 else wb.create_sheet()
        ws.title = name
        for row in rows:
            ws.append(list(row))
        for cells in _MERGED:
            ws.merge_cells(cells)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def qinglan(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("capital48")
    budget = _two_sheets(folder / "青岚县2026年国有资本经营预算收支表.xlsx")
    other = write_workbook(folder / "青岚县文化和旅游局_2026年_部门支出预算表.xlsx", _OTHER)
    fund = write_workbook(folder / "青岚县_2026年_政府性基金预算支出表.xlsx", _FUND, _MERGED, sheet="基金支出")
    return engine_over(folder / "kb.sqlite", [budget, other, fund])


def _answered(engine: Engine, *turns: str, shows: tuple[str, ...], never: tuple[str, ...] = ()) -> str:
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED and all(s in answer.text for s in shows), answer.text
    assert not any(n in answer.text for n in never), answer.text
    return answer.text


@pytest.mark.parametrize(("question", "shows", "never"), [
    ("青岚国资预算利润收入多少", ("2400",), ("750", "1000")),  # the group row, not a child holding its words
    ("青岚国资利润收入", ("2400",), ("750",)),
    ("青岚国有资本经营预算利润收入多少", ("2400",), ("750",)),  # never 其他国有资本经营预算企业利润收入
    ("青岚国资预算股利股息收入多少", ("860",), ("520",)),  # 二、股利、股息收入 said without its 、
    ("青岚国资预算产权转让收入", ("900",), ("是哪一项",)),  # 三、产权转让收入 over its one child
    ("青岚国资预算支出合计", ("2650",), ("130",)),  # 本年支出合计, never 其他国有资本经营预算支出
    ("青岚国资预算国有企业资本金注入多少", ("2100",), ()),
    ("青岚国资预算其他国有资本经营预算支出多少", ("130",), ()),
])
def test_a_row_said_by_its_name_under_the_budget_said_short(qinglan: Engine, question: str, shows: tuple[str, ...],
                                                            never: tuple[str, ...]) -> None:
    _answered(qinglan, question, shows=shows, never=never)


def test_each_sheet_is_cited_by_its_own_title(qinglan: Engine) -> None:
    text = _answered(qinglan, "青岚国资预算国有企业资本金注入多少", shows=("2100", "国有资本经营预算支出表"))
    assert "国有资本经营预算收入表" not in text, text


def test_a_change_column_is_never_an_execution_rate(qinglan: Engine) -> None:
    answer = converse(qinglan, "青岚县2026年国有资本经营预算收入表本年收入合计执行率多少")
    assert "-3.9" not in answer.text and "执行率 -" not in answer.text, answer.text


def test_a_ratio_a_note_states_is_the_notes(qinglan: Engine) -> None:
    _answered(qinglan, "青岚国资预算调出比例是多少", shows=("30%",), never=("÷",))


def test_where_the_money_goes_is_read_from_the_note_naming_the_row(qinglan: Engine) -> None:
    _answered(qinglan, "青岚国资预算调出资金调到哪去了", shows=("1290", "补充一般公共预算"))


@pytest.mark.parametrize(("question", "shows", "never"), [
    ("青岚国资预算支出有哪几大类", ("解决历史遗留问题及改革成本支出", "国有企业资本金注入", "其他国有资本经营预算支出", "共 3 项"),
     ("生态环境保护支出", "调出资金", "本年支出合计")),
    ("青岚国资预算收入有哪几大类", ("利润收入", "股利、股息收入", "产权转让收入", "共 4 项"), ("房地产企业", "上年结转收入")),
    ("青岚国资预算收入里哪几大类比上年下降了", ("产权转让收入", "其他国有资本经营预算收入", "-400"),
     ("利润收入 2400", "股利")),
    # each level ranked on its own: the detailed subjects, then the top ones (never 调出资金, a line of no code)
    ("青岚国资预算支出哪个科目最多", ("生态环境保护支出 本年预算数：1100", "国有企业资本金注入 本年预算数：2100"), ("调出资金",)),
    ("青岚国资预算收入哪项最多", ("交通运输企业利润收入", "1000"), ("调出资金", "2100")),  # the 收入 sheet's items
])
def test_the_hierarchy_of_a_coded_sheet(qinglan: Engine, question: str, shows: tuple[str, ...],
                                        never: tuple[str, ...]) -> None:
    _answered(qinglan, question, shows=shows, never=never)


@pytest.mark.parametrize(("turns", "shows", "never"), [
    (("青岚国资预算利润收入", "那股利股息呢"), ("860",), ("2400",)),
    (("青岚国资预算利润收入", "那上年呢"), ("2200",), ("2400",)),
    (("青岚国资预算支出合计", "上年执行数呢"), ("2560",), ()),
    (("青岚国资预算国有企业资本金注入", "下面有哪几项"), ("国有经济结构调整支出", "生态环境保护支出"), ("厂办大集体",)),
    (("青岚国资预算产权转让收入", "比上年少多少"), ("-400",), ()),
    (("青岚国资预算调出资金多少", "调到哪去了"), ("补充一般公共预算",), ()),  # the note naming the row
    (("青岚国资预算国有企业资本金注入", "其中生态环境保护支出多少", "比上年增加多少"), ("300",), ("1000",)),  # its own 增减额
    (("青岚国资预算利润收入", "股利股息收入呢", "两者差多少"), ("1540",), ()),  # two rows said: their difference
])
def test_follow_ups_on_a_coded_row(qinglan: Engine, turns: tuple[str, ...], shows: tuple[str, ...],
                                   never: tuple[str, ...]) -> None:
    _answered(qinglan, *turns, shows=shows, never=never)


def test_the_budget_said_names_the_countys_table_among_same_place_departments(qinglan: Engine) -> None:
    answer = converse(qinglan, "青岚国资预算资本金注入给了哪几家企业")
    assert answer.status != "clarify" and "2100" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "shows", "never"), [
    ("青岚政府基金预算支出有哪几大类", ("国有土地使用权出让收入安排的支出", "彩票公益金安排的支出", "共 2 项"), ("土地开发支出",)),
    ("青岚政府性基金预算土地开发支出多少", ("2900",), ("4800",)),
    ("青岚政府基金预算彩票公益金安排的支出比上年增长多少", ("30",), ()),
])
def test_a_sibling_budget_said_short_or_whole(qinglan: Engine, question: str, shows: tuple[str, ...],
                                             never: tuple[str, ...]) -> None:
    _answered(qinglan, question, shows=shows, never=never)


def test_a_row_the_table_has_not_is_never_another_row_holding_the_budgets_words(qinglan: Engine) -> None:
    answer = converse(qinglan, "青岚国资预算烟草企业利润收入多少")
    assert answer.status != ANSWERED and "750" not in answer.text, answer.text  # never 其他国有资本经营预算企业利润收入
