"""Read the prose of a published PDF (the 情况说明 of a 部门决算) into labelled facts.

The explanation pages state figures the tables do not print (政府采购金额, 完成年初预算的百分比, 比上年增减,
绩效自评得分, 车辆数) and what a line item is used for (主要用于…). Each page's text is split under its
headings (一、 （一） 1、), then into sentences (。；) and clauses (，、：); every "label + number + unit" in
a clause becomes a Fact labelled by the clause's words, with the sentence's subject in front when the
clause only names a measure (年初预算为…, 占…, 下降…). A number with no words before it is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from bot.model import Fact

_UNITS = ("万元", "亿元", "千元", "元", "平方米", "台（套）", "台(套)", "人次", "%", "个", "辆", "台", "套",
          "人", "分", "项", "家", "户", "次", "件", "名", "所", "处")
_NUM_UNIT = re.compile(r"(-?\d[\d,]*(?:\.\d+)?)\s*(" + "|".join(re.escape(u) for u in _UNITS) + ")")
_HEAD = re.compile(r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\s*")
_ITEM = re.compile(r"^\d{1,2}[、.．]\s*")
_YEAR_WORD = re.compile(r"(20\d\d)年(?:度)?")
_CHANGE = re.compile(r"(增加|减少|增长|下降|上升|降低|节约|超支)$")
_COMPARED = re.compile(r"与(?:20\d\d年度?|上年度?|上一年度?)相比|比(?:20\d\d年度?|上年度?|上一年度?)")
# Words a clause's label starts or ends with that are not part of the name.
_LEAD = re.compile(r"^(?:其中|包括|主要包括|另外|此外|同时|共有|共|合计共|截至\S*?日|本部门|本单位)[:：]?")
_TRAIL = re.compile(r"(?:为|是|达到|达|约|共计|合计为|的|了|有)$")
_PARENS = re.compile(r"[（(][^（）()]*[)）]")
_USE_WORD = re.compile(r"主要用于|主要包括|用于")
_USE = re.compile(r"(主要用于|主要包括|用于)[:：]?(.+)")
# A label made of these alone names a measure of the sentence's subject, not a thing of its own.
_REASON = re.compile(r"^(?:主要)?原因(?:是|为|主要是)?[:：]?(.{2,80})$")
_BOUND = re.compile(r"^[（(]?含[)）]?以[上下]|^以[上下]|^及以[上下]")
_SPLIT = ("年初预算", "全年预算", "调整预算", "支出决算", "决算数", "预算数")
_MEASURES = ("年初预算", "全年预算", "调整预算", "预算", "支出决算", "决算", "决算数", "预算数", "占", "占比",
             "完成年初预算", "完成预算", "执行率", "预算执行率", "涉及预算金额", "金额", "采购金额", "平均得分",
             "得分")


def prose_facts(pages: list[tuple[int, str]], department: str = "", year: int | None = None) -> list[Fact]:
    """Facts stated in the prose of `pages` (page number, text as printed with its line breaks)."""
    out: list[Fact] = []
    section = ""
    buffer: list[tuple[int, str]] = []  # the running paragraph's lines and their pages
    paragraphs: list[str] = []

    def flush() -> None:
        if buffer:
            out.extend(_paragraph(buffer, section, department, year, len(paragraphs) + 1))
            paragraphs.append(section)
            buffer.clear()

    for number, text in pages:
        for raw in text.splitlines():
            line = re.sub(r"\s+", "", raw)
            if not line:
                continue
            if _HEAD.match(line) and len(line) <= 40 and not _NUM_UNIT.search(line) and not line.endswith(("；", "。")):
                flush()
                section = _HEAD.sub("", line)
                continue
            if _ITEM.match(line) and buffer:
                flush()
            buffer.append((number, line))
    flush()
    return out + _founded(pages)


_FOUNDED = re.compile(r"(?:单位|本部门|本单位|部门|局|委|办)于?((?:19|20)\d\d)年(?:新|正式)?(?:成立|组建|挂牌)")


def _founded(pages: list[tuple[int, str]]) -> list[Fact]:
    """"单位于2024年成立": the year the department was set up, said once however often it is repeated."""
    for number, text in pages:
        if m := _FOUNDED.search(re.sub(r"\s+", "", text)):
            return [Fact(value=f"{m.group(1)}年", row=("成立年份",), section="成立", page=number)]
    return []


@dataclass
class _Said:
    """What a paragraph has said so far, that a clause naming only a measure (年初预算为…, 占…, 下降…)
    refers back to, and the facts read from it."""

    section: str
    department: str
    year: int | None
    line: int  # numbers the paragraph, so that its facts are one row's siblings
    out: list[Fact] = field(default_factory=list)
    subject: str = ""  # what the paragraph is about (its numbered item, or the last sentence's subject)
    item: str = ""  # the numbered item ("1、…") the sentences stand under
    sentence_subject: str = ""  # the rest is per sentence
    prev_label: str = ""
    compared: str = ""  # "与上年相比": the figures that follow are changes
    qualifier: str = ""  # a clause with no figure ("由中小企业供应商中标或成交的"): what the next measure is of
    changed: tuple[str, ...] = ()  # the row whose change on the year the last sentence stated


def _paragraph(lines: list[tuple[int, str]], section: str, department: str, year: int | None,
               line: int) -> list[Fact]:
    """The facts of one paragraph; `line` numbers it, so that its facts are one row's siblings (the
    budget and the final of a line item, as a table's columns are)."""
    text = "".join(t for _, t in lines)
    pages: list[int] = []
    for page_no, t in lines:
        pages.extend([page_no] * len(t))
    said = _Said(section, department, year, line)
    pos = 0
    for sentence in re.split(r"(?<=[。；;！？])", text):
        start, pos = pos, pos + len(sentence)
        if sentence.strip("。；;"):
            _sentence(said, sentence.rstrip("。；;"), pages[min(start, len(pages) - 1)] if pages else 0)
    return said.out


