"""The lead's class fixes of the twenty-first round (each checked to fail without its fix)."""

from bot.language.lexicon import department_forms


def test_a_bureau_of_words_joined_by_he_said_by_its_leading_initials() -> None:
    # "旅游和文化广电体育局": staff say 旅文局 (the word before 和 and the first after it), or every initial
    forms = department_forms("临川市旅游和文化广电体育局")
    assert {"旅文局", "旅文广体局", "临川旅文局"} <= forms
    # a 和 of two words only is no such bureau (农业和水利局 is never 农水局)
    assert "农水局" not in department_forms("临川县农业和水利局")
    # without 和 the rule stays as it was: 文旅局 and 文旅体局 of 文化旅游体育局, no shorter form
    assert {"文旅局", "文旅体局"} <= department_forms("临川县文化旅游体育局")
