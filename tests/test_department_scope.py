"""Departments by the names people use, and the department a conversation is about (issues 12 and 13).

Short names are derived by rule (the place without 市/县/区, the standard short words of bureau names in
knowledge/vocabulary.toml, every combination), so the tests use generated department names, not the
loaded ones: a list of known departments would pass them too. A short name several departments fit is
asked about, never answered from one; a follow-up keeps its conversation's department; a department
named next is searched for the same thing; several departments named are each answered, no other."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from bot.engine import Engine, Session
from bot.language.lexicon import department_forms, department_places, narrow_by_place
from bot.language.vocabulary import load_vocabulary
from bot.store.build import load_paths

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
VOCAB = ROOT / "knowledge" / "vocabulary.toml"
TEMPLATE = DATA / "civil_affairs.txt"
TEMPLATE_DEPT = "广州市白云区民政局"
# Characters rare in place names and in the vocabulary, two at a time: a place nobody listed.
RARE = "沣岚璟峄柘泷鄞邛沅滘濉洮岢崂"
BUREAUS = {"卫生健康局": "卫健局", "交通运输局": "交通局", "人力资源和社会保障局": "人社局",
           "住房和城乡建设局": "住建局", "市场监督管理局": "市场监管局", "发展和改革委员会": "发改委"}


def _places(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        place = "".join(rng.sample(RARE, 2))
        if all(place[0] not in p and place[1] not in p for p in out):
            out.append(place)
    return out


@pytest.fixture(scope="module")
def abbreviations() -> dict[str, tuple[str, ...]]:
    return load_vocabulary(VOCAB).department_abbreviations


@pytest.mark.parametrize("seed", range(6))
def test_short_names_are_derived_from_any_full_name(seed, abbreviations):
    """"X市卫生健康局" is also X卫健局, X市卫健局, 卫健局 and X, for a place no list holds."""
    place = _places(1, seed)[0]
    level = "市县区"[seed % 3]
    for full, short in BUREAUS.items():
        forms = department_forms(f"{place}{level}{full}", abbreviations)
        assert {f"{place}{short}", f"{place}{level}{short}", short, f"{place}{full}", place} <= forms, full
        assert level + short not in forms or short.startswith(level)  # the level is no part of a name


def test_the_table_of_short_words_is_the_vocabulary_file(abbreviations):
    """Bureau words not in the table keep their full name: the rule reads the file, it is not a list."""
    forms = department_forms("岚沣市档案馆", abbreviations)
    assert {"岚沣档案馆", "档案馆", "岚沣"} <= forms
    forms = department_forms("岚沣市生态环境局", abbreviations)
    assert {"岚沣环保局", "岚沣生态环境局", "环保局"} <= forms


def test_a_party_committee_department_and_a_branch(abbreviations):
    forms = department_forms("中共岚沣市璟峄区委社会工作部", abbreviations)
    assert {"璟峄社工部", "社工部", "社会工作部", "璟峄"} <= forms and "委社会工作部" not in forms
    branch = department_forms("岚沣市人力资源和社会保障局璟峄新技术开发区分局", abbreviations)
    assert {"璟峄分局", "璟峄", "人社局"} <= branch


def test_a_short_name_is_narrowed_by_the_place_said_with_it():
    a, b = "岚沣市璟峄区财政局", "泷柘市鄞邛区财政局"
    assert department_places(a) == ["岚沣", "璟峄"]
    assert narrow_by_place([a, b], ["中共岚沣市璟峄区委社会工作部"]) == [a]
    assert narrow_by_place([a, b], ["洮岢县教育局"]) == [a, b]  # no place shared: unchanged


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Engine, dict[str, str]]:
    """Four departments of generated places: two 卫健局 and two 交通局, one city having both."""
    a, b, c = _places(3, 99)
    names = {"a_health": f"{a}市卫生健康局", "b_health": f"{b}县卫生健康局",
             "a_transport": f"{a}市交通运输局", "c_transport": f"{c}区交通运输局", "a": a, "b": b, "c": c}
    folder = tmp_path_factory.mktemp("generated")
    text = TEMPLATE.read_text(encoding="utf-8")
    for k, key in enumerate(("a_health", "b_health", "a_transport", "c_transport")):
        # The same projects in each, with amounts of their own: an answer shows whose it is.
        body = text.replace(TEMPLATE_DEPT, names[key]).replace("326.40", f"3{k}6.40")
        (folder / f"{key}.txt").write_text(body, encoding="utf-8")
    db = folder / "kb.sqlite"
    load_paths(db, [folder], force=True)  # the totals are the template's; each project amount differs
    return Engine(db, VOCAB), names


def ask(engine: Engine, *turns: str, session: Session | None = None):
    session = session or Session()
    answer = None
    for turn in turns:
        answer = engine.ask(turn, session)
    assert answer is not None
    return answer


def _cites(answer, department: str) -> bool:
    return department in answer.text


def test_each_way_of_saying_a_department_finds_it(generated):
    engine, n = generated
    for said in (f"{n['a']}卫健局", f"{n['a']}市卫健局", f"{n['a']}卫生健康局", n["a_health"]):
        answer = ask(engine, f"{said}困难群众救助经费多少")
        assert answer.status == "answered" and "306.40" in answer.text and _cites(answer, n["a_health"]), said
    answer = ask(engine, f"{n['b']}卫健局困难群众救助经费多少")
    assert answer.status == "answered" and "316.40" in answer.text


def test_a_short_name_of_several_departments_is_asked_never_picked(generated):
    engine, n = generated
    answer = ask(engine, "卫健局困难群众救助经费多少")
    assert answer.status == "clarify"
    assert n["a_health"] in answer.text and n["b_health"] in answer.text
    assert "306.40" not in answer.text and "316.40" not in answer.text


def test_a_misspelt_short_name_is_taken_only_when_one_department_fits(generated):
    engine, n = generated
    answer = ask(engine, f"{n['a']}卫建局困难群众救助经费多少")  # 建 for 健
    assert answer.status == "answered" and "306.40" in answer.text
    alone = ask(engine, "卫建局困难群众救助经费多少")  # two 卫健局: never one of them
    assert alone.status != "answered"


def test_another_bureau_of_a_loaded_place_is_not_a_misspelling(generated):
    """"X市民政局" is one character from X市财政局 but 民政 is a word: another bureau, not loaded."""
    engine, n = generated
    answer = ask(engine, f"{n['a']}市民政局困难群众救助经费多少")
    assert answer.status != "answered"


def test_a_short_name_in_a_follow_up_means_the_conversation_s_place(generated):
    engine, n = generated
    answer = ask(engine, f"{n['a']}卫健局困难群众救助经费多少", "交通局的呢")
    assert answer.status == "answered" and "326.40" in answer.text  # a's 交通局 (the third table)
    answer = ask(engine, f"{n['b']}卫健局困难群众救助经费多少", "交通局的呢")
    # b has no 交通局: both are asked about, or both shown with their departments; none picked
    both = n["a_transport"] in answer.text and n["c_transport"] in answer.text
    assert answer.status == "clarify" and both or answer.status == "answered" and both \
        and "326.40" in answer.text and "336.40" in answer.text


# --- over the loaded tables: the samples, the general tables ------------------------------------------


@pytest.fixture(scope="module")
def every_engine(tmp_path_factory, built_copy) -> Engine:
    db = tmp_path_factory.mktemp("scope") / "kb.sqlite"
    return Engine(built_copy([ROOT / "knowledge", DATA / "samples", DATA / "general", DATA / "general3"], db), VOCAB)


def _figures(text: str) -> list[str]:
    return re.findall(r"\d[\d,]*\.\d+|\d{3,}", text)


def test_a_follow_up_keeps_the_department_for_facts(every_engine):
    """"基本支出呢" after a question about 湛江人社局: 湛江's, not "which department?"."""
    alone = ask(every_engine, "基本支出多少")
    assert alone.status == "clarify"  # several departments' tables hold it
    answer = ask(every_engine, "湛江人社局项目支出", "基本支出呢")
    assert answer.status == "answered" and "湛江市人力资源和社会保障局" in answer.text
    assert "普陀" not in answer.text


