"""Questions a workbook of one project per sheet (the national 项目支出绩效自评表 template) answers from its
projects as wholes: a project's 总分 ("动物防疫项目自评得了多少分" is the sheet's 总分, never one indicator's
得分), its 实施单位, the 偏差原因 of what it missed (为啥, 怎么改进), and its projects' scores set against each other
(最低, 平均, 低于95分, 满分, "公卫总分 → 两癌呢 → 差几分"); a funding line's column (公卫其他资金全年预算数) and the
funding block's own 得分 (预算执行得分), a class of indicators' points added up (产出指标得了多少分), the form's fields
(自评等级, 填报日期), projects' execution rates against each other (哪个执行率高), the workbook said by its number of
projects (两个自评项目执行数加起来). Answered here, before the labelled facts, only when the project and what is asked
are clear (a name two projects fit is asked back); anything else is left to the rest of the pipeline."""

from __future__ import annotations

from bot.answer import compose
from bot.dialogue.clarify import clarify
from bot.dialogue.values import Answer, Frame
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.asking import words as asking_words
from bot.language.normalize import in_order
from bot.store import queries as query

_SCORE = re.compile(r"总分|总得分|得分|得了|自评分|评分|打分|多少分|几分|分数|满分|分最|最[高低]分|\d分")
_UNIT = re.compile(r"实施单位|执行单位|哪个单位|哪家单位|什么单位|谁(?:来)?实施|由谁|谁负责")
_REASON = re.compile(r"为什么|为啥|为何|咋没|怎么没|怎么会|什么原因|啥原因|原因|延期|偏差|改进|整改")
_MONEY = re.compile(r"执行率|执行数|预算|资金|经费|钱|拨款|金额")
# Words that make a score question one over the projects, not of one of them.
_LOWEST = re.compile(r"最低|最少|最差|垫底")
_HIGHEST = re.compile(r"最高|最多|最好")
_MEAN = re.compile(r"平均|均分")
_FULL = re.compile(r"满分")
# A project's full marks asked, and the full-marks words that ask how its score stands against them instead
_FULL_MARKS = Words("scorecard", "{full_marks}")
_SHORT_OF_FULL = Words("scorecard", "{short_of_full}")
_EACH = re.compile(r"各个|各项目|各自|每个|每一个|所有|全部|分别")  # "各个自评表的总分": each project's, listed
_BOUND = re.compile(r"(低于|不到|不足|少于|小于|高于|超过|多于|大于|不低于|不少于)(\d+(?:\.\d+)?)分|(\d+(?:\.\d+)?)分(以下|以上)")
_BELOW = ("低于", "不到", "不足", "少于", "小于", "以下")
# Words asking for another thing of the sheet (an indicator, a ranking after a list) or a comparison.
_COMPARE = re.compile(r"比.{1,12}?(?:高|低|多|少)了?(?:多少|几分)?|相差|差多少|差了?几分|差距")
# "第二呢", "第三名": the next place of the ranking just shown
_NEXT = re.compile(r"(?:那)?第([二三四五六2-6])(?:名|高|低|个)?(?:呢|是哪个|是谁)?[?？]?")
# The funding block's columns as asked, its lines (a line's own 执行率 the typed reading does not tell apart),
# and the budget added during the year (全年预算数 − 年初预算数).
_FUND_COLUMN = re.compile(r"执行率|执行数|执行了多少|年初预算|全年预算")
_FUND_LINE = re.compile(r"财政拨款|其他资金|上年结转")
# "农机补贴全年预算 → 年初呢": another column of the line just shown, said short
_FUND_SHORT = re.compile(r"(?:那)?(年初|全年|执行率|执行数)(?:预算)?(?:数)?(?:呢|是多少|多少|有多少)?[?？]?")
_SHORT_COLUMN = {"年初": "年初预算数", "全年": "全年预算数", "执行率": "执行率", "执行数": "全年执行数"}
_ADDED = re.compile(r"追加|调增|全年预算比年初|比年初(?:预算)?(?:多|增加)")
# The funding block's own points ("预算执行得分", "资金执行率得了几分"): the 年度资金总额 line's 得分, not the 总分
_FUND_SCORE = re.compile(r"(?:预算|资金)执行(?:率)?(?:的)?(?:得分|得了?多少分|得了?几分|分数)|执行率(?:的)?(?:得分|得了?多少分|得了?几分)"
                         r"|(?:资金|预算|经费)(?:那块|这块|那部分|这部分|部分|方面|板块|那一块|这一块)(?:的)?(?:得分|得了?多少分|得了?几分|分数)")
# The points of one class of indicators ("产出指标得了多少分"): its indicators' 得分 added up
_CLASS_SCORE = re.compile(r"得分|得了?多少分|得了?几分|分数|多少分")
# "公卫和两癌哪个执行率高": projects set against each other by their execution rate
_RATE_WHICH = re.compile(r"(?:哪个|哪一个|哪项|谁)(?:的)?(?:预算)?执行率(?:更|最|比较)?[高低]|执行率(?:哪个|哪一个|谁)(?:更|最|比较)?[高低]")
# "哪个项目执行率最低", "执行率最高的是哪个项目": the projects of the workbook in scope ranked by their execution rate
_RATE_RANK = re.compile(r"(?:哪个|哪一个|哪项|哪些)(?:项目)?(?:的)?(?:预算|资金)?执行率(?:是)?最([高低])"
                        r"|执行率最([高低])的(?:项目|是哪个|是哪一个|是哪项)")
# The self-evaluation said by name ("三个自评项目", "自评表里"): the form workbooks are what is asked
_FORM_SAID = re.compile(r"自评")
# "两个自评项目": the workbook holding that many projects
_COUNT_SAID = re.compile(r"([两二三四五六七八九十]|\d{1,2})个")
# "哪些指标扣分了", "没拿满分": a project's indicators whose 得分 is below their 分值
_LOST = re.compile(r"扣(?:了)?分|丢(?:了)?分|没(?:有)?拿满|不满分|没满分|未满分|没得满分")
# The workbook's projects together: "执行合计", "整体执行率", "全年预算合计"
_WHOLE = re.compile(r"合计|总共|一共|共计|加起来|总的|整体|总体|全部|所有|总执行")
_SPENT = re.compile(r"执行")
_FORM_COLUMNS = "年初预算数 全年预算数 全年执行数"
_FOLLOW = re.compile(rf"{_NEXT.pattern}|{_COMPARE.pattern}")
_OTHER = re.compile(r"指标|第[二三四五六七八九十\d]|比|相差|差多少|差距|扣分")
# What may stand beside a project named alone after a question about another ("两癌呢", "那两癌筛查项目的呢")
_ANOTHER = re.compile(r"(?:那么|那)?(?:项目)?(?:的)?(?:呢)?[?？]?")


def answer(turn, prior: tuple[list[int], list[int], list[int]], last: str = "") -> Answer | None:
    """The answer when the question is one of the kinds above about a form workbook's projects; else None.
    prior: the projects, indicators and documents the conversation was about; last: what the last turn asked here (form_asked)."""
    kb = turn.kb
    docs: frozenset[int] = getattr(kb, "form_documents", frozenset())
    p = getattr(turn, "p", None)
    last, _, held_line = last.partition(":")  # "funds:财政拨款": the funding line the last answer was of
    held_line, _, held_col = held_line.partition("|")  # "funds:|执行率": and the column it showed
    # (a modifier the form prints as a column of its own, 年初预算 of 年初预算数, changes nothing here)
    if not docs or p is None or any(m not in _FORM_COLUMNS for m in p.modifiers):
        return None
    if p.years:  # a year said is the self-evaluation's own ("2025年自评的项目"), else another table's question
        docs = frozenset(d for d in docs if kb.documents[d]["year"] in p.years)
        if not docs or len(set(p.years)) > 1:
            return None
    text = p.text
    picked = turn.session.focus_projects[:1] if last == "score" and p.ordinal and text.strip().isdigit() else []
    if picked and picked[0] in kb.projects and kb.projects[picked[0]].document_id in docs:
        return _total_score(turn, picked[0])  # the project picked when asked which one's 总分
    if not last and not any(prior) and (pid := kb.sheet_names.get(re.sub(r"(?:项目|[?？。])+$", "", text.strip()), 0)):
        return _overview(turn, pid)  # "村卫生室建设": a project named by its sheet alone, as a conversation's start
    if not _asked_here(turn, text, last, held_col):
        return None  # none of the kinds answered here (the common case: no search for the sheets' names)
    sheets = [(at, at + len(form), k) for form, k in kb.sheet_names.items() if (at := text.find(form)) >= 0]
    within = [m for m in p.mentions if any(a <= m.start and m.end <= b for a, b, _ in sheets)]
    # ("整体" of 整体执行率 is a word of some project's name elsewhere, not a project said here)
    within += [m for m in p.mentions if _WHOLE.fullmatch(m.text)]
    # (a name of a project evaluated here and of its department's 目标表 alike: the form's when the question asks
    # it by a self-evaluation's words, 总分, 执行数, 偏差; the 目标表's otherwise)
    lexicon_named = [k for m in p.mentions if m not in within
                     for k in _one_of_the_pair(turn, sorted({r.key for r in m.of("project")}), last, docs)]
    named = lexicon_named + [k for *_, k in sheets]
    if last == "score" and named and _named_alone(p, kb) and all(kb.projects[k].document_id not in docs for k in named):
        # "开渔节评价得分 → 那非遗保护传承经费呢": a project no form scores has no score, never its money instead
        return turn.unknown(compose.form_not_scored(kb.projects[named[0]].name), text, suggest=False)
    if (rate := _RATE_WHICH.search(text)) and len(set(named) - {0}) >= 2 and 0 not in named:
        return _rates_compared(turn, list(dict.fromkeys(named)), "低" in rate.group(0))
    if any(k == 0 or kb.projects[k].document_id not in docs for k in named):
        return None  # a project of another table is named too, or a sheet name two workbooks share
    if len(named) == 2 == len(set(named)) and (_SUM.search(text) or _GAP.search(text)) \
            and (fund := _fund_asked(text, True)) and fund[0] in _PLAIN_COLUMNS:
        # "白茶资金和精品村全年执行数加起来": that column of each, never their totals
        return _funds_of_two(turn, named, *fund, "sum" if _SUM.search(text) else "diff")
    if _SCORE.search(text) and not _across(text) and (which := _which_project(turn, p, within)) is not None:
        return which  # "老年人健康服务总分" of two projects that name fits: asked back, each one's 总分 shown
    pids = list(dict.fromkeys(named))
    indicators = [m for m in p.mentions if m not in within and m.of("indicator")]
    prior_focus = prior[0]
    if not pids and not indicators and prior[1] and (each := _column_of_each_shown(turn, text, prior[1])):
        return each  # "社会化服务的数量指标有哪些 → 得分分别多少": each indicator listed, its own column
    if not pids and not indicators and _of_the_indicators_shown(text, prior):
        return None  # "人居环境整治的满意度 → 得了几分": that indicator's 得分 (the facts' column), not the 总分
    pids, carried = _carried(turn, text, pids, bool(indicators), prior, last, docs)
    if last == "funds" and held_col and len(pids) == 1 and pids != prior_focus[:1] and not indicators \
            and _one_named_alone(p, kb) and kb.projects[pids[0]].document_id in docs:
        return _funds(turn, pids[0], held_col, held_line)  # "高标准农田执行率 → 那污水运维的呢": the same column of it
    return _of_projects(turn, text, pids, indicators, prior, carried, (last, held_line), bool(sheets) and not lexicon_named,
                        docs)


