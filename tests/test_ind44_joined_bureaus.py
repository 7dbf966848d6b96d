"""A bureau of two words joined by 和 said short by staff (教体局, 教育局 of 教育和体育局; 自规局 of 自然资源和规划局):
one rule in the language layer (lexicon.joined_bureau_forms), which the department-unit tables use (no copy of
their own)."""

from __future__ import annotations

import pytest

from bot.language.lexicon import joined_bureau_forms


# (and by its last word, the tail of the merged name: 规划局 of 自然资源和规划局 — round 42)
@pytest.mark.parametrize(("bare", "shorts"), [("教育和体育局", {"教体局", "教育局", "体育局"}),
                                             ("自然资源和规划局", {"自规局", "自然资源局", "规划局"}),
                                             ("发展和改革委员会", {"发改委", "发展委", "改革委"}),
                                             ("市自然资源和规划局", {"自规局", "自然资源局", "规划局"})])
def test_a_joined_bureau_is_said_by_its_initials_and_first_word(bare: str, shorts: set[str]) -> None:
    assert joined_bureau_forms(bare) == shorts


def test_other_names_have_no_such_forms() -> None:
    assert joined_bureau_forms("信访局") == set()
    assert joined_bureau_forms("人力资源和社会保障局") == set()  # (the vocabulary's own short word: 人社局)


def test_the_department_unit_tables_use_the_language_rule() -> None:
    from bot.answer.facts import dept_units

    assert not hasattr(dept_units, "_joined_initials")
    assert dept_units.joined_bureau_forms is joined_bureau_forms


def test_a_loaded_natural_resources_and_planning_bureau_is_said_as_staff_say_it() -> None:
    # The department's own names (department_forms with the bundled vocabulary's short words), not only the
    # department-unit tables': 自规局 / 资规局 / 自然资源局, with its place before it
    from pathlib import Path

    from bot.language.lexicon import department_forms
    from bot.language.vocabulary import load_vocabulary

    vocab = load_vocabulary(Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml")
    forms = department_forms("德清县自然资源和规划局", vocab.department_abbreviations)
    assert {"自规局", "资规局", "自然资源局", "德清自规局", "德清县自规局"} <= forms
