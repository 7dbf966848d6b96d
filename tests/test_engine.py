"""The answering engine: question sets, numbers, context, vocabulary as data, the question log, the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import Engine, Session
from bot.frontends.evaluate import load_items, score
from bot.language.normalize import chinese_number, find_numbers, normalize
from bot.model import LoadError
from bot.store.build import load_paths

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = Path(__file__).parent / "questions"
DATA = Path(__file__).parent / "data"
VOCAB = ROOT / "knowledge" / "vocabulary.toml"


def _items(name: str) -> list[dict]:
    path = QUESTIONS / name
    return load_items(path) if path.exists() else []


SEED_SETS = ["seed.jsonl", "seed_extended.jsonl", "seed_paraphrase.jsonl"]


@pytest.mark.parametrize("item", [i for s in SEED_SETS for i in _items(s)], ids=lambda i: i.get("id", "?"))
def test_seed_question_sets(seed_engine, item):
    result = score(seed_engine, item)
    assert result.passed, f"{result.why}\n{result.answer.text}"


@pytest.mark.parametrize("item", _items("multi_department.jsonl"), ids=lambda i: i.get("id", "?"))
def test_multi_department_question_set(multi_engine, item):
    result = score(multi_engine, item)
    assert result.passed, f"{result.why}\n{result.answer.text}"


@pytest.mark.parametrize("item", _items("samples.jsonl"), ids=lambda i: i.get("id", "?"))
def test_spreadsheet_samples_question_set(samples_engine, item):
    result = score(samples_engine, item)
    assert result.passed, f"{result.why}\n{result.answer.text}"


def test_eval_command_prints_accuracy(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "bot", "eval", str(QUESTIONS / "seed.jsonl"), "--db", str(tmp_path / "kb.sqlite")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert out.stdout.strip().splitlines()[-1] == "accuracy: 44/44", out.stdout + out.stderr
    assert out.returncode == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("经费超过二十万的项目", [20.0]),
        ("经费超过５０万的项目", [50.0]),
        ("五十万元", [50.0]),  # cn2an.transform would give 500000元
        ("1.5万", [1.5]),
        ("十五点八万", [15.8]),
        ("在十万到七十万之间", [10.0, 70.0]),
        ("1,100万", [1100.0]),
        ("一亿", [10000.0]),
        ("5000元", [0.5]),
    ],
)
def test_amounts_keep_their_scale(text, expected):
    assert [a.value for a in find_numbers(normalize(text)) if a.has_unit] == expected


@settings(max_examples=300)
@given(st.integers(min_value=1, max_value=10**12))
def test_chinese_numerals_agree_with_cn2an(n):
    import cn2an

    assert chinese_number(cn2an.an2cn(n)) == n


@pytest.mark.parametrize(("text", "value"), [("两万七", 27000), ("七十七万两千八", 772800), ("三千五", 3500),
                                             ("十五点八", 15.8), ("一二", None), ("一千零五", 1005)])
def test_spoken_chinese_numerals(text, value):
    assert chinese_number(text) == value


def test_normalisation():
    assert normalize("法律顧問經費多少") == "法律顾问经费多少"
    assert normalize("ＡＢＣ　１２３ 万") == "abc 123万"
    assert normalize("a\x00b\u200bc") == "a b c" or "\x00" not in normalize("a\x00b")


@pytest.mark.parametrize(
    ("question", "status"),
    [("", "unknown"), ("？？？", "unknown"), ("x" * 10000, "unknown"), ("'; DROP TABLE projects; --", "unknown")],
)
def test_odd_input_gets_a_status_not_an_exception(seed_engine, question, status):
    answer = seed_engine.ask(question)
    assert answer.status == status and answer.text


def test_superlative_versus_bound(seed_engine):
    top = seed_engine.ask("哪个项目经费最多")
    assert "政府雇员工资经费" in top.text and top.intent == "rank"
    bound = seed_engine.ask("最多10万的项目")
    assert bound.intent == "filter" and "政府雇员公用经费" in bound.text and "政府雇员工资经费" not in bound.text


def test_clarification_then_pick_by_number_and_by_name(seed_engine):
    session = Session()
    first = seed_engine.ask("雇员经费多少", session)
    assert first.status == "clarify" and first.options == ["政府雇员工资经费", "政府雇员公用经费"]
    assert "77.28" in seed_engine.ask("1", session).text
    seed_engine.ask("雇员经费多少", session)
    assert "2.70" in seed_engine.ask("公用那个", session).text


def test_unknown_department_is_never_answered_from_another(seed_engine):
    for q in ("教育局的经费是多少", "天河区信访局的预算是多少", "公安局有哪些项目"):
        answer = seed_engine.ask(q)
        assert answer.status == "unknown" and "234.98" not in answer.text, q


def test_departments_are_kept_apart(multi_engine):
    edu = multi_engine.ask("教育局的法律顾问经费多少")
    assert edu.status == "answered" and "18.00" in edu.text and "广州市白云区教育局" in edu.text
    assert "12.00" not in edu.text
    both = multi_engine.ask("法律顾问经费多少")
    assert both.status == "clarify" and len(both.options) == 2
    assert multi_engine.ask("民政局有哪些项目").text.count("万元") == 4


def test_vocabulary_is_data_reloaded_without_code_change(tmp_path, seed_db):
    vocab = tmp_path / "vocabulary.toml"
    shutil.copy(VOCAB, vocab)
    shutil.copy(VOCAB.with_name("intents.toml"), tmp_path / "intents.toml")
    engine = Engine(seed_db, vocab)
    assert engine.ask("坐车的钱多少").status == "unknown"
    text = vocab.read_text(encoding="utf-8").replace('"买车" = "公务用车购置"', '"买车" = "公务用车购置"\n"坐车" = "公务用车"')
    vocab.write_text(text, encoding="utf-8")
    engine.reload()
    answer = engine.ask("坐车的钱多少")
    assert answer.status == "answered" and "15.00" in answer.text


def test_broken_vocabulary_names_file_and_line_and_keeps_serving(tmp_path, seed_db):
    vocab = tmp_path / "vocabulary.toml"
    shutil.copy(VOCAB, vocab)
    shutil.copy(VOCAB.with_name("intents.toml"), tmp_path / "intents.toml")
    engine = Engine(seed_db, vocab)
    lines = vocab.read_text(encoding="utf-8").splitlines()
    lines[5] = 'fillers = ["unterminated'
    vocab.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(LoadError) as exc:
        engine.reload()
    assert f"{vocab}:6" in str(exc.value)
    assert "12.00" in engine.ask("法律顾问经费多少").text


def test_question_log_records_status_and_intent(tmp_path, seed_db):
    engine = Engine(seed_db, VOCAB, log_db=tmp_path / "log.sqlite")
    engine.ask("法律顾问经费多少", chat="t")
    engine.ask("今天天气怎么样", chat="t")
    engine.ask("今天天气怎么样", chat="t")
    assert engine.log.stats() == {"answered": 1, "unknown": 2}
    assert engine.log.unanswered() == [("今天天气怎么样", 2)]


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_ask_command_json_lines_without_shared_context(seed_db):
    out = _run("ask", "--db", str(seed_db), "--json", stdin="法律顾问经费多少\n它的满意度指标呢\n")
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [x["question"] for x in lines] == ["法律顾问经费多少", "它的满意度指标呢"]
    assert lines[0]["status"] == "answered" and "12.00" in lines[0]["answer"]
    # No context between ask lines: the second's "它的" points at nothing, and is asked back rather than
    # narrowed to the first one's project (or answered for every project).
    assert lines[1]["status"] == "unknown" and "指的是哪个" in lines[1]["answer"]
    assert "法律顾问服务对象满意度" not in lines[1]["answer"]
    assert {"intent", "entities", "source"} <= set(lines[0])


def test_chat_command_keeps_context_one_line_per_turn(seed_db):
    out = _run("chat", "--db", str(seed_db), "--json", stdin="法律顾问经费多少\n它的满意度指标呢\n")
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(lines) == 2 and "法律顾问服务对象满意度" in lines[1]["answer"]


def test_a_complete_question_does_not_inherit_the_last_project(seed_engine):
    session = Session()
    seed_engine.ask("法律顾问经费多少", session)
    assert seed_engine.ask("有哪些项目", session).text.count("万元") == 6
    seed_engine.ask("公务用车", session)
    assert "15.00" in seed_engine.ask("多少钱", session).text  # a bare question word does


def test_a_clarification_is_only_good_for_the_next_turn(seed_engine):
    session = Session()
    assert seed_engine.ask("雇员经费多少", session).status == "clarify"
    seed_engine.ask("法律顾问经费多少", session)
    assert session.pending == []
    assert "政府雇员工资经费" not in seed_engine.ask("1", session).text


def test_sessions_are_reset_when_the_knowledge_base_is_reloaded(tmp_path, seed_db):
    engine = Engine(seed_db, VOCAB)
    session = Session()
    engine.ask("法律顾问经费多少", session)
    assert session.focus_projects
    load_paths(seed_db, [DATA / "civil_affairs.txt"], allow_remove=True)
    engine.reload()
    answer = engine.ask("它的满意度指标呢", session)
    assert "法律顾问" not in answer.text  # the old project id means nothing in the new knowledge base


def test_unrecorded_questions_stay_out_of_the_log(tmp_path, seed_db):
    engine = Engine(seed_db, VOCAB, log_db=tmp_path / "log.sqlite")
    engine.ask("法律", record=False)
    engine.ask("法律顾问经费多少")
    assert engine.log.stats() == {"answered": 1}


@pytest.mark.parametrize(
    ("target", "actual", "verdict"),
    [("≥90%", "88%", False), ("≥90%", "90%", True), ("≥39500人", "49358人", True), ("100%", "100%", True),
     ("≤5天", "6天", False), ("合规", "合规", True), ("有效", "较有效", None), ("≥95%", "100人", None)],
)
def test_completion_compares_numeric_targets(target, actual, verdict):
    from bot.answer.compose import reached

    assert reached(target, actual) is verdict


@pytest.mark.parametrize(
    ("name", "has", "lacks"),
    [("广州市白云区信访局", {"白云区信访局", "信访局", "广州", "白云区", "白云"}, set()),
     ("东莞市城市管理和综合执法局", {"城市管理和综合执法局", "东莞"}, {"城市", "管理和综合执法局"}),
     ("深圳市统计局", {"统计局", "深圳市", "深圳"}, set())],
)
def test_department_short_forms(name, has, lacks):
    from bot.language.lexicon import department_forms

    forms = department_forms(name)
    assert has <= forms and not (lacks & forms)