def test_a_complete_question_naming_its_department_starts_afresh(every_engine):
    answer = ask(every_engine, "湛江人社局项目支出", "普陀社工部基本支出多少")
    assert answer.status == "answered" and "社会工作部" in answer.text and "湛江" not in answer.text


def test_the_same_indicator_in_the_department_named_next(every_engine):
    first = ask(every_engine, "湛江人社局城镇新增就业人数指标")
    assert "50000" in first.text
    answer = ask(every_engine, "湛江人社局城镇新增就业人数指标", "那武汉东湖的呢")
    assert answer.status == "answered" and "25000" in answer.text and "50000" not in answer.text


def test_a_short_name_after_a_department_is_that_place_s(every_engine):
    answer = ask(every_engine, "普陀社工部项目支出", "财政局的呢")
    assert answer.status == "answered" and "上海市普陀区财政局" in answer.text and "肇庆" not in answer.text


def test_several_departments_named_are_exactly_those(every_engine):
    """"普陀社工部和财政局": 普陀's 财政局 (the place said), never 肇庆's added in."""
    answer = ask(every_engine, "普陀社工部和财政局基本支出加起来多少")
    assert answer.status == "answered"
    assert "上海市普陀区财政局" in answer.text and "社会工作部" in answer.text and "肇庆" not in answer.text


