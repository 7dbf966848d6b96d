"""Tables whose rows are records with figures and words (a 设备购置计划, a 培训项目计划): each row one thing
bought or done, with its 方式, 数量 in a unit, 单价, 预算金额, 供应商 / 承办单位, 地点, 月份 and 备注, grouped
under headings (一、医疗设备类) closed by 小计 rows and a 合计. Each class on tables generated here (names and
figures of their own):
- a row's word cell asked in everyday words (什么时候交付, 谁来承办, 在哪里, 用在哪, 资金来源): its column, else
  its 备注 when that says it; a column the table lacks, or a blank cell, stays unanswered, never another row's;
- two figures of one row in one question (买几台 单价多少, 多少人 单价多少);
- the rows a word cell selects (哪些走公开招标), the rows of a month (3月要交付哪些);
- a group's 小计 (办公设备类一共多少钱), its share of the 合计, a row's share of its group (a follow-up), the
  group's rows listed and a place of that list asked;
- the dearest row (最贵) over the rows' own amounts, never their 单价 or 数量;
- groups with no heading rows, each closed by a 小计 named by it (设备类小计): counted, ranked, totalled;
  months printed bare (8月)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine


def _write(path: Path, sheet: str, title: str, header: list[str], groups: list[tuple[str, list[tuple], tuple]],
           total: tuple) -> None:
    """A plan as published: title, unit line (元), header, then per group its heading row, its rows and its 小计,
    and the 合计 row; figures of the 小计/合计 in the columns given by position."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = title
    ws.cell(2, len(header) - 1, "单位：元")
    for c, h in enumerate(header, 1):
        ws.cell(3, c, h)
    r = 4
    for heading, rows, sub in groups:
        ws.cell(r, 1, heading)
        r += 1
        for row in rows:
            for c, v in enumerate(row, 1):
                if v is not None:
                    ws.cell(r, c, v)
            r += 1
        for c, v in enumerate(sub, 1):
            if v is not None:
                ws.cell(r, c, v)
        r += 1
    for c, v in enumerate(total, 1):
        if v is not None:
            ws.cell(r, c, v)
    wb.save(path)


def _equipment(path: Path) -> None:
    """青岚县卫生健康局's 设备购置计划 (元): 供应商 and 交付月份 columns, 备注 naming the health centres."""
    header = ["序号", "设备名称", "购置方式", "数量", "计量单位", "单价", "预算金额", "其中：财政拨款", "其中：自有资金",
              "交付月份", "供应商", "备注"]
    medical = [(1, "数字化X光机", "公开招标", 2, "台", 650000, 1300000, 1300000, None, "2026年3月", "华康医疗器械公司", None),
               (2, "全自动生化分析仪", "竞争性谈判", 3, "台", 280000, 840000, 600000, 240000, "2026年5月", "瑞达医疗设备公司",
                "自有资金为医院业务收入"),
               (3, "心电监护仪", "询价", 40, "套", 12000, 480000, 480000, None, "2026年3月", "康源科技公司",
                "青岚镇卫生院、白石乡卫生院"),
               (4, "救护车", "公开招标", 2, "辆", 380000, 760000, 760000, None, "2026年6月", "华康医疗器械公司", None)]
    office = [(5, "办公台式电脑", "询价", 60, "台", 5200, 312000, 312000, None, "2026年4月", "青岚数码公司", None),
              (6, "多功能复印机", "询价", 8, "台", 16000, 128000, 128000, None, "2026年4月", "青岚数码公司", None),
              (7, "档案密集柜", "竞争性磋商", 1, "批", None, 96000, 96000, None, "2026年7月", "宏顺家具公司", "档案室改造配套")]
    sub = (None, "小计", None, None, None, None)
    _write(path, "设备购置", "青岚县卫生健康局2026年设备购置计划表", header,
           [("一、医疗设备类", medical, (*sub, 3380000, 3140000, 240000)),
            ("二、办公设备类", office, (*sub, 536000, 536000, None))],
           ("合计", None, None, None, None, None, 3916000, 3676000, 240000))


