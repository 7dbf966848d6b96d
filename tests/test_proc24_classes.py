"""A procurement budget whose rows are the items (采购品目) of projects (项目名称 merged over its items' rows),
each item with 数量 in its 计量单位, 单价 and 预算金额, the project's 采购方式 and 备注 merged over its rows, and
a 合计. Each class on a table generated here (a fictional bureau, names and figures of its own):
- a project's words printed once (采购方式, 备注) are every item's: the projects of a way listed, counted,
  added up and set against the 合计 (询价的项目有哪些, 公开招标的加起来多少, 单一来源占多少);
- a project's total is its items' sum (X项目一共多少钱, 总预算), the projects ranked by it (倒数第二, 前三);
- an item's count in its unit (买多少台, 几辆), its price (多少钱一台, 单价呢), an item not in the table unknown;
- "X前三是哪几项" of any table of lines: the three largest (哪几项 asks the list, no count), "第三个" the third."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine

# (project, way, note, [(item, count, unit, price in 元)])
_PROJECTS = [
    ("乡镇卫生院消毒设备更新项目", "公开招标", "面向中小企业预留",
     [("紫外线消毒车", 8, "台", 12500), ("空气消毒机", 60, "台", 3200), ("安装调试服务", 1, "项", 24000)]),
    ("村卫生室诊疗设备配置", "询价", "用于24个村卫生室", [("电子血压计", 240, "个", 450), ("诊疗床", 120, "张", 1800)]),
    ("健康档案系统运维", "单一来源", "原系统承建商，数据迁移需要", [("系统运维服务", 1, "项", 260000)]),
    ("急救站救护车购置", "公开招标", None, [("负压救护车", 2, "辆", 420000), ("车载监护仪", 2, "台", 56000)]),
    ("院区保洁服务", "竞争性磋商", None, [("保洁服务", 18, "人·年", 42000)]),
    ("健康宣传资料印制", "询价", None, [("健康宣传手册", 30000, "册", 3), ("宣传海报", 5000, "张", 6)]),
    ("疾控实验室耗材补充", "竞争性磋商", None, [("检测试剂", 1, "批", 180000), ("移液器", 20, "支", 2600)]),
]


def _write(path: Path) -> None:
    """The plan as published: title, unit line, header, each project's number, name, way and note merged over
    its items' rows, a 合计 and a note."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "政府采购预算明细表"
    ws["A1"] = "青岚县卫生健康局2026年政府采购预算明细表"
    ws.merge_cells("A1:I1")
    ws["A2"] = "编制单位：青岚县卫生健康局"
    ws["I2"] = "单位：元、万元"
    for c, h in enumerate(["序号", "项目名称", "采购品目", "数量", "计量单位", "单价（元）", "预算金额（万元）", "采购方式", "备注"], 1):
        ws.cell(3, c, h)
    r, total = 4, 0.0
    for n, (project, way, note, items) in enumerate(_PROJECTS, 1):
        first = r
        for item, count, unit, price in items:
            amount = round(count * price / 10000, 2)
            total += amount
            for c, v in enumerate([item, count, unit, price, amount], 3):
                ws.cell(r, c, v)
            r += 1
        for c, v in ((1, n), (2, project), (8, way), (9, note)):
            if v is not None:
                ws.cell(first, c, v)
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 7, round(total, 2))
    ws.cell(r + 1, 1, "注：预算金额=数量×单价÷10000。")
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("proc24")
    _write(folder / "qinglan_wjj_2026_procurement.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qinglan_wjj_2026_procurement.xlsx"])


def test_projects_of_a_way_listed_counted_added_and_shared(engine: Engine) -> None:
    """The way is printed once, merged over the project's items: every item's, and the project's."""
    a = _ask(engine, "询价采购的项目有哪些")
    assert a.status == "answered" and "村卫生室诊疗设备配置" in a.text and "健康宣传资料印制" in a.text
    assert "院区保洁" not in a.text and "救护车" not in a.text
    a = _ask(engine, "哪个项目是单一来源")
    assert a.status == "answered" and "健康档案系统运维" in a.text and "保洁" not in a.text
    a = _ask(engine, "公开招标的项目有几个")
    assert a.status == "answered" and "共 2 项" in a.text
    a = _ask(engine, "公开招标的金额加起来多少")  # 31.6 + 95.2, not the first items' 10 + 84
    assert a.status == "answered" and "126.8" in a.text and "94" not in a.text
    a = _ask(engine, "竞争性磋商占采购总预算的比例")  # (75.6 + 23.2) / 296
    assert a.status == "answered" and "33.38" in a.text
    a = _ask(engine, "青岚卫健局采购合计", "其中单一来源占多少")  # 26 / 296
    assert a.status == "answered" and "8.78" in a.text


def test_project_total_is_its_items_added(engine: Engine) -> None:
    a = _ask(engine, "消毒设备那个项目一共多少钱")  # 10 + 19.2 + 2.4
    assert a.status == "answered" and "31.6" in a.text
    a = _ask(engine, "救护车项目总预算")
    assert a.status == "answered" and "95.2" in a.text and "84万" not in a.text
    a = _ask(engine, "宣傳資料印製項目預算多少")  # traditional characters
    assert a.status == "answered" and "12万元" in a.text
    a = _ask(engine, "急救站救护车购置项目里车载监护仪多少钱")  # an item of the project named: the item
    assert a.status == "answered" and "11.2" in a.text and "95.2" not in a.text
    a = _ask(engine, "询价的项目有哪些", "第二个项目一共多少钱")
    assert a.status == "answered" and "健康宣传资料印制" in a.text and "12万元" in a.text


