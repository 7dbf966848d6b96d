"""blk28: a 项目支出绩效目标申报表 whose projects are stacked in blocks down one sheet, summarised by one
bureau for several departments: each block's 主管部门 and 实施单位 are the project's own (never the
summarising bureau's name), a department named by its short form stands for its projects, and the
questions staff ask of such a table. Tables are generated here (a fictional county, its own figures)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.conftest import engine_over

# (name, 主管部门, 实施单位, total, fiscal, other, goal, indicators (一级, 二级, 三级, 值))
_BLOCKS = (
    ("小型水库除险加固资金", "青禾县水利局", "青禾县水库管理站", 305.0, 280.0, 25.0, "完成7座小型水库除险加固。",
     (("产出指标", "数量指标", "除险加固水库数量", "7座"), ("产出指标", "成本指标", "单座水库加固成本", "≤45万元"),
      ("产出指标", "时效指标", "加固工程完工时间", "2026年9月底前"),
      ("效益指标", "生态效益指标", "库区水质达标率", "≥95%"), ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥88%"))),
    ("乡村文化站免费开放经费", "青禾县文化广电和旅游局", "青禾县文化馆", 42.6, 42.6, None, "保障全县文化站免费开放。",
     (("产出指标", "数量指标", "免费开放文化站数量", "14个"), ("产出指标", "数量指标", "水库移民村文化站覆盖率", "100%"),
      ("效益指标", "社会效益指标", "年接待群众人次", "≥6万人次"),
      ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"))),
    ("家庭医生签约服务补助", "青禾县卫生健康局", "青禾县基层卫生服务中心", 118.4, 90.4, 28.0, "重点人群签约率达到75%。",
     (("产出指标", "数量指标", "签约重点人群数", "≥2.1万人"), ("产出指标", "质量指标", "重点人群签约率", "≥75%"),
      ("产出指标", "质量指标", "地质灾害搬迁老年人签约率", "≥98%"),
      ("效益指标", "社会效益指标", "基层就诊率", "≥65%"), ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥91%"))),
    ("地质灾害隐患点治理专项", "青禾县自然资源局", "青禾县地质灾害监测站", 77.0, 77.0, None, "治理隐患点5处。",
     (("产出指标", "数量指标", "治理隐患点数量", "5处"), ("效益指标", "生态效益指标", "治理区植被恢复率", "≥80%"),
      ("效益指标", "社会效益指标", "受威胁群众安全保障", "有效保障"),
      ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥86%"))),
)


def _stacked(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    ws.append(["青禾县2026年县级项目支出绩效目标申报表"])
    ws.append(["填报单位：青禾县财政局（汇总）", None, None, "单位：万元"])
    ws.append([])
    for name, owner, unit, total, fiscal, other, goal, indicators in _BLOCKS:
        ws.append(["项目名称", name])
        ws.append(["主管部门", owner])
        ws.append(["实施单位", unit])
        ws.append(["项目资金（万元）", "年度资金总额", total])
        ws.append([None, "其中：财政拨款", fiscal])
        ws.append([None, "其他资金", other])
        ws.append(["年度总体目标", goal])
        ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
        last1 = last2 = ""
        for l1, l2, l3, value in indicators:
            ws.append([l1 if l1 != last1 else None, l2 if l2 != last2 else None, l3, value])
            last1, last2 = l1, l2
        ws.append([])
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("blk28")
    return engine_over(folder / "kb.sqlite", [_stacked(folder / "青禾县_2026_项目支出绩效目标申报表.xlsx")])


def test_a_blocks_departments_are_read_as_the_projects_own(engine) -> None:
    """主管部门 / 实施单位 of a block: the project's, not the bureau that summarised the table."""
    owner = engine.ask("除险加固项目主管部门是哪个").text
    assert "青禾县水利局" in owner and "水库管理站" in owner, owner
    assert "属于青禾县财政局" not in owner
    for asked in ("文化站免费开放实施单位", "文化站免费开放谁来实施", "家庭医生签约由谁实施"):
        answer = engine.ask(asked)
        assert answer.status == "answered", (asked, answer.text)
        assert ("青禾县文化馆" if "文化站" in asked else "青禾县基层卫生服务中心") in answer.text, (asked, answer.text)