def _sentence(said: _Said, body: str, page: int) -> None:
    if _ITEM.match(body) and not _NUM_UNIT.search(body):
        said.item = said.subject = _clean(_ITEM.sub("", body), said.department)
        return
    if m := _USE.match(body) if body.startswith(("主要用于", "主要包括")) else None:
        if said.subject:
            said.out.append(Fact(value=m.group(2), row=(*_parts(said.subject), m.group(1)), section=said.section,
                                 page=page, line=said.line))
        return
    if (why := _REASON.match(body)) and said.changed:
        # "…增长100.00%。主要原因：单位于2024年成立": why that row changed, a text of its own.
        said.out.append(Fact(value=why.group(1), row=said.changed, col=("原因",), section=said.section,
                             page=page, line=said.line))
        said.changed = ()
        return
    said.changed = ()
    said.sentence_subject = said.prev_label = said.compared = said.qualifier = ""
    for clause in re.split(r"[，,、：:]", body):
        if not _clause(said, body, clause, page):
            break
    if said.sentence_subject and not said.item:
        said.subject = said.sentence_subject


def _clause(said: _Said, body: str, clause: str, page: int) -> bool:
    """Read one clause's figures; False when the rest of the sentence says what something is used for."""
    if c := _COMPARED.search(clause):
        said.compared = c.group(0)
    if not _NUM_UNIT.search(clause):
        if len(clause) >= 4 and not _USE.search(clause) and not _COMPARED.search(clause):
            said.qualifier = _clean(clause, said.department)
    label_start = 0
    for m in _NUM_UNIT.finditer(clause):
        raw_label = clause[label_start:m.start()]
        label_start = m.end()
        if m.end() < len(clause) and clause[m.end()] in "年月日":
            continue
        if _BOUND.match(clause[m.end():]):  # "单价100万元（含）以上设备": a bound, part of the next label
            label_start = m.start() - len(raw_label)
            continue
        _figure(said, raw_label, m, page)
    if u := _USE_WORD.search(clause):
        # "…支出2940.05万元，主要用于以下方面" / "人员经费…，主要包括：基本工资…": the rest of the sentence.
        rest = body[body.find(clause) + u.end():].lstrip("：:")
        owner = said.prev_label or said.sentence_subject or said.subject
        if owner and rest and "以下方面" not in rest[:6] and not _NUM_UNIT.search(rest):
            said.out.append(Fact(value=rest, row=(*_parts(owner), u.group(0)), section=said.section, page=page,
                                 line=said.line))
            return False  # the rest of the sentence is what it is used for
    return True


