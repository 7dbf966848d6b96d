"""Bureaus of five merged words are said by the first characters of their leading words and last word."""
import pytest

from bot.language.lexicon import department_forms


@pytest.mark.parametrize(("bureau", "said", "never"), [
    ("文化广电新闻出版旅游局", {"文广新旅局", "文广旅局", "文旅局", "文广局", "文广新局"}, {"文新局", "文出局"}),
    ("新闻出版广播电视电影局", {"新出广电局", "新出电局", "新电局", "新出局"}, {"新广局", "新播局"}),
])
def test_a_merged_bureau_is_said_by_its_leading_words_and_its_last(bureau: str, said: set[str], never: set[str]) -> None:
    forms = department_forms(f"澄溪县{bureau}")
    assert said | {f"澄溪{s}" for s in said} <= forms
    assert not forms & never
