"""Round 32, a 新增资产配置预算表 (assets to be bought by a department's units), on fictional workbooks of two shapes:
- class merged: 资产类别 merged over its rows in column A, then 序号, the unit printed on each of its rows
  (单位名称), 资产名称, 品目, 计量单位, 配置计划 (数量 / 单价（元） / 金额（万元）), 配置方式, 资金来源, 备注, a 合计;
- unit merged: the unit merged over its rows in column A, then 资产名称, 资产类别 as a column of kinds, 数量 /
  单价（元） / 金额（万元）, 配置方式, 资金来源 (no 序号, no 合计).

Classes:
- a 序号 column between two label columns (资产类别 | 序号 | 单位名称) ends no run of row labels: each row is
  class › unit › item (it was read as side-by-side pairs, the unit the row's only name and the class lost);
- a row said by a short form of its name: a standard one of the vocabulary (彩超 of 彩色多普勒超声诊断仪, DR of
  数字化X射线摄影系统（DR）), or one of its own words (救护车 of 负压救护车); a name in letters another unit's row
  holds is no word of this unit's ("白海子镇卫生院的DR多少钱" is not that unit's total);
- a count asked in its measure (几台, 几组) is the row's 数量, never its 单价 or 金额;
- a unit's rows added up, listed, ranked against the other units (哪个单位新增资产最多: by their rows added up,
  never one row), the unit said by the short names staff use (疾控中心, 妇幼, 执法大队, 马莲渠);
- a class (专用设备, 车辆类) or a value of a column of kinds (租用, 资金来源 其他) as a filter: its rows listed by
  their own names (the item's, never the unit's), added up, shared of the whole."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, Engine

openpyxl = pytest.importorskip("openpyxl")

_BJ = "柳川县卫生健康局（本级）"
_JK = "柳川县疾病预防控制中心"
_FY = "柳川县妇幼保健院"
_ZF = "柳川县卫生监督执法大队"
_SH = "柳川县石湖镇卫生院"
_CZ, _QT = "财政拨款", "其他"
# class -> rows (unit, asset, 品目, measure, count, price in 元, how, source, note)
_ASSETS = [
    ("通用设备", [(_BJ, "台式电脑", "台式计算机", "台", 10, 6000, "购置", _CZ, None),
              (_BJ, "复印机", "复印机", "台", 3, 4000, "租用", _CZ, "单价为年租金"),
              (_JK, "台式电脑", "台式计算机", "台", 20, 6000, "购置", _CZ, None),
              (_JK, "存储服务器", "服务器", "台", 1, 90000, "购置", _CZ, "疫苗追溯系统扩容"),
              (_SH, "空调", "空调机", "台", 4, 5000, "购置", _CZ, None)]),
    ("专用设备", [(_FY, "彩色多普勒超声诊断仪", "医用超声诊断设备", "台", 1, 650000, "购置", _CZ, None),
              (_FY, "胎儿监护仪", "医用电子仪器", "台", 4, 30000, "购置", _QT, "单位自有资金"),
              (_SH, "数字化X射线摄影系统（DR）", "医用X射线设备", "套", 1, 520000, "购置", _CZ, None),
              (_JK, "生物安全柜", "医用检验设备", "台", 2, 55000, "购置", _CZ, "实验室使用")]),
    ("家具", [(_BJ, "档案柜", "柜类", "组", 15, 1200, "购置", _CZ, None),
            (_ZF, "会议桌", "桌类", "张", 2, 8000, "购置", _CZ, None)]),
    ("车辆", [(_SH, "负压救护车", "专用车辆", "辆", 1, 420000, "购置", _QT, "医疗服务收入"),
            (_ZF, "执法执勤用车", "乘用车", "辆", 1, 160000, "购置", _CZ, None),
            (_BJ, "公务用车", "乘用车", "辆", 1, 50000, "租用", _CZ, "年租金")]),
]


def _amount(count: int, price: int) -> float:
    return round(count * price / 10000, 2)


def _class_merged(path) -> None:
    """柳川县卫生健康局 2026: 资产类别 merged in column A, 序号, the unit printed on each row, a 合计."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "新增资产"
    ws["A1"] = "柳川县卫生健康局2026年新增资产配置预算表"
    ws.merge_cells("A1:L1")
    ws["A2"], ws["J2"] = "部门（单位）：柳川县卫生健康局", "单价单位：元  金额单位：万元"
    ws.merge_cells("A2:F2")
    ws.merge_cells("J2:L2")
    heads = ("资产类别", "序号", "单位名称", "资产名称", "品目", "计量单位", "配置计划", None, None, "配置方式", "资金来源", "备注")
    for c, head in enumerate(heads, 1):
        if head:
            ws.cell(3, c, head)
    for c, head in enumerate(("数量", "单价（元）", "金额（万元）"), 7):
        ws.cell(4, c, head)
    ws.merge_cells("G3:I3")
    for c in (1, 2, 3, 4, 5, 6, 10, 11, 12):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    r, seq, total = 5, 0, 0.0
    for kind, rows in _ASSETS:
        start = r
        for unit, name, item, measure, count, price, how, source, note in rows:
            seq += 1
            total += _amount(count, price)
            values = (kind if r == start else None, seq, unit, name, item, measure, count, price, _amount(count, price),
                      how, source, note)
            for c, v in enumerate(values, 1):
                if v is not None:
                    ws.cell(r, c, v)
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 9, round(total, 2))
    ws.cell(r + 1, 1, "注：金额=数量×单价÷10000；配置方式为“租用”的，单价为年租金。")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=12)
    wb.save(path)


