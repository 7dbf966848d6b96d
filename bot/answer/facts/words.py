"""Words of the fact answerer: comparisons and kinds of value said in questions (the operations asked are the
vocabulary's [operation_words], knowledge/vocabulary.toml)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from bot.answer import compose
from bot.language.asking import Words
from bot.language.normalize import MONEY_UNITS, compact, normalize  # noqa: F401  (MONEY_UNITS: read from here by the readers)
from bot.language.sections import vocabulary_section
from bot.store import queries as query

# The units of money figures (amounts shown with two decimals).
# The header of the column printing each line's indicator by name (三级指标, 指标名称; [asking_words.columns]): the
# one definition the index, the rows and the monitoring-table reader read
INDICATOR_NAME_HEAD = Words("columns", r"(?:{indicator_name_ends})$|^(?:{indicator_name_whole})$")

_COMPARE_WORDS = ("比", "较", "相比", "对比", "跟", "和", "与")


# A column printing a change between two figures (增减额, 增减率, 比上年增减, 差额), not a figure of a year.
CHANGE_COLUMN = re.compile(r"增减|变动|变化|差额|差异|增长率|增幅|降幅|比上年|较上年|同比")


# A 决算 table's rate is 决算 over 预算 (全年预算 unless the question names 年初预算): 完成率 there is the same.
_RATE_WORDS = {"执行率": (("执行数", "执行", "实际", "决算数", "决算"), ("调整后预算", "全年预算", "预算数", "预算")),
               "完成率": (("完成值", "实际完成", "完成", "实际", "决算数", "决算", "执行数", "执行"),
                          ("目标值", "指标值", "目标", "计划", "全年预算", "预算数", "预算")),
               # 编制到位率 (实有 / 核定), 资金到位率 (到位 / 预算): what is in place over what was set
               "到位率": (("实有", "在编", "到位", "实际到位", "已到位"), ("核定", "编制数", "编制", "计划", "预算数", "预算"))}


# The budgets a completion may be asked over ("完成年初预算百分比"): the plan columns tables print.
_PLANS = ("年初预算", "调整后预算", "全年预算")


# "年初预算完成了百分之几": a completion rate asked in words, over the budget the question names.
_RATE_SAID = re.compile(r"预算.{0,6}(?:全年完成值|完成(?:了|得)?)(?:百分之几|多少比例|几成|比例|的比例|率)")
# "完成了百分之多少", "完成多少比例": a completion rate asked with no budget named (over the row's plan).
_DONE_SAID = re.compile(r"(?:全年完成值|完成(?:了|得)?)(?:百分之几|百分之多少|多少比例|多少百分比|几成|的?比例|百分比)")


# Notes and text cells are searched in at most this many tables (those a question is about); a question
# naming no department over a large knowledge base does not read every table's notes (issue 14's worst case).
NOTES_READ_AT_MOST = 50

# 中 of 表中 is filler, never of 中央/中心/中学 (中央补助 is a part asked, not 补助 alone).
_FILLER = re.compile(
    # a judgement asked of the figure ("执行率多少 是不是很低", "高不高"): the figure answers it
    # "那一年的备注": the year just shown pointed at, no year (nor 一) of its own
    r"(?:那|这)一年|"
    r"是不是(?:很|太|偏|有点|比较)?[低高多少大小快慢](?![于过\d])|(?:高|低|快|慢)不(?:高|低|快|慢)|"
    # "项目支出部分", "基本支出部分呢": the part of the figure that column holds, asked by the column
    r"部分(?=$|\s|呢|是?多少|有多少|的|占)|"
    # "指标性质是什么符号": the cell's value asked as the sign it is (≥, =), not another label
    r"(?<=什么)符号|(?<=啥)符号|"
    r"功能分类科目|功能科目|功能分类|功能(?=有几|有多少|共几|分几|分为|类|分类|\s)|这两个|两个|两项|(?:这|那)?(?<![前后第最倒])[三四五六七八九十](?:个|项|笔|条)(?![月季年])|这两类|两类|两笔|两者|二者|哪一项|哪一个|哪一类|哪一种|哪一块|哪块|哪类|哪种|哪一|它们|他们|请问|请|帮我|帮忙|查一下|查查|查询|看看|看一下|告诉我|我想知道|想知道|一下|多少钱|多少|是多少|是什么|什么|怎么样|咋样|怎样|"
    r"里面|里头|当中|(?:一|哪一?|那|这|每)笔|情况|数据|具体|分别|各自|各|都|是|的|了|呢|吗|啊|呀|吧|有|为|在|和|与|及|以及|跟|同|、|,|，|。|？|\?|！|!|：|:|"
    r"分配给|分给|拨给|安排了?(?=多少|几)|分到的钱|分的钱|分得的钱|分到|分得|拿到|拿得|拿了|领到|麻烦|看下|来着|里|中(?![央心学医小])|表|表里|这张表|那个|这个|其|它|值|数值|数字|金额|有没有|给我|一共|总共|共|个(?!税)|(?<=[哪几这那一每各两])个|项|年|度|年度|本年|今年|当年|"
    r"相比|比|较|对比|多|少|高|低|大|小|人(?![员口才力事])|元|万元|万|几|哪|谁|哪里|啥|那|这|还|就|也|又|按|对|上|下|去|前|后|最|"
    r"比例|占|从|到|单位|科室|股室|部门|局|委|哪个|哪项|哪一个|哪一项|科目|(?<=[些几])专项(?:资金)?|(?<![那这]个)(?<=个)专项(?:资金)?|"
    r"折合|合(?=多少)|镇街|街镇|乡镇|全区|全县|全市|全镇|全部|(?<=占)总|"
    r"(?:搞|干|弄)(?=了?(?:几|多少))|"  # "实际搞了几次": an everyday verb of what was done, before the count
    r"(?:处于|处在)(?=\s*(?:什么|哪|啥))|"  # "处于什么阶段": the state asked by its verb, the column (所处阶段) said
    r"查下|瞧瞧|得到|"  # asking politely ("查下"), receiving said of a place's share ("得到多少")
    r"(?:来自|来源于|出自)(?=\s*(?:哪|$))|"  # "上级补助收入来自哪些科目": the rows having the column, asked which
    r"(?<![一大小])部分|"  # "项目支出部分": that column of the row, not "一部分" (a quantity)
    # what a text cell says, asked ("评价标准咋说的", "怎么写的", "是啥"): a question word, never a label
    r"(?:咋|怎么|如何|怎样)(?:说|讲|规定|表述)(?:的)?"
)


_PERIODS = (("第一季度|一季度|1季度|前三个月|1-3月|1至3月", (1, 2, 3)), ("第二季度|二季度|2季度|4-6月", (4, 5, 6)),
            ("第三季度|三季度|3季度|7-9月", (7, 8, 9)), ("第四季度|四季度|4季度|10-12月", (10, 11, 12)),
            ("上半年|前半年|1-6月|1至6月", (1, 2, 3, 4, 5, 6)), ("下半年|7-12月", (7, 8, 9, 10, 11, 12)),
            # the first three quarters, as a column (1-9月执行数, 1-9月累计) or a table's title prints them
            (r"前三季度|前3季度|前三个季度|(?<!\d)1[-—~至到]9月|一至九月|一到九月|(?<!\d)1[-—~至到]3季度|一至三季度|一到三季度",
             (1, 2, 3, 4, 5, 6, 7, 8, 9)))


# The longest periods first: 前三季度 holds 三季度, which is no third quarter there.
PERIODS_LONGEST_FIRST = tuple(sorted(_PERIODS, key=lambda p: -len(p[1])))


@lru_cache(maxsize=100_000)  # labels repeat across tables: each is read once
def period_in(text: str) -> tuple[int, ...] | None:
    """The months a label or title names ("分季度执行数第三季度" -> 7, 8, 9; "1-9月执行进度" -> 1 … 9), None
    when it names no period."""
    return next((months for words, months in PERIODS_LONGEST_FIRST if re.search(words, text)), None)


# A month said in Chinese numerals ("九月", "十月", "十二月"), alone or as the ends of a span ("一到十月"):
# not inside a longer number, nor after 第/每/几 (第三月, 每三月), nor a count of months (三个月 has 个 between).
_CN_MONTH = "十[一二]|十|[一二三四五六七八九]"
_CN_MONTH_SPAN = re.compile(rf"(?<![零一二三四五六七八九十百第每几\d])({_CN_MONTH})(到|至|[-—~－])({_CN_MONTH})月")
_CN_MONTH_ONE = re.compile(rf"(?<![零一二三四五六七八九十百第每几\d])({_CN_MONTH})月")
# "10月份": the month, as columns print it ("10月")
_MONTH_WITH_FEN = re.compile(r"(?<!\d)(\d{1,2})月份")

# A span of months as a header, a title or a question prints it ("1-9月", "1－9月", "1至9月", "一至九月", "一到九月"):
# the one reading of spans (the running totals of values, the cumulative reports, the monitoring tables), never
# inside a longer number. MONTH_SPAN_SOURCE is its pattern, for the readers putting it inside their own.
MONTH_SPAN_SOURCE = rf"(?<![\d.零一二三四五六七八九十百第每几])(\d{{1,2}}|{_CN_MONTH})\s*[-—~至到－]\s*(\d{{1,2}}|{_CN_MONTH})月"
MONTH_SPAN = re.compile(MONTH_SPAN_SOURCE)
# One month alone, not the end of a span ("9月", "3月份"); _DAYLESS: not the month of a date either (9月30日)
MONTH_ALONE = re.compile(r"(?<![\d\-—~至到－])\d{1,2}月")
MONTH_ALONE_DAYLESS = re.compile(r"(?<![\d\-—~至到－])\d{1,2}月(?!\d)")
# A running total to date a header says without its months ("本年累计执行数"): [asking_words.cumulative] to_date
_TO_DATE = Words("cumulative", "{to_date}")


def _month_value(said: str) -> int:
    return int(said) if said.isdigit() else int(_month_number(said))


def month_span(text: str, at_start: bool = False) -> tuple[int, int] | None:
    """The first and last month of the span a text prints ("1－9月累计执行数" -> 1, 9; "一至九月" -> 1, 9), None when
    it prints none (at_start: only a span opening the text)."""
    m = MONTH_SPAN.match(text) if at_start else MONTH_SPAN.search(text)
    return (_month_value(m[1]), _month_value(m[2])) if m else None


def running_span(header: str, title: str = "") -> tuple[int, int] | None:
    """The months a column's header adds up from January: its span ("1-9月累计执行数", "一至九月累计执行数"), or,
    for a running total to date ("本年累计执行数"), January to the month the table's title reaches ("2024年1-9月…",
    "2024年9月…月报"); None when it adds up no months from January that can be told."""
    if (span := month_span(header)) is not None:
        return span if span[0] == 1 else None
    if not _TO_DATE.search(header):
        return None
    if (span := month_span(title)) is not None:
        return span if span[0] == 1 else None
    months = {int(m[0][:-1]) for m in MONTH_ALONE_DAYLESS.finditer(title)}
    return (1, months.pop()) if len(months) == 1 and 1 <= min(months) <= 12 else None


def _month_number(said: str) -> str:
    return str(10 + " 一二".index(said[1]) if len(said) == 2 else 10 if said == "十" else "一二三四五六七八九".index(said) + 1)


def months_as_digits(text: str, printed: str) -> str:
    """A question's months said as the tables print them: "九月" → "9月", "一到十月" → "1到10月", and "10月份" → "10月"
    where the labels (printed) print the month without 份; never a month word of a label's name (三月三文化节)."""
    text = _CN_MONTH_SPAN.sub(lambda m: f"{_month_number(m[1])}{m[2]}{_month_number(m[3])}月", text)
    # (a month word a label prints with what follows it, 三月三 of 三月三文化节, is that label's name)
    text = _CN_MONTH_ONE.sub(lambda m: m[0] if m.string[m.start():m.end() + 1] in printed
                             else f"{_month_number(m[1])}月", text)
    return _MONTH_WITH_FEN.sub(lambda m: m[0] if m[0] in printed or f"{m[1]}月" not in printed else f"{m[1]}月", text)


