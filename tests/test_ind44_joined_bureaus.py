"""A bureau of two words joined by 和 said short by staff (教体局, 教育局 of 教育和体育局; 自规局 of 自然资源和规划局):
one rule in the language layer (lexicon.joined_bureau_forms), used by department_forms and the department-unit
tables alike."""

from __future__ import annotations

import pytest

from bot.language.lexicon import department_forms, joined_bureau_forms


@pytest.mark.parametrize(("name", "shorts"), [("广汉市教育和体育局", {"教体局", "教育局"}),
                                             ("宜都市自然资源和规划局", {"自规局", "自然资源局"}),
                                             ("建宁县发展和改革委员会", {"发改委", "发展委"})])
def test_a_joined_bureau_is_said_by_its_initials_and_first_word(name: str, shorts: set[str]) -> None:
    assert shorts <= department_forms(name)


def test_the_place_is_no_word_of_the_bureau() -> None:
    # "广汉教育和体育局" (a place said without 市) is no bureau of the words 广汉教育 and 体育
    assert "广体局" not in department_forms("广汉市教育和体育局")
    assert joined_bureau_forms("信访局") == set()


def test_the_department_unit_tables_use_the_language_rule() -> None:
    from bot.answer.facts import dept_units

    assert not hasattr(dept_units, "_joined_initials")
    assert dept_units.joined_bureau_forms is joined_bureau_forms
