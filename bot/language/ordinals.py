"""Places said in a ranking or a list, one reader for every stage: "第二" and "倒数第三" (which place, and
whether it counts from the end). Each reader sets the place in its own context (a whole follow-up
"倒数第二呢", a ranking "排名倒数第三的单位", a list item "倒数第二个的指标值") around these patterns."""

from __future__ import annotations

from bot.language import lazyre as re
from bot.language.normalize import small_number

# The place's number: 一 … 十, 两, up to three Chinese numerals (十二) or two digits.
NUMERAL = r"(?:[一二两三四五六七八九十]{1,3}|\d{1,2})"
# "第二", "倒数第三": group `from_end` (倒数, or None) and group `place` (the number as said).
PLACE = rf"(?P<from_end>倒数)?第(?P<place>{NUMERAL})"
# A place in a list said with 个 ("第三个"): group `n`; said first in a follow-up, then what is asked of it, the
# list's kind (单位, 部门) and 的 left off ("第二个单位有几个项目", "第三个的项目支出", "那第二个部门呢").
ITEM = rf"第(?P<n>{NUMERAL})个"
ITEM_FIRST = rf"^(?:那|那么)?{ITEM}(?:单位|部门)?(?:的)?"
# Read the same way by the conversation (a unit asked its projects) and by the facts (a row asked its figure).
ITEM_FIRST_SAID = re.compile(ITEM_FIRST)
# "倒数第三" only: group `place`.
FROM_END = rf"倒数第(?P<place>{NUMERAL})"


def place_number(said: str) -> int | None:
    """The number of a place as said ("二", "两", "十二", "3"), None when it is none."""
    n = small_number(said)
    return n if n is not None and n >= 1 else None
