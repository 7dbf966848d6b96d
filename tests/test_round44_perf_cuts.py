"""Round 44 (lane perf44), warm speed and load (issue 14): work a question repeated over every project of a common
name is done by project ids, skipped where its outcome is already known, or kept per knowledge base; the fuzzy
test of a word against a sentence's tokens stops in C at the first fit; parse_text splits its lines without a loop
of appends. Each cut is checked against the way it was done before (the same readings), never timed."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import engine_over

from bot.answer.facts import turn as facts_turn
from bot.dialogue import context
from bot.engine import Engine
from bot.ingest import text as text_module
from bot.ingest.text import parse_text
from bot.language.lexicon import Ref
from bot.language.normalize import compact
from bot.understand import parse
from bot.understand.parse import Mention, understand, words_score

DATA = Path(__file__).resolve().parent / "data" / "names42"
SEED = Path(__file__).resolve().parent.parent / "knowledge" / "000_9289cd5134f499bc.txt"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("perf64")
    return engine_over(folder / "kb.sqlite", [DATA / "青岚县水利局_2026年_项目支出绩效目标表.txt"])


def _mentions(p) -> list[tuple]:
    return [(m.start, m.end, m.text, frozenset(m.refs)) for m in p.mentions]


def test_a_name_of_many_tables_said_alone_skips_the_widening(engine: Engine, monkeypatch) -> None:
    """No word said before a name of more tables than are looked at: each table keeps the mention's own projects,
    so nothing is looked at; the full reading, forced, comes out the same."""
    kb = engine.kb
    monkeypatch.setattr(parse, "NAMES_LOOKED_AT_MOST", 0)  # (one table is "many" here)
    held: list[int] = []
    real = parse._held_by_document

    def counting(*args):
        held.append(1)
        return real(*args)
    monkeypatch.setattr(parse, "_held_by_document", counting)
    p = understand("保洁经费多少", kb)
    assert any(m.of("project") for m in p.mentions) and held == []
    before = _mentions(p)
    monkeypatch.setattr(parse, "_tables_of", lambda kb, m: 0)  # the full reading
    parse._names_holding_the_words_in_order(p, kb)
    assert held and _mentions(p) == before


def test_the_name_holding_more_of_the_words_is_read_by_ids(engine: Engine) -> None:
    """"桥梁检测经费": the project holding all three words in order replaces the mention's refs (one Ref per
    project, as the lexicon makes them); "保洁经费" is widened to both names holding its words."""
    kb = engine.kb
    p = understand("桥梁检测经费多少", kb)
    refs = [m.refs for m in p.mentions if m.of("project")]
    assert len(refs) == 1 and {kb.projects[r.id].name for r in refs[0]} == {"公路桥梁定期检测经费"}
    assert all(r == Ref("project", r.id) for r in refs[0])
    widened = [m.refs for m in understand("保洁经费多少", kb).mentions if m.of("project")]
    assert {kb.projects[r.id].name for r in widened[0]} == {"河道日常保洁经费", "水库库区保洁管理经费"}


def _named_whole_before(turn, m) -> bool:
    """_project_named_whole as it was: every project's name compacted on each question."""
    said = compact(m.text)
    names = [compact(turn.kb.projects[r.key].name) for r in m.of("project") if r.key in turn.kb.projects]
    return any(n == said or len(said) * 2 > len(n) for n in names)


@pytest.mark.parametrize("said", ["保洁经费", "河道日常保洁经费", "经费", "检测经费", "公路桥梁定期检测经费", "", "河 道"])
def test_a_project_named_whole_by_the_lengths_kept(engine: Engine, said: str) -> None:
    kb = engine.kb
    turn = SimpleNamespace(kb=kb)
    for refs in ({Ref("project", pid) for pid in kb.projects}, {Ref("project", next(iter(kb.projects)))}, set()):
        m = Mention(0, len(said), said, refs)
        assert facts_turn._project_named_whole(turn, m) == _named_whole_before(turn, m), (said, len(refs))


def _words_score_before(phrases: list[str], sentence: str, kb) -> float:
    """words_score as it was: every token scored in Python for each word."""
    from rapidfuzz import fuzz

    text, total = compact(sentence), 0.0
    for phrase in phrases:
        if phrase in text:
            total += 1
            continue
        words, paired = parse.phrase_words(phrase, kb)
        if paired:
            total += sum(w in text for w in words) / len(words)
            continue
        if not any(len(w) > 1 and parse._may_be_in(w, text) for w in words):
            continue
        tokens = kb.segmenter.cut(text)
        whole = [t for t in tokens if len(t) >= 4 and any(len(w) > 1 and w in t for w in words)]
        long_found = sum(1 for w in words if len(w) > 1 and (max((fuzz.ratio(w, t) for t in tokens), default=0) >= 80
                                                             or any(w in t for t in whole)))
        if long_found:
            found = long_found + sum(1 for w in words if len(w) == 1 and (w in tokens or any(w in t for t in whole)))
            total += found / len(words)
    return total / len(phrases) if phrases else 0.0


