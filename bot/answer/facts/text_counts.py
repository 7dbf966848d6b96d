"""A count asked of the row just answered that only its text states ("X培训项目" → "培训几期" of a 建设内容及规模
"开展技能培训16期，培训640人次"): the figure the text prints with that counter, right after the words asked (培训),
quoted from its cell — never the row's other figures shown again, nor a column's count of another thing."""

from __future__ import annotations

from bot.answer import compose
from bot.answer.facts.question import FactAnswer
from bot.answer.facts.values import _cite, _name
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.normalize import compact, normalize
from bot.store import queries as query

# "几期", "多少人次", "几座": the counter asked (a measure word, or a unit of length, area or power), the longest
_ASKED = Words("quantities", r"(?:几|多少)(?P<unit>{text_measures:longest})(?:呢|啊)?$")
# a figure of a text and the measure word it is printed in, the longest at that place (640人次: 人次, never 人)
_FIGURE = Words("quantities", r"(\d+(?:\.\d+)?)\s*(?P<unit>{text_measures:longest})")
# after the measure word: a rate (人/年) or a power (米²), no count of that word
_NOT_A_COUNT = re.compile(r"[²³]|[\u4e00-\u9fff]*/")
# words around the thing counted that name nothing ("那", "它", "一共", "要", "开展")
_FILLER = re.compile(r"^(?:那么|那|它|其|这个项目|这个|项目)?的?|(?:一共|总共|共|要|会|能|计划|开展|举办|建设|新建)$")


def count_in_row_text(idx, question: str, last: list[int]) -> FactAnswer | None:
    """The one count the row's text cells print with the counter asked, after the words said; None otherwise."""
    text = compact(normalize(question))
    m = _ASKED.search(text)
    facts = idx.facts(last[:8])
    if m is None or not facts or len({(f["document_id"], f["sheet"], f["page"], f["line"]) for f in facts}) != 1:
        return None
    said = _FILLER.sub("", _FILLER.sub("", text[:m.start()]))
    if not said or len(said) > 8:
        return None  # (the thing counted unsaid — a column's count may be asked —, or a thing of its own named)
    f0 = facts[0]
    row = [x for x in query.facts_of_row(idx.conn, f0["document_id"], f0["sheet"], f0["line"], f0["page"])]
    unit = m.group("unit")
    found: dict[str, dict] = {}
    for x in (dict(r) for r in row):
        if x["number"] is not None or not (x["value"] or "").strip():
            continue
        for clause in re.split(r"[，,；;。、]", x["value"]):
            for n in _FIGURE.finditer(clause):
                if n.group("unit") != unit or _NOT_A_COUNT.match(clause, n.end()):
                    continue  # (8000人次 asked 多少人, 3个月 asked 几个: another measure word, no answer)
                before = compact(clause[:n.start()])
                if said in before or said[-2:] in before:
                    found.setdefault(n.group(0).replace(" ", ""), x)
    if len(found) != 1:
        return None
    figure, cell = next(iter(found.items()))
    return FactAnswer("answered", compose.fact_value(_name(cell), f"{figure}（{(cell['value'] or '').strip()}）")
                      + _cite(idx, [cell]), [cell])
