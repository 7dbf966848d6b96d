"""Departments and counts in general tables (round 17): a department of a banner (旗) said by its short names
(水利局, 查干淖尔); a bureau printed in an evaluation summary's 主管部门 column ("区教育局", said 教育局) is a value the
rows are selected by, not a department that is not loaded, and its follow-ups keep those rows; a value of one
department's column said with no department is not asked back over departments; "几个主管部门" counts a text
column's different values. The workbooks are generated here with fictional departments and figures.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import Engine

FUNDS = [  # 专项资金名称, 主管科室, 上年预算数, 本年预算数
    ("灌区节水改造资金", "灌溉科", 410, 455),
    ("小型水库除险加固资金", "工程建设科", 300, 280),
    ("水土保持治理资金", "水保科", 120, 150),
    ("农村饮水安全维修养护资金", "灌溉科", 95, 88),
    ("河道清淤疏浚资金", "工程建设科", 60, 75),
]

EVALUATED = [  # 项目名称, 主管部门, 预算数, 执行数, 评价得分, 评价等级
    ("乡村学校营养午餐补助", "区教育局", 540, 522, 93.5, "优"),
    ("社区卫生服务站运行补助", "区卫生健康局", 310, 262, 81, "良"),
    ("中小学校舍维修改造", "区教育局", 780, 650, 84.5, "良"),
    ("困难群众临时救助", "区民政局", 220, 219, 95, "优"),
    ("职业院校实训设备购置", "区教育局", 160, 101, 66, "差"),
    ("养老机构消防改造", "区民政局", 140, 126, 88, "良"),
]


def _funds_list(path: Path) -> None:
    """查干淖尔旗水利局 2026 专项资金清单 (万元), a 合计 row first: 上年 985, 本年 1048."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专项资金"
    ws["A1"] = "查干淖尔旗水利局2026年部门专项资金清单"
    ws.merge_cells("A1:F1")
    ws["A2"], ws["F2"] = "编制单位：查干淖尔旗水利局", "单位：万元"
    for c, head in enumerate(("序号", "专项资金名称", "主管科室", "上年预算数", "本年预算数", "资金用途"), 1):
        ws.cell(3, c, head)
    ws.cell(4, 2, "合计")
    ws.cell(4, 4, sum(f[2] for f in FUNDS))
    ws.cell(4, 5, sum(f[3] for f in FUNDS))
    for i, (name, office, last, this) in enumerate(FUNDS, 1):
        for c, v in enumerate((i, name, office, last, this, f"用于{name[:4]}"), 1):
            ws.cell(4 + i, c, v)
    wb.save(path)


