"""A two-sided 财政拨款收支总表 (收入 on the left, 支出 on the right of the same rows, a blank line on one side
only, "其中：" sub-lines under the left's 上年结转) read as two sides of labelled lines; the lines under a line
asked by "其中X呢" and the line beside them by "那Y呢"; a line said without a department that other
departments print with 财政 inside (一般公共预算财政拨款收入) asked back; "哪些单位有X" answered with the
departments whose lines hold a figure. The workbooks are generated here with fictional departments and figures.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over, set_cells

from bot.engine import Engine
from bot.ingest.grid import worksheet_facts


def _two_sided(path: Path) -> None:
    """青禾县林业局, 万元: 收入 800 + 120 = 920, 上年结转 95 (其中 70 + 25), 收入总计 1015; 支出 30 + 680 + 95 +
    160 + 50 = 1015, 节能环保支出 and 卫生健康支出 printed blank."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收支总表"
    ws["A1"] = "青禾县林业局2026年部门预算财政拨款收支总表"
    ws.merge_cells("A1:D1")
    ws["A2"], ws["D2"] = "部门名称：青禾县林业局", "单位：万元"
    ws["A3"], ws["C3"] = "收入", "支出"
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:D3")
    rows = [("收入项目", "预算数", "支出项目", "预算数"),
            ("一、一般公共预算拨款收入", 800, "一、一般公共服务支出", 30),
            ("二、政府性基金预算拨款收入", 120, "二、节能环保支出", None),
            ("三、国有资本经营预算拨款收入", None, "三、农林水支出", 680),
            (None, None, "四、卫生健康支出", None),
            (None, None, "五、住房保障支出", 95),
            (None, None, "六、城乡社区支出", 160),
            (None, None, "七、其他支出", 50),
            ("本年收入合计", 920, "本年支出合计", 1015),
            ("四、上年结转", 95, "年末结转", None),
            ("  其中：一般公共预算拨款", 70, None, None),
            ("        政府性基金预算拨款", 25, None, None),
            ("收入总计", 1015, "支出总计", 1015)]
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(path)


def _final_accounts(path: Path) -> None:
    """柏溪区统计局's 收入支出决算总表, 万元: its lines say 财政 (一般公共预算财政拨款收入 310); 住房保障支出 22,
    节能环保支出 0."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "决算总表"
    ws["A1"] = "柏溪区统计局2025年收入支出决算总表"
    ws.merge_cells("A1:D1")
    ws["D2"] = "单位：万元"
    rows = [("收入项目", "决算数", "支出项目", "决算数"),
            ("一般公共预算财政拨款收入", 310, "一般公共服务支出", 268),
            ("政府性基金预算财政拨款收入", 0, "节能环保支出", 0),
            ("事业收入", 12, "住房保障支出", 22),
            (None, None, "卫生健康支出", 32),
            ("本年收入合计", 322, "本年支出合计", 322)]
    for r, row in enumerate(rows, 3):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(path)


def _flat_qizhong(path: Path) -> None:
    """石屏镇卫生院's one-sided 收入预算表, 万元, printed flush: 其中 under a numbered line (事业收入 260, 其中
    医疗收入 210, 药品收入 40) then the next numbered line."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收入"
    ws["A1"] = "石屏镇卫生院2026年收入预算表"
    ws.merge_cells("A1:B1")
    ws["B2"] = "单位：万元"
    rows = [("项目", "预算数"), ("一、财政拨款收入", 180), ("二、事业收入", 260), ("其中：医疗收入", 210), ("药品收入", 40),
            ("三、其他收入", 15), ("合计", 455)]
    for r, row in enumerate(rows, 3):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sides24")
    _two_sided(folder / "qinghe_lyj_shouzhi.xlsx")
    _final_accounts(folder / "baixi_tjj_juesuan.xlsx")
    _flat_qizhong(folder / "shiping_wsy_shouru.xlsx")
    return folder


