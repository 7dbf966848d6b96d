"""Work done once per question, or only when needed, counted — never timed (perf61, issue 14).

- The vocabulary file is stamped once per question (sections.one_version): every reader of a section within one
  question reads the same version without a stat of its own, and an edit is seen by the next question.
- The names of the projects a question names are looked up (thousands of refs for a common name) only when one side
  of two things joined may be missing, not for every question."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from bot.language import sections
from bot.language.sections import one_version, vocabulary_section


def _words(value: object) -> tuple[str, ...]:
    return tuple(value.get("words", ())) if isinstance(value, dict) else ()


def _write(path: Path, words: list[str], mtime_ns: int) -> None:
    path.write_text("[probe]\nwords = [" + ", ".join(f'"{w}"' for w in words) + "]\n", encoding="utf-8")
    os.utime(path, ns=(mtime_ns, mtime_ns))


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = sections.stamp

    def stamp(path):
        calls.append(str(path))
        return real(path)

    monkeypatch.setattr(sections, "stamp", stamp)
    return calls


def test_one_stamp_per_question_and_an_edit_seen_by_the_next(tmp_path: Path, counted: list[str]) -> None:
    vocab = tmp_path / "v.toml"
    _write(vocab, ["甲乙"], 1_000_000_000)
    with one_version():
        for _ in range(5):
            assert vocabulary_section(str(vocab), "probe", _words) == ("甲乙",)
        with one_version():  # (a nested use shares the outer question's stamp)
            assert vocabulary_section(str(vocab), "probe", _words) == ("甲乙",)
    assert counted == [str(vocab)]
    _write(vocab, ["丙丁", "戊己"], 2_000_000_000)  # edited between two questions
    with one_version():
        assert vocabulary_section(str(vocab), "probe", _words) == ("丙丁", "戊己")
    assert len(counted) == 2


def test_outside_a_question_every_read_stamps(tmp_path: Path, counted: list[str]) -> None:
    vocab = tmp_path / "v.toml"
    _write(vocab, ["庚辛"], 1_000_000_000)
    for _ in range(3):
        assert vocabulary_section(str(vocab), "probe", _words) == ("庚辛",)
    assert len(counted) == 3
    _write(vocab, ["壬癸"], 3_000_000_000)
    assert vocabulary_section(str(vocab), "probe", _words) == ("壬癸",)


# ----- the projects' names of a question looked up only when a side of it may be missing -----------------------

def _project(name: str, amount: str) -> str:
    return (f"    {name} {amount} {amount}\n\n保障{name[:6]}工作顺利开展。\n\n\n1、1-产出指标,11-数量指标,{name[:4]}完成数量；"
            f"实施周期指标值:≥2个,年度指标值:≥2个;,2、3-满意度指标,31-服务对象满意度,群众满意度；实施周期指标值:≥95%,"
            "年度指标值:≥95%;\n\n")


_TARGETS = ("项目支出绩效目标表（含转移支付项目）\n\n部门名称：桐江县林业局(部门) 单位：万元\n\n"
            "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n合计 270.00 270.00\n\n"
            "桐江县林业局 270.00 270.00\n\n" + _project("松材线虫病防治经费", "150.00")
            + _project("森林防火巡护经费", "120.00"))


@pytest.fixture(scope="module")
def forestry(tmp_path_factory: pytest.TempPathFactory):
    from conftest import engine_over

    folder = tmp_path_factory.mktemp("perf61")
    (folder / "桐江县林业局_2026年_项目支出绩效目标表.txt").write_text(_TARGETS, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder / "桐江县林业局_2026年_项目支出绩效目标表.txt"])


def test_names_looked_up_only_when_a_side_may_be_missing(forestry, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.language.lexicon import KnowledgeBase

    callers: list[str] = []
    real = KnowledgeBase.project_names

    def project_names(self, ref_sets, keep=True):
        callers.append(sys._getframe(1).f_code.co_name)
        return real(self, ref_sets, keep)

    monkeypatch.setattr(KnowledgeBase, "project_names", project_names)
    answer = forestry.ask("松材线虫病防治经费多少")
    assert answer.status == "answered" and "150" in answer.text, answer.text
    assert "_not_held" not in callers
    # a side not found is still said so, never the one side's figure as the sum
    answer = forestry.ask("森林防火巡护经费和不存在经费加起来多少")
    assert answer.status != "answered" or "270" not in answer.text, answer.text
    assert "_not_held" in callers
