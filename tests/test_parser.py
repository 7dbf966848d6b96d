"""The text-layout parser: the seed against its golden content, re-wrapped layouts, bad input."""

from __future__ import annotations

import random
import textwrap

import pytest

from bot.ingest.formats import read_document
from bot.ingest.text import parse_text
from bot.model import LoadError

HEADER = [
    "",
    "部门名称：广州市白云区信访局(部门) 单位：万元",
    "",
    "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
    "",
]


def test_seed_matches_golden_field_for_field(seed_path, golden):
    doc = read_document(seed_path)
    assert doc.issues == []
    assert doc.as_dict() == golden
    assert len(doc.projects) == 6 and doc.indicator_count == 38


def test_seed_records_source_lines(seed_path, seed_text):
    doc = read_document(seed_path)
    lines = seed_text.splitlines()
    for project in doc.projects:
        assert project.name[:6] in lines[project.line - 1]
        for ind in project.indicators:
            # The indicator starts on its line: its number is there, its name within the next lines.
            here = "".join(x.strip() for x in lines[ind.line - 1 : ind.line + 3])
            assert str(ind.seq) in lines[ind.line - 1] and ind.name[:4] in here


def _wrap(text: str, width: int) -> list[str]:
    """Cut text every `width` characters, anywhere (inside numbers and key words too)."""
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


def _amount_text(item: dict) -> str:
    cols = [item.get(k) for k in ("total", "fiscal_appropriation", "special_account", "other")]
    return " ".join(f"{v:.2f}" for v in cols if v is not None)


def render(golden: dict, width: int, rng: random.Random) -> str:
    """The golden content laid out as the PDF extraction does, wrapped at `width`, headers at random."""
    body: list[str] = [f"合计 {_amount_text(golden['total'])}"]
    body += [f"{u['name']} {_amount_text(u)}" for u in golden["units"]]
    for p in golden["projects"]:
        name_lines = _wrap(p["name"], width)
        name_lines[0] = "    " + name_lines[0]
        if rng.random() < 0.5:
            name_lines[-1] += " " + _amount_text(p)
        else:
            name_lines.append(_amount_text(p))
        body += name_lines
        body += _wrap(p["goal"], width)
        indicators = ",".join(
            f"{i['seq']}、{i['level1']},{i['level2']},{i['name']}；实施周期指标值:{i['period_value']},"
            f"年度指标值:{i['annual_value']};"
            for i in p["indicators"]
        )
        body += _wrap(indicators, width)
    for _ in range(rng.randint(1, 4)):  # page headers and stray blank lines at random places
        at = rng.randint(1, len(body))
        body[at:at] = HEADER if rng.random() < 0.7 else [""]
    return "\n".join(["项目支出绩效目标表（含转移支付项目）", *HEADER, *body, ""])


@pytest.mark.parametrize("width", range(10, 81))
def test_rewrapped_seed_gives_the_same_records(golden, width):
    rng = random.Random(width)
    for _ in range(3):
        doc = parse_text(render(golden, width, rng), f"rewrap-{width}.txt")
        assert doc.as_dict() == golden
        assert doc.warnings == []


def test_seed_with_headers_inserted_between_any_two_lines(seed_text, golden):
    lines = seed_text.splitlines()
    for at in range(8, len(lines)):
        text = "\n".join(lines[:at] + HEADER + lines[at:])
        assert parse_text(text, "x.txt").as_dict() == golden, at


def test_gbk_copy_loads_identically(tmp_path, seed_text, golden):
    path = tmp_path / "seed-gbk.txt"
    path.write_bytes(seed_text.encode("gbk"))
    assert read_document(path).as_dict() == golden