@pytest.fixture(scope="module")
def engine(tables: Path, tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = Path(__file__).resolve().parent.parent
    return engine_over(tmp_path_factory.mktemp("sides24_db") / "kb.sqlite", [root / "knowledge", tables])


def _facts(path: Path):
    return worksheet_facts(openpyxl.load_workbook(path).active).facts


def test_each_side_is_read_as_its_own_lines(tables: Path) -> None:
    facts = _facts(tables / "qinghe_lyj_shouzhi.xlsx")
    spending = {f.row: f.number for f in facts if "支出" in f.col}
    # the 支出 side's lines are named by their own label (never "支出项目" glued before it)
    assert spending[("三、农林水支出",)] == 680 and spending[("五、住房保障支出",)] == 95
    assert not any("支出项目" in f.row for f in facts)
    # a blank line of one side (节能环保支出, 卫生健康支出) heads nothing: no line, of either side, stands under it
    assert all(f.section == "" for f in facts if f.row != ("注",))


def test_qizhong_lines_stand_under_their_line(tables: Path) -> None:
    facts = {f.row: f.number for f in _facts(tables / "qinghe_lyj_shouzhi.xlsx")}
    assert facts[("四、上年结转", "一般公共预算拨款")] == 70 and facts[("四、上年结转", "政府性基金预算拨款")] == 25
    assert facts[("收入总计",)] == 1015  # the total after them closes them
    flat = {f.row: f.number for f in _facts(tables / "shiping_wsy_shouru.xlsx")}
    # printed flush: the unnumbered lines after 其中 are under the numbered line, up to the next numbered one
    assert flat[("二、事业收入", "医疗收入")] == 210 and flat[("二、事业收入", "药品收入")] == 40
    assert flat[("三、其他收入",)] == 15


def test_qizhong_asked_after_its_line(engine: Engine) -> None:
    a = converse(engine, "青禾林业局上年结转多少", "其中一般公共预算的呢")
    assert a.status == "answered" and "70" in a.text and "800" not in a.text
    a = converse(engine, "青禾林业局上年结转多少", "其中一般公共预算的呢", "那政府性基金呢")
    assert a.status == "answered" and "25" in a.text and "120" not in a.text
    a = converse(engine, "石屏镇卫生院事业收入多少", "其中医疗收入多少")
    assert a.status == "answered" and "210" in a.text


def test_a_qizhong_line_added_to_a_line_of_its_name(engine: Engine) -> None:
    a = converse(engine, "青禾林业局政府性基金预算拨款收入", "加上上年结转里的政府性基金一共多少")
    assert a.status == "answered" and "145" in a.text  # 120 + 25, never 120 + 95


def test_a_spending_line_of_the_right_side(engine: Engine) -> None:
    a = converse(engine, "青禾林业局住房保障支出多少")
    assert a.status == "answered" and "95" in a.text and "支出项目" not in a.text


def test_a_line_printed_with_caizheng_elsewhere_is_asked_back(engine: Engine) -> None:
    a = converse(engine, "一般公共预算拨款收入多少")
    assert a.status == "clarify" and "青禾县林业局" in a.text and "柏溪区统计局" in a.text


def test_which_departments_have_a_line(engine: Engine) -> None:
    a = converse(engine, "哪些单位有住房保障支出")
    assert a.status == "answered" and "青禾县林业局" in a.text and "柏溪区统计局" in a.text
    a = converse(engine, "哪些单位有一般公共服务支出")
    assert a.status == "answered" and "青禾县林业局" in a.text and "柏溪区统计局" in a.text


@pytest.fixture(scope="module")
def targets(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """桐岭市人社局's department targets (targets only: 群众满意度 ≥82%, no column of what was achieved)."""
    folder = tmp_path_factory.mktemp("sides24_targets")
    whole = folder / "tongling_targets.xlsx"
    shutil.copyfile(Path(__file__).resolve().parent / "data" / "samples" / "zhanjiang_rsj_2024_department_targets.xlsx", whole)
    set_cells(whole, {"A1": "2026年市级部门整体预算绩效目标表", "B2": "桐岭市人力资源和社会保障局", "E34": "≥82%"})
    return engine_over(folder / "kb.sqlite", [whole])


@pytest.mark.parametrize("turns", [("桐岭人社局群众满意度目标", "实际达到多少"), ("桐岭人社局群众满意度实际达到了多少",)])
def test_what_was_achieved_is_not_the_target(targets: Engine, turns: tuple[str, ...]) -> None:
    a = converse(targets, *turns)
    assert a.status == "unknown" and "82" not in a.text


def _by_town(path: Path) -> None:
    """柳川县's transfers by town, 万元: a column group 2026年预算数 (合计 | 均衡性转移支付 | 生态补偿) over the
    towns, the 合计 row first. 青石镇: 80 of its 合计 320 (25%); the 生态补偿 column's total is 200 (40%)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分乡镇"
    ws["A1"] = "柳川县2026年县对乡镇转移支付分地区预算表"
    ws.merge_cells("A1:E1")
    ws["A2"] = "单位：万元"
    ws["A3"], ws["B3"], ws["E3"] = "地区", "2026年预算数", "2025年执行数"
    ws["B4"], ws["C4"], ws["D4"] = "合计", "均衡性转移支付", "生态补偿"
    for rng in ("A3:A4", "B3:D3", "E3:E4"):
        ws.merge_cells(rng)
    rows = [("合计", 900, 700, 200, 850), ("青石镇", 320, 240, 80, 300), ("河口乡", 330, 210, 120, 310),
            ("东岭镇", 250, 250, None, 240)]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def towns(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("sides24_towns")
    _by_town(folder / "liuchuan_towns.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "liuchuan_towns.xlsx"])


@pytest.mark.parametrize("question", ["青石镇生态补偿占它合计的比重", "青石镇生态补偿占其合计的比例是多少"])
def test_a_share_of_its_own_total_is_of_the_rows_total_column(towns: Engine, question: str) -> None:
    a = converse(towns, question)
    assert a.status == "answered" and "25" in a.text and "40" not in a.text.split("（来源")[0]


@pytest.fixture(scope="module")
def vehicles(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """A bureau's targets (the education bureau's test document made over into 柳塘区交通运输局's): its
    信息化 project's count indicator buys vehicles (购置执法车辆数量 4辆)."""
    folder = tmp_path_factory.mktemp("sides24_vehicles")
    text = (Path(__file__).resolve().parent / "data" / "education_bureau.txt").read_text(encoding="utf-8")
    text = text.replace("广州市白云区教育局", "广州市柳塘区交通运输局").replace(
        "更新多媒体教学设备数量；实施周期指标值:≥350套,年度\n指标值:≥350套", "购置执法车辆数量；实施周期指标值:4辆,年度\n指标值:4辆")
    assert "4辆" in text
    (folder / "liutang_jtj.txt").write_text(text, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder / "liutang_jtj.txt"])


@pytest.mark.parametrize("asked", ["车买几辆", "车要采购几辆"])
def test_a_count_asked_with_its_noun_glued_to_buying(vehicles: Engine, asked: str) -> None:
    """"车买几辆": the cutter's "车买" is the noun and the verb of buying, not a word the indicator must hold."""
    a = converse(vehicles, "教育信息化建设经费", asked)
    assert a.status == "answered" and "4辆" in a.text


def test_a_share_asked_in_points(multi_engine: Engine) -> None:
    """"占…几个点": a share said in percentage points, as 百分之几."""
    a = converse(multi_engine, "教育信息化建设经费占教育局总预算几个点")
    assert a.status == "answered" and "16.56%" in a.text