def period_as_printed(text: str, col_keys: frozenset[str] | set[str]) -> str:
    """A part of the year from January said as people say it ("上半年", "前三季度", "截至6月底") put as the span a
    column prints ("1-6月执行数", "1至9月完成值"), so the column is read; a table printing the word itself (上半年完成数),
    or no column of that span, keeps it as said (a table of quarters adds its parts up elsewhere)."""
    for words, months in PERIODS_LONGEST_FIRST:
        if months[0] != 1 or len(months) < 2 or not (m := re.search(words, text)) or re.match(r"\d", m[0]):
            continue
        if any(m[0] in k for k in col_keys):
            return text
        last = months[-1]
        printed = next((span for span in (f"1-{last}月", f"1—{last}月", f"1至{last}月", f"1~{last}月")
                        if any(k.startswith(span) or span in k for k in col_keys)), "")
        # (only where the span then reads one column, "上半年执行多少" → 1-6月执行数: a period said apart from what is
        # asked, "上半年X执行了多少", is read as said, by the period's own reading)
        if not printed:
            return text
        replaced = text.replace(m[0], printed, 1)
        spoken = _span_column_said(replaced, col_keys)
        return spoken if spoken != replaced else text
    return _span_column_said(_up_to_as_span(text, col_keys), col_keys)


