"""A 政府采购意向公开表: a title, a preface sentence ("现将…公开如下：") with a 公开日期 cell beside it, the header
序号 / 采购单位 / 采购项目名称 / 采购需求概况 (long sentences) / 预算金额 / 预计采购时间 / 是否专门面向中小企业 / 备注,
the unit that buys printed on each of its rows, the same item name at several units, a 合计 and a note. Each class
on tables generated here (fictional bureaus, names and figures of their own):
- the preface is no row of the table: the rows are named by 采购项目名称, the sentences are their values;
- the rows of a unit said (whole, without the place, by 本级, by most of its name): counted, listed, added up
  with the arithmetic, set against the table's whole, ranked; the units compared by how many rows they hold;
- a row of a unit named by a part of its name another unit's row shares (一中 多媒体): that unit's row; a column
  the row leaves blank is said to be blank, never another row's cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import Engine

_PLACE = "岚山市青木区"
# (unit without the place, item, needs, amount in 万元, month, for small firms, note)
_ROWS = [
    ("教育体育局", "2026年度教师培训服务", "委托培训机构开展全区中小学教师全员培训，形成培训评估报告。", 32, 4, "是", None),
    ("教育体育局", "教育城域网运维服务", "对区教育城域网及数据中心提供一年期运行维护和等级保护测评。", 54.5, 6, "是", None),
    ("教育体育局", "学生资助宣传品印制", "印制学生资助政策宣传册、海报约5万份。", 7.2, 3, "是", "分两批交付"),
    ("第一中学", "多媒体教室设备采购", "采购交互式智能平板48台，含安装调试及三年保修。", 216, 7, "否", "使用地方政府专项债券"),
    ("第一中学", "理化生实验室改造", "改造物理、化学、生物实验室各2间，配置实验台及通风设备。", 158, 8, "否", None),
    ("第一中学", "校园物业管理服务", "提供校园保洁、秩序维护及绿化养护服务，服务期一年。", 96.8, 3, "是", None),
    ("第二中学", "多媒体教室设备采购", "采购交互式智能平板30台，含安装调试。", 135, 9, "否", None),
    ("第二中学", "食堂食材配送服务", "为学校食堂提供米面油、蔬菜、肉类等食材配送，服务期一年。", 61, 5, "是", None),
    ("实验小学", "课桌椅更新采购", "采购单人课桌椅1200套。", 42.6, 7, "是", None),
    ("实验小学", "校园安防监控升级", "更新校园监控摄像头96路及存储平台。", 38.4, 10, "是", "纳入平安校园建设"),
    ("南湖镇中心学校", "校车租赁服务", "租赁校车4辆接送偏远村学生，服务期一学年。", 24, 8, "是", None),
    ("南湖镇中心学校", "学生饮用水设备采购", "采购直饮水设备16台。", 9.6, 6, "是", None),
]


def _write(path: Path, preface: bool = True, total: bool = True) -> None:
    """The table as published: title, preface and 公开日期 (when asked for), header, rows, 合计 (when asked
    for) and a note."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "采购意向"
    ws["A1"] = f"{_PLACE}教育体育局（部门）2026年政府采购意向公开表"
    ws.merge_cells("A1:H1")
    r = 2
    if preface:
        ws["A2"] = "为便于供应商及时了解政府采购信息，根据有关规定，现将2026年采购意向公开如下："
        ws.merge_cells("A2:F2")
        ws["H2"] = "公开日期：2026年3月6日"
        r = 3
    for c, h in enumerate(["序号", "采购单位", "采购项目名称", "采购需求概况", "预算金额（万元）", "预计采购时间",
                           "是否专门面向中小企业", "备注"], 1):
        ws.cell(r, c, h)
    for n, (unit, item, needs, amount, month, small, note) in enumerate(_ROWS, 1):
        r += 1
        for c, v in enumerate([n, f"{_PLACE}{unit}", item, needs, amount, f"2026年{month}月", small, note], 1):
            if v is not None:
                ws.cell(r, c, v)
    if total:
        r += 1
        ws.cell(r, 1, "合计")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        ws.cell(r, 5, round(sum(x[3] for x in _ROWS), 2))
    ws.cell(r + 1, 1, "注：本次公开的采购意向是初步安排，具体以采购公告为准。")
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("pi31")
    _write(folder / "qingmu_jyj_2026_intentions.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qingmu_jyj_2026_intentions.xlsx"])


