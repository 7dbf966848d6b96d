"""Answers never depend on the string hash seed: what a set of names would iterate in is put in a said order."""

import subprocess
import sys
import textwrap

# Six row names said before the word; each row has 40 facts, the facts are cut at 200 (five rows' worth), so
# which rows count depends on their order. The first said row alone prints the other word of the group.
_ROWS_SAID = textwrap.dedent("""
    from types import SimpleNamespace
    from bot.answer.facts.question import _column_of_the_rows_said
    rows = ["甲乙丙丁", "戊己庚辛", "子丑寅卯", "辰巳午未", "申酉戌亥", "东南西北"]
    text = "".join(rows) + "完成情况"
    grams = {}
    for k in rows:
        for i in range(len(k) - 1):
            grams.setdefault(k[i:i + 2], []).append(k)
    label_facts = {k: list(range(n * 40, n * 40 + 40)) for n, k in enumerate(rows)}
    facts = {f: {"col_labels": "实际完成值" if f < 40 else "分值"} for f in range(240)}
    idx = SimpleNamespace(label_text={"完成情况"}, gram_keys=grams, row_label_keys=set(rows),
                          label_facts=label_facts, fact_doc=dict.fromkeys(range(240), 1),
                          facts=lambda ids: [facts[f] for f in ids])
    print(_column_of_the_rows_said(text, ("实际完成值", "完成情况"), idx, "完成情况"))
""")


def _run(code: str, seed: int) -> str:
    env = {"PYTHONHASHSEED": str(seed), "PYTHONPATH": "."}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout


def test_rows_said_read_in_the_order_said_under_every_hash_seed() -> None:
    assert {_run(_ROWS_SAID, seed) for seed in range(6)} == {"实际完成值\n"}


# Two short names of one organisation, as long (县交运局, 县交通局), both said: the span is the first said.
_ORGANISATION_SAID = textwrap.dedent("""
    from types import SimpleNamespace
    from bot.answer.facts.records import _organisation_said
    idx = SimpleNamespace(abbrev={"交通运输": ("交通", "交运")})
    print(_organisation_said(idx, "县交通运输局", "县交运局也叫县交通局", {"县交通运输局"}))
""")


def test_organisation_said_by_two_short_names_takes_the_first_said_under_every_hash_seed() -> None:
    assert {_run(_ORGANISATION_SAID, seed) for seed in range(6)} == {"(0, 4)\n"}


# Two sub-columns as long said inside one parent column's words: the first said is read.
_SUB_COLUMNS = textwrap.dedent("""
    from types import SimpleNamespace
    from bot.answer.facts.question import Mention, _read_sub_columns
    parent = "甲乙丙丁戊"
    idx = SimpleNamespace(col_keys={parent, "甲乙", "丙丁"}, label_facts={parent: [1], "甲乙": [1], "丙丁": [1]},
                          fact_keys={1: [parent, "甲乙", "丙丁"]}, fact_nrows={1: 0})
    fq = SimpleNamespace(mentions=[Mention(0, 4, {parent}, True, 4)])
    _read_sub_columns(fq, "甲乙丙丁多少", idx)
    print(sorted(fq.mentions[-1].keys))
""")


def test_sub_columns_as_long_take_the_first_said_under_every_hash_seed() -> None:
    assert {_run(_SUB_COLUMNS, seed) for seed in range(6)} == {"['甲乙']\n"}


# Two row names as long that overlap where said (乙丙丁 and 甲乙丙 in 甲乙丙丁): the one the table lists first is read.
_ROWS_CLAIMED = textwrap.dedent("""
    from bot.answer.facts.allotted import Grouped, Row, _read_question
    t = Grouped(doc=1, sheet="", group_head="乡镇", name_head="村", groups=["g"],
                rows=[Row("乙丙丁", "g", 1), Row("甲乙丙", "g", 2)])
    print(_read_question(t, "甲乙丙丁多少", {}).rows)
""")


def test_rows_as_long_claimed_in_the_tables_order_under_every_hash_seed() -> None:
    assert {_run(_ROWS_CLAIMED, seed) for seed in range(6)} == {"['乙丙丁']\n"}
