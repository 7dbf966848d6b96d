"""The words of asking of the department and economic-classification table readers (dept_units.py, econ.py) are
the vocabulary's [asking_words]: one file read once, the same lists the vocabulary loader checks; an edited file is
what the readers read next, and a list of the wrong shape is reported with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.facts import dept_units, econ
from bot.language import asking
from bot.language.vocabulary import load_vocabulary
from bot.model import LoadError


def test_the_table_readers_words_of_asking_are_the_vocabularys(tmp_path):
    bundled = Path(asking.BUNDLED)
    asking.use(bundled)
    assert asking.words() == load_vocabulary(bundled).asking_words  # one vocabulary, read the same
    assert dept_units._ADDED.search("两个部门加起来") and not dept_units._ADDED.search("两个部门并起来")
    assert econ._ASKING.sub("", "门票是多少？") == "门票"
    # An edited file is what they read next: a word added is a word of asking, without a change of code.
    edited = tmp_path / "vocabulary.toml"
    text = bundled.read_text(encoding="utf-8")
    edited.write_text(text.replace('added = ["加起来", "加在一起", "一共", "总共", "合计", "总和", "之和", "共计"]',
                                   'added = ["并起来", "加在一起"]'), encoding="utf-8")
    try:
        asking.use(edited)
        assert dept_units._ADDED.search("两个部门并起来") and not dept_units._ADDED.search("两个部门加起来")
        assert econ._ASKING.sub("", "门票是多少？") == "门票"  # (the other reader's lists kept)
    finally:
        asking.use(bundled)
    assert dept_units._ADDED.search("两个部门加起来")


def test_a_wrong_shape_of_the_words_of_asking_is_reported_with_its_line(tmp_path):
    broken = tmp_path / "vocabulary.toml"
    text = asking.BUNDLED.read_text(encoding="utf-8")
    broken.write_text(text.replace('group_words = ["部门", "委办局"]', 'group_words = "部门"'), encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_vocabulary(broken)
    assert any("group_words" in i.message and i.line > 0 for i in caught.value.issues)
