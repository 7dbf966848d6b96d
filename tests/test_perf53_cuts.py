"""Round 53, warm speed and load (issue 14): work a question redid that depends only on the knowledge base or on
the fragment read is done once: the pattern of the entity kinds a question may ask over, a form's core refs, the
ending and organisation kind of a fragment read fuzzily (once per fragment, not per candidate name), a label's facts
in the named departments' tables only. Counted, not timed; the readings are the ones the slower way gives (and
the text parser's lines, checked as they were)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from conftest import converse, engine_over, simple_table

from bot.answer.facts import entities
from bot.answer.facts import turn as facts_turn
from bot.answer.facts.index import FactIndex, index_for
from bot.answer.facts.question import Mention
from bot.engine import Engine
from bot.ingest.text import _Parser, parse_text
from bot.understand import parse as parse_module
from bot.understand.parse import _holds_word

_HEAD = ("类别", "科目", "2023年预算数", "2024年预算数")
_ROWS = {
    "青溪县司法局": [("基本支出", "办公费", 120.5, 130.25), (None, "差旅费", 40.0, 35.5), ("项目支出", "印刷费", 8.0, 9.5)],
    "青溪县民政局": [("基本支出", "办公费", 60.0, 66.0), (None, "差旅费", 20.0, 22.0), ("项目支出", "印刷费", 3.0, 4.5)],
}


@pytest.fixture(scope="module")
def two_departments(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("perf53_general")
    for k, (dept, rows) in enumerate(_ROWS.items()):
        simple_table(d / f"qingxi_{k}_2024.xlsx", "Sheet1", f"{dept}2024年部门预算支出对比表", "D2", "单位：万元",
                     _HEAD, rows)
    return engine_over(tmp_path_factory.mktemp("perf53_general_db") / "kb.sqlite", [d])


def test_kinds_pattern_built_once() -> None:
    """The pattern of the kinds is built on the first question of a vocabulary and reused: the same kinds read
    the same way."""
    kinds = frozenset({"部门", "单位", "学校", "所"})
    entities._kinds_asked.cache_clear()
    assert entities.entities_asked("哪个部门的预算最多", kinds) == "部门"
    assert entities.entities_asked("收入最少的单位是哪个", kinds) == "单位"
    assert entities.entities_asked("各学校有多少学生", kinds) == "学校"
    assert entities.entities_asked("今年预算多少", kinds) == ""
    info = entities._kinds_asked.cache_info()
    assert (info.misses, info.hits) == (1, 3)


def test_core_refs_kept_per_form(two_departments: Engine) -> None:
    """A form's core refs are worked out once and kept: the same refs, the same object, on the next question."""
    kb = two_departments.kb
    forms = [f for f, refs in kb.lexicon.forms.items() if any(r.kind == "project" for r in refs)] or ["印刷费经费"]
    for form in forms[:20]:
        first = kb.core_refs(form)
        assert first == frozenset(kb._core_refs(form))
        assert kb.core_refs(form) is first


def test_holds_word_same_as_every_window() -> None:
    """The quick refusal (too few of the word's characters in the name) never refuses a name a window of which
    is the word with one character off."""
    rng = random.Random(53)
    alphabet = "经费补助专项资金工作"

    def every_window(form: str, word: str) -> bool:
        n = len(word)
        return word in form or any(sum(a != b for a, b in zip(word, form[i:i + n], strict=True)) <= 1
                                   for i in range(len(form) - n + 1))

    for _ in range(3000):
        form = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5)))
        assert _holds_word(form, word) == every_window(form, word), (form, word)


def test_fragment_read_once_not_per_name(two_departments: Engine, monkeypatch) -> None:
    """A mistyped name is scored against many candidate names: its ending (a count, a rate) and the kind of
    organisation it ends with are found once per fragment tried, not once per candidate; the reading stands."""
    calls: dict[str, int] = {"_measure_asked": 0, "_unit_kind": 0}
    for name in calls:
        real = getattr(parse_module, name)

        def counted(*args, _real=real, _name=name):
            calls[_name] += 1
            return _real(*args)

        monkeypatch.setattr(parse_module, name, counted)
    tried: list[int] = []
    real_best = parse_module._fuzzy_best

    def best(*args):
        tried.append(1)
        return real_best(*args)

    monkeypatch.setattr(parse_module, "_fuzzy_best", best)
    answer = converse(two_departments, "司法局的差旅废2024年预算数是多少")
    assert answer.status == "answered" and "35.5" in answer.text, answer.text
    assert tried and calls["_unit_kind"] == len(tried) and calls["_measure_asked"] <= len(tried)