def _up_to_as_span(text: str, col_keys: frozenset[str] | set[str]) -> str:
    """"截至6月底执行多少" of a table printing 1-6月执行数 (no 1-6月累计): the span's words."""
    up_to = re.search(r"截至|截止到?", text) and _UP_TO_MONTH.search(text)
    if up_to and up_to[1] and (span := f"1-{up_to[1]}月") and any(k.startswith(span) for k in col_keys) \
            and not any(k.startswith(f"{span}累计") for k in col_keys):
        return text.replace(up_to[0], span, 1)  # "截至6月底执行多少" of a table printing 1-6月执行数
    return text


def _span_column_said(text: str, col_keys: frozenset[str] | set[str]) -> str:
    """"1-9月完成多少", "1-6月执行多少": the span and a verb said, where one column of that span prints the verb
    (1-9月实际完成值, 1-6月执行数): that column's words; the text as it was when none or several do."""
    def column(m: re.Match) -> str:
        held = {k for k in col_keys if k.startswith(m[1]) and m[2] in k and "率" not in k}
        return held.pop() if len(held) == 1 else m[0]
    return _SPAN_VERB.sub(column, text)


_SPAN_VERB = re.compile(r"(1[-—~至]\d{1,2}月)(完成|执行)(?!值|数|率|情况|了)")


