"""What is left of a budget, in the words people use for it ("没花掉多少", "还差多少没执行完", "没用完的"):
the budget less what was done, with both figures, on a self-evaluation and on a monitoring table; never the
budget or the executed figure alone as if it were what is left."""

from __future__ import annotations

import shutil

import pytest

from bot.engine import Engine
from bot.store.build import load_paths
from tests.conftest import DATA, VOCAB, converse, simple_table


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    import openpyxl

    folder = tmp_path_factory.mktemp("unspent")
    path = folder / "liuan_2022_self_evaluation.xlsx"
    shutil.copyfile(DATA / "samples" / "chongqing_yuzhong_2021_project_self_evaluation.xlsx", path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    for cell, value in {"A1": "2022年度项目支出绩效自评表", "B2": "创业扶持资金", "B3": "柳安区创业服务中心",
                        "I3": "柳安区人力资源和社会保障局", "B5": 2380, "F5": 2211}.items():
        ws[cell] = value
    wb.save(path)
    simple_table(folder / "tongchuan_2025_monitoring.xlsx", "监控", "桐川市文化广电旅游局2025年专项资金执行监控表",
                 "D2", "单位：万元", ["项目名称", "年初预算", "调整后预算", "1-6月支出"],
                 [("乡村文化站补助", 300, 280, 120), ("文物修缮资金", 450, 450, 90)])
    db = folder / "kb.sqlite"
    load_paths(db, [folder])
    return Engine(db, VOCAB)


@pytest.mark.parametrize("q", ["柳安区创业扶持资金没花掉多少钱", "创业扶持资金预算还差多少没执行完",
                               "柳安创业扶持资金没用完的有多少"])
def test_left_of_a_self_evaluated_budget(engine, q) -> None:
    a = converse(engine, q)
    assert a.status == "answered", a.text
    assert "169" in a.text and "2380" in a.text and "2211" in a.text, a.text


def test_left_of_a_monitored_line(engine) -> None:
    a = converse(engine, "桐川乡村文化站补助没花掉多少")
    assert a.status == "answered", a.text
    assert "160" in a.text and "280" in a.text and "120" in a.text, a.text