def test_heading_facts_of_the_named_departments_only(two_departments: Engine, monkeypatch) -> None:
    """Whether a heading's rows are all shown is asked of the named department's facts of that label, found by
    its tables' id ranges (a common label holds a fact of every department), with the same answer as a scan of
    every department's facts."""
    idx = index_for(two_departments.kb)
    key = "基本支出"
    assert key in idx.label_facts
    asked: list[int] = []
    real = FactIndex.label_facts_in

    def counted(self, k, doc):
        asked.append(doc)
        return real(self, k, doc)

    monkeypatch.setattr(FactIndex, "label_facts_in", counted)
    m = Mention(0, 4, {key}, True)
    own = sorted(idx.dept_docs["青溪县司法局"])
    for shown in ("办公费 差旅费", "办公费", ""):
        fq = SimpleNamespace(departments=["青溪县司法局"])
        docs = set(own)
        names = {idx.fact_keys[f][0] for f in idx.label_facts[key] if idx.fact_nrows[f] and idx.fact_doc[f] in docs
                 and key not in idx.fact_keys[f][:idx.fact_nrows[f]]} - {"合计", "小计", "总计"}
        slow = len(names) >= 2 and all(n in shown for n in names)
        assert facts_turn._heading_of_rows_shown(m, shown, fq, idx) == slow
    assert asked and set(asked) <= set(own)


_TEXT = """项目支出绩效目标表（含转移支付项目）

部门名称：青溪县司法局(部门) 单位：万元
项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标
合计 80.10 80.10
    宣传工作经费 80.10 80.10
\u3000通过购买社会服务方式，做好宣传。

1、1-产出指标,11-数量指标,宣传次数；实施周期指标值:≥4次,年度指标值:≥4次;
第 1 页
部门名称：青溪县民政局(部门) 单位：万元
- 2 -
"""


def test_split_keeps_the_lines_in_order() -> None:
    """The content lines, their numbers and indents, and the header's department and warnings, as the loop of
    appends kept them."""
    parser = _Parser(_TEXT.replace("\u3000", " "), "t.txt")
    expected = [(no, raw.strip(), raw[0] in " \t") for no, raw in enumerate(_TEXT.replace("\u3000", " ").splitlines(), 1)
                if raw.strip() and not raw.strip().startswith(("部门名称", "项目名称", "项目支出绩效目标表", "第 1 页", "- 2 -"))]
    assert list(zip(parser.numbers, parser.texts, parser.indented, strict=True)) == expected
    assert parser.department == "青溪县司法局(部门)" and parser.unit == "万元"
    assert parser.title == "项目支出绩效目标表（含转移支付项目）"
    assert [i.line for i in parser.issues] == [11]  # the second department line
    doc = parse_text(_TEXT, "青溪_2025年_司法局.txt")
    assert doc.year == 2025 and [p.name for p in doc.projects] == ["宣传工作经费"]


def test_adjacent_pieces_checked_against_each_name_once(monkeypatch) -> None:
    """Pieces of project names said one after the other ("健身设施") are checked against each distinct name of the
    projects they stand for once, not once per project (a common short name stands for one in every department)."""
    from bot.language.lexicon import Ref

    names = {i: "全民健身赛事活动经费" if i < 50 else "污水治理设施运维经费" for i in range(100)}
    kb = SimpleNamespace(full_forms=set(), project_names=lambda sets, keep=True: list(dict.fromkeys(
        names[r.id] for s in sets for r in s)))
    first = SimpleNamespace(refs={Ref("project", i) for i in range(50)}, text="健身", start=0, end=2)
    second = SimpleNamespace(refs={Ref("project", i) for i in range(50, 100)}, text="设施", start=2, end=4)
    p = SimpleNamespace(mentions=[first, second], text="健身设施", unexplained=[], unnamed=[], unexplained_common=True)
    tried: list[str] = []
    real = parse_module.in_order
    monkeypatch.setattr(parse_module, "in_order", lambda said, form: tried.append(form) or real(said, form))
    parse_module._adjacent_names_of_none(p, kb)
    assert sorted(tried) == sorted(set(names.values()))
    assert p.mentions == [first, second]  # (no project's tail ends it: read on)


def test_money_word_checked_against_each_name_once() -> None:
    """"法律顾问经费": a money word closing the short name of projects in many departments is checked against
    each distinct name once (kb.project_names), with the same reading: the name said, not an amount asked."""
    from bot.dialogue import context
    from bot.language.lexicon import Ref

    names = {i: "聘请法律顾问经费" if i % 2 else "法律顾问专项经费" for i in range(40)}
    asked: list[int] = []

    def project_names(sets, keep=True):
        asked.append(sum(map(len, sets)))
        return list(dict.fromkeys(names[r.id] for s in sets for r in s))

    mention = SimpleNamespace(end=4, of=lambda kind: {Ref("project", i) for i in range(40)})
    t = SimpleNamespace(kb=SimpleNamespace(project_names=project_names))
    p = SimpleNamespace(text="法律顾问经费", concepts={"amount": [(4, 6)]}, mentions=[mention])
    assert not context._money_said(t, p) and asked == [40]
    p.text, names[3] = "法律顾问经费", "法律顾问经费标准"
    assert context._money_said(t, p)
