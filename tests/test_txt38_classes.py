"""The seed-format text table read by staff's words (txt38), on a table generated here with names and figures
of its own (柳塘县农业农村局 with its own unit and two units under it).

Classes: the department's own unit said by the department's short name and 本级 ("农业局本级多少"); the
document's total of one money column ("农业农村局绩效目标表里财政拨款合计"); of two projects one short name
fits, the question's other words that only one of them holds pick it ("高标准农田专项资金里其他资金多少",
"高标准农田什么时候完工"); an indicator asked by what it counts and its measure word without a project
("扶持多少个社会化服务组织") is the indicator that counts it; a name inside a goal sentence ("示范乡镇是哪两个");
"哪些指标实施周期和年度值不一样 <project>" within the project said (each namesake's when the name fits two); a
unit then another said short ("疫控中心呢") then "差多少"; the project in context keeps an indicator of its own
whose name holds the word asked ("考核合格率年度值"); set against a
project named, a word only one other project's name holds ("升级改造比运维多多少"); a year asked of a table and
department printing none is not told. Guards (already right before): namesakes the words do not tell apart are
asked about, a unit's share of the bureau's 项目支出, the counts said with 个 before the counted noun."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

_DEPT = "柳塘县农业农村局"
_UNITS = [
    Unit("柳塘县农业农村局", "1289.50 1042.50 0.00 247.00", [
        Item("高标准农田建设专项资金", "930.00 700.00 0.00 230.00",
             "新建高标准农田1.2万亩，其中石湖镇、桂溪乡2个乡镇列入省级示范，2026年10月底前全部完工并通过验收，"
             "提升耕地质量和粮食综合生产能力。",
             [("11", "高标准农田建设面积", "≥3.6万亩", "≥1.2万亩"),
              ("11", "新修田间机耕路条数", "≥40条", "≥15条"),
              ("12", "工程验收合格率", "100%", "100%"),
              ("13", "年度建设任务完成时限", "2028年底前完成", "2026年10月底前完成"),
              ("14", "亩均财政投资", "≤3000元", "≤3000元"),
              ("31", "受益农户满意度", "≥92%", "≥90%")]),
        Item("高标准农田建设前期工作经费", "41.00 41.00",
             "开展2026年度高标准农田项目的规划设计、测绘及评审等前期工作。",
             [("11", "完成规划设计面积", "≥1.2万亩", "≥1.2万亩"),
              ("11", "编制设计方案数量", "3项", "3项"),
              ("13", "前期工作完成时间", "2026年3月底前", "2026年3月底前"),
              ("14", "前期工作费用", "≤41万元", "≤41万元")]),
        Item("农业社会化服务补助资金", "180.00 163.00 0.00 17.00",
             "扶持农业社会化服务组织开展代耕代种、统防统治等托管服务，带动小农户节本增效。",
             [("11", "扶持社会化服务组织数量", "≥27个", "≥27个"),
              ("11", "托管服务面积", "≥8万亩", "≥8万亩"),
              ("13", "补助资金兑付时间", "每半年末", "每半年末"),
              ("31", "托管农户满意度", "≥90%", "≥90%")]),
        Item("政府雇员经费", "57.60 57.60",
             "保障局机关7名政府雇员工资及社保缴费按时足额发放。",
             [("11", "政府雇员人数", "7人", "7人"),
              ("12", "雇员年度考核合格率", "≥95%", "100%")]),
        Item("农业技术人员培训经费", "80.90 80.90",
             "组织基层农技人员和新型职业农民培训，提升农业科技服务能力。",
             [("11", "培训农技人员人次", "≥650人次", "≥650人次"),
              ("12", "考核合格率", "≥88%", "≥88%"),
              ("11", "培训覆盖乡镇个数", "19个", "19个")]),
    ]),
    Unit("柳塘县农业技术推广中心", "356.00 356.00", [
        Item("耕地质量监测经费", "96.00 96.00",
             "在全县布设耕地质量监测点，开展土壤采样化验，掌握耕地质量变化。",
             [("11", "监测点数量", "≥44个", "≥44个"),
              ("13", "监测报告提交时间", "2026年11月底前", "2026年11月底前")]),
        Item("绿色高产高效示范经费", "260.00 260.00",
             "建设粮油绿色高产高效示范片，示范推广新品种新技术。",
             [("11", "示范片面积", "≥2万亩", "≥2万亩"),
              ("22", "示范区亩均增产", "≥5%", "≥5%")]),
    ]),
    Unit("柳塘县动物疫病预防控制中心", "118.40 102.40 16.00", [
        Item("重大动物疫病强制免疫经费", "118.40 102.40 16.00",
             "对全县畜禽开展口蹄疫、禽流感等重大动物疫病强制免疫，免疫密度保持在90%以上。",
             [("11", "强制免疫畜禽数量", "≥120万头（只）", "≥120万头（只）"),
              ("12", "免疫抗体合格率", "≥70%", "≥70%")]),
    ]),
]
_TOTAL = "1763.90 1500.90 16.00 247.00"
_FOREST = [Unit("柳塘县林业局", "130.20 130.20", [
    Item("森林防火专项经费", "73.20 73.20", "组建半专业扑火队伍，开展森林防火巡护和宣传。",
         [("11", "巡护人员数量", "≥60人", "≥60人"), ("31", "林区群众满意度", "≥90%", "≥90%")]),
    Item("林区视频监控平台升级改造经费", "45.00 45.00", "对林区视频监控平台进行升级改造，新增高清监控点位。",
         [("11", "新增监控点位", "≥30个", "≥30个"), ("14", "升级改造总成本", "≤45万元", "≤45万元")]),
    Item("林区视频监控平台运维经费", "12.00 12.00", "保障林区视频监控平台全年稳定运行。",
         [("12", "平台在线率", "≥98%", "≥98%"), ("14", "平台运维费用", "≤12万元", "≤12万元")])])]


def _basic_table(path: Path) -> None:
    """The same department's 基本支出表 (a second table of it: its own figures, no unit lines)."""
    simple_table(path, "基本支出", "柳塘县农业农村局2026年一般公共预算基本支出表", "E2", "单位：万元",
                 ("科目编码", "科目名称", "合计", "人员经费", "公用经费"),
                 [("合计", None, 842.3, 760.1, 82.2), ("301", "工资福利支出", 731.5, 731.5, None),
                  ("30101", "基本工资", 240.8, 240.8, None), ("302", "商品和服务支出", 82.2, None, 82.2),
                  ("30201", "办公费", 21.4, None, 21.4), ("303", "对个人和家庭的补助", 28.6, 28.6, None)])


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("txt38")
    (folder / "liutang_nyncj_2026_targets.txt").write_text(render(_DEPT, _TOTAL, _UNITS), encoding="utf-8")
    _basic_table(folder / "柳塘县农业农村局2026年一般公共预算基本支出表.xlsx")
    (folder / "liutang_lyj_targets.txt").write_text(render("柳塘县林业局", "130.20 130.20", _FOREST), encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    return engine_over(tmp_path_factory.mktemp("txt38_db") / "kb.sqlite", [root / "knowledge", folder])


def _said(engine: Engine, turns: tuple[str, ...], said: list[str], unsaid: list[str]) -> None:
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED, answer.text
    assert all(s in answer.text for s in said), answer.text
    assert not any(s in answer.text for s in unsaid), answer.text


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (("农业局本级多少",), ["1289.50"], ["1763.90"]),
    (("本级多少",), ["1289.50"], ["1763.90"]),
    (("农业农村局本级多少钱",), ["1289.50"], ["1763.90"]),
    (("柳塘农业农村局本级预算",), ["1289.50"], ["1763.90"]),
])
def test_the_own_unit_said_by_the_departments_short_name(engine: Engine, turns: tuple[str, ...], said: list[str],
                                                         unsaid: list[str]) -> None:
    _said(engine, turns, said, unsaid)


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (("农业农村局绩效目标表里财政拨款合计",), ["1500.90"], ["1763.90"]),
    (("柳塘农业局项目支出表其他资金合计多少",), ["247"], []),
])
def test_the_tables_total_of_a_money_column(engine: Engine, turns: tuple[str, ...], said: list[str],
                                            unsaid: list[str]) -> None:
    _said(engine, turns, said, unsaid)


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (("高标准农田专项资金里其他资金多少",), ["230"], ["41.00"]),
    (("高标准农田什么时候完工",), ["10月底"], ["3月底"]),
    (("高标准农田前期工作什么时候完成",), ["3月底"], ["10月底"]),
])
def test_the_words_only_one_namesake_holds_pick_it(engine: Engine, turns: tuple[str, ...], said: list[str],
                                                   unsaid: list[str]) -> None:
    _said(engine, turns, said, unsaid)


