"""Round 22, samples: the three sample layouts (部门整体预算绩效目标表, 项目申报表, 项目支出绩效自评表) asked with
everything loaded, on the samples and on fictional departments' tables of the same layouts (the samples made over:
other names, figures and texts), so that what is fixed is the layout's class of questions, not a sample's line.

- "总体绩效目标一共几个": 一共 before the count word is the count (the numbered targets), not a sum of the rates
  one target states; targets run on in one paragraph ("…发放。目标2：…") are apart too.
- A rate is no count nor amount of what it rates ("就业见习补贴发放了多少人", "实际发了多少见习补贴"); an
  indicator counted in the measure asked answers it ("家庭医生团队新增了几个": 5个, never "共 1 项").
- "那湛江人社局的就业补助资金呢": a project's whole name asked of a department that has none is not a line
  only like it (促进就业专项资金) there.
- "产出类指标权重" → "那效益类的呢": the weights of a named 一级指标 added up, the column carried to the next group.
- "效益指标下面有哪些二级指标": the classes under it, not the indicators.
- "个人缴费选600元以上档次补贴多少": the sentence of a text stating the figure said (its case), not an amount filter.
- "促进就业专项资金含贴息的拟投入多少": 含X said of a name's own bracket is the whole, not a part.
- "就业和社会保险的管理支出多少": a long line name said whole, printed by one department only, is that line.
- "湛江三支一扶考核合格率" → "那满意度呢": the one indicator of that kind about the same thing.
- "东湖养老保险补助" → "医疗保险补助呢" → "合计占总预算多少": a line said by a part and a word it goes on to say; a
  sibling line said by parts; the two figures together over the whole named.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import DATA, converse, engine_over, set_cells

from bot.engine import Engine

SAMPLES = DATA / "samples"


def _fictional(folder: Path) -> None:
    """The samples beside three fictional departments' tables of their layouts."""
    for f in SAMPLES.glob("*.xlsx"):
        shutil.copy(f, folder / f.name)
    z = folder / "qinghe_mzj_2024_department_targets.xlsx"
    shutil.copy(SAMPLES / "zhanjiang_rsj_2024_department_targets.xlsx", z)
    set_cells(z, {
        "B2": "青禾市民政局", "C3": 210, "E3": 4, "E5": 72807.384975,
        "B10": "目标1：城乡低保对象应保尽保，保障金按时足额发放。目标2：临时救助及时到位。"
               "目标3：养老服务体系持续完善。目标4：婚姻登记服务规范便民。",
        "B12": "城乡最低生活保障资金", "D12": 9200,
        "C12": "最低生活保障资金按月发放。对选择每年200元缴费档次的，补贴标准为每人每年20元；对选择每年1000元及以上缴费"
               "档次的，补贴标准为每人每年80元，所需资金由市、县按照1:2比例分担。",
        "B13": "临时救助资金", "C13": "对遭遇突发困难的家庭给予临时救助。", "D13": 640,
        "B14": "养老服务补贴资金", "C14": "为经济困难的高龄、失能老年人提供居家养老服务补贴。", "D14": 1260,
        "D21": "“低保专干”培训考核合格率（%）", "D34": "群众满意度", "D35": "救助服务满意度", "D36": "临时救助对象满意度",
        "D37": "服务单位对“低保专干”满意度", "E37": "≥88%"})
    y = folder / "baichuan_wjw_2023_project_self_evaluation.xlsx"
    shutil.copy(SAMPLES / "chongqing_yuzhong_2021_project_self_evaluation.xlsx", y)
    set_cells(y, {
        "A1": "2023年度项目支出绩效自评表", "B2": "公共卫生服务补助资金", "I2": "林敏", "B3": "柏川区疾病预防控制中心",
        "I3": "柏川区卫生健康委员会", "B5": 500, "F5": 430,
        "B7": "家庭医生团队新增2个，健康档案建档率95%", "H7": "家庭医生团队新增5个，健康档案建档率97%",
        "B11": "新增家庭医生团队数量", "D11": 2, "G11": 5, "F11": 10,
        "B12": "健康档案建档率", "B13": "慢病随访及时率", "B14": "疫苗接种登记准确率", "B15": "补助资金拨付及时率",
        "B16": "健康教育覆盖率", "F16": 10, "B17": "居民健康素养水平", "D17": 30, "E17": "%", "G17": 31, "F17": 10,
        "B18": "传染病报告及时率", "F18": 10, "B19": "重点人群管理率", "F19": 5, "B20": "签约居民满意度"})
    w = folder / "bailing_rsj_2022_project_application.xlsx"
    shutil.copy(SAMPLES / "wuhan_donghu_rsj_2020_project_application.xlsx", w)
    set_cells(w, {
        "A1": "2022年项目申报表", "C2": "人才发展专项资金", "C3": "柏岭市人力资源和社会保障局高新区分局",
        "F3": "柏岭市人力资源和社会保障局高新区分局", "C8": 5000, "F8": 5000, "F11": 5000, "F12": 5000, "F13": 5000,
        "C9": "1.前两年预算安排情况：2020年预算金额3000万元，2021年预算金额4200万元；",
        "F26": 5000, "F27": 600, "F28": 2200, "F29": 1100, "F30": 1000, "F31": 60, "F32": 40})