@pytest.fixture(scope="module")
def bare(tmp_path_factory) -> Engine:
    """The same table with no preface and no 合计 row."""
    folder = tmp_path_factory.mktemp("pi31bare")
    _write(folder / "qingmu_jyj_2026_intentions.xlsx", preface=False, total=False)
    return engine_over(folder / "kb.sqlite", [folder / "qingmu_jyj_2026_intentions.xlsx"])


def test_preface_is_no_row_and_rows_are_named_by_their_item(engine: Engine) -> None:
    a = _ask(engine, "理化生实验室改造多少钱")
    assert a.status == "answered" and "158" in a.text and "现将" not in a.text
    a = _ask(engine, "学生资助宣传品印制的采购需求概况")
    assert a.status == "answered" and "宣传册" in a.text


def test_a_units_rows_counted_listed_added(engine: Engine) -> None:
    a = _ask(engine, "第一中学有几个采购项目")
    assert a.status == "answered" and "3 项" in a.text and "多媒体教室设备采购" in a.text
    assert "食堂" not in a.text
    a = _ask(engine, "一中采购预算合计")
    assert a.status == "answered" and "216 + 理化生实验室改造 158" in a.text and "= 470.8" in a.text
    a = _ask(engine, "实验小学要采购哪些东西")
    assert a.status == "answered" and "课桌椅更新采购" in a.text and "校园安防监控升级" in a.text
    assert "多媒体" not in a.text
    a = _ask(engine, "南湖镇学校采购")  # most of the unit's name (南湖镇中心学校)
    assert a.status == "answered" and "校车租赁服务" in a.text and "学生饮用水设备采购" in a.text


def test_the_departments_own_rows_by_benji(engine: Engine) -> None:
    a = _ask(engine, "教体局本级采购意向有几项 多少钱")
    assert a.status == "answered" and "3 项" in a.text and "93.7" in a.text


def test_a_units_share_of_the_whole(engine: Engine) -> None:
    a = _ask(engine, "第二中学采购额占全部采购意向的比例")
    # (135 + 61) / 875.1
    assert a.status == "answered" and "196" in a.text and "875.1" in a.text and "22.4" in a.text


def test_units_compared_by_how_many_rows_they_hold(engine: Engine) -> None:
    a = _ask(engine, "哪个单位采购项目最多")
    assert a.status == "answered" and "第一中学" in a.text and "3 项" in a.text
    assert "216" not in a.text.split("：")[0]


def test_a_units_row_named_by_a_name_other_units_share(engine: Engine) -> None:
    a = _ask(engine, "二中多媒体教室多少钱")
    assert a.status == "answered" and "135" in a.text and "216" not in a.text
    a = _ask(engine, "第一中学多媒体教室什么时候采购")
    assert a.status == "answered" and "2026年7月" in a.text and "9月" not in a.text


def test_a_blank_cell_of_the_row_asked_is_said_blank(engine: Engine) -> None:
    a = _ask(engine, "第二中学多媒体教室设备采购备注")
    assert "专项债券" not in a.text and "为空" in a.text


def test_the_same_without_preface_or_total(bare: Engine) -> None:
    a = _ask(bare, "第一中学有几个采购项目")
    assert a.status == "answered" and "3 项" in a.text
    a = _ask(bare, "实验小学采购额占全部采购意向的比例")
    # (42.6 + 38.4) / 875.1, the whole the rows added up (no 合计 printed)
    assert a.status == "answered" and "81" in a.text and "875.1" in a.text and "9.26" in a.text