def test_a_department_said_by_its_short_name_stands_for_its_projects(engine) -> None:
    """"青禾卫健局负责哪个项目": the block naming 青禾县卫生健康局 as 主管部门; its project's money."""
    listed = engine.ask("青禾卫健局负责哪个项目").text
    assert "家庭医生签约服务补助" in listed and "小型水库" not in listed, listed
    money = engine.ask("青禾自然资源局那个项目多少钱")
    assert money.status == "answered" and "77" in money.text and "502" not in money.text, money.text
    fiscal = engine.ask("卫健局项目的财政拨款多少").text
    assert "90.4" in fiscal and "490.4" not in fiscal, fiscal
    both = engine.ask("水利局和文旅局的项目一共多少").text
    assert "347.6" in both, both


def test_a_department_no_block_names_is_not_answered_from_another(engine) -> None:
    answer = engine.ask("青禾公安局负责哪个项目")
    assert answer.status != "answered" or "公安" not in answer.text and "家庭医生" not in answer.text, answer.text


def _conversation(engine, *questions: str) -> list:
    from bot.dialogue.session import Session

    session = Session()
    return [engine.ask(q, session) for q in questions]


def test_a_blocks_grid_is_no_labelled_fact_of_another_project(engine) -> None:
    """A kind of indicator the project lacks: said so, never another block's indicator of that kind (the
    grids are read as the projects' indicators, not as a form's labelled values)."""
    _, lacking = _conversation(engine, "乡村文化站免费开放经费多少钱", "那它的成本指标呢")
    assert lacking.status != "answered" or "单座水库" not in lacking.text, lacking.text
    assert "单座水库" not in lacking.text and "45" not in lacking.text, lacking.text
    ecological = engine.ask("青禾哪个项目有生态效益指标").text
    assert "小型水库除险加固资金" in ecological and "地质灾害隐患点治理专项" in ecological, ecological
    assert "家庭医生" not in ecological


def test_who_is_in_charge_then_who_carries_it_out(engine) -> None:
    first, second = _conversation(engine, "家庭医生签约项目谁主管", "实施单位呢")
    assert "青禾县卫生健康局" in first.text, first.text
    assert "青禾县基层卫生服务中心" in second.text, second.text


def test_a_source_shown_then_its_projects_or_its_share(engine) -> None:
    """"其他资金有多少" -> "都是哪几个项目的": the projects listing that source, not every project; a project's
    source shown -> "占比多少": of that project's own total."""
    _, listed = _conversation(engine, "青禾其他资金有多少", "都是哪几个项目的")
    assert "小型水库除险加固资金" in listed.text and "家庭医生签约服务补助" in listed.text, listed.text
    assert "乡村文化站" not in listed.text and "地质灾害" not in listed.text, listed.text
    *_, share = _conversation(engine, "家庭医生签约服务补助多少", "其中财政拨款呢", "占比多少")
    assert "76.35%" in share.text, share.text


def test_a_name_shortened_by_leaving_characters_out_is_that_project(engine) -> None:
    """"卫生签约" of 家庭医生签约服务补助 is contiguous; "地灾隐患治理" leaves characters out of 地质灾害隐患点治理专项
    in order: that project, not an indicator sharing a few of its characters."""
    who = engine.ask("地灾隐患治理谁来实施")
    assert who.status == "answered" and "青禾县地质灾害监测站" in who.text, who.text
    both = engine.ask("除险加固和地灾隐患治理加起来多少")
    assert "382" in both.text, both.text


def test_unit_cost_asks_the_cost_indicator_not_the_money_unit(engine) -> None:
    *_, cost = _conversation(engine, "除险加固多少钱", "单位成本呢")
    assert "单座水库加固成本" in cost.text and "≤45万元" in cost.text, cost.text


def test_a_project_named_beside_another_department_of_the_table_is_not_its(engine) -> None:
    """"水利局的家庭医生签约服务补助": the table lists it under 卫生健康局 — said so, not its money."""
    answer = engine.ask("青禾水利局的家庭医生签约服务补助多少钱")
    assert answer.status != "answered" and "卫生健康局" in answer.text, answer.text
    own = engine.ask("青禾水利局的小型水库除险加固资金多少钱")
    assert own.status == "answered" and "305" in own.text, own.text