def test_a_place_with_a_count_of_departments_means_all_of_them(every_engine):
    answer = ask(every_engine, "普陀两个部门住房公积金一共多少")
    assert answer.status == "answered" and "财政局" in answer.text and "社会工作部" in answer.text


def test_a_row_several_departments_hold_is_asked_about(every_engine):
    """"执行率多少": a project of one bureau and rows of others have one; which is asked."""
    answer = ask(every_engine, "执行率多少")
    assert answer.status == "clarify" and len(answer.options) >= 2
    assert not _figures(answer.text.split("\n")[0])


def test_two_departments_in_turn_then_both_added(every_engine):
    """"X → 社工部呢 → 两者加起来": the two values just answered, each of its own department."""
    answer = ask(every_engine, "普陀财政局机关事业单位基本养老保险缴费", "社工部呢", "两者加起来")
    assert answer.status == "answered" and "166.93" in answer.text


@pytest.mark.parametrize("level", ["区", "市", "县"])
def test_a_department_of_a_place_not_loaded_is_never_answered_by_another_place(every_engine, level):
    """"南山区财政局基本支出": no 南山 department is loaded; 普陀's and 端州's 财政局 are not its figures."""
    [place] = _places(1, 7)
    for question in (f"{place}{level}财政局基本支出多少", f"{place}{level}教育局退休人数多少"):
        answer = ask(every_engine, question)
        assert answer.status == "unknown" and f"{place}{level}" in answer.text, question
        assert not _figures(answer.text), question
    known = ask(every_engine, "普陀区财政局基本支出多少")  # the same question of a loaded place is answered
    assert known.status == "answered" and "2336.91" in known.text


def test_a_comparison_of_two_departments_is_never_one_departments_row(every_engine):
    """"白云区信访局和普陀财政局 哪个预算多": both totals compared, never 财政局's 三公 row alone."""
    for question in ("白云区信访局和普陀财政局 哪个预算多", "信访局和普陀财政局哪个预算多"):
        answer = ask(every_engine, question)
        if answer.status == "answered":
            assert "广州市白云区信访局" in answer.text and "上海市普陀区财政局" in answer.text, question