@pytest.fixture(scope="module")
def liuchuan(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("asset32a")
    _class_merged(folder / "liuchuan_wjj_2026_new_assets.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "liuchuan_wjj_2026_new_assets.xlsx"])


def _asked(engine: Engine, *questions: str):
    answer = converse(engine, *questions)
    assert answer.status == ANSWERED, answer.text
    return answer


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("彩超预算多少万", "65", "75.8"),  # 彩超 of 彩色多普勒超声诊断仪 (the vocabulary's standard short word)
    ("彩超多少钱", "65", "75.8"),
    ("DR单价多少", "520000", "42"),  # DR printed in the name's bracket
    ("救护车多少钱", "42", "52"),  # a word of the name
    ("生物安全柜是哪个单位的", "疾病预防控制中心", "妇幼"),
])
def test_a_row_said_by_a_short_form(liuchuan: Engine, question: str, said: str, not_said: str) -> None:
    answer = _asked(liuchuan, question)
    assert said in answer.text and not_said not in answer.text, answer.text


def test_a_name_in_letters_of_another_units_row_is_no_word_of_this_unit(liuchuan: Engine) -> None:
    answer = converse(liuchuan, "妇幼保健院的DR多少钱")
    assert "84.8" not in answer.text and "52" not in answer.text, answer.text  # neither its total nor 石湖's DR


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("档案柜几组", "15组", "1.8"),
    ("疾控中心台式电脑买几台", "20台", "12"),
    ("复印机租几台", "3台", "1.2"),
])
def test_a_count_asked_in_its_measure(liuchuan: Engine, question: str, said: str, not_said: str) -> None:
    answer = _asked(liuchuan, question)
    assert said in answer.text and not_said not in answer.text, answer.text


@pytest.mark.parametrize(("question", "total"), [
    ("柳川疾控中心新增资产一共多少", "32"),  # 台式电脑 12 + 存储服务器 9 + 生物安全柜 11
    ("疾控中心新增资产多少", "32"),
    ("妇幼新增资产多少", "77"),
    ("执法大队新增资产合计", "17.6"),
])
def test_a_units_rows_added_up(liuchuan: Engine, question: str, total: str) -> None:
    answer = _asked(liuchuan, question)
    assert f"= {total}万元" in answer.text, answer.text


def test_a_units_rows_listed(liuchuan: Engine) -> None:
    answer = _asked(liuchuan, "石湖镇卫生院要配哪些东西")
    for name in ("空调", "数字化X射线摄影系统", "负压救护车"):
        assert name in answer.text, answer.text
    assert "台式电脑" not in answer.text


@pytest.mark.parametrize(("question", "unit", "figure"), [
    ("柳川哪个单位新增资产最多", "石湖镇卫生院", "96"),  # 2 + 52 + 42
    ("柳川哪个单位配置金额最少", "卫生健康局本级", "14"),
])
def test_units_ranked_by_their_rows_added_up(liuchuan: Engine, question: str, unit: str, figure: str) -> None:
    answer = _asked(liuchuan, question)
    assert unit in answer.text and figure in answer.text, answer.text


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("柳川专用设备合计", "140", "台式电脑"),  # 65 + 12 + 52 + 11
    ("柳川车辆类占比多少", "26.6", "台式电脑"),  # (42 + 16 + 5) / 236.6
])
def test_a_class_as_a_filter(liuchuan: Engine, question: str, said: str, not_said: str) -> None:
    answer = _asked(liuchuan, question)
    assert said in answer.text and not_said not in answer.text, answer.text


@pytest.mark.parametrize(("question", "names"), [
    ("柳川资产里租用的有哪些", ("复印机", "公务用车")),
    ("资金来源写其他的有哪些资产", ("胎儿监护仪", "负压救护车")),
])
def test_a_value_of_a_column_of_kinds_lists_the_items(liuchuan: Engine, question: str, names: tuple[str, ...]) -> None:
    answer = _asked(liuchuan, question)
    for name in names:
        assert name in answer.text, answer.text
    assert "1. 柳川县" not in answer.text, answer.text  # the items by their own names, never their units'