# Months up to one said as a running total: "截至10月", "截止到10月底", "前10个月", "1-10月" said without the 累计
# the column prints ("1-10月合计实际" where the table prints 1-10月累计).
_UP_TO_MONTH = re.compile(r"(?:截至|截止到?|(?<![\d-])到)(\d{1,2})月(?:底|末|份)?(?:的)?|前(\d{1,2})个?月")
_SPAN_BARE = re.compile(r"(?<!\d)(\d{1,2})-(\d{1,2})月(?!累计|份|\d)")


def running_total_as_printed(text: str, col_keys: frozenset[str] | set[str]) -> str:
    """The months from January said up to one ("截至10月", "前10个月", "1-10月") put as the column of their running
    total where a table prints it ("1-10月累计") and no other column of the span."""
    def said(m: re.Match, first: str, last: str) -> str:
        span = f"{first}-{last}月"
        # (累计 said after is its own; a column of the span printing another figure, 1-9月执行数, is said as it is)
        if f"{span}累计" in col_keys and "累计" not in text \
                and not any(k.startswith(span) and not k.startswith(f"{span}累计") for k in col_keys):
            return f"{span}累计"
        return m[0]
    text = _UP_TO_MONTH.sub(lambda m: said(m, "1", m[1] or m[2]), text)
    return _SPAN_BARE.sub(lambda m: said(m, m[1], m[2]), text)


# What was spent, said as a verb or as 实际支出 ("实际支出多少", "花了多少", "累计执行多少"): a table of months whose
# columns print what was spent as 实际 (beside 预算, 差异) and no 执行 column has it there.
SPENT_SAID = re.compile(r"实际(?:支出|花了|花费|花掉了|用了|用掉了|执行了?)|(?:支出了|花了|花费了|花掉了|用掉了|执行了|执行数|执行)"
                        r"(?!率|进度|情况|单位|方式|期|差|得|了多少)")


# A part of the year a figure is asked of ("10月", "1-10月", "三季度", "上半年"; the months as digits, see
# months_as_digits): not a date (12月底, 6月30日, 10月前完成), a time asked of a record rather than a period's figure.
PERIOD_ASKED = re.compile(r"(?<!\d)(?:\d{1,2}[-到至])?\d{1,2}月(?!\d|份?(?:底|末|初|中|[上中下]旬|前|以前|之前|内|完成|完工|竣工|开工|建成|启动|开始|实施|验收|招标|采购|交付|到位))"
                          r"|(?<!前)[一二三四1-4]季度|前三季度|[上下]半年")
# A label, title or value printing a part of the year: a table that has figures of months or quarters.
PERIOD_PRINTED = re.compile(r"\d{1,2}月|[一二三四1-4]季度|[上下]半年|月份|月度|季度")
# A value that is a month or a quarter (a record's 采购月份 "3月", "2025年第二季度"), not a deadline (11月底前).
PERIOD_VALUE = re.compile(r"(?:(?:19|20)\d\d年)?(?:\d{1,2}(?:[-至到]\d{1,2})?月份?|(?:第)?[一二三四1-4]季度|[上下]半年)")


_QUESTION_WORDS = re.compile(r"(?:哪个|哪些|哪项|哪几个|多少|什么|是否|几个|怎么|为何|有没有|是不是|一共|分别|加起来|总共)+")


# Rows left out of a ranking, as said: "（不算X）", "（X除外）", "除了X以外，…", "…，不含X" (a ranking word must
# remain: "不含X的" elsewhere is a negation set on the rows asked, read apart).
_LEAVE = r"(?:除了|除去|除开|除掉|不算|不计|不含|不包括|不包含|去掉|扣除|扣掉|刨去|刨除)"
_LEFT_OUT = (re.compile(rf"[（(]\s*{_LEAVE}(?P<x>[^（）()，,。？?]{{2,24}}?)(?:以外|之外|在内)?\s*[）)]"),
             re.compile(r"[（(]\s*(?P<x>[^（）()，,。？?]{2,24}?)(?:除外|不算)\s*[）)]"),
             re.compile(rf"^\s*(?:那|那么)?{_LEAVE}(?P<x>[^（）()，,。？?\s]{{2,24}}?)(?:以外|之外)(?:的)?\s*[，,]?"),
             re.compile(rf"^\s*(?:那|那么)?{_LEAVE}(?P<x>[^（）()，,。？?\s]{{2,24}}?)\s*[，,]"),
             # ("除了千岛湖镇哪个镇最多", "除城关镇外谁最少": the asking word right after the rows left out)
             re.compile(rf"^\s*(?:那|那么)?{_LEAVE}(?P<x>[^（）()，,。？?\s]{{2,24}}?)(?:以外|之外)?(?:的)?(?=哪|谁)"),
             re.compile(r"^\s*(?:那|那么)?除(?P<x>[^（）()，,。？?\s]{2,24}?)(?:以外|之外|外)(?:的)?(?=哪|谁)"),
             re.compile(rf"[，,]\s*(?:{_LEAVE}(?P<x>[^（）()，,。？?\s]{{2,24}}?)(?:以外|之外)?|(?P<y>[^（）()，,。？?\s]{{2,24}}?)除外)"
                        r"\s*[。？?]?\s*$"))