def _figure(said: _Said, raw_label: str, m: re.Match, page: int) -> None:
    """One "label + number + unit" of a clause as a fact."""
    if c := _COMPARED.search(raw_label):
        said.compared = c.group(0)
    fact_year = None
    if (y := _YEAR_WORD.search(raw_label)) and said.year and int(y.group(1)) != said.year \
            and not _COMPARED.search(raw_label):
        fact_year = int(y.group(1))
    label = _clean(raw_label, said.department)
    change = _CHANGE.search(label)
    number = float(m.group(1).replace(",", ""))
    unit = m.group(2).replace("(", "（").replace(")", "）")
    if change and said.compared:
        rows, cols = _change(said, label, change, number, unit, page)
    elif (named := _named(said, label, fact_year)) is not None:
        rows, cols = named
    else:
        return
    said.qualifier = ""
    said.out.append(Fact(value=m.group(1), row=rows, col=cols, section=said.section,
                         number=number, unit=unit, year=fact_year, page=page, line=said.line))


def _change(said: _Said, label: str, change: re.Match, number: float, unit: str,
            page: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """"比上年增加…": the change's labels; also the previous year's figure when the paragraph stated this
    year's (this year's less the change)."""
    noun = label[:change.start()] or said.prev_label or said.sentence_subject or said.subject
    label = "比上年" + change.group(1)
    rows, cols = (_parts(noun), (label,)) if noun else ((label,), ())
    said.changed = rows if noun else ()
    # (_stated only returns a fact with a number: the test on it is for the type checker)
    if noun and said.year and (base := _stated(said.out, rows, unit)) and base.number is not None:
        sign = -1 if change.group(1) in ("增加", "增长", "上升", "超支") else 1
        then = (y := _YEAR_WORD.search(said.compared)) and int(y.group(1)) or said.year - 1
        previous = round(base.number + sign * number, 2)
        said.out.append(Fact(value=f"{previous:.2f}", row=rows, section=said.section, number=previous,
                             unit=unit, year=then, page=page, line=said.line))
    return rows, cols


def _named(said: _Said, label: str, fact_year: int | None) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A figure's (row, column) labels from its clause's words and what the sentence said before; None
    for a number with no words before it (and no year of its own)."""
    split = next((w for w in _SPLIT if label.endswith(w) and len(label) > len(w) + 1
                  and label not in _MEASURES and not label.startswith(("占", "完成"))), "")
    if split and label[:-len(split)] not in ("支出", "财政拨款"):
        # "一般公共预算财政拨款支出年初预算为…": the subject and its measure.
        said.sentence_subject = said.sentence_subject or _clean(label[:-len(split)], said.department)
        label = split
    if not label:
        if not fact_year:
            return None
        return _parts(said.prev_label or said.sentence_subject or said.subject), ()  # "2023年为…": that year
    if label in _MEASURES or label.startswith(("占", "完成")):
        noun = (said.prev_label if label.startswith("占") and said.prev_label else
                said.qualifier or said.sentence_subject or said.subject)
        # "支出决算为…" under a 支出 item: the item's 决算, as the question says it.
        label = "决算" if label == "支出决算" else label
        return (_parts(noun), (label,)) if noun else ((label,), ())
    owner = said.sentence_subject or said.item
    rows = (*_parts(owner), label) if owner and owner not in label else (label,)
    said.prev_label = label
    if not said.sentence_subject:
        said.sentence_subject = label
    return rows, ()


def _stated(facts: list[Fact], rows: tuple[str, ...], unit: str) -> Fact | None:
    """The figure stated for `rows` earlier in the paragraph (this year's, in `unit`)."""
    return next((f for f in reversed(facts) if f.row == rows and not f.col and f.unit == unit
                 and f.year is None and f.number is not None), None)


def _clean(label: str, department: str) -> str:
    """A clause's words as a label: no department name, year, notes in brackets, leading 其中 or trailing 为."""
    label = label.replace("“", "").replace("”", "").replace('"', "")
    if department:
        label = label.replace(department, "")
    label = _COMPARED.sub("", label)
    label = _YEAR_WORD.sub("", label)
    kept = _PARENS.sub("", label)
    if not re.search(r"（(?:类|款|项)）", label):
        label = kept
    for _ in range(3):
        label = _LEAD.sub("", label)
        label = _TRAIL.sub("", label)
    return label.strip("，,、：:；;。 ")


def _parts(name: str) -> tuple[str, ...]:
    """"一般公共服务支出（类）财政事务（款）行政运行（项）" -> the three names, as the tables label their rows."""
    parts = [p for p in re.split(r"（(?:类|款|项)）", name) if p]
    return tuple(parts) if len(parts) > 1 else (name,) if name else ()


_YEAR_FIGURE = re.compile(r"(?<![较比与同0-9])((?:19|20)\d\d)年度?([\u4e00-\u9fff]{1,10}?)(?:为|是|[:：])?"
                          r"(-?\d[\d,]*(?:\.\d+)?)(万元|亿元|千元|元)")
_NOT_A_MEASURE = re.compile(r"增加|减少|增长|下降|上升|降低|节约|超支|以来|以前|以后|之前|之后")


# A column of last year's figures named relatively ("上年决算数", "上年度预算数", "去年同期"): never a
# balance carried over (上年结转, 上年结余, 上年末), which is a figure of this year.
_LAST_YEAR_COLUMN = re.compile(r"^(?:上年度?|上一年度?|去年)(?!结转|结余|末|年末|底)")


_CHANGE_COLUMN = re.compile(r"增减|变动|增长率|增幅|降幅|同比|差额|差异")


def date_relative_columns(facts: list[Fact], year: int | None) -> None:
    """A table of the year Y printing 上年 / 本年 columns: the 上年 column's figures are Y-1's (their year
    set), so "2023年…" finds them and "2024年…" the 本年 column, not both."""
    if year is None:
        return
    for f in facts:
        if f.year is None and any(_LAST_YEAR_COLUMN.match(re.sub(r"\s+", "", c)) for c in f.col) \
                and not any(_CHANGE_COLUMN.search(c) for c in f.col):  # 上年同期 | 同比增减率 is this year's change
            f.year = year - 1


def year_figures(facts: list[Fact], year: int | None) -> list[Fact]:
    """Figures a text cell states for other years ("2018年预算金额3610万元，2019年预算金额5440万元"), as facts
    of their year: a multi-year value is a fact of its year. The document's own year is the table's to
    say (its cells), so a sentence about it adds nothing; a change ("较2019年增加1290万元") is no figure of 2019."""
    out: list[Fact] = []
    for f in facts:
        if f.number is not None or len(f.value) < 8:
            continue
        seen: set[tuple[int, str]] = set()
        for m in _YEAR_FIGURE.finditer(re.sub(r"\s+", "", f.value)):
            y, label = int(m.group(1)), m.group(2)
            if y == year or _NOT_A_MEASURE.search(label) or (y, label) in seen:
                continue
            seen.add((y, label))
            number = float(m.group(3).replace(",", ""))
            out.append(Fact(value=m.group(3).replace(",", ""), row=(f"{y}年{label}",), section=f.section or
                            (f.row[-1] if f.row else ""), number=number, unit=m.group(4), year=y, sheet=f.sheet,
                            cell=f.cell, column=f.column, page=f.page, line=f.line))
    return out


USE_LABEL = "主要用于"  # the label of an item's use read from a note (the fact answerer tells it apart)
_ITEM_USE = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*([^，,：:；;]{2,40}?)\s*(-?\d[\d,]*(?:\.\d+)?)\s*(?:万元|亿元|元)"
                       r"[，,]?\s*((?:主要)?用于)[:：]?(.+?)[；;。]?$")


def use_facts(facts: list[Fact]) -> list[Fact]:
    """A note's numbered items ("4、就业补助1195.82万元，主要用于职业介绍补贴…") as the use of each item: a
    text fact per item, named by the item and 主要用于 (its amount is the table's, not repeated)."""
    out: list[Fact] = []
    # The table's own numbered lines by (number, amount): a note may name an item otherwise ("人力资源和社会
    # 保障管理事务874.18万元" for the line "1.就业和社会保险的管理支出 874.18"); it is that line's use too.
    lines: dict[tuple[str, float], set[str]] = {}
    for f in facts:
        if f.number is not None and f.row and (n := _OWN_NUMBER.match(f.row[-1])):
            lines.setdefault((n.group(1), round(f.number, 2)), set()).add(f.row[-1][n.end():].strip())
    for f in facts:
        if f.number is not None or len(f.value) < 20:
            continue
        for line in re.split(r"\n|(?<=[；;。])", f.value):
            if m := _ITEM_USE.match(line.strip()):
                name = m.group(1).strip()
                use = Fact(value=m.group(4).strip(), row=(name, USE_LABEL), section=f.section or
                           (f.row[-1] if f.row else ""), sheet=f.sheet, cell=f.cell, column=f.column, page=f.page, line=f.line)
                out.append(use)
                n = _OWN_NUMBER.match(line.strip())
                same = lines.get((n.group(1), round(float(m.group(2).replace(",", "")), 2)), set()) if n else set()
                if len(same) == 1 and (other := same.pop()) and other != name:
                    out.append(replace(use, row=(other, USE_LABEL)))
    return out


_OWN_NUMBER = re.compile(r"^\s*(\d{1,2})[、.．]\s*")


_NUMBERED_TARGET = re.compile(r"^\s*(目标\s*\d{1,2})\s*[:：]\s*(.+)$")
_TARGETS_APART = re.compile(r"\n|(?<=[。；;，,.\s])(?=目标\s*\d{1,2}\s*[:：])")
_RATE_STATED = re.compile(r"([\u4e00-\u9fff“”\"]{2,30}?率)\s*(?:达到|不低于|不少于|保持在|保持|为|达)?\s*"
                          r"(\d+(?:\.\d+)?)\s*[%％]")


def target_rate_facts(facts: list[Fact]) -> list[Fact]:
    """A numbered target's words, and its rates ("目标6：劳动人事争议案件仲裁结案率95%，劳动人事争议案件调解率75%") as facts
    of that target, one per rate, so that "目标6里调解率多少" finds its figure (the text stays as printed)."""
    out: list[Fact] = []
    for f in facts:
        if f.number is not None or "目标" not in f.value:
            continue
        for line in _TARGETS_APART.split(f.value):  # one a line, or run on ("…发放。目标2：…")
            if not (m := _NUMBERED_TARGET.match(line)):
                continue
            target = re.sub(r"\s+", "", m.group(1))
            # the target's own words, so that "目标6是什么" is that line, not one of its rates
            out.append(Fact(value=m.group(2).strip(), row=(*f.row, target), section=f.section, sheet=f.sheet,
                            cell=f.cell, column=f.column, page=f.page, line=f.line))
            rates = [(r.group(1).strip("“”\""), r.group(2)) for clause in re.split(r"[，,；;。]", m.group(2))
                     for r in _RATE_STATED.finditer(clause)]
            subject = _shared_subject([label for label, _ in rates])
            for label, value in rates:
                # "劳动人事争议案件" said once over its rates: each rate is named by its own word (调解率) too
                row = (*f.row, target, subject, label[len(subject):]) if subject else (*f.row, target, label)
                out.append(Fact(value=value, row=row, section=f.section, number=float(value), unit="%",
                                sheet=f.sheet, cell=f.cell, column=f.column, page=f.page, line=f.line))
    return out


def _shared_subject(labels: list[str]) -> str:
    """The words several rates of one target start with ("劳动人事争议案件" of 仲裁结案率 and 调解率); "" when one."""
    if len(labels) < 2:
        return ""
    head = labels[0]
    for label in labels[1:]:
        while not label.startswith(head):
            head = head[:-1]
    return head if len(head) >= 2 and all(len(x) - len(head) >= 3 for x in labels) else ""


_INDICATOR_COLUMN = re.compile(r"指标")
_MONEY_UNITS = ("元", "万元", "亿元", "千元")
# One indicator of a cell listing several: "65岁及以上老年人健康管理率≥62%", "购置负压救护车6辆", "扶助对象400人".
_INDICATOR_ITEM = re.compile(r"^(?P<name>[^；;，,。\n]{2,40}?[^\d.；;，,。\s≥≤><=＞＜])\s*(?P<op>≥|≤|>=|<=|＞|＜|>|<|=|不低于|不高于|"
                             r"不少于|不超过|达到)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[%％]|[^\d\s；;，,。%％]{1,3})?$")


def indicator_facts(facts: list[Fact]) -> list[Fact]:
    """A 绩效指标 cell listing several indicators ("车辆购置数量6辆；急救反应时间≤12分钟") as one fact per
    indicator: a row under the cell's row, named by the indicator, its value as printed ("≤12分钟"), so that
    "急救反应时间要求多少" finds its own value, never the project's amount. The value stays text (a target,
    not an amount: no sum, ranking or share of the table's figures takes it in)."""
    out: list[Fact] = []
    for f in facts:
        if f.number is not None or not f.col or not _INDICATOR_COLUMN.search(f.col[-1]):
            continue
        parts = [p.strip() for p in re.split(r"[；;\n]+", f.value) if p.strip()]
        items = [m for p in parts if (m := _INDICATOR_ITEM.match(re.sub(r"^\d{1,2}[.、．]\s*", "", p)))]
        if len(parts) < 2 or len(items) != len(parts):
            continue  # a cell of one indicator, or of words not all "name + value", stays one text
        for m in items:
            unit = (m.group("unit") or "").replace("％", "%")
            value = f"{m.group('op') or ''}{m.group('num')}{unit}"
            heads = (*f.row_heads, f.col[-1]) if f.row_heads else ()
            # The unit says what it counts (人, 辆, %) so that "多少人" finds it; a target in 元 is no amount.
            out.append(replace(f, value=value, row=(*f.row, m.group("name")), row_heads=heads, col=("指标值",),
                               number=None, unit="" if unit in _MONEY_UNITS else unit))
    return out


def stated_facts(facts: list[Fact], year: int | None) -> list[Fact]:
    """What the text cells of a table state beyond their own text: other years' figures, items' uses, the
    rates of numbered targets, the indicators a 绩效指标 cell lists."""
    return year_figures(facts, year) + use_facts(facts) + target_rate_facts(facts) + indicator_facts(facts)


_OPTION = re.compile(r"(?:\d{1,2}[.、．]\s*)?([^□☑■√\s\d][^□☑■√]*?)\s*(□√|√□|□✓|☑|■|□)")


def checked_options(facts: list[Fact]) -> list[Fact]:
    """A cell of tick boxes ("1.部门项目 □   2.公共项目 □√") says the option ticked: its value becomes that
    option, the others named beside it ("公共项目（已勾选；选项：部门项目、公共项目）")."""
    out = []
    for f in facts:
        options = [(m.group(1).strip(), m.group(2) != "□") for m in _OPTION.finditer(f.value)] \
            if f.number is None and "□" in f.value else []
        ticked = [name for name, on in options if on]
        if len(options) >= 2 and ticked and all(name for name, _ in options):
            f = replace(f, value=f"{'、'.join(ticked)}（已勾选；选项：{'、'.join(name for name, _ in options)}）")
        out.append(f)
    return out