@pytest.fixture(scope="module")
def everything(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("samples22")
    _fictional(folder)
    return engine_over(folder / "kb.sqlite", [folder, *sorted(SAMPLES.glob("*.pdf"))])


def _ask(engine: Engine, *turns: str):
    return converse(engine, *turns)


@pytest.mark.parametrize(("q", "n", "last"), [("湛江人社局总体绩效目标一共几个", 6, "目标6"),
                                              ("青禾民政局总体绩效目标一共几个", 4, "目标4"),
                                              ("青禾民政局总体绩效目标有几个", 4, "目标4")])
def test_numbered_targets_counted_with_yigong(everything: Engine, q: str, n: int, last: str) -> None:
    a = _ask(everything, q)
    assert a.status == "answered" and f"共 {n} 项" in a.text and last in a.text, a.text
    assert "仲裁结案率" not in a.text.split("（来源")[0]


@pytest.mark.parametrize("turns", [("渝中就业见习补贴发放了多少人",), ("柏川健康档案建档了多少人",),
                                   ("渝中就业见习补贴发放准确率完成值", "实际发了多少见习补贴")])
def test_a_rate_is_no_count_of_what_it_rates(everything: Engine, turns: tuple[str, ...]) -> None:
    a = _ask(everything, *turns)
    assert a.status == "unknown", a.text
    assert "49358" not in a.text and "100%" not in a.text and "没有" in a.text


def test_a_rate_is_no_amount_either(everything: Engine) -> None:
    a = _ask(everything, "渝中公益性岗位补贴发了多少钱")
    assert a.status == "unknown" and "没有" in a.text and "7574" not in a.text, a.text


@pytest.mark.parametrize(("q", "done", "target"), [("柏川家庭医生团队新增了几个", "5个", "2个"),
                                                   ("渝中创业孵化基地新增了几个", "3个", "1个")])
def test_an_indicator_counted_in_the_measure_asked(everything: Engine, q: str, done: str, target: str) -> None:
    a = _ask(everything, q)
    assert a.status == "answered" and done in a.text and target in a.text, a.text
    assert "共 1 项" not in a.text and "一共有 16 个" not in a.text


@pytest.mark.parametrize(("first", "then", "absent"), [
    ("渝中就业补助资金", "那湛江人社局的就业补助资金呢", "1140"),
    ("柏川公共卫生服务补助资金", "那湛江人社局的公共卫生服务补助资金呢", "补助资金拨付及时率"),
])
def test_a_whole_name_of_another_department_is_not_a_line_like_it(everything: Engine, first: str, then: str,
                                                                  absent: str) -> None:
    a = _ask(everything, first, then)
    assert a.status == "unknown" and "没有" in a.text, a.text
    assert absent not in a.text.split("\n")[0]


@pytest.mark.parametrize(("dept", "first_sum", "then_sum"), [("渝中", "40", "15"), ("柏川", "40", "25")])
def test_weights_of_a_first_level_added_and_carried(everything: Engine, dept: str, first_sum: str, then_sum: str) -> None:
    a = _ask(everything, f"{dept}自评表产出类指标权重")
    assert a.status == "answered" and a.text.startswith(f"合计 {first_sum}"), a.text
    b = _ask(everything, f"{dept}自评表产出类指标权重", "那效益类的呢")
    assert b.status == "answered" and b.text.startswith(f"合计 {then_sum}") and "指标权重" in b.text, b.text
    one = _ask(everything, f"{dept}自评表满意度类指标权重")
    assert one.status == "answered" and "合计" not in one.text and "15" in one.text, one.text


@pytest.mark.parametrize("q", ["湛江人社局效益指标下有哪些二级指标", "青禾民政局效益指标下面的二级指标",
                               "湛江产出指标下面有哪些二级指标"])
def test_second_level_classes_under_a_first(everything: Engine, q: str) -> None:
    a = _ask(everything, q)
    assert a.status == "answered" and "二级指标共" in a.text, a.text
    if "效益" in q:
        assert "经济效益" in a.text and "可持续影响" in a.text and "1500" not in a.text
    else:
        assert "数量指标" in a.text and "时效指标" in a.text and "50000" not in a.text


@pytest.mark.parametrize(("q", "said", "not_said"), [
    ("个人缴费选600元以上档次补贴多少", "每人每年60元", "750"),
    ("选600元以上档次的缴费补贴每人每年多少", "每人每年60元", "750"),
    ("城乡居民个人缴费财政补贴 选600元以上档补多少", "每人每年60元", "360元"),
    ("选1000元档次的补贴每人每年多少", "每人每年80元", "200元"),
    ("青禾民政局选200元档次的补多少", "每人每年20元", "1000元"),
])
def test_the_sentence_stating_the_figure_said(everything: Engine, q: str, said: str, not_said: str) -> None:
    a = _ask(everything, q)
    assert a.status == "answered" and said in a.text and not_said not in a.text, a.text


def test_an_amount_filter_is_still_a_filter(everything: Engine) -> None:
    a = _ask(everything, "经费超过600元的项目")
    assert a.status == "answered" and "表中写的是" not in a.text, a.text


def test_a_name_said_with_its_own_bracket(everything: Engine) -> None:
    a = _ask(everything, "促进就业专项资金含贴息的拟投入多少")
    assert a.status == "answered" and "1140" in a.text, a.text
    part = _ask(everything, "促进就业专项资金里创业担保贷款贴息多少")
    assert part.status == "unknown" and "1140" not in part.text, part.text


@pytest.mark.parametrize(("q", "figure"), [("就业和社会保险的管理支出多少", "874.18"),
                                           ("财政对基本医疗保险基金的补助多少", "1545")])
def test_a_long_line_name_of_one_department(samples_engine: Engine, q: str, figure: str) -> None:
    a = _ask(samples_engine, q)
    assert a.status == "answered" and figure in a.text, a.text


@pytest.mark.parametrize(("first", "meant", "others"), [
    ("湛江三支一扶考核合格率", "“三支一扶”人员满意度", "群众满意度"),
    ("青禾低保专干考核合格率", "“低保专干”满意度", "临时救助对象满意度"),
])
def test_the_kind_asked_next_of_the_same_thing(everything: Engine, first: str, meant: str, others: str) -> None:
    a = _ask(everything, first, "那满意度呢")
    assert a.status == "answered" and meant in a.text and others not in a.text, a.text
    every = _ask(everything, "湛江城镇新增就业人数", "那满意度呢")
    assert "群众满意度" in every.text and "就业服务满意度" in every.text, every.text


@pytest.mark.parametrize(("dept", "first", "second", "share"), [("东湖", "3080", "1545", "68.72"),
                                                                ("柏岭高新区分局", "2200", "1100", "66.00")])
def test_two_lines_said_by_parts_then_their_share(everything: Engine, dept: str, first: str, second: str,
                                                  share: str) -> None:
    a = _ask(everything, f"{dept}养老保险补助")
    assert a.status == "answered" and first in a.text and "就业补助：" not in a.text, a.text
    b = _ask(everything, f"{dept}养老保险补助", "医疗保险补助呢")
    assert b.status == "answered" and second in b.text, b.text
    for said in ("合计占总预算多少", "加起来占总预算多少"):
        c = _ask(everything, f"{dept}养老保险补助", "医疗保险补助呢", said)
        assert c.status == "answered" and f"{share}%" in c.text and "100.00%" not in c.text, c.text


@pytest.mark.parametrize(("q", "said", "not_said"), [
    ("东湖专项资金2019比2018增长了多少", "1830", "1290"),
    ("柏岭高新区分局人才发展专项资金2021比2020增长了多少", "1200", "800万元，增长 19"),
    ("人才发展专项资金2021年多少", "4200", "5000"),
    ("东湖专项资金2019年", "5440", "6730"),
])
def test_the_one_project_of_an_application_in_another_year(everything: Engine, q: str, said: str, not_said: str) -> None:
    # the project's name with a year the table prints a line for (2019年预算金额): its budget that year
    a = _ask(everything, q)
    assert a.status == "answered" and said in a.text and not_said not in a.text, a.text
    assert "2019年预算金额2019年" not in a.text


def test_a_year_no_line_prints_is_still_not_held(everything: Engine) -> None:
    a = _ask(everything, "东湖专项资金2017年预算多少")
    assert a.status == "unknown" and "5440" not in a.text and "3610" not in a.text, a.text


@pytest.mark.parametrize("q", ["柏川家庭医生团队数量新增了几个", "柏川家庭医生新增了几个"])
def test_an_indicator_named_with_its_own_words_out_of_order(everything: Engine, q: str) -> None:
    a = _ask(everything, q)
    assert a.status == "answered" and "5个" in a.text and "一共有" not in a.text, a.text
    classes = _ask(everything, "柏川数量指标有几个")
    assert classes.status == "answered" and "1 个" in classes.text, classes.text


@pytest.mark.parametrize("q", ["渝中就业补助资金年初预算数", "柏川公共卫生服务补助资金年初预算数"])
def test_a_word_only_a_labels_brackets_say_is_still_a_qualifier(everything: Engine, q: str) -> None:
    # 年初预算 is inside 全年预算数（A）（上年结转+年初预算+本年追加…）'s brackets: that table does not print it alone
    a = _ask(everything, q)
    assert a.status == "unknown" and "7574" not in a.text and "500" not in a.text, a.text


@pytest.mark.parametrize(("dept", "third"), [("东湖", "财政对基本医疗保险基金的补助：1545"),
                                             ("柏岭高新区分局", "财政对基本医疗保险基金的补助：1100")])
def test_the_nth_of_the_lines_just_counted(everything: Engine, dept: str, third: str) -> None:
    # the lines counted, in the order said; their 合计 row is none of them
    a = _ask(everything, f"{dept}项目支出明细有几项", "第三项是什么")
    assert a.status == "answered" and third in a.text, a.text


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> Engine:
    """A 自评结果汇总 of several projects (澄湖's) beside the samples: the 普陀 决算 PDFs print one 平均得分 each."""
    folder = tmp_path_factory.mktemp("scores22")
    for f in (DATA / "general16").glob("*.xlsx"):  # (澄湖's 自评结果汇总 among its other tables)
        shutil.copy(f, folder / f.name)
    return engine_over(folder / "kb.sqlite", [folder, *sorted(SAMPLES.glob("*.xlsx")), *sorted(SAMPLES.glob("*.pdf"))])


def test_a_ranking_of_rows_is_of_the_table_with_several(scores: Engine) -> None:
    # 澄湖's 自评得分 of seven projects, 普陀's 平均得分 printed once each: the lowest of the rows, not which
    # department (a figure printed once is no ranking)
    for q in ("得分最低的是哪个项目", "澄湖生态环境局得分最低的是哪个项目"):
        a = _ask(scores, q)
        assert a.status == "answered" and "噪声监测点位建设" in a.text and "58" in a.text, a.text
