"""Merged bureaus are said by the first characters of their leading words (from the first two on), those of five
words also by their leading words and the last."""
import pytest

from bot.language.lexicon import department_forms


@pytest.mark.parametrize(("bureau", "said", "never"), [
    ("文化广电新闻出版旅游局", {"文广新旅局", "文广旅局", "文旅局", "文广局", "文广新局"}, {"文新局", "文出局"}),
    ("文化旅游广电体育局", {"文旅局", "文旅广局", "文旅广体局"}, {"文体局", "文广局"}),
    ("新闻出版广播电视电影局", {"新出广电局", "新出电局", "新电局", "新出局"}, {"新广局", "新播局"}),
])
def test_a_merged_bureau_is_said_by_its_leading_words_and_its_last(bureau: str, said: set[str], never: set[str]) -> None:
    forms = department_forms(f"澄溪县{bureau}")
    assert said | {f"澄溪{s}" for s in said} <= forms
    assert not forms & never
