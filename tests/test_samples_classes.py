"""Classes of questions over the sample tables that each need the tables' own structure: a share of two
rows printed in many tables (the one table holding both), a word every matched row stands under, years
a table's own cells carry (2018/2019 of a 2020 申报表), the change's rate, the 自评表's rows by their
一级 category, and follow-ups that ask the last question again of another year or of the one indicator
just shown."""

from __future__ import annotations

from bot.engine import Engine, Session


def _talk(engine: Engine, *questions: str):
    session = Session()
    answers = [engine.ask(q, session) for q in questions]
    return answers[-1]


def test_a_share_of_two_rows_is_taken_in_the_one_table_holding_both(samples_engine) -> None:
    # 卫生健康支出 and 一般公共预算财政拨款支出 are rows of several tables; the 结构情况 prints both, and the share
    a = samples_engine.ask("社工部卫生健康支出占一般公共预算财政拨款支出的比重")
    assert a.status == "answered", a.text
    assert "0.88%" in a.text and "2.07" not in a.text and "；" not in a.text.split("（来源")[0]
    # the table's first item is printed under the whole's label: still that item over the whole
    a = samples_engine.ask("财政局一般公共服务支出占一般公共预算财政拨款支出比例")
    assert a.status == "answered" and "71.73%" in a.text, a.text
    # no printed share: computed from the same table's two rows
    a = samples_engine.ask("财政局住房保障支出占一般公共预算财政拨款支出比例")
    assert a.status == "answered" and "445.69 ÷ 2940.05" in a.text, a.text


def test_a_word_every_matched_row_stands_under_is_understood(samples_engine) -> None:
    # 三公 of "三公里…" is the title of the table the 公务接待费 column stands in
    a = samples_engine.ask("财政局三公里的公务接待费预算多少")
    assert a.status == "answered" and "0.95" in a.text, a.text


def test_a_follow_up_of_another_part_after_empty_cells_stays_in_the_department(samples_engine) -> None:
    a = _talk(samples_engine, "社工部2024年三公经费", "那公务用车运行费呢")
    assert a.status == "answered", a.text
    assert "中共上海市普陀区委社会工作部" in a.text and "0.95" not in a.text


def test_years_a_tables_cells_carry_are_answered_and_compared(samples_engine) -> None:
    # 项目 after the department of a one-project table is that project, not a label
    a = samples_engine.ask("东湖分局项目2020年预算比2019年多了多少")
    assert a.status == "answered" and "1290" in a.text and "1830" not in a.text, a.text
    a = samples_engine.ask("东湖分局2020年预算比2019年增长了百分之几")
    assert a.status == "answered" and "23.71%" in a.text, a.text
    # no label said: the figure the table prints for the other year says what is compared (预算)
    a = samples_engine.ask("东湖分局专项资金2020年比2018年多多少")
    assert a.status == "answered" and "3120" in a.text and "3610" in a.text, a.text
    # "前年" after a question of 2020: the same question of 2018
    a = _talk(samples_engine, "东湖分局那个项目2020年预算多少", "前年的呢")
    assert a.status == "answered" and "3610" in a.text and "5440" not in a.text, a.text
    # a label beginning with 项目 stays a label
    a = samples_engine.ask("东湖项目明细有哪些")
    assert a.status == "answered" and "就业补助" in a.text, a.text


def test_a_change_asked_in_a_follow_up_is_the_conversations_tables(samples_engine) -> None:
    a = _talk(samples_engine, "财政局机关运行经费多少", "比2023年增加多少")
    assert a.status == "answered" and "2.55" in a.text, a.text
    a = samples_engine.ask("财政局机关运行经费增幅多少")
    assert a.status == "answered" and "1.40%" in a.text, a.text


def test_the_self_evaluations_rows_are_found_by_their_first_level(samples_engine) -> None:
    # row 11 prints 数量指标 where the rows below print 产出类指标: it is an 产出 row too
    a = samples_engine.ask("渝中产出类指标的权重分别是多少")
    assert a.status == "answered", a.text
    assert "新增区级创业孵化基地数量" in a.text and "公益性岗位补贴发放准确率" in a.text
    assert "城镇新增就业人数" not in a.text
    a = _talk(samples_engine, "渝中产出类指标权重都是多少", "那效益类的完成值呢")
    assert a.status == "answered", a.text
    assert "49358" in a.text and "92%" in a.text and "新增区级创业孵化基地数量" not in a.text


def test_a_short_question_after_one_indicator_is_of_it(samples_engine) -> None:
    a = _talk(samples_engine, "渝中满意度类指标是哪个", "权重多少")
    assert a.status == "answered" and "15" in a.text and "公共就业服务满意度" in a.text, a.text
    # a category named in the follow-up is its own question, never the indicator shown
    a = _talk(samples_engine, "东湖的社会效益指标", "经济效益指标呢")
    assert a.status == "unknown" and "按时办结" not in a.text, a.text


def test_a_share_of_two_rows_each_named_by_its_own_label(samples_engine) -> None:
    # 养老保险基金补助 (a 明细 row) and 项目总预算 (a form row): each its own figure, no row carrying both
    a = samples_engine.ask("东湖对机关事业单位养老保险基金的补助占项目总预算的比重")
    assert a.status == "answered" and "45.77%" in a.text and "3080" in a.text, a.text
    a = samples_engine.ask("东湖就业补助比普惠金融发展支出多多少")
    assert a.status == "answered" and "1170.82" in a.text, a.text


def test_an_item_of_a_list_said_in_the_same_question_then_its_money(samples_engine) -> None:
    session = Session()
    a = samples_engine.ask("东湖项目支出明细第二项是什么", session)
    assert a.status == "answered" and "养老保险基金" in a.text and "1545" not in a.text, a.text
    a = samples_engine.ask("多少钱", session)
    assert a.status == "answered" and "3080" in a.text and "6730" not in a.text, a.text


def test_a_count_the_row_prints_is_the_answer_not_its_sub_rows_counted(samples_engine) -> None:
    # 绩效自评的项目 4个, with one row under it (绩效评级为优的项目): the printed count, never "共 1 项"
    a = samples_engine.ask("财政局绩效自评的项目一共几个")
    assert a.status == "answered" and "4个" in a.text and "共 1 项" not in a.text, a.text


def test_not_reached_said_in_other_words_is_the_completion_check(samples_engine) -> None:
    a = samples_engine.ask("渝中哪些指标没达到目标")
    assert a.status == "answered", a.text
    assert "预算执行率" in a.text and "财务监控有效性" in a.text and "城镇新增就业人数" not in a.text


def test_a_proportion_asked_is_the_one_its_text_states_never_a_share_of_the_total(samples_engine) -> None:
    for q in ("城乡居民养老保险政府补贴资金省市县按什么比例分担", "城乡居民养老补助资金省市县按啥比例分担"):
        a = samples_engine.ask(q)
        assert a.status == "answered" and "1:1:1" in a.text and "25.91" not in a.text, a.text
    # the share of the total is still answered when it is what is asked
    a = samples_engine.ask("城乡居民养老保险政府补贴资金占比")
    assert a.status == "answered" and "25.91%" in a.text, a.text


def test_the_level_a_table_prints_a_row_under_is_its_own_label(samples_engine) -> None:
    # the 申报表 prints its 满意度 row under 效益指标 (the typed reading files it as 满意度指标)
    a = samples_engine.ask("东湖项目的满意度指标属于哪个一级指标")
    assert a.status == "answered" and "效益指标" in a.text and "第52行" in a.text, a.text
