"""Old Excel (.xls) workbooks load like their .xlsx: merged header groups and row groups, percent cells,
the 合计 row (tests/data/xls/, made by make_xls.py); a file with the .xls header that is no workbook gets
a Chinese message naming it, and nothing is loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest.formats import SUPPORTED_SUFFIXES, read_document
from bot.model import LoadError
from tests.conftest import engine_over

XLS = Path(__file__).resolve().parent / "data" / "xls" / "lanxi_slj_2025_execution.xls"


def test_an_xls_workbook_answers_like_its_xlsx(tmp_path: Path) -> None:
    engine = engine_over(tmp_path / "kb.sqlite", [XLS])
    assert "356.5" in engine.ask("小型水库除险加固调整后预算多少").text
    assert "96.43%" in engine.ask("河湖长制工作经费执行率").text  # a percent cell stays a percent
    group = engine.ask("管理类年初预算合计").text
    assert "73.6" in group  # the merged 类别 cell gives the group
    cited = engine.ask("合计已支出多少").text
    assert "452" in cited and "lanxi_slj_2025_execution.xls" in cited and "第9行" in cited
    assert ".xls" in SUPPORTED_SUFFIXES


def test_a_file_with_the_xls_header_that_is_no_workbook_is_refused_by_name(tmp_path: Path) -> None:
    fake = tmp_path / "会议纪要.xls"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(LoadError) as err:
        read_document(fake)
    message = str(err.value)
    assert "会议纪要.xls" in message and ".xls" in message and "xlsx" in message