def _carried(turn, text: str, pids: list[int], indicators: bool, prior: tuple[list[int], list[int], list[int]],
             last: str, docs: frozenset[int]) -> tuple[list[int], set]:
    """The project (and the indicators) a question naming none is of: the one just answered about, when the
    question is short and asks no other thing, points at it (它), or names another class of its indicators."""
    kb, p, prior_focus = turn.kb, turn.p, prior[0]
    carried: set = set()
    if not pids and not p.refs("department") and prior_focus and len(text) <= 12 \
            and (_ADDED.search(text) or not _OTHER.search(text)):
        pids = [k for k in prior_focus[:1] if k in kb.projects and kb.projects[k].document_id in docs]
        carried = set(prior[1])  # "品牌推介活动 → 为啥少了一场": the indicator just shown
    if not pids and not p.refs("department") and prior_focus and ("refer" in p.concepts or last == "class"
                                                                  and p.categories() and len(text) <= 8):
        # "得分最低的 → 它哪些指标扣分了", "决策指标得分 → 过程指标呢": the project just answered about
        pids = [k for k in prior_focus[:1] if k in kb.projects and kb.projects[k].document_id in docs]
    if not pids and not indicators and (owner := _owner_of_the_one_shown(turn, text, prior[1], docs)):
        pids, carried = [owner], set(prior[1])  # "保洁长度完成多少 → 偏差原因呢": its project's
    return pids, carried


def _one_of_the_pair(turn, keys: list[int], last: str, docs: frozenset[int]) -> list[int]:
    """A name of a project evaluated here and of its department's 目标表 alike: the form's right after an answer
    of the forms when the name is said alone ("全域旅游的评价得分 → 那文化礼堂呢"), else as the turn reads the pair."""
    forms = [k for k in keys if turn.kb.projects[k].document_id in docs]
    if last and len(forms) == 1 < len(keys) and _named_alone(turn.p, turn.kb):
        return forms
    return turn.one_table_of_a_pair(keys)


def _asked_here(turn, text: str, last: str, held_col: str) -> bool:
    """Does the question say one of the kinds answered here (checked before any search for the sheets' names)?"""
    kb, p = turn.kb, turn.p
    return bool(_SCORE.search(text) or _LOST.search(text) or _SPENT.search(text) or _UNIT.search(text)
                or _REASON.search(text) or _FUND_COLUMN.search(text) or _FUND_LINE.search(text)
                or _ADDED.search(text) or (last and _FOLLOW.search(text)) or (last == "score" and _named_alone(p, kb))
                or _field_said(kb, text) or _GRADE.search(text) or any(w.search(text) for _, w in _INDICATOR_ASKS)
                or (last == "funds" and (_FUND_SHORT.fullmatch(text) or held_col and _one_named_alone(p, kb)))
                or _HAS_IT.search(turn.question) or _FORM_SAID.search(text)
                or (p.categories() and (_LIST_ASKED.search(text) or last == "class")))


def _owner_of_the_one_shown(turn, text: str, shown: list[int], docs: frozenset[int]) -> int:
    """The project of the one indicator just shown when a short why follows it with nothing named; 0 otherwise."""
    kb = turn.kb
    if turn.p.refs("department") or len(shown) != 1 or len(text) > 12 or not _REASON.search(text):
        return 0
    rows = query.indicators(kb.conn, ids=shown)
    return rows[0]["project_id"] if rows and kb.projects[rows[0]["project_id"]].document_id in docs else 0


# The points a project's 总分 is short of its full marks asked ("扣了多少分", "丢了几分", "差几分满分")
_POINTS_LOST = re.compile(r"扣了?(?:多少|几)分|丢了?(?:多少|几)分|差(?:了)?(?:多少|几)分(?:满分|到满分)|离满分")
# "家医签约各指标得分": each indicator's 得分 beside its 分值
_EACH_POINTS = re.compile(r"(?:各|每个|每项|每一项|所有|全部)(?:个|项)?指标(?:的|都)?(?:得分|分数|分值|打分|得了?多少分|得了?几分)"
                          r"|指标(?:的)?(?:得分|分数)(?:情况|明细|分别|各是多少)|指标分别得了?(?:多少|几)分")
# "家医签约有这个指标吗": whether another project's sheet has the indicator just shown
_HAS_IT = re.compile(r"有(?:没有)?(?:这个|这项|这一项|这种|该|此|同样的|一样的)(?:指标)?(?:吗|么|没有|不)|有没有(?:这个|这项|这种|该|此)?指标")
# The project's own 总分 said in words (not an indicator's 得分)
_PROJECT_SCORE = re.compile(r"总分|总得分|自评分|整体|项目|自评")
# How many indicators an answer may show and still be what a bare "得了几分" asks of (a project's whole list is not)
_FEW_SHOWN = 3


def _of_the_indicators_shown(text: str, prior: tuple[list[int], list[int], list[int]]) -> bool:
    """A bare score question ("得了几分", "得分呢") right after an answer about a few indicators asks their own
    得分, which the sheet prints beside each; the project's 总分 is asked in words of its own."""
    return 0 < len(prior[1]) <= _FEW_SHOWN and len(text) <= 8 and bool(_CLASS_SCORE.search(text)) \
        and not _PROJECT_SCORE.search(text) and not _COMPARE.search(text)


def _of_projects(turn, text: str, pids: list[int], indicators: list, prior: tuple[list[int], list[int], list[int]],
                 carried: set, asked: tuple[str, str], sheet_only: bool, docs: frozenset[int]) -> Answer | None:
    """The kinds of question over the projects named (or carried), in the order they are told apart.
    asked: what the last turn asked here, and the funding line its answer was of ("" for the whole);
    docs: the form workbooks in scope (those of the year said)."""
    kb, p, prior_focus = turn.kb, turn.p, prior[0]
    last, held_line = asked
    indicators = _own_indicators(kb, text, pids, indicators)
    if last in ("max", "min") and not pids and _NEXT.fullmatch(text):
        return _ranked(turn, docs, "最高" if last == "max" else "最低", _ordinal(text))
    if _COMPARE.search(text) and (_SCORE.search(text) or last == "score") and not _MONEY.search(text):
        return _compared(turn, pids, prior_focus, last)
    if last == "score" and len(pids) == 1 and not indicators and _named_alone(p, kb):
        return _total_score(turn, pids[0])  # "公卫总分 → 两癌呢": the same of the project named next
    if not pids and not indicators and _REASONS_WHICH.search(text):
        return _reasons_listed(turn, docs, set(prior[2]), text)
    if _REASON.search(text) and (pids or indicators):
        return _why(turn, text, pids, indicators, carried)
    if not pids and not indicators and (listed := _summary_asked(turn, docs, text)) is not None:
        return listed
    if len(pids) == 1 and not indicators and not p.categories() and _FULL_MARKS.search(text) and not _SHORT_OF_FULL.search(text):
        return _full_marks(turn, pids[0])  # "开渔节评价满分多少": the 总分 line's 分值, never the project's money
    if len(pids) == 1 and not indicators and (_EACH_POINTS.search(text) or _LOST.search(text)
                                              and re.search(r"哪些|哪几|哪个|几个|指标", text) and not _MONEY.search(text)):
        return _lost(turn, pids[0], bool(_EACH_POINTS.search(text)))
    # (a project named by its sheet's name or carried from the question before: the typed reading has it not)
    if last == "funds" and len(pids) == 1 and pids == prior_focus[:1] and (short := _FUND_SHORT.fullmatch(text)):
        return _funds(turn, pids[0], _SHORT_COLUMN[short.group(1)], held_line)
    # (a project the 汇总 sheet alone prints: its line answers every column, as a sheet named would; a project
    # named by its name asks its form's column as well, 白茶资金年初预算多少)
    if len(pids) == 1 and not indicators and (fund := _fund_asked(text, True)):
        col, line = fund
        # "财政拨款全年预算 → 执行了多少": another column of the line just answered, never the whole's
        carry = last == "funds" and pids == prior_focus[:1] and not line and not p.mentions
        return _funds(turn, pids[0], col, held_line if carry else line)
    if len(pids) == 1 and (kinds := p.categories()) and (found := _of_a_class(turn, text, pids[0], kinds, asked)):
        return found
    if not pids and not indicators and (found := _over_the_workbook(turn, text, docs, set(prior[2]))) is not None:
        return found
    if len(pids) <= 1 and not indicators and (field := _field_said(kb, text)) \
            and (pids or (whole := _field_of_the_workbook(turn, docs, set(prior[2]), text, field))):
        return _field(turn, pids[0], field) if pids else whole
    if len(pids) == 1 and not indicators and _HAS_IT.search(turn.question) and len(prior[1]) == 1:
        return _has_the_indicator(turn, pids[0], prior[1][0])  # "公卫的传染病报告及时率 → 家医签约有这个指标吗"
    if (shown := _no_line_scored(turn, text, pids, indicators) if pids else _rate_of_no_indicator(turn, text, docs)):
        return shown  # "老年人健康管理率实际完成情况" where the sheets count the people: never the count
    if len(pids) == 1 and (shown := _indicator_asked(
            turn, pids[0], text, {r.key for m in indicators for r in m.of("indicator")}, carried)) is not None:
        return shown  # "村卫生室项目完工时间那项得分": that indicator's own column, never the project's 总分
    if _OTHER.search(text) or indicators or _MONEY.search(text):
        return None
    if len(pids) == 1 and _UNIT.search(text):
        return _unit(turn, pids[0])
    if _SCORE.search(text) and len(pids) == 1 and not _across(text):
        return _total_score(turn, pids[0])
    if not pids and _SCORE.search(text) and (_across(text) or _EACH.search(text)) \
            and re.search(r"项目|自评|哪个|哪些|几个", text):  # (各/所有 with a project said is that project's)
        return _ranked(turn, docs, text)
    return None


