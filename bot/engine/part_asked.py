"""A follow-up asking a part of the figure just shown ("其中在编多少人", "其中社保补贴发了多少"): a part the tables do
not break the figure into is said not listed — never the whole given again as its part, nor a rate of another line
given as a part of an amount (a confident wrong answer)."""

from __future__ import annotations

import weakref

from bot.answer import compose
from bot.dialogue import figures
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, UNKNOWN, Answer
from bot.engine.turn import _restore
from bot.language import lazyre as re
from bot.language.asking import Words, alternation
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import MONEY_UNITS, compact, normalize

# "其中X" / "包括X": a part of the figure shown ([asking_words.quantities] parts), maybe after 那
_PART_ASKED = Words("quantities", r"^(?:那么|那)?(?:{parts})")
# a part asked as a share of the whole ("其中事业单位占多少", "其中X占比"): a rate is its answer
_SHARE_ASKED = Words("quantities", r"{concepts.share}|{concepts.ratio}|{rate_asked}")
# a figure in money in an answer's first line (a part of an amount is an amount)
_MONEY = re.compile(r"[0-9](?:[0-9,.]*)\s*(?:" + alternation(tuple(sorted(MONEY_UNITS, key=len, reverse=True))) + ")")


def part_not_held(kb: KnowledgeBase, session: Session, question: str, answer: Answer, before: dict) -> Answer:
    """"X多少 → 其中Y多少" answered with the very line shown before (Y read as nothing), or — the figure shown an
    amount — with a rate and no amount (an indicator named like Y): said that the table lists no Y under X."""
    text = compact(normalize(question))
    if answer.status != ANSWERED or not (m := _PART_ASKED.search(text)) or _SHARE_ASKED.search(text):
        return answer
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    label = str(last.get("label") or "")
    if not label or last.get("items"):
        return answer
    part = _part_words(kb, text[m.end():])
    if part and part in compact(label):
        return answer  # (the part said is the line shown: "失业保险基金待遇支出 → 其中失业呢")
    same = "fact" in last and set(answer.ids_of("fact")) == {last["fact"]}
    said = compose.said_and_source(answer.text)[0]
    # (a count of the row's people, "其中老人多少" after its money, is a column of that row: only a rate is no part)
    no_amount = str(last.get("unit") or "") in MONEY_UNITS and "%" in said and not _MONEY.search(said)
    # ("长护险经办经费多少 → 其中护理员工资多少": the project's own line given again, whatever else came with it)
    again = any(isinstance(r, dict) and r.get("label") == label and r.get("value") == last.get("value")
                for r in answer.rows or [])
    if not same and not no_amount and not again:
        return answer
    _restore(session, before)
    return Answer(question, UNKNOWN, compose.no_line_under(part or text, label, again), "unknown",
                  debug={"part_not_held": True})


# per knowledge base (its vocabulary): what a follow-up says besides the thing it names (followup_fillers), and the
# question's own words (the concepts: 哪个项目, 实际完成, 多少) — each an alternation, longest first, built once
_SAID_BESIDES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _said_besides(kb: KnowledgeBase) -> tuple[re.Pattern[str], re.Pattern[str]]:
    built = _SAID_BESIDES.get(kb)
    if built is None:
        fillers = sorted({f for f in kb.vocab.followup_fillers if f}, key=len, reverse=True)
        asking = sorted({w for ws in kb.vocab.concepts.values() for w in ws if w}, key=len, reverse=True)
        built = _SAID_BESIDES[kb] = (re.compile("|".join(map(re.escape, fillers)) or "^$"),
                                     re.compile("|".join(map(re.escape, asking)) or "^$"))
    return built


def _part_words(kb: KnowledgeBase, rest: str) -> str:
    """The part named: the words after 其中, what a follow-up says besides it (多少, 几, 呢: followup_fillers) left out."""
    return _said_besides(kb)[0].sub("", rest)


def indicator_word_left_out(kb: KnowledgeBase, session: Session, question: str, answer: Answer, before: dict,
                            depts: list[str]) -> Answer:
    """"风力灭火机买几台 → 以水灭火装备呢" answered with the very indicator shown before: the follow-up names a thing
    (以水灭火装备) that indicator's name (and its project's) does not say — never that indicator's value given again
    as the new thing's; said not understood."""
    text = compact(normalize(question))
    said = question.strip().rstrip("?？!！。. ")
    if answer.status != ANSWERED or not (said.endswith(tuple(kb.vocab.followup_ends))
                                         or said.startswith(tuple(kb.vocab.followup_starts))):
        return answer
    earlier = Session.from_dict(before)
    ids = [int(e["id"]) for e in answer.entities or () if e.get("kind") == "indicator"]
    if not ids or not earlier.focus_indicators or set(ids) != set(earlier.focus_indicators):
        return answer
    # the very figure shown again (a column of it, 完成值 after 指标值, or its project asked, is another answer)
    probe = Session()
    figures.remember(probe, answer, depts)
    now, last = (probe.figures or [{}])[-1], (earlier.figures or [{}])[-1]
    if not now.get("label") or (now.get("label"), now.get("value")) != (last.get("label"), last.get("value")):
        return answer
    # (what the answer says too: "实施周期的呢" is answered by a value of that column)
    names = "".join(str(e.get("name") or "") for e in answer.entities or ()) + compact(answer.text)
    rest = _part_words(kb, text)
    covered = [False] * len(rest)
    for i in range(len(rest) - 1):
        if rest[i:i + 2] in names:
            covered[i] = covered[i + 1] = True
    runs = "".join(" " if seen else c for c, seen in zip(rest, covered, strict=True))
    # (the question's own words, 哪个项目, 实际完成, 多少: the vocabulary's concepts, no thing named)
    runs = _said_besides(kb)[1].sub(" ", runs)
    if not any(len(run) >= 2 for run in runs.split()):
        return answer
    _restore(session, before)
    label = str(last.get("label") or names)
    return Answer(question, UNKNOWN, compose.followup_not_understood(rest, label), "unknown",
                  debug={"indicator_word_left_out": True})