def _training(path: Path) -> None:
    """青岚县人力资源和社会保障局's 培训项目计划 (元): 承办单位 and 培训地点 columns; one row's 承办 is in its 备注."""
    header = ["序号", "培训项目名称", "培训方式", "数量", "计量单位", "单价", "预算金额", "承办单位", "培训地点", "计划时间", "备注"]
    skills = [(1, "电工技能提升培训", "集中授课", 300, "人", 1500, 450000, "县职业技术学校", "县职业技术学校实训楼", "2026年4月", None),
              (2, "家政服务员培训", "线上线下结合", 500, "人", 800, 400000, "青岚家政协会", "县就业服务中心", "2026年5月", None),
              (3, "农村电商培训", "集中授课", 200, "人", 1200, 240000, "县电商产业园", "县电商产业园", "2026年9月", None)]
    managing = [(4, "基层人社干部轮训", "集中授课", 4, "期", 45000, 180000, "市人社干部学校", "市人社干部学校", "2026年6月", None),
                (5, "创业导师研修", "外出考察", 1, "项", None, 120000, None, "省创业学院", "2026年10月", "省就业局承办")]
    sub = (None, "小计", None, None, None, None)
    _write(path, "培训计划", "青岚县人力资源和社会保障局2026年职业技能培训项目计划表", header,
           [("一、技能类", skills, (*sub, 1090000)), ("二、管理类", managing, (*sub, 300000))],
           ("合计", None, None, None, None, None, 1390000))


def _media(path: Path) -> None:
    """青岚县融媒体中心's 采购计划 (万元) with no heading rows: each group closed by a 小计 named by it (设备类小计),
    months printed bare (3月)."""
    rows = [("高清摄像机", "询价", 6, "台", 48, "3月", None),
            ("非线性编辑系统", "竞争性磋商", 2, "套", 36, "5月", None),
            ("演播室灯光改造", "公开招标", 1, "项", 65, "8月", "演播室二楼"),
            ("设备类小计", None, None, None, 149, None, None),
            ("新媒体运营服务", "公开招标", 1, "项", 120, "1月", "鹭城传媒公司承接"),
            ("网络安全等级保护测评", "单一来源", 1, "项", 18, "6月", None),
            ("服务类小计", None, None, None, 138, None, None),
            ("合计", None, None, None, 287, None, None)]
    simple_table(path, "采购计划", "青岚县融媒体中心2026年政府采购计划表", "F2", "单位：万元",
                 ["采购项目", "采购方式", "数量", "计量单位", "预算金额", "采购时间", "备注"], rows)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("proc16_tables")
    _equipment(d / "shebei_goumai.xlsx")
    _training(d / "peixun_jihua.xlsx")
    _media(d / "rongmeiti_caigou.xlsx")
    return engine_over(tmp_path_factory.mktemp("proc16_db") / "kb.sqlite", [d])


@pytest.mark.parametrize("question, want, never", [
    ("救护车什么时候交付", "2026年6月", "2026年3月"),
    ("生化分析仪预计几月份交付", "2026年5月", "2026年3月"),
    ("电工技能提升培训谁来承办", "县职业技术学校", "青岚家政协会"),
    ("创业导师研修谁来承办", "省就业局", "市人社干部学校"),  # its 承办单位 blank: its 备注 says it
    ("家政服务员培训在哪里培训", "县就业服务中心", "县电商产业园"),
    ("心电监护仪用在哪", "白石乡卫生院", "档案室"),
    ("全自动生化分析仪资金来源是什么", "医院业务收入", "1300000"),
])
def test_a_row_word_cell_asked_in_everyday_words(engine, question, want, never):
    a = _ask(engine, question)
    assert a.status == "answered", a.text
    assert want in a.text and never not in a.text, a.text


@pytest.mark.parametrize("question, wants, never", [
    ("X光机买几台 单价多少", ("2台", "650000"), "280000"),
    ("救护车预算多少 几辆车", ("760000", "2辆"), "380000元；"),
    ("家政服务员培训多少人 单价多少", ("500人", "800"), "1500"),
    ("生化分析仪多少钱 财政出多少", ("840000", "600000"), "1300000"),
])
def test_two_figures_of_one_row_in_one_question(engine, question, wants, never):
    a = _ask(engine, question)
    assert a.status == "answered", a.text
    assert all(w in a.text for w in wants) and never not in a.text, a.text


def test_a_column_or_a_cell_the_row_lacks_is_not_answered(engine):
    for question, never in (("档案密集柜单价多少", "96000"), ("救护车保修期几年", "380000"),
                            ("救护车几台", "2辆"),  # a count in a unit the row is not counted in
                            ("救护车验收时间", "2026年6月"),  # a time the table does not print (交付 is not 验收)
                            ("新媒体运营服务中标供应商是哪家", "鹭城")):  # no 供应商 column; 承接 is not 中标
        a = _ask(engine, question)
        assert a.status != "answered" or never not in a.text, (question, a.text)


def test_rows_a_word_cell_selects_are_the_rows(engine):
    a = _ask(engine, "青岚卫健局哪些设备走公开招标")
    assert a.status == "answered", a.text
    assert "数字化X光机" in a.text and "救护车" in a.text and "心电监护仪" not in a.text, a.text
    assert "供应商" not in a.text and "650000" not in a.text, a.text  # the rows, not every cell of them


