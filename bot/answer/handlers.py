"""One handler per intent: a Frame in, an Answer out. HANDLERS is the registry the engine dispatches on;
it holds exactly the intents of bot/language/rules.py INTENTS."""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from bot.answer import (
    COUNT_ASKED,
    COUNT_NOUN,
    EACH_APART,
    PART_NOT_COSTED,
    RANGE_ASKED,
    SOURCE_LEFT_BLANK,
    SOURCE_NOT_PRINTED,
    compose,
    figure_said,
)
from bot.answer.namesakes import ask_which_project
from bot.dialogue.clarify import clarify_projects
from bot.dialogue.context import OWN_LEFT_OUT, column_head_years
from bot.dialogue.cues import VERB_COUNT, bare, elliptic
from bot.dialogue.resolve import TEXTS_SEARCHED_AT_MOST, project_saying_the_words
from bot.dialogue.session import Session
from bot.dialogue.turn import Turn
from bot.dialogue.values import ANSWERED, UNKNOWN, Answer, Frame, amount_filter_of, copy_frame
from bot.language import lazyre as re
from bot.language.asking import COUNTED_FIGURE, Words
from bot.language.lexicon import KnowledgeBase, Ref, department_places, said_as_named, unit_tail
from bot.language.normalize import (
    LINE_NUMBER,
    compact,
    format_amount,
    said_spread,
    shared_run,
    small_number,
    year_column,
)
from bot.language.rules import INTENTS, Rule
from bot.model import AMOUNT_LABELS, UNPLACED_BETWEEN
from bot.store import queries as query
from bot.understand.parse import (
    SOME_WORDS,
    Parse,
    asked_names,
    mention_before_has,
    names_asked,
    search_words,
    words_beyond,
    words_score,
)


def amount_rows(rows, column: str = "total", series: str = "") -> list[dict]:
    """Projects as plain rows (name, amount, unit, where in the table) for charts and export."""
    out = []
    for r in rows:
        row = {"label": r["name"], "value": r[column], "unit": r["money_unit"] or "万元",
               "department": r["department_name"],
               "source": compose.source_text(r)}
        if series:
            row["series"] = series
        out.append(row)
    return out


def _holds_number(row, number: str, kind: str | None = None) -> bool:
    """An indicator's value (the kind asked, else either) holds the number as a whole number ("100%" holds 100,
    "1000" does not): "年度指标值是100%的" reads the 年度 value only."""
    pattern = rf"(?<![0-9.]){re.escape(number)}(?![0-9])"
    keys = {"annual": ("annual_value",), "period": ("period_value",)}.get(kind or "", ("period_value", "annual_value"))
    return any(re.search(pattern, row[k] or "") for k in keys)


def dept_note(t: Turn, doc_ids: list[int]) -> str:
    docs = [t.kb.documents[d] for d in doc_ids]
    return compose.tables_note(compose.table_name(d["department_name"], d.get("form"), d.get("year")) for d in docs)


# 帮助 for each knowledge base, made once: (tables, example lines, a project to follow up with).
_HELP: weakref.WeakKeyDictionary[KnowledgeBase, tuple[list[str], list[list[str]], str | None]] = \
    weakref.WeakKeyDictionary()


def help_for(kb: KnowledgeBase, rules: list[Rule], turn_type: type[Turn]) -> tuple[list[str], list[list[str]], str | None]:
    """Help made from the loaded tables' own names, keeping only the examples this knowledge base answers
    (a department loaded alone must never be shown another department's questions). Each example is
    asked through the whole pipeline, by a turn of the engine's type."""
    if kb in _HELP:
        return _HELP[kb]
    # the largest projects whose names are short enough to read in a list, then the others
    projects = sorted((p for p in kb.projects.values() if p.kind != "department"),
                      key=lambda p: (len(p.name) > 16, -p.total))
    names = list(dict.fromkeys(p.name for p in projects))
    counts = Counter(kb.indicator_name.values())
    own = {p.id for p in projects[:1]}
    unique = [name for iid, name in kb.indicator_name.items() if counts[name] == 1]
    indicator = next((kb.indicator_name[i] for i in kb.indicator_name
                      if counts[kb.indicator_name[i]] == 1 and kb.indicator_project[i] in own),
                     unique[0] if unique else None)
    categories = [c for c, level in kb.categories.items() if level == "level1"] or list(kb.categories)
    examples = [[q for q in line if turn_type(kb, rules, Session(), q).run().status == "answered"]
                for line in compose.help_candidates(names[:2], indicator, categories)]
    tables = list(dict.fromkeys(compose.table_name(d["department_name"], d.get("form"), d.get("year"))
                                for d in kb.documents.values()))
    _HELP[kb] = (tables, [line for line in examples if line], names[1] if len(names) > 1 else None)
    return _HELP[kb]


def do_help(t: Turn, f: Frame) -> Answer:
    return t.answered(f, compose.help_text(*help_for(t.kb, t.rules, type(t))))


def _place_of(name: str) -> str:
    """The outermost place of a department's name as it is printed, with its level ("广州市白云区信访局" ->
    "广州市"; "广汉市", a place's own table of every department, -> itself)."""
    bare_name = re.sub(r"^中共", "", name)
    places = department_places(bare_name)
    if not places:
        return bare_name
    return bare_name[:len(places[0]) + 1]


def do_inventory(t: Turn, f: Frame) -> Answer:
    """"你这里都有哪些部门的表", "都能查哪些单位": the loaded tables, grouped by place; a place or department
    said ("有哪些兴化的表") keeps its own."""
    named = set(t.p.departments())
    every = query.documents(t.conn, list(t.kb.documents))
    # (a place named whose own table is loaded, "青山县的表里有哪些部门": its departments' tables are the place's too)
    named |= {d["department_name"] for d in every if _place_of(d["department_name"]) in named}
    docs = [d for d in every if not named or d["department_name"] in named]
    groups: dict[str, list[str]] = {}
    for d in docs:
        groups.setdefault(_place_of(d["department_name"]), []).append(
            compose.table_name(d["department_name"], d["form"], d["year"]))
    asked = "、".join(sorted(named)) if named and not docs else ""
    return t.answered(f, compose.inventory(list(groups.items()), asked))


def do_smalltalk(t: Turn, f: Frame) -> Answer:
    kind = next((c for c in ("thanks", "greet") if t.p.has(c)), "ack")
    return t.answered(f, compose.smalltalk(kind))


_HOW_OFTEN = re.compile(r"每[一二两三四五六七八九十半0-9]*个?(?:天|日|周|星期|旬|月|季度|季|年|次)|定期|[0-9一二两三四五六七八九十]+次")


def _chars_held(words: list[str], sentence: str) -> float:
    chars = "".join(words)
    return sum(c in sentence for c in chars) / len(chars) if chars else 0.0


def _text_clauses(text: str, runs: dict[str, str]) -> list[str]:
    """A project's text cut into clauses; each clause heading a list ("个人缴费财政补贴：对选择…30元") is kept in
    runs with the parallel clauses that continue it ("对选择…60元"): a standard is often stated per case, and
    one case alone would answer half of it."""
    clauses: list[str] = []
    for sentence in re.split(r"[。！!\n]", text):
        parts = [x.strip() for x in re.split(r"[；;]", sentence)]
        for k, part in enumerate(parts):
            clauses.append(part)
            head, colon, rest = part.partition("：")
            if not colon or len(rest) < 2 or len(head) < 2:
                continue
            run = [part]
            for after in parts[k + 1:]:
                if after[:2] != rest[:2]:
                    break
                run.append(after)
            if len(run) > 1:
                runs[part] = "；".join(run)
    return clauses


def _asked_beside_names(t: Turn) -> str:
    """The question without the projects and departments it names: what it asks of their texts."""
    asked = t.p.text
    for m in t.p.mentions:
        if m.of("project") or m.of("department"):
            asked = asked.replace(m.text, " ")
    return asked


def _case_asked(text: str, run: str) -> str:
    """Of a list of cases ("X：对选择360元…；对选择600元…"), the one whose figure the question says, with its
    heading; the whole list when the question names none or several."""
    head, _, rest = run.partition("：")
    cases = rest.split("；")
    said = [c for c in cases if any(n in c for n in re.findall(r"[0-9]+(?:\.[0-9]+)?", text)
                                    if re.search(rf"(?<![0-9.]){re.escape(n)}(?![0-9])", c))]
    return f"{head}：{said[0]}" if len(said) == 1 else run


_UNITS_ASKED = re.compile(r"(?:哪些|哪几个|哪个|什么|哪几家|哪家|几个|几家|多少个?|多少家)(?:单位|部门)"
                          r"|(?:单位|部门)(?:有|是|一共|共)?(?:哪些|哪几个|哪几家|什么|几个|几家|多少个?|多少家)")
_UNITS_COUNTED = re.compile(r"(?<!哪)几个|(?<!哪)几家|多少")
_UNITS_LISTED = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:局|委|办|部|中心|分局|院|所)(?=、|和|及|等|派)")


_RELATED = ("有关", "关于", "相关", "涉及")
_COST_NAME = re.compile(r"[\u4e00-\u9fff]{2,}费$")


# "县医院有什么项目" of an institution no table is of: the projects it runs are asked, which a project whose text
# merely names it (建设…实现县医院、中医院…互通) is not.
_PROJECTS_OF = re.compile(r"(.{2,12}?)都?有(?:什么|哪些|啥)项目")


def _the_project_itself(t: Turn, f: Frame, words: list[str]) -> bool:
    """"请律师是哪个项目出钱": the thing said is itself a project's name (请律师 → 聘请法律顾问专项经费) and nothing
    else is searched for: that project is the answer (never the verb searched for in its texts)."""
    return len(f.projects) == 1 and not f.ambiguous and bool(_WHICH_ONE_PROJECT.search(t.p.text)) \
        and all(_inside_a_project_mention(t, w) for w in words)


def _inside_a_project_mention(t: Turn, word: str) -> bool:
    """Whether a word searched for is only part of how a project was named (律师 of 请律师, its alias)."""
    at = t.p.text.find(word)
    return at >= 0 and any(m.start <= at and at + len(word) <= m.end for m in t.p.mentions if m.of("project"))


def do_content(t: Turn, f: Frame) -> Answer:
    """"哪个项目是管X的": the projects whose name, goal or indicators say X, with the sentence."""
    if f.projects and not f.ambiguous and t.p.has("frequency"):
        f.within = True  # "信访超市多久进驻一次镇街": how often, as the named project's own texts say
    words = _scoped_search_words(t, f)
    if not f.projects and (own := _PROJECTS_OF.fullmatch(t.p.text)) and own.group(1).endswith(tuple(t.kb.vocab.institution_kinds)):
        return t.unknown(compose.subject_not_held(own.group(1)), suggest=False)  # (see _PROJECTS_OF)
    if f.within:
        words = _words_within(t, f, words)
    said = t.p.concepts.get("content", [])
    related = _related_only(t, f, said)
    if related is not None:
        return related
    subject_first = bool(said) and all(m.end <= said[0][0] for m in t.p.mentions if m.of("project"))
    if said and subject_first and _the_project_itself(t, f, words):
        f.intent = "amount"
        return do_amount(t, f)
    if f.projects and said and (not words or subject_first and not search_words(t.p, t.kb, without_names=True)):
        # "它包括哪些费用", "信访超市日常运行经费包括哪些开支": the sentence of that project's texts saying
        # 包括 is what lists them (not the project's name matching itself).
        words, f.within = [t.p.text[a:b] for a, b in said], True
    if not words:
        return t.unknown(compose.ASK_CONTENT)
    units = bool(_UNITS_ASKED.search(t.p.text))
    best, said_by_indicator = _best_sentences(t, f, words, units)
    top = max((v[0] for v in best.values()), default=0)
    # "信访超市有哪些单位派人进驻": asked which ones the named project's texts list, some of the words do.
    if top < (SOME_WORDS if f.within and t.p.has("list", "which") else 0.5) or _kind_unsaid(t.p.text, words, best, top):
        return _no_sentence_says(t, f, words, units)
    ids = _one_saying_each(t, f, words, [pid for pid, (v, _) in best.items() if v == top][:5], top)
    rows = query.projects(t.conn, ids)
    money = _money_asked(t, best[ids[0]][1], words)
    if f.within and len(rows) == 1 and money and best[ids[0]][1] in said_by_indicator:
        if (k := _amount_indicator(t, ids[0], best[ids[0]][1])) is not None:
            return _amount_indicator_answer(t, f, rows[0], k)
        # "就业补助资金公益性岗位补贴发了多少钱": the part is only an indicator's name, not a cost
        # line, so the table does not break the money down that way; never the project's total.
        unknown = t.unknown(compose.part_not_costed(rows[0]["name"], words, best[ids[0]][1])
                            + compose.source_note(rows[0]), suggest=False)
        unknown.intent = PART_NOT_COSTED  # (the facts may cost it elsewhere; never by that indicator's rate)
        return unknown
    if f.within and len(rows) == 1 and not money and not said and not t.p.has("list", "which") \
            and (k := _indicator_named_by(t, ids[0], best[ids[0]][1], words)) is not None:
        # "国土空间总体规划编制经费报批时间": words of one of its indicators' names, no money asked: that indicator
        # (its values, or the one asked, "今年新建多少亩"; "实施周期的呢" then asks it again)
        f.intent, f.indicators = "indicator_value", [k["id"]]
        return t.answered(f, f"【{rows[0]['name']}】\n" + compose.indicator_line(k, f.value_kind)
                          + compose.source_note(rows[0]), projects=[rows[0]["id"]], indicators=f.indicators)
    if f.within and len(rows) == 1 and money and not said and not t.p.has("list", "which") \
            and not _MONEY_IN_SENTENCE.search(best[ids[0]][1]) and not _WHICH_ONE_PROJECT.search(t.p.text):
        # "双拥经费里八一慰问部队花多少", "→ 其中老年人免费乘车补贴多少": a part its goal names with no money beside it
        # is not costed in the table; never the project's amount beside the sentence, nor the sentence as an answer.
        return t.unknown(compose.part_not_costed_in_goal(rows[0]["name"], words, best[ids[0]][1])
                         + compose.source_note(rows[0]), suggest=False)
    return _content_answer(t, f, words, rows, [best[r["id"]][1] for r in rows], units)


def _no_sentence_says(t: Turn, f: Frame, words: list[str], units: bool) -> Answer:
    """No sentence says the words as said: one project's clauses saying them in their own words ("保安保洁设备维修
    那些费用在哪个项目里": 包括安保、保洁、设备维修护费), else not found."""
    if t.p.has("frequency"):
        return t.unknown(compose.no_frequency(words), suggest=False)
    if not f.within and not f.projects and (one := project_saying_the_words(t, words, f.doc_ids)) is not None:
        return _content_answer(t, f, words, [one[0]], [one[1]], units)
    named = [t.kb.projects[pid].name for pid in f.projects if pid in t.kb.projects] if f.within else []
    return t.unknown(compose.nothing_about(words, named), "".join(words))


def _one_saying_each(t: Turn, f: Frame, words: list[str], ids: list[int], top: float) -> list[int]:
    """Of projects whose best sentences say the words equally and in part, the one whose clauses say each of them
    ("网上信访和矛盾纠纷": 化解矛盾纠纷 of 法律顾问 says one, 信访工作经费 both); all of them otherwise."""
    if len(ids) > 1 and top < 1 and not f.within and not f.projects \
            and (one := project_saying_the_words(t, words, f.doc_ids)) is not None and one[0]["id"] in ids:
        return [one[0]["id"]]
    return ids


def _words_within(t: Turn, f: Frame, words: list[str]) -> list[str]:
    """The words searched for in the named projects' own texts (the projects narrowed to those they do not name)."""
    # "数量指标里是哪几个单位派人进驻": the class asked in is no word to find
    words = [w for w in words if w not in {m.text for m in t.p.mentions if m.of("category")}] or words
    words += [w for w in asked_names(t.p) if w not in words]  # "要改哪些乡镇": 乡镇, though a name's word
    words = words_beyond(words, [r["unit_name"] or "" for r in query.projects(t.conn, f.projects)])
    f.projects = _named_apart_from_words(t, f.projects, words)
    return words


def _named_apart_from_words(t: Turn, projects: list[int], words: list[str]) -> list[int]:
    """"油茶扶持资金分到哪几个乡镇了": of several projects the question seems to name, one whose name holds the very
    words searched for (乡镇 of 乡镇林业工作站…经费) is named by them only: the words are what is asked of the
    others, never a project of their own found by its name; all of them when each name holds a word."""
    held = {pid for pid in projects if pid in t.kb.projects and any(w in t.kb.projects[pid].name for w in words)}
    return [pid for pid in projects if pid not in held] or projects


def _indicator_named_by(t: Turn, project: int, sentence: str, words: list[str]):
    """The indicator of a project a found sentence ("name：value") is, when every word asked is in its name and
    in no other of its indicators' names nor the project's own (证书 of 证书印制经费 names no indicator)."""
    name = sentence.split("：")[0]
    if not words or not all(w in name for w in words) or any(w in t.kb.projects[project].name for w in words):
        return None
    # (each word with the characters said beside it that the name holds too: 时间 of "报批时间" is 报批时间)
    wide = [_widened(t.p.text, w, name) for w in words]
    holding = [k for k in query.indicators(t.conn, project_ids=[project]) if all(w in k["name"] for w in wide)]
    return holding[0] if len(holding) == 1 and holding[0]["name"] == name else None


def _widened(text: str, word: str, name: str) -> str:
    """A word of the question grown over the characters beside it while the name still holds the run."""
    a = text.find(word)
    if a < 0:
        return word
    b = a + len(word)
    while a > 0 and text[a - 1:b] in name:
        a -= 1
    while b < len(text) and text[a:b + 1] in name:
        b += 1
    return text[a:b]


def _money_said_apart(t: Turn, sentence: str) -> bool:
    """Whether a money word is said apart from the indicator found ("报批时间": its 批 is a word of 县级总体规划
    成果报批时间, no money asked), so the part asked is money the table does not break down."""
    name = compact(sentence.split("：")[0])
    for a, b in t.p.concepts.get("amount", []):
        runs = (t.p.text[a - i:b + j] for i in range(4) for j in range(4) if i + j and a - i >= 0)
        if not any(len(run) > b - a and run in name for run in runs):
            return True
    return False


# "哪个跟车有关", "哪个项目是管车的": one character said between 跟 and 有关, or between 管 and 的, is the thing
# searched for, short as it is
_ONE_CHAR_RELATED = re.compile(r"(?:跟|和|与|同)([\u4e00-\u9fff])(?:有关|相关)|(?<![主监保托接])管([\u4e00-\u9fff])的")


def _scoped_search_words(t: Turn, f: Frame) -> list[str]:
    """The words a content question searches for: never the department named as its scope ("信访局的项目里
    哪个跟车有关" is not about 信访局), and a thing said in one character between 跟 and 有关."""
    words = search_words(t.p, t.kb, without_names=f.within)
    depts = {m.text for m in t.p.mentions if m.of("department") and not m.of("project")}
    rest = [w for w in words if w not in depts]
    # ("江山农业农村局打假": the department said right before the words, joined to them in one phrase)
    rest = [next((w[len(d):] for d in depts if w.startswith(d) and len(w) - len(d) >= 2), w) for w in rest]
    if not rest and (one := _ONE_CHAR_RELATED.search(t.p.text)):
        rest = [one.group(1) or one.group(2)]
    if not rest and f.within:
        rest = names_asked(t.p)  # "技能竞赛叫什么名": the thing whose name its texts print
    return rest or words  # ("哪个项目涉及人社局": the department the only thing said is what is searched for)


_MONEY_NOUN = re.compile(r"(?:补贴|补助|经费|资金|费|钱)(?:标准)?$")  # "公益性岗位补贴多少": money asked
_MONEY_NOUN_NEXT = re.compile(r"的?(?:补贴|补助|经费|资金|费用|钱)")


def _money_asked(t: Turn, sentence: str, words: list[str]) -> bool:
    """Whether money is asked of what the words found: a money word said apart from the sentence found, or 多少
    after words ending in a money noun or followed by one."""
    return _money_said_apart(t, sentence) or t.p.has("how_much") and (
        bool(_MONEY_NOUN.search("".join(words))) or _money_noun_after(t.p.text, words))


def _money_noun_after(text: str, words: list[str]) -> bool:
    """"其中老年人免费乘车补贴多少": a money noun said right after the words searched for (a name's word, so not one
    of them) asks the money of that part."""
    at = text.rfind(words[-1]) if words else -1
    return at >= 0 and bool(_MONEY_NOUN_NEXT.match(text, at + len(words[-1])))
_KIND_ASKED = re.compile(r"(?:什么|啥)([\u4e00-\u9fff]{2,4})")


def _kind_unsaid(text: str, words: list[str], best: dict, top: float) -> bool:
    """"无人机什么型号": the kind asked after 什么 is what must be said; a sentence naming only the thing
    (购置应急救援无人机：2架) does not say its 型号."""
    asked = [w for m in _KIND_ASKED.finditer(text) for w in words if m.group(1).startswith(w)]
    return bool(asked) and not any(all(w in sentence for w in asked) for v, sentence in best.values() if v == top)


# (a sentence stating money anywhere; _MONEY_STATED below is an indicator value ending in its money unit)
_MONEY_IN_SENTENCE = re.compile(r"\d(?:[\d.,]*)\s*(?:万元|元|亿元|万)")



def _no_figure(t: Turn, row: Any, words: list[str], sentence: str) -> Answer:
    """A count asked that the project's text names with no number of it: not in the table, what it says."""
    measure = m.group(1) if (m := COUNT_ASKED.search(t.p.text)) else ""
    return t.unknown(compose.no_figure_in_text(row, words, sentence, measure), suggest=False)


def _content_answer(t: Turn, f: Frame, words: list[str], rows: Sequence, sentences: list[str], units: bool) -> Answer:
    """The projects found with their sentences; one project's sentence that only names a cost among others,
    states a standard, or lists organisations is answered as such."""
    ids = [r["id"] for r in rows]
    cost = "".join(words)
    if len(rows) == 1 and _COST_NAME.search(cost) and not t.p.has("which", "project", "list", "content") \
            and cost not in sentences[0]:
        # "信访超市" → "设备维修费呢": a cost its text only names among others; no amount of its own.
        return t.unknown(compose.cost_only_in_text(rows[0], cost, sentences[0]), suggest=False)
    if f.within and len(rows) == 1 and _money_of_the_name_asked(t, rows[0], words):
        # "天地图平台那个运维经费多少": the money asked is the project's own (运维经费 of its name); the words its
        # goal says (天地图) only tell which project it is
        f.intent, f.projects = "amount", ids
        return do_amount(t, f)
    if f.within and len(rows) == 1 and (t.p.modifiers or t.p.has("how_much")):
        if t.p.has("how_much") and not figure_said(t.p.text, sentences[0]):
            # "有多少烈士陵园": a sentence naming them with no number says not how many
            return _no_figure(t, rows[0], words, sentences[0])
        # "每人每月多少标准", "选600元档次的补多少": the standard its text states, not the project's budget.
        return t.answered(f, compose.said_in_text(rows[0], sentences[0]), projects=ids)
    if len(rows) == 1 and COUNT_NOUN.search(cost) and not t.p.has("which", "project", "list", "content") \
            and not figure_said(t.p.text, sentences[0]):
        return _no_figure(t, rows[0], words, sentences[0])  # "那它的参保人数呢": a count its text only names
    text = compose.content_matches(words, list(zip(rows, sentences, strict=True)))
    listed = list(dict.fromkeys(_UNITS_LISTED.findall(sentences[0]))) if units and len(rows) == 1 else []
    if len(listed) >= 2:
        # "进驻的单位有几个", "哪几个部门进驻": the organisations the sentence lists, counted, first.
        text = compose.units_in_text(listed, bool(_UNITS_COUNTED.search(t.p.text))) + "\n" + text
    return t.answered(f, text, projects=ids, listed=[("project", i) for i in ids])


def _money_of_the_name_asked(t: Turn, row: Any, words: list[str]) -> bool:
    """Whether "多少" is asked right after a piece of the project's name ending in a money noun (运维经费多少: the
    run from a mention of it up to 多少), the words searched for naming no money of their own."""
    asked = t.p.concepts.get("how_much", [])
    if not asked or t.p.modifiers or t.p.has("list", "which", "count") or _MONEY_NOUN.search("".join(words)):
        return False
    runs = [t.p.text[m.start:asked[0][0]] for m in t.p.mentions if m.of("project") and m.start < asked[0][0]]
    return any(_MONEY_NOUN.search(run) and compact(run) in compact(row["name"]) for run in runs)


def _related_only(t: Turn, f: Frame, said: list[tuple[int, int]]) -> Answer | None:
    """"跟信访超市有关的指标有哪些", "和律师有关的项目": only a relation word besides the project named, which
    is what it relates to: its indicators, or itself. None otherwise."""
    if not f.projects or not said or not all(t.p.text[a:b] in _RELATED for a, b in said) \
            or search_words(t.p, t.kb, without_names=True):
        return None
    if t.p.has("indicator") or f.categories:
        f.intent = "indicator_list"
        return do_indicator_list(t, f)
    rows = query.projects(t.conn, f.projects)
    named = [m.text for m in t.p.mentions if m.of("project")]
    text = compose.related_projects(named, rows) + dept_note(t, list({r["document_id"] for r in rows}))
    return t.answered(f, text, projects=f.projects, listed=[("project", r["id"]) for r in rows], rows=amount_rows(rows))


