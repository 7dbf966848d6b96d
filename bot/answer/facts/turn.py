"""The fact answerer's place in a turn: after the typed answer, with the conversation's context."""

from __future__ import annotations

import copy
import logging
import os
import re
import weakref

from bot.answer import (
    COUNT_ASKED,
    COUNT_NOUN,
    EACH_APART,
    PART_NOT_COSTED,
    QUESTION_WORD,
    SOURCE_LEFT_BLANK,
    SOURCE_NOT_PRINTED,
    YEAR_ALONE,
    YEAR_ASKED,
    compose,
    figure_said,
    question_clauses,
)
from bot.answer import REL_YEARS as _REL_YEARS
from bot.answer.facts import (
    cumulative,
    dept_units,
    distinct,
    each_joined,
    econ,
    groups,
    headcount,
    heading_classes,
    item_rows,
    kind_rows,
    moved_rows,
    owned_rows,
    owner_year,
    parts,
    plan_years,
    records,
    row_notes,
    row_owner,
    sources,
    table_years,
    text_counts,
    title_noun,
    value_rows,
    year_items,
)
from bot.answer.facts.answerer import DEPARTMENTS_SET_AGAINST, DONE_VERBS, EACH_DEPARTMENT, Answerer
from bot.answer.facts.arithmetic import own_total_of_the_talk
from bot.answer.facts.common import _KINDS_ASKED, _PLACED, _ROWS_POINTED, _WHAT_IT_IS, _WHY, holders_asked
from bot.answer.facts.crossed_rows import rows_said
from bot.answer.facts.entities import entities_asked
from bot.answer.facts.index import FactIndex, index_for
from bot.answer.facts.measure_held import (
    actual_not_held,
    breakdown_not_held,
    measure_not_held,
    ratio_not_a_share,
    time_not_held,
)
from bot.answer.facts.outline import own_label
from bot.answer.facts.phrase_rows import rows_of_one_phrase
from bot.answer.facts.question import (
    _BARE_PLACE,
    _ROW_NOUN_LEFT,
    FactAnswer,
    FactQuestion,
    _compared_year,
    _departments_in,
    _holds_the_words,
    _in_others_row,
    _label_year_spans,
    _value_year_spans,
)
from bot.answer.facts.record_columns import own_header
from bot.answer.facts.values import (
    _cite,
    _name,
    _named_of,
    _own_row,
    _row_context,
    _scope_docs,
    _shown,
    named_rows_year,
    year_in,
)
from bot.answer.facts.words import (
    _ADDED_TO_LAST,
    _FOLLOWUP,
    BOUGHT,
    CHANGE_COLUMN,
    MONEY_UNITS,
    PERIOD_ASKED,
    PERIOD_PRINTED,
    PERIOD_VALUE,
    UNDER_HEAD_SAID,
    _is_total,
    is_entity_label,
    label_key,
    months_as_digits,
    title_word_said,
)
from bot.dialogue.clarify import MAX_OPTIONS, summed_count
from bot.dialogue.cues import elliptic
from bot.dialogue.turn import reason_of
from bot.dialogue.values import ALL_LABEL, KIND_NOT_HELD, NAMESAKES_ASKED
from bot.ingest.layouts import DEPARTMENT_TARGETS
from bot.language import ordinals
from bot.language.asking import Words
from bot.language.lexicon import department_places, unit_own_name
from bot.language.named_years import name_year_spans, names_with_years, year_led_names
from bot.language.normalize import compact, format_amount, in_order, normalize, small_number
from bot.model import AMOUNT_LABELS, ITEM_HEAD
from bot.store import queries as query
from bot.understand.parse import drop_hesitations

logger = logging.getLogger(__name__)


# The typed readings that stand whatever the facts read: "2080704社会保险补贴", a subject code no table prints (no
# other line stands for it); "海塘提升工程施工费多少", the line of the named project's own 申报表, read from its
# section; "社会公众满意度指标值" → "合计呢", the values listed not added up (nor a 自评表's score of them read).
_TYPED_FINAL = ("code_not_held", "form_line", "values_not_summed", "part_not_printed")


def after_typed(turn, typed):
    """The engine's answer after the fact answerer has had its say (see engine._Turn.run).

    A year the knowledge base lacks is said so whatever the typed reading found (it does not read
    years); otherwise a confident typed answer stands, and the facts answer what it could not.
    """
    if typed.intent == "absent_category" and not _category_of_a_table(turn):
        return typed  # the typed reading read that table's indicators: none of that kind
    if any(typed.debug.get(final) for final in _TYPED_FINAL):
        return typed
    if (said := row_owner.unit_pointed(index_for(turn.kb), turn.question, _context(turn.session))) is not None:
        # "那这家单位项目支出预算一共多少" after a row's 责任单位: the organisation by its own name, a question of its
        # own (never "单位" read as the table's unit, nor a row of the plan around it)
        if not said[0]:
            return turn.unknown(compose.department_not_held(said[1]), suggest=False)
        again = type(turn)(turn.kb, turn.rules, type(turn.session)(), said[0] + said[1]).run()
        again.question = turn.question
        if again.status == "answered":
            turn.session.talk_departments = [said[0]]  # (the talk is of that organisation now)
        return again
    if (named := _of_a_table_named(turn, typed)) is not None:
        return named
    asked = turn.question
    turn.as_said = asked  # (its pointer, "这个所", which _as_understood drops as a hesitation)
    turn.question = _as_read_here(turn, _as_understood(turn))
    try:
        result = _of_the_sheet_talked_about(turn, typed, _each_spaced_ask(turn, typed, _after_typed(turn, typed)))
        result.question = asked
    except Exception as exc:  # noqa: BLE001 - the facts must never take a typed answer down
        # (logged, so a bug is seen by the admin and fails the test that meets it, never hidden behind
        # the typed reading's "没有找到")
        logger.exception("fact answer failed on %r", asked)
        typed.debug["facts_error"] = repr(exc)
        result = typed
    finally:
        turn.question = asked
    result = each_joined.joined(turn, typed, _typed_overrules(turn, typed, result))
    result = _measure_checked(turn, result)
    if result.status == "answered" and (level := _place_level_not_held(turn, result)):
        result = type(result)(turn.question, "unknown", level, "facts_place")  # "全市…" of a county's table
    if result is not typed and not result.options:
        # the typed reading's suggestions ("您是不是想问") were never shown: a reply "1" must not ask one of them
        turn.session.pending = []
    _mark_unanswered(turn.session, result.status == "unknown")
    if result.status == "answered" and isinstance(getattr(turn.session, "facts", None), dict):
        # (a rate keeps no figure: a period said next asks it again, as it was understood)
        turn.session.facts["asked"] = getattr(turn, "period_again", None) or asked
    return result


def _of_a_table_named(turn, typed):
    """A table named by its title said short, by its generic noun (taken by the typed reading for a project), or
    by its rows' owner column: that table's answer; None otherwise."""
    if (titled := title_noun.titled_table_asked(turn.kb, turn.question)) is not None:
        # "专项资金清理整合表一共多少项资金", "收费表合计呢": the one table its title said short names, never a project
        # of the title's words nor a column's value among them (清理整合 → 整合)
        idx = index_for(turn.kb)
        answerer = Answerer(idx)
        fa = answerer.answer(titled[1], [titled[0]], None)
        if fa is not None and fa.status == "answered":
            named = _facts_answer(turn, fa, answerer, idx, type(typed))
            named.debug["table_named"] = True  # (named by its title: never a follow-up of the talk's department)
            return named
    if typed.status == "unknown" and getattr(getattr(turn, "p", None), "unknown_departments", None) \
            and (owned := owner_year.asked_of_its_rows(turn, index_for(turn.kb))) is not None:
        return owned  # "景宁县教育局专项资金25年…": no such department loaded; 县教育局 the 主管部门 of a table's rows
    if (of_table := title_noun.asked_of_the_table(turn, typed)) is not None:
        return of_table  # "哪些专项资金取消了": the rows of the table titled …专项资金…, not another's project 专项资金
    return None


def _as_read_here(turn, question: str) -> str:
    """The question as the facts read it: rows moved between two year columns asked with the years first ("25年比24年
    反而增加的是哪个"), the reason asked of the value of the row shown ("为啥取消": its 备注)."""
    question = moved_rows.as_the_filter_is_read(question) or question
    shown = _context(turn.session).get("last") or _context(turn.session).get("shown") or []
    return title_noun.why_of_its_value(index_for(turn.kb), question, shown) or question


def _typed_overrules(turn, typed, result):
    """The fact answer checked against the typed reading: where it answers another thing than asked (another
    place, one side of a comparison, a part for the whole, a row of another kind of table …) the typed answer
    (or an unknown saying why) stands instead."""
    if result.status in ("answered", "clarify") and typed.status == "unknown" and not result.debug.get("table_named") \
            and _unloaded_place(turn):
        result = typed  # "南山区财政局基本支出": not 普陀's or 端州's 财政局 (nor which of them to choose)
    if result is not typed and result.status == "answered" and _one_side_of_a_comparison(turn, result):
        result = typed  # "信访局和财政局哪个预算多": one department's 三公 row is no comparison
    if result is not typed and result.status == "answered" and _one_part_of_a_whole(turn, result):
        result = typed  # "A局和B局一共有多少个项目": B's rows counted alone are not the two together
    if result is not typed and typed.intent == PART_NOT_COSTED and _rate_not_money(result.text):
        result = typed  # "就业补助资金公益性岗位补贴多少": that indicator's rate is no money of the part
    if result is not typed and typed.intent == KIND_NOT_HELD:
        result = typed  # "社工部的项目绩效目标表…": its 决算's rows are not that table's
    if result is not typed and typed.intent in (SOURCE_NOT_PRINTED, SOURCE_LEFT_BLANK) \
            and not _source_said(turn.question, result.text):
        result = typed  # "X其他资金多少" of a 自评表 (or left blank): a row of 资金使用合规性, a 合计, is no source of funds
    if result is not typed and result.status == "answered" and (stage := _stage_not_printed(turn, result)):
        result = turn.unknown(stage, suggest=False)  # "桐浦镇省级补助实际到位多少": its 分配数 is not what arrived
    if result is not typed and result.status == "answered" and _count_without_figure(turn.question, result.text):
        result = typed  # "那它的参保人数呢": a text cell that names them says not how many
    if result is not typed and result.status == "answered" and _form_beside_not_asked(turn, typed, result):
        result = typed  # "小型水库维修养护资金的预算": its 目标表's budget, not a row of its 自评表 (总分) asked by no word of it
    if result is not typed and result.status == "answered" and _of_another_kind(turn, result):
        result = typed  # "水利局2026年项目支出绩效目标表合计": a 评价结果表's rows of 水利局 are not that table
    if result is not typed and result.status in ("answered", "clarify") and typed.status == "unknown" \
            and (own := _own_table_not_loaded(turn, result)) is not None:
        result = turn.unknown(own, suggest=False)  # "广汉市民政局有哪些项目": its 三公 line lists no projects
    return result


def _measure_checked(turn, result):
    """The answer found, or what is said instead when it answers no measure asked: another column's figure, a
    target for what was done, a row's whole for a breakdown, or one of a few rows a part of a name names."""
    if result.status == "answered" and (measure := measure_not_held(turn, result)):
        return turn.unknown(measure, suggest=False)  # "X的签约率": a table printing 执行率 holds no 签约率
    if result.status == "answered" and (rate := ratio_not_a_share(turn, result)):
        return turn.unknown(rate, suggest=False)  # "X按啥比例收": its share of the total is no rate it is paid at
    if result.status == "answered" and (when := time_not_held(turn, result)):
        return turn.unknown(when, suggest=False)  # "X哪天发行的": a 注 line's date is no time of the row
    if result.status == "answered" and (target := actual_not_held(turn, result)):
        return turn.unknown(target, suggest=False)  # "X实际发了多少": a 目标表's 指标值 is no amount paid
    if result.status == "answered" and (noun := title_noun.noun_not_counted(turn.question, result.text)):
        return turn.unknown(noun, suggest=False)  # "X建几个村": the one row named X is no count of villages
    if result.status == "answered" and (whole := breakdown_not_held(turn, result)):
        return turn.unknown(whole, suggest=False)  # "X分到各乡镇多少": the row's 合计 is no town's share
    if result.status in ("answered", "clarify") and (several := rows_of_one_phrase(turn, result)):
        # "X的钱": each row named X, kept as the rows to choose from ("民生实事那个" next asks that one)
        rows = {"options": several[1], "said": several[2], "question": turn.question,
                "fresh": bool(getattr(turn, "fresh", False))}
        if result.status == "clarify":  # (a question back stays, its options and their context too — which
            # department, a number its answer — the rows it asks of listed below it, chosen by their words)
            _keep(turn.session, {**_context(turn.session), "asked_rows": {**rows, "by_words": True}})
            return type(result)(turn.question, "clarify", f"{result.text}\n{several[0]}", "facts_several",
                                options=result.options)
        _keep(turn.session, {"asked_rows": rows})
        turn.session.pending = []  # (a reply "1" chooses among these rows)
        return type(result)(turn.question, "answered", several[0], "facts_several")
    return result


def _form_beside_not_asked(turn, typed, result) -> bool:
    """Whether the facts' answer comes only from a self-evaluation beside its department's 目标表 (the same projects
    evaluated) while the typed reading answered from another table and the question says no word of a
    self-evaluation (自评, 执行数, 得分 …) nor a year only it holds."""
    kb = turn.kb
    typed_docs = {s.get("document_id") for s in typed.source} | {
        kb.projects[e["id"]].document_id for e in typed.entities or () if e.get("kind") == "project" and e.get("id") in kb.projects}
    if typed.status != "answered" or not typed_docs or not result.source:
        return False
    beside = kb.applications_beside & kb.evaluated_documents
    shown = {s.get("document_id") for s in result.source}
    return bool(shown) and shown <= beside and not typed_docs & beside and None not in typed_docs \
        and not kb.applications_asked(turn.question, getattr(getattr(turn, "p", None), "years", ()) or ())


# What only a department's own table holds (its projects, indicators, goals); 项目支出 is a column of a
# table of every department (功能分类, 收入预算), which such a table answers for each of its lines.
_OWN_TABLE_THING = re.compile(r"项目(?!支出)|绩效目标|目标|指标")
# A line that is an organisation (a department's line of a table of every department), not a project
_ORGANISATION_LINE = re.compile(r"(?:局|委员会|委|办公室|办|部|厅|署|院|中心|站|队|所|馆|政府|街道办事处|街道|镇|乡)$")


def _own_table_not_loaded(turn, result) -> str | None:
    """Why a department not loaded, said with what only its own table holds ("广汉市民政局有哪些项目"), is
    unknown, when the answer found is its line in a table of every department of its place (三公, 收入预算):
    that line is no project of it. None when the answer's own lines say the thing asked (its 项目支出)."""
    names = getattr(getattr(turn, "p", None), "unknown_departments", None) or ()
    said = _OWN_TABLE_THING.search(_as_said(turn))
    if not names or said is None or said.group() in _SOURCE_NOTE.sub("", result.text):
        return None
    docs = [turn.kb.documents[d] for d in dict.fromkeys(s.get("document_id") for s in result.source)
            if d in turn.kb.documents]
    owners = {d["department_name"] for d in docs}
    if not docs or any(compact(n) in map(compact, owners) for n in names):
        return None
    ids = [e["id"] for e in result.entities if e.get("kind") == "fact"]
    rows = {compact(f["row_labels"] or "") for f in query.facts_by_id(turn.conn, ids)} if ids else set()
    if not rows or not all(_ORGANISATION_LINE.search(r) for r in rows):
        return None  # (a table of projects with their department in a column: its rows are that one's projects)
    tables = list(dict.fromkeys(compose.table_name(d["department_name"], d["form"], d["year"]) for d in docs))
    place = next(iter(owners)) if len(owners) == 1 else ""
    key = (department_places(place) or [re.sub(r"[省市区县]$", "", place)])[-1] if place else ""
    loaded = [d.name for d in turn.kb.departments if key and d.name != place and key in department_places(d.name)]
    thing = {"目标": "绩效目标", "绩效目标": "绩效目标", "指标": "绩效指标"}.get(said.group(), "项目")
    return compose.no_own_table(names[0], thing, tables, place, loaded)


_SOURCE_NOTE = re.compile(r"（来源：[^）]*）")
# A money figure stated ("12万元"), not money asked.
_MONEY_FIGURE = re.compile(r"\d\s*(?:万元|元|亿元)")


def _source_said(question: str, text: str) -> bool:
    """Whether an answer's own lines name the source of funds the question asks (其他资金, 财政专户, 财政拨款)."""
    body = _SOURCE_NOTE.sub("", text)
    return any(w in question and w in body for w in ("其他资金", "财政专户", "专户", "财政拨款"))


def _rate_not_money(text: str) -> bool:
    """Whether an answer states a rate and no money (its source note aside)."""
    body = _SOURCE_NOTE.sub("", text)
    return bool(re.search(r"率|%", body)) and not _MONEY_FIGURE.search(body)


def _stage_not_printed(turn, result) -> str:
    """Why an answer's figures are not what is asked ("" when they are): a stage of the money not printed, or
    nothing but dashes printed ("食品抽检上年结转资金执行多少" where the form prints "—")."""
    return _stage_of_money_not_printed(turn, result) or _dashes_only(turn, result)


def _stage_of_money_not_printed(turn, result) -> str:
    """"桐浦镇省级补助实际到位多少": a stage of the money (到位, 拨付; [money_stages]) said, where no label of the
    tables the answer's figures come from (nor their titles) says it — the figures are what was allotted, not that
    stage: why it is unknown ("" when no stage is said, or a table says it)."""
    idx = index_for(turn.kb)
    text = compact(normalize(turn.question))
    said = next((w for core, words in idx.money_stages.items() for w in words if w in text and core + "率" not in text), "")
    ids = [e["id"] for e in result.entities if e.get("kind") == "fact"]
    if not said or not ids:
        return ""
    core = next(c for c, words in idx.money_stages.items() if said in words)
    shown = query.facts_by_id(turn.conn, ids)
    docs = {f["document_id"] for f in shown}
    if not docs or any(d not in idx.docs for d in docs):
        return ""
    for d in docs:
        doc = idx.docs[d]
        if core in compact(doc.form or "") or any(core in k for fid in doc.facts for k in idx.fact_keys.get(fid, ())):
            return ""
    columns = [compact(f["col_labels"] or "") or compact(f["row_labels"] or "") for f in shown]
    return compose.stage_not_printed(said, columns, compact(idx.docs[next(iter(docs))].form or ""))


_DASH = re.compile(r"[—–\-－―/／]+")


def _dashes_only(turn, result) -> str:
    """Why an answer is unknown whose every figure is a dash the table prints for none ("—" of a 自评表's 上年结转资金
    line with no money carried over): "" when any figure is a value."""
    shown = _shown_facts(turn, result) if _DASH.search(result.text) else []  # (rows read only when a dash is shown)
    if not shown or not all(_DASH.fullmatch(str(f["value"]).strip()) for f in shown):
        return ""
    cells = [" ".join(x for x in ((f["row_labels"] or "").split(query.FACT_SEP)[-1],
                                  (f["col_labels"] or "").split(query.FACT_SEP)[-1]) if x) for f in shown]
    return compose.figures_left_blank(cells)


def _count_without_figure(question: str, text: str) -> bool:
    """Whether a count was asked ("多少株", "参保人数呢") and the answer holds no figure at all (its source
    note aside: a line number is no count)."""
    asked = question.strip().rstrip("?？!！。. 呢吗")
    if not COUNT_ASKED.search(asked) and not COUNT_NOUN.search(asked):
        return False
    return not figure_said("", _SOURCE_NOTE.sub("", text))  # (any figure: a table's 3 counts without its 个)


def _category_of_a_table(turn) -> bool:
    """Whether the kind of indicator said ("质量指标") is a row label a loaded table prints itself (the
    二级指标 of a 部门整体支出绩效自评表 read as a table): the table's rows of it, not the projects' none."""
    idx = index_for(turn.kb)
    if not idx.fact_docs or _kind_of_the_project_pointed_at(turn):
        return False
    kept = _context(turn.session)
    said = [m for m in Answerer(idx).peek(turn.question).mentions if m.keys & idx.row_label_keys]
    if kept.get("last") or kept.get("rows"):
        # "望江镇可持续影响指标 → 目标值": the kind carried is the table's just answered; "急救车辆购置 → 它的满意度
        # 指标呢": a kind said of the row just answered is the typed reading's to say it has none
        return not said
    return any(m.exact for m in said)


def _kind_of_the_project_pointed_at(turn) -> bool:
    """"征收评估及法律服务经费" → "它的满意度指标": "它" is that project of a project table, whose lack of the
    kind is the typed reading's to say; the department-level table's own row of that kind is not its."""
    p = getattr(turn, "p", None)
    focus = [pid for pid in turn.session.focus_projects if pid in turn.kb.projects]
    kinds = {turn.kb.projects[pid].kind for pid in focus}
    # (a project offered beside a 部门整体表's task of like name, "林长制经费" → "它的成本指标呢": the whole's rows of that
    # kind are neither one's — a task alone keeps the whole's indicators naming it)
    if p is None or not focus or "project" not in kinds or not kinds <= {"project", "task"}:
        return False
    # ("编外用工经费的指标" → "满意度指标呢": the same project's kind asked again, said nothing else; another
    # table's rows of that kind are other projects')
    return p.has("refer") or (elliptic(turn, p) and not p.departments()
                              and not any(m.of("project") for m in p.mentions))


_COMPARES = re.compile(r"哪个|哪一个|谁|比|更[多少大小高低]")


def _one_side_of_a_comparison(turn, result) -> bool:
    """Whether a question comparing two named departments got an answer drawn from only one of them."""
    # ("财政局…比上年多了多少" compares a year with the one before, never two departments)
    if not _COMPARES.search(re.sub(r"(?:比|较)(?:上一?年|去年|前年|(?:19|20)\d\d年?度?)", "", turn.question)):
        return False
    named = departments_named(turn.kb, turn.question)
    if len(named) >= 2 and len(Answerer(index_for(turn.kb)).peek(turn.question).dept_names) < 2:
        return False  # one name two departments share ("财政局"), answered of the one whose table has both rows
    return len(named) >= 2 and sum(name in result.text for name in named) < 2


_ADDS_UP = re.compile(r"一共|总共|加起来|合起来|合计|共有|加在一起")


def _one_part_of_a_whole(turn, result) -> bool:
    """Whether a question adding up two named departments ("A局和B局一共有多少个项目") got an answer drawn
    from only one of them."""
    if not _ADDS_UP.search(turn.question):
        return False
    named = departments_named(turn.kb, turn.question)
    if len(named) >= 2 and len(Answerer(index_for(turn.kb)).peek(turn.question).dept_names) < 2:
        return False  # one name two departments share ("财政局一共几辆车"), answered of the one that has it
    return len(named) >= 2 and sum(name in result.text for name in named) < 2


# "全市", "全县": the whole of a place of that level asked (not 全年, 全部).
_WHOLE_PLACE = re.compile(r"全(省|市|县|区|州|旗)")
# The places a department's name begins with, outermost first: 上海市 › 普陀区 of 上海市普陀区财政局 (市场 is no place).
_PLACE_PREFIX = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗)")


def _innermost_place(name: str) -> str:
    """"上海市普陀区财政局" → "普陀区"; "长兴县市场监督管理局" → "长兴县"; "" when the name begins with no place."""
    rest, last = re.sub(r"^中共", "", name or ""), ""
    while (m := _PLACE_PREFIX.match(rest)) is not None:
        last, rest = m.group(0), rest[m.end():]
    return last


def _place_level_not_held(turn, result) -> str:
    """"全市三公经费合计" answered from a county's table (白溪县): the level said is that of no table the answer
    is from — never the county's figure as the city's. The message, or "" (no such word, the level matches, a
    table of no place, or the label itself says 全市)."""
    said = _WHOLE_PLACE.search(compact(normalize(turn.question)))
    if said is None or said.group(0) in result.text:
        return ""
    docs = {s.get("document_id") for s in result.source or () if s.get("document_id") is not None}
    places = [_innermost_place((turn.kb.documents.get(d) or {}).get("department") or "") for d in docs]
    if not places or not all(places) or any(p.endswith(said.group(1)) for p in places):
        return ""
    return compose.place_level_not_held(said.group(0), sorted(set(places)))


def _unloaded_place(turn) -> bool:
    """Whether the question names a department that is not loaded, of a place no loaded department is in
    ("天河区教育局") or of a loaded place ("湛江市财政局" beside 湛江人社局): then another department's row of
    that kind is never the answer, unless the name is a row of a loaded table (a place's own units)."""
    names = getattr(getattr(turn, "p", None), "unknown_departments", None) or ()
    rows = index_for(turn.kb).row_label_keys if names else set()
    idx = index_for(turn.kb) if names else None
    for name in names:
        if idx is not None and (idx.row_named(name) or dept_units.names_a_line(idx, name)
                                or _unit_of_the_places_table(idx, name, turn.question)):
            continue  # "柏山市场监管局": a row of a loaded table (柏山区市场监督管理局), not another place's bureau
        if name in getattr(turn.p, "other_levels", ()):
            return True  # "市财政局" beside 普陀区财政局 only: the bureau of another level, not loaded
        m = re.match(r"^(?:中共)?([\u4e00-\u9fff]{1,4}?[省市区县])", name)
        if m is None:
            if _of_a_loaded_place(turn.kb, name) or _where_of_one_bureau_of_another(turn.kb, name):
                return True  # "凤城财政局" beside 凤城市's loaded bureaus: a bureau of that place not loaded
            continue
        rest = name[m.end():]
        if idx is not None and rest and any(idx.row_named(r) and _a_row_of_the_place(turn.kb, idx, r, m.group(1))
                                             for r in (rest, m.group(1)[-1] + rest)):
            continue  # "青禾区教育局": the row 区教育局 of 青禾区's own table of its units (湛江市财政局: not 广汉's)
        if m.group(1) not in rows:
            # (a place a loaded table has a row of, 东湖区 of a 分县区 table, is no unloaded place); a loaded
            # place's bureau that is not loaded ("普陀区教育局", "湛江市财政局") is as unloaded as another place's
            return True
    return False


def _unit_of_the_places_table(idx: FactIndex, name: str, question: str) -> bool:
    """"开化住建局专项资金": a loaded place said with the short name of an office its general table lists in a unit
    column (主管部门 县住房和城乡建设局 of 开化县财政局's table), that table's kind said: that table's unit, no bureau
    left unloaded (never when another table is asked: "乐都区教育局部门预算总额")."""
    said, text = compact(name), compact(normalize(question))
    if not idx.dept_forms_said(said):
        return False
    tables = [t for t in groups.scope(idx, said) if title_word_said(t.title, text) and groups.kind_said(t, text)]
    return bool(tables) and groups._short_name_as_value(idx, tables, said) != said


def _a_row_of_the_place(kb, idx: FactIndex, row: str, place: str) -> bool:
    """Whether a row so named is in a table of that place ("区教育局" of 青禾区's table of its units), not of another
    place's table that has a row of its own bureau so named (广汉市财政局 of 广汉's 三公 table for 湛江市财政局)."""
    bare = re.sub(r"[省市区县]$", "", place)
    return any(bare in str(kb.documents[d]["department_name"]) for d in idx.row_docs(row) if d in kb.documents)


def _of_a_loaded_place(kb, name: str) -> bool:
    """Whether a name not loaded begins with the place of a loaded department, said without its level
    ("凤城财政局": 凤城 of 凤城市市场监督管理局) and goes on with a bureau's name none of that place's has."""
    of_place: dict[str, list[str]] = {}
    for d in kb.departments:
        for place in department_places(d.name):
            of_place.setdefault(place, []).append(d.name)
    # ("宁川农业农村局局机关": 宁川县农业农村局 itself, said with a character more, is loaded)
    for place, names in of_place.items():
        if not name.startswith(place) or len(name) - len(place) < 3 \
                or any(_head_of(name[len(place):]) in d for d in names):
            continue
        spans = kb.lexicon.spans(name)
        said = {str(r.key) for _, end, _, refs in spans if end > len(place)
                for r in refs if r.kind == "department"}  # (the place alone names every bureau of it)
        if not said & set(names):  # ("栖梧卫健局局机关", "武汉人社东湖分局": that place's bureau said short)
            return True
        # ("武汉东湖自然资源局": 东湖 is the place's own, and the bureau said last, 自然资源局, another place's)
        bureau = {str(r.key) for _, end, _, refs in spans if end == len(name) for r in refs if r.kind == "department"}
        if bureau and not bureau & set(names):
            return True
    return False


def _where_of_one_bureau_of_another(kb, name: str) -> bool:
    """Whether a name not loaded begins with a word naming loaded departments (东湖 of 武汉市人社局东湖…分局) and ends
    with a bureau's word naming others only ("东湖自然资源局": 自然资源局 is 兰溪's): that place's bureau, not loaded."""
    spans = kb.lexicon.spans(name)
    # (a whole bureau said first, "桐庐教育局文广旅体局", is two departments said together: no place of either)
    first = {str(r.key) for start, end, said, refs in spans if start == 0 and end < len(name) - 2
             and not str(said).endswith(tuple(kb.vocab.department_suffixes)) for r in refs if r.kind == "department"}
    last = {str(r.key) for start, end, _, refs in spans if end == len(name) and start > 0
            for r in refs if r.kind == "department"}
    return bool(first) and bool(last) and not first & last


def _head_of(bureau: str) -> str:
    """The head of a bureau's name said, its last character left out when it is long enough (农业农村局局 → 农业农村,
    财政局局 → 财政局)."""
    return bureau[:max(3, min(4, len(bureau) - 1))]


def _without_leading_hesitations(question: str, vocab) -> str:
    """"嗯 松阳区…", "呃，那个…": the question without the hesitations it opens with (drop_hesitations' reading of
    its start only); the question itself when nothing else is left."""
    text = question.lstrip()
    while True:
        h = next((h for h in sorted(vocab.hesitations, key=len, reverse=True) if h and text.startswith(h)), "")
        rest = re.sub(r"^[\s,，、…。.~～]+", "", text[len(h):]) if h else ""
        if not rest or drop_hesitations(text, vocab).startswith(h) or _POINTED_CLASS.match(text[len(h):]):
            return text or question  # ("这个科室一共多少": 这个 points at the last row's 科室, no hesitation)
        text = rest


_POINTED_CLASS = re.compile(r"(?:科室|股室|处室|乡镇|镇|街道)")


def _as_understood(turn) -> str:
    """The question with a department name the typed reading corrected ("柏川卫建局", one character off)
    written out in full, so the facts read the same department; the hesitations it starts with ("嗯 松阳区…")
    dropped (one inside it may point: "城乡社区支出这个类"); and the one project of a table of one project
    (a 申报表, a 自评表) named with a year and no amount word: its 预算 asked ("东湖专项资金2019比2018增长了多少"),
    which the table prints for other years as lines of their own (2019年预算金额)."""
    question = _without_leading_hesitations(turn.question, turn.kb.vocab)
    parse = getattr(turn, "p", None)
    for m in getattr(parse, "mentions", None) or ():
        depts = {str(r.key) for r in m.of("department")}
        if m.score < 100 and len(depts) == 1 and m.text in normalize(question):
            question = normalize(question).replace(m.text, depts.pop(), 1)
        elif _one_project_said_with_a_year(turn, m, normalize(question)):
            at = normalize(question).index(m.text) + len(m.text)
            question = normalize(question)[:at] + _BUDGET_WORD + normalize(question)[at:]
    return _projects_said_whole(turn, question)


# A follow-up pointing at the project talked about ("它的质量指标…", "上年结转资金呢"), and words asking over many
_POINTER = re.compile(r"^(?:那么|那|它的|它|其|该项目的?|这个项目的?)")
_FOLLOW_END = re.compile(r"呢[?？]?$")
_OVER_MANY = re.compile(r"各|每个|哪个|哪些|哪一|所有|全部|合计|一共|总共|分别|几个")


def _form_project_of_the_talk(turn):
    """The project of a 自评表 workbook of one project a sheet the conversation is about, when the question names
    none and points at it ("它的质量指标…", "上年结转资金呢"); None otherwise."""
    parse, kb = getattr(turn, "p", None), turn.kb
    focus = list(getattr(turn.session, "focus_projects", None) or ())[:1]
    text = normalize(turn.question)
    if parse is None or not focus or focus[0] not in kb.projects or len(text) > 20 or _OVER_MANY.search(text) \
            or not (_POINTER.match(text) or _FOLLOW_END.search(text)) or _YEAR_SAID.search(text.replace("上年结转", "")):
        return None
    project = kb.projects[focus[0]]
    if project.document_id not in getattr(kb, "form_documents", ()) or len(kb.projects_of_document(project.document_id)) < 2 \
            or any(m.of("project") or m.of("department") for m in parse.mentions):
        return None
    return project


def _of_the_sheet_talked_about(turn, typed, result):
    """"送戏下乡自评" → "它的质量指标完成得怎样": a follow-up about a 自评表 project answered from another sheet of its
    workbook (高标准农田's 工程验收合格率) is asked again with its name said (the facts stand under it, their section);
    answered from another sheet again, it is unknown — never another project's line of the same label."""
    project = _form_project_of_the_talk(turn) if result.status == "answered" else None
    if project is None or not (shown := _shown_facts(turn, result)) or any(
            f["document_id"] != project.document_id for f in shown):
        return result
    if all(compact(f["section"] or "").startswith(compact(project.name)) for f in shown):
        return result
    turn.question = compact(project.name) + "的" + _POINTER.sub("", normalize(turn.question))
    again = _each_spaced_ask(turn, typed, _after_typed(turn, typed))
    own = _shown_facts(turn, again)
    if again.status == "answered" and own and all(compact(f["section"] or "").startswith(compact(project.name)) for f in own):
        return again
    return turn.unknown(compose.not_on_the_sheet(project.name, normalize(turn.question)), suggest=False)


def _shown_facts(turn, result) -> list:
    ids = [e["id"] for e in result.entities if e.get("kind") == "fact"]
    return query.facts_by_id(turn.conn, ids) if ids else []


# The generic tail a project's short form is said with ("规划编制经费" of 综合交通规划编制及前期研究经费).
_NAME_TAIL = Words("years", "(?:{name_tails}|{said_tails})")  # (the project names' tails: [asking_words.years])
_MEANS = Words("notes", "(?:{means})(?:{means_tails})*[？?]*$")  # ("年末结余指什么": [asking_words.notes] means, said last)
# The words after a name going on into a body's name ("综合执法" + 局): a department or unit said, no project.
_ORG_GOES_ON = re.compile(r"(?:局|中心|站|所|队|办|委|院|处|科|厅|会|部)(?![\u4e00-\u9fff]{0,1}(?:经费|资金|项目))")


def _projects_said_whole(turn, question: str) -> str:
    """The question with a project said by a short form ("规划编制经费", "国省道养护": adjacent words the typed
    reading takes as naming one project only) written by its whole name, where a table other than the project's own
    prints that name as a row (a 绩效监控表 beside the 目标表): the facts know a row by its printed name only, so
    "规划编制经费调减了多少" reads that row, never the table's 合计 for want of a row said."""
    parse = getattr(turn, "p", None)
    mentions = sorted((m for m in getattr(parse, "mentions", None) or () if m.score >= 100), key=lambda m: m.start)
    if not mentions:
        return question
    norm = normalize(question)
    if parse is None or norm != parse.text:
        return question  # (positions are of the text the typed reading read)
    idx = index_for(turn.kb)
    rows = idx.row_label_keys
    runs: list[list] = []
    for m in mentions:
        if runs and runs[-1][-1].end == m.start:
            runs[-1].append(m)
        else:
            runs.append([m])
    out, at, read = [], 0, None
    for run in runs:
        if any(m.refs - m.of("project") for m in run):
            continue  # a word naming an indicator or a department too is read as the typed reading reads it
        common = set.intersection(*({int(r.key) for r in m.of("project")} for m in run))
        project = turn.kb.projects.get(common.pop()) if len(common) == 1 else None
        if project is None:
            continue
        name = compact(project.name)
        start, end = run[0].start, run[-1].end
        said = norm[start:end]
        key = label_key(project.name)
        if len(said) < 3 or said == name or name in norm or label_key(said) in rows or key not in rows \
                or not any(key in idx.doc_keys.get(d, ()) for d in idx.docs if d != project.document_id):
            continue  # (a word of two characters, 编制, is too common to stand for one project; a name printed in
            # the project's own table only is read there as the typed reading reads it)
        if any(len(k) > len(said) and said in k and k in norm for k in idx.gram_keys.get(said[:2], ())):
            continue  # a part of a longer label said ("行政编制"): that label's
        # (the tail said short, 专项 of a name ending 专项资金: the name's own ending words)
        if (tail := _NAME_TAIL.match(norm, end)) and tail.group(0) in name[-4:]:
            end = tail.end()
        if _ORG_GOES_ON.match(norm, end):
            continue  # "综合执法局": the words go on into a body's name, no project's
        if read is None:
            read = Answerer(idx).peek(question)
        if not read.leftover.strip() and any(label_key(project.name) in m.keys for m in read.mentions):
            continue  # the facts read that row and every word already ("码头岸线整治" by its part)
        if any(m.start <= start and m.end > end and key not in m.keys for m in read.mentions):
            continue  # the short form is part of another row's name said on ("高标准农田球川片区施工": a 采购意向 row)
        out += [norm[at:start], name]
        at = end
    return "".join(out) + norm[at:] if out else question


_BUDGET_WORD = "预算"
_AMOUNT_SAID = re.compile(r"预算|金额|经费|资金|钱|支出|执行|投入|拨款|收入|指标|目标|绩效|得分|权重")
_YEAR_SAID = re.compile(r"(?:19|20)\d\d|上年|去年|上一年|前年")


def _one_project_said_with_a_year(turn, m, question: str) -> bool:
    """Whether a mention is the whole name of the one project of a 申报表 / 自评表, said with a year and nothing
    said of it that is an amount or another thing (预算, 执行, 指标 …) after it."""
    refs = m.of("project")
    if m.score < 100 or len(refs) != 1 or m.text not in question or not _YEAR_SAID.search(question):
        return False
    project = turn.kb.projects.get(int(next(iter(refs)).key))
    if project is None or compact(project.name) != compact(m.text):
        return False
    doc = turn.kb.documents.get(project.document_id) or {}
    after = question[question.index(m.text) + len(m.text):]
    return any(k in (doc.get("form") or "") for k in ("申报", "自评")) and not _AMOUNT_SAID.search(after) \
        and len(turn.kb.projects_of_document(project.document_id)) == 1 and not _year_of_a_kind_said(turn.kb, question)


def _year_of_a_kind_said(kb, question: str) -> bool:
    """Whether the question says the kind of a general table (专项资金 of a 县级财政专项资金…汇总表) and every year it
    says is that table's own ("文广旅体局2026年专项资金合计" of the 2026 table): the year then only names that table, and
    a 申报表 project of the same bare name (专项资金) is not the one read with its 预算."""
    idx, text = index_for(kb), compact(normalize(question))
    years = {int(m.group(1)) for m in YEAR_ASKED.finditer(text)}
    tables = [t for t in groups.scope(idx, text) if title_word_said(t.title, text) and groups.kind_said(t, text)]
    return bool(years) and bool(tables) and years <= {t.year for t in tables}


_QUESTION_ASKED = QUESTION_WORD


def _each_spaced_ask(turn, typed, whole):
    """"东湖就业补助多少 主要干嘛用", "目标几个 完成几个": two asks parted by a space, each answered, when
    that answers both; otherwise the answer to the whole stands (and the conversation it left)."""
    if whole.status == "answered" and (_worked_out(turn) or _names_after_count(turn.question)):
        # "预算执行率 你算一下": the request to work it out is no ask of its own; "民生实事有几项 分别叫什么": the
        # count's answer lists the names
        return whole
    clauses = question_clauses(turn.question, spaces=True)
    joined: list[str] = []
    if len(clauses) < 2 and whole.status != "answered":
        clauses = _after_subject(turn.question) or _labels_listed(turn.question, turn.kb) \
            or (joined := _two_joined(turn.question, turn.kb))
    elif len(clauses) < 2 and _left_out(whole.text, listed := _labels_listed(turn.question, turn.kb)):
        clauses = listed  # "社工部绩效自评 涉及预算金额 平均得分" answered with one of them: each is asked
    elif len(clauses) < 2 and _figure_left_out(whole.text, after := _after_subject(turn.question)):
        clauses = after  # "普惠金融发展支出 干嘛用的 多少" answered with its use alone: the amount is asked too
    elif len(clauses) < 2 and (spaced := _spaced_parts(turn.question)) and (
            _label_left_out(whole.text, spaced, turn.kb) or _figure_left_out(whole.text, spaced)
            or _count_left_out(whole.text, spaced) or _time_left_out(whole.text, spaced)):
        clauses = spaced  # "财政局政府采购总额 服务采购多少": a label alone beside an ask, one of them answered;
        # "口袋公园建几个 建成时间", "完成率多少 原因": the count or figure asked left out of the answer
    # (clauses parted by a comma were each asked already when the typed reading answered; when neither the
    # typed reading nor the facts answered the whole, each is asked here: "…一共多少，…当年多少")
    again = clauses == question_clauses(turn.question)
    if len(clauses) < 2 or getattr(turn, "clause", False) or again and "answered" in (typed.status, whole.status):
        return whole
    if whole.status == "answered" and len(clauses) == 2 and _condition_restated(turn, clauses):
        return whole  # "哪些单位有空编 空编大于五个的": the second ask narrows the first, answered whole
    kept = copy.deepcopy(vars(turn.session))
    if turn.before is not None:
        # Each clause asked as the user asked it, in the conversation the question found ("项目叫啥 总预算多少"
        # is no follow-up of the whole's reading); failing that, in the one the whole's answer left.
        vars(turn.session).update(copy.deepcopy(turn.before))
        got: list = []
        each = _each_clause(turn, typed, clauses, got)
        if each.status == "answered" and not (again and _one_figure_twice(got)):
            return _added_up(turn, each, got) if joined else each
        if each.status == "clarify" and each.options:
            return each  # (which department the asks are of, when two departments' tables answer them)
        vars(turn.session).update(copy.deepcopy(kept))
    got = []
    each = _each_clause(turn, typed, clauses, got)
    if each.status == "answered" and not (again and _one_figure_twice(got)):
        return _added_up(turn, each, got) if joined else each
    vars(turn.session).update(kept)
    return whole


def _one_figure_twice(got: list) -> bool:
    """Two asks answered by the one line ("预算多少，实际花了多少" both read as its 预算): the later is not found."""
    return len({a.text for a in got}) < len(got)


_SUM_ASKED = re.compile(r"加起来|加在一起|加一起|加到一起|加一块|合起来|一共|总共|合计|共计|总计|之和|相加")
_DIFF_ASKED = re.compile(r"相差|差了?多少|差额|差距|差几|(?:多|少)了?多少$")


def _added_up(turn, each, got: list):
    """"公务接待费和公务用车运行维护费2025年合计", two things joined by 和 and each answered: the two figures added
    (each shown), not the two lines alone for a sum asked; unknown when they are not one figure each in
    one unit (never the lines as if they were the sum)."""
    from bot.dialogue import figures

    asked = compact(normalize(turn.question))
    op = "sum" if _SUM_ASKED.search(asked) else "diff" if _DIFF_ASKED.search(asked) else ""
    if not op or len(got) != 2:
        return each
    # ("数字城管项目经费和它的运维采购差多少": the two lines alone are no difference — worked out when each is
    # one figure of one unit; else, for a difference, the lines as before, each with its figures to set apart)
    unworked = type(each)(turn.question, "unknown", compose.not_summed(each.text), each.intent) if op == "sum" else each
    pair = [f for a in got if (f := figures.figure_of(a, [])) is not None and "value" in f]
    if len(pair) != 2:
        return unworked
    x, y = ({**f, "department": ""} for f in pair)
    sources = [m.group(1) for a in got for m in [re.search(r"（来源：(.+?)）", a.text)] if m]
    added = figures.combine_sides(turn.question, op, x, y, sources)
    if added is None:
        return unworked
    added.text = re.sub(r"(?<=[：+=−]) +(?=\S)", " ", added.text).replace("： ", "：")
    return added


def _after_subject(question: str) -> list[str]:
    """"桐溪市场监管 行政编制合计 实有行政几个": a subject said first, then each thing asked of it parted by
    a space (a label alone asks its value): each ask with the subject, when the whole was not answered."""
    parts = [p for p in re.split(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", question.strip()) if p]
    if len(parts) < 3 or _QUESTION_ASKED.search(parts[0]) or not _QUESTION_ASKED.search(parts[-1]):
        return []
    return [f"{parts[0]}{p}" for p in parts[1:]]


def _labels_listed(question: str, kb) -> list[str]:
    """"财政局的基本支出 项目支出": things named one after another, parted by spaces, no asking word in
    any: each is asked in turn (the later ones in the conversation of the earlier, so of its department).
    A department said alone first ("渝中 预算执行率的评价标准 …") is the subject of the next."""
    parts = [p for p in re.split(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", question.strip()) if p]
    if len(parts) < 2 or any(_QUESTION_ASKED.search(p) for p in parts) or any(len(compact(p)) < 2 for p in parts):
        return []
    idx = index_for(kb)
    answerer = Answerer(idx)
    first = answerer.read(parts[0])
    if first.departments and not first.mentions and not first.leftover:
        parts = [parts[0] + parts[1], *parts[2:]]
    elif _item_of_another_group(idx, first, [answerer.read(p) for p in parts[1:]]):
        return []  # "应急广播体系建设 群众满意度目标": an indicator of another project is never this one's
    return parts if len(parts) >= 2 else []


def _item_of_another_group(idx, first, later) -> bool:
    """Whether the first part names a group row (a project over its indicator rows) and a later part only an
    item row (an indicator read from a 指标名称 column) no fact of that group carries (群众满意度 of another project): read apart, each would be
    answered, the item from the wrong group."""
    outer = {k for m in first.mentions for k in m.keys
             if any(idx.fact_nrows.get(f, 0) >= 2 and idx.fact_keys[f][0] == k for f in idx.label_facts.get(k, ())[:200])}
    if not outer:
        return False
    for fq in later:
        inner = {k for m in fq.mentions for k in m.keys if k in idx.row_label_keys and k not in outer}
        held = [f for k in inner for f in idx.label_facts.get(k, ())[:200] if idx.fact_nrows.get(f, 0) >= 2]
        items = [f for f in idx.facts(held[:50]) if (f["row_heads"] or "").split(query.FACT_SEP)[-1].startswith(ITEM_HEAD)]
        if items and not any(idx.fact_keys[f][0] in outer for f in held):
            return True
    return False


def _two_joined(question: str, kb) -> list[str]:
    """"绩效自评的项目个数和平均分": two things of one subject joined by 和, asked as two when the whole is
    not answered (the second in the conversation of the first)."""
    text = normalize(question).strip()
    at = text.rfind("和")
    if at < 0 or "和" in text[:at] or len(compact(text[:at])) < 4 or len(compact(text[at + 1:])) < 2 \
            or re.search(r"[，,；;。？?\s]", text) or any(text[at - 1:at + 2] in d.name for d in kb.departments) \
            or _inside_a_label(text, at, kb):
        return []  # the 和 of 人力资源和社会保障局 (社会保障和就业支出, a table's line) joins no two asks
    return [_item_of_second(kb, text[:at], text[at + 1:]), text[at + 1:]]


def _item_of_second(kb, first: str, second: str) -> str:
    """"海宁水利局和普陀财政局的住房公积金": a first part naming only its department asks the item the second
    names after its own department (said once, for both), never that department's whole table total."""
    if not only_departments(kb, first) or only_departments(kb, second):
        return first
    rest = compact(normalize(second))
    forms = [f for f in index_for(kb).dept_by_gram.get(rest[:2], ()) if rest.startswith(f)]
    item = rest[max(map(len, forms)):].lstrip("的") if forms else ""
    return f"{compact(first).rstrip('的')}的{item}" if len(item) >= 2 else first


def _inside_a_label(text: str, at: int, kb) -> bool:
    """Whether the 和 at `at` is inside a line a table prints, said whole ("社会保障和就业支出多少")."""
    idx = index_for(kb)
    joined = idx.__dict__.get("_labels_with_he")
    if joined is None:
        joined = idx.__dict__["_labels_with_he"] = sorted(k for k in idx.row_label_keys if "和" in k and len(k) >= 5)
    return any(0 <= (pos := text.find(k)) <= at < pos + len(k) for k in joined)


def _figure_left_out(text: str, parts: list[str]) -> bool:
    """Whether one of several asks wants a figure (多少, 几) and the answer shows none outside its sources."""
    shown = re.sub(r"（来源：[^）]*）", "", text)
    return len(parts) >= 2 and any(re.search(r"多少|几", p) for p in parts) and not re.search(r"\d", shown)


_COUNT_IN = re.compile(r"(?:几|多少)([个人次家所辆台套件户名位座处])")


def _count_left_out(text: str, parts: list[str]) -> bool:
    """Whether one of the asks counts in a measure ("建几个") and the answer shows no number in it."""
    shown = re.sub(r"（来源：[^）]*）", "", text)
    return any(_COUNT_IN.search(p) for p in parts) and not re.search(r"\d\s*[个人次家所辆台套件户名位座处]", shown)


_TIME_ASKED = re.compile(r"时间$|什么时候|何时|哪天")
_TIME_SHOWN = re.compile(r"\d\s*[年月日]|季度|月底|年底|工作日|天内|日内")


def _time_left_out(text: str, parts: list[str]) -> bool:
    """Whether one of the asks is a time ("什么时候建成", read as 建成时间) and the answer shows none."""
    shown = re.sub(r"（来源：[^）]*）", "", text)
    return any(_TIME_ASKED.search(p) for p in parts) and not _TIME_SHOWN.search(shown)


def _condition_restated(turn, clauses: list[str]) -> bool:
    """Whether the later of two asks says again a label the first says, now with a bound ("有空编" then
    "空编大于五个的"): one question, the bound its condition."""
    fq = Answerer(index_for(turn.kb)).peek(turn.question)
    if fq.cmp not in ("gt", "lt", "eq") or fq.number is None:
        return False
    first, later = compact(normalize(clauses[0])), compact(normalize(clauses[1]))
    words = {fq.text[m.start:m.end] for m in fq.mentions if m.start >= 0 and m.exact and m.end - m.start >= 2}
    return any(w in first and w in later for w in words)


def _spaced_parts(question: str) -> list[str]:
    """"财政局政府采购总额 服务采购多少", "绩效目标的项目几个 涉及金额": two parts parted by a space, one
    asking and the other a label alone (which asks its value)."""
    parts = [p for p in re.split(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", question.strip()) if p]
    if len(parts) != 2 or any(len(compact(p)) < 2 for p in parts) \
            or sum(bool(_QUESTION_ASKED.search(p)) for p in parts) != 1:
        return []  # ("编制 行政多少 事业多少": parts of one column, each asked of the subject, read elsewhere)
    return parts


def _label_left_out(text: str, parts: list[str], kb) -> bool:
    """Whether an answer shows none of the labels a part names (each part names one)."""
    answerer = Answerer(index_for(kb))
    said = compact(text)
    read = [answerer.read(part) for part in parts]
    for fq in read:
        mentions = fq.mentions
        if not mentions or not all(m.keys for m in mentions) or not any(m.exact or m.quality >= 0.75 for m in mentions):
            # ("水务局采购": 采购 only a part of 采购方式 and 采购类别, no label said alone; "…任务 三项钱加一起多少":
            # an ask naming nothing of its own is asked of the part before it, no second question)
            return False
    # (the words said shown, as a part of a longer name, show it too: "免费开放" of 公共文化场馆免费开放补助)
    return any(not any(k in said for m in fq.mentions for k in m.keys)
               and not any(m.end - m.start >= 3 and compact(fq.text[m.start:m.end]) in said for m in fq.mentions)
               for fq in read)


def _left_out(text: str, parts: list[str]) -> bool:
    """Whether an answer says nothing of a later thing named (no two of its characters side by side)."""
    said = compact(text)
    return any(not any(p[i:i + 2] in said for i in range(len(p) - 1)) for p in map(compact, parts[1:]))


def _mark_unanswered(session, unanswered: bool) -> None:
    """Whether the last turn went unanswered: a follow-up after it has no row to go on with."""
    data = getattr(session, "facts", None)
    if not isinstance(data, dict):
        return
    if unanswered:
        data["unanswered"] = True
    else:
        data.pop("unanswered", None)


def _answer_of_the_named(turn, answerer: Answerer, context: dict | None) -> FactAnswer | None:
    """The facts' answer within the named department's tables asked (see _tables_of_the_named); None when it
    holds only the lines of a 申报表 the question does not ask (none of the department's own)."""
    named = _tables_of_the_named(turn, answerer)
    fa = _of_the_kind_said(turn, answerer, answerer.answer(turn.question, named, context), named, context)
    if named is not None and fa is not None and fa.facts and all(f["document_id"] not in named for f in fa.facts) \
            and not {f["document_id"] for f in fa.facts} <= records.tables_of_unit_said(answerer.idx, turn.question):
        return None  # (its block of its place's table said with the table, 政府采购 of 政府采购预算表: that block's)
    return fa


def _of_the_kind_said(turn, answerer: Answerer, fa: FactAnswer | None, named: list[int] | None,
                      context: dict | None) -> FactAnswer | None:
    """"评价的项目里预算最大的是哪个": a kind of table said without 表 (评价, of a loaded 绩效评价结果汇总表) whose rows the
    answer found is not of (another table's 项目总预算 fitting "项目里预算"): asked again of the tables of that kind,
    kept when answered from them; the answer as it was otherwise."""
    words = getattr(getattr(turn, "p", None), "table_words", None) or ()
    if named is not None or not words or fa is None or not fa.facts:
        return fa
    kind, docs = turn.kb.table_kind_said(_as_said(turn), words)
    if not kind or not docs or any(f["document_id"] in docs for f in fa.facts):
        return fa
    # (the kind and "的项目里" said of it name the rows: what is asked of them is the rest)
    rest = re.sub(rf"(?:被)?{re.escape(kind)}(?:过)?的?(?:项目|表)?(?:里面|里|中|当中)?的?", "", _as_said(turn), count=1)
    again = answerer.answer(rest or turn.question, list(docs), context)
    if again is not None and again.status == "answered" and again.facts \
            and all(f["document_id"] in docs for f in again.facts):
        return again
    answerer.answer(turn.question, named, context)  # (the reading kept is the first one's again)
    return fa


def _lines_of_departments_kept(turn, fa: FactAnswer | None, out):
    """"财政局本级会议费" (财政局 a short name of several places' bureaus) answered by one's line of a table of
    departments and their units: what that table keeps, for its follow-ups ("那交通运输局本级呢"), as when the
    name fits one department (_lines_of_departments); the turn's answer (out) as it is."""
    if fa is not None and fa.status == "answered" and isinstance(fa.kept, dict) and _DEPT_UNITS_KEPT <= fa.kept.keys() \
            and isinstance(getattr(turn.session, "facts", None), dict):
        turn.session.facts["dept_units"] = fa.kept
    return out


# What a table of departments and their units keeps of its answer (dept_units._kept_after)
_DEPT_UNITS_KEPT = frozenset({"doc", "sheet", "lines", "column", "recent", "named"})


def _row_of_a_loaded_department(turn, answerer: Answerer, idx: FactIndex) -> FactAnswer | None:
    """"长兴市场监管局2026年公务接待费": a loaded department whose own tables hold nothing asked, that is a row of
    its place's table of its departments (长兴县's 三公 table printing it 县市场监督管理局): that row's answer,
    kept only when every figure is of that row (never another department's)."""
    read = answerer.last
    fq = answerer.peek(turn.question)
    named = {d for _, ds in fq.dept_names for d in ds}
    if len(fq.dept_spans) != 1 or len(named) != 1:
        return None
    (start, end, _), dept = fq.dept_spans[0], next(iter(named))
    for row, held in _rows_in_place_tables(idx, dept):
        key = label_key(row)
        asked = fq.text[:start] + row + fq.text[end:]
        if (said := answerer.peek(asked).subject_docs) and not said & set(held):
            continue  # "长兴市监局2025年采购意向合计": another table named (its 采购意向表), never the row's 合计
        fa = answerer.answer(asked, held, None)
        # (the row's 合计 only when the table is named by a word of its own, 三公: "长兴市监局2025年预算" is not its
        # 三公 total)
        if fa is not None and fa.status == "answered" and fa.facts \
                and all(key in (f["row_labels"] or "").split(query.FACT_SEP) for f in fa.facts) \
                and (_names_the_table(idx, fq.text, held, idx.dept_docs.get(dept, []), _projects_of(turn, dept)) or not any(
                    _is_total(label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1])) for f in fa.facts)):
            return fa
    answerer.last = read
    return None


def _projects_of(turn, dept: str) -> str:
    """The names of a department's projects (its 目标表's lines), run together."""
    docs = set(turn.kb.documents_of_departments([dept]))
    return "".join(p.name for p in turn.kb.projects.values() if p.document_id in docs)


def _names_the_table(idx: FactIndex, text: str, tables: list[int], own: list[int], projects: str = "") -> bool:
    """Whether the question says a word (two characters) of those tables' titles that the department's own tables
    print nowhere (三公 of 长兴县's 三公 table, beside 长兴市监局's 项目支出 tables): those tables are asked."""
    titles = "".join(compact(idx.docs[d].form or "") for d in tables)
    theirs = "".join(compact(idx.docs[d].form or "") for d in own) + "".join(k for d in own for k in idx.doc_keys.get(d, ())) \
        + projects
    return any((w := text[i:i + 2]) in titles and w not in theirs and re.fullmatch(r"[\u4e00-\u9fff]{2}", w)
               for i in range(len(text) - 1))


def _bare_places(idx: FactIndex) -> list[tuple[str, list[int]]]:
    """The organisations that are a place alone (长兴县) with their tables, found once per index: a question over
    every department asks each one's rows in them, and a scan of every organisation for each would be N²."""
    kept = idx.__dict__.get("_bare_places")
    if kept is None:
        kept = idx.__dict__["_bare_places"] = [(p, docs) for p, docs in idx.dept_docs.items() if _BARE_PLACE.fullmatch(p)]
    return kept


def _rows_in_place_tables(idx: FactIndex, dept: str) -> list[tuple[str, list[int]]]:
    """The rows a loaded department is in its place's tables of departments, as the place prints it (长兴县 +
    市场监督管理局 → 县市场监督管理局), each with the tables holding it."""
    out = []
    for place, docs in _bare_places(idx):
        if place == dept or not dept.startswith(place):
            continue
        row = place[-1] + dept[len(place):]
        key = label_key(row)
        held = [d for d in docs if key in idx.row_label_keys
                and any(idx.fact_doc[f] == d for f in idx.label_facts.get(key, ())[:50])]
        if held:
            out.append((row, held))
    return out


def _tables_of_the_named(turn, answerer: Answerer) -> list[int] | None:
    """"临湘林业局有哪几个单位": the named department's tables less a 申报表 beside its 目标表 that the question
    does not ask by its words (each 执行单位 of the applications is no unit of the department's); None (every
    table) otherwise."""
    if not turn.kb.applications_beside:
        return None
    named = sorted({d for _, fits in answerer.peek(turn.question).dept_names for d in fits})
    docs = turn.kb.documents_of_departments(named)
    kept = turn.tables_asked(docs)
    return kept if named and len(kept) < len(docs) else None


def _which_row_after_unanswered(answerer: Answerer, fa: FactAnswer | None, context: dict | None,
                                of_total: bool = False) -> FactAnswer | None:
    """"体检服务采购多少" not found, then "中小企业预留比例呢": the column of every row would hold the wrong
    rows' values as well; which row is meant is asked."""
    if not context or not context.get("unanswered") or fa is None or fa.status != "answered" or not fa.facts:
        return None
    idx, fq = answerer.idx, answerer.last
    if fq is None or not fq.mentions or any(m.start < 0 for m in fq.mentions):
        return None
    if any(k in idx.row_label_keys for m in fq.mentions for k in m.keys):
        return None  # a row is named now
    rows = list(dict.fromkeys(_name(f).split(" ")[0] for f in fa.facts))
    if len(rows) == 1 and _is_total(label_key(rows[0])) and not of_total:
        # "公务用车运行维护费…" not found, then "2023年决算数呢": the table's 合计 is no answer about it (unless
        # the question not found asked a total itself: "全县退休人员总数" → "离休的呢")
        return FactAnswer("unknown", compose.of_the_unanswered(), [])
    if len(rows) < 2:
        return None
    return FactAnswer("clarify", compose.which_row_after_unanswered(rows[:8]), [], options=rows[:8])


# What a reply choosing one of the rows offered says around the name's part ("农业的那个", "交通的").
_CHOICE_WORDS = re.compile(r"^(?:那|就|是|要|选|问的是|我问的是)*|(?:的|那个|那一个|这个|那家|那项|那一项|吧|呢|啊)*$")


def _row_chosen(reply: str, options: list[str]) -> str | None:
    """The row a reply to "您问的是哪一项？" chooses: its number, or a word only that row's name holds
    ("农业的那个" of 农业技术推广站 beside 林业技术推广站); None when it names none or several."""
    if reply.isdigit():
        return options[int(reply) - 1] if 1 <= int(reply) <= len(options) else None
    word = _CHOICE_WORDS.sub("", reply)
    fits = [o for o in options if len(word) >= 2 and word in o]
    if not fits and len(word) >= 3:
        # (a name said short, its words in order: 综合执法局 of 综合行政执法局…, 交通局 of 交通运输局…, its first two together)
        fits = [o for o in options if _said_short_in(word, o)]
    return fits[0] if len(fits) == 1 else None


def _said_short_in(word: str, name: str) -> bool:
    """Whether the name holds the word's characters in order, its first two side by side (交通局 of 交通运输局)."""
    at = name.find(word[:2])
    return at >= 0 and in_order(word[2:], name[at + 2:])


def _context(session) -> dict:
    """The fact answerer's context of a conversation (rows, departments, last values), or {}."""
    data = getattr(session, "facts", None)
    if not isinstance(data, dict) or not data:
        return {}
    return {**data, "rows": set(data.get("rows") or ())}


def _keep(session, context: dict | None) -> None:
    """Store the context as plain JSON in the session (sessions travel between processes as JSON)."""
    value = {} if not context else {**context, "rows": sorted(context.get("rows") or ())}
    if hasattr(session, "facts"):
        session.facts = value


def _after_typed(turn, typed):
    answer_type, unknown = type(typed), "unknown"  # the engine's Answer; answer/ does not import the engine
    idx = index_for(turn.kb)
    if (first := _read_first(turn, typed, idx, answer_type)) is not None:
        return first
    clauses = _asked_clauses(turn.question)
    # ("水利局执行率低于序时进度多少，河道管理站呢": a later "X呢" asks the first again of X — each part answered
    # with its own figure, whatever the typed reading of the whole made of it)
    if (typed.status == "answered" or _asks_again_of(clauses)) and len(clauses) >= 2 \
            and not getattr(turn, "clause", False):
        return _each_clause(turn, typed, clauses)
    if not idx.fact_docs:
        return typed
    if (reply := _reply_to_a_question_back(turn, idx, answer_type)) is not None:
        return reply
    # "一共涉及几个主管部门": a column's values; "评价表里那个预算呢": the project's row of the table said
    if (counted := _values_or_classes(turn, typed, idx) or _asked_of_a_kind_of_table(turn, typed, idx)) is not None:
        return _facts_answer(turn, counted, Answerer(idx), idx, answer_type)
    if typed.status != "answered" and _ADDED_TO_LAST.match(compact(normalize(turn.question))) \
            and not _context(turn.session).get("last") and len(_context(turn.session).get("listed") or ()) < 2 \
            and "label" not in ((getattr(turn.session, "figures", None) or [{}])[-1] or {}):
        # "和公车运维加起来" after a question that found nothing: nothing to add it to, never its figure alone
        return answer_type(turn.question, unknown, compose.nothing_to_add_to(), "facts")
    if (again := _period_asked_again(turn, idx)) is not None:
        turn.question = turn.period_again = again  # "10月执行率" → "1-10月累计呢": the same figure of that period
    elif not _names_another_table(turn) and (carried := _project_on_a_row(turn, idx) or _subject_into_a_record_table(turn, idx)
                                             or _unit_of_the_talk_said(turn, idx) or _unit_listed_by_place(turn, idx)):
        turn.question = carried  # "信访局公车购置经费多少" → "柏山市场监管局2025年的呢": that line of the row
    answerer = Answerer(idx)  # before _continues: the question is read once for both
    answerer.clause = bool(getattr(turn, "clause", False))
    context = _conversation(turn) if _continues(turn, answerer) and not _names_another_table(turn) else None
    early = _before_the_facts(turn, typed, answerer, idx, context)
    if early is not None:
        return early
    fa = _answer_of_the_named(turn, answerer, context)
    if context is None:
        fa, context = _asked_of_the_conversation(turn, answerer, fa, idx)
    if typed.status != "answered" and (fa is None or fa.status != "answered") \
            and (row := _row_of_a_loaded_department(turn, answerer, idx)) is not None:
        fa = row
    fa, context = _not_of_the_row(turn, answerer, fa, context)
    which = _which_row_after_unanswered(answerer, fa, context,
                                        bool(((getattr(turn.session, "figures", None) or [{}])[-1] or {}).get("of_total")))
    if which is not None:
        _keep(turn.session, {"asked_rows": {"options": which.options, "question": turn.question}})
        return _facts_answer(turn, which, answerer, idx, answer_type)
    if lacking := _part_not_held(turn, fa, answerer, idx):
        return answer_type(turn.question, unknown, lacking, "facts_part")
    if typed.status == "unknown" and fa is not None and fa.status == "answered" and _whole_name_of_another(turn, fa, idx):
        return typed  # "那湛江人社局的就业补助资金呢": 渝中's project by its whole name; 湛江's 促进就业专项资金 is not it
    kept = typed if _asks_projects_of_departments(turn, typed, context, fa, answerer, idx) else _other_tables_reply(turn, typed, fa, idx) or _typed_kept(turn, typed, fa, answerer, idx, context)
    if kept is not None:
        return kept
    if (unshown := _same_rows_again(turn, fa, answerer)) is not None:
        return answer_type(turn.question, unknown, compose.not_listed_apart(unshown), "facts")
    if context is None and (missing := _year_not_of_the_answer(turn, fa, idx)):
        return answer_type(turn.question, unknown, missing, "facts_year")
    return _lines_of_departments_kept(turn, fa, _facts_answer(
        turn, _with_its_figure(_with_its_use(turn, fa, idx), idx), answerer, idx, answer_type))


def _values_or_classes(turn, typed, idx: FactIndex) -> FactAnswer | None:
    """"一共涉及几个主管部门": a column's values; "直达资金分为哪几类": the table's headings — never over a typed answer
    ("指标分为哪几类" of a project's indicators)."""
    return distinct.answer(idx, turn.question) \
        or (heading_classes.answer(idx, turn.question) if typed.status != "answered" else None)


def _meaning_of_a_word(turn, idx: FactIndex, answer_type):
    """"年末结余指什么", "结转结余率是什么意思": the clause of a table's note saying what it is (or defining it, "X=…");
    else a settled unknown — never a figure of it (nor of a row of another place's table named alike)."""
    if not _MEANS.search(compact(normalize(turn.question))):
        return None
    answerer = Answerer(idx)
    fa = answerer.meaning_in_notes(turn.question, None, _context(turn.session)) \
        or FactAnswer("unknown", compose.meaning_not_noted(), [], settled=True)
    return _facts_answer(turn, fa, answerer, idx, answer_type)


def _read_first(turn, typed, idx: FactIndex, answer_type):
    """The readings settled before the question's clauses: a whole table's classes or lines, a follow-up on the
    fact just answered, a year the knowledge base lacks, a part in brackets; None when none is."""
    unknown = "unknown"
    if _chooses_a_row_asked(turn) and (reply := _reply_to_a_question_back(turn, idx, answer_type)) is not None:
        return reply  # ("交通局的" after "which row?": the row of that unit, never the unit's lines of another table)
    if (meant := _meaning_of_a_word(turn, idx, answer_type)) is not None:
        return meant
    if (classed := _economic_classes(turn, idx, answer_type, typed) or _lines_of_departments(turn, idx, answer_type)
            or _rows_of_a_department(turn, idx, answer_type) or _noted_of_a_row(turn, idx, answer_type)
            or _rows_of_a_class(turn, idx, answer_type)
            or _rows_of_a_kind(turn, idx, answer_type) or _place_of_a_value(turn, idx, answer_type)
            or _item_not_of_the_line(turn, typed, idx, answer_type)) is not None:
        return classed
    if (before := _context(turn.session).get("asked")) and (said := parts.ranking_said_again(idx, before, turn.question)) \
            and (again := parts.departments_ranked(idx, said)):
        turn.period_again = said  # (kept as asked: "→ 那项目支出呢" next ranks again)
        return _facts_answer(turn, again, Answerer(idx), idx, answer_type)  # "…项目支出最多 → 那基本支出呢"
    if (ranked := parts.of_the_table(idx, turn.question)) is not None:
        return _facts_answer(turn, ranked, Answerer(idx), idx, answer_type)  # "哪个部门项目预算最多" of one table
    if (sided := _two_sided(turn, idx)) is not None:
        return _facts_answer(turn, sided, Answerer(idx), idx, answer_type)  # "哪项支出完成率最低": never indicators
    other_year = _another_of_the_last(turn, idx)
    if other_year is not None:
        return _facts_answer(turn, other_year, Answerer(idx), idx, answer_type)
    talked = _conversation_departments(turn, idx)
    shown = [d for x in _context(turn.session).get("last") or () if (d := idx.fact_doc.get(x)) is not None] if talked else []
    missing = _missing_year(idx, turn.question, turn.kb, talked, shown)
    if missing and (owned := owner_year.asked_of_its_rows(turn, idx)) is not None:
        return owned  # "景宁县民政局专项资金25年安排一共多少": its rows (县民政局) of the 2025 table of another office
    if missing:
        # (a year the conversation's department lacks is settled: never asked again of every department,
        # where another one's year would let this one's figure stand for it)
        return answer_type(turn.question, unknown, missing, "facts_year", debug={"settled": True} if talked else {})
    part = _part_in_brackets(turn.question, typed)
    if part is not None:
        return answer_type(turn.question, unknown, part, "facts_part")
    if (no_period := _period_not_printed(turn.question, idx, talked)):
        return answer_type(turn.question, unknown, no_period, "facts_period")
    return None


# A period said alone as a follow-up ("1-10月累计呢", "9月的呢", "那累计呢"), a department's name maybe before it.
_PERIOD_ALONE = re.compile(r"(?:那|那么)?(?P<p>(?:\d{1,2}-)?\d{1,2}月(?:累计)?|累计|(?:第)?[一二三四]季度|[上下]半年)(?:的)?(?:呢|怎么样|多少)?")
# The measure a question asked, carried to the period said next (a rate before its figures).
_MEASURES_CARRIED = ("执行率", "完成率", "差异率", "差异", "实际", "预算", "执行数")


def _two_sided(turn, idx: FactIndex) -> FactAnswer | None:
    """A two-sided table's own readers (Answerer.two_sided: "哪项支出完成率最低", "水库移民那块支出多少"), read once a
    turn, before any other; none when the question names a department not loaded, or of another level (another
    place's row is never its)."""
    p = getattr(turn, "p", None)
    if getattr(p, "unknown_departments", None) or getattr(p, "other_levels", None):
        return None
    return Answerer(idx).two_sided(turn.question)


def _period_asked_again(turn, idx: FactIndex) -> str | None:
    """"交通局10月执行率" → "1-10月累计呢", "基本公卫执行率" → "交通局1-10月累计呢": a follow-up saying only a
    period (and maybe a department) asks the measure asked before (执行率) of that period — of the row asked
    before when no other department is named, else of the department named (its table's whole). None when
    it is not such a follow-up, or the question before asked no measure of a table of periods."""
    figures = getattr(turn.session, "figures", None) or []
    last = figures[-1] if figures else {}
    asked = str(last.get("asked") or (getattr(turn.session, "facts", None) or {}).get("asked") or "")
    text = months_as_digits(compact(normalize(turn.question)), idx.label_text)
    forms = sorted(idx.dept_forms_said(text), key=len, reverse=True)
    rest = next((text.replace(f, "", 1) for f in forms if text.startswith(f)), text)
    said = _PERIOD_ALONE.fullmatch(rest)
    if not asked or said is None or not _FOLLOWUP.search(text):
        return None
    before = months_as_digits(compact(normalize(asked)), idx.label_text)
    measure = next((m for m in _MEASURES_CARRIED if m in before), "")
    if not measure or said["p"] in before:
        return None
    if rest != text and str(last.get("department") or "") not in _departments_in(text, idx):
        return text[:len(text) - len(rest)] + said["p"] + measure
    old = re.search(r"(?:\d{1,2}-)?\d{1,2}月累计|累计", before) or PERIOD_ASKED.search(before)
    if old is None:
        return None
    return before[:old.start()] + said["p"] + before[old.end():]


def _period_not_printed(question: str, idx: FactIndex, talked: list[str]) -> str:
    """"卫健局10月实际支出" of a department whose tables print no month, quarter or half-year (a 自评表 of the whole
    year): not in the tables — the year's figure is never the month's. Says what the tables have; "" when the
    question names no period or no department, or a table of the department prints a part of the year
    anywhere (a label, its title or sheet, a value such as a date)."""
    text = months_as_digits(compact(normalize(question)), idx.label_text)
    said = PERIOD_ASKED.search(text)
    if said is None:
        return ""
    depts = _departments_in(text, idx) or talked
    docs = [d for dept in depts for d in idx.dept_docs.get(dept, ())]
    if not docs or any(_prints_a_period(d, idx) for d in docs):
        return ""
    money = sorted({k for d in docs for k in idx.doc_keys.get(d, set()) & idx.col_keys
                    if any(w in k for w in ("预算", "执行", "决算", "支出", "收入")) and "率" not in k})
    return compose.period_not_printed(said.group(), depts, money)


def _prints_a_period(doc: int, idx: FactIndex) -> bool:
    """Whether a table prints a part of the year: in a label, its title or a sheet's, or a value that is one."""
    held = idx.__dict__.setdefault("_period_docs", {})
    if doc not in held:
        d = idx.docs[doc]
        held[doc] = bool(PERIOD_PRINTED.search(f"{d.form}{d.file_name}{''.join(idx.sheet_titles.get(doc, ()))}")) \
            or any(PERIOD_PRINTED.search(k) for k in idx.doc_keys.get(doc, ())) \
            or any(PERIOD_VALUE.fullmatch(v) and any(idx.fact_doc[f] == doc for f in fs[:200])
                   for v, fs in idx.value_facts.items())
    return held[doc]


def _another_of_the_last(turn, idx: FactIndex) -> FactAnswer | None:
    """A follow-up saying only what changes of the fact just answered: its year, a word of its label, the label
    beside it, its years together, a line under it, or a year its text states."""
    for step in (_another_year_of_the_label, _another_part_of_the_label, _the_label_beside_said,
                 _years_together_of_the_row, _years_together_of_the_project, _a_line_under_the_last,
                 _year_in_the_text_shown, _year_line_of_the_form, _units_of_the_subtotal):
        if (found := step(turn, idx)) is not None:
            return found
    return None


def _economic_classes(turn, idx: FactIndex, answer_type, typed=None):
    """A 基本支出经济分类表 with a column per unit (econ.py); what it answered kept for the follow-ups on it. A unit's
    项目支出 asked afresh is the typed reading's (its projects' table), when it answered: never a line of this table."""
    if not idx.fact_docs or not econ.tables(idx):
        return None  # (no such table: the question is not read for one)
    answerer = Answerer(idx)
    kept = _context(turn.session).get("econ")
    fa = econ.answer(idx, answerer.peek(turn.question), kept)
    if fa is None:
        return None
    if (fa.kept or {}).get("project") == "alone" and typed is not None and typed.status == "answered" and not kept:
        return typed
    answerer.last = answerer.last or answerer.read(turn.question)
    out = _facts_answer(turn, fa, answerer, idx, answer_type)
    if isinstance(getattr(turn.session, "facts", None), dict):
        turn.session.facts["econ"] = {**(fa.kept or {}), "asked": compact(normalize(turn.question))}
    return out


def economic_classes_followed(turn, answer_type):
    """A follow-up on what a 基本支出经济分类表 just answered ("本级多少", "培训费呢"), read before the conversation's
    other follow-ups take it for a project's; None when it is not one."""
    idx = index_for(turn.kb)
    if not _context(turn.session).get("econ"):
        prior = (getattr(turn.session, "figures", None) or [{}])[-1] or {}
        fa = econ.basic_of_prior(idx, compact(normalize(turn.question)), prior)
        if fa is None:
            return None
        out = _facts_answer(turn, fa, Answerer(idx), idx, answer_type)
        if isinstance(getattr(turn.session, "facts", None), dict):
            turn.session.facts["econ"] = {**(fa.kept or {}), "asked": compact(normalize(turn.question))}
        return out
    return _economic_classes(turn, idx, answer_type)


def _lines_of_departments(turn, idx: FactIndex, answer_type):
    """A table of departments, each a 小计 line over its units (dept_units.py); what it answered kept for the
    follow-ups on it."""
    if not idx.fact_docs or not dept_units.all_books(idx):
        return None  # (no such table: the question is not read for one)
    asked = _context(turn.session).get("asked_departments") or {}
    if set(asked.get("options") or ()) & set(_departments_in(compact(normalize(turn.question)), idx)):
        return None  # ("青禾县财政局" replying "您问的是哪个部门？": the question asked back, of it — never its line alone)
    answerer = Answerer(idx)
    prior = (getattr(turn.session, "figures", None) or [{}])[-1] or {}
    if not prior and len(talk := list(getattr(turn.session, "talk_departments", None) or ())) == 1:
        prior = {"department": talk[0]}  # (an answer of several lines keeps no figure: its department, still)
    if prior and len(named := _departments_answered(turn.session, idx)) >= 2:
        prior = {**prior, "departments": named}  # ("这两个部门资产总额合计": the departments answered just before)
    fa = dept_units.answer(idx, answerer.peek(turn.question), _context(turn.session).get("dept_units"), prior,
                           compact(normalize(turn.question)), dept_units.kind_said(str(asked.get("question") or "")))
    if fa is None:
        return None
    kept = fa.kept
    if kept and kept.get("column_said"):  # (the column said, for "普陀财政局的呢" next; never 合计, every table's word)
        answerer.last = answerer.last or answerer.read(turn.question)
    out = _facts_answer(turn, fa, answerer, idx, answer_type)
    if isinstance(getattr(turn.session, "facts", None), dict):
        turn.session.facts["dept_units"] = kept
    return out


def _departments_answered(session, idx: FactIndex) -> list[str]:
    """The departments the last answers were of, in order (each turn's figures back to the first with none): a
    department's line of a table of a place's departments is that department's, never the table owner's."""
    named: list[str] = []
    for figure in reversed(getattr(session, "figures", None) or []):
        if not (figure or {}).get("department"):
            break
        named.insert(0, dept_units.group_of_label(idx, str(figure.get("label") or "")) or str(figure["department"]))
    return list(dict.fromkeys(named))


def _item_not_of_the_line(turn, typed, idx: FactIndex, answer_type):
    """A line of a table of departments and their units asked a thing it does not print, which nothing else holds
    (dept_units.item_not_printed): said so, when the typed reading has no answer; None otherwise."""
    if typed.status == "answered" or not idx.fact_docs or not dept_units.all_books(idx) or _context(turn.session).get("dept_units"):
        return None
    fa = dept_units.item_not_printed(idx, Answerer(idx).peek(turn.question))
    return _facts_answer(turn, fa, Answerer(idx), idx, answer_type) if fa is not None else None


# "它的项目支出": a column asked of the line just answered, by a pronoun (the line is the answer's, never another's).
_ITS_COLUMN = re.compile(r"(?:那|那么)?(?:它的|它|其|该部门的?|该局的?)(?P<col>[\u4e00-\u9fff]{2,12}?)(?:是多少|有多少|多少|呢)?")


def column_of_line_answered(turn, answer_type):
    """"宜都三个部门里哪个一般公共预算最少" → "它的项目支出": the column said of the line the answer before named
    (the department ranked first's line of that table: its 项目支出 cell there), cited; None when the question is
    no such follow-up, or that line prints no one column so headed."""
    m = _ITS_COLUMN.fullmatch(compact(normalize(turn.question)))
    idx = index_for(turn.kb)
    prior = (getattr(turn.session, "figures", None) or [{}])[-1] or {}
    ids = [int(x) for x in prior.get("facts") or ()]
    if m is None or len(ids) < 2 or not prior.get("department"):
        return None  # (one line ranked among several, its department chosen; a line shown alone is read as it is)
    own = [f for f in idx.facts(ids) if f["department"] == prior["department"]]
    if len(own) != 1:
        return None
    line = own[0]
    said = label_key(m.group("col"))
    same = [f for f in idx.facts(list(idx.docs[line["document_id"]].facts))
            if f["sheet"] == line["sheet"] and f["line"] == line["line"] and f["number"] is not None
            and f["id"] != line["id"] and label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1]) == said]
    if len(same) != 1:
        return None
    f = same[0]
    fa = FactAnswer("answered", f"{prior['department']} {_name(f)}：{_shown(f)}{_cite(idx, [f])}", [f])
    return _facts_answer(turn, fa, Answerer(idx), idx, answer_type)


def lines_of_departments_followed(turn, answer_type):
    """A follow-up on what a table of departments and their units just answered ("其中体校多少", "下面哪个单位最多"),
    read before the conversation's other follow-ups take it for a project's; None when it is not one."""
    kept = _context(turn.session).get("dept_units")
    if not kept:
        return None
    if not is_followup_of_lines(turn.question) and not points_at_lines(turn.question) \
            and not dept_units.combines_recent(compact(normalize(turn.question)), kept):
        idx = index_for(turn.kb)
        if not dept_units.names_kept_line(idx, Answerer(idx).peek(turn.question), kept):
            return None
    return _lines_of_departments(turn, index_for(turn.kb), answer_type)


def departments_set_against(kb, question: str) -> bool:
    """Departments of one table of departments and their units set against each other, one printed only there
    (dept_units.py): the question is that table's, never each side asked on its own."""
    idx = index_for(kb)
    if not idx.fact_docs or not dept_units.all_books(idx):
        return False
    said = compact(normalize(question))
    return dept_units.departments_set_against(idx, Answerer(idx).peek(question), said)


def own_units_apart(kb, first: str, second: str) -> bool:
    """Two sides each naming one unit of one department's own projects' table (dept_units.own_units_apart)."""
    idx = index_for(kb)
    if not idx.fact_docs or not dept_units.all_books(idx):
        return False
    return dept_units.own_units_apart(idx, [Answerer(idx).peek(side) for side in (first, second)])


def unit_line_begun(kb, question: str) -> str | None:
    """The unit of a table of a place's departments and their units a side of a question begins with (dept_units.py),
    its name as printed; None when none."""
    idx = index_for(kb)
    if not idx.fact_docs or not dept_units.all_books(idx):
        return None
    return dept_units.unit_line_begun(idx, Answerer(idx).peek(question))


def is_followup_of_lines(question: str) -> bool:
    return bool(dept_units.FOLLOW.search(compact(normalize(question))))


def within_kept_units(kb, question: str, kept: dict) -> bool:
    """Whether the question picks or ranks among the units a table of departments just listed (dept_units)."""
    return dept_units.within_kept_units(index_for(kb), compact(normalize(question)), kept)


def names_a_table_line(kb, name: str) -> bool:
    """Whether a name is a department's or a unit's line of a table of departments and their units (港航服务中心)."""
    return dept_units.names_a_line(index_for(kb), compact(normalize(name)))


def points_at_lines(question: str) -> bool:
    """Whether the question points at the departments or units just answered ("这两个部门项目支出合计")."""
    return dept_units.points_at_lines(compact(normalize(question)))


def _rows_of_a_department(turn, idx: FactIndex, answer_type):
    """A department's rows of a table of many departments, each row naming its own in a column (owned_rows.py):
    "县教育局采购意向一共多少钱", "交通运输局的项目各得了多少分"; or the departments such a table names counted."""
    fa = owned_rows.answer(idx, turn.question, _context(turn.session))
    return None if fa is None else _facts_answer(turn, fa, Answerer(idx), idx, answer_type)


def _noted_of_a_row(turn, idx: FactIndex, answer_type):
    """What one row's notes say that its columns do not (row_notes.py): "X的其他资金是啥来源" (its 备注), "承接的是
    哪家社会组织" of a row printing only the kind."""
    answerer, context = Answerer(idx), _context(turn.session)
    fa = row_notes.source_noted(answerer, turn.question, context) or row_notes.kind_only(answerer, turn.question, context) \
        or row_notes.row_by_its_text(answerer, turn.question)
    return None if fa is None else _facts_answer(turn, fa, answerer, idx, answer_type)


def _rows_of_a_kind(turn, idx: FactIndex, answer_type):
    """One general table said by its title's kind, its rows asked as a whole (kind_rows.py): "专项资金一共多少项",
    "哪个部门专项资金最多"."""
    fa = kind_rows.answer(idx, turn.question)
    return None if fa is None else _facts_answer(turn, fa, Answerer(idx), idx, answer_type)


def _place_of_a_value(turn, idx: FactIndex, answer_type):
    """"X村是哪个乡的": the town column's cell of the rows printing that place (value_rows.py)."""
    fa = value_rows.place_of_a_value(idx, turn.question)
    return None if fa is None else _facts_answer(turn, fa, Answerer(idx), idx, answer_type)


def _rows_of_a_class(turn, idx: FactIndex, answer_type):
    """The rows of a general table's class said (groups.py), or a follow-up on the class just answered; the
    class kept for the next follow-up."""
    if _WHY.search(compact(normalize(turn.question))):
        return None  # ("为啥取消": the reason of a row, its 备注 — never the rows of the class 取消 listed)
    fa = groups.answer(idx, turn.question, _context(turn.session))
    if fa is None:
        return None
    answerer = Answerer(idx)
    out = _facts_answer(turn, fa, answerer, idx, answer_type)
    if fa.status == "answered" and fa.kept is not None and isinstance(getattr(turn.session, "facts", None), dict):
        turn.session.facts["class"] = fa.kept
    return out


def _reply_to_a_question_back(turn, idx: FactIndex, answer_type):
    """The reply to the facts' own question back: which row (a number), or which department."""
    context = _context(turn.session)
    rows = context.get("asked_rows")
    if rows:
        _keep(turn.session, None)
        reply = compact(normalize(turn.question))
        chosen = None if rows.get("by_words") and reply.isdigit() else _row_chosen(reply, rows["options"])
        if chosen is not None:
            # The reply to "这个问题是问哪一项的？": the question again, of the row chosen (by its own label).
            said = dict(zip(rows["options"], rows.get("said") or rows["options"], strict=False)).get(chosen, chosen)
            again = type(turn)(turn.kb, turn.rules, turn.session, said + _words_of_the_row_left(rows["question"], said))
            again.fresh = bool(rows.get("fresh")) or again.fresh  # (the question asked back was a fresh one)
            return again.run()
    asked = context.get("asked_departments")  # (read before the rows' context was let go: both may be kept)
    return _department_chosen(turn, asked, idx, answer_type) if asked else None


def _chooses_a_row_asked(turn) -> bool:
    """Whether the question replies to the facts' "which row?" by naming one of its options (not by its number)."""
    rows = _context(turn.session).get("asked_rows")
    reply = compact(normalize(turn.question))
    options = rows.get("options") if isinstance(rows, dict) else None
    return bool(options) and not reply.isdigit() and _row_chosen(reply, list(options or ())) is not None


def _words_of_the_row_left(question: str, row: str) -> str:
    """The question asked back, without the words (four characters or more) the row chosen holds: "保洁服务多少" of
    文化馆场馆保洁安保服务 is asked again as "文化馆场馆保洁安保服务多少", not with 保洁服务 said twice. Only when those
    words were all the name said: "广告宣传服务采购预算多少" keeps its 广告…采购 (the words left would ask another row)."""
    text = compact(normalize(question))
    for n in range(len(text), 3, -1):
        for at in range(len(text) - n + 1):
            if _holds_the_words(row, text[at:at + n]) or text[at:at + n] == row:
                rest = text[:at] + text[at + n:]
                return rest if len(_AMOUNT_ASKED_TAIL.sub("", rest)) <= 1 else question
    return question


def _of_another_kind(turn, result) -> bool:
    """Whether the question names a kind of table (…表) that the tables the answer comes from are not of."""
    kind, docs = turn.kb.table_kind_said(_as_said(turn), ())
    used = {s.get("document_id") for s in result.source}
    return kind.endswith("表") and bool(used) and not used <= set(docs)


def _as_said(turn) -> str:
    """The question as the user said it (normalised), before the conversation's department was put in front."""
    p = getattr(turn, "p", None)
    return compact(p.text) if p is not None and p.text else compact(normalize(turn.question))


# A row pointed at by the table it is in, nothing else said ("采购表里的那个", "是采购表那个").
_POINTED_BY_TABLE = Words("table_pointed", r"{leads}*(?:在)?(?P<table>[\u4e00-\u9fff]{2,8}?表){places}?(?:的)?"
                                           r"{items}?{ends}?")


def _alike_of_the_table_said(turn, idx: FactIndex) -> FactAnswer | None:
    """"造价咨询多少钱" → "采购表里的那个": of the rows just shown beside the project (each under its table), the one
    whose table's kind holds the words said in order (采购表 of 政府采购预算表); None unless exactly one does."""
    alike = _context(turn.session).get("alike") or []
    said = _POINTED_BY_TABLE.fullmatch(_as_said(turn)) if alike else None
    if said is None:
        return None
    word = said.group("table")
    chosen = [i for i in alike if (d := idx.fact_doc.get(i)) is not None and in_order(word, compact(idx.docs[d].form or ""))]
    return Answerer(idx).values(idx.facts(chosen), []) if len(chosen) == 1 else None


def _asked_of_a_kind_of_table(turn, typed, idx: FactIndex) -> FactAnswer | None:
    """"地质灾害防治经费预算" → "评价表里那个预算呢" / "评价表里高标准农田实际支出呢": a follow-up naming a kind of table
    asks that table: the row it names, else the one project the conversation is on (its row of the same name
    there), in the column said — never the table's 合计 nor the project's own table the typed reading kept."""
    if (alike := _alike_of_the_table_said(turn, idx)) is not None:
        return alike
    kind, docs = turn.kb.table_kind_said(_as_said(turn), getattr(getattr(turn, "p", None), "table_words", None) or ())
    short = not docs
    if short:  # ("它在部门预算表里财政拨款多少": a loaded table said short, where the row is)
        kind, docs = turn.kb.table_said_short(_as_said(turn))
    if not docs or getattr(turn, "fresh", False) and not short \
            or typed.source and {s.get("document_id") for s in typed.source} <= set(docs):
        return None
    text = re.sub(r"(?:在)?" + re.escape(kind) + r"(?:里面|里边|里|中|上)?(?:的)?", "", _as_said(turn))
    owners = {turn.kb.documents[d]["department_name"] for d in docs}
    # (the conversation's department put in front of a follow-up: the table said is another's)
    text = next((text[len(c):] for c in (compact(d.name) for d in turn.kb.departments)
                 if text.startswith(c) and c not in map(compact, owners)), text)
    text = re.sub(r"^(?:那|那么)?(?:那个|这个|它的|它)?", "", text)
    text = re.sub(r"(?<=项目)(?:它的|它)", "", text)  # ("…物资储备项目它在部门预算表里…": the project put before 它)
    answerer = Answerer(idx)
    pids = list(dict.fromkeys(getattr(turn.session, "focus_projects", None) or ()))
    name = compact(turn.kb.projects[pids[0]].name) if len(pids) == 1 and pids[0] in turn.kb.projects else ""
    # (温岭市基层应急…项目 of its 申报表: the table said prints it with no place before it)
    place = max((c for d in turn.kb.departments if name.startswith(c := compact(d.name)) and len(name) - len(c) >= 4),
                key=len, default="")
    name, text = name[len(place):], (text[len(place):] if place and text.startswith(place) else text)
    # (a row named — never a column's word some other table prints as a row: 财政拨款 of 它…财政拨款多少)
    named = not name or any(m.start >= 0 and (m.keys & idx.row_label_keys) - idx.col_keys
                            for m in answerer.peek(text).mentions)
    fa = answerer.answer(text if named else name + text, docs, None)
    if fa is None or fa.status != "answered" or not fa.facts or not {f["document_id"] for f in fa.facts} <= set(docs) \
            or len({(f["document_id"], f["line"]) for f in fa.facts}) != 1 \
            or any(answerer._is_total_fact(f, "row") for f in fa.facts):
        return None  # (one row of that table: never its 合计, nor rows of several)
    if not named and not all(name in compact(f["row_labels"] or "") for f in fa.facts):
        return None  # (the project's namesake row only: never another row like it)
    if not named and getattr(turn, "fresh", False) and not any(name[i:i + 4] in text for i in range(len(name) - 3)):
        return None  # (a first question names the row it asks of the table said: four characters of it at least)
    return fa


# "<row>有没有这个", "<row>也有这个项目吗 多少钱": the thing in focus (这个) asked of the row named
_FOCUS_OF_A_ROW = re.compile(r"(.+?)(?:有没有|有无|也有|有)(?:这个|这项|这一项|它)(?:项目|经费)?(?:吗|呢)?"
                             r"(?:(?:有|是)?多少钱?|金额是?多少|钱是?多少)?(?:呢|啊)?")


# The unit the conversation is about, pointed at ("这个单位有几辆执法执勤用车", "该中心在职多少人")
# (the pointer may be gone from the question as understood: "单位有几辆…")
_THIS_UNIT = re.compile(r"^(?:那|那么)?(?:这个|这家|该|此)?(?:单位|中心)(?:的)?")


def _unit_of_the_talk_said(turn, idx: FactIndex) -> str | None:
    """"港航中心有哪些项目" → "这个单位有几辆执法执勤用车": the unit the typed answer was of (its 资金使用单位, or
    the one project's in focus), pointed at, asked by its name where it is a row of a loaded table (a place's staffing table); None otherwise.
    (它 after the unit's answer is engine/conversation.py's _of_the_unit_answered: asked again after the whole turn
    found nothing, over every reader — see there why both are kept.)"""
    frame = getattr(turn.session, "frame", None)
    unit = compact(getattr(frame, "unit", "") or "")
    pids = list(dict.fromkeys(getattr(turn.session, "focus_projects", None) or ()))
    if not unit and len(pids) == 1 and pids[0] in turn.kb.projects:
        unit = compact(turn.kb.projects[pids[0]].unit_name or "")  # (one project shown: the unit it is of)
    text = compact(normalize(turn.question))
    m = _THIS_UNIT.match(text)
    end = m.end() if m is not None else 0
    if m is None and (end := _kind_pointed(said := compact(normalize(getattr(turn, "as_said", "") or text)), unit)):
        text = said
    if not end or len(unit) < 4 or unit not in idx.row_label_keys and unit not in _row_labels_uncoded(idx):
        return None
    return unit + text[end:]


def _row_labels_uncoded(idx: FactIndex) -> frozenset[str]:
    """The row labels with the code a table prints before a unit's name left off (115003乐清市劳动人事争议仲裁院):
    the unit is a row by its name alone too. Read once per index."""
    cached = idx.__dict__.get("_row_labels_uncoded")
    if cached is None:
        cached = frozenset(_LEADING_CODE.sub("", k) for k in idx.row_label_keys if _LEADING_CODE.match(k))
        idx.__dict__["_row_labels_uncoded"] = cached
    return cached


_LEADING_CODE = re.compile(r"^\d{3,}(?=\D)")


def unit_pointed(question: str, unit: str) -> str | None:
    """The question with the unit it points at by its kind ("该中心项目支出多少" of 疾病预防控制中心) said by its name;
    None when it points at no kind the unit's name ends with."""
    text = compact(normalize(question))
    end = _kind_pointed(text, unit)
    return unit + text[end:] if end else None


# A pointer before a word of what the unit is ("这个所", "该站", "这家医院"): the word is checked against its name's end.
_POINTER_FIRST = re.compile(r"^(?:那|那么)?(?:这个|这家|这所|这|该|此)")


def _kind_pointed(text: str, unit: str) -> int:
    """Where the unit's kind pointed at ends ("这个所2026年培训费多少" of 卫生监督所: after 所): a pointer, then the
    end of the unit's own name (所, 中心, 医院, 推广站), an optional 的; 0 when the question starts with no such."""
    m = _POINTER_FIRST.match(text)
    if m is None or not unit:
        return 0
    for n in range(min(4, len(unit) - 2), 0, -1):
        kind = text[m.end():m.end() + n]
        if len(kind) == n and unit.endswith(kind) and not kind.isdigit():
            end = m.end() + n
            return end + 1 if text[end:end + 1] == "的" else end
    return 0


def _unit_listed_by_place(turn, idx: FactIndex) -> str | None:
    """"农业农村局有几个单位" → "第三个执法执勤用车几辆": the organisation in that place of the rows just listed
    (in the order shown), asked by its name; None unless the facts just listed organisations' rows."""
    context = _context(turn.session)
    text = compact(normalize(turn.question))
    m = ordinals.ITEM_FIRST_SAID.match(text)
    listed = list(context.get("listed") or ())
    if m is None or not text[m.end():] or context.get("last") or context.get("ranked") or len(listed) < 2:
        return None
    rows: list[str] = []
    for f in idx.facts(listed[:200]):
        key = (idx.fact_keys.get(f["id"], ())[:idx.fact_nrows.get(f["id"], 0)] or ("",))[-1]
        if key and key not in rows:
            rows.append(key)
    n = small_number(m.group("n"))
    if not n or n > len(rows) or not all(_ORGANISATION_LINE.search(r) or r.endswith(("机关", "本级")) for r in rows):
        return None
    return rows[n - 1] + text[m.end():]


def _project_on_a_row(turn, idx: FactIndex) -> str | None:
    """"…的呢" naming only a department or place that is a row of a table, after a typed answer about one
    project: the project's name asked of that row (its line of the same name), never the row's total."""
    session = turn.session
    pids = list(dict.fromkeys(getattr(session, "focus_projects", None) or ()))
    if len(pids) != 1 or _context(session).get("last") or pids[0] not in turn.kb.projects:
        return None
    text = compact(normalize(turn.question))
    # ("临湘信访局有没有这个 多少钱": the project in focus, pointed at, asked of that row too)
    m = re.fullmatch(r"(.+?)(?:的)?呢", text) or _FOCUS_OF_A_ROW.fullmatch(text)
    if m is None:
        return None
    fq = Answerer(idx).peek(m.group(1))
    if not fq.mentions or not all(any(is_entity_label(k) for k in x.keys) for x in fq.mentions):
        return None  # a line of its own is named, or no row at all
    return f"{m.group(1)}的{turn.kb.projects[pids[0]].name}呢"


# "它的采购方式", "采购表里它用什么方式", "它的采购项目呢": the subject of the conversation pointed at
_POINTED_SUBJECT = re.compile(r"它们|它|其(?![中他余])|这个项目|该项目|这个单位|该单位"
                              # ("采购表里这个车用什么方式买": the thing the project buys, pointed at by its kind)
                              r"|这(?:个|辆|台|套|批)[\u4e00-\u9fff]{0,2}?(?=用什么|用的什么|怎么|是什么|是怎么|采购|买)")


def _subject_into_a_record_table(turn, idx: FactIndex) -> str | None:
    """A follow-up pointing at the subject just answered (它) and naming a record table by its words (采购): the
    subject said there instead — the project's row of that table (餐厨垃圾收运处置经费 → 餐厨垃圾收运处置服务), or the
    unit (or department) whose line of another table was just answered (疾控中心 人员经费, 民政局 小计)."""
    text = compact(normalize(turn.question))
    m = _POINTED_SUBJECT.search(text)
    tables = records.said_tables(idx, turn.question) if m is not None else []
    if not tables:
        return None
    session, name = turn.session, None
    pids = list(dict.fromkeys(getattr(session, "focus_projects", None) or ()))
    last = list(_context(session).get("last") or ())
    if len(pids) == 1 and not last and pids[0] in turn.kb.projects:
        project = turn.kb.projects[pids[0]]
        name = records.row_like(idx, tables, project.name, turn.kb.documents[project.document_id]["department_name"])
    elif last:
        rows = {tuple(x for x in (f["row_labels"] or "").split(query.FACT_SEP) if x) for f in idx.facts(last[:20])}
        own = {r[-1] if not _is_total(r[-1]) else r[-2] for r in rows if r and (len(r) > 1 or not _is_total(r[-1]))}
        name = next(iter(own)) if len(own) == 1 and records.unit_of(idx, tables, next(iter(own))) else None
    if not name or m is None:
        return None
    turn.into_table = True  # (the typed reading of the pointed question is about the subject's own table)
    return text[:m.start()] + name + text[m.end():]


def _not_of_the_row(turn, answerer: Answerer, fa, context):
    """A follow-up the row just answered does not answer, asked again without that row: (answer, context)."""
    if fa is not None and fa.settled:
        return fa, context  # the table's own "not split so": never another row's figure instead
    if context is not None and (fa is None or fa.status != "answered") and (fq := answerer.peek(turn.question)) \
            and fq.departments and set(fq.departments) != set(context.get("departments") or ()) \
            and any(m.start >= 0 and (m.exact or m.quality >= 0.5) and not any(_is_total(k) for k in m.keys)
                    and not m.keys & set(context.get("rows") or ()) for m in fq.mentions):
        # "…调整后预算" → "那云岫卫健局公共卫生2024年呢": another department and a line of its own named: asked
        # of that department afresh, not of the row just answered.
        alone = answerer.answer(turn.question, None, None)
        if alone is not None and alone.status == "answered":
            return alone, None
    if context and context.get("rows") and context.get("departments") and fa is not None and fa.status == "unknown":
        # "绩效目标项目涉及多少钱" → "平均得分": not a column of the row just answered, but one line of the
        # same department's tables has it: that line.
        alone = answerer.answer(turn.question, None, {"departments": list(context["departments"]), "rows": set()})
        if alone is not None and alone.status == "answered" and len(alone.facts) == 1 \
                and _beside_the_last(alone.facts[0], context, answerer.idx) \
                and not _column_of_another_line(answerer, alone.facts[0], context):
            return alone, context
    return fa, context


def _column_of_another_line(answerer: Answerer, f: dict, context: dict) -> bool:
    """"体育支出多少" → "政府性基金预算的呢" (体育 leaves it blank): whether the question names only columns and the fact
    found is another line's cell of the same column group as the figure shown (支出 › 政府性基金预算 of 支出总计, the
    line shown printing 支出 › 合计) — a follow-up naming a column keeps the row, never that column of another line.
    (A column the line shown has no group of, 平均得分 beside 涉及预算金额, may be the other side's line.)"""
    idx, read = answerer.idx, answerer.last
    said = [m for m in (read.mentions if read is not None else ()) if m.start >= 0]
    rows, _cols = idx.doc_rows_and_cols(f["document_id"])
    shown = idx.facts(list(context.get("last") or ())[:5])
    group = (f["col_labels"] or "").split(query.FACT_SEP)[:-1]
    return bool(said) and bool(group) and all(m.keys & idx.col_keys and not m.keys & rows for m in said) \
        and any((g["document_id"], g["sheet"]) == (f["document_id"], f["sheet"]) and g["row_labels"] != f["row_labels"]
                and (g["col_labels"] or "").split(query.FACT_SEP)[:-1] == group for g in shown)


def _beside_the_last(f: dict, context: dict, idx: FactIndex) -> bool:
    """Whether a fact stands in the same table section as the one just answered (a line beside it, not a
    column of some other table: "差旅费" → "预算数" is no 三公 table's 预算数)."""
    last = idx.facts(list(context.get("last") or ()))
    return bool(last) and all(x["document_id"] == f["document_id"] and x["section"] == f["section"] for x in last)


_USE_LABEL = "主要用于"  # an item's use, read from a table's note (ingest/prose.py use_facts)


def _with_its_use(turn, fa, idx: FactIndex):
    """"东湖分局其他城市生活救助": a row named alone, nothing asked of it: its figure, then the use the
    table's note states of that row (主要用于…), when the note states one for it."""
    if fa is None or fa.status != "answered" or len(fa.facts) != 1 or getattr(turn, "clause", False) \
            or QUESTION_WORD.search(turn.question) or fa.facts[0]["number"] is None:
        return fa
    f = fa.facts[0]
    own = set(idx.fact_keys.get(f["id"], ())[:idx.fact_nrows[f["id"]]])
    uses = [u for u in idx.label_facts_in(_USE_LABEL, f["document_id"])
            if (items := set(idx.fact_keys.get(u, ())[:idx.fact_nrows[u]]) - {_USE_LABEL}) and items <= own]
    if len(uses) != 1:
        return fa
    use = Answerer(idx).values(idx.facts(uses), [])
    if use.status != "answered" or not use.text:
        return fa
    fa.text = f"{fa.text}\n{use.text}"
    return fa


def _with_its_figure(fa, idx: FactIndex):
    """"其他城市生活救助那10万干嘛用": the use the note states of a row, after the row's own figures (the first
    line carries the figure), when one table prints the row with at most three."""
    if fa is None or fa.status != "answered" or len(fa.facts) != 1:
        return fa
    u = fa.facts[0]
    keys = idx.fact_keys.get(u["id"], ())
    items = set(keys[:idx.fact_nrows.get(u["id"], 0)]) - {_USE_LABEL}
    if _USE_LABEL not in keys or not items:
        return fa
    doc = idx.fact_doc[u["id"]]
    candidates = {x for k in items for x in idx.label_facts_in(k, doc) if x != u["id"]}
    own = [f for f in idx.facts(sorted(candidates)) if f["number"] is not None
           and items <= set(idx.fact_keys.get(f["id"], ())[:idx.fact_nrows.get(f["id"], 0)])]
    # A row printed in several tables (收入决算表, 支出决算表 …): its figures in the table that states its use.
    own = [f for f in own if (f["sheet"], f["page"]) == (u["sheet"], u["page"])] or own
    if not own or len({(f["sheet"], f["page"]) for f in own}) > 1 or len(own) > 3:
        return fa  # the row printed in several tables, or with many figures: which one is not clear
    figure = Answerer(idx).values(own, [])
    if figure.status != "answered" or not figure.text:
        return fa
    fa.text = f"{figure.text}\n{fa.text}"
    fa.facts = own + fa.facts
    return fa


def _year_in_digits_alone(question: str) -> str | None:
    """The year said alone, in four digits ("2019年的是多少", "那2018年呢", "2019年度呢"), or None."""
    m = YEAR_ALONE.fullmatch(compact(normalize(question)))
    return m.group("year") if m else None


def _another_year_of_the_label(turn, idx: FactIndex) -> FactAnswer | None:
    """"2018年预算" → "2019年呢": the label just answered printed with a year ("2018年预算金额") asked with
    the year said now ("2019年预算金额"), in the same table; None when the table has no such label."""
    m = _year_in_digits_alone(turn.question)
    last = _context(turn.session).get("last") or []
    shown = _context(turn.session).get("shown") or []
    if m is not None and not last and shown:
        # "前两年预算" answered with 2018 and 2019 → "2018年的是多少": the one figure shown of that year.
        of_year = [g for g in idx.facts(shown) if g["number"] is not None and idx.fact_year[g["id"]] == int(m)]
        return Answerer(idx).values(of_year, []) if len(of_year) == 1 else None
    if m is None or len(last) != 1:
        return None
    shown = idx.facts(last)
    if not shown:
        return None
    f, year = shown[0], m
    keys = idx.fact_keys.get(f["id"], ())
    dated = [k for k in keys if year_in(k) and str(year_in(k)) != year]
    if not dated and any(str(year_in(k)) == year for k in keys if year_in(k)):
        return Answerer(idx).values([f], [])  # (the year of the figure just shown: that figure, with all its labels)
    if not dated:
        return _same_cell_of_year(idx, f, int(year))
    if len(dated) != 1:
        return None
    wanted = dated[0].replace(str(year_in(dated[0])), year)
    others = set(keys) - {dated[0]}
    found = [g for g in idx.facts(idx.label_facts_in(wanted, f["document_id"]))
             if g["number"] is not None and others <= set(idx.fact_keys.get(g["id"], ()))]
    if len(found) != 1:
        return None
    return Answerer(idx).values(found, [])


# "分单位列一下", "各单位分别多少": the units a group's figure just shown adds up
_BY_UNIT = re.compile(r"(?:那|那么)?(?:按|分|各|每个?)(?:个)?(?:下属)?单位(?:的)?(?:分别|各自)?(?:列|说|看|展开|是)?(?:一下|出来)?(?:多少|几)?(?:呢|吧)?")


def _units_of_the_subtotal(turn, idx: FactIndex) -> FactAnswer | None:
    """"交通局执法执勤用车几辆" (its block's 小计) → "分单位列一下": the same column of each unit the 小计 line adds
    up (the lines under the same group on its sheet), each under its name; None unless one group's total was shown."""
    last = _context(turn.session).get("last") or []
    if not _BY_UNIT.fullmatch(compact(normalize(turn.question))) or len(last) != 1:
        return None
    shown = idx.facts(last)
    if not shown:
        return None
    f = shown[0]
    n = idx.fact_nrows.get(f["id"], 0)
    keys = idx.fact_keys.get(f["id"], ())
    if n < 2 or not _is_total(keys[n - 1]):
        return None
    group, cols = keys[:n - 1], keys[n:]
    units = [g for g in idx.facts(idx.label_facts_in(group[-1], f["document_id"]))
             if g["sheet"] == f["sheet"] and g["number"] is not None and g["id"] != f["id"]
             and (gk := idx.fact_keys.get(g["id"], ()))[:n - 1] == group and gk[idx.fact_nrows.get(g["id"], 0):] == cols
             and idx.fact_nrows.get(g["id"], 0) == n and not _is_total(gk[n - 1])]
    if len(units) < 2:
        return None
    units.sort(key=lambda g: g["line"] or 0)
    return Answerer(idx).values(units, [])


def _same_cell_of_year(idx: FactIndex, f: dict, year: int) -> FactAnswer | None:
    """"2025年公车运行维护费" → "2024的呢" of a workbook whose sheets are each one year's: the same row and
    column on that year's sheet; its cell said blank when the row is there and the cell is not."""
    own = idx.fact_year[f["id"]]
    if own == year or own is None:
        return None
    titles = idx.sheet_titles.get(f["document_id"], set())
    n = idx.fact_nrows[f["id"]]

    def labels(x: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        keys = idx.fact_keys[x]
        return keys[:idx.fact_nrows[x]], tuple(k for k in keys[idx.fact_nrows[x]:] if k not in titles)

    rows, cols = labels(f["id"])
    if not rows:
        return None
    of_year = [x for x in idx.label_facts_in(rows[-1], f["document_id"])
               if idx.fact_year[x] == year and idx.fact_keys[x][:idx.fact_nrows[x]] == idx.fact_keys[f["id"]][:n]]
    same = [x for x in of_year if labels(x)[1] == cols]
    if not same and not CHANGE_COLUMN.search(f["col_labels"] or ""):
        # "上年决算数" → "2024年的呢": the row's one figure of that year (本年决算数), never its change columns.
        same = [g["id"] for g in idx.facts(of_year[:20]) if g["number"] is not None
                and (g["sheet"], g["page"], g["line"]) == (f["sheet"], f["page"], f["line"])
                and not CHANGE_COLUMN.search(g["col_labels"] or "")]
    if len(same) == 1:
        return Answerer(idx).values(idx.facts(same), [])
    if of_year and not same:
        row = idx.facts(of_year[:20])
        return FactAnswer("answered", compose.blank_of_year(_name(f), year) + _cite(idx, row[:1]), row[:1])
    return None


_PART_ALONE = re.compile(r"(?:那|那么)?([\u4e00-\u9fff]{2})(?:的)?(?:呢|是多少|多少)")


def _another_part_of_the_label(turn, idx: FactIndex) -> FactAnswer | None:
    """"年初结转和结余" → "年末的呢": the row just answered with the word said now in place of its word
    sharing a character at the same place (年初 → 年末), when the same table has that row and one figure of
    it; None otherwise (the question is then read as it is)."""
    m = _PART_ALONE.fullmatch(compact(normalize(turn.question)))
    last = _context(turn.session).get("last") or []
    if m is None or len(last) != 1 or not (shown := idx.facts(last)):
        return None
    f, said = shown[0], m.group(1)
    rows = idx.fact_keys.get(f["id"], ())[:idx.fact_nrows[f["id"]]]
    wanted = {k[:i] + said + k[i + 2:] for k in rows for i in range(len(k) - 1)
              if k[i:i + 2] != said and (k[i] == said[0] or k[i + 1] == said[1]) and said not in k}
    found = [g for g in idx.facts([x for w in wanted if w in idx.label_facts for x in idx.label_facts[w]
                                   if idx.fact_doc[x] == f["document_id"]]) if g["number"] is not None]
    if len({g["row_labels"] for g in found}) != 1 or len({g["number"] for g in found}) != 1:
        return None
    return Answerer(idx).values(found[:1], [])


_WORD_ALONE = re.compile(r"(?:那|那么)?([\u4e00-\u9fff]{2,4}?)(?:的)?(?:呢|是多少|多少)")


def _the_label_beside_said(turn, idx: FactIndex) -> FactAnswer | None:
    """"项目总预算" → "当年呢": of a form printing 项目总预算 and 项目当年预算 side by side, the one line of the same
    block whose label says the word and ends as the label just answered (…预算) — the other figure, never the
    one just shown again; None unless exactly one line fits."""
    m = _WORD_ALONE.fullmatch(compact(normalize(turn.question)))
    last = _context(turn.session).get("last") or []
    if m is None or len(last) != 1 or not (shown := idx.facts(last)) or shown[0]["number"] is None:
        return None
    f, said = shown[0], m.group(1)
    row = label_key(own_label(f))
    if said in row or len(row) < 3 or said in _YEAR_WORDS:
        return None
    found = [g for g in idx.facts(list(idx.docs[f["document_id"]].facts))
             if g["number"] is not None and g["id"] != f["id"] and (g["sheet"], g["section"]) == (f["sheet"], f["section"])
             and said in (key := label_key(own_label(g))) and key.endswith(row[-2:]) and not g["col_labels"]]
    if len({g["row_labels"] for g in found}) != 1 or len(found) != 1:
        return None
    return Answerer(idx).values(found, [])


_YEAR_WORDS = ("今年", "去年", "明年", "上年", "下年", "前年", "本年")
# "三年合计多少", "那几年加起来呢": the years a row's columns print, together.
_YEARS_TOGETHER = re.compile(r"(?:那|那么)?(?:这)?([两三四五几]|\d)年(?:的)?(?:一共|合计|总共|加起来|累计|总计|共计)"
                             r"(?:是)?(?:多少)?(?:钱)?(?:呢)?")
_TOGETHER_COLUMN = re.compile(r"^(?:[两三四五]年|\d年)?(?:合计|小计|总计)$")


def _years_together_of_the_row(turn, idx: FactIndex) -> FactAnswer | None:
    """"县级配套资金" (its 2026年 figure shown) → "三年合计多少": the same line's column of its years together (合计,
    三年合计) in a table whose columns are years — never the table's or the department's total; None unless the
    line just answered has one such column and, said with a count, as many year columns as said."""
    m = _YEARS_TOGETHER.fullmatch(compact(normalize(turn.question)))
    last = idx.facts(list(_context(turn.session).get("last") or ()))
    if m is None or not last or len({(f["document_id"], f["row_labels"], f["section"]) for f in last}) != 1:
        return None
    f = last[0]
    row = [g for g in idx.facts(list(idx.docs[f["document_id"]].facts)) if g["number"] is not None
           and (g["row_labels"], g["section"], g["sheet"]) == (f["row_labels"], f["section"], f["sheet"])]
    together = [g for g in row if _TOGETHER_COLUMN.match(compact(g["col_labels"] or ""))]
    years = {g["col_labels"] for g in row if re.fullmatch(r"(?:19|20)\d\d年", compact(g["col_labels"] or ""))}
    count = {"两": 2, "三": 3, "四": 4, "五": 5}.get(m.group(1)) or (int(m.group(1)) if m.group(1).isdigit() else None)
    if len(together) != 1 or len(years) < 2 or count is not None and count != len(years):
        return None
    return Answerer(idx).values(together, [])


_UNDER_SAID = re.compile(r"(?:那|那么)?(?:(?P<year>(?:19|20)\d\d)年度?)?(?P<in>其中|里面|这里面|当中)?(?:的)?"
                         r"(?P<part>[\u4e00-\u9fff]{2,12}?)(?:的)?"
                         r"(?:那部分|这部分|部分)?(?P<end>呢|是多少|多少|有多少|多少钱)?")


def _year_in_the_text_shown(turn, idx: FactIndex) -> FactAnswer | None:
    """"东湖项目前两年预算" → "2019年的是多少": the one clause of the text just shown stating that year's figure
    (2019年预算金额5440万元, never 较2019年增加…), though no table is of that year; None unless one clause says it."""
    m = _year_in_digits_alone(turn.question)
    last = idx.facts(list(_context(turn.session).get("last") or ())) if m else []
    if m is None or len(last) != 1 or last[0]["number"] is not None:
        return None
    said = [c.strip() for c in re.split(r"[，,；;。]", last[0]["value"] or "")
            if re.search(r"(?<![较比])" + m + r"年[^，,；;。]{0,12}?\d+(?:\.\d+)?\s*(?:万元|亿元|元)", c)]
    if len(said) != 1:
        return None
    return FactAnswer("answered", compose.fact_value(_name(last[0]), re.sub(r"^\d+[.、]", "", said[0])) + _cite(idx, last),
                      last)


def _years_together_of_the_project(turn, idx: FactIndex) -> FactAnswer | None:
    """"黄盖湖湿地项目财政拨款" (the typed answer) → "三年合计多少": that project's 资金来源 line (the source asked,
    else its 合计) in the column of its years together — never another project's line nor the department's total;
    None unless the conversation is about one project of a 申报表 printing such a column."""
    m = _YEARS_TOGETHER.fullmatch(compact(normalize(turn.question)))
    pids = list(dict.fromkeys(getattr(turn.session, "focus_projects", None) or ()))
    if m is None or len(pids) != 1 or _context(turn.session).get("last") or pids[0] not in turn.kb.projects:
        return None
    project = turn.kb.projects[pids[0]]
    doc = idx.docs.get(project.document_id)
    if doc is None or doc.layout != "project-application":
        return None
    several = len([p for p in turn.kb.projects.values() if p.document_id == doc.id]) > 1
    source = AMOUNT_LABELS.get(getattr(turn, "earlier_column", None) or "", "")
    cells = [g for g in idx.facts(list(doc.facts)) if g["number"] is not None
             and (not several or (g["section"] or "").startswith(project.name + " "))
             and _TOGETHER_COLUMN.match(compact(g["col_labels"] or ""))]
    if source and source != "总计":  # the source asked before: its line, or its cell said blank (never the 合计)
        rows = [g for g in cells if compact(own_label(g)) == compact(source)]
        if not rows and cells:
            return FactAnswer("unknown", compose.blank_cell(f"{project.name} {source}", cells[0]["col_labels"], False), [])
    else:
        rows = [g for g in cells if compact(own_label(g)) in ("合计", "总计")]
    return Answerer(idx).values(rows, []) if len(rows) == 1 else None


def _year_line_of_the_form(turn, idx: FactIndex) -> FactAnswer | None:
    """"东湖人社项目总预算" (the typed answer) → "2018年呢": the one line the 申报表 of the conversation prints for
    that year's budget (2018年预算金额, read from its 前两年预算 text), though the form is of another year; None
    unless the conversation is about one such form printing exactly one budget line of that year."""
    m = _year_in_digits_alone(turn.question)
    docs = [d for d in getattr(getattr(turn.session, "frame", None), "doc_ids", None) or () if d in idx.docs]
    if m is None or len(docs) != 1 or idx.docs[docs[0]].layout != "project-application" or _context(turn.session).get("last"):
        return None
    year = int(m)
    lines = [g for g in idx.facts(list(idx.docs[docs[0]].facts)) if g["number"] is not None and idx.fact_year[g["id"]] == year
             and f"{year}年" in (label := own_label(g)) and "预算" in label and not g["col_labels"]]
    return Answerer(idx).values(lines, []) if len(lines) == 1 else None


def _a_line_under_the_last(turn, idx: FactIndex) -> FactAnswer | None:
    """"上年结转多少" → "其中一般公共预算的呢": the one line the table prints under the line just answered
    (its "其中：" lines, its items) whose own label says the words; after such a line, "那政府性基金呢" is the
    one line beside it under the same line. None otherwise (the question is then read as it is)."""
    m = _UNDER_SAID.fullmatch(compact(normalize(turn.question)))
    last = _context(turn.session).get("last") or []
    if m is None or len(last) != 1 or re.search(r"哪|几|最|分别|各|合计|总计|占|比例", m.group("part")) \
            or not (m.group("in") or m.group("end") == "呢") or not (shown := idx.facts(last)):
        return None
    f, part = shown[0], label_key(m.group("part"))
    if m.group("in"):
        lines = Answerer(idx).rows_under(f)
    else:  # the lines beside it: under the same line, in its column
        path = (f["row_labels"] or "").split(query.FACT_SEP)
        lines = [g for g in idx.facts(list(idx.docs[f["document_id"]].facts)) if len(path) >= 2 and g["id"] != f["id"]
                 and (g["sheet"], g["section"], g["col_labels"]) == (f["sheet"], f["section"], f["col_labels"])
                 and (g["row_labels"] or "").split(query.FACT_SEP)[:-1] == path[:-1]]
        if part in idx.row_label_keys:
            return None  # (a line's whole name said is that line, wherever it stands)
    found = [g for g in lines if g["number"] is not None and part in label_key(own_label(g))]
    if m.group("in") and not found:
        found = _column_under_the_total(idx, f, part)
    if not m.group("in") and not found and not _row_prints_column(idx, f, part):
        # ("上年结转多少" → "一般公共预算的呢": the line prints no such column, one line under it says it)
        found = [g for g in Answerer(idx).rows_under(f) if g["number"] is not None and part in label_key(own_label(g))]
    if len(found) == 1 and m.group("year"):
        found = _same_part_of_year(idx, found[0], int(m.group("year")))
    return Answerer(idx).values(found, []) if len(found) == 1 else None


def _same_part_of_year(idx: FactIndex, f: dict, year: int) -> list[dict]:
    """"那2026年新增的呢" after 本年债务限额 › 2025年执行数 › 专项债务: the line found under it (新增债务限额), in the same
    part (专项债务) of the column group of the year said (2026年预算数) — one group of that year, else nothing."""
    cols = [c for c in (f["col_labels"] or "").split(query.FACT_SEP) if c]
    if len(cols) != 2:
        return []
    if cols[0].startswith(f"{year}年"):
        return [f]
    pairs = idx.column_pairs.get(f["document_id"], set())
    groups = {g for g, x in pairs if x == label_key(cols[1]) and g.startswith(f"{year}年")}
    if len(groups) != 1:
        return []
    group = groups.pop()
    return [g for g in idx.facts(list(idx.docs[f["document_id"]].facts)) if g["number"] is not None
            and (g["sheet"], g["section"], g["row_labels"]) == (f["sheet"], f["section"], f["row_labels"])
            and [label_key(c) for c in (g["col_labels"] or "").split(query.FACT_SEP) if c] == [group, label_key(cols[1])]]


def _row_prints_column(idx: FactIndex, f: dict, part: str) -> bool:
    """Whether the line of a fact prints a column (of its own sheet and section) whose own name says the words."""
    return any(part in label_key(c) for g in idx.facts(list(idx.docs[f["document_id"]].facts))
               if (g["sheet"], g["section"], g["row_labels"]) == (f["sheet"], f["section"], f["row_labels"])
               for c in (g["col_labels"] or "").split(query.FACT_SEP) if c)


def _column_under_the_total(idx: FactIndex, f: dict, part: str) -> list[dict]:
    """"农林水支出" (its 支出 合计 shown) → "其中项目支出": no line under it says the part, so the same line's
    column beside its 合计, under the same heading, whose own name says it."""
    cols = (f["col_labels"] or "").split(query.FACT_SEP)
    if not re.fullmatch(r"合计|总计|小计", cols[-1]):
        return []
    return [g for g in idx.facts(list(idx.docs[f["document_id"]].facts)) if g["number"] is not None and g["id"] != f["id"]
            and (g["sheet"], g["section"], g["row_labels"]) == (f["sheet"], f["section"], f["row_labels"])
            and (g["col_labels"] or "").split(query.FACT_SEP)[:-1] == cols[:-1]
            and part in label_key((g["col_labels"] or "").split(query.FACT_SEP)[-1])]


def _department_of_the_conversation(turn, fa: FactAnswer | None, idx: FactIndex) -> dict | None:
    """"普陀财政局支出合计 → 基本支出呢 → 项目支出占多少比例": a question naming no department that every
    department's tables could answer is asked of the one department the conversation is about (its
    context), not asked back; None when the conversation is not about one department. (The caller takes
    a department not among the choices only when its own tables answer: "鹭湾市监局公用经费 → 那人员经费呢 →
    人员经费占合计的百分比", 人员经费 a column there and a row elsewhere.)"""
    if fa is None or fa.status != "clarify" or not fa.options or not all(o in idx.dept_docs for o in fa.options):
        return None
    if _departments_in(compact(normalize(turn.question)), idx):
        return None
    context = _conversation(turn)
    depts = list(context.get("departments") or ())
    talk = [d for d in getattr(turn.session, "talk_departments", None) or () if d in idx.dept_docs]
    if len(talk) == 1 and talk[0] in fa.options and not set(depts) & set(fa.options):
        # "社工部决算看一下" (which line, asked back) → "机关事业单位基本养老保险缴费支出多少": the department the
        # conversation is about, as the last turn left it (this turn's typed reading may have moved doc_ids)
        return {**context, "departments": talk, "rows": context.get("rows") or set()}
    return context if len(depts) == 1 and depts[0] in idx.dept_docs else None


def _asked_of_the_conversation(turn, answerer: Answerer, fa: FactAnswer | None,
                               idx: FactIndex) -> tuple[FactAnswer | None, dict | None]:
    """A question naming no department, asked again of the one department the conversation is about:
    kept when that department is among the choices, or when its answer shows every label the question
    names; otherwise the first answer stands (and the question as read for it)."""
    if (ours := _department_of_the_conversation(turn, fa, idx)) is not None:
        read, again = answerer.last, answerer.answer(turn.question, None, ours)
        if ours.get("departments", [None])[0] in (fa.options if fa else ()) or _named_all(answerer, again, idx):
            return again, ours
        answerer.last = read
    if (theirs := _unanswered_of_every(turn, fa, idx) or _answered_outside_the_talk(turn, fa, idx)) is not None:
        read, again = answerer.last, answerer.answer(turn.question, None, theirs)
        if _named_all(answerer, again, idx):
            return again, theirs
        answerer.last = read
    return fa, None


def _unanswered_of_every(turn, fa: FactAnswer | None, idx: FactIndex) -> dict | None:
    """"社工部公用经费多少" → "公用经费占基本支出比例": a whole question naming no department that no table
    answers as asked of them all is asked of the one department the conversation is about (that department
    alone, none of the rows just shown); None when it is answered, names a department, or the conversation
    is about none or several."""
    if fa is None or fa.status != "unknown" or _departments_in(compact(normalize(turn.question)), idx):
        return None
    depts = list(_conversation(turn).get("departments") or ())
    return {"departments": depts} if len(depts) == 1 and depts[0] in idx.dept_docs else None


def _answered_outside_the_talk(turn, fa: FactAnswer | None, idx: FactIndex) -> dict | None:
    """"渝中区那个自评表 → 满意度指标权重多少": a question naming no department, answered only from another
    department than the one the conversation is about, is asked of that one first (kept where its tables
    show every label said: its 指标权重; else the first answer is for the turn to judge)."""
    if fa is None or fa.status != "answered" or not fa.facts or _departments_in(compact(normalize(turn.question)), idx):
        return None
    talk = [d for d in getattr(turn.session, "talk_departments", None) or () if d in idx.dept_docs]
    if len(talk) != 1 or any(f["department"] == talk[0] for f in fa.facts):
        return None
    return {"departments": talk}


def _named_all(answerer: Answerer, fa: FactAnswer | None, idx: FactIndex) -> bool:
    """Whether an answer shows figures of every label the question (as last read) named."""
    fq = answerer.last
    if fa is None or fa.status != "answered" or not fa.facts or fq is None:
        return False
    keys = {k for f in fa.facts for k in idx.fact_keys.get(f["id"], ())}
    said = [m for m in fq.mentions if m.start >= 0]
    return bool(said) and not fq.leftover and all(m.keys & keys for m in said)


# What a reason asked of the row just answered says besides (为什么 and) its year, its figure and a verb of it.
_WHY_FILLER = Words("reasons", r"(?:19|20)\d\d年度?|[0-9.]+|{why_particles}")


def _continues(turn, answerer: Answerer) -> bool:
    """An incomplete question continues the conversation: it starts or ends as a follow-up does (the
    vocabulary's followup_starts, "其中…"), or is short. A complete one starts afresh."""
    text = compact(normalize(turn.question))
    vocab = turn.kb.vocab
    if getattr(turn, "followup", False):  # an ordinal of the last list, asked again with its item
        return True
    if getattr(turn, "fresh", False) and _row_or_department(answerer.peek(turn.question), answerer.idx):
        return False  # "财政局有几辆车" first: 普陀's 财政局 or 青禾区's row 区财政局, not the typed reading's choice
    # (a short question first in a conversation continues nothing: "茶产业专项资金" is not of the department
    # this turn's typed reading chose)
    first = getattr(turn, "fresh", False) and not getattr(turn.session, "figures", None) \
        and not re.search(r"^(?:那|那么|还有|再|另外)|呢$", text)
    if not first and _WHY.search(text) and len(_WHY_FILLER.sub("", _WHY.sub("", text))) <= 3:
        return True  # "为什么26年是0", "为啥停了": the reason of the row just answered, nothing else named
    if bool(not first and _FOLLOWUP.search(text) or _ADDED_TO_LAST.match(text)) or text.startswith(tuple(vocab.followup_starts)) \
            or _part_asked_of_the_department(text, answerer.idx, vocab.followup_starts):
        return True
    if len(_context(turn.session).get("last") or _context(turn.session).get("shown") or ()) >= 2 \
            and UNDER_HEAD_SAID.search(text):
        return True  # "行政运行" (one per 款) → "应急管理事务下面那个": one of the lines just shown
    if len(_context(turn.session).get("shown") or ()) >= 2 \
            and answerer.row_of_shown_by_word(normalize(turn.question), _context(turn.session)) is not None:
        return True  # "征地和拆迁补偿支出" (under two 款) → "国有土地收益基金那个": the one line shown the word picks
    if _word_of_a_row_shown(text, answerer.idx, _context(turn.session)):
        return True  # "钦堂乡有几个项目" → "污水那个市级资金多少": the row shown whose name holds 污水, a column of it
    if _context(turn.session).get("ranked") and re.match(r"(?:那|那么)?第(?:[1-9]|[一二三四五六七八九十两])(?:个|项|条)", text):
        return True  # "第二个多少万" after a list: its second row, not a row named 第二…
    # "平均每个老人多少元", "二季度和三季度分别多少": arithmetic or a period asked of nothing named, and
    # nothing else said: of the row just answered.
    fq = answerer.peek(turn.question)
    if _ROWS_POINTED.match(text) and _only_columns(fq, answerer.idx) and len(_context(turn.session).get("rows") or ()) >= 2:
        return True  # "考核优秀的乡镇" → "它们的考核奖补加起来": that column of the rows just listed
    if _only_columns(fq, answerer.idx) and fq.ops == ["sum"] and not fq.total \
            and len(_context(turn.session).get("listed") or ()) >= 2 and not getattr(turn, "fresh", False):
        return True  # "评为差的" → "实际支出加起来多少": that column of the rows just listed, added
    if _only_columns(fq, answerer.idx) and not fq.total and "sum" not in fq.ops and _context(turn.session).get("rows"):
        return True  # "白沙镇面积" → "补贴金额折合多少万元": a column alone (not its total) is asked of the row just answered
    if own_total_of_the_talk(fq, answerer.idx) and len(_context(turn.session).get("rows") or ()) == 1:
        return True  # "郑口镇" → "公路养护占它合计的多少": 它 is the row just answered, its 合计 a column
    last = _context(turn.session).get("last") or []
    if last and fq.mentions and (fq.times or {"diff", "sum"} & set(fq.ops) or "ratio" in fq.ops and len(fq.mentions) == 1) \
            and not (fq.departments or fq.leftover or fq.subject_docs) and all(
            m.start >= 0 and m.keys <= answerer.idx.row_label_keys and not m.keys & answerer.idx.col_keys for m in fq.mentions) \
            and {answerer.idx.fact_doc[f] for f in last} >= {answerer.idx.fact_doc[f] for m in fq.mentions
                                                           for k in m.keys for f in answerer.idx.label_facts.get(k, ())[:50]}:
        return True  # "区卫生健康局资产总额 → 区教育局呢 → 教育局是卫健局的几倍": rows of the table just answered
    rows = [r for r in _context(turn.session).get("rows") or () if not _is_total(r)]
    if rows and fq.mentions and not (fq.departments or fq.leftover or fq.subject_docs or fq.total):
        cols = answerer.columns_of_rows(rows)
        if all(m.start >= 0 and m.end - m.start <= 3 and len(m.keys & cols) == 1 and not m.keys & set(rows) for m in fq.mentions):
            return True  # "差旅费多少" → "基本和项目分别多少": short words for the columns that row prints
    return not (fq.mentions or fq.departments or fq.leftover) and (
        fq.per_head or fq.remaining or fq.excess or bool(fq.rate or fq.period) or bool({"ratio", "diff"} & set(fq.ops)))


# A word of a row's name pointed at before what is asked of it: "污水那个市级资金多少", "草莓那项呢".
_WORD_POINTED = re.compile(r"^(?:那|那么)?([\u4e00-\u9fff]{2,8}?)的?(?:那个|那项|那一个|那一项|那笔)")


def _word_of_a_row_shown(text: str, idx: FactIndex, context: dict) -> bool:
    """Whether the question opens with a word pointed at ("X那个…") that the name of exactly one of the rows
    just shown holds: what follows is asked of that row, not of every row of the knowledge base holding X."""
    m = _WORD_POINTED.match(text)
    shown = list(context.get("shown") or ())[:60]
    if m is None or len(shown) < 2:
        return False
    names = {compact((f["row_labels"] or "").split(query.FACT_SEP)[-1]) for f in idx.facts(shown)}
    return len(names) >= 2 and sum(m.group(1) in n for n in names) == 1


def _part_asked_of_the_department(text: str, idx: FactIndex, starts) -> bool:
    """"其中公开招标的多少" said on after a department's figure, the conversation's department set before it
    ("福鼎市城市管理局其中…"): still a follow-up of what was just answered."""
    said = [f for f in idx.dept_forms_said(text) if text.startswith(f)]
    return bool(said) and text[len(max(said, key=len)):].startswith(("其中", "里面", "这里面", "当中")) \
        and any(w in starts for w in ("其中", "里面"))


def _row_or_department(fq, idx: FactIndex) -> bool:
    """Whether a name the question says is a department's and a row of another department's table too
    ("财政局": 上海市普陀区财政局, and 区财政局 of 青禾区's table of its units)."""
    return any(len(ds) > 1 and idx.row_docs(form) for form, ds in fq.dept_names)


def _only_columns(fq, idx: FactIndex) -> bool:
    """Whether a question names column labels and nothing else: no department, no row, no other word."""
    return bool(fq.mentions) and not (fq.departments or fq.leftover or fq.subject_docs) and all(
        m.keys and m.keys <= idx.col_keys and not m.keys & idx.row_label_keys for m in fq.mentions)


def _conversation(turn) -> dict:
    """The facts' context of a follow-up; its departments, when the facts keep none, are the ones the
    conversation is about (the departments the last question named or was answered from)."""
    context = _context(turn.session)
    if context.get("departments"):
        return context
    kb = turn.kb
    scope = kb.departments_of_documents(d for d in getattr(turn.session, "doc_ids", None) or () if d in kb.documents)
    if scope and len(scope) < len(kb.departments):
        context = {**context, "departments": [d.name for d in scope]}
        context.setdefault("rows", set())
    return context


_INCLUDED = re.compile(r"^(.{2,}?)[（(](?:含|包含|包括|其中)([^（）()]{2,})[）)]")


def _part_in_brackets(question: str, typed) -> str | None:
    """"创业担保贷款贴息具体多少" answered with 促进就业专项资金（含创业担保贷款贴息资金）'s amount: the question
    names only the part in brackets, which the table does not break down — the whole is not its amount."""
    projects = [e for e in getattr(typed, "entities", None) or [] if e.get("kind") == "project"]
    if typed.status != "answered" or typed.intent != "amount" or len(projects) != 1:
        return None
    m = _INCLUDED.match(normalize(projects[0]["name"]))
    if m is None:
        return None
    from difflib import SequenceMatcher

    q = compact(normalize(question))
    main, part = compact(m.group(1)), compact(m.group(2))

    def shared(a: str) -> str:
        hit = SequenceMatcher(None, q, a, autojunk=False).find_longest_match(0, len(q), 0, len(a))
        return q[hit.a:hit.a + hit.size]
    said = shared(part)
    if len(said) < 4 or len(shared(main)) >= 3:
        return None
    return compose.part_not_broken_down(said, projects[0]["name"])


def _clear_pending(session) -> None:
    if hasattr(session, "pending"):
        session.pending = []


def _department_chosen(turn, asked: dict, idx: FactIndex, answer_type):
    """The reply to "您问的是哪个部门？": a number or a department; the question is asked again of it."""
    session = turn.session
    _keep(session, None)
    reply = compact(normalize(turn.question))
    chosen = [asked["options"][int(reply) - 1]] if reply.isdigit() and 1 <= int(reply) <= len(
        asked["options"]) else [d for d in asked["options"] if d in _departments_in(reply, idx)] \
        or _budget_chosen(reply, asked["options"], idx)
    if len(chosen) == 1 and asked.get("again"):
        # The typed reading and the facts disagreed on the department: the whole question again, of it; a
        # department offered for the line its table prints (公务用车购置费 of a 三公 table), not for a project of
        # that name, is answered from that line, as offered.
        _clear_pending(session)
        before = session.to_dict()
        again = type(turn)(turn.kb, turn.rules, session, chosen[0] + asked["question"]).run()
        if again.status != "unknown":
            return again
        session.__dict__.update(type(session).from_dict(before).__dict__)
    if not chosen:
        return _item_under_the_asked(turn, asked, idx, answer_type) or _column_of_the_offered(turn, asked, idx,
                                                                                              answer_type)
    if len(chosen) == 1:
        question, answerer = asked["question"], Answerer(idx)
        # "财政局…" → "青禾区": the row 区财政局 of 青禾区's table, not 青禾区's total
        shared = [form for form, ds in answerer.peek(question).dept_names if chosen[0] in ds and len(ds) > 1]
        question = _named_of(idx, question, shared[0], chosen[0]) if shared else question
        fa = answerer.answer_named(question, None, None, only=chosen)
        if fa is not None and fa.status == "answered":
            _clear_pending(session)
            # (kept as any facts' answer: "临湘的那个" → "执行率" asks the row chosen, never the table's 合计)
            return _facts_answer(turn, fa, answerer, idx, answer_type)
    return None


def _budget_chosen(reply: str, options: list[str], idx: FactIndex) -> list[str]:
    """"政府性基金预算的" in reply to departments offered with the budget each one's table is of: the department
    whose tables are that budget's (index.budget_kinds, the longest said); none when no option or several are."""
    said = max((w for w in idx.budget_kind_docs if w in reply), key=len, default="")
    chosen = [d for d in options if said and set(idx.dept_docs.get(d, ())) & idx.budget_kind_docs[said]]
    return chosen if len(chosen) == 1 else []


def _item_under_the_asked(turn, asked: dict, idx: FactIndex, answer_type):
    """"社保就业支出" (asked back: which department) → "里面就业补助多少": the one execution report printing that item
    under the row asked of (the item settles the department)."""
    if not cumulative.under_said(turn.question):
        return None
    answerer = Answerer(idx)
    fq = answerer.peek(turn.question)
    fa = cumulative.answer(idx, fq, _scope_docs(idx, fq, None), turn.question, {"asked_departments": asked, "rows": []},
                           answerer.peek, under_only=True)
    return _facts_answer(turn, fa, answerer, idx, answer_type) if fa is not None and fa.status == "answered" else None


# "实际支出呢", "执行率是多少": a column asked alone, of the rows just offered
_COLUMN_ALONE = Words("project_indicator", r"^(?:{leads})*(?P<col>[\u4e00-\u9fff]{2,8}?)(?:{asking})*$")
_ASKS_IN_COLUMN = Words("measures", "{asks_in_column}")


def _column_of_the_offered(turn, asked: dict, idx: FactIndex, answer_type):
    """"老旧小区改造预算" (asked back which department, a row of each offered) → "实际支出呢": the column asked of
    each department's row; the one row printing it whole in its own header answered — never another table's line of
    that name; said not held when the rows answer another column only. None when no row or several do."""
    m = _COLUMN_ALONE.match(compact(normalize(turn.question)))
    if m is None or _departments_in(compact(normalize(turn.question)), idx):
        return None
    # (the row as first said, its amount word left out: "老旧小区改造预算" is asked as 老旧小区改造实际支出)
    row = _AMOUNT_ASKED_TAIL.sub("", compact(normalize(str(asked.get("question") or ""))) + "多少")
    found: list[tuple[FactAnswer, Answerer]] = []
    other: list[tuple[FactAnswer, Answerer]] = []
    for dept in asked.get("options") or ():
        answerer = Answerer(idx)
        fa = answerer.answer_named(row + m.group("col"), None, None, only=[dept])
        if fa is None or fa.status != "answered" or not fa.facts:
            continue
        # (the column asked whole in the answered facts' own header: 财政支出 is no 实际支出数; a column asked by
        # a question, "什么时候采购" of 预计采购时间, as the answerer read it, a word of the header said)
        col = m.group("col")
        fits = all(col in own_header(f) for f in fa.facts) or _ASKS_IN_COLUMN.search(col) is not None \
            and all(any(col[i:i + 2] in own_header(f) for i in range(len(col) - 1)) for f in fa.facts)
        (found if fits else other).append((fa, answerer))
    if not found and other:  # (the row answered under another column only: that column is not the one asked)
        _clear_pending(turn.session)
        rows = dict.fromkeys(str(f["row_labels"] or "").split(query.FACT_SEP)[-1] for fa, _ in other for f in fa.facts)
        return turn.unknown(compose.column_not_in_rows(m.group("col"), "、".join(rows)), suggest=False)
    if len(found) != 1:
        return None
    _clear_pending(turn.session)
    return _facts_answer(turn, found[0][0], found[0][1], idx, answer_type)


# what may stand beside a column of sources said short, besides the row named ([asking_words.sources])
_SOURCE_BESIDE = Words("sources", "{asks}|{verbs}")


def _source_said_short(idx: FactIndex, answerer: Answerer, question: str, context) -> FactAnswer | None:
    """"冷链中心用了多少市财政": a column of sources said short, read as its label (市级财政资金); None unless the
    question so written is answered and read whole: the label read as one word, every other word it says shown in
    the answer and one of them a row of the answer's table (or nothing but the source and asking words said) — never
    "县财政收入多少" (a county's revenue) answered by a plan's column of 县级 money."""
    said = sources.short_source_said(idx, question)
    if said is None:
        return None
    rewritten, label = said
    fq = answerer.peek(rewritten)
    said_words = [(fq.text[m.start:m.end], m) for m in fq.mentions if m.start >= 0]
    words = [(w, m) for w, m in said_words if w != label]
    if len(words) == len(said_words):
        return None  # (the label not read whole: "青岚县财政" is 青岚县's 财政, never a 县级 column cut out of it)
    read = {k for w, m in said_words for k in range(m.start, m.end)}
    rest = "".join(" " if k in read else ch for k, ch in enumerate(fq.text))
    if _SOURCE_BESIDE.sub(" ", rest).strip():
        return None  # ("县财政收入多少": 收入 read by no label of the plan's: the county's revenue, never its column)
    fa = answerer.answer(rewritten, None, context)
    if fa is None or fa.status != "answered" or not fa.facts:
        return None
    shown = compact(fa.text)
    if not all(w in shown for w, _ in words):
        return None
    if words:
        rows = {k for d in {f["document_id"] for f in fa.facts} for k in idx.doc_rows_and_cols(d)[0]}
        if not any(k in rows for _, m in words for k in m.keys):
            return None
    return fa


def _head_count_asked(turn, answerer: Answerer, idx: FactIndex) -> FactAnswer | None:
    """A department's people asked (by the question, or by naming another department after its head counts)."""
    fq = answerer.peek(turn.question)
    return headcount.answer(idx, turn.question, fq.departments, [form for form, _ in fq.dept_names],
                            _context(turn.session).get("last") or ())


def _settled_by_a_table(turn, typed, answerer: Answerer, idx: FactIndex, context):
    """What a table settles before anything else: a row's owner or head count, the same line in another table,
    a plan's or table's years, rows compared over one project or a table of departments. None otherwise."""
    answer_type = type(typed)
    if year_items.asked(turn.question) and (itemed := year_items.answer(
            idx, fq := answerer.peek(turn.question), _scope_docs(idx, fq, None), turn.question, context)) is not None:
        return _facts_answer(turn, itemed, answerer, idx, answer_type)  # "X比去年执行增加多少" of a 一般公共预算收入表
    if (run := cumulative.answer(idx, fq := answerer.peek(turn.question), _scope_docs(idx, fq, None), turn.question,
                                 context, answerer.peek)) is not None:
        return _facts_answer(turn, run, answerer, idx, answer_type)  # "教育支出全年执行多少" of a 月报表
    if table_years.table_of_year_asked(turn.question) and (undated := table_years.table_of_year_not_held(
            idx, turn.question, (fq := answerer.peek(turn.question)).departments, [f for f, _ in fq.dept_names])):
        return answer_type(turn.question, undated.status, undated.text, "facts_year", debug={"settled": True})
    if (whose := _head_count_asked(turn, answerer, idx) or context and row_owner.answer(idx, turn.question, context)
            or row_owner.of_row_named(idx, answerer, turn.question, context)
            or sources.split_asked(turn.question) and sources.split_of_row(idx, answerer, turn.question, context)
            or _source_said_short(idx, answerer, turn.question, context)
            or sources.level_not_held(idx, turn.question)):
        # "是哪个部门的": the row's 主管部门 cell; "自然资源局有多少人": its printed head count, never an indicator in 人
        return _facts_answer(turn, whose, answerer, idx, answer_type)
    beside = _same_line_in_others(turn, typed, idx) or _row_alike_in_another_table(turn, typed, idx)
    if beside is not None:
        return beside
    if plan_years.asked(turn.question) and (planned := plan_years.answer(
            idx, turn.question, _scope_docs(idx, fq := answerer.peek(turn.question), None), [f for f, _ in fq.dept_names])):
        return _facts_answer(turn, planned, answerer, idx, answer_type)  # "2028年没有安排资金的项目": a plan's blank year
    if table_years.asked(turn.question) and (dated := table_years.answer(
            idx, turn.question, _scope_docs(idx, fq := answerer.peek(turn.question), None), [f for f, _ in fq.dept_names])):
        return answer_type(turn.question, dated.status, dated.text, "facts")  # "这张购买服务表是哪一年的"
    if (compared := _rows_compared_over_one_project(turn, typed, answerer, idx) or _each_department_listed(
            turn, answerer) or _departments_of_table_named(turn, idx) or _each_department_answered(turn, answerer, idx)) \
            is not None:  # (a table of departments; each department's own figure)
        return _facts_answer(turn, compared, answerer, idx, answer_type)
    return None


def _shown_summed(turn, typed, answerer: Answerer, idx: FactIndex, context):
    """"各部门基本支出分别多少" → "两个加起来": the figures just shown (their column, never the 合计 read from 加起来)
    added when the count said is theirs; another count is said not to fit, unless the typed reading added
    figures of the turns before. None when no count is said of figures just shown."""
    shown = list((context or {}).get("shown") or ())
    asked = summed_count(compact(normalize(turn.question)))
    if len(shown) < 2 or not asked or len(shown) >= 12:
        return None
    if (why := compose.count_not_shown(asked, len(shown))) is not None:
        return None if typed.status == "answered" else type(typed)(turn.question, "unknown", why, "facts")
    return _facts_answer(turn, answerer.sum(idx.facts(shown)), answerer, idx, type(typed))


def _before_the_facts(turn, typed, answerer: Answerer, idx: FactIndex, context):
    """Settled before the facts are asked: departments that disagree, a superlative over the facts just
    listed, or a confident typed answer that shows every label the question names."""
    answer_type = type(typed)
    if (settled := _shown_summed(turn, typed, answerer, idx, context) or _settled_by_a_table(turn, typed, answerer, idx, context)) is not None:
        return settled
    if (dated := _of_the_year_said(turn, typed, answerer, idx) or _text_column_over_typed(turn, typed, answerer, context)):
        return _facts_answer(turn, dated, answerer, idx, answer_type)
    split = _departments_disagree(turn, typed, answerer, idx)
    if split:
        return _which_department_asked(turn, typed, answerer, split, idx)
    if typed.status == "answered" and getattr(turn, "fresh", False) \
            and (_record_over_typed(turn, typed, None, idx, answerer) or _table_named_elsewhere(turn, typed, answerer, idx)):
        # (read without the conversation the typed answer left: that is another department's)
        return _facts_answer(turn, answerer.answer(turn.question, None, None), answerer, idx, answer_type)
    over_list = bool(context and (len(context.get("rows") or ()) >= 2 or context.get("named")) and typed.intent == "rank"
                     and not answerer.peek(turn.question).mentions)
    if over_list:
        # "…明细有哪些" → "哪项最少": the superlative is over the facts just listed, not the projects.
        fa = answerer.answer(turn.question, None, context)
        if fa is not None and fa.status == "answered":
            return answer_type(turn.question, fa.status, fa.text, "facts", entities=[
                {"kind": "fact", "id": f["id"], "name": _name(f)} for f in fa.facts[:20]])
    column = _asked_of_the_row(turn, typed, answerer, idx, context)
    if column is not None:
        return column
    if context and (above := answerer.level_above_shown(turn.question, context)) is not None:
        return _facts_answer(turn, above, answerer, idx, answer_type)  # "它属于哪个类": the line's 类, not a project's
    if typed.intent == "department" and (placed := answerer.placed_under(turn.question, None)) is not None:
        # "满意度指标属于哪个一级指标": the level the table prints the rows under, not whose table it is
        return _facts_answer(turn, placed, answerer, idx, answer_type)
    if typed.status == "clarify" and typed.options and not context and (
            _one_table_says_no(fq := answerer.read(turn.question), idx, typed.options)
            or _offers_every_department(typed, idx) and (_item_of_one_department(fq, idx, None, _concept_words(turn))
                                                         or _value_of_one_department(fq, idx))):
        return None  # which department is not asked when one department's table holds what is named
    carried = _column_carried(turn, typed, answerer, idx, context) or _rows_of_a_kind_ranked(turn, typed, answerer, idx, context)
    if carried is not None:
        return carried
    if _units_asked(turn, typed, answerer, idx) or typed.status == "answered" and records.tables_of_unit_said(idx, turn.question):
        return None  # "哪个单位支出最少" / "交通局的专项债项目有哪些": a table's units (rows, 主管部门), not departments loaded
    if typed.status == "clarify" and not context and item_rows.sheets_said(idx, turn.question) \
            and item_rows.answer(idx, turn.question, None, None) is not None:
        return None  # "专项债最少的项目是哪个": the items of the sheet whose subject is said, not projects named 专项…
        # (only when the items answer: another form falls to the labels, which read the debt table's cells)
    if typed.status == "clarify" and ((read := answerer.peek(turn.question)).adjusted or read.level and read.under):
        return None  # "公共卫生下面有哪些项": the lines under a subject (or its adjustment), not projects like it
    if typed.status == "answered" and typed.intent in _PROJECT_MONEY and not context \
            and _general_line_of_department(turn, answerer):
        return _facts_answer(turn, answerer.answer(turn.question, None, None), answerer, idx, answer_type)
    if typed.status == "answered" and not context and (row := _row_and_column_over_a_piece(turn, typed, answerer, idx)):
        return _facts_answer(turn, row, answerer, idx, answer_type)  # "平湖交通局编制多少": not 综合交通规划编制…经费
    if typed.status == "answered" and not context and (rows := _rows_or_its_kind(turn, typed, answerer, idx)):
        return _facts_answer(turn, rows, answerer, idx, answer_type)  # "医疗保险财政补助有多少", "…财政拨款支出预算合计"
    if typed.status == "clarify" and not context and (row := _row_holding_the_words_typed_left(turn, answerer)
                                                       or _rows_of_a_value_typed_missed(turn, typed, answerer)):
        return _facts_answer(turn, row, answerer, idx, answer_type)  # "物流综合服务中心由谁负责": not projects of 综合
    if typed.status == "answered" or typed.status != "unknown" and not context:
        return _typed_shows_all(turn, typed, answerer, idx, context)
    return None


def _rows_or_its_kind(turn, typed, answerer: Answerer, idx: FactIndex) -> FactAnswer | None:
    """The facts' rows where the typed reading guessed a project like them, else the line of a table whose kind the
    question says (not the department's 目标表's)."""
    return _rows_said_where_typed_guessed(turn, typed, answerer) or _of_its_kind_said(turn, answerer, idx)


def _of_its_kind_said(turn, answerer: Answerer, idx: FactIndex) -> FactAnswer | None:
    """The facts' answer when the question says a run of its one table's kind that no other table of its
    department is of (_own_kind_said); None otherwise (a table's kind said nowhere: no answer is read)."""
    text = compact(normalize(turn.question))
    forms, runs = idx.form_runs(_KIND_SAID_AT_LEAST)
    if not any(text[i:i + _KIND_SAID_AT_LEAST] in runs for i in range(len(text) - _KIND_SAID_AT_LEAST + 1)):
        return None
    fa = answerer.answer(turn.question, None, None)
    if fa is not None and fa.status == "answered" and fa.facts:
        return fa if _own_kind_said(turn.question, fa, idx, turn.kb.documents) else None
    # ("…财政拨款支出预算合计": its 预算 read as a column no line prints) the table said by that run of its kind,
    # asked without it
    run = max((text[i:j] for i in range(len(text)) for j in range(i + _KIND_SAID_AT_LEAST, len(text) + 1)
               if any(text[i:j] in f for f in forms)), key=len)
    docs = sorted(d.id for d in idx.docs.values() if run in compact(d.form))
    fa = answerer.answer(text.replace(run, "", 1), docs, None)
    return fa if fa is not None and fa.status == "answered" and fa.facts \
        and _own_kind_said(turn.question, fa, idx, turn.kb.documents) else None


def _rows_of_a_value_typed_missed(turn, typed, answerer: Answerer) -> FactAnswer | None:
    """"按亩补贴的有哪些": the rows whose text cell holds a value said (每亩 of a 补贴标准 每亩120元), where the typed
    question back offers projects named by the other words only (补贴) — none of them holding the value."""
    fq = answerer.peek(turn.question)
    rest = [w for w in fq.leftover.split() if len(w) >= 2 and w not in fq.values]
    said, held = [*fq.values, *rest], fq.values or rest
    if not said or any(v in compact(typed.text) for v in said):
        return None
    fa = answerer.answer(turn.question, None, None)
    if fa is None or fa.status != "answered" or not fa.facts:
        return None
    # (every row shown holds the value in a text cell — the filter read, never rows found by the other words — and
    # every other word said in its cells or labels: "按亩补贴的东片区有哪些" never lists 每亩 rows of every 片区)
    return fa if all(any(v in compact(f["value"] or "") for v in held)
                     and all(v in compact(f"{f['value'] or ''}{f.get('row_labels') or ''}{f.get('col_labels') or ''}")
                             for v in said) for f in fa.facts) else None


def _rows_of_a_kind_ranked(turn, typed, answerer: Answerer, idx: FactIndex, context):
    """"哪个乡镇最多": which of a table's rows of a kind (乡镇) ranks first — the facts' ranking of those rows; the
    typed reading's one indicator value whose name merely holds the kind (补助乡镇救援队伍数 23支) names no row.
    None unless the facts rank rows all of the kind asked."""
    if typed.status != "answered" or typed.intent != "indicator_value" or not _RANK_SAID.search(compact(turn.question)):
        return None
    kind = entities_asked(answerer.peek(turn.question).text, idx.entity_kinds, idx.cut)
    ends = tuple(idx.place_kind_endings.get(kind) or idx.town_kind_endings.get(kind) or ((kind,) if kind else ()))
    if not ends:
        return None
    fa = answerer.answer(turn.question, None, context)
    if fa is None or fa.status != "answered" or not fa.ranked or not fa.facts:
        return None
    rows = [compact((f["row_labels"] or "").split(query.FACT_SEP)[-1]) for f in fa.facts]
    return _facts_answer(turn, fa, answerer, idx, type(typed)) if all(r.endswith(ends) for r in rows) else None


# A row asked by its rank ("最多", "第二多", "排第三").
_RANK_SAID = re.compile(r"最多|最少|最高|最低|最大|最小|第[一二三四五六七八九十\d]+(?:多|少|高|低|大|小|名)?|排第")


def _asked_of_the_row(turn, typed, answerer: Answerer, idx: FactIndex, context):
    """A follow-up about the row the facts just answered: a column of it, its money, or what it lacks."""
    return _other_row_of_the_line(turn, typed, answerer, idx, context) \
        or _rate_of_the_row(turn, typed, answerer, idx, context) \
        or _text_of_the_row(turn, typed, answerer, idx, context) \
        or _column_of_the_row(turn, typed, answerer, idx, context) or _money_of_the_row(turn, typed, idx, context) \
        or _count_in_its_text(turn, typed, answerer, idx, context) or _row_pointed_lacks(turn, typed, answerer, idx, context)


def _rate_of_the_row(turn, typed, answerer: Answerer, idx: FactIndex, context):
    """"城市建设支出执行" → "完成率呢": a rate asked naming no row (nor department), right after the facts showed a
    row, is that row's (its printed 完成预算%, else worked out) — never the indicators whose names hold the word
    (活动按计划完成率) found loosely; None unless the facts answer it from the rows shown."""
    if not context or not context.get("rows"):
        return None
    fq = answerer.peek(turn.question)
    if not fq.rate or fq.departments or any(m.start >= 0 and not m.keys & idx.col_keys for m in fq.mentions):
        return None
    fa = answerer.answer(turn.question, None, context)
    if fa is None or fa.status != "answered" or not _of_the_rows_shown(turn, fa, idx):
        return None
    return _facts_answer(turn, fa, answerer, idx, type(typed))


def _count_in_its_text(turn, typed, answerer: Answerer, idx: FactIndex, context):
    """"培训几期" of the one row just answered: the count its text prints after those words (text_counts.py)."""
    if len((context or {}).get("rows") or ()) != 1:
        return None
    fa = text_counts.count_in_row_text(idx, turn.question, list((context or {}).get("last") or ()))
    return _facts_answer(turn, fa, answerer, idx, type(typed)) if fa is not None else None


def _other_row_of_the_line(turn, typed, answerer: Answerer, idx: FactIndex, context):
    """"财政供养人员数" → "那下属单位呢": a follow-up whose words read as one other row label of the department's
    tables only (下属二级单位数), printed on the very line of the figure just shown and no column of theirs: that
    row of the same line, never the row shown said to lack it nor a list the words also ask."""
    departments = list((context or {}).get("departments") or ())
    last = idx.facts(list((context or {}).get("last") or ())[:4])
    if len(departments) != 1 or not last or not re.search(r"^(?:那|那么|还有)|呢$", compact(normalize(turn.question))):
        return None
    fq = answerer.peek(turn.question)
    if fq.departments or len(fq.mentions) != 1:
        return None
    docs = {d for d in idx.dept_docs.get(departments[0], ())}
    rows = {k for d in docs for k in idx.doc_rows_and_cols(d)[0] if not _is_total(k)}
    cols = {k for d in docs for k in idx.doc_rows_and_cols(d)[1]}
    shown = set(context.get("rows") or ())
    other = fq.mentions[0].keys & (rows - shown)
    if len(other) != 1 or fq.mentions[0].keys & (shown | cols):
        return None
    fa = answerer.answer(departments[0] + next(iter(other)), None, None)
    lines = {(f["document_id"], f["sheet"], f["line"]) for f in last}
    if fa is None or fa.status != "answered" or not fa.facts \
            or any((f["document_id"], f["sheet"], f["line"]) not in lines for f in fa.facts):
        return None  # (only the other item printed beside the one shown, 基本信息's two counts)
    return _facts_answer(turn, fa, answerer, idx, type(typed))


# What a follow-up says beside an everyday asking of a text column without naming anything else ("那它呢", "这个项目")
_NOTHING_NAMED = re.compile(r"那么|那个|这个|项目|工程|请问|一下|[它其那这的呢吗么啊是了呀哦嗯]")


def _text_of_the_row(turn, typed, answerer: Answerer, idx: FactIndex, context):
    """"第二实验小学" → "什么时候建完" / "谁负责" / "建在哪": a text column of the one row just answered, asked in
    everyday words and nothing else said: that row's cell under the header they ask ([row_text_asks]), or that the
    row prints no such column — never another row's cell, nor the question dropped as not understood."""
    last = list((context or {}).get("last") or ())
    if not last or len((context or {}).get("rows") or ()) != 1:
        return None
    text = compact(normalize(turn.question))
    kind = answerer.text_kind_asked(text)
    left = _NOTHING_NAMED.sub("", text.replace(kind[0], "")) if kind is not None else ""
    if kind is None or left and not any(left in h for h in kind[1]["heads"]):
        return None  # (a word of the column asked said besides, "谁负责实施" of 实施单位, asks nothing else)
    fa = answerer.row_text_asked(answerer.peek(turn.question), last)
    return _facts_answer(turn, fa, answerer, idx, type(typed)) if fa is not None else None


_ROW_POINTED_AT = re.compile(r"^(?:那|那么)?(?:它|其)的?")
_ASK_TAIL = re.compile(r"(?:呢|是多少|有多少|多少|是什么|是啥)+$")


def _row_pointed_lacks(turn, typed, answerer: Answerer, idx: FactIndex, context):
    """"临湘人社局项目支出执行率" → "它的城镇新增就业人数目标呢": 它 is the one row just answered, a unit that is
    only a line of a table (no department loaded by that name); what that row does not print is not held,
    never another department's project offered in its place."""
    if not context or len(context.get("rows") or ()) != 1 or not context.get("last") or typed.status == "unknown":
        return None
    text = compact(normalize(turn.question))
    row = next(iter(context["rows"]))
    if (pointed := _ROW_POINTED_AT.match(text)) is None or not is_entity_label(row) or row in idx.dept_docs:
        return None
    fa = answerer.answer(turn.question, None, context)
    asked = _ASK_TAIL.sub("", text[pointed.end():])
    if (fa is not None and fa.status == "answered") or not asked:
        return None
    _keep(turn.session, None)
    return type(typed)(turn.question, "unknown", compose.column_not_in_rows(asked, row), "facts")


def _units_asked(turn, typed, answerer: Answerer, idx: FactIndex) -> bool:
    """"哪个单位支出最少", "按合计排第三的单位": a question over the units (schools, 本级 …) a table lists as its
    rows, which the typed readings of departments (their budgets) or of a table's money unit (单位：万元)
    take for theirs."""
    fq = answerer.peek(turn.question)
    return typed.intent in ("department", "department_rank", "unit") and not fq.subject_docs \
        and bool(entities_asked(fq.text, idx.entity_kinds, idx.cut))


def _column_carried(turn, typed, answerer: Answerer, idx: FactIndex, context):
    """"渝中孵化基地权重" → "公共就业服务满意度的呢": the column the facts just answered (指标权重), of the row
    named now; a typed answer that does not show that column answers another question."""
    if not context or not (context.get("last") or context.get("shown")) or typed.status != "answered" \
            or not _FOLLOWUP.search(compact(normalize(turn.question))):
        return None
    fa = answerer.answer(turn.question, None, context)
    fq = answerer.last
    if fa is None or fa.status != "answered" or fq is None:
        return None
    if _line_of_the_table_shown(turn, typed, fa, idx):
        return _facts_answer(turn, fa, answerer, idx, type(typed))
    carried = [k for m in fq.mentions if m.start < 0 for k in m.keys if k in idx.col_keys]
    if not carried or any(compact(k) in compact(typed.text) for k in carried) \
            or not all(f["col_labels"] and label_key(f["col_labels"].split(query.FACT_SEP)[-1]) in carried for f in fa.facts):
        return None
    return _facts_answer(turn, fa, answerer, idx, type(typed))


_MONEY_ONLY = re.compile(r"(?:那|那么)?(?:它|这个|这项|该项|这一项)?的?(?:是|要|花了|有)?(?:多少钱|多少金额|金额是?多少|钱是?多少)(?:呢|啊|呀)?")


def _money_of_the_row(turn, typed, idx: FactIndex, context):
    """"东湖项目支出明细第一项是啥" → "多少钱": the money of the one row the facts just showed, never the
    department's total the typed reading gives a bare "多少钱"."""
    last = (context or {}).get("last") or []
    if len(last) != 1 or typed.intent not in ("total", "amount") \
            or not _MONEY_ONLY.fullmatch(compact(normalize(turn.question))):
        return None
    shown = idx.facts(last)
    if len(shown) != 1 or shown[0]["number"] is None or shown[0]["unit"] not in ("元", "万元", "亿元"):
        return None
    fa = Answerer(idx).values(shown, [])
    return type(typed)(turn.question, fa.status, fa.text, "facts", entities=[
        {"kind": "fact", "id": f["id"], "name": _name(f)} for f in fa.facts[:20]])


def _column_of_the_row(turn, typed, answerer: Answerer, idx: FactIndex, context):
    """"老年人体检服务采购" → "财政拨款多少" / "其他资金呢": a follow-up naming only a column of the rows the
    facts just showed asks that column of those rows, never every department's totals by that name."""
    if not context or "named" not in context or not context.get("rows"):
        return None
    fq = answerer.peek(turn.question)  # only looked at
    # The labels of the conversation's tables: a word none of them has is no row of theirs either.
    here = {k for dep in context.get("departments") or () for d in idx.dept_docs.get(dep, ()) for k in idx.doc_keys[d]}
    if not fq.mentions or fq.departments or fq.subject_docs or fq.leftover \
            or not all(m.keys & idx.col_keys or not m.keys & here for m in fq.mentions):
        return None
    if re.search(r"^(?:那|那么|还有)|呢$", fq.text) and any(
            m.start >= 0 and not m.keys & here and not m.keys & idx.col_keys and len(said := fq.text[m.start:m.end]) >= 2
            and len({k for k in here & idx.row_label_keys if _said_within(said, k) and not _is_total(k)}) == 1
            for m in fq.mentions):
        return None  # "那公用经费呢": part of a row label of these tables (日常公用经费), a row, not a column
    if _another_row_said(fq, idx, context) or answerer._rows_of_the_conversation(fq, context):
        return None  # ("人员经费合计" → "公用经费呢": a row of these tables, though another's column)
    fa = answerer.answer(turn.question, None, context)
    if fa is not None and fa.status == "answered" and fa.facts and all(_is_total(r) for r in context["rows"]) \
            and {f["col_labels"] for f in fa.facts} == {f["col_labels"] for f in idx.facts(list(context.get("last") or ())[:1])}:
        return _facts_answer(turn, fa, answerer, idx, type(typed))  # "合计 X" → "是哪个单位的": the rows it adds up
    if fa is not None and fa.status == "answered" and (printed := _column_printed_elsewhere(turn, fq, fa, answerer, idx,
                                                                                             context)) is not None:
        fa = printed
    if fa is None or fa.status != "answered" or not fa.facts or not _row_context(fa.facts) <= set(context["rows"]):
        theirs = set(_departments_in(compact(typed.text), idx))
        if typed.status == "answered" and context.get("departments") and not theirs <= set(context["departments"]):
            if (own := _asked_of_the_department(turn, answerer, context, fq)) is not None:
                return _facts_answer(turn, own, answerer, idx, type(typed))
            # The row has no such column: said so, never the column of every department instead.
            _keep(turn.session, None)
            return type(typed)(turn.question, "unknown", compose.column_not_in_rows(
                "、".join(fq.text[m.start:m.end] for m in fq.mentions), "、".join(sorted(context["rows"]))), "facts")
        return None
    return _facts_answer(turn, fa, answerer, idx, type(typed))


def _asked_of_the_department(turn, answerer: Answerer, context: dict, fq):
    """"社工部基本支出" → "人员经费多少": a label the row just shown does not print as a column, which the one
    department talked about prints as a line of its own (人员经费合计): that line, asked of the department
    (each label said must be in the lines found: "包括哪些" names none, and is not asked again)."""
    departments = list(context.get("departments") or ())
    said = [fq.text[m.start:m.end] for m in fq.mentions if m.start >= 0 and m.end - m.start >= 2]
    if len(departments) != 1 or not said:
        return None
    fa = answerer.answer(departments[0] + turn.question, None, None)
    if fa is None or fa.status != "answered" or not fa.facts \
            or {f["department"] for f in fa.facts} != set(departments) \
            or not all(any(w in compact(_name(f)) for f in fa.facts) for w in said):
        return None
    return fa


def _said_within(said: str, label: str) -> bool:
    """Whether words are a label's part, said whole or in two pieces in its order ("医疗保险补助" of 财政对基本医疗
    保险基金的补助)."""
    return said in label or any(said[:i] in label and said[i:] in label[label.index(said[:i]) + i:]
                                for i in range(2, len(said) - 1))


def _column_printed_elsewhere(turn, fq, fa, answerer: Answerer, idx: FactIndex, context: dict):
    """"社工部事业运行" (its 收入/支出 lines shown) → "预算多少": a column the figures shown again do not print
    (预算), asked of the line by its name in the department's tables (the 全年预算 of its own line in another
    table of the same account); None when the answer shows the column asked, or the line's name finds none."""
    said = [m for m in fq.mentions if m.start >= 0 and m.keys & idx.col_keys]
    shown = set(context.get("last") or ())
    if not said or not fa.facts or not {f["id"] for f in fa.facts} <= shown:
        return None
    cols = {k for f in fa.facts for k in idx.fact_keys.get(f["id"], ())[idx.fact_nrows.get(f["id"], 0):]}
    rows = {_own_row(f) for f in fa.facts}
    if any(m.keys & cols for m in said) or len(rows) != 1 or not context.get("departments"):
        return None
    again = answerer.answer(rows.pop() + turn.question, None, {"departments": list(context["departments"])})
    return again if again is not None and again.status == "answered" and again.facts \
        and not {f["id"] for f in again.facts} <= shown else None


def _another_row_said(fq, idx: FactIndex, context: dict) -> bool:
    """"基本支出预算多少" → "项目支出预算呢": words read as another table's label (项目支出明细预算) that hold a
    row label of the conversation's own tables (项目支出) other than the rows just shown name that row; after a
    field of a form (项目联系人: a text), so do words no label of theirs is that one row label holds (实施单位 of
    项目实施单位)."""
    docs = {d for dep in context.get("departments") or () for d in idx.dept_docs.get(dep, ())}
    rows_here = {k for d in docs for k in idx.doc_rows_and_cols(d)[0] if len(k) >= 3 and not _is_total(k)}
    shown = set(context.get("rows") or ())
    here = {k for d in docs for k in idx.doc_keys.get(d, ())}
    texts = bool(context.get("last")) and all(f["number"] is None for f in idx.facts(list(context["last"])[:5]))
    return any(m.start >= 0 and not m.keys & here
               and (any(k in fq.text[m.start:m.end] and k not in shown for k in rows_here)
                    or texts and len({k for k in rows_here - shown if fq.text[m.start:m.end] in k}) == 1)
               for m in fq.mentions)


def _typed_shows_all(turn, typed, answerer: Answerer, idx: FactIndex, context):
    """A confident typed answer is only reconsidered for a label it does not show: read first, cheaply."""
    if getattr(turn, "into_table", False):
        return None  # "采购表里它用什么方式": the subject carried into a record table, read there
    fq = answerer.peek(turn.question)  # only looked at (its departments kept as a copy)
    shown = compact(typed.text)
    several = len(fq.departments) >= 2 and not all(compact(d) in shown for d in fq.departments) or \
        typed.intent not in _TYPED_ARITHMETIC and (bool({"diff", "sum", "ratio"} & set(fq.ops))
                                                   or fq.remaining or fq.excess or fq.per_head)
    # The typed reading asking which department, of a question naming one it does not know by that
    # name ("社工部"), is no answer to keep; nor is its answer to "东湖分局呢" after a fact of another
    # department ("财政供养人员多少"): the follow-up asks that fact, there.
    named_unknown = typed.status == "clarify" and bool(fq.departments) or bool(
        context and context.get("named") and fq.departments and not fq.mentions
        and set(fq.departments) != set(context.get("departments") or ()))
    if _typed_elsewhere(typed, fq, idx) or _typed_outside_talk(typed, fq, idx, context) \
            or typed.intent == "department_rank" and any(m.exact and m.keys <= idx.col_keys for m in fq.mentions):
        # "社工部公用经费多少" answered from another department's table: never kept; "项目支出预算最多的部门":
        # a column named, which departments' whole budgets ranked do not compare
        return None
    if typed.status == "answered" and _WHAT_IT_IS.search(fq.text) and not _WHAT_IT_IS.search(compact(typed.text)):
        return None  # "城管局的其他资金是什么钱": its amount is no answer to what it is; the facts read its note
    if typed.intent == "content" and ("list" in fq.ops and fq.mentions or fq.values):
        # "专项资金支出明细有哪些": a passage that mentions the lines is no list of them; "县交通运输局负责哪几个
        # 项目": a name a table's cells print is read there, not in texts that resemble it
        return None
    if typed.status == "answered" and {"list", "count"} & set(fq.ops) and fq.values \
            and not any(v in shown for v in fq.values):
        return None  # "几个项目要政府采购": rows a value of their cells selects; a count that never says it is not theirs
    if typed.status == "clarify" and typed.options and not all(o in idx.dept_docs for o in typed.options) \
            and _value_of_one_department(fq, idx):
        return None  # "就业帮扶类项目有哪些": a class one table's cells print whole, not projects named like it
    if "list" in fq.ops and typed.intent in ("amount", "total", "lookup_amount") and any(
            m.start >= 0 and m.keys and not any(k in shown for k in m.keys) for m in fq.mentions):
        return None  # "黄盖湖明细有哪些": the lines a table lists under the project, not its money
    if typed.intent == "indicator_value" and _MONEY_SAID.search(fq.text) and not _AMOUNT_SHOWN.search(typed.text) \
            and any(m.keys & idx.row_label_keys for m in fq.mentions):
        return None  # "低产茶园改造多少钱": indicators showing no amount; a line of money is read (_explains_more)
    titles = {k for ts in idx.sheet_titles.values() for k in ts}
    if fq.foreign_org or not several and not named_unknown and not any(
            (m.exact or m.keys & titles or _said_but_a_middle_word(fq.text, m) or _column_said_by_its_head(fq.text, m, idx))
            and fq.text[m.start:m.end] not in shown and not _class_shown(fq.text[m.start:m.end], shown)
            and not any(k in shown for k in m.keys) and not _heading_of_rows_shown(m, shown, fq, idx) for m in fq.mentions):
        # What the question named stays the context of a follow-up ("东湖分局呢").
        rows = {k for m in fq.mentions if m.exact for k in m.keys if k not in idx.col_keys}
        rows |= _indicator_rows(typed, idx)
        _keep(turn.session, {"departments": list(fq.departments), "rows": rows, "last": [], "recent": []}
              if rows and typed.status == "answered" else None)
        return _with_a_row_named_alike(turn, typed, idx)
    return None


def _class_shown(said: str, shown: str) -> bool:
    """"它的生态效益指标" answered with the project's 生态效益 indicators: the class said with 指标 after it is the one
    shown (another table's rows labelled 生态效益指标 are not the project's)."""
    stem = said.removesuffix("指标")
    return stem != said and len(stem) >= 2 and stem in shown


ROWS_BESIDE_OPTIONS_AT_MOST = 3  # a table's rows shown under a question back about projects


def _with_a_row_named_alike(turn, typed, idx: FactIndex):
    """"就业补助多少钱": the typed reading asks which of the projects named alike, and another table (one no
    option's project is of) has a row the word names too (东湖's 项目申报表 line 4.就业补助): that row is shown
    after the options, so every thing of that name is in the reply, none chosen for the person."""
    options = getattr(turn.session, "pending", None) or []
    if typed.status != "clarify" or not options or not all(o.projects and o.intent in ("amount", "total") for o in options):
        return typed
    docs = {turn.kb.projects[pid].document_id for o in options for pid in o.projects if pid in turn.kb.projects}
    answerer = Answerer(idx)
    fa = answerer.answer(turn.question, None, None)
    if fa is not None and fa.status == "clarify" and fa.options and all(o in idx.dept_docs for o in fa.options) \
            and len(fa.options) <= ROWS_BESIDE_OPTIONS_AT_MOST:
        # (the facts asking among departments whose tables print the row — a 申报表's line, a 月报表's item: each
        # one's own row shown, when every one is a short line of a table no option's project is of)
        rows = [_short_line_of(answerer, turn.question, d) for d in fa.options if not set(idx.dept_docs[d]) & docs]
        if rows and all(r and "\n" not in r for r in rows):
            shown = copy.copy(typed)
            shown.text = typed.text + "\n" + compose.also_a_row("\n".join(rows))
            return shown
    if fa is None or fa.status != "answered" or not fa.facts or len(fa.facts) > ROWS_BESIDE_OPTIONS_AT_MOST \
            or {f["document_id"] for f in fa.facts} & docs:
        return typed
    shown = copy.copy(typed)
    shown.text = typed.text + "\n" + compose.also_a_row(fa.text)
    return shown


def _heading_of_rows_shown(m, shown: str, fq: FactQuestion, idx: FactIndex) -> bool:
    """"婺源自然资源局有哪些重点任务": the heading said (年度重点任务) is the section over rows whose names the
    typed answer lists, every one (the department's tasks, its 合计 aside): the list shows what was named."""
    docs = {d for dep in fq.departments for d in idx.dept_docs.get(dep, ())}
    for k in m.keys:
        # (the label's facts in the departments' tables only, by their id ranges: a common label holds a fact
        # of every department)
        facts = [f for d in docs for f in idx.label_facts_in(k, d)] if docs else idx.label_facts.get(k, ())
        names = {idx.fact_keys[f][0] for f in facts if idx.fact_nrows[f] and k not in idx.fact_keys[f][:idx.fact_nrows[f]]}
        names -= {"合计", "小计", "总计"}
        if len(names) < 2 or not all(n in shown for n in names):
            return False
    return bool(m.keys)


def _column_said_by_its_head(text: str, m, idx: FactIndex) -> bool:
    """"承接主体" of a table's column 承接主体类型: a column's header said by its first four characters or more
    names that column as surely as said whole (the typed answer not showing it is reconsidered)."""
    said = text[m.start:m.end] if m.start >= 0 else ""
    return len(said) >= 4 and bool(m.keys) and m.keys <= idx.col_keys and all(k.startswith(said) for k in m.keys)


def _indicator_rows(typed, idx: FactIndex) -> set[str]:
    """The indicators a typed answer showed, as the facts' rows: what a follow-up's column is about
    ("渝中满意度类指标是哪个" → "权重多少")."""
    shown = {label_key(e.get("name") or "") for e in getattr(typed, "entities", None) or () if e.get("kind") == "indicator"}
    return {k for k in shown if k in idx.label_facts and k not in idx.col_keys}


def _row_said_in(fq: FactQuestion, text: str, idx: FactIndex) -> bool:
    """Whether a row the question says is said as such in a text (the typed answer's: 群众满意度 of its indicator)."""
    shown = compact(text)
    return any(fq.text[m.start:m.end] in shown for m in fq.mentions if m.start >= 0 and m.keys <= idx.row_label_keys)


def _row_of_one_department(fq: FactQuestion | None, idx: FactIndex) -> bool:
    """"县妇幼保健院编外聘用几个人": every label said whole, one of them a row only one department's tables
    hold (a unit's own name): that department is the one asked about, no other has the row."""
    # (a long name said with a word left out, "柳河县乡村小学设备更新" of 柳河县乡村小学教学设备更新, is said whole enough)
    coded = fq is not None and len(fq.mentions) == 1 and fq.mentions[0].exact and fq.mentions[0].start >= 0 \
        and re.fullmatch(r"\d{3,7}", fq.text[fq.mentions[0].start:fq.mentions[0].end])  # "21208款下面…": a subject code
    # ("就业和社会保险的管理支出多少": one long line name said whole, which only one department prints)
    long_line = fq is not None and len(fq.mentions) == 1 and fq.mentions[0].exact and fq.mentions[0].start >= 0 \
        and fq.mentions[0].end - fq.mentions[0].start >= 8 and not any(_is_total(k) for k in fq.mentions[0].keys)
    if fq is None or len(fq.mentions) < 2 and not coded and not long_line or not all(m.exact and m.quality >= 1 - 1e-9 or m.end - m.start >= 8
                                                                   and m.quality >= 0.8 for m in fq.mentions):
        return False
    for m in fq.mentions:
        if m.keys and m.keys <= idx.row_label_keys and not m.keys & idx.col_keys:
            depts = {idx.docs[idx.fact_doc[f]].department for k in m.keys for f in idx.label_facts.get(k, ())}
            if len(depts) == 1:
                return True
    return False


def _offers_every_department(typed, idx: FactIndex) -> bool:
    """Whether a typed question back offers every loaded department: it found nothing of its own to ask about."""
    names = idx.__dict__.get("_department_names")
    if names is None:  # the same on every question: worked out once per index
        names = idx.__dict__["_department_names"] = frozenset(d.department for d in idx.docs.values() if d.department)
    if len(names) > 1 and all(n in typed.options for n in names):
        return True
    # (more departments than a question back shows: the first few of them offered, and 全部)
    shown = [o for o in typed.options if o != ALL_LABEL]
    return ALL_LABEL in typed.options and len(shown) >= MAX_OPTIONS and all(o in names for o in shown)


def _concept_words(turn) -> str:
    """The characters of the question the typed reading read as its concepts (项目 总预算 of "项目总预算是多少")."""
    text = getattr(getattr(turn, "p", None), "text", "") or ""
    spans = (getattr(getattr(turn, "p", None), "concepts", None) or {}).values()
    return "".join(text[a:b] for found in spans for a, b in found)


def _item_of_one_department(fq: FactQuestion | None, idx: FactIndex, fa: FactAnswer | None, concepts: str = "") -> bool:
    """"DR设备采购了几台": a row said by four characters or more of its name (an indicator of a project,
    under its project) that only one department's tables hold, and the answer is of that row: asking
    which department would offer departments that have no such thing (fa None: before the facts answer).
    A row of its own (not under a project: "高龄津贴" of a subsidy table) is such an item when said in full
    and not in the words the typed reading knows of every department (项目总预算)."""
    if fq is None or not fq.mentions or fq.departments or fa is not None and not fa.facts:
        return False
    rows = [m for m in fq.mentions if m.start >= 0 and m.end - m.start >= 4 and m.keys
            and m.keys <= idx.row_label_keys and not m.keys & idx.col_keys]
    for m in rows:
        held = [f for k in m.keys for f in idx.label_facts.get(k, ())[:200]]
        depts = {idx.docs[idx.fact_doc[f]].department for f in held}
        # (a row of its own, nrows 1, said in full: "高龄津贴" of a subsidy table, a line no other table prints)
        said = fq.text[m.start:m.end]
        whole = (m.exact or m.quality >= 0.75) and not any(_is_total(k) for k in m.keys) \
            and any(c not in concepts for c in said)
        if len(depts) == 1 and (whole or all(idx.fact_nrows.get(f, 0) >= 2 for f in held)) \
                and (fa is None or {f["department"] for f in fa.facts} == depts):
            return True
    return False


def _value_of_one_department(fq: FactQuestion | None, idx: FactIndex) -> bool:
    """"畜牧科管几个专项": a value printed in cells (a 主管科室) that only one department's tables print, said
    with no department: its rows are what is asked; a question back would offer departments without it. So is a
    value of one file's table split by its departments ("几个项目要政府采购" of a 项目支出预算明细表 whose 备注 says
    政府采购 on two departments' rows): its rows over the departments are asked, the one table they are."""
    if fq is None or not fq.values:
        return False
    docs = {idx.fact_doc[f] for v in fq.values for f in idx.value_facts.get(v, ())[:200]}
    depts = {idx.docs[d].department for d in docs}
    if not fq.departments and idx.one_table(docs):
        return True
    return len(depts) == 1 and (not fq.departments or set(fq.departments) == depts)


_TOTAL_SAID = frozenset({"合计", "总计", "小计", "共计", "总额", "总数"})


def _column_of_one_department(fq: FactQuestion | None, idx: FactIndex, fa: FactAnswer) -> bool:
    """"全县多少个行政村": every label said a column (most of its name, 行政村 of 行政村数) that only one
    department's tables print, and the answer is of that department: asking which would offer departments
    that have no such column."""
    if fq is None or fq.departments or not fa.facts:
        return False
    # (a total said beside the column, "项目支出差额合计", is every table's: it chooses no department)
    said = [m for m in fq.mentions if not (m.start >= 0 and fq.text[m.start:m.end] in _TOTAL_SAID)]
    # (the rows' own noun, "哪些项目没有专项债", names what is listed, no column: the other words choose)
    said = [m for m in said if not (m.start >= 0 and fq.text[m.start:m.end] in _ROWS_NOUN_SAID)] or said
    if not said:
        return False
    for m in said:
        if m.start < 0 or m.end - m.start < 3 and not sources.level_column_said(fq.text, m.start, m.end) \
                or not (m.exact or m.quality >= 0.75) or not m.keys <= idx.col_keys or m.keys & idx.row_label_keys:
            return False
        held = [f for k in m.keys for f in idx.label_facts.get(k, ())[:500]]
        if {idx.docs[idx.fact_doc[f]].department for f in held} != {f["department"] for f in fa.facts}:
            return False
    return True


_ROWS_NOUN_SAID = ("项目",)


def _typed_says_a_column(typed, fq: FactQuestion | None) -> bool:
    """Whether the typed answer (or an option of its question back) holds a label the question says, as
    said: the projects it offers for "专项债" (named 专项资金), the indicator it shows for "上级补助资金" (上级部门…)
    hold only a part of it."""
    said = [fq.text[m.start:m.end] for m in fq.mentions if m.start >= 0] if fq is not None else []
    said = [w for w in said if w not in _ROWS_NOUN_SAID] or said  # (项目 of 哪些项目: the rows, no column)
    return any(w in compact(o) for o in (*typed.options, typed.text) for w in said)


def _which_department_stands(turn, typed, fa, answerer: Answerer, idx: FactIndex, context) -> bool:
    """Whether the typed question back (which department) stands over the facts' answer from one of them:
    a fresh question naming no department, whose words no one table's row, sheet, column or record holds."""
    if typed.status != "clarify" or not typed.options or fa is None or fa.status != "answered" or context \
            or not getattr(turn, "fresh", False) or _departments_in(compact(normalize(turn.question)), idx) \
            or sum(compact(d) in compact(typed.text) for d in idx.dept_docs) < 2:
        return False
    if idx.one_table({f["document_id"] for f in fa.facts} | set(idx.table_parts.get(fa.facts[0]["document_id"], ()))):
        return False  # "2026年项目支出预算合计": the facts of one table read as several departments, asked whole
    if _named_alike_in_another(turn, typed, fa, idx):
        return True  # "群众满意度指标值是多少": 湛江's row and 岳西 文化馆's indicator of that very name
    if _names_a_sheet(answerer.last, idx) or _row_of_one_department(answerer.last, idx) \
            or records.unit_named(idx, turn.question):
        return False
    if not all(o in idx.dept_docs for o in typed.options) \
            and _value_of_one_department(answerer.last or answerer.peek(turn.question), idx):
        return False  # "就业帮扶类项目有哪些": a class one table prints whole, not the projects named like it
    read = answerer.last or answerer.peek(turn.question)  # (an answer read by no labels' reading: the words as said)
    if _column_of_one_department(read, idx, fa) and not _typed_says_a_column(typed, read):
        return False  # "今年专项债总共多少": 专项债 one table's column, not the 专项资金 projects offered
    return not (_offers_every_department(typed, idx) and (
        _item_of_one_department(answerer.last, idx, fa, _concept_words(turn)) or _value_of_one_department(answerer.last or answerer.peek(turn.question), idx)
        or _column_of_one_department(answerer.last, idx, fa) or _record_of_the_answer(turn.question, idx, fa)))


def _named_alike_in_another(turn, typed, fa, idx: FactIndex) -> bool:
    """Whether a department offered by the typed question back, none of whose facts answered, has a project
    indicator named as the row the facts answered (群众满意度 of a department's overall table, and of a bureau's
    project): one department's row is then no answer for the other's."""
    answered = {f["department"] for f in fa.facts}
    others = {o for o in typed.options if o in idx.dept_docs and o not in answered}
    rows = {compact((f["row_labels"] or "").split(query.FACT_SEP)[-1]) for f in fa.facts}
    if not others or not answered or len(rows) != 1:
        return False
    kb = turn.kb
    for i in kb.indicator_ids(rows.pop())[:200]:
        pid = kb.indicator_project.get(i)
        if pid in kb.projects and kb.documents[kb.projects[pid].document_id]["department_name"] in others:
            return True
    return False


def _asks_projects_of_departments(turn, typed, context, fa: FactAnswer | None, answerer: Answerer, idx: FactIndex) -> bool:
    """"编外人员工资支付及时性指标值": the typed reading asks which of the projects of several departments
    holding that indicator; one table's row the facts find is no choice among them. A general table named by
    its kind and answering ("政府采购表一共多少条采购项目") is no such question: its own answer stands."""
    return typed.status == "clarify" and bool(typed.debug.get("projects_of_departments")) and not context \
        and not (fa is not None and fa.status == "answered" and (_table_named_answers(fa, answerer.last, idx)
                                                                 or _rows_of_a_value_said(fa, answerer.last or answerer.peek(turn.question), idx)))


def _rows_of_a_value_said(fa: FactAnswer, fq: FactQuestion | None, idx: FactIndex) -> bool:
    """"几个项目要政府采购": rows listed or counted by a value the question says whole and their cells print whole
    (备注 政府采购), no indicator's name (政府采购率 of another department's project, only like it): every fact
    answered stands on a row printing the value."""
    if fq is None or not fq.values or not {"list", "count"} & set(fq.ops) or "指标" in fq.text or not fa.facts:
        return False
    holding = {(f["document_id"], f["sheet"], f["line"])
               for f in idx.facts([i for v in fq.values for i in idx.value_facts.get(v, ())][:200])}
    return all((f["document_id"], f["sheet"], f["line"]) in holding for f in fa.facts)


def _part_of_the_line_shown_not_split(fa, context) -> bool:
    """"行政运行支出" → "其中人员经费多少": the line just shown, which its table does not split that way (the
    facts' settled "unknown"), is what the follow-up asks of; a project whose name merely holds the part's
    words (编外人员经费) is not it."""
    return fa is not None and fa.status == "unknown" and fa.settled and bool(context and context.get("last"))


def _settled_by_the_facts(turn, fa, idx: FactIndex, context) -> bool:
    """Whether the facts' own settled "unknown" stands over the typed answer: a sheet said printing no such column,
    or the line just shown not split so."""
    return _not_printed_in_sheet_said(turn, fa, idx) or _part_of_the_line_shown_not_split(fa, context)


def _not_printed_in_sheet_said(turn, fa, idx: FactIndex) -> bool:
    """"城南片区…债券什么时候发行的": the sheet of items said prints no such column (its own settled "unknown"); never
    another table's line instead."""
    return fa is not None and fa.status == "unknown" and fa.settled and bool(fa.facts) \
        and {(f["document_id"], f["sheet"]) for f in fa.facts} <= item_rows.sheets_said(idx, turn.question)


_NAME_AGAIN = re.compile(r"^(?:那|那么)(?P<name>[\u4e00-\u9fff（）()]{2,24}?)(?:的)?呢$")


def _another_tables_measure(turn, typed, fa, idx: FactIndex) -> str:
    """"象山文旅体局的项目支出总额" → "那象山县教育局呢": a name alone, asked again of what was just answered from one kind
    of table (a department's 项目支出绩效目标表), that the typed reading does not hold, found only as a row of another
    kind (the county's 新增资产配置预算表): that row's figure is another measure, never the one asked."""
    frame = getattr(turn.session, "frame", None)
    said = _NAME_AGAIN.match(compact(normalize(turn.question)))
    kept = _context(turn.session)
    if kept.get("last") or "named" in kept or kept.get("dept_units"):
        return ""  # (the last answer was the facts': the typed reading's frame is an older question's)
    if typed.status != "unknown" or fa is None or fa.status != "answered" or frame is None or not frame.doc_ids \
            or said is None or not is_entity_label(label_key(said.group("name"))):
        return ""  # (an organisation said alone: "那购买服务里城市书房呢" names a table's row, not a department)
    before = {idx.docs[d].form for d in frame.doc_ids if d in idx.docs}
    now = sorted({f["document_id"] for f in fa.facts if f["document_id"] in idx.docs})
    if not before or not now or set(now) & set(frame.doc_ids) or {idx.docs[d].form for d in now} & before:
        return ""
    found = [f"{idx.docs[d].department}的{idx.docs[d].form}" for d in now]
    return compose.not_in_tables_of_kind(said.group("name"), sorted(before), found)


def _other_tables_reply(turn, typed, fa, idx: FactIndex):
    """The reply of _another_tables_measure as an answer (nothing kept for the follow-ups), or None."""
    if not (other := _another_tables_measure(turn, typed, fa, idx)):
        return None
    _keep(turn.session, None)
    return type(typed)(turn.question, "unknown", other, "facts")


def _typed_kept(turn, typed, fa, answerer: Answerer, idx: FactIndex, context):
    """The typed answer (or its "not in the table") where the facts' answer does not say more."""
    answer_type, unknown, session, said = type(typed), "unknown", turn.session, reason_of(typed)  # (suggestions unread)
    fq = answerer.last
    if _settled_by_the_facts(turn, fa, idx, context) or fa is not None and fa.status == "answered" and (
            _facts_chosen(turn, typed, fa, answerer, idx) or _line_asked_of_another_department(turn, typed, fa, fq, idx, context)):
        return None  # the units of a table ranked, counted or filtered: the facts' answer, not the typed one
    if fq is not None and _typed_elsewhere(typed, fq, idx) and not _typed_projects_in(turn, typed, fq.departments, not context):
        # The question names a department; an answer from another one never stands: the named
        # department's facts, or that it has none.
        if fa is not None and fa.status == "answered" and {f["department"] for f in fa.facts} <= set(fq.departments):
            return None
        _keep(session, None)
        return answer_type(turn.question, unknown, compose.not_in_department("、".join(fq.departments)), "facts")
    if fa is not None and fa.status == "answered" and fq is not None and _typed_outside_talk(typed, fq, idx, context):
        return None  # "南屏县分配多少 → 东湖区呢 → 两个加起来": the figures just shown, not 东湖分局's projects
    if context and context.get("named") and typed.status == "answered" and (fa is None or fa.status != "answered"):
        if fq is not None and fq.departments and set(fq.departments) != set(context.get("departments") or ()) \
                and not _asks_anew(fq, context, typed, idx, turn) and (not _names_a_project(turn) or _rate_shown_asked_again(turn, typed, context)):
            # The fact asked before is not in the department named now: said so, never its total instead.
            return answer_type(turn.question, unknown, fa.text if fa is not None else
                               compose.not_in_department("、".join(fq.departments)), "facts")
    if _which_department_stands(turn, typed, fa, answerer, idx, context) or _projects_named_by_the_word(turn, typed, fa):
        return typed  # "项目总预算是多少": every department has one; one table's label does not choose for the user
    if (typed.options if typed.status == "clarify" else typed.debug.get("probed")) and fa is not None \
            and fa.status == unknown and not context and _one_table_says_no(fq, idx, typed.options or typed.debug["probed"]):
        return None  # "家庭医生签约服务签约了多少人": the one table with that line has no such figure; no department to ask
    # The typed reading's "no such field is kept" (负责人) is no answer where a table has it (two: 项目联系人, ask which).
    field = compose.field_not_held_word(said)
    unheld = typed.status == unknown and field is not None and fa is not None \
        and (fa.status == "answered" and field in fa.text or _asks_department(fa, idx))
    if typed.status == unknown and field is not None and not unheld and fa is not None \
            and fa.status == "answered" and _targets_for_a_field(said, fa):
        return typed  # "满意度指标权重多少": the values of a table printing no 权重 are no weights
    specific = typed.status == unknown and not unheld and not compose.nothing_found_or_not_understood(said)
    kept = _context(session)
    ours = bool(kept.get("last")) or "named" in kept  # the last answer was the facts' (one fact or several)
    elsewhere = fq is not None and bool(fq.departments) and set(fq.departments) != set(kept.get("departments") or ())
    if specific and not ours and not elsewhere and re.match(r"^(?:那|那么|还有)", compact(turn.question)) \
            and not compose.nothing_held_named(said):
        return typed  # "那X呢" continues the typed question; its own "X has none" stands
    if fa is not None and fa.status == "clarify" and fq is not None and fa.options \
            and all(o in idx.dept_docs for o in fa.options) and _row_or_department(fq, idx):
        return None  # "财政局有几辆车": 普陀's 财政局 or the row 区财政局 of 青禾区's table; the typed reading knows one
    if fa is None or (typed.status == "answered" or typed.intent == NAMESAKES_ASKED) and (_worked_out(turn)
                                                     or not _explains_more(answerer, fa, typed.text, typed.intent,
                                                                           turn.question)) \
            or typed.status != unknown and fa.status != "answered" \
            or specific and fa.status != "answered" and not _facts_say_more(fa, idx) \
            and not _refused_word_in_a_label(typed, fa, answerer) and not _rows_of_the_name_said(fa, turn.question):
        if typed.status == "answered":
            rows = _indicator_rows(typed, idx)
            _keep(session, {"departments": list(fq.departments) if fq is not None else [], "rows": rows,
                            "last": [], "recent": []} if rows else None)
        return typed
    if _leaves_the_conversation(turn, fa, idx):
        return typed  # a follow-up naming no department is never answered from another department's table
    if typed.status not in (unknown, "answered") or fa.status == "clarify":
        _clear_pending(session)  # the typed reading's question back (or suggestions) is the facts' instead: "1" is theirs
    return None


def _answer_alone(turn, answerer: Answerer) -> FactAnswer | None:
    """The facts' answer to the question alone (no documents, no conversation): answered once per turn — the steps
    that check a typed reading against it (_departments_disagree, the rows a typed reading guessed) share it, and
    the answerer's reading of it (its last) is put back as it was when it was worked out."""
    kept = turn.__dict__.get("_answer_alone")
    if kept is not None and kept[0] is answerer and kept[1] == turn.question:
        answerer.last, answerer.left_out = kept[3], kept[4]
        return copy.copy(kept[2]) if kept[2] is not None else None
    fa = answerer.answer(turn.question, None, None)
    turn.__dict__["_answer_alone"] = (answerer, turn.question, copy.copy(fa) if fa is not None else None,
                                      answerer.last, answerer.left_out)
    return fa


LABEL_WORD_SAID_AT_LEAST = 4  # characters of a label said as they stand in it: a word of it, no stray pair


def _rows_said_where_typed_guessed(turn, typed, answerer: Answerer) -> FactAnswer | None:
    """"医疗保险财政补助有多少": the typed reading named its project only fuzzily (居民医疗保险政府补助资金, no 财政 in
    it), while the facts read every word of the question, each as it stands in a label (医疗保险 of 城乡居民基本
    医疗保险基金, 财政补助 of 财政补助收入), and the typed answer leaves one of those words out: the lines whose
    labels say the words are what was asked as much as the project like them: both shown, and which one asked
    (status clarify, options the lines' label and the project). None otherwise."""
    said_by_typed = list(getattr(getattr(turn, "p", None), "mentions", None) or ())
    projects = [m for m in said_by_typed if m.of("project")]
    if not projects or any(m.score >= 100 for m in projects) or any(m.of("indicator") or m.of("department")
                                                                     for m in said_by_typed):
        return None
    fq = answerer.peek(turn.question)
    said = [(fq.text[m.start:m.end], m) for m in fq.mentions if m.start >= 0]
    if fq.leftover.strip() or len(said) < 2 \
            or not all(len(w) >= LABEL_WORD_SAID_AT_LEAST and any(w in k for k in m.keys) for w, m in said):
        return None
    shown = compact(typed.text)
    if all(w in shown for w, _ in said):
        return None
    fa = _answer_alone(turn, answerer)
    if fa is None or fa.status != "answered" or not fa.facts or not all(w in compact(fa.text) for w, _ in said):
        return None
    # Both fit about equally (the lines read every word, the project is named fuzzily): shown both, and asked which
    # — a question back, never the lines settled as the answer (nor the project). A reply names one of them.
    lines = list(dict.fromkeys((f["row_labels"] or "").split(query.FACT_SEP)[-1] for f in fa.facts))
    named = list(dict.fromkeys(turn.kb.projects[int(r.key)].name for m in projects for r in m.of("project")
                               if str(r.key).isdigit() and int(r.key) in turn.kb.projects))
    if len(lines) != 1 or not named:
        return None
    both = copy.copy(fa)  # (the lines and the project like them both shown: none hidden)
    both.text = "\n".join((fa.text, compose.also_a_row(typed.text), compose.which_fact([lines[0], *named])))
    both.status, both.options, both.asks_row = "clarify", [lines[0], *named], [lines[0], *named]
    return both


def _row_holding_the_words_typed_left(turn, answerer: Answerer) -> FactAnswer | None:
    """"物流综合服务中心由谁负责": the typed reading asks among projects sharing a common word of the question (综合),
    leaving its other words unexplained (物流, 服务中心), while the facts read the whole question as one row whose
    label holds every one of those words (某县物流综合服务中心建设工程): that row, never a question back about
    projects the words do not name. None otherwise."""
    p = getattr(turn, "p", None)
    left = [w for w in getattr(p, "unexplained", None) or () if len(w) >= 2]
    if p is None or not left or any(m.of("department") for m in p.mentions):
        return None
    fq = answerer.peek(turn.question)
    keys = {k for m in fq.mentions if m.start >= 0 for k in m.keys}
    if fq.leftover.strip() or not keys or not all(any(w in k for k in keys) for w in left):
        return None
    fa = _answer_alone(turn, answerer)
    if fa is None or fa.status != "answered" or not fa.facts or len({f["row_labels"] for f in fa.facts}) != 1:
        return None
    return fa if all(w in compact(fa.text) for w in left) else None


def _line_asked_of_another_department(turn, typed, fa, fq: FactQuestion | None, idx: FactIndex, context) -> bool:
    """"普陀财政局卫生健康支出 → 涞源卫健局的呢": the line the facts just answered, asked of another department
    named alone, which its own table prints: that line, never the sum of that department's projects."""
    if typed.status != "answered" or fq is None or not context or not context.get("named") or not fq.departments \
            or set(fq.departments) == set(context.get("departments") or ()) or _own_label(fq) or _names_a_project(turn):
        return False
    carried = {k for m in fq.mentions for k in m.keys}
    return bool(carried) and bool(fa.facts) and {f["department"] for f in fa.facts} <= set(fq.departments) \
        and all(carried & idx.row_keys(f["id"]) for f in fa.facts)


def _whole_name_of_another(turn, fa, idx: FactIndex) -> bool:
    """Whether the question says a project's whole name (渝中's 就业补助资金, said as printed) with departments none of
    whose tables hold that project nor print that name in any label or title, while the facts answered do not say it
    either: a line only like it (促进就业专项资金), never the one asked."""
    p, kb = getattr(turn, "p", None), turn.kb
    named = p.departments() if p is not None else []
    if p is None or not named:
        return False
    docs = set(kb.documents_of_departments(named))
    whole = [m for m in p.mentions if m.score >= 100 and not m.of("department") and len(compact(m.text)) >= 4
             and any(compact(kb.projects[int(r.key)].name) == compact(m.text) for r in m.of("project") if int(r.key) in kb.projects)
             and not any(kb.projects[int(r.key)].document_id in docs for r in m.of("project") if int(r.key) in kb.projects)]
    if not whole:
        return False  # (the tables' printed words joined only when a name may need them)
    printed = " ".join(k for d in docs for k in (*idx.doc_keys.get(d, ()), *idx.sheet_titles.get(d, ()))) + " ".join(
        compact(f"{idx.docs[d].form}{idx.docs[d].file_name}") for d in docs if d in idx.docs)
    whole = [m for m in whole if compact(m.text) not in printed]
    labels = compact(" ".join(f"{f['row_labels'] or ''} {f['col_labels'] or ''}" for f in fa.facts[:20]))
    return bool(whole) and not any(compact(m.text) in labels for m in whole)


def _asks_department(fa, idx: FactIndex) -> bool:
    """Whether the facts' answer asks which of the departments loaded the question is about."""
    return fa is not None and fa.status == "clarify" and len(fa.options) >= 2 \
        and all(o in idx.dept_docs for o in fa.options)


def _same_rows_again(turn, fa, answerer: Answerer) -> str | None:
    """"白沙镇小计" → "其中脱贫户多少户": a follow-up naming a thing (脱贫户) none of the values answered is, while
    they are the very values just shown, or (said 其中, within them) those of other rows (a project whose name
    holds the thing): that thing, which the table does not list apart; else None."""
    shown = set(_context(turn.session).get("shown") or ())
    if fa is None or fa.status != "answered" or not shown:
        return None
    ids = {f["id"] for f in fa.facts}
    within = bool(_WITHIN_SHOWN.match(compact(turn.question)))
    if ids != shown and not (within and ids.isdisjoint(shown)):
        return None
    fq = answerer.last
    said = [fq.text[m.start:m.end] for m in fq.mentions if m.start >= 0 and not m.exact and m.quality < 0.5] \
        if fq is not None else []
    unshown = [w for w in said if len(w) >= 2 and (ids.isdisjoint(shown) or w not in fa.text)]
    return "、".join(unshown) if unshown else None


_WITHIN_SHOWN = re.compile(r"^(?:那|那么)?(?:这里面|这其中|其中|里面)")


def _part_not_held(turn, fa: FactAnswer | None, answerer: Answerer, idx: FactIndex) -> str:
    """Why the answer found is not given: the line pointed at is of a department whose tables lack the word (only
    others' print it), or a part of the line is asked that the table does not break down; "" otherwise."""
    if fa is not None and fa.status == "clarify" and (kept := _pointed_department_lacks(turn, fa, idx)):
        return compose.not_in_department("、".join(kept))
    if fa is not None and fa.status == "answered" and (within := _part_within(answerer.last, idx)
                                                       or _parts_after_the_line(answerer.last, fa, idx)) is not None:
        return compose.part_not_broken_down(*within)
    return ""


# "它的…", "其…": the line just answered pointed at
_POINTED = re.compile(r"^(?:那)?(?:它|其)(?:的)?(?!中)")


def _pointed_department_lacks(turn, fa: FactAnswer, idx: FactIndex) -> list[str]:
    """"平阳医保局行政运行多少 → 它的…基本工资是多少": a word asked of the line just answered (它的) that only other
    departments' tables print: the departments talked about, whose tables lack it (never which of the others);
    [] otherwise."""
    talked = _context(turn.session).get("departments") or []
    if not talked or not _POINTED.match(compact(normalize(turn.question))) or not fa.options \
            or not all(o in idx.dept_docs for o in fa.options) or set(fa.options) & set(talked):
        return []
    return list(talked)


def _part_within(fq, idx: FactIndex) -> tuple[str, str] | None:
    """"促进就业专项资金里创业担保贷款贴息": a label printed with its part in brackets (（含创业担保贷款贴息资金）)
    said with that part after 里/中: the part is asked, which the table does not break down."""
    for m in fq.mentions if fq is not None else ():
        said = fq.text[m.start:m.end] if m.start >= 0 else ""
        asked = re.search(r"(?:里|中|其中)(?:的)?([\u4e00-\u9fff]{2,})$", said)
        for k in m.keys if asked else ():
            spelled = idx.spelled.get(k, "")
            part = re.search(r"含([\u4e00-\u9fff]{2,})", spelled)
            if part and asked and asked.group(1)[:4] in part.group(1):
                return asked.group(1), spelled
    return None


# "X里Y和Z各多少", "X中Y是多少": the words after 里/中/其中 ask parts of the line named before them.
_PARTS_AFTER = re.compile(r"(?:里面|里头|当中|其中|里|中(?![央心学医小]))(?:的)?(?=[\u4e00-\u9fff]{2})")


def _parts_after_the_line(fq, fa, idx: FactIndex) -> tuple[str, str] | None:
    """"编外人员经费1-6月执行数里工资和社保各多少": the figure of one line is answered, while the words said after
    里/中 (parts of it) name no line the answer is of — the table prints the line whole, not split into those
    parts: (the parts said, the line), never the line's own total as if it were theirs; None otherwise."""
    lines = [f for f in fa.facts if not _is_total(label_key(_own_row(f)))]
    if fq is None or fq.ops or fq.cmp or fq.rate or fq.remaining or fq.per_head or any(f["number"] is None for f in fa.facts) \
            or len({(f["document_id"], f["sheet"], f["row_labels"]) for f in lines}) != 1:
        return None  # (a ranking, filter or sum within a line, "项目支出里哪个…最多", asks its lines)
    said = [m for m in fq.mentions if m.start >= 0]
    keys = {k for f in fa.facts for k in idx.fact_keys[f["id"]]}  # (the answer's rows and columns)
    for i, m in enumerate(said[:-1]):
        gap = _PARTS_AFTER.match(fq.text, m.end)
        if gap is None or not m.keys & keys:
            continue
        after = [p for p in said[i + 1:] if p.start >= gap.end()]
        if after and not any(p.keys & keys for p in after):
            return "、".join(fq.text[p.start:p.end] for p in after), _own_row(lines[0])
    return None


def _names_a_sheet(fq, idx: FactIndex) -> bool:
    """Whether the question said one sheet's own title ("专项资金分配"): that chooses the table."""
    titles = {k for ts in idx.sheet_titles.values() for k in ts}
    return fq is not None and any(m.keys & titles for m in fq.mentions)


def _one_table_says_no(fq: FactQuestion | None, idx: FactIndex, options: list[str]) -> bool:
    """Whether the typed reading asks which of several departments while the question names no department
    and names a label clearly (said in full, or most of it) while every label it names is in one department's
    tables only: that table is what the question is about, and its "not in the table" is the answer, not a
    question back."""
    if fq is None or fq.departments or sum(o in idx.dept_docs for o in options) < 2:
        return False
    if fq.subject_docs and fq.mentions and len({idx.docs[d].department for d in fq.subject_docs}) == 1:
        return True  # the words named one table (a row of it said in part: "救护车" of 救护车购置)
    # A row named (in full, most of it, or by a part of its name) places the question in its table, whatever
    # columns of other tables its other words fit too.
    rows = [m for m in fq.mentions if m.keys <= idx.row_label_keys and (
        m.exact or m.quality >= 0.75 or m.part or m.quality >= 0.5 and m.end - m.start >= 3)]
    if not rows and not any(m.exact or m.quality >= 0.75 for m in fq.mentions):
        return False
    said = rows or fq.mentions
    depts: set[str] = set()
    for f in (f for m in said for k in m.keys for f in idx.label_facts.get(k, ())):
        depts.add(idx.docs[idx.fact_doc[f]].department)
        if len(depts) > 1:  # a label of many departments' tables (年度指标值 at 10,000): stop at the second
            return False
    return len(depts) == 1


def _whole_of_one_row(facts: list[dict]) -> list[int]:
    """A row answered with its columns (项目类别, 合计, 一般公共预算拨款): its one figure, or its one figure under a
    total column (合计) — the figure "两个加起来", "哪个多" take next; [] otherwise."""
    if len({(f["document_id"], f["sheet"], f["page"], f["line"]) for f in facts}) != 1 \
            or _is_total(label_key(_own_row(facts[0]))):
        return []  # (a 小计 line's figures stay the group's: "占全局多少" next reads them as before)
    numbers = [f for f in facts if f["number"] is not None]
    # (a money total, 预算金额 › 合计; never a span of years added, 三年合计, which a follow-up may name itself)
    wholes = [f for f in numbers if _is_total(label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1]))
              and "年" not in (f["col_labels"] or "")]
    return [numbers[0]["id"]] if len(numbers) == 1 else [wholes[0]["id"]] if len(wholes) == 1 else []


def _facts_answer(turn, fa, answerer: Answerer, idx: FactIndex, answer_type):
    """The facts' answer, remembered for the follow-ups it may have."""
    session = turn.session
    if fa.status == "answered" and fa.facts and (other := _whole_of_another_kind(turn, fa, idx)):
        fa = FactAnswer("unknown", other, settled=True)
    if fa.status == "answered" and fa.facts:
        previous = _context(session).get("last", [])
        last = [f["id"] for f in fa.facts[:1]] if len(fa.facts) == 1 else _whole_of_one_row(fa.facts)
        named = [sorted(m.keys) for m in (answerer.last.mentions if answerer.last else []) if m.exact and m.start >= 0]
        depts = sorted({f["department"] for f in fa.facts})
        _keep(session, {"departments": depts, "named": named, "subject": answerer.last.subject if answerer.last else [],
                        "rows": _row_context(fa.facts), "last": last, "recent": (previous + last)[-2:] if last else [],
                        "ranked": fa.ranked, "ranked_groups": fa.ranked_groups, "shown": [f["id"] for f in fa.facts[:12]] if len(fa.facts) > 1 else [],
                        "listed": fa.ranked if len(fa.ranked or ()) > len(fa.facts) else [f["id"] for f in fa.facts[:200]]
                        if len(fa.facts) > 1 else []})
        if hasattr(session, "doc_ids"):  # the conversation is now about the departments answered from
            session.doc_ids = turn.kb.documents_of_departments(depts)
    if fa.status == "clarify" and fa.options and all(o in idx.dept_docs for o in fa.options):
        _keep(session, {"asked_departments": {"options": fa.options, "question": turn.question}})
    if fa.status == "clarify" and fa.asks_row:
        _keep(session, {"asked_rows": {"options": fa.options, "said": fa.asks_row, "question": turn.question,
                                       "fresh": bool(getattr(turn, "fresh", False))}})
    # (its number as kept: a figure shown rounded, 10891.62 of 10891.615675, is added up as the table's)
    entities = [{"kind": "fact", "id": f["id"], "name": _name(f), "number": f["number"]} for f in fa.facts[:20]]
    return answer_type(turn.question, fa.status, fa.text, "facts", options=fa.options, entities=entities,
                       source=[{"document_id": f["document_id"], "sheet": f["sheet"], "line": f["line"], "cell": f["cell"]}
                               for f in fa.facts[:20]],
                       debug={"settled": True} if fa.status == "unknown" and fa.settled else {})


def _whole_of_another_kind(turn, fa, idx: FactIndex) -> str:
    """"购买服务2026年合计" → "那上年呢": a table's whole (its 合计 line) asked in another year is that year's table
    of the same kind; the whole of another kind of table of that year (a 结转结余表's 合计) is no answer — "" when the
    answer is of that kind (or of the table shown), else that the year's table of that kind is not loaded."""
    if YEAR_ALONE.fullmatch(compact(normalize(turn.question))) is None:
        return ""
    shown = idx.facts(list(_context(turn.session).get("last") or ())[:5])
    docs = {f["document_id"] for f in shown}
    if len(docs) != 1 or not all(_is_total(label_key(own_label(f))) for f in shown):
        return ""
    doc = idx.docs.get(next(iter(docs)))
    kind = compact(doc.form or "") if doc is not None else ""
    if doc is None or not kind or all(f["document_id"] in docs or compact(idx.docs[f["document_id"]].form or "") == kind
                                      for f in fa.facts if f["document_id"] in idx.docs):
        return ""
    years = {idx.docs[f["document_id"]].year for f in fa.facts if f["document_id"] in idx.docs}
    held = sorted(idx.read_once("_years_of_form", kind, lambda: frozenset(
        d.year for d in idx.docs.values() if compact(d.form or "") == kind and d.year)))
    return compose.kind_of_year_not_held(sorted(y for y in years if y), doc.form or "", held)


def _targets_for_a_field(typed_text: str, fa) -> bool:
    """Whether the facts answer a field the typed reading says is not kept (权重 asked) with indicators' target
    values only (≥75%, under 指标值): a target is no weight, and the field's word is nowhere in the answer. (A
    note, "按行政村数（40%）和农户数（60%）测算", or a 评价标准 saying "扣1分" may answer it.)"""
    words = re.findall(r"“([^”]+)”", typed_text.split("（")[0])
    return bool(words) and bool(fa.facts) and not any(w in fa.text for w in words) and all(
        re.match(r"[≥≤≧≦><＞＜]", str(f["value"] or "").strip()) or "指标值" in (f["col_labels"] or "")
        for f in fa.facts)


def _refused_word_in_a_label(typed, fa, answerer: Answerer) -> bool:
    """Whether the word the typed reading says no table holds ("运行维护费" of 公务用车) is part of a label the
    facts matched whole (a table's row 公务用车运行维护费), and the facts ask which department prints it."""
    said = re.match(r"^表中没有“([^”]+)”", reason_of(typed))
    fq = answerer.last
    if said is None or fq is None or fa.status != "clarify" or not fa.options:
        return False
    word = said.group(1)
    return all(o in answerer.idx.dept_docs for o in fa.options) \
        and any(m.exact and word in fq.text[m.start:m.end] for m in fq.mentions if m.start >= 0)


def _rows_of_the_name_said(fa, question: str) -> bool:
    """Whether the facts ask which of rows ending in the very name said ("学校运转公用经费2026年多少": 第一中学's and
    职业中专's), a question back more to the point than the typed reading's "not in the table" of another
    department's project named like a part of it."""
    if fa.status != "clarify" or len(fa.options) < 2 or not fa.asks_row:
        return False
    names = [compact(o) for o in fa.options]
    common = os.path.commonprefix([n[::-1] for n in names])[::-1]  # (the name the rows end in, their units before)
    return len(common) >= 4 and common in compact(normalize(question))


def _facts_say_more(fa, idx: FactIndex) -> bool:
    """Whether the facts' answer, not answered, says more than the typed reading's own "not in the table":
    it asks which department, with each one's own figure of what was asked; or the table asked says itself
    why it has no such figure (its note)."""
    return fa.status == "clarify" and bool(fa.options) and len(fa.facts) == len(fa.options) \
        and all(o in idx.dept_docs for o in fa.options) or fa.status == "unknown" and fa.settled and bool(fa.facts)


def _typed_elsewhere(typed, fq: FactQuestion, idx: FactIndex) -> bool:
    """Does a confident typed answer come only from departments other than those the question names?"""
    if typed.status != "answered" or not fq.departments or fq.foreign_org:
        return False
    theirs = set(_departments_in(compact(typed.text), idx))
    return bool(theirs) and not any(_of_named(d, fq.departments) for d in theirs)


def _of_named(department: str, named: list[str]) -> bool:
    """Is a department one named, or one of the place named ("常山县" names the county, which publishes county-wide
    tables, and 常山县农业农村局 is of that county: its tables are the place's too)?"""
    return any(department == n or department.startswith(n) and n[-1] in "省市县区" for n in named)


def _typed_projects_in(turn, typed, departments: list[str], alone: bool = False) -> bool:
    """Are the projects a typed answer is about all of the departments named? "环卫中心合计" → "那园林中心呢":
    the unit's own line names the place (福鼎市市政园林中心) before its department, which the answer's projects
    say without reading its text; "安吉县图书馆最贵的项目": the place said was the start of the unit's name; or a
    project named by its name with no department said, of a question standing alone (alone: the facts' department
    is their reading's, not said; a follow-up's is the conversation's)."""
    kb = turn.kb
    pids = [int(e["id"]) for e in typed.entities or () if e.get("kind") == "project" and int(e["id"]) in kb.projects]
    owners = {kb.documents[kb.projects[p].document_id]["department_name"] for p in pids}
    return bool(owners) and owners <= set(departments) or _place_of_a_unit(turn) \
        or alone and _project_named_no_department(turn)


def _typed_outside_talk(typed, fq: FactQuestion, idx: FactIndex, context: dict | None) -> bool:
    """A follow-up naming no department ("→ 完成率多少") answered by the typed reading only from departments
    the conversation's facts are not of: the facts of the conversation's rows are asked first."""
    if typed.status != "answered" or fq.departments or not context or not context.get("departments"):
        return False
    theirs = set(_departments_in(compact(typed.text), idx))
    return bool(theirs) and theirs.isdisjoint(context["departments"])


def _worked_out(turn) -> bool:
    """"预算执行率 你算一下": asked to work a figure out, the typed reading computed it; a line the table
    states under that name is not what was asked."""
    parse = getattr(turn, "p", None)
    return parse is not None and parse.has("compute")


def _names_after_count(question: str) -> bool:
    """Whether the question asks the names after a count ("有几项 分别叫什么"), which the count's answer lists."""
    text = compact(normalize(question))
    return groups.names_after_count(text) != text


def _place_of_a_unit(turn) -> bool:
    """Whether the typed reading took the place said for the start of a unit's name ("安吉县图书馆": the bureau's
    unit, not the place's own tables): it kept no department of the question, and a unit is said."""
    parse = getattr(turn, "p", None)
    return parse is not None and bool(parse.text) and not any(m.of("department") for m in parse.mentions) \
        and bool(turn.kb.units_said(parse.text, None))


def _rate_shown_asked_again(turn, typed, context: dict) -> bool:
    """Whether the facts just shown were rates (执行率 95.00%) and the question, "X呢", asks nothing of its own:
    it asks the same rate of X ("白茶资金执行率" → "安吉文广旅体局全域旅游呢"), which X's total does not answer."""
    parse = getattr(turn, "p", None)
    if parse is None or typed.intent != "amount" or parse.has("amount", "how_much", "total") \
            or not compact(turn.question).endswith("呢"):
        return False
    ids = [int(i) for i in context.get("shown") or ()]
    rows = query.facts_by_id(turn.conn, ids) if ids else []
    return bool(rows) and all(r["unit"] == "%" or (r["col_labels"] or "").endswith("率") for r in rows)


def _projects_named_by_the_word(turn, typed, fa) -> bool:
    """Whether the typed reading asks back which of several projects a word said names, each project's own name
    holding that word as said ("养老" of 居家和社区养老服务补助资金 and 社会福利中心养老护理服务购买经费): the
    projects are what is asked, as much as a line of another table printing the word (基本养老保险缴费) — unless
    the question says that line's own name whole ("民政局福利费": the line 30229福利费, not the 福利中心's projects)."""
    parse = getattr(turn, "p", None)
    named = [m for m in getattr(parse, "mentions", None) or () if m.of("project")]
    if typed.status != "clarify" or len(typed.options) < 2 or len(named) != 1 or named[0].score < 100:
        return False
    word, asked = compact(named[0].text), compact(turn.question)
    lines = {_CODE_LED.sub("", compact(str(f.get("row_labels") or "").split(query.FACT_SEP)[-1])) for f in fa.facts} \
        if fa is not None else set()
    return len(word) >= 2 and all(word in compact(o) for o in typed.options) \
        and not any(len(x) >= 2 and x in asked for x in lines) and not _word_goes_on_in_facts(word, asked, typed, fa)


def _word_goes_on_in_facts(word: str, asked: str, typed, fa) -> bool:
    """"执法队呢": the word the projects hold (执法) goes on as said (执法队) into a name the facts' rows print
    (…综合行政执法队) and no project asked back holds: that name is asked, not one of the projects."""
    at = asked.find(word)
    longer = asked[at:at + len(word) + 1] if at >= 0 else ""
    if fa is None or len(longer) <= len(word) or any(longer in compact(o) for o in typed.options):
        return False
    return any(longer in compact(str(f.get("row_labels") or "")) for f in fa.facts) \
        or any(longer in compact(o) for o in fa.options or ())  # (the facts' own question back among its lines)


_CODE_LED = re.compile(r"^\d+")  # a line's code printed before its name (30229福利费)


def _names_a_project(turn) -> bool:
    """Does the question name a project by its name ("那渝中的就业补助资金呢"): a subject of its own, which
    the typed reading answered?"""
    parse = getattr(turn, "p", None)
    return any(m.score >= 100 and m.of("project") for m in getattr(parse, "mentions", None) or ())


def _project_named_no_department(turn) -> bool:
    """"全域旅游宣传推广经费2026年预算": a project named by its name and no department said — the department the facts'
    reading makes of the other words (推广 of a 农业技术推广中心 row, a year only another department's table is of)
    was not named, and does not send the project's own figure away."""
    parse = getattr(turn, "p", None)
    return _names_a_project(turn) and parse is not None and not parse.refs("department") and not parse.unknown_departments


def _asks_anew(fq: FactQuestion, context: dict, typed, idx: FactIndex, turn) -> bool:
    """Whether the question asks something of its own: a label it names, a department's whole said by its own
    words beside the department named, or (the last question having asked only a whole) the whole of the
    department named now."""
    return _own_label(fq) or _department_whole_said(turn, fq) or _whole_asked_before(context)


def _department_whole_said(turn, fq: FactQuestion) -> bool:
    """"一般公共预算收入合计 → 松阳交通局项目支出呢": beside the department named, a department's whole said by its
    own words (vocabulary [department_wholes], three characters or more: never 金额 alone), and every other word
    there read — a label the reading found, a whole's word (whole_words: 总额), a follow-up's filler
    (followup_fillers), a year's digits — is asked anew of the department named now. A word left unread ("这块"
    alone, "完成率") asks no whole."""
    if not fq.dept_spans:
        return False
    vocab = turn.kb.vocab
    read = [(s, e) for s, e, _ in fq.dept_spans] + [(m.start, m.end) for m in fq.mentions if m.start >= 0]
    beside = "".join(" " if any(s <= i < e for s, e in read) else c for i, c in enumerate(fq.text))
    wholes = sorted({w for words in vocab.department_wholes.values() for w in words if len(w) >= 3}, key=len, reverse=True)
    if not any(w in beside for w in wholes):
        return False
    for word in [*wholes, *sorted([*vocab.whole_words, *vocab.followup_fillers], key=len, reverse=True)]:
        beside = beside.replace(word, " ")
    return not _DIGITS.sub("", compact(beside))


_DIGITS = re.compile(r"\d+")  # a year said in digits (25年 once 年 is read as a filler)


def _whole_asked_before(context: dict) -> bool:
    """"湄潭卫健局合计 → 那湄潭水务局呢": the last question named only a table's whole (合计, 总计); the department
    named now has its own whole, whatever the kind of its table: its total is the answer, not "not found"."""
    named = context.get("named") or []
    return bool(named) and all(keys and set(keys) <= {"合计", "总计", "项目支出"} for keys in named)


def _own_label(fq: FactQuestion) -> bool:
    """Does the question name a label of its own (not one carried from the conversation)?"""
    return any(m.start >= 0 for m in fq.mentions)


_AGAIN_OF = re.compile(r"(?:那|那么)?[\u4e00-\u9fff]{2,}呢[？?]?")


def _asks_again_of(clauses: list[str]) -> bool:
    """"…多少，河道管理站呢": the clauses after the first each name only what the first is asked again of."""
    return len(clauses) >= 2 and QUESTION_WORD.search(clauses[0]) is not None and all(
        _AGAIN_OF.fullmatch(compact(normalize(c))) and not QUESTION_WORD.search(c) for c in clauses[1:])


def _asked_clauses(question: str) -> list[str]:
    """"信访局一共几个项目，总共多少钱": clauses that each ask their own question ([] when there is one)."""
    return question_clauses(question)


# A later clause asking a bare amount ("多少", "多少钱") names nothing: it asks of the first clause's subject.
_BARE_ASK = re.compile(r"(?:那|那么)?(?:是|有|要|花了?|给了|投了)?(?:多少钱?|多少万元?|金额是?多少)(?:呢|啊|[？?])?")
# An amount an answer shows ("168.00万元", "38652400元").
_MONEY_SHOWN = re.compile(r"\d(?:\.\d+)?(?:万元|元)")
# A later clause asking what became of the first one's figure, naming nothing: "少花了多少", "完成了多少".
_DONE_ASK = re.compile(rf"(?:那|那么)?(?:它)?(?:实际|最后|最终|已经|已)?(?:{DONE_VERBS})(?:多少钱?|多少万元?)(?:呢|啊|[？?])?")
# "资本性支出多少 买的什么": what the subject bought (the lines under it), asked of the same subject.
_BOUGHT_ASK = re.compile(BOUGHT.pattern + r"(?:啥|什么|哪些)(?:东西)?(?:呢|啊|[？?])?")


# "嵊州交通局有类似的吗，城乡公交补贴多少": a department asked whether it has the like of what was shown, the thing
# then named: no ask of its own, only the department the clauses after it are asked of.
_LIKE_ASKED = re.compile(r"(?:那|那么)?(?P<dept>[\u4e00-\u9fff]{2,24}?)(?:有没有|有无|也有|有)(?:类似|相似|差不多|同样)的?"
                         r"(?:项目|吗|呢|嘛)*[？?]?")


def _each_clause(turn, typed, clauses: list[str], got_all: list | None = None):
    """Two things asked, two answered: each clause in turn, in the conversation the earlier ones make
    ("…几个项目，总共多少钱" is about the same department). One not answered makes the whole a miss, never
    an answer to half the question."""
    answer_type = type(typed)
    texts, status = [], "answered"
    like = _LIKE_ASKED.fullmatch(compact(normalize(clauses[0]))) if len(clauses) > 1 else None
    # (only a department said leads: "别的部门有类似的吗" names none — the clauses are not asked of the last one)
    lead = clauses[0] if like and index_for(turn.kb).dept_forms_said(like.group("dept")) else ""
    clauses = clauses[1:] if lead else clauses
    said = QUESTION_WORD.search(clauses[0])
    subject = re.sub(r"[叫是为有要在的]+$", "", clauses[0][:said.start()]) if said else ""
    first = None
    for k, clause in enumerate(clauses):
        if k and first is not None and first.status == "answered" and first.intent == "content" \
                and _BARE_ASK.fullmatch(compact(normalize(clause))) and _MONEY_SHOWN.search(compose.said_and_source(first.text)[0]):
            continue  # "买X的钱在哪个项目 多少": the project the lookup found is shown with its amount
        if k and first is not None and first.intent == "absent_category" and _BARE_ASK.fullmatch(compact(normalize(clause))):
            # "编外人员经费有没有成本指标 多少": the figure of the kind just said to be absent — not held either,
            # never the project's own money
            status = "unknown"
            continue
        if k and len(compact(subject)) >= 4 and (_BARE_ASK.fullmatch(compact(normalize(clause)))
                                                  or _PLACED.fullmatch(compact(normalize(clause)))
                                                  or _DONE_ASK.fullmatch(compact(normalize(clause)))
                                                  or _BOUGHT_ASK.fullmatch(compact(normalize(clause)))):
            clause = subject + clause  # "普惠金融发展支出干嘛的 多少", "…多少 在哪个街道": of the same thing
            got = _clause_asked(turn, clause)
        elif k and (again := _first_asked_of(turn, clauses[0], clause)):
            clause = again  # "执行率低于序时进度多少，河道管理站呢": the first ask, of the row said now
            got = _clause_asked(turn, clause)
        else:
            clause, got = _of_first_department(turn, clauses[0] if k else lead, clause)
        if got_all is not None:
            got_all.append(got)
        first = got if not k else first
        if not k and got.status == "clarify" and _asks_department(got, index_for(turn.kb)):
            # "联系人是谁 电话多少" with two departments' tables holding it: which department, then every
            # clause of the whole question of the one chosen.
            _keep(turn.session, {"asked_departments": {"options": got.options, "question": turn.question, "again": True}})
            return answer_type(turn.question, "clarify", got.text, typed.intent, options=got.options)
        text = got.text if got.status == "answered" else compose.clause_unanswered(clause, got.text)
        if text not in texts:  # "第三个是哪个 多少": both clauses answered by the one row, said once
            texts.append(text)
        if got.status != "answered":
            status = "unknown"
    # Two asks the same line answers ("评价标准 … 怎么扣分") show it once.
    return answer_type(turn.question, status, "\n".join(dict.fromkeys(texts)), typed.intent)


def _first_asked_of(turn, first: str, clause: str) -> str:
    """"水利局执行率低于序时进度多少，河道管理站呢": a later clause naming only a row (a unit, a department's
    line) asks the first clause again of that row — its difference, ratio or rate too, not the row's values
    alone. The first clause with its one row named replaced by it; "" when either names no single row."""
    said = _AGAIN_OF.fullmatch(compact(normalize(clause)))
    if said is None:
        return ""
    idx = index_for(turn.kb)
    answerer = Answerer(idx)
    own = re.sub(r"^(?:那|那么)|呢[？?]?$", "", compact(normalize(clause)))
    now, before = answerer.read(own), answerer.read(compact(normalize(first)))

    def rows(parse) -> list:
        return [m for m in parse.mentions if m.keys and m.keys <= idx.row_label_keys and not m.keys & idx.col_keys]

    if len(now.mentions) != 1 or len(rows(now)) != 1 or now.text[rows(now)[0].start:rows(now)[0].end] != own:
        return ""
    named = rows(before)
    if len(named) != 1 or named[0].keys & rows(now)[0].keys:
        return ""
    return before.text[:named[0].start] + own + before.text[named[0].end:]


def _clause_asked(turn, clause: str):
    """One clause asked on its own, in the conversation the clauses before it left."""
    step = type(turn)(turn.kb, turn.rules, turn.session, clause)
    step.clause = True
    return step.run()


def _of_first_department(turn, first: str, clause: str):
    """"桐庐农业农村局农林水支出是多少 项目明细小计又是多少": a later clause naming no department of its own, answered
    from no table of the one department the first names (or not answered), is asked of that department — never
    another department's figure for it ("今年又安排买车多少钱": 信访局's 公务用车购置经费). (clause asked, answer)"""
    kept = copy.deepcopy(vars(turn.session)) if first else None
    got = _clause_asked(turn, clause)
    idx = index_for(turn.kb)
    named = _departments_in(compact(normalize(first)), idx) if first else []
    if len(named) != 1 or _departments_in(compact(normalize(clause)), idx) \
            or got.status == "answered" and named[0] in got.text:
        return clause, got
    vars(turn.session).update(copy.deepcopy(kept))
    # (the sum or difference asked of the two joined is worked out of both: "X和Y差多少" asks Y of that department)
    own = re.sub(rf"(?:{_SUM_ASKED.pattern}|{_DIFF_ASKED.pattern})$", "", re.sub(r"^(?:那|那么)", "", clause.strip()))
    clause = named[0] + (own if len(compact(own)) >= 2 else clause.strip())
    return clause, _clause_asked(turn, clause)


def _rows_compared_over_one_project(turn, typed, answerer: Answerer, idx: FactIndex):
    """"执行率低于80%的有哪些", "执行率前三名", no department named: a ranking or a bound over rows, which the
    typed reading answers with the one project of a department that has its figure (nothing to compare),
    while one other department's table prints it for many rows: that table's answer; None otherwise."""
    if not getattr(turn, "fresh", False) or typed.status != "answered" or _departments_in(compact(normalize(turn.question)), idx):
        return None
    if len([e for e in typed.entities or () if e.get("kind") == "project"]) != 1:
        return None
    read = answerer.peek(turn.question)
    if not (read.cmp or {"max", "min"} & set(read.ops) or read.top) or read.departments:
        return None
    fa = answerer.answer(turn.question, None, None)
    if fa is None or fa.status != "answered" or not (fa.ranked or len(fa.facts) >= 2):
        return None
    theirs = {f["department"] for f in fa.facts}
    typed_depts = set(_departments_in(compact(typed.text), idx))
    # (one table printing several departments' rows is one table: ingest.sections)
    one = len(theirs) == 1 or idx.one_table({f["document_id"] for f in fa.facts})
    return fa if one and not theirs & typed_depts else None


def _which_department_asked(turn, typed, answerer: Answerer, split: list[str], idx: FactIndex):
    """The question back among departments that disagree, kept for the reply, each one's line beside it; "哪个部门有X"
    asks which ones: they are the answer, each with what it holds."""
    lines = _each_ones_line(turn, typed, answerer, split, idx)
    _clear_pending(turn.session)
    if holders_asked(turn.question) and len(lines) == len(split) and all(lines):
        return type(typed)(turn.question, "answered", compose.departments_holding("", split, lines), "facts")
    _keep(turn.session, {"asked_departments": {"options": split, "question": turn.question, "again": True}})
    return type(typed)(turn.question, "clarify", compose.which_department(split, lines), "facts", options=split)


_NUMBERED_LINE = re.compile(r"\n\s*\d+\.\s*")
EACH_LINE_AT_MOST = 150  # characters of one department's answer shown beside it in the question back


def _each_ones_line(turn, typed, answerer: Answerer, split: list[str], idx: FactIndex) -> list[str]:
    """"项目完工及时率" (商务局's project has it, 农业农村局's 自评表 a row of it): beside each department asked about,
    what it holds — the typed answer's project and indicator, the facts' row — so the question back shows both
    (and the one project that has it); none when one of them has no short answer of its own."""
    if typed.status == "clarify" and typed.options \
            and all((m := _OPTION_OWNER.search(o)) and m.group(1) in split for o in typed.options):
        return _projects_and_lines(typed, answerer, turn.question, split)  # (its projects offered, by department)
    if typed.status != "answered":
        return []
    fa = answerer.answer(turn.question, None, None)
    if fa is None or not (fa.status == "answered" and fa.facts or fa.status == "clarify" and fa.options):
        return []
    typed_depts = set(_departments_in(compact(typed.text), idx))
    lines = []
    for name in split:
        if name in typed_depts:
            text = typed.text
        elif fa.status == "answered" and {f["department"] for f in fa.facts} == {name}:
            text = fa.text
        elif fa.status == "clarify" and name in fa.options:
            # (the facts asking among departments themselves: each one's own answer, when it is one short line)
            text = _short_line_of(answerer, turn.question, name)
        else:
            return []
        line = _NUMBERED_LINE.sub(" ", _SOURCE_NOTE.sub("", text).replace(f"（{name}）", "")).strip()
        if "\n" in line and name in typed_depts:
            line = _namesakes_in_one_line(turn, typed)  # (one indicator's namesakes of several projects)
        if "\n" in line or len(line) > EACH_LINE_AT_MOST:
            if name in typed_depts or fa.status == "answered":
                return []
            line = ""  # (none short of its own: the department alone, the others' figures still shown)
        lines.append(line)
    return lines if any(lines) else []


_OFFERED_LINE = re.compile(r"^\s*\d+\.\s*(?P<name>.+?)（(?P<dept>[^（）]+)）(?P<rest>：.*)?$")


def _projects_and_lines(typed, answerer: Answerer, question: str, split: list[str]) -> list[str]:
    """Beside each department of a question back made of a typed one among projects and other tables' lines
    ("公用经费多少"): its projects offered with their amounts, or its own line's figure; none unless each has one."""
    offered: dict[str, list[str]] = {}
    for line in typed.text.split("\n"):
        if (m := _OFFERED_LINE.match(line)) is not None:
            offered.setdefault(m.group("dept"), []).append(m.group("name") + (m.group("rest") or ""))
    lines = []
    for name in split:
        line = "；".join(offered.get(name, ())) or _NUMBERED_LINE.sub(" ", _SOURCE_NOTE.sub(
            "", _short_line_of(answerer, question, name))).strip()
        if not line or "\n" in line or len(line) > EACH_LINE_AT_MOST:
            return []
        lines.append(line)
    return lines


def _namesakes_in_one_line(turn, typed) -> str:
    """"资金拨付及时率" of three projects of one department: each project with its value in one line
    ("资金拨付及时率：基本公共卫生服务项目补助资金 ≥95%；…"), so the question back shows them; "" when the typed answer
    is not one indicator name's namesakes."""
    ids = [e["id"] for e in typed.entities or () if e.get("kind") == "indicator"]
    rows = query.indicators(turn.conn, ids=ids) if 1 < len(ids) <= 6 else []
    if len(rows) != len(ids) or len({r["name"] for r in rows}) != 1:
        return ""
    names = {pid: p.name for r in rows if (p := turn.kb.projects.get(pid := r["project_id"])) is not None}
    if len(names) != len(rows):
        return ""
    values = [f"{names[r['project_id']]} {r['annual_value'] or r['period_value'] or ''}".strip() for r in rows]
    return f"{rows[0]['name']}：{'；'.join(values)}"


def _short_line_of(answerer: Answerer, question: str, department: str) -> str:
    """One department's own answer to a question several departments' tables answer ("" when it has none)."""
    saved = answerer.last
    try:
        fa = answerer.answer_named(question, None, None, only=[department])
    finally:
        answerer.last = saved
    return fa.text if fa is not None and fa.status == "answered" and fa.facts \
        and all(f["department"] == department and f["number"] is not None for f in fa.facts) else ""


# "有哪些部门的预算执行进度数据", "进度表里有哪几个部门": the departments a table lists
_DEPARTMENTS_OF_TABLE = re.compile(r"哪(?:些|几个|几家)(?:部门|单位)|(?:部门|单位)有哪些|几个部门")
# The words of a table's kind around its subject (1-10月部门预算执行进度表: 预算执行进度)
_FORM_FRAME = re.compile(r"^[\d\-—~至到年月份]*(?:部门)?|表$")


# Two tables said of the departments each lists ("既有支出预算又有会议费预算", "支出预算和会议费预算都有")
_BOTH_TABLES = re.compile(r"既有(.{2,12}?)(?:的?数据)?又有(.{2,12}?)(?:的?数据)?(?:的)?(?:部门|单位)?$"
                          r"|(?:在)?([^和与]{2,12})(?:和|与|跟)([^和与]{2,12}?)(?:里|中|表里)?都有")
# One table said with the departments it lists and another without ("只有支出预算没有会议费预算", "有A但没有B")
_FIRST_ONLY = re.compile(r"(?:只有|有)(.{2,12}?)(?:的?数据)?(?:但|却|而|，)?(?:没有|没)(.{2,12}?)(?:的?数据)?(?:的)?(?:部门|单位)?$")
# The words a table said by what it holds may end in, beside its kind (会议费预算 of 会议费培训费预算表)
_TABLE_SAID_END = re.compile(r"(?:预算表|预算|表|数据|的)+$")


def _table_said(idx: FactIndex, side: str) -> list[dept_units.Book]:
    """The tables of departments a side names: by its kind (支出预算 of 部门支出预算表), or by an item its columns
    print (会议费 of 会议费 › 2025年预算数), said with 预算 or not."""
    word = _TABLE_SAID_END.sub("", side)
    found = []
    for d, doc in idx.docs.items():
        kind = _FORM_FRAME.sub("", compact(doc.form or ""))
        for b in dept_units.books_of(idx, d)[:1]:
            items = {c[:-len(b.leaves[c])] for c in b.columns if len(c) > len(b.leaves.get(c) or c)}
            if len(b.groups) >= 2 and not b.owner and (len(kind) >= 4 and kind in side or len(word) >= 2 and word in items):
                found.append(b)
    return found


def _departments_of_both(idx: FactIndex, sides: list[str], first_only: bool = False,
                         units: bool = False) -> FactAnswer | None:
    """"哪些部门既有支出预算又有会议费预算": the departments both tables of departments named list, in the first's
    order (first_only: "只有支出预算没有会议费预算", those the second does not list; units: 单位 asked, the units
    under the departments, by name); None unless each side names one table, the two differing."""
    if len(sides) != 2:
        return None
    said = [_table_said(idx, side) for side in sides]
    if any(len(b) != 1 for b in said) or said[0][0] is said[1][0]:
        return None
    first, second = said[0][0], said[1][0]
    if units:
        theirs = {x.name: x for us in second.units.values() for x in us}
        lines = [x for x in sorted((x for us in first.units.values() for x in us), key=lambda x: x.line)
                 if (x.name in theirs) != first_only]
        others = [theirs[x.name] for x in lines if x.name in theirs]
    else:
        lines = [x for x in sorted(first.groups.values(), key=lambda x: x.line) if (x.group in second.groups) != first_only]
        others = [second.groups[x.group] for x in lines if x.group in second.groups]
    facts = [f for x in [*lines, *others] if (f := next(iter(x.cells.values()), None)) is not None]
    names = [compose.table_name(b.place, idx.docs[b.doc].form, b.year) for b in (first, second)]
    shown = [re.sub(r"^\d[\d.\-]*\s*", "", x.label) if units else x.group for x in lines]  # (a unit as printed, no code)
    kind = "单位" if units else "部门"
    text = compose.departments_of_first_only(names[0], names[1], shown, kind) if first_only \
        else compose.departments_of_both(names[0], names[1], shown, kind)
    return FactAnswer("answered", text + (_cite(idx, facts) if facts else ""), facts)


def _departments_of_table_named(turn, idx: FactIndex):
    """"有哪些部门的预算执行进度数据": the departments a table of departments named by its kind lists, each once, in
    its order; None unless one such table is named."""
    text = compact(turn.question)
    if not _DEPARTMENTS_OF_TABLE.search(text):
        return None
    units = "单位" in text and "部门" not in text  # ("都有的单位": the units, never their departments)
    if (both := _BOTH_TABLES.search(text)) is not None \
            and (fa := _departments_of_both(idx, [g for g in both.groups() if g], units=units)) is not None:
        return fa  # (a side naming no loaded table: read as before, one table named, its kind's absence said after)
    if (only := _FIRST_ONLY.search(text)) is not None:
        return _departments_of_both(idx, list(only.groups()), first_only=True, units=units)
    named = [(d, b) for d, doc in idx.docs.items() if len(kind := _FORM_FRAME.sub("", compact(doc.form or ""))) >= 4
             and kind in text for b in dept_units.books_of(idx, d)[:1] if len(b.groups) >= 2]
    if len({d for d, _ in named}) != 1:
        return None
    book = named[0][1]
    lines = sorted(book.groups.values(), key=lambda x: x.line)
    facts = [f for x in lines if (f := next(iter(x.cells.values()), None)) is not None]
    text = compose.departments_of_table(compose.table_name(book.place, idx.docs[book.doc].form, book.year),
                                        [x.group for x in lines])
    return FactAnswer("answered", text + _cite(idx, facts), facts)


def _each_department_answered(turn, answerer: Answerer, idx: FactIndex) -> FactAnswer | None:
    """"各部门公用经费分别多少", "住房公积金各单位分别多少", no department named: each department whose tables print the
    line, its own figure under its name in one answer — never a question back which one, nor a project of another
    department whose name holds the words (政府雇员公用经费). None unless two departments or more answer so."""
    if not getattr(turn, "fresh", False) or _departments_in(compact(normalize(turn.question)), idx):
        return None
    fa = answerer._every_department(turn.question, None)
    if fa is None or fa.status != "answered" or len({f["department"] for f in fa.facts}) < 2:
        return None
    return fa


def _each_department_listed(turn, answerer: Answerer):
    """"各部门执行率" of a table of departments: the facts' list of each department's own line, over one project's
    own 执行率 a reading of projects finds; None unless the facts answer so."""
    if not getattr(turn, "fresh", False) or not EACH_DEPARTMENT.search(compact(turn.question)):
        return None
    fa = answerer.answer(turn.question, None, None)
    if fa is None or fa.status != "answered" or len(fa.facts) < 2 or len({f["document_id"] for f in fa.facts}) != 1:
        return None
    lines = answerer._department_lines(answerer.peek(turn.question), fa.facts, EACH_DEPARTMENT)
    return fa if {f["id"] for f in lines} == {f["id"] for f in fa.facts} else None


def _of_the_year_said(turn, typed, answerer: Answerer, idx: FactIndex):
    """"25年项目支出完成率多少", no department named: the typed reading answers from (or asks among) departments
    with no table of the year said, while the facts answer from one department's tables of exactly that year —
    the year said narrows the departments to that one: its answer. None otherwise (then they may disagree)."""
    if not getattr(turn, "fresh", False) or len(idx.dept_docs) < 2 or typed.status not in ("answered", "clarify"):
        return None
    text = compact(normalize(turn.question))
    if _departments_in(text, idx) or len(set(years := answerer.peek(turn.question).years)) != 1:
        return None
    names = turn.kb.department_names
    typed_depts = set(_departments_in(compact(typed.text), idx)) if typed.status == "answered" \
        else {o for o in typed.options or () if o in names}
    of_year = {doc.department for doc in idx.docs.values() if doc.year == years[0]}
    # (the typed reading's projects all of a table of another year: "25年哪个项目预算最多" is no 2026 目标表's)
    own = [turn.kb.documents.get(p.document_id, {}).get("year") for e in typed.entities or ()
           if e.get("kind") == "project" and (p := turn.kb.projects.get(e.get("id"))) is not None]
    off_year = typed.status == "answered" and bool(own) and all(y and y != years[0] for y in own)
    if not typed_depts or typed_depts & of_year and not off_year:
        return None
    fa = answerer.answer(turn.question, None, None)
    if fa is None or fa.status != "answered" or not fa.facts or any(f["number"] is None for f in fa.facts):
        return None  # (figures only: a list of a form's field names is no answer of that year)
    theirs = {f["department"] for f in fa.facts}
    if len(theirs) != 1 or any(idx.docs[f["document_id"]].year != years[0] for f in fa.facts):
        return None
    return fa


def _ranked_across(turn, answerer: Answerer, text: str) -> bool:
    """"哪个部门人员经费最多": the departments set against each other by the facts already (those printing no such
    line said so), never asked back which department."""
    return bool(DEPARTMENTS_SET_AGAINST.search(text)) and bool({"max", "min"} & set(answerer.peek(turn.question).ops))


def _typed_departments(turn, typed, text: str, idx: FactIndex) -> set[str] | None:
    """The departments the typed reading answered of or asks among, or None when it speaks of none (or of
    several, answered)."""
    names = turn.kb.department_names
    if typed.status == "clarify" and typed.options and all(o in names or o == ALL_LABEL for o in typed.options):
        # "群众满意度的目标值": the typed reading asks among the departments whose projects have it, while
        # another department's table (its facts) has it too: that one is among the options (every one, when
        # the question back offers every department, more than it lists).
        return set(names) if _offers_every_department(typed, idx) else {o for o in typed.options if o in names}
    if (owners := _projects_offered_holding(typed, text, names, idx)):
        return owners  # "公用经费多少": projects holding the words, and 决算 lines named by them exactly
    if typed.status == "answered":
        typed_depts = {d for d in _departments_in(compact(typed.text), idx)}
        return typed_depts if len(typed_depts) == 1 else None
    return None

def _departments_disagree(turn, typed, answerer: Answerer, idx: FactIndex) -> list[str]:
    """A first question naming no department, answered by the typed reading from one department while
    another department's table holds what it asks ("执行率多少": one bureau's project, another's 执行率
    row): two things match, so ask which department (the options), never pick one."""
    if not getattr(turn, "fresh", False) or len(idx.dept_docs) < 2:
        return []
    text = compact(normalize(turn.question))
    if _departments_in(text, idx):
        return []
    if typed.status == "answered" and getattr(getattr(turn, "p", None), "self_reference", None):
        return []  # "本局有几个项目": the department the self-reference names, which the typed reading answered of
    typed_depts = _typed_departments(turn, typed, text, idx)
    if typed_depts is None:
        return []
    fa = _answer_alone(turn, answerer)
    # The facts asking which department themselves ("执行率" rows in two other bureaus' tables) disagree too.
    asks = fa is not None and fa.status == "clarify" and bool(fa.options) and all(o in idx.dept_docs for o in fa.options)
    if fa is None or not asks and (fa.status != "answered" or not fa.facts or _ranked_across(turn, answerer, text)):
        return []
    if not asks and typed.status == "answered" and typed.intent in _PROJECTS_TYPED \
            and _PROJECTS_ASKED.search(text) and _lines_of_departments_only(fa, idx):
        return []  # "农技推广中心有哪些项目": the unit's projects; its 收入 line lists none, no other department's answer
    theirs = set(fa.options) if asks else {f["department"] for f in fa.facts
                                           if not _typed_projects_own_row(turn, typed, f)}
    read = answerer.last
    if typed.status == "answered" and _only_name_tails_read(read):
        return []  # "低保资金多少": the others' tables read only 资金 of it; the typed reading's project is named by 低保
    if _project_named_whole_read_in_pieces(turn, typed, read, text) \
            and not _figure_of_the_line_in(read, theirs - typed_depts, idx):
        # "公务用车购置经费多少": that project by its whole name, not 决算 lines of 公务用车购置 and some 经费 that print
        # no figure of their own (a 三公 table's 公务用车购置费 with its figure is still asked about)
        return []
    if read is not None and read.table_said and theirs == {idx.docs[d].department for d in read.subject_docs}:
        return []  # "监控表合计预算": the table named by its kind is that department's; the typed reading reads no kinds
    if not asks and _record_over_typed(turn, typed, fa, idx):
        return []  # "公益性岗位补贴是怎么发的": a row said whole asked its 发放方式, not another's 发放准确率
    read = answerer.last
    if not asks and read is not None and read.adjusted and len(theirs) == 1:
        return []  # "卫生健康支出调了多少": only the one table printing the year's adjustment answers it
    if not asks and read is not None and (_line_and_column_said_whole(read, fa, typed, idx)
                                          or _column_only_its_table_prints(read, fa, typed, idx)):
        return []
    if not asks and _column_of_one_department(read, idx, fa) and not _typed_says_a_column(typed, read):
        return []  # "上级补助资金一共多少": one table's column said whole; the typed answer shows none of it
    coded = len(read.mentions) == 1 and read.mentions[0].start >= 0 \
        and re.fullmatch(r"\d{3,7}", read.text[read.mentions[0].start:read.mentions[0].end]) if read else False
    if theirs <= typed_depts or read is None or not all(m.exact for m in read.mentions) \
            or len(theirs) == 1 and (coded or typed.status == "answered" and not _row_said_in(read, typed.text, idx)) \
            and _row_of_one_department(read, idx):
        # (a subject code only one department's tables hold is that department's: "21208款下面…"; so is a unit's
        # own name said whole with its column, "县政务服务中心在职多少", against one project the typed reading
        # found like it; several departments' items the typed reading found are asked about)
        return []
    return sorted(typed_depts | theirs)[:10]


_OPTION_OWNER = re.compile(r"（([^（）]+)）$")


def _only_name_tails_read(read) -> bool:
    """Whether the facts read no word of the question but a project name's tail (资金 of "低保资金多少"): what
    names the thing asked is read by none of their labels."""
    said = [read.text[m.start:m.end] for m in read.mentions if m.start >= 0] if read is not None else []
    return bool(said) and len(said) == len(read.mentions) and all(_NAME_TAIL.fullmatch(w) for w in said)


def _projects_offered_holding(typed, text: str, names, idx: FactIndex) -> set[str]:
    """"公用经费多少": the typed reading asks among projects whose names hold the words (政府雇员公用经费, 基层医疗卫生
    机构公用经费补助), none named by them alone, while other departments' tables print a line of exactly those words
    (a 决算's 公用经费): the projects' departments, to be asked among with those tables' (empty otherwise)."""
    if typed.status != "clarify" or not typed.options:
        return set()
    owners = [m.group(1) if (m := _OPTION_OWNER.search(o)) else "" for o in typed.options]
    projects = [_OPTION_OWNER.sub("", o) for o in typed.options]
    said = _LINE_ASKED.sub("", text)
    if not all(o in names for o in owners) or len(said) < 4 or said not in idx.row_label_keys \
            or not all(said in compact(p) and said != compact(p) for p in projects):
        return set()
    return set(owners)


# What a question asks of a line said ("公用经费多少"): the words around its name.
_LINE_ASKED = re.compile(r"(?:是)?(?:多少钱|多少|几多|有多少|是多少)?(?:呢|啊|呀|吗)?[？?。！!]*$")


def _figure_of_the_line_in(read, departments: set[str], idx: FactIndex) -> bool:
    """Whether a line holding what the question's words name exactly (公务用车购置 of 公务用车购置费) prints a figure other than 0 in
    a table of one of these departments (a 三公 table's 180000元, not a 决算's blank or 0.00 line)."""
    keys = {k for m in read.mentions if m.start >= 0 and m.exact and m.quality >= 1 for k in m.keys}
    docs = [doc for d in departments for doc in idx.dept_docs.get(d, ())]
    ids = [f for doc in docs for held in idx.doc_keys.get(doc, ()) if any(k in held for k in keys)
           for f in idx.label_facts_in(held, doc)[:40]]
    return any(f["number"] for f in idx.facts(ids[:200]))


def _project_named_whole_read_in_pieces(turn, typed, read, text: str) -> bool:
    """Whether the typed answer is of one project whose whole name the question says (公务用车购置经费), while the
    facts read that name as a shorter line (公务用车购置 of a 决算's 基本支出 table) and its rest as loosely matched
    other labels (经费 of 人员经费, 公用经费), or the whole name as one label only like it: the name said is that
    project's, no line of another table."""
    if typed.status != "answered" or read is None:
        return False
    pids = {e.get("id") for e in typed.entities or () if e.get("kind") == "project"}
    names = [compact(turn.kb.projects[p].name) for p in pids if p in turn.kb.projects]
    if len(names) != 1 or len(names[0]) < 4 or names[0] not in text:
        return False
    at = text.index(names[0])
    end = at + len(names[0])
    inside = [m for m in read.mentions if m.start >= 0 and at <= m.start and m.end <= end]
    covering = any(m.start <= at and m.end >= end and names[0] in {label_key(k) for k in m.keys} for m in read.mentions)
    # (or read whole as another label like it, loosely: 执法装备及执法车辆购置经费 of another department's table)
    return (len(inside) >= 2 or len(inside) == 1 and len(read.mentions) == 1) and not covering \
        and any(m.quality < 1 for m in inside)


def _line_and_column_said_whole(read, fa, typed, idx: FactIndex) -> bool:
    """"失业保险其他支出多少": the facts' one figure is the cell of a line and a column the question names in full
    (a fund said short counts: 失业保险 of 失业保险基金), nothing left over, while the typed answer (another
    department's indicator found by a word or two) says neither name: that table is the one asked."""
    said = [m for m in read.mentions if m.start >= 0]
    if len(said) < 2 or read.leftover or not all(m.exact and m.quality >= 1 for m in said) \
            or len({f["id"] for f in fa.facts}) != 1:
        return False
    keys = set(idx.fact_keys[fa.facts[0]["id"]])
    shown = compact(typed.text)
    return all(m.keys & keys for m in said) and not any(read.text[m.start:m.end] in shown for m in said)


def _column_only_its_table_prints(read, fa, typed, idx: FactIndex) -> bool:
    """"就业补助资金支出进度多少": the facts' one figure is the cell of a row said whole (a fund another department's
    table holds as its project) and a column said whole that only that row's department prints (支出进度 of a
    fund-progress table), nothing left over, while the typed answer shows no such column (the project's 执行率):
    the column said picks the table. Not when the typed answer shows it in another word of its [label_synonyms]
    group: "群众满意度的目标值" of a 年度目标值 column is a project's indicator's 指标值 too, both tables hold it."""
    said = [m for m in read.mentions if m.start >= 0]
    if len(said) < 2 or read.leftover or not all(m.exact for m in said) or len({f["id"] for f in fa.facts}) != 1:
        return False
    keys, dept = set(idx.fact_keys[fa.facts[0]["id"]]), fa.facts[0]["department"]
    columns = [m for m in said if m.keys <= idx.col_keys and not m.keys & idx.row_label_keys]
    shown = compact(typed.text)
    return bool(columns) and all(m.keys & keys for m in said) and all(
        not any(w in shown for w in _ways_said(idx, read.text[m.start:m.end]))
        and {idx.docs[idx.fact_doc[f]].department for k in m.keys for f in idx.label_facts.get(k, ())[:500]} == {dept}
        for m in columns)


def _ways_said(idx: FactIndex, word: str) -> set[str]:
    """A column's word and the other words of each [label_synonyms] group holding it (目标值: 指标值)."""
    return {word} | {w for group in idx.synonyms if word in group for w in group if len(w) >= len(word)}


def _table_named_elsewhere(turn, typed, answerer: Answerer, idx: FactIndex) -> bool:
    """"监控表总的执行率": a table named by its kind, the facts answering from it, the typed answer from another
    department's table (which the typed reading, reading no kinds of table, took the words for)."""
    if typed.status != "answered":
        return False
    read = answerer.peek(turn.question)
    if not read.table_said or not read.subject_docs:
        return False
    named = {idx.docs[d].department for d in read.subject_docs}
    if set(_departments_in(compact(typed.text), idx)) & named:
        return False
    fa = answerer.answer(turn.question, None, None)
    return fa is not None and fa.status == "answered" and bool(fa.facts) and all(
        f["document_id"] in read.subject_docs for f in fa.facts)


def _record_of_the_answer(question: str, idx: FactIndex, fa) -> bool:
    """Whether the facts' answer is what a row of a table of records (named by its name or a cell of it,
    "执法检查企业数" of its 核心绩效指标, one among every table's records) gives the question."""
    found = records.of_row(idx, question, None, None)
    return found is not None and found[0].status == "answered" and bool(fa.facts) \
        and {f["id"] for f in found[0].facts} == {f["id"] for f in fa.facts}


def _record_over_typed(turn, typed, fa, idx: FactIndex, answerer: Answerer | None = None) -> bool:
    """Whether the facts' answer (fa, or the answerer's when None), a row of records said by its whole name and
    asked a column in everyday words (怎么发的 → 发放方式, 怎么计征 → 收费标准), answers where the typed answer
    (another thing holding the row's name) shows none of it."""
    if typed.status != "answered" or not (found := records.of_row(idx, turn.question, None, None)) or not found[1]:
        return False
    if fa is None and answerer is not None:
        fa = answerer.answer(turn.question, None, None)
    if fa is None or fa.status != "answered" or not fa.facts \
            or {f["id"] for f in found[0].facts} != {f["id"] for f in fa.facts} \
            or any(compact(f["value"] or "") in compact(typed.text) for f in fa.facts):
        return False
    said = compact(normalize(turn.question))
    # (a row under its buyer, 预算单位 › 采购项目名称, said by its own name: 应急救灾物资 of …保障中心 › 应急救灾物资（棉被…）)
    return all(label_key(own) in said or compact(own) in said or len(mine := label_key(own.split(query.FACT_SEP)[-1])) >= 4
               and mine in said for own in {f["row_labels"] for f in fa.facts}) \
        or typed.intent == "indicator_value" and _row_said_over_the_project(turn, typed, fa, idx)


_MONEY_SUFFIX = re.compile(r"(?:专项)?(?:资金|经费)$")


def _same_line_in_others(turn, typed, idx: FactIndex):
    """"就业补助资金有多少" with no department said: the typed reading's project amount, and beside it, each
    under its department, the lines of that name other departments' tables print (never one department's
    figure as if it were the only one)."""
    if typed.status not in ("answered", "clarify") or not getattr(turn, "fresh", False) or len(idx.dept_docs) < 2 \
            or _departments_in(compact(normalize(turn.question)), idx):
        return None
    if typed.status == "clarify":
        return _said_projects_beside_lines(turn, typed, idx)
    typed_depts = set(_departments_in(compact(typed.text), idx))
    if len(typed_depts) != 1:
        return None
    if typed.intent != "amount":
        return None
    named = [e.get("name") or "" for e in typed.entities or () if e.get("kind") == "project"]
    ids = _same_line_elsewhere(named, idx, typed_depts)
    owners = typed_depts | {p.unit_name for e in typed.entities or () if e.get("kind") == "project"
                            and (p := turn.kb.projects.get(e.get("id"))) is not None and p.unit_name}
    facts = [f for f in idx.facts(ids) if not _projects_own_row(f, named[0], owners)]
    if not facts:
        return None
    lines = Answerer(idx).values(facts, [])
    if lines.status != "answered" or not lines.text:
        return None
    theirs = sorted({idx.docs[idx.fact_doc[i]].department for i in ids})
    text = compose.same_name_elsewhere(next(iter(typed_depts)), typed.text, theirs, lines.text)
    return type(typed)(turn.question, "answered", text, typed.intent, entities=list(typed.entities or ()) + [
        {"kind": "fact", "id": f["id"], "name": _name(f)} for f in lines.facts[:20]])


# What asks a figure after a name said ("…多少钱", "…预算是多少", "…的钱多少"): left off, the rest is the name said.
_AMOUNT_ASKED_TAIL = re.compile(r"(?:的)?(?:钱|预算|经费|资金|金额)?(?:是|有)?(?:多少钱|多少|几)(?:万元|万|元)?(?:呢|啊|呀)?$")
ALIKE_ROWS_AT_MOST = 4  # rows elsewhere holding the name said shown beside the project; more: none of them


def _row_alike_in_another_table(turn, typed, idx: FactIndex):
    """"智慧市场监管平台运维多少钱": the typed reading's one project (网络交易监测及智慧市场监管平台运维经费 33.75) and
    rows of another table of the same department (采购意向's 智慧市场监管平台运维服务 28.75) hold the name said: all
    shown, each under its table, never one as the answer. "法律顾问的钱多少" with no department said: a part of the
    project's name (聘请法律顾问专项经费), which rows of other departments' tables hold as well (龙游's 购买服务 row
    法律顾问服务) — those too. None unless one to four such rows, each with one sum."""
    if typed.status != "answered" or typed.intent != "amount" or not getattr(turn, "fresh", False):
        return None
    said = _AMOUNT_ASKED_TAIL.sub("", compact(normalize(turn.question)))
    projects = [p for e in typed.entities or () if e.get("kind") == "project" and (p := turn.kb.projects.get(e.get("id")))]
    if len(said) < 4 or len(projects) != 1 or said not in compact(projects[0].name):
        return None
    dept = turn.kb.department_of(projects[0].id)
    docs = [d for d, doc in idx.docs.items() if doc.department == dept and doc.layout == "general-table"]
    facts = [f for d in docs for f in idx.facts(list(idx.docs[d].facts)[:5000]) if f["number"] is not None
             and (f["unit"] or "") in MONEY_UNITS and said in compact(own_label(f)) and not _is_total(label_key(own_label(f)))]
    if len(said) < 5:
        facts = []  # (four characters: a part of names only, below)
    if not facts and not _departments_in(compact(normalize(turn.question)), idx) \
            and said != _MONEY_SUFFIX.sub("", label_key(projects[0].name)):
        facts = _rows_holding_elsewhere(said, dept, idx)
    owners = {dept, projects[0].unit_name} - {""}
    facts = [f for f in facts if f["department"] == dept or not _projects_own_row(f, projects[0].name, owners)]
    if not facts or len(facts) > ALIKE_ROWS_AT_MOST or len({(f["document_id"], f["sheet"], f["line"]) for f in facts}) != len(facts):
        return None  # (a row of two sums, or many rows: not these rows' own figures)
    rows = [((idx.docs[f["document_id"]].department if f["department"] != dept else "") + (idx.docs[f["document_id"]].form or ""),
             _name(f), _shown(f)) for f in facts]
    text = compose.alike_in_another_table(typed.text, rows) + _cite(idx, facts)
    # (the rows shown kept: "采购表里的那个" chooses the one of the table said)
    _keep(turn.session, {**_context(turn.session), "alike": [f["id"] for f in facts]})
    return type(typed)(turn.question, "answered", text, typed.intent, entities=list(typed.entities or ()) + [
        {"kind": "fact", "id": f["id"], "name": _name(f)} for f in facts])


def _rows_holding_elsewhere(said: str, dept: str, idx: FactIndex) -> list[dict]:
    """The rows of other departments' labelled tables whose own names hold the words said (a part of a project's
    name, whole or in two halves: _holds_the_words), each by its one sum of money; [] when none or too many."""
    keys = [k for k in idx.row_label_keys if said[:2] in k and _holds_the_words(k, said) and not _is_total(k)]
    if not keys or len(keys) > ALIKE_ROWS_AT_MOST:
        return []
    ids = sorted({i for k in keys for i in idx.label_facts.get(k, ())[:200]
                  if idx.docs[idx.fact_doc[i]].department != dept and idx.docs[idx.fact_doc[i]].layout == "general-table"})
    first: dict[tuple, dict] = {}
    for f in idx.facts(ids[:400]):
        if f["number"] is not None and (f["unit"] or "") in MONEY_UNITS and label_key(own_label(f)) in keys:
            first.setdefault((f["document_id"], f["sheet"], f["line"]), f)
    return Answerer(idx)._money_of_rows(list(first.values())) if first else []


def _said_projects_beside_lines(turn, typed, idx: FactIndex):
    """"就业补助多少钱" asked back among projects (就业补助资金 of 渝中, 促进就业专项资金 of 湛江, which a word or
    two fits), while another department's table prints a line of the very name said (东湖's 4.就业补助): the
    question back is among the departments of the projects whose names hold the words said and of those lines,
    each one's figure beside it (the projects that only share a word are no answer to it); the reply asks the
    question again of the department chosen. None when no line elsewhere has the name."""
    options = list(getattr(turn.session, "pending", None) or ())
    if not options or typed.intent != "clarify" or not all(o.projects and o.intent in ("amount", "total") for o in options):
        return None
    said = compact(normalize(turn.question))
    held = [p for o in options if (p := turn.kb.projects.get(o.projects[-1])) is not None and p.amounts.get("total") is not None
            and len(key := _MONEY_SUFFIX.sub("", label_key(p.name))) >= 3 and key in said]
    depts = list(dict.fromkeys(turn.kb.department_of(p.id) for p in held))
    if not held or len({label_key(p.name) for p in held}) != 1 or len(depts) != len(held):
        return None
    ids = _same_line_elsewhere([held[0].name], idx, set(depts))
    theirs = list(dict.fromkeys(idx.docs[idx.fact_doc[i]].department for i in ids))
    facts = idx.facts(ids)
    if not ids or any(sum(f["department"] == d for f in facts) != 1 for d in theirs):
        return None  # (a department printing the line twice, of two years or columns: no one figure of it)
    figures = [f"{p.name} {_project_amount(turn, p)}" for p in held] + [
        f"{_name(f)} {format_amount(f['number'], f['unit'])}" for d in theirs for f in facts if f["department"] == d]
    names = depts + theirs
    if _EACH_ONE_ASKED.search(said):
        # "就业补助各个文件里分别多少": each department's figure is the answer, not which of them
        _clear_pending(turn.session)
        return type(typed)(turn.question, "answered", compose.departments_holding("", names, figures) + _cite(idx, facts), "facts")
    _keep(turn.session, {"asked_departments": {"options": names, "question": turn.question, "again": True}})
    _clear_pending(turn.session)
    return type(typed)(turn.question, "clarify", compose.which_department(names, figures), "facts", options=names)


# Each one's figure asked apart ("分别多少", "各个文件里", "各部门的"): every one answered, none asked back.
_EACH_ONE_ASKED = re.compile(EACH_APART + r"|各(?:个|部门|单位|文件|表)")


def _project_amount(turn, project) -> str:
    return format_amount(project.total, turn.kb.documents[project.document_id].get("unit") or "万元")


LINES_READ_AT_ONCE = 64  # _same_line_elsewhere's slices


def _projects_own_row(fact: dict, name: str, owners: set[str]) -> bool:
    """Whether a line elsewhere holds a project's name (资金/经费 may be left off) and its own department's or
    funding unit's (owners) — 永嘉县住房和城乡建设局农村…补助资金 of a finance bureau's 结转结余表: the project's own
    row in another table, of another kind or year; not another department's line of that name, and no figure of
    the amount asked."""
    row, whole = compact(fact["row_labels"] or ""), label_key(name)
    rest = row
    for form in sorted({k for o in owners for k in (compact(o), unit_own_name(o)[0]) if len(k) >= 4}, key=len, reverse=True):
        rest = rest.replace(form, "")
    return rest != row and label_key(rest) in {whole, _MONEY_SUFFIX.sub("", whole)}


def _typed_projects_own_row(turn, typed, fact: dict) -> bool:
    """Whether a fact is on a typed project's own row in another department's table: its row holds the project's
    whole name after its department's or funding unit's (a finance bureau's 结转结余表 printing 住建局's project) —
    the typed project itself, in a table of another kind, no second department holding what was asked."""
    for e in typed.entities or ():
        p = turn.kb.projects.get(e.get("id")) if e.get("kind") == "project" else None
        if p is not None and _projects_own_row(fact, p.name, {turn.kb.department_of(p.id), p.unit_name} - {""}):
            return True
    return False


def _same_line_elsewhere(named: list[str], idx: FactIndex, typed_depts: set[str]) -> list[int]:
    """"就业补助资金有多少": the typed reading's one project's amount (named: its name), while another
    department's table prints a line of that name (4.就业补助, said without 资金/经费) with a sum of money: those
    lines' facts."""
    if len(named) != 1:
        return []
    whole = label_key(named[0])
    keys = {whole, _MONEY_SUFFIX.sub("", whole)} - {""}
    found: set[int] = set()
    for key in keys:
        if len(key) < 3:
            continue
        for fid in idx.label_facts.get(key, ()):
            if key not in idx.fact_keys.get(fid, ())[:idx.fact_nrows.get(fid, 0)]:
                continue  # the words are a column's or a section's, not the line's own name
            if idx.docs[idx.fact_doc[fid]].department not in typed_depts:
                found.add(fid)
    # a sum of money on the line; a line of the economic classification (31013 公务用车购置) names a kind of
    # spending, not a fund or project of that name. Read in slices until six are found: a line every department's
    # table prints (办公设备购置) is not read whole for six of its facts.
    ordered, out = sorted(found), []
    for at in range(0, len(ordered), LINES_READ_AT_ONCE):
        out += [f["id"] for f in idx.facts(ordered[at:at + LINES_READ_AT_ONCE], copied=False)
                if f["number"] and f["unit"] in ("元", "万元", "亿元") and not re.search(r"\d{3,}", f["row_labels"] or "")]
        if len(out) >= 6:
            break
    return out[:6]


def _leaves_the_conversation(turn, fa: FactAnswer, idx: FactIndex) -> bool:
    """Would this answer come from a department the conversation is not about, although the question
    names none? ("湛江人社局的重点工作任务有哪些" → "第二个投了多少" is about 湛江, whatever else matches.)"""
    if fa.status != "answered" or not fa.facts or _departments_in(compact(normalize(turn.question)), idx) \
            or getattr(turn, "fresh", False) or _names_their_table(turn, fa) or _row_of_department_said(turn, fa, idx):
        return False  # (no conversation yet to leave; or a department said, its row of its place's table answered)
    session = turn.session
    context = _context(session)
    scope = set(context.get("departments") or ()) | set(getattr(session, "talk_departments", None) or ())
    rowed = _read_as_a_row(turn, idx)
    scope |= {name for d in getattr(session, "doc_ids", None) or ()
              if d in turn.kb.documents and (name := turn.kb.documents[d]["department_name"]) not in rowed}
    # The values just answered ("→ 社工部呢 → 两者加起来") are of the conversation, whatever their department.
    scope |= {f["department"] for f in idx.facts(list(context.get("recent") or ()))}
    # (a row of another block of the table just answered from — "应急指挥平台运维经费" → "卫健信息化运维呢", both rows of
    # the place's 部门项目支出预算表 — is of the table the conversation is on)
    shown = {d for f in idx.facts(list(context.get("last") or ())[:20]) for d in idx.table_parts.get(f["document_id"], ())}
    said = _ROW_FOLLOWUP_END.sub("", compact(normalize(turn.question)))
    of_the_table = bool(shown) and {f["document_id"] for f in fa.facts} <= shown and len(said) >= 4 \
        and all(in_order(said, compact(f["row_labels"] or "")) for f in fa.facts)  # (the row said, never "第二个呢")
    return bool(scope) and not {f["department"] for f in fa.facts} <= scope and not of_the_table


_ROW_FOLLOWUP_END = re.compile(r"^(?:那么|那)|(?:是多少|多少钱|多少|呢|吗)+$")



def _row_of_department_said(turn, fa: FactAnswer, idx: FactIndex) -> bool:
    """"平湖交通局有几辆公务用车" after another department's project: the department said (or the conversation's),
    read as its row of its place's table (平湖市交通运输局 › 小计), is the question's own — every fact answered is
    on such a row."""
    text = compact(normalize(turn.question))
    named = {compact(d) for form in idx.dept_forms_said(text) for d in idx.dept_forms.get(form, ())}
    # (or the conversation's department, its row asked by a column alone: "平湖交通局项目支出合计" → "在职人数呢")
    named |= {compact(d) for d in [*(_context(turn.session).get("departments") or ()),
                                   *(getattr(turn.session, "talk_departments", None) or ()),
                                   getattr(getattr(turn.session, "frame", None), "unit", "") or ""] if len(compact(d)) >= 4}
    return bool(named) and all(_own_line_of(f, named) for f in fa.facts)


def _own_line_of(f: dict, named: set[str]) -> bool:
    """Whether a fact is on the line of one of the organisations named: its row label that one, or the 小计 /
    合计 under it (never a project's line grouped under it)."""
    parts = [compact(x) for x in (f["row_labels"] or "").split(query.FACT_SEP) if x.strip()]
    return bool(parts) and (parts[-1] in named or _is_total(label_key(parts[-1])) and bool(named & set(parts[:-1])))


def _names_another_table(turn) -> bool:
    """"图书馆免费开放补助多少 → 营养改善计划里店前中心小学呢": a follow-up saying words of the title of another
    department's table only (营养改善计划, no name explained them) moves to that table, out of the conversation."""
    words = [w for w in getattr(getattr(turn, "p", None), "unexplained", None) or () if len(w) >= 4]
    if not words:
        return False
    titled = turn.kb.departments_titled(words)
    return bool(titled) and not titled & set(getattr(turn.session, "talk_departments", None) or ())


def _names_their_table(turn, fa: FactAnswer) -> bool:
    """"图书馆免费开放补助多少 → 营养改善计划里店前中心小学呢": a word the question says that no name explained
    (营养改善计划, four characters or more) is in the title of the table every fact answered is of: that table
    is named, as its department would be."""
    words = [w for w in getattr(getattr(turn, "p", None), "unexplained", None) or () if len(w) >= 4]
    docs = {f["document_id"] for f in fa.facts}
    titles = [compact(turn.kb.documents[d]["form"] or "") for d in docs if d in turn.kb.documents]
    return bool(words) and len(titles) == len(docs) and any(all(w in t for t in titles) for w in words)


def _read_as_a_row(turn, idx: FactIndex) -> set[str]:
    """The departments the typed reading found in words that are another table's row ("东湖区" of a 分县区
    table read as the 东湖 分局): those words name the row, so the tables it chose are no conversation."""
    text = normalize(turn.question)
    out: set[str] = set()
    for m in getattr(getattr(turn, "p", None), "mentions", None) or ():
        depts = {str(r.key) for r in m.of("department")}
        at = text.find(m.text)
        if depts and at >= 0 and _in_others_row(text, at, at + len(m.text), m.text, idx):
            out |= depts
    # "应急管理局有几辆车": no loaded department, but a row (区应急管理局) of a loaded table of a place's units
    unknown = getattr(getattr(turn, "p", None), "unknown_departments", None) or ()
    out |= {name for name in unknown if idx.row_named(name) or idx.value_named(name)  # (or 区教育局, a 主管部门 cell)
            or _row_said_longer(text, name, idx)}
    # (县委 read inside 县委办公室, the row: no organisation of its own said)
    return out | {name for name in unknown if any(name in row and name != row for row in out)}


def _row_said_longer(text: str, name: str, idx: FactIndex) -> bool:
    """Whether the name the typed reading took ("管理局", its 应急 read as a word of a project) ends a longer name
    said that is a row of a loaded table (应急管理局 of a place's 三公 table)."""
    at = text.find(name)
    if at > 0 and any(idx.row_named(text[s:at + len(name)]) for s in range(at - 1, max(-1, at - 8), -1)):
        return True
    # (or inside a row's name said whole: "对村民委员会和村党支部的补助", a budget subject, names no 委员会)
    return at >= 0 and any(idx.row_named(text[s:e]) for s in range(at, max(-1, at - 4), -1)
                           for e in range(min(len(text), at + len(name) + 24), at + len(name), -1))


def _numbers_in(text: str) -> list[float]:
    return [float(x.replace(",", "")) for x in re.findall(r"-?\d[\d,]*(?:\.\d+)?", text)]


_TYPED_ARITHMETIC = {"share", "sum", "compare", "total", "execution", "completion", "rank"}


_CATEGORY_ASKED = re.compile(r"(?:哪个|哪一个|哪一?类|什么|哪种)(?:一级|二级)?指标(?:下|里|类别|类型)?|(?:一级|二级)(?:指标)?(?:是|叫)?(?:哪|什么|啥)"
                             r"|属于(?:哪|什么)")


def _facts_chosen(turn, typed, fa: FactAnswer, answerer: Answerer, idx: FactIndex) -> bool:
    """Whether the facts' answer is the one whatever the typed reading said: the units of a table ranked,
    counted or filtered; the rows whose cell says what was named ("县交通运输局负责哪几个项目"), not a text
    merely like it; a budget's adjustment, the lines under a subject at a level."""
    read = answerer.last
    if getattr(turn, "into_table", False) and fa.facts:
        return True  # the subject carried into a record table ("它的采购方式"): that table's row answers
    if read is not None and (read.adjusted or read.level and read.under) and fa.facts:
        return True  # "公共卫生下面有哪些项", "X调减了多少": only a table coded by subject (or adjusted) says it
    if fa.facts and {f["document_id"] for f in fa.facts} <= records.tables_of_unit_said(idx, turn.question):
        return True  # "交通局的专项债项目有哪些": a unit of the bond table with the table said, not the bureau's projects
    if fa.facts and {(f["document_id"], f["sheet"]) for f in fa.facts} <= item_rows.sheets_said(idx, turn.question):
        return True  # "专项债最少的项目是哪个": the items of the sheet whose subject is said, not projects named 专项…
    if typed.status == "clarify" and _table_named_answers(fa, read, idx):
        return True  # "政府采购表一共多少条采购项目": the table said by its kind answers; no project nor department to ask
    return _units_asked(turn, typed, answerer, idx) \
        or typed.intent == "content" and bool(answerer.peek(turn.question).values) \
        or typed.status == "answered" and _selects_value_said(fa.text, turn.question, typed.text) \
        or typed.intent == "rank" and _ranked_by_column_said(answerer, fa, idx)


_KIND_SAID_AT_LEAST = 5  # characters of a table's kind said running ("财政拨款支出"), no everyday word alone


def _own_kind_said(question: str, fa: FactAnswer, idx: FactIndex, documents: dict[int, dict]) -> bool:
    """Whether the question says a run of the kind of the one table the facts answer from ("财政拨款支出预算" of
    部门财政拨款支出预算表) that no other table of its department is of (its 项目支出绩效目标表): that table is asked.
    Never a department's 部门整体 目标表 ("水利局部门整体预算多少"): the typed reading reads its whole and lines from it
    already, and answers with its spending and sources shown, not one 合计 cell of it."""
    docs = {f["document_id"] for f in fa.facts}
    if len(docs) != 1 or (doc := idx.docs.get(next(iter(docs)))) is None \
            or (documents.get(doc.id) or {}).get("layout") == DEPARTMENT_TARGETS:
        return False
    form, text = compact(doc.form), compact(normalize(question))
    others = [compact(d["form"] or "") for k, d in documents.items() if d["department_name"] == doc.department and k != doc.id]
    if not others:
        return False
    runs = {text[i:j] for i in range(len(text)) for j in range(i + _KIND_SAID_AT_LEAST, len(text) + 1)
            if text[i:j] in form}
    return any(not any(r in o for o in others) for r in runs)


def _text_column_over_typed(turn, typed, answerer: Answerer, context) -> FactAnswer | None:
    """The facts' answer of a question asking a row's text column in everyday words, where it is one row's cell
    under that column and the typed answer shows none (_text_column_answered)."""
    if typed.status not in ("answered", "clarify") or not getattr(turn, "fresh", False) or context \
            or answerer.text_kind_asked(compact(normalize(turn.question))) is None:
        return None
    fa = answerer.answer(turn.question, None, None)
    return fa if fa is not None and fa.status == "answered" and _text_column_answered(turn, typed, fa, answerer) else None


def _text_column_answered(turn, typed, fa: FactAnswer, answerer: Answerer) -> bool:
    """"法律顾问服务谁承接": a row's text column asked in everyday words ([row_text_asks]: 谁承接 → 承接主体) and answered
    by one row's cell under that column, where the typed reading shows no such column (an indicator whose name holds
    法律顾问服务): the cell answers."""
    kind = answerer.text_kind_asked(compact(normalize(turn.question)))
    if kind is None or len(fa.facts) != 1 or fa.facts[0]["number"] is not None:
        return False
    col = compact((fa.facts[0]["col_labels"] or "").split(query.FACT_SEP)[-1])
    return any(h in col for h in kind[1]["heads"]) and not any(h in compact(typed.text) for h in kind[1]["heads"])


def _of_the_rows_shown(turn, fa: FactAnswer, idx: FactIndex) -> bool:
    """Whether every fact of the answer stands on a row just shown (its line of its sheet)."""
    kept = _context(turn.session)
    shown = idx.facts(list(kept.get("last") or kept.get("shown") or ())[:12])
    lines = {(f["document_id"], f["sheet"], f["page"], f["line"]) for f in shown}
    return bool(fa.facts) and bool(lines) and all((f["document_id"], f["sheet"], f["page"], f["line"]) in lines for f in fa.facts)


def _line_of_the_table_shown(turn, typed, fa: FactAnswer, idx: FactIndex) -> bool:
    """"体育支出多少" (a line of a 收支总表) → "文物呢": a line of the same table said by its whole own name, right
    after a line of it was shown, is that line — never a project whose longer name only holds the word."""
    said = re.sub(r"^(?:那|那么|还有)|(?:的)?(?:呢|是多少|多少)$", "", compact(normalize(turn.question)))
    last = idx.facts(list(_context(turn.session).get("last") or ())[:5])
    parse = getattr(turn, "p", None)
    if typed.status != "answered" or not last or not fa.facts or not re.search(r"呢$", compact(turn.question)) \
            or any(m.of("project") and _project_named_whole(turn, m) for m in getattr(parse, "mentions", None) or ()):
        return False
    tables = {(f["document_id"], f["sheet"]) for f in last}
    # (or by a name its row's heading is said by: "质监站呢" of the 小计 under 永嘉县建设工程质量安全监督站)
    rows = idx._rows_by_form().get(said, set())
    return len(tables) == 1 and all((f["document_id"], f["sheet"]) in tables for f in fa.facts) \
        and all(label_key(own_label(f)) == label_key(said) or _row_path_holds(f, rows) for f in fa.facts)


def _row_path_holds(f: dict, rows: set[str]) -> bool:
    """Whether a line's row labels (its heading's and its own) hold one of the rows a name said stands for."""
    return bool(rows) and any(label_key(r) in rows for r in (f["row_labels"] or "").split(query.FACT_SEP) if r)


def _row_and_column_over_a_piece(turn, typed, answerer: Answerer, idx: FactIndex) -> FactAnswer | None:
    """A row and a column of a general table each said whole (平湖交通局 › 编制数), nothing left over, while the
    typed reading's project holds no more of the question than a word of two characters (编制 of 综合交通规划编制
    及前期研究经费): the row's figure, not that project's; None otherwise."""
    read = answerer.peek(turn.question)
    projects = [compact(e.get("name") or "") for e in typed.entities if e.get("kind") == "project"]
    if typed.status != "answered" or read.leftover.strip() or read.departments or not projects \
            or not _row_and_column_said(read, projects, idx):
        return None
    p = getattr(turn, "p", None)
    if p is not None and any(m.score >= 100 and (m.of("indicator") or m.of("category") or _project_named_whole(turn, m))
                             for m in p.mentions):
        return None  # an indicator or a project said by its name is the typed reading's ("公交准点率的年度指标值")
    fa = answerer.answer(turn.question, None, None)
    if fa is None or fa.status != "answered" or not fa.facts or any(
            idx.docs[f["document_id"]].layout != "general-table" for f in fa.facts if f["document_id"] in idx.docs):
        return None
    return fa


def _row_and_column_said(read, projects: list[str], idx: FactIndex) -> bool:
    said = [m for m in read.mentions if m.start >= 0 and m.keys]
    cols = [m for m in said if m.keys <= idx.col_keys and m.quality >= 1.0]
    rows = [m for m in said if m.keys <= idx.row_label_keys and m.quality >= 1.0]
    return bool(cols) and bool(rows) and all(len(w := read.text[m.start:m.end]) <= 2 or not any(w in p for p in projects)
                                             for m in said)


def _said_of(text: str, name: str) -> int:
    """How many characters of the question stand in runs (two or more) of a name."""
    n, i = 0, 0
    while i < len(text) - 1:
        j = next((j for j in range(len(text), i + 1, -1) if text[i:j] in name), i)
        n, i = (n + j - i, j) if j - i >= 2 else (n, i + 1)
    return n


def _row_said_over_the_project(turn, typed, fa: FactAnswer, idx: FactIndex) -> bool:
    """"基层所标准化改造工程预计啥时候采购": the facts' answer is one row of a general table (a 采购意向 row's 预计采购
    时间) that the question says much more of than of the project whose indicator the typed reading took (标准化 of
    小微企业质量提升和标准化…, its 及时率): the row said in short is asked, never that indicator."""
    rows = {(f["document_id"], f["sheet"], f["line"]) for f in fa.facts}
    if len(rows) != 1 or any(idx.docs[f["document_id"]].layout != "general-table" for f in fa.facts if f["document_id"] in idx.docs):
        return False
    text = compact(normalize(turn.question))
    row = compact(own_label(fa.facts[0]))
    projects = [compact(e.get("name") or "") for e in typed.entities if e.get("kind") == "project"]
    return bool(projects) and len(row) >= 4 and _said_of(text, row) >= 5 \
        and all(_said_of(text, row) > _said_of(text, p) + 2 for p in projects)


def _table_named_answers(fa: FactAnswer, read, idx: FactIndex) -> bool:
    """The question names one general table by its kind (政府采购表, 对比表) and the facts' answer is all of it: the
    typed reading's question back (which project, which department) is about other tables."""
    named = read.subject_docs if read is not None else set()
    return len(named) == 1 and bool(fa.facts) and {f["document_id"] for f in fa.facts} <= named \
        and all(idx.docs[d].layout == "general-table" for d in named if d in idx.docs)


def _ranked_by_column_said(answerer: Answerer, fa: FactAnswer, idx: FactIndex) -> bool:
    """"三年合计最多的项目": the rows ranked by a column said whole (4+ characters) that the facts' answer ranked
    by, never each department's projects by their own money (the typed reading knows no such column)."""
    fq = answerer.last
    cols = {k for m in fq.mentions if m.start >= 0 and m.exact and m.quality >= 1 and m.end - m.start >= 4
            and m.keys <= idx.col_keys and not m.keys & idx.row_label_keys for k in m.keys} if fq is not None else set()
    return bool(cols) and bool(fa.ranked) and bool(fa.facts) and all(
        cols & set(idx.fact_keys.get(f["id"], ())) for f in fa.facts)


# The typed readings of projects' money, which a department's general table answers instead when its line is said
_PROJECT_MONEY = frozenset(("amount", "total", "rank", "project_list", "lookup_amount", "sum"))
# "哪类", "哪几类", "第二多的是哪类": the lines of a table asked by their kind, never projects
_LINES_BY_KIND = re.compile(r"哪一?类|哪几类|几类")


def _general_line_of_department(turn, answerer: Answerer) -> bool:
    """Whether the question names a department and a line of its own general table said whole ("卫健局的卫生
    健康支出预算多少", "卫健局支出总计"), or that table's lines by their kind ("支出第二多的是哪类"), and the facts
    answer from that department alone: its table's line, never a project only like the words (卫生健康综合
    监督执法经费) nor the sum of its projects. A question saying 项目 asks the projects."""
    fq = answerer.peek(turn.question)
    if not fq.departments or "项目" in fq.text:
        return False
    p = getattr(turn, "p", None)
    if p is not None and any(m.score >= 100 and (m.of("indicator") or m.of("category") or _project_named_whole(turn, m))
                             for m in p.mentions):
        return False  # a project, an indicator or a kind of indicators said by its name is the typed reading's
    said = [compact(fq.text[m.start:m.end]) for m in fq.mentions if m.start >= 0 and m.exact]
    whole = [w for w, m in zip(said, [m for m in fq.mentions if m.start >= 0 and m.exact], strict=True)
             if m.quality >= 1 and len(w) >= 4]
    side = said and "sum" in fq.ops  # "卫健局支出一共多少": a side of the table (支出) added up is its total line
    if not whole and not side and not (said and _LINES_BY_KIND.search(fq.text)):
        return False
    fa = answerer.answer(turn.question, None, None)
    if fa is None or fa.status != "answered" or not fa.facts or not {f["department"] for f in fa.facts} <= set(fq.departments):
        return False
    if side and not whole:
        return all(_is_total(label_key(_own_row(f))) for f in fa.facts)
    rows = compact(" ".join(f["row_labels"] or "" for f in fa.facts))
    # (or a column said whole, read at the table's total line: "民政局人员经费" is 人员经费 of its 合计)
    totals = compact(" ".join(f["col_labels"] or "" for f in fa.facts if _is_total(label_key(_own_row(f)))))
    return not whole or any(w in rows or w in totals for w in whole)


def _project_named_whole(turn, m) -> bool:
    """Whether a mention names a project by its whole name (or the name without its place or unit in front),
    not by the last words a longer name ends with (人员经费 of 殡仪馆政府购买服务人员经费): a name said whole or
    more than half of it (a name equal to what is said is never twice as long, but for nothing said)."""
    said = compact(m.text)
    projects, lengths = turn.kb.projects, _name_lengths(turn.kb)
    found = [lengths.get(pid) or _name_length(turn.kb, lengths, pid) for pid in (r.key for r in m.of("project"))
             if pid in projects]
    return bool(found) and (min(found) < len(said) * 2 or min(found) == 0)


# Per knowledge base, the length of each project's name without spaces, once looked at: a common short name said
# (经费, 人员经费) stands for thousands of projects, looked at question after question.
_NAME_LENGTHS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _name_lengths(kb) -> dict[int, int]:
    found = _NAME_LENGTHS.get(kb)
    if found is None:
        found = _NAME_LENGTHS[kb] = {}
    return found


def _name_length(kb, lengths: dict[int, int], pid: int) -> int:
    n = lengths[pid] = len(compact(kb.projects[pid].name))
    return n


def _selects_value_said(facts_text: str, question: str, typed_text: str) -> bool:
    """Whether the facts list the rows whose cell prints a value the question says whole (建设单位为“县水利局”的),
    which the typed answer does not show but as the question's own words echoed (与“县水利局”有关的项目)."""
    value = _VALUE_SELECTED.search(facts_text)
    return value is not None and value.group(1) in compact(normalize(question)) \
        and value.group(1) not in compact(re.sub(r"“[^”]*”", "", typed_text))


def _explains_more(answerer: Answerer, fa: FactAnswer, typed_text: str, typed_intent: str = "",
                   question: str = "") -> bool:
    """A confident typed answer yields to the facts only when the facts answer a word it ignored: a label
    the question names ("联系人", "权重", "评分标准") that the typed answer does not show, while every
    label the facts used is one the question names exactly."""
    # (an answer settled before the labels were read, a group's 合计 row of a table of records, leaves no
    # reading behind: the question is read here, or "合计预算执行率" kept a project's indicator)
    fq = answerer.last or (answerer.peek(question) if question else None)
    shown = compact(typed_text)
    if fq is not None and _CATEGORY_ASKED.search(fq.text) and "［" in typed_text:
        return False  # "是哪个二级指标下的": the typed answer names the indicator's categories, the facts do not
    whole = _BARE.sub("", typed_text)  # (compact() keeps a question's length only)
    if typed_intent == "indicator_list" and fa.facts and all(
            _BARE.sub("", _LONG_ROW.sub("", (f["row_labels"] or "").split(query.FACT_SEP)[-1])) in whole
            for f in fa.facts):
        # "有哪些效益类指标": the facts are the columns of the very indicators the typed list shows (with its
        # class); that list, numbered, is what "第三个" next counts in
        return False
    if typed_intent == "indicator_value" and _money_line_for_indicators(fa, typed_text, fq.text if fq else question):
        return True
    if typed_intent in _PROJECTS_TYPED and fq is not None and _PROJECTS_ASKED.search(fq.text) \
            and _lines_of_departments_only(fa, answerer.idx):
        return False  # "农技推广中心有哪些项目": the unit's projects, never its line of a 部门收入预算表 (it lists none)
    printed = _numbers_in(typed_text)
    if typed_intent == "source" and fq is not None and fq.mentions and not any(m.exact for m in fq.mentions):
        return False  # "其他资金一共多少": the funding column the typed reading read; not rows a piece of it names (资金投入)
    if fa.status == "answered" and typed_intent not in _TYPED_ARITHMETIC and \
            (m := re.search(r"=\s*(-?[\d.]+)", fa.text)):
        result = float(m.group(1))
        if not any(abs(result - y) < 0.006 for y in printed):
            return True  # the facts computed what the question asks (a difference, a sum, a share)
    rows = {_name(f) for f in fa.facts}
    if fa.status == "answered" and fq is not None and _KINDS_ASKED.search(fq.text) and "多少" not in fq.text \
            and len(rows) >= 2 and any(compact(r) not in shown for r in rows):
        return True  # "资金来源是啥": the table's lines by kind, where the typed answer gave a total
    figures = [f["number"] for f in fa.facts if f["number"] is not None]
    if figures and all(any(abs(x - y) < 0.006 for y in printed) for x in figures):
        return False  # the typed answer already shows these figures
    depts = {f["department"] for f in fa.facts}
    if fa.status == "answered" and len(depts) >= 2 and not all(compact(d) in shown for d in depts):
        return True  # the typed answer covered one of the departments asked about
    if fa.status == "answered" and fq is not None and (cut := [m for m in fq.mentions if _said_but_a_middle_word(fq.text, m)]) \
            and not any(fq.text[m.start:m.start + 2] in shown for m in cut):
        return True  # "茶产业专项资金": 茶产业发展专项资金, not a project whose own words (促进就业) are not said
    # "几个项目": the noun of the rows counted is no word left unexplained
    # "列了几个": in a count, a one-character everyday verb of the vocabulary (列, 写) asks nothing of its own
    left = [] if fq is None else [w for w in _ROW_NOUN_LEFT.sub("", fq.leftover).split()
                                  if not (len(w) == 1 and w in answerer.idx.everyday and "count" in fq.ops)]
    if fa.status != "answered" or fq is None or not fq.mentions or left:
        return False
    named = [fq.text[m.start:m.end] for m in fq.mentions if m.start >= 0]
    if not all(m.exact or m.quality >= 0.8 or _said_but_a_middle_word(fq.text, m)
               or _column_said_by_its_head(fq.text, m, answerer.idx) for m in fq.mentions):
        return False
    return any(w not in shown and not any(k in shown for k in m.keys)
               for w, m in zip(named, [m for m in fq.mentions if m.start >= 0], strict=True))


# The typed readings of a unit's projects (listed, counted, ranked), and projects asked (never 项目支出, a column).
_PROJECTS_TYPED = {"project_list", "count", "rank", "filter"}
_PROJECTS_ASKED = re.compile(r"项目(?!支出)")


def _lines_of_departments_only(fa: FactAnswer, idx: FactIndex) -> bool:
    """Whether every fact answered is a line of a table of departments and their units (dept_units.py): a unit's
    projects asked are the typed reading's (engine/units.py's _unit_said_short reads a unit said short as it)."""
    books = {(b.doc, b.sheet) for b in dept_units.all_books(idx)}
    return bool(fa.facts) and bool(books) and all((f["document_id"], f["sheet"]) in books for f in fa.facts)


# Money asked of a thing ("低产茶园改造多少钱"), and an amount printed (万元, 元 — not a rate: 300元/亩).
_MONEY_SAID = re.compile(r"多少钱|几块钱|金额|花了?多少|花费|经费多少|资金多少|预算多少")
_AMOUNT_SHOWN = re.compile(r"\d(?:\.\d+)?\s*(?:万元|亿元|元)(?![/／每])")


def _money_line_for_indicators(fa: FactAnswer, typed_text: str, question: str) -> bool:
    """"低产茶园改造多少钱": money asked, the typed answer's indicators of the thing (its area, its cost per 亩)
    state no amount, and the facts found one line of money (a 支出明细's 金额): that line is the answer."""
    if fa.status != "answered" or not _MONEY_SAID.search(question) or _AMOUNT_SHOWN.search(typed_text):
        return False
    figures = [f for f in fa.facts if f["number"] is not None]
    return len(figures) == 1 and figures[0]["unit"] in MONEY_UNITS


def _said_but_a_middle_word(text: str, m) -> bool:
    """"茶产业专项资金" of 茶产业发展专项资金: a label said from its start to its end, a short word of its middle
    left out."""
    said = text[m.start:m.end] if m.start >= 0 else ""
    return len(said) >= 5 and m.quality >= 0.7 and any(
        k.startswith(said[:2]) and k.endswith(said[-2:]) and 0 < len(k) - len(said) <= 3 for k in m.keys)


_LONG_ROW = re.compile(r"[（(][^（）()]*[）)]")
# The head of the rows a printed value selected (compose.having_value_head): 建设单位为“县水利局”的
_VALUE_SELECTED = re.compile(r"^[^\n“]{0,20}(?:为|含)“([^”]{2,30})”的")
_BARE = re.compile(r"[\W_]")


def _conversation_departments(turn, idx: FactIndex) -> list[str]:
    """The departments a follow-up ("2021年的预算呢") is about: those of the conversation's frame."""
    frame = getattr(turn.session, "frame", None)
    if not _FOLLOWUP.search(compact(turn.question)):
        return []
    framed = sorted({idx.docs[d].department for d in getattr(frame, "doc_ids", None) or () if d in idx.docs})
    # a fact answer's department is kept in the facts' own context, not in the frame
    return framed or sorted(d for d in _context(turn.session).get("departments") or () if d in idx.dept_docs)


def _year_not_of_the_answer(turn, fa, idx: FactIndex) -> str:
    """"山洪灾害防治经费去年执行数" naming no department: the year asked is checked against the years of the
    departments the facts found are of — another department's tables of that year (checked when the question
    names none) never let this one's figure of its own year stand for it. "" when held or none asked."""
    if fa is None or fa.status != "answered" or not fa.facts or getattr(turn, "clause", False):
        return ""
    if _departments_in(compact(normalize(turn.question)), idx):
        return ""  # (a department said: its years were checked before the facts were read)
    depts = sorted({f["department"] for f in fa.facts if f["department"] in idx.dept_years})
    if not depts:
        return ""
    return _missing_year(idx, turn.question, turn.kb, of_departments=depts)


def _missing_year(idx: FactIndex, question: str, kb, conversation: list[str] | None = None,
                  shown: list[int] | None = None, of_departments: list[str] | None = None) -> str:
    """"没有 N 年的数据，现有：…" when the question asks a year none of its departments' tables has (those
    of the conversation when a follow-up names none, or those of the facts found when given; a year said
    back from now counts from the tables of the figure just shown, when shown)."""
    # ("2024年末余额" of a table of 2025 and 2026: its 2025 column's 上年末 row, a year held)
    led = year_led_names(idx, idx.conn)
    text = rows_said(_compared_year(names_with_years(compact(normalize(question)), led), idx, conversation), idx)
    for s, e in name_year_spans(text, led):
        text = text[:s] + "\x00" * (e - s) + text[e:]  # (2019年 of "2019年某省政府专项债券七期": the name's)
    if works := records.year_of_dates_said(idx, text):  # (2026年 of 2026年完工: a condition on a column of dates)
        text = text[:works[0]] + "\x00" * (works[1] - works[0]) + text[works[1]:]
    asked_abs = [int(m.group(1)) for m in YEAR_ASKED.finditer(text)]
    for s, e in _label_year_spans(text, idx) + _value_year_spans(text, idx):
        text = text[:s] + "\x00" * (e - s) + text[e:]  # 上年结转 is a label, not last year (结转下年 a 备注's text)
    rel = [off for word, off in _REL_YEARS if word in text]
    if not asked_abs and not rel:
        return ""
    depts = of_departments or _departments_in(text, idx) or conversation or list(idx.dept_docs)
    have = sorted({y for d in depts for y in idx.dept_years.get(d, ())}
                  | {y for d in depts for y in dept_units.years_listing(idx, d)}  # (its line of a place's table)
                  | {y for d in depts if of_departments is None for _, docs in _rows_in_place_tables(idx, d)
                     for x in docs for y in (idx.doc_years.get(x) or ())})
    # (a department asked, not the departments of facts found: its row 县市场监督管理局 of 长兴县's table holds those
    # years for it too; a figure found in its own tables is still checked against their years alone)
    if not have:
        if asked_abs or any(rel):
            # No table says its year: a figure for 2019 or 去年 cannot be told from this year's.
            said = [word for word, off in _REL_YEARS if off and word in text]
            said = [w for w in said if not any(w != o and w in o for o in said)]  # 大前年, not 前年 too
            return compose.years_not_marked(asked_abs, depts, said)
        return ""
    docs = [idx.docs[x] for d in depts for x in idx.dept_docs.get(d, ())]
    # ("高标准农田执行率" of a 2025 监控表 → "那去年的呢": 2024, though the department has a 2026 table too)
    of_shown = [idx.docs[x] for x in shown or () if x in idx.docs and idx.docs[x].department in depts]
    base = max(d.year or 0 for d in of_shown or docs) or have[-1]
    if not of_shown and any(off > 0 for off in rel):  # (明年 of the table whose row is named: a 2025 plan's 2026 column)
        base = named_rows_year(idx, Answerer(idx).read(text).mentions, [d.id for d in docs]) or base
    if rel and re.search(r"(?:较|比|相比|对比|同比)(?:上年|去年|上一年)|(?:跟|和|与)(?:上年|去年|上一年)度?相?比", text):
        rel = []  # "较上年增加" compares with last year inside the table
    # 去年 said of a self-evaluation is its own year — of a question standing alone; a follow-up's 去年 is
    # the year before the figure just shown
    back = 1 if not conversation and idx.looks_back([x.id for x in docs]) else 0
    asked = asked_abs + [base + off + (back if off < 0 else 0) for off in rel]
    missing = [y for y in dict.fromkeys(asked) if y not in have]
    if not missing:
        return ""
    return compose.years_not_held(missing, have)


def printed_result(kb, op: str, a: dict, b: dict, value: float) -> dict | None:
    """The value the table itself prints for the sum or share of two facts shown (a, b carry their fact
    ids), when it differs from the one computed only by rounding (op "whole": or not at all): a total in the same section as either
    of them (the sum), or a percentage on the part's own row (the share). None when none or several."""
    idx = index_for(kb)
    shown = idx.facts([a["fact"], b["fact"]])
    if len(shown) != 2 or shown[0]["document_id"] != shown[1]["document_id"]:
        return None
    doc = shown[0]["document_id"]
    if op == "holds":
        return _subtotal_holding(shown)
    if op in ("sum", "whole"):  # (whole: the total the two are checked against, equal to their sum or not)
        sections = {f["section"] for f in shown if f["section"]}
        ids = {a["fact"], b["fact"]}
        fits = [f for f in idx.facts(list(idx.docs[doc].facts)) if f["number"] is not None and f["id"] not in ids
                and f["unit"] == shown[0]["unit"] and (op == "whole" or 0 < abs(f["number"] - value))
                and abs(f["number"] - value) <= 0.011
                and (f["section"] in sections or any(_is_total(k) for k in idx.row_keys(f["id"])))]
    else:
        part = re.sub(r"^\d+|[（(][^）)]*[）)]", "", (shown[1]["row_labels"] or "").split(query.FACT_SEP)[-1]).strip()
        fits = [f for f in idx.facts(list(idx.docs[doc].facts)) if f["number"] is not None and f["unit"] == "%"
                and 0 < abs(f["number"] - value) < 0.05 and len(part) >= 2
                and part in re.sub(r"[（(][^）)]*[）)]", "", f["row_labels"] or "")]
    if len({f["number"] for f in fits}) != 1:
        return None
    f = fits[0]
    return {"value": _shown(f), "label": _name(f), "source": _cite(idx, [f])}


_SUBTOTAL_END = re.compile(r"(.*?)\s*[（(]?小计[）)]?$")


def _subtotal_holding(shown: list) -> dict | None:
    """Of two facts of one table's column, the one on a 小计 row whose group the other's row stands under ("交通小计"
    over the rows its path heads "交通": 交通 | 某某路改建工程): {"total": its fact id}. None when neither is such a
    row, or the 小计's row says no group (a bare "小计": its group is not read off its label)."""
    if (shown[0]["col_labels"] or "") != (shown[1]["col_labels"] or ""):
        return None
    paths = [[p.strip() for p in (f["row_labels"] or "").split(query.FACT_SEP)] for f in shown]
    for total, part, fact in ((paths[0], paths[1], shown[0]), (paths[1], paths[0], shown[1])):
        if (m := _SUBTOTAL_END.fullmatch(total[-1])) is None:
            continue
        group = [p for p in total[:-1] if p] + ([m.group(1)] if m.group(1) else [])
        if group and len(part) > len(group) and part[:len(group)] == group:
            return {"total": fact["id"]}
    return None


def stated_of_year(kb, doc_id: int, year: int, unit: str) -> dict | None:
    """The one figure a table of another year states for `year` in the unit asked ("2019年预算金额5440万元" in
    the text of a 2020 申报表: a label saying the year, no column), with its name and source; None when it
    states none or several such figures (a column of the year before is the table's own comparison)."""
    idx = index_for(kb)
    if doc_id not in idx.docs or idx.docs[doc_id].year == year:
        return None
    fits = [f for f in idx.facts(list(idx.docs[doc_id].facts)) if f["year"] == year and f["number"]
            and f["unit"] == unit and not f["col_labels"] and str(year) in (f["row_labels"] or "")]
    if len({f["number"] for f in fits}) != 1:
        return None
    f = fits[0]
    return {"value": f["number"], "label": _name(f), "source": _cite(idx, [f])}


# A row's own printed change: its rate column ("增减率") or its amount of change ("增减额").
_OWN_CHANGE = {"growth_rate": re.compile(r"增减率|增长率|增幅|变动率|增减幅度"),
               "change": re.compile(r"增减额|增减(?!率)|增加额|变动额|比上年增减")}


def own_change_printed(kb, fact_id: int, op: str) -> bool:
    """Whether the row of the fact just shown prints its own change of the kind op asks ("增长率" after
    用于社会福利的彩票公益金支出, whose row has 增减率): then that column answers, not arithmetic between
    two answers."""
    words = _OWN_CHANGE.get(op)
    idx = index_for(kb)
    shown = idx.facts([fact_id])
    if words is None or len(shown) != 1:
        return False
    f = shown[0]
    where = (f["sheet"] or "", f["page"] or 0, f["row_labels"] or "")
    return any(g["number"] is not None and words.search(g["col_labels"] or "")
               and (g["sheet"] or "", g["page"] or 0, g["row_labels"] or "") == where
               for g in idx.facts(list(idx.docs[f["document_id"]].facts)))


def money_of_the_row(kb, fact_ids: list[int]) -> tuple[str, list[int]] | None:
    """The cells of money (元, 万元) among the cells shown of one row (its 预算金额 合计 and 财政拨款 beside its 服务期限,
    服务内容), with the facts used; None unless the cells are of one row and some of them are money."""
    idx = index_for(kb)
    shown = idx.facts(list(fact_ids))
    if not shown or len({(f["document_id"], f["sheet"], f["line"]) for f in shown}) != 1:
        return None
    money = [f for f in shown if f["number"] is not None and (f["unit"] or "") in MONEY_UNITS]
    if not money:
        return None
    return compose.fact_values([(_name(f), _shown(f)) for f in money]) + _cite(idx, money), [f["id"] for f in money]


def ranked_under(kb, fact_id: int, highest: bool | None, place: int = 0,
                 adding_up: bool = False) -> tuple[str, list[int]] | None:
    """"云溪21208这个款" → "下面哪个项最多": the lines one level under the coded line just shown (2120801…,
    2120899 under 21208), in its column, ranked (highest None: in the table's order); with the facts used. None when the line has no code or
    fewer than two lines under it, or, adding_up, when those lines do not add up to it (printed apart)."""
    idx = index_for(kb)
    shown = idx.facts([fact_id])
    if len(shown) != 1:
        return None
    f = shown[0]
    coded = _coded(f["row_labels"])
    if coded is None:
        return _ranked_under_heading(idx, f, highest, place)
    same = (f["sheet"] or "", f["page"] or 0, f["col_labels"] or "")
    column = [(g, c) for g in idx.facts(list(idx.docs[f["document_id"]].facts))
              if g["number"] is not None and (g["sheet"] or "", g["page"] or 0, g["col_labels"] or "") == same
              and (c := _coded(g["row_labels"])) is not None]
    code = coded[0]
    under = [(g, c) for g, c in column if re.fullmatch(rf"{code}\d{{2}}", c[0])]
    while len(under) == 1:  # 221 住房保障支出 → its one 款 22102 → the 项 under that
        code = under[0][1][0]
        deeper = [(g, c) for g, c in column if re.fullmatch(rf"{code}\d{{2}}", c[0])]
        if not deeper:
            break  # (310 资本性支出 → its one 31002 办公设备购置: that line is what is under it)
        under = deeper
    if len(under) < 2 and not (under and highest is None):
        return None
    if adding_up and abs(sum(g["number"] for g, _ in under) - f["number"]) > 0.011 * len(under):
        return None  # (a PDF printing a class's items in two blocks side by side: those of one block are not all)
    if highest is not None:
        under.sort(key=lambda gc: gc[0]["number"], reverse=highest)
    items = [(c[1], _shown(g)) for g, c in under]
    if place and highest is not None:  # "第三多的是哪项": that place only (said so when there are fewer lines)
        if place > len(under):
            return compose.only_so_many(len(under), place), []
        g, c = under[place - 1]
        return compose.ranked_place(place, c[1], _shown(g)) + _cite(idx, [g]), [g["id"]]
    text = (compose.ranked_under(coded[1], items, highest) if highest is not None
            else compose.lines_under(coded[1], items)) + _cite(idx, [g for g, _ in under] + [f])
    return text, [g["id"] for g, _ in under]


def _ranked_under_heading(idx: FactIndex, f: dict, highest: bool | None, place: int) -> tuple[str, list[int]] | None:
    """"二、非税收入" → "其中最多的一项是": the lines the table places under an uncoded heading (its numbering, its
    merged group cell), in its column, ranked; never the heading itself nor a 小计. None when it heads fewer
    than two lines."""
    under = [g for g in Answerer(idx).rows_under(f) if g["number"] is not None and not _is_total(_own_row(g))]
    if len(under) < 2:
        return None
    if highest is not None:
        under.sort(key=lambda g: g["number"], reverse=highest)
    name = own_label(f)
    if place and highest is not None:
        if place > len(under):
            return compose.only_so_many(len(under), place), []
        g = under[place - 1]
        return compose.ranked_place(place, own_label(g), _shown(g)) + _cite(idx, [g]), [g["id"]]
    items = [(own_label(g), _shown(g)) for g in under]
    text = (compose.ranked_under(name, items, highest) if highest is not None
            else compose.lines_under(name, items)) + _cite(idx, under + [f])
    return text, [g["id"] for g in under]


def _coded(row_labels: str | None) -> tuple[str, str] | None:
    """The classification code of a row and its line as printed ("2120803城市建设支出"; a PDF row's code
    may stand as a label of its own before the name: "…\x1f2010601\x1f行政运行")."""
    parts = (row_labels or "").split(query.FACT_SEP)
    for i in range(len(parts) - 1, -1, -1):
        m = re.match(r"^(\d{3,})(.*)$", parts[i].strip())
        if m:
            name = m.group(2).strip() or (parts[i + 1].strip() if i + 1 < len(parts) else "")
            return m.group(1), m.group(1) + name
    return None


def departments_read_as_rows(turn) -> set[str]:
    """The departments the typed reading took from words that name another table's row (东湖区 of a 分县区
    table, not the 东湖 分局): the question does not name them."""
    return _read_as_a_row(turn, index_for(turn.kb)) if index_for(turn.kb).fact_docs else set()


def departments_named(kb, question: str) -> list[str]:
    """The departments a question names, by the names people use (社工部, 桐溪, 东湖分局)."""
    return _departments_in(compact(normalize(question)), index_for(kb))


def departments_titled(kb, text: str) -> list[str]:
    """The departments whose tables a few words name by their title's subject ("营养改善计划总额", said with a
    synonym too: "营养餐"): one side of "X总额和Y局项目合计哪个多"."""
    idx = index_for(kb)
    said = compact(normalize(text))
    for group in idx.synonyms:
        said = next((said.replace(w, group[0]) for w in group[1:] if w in said and group[0] not in said), said)
    docs = {d for word, ds in idx.title_subjects.items() if word in said for d in ds}
    return list(dict.fromkeys(idx.docs[d].department for d in sorted(docs)))


def only_departments(kb, text: str) -> bool:
    """Whether a few words name a department and nothing else ("湛江", "普陀财政局的"): one side of "A和B的X
    分别多少", whose item is said once, after the last department."""
    idx = index_for(kb)
    rest = compact(normalize(text))
    forms = {f for i in range(len(rest) - 1) for f in idx.dept_by_gram.get(rest[i:i + 2], ()) if f in rest}
    if not forms:
        return False
    for form in sorted(forms, key=len, reverse=True):
        rest = rest.replace(form, "")
    return len(re.sub(r"的|呢|多少|分别|各自|各|是|都|有", "", rest)) < 2


def answered_under_department(kb, group: str, facts: list[int]) -> bool:
    """Whether the facts an answer cites stand in the block of a department group of a table of a place's departments."""
    return dept_units.line_under_department(index_for(kb), group, facts)


def other_department_row_of_the_table(kb, before: list[int], facts: list[int]) -> bool:
    """"住建局结转结余率" → "质监站呢" over a place's table of its departments' blocks (a 部门结转结余资金情况表 the
    finance bureau sums up): the answer's lines and the last ones are of that one table, whose rows are the
    departments — another department's row of the table talked about, in the conversation though the table is
    another department's."""
    idx = index_for(kb)
    docs = {idx.fact_doc.get(f) for f in [*before[:20], *facts[:20]]}
    if not before or not facts or len(docs) != 1 or None in docs:
        return False
    from bot.answer.facts.entities import entity_table  # (only after a follow-up left its department)
    table = entity_table(idx, docs.pop())  # type: ignore[arg-type]
    return table is not None and len(table.entities) > 1 and bool(table.items)


def department_prints_line(kb, department: str, item: str) -> bool:
    """Whether a department's own tables print a line of the item's name whole ("农林水支出" of 四、农林水支出):
    "A局和B局的农林水支出合计" asks that line of A too, never A's total."""
    idx = index_for(kb)
    key = label_key(item)
    if len(key) < 2:
        return False
    # (a line printed after its 功能分类 code, "2210201住房公积金", is the line of that name)
    keys = [key, *(k for k in idx.label_facts if k.endswith(key) and _CLASS_CODE.fullmatch(k[:-len(key)]))]
    return any(idx.docs[idx.fact_doc[fid]].department == department and k in idx.fact_keys.get(fid, ())[:idx.fact_nrows.get(fid, 0)]
               for k in keys for fid in idx.label_facts.get(k, ()))


_CLASS_CODE = re.compile(r"\d{3,9}")


# "依据了哪些文件", "引用的文号是什么": the documents a text just shown cites, by their numbers.
_DOCUMENTS_ASKED = re.compile(r"^(?:那|那么)?(?:它|这|这个|这里|里面|其中)?(?:的)?(?:依据|根据|按照|参照|引用|提到)?(?:了|的)?"
                              r"(?:哪些|什么|哪几个|哪几份|哪个|啥)(?:政策)?(?:文件|文号|发文)(?:呢|啊|吗)?$"
                              r"|^(?:那|那么)?(?:依据|根据|政策依据)?(?:的)?(?:文件|文号)(?:有哪些|是什么|是哪些|都有哪些|呢)$")
_NUMBER = r"[\u4e00-\u9fff]{1,8}[【〔\[［(（]\s*(?:19|20)\d\d\s*[】〕\]］)）]\s*\d{1,4}\s*号"
# a document by its number, or by its title (with its number after it, when printed so)
_DOCUMENT_NUMBER = re.compile(rf"《[^《》]{{2,60}}》(?:[（(]\s*{_NUMBER}\s*[)）])?|{_NUMBER}")


_LEAD_VERB = re.compile(r"^(?:依据|根据|按照|参照|执行|落实|贯彻|以及|和|及|与|、)+")


def documents_cited(kb, question: str, fact_ids: list[int]) -> tuple[str, list[int]] | None:
    """"东湖项目申请理由" → "依据了哪些文件": the document numbers the text just shown cites (武政规【2015】15号
    …), each once in its order, with where the text stands; None when the question asks no such thing or
    the text cites none (another cell's documents are not the ones this text relied on)."""
    if not fact_ids or not _DOCUMENTS_ASKED.search(compact(normalize(question))):
        return None
    idx = index_for(kb)
    rows = query.fact_dicts_by_id(kb.conn, fact_ids[:20])
    found = list(dict.fromkeys(_LEAD_VERB.sub("", re.sub(r"\s+", "", m.group()))
                               for r in rows for m in _DOCUMENT_NUMBER.finditer(r["value"] or "")))
    used = [r for r in rows if _DOCUMENT_NUMBER.search(r["value"] or "")]
    if not found:
        return None
    return compose.documents_cited(_name(used[0]), found) + _cite(idx, used), [r["id"] for r in used]