def test_rows_of_a_month(engine):
    a = _ask(engine, "2026年3月要交付哪些设备")
    assert a.status == "answered", a.text
    assert "数字化X光机" in a.text and "心电监护仪" in a.text and "救护车" not in a.text, a.text
    b = _ask(engine, "青岚人社局6月份有几个培训")
    assert b.status == "answered" and "基层人社干部轮训" in b.text and "电工" not in b.text, b.text


def test_a_group_total_and_its_share_of_the_whole(engine):
    a = _ask(engine, "办公设备类一共多少钱")
    assert a.status == "answered" and "536000" in a.text and "3380000" not in a.text, a.text
    b = _ask(engine, "医疗设备类占购置总额多少")
    assert b.status == "answered" and "86.31" in b.text, b.text
    c = _ask(engine, "管理类培训小计多少")
    assert c.status == "answered" and "300000" in c.text and "1090000" not in c.text, c.text
    d = _ask(engine, "办公设备类里多功能复印机多少钱")  # a row of the group asked, not the group
    assert "536000" not in d.text, d.text


def test_a_row_share_of_its_group_and_a_group_against_another(engine):
    a = _ask(engine, "全自动生化分析仪多少钱", "占医疗设备类的比例")
    assert a.status == "answered" and "24.85" in a.text, a.text
    b = _ask(engine, "青岚卫健局办公设备类小计", "比医疗设备类少多少")
    assert b.status == "answered" and "2844000" in b.text, b.text


def test_a_group_listed_then_a_place_of_it(engine):
    a = _ask(engine, "青岚人社局培训有哪些技能类")
    assert a.status == "answered" and "家政服务员培训" in a.text and "创业导师研修" not in a.text, a.text
    b = _ask(engine, "青岚人社局培训有哪些技能类", "第二个预算多少")
    assert b.status == "answered" and "400000" in b.text and "450000" not in b.text, b.text


def test_the_dearest_row_is_by_its_amount(engine):
    a = _ask(engine, "青岚卫健局最贵的设备是哪个")
    assert a.status == "answered", a.text
    assert "数字化X光机" in a.text and "1300000" in a.text and "心电监护仪" not in a.text, a.text


def test_a_column_of_the_whole_table_named_by_its_title(engine):
    a = _ask(engine, "购置计划里自有资金一共多少")
    assert a.status == "answered" and "240000" in a.text, a.text


def test_groups_closed_by_a_named_subtotal(engine):
    a = _ask(engine, "融媒体中心服务类一共多少")
    assert a.status == "answered" and "138" in a.text and "149" not in a.text, a.text
    b = _ask(engine, "融媒体中心设备类有几项")
    assert b.status == "answered" and "3 项" in b.text and "新媒体" not in b.text, b.text
    c = _ask(engine, "融媒体中心设备类最贵的是哪个")
    assert c.status == "answered" and "演播室灯光改造" in c.text and "65" in c.text and "新媒体" not in c.text, c.text
    d = _ask(engine, "医疗设备类一共多少钱")  # 设备类 of the other table is inside the group said
    assert d.status == "answered" and "3380000" in d.text, d.text


def test_bare_months_and_a_note_saying_who(engine):
    a = _ask(engine, "融媒体中心8月份采购哪些")
    assert a.status == "answered" and "演播室灯光改造" in a.text and "高清摄像机" not in a.text, a.text
    b = _ask(engine, "新媒体运营服务谁来承接")
    assert b.status == "answered" and "鹭城传媒公司" in b.text, b.text


def test_a_period_a_bare_share_and_the_sum_of_rows_a_word_selects(engine):
    a = _ask(engine, "青岚卫健局二季度交付哪些设备")
    assert a.status == "answered" and "全自动生化分析仪" in a.text and "救护车" in a.text, a.text
    assert "数字化X光机" not in a.text and "档案密集柜" not in a.text, a.text
    b = _ask(engine, "办公设备类占比多少")
    assert b.status == "answered" and "13.69" in b.text, b.text
    c = _ask(engine, "青岚卫健局公开招标的设备一共多少钱")
    assert c.status == "answered" and "2060000" in c.text and "650000" not in c.text, c.text  # 1300000 + 760000


# (after the round's review) A word beside a row's name or a month that no step explains changes what is
# asked: 负压救护车 is not the 救护车 row, 3月以前 not the March rows; never answered as if it were absent.
@pytest.mark.parametrize("question", ["负压救护车买几辆", "二手救护车单价多少", "3月以前要交付哪些", "上半年以外交付哪些"])
def test_a_word_not_understood_beside_a_row_or_a_month_is_not_dropped(engine, question):
    a = _ask(engine, question)
    assert a.status == "unknown", a.text


def test_the_row_said_plainly_is_still_answered(engine):
    a = _ask(engine, "卫生健康局救护车买几辆")
    assert a.status == "answered" and "2辆" in a.text, a.text