def _best_sentences(t: Turn, f: Frame, words: list[str], units: bool) -> tuple[dict[int, tuple[float, str]], set[str]]:
    """Per project in scope, its sentence (name, goal sentences, indicators) saying the words best, with the
    score; and the sentences that are indicators'."""
    named = set() if f.within else set(f.projects) | {pid for g in f.ambiguous for pid in g}
    best: dict[int, tuple[float, str]] = {}
    said_by_indicator: set[str] = set()
    rows = query.projects(t.conn, f.projects) if f.within else query.projects_in(t.conn, f.doc_ids)
    asked = _asked_beside_names(t)
    runs: dict[str, str] = {}
    figures = _figures_said(t)
    if (measured := _measure_asked(t.p.text)) is not None:
        figures.append(measured)
    listing = bool(asked_names(t.p))  # "要改哪些乡镇": of sentences saying 乡镇, the one listing them (、)
    kind = _value_kind_asked(t)
    for r in rows:
        sentences = [r["name"], *_text_clauses(r["goal"] or "", runs)]
        for k in query.indicators(t.conn, project_ids=[r["id"]]):
            for x in _indicator_sentences(k, kind):
                sentences.append(x)
                said_by_indicator.add(x.strip())
        if t.p.has("frequency"):  # "多久一次": only a sentence saying how often answers it
            sentences = [x for x in sentences if _HOW_OFTEN.search(x) and words_score(words, x, t.kb) >= 0.5]
        if all(len(w) == 1 for w in words) and not f.within:
            # "哪个项目是管车的": one character is a thing named — in a project's or an indicator's name (公务用车,
            # 车辆购置数量), never any sentence holding it inside another word (人 of 人民群众)
            sentences = [x for x in sentences if (x == r["name"] or x.strip() in said_by_indicator)
                         and all(w in x.split("：")[0] for w in words)]
        scored = [(words_score(words, x, t.kb) + (0.5 if r["id"] in named else 0)
                   + (0.5 if figures and any(fig.search(runs.get(x, x)) for fig in figures) else 0), x.strip())
                  for x in sentences if x.strip()]
        if scored:
            # Equal scores: the one holding more of the asked characters ("派人" in 派驻工作人员), then of the
            # question's other words (补贴标准); "进驻的单位有哪些": of those saying 进驻, the one listing units.
            top_score, sentence = max(scored, key=lambda sx: (sx[0], len(_UNITS_LISTED.findall(sx[1])) if units else 0,
                                                              sx[1].count("、") if listing else 0,
                                                              _chars_held(words, sx[1]), _chars_held([asked], sx[1]),
                                                              sx[1]))
            best[r["id"]] = (top_score, _case_asked(t.p.text, runs[sentence]) if sentence in runs else sentence)
    return best, said_by_indicator


_WHOLE_PERIOD = re.compile(r"总共|一共|累计|整个|全部周期")


def _value_kind_asked(t: Turn) -> str:
    """Which of an indicator's two values the question asks: "annual" (今年, 年度), "period" (实施周期, 整个周期,
    总共), or "" (not said)."""
    if t.p.has("period") and t.p.has("annual"):
        return ""
    return "period" if t.p.has("period") or _WHOLE_PERIOD.search(t.p.text) else "annual" if t.p.has("annual") else ""


def _indicator_sentences(k, kind: str) -> list[str]:
    """An indicator as the sentences to search: its value of the kind asked; its two values apart when they
    differ and none is asked (the 实施周期 value may say what the year's does not: "每两个月轮换一次…")."""
    period, annual = k["period_value"], k["annual_value"]
    if not (period and annual and period != annual):
        return [compose.indicator_sentence(k)]
    if kind:
        return [f"{k['name']}：{period if kind == 'period' else annual}"]
    return [compose.indicator_sentence(k), f"{k['name']}：{period}", f"{k['name']}：实施周期{period}，年度{annual}"]


_MEASURE_ASKED = re.compile(r"(?:多少|几)([\u4e00-\u9fff])")
_NO_MEASURE = frozenset("钱呢了啊吗的是在要能会年月天")


def _measure_asked(text: str) -> re.Pattern | None:
    """"新修梯田多少亩": a figure in the measure asked (1.2万亩), as a sentence would print it; None when the
    question asks no measure (多少钱, 多少呢)."""
    m = _MEASURE_ASKED.search(text)
    if m is None or m.group(1) in _NO_MEASURE:
        return None
    return re.compile(r"[0-9](?:[0-9.,]*)\s*万?" + re.escape(m.group(1)))


def _figures_said(t: Turn) -> list[re.Pattern]:
    """Each figure the question says with its unit ("600元"), as a text would print it (never inside 1600元)."""
    out = []
    for a in t.p.amounts:
        m = re.match(r"([0-9]+(?:\.[0-9]+)?)\s*(万元|元|%)", compact(a.raw)) if a.has_unit else None
        if m:
            out.append(re.compile(r"(?<![0-9.])" + re.escape(m.group(1)) + r"(?:\.0+)?\s*" + re.escape(m.group(2))))
    return out


def _counted_beside(t: Turn, named: list, counted: re.Pattern) -> list:
    """"公车购置计划买几辆车": words near a rate's name (购置计划执行率), not said whole, while one indicator of
    the same project sharing the question's words counts in that measure (车辆购置数量 1辆): that one; []
    when the name was said whole or no single other one fits."""
    if any(m.score >= 100 for m in t.p.mentions if m.of("indicator")):
        return []
    rows = [r for r in query.indicators(t.conn, project_ids=list({r["project_id"] for r in named}))
            if any(counted.search(v or "") for v in (r["annual_value"], r["period_value"], r["actual_value"]))
            and any(r["name"][i:i + 2] in t.p.text for i in range(len(r["name"]) - 1)) and _said_mostly(r["name"], t.p.text)]
    return rows if len({r["name"] for r in rows}) == 1 else []


def _said_mostly(name: str, text: str) -> bool:
    """Whether the question says most of what an indicator counts (车辆购置 of 车辆购置数量 in "公车购置计划买几辆
    车"), not a word it merely shares (就业 of 城镇新增就业人数 in "就业见习补贴发放了多少人")."""
    core = _MEASURE_TAIL.sub("", compact(re.sub(r"[（(][^（）()]*[）)]", "", name)))
    return bool(core) and sum(c in text for c in core) >= 0.75 * len(core)


_A_YEAR = re.compile(r"一年|每年|全年|年度|今年|本年")


_EXACT_COUNT = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*(\D{1,2})$")


def _counts_added(t: Turn, rows: list, answer: Answer) -> Answer:
    """"江安市监局政府雇员一共多少人" of namesakes under two units: their exact counts of one measure added,
    each said with its unit (nothing added when a value is a bound (≥) or in another measure)."""
    found = [(r, _EXACT_COUNT.match(compact(r["annual_value"] or ""))) for r in rows]
    if answer.status != ANSWERED or not t.p.has("total") or len(rows) < 2 or any(m is None for _, m in found) \
            or len({m.group(2) for _, m in found if m}) != 1:
        return answer
    parts = [(t.kb.projects[r["project_id"]].unit_name or r["project_name"], float(m.group(1)))
             for r, m in found if m]
    answer.text += "\n" + compose.counts_added(parts, found[0][1].group(2) if found[0][1] else "")
    return answer


def _named_by_the_projects_words(t: Turn, rows: list) -> list:
    """"淤地坝除险加固经费 → 除险加固几座": a word read as the project's name that some of the counted
    indicators' names hold too (除险加固病险淤地坝, not 日常管护淤地坝) names those indicators."""
    if len(rows) < 2:
        return rows
    for m in t.p.mentions:
        if m.of("project") and len(m.text) >= 2:
            held = [r for r in rows if m.text in r["name"]]
            if held and len(held) < len(rows):
                return held
    return rows


def _thing_counted(t: Turn, spans: list[tuple[int, int]]) -> str:
    """The noun after 几个 ("几个律师"), else the thing said before 有 ("律师有几个": a word of the project's
    texts said for it); "" when neither."""
    if not spans:
        return ""
    if thing := _counted_noun(t, spans[0][1]):
        return thing
    before = mention_before_has(t.p, spans[0][0])
    return before.text if before is not None and before.of("project") else ""


def do_quantity(t: Turn, f: Frame) -> Answer:
    """"公务车买几辆": an indicator whose value counts in that measure word (1辆), in the projects
    named; else a sentence of their goal that does ("派遣1名律师")."""
    spans = t.p.concepts.get("quantity", [])
    unit = t.p.text[spans[0][1] - 1] if spans else ""
    # "要买几台" of what the table counts in 辆: measure words of the same kind of thing.
    kin = next((group for group in t.kb.vocab.measure_kin if unit and unit in group), unit)
    counted = re.compile(rf"[0-9]+(?:\.[0-9]+)?\s*(?:万)?[{re.escape(kin)}]") if kin else re.compile(r"[0-9]+")
    if unit and _GENERIC_MEASURE.search(unit):  # "编外人员几个" of 8人: any measure word of a thing
        counted = COUNTED_FIGURE.compiled()
    thing = _thing_counted(t, spans)
    if thing:  # "几个律师": a number, maybe a measure word, then that noun ("1名律师")
        counted = re.compile(rf"[0-9]+(?:\.[0-9]+)?\s*(?:万)?{_MEASURE}?{re.escape(thing)}")
    # ("一年办多少件": the year is the table's own, no word an indicator must hold)
    words = [x for w in t.p.unexplained for x in _A_YEAR.split(w) if len(x) >= 2]
    projects = f.projects or [r["id"] for r in query.projects_in(t.conn, f.doc_ids)]
    named = query.indicators(t.conn, ids=f.indicators) if f.indicators else []
    if thing and kin and any(thing in r["name"] for r in named):
        # "入户走访多少次老人": the noun is the named indicator's own word, counted in its measure
        counted = re.compile(rf"[0-9]+(?:\.[0-9]+)?\s*(?:万)?[{re.escape(kin)}]")
    rows = [r for r in named or query.indicators(t.conn, project_ids=projects) if _head_said(t, r, unit, thing, spans)
            and any(counted.search(v or "") for v in (r["annual_value"], r["period_value"], r["actual_value"]))]
    if thing and kin and not rows and not named:
        rows = _counted_by_name(t, projects, thing, kin)
    if named and not rows:
        rows = _under_a_longer_name(t, f, named, counted) or _counted_beside(t, named, counted)
    held = _held_not_bought(t, f, spans, rows)
    if rows and not held and (bought := [r for r in rows if _ACQUIRED.search(r["name"]) and _says_thing(t, spans, r)]):
        # "信访局有几辆车": the tables say only what a project is to get (车辆购置数量 1辆), not what is held
        return t.unknown(compose.only_to_get(unit, [(r["project_name"], r["name"]) for r in bought]), suggest=False)
    rows = held
    if named and not rows:
        # "三支一扶人员多少人" where the indicator is a rate (≥90%): not a count of people.
        return t.unknown(compose.not_a_count(named[0]["name"], named[0]["annual_value"], unit), suggest=False)
    # ("要做到多少宗": reaching a value is what an indicator's value says, no word to look for)
    # ("车买几辆": the verb of buying the cutter glued to its noun is no word the indicator must hold)
    words = [x for w in words if len(x := _BUYING.sub("", w)) >= 2 and not _ATTAIN.fullmatch(x)]
    if not f.projects and not named and not words and (thing or unit) in _OF_DEPARTMENT \
            and _project_tables_only(t, f.doc_ids):
        # "信访局有几个人": nothing but the department names what is counted (its staff, its units), which
        # project tables do not hold; an indicator that happens to count in 名 would be a guess.
        return t.unknown(compose.not_counted_here(thing or unit), suggest=False)
    rows = _named_by_the_projects_words(t, _holding_the_words(t, f, rows, words))
    if rows:
        f.indicators, f.intent = [r["id"] for r in rows], "indicator_value"
        f.projects = list(dict.fromkeys(r["project_id"] for r in rows))
        return _counts_added(t, rows, do_indicator_value(t, f))
    if f.projects:
        found = [(r, x) for r in query.projects(t.conn, f.projects)
                 for x in re.split(r"[。；;，,]", r["goal"] or "") if counted.search(x)]
        # "进驻几个镇街": a number said in words, in the goal or an indicator's value (the noun may be one
        # jieba cuts into characters, said to the end of the question)
        noun = thing or (said.group(0) if spans and (said := re.match(
            r"[\u4e00-\u9fff]{2,4}?(?=[呢吗啊呀？?，,。\s]|$)", t.p.text[spans[0][1]:])) else "")
        if not found and noun:
            found = _count_in_texts(t, f.projects, noun)
        if len(found) == 1:
            r, sentence = found[0]
            return t.answered(f, _counted_sentence(r, sentence), projects=[r["id"]])
    return t.unknown(compose.no_count_in(unit), suggest=False)


def _under_a_longer_name(t: Turn, f: Frame, named: list, counted: re.Pattern) -> list:
    """The same indicator under a longer name that does count in that word ("参与区领导重点约访" ≥15次)."""
    names = {r["name"] for r in named}
    return [r for r in query.indicators(t.conn, doc_ids=f.doc_ids or list(t.kb.documents))
            if any(n in r["name"] or r["name"] in n for n in names) and r["id"] not in f.indicators
            and any(counted.search(v or "") for v in (r["annual_value"], r["period_value"], r["actual_value"]))]


def _holding_the_words(t: Turn, f: Frame, rows: list, words: list[str]) -> list:
    """The counted rows whose project and name say the other words of the question; else, of a project named
    with one row counted in that measure, that row when its project's goal says them ("监测点要布设多少个":
    布设 is the goal's "布设…监测点", not the indicator's name)."""
    kept = [r for r in rows if not words or words_score(words, f"{r['project_name']}{r['name']}{r['annual_value']}",
                                                        t.kb) >= 0.5]
    if kept or not f.projects or len(rows) != 1:
        return kept
    goal = query.projects(t.conn, [rows[0]["project_id"]])[0]["goal"] or ""
    return rows if words_score(words, goal, t.kb) >= 0.5 else []


_BRACKETS = re.compile(r"[（）()]")


def _counted_by_name(t: Turn, projects: list[int], thing: str, kin: str) -> list:
    """"要加固几座水库": the value counts in the measure word alone (8座) and the noun is in the indicator's
    name (除险加固水库数量), not after the number."""
    measured = re.compile(rf"[0-9]+(?:\.[0-9]+)?\s*(?:万)?[{re.escape(kin)}]")
    # "聘了几个政府雇员": 个 is the classifier of anything; a count of the noun (聘用政府雇员人数 8人) in its
    # own measure word is that number
    any_measure = re.compile(rf"[0-9]+(?:\.[0-9]+)?\s*(?:万)?{_MEASURE}") if kin == "个" else measured
    # "资助几个传承人": people said with 个 are counted in 人 (资助代表性传承人 12人), by the verb said (资助)
    people = re.compile(r"[0-9]+\s*[人名位](?!次)") if kin == "个" and re.search(re.escape(thing) + "?[人员]", t.p.text) \
        else measured
    verb = _verb_before_count(t, projects)
    # (the name's brackets left out: "村社区" is said of 指导村（社区）换届数量)
    return [r for r in query.indicators(t.conn, project_ids=projects) if thing in _BRACKETS.sub("", r["name"])
            and any((any_measure if r["name"].endswith(tuple(t.kb.vocab.count_endings)) else measured).search(v or "")
                    or verb in r["name"] and people.search(v or "")
                    for v in (r["annual_value"], r["period_value"], r["actual_value"]))]


def _verb_before_count(t: Turn, projects: list[int]) -> str:
    """The two characters said right before 几个 ("资助几个传承人"), "" when they belong to the name said of the
    projects asked ("…经费有几个")."""
    m = re.search(r"([\u4e00-\u9fff]{2})(?:几|多少)个", t.p.text)
    if m is None or any(x.start < m.end(1) and m.start(1) < x.end and {r.id for r in x.of("project")} & set(projects)
                        for x in t.p.mentions):
        return ""
    return m.group(1)


_MEASURE = "[个名位人次辆台家所件套户批场期部份宗]"
# a measure word that counts anything ("编外人员几个": a number in any measure word, bot.language.asking COUNTED_FIGURE)
_GENERIC_MEASURE = Words("quantities", "^(?:{generic})$")
_OF_DEPARTMENT = {"人", "名", "位", "单位", "科室", "处室", "员工", "职工", "干部"}


def _project_tables_only(t: Turn, doc_ids: list[int]) -> bool:
    """Whether the tables in scope are project target tables alone, which list no staff or units (a
    staffing table or a department-level table does: its facts answer "多少人")."""
    docs = [t.kb.documents[d] for d in doc_ids or t.kb.documents]
    return bool(docs) and all(d.get("layout") == "text-project-targets" or "项目支出绩效目标表" in (d.get("form") or "")
                              for d in docs)


_ATTAIN = re.compile(r"(?:要|需要|应|应该)?(?:做到|达到|实现|办到|完成)")
_BUYING = re.compile(r"(?:要|需要|计划|打算|准备)?(?:买|购买|购置|采购|购)了?$")


# How many are held ("有几辆车", "一共多少辆车"), not how many are to be got (买, 购置, 更新 …: an indicator's plan)
_HOLDING = re.compile(r"(?:有|一共|总共|共|合计|加起来)(?:多少|几)")
_ACQUIRING = re.compile(r"买|购|采购|新增|添置|更新|配备|配置|安排|计划|打算|准备|要")
_ACQUIRED = re.compile(r"购|采购|新增|添置|更新|配备|配置")


def _held_not_bought(t: Turn, f: Frame, spans: list[tuple[int, int]], rows: list) -> list:
    """"市场监管局有几辆车" with no project or indicator named: how many are held is asked, which an
    indicator of what a project will get (车辆购置数量: 1辆 to buy) or of another thing counted in a kin measure
    (特种设备监督检查台次, 新购检测设备台套数) does not say: those rows are dropped, so the tables' own counts
    (an asset table's 车辆数量) answer or nothing does. The noun counted (车 of 几辆车) must be the indicator's.
    Rows unchanged when a project or indicator is named or getting is said (买几辆, 更新几辆)."""
    if f.projects or f.indicators or not spans or not _HOLDING.search(t.p.text) or _ACQUIRING.search(t.p.text):
        return rows
    return [r for r in rows if not _ACQUIRED.search(r["name"]) and _says_thing(t, spans, r)]


def _says_thing(t: Turn, spans: list[tuple[int, int]], r) -> bool:
    """Whether an indicator says the thing counted, the character right after the measure word (车 of 几辆车),
    in its name or its values; True when no thing is said there."""
    noun = re.match(r"[\u4e00-\u9fff]", t.p.text[spans[0][1]:]) if spans else None
    thing = noun.group() if noun and noun.group() not in "的了呢吗啊呀么" else ""
    return not thing or thing in r["name"] + "".join(r[k] or "" for k in ("annual_value", "period_value"))


_COUNT_TAIL = re.compile(r"(?:总数|个数|人数|数量|数)$")


def _head_said(t: Turn, r, unit: str, thing: str, spans: list[tuple[int, int]]) -> bool:
    """"编外人员几个" of 编外人员数量 (8人): 个 counts any thing, but only the thing the indicator counts — the last two
    characters of its name before 数量 said in the question ("有几个乡镇街道分到钱" is no count of 救援队伍数 23支),
    or the first of them said right before the count as its verb ("村庄规划编几个" of 村庄规划编制个数: 编 of 编制).
    Any other measure word (or a noun said after 几个) is matched by the caller as before."""
    if thing or not unit or not _GENERIC_MEASURE.search(unit):
        return True
    head = _COUNT_TAIL.sub("", compact(r["name"]))
    verb = t.p.text[spans[0][0] - 1] if spans and spans[0][0] > 0 else ""
    return len(head) < 2 or head[-2:] in compact(t.p.text) or verb == head[-2]


def _counted_noun(t: Turn, at: int) -> str:
    """The noun right after a quantity word ("几个律师" -> 律师), if one follows."""
    rest = t.p.text[at:]
    mention = next((m for m in t.p.mentions if m.start == at), None)
    if mention is not None:
        # "多少次区领导约访": an indicator named after the measure word is what is counted in it, not a noun
        # its value must repeat.
        return "" if mention.of("indicator") and not mention.of("project") else mention.text
    words = t.kb.segmenter.cut(rest) if rest else []
    word = words[0] if words else ""
    return word if len(word) >= 2 and word not in t.kb.vocab.stopwords else ""


_EACH = re.compile(r"各|分别|各自")


def _counted_per(t: Turn, f: Frame, rows: list) -> dict[str, int]:
    """Indicators counted by project, or by department ("商务局和信访局的满意度指标各几个": each department's
    count when several are named, no project, and each is asked)."""
    by = "department_name" if not f.projects and _EACH.search(t.p.text) \
        and len({r["department_name"] for r in rows}) >= 2 else "project_name"
    per: dict[str, int] = {}
    for r in rows:
        per[r[by]] = per.get(r[by], 0) + 1
    return per


def do_lacking(t: Turn, f: Frame) -> Answer:
    """"哪些项目没有满意度指标" / "哪些项目设了成本指标": projects with or without a category."""
    lack = f.negated = t.p.has("lack") or (f.negated and not t.p.has("having"))  # (carried: "那城管局的呢")
    rows = [r for r in query.projects_in(t.conn, f.doc_ids) if r["kind"] != "department"]
    having: set[int] = set()
    named: dict[int, list[str]] = {}  # each project's indicators of the categories: said beside it
    for cat in f.categories:
        for r in query.indicators(t.conn, doc_ids=f.doc_ids, category=(cat.level, str(cat.key))):
            having.add(r["project_id"])
            named.setdefault(r["project_id"], []).append(r["name"])
    if f.indicators and not f.categories:  # "有几个项目有群众满意度指标": the projects of the indicator named
        having = {t.kb.indicator_project[i] for i in f.indicators}
    chosen = [r for r in rows if (r["id"] in having) != lack]
    what = "、".join(str(c.key) for c in f.categories) or "、".join(
        dict.fromkeys(f"“{t.kb.indicator_name[i]}”" for i in f.indicators)) + "指标"
    ids = [r["id"] for r in chosen]
    if not lack and not chosen and rows:
        # "有成本指标吗": nothing in view has one, so there is nothing to give (nor a value of).
        return t.unknown(compose.category_not_held(what, len(rows)) + dept_note(t, f.doc_ids), suggest=False)
    text = compose.projects_with(what, lack, chosen, len(rows), None if lack else named) + dept_note(t, f.doc_ids)
    return t.answered(f, text, projects=ids, listed=[("project", i) for i in ids])


def do_department_rank(t: Turn, f: Frame) -> Answer:
    """"哪个部门钱最多": departments by the total of their tables."""
    totals: dict[str, float] = {}
    # ("政府性基金最多的部门": the tables of the kind said only, never every table's total)
    docs = f.doc_ids if t.kb.table_kind_said(t.p.text, t.p.table_words)[0] and f.doc_ids else list(t.kb.documents)
    for doc in query.documents(t.conn, docs):
        value = doc["total"] if doc["total"] is not None else query.column_total(t.conn, [doc["id"]], "total")
        if value is None:
            continue  # a table of other figures (a final account's lines), no project budget to compare
        totals[doc["department_name"]] = totals.get(doc["department_name"], 0.0) + value
    order = sorted(totals.items(), key=lambda kv: kv[1], reverse=f.order != "asc")
    if not order:  # no table of project budgets loaded: nothing to rank the departments by
        return t.unknown(compose.no_department_totals(), suggest=False)
    return t.answered(f, compose.department_ranking(order, f.order == "asc"))


def do_unit(t: Turn, f: Frame) -> Answer:
    docs = query.documents(t.conn, f.doc_ids)
    return t.answered(f, compose.money_units([d["unit"] for d in docs]) + dept_note(t, f.doc_ids))


_UNITS_UNDER = re.compile(r"下属|所属|下设|下辖|直属")


def _funding_units(t: Turn, f: Frame) -> Answer:
    """"有几个资金使用单位", "哪个单位经费最多": each table's units, their subtotals and project counts."""
    parts = []
    # "下属单位有几个", "…不算本级": the department's own line left out
    under = _UNITS_UNDER.search(t.p.text) is not None or OWN_LEFT_OUT.search(t.p.text) is not None
    for doc in query.documents(t.conn, f.doc_ids):
        units = query.funding_units(t.conn, [doc["id"]])
        own = [u["name"] for u in units if under and t.kb.own_units.get(doc["id"]) == u["name"]]
        if units:
            counted = [(u["name"], u["total"], len(t.kb.unit_projects(doc["id"], u["name"])))
                       for u in units if u["name"] not in own]
            parts.append(compose.units_listed(doc["department_name"], counted, doc["unit"], f.order, own))
    if not parts:
        return t.unknown(compose.not_counted_here("资金使用单位"), suggest=False)
    return t.answered(f, "\n".join(parts) + dept_note(t, f.doc_ids))


_YEAR_ASKED = re.compile(r"哪一?年|哪个年度|什么年度|哪年度|几几年|年度是")