def _reason_columns() -> tuple[str, ...]:
    """The columns a scored form says why an indicator fell short in ([asking_words.scorecard] reason_columns)."""
    return asking_words().get("scorecard", {}).get("reason_columns", ())


def _own_indicators(kb, text: str, pids: list[int], indicators: list) -> list:
    """The indicators said that are the one project's own ("基本公卫预算执行率得分": 预算执行率 is an indicator of
    other tables only, the project's funding column here)."""
    if len(pids) != 1 or not indicators:
        return indicators
    own = set(query.indicator_ids_of(kb.conn, pids))
    return [m for m in indicators if any(r.key in own for r in m.of("indicator"))] \
        or [m for m in indicators if not _fund_asked(text, True)]


def _full_marks(turn, pid: int) -> Answer:
    """A project's full marks: the 分值 its form prints on the 总分 (or grid's 合计) line; said unknown when the
    form prints none there (never the project's 总分 or its money in its place)."""
    kb = turn.kb
    project = kb.projects[pid]
    doc = kb.documents[project.document_id]
    row = next((r for r in _scores(kb, {project.document_id}) if r["project"] == project.name), None)
    if row is None or row.get("full") is None:
        turn.session.form_asked = ""
        return turn.unknown(compose.form_full_marks_not_printed(project.name, _table(doc)), turn.p.text, suggest=False)
    place = f"{row['file_name']} {row['sheet']} 第{row['line']}行"
    return _done(turn, compose.form_full_marks(project.name, row["full"], row["got"], place, _table(doc)), "form_score",
                 [pid], "score")


def _no_line_scored(turn, text: str, pids: list[int], indicators: list) -> Answer | None:
    """"高标准农田第三方评价得分": a score of one project the form prints no line of — unknown, never its 总分 nor an
    indicator's 得分; None when the score asked is one the form prints."""
    if len(pids) != 1 or indicators or not _SCORE.search(text) or not (unheld := _score_of_no_line(turn, text)):
        return None
    return turn.unknown(compose.score_not_printed(turn.kb.projects[pids[0]].name, unheld), text, suggest=False)


def _score_of_no_line(turn, text: str) -> str:
    """The words said between a project's name and its score word that the reading finds nothing of (第三方评价,
    专家评审): a score of something the form prints no line of; "" when every word is read."""
    p, kb = turn.p, turn.kb
    # (the kind of table the form is, said without 表 — 开渔节绩效评价得分 — names no line)
    words = [w for w in p.unexplained if len(w) >= 2 and kb.segmenter.tags.get(w, "n")[:1] in ("n", "v")
             and w not in kb.table_words_held]
    named = [m for m in p.mentions if m.of("project")]
    if not words or not named or p.categories():
        return ""
    score = _SCORE.search(text, named[-1].end)
    said = text[named[-1].end:score.start()].strip("的") if score else ""
    return said if said and all(w in said for w in words) else ""


def _which_project(turn, p, within: list) -> Answer | None:
    """A clarification when one name said fits several projects of the form workbooks (and nothing else)."""
    kb = turn.kb
    groups = [sorted(r.key for r in m.of("project")) for m in p.mentions if m not in within and len(m.of("project")) > 1]
    if len(groups) != 1 or any(kb.projects[k].document_id not in kb.form_documents for k in groups[0]):
        return None
    rows = {r["project"]: r for r in _scores(kb, {kb.projects[k].document_id for k in groups[0]})}
    if any(kb.projects[k].name not in rows for k in groups[0]):
        return None
    options = [Frame(intent="amount", projects=[k], doc_ids=[kb.projects[k].document_id]) for k in groups[0]]
    for o, k in zip(options, groups[0], strict=True):
        o.label = kb.projects[k].name
    figures = [compose.form_score_figure(rows[kb.projects[k].name]) for k in groups[0]]
    turn.session.form_asked = "score"
    return clarify(turn, options, compose.WHICH_PROJECT, figures)


def _field_said(kb, text: str) -> str:
    """The label of a field of the forms ("自评等级", "填报日期") the question names, whole or without the form's
    own first word (等级, 日期); "" when none (实施单位 and the funding lines have their own readings)."""
    labels = kb.__dict__.get("_form_fields")
    if labels is None:  # (worked out once per knowledge base)
        said = {str(r["label"]) for r in query.sheet_fields(kb.conn, sorted(kb.form_documents))}
        said |= {str(r["col"]) for r in query.summary_lines(kb.conn, sorted(kb.form_documents)) if r["col"] == "自评等级"}
        labels = kb.__dict__["_form_fields"] = tuple(sorted(said - {"项目名称", "实施单位", "主管部门"}, key=len, reverse=True))
    for label in labels:
        # (a 自评表's 等级 is its 自评等级, an evaluation's 机构 its 评价机构, 等级 its 绩效等级; 日期 alone may be any date)
        short = re.sub(r"^(?:自评|评价|绩效)", "", label)
        if label in text or (len(short) >= 2 and short != label and short in text):
            return label
    return ""


def _field(turn, pid: int, label: str) -> Answer | None:
    kb = turn.kb
    project = kb.projects[pid]
    sheet = _sheet_of(kb, project)
    row = next((r for r in query.sheet_fields(kb.conn, [project.document_id])
                if r["sheet"] == sheet and r["label"] == label), None)
    if row is None and (summary := _summary_line(kb, pid)) is not None and label in summary["cells"]:
        row, sheet = summary["cells"][label], summary["sheet"]
    if row is None:
        return None
    doc = kb.documents[project.document_id]
    place = f"{doc['file_name']} {sheet} 第{row['line']}行"
    # (a grade is said with the 总分 it was given for: "等级：中（总分 76.5分）")
    score = next((r["got"] for r in _scores(kb, {project.document_id}) if r["project"] == project.name), None) \
        if label.endswith("等级") else None
    return _done(turn, compose.form_field(project.name, label, row["value"], place, _table(doc), score),
                 "form_field", [pid])


def _field_of_the_workbook(turn, docs: frozenset[int], before: set[int], text: str, label: str) -> Answer | None:
    """"象山文旅的绩效评价是哪家机构做的": a field every sheet of the one workbook in scope prints alike (its 评价机构),
    said once for them all; None when the sheets differ or the scope is not one workbook."""
    kb = turn.kb
    in_scope = _workbook_in_scope(turn, docs, before, text)
    rows = [r for r in query.sheet_fields(kb.conn, sorted(in_scope)) if r["label"] == label] if len(in_scope) == 1 else []
    if not rows or len({r["value"] for r in rows}) != 1:
        return None
    doc = kb.documents[next(iter(in_scope))]
    sheets = "、".join(dict.fromkeys(f"{r['sheet']} 第{r['line']}行" for r in rows))
    return _done(turn, compose.form_field(compose.WHOLE_WORKBOOK, label, rows[0]["value"], f"{doc['file_name']} {sheets}",
                                          _table(doc)), "form_field", [])


def _named_alone(p, kb) -> bool:
    """Is the question a project's name (or its sheet's) and nothing else ("两癌呢", "村卫生室建设呢")?"""
    if any(form in p.text and _ANOTHER.fullmatch(p.text.replace(form, "", 1)) for form in kb.sheet_names):
        return True
    named = [m for m in p.mentions if m.of("project")]
    if not named:
        return False
    rest = "".join(p.text[m.end:] if k == len(named) - 1 else p.text[m.end:named[k + 1].start]
                   for k, m in enumerate(named))
    return bool(_ANOTHER.fullmatch(p.text[:named[0].start] + rest))


def _one_named_alone(p, kb) -> bool:
    """Is the question one project said and nothing else, its name perhaps said short ("那污水运维的呢": 污水 the
    name found, 运维 more of its characters)?"""
    if _named_alone(p, kb):
        return True
    named = [m for m in p.mentions if m.of("project")]
    keys = {r.key for m in named for r in m.of("project")}
    if len(named) != 1 or len(keys) != 1 or len(p.mentions) != 1:
        return False
    pid = next(iter(keys))
    own = kb.projects[pid].name + "".join(s for s, k in kb.sheet_names.items() if k == pid)
    m = named[0]
    rest = re.sub(r"^(?:那么|那)|(?:项目)?(?:的)?(?:呢)?[?？]?$", "", p.text[:m.start] + "\x00" + p.text[m.end:])
    return all(ch in own for ch in rest.replace("\x00", ""))


