"""Money said as a price ("哪个贵", "哪个便宜"): two projects compared, the one that costs more said with the
difference worked out, as "哪个多" is answered."""

from __future__ import annotations

import pytest
from conftest import converse

from bot.engine import Engine


@pytest.mark.parametrize("question", ["法律顾问和公车哪个贵", "公车和法律顾问谁便宜", "法律顾问和公车比哪个更贵"])
def test_two_projects_compared_by_price_words(seed_engine: Engine, question: str) -> None:
    a = converse(seed_engine, question)
    assert a.status == "answered", a.text
    assert "15" in a.text and "12" in a.text and "3.00万元" in a.text, a.text