def do_department(t: Turn, f: Frame) -> Answer:
    if f.of_units:
        return _funding_units(t, f)
    # ("实景三维是哪个单位在做": a thing one project's indicator names is that project's)
    owners = list(dict.fromkeys(t.kb.indicator_project[i] for i in f.indicators if i in t.kb.indicator_project))
    if not f.projects and len(owners) == 1:
        f.projects = owners
    if f.projects:  # "就业补助资金实施单位是哪个": the project's department and the unit that spends it
        rows = query.projects(t.conn, f.projects)
        text = "\n".join(compose.project_owner(r) + compose.source_note(r)
                         for r in rows)
        return t.answered(f, text, projects=f.projects)
    lines = []
    for doc in query.documents(t.conn, f.doc_ids):
        units = [u["name"] for u in query.funding_units(t.conn, [doc["id"]])]
        n = query.project_count(t.conn, [doc["id"]])
        lines.append(compose.table_summary(doc["department_name"], n, doc["total"], doc["unit"], units,
                                           doc["form"], doc["year"], _YEAR_ASKED.search(t.p.text) is not None))
    return t.answered(f, "\n".join(lines))


def _part_named_beside(t: Turn, project: int) -> tuple[str, str, Any] | None:
    """"职业技能提升补助培训补贴发了多少钱": words said with the project's name (a fuzzy match took them
    in) that only one of its indicators holds (培训补贴发放准确率): a part the table has no cost line for.
    (the words, the indicator's sentence, its row), or None."""
    name = t.kb.projects[project].name
    said = next((m.text for m in t.p.mentions if any(r.kind == "project" and r.key == project for r in m.refs)), "")
    said = said_as_named(said, compact(name), t.kb.name_word_groups)  # (编外人员 said of 政府雇员…)
    if not said or said in name:
        return None
    import difflib  # (here: a cold one-question `ask` need not import it)

    blocks = difflib.SequenceMatcher(None, said, name, autojunk=False).get_matching_blocks()
    rest, at = [], 0
    for b in blocks:
        rest.append(said[at:b.a])
        at = b.a + b.size
    extra = max(rest, key=len)
    # (of pieces as long, the first said: never the set's order, which varies by run)
    pieces = sorted({extra[i:j] for i in range(len(extra)) for j in range(i + 2, len(extra) + 1)},
                    key=lambda x: (-len(x), extra.index(x)))
    indicators = query.indicators(t.conn, project_ids=[project])
    for piece in (x for x in pieces if x not in name):  # the longest piece an indicator holds
        k = next((k for k in indicators if piece in k["name"]), None)
        if k is not None:
            return piece, f"{k['name']}：{k['annual_value'] or k['period_value'] or ''}", k
    return None


def _states_an_amount(k) -> bool:
    """Whether an indicator is itself an amount (单次帮扶援助金额 ≤5000元), not a rate about one."""
    return bool(_MONEY_STATED.search(k["annual_value"] or k["period_value"] or "") and _AMOUNT_NAMED.search(k["name"]))


def _amount_indicator(t: Turn, project: int, sentence: str):
    """The indicator of a project a found sentence ("name：value") is, when it states an amount; else None."""
    name = sentence.split("：")[0]
    k = next((k for k in query.indicators(t.conn, project_ids=[project]) if k["name"] == name), None)
    return k if k is not None and _states_an_amount(k) and _PER_ONE.search(t.p.text) else None


def _amount_indicator_answer(t: Turn, f: Frame, row, k) -> Answer:
    """"帮扶援助单次金额上限": the part asked is an indicator stating an amount: its value, not the total."""
    f.indicators = [k["id"]]
    return t.answered(f, f"【{row['name']}】\n" + compose.indicator_line(k) + compose.source_note(row),
                      projects=[row["id"]], indicators=f.indicators)


# Money said in a question in any word (多少钱, 几万, 花了): a part asked so is a cost, never a count.
_MONEY_WORD = re.compile(r"钱|万|元|花|费|资金|经费|预算|金额|拨")


# An amount of one (单次, 每人, 上限): what an indicator stating a standard answers, never a total paid.
_PER_ONE = re.compile(r"单次|每次|一次|每人|人均|每户|户均|每个|单个|每卷|每场|上限|下限|标准|最高|最多|最低")
_AMOUNT_NAMED = re.compile(r"金额|标准|补助|成本|费用|价格|单价")
_MONEY_STATED = re.compile(r"\d\s*(?:万元|元)(?:/|$)")


def sources_asked(p: Parse) -> bool:
    """Whether a question about an amount asks how it is made up (资金来源, 财政拨款, 构成): only then are
    the sources of funds shown beside the total; otherwise the total alone is the answer."""
    return p.has("source", "breakdown")


def do_amount(t: Turn, f: Frame) -> Answer:
    rows = query.projects(t.conn, f.projects)
    if (applied := _year_applied(t, f, rows) or _whole_budget_applied(t, f, rows)) is not None:
        return applied
    if (unplanned := _year_not_planned(t, rows)) is not None:
        return unplanned
    if len(rows) == 1 and (part := _part_named_beside(t, rows[0]["id"])):
        if _states_an_amount(part[2]) and _PER_ONE.search(t.p.text):
            return _amount_indicator_answer(t, f, rows[0], part[2])
        if not t.p.concepts.get("amount") and not _MONEY_WORD.search(t.p.text) \
                and not _MONEY_STATED.search(part[2]["annual_value"] or part[2]["period_value"] or ""):
            # "12315要受理多少投诉举报": no money said, and the indicator holding the words said beside the name
            # counts something: its value is what is asked (实施周期的呢 then asks it again)
            f.intent = "indicator_value"
            return _amount_indicator_answer(t, f, rows[0], part[2])
        return t.unknown(compose.part_not_costed(rows[0]["name"], [part[0]], part[1]) + compose.source_note(rows[0]),
                         suggest=False)


    if rows and all(r["kind"] == "department" for r in rows) and (whole := _department_whole_amount(t, f, rows)):
        return whole
    if len(rows) == 1 and not f.column and (line := _department_line_named(t, f, rows[0])) is not None:
        return line
    lines = [compose.amount_line(r, sources_asked(t.p), _applied_year(t, r)) + compose.source_note(r) for r in rows]
    lines += [twin for r in rows[:1] if len(rows) == 1 and (twin := _namesake_of_another_year(t, r))]
    verdict = _amount_checked(t, rows)
    return t.answered(f, verdict + "\n".join(lines), projects=f.projects, rows=amount_rows(rows))


def _namesake_of_another_year(t: Turn, row) -> str:
    """"食品安全抽检监测经费多少", no year said, of a 2026 目标表 beside its department's 2025 自评表 holding a project of
    that very name: the other year's figure said beside, each with its table (which year is which never left
    unsaid); "" when no year's other table holds the name once, or a year is said."""
    kb = t.kb
    doc = row["document_id"]
    own = kb.year_of_document(doc)
    if t.p.years or own is None:
        return ""
    others = [d for d in kb.documents_of_departments([kb.documents[doc]["department_name"]])
              if d != doc and kb.year_of_document(d) not in (None, own)]
    twins = [q for d in others for q in kb.projects_of_document(d) if kb.projects[q].name == row["name"]]
    if len(twins) != 1:
        return ""
    twin = query.projects(t.conn, twins)[0]
    other = kb.documents[twin["document_id"]]
    return compose.namesake_of_another_year(compose.table_name(other["department_name"], other["form"], other["year"]),
                                            twin["name"], other["year"])


def _applied_year(t: Turn, row) -> int | None:
    """The year of a 项目申报表 whose project the row is (its amount is that year's, not the 项目总预算)."""
    doc = t.kb.documents[row["document_id"]]
    return doc["year"] if doc["layout"] == "project-application" and doc["year"] else None


# "三年一共", "三年合计": a 申报表's column of the years it applies for together
_YEARS_TOGETHER = re.compile(r"([两三四五])年[\u4e00-\u9fff]{0,6}?(?:一共|合计|总共|加起来|累计|总计|共)")


def _year_applied(t: Turn, f: Frame, rows: Sequence) -> Answer | None:
    """"黄盖湖湿地2027年多少", "储备林三年财政拨款合计": one project of a 申报表 asked for another year it applies for
    (a column of its 资金来源 block) or for the years together: that column's lines (the one source asked
    alone), never the table's own year's amount; None when the table prints no such column."""
    if len(rows) != 1 or t.kb.documents[rows[0]["document_id"]]["layout"] != "project-application":
        return None
    row = rows[0]
    own = t.kb.year_of_document(row["document_id"])
    years = [y for y in t.p.years if y != own]
    together = _YEARS_TOGETHER.search(compact(t.p.text)) if not t.p.years else None
    if len(years) != 1 and together is None:
        return None
    several = len(t.kb.projects_of_document(row["document_id"])) > 1
    figures = query.column_figures(t.conn, row["document_id"], f"{row['name']} " if several else "")
    if years:
        # (the year's column, or under a heading over the years: 分年度预算 › 2027年)
        picked = [x for x in figures if year_column(x["col_labels"] or "", years[0])]
        if not picked and (planned := [x for x in figures if x["row_labels"] == f"{years[0]}年"]):
            return _year_planned(t, f, row, planned[0])
    elif together is not None:
        picked = [x for x in figures if (x["col_labels"] or "").startswith(together.group(1) + "年")]
    if not picked:
        return None
    column = picked[0]["col_labels"]
    label = AMOUNT_LABELS.get(f.column or "", "")
    lines = [(x["row_labels"], x["number"], x["unit"]) for x in picked]
    if label and label != "总计":
        lines = [x for x in lines if LINE_NUMBER.sub("", x[0]) == label]  # (一、财政拨款: the line numbered)
        if not lines:
            return None
    text = compose.year_applied(row["name"], column, lines) + compose.source_note(row)
    return t.answered(f, text, projects=f.projects)


def _year_not_planned(t: Turn, rows: Sequence) -> Answer | None:
    """"中小河流治理2028年预算" where its form plans no 2028 (another form of the workbook does): a year asked that
    none of the projects' 申报表 prints for them is not held — never the own year's amount in its place."""
    own = {t.kb.year_of_document(r["document_id"]) for r in rows}
    if not t.p.years or not rows or own & set(t.p.years) or None in own \
            or not any(t.kb.documents[r["document_id"]]["layout"] == "project-application" for r in rows):
        return None
    owners = {t.kb.documents[r["document_id"]]["department_name"] for r in rows}
    of = owners.pop() if len(owners) == 1 else ""
    missing = [y for y in t.p.years if y not in own]
    return t.unknown(compose.year_not_held(missing, sorted(y for y in own if y), of), suggest=False)


def _year_planned(t: Turn, f: Frame, row, line) -> Answer:
    """"海塘提升工程2027年预算": a form printing its 分年度预算 down the sheet (2026年 | 2027年 | 2028年 rows) holds that
    year's budget as a whole only: that line — and a 资金来源 asked of it is not printed for that year (never the
    own year's source in its place)."""
    label = AMOUNT_LABELS.get(f.column or "", "")
    if label and label != "总计":
        return t.unknown(compose.year_source_not_printed(row["name"], line["row_labels"], label), suggest=False)
    text = compose.year_applied(row["name"], line["row_labels"], [("预算", line["number"], line["unit"])])
    return t.answered(f, text + compose.fact_note(line, t.kb.documents[row["document_id"]]), projects=f.projects)


# The budget of every year a project runs, said ("项目总预算", "总投资"): a 申报表 prints it apart from its 当年预算.
_WHOLE_BUDGET = re.compile(r"总预算|预算总额|总投资|全部预算")


def _printed_whole_budget(t: Turn, row, several: bool) -> list:
    """A 申报表's 项目总预算 lines of the project: of its own section where the workbook holds several forms."""
    return [x for x in query.labelled_figures(t.conn, row["document_id"], "项目总预算")
            if not several or (x["section"] or "").startswith(row["name"])]


def _whole_budget_applied(t: Turn, f: Frame, rows: Sequence) -> Answer | None:
    """"储备林项目总预算": one project of a 申报表 asked its whole budget, where the form prints no 项目总预算 line:
    said so, with the years-together column it does print (三年合计) beside the year's budget — never the year's
    budget given as the whole. None for any other question (a form's own 项目总预算 line is the facts' answer)."""
    if len(rows) != 1 or f.column or t.p.years or not _WHOLE_BUDGET.search(t.p.text) \
            or t.kb.documents[rows[0]["document_id"]]["layout"] != "project-application":
        return None
    row = rows[0]
    several = len(t.kb.projects_of_document(row["document_id"])) > 1
    figures = query.column_figures(t.conn, row["document_id"], f"{row['name']} " if several else "")
    printed = _printed_whole_budget(t, row, several)
    if printed and several:  # (a workbook of several forms: the project's own line, with its years as printed)
        years = [x for x in figures if re.fullmatch(r"(?:19|20)\d\d年", x["row_labels"] or "")]
        text = compose.whole_budget_printed(row["name"], printed[0]["number"], printed[0]["unit"],
                                            [(x["row_labels"], x["number"]) for x in years])
        return t.answered(f, text + compose.fact_note(printed[0], t.kb.documents[row["document_id"]]),
                          projects=f.projects)
    if printed:
        return None  # its own line, which the facts answer (and "当年呢" after it, the line beside it)
    together = [x for x in figures if x["row_labels"] in ("合计", "总计")
                and re.fullmatch(r"(?:[两三四五]年)?合计|(?:[两三四五]年)?总计", x["col_labels"] or "")]
    year = t.kb.documents[row["document_id"]]["year"]
    text = compose.whole_budget_not_printed(
        row, (together[0]["col_labels"], together[0]["number"]) if len(together) == 1 else None, year)
    return t.answered(f, text + compose.source_note(row), projects=f.projects)


def _department_line_named(t: Turn, f: Frame, row) -> Answer | None:
    """"住建局人员经费": a line of the department's own budget (预算整体情况: 其中：人员经费) said by its label,
    where the project matched holds the label only as part of its name (…政府购买服务人员经费) — the
    department's line is what is asked, never that project's amount."""
    said = compact(t.p.text)
    named = [compact(m.text) for m in t.p.mentions if m.of("project")]
    if compact(row["name"]) in said or not named:
        return None
    docs = t.kb.documents_of_departments([row["department_name"]])
    for doc in query.documents(t.conn, docs):
        # (a line printed "其中：人员经费" is stored by its words after the mark: ingest's grid)
        lines = [x for x in query.department_budget_lines(t.conn, doc["id"])
                 if len(label := compact(x["row_labels"].split(query.FACT_SEP)[-1])) >= 3
                 and label in said
                 and label in compact(row["name"]) and all(n in label for n in named)]
        if len(lines) == 1:
            shown = [{**dict(lines[0]), "row_labels": lines[0]["row_labels"].replace(query.FACT_SEP, "/")}]
            return t.answered(f, compose.department_spending(doc, shown, shown),
                              rows=[{"label": shown[0]["row_labels"], "value": shown[0]["number"],
                                     "unit": shown[0]["unit"] or doc["unit"], "department": doc["department_name"]}])
    return None


def _department_whole_amount(t: Turn, f: Frame, rows: Sequence) -> Answer | None:
    """"住建局部门整体预算多少": the amount of a department-level table's own record (部门整体绩效, which lists
    none) is the department's budget its 预算整体情况 prints; None where the table prints no spending lines."""
    docs = list(dict.fromkeys(r["document_id"] for r in rows))
    if f.column in compose.SOURCE_COLUMNS:  # "部门整体其他资金": its 收入来源 line, where the table prints it
        held = [d for d in query.documents(t.conn, docs) if d[f.column] is not None and d["total"] is not None]
        if len(held) != len(docs):
            return None
        return t.answered(f, "\n".join(compose.department_source(d, f.column) for d in held),
                          rows=[{"label": AMOUNT_LABELS[f.column], "value": d[f.column], "unit": d["unit"],
                                 "department": d["department_name"]} for d in held])
    if f.column or not all(query.department_spending(t.conn, d) for d in docs):
        return None
    whole = copy_frame(f)
    whole.projects, whole.doc_ids, whole.intent = [], docs, "total"
    return _tables_total(t, whole)


_AMOUNT_CHECK = re.compile(r"是不是|是否|对吗|对不对|吗[？?]?$|没错吧|对吧")


def _amount_checked(t: Turn, rows: Sequence) -> str:
    """"公车购置经费是不是20万": yes or no first, then the figure; "" unless one project's amount is checked
    against one amount said."""
    said = [a for a in t.p.amounts if a.has_unit]
    if len(rows) != 1 or len(said) != 1 or rows[0]["total"] is None or not _AMOUNT_CHECK.search(t.question.strip()):
        return ""
    unit = rows[0]["money_unit"] or "万元"
    if unit not in _YUAN:
        return ""
    value = said[0].value * 1e4 / _YUAN[unit]
    return compose.amount_verdict(abs(value - rows[0]["total"]) < 0.005, said[0].raw, rows[0])


_BREAKDOWN_ASKED = re.compile(r"来源|构成|组成|哪些钱|哪几块|分别|各是|各多少")
# "是财政拨的吗", "是不是财政拨款": a yes or no over one source, answered with the whole breakdown (the other
# columns say what the money is when it is not that one)
_ONE_SOURCE_YES_NO = re.compile(r"是(?:不是)?(?:财政拨|财政专户|专户|其他资金)[^，,。？?]{0,3}(?:吗|么|嘛)|是不是(?:财政|专户|其他资金)")


def _printed_sources(t: Turn, r, breakdown: bool) -> str:
    """"资金来源是什么": the table's own wording of its sources (一般公共预算财政拨款收入), beside the columns."""
    if not breakdown:
        return ""
    lines = [(re.sub(r"^[0-9一二三四五六七八九十]+[.、．]", "", x["row_labels"].split(query.FACT_SEP)[-1]),
              x["value"], x["unit"] or r["money_unit"] or "万元")  # each line in its own unit
             for x in query.printed_sources(t.conn, r["document_id"])]
    lines = [line for line in lines if not re.match(r"合计|总计|其中", line[0])]
    return "\n" + compose.printed_sources(lines) if lines else ""


# "都是财政拨款吗", "有没有哪个项目用了其他资金": the table's every source of funds, and which projects use each.
_SOURCES_SHOWN = 10  # tables whose sources of funds one answer breaks down
_EVERY_SOURCE_ASKED = re.compile(r"吗|是否|是不是|有没有|有无|哪个项目|哪些项目|哪几个项目|都是|全是|全部是|的(?:项目)?(?:是|有)(?:哪些|哪几个|哪几项|几个)")


def _prints_sources(kb: KnowledgeBase, doc_id: int) -> bool:
    """Whether a table breaks any project's money down by source (财政拨款, 财政专户拨款, 其他资金)."""
    return any(kb.projects[pid].amounts.get(c) is not None
               for pid in kb.projects_of_document(doc_id) for c in compose.SOURCE_COLUMNS)


def do_source(t: Turn, f: Frame) -> Answer:
    if f.besides_column and f.projects and f.column in compose.SOURCE_COLUMNS:
        rows = query.projects(t.conn, f.projects)
        return t.answered(f, "\n".join(compose.besides_source(r, f.column) + compose.source_note(r) for r in rows),
                          projects=f.projects)
    if not f.projects:
        named = [w for w in t.kb.vocab.funding_sources if w in t.p.text]
        if len(named) >= 2 or _EVERY_SOURCE_ASKED.search(t.p.text):
            return _sources_of_tables(t, f)
        return do_total(t, f)
    rows = query.projects(t.conn, f.projects)
    if (applied := _year_applied(t, f, rows) or _whole_budget_applied(t, f, rows)) is not None:
        return applied
    breakdown = bool(_BREAKDOWN_ASKED.search(t.p.text) or _ONE_SOURCE_YES_NO.search(compact(t.question)))
    if not breakdown and rows and all(r["kind"] == "department" for r in rows) \
            and (whole := _department_whole_amount(t, f, rows)):
        return whole
    if f.column in compose.SOURCE_COLUMNS and not breakdown and rows \
            and not any(_prints_sources(t.kb, r["document_id"]) for r in rows):
        # "就业补助资金里其他资金多少" of a 自评表 printing budgets only: no such column, never "未列（0）"
        unknown = t.unknown(compose.sources_not_printed(rows[0], f.column), suggest=False)
        unknown.intent = SOURCE_NOT_PRINTED  # (the facts may find the source printed as a row of the table)
        return unknown
    if (blank := _source_left_blank(t, f, rows, breakdown)) is not None:
        return blank
    text = "\n".join(compose.sources_text(r, f.column, breakdown) + compose.source_note(r)
                     + _printed_sources(t, r, breakdown) for r in rows)
    if len(rows) >= 2 and f.column in compose.SOURCE_COLUMNS and not breakdown \
            and all(r[f.column] is not None for r in rows):
        # "（服务中心的项目）财政拨款多少": each project's, then theirs together
        text += "\n" + compose.column_sum(rows, f.column)
    parts = [{**row, "label": f"{r['name']} {AMOUNT_LABELS[c]}" if len(rows) > 1 else AMOUNT_LABELS[c]}
             for r in rows for c in compose.SOURCE_COLUMNS if r[c] is not None
             for row in amount_rows([r], c)]
    return t.answered(f, text, projects=f.projects, rows=parts)


def _source_left_blank(t: Turn, f: Frame, rows: Sequence, breakdown: bool) -> Answer | None:
    """"法律顾问经费财政专户拨款多少" where each project's row leaves that column blank: the table states no
    amount, which is said as unknown (a blank is no figure of 0 to report); None otherwise. A yes or no
    ("有没有其他资金") is answered by the breakdown; a blank the unplaced amount may stand for, by its line."""
    if f.column not in compose.SOURCE_COLUMNS or f.column == "unplaced" or breakdown or not rows \
            or _YES_NO_HELD.search(compact(t.question)):
        return None
    if any(r[f.column] is not None or compose.unplaced_for(r, f.column) is not None for r in rows):
        return None
    text = "\n".join(compose.source_column_blank(r["name"], AMOUNT_LABELS[f.column]) + compose.source_note(r)
                     for r in rows)
    t.session.pending = []
    if f.projects:  # "那它的财政拨款呢": still these projects
        t.session.focus_projects = list(f.projects)
    # (settled: the row was read, no other reading may put a figure in its place; the facts keep it too)
    return Answer(t.question, UNKNOWN, text, SOURCE_LEFT_BLANK, debug={"settled": True})


def _sources_of_tables(t: Turn, f: Frame) -> Answer:
    """Each project table's total by source of funds, with the projects that use each source ("6 个项目都是
    财政拨款"; a column no project fills is said as 未列, never left out): a yes/no over sources is answered
    from the whole breakdown."""
    docs = [d for d in query.documents(t.conn, f.doc_ids or list(t.kb.documents)) if d["total"] is not None]
    if len(docs) > _SOURCES_SHOWN:
        return do_total(t, f)  # no department named among many: the totals' own answer (or question back)
    lines, used, held = [], [], []
    one = _one_source_asked(t)
    for doc in docs:
        rows = [r for r in query.projects_in(t.conn, [doc["id"]]) if r["kind"] != "department"]
        if not rows:
            continue
        holders = {c: [r["name"] for r in rows if r[c]] for c in compose.SOURCE_COLUMNS}
        if one is not None and not (one in UNPLACED_BETWEEN and holders.get("unplaced")):
            # "有没有财政专户拨款的项目", "哪些项目有其他资金": the projects that have it (a printed 0.00 is none),
            # not where amounts the table printed unplaced may be that source (the whole breakdown says so)
            having = [r for r in rows if r[one]]
            # (what the projects' money is of instead, said beside a no)
            others = [c for c in compose.SOURCE_COLUMNS if c not in (one, "unplaced") and any(r[c] for r in rows)]
            held.append((doc, having, len(rows), others))
            continue
        used.append(doc["id"])
        lines.append(compose.sources_of_table(doc, len(rows), holders,
                                              {r["name"]: r["unplaced"] for r in rows if r["unplaced"]}))
    if one is not None and held:
        lines, used, parts = _source_holders(t, one, held, lines, used)
        return t.answered(f, "\n".join(lines) + dept_note(t, used), rows=parts)
    if not lines:
        return do_total(t, f)
    return t.answered(f, "\n".join(lines) + dept_note(t, used))


def _source_holders(t: Turn, one: str, held: list, lines: list[str], used: list[int]
                    ) -> tuple[list[str], list[int], list[dict]]:
    """Each table's projects having the one source asked, with that source's amount as the answer's rows (so
    "加起来多少" adds those amounts); "哪些项目有其他资金" over several tables leaves out the tables where no
    project has it, unless none has (a yes or no says every table's no)."""
    which = _WHICH_PROJECTS.search(t.p.text) is not None and not _YES_NO_HELD.search(t.p.text)
    if which and any(having for _, having, _, _ in held):
        held = [h for h in held if h[1]]
    parts: list[dict] = []
    for doc, having, projects, others in held:
        used.append(doc["id"])
        amounts = {r["name"]: r[one] for r in having}
        lines.append(compose.source_held(doc, one, amounts, projects, which, others))
        parts += [{**row, "label": r["name"]} for r in having for row in amount_rows([r], one)]
    return lines, used, parts


_YES_NO_HELD = re.compile(r"有没有|有无|是否有|有.{0,12}吗")