def _across(text: str) -> bool:
    return bool(_LOWEST.search(text) or _HIGHEST.search(text) or _MEAN.search(text) or _FULL.search(text)
                or _BOUND.search(text))


def _table(doc: dict) -> str:
    return compose.table_name(doc["department_name"], doc["form"], doc["year"])


def _scores(kb, doc_ids) -> list[dict]:
    """Each project's 总分: its 得分 and 分值, in the workbook's order of sheets."""
    by_sheet: dict[tuple[int, str], dict] = {}
    for r in query.sheet_scores(kb.conn, sorted(doc_ids)):
        if r["number"] is None:
            continue
        row = by_sheet.setdefault((r["document_id"], r["sheet"]), {
            "document_id": r["document_id"], "sheet": r["sheet"], "project": r["project"], "line": r["line"],
            "file_name": kb.documents[r["document_id"]]["file_name"]})
        row["got" if r["col"] == "得分" else "full"] = float(r["number"])
    _summary_scores(kb, doc_ids, by_sheet)
    order = {(p.document_id, p.name): p.id for p in kb.projects.values() if p.document_id in doc_ids}
    rows = [r for r in by_sheet.values() if "got" in r and (r["document_id"], r["project"]) in order]
    return sorted(rows, key=lambda r: order[r["document_id"], r["project"]])



def _sheet_of(kb, project) -> str | None:
    """The sheet of its form a project's scores are printed on, None when its form prints none."""
    return next((r["sheet"] for r in _scores(kb, {project.document_id}) if r["project"] == project.name), None)


def _summary(kb, doc_ids) -> dict[tuple[int, str], dict]:
    """Each line of the workbooks' 汇总 sheet (a project's, or the 合计): its sheet, line and cells by column."""
    out: dict[tuple[int, str], dict] = {}
    for r in query.summary_lines(kb.conn, sorted(doc_ids)):
        line = out.setdefault((r["document_id"], r["project"]), {"sheet": r["sheet"], "line": r["line"], "cells": {}})
        line["cells"][r["col"]] = dict(r)
    return out


def _summary_scores(kb, doc_ids, by_sheet: dict) -> None:
    """The 得分 the 汇总 sheet prints for each project that has no form of its own (a form's 总分 is the same)."""
    have = {(r["document_id"], r["project"]) for r in by_sheet.values() if "got" in r}
    for (d, name), line in _summary(kb, doc_ids).items():
        got, full = line["cells"].get("得分"), line["cells"].get("分值")
        if (d, name) in have or got is None or got["number"] is None:
            continue
        by_sheet[d, f"{line['sheet']}\n{name}"] = {
            "document_id": d, "sheet": line["sheet"], "project": name, "line": line["line"],
            "file_name": kb.documents[d]["file_name"], "got": float(got["number"]),
            **({"full": float(full["number"])} if full is not None and full["number"] is not None else {})}


def _summary_line(kb, pid: int) -> dict | None:
    """The 汇总 sheet's line of a project that has no form of its own; None when it has one (or no line)."""
    project = kb.projects[pid]
    if any(r["project"] == project.name for r in query.sheet_scores(kb.conn, [project.document_id])):
        return None
    return _summary(kb, {project.document_id}).get((project.document_id, project.name))


def _done(turn, text: str, intent: str, pids: list[int], asked: str = "") -> Answer:
    turn.session.form_asked = asked
    if pids:
        turn.session.focus_projects = pids
        turn.session.recent_projects = [*pids, *(k for k in turn.session.recent_projects if k not in pids)][:5]
    return Answer(question=turn.question, status="answered", text=text, intent=intent)


def _total_score(turn, pid: int) -> Answer | None:
    kb = turn.kb
    project = kb.projects[pid]
    row = next((r for r in _scores(kb, {project.document_id}) if r["project"] == project.name), None)
    if row is None:
        return None
    doc = kb.documents[project.document_id]
    place = f"{row['file_name']} {row['sheet']} 第{row['line']}行"
    lost = bool(_POINTS_LOST.search(turn.p.text))  # "村卫生室建设扣了多少分": the points short of full shown
    text = compose.form_total_score(project.name, row["got"], row.get("full"), place, _table(doc), lost)
    return _done(turn, text, "form_score", [pid], "score")


def _whole(turn, docs: frozenset[int], before: set[int], text: str) -> Answer | None:
    """The projects of the one form workbook in scope (the department named, else the one the conversation was
    about) added up: a funding column's sum, or the whole execution rate (全年执行数 ÷ 全年预算数 of the sums)."""
    kb = turn.kb
    in_scope = _workbook_in_scope(turn, docs, before, text)
    if len(in_scope) != 1:
        return None
    doc_id = next(iter(in_scope))
    sums: dict[str, list[dict]] = {}
    for r in query.sheet_fund_totals(kb.conn, doc_id):
        sums.setdefault(r["col"], []).append(dict(r))
    if "执行率" in text or "执行率" not in text and not re.search(r"执行数|执行了|执行合计|执行总|执行多少", text):
        col = "执行率" if "执行率" in text else ("年初预算数" if "年初" in text else "全年预算数")
    else:
        col = "全年执行数"
    total = _summary(kb, {doc_id}).get((doc_id, "合计"))
    if total is not None and col in total["cells"]:
        count = sum(1 for d, name in _summary(kb, {doc_id}) if name != "合计")
        text = compose.form_summary_total(col, total["cells"][col], count, kb.documents[doc_id], total["sheet"])
        return _done(turn, text, "form_whole", [])
    needed = ("全年执行数", "全年预算数") if col == "执行率" else (col,)
    if any(len(sums.get(c, ())) < 2 or len(sums[c]) != len(sums[needed[0]]) for c in needed):
        return None
    doc = kb.documents[doc_id]
    text = compose.form_whole(col, sums, doc)
    return _done(turn, text, "form_whole", [])


def _workbook_in_scope(turn, docs: frozenset[int], before: set[int], text: str) -> set[int]:
    """The form workbooks a question over a workbook's projects is of: the department's named, else the one the
    conversation was about, else the one of the number of projects said ("三个自评项目"), else the one of the
    year said ("2025年哪个项目执行率最低": docs are those of that year already)."""
    kb = turn.kb
    said = {str(r.key) for refs in turn.p.refs("department") for r in refs}
    in_scope = {d for d in docs if kb.documents[d]["department_name"] in said} if said else set(docs & before)
    if not in_scope and not said and (count := _count_said(text)):
        in_scope = {d for d in docs if len(kb.projects_of_document(d)) == count}  # "两个自评项目": the workbook of two
    if not in_scope and not said and turn.p.years and len(docs) == 1:
        in_scope = set(docs)
    return in_scope


def _rates_ranked(turn, docs: frozenset[int], before: set[int], text: str, lowest: bool) -> Answer | None:
    """"2025年哪个项目执行率最低": every project of the one form workbook in scope by its 年度资金总额 执行率, the
    lowest (or highest) first; None when the scope is not one workbook or a project prints no rate."""
    kb = turn.kb
    in_scope = _workbook_in_scope(turn, docs, before, text)
    if len(in_scope) != 1:
        return None
    pids = list(kb.projects_of_document(next(iter(in_scope))))
    return _rates_compared(turn, pids, lowest) if len(pids) >= 2 else None


def _rate_of(kb, row) -> tuple[float, str, str] | None:
    """(the rate, as printed, where) of a project: its form's 年度资金总额 执行率, else 全年执行数 ÷ 预算 of its
    table."""
    doc = kb.documents[row["document_id"]]
    sheet = next((r["sheet"] for r in _scores(kb, {row["document_id"]}) if r["project"] == row["name"]), None) \
        if row["document_id"] in kb.form_documents else None
    if sheet is not None:
        cell = next((c for c in query.sheet_funds(kb.conn, row["document_id"], sheet)
                     if c["row_labels"].endswith("资金总额") and c["col"] == "执行率" and c["number"] is not None), None)
        if cell is not None:
            return float(cell["number"]), cell["value"], f"{doc['file_name']} {sheet} 第{cell['line']}行"
    if row["executed"] is None or not row["total"]:
        return None
    rate = 100 * row["executed"] / row["total"]
    return rate, f"{rate:.2f}%（{row['executed']:g} ÷ {row['total']:g}）", f"{doc['file_name']} 第{row['line']}行"


def _rates_compared(turn, pids: list[int], lowest: bool) -> Answer | None:
    """"公卫和两癌哪个执行率高": the projects named by their execution rates, the highest (or lowest) first."""
    kb = turn.kb
    rows = query.projects(kb.conn, pids)
    rates = [(r["name"], *rate) for r in rows if (rate := _rate_of(kb, r)) is not None]
    if len(rates) != len(pids):
        return None  # a project without an execution rate: not answered as if it had one
    ordered = sorted(rates, key=lambda x: x[1], reverse=not lowest)
    return _done(turn, compose.rates_compared(ordered, lowest), "form_rates", pids)


def _count_said(text: str) -> int:
    """The number of projects said ("两个自评项目" -> 2), 0 when none is."""
    if (m := _COUNT_SAID.search(text)) is None:
        return 0
    said = m.group(1)
    return int(said) if said.isdigit() else "一两三四五六七八九十".index(said) + 1 if said != "二" else 2


def _lost(turn, pid: int, every: bool = False) -> Answer | None:
    """The project's indicators scored below their full marks, each with both (every: all its indicators')."""
    kb = turn.kb
    project = kb.projects[pid]
    sheet = _sheet_of(kb, project)
    if sheet is None:
        return None
    rows: dict[int, dict] = {}
    for r in query.sheet_indicator_scores(kb.conn, pid, project.document_id, sheet):
        if r["number"] is not None:
            rows.setdefault(r["line"], {"name": r["name"], "line": r["line"]})[r["col"]] = float(r["number"])
    scored = [r for r in rows.values() if {"分值", "得分"} <= r.keys()]
    if not scored:
        return None
    lost = [r for r in scored if r["得分"] < r["分值"]]
    doc = kb.documents[project.document_id]
    text = compose.form_indicator_points(project.name, scored, doc, sheet) if every \
        else compose.form_points_lost(project.name, lost, len(scored), doc, sheet)
    return _done(turn, text, "form_lost", [pid])