# ("澄湾县教育局除了溪桥中学，其他单位合计多少": the rows left out said after the department's name)
_LEFT_OUT_AFTER_NAME = re.compile(rf"{_LEAVE}(?P<x>[^（）()，,。？?\s]{{2,24}}?)(?:以外|之外)?(?:的)?\s*[，,]")
_RANKING = re.compile(r"最|第[一二三四五六七八九十两\d]|排名|排前|前[一二三四五六七八九十两\d]|倒数")


def left_out_said(question: str) -> tuple[str, list[str]]:
    """The question without the rows it leaves out of a ranking, and those rows' names (label keys);
    the question as it is when it ranks nothing or leaves nothing out."""
    for pattern in (*_LEFT_OUT, _LEFT_OUT_AFTER_NAME):
        m = pattern.search(question)
        if m is None:
            continue
        rest = question[:m.start()] + question[m.end():]
        if not _RANKING.search(rest):
            continue
        names = [label_key(n) for n in re.split(r"、", m.group("x") or m.group("y") or "") if n]
        if names and all(len(n) >= 2 for n in names):
            return rest, names
    return question, []


_TOTAL_LINE_ENDS = ("合计", "总计", "共计", "小计")


def left_out_unread(question: str, facts: list[dict], ranked_without: list[str],
                    rows_of: Callable[[int], set[str]] | None = None) -> str | None:
    """"除了教育局，其他部门支出合计加起来多少" answered with 教育局's own line among its figures, or with the 合计 line of a
    table printing 教育局's row (rows_of: a table's row label keys): the rows the question leaves out (no ranking
    read them apart) were not read — the answer would hold the very row said to be left out, a confident wrong
    figure. The words left out ("除了教育局") when so; None when nothing is left out, a ranking reads it, no row found
    is of it nor a total over it, or the table's own label says those words (项目支出（不含基本支出）)."""
    if ranked_without or not facts:
        return None
    for pattern in (*_LEFT_OUT, _LEFT_OUT_AFTER_NAME):
        m = pattern.search(question)
        if m is None:
            continue
        names = [label_key(n) for n in re.split(r"、", m.groupdict().get("x") or m.groupdict().get("y") or "") if n]
        said = compact(m.group(0))
        labels = [compact(f.get("labels") or "") for f in facts]
        if not names or any(len(n) < 2 for n in names) or any(said.strip("（）()，,") in lab for lab in labels):
            return None
        rows = [compact(f.get("row_labels") or "") for f in facts]
        if any(n in r for n in names for r in rows):
            return said.strip("（）()，, ")
        totals = {f["document_id"] for f in facts if f.get("document_id") is not None
                  and compact(str(f.get("row_labels") or "").split(query.FACT_SEP)[-1]).endswith(_TOTAL_LINE_ENDS)}
        if rows_of is not None and any(n in k for d in totals for k in rows_of(d) for n in names):
            return said.strip("（）()，, ")  # ("…合计" of a table printing 教育局's row: a total holding it)
        return None
    return None


# "普陀两个部门", "这几个单位", "分别", "各自": a name fitting several departments means all of them.
# "各乡镇", "每个单位": each row the word after it heads (the rows, not their total).
_EACH_ROW = re.compile(r"(?:各个|各|每个|每一个)(?=[\u4e00-\u9fff])")
_EVERY_ONE = re.compile(r"[两俩二三四五六七八九十几各][个家]?(?:部门|单位|局)|分别|各自|哪个(?:部门|单位)|哪家单位")
# "两个普陀的决算", "两家普陀单位", "普陀区两家单位": a count said right before or after a name several
# departments share is all of them.
_COUNT_BEFORE = re.compile(r"(?:这|那)?[两俩二三四五六七八九十几][个家]$")
_COUNT_AFTER = re.compile(r"^(?:的|这|那)?[两俩二三四五六七八九十几][个家]")


