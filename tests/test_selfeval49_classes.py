"""A 部门整体支出绩效自评表 (its funding block 年初预算数 / 全年预算数 / 全年执行数 / 执行率 / 得分 per line) and a
功能分类 table coded 类 / 款 / 项 (醴陵市2026年政府性基金预算支出表), asked as staff ask them:
- 去年 said of a self-evaluation on its own is the year it evaluates (read in the year after), never the year
  before it; a follow-up's 去年 stays the year before the figure just shown;
- 整体预算执行率: the department's whole line (年度资金总额), never a part line's rate;
- "城乡社区支出这一类合计": the 类 line itself, never another table's 合计 column;
- "政府性基金债务付息支出": the table's title words then a line of it said whole (232债务付息支出), never the
  residual 其他…债务付息支出 line that holds the same words;
- "征地和拆迁补偿支出" shown under two 款 → "国有土地收益基金那个": the line shown under the 款 the words name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

DATA = Path(__file__).resolve().parent / "data" / "general46"
SELF_EVAL = DATA / "醴陵市农业农村局_2025年度_部门整体支出绩效自评表.xlsx"
FUND = DATA / "醴陵市_2026年_政府性基金预算支出表.xlsx"
# a 决算 printing a 支出合计 column beside its 城乡社区支出 line
FINAL = DATA.parent / "samples" / "putuo_shegongbu_2024_final_accounts.pdf"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("selfeval49") / "kb.sqlite", [SELF_EVAL, FUND, FINAL])


def test_last_year_of_a_self_evaluation_is_the_year_it_evaluates(engine: Engine) -> None:
    a = engine.ask("农业农村局去年全年执行了多少")
    assert a.status == "answered" and "7958.32" in a.text
    assert "2024" not in a.text
    # two years back is still a year the table does not hold
    assert engine.ask("农业农村局前年全年执行了多少").status == "unknown"


def test_whole_budget_execution_rate_is_the_department_line(engine: Engine) -> None:
    a = engine.ask("农业农村局整体预算执行率")
    assert a.status == "answered" and "95.35%" in a.text and "93.62%" not in a.text


def test_total_of_a_class_said_by_its_level_word_is_that_line(engine: Engine) -> None:
    a = engine.ask("城乡社区支出这一类合计")
    assert a.status == "answered" and "115555" in a.text and "127980" not in a.text


def test_title_words_then_a_line_said_whole_name_that_line(engine: Engine) -> None:
    a = engine.ask("政府性基金债务付息支出多少")
    assert a.status == "answered" and "12570" in a.text and "1920" not in a.text
    change = converse(engine, "政府性基金债务付息支出多少", "比上年增加多少")
    assert "1120" in change.text and "270" not in change.text


def test_a_line_shown_under_two_heads_picked_by_its_head(engine: Engine) -> None:
    a = converse(engine, "征地和拆迁补偿支出多少", "国有土地收益基金那个")
    assert a.status == "answered" and "2450" in a.text and "61230" not in a.text
    b = converse(engine, "土地开发支出多少", "国有土地使用权出让那个")
    assert b.status == "answered" and "10850" in b.text and "760万元" not in b.text


def test_a_lines_score_is_its_figure_never_a_part_lines_blank(engine: Engine) -> None:
    # 资金 of the line's own name asks no money; its 其中 line's 得分 printed "—" is no score
    a = engine.ask("农业农村局年度资金总额得了几分")
    assert a.status == "answered" and "9.54" in a.text and "—" not in a.text


def test_columns_said_before_that_item_pick_the_line_asked(engine: Engine) -> None:
    a = engine.ask("农业农村局预算执行率那项得了几分")
    assert a.status == "answered" and "9.54" in a.text
    for other in ("95.35%", "98.41", "—"):
        assert other not in a.text


def test_a_group_of_indicators_said_by_its_head_lists_its_lines(engine: Engine) -> None:
    listed = engine.ask("农业农村局满意度指标")
    assert listed.status == "answered"
    for line in ("农户满意度", "93.5%", "新型农业经营主体满意度", "91.2%"):
        assert line in listed.text
    second = converse(engine, "农业农村局满意度指标", "第二个完成值")
    assert second.status == "answered" and "91.2%" in second.text and "93.5%" not in second.text


def test_each_place_of_a_kind_the_table_does_not_list_is_not_broken_down(engine: Engine) -> None:
    a = engine.ask("征地拆迁补偿支出分到各乡镇是多少")
    assert a.status == "unknown" and "61230" not in a.text and "各乡镇" in a.text
    assert engine.ask("征地拆迁补偿支出多少").status == "answered"


def test_the_department_of_a_line_pointed_at_adds_up_its_lines(engine: Engine) -> None:
    a = converse(engine, "农村基础设施建设支出", "哪个部门的", "这个部门一共多少")
    assert a.status == "answered" and "7605" in a.text
    assert "3560 + " in a.text and "2780" in a.text and "1265" in a.text


def test_a_place_said_with_its_own_tables_kind_names_that_table(engine: Engine) -> None:
    # 醴陵 fits 醴陵市 and 醴陵市农业农村局; only 醴陵市 has a 政府性基金预算支出表
    a = engine.ask("醴陵政府性基金2025年预算数合计")
    assert a.status == "answered" and "143273" in a.text and "1365.6" not in a.text


def test_a_figure_a_text_states_is_not_the_rate_of_a_line_said_in_part(engine: Engine) -> None:
    # the indicator line is the income's 增长率; the 实际完成情况 text states the income itself
    a = engine.ask("农民人均可支配收入实际达到多少")
    assert a.status == "answered" and "29860" in a.text and "6.3%" not in a.text
    rate = engine.ask("农村居民人均可支配收入增长率实际多少")
    assert "6.3%" in rate.text


def test_a_name_said_alone_still_asks_its_amount(tmp_path) -> None:
    """The words of a row's name are left out of what is asked only beside a column said: a project said bare,
    its name holding 资金, is still asked its amount (湛江's 促进就业专项资金 after 渝中's 执行数)."""
    samples = DATA.parent / "samples"
    engine = engine_over(tmp_path / "kb.sqlite", [samples / "chongqing_yuzhong_2021_project_self_evaluation.xlsx",
                                                 samples / "zhanjiang_rsj_2024_department_targets.xlsx"])
    a = converse(engine, "渝中就业补助资金执行数", "湛江促进就业专项资金呢")
    assert a.status == "answered" and "1140" in a.text