def test_projects_ranked_by_their_totals(engine: Engine) -> None:
    a = _ask(engine, "采购项目预算倒数第二的是哪个")  # 95.2 75.6 32.4 31.6 26 23.2 12
    assert a.status == "answered" and "疾控实验室耗材补充" in a.text and "23.2" in a.text
    a = _ask(engine, "采购预算前三大的项目")
    assert a.status == "answered" and "急救站救护车购置" in a.text and "院区保洁服务" in a.text
    assert "村卫生室诊疗设备配置" in a.text and "消毒设备" not in a.text
    a = _ask(engine, "预算金额最多的品目")  # the items, not the projects
    assert a.status == "answered" and "负压救护车" in a.text and "84" in a.text


def test_item_share_of_the_total(engine: Engine) -> None:
    a = _ask(engine, "保洁服务占采购预算百分之多少")  # 75.6 / 296
    assert a.status == "answered" and "25.54" in a.text
    a = _ask(engine, "移液器预算多少", "占总采购预算多少")  # 5.2 / 296
    assert a.status == "answered" and "1.76" in a.text


def test_an_items_count_in_its_unit_and_its_price(engine: Engine) -> None:
    a = _ask(engine, "宣传资料印多少册")  # 宣传 of two items: the one counted in 册
    assert a.status == "answered" and "30000" in a.text and "5000" not in a.text
    a = _ask(engine, "血压计买多少个")  # 个 its own unit: its count, not a count of rows
    assert a.status == "answered" and "240" in a.text
    a = _ask(engine, "负压救护车买几辆")  # the count alone, not its 单价 beside it
    assert a.status == "answered" and "2辆" in a.text and "420000" not in a.text
    a = _ask(engine, "空气消毒机多少钱一台")
    assert a.status == "answered" and "3200" in a.text
    a = _ask(engine, "负压救护车买几辆", "单价呢")
    assert a.status == "answered" and "420000" in a.text
    a = _ask(engine, "紫外线消毒车买几台", "换成空气消毒机呢")
    assert a.status == "answered" and "60" in a.text


def test_a_thing_not_in_the_table_counted_in_another_unit_is_unknown(engine: Engine) -> None:
    a = _ask(engine, "血压仪买几台")  # only 电子血压计, counted in 个, holds 血压
    assert a.status == "unknown" and "450" not in a.text and "10.8" not in a.text


def test_a_project_named_bare_then_its_item(engine: Engine) -> None:
    a = _ask(engine, "急救站救护车购置")
    assert a.status == "answered" and "95.2" in a.text
    a = _ask(engine, "急救站救护车购置", "里面车载监护仪多少钱")
    assert a.status == "answered" and "11.2" in a.text
    a = _ask(engine, "村卫生室诊疗设备配置", "备注写的啥")  # the project's note, merged over its items
    assert a.status == "answered" and "24个村卫生室" in a.text


def test_the_projects_just_listed_added(engine: Engine) -> None:
    a = _ask(engine, "竞争性磋商的项目有哪些", "这些加起来多少")  # 75.6 + 23.2
    assert a.status == "answered" and "98.8" in a.text


def test_the_top_three_asked_with_which_are_they(tmp_path: Path) -> None:
    """A budget's lines: "支出前三是哪几项" ranks them and shows three, so "第三个多少" is the third largest."""
    path = tmp_path / "qinglan_slj_2026_expenditure.xlsx"
    rows = [("一般公共服务支出", 120), ("农林水支出", 860), ("社会保障和就业支出", 95), ("住房保障支出", 64),
            ("卫生健康支出", 38), ("节能环保支出", 210)]
    simple_table(path, "支出预算表", "青岚县水利局2026年部门支出预算表", "B2", "单位：万元", ["科目名称", "支出预算数"], rows)
    engine = engine_over(tmp_path / "kb.sqlite", [path])
    a = _ask(engine, "青岚水利局支出前三是哪几项")
    assert a.status == "answered" and "农林水支出" in a.text and "节能环保支出" in a.text and "一般公共服务支出" in a.text
    assert "住房保障" not in a.text and "卫生健康" not in a.text
    a = _ask(engine, "青岚水利局支出前三是哪几项", "第三个多少")
    assert a.status == "answered" and "120" in a.text and "95" not in a.text


def test_two_items_pointed_at_are_added_never_one_price(engine: Engine) -> None:
    a = _ask(engine, "负压救护车多少钱", "车载监护仪呢", "这两个一共多少钱")  # 84 + 11.2; 一共 is no "一台"
    assert a.status == "answered" and "95.2" in a.text and "56000" not in a.text
    a = _ask(engine, "负压救护车多少钱", "车载监护仪呢", "一共多少钱")
    assert "56000" not in a.text  # (一共多少钱 asks no price of one)
