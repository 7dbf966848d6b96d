"""Money per one of a thing ("四好农村路每公里补多少", "渡口补助每个渡口补多少"): a project table prints a
project's whole amount, and sometimes an indicator whose value is that rate ("≤5万元/公里") or whose name says it
(每公里提档升级补助标准). That indicator answers; with none, the table has no such figure — said so, naming what it
has instead, never the project's whole amount read as the rate."""

from __future__ import annotations

from bot.answer import compose
from bot.dialogue.turn import Turn
from bot.dialogue.values import Answer, Frame
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.asking import words as asking_words
from bot.store import queries as query
from bot.understand.parse import Parse

# 每 + what one is counted by (a measure, 公里, or a noun, 渡口), said before what is given for it or 多少
# (单个 / 一个 + the noun say one of it as 每 does: "单个礼堂补助多少", "一家补多少"): [asking_words.rates]
PER_THING = Words("rates", r"(?:每一?(?:{measures})?|(?<!(?:{not_before_one}))(?!单位)[单一](?:{measures}))"
                           r"(?P<x>[\u4e00-\u9fff]{1,4}?)(?=(?:平均)?(?:{gives}))")
# Each of the table's own items (每个项目), or a time (每年, 每月: the rates of time are read as modifiers)
_NOT_A_THING = re.compile(r"^(?:项目|项|单位|部门|指标|科室|处室|类|年|月|天|日|周|季度|次|人每|户每)|每")
MOST_PROJECTS = 3


def thing_asked(text: str) -> tuple[str, str] | None:
    """What one is counted by in a rate asked with 每 (公里, 渡口) and the words saying it (每个渡口); None if none.
    (人均 is a modifier the indicators' names are read for: resolve.named_with.)"""
    m = PER_THING.search(text)
    if m and not _NOT_A_THING.search(m.group("x")):
        return m.group("x"), text[m.start():m.end("x")]
    return None


def rate_asked(t: Turn, p: Parse) -> Frame | Answer | None:
    """The indicator of the project asked whose value is the rate asked, or (said with 每, the project's texts
    stating no such rate) that the table has none; None when no rate of a project is asked."""
    said = thing_asked(p.text)
    if said is None:
        return None
    thing, each = said
    pids = _projects_asked(t, p)
    if not pids:
        return None
    rows = query.indicators(t.conn, project_ids=pids)
    counting = _counted_after(p.text)  # ("每场多少个演员": people counted, not the money 每场演出补助标准 gives)
    # (the measure word said before the thing, 家 of "每家补助多少": a value per it, ≤15万元/家, states the rate too)
    measures = asking_words().get("rates", {}).get("measures", ())
    measure = each[-len(thing) - 1] if len(each) > len(thing) and each[-len(thing) - 1] in measures else ""
    found = [k for k in rows if (_states_rate(k, thing) or measure and _states_rate(k, measure, by_value=True))
             and (not counting or counting in k["name"])]
    if found and len(found) <= MOST_PROJECTS:
        ids = list(dict.fromkeys(k["project_id"] for k in found))
        return Frame(intent="indicator_value", projects=ids, indicators=[k["id"] for k in found],
                     doc_ids=list(dict.fromkeys(t.doc_of(pid) for pid in ids)))
    if len(pids) != 1 or _text_states(t, pids[0], thing, rows) or not each.startswith("每"):
        # (a goal stating it, "每个社区10万元", is the texts' to answer; "买一辆车多少钱" of a project buying one may
        # ask its whole, "单条示范带补助标准" the indicator named so: 一 / 单 + a measure is a rate here only where an
        # indicator's value states one, else the other steps read it)
        return None
    counted = [k["name"] for k in rows if thing in k["name"] and _COUNTED.search(k["name"])]
    name = t.kb.projects[pids[0]].name
    return t.unknown(compose.rate_not_held(name, each, counted), p.text, suggest=False)


_COUNTED = re.compile(r"个数|数量|数$|里程|长度|面积")
# "多少个演员", "几名队员": a thing counted after the question word — not money (多少钱, 多少元, 多少万)
_COUNTED_AFTER = re.compile(r"(?:多少|几)(?:个|位|名|条|座|处|所|家|辆|支|台|件)([\u4e00-\u9fff]{1,4})")


def _counted_after(text: str) -> str:
    """The thing a rate question counts after its question word ("每场多少个演员": 演员), "" when it asks money."""
    m = _COUNTED_AFTER.search(text)
    return m.group(1) if m and not re.match(r"[钱元万块]", m.group(1)) else ""


def _projects_asked(t: Turn, p: Parse) -> list[int]:
    """The projects (of a project table) the question names, or in a follow-up naming none, the one talked about."""
    if any(m.of("department") and not m.of("project") for m in p.mentions):
        return []
    named = [{r.id for r in m.of("project")} for m in p.mentions if m.of("project")]
    # ("农村公路日常养护每公里多少钱": the name said with the rate read as its indicator's, 农村公路日常养护里程)
    named += [owners for m in p.mentions if not m.of("project") and 0 < len(m.of("indicator")) <= 20
              and len(owners := {t.kb.indicator_project.get(r.id, -1) for r in m.of("indicator")}) == 1]
    if named:
        common = set.intersection(*named)
        pids = sorted(common) if common else sorted(set().union(*named))
    else:
        pids = list(dict.fromkeys(t.session.focus_projects))[:1]
    pids = [pid for pid in pids if pid in t.kb.projects and t.kb.projects[pid].kind != "department"]
    return pids if len(pids) <= MOST_PROJECTS else []


def _states_rate(k, thing: str, by_value: bool = False) -> bool:
    """Whether an indicator is a rate per that thing: its value per it ("≤5万元/公里", "3400元/公里·年") or its name
    saying 每 + it (每公里提档升级补助标准) or it + 均 (人均补助标准) with a money value."""
    values = f"{k['period_value'] or ''}；{k['annual_value'] or ''}"
    if re.search(r"元\s*[/／]\s*" + re.escape(thing), values):
        return True
    if by_value:
        return False
    named = f"每{thing}" in k["name"] or f"每个{thing}" in k["name"] or f"{thing}均" in k["name"]
    if thing in k["name"] and re.search(r"\d\s*(?:万元|元)\s*[/／]", values):
        return True  # "单个礼堂补助多少": 新建礼堂补助标准 ≤15万元/家, the thing in its name, money per one in its value
    return named and bool(re.search(r"\d\s*(?:万元|元)", values))


def _text_states(t: Turn, pid: int, thing: str, rows) -> bool:
    """Whether the project's goal or an indicator's value says something per that thing (每个社区10万元, 每公里)."""
    goal = next((r["goal"] or "" for r in query.projects(t.conn, [pid])), "")
    texts = [goal, *(f"{k['name']}{k['period_value'] or ''}{k['annual_value'] or ''}" for k in rows)]
    return any(f"每{thing}" in x or f"每个{thing}" in x or f"/{thing}" in x for x in texts)