def test_utf8_bom_and_crlf_load_identically(tmp_path, seed_text, golden):
    path = tmp_path / "seed-bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + seed_text.replace("\n", "\r\n").encode("utf-8"))
    assert read_document(path).as_dict() == golden


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "空"),
        (b"   \n\n  ", "空"),
        (bytes(range(256)) * 20, "二进制"),
        ("项目支出绩效目标表".encode("utf-16"), "二进制"),
        ("部门名称：某局(部门) 单位：万元\n项目名称（资金使用单位） 总计\n合计 0.00\n".encode(), "没有找到任何项目"),
        ("今天天气很好。\n".encode(), "部门名称"),
    ],
)
def test_bad_input_is_rejected_naming_the_file(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(LoadError) as exc:
        read_document(path)
    assert str(path) in str(exc.value)
    assert message in str(exc.value)


def test_truncated_document_never_crashes(seed_text):
    """Cut anywhere: either a clear error or a document with warnings naming a line."""
    for cut in range(0, len(seed_text), 7):
        try:
            doc = parse_text(seed_text[:cut], "cut.txt")
        except LoadError as exc:
            assert all(i.path == "cut.txt" for i in exc.issues)
            continue
        for issue in doc.issues:
            assert issue.path == "cut.txt" and issue.message


def test_indicator_cut_in_the_middle_is_reported_with_its_line(seed_text):
    cut = seed_text.index("协调化解信访事项；实施周期")
    doc = parse_text(seed_text[:cut], "cut.txt")
    messages = [str(i) for i in doc.warnings]
    assert any("聘请法律顾问专项经费" in m and "不完整" in m for m in messages), messages
    assert all(i.line > 0 for i in doc.warnings if "不完整" in i.message)


def test_totals_that_do_not_add_up_are_warned(seed_text):
    doc = parse_text(seed_text.replace("合计 234.98 234.98", "合计 300.00 300.00"), "sum.txt")
    assert any("合计 300.00" in i.message for i in doc.warnings)
    doc = parse_text(seed_text.replace("信访工作经费 60.00 60.00", "信访工作经费 60.00 50.00"), "src.txt")
    assert any("资金来源之和" in i.message and "信访工作经费" in i.message for i in doc.warnings)


def test_duplicate_project_names_are_warned(seed_text):
    text = seed_text.replace("政府雇员公用经费 2.70", "政府雇员工资经费 2.70")
    doc = parse_text(text, "dup.txt")
    assert any("重复" in i.message for i in doc.warnings)


def test_stray_text_is_reported_not_dropped(seed_text):
    text = seed_text.replace("    公务用车购置经费 15.00 15.00", "    公务用车购置经费 15.00 15.00\n  这一行来历不明")
    doc = parse_text(text, "stray.txt")
    # The stray indented line cannot be a record; it is reported with its line number.
    assert any("来历不明" in i.message and i.line > 0 for i in doc.warnings)


def test_four_amount_columns_and_units(golden):
    text = textwrap.dedent(
        """\
        部门名称：某某局(部门) 单位：万元
        项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标
        合计 100.00 60.00 30.00 10.00
        某某局 100.00 60.00 30.00 10.00
            办公经费 100.00 60.00 30.00 10.00
        保障运转。
        1、1-产出指标,11-数量指标,保障人数；实施周期指标值:≥10人,年度指标值:≥10人;
        """
    )
    doc = parse_text(text, "four.txt")
    p = doc.projects[0]
    assert (p.amounts.total, p.amounts.fiscal_appropriation, p.amounts.special_account, p.amounts.other) == (
        100.0, 60.0, 30.0, 10.0,
    )
    assert doc.units[0].name == "某某局" and p.unit == "某某局"
    assert doc.issues == []


@pytest.mark.parametrize("name", ["education_bureau", "civil_affairs"])
def test_other_departments_match_their_expected_content(name):
    import json
    from pathlib import Path

    data = Path(__file__).parent / "data"
    expected = json.loads((data / f"{name}.json").read_text(encoding="utf-8"))
    expected.pop("_about", None)
    units = {p["name"]: p.pop("unit") for p in expected["projects"]}
    doc = read_document(data / f"{name}.txt")
    assert doc.issues == []
    assert doc.as_dict() == expected
    assert {p.name: p.unit for p in doc.projects} == units


def test_synthetic_corpus_parses_to_its_golden_content():
    """Hundreds of generated documents (wrapped anywhere, headers mid-text) parse exactly."""
    from bot.synth import doc_to_golden, generate_corpus

    for name, text, doc in generate_corpus(300, seed=7, projects=6, indicators_per_project=6):
        parsed = parse_text(text, name)
        assert parsed.as_dict() == doc_to_golden(doc), name
        assert parsed.warnings == [], name
