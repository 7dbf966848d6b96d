"""Rows whose later year column rose (or fell) against an earlier one, asked with the years said first (fund58):
"25年比24年反而增加的专项资金是哪个", "2025年比2024年减少的资金有哪些". The facts read the filter as "哪些资金2025年比
2024年增加了" (arithmetic._WHICH_CHANGED, year_items); asked the other way round, the question is said again that way —
the word saying the move was unlooked for (反而) dropped, as it says nothing of the rows.
"""

from __future__ import annotations

from bot.language.asking import Words
from bot.language.normalize import compact, normalize

_YEARS_FIRST = Words("moved_rows", r"^(?P<years>(?:20)?\d\d年?度?(?:比|较)(?:20)?\d\d年?度?)(?:{contrary})?"
                                   r"(?P<dir>{asking_words.departments.went_up:longest}|{asking_words.departments.went_down:longest})"
                                   r"了?的(?P<noun>[\u4e00-\u9fff]{0,8}?)(?:{which_asked})(?:{tail})*$")


def as_the_filter_is_read(question: str) -> str | None:
    """The question said as the rows' filter is read ("哪些资金2025年比2024年增加了"), or None when it is not asked
    with its years first."""
    said = _YEARS_FIRST.match(compact(normalize(question)))
    if said is None:
        return None
    direction = said["dir"] if said["dir"].endswith("了") else said["dir"] + "了"
    return f"哪些{said['noun']}{said['years']}{direction}"