# unit -> rows (asset, class, measure, count, price in 元, how, source)
_BY_UNIT = [
    ("青峰区第一中学", [("交互式智能平板", "通用设备", "台", 30, 12000, "购置", _CZ),
                  ("学生课桌椅", "家具", "套", 200, 450, "购置", _CZ),
                  ("校车", "车辆", "辆", 1, 360000, "租用", _QT)]),
    ("青峰区实验小学", [("交互式智能平板", "通用设备", "台", 18, 12000, "购置", _CZ),
                  ("录播系统", "专用设备", "套", 1, 150000, "购置", _CZ)]),
    ("青峰区教师发展中心", [("笔记本电脑", "通用设备", "台", 6, 7000, "购置", _CZ),
                    ("在线研修平台软件", "无形资产", "套", 1, 80000, "购置", _QT)]),
]


def _unit_merged(path) -> None:
    """青峰区教育局 2026: the unit merged over its rows in column A, 资产类别 a column of kinds, no 序号, no 合计."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资产配置"
    ws["A1"] = "青峰区教育局2026年新增资产配置预算表"
    ws.merge_cells("A1:I1")
    for c, head in enumerate(("单位名称", "资产名称", "资产类别", "计量单位", "数量", "单价（元）", "金额（万元）", "配置方式",
                              "资金来源"), 1):
        ws.cell(2, c, head)
    r = 3
    for unit, rows in _BY_UNIT:
        ws.cell(r, 1, unit)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + len(rows) - 1, end_column=1)
        for name, kind, measure, count, price, how, source in rows:
            for c, v in enumerate((name, kind, measure, count, price, _amount(count, price), how, source), 2):
                ws.cell(r, c, v)
            r += 1
    wb.save(path)


@pytest.fixture(scope="module")
def qingfeng(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("asset32b")
    _unit_merged(folder / "qingfeng_jyj_2026_new_assets.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qingfeng_jyj_2026_new_assets.xlsx"])


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("一中新增资产一共多少", "= 81万元", "57.6"),  # 36 + 9 + 36
    ("实验小学要配哪些东西", "录播系统", "校车"),
    ("哪个单位新增资产最多", "第一中学", "录播"),
    ("一中智能平板买几台", "30台", "18台"),
    ("学生课桌椅几套", "200套", "450"),
    ("租用的有哪些", "校车", "1. 青峰区"),
    ("无形资产有什么", "在线研修平台软件", "校车"),
])
def test_a_table_of_units_merged_over_their_rows(qingfeng: Engine, question: str, said: str, not_said: str) -> None:
    answer = _asked(qingfeng, question)
    assert said in answer.text and not_said not in answer.text, answer.text


def test_a_unit_said_whose_rows_lack_the_item(liuchuan: Engine) -> None:
    answer = converse(liuchuan, "卫生健康局本级的空调预算")
    assert answer.status != ANSWERED and "2万元" not in answer.text, answer.text  # 石湖's 空调 (2万元) is not 本级's


def test_another_unit_after_a_units_rows_added_up(liuchuan: Engine) -> None:
    answer = _asked(liuchuan, "疾控中心新增资产多少", "妇幼呢")
    assert "= 77万元" in answer.text and "32" not in answer.text, answer.text


def test_the_second_dearest_after_the_dearest(liuchuan: Engine) -> None:
    answer = _asked(liuchuan, "柳川新增资产最贵的是啥", "第二贵的呢")
    assert "数字化X射线摄影系统" in answer.text and "52" in answer.text, answer.text


@pytest.mark.parametrize(("question", "said"), [("存储服务器买来干嘛", "疫苗追溯系统扩容"), ("生物安全柜在哪用", "实验室使用")])
def test_what_an_asset_is_for_is_its_remark(liuchuan: Engine, question: str, said: str) -> None:
    answer = _asked(liuchuan, question)
    assert said in answer.text, answer.text


@pytest.mark.parametrize(("question", "total"), [
    ("石湖和妇幼两家单位合计", "173"),  # 96 + 77
    ("疾控中心和执法大队加起来多少", "49.6"),  # 32 + 17.6
])
def test_two_units_rows_added_up(liuchuan: Engine, question: str, total: str) -> None:
    answer = _asked(liuchuan, question)
    assert f"= {total}万元" in answer.text, answer.text


def test_the_units_holding_rows_of_one_name_said_by_their_number(liuchuan: Engine) -> None:
    answer = _asked(liuchuan, "两家单位台式电脑总金额")  # 本级 6 + 疾控 12
    assert "18" in answer.text, answer.text
    answer = converse(liuchuan, "三家单位台式电脑总金额")  # only two units have one
    assert answer.status != ANSWERED or "18" not in answer.text, answer.text


@pytest.mark.parametrize(("part", "total"), [("其中财政拨款多少", "65"), ("其中专用设备多少", "77")])
def test_a_part_of_a_units_rows_just_added_up(liuchuan: Engine, part: str, total: str) -> None:
    answer = _asked(liuchuan, "妇幼保健院新增资产合计", part)  # 彩超 65 财政拨款 + 胎儿监护仪 12 其他
    assert f"= {total}万元" in answer.text, answer.text
