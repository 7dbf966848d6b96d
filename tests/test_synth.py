"""Tests for the synthetic document generator (benchmarks.synth)."""

from __future__ import annotations

import json
import random
import re

import pytest

from benchmarks import synth

HEADER_LINES = {synth.TITLE, synth.COLUMN_HEADER}


def _content(text: str) -> str:
    """Text with line breaks, indentation, blank lines and page-header lines removed."""
    kept = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or stripped in HEADER_LINES or stripped.startswith("部门名称："):
            continue
        kept.append(stripped)
    return "".join(kept)


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, str, synth.SynthDocument]]:
    return list(synth.generate_corpus(40, seed=7))


def test_deterministic() -> None:
    first = list(synth.generate_corpus(5, seed=3))
    second = list(synth.generate_corpus(5, seed=3))
    assert [(n, t) for n, t, _ in first] == [(n, t) for n, t, _ in second]
    # a document does not depend on how many are generated, and the seed matters
    assert list(synth.generate_corpus(2, seed=3))[1][1] == first[1][1]
    assert list(synth.generate_corpus(5, seed=4))[0][1] != first[0][1]
    doc_a = synth.generate_document(11, random.Random(99))
    doc_b = synth.generate_document(11, random.Random(99))
    assert synth.render_text(doc_a, random.Random(1)) == synth.render_text(doc_b, random.Random(1))


def test_department_names_unique() -> None:
    names = [
        doc.department for _, _, doc in synth.generate_corpus(1000, projects=1, indicators_per_project=1)
    ]
    assert len(set(names)) == 1000
    assert all(re.match(r"^\S+?市\S+$", n) for n in names)
    # unique beyond the realistic combinations too
    beyond = len(synth._organisations()) * 2 + 10
    assert len({synth.department_for(i)[0] for i in range(beyond)}) == beyond


def test_file_names_unique(corpus) -> None:
    names = [name for name, _, _ in corpus]
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", n) for n in names)


@pytest.mark.parametrize("count", [10, 150])
def test_project_names_unique_and_clean(count: int) -> None:
    doc = synth.generate_document(3, random.Random(5), projects=count, indicators_per_project=2)
    names = [p.name for p in doc.projects]
    assert len(names) == count
    assert len(set(names)) == count
    for name in names:
        assert not re.search(r"\d", name), name
        assert "," not in name and "；" not in name


def test_sums_add_up(corpus) -> None:
    for _, _, doc in corpus:
        golden = synth.doc_to_golden(doc)
        for p in doc.projects:
            sources = p.fiscal_appropriation + (p.special_account or 0) + (p.other or 0)
            assert round(sources, 2) == p.total
            assert (p.special_account is None) == (p.other is None)  # only the two printable patterns
        for unit, entry in zip(doc.units, golden["units"], strict=True):
            assert entry["total"] == round(sum(p.total for p in unit[1]), 2)
        assert golden["total"]["total"] == round(sum(u["total"] for u in golden["units"]), 2)
        assert golden["total"]["total"] == round(doc.total, 2)


def test_golden_shape(corpus) -> None:
    _, _, doc = corpus[0]
    golden = json.loads(json.dumps(synth.doc_to_golden(doc), ensure_ascii=False))
    assert set(golden) == {"department", "unit", "total", "units", "projects"}
    assert golden["department"].endswith("(部门)") and golden["unit"] == "万元"
    project = golden["projects"][0]
    assert {"name", "total", "fiscal_appropriation", "goal", "indicators"} <= set(project)
    assert set(project["indicators"][0]) == {
        "group", "seq", "level1", "level2", "name", "period_value", "annual_value",
    }  # fmt: skip
    for p in golden["projects"]:
        assert ("special_account" in p) == ("other" in p)


def test_golden_strings_in_text(corpus) -> None:
    for _, text, doc in corpus:
        content = _content(text)
        bare = content.replace(" ", "")  # "值: 100%" is printed now and then, like in the seed
        golden = synth.doc_to_golden(doc)
        assert f"部门名称：{golden['department']} 单位：万元" in text
        for unit in golden["units"]:
            assert unit["name"] in content
        for p, project in zip(golden["projects"], doc.projects, strict=True):
            assert p["name"] in content and p["goal"] in content
            for ind in p["indicators"]:
                for key in ("name", "period_value", "annual_value"):
                    assert ind[key] in content
            assert synth.indicator_text(project.indicators) in bare


def test_text_layout(corpus) -> None:
    for _, text, doc in corpus:
        lines = text.split("\n")
        assert lines[1] == synth.TITLE
        assert lines[3] == f"部门名称：{doc.department}(部门) 单位：万元"
        assert lines[7].startswith("合计 ")
        names = {p.name for p in doc.projects}
        for line in lines:
            if line.startswith(" "):  # only project lines are indented, by four spaces
                assert line.startswith("    ") and not line[4].isspace()
                assert any(n.startswith(line.strip().split(" ")[0]) for n in names)
        for p in doc.projects:
            assert p.goal.endswith("。")
        assert max(len(line) for line in lines if line and line[0] not in " 项") <= 60


def test_page_header_repeats() -> None:
    doc = synth.generate_document(0, random.Random(0), projects=10, indicators_per_project=10)
    text = synth.render_text(doc, random.Random(0))
    dept_line = f"部门名称：{doc.department}(部门) 单位：万元"
    lines = text.split("\n")
    assert lines.count(dept_line) > 1
    assert lines.count(dept_line) == lines.count(synth.COLUMN_HEADER)
    assert lines.count(dept_line) >= len(lines) // 80


def test_goal_wraps_at_width() -> None:
    doc = synth.generate_document(1, random.Random(2), projects=3, indicators_per_project=3)
    text = synth.render_text(doc, random.Random(0), width=15)
    for p in doc.projects:
        start = text.index(p.goal[:10])
        first_line = text[start:].split("\n")[0]
        assert len(first_line) == 15 or first_line == p.goal


def test_parse_safety_constraints(corpus) -> None:
    indicator_start = re.compile(r"\d+、\d+-")
    for _, _, doc in corpus:
        for p in doc.projects:
            assert not indicator_start.search(p.goal)
            assert not re.search(r"\d$", p.goal) and not re.search(r"\d$", p.name)
            groups = [i.group for i in p.indicators]
            assert groups == sorted(groups) and set(groups) <= {1, 2}
            for ind in p.indicators:
                assert ind.level1 in synth.LEVEL1.values() and ind.level2 in synth.LEVEL2.values()
                assert ind.level2[0] == ind.level1[0]
                assert "," not in ind.name and "；" not in ind.name
                for value in (ind.period_value, ind.annual_value):
                    assert value and value == value.strip()
                    assert "实施周期指标值" not in value and "年度指标值" not in value and ";," not in value
                    assert not indicator_start.search(value)
    levels = {i.level2 for _, _, d in corpus for i in (ind for p in d.projects for ind in p.indicators)}
    assert levels == set(synth.LEVEL2.values())


def test_write_corpus(tmp_path) -> None:
    paths = synth.write_corpus(tmp_path / "docs", 3, seed=1, golden_folder=tmp_path / "golden", projects=2)
    assert [p.name for p in paths] == [n for n, _, _ in synth.generate_corpus(3, seed=1, projects=2)]
    for path in paths:
        assert path.read_text(encoding="utf-8").startswith("\n" + synth.TITLE)
        golden = json.loads(
            (tmp_path / "golden" / path.name).with_suffix(".json").read_text(encoding="utf-8")
        )
        assert len(golden["projects"]) == 2