def _of_class(row, kind) -> bool:
    """An indicator row is of the class said, at the level that class is (一级 产出指标 or 二级 数量指标)."""
    return row["level1" if kind.level == "level1" else "level2"] == kind.key


def _printed_level1(row) -> str:
    return str(row["row_labels"] or "").split("\x1f")[0] if "\x1f" in str(row["row_labels"] or "") else ""


def _stem(label: str) -> str:
    return re.sub(r"(?:类)?(?:指标)?$", "", label)


def _class_on_sheet(turn, pid: int, kinds: list) -> tuple | None:
    """The project, the sheet its scores are on and the one class of indicators said; None without a sheet or
    with other than one class."""
    project = turn.kb.projects[pid]
    sheet = _sheet_of(turn.kb, project)
    return None if sheet is None or len(kinds) != 1 else (project, sheet, kinds[0])


def _class_points(turn, pid: int, kinds: list, column: str = "得分") -> Answer | None:
    """"公卫产出指标得了多少分": the 得分 of the project's indicators of that class added up, beside their 分值; or
    their 分值, or the points they lost (扣分), added up."""
    kb = turn.kb
    if (of_class := _class_on_sheet(turn, pid, kinds)) is None:
        return None
    project, sheet, kind = of_class
    rows: dict[int, dict] = {}
    found = [r for r in query.sheet_indicator_scores(kb.conn, pid, project.document_id, sheet) if r["number"] is not None]
    # (a 一级 the sheet prints itself adds up as printed: an evaluation's 效益 holds its 满意度, which the framework
    # files under 满意度指标 — the sheet's 分值 are set by its own grouping)
    printed = [r for r in found if kind.level == "level1" and _stem(_printed_level1(r)) == _stem(str(kind.key))]
    for r in printed or [r for r in found if _of_class(r, kind)]:
        rows.setdefault(r["line"], {"name": r["name"], "line": r["line"]})[r["col"]] = float(r["number"])
    scored = [r for r in rows.values() if "得分" in r and (column == "得分" or "分值" in r)]
    if not scored:
        return None
    doc = kb.documents[project.document_id]
    text = compose.form_class_points(project.name, str(kind.key), scored, doc, sheet, column)
    return _done(turn, text, "form_class_points", [pid], f"class:{column}")  # (the column kept: "过程指标呢")


# "数量指标有哪些", "效益指标是什么": the indicators of a class listed
_LIST_ASKED = re.compile(r"有哪些|是哪些|哪几个|有什么|是什么|都有啥|有啥|列一下|列出")
# "得分分别多少", "各自的分值", "完成值呢": one column of each indicator just listed (said with nothing else)
_EACH_COLUMN_ASKED = re.compile(r"^(?:那|那么)?(?:它们|这些|这几个|这两个|这三个|各自|分别|每个|每项|各)?(?:的)?"
                                r"(?P<col>得分|分值|权重|实际完成值?|完成值|完成情况|指标值|目标值)"
                                r"(?:分别|各自|各)?(?:是)?(?:多少|几分|多少分|如何|怎样|呢)?$")
_EACH_COLUMN = {"得分": "得分", "分值": "分值", "权重": "分值", "指标值": "年度指标值", "目标值": "年度指标值"}


def _class_listed(turn, pid: int, kinds: list) -> Answer | None:
    """"社会化服务的数量指标有哪些": the project's indicators of that class on its sheet, each with its target and
    what was done; they are the conversation's indicators next ("得分分别多少")."""
    kb = turn.kb
    if (of_class := _class_on_sheet(turn, pid, kinds)) is None:
        return None
    project, sheet, kind = of_class
    rows = [dict(r) for r in query.indicators(kb.conn, project_ids=[pid])
            if _of_class(r, kind)]
    if not rows:
        return None
    doc = kb.documents[project.document_id]
    answer = _done(turn, compose.form_class_listed(project.name, str(kind.key), rows, doc, sheet), "form_indicators", [pid])
    turn.session.focus_indicators = [r["id"] for r in rows]
    return answer


def _column_of_each_shown(turn, text: str, shown: list[int]) -> Answer | None:
    """One column of each indicator the last answer showed, when they are of one project's sheet and the question
    says that column and nothing else; None otherwise."""
    if (m := _EACH_COLUMN_ASKED.fullmatch(text)) is None or not re.search(r"分别|各|每|它们|这些|这几|这两|这三", text):
        return None
    said = m.group("col")
    col = _EACH_COLUMN.get(said, "实际完成值")
    kb = turn.kb
    rows = [dict(r) for r in query.indicators(kb.conn, ids=shown)]
    pids = {r["project_id"] for r in rows}
    if len(rows) != len(shown) or len(pids) != 1:
        return None
    pid = next(iter(pids))
    project = kb.projects[pid]
    sheet = _sheet_of(kb, project)
    if sheet is None:
        return None
    points: dict[int, dict[str, float]] = {}
    for cell in query.sheet_indicator_scores(kb.conn, pid, project.document_id, sheet):
        if cell["number"] is not None:
            points.setdefault(cell["line"], {})[cell["col"]] = float(cell["number"])
    for r in rows:
        r.update(points.get(r["line"], {}))
    if col in ("得分", "分值") and any(r.get(col) is None for r in rows):
        return None
    doc = kb.documents[project.document_id]
    answer = _done(turn, compose.form_column_of_each(project.name, col, rows, doc, sheet), "form_indicators", [pid])
    turn.session.focus_indicators = list(shown)
    return answer


def _unit(turn, pid: int) -> Answer | None:
    kb = turn.kb
    project = kb.projects[pid]
    if not project.unit_name:
        return None
    doc = kb.documents[project.document_id]
    row = next((r for r in _scores(kb, {project.document_id}) if r["project"] == project.name), None)
    place = f"{doc['file_name']} {row['sheet']}" if row else doc["file_name"]
    text = compose.form_unit(project.name, project.unit_name, doc["department_name"], place, _table(doc))
    return _done(turn, text, "form_unit", [pid])


def _of_a_class(turn, text: str, pid: int, kinds: list, asked: tuple[str, str] = ("", "")) -> Answer | None:
    """A class of the project's indicators: listed ("数量指标有哪些"), or their points added up ("产出指标得了多少分",
    "产出指标分值一共多少", "过程指标扣了多少分")."""
    if (narrower := _class_said_narrower(turn, pid, kinds)):
        return turn.unknown(compose.form_class_not_printed(turn.kb.projects[pid].name, narrower), text, suggest=False)
    if _LIST_ASKED.search(text) and not _CLASS_SCORE.search(text) and not _MONEY.search(text) \
            and not _REASON.search(text):
        return _class_listed(turn, pid, kinds)
    column = "扣分" if _CLASS_LOST.search(text) else "分值" if _CLASS_FULL.search(text) and "得分" not in text else "得分"
    held = asked[1] if asked[0] == "class" else ""  # (the column the last class was added up in)
    column = held if held and not _CLASS_SCORE.search(text) and column == "得分" else column  # ("过程指标呢")
    if column != "得分" and not any(m.text.endswith(("指标", "类")) for m in turn.p.mentions if m.of("category")):
        return None  # ("慢病管理满意度扣了几分": the 患者满意度 indicator's, said short — a class is said as one)
    if (_CLASS_SCORE.search(text) or column != "得分" or held) and not _across(text) and not _MONEY.search(text) \
            and (column == "扣分" or not _LOST.search(text)):
        return _class_points(turn, pid, kinds, column)
    return None


# The column of a class of indicators added up: its 分值 ("产出指标分值一共多少"), or the points it lost ("过程指标扣了
# 多少分": 分值 − 得分 of each); else its 得分
_CLASS_FULL = re.compile(r"分值|满分|权重")
_CLASS_LOST = re.compile(r"扣(?:了|掉)?(?:多少|几)分?|扣分(?:多少|几|合计|一共|共|总共)|丢了?(?:多少|几)分")


def _class_said_narrower(turn, pid: int, kinds: list) -> str:
    """"开渔节评价的生态效益指标得分" where the sheet has no 生态效益: the class said is the one read with the word
    the reading found nothing of straight before it (not the project's own name said short, 老年健康); "" when the
    class said is the one read."""
    p, kb = turn.p, turn.kb
    if len(kinds) != 1:
        return ""
    own = kb.projects[pid].name
    names = [r["name"] for r in query.indicators(kb.conn, project_ids=[pid])]
    for m in p.mentions:
        if kinds[0] in m.of("category") and m.text.endswith(("指标", "类")):
            # (高血压规范管理率: an indicator's words before a class's, never a narrower class)
            before = next((w for w in p.unexplained if len(w) >= 2 and p.text[:m.start].endswith(w)
                           and w not in kb.sheet_names and not in_order(w, own)
                           and not any(w in n for n in names)), "")
            return before + m.text if before else ""
    return ""


def _over_the_workbook(turn, text: str, docs: frozenset[int], before: set[int]) -> Answer | None:
    """The projects of the workbook in scope together: ranked by 执行率, or a funding column added up."""
    if rank := _RATE_RANK.search(text):
        return _rates_ranked(turn, docs, before, text, "低" in rank.group(0))
    if _WHOLE.search(text) and (_FUND_COLUMN.search(text) or _SPENT.search(text) or "预算" in text):
        return _whole(turn, docs, before, text)
    return None