# "哪些项目有其他资金", "有几个项目用了财政专户拨款": the projects holding one source, asked as which or how many
# "消防电梯维修的钱在哪个项目": the project holding a part its goal names is asked, not the part's own figure
_WHICH_ONE_PROJECT = re.compile(r"(?:哪个|哪一个|哪项|什么)项目")
_WHICH_PROJECTS = re.compile(r"(?:哪些|哪个|哪几个|几个|多少个)项目|(?:用|有)[^，,。？?的]{2,8}的(?:项目)?(?:是|有)(?:哪些|哪几个|哪几项|几个)")


def _one_source_asked(t: Turn) -> str | None:
    """The one source of funds a yes/no or a which asks of the projects ("有没有用其他资金的项目", "哪些项目有
    其他资金"), else None."""
    named = [c for c in compose.SOURCE_COLUMNS if c in AMOUNT_LABELS and AMOUNT_LABELS[c] in t.p.text]
    asked = _YES_NO_HELD.search(t.p.text) or _WHICH_PROJECTS.search(t.p.text)
    return named[0] if len(named) == 1 and asked else None



def _example_project(t: Turn, f: Frame) -> str | None:
    """A project of the tables in view to show how a question names one (never a bundled name)."""
    rows = [r for r in query.projects_in(t.conn, f.doc_ids or list(t.kb.documents)) if r["kind"] != "department"]
    return rows[0]["name"] if rows else None


def do_goal(t: Turn, f: Frame) -> Answer:
    if not f.projects and f.doc_ids and len(f.doc_ids) < len(t.kb.documents):
        # "东湖项目总体绩效目标": the department named has one project (a 项目申报表): its goal
        only = [r["id"] for r in query.projects_in(t.conn, f.doc_ids) if r["kind"] != "department"]
        f.projects = only if len(only) == 1 else []
    if not f.projects:
        return t.unknown(compose.ask_project("绩效目标", _example_project(t, f)))
    rows = query.projects(t.conn, f.projects)
    done = [_done_line(r["goal"]) for r in rows] if _ACTUAL_ASKED.search(t.p.text) else []
    if done and all(done):
        # "实际完成呢": the goal's own line saying what was done (全年目标实际完成情况：…).
        text = "\n".join(compose.goal_done(r, line) + compose.source_note(r) for r, line in zip(rows, done, strict=True))
        return t.answered(f, text, projects=f.projects)
    if done:  # a table of targets only: what was done is not in it, never the target instead
        return t.unknown(compose.no_actual([r["name"] for r, line in zip(rows, done, strict=True) if not line]),
                         suggest=False)
    text = "\n".join(compose.goal_of(r) + compose.source_note(r) for r in rows)
    return t.answered(f, text, projects=f.projects)


_ACTUAL_ASKED = re.compile(r"实际|完成情况")


def _done_line(goal: str | None) -> str:
    """The line of a goal text (a self-evaluation's) saying what was actually done, "" when none does."""
    return next((line for line in (goal or "").splitlines() if re.search(r"实际完成|完成情况", line.split("：")[0])), "")


def _unit_amounts(t: Turn, f: Frame) -> Answer | None:
    """"博物馆的经费一共多少": the unit's own row of the table (its subtotal); several units: each, their sum
    and difference ("图书馆比博物馆少多少"). None where the table prints no such row."""
    found = [query.funding_unit(t.conn, f.doc_ids[0], u) for u in f.units or [f.unit]]
    rows = [r for r in found if r is not None and r["total"] is not None]
    if len(rows) < len(found):
        return None
    if len(rows) == 1:
        return t.answered(f, compose.unit_amounts(rows[0], f.column or "total", len(f.projects), sources_asked(t.p)),
                          projects=f.projects)
    return t.answered(f, compose.units_amounts(rows, f.column or "total"), projects=f.projects)


def do_total(t: Turn, f: Frame) -> Answer:
    if (f.unit or f.units) and not f.indicators and (answer := _unit_amounts(t, f)) is not None:
        return answer
    if not f.column and not f.exclude and (applied := _applications_total(t, f)) is not None:
        return applied
    return _tables_total(t, f)


def _totals_of_another_year(t: Turn, docs: Sequence) -> Answer | None:
    """"瑞安应急局2024年项目支出合计" where the department's project table is of 2025 (its 分配表 beside it printing a
    2024 column): a table's total is of its own year — a year asked that none of the tables totalled is of is not
    held, never the other year's total in its place."""
    own = {d["year"] for d in docs if d["total"] is not None}
    if not t.p.years or not own or None in own or own & set(t.p.years):
        return None
    missing = [y for y in t.p.years if y not in own]
    if any(d["year"] in missing for d in docs):
        return None  # a table of that year in scope, listing no project total (资产总额 of a 2024 资产表): its own figures
    said, scope = compact(t.p.text), {d["id"] for d in docs}
    if any(w in said and w not in _WHOLE_WORDS and not scope.isdisjoint(years.get(y, ()))
           for w, years in column_head_years(t.kb).items() for y in missing):
        return None  # a column of that year printing the thing said ("2024年项目支出" of a 部门预算表): the facts read it
    owners = {d["department_name"] for d in docs}
    answer = t.unknown(compose.total_not_of_year(missing, sorted(own), owners.pop() if len(owners) == 1 else ""),
                       suggest=False)
    answer.debug["code_not_held"] = True  # (settled: no other table's line of that year stands for the total)
    return answer


# Words of any sum (a 合计 row of an allocation table): no column of a year they head is the tables' total.
_WHOLE_WORDS = frozenset({"合计", "总计", "小计", "共计"})


def _blocks_over_applications(t: Turn, docs: list, column: str) -> list:
    """A department's 申报表 (one project applied for) beside its block of a table by departments (the 小计 of a
    部门项目支出预算表): the block says the department's 项目支出, the application one project's budget."""
    if column != "total" or not any(d["layout"] == "project-application" for d in docs):
        return docs  # (no application: nothing to set aside, and no 小计 looked up for every table of a wide question)
    blocks = {d["department_name"] for d in docs
              if d["layout"] != "project-application" and query.department_subtotal(t.conn, d["id"]) is not None}
    return [d for d in docs if d["layout"] != "project-application" or d["department_name"] not in blocks] or docs


def _listing_departments(totals: list) -> set[str]:
    """The departments one of whose tables lists the total asked: a figure, its spending lines, or its unplaced third
    amount the column may be (the text version's 其他资金: never "未列" of a 评分表 beside it)."""
    return {doc["department_name"] for doc, spending, value, unplaced in totals
            if spending or value is not None or unplaced is not None}


def _tables_total(t: Turn, f: Frame) -> Answer:
    """The total (or one column's) of the tables in scope."""
    column = f.column or "total"
    if f.exclude and column == "total":
        return _total_without(t, f)
    if len(f.doc_ids) == 1 and _EACH_ASKED.search(t.question) \
            and not (t.p.all_departments and "部门" in t.p.text):
        # "分别是多少" asks several values; one table's total is one figure, not them ("各部门分别": the
        # departments' totals, this one among them).
        return t.unknown(compose.several_asked(), suggest=False)
    if f.over_projects and column == "total" and len(f.doc_ids) == 1 and (summed := _sum_of_projects(t, f)):
        return summed
    docs = _blocks_over_applications(t, query.documents(t.conn, f.doc_ids), column)
    if (other_year := _totals_of_another_year(t, docs)) is not None:
        return other_year
    if column == "total" and len({d["department_name"] for d in docs}) >= 2 and _COMPARED.search(t.p.text):
        return _totals_compared(t, f, docs)
    lines, table, cited = [], [], 0
    totals = _each_tables_total(t, docs, column)
    # A department with a project table and a general table beside it has its total, not "未列".
    listed = _listing_departments(totals)
    used = [doc["id"] for doc, spending, _, _ in totals if spending]
    for doc, spending, value, unplaced in totals:
        # A department-level table prints its own spending lines (issue 12); a 部门决算 its 本年支出合计, when its
        # department's whole budget is said ("社工部总预算"): cited, not "未列".
        own = _spending_lines(t, doc, spending) if spending else _printed_whole(t, doc, column) \
            or _executed_projects_line(t, doc, column) \
            if value is None and unplaced is None and doc["department_name"] not in listed else None
        if own is not None:
            lines.append(own[0])
            table += own[1]
            cited += 1
            continue
        if value is None and unplaced is None and doc["department_name"] in listed:
            continue  # its project table lists the total; a staffing or comparison table beside it does not
        if value is not None and unplaced is None and any(
                r.get("department") == doc["department_name"] and r.get("value") == value for r in table):
            continue  # (its department-level table's 项目支出 line says the same figure: one line, not two to add)
        used.append(doc["id"])
        table.append({"label": doc["department_name"], "value": value if unplaced is None else unplaced,
                      "unit": doc["unit"],
                      "department": doc["department_name"], "source": compose.table_name(doc["department_name"], doc["form"], doc["year"])})
        lines.append(compose.total_line(doc, column, value, unplaced))
    missing = [row["label"] for row in table if row["value"] is None]
    if column == "total" and missing and (len(missing) == len(table) or not f.every_department):
        # No table lists a total (a final-accounts PDF, a staffing table): not a figure of 0. (A source
        # column left blank, 财政专户拨款, is the table's own "未列".)
        # Departments named, one of which lists none: half a comparison is no answer.
        return t.unknown(compose.total_not_listed(missing, AMOUNT_LABELS[column]), suggest=False)
    if column != "total" and missing and len(missing) == len(table) and (blank := _column_not_listed(t, f, missing, used)):
        return blank
    if len(table) == 1 and column == "total" and not cited:  # one table: its total by source of funds
        doc = query.documents(t.conn, used[:1] or f.doc_ids)[0]
        table = [{**table[0], "label": AMOUNT_LABELS[c], "value": doc[c]}
                 for c in compose.SOURCE_COLUMNS if doc[c] is not None] \
            or [{**table[0], "label": "项目支出总计"}]  # (no source printed: the total itself)
    note = "" if cited == len(lines) else dept_note(t, used or f.doc_ids)  # those lines cite their own rows
    # (a department's several spending lines shown are no one figure to add; one line each is)
    added = "" if cited and len(table) != len({r["department"] for r in table}) else _departments_summed(t, table)
    return t.answered(f, "\n".join(lines + ([added] if added else [])) + note, rows=table)


def _column_not_listed(t: Turn, f: Frame, departments: list[str], used: list[int]) -> Answer | None:
    """A column (not the total) that no table in scope lists. "其他资金多少" of tables holding no projects (a
    general table's 其他资金 column): no 0 of their own, the labelled facts say what the table prints.
    "信访局财政专户拨款多少" of project tables leaving that column blank on every line: no amount is stated,
    said as unknown (never a figure of 0 the table does not print). None for a yes or no ("有没有财政专户
    拨款"), which the tables' "没有" answers."""
    column = f.column or "total"
    if all(query.project_count(t.conn, [d]) == 0 for d in used):
        return t.unknown(compose.total_not_listed(departments, AMOUNT_LABELS[column]), suggest=False)
    if column not in compose.SOURCE_COLUMNS or column == "unplaced" or _YES_NO_HELD.search(compact(t.question)):
        return None
    t.session.pending = []
    text = "\n".join(compose.source_column_blank(d, AMOUNT_LABELS[column]) for d in departments)
    return Answer(t.question, UNKNOWN, text + dept_note(t, used), f.intent, debug={"settled": True})


def _spending_lines(t: Turn, doc, spending: Sequence) -> tuple[str, list[dict]]:
    """A department-level table's own spending lines: "项目支出" is its 项目支出 line, the total its 部门预算支出,
    never the sum of its 年度重点工作任务 (issue 12); the line shown and its rows."""
    asked = [r for r in spending if compact(r["row_labels"]) in compact(t.p.text)] or [
        r for r in query.department_whole(t.conn, doc["id"]) if compact(r["row_labels"]) in compact(t.p.text)]
    return compose.department_spending(doc, spending, asked), [
        {"label": r["row_labels"], "value": r["number"], "unit": r["unit"] or doc["unit"],
         "department": doc["department_name"], "source": compose.table_name(doc["department_name"], doc["form"], doc["year"])}
        for r in asked or spending]


# A total said of the projects ("项目总额", "项目一共"): a table's whole spending (基本支出 in it) is not that.
_PROJECTS_SAID = re.compile(r"项目")


def _printed_whole(t: Turn, doc, column: str) -> tuple[str, list[dict]] | None:
    """The whole spending a table without projects prints (a 部门决算's 本年支出合计: its line and its row), when its
    department's whole budget is said ("总预算", vocabulary [department_wholes]) and not its projects'; else None."""
    said = compact(t.p.text)
    if column != "total" or query.project_count(t.conn, [doc["id"]]):
        return None
    # a department's part of a table by departments (its rows and its 小计): the 小计 printed is its whole
    # (said of the department itself: "加起来多少" after its rows were listed adds those rows)
    whole = query.department_subtotal(t.conn, doc["id"]) if doc["department_name"] in t.p.departments() else None
    if whole is None:
        whole = None
        if _PROJECTS_SAID.search(said) or not any(w in said for w in t.kb.vocab.department_wholes.get("总预算", ())):
            return None
        whole = query.printed_spending_total(t.conn, doc["id"])
    if whole is None:
        return None
    return compose.printed_whole(doc, whole), [{
        "label": whole["row_labels"], "value": whole["number"], "unit": whole["unit"] or doc["unit"],
        "department": doc["department_name"], "source": compose.table_name(doc["department_name"], doc["form"], doc["year"])}]


def _executed_projects_line(t: Turn, doc, column: str) -> tuple[str, list[dict]] | None:
    """A self-evaluation listing no projects, asked its projects' total ("农业农村局项目总额", or "…的呢" after
    another department's): its 预算执行情况 block's 项目支出 line, with the block's whole (年度资金总额) beside it —
    never "no total listed" of a table printing the line, never the whole alone as the projects'."""
    if column != "total" or query.project_count(t.conn, [doc["id"]]):
        return None
    block = query.execution_block(t.conn, doc["id"])
    lines = list(dict.fromkeys(r["row_labels"] for r in block))
    said = compact(t.p.text)
    if "项目支出" not in lines or lines[0] == "项目支出" \
            or any(compact(r["col_labels"] or "").removesuffix("数") in said for r in block):
        return None  # ("项目支出全年预算": the column said, which the facts read)
    shown = [r for r in block if r["row_labels"] in ("项目支出", lines[0])]
    return compose.executed_line(doc, shown, "项目支出", lines[0]), [
        {"label": f"{r['row_labels']} {r['col_labels']}", "value": r["number"], "unit": r["unit"] or doc["unit"],
         "department": doc["department_name"], "source": compose.table_name(doc["department_name"], doc["form"], doc["year"])}
        for r in shown if r["row_labels"] == "项目支出"]


def _departments_summed(t: Turn, table: list[dict]) -> str:
    """"A局和B局项目预算合计多少": the totals of two or more departments' tables added up, after each one's
    line; "" unless a sum is asked (not "各/分别") and each figure is there in one unit."""
    if len({r["department"] for r in table}) < 2 or any(r["value"] is None for r in table) \
            or len({r["unit"] for r in table}) != 1 or _EACH_ASKED.search(t.p.text) or re.search(r"哪个|谁", t.p.text):
        return ""
    said = compact(t.p.text)
    if not any(w in said for w in t.kb.vocab.operation_words.get("sum", ())):
        return ""
    total = round(sum(r["value"] for r in table), 2)
    return compose.fact_sum([(r["department"], f"{r['value']:.2f}") for r in table], f"{total:.2f}", table[0]["unit"])


def _sum_of_projects(t: Turn, f: Frame) -> Answer | None:
    """"全部项目加起来多少" of one table: its projects summed where the table's total is not their sum
    (where it is, the total says the same shorter: None)."""
    rows = [r for r in query.projects_in(t.conn, f.doc_ids) if r["kind"] != "department"]
    own = [r["id"] for r in rows]
    doc = query.documents(t.conn, f.doc_ids)[0]
    if len(own) >= 2 and abs(sum(r["total"] or 0 for r in rows) - (doc["total"] or 0)) >= 0.01:
        every = copy_frame(f)
        every.projects = own
        return do_sum(t, every)
    return None


def _applications_total(t: Turn, f: Frame) -> Answer | None:
    """A department whose tables in scope are all 项目申报表, asked a year its forms apply for other than their
    own: that year's 合计 column, each form's (never the own year's total); None for any other question or table."""
    docs = query.documents(t.conn, f.doc_ids)
    if not docs or any(d["layout"] != "project-application" for d in docs):
        return None
    years = [y for y in t.p.years if y not in {d["year"] for d in docs}]
    if len(years) != 1:
        return None
    column, lines, table = f"{years[0]}年", [], []
    for d in docs:
        sums = [x for x in query.column_figures(t.conn, d["id"], "") if x["col_labels"] == column
                and compact(x["row_labels"].split(query.FACT_SEP)[-1]) in ("合计", "总计")]
        if not sums:
            return t.unknown(compose.year_not_held(years, [d["year"]], d["department_name"]), suggest=False)
        value = round(sum(x["number"] for x in sums), 6)
        lines.append(compose.applied_year_total(d, column, value, len(sums)))
        table.append({"label": f"{d['department_name']} {column}", "value": value, "unit": d["unit"],
                      "department": d["department_name"]})
    return t.answered(f, "\n".join(lines), rows=table)


def _each_tables_total(t: Turn, docs: Sequence, column: str) -> list[tuple]:
    """(table, its own spending lines when it is a department-level table, else its total or None, and
    the unplaced amounts a blank column may be), read once per table."""
    out = []
    for doc in docs:
        spending: list[Any] = list(query.department_spending(t.conn, doc["id"])) if column == "total" else []
        value = None if spending else (
            doc[column] if doc[column] is not None else query.column_total(t.conn, [doc["id"]], column))
        out.append((doc, spending, value, _unplaced_total(t, doc, column) if value is None else None))
    # (only beside a department whose every table is a project table: no labelled fact answers for it)
    projects_only = {doc["department_name"] for doc, _, _, _ in out} - {
        doc["department_name"] for doc, spending, value, _ in out if spending or value is None}
    if column != "total" or len({doc["department_name"] for doc in docs}) < 2 or not projects_only:
        return out
    # "卫健局项目支出和水务局项目总额加起来", beside a project table's total (which no labelled fact holds): a
    # department none of whose tables has a total of its own takes the column said of its table's 合计 row, cited
    # (a department with one keeps it: one kind of table each; tables of lines alone are the facts' to answer)
    held = {doc["department_name"] for doc, spending, value, _ in out if spending or value is not None}
    return [(doc, [row], None, None) if doc["department_name"] not in held and (row := _total_row_column_said(t, doc))
            else (doc, spending, value, unplaced) for doc, spending, value, unplaced in out]


def _source_share_of_table(t: Turn, f: Frame) -> Answer:
    """"退役军人局其他资金占总额多少": one source of funds of a table as a share of its total (an unplaced
    amount, for a column it may be, said to be that)."""
    doc = t.kb.documents[f.doc_ids[0]]
    column = f.column or "total"
    whole = doc["total"] if doc["total"] is not None else query.column_total(t.conn, f.doc_ids, "total")
    value = doc[column] if doc[column] is not None else query.column_total(t.conn, f.doc_ids, column)
    unplaced = _unplaced_total(t, doc, column) if value is None else None
    if not whole:
        return t.unknown(compose.total_not_listed([doc["department_name"]], AMOUNT_LABELS["total"]), suggest=False)
    part = value if value is not None else unplaced
    if part is None and (blank := _column_not_listed(t, f, [doc["department_name"]], f.doc_ids)) is not None:
        return blank  # a column every line leaves blank: no amount, so no share of one
    text = compose.table_source_share(doc, column, part, whole, unplaced is not None)
    return t.answered(f, text + dept_note(t, f.doc_ids),
                      rows=[{"label": AMOUNT_LABELS[column], "value": part, "unit": doc["unit"],
                             "department": doc["department_name"]}] if part is not None else None)


def _with_column(rows, column: str) -> list:
    """The rows listing a source column; for 财政专户拨款 / 其他资金 also those whose unplaced third amount may
    be it (given as that column's value, marked "unplaced_in" so the answer says the text does not tell)."""
    out = []
    for r in rows:
        if r[column]:
            out.append(r)
        elif column in UNPLACED_BETWEEN and "unplaced" in r.keys() and r["unplaced"]:
            out.append({**dict(r), column: r["unplaced"], "unplaced_in": column})
    return out


def _unplaced_total(t: Turn, doc, column: str) -> float | None:
    """A table's unplaced amounts, for a blank column they may be in (None when it has none)."""
    if column not in UNPLACED_BETWEEN:
        return None
    return doc["unplaced"] if doc["unplaced"] is not None else query.column_total(t.conn, [doc["id"]], "unplaced")


# "谁的总额大", "哪个的预算更多": departments' totals set against each other.
_COMPARED = re.compile(r"(?:谁|哪个|哪一个|哪家|哪边)[^，,。？?]{0,10}?(?:更|最)?(?:大|多|高|少|小|低)"
                       r"|比[^，,。？?]{1,16}?(?:多|少|高|低)(?:了)?(?:多少|几)")  # "教育局合计比卫健委购买服务多多少"
# "谁的总额少": the first word of size after which-one says the direction (多 of 多多少 and 小 of 小计 say none)
_SIZE_ASKED = re.compile(r"(?:谁|哪个|哪一个|哪家|哪边)(?:的)?[\u4e00-\u9fff]{0,8}?(?:更|最|比较|要)?"
                         r"(?P<word>多|少|高|低|大|小(?!计))")


def _smaller_asked(text: str) -> bool:
    """Whether a comparison asks which is the smaller ("谁的总数小", "哪个少"), not the larger or how much more."""
    m = _SIZE_ASKED.search(text)
    return m is not None and m.group("word") in "少小低"


_BRACKETED_UNIT = re.compile(r"[（(](?:万元|元|亿元|千元)[)）]")  # "计划投资（万元）": the label without its unit


def _totals_compared(t: Turn, f: Frame, docs: Sequence) -> Answer:
    """Departments' totals compared: each department's total is what its own table prints as its total
    (a project table's 合计, a 部门决算's 本年支出合计), each said with the figure taken and its table; tables
    of different kinds are said to be so. A department whose tables print no total: said, never 0."""
    totals = []  # (department, label, value, unit, table)
    spent = {doc["id"]: query.department_spending(t.conn, doc["id"]) for doc in docs}
    # A department's 部门整体 table speaks for it: its project table beside it is no second total to choose.
    whole = {doc["department_name"] for doc in docs if spent[doc["id"]]}
    totalled = {doc["department_name"] for doc in docs if doc["total"] is not None}  # (a project table's 合计)
    for doc in docs:
        table = compose.table_name(doc["department_name"], doc["form"], doc["year"])
        if spending := spent[doc["id"]]:
            # A department-level table: its total is its 部门预算支出, never the sum of its tasks (issue 12);
            # "项目支出哪个多": its 项目支出 line.
            label, value, first = _spending_compared(t, spending)
            spot = compose.spot(None, first["sheet"], first["line"])
            where = "，".join(x for x in (f"{first['file_name'] or ''} {spot}".strip(), table) if x)
            totals.append((doc["department_name"], label, value, first["unit"] or doc["unit"], where, doc["form"]))
        elif doc["department_name"] in whole:
            continue
        elif doc["department_name"] not in totalled and (said := _total_row_column_said(t, doc)):
            # "卫健局项目支出": the column said of its 合计 row, never that row's 合计 (a named column is honoured)
            spot = compose.spot(said["page"], said["sheet"], said["line"])
            where = "，".join(x for x in (f"{said['file_name'] or ''} {spot}".strip(), table) if x)
            totals.append((doc["department_name"], said["row_labels"], said["number"], said["unit"] or doc["unit"],
                           where, doc["form"]))
        elif doc["total"] is not None:
            where = "，".join(x for x in (doc["file_name"], table) if x)
            totals.append((doc["department_name"], "项目支出合计", doc["total"], doc["unit"], where, doc["form"]))
        elif row := query.printed_spending_total(t.conn, doc["id"]) or query.printed_total_row_amount(t.conn, doc["id"]) \
                or query.department_subtotal(t.conn, doc["id"]):
            spot = compose.spot(row["page"], row["sheet"], row["line"])
            where = "，".join(x for x in (f"{row['file_name'] or ''} {spot}".strip(), table) if x)
            totals.append((doc["department_name"], row["row_labels"] if row["row_labels"] not in ("合计", "总计")
                           else compact(_BRACKETED_UNIT.sub("", row["col_labels"].replace(query.FACT_SEP, ""))),
                           row["number"], row["unit"] or doc["unit"], where, doc["form"]))
    totals = _the_total_said(totals, compact(t.question))
    named = list(dict.fromkeys(d["department_name"] for d in docs))
    have = list(dict.fromkeys(d for d, *_ in totals))
    if len(have) < len(named) or len(totals) != len(have):
        missing = [d for d in named if d not in have]
        if missing:
            return t.unknown(compose.total_not_listed(missing, AMOUNT_LABELS["total"]), suggest=False)
        return t.unknown(compose.several_asked(), suggest=False)  # one department, several tables: which?
    text = compose.totals_compared([(d, label, value, unit, table) for d, label, value, unit, table, _ in totals],
                                   different=len({form for *_, form in totals}) > 1,
                                   smaller=_smaller_asked(t.p.text))
    rows = [{"label": label, "value": value, "unit": unit, "department": d, "source": table}
            for d, label, value, unit, table, _ in totals]
    return t.answered(f, text, rows=rows)