def _evaluation_summary(path: Path) -> None:
    """青川区财政局 2025 重点项目绩效评价结果汇总表 (万元): six projects of three 主管部门, a 合计 row last."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评价结果"
    ws["A1"] = "柏溪市青川区2025年度重点项目绩效评价结果汇总表"
    ws.merge_cells("A1:G1")
    ws["A2"], ws["G2"] = "填报单位：柏溪市青川区财政局", "单位：万元"
    for c, head in enumerate(("序号", "项目名称", "主管部门", "预算数", "执行数", "评价得分", "评价等级"), 1):
        ws.cell(3, c, head)
    for i, row in enumerate(EVALUATED, 1):
        for c, v in enumerate((i, *row), 1):
            ws.cell(3 + i, c, v)
    last = 4 + len(EVALUATED)
    ws.cell(last, 1, "合计")
    ws.cell(last, 4, sum(r[2] for r in EVALUATED))
    ws.cell(last, 5, sum(r[3] for r in EVALUATED))
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("dept33")
    _funds_list(folder / "chagan_slj_2026_funds.xlsx")
    _evaluation_summary(folder / "qingchuan_2025_evaluation.xlsx")
    root = Path(__file__).resolve().parent.parent
    return engine_over(tmp_path_factory.mktemp("dept33_db") / "kb.sqlite", [root / "knowledge", folder])


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("水利局本年预算最多的是哪个", ["灌区节水改造资金", "455"], []),
    ("查干淖尔有几项", ["5", "河道清淤疏浚资金"], []),
    ("查干淖尔旗水土保持治理资金今年多少", ["150"], []),
])
def test_banner_department_by_its_short_names(engine: Engine, question: str, said: list[str],
                                              unsaid: list[str]) -> None:
    answer = engine.ask(question, record=False)
    assert answer.status == "answered", answer.text
    assert all(s in answer.text for s in said), answer.text
    assert "没有“" not in answer.text


def test_another_banner_is_not_loaded(engine: Engine) -> None:
    answer = engine.ask("乌兰木伦旗水利局专项资金清单", record=False)
    assert answer.status == "unknown", answer.text
    assert "1048" not in answer.text


def test_bureau_of_a_column_selects_its_rows(engine: Engine) -> None:
    answer = engine.ask("教育局有哪些项目", record=False)
    assert answer.status == "answered", answer.text
    assert all(name in answer.text for name, dept, *_ in EVALUATED if dept == "区教育局"), answer.text
    assert "困难群众临时救助" not in answer.text
    count = engine.ask("民政局有几个项目", record=False)
    assert count.status == "answered", count.text
    assert "2" in count.text and "困难群众临时救助" in count.text


@pytest.mark.parametrize(("follow", "said"), [
    ("哪个得分最高", ["乡村学校营养午餐补助", "93.5"]),
    ("预算加起来多少", ["1480"]),  # 540 + 780 + 160
])
def test_followups_keep_the_rows_of_the_bureau(engine: Engine, follow: str, said: list[str]) -> None:
    answer = converse(engine, "教育局有哪些项目", follow)
    assert answer.status == "answered", answer.text
    assert all(s in answer.text for s in said), answer.text
    assert "前面问的是" not in answer.text


def test_bureau_neither_loaded_nor_printed(engine: Engine) -> None:
    answer = engine.ask("公安局有哪些项目", record=False)
    assert answer.status == "unknown", answer.text


def test_value_of_one_department_is_not_asked_back(engine: Engine) -> None:
    answer = engine.ask("灌溉科管几个专项", record=False)
    assert answer.status == "answered", answer.text
    assert "2" in answer.text and "灌区节水改造资金" in answer.text and "农村饮水安全维修养护资金" in answer.text
    assert "水保科" not in answer.text


@pytest.mark.parametrize(("question", "said"), [
    ("一共涉及几个主管部门", ["3", "区教育局", "区卫生健康局", "区民政局"]),
    ("主管部门有几个", ["3"]),
    ("水利局有几个科室", ["3", "灌溉科", "工程建设科", "水保科"]),
])
def test_different_values_of_a_column_counted(engine: Engine, question: str, said: list[str]) -> None:
    answer = engine.ask(question, record=False)
    assert answer.status == "answered", answer.text
    assert all(s in answer.text for s in said), answer.text
    assert "个部门有相关数据" not in answer.text


def test_how_many_departments_is_not_a_column(engine: Engine) -> None:
    answer = engine.ask("有几个部门", record=False)
    assert "主管部门共" not in answer.text


@pytest.mark.parametrize(("turns", "said"), [
    (("社区卫生服务站运行补助得分", "是哪个部门的"), ["区卫生健康局"]),
    (("水土保持治理资金本年预算数", "谁负责的"), ["水保科"]),
    (("河道清淤疏浚资金本年预算数", "归哪个科室管"), ["工程建设科"]),
])
def test_whose_row_is_its_own_cell(engine: Engine, turns: tuple[str, str], said: list[str]) -> None:
    answer = converse(engine, *turns)
    assert answer.status == "answered", answer.text
    assert all(s in answer.text for s in said), answer.text
    assert "这是" not in answer.text  # never the loaded tables described


def test_two_rows_shown_by_a_column_are_added_in_it(engine: Engine) -> None:
    answer = converse(engine, "困难群众临时救助和养老机构消防改造执行数", "这两个加起来")
    assert answer.status == "answered", answer.text
    assert "345" in answer.text  # 执行数 219 + 126, never the 预算数 220 + 140 = 360
    assert "360" not in answer.text