def _why(turn, text: str, pids: list[int], indicators: list, carried: set) -> Answer | None:
    """The 偏差原因 asked of the indicator said (typed, said short, or just shown) of the project named, else of the
    project's only indicators that print one; an indicator that prints none is said so, never another's."""
    kb = turn.kb
    ids = {r.key for m in indicators for r in m.of("indicator")}
    if len(pids) == 1 and ids:  # (a name several projects' indicators share: the one of the project named)
        ids = (ids & set(query.indicator_ids_of(kb.conn, pids))) or ids
    if len(pids) == 1 and not ids and (loose := _loose_indicator(kb, pids[0], text)) is not None:
        ids = {loose["id"]}  # "社会化服务托管面积为什么超额": 托管服务面积, said short
    if len(pids) == 1 and not ids and len(carried) == 1 and carried <= set(query.indicator_ids_of(kb.conn, pids)):
        ids = set(carried)  # "托管服务面积完成多少 → 偏差原因呢": the indicator just shown, whether or not it has one
    found = _reasons(turn, pids, ids, carried)
    if found is None and len(ids) == 1 and (silent := _indicator_no_reason(turn, pids, next(iter(ids)))):
        return silent  # that indicator prints no reason: said so, never another indicator's
    return found if found is not None or indicators or len(pids) != 1 else _no_reason(turn, pids[0])


def _reasons(turn, pids: list[int], indicators: set, carried: set) -> Answer | None:
    """The 偏差原因 of the indicators named (of the project named, if one is), else of the project's only
    indicators that print one; None when the sheet prints none for what was asked."""
    kb = turn.kb
    doc_ids = {kb.projects[k].document_id for k in pids} or set(kb.form_documents)
    rows = [dict(r) for r in query.sheet_reasons(kb.conn, sorted(doc_ids), _reason_columns())]
    if pids:
        rows = [r for r in rows if r["project_id"] in pids]
    if indicators:
        rows = [r for r in rows if r["indicator_id"] in indicators]
    elif carried and any(r["indicator_id"] in carried for r in rows):
        rows = [r for r in rows if r["indicator_id"] in carried]
    if not rows or len({r["document_id"] for r in rows}) > 1 or (not indicators and len(pids) != 1):
        return None
    doc = kb.documents[rows[0]["document_id"]]
    for r in rows:
        r["file_name"] = doc["file_name"]
    return _done(turn, compose.form_reasons(rows, _table(doc)), "form_reason", list(dict.fromkeys(
        r["project_id"] for r in rows)))


# "哪些指标有偏差说明", "写了偏差原因的指标有哪些": the indicators of the workbook in scope that print a 偏差原因
_REASONS_WHICH = re.compile(r"(?:哪些|哪几个|哪几项|几个|几项)指标.{0,4}(?:偏差|原因)"
                            r"|(?:有|写了?|填了?)(?:偏差|原因)(?:说明|分析|原因)?的(?:指标|有哪些|是哪些)")


def _reasons_listed(turn, docs: frozenset[int], before: set[int], text: str) -> Answer | None:
    """Every indicator of the one form workbook in scope whose 偏差原因 cell is filled; None when the scope is not
    one workbook (the department named, the one talked about, the only one when 自评 is said)."""
    kb = turn.kb
    in_scope = _workbook_in_scope(turn, docs, before, text)
    if not in_scope and _FORM_SAID.search(text) and len(docs) == 1 and not turn.p.refs("department"):
        in_scope = set(docs)
    if len(in_scope) != 1:
        return None
    rows = [dict(r) for r in query.sheet_reasons(kb.conn, sorted(in_scope), _reason_columns())]
    if not rows:
        return None
    doc = kb.documents[next(iter(in_scope))]
    for r in rows:
        r["file_name"] = doc["file_name"]
    return _done(turn, compose.form_reasons_listed(rows, _table(doc)), "form_reason",
                 list(dict.fromkeys(r["project_id"] for r in rows)))


# The least of a question a name said short must hold ("托管面积" of 托管服务面积: its characters in its order)
_LOOSE_SAID = 4


def _loose_indicator(kb, pid: int, text: str) -> dict | None:
    """The one indicator of the project whose name holds, in order, the longest run of the question (at least
    _LOOSE_SAID characters, not of the project's own name): "托管面积" for 托管服务面积; None when none or two do."""
    project = kb.projects[pid]
    own = project.name + "".join(s for s, k in kb.sheet_names.items() if k == pid)
    rows = [dict(r) for r in query.indicators(kb.conn, project_ids=[pid])]

    for size in range(len(text), _LOOSE_SAID - 1, -1):
        runs = {text[i:i + size] for i in range(len(text) - size + 1)} - {""}
        runs = {r for r in runs if r not in own and not _REASON.search(r)}
        fits = {row["id"]: row for row in rows for r in runs if in_order(r, row["name"])}
        if len(fits) == 1:
            return next(iter(fits.values()))
        if fits:
            return None  # two indicators hold as much: not told apart here
    return None


def _indicator_no_reason(turn, pids: list[int], indicator: int) -> Answer | None:
    """The answer for a why asked of one indicator of a form (of the project named, if one is) whose 偏差原因 cell
    is empty; None when the indicator is not of a form in scope."""
    kb = turn.kb
    rows = [dict(r) for r in query.indicators(kb.conn, ids=[indicator])]
    if not rows or (pids and rows[0]["project_id"] not in pids):
        return None
    pid = rows[0]["project_id"]
    project = kb.projects[pid]
    sheet = _sheet_of(kb, project)
    if sheet is None:
        return None
    doc = kb.documents[project.document_id]
    text = compose.form_indicator_no_reason(project.name, rows[0], doc, sheet)
    turn.session.focus_indicators = [indicator]
    # (settled: the sheet's own "none written here", never asked again of the project's other indicators)
    return Answer(question=turn.question, status="unknown", text=text, intent="form_reason", debug={"settled": True})


def _no_reason(turn, pid: int) -> Answer:
    """"生猪调出大县奖励资金执行率为啥低" where the workbook prints no 偏差原因 for the project: said so, with what
    it does print of it, never a reason made up nor its figures given as if they were one."""
    kb = turn.kb
    project = kb.projects[pid]
    doc = kb.documents[project.document_id]
    return Answer(question=turn.question, status="unknown", intent="form_reason",
                  text=compose.form_no_reason(project.name, _table(doc)))


# "等级是良的", "评了个中的", "得优的": the projects of one 自评等级
_GRADE = re.compile(r"(?:等级|评|得|定)(?:是|为|了个|了|得|成)?([优良中差])(?:的|等)")
# "执行率百分百的", "执行率100%的": the projects of a full execution rate
_FULL_RATE = re.compile(r"执行率(?:是|为|达到|达|都是)?(?:百分百|百分之百|100%|100)")


def _summary_asked(turn, docs, text: str) -> Answer | None:
    """Questions over the lines of the one 汇总 sheet in scope: the projects of a grade or of a full execution
    rate, and the one whose budget was added to most (全年预算数 − 年初预算数); None when not asked or no such sheet."""
    kb = turn.kb
    grade, full = _GRADE.search(text), _FULL_RATE.search(text)
    added = _ADDED.search(text) and (_HIGHEST.search(text) or _LOWEST.search(text))
    if not (grade or full or added):
        return None
    said = {str(r.key) for refs in turn.p.refs("department") for r in refs}
    in_scope = {d for d in docs if not said or kb.documents[d]["department_name"] in said}
    lines = {k: v for k, v in _summary(kb, in_scope).items() if k[1] != "合计"}
    if len({d for d, _ in lines}) != 1:
        return None
    doc = kb.documents[next(iter(lines))[0]]
    sheet = next(iter(lines.values()))["sheet"]
    if added:
        return _most_added(turn, lines, bool(_LOWEST.search(text)), doc, sheet)
    col, want = ("自评等级", grade.group(1)) if grade else ("执行率", "100")
    picked = [(name, v) for (_, name), v in lines.items() if col in v["cells"]
              and (v["cells"][col]["value"] == want if grade else v["cells"][col]["number"] == 100)]
    said_as = compose.form_grade_said(want) if grade else compose.FULL_EXECUTION
    text = compose.form_summary_picked(said_as, [(name, v["line"]) for name, v in picked], len(lines), doc, sheet)
    pids = [p.id for name, _ in picked for p in kb.projects.values() if p.name == name and p.document_id == doc["id"]]
    return _done(turn, text, "form_summary", pids)


def _most_added(turn, lines: dict, least: bool, doc: dict, sheet: str) -> Answer | None:
    """The project whose 全年预算数 grew most (or least) over its 年初预算数, the sum shown."""
    diffs = [(name, v["cells"]["全年预算数"]["number"] - v["cells"]["年初预算数"]["number"], v)
             for (_, name), v in lines.items()
             if all(v["cells"].get(c, {}).get("number") is not None for c in ("年初预算数", "全年预算数"))]
    if not diffs:
        return None
    best = (min if least else max)(d for _, d, _ in diffs)
    picked = [(name, v) for name, d, v in diffs if d == best]
    name, v = picked[0]
    text = compose.form_most_added(name, v["cells"]["年初预算数"], v["cells"]["全年预算数"], least, len(picked),
                                   doc, sheet)
    pids = [p.id for p in turn.kb.projects.values() if p.name == name and p.document_id == doc["id"]]
    return _done(turn, text, "form_summary", pids)


# Two columns of a line set against each other ("执行数比全年预算少多少", "年初和全年预算差多少")
_GAP = re.compile(r"比|差|相差|少了?多少|多了?多少|差额|差距")
_COLUMN_SAID = {"执行率": "执行率", "年初预算": "年初预算数", "全年预算": "全年预算数"}
# The money columns of a line, shown when a line is asked without a column ("精品村上年结转多少")
_MONEY_COLUMNS = ("年初预算数", "全年预算数", "全年执行数")