# "A和B哪个…大": 哪个 said right after the departments named chooses between them.
# (a money word said: "哪个项目多" counts projects; no 最: "哪个项目经费最多" ranks their projects)
_CHOSEN_AFTER_NAMES = re.compile(r"^(?:的|两个|两家|二者|两者)?(?:之间|中|里)?(?:哪个|哪家|哪一个|谁)(?:的)?(?:项目)?(?:总)?"
                                 r"(?:预算|经费|资金|支出|总额|金额|钱)(?:更|比较|要)?(?:大|多|高|少|小|低)(?:一些|一点|些)?(?:呢)?[？?]?$")


def _departments_chosen_between(t: Turn) -> bool:
    """"湛江人社和东湖人社哪个项目预算大": two departments or more named, then 哪个 at once, asks which of them (its
    figure compared), never which of their projects."""
    ends = [m.end for m in t.p.mentions if m.of("department") and m.start >= 0]
    if len(t.p.departments_in_order()) < 2 or not ends or not _COMPARED.search(t.p.text):
        return False
    return bool(_CHOSEN_AFTER_NAMES.match(t.p.text[max(ends):]))


def _department_words(t: Turn, dept: str) -> list[str]:
    """The words said of one department ("湄潭水务局项目总额和湄潭卫健局项目支出": 项目支出 of 卫健局): from its
    name to the next other department's, then the words after the last name said (every department's: "A和B的
    项目支出")."""
    spans = sorted((m.start, m.end, {str(r.key) for r in m.of("department")})
                   for m in t.p.mentions if m.of("department") and m.start >= 0)
    text = t.p.text
    own = "".join(text[e:next((s2 for s2, _, k2 in spans[k + 1:] if dept not in k2), len(text))]
                  for k, (_, e, keys) in enumerate(spans) if dept in keys)
    return [own, text[max((e for _, e, _ in spans), default=0):]]


def _total_row_column_said(t: Turn, doc) -> dict | None:
    """A column of the table's own 合计 row said of its department ("卫健局项目支出", "普陀财政局基本支出"): that
    figure, labelled by its column, the first table printing it; None when none is said, or several are."""
    rows = query.total_row_figures(t.conn, doc["id"])
    columns: dict[str, Any] = {}
    for r in rows:
        parts = [p for p in str(r["col_labels"]).split(query.FACT_SEP) if p]
        while len(parts) > 1 and parts[-1] in ("合计", "总计", "小计"):
            parts.pop()  # 基本支出 › 小计: the 基本支出 column
        name = compact(_BRACKETED_UNIT.sub("", parts[-1])) if parts else ""
        if len(name) >= 4:  # (项目支出, 人员经费: a column of its own, not the 支出 heading over 决算数)
            columns.setdefault(name, r)
    for said in map(compact, _department_words(t, doc["department_name"])):
        hits = [c for c in columns if c in said]
        best = [c for c in hits if not any(c != o and c in o for o in hits)]  # 人员经费, not 经费 inside it
        if len(best) == 1:
            return {**dict(columns[best[0]]), "row_labels": best[0]}
        if best:
            return None
    return None


def _spending_compared(t: Turn, spending: Sequence) -> tuple[str, float, Any]:
    """A department-level table's figure to compare: the spending line the question names (项目支出, 基本支出),
    else its 部门预算支出 (its 合计 line where printed, never added to the lines it sums)."""
    said = compact(t.p.text)
    named = [r for r in spending if str(r["row_labels"]) not in ("合计", "总计") and compact(r["row_labels"]) in said]
    if not named and _PROJECTS_WHOLE.search(said):
        # "项目预算哪个大": a department-level table's projects are its 项目支出 line, not its whole budget
        named = [r for r in spending if compact(r["row_labels"]) == "项目支出"]
    if len(named) == 1:
        return named[0]["row_labels"], named[0]["number"], named[0]
    return query.DEPARTMENT_SPENDING, round(compose.spending_parts(spending)[0], 2), spending[0]


# The projects' whole said in other words than 项目支出 ("项目预算", "项目总额", "项目经费").
_PROJECTS_WHOLE = re.compile(r"项目(?:总)?(?:预算|经费|资金|总额|金额)")


def _the_total_said(totals: list[tuple], said: str) -> list[tuple]:
    """A department with several tables ("白云信访局和宜都住建局项目支出哪个多"): of its totals, the one whose label
    the question says (项目支出 of its project table's 项目支出合计, not its 功能分类表's printed 合计); a department
    whose tables' totals the question tells apart by none keeps them all (which one is then asked)."""
    out: list[tuple] = []
    for dept in dict.fromkeys(x[0] for x in totals):
        mine = [x for x in totals if x[0] == dept]
        told = [x for x in mine if len(word := compact(x[1] or "").removesuffix("合计")) >= 2 and word in said]
        out += told if len(mine) > 1 and len(told) == 1 else mine
    # (every department's figure kept is of what was said: never one's 项目支出 against another's whole budget)
    return out if all(len(w := compact(x[1] or "").removesuffix("合计")) >= 2 and w in said for x in out) else totals


# "两个单位加起来", "这三项一共": how many things the sum is said to add.
_ADDED_COUNTED = re.compile(r"(?<![前后第最倒])([两二三四五六七八九十])(?:个|项|家|笔)(?:部门|单位|项目)?")
_LEFT_OUT_SAID = re.compile(r"除|去掉|扣掉|减去|不算|不含|其余|剩下|其他")


def do_sum(t: Turn, f: Frame) -> Answer:
    rows = query.projects(t.conn, f.projects)
    # ("除掉两项政府雇员经费 其余项目合计": the two said are the ones left out, not the ones added)
    said = None if f.exclude or _LEFT_OUT_SAID.search(t.p.text) else _ADDED_COUNTED.search(t.p.text)
    if said and len(rows) >= 2 and (n := small_number(said.group(1))) is not None and n != len(rows):
        # "浏阳文化馆有几个项目 → 图书馆呢 → 两个单位加起来": two said, three projects listed — which two (or
        # whether the units' 小计 are meant) is not clear; the list's sum would be a confident wrong answer
        return t.unknown(compose.listed_not_as_counted(n, len(rows)), suggest=False)
    if f.doc_ids and rows and not any(r["document_id"] in f.doc_ids for r in rows):
        # one department's turn of a question asked of each: projects of another table are not its sum
        return t.unknown(compose.projects_not_of_department(), suggest=False)
    if f.column in compose.SOURCE_COLUMNS and rows:  # "它们其他资金加起来": that column, not the totals
        return t.answered(f, compose.column_summed(rows, f.column) + dept_note(t, f.doc_ids), projects=f.projects,
                          rows=amount_rows([{**dict(r), f.column: compose.source_value(r, f.column)[0]} for r in rows],
                                           f.column))
    if (wholes := _whole_budgets(t, f, rows)) is not None:
        return wholes
    if (run := _names_run_together(t, f)) is not None:
        f.ambiguous = [run]
        return clarify_projects(t, f)
    total = round(sum(r["total"] or 0 for r in rows), 2)
    text = compose.summed(rows, total, _share_of_whole(t, rows, total, f.with_share))
    return t.answered(f, text + dept_note(t, f.doc_ids), projects=f.projects, rows=amount_rows(rows))


def _names_run_together(t: Turn, f: Frame) -> list[int] | None:
    """"信息化设备资产总额": pieces of two projects' names said one after the other with nothing between (no 和, no
    、, no space) are one measure's words, each half of another name — not two projects to add: the projects, to
    ask which (never their sum as the answer). None when the projects are said apart or one by its full name."""
    said = [m for m in t.p.mentions if m.of("project")]
    ids = [r.id for m in said for r in m.of("project")]
    if len(said) < 2 or len(ids) != len(said) or len(set(ids)) != len(ids) or set(ids) != set(f.projects):
        return None
    if any(compact(m.text) == compact(t.kb.projects[r.id].name) for m in said for r in m.of("project")):
        return None
    ordered = sorted(said, key=lambda m: m.start)
    if all(a.end == b.start for a, b in zip(ordered, ordered[1:], strict=False)):
        return ids
    return None


# Each project's whole budget, or each table's total, asked apart ("分别", "各多少"), never added.
# (arithmetic._EACH_ASKED is the same ask of rows said with 合计 in other words, kept apart: see there.)
_EACH_ASKED = re.compile(EACH_APART + r"|各多少")


def _whole_budgets(t: Turn, f: Frame, rows: Sequence) -> Answer | None:
    """"海塘提升工程和中小河流治理总预算分别多少": projects asked their whole budgets where a 申报表 of several prints
    one's 项目总预算 apart from its year's: each project's whole (that line, or a table's own total for a project of
    another table), listed where 分别 is said, else added — never the years' budgets summed as the whole."""
    if len(rows) < 2 or not _WHOLE_BUDGET.search(t.p.text):
        return None
    lines: list[tuple[str, float, str]] = []
    printed_any = False
    for row in rows:
        doc = t.kb.documents[row["document_id"]]
        printed = _printed_whole_budget(t, row, True) if doc["layout"] == "project-application" else []
        if printed:
            printed_any = True
            lines.append((f"{row['name']} 项目总预算", printed[0]["number"], printed[0]["unit"] or "万元"))
        elif doc["layout"] == "project-application" or row["total"] is None:
            return None  # (a form printing no whole: the others' reading says so)
        else:
            lines.append((f"{row['name']} 总计", row["total"], "万元"))
    if not printed_any:
        return None
    each = bool(_EACH_ASKED.search(t.p.text))
    text = compose.whole_budgets(lines, each)
    return t.answered(f, text + dept_note(t, f.doc_ids), projects=f.projects)


def _share_of_whole(t: Turn, rows: list, total: float, asked: bool = False) -> str:
    """"法律顾问加公车 这俩占总额的比重": the sum's share of its table's total, when the question (or the
    share just answered, "占比" -> "那加上X呢") asks it."""
    if not asked and not re.search(r"占.{0,6}(?:比重|比例|百分之|多少)|占比|比重", t.p.text):
        return ""
    docs = query.documents(t.conn, sorted({r["document_id"] for r in rows}))
    whole = sum(d["total"] or 0 for d in docs) if len(docs) == 1 else 0
    return compose.share_of_total(total, whole) if whole else ""


# "去掉X剩下的", "其余的", "其他几个": the rest of what was just listed (a table-wide word asks the table's rest).
_REST_OF_LIST = re.compile(r"剩下|剩余|其余|其他的|另外|别的")


def _total_without(t: Turn, f: Frame) -> Answer:
    """"除了雇员工资 剩下项目合计多少": the sum of the table's other projects, never the whole total."""
    docs = f.doc_ids or sorted({t.doc_of(pid) for pid in f.exclude})
    rest = [r["id"] for r in query.projects_in(t.conn, docs) if r["kind"] != "department" and r["id"] not in f.exclude]
    listed = [pid for kind, pid in t.session.last_list if kind == "project"]
    if len(listed) > 1 and set(f.exclude) <= set(listed) and _REST_OF_LIST.search(t.p.text):
        # "有哪些项目超过40万" → "去掉X剩下的加起来": the rest of the list just shown, not of the table
        rest = [pid for pid in listed if pid not in f.exclude]
    if not rest:
        return t.unknown(compose.nothing_left(), suggest=False)
    every = copy_frame(f)
    every.projects, every.exclude, every.doc_ids = rest, [], docs
    return do_sum(t, every)


def _a_side_of_another_place(t: Turn, pids: list[int]) -> bool:
    """"白云信访局法律顾问跟永嘉征收中心法律顾问服务差多少" read as two projects of one department: a department the
    question names, of another place than theirs, holds neither — one side is missing, no comparison of the two."""
    owners = {t.kb.department_of(pid) for pid in pids}
    places = {p for d in owners for p in department_places(d)[-1:]}
    return len(owners) == 1 and bool(places) and any(
        not set(department_places(d)[-1:]) & places for d in t.p.departments() if d not in owners)


def do_compare(t: Turn, f: Frame) -> Answer:
    rows = query.projects(t.conn, f.projects[:2])
    if len(rows) < 2:
        return do_amount(t, f)
    a, b = rows
    if f.measure == "indicators":
        counts = {r["id"]: r["n"] for r in query.indicator_counts(t.conn, f.doc_ids)}
        text = compose.indicator_counts_compared(a["name"], counts.get(a["id"], 0), b["name"], counts.get(b["id"], 0))
        return t.answered(f, text + dept_note(t, f.doc_ids), projects=[a["id"], b["id"]])
    if _a_side_of_another_place(t, [a["id"], b["id"]]):
        return t.unknown(compose.difference_not_worked(), suggest=False)
    first = next((r.id for m in t.p.mentions for r in m.of("project") if r.id in (a["id"], b["id"])), None)
    smaller = min((a, b), key=lambda r: r["total"] or 0)["id"]
    text = compose.amounts_compared(a, b, times="倍" in t.p.text, smaller_asked=first == smaller)
    return t.answered(f, text + dept_note(t, f.doc_ids), projects=[a["id"], b["id"]],
                         rows=amount_rows([a, b]))


# "省市县按什么比例分担": the proportion the table's text states for splitting the cost, not the item's
# share of the total (the fact answerer reads it from the row's text).
_PROPORTION_STATED = re.compile(r"(?:按|以)(?:照)?(?:什么|啥|怎样的?)?比例(?:分担|分摊|负担|承担|配套)|(?:什么|啥)比例(?:分担|分摊|负担|承担|配套)")


_WHOLE_DEPARTMENT = re.compile(r"总预算|全局|全部|整体|部门|局的?(?:预算|总)")
# "占项目支出比重": the whole is the department's project spending (its projects together), not its total.
_OF_PROJECT_SPENDING = re.compile(r"占(?:[\u4e00-\u9fff]{0,8}?的)?(?:项目支出|项目经费|项目资金)(?:合计|总额|总计)?")


# "占三项重点任务总额多少", "占这几个项目合计", "三个重点任务里X占多少": the whole is several rows of the table
# (or of the list just shown), not the department's total. An ordinal ("第三个项目里X占多少") is one row, not several.
_OF_SEVERAL = re.compile(r"占(?:这|那|上面|以上|前)?(?<!第)([两二三四五六七八九十]|\d{1,2}|几)(?:个|项|笔|类)"
                         r"|(?:这|那|上面|以上|前)?(?<!第)([两二三四五六七八九十]|\d{1,2}|几)(?:个|项|笔|类)"
                         r"[\u4e00-\u9fff]{1,8}?(?:里面|里头|当中|之中|里|中)")


def _share_of_several(t: Turn, f: Frame, rows, said: str) -> Answer:
    """Each row's share of the rows of its kind in its table (those just listed, when the part is among
    them); a count said that is not the count of those rows is not answered over some other whole."""
    number = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}.get(said) \
        or (int(said) if said.isdigit() else None)
    listed = [pid for kind, pid in t.session.last_list if kind == "project"]
    lines, shown = [], []
    for r in rows:
        peers = [x for x in query.projects_in(t.conn, [r["document_id"]])
                 if x["kind"] == r["kind"] and x["kind"] != "department" and x["total"] is not None]
        if listed and r["id"] in listed and len(listed) > 1:
            peers = [x for x in query.projects(t.conn, listed) if x["total"] is not None]
        if r["total"] is None or len(peers) < 2 or (number is not None and len(peers) != number):
            return t.unknown(compose.no_several_whole(said, [x["name"] for x in peers]), suggest=False)
        total = round(sum(x["total"] for x in peers), 6)
        whole = {"name": compose.several_whole(len(peers)), "total": total, "money_unit": r["money_unit"]}
        lines.append(compose.share_of_project(r, whole) + compose.several_listed([x["name"] for x in peers]))
        shown.append(r["id"])
    return t.answered(f, "\n".join(lines), projects=shown)


# "完成比例多少", "完成了百分之几": a completion (done over its plan), not a share of the department's budget.
_COMPLETION_ASKED = re.compile(r"完成(?:了|得)?(?:的)?(?:多少)?(?:比例|百分比|百分之几|百分之多少|几成)")


# "A相当于B的百分之多少", "A是B的几成", "A占B的比例": B, named after such a word and before the share word.
_WHOLE_BEFORE = re.compile(r"(?:相当于|占|是|为|只有|只占|只是|仅有|仅占|仅为|约为|大约是|差不多是)了?$")
_WHOLE_AFTER = re.compile(r"的?(?:经费|钱|预算|资金|金额|总额|总数)?的?$")


# "法律顾问经费与信访工作经费的比例", "A和B之比": the first over the second (no whole named after them).
_PAIR_RATIO = re.compile(r"^(?:的?(?:经费|预算|钱|资金))?(?:与|和|跟|同)$")
_PAIR_AFTER = re.compile(r"^的?(?:经费|预算|金额|钱|资金)?(?:的)?(?:比例|比值|之比|比)")


def _second_of_a_pair(p) -> list:
    """[the second project] when two projects are named as a pair whose ratio is asked; [] otherwise."""
    named = [m for m in p.mentions if m.of("project")]
    if len(named) != 2 or not _PAIR_RATIO.match(p.text[named[0].end:named[1].start]):
        return []
    return [named[1]] if _PAIR_AFTER.match(p.text[named[1].end:]) else []


def _named_as_whole(p, m) -> bool:
    """Is the project mention m the whole of a share asked between two named projects?"""
    if not _WHOLE_BEFORE.search(p.text[:m.start]):
        return False
    return any(s >= m.end and _WHOLE_AFTER.fullmatch(p.text[m.end:s]) for s, _ in p.concepts.get("share", []))


def _share_of_a_project(t: Turn, f: Frame) -> Answer | None:
    """A project named as the whole ("占公用经费多少", "A相当于B的百分之多少", "A与B的比例"): each part over it;
    None when no project is the whole."""
    ends = {e for s, e in t.p.concepts.get("share", [])}
    whole_at = [m for m in t.p.mentions if m.of("project") and (m.start in ends or _named_as_whole(t.p, m))] \
        or _second_of_a_pair(t.p)
    wholes = [r.id for m in whole_at[:1] for r in m.of("project")]
    if not wholes:
        return None
    # "占公用经费多少": the project named after 占 is the whole; the part is the one just discussed.
    # "法律顾问的钱相当于信访工作经费的百分之多少": the part is the project named before the whole.
    named = [r.id for m in t.p.mentions if m.of("project") and m.end <= whole_at[0].start for r in m.of("project")]
    parts = [pid for pid in (named or t.session.focus_projects) if pid not in wholes]
    whole = query.projects(t.conn, wholes[:1])[0]
    if not parts:
        return t.unknown(compose.ask_share_part(whole["name"]), suggest=False)
    lines = [compose.share_of_project(r, whole) for r in query.projects(t.conn, parts)]
    return t.answered(f, "\n".join(lines), projects=parts)


def _share_of_a_sum(t: Turn, f: Frame) -> Answer | None:
    """"雇员工资占雇员两个项目合计的多少", "A占A和B合计的百分之几": a project over the sum of the projects named
    after 占 (itself among them), never that sum alone; None when no such sum is the whole."""
    at = t.p.text.find("占")
    if at < 0 or not ("加" in t.p.text[at:] or any(a > at for a, _ in t.p.concepts.get("total", []))):
        return None
    wholes = list(dict.fromkeys(r.id for m in t.p.mentions if m.of("project") and m.start > at for r in m.of("project")))
    before = [r.id for m in t.p.mentions if m.of("project") and m.end <= at for r in m.of("project")]
    parts = [pid for pid in (before or t.session.focus_projects) if pid in wholes]
    if len(wholes) < 2 or not parts or set(parts) == set(wholes):
        return None
    rows = sorted(query.projects(t.conn, wholes), key=lambda r: r["id"])
    if any(r["total"] is None for r in rows) or len({r["money_unit"] or "万元" for r in rows}) != 1:
        return None
    total = round(sum(r["total"] for r in rows), 2)
    lines = [compose.share_of_sum(r, rows, total) for r in rows if r["id"] in parts]
    return t.answered(f, "\n".join(lines) + dept_note(t, sorted({r["document_id"] for r in rows})), projects=parts)


def _share_not_of_projects(t: Turn, f: Frame) -> Answer | None:
    """A share that is no project's part of its department: a proportion or rate stated, an indicator's or
    a class's share, a funding column of a unit; None otherwise."""
    if _PROPORTION_STATED.search(t.p.text):
        return t.unknown(compose.proportion_not_a_share())
    if _COMPLETION_ASKED.search(t.p.text) and "占" not in t.p.text:
        return t.unknown(compose.completion_not_a_share())
    of_indicator = _indicator_share(t) or _category_share(t, f)
    if of_indicator is not None:
        return t.answered(f, of_indicator, projects=f.projects)
    if f.unit and not f.units and f.column and f.column != "total" and len(f.doc_ids) == 1 \
            and (unit := query.funding_unit(t.conn, f.doc_ids[0], f.unit)) is not None and unit["total"]:
        # "公证处财政拨款占多少": the column in the unit's own row over its subtotal, not each project's
        return t.answered(f, compose.source_share(unit, f.column, "该单位小计"), projects=f.projects)
    return None


def _unit_as_whole(t: Turn, rows: list) -> Any:
    """The 资金使用单位 said after 占 as the whole of the projects' share, when they are all its projects."""
    at = t.p.text.find("占")
    docs = {r["document_id"] for r in rows}
    if at < 0 or len(docs) != 1:
        return None
    found = [u for s, _, us in t.kb.units_said(t.p.text, docs) if s > at for u in us]
    if len(found) != 1 or any(r["unit_name"] != found[0][1] for r in rows):
        return None
    unit = query.funding_unit(t.conn, *found[0])
    return unit if unit is not None and unit["total"] else None


# What may follow the whole of a share when the whole is a unit said by its tail ("占林场合计百分之几").
_AFTER_WHOLE = re.compile(r"(?:的|合计|小计|总计|总额|总共|一共|总|预算|经费|资金|金额|钱|百分之几|百分之多少|百分比|比例|比重|"
                          r"占比|多少|几成|是|为|了|呢|吗|[?？。，,\s])*")


def _share_in_its_unit(t: Turn, f: Frame) -> Answer | None:
    """"国有林场护林员工资占林场合计百分之几": the project named before 占 over the subtotal of its own unit,
    said after 占 by its name's tail (林场 of 临湘市国有林场) and nothing else; not a project the word is in."""
    at = t.p.text.find("占")
    named = {r.id for m in t.p.mentions if m.end <= at and m.of("project") for r in m.of("project")}
    rows = [r for r in query.projects(t.conn, sorted(named)) if r["total"] is not None] if at > 0 else []
    if not rows or len(rows) != len(named) or len({(r["document_id"], r["unit_name"]) for r in rows}) != 1:
        return None
    tail = unit_tail(rows[0]["unit_name"] or "")
    after = t.p.text[at + 1:]
    if not tail or not after.startswith(tail) or not _AFTER_WHOLE.fullmatch(after[len(tail):]):
        return None
    unit = query.funding_unit(t.conn, rows[0]["document_id"], rows[0]["unit_name"])
    if unit is None or not unit["total"] or t.kb.own_units.get(rows[0]["document_id"]) == unit["name"]:
        return None
    f.projects = [r["id"] for r in rows]
    return t.answered(f, "\n".join(compose.share_of_department(r, unit["name"], unit["total"], unit["money_unit"], "小计")
                                   for r in rows), projects=f.projects)


def _share_of_a_unit(t: Turn, f: Frame) -> Answer | None:
    """"家医签约经费占本级的比例": 本级 said after 占 (the 资金使用单位 of the department's own name, in a table with
    units under it) is the whole, its subtotal row; the part is the project named before it, or the one just
    discussed. None otherwise."""
    at, own = t.p.text.find("占"), t.p.text.find("本级")
    if f.units or at < 0 or own < at:
        return None
    named = [r.id for m in t.p.mentions if m.end <= at for r in m.of("project")]
    parts = named or ([] if at > 0 else list(t.session.focus_projects))
    rows = [r for r in query.projects(t.conn, parts) if r["total"] is not None]
    docs = {r["document_id"] for r in rows}
    if not rows or len(rows) != len(parts) or len(docs) != 1:
        return None
    doc = docs.pop()
    name = t.kb.own_units.get(doc, "")
    unit = query.funding_unit(t.conn, doc, name) if name and f.unit in ("", name) else None
    own_projects = t.kb.unit_projects(doc, name) if unit is not None else []
    if unit is None or not unit["total"] or not all(r["id"] in own_projects for r in rows) or len(own_projects) == len(
            [q for q in t.kb.projects_of_document(doc) if t.kb.projects[q].kind != "department"]):
        return None  # (no other unit beside it: 本级 is the whole table, its total)
    f.projects = [r["id"] for r in rows]
    return t.answered(f, "\n".join(compose.share_of_unit(r, unit) for r in rows), projects=f.projects)