_FOLLOWUP = re.compile(r"^(?:那|那么|还有|再|另外)|^(?:(?:19|20)\d\d年度?)?(?:还|又)|呢$|^.{1,8}$|^(?:比|较)(?:19|20)\d\d年")  # "比2023年增加多少": of what was said


# "财政事务下面那个", "人大事务下的呢": a head named to pick, of the lines just shown, the one under it.
UNDER_HEAD_SAID = re.compile(r"(?:下面|下边|下头|底下|之下|下属|下)(?:的)?(?:那个|那一个|那项|那一项|那行)?(?:呢|是多少|多少)?$"
                         r"|(?:里面|里边|里|中)的?(?:那个|那一个|那项|那一项)(?:呢|是多少|多少)?$")


# "加上普惠金融", "再加上…", "跟财政委托业务加起来", "和它加起来": a figure added to the one just answered.
_ADDED_TO_LAST = re.compile(r"^(?:那|那么)?(?:再)?(?:加上|加(?![装固宽高密强盖油工班快大])|连同|(?:跟|和|与|同).{2,}(?:加起来|加在一起|合起来|一共|合计))")


# (办 of 办公费 and 部 of 部门预算 end no organisation's name: "占办公费的比例", "占部门预算总额")
_ORG_WORD = re.compile(r"[\u4e00-\u9fff]{1,8}(?:局|委(?![托派])|办(?!公(?!室))|厅|署|部(?!门(?:预算|整体|决算|支出|收入))|中心|委员会|办公室"
                       r"|政府|街道)")


_MONTHS = re.compile(r"\d{1,2}月|[一二三四]季度|[上下]半年")


# (a number before 万, 元 or 亿 is an amount, never a year: "超过2000万的单位")
_YEAR_Q = re.compile(r"(?<![0-9.])(20\d\d|19\d\d)(?![0-9.])(?!\s*(?:多|余)?(?:万|亿|千|元|块|%|％))\s*(?:年度|年)?")


_PART_OF_YEAR = re.compile(r"季度|[0-9一二三四五六七八九十]+月|上半年|下半年|半年")


_NUMBERING = re.compile(r"^(?:[0-9]+[.、．)]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|其中[:：]?)+")


_PAREN = re.compile(r"[（(][^（）()]{0,12}[）)]")


@lru_cache(maxsize=200_000)  # labels repeat across tables ("2024年预算数"): clean each once
def bracket_words(label: str) -> list[str]:
    """The words a label says in its brackets ("不动产登记费（非住宅类）": 非住宅类), which label_key leaves out:
    what tells apart two rows of one key."""
    return [compact(normalize(m.group())[1:-1]) for m in _PAREN.finditer(label) if len(m.group()) >= 4]


def counted_bare(f: dict) -> bool:
    """A figure printed without a unit in a column counting things (床位数, 候车亭数, 数量): a count, never money,
    whatever measure word a question counts it in."""
    return not f["unit"] and f["number"] is not None and bool(re.search(r"数量?$", (f["col_labels"] or "").split(query.FACT_SEP)[-1]))


@lru_cache(maxsize=65536)  # a fact's labels are matched again by every question that reaches them
def label_key(label: str) -> str:
    """A label as matched: no numbering ("1.", "一、", "其中："), no unit in brackets, no punctuation."""
    t = normalize(label)
    t = _NUMBERING.sub("", t.strip())
    t = _PAREN.sub("", t) or t
    return compact(t)


def fmt_number(x: float) -> str:
    """As tables print numbers: no thousands separators, no trailing zeros, at most 2 decimals."""
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.2f}".rstrip("0").rstrip(".")


def printed_decimals(facts) -> int:
    """The most decimals some figures are printed with (trailing zeros none), when more than two and each is printed
    with four at most: a table in 亿元 printing 0.0798 adds up to 0.7448, never 0.74; 0 otherwise (a sheet keeping
    10891.615675 keeps float digits, shown as money is)."""
    most = 0
    for f in facts:
        digits = str(f["value"] or "").replace(",", "").strip().rstrip("%").partition(".")[2].rstrip("0")
        if len(digits) > 4 or not digits.isdigit() and digits:
            return 0
        most = max(most, len(digits))
    return most if most > 2 else 0


def fmt_added(x: float, facts) -> str:
    """A figure added up from (or one of) some facts, as they print theirs: fmt_number unless they print more than
    two decimals (printed_decimals)."""
    places = printed_decimals(facts)
    return f"{x:.{places}f}".rstrip("0").rstrip(".") if places else fmt_number(x)


def fmt_percent(x: float) -> str:
    """A percentage the bot computes: two decimals always (87.10), as amounts are printed."""
    return f"{x:.2f}"


# An amount a spreadsheet keeps with more decimals than it prints (10891.615675): shown as tables print money.
_LONG_DECIMALS = re.compile(r"[-+]?\d+\.\d{3,}")
# A figure printed with thousands separators ("2,946.25", "(1,200)").
_SEPARATED = re.compile(r"[-+(（]?\d{1,3}(?:,\d{3})+(?:\.\d+)?[)）%]?")