def _fund_asked(text: str, sheet_only: bool) -> tuple[str, str] | None:
    """(what is asked, the line said or "") of the funding block: the budget added during the year ("追加"), the
    block's 得分, a column, two columns set against each other ("差:A:B") or shown together ("列:A:B"), a line
    said without a column ("列:" + its money columns); else None. A column alone asks it of the whole when
    nothing but the project is said (sheet_only)."""
    line = m.group(0) if (m := _FUND_LINE.search(text)) else ""
    if _ADDED.search(text):
        return "追加", line
    if _FUND_SCORE.search(text):
        return "得分", line
    cols = list(dict.fromkeys(_COLUMN_SAID.get(m.group(0), "全年执行数") for m in _FUND_COLUMN.finditer(text)))
    if len(cols) >= 2:
        return ("差:" if _GAP.search(text) and "执行率" not in cols[:2] else "列:") + ":".join(cols[:2]), line
    if not cols:
        return ("列:" + ":".join(_MONEY_COLUMNS), line) if line and re.search(r"多少|几|呢|金额|数", text) else None
    if not (line or sheet_only):
        return None
    return cols[0], line


_SUM = re.compile(r"加起来|合计|一共|总共|共计|加一起|相加|之和")
_PLAIN_COLUMNS = ("年初预算数", "全年预算数", "全年执行数", "执行率")


def _line_cells(kb, pid: int, line: str) -> tuple[dict, str, str] | None:
    """A project's funding line (the whole when none is said) on its form: its cells by column, its sheet and the
    line's name; None when the project has no form of its own."""
    project = kb.projects[pid]
    sheet = _sheet_of(kb, project)
    if sheet is None or _summary_line(kb, pid) is not None:
        return None
    cells = [dict(r) for r in query.sheet_funds(kb.conn, project.document_id, sheet)]
    got = {r["col"]: r for r in cells if r["row_labels"].endswith(line or "资金总额")
           or line and r["row_labels"].endswith(line + "资金")}  # (上年结转 of 上年结转资金)
    return {c: r for c, r in got.items() if r["value"] not in ("", "—", "-")}, sheet, line or "年度资金总额"


def _funds_of_two(turn, pids: list[int], col: str, line: str, op: str) -> Answer | None:
    """Two projects' same column of the same funding line, added or set against each other; None when either
    form leaves it blank (never the project's total in its place)."""
    kb = turn.kb
    parts = []
    for pid in pids:
        found = _line_cells(kb, pid, line)
        if found is None or col not in found[0] or found[0][col]["number"] is None:
            return None
        cells, sheet, said = found
        parts.append((kb.projects[pid].name, said, cells[col], kb.documents[kb.projects[pid].document_id], sheet))
    if op == "sum" and col == "执行率":
        return None  # rates are not added
    return _done(turn, compose.form_funds_of_two(col, parts, op), "form_funds", pids)


def _funds(turn, pid: int, col: str, line: str) -> Answer | None:
    kb = turn.kb
    project = kb.projects[pid]
    sheet = _sheet_of(kb, project)
    if sheet is None:
        return None
    if (summary := _summary_line(kb, pid)) is not None:
        if line:
            return None  # the 汇总 sheet prints no funding lines (财政拨款, 其他资金) of a project
        got, whole = summary["cells"], ""
    else:
        whole = "年度资金总额"
        cells = [dict(r) for r in query.sheet_funds(kb.conn, project.document_id, sheet)]
        got = {r["col"]: r for r in cells if r["row_labels"].endswith(line or "资金总额")
               or line and r["row_labels"].endswith(line + "资金")}  # (上年结转 of 上年结转资金)
    doc = kb.documents[project.document_id]
    printed = {c: got[c] for c in got if got[c]["value"] not in ("", "—", "-")}
    if summary is None and line and (not got and not any(line[:2] in r["row_labels"] for r in cells)
                                     or col in _PLAIN_COLUMNS and col in got and col not in printed):
        return _fund_not_printed(turn, pid, line, col, cells, got, doc, sheet)
    if col == "追加":
        if not {"年初预算数", "全年预算数"} <= got.keys() or None in (got["年初预算数"]["number"], got["全年预算数"]["number"]):
            return None
        text = compose.form_budget_added(project.name, line or whole, got["年初预算数"], got["全年预算数"], doc, sheet)
    elif col.startswith(("差:", "列:")):
        kind, *said = col.split(":")
        shown = [(c, printed[c]) for c in said if c in printed and printed[c]["number"] is not None]
        if len(shown) != len(said) and kind == "差" or not shown:
            return None  # a column the line leaves blank: no difference made up from it
        text = compose.form_fund_gap(project.name, line or whole, shown[0], shown[1], doc, sheet) if kind == "差" \
            else compose.form_fund_cells(project.name, line or whole, shown, doc, sheet)
    elif col in printed:
        rate = printed["执行率"]["value"] if col == "全年执行数" and "执行率" in printed else ""
        text = compose.form_fund_cell(project.name, line or whole, col, got[col], doc, sheet, rate)
    else:
        return None
    return _done(turn, text, "form_funds", [pid], f"funds:{line}|{col}")


def _ordinal(text: str) -> int:
    m = _NEXT.fullmatch(text)
    digit = m.group(1) if m else "1"
    return int(digit) if digit.isdigit() else "一二三四五六".index(digit) + 1


def _compared(turn, pids: list[int], prior: list[int], last: str = "") -> Answer | None:
    """"农机补贴总分 → 比花牛苹果高多少": two projects' 总分, the first the one named first or the one before;
    "公卫总分 → 两癌呢 → 差几分": the two projects just scored, in the order asked."""
    kb = turn.kb
    recent = [k for k in turn.session.recent_projects if k in kb.projects]
    if len(pids) == 1 and prior and prior[0] != pids[0]:
        pids = [prior[0], pids[0]]
    elif len(pids) <= 1 and last == "score" and len(recent) >= 2 and (not pids or pids[0] == recent[0]):
        pids = [recent[1], recent[0]]
    if len(pids) != 2 or kb.projects[pids[0]].document_id != kb.projects[pids[1]].document_id:
        return None
    doc_id = kb.projects[pids[0]].document_id
    by_name = {r["project"]: r for r in _scores(kb, {doc_id})}
    a, b = (by_name.get(kb.projects[k].name) for k in pids)
    if a is None or b is None:
        return None
    text = compose.form_scores_compared(a, b, _table(kb.documents[doc_id]))
    return _done(turn, text, "form_scores", pids, "score")


def _ranked(turn, docs, text: str, place: int = 1) -> Answer | None:
    """The projects' scores set against each other, in the one form workbook in scope."""
    kb = turn.kb
    said = {str(r.key) for refs in turn.p.refs("department") for r in refs}
    in_scope = {d for d in docs if not said or kb.documents[d]["department_name"] in said}
    if len(in_scope) != 1:
        return None  # several such workbooks and none named: the rest of the pipeline asks which
    rows = _scores(kb, in_scope)
    if len(rows) < 2:
        return None
    kind, bound, picked = _pick(rows, text)
    if kind == "":
        return None
    if place > 1:  # "第二呢" after the highest: the place asked in the same order
        ordered = sorted(rows, key=lambda r: r["got"], reverse=kind == "max")
        if place > len(ordered):
            return None
        picked = [r for r in rows if r["got"] == ordered[place - 1]["got"]]
    doc = kb.documents[next(iter(in_scope))]
    ids = [p.id for r in picked for p in kb.projects.values()
           if p.document_id == r["document_id"] and p.name == r["project"]]
    text = compose.form_scores_ranked(kind, picked, rows, _table(doc), bound, place)
    return _done(turn, text, "form_scores", ids, kind if kind in ("max", "min") else "")


def _pick(rows: list[dict], text: str) -> tuple[str, str, list[dict]]:
    """(kind, the bound as said, the projects it picks) of a question over the projects' scores."""
    if _MEAN.search(text):
        return "mean", "", rows
    if m := _BOUND.search(text):
        word, value = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        limit = float(value)
        below = word in _BELOW
        strict = word not in ("不低于", "不少于")
        picked = [r for r in rows if (r["got"] < limit if below else (r["got"] > limit if strict else r["got"] >= limit))]
        return "bound", m.group(0), picked
    if _FULL.search(text):
        return "full", "满分", [r for r in rows if r.get("full") is not None and r["got"] >= r["full"]]
    if not (_LOWEST.search(text) or _HIGHEST.search(text)) and _EACH.search(text):
        return "each", "", rows
    if _LOWEST.search(text) or _HIGHEST.search(text):
        lowest = bool(_LOWEST.search(text))
        best = min(r["got"] for r in rows) if lowest else max(r["got"] for r in rows)
        return ("min" if lowest else "max"), "", [r for r in rows if r["got"] == best]
    return "", "", []


# --- one indicator of a project's sheet: its 得分, 分值, 实际完成值 or 年度指标值 -----------------------------------
# What of an indicator is asked, in people's words (the first that fits, in this order)
_INDICATOR_ASKS = (
    ("分值", re.compile(r"分值|权重|占多少分|占几分|满分多少|满分是多少")),
    ("得分", re.compile(r"得分|得了?多少分|得了?几分|分数|打了?几分|扣了?几分")),
    ("年度指标值", re.compile(r"指标值|目标值|年度目标|全年目标|目标是|定的目标|计划")),
    ("实际完成值", re.compile(r"实际|完成值|完成了|完成情况|完成多少|完成得|做到了?多少|达到了?多少|干了多少")),
)
# The least of an indicator's name a question must say to choose it among its project's indicators
_NAME_SAID = 4
# ... or, right after the project's name, the last characters of its name ("家医签约续约率": 签约居民续约率)
_TAIL_SAID = 3
# A rate is no count nor amount: "老年人健康管理率" is no "老年人健康管理人数", "改造率" no "改造面积"
_RATE_WORD = re.compile(r"^[^，。]{0,3}率")
_COUNT_WORD = re.compile(r"^(?:人数|人次|户数|个数|数量|套数|次数|家数|场次|面积|长度|里程|产量|产值|金额|数)")


def _common(a: str, b: str) -> tuple[int, int, int]:
    """(length, start in a, start in b) of the longest run of characters a and b share."""
    best = (0, 0, 0)
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            if k > best[0]:
                best = (k, i, j)
    return best