def _source_share_scope(t: Turn, f: Frame) -> list[int]:
    """The tables a source's share is of: the conversation's one table when the frame holds more ("教育局合计" →
    "财政拨款占比": of the table just shown)."""
    if len(f.doc_ids) != 1 and not t.fresh and len(t.session.doc_ids) == 1 and t.session.doc_ids[0] in f.doc_ids:
        f.doc_ids = list(t.session.doc_ids)
    docs = t.kb.documents
    if len(f.doc_ids) > 1 and f.column and len({docs[d]["department_name"] for d in f.doc_ids if d in docs}) == 1:
        # "交通局的钱有几成是财政拨的": of the department's one table printing its sources (the 目标表), never
        # a question back about its 监控表 beside it, which prints none
        printing = [d for d in f.doc_ids if d in docs and docs[d].get(f.column) is not None and docs[d].get("total")]
        # (or of its one table printing amounts at all, the column maybe its unplaced third amount: a 2026 目标表's
        # 其他资金 beside a 2025 评分表 printing no sources)
        printing = printing or [d for d in f.doc_ids if d in docs and docs[d].get("total")
                                and (f.column in UNPLACED_BETWEEN and docs[d].get("unplaced") is not None)]
        if len(printing) == 1:
            f.doc_ids = printing
    return f.doc_ids


def _share_of_own_total(t: Turn, f: Frame, rows: Sequence) -> Answer:
    """Each project's source of funds asked as a share of its own total; a column the rows leave blank is no
    amount, so no share of one (said blank, unknown)."""
    column = f.column or "total"
    return _source_left_blank(t, f, rows, False) or t.answered(
        f, "\n".join(compose.source_share(r, column) for r in rows), projects=f.projects)


def do_share(t: Turn, f: Frame) -> Answer:
    if (other := _share_not_of_projects(t, f) or _share_of_a_unit(t, f) or _share_in_its_unit(t, f)) is not None:
        return other
    lead = ""
    if not f.projects and f.order and len({t.kb.documents[d]["department_name"] for d in f.doc_ids}) == 1:
        # "占比最大的是哪个项目": within one department the largest share is the largest amount.
        rows = [r for r in query.projects_in(t.conn, f.doc_ids, f.order)
                if r["id"] not in f.exclude and r["kind"] != "department"]
        if rows:
            f.projects = [rows[0]["id"]]
            lead = compose.share_extreme(rows[0]["name"], f.order == "asc")
    if not f.projects and f.column and f.column != "total" and len(_source_share_scope(t, f)) == 1:
        return _source_share_of_table(t, f)
    rest = not f.projects and bool(f.exclude)
    if rest:
        # "除了信访工作经费，其他项目占总预算多少": the rest of the projects, together first, then each.
        f.projects = [r["id"] for r in query.projects_in(t.conn, f.doc_ids)
                      if r["id"] not in f.exclude and r["kind"] != "department"]
    if not f.projects:
        f.projects = _each_project_asked(t, f)
    if not f.projects:
        return t.unknown(compose.ask_project("占比", _example_project(t, f)))
    between = _share_of_a_sum(t, f) or _share_of_a_project(t, f)
    if between is not None:
        return between
    rows = query.projects(t.conn, f.projects)
    several = _OF_SEVERAL.search(t.p.text)
    if several and rows:
        return _share_of_several(t, f, rows, several[1] or several[2])
    if all(r["total"] is None for r in rows):  # a department-level table's 部门整体绩效 lists no amount
        return t.unknown(compose.no_amount_for_share([r["name"] for r in rows]), suggest=False)
    if (f.column and f.column != "total" and not t.p.has("department") and not _WHOLE_DEPARTMENT.search(t.p.text)
            and all(r["total"] for r in rows)):
        # "它的财政拨款占本项目多少": a source of funds is a part of its own project's total.
        return _share_of_own_total(t, f, rows)
    if _OF_PROJECT_SPENDING.search(t.p.text) and len({r["document_id"] for r in rows}) == 1:
        # "清扫保洁占项目支出比重": over the projects' sum, never the department's total (基本支出 in it)
        doc = t.kb.documents[rows[0]["document_id"]]
        spent = query.column_total(t.conn, [doc["id"]], "total")
        if spent:
            return t.answered(f, "\n".join(compose.share_of_department(r, doc["department_name"], spent, doc["unit"],
                                                                       "项目支出合计") for r in rows), projects=f.projects)
    if (unit := _unit_as_whole(t, rows)) is not None:
        # "淤地坝那个项目占水保站经费多少": over the unit's subtotal, not the department's total
        return t.answered(f, "\n".join(compose.share_of_department(r, unit["name"], unit["total"], unit["money_unit"],
                                                                   "小计") for r in rows), projects=f.projects)
    lines = []
    for r in rows:
        doc = t.kb.documents[r["document_id"]]
        doc_total = doc["total"] if doc["total"] is not None else query.column_total(t.conn, [doc["id"]], "total")
        lines.append(compose.share_of_department(r, doc["department_name"], doc_total, doc["unit"]))
    part = round(sum(r["total"] or 0 for r in rows), 2)
    if len(rows) >= 2 and len({r["document_id"] for r in rows}) == 1 and doc_total and 0 < part < doc_total and not lead:
        # "最便宜的三个项目" → "占总额百分比": each one's share, and theirs together.
        lines.append(compose.shares_together(len(rows), part, doc_total, doc["department_name"], doc["unit"]))
    if lead:  # "占比最大的项目是X：77.28万元，占…的 32.89%。": the figure on the first line
        lines[0] = lead + lines[0].removeprefix(rows[0]["name"]).lstrip()
    if rest and len(lines) > len(rows):
        lines.insert(0, lines.pop())
    return t.answered(f, "\n".join(lines), projects=f.projects)


_EACH_PROJECT = re.compile(r"(?:各|每个|每一个|各个|所有|全部)(?:的)?项目|项目(?:各|分别)|分别占")


def _each_project_asked(t: Turn, f: Frame) -> list[int]:
    """"各项目资金占比", "每个项目占总预算的比例": every project of the one department in scope (its own share
    each); [] when no such word is said or the scope is not one department."""
    docs = f.doc_ids or (list(t.kb.documents) if len(t.kb.departments) == 1 else [])
    if not docs or not _EACH_PROJECT.search(t.p.text) or f.column not in (None, "total") \
            or len({t.kb.documents[d]["department_name"] for d in docs}) != 1:
        return []
    return [r["id"] for r in query.projects_in(t.conn, docs) if r["kind"] != "department" and r["id"] not in f.exclude]


def do_lookup_amount(t: Turn, f: Frame) -> Answer:
    """"那个九十五万五的是啥项目", "七十七万多那个": the projects of that total, or near it when said roughly
    (the window is the parse's: 多 up to the next unit of the last place said, 左右 within a tenth)."""
    value = amount_filter_of(f)[1]
    rows = query.projects_filtered(t.conn, f.doc_ids, "eq", value, None)
    text = compose.projects_totalling(value, rows) + dept_note(t, f.doc_ids)
    low, high = t.p.amount_window() or (value, value)
    if not rows and high > low:
        rows = query.projects_filtered(t.conn, f.doc_ids, "between", low, high - 0.01)
        text = compose.projects_near(value, rows) + dept_note(t, f.doc_ids)
    if not rows:
        return t.answered(f, text)
    ids = [r["id"] for r in rows]
    return t.answered(f, text, projects=ids, listed=[("project", i) for i in ids], rows=amount_rows(rows))


_COUNTS_COMPARED = re.compile(r"比.{1,30}?(?:多|少)(?:了)?(?:几个|多少个)|(?:多|少)(?:了)?(?:几个|多少个)")


_EACH_COUNTED = re.compile(r"各(?:有|自有?|是)?(?:几|多少)|分别(?:有|是)?(?:几|多少)")


def _in_scope(t: Turn, f: Frame, dept: str) -> list[int]:
    """A department's documents within the question's scope (its project table, not its key tasks)."""
    docs = t.docs_of([dept])
    return [d for d in docs if d in f.doc_ids] or docs


# "谁的总数大": 总数 said of departments compared, no thing counted named — their totals, each one's figure.
_TOTALS_SAID = re.compile(r"总数(?:更|比较)?(?:大|小|高|低)|总数(?:哪个|谁)")
_THING_COUNTED = re.compile(r"项目|个数|几个|多少个|几项|多少项|条")


def _totals_meant(t: Turn, f: Frame) -> bool:
    """Whether 总数 of two departments or more compared by size, naming nothing counted, asks their totals."""
    return len(t.p.departments()) >= 2 and _TOTALS_SAID.search(t.p.text) is not None \
        and _COMPARED.search(t.p.text) is not None and not _THING_COUNTED.search(t.p.text) and not f.column


def _projects_counted(t: Turn, f: Frame) -> Answer:
    """"有几个项目", "财政专户拨款有多少个项目": the projects of the tables in scope (those listing the column)."""
    if _totals_meant(t, f):
        return _tables_total(t, f)
    spans = t.p.concepts.get("count", [])
    if spans and (thing := _counted_noun(t, spans[0][1])) in _OF_DEPARTMENT and _project_tables_only(t, f.doc_ids):
        # "信访局有几个单位": the department's units or staff, which its project tables do not list
        return t.unknown(compose.not_counted_here(thing), suggest=False)
    if f.column and f.column != "total":
        return _count_with_column(t, f, f.column)
    if _COUNTS_COMPARED.search(t.p.text) and len(named := t.p.departments_in_order()) == 2:
        # "A局比B局项目多几个": each one's count and the difference, never the two added up
        counts = [query.project_count(t.conn, _in_scope(t, f, d)) for d in named]
        if all(counts):
            return t.answered(f, compose.project_counts_compared(named, counts))
    if _EACH_COUNTED.search(t.p.text) and len(named := t.p.departments_in_order()) >= 2:
        # "A局和B局各有几个项目": each one's count, never the two added up
        counts = [query.project_count(t.conn, _in_scope(t, f, d)) for d in named]
        if all(counts):
            return t.answered(f, compose.project_counts_each(named, counts) + dept_note(t, f.doc_ids))
    f.doc_ids = t.tables_asked(f.doc_ids)  # a 申报表 beside its 目标表 is no more projects (and cited so)
    n = query.project_count(t.conn, f.doc_ids)
    if not n:
        # Tables read as labelled figures (a monitoring table's 项目名称 rows) hold no project records:
        # "0 个项目" would be a confident wrong count; the labelled rows are counted instead (answer/facts/).
        return t.unknown(compose.PROJECTS_NOT_LISTED, suggest=False)
    if len(named := t.p.departments()) >= 2 and (unlisted := [d for d in named if not query.project_count(t.conn, t.docs_of([d]))]):
        # "A局和B局一共有多少个项目" where B's table holds no project records: A's count alone is no answer
        return t.unknown(compose.projects_not_listed_of(unlisted), suggest=False)
    owners = {t.kb.documents[d]["department_name"] for d in f.doc_ids}
    # (one department's count is a figure of its own: "→ 东阳卫健局呢 → 一共几个" adds the two departments' counts)
    rows = [{"label": "项目个数", "value": n, "unit": "个", "department": owners.pop()}] if len(owners) == 1 else None
    return t.answered(f, compose.project_count(n) + dept_note(t, f.doc_ids), rows=rows)


def _count_with_column(t: Turn, f: Frame, column: str) -> Answer:
    """"财政专户拨款有多少个项目": the projects that list that source (a blank cell is none of it), named."""
    if f.sole_source is not None:
        return _of_one_source(t, f, column)
    rows = [r for r in _with_column(query.projects_in(t.conn, f.doc_ids), column)
            if r["kind"] != "department" and _of_unit(f, r)]
    ids = [r["id"] for r in rows]
    # (the column's amounts are the answer's rows: "加起来多少" after it adds those, not the projects' totals)
    parts = [{**row, "label": r["name"]} for r in rows for row in amount_rows([r], column)]
    return t.answered(f, compose.projects_with_column(column, rows) + compose.unplaced_among(rows)
                      + dept_note(t, f.doc_ids),
                      projects=ids, listed=[("project", i) for i in ids], rows=parts)


def _of_one_source(t: Turn, f: Frame, column: str) -> Answer:
    """"有几个项目不全是财政拨款" / "哪些项目全是财政拨款": the projects whose total is (is not) all that source,
    each with its sources, counted."""
    rows = [r for r in query.projects_in(t.conn, f.doc_ids)
            if r["kind"] != "department" and _of_unit(f, r) and r["total"]]
    rows = [r for r in rows if (abs(r["total"] - compose.source_value(r, column)[0]) < 0.005) == f.sole_source]
    ids = [r["id"] for r in rows]
    return t.answered(f, compose.projects_of_one_source(column, bool(f.sole_source), rows) + dept_note(t, f.doc_ids),
                      projects=ids, listed=[("project", i) for i in ids], rows=amount_rows(rows))


def _of_unit(f: Frame, row) -> bool:
    """Whether a project is of the 资金使用单位 the question names (any, when it names none)."""
    return not f.unit or row["unit_name"] == f.unit


def do_filter(t: Turn, f: Frame) -> Answer:
    if (verdict := _bound_of_named(t, f)) is not None:
        return verdict
    op, a, b = amount_filter_of(f)
    rows = query.projects_filtered(t.conn, f.doc_ids, op, a, b)
    rows = [r for r in rows if r["id"] not in f.exclude and r["kind"] != "department" and _of_unit(f, r)]
    if not rows and all(r["kind"] == "department" for r in query.projects_in(t.conn, f.doc_ids)):
        # no projects at all (a plain table of units or lines): "none of them" would be a confident wrong;
        # the table's own rows are read by the fact answerer
        return t.unknown(compose.NOTHING_TO_RANK, suggest=False)
    ids = [r["id"] for r in rows]
    text = compose.projects_filtered(compose.amount_bound(op, a, b), rows, count_only=t.p.has("count"),
                                     summed_too=t.p.has("total") and not t.p.has("count", "list", "which"))
    return t.answered(f, text + dept_note(t, f.doc_ids), projects=ids, listed=[("project", i) for i in ids],
                         rows=amount_rows(rows))


_WITHIN: dict[str, Callable[[float, float, float], bool]] = {
    "gt": lambda v, a, b: v > a, "lt": lambda v, a, b: v < a, "ge": lambda v, a, b: v >= a - 0.005,
    "le": lambda v, a, b: v <= a + 0.005, "eq": lambda v, a, b: abs(v - a) < 0.005,
    "between": lambda v, a, b: a - 0.005 <= v <= b + 0.005}


def _bound_of_named(t: Turn, f: Frame) -> Answer | None:
    """"信访超市的经费有没有超过70万": the project named, its amount against the bound (yes or no) — never the
    other projects past it as if that answered; a list, a count or a sum asked stays the filter's."""
    named = {r.id for m in t.p.mentions for r in m.of("project")}
    if not f.projects or f.ambiguous or not set(f.projects) <= named or t.p.has("list", "which", "count", "total"):
        return None
    rows = query.projects(t.conn, f.projects)
    if not rows or any(r["total"] is None or (r["money_unit"] or "万元") != "万元" for r in rows):
        return None  # (the bound is in 万元: another unit's figure is not set against it here)
    op, a, b = amount_filter_of(f)
    text = "\n".join(compose.bound_verdict(_WITHIN[op](r["total"], a, b if b is not None else a), op, a, b, r)
                     + compose.source_note(r) for r in rows)
    return t.answered(f, text, projects=f.projects)


def _rank_categories(t: Turn, f: Frame, order: str) -> Answer:
    """"哪类指标最多": categories by how many indicators they hold."""
    level = "level2" if "二级" in t.p.text else "level1"
    rows = query.category_counts(t.conn, f.doc_ids, level)
    if order == "asc":
        rows = list(reversed(rows))
    text = compose.categories_ranked(rows, most=order == "desc")
    counts = [{"label": r["name"], "value": r["n"], "unit": "个"} for r in rows]
    return t.answered(f, text + dept_note(t, f.doc_ids), rows=counts)


def _rank_by_indicator_count(t: Turn, f: Frame, order: str) -> Answer:
    """"哪个项目指标最多": projects by how many indicators they have."""
    rows: Sequence = query.indicator_counts(t.conn, f.doc_ids)
    what = "、".join(str(c.key) for c in f.categories)
    if f.categories:  # "哪个项目的效益指标最多": counted among that class of indicators only
        of_class = Counter(r["project_id"] for r in indicator_rows(t, f))
        rows = sorted(({"id": r["id"], "name": r["name"], "kind": r["kind"], "n": of_class.get(r["id"], 0)}
                       for r in rows), key=lambda r: (-r["n"], r["id"]))
    # A department's whole (部门整体绩效) is no project: its indicators are the department's; where they are the
    # only ones (a 部门整体绩效目标表's tasks print none of their own), no project ranks first or last by them.
    whole = sum(r["n"] for r in rows if r["kind"] == "department")
    rows = [r for r in rows if r["kind"] != "department"]
    if any(r["n"] for r in rows if r["kind"] != "task"):  # (a 部门整体表's tasks print no indicators of their own:
        rows = [r for r in rows if r["kind"] != "task"]  # never "0 个" beside projects that print theirs)
    if whole and not any(r["n"] for r in rows):
        return t.answered(f, compose.indicators_of_the_whole(whole, what) + dept_note(t, f.doc_ids))
    if order == "asc":
        rows = sorted(rows, key=lambda r: (r["n"], r["id"]))
    if not rows:  # (a department whose tables hold no project: each department is asked in turn)
        return t.unknown(compose.NOTHING_TO_RANK, suggest=False)
    best = rows[0]["n"]
    tied = [r for r in rows if r["n"] == best]
    text = compose.most_indicators([r["name"] for r in tied], best, most=order == "desc", what=what)
    ids = [r["id"] for r in tied]
    return t.answered(f, text + dept_note(t, f.doc_ids), projects=ids, listed=[("project", i) for i in ids])


def _each_departments_top(t: Turn, f: Frame, rows: list, word: str) -> Answer | None:
    """"信访局和农业农村局最大的项目加起来", "…最大的项目分别是": two departments or more named, each one's own
    top project (never the one top of them all), added up when asked (the parts shown); None otherwise."""
    depts = t.p.departments_in_order()
    if len(depts) < 2 or len(set(depts)) != len(depts):
        return None
    tops: list = []
    for d in depts:
        top = next((r for r in rows if r["department_name"] == d), None)
        if top is None:
            return None
        tops.append(top)
    summed = t.p.has("total") and len({compose.money_unit_of(r) for r in tops}) == 1
    text = compose.departments_top_projects(word, [(r["department_name"], r) for r in tops], summed)
    text += dept_note(t, list(dict.fromkeys(r["document_id"] for r in tops)))
    ids = [r["id"] for r in tops]
    return t.answered(f, text, projects=ids, listed=[("project", i) for i in ids], rows=amount_rows(tops))


def _projects_ranked(t: Turn, f: Frame, order: str) -> list:
    """The projects a ranking by money is over; none when a target is said (要求, 指标值) and no money: after a
    table's indicator rows listed, "最低的要求是多少" asks a target, never the projects' money."""
    if t.p.has("value") and not t.p.has("amount") and not f.projects:
        return []
    # A department-level table's "部门整体绩效" is the whole budget, not a project to rank.
    f.doc_ids = t.tables_asked(f.doc_ids)
    return [r for r in query.projects_in(t.conn, f.doc_ids, order)
            if r["id"] not in f.exclude and r["kind"] != "department" and _of_unit(f, r)]


def do_rank(t: Turn, f: Frame) -> Answer:
    order = f.order or "desc"
    if f.measure in (None, "amount") and not f.categories and _departments_chosen_between(t):
        every = copy_frame(f)
        every.column = None
        return _tables_total(t, every)  # "湛江人社和东湖人社哪个项目预算大": of the departments, not their projects
    if f.measure == "categories":
        return _rank_categories(t, f, order)
    if f.measure == "indicators":
        return _rank_by_indicator_count(t, f, order)
    if f.categories:
        # "满意度最高的项目": indicators of that category are not amounts to rank projects by.
        return t.unknown(compose.cannot_rank_by("、".join(str(c.key) for c in f.categories)), suggest=False)
    if f.column and f.column != "total":
        return _rank_by_column(t, f, f.column, order)
    rows = _projects_ranked(t, f, order)
    if not rows:  # nothing ranked is no answer: the tables' labelled rows may still hold what is asked
        return t.unknown(compose.NOTHING_TO_RANK, suggest=False)
    if t.p.has("max") and t.p.has("min") and RANGE_ASKED.search(q := compact(t.question)):
        return _range_of_projects(t, f, rows, bool(_APART.search(q)))
    word = "多" if order == "desc" else "少"
    if f.rank_offset and not f.rank_n:
        k = f.rank_offset
        if k > len(rows):
            # (no such place: no answer, and the lines a table ranked just before, 明细 of a 申报表, may hold it)
            return t.unknown(compose.only_projects(len(rows)), suggest=False)
        r = rows[k - 1]
        text = compose.ranked_project(k, word, r)
        return t.answered(f, text + dept_note(t, f.doc_ids), projects=[r["id"]])
    if f.rank_n:
        chosen = rows[: f.rank_n]
        if len(chosen) == 2 and not t.p.has("total") and _APART.search(compact(t.question)):
            # "征收中心两个项目差多少钱", "最贵的两个项目差多少": the difference of the two, not their list
            two = copy_frame(f)
            two.projects = [r["id"] for r in chosen]
            return do_compare(t, two)
        text = compose.top_projects(word, chosen)
        if t.p.has("total") and len(chosen) >= 2:
            # "最少的两个项目加起来多少": their sum is what is asked (first), the list shows what was added.
            text = compose.ranked_sum(word, len(chosen), round(sum(r["total"] or 0 for r in chosen), 2)) \
                + compose.project_list(chosen)
        ids = [r["id"] for r in chosen]
        return t.answered(f, text + dept_note(t, f.doc_ids), projects=ids,
                             listed=[("project", i) for i in ids], rows=amount_rows(chosen))
    if t.p.has("desc", "asc", "rank") and not t.p.has("max", "min"):
        ids = [r["id"] for r in rows]
        return t.answered(f, compose.projects_in_order(order == "desc", rows) + dept_note(t, f.doc_ids),
                             listed=[("project", i) for i in ids], rows=amount_rows(rows))
    if (each := _each_departments_top(t, f, rows, word)) is not None:
        return each
    top_total = rows[0]["total"]
    tied = [r for r in rows if abs((r["total"] or 0) - (top_total or 0)) < 0.005]
    text = compose.top_project(word, [r["name"] for r in tied], rows[0])
    ids = [r["id"] for r in tied]
    # The whole ranking is the list a following "第二个呢" points into.
    return t.answered(f, text + dept_note(t, f.doc_ids), projects=ids,
                         listed=[("project", r["id"]) for r in rows])


# A difference asked of the first and the last of a ranking ("最多的和最少的差多少", "最大的减最小的").
_APART = re.compile(r"差|减|多多少|多出|高多少|大多少|多了多少")


def _range_of_projects(t: Turn, f: Frame, rows: list, apart: bool) -> Answer:
    """"最多的和最少的项目差多少": the project with most money less the one with least, both named; "最多的和最少的
    分别是哪个": the two — never one of the two alone."""
    valued = [r for r in rows if r["total"] is not None]
    if len(valued) < 2:
        return t.unknown(compose.NOTHING_TO_RANK, suggest=False)
    hi = max(valued, key=lambda r: r["total"])
    lo = min(valued, key=lambda r: r["total"])
    if not apart:
        text = compose.top_project("多", [hi["name"]], hi) + compose.top_project("少", [lo["name"]], lo)
    else:
        unit = compose.money(hi).removeprefix(f"{hi['total']:.2f}")
        text = compose.fact_range(hi["name"], f"{hi['total']:.2f}", lo["name"], f"{lo['total']:.2f}",
                                  f"{hi['total'] - lo['total']:.2f}", unit, len(valued))
    return t.answered(f, text + dept_note(t, f.doc_ids), projects=[hi["id"], lo["id"]])


def _rank_by_column(t: Turn, f: Frame, column: str, order: str) -> Answer:
    """"哪个项目的其他资金最多": ranked by that source column, among the projects listing it; never by
    their totals (the project with most money may have none of it)."""
    rows = [r for r in _with_column(query.projects_in(t.conn, f.doc_ids), column) if r["id"] not in f.exclude
            and r["kind"] != "department"]
    if not rows:
        return t.unknown(compose.no_column_listed(column), suggest=False)
    rows.sort(key=lambda r: r[column], reverse=order == "desc")
    shown = min(f.rank_n or 1, len(rows))
    ids = [r["id"] for r in rows[:shown]]
    text = compose.ranked_by_column(column, "多" if order == "desc" else "少", rows, shown, len(rows)) \
        + compose.unplaced_among(rows[:shown])
    return t.answered(f, text + dept_note(t, f.doc_ids), projects=ids, listed=[("project", r["id"]) for r in rows])


_NUMBER_SAID = r"(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十]+)"


def _count_in_texts(t: Turn, projects: list[int], thing: str) -> list[tuple]:
    """The sentences of the projects' goals and indicator values that count the thing ("派遣1名律师",
    "每三个月进驻两个镇街"): (project row, sentence)."""
    counted = re.compile(rf"{_NUMBER_SAID}\s*[个名位人家所支][\u4e00-\u9fff]{{0,4}}?{re.escape(thing)}|{_NUMBER_SAID}{re.escape(thing)}")
    found = []
    for r in query.projects(t.conn, projects):
        texts = [r["goal"] or ""] + [f"{k['name']}：{k['period_value'] or ''}；{k['annual_value'] or ''}"
                                     for k in query.indicators(t.conn, project_ids=[r["id"]])]
        for x in dict.fromkeys(x.strip() for text in texts for x in re.split(r"[。；;，,]", text)):
            if counted.search(x):
                found.append((r, x))
    return found


