"""Round 48 fixes (lane fixc48), on fictional tables:
- a question of two years whose parts each year's table answers with a DIFFERENT project sharing a pair of characters
  with the item said (河道整治项目前期及管理经费 of 2026 beside 河道整治项目 of 2025) is never paired as one item: each
  year's row is said and the reply is no confident answer; the same project under another generic tail still is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import engine_over
from tests.data.years48 import make_docs


@pytest.fixture(scope="module")
def two_years(tmp_path_factory) -> Engine:
    """云岭县水利局's two tables, the 2026 one holding a project's 前期及管理经费 beside another project, the 2025 one
    the construction project itself."""
    folder = tmp_path_factory.mktemp("fixc48_years")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(make_docs, "HERE", folder)
        mp.setattr(make_docs, "PROJECTS", [
            ("河道综合整治项目前期及管理经费", 40.00, 40.00, "开展河道综合整治项目前期论证和日常管理。",
             [("产出", "数量", "前期论证报告数", "≥2份", "≥1份")]),
            ("农村饮用水提质改造经费", 95.00, 95.00, "改造农村供水管网。",
             [("产出", "数量", "改造供水管网长度", "≥120公里", "≥40公里")]),
        ])
        mp.setattr(make_docs, "KEYPROJ", [("河道综合整治项目", 500.00, 600.00, 540.00),
                                          ("农村饮用水提质改造项目", 100.00, 120.00, 110.40)])
        make_docs.build_targets()
        make_docs.build_self_evaluation()
    return engine_over(folder / "kb.sqlite", [Path(folder)])


def test_two_years_answered_by_different_projects_are_not_one_item(two_years):
    a = two_years.ask("河道综合整治 26年安排多少 25年执行了多少")
    assert a.status != "answered"
    assert "河道综合整治项目前期及管理经费" in a.text and "40.00" in a.text
    assert "“河道综合整治项目”" in a.text and "540" in a.text and "不是同一个项目" in a.text


def test_two_years_of_the_same_project_under_another_tail_still_paired(two_years):
    a = two_years.ask("饮用水提质改造 26年安排多少 25年执行了多少")
    assert a.status == "answered"
    assert "95.00" in a.text and "110.4" in a.text and "不是同一个项目" not in a.text