def test_the_rows_just_listed_added_up_ranked_and_shared(engine: Engine) -> None:
    a = _ask(engine, "第二中学采购", "合计多少")
    assert a.status == "answered" and "= 196" in a.text and "875.1" not in a.text
    a = _ask(engine, "南湖镇中心学校采购", "两项合计")
    assert a.status == "answered" and "= 33.6" in a.text
    a = _ask(engine, "2026年7月采购哪些", "加起来多少")
    assert a.status == "answered" and "= 258.6" in a.text
    a = _ask(engine, "实验小学采购项目", "最大的那个多少")
    assert a.status == "answered" and "课桌椅更新采购" in a.text and "42.6" in a.text and "216" not in a.text
    a = _ask(engine, "第一中学采购", "占总额多少")
    assert a.status == "answered" and "470.8 ÷ 875.1" in a.text


def test_rows_a_yes_no_column_marks_added_counted_shared(engine: Engine) -> None:
    a = _ask(engine, "专门面向中小企业的预算加起来多少")
    # every row marked 是: 875.1 - (216 + 158 + 135)
    assert a.status == "answered" and "= 366.1" in a.text
    a = _ask(engine, "不专门面向中小企业的项目有几个")
    assert a.status == "answered" and "共 3 项" in a.text and "理化生实验室改造" in a.text
    a = _ask(engine, "不面向中小企业的占总额多少")
    assert a.status == "answered" and "509 ÷ 875.1" in a.text


def test_the_date_above_the_table_and_the_rows_counted(engine: Engine) -> None:
    a = _ask(engine, "这批采购意向什么时候公开的")
    assert a.status == "answered" and "2026年3月6日" in a.text
    a = _ask(engine, "采购意向一共几条")
    assert a.status == "answered" and "共 12 项" in a.text
    a = _ask(engine, "第一中学一共几项")
    assert a.status == "answered" and "3 项" in a.text and "合计" not in a.text


def test_rows_by_their_time_column(engine: Engine) -> None:
    a = _ask(engine, "最晚采购的是哪个项目")
    assert a.status == "answered" and "校园安防监控升级" in a.text and "10月" in a.text
    a = _ask(engine, "采购意向最早的几个是哪几个")
    assert a.status == "answered" and "学生资助宣传品印制" in a.text and "校园物业管理服务" in a.text
    assert "教育城域网" not in a.text


def test_a_rows_amount_by_part_of_its_header_and_its_columns_on(engine: Engine) -> None:
    a = _ask(engine, "理化生实验室预算")
    assert a.status == "answered" and "158" in a.text
    a = _ask(engine, "理化生实验室预算", "什么时候采购")
    assert a.status == "answered" and "2026年8月" in a.text
    a = _ask(engine, "理化生实验室预算", "面向中小企业吗")
    assert a.status == "answered" and "否" in a.text and "共" not in a.text


def test_where_the_money_comes_from_said_by_the_remark(engine: Engine) -> None:
    a = _ask(engine, "一中多媒体教室的钱从哪来")
    assert a.status == "answered" and "专项债券" in a.text
    a = _ask(engine, "二中多媒体教室的钱从哪来")
    assert a.status != "answered" or "专项债券" not in a.text


def test_a_unit_named_as_a_loaded_department(tmp_path: Path) -> None:
    """A unit of the table whose name is a loaded department's too: its rows, not the department's table."""
    import openpyxl

    _write(tmp_path / "qingmu_jyj_2026_intentions.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = f"{_PLACE}第一中学2026年部门预算收支总表"
    ws["A2"] = "单位：万元"
    ws.append(["项目", "预算数"])
    ws.append(["一般公共预算拨款收入", 3200])
    ws.append(["收入合计", 3200])
    wb.save(tmp_path / "qingmu_yz_2026_budget.xlsx")
    e = engine_over(tmp_path / "kb.sqlite", [tmp_path / "qingmu_jyj_2026_intentions.xlsx", tmp_path / "qingmu_yz_2026_budget.xlsx"])
    a = _ask(e, f"{_PLACE}第一中学有几个采购项目")
    assert a.status == "answered" and "3 项" in a.text


def test_the_tables_own_department_named_is_the_whole_table(engine: Engine) -> None:
    a = _ask(engine, "青木教体局采购意向总预算多少")
    assert a.status == "answered" and "875.1" in a.text and "93.7" not in a.text