@pytest.mark.parametrize("phrases,sentence", [
    (["河道保洁"], "河道日常保洁经费"), (["桥梁检测"], "公路桥梁定期检测经费"), (["服务对象满意"], "服务对象满意度"),
    (["环境卫生保洁"], "环境卫牛保洁专项经费"), (["公务用车"], "公务车辆运行维护"), (["法律顾问", "信访"], "聘请法律顾问专项经费"),
    (["满意度"], "群众满意率"), ([], "河道日常保洁经费")])
def test_words_score_finds_a_token_as_before(engine: Engine, phrases: list[str], sentence: str) -> None:
    assert words_score(phrases, sentence, engine.kb) == pytest.approx(_words_score_before(phrases, sentence, engine.kb))


def test_words_score_as_before_over_the_names_mistyped(engine: Engine) -> None:
    """Each project's name with one character mistyped, against every name: the scores are the same."""
    kb = engine.kb
    names = sorted({p.name for p in kb.projects.values()})
    phrases = [n[:2] + "一" + n[3:] for n in names if len(n) > 4] + [n[2:] for n in names]
    compared = [(ph, n) for ph in phrases for n in names]
    assert len(compared) > 50
    for phrase, name in compared:
        assert words_score([phrase], name, kb) == pytest.approx(_words_score_before([phrase], name, kb)), (phrase, name)


def _split_before(text: str) -> tuple[list[str], list[int], list[bool], list[int], list[str], str, str]:
    """_Parser._split as it was (a loop of appends), on a parser of its own."""
    parser = object.__new__(text_module._Parser)
    parser.path, parser.issues, parser.department, parser.unit, parser.title = "x.txt", [], "", "", ""
    parser.heads = []
    texts: list[str] = []
    numbers: list[int] = []
    indented: list[bool] = []
    if "\u3000" in text:
        text = text.replace("\u3000", " ")
    for no, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not stripped:
            continue
        if (stripped[0] in "第-部项" or "绩效目标表" in stripped) and parser._header(no, stripped):
            continue
        texts.append(stripped)
        numbers.append(no)
        indented.append(raw[0] in " \t")
    return texts, numbers, indented, parser.heads, [i.message for i in parser.issues], parser.department, parser.title


def _split_now(text: str) -> tuple:
    parser = text_module._Parser(text, "x.txt")
    return (parser.texts, parser.numbers, parser.indented, parser.heads, [i.message for i in parser.issues],
            parser.department, parser.title)


def test_parse_text_splits_its_lines_as_before() -> None:
    seed = SEED.read_text(encoding="utf-8")
    # pages repeated with another department's header (a warning), a full-width space, blank and indented lines
    lines = seed.splitlines()
    other = [line.replace("部门名称：", "部门名称：另一个") if line.startswith("部门名称") else line for line in lines[:8]]
    varied = "\n".join(lines + ["", "第 2 页", "\u3000"] + other + ["  ", "\t缩进的一行 1.00"]) + "\n"
    for text in (seed, varied):
        assert _split_now(text) == _split_before(text)
    assert _split_now(varied)[4], "the other department's header is warned about"


def test_parse_text_reads_the_seed_as_its_lines_say() -> None:
    doc = parse_text(SEED.read_text(encoding="utf-8"), str(SEED))
    lines = SEED.read_text(encoding="utf-8").splitlines()
    assert doc.projects and all(lines[p.line - 1].strip().startswith(p.name[:4]) for p in doc.projects)


def test_a_question_of_no_year_looks_at_no_project(engine: Engine) -> None:
    """_named_only_in_other_years asks of one year said: with none (nor 上年), no project's table is looked up."""
    kb = engine.kb
    p = understand("保洁经费多少", kb)
    assert any(m.of("project") for m in p.mentions)

    def no_lookup(pid: int) -> int:
        raise AssertionError("a project's table looked up")
    assert context._named_only_in_other_years(SimpleNamespace(kb=kb, doc_of=no_lookup), p) is None
    dated = understand("2026年保洁经费多少", kb)
    looked: list[int] = []
    context._named_only_in_other_years(SimpleNamespace(kb=kb, doc_of=lambda pid: looked.append(pid) or
                                                       kb.projects[pid].document_id, unknown=None), dated)
    assert looked  # (a year said: the projects' tables are looked at as before)
