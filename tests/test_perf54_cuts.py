"""Round 54, warm speed (issue 14): steps every question runs look only where a match can be. A kind of table said
short is sought only at the word ends a kind's stem allows, in runs of Chinese characters; the words of counting a
question says are listed once per text. Same results as the plain search, counted rather than timed."""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

import pytest

from bot.answer.facts import question

FORMS = ["部门收支预算总表", "部门项目支出预算明细表", "项目支出绩效目标表", "运行监控情况表（1-8月）", "表", "甲表",
         "三公经费表第一批", "部门决算", "收入支出决算总表", "政府采购预算表", "项目表"]


def _plain(text: str, forms: list[str], labelled, taken: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """shortened_kind as its docstring states it: every span of 4 to 10 characters, longest first at each start."""
    def shortens(word: str, form: str) -> bool:
        stripped = re.sub(r"第[一二三四五六七八九十\d]{1,3}批$", "",
                          re.sub(r"(?:[（(][^（）()]{1,12}[）)]|\d{1,2}[-—~至到]\d{1,2}月份?|[一二三四]季度|[上下]半年)$", "", form))
        if not stripped.endswith("表") or word == form or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
            return False
        stem = form[:-1]
        if not (word.endswith("表") and word[-2:-1] == stem[-1:] or word.endswith(stem[-2:])):
            return False
        rest = iter(form)
        return all(ch in rest for ch in word)

    for i in range(len(text)):
        for j in range(min(len(text), i + 10), i + 3, -1):
            if any(s < j and i < e for s, e in taken):
                continue
            said = [form for form in forms if shortens(text[i:j], form)]
            if len(said) == 1 and not labelled(said[0], text[i:j]):
                return i, j, said[0]
    return None


@pytest.mark.parametrize(("text", "kind"), [
    ("农业农村局部门收支总表里的项目支出", "部门收支预算总表"),
    ("项目明细里的办公费", "部门项目支出预算明细表"),
    ("收支决算总表的合计", "收入支出决算总表"),
    ("深圳市信访局聘请法律顾问专项经费的资金来源", None),
])
def test_a_kind_said_short_is_found(text: str, kind: str | None) -> None:
    found = question.shortened_kind(text, FORMS)
    assert (found[2] if found else None) == kind
    assert found == _plain(text, FORMS, lambda form, word: False, [])


def test_a_kind_said_short_as_the_plain_search_finds_it() -> None:
    """Questions made of pieces of the kinds' names and other characters, some spans taken, a label said or not."""
    rng = random.Random(54)
    chars = list("部门收支预算总表项目明细绩效目标运行监控情况决算入出三公经费A1（）的里那个")
    hits = 0
    for _ in range(3000):
        text = "".join(rng.choice(chars) if rng.random() < 0.6 else "".join(c for c in rng.choice(FORMS) if rng.random() < 0.7)
                       for _ in range(rng.randint(0, 8)))
        forms = rng.sample(FORMS, rng.randint(0, len(FORMS)))
        taken = [(a, a + rng.randint(1, 4)) for a in rng.sample(range(30), rng.randint(0, 2))]
        labelled = (lambda form, word: len(word) % 3 == 0) if rng.random() < 0.5 else (lambda form, word: False)
        found = question.shortened_kind(text, forms, labelled, list(taken))
        assert found == _plain(text, forms, labelled, taken), (text, forms, taken)
        hits += found is not None
    assert hits > 300  # (the cases do say kinds short)


def test_words_no_kind_ends_with_are_not_compared(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question whose words end as no kind's stem does (nor 表 after its last character) compares no word."""
    compared = []
    real = question._shortens_chinese
    monkeypatch.setattr(question, "_shortens_chinese", lambda word, form: compared.append(word) or real(word, form))
    forms = [f for f in FORMS if len(f) >= 4]  # (a kind named 表 alone may end anywhere)
    assert question.shortened_kind("深圳市信访局聘请法律顾问专项经费的资金来源是什么", forms) is None
    assert compared == []
    assert question.shortened_kind("部门收支总表里的项目支出", forms) is not None
    assert compared  # (a word ending 总表 is compared)


def test_counting_words_said_are_listed_once_per_text() -> None:
    idx = SimpleNamespace(count_endings=("人数", "个数", "户数"))
    said = question._count_endings_in("户数和参保人数", idx)  # type: ignore[arg-type]
    assert said == ("人数", "户数")  # the vocabulary's order
    idx.count_endings = ()  # (kept: the same text is not looked at again)
    assert question._count_endings_in("户数和参保人数", idx) == said  # type: ignore[arg-type]
    idx.count_endings = ("人数",)
    assert question._count_not_in("参保", "参保人数", 2, idx)  # type: ignore[arg-type]
    assert not question._count_not_in("参保人数", "参保人数", 4, idx)  # type: ignore[arg-type]
