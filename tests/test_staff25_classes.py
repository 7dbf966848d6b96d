"""A county's staffing table of its own (two-level header 编制数 行政/事业/工勤/合计 and 实有人数 在职/离休/退休,
units under merged 主管部门 cells each closed by its 小计, a 总计 row, the unit's kind in a column, a 备注 column):
a word two groups' unit names share is asked back and the reply names one by a word only its name holds.
"""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine

_HEAD = ["主管部门", "单位名称", "单位性质", "编制数", None, None, None, "实有人数", None, None, "备注"]
_SUB = [None, None, None, "行政编制", "事业编制", "工勤编制", "合计", "在职", "离休", "退休", None]
# group, unit, kind, 行政 事业 工勤 合计, 在职 离休 退休, 备注 (None: a blank cell)
_ROWS = [("青枫县水利局", "县水利局（本级）", "行政", 10, None, 2, 12, 11, None, 9, None),
         (None, "县水利技术服务站", "全额事业", None, 14, 1, 15, 15, None, 6, None),
         (None, "县水库管理所", "差额事业", None, 22, 3, 25, 19, 1, 28, "含水库巡查人员转岗2人"),
         (None, "小计", None, 10, 36, 6, 52, 45, 1, 43, None),
         ("青枫县文化广电旅游局", "县文化广电旅游局（本级）", "行政", 9, None, 1, 10, 10, None, 5, None),
         (None, "县图书馆", "全额事业", None, 12, None, 12, 13, None, 4, "含借调人员2人"),
         (None, "县文化市场综合行政执法大队", "参公事业", None, 18, None, 18, 16, None, 3, "参照公务员法管理"),
         (None, "小计", None, 9, 30, 1, 40, 39, None, 12, None),
         ("青枫县自然资源局", "县自然资源局（本级）", "行政", 16, None, 2, 18, 17, 1, 12, None),
         (None, "县自然资源技术服务站", "全额事业", None, 20, 1, 21, 14, None, 7, None),
         (None, "县自然资源综合行政执法大队", "参公事业", None, 24, None, 24, 22, None, 2, "参照公务员法管理"),
         (None, "小计", None, 16, 44, 3, 63, 53, 1, 21, None),
         ("总计", None, None, 35, 110, 10, 155, 137, 2, 76, None)]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    import openpyxl

    d = tmp_path_factory.mktemp("staff25")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "编制及实有人数"
    ws["A1"] = "青枫县2025年部门人员编制及实有人数情况表"
    ws["A2"] = "填报单位：中共青枫县委机构编制委员会办公室"
    ws["G2"] = "统计截止时间：2024年12月31日　单位：人"
    for r, line in enumerate((_HEAD, _SUB), 3):
        for c, v in enumerate(line, 1):
            if v is not None:
                ws.cell(r, c, v)
    for r, row in enumerate(_ROWS, 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    for rng in ("A1:K1", "A2:F2", "G2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:J3", "K3:K4",
                "A5:A8", "A9:A12", "A13:A16", "A17:C17"):
        ws.merge_cells(rng)
    wb.save(d / "qingfeng_staffing.xlsx")
    return engine_over(tmp_path_factory.mktemp("staff25_db") / "kb.sqlite", [d])


def test_a_word_two_units_names_share_is_asked_back(engine):
    answer = _ask(engine, "技术服务站在职多少")
    assert answer.status == "clarify" and "水利技术服务站" in answer.text and "自然资源技术服务站" in answer.text
    answer = _ask(engine, "执法大队编制多少个")  # 个 of 编制: its figure, no rows counted
    assert answer.status == "clarify" and "文化市场" in answer.text and "自然资源综合" in answer.text


def test_the_reply_names_one_by_a_word_of_its_name(engine):
    answer = _ask(engine, "技术服务站在职多少", "水利的那个")
    assert answer.status == "answered" and "15人" in answer.text and "14人" not in answer.text
    answer = _ask(engine, "执法大队编制多少", "自然资源的")
    assert answer.status == "answered" and "24人" in answer.text and "18人" not in answer.text
    answer = _ask(engine, "执法大队编制多少", "1")
    assert answer.status == "answered" and "18人" in answer.text and "24人" not in answer.text


def test_a_groups_system_is_its_subtotal(engine):
    answer = _ask(engine, "水利局系统编制多少")  # the group's 小计, not 县水利局（本级）'s 12
    assert answer.status == "answered" and "52人" in answer.text and "12人" not in answer.text
    answer = _ask(engine, "麻烦看下自然资源局系统在职合计")  # 在职 of the group, never the 编制数合计 column
    assert answer.status == "answered" and "53人" in answer.text and "63人" not in answer.text
    answer = _ask(engine, "青枫县自然资源局系统在职多少", "占全县在职多少")  # 53 / 137
    assert answer.status == "answered" and "38.69" in answer.text
    answer = _ask(engine, "青枫县水利局系统退休多少", "离休呢")
    assert answer.status == "answered" and "1人" in answer.text


def test_which_of_the_two_figures_just_shown_is_larger(engine):
    answer = _ask(engine, "县水库管理所在职几个", "退休呢", "哪个多")  # 28 retired against 19 in post
    assert answer.status == "answered" and answer.text.index("退休") < answer.text.index("在职") and "9人" in answer.text
    answer = _ask(engine, "青枫县图书馆在职多少", "县自然资源技术服务站呢", "哪个少")
    assert answer.status == "answered" and answer.text.index("图书馆") < answer.text.index("技术服务站") \
        and "13人" in answer.text and "1人" in answer.text


def test_over_the_establishment_after_both_figures(engine):
    answer = _ask(engine, "县图书馆在职多少", "编制呢", "超了几个")  # 13 in post, 12 posts: 1 over, never -1
    assert answer.status == "answered" and "1人" in answer.text and "-1" not in answer.text


def test_rows_whose_one_column_is_above_another(engine):
    answer = _ask(engine, "哪些单位在职超过编制了")  # 编制数 printed in parts: its own 合计, never 行政编制
    assert answer.status == "answered" and "图书馆" in answer.text and "共 1 项" in answer.text
    answer = _ask(engine, "哪些单位退休的比在职的还多")  # the units only, not the 小计 of their group
    assert answer.status == "answered" and "水库管理所" in answer.text and "小计" not in answer.text \
        and "共 1 项" in answer.text
    answer = _ask(engine, "哪些单位编制比在职少")
    assert answer.status == "answered" and "图书馆" in answer.text and "共 1 项" in answer.text


def test_vacancies_worked_out_of_establishment_and_staff(engine):
    answer = _ask(engine, "县水库管理所空编几个")  # 25 − 19
    assert answer.status == "answered" and "6人" in answer.text and "25" in answer.text and "19" in answer.text
    answer = _ask(engine, "空编最多的单位是哪个")  # 自然资源技术服务站 21 − 14, never a 小计 or the 总计
    assert answer.status == "answered" and answer.text.index("自然资源技术服务站") < 30 and "7人" in answer.text
    assert "小计" not in answer.text and "总计" not in answer.text
    answer = _ask(engine, "青枫县空编多少")  # the 总计 row: 155 − 137
    assert answer.status == "answered" and "18人" in answer.text


def test_full_and_over_establishment_listed(engine):
    answer = _ask(engine, "有没有满编的单位")
    assert answer.status == "answered" and "水利技术服务站" in answer.text and "文化广电旅游局（本级）" in answer.text \
        and "共 2 项" in answer.text
    answer = _ask(engine, "哪些单位超编了")
    assert answer.status == "answered" and "图书馆" in answer.text and "共 1 项" in answer.text


def test_units_of_a_kind_the_kind_column_prints(engine):
    answer = _ask(engine, "差额事业单位有几个", "它们在职一共多少")  # 差额 of the kind asks no difference
    assert answer.status == "answered" and "19人" in answer.text
    answer = _ask(engine, "参公单位有几个 分别是哪些")  # 参公事业 said as people say it
    assert answer.status == "answered" and "文化市场综合行政执法大队" in answer.text \
        and "自然资源综合行政执法大队" in answer.text and "图书馆" not in answer.text


def test_a_share_of_the_column_said_again_as_the_whole(engine):
    answer = _ask(engine, "县水库管理所编制占全县总编制的比例")  # 25 / 155
    assert answer.status == "answered" and "16.13" in answer.text
    answer = _ask(engine, "县水库管理所在职占全县在职的比例")  # 19 / 137
    assert answer.status == "answered" and "13.87" in answer.text


def test_a_kind_of_people_no_column_counts(engine):
    answer = _ask(engine, "县图书馆编制", "女的有几个")  # never the count of the row just shown
    assert answer.status == "unknown", answer.text


def test_people_of_a_column_said_with_their_noun(engine):
    answer = _ask(engine, "青枫有离休人员的是哪几个单位")  # 离休人员 is the 离休 column, never a note holding 人员
    assert answer.status == "answered" and "水库管理所" in answer.text and "自然资源局" in answer.text \
        and "图书馆" not in answer.text


def test_a_groups_own_office_by_its_bracket_and_switched_to(engine):
    answer = _ask(engine, "青枫县水利局本级行政编制多少")  # the group said whole, 本级 its own office's bracket
    assert answer.status == "answered" and "10人" in answer.text
    answer = _ask(engine, "青枫县水利局本级行政编制多少", "换成自然资源局本级呢")
    assert answer.status == "answered" and "16人" in answer.text and "10人" not in answer.text


def test_a_unit_then_another_unit_of_the_same_table(engine):
    answer = _ask(engine, "县文化广电旅游局本级行政编制", "那县水利局本级呢")
    assert answer.status == "answered" and "10人" in answer.text


@pytest.fixture(scope="module")
def with_seed(tmp_path_factory, seed_path) -> Engine:
    """A small staffing table of its own beside the bundled seed, whose 信访局 (another place's) has a project run by
    a 综合服务中心."""
    import openpyxl

    d = tmp_path_factory.mktemp("staff25_seed")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "白石县2025年部门人员编制及实有人数情况表"
    ws["A2"] = "填报单位：中共白石县委机构编制委员会办公室"  # (the office that drew it up: no place of a row)
    ws["E2"] = "单位：人"
    for c, h in enumerate(["主管部门", "单位名称", "编制数", "在职人数", "备注"], 1):
        ws.cell(3, c, h)
    for r, row in enumerate([("白石县自然资源局", "县自然资源局（本级）", 15, 14, None),
                             (None, "县群众综合服务中心", 9, 11, "含借调人员2人"),
                             (None, "小计", 24, 25, None),
                             ("白石县信访局", "县信访局（本级）", 12, 12, None), (None, "县信访接待中心", 6, 5, None),
                             (None, "小计", 18, 17, None), ("总计", None, 42, 42, None)], 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    ws.merge_cells("A4:A6")
    ws.merge_cells("A7:A9")
    wb.save(d / "baishi_staffing.xlsx")
    # another place's 信访局 with a table of its own: 信访局 said alone fits it and the group 白石县信访局
    simple_table(d / "qingshan_xinfang.xlsx", "支出", "青山区信访局2025年部门支出预算表", "D2", "单位：万元",
                 ["项目", "2025年预算数", "2024年预算数"], [("基本支出", 320.5, 301.2), ("项目支出", 88.0, 92.4),
                                                      ("合计", 408.5, 393.6)])
    return engine_over(tmp_path_factory.mktemp("staff25_seed_db") / "kb.sqlite", [d, seed_path])


def test_a_unit_said_whole_with_its_column_is_its_tables(with_seed):
    # (the typed reading finds another department's project run by a 综合服务中心: no department to ask)
    answer = _ask(with_seed, "县群众综合服务中心在职多少")
    assert answer.status == "answered" and "11人" in answer.text
    answer = _ask(with_seed, "县群众综合服务中心在职多少", "为啥比编制多")
    assert answer.status == "answered" and "借调" in answer.text


def test_a_bracket_word_several_units_print_is_asked_back(engine):
    answer = _ask(engine, "本级的行政编制多少")
    assert answer.status == "clarify" and answer.text.count("（本级）") == 3
    answer = _ask(engine, "本级的行政编制多少", "自然资源的")
    assert answer.status == "answered" and "16人" in answer.text


def test_a_group_named_as_another_loaded_department_is(with_seed):
    # 信访局: 白云区's loaded department, and the group 白石县信访局 of the table the other side is in
    answer = _ask(with_seed, "自然资源局系统编制比信访局多几个")  # 24 − 18
    assert answer.status == "answered" and "6人" in answer.text, answer.text
    answer = _ask(with_seed, "自然资源局编制比信访局多几个")  # (a count's difference said 多几个, no 系统: the same)
    assert answer.status == "answered" and "6人" in answer.text, answer.text