def _value_text(value: str, number: float | None, unit: str) -> str:
    """A fact's value as printed, with its unit when the cell has none (a figure printed with thousands
    separators: plain, then as printed); a blank cell is said blank, never shown as if it were a figure. Money with more than two decimals is
    rounded to two, then said with the cell's own digits (61915.77万元（表中数值为61915.7693）; trailing zeros are no digits:
    1195.8200 is 1195.82); a coefficient, a rate or a count keeps its digits."""
    if not value.strip():
        return compose.BLANK_CELL
    printed = value.strip()
    separated = number is not None and _SEPARATED.fullmatch(printed) is not None
    if separated:
        value = value.replace(",", "")
    kept = ""  # (money kept with more decimals than two: rounded, then the cell's own digits, as a search finds them)
    if number is not None and unit in MONEY_UNITS and _LONG_DECIMALS.fullmatch(value.strip()):
        kept = value.strip().rstrip("0")
        value = f"{number:.2f}"
        kept = kept if len(kept.partition(".")[2]) > 2 else ""
    if not (number is None or not unit or value.endswith(unit) or unit == "%" and value.endswith("%")):
        value = f"{value}{unit}"
    # (money kept with more decimals than two is said with the cell's own digits, separators or not: a sheet's
    # "#,##0.00" prints the rounded figure, never those digits)
    return compose.with_kept_digits(value, kept) if kept else compose.as_printed(value, printed) if separated else value


_TICKED = re.compile(r"[（(]已勾选[；;]选项[：:](.+)[）)]$")  # the value ingest gives a cell of tick boxes


# The whole table's line or column (never a group's 小计).
_GRAND_TOTALS = frozenset({"合计", "总计", "共计"})


def _is_grand_total(key: str) -> bool:
    return key in _GRAND_TOTALS


# A row label naming an organisation or a place (a department of a district, a county, a 街道, a unit of a
# department: its schools, kindergartens, hospitals, its own office 本级/机关): the entities a table may list
# as its rows. A name led by a total word (以上部门合计) is the table's sum.
_ENTITY = re.compile(
    r"^[\u4e00-\u9fff]{2,20}?(?:局|委员会|委|办公室|办|中心|院|所|站|队|馆|厅|部|公司|学校|中学|小学|大学|学院"
    r"|幼儿园|本级|机关)$"
    r"|^[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|区|县|旗|镇|乡|街道|社区)$")


# "买了啥", "都购置了哪些": what a line of spending bought — the lines under it holding an amount.
BOUGHT = re.compile(r"(?:都)?(?:买|购买|购置|采购)(?:了|的)(?:些)?(?=啥|什么|哪些)")
# "下属几个单位", "下面有哪些单位": the units under a department, its own line (本级, 机关) not among them.
UNITS_UNDER = re.compile(r"下属|所属|下面|下边|底下|下辖|下设|直属")


def is_own_line(label: str, department: str) -> bool:
    """A department's own line among its units: "…本级", "某局（本级）", the department's own name, or its own
    office said by its name or kind ("林业局机关", "局机关"); not a group of units ending in 机关 (区直机关, 县级机关)."""
    key = label_key(label)
    if re.search(r"本级[）)]?$", label.strip()) or key.endswith("本级"):
        return True
    dept = label_key(department) if department else ""
    if key.endswith("机关"):
        stem = key[:-2]
        return not stem or bool(dept) and dept.endswith(stem) or bool(re.search(r"(?:局|委员会|委|办公室|办|厅)$", stem))
    return bool(dept) and key == dept


def is_entity_label(label: str) -> bool:
    key = label_key(label)
    return bool(_ENTITY.match(key)) and not _is_total(key) and not key.startswith(("以上", "其中"))


def is_subtotal(key: str) -> bool:
    """A group's 小计 (one department's block of a table listing several), never the whole table's 合计."""
    return key.endswith("小计")


_TOTAL_KEY = re.compile(r"^(?:小计|合计|总计|共计|总分|总得分)$|.*(?:小计|合计|总计|资金总额)$")


@lru_cache(maxsize=4096)
def _is_total(key: str) -> bool:
    # (总分, 总得分: a 自评表's whole, its rows' 分值 and 得分 added; 年度资金总额: its funding lines' whole)
    # (kept for recent labels: a question asks it of the same few hundred labels thousands of times)
    return bool(_TOTAL_KEY.match(key))


# Words of many tables' titles (and the years): none names one table.
_TITLE_GENERIC = re.compile(r"项目|预算|资金|部门|单位|年度|支出|收入|经费|绩效|财政|情况|明细|汇总|[\d年（）()]")
# The organisation a title starts with (建宁县财政局…): its words name that department, not the table.
_TITLE_OWNER = re.compile(r"^[\u4e00-\u9fff]{1,14}?(?:局|委员会|委|办公室|办|院|政府|部|厅)")