def test_a_kind_word_after_which_is_not_part_of_a_department_name(every_engine):
    """"渝中和湛江哪个人社局预算多": 哪个 ends the name; 人社局 is 渝中's and 湛江's, both compared."""
    answer = ask(every_engine, "渝中和湛江哪个人社局预算多")
    assert answer.status == "answered" and "湛江" in answer.text and "渝中" in answer.text


@pytest.mark.parametrize("bureau", ["卫生健康局", "住建局", "教育局", "财政局"])
def test_a_bureau_not_loaded_at_a_loaded_place_is_unknown(every_engine, bureau):
    """"普陀区教育局决算", "湛江市财政局项目支出": the place is loaded, that bureau of it is not; another
    bureau of the place (普陀财政局) or another place's bureau of that kind is never its figure."""
    for place, question in (("普陀区", "{}决算多少"), ("湛江市", "{}项目支出多少")):
        name = place + bureau
        if any(name in d.name for d in every_engine.kb.departments):
            continue  # (普陀区财政局 is loaded)
        answer = ask(every_engine, question.format(name))
        assert answer.status == "unknown" and name in answer.text, name
        assert not _figures(answer.text), name


def test_a_place_table_of_its_own_units_answers_a_unit_by_the_places_name(tmp_path):
    """"沣岚区教育局资产总额" over 沣岚区's table whose rows are 区财政局, 区教育局: the row, not a bureau not
    loaded; a unit the table has no row of is unknown."""
    from tests.conftest import simple_table

    path = tmp_path / "assets.xlsx"
    simple_table(path, "资产", "沣岚区2024年度行政事业单位国有资产占有情况表", "E2", "金额单位：万元",
                 ["单位名称", "资产总额", "房屋面积（平方米）", "车辆数（辆）"],
                 [["区财政局", 4210.5, 5300, 3], ["区教育局", 7635.8, 11200, 8], ["区民政局", 1902.4, 2600, 2]])
    db = tmp_path / "kb.sqlite"
    load_paths(db, [ROOT / "knowledge", path])
    engine = Engine(db, VOCAB)
    answer = ask(engine, "沣岚区教育局资产总额")
    assert answer.status == "answered" and "7635.8" in answer.text
    missing = ask(engine, "沣岚区卫健局资产总额")
    assert missing.status == "unknown" and not _figures(missing.text)


def test_a_place_two_loaded_departments_share_shows_each_ones_figure(every_engine):
    """"普陀基本支出多少": both 普陀 departments print the line; which one is asked with each one's figure
    beside its name, as when no place is said — never a bare list of names."""
    for question in ("普陀基本支出多少", "普陀区的基本支出是多少"):
        answer = ask(every_engine, question)
        assert answer.status == "clarify", question
        assert "2336.91" in answer.text and "105.58" in answer.text, question


@pytest.mark.parametrize(("bureau", "short"), [("教育体育局", "教体局"), ("水利水务局", "水水局"), ("商务口岸局", "商口局")])
def test_a_bureau_word_the_vocabulary_does_not_shorten_is_said_by_first_characters(abbreviations, bureau, short):
    """"绩溪县教育体育局" is also 绩溪教体局 and 教体局 (the first character of each of its two words), by rule for
    any place; a word the vocabulary shortens keeps the vocabulary's form (卫生健康局 -> 卫健局, no 卫康局)."""
    place = _places(1, 11)[0]
    forms = department_forms(f"{place}县{bureau}", abbreviations)
    assert {f"{place}{short}", f"{place}县{short}", short} <= forms
    assert "卫康局" not in department_forms(f"{place}县卫生健康局", abbreviations)


@pytest.mark.parametrize("county", ["黟县", "歙县", "沛县"])
def test_a_county_of_one_character_is_a_place(abbreviations, county):
    """"黟县文化旅游局" is 文化旅游局 and 文旅局 once its county is taken off, as a two-character county's is;
    the one character alone names nothing (too short to tell apart)."""
    forms = department_forms(f"{county}文化旅游局", abbreviations)
    assert {"文化旅游局", "文旅局", county, f"{county}文旅局"} <= forms
    assert county[0] not in forms