def test_namesakes_the_other_words_do_not_tell_apart_are_asked_about(engine: Engine) -> None:
    answer = converse(engine, "高标准农田多少钱")
    assert answer.status != ANSWERED or ("930" in answer.text and "41" in answer.text), answer.text


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (("扶持多少个社会化服务组织",), ["27个"], ["19个", "44个"]),
    (("耕地质量监测点要布设多少个",), ["44个"], ["27个"]),
    (("农技人员培训多少人次",), ["650"], []),
    (("要新修多少条机耕路",), ["机耕路", "15条"], ["个。"]),
    (("高标准农田前期工作经费", "编制几项设计方案"), ["3项"], ["个。"]),
    (("监测点有多少个",), ["44个"], ["共 2 个"]),
])
def test_an_indicator_asked_by_what_it_counts(engine: Engine, turns: tuple[str, ...], said: list[str],
                                              unsaid: list[str]) -> None:
    _said(engine, turns, said, unsaid)


def test_a_name_inside_a_goal_sentence(engine: Engine) -> None:
    _said(engine, ("省级示范的是哪两个乡镇",), ["石湖", "桂溪"], [])


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (("哪些指标实施周期和年度值不一样 高标准农田专项资金",), ["3.6万亩", "1.2万亩"], ["8万亩"]),
    (("哪些指标实施周期和年度值不一样 高标准农田那个",), ["3.6万亩", "40条"], ["没有名称相同", "设计方案"]),
])
def test_indicators_whose_values_differ_within_the_project_said(engine: Engine, turns: tuple[str, ...],
                                                                said: list[str], unsaid: list[str]) -> None:
    _said(engine, turns, said, unsaid)


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (("农技推广中心多少钱", "动物疫控中心呢", "差多少"), ["237.6"], []),
    (("农技推广中心多少钱", "动物疫控中心呢", "两个加起来"), ["474.4"], []),
    (("推广中心多少钱", "疫控中心呢", "差多少"), ["237.6"], ["没有加载"]),
    (("推广中心占农业农村局项目支出的比例",), ["20.18"], []),
])
def test_two_units_then_their_difference(engine: Engine, turns: tuple[str, ...], said: list[str],
                                         unsaid: list[str]) -> None:
    _said(engine, turns, said, unsaid)


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (("政府雇员经费 农业局的", "考核合格率年度值"), ["100%"], ["88%"]),
    (("农业社会化服务补助资金", "补助资金什么时候兑付"), ["每半年末"], []),
])
def test_the_project_in_context_keeps_its_own_indicator(engine: Engine, turns: tuple[str, ...], said: list[str],
                                                        unsaid: list[str]) -> None:
    _said(engine, turns, said, unsaid)


def test_the_other_side_said_by_a_word_of_its_name(engine: Engine) -> None:
    _said(engine, ("林业局监控平台升级改造比运维多多少",), ["33"], [])


@pytest.mark.parametrize("question", ["森林防火专项经费2026年是多少", "2026年森林防火专项经费多少"])
def test_a_year_asked_of_a_table_printing_none(engine: Engine, question: str) -> None:
    """Another table of 2026 is loaded; the one the project is in prints no year, nor does its department's."""
    answer = converse(engine, question)
    assert answer.status != ANSWERED and "73.2" not in answer.text, answer.text