def title_word_said(title: str, text: str) -> bool:
    """Whether the question says two characters or more of a table's title that name it (评价 of …绩效评价结果表):
    not the words many titles share (项目支出), a year, or the organisation the title starts with."""
    owner = m.group() if (m := _TITLE_OWNER.match(title)) else ""
    i = 0
    while i < len(text) - 1:
        j = i + 2
        if text[i:j] not in title:
            i += 1
            continue
        while j < len(text) and text[i:j + 1] in title:
            j += 1
        run = text[i:j]
        if run not in owner and len(_TITLE_GENERIC.sub("", run)) >= 2:
            return True
        i = j
    return False


# A row label that only counts the rows a 合计 beside it adds ("合计 | 22个项目"): that line is the table's whole.
_COUNT_OF_ROWS = re.compile(r"^(?:共|合计)?\d+(?:个|项)(?:项目|单位|部门)?$")


def counted_total(labels: Sequence[str]) -> bool:
    """Whether a row labelled by several cells is a 合计 with the count of the rows it adds ("合计 › 22个项目")."""
    return len(labels) >= 2 and bool(_COUNT_OF_ROWS.match(label_key(labels[-1]))) \
        and any(_is_total(label_key(x)) and label_key(x) != "小计" for x in labels[:-1])


# A column compared with another (2025年比2024年增减额, 增减率) or a note: no figure of one year, nor the money a
# row of an allocation table is allotted.
NOT_A_FIGURE_OF_ONE_YEAR = re.compile(r"比|较|增减|增长|减少|变动|备注|说明|率")


def allotted_column(columns: list[str], allocation_words: tuple[str, ...]) -> str:
    """The column of what a row of an allocation table is allotted: the one column printed as a total (合计,
    合计金额, 资金合计), else the one column of money allotted (分配金额, 下达数: an allocation word of three or more
    characters in its name); "" when there is none or more than one."""
    plain = [c for c in columns if not NOT_A_FIGURE_OF_ONE_YEAR.search(c)]
    last = {c: label_key(c.split(query.FACT_SEP)[-1]) for c in plain}
    totals = [c for c in plain if _is_total(last[c]) or re.match(r"(?:合计|总计|总额)", last[c])]
    if not totals:
        totals = [c for c in plain if any(w in last[c] for w in allocation_words if len(w) >= 3)]
    if len(totals) > 1:  # (合计 beside a group's own 小计, 一般性转移支付 › 小计: the one under no group totals the row)
        totals = [c for c in totals if query.FACT_SEP not in c] or totals
    return totals[0] if len(totals) == 1 else ""


AREA_UNITS = frozenset({"平方米", "亩", "公顷", "平方公里"})  # the units a 面积 asked is printed in


def column_core(said: str) -> str:
    """The column a word names with the kind of its figures after it (其他 of 其他资金, 政府性基金 of 政府性基金拨款), or ""."""
    m = re.fullmatch(r"([\u4e00-\u9fff]{2,6}?)(?:资金|经费|拨款|金额|收入)", said)
    return m.group(1) if m else ""


def flow_words(vocab_path: str) -> dict[str, str]:
    """[flows] of the vocabulary: each flow of a 收支 table (收入, 支出) and the first digit of its subjects' codes."""
    return vocabulary_section(vocab_path, "flows", _read_flows)


def _read_flows(data: object) -> dict[str, str]:
    kinds = data if isinstance(data, dict) else {}
    return {compact(k): str(v) for k, v in kinds.items() if compact(k) and isinstance(v, str) and v}


# A column printing one way's change as a positive figure, 0 where a row went the other way (减少金额, 比上年压减额,
# 新增数（万元）): no signed change of the row.
_ONE_WAY_COLUMN = Words("change_columns", r"(?:{one_way_before})?(?:(?P<fall>{one_way_fell})|(?P<rise>{one_way_rose})(?!减))"
                                          r"(?:{amount_tail})?(?:（[^）]*）)?")


def one_way_column(label: str) -> str:
    """"fall" or "rise" when the column label (its own leaf) prints only that way's change as positive figures, else ""."""
    m = _ONE_WAY_COLUMN.fullmatch(label)
    return "" if m is None else "fall" if m["fall"] else "rise"


_UNITS_HEADED = Words("unit_rows", "{unit_heads}")


def rows_headed_as_units(facts: Sequence[dict]) -> bool:
    """Whether the facts' own row label is headed as units (单位名称, 部门): "哪些单位减少了" asks those rows, not a
    group over them."""
    return any(_UNITS_HEADED.search((f["row_heads"] or "").split(query.FACT_SEP)[-1]) for f in facts)