def _measure_differs(text: str, name: str, at_text: int, at_name: int) -> bool:
    """Does the question go on with a rate where the indicator's name goes on with a count, or the other way?"""
    said, named = text[at_text:], name[at_name:]
    return bool(_RATE_WORD.match(said) and _COUNT_WORD.match(named)
                or _COUNT_WORD.match(said) and _RATE_WORD.match(named) and not _RATE_WORD.match(said))


def _indicator_chosen(text: str, rows: list, own: str, typed: bool, ends: set[int]) -> tuple[dict | None, str]:
    """The one indicator of a project whose name the question says most of (at least _NAME_SAID characters the
    project's own name and sheet do not hold, and more than of any other), and ""; (that indicator, the words said)
    when those words go on as a rate where its name goes on as a count (or back): what was said is no indicator of
    the project; (None, "") when no indicator is said. typed: the one row is the indicator the reading
    found; ends: where a name of the project ends in the question (the last part of a name may follow: 续约率)."""
    scored = []
    for r in rows:
        size, at_text, at_name = _common(text, r["name"])
        tail = size >= _TAIL_SAID and at_name + size == len(r["name"]) and (at_text in ends or at_text - 1 in ends
                                                                            and text[at_text - 1] == "的")
        if (typed and size or size >= _NAME_SAID or tail) and text[at_text:at_text + size] not in own:
            scored.append((size, at_text, at_name, r))
    if not scored:
        return None, ""
    scored.sort(key=lambda s: -s[0])
    size, at_text, at_name, best = scored[0]
    if len(scored) > 1 and scored[1][0] == size:
        return None, ""  # two names said as much: the rest of the pipeline asks or reads the labels
    if _measure_differs(text, best["name"], at_text + size, at_name + size):
        rest = text[at_text + size:]
        measure = _RATE_WORD.match(rest) or _COUNT_WORD.match(rest)
        return best, text[at_text:at_text + size] + (measure.group(0) if measure else "")
    return best, ""


def _indicator_asked(turn, pid: int, text: str, said_ids: set, carried: set) -> Answer | None:
    """"村卫生室项目完工时间那项得分", "每个村卫生室补助实际多少": one column of the one indicator of the project's
    sheet the question names; a rate or count the sheet's indicators do not have is said so, with what the
    project's 年度总体目标 writes of it. None when no column or no indicator is said."""
    asked = next((col for col, words in _INDICATOR_ASKS if words.search(text)), "")
    kb = turn.kb
    project = kb.projects[pid]
    sheet = _sheet_of(kb, project)
    if not asked or sheet is None:
        return None
    rows = [dict(r) for r in query.indicators(kb.conn, project_ids=[pid])]
    own = project.name + sheet
    typed = [r for r in rows if r["id"] in said_ids]
    if said_ids and not typed:
        return None  # an indicator of another project's said: not one of this project's
    # where a name of the project said ends: an indicator's last words may follow it ("家医签约续约率")
    ends = {0} | {m.end for m in turn.p.mentions if m.of("project")} \
        | {at + len(form) for form in kb.sheet_names if (at := text.find(form)) >= 0}
    chosen, said = _indicator_chosen(text, typed if len(typed) == 1 else rows, own, len(typed) == 1, ends)
    if chosen is None and len(typed) == 1:  # (the reading's indicator said only by the project's own words)
        chosen, said = _indicator_chosen(text, rows, own, False, ends)
    doc = kb.documents[project.document_id]
    if said:
        return _not_an_indicator(turn, pid, said, asked, doc, sheet)
    if chosen is None and len(kept := [r for r in rows if r["id"] in carried]) == 1:
        chosen = kept[0]  # "续约率 → 得分呢": the indicator just shown
    if chosen is None and not said_ids:
        chosen = _loose_indicator(kb, pid, text)  # "文化礼堂五星级创建数得了几分": 五星级文化礼堂创建数, said short
    if chosen is None:
        return None
    points = {r["col"]: float(r["number"]) for r in query.sheet_indicator_scores(kb.conn, pid, project.document_id, sheet)
              if r["line"] == chosen["line"] and r["number"] is not None}
    shown = compose.form_indicator_cell(project.name, chosen, asked, points, doc, sheet)
    if shown is None:
        return None
    answer = _done(turn, shown, "form_indicator", [pid])
    turn.session.focus_indicators = [chosen["id"]]
    return answer


def _not_an_indicator(turn, pid: int, said: str, asked: str, doc: dict, sheet: str) -> Answer:
    """"基本公卫老年人健康管理率实际完成情况" where the sheet's indicators count the people (…管理人数): no indicator
    of that rate, said so; the 年度总体目标's sentence that states it (预期目标 or 实际完成情况), where one does."""
    kb = turn.kb
    project = query.projects(kb.conn, [pid])[0]
    part = "预期目标" if asked in ("年度指标值", "分值") else "实际完成情况"
    sentences = [s for line in str(project["goal"] or "").splitlines() if line.startswith(part)
                 for s in re.split(r"[，。；]", line.partition("：")[2]) if said in s]
    text = compose.form_not_an_indicator(project["name"], said, part, sentences, doc, sheet)
    if sentences:
        return _done(turn, text, "form_indicator", [pid])
    return Answer(question=turn.question, status="unknown", text=text, intent="form_indicator")


def _rate_of_no_indicator(turn, text: str, docs: frozenset[int]) -> Answer | None:
    """"老年人健康管理率实际完成情况" with no project said, where the closest indicator of the form workbooks in scope
    counts (…管理人数) and no indicator of any table is that rate: said so, with what the project's 年度总体目标
    writes of it. None otherwise (the rest of the pipeline reads the labels)."""
    kb = turn.kb
    if not any(words.search(text) for _, words in _INDICATOR_ASKS):
        return None
    said_of = {str(r.key) for refs in turn.p.refs("department") for r in refs}
    in_scope = sorted(d for d in docs if not said_of or kb.documents[d]["department_name"] in said_of)
    runs = {text[k:k + _NAME_SAID] for k in range(len(text) - _NAME_SAID + 1)}
    if not in_scope:
        return None
    rows = [dict(r) for r in query.indicators(kb.conn, doc_ids=in_scope)
            if any(r["name"][k:k + _NAME_SAID] in runs for k in range(len(r["name"]) - _NAME_SAID + 1))]
    closest, said = _indicator_chosen(text, rows, "", False, set())
    if closest is None or not said or any(said in name for name in kb.indicator_name.values()):
        return None
    pid = closest["project_id"]
    project = kb.projects[pid]
    sheet = _sheet_of(kb, project)
    if sheet is None:
        return None
    asked = next(col for col, words in _INDICATOR_ASKS if words.search(text))
    return _not_an_indicator(turn, pid, said, asked, kb.documents[project.document_id], sheet)


def _fund_not_printed(turn, pid: int, line: str, col: str, cells: list[dict], got: dict, doc: dict, sheet: str) -> Answer:
    """"村卫生室其他资金执行率" where the sheet prints "—" there, "…上年结转资金多少" where its block has no such line:
    said so (with the line's amounts, or the lines it has), never the whole's figure in its place."""
    project = turn.kb.projects[pid]
    if not got:
        lines = list(dict.fromkeys(r["row_labels"].split("\x1f")[-1] for r in cells if r["col"] in _MONEY_COLUMNS))
        text = compose.form_fund_line_absent(project.name, line, lines, doc, sheet) if lines \
            else compose.form_fund_unsplit(project.name, line, project.amounts.get("total"), doc, sheet)
    else:
        amounts = [(c, got[c]) for c in _MONEY_COLUMNS if c in got and got[c]["number"] is not None]
        text = compose.form_fund_cell_blank(project.name, line, col, got[col], amounts, doc, sheet)
    turn.session.form_asked = ""
    return Answer(question=turn.question, status="unknown", text=text, intent="form_funds")


def _overview(turn, pid: int) -> Answer | None:
    """A project named by its sheet's name alone: its 年度资金总额 line (全年预算数, 全年执行数, 执行率) and its
    自评总分, as its sheet prints them."""
    kb = turn.kb
    project = kb.projects[pid]
    found = _line_cells(kb, pid, "")
    row = next((r for r in _scores(kb, {project.document_id}) if r["project"] == project.name), None)
    if found is None or row is None:
        return None
    cells, sheet, _ = found
    shown = [(c, cells[c]) for c in ("全年预算数", "全年执行数", "执行率") if c in cells]
    doc = kb.documents[project.document_id]
    text = compose.form_project_overview(project.name, sheet, shown, row["got"], row.get("full"), doc)
    return _done(turn, text, "form_overview", [pid])


def _has_the_indicator(turn, pid: int, last: int) -> Answer | None:
    """Whether the project's sheet has an indicator of the name just shown: its row when it has, else said that it
    has not (unknown: never another indicator of a like name in its place)."""
    kb = turn.kb
    name = kb.indicator_name.get(last)
    project = kb.projects[pid]
    sheet = _sheet_of(kb, project)
    if not name or sheet is None:
        return None
    doc = kb.documents[project.document_id]
    rows = [dict(r) for r in query.indicators(kb.conn, project_ids=[pid])]
    same = [r for r in rows if r["name"] == name]
    if not same:
        text = compose.form_indicator_absent(project.name, name, len(rows), doc, sheet)
        return Answer(question=turn.question, status="unknown", text=text, intent="form_indicator")
    points = {r["col"]: float(r["number"]) for r in query.sheet_indicator_scores(kb.conn, pid, project.document_id, sheet)
              if r["line"] == same[0]["line"] and r["number"] is not None}
    shown_row = compose.form_indicator_cell(project.name, same[0], "实际完成值", points, doc, sheet)
    if shown_row is None:
        return None
    answer = _done(turn, compose.yes_with(shown_row), "form_indicator", [pid])
    turn.session.focus_indicators = [same[0]["id"]]
    return answer