def _value_stated_in_its_text(t: Turn, f: Frame) -> Answer | None:
    """"三支一扶生活补贴标准": the values of one project with no indicators asked by a word of values (标准, 要求),
    which one sentence of its own text states with a figure ("按照每人每月750元标准统筹发放生活补贴"): that
    sentence, never the budget nor "no indicators"; None when no one sentence says it."""
    said = [t.p.text[a:b] for a, b in t.p.concepts.get("value", [])]
    if len(f.projects) != 1 or f.categories or f.indicators or not said:
        return None
    row = query.projects(t.conn, f.projects)[0]
    clauses = [x.strip() for x in re.split(r"[。；;\n]", row["goal"] or "") if x.strip()]
    stating = [x for x in clauses if any(w in x for w in said) and re.search(r"[0-9]", x)]
    if len(stating) != 1:
        return None
    sentence = stating[0].split("：", 1)[-1] if "：" in stating[0][:8] else stating[0]  # (主要实施内容：… its heading)
    return t.answered(f, compose.said_in_text(row, sentence), projects=f.projects)


def _counted_sentence(r, sentence: str) -> str:
    """Where the sentence counting it stands: the goal, or an indicator's value."""
    return compose.goal_sentence(r, sentence) if sentence in (r["goal"] or "") else compose.said_in_text(r, sentence)


def _count_stated(t: Turn, f: Frame, before_verb: str) -> Answer:
    """A step of do_count: the one sentence of the projects' texts stating how many of the thing said
    before the counting verb; unknown when none or several state it."""
    # (the word right before the verb: "公共法律服务站律师派几个" counts 律师, not 律服务站律师)
    words = [w for w in t.kb.segmenter.cut(before_verb) if len(w) >= 2]
    thing = words[-1] if words else before_verb
    found = _count_in_texts(t, f.projects, thing) if thing not in t.kb.vocab.stopwords else []
    if len(found) == 1:
        r, sentence = found[0]
        return t.answered(f, _counted_sentence(r, sentence), projects=[r["id"]])
    return t.unknown(compose.no_count_of(thing), suggest=False)


def _name_with_value(row) -> str:
    """"水利工程管理水平（持续提升）": an indicator named with its (annual, else period) value."""
    value = str(row["annual_value"] or row["period_value"] or "").strip()
    return f"{row['name']}（{value}）" if value else str(row["name"])


def _count_of_a_thing(t: Turn, f: Frame) -> Answer | None:
    """A count asked of a thing rather than of indicators (a measure counted in 个, or a count the texts state)."""
    if f.indicators and _classes_only_in_names(t, f) and (measured := _counted_in_its_measure(t, f.indicators)):
        # "家庭医生团队新增了几个": the figure of the indicator named, counted in that measure (5个), not how
        # many indicators there are
        f.indicators, f.intent = measured, "indicator_value"
        return do_indicator_value(t, f)
    asked = VERB_COUNT.search(t.p.text)
    if asked and f.indicators and not f.categories and not t.p.has("indicator"):
        # "口袋公园建几个" read as 口袋公园建成时间 (a date): the thing's count (新增口袋公园 3个), never how
        # many indicators the table has
        if measured := _counted_in_its_measure(t, _named_with(t, f.indicators, asked.group(1))):
            f.indicators, f.intent = measured, "indicator_value"
            return do_indicator_value(t, f)
        return t.unknown(compose.no_count_of(asked.group(1)), suggest=False)
    if asked and f.projects and not f.categories and not f.indicators and not t.p.has("indicator"):
        # "律师派几个": a count of people or things the project's texts state, not of its indicators
        return _count_stated(t, f, asked.group(1))
    if measured := _measured_of_projects(t, f):  # "质控考核项目年度参加几项": its indicator counted so (≥4项)
        f.indicators, f.projects, f.intent = measured, [], "indicator_value"
        return do_indicator_value(t, f)
    return None


def do_count(t: Turn, f: Frame) -> Answer:
    if (thing := _count_of_a_thing(t, f)) is not None:
        return thing
    if f.value_has and f.count_of == "projects" and t.p.has("value"):
        f.count_of = "indicators"  # "有多少个指标值是100%": indicators whose values hold it, not projects
    if f.count_of == "projects" and not f.projects and not f.categories:
        return _projects_counted(t, f)
    before = t.session.frame
    if f.count_of == "projects" and len(f.projects) >= 2 and not f.categories and not f.value_has \
            and not t.p.has("indicator") and before is not None and before.intent == "project_list" \
            and before.projects == f.projects:
        # "仲裁院有哪些项目" → "有几个": the projects just listed, never their indicators
        return t.answered(f, compose.project_count(len(f.projects)) + dept_note(t, f.doc_ids), projects=f.projects)
    rows = indicator_rows(t, f)
    if not rows and (f.categories or not f.projects) and not query.indicators(
            t.conn, project_ids=f.projects or None, doc_ids=None if f.projects else f.doc_ids):
        # "农业农村局生态效益指标几个", "一共有几个三级指标" of a table whose indicators no typed reading holds (a
        # 部门整体自评表 read as labelled rows): not "0 个" but left to the facts, which count its rows
        return t.unknown(compose.no_indicators("", "、".join(c.name for c in f.categories), bool(f.categories)),
                         suggest=False)
    if f.value_has:
        rows = [r for r in rows if _holds_number(r, f.value_has, f.value_kind)]
    level = re.search(r"(一级|二级)指标", t.p.text)
    column = "level1" if level and level.group(1) == "一级" else "level2"
    if level and not f.categories and rows and all(r[column] for r in rows):
        # "二级指标有几个": the classes at that level (数量指标, 质量指标 …), not every indicator under them
        # (only where every indicator is filed at that level: a class left blank is not known to be none)
        classes = list(dict.fromkeys(r[column] for r in rows if r[column]))
        names = [t.kb.projects[p].name for p in f.projects]
        return t.answered(f, compose.class_count(names, level.group(0), classes, len(rows)) + dept_note(t, f.doc_ids),
                          projects=f.projects)
    # "有几个指标" -> "第三个是什么": the ordinal counts in the order the list of them is shown.
    counted = [("indicator", r["id"]) for r in rows]
    what = "、".join(c.name for c in f.categories) or "绩效指标"
    if not what.endswith("指标") and what != "绩效指标":
        what += "指标"
    if f.value_has:
        what = compose.value_holding(what, f.value_has, f.value_kind)
    names = [t.kb.projects[p].name for p in f.projects]
    if rows and len(f.projects) != 1:
        per = _counted_per(t, f, rows)
        text = compose.indicator_count(names, what, len(rows), per)
        return t.answered(f, text + dept_note(t, f.doc_ids), projects=f.projects, listed=counted,
                             rows=[{"label": name, "value": n, "unit": "个"} for name, n in per.items()])
    # "有几个指标" → "其中质量指标几个": a count narrowed within the project just counted names them, which
    # is what is asked next (a first count stays a count)
    before = t.session.frame
    # (elliptic only: a complete question is answered as if asked alone)
    narrowed = before is not None and before.intent == "count" and before.projects == f.projects \
        and bool(f.categories) and not any(m.of("project") for m in t.p.mentions)
    # (named with their values: "可持续影响指标呢" after a count wants to see them)
    named = list(dict.fromkeys(_name_with_value(r) for r in rows)) if len(f.projects) == 1 and narrowed else []
    return t.answered(f, compose.indicator_count(names, what, len(rows), names=named) + dept_note(t, f.doc_ids),
                      projects=f.projects, listed=counted)


def _classes_listed(t: Turn, f: Frame, rows: list, what: str) -> Answer | None:
    """"效益指标下面有哪些二级指标": the classes filed under it (经济效益, 质量指标 …), not every indicator; a class
    the table prints with no indicator under it is not read, so only those holding some are said."""
    if not _LEVEL_LISTED.search(t.p.text) or not rows or not f.categories or f.value_has \
            or not all(c.level == "level1" for c in f.categories) or not all(r["level2"] for r in rows):
        return None
    per: dict[str, int] = {}
    for r in rows:
        per[r["level2"]] = per.get(r["level2"], 0) + 1
    return t.answered(f, compose.classes_under(what, "二级指标", per) + dept_note(t, f.doc_ids), projects=f.projects)


# "下面有哪些二级指标", "的二级指标是哪些": the classes of the second level listed, not the indicators under them.
_LEVEL_LISTED = re.compile(r"(?:哪些|哪几个|哪几类|什么)二级指标|二级指标(?:都)?(?:有|是)(?:哪些|哪几个|哪几类|什么|啥)"
                           r"|下(?:面|边)?(?:的|有)?二级指标(?:呢)?$")


def _counted_in_its_measure(t: Turn, ids: list[int]) -> list[int]:
    """Of the indicators named, those whose value counts in the measure word asked ("几个" of ≥2个)."""
    asked = _COUNT_MEASURE.search(t.p.text)
    if asked is None or len(ids) > 5:
        return []
    counted = re.compile(rf"[0-9]\s*{asked.group(1)}")
    return [r["id"] for r in query.indicators(t.conn, ids=ids)
            if any(counted.search(v or "") for v in (r["annual_value"], r["actual_value"]))]


def _measured_of_projects(t: Turn, f: Frame) -> list[int]:
    """Of the few projects' indicators asked, those of the one name counted in the measure word asked,
    narrowed by the words left over (参加 of 参加质控考核项目); [] unless one name is left ("几个" needs such
    words), or when indicators or their classes are asked."""
    asked = _COUNT_MEASURE.search(t.p.text)
    words, projects = compact("".join(t.p.unexplained)), f.projects
    if asked is None or not projects or len(projects) > 3 or asked.group(1) == "个" and not words \
            or f.categories or f.indicators or t.p.has("indicator"):
        return []
    counted = re.compile(rf"[0-9]\s*{asked.group(1)}")
    rows = [r for r in query.indicators(t.conn, project_ids=projects) if all(ch in r["name"] for ch in words)
            and any(counted.search(v or "") for v in (r["annual_value"], r["period_value"]))]
    return [r["id"] for r in rows] if len({r["name"] for r in rows}) == 1 else []


def _named_with(t: Turn, ids: list[int], thing: str) -> list[int]:
    """The indicators of the tables of these whose names hold the thing said (at most a few)."""
    docs = sorted({t.kb.indicator_doc[i] for i in ids[:50]})
    return [r["id"] for r in query.indicators(t.conn, doc_ids=docs) if thing in r["name"]][:5]


def _classes_only_in_names(t: Turn, f: Frame) -> bool:
    """Whether the classes read from the question are only words of the indicators' names ("家庭医生团队数量": 数量
    of 新增家庭医生团队数量, not the class 数量指标 asked)."""
    names = [t.kb.indicator_name.get(i, "") for i in f.indicators[:5]]
    return all(any(m.text in n for n in names) for m in t.p.mentions if m.of("category"))


_COUNT_MEASURE = re.compile(r"(?:几|多少)([个人次家所辆台套件户名位项批])")


def indicator_rows(t: Turn, f: Frame) -> list:
    rows = []
    cats: Sequence[Ref | None] = f.categories or [None]
    for cat in cats:
        rows += query.indicators(
            t.conn,
            project_ids=f.projects or None,
            doc_ids=None if f.projects else f.doc_ids,
            category=(cat.level, cat.name) if cat else None,
        )
    if _one_under_the_other(t, f):
        # "产出指标的质量指标", "质量指标下面的（产出指标那块）": a class of the second level under one of the
        # first, named together: the indicators of both, not of either.
        first = {r["id"] for r in rows if any(c.level == "level1" and r["level1"] == c.name for c in f.categories)}
        second = {r["id"] for r in rows if any(c.level != "level1" and r["level2"] == c.name for c in f.categories)}
        if first & second:
            rows = [r for r in rows if r["id"] in first & second]
    seen = set()
    out = []
    for r in sorted(rows, key=lambda r: (r["project_id"], r["grp"], r["seq"])):
        if r["id"] not in seen:
            seen.add(r["id"])
            out.append(r)
    return out


_JOINED = re.compile(r"和|与|及|、|或|跟|还有|加上")


def _one_under_the_other(t: Turn, f: Frame) -> bool:
    """Classes of both levels named and not joined by 和/与/、…: one is asked under the other."""
    if len({c.level == "level1" for c in f.categories}) < 2:
        return False
    spans = sorted((m.start, m.end) for m in t.p.mentions if m.of("category"))
    return not any(_JOINED.search(t.p.text[a[1]:b[0]]) for a, b in zip(spans, spans[1:], strict=False))


ABSENT_CATEGORY = "absent_category"  # an Answer.intent: the named table has no indicator of the kind asked


# "第三个指标", "第2项产出指标": an ordinal that counts indicators (not "第二个项目的指标").
_NTH_INDICATOR = re.compile(r"第[一二两三四五六七八九十\d]+(?:个|项|条)?(?:(?!项目|的)\S){0,6}?指标")


_PERCENT_ASKED = re.compile(r"百分之(?:几|多少)|百分比|多少%|几%|百分几")


def _no_percent(t: Turn, rows: Sequence) -> str:
    """"满意度要达到百分之几" of indicators whose values are words ("满意度评价"): the table sets no
    percentage; said first, before what it does say (never read as if a figure were there). "" otherwise."""
    if not rows or not _PERCENT_ASKED.search(t.p.text) or t.p.has("share") or "占" in t.p.text:
        return ""
    if any(re.search(r"\d", (r["annual_value"] or "") + (r["period_value"] or "")) for r in rows):
        return ""
    return compose.NO_PERCENT_VALUE


def _only_whether(t: Turn) -> bool:
    """Whether the question asks only yes or no (有没有X, 有X吗), nothing of a value, a list or a count."""
    return bool(_YES_NO_HELD.search(compact(t.question))) \
        and not t.p.has("value", "how_much", "list", "which", "count")


def _kind_filed_in_its_tables(t: Turn, f: Frame) -> bool:
    """Whether the tables of the projects asked file some indicator under the kind asked: only then is "没有"
    the table's answer (a table filing no 成本指标 at all says nothing of it: not told)."""
    docs = sorted({t.kb.projects[p].document_id for p in f.projects}) if f.projects else list(f.doc_ids)
    return bool(indicator_rows(t, Frame(doc_ids=docs, categories=f.categories)))


# (不一样: values that differ; 都有啥 / 都有哪些: the whole list asked, not what every project has)
_SHARED_ASKED = re.compile(r"都有(?!啥|什么|哪)|共同|(?<![不])相同|(?<![不])一样|共有|重复|重合")


_PERCENT = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*[%％]")
_BOUND_HOLDS = {"gt": float.__gt__, "ge": float.__ge__, "lt": float.__lt__, "le": float.__le__}


def _values_narrowed(t: Turn, f: Frame, rows: list, scope: str, what: str) -> tuple[list, str] | Answer:
    """"指标值里有100%的", "是12次的": those whose value holds the number (with its measure word when said);
    "低于90%的满意度指标": those whose (annual, else period) value is a percentage within the bound."""
    if f.value_has:
        rows = [r for r in rows if _holds_number(r, f.value_has, f.value_kind)]
        if not rows:
            return t.unknown(compose.no_value_holding(scope, f.value_has, f.value_kind), suggest=False)
        return rows, compose.value_holding(what, f.value_has, f.value_kind)
    op, bound = f.value_bound or ("", 0.0)
    holds = _BOUND_HOLDS.get(op)
    if holds is None:
        return rows, what
    rows = [r for r in rows if (m := _PERCENT.search(r["annual_value"] or r["period_value"] or ""))
            and holds(float(m.group(1)), bound)]
    said = compose.percent_bound(op, bound)
    if not rows:
        return t.unknown(compose.no_value_within(scope, said, what), suggest=False)
    return rows, f"指标值{said}的{what}"


def _filed_by_name(t: Turn, f: Frame, rows: list, what: str) -> tuple[list, str]:
    """Tables file some indicators oddly (a 满意度 indicator under 效益指标): a kind asked that none is filed under
    is matched by name too, and said so; of two kinds asked ("成本和满意度分别是多少") the one left empty is."""
    if not rows and (of_whole := _whole_indicators_naming_tasks(t, f)):
        return of_whole
    empty = [c for c in f.categories if not any(_filed_under(r, c) for r in rows)] if rows else list(f.categories)
    if not f.categories or not empty or (rows and _one_under_the_other(t, f)):
        return rows, ""
    words = [c.name.removesuffix("指标") for c in empty]
    everything = indicator_rows(t, Frame(projects=f.projects, doc_ids=f.doc_ids))
    named = [r for r in everything if any(w and w in r["name"] for w in words) and r not in rows]
    if rows and not named:  # "信访工作经费的成本和满意度指标": the kind it has not, said before the one it has
        scope = "、".join(t.kb.projects[p].name for p in f.projects) if f.projects else "所有项目"
        return rows, "（" + compose.no_indicators(scope, "、".join(c.name for c in empty), True).rstrip("。") + "）\n"
    return [*rows, *named], compose.filed_by_name("、".join(c.name for c in empty) if rows else what, words)


# The run of characters an indicator's name must share with a task's name to be about that task ("三支一扶")
_TASK_RUN = 4


def _whole_indicators_naming_tasks(t: Turn, f: Frame) -> tuple[list, str] | None:
    """A 年度重点工作任务 of a department-overall table has no indicators of its own: the table's indicators are the
    department's whole. Asked for a task's indicators ("三支一扶资金 → 它的满意度指标呢"), those of the whole
    whose name says the task's own words ("服务单位对“三支一扶”人员满意度"), and said so; None when none does."""
    # (only indicators asked, by their word or a kind: "生活补贴标准呢" asks what the task's own text says)
    if not f.categories and not t.p.has("indicator") and not (t.session.frame and t.session.frame.intent == "indicator_list"):
        return None
    tasks = [t.kb.projects[p] for p in f.projects if p in t.kb.projects]
    if not tasks or any(p.kind != "task" for p in tasks) or query.indicators(t.conn, project_ids=f.projects):
        return None
    wholes = [pid for p in tasks for pid in t.kb.projects_of_document(p.document_id)
              if t.kb.projects[pid].kind == "department"]
    if not wholes:
        return None
    everything = indicator_rows(t, Frame(projects=list(dict.fromkeys(wholes)), categories=f.categories))
    everything += [r for r in indicator_rows(t, Frame(projects=list(dict.fromkeys(wholes)))) if f.categories
                   and any(c.name.removesuffix("指标") in r["name"] for c in f.categories) and r not in everything]
    named = [r for r in everything if any(shared_run(compact(p.name), compact(r["name"])) >= _TASK_RUN for p in tasks)]
    if not named:
        return None
    return named, compose.task_indicators_of_whole([p.name for p in tasks])


def _filed_under(r: Any, c: Ref) -> bool:
    """Whether an indicator row is filed under the class (level and name)."""
    return (r["level1"] if c.level == "level1" else r["level2"]) == c.name


def _values_differ(r) -> bool:
    """Whether an indicator's 实施周期 and 年度 values both say something and not the same thing."""
    period, annual = (compact(r[k] or "") for k in ("period_value", "annual_value"))
    return bool(period) and bool(annual) and period != annual


# "年度满意度指标高于实施周期", "实施周期比年度的低": one of an indicator's two values beyond the other.
_BEYOND = re.compile(r"(?P<up>高于|大于|多于|超过|高过|比.{0,8}?(?:高|大|多))|(?P<down>低于|小于|少于|比.{0,8}?(?:低|小|少))")


def _periods_differ(t: Turn, rows: list, what: str) -> tuple[list, str]:
    """"哪些项目实施周期指标值跟年度不一样": the indicators whose two values differ, by project; "哪些项目年度满意度
    指标高于实施周期": those whose first value said is beyond the other (numbers of one unit and bound only);
    the rows as they were unless asked so."""
    if not (t.p.has("period") and t.p.has("annual")):
        return rows, what
    if t.p.has("differ"):
        return [r for r in rows if _values_differ(r)], compose.PERIOD_DIFFERS
    m = _BEYOND.search(t.p.text)
    if m is None:
        return rows, what
    annual_first = t.p.concepts["annual"][0][0] < t.p.concepts["period"][0][0]
    higher = bool(m.group("up"))
    kept = []
    for r in rows:
        a, b = (compose.target_figure(compact(r[k] or "")) for k in ("annual_value", "period_value"))
        if a is None or b is None or a[0] != b[0] or a[2] != b[2] or a[1] == b[1]:
            continue
        if (a[1] > b[1]) == (annual_first == higher):
            kept.append(r)
    first, second = ("年度", "实施周期") if annual_first else ("实施周期", "年度")
    return kept, compose.one_value_beyond(first, second, higher)


def do_indicator_list(t: Turn, f: Frame) -> Answer:
    rows = indicator_rows(t, f)
    what = "、".join(c.name for c in f.categories) or "绩效指标"
    if _one_under_the_other(t, f):
        what = "、".join(c.name for c in f.categories if c.level == "level1") + "下的" \
            + "、".join(c.name for c in f.categories if c.level != "level1")
    scope = "、".join(t.kb.projects[p].name for p in f.projects) if f.projects else "所有项目"
    rows, note = _filed_by_name(t, f, rows, what)
    if not note and (classes := _classes_listed(t, f, rows, what)) is not None:
        return classes
    if len(f.projects) >= 2 and _SHARED_ASKED.search(t.p.text):
        # "雇员工资和公用经费有哪些相同的指标": the names every one of them has.
        names = set.intersection(*({r["name"] for r in rows if r["project_id"] == pid} for pid in f.projects))
        rows = [r for r in rows if r["name"] in names]
        if not rows:
            return t.answered(f, compose.no_shared_indicators(scope), projects=f.projects)
        what = compose.SHARED + what
        if f.rank_n == len(f.projects) and not t.p.has("max", "min"):
            f.order, f.rank_n = None, None  # "两个项目有哪些指标是一样的": 两个 counted the projects, ranks nothing
    rows, what = _periods_differ(t, rows, what)
    if not f.value_has and (said := _value_after_class(t)):
        f.value_has = said  # "哪些项目的满意度是95%": those whose value holds it, not every 满意度 indicator
    if f.value_has or f.value_bound:
        narrowed = _values_narrowed(t, f, rows, scope, what)
        if isinstance(narrowed, Answer):
            return narrowed
        rows, what = narrowed
    if not rows:  # ("三支一扶生活补贴标准": no indicators, the standard its text states)
        absent = _value_stated_in_its_text(t, f) or t.unknown(compose.no_indicators(scope, what, bool(f.categories)),
                                                              suggest=False)
        if f.categories and (f.projects or f.doc_ids) and _only_whether(t) and _kind_filed_in_its_tables(t, f):
            # "公务用车购置经费有没有满意度指标": a yes or no asked, and no is the answer (a value asked with it,
            # "有没有…值多少", stays a figure the table does not have)
            absent = t.answered(f, compose.no_indicators(scope, what, True, said_no=True), projects=f.projects)
        if f.categories and (f.projects or f.doc_ids):
            absent.intent = ABSENT_CATEGORY  # the table's indicators were read: no other reading may answer
            if f.projects:  # "公车有没有成本指标" -> "那可持续影响指标呢": still that project's
                t.session.focus_projects = list(f.projects)
        return absent
    note = _no_percent(t, rows) + note
    k = t.p.ordinal
    if k and not f.order and len(f.projects) == 1 and _NTH_INDICATOR.search(t.p.text):
        # "它的第三个指标是啥": that indicator, counted in the order the list shows them; past its end,
        # said so (never the whole list, nor another one).
        if k > len(rows):
            return t.unknown(compose.only_so_many(len(rows), k), suggest=False)
        r = rows[k - 1]
        return t.answered(f, note + compose.nth_indicator(scope, what, k, r, f.value_kind), projects=f.projects,
                          indicators=[r["id"]])
    text = note + compose.indicators_head(scope, what, len(rows)) + compose.grouped_indicators(
        rows, f.value_kind, numbering=range(1, len(rows) + 1))
    if f.order:
        # A superlative answers with the top one(s) alone; values with no common order are all shown.
        top = compose.extreme_value(rows, f.order == "desc")
        text = top or compose.NO_ORDER_AMONG_VALUES + text
    elif (said := _value_checked(t.p.text)) and len(rows) <= 3 and not f.value_has:
        text = compose.value_verdict(all(_holds_number(r, said) for r in rows)) + "\n" + text
    ids = [r["id"] for r in rows]
    return t.answered(f, text, projects=f.projects or [], indicators=ids,
                         listed=[("indicator", i) for i in ids])


# "预算执行率帮忙算下": the rate worked out from the project's amounts, not the indicator printing it.
_COMPUTE_ASKED = re.compile(r"算(?:一)?下|算一算|算算|计算|帮忙算|给算")


_CHECKED = re.compile(r"(?:是不是|是否|对不对)(?:要|为|达到)?[≥≤><]?(\d+(?:\.\d+)?%?)|(?:^|是|为)(\d+(?:\.\d+)?%?)(?:吗|对吗|对不对)")


def _value_checked(text: str) -> str:
    """The number a yes/no about an indicator's value says ("是不是95%" -> "95%"); "" when none."""
    m = _CHECKED.search(text)
    return (m.group(1) or m.group(2)) if m else ""


_TARGET_ASKED = re.compile(r"目标|年度指标值")  # (年度指标值, 目标值: the target; a bare 指标值 shows both)
_DONE_ASKED = re.compile(r"完成|实际|实现|达到|达成|做到|结果|超|差|比目标|多了|少了")