def _two_alike(path: Path) -> Path:
    """Two projects whose names share a word, one counting people in 人 (聘用护林员人数)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["石岭县2026年项目支出绩效目标申报表"])
    ws.append(["填报单位：石岭县林业局", None, None, "单位：万元"])
    for name, money, indicator, value in (("护林员管护补助", 54.0, "聘用护林员人数", "45人"),
                                          ("护林员培训经费", 6.5, "培训次数", "3次")):
        ws.append(["项目名称", name])
        ws.append(["项目资金（万元）", "年度资金总额", money])
        ws.append(["年度总体目标", "保障" + name])
        ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
        ws.append(["产出指标", "数量指标", indicator, value])
        ws.append(["满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"])
        ws.append([])
    wb.save(path)
    return path


def test_how_many_of_a_noun_said_with_the_generic_classifier(tmp_path: Path) -> None:
    """"聘了几个护林员": 个 counts anything — the one project of the table with a count of that noun (45人)
    answers, named; asking which of the two would promise what the other does not hold."""
    engine = engine_over(tmp_path / "kb.sqlite", [_two_alike(tmp_path / "石岭县_2026_项目支出绩效目标申报表.xlsx")])
    answer = engine.ask("石岭林业局聘了几个护林员")
    assert answer.status == "answered" and "45人" in answer.text and "护林员管护补助" in answer.text, answer.text


def test_a_start_asked_of_a_project_whose_table_says_only_its_end(engine) -> None:
    """"什么时候开工" where the block's time indicator is the 完工 date: not that date as the start."""
    start = engine.ask("除险加固什么时候开工")
    assert start.status != "answered" and "完工" in start.text, start.text
    end = engine.ask("除险加固什么时候完工")
    assert end.status == "answered" and "2026年9月底前" in end.text, end.text


def test_another_departments_total_asked_after_a_project(tmp_path: Path) -> None:
    """"青禾除险加固多少" -> "石岭林业局合计呢": that department's total, not the project shown looked for in it;
    then "差多少" sets the two against each other."""
    engine = engine_over(tmp_path / "kb.sqlite", [_stacked(tmp_path / "青禾县_2026_项目支出绩效目标申报表.xlsx"),
                                                   _two_alike(tmp_path / "石岭县_2026_项目支出绩效目标申报表.xlsx")])
    _, total, diff = _conversation(engine, "青禾除险加固多少", "石岭林业局合计呢", "差多少")
    assert total.status == "answered" and "60.5" in total.text, total.text
    assert "244.5" in diff.text, diff.text


def _meals(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["梧川县2026年项目支出绩效目标申报表"])
    ws.append(["填报单位：梧川县民政局", None, None, "单位：万元"])
    for name, money, indicator, value in (("城乡困难群众临时救助资金", 120.0, "临时救助人次", "≥900人次"),
                                          ("老年食堂运营补助", 38.0, "困难老年人就餐补助标准", "4元/餐")):
        ws.append(["项目名称", name])
        ws.append(["项目资金（万元）", "年度资金总额", money])
        ws.append(["年度总体目标", "保障" + name])
        ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
        ws.append(["产出指标", "数量指标", indicator, value])
        ws.append([])
    wb.save(path)
    return path


def test_a_project_word_said_into_another_projects_indicator(tmp_path: Path) -> None:
    """"困难老人就餐补助标准": 困难 (a short name of the 困难群众 project) said straight into the indicator's words
    is a word of 困难老年人就餐补助标准, the 老年食堂 project's; "困难群众的…" asks that project's, which has none."""
    engine = engine_over(tmp_path / "kb.sqlite", [_meals(tmp_path / "梧川县_2026_项目支出绩效目标申报表.xlsx")])
    answer = engine.ask("困难老人就餐补助标准")
    assert answer.status == "answered" and "4元/餐" in answer.text, answer.text
    of_project = engine.ask("困难群众的老人就餐补助标准")
    assert of_project.status != "answered" and "老年食堂运营补助" in of_project.text, of_project.text


def test_a_project_word_said_as_part_of_another_projects_indicator(engine) -> None:
    """"水库移民文化站覆盖率": 水库 is a word of the indicator's own name (水库移民村文化站覆盖率, of the 文化站
    project), not the 水库 project asked about."""
    answer = engine.ask("水库移民文化站覆盖率")
    assert answer.status == "answered" and "100%" in answer.text and "乡村文化站" in answer.text, answer.text
    of_project = engine.ask("水库的移民村文化站覆盖率")  # the 水库 project's asked: it has none
    assert of_project.status != "answered" and "乡村文化站" in of_project.text, of_project.text