# "哪些项目的读者满意度是95%", "服务对象满意度达到95%的有哪些": the number said right after the indicator's name.
_VALUE_AFTER_NAME = re.compile(r"(?:的)?(?:指标值|目标值)?(?:是|为|等于|达到|达|不低于|不少于|在)[≥≤><]?(\d+(?:\.\d+)?)")


def _value_filtered(t: Turn, f: Frame, rows: list) -> list | Answer:
    """Which of an indicator's projects set a value asked: those whose value holds the number said (a
    list of every project's value would answer as if each had it); not a yes/no of one value. "群众满意度
    最高的项目": the highest of the values, where they are numbers of one unit."""
    if len(rows) >= 2 and f.order and t.p.has("max", "min") \
            and (top := compose.extreme_value(rows, f.order == "desc")):
        return t.answered(f, top, projects=list(dict.fromkeys(r["project_id"] for r in rows)),
                          indicators=[r["id"] for r in rows])
    if f.value_bound:  # "服务对象满意度低于90%的项目": only those within it (else said none is)
        narrowed = _values_narrowed(t, f, rows, "、".join(dict.fromkeys(r["name"] for r in rows)), "指标")
        return narrowed if isinstance(narrowed, Answer) else narrowed[0]
    if len(rows) < 2 or not (t.p.has("list") or t.p.has("which")):
        return rows
    number = f.value_has
    for m in t.p.mentions if number is None else ():
        if m.of("indicator") and (said := _VALUE_AFTER_NAME.match(t.p.text, m.end)):
            number = said.group(1)
            break
    if number is None:
        return rows
    held = [r for r in rows if _holds_number(r, number)]
    if not held:
        return t.unknown(compose.no_value_holding("、".join(dict.fromkeys(r["name"] for r in rows)), number),
                         suggest=False)
    return held


def _value_after_class(t: Turn) -> str:
    """The number said right after a class of indicators named in a question asking which ones ("哪些项目的
    满意度是95%" -> "95"); "" when none."""
    if not (t.p.has("list") or t.p.has("which")):
        return ""
    for m in t.p.mentions:
        if m.of("category") and (said := _VALUE_AFTER_NAME.match(t.p.text, m.end)):
            return said.group(1)
    return ""


def _longer_in_talk(t: Turn, f: Frame) -> list[int]:
    """"法律顾问经费" → "那区领导重点约访呢": an elliptic follow-up whose phrase is another project's whole
    indicator name but part of a name in the project talked about (参与区领导重点约访) is about that project's
    indicator; [] when the question is no such follow-up or the project has no such indicator."""
    # ("政府雇员经费" → "考核合格率年度值": nothing said but the indicator asked is a follow-up too)
    if f.projects or not t.p.longer_names or not (elliptic(t, t.p) or not t.p.departments() and all(
            m.of("indicator") for m in t.p.mentions) and bare(t.p)):
        return []
    talked = set(t.session.focus_projects)
    exact = {t.kb.indicator_project.get(i) for i in f.indicators}
    if not talked or exact & talked:
        return []
    return sorted(r.id for r in t.p.longer_names if t.kb.indicator_project.get(r.id) in talked)


def do_indicator_value(t: Turn, f: Frame) -> Answer:
    swapped: list[int] = []  # the exact namesakes elsewhere, named beside the answer
    if own := _longer_in_talk(t, f):
        swapped = list(f.indicators)
        f.indicators, f.projects = own, list(dict.fromkeys(t.kb.indicator_project[i] for i in own))
    rows = query.indicators(t.conn, ids=f.indicators)
    if f.projects:
        rows = [r for r in rows if r["project_id"] in f.projects] or rows
    if not rows:
        return t.unknown(compose.NO_SUCH_INDICATOR)
    rows = _of_the_year_said(t, rows)
    filtered = _value_filtered(t, f, rows)
    if isinstance(filtered, Answer):
        return filtered
    rows = filtered
    if _COMPUTE_ASKED.search(t.p.text) and all(r["name"].endswith("执行率") for r in rows):
        projects = list(dict.fromkeys(r["project_id"] for r in rows))
        if all(p["executed"] is not None and p["total"] for p in query.projects(t.conn, projects)):
            f.projects = projects
            return do_execution(t, f)
    not_percent = _no_percent(t, rows)
    parts = _part_asked(t, rows, f.value_kind)
    if parts is not None:
        # "返乡创业人数及带动就业人数" (180人、650人) asked "带动就业多少人": that part's value alone.
        ids = [r["id"] for r, _, _ in parts]
        return t.answered(f, compose.indicator_parts(parts), projects=list(dict.fromkeys(r["project_id"] for r, _, _ in parts)),
                          indicators=ids, listed=[("indicator", i) for i in ids])
    # "目标多少": the target alone; the 全年完成值 beside it only when what was done is asked too.
    # (the words of the names said ask nothing: 结果 of 抽检结果按时公布率 is no 完成 asked)
    asked = "".join(ch if not any(m.start <= k < m.end for m in t.p.mentions) else " " for k, ch in enumerate(t.p.text))
    target_only = bool(_TARGET_ASKED.search(asked)) and not _DONE_ASKED.search(asked)
    listed = compose.grouped_indicators(rows, f.value_kind, numbering=range(1, len(rows) + 1), actual=not target_only)
    text = not_percent + listed
    if len({r["name"] for r in rows}) >= 2 and t.p.has("total", "sum") \
            and (added := compose.indicators_added(rows, f.value_kind)) is not None:
        text = added + "\n" + text  # "宫颈癌和乳腺癌一共筛了多少人": the sum first, each one under it
    elif len({r["project_id"] for r in rows}) == 2 and _difference_asked(t) \
            and (apart := compose.indicators_apart(rows, f.value_kind)) is not None:
        text = apart + "\n" + text  # "湛江和乐清城镇新增就业目标差多少": the difference first, each under it
    ids = [r["id"] for r in rows]
    projects = list(dict.fromkeys(r["project_id"] for r in rows))
    if (left := _named_elsewhere(t, projects, [r["name"] for r in rows])) is not None:
        return t.unknown(compose.named_elsewhere(*left), suggest=False)
    plain = text == listed  # no sum, difference or note on percentages before the list
    said = _value_checked(t.p.text)
    if said:
        # "时效指标值是不是百分之九十五": yes or no first; each value holding the number said is a yes.
        text = compose.value_verdict(all(_holds_number(r, said) for r in rows)) + "\n" + text
    near = [r.id for r in sorted(t.p.longer_names) if r.id not in ids] + swapped
    if near:
        text += compose.longer_names_note([(t.kb.indicator_name[i], t.kb.projects[t.kb.indicator_project[i]].name)
                                           for i in near])
    if plain and not said and (which := ask_which_project(t, f, rows, text, not target_only)) is not None:
        return which  # one value asked of namesakes whose values differ: which project's
    answer = t.answered(f, text, projects=projects, indicators=ids, listed=[("indicator", i) for i in ids])
    return answer


def _difference_asked(t: Turn) -> bool:
    """A difference asked in words ("差多少", "多多少", "相差"): the operation's words of the vocabulary."""
    return any(w in t.p.text for w in t.kb.vocab.operation_words.get("diff", ()))


def _of_the_year_said(t: Turn, rows: list) -> list:
    """"新建高标准农田面积 2026年目标多少" of namesake projects in a 2026 目标表 and a 2025 自评表: the rows of the
    tables of the year said only — the other year's target listed beside it would answer for a year not asked.
    All rows when none or every one is of that year (the year gate tells a year no table holds)."""
    years = set(t.p.years)
    if not years or len(rows) < 2 or len({r["name"] for r in rows}) > 1 \
            or any(re.search(rf"{y}年\d", t.p.text) for y in years):
        return rows  # (one name's namesakes only; "完成时间是2025年11月底前的有哪些": a value said, no year asked)
    kept = [r for r in rows if years & t.kb.years_of_document(t.doc_of(r["project_id"]))]
    return kept if 0 < len(kept) < len(rows) else rows


def _named_elsewhere(t: Turn, projects: Sequence[int], names: Sequence[str] = ()) -> tuple[str, str, str] | None:
    """A word of the question naming, by itself, a project of another department than every indicator
    found, no department said ("城管执法人员有多少人": 执法 is a task of the 城管局, 人员 a project of the
    司法局): two tables' things run together, not a question of the one found. A word the found indicators'
    names hold ("群众" of 群众举报问题办结时限) is theirs. (word, its project, its department), else None."""
    if t.p.departments():
        return None
    def department(pid: int) -> str:
        return t.kb.documents[t.kb.projects[pid].document_id]["department_name"]

    found: set[str] | None = None
    for m in t.p.mentions:
        own = {int(r.key) for r in m.of("project")}
        if not own or m.of("indicator") or m.of("department") or own & set(projects) or any(m.text in n for n in names):
            continue
        found = {department(p) for p in projects} if found is None else found
        if len(theirs := {department(p) for p in own}) == 1 and not theirs & found:
            first = min(own)
            return m.text, t.kb.projects[first].name, department(first)
    return None


# An indicator naming two measures joined ("扶持创业人数及带动就业人数") with one value for each ("1000人、3000人").
_NAME_JOINS = re.compile(r"以及|及(?![时格])|和|与|、")
_VALUE_JOINS = re.compile(r"[、，,；;]")
_MEASURE_TAIL = re.compile(r"(?:人数|人次|户数|个数|次数|数量|数)$")


def _part_asked(t: Turn, rows: Sequence, value_kind: str | None) -> list[tuple] | None:
    """For indicators each naming two or more measures with one value apiece, the one measure the question
    names (by its words without 人数/数量) and its value: [(row, part, value)]; None unless every row has
    exactly one part named. Of several such indicators the one the last answer was about is kept ("返乡创业
    人数" → "带动就业多少人")."""
    text = compact(t.p.text)
    out = []
    for r in rows:
        value = (r["period_value"] if value_kind == "period" else r["annual_value"]) or r["period_value"] or ""
        names = [n for n in _NAME_JOINS.split(r["name"]) if n]
        values = [v.strip() for v in _VALUE_JOINS.split(value) if v.strip()]
        if not 2 <= len(names) == len(values):
            return None
        # (a part said without its 我区 / 的 is said: "兄弟单位沟通关系" of 我区兄弟单位的沟通关系)
        said = [(n, v) for n, v in zip(names, values, strict=True)
                if len(core := _MEASURE_TAIL.sub("", n)) >= 2 and (core in text or _OWN_WORDS.sub("", core) in text)]
        if len(said) != 1:
            return None
        out.append((r, *said[0]))
    focus = [x for x in out if x[0]["id"] in t.session.focus_indicators]
    return focus if 0 < len(focus) < len(out) else out


_OWN_WORDS = re.compile(r"我区|本区|我市|本市|我县|本县|我局|本局|的")
_MONEY_VALUE = re.compile(r"([0-9][0-9.,]*)\s*(万|亿)?元")
_YUAN = {"元": 1.0, "万元": 1e4, "亿元": 1e8}


_OWN_WHOLE = re.compile(r"占(?:该|本|这个|它的?|其)?(?:项目|总预算|预算|总额|经费|总经费)")


def _category_share(t: Turn, f: Frame) -> str | None:
    """"法律顾问成本指标占项目的百分比": the one money-valued indicator of that class of the one project
    named, over that project's own total; None unless the question reads so."""
    if len(f.projects) != 1 or not f.categories or not _OWN_WHOLE.search(t.p.text):
        return None
    rows = [r for r in indicator_rows(t, f) if _MONEY_VALUE.search(r["annual_value"] or r["period_value"] or "")]
    return _money_indicator_share(t, rows[0]) if len(rows) == 1 else None


def _indicator_share(t: Turn) -> str | None:
    """"成本指标多少" (one indicator valued in money shown) → "占它总预算百分之多少": that value over its own
    project's total, worked out; None unless the last answer was that one indicator and no project is named."""
    s = t.session
    last = s.frame
    if len(s.focus_indicators) != 1 or last is None or last.intent not in ("indicator_value", "indicator_list") \
            or any(m.of("project") or m.of("indicator") for m in t.p.mentions) or t.p.has("department"):
        return None
    return _money_indicator_share(t, query.indicators(t.conn, ids=s.focus_indicators)[0])


def _money_indicator_share(t: Turn, row) -> str | None:
    """A money-valued indicator's value over its own project's total, worked out; None when it is not money
    or the project has no total."""
    m = _MONEY_VALUE.search(row["annual_value"] or row["period_value"] or "")
    project = query.projects(t.conn, [row["project_id"]])[0]
    unit = project["money_unit"] or "万元"
    if m is None or not project["total"] or unit not in _YUAN:
        return None
    value = float(m.group(1).replace(",", "")) * {"万": 1e4, "亿": 1e8}.get(m.group(2) or "", 1.0) / _YUAN[unit]
    return compose.indicator_share(row["name"], m.group(0), project, round(value, 6), unit)


def _rate_indicators_named(t: Turn, f: Frame) -> list[int]:
    """"公车购置执行率指标值": asked of a named project's indicator (an indicator or value word said) whose
    name holds the execution word said ("购置计划执行率"), where the table has no 执行数: those indicators."""
    if not f.projects or not t.p.has("value", "indicator"):
        return []
    words = [t.p.text[a:b] for a, b in t.p.concepts.get("executed", [])]
    rows = query.indicators(t.conn, project_ids=f.projects)
    return [r["id"] for r in rows if words and all(w in r["name"] for w in words)]


def do_execution(t: Turn, f: Frame) -> Answer:
    """全年执行数 against the budget, where a self-evaluation table gives it (of the project's whole: a source of
    funds said, "财政拨款执行率", asks that line of the table, which the facts read, never the whole's rate)."""
    if t.p.has("source"):
        return t.unknown(compose.NO_EXECUTION)
    rows = query.projects(t.conn, f.projects) if f.projects else query.projects_in(t.conn, f.doc_ids)
    if (other := _spent_of_another_year(t, rows)) is not None:
        return other
    lines, table = [], []
    for r in rows:
        if r["executed"] is None:
            continue
        table += amount_rows([r], series="全年预算数") + amount_rows([r], "executed", "全年执行数")
        rate = compose.percent(r["executed"], r["total"] or 0)
        left = format_amount(round((r["total"] or 0) - r["executed"], 2), r["money_unit"] or "万元") \
            if re.search(r"差|剩|(?:未|没有?)(?:执行|花|用)|结余|余下|比预算(?:少|低)|少了?多少", t.question) else ""
        lines.append(compose.execution(r["name"], compose.money(r, "executed"), rate, compose.money(r), left)
                     + compose.source_note(r))
    if not lines:
        named = _rate_indicators_named(t, f)
        if named:  # "公车购置执行率指标值": the table has no 执行数, but that indicator of the project
            f.intent, f.indicators = "indicator_value", named
            return do_indicator_value(t, f)
        return t.unknown(compose.NO_EXECUTION)
    return t.answered(f, "\n".join(lines), projects=[r["id"] for r in rows if r["executed"] is not None],
                         rows=table)


def _spent_of_another_year(t: Turn, rows) -> Answer | None:
    """"开渔节 → 它2025年的执行率 → 2024年的呢": what was spent is of its table's own year; a year said that none of the
    projects' tables is of nor holds is not held — said so, never that year's figure read off another year's table."""
    kb, years = t.kb, set(t.p.years)
    docs = {r["document_id"] for r in rows if r["executed"] is not None}
    if not years or not docs or any(kb.year_of_document(d) in years or years & kb.years_of_document(d) for d in docs):
        return None
    held = sorted({y for d in docs if (y := kb.year_of_document(d)) is not None})
    return t.unknown(compose.years_not_held(sorted(years), held), suggest=False) if held else None


_VALUES_ASKED = re.compile(r"完成值")
# "就业率完成值", "实际完成多少人": the value completed asked alone; anything else asked beside it
_DONE_ALONE = re.compile(r"完成值|(?:实际)?完成了?多少|实际完成")
_MORE_THAN_DONE = re.compile(r"目标|指标值|年度值|计划|权重|分值|得分|评分|偏差|原因")
_BEYOND_DONE = re.compile(r"超额|超出|多完成|还差|差多少|差了多少|少完成")
_VERDICT_ASKED = re.compile(r"没有?完成|未完成|达标|是否|有没有|完成了吗|完成没有|完成得|哪些|哪个|几个")


TARGETS_SHOWN_AT_MOST = 8  # the indicators whose projects are named when what was done is asked of targets only


def do_completion(t: Turn, f: Frame) -> Answer:
    """Compare each indicator's 全年完成值 with its target; say which were not reached."""
    if _BEYOND_DONE.search(t.p.text):
        # "超额完成多少人", "还差多少没完成": the two values worked out against each other, which the labelled
        # figures' arithmetic shows (a typed reading of the 完成值 alone would answer another question)
        return t.unknown(compose.NOTHING_TO_SUBTRACT)
    asked: list = query.indicators(t.conn, ids=f.indicators) if f.indicators else indicator_rows(t, f)
    rows = [r for r in asked if r["actual_value"]]
    talked = set(t.session.doc_ids)  # (never another department's targets shown of the one talked about)
    if not rows and (f.projects or f.indicators and (not talked or {t.doc_of(r["project_id"]) for r in asked} <= talked)) \
            and 0 < len(asked) <= TARGETS_SHOWN_AT_MOST:
        # "法律顾问的时效指标完成了没有" of a 目标表: it holds the projects' targets, not what was done (the target
        # values are not shown: they would read as what was done)
        names = [r["name"] for r in query.projects(t.conn, list(dict.fromkeys(r["project_id"] for r in asked)))]
        return t.unknown(compose.targets_only(names, list(dict.fromkeys(r["name"] for r in asked))), suggest=False)
    if not rows:
        return t.unknown(compose.NO_COMPLETION)
    if f.indicators and _DONE_ALONE.search(t.p.text) and not _MORE_THAN_DONE.search(t.p.text) \
            and not _VERDICT_ASKED.search(t.p.text) and not t.p.has("value", "goal"):
        # "就业率完成值": the value completed, not the target beside it (which was not asked)
        text = "\n".join(compose.completion_alone(r) for r in rows) + dept_note(t, f.doc_ids)
        ids = [r["id"] for r in rows]
        return t.answered(f, text, indicators=ids, listed=[("indicator", i) for i in ids])
    if f.indicators or (_VALUES_ASKED.search(t.p.text) and not _VERDICT_ASKED.search(t.p.text) and t.p.categories()):
        # Named indicators, or a category's 完成值 asked ("那效益类的完成值呢"): their target and 全年完成值 side by
        # side, and whether each was reached — the values asked, not only a verdict.
        text = compose.grouped_indicators(rows, "annual", numbering=range(1, len(rows) + 1))
        text += "\n" + "\n".join(compose.reached_line(r) for r in rows) + dept_note(t, f.doc_ids)
        ids = [r["id"] for r in rows]
        return t.answered(f, text, indicators=ids, listed=[("indicator", i) for i in ids])
    missed: list[dict] = []
    unclear: list[dict] = []
    met: list[dict] = []
    for r in rows:
        verdict = compose.reached(r["annual_value"], r["actual_value"])
        (met if verdict else missed if verdict is False else unclear).append(r)
    ids = [r["id"] for r in missed + unclear]
    text = compose.completion_report(missed, unclear, len(met), len(rows)) + dept_note(t, f.doc_ids)
    return t.answered(f, text, indicators=ids, listed=[("indicator", i) for i in ids])


# "A局和B局哪个项目多", "谁的项目更少": which department has more projects.
_WHICH_MORE_PROJECTS = re.compile(r"(?:哪个|哪家|哪一个|哪边|谁)(?:的)?项目(?:个数|数量|数)?(?:更|要)?(?:多|少)")


def do_project_list(t: Turn, f: Frame) -> Answer:
    docs = query.documents(t.conn, f.doc_ids)
    if len({d["department_name"] for d in docs}) >= 2 and t.p.has("amount") and (
            t.p.has("compare") or _COMPARED.search(t.p.text)):
        # "渝中和东湖 哪个人社的项目预算更大": the departments' project totals, set against each other.
        return _totals_compared(t, f, docs)
    if _WHICH_MORE_PROJECTS.search(t.p.text) and len(named := t.p.departments_in_order()) == 2 \
            and all(counts := [query.project_count(t.conn, t.docs_of([d])) for d in named]):
        # "白云信访局和凤城市监局哪个项目多": each one's count and the difference, the larger first
        order = [1, 0] if counts[1] > counts[0] else [0, 1]
        return t.answered(f, compose.project_counts_compared([named[k] for k in order], [counts[k] for k in order]))
    # A department-level table's own whole (部门整体绩效) is the department, not one of its projects.
    f.doc_ids = t.tables_asked(f.doc_ids)
    rows = [r for r in query.projects_in(t.conn, f.doc_ids) if r["kind"] != "department" and r["id"] not in f.exclude]
    if f.name_holds or f.unit:  # "名称含雇员的项目有哪些", "图书馆有哪些项目": those projects
        rows = [r for r in rows if r["id"] in f.projects] or query.projects(t.conn, f.projects)
    if f.column and f.column != "total" and not f.name_holds:  # "其他资金多少" -> "都是哪几个项目的"
        return _count_with_column(t, f, f.column)
    if (k := t.p.ordinal) and rows and not t.picked:
        # "年度重点工作任务第四个是什么": that item of the list; past its end, said so (never another item).
        # (a number replying to options offered picks an option, never an item of its list)
        if k > len(rows):
            return t.unknown(compose.only_so_many(len(rows), k), suggest=False)
        r = rows[k - 1]
        return t.answered(f, compose.nth_listed(k, r) + dept_note(t, f.doc_ids), projects=[r["id"]])
    if (of_year := _year_said_lists_none(t, f, rows)) is not None:
        return of_year
    if not rows and not f.name_holds:
        # the tables in scope list no projects of their own (a general table's rows are the facts'): "共 0 个项目"
        # would answer as if the question were understood
        return t.unknown(compose.no_projects_listed(sorted({d["department_name"] for d in docs})), suggest=False)
    ids = [r["id"] for r in rows]
    text = compose.related_projects([f.name_holds], rows, _printed_projects(t, f.name_holds, rows), dept_note(t, f.doc_ids)) \
        if f.related else compose.projects_listed(rows) + dept_note(t, f.doc_ids)
    return t.answered(f, text, listed=[("project", i) for i in ids], rows=amount_rows(rows))


def _year_said_lists_none(t: Turn, f: Frame, rows: Sequence) -> Answer | None:
    """"X局2025年项目预算多少" where X's table of 2025 is a 决算 listing no projects and its projects are of a 2026
    目标表: that year's table lists none, said with the tables of that year — never the other year's list as if it
    were the year asked. None unless one year is said, a table in scope is of it, and no project listed is."""
    years = set(t.p.years)
    if len(years) != 1 or not rows or f.name_holds or f.projects:
        return None
    if any(years & t.kb.years_of_document(t.doc_of(r["id"])) for r in rows):
        return None
    of_year = [d for d in f.doc_ids if years & t.kb.years_of_document(d)]
    if not of_year:
        return None
    names = [compose.table_name(t.kb.documents[d]["department_name"], t.kb.documents[d].get("form"),
                                t.kb.year_of_document(d)) for d in of_year]
    return t.unknown(compose.year_table_lists_no_projects(min(years), names), suggest=False)


def _printed_projects(t: Turn, word: str, rows: Sequence) -> list[tuple[str, str, str, int]]:
    """"花炮相关的项目": the projects a general table of the departments in scope prints as rows under its 项目名称
    (a 部门项目支出预算表's 花炮专业技能人才培养经费) whose names hold the word, beside the projects found: (name, whose —
    the row's other labels —, table, line); none already found, none over more tables than texts are searched in."""
    docs = t.docs_of(t.p.departments()) if t.p.departments() else list(t.kb.documents)
    if len(docs) > TEXTS_SEARCHED_AT_MOST:
        return []
    known = {compact(r["name"]) for r in rows}
    out = []
    for r in query.printed_projects_holding(t.conn, docs, word):
        *whose, name = r["row_labels"].split("\x1f")
        doc = t.kb.documents.get(r["document_id"]) or {}
        if said_spread(word, compact(name)) and compact(name) not in known and doc:
            known.add(compact(name))
            out.append((name, " ".join(whose), compose.table_name(doc["department_name"], doc.get("form"), doc.get("year")),
                        r["line"]))
    return out


Handler = Callable[[Turn, Frame], Answer]
HANDLERS: dict[str, Handler] = {
    "help": do_help,
    "inventory": do_inventory,
    "smalltalk": do_smalltalk,
    "content": do_content,
    "quantity": do_quantity,
    "lacking": do_lacking,
    "department_rank": do_department_rank,
    "unit": do_unit,
    "department": do_department,
    "amount": do_amount,
    "source": do_source,
    "goal": do_goal,
    "total": do_total,
    "sum": do_sum,
    "compare": do_compare,
    "share": do_share,
    "lookup_amount": do_lookup_amount,
    "filter": do_filter,
    "rank": do_rank,
    "count": do_count,
    "indicator_list": do_indicator_list,
    "indicator_value": do_indicator_value,
    "execution": do_execution,
    "completion": do_completion,
    "project_list": do_project_list,
}
if set(HANDLERS) != set(INTENTS):  # every intent the rules can give has exactly one handler
    raise ImportError(f"intents without a handler or handlers without an intent: {set(HANDLERS) ^ set(INTENTS)}")
